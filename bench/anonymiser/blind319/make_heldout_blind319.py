"""Held-out blind corpus 319: 50 hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well the de-identifier generalises. Every person, organisation, place and number is invented.

Three settings:
- social_care (17): a local authority disabled children's team, its short breaks unit, PAs
  paid through direct payments, schools and families.
- health (17): a community district nursing team, its GP surgeries, the local hospital and
  hospice.
- aviation (16): offshore helicopter shuttles between a heliport and oil and gas platforms.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes,
minutes with attendance and apologies, pipe-separated tables, RT transcripts, shout-outs and
thank-you notes. Identifiers are marked [[label:value]]; must-not-redact mentions {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind319.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        [[name:kayden]]'s short break transport [[date:14/3]] - [[name:kayden]] ([[age:9]]) was
        collected from [[organisation:Brookfield Academy]] by {{escort}} [[name:bev]] but his
        {{buccal midazolam}} was left in the school office. nobody checked the {{grab bag}} b4
        leaving. he had a {{tonic clonic}} about 10 mins into the journey, [[name:bev]] got the
        driver to pull over + rang {{999}}, seizure stopped at approx 4 mins so no
        {{rescue meds}} needed thank god. {{paramedics}} checked him at the roadside, not
        conveyed. mum ([[name:Shannon Pryce]]) told by phone 16:10, she is v upset + wants a
        meeting. raised w {{transport coordinator}} and school {{SENCO}}. we need a signed meds
        check at every pick up, will add to the {{short breaks}} {{care plan}}.
        [[name:JT]], {{CWD}} sw
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Tuesday 6 February]], during a planned {{overnight short break}} at
        [[organisation:Larchwood House]], {{support worker}} [[name:Faith Mutasa]] prepared to
        transfer [[name:Olamide]] ([[age:aged 12]]) from her {{wheelchair}} to bed using the
        {{ceiling track hoist}}. Before lifting, [[name:Faith]] noticed that the {{sling}}
        hanging in the bedroom was a medium {{full-body sling}}, not the large size specified in
        [[name:Olamide]]'s {{moving and handling plan}}. It had been left there after the
        previous child's stay. The transfer was stopped, the correct sling was found in the
        laundry and the transfer was completed safely by two staff. No harm occurred. The
        {{Registered Manager}}, Mr [[name:Gareth Llewellyn]], has asked for every sling to be
        labelled with the child's initials and kept in a named bag, and for the {{LOLER}}
        pre-use check to be repeated before each transfer. Logged as a near miss for learning;
        no {{safeguarding}} concern identified. Ref [[case_reference:SB-NM-0412]].
    """)),
    ("social_care", "success", block("""
        ⭐ SHOUT-OUT ⭐
        Massive thanks to [[name:Hope Nakamura]] ({{OT}}) and [[name:Dev]] from the
        {{Community Equipment Service}} who got a bespoke {{bath seat}} out to [[name:Amber]]
        ([[age:7yo]]) within five days of her coming home from {{spinal surgery}} at
        [[organisation:St Cuthbert's Children's Hospital]]. {{Mum}} had been bed-bathing her since
        the op and was close to breaking point. [[name:Hope]] did the {{home visit}} on her day
        off to measure up. {{Mum}} said [[name:Amber]] actually laughed in the bath on
        [[date:Friday 17th]] - first time in weeks.
        Also big up to [[name:Pat]] on {{duty}} who chased the {{CHC}} panel twice so the
        {{night sitter}} package starts [[date:1 March]].
        Teamwork 💜
        [[name:Lou]] ({{Team Manager}})
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - [[name:Ibrahim Al-Sayed]] ([[age:15]]) - {{autism}}, {{severe learning disability}}, {{non-verbal}}
        Ref: [[case_reference:CWD/22/0917]]
        [[date:Sat 20 April 2024]]
        10:05 Left [[organisation:Willowbank Short Breaks]] with {{support workers}} [[name:Rory]] and [[name:Kasia Nowak]] for a {{community activity}} (swimming).
        11:40 At the {{leisure centre}} [[name:Ibrahim]] went ahead into the changing area while [[name:Rory]] paid. Out of line of sight approx 2 mins.
        11:43 Not in changing area. Building searched, reception alerted, {{CCTV}} checked.
        11:52 {{999}} called. Police incident no. [[case_reference:KH-24-118733]].
        12:05 [[name:Ibrahim]] found by a {{lifeguard}} in the {{plant room}} corridor, calm, unhurt, holding his ear defenders.
        12:20 Dad (Mr [[name:Al-Sayed]]) informed by [[name:Kasia]].
        12:35 {{EDT}} informed.
        Actions: {{2:1}} in the community per {{risk assessment}}, not to be reduced without review; {{PBS plan}} to be updated re noise triggers at pools.
        Reviewed by [[name:Tendai Moyo]], {{Senior Practitioner}}.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - {{Children with Disabilities Service}}
        Child's name: [[name:Zofia Kowalczyk-Reid]]
        DOB: [[date_of_birth:03/11/2013]]
        Ref: [[case_reference:CWD-33815]]
        NHS no: [[nhs_number:485 627 1938]]
        Address: [[address:14 Tanner's Row, Kirkholme]], [[postcode:KH4 7RW]]
        Date of incident: [[date:02/05/24]]
        Location: {{family home}}
        Type: {{medication error}} - {{double dose}}
        Description: {{PA}} [[name:Grace Okoro]] gave [[name:Zofia]]'s morning {{baclofen}} at 10:00 not
        knowing {{mum}} had already given it at 08:00, because the {{MAR chart}} kept at home had not
        been signed. [[name:Zofia]] ([[age:10]]) was drowsy and floppy by lunchtime. Mum rang {{111}} and
        was advised to monitor; {{GP}} at [[organisation:Millbeck Surgery]] reviewed her next day, no
        lasting harm.
        Immediate action: MAR chart moved to the kitchen, mum and PA both to sign at time of giving.
        Reported by: [[name:G. Okoro]] (PA, via {{direct payments}})
        Manager notified: yes - [[name:Tendai]] ({{Senior Practitioner}})
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Priya Raghunathan]] <[[email:priya.raghunathan@kirkholme.gov.uk]]>
        To: CWD Team Managers; Business Support
        Sent: [[date:09 May 2024]] 15:22
        Subject: Near miss - {{CIN}} letter nearly sent to old address

        Hi all,

        Flagging a near miss from today. A {{Child in Need}} review letter for [[name:Leo Brannigan]]
        ([[case_reference:CWD/23/1184]]) was generated from {{Mosaic}} with the family's old address
        ([[address:7 Quarry Lane, Hepton]], [[postcode:KH7 2NB]]). {{Mum}} and [[name:Leo]] moved to a
        {{refuge}} in {{March}} and dad is subject to a {{non-molestation order}}. [[name:Sunny]] in
        business support caught it at the franking stage because the front sheet carries an
        "address confidential" {{flag}}.

        The address history had not been end-dated when the case transferred in from
        {{Early Help}}. Please check addresses on every transfer-in. I've asked {{IT}} whether letters
        can be blocked when the flag is on.

        Thanks [[name:Sunny]] - great catch.

        [[name:Priya]]

        [[name:Priya Raghunathan]]
        {{Practice Manager}} | [[organisation:Kirkholme Children with Disabilities Team]]
        [[phone:01632 960417]]
    """)),
    ("social_care", "success", block("""
        [Teams chat - CWD Duty - [[date:16/05/2024]]]
        [[name:Marek Dvořák]] 09:12
        anyone free to do a {{joint visit}} with {{OT}} for [[name:Ruby S]] this am? mum's chasing the {{stair lift}} again and sounded really flat on the phone
        [[name:Joy Achterberg]] 09:14
        I can, I know the family. 10:30 ok?
        [[name:Marek Dvořák]] 09:15
        👍 thanks [[name:Joy]]
        [[name:Joy Achterberg]] 13:02
        back. so glad we went - mum in tears, hasn't slept properly in 3 wks since [[name:Ruby]]'s {{overnight feeds}} started and dad's working away. did a {{carer's assessment}} on the spot. rang {{Short Breaks}} and [[name:Will]] has found an {{emergency overnight}} at [[organisation:Larchwood House]] tonight 🙏
        [[name:Marek Dvořák]] 13:05
        amazing. pls put it on {{Mosaic}} as a {{contact}} + flag for the {{CIN}} review. will let [[name:Lou]] know
    """)),
    ("social_care", "incident", block("""
        WhatsApp export - "Tues PAs 🌈"
        [[date:21/05/2024]], 18:47 - [[name:Bill Hartigan]]: here's [[name:Maisie]]'s new {{epilepsy care plan}} from the {{council}} x
        [[date:21/05/2024]], 18:47 - [[name:Bill Hartigan]]: <Media omitted>
        [[date:21/05/2024]], 18:52 - [[name:Anjali Rao]]: [[name:bill]] this is the wrong group hun 😬 this is the netball mums
        [[date:21/05/2024]], 18:53 - [[name:Bill Hartigan]]: omg deleting now
        [[date:21/05/2024]], 18:55 - [[name:Anjali Rao]]: it had her {{DOB}}, address and her {{rescue medication}} plan on it. 23 ppl in here
        [[date:21/05/2024]], 18:58 - [[name:Bill Hartigan]]: deleted for everyone. ringing [[name:Kelly-Ann]] now
        ---
        Note added by {{direct payments}} officer [[date:22/05/2024]]: {{PA employer}} ({{mum}}, [[name:Kelly-Ann Fisher]])
        reported the share the same evening. Seen by up to 23 group members before deletion.
        {{Data Protection Officer}} informed; {{ICO}} threshold assessment pending. IG log
        [[case_reference:IG-2024-0311]]. PAs reminded not to photograph care plans; a secure copy
        will be issued through the {{PA portal}}.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - [[organisation:Larchwood House]] - nights -> days - [[date:Sun 26 May]]
        In: [[name:Tyrese]] (rm 2), [[name:Eun-ji Park]] (rm 4), [[name:Oskar]] (rm 5)
        Night staff: [[name:Rose Mbatha]], [[name:Kwabena Asante]]. Day lead: [[name:Mark Ellery]]

        [[name:Tyrese]] - {{melatonin}} 2mg 19:30, settled by 21:30. {{PEG}} feed finished 06:00, site clean.
        [[name:Eun-ji]] - {{sats}} monitor alarmed x2 (probe off), no {{O2}} needed. Mum collecting 10:00.
        [[name:Oskar]] - melatonin 6mg 19:30, slept through.

        NEAR MISS 19:25 - [[name:Kwabena]] went to give [[name:Tyrese]] his melatonin from [[name:Oskar]]'s box -
        same brand, same colour box, both on shelf 2. Picked up at the {{two-person check}} when
        [[name:Rose]] read the label aloud. Nothing given in error.
        Action: separate labelled baskets per child in the {{meds cupboard}}. {{Registered Manager}}
        informed by text. Near-miss form on the {{shared drive}} please, [[name:Mark]].
    """)),
    ("social_care", "success", block("""
        LEARNING FROM GOOD PRACTICE - MINUTES
        Date: [[date:3 June 2024]]   Venue: Room 4, [[organisation:Kirkholme Civic Centre]]
        Present: [[name:Lou Haddad]] ({{Team Manager}}, chair); [[name:Priya Raghunathan]] ({{Practice Manager}});
        [[name:Femi Adeyinka]] ({{Social Worker}}); [[name:Helen Ó Súilleabháin]] ({{IRO}});
        [[name:Will Carver]] ({{Short Breaks Coordinator}})
        Apologies: Dr [[name:Sanjay Mehra]] ({{Community Paediatrician}}); [[name:Holly]] ({{School Nurse}})
        Minutes: [[name:Sunny]]

        1. Case: [[name:Mateo]] ([[age:13]]), {{Duchenne muscular dystrophy}}, [[case_reference:CWD/19/0552]].
        2. What went well: when mum was admitted to [[organisation:Kirkholme Royal Infirmary]] on
        [[date:12 May]], [[name:Femi]] and [[name:Will]] set up an {{emergency short break}} within four hours
        and [[name:Mateo]] kept attending [[organisation:Harlow Fields School]] throughout. Dad's
        consent was taken by phone, so {{Section 20}} was not needed.
        3. Learning: the {{one-page profile}} written in {{January}} meant staff who had never met
        him knew his routines, his {{cough assist}} and how he says no.
        4. Actions: one-page profiles to be refreshed at every {{CIN}} review ([[name:FA]], by end of
        {{July}}).
    """)),
    ("social_care", "incident", block("""
        Short breaks - medication incidents, Q1 2024/25 (for the {{QA}} panel)
        Date  | Child  | Ref      | What happened                                        | Harm             | Staff
        [[date:08/04]] | [[name:J.K.]]   | [[case_reference:SB-0419]] | {{melatonin}} given 1 hr late                          | none             | [[name:Rhiannon]]
        [[date:19/04]] | [[name:A-M.D.]] | [[case_reference:SB-0427]] | {{Keppra}} dose missed - {{MAR}} not handed over by school | low (no seizure) | [[name:Kwame]]
        [[date:02/05]] | [[name:Noor]]   | [[case_reference:SB-0433]] | {{Movicol}} given twice                                | low              | [[name:Bartosz]]
        [[date:28/05]] | [[name:J.K.]]   | [[case_reference:SB-0451]] | {{buccal midazolam}} out of date in {{grab bag}}           | none (not used)  | [[name:Sunny]]
        [[date:14/06]] | [[name:Theo]]   | [[case_reference:SB-0462]] | {{PEG}} feed rate set at 100 not 60 ml/hr, 40 mins     | low (vomited)    | [[name:Rhiannon]]
        Themes: handover of meds from school and monthly stock checks. [[name:J.K.]] appears twice -
        {{IRO}} and parents informed. {{Pharmacist}} audit booked.
        Compiled by [[name:Rhiannon Price-Jones]], {{Deputy Manager}}
    """)),
    ("social_care", "near_miss", prose("""
        near miss fyi - went 2 do {{home visit}} 4 [[name:Ezekiel]] ([[age:4yo]]) @
        [[address:22 Ravel Close]] but {{sat nav}} took me 2 [[address:22 Ravel Rd]] other side
        of the {{estate}}. lady who answered said "oh ur here about the baby" n let me in b4 i
        clocked it. didnt say anything about [[name:Ezekiel]] or his {{ASD}} {{diagnosis}} or
        mention {{CWD}} so no info shared, just v awkward. also hadnt checked in on the
        {{lone working}} app 🙈 so no1 knew where i was. lesson learnt - check addy on
        {{Mosaic}} + {{front sheet}} b4 driving n always check in. sorry [[name:Tendai]] will
        chat in {{supervision}} tmrw. [[name:femi]]
    """)),
    ("social_care", "success", prose("""
        Good practice report - transition to adult services. [[name:Santiago Ferreira-Lopes]]
        ([[age:17]]) has {{cerebral palsy}} and {{complex epilepsy}} and has been known to the
        team since he was [[age:3]]. This report records what worked in his transition.
        Planning began at his {{Year 9}} {{EHCP}} review, as {{Preparing for Adulthood}}
        guidance recommends, led jointly by his social worker [[name:Nkechi Obi]] and
        [[name:Rasmus]] from [[organisation:Kirkholme Adult Social Care]]. A {{Care Act}}
        assessment was completed at [[age:17½]] so that his {{direct payments}} could continue
        without a gap when he turns [[age:18]] in the autumn. [[name:Santiago]] chaired part of
        his own meeting using his {{eye-gaze}} device, which his mum, [[name:Lucía]], described
        as "the first time anyone asked him". {{Continuing Healthcare}} screening was done
        early, avoiding the funding dispute seen in other cases, and his {{PAs}} will transfer
        with him. Recommendation: use this timeline as the template for all Year 9 reviews.
        - [[name:N. Obi]], {{Social Worker}}
    """)),
    ("social_care", "incident", block("""
        From: [[name:Femi Adeyinka]]
        To: [[name:Lou Haddad]]; [[email:cwd.duty@kirkholme.gov.uk]]
        Date: [[date:Thu 13 June 2024]] 17:48
        Subject: URGENT - unexplained bruising - [[name:Ayaan Chaudhry]] [[case_reference:CWD/21/0730]]

        [[name:Lou]],
        {{PA}} [[name:Declan]] rang at 16:30. When changing [[name:Ayaan]] ([[age:aged 6]], {{non-verbal}},
        {{autism}}) after school he found three fingertip-pattern bruises on the left upper arm.
        [[name:Ayaan]] came home from [[organisation:Oakfield Special School]] on school transport;
        {{mum}} ([[name:Rubina]]) says there were no marks this morning.

        Done so far: {{body map}} completed by [[name:Declan]] and photographed; spoke to the {{DSL}}
        at school (Mrs [[name:Hale]]); referred to {{MASH}} 17:10; {{strategy discussion}} booked
        09:00 tomorrow. {{Child protection medical}} requested at
        [[organisation:Kirkholme Royal Infirmary]] for tomorrow am. Transport escort and driver to
        be identified for the {{LADO}} if needed.

        I'll update {{Mosaic}} tonight.
        [[name:Femi]]
    """)),
    ("social_care", "near_miss", block("""
        {{#cwd-direct-payments}} - Slack export, [[date:18 June]]
        @[[name:dawn.k]] 11:04  quick one - [[name:Pat]] at the {{payroll provider}} says [[name:Haruto]]'s ([[age:11]]) family want their new {{PA}} to start tomorrow. Do we have the {{DBS}} back?
        @[[name:sam.okafor]] 11:09  checking... no. Applied [[date:3 June]], still at stage 4 🫠 PA is [[name:Chidi Eze]], NI [[ni_number:JT 48 21 93 C]]
        @[[name:dawn.k]] 11:10  ok so he can't do {{lone working}} with him. who agreed the start date?
        @[[name:sam.okafor]] 11:15  looks like the {{support plan}} letter template says "PA can start once references are received" - no mention of DBS. {{Mum}} followed the letter 🤦
        @[[name:dawn.k]] 11:17  rung mum, she's fine, [[name:Chidi]] will only shadow her until DBS clears. can we fix the template pls @[[name:faith]]
        @[[name:faith]] 11:30  on it - will take to {{policy group}} {{Thurs}}. good spot [[name:Dawn]] 👏 (and pls don't post NI numbers in here [[name:Sam]] 🙃)
    """)),
    ("social_care", "incident", prose("""
        Incident summary - allegation against a {{short break foster carer}}. On
        [[date:Monday 24 June 2024]] [[name:Nadia Haroun]] ([[age:11]]), who has
        {{Down syndrome}}, told her {{teaching assistant}} at
        [[organisation:Penhallow Primary School]] that her {{shared care}} carer had "shouted and
        shut me in the bathroom" during her weekend stay. The {{TA}} recorded [[name:Nadia]]'s
        words verbatim and passed them to the {{Designated Safeguarding Lead}}, who contacted
        {{MASH}} at 10:20. The allocated worker, [[name:Siobhán Kavanagh]], was informed at 10:45
        and the {{LADO}}, [[name:Bogdan Ilie]], at 11:15. A {{strategy discussion}} agreed a
        {{Section 47}} enquiry; [[name:Nadia]] was interviewed with a {{Makaton}}-trained
        {{intermediary}}. The carers, Mr and Mrs [[name:Whitlock]], were informed by their
        {{supervising social worker}} and stays are suspended pending the outcome. Other children
        placed with the household in the past year ([[name:T.B.]] and [[name:Lily-Mae]]) have
        been reviewed. Learning already identified: the carers' {{annual review}} was four months
        overdue and no unannounced visit had taken place since [[date:October 2023]]. {{Ofsted}}
        notified by the {{fostering service}} as required. Ref [[case_reference:LADO-24-0066]].
    """)),
    ("social_care", "success", block("""
        Thank-you card received [[date:28/06]], typed up for the learning log with the family's permission:

        "Dear [[name:Femi]], [[name:Joy]] and all the team at [[organisation:Larchwood House]],
        Three years ago we were told [[name:Tobi]] was 'too complex' for {{short breaks}}. You didn't give up.
        You learned his {{suction}} and his {{tracheostomy}} care, you let us stay the first two nights, and
        you never once made us feel like a burden. This year [[name:Tobi]] ([[age:8]] now!) asks for
        '[[organisation:Larchwood]]' every {{Friday}}. We slept a whole night for the first time since he was born.
        All our love, [[name:Sandra]], [[name:Dele]] & [[name:Tobi]] xx"

        Shared at {{team meeting}}. Learning: the staged introduction plan written by the
        {{Children's Community Nursing}} team and [[name:Joy]] ({{Short Breaks Coordinator}}) is now the
        model for all children with a {{trach}}. - [[name:Lou]]
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        missed insulin visit [[date:tues 4th]] - mrs [[name:dorothy fenwick]] ([[age:84]]),
        {{T2DM}} on {{Lantus}} 18 units am. visit dropped off the list after the caseloads
        merged on {{SystmOne}}, nobody picked up the unallocated visits tab. daughter
        [[name:Jackie]] rang {{SPA}} 14:05 saying {{mum}} confused. [[name:kez]] went out 14:40,
        {{BM}} 21.4, {{ketones}} 0.4, obs ok {{NEWS2}} 1. gave insulin after ringing {{GP}}
        ([[organisation:Calder Bank Surgery]]) for advice, rechecked 17:00 BM 14.2. no harm as
        such but late dose + 6hr delay. {{datix}} done [[case_reference:W-88213]]. pls can we
        get the unallocated tab checked at the 9am {{huddle}} every day. [[name:sj]]
    """)),
    ("health", "near_miss", block("""
        [[date:Fri 7 June]] - {{CSCI}} near miss
        Patient: Mr [[name:Anwar Hussain]], NHS [[nhs_number:603 418 2751]], {{end of life}} - {{pancreatic cancer}}
        12:50 {{Anticipatory meds}} changed by {{GP}} to a {{syringe driver}}: {{oxycodone}} 10mg + {{midazolam}} 10mg over 24h.
        13:10 [[name:Chloe Fairbrother]] ({{Band 5}}) drew up from home stock - box held oxycodone 50mg/ml ampoules (usually 10mg/ml).
        13:25 Volume calculated as 1ml for 10mg (correct only for 10mg/ml).
        13:40 Second check with Sister [[name:Aoife Brennan]] before loading: [[name:Aoife]] read the ampoule strength aloud and spotted the mismatch. Syringe discarded, re-drawn as 0.2ml, witnessed.
        14:05 {{T34}} started, patient comfortable. Wife [[name:Nasreen]] informed.
        15:30 [[organisation:Ridgeway Pharmacy]] confirmed they had substituted the strength due to a shortage; no warning label.
        Learning: read strength from the ampoule, never the box. Shared with {{Medicines Optimisation}}.
    """)),
    ("health", "success", block("""
        🌟 Learning from Excellence 🌟
        Nominee: [[name:Grace]] ({{HCA}}, [[organisation:Brinsworth District Nursing Team]])
        Nominated by: [[name:Sunita Varma]], {{Caseload Holder}}

        On [[date:Wednesday 12 June]] [[name:Grace]] was doing a routine {{leg ulcer}} dressing for
        Mr [[name:Oduya]] and noticed he was more breathless than usual and a bit "off". She did a
        full set of obs - {{NEWS2}} 6, temp 38.6, {{resp rate}} 26 - and escalated straight to me
        rather than carrying on with her list. He was seen by the {{GP}} within the hour and
        admitted to [[organisation:Wexley General]] with {{sepsis}} from a {{cellulitis}}. The ward
        told us the early {{antibiotics}} made a real difference. [[name:Grace]] trusted her gut and
        used {{SBAR}} perfectly. Thank you!
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT - {{Datix}} web form (copy)
        Incident ref: [[case_reference:W-88540]]
        Patient name: [[name:Harold Bexley-Moore]]
        DOB: [[date_of_birth:17/08/1936]]
        NHS number: [[nhs_number:712 904 3865]]
        Hospital no: [[case_reference:RQX4471920]]
        Address: [[address:Flat 3, Cobden Court, Wexley]] [[postcode:WX9 4HD]]
        GP: [[organisation:Wexley Bridge Medical Centre]]
        Date found: [[date:11/06/2024]]
        Type: {{Category 3 pressure ulcer}}, {{sacrum}}
        Description: First DN visit after discharge from [[organisation:Fernlea Ward]],
        [[organisation:Wexley General]]. Discharge letter stated "skin intact". Found 4x3cm
        cat 3 to sacrum with slough. No {{pressure-relieving mattress}} in place; {{Waterlow}} 18.
        Photographed, {{TVN}} referral made, {{hybrid mattress}} ordered urgently. {{Safeguarding}}
        considered - threshold not met, no omission by family. Raised as possibly
        hospital-acquired and sent to the ward manager for joint review.
        Reporter: [[name:Kezia Mensah]], {{Band 6}}
    """)),
    ("health", "near_miss", block("""
        From: [[name:Sunita Varma]] <[[email:sunita.varma1@nhs.net]]>
        To: [[email:admin.calderbank@nhs.net]]
        Date: [[date:Mon 17 June 2024]] 10:41
        Subject: Referral - wrong patient details (near miss)

        Hi [[name:Bev]],

        We received a {{district nursing}} referral this morning for "[[name:Margaret Hill]]" for
        {{B12 injections}}, but the NHS number on it ([[nhs_number:934 150 6271]]) belongs to
        Mrs [[name:Margaret Hills]], [[age:91]], of [[address:2 Station Cottages, Lowfold]], who is
        already on our caseload for {{catheter care}}. The correct patient appears to be
        Mrs [[name:Margaret Hill]], [[nhs_number:450 872 3160]].

        Luckily [[name:Olu]] checked the number on {{SystmOne}} before booking and noticed the
        {{allergy}} and address mismatch. Had we visited the wrong [[name:Margaret]], she would have
        been given an injection she does not need. Could you check whether the {{EMIS}} referral
        template pulls from the patient record rather than free text? Logged as a near miss,
        [[case_reference:W-88602]].

        Many thanks,
        [[name:Sunita]]

        [[name:Sunita Varma]]
        {{Caseload Holder}} / {{Band 6}} - [[organisation:Brinsworth District Nursing Team]]
        [[organisation:Medlock Valley Community Health NHS Trust]]
        Mob: [[phone:07700 900318]]
    """)),
    ("health", "incident", block("""
        WhatsApp - "[[organisation:Brinsworth DNs]] 🩺"
        [[date:19/06/2024]] 07:58 - [[name:Lorraine Dobbs]]: morning all, new pt for later [[name:Eileen Parry]] [[address:41 Mill Brow]], key safe 4471 👍
        [[date:19/06/2024]] 08:03 - [[name:Olu Bankole]]: [[name:Lorraine]] pls don't put key safe codes on here!!
        [[date:19/06/2024]] 08:05 - [[name:Kez]]: also this group still has [[name:Dean]] in it from the {{bank}} who left last month 😬
        [[date:19/06/2024]] 08:06 - [[name:Lorraine Dobbs]]: sorry!! deleted
        [[date:19/06/2024]] 08:30 - [[name:Sunita Varma]]: I've rung [[name:Eileen]]'s son [[name:Gary]] to get the code changed today. Reminder: codes ONLY go on the {{SystmOne}} {{alert}}, never WhatsApp or texts. Removing ex-staff now.
        ---
        {{Datix}} [[case_reference:W-88671]]: {{key safe}} code for a {{vulnerable adult}} shared on an
        unofficial group that included a former {{bank nurse}}. Code changed 11:15 same day by the
        {{community alarm}} service. {{IG}} team informed; {{Caldicott Guardian}} to review use of
        WhatsApp across the {{locality}}.
    """)),
    ("health", "success", block("""
        Team Safety Huddle - Learning from Excellence - minutes
        [[date:Thurs 20 June]], [[organisation:Brinsworth Health Centre]]
        Attendees: [[name:Sunita Varma]] (chair), [[name:Kezia Mensah]], [[name:Olu Bankole]],
        [[name:Grace Appiah]], [[name:Chloe Fairbrother]], [[name:Iwona Zielińska]] ({{TVN}})
        Apologies: [[name:Lorraine Dobbs]], [[name:Frank]] ({{team admin}})

        1. Excellence: [[name:Iwona]] and [[name:Olu]] healed a three-year {{venous leg ulcer}} for
        Mr [[name:Desmond Achebe]] ([[age:78]]) after a full {{Doppler}} {{ABPI}} reassessment showed
        he could tolerate full {{compression therapy}}. Previous {{wound care plan}} had been copied
        forward since 2021. He walked to church on [[date:16 June]] for the first time in years.
        2. Learning: reassess ABPI every 12 weeks as per {{NICE}} / {{NWCSP}} guidance rather than
        continuing an old plan.
        3. Actions: [[name:IZ]] to run an ABPI refresher for {{Band 5s}}; [[name:SV]] to add a
        12-week reassessment prompt to {{SystmOne}} templates.
    """)),
    ("health", "incident", block("""
        Afternoon handover 13:30 - [[date:21/06]]
        INCIDENT: Mrs [[name:Violet Cheung]] ([[age:88]]) found on the floor at the 09:15 insulin
        visit - {{long lie}}, she thinks since about 02:00. {{Pendant alarm}} was on the bedside
        table, not round her neck. No obvious # but pain L hip. {{999}} at 09:20, {{Cat 3}},
        {{ambulance}} arrived 13:05. [[name:Olu]] stayed till 10:30 then [[name:Grace]] ({{HCA}})
        stayed till the crew came. Taken to [[organisation:Wexley General]] {{ED}}. Son
        [[name:Raymond]] informed. Insulin given before she went. {{Datix}}
        [[case_reference:W-88702]] re fall + 4 hr wait.
        OTHER:
        - Mr [[name:Haddad]] - {{catheter}} bypassing, changed to 14Fr, draining well.
        - [[name:Peggy]] at [[address:9 Kiln Lane]] - declined visit again, ?capacity, {{MCA}} needed.
        - [[name:Stan]] - {{PICC}} flush due tomorrow, needs a {{Band 6}}.
    """)),
    ("health", "near_miss", block("""
        Visit list extract - {{LMWH}} near miss [[date:24/06/2024]] (attached to Datix [[case_reference:W-88719]])
        Patient       | NHS no       | Task                      | Allocated | Status
        [[name:Eric Nwosu]]    | [[nhs_number:329 514 8708]] | {{dalteparin}} 5000 units     | [[name:Chloe]]     | done 09:10
        [[name:Eric Nwosu]]    | [[nhs_number:329 514 8708]] | dalteparin 5000 units     | [[name:Hamza]]     | STOPPED 11:40
        [[name:Ivy Rutter]]    | [[nhs_number:518 263 9058]] | {{Doppler}} / {{ABPI}}           | [[name:Iwona]]     | done
        [[name:Kwame Osei]]    | [[nhs_number:642 071 3587]] | {{catheter}} change           | [[name:Hamza]]     | done
        Summary: [[name:Eric]]'s referral came in twice (hospital discharge and {{GP}}) and two visits
        were booked. [[name:Hamza]] checked the {{community drug chart}} in the home before drawing up
        and saw the 09:10 dose signed by [[name:Chloe]]. No second dose given. Duplicate visits to be
        checked at triage by {{SPA}}.
    """)),
    ("health", "success", block("""
        [Teams - [[organisation:DN Brinsworth]] - [[date:26/06]]]
        [[name:Olu Bankole]] 16:20
        has anyone got capacity for a {{verification of death}} at [[address:17 Heather Close]]? family waiting since 2pm, {{OOH}} swamped
        [[name:Heather Quinlan]] 16:22
        I'm 5 mins away, I'll go
        [[name:Olu Bankole]] 16:23
        you're a star, {{ReSPECT}} form should be in the {{yellow folder}}
        [[name:Heather Quinlan]] 18:05
        done. family lovely. {{DNACPR}} and ReSPECT both there, {{JIC}} meds returned to pharmacy, {{undertaker}} called. wife asked me to say thank you to [[name:Sunny]] for the visits all week
        [[name:Sunita Varma]] 18:10
        thank you [[name:Heather]] 💙 finishing late on a {{Friday}} is above and beyond - putting you in for {{Learning from Excellence}}
    """)),
    ("health", "incident", prose("""
        On [[date:27 June 2024]] at approximately 12:45, {{Staff Nurse}} [[name:Amara Eze]] parked
        the {{pool car}} ([[vehicle_registration:YD19 KXP]]) outside
        [[address:Unit 4, Haworth Retail Park]] to buy lunch between visits. On returning at 12:58
        she found the rear passenger window smashed and her work bag taken. The bag held an
        encrypted {{laptop}}, a {{blood glucose meter}} and a printed {{visit list}} for the
        afternoon showing eleven patients' names, addresses and {{key safe}} codes. Police were
        called (crime ref [[case_reference:14/67021/24]]) and the {{Information Governance}} team
        and {{Caldicott Guardian}} were informed the same afternoon. All eleven key safes were
        changed by 19:00 with help from the {{community alarm}} service, and each patient or
        their family was phoned by [[name:Sunita Varma]], {{Team Leader}}. No patient came to harm.
        Learning: printed lists must not carry key safe codes, and bags must be locked in the boot
        out of sight. Reported by [[name:Amara Eze]].
    """)),
    ("health", "near_miss", prose("""
        nr miss - nearly gave mr [[name:okafor]] his {{enoxaparin}} 2day when daughter
        [[name:precious]] had already done it @ 8. shes been taught to give it herself since
        last wk but the {{care plan}} wasnt updated on {{S1}} so he was still on our list.
        she stopped me at the door thank god, {{sharps bin}} had the used syringe in it. pls can
        whoever does the {{discharge}} reviews update the plan when family take over {{inj}}s.
        told [[name:sunita]], will do {{datix}} after my {{lates}}. [[name:hamza]] x
    """)),
    ("health", "incident", block("""
        CHRONOLOGY - {{home oxygen}} fire - Mr [[name:Terence Wilde]], [[age:71]], {{COPD}}, [[address:5 Alder Grove, Lowfold]]
        [[date:Sat 29 June]]
        07:40 Neighbour smelt smoke and called {{999}}.
        07:52 {{Fire and Rescue}} on scene; small fire to armchair and {{nasal cannula}}; Mr [[name:Wilde]] has burns to face and upper lip.
        08:30 Conveyed to [[organisation:Wexley General]], later transferred to the regional {{burns unit}}.
        10:15 {{OOH}} DN [[name:Faisal Rahman]] informed by the ward.
        Background: known smoker. {{HOS-AR}} completed [[date:March 2024]] by the oxygen supplier; we had
        raised concerns twice ([[date:12/04]] and [[date:30/05]]) and {{respiratory team}} felt he had capacity
        to accept the risk. {{Fire service}} {{safe and well}} visit had been requested but not done.
        Actions: {{Datix}} [[case_reference:W-88760]]; {{safeguarding adults}} concern raised; MDT with
        respiratory, fire service and {{GP}} ([[organisation:Oakhurst Medical Practice]]) to review
        whether oxygen should continue.
    """)),
    ("health", "success", block("""
        To all the {{district nurses}} at [[organisation:Brinsworth]] -
        especially [[name:Kez]], [[name:Robin]] and Sister [[name:Sue]],

        Dad ([[name:Albert Nkemelu]]) died at home on [[date:2 July]], in his own bed with the
        window open and his radio on, just as he wanted. For six weeks you came twice a day. You
        sorted his {{syringe driver}}, his {{catheter}} and his sore heels, and you always had time
        for {{Mum}}. [[name:Robin]], you stayed with us after he died and explained everything. We
        couldn't have done it without you and the {{hospice at home}} team from
        [[organisation:St Brigid's Hospice]].

        With love and thanks,
        [[name:Chinwe]], [[name:Obi]] and [[name:Nnamdi Nkemelu]]

        (Card put on the {{staff room}} board. Learning for {{team meeting}}: early {{ReSPECT}} and
        {{anticipatory meds}} let the family keep him at home.)
    """)),
    ("health", "near_miss", block("""
        NEAR MISS REPORT
        Ref: [[case_reference:W-88755]]
        Patient: [[name:Parveen Akhtar]]     DOB: [[date_of_birth:30/01/1949]]
        NHS No: [[nhs_number:201 846 5732]]
        Address: [[address:28 Chapel Fold, Wexley]], [[postcode:WX2 6AL]]
        Tel: [[phone:01632 960882]]
        Date/time: [[date:04/07/2024]] 11:20
        Reported by: [[name:Hamza Qureshi]] ({{Band 5}})
        What happened: At a {{leg ulcer}} redressing I went to apply an {{Inadine}} dressing left in
        the home by a previous visit. Mrs [[name:Akhtar]] said "I'm allergic to iodine". The
        {{allergy}} is on her {{GP}} record but had not pulled through to the community unit on
        {{SystmOne}}, and the wound care plan said "Inadine or similar".
        Outcome: not applied. {{Atrauman}} used instead. Inadine removed from the home.
        Action: allergy added; [[name:HQ]] to raise with {{TVN}} [[name:Iwona]] re template.
    """)),
    ("health", "incident", block("""
        From: [[name:Sunita Varma]]
        To: Dr [[name:Rhona Baird]] ({{Controlled Drugs Accountable Officer}})
        Cc: [[name:Kezia Mensah]]; {{Medicines Safety Officer}}
        Date: [[date:8 July 2024]] 09:12
        Subject: {{CD}} discrepancy - patient home stock

        Dear Dr [[name:Baird]],

        On [[date:Sunday 7 July]] {{Band 6}} [[name:Kezia Mensah]] found a discrepancy in the home
        {{CD record}} for Mrs [[name:Jean Aldous]] ([[nhs_number:857 310 2640]]), who is on a
        {{syringe driver}}. The record showed 8 ampoules of {{morphine sulfate}} 10mg/ml; 5 were
        present. The last entry, on [[date:5 July]], was signed by one nurse only and was not
        witnessed. The family say a relative who was staying has since left.

        We have counted and signed all remaining stock, moved it to a locked box, and completed
        {{Datix}} [[case_reference:W-88781]]. Police have been informed (ref
        [[case_reference:PR-24-339102]]) and the {{safeguarding adults}} team consulted.

        Kind regards,
        [[name:Sunita]]
        [[name:Sunita Varma]], {{Team Leader}}, [[organisation:Brinsworth District Nursing Team]]
        [[phone:01632 960155]]
    """)),
    ("health", "success", prose("""
        Learning report - good death at home. Mrs [[name:Iris Templeton]] ([[age:96]]) was
        referred to us by [[organisation:Oakhurst Medical Practice]] on [[date:10 June]] with
        {{heart failure}} and said from the first visit that she wanted to die at home, not in
        hospital. Her nephew [[name:Clive]] lived two hours away. The team put a {{ReSPECT}}
        form and {{anticipatory medicines}} in place in the first week, arranged a
        {{hospital bed}} and {{air mattress}}, and set up a {{fast-track CHC}} package within four
        days. When she became agitated on [[date:Saturday 13 July]] the {{out-of-hours}} nurse,
        [[name:Faith Olatunji]], started a {{syringe driver}} after a phone discussion with the
        {{palliative care}} consultant, and [[name:Clive]] arrived in time. Mrs
        [[name:Templeton]] died peacefully that evening with {{verification of expected death}}
        done by [[name:Faith]] within the hour. What made this work: early conversations, a
        single {{key worker}} ([[name:Kezia Mensah]]) and clear {{EPaCCS}} records that
        {{111}} and the {{GP}} could see.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        RT transcript - deck frequency - [[flight_number:CDR412]] ({{AW189}} [[aircraft_registration:G-CDRK]]) - [[date:14 Feb 2024]]
        10:42:10 [[flight_number:CDR412]]: [[organisation:Skerrin Alpha]], [[flight_number:Caledon four one two]], one zero miles, request deck status
        10:42:18 {{HLO}}: [[flight_number:Caledon four one two]], [[organisation:Skerrin Alpha]], deck is green, wind two nine zero at two two, {{pitch and roll}} zero point five, {{heave}} zero point four
        10:45:40 [[flight_number:CDR412]]: [[organisation:Skerrin Alpha]], [[flight_number:Caledon four one two]], {{short finals}}
        10:45:52 [[flight_number:CDR412]]: going around, going around, crane boom over the deck
        10:46:05 HLO: [[flight_number:Caledon four one two]], copied, apologies, stopping the crane
        10:49:30 HLO: [[flight_number:Caledon four one two]], deck is green, crane parked, {{boom rest}} confirmed
        10:52:14 [[flight_number:CDR412]]: landed
        Note ({{PIC}} Capt [[name:Ingrid Solberg]]): {{FO}} [[name:Callum Mackie]] saw the boom slewing at about
        200 ft on final. The {{crane operator}} had not been told the deck was going green. The {{OIM}} has
        stopped crane ops during helicopter movements pending review. {{MOR}} [[case_reference:CDR-ASR-24-031]].
    """)),
    ("aviation", "near_miss", prose("""
        Air Safety Report [[case_reference:ASR-24-0107]]. On [[date:2 March 2024]], during a
        {{rotors-running}} turnaround of [[flight_number:CDR207]] ({{H175}}
        [[aircraft_registration:G-CDRM]]) on [[organisation:Balnagown Bravo]], an outbound
        passenger, Mr [[name:Rashid Benali]], left the marked walkway while boarding was paused and
        walked towards the rear of the aircraft to retrieve a glove that had blown across the
        {{helideck}}. He came within roughly four metres of the {{tail rotor}} arc. The
        {{Helideck Assistant}}, [[name:Dougie]], intercepted him and walked him back to the
        {{HLO}}, [[name:Shona MacLeod]]. Captain [[name:Piet van der Berg]] saw the movement and
        held boarding by radio until the deck was clear. No injury or damage. Contributing
        factors: the passenger briefing video at [[organisation:Kinbrae Heliport]] does not
        mention loose items on deck, and the deck crew were one {{HDA}} short through sickness.
        Actions: loose-article warning added to the briefing, {{FOD}} reminder in the
        {{HLO}} brief, and the learning shared with [[organisation:Torran Energy]].
    """)),
    ("aviation", "success", block("""
        👏 Safety shout-out - line maintenance, [[organisation:Kinbrae Heliport]]
        Well done to [[name:Sunny Dhaliwal]] ({{B1 engineer}}) who, on the {{daily inspection}} of
        [[aircraft_registration:G-CDRP]] ({{S-92}}) on [[date:11 March]], found a {{Dzus fastener}} missing from
        the upper {{engine cowling}} and two more only quarter-turned. The aircraft had flown six
        sectors since the cowling was last removed. [[name:Sunny]] quarantined it, found the missing
        fastener in the {{hangar}} {{FOD}} bin and raised an {{occurrence report}} so the
        {{independent inspection}} process gets looked at. First wave went 40 mins late on the
        spare aircraft and nobody minded.
        Proper job 👍
        [[name:Mags]] ({{Base Engineering Manager}})
    """)),
    ("aviation", "incident", block("""
        [[flight_number:NWH27]] [[organisation:Kessock Delta]] - [[organisation:Kinbrae Heliport]] | {{AW189}} [[aircraft_registration:G-NWHB]] | [[date:18/03/2024]]
        15:02 Airborne [[organisation:Kessock Delta]], 11 {{pax}}. {{PIC}} [[name:Ruairidh Gunn]], {{co-pilot}} [[name:Ewa Kaczmarek]].
        15:19 Pax in 3C ([[name:Aleksander Nowicki]]) signalled smoke from his {{survival suit}} thigh pocket.
        15:20 Pax in 3D, [[name:Tunde Bakare]], pulled a hot {{power bank}} out with a gloved hand into the {{fire containment bag}} from the cabin stowage, as briefed by [[name:Ewa]] over the {{PA}}.
        15:21 {{PAN}} declared to {{ATC}}, return to [[organisation:Kinbrae]], 15 nm.
        15:34 Landed. {{RFFS}} met the aircraft; pax disembarked normally.
        15:50 Power bank cold; no damage to aircraft or suit.
        Follow-up: [[name:Nowicki]] had declared no {{dangerous goods}} at check-in. The {{X-ray}} did not
        see it because suits are issued airside. {{MOR}} [[case_reference:NWH-MOR-0244]]; {{CAA}} informed.
    """)),
    ("aviation", "near_miss", block("""
        NEAR MISS REPORT - passengers / freight
        Report no: [[case_reference:CRS-NM-1187]]
        Date: [[date:25/03/2024]]   Flight: [[flight_number:CDR118]] [[organisation:Kinbrae Heliport]] -> [[organisation:Marram]] {{FPSO}}
        Aircraft: {{H175}} [[aircraft_registration:G-CDRT]]
        Reporter: [[name:Yusuf Demir]], {{Ops Dispatcher}}
        Contact: [[phone:01632 960731]] / [[email:y.demir@caledonrotor.co.uk]]
        Description: A freight item (pump seals) was booked by [[organisation:Torran Energy]] logistics
        as 18 kg. On the routine re-weigh in the {{freight shed}} it was 118 kg. The {{load sheet}} had
        already been produced from the booking, so {{mass and balance}} would have been out by 100 kg
        with the {{CG}} close to the aft limit on a full cabin. [[name:Wojtek]] ({{ramp}} supervisor)
        queried it because the crate took two people to lift.
        Action: load sheet reissued, {{commander}} briefed before boarding. Request that freight over
        15 kg is only accepted onto a manifest after re-weigh.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Ingrid Solberg]] <[[email:i.solberg@caledonrotor.co.uk]]>
        To: Flight Safety <[[email:flightsafety@caledonrotor.co.uk]]>
        Cc: [[name:Ahmed Farouk]] ({{Chief Pilot}})
        Date: [[date:2 April 2024]] 19:07
        Subject: Bird strike - [[aircraft_registration:G-CDRK]] / [[flight_number:CDR431]]

        Hi all,

        On the return leg from [[organisation:Skerrin Alpha]] today we took a bird strike at about
        400 ft on the approach to [[organisation:Kinbrae Heliport]] - large gull, probably a
        {{herring gull}}, hit the left {{windscreen}} and {{wiper}}. Outer ply cracked; no ingress and
        no handling issues. Landed normally 17:42, 14 pax, nobody hurt, one shaken. Engineering
        ([[name:Kenji]]) have made the aircraft {{AOG}} pending a windscreen change.

        The {{ATIS}} carried no bird warning, although the {{ground crew}} say gull activity near the
        landfill to the north has been heavy all week. Can we ask the airport {{wildlife control}}
        team for a dispersal run before the first wave? {{ASR}} to follow tonight; {{MOR}} required.

        Cheers,
        [[name:Ingrid]]

        Capt [[name:Ingrid Solberg]]
        {{Line Training Captain}}, [[organisation:Caledon Rotor Services]]
        [[phone:07700 900642]]
    """)),
    ("aviation", "success", block("""
        FLIGHT SAFETY ACTION GROUP - MINUTES
        [[date:10 April 2024]], {{crew room}}, [[organisation:Kinbrae Heliport]]
        Attendees: [[name:Ahmed Farouk]] ({{Chief Pilot}}, chair); [[name:Joy Ferreira]] ({{Safety Manager}});
        [[name:Ruairidh Gunn]] ({{Captain}}); [[name:Mags Reid]] ({{Base Engineering Manager}});
        [[name:Yusuf Demir]] ({{Ops}}); [[name:Hamish]] ({{HLO}} rep, [[organisation:Torran Energy]])
        Apologies: [[name:Bo-ra Seo]] ({{CAMO}})

        1. Good catch - freight re-weigh (near miss [[case_reference:CRS-NM-1187]]): the re-weigh rule
        worked as designed. [[name:Wojtek]] to receive a {{Just Culture}} good-catch award.
        2. {{HUET}} / {{CA-EBS}} refresher uptake now 97%.
        3. Crane / deck interface: since the [[organisation:Skerrin Alpha]] go-around in {{February}},
        all [[organisation:Torran Energy]] installations stop crane ops at 10 nm. No repeats in eight
        weeks of flying.
        4. Actions: [[name:JF]] to share the crane-stop rule with other operators via
        {{Step Change in Safety}}; [[name:M. Reid]] to report back on cowling fastener checks.
    """)),
    ("aviation", "near_miss", prose("""
        walkround b4 first wave [[date:9/4]] - lh {{fuel cap}} on [[aircraft_registration:g-cdrp]]
        not latched, just sitting on. been refuelled o/night from bowser
        [[vehicle_registration:SV70 HNR]], driver [[name:tam]] said he got called to another a/c
        mid-fill n thought he'd done it. {{S-92}} wd prob have vented fuel in the cruise + a
        {{fuel quantity}} split, not great over the water. no harm, latched + {{leak check}} ok.
        told {{duty engineer}} [[name:ravi]] + {{ops}}, [[name:ravi]] wants a 2nd person sign off
        for o/night refuels. {{asr}} to follow when i land. [[name:cm]] ({{fo}})
    """)),
    ("aviation", "incident", block("""
        Tech log extract - [[aircraft_registration:G-CDRM]] ({{H175}}) - attached to {{MOR}} [[case_reference:MOR-2024-0417]]
        Date     | Sector | Defect                                              | Action                                   | Cert
        [[date:15/04/24]] | [[flight_number:CDR207]] | {{MGB}} {{chip}} caution on approach to [[organisation:Balnagown Bravo]]  | precautionary landing on deck, {{AOG}} offshore | -
        [[date:15/04/24]] | -      | {{chip detector}} on deck: fine fuzz                      | detector cleaned, {{oil sample}} taken        | [[name:S. Dhaliwal]]
        [[date:16/04/24]] | -      | no recurrence on 30 min {{ground run}}                  | ferried to base per {{AMM}}                 | [[name:K. Tanaka]]
        [[date:17/04/24]] | -      | oil sample: bearing material above limit            | MGB change, aircraft grounded             | [[name:M. Reid]]
        Summary: 11 pax and 2 crew stranded on [[organisation:Balnagown Bravo]] overnight; relief flight
        [[flight_number:CDR209]] ({{S-92}} [[aircraft_registration:G-CDRP]]) recovered them on [[date:16/04/24]].
        Reported by Capt [[name:Piet van der Berg]].
    """)),
    ("aviation", "success", block("""
        [Teams - [[organisation:Kinbrae Ops]] - [[date:19/04/2024]]]
        [[name:Yusuf Demir]] 06:40
        {{TAF}} now showing fog till 11. {{first wave}} to [[organisation:Skerrin Alpha]] & [[organisation:Kessock Delta]] not going before 10 🌫️
        [[name:Grace Lindqvist]] 06:44
        ok. if we slip everything the afternoon crew bust their {{FDP}}. can we move [[flight_number:CDR412]] and [[flight_number:CDR414]] to the {{late crew}} and bring [[name:Ruairidh]]'s crew in at 10 instead?
        [[name:Ruairidh Gunn]] 06:51
        happy to start 10:00, {{rest}} is fine
        [[name:Yusuf Demir]] 07:05
        done. told [[organisation:Torran Energy]] {{logistics}}, {{POB}} on [[organisation:Skerrin]] ok until 14:00
        [[name:Grace Lindqvist]] 17:30
        all 9 flights flown, nobody over duty, no rushed {{turnarounds}}. thanks all - textbook 👌 [[name:Ahmed]] asked me to pass on his thanks too
    """)),
    ("aviation", "near_miss", block("""
        RT extract - [[date:22 April 2024]] - {{Approach}} frequency
        14:10:05 [[flight_number:NWH31]]: Approach, [[flight_number:Northwind three one]], {{H175}}, one five miles east of [[organisation:Marram]], request descent for the {{ARA}}
        14:10:12 Approach: [[flight_number:Northwind three one]], descend to one thousand five hundred feet, {{traffic information}} not available, unknown traffic possible in the area
        14:12:40 [[flight_number:NWH31]]: [[flight_number:Northwind three one]], {{TCAS}} traffic, one mile, same level, turning left, visual now
        14:12:48 Approach: [[flight_number:Northwind three one]], roger, that's [[flight_number:Caledon one one eight]], just called me
        14:12:55 [[flight_number:CDR118]]: Approach, [[flight_number:Caledon one one eight]], apologies, was still on {{company frequency}}, visual with the traffic, holding south
        Note (Capt [[name:Lachlan O'Rourke]], [[organisation:Northwind Helicopters]]): closest point about 0.6 nm and 200 ft
        in {{IMC}} tops. Both aircraft inbound to [[organisation:Marram]] on the same slot. Both operators have filed;
        {{MOR}} [[case_reference:MOR-2024-0455]]. Slot clash traced to a {{logistics}} booking change.
    """)),
    ("aviation", "incident", block("""
        ENG SHIFT HANDOVER - nights -> days - [[date:24/04]]
        Handed over by: [[name:Kenji Tanaka]] ({{B1}})   Taken by: [[name:Bo-ra Seo]]

        [[aircraft_registration:G-CDRT]] ({{H175}}) - {{AOG}}
        - {{No.2 hydraulic}} leak found on post-flight after [[flight_number:CDR122]]. Fluid on the {{MGB}} deck, source cracked pressure line at the fwd {{servo}}.
        - INCIDENT 03:10: apprentice [[name:Jordan Pike]] got hydraulic fluid in L eye while depressurising. {{Eyewash}} 15 min, taken to [[organisation:Kinbrae Minor Injuries Unit]], back 05:00, no damage. Safety glasses were on top of his head, not on. Accident book done; {{RIDDOR}} check with [[name:Mags]] today.
        - Line on order via {{AOG desk}}, ETA 14:00.

        [[aircraft_registration:G-CDRK]] - new windscreen fitted, {{duplicate inspection}} signed [[name:KT]] / [[name:BS]]. Serviceable.
        [[aircraft_registration:G-CDRP]] - {{daily}} done, 1 {{ADD}} carried (cabin light). Serviceable.
    """)),
    ("aviation", "success", block("""
        To [[name:Mo]] and the {{helideck crew}} on [[organisation:Kessock Delta]],

        Just a note from the crew of [[flight_number:NWH29]] on [[date:Sunday 28 April]]. When we came in
        for the {{medevac}} of your colleague with a suspected {{MI}}, you had the deck green, the
        {{stretcher}} at the deck edge and the {{medic}}'s handover written down before we'd even
        finished our checks. We were off the deck in nine minutes, {{rotors running}}. He was handed to
        the {{paramedics}} at [[organisation:Kinbrae Heliport]] and we hear he is doing well at
        [[organisation:Fordyce Royal Infirmary]].

        Thank you all - especially [[name:Mo]] for the calm {{radio calls}}.

        Capt [[name:Lachlan O'Rourke]] and {{First Officer}} [[name:Nnenna Obiora]]
        [[organisation:Northwind Helicopters]]
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp - "[[organisation:Kinbrae]] check-in team"
        [[date:30/04/2024]], 06:12 - [[name:Faith]]: 🚨 heads up, {{pax}} [[name:A. Kumar]] boarded at gate 2 for [[flight_number:CDR412]] ([[organisation:Skerrin]]) but he's manifested on [[flight_number:CDR414]] ([[organisation:Kessock]])
        [[date:30/04/2024]], 06:13 - [[name:Rocco]]: how did he get through??
        [[date:30/04/2024]], 06:13 - [[name:Faith]]: both boarding at once, he showed his {{boarding card}} and the {{gate agent}} only checked the {{photo ID}}
        [[date:30/04/2024]], 06:15 - [[name:Rocco]]: {{captain}}'s holding, going out to the aircraft now
        [[date:30/04/2024]], 06:19 - [[name:Rocco]]: got him off. thought all the 0630s went to the same place 🤦 on the right a/c now, 4 mins delay
        [[date:30/04/2024]], 06:25 - [[name:Nadia Petrović]]: thanks both. that would have been a {{POB}} error on two installations and a wrong {{manifest}} for {{SAR}}. [[name:Faith]] can you do an {{ASR}}? the gate scanner needs to check the flight number, not just the name
        [[date:30/04/2024]], 06:26 - [[name:Faith]]: will do 👍
    """)),
    ("aviation", "incident", prose("""
        On [[date:3 May 2024]] [[flight_number:CDR431]] ({{S-92}} [[aircraft_registration:G-CDRP]])
        departed [[organisation:Kinbrae Heliport]] for [[organisation:Skerrin Alpha]] with 17
        passengers. About 25 minutes into the flight the passenger in seat 5A, Mr
        [[name:Gheorghe Popescu]] ([[age:58]]), became pale and sweaty and briefly lost
        consciousness. The passenger beside him, [[name:Kirsty Bain]], an
        {{offshore first aider}}, supported his head, kept his airway clear and alerted the crew
        with the {{cabin call}}. The {{commander}}, Capt [[name:Ahmed Farouk]], declared a
        {{PAN}} and returned to the heliport, where an {{ambulance}} met the aircraft. Mr
        [[name:Popescu]] was found to have {{hypoglycaemia}}; he has {{type 1 diabetes}}, which
        he had declared, and had skipped breakfast because of the 05:00 check-in. His
        {{offshore medical}} was in date. Learning: the heliport now offers food to passengers
        on early flights, and the {{pre-flight briefing}} asks passengers to tell the crew if
        they feel unwell. [[organisation:Torran Energy]] has been informed and the {{MOR}}
        ([[case_reference:MOR-2024-0481]]) filed with the {{CAA}}.
    """)),
    ("aviation", "success", block("""
        {{#ops-safety}} - Slack
        @[[name:joy.ferreira]] 09:02  📣 good catch of the week goes to @[[name:will.ashworth]] in flight planning
        @[[name:joy.ferreira]] 09:03  while planning [[flight_number:CDR207]] for [[date:Mon 13 May]] he spotted a {{NOTAM}} closing the [[organisation:Balnagown Bravo]] helideck for {{hot work}} on the flare tip that hadn't made it onto our {{installation status board}}. Crew would have launched to a closed deck
        @[[name:Piet]] 09:10  would've been a wasted 2hr round trip and a {{diversion}} with fuel tight. nice one [[name:Will]]
        @[[name:will.ashworth]] 09:14  ta! it was in the {{HLL}} but not on the board. raised with [[name:Yusuf]] to add a NOTAM cross-check to the {{planning checklist}}
        @[[name:joy.ferreira]] 09:20  👏 also sent to [[organisation:Torran Energy]] so their {{OIM}}s update the board at the same time
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind319", REPORTS))
