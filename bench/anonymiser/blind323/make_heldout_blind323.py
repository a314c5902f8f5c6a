"""Held-out blind corpus 323: fifty invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well the
anonymiser generalises. Three settings, all people, organisations, places and numbers invented:

* social_care (17): a youth justice service - referral orders, reparation, court reports,
  police custody and appropriate adults;
* health (17): a children's emergency department - triage, sepsis, safeguarding flags,
  paediatric registrars;
* aviation (16): an into-plane fuelling contractor at a large airport - bowsers, hydrant
  dispensers, fuel quality checks, fuel dockets.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes with
attendance and apologies, pipe-separated and aligned tables, radio transcripts, shout-outs and
thank-you notes. `[[label:value]]` marks identifiers and `{{term}}` must-not-redact mentions.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind323.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        {{appropriate adult}} call out last nite to [[organisation:eastgate custody]], yp
        [[name:kai]] ([[age:15yo]]) arrested for shop theft. i was told on the phone by the
        {{custody sgt}} he'd already been booked in + had his rights read w/o an {{AA}} present.
        also the {{FME}} saw him b4 i got there. [[name:kai]] said he didnt understand what a
        {{duty solicitor}} was so he said no. flagged to {{sgt}} on arrival (approx {{23:40}}) and
        asked for rights to be re-read under {{PACE}} {{Code C}}, which they did. intrview delayed
        til am. i think this needs raising w/ the {{custody inspector}} as its the 2nd time this
        month. ref [[case_reference:CUS/0419/23]]. tried to ring mum on [[phone:07700 900562]] no
        answer, left vm. [[name:dee]]
    """)),
    ("social_care", "near_miss", prose("""
        On the morning of [[date:14 February]] I was finalising a {{pre-sentence report}} for
        [[name:Reuben Okonkwo-Blake]] (DOB [[date_of_birth:03/11/2007]]), due before
        [[organisation:Castlemere Youth Court]] that afternoon. Before sending it to the
        {{court duty officer}} I re-read the {{offence analysis}} and noticed two paragraphs
        describing a different young person, [[name:Jayden Firth]], which had been carried over
        from a report I had used as a template. [[name:Jayden]]'s {{previous convictions}} and his
        {{CAMHS}} history were both in there. Nothing left the building. I removed the text,
        checked every section against {{AssetPlus}}, and asked a colleague to {{quality assure}}
        it before it went to {{court}}. I have asked my {{team manager}}, [[name:Faith Ndlovu]],
        whether we can stop keeping old reports in the shared {{Templates}} folder and use a blank
        {{PSR}} form instead. [[name:Marek Zieliński]], {{YJ case manager}}
    """)),
    ("social_care", "success", block("""
        {{Teams}} – [[organisation:Castlemere YJS]] (General)
        [10:12] [[name:Bernadette Hughes]]: Massive shout-out to [[name:Sunny]] from the {{reparation}} team 🙌
        [10:12] [[name:Bernadette Hughes]]: her group finished the sensory garden at [[organisation:Fernhill Primary]] yesterday. 6 lads on {{referral orders}} and nobody missed a single session
        [10:13] [[name:Tomasz W]]: amazing!! the {{head}} emailed to say thanks as well
        [10:14] [[name:Sunny]]: aw thank u 😊 credit to [[name:Lewis]] and [[name:Abdi]] who did most of the digging 😂
        [10:15] [[name:Bernadette Hughes]]: putting it in the {{YJB}} good practice return + {{Restorative Justice}} newsletter. well done all. [[name:Bernie]]
    """)),
    ("social_care", "incident", block("""
        Chronology – delay in {{appropriate adult}} attendance
        Ref: [[case_reference:YJ-23-0881]]   Date: [[date:Sat 7 Oct]]

        {{16:05}}  [[name:Aleksandra Nowak]] ([[age:14]]) arrested for {{criminal damage}}, taken to custody.
        {{16:40}}  Custody rang {{EDT}} requesting an {{AA}}. No answer, voicemail left.
        {{17:30}}  Custody rang mum, Mrs [[name:Nowak]]. She declined to attend (at work, no cover).
        {{19:50}}  {{EDT}} returned the call: no {{AA}} volunteer available, {{Saturday}} rota gap.
        {{21:10}}  I (on-call {{YJS}} manager) attended as {{AA}}.
        {{22:30}}  Interview completed, {{released under investigation}}.

        Outcome: [[name:Aleksandra]] held over six hours before interview, longer than necessary
        for a child. Action: weekend AA rota to be reviewed with {{Children's Services}}.
        Reported by [[name:Grace Adeyemi-Clarke]], {{operational manager}}
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Oliver Tremlett]] <[[email:o.tremlett@castlemere.gov.uk]]>
        To: YJS Practice Leads
        Sent: [[date:Thursday 9 November 2023]] 16:52
        Subject: near miss – {{referral order}} panel report

        Hi all,

        Quick one for the learning log. Earlier today I went to send the {{panel report}} for
        [[name:Shanice]] to our {{community panel member}} [[name:Hope Barraclough]] and
        {{Outlook}} autofilled [[email:hope.barraclough@castlemerecollege.ac.uk]] (her day job)
        instead of her secure [[email:hbarraclough.panel@castlemere.gov.uk]] account. I spotted
        the {{External}} warning banner before pressing send. Nothing went out.

        I've cleared the autocomplete entry and asked {{IT}} whether the panel template can block
        external addresses.

        Thanks,
        [[name:Ollie]]

        [[name:Oliver Tremlett]]
        {{Referral Order Coordinator}} | [[organisation:Castlemere Youth Justice Service]]
        Tel [[phone:01632 960418]]
    """)),
    ("social_care", "success", prose("""
        Learning from good practice. Following a {{referral order}} made at
        [[organisation:Castlemere Youth Court]] on [[date:2 May]], our {{victim liaison officer}},
        [[name:Mark Osei]], worked with the owner of [[organisation:Patel's Pharmacy]], whose shop
        window had been smashed. Mr [[name:Patel]] agreed to a {{restorative justice}} conference
        with [[name:Callum]] ([[age:16]]) and his {{nan}}, who is his {{kinship carer}}.
        [[name:Mark]] prepared both sides over three visits. The conference was held at the
        {{youth centre}} on [[date:20 June]]. [[name:Callum]] read out a letter of apology and
        agreed to ten hours of {{reparation}} at the {{food bank}}. Mr [[name:Patel]] has since
        offered him a {{Saturday}} job. What made the difference: [[name:Mark]]'s patience, and
        letting the victim set the pace rather than the {{panel}} timetable.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM – {{YJS}} {{reparation}}
        Name of YP: [[name:Tyler-Jay Brennan]]
        DOB: [[date_of_birth:22/08/2008]]
        Address: [[address:14 Kestrel Rise, Castlemere]] [[postcode:CM7 2HW]]
        Ref: [[case_reference:AP-55102]]
        Date of incident: [[date:16/01/24]]
        Location: {{reparation}} site (allotments)
        Staff: [[name:P. Achterberg]] ({{reparation supervisor}}), [[name:Joy]] ({{sessional worker}})

        What happened: [[name:Tyler-Jay]] cut his palm on a broken pane in the {{greenhouse}}
        while clearing pots. He was not wearing {{gloves}}. {{First aid}} given on site, then taken
        to [[organisation:Castlemere Walk-in Centre]], 3 {{steri-strips}}. The site
        {{risk assessment}} had not been updated after glass was found the week before.
        Mum informed by phone on [[phone:07700 900137]].
        Reported by: [[name:Joy]]
    """)),
    ("social_care", "near_miss", block("""
        [[date:19/03/2024]], 07:58 - [[name:Kez]]: morning all, custody just rang – they've got [[name:Darnell Asante]] listed for the ADULT court this morning??
        07:59 - [[name:Kez]]: {{PNC}} has his DOB as [[date_of_birth:04/02/2005]] but ours says [[date_of_birth:04/02/2008]], he's [[age:16]]
        08:01 - [[name:Rosa Iglesias]]: omg. I've got his {{birth certificate}} copy on file from the {{PSR}}, sending to custody now
        08:03 - [[name:Kez]]: ta. {{sgt}} says they'll amend & he'll go in the {{youth court}} list
        08:15 - [[name:Rosa Iglesias]]: confirmed, listed {{youth court}} 10am. logging as near miss [[case_reference:NM-2024-031]]
        08:16 - [[name:Gav]] ({{TM}}): good spot both 👍 pls copy in the {{police liaison officer}}
    """)),
    ("social_care", "incident", block("""
        Minutes – {{Youth Offender Panel}} review, [[organisation:Northcliffe Community Centre]]
        Date: [[date:25 April 2024]]
        Present: Rev. [[name:Alun Pryce]] ({{community panel member}}, chair), [[name:Ngozi Eze]]
        ({{community panel member}}), [[name:Liam Cartwright]] ({{YJS}} {{case manager}}),
        [[name:Ruby]] ([[age:15]]), Ms [[name:Halloran]] (mum)
        Apologies: [[name:Pat Goodall]] ({{ETE}} worker)

        1. Contract review – [[name:Ruby]] has attended 4 of 6 sessions.
        2. Incident – during the meeting [[name:Ruby]] disclosed she had been approached by an older
        male outside [[organisation:St Cuthbert's RC High]] and asked to carry cannabis. Panel paused.
        [[name:Liam]] followed {{safeguarding}} procedure; referral to {{MASH}} made same day
        ([[case_reference:MASH/24/7716]]), {{NRM}} to be considered, {{CCE}} screening tool completed.
        3. Next panel [[date:23 May]].
    """)),
    ("social_care", "success", prose("""
        Thank-you note received by the team, typed up with permission: "To [[name:Amber]] and
        everyone at [[organisation:Castlemere YJS]], when I first came on my {{referral order}} I
        thought you lot were just like the {{police}}. [[name:Amber]] never gave up on me even when
        I didnt turn up 3 times. I got my {{CSCS card}} and I start at
        [[organisation:Dunmore Construction]] on the [[date:5th of August]]. Tell
        [[name:Big Tony]] in {{reparation}} I said thanks for the bacon butties. From
        [[name:Kacper]]". {{Team manager}} comment: [[name:Amber]]'s approach (persistent,
        {{trauma-informed}}, texting reminders the night before, meeting at the {{library}}
        instead of the office) is exactly what our {{Child First}} plan asks for. Sharing at the
        next {{ETE}} meeting.
    """)),
    ("social_care", "incident", block("""
        HANDOVER – {{duty desk}} Fri pm → Mon am
        - [[name:JK]] ({{court officer}}) off sick Mon, court list covered by [[name:Siobhán]]
        - INCIDENT: [[name:Ellis Maddox-Reid]] ([[age:17]]) – {{EM}} tag NOT fitted Fri. Provider
          went to the wrong flat at [[address:88 Tanner Street]]. [[name:Ellis]] technically in
          breach of {{bail}} curfew all weekend through no fault of his own.
        - Rang the {{EMS}} provider, new visit booked Sat 9-12. Need to confirm fitted –
          ref [[case_reference:EMS-4471903]]
        - Mum's mobile [[phone:07700 900284]] (don't use landline, dad)
        - {{YOI}} visit for [[name:Dami]] moved to [[date:Weds 12th]]
        - {{ISS}} timetable for [[name:Ellis]] needs redoing once tag on
    """)),
    ("social_care", "near_miss", prose("""
        Near miss, [[organisation:Eastgate Custody Suite]], [[date:Tuesday 30 January]].
        [[name:Noah Achebe]], a [[age:12-year-old]] with a diagnosis of {{autism}} and a known
        {{speech and language}} need, was arrested after a fight at school. The {{custody record}}
        did not mention his needs, and the {{interviewing officer}}, DC [[name:Farrow]], was ready
        to start interview at {{14:00}} with only the {{appropriate adult}} present. I was the
        {{AA}} ([[name:Wren Attwood]], volunteer) and recognised [[name:Noah]] from the {{SALT}}
        sessions at the {{YJS}} office. I asked for the interview to be paused and for a
        {{Registered Intermediary}}. {{Liaison and Diversion}} attended and agreed. Interview went
        ahead the next day with visual prompts and breaks. Learning: the communication profile in
        {{AssetPlus}} is not visible to custody staff.
    """)),
    ("social_care", "success", block("""
        Reparation summary Q2 – [[organisation:Castlemere YJS]] – good practice

        Project                         | Lead                 | YP         | Hrs | Comment
        [[organisation:Oakhurst Food Bank]]              | [[name:Bill Ferreira]]  | [[name:K.D.]]       | 24  | completed, now volunteers
        towpath clean-up                | [[name:Bill Ferreira]]  | [[name:Mo]]         | 18  | {{Duke of Edinburgh}} hours too
        [[organisation:St Agnes Hospice]] shop         | [[name:Faith]]                | [[name:Leandro]]    | 12  | {{reference}} offered

        All three finished inside the {{referral order}} — first quarter with 100% completion.
        The key was [[name:Bill]] arranging lifts so nobody relied on the {{bus}}, and
        [[name:Faith]] matching placements to interests from the {{AssetPlus}} {{ETE}} section.
    """)),
    ("social_care", "incident", prose("""
        yp [[name:sami]] ([[age:15]]) turned up to {{reparation}} at the {{depot}} smelling
        strongly of cannabis & was verbally aggressive to [[name:grace]] (sessional). [[name:grace]] sent him
        home which was the right call BUT no1 rang his {{carer}} first so he wandered round town.
        carer rang {{EDT}} at 9pm saying he was missing, {{police}} log
        [[case_reference:CAS-230911-0456]]. found by a {{PCSO}} at the {{bus station}} 10ish, safe.
        lesson = send-home protocol needs a phone call to carer b4 yp leaves site. ive updated his
        {{risk mgmt plan}} + {{safety and wellbeing}} section. pls cc [[name:faisal]] ({{TM}}).
    """)),
    ("social_care", "success", block("""
        #yjs-court-team
        [[name:priya.s]]  09:41
        {{PSR}} for [[name:Ethan Lowry]] went in yday – {{District Judge}} at [[organisation:Castlemere Youth Court]] said it was one of the clearest reports she'd read
        [[name:dev.mistry]]  09:44
        nice one! was that the one where you got the {{CAMHS}} letter the night before?
        [[name:priya.s]]  09:45
        yep, Dr [[name:Okafor]] turned it round in 24h. we proposed a {{YRO}} with {{ISS}}, DJ agreed, no custody 🎉
        [[name:Rose]] ({{TM}})  09:52
        brilliant. going in the good practice folder for the {{HMIP}} inspection. thanks both
    """)),
    ("social_care", "near_miss", block("""
        Subject: NEAR MISS – {{victim contact}} letter
        From: [[name:Ifeoma Duru]]
        Date: [[date:Mon 4 March 2024]]
        To: {{Information Governance}}

        I was about to post a {{victim contact}} letter to Ms [[name:Kell]] when my colleague
        [[name:Will Tanaka]] checked it and saw that the {{mail merge}} had pulled the young
        person's address ([[address:22 Beacon View, Brackenholme]] [[postcode:BH9 4RS]]) into the
        footer instead of our office address. Ms [[name:Kell]] lives two streets away. The letter
        was not sent. The template in {{ChildView}} had been edited last week. I've reported it to
        the {{system administrator}} and we are checking every letter generated since then.

        [[name:Ifeoma]]
        {{Victim Liaison}}
    """)),
    ("social_care", "incident", prose("""
        Incident report. On [[date:11 December 2023]] I attended
        [[organisation:Milford Road Police Station]] as {{appropriate adult}} for
        [[name:Zainab Rahimi]] ([[age:aged 16]]), custody number [[case_reference:MR/11/2391]].
        [[name:Zainab]] told me she had asked twice for her {{blue inhaler}}, which was in her
        property bag. The {{detention officer}} told her she would have to wait for the {{HCP}}.
        When I arrived at about {{19:15}} she was wheezy and distressed. I raised it with the
        {{custody sergeant}}, PS [[name:Grieve]], and the {{HCP}} attended within ten minutes and
        gave {{salbutamol}} via a {{spacer}}. [[name:Zainab]] recovered. I have informed her
        {{key worker}}, [[name:Marguerite]], and the {{custody inspector}}.
        [[name:L. Oduya]], {{AA}} volunteer
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        [[age:4yo]] girl [[name:maisie]] triaged {{yellow}} at {{02:10}} w/ fever + d&v,
        {{PEWS}} 3. waited 2h15 in the {{waiting room}} as all {{cubicles}} full, no re-obs done
        bc no {{HCA}} on nights. mum came back to the desk at 04:25 saying she was floppy.
        re-triaged {{PEWS}} 7, cap refill 4s, {{sepsis 6}} started in {{resus}} by dr
        [[name:adebayo]] (reg). lactate 4.8, 2 x {{fluid bolus}}, {{ceftriaxone}} in at 04:50.
        transferred to {{PICU}} at [[organisation:St Aldhelm's]] by the retrieval team.
        [[name:maisie]] ok now per {{PICU}} but we missed the 1hr window from arrival.
        ref [[case_reference:DX-88213]]. [[name:Kirsty]] {{CN}}
    """)),
    ("health", "near_miss", prose("""
        At approximately {{21:30}} on [[date:18 September]] a [[age:2-year-old]],
        [[name:Idris Mahmood]] (hospital number [[case_reference:K4471209]]), was prescribed
        {{oral morphine}} for a {{supracondylar fracture}}. The dose on the {{EPMA}} chart was
        2 mg/kg instead of 0.2 mg/kg. Staff nurse [[name:Olamide Bankole]] and her second checker,
        [[name:Hope]], checked it against the {{BNFC}} before drawing up and queried it. The
        {{registrar}}, Dr [[name:Sven Lindqvist]], amended the prescription. No dose was given.
        [[name:Idris]]' weight was 12.6 kg. The prescribing {{SHO}} said the {{EPMA}} dose field
        had defaulted to the last unit used. Learning: the {{independent double check}} for
        {{controlled drugs}} worked as designed; {{pharmacy}} asked to review the default.
    """)),
    ("health", "success", prose("""
        ⭐ SHOUT-OUT ⭐ Huge thanks to [[name:Faith Mensah]] on {{night shift}} [[date:Sat 2nd]].
        She spotted a {{non-blanching rash}} on a [[age:9-month-old]] at {{streaming}} that mum
        thought was just heat rash, took the baby straight round to {{Resus}} and had the
        {{registrar}} there within two minutes. {{IV}} {{cefotaxime}} was in 14 minutes after
        arrival. Baby now doing well on [[organisation:Lister Ward]]. Textbook
        {{meningococcal}} recognition and a brilliant bit of {{Learning from Excellence}}.
        From [[name:Jon]] & [[name:Arjun]] (the reg!)
    """)),
    ("health", "incident", block("""
        Timeline – missed {{CP-IS}} alert
        Pt: [[name:Lacey Shaw]], [[age:7 months]], NHS [[nhs_number:485 201 7360]]
        [[date:03/10/23]]
        {{19:42}} Booked in by {{reception}}. {{CP-IS}} icon showing on {{Symphony}} (child on a
                  {{CP plan}}, [[organisation:Brackenholme Council]]).
        {{19:50}} Triage – head bump, fell off sofa per dad. Triage RN did not see the flag (not
                  displayed on triage screen).
        {{21:15}} Seen by {{ANP}}, small bruise L cheek. Discharged with {{head injury advice}}.
        {{23:05}} Night {{safeguarding}} review of attendances by [[name:Charlotte]]
                  ({{named nurse}}) found the flag + bruise in a {{non-mobile infant}}.
        {{23:30}} {{EDT}} contacted, social worker [[name:Yusuf Karaca]]; police {{welfare check}}.
        Next day: returned for {{skeletal survey}} and {{CT head}}, no new injury found.
        Outcome: {{NICE}} and local bruising protocol not followed.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Precious Nyathi]] <[[email:precious.nyathi7@nhs.net]]>
        To: Paeds ED Governance
        Subject: Near miss – wrong patient label on blood bottle

        Hi [[name:Lucy]],

        Logging this as discussed. Last night ([[date:Wed 15 Nov]]) two children with very
        similar names were in {{cubicles}} 4 and 5: [[name:Oliwia Kowalczyk]] and
        [[name:Olivia Kowalski]]. The {{HCA}} printed labels for cubicle 4 and nearly stuck one on
        cubicle 5's {{blood culture}} bottle. I noticed at the bedside because the
        {{hospital number}} on the label ([[case_reference:K5530718]]) didn't match the
        {{wristband}}. Sample redrawn, no harm. Suggest a {{name alert}} sticker for similar
        names, like {{NICU}} use.

        Thanks
        [[name:Precious]]
        {{Senior Staff Nurse}}, {{Paediatric ED}}
        [[organisation:Brindley General Hospital]]
    """)),
    ("health", "success", prose("""
        Good practice report. On [[date:6 January]] a [[age:13-year-old]] girl presented with
        {{DKA}} (pH 6.98) as a new diagnosis of {{type 1 diabetes}}. {{PEM}} registrar
        [[name:Amara Eze-Williams]] started the {{BSPED}} protocol within 20 minutes and
        personally calculated the {{fluid deficit}} with a second doctor. ED {{pharmacist}}
        [[name:Rhodri]] made up the {{insulin infusion}} at the bedside so there was no wait for
        {{pharmacy}}. Hourly {{capillary ketones}} and {{GCS}} were charted without a gap until
        handover to {{HDU}}. Mum told the ward she had never felt so looked after. Team:
        [[name:Amara]], [[name:Rhodri]], [[name:Stacey-Ann]] ({{band 6}}) and Dr [[name:Kim]]
        ({{consultant}}).
    """)),
    ("health", "incident", block("""
        {{Datix}} – INCIDENT FORM
        Incident ref: [[case_reference:W-204417]]
        Patient name: [[name:Mustafa Demir]]
        DOB: [[date_of_birth:29/06/2019]]
        NHS no: [[nhs_number:612 938 4505]]
        Address: [[address:41 Coppergate Road, Brackenholme]] [[postcode:BH4 7DT]]
        Date/time: [[date:12/02/24]] {{14:35}}
        Location: {{Paeds ED}} {{minors}}, bay 2
        Description: [[age:4 yo]] waiting for {{plaster}} for a {{buckle fracture}}. {{Trolley}}
        sides were down and dad had gone to the {{vending machine}}. [[name:Mustafa]] rolled off
        onto the floor, bumped his forehead. Seen straight away by the {{SHO}}, {{head injury}}
        obs normal for 4 hours, no {{CT}} needed. Dad upset, apology given ({{Duty of Candour}}
        not triggered – low harm).
        Reporter: [[name:Beatriz Souza]], {{HCA}}
    """)),
    ("health", "near_miss", block("""
        {{Teams}} chat – Paeds ED nights
        [[name:Grace Ogunleye]] 03:12
        anyone seen the {{IO}} drill? {{resus trolley}} 2 is missing it
        [[name:Tom H]] 03:12
        was used on the {{RTC}} kid earlier, prob not restocked
        [[name:Grace Ogunleye]] 03:14
        found the spare in the {{majors}} store. but if the [[age:8 month old]] in {{resus}} now had needed it we'd have been stuffed
        [[name:Tom H]] 03:15
        i'll {{datix}} it. whos on {{trolley checks}} tonight?
        [[name:Nkechi]] 03:20
        me, sorry 🙈 checklist was signed as done by day shift on [[date:23/05]]. doing a full check now
    """)),
    ("health", "incident", prose("""
        Incident summary. [[name:Keeley Rourke]], [[age:15]], attended at {{22:40}} on
        [[date:Friday 19 April]] after a {{paracetamol overdose}}. Her {{4-hour level}} was above
        the treatment line and {{NAC}} was prescribed. While waiting for {{CAMHS}} she left the
        department at 03:10 when the {{mental health nurse}} went on a break and the {{1:1}} had not
        been handed over. Police were notified under the {{missing person}} procedure (log
        [[case_reference:113 of 20/04]]) and found her at home at 05:00. She returned and
        treatment was restarted with her consent ({{Gillick competent}}). Learning: {{1:1}}
        observation must be handed over face to face, and a {{risk assessment}} should be done
        before starting {{NAC}}. Reporter: [[name:Sam Whitlock-Nair]], {{nurse in charge}}.
    """)),
    ("health", "success", block("""
        [[date:14/07/2024]], 18:33 - [[name:Bex]]: Just want to say how proud I am of today's team 💙
        18:34 - [[name:Bex]]: [[age:3yo]] came through the doors blue with {{anaphylaxis}} and [[name:Jaz]] had {{IM adrenaline}} in before I'd even finished the {{ABC}}
        18:35 - [[name:Ollie P]]: 2nd dose + {{nebs}} and she picked up in 10 mins. never seen {{Resus}} so calm
        18:36 - [[name:Jaz]]: team effort!! shout out to [[name:Marta]] on the phones who got the {{anaesthetist}} down in 3 mins
        18:41 - [[name:Felix Amadi]]: agreed, superb. she's gone to {{PAU}} for {{observation}}, allergy clinic referral done 👏
    """)),
    ("health", "near_miss", block("""
        NIGHT → DAY HANDOVER, {{Paeds ED}}, [[date:Sun 21 Jan]]
        Bed 3 – [[name:Archie Blundell]] [[age:6]] – {{acute asthma}}, {{salbutamol}} back-to-back → hourly.
          NEAR MISS: {{IV magnesium}} bag taken from cubicle 4's stock, labelled for another child.
          Caught at {{bedside check}} by [[name:Dyl]] before connecting. {{Datix}} done.
        Bed 5 – [[name:Zofia]] [[age:14m]] – {{bronchiolitis}}, on {{HFNC}}, waiting {{HDU}} bed.
        Bed 7 – {{safeguarding}} – [[name:Tyrese]] [[age:10]], {{SW}} [[name:Pamela Hurst]] coming
          at 10am, [[phone:0113 496 0827]]. Do NOT discharge before she's seen him.
        Staffing: 1 x {{RN}} short, {{bank}} requested.
    """)),
    ("health", "incident", block("""
        Triage breaches – night of [[date:27/02/24]] (for {{CD}} review)

        Pt ref     | Age  | Arrival | Triaged | Delay | Notes
        [[case_reference:K6620031]]   | [[age:2y]]   | 00:14   | 01:32   | 78m   | febrile, {{PEWS}} 4
        [[case_reference:K6620045]]   | [[age:9m]]   | 00:40   | 01:40   | 60m   | {{croup}}, {{stridor}} at rest
        [[case_reference:K6620102]]   | [[age:12y]]  | 01:05   | 02:30   | 85m   | abdo pain → {{appendicitis}}

        Only one triage nurse ([[name:Mwajuma]]) from midnight as the second RN
        ([[name:C. Bright]]) was redeployed to {{adult ED}}. Escalated to the {{site manager}} at
        01:00, no response. Target is 15 mins to {{triage}} per {{RCEM}}.
    """)),
    ("health", "success", block("""
        Minutes – {{Paeds ED}} {{M&M}} / learning meeting, [[date:8 March 2024]]
        Attendees: Dr [[name:Priyanka Iyer]] ({{consultant}}, chair), [[name:Kojo Asamoah]]
        ({{PEM}} registrar), [[name:Leanne]] ({{practice educator}}), [[name:Joy Baptiste]]
        ({{safeguarding nurse}})
        Apologies: Dr [[name:Hale]], [[name:Reuben]]

        1. Good catch – [[name:Kojo]] presented an [[age:11-month-old]] with intermittent
           screaming and pallor; {{POCUS}} at the bedside showed {{intussusception}} and
           {{surgeons}} were called before the formal {{ultrasound}}. Reduced with
           {{air enema}}, home in 48h.
        2. [[name:Joy Baptiste]] – {{CP-IS}} flags now visible on the triage screen since
           [[date:1 March]]. Thanks to {{IT}}.
        3. Actions: {{POCUS}} teaching to be added to registrar induction ([[name:Leanne]]).
    """)),
    ("health", "incident", block("""
        Subject: Incident – aggression in {{waiting room}}, [[date:Sat 10 Feb]]
        To: [[name:Margaret Osei-Bonsu]] ({{Matron}})

        Dear [[name:Margaret]],

        At about 20:15 the father of a patient became angry about the wait and pushed {{HCA}}
        [[name:Deepa Raval]] against the {{streaming}} desk. {{Security}} attended and police
        were called ({{CAD}} [[case_reference:4412-10022024]]). [[name:Deepa]] was shaken but not
        injured and went home early. The child ([[age:3]]) was seen and treated by the
        {{registrar}}; a {{safeguarding referral}} was made as he witnessed the incident. We
        would like the {{zero tolerance}} letter sent and a {{flag}} added to the record.

        Kind regards,
        Sister [[name:Aoife Mulcahy]]
        {{Nurse in Charge}}, Children's ED
    """)),
    ("health", "near_miss", prose("""
        {{F2}} was about to d/c a [[age:6wk]] baby, [[name:ayaan]], w/ temp 38.2 bc obs settled
        after {{calpol}}. {{NICE}} {{traffic light}} = red for under 3 months with fever, needs a
        {{full septic screen}}. caught by [[name:paddy]] (reg) at the {{board round}}. {{LP}} +
        bloods + {{cefotaxime}} + {{amoxicillin}} started. cultures neg at 48h so no harm but
        cd've been v different. {{GP}} letter from [[organisation:Haddon Lane Surgery]] said
        'prob viral' which i think anchored everyone. suggest a poster in the {{doctors office}}
        re fever under 3 months. -[[name:mel]]
    """)),
    ("health", "success", prose("""
        {{Learning from Excellence}} nomination for [[name:Rosie Albrighton]], {{play specialist}}.
        On [[date:Thursday 23 May]] [[name:Harvey]] ([[age:4]]) needed a {{laceration}} on his
        forehead glued and was far too distressed to keep still. Rather than go straight to
        {{intranasal}} {{ketamine}}, [[name:Rosie]] spent fifteen minutes with bubbles and a
        tablet, then talked him through the whole thing while the {{ENP}} closed the wound. No
        {{sedation}}, no {{restraint}}, and [[name:Harvey]] left with a sticker. She also kept
        [[name:Harvey]]'s big sister calm in the {{relatives room}}. Nominated by Dr
        [[name:Ifeanyi Obi]], {{ST6}}.
    """)),
    ("health", "incident", block("""
        SAFEGUARDING INCIDENT – discharge to adult without {{parental responsibility}}
        Child: [[name:Leo Marchetti]]   DOB [[date_of_birth:17.09.2016]]   Age [[age:7]]
        NHS: [[nhs_number:731 560 2895]]
        Social worker: [[name:Nadia Haddad]], [[organisation:Brackenholme Children's Services]], [[phone:01632 960771]]

        Summary: [[name:Leo]] attended after a fall at [[organisation:Greystones Junior School]].
        He is {{looked after}} ({{section 20}}) and the {{alert}} on the record said only his
        {{foster carer}}, [[name:Dawn]], could collect him. At 17:20 he was discharged to his
        uncle, Mr [[name:Marchetti]], as the alert was not checked. {{EDT}} and {{police}} were
        informed and [[name:Leo]] was returned safely to [[name:Dawn]] at 19:00.
        Reported by [[name:Tiago]], {{Band 5}}
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        {{hydrant coupler}} not fully seated on the pit at {{stand}} 214, when op pressed the
        {{deadman}} it sprayed. approx 40L {{jet a1}} under R wing of
        [[aircraft_registration:G-LVRN]] ({{A321neo}}), flt [[flight_number:AUR1184]].
        [[name:dariusz]] hit the {{ESB}} straight away, good lad. {{AFS}} attended, {{spill kit}}
        + absorbent, {{ramp}} area closed 40 min. no pax on board yet thank god. op was
        [[name:kieran mcb]], 6 wks in, only signed off on {{dispenser}}
        [[vehicle_registration:YN17 KPF]] last month. coupler {{lift}} indicator looks worn so
        {{dispenser}} taken {{OOS}}. {{MOR}} raised by duty mgr. [[name:j.o'neill]] shift lead
    """)),
    ("aviation", "near_miss", prose("""
        During pre-fuelling checks on {{refueller}} [[vehicle_registration:AE68 TRZ]] at
        {{05:20}} on [[date:12 August]], operator [[name:Bogdan Ilie]] carried out a
        {{water detector}} test on a sample from the {{filter sump}} and the capsule changed
        colour. He was about to connect to [[aircraft_registration:EI-HDQ]], a
        {{Boeing 737-800}} operating [[flight_number:SRX2207]]. He stopped, flushed the sump and
        retested twice with the same result. The vehicle was quarantined and reported to the
        {{fuel quality}} supervisor, [[name:Anneliese Vogt]]. Free water was found in the tank,
        traced to rain entering through a damaged {{dome cover}} seal overnight. No fuel was
        delivered to the aircraft; a replacement {{refueller}} was used and the flight left on
        time. Learning: dome seals added to the daily {{JIG}} vehicle checklist.
    """)),
    ("aviation", "success", prose("""
        📣 SHIFT SHOUT-OUT – [[organisation:Fenwick Into-Plane Services]] nights. Big thanks to
        [[name:Pat O'Driscoll]] on the {{A350}} last night. While fuelling
        [[aircraft_registration:G-XWBK]] for [[flight_number:AUR 17]] he noticed fuel dripping
        from the {{surge tank vent}} on the left wing, stopped the {{uplift}} and called the
        {{licensed engineer}} rather than carrying on. A {{refuel valve}} was sticking and was
        fixed before departure. Could easily have been a big spill on {{stand}} with
        {{passengers}} boarding. Nice one [[name:Pat]]! – [[name:Marcus]], {{Duty Manager}}
    """)),
    ("aviation", "incident", block("""
        Transcript – {{Ramp Control}} channel 2, [[date:03/11/23]], 14:02 local
        FUEL 21: Ramp, Fuel two-one, request cross {{taxilane}} Bravo to stand 31.
        RAMP:    Fuel two-one, hold position, {{A320}} pushing from stand 29.
        FUEL 21: Holding.
        [14:03 – vehicle observed crossing {{taxilane}} Bravo]
        RAMP:    Fuel two-one, STOP STOP, you were instructed to hold!
        FUEL 21: Stopped, sorry, I heard cross.

        Driver: [[name:Yiannis Christodoulou]]; vehicle [[vehicle_registration:FX19 BHU]]
        ({{hydrant dispenser}}). {{Tug}} driver on [[aircraft_registration:G-OJTM]] halted the
        {{pushback}}; no contact, est. 30 m separation. Driver's {{ADP}} suspended pending
        retraining. {{MOR}} submitted, ref [[case_reference:MOR-23-1187]].
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Chidi Nwachukwu]]
        To: [[email:qhse@fenwickips.co.uk]]
        Date: [[date:22 July 2023]]
        Subject: Near miss – wrong grade ordered, {{Piper Seneca}} [[aircraft_registration:G-BVKT]]

        The handling agent, [[organisation:Skyport Handling]], sent a {{fuel order}} for 300 litres
        of {{Jet A-1}} for this {{piston twin}}. Operator [[name:Agata]] arrived with a
        {{Jet A-1}} {{refueller}} but saw the {{AVGAS 100LL}} decal by the filler cap and stopped.
        Grade confirmed with Captain [[name:Halvorsen]] at the {{FBO}} and {{Avgas}} delivered by
        our small {{bowser}}. If [[name:Agata]] had not checked the decal the engines could have
        failed after take-off. Raised with the agent; {{misfuelling}} briefing to all staff.

        [[name:Chidi Nwachukwu]], {{QHSE Manager}}
        Tel [[phone:020 7946 0633]]
    """)),
    ("aviation", "success", prose("""
        Good catch by the {{fuel quality}} team. Reviewing the weekly {{differential pressure}}
        log for {{hydrant dispenser}} [[vehicle_registration:KM20 ZPL]],
        [[name:Lakshmi Narayanan]] noticed the corrected DP across the
        {{filter water separator}} had climbed from 0.3 to 0.9 bar in five days - still under the
        limit but well off trend. She took the unit out of service on
        [[date:Wednesday 17 January]] and the {{elements}} showed {{surfactant}} contamination.
        The {{hydrant operator}} at [[organisation:Aldermoor Airport]] was informed and two other
        dispensers were checked. No off-spec fuel reached an aircraft. [[name:Lakshmi]]'s trend
        graph is now part of the monthly {{JIG}} audit pack.
    """)),
    ("aviation", "incident", block("""
        FUEL DELIVERY DISCREPANCY REPORT
        Docket no: [[case_reference:FD 0048817]]
        Date: [[date:28/06/2024]]    Stand: 42
        Flight: [[flight_number:BWG441]]    A/C reg: [[aircraft_registration:LY-BWF]]    Type: {{A220-300}}
        Operator: [[name:Ronan Fitzgerald]]    Vehicle: [[vehicle_registration:LR66 HWE]]
        Requested: 6,400 kg    Metered: 6,400 L    Density: 0.802

        What happened: the {{fuel order}} was in kg but the operator set the {{preset}} in litres,
        so the aircraft got about 1,270 kg less than requested. The {{first officer}} spotted it on
        the {{FQI}} during the {{fuel check}}. Extra uplift made; [[flight_number:BWG441]] delayed
        24 mins. Docket reissued as [[case_reference:FD 0048821]].
        Root cause: new {{handheld}} defaults to litres.
    """)),
    ("aviation", "near_miss", block("""
        [[date:02/09/2023]], 06:41 - [[name:Stevie B]]: lads just watched a new starter on stand 8 start {{overwing}} on the {{ATR}} without the {{bonding lead}} on 😬
        06:42 - [[name:Haroon]]: 😳 who?
        06:42 - [[name:Stevie B]]: not naming on here. stopped him, clipped it on, he was fine about it
        06:44 - [[name:Mags]]: thats a near miss mate, pls do a report. {{static}} + {{Jet A-1}} vapour…
        06:45 - [[name:Stevie B]]: doing it now. reg was [[aircraft_registration:G-ISLP]]
        06:50 - [[name:Haroon]]: ill do a {{toolbox talk}} at the 1400 brief on bonding before the {{nozzle}}
    """)),
    ("aviation", "incident", block("""
        CHRONOLOGY – hydrant pit leak, stand 507, [[date:Tue 14 May 2024]]
        Ref [[case_reference:FIPS-INC-2024-0193]]
        {{13:48}}  {{Hydrant dispenser}} [[vehicle_registration:BN21 OXC]] connected to pit for
                   [[flight_number:TVX904]] ({{B787-9}}, [[aircraft_registration:C-GKRT]]).
        {{13:55}}  Operator [[name:Efua Boateng]] noticed fuel weeping from the {{pit valve}}
                   body after disconnect.
        {{13:56}}  {{Emergency stop}} pressed; {{hydrant operator}} control room called.
        {{14:02}}  {{AFS}} on scene, approx 15 litres, no {{foam}} needed.
        {{14:30}}  Pit isolated by hydrant engineer, stand closed.
        {{16:10}}  Stand reopened after {{pit valve}} replaced.
        Cause: worn {{O-ring}}.
        Reported: [[name:Efua Boateng]], {{Lead Operator}}
    """)),
    ("aviation", "success", block("""
        Fleet fuel quality checks – {{April}} summary

        Vehicle      Type          Daily drains   Missed   Checked by
        [[vehicle_registration:YN17 KPF]]     {{dispenser}}     30/30          0        [[name:R. Achebe]]
        [[vehicle_registration:AE68 TRZ]]     {{refueller}}     30/30          0        [[name:Wiktoria]]
        [[vehicle_registration:LR66 HWE]]     {{refueller}}     30/30          0        [[name:JPM]]

        100% {{daily drain}} and {{water detector}} compliance for the first time since the
        contract started. Thanks to [[name:Wiktoria]] who built the tablet checklist that won't
        close until the {{sump}} result is entered.
    """)),
    ("aviation", "near_miss", block("""
        SHIFT HANDOVER – days → nights, [[date:Fri 19/01]]
        - {{Refueller}} [[vehicle_registration:AE68 TRZ]] {{OOS}}, {{deadman}} intermittent, with workshop.
        - NEAR MISS 15:20: [[name:Kwame]] started a pressure refuel on [[aircraft_registration:D-AXNP]]
          ({{A321}}, [[flight_number:BWG 2306]]) with {{PRM}} passengers boarding and the crew not
          told. {{Dispatcher}} [[name:Inês]] stopped it until the {{cabin crew}} were at the doors
          and {{AFS}} informed. Report done, [[name:Kwame]] briefed.
        - Pit lid on stand 12 sticking, reported to {{Airport Ops}}.
        - [[name:Big Lou]] on the late, covering the {{Avgas}} bowser.
    """)),
    ("aviation", "incident", block("""
        INCIDENT REVIEW MEETING – [[organisation:Fenwick Into-Plane Services]]
        Date: [[date:7 February 2024]]
        Attendees: [[name:Marcus Delaney]] ({{Duty Manager}}), [[name:Sinéad Kearney]] ({{QHSE}}),
        [[name:Oluwaseun Adeyinka]] ({{Training Lead}}), [[name:Gerry]] ({{union rep}})
        Apologies: [[name:Ash Kaur]] ({{Fleet Engineer}})

        Incident: on [[date:2 Feb]] refueller [[vehicle_registration:WP15 LKD]] reversed into a
        {{GPU}} on stand 44 while positioning for [[flight_number:AUR 3320]]; no {{banksman}}
        used. Minor damage to the {{GPU}} cable; aircraft [[aircraft_registration:G-LVRP]] not
        touched.
        Actions:
        1. Reversing on stand only with a {{banksman}} – [[name:Oluwaseun]].
        2. {{Reversing cameras}} on the remaining four refuellers – [[name:Ash]].
        3. Internal ref [[case_reference:FIPS-INC-2024-0041]]; {{MOR}} not required.
    """)),
    ("aviation", "success", block("""
        From: [[name:Henrik Solberg]] <[[email:h.solberg@balticawings.eu]]>
        Subject: Thank you – [[flight_number:BWG 715]] fuel

        Dear [[name:Marcus]] and team,

        Last night [[flight_number:BWG 715]] ([[aircraft_registration:LY-BWK]]) was re-planned at
        short notice for weather at destination and needed an extra 2,100 kg. Your operator
        [[name:Mohammed Saleh]] ([[name:Mo]]) had the {{bowser}} back at the aircraft in nine
        minutes, got the {{fuel docket}} right first time and talked our {{first officer}}
        through the {{density}} figure. We made our {{slot}}. Please pass on our thanks.

        Best regards
        Capt. [[name:Henrik Solberg]]
        {{Base Captain}}, [[organisation:Baltica Wings]]
    """)),
    ("aviation", "near_miss", block("""
        #fips-ops
        [[name:tariq.h]]  11:02
        morning. near miss at the {{loading rack}} 05:30 – tank 3 still under {{quarantine}} (no {{CoA}} / release note) but the rack valve wasn't locked off. [[name:jules]] started filling [[vehicle_registration:FX19 BHU]] before I saw the tag. stopped at ~800L
        [[name:sinead.k]]  11:05
        ok thanks. quarantine the vehicle too pls, nothing to aircraft. {{depot}} to drain back
        [[name:jules]]  11:06
        sorry all, tag was on the other side of the valve 😞
        [[name:sinead.k]]  11:08
        not a blame thing – {{lock-off}} is the fix. raising [[case_reference:NM-0772]]
    """)),
    ("aviation", "incident", prose("""
        On [[date:Sunday 25 February]] at about {{07:10}}, operator [[name:Maciej Wróbel]] was
        coming down from the {{elevating platform}} on {{hydrant dispenser}}
        [[vehicle_registration:KM20 ZPL]] after fuelling [[aircraft_registration:G-ZTKA]]
        ({{A320neo}}) for [[flight_number:SRX118]] on stand 19. The platform deck was iced and he
        slipped, catching his knee on the {{handrail}}. He reported it to his {{shift lead}},
        [[name:Rosemary Tuck]], and was seen by the airport {{first aid}} team; no fracture, two
        shifts lost, so not {{RIDDOR}} reportable. The {{grit bin}} by the stand was empty.
        Actions: {{anti-slip}} treads fitted to all platforms and {{winter checklist}} updated to
        include platform decks. [[name:Rosemary]]
    """)),
    ("aviation", "success", prose("""
        quick 1 for the good news board – [[name:nell]] on the {{a350}} last nite spotted the
        {{fuel docket}} printer still had yesterday's {{density}} (0.775 not 0.795). she
        cross-checked with the {{depot}} {{release certificate}} b4 signing and the crew copy was
        corrected. tiny thing but the {{loadsheet}} would of been out by ~2t on a 90t
        {{uplift}}. flight [[flight_number:AUR 31]], [[aircraft_registration:G-XWBM]]. top work
        [[name:nell]]!! – [[name:gaz]] (sup)
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind323", REPORTS))
