"""Held-out blind corpus 314: fifty hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures how
well de-identification generalises. All people, organisations, places and numbers are invented.

Three settings:
- social_care (17): the safeguarding team (DSL and deputies) of a secondary school;
- health (17): a mental health crisis resolution and home treatment team;
- aviation (16): a business jet charter operator.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes
with attendance and apologies, pipe-separated and aligned tables, radio (RT) and phone
transcripts, shout-outs and thank-you notes.

Identifiers are marked `[[label:value]]`; must-not-redact mentions (roles, agencies, clinical
terms, drugs, equipment, aircraft types, generic times, acronyms) are marked `{{term}}`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind314.jsonl"

SOCIAL_CARE = [
    # 1 rushed lower-case note
    ("social_care", "incident", prose("""
        rushed note sorry. {{yr 10}} lad [[name:tyreese]] came to me at {{break}} n said his
        {{step dad}} [[name:Daz]] hit him w a belt last nite, marks on his back. didnt look
        (thats for {{police}}) just listened + wrote it down word for word. rang {{MASH}} 11.40,
        spoke to {{duty SW}} [[name:Jolene]], ref [[case_reference:MASH/24/07713]]. {{mum}} NOT
        to be told yet. {{DSL}} Mr [[name:Okonkwo]] off site so ive logged it as {{DDSL}}.
        [[name:tyreese]] ([[age:14yo]]) lives [[address:22 Sallow Road, Fenwick Vale]]
        [[postcode:HB4 7TD]] w mum, [[name:Daz]] + 2 little sisters. {{strat meeting}} 2pm tmrw
        [[date:weds 13th]]. kept him in the {{inclusion room}} til end of day, form tutor only
        knows hes w me. - [[name:jp]]
    """)),
    # 2 formal narrative
    ("social_care", "near_miss", prose("""
        Near miss – confidential information. On [[date:Friday 8 March]] I was e-mailing the
        {{Child Protection}} conference report for a {{Year 8}} student, [[name:Amara Nwosu-Bright]]
        ([[case_reference:CP-0392]]), to her mother. When I typed the surname into the {{To}}
        field, {{Outlook}} {{autocomplete}} offered Mrs [[name:Hope Bright]], the parent of an
        unrelated {{Year 11}} boy. I selected it without noticing. Before sending I asked
        {{DDSL}} [[name:Wiktoria Zielińska]] to proof-read the attachment and she spotted the
        wrong address in the header. Had it gone, a third party would have received details of
        the {{ICPC}}, the {{social worker}}'s analysis and the father's criminal history. No
        harm occurred. Learning: {{CP}} documents are now only sent by {{secure email}} from the
        {{DSL}} mailbox and the recipient is checked against the contact record by a second
        person. Reported by [[name:Nell Garside]], {{safeguarding administrator}}.
    """)),
    # 3 shout-out
    ("social_care", "success", prose("""
        SHOUT-OUT for [[name:Bill]] in attendance!! He noticed [[name:Sunny]] ({{Y11}}) was
        missing every {{Thursday}} {{period 5}} and being picked up by a grey Audi outside the
        {{bus bay}}. He got the reg ([[vehicle_registration:HX71 KRU]]) and brought it straight
        to the {{DSL office}}. That gave {{police}} enough to link it to an older male already
        known to {{MASH}}, and the {{CSE}} screening tool was done the same afternoon.
        [[name:Sunny]] is now working with the {{exploitation team}} and her attendance is back
        up to 94%. Proper professional curiosity – thanks [[name:Bill]], you're a star. –
        [[name:Grace]] ({{DSL}})
    """)),
    # 4 chronology
    ("social_care", "incident", block("""
        CHRONOLOGY – [[case_reference:ASH-SG-2024-118]]   Date: [[date:14/03/2024]]
        08:52  {{Form tutor}} Mr [[name:D. Haldane]] reports rumours in a {{Year 9}} group chat
               about an image of [[name:Ruby-Mae Fletcher]].
        09:10  {{DSL}} ([[name:SA]]) speaks to [[name:Ruby-Mae]] with {{pastoral lead}}
               [[name:Tomasz]] present. She says [[name:Callum Ives]] ({{Y10}}) shared it on
               {{Snapchat}}.
        09:25  [[name:Callum]]'s phone confiscated, NOT viewed, bagged and locked in the
               {{DSL office}} safe per {{UKCIS}} guidance.
        10:05  {{Police}} {{SPOC}} contacted, log [[case_reference:CAD 0314-211]].
        10:40  [[name:Ruby-Mae]]'s mum, Ms [[name:Fletcher]], informed by phone; collected her at 11:30.
        13:00  [[name:Callum]] seen by {{Head of Year}} with dad. Internal exclusion pending
               police advice.
        15:15  Referral to {{MASH}} for both children, ref [[case_reference:MASH/24/08102]].
    """)),
    # 5 e-mail
    ("social_care", "near_miss", block("""
        From: [[name:Rosa Delgado-Price]] <[[email:r.delgado-price@ashgrovepark.sch.uk]]>
        To: {{Safeguarding Team}}
        Sent: [[date:Tuesday 19 March 2024]] 15:47
        Subject: near miss at reception - please read

        Hi all,

        At 14:50 a man came to {{reception}} saying he was [[name:Leon]]'s dad and needed to
        take him to the {{dentist}}. Our new {{temp}} started printing a late slip. I happened
        to walk past and saw the red flag on {{SIMS}} - there is a {{prohibited steps order}}
        and Mr [[name:Whitlock]] is not allowed contact. I asked him to wait, rang
        [[name:Grace]] and {{police}} on {{101}}. He left before they arrived. [[name:Leon]]
        ({{Y7}}, [[age:11]]) never knew he was there.

        Can we go through the alerts with all front-office cover staff please?

        [[name:Rosa]]
        [[name:Rosa Delgado-Price]] | {{Office Manager}} | [[organisation:Ashgrove Park Academy]]
        [[phone:01632 960418]]
    """)),
    # 6 minutes
    ("social_care", "success", block("""
        SAFEGUARDING TEAM MINUTES – [[date:25.03.24]]
        Present: [[name:G. Okoye]] ({{DSL}}), [[name:Will Ashby]] ({{DDSL}}),
        [[name:Faith]] ({{SENCo}}), [[name:Pat Hennessy]] ({{attendance officer}})
        Apologies: [[name:Joy Mbeki]] ({{school nurse}}), {{PCSO}} [[name:Harris]]

        1. Matters arising – none.
        2. Learning – what went well. [[name:Marcus]] ({{Y10}}) stepped down from {{CIN}}
           to {{Early Help}} this week. Panel credited [[name:Faith]]'s sensory assessment and
           the daily check-in [[name:Will Ashby]] set up in {{September}}. Social worker said it
           was the best school contribution she'd seen this year.
        3. {{Operation Encompass}} notifications – 4 this month, all actioned before {{9am}}.
        Actions: [[name:WA]] to write up the check-in model for the {{Trust}} DSL network.
        Next meeting: [[date:22 April]].
    """)),
    # 7 form
    ("social_care", "incident", block("""
        SAFEGUARDING CONCERN FORM
        Student: [[name:Oluwaseun Adeyemi]]      Known as: [[name:Shay]]
        DOB: [[date_of_birth:02/11/2009]]         Form: {{10RW}}
        UPN: [[case_reference:H823401118043]]
        Address: [[address:Flat 6, Corran House, Ferrier Street, Halbury]] [[postcode:HB2 9LW]]
        Carer: {{grandmother}}, Mrs [[name:Bunmi Adeyemi]]  Tel: [[phone:07700 900317]]
        GP: [[organisation:Fenwick Vale Medical Centre]]

        Concern: At lunch [[name:Shay]] showed a friend fresh {{cuts}} to the left forearm.
        Friend told {{lunchtime supervisor}}. Seen by {{first aider}}, wounds superficial, no
        {{A&E}} needed. [[name:Shay]] says it helps "when the noise gets too much".
        Action: grandmother informed and collecting; {{CAMHS}} referral discussed; safety plan
        started; {{Childline}} details given.
        Recorded by: [[name:A. Kaur]], {{DDSL}}   [[date:27/03/24]] {{13:15}}
    """)),
    # 8 WhatsApp
    ("social_care", "near_miss", block("""
        [[[date:10/04/2024]], 07:58] [[name:Priya Raman]]: morning all. {{Y8}} {{Geography}}
        trip pics going up on the school {{insta}} at 9
        [[[date:10/04/2024]], 08:01] [[name:Priya Raman]]: has anyone checked them against
        the {{no-photo list}}??
        [[[date:10/04/2024]], 08:03] [[name:Hen]]: omg no. [[name:Lily-Rose]] is in 3 of them
        😬 she's the one in {{refuge}} w mum, dad's been looking for them
        [[[date:10/04/2024]], 08:04] [[name:Mark O]]: pulling them now. {{comms}} had them
        scheduled for 8.30 not 9!!
        [[[date:10/04/2024]], 08:06] [[name:Mark O]]: done, nothing went live
        [[[date:10/04/2024]], 08:09] [[name:Hen]]: thank god. i'll {{mark}} it on the {{log}} as a
        {{near miss}} + tell {{DSL}}. need a {{consent}} check step before anything gets
        scheduled
    """)),
    # 9 handover
    ("social_care", "incident", prose("""
        Handover {{DDSL}} → {{DSL}}, end of day. [[name:Kofi]] ({{Y9}}, {{CLA}}, placed with
        {{foster carers}} [[name:Joanne]] and [[name:Steve Marr]]) left site via the
        {{MUGA}} gate at 12.20 after an argument in {{PE}}. Not seen again during school.
        Reported missing to {{police}} 13.05, ref [[case_reference:HB-240412-MP]]. Informed his
        {{social worker}} Ms [[name:Adebayo]], the {{IRO}} and the {{Virtual School}}.
        [[name:Joanne]] rang 16.40 – [[name:Kofi]] turned up at his old placement on
        [[address:Crane Street, Eastmoor]], safe, some {{cannabis}} smell. {{Return home interview}}
        to be done by [[organisation:Halbury Borough Council]] missing team. He is back in
        tomorrow – please make sure Mr [[name:Oduya]] knows to meet him at the gate.
    """)),
    # 10 formal narrative (success)
    ("social_care", "success", prose("""
        Learning report – what went well. During the {{spring term}} the {{Head of Year 7}}, Mrs
        [[name:Amber Lindqvist]], noticed that [[name:Ibrahim Haidari]], an unaccompanied
        asylum-seeking child ({{UASC}}) [[age:aged 12]], was taking extra bread from the
        {{canteen}} every day. Rather than treat it as a behaviour issue she sat with him,
        with a {{Dari}} {{interpreter}}, and learned that his {{supported lodgings}} had not
        been giving him his food allowance for three weeks. She contacted his {{social worker}}
        the same day and raised it at his {{PEP}} meeting. The allowance was reinstated within
        a week and the provider is now under review by the commissioning team. [[name:Ibrahim]]
        now gets {{free school meals}} plus {{breakfast club}}. Credit to [[name:Amber]] for
        curiosity and persistence.
    """)),
    # 11 rushed note
    ("social_care", "near_miss", prose("""
        {{scr}} audit today (me + [[name:bal]]) found volunteer reading mentor
        [[name:Hugo Fairbanks-Lowe]] had been coming in since [[date:4th march]] with NO
        enhanced {{DBS}} back yet – only the {{barred list}} check. he's always been
        supervised in the {{library}} w Mrs [[name:T]] so no unsupervised contact as far as we
        know, but he was wearing a green {{lanyard}} not red. flagged to {{business manager}}
        + [[organisation:Meridian Learning Trust]] {{HR}}, he's stood down til cert arrives.
        learning = {{reception}} need to check the {{SCR}} not just the volunteer form. tbc at
        team mtg. - [[name:G]] x
    """)),
    # 12 table
    ("social_care", "incident", block("""
        Weekly {{child-on-child}} log – w/c [[date:15/04/24]]
        | Date  | Student            | Concern                           | Action             | By |
        |-------|--------------------|-----------------------------------|--------------------|----|
        | [[date:15/04]] | [[name:Zainab Qureshi]]  | racist name-calling on {{bus}}     | parents informed   | [[name:GO]] |
        | [[date:16/04]] | [[name:Jay-Jay Obi]]     | pushed into lockers, bruising     | {{body map}}, {{HoY}} | [[name:WA]] |
        | [[date:16/04]] | [[name:Rose Tennant]]    | {{upskirting}} allegation vs [[name:Mateus]] | {{police}} advice, {{MASH}} | [[name:GO]] |
        | [[date:18/04]] | [[name:Mateus]]          | threats on {{Instagram}} after above | separated timetables | [[name:AK]] |
        Note: [[name:Rose]]'s case is the most serious – {{risk assessment}} in place, reviewed
        [[date:Fri 19th]].
    """)),
    # 13 Teams chat
    ("social_care", "success", block("""
        [[name:Grace Okoye]]  10:14
        Massive well done to [[name:Ana Folau]] 👏 after 6 weeks of chasing, she found out why
        [[name:Dmitri]] ({{Y9}}) had stopped coming in.
        [[name:Grace Okoye]]  10:15
        Family were made {{homeless}} and put in a {{B&B}} by [[organisation:Cresswell Council]], 2
        buses away. Nobody told us. {{Children Missing Education}} referral was about to go in.
        [[name:Ana Folau]]  10:21
        Thanks! Honestly {{mum}} was so relieved someone asked. [[organisation:Halbury Borough Council]]
        {{home to school transport}} starts [[date:Monday 29th]] 🙌
        [[name:Will Ashby]]  10:30
        Brilliant work [[name:Ana]]. Worth sharing at {{DSL}} network as a {{CME}} example?
    """)),
    # 14 e-mail LADO
    ("social_care", "incident", block("""
        From: [[email:g.okoye@ashgrovepark.sch.uk]]
        To: [[email:lado@halbury.gov.uk]]
        Date: [[date:30 April 2024]] 16:02
        Subject: {{LADO}} referral – allegation re member of staff

        Dear {{LADO}},

        Today at 12:40 [[name:Precious Mensah]] ({{Year 10}}, [[age:15]]) disclosed to her
        {{form tutor}} that {{PE}} teacher Mr [[name:Declan Rourke]] has been messaging her on
        {{Instagram}} since {{Easter}}, including comments about her appearance. She showed
        screenshots, which we have not copied. Mr [[name:Rourke]] has not been told. The
        {{Headteacher}} is aware. Her {{mum}} has been informed and supports a referral.

        Kind regards,
        [[name:Grace Okoye]]
        {{Designated Safeguarding Lead}}, [[organisation:Ashgrove Park Academy]]
        [[phone:01632 960771]] | [[email:g.okoye@ashgrovepark.sch.uk]]
    """)),
    # 15 near miss record
    ("social_care", "near_miss", block("""
        NEAR MISS RECORD
        Ref: [[case_reference:NM-2024-07]]
        Reported by: [[name:Lukas Brenner]], {{Data Manager}}
        Date: [[date:2 May 2024]]
        Pupil: [[name:Mercy Asante]]   DOB: [[date_of_birth:19.06.2010]]
        Moving to: [[organisation:Thornfield High School]], [[address:Bexley Lane, Marshby]]
        [[postcode:MR7 3EN]]
        What happened: Leaver processed on {{SIMS}} and {{CTF}} sent on [[date:29/04]]. The
        paper {{CP file}} had not been flagged to the {{DSL}}, so it was not transferred within
        the {{KCSIE}} timescale. [[name:Lukas]] noticed the red sticker on the {{archive box}} when
        filing. File hand-delivered and signed for by their {{DSL}} on [[date:3 May]].
        Learning: leavers list now goes to the {{safeguarding team}} every {{Friday}}.
    """)),
    # 16 formal success
    ("social_care", "success", prose("""
        At 08:05 we received an {{Operation Encompass}} notification that {{police}} had attended
        a {{domestic incident}} overnight at the home of [[name:Ellie-Jo Price]] ({{Year 7}}) and her
        brother [[name:Reece]] ({{Year 10}}). Incident number [[case_reference:2404-0091-HB]].
        Their {{key adult}}, Miss [[name:Chidi]], met both at the gate with breakfast, and
        [[name:Ellie-Jo]] later told her that her mum's partner had a {{knife}}. This detail was not in the
        police notification. We passed it on within the hour and a {{strategy discussion}} was
        held the same day. {{Mum}} accepted a referral to the {{IDVA}} service. A good example of
        the scheme working as intended: quick, quiet and child-centred.
    """)),
    # 17 rushed txt-speak
    ("social_care", "incident", prose("""
        fight @ gates 15.20 [[date:thurs 9/5]]. {{yr 11}} [[name:jordan]] + [[name:Deji]] +
        some lads not ours. [[name:Smudge]] (think real name [[name:Harvey Lomax]]?) pulled what
        looked like a {{kitchen knife}} outta his bag then ran twd the {{park}}. no1 cut. i rang
        {{999}}, {{police}} came 15.34, {{CAD}} [[case_reference:4471-090524]]. statements from me,
        Mr [[name:Bhatt]] + {{site team}}. [[name:jordan]] has a {{CP plan}} so emailed his
        {{SW}}. [[name:Deji]]'s mum v angry at pick up, wants a call from {{SLT}}. ALL staff on
        gates tmrw pls + {{SNT}} asked to do a visible presence. {{bag searches}} to be agreed
        w head. - [[name:ak]]
    """)),
]

HEALTH = [
    # 1 formal narrative
    ("health", "incident", prose("""
        Incident summary for {{72-hour review}}. Mr [[name:Tariq Javed]], [[age:aged 34]], had
        been under the [[organisation:Kingsbury Crisis Resolution and Home Treatment Team]] since
        [[date:2 February]]. On [[date:11 February]] his brother found him at home having taken
        an overdose of {{sertraline}} and {{zopiclone}}. He was taken to {{A&E}} at
        [[organisation:Kingsbury General Hospital]] (hospital no. [[case_reference:KGH4419027]],
        NHS [[nhs_number:403 255 5893]]), spent two nights on {{ICU}} and has recovered. On
        [[date:9 February]] a {{bank}} {{RMN}} had delivered a seven-day supply, although the
        {{care plan}} specified daily {{dispensing}} because of overdose risk. The plan had been
        changed on {{RiO}} but the printed copy in the {{team base}} was out of date and was the
        one used. {{Duty of Candour}} conversation held with Mr [[name:Javed]] and his brother.
    """)),
    # 2 chronology
    ("health", "near_miss", block("""
        Timeline – near miss, wrong patient visit, [[date:Sat 17/02]]
        09:30  Visit list printed. Two unrelated patients called [[name:Kowalczyk]] on caseload:
               [[name:Agnieszka Kowalczyk]] ([[age:52]]) and [[name:Marek Kowalczyk]] ([[age:29]]).
        10:15  {{Support worker}} [[name:Hamza]] and {{student nurse}} [[name:Bea Lund]] arrive at
               [[address:41 Tennyson Walk]] to supervise [[name:Marek]]'s {{olanzapine}}.
        10:17  Door answered by Mrs [[name:Kowalczyk]], who was expecting the team.
        10:19  [[name:Hamza]] checks {{DOB}} before giving meds – does not match
               [[date_of_birth:14/08/1994]] on the {{MAR chart}}. Meds not given.
        10:40  {{Coordinator}} confirms correct address, [[address:14 Tennison Court]].
        11:05  Meds given to correct patient.
        Learning: {{alert}} added to both records; visit list now shows {{NHS number}} as well
        as name.
    """)),
    # 3 shout-out
    ("health", "success", prose("""
        Shout out to [[name:Lola]] on {{nights}}! At 02:10 on [[date:Sunday 18th]] she took a
        call on the {{crisis line}} from [[name:Kieran]], who was on a {{footbridge}} and had taken
        {{paracetamol}}. She kept him talking for almost an hour while [[name:Tunde]] liaised
        with {{police}} and {{ambulance}}. [[name:Kieran]] agreed to go to {{A&E}} voluntarily, so
        no {{s136}}, and after medical treatment he took a bed at [[organisation:Hollins Lodge]]
        {{crisis house}}. His mum rang this morning just to say thank you. Calm, warm and
        patient. Proud of you both. – [[name:Sunita]], {{team manager}}
    """)),
    # 4 e-mail
    ("health", "incident", block("""
        From: [[name:Olumide Bankole]] <[[email:olumide.bankole@nhs.net]]>
        To: [[name:Sunita Rao]]; [[email:risk.team@wealdmoor.nhs.uk]]
        Date: [[date:Wed 28 Feb 2024]] 18:22
        Subject: {{Datix}} [[case_reference:W-2024-03318]] – threatened on {{home visit}}

        [[name:Sunita]],

        Visited Mr [[name:Cartwright]] alone at [[address:7 Dyer's Yard, Lowbridge]] at 16:30
        ({{second worker}} off sick, {{buddy}} call arranged with [[name:Fatou]]). His brother, not
        known to us, came in with a {{claw hammer}} and told me to get out. I left straight away.
        I pressed the {{lone worker device}} but it had not been charged, so there was no
        escalation. [[name:Fatou]] rang at 16:45 as agreed and I was already in the car.

        Not hurt, just shaken. Please can we put a {{two-worker}} flag on the record.

        [[name:Olu]]
        [[name:Olumide Bankole]], {{Senior Practitioner}}, {{CRHT}}
        Mob [[phone:07700 900552]]
    """)),
    # 5 form
    ("health", "near_miss", block("""
        INCIDENT FORM – NEAR MISS
        Patient: [[name:Gwenllian Pryce]]     DOB: [[date_of_birth:30/01/1971]]
        NHS No: [[nhs_number:985 691 6585]]   Local ID: [[case_reference:RX9127731]]
        Address: [[address:Ty Gwyn, 3 Chapel Row, Abernant]] [[postcode:CF49 2TB]]
        Date of event: [[date:5 March]]

        Description: [[name:Gwen]] has been on {{lithium}} for years. Seen for {{low mood}}.
        Reported {{tremor}}, {{diarrhoea}} and vomiting. {{GP}} at [[organisation:Abernant Surgery]]
        had started {{ibuprofen}} for back pain a week earlier. Our {{pharmacist}}
        [[name:Ifeoma]] spotted the interaction on the {{home treatment}} review. Urgent
        {{lithium level}} 1.3 mmol/L. Ibuprofen stopped, level repeated next day.
        Reported by: [[name:J. Whitcombe]], {{CPN}}
    """)),
    # 6 minutes
    ("health", "success", block("""
        {{CRHT}} {{MDT}} – [[date:Thursday 7 March]]
        Attendance: Dr [[name:Anjali Menon]] ({{consultant}}), [[name:Sunita Rao]] ({{TM}}),
        [[name:Mark Ellery]] ({{AMHP}}), [[name:Hope Ndlovu]] ({{RMN}}), [[name:Ciarán]]
        ({{peer support worker}})
        Apologies: [[name:Joy]] ({{pharmacist}})

        Case review – Ms [[name:L.B.]]: referred two weeks ago with {{psychotic relapse}};
        {{Mental Health Act assessment}} was being considered. Twice-daily visits, daughter
        involved as carer, {{aripiprazole}} restarted. Much improved; no admission needed.
        [[name:Mark Ellery]] noted this was a good example of least restrictive practice.
        Plan: discharge to {{CMHT}} [[date:21 March]]; [[name:Ciarán]] to continue peer contact.
    """)),
    # 7 rushed note
    ("health", "incident", prose("""
        pt [[name:DW]] left {{crisis house}} approx 0130 via {{fire door}}, not noticed til 0300
        {{obs}}. rang {{police}} 0310, {{misper}} ref [[case_reference:HB-0319-0044]]. {{CCTV}} at
        front shows him getting in a taxi [[vehicle_registration:YK68 PZW]]. found 0545 by police
        near the {{railway}} at [[address:Stanmoor Lane]], unharmed but v distressed, brought to
        {{A&E}}. {{fire door}} alarm was switched off bc it kept going off in the wind?? staff on
        shift [[name:neve]] + [[name:kwame]]. pls can someone chase {{estates}} today. [[name:DW]]
        is [[age:19]] + very high risk, shld have been on hourly obs. - [[name:rob c]]
    """)),
    # 8 Teams chat
    ("health", "near_miss", block("""
        [[name:Hope Ndlovu]]  09:02
        {{referral}} from {{liaison}} for [[name:Ahmed Siddiqui]] – {{NHS no}} on the form
        [[nhs_number:861 646 7270]] brings up a different [[name:Ahmed Siddiqui]] on {{Spine}},
        {{DOB}} [[date_of_birth:03/05/1958]]. ours is [[age:23]]
        [[name:Tom Ferreira]]  09:05
        oh no. the other one is on {{warfarin}} + {{digoxin}}, i nearly copied that {{med list}} across
        [[name:Hope Ndlovu]]  09:07
        rang [[organisation:Kingsbury General]] liaison, they picked the wrong row. correct
        number is [[nhs_number:660 701 6774]]
        [[name:Tom Ferreira]]  09:09
        good catch. i'll do a {{Datix}} + email Dr [[name:Obi]]
    """)),
    # 9 handover
    ("health", "incident", prose("""
        Evening handover [[date:14 March]]. [[name:Grace Addo]] – missed visit today. She was on
        the list but not allocated after two staff went off sick. Nobody noticed until [[name:Tom]]
        rang her at 19:00: intoxicated, tearful, said she had {{tablets}} ready and "no point any
        more". {{Police}} did a welfare check at 19:40 and she was taken to {{A&E}} under
        {{s136}}. Now in the {{136 suite}} awaiting {{MHA assessment}}. Her {{care coordinator}}
        [[name:Rhys]] and the {{on-call}} consultant aware. [[name:Grace]] is allocated to
        [[name:Hope]] tomorrow if she comes home. Please: the {{visit board}} must be checked
        against allocations at {{midday}} every day, not just at {{handover}}.
    """)),
    # 10 thank-you note
    ("health", "success", prose("""
        A thank you to PC [[name:Abbott]] and PC [[name:Sørensen]] from the {{street triage}} car.
        On [[date:22/03]] they attended a call to Mrs [[name:Oyelaran]]'s flat together with our
        [[name:Nuala]]. Rather than using {{s136}}, they stayed for two hours, helped find her
        missing {{clozapine}} prescription and waited until the {{out-of-hours GP}} arrived. She
        stayed at home and was reviewed by us the next morning. This is exactly the joint
        working we hoped the {{triage}} pilot would bring, and it kept a frightened
        [[age:78-year-old]] out of a {{police cell}}. – [[name:S. Rao]], {{Team Manager}},
        [[organisation:Kingsbury CRHT]]
    """)),
    # 11 table
    ("health", "incident", block("""
        Medication incidents – [[date:March 2024]]
        {{Datix}}        | Date  | {{Pt}}   | Issue                               | Harm
        [[case_reference:W-2024-04102]] | [[date:18/03]] | [[name:R.K.]] | {{diazepam}} count 2 short at visit    | none
        [[case_reference:W-2024-04177]] | [[date:20/03]] | [[name:T.H.]] | {{quetiapine}} 300mg given vs 30mg    | low – drowsy
        [[case_reference:W-2024-04230]] | [[date:23/03]] | [[name:M.N.]] | {{blister pack}} left with wrong pt   | none
        [[case_reference:W-2024-04301]] | [[date:27/03]] | [[name:R.K.]] | {{lorazepam}} not recorded on {{MAR}} | none
        Theme: two incidents for [[name:R.K.]]; {{controlled drugs}} check now done with 2 staff.
    """)),
    # 12 e-mail
    ("health", "near_miss", block("""
        Subject: RE: discharge letter – please hold!
        From: [[name:Maureen Kilbride]] ({{medical secretary}})
        To: Dr [[name:Anjali Menon]]
        Sent: [[date:26 March 2024]] 11:15

        Dr [[name:Menon]],

        Before posting Ms [[name:Wanjiru Kamau]]'s discharge letter I checked her address on
        {{PDS}} as usual. The letter template had pulled [[address:9 Millbrook Gardens]],
        [[postcode:KB3 6RQ]], which is her ex-partner's address – the one she fled in {{January}}.
        Her current address is in a {{refuge}} and is held as {{restricted}} on the record, so
        the {{clinic letter}} system had defaulted to the last open address. Letter not sent.
        I have re-printed it for collection at the {{team base}} instead and spoken to her {{IDVA}}.

        Can we raise with {{IT}}? The same could happen to anyone with a {{sensitive address}}.

        Thanks,
        [[name:Maureen]]
        [[phone:01632 960233]]
    """)),
    # 13 phone transcript
    ("health", "success", block("""
        Call transcript (recorded line), [[date:21/03/24]] 23:47
        {{HANDLER}}: {{Crisis line}}, you're speaking to [[name:Dan]].
        {{CALLER}}: It's my son, [[name:Rafi]]. He's locked himself in the bathroom and he won't
        answer. He's been {{hearing voices}} again since he stopped his {{risperidone}}.
        HANDLER: OK. Is he safe right now? Can you hear him?
        CALLER: He's crying. He says he's not going to hurt himself.
        HANDLER: Thank you. What's your address?
        CALLER: [[address:58 Orchard Rise, Pellingham]], [[postcode:PG2 8HZ]].
        HANDLER: Is [[name:Rafi]] known to us? Date of birth?
        CALLER: [[date_of_birth:4 June 2001]]. He saw your team last year.
        HANDLER: I can see him. I'm going to get two of our {{nurses}} to you tonight. If
        anything changes, ring {{999}}.
        [Note: visit 00:55 by [[name:Emre]] and [[name:Ikechukwu]]; {{home treatment}} started,
        no {{police}} or {{A&E}} involvement. Good outcome.]
    """)),
    # 14 chronology
    ("health", "incident", block("""
        Chronology – medication error, [[case_reference:W-2024-04177]]
        [[date:20 March]]
        08:40  Visit by {{agency nurse}} [[name:Bogdan Ilie]] to [[name:Tess Hanlon]] at home.
        08:55  {{quetiapine}} 300mg given from {{MAR}}. Handwritten entry read as "300"; the
               prescription from Dr [[name:Menon]] was 30mg {{PRN}} at night.
        13:20  [[name:Tess]]'s partner rings: she is very drowsy, hard to wake.
        13:30  [[name:Hope]] visits, {{NEWS2}} 3, {{GCS}} 14. {{111}} advice, {{GP}} informed.
        17:00  Improving; stays home with partner, {{obs}} every 2h by team overnight.
        [[date:21 March]] Fully alert. {{Duty of Candour}} discussion with [[name:Tess]].
        Learning: no handwritten {{MAR}} entries; doses to be transcribed by 2 staff.
    """)),
    # 15 rushed note
    ("health", "near_miss", prose("""
        confession time – left the {{work mobile}} in the pool car ([[vehicle_registration:KB21 NXE]])
        overnight in the [[organisation:Pellingham Leisure Centre]] car park, unlocked door on
        passenger side 🤦‍♀️ phone has the visit list w names + addresses on it (no pin, the
        {{IT}} one expired). found it this am 7.15 still there, nothing taken. told [[name:sunita]],
        logged on {{datix}}. nobody had access as far as we can tell. {{IG}} lead
        Mr [[name:Ahern]] rang back, says its a {{near miss}} not a breach bc no evidence of
        access, but needs reporting to the {{Caldicott Guardian}} anyway. lesson: phones in the
        {{key safe}} at team base, NOT in cars, + {{pin}} on every phone. sorry all. - [[name:kasia]]
    """)),
    # 16 formal success
    ("health", "success", prose("""
        Good practice report. On [[date:Tuesday 2 April]] the {{AMHP}} service asked us to
        attend a {{Mental Health Act assessment}} for Mr [[name:Nguyen Van Long]], [[age:aged 61]],
        at [[address:12 Rook Street, Lowbridge]]. The referral described escalating {{paranoia}} and
        refusal to eat. {{CRHT}} practitioner [[name:Faith Oduya-Brennan]] had visited twice that
        week and knew the family; she suggested a joint visit before any warrant under
        {{section 135}}. With his daughter translating, Mr [[name:Nguyen]] agreed to start
        {{olanzapine}} and to daily visits. The assessment was stood down. Two weeks later he is
        eating, sleeping and has asked for {{talking therapy}}. The {{AMHP}}, [[name:Mark Ellery]],
        asked that we share this as an example of least restrictive practice.
    """)),
    # 17 form
    ("health", "incident", block("""
        SAFEGUARDING REFERRAL – CHILD AT HOME
        Patient: [[name:Kerry-Ann Dobbs]]     {{DOB}}: [[date_of_birth:17/09/1992]]
        {{NHS}}: [[nhs_number:491 408 8428]]      Ref: [[case_reference:CRHT-2404-118]]
        Address: [[address:Flat 3, 88 Wharf Road, Pellingham]] [[postcode:PG1 4AL]]
        Child: [[name:Mason]], [[age:6]], attends [[organisation:Wharf Road Primary]]
        Referrer: [[name:Ciarán Doyle]], {{Support Worker}}, tel [[phone:01632 960905]]

        At the 10:00 visit on [[date:3 April]], [[name:Kerry-Ann]] was asleep on the sofa and
        could not be woken for several minutes. Empty {{pregabalin}} strips on the table.
        [[name:Mason]] was at home, not at school, eating dry cereal. {{Ambulance}} called; she
        was conveyed to {{A&E}}. [[name:Mason]] stayed with a {{neighbour}} until his
        {{grandad}} arrived. Referral made to {{Children's Social Care}} by phone at 11:10.
    """)),
]

AVIATION = [
    # 1 formal narrative
    ("aviation", "incident", prose("""
        During repositioning on the {{apron}} at [[organisation:Redmoor Airport]] on
        [[date:6 January]], {{Citation XLS+}} [[aircraft_registration:G-KVXA]] was towed by a
        {{tug}} from [[organisation:Aerolinx Handling]] without the {{steering bypass pin}}
        fitted. The {{tug driver}} turned beyond the {{nose wheel}} limit and the steering
        actuator was damaged. No {{wing walker}} was present. The aircraft was {{AOG}} for three
        days and [[flight_number:KVX204]] to Geneva was cancelled; passengers were
        sub-chartered. {{Licensed engineer}} [[name:Kwabena Asamoah]] from
        [[organisation:Fenstone Aero Engineering]] carried out the inspection. Occurrence
        [[case_reference:KEA-OR-24-003]]; an {{MOR}} has been submitted to the {{CAA}}. Report by
        [[name:Alastair Pennington-Reid]], {{Director of Maintenance}},
        [[organisation:Kestrelvale Executive Aviation]].
    """)),
    # 2 RT transcript
    ("aviation", "near_miss", block("""
        {{RT}} extract – [[organisation:Castlebridge Approach]] {{119.105}}, [[date:12/01/24]] {{1432Z}}
        {{APP}}:    [[flight_number:Kestrel two one x-ray]], descend {{flight level}} eight zero.
        [[flight_number:KVX12X]]: Descend flight level eight zero, [[flight_number:Kestrel one two x-ray]].
        APP:    [[flight_number:Kestrel one two x-ray]], negative, that was for
                [[flight_number:Kestrel two one x-ray]]. Maintain flight level one two zero.
        [[flight_number:KVX12X]]: Maintain one two zero, sorry, [[flight_number:Kestrel one two x-ray]].
        [[flight_number:KVX21X]]: Descending eight zero, [[flight_number:Kestrel two one x-ray]].

        Crew note: [[flight_number:KVX12X]] ({{Phenom 300E}} [[aircraft_registration:G-KVPH]])
        had already started down ~200 ft. No {{TCAS}} alert. Both our aircraft on the same
        {{frequency}} with near-identical callsigns. Capt [[name:Ines Carvalho]] / {{FO}}
        [[name:Yusuf Demir]]. Request {{ops}} stop rostering [[flight_number:KVX21X]] and
        [[flight_number:KVX12X]] at the same time.
    """)),
    # 3 shout-out
    ("aviation", "success", prose("""
        Big thanks to [[name:Rosie]] at [[organisation:Skyway Jet Centre]]! On the turnaround
        on [[date:Sat 27th]] she noticed the {{bowser}} pulling up to [[aircraft_registration:G-KVPH]]
        was the {{AVGAS}} truck ([[vehicle_registration:AV19 FLG]]) not {{Jet A-1}}, and stopped
        the {{refueller}} before the {{nozzle}} went anywhere near the aircraft. The {{FO}} was
        inside doing the {{loadsheet}} and the {{captain}} was with the passengers. Misfuelling a
        {{turbofan}} would have been very bad news. Exactly the kind of challenge we want from
        everyone on the {{ramp}}. Cheers [[name:Rosie]] – Capt [[name:Lee]] and the crew of
        [[flight_number:KVX550]]
    """)),
    # 4 chronology
    ("aviation", "incident", block("""
        [[flight_number:KVX318]]  {{Challenger 350}} [[aircraft_registration:M-KVCL]]  Geneva –
        [[organisation:Redmoor Airport]]  [[date:20 Jan 2024]]  times {{UTC}}
        1402  {{FL410}}. {{Cabin attendant}} [[name:Mei-Ling Chow]] smells burning near seat 3A.
        1403  {{Power bank}} in a passenger's handbag hot and smoking. CA informs {{captain}}.
        1404  {{Halon}} extinguisher discharged, device cooled with water, placed in
              {{fire containment bag}}.
        1406  {{PAN PAN}} declared, descent to FL100. Passenger oxygen not required.
        1431  Landed. {{RFFS}} met aircraft, device removed.
        Owner of the device: Ms [[name:Saoirse Flanagan]], PA to the lead passenger. She said
        she was never asked about batteries at booking. Crew: Capt [[name:Henrik Aalto]],
        {{FO}} [[name:Priya Nair]], CA [[name:Mei-Ling]]. Ref [[case_reference:KEA-OR-24-011]].
    """)),
    # 5 e-mail
    ("aviation", "near_miss", block("""
        From: [[name:Dominika Wróbel]] <[[email:d.wrobel@kestrelvale-aviation.co.uk]]>
        To: {{Crewing}}; {{Head of Flight Ops}}
        Date: [[date:Mon 5 Feb 2024]] 07:12
        Subject: {{FTL}} near miss – [[flight_number:KVX771]]

        {{Morning}},

        Doing the {{day check}} I found Capt [[name:Bill Okafor]] rostered on
        [[flight_number:KVX771]] with a planned {{FDP}} of 13h20 against a max of 12h45 after
        his {{split duty}} on [[date:Saturday 3rd]]. The {{rostering software}} had not picked up
        the late {{positioning}} sector because it was entered as a free-text note. I've swapped
        him with Capt [[name:Zofia Lis]] and told both. No one flew over limits.

        Suggest positioning is always entered as a duty, never as a note.

        [[name:Dominika]]
        {{Ops Controller}} | [[organisation:Kestrelvale Executive Aviation]] | [[phone:01632 960640]]
    """)),
    # 6 minutes
    ("aviation", "success", block("""
        SAFETY ACTION GROUP – MINUTES – [[date:14 February 2024]]
        Present: [[name:Alastair Pennington-Reid]] ({{DoM}}), [[name:Grace Fairley]]
        ({{Safety Manager}}), Capt [[name:Ines Carvalho]] ({{Chief Pilot}}), [[name:Dominika Wróbel]]
        ({{Ops}}), [[name:Tevita]] ({{ground ops}})
        Apologies: [[name:Amber Nwachukwu]] ({{Compliance Monitoring}})

        Item 3 – {{de-icing}}. Since the new checklist in {{November}}, zero {{holdover time}}
        exceedances in 41 winter departures (previous winter: 5). Crews report the {{Type IV}}
        fluid briefing card is clear. [[name:Grace]] thanked [[name:Tevita]] for writing it.
        Item 4 – {{SMS}} reporting up 30%, mostly {{near miss}} reports. Seen as positive.
        Action: [[name:GF]] to share card with [[organisation:Aerolinx Handling]].
    """)),
    # 7 rushed notes
    ("aviation", "incident", prose("""
        quick notes b4 debrief – [[flight_number:KVX409]], [[aircraft_registration:G-KVXA]]. on
        {{short final}} rwy 27 at [[organisation:Castlebridge Executive Airport]] approx 500ft,
        big thud LH side, think a gull or 2. continued, landed normally. {{engineer}}
        [[name:kwab]] found blood + feathers on LH {{engine}} {{inlet}} and a dent in the
        {{leading edge}}. no {{fan blade}} damage seen but a/c grounded for {{borescope}}. told
        {{ATC}} + {{airport ops}}. pax (3) fine, one a bit shaken. {{MOR}} to follow. crew me +
        [[name:yusuf]]. - [[name:ines]]
    """)),
    # 8 WhatsApp
    ("aviation", "near_miss", block("""
        [[[date:22/02/2024]], 06:41] [[name:Yusuf Demir]]: heads up, {{pax}} for [[flight_number:KVX612]]
        brought 2 extra {{golf bags}} + a case of wine, not on the booking
        [[[date:22/02/2024]], 06:43] [[name:Ines]]: have they been weighed?
        [[[date:22/02/2024]], 06:47] [[name:Yusuf Demir]]: yep, 94kg more than the {{loadsheet}}
        said. puts us over {{MTOW}} with planned fuel 😬
        [[[date:22/02/2024]], 06:49] [[name:Ines]]: ok so either bags stay or we take less fuel +
        {{tech stop}}. i'll speak to the lead pax. tell [[name:Dom]] in {{ops}}
        [[[date:22/02/2024]], 07:15] [[name:Ines]]: sorted – wine + 1 golf bag going by {{courier}}.
        new {{W&B}} done, {{CG}} in limits
        [[[date:22/02/2024]], 07:16] [[name:Dom]]: thanks both, will add a bag check to the
        booking form
    """)),
    # 9 handover
    ("aviation", "incident", prose("""
        {{Ops}} handover {{night}} → {{day}}, [[date:Thurs 29 Feb]]. [[aircraft_registration:2-KVGL]]
        ({{Global 6000}}) {{AOG}} in Geneva since 2140: {{bleed air}} fault on #2, not
        deferrable under the {{MEL}}. Crew (Capt [[name:Aalto]], {{FO}} [[name:Nair]],
        CA [[name:Chow]]) in the crew hotel, rest starts 2300. Part ordered from
        [[organisation:Fenstone Aero Engineering]], {{ETA}} 1100 on the 0700 courier. Pax for
        [[flight_number:KVX880]] back tomorrow rebooked on [[aircraft_registration:M-KVCL]] from
        [[organisation:Redmoor Airport]], {{positioning}} at 0830. Lead pax's office rang twice
        overnight, not happy. Their contact [[name:Serena]] on [[phone:+44 7700 900884]]. No
        other issues.
    """)),
    # 10 form (success)
    ("aviation", "success", block("""
        OCCURRENCE REPORT – GOOD CATCH
        Report no: [[case_reference:KEA-OR-24-019]]
        Aircraft: [[aircraft_registration:G-KVXA]]   Type: {{Citation XLS+}}
        Flight no: n/a ({{maintenance}})   Date: [[date:4 March 2024]]
        Reporter: [[name:Mattias Berg]], {{B1 engineer}}

        During a {{scheduled inspection}} I found that the {{torque stripe}} on a
        {{main landing gear}} {{side brace}} bolt had moved. Bolt found under-torqued. Traced
        to the {{gear swing}} done by the previous shift, when the job was split across two
        {{task cards}} and the final torque step was signed but not done. Bolt re-torqued and
        independently inspected by [[name:Kwabena Asamoah]]. No further findings.
        {{QA}} comment ([[name:A. Pennington-Reid]]): excellent attention to detail, thank you.
    """)),
    # 11 table
    ("aviation", "incident", block("""
        Repeat defects – [[aircraft_registration:G-KVPH]] – {{tech log}} extract
        Date      | {{TLP}}   | Defect                               | Action                  | Eng
        [[date:02/03/24]]  | [[case_reference:TLP 04471]] | {{cabin pressure}} fluctuation climb | {{outflow valve}} cleaned   | [[name:MB]]
        [[date:09/03/24]]  | [[case_reference:TLP 04488]] | same, {{EICAS}} caution at FL280     | sensor connector reseated | [[name:KA]]
        [[date:15/03/24]]  | [[case_reference:TLP 04502]] | {{CABIN ALT}} warning, {{emergency descent}} | outflow valve replaced | [[name:MB]]
        Note: third occurrence in 2 weeks led to an emergency descent on [[flight_number:KVX233]].
        {{Repetitive defect}} process was not triggered after the 2nd entry. {{CAMO}} to review.
    """)),
    # 12 Slack
    ("aviation", "near_miss", block("""
        {{#ops-desk}}
        [[name:dom.wrobel]]  11:02
        {{APIS}} for tomorrow's [[flight_number:KVX507]] – the {{passport}} details for
        [[name:Alexei Morozov]] don't match the booking. booking says {{DOB}}
        [[date_of_birth:12/07/1979]], passport scan says [[date_of_birth:21/07/1979]]
        [[name:tevita.f]]  11:05
        which one did the {{broker}} send?
        [[name:dom.wrobel]]  11:06
        both 🙃 the passport is a different person – his brother? same surname
        [[name:grace.fairley]]  11:10
        don't submit anything until the broker confirms. wrong {{APIS}} = possible refusal at
        destination and a {{border}} fine
        [[name:dom.wrobel]]  11:48
        confirmed: brother's passport scanned by mistake. correct one received, {{APIS}} sent
    """)),
    # 13 formal narrative (success)
    ("aviation", "success", prose("""
        On [[date:23 March]], [[flight_number:KVX145]] ({{Phenom 300E}}
        [[aircraft_registration:G-KVPH]]) from [[organisation:Redmoor Airport]] to Nice was in
        the {{cruise}} when a passenger, [[age:aged 67]], became pale and confused. The
        {{captain}}, [[name:Tomás Ruiz]], handed control to {{First Officer}} [[name:Faith Ogundipe]]
        and used the {{medical kit}} and {{pulse oximeter}}; saturation was 86%. {{Oxygen}} was
        given and medical advice obtained by {{satphone}}. The crew diverted to Lyon, declaring
        {{PAN}}, and an {{ambulance}} met the aircraft. The passenger was treated for a
        {{hypoglycaemic}} episode and made a full recovery. {{CRM}}, {{workload}} sharing and the
        quality of the handover to medics were praised by the receiving doctor.
    """)),
    # 14 form
    ("aviation", "incident", block("""
        MANDATORY OCCURRENCE REPORT – internal copy
        Ref: [[case_reference:KEA-MOR-24-004]]     Date: [[date:30/03/2024]]
        Location: [[organisation:Castlebridge Executive Airport]], {{holding point}} A2
        Aircraft: [[aircraft_registration:G-KVXA]]  Callsign: [[flight_number:KVX36P]]
        Crew: Capt [[name:Bill Okafor]]; {{FO}} [[name:Joy Haverstock]]
        Description: Cleared to hold at A2 for rwy 27. In low visibility the crew mistook the
        {{stop bar}} lights of A3 for A2 and crossed the {{holding point}} by about 10m before
        {{ATC}} called "Stop immediately". A light aircraft was on {{short final}}; it
        {{went around}}. No collision risk per {{ATC}}. Contributing: {{NOTAM}} on A2 lighting
        not briefed; {{taxi chart}} out of date.
    """)),
    # 15 rushed
    ("aviation", "near_miss", prose("""
        pls dont judge 🙈 on the {{walkround}} for [[flight_number:KVX902]] this morning i missed
        the {{pitot cover}} on the RH side – it was tucked under the {{nose}} in the dark + the
        red {{streamer}} had torn off. capt [[name:lee]] spotted it during his own walkround
        before {{engine start}}. would have meant {{unreliable airspeed}} on the {{takeoff roll}}
        at best. covers now counted back into the {{stowage bag}} and ticked on the card. will
        suggest new streamers to [[name:tevita]]. - [[name:jo h]]
    """)),
    # 16 e-mail thanks
    ("aviation", "success", block("""
        From: [[name:Grace Fairley]] <[[email:safety@kestrelvale-aviation.co.uk]]>
        To: Capt [[name:Zofia Lis]]; [[name:Wills Adeyinka-Hart]]
        Date: [[date:8 April 2024]]
        Subject: Thank you – [[flight_number:KVX330]] go-around

        [[name:Zofia]], [[name:Wills]],

        I've read the {{ASR}} for [[flight_number:KVX330]] into
        [[organisation:Castlebridge Executive Airport]] on [[date:Friday 5th]]. The
        {{unstable approach}} call at 500ft and the clean {{go-around}} in {{windshear}} were
        exactly what the {{stabilised approach}} policy asks of you. The {{FDM}} trace confirms
        it. Your honest report means we can share it under our {{just culture}} {{policy}} on the
        next {{recurrent training}} day.

        Thanks both,
        [[name:Grace]]
        {{Safety Manager}}
    """)),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind314", REPORTS))
