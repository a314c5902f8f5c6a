"""Held-out blind corpus 291: 50 invented UK incident, near-miss and success ("learning") reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well the
de-identifier generalises. Every person, organisation, place and number is invented.

Settings:
- social_care (17): a youth justice service (court, custody, referral orders, ISS, secure placements)
- health (17): a hospice (in-patient unit, Hospice at Home, day hospice, syringe drivers, CDs)
- aviation (16): helicopter pilot training (R22/R44/Cabri, autorotations, circuits, RT)

Styles, deliberately mixed: rushed lower-case notes with typos and txt-speak, formal narratives,
chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams/WhatsApp/Slack with handles), handover notes, minutes with
attendance and apologies, pipe-separated and aligned tables, RT transcripts, shout-outs and
thank-you notes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind291.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care: youth justice
    ("social_care", "incident", prose("""
        quick one b4 i forget. [[name:kyle]] ([[age:15yo]]) didnt show for {{ISS}} session on [[date:tues 4th]],
        then turned up outside [[organisation:Fernlea Academy]] at home time and got into it with another lad.
        {{school}} rang {{police}}, he was arrested for {{s.39 assault}} n taken to {{custody}}. {{mum}} couldnt
        attend so the {{appropriate adult}} scheme was used but they took 4hrs to arrive. [[name:kyle]] was in the
        cell alone with no one explaining {{PACE}} rights properly imo. he told me after "nobody came". case ref
        [[case_reference:KYJ/24/0381]]. need to flag the {{AA}} delay to {{team manager}} + raise at
        {{partnership board}}. also his {{EHCP}} says he needs things explained simply, custody didnt know. - [[name:shaz]]
    """)),
    ("social_care", "near_miss", prose("""
        Near miss – information sharing. On [[date:12 February 2024]] I was preparing a {{victim liaison}} update
        letter for the {{Restorative Justice}} worker. The draft, copied from an older template, still contained the
        current address of the young person, [[name:Damilola Okonkwo-Reid]] ([[age:16]]), namely
        [[address:Flat 3, 27 Tanner's Row, Ketterby]] [[postcode:KT4 9RW]]. The victim lives two streets away and
        there is a live {{restraining order}}. Before it was sent my {{practice supervisor}}, [[name:Ruth]], did the
        second-person check we introduced after last year's {{ICO}} report and spotted it. [[name:Dami]] was not
        told his address had nearly been shared. No harm. Learning: the {{Victim Contact}} template should never
        auto-fill from {{ChildView}}; I have asked {{IT}} to lock the field. Logged as [[case_reference:NM-0219]].
        [[name:Ruth]] suggested this goes to the {{YJB}} regional practice forum.
    """)),
    ("social_care", "success", prose("""
        Shout-out!! Massive thanks to [[name:Hope]] from the {{Turnaround}} team. On a home visit last week she
        noticed [[name:Tyrese]] ([[age:14]]) had two phones, new trainers and cash he couldn't explain. Rather than
        treat it as a "behaviour" issue she stayed curious, spoke to {{Nan}} and made a {{Child Exploitation}}
        referral and an {{NRM}} referral the same day. {{MASH}} picked it up within hours and the {{CCE}} panel met on
        [[date:Friday 19 April]]. [[name:Tyrese]] has since been linked with a {{mentor}} at
        [[organisation:Ketterby Amateur Boxing Club]] and {{school}} report his attendance is up. Honestly this is
        what {{Child First}} looks like. Proud of you [[name:Hope]] x – [[name:Bev]] ({{Operations Manager}})
    """)),
    ("social_care", "incident", block("""
        Chronology – court day [[date:Thursday 7 March]]
        09:10  Arrived at [[organisation:Ketterby Magistrates' Court]]. {{YJS court officer}}: [[name:Ade Balogun]].
        09:45  [[name:Riley Marsh]] ([[age:17]]) produced from {{cellular vehicle}} into the {{court cells}}.
        10:30  {{Bail application}} refused. {{District Judge}} remanded to {{Youth Detention Accommodation}}.
        11:20  Placement confirmed at [[organisation:Fellside YOI]] via the {{Placement Team}}.
        11:35  [[name:Riley]] told [[name:Ade]] he had been threatened by another detainee in the cells.
               [[name:Ade]] passed this to cell staff verbally only.
        13:50  {{PER}} completed by escort staff – the threat is not recorded on it.
        15:05  Call from [[organisation:Fellside]]: [[name:Riley]] arrived with a facial injury after an assault
               during transport. Both were in the same van.
        16:30  {{Safeguarding}} referral made; incident logged as [[case_reference:KYJ-INC-2024-041]].
        Learning: verbal warnings are not enough. Court officer must complete the {{PER}} risk addendum.
    """)),
    ("social_care", "near_miss", block("""
        [Teams chat – YJS Duty Desk]
        [08:52] Priya Raman: morning all, who's taking JJ to the dentist today?
        [08:53] Marek Nowak: me, picking him up from his nan's at 10
        [08:55] Priya Raman: have u seen the new {{exclusion zone}} on his {{YRO}}? conditions changed Friday, he can't go into the town centre
        [08:56] Marek Nowak: dentist is [[organisation:Castle Street Dental Practice]] 😬 thats slap bang in it
        [08:57] Priya Raman: yep. and {{ISS}} tag will alert. ring {{EMS}}?
        [09:01] Marek Nowak: rang {{Electronic Monitoring}} + {{police}} {{IOM}} – they said only with written {{variation}} from court
        [09:14] Priya Raman: moved appt to [[organisation:Riverside Dental]] on [[address:Mill Lane]], sorted
        [09:15] Marek Nowak: legend 🙏 would've breached him myself lol
    """).replace("Priya Raman:", "[[name:Priya Raman]]:").replace("Marek Nowak:", "[[name:Marek Nowak]]:")
        .replace("taking JJ", "taking [[name:JJ]]")),
    ("social_care", "incident", block("""
        INCIDENT FORM – {{YJS}} reporting centre
        Name of young person: [[name:Lewis Tranter]]
        DOB: [[date_of_birth:19/08/2008]]
        Ref: [[case_reference:KYJ/23/1177]]
        Address: [[address:14 Coleridge Close, Ketterby]] [[postcode:KT7 2LN]]
        Date of incident: [[date:21/02/24]]
        Location: {{interview room}} 2
        Description: During a {{reparation}} planning session [[name:Lewis]] disclosed thoughts of {{self-harm}}
        and showed fresh cuts to his forearm. Session stopped. {{First aid}} given by [[name:Gosia]] (first aider).
        {{CAMHS}} crisis line rang, no answer for 25 mins. Taken to {{A&E}} at
        [[organisation:Ketterby General Hospital]] by taxi with two staff; {{dad}} met us there.
        Issues: crisis line wait; no {{ligature}}-safe room; {{safety plan}} on file out of date.
        Completed by: [[name:Tomasz Wiśniewski]], {{case manager}}
    """)),
    ("social_care", "success", block("""
        Minutes – Risk, Safety & Wellbeing panel, [[date:28 March 2024]]
        Present: [[name:Joy Fairbrother]] (chair, {{Head of Service}}), [[name:Will Asante]] ({{case manager}}),
        [[name:Nadia El-Amin]] ({{CAMHS}} in-reach), [[name:Rhodri Pugh]] ({{police}} {{YJS}} officer)
        Apologies: [[name:Bill Okafor]] ({{Education Officer}}), [[name:Sunita]] ({{Victim Worker}})

        Item 2 – [[name:K.M.]] ([[age:16]])
        [[name:Will]] presented. [[name:K.M.]] was rated {{high risk of serious harm}} in the autumn. Since then a
        {{SALT}} assessment identified a {{developmental language disorder}}; plans were rewritten in plain
        language and sessions moved to the gym. No further offences in six months, {{ETE}} at
        [[organisation:Ketterby College]] going well.
        Decision: step down to medium; {{Enhanced Case Management}} ends.
        [[name:Joy]] thanked [[name:Will]] for persistent, {{trauma-informed}} work. Action ([[name:Rhodri]]): share
        as a good practice case with the {{YJB}}.
    """)),
    ("social_care", "incident", block("""
        From: Grace Mbeki <[[email:grace.mbeki@ketterby.gov.uk]]>
        To: Information Governance <[[email:ig.team@ketterby.gov.uk]]>
        Subject: Data breach – [[case_reference:IG-2024-058]]
        Date: [[date:Mon 15 April 2024]] 17:42

        Hi,
        Reporting a breach. This afternoon I travelled back from a {{Referral Order}} panel by train with the
        panel papers for [[name:Jordan Pike]] in a folder and left it on the 16:05 service. It contained his
        {{AssetPlus}} summary, the {{pre-sentence report}} and attendance info from [[organisation:Marlow Park School]].
        I rang {{British Transport Police}} lost property (ref [[case_reference:LP/558214]]) and the train
        operator. Not recovered yet. I have told my {{team manager}} and will tell [[name:Jordan]]'s {{mum}}
        tomorrow. I know we're meant to use the {{encrypted laptop}}, the panel room had no wifi so I printed.

        Grace Mbeki
        {{Case Manager}} | [[organisation:Ketterby Youth Justice Service]]
        [[phone:01632 960 518]]
    """).replace("Grace Mbeki", "[[name:Grace Mbeki]]")),
    ("social_care", "near_miss", block("""
        HANDOVER late → {{on-call}}   from: [[name:Pat]]   to: [[name:Kofi]]
        - Pool car [[vehicle_registration:KX21 BFO]] back in bay 4, fuel 1/4. Keys in {{key safe}}.
        - NB found [[name:Callum]]'s {{EpiPen}} in the door pocket after I dropped him at {{respite}}.
          He has a severe {{nut allergy}} and is staying over tonight.
        - Rang {{foster carer}} Mrs [[name:Adeyemi-Hart]] 20:10, she has a spare {{auto-injector}} at home, drove it
          over to the respite unit herself. Respite staff didn't know he carries one – not on their {{placement plan}}.
        - [[name:Callum]] fine, no exposure.
        - Pen is in the {{meds cupboard}} in the office, please return to carer tomorrow.
        - Suggest we add "medication check" to the pool car log sheet. Car [[vehicle_registration:KX21 BFO]] also
          needs a valet, sorry!!
    """)),
    ("social_care", "success", block("""
        02/05/2024, 19:03 - Joy F: just heard from {{court}} – [[name:Mason]] got his {{referral order}} signed off EARLY 🎉🎉
        02/05/2024, 19:04 - Big Mo: no wayyy. that lad 😭 remember {{first panel}} he wouldnt take his hood down
        02/05/2024, 19:05 - Rose: [[name:Mason]]'s {{reparation}} at the {{allotments}} was his idea too. the old fella there wants him back in the summer
        02/05/2024, 19:07 - Joy F: credit to Rose tbh, she went to every {{panel}} even on her day off. and the {{community panel member}} [[name:Mr]] was brill
        02/05/2024, 19:08 - Big Mo: drinks {{friday}}? 🍻 {{YOT}} worker of the year award incoming 🏆
    """).replace("Joy F:", "[[name:Joy F]]:").replace("Big Mo:", "[[name:Big Mo]]:")
        .replace("Rose", "[[name:Rose]]").replace("[[name:Mr]]", "Mr [[name:Lindqvist]]")
        .replace("02/05/2024", "[[date:02/05/2024]]")),
    ("social_care", "incident", block("""
        Missing episodes – [[name:Ellie-Mae Short]] ([[age:15]]), placed at [[organisation:Brookhouse Children's Home]]
        Ref [[case_reference:KYJ/24/0102]]

        Date | Missing from | Reported by | Found | {{RHI}} done?
        [[date:03/06]] | [[organisation:Brookhouse]] (night) | [[name:Sam Ferreira]] | [[organisation:McDonald's]], {{retail park}} | no
        [[date:07/06]] | {{school}} gates | Mrs [[name:Quayle]] ({{Head of Year}}) | friend's flat | no
        [[date:09/06]] | {{ISS}} session | [[name:Tomasz W]] | {{police}} {{custody}} | booked, not done

        Summary: three episodes in a week, no {{Return Home Interview}} completed within 72 hrs because the
        commissioned provider had a staff vacancy and nobody told us. On the third episode she was found
        with an adult male known for {{CSE}}. {{Strategy meeting}} held [[date:10 June]]. Incident raised with
        commissioning; {{IRO}} informed. Interim plan: {{YJS}} worker [[name:Tomasz W]] does RHIs until cover agreed.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss at a {{restorative justice}} conference, [[date:22 May]]. The {{victim}}, JK, had agreed to a
        face-to-face meeting with the {{young person}}, T.O. ([[age:aged 17]]), at the {{Youth Hub}}. {{Reception}} booked
        both families into the same waiting area for 10am because the room diary only showed one booking
        under the case number [[case_reference:RJ-24-017]]. I arrived early and saw JK's car pull in at the same
        time as T.O.'s {{dad}}. I moved the victim to the {{family room}} upstairs before they met. JK was anxious
        but the conference went ahead and went well. Learning: {{RJ}} bookings should use two separate diary
        entries and reception need a "do not seat together" flag. Raised with {{office manager}} [[name:Carys]].
        {{RJ facilitator}}: [[name:Obinna]]
    """).replace("JK", "[[name:JK]]").replace("T.O.", "[[name:T.O.]]")),
    ("social_care", "success", prose("""
        Good practice note. [[name:Aaliyah Chowdhury]], {{speech and language therapist}} seconded to
        [[organisation:Ketterby Youth Justice Service]], screened [[name:Connor Doyle]] ([[age:16]]) ahead of his
        sentencing hearing on [[date:3 July 2024]]. The screen showed significant difficulties with receptive
        language and {{working memory}}, which nobody had picked up at {{school}}. [[name:Aaliyah]] worked with
        the report author, [[name:Femi]], to rewrite the {{pre-sentence report}} in plain English and produced a
        one-page {{communication passport}} for the bench. The {{legal adviser}} read it out and the {{chair of
        the bench}} adjusted her language. [[name:Connor]] told us afterwards it was the first time he understood
        what happened in court. He received a {{Youth Rehabilitation Order}} with {{SALT}}-adapted sessions.
        Sharing as learning for the {{YJB}} {{Child First}} forum.
    """)),
    ("social_care", "incident", block("""
        #yjs-duty  (Slack export)
        dan.h  10:02  anyone else just get a call from 07700 900481? bloke shouting about [[name:Kian]] being "grassed up"
        gosia.k  10:03  yes!! rang the {{main line}} too, asked which of us is [[name:Kian]]'s worker & what time we leave
        dan.h  10:04  told him nothing. he knew my first name tho
        laila.s  10:06  ok pls nobody go out to the {{car park}} alone. I'm ringing {{police}} now, {{101}} first then {{999}} if he turns up
        laila.s  10:19  police log ref [[case_reference:NVP-240611-0213]]. they know the number, it's an associate of the {{uncle}}
        gosia.k  10:21  should we block 07700 900481 on the {{switchboard}}?
        laila.s  10:22  yes + incident form + {{lone working}} review. [[name:Kian]] is safe at {{school}}, {{DSL}} aware
    """).replace("07700 900481", "[[phone:07700 900481]]").replace("dan.h", "[[name:dan.h]]")
        .replace("gosia.k", "[[name:gosia.k]]").replace("laila.s", "[[name:laila.s]]")),
    ("social_care", "near_miss", prose("""
        {{ETE}} near miss - pls read. [[name:jordan]] (not [[name:pike]], the other [[name:jordan]], [[name:jordan akinola]]) starting
        {{work placement}} at [[organisation:Halden Motors]] mon. i was filling the {{employer pack}} n nearly attached his
        full {{AssetPlus}} instead of the {{one page summary}}. pack also had his {{NI number}} [[ni_number:JR 41 77 02 C]]
        and DOB [[date_of_birth:04/11/2007]] which employer DO need but not his {{offence history}} (thats up to him to
        disclose under {{ROA}}). [[name:lakshmi]] spotted the file size was huge when i asked her to check the email. deleted
        + resent. nothing went. learning: employer template should only pull basic details. also we need
        a {{DPIA}} for the {{ETE}} portal tbh. - [[name:nat]]
    """)),
    ("social_care", "incident", block("""
        Handover – {{secure placement}} visit, [[date:Sat 17/08]]
        Visited [[name:Reece Omondi]] ([[age:15]]) at [[organisation:Greystone Secure Children's Home]].
        [[name:Reece]] says he was held in a {{restraint}} on Thursday evening after refusing to go to his room and
        that staff knelt on his back. He has bruising to his left shoulder which I photographed with his consent.
        {{Unit manager}} ([[name:Stelios]]) said it was a {{prone restraint}} lasting "under a minute" and that the
        {{Restraint Minimisation}} form was done. I have NOT seen the form. [[name:Reece]]'s NI no. needed for his
        college bursary too: [[ni_number:PW 83 19 56 A]] – given to education.
        Actions for Monday: refer to {{LADO}}; inform {{YCS}} placement team; ask {{Ofsted}} notification number;
        update {{IRO}} and {{social worker}}. [[name:Reece]] wants {{advocacy}} – referred to [[organisation:Voice Matters]].
        — [[name:Faith Oyelaran]], {{on-call}} manager
    """)),
    ("social_care", "success", block("""
        From: Laila Said <[[email:laila.said@ketterby.gov.uk]]>
        To: [[email:bail.support@ketterby.gov.uk]]
        Cc: [[name:Joy Fairbrother]]
        Subject: THANK YOU – [[name:Amber]]

        Dear all,
        I just wanted to say thank you to [[name:Amber]] and [[name:Ishaan]] in {{Bail Support}}. When
        [[name:Zainab]] ([[age:16]]) was facing a {{remand}} last {{Tuesday}} the plan they put together overnight –
        a bed with her {{aunt}} in [[address:Pelham Road, Ketterby]], a {{curfew}} and daily contact – persuaded the
        {{court}} to grant {{bail}}. She has kept to every condition and is back at
        [[organisation:St Aidan's Catholic High School]]. Without you she'd have spent at least three weeks in {{custody}}.

        Best wishes
        Laila
        {{Deputy Team Manager}}, [[organisation:Ketterby YJS]]
        Tel [[phone:01632 960 771]]
    """).replace("Laila Said", "[[name:Laila Said]]").replace("Laila\n", "[[name:Laila]]\n")),
    # ------------------------------------------------------------------ health: hospice
    ("health", "incident", prose("""
        Incident – {{syringe driver}} infusion too fast. Patient: Mr [[name:Harold Jessop]], [[age:78]], {{IPU}}
        room 4, hospital no. [[case_reference:SW0048213]], NHS no. [[nhs_number:485 291 7361]]. On
        [[date:9 January 2024]] at about 14:00 a new 24-hour {{McKinley T34}} containing {{morphine sulfate}}
        20 mg and {{midazolam}} 10 mg was set up by a {{bank nurse}}. The syringe brand was not recognised by the
        pump and the length was measured manually, which gave a delivery time of roughly 4 hours. At the 18:00
        check {{Staff Nurse}} [[name:Olamide Bakare]] found the syringe nearly empty. Mr [[name:Jessop]] was very
        drowsy with a respiratory rate of 9. He was reviewed by the {{palliative care consultant}},
        Dr [[name:Anneliese Hertz]]; {{naloxone}} was not required and he woke the next morning. His wife was
        told the same evening under {{duty of candour}}. Reported as [[case_reference:W-24-0031]].
        Learning: bank staff must complete T34 competency before setting up drivers; second-nurse check of
        the pump screen at set-up; only stock the syringe brand the pump recognises.
    """)),
    ("health", "near_miss", block("""
        Near miss – patient identification, night of [[date:14/03/24]]
        Bay B, bed 3: Mrs [[name:Glenys Evans]], NHS [[nhs_number:610 384 2751]]
        Bay B, bed 6: Mrs [[name:Marian Evans]], NHS [[nhs_number:724 905 3183]]

        22:00  Bed 6 asks for {{PRN}} {{oxycodone}} 5 mg for {{breakthrough pain}}.
        22:10  {{CD}} taken out by [[name:Rūta]] ({{RN}}) and [[name:Deepak]] ({{HCA}}); {{CD register}} entry says
               only "Mrs [[name:Evans]], bay B".
        22:15  At the bedside of bed 3 [[name:Deepak]] says "[[name:Marian]]?" – patient replies "no love, I'm
               [[name:Glenys]]". Administration stopped.
        22:17  Given to the correct patient in bed 6 after {{wristband}} and {{drug chart}} check.
        Why: same surname, same bay, both on oxycodone; no {{name alert}} sticker on either chart.
        Action: night sister [[name:Mbali]] moved bed 3 to bay A and added alert stickers. Proposed that
        same-surname patients never share a bay on the {{IPU}}.
    """)),
    ("health", "success", prose("""
        Shout out to [[name:Faith]] on nights 💜 Mrs [[name:Hollis]] in room 11 was restless and pulling at her
        sheets at 3am and it would have been easy to give {{midazolam}} for {{terminal agitation}}. [[name:Faith]]
        noticed she hadn't passed urine since the afternoon, got the {{bladder scanner}} (over 800 ml), rang the
        {{on-call doctor}} and put in a {{catheter}}. Mrs [[name:Hollis]] settled within twenty minutes and was
        comfortable and chatting to her son [[name:Gareth]] the next day. She died peacefully on
        [[date:Sunday 21st]] with [[name:Gareth]] holding her hand, and he asked me to pass on his thanks for the
        "lovely nurse with the calm voice". This is exactly the {{holistic assessment}} we teach. Thank you x
        Sister [[name:Oduya]], {{Ward Manager}}, {{In-Patient Unit}}
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT – FALL
        Patient name: [[name:Dorothy Pennington]] (known as [[name:Dot]])
        DOB: [[date_of_birth:02/09/1939]]
        NHS No: [[nhs_number:538 162 0942]]
        Address: [[address:Holly Cottage, 5 Brewer's Lane, Upper Pellham]] [[postcode:PL9 3HD]]
        NOK: daughter [[name:Sandra Pennington-Lowe]], [[phone:07700 900236]]
        Date/time: [[date:02/04/2024]] 03:40
        Location: {{IPU}} room 7, {{en-suite}}
        What happened: [[name:Dot]] found on the en-suite floor by {{HCA}} [[name:Jiwon]]. She had tried to walk to
        the toilet without calling. {{Bed rails}} not in use per {{MCA}} best-interests decision; the
        {{falls sensor mat}} had been unplugged during cleaning and not reconnected. {{Skin tear}} right elbow.
        {{Neuro obs}} started as she takes {{apixaban}}. Doctor reviewed 04:15. Daughter phoned 08:00.
        Reported by: [[name:Kwame Asare]], {{Staff Nurse}}
        Ref: [[case_reference:W-24-0087]]
    """)),
    ("health", "near_miss", block("""
        [Teams – IPU nurses chat]
        [07:41] Hannah Lowry: morning, {{CD check}} – {{Oramorph}} bottle for rm 2 says 64ml in book, looks more like 54?
        [07:43] Sunny Bhatti: measured it last night 21:00 with the {{oral syringe}}, was 64 then
        [07:44] Hannah Lowry: no admin in the {{CD register}} since 21:00 😬
        [07:50] Sunny Bhatti: hang on – Mr [[name:Kowalczyk]] had 10ml at 02:00 from [[name:Precious]] (agency). it's on his {{MAR}} not the register
        [07:52] Hannah Lowry: ok so not missing but was it witnessed?
        [07:55] Sunny Bhatti: she says [[name:Efe]] witnessed. getting both to sign a late entry + telling {{pharmacist}} [[name:Lorcan]]
        [07:56] Hannah Lowry: {{Datix}} pls, near miss, ref when u have it
        [08:20] Sunny Bhatti: done [[case_reference:W-24-0102]]. also agency {{induction checklist}} needs CD bit adding
    """).replace("Hannah Lowry:", "[[name:Hannah Lowry]]:").replace("Sunny Bhatti:", "[[name:Sunny Bhatti]]:")),
    ("health", "incident", block("""
        From: Imogen Tait <[[email:imogen.tait@stwenna.org.uk]]>
        To: [[email:h2h.coordinators@stwenna.org.uk]]
        Subject: Missed visit – Mr [[name:Abdi]] – [[date:20 April]]

        Hi both,
        Last night's 22:00 visit to Mr [[name:Yusuf Abdi]] at [[address:41 Quarry Hill Road, Pellham]]
        [[postcode:PL4 7NF]] did not happen. The {{key safe}} code on {{SystmOne}} was out of date – the family
        changed it on Thursday and nobody updated the record. I rang his son [[name:Abdirahman]] on
        [[phone:07700 900655]] four times and reached him at 23:10. Mr [[name:Abdi]] had gone without his
        {{syringe driver}} check and his {{catheter}} bag was full. No physical harm but very distressing for
        the family. Logged as [[case_reference:W-24-0119]].
        Suggest key safe codes sit in the {{shared care record}} with the date changed, and coordinators read
        them out at the 17:00 {{handover}}.

        Imogen
        {{Hospice at Home}} {{HCA}} | [[organisation:St Wenna's Hospice]]
    """).replace("Imogen Tait", "[[name:Imogen Tait]]").replace("Imogen\n", "[[name:Imogen]]\n")),
    ("health", "success", block("""
        Learning from deaths review – minutes, [[date:16 May 2024]]
        Attendees: Dr [[name:Anneliese Hertz]] ({{Medical Director}}), [[name:Mark Ellory]] ({{CNS}}),
        [[name:Chidi Nwachukwu]] ({{chaplain}}), [[name:Hui Min Tan]] ({{OT}})
        Apologies: [[name:Grace]] ({{Ward Manager}}), [[name:Tobias Lund]] ({{pharmacist}})

        Case: Ms [[name:R.P.]], [[age:44]], {{motor neurone disease}}, died on the {{IPU}} [[date:29 April]].
        Discussion: {{ReSPECT}} conversation started at her first {{Day Hospice}} visit, so her wish for planned
        {{NIV}} withdrawal was documented months ahead. Withdrawal followed {{APM}} guidance with
        {{anticipatory medicines}} drawn up in advance; symptom scores stayed at 0–1 throughout.
        [[name:Mark]] noted the family support team had prepared her daughter ([[age:aged 12]]) with a memory box
        and a visit to the room beforehand. Family feedback described it as "calm and exactly what she wanted".
        Outcome: good practice. Action ([[name:Hui Min]]): write up for the regional {{ECHO}} network.
    """)),
    ("health", "near_miss", block("""
        HANDOVER – {{IPU}} admissions, [[date:Wed 5th June]]
        - Admitted from [[organisation:Pellham Royal Infirmary]], {{ward 12}}: Mr [[name:Desmond Achterberg]],
          [[age:81]], {{metastatic prostate cancer}}, hosp no [[case_reference:PRI7720194]].
        - Crew said "he's {{DNACPR}}" but no form came with him. Discharge letter still says "for {{CPR}}".
        - Rang ward 12 – {{F1}} [[name:Bashir]] confirmed the DNACPR was completed [[date:3 June]] but the original
          was left in the notes trolley. Scanned copy accepted by our {{consultant}} as interim; original coming
          by courier.
        - Copy is on the front of Mr [[name:Achterberg]]'s notes. Please tell nights.
        - Near miss: had he arrested in the {{ambulance}} the crew would have started CPR against his wishes.
          {{Datix}} done, will also go to the {{ICB}} {{interface}} group.
        Handed over by [[name:Niamh]] → [[name:Dariusz]]
    """)),
    ("health", "incident", block("""
        Skin inspection record – Mrs [[name:Perpetua Nwosu]], bed 9, NHS [[nhs_number:401 773 8524]]

        Date  | Time  | {{Waterlow}} | Sacrum           | Heels    | Signed
        [[date:11/07]] | 08:00 | 22       | intact           | intact   | [[name:HB]]
        [[date:11/07]] | 20:00 | –        | not checked      | –        | –
        [[date:12/07]] | 08:00 | –        | not checked      | –        | –
        [[date:12/07]] | 19:30 | 24       | {{category 3}}       | red      | [[name:L. Moreau]]

        Two skin checks and {{repositioning}} were missed over 24 hours while the unit ran two {{RN}}s short.
        The {{air mattress}} alarm had also been silenced. Category 3 {{pressure ulcer}} found by [[name:Léa]] at
        19:30 on the second day. {{Tissue viability}} referral made; her son [[name:Chukwuma]] informed under
        {{duty of candour}}. Ref [[case_reference:W-24-0144]].
    """)),
    ("health", "success", block("""
        [[date:18/06/2024]], 21:14 - Amber ({{Day Hospice}}): can't stop smiling. we did it!! 💍
        [[date:18/06/2024]], 21:15 - Pat Reyes: honestly best day I've had in this job
        [[date:18/06/2024]], 21:16 - Amber ({{Day Hospice}}): for those not in – [[name:Lenny]] told us on {{Monday}} he wanted to marry [[name:Marguerite]] before he got too poorly. {{registrar}} from [[organisation:Pellham Register Office]] came at 2, cake from [[organisation:Crumbs Bakery]], {{chaplain}} did a {{blessing}} after
        [[date:18/06/2024]], 21:18 - Kev: and the {{volunteers}} did the flowers in the {{garden room}}. he stayed in his {{riser recliner}} with his {{oxygen}} on
        [[date:18/06/2024]], 21:20 - Pat Reyes: the {{Registrar}}'s notice waiver came through in 48hrs thanks to Amber nagging 😂
    """).replace("Amber", "[[name:Amber]]").replace("Pat Reyes:", "[[name:Pat Reyes]]:")
        .replace("Kev:", "[[name:Kev]]:")),
    ("health", "near_miss", prose("""
        nr miss on {{IPU}} 2day - dr rang thru a verbal for {{levomepromazine}} 6.25mg {{subcut}} for mrs
        [[name:o'driscoll]] (nausea). {{bank nurse}} heard {{levetiracetam}} n went to get it from the
        {{stock cupboard}} - its on the shelf right next to it, both start with lev. i was 2nd checker n asked why an
        {{anti-epileptic}} for nausea & she realised. no harm, not given. we're not meant to take verbals except in
        emergency anyway per {{medicines policy}}, dr was stuck over in {{Day Hospice}}. pls can {{pharmacy}} split
        the 2 up on the shelf + use {{tall man lettering}}. pt [[name:o'driscoll]] hosp no [[case_reference:SW0051770]].
        [[name:jen]] ({{rn}})
    """)),
    ("health", "incident", prose("""
        On [[date:Tuesday 23 July]] {{Clinical Nurse Specialist}} [[name:Bronwen Rees-Ahmed]] was driving her {{lease car}},
        [[vehicle_registration:WR19 KFZ]], between {{home visits}} with a portable {{oxygen}} cylinder for a patient whose
        supply had run out. At a {{roundabout}} her car was hit from behind at low speed by [[vehicle_registration:YD67 OPL]].
        The cylinder was loose in the rear footwell, rolled forward and struck the back of the passenger seat; the
        valve was undamaged. [[name:Bronwen]] had minor {{whiplash}} and was seen at the {{Minor Injuries Unit}}.
        Cylinders should be delivered by the supplier, [[organisation:Airmed Homecare]], not carried by staff, and
        if carried must be restrained upright. Staff were unaware of the {{BCGA}} guidance and none of the lease
        cars has a cylinder restraint. Ref [[case_reference:W-24-0166]]. Actions: restraint bags for the
        {{community team}}; remind staff; {{insurance}} notified via {{fleet manager}} [[name:Gethin]].
    """)),
    ("health", "success", block("""
        Compliments log – card left at reception [[date:30/08/2024]]
        "To everyone on the {{IPU}}, especially [[name:Rose]], [[name:Chidi]] the {{chaplain}} and the lovely
        {{volunteer}} [[name:Mark]] who made {{Dad}} endless cups of tea – thank you. {{Dad}} ([[name:Tommy Fitzgerald]])
        came to [[organisation:St Wenna's]] frightened of dying in {{hospital}}. You gave him the {{room}} looking onto the
        {{garden}}, got his {{pain}} under control in a day (the {{oxycodone}} switch was magic), let his dog visit
        every afternoon and never once made us feel we were in the way. When he went you let us stay as long as
        we needed. We'll never forget it.
        With love, [[name:Siobhan]], [[name:Declan]] & [[name:Aoife]] x"
        Shared with the team by [[name:Joanne]], {{Patient Experience Lead}}.
    """)),
    ("health", "near_miss", block("""
        From: Owen Pritchard <[[email:owen.pritchard@stwenna.org.uk]]>
        To: [[email:ig@stwenna.org.uk]]
        Date: [[date:Fri 6 Sep 2024]] 09:12
        Subject: Near miss – email autocomplete

        Hi,
        I was about to send this month's {{bereavement}} follow-up list (names and phone numbers of 14
        {{bereaved relatives}}) to our {{volunteer coordinator}} [[name:Helen Marsh]] ([[email:helen.marsh@stwenna.org.uk]]).
        {{Outlook}} autocompleted to [[email:helen.marsh.pellham@gmail.com]] – a former volunteer with the same name
        who left two years ago. I only noticed because of the {{External}} warning banner, and cancelled.
        Nothing was sent. Could {{IT}} clear ex-volunteers' personal addresses from the autocomplete cache, and
        could lists like this go through {{Egress}} only?

        Owen Pritchard
        {{Family Support Team}} | [[phone:01632 960342]]
    """).replace("Owen Pritchard", "[[name:Owen Pritchard]]")),
    ("health", "incident", block("""
        Chronology – expected death at home, Mrs [[name:Beatrix Olawale]] ([[age:67]]), [[case_reference:SW0039902]]
        01:20  Daughter [[name:Temi]] rings the {{Hospice at Home}} advice line: {{mum}} has died, expected.
        01:25  H@H nurse [[name:Agnieszka]] is single-handed and at another death across the county.
        01:30  Family advised to ring {{111}} for {{verification of death}}.
        03:45  No {{OOH GP}} yet; family have rung 111 twice more.
        05:50  {{Paramedic}} crew attend and verify.
        06:30  {{Funeral director}}, [[organisation:Hartwell & Sons]], collect.
        Impact: [[name:Temi]] and her brother sat with their mum for four and a half hours not knowing what to do.
        The {{syringe driver}} was still running as nobody told them they could stop it.
        Learning: only two of our {{RN}}s are trained in {{RNVoED}}; we should train all H@H RNs. Escalated to
        {{Director of Care}}. Ref [[case_reference:W-24-0190]].
    """)),
    ("health", "near_miss", block("""
        {{Day Hospice}} transport – handover [[date:Thurs 10th Oct]]
        Driver: [[name:Clive]] ({{volunteer}}), {{minibus}} [[vehicle_registration:PN70 HXA]]
        - On return to base [[name:Clive]] found Mr [[name:Ng]] still sitting in the back row. He'd been missed at his
          stop ([[address:Larch Court, Pellham]]) and nobody did a {{head count}} after the last drop.
        - Mr [[name:Ng]] is {{hard of hearing}} and didn't say anything. On the bus an extra 40 mins; he is
          {{diabetic}} and his {{insulin}} was due – {{blood glucose}} 4.6 when checked by [[name:Yasmin]] ({{RN}}).
        - Taken home by [[name:Clive]] at 16:10; his wife [[name:Mei-Ling]] was worried but fine with us.
        - Actions: {{passenger manifest}} tick sheet to be signed at each drop; second volunteer on long routes.
          [[vehicle_registration:PN70 HXA]] rear seat belt also sticking – reported to {{fleet}}.
    """)),
    ("health", "success", prose("""
        Rapid discharge home to die – good practice. Mr [[name:Santiago Ortega Ruiz]], [[age:59]], on the {{IPU}}
        with advanced {{pancreatic cancer}}, said on [[date:Monday 28 October]] at 09:00 that he wanted to die at home
        with his dogs. {{CNS}} [[name:Gwen]] coordinated everything the same day: {{fast-track CHC}} funding agreed
        by the {{ICB}} by 11:30; {{profiling bed}} and {{air mattress}} delivered by
        [[organisation:CareLift Equipment]] at 13:00; {{just in case}} medicines dispensed by our {{pharmacist}};
        {{district nurses}} from [[organisation:Pellham North Neighbourhood Team]] accepted the referral and visited
        that evening. The {{ambulance}} left at 14:45 and he was home by 15:20. He died peacefully two days later
        with his partner [[name:Lucía]] and his brother beside him. [[name:Gwen]]'s checklist is now our template.
    """)),
    # ------------------------------------------------------------------ aviation: helicopter pilot training
    ("aviation", "incident", prose("""
        During a dual training sortie on [[date:14 May 2024]] in {{Robinson R22 Beta II}}
        [[aircraft_registration:G-SKFA]] the {{student pilot}}, [[name:Eleanor Whitcombe]], was practising
        {{entries to autorotation}} at 2000 ft over the {{training area}} north of [[organisation:Cranwick Heath]].
        On the third entry the {{collective}} was lowered late after the throttle was closed and {{rotor RPM}}
        decayed to about 85% before the {{instructor}}, [[name:Kasper Lindahl]] ({{FI(H)}}), took control. The
        {{low rotor RPM horn}} sounded. Recovery was completed with a height loss of around 400 ft. No damage;
        the aircraft was inspected by [[organisation:Rotorcare Engineering]] and no limits were exceeded. In the
        debrief [[name:Eleanor]] said she had been expecting a {{power recovery}} and was "waiting for the
        instructor". Learning: in the {{pre-flight brief}} state clearly who does what at the throttle chop, and
        instructors to guard the collective more closely on early entries. {{MOR}} submitted to the {{CAA}};
        internal ref [[case_reference:SKY-OR-24-019]].
    """)),
    ("aviation", "near_miss", block("""
        RT transcript – Wexbury Radar, [[date:2 June 2024]] (UTC), annotated by {{CFI}}
        1402:10 G-SKFB: Wexbury Radar, Golf Sierra Kilo Foxtrot Bravo, {{R22}} solo, three miles south of Cranwick Heath, 1500 feet, {{QNH}} 1012, request {{Basic Service}}
        1402:25 ATC: Golf Foxtrot Bravo, Basic Service, squawk 7041, QNH 1012
        1404:50 ATC: Golf Foxtrot Bravo, you appear to be entering the {{CTR}}, turn left heading 180 immediately
        1405:20 ATC: Golf Foxtrot Bravo, Wexbury Radar, turn left immediately, traffic on final four miles
        1405:30 G-SKFB: Left one eight zero, Golf Foxtrot Bravo, sorry
        1405:40 ATC: Easy six two one seven, helicopter one o'clock two miles, not above 1500 feet
        1405:45 EZY6217: Traffic in sight, Easy six two one seven
        Notes: student [[name:Haruto Sato]] had the {{moving map}} zoomed out so the {{controlled airspace}}
        boundary was hidden under a label, and missed the first call while changing the {{intercom}} volume.
        Closest point 1.8 nm. {{ATC}} filed an {{MOR}}; our ref [[case_reference:SKY-OR-24-022]].
    """).replace("Wexbury Radar", "[[organisation:Wexbury Radar]]")
        .replace("Cranwick Heath", "[[organisation:Cranwick Heath]]")
        .replace("G-SKFB", "[[aircraft_registration:G-SKFB]]")
        .replace("Golf Sierra Kilo Foxtrot Bravo", "[[aircraft_registration:Golf Sierra Kilo Foxtrot Bravo]]")
        .replace("Golf Foxtrot Bravo", "[[aircraft_registration:Golf Foxtrot Bravo]]")
        .replace("Easy six two one seven", "[[flight_number:Easy six two one seven]]")
        .replace("EZY6217", "[[flight_number:EZY6217]]")),
    ("aviation", "success", prose("""
        Kudos to [[name:Robin]] 👏 On [[date:Wed 12th]] he was flying with {{PPL(H)}} student [[name:Tolu Adebayo]]
        in [[aircraft_registration:G-SKFA]] on a warm, damp morning – {{dew point}} spread of 2 degrees, classic
        {{carb icing}} weather. In the {{cruise}} [[name:Tolu]] was busy with {{navigation}} but [[name:Robin]]
        spotted the {{carb temp gauge}} creeping into the yellow arc and a small drop in {{manifold pressure}}. He
        talked [[name:Tolu]] through applying full {{carb heat}}; the engine ran rough for a few seconds then
        recovered. Rather than press on they landed back at [[organisation:Cranwick Heath]], had
        [[organisation:Rotorcare Engineering]] check it over, and then used the sortie as a debrief example for the
        whole school. [[name:Tolu]] says he will never skip the carb heat check again. Brilliant instructing.
        – [[name:Catriona]] ({{Safety Manager}})
    """)),
    ("aviation", "incident", block("""
        Chronology – rotor engagement with {{blade tie-down}} fitted, [[aircraft_registration:G-OTHL]] ({{R44 Raven II}}), [[date:27/05/2024]]
        08:15  {{Daily inspection}} signed by {{engineer}} [[name:Dev Raghunathan]]; {{tie-downs}} left on.
        08:40  Student [[name:Mateus Carvalho]] and {{FI}} [[name:Bea Nkemelu]] walk out. [[name:Bea]] is called
               back to the office for a phone call.
        08:48  [[name:Mateus]] starts pre-start checks alone, expecting [[name:Bea]] back any second.
        08:52  Engine start. {{Clutch}} switch engaged – {{clutch light}} stays on, belts squeal, rotor does not turn.
        08:53  [[name:Mateus]] shuts down. Tie-down on the aft blade still secured to the {{tail boom}}.
        09:10  Aircraft grounded; [[organisation:Rotorcare Engineering]] informed.
        Findings: both {{drive belts}} replaced, {{sprag clutch}} and blade inspected, no further damage.
        {{SOP}} 4.2 says students must not start without the FI on board, and the walkround must include
        "tie-downs off – shown". {{MOR}} raised. Ref [[case_reference:SKY-OR-24-017]].
    """)),
    ("aviation", "near_miss", block("""
        From: Gus Haverford <[[email:g.haverford@skyfieldheli.co.uk]]>
        To: [[email:ops@skyfieldheli.co.uk]]
        Cc: [[name:Kasper Lindahl]]
        Subject: Water in {{Avgas}} bowser [[vehicle_registration:LK16 VRP]]

        Morning,
        At the 07:30 {{water check}} I drained about 50 ml of water from the {{bowser}} {{sump}}, confirmed with
        {{water finding paste}}. It was refilled yesterday afternoon by [[organisation:Harlow Aviation Fuels]]
        (delivery note [[case_reference:HAF-77821]]). [[aircraft_registration:G-SKFA]] and
        [[aircraft_registration:G-SKFC]] were fuelled from it after 17:00. Both sumped this morning – samples
        clear – and [[name:Dev]] has checked the {{gascolators}}. The evening fueller (a student helping out) did
        not take a {{post-fill sample}} because the laminated {{checklist}} has gone missing off the bowser.
        [[vehicle_registration:LK16 VRP]] is quarantined and tagged until the supplier rechecks it.
        New checklist printed and cable-tied on.

        Gus
        {{Ground Operations}} | [[organisation:Skyfield Helicopters]] | [[phone:01632 960904]]
    """).replace("Gus Haverford", "[[name:Gus Haverford]]").replace("Gus\n", "[[name:Gus]]\n")),
    ("aviation", "success", block("""
        Safety Action Group – minutes, [[date:11 July 2024]], [[organisation:Skyfield Helicopters Ltd]]
        Present: [[name:Catriona Baird]] ({{Safety Manager}}, chair), [[name:Kasper Lindahl]] ({{Head of Training}}),
        [[name:Robin Achebe]] ({{FI}}), [[name:Dev Raghunathan]] ({{CAMO}})
        Apologies: [[name:Pat O'Hare]] ({{Accountable Manager}})

        1. Reporting culture – 14 voluntary reports in Q2 against 5 in Q1 since the monthly {{Just Culture}}
           coffee sessions began. [[name:Catriona]] highlighted [[name:Lwazi Dube]]'s report of setting {{QFE}}
           instead of {{QNH}} on a {{navex}}: honest, clear, and it led to a new line on the brief card.
        2. {{SMS}} audit by the {{CAA}} on [[date:3 September]]. [[name:Dev]] to update the {{hazard log}}.
        3. AOB – [[name:Robin]]'s {{carb icing}} briefing to be recorded for {{ground school}}.
        Next meeting: [[date:10 October 2024]].
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT
        Ref: [[case_reference:SKY-OR-24-027]]
        Date: [[date:19/07/2024]]    Time: 10:42 local
        Aircraft: {{Guimbal Cabri G2}} [[aircraft_registration:G-CKZN]]
        Crew: {{FI}} [[name:J. Oyelowo]] / student [[name:Hamish McTavish]]
        Phase: {{circuit}}, late {{downwind}}, 600 ft {{AGL}}
        Description: A large bird, probably a {{buzzard}}, struck the left side of the {{canopy}}. Loud bang and a
        crack about 20 cm long. FI took control, made a {{PAN}} call to [[organisation:Cranwick Radio]] and did a
        {{precautionary landing}} on the grass beside {{runway 24}}. No injuries; student shaken.
        Damage: canopy cracked. {{Fenestron}} and {{main rotor}} blades inspected by engineering – no damage.
        Reported: {{MOR}} via {{ECCAIRS}}; insurer informed; airfield {{bird control}} told.
        Completed by: [[name:J. Oyelowo]], {{FI(H)}}
    """)),
    ("aviation", "near_miss", block("""
        [[date:24/07/2024]], 07:58 - Tom Eze: found the {{split pin}} missing on the lower {{pitch link}} bolt on [[aircraft_registration:FC]] during {{pre-flight}}!!! {{nut}} there but finger loose 😳
        [[date:24/07/2024]], 08:00 - Dev R: DONT fly it. coming down now. which blade
        [[date:24/07/2024]], 08:01 - Tom Eze: {{red blade}}. [[aircraft_registration:FC]] only came out of its {{100 hr check}} fri
        [[date:24/07/2024]], 08:03 - Dev R: grounding [[aircraft_registration:G-SKFC]] in the {{tech log}}. will ring [[organisation:Rotorcare]] {{QA}}
        [[date:24/07/2024]], 08:30 - Kasper: great spot [[name:Tom]] 👏 this is why we do a proper {{walkround}} not kick-the-skids
        [[date:24/07/2024]], 09:40 - Dev R: [[organisation:Rotorcare]] confirm it was missed at {{reassembly}}, their ref [[case_reference:RCE-QN-0412]]. checking [[aircraft_registration:FA]] + [[aircraft_registration:FB]] too
    """).replace("Tom Eze:", "[[name:Tom Eze]]:").replace("Dev R:", "[[name:Dev R]]:")
        .replace("Kasper:", "[[name:Kasper]]:")),
    ("aviation", "incident", block("""
        Sortie log extract – [[aircraft_registration:G-SKFA]] ({{R22 Beta II}}), [[date:Tue 6 Aug]]
        Time | FI | Student | Exercise | Remarks
        0900 | [[name:B. Nkemelu]] | [[name:Ollie Granger]] | {{Ex 18}} {{confined areas}} | normal
        1020 | [[name:B. Nkemelu]] | [[name:Sahra Warsame]] | {{slope landings}} | tail guard strike – see below
        1130 | – | – | – | aircraft {{AOG}}

        On the third right-skid-upslope landing [[name:Sahra]] lowered the {{collective}} too quickly, the aircraft
        rolled slightly and the {{tail rotor guard}} touched a grass tussock. FI took control and lifted to the
        hover, then landed on level ground. [[organisation:Rotorcare Engineering]] found the guard bent and a
        scratch on one {{tail rotor}} blade, which was replaced. The slope used was about 8°, steeper than the
        5° in the {{training area}} brief, because the usual site was waterlogged. Ref
        [[case_reference:SKY-OR-24-031]].
    """)),
    ("aviation", "success", prose("""
        good call by [[name:wojtek]] today on his {{qualifying cross country}} in [[aircraft_registration:G-SKFB]] 👍
        {{cloudbase}} dropped to abt 700ft past the {{TV mast}}, {{TAF}} hadnt forecast it. instead of pushing on to
        [[organisation:Tollerby Heli Academy]] he turned back, couldnt get home either so did a {{precautionary
        landing}} in a big flat field by [[organisation:Ashcombe Farm]], shut down, rang ops on
        [[phone:01632 960905]] and sat it out. farmer mr [[name:hallworth]] gave him a cuppa lol. drove over w
        {{FI}} [[name:Bea]], checked field + aircraft, flew it back once the {{METAR}} improved abt 3pm. exactly
        what we teach in {{TEM}}, textbook {{decision making}}. told him well done + his {{QXC}} gets rebooked
        free. logging as a success for {{SAG}}. - [[name:kasper]]
    """)),
    ("aviation", "near_miss", block("""
        RT – Cranwick Radio ({{A/G}}), [[date:Sat 14 Sept]], local times
        1031 G-BNXT: Cranwick Radio, Golf Bravo November X-ray Tango, {{PA-28}}, final runway 24
        1031 Radio:  Golf X-ray Tango, runway 24, surface wind 260 10 knots
        1031 G-SKFC: Cranwick Radio, Golf Sierra Kilo Foxtrot Charlie, {{hover taxi}} to the {{fuel pumps}}
        1032 Radio:  Golf Foxtrot Charlie, roger, traffic is a PA-28 on final runway 24
        1032 [G-SKFC lifts and crosses runway 24 at the {{Alpha}} intersection]
        1032 G-BNXT: Going around, Golf X-ray Tango, helicopter crossing the runway
        Note by {{CFI}}: solo student [[name:Inês Moreira]] took "roger" from the {{A/G}} operator as permission
        to cross. A/G cannot give clearances; she also expected fixed-wing traffic on {{runway 06}}. The PA-28
        went around from about 200 ft. [[name:Inês]] self-reported straight away. Actions: refresher for all
        students on {{Air/Ground}} vs {{AFISO}} vs {{ATC}} phraseology; hover taxi route to the pumps now avoids the
        runway. Ref [[case_reference:SKY-OR-24-038]].
    """).replace("Cranwick Radio", "[[organisation:Cranwick Radio]]")
        .replace("G-BNXT", "[[aircraft_registration:G-BNXT]]").replace("G-SKFC", "[[aircraft_registration:G-SKFC]]")
        .replace("Golf Bravo November X-ray Tango", "[[aircraft_registration:Golf Bravo November X-ray Tango]]")
        .replace("Golf X-ray Tango", "[[aircraft_registration:Golf X-ray Tango]]")
        .replace("Golf Sierra Kilo Foxtrot Charlie", "[[aircraft_registration:Golf Sierra Kilo Foxtrot Charlie]]")
        .replace("Golf Foxtrot Charlie", "[[aircraft_registration:Golf Foxtrot Charlie]]")),
    ("aviation", "incident", block("""
        From: Robin Achebe <[[email:robin.achebe@skyfieldheli.co.uk]]>
        To: Kasper Lindahl <[[email:kasper.lindahl@skyfieldheli.co.uk]]>
        Date: [[date:Mon 19 Aug 2024]] 08:05
        Subject: Saturday – self report (rest)

        Kasper,
        I want to self-report. On Saturday I flew seven {{dual sorties}} (4.9 hrs) after getting home at 01:30
        from a family wedding – [[flight_number:LM478]] landed two hours late. That left me well short of the 10 hours'
        rest in our {{Ops Manual}} {{FTL}} scheme. On the last sortie, with [[name:Kirsty Mwangi]] in
        [[aircraft_registration:G-OTHL]], I didn't notice her {{circuit}} was 300 ft low until late
        {{downwind}}. Nothing happened but it could have. I should have rung {{Ops}} and dropped the last two
        sorties. Suggest the {{rota}} gets a "travelled/landed late?" prompt at {{sign-on}}, and a clear line that
        cancelling for {{fatigue}} is never questioned.

        Robin
        {{FI(H)}}
    """).replace("Robin Achebe", "[[name:Robin Achebe]]").replace("Kasper Lindahl", "[[name:Kasper Lindahl]]")
        .replace("Kasper,", "[[name:Kasper]],").replace("Robin\n", "[[name:Robin]]\n")),
    ("aviation", "success", block("""
        Instructor handover – student [[name:Lwazi Dube]] ([[case_reference:SKY-STU-0193]])
        From [[name:Bea]] to [[name:Robin]], [[date:22/08]]
        - We practised {{governor}} failure last week; today it happened for real. Climbing out from
          {{runway 24}} in [[aircraft_registration:G-SKFA]] ({{R22}}) the {{governor}} light came on and {{rotor RPM}}
          started creeping past 104%.
        - [[name:Lwazi]] rolled the throttle off himself, kept RPM in the green, told [[organisation:Cranwick Radio]]
          he was returning and flew a normal {{circuit}} with manual throttle to a run-on landing. I only talked –
          never touched the controls.
        - {{Tech log}} entry made, aircraft with engineering.
        - He's ready for his {{first solo}} check. Next lesson {{Ex 30}}.
        - Worth sharing at {{SAG}}: the practice paid off.
    """)),
    ("aviation", "near_miss", block("""
        #ops (Slack export)
        sahra.w  16:31  {{navex}} brief for tmrw uploaded – route via the {{VRP}} at the {{reservoir}} then north
        kasper.l  16:40  @sahra.w did you check the {{AIC}}s? there's an {{RA(T)}} up there tomorrow 13:00-16:30 for the [[organisation:Pellham Air Show]] ({{Red Arrows}})
        sahra.w  16:42  oh no. I ran the {{NOTAM}} brief but it's not on my {{route list}}??
        amber.ops  16:45  it's in there but under the {{FIR}} list, not the route list. I nearly missed it on Weds too
        kasper.l  16:47  not a blame thing. reroute west, and let's add "check {{Mauve AIC}}s" to the {{brief sheet}}. @amber.ops can you do it
        amber.ops  16:48  on it 👍 also emailing [[organisation:Tollerby Heli Academy]] in case their students are routing the same way
    """).replace("sahra.w", "[[name:sahra.w]]").replace("kasper.l", "[[name:kasper.l]]")
        .replace("amber.ops", "[[name:amber.ops]]")),
    ("aviation", "incident", block("""
        TRIAL LESSON – OCCURRENCE FORM
        Customer: [[name:Gordon McAllister-Byrne]]
        DOB: [[date_of_birth:14/01/1961]] ([[age:63]])
        Voucher ref: [[case_reference:TL-58210]]
        Address: [[address:Flat 2, 9 Ropewalk, Pellham]] [[postcode:PL2 1SU]]
        Tel: [[phone:07700 900873]]
        Date: [[date:31/08/2024]]   Aircraft: [[aircraft_registration:G-OTHL]] ({{R44}})   {{FI}}: [[name:Robin Achebe]]
        What happened: during the {{hover}} demo the {{customer}} became anxious and grabbed the {{cyclic}} with both
        hands. The aircraft moved sharply left about 2 m at 4 ft; the {{FI}} overpowered the input, landed and shut
        down. No contact with the ground or obstacles. Customer apologised – said he "panicked when it wobbled".
        Contributing: {{anxiety}} not declared; {{safety brief}} on "hands off the controls" is verbal only;
        {{dual controls}} were left fitted for a later lesson.
        Action: remove dual cyclic for {{trial flights}}; written {{brief card}}. Ref [[case_reference:SKY-OR-24-034]]
    """)),
    ("aviation", "success", prose("""
        Thank-you note pinned up in the {{crew room}}: "To everyone at [[organisation:Skyfield]] – I PASSED my
        {{CPL(H)}} {{skills test}} on [[date:Friday 13th]] (lucky!) with {{examiner}} Capt [[name:Ferris]]. Huge
        thanks to [[name:Robin]] and [[name:Bea]] for the endless {{autorotation}} practice, to [[name:Dev]] and the
        [[organisation:Rotorcare]] lads for keeping [[aircraft_registration:G-SKFB]] serviceable even when I'd
        booked it three days running, to [[name:Amber]] and [[name:Sunny]] in {{ops}} for juggling my bookings
        round the weather and my shifts, and to [[name:Pat]] for the {{ground school}} on {{air law}} I swore I'd
        never understand. Starting my {{FI course}} at [[organisation:Tollerby Heli Academy]] in October. Cake
        in the crew room on Friday! – [[name:Inês]] x"
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind291", REPORTS))
