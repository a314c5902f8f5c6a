"""Held-out blind corpus 269: 50 invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures
how well the de-identifier generalises. Three settings, all people, organisations, places
and numbers invented:

- social_care (17): a children with disabilities social work team - assessments, short
  breaks, equipment, transitions and work with parents.
- health (17): a community pharmacy team in a health centre - dispensing, MDS trays,
  controlled drugs, deliveries and GP queries.
- aviation (16): a business aviation handling agent (FBO) - passengers, crew, catering,
  customs, fuel and hangarage.

Styles are deliberately mixed: rushed lower-case notes with typos, formal narratives,
timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports with handles, handover notes, minutes with attendance lists,
pipe-separated and aligned tables, RT transcripts, shout-outs and thank-you notes.
Identifiers are marked [[label:value]]; must-not-redact mentions are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind269.jsonl"

SOCIAL_CARE = [
    # 1 rushed notes
    ("social_care", "incident", prose("""
        visited [[name:kaya]] ([[age:9yo]]) at home [[date:tues 14th]] for {{short breaks}} review.
        {{mum}} says the {{hoist}} sling from [[organisation:Careline Mobility]] still not replaced
        since [[date:3/11]], {{dad}} [[name:dariusz]] has been lifting her on his own n hurt his back
        at the wknd. {{OT}} referral was sent but went to the old {{duty}} inbox?? noone picked it up
        for 3 wks. rang [[organisation:careline]] on [[phone:01632 960418]] - no order on their system.
        escalated to {{TM}} [[name:Bev]], she is chasing the {{OT}} mgr today. will log on {{LCS}}.
        [[name:kaya]]'s {{EHCP}} review at [[organisation:Bramblefield School]] next wk so will flag
        there too. sorry typos, doing this in the car
    """)),
    # 2 formal narrative
    ("social_care", "near_miss", prose("""
        On [[date:12 February 2024]] I chaired a {{transition planning}} meeting for
        [[name:Oluwaseun Adeyemi-Clarke]] ([[age:aged 17]], {{cerebral palsy}}, {{non-verbal}}). It
        became clear that no referral had been made to {{Adult Social Care}}, although the
        {{Preparing for Adulthood}} tracker showed the referral as sent on [[date:20 November]]. The
        entry had been completed by a student {{social worker}}, [[name:Ffion Pritchard]], who had
        drafted the referral but left it in her drafts folder when her placement ended.
        [[name:Oluwaseun]] reaches adulthood on [[date:2 May]] and his {{direct payments}} for two
        {{personal assistants}} would have stopped that day with no {{Care Act}} assessment in place.
        The referral was sent that afternoon and Mr [[name:Haddad]], the adult services
        {{team manager}}, agreed to prioritise it. Learning: the tracker should only be updated by the
        allocated worker once an adult services reference (ours was [[case_reference:ASC/24/00871]])
        has come back. The end-of-placement checklist for students will now include checking drafts
        and outbox folders with the {{practice educator}}.
    """)),
    # 3 chat shout-out
    ("social_care", "success", block("""
        #cwd-team-wins
        [[name:Sunny Bhatt]]  10:42
        Massive shout-out to [[name:Hope]] from the {{Short Breaks}} panel 🙌 [[name:Amara]]
        ([[age:aged 12]], {{Rett syndrome}}) was about to lose her {{Saturday club}} place at
        [[organisation:Little Acorns Play Scheme]] because they couldn't staff her {{gastrostomy}}
        feeds. [[name:Hope]] got the {{community nursing}} team out to train two of their staff in a
        week, wrote a {{care plan}} with {{mum}} and got it signed off by the {{health lead}}.
        [[name:Amara]] started back on [[date:Sat 9th]] and mum sent a video of her on the big swing.
        This is what good looks like 💜
        [[name:Will Torres]]  10:45
        agreed, top work [[name:Hope]]!! 👏
        [[name:Hope Kasprzak]]  10:51
        aw thanks both, couldn't have done it without [[name:Lou]] at {{CCN}}
    """)),
    # 4 e-mail
    ("social_care", "incident", block("""
        From: [[name:Grace Okonkwo]] <[[email:g.okonkwo@hallowmere.gov.uk]]>
        To: CWD Practice Managers
        Cc: {{Information Governance}}
        Sent: [[date:Wednesday 6 March 2024]] 09:12
        Subject: Possible data breach - [[case_reference:CWD/24/0317]]

        Hi all,

        Flagging a breach from yesterday. The {{child and family assessment}} for [[name:Tiago]]
        ([[case_reference:CWD/24/0317]]) was emailed to both parents. {{Dad}}, Mr
        [[name:Ferreira-Lopes]], is subject to a {{non-molestation order}} and the assessment
        contained {{mum}}'s new address, [[address:27 Linnet Way, Hallowmere]] [[postcode:HM6 2RB]].
        The template pulled both addresses from {{LCS}} and I didn't check the distribution list.

        Mum has been told, has contacted the police and [[organisation:Hallowmere Women's Aid]]. The
        {{IDVA}} is updating her {{safety plan}}. {{IG}} have been notified (ref
        [[case_reference:IG-2024-0142]]).

        I'm really sorry. Happy to talk it through at the next {{team meeting}}.

        [[name:Grace]]

        [[name:Grace Okonkwo]] | {{Senior Practitioner}}
        {{Children with Disabilities Team}}, [[organisation:Hallowmere Borough Council]]
        [[phone:01632 960733]]
    """)),
    # 5 chronology
    ("social_care", "near_miss", block("""
        Near miss - overnight short break, [[organisation:Larkspur House]]
        Child: [[name:Zainab]] ([[age:aged 8]]), {{epilepsy}} with a {{rescue medication}} plan
        [[date:Fri 22/03]]
        16:05 {{taxi}} drops [[name:Zainab]] at the unit. Bag checked by {{support worker}}
        [[name:Rose Quigley]]. No {{buccal midazolam}} in bag, although {{MAR}} says it travels with her.
        16:10 [[name:Rose]] rings {{mum}}, no answer, leaves message.
        16:25 [[name:Rose]] rings the {{duty social worker}}, [[name:Deji]].
        16:40 [[name:Deji]] reaches mum on her work number - medication left in school bag at
        [[organisation:Oakhurst Academy]].
        17:15 {{Head teacher}} Mrs [[name:Lindqvist]] meets mum at school, medication collected.
        17:50 Medication arrives at unit, checked against MAR by [[name:Rose]] and {{shift lead}}
        [[name:Pat]].
        18:30 [[name:Zainab]] has a {{tonic-clonic seizure}} lasting 2 mins, self-resolves, no
        midazolam needed.
        Learning: unit should not accept a child with a rescue medication plan until the medication is
        physically checked in. Raised with the {{registered manager}}.
    """)),
    # 6 minutes
    ("social_care", "success", block("""
        {{Transitions Panel}} - minutes
        Date: [[date:18 April 2024]]
        Present: [[name:Faith Onyango]] (Chair, {{Head of Service}}), [[name:Mark Ellery]] ({{TM}}),
        [[name:Aleksandra Nowak]] ({{SW}}), [[name:T. Gallagher]] ({{adult services}}),
        [[name:Priya Raman]] ({{CAMHS}} {{LD}})
        Apologies: [[name:Bill Oduya]], [[name:Rhiannon]] ({{SENDIASS}})

        Item 3 - Good practice: [[name:Callum Reid]] ([[case_reference:CWD/21/1188]])
        [[name:AN]] presented [[name:Callum]]'s move from [[organisation:Kingsmead Special School]] to a
        supported internship at [[organisation:Brackenridge College]]. Joint {{Care Act}} assessment
        done six months early, {{EHCP}} updated, travel training by the
        [[organisation:Hallowmere Independent Travel Team]]. [[name:Callum]] now gets the bus on his own
        three days a week. Dad said at review "it's the first time nobody made us start from scratch".
        Panel agreed to use this as the model case for the {{PfA}} pathway.
        Action: [[name:ME]] to share a one-page summary with all {{SWs}} by [[date:31 May]].
    """)),
    # 7 WhatsApp export
    ("social_care", "incident", block("""
        [[date:07/05/2024]], 15:32 - [[name:Nadia K]]: Hi its [[name:Ibrahim]]'s {{mum}}, the {{taxi}} never
        came to pick him up from school again. Hes been sat in {{reception}} for an hour
        [[date:07/05/2024]], 15:34 - [[name:Will]] ({{SW}}): So sorry [[name:Nadia]], ringing
        {{Transport}} now
        [[date:07/05/2024]], 15:41 - [[name:Will]] ({{SW}}): They say the driver went to
        [[organisation:Oakhurst Primary]] instead of [[organisation:Oakhurst Academy]]
        [[date:07/05/2024]], 15:58 - [[name:Nadia K]]: a man just turned up in a silver car
        [[vehicle_registration:HN17 XKD]] says hes the taxi but no {{badge}} and [[name:Ibrahim]] doesnt
        know him. not putting him in
        [[date:07/05/2024]], 16:02 - [[name:Will]] ({{SW}}): You did the right thing. I'll come myself
        [[date:07/05/2024]], 16:40 - [[name:Will]] ({{SW}}): With [[name:Ibrahim]] now, dropping him home

        Note added to file: logged as [[case_reference:INC-0457]]. Driver was an unvetted
        sub-contractor of [[organisation:Fastline Cars]]. {{Commissioning}} informed, {{LADO}}
        consulted, {{passenger assistant}} requirement re-sent.
    """)),
    # 8 form
    ("social_care", "near_miss", block("""
        EQUIPMENT REQUEST - NEAR MISS
        Child name: [[name:Lily-Mae Thornton]]
        DOB: [[date_of_birth:14/06/2017]]
        LCS ID: [[case_reference:4471902]]
        NHS no: [[nhs_number:751 403 4536]]
        Address on request: [[address:9 Heron Court, Dunmoor]], [[postcode:HM2 5DW]]
        Correct address: [[address:Flat 3, 41 Mill Lane, Dunmoor]], [[postcode:HM2 8NT]]
        Item: {{specialist seating}} + {{bath chair}}
        Requested by: [[name:J. Akinyemi]], {{OT}}
        What happened: {{mum}} moved with [[name:Lily-Mae]] to a {{refuge}} and then
        {{temporary accommodation}} after {{domestic abuse}}. The old address is {{dad}}'s. The request
        pre-filled from an old referral. Delivery was booked for [[date:Thurs 16 May]] to the old
        address, where the driver may have been asked for the new one. Picked up by
        {{business support}} ([[name:Amber]]) who noticed the address did not match the LCS alert.
        Action: delivery cancelled and re-booked, address flagged {{confidential}} on the
        [[organisation:Careline Mobility]] system.
    """)),
    # 9 handover
    ("social_care", "incident", block("""
        DUTY HANDOVER - [[date:Mon 20 May]]
        From: [[name:ST]]   To: [[name:Ayodele]]

        1. [[name:Reuben Castellanos]] ([[age:15yo]], {{ASD}}/{{LD}}) - {{mum}} rang 08:50. [[name:Reuben]]
        put his hand through his bedroom window during a meltdown last night, steri-strips at
        [[organisation:Dunmoor Minor Injuries Unit]]. Third incident this month. His {{short break}}
        overnight at [[organisation:Larkspur]] was cancelled by the provider yesterday at 4pm with no
        notice to us - this looks like the trigger. Needs urgent {{CIN}} review and a call to
        [[organisation:Larkspur House]] re the cancellation. [[name:ST]] has told the {{TM}}.
        2. [[name:Esme]] ([[age:22 months]]) - discharge from {{PICU}} at
        [[organisation:Hallowmere General Hospital]]. {{Oxygen concentrator}} and {{suction}} not
        delivered yet, {{discharge coordinator}} says Thursday. Please check.
        3. Mr [[name:Ansah]] re {{DLA}} letter, wants a call back on [[phone:07700 900582]].
    """)),
    # 10 thank-you note
    ("social_care", "success", prose("""
        Forwarded to the team inbox by [[name:Mark]] ({{TM}}) - "please read, made my week". Dear
        [[name:Shazia]], I wanted to put in writing how grateful we are. When you first came to see us
        our {{son}} [[name:Yusuf]] ([[age:aged 11]]) had just been told he would need a {{wheelchair}} full time
        because of his {{Duchenne}}, and we were carrying him up the stairs every night. You got the
        {{ceiling track hoist}} and {{through-floor lift}} through the {{DFG}} in four months when we had
        been told it could take two years, and you came to the {{OT}} visit on your day off because the
        date had been moved. You never once made us feel like a nuisance. [[name:Yusuf]] now takes
        himself to bed and says his room is his "base". Please pass this to your {{manager}}. With love and
        thanks, [[name:Imran]], [[name:Saima]] and [[name:Yusuf Begum-Hollis]]
    """)),
    # 11 table
    ("social_care", "near_miss", block("""
        Overnight allocation - [[organisation:Larkspur House]] - w/c [[date:3 June]]
        Night | Bed 1 (hoist) | Bed 2          | Bed 3         | Bed 4
        {{Mon}}   | [[name:A. Costa]]      | [[name:K. Lindahl]]     | -             | [[name:Joy P]]
        {{Tue}}   | [[name:Tomasz W]]      | [[name:A. Costa]]       | [[name:M. O'Driscoll]] | -
        {{Wed}}   | [[name:Tomasz W]]      | [[name:Rhys]]           | [[name:Rhys]]          | [[name:Joy P]]
        {{Thu}}   | -             | [[name:K. Lindahl]]     | [[name:Sofía]]         | -

        Near miss: [[name:Rhys]] was entered twice on {{Wednesday}} so the system showed the unit as full and
        {{the duty desk}} told the family of [[name:Sofía]] there was no bed that night. Also [[name:Joy P]]
        needs the {{ceiling hoist}} but is in Bed 4. Spotted by {{unit manager}} [[name:Kwabena]] when
        cross-checking against {{care plans}}. [[name:Sofía]]'s family re-offered Wednesday, beds swapped.
        Learning: one {{booking spreadsheet}} only, checked by the {{Short Breaks Coordinator}}.
    """)),
    # 12 rushed notes
    ("social_care", "incident", prose("""
        quick one before i forget - hv [[date:thurs 13/6]] to see [[name:chidi]] ([[age:6yo]],
        {{GDD}}) at [[address:112 Furze Rd, Dunmoor]]. new {{staffy}} in the house, {{mum}} said its
        friendly, it jumped up + nipped my hand when i went to lift [[name:chidi]] into his
        {{standing frame}}. skin broken, small. didnt wash it till i got to the car. went to
        {{walk-in}} after, {{tetanus}} in date, {{antibiotics}} given just in case. partly my fault,
        didnt ask for dog to be put away. {{lone working}} check-in with [[name:sam]] was done at 15:30
        so that bit was fine. mum v apologetic. {{risk assessment}} on {{LCS}} needs updating - dog in
        other room for all visits. will do tmrw first thing. hand ok-ish
    """)),
    # 13 formal learning report
    ("social_care", "success", block("""
        Learning report - good practice
        Team: {{Children with Disabilities}}, [[organisation:Hallowmere Borough Council]]
        Ref: [[case_reference:LR-24-019]]

        [[name:Maryam Haidari]] ([[age:aged 14]]) uses {{eye-gaze}} to communicate. At her last two
        reviews her views were recorded as "unable to express". Her new social worker,
        [[name:Joaquín Ruiz]], worked with her {{SALT}} at [[organisation:Kingsmead Special School]] to
        build a page of symbols about short breaks before the {{CIN}} review on [[date:9 July]].
        [[name:Maryam]] told us she did not like overnight stays at [[organisation:Larkspur House]]
        because it was loud at night and would prefer daytime trips with a {{PA}}. Her
        {{direct payment}} was changed and {{mum}} says she is happier and sleeping better.
        [[name:Joaquín]] used {{Signs of Safety}} mapping with symbols, which {{Ofsted}} inspectors
        highlighted during the {{ILACS}} visit on [[date:23 July]].
        Learning: ask the SALT before the review, not after.
    """)),
    # 14 Teams chat
    ("social_care", "near_miss", block("""
        [[name:Kasia Wrobel]]  11:02
        hey quick q before I sign off your {{C&F}} for [[name:Leo]] - para 4 says "[[name:Harvey]]
        enjoys swimming at [[organisation:Dunmoor Leisure Centre]]"?? who is [[name:Harvey]]
        [[name:Dev Chaudhary]]  11:04
        oh no. that's from my template, [[name:Harvey]] is another child on my {{caseload}} 😬
        [[name:Kasia Wrobel]]  11:05
        thought so. also {{DOB}} in section 1 is [[date_of_birth:02/11/2015]] but {{LCS}} says
        [[date_of_birth:02/11/2016]]
        [[name:Dev Chaudhary]]  11:06
        ugh sorry. [[name:Harvey]]'s {{diagnosis}} is in para 6 as well isn't it
        [[name:Kasia Wrobel]]  11:07
        yep. if it had gone to {{mum}} that's a breach
        [[name:Dev Chaudhary]]  11:12
        fixed, deleted the template. can we raise at {{group supervision}}? think a few of us reuse
        old assessments
        [[name:Kasia Wrobel]]  11:13
        yes, logging as {{near miss}} [[case_reference:NM-0882]], no harm done 👍 {{PM}} cc'd
    """)),
    # 15 formal incident
    ("social_care", "incident", prose("""
        On [[date:Tuesday 2 July 2024]] at about 17:20, [[name:Ellis Marchetti]] ([[age:aged 10]])
        slipped partly out of a {{sling}} during a transfer from wheelchair to changing bench at
        [[organisation:Brookside Youth Club]], an after-school {{short break}} we commission. Two
        {{support workers}} were present but the sling was a size too large; [[name:Ellis]]'s own
        sling had been sent home in his bag the week before and not returned. Staff lowered him to the
        floor and he bumped his elbow. {{First aid}} was given and his grandmother, Mrs
        [[name:Marchetti]], took him to {{A&E}} where an {{X-ray}} was clear. The club's
        {{moving and handling}} plan did not say which sling size to use. The {{allocated worker}},
        [[name:Wen Li]], visited the next day. Actions: named sling to stay on site, sling size added
        to the plan, {{LOLER}} checks confirmed, and [[organisation:Brookside Youth Club]] staff to
        have refresher training from the {{OT}} by [[date:19 July]].
    """)),
    # 16 e-mail success
    ("social_care", "success", block("""
        From: [[name:Rosa Delgado-Finch]] <[[email:rosa.delgadofinch@nhs.net]]>
        To: [[name:Aleksandra Nowak]]
        Date: [[date:Fri 27 Sep 2024]] 16:48
        Subject: [[name:Kit]] - thank you

        Hi [[name:Ola]],

        Just wanted to say thank you for pulling everyone together for [[name:Kit]]. The
        {{team around the child}} meeting on [[date:Tuesday 24th]] was the first time {{school nurse}},
        {{dietitian}}, {{continence service}} and {{physio}} were in one room. Because you'd asked
        [[name:Kit]] beforehand what mattered to him (football!) the plan actually makes sense to him,
        and {{dad}} said he felt listened to for once. [[organisation:Ferncombe Primary]] have already
        moved his {{toileting}} slot so he doesn't miss {{PE}}.

        Really good practice - I've mentioned it to our {{named nurse}}.

        Thanks again,
        [[name:Rosa]]
        {{School Nurse}}, [[organisation:Hallowmere 0-19 Service]]
        Mob: [[phone:07700 900316]]
    """)),
    # 17 rushed notes
    ("social_care", "near_miss", prose("""
        {{nm}} - {{short break}} {{foster carer}} [[name:pat h]] told me at {{supervision}} today
        ([[date:22/10]]) that mum of [[name:jaden]] ([[age:aged 13]], {{ASD}}) has a new partner,
        "[[name:Kenny]]", who has started doing the pick-ups. we dont know his surname, no checks done,
        hes never been mentioned in the {{assessment}}. [[name:jaden]] told [[name:pat h]] [[name:kenny]] shouts
        at him in the car. nearly didnt write it down as it came up right at the end. spoke to
        {{duty TM}}, agreed contact with {{MASH}} for info sharing, mum to be told pick-ups only by
        named adults until we know more. {{police checks}} requested. feels like we'd have missed this
        if [[name:pat h]] hadn't mentioned it in passing
    """)),
]

HEALTH = [
    # 1 rushed notes
    ("health", "incident", prose("""
        {{mds}} tray for mrs [[name:doyle]] ([[case_reference:PMR 20417]]) went out [[date:wed 10th]]
        with {{amlodipine}} 10mg in the breakfast AND teatime slots, should be breakfast only. daughter
        [[name:ruth]] noticed when she went to give the teatime meds, rang us at 6. {{pharmacist}}
        ([[name:Kofi]]) told her not to give it, {{bp}} fine, no harm. looks like when the {{gp}} changed
        her from 5mg bd to 10mg od the {{backing sheet}} wasnt updated and [[name:JD]] filled from the
        old one. 2nd check didnt catch it bc we were rushing to get all the trays out before the
        {{bank holiday}}. {{SOP}} to be re-read by all {{dispensers}}, logged on the incident log.
        [[name:ruth]] ok about it but said its the 2nd time
    """)),
    # 2 formal narrative
    ("health", "near_miss", prose("""
        On the afternoon of [[date:14 March 2024]] a {{dispenser}} picked {{propranolol}} 40mg
        tablets instead of {{prednisolone}} 5mg tablets for Mr [[name:Oyelaran]]
        ([[case_reference:Rx 88213-K]]). The two products are stocked next to each other on the P
        shelf and have similar white and green packaging. The error was identified at the final
        {{accuracy check}} by our {{ACT}}, [[name:Eilidh Drummond]], when the barcode did not match the
        {{EPS}} item. Mr [[name:Oyelaran]] has {{asthma}} and a beta-blocker could have caused
        {{bronchospasm}}. No medicine left the pharmacy. Prednisolone has been moved to a separate
        shelf with a {{LASA}} warning label and the {{Responsible Pharmacist}}, [[name:Anish Vora]],
        has shared the near miss at the {{team huddle}}. Recorded on {{LFPSE}} as a near miss with no
        harm. [[organisation:Kestrel Lane Pharmacy]], [[organisation:Kestrel Lane Health Centre]].
    """)),
    # 3 shout-out
    ("health", "success", block("""
        ⭐ {{STAFF ROOM}} BOARD ⭐
        Thank you [[name:Faith]] for staying till 7 on [[date:Friday 26th]] to sort Mr
        [[name:Whitlock]]'s {{just in case}} meds when the {{district nurses}} rang at 5.40. You rang
        three {{wholesalers}}, got the {{midazolam}} and {{levomepromazine}} from
        [[organisation:Northgate Pharma Supplies]] and drove them to the house yourself so his family
        didn't have to come out. His {{wife}} came in on {{Monday}} to say he died peacefully at home, in
        his own bed, which is what he wanted. That was down to you.
        - [[name:Kofi]] & [[name:Bea]] xx
        (PS the {{CD}} register entries were perfect too 😉)
    """)),
    # 4 chronology
    ("health", "incident", block("""
        CD DISCREPANCY - {{methadone}} 1mg/ml oral solution
        [[date:Sat 16/03/24]]
        08:45 {{RP}} [[name:Anish Vora]] signs in. Running balance in {{CD register}}: 1,840 ml.
        09:10 Measured balance 1,790 ml - 50 ml short.
        09:20 Checked {{supervised consumption}} records for [[date:Fri 15/03]]. Patient
        [[case_reference:SC-114]] ([[name:DM]]) shown in register as supplied 50 ml, but the
        {{instalment}} sheet shows [[name:DM]] did not attend.
        09:40 Rang [[name:Tolu]] (dispenser, on late yesterday) - she poured the dose at 15:30 to save
        time and entered it before he arrived.
        10:40 Labelled bottle found at the back of the {{CD cabinet}}. Balance reconciled.
        11:00 Dose destroyed with {{denaturing kit}}, witnessed by [[name:Bea Lawal]].
        Outcome: no loss, but pre-pouring and pre-recording is against our {{SOP}}. Reported to the
        {{CDAO}}; [[name:DM]]'s {{keyworker}} at [[organisation:Hallowmere Recovery Service]] informed
        that he missed the dose. Ref [[case_reference:CD-2024-07]].
    """)),
    # 5 e-mail
    ("health", "near_miss", block("""
        From: [[organisation:Kestrel Lane Pharmacy]] <[[email:kestrellane.pharmacy@nhs.net]]>
        To: Dr [[name:Ines Sandoval]] <[[email:ines.sandoval@nhs.net]]>
        Date: [[date:Tue 9 April 2024]] 11:26
        Subject: Urgent query - {{warfarin}} Rx for [[name:Geraldine Fox]], {{NHS}} [[nhs_number:121 560 0070]]

        Dear Dr [[name:Sandoval]],

        We received an {{EPS}} {{prescription}} this morning for [[name:Geraldine Fox]]
        ([[date_of_birth:11/01/1941]]) for warfarin 5mg tablets x 28, "take as directed". Her
        {{yellow book}} and our records show she takes 3mg and 1mg tablets (currently 4mg daily,
        {{INR}} 2.6 on [[date:2 April]]). If she had taken "four tablets" of the 5mg {{strength}} she would
        have had 20mg. We have not dispensed it.

        Could you cancel and re-issue as 3mg and 1mg please? Happy to discuss.

        Kind regards,
        [[name:Kofi Asante-Boateng]] {{MRPharmS}}
        {{Pharmacist}}, [[organisation:Kestrel Lane Pharmacy]]
        [[organisation:Kestrel Lane Health Centre]], [[address:2 Kestrel Lane, Hallowmere]] [[postcode:HM3 7QS]]
        Tel [[phone:01632 960247]]
    """)),
    # 6 minutes
    ("health", "success", block("""
        Monthly team huddle - [[date:2 April 2024]]
        Attendees: [[name:Kofi]] ({{RP}}), [[name:Bea]] ({{ACT}}), [[name:Mohammed Rahimi]]
        ("[[name:Mo]]"), [[name:Tolu Bankole]], [[name:JD]], [[name:Grace-Anne]] (pre-reg)
        Apologies: [[name:Eilidh]] (annual leave), [[name:Sunny]] (delivery driver)

        1. Good news: zero {{MDS}} errors reported for March, first time in a year. [[name:Mo]] put this
        down to the new colour-coded backing sheets and the rule that nobody both fills and checks the
        same tray. [[name:Kofi]] thanked the team and will share with the {{ICB}} {{pharmacy lead}}.
        2. {{Pharmacy First}} - 61 consultations in March, mostly {{UTI}} and {{sinusitis}}. Two
        referrals to {{111}}.
        3. [[name:Grace-Anne]] passed her {{GPhC}} registration assessment 🎉
        Actions: [[name:Bea]] to update the MDS {{SOP}}; [[name:Mo]] to present at the [[organisation:Hallowmere LPC]]
        meeting on [[date:15 May]].
    """)),
    # 7 delivery incident
    ("health", "incident", prose("""
        Delivery incident [[case_reference:KLP-INC-031]]. On [[date:18/04/2024]] our {{delivery driver}},
        [[name:Sunny]], went to Mr [[name:Kowalczyk]] at [[address:5 Ottery Close, Hallowmere]]
        [[postcode:HM4 9PJ]]. There was no answer, so he left the bag with a {{neighbour}} at number 7.
        This is against our {{delivery SOP}} because the bag contained {{oxycodone}} 5mg capsules, a
        {{Schedule 2}} {{controlled drug}} needing a signature. The neighbour, who gave her name as
        [[name:Bernie]], passed it on the next morning. The {{tracker}} in van [[vehicle_registration:YK68 RWU]]
        confirmed the drop time. Mr [[name:Kowalczyk]] missed his evening {{modified-release}} dose and
        rang the {{out-of-hours}} service for advice; no lasting harm. [[name:Sunny]] said he had 38
        drops that day and felt under pressure to "just get them out". Actions: {{CD}} bags marked with a red
        tag, failed CD deliveries always come back to the pharmacy, and the round capped at 30 drops.
    """)),
    # 8 form
    ("health", "near_miss", block("""
        PATIENT SAFETY - NEAR MISS FORM
        Patient: [[name:Agnieszka Wiśniewska]]
        DOB: [[date_of_birth:03/09/1958]]
        NHS No: [[nhs_number:615 727 5146]]
        Address: [[address:Flat 12, Corran House, Tanner Street, Hallowmere]] [[postcode:HM1 4XG]]
        Prescriber: Dr [[name:Okafor-Reyes]], [[organisation:Thornbury Road Surgery]]
        Reported by: [[name:M. Rahimi]] ({{dispenser}})
        Date: [[date:23 April 2024]]
        Details: {{methotrexate}} 2.5mg prescribed as "take 4 tablets daily" instead of once weekly.
        Dispenser queried at labelling. {{Pharmacist}} rang the surgery; prescriber confirmed weekly -
        wrong line picked from the {{clinical system}} drop-down. Corrected Rx received via {{EPS}}
        the same day with {{folic acid}} added.
        Contributing factors: new {{locum GP}}; patient recently moved from
        [[organisation:Ridgeway Medical Centre]] and her repeat template was rebuilt by hand.
        Outcome: no harm. Ms [[name:Wiśniewska]] given {{methotrexate}} booklet and counselled.
    """)),
    # 9 WhatsApp
    ("health", "incident", block("""
        [[date:14/05/24]], 08:31 - [[name:Bea Lawal]]: morning, {{fridge 2}} max reading overnight 14.2 😱 min 3.1, now 9.0
        [[date:14/05/24]], 08:32 - [[name:Bea Lawal]]: door wasn't shut properly, a box was wedged against it
        [[date:14/05/24]], 08:35 - [[name:Kofi A]]: ok quarantine everything, label DO NOT USE, don't bin anything
        [[date:14/05/24]], 08:41 - [[name:Bea Lawal]]: 6 {{NovoRapid}} pens for collection, {{Humulin I}} x3, 2 {{Ozempic}}, 20 {{flu vaccine}}
        [[date:14/05/24]], 08:58 - [[name:Kofi A]]: rang {{Medical Information}} - insulins ok (room temp up to 28 days), {{Ozempic}} ok. Flu vax have to go, excursion outside {{Green Book}} range
        [[date:14/05/24]], 09:15 - [[name:Jamal]]: why didn't the {{data logger}} text anyone??
        [[date:14/05/24]], 09:20 - [[name:Kofi A]]: SIM in it expired, nobody got the renewal email. ordering new one today
        [[date:14/05/24]], 09:22 - [[name:Jamal]]: I'll tell the {{flu clinic}} patients booked for [[date:Thursday 16th]]
    """)),
    # 10 thank-you note
    ("health", "success", prose("""
        To everyone at [[organisation:Kestrel Lane Pharmacy]], especially [[name:Eilidh]] and the lovely
        young man on the {{counter}} with the beard ([[name:Jamal]], I think?). My {{mum}}, [[name:Winifred Ashby]]
        ([[age:aged 91]]), lives on her own round the corner. In {{February}} you noticed she had been in
        three times in a week for {{paracetamol}} and seemed muddled, so you rang her {{GP}} rather than
        just serving her. It turned out she had a {{UTI}} that had made her confused and she could
        easily have taken too much. The {{practice nurse}} saw her that afternoon and she is back to her
        usual self, doing the crossword and telling me off. I don't think many places would have noticed
        or bothered. Thank you so much. [[name:Carol Ashby-Reid]] ({{daughter}})
    """)),
    # 11 table
    ("health", "near_miss", block("""
        {{MDS}} weekly check - w/c [[date:20/05]]
        Patient         | Tray | Filled by | Checked by | Issue
        [[name:E. Nwosu]]       | 4 wk | [[name:M.R.]]      | [[name:KA]]         | none
        Mr [[name:G Pearce]]    | 4 wk | [[name:TB]]        | [[name:AV]]         | none
        [[name:B. Szabo]]       | 1 wk | [[name:JD]]        | [[name:JD]]         | filled + checked by same person
        Mrs [[name:Lakshmi Iyer]] | 1 wk | [[name:M.R.]]      | [[name:KA]]         | none

        [[name:B. Szabo]]'s tray was filled and checked by [[name:JD]] because {{ACT}} was {{off sick}}. On the
        {{spot-check}} [[name:AV]] found {{furosemide}} missing from every lunchtime slot. Tray re-done before
        it left. [[name:JD]] was covering the {{counter}} at the same time. Learning: if no second checker,
        the tray waits for the {{pharmacist}} - never self-check. Discussed with {{RP}}.
    """)),
    # 12 handover
    ("health", "incident", block("""
        Handover - late shift [[date:Tue 4 June]]
        - {{RP}} today [[name:Anish]], tomorrow {{locum}} [[name:Claudette Obi]].
        - INCIDENT: bag for Mr [[name:Graham Brown]] ([[address:14 Elm Rise]]) handed to Mr
          [[name:Glen Brown]] at 15:40. Counter asked name only, not address/DOB. [[name:Glen Brown]]
          realised at home - {{sertraline}} not his, brought back 17:10 unopened. [[name:Graham Brown]]
          collected his own at 17:30, told and apologised to. Logged, {{RP}} aware.
        - CD: 2 x {{Oramorph}} for collection in cabinet, both checked.
        - Owings: {{Estradot}} patches for Mrs [[name:Leary]] - still out of stock, {{wholesaler}} says Fri.
        - [[organisation:Kestrel Lane Medical Practice]] rang re {{SMR}} list - [[name:Hina]] to call back.
        - {{Dispensing}} 14 tubs behind. Sorry!! [[name:Mo]]
    """)),
    # 13 formal success
    ("health", "success", prose("""
        Good practice report. On [[date:3 July 2024]] a prescription for {{clarithromycin}} 500mg twice
        daily was issued by the {{out-of-hours}} service to [[name:Desmond Achterberg]]
        ([[age:aged 68]]) for a {{chest infection}}. When checking his record, our {{pre-registration
        pharmacist}} [[name:Grace-Anne Mbeki]] noticed he also takes {{simvastatin}} 80mg, a combination
        that carries a significant risk of {{rhabdomyolysis}}. She raised it with the
        {{Responsible Pharmacist}}, who contacted the prescriber at [[organisation:Hallowmere Urgent Care]]
        and agreed that Mr [[name:Achterberg]] would stop his statin for the course and restart two days
        after finishing. This was explained to him and written on his bag. [[name:Grace-Anne]]'s check
        is exactly what the {{BNF}} interaction guidance asks for, and she used the {{SBAR}} format
        she had learned only the week before. Shared as learning with the {{ICB}} medicines safety group.
    """)),
    # 14 Teams chat
    ("health", "near_miss", block("""
        [[name:Tolu Bankole]] 10:14
        @[[name:Anish]] two {{EPS}} scripts came down for [[name:Patrick Ó Súilleabháin]] this morning, both
        {{zopiclone}} 7.5mg x28, issued 9 mins apart
        [[name:Anish Vora]] 10:16
        did we dispense either yet?
        [[name:Tolu Bankole]] 10:16
        first one's bagged, second on the {{spine}} still
        [[name:Anish Vora]] 10:20
        rang [[organisation:Millbeck Surgery]], {{receptionist}} thinks {{GP}} hit issue twice. asked for the
        second to be cancelled. would've been 56 tabs of a {{z-drug}} to someone who was in
        {{A&E}} in {{feb}} with an {{overdose}}
        [[name:Tolu Bankole]] 10:31
        second one now cancelled on {{EPS}} ✅
        [[name:Anish Vora]] 10:33
        good spot. log as near miss please, and ping [[name:Patrick Ó Súilleabháin]]'s
        {{community mental health}} worker. ref [[case_reference:NM-KL-0519]]
    """)),
    # 15 e-mail incident
    ("health", "incident", block("""
        From: [[name:Anish Vora]] <[[email:anish.vora@kestrelpharmacy.co.uk]]>
        To: {{Superintendent Pharmacist}} <[[email:governance@kestrelpharmacy.co.uk]]>
        Date: [[date:Mon 15 July 2024]]
        Subject: CD incident - expired {{Schedule 2}} prescription dispensed

        Hi [[name:Rukhsana]],

        On [[date:12 July]] we dispensed {{morphine sulfate}} {{MR}} 30mg for a patient
        ([[case_reference:PMR 33180]]) on a paper prescription dated [[date:10 June]] - 32 days old, so
        outside the 28-day validity. The {{locum}} did not spot the date and our {{CD}} checklist only
        asks about quantity and dose. The {{patient}} is on a stable regime and no clinical harm
        occurred, but legally the supply should not have been made.

        I've informed the prescriber at [[organisation:Thornbury Road Surgery]] and the {{CDAO}}. I have
        added the date-check to the CD checklist and briefed the team.

        Thanks,
        [[name:Anish]]
        [[name:Anish Vora]], {{Pharmacist Manager}}
        [[organisation:Kestrel Lane Pharmacy]] | [[phone:01632 960247]]
    """)),
    # 16 rushed success
    ("health", "success", prose("""
        v quick good catch to log - lady in for {{BP check}} under the {{hypertension case-finding}}
        service [[date:mon 8th]], mrs [[name:adebayo-stone]] [[age:74yo]]. {{bp}} 162/98 but the {{machine}} kept
        flashing irregular, [[name:hina]] did a {{manual pulse}} and it was all over the place. sent her
        straight up to [[organisation:Kestrel Lane Medical Practice]] with a note, they did an {{ECG}}
        same day, {{AF}}, started on {{apixaban}}. dr [[name:sandoval]] rang down to say thanks, said
        could have been a {{stroke}} waiting to happen. well done [[name:hina]] 👏 exactly why we do
        the manual check and dont just trust the {{cuff}}
    """)),
    # 17 chronology
    ("health", "near_miss", block("""
        Near miss - paediatric liquid strength
        [[date:Thurs 21 Nov]]
        16:50 {{EPS}} script for [[name:Noah Lindqvist-Amadi]] ([[age:aged 2]]) - {{amoxicillin}}
        250mg/5ml, 5ml three times a day.
        16:58 {{Dispenser}} [[name:Hope]] labels it; {{mum}} waiting at counter.
        17:02 {{ACT}} check - [[name:Bea]] notes the weight on the {{Pharmacy First}} referral from
        [[organisation:Hallowmere Urgent Care]] is 12kg, and the dose is double the {{BNFc}} dose for age.
        17:05 {{Pharmacist}} [[name:Kofi]] rings prescriber. Meant 125mg/5ml, picked the wrong strength.
        17:15 Corrected EPS received; 125mg/5ml supplied, mum shown the {{oral syringe}}.
        Harm avoided: two-fold overdose for 5 days. [[name:Hope]] said she "assumed the {{doctor}} knew".
        Learning: all {{paediatric liquids}} get a dose-for-age check at labelling, not just at final check.
    """)),
]

AVIATION = [
    # 1 rushed notes
    ("aviation", "incident", prose("""
        ops scribble - catering for [[aircraft_registration:G-OXLN]] / [[flight_number:ALX417]] came
        in from [[organisation:Aerogourmet]] with {{sesame}} on the {{canapés}} even tho the order
        said SESAME ALLERGY {{pax}} seat 3 in caps. {{cabin attendant}} [[name:Manon]] spotted the seeds
        at 0720 loading, 40 min before {{ETD}}. [[name:jamie]] binned the tray, rang
        [[organisation:Aerogourmet]], replacement arrived 0750 with a new {{allergen label}}.
        off blocks 0812, 12 min delay, {{PIC}} fine with it. our order form was right, their kitchen
        printed off an old template. emailed their {{ops mgr}} [[name:Daniel Ng]] for a written
        response + asked for {{allergen matrix}} on every delivery from now. logged as
        [[case_reference:SKY-OCC-2291]]. pls everyone check catering against the order not just the
        {{docket}}!!
    """)),
    # 2 RT transcript
    ("aviation", "near_miss", block("""
        Transcript extract - {{GND}} 121.830 - [[date:11/07/2024]]
        14:51:10 TUG2: Ground, Tug 2 at {{Hangar 3}}, {{Global 6000}} [[aircraft_registration:Mike Yankee Bravo Romeo Kilo]], tow to {{Stand 12}}
        14:51:18 GND: Tug 2, tow via Bravo, hold short Charlie
        14:51:22 TUG2: Via Bravo, hold short Charlie, Tug 2
        14:52:40 GND: [[aircraft_registration:Golf Lima Tango Tango X-ray]], taxi via Charlie to {{holding point}} Alpha 1
        14:52:46 [[aircraft_registration:G-TX]]: Via Charlie, Alpha 1, [[aircraft_registration:Golf Tango X-ray]]
        14:52:50 TUG2: Tug 2 crossing Charlie
        14:52:52 GND: TUG 2 STOP, hold position
        14:52:55 TUG2: Holding, Tug 2

        Summary: towbarless tug driven by [[name:Kieran Doyle-Mensah]] moving [[aircraft_registration:M-YBRK]]
        took the Citation's clearance as his own. {{Wingtip}} clearance to [[aircraft_registration:G-LTTX]]
        estimated 15m. [[name:Kieran]] was wearing an {{ear defender}} headset with no side-tone. {{MOR}} filed by
        {{ATC}}; our ref [[case_reference:SKY-OCC-2307]].
    """)),
    # 3 Slack shout-out
    ("aviation", "success", block("""
        #ramp-kudos
        [[name:grace.mbatha]]  09:03
        Big thank you to [[name:Will]] and [[name:Tariq]] on {{nights}} 🙏 [[aircraft_registration:N614QS]] diverted
        in at 02:10 with a {{hydraulic}} warning, 9 pax and 3 crew, no {{hotel}} booked and {{customs}}
        closed. [[name:Will]] got {{Border Force}} to attend by phone, [[name:Tariq]] found 12 rooms at
        the [[organisation:Farlington Lodge Hotel]] and drove the {{crew bus}} himself. Kids were asleep in
        the {{lounge}} within 40 mins. Operator ([[organisation:Altair Executive Jets]]) has emailed to say
        it was the smoothest {{diversion}} they've had all year.
        [[name:Tariq]]  09:15
        team effort 💪 [[name:will]] did the hard bit with {{BF}}
        [[name:Marek Zieliński]]  09:20
        🔥 putting this in the monthly {{SMS}} newsletter
    """)),
    # 4 chronology
    ("aviation", "incident", block("""
        Fuel spill - {{Stand 6}} - [[date:Sun 4 Aug 2024]]
        06:40 {{bowser}} [[vehicle_registration:AF19 BVN]] (operator [[name:Lukas Hoffmann]]) begins
        {{over-wing}} uplift on {{Challenger 350}} [[aircraft_registration:D-CKAY]], 1,800 L requested.
        06:52 {{Deadman}} handle released briefly - [[name:Lukas]] steps back to answer radio, nozzle still in.
        06:53 Approx 30 L of {{Jet A-1}} overflows the left wing {{vent}} onto the apron.
        06:54 Fuelling stopped. {{Fire service}} called, {{spill kit}} deployed by [[name:Nkechi]].
        07:10 Spill contained, drains covered, no fuel into {{interceptor}}.
        07:35 {{Crew}} informed. Captain [[name:Fontaine]] inspects wing, no damage.
        08:20 [[organisation:Northern Aero Fuels]] supervisor [[name:J.P. Okoro]] attends.
        Causes: radio call during fuelling; {{wing tank}} near full with the {{auto shut-off}} not set.
        Report [[case_reference:SKY-OCC-2334]]; [[organisation:Northern Aero Fuels]] ref
        [[case_reference:NAF-0088]].
    """)),
    # 5 e-mail
    ("aviation", "near_miss", block("""
        From: [[organisation:Skyhaven]] Ops <[[email:ops@skyhaven-aviation.co.uk]]>
        To: [[organisation:Meridian Air Charter]] Ops
        Date: [[date:Thu 22 Aug 2024]] 13:05
        Subject: [[flight_number:MRD22B]] - {{GAR}} not received

        Hi team,

        Following our call, for the record: at 11:40 today [[name:Fatima Al-Sayed]] ran our
        {{pre-arrival checklist}} for [[flight_number:MRD22B]] ({{Phenom 300}}
        [[aircraft_registration:9H-VLZ]]) and found no {{General Aviation Report}} had been submitted
        for the 5 {{pax}}. The aircraft was already airborne and due at 12:30. We called
        {{Border Force}}, who accepted a late {{GAR}} and met the flight, but they were clear this will be
        recorded as a {{breach}} on your {{operator record}}.

        Your {{dispatcher}} ([[name:Sven]]) tells us the GAR was saved in draft but not sent. Please
        could you confirm what you are changing so this doesn't recur?

        Regards,
        [[name:Fatima]]

        [[name:Fatima Al-Sayed]] | {{Duty Operations Officer}}
        [[organisation:Skyhaven Aviation]], [[organisation:Farlington Airport]]
        [[phone:01632 960912]] | 24h [[phone:07700 900144]]
    """)),
    # 6 minutes
    ("aviation", "success", block("""
        {{Safety Action Group}} - minutes - [[date:5 September 2024]]
        Attendees: [[name:Marek Zieliński]] ({{Station Manager}}, chair), [[name:Chloé Baptiste]]
        ({{Compliance}}), [[name:Ross]] ({{Ramp Supervisor}}), [[name:Aiyana Whitehorse]] ({{CSR}}),
        [[name:Nkechi]] ({{Fuel}})
        Apologies: [[name:Tariq Mahmood]], [[name:Joy Ekwueme]]

        3. Good catch review - {{hangarage}}
        [[name:Ross]] presented the new {{hangar stacking plan}} board. On [[date:28 August]] it showed
        that [[aircraft_registration:OE-HFT]] needed to leave at 06:00 but was planned behind
        [[aircraft_registration:G-SKHV]] and a {{Falcon 7X}}. The night shift re-stacked at 22:00 in
        daylight-equivalent lighting instead of a rushed 05:00 move. No tows in the dark since the
        board went up.
        Action: [[name:CB]] to add the board to the {{ground ops manual}} ({{GOM}}) rev 14.
        Action: [[name:MZ]] to present at the [[organisation:Farlington Airport]] {{LRST}}.
    """)),
    # 7 WhatsApp
    ("aviation", "incident", block("""
        [[date:17/09/2024]], 16:02 - [[name:Ross]]: who loaded [[aircraft_registration:G-OXLN]]?? there's a {{LV}} suitcase sat on {{stand 4}}
        [[date:17/09/2024]], 16:03 - [[name:Abi]]: me + [[name:Sami]], all 6 {{bags}} went on, counted them
        [[date:17/09/2024]], 16:03 - [[name:Ross]]: well this is a 7th. {{tag}} says [[name:ABERNATHY]]
        [[date:17/09/2024]], 16:05 - [[name:Abi]]: oh no she came through late with a 2nd bag, [[name:Sami]] took it from {{FBO}} door
        [[date:17/09/2024]], 16:06 - [[name:Sami]]: put it on the {{baggage trolley}} while I did the {{GPU}}, thought [[name:Abi]] had it 😩
        [[date:17/09/2024]], 16:08 - [[name:Ross]]: {{aircraft}}'s gone. [[flight_number:ALX602]] to Geneva. ringing [[organisation:Altair Executive Jets]]
        [[date:17/09/2024]], 16:30 - [[name:Ross]]: sorted, bag on [[flight_number:ALX604]] tonight, they're not happy
    """)),
    # 8 form
    ("aviation", "near_miss", block("""
        GROUND OCCURRENCE - NEAR MISS
        Ref: [[case_reference:SKY-OCC-2362]]
        Date: [[date:29/09/2024]]
        Aircraft: [[aircraft_registration:M-YBRK]]  Flight: [[flight_number:PVT501]]
        Operator: [[organisation:Halcyon Private Aviation]]
        Reported by: [[name:Aiyana Whitehorse]] ({{CSR}})
        Passenger concerned: [[name:Ezra Goldberg-Saito]], DOB [[date_of_birth:06/02/2016]] ([[age:aged 8]])

        What happened: {{manifest}} listed the child's older brother, [[name:Ezra]]'s name was missing and
        the brother was not travelling. At {{passport check}} in the {{lounge}} [[name:Aiyana]] saw the mismatch. The
        child was travelling with {{dad}} only and there was no {{consent letter}} from the other
        parent. {{Border Force}} were informed before departure, spoke to {{mum}} by phone and let the
        flight go 35 min late.
        Contributing factors: manifest copied from the outbound sector; {{APIS}} data not re-checked.
        Action: {{CSR}} re-checks every name and DOB against passports before {{boarding}}.
    """)),
    # 9 handover
    ("aviation", "incident", block("""
        NIGHT HANDOVER {{Hangar 2}} - [[date:Tues 8 Oct]]
        From [[name:Olu]] to [[name:Rosie McBride]]
        * [[aircraft_registration:G-SKHV]] ({{Citation XLS}}) - {{rudder}} tip hit the {{hangar door}}
          frame at 23:10 while towing in. Door only 3/4 open (motor fault), {{wing walker}} was on the
          left side only. Scrape on rudder tip fairing ~10cm. Engineering ([[name:Hamid]] from
          [[organisation:Aeroserv Maintenance]]) inspected, aircraft {{AOG}} until NDT done.
        * Owner's rep Mr [[name:Villanueva]] told at 23:40, not happy. Wants call from {{Station Manager}}.
        * Door motor - [[organisation:Doorline Services]] booked 08:00, ref [[case_reference:DL-55871]].
        * Photos on shared drive, {{occurrence report}} started [[case_reference:SKY-OCC-2371]].
        * NOTE no tows through {{Door B}} until fixed!!
        [[name:Olu]]
    """)),
    # 10 thank-you e-mail
    ("aviation", "success", block("""
        Subject: Thank you - [[flight_number:HLC88]] [[date:19 October]]

        Dear [[organisation:Skyhaven]] team,

        I wanted to thank your staff for the way they handled our arrival last Saturday. We landed with
        an unwell {{principal}} and only 20 minutes' notice. [[name:Aiyana]] had an {{ambulance}} at the
        {{aircraft steps}}, {{customs}} cleared on board and the rest of the party in the {{lounge}} before we
        had shut down. Your {{line rep}}, [[name:Bartek]], stayed with my {{first officer}} while the
        aircraft was refuelled and put in the {{hangar}}, and even found a {{crew car}} at midnight.

        It's rare to see that level of calm. Please pass my thanks to them both.

        Kind regards,
        Capt. [[name:Helena Strand]]
        {{Chief Pilot}}, [[organisation:Halcyon Private Aviation]]
        [[email:h.strand@halcyonpa.com]]
    """)),
    # 11 table
    ("aviation", "near_miss", block("""
        Fuel uplift sheet - [[date:02/11/2024]] - {{am shift}} ([[name:Nkechi]])
        Reg     | Type         | Requested     | Entered on docket | Unit
        [[aircraft_registration:G-LTTX]]  | {{Citation CJ4}} | 1,200 L       | 1,200             | L
        [[aircraft_registration:N88VR]]   | {{Gulfstream G650}} | 3,000 USG   | 3,000             | L
        [[aircraft_registration:OE-HFT]]  | {{Learjet 75}}   | 900 L         | 900               | L

        Near miss: [[aircraft_registration:N88VR]] crew asked for 3,000 {{US gallons}}; docket entered as
        3,000 litres. {{Bowser}} driver [[name:Lukas]] queried it at the aircraft because the {{FMS}} fuel
        figure looked wrong to the {{first officer}}; crew confirmed USG. Would have left ~8,000 L
        short for a {{transatlantic sector}}. Learning: docket now has a mandatory unit box; all US
        operators read back in gallons and litres. Ref [[case_reference:SKY-OCC-2390]].
    """)),
    # 12 Slack
    ("aviation", "incident", block("""
        #crew-transport
        [[name:rosie.mcb]]  07:12
        {{crew car}} [[vehicle_registration:LR70 KVW]] back from the [[organisation:Farlington Lodge Hotel]]
        run with a flat tyre and the {{fuel card}} missing from the {{sun visor}} 🙄
        [[name:Bartek N]]  07:20
        I had it last night for the [[aircraft_registration:9H-VLZ]] crew. card was there at 23:00
        [[name:rosie.mcb]]  07:21
        did anyone else take it after?
        [[name:Sven-Erik Dahl]]  07:40
        me - took the {{captain}} to the {{24h garage}} at 01:30 for a phone charger, paid with the card 😬
        left it on the {{dash}}, window was down
        [[name:Marek Zieliński]]  08:05
        card cancelled. [[name:Sven-Erik]] pls fill in the {{vehicle log}}, nobody has since [[date:Monday 11th]].
        also reminder crew cars are for {{crew}} duties only. logging as [[case_reference:SKY-SEC-044]]
    """)),
    # 13 formal success
    ("aviation", "success", prose("""
        On the evening of [[date:21 November 2024]], a passenger waiting in the [[organisation:Skyhaven]]
        lounge for [[flight_number:ALX730]] collapsed and stopped breathing. {{Customer Service
        Representative}} [[name:Precious Dlamini]] started {{CPR}} within a minute while her colleague
        [[name:Jon-Paul Hervé]] brought the {{AED}} from reception and called {{999}}. One shock was
        delivered before the {{airport fire service}} arrived, followed by paramedics. The passenger,
        a [[age:56-year-old]] man, was taken to [[organisation:Hallowmere General Hospital]] and has
        since written to say he is recovering at home. Both staff had completed their {{first aid}}
        refresher only three weeks earlier. The debrief noted that the AED had been moved during the
        lounge refit and [[name:Jon-Paul]] found it because he had checked its new position at the start
        of his shift. Both have been nominated for the {{Station Manager}}'s commendation and the AED
        location is now on the {{shift briefing}} sheet.
    """)),
    # 14 RT transcript
    ("aviation", "near_miss", block("""
        RT extract - {{TWR}} 118.455 - [[date:Wed 4 Dec]]
        18:20:02 FOLLOW ME 1: {{Tower}}, {{Follow Me 1}} at {{holding point}} Delta 2, request cross {{runway}} 26 to the south side
        18:20:09 TWR: Follow Me 1, hold position, {{landing traffic}} 4 miles
        18:20:12 FM1: Hold position, Follow Me 1
        18:21:30 TWR: [[aircraft_registration:Golf Lima Tango Tango X-ray]], runway 26 cleared to land
        18:21:34 [[aircraft_registration:G-TX]]: Cleared to land 26, [[aircraft_registration:Golf Tango X-ray]]
        18:21:40 (van moves forward approx 5m past the {{stop bar}} then stops)
        18:21:42 TWR: Follow Me 1, STOP, you are past the stop bar

        Driver [[name:Ravi Balasubramanian]] reports he heard "cleared" and moved before hearing the
        {{callsign}}. Stop bar lights were unserviceable ({{NOTAM}}). Aircraft [[aircraft_registration:G-LTTX]]
        landed normally. {{Runway incursion}} report by {{ATC}}; internal ref [[case_reference:SKY-OCC-2418]].
    """)),
    # 15 formal incident
    ("aviation", "incident", prose("""
        At 05:30 on [[date:12 December 2024]] [[organisation:Halcyon Private Aviation]]'s
        {{Gulfstream G280}} [[aircraft_registration:M-HLCN]] was towed out of {{Hangar 3}} for an 06:15
        departure with the {{ground power unit}} cable still connected. The {{GPU}} was dragged about
        four metres before the {{brake rider}}, [[name:Demetrius Papadakis]], shouted to stop. The cable
        socket on the aircraft was damaged and the aircraft went {{AOG}}; passengers were moved to
        another operator's aircraft and left three hours late. The tug driver was on his second night
        shift covering for sickness and the {{pre-tow walk-round}} card was not completed. A
        [[organisation:Skyhaven]] {{supervisor}}, [[name:Ross Ferguson]], had signed the tow off from
        the office. This was reported to the {{CAA}} through an {{MOR}} and is being investigated as
        [[case_reference:SKY-OCC-2433]]. Actions include a physical red tag on the GPU plug and no
        remote tow sign-offs.
    """)),
    # 16 rushed success
    ("aviation", "success", prose("""
        gd catch for the board - [[name:amber]] on {{CSR}} desk [[date:sat 21st]] noticed the {{crew}} for
        [[flight_number:PVT518]] had put 2 {{pets}} on the {{pax list}} as "{{cabin baggage}}" lol. both dogs,
        no {{pet passports}} in the pack, landing in from outside GB. she rang the {{APHA}} number +
        the {{operator}} before they left [[organisation:Saint-Aubin Aviation]]... turned out the paperwork was
        there but not emailed. would've been a {{quarantine}} + £££ fine + very upset owner if it
        landed without. nice one [[name:amber]] 🐶 - [[name:MZ]]
    """)),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind269", REPORTS))
