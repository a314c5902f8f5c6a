"""Held-out blind corpus 341: 50 hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures how
well the de-identifier generalises. Three settings, all people, organisations, places and numbers
invented:

* social_care (17): an independent reviewing officer (IRO) service - looked-after children
  reviews, care plans, escalations and participation;
* health (17): a maternity triage and community midwifery team - home births, antenatal
  clinics, reduced fetal movements;
* aviation (16): the operations control centre of a regional airline - dispatch, crew
  scheduling, disruption, delays and diversions.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams/WhatsApp/Slack), handover notes, minutes with attendance and
apologies, pipe-separated and aligned tables, RT transcripts, shout-outs and thank-you notes.
Identifiers are marked `[[label:value]]`; must-not-redact mentions (roles, agencies, frameworks,
clinical terms, equipment, acronyms, generic days and times) are marked `{{term}}`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind341.jsonl"

SOCIAL_CARE = [
    ("social_care", "incident", prose("""
        quick note b4 i forget - [[name:kayden]]s review ([[case_reference:LAC-20417]]) stood down
        AGAIN, 3rd time since [[date:14 feb]]. allocated {{sw}} [[name:priya m]] on leave, no cover
        arranged, {{team manager}} didnt pick up. carer ([[name:bev]]) had taken him out of
        [[organisation:Fernhollow Academy]] early for it so he missed {{PE}} which he loves. he's
        [[age:11]] n kept asking "is it cos of me". raised {{IRO}} {{escalation}} stage 1 under the
        {{dispute resolution protocol}}. pls can someone look at why {{LAC}} reviews keep getting
        booked w/o checking {{leave}} first. rebooked for [[date:28/03]] 10am at the {{carers home}}
    """)),
    ("social_care", "incident", prose("""
        On [[date:9 January]] I chaired the second {{looked-after review}} for
        [[name:Amara Okonkwo-Reid]] ([[case_reference:IRO-24-0193]]). The {{care plan}} circulated
        beforehand was the version from her previous placement and made no mention of the move to
        [[organisation:Brightwater House]], which happened on [[date:2 December]] without a
        {{placement planning meeting}}. Her {{social worker}}, Mr [[name:Dunleavy]], accepted the
        plan was out of date but said the {{team manager}} had told him a review was "not needed
        for a like-for-like move". That is not consistent with the {{Care Planning Regulations}}.
        [[name:Amara]], who is [[age:15]], said she only found out she was moving the morning it
        happened. I have recorded this as a {{quality assurance}} concern and issued a formal
        {{escalation}} to the {{Head of Service}}. The review was adjourned and reconvened for
        [[date:23 January]].
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Grace Adeyemi]] <[[email:g.adeyemi@calderbrook.gov.uk]]>
        To: IRO Service Admin
        Subject: RE: consultation forms - near miss

        Hi all,

        Flagging a near miss. The {{consultation booklet}} for [[name:Tyler]]
        ([[case_reference:LAC-31702]]) was posted to his {{birth mum}}'s old address,
        [[address:14 Marsh Lane, Eastwold]] [[postcode:EW4 7RN]], instead of to his
        {{foster carer}}. There is a {{non-molestation order}} in place and mum must not know
        where he lives. Luckily the booklet only had his first name and my details, not the
        placement address, and it came back unopened on [[date:Thursday 7th]].

        Root cause looks like the {{LCS}} record had not been updated after the {{court}} hearing.
        Can we add an address check to the {{pre-review}} checklist?

        Thanks,
        [[name:Grace]]

        [[name:Grace Adeyemi]] | {{Independent Reviewing Officer}}
        [[organisation:Calderbrook Council]] | [[phone:01632 960418]]
    """)),
    ("social_care", "success", block("""
        Teams - #iro-team-wins
        [[name:Hope Mensah]] 09:14
        massive shout-out to [[name:Bill]] from [[organisation:Saltmarsh Fostering]] 🙌
        [[name:Jaylen]] ([[age:13]]) refused to come to his last two reviews. [[name:Bill]]
        suggested we hold it at the {{climbing wall}} café and let [[name:J]] chair the first
        {{10 mins}} with his own agenda. he did!! talked about {{contact}} with his nan and wanting
        to stay at [[organisation:Kestle Vale High]]
        [[name:Hope Mensah]] 09:16
        {{Signs of Safety}} scaling went from a 2 to a 7 in his own words
        [[name:Olu]] 09:21
        love this. can we put it in the {{participation}} newsletter? ask [[name:Jaylen]] first obvs
        [[name:Hope Mensah]] 09:22
        will do 👍 and the {{Children in Care Council}} want to use it as an example for
        {{Ofsted}}
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - IRO duty - w/c [[date:15/04]]
        from: [[name:JK]]   to: [[name:Rose]]

        - [[name:Mia Kowalczyk]] [[case_reference:LAC-28855]]: review due [[date:18/04]] -
          {{CAMHS}} report still not in. {{SW}} chasing.
        - NEAR MISS: nearly sent the draft {{review minutes}} for the [[name:Farah]] sibling group
          to the wrong dad - two dads on the system, both Mr [[name:Hussain]]. caught it when
          checking {{DOBs}}. pls always check the {{person number}} not just the surname
        - [[name:Danny]] ([[name:Danny B]] not [[name:Danny S]]) - {{escalation}} stage 2 still
          open w/ {{service manager}}, deadline {{Fri}}
        - {{MASH}} rang re a new {{S47}} on a child already on your caseload,
          [[name:Levi Grant]], ring {{duty}} back on [[phone:01632 960733]]
    """)),
    ("social_care", "success", block("""
        Dear [[name:Faith]],

        I wanted to write and say thank you for the way you supported [[name:Noor]] at her review
        on [[date:Tuesday 12 March]]. [[name:Noor]] has a {{learning disability}} and uses
        {{Makaton}}, and you prepared a visual agenda with her the week before so she could tell
        us herself what she wanted from her {{pathway plan}}. It is the first review where her own
        words are in the {{minutes}}. Her {{personal adviser}} and the {{virtual school head}}
        both commented on it afterwards.

        Please pass my thanks to the rest of the team at [[organisation:Larchfield Short Breaks]]
        too.

        With best wishes,
        [[name:Pat Ní Bhriain]]
        {{IRO}}, [[organisation:Calderbrook IRO Service]]
    """)),
    ("social_care", "incident", block("""
        Chronology - unplanned placement move, [[name:Kacper Wiśniewski]]
        (DOB [[date_of_birth:03/06/2011]]), ref [[case_reference:IRO-23-0877]]

        [[date:Fri 20 Oct]]
        16:40 {{foster carer}} Mrs [[name:Doyle]] gives {{notice}} by phone to {{EDT}}.
        17:55 [[name:Kacper]] moved to an {{emergency bed}} at [[organisation:Oakridge Lodge]].
        [[date:Mon 23 Oct]]
        09:10 allocated {{social worker}} [[name:Sunny Bains]] learns of the move from school.
        11:30 {{IRO}} ([[name:Sam]]) told by email only. No {{disruption meeting}} arranged.
        [[date:Wed 25 Oct]]
        14:00 {{IRO}} raises {{informal resolution}} with {{team manager}} [[name:Marek]].
        [[name:Kacper]] ([[age:12]]) has missed 3 days of school and has not seen his brother.
        A review must now be convened within 20 working days of the move.
    """)),
    ("social_care", "near_miss", block("""
        IRO Service Team Meeting - [[date:6 February 2024]]
        Present: [[name:Grace Adeyemi]] (chair), [[name:Tomasz Zieliński]], [[name:Joy Eze]],
        [[name:R. Patel-Singh]], [[name:Mark]] (minutes)
        Apologies: [[name:Siobhán Ó Ceallaigh]], [[name:Will Hargreaves]]

        3. Learning from a near miss
        [[name:Joy]] described a review where the {{interpreter}} booked for dad spoke {{Sorani}}
        rather than {{Kurmanji}}. It was spotted 10 minutes before the start because
        [[name:Tomasz]] checked with dad on the phone. A {{Kurmanji}} interpreter then joined by
        video. No harm, but dad would otherwise have been unable to take part.
        Action: admin to record dialect, not just "{{Kurdish}}", on the booking form ([[name:RPS]]).

        4. {{Ofsted}} {{ILACS}} preparation - deferred to next meeting.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM
        Reporter: [[name:Dele Afolabi]] ({{IRO}})
        Child: [[name:Ruby-Mae Clarke]]   DOB: [[date_of_birth:22/11/2015]]   Age: [[age:8]]
        Ref: [[case_reference:LAC-40126]]
        Placement address: [[address:3 Heron Close, Tillington]] [[postcode:TL2 8UF]]
        Date of incident: [[date:14/03/2024]]

        What happened: the review record sent to both birth parents was generated from a template
        that auto-fills the placement address from {{LCS}}. I did not spot it before sending.
        [[name:Ruby-Mae]]'s mum phoned the {{foster carer}} the same evening.

        Immediate action: {{risk assessment}} with the {{social worker}}, police informed,
        {{Data Protection Officer}} notified, breach log ref [[case_reference:DPB-2024-112]].
        Template change requested so the address field is blank by default.
    """)),
    ("social_care", "success", prose("""
        Good practice note. During a {{midway review}} check on [[date:4 July]] I noticed that the
        {{sibling contact}} agreed at [[name:Leon]] and [[name:Kezia Osei]]'s last review had not
        happened for eleven weeks. Rather than wait for the next statutory review, I rang the
        {{team manager}}, Ms [[name:Halvorsen]], the same afternoon. She arranged for a
        {{family support worker}} to supervise contact at [[organisation:Greenmount Family Centre]]
        within the week. [[name:Leon]] ([[age:aged 9]]) told his carer afterwards it was "the best
        day ever". The {{IRO Handbook}} expects us to monitor the plan between reviews, and this
        showed why a quick phone call can achieve more than a formal {{dispute resolution}}
        process. I would suggest midway checks are logged on {{LCS}} so they are visible to
        managers.
    """)),
    ("social_care", "near_miss", block("""
        [[date:11/09/2023]], 19:42 - [[name:Amber]]: hiya just a heads up, the review for
        [[name:Oskar]] tmrw at {{10am}} - I think the {{carer}} has booked him on the
        {{school trip}} to the {{zoo}}
        [[date:11/09/2023]], 19:44 - [[name:Tunde Bakare]]: omg ok. thats the 2nd review he'd
        miss. can we move it to 4pm?
        [[date:11/09/2023]], 19:47 - [[name:Amber]]: I'll ring [[organisation:Pennyfield Primary]]
        first thing to check times w the {{school office}}. {{IRO}} Ms [[name:Lindqvist]] is ok
        for {{4pm}}
        [[date:11/09/2023]], 19:49 - [[name:Tunde Bakare]]: 👍 pls tell [[name:Oskar]]'s carer not
        to promise him anything til its confirmed. we nearly held it without him again, {{LAC}}
        reviews are his meeting not ours
        [[date:11/09/2023]], 19:50 - [[name:Amber]]: will do x
    """)),
    ("social_care", "incident", prose("""
        not sure this is the right place for this but. [[name:hassan]]
        ([[case_reference:LAC-19930]]) is [[age:16yo]] and was moved into {{supported accom}} at
        [[address:Flat 2, 41 Quarry St, Ribbleford]] 3 wks ago. nobody told me til he rang me
        himself from a mates phone. no {{review}}, no {{pathway plan}}, no {{PA}} allocated. the
        place isnt {{Ofsted}} registered as far as i can tell. {{sw}} ([[name:kirsty]]) says its a
        "temporary arrangement" agreed by {{Head of Service}}. i have raised a formal
        {{escalation}} stage 3 ([[case_reference:ESC-0412]]) and told the {{CP}} chair.
        [[name:hassan]] sounds scared, says theres adults using in the next flat. pls can someone
        senior ring me today on [[phone:07700 900215]] - [[name:DK]]
    """)),
    ("social_care", "success", block("""
        Participation audit Q3 - {{IRO}} team - compiled by [[name:Wren Abiodun]]

        Child | Age | Review date | How child took part | Outcome
        [[name:T.M.]] | [[age:7]] | [[date:02/10]] | drew "3 houses" with {{IRO}} | {{contact}} with gran added
        [[name:A.S.]] | [[age:12]] | [[date:09/10]] | chaired own review | move to [[organisation:Dunmore Academy]]
        [[name:K.O'B.]] | [[age:15]] | [[date:17/10]] | {{advocate}} from [[organisation:Voices Together]] | {{staying put}} agreed
        [[name:L.L.]] | [[age:4]] | [[date:30/10]] | observed at {{nursery}} | n/a

        Overall 38 of 44 children took part in some way (86%), the best result since the
        {{Mind of My Own}} app was introduced. Thanks to all {{IROs}} for prepping early.
    """)),
    ("social_care", "incident", block("""
        Subject: Review held without {{interpreter}} - [[case_reference:UASC-0078]]
        From: [[name:Róisín Kavanagh]]
        Sent: [[date:Monday 8 April 2024]] 16:02
        To: {{Service Manager}}, [[organisation:Calderbrook IRO Service]]

        Hi [[name:Gurpreet]],

        Today's review for [[name:Li Wei]], an {{unaccompanied asylum-seeking child}}
        [[age:aged 16]], went ahead without a {{Mandarin}} interpreter. The booking had been
        cancelled by mistake when the venue changed. The {{key worker}} at
        [[organisation:Ashgate Lodge]] suggested another young person from the house translate,
        and I am sorry to say I allowed this for the first ten minutes before stopping the
        meeting. [[name:Li Wei]] had to talk about his {{Home Office}} interview in front of a
        peer. I have apologised to him and rebooked for {{Thursday}} with a face-to-face
        interpreter.

        Regards,
        [[name:Róisín]]
    """)),
    ("social_care", "near_miss", prose("""
        Near miss for learning. The {{care plan}} for [[name:Tilly Mulholland]]
        ([[case_reference:LAC-26011]], [[age:aged 3]]) came to her review on [[date:19 June]]
        recommending a plan of {{reunification}} with her father, [[name:Craig Mulholland]]. The
        plan did not mention that Mr [[name:Mulholland]]'s new partner had been discussed at
        {{MARAC}} in {{May}}. I only picked this up because the {{health visitor}} from
        [[organisation:Riverside Children's Centre]] mentioned it in passing. The review
        recommendation was changed to a {{parenting assessment}} that includes the partner, and the
        {{social worker}} has since completed the {{police checks}}. Had the plan been endorsed,
        [[name:Tilly]] could have returned home before the risk was assessed. Suggest the
        {{pre-review}} template asks directly about any new adults in the household.
    """)),
    ("social_care", "success", block("""
        ⭐ STAR OF THE MONTH ⭐

        This month's star is [[name:Ifeoma Nwachukwu]] ([[name:Ify]] to most of us!). When
        [[name:Darius]] ([[age:14]]) said he would only come to his review if it was "not in a
        {{council building}}", [[name:Ify]] arranged it at the [[organisation:Brookfold Boxing Club]]
        where he trains, with his {{coach}} there as his chosen supporter. [[name:Darius]] spoke for
        the first time about wanting {{long-term fostering}} with his current carers, and the
        {{permanence}} report is now going to {{panel}}. The {{Virtual School}} and his
        {{YOT}} worker both fed back how well it went.

        Nominated by [[name:Will]] and the {{South team}}. Well done [[name:Ify]]! 🎉
    """)),
    ("social_care", "incident", block("""
        Review record extract - [[name:Ellis Thornbury]] [[case_reference:LAC-35520]]
        Date: [[date:27 November 2023]]
        Attendance: [[name:Ellis]], {{foster carer}} [[name:Sharon]], {{social worker}}
        [[name:M. Adebayo]], {{IRO}} [[name:Luca Romano]]
        Apologies: {{school nurse}}, {{designated teacher}} at [[organisation:St Cuthbert's RC High]]

        Issue for escalation: [[name:Ellis]]'s {{review health assessment}} is now seven months
        overdue and his {{PEP}} has not been updated since [[date:14 March]]. Neither was raised by the
        {{social worker}} in the report. The school say they were not invited. {{IRO}} has raised
        a formal {{escalation}} at stage 1 with a 10 working day response.

        {{IRO}} footnote: [[name:Ellis]] asked for his mum's mobile to be left off the record
        shared with the school. Done.
    """)),
]

HEALTH = [
    ("health", "incident", prose("""
        triage nights [[date:3/5]] - [[name:anya]] ([[case_reference:RM4471203]], NHS
        [[nhs_number:949 200 8416]]) 34/40 rang w {{RFM}} 2nd time this wk. told on phone to lie
        on left side n ring back if no better. came in at 0610 anyway, {{CTG}} non reassuring,
        {{reg}} called, cat 1 {{EMCS}} 0705. baby on {{NNU}} now, doing ok i think. we didnt
        follow {{BSOTS}} - 2nd episode of RFM = must be seen face to face. phone line was 1
        {{MW}} short cos [[name:ellie]] got moved to {{delivery suite}} at {{2am}}. pls can we stop
        pulling the triage mw!!! - [[name:tash]]
    """)),
    ("health", "near_miss", block("""
        REPORT TYPE: Near miss
        Woman: [[name:Precious Dlamini]]
        DOB: [[date_of_birth:17/08/1996]]   Age: [[age:27]]
        NHS No: [[nhs_number:475 315 6192]]   Hosp No: [[case_reference:K0938815]]
        Address: [[address:27 Orchard Rise, Little Hambury]] [[postcode:HB7 3PW]]
        Date/time: [[date:22/05/2024]] 14:20
        Location: {{antenatal clinic}}, [[organisation:Hambury Health Centre]]

        Description: {{Anti-D}} was drawn up for [[name:Precious]] at her 28-week appointment on
        the basis of a {{blood group}} result belonging to another woman with the same surname
        seen earlier in clinic. Caught at the {{two-person check}} by {{MCA}} [[name:Blessing]],
        who asked [[name:Precious]] to confirm her DOB and noticed the result was for a different
        first name. [[name:Precious]] is {{RhD positive}} and did not need it.
        Learning: check {{positive patient identification}} against the result, not the
        appointment list.
    """)),
    ("health", "success", prose("""
        Shout-out 💐 to [[name:Joy]] and [[name:Marguerite Fonseca]] from
        [[organisation:Wrenfield Community Midwives]] for the home birth at
        [[address:Ivy Cottage, Sallows End]] on [[date:Sat 16th]]. Baby arrived fast and mum had a
        {{PPH}} of about 1200ml on the living room floor. They gave {{syntometrine}}, rubbed up a
        contraction, sited a {{cannula}}, started {{Hartmann's}} and had her in the ambulance in 20
        minutes, with an {{SBAR}} handover so clear that our {{registrar}} said it was the best
        she'd had all year. Mum ([[name:Chiara]]) has written in to say she felt safe the whole
        time. Drills work - {{PROMPT}} training paid off! - [[name:Bex]], {{Labour Ward}}
        coordinator
    """)),
    ("health", "incident", block("""
        Home birth chronology - [[name:Saoirse Whelan]], {{G2P1}}, {{EDD}} [[date:1 Sept]],
        hosp no [[case_reference:L2290417]]

        [[date:28/08]]
        01:12 [[name:Saoirse]] rings {{on-call}} midwife [[name:Hannah Lisowska]]. Contractions
              3 in 10.
        01:40 [[name:HL]] leaves home. Car ([[vehicle_registration:KM19 TXA]]) will not start.
        01:55 [[name:HL]] calls {{second midwife}} [[name:Nkechi]], who is 40 mins away.
        02:05 [[name:Saoirse]]'s partner reports urge to push. {{999}} advised.
        02:19 Paramedics on scene.
        02:21 Baby born at home before any midwife arrives ({{BBA}}).
        02:34 [[name:HL]] arrives by taxi. {{Third stage}} complete 02:50, {{EBL}} 300ml.

        Issues: one pool car for the whole {{community team}} out of hours; no back-up plan when
        a car fails; second on-call lives too far away. Mum and baby well.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Ingrid Solberg]]
        To: [[email:wrenfield.cmw.leads@lowmere.nhs.uk]]
        Date: [[date:14 October 2023]]
        Subject: home birth bag - empty {{Entonox}}

        Hi [[name:Kath]],

        Near miss to log. Doing the weekly check of the {{home birth box}} at
        [[organisation:Hambury Health Centre]] this morning, both {{Entonox}} cylinders were
        reading empty and the {{neonatal resus}} bag had an out-of-date {{bag-valve-mask}}. The
        check sheet had been signed as complete on [[date:7/10]] by "[[name:AW]]". We have a woman
        booked for a home birth at 39+5 (hosp no [[case_reference:H7731024]]) who could have
        laboured any time this week.

        I have swapped the kit with the spare from [[organisation:Ashcombe Birth Centre]] and
        reordered through {{pharmacy}}. Could we go back to two signatures on the check?

        Thanks,
        [[name:Ingrid]]
        {{Community Midwife}}
    """)),
    ("health", "success", block("""
        [[name:Zofia Nowak]]  10:02
        ok the {{reduced movements}} leaflets are back from translation 🙌 {{Polish}},
        {{Romanian}}, {{Urdu}}, {{Tigrinya}} and {{Pashto}}. uploaded to the {{antenatal}} drive
        [[name:Faisal Rahman]]  10:05
        amazing. [[name:Zosia]] you're a star. we had 3 women at the
        [[organisation:Castlegate Surgery]] clinic last month who didn't know to ring {{triage}}
        [[name:Grace]]  10:11
        got the QR code on the {{pregnancy app}} too. first call from a Tigrinya-speaking lady
        last night, came straight in, {{CTG}} fine, reassured and home. exactly what we wanted
        [[name:Zofia Nowak]]  10:14
        big thanks to Mr [[name:Tesfaye]] from the {{interpreting service}} who checked the
        wording for free 🙏
    """)),
    ("health", "incident", prose("""
        I am reporting a failure to share safeguarding information. [[name:Kelsey Marr]]
        ([[age:aged 19]], hospital number [[case_reference:M4418826]]) booked late at 24 weeks at
        the [[organisation:Castlegate Surgery]] clinic on [[date:2 February]]. At booking she
        disclosed {{domestic abuse}} and said her older child is on a
        {{child protection plan}} in another authority. I made a {{MASH}} referral the same day.
        However, no alert was added to the {{maternity record}} because the
        {{safeguarding midwife}} post was vacant, and when [[name:Kelsey]] attended {{triage}} on
        [[date:19 February]] with {{abdominal pain}} her partner stayed throughout and answered
        every question for her. {{Routine enquiry}} was not done. [[name:Kelsey]] self-discharged
        after an hour. She has since been seen at home by [[name:Ruth]] from our team and is
        safe. I would like this reviewed under {{PSIRF}}.
    """)),
    ("health", "near_miss", block("""
        TRIAGE HANDOVER 19:30 - [[date:Weds 10/7]]
        Bay 1: [[name:Fatima Al-Hakim]] 29/40 {{PV bleed}}, {{CTG}} normal, awaiting
               {{Kleihauer}}. Rh neg - needs {{anti-D}} within 72h.
        Bay 2: [[name:J. Okoro]] {{PROM}} at term, for {{IOL}} tomorrow.
        Bay 3: empty (Mrs [[name:Banerjee]] gone home, {{RFM}} resolved).
        Bay 4: [[name:Liliana Costa]] [[case_reference:H5520961]] 37/40 headache.

        NEAR MISS: Bay 4 {{BP}} of 158/102 at 16:00 was charted in the Bay 2 notes. Picked up by
        {{MSW}} [[name:Grace]] on the 18:00 obs when the trend made no sense. {{PET bloods}} sent,
        {{labetalol}} given per {{NICE}} guideline. BP since within range.

        Handed over by [[name:Sunita]] to [[name:Dominic]].
    """)),
    ("health", "success", block("""
        Maternity Triage Quality Meeting - [[date:25 April 2024]]
        Attendees: Dr [[name:Aisling Byrne]] ({{consultant obstetrician}}),
        [[name:Karen Whitlock]] ({{triage lead}}), [[name:Hope]] ({{MSW}}),
        [[name:Yusuf Demir]] ({{SHO}})
        Apologies: [[name:Beatriz Moura]], {{Head of Midwifery}}

        Item 2 - {{BSOTS}} audit
        [[name:Karen]] presented the {{March}} audit: 92% of women seen within 15 minutes (61% in
        {{October}}). The change came from the triage midwife no longer being moved to
        {{delivery suite}}, and the new {{MSW}} role doing {{obs}} on arrival. Dr [[name:Byrne]]
        thanked the team and [[name:Hope]] for the arrival checklist.

        Item 3 - {{RFM}} leaflet now in six languages (thanks to [[name:Zofia]]'s work).

        Actions: share audit with the {{LMNS}}; [[name:KW]] to present at the {{MNVP}} meeting.
    """)),
    ("health", "incident", block("""
        [[date:04/03/2024]], 15:10 - [[name:Mags]]: at postnatal visit [[address:9 Cobden Terrace]]
        now. partner v aggressive, shouting about the {{heel prick}}. leaving
        [[date:04/03/2024]], 15:11 - [[name:Mags]]: he's stood by my car [[vehicle_registration:YT21 BNE]]
        [[date:04/03/2024]], 15:24 - [[name:Ana Lucía]]: u ok? 😟
        [[date:04/03/2024]], 15:30 - [[name:Ana Lucía]]: no reply. ringing you
        [[date:04/03/2024]], 15:41 - [[name:Mags]]: ok im out. in a supermarket car park. shaking
        [[date:04/03/2024]], 15:42 - [[name:Ana Lucía]]: ring {{police}}? I'll tell [[name:Bridget]]

        Added by [[name:Bridget]] ({{team leader}}): the {{lone working}} app was not in use and
        nobody at base had the address. The previous midwife knew about {{domestic abuse}} in
        this house but there was no {{safeguarding}} alert on the {{EPR}}.
    """)),
    ("health", "near_miss", block("""
        Vaccine fridge log - clinic room 3, [[organisation:Hambury Health Centre]]

        Date   | Min  | Max  | Current | Signed
        [[date:10/01]]  | 3.1  | 7.4  | 4.9     | [[name:TO]]
        [[date:11/01]]  | 2.8  | 7.9  | 5.2     | [[name:TO]]
        [[date:12/01]]  | 1.0  | 13.6 | 11.8    | [[name:O.D.]]
        [[date:13/01]]  | --   | --   | --      | (clinic closed)

        NEAR MISS: on [[date:15/01]] {{clinic midwife}} [[name:Philippa]] was about to give
        {{pertussis}} vaccine ({{Boostrix-IPV}}) to a woman at 20 weeks when she noticed the 13.6
        reading on the log had never been escalated. Stock quarantined, {{pharmacy}} contacted,
        woman rebooked. [[name:Philippa]] suggests an alarm on the {{fridge}} and {{cold chain}}
        training for the {{MCAs}}.
    """)),
    ("health", "incident", prose("""
        discharged [[name:Roxanne]] n baby on day 10 but the {{discharge summary}} went to
        [[organisation:Millbrook Medical Practice]] (her old GP) not
        [[organisation:Castlegate Surgery]]. {{HV}} never got the notification so no
        {{new birth visit}} booked. [[name:roxanne]] rang triage on day 19 in tears, baby not
        feeding well, weight down 12%. readmitted to {{transitional care}}, baby NHS no
        [[nhs_number:8904814162]]. {{NIPE}} had been fine. looks like {{BadgerNet}} pulled the old
        GP code from the {{spine}} n nobody checks it at discharge. {{infant feeding}} team involved
        now, mum n baby ok
    """)),
    ("health", "success", prose("""
        Learning from excellent practice. On [[date:Tuesday 9 January]], [[name:Olamide Oyelaran]],
        a {{primigravida}} at 32 weeks, came to {{triage}} with her second episode of
        {{reduced fetal movements}}. The {{CTG}} was normal and she was about to be sent home.
        Midwife [[name:Rose Kinsella]] noticed that the {{symphysis-fundal height}} had not been
        plotted on the {{GROW chart}} at the last two {{antenatal clinic}} visits. She measured it
        herself, found it below the 10th {{centile}} and arranged a {{growth scan}} the same
        afternoon, which showed an estimated fetal weight below the 3rd centile with raised
        {{umbilical artery Doppler}}. [[name:Olamide]] had {{steroids}} and a planned
        {{caesarean}} at 34 weeks, and baby is doing well on the {{NNU}}. [[name:Rose]] showed
        real professional curiosity and I would like her practice shared at the next
        {{Saving Babies' Lives}} study day.
    """)),
    ("health", "near_miss", block("""
        Triage phone log - [[date:Sun 21 Jan]] - call taker [[name:Eun-ji Park]]
        22:47 Caller [[name:Mariam Yusufzai]], 36+2, via {{Pashto}} interpreter
              ([[organisation:Tongues Direct]], ID [[case_reference:TD-88314]]). "Headache two
              days, seeing lights." Home {{BP}} 150/95.
        22:49 Advised to attend. No car, husband on nights, 2 children asleep.
        22:52 Call dropped.
        22:53 Rang back x3 on [[phone:07700 900683]] - no answer.
        23:06 Discussed with coordinator [[name:Lou]]. {{Ambulance}} requested to address on
              {{PAS}}: [[address:22 Fenwick Rd, Hambury]] [[postcode:HB3 9DL]].
        23:40 Crew report address is old - she moved 3 weeks ago. Neighbour gave new one.
        00:20 Arrived in triage, BP 164/108, {{pre-eclampsia}}, {{magnesium sulfate}} started.
        Learning: confirm address and call-back number at the START of every call.
    """)),
    ("health", "incident", block("""
        Subject: {{WBIT}} - {{group and save}} rejected
        From: [[email:n.haddad@lowmere.nhs.uk]]
        To: {{Maternity Governance}}

        Summary for the log ([[case_reference:DX-240317]]):
        At booking clinic on [[date:Fri 15 March]] two women had bloods taken back-to-back by
        {{MSW}} [[name:Pauline]]. Labels for both were printed at the start and the {{G&S}} for
        [[name:Hui Min Tan]] was labelled with the next woman's details ([[name:Agnieszka Wróbel]],
        NHS [[nhs_number:004 967 8043]]). The lab rejected it because the historical group did not
        match. Without a previous sample on record it could have led to an
        {{incompatible transfusion}} or a wrong {{anti-D}} decision. Both women recalled for
        repeat bloods and told under {{Duty of Candour}}.
        Contributing: one label printer shared between two rooms; {{SHOT}} guidance not in the
        clinic induction.

        [[name:Nadia Haddad]]
        {{Clinic Lead Midwife}}
    """)),
    ("health", "success", block("""
        From: Dr [[name:Oluwaseun Adesanya]]
        To: [[organisation:Wrenfield Community Midwives]]
        Subject: thank you - great catch

        Dear all,

        I wanted to thank [[name:Mark Oduya]] for his care of a woman at 35 weeks last week. At a
        routine home visit she mentioned itching on her palms at night. [[name:Mark]] took
        {{bile acids}} and {{LFTs}} there and then and flagged it to {{triage}}. Her bile acids
        came back at 112, consistent with severe {{obstetric cholestasis}}, and she was delivered
        at 36 weeks on our {{ICP}} pathway. Baby is well.

        It would have been easy to put it down to dry skin. Please pass on my thanks.

        Best wishes,
        [[name:Seun]]
        {{Consultant Obstetrician}}, [[organisation:Lowmere General Hospital]]
    """)),
    ("health", "incident", block("""
        Safety huddle notes 08:00 [[date:Sat 2 Dec]]
        Present: [[name:Bernadette]] (coordinator), [[name:Chidi]], [[name:Faith]],
        [[name:Pat]] ({{MSW}}), {{SHO}} on call

        1. Overnight incident: woman ([[case_reference:H6609182]]) waited 55 mins in the
        {{triage}} waiting room and gave birth in the toilet at 03:14. Only one midwife in triage
        ([[name:Chidi]]) with 4 women being assessed; reception told her "someone will be with
        you". Baby {{Apgar}} 9 and 10, mum had a {{3rd degree tear}} repaired in theatre.
        2. Staffing: {{red flag}} raised at 02:30 and escalated to {{manager on call}}
        [[name:Geraint]] but no staff available. {{OPEL}} 3.
        3. Actions: incident form done, mum and partner to be offered a debrief with
        [[name:Faith]] and the {{PMA}}.
    """)),
]

AVIATION = [
    ("aviation", "incident", block("""
        OCC LOG - [[date:Tue 14 Nov]] - {{Duty Ops Manager}}: [[name:Callum Reid]]
        05:40 [[aircraft_registration:G-NWAB]] ({{ATR 72-600}}) {{AOG}} at
              [[organisation:Kilbrannan Airport]] - {{prop de-ice}} fault found on walkround.
              {{MEL}} does not allow dispatch into forecast {{icing}}.
        05:55 [[flight_number:NW201]] delayed, {{ETD}} TBC.
        06:20 Swap to [[aircraft_registration:G-NWCD]] from the {{hangar}}.
        06:45 {{Crew controller}} [[name:Bea]] re-plans; {{captain}} on [[flight_number:NW201]]
              would exceed {{FDP}} on a 4-sector day, so sector 3 removed.
        07:10 [[flight_number:NW205]]/[[flight_number:NW206]] cancelled, 112 {{pax}} reaccommodated.
        07:38 Crew of [[aircraft_registration:G-NWCD]] find an open {{ADD}} for {{APU}} inop in
              the {{tech log}} that was NOT in the {{dispatch}} system or the crew briefing pack.
        07:50 {{Engineering}} confirm deferral valid. [[flight_number:NW201]] departs 08:04.
        Reported because the swap aircraft was planned without checking its deferred defects.
    """)),
    ("aviation", "near_miss", block("""
        Company frequency transcript, [[date:03/02/2024]], approx 14:12Z

        [[flight_number:Northwold 412]]: [[organisation:Northwold]] Ops, [[flight_number:Northwold 412]],
        on stand 6 at [[organisation:Port Ellery Airport]], {{loadsheet}} shows 41 {{pax}}, cabin
        count is 38, request you confirm.
        OPS ([[name:Kieran]]): [[flight_number:Northwold 412]], stand by.
        OPS: [[flight_number:Northwold 412]], {{load control}} confirm three no-shows were not
        offloaded, revised loadsheet coming via {{ACARS}}, {{trim}} changes by one unit.
        [[flight_number:Northwold 412]]: Copy, we'll hold for it. Also be aware we were given
        bags for the three no-shows, {{captain}} requests they come off.
        OPS: Copy, {{dispatcher}} on the way, expect 15 minutes.

        Note from [[name:Kieran]]: third time this month on the 14:00 {{rotation}} at that station.
        Captain [[name:Orla Breen]] asked for this to go in as a {{security}} near miss too.
    """)),
    ("aviation", "success", block("""
        #occ-kudos

        [[name:maya.k]]  18:42
        can we all just take a sec for [[name:Hamish]] and [[name:Dev]] on the {{night desk}}?? 🌨️
        snow closed [[organisation:Carrow Bay Airport]] for 4 hrs, 11 aircraft {{out of position}},
        and by 06:00 every {{rotation}} was back on plan apart from [[flight_number:NW330]]
        [[name:hamish_ops]]  18:45
        ha thanks. honestly it was [[name:Dev]]'s crew plan that did it, he had every
        {{standby}} lined up before the {{NOTAM}} was even out
        [[name:dev.patel]]  18:47
        team effort. [[organisation:Brackenport Aviation Services]] did the {{de-icing}} in record
        time too
        [[name:maya.k]]  18:48
        putting you both forward for the quarterly award 🏆 and I'll email their {{station manager}}
    """)),
    ("aviation", "incident", block("""
        From: [[name:Leona Fitzgerald]] <[[email:leona.fitzgerald@northwoldair.co.uk]]>
        To: {{Head of Crewing}}
        Subject: {{FTL}} exceedance - roster change [[date:19 March]]

        Hi [[name:Tariq]],

        Reporting an actual exceedance. {{First officer}} [[name:Bogdan Ionescu]] (staff no
        [[case_reference:NW-4471]]) was moved from a late to an early the day after a
        {{standby}} call-out. The scheduling tool showed it as legal because the call-out was
        entered against the wrong duty. He reported at 05:15 with less than the required
        {{minimum rest}} and flew [[flight_number:NW114]] and [[flight_number:NW115]] before
        [[name:Bogdan]] himself queried it. I have submitted an {{MOR}} to the {{CAA}}
        ([[case_reference:OCC-24-0311]]) and removed him from his next duty.

        Leona
        {{Crew Scheduling Supervisor}}
        [[organisation:Northwold Air]] | [[phone:01632 960577]]
    """)),
    ("aviation", "near_miss", block("""
        OCC shift handover - nights to earlies - [[date:Thursday 6th June]]
        Outgoing DOM: [[name:Rhys]]   Incoming DOM: [[name:Amira Haddou]]

        * [[aircraft_registration:G-NWEF]] - {{AOG}} at base, {{wheel change}}, back 07:30
        * [[flight_number:NW520]] planned alternate was [[organisation:Kilbrannan Airport]], BUT
          {{NOTAM}} out at 02:10 closes their {{runway}} 06:00-09:00 for works. {{Flight plan}}
          had already been filed. Caught by [[name:Faith]] in {{dispatch}} during her 04:00
          {{NOTAM}} sweep - alternate changed and {{commander}} told by phone before report.
          Please remind the day team to re-check alternates after any new NOTAM.
        * {{Crew}}: {{SCCM}} for the 07:05 is sick, [[name:Ngozi]] from {{standby}} called at
          05:00
        * {{Slot}} delays expected 10:00-13:00 due {{ATC}} staffing, {{CTOT}}s to follow
    """)),
    ("aviation", "success", prose("""
        Learning from a well-handled diversion. On [[date:11 August]], [[flight_number:NW617]]
        ([[aircraft_registration:G-NWHK]], {{Q400}}) reported a passenger with suspected
        {{stroke}} symptoms 25 minutes after departure. The {{captain}} contacted {{OCC}} via
        {{ACARS}} and our {{medical advisory service}} recommended the nearest suitable airport.
        {{Duty Ops Manager}} [[name:Grace Mbeki]] had already called [[organisation:Tarnside Airport]]
        handling and arranged paramedics on stand before the aircraft landed. The passenger, a
        man [[age:aged 67]], was in hospital 38 minutes after the first call and has since
        written to thank the crew. [[name:Grace]] also re-planned the crew within {{FTL}} so the
        return leg left only 1h40 late. What went well: early use of the {{diversion checklist}},
        one OCC voice to the crew, and ground handling briefed by phone rather than e-mail.
    """)),
    ("aviation", "incident", prose("""
        ugh tail swap mess again. [[flight_number:NW223]] swapped from
        [[aircraft_registration:G-NWAB]] to [[aircraft_registration:G-NWCK]] at 11:40 but nobody
        told the {{ramp}}. 46 bags loaded on the wrong a/c n went to the wrong destination on
        [[flight_number:NW227]]. {{load control}} ([[name:ste]]) had the old reg on the
        {{loadsheet}} so the {{captain}} signed for wrong {{weights}}!! only spotted when the
        {{dispatcher}} did the final check. {{MOR}} raised [[case_reference:OCC-24-0402]].
        we need the swap msg to go to handling automatically not by phone. - [[name:jb]]
    """)),
    ("aviation", "near_miss", block("""
        Tail assignment check - [[date:Mon 22 Jan]] - prepared by [[name:Kwame Asante]]

        Flight   Sched  Reg      Type          Status
        [[flight_number:NW101]]    06:10  [[aircraft_registration:G-NWAB]]   {{ATR 72-600}}    ok
        [[flight_number:NW103]]    06:25  [[aircraft_registration:G-NWCD]]   {{ATR 72-600}}    ok
        [[flight_number:NW151]]    06:40  [[aircraft_registration:G-NWCD]]   {{ATR 72-600}}    DUPLICATE
        [[flight_number:NW171]]    07:00  [[aircraft_registration:G-NWHK]]   {{Q400}}          ok

        Near miss: after an overnight {{maintenance}} slip the planning system assigned
        [[aircraft_registration:G-NWCD]] to two departures 15 minutes apart. Spotted by
        [[name:Kwame]] at 04:50; [[flight_number:NW151]] moved to the spare. If missed, the
        second flight would have boarded with no aircraft. Raised with {{IT}} - the
        {{conflict alert}} had been switched off after the last upgrade.
    """)),
    ("aviation", "success", block("""
        To the team at [[organisation:Brackenport Aviation Services]],

        A quick note of thanks from all of us in {{OCC}} for [[date:Saturday 14th]]. When
        [[flight_number:NW340]] went {{AOG}} with a {{hydraulic}} leak, your station manager
        [[name:Siân]] found a spare {{GPU}}, got 64 passengers fed and rebooked, and kept a
        [[age:9-year-old]] {{unaccompanied minor}} with a named member of staff until her dad
        arrived. The child's family have since been in touch to say how kind everyone was.
        [[name:Siân]], [[name:Olek]] and [[name:Bill]] on the {{ramp}} went far beyond the
        {{SLA}}.

        With thanks,
        [[name:Priyanka Rao]]
        {{Duty Ops Manager}}, [[organisation:Northwold Air]]
    """)),
    ("aviation", "incident", block("""
        Disruption review - [[date:8 January 2024]]
        Attendance: [[name:Callum Reid]] ({{DOM}}), [[name:Leona Fitzgerald]] ({{crewing}}),
        [[name:Amber Walsh]] ({{customer services}}), [[name:Stuart Keane]] ({{engineering}})
        Apologies: [[name:Hope Adeyinka]]

        1. [[flight_number:NW780]] {{ETD}} moved 4 times overnight. Passengers were told to go
        home and come back at 09:00, but the 05:30 {{SMS}} still said 06:00, so 22 passengers
        turned up at 05:15 and waited in a closed terminal at [[organisation:Port Ellery Airport]].
        2. Root cause: {{customer services}} template sends the original {{STD}}, not the
        revised time, if the change is made after 23:00.
        3. One passenger ([[case_reference:CX-118093]]) with reduced mobility had no
        {{PRM}} assistance for three hours. [[name:Amber]] has apologised in person.
        4. Action: [[name:SK]] to raise with {{IT}} by [[date:15 January]].
    """)),
    ("aviation", "near_miss", block("""
        [[date:21/07/2023]], 23:14 - [[name:Connor]]: lads I've just had crewing ring me to do
        the 06:10 tomorrow. I finished at 22:30 after a 4 sector day and I've had a drink
        [[date:21/07/2023]], 23:15 - [[name:Ifeanyi O]]: 😳 did u tell them
        [[date:21/07/2023]], 23:17 - [[name:Connor]]: yeah said no, {{fit to fly}} no way. they
        said the system showed me as on {{standby}}
        [[date:21/07/2023]], 23:20 - [[name:Mo]]: same happened to [[name:Tess]] last month. put a
        {{fatigue report}} in mate, and an {{ASR}}
        [[date:21/07/2023]], 23:26 - [[name:Connor]]: done. ref [[case_reference:FR-2291]]. {{FO}}
        from {{reserve}} is covering it
    """)),
    ("aviation", "incident", block("""
        CREW WELFARE INCIDENT FORM
        Name: [[name:Yasmin Chowdhury]]      Staff no: [[case_reference:NW-5190]]
        Role: {{cabin crew}}                 Base: [[organisation:Carrow Bay Airport]]
        Date: [[date:27/02/2024]]             Ref: [[case_reference:OCC-24-0198]]
        Hotel: [[address:Quayside Lodge, 4 Harbour Walk, Tarnside]] [[postcode:TN9 4QA]]

        Details: after [[flight_number:NW488]] diverted, {{OCC}} booked the crew into the hotel
        above, but no transport was arranged and the booking was under the wrong airline
        account. {{Crew}} waited 2h10 in the {{terminal}} and got to rooms at 02:40. [[name:Yasmin]] was
        then rostered on the 08:15 return, breaching {{minimum rest}}. {{Captain}} declined the
        {{duty}}. Return flight delayed 3 hours while a {{standby}} crew positioned.
    """)),
    ("aviation", "success", block("""
        Teams chat - OCC Day Desk
        [[name:Tomás Herrera]] 11:02
        [[flight_number:NW262]] just landed 👏 nice work everyone
        [[name:Lucy]] 11:03
        for anyone not on earlier - [[aircraft_registration:G-NWEF]] had a {{bird strike}} on
        {{departure}}, crew returned, engineering cleared it in 50 mins. [[name:Tomás]] got
        {{ATC}} a new {{slot}} and I kept the crew legal under {{FTL}} with 12 mins to spare 😅
        [[name:Gareth Llewelyn]] 11:05
        and no {{pax}} missed a connection. write it up for the {{safety newsletter}} pls
        [[name:Lucy]] 11:06
        will do
    """)),
    ("aviation", "near_miss", block("""
        Chronology - [[flight_number:NW905]], [[aircraft_registration:G-NWHK]], [[date:12 Dec]]
        04:30 {{Dispatcher}} [[name:Mark]] prepares {{flight plan}} with {{TAF}} for destination
              showing {{fog}} from 07:00.
        04:45 {{Fuel}} planned with one alternate only.
        05:20 Updated TAF issued (fog to 200m), not seen - the {{EFB}} briefing pack had
              already been sent.
        05:55 Captain [[name:Dragana Petrović]] spots the amendment on her own app and requests
              extra fuel and a second alternate.
        06:05 [[name:Mark]] re-plans. Departure delayed 20 mins.
        08:10 Holds at destination for 25 minutes, diverts to second alternate.
        Outcome: landed with {{final reserve}} plus 11 minutes. Had the captain not checked, the
        aircraft would have had only one alternate with fog forecast at both.
    """)),
    ("aviation", "incident", prose("""
        On [[date:Friday 3 May]] a [[age:10-year-old]] {{unaccompanied minor}}, booking reference
        [[case_reference:KZ7QPR]], was booked on [[flight_number:NW553]] to
        [[organisation:Tarnside Airport]]. Following a cancellation {{OCC}} rebooked all
        passengers onto [[flight_number:NW561]], which was itself diverted to
        [[organisation:Kilbrannan Airport]] because of a {{thunderstorm}}. The {{UMNR}} flag did
        not carry over with the rebooking, so neither the {{cabin crew}} nor the handling agent
        knew a child was travelling alone. He was let off the aircraft with the other
        {{passengers}} and was found by a member of {{cabin crew}}, [[name:Sunny]], in the arrivals
        hall about 40 minutes later. His mother, Ms [[name:Achterberg]], had been waiting at the
        original destination and had not been told of the diversion. He was unharmed. An
        {{MOR}} has been filed and the {{PRM/UMNR}} rebooking process is under review.
    """)),
    ("aviation", "success", block("""
        Subject: thanks - [[flight_number:NW790]] medical
        From: [[name:Joseph Mwangi]] ({{OCC}})
        To: [[email:crewroom.kbn@northwoldair.co.uk]]

        Hi all,

        Just wanted to say well done to the crew of [[flight_number:NW790]] on
        [[date:2 September]] - Captain [[name:Harriet Olsen]], {{first officer}}
        [[name:Raj Menon]], and {{cabin crew}} [[name:Ewa]] and [[name:Will]]. A passenger went
        into {{anaphylaxis}} at top of descent; [[name:Ewa]] gave the {{adrenaline auto-injector}},
        [[name:Will]] ran the {{first aid kit}} and the captain asked for priority with
        {{ATC}}. Paramedics met the aircraft on stand and the passenger was discharged the next
        day. The {{OCC}} log shows we had a clear picture the whole way thanks to their
        {{ACARS}} updates.

        Cheers,
        [[name:Joe]]
    """)),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind341", REPORTS))
