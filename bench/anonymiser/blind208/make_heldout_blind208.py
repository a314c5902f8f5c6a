"""Held-out blind corpus 208: UK incident, near-miss and learning-from-excellence reports.

Fifty reports written blind (without sight of the de-identifier or of any other corpus), as
front-line practitioners type them into a confidential reporting system, in three settings:

- social_care (17): a youth justice service - YOT/YJS officers, referral order panels, youth
  court, bail and remand, police custody and appropriate adults, victim and restorative work.
- health (17): community midwifery - home births, antenatal booking, postnatal visits, the
  maternity triage line and the safeguarding midwife.
- aviation (16): a helicopter emergency medical service (HEMS) - pilots, HEMS technical crew
  and paramedics, doctors, the dispatch desk, landing sites and night vision goggles.

Each domain mixes incidents, near misses and successes. Styles are deliberately mixed: rushed
lower-case notes with typos and txt-speak, formal narratives, timed chronologies, forms with
Name/DOB/Ref/Address fields, e-mails with headers and signatures, Teams/WhatsApp/Slack exports
with handles, handover notes, minutes with attendance and apologies, pipe-separated tables, RT
transcripts, shout-outs and thank-you notes.

Every person, organisation, place and number is invented. Identifiers are marked
[[label:value]]; must-not-redact mentions (roles, national bodies and frameworks, clinical and
aviation terms, drugs, generic times, place types, look-alike acronyms) are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind208.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        quick one b4 i forget. HV today for [[name:kyle]] ([[case_reference:YJ24-0417]]) at
        [[address:14 Fenwick Close]] - thats the {{bail address}} on the court list but {{mum}}
        says he hasnt lived there since [[date:sat 2nd]], hes been at his nans in
        [[postcode:BF4 7NW]]. so the {{curfew}} 7pm-7am is at the wrong addy and the {{EM}} box
        is sat in an empty bedroom lol. not his fault tbh. rang {{police custody}} + left vm for
        dc [[name:amadi]]. need a {{bail variation}} asap b4 {{PNC}} flags him as in breach.
        have told {{duty officer}} ([[name:sunny]]) and put a note on the {{YOT}} system.
    """)),
    ("social_care", "near_miss", prose("""
        At the {{referral order}} {{panel meeting}} on [[date:14 March]] at
        [[organisation:Holmbridge Community Centre]], the draft {{contract}} for
        [[name:Tomasz Wiśniewski]] ([[age:15]]) was printed from the case file. Before the
        meeting started the {{restorative justice}} worker, [[name:Bronwen]], noticed that page 3
        still carried the {{victim}}'s mobile number ([[phone:07700 900318]]) and her street,
        [[address:Larch Avenue, Holmbridge]], pulled through from the {{victim contact}} form.
        The page was removed before copies went to [[name:Tomasz]] and his {{mum}}. No
        disclosure occurred. {{Panel members}} Mr [[name:Clive Ashdown]] and [[name:Nasrin]]
        were briefed. Cause: the template merges the 'other party' field by default and nobody
        checks the print preview. Raised with the {{AssetPlus}} systems lead; interim rule is a
        two-person check of anything printed for a panel.
    """)),
    ("social_care", "success", block("""
        [{{Teams}} - #yjs-general]
        [[name:Marcia Bell-Okafor]]  16:42
        Big shout out to [[name:Hope]] and [[name:Dev]] 🙌 for today at [[organisation:Wrenfield Youth Court]].
        [[name:JB]] was remanded last time & everyone expected the same, but [[name:Hope]] had a full
        {{bail support}} package ready by 10am - {{ISS}} hours, an {{ETE}} place at
        [[organisation:Orchard Vale PRU]], and a {{remand}} alternative the {{District Judge}}
        actually accepted. [[name:Dev]] sat with {{nan}} in the {{cells}} corridor for 2 hrs.
        Bailed to [[date:2 May]]. This is what {{Child First}} looks like ❤️
        [[name:Dev Raghunathan]]  16:45
        tbf it was all [[name:Hope]] 😂 thanks [[name:Marcia]]
    """)),
    ("social_care", "incident", block("""
        Chronology - {{appropriate adult}} delay, [[organisation:Millgate Police Station]]
        Date: [[date:Sun 9 June]]
        YP: [[name:Reece Hollins]]  DOB [[date_of_birth:03/11/2008]]  Ref [[case_reference:YJS-8821]]
        {{21:10}} custody ring {{EDT}}, need {{AA}} for [[name:Reece]] ([[age:15]]), arrested on suspicion of {{GBH}}
        21:40 EDT page {{AA rota}} - [[name:Pat]] not answering
        22:55 still no AA. {{custody sergeant}} PS [[name:Lowther]] holds {{PACE}} interview
        23:30 [[name:Reece]] found with ligature (hoodie cord) in cell, removed by {{DDO}}, seen by {{HCP}}
        00:15 AA ([[name:Grzegorz Nowak]]) arrives, interview postponed to am
        Learning: AA rota still had [[name:Pat]]'s old number [[phone:07700 900552]]; rota
        updated [[date:10/06]]. Hoodie cords to be removed at booking-in for all {{under 18s}}.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Ayesha Rahman]] <[[email:ayesha.rahman@brackenford.gov.uk]]>
        To: {{YJS}} Managers
        Sent: [[date:Thursday 21 March 2024]] 09:12
        Subject: near miss - {{MAPPA}} minutes sent to wrong school

        Hi all,
        Yesterday I emailed the {{MAPPA}} level 2 minutes for [[name:Liam O'Driscoll]]
        ([[case_reference:YJ23-1190]]) to the {{DSL}} at [[organisation:St Wilfrid's Catholic High]]
        instead of [[organisation:St Winifred's Academy]] - autocomplete picked the wrong one.
        The {{DSL}} there (Mrs [[name:Hargreaves]]) phoned straight away, deleted it and confirmed in
        writing. Logged with {{IG}} as a {{data breach}} near miss ([[case_reference:IG-2024-077]]).
        No onward sharing. I've turned autocomplete off and asked {{IT}} about a {{secure email}}
        prompt for external domains.

        Thanks
        [[name:Ayesha]]
        --
        [[name:Ayesha Rahman]] | {{YJ Case Manager}} | [[organisation:Brackenford Youth Justice Service]]
        T: [[phone:01632 960417]]
    """)),
    ("social_care", "success", block("""
        REFERRAL ORDER PANEL - FINAL REVIEW
        Date: [[date:18/04/2024]]   Venue: [[organisation:Eastgate Library]], meeting room 2
        Present: [[name:Faith Adebayo]] ({{community panel member}}), [[name:Rob Kettering]]
        ({{community panel member}}), [[name:Joy]] ({{YOT officer}}), [[name:Kacper]] (young person),
        Ms [[name:Dziedzic]] ({{mum}})
        Apologies: [[name:Grace Mbeki]] ({{victim liaison}})
        1. Contract complete - 12 hrs {{reparation}} at [[organisation:Tannery Lane Food Bank]],
           6 sessions {{victim awareness}}, attended every {{ETE}} review.
        2. [[name:Kacper]] read out his {{letter of apology}}; victim accepted it via
           {{indirect RJ}} and asked [[name:Joy]] to pass on "good luck".
        3. Panel agreed order complete. Conviction now {{spent}} under the {{ROA 1974}}.
        Actions: [[name:Joy]] to close case; [[name:Faith Adebayo]] to write to the food bank.
    """)),
    ("social_care", "incident", block("""
        [[date:06/02/2024]], 19:47 - [[name:Callum Fraser]]: car got done outside [[organisation:Kingsway Leisure Centre]] 😩 window smashed
        [[date:06/02/2024]], 19:48 - [[name:Callum Fraser]]: work bag gone. {{PSR}} draft for [[name:Mehmet Yıldız]] was in it + my notebook
        [[date:06/02/2024]], 19:50 - [[name:Rhiannon]] ({{TM}}): ok are u safe? report to {{police}} first, get a {{crime ref}} then ring the {{IG}} line in the morning, its a {{data breach}} either way
        [[date:06/02/2024]], 20:31 - [[name:Callum Fraser]]: crime ref [[case_reference:WV/4471/24]]. reg of my car is [[vehicle_registration:YF19 KWD]] if they need it
        [[date:06/02/2024]], 20:33 - [[name:Rhiannon]] ({{TM}}): thanks. not ur fault but we need to talk re paper files in cars. I'll do the {{IR1}} tmrw + tell the {{Caldicott Guardian}}
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - {{duty desk}} Fri pm to {{OOH}} / Mon am
        1) [[name:Ibrahim Sesay]] [[case_reference:YJ24-0233]] - {{YRO}} breach hearing. We had it as
        [[date:Tues 16th]], listing office at [[organisation:Wrenfield Youth Court]] rang 15:30 to say it's
        [[date:Mon 15th]] 09:30. Diary wrong since {{transfer in}} from [[organisation:Redmarsh YOT]].
        I've rung {{mum}} and texted [[name:Ibrahim]] on [[phone:07700 900629]] - no reply yet. PLEASE
        try again Sun eve. If he doesn't attend a {{warrant}} is likely & he's only just settled at college.
        2) [[name:rose]] ({{admin}}) has corrected the diary + the {{court list}} spreadsheet, but pls check
        anyone else transferred the same week.
        3) [[name:Keisha]] - {{curfew}} check fine, nothing to hand over.
        Near miss logged, ref [[case_reference:NM-0388]].
        Ta, [[name:Gav]]
    """)),
    ("social_care", "success", block("""
        COMPLIMENTS & THANKS LOG - {{Victim Service}} - Q1
        Date  | From                               | Staff              | Note
        [[date:04/01]] | Mr [[name:Jaswinder Gill]] ({{victim}})    | [[name:Amber]]              | help writing {{victim personal statement}}; felt "listened to for the first time"
        [[date:22/01]] | [[name:Ngozi]] ({{foster carer}})         | [[name:Pat Doherty]]        | [[name:Pat]] drove [[name:Lewis]] to a {{YOI}} visit in the snow
        [[date:13/02]] | {{DSL}}, [[organisation:Kirkby Moor High School]] | [[name:Amber]] & [[name:Yusuf]] | joint {{RJ}} conference in school, no further {{exclusion}}
        [[date:27/03]] | {{Police}} ({{SNT}})                  | [[name:Yusuf]]              | info on a {{county lines}} {{cuckooing}} address led to a safeguarding visit
    """)),
    ("social_care", "incident", prose("""
        Following remand to {{Youth Detention Accommodation}} at
        [[organisation:Wrenfield Youth Court]] on [[date:11 July]],
        [[name:Declan Murphy-Reid]] ([[age:17]]) waited in the court {{cells}} for over six hours
        for the {{escort}} vehicle. The {{YCS}} {{placement team}} had identified a bed at
        [[organisation:Ravensdale STC]] by 14:00, but the {{PECS}} van (reg
        [[vehicle_registration:WK68 HZP]]) was diverted to another court. During the wait
        [[name:Declan]] disclosed {{suicidal ideation}} to YOT officer [[name:Will Okoro]], who
        completed the {{Post Court Report}} flagging self-harm risk and phoned it through to the
        STC {{healthcare}} team. [[name:Declan]] arrived at 23:40 and was not seen by healthcare
        until the next morning; the report had not been passed on at the gate. [[name:Will]] has
        raised this with the YCS and our {{Head of Service}}. Learning review ref
        [[case_reference:LR-24-019]].
    """)),
    ("social_care", "near_miss", block("""
        #yjs-duty  ({{Slack}} export)
        @[[name:priya.n]]  10:02  anyone know if [[name:Zane]] is still on a {{tag}}? custody rang, he's been {{RUI}}'d and they want to bail him to [[address:Flat 6, Marlowe House, Quay St]]
        @[[name:tfaulkner]]  10:05  NO - that's the block where the {{victim}} lives, it's in his {{exclusion zone}} 😬
        @[[name:priya.n]]  10:06  omg ok. ringing {{custody}} back now
        @[[name:priya.n]]  10:19  sorted, PS [[name:Achterberg]] changed it to {{nan}}'s in [[postcode:WF9 2LJ]]. if [[name:tfaulkner]] hadn't been online...
        @[[name:joy.mensah]]  10:21  good catch both. can someone add the exclusion zone to the {{alerts}} tab? it wasn't showing on the {{front sheet}}
    """)),
    ("social_care", "success", prose("""
        Positive practice. [[name:Oluwaseun Adeyemi-Cole]] (known as [[name:Shaun]],
        [[age:14]]) has a {{DLD}} that was picked up by our {{SALT}}, [[name:Ffion]], during
        {{AssetPlus}} screening. Before his plea hearing on [[date:29 January]] [[name:Ffion]] wrote
        a one-page {{communication passport}} and the {{Youth Court}} agreed to a
        {{ground rules hearing}} and an {{intermediary}}. The {{legal adviser}} rephrased the
        charges in short sentences and [[name:Shaun]] told us afterwards it was "the first time
        court made sense". His solicitor, Ms [[name:Aurelia Costa]] of
        [[organisation:Penhallow & Price Solicitors]], has asked to use the passport template for
        other clients. Shared at team meeting; [[name:Ffion]] is running a 20-minute session for
        {{magistrates}} in {{May}}.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - assault on staff
        Name of YP: [[name:Kai Brennan-Walsh]]
        DOB: [[date_of_birth:17/05/2007]]      Age: [[age:16]]
        Ref: [[case_reference:YJ22-0761]]       NI No: [[ni_number:JT 48 21 67 C]]
        Address: [[address:27 Sorrel Way, Thornby Vale]], [[postcode:TV3 8DS]]
        Date/time: [[date:Wed 8 May]], approx 14:20
        Location: interview room 2, [[organisation:Brackenford YJS]] {{reporting centre}}
        Staff involved: [[name:Mark]] ({{YJ officer}}), [[name:Dariusz]] ({{ETE worker}})
        Description: [[name:Kai]] became agitated when told his {{YRO}} {{supervision}} would increase
        after a {{final warning}} letter. Threw a chair which struck [[name:Mark]]'s shoulder.
        {{Panic alarm}} used; police not called at [[name:Mark]]'s request. [[name:Kai]] left and
        later rang to apologise.
        Injury: bruising, {{first aid}} given. Not {{RIDDOR}} reportable.
        Actions: {{risk of serious harm}} review, two-worker visits for 4 wks.
    """)),
    ("social_care", "near_miss", prose("""
        soz typing on phone. {{reparation}} sesh at
        [[organisation:brook lane allotments]] 2day, [[name:mo]] (vol) turned up but his {{DBS}}
        hasnt come thru yet, only saw it on the {{volunteer tracker}} when i checked at 10. was
        gna leave him w/ [[name:tanisha]] ([[age:15yo]]) + [[name:conor]] while i did the tools
        run. didnt, took them all with me in the {{pool car}}. no harm done but cd easily have
        been a {{lone working}} + {{safeguarding}} issue. pls can whoever does rotas
        ({{ops manager}}?) check the {{DBS}} column + the {{risk assessment}} b4 allocating vols to groups. [[name:lj]]
    """)),
    ("social_care", "success", block("""
        Transcribed thank-you card left at {{reception}} for [[name:Grace]] and [[name:Siobhán Ní Bhriain]]:

        "Dear [[name:Grace]] and [[name:Siobhán]], thank you for not giving up on our [[name:Kieran]]
        when everyone else did. When he got arrested in {{October}} I thought that was it. Now he's
        finished his {{referral order}}, got his {{CSCS card}} and starts at
        [[organisation:Halden Brickworks]] on [[date:Monday 3rd]]. You came to every {{court}} date
        and even the {{CAMHS}} appointment. Love from [[name:Lorraine]], [[name:Kieran]] &
        [[name:Bethany]] xx"

        {{Manager}} note: please add to {{supervision}} records and the {{HMIP}} evidence folder.
    """)),
    ("social_care", "incident", block("""
        LEARNING MEETING - missing episode
        Date: [[date:12 Feb 2024]]   Chair: [[name:Helen Stott-Araújo]] ({{Head of Service}})
        Attendance: [[name:Bill Tennant]] ({{YJ officer}}), [[name:Maryam]] ({{MASH}} {{social worker}}),
        DS [[name:Okafor]] ({{Missing Person Coordinator}}), [[name:Cerys]] ({{school nurse}},
        [[organisation:Highfield Moor Academy]])
        Apologies: Dr [[name:Linus Ebbesen]] ({{CAMHS}})
        Summary: [[name:Jayden]] ([[age:14]], [[case_reference:YJ24-0102]]) missing from home
        [[date:5 Feb]]-[[date:8 Feb]], found in a {{trap house}} on [[address:Cobden Street, Lowmoor]].
        {{MFH}} notification went to an old generic inbox so YJS not told for 48 hrs.
        {{Return home interview}} done by [[name:Bill]] on [[date:9 Feb]]; {{NRM}} referral made.
        Actions: DS [[name:Okafor]] - update inbox on police system. [[name:Maryam]] - convene
        {{CCE}} {{strategy meeting}}. [[name:Bill]] - update {{AssetPlus}}.
    """)),
    ("social_care", "success", prose("""
        good news 4 {{team mtg}}!! [[name:Rafi]] finished his {{YRO}} today, 0 {{breaches}} in 12
        months, first order he's completed since he was [[age:11]]. got a {{bricklaying}}
        {{apprenticeship}} w/ [[organisation:Dunmore Homes]] starting [[date:1st Sept]]. massive
        credit to [[name:dawn]] (his {{worker}}) who kept going round when nobody answered the door,
        and to [[name:Sandeep]] our {{ETE}} guy. {{mum}} cried. i nearly did. pls put in the
        {{newsletter}} but w/o his name obvs - [[name:Tash]]
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Home birth - {{PPH}} - timeline (written by [[name:Annika Lindqvist]], {{RM}})
        Woman: [[name:Precious Okonkwo]], [[age:31]], {{G3P2}}, NHS [[nhs_number:483 099 4991]]
        Address: [[address:8 Gorse Bank, Aldermoor]] [[postcode:AM2 6PX]]
        [[date:19/05]]
        02:05 {{SROM}}, rang {{triage line}}, {{first midwife}} (me) sent
        02:50 arrived, 7cm, {{FH}} 140s
        03:40 {{second midwife}} [[name:Joy]] not yet called - {{coordinator}} waiting for 2nd stage
        03:52 {{SVD}}, live girl, {{Apgar}} 9/10
        04:05 {{placenta}} delivered, {{EBL}} 900ml and ongoing, {{syntometrine}} IM given
        04:09 {{999}} called; [[name:Joy]] arrived 04:11
        04:31 crew on scene, EBL 1400ml; transfer to [[organisation:Ravensmere General]] {{Delivery Suite}}
        Learning: call the second midwife at {{established labour}}, not at {{second stage}}.
    """)),
    ("health", "near_miss", prose("""
        Triage line call at {{20:14}} from [[name:Ewa Kowalczyk]] ({{EDD}}
        [[date:2 September]], {{34+2}}) reporting {{reduced fetal movements}} since the morning.
        Call taken by a {{maternity support worker}} covering the phone while both midwives were
        on the {{MAU}} floor; advice given was to "have a cold drink, lie on your left and ring
        back if worried". When logging the call the {{triage midwife}}, [[name:Dawn]], saw it was
        the second {{RFM}} call in a week and rang [[name:Ewa]] back at 20:40 to come in for
        {{CTG}}. CTG normal, {{growth scan}} booked. Near miss because the advice contradicts the
        {{Saving Babies' Lives}} bundle. Hosp no. [[case_reference:RM4402871]],
        {{Datix}} [[case_reference:W118326]].
    """)),
    ("health", "success", block("""
        From: [[email:lily.chen.88@fastmail.co.uk]]
        To: [[email:aldermoor.midwives@wyvernvale.nhs.uk]]
        Subject: Thank you!!

        Hi,
        I just wanted to say thank you to [[name:Rose]] and [[name:Marguerite]] who came for
        [[name:Oscar]]'s birth at {{home}} on the [[date:7th]]. My first birth ended in an
        {{emergency section}} so I was terrified, but [[name:Rose]] listened at my {{booking}} and
        helped me write a {{birth plan}} for a {{VBAC}} at home. On the night she stayed calm when
        the {{cord}} was round his neck and talked me through it. [[name:Marguerite]] did the
        {{newborn check}} and stayed till I'd had a shower. Please pass this on to their {{manager}}.

        [[name:Lily]], [[name:Tom]] and baby [[name:Oscar]] x
    """)),
    ("health", "incident", block("""
        SAFEGUARDING INCIDENT - Community Midwifery
        Name: [[name:Mariam Yusufzai]]        DOB: [[date_of_birth:22/08/1998]]
        NHS No: [[nhs_number:747 562 2347]]   Hosp No: [[case_reference:RM5519034]]
        Address: [[address:Flat 3, 41 Tanner Row, Hatherley]] [[postcode:HY1 4EB]]
        GP: [[organisation:Quarry Hill Surgery]]
        Date of incident: [[date:03/04/2024]]
        Details: {{Booking}} done at home at 26 wks (late booker). Partner stayed in the room
        throughout and interpreted. {{Routine enquiry}} about {{domestic abuse}} not asked and no
        {{interpreter}} booked (language {{Pashto}}). At 30/40 [[name:Mariam]] attended {{triage}}
        with bruising to her abdomen and disclosed to Sister [[name:Kaur]]. Referred to
        {{MARAC}} and an {{IDVA}}; {{safeguarding midwife}} ([[name:Nkechi]]) informed.
        Learning: never use family to interpret; always see the woman alone at least once.
    """)),
    ("health", "near_miss", block("""
        [[date:14/06/2024]], 07:58 - [[name:Bea]]: morning all, heads up - checked the {{home birth}} bag in the car for [[name:Summer]] {{on call}} tonight, {{Entonox}} cylinder nearly empty + no {{syntometrine}} in the fridge box, just the empty box 😳
        [[date:14/06/2024]], 08:03 - [[name:Summer]]: 😬 glad u checked. who had it last?
        [[date:14/06/2024]], 08:05 - [[name:Bea]]: think the weekend birth at [[address:Willowbrook Farm]]. nobody restocked
        [[date:14/06/2024]], 08:10 - [[name:Grace Obi-Nwosu]] ({{team lead}}): thanks [[name:Bea]]. pls {{datix}}. restocked from the {{community hub}} now. going to put a tag + {{signature sheet}} on all the bags
        [[date:14/06/2024]], 08:11 - [[name:Summer]]: 👍
    """)),
    ("health", "success", prose("""
        SHOUT-OUT 🌟 to [[name:Hannah-Mai]] on the {{postnatal}} round on [[date:Tues 12th]]. At
        the day 5 visit baby had lost 10% and she noticed {{jaundice}} and a sleepy feeder. She
        didn't just book a re-weigh - she got an {{SBR}} done, rang {{paeds}} at
        [[organisation:Ravensmere General]] and baby was admitted for {{phototherapy}} the same
        day. {{Mum}} ([[name:Ngoc Anh]]) had been told by family that yellow was "normal for Asian
        babies". [[name:Hannah-Mai]] also arranged an {{infant feeding}} visit for after discharge.
        Exactly the {{escalation}} we teach. - [[name:Priyanka]], {{Community Midwifery Manager}}
    """)),
    ("health", "incident", prose("""
        On [[date:22 January]] a {{newborn blood spot}} card was taken at the day 5 visit by
        [[name:Agnieszka]] ({{MSW}}) for baby [[name:Idris Chaudhry]] but labelled with the
        details of a different baby visited that morning, [[name:Ruby Farrant]], from pre-printed
        stickers carried in the visit folder. The screening lab at
        [[organisation:Northgate Pathology]] rejected the card because the date of birth did not
        match the {{gestation}} recorded. Both babies needed a repeat sample (an
        {{avoidable repeat}}), delaying results for {{CF}} and {{sickle cell}} by 9 days. Both
        families were told under {{Duty of Candour}}. Contributory: stickers for several babies
        kept in one folder, no {{positive ID}} check at the door, visit list reordered by the
        {{coordinator}}. Datix [[case_reference:W120044]].
    """)),
    ("health", "near_miss", block("""
        ON-CALL HANDOVER - community - Sat 08:00
        - [[name:Keira]] (G1, 39+5, [[address:Hollins Cottage, Mill Lane, Edgecote]]) planned {{home birth}}.
          Rang 05:30 with tightenings. NB the ford on [[address:Mill Lane]] is flooded and the
          {{sat nav}} sends you that way!! Last night [[name:Chinonso]] got within 200m and had to
          reverse out in the dark - near miss. Go round via the {{B road}} past the church.
        - Mrs [[name:Tsang]] day 3 {{PN}}, BP 148/96 yesterday. Repeat today, if >=150/100 to
          {{MAU}} for {{PET bloods}}.
        - [[name:Bridget]] {{rhesus neg}} and {{anti-D}} NOT given at 28 wks!! Flagged to {{ANC}}.
        Handed over by [[name:Marta S.]] to [[name:Chinonso]]
    """)),
    ("health", "incident", block("""
        From: [[name:Nkechi Eze]] ({{Named Midwife for Safeguarding}})
        To: Community Team Leaders
        Date: [[date:8 March 2024]]
        Subject: Learning - pre-birth {{Child Protection Plan}} not visible to community

        All,
        Last week the baby of [[name:Shannon Tulley]] ([[case_reference:CP-PB-2291]]) went home on
        day 1 to [[address:12 Ashgrove Terrace]]. The plan said no unsupervised contact with dad.
        [[name:Jo]], the community midwife, found him alone with baby at the day 2 visit. She
        stayed, rang {{MASH}} and the {{EDT}}, and a {{safety plan}} was agreed by teatime.
        The {{alert}} was on the hospital {{EPR}} but not on the community caseload list, and
        [[name:Jo]] hadn't been invited to the {{pre-birth conference}}.
        Please check the {{CP}} column on your lists every morning until IT fix the feed.

        [[name:Nkechi]]
        Safeguarding Team | [[phone:01632 960118]]
    """)),
    ("health", "near_miss", block("""
        [{{Teams}} chat - Triage Line / Community]
        [[name:Olumide A.]]  23:12
        hi who's on call for [[address:Birchfield]]? [[name:Sara Haile]] ringing, 40+1, {{SROM}} at 21:00,
        clear liquor, wants her {{home birth}} but she's {{GBS}} pos on the 36 wk swab
        [[name:Willow]]  23:14
        me - was about to set off. didn't know about GBS, it's not on the {{home birth risk assessment}} 🤔
        [[name:Olumide A.]]  23:15
        it's on the {{EPR}} results tab, not the {{care plan}}
        [[name:Willow]]  23:16
        ok I'll ring her, discuss {{IAP}} and advise {{Delivery Suite}}. thank you!!
        [[name:Willow]]  23:58
        she's agreed to come in. {{benzylpenicillin}} due on arrival
    """)),
    ("health", "success", block("""
        [[organisation:Aldermoor Community Midwives]] - team meeting minutes
        Date: [[date:25/04/2024]]
        Present: [[name:Grace]] (chair), [[name:Faith O.]], [[name:Lowri]], [[name:Zsófia]], [[name:Mehreen]], [[name:Bea]]
        Apologies: [[name:Anneliese]] ({{AL}}), [[name:Pat]] (sick)
        1. Good practice: [[name:Zsófia]] recognised an undiagnosed {{breech}} at 6cm at a planned
           home birth on [[date:16 April]], called {{999}} early with a clear {{SBAR}}; transfer to
           [[organisation:Ravensmere General]], {{LSCS}}, well baby. [[name:Zsófia]] said the
           {{PROMPT}} drill last month is why she felt confident.
        2. Team agreed to repeat the breech {{skills drill}} every quarter.
        3. [[name:Grace]] to send a {{GREATix}} to the {{Head of Midwifery}}.
    """)),
    ("health", "incident", prose("""
        typing this in the car sorry. {{PN}} visit to [[name:jess]] at [[address:22b Crane St]]
        today, her dog went for me on the stairs - bit my calf thru my trousers. [[name:jess]]
        ([[age:19]]) was v apologetic. {{lone worker}} device didnt work, no signal in the
        {{stairwell}}. went to the {{walk-in}} at [[organisation:Hatherley Health Centre]], {{tetanus}}
        in date, cleaned + {{co-amoxiclav}}. pls can someone add "dog - shut away b4 visit" to
        the {{alerts}} on her record and the {{lone working}} list. baby fine btw, weight up,
        {{cord}} off. [[name:hb]]
    """)),
    ("health", "success", block("""
        Home birth team - quarterly summary ({{Q1}})
        Month | Planned HB | Transfers | Reason                      | Midwives
        {{April}} | 6          | 1         | {{meconium}}                | [[name:Amber]], [[name:Rhiannon]]
        {{May}}   | 4          | 0         | -                           | [[name:Sunny]], [[name:Amber]]
        {{June}}  | 7          | 2         | {{delay in 2nd stage}}, {{PPH}} | [[name:Jacinta]], [[name:Sunny]], [[name:Marcin]]
        Highlights: 100% {{skin-to-skin}}; no {{HIE}}; all transfers within 30 mins.
        Mrs [[name:Obi]] (June PPH) wrote to say the transfer felt "calm and organised" and
        thanked [[name:Marcin]] for holding her hand in the ambulance.
    """)),
    ("health", "near_miss", prose("""
        During an {{antenatal clinic}} at [[organisation:Quarry Hill Surgery]] on [[date:30 May]]
        the midwife prepared {{anti-D immunoglobulin}} for [[name:Sophie Marsh]] after reading a
        {{rhesus negative}} result on the {{EPR}}. On {{positive patient ID}} (name, {{DOB}}, address)
        the date of birth she gave, [[date_of_birth:11 October 1994]], did not match the record
        open on screen: the result belonged to [[name:Sophie Marshall]], booked the same week
        under [[case_reference:RM6630418]]. [[name:Sophie Marsh]] is {{Rh positive}} and did not
        need anti-D. No dose given. The search screen lists patients by {{surname}} only and the
        second record opened by default. {{Datix}} [[case_reference:W121907]]; both women's notes
        now carry a {{name alert}}.
    """)),
    ("health", "success", block("""
        {{GREATix}} - excellence reporting
        Staff member: [[name:Farida Haddad]], {{community midwife}}
        Reported by: [[name:Liesel]], {{safeguarding midwife}}
        Date: [[date:17/07/2024]]
        What happened: [[name:Farida]] booked [[name:Amira]] ([[age:17]]), an
        {{unaccompanied asylum-seeking child}} placed at [[organisation:Fernlea Supported Lodgings]].
        She booked a female {{Tigrinya}} telephone interpreter, saw [[name:Amira]] alone, and
        noticed the "boyfriend" who brought her was also paying her rent. She recognised possible
        {{trafficking}}, made a {{MASH}} referral the same day and an {{NRM}} referral with
        {{Leaving Care}}.
        Why it was excellent: calm, curious, and {{trauma-informed}}.
    """)),
    ("health", "incident", block("""
        Chronology - delayed attendance at home birth
        [[date:Sunday 2 June]]
        01:20 {{On-call midwife}} ([[name:Deepa Raman]]) called for [[name:Holly-Mae Bishop]], {{multip}}, contracting 2:10
        01:35 Car ([[vehicle_registration:LR21 XTU]]) wouldn't start - flat battery, car left lights on after previous call
        01:40 Rang {{coordinator}} ([[name:Abi]]) - no {{pool car}} keys available {{OOH}}
        01:55 Taxi booked; [[name:Abi]] called {{second midwife}} [[name:Fenella]] early
        02:25 [[name:Fenella]] arrived first; [[name:Deepa]] at 02:40 with kit from her boot
        03:10 {{SVD}}, baby well, {{perineum}} intact
        Outcome: no harm, but the woman was alone with her partner for 65 mins in active labour.
        Action: jump starter in every community car; OOH {{key safe}} at [[organisation:Aldermoor Clinic]].
    """)),
    ("health", "near_miss", block("""
        From: [[name:Kamau Mwangi]] <[[email:k.mwangi@wyvernvale.nhs.uk]]>
        To: [[name:Chloe Bainbridge]]
        Subject: NM - booking bloods left in car

        Hi [[name:Chloe]],
        Logging as a near miss. At my [[organisation:Linden Road Children's Centre]] clinic on
        [[date:Friday 9th]] I took {{booking bloods}} ({{FBC}}, {{G&S}}, {{HIV}}, {{hep B}},
        {{syphilis}}, {{haemoglobinopathy}}) for 4 women. The courier never came, so I put the bag
        in my cool box to drop at the lab, got called straight to a {{BBA}} and found the samples
        still in the boot at 8pm. The lab accepted them (inside 24h) but it was close.
        Could we have a fixed courier time on Fridays?

        Thanks, [[name:Kamau]]
        {{Community Midwife}} | mob [[phone:07700 900187]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        Air Safety Report [[case_reference:ASR-24-031]]. On [[date:3 November]] at approx 19:20
        local, [[flight_number:Helimed 74]] ([[aircraft_registration:G-WMAB]], {{AW169}}) landed on
        {{NVG}} at a {{HLS}} chosen by the {{HEMS TC}} on the playing field of
        [[organisation:St Aidan's Primary School]], [[address:Cross Keys Lane, Ellingham]]. On
        short finals the downwash lifted an unsecured gazebo left from a school event, which hit
        the perimeter fence. No injuries. Crew: Capt [[name:Rhys Penhaligon]], TC/paramedic
        [[name:Femi Oduya]] and Dr [[name:Ingrid Sølvberg]]. The {{recce}} from the hover did not
        identify the gazebo - dark canvas, below the tree line, outside the goggle field of view.
        Reported as an {{MOR}} to the {{CAA}}. {{Ops Manual}} guidance on debris at school sites
        to be reviewed at the next {{Safety Action Group}}.
    """)),
    ("aviation", "near_miss", block("""
        RT TRANSCRIPT (from {{ATC}} tape) - [[date:17/08/2024]] 14:32-14:35
        [[organisation:Harwood Radar]]: [[flight_number:Helimed 47]], traffic right one o'clock, two miles, opposite direction, no height information.
        [[flight_number:Helimed 47]]: Looking, [[flight_number:Helimed 47]].
        [[organisation:Harwood Radar]]: [[flight_number:Helimed 47]], traffic now one mile, believed to be a glider.
        [[flight_number:Helimed 47]]: {{Visual}}, {{TCAS}} not showing him, descending to 1200 feet, [[flight_number:Helimed 47]].
        [[organisation:Harwood Radar]]: {{Roger}}, {{Traffic Service}} continues.

        Crew note: glider passed ~300m laterally, same level. {{P1}} [[name:Saoirse Kavanagh]] took
        control from the {{autopilot}}. Glider later identified as [[aircraft_registration:G-CKRW]] from
        [[organisation:Wetherdown Gliding Club]], no {{transponder}}. Filed as an {{Airprox}} to {{UKAB}}.
    """)),
    ("aviation", "success", block("""
        [{{Teams}} - {{HEMS Ops}}]
        [[name:Beatriz Almeida]] ({{Clinical Lead}})  12:45
        Shout out 👏 to [[name:Tariq]] on the {{HEMS desk}} this morning. The {{CAD}} code didn't
        meet {{auto-launch}} criteria (fall from standing height) but [[name:Tariq]] listened to the
        {{999}} audio and heard the caller say he came off a roof onto railings. Tasked
        [[flight_number:Helimed 74]] at 11:02, crew {{on scene}} 11:19. Male, [[age:58]],
        {{tension pneumothorax}}, {{thoracostomy}} on scene, straight to [[organisation:Kingsmead MTC]].
        [[name:Tariq Bashir]]  12:51
        thanks [[name:Beatriz]] 🙏 gut feeling tbh, the caller sounded terrified
    """)),
    ("aviation", "incident", block("""
        Chronology - {{NVG}} failure on approach - [[date:Sat 23 March]]
        Aircraft [[aircraft_registration:G-WMAA]] ({{H145}}), callsign [[flight_number:Helimed 74]]
        Crew: {{P1}} [[name:Magnus Ekström]], {{TCM}} [[name:Rose Ademola]], Dr [[name:Aarav Joshi]]
        21:14 tasked by {{Critical Care Desk}} to RTC on the [[address:A4071 near Colton Cross]]
        21:29 on approach to field HLS, TCM reports left tube of goggles flickering then failing
        21:30 {{go-around}}; spare goggles from the {{NVG}} case - spare battery pack flat
        21:36 second approach, P1 only on NVG, TCM using {{searchlight}}; landed safely
        Post-flight: spare battery not charged after last {{NVIS}} check; battery log last
        signed [[date:09/03]] by "[[name:JK]]".
        {{Engineering}} informed. {{Tech log}} entry [[case_reference:TL-0447]], ASR [[case_reference:ASR-24-012]].
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Callum Strachan]] <[[email:c.strachan@wealdmoorair.org.uk]]>
        To: Flight Ops; {{Safety Manager}}
        Date: [[date:Mon 6 May 2024]] 18:22
        Subject: NM - wrong fuel nozzle offered at [[organisation:Burstall Flying Club]]

        Hi [[name:Ollie]],
        Diverted to [[organisation:Burstall Flying Club]] for fuel today ({{IMC}} at base). Their
        volunteer started to put the {{AVGAS}} nozzle into [[aircraft_registration:G-WMAA]] before
        our {{TC}}, [[name:Hope Ndlovu]], stopped him - the {{Jet A-1}} hose was round the back of the
        bowser. Nozzle never went in. I've asked [[name:Hope]] to write up what she saw; we should
        add "{{TC}} to confirm fuel grade and do the {{water check}}" to the {{diversion}} {{SOP}}.
        Would also be worth a call to the club {{CFI}}.

        Cheers
        [[name:Callum]]
        [[name:Callum Strachan]], {{Line Pilot}}, [[organisation:Wealdmoor Air Ambulance]]
    """)),
    ("aviation", "success", prose("""
        Learning from excellence. On [[date:14 December]] [[flight_number:Helimed 47]] was
        tasked to a cardiac arrest at [[address:Wester Foulmire Farm]]. On the {{NVG}} recce the
        {{HEMS TC}}, [[name:Grace Lindo]], called "{{STOP}}" when she saw a single line of power
        cables across the chosen field that was not on the {{moving map}} or in the
        {{wire database}}. Capt [[name:Bartholomew Ince]] went around without discussion and
        landed in the adjacent field. {{ROSC}} was achieved by the {{road crew}} from
        [[organisation:South Marches Ambulance Service]] before we arrived and the patient was
        flown to the {{cath lab}}. The wires have since been reported to the {{DNO}} and added to
        our hazard map. Textbook {{CRM}}: anyone can call {{STOP}}, and the commander acted on it.
    """)),
    ("aviation", "incident", prose("""
        helipad at [[organisation:Kingsmead MTC]] again 🙄 landed 16:05, {{rotors running}},
        {{hot offload}}, and a security bloke drove the {{buggy}} across the {{FATO}} to get to the
        {{lift}} b4 we'd shut down. [[name:steph]] waved him off. no contact but he was ~10m from
        the {{blade tips}}. {{security}} dont seem to have had the {{helipad induction}}. 2nd time this
        month (prev ref [[case_reference:ASR-24-044]]). pls can someone talk to their
        {{estates}} mgr b4 someone gets hurt. [[name:ij]] - {{P1}} [[flight_number:Helimed 47]]
    """)),
    ("aviation", "near_miss", block("""
        DAY -> NIGHT HANDOVER  [[date:Thu 11/07]]
        Aircraft: [[aircraft_registration:G-WMAB]] serviceable, fuel 60%, {{NVIS}} checks done.
        {{NOTAM}}: crane at [[organisation:Hallam Quarry]] 390ft {{AGL}} till Sunday.
        Blood: near miss today - {{blood box}} temp logger read 7.9C at 14:00, box left on
        the {{ramp}} in full sun during {{turnaround}} ([[name:Wojtek]] has done the {{Datix}}).
        {{PRBC}} and {{plasma}} checked with the blood bank, OK (limit 10C). Box now lives in the crew room.
        Drugs: {{ketamine}} CD book signed, {{TXA}} x2 restocked.
        {{RRV}} [[vehicle_registration:WV72 HMS]] has a tyre pressure warning - don't use for long runs.
        Handed over by [[name:Faith Amoako]] to [[name:Lachlan]]
    """)),
    ("aviation", "success", block("""
        Dear all at [[organisation:Wealdmoor Air Ambulance]],

        On [[date:21 June]] my son [[name:Ethan]] ([[age:12]]) came off his bike at
        [[organisation:Cragside Trail Centre]]. I will never forget Dr [[name:Yasmin]] kneeling
        in the mud telling him exactly what was going to happen, or [[name:Joe]] the {{paramedic}}
        holding my hand when they gave him the {{anaesthetic}}. The {{pilot}}, [[name:Sunny]], even
        came back to the {{PICU}} a week later. [[name:Ethan]] is home now and back at {{school}}.

        With love,
        [[name:Bernadette]] and [[name:Huw Pritchard]]

        ({{Comms}}: shared with {{crew}} with the family's {{consent}} for a {{patient story}}.)
    """)),
    ("aviation", "incident", block("""
        AIR SAFETY REPORT
        Report no: [[case_reference:ASR-24-058]]
        Date: [[date:02/09/2024]]   Time: 10:47 {{UTC}}
        Aircraft: {{AW169}} [[aircraft_registration:G-WMAA]]   Callsign: [[flight_number:Helimed 47]]
        Reporter: [[name:Ignacio Ferreira-Lowe]] ({{HEMS TC}})
        Phase: {{cruise}}
        Event: during transfer to [[organisation:Kingsmead General Hospital]] the aft lock of the
        {{stretcher}} loading system was found not engaged after take-off. Stretcher moved ~5cm
        in light {{turbulence}}. {{Patient}} (female, [[age:74]]) unharmed. Dr [[name:Liv]] noticed and
        braced the stretcher; lock engaged in flight by {{TC}}.
        Cause: worn pin, lock indicator showed green when only half-home.
        Actions: aircraft {{AOG}} after landing; fleet check raised; {{MOR}} submitted.
    """)),
    ("aviation", "near_miss", block("""
        [[date:28/10/2024]], 06:41 - [[name:Kofi Asante]]: fyi {{HLS}} at [[organisation:Ashdown Rugby Club]] has new floodlight poles on the east side. not on our {{landing site database}}. nearly picked that approach on {{NVG}} last night - [[name:Robin]] spotted them at {{200ft}}
        [[date:28/10/2024]], 06:43 - [[name:Robin]]: yeah grey poles, no {{obstacle lights}}, invisible til late
        [[date:28/10/2024]], 06:50 - [[name:Marguerite Ollivier]]: thanks both. can one of you email {{ops}} so it goes on the {{hazard map}} today, and I'll ring the {{club}}
        [[date:28/10/2024]], 06:52 - [[name:Kofi Asante]]: on it. will do the {{ASR}} too
    """)),
    ("aviation", "success", block("""
        HOT DEBRIEF - {{major incident}} (coach RTC) - [[date:9 August]]
        Attendance: Capt [[name:Declan Foyle]] ({{P1}}, [[flight_number:Helimed 47]]), [[name:Tamsin]]
        ({{CCP}}), Dr [[name:Rahul Menon]], [[name:Anders]] ({{HEMS desk}}), [[name:Mark Eze]] ({{HART}})
        Apologies: crew of [[flight_number:Helimed 74]] (stood down to another job)
        What went well:
        - First crew sent a {{METHANE}} report within 4 mins of landing
        - [[name:Tamsin]] ran {{triage sieve}}; 14 casualties, 3 {{P1}} patients
        - [[name:Anders]] spread patients across two {{MTCs}} so nobody was overloaded
        Even better if: radio dead spot in the cutting - use the {{Airwave}} {{talkgroup}}
        Action: [[name:Anders]] to share the desk checklist regionally.
    """)),
    ("aviation", "incident", prose("""
        {{drug error}} during {{RSI}} on scene [[date:Tues 4th]]. pre-drawn {{rocuronium}} and
        {{ketamine}} syringes, labels v similar in low light. {{CCP}} [[name:Drew]] handed me roc
        and I gave it as the first drug. realised within seconds, ketamine given straight after,
        so pt was paralysed before {{induction}} for ~20s. pt (Mr [[name:Haddad]]) told at
        [[organisation:Kingsmead MTC]] under {{Duty of Candour}}, no recall reported so far.
        not [[name:Drew]]'s fault - we agreed the order out loud and I didnt read the label back.
        want colour-coded {{ANZCA}} labels and a {{challenge-response}} step on the
        {{RSI checklist}}. {{Datix}} [[case_reference:DX-24-1193]]. - [[name:A. Kowalski]]
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:12 April]] [[flight_number:Helimed 74]] was tasked by the {{HEMS desk}} to a
        [[age:4-year-old]] drowning at [[address:Little Thornwick]]. The {{CAD}} {{grid reference}}
        pointed to [[address:Little Thornwick]] in the neighbouring county, 28 nm away, but the
        call came from [[address:Thornwick Parva]]. {{Dispatcher}} [[name:Bogdan]] noticed when the
        caller said "by the {{ford}}" and there is no ford at the mapped location. He re-tasked the
        aircraft 4 minutes after lift and the crew arrived 3 minutes behind the {{RRV}}. The
        child had {{ROSC}} on arrival. {{Gazetteer}} fix requested from the {{ambulance service}}
        ({{CAD}} incident [[case_reference:CAD 0412-19]]). Had the desk not challenged, the
        aircraft would have been 15 mins further away.
    """)),
    ("aviation", "success", block("""
        Monthly safety summary - {{Flight Ops}} - {{September}}
        Date  | Callsign     | Reg    | What went well                                     | Reported by
        [[date:03/09]] | [[flight_number:Helimed 47]] | [[aircraft_registration:G-WMAA]] | {{sterile cockpit}} call on approach, held despite pt deterioration | [[name:Will]]
        [[date:11/09]] | [[flight_number:Helimed 74]] | [[aircraft_registration:G-WMAB]] | TC spotted {{FOD}} (glove) on {{HLS}} pre-landing        | [[name:Amber Kaur]]
        [[date:19/09]] | [[flight_number:Helimed 47]] | [[aircraft_registration:G-WMAA]] | desk declined task in {{fog}}, road response arranged   | [[name:Yusuf Demir]]
        [[date:26/09]] | [[flight_number:Helimed 74]] | [[aircraft_registration:G-WMAB]] | {{NVG}} {{scan}} briefing used by new pilot                | [[name:Eilidh]]
        Note: all four are {{Learning from Excellence}} reports, none required {{MOR}}.
    """)),
    ("aviation", "near_miss", block("""
        HEMS DESK LOG - [[date:19/02/2024]] - incident [[case_reference:CAD 0877-19]]
        14:02 [[flight_number:Helimed 47]] airborne to {{motorway}} RTC, J14 northbound
        14:09 {{police}} advise [[flight_number:NPAS 15]] overhead scene at 1500ft - NOT passed to aircraft (desk busy with 2nd task)
        14:11 [[flight_number:Helimed 47]] reports {{TCAS}} {{TA}}, visual with police aircraft, descending to land
        14:12 [[flight_number:NPAS 15]] climbs to 2000ft, no further conflict
        14:30 crew call desk - asks why no traffic info; {{dispatcher}} [[name:Aoife]] confirms police msg not relayed
        Learning: any {{ARU}}/{{NPAS}}/{{drone}} info on {{CAD}} to be read to the aircraft on tasking.
        Logged by [[name:Aoife Brennan]] ({{HEMS dispatcher}})
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind208", REPORTS))
