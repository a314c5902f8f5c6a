"""Held-out blind corpus 241: 50 invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well de-identification generalises. Three settings, all people, organisations, places and
numbers invented:

- social_care (17): a disabled young people's transition team (ages 14 to 25) - Care Act
  assessments, colleges, moves to adult services, parent carers, personal budgets.
- health (17): a community dental service and dental hospital for children - extractions under
  general anaesthetic, special care dentistry, consent, safeguarding referrals.
- aviation (16): a regional airport's rescue and firefighting service - watches, crash
  tenders, foam tests, full and local standbys, station officers, training fires.

Styles are deliberately mixed: rushed lower-case notes with typos, formal narratives,
chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes with
attendance and apologies, pipe-separated tables, radio/RT transcripts, shout-outs and
thank-you notes. Identifiers are marked `[[label:value]]` and must-not-redact mentions
`{{term}}` (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind241.jsonl"

SOCIAL_CARE = [
    # 1 rushed lower-case note
    ("social_care", "incident", prose("""
        rushed note sorry - [[name:kayden]]s {{transition review}} was booked for [[date:tues 12th]]
        at [[organisation:fenwick vale college]] but the {{SENCO}} left last month and noone
        picked up the invite. {{mum}} ([[name:adaeze]]) turned up with [[name:kayden]], sat in {{reception}}
        40 mins, nobody came. she is rightly furious - 2nd time this has happend. [[name:kayden]] is
        [[age:17]] and his {{EHCP}} review is overdue so the {{Care Act}} assessment for
        {{adult services}} is behind too. ive emailed the {{head of sixth form}} and logged it as
        [[case_reference:HTT-0392]]. need someone to ring {{mum}} back tmrw, her mob is
        [[phone:07700 900318]]. {{PA}} hours still not agreed either. - [[name:dd]]
    """)),
    # 2 e-mail
    ("social_care", "near_miss", block("""
        From: [[name:Marguerite Bellamy-Osei]] <[[email:m.bellamy-osei@harrowden.gov.uk]]>
        To: {{Transitions Duty}} <[[email:transitions.duty@harrowden.gov.uk]]>
        Subject: {{Near miss}} - wrong budget letter
        Sent: [[date:Thu 7 March]] 16:42

        Hi all,

        Quick one for the log. The {{personal budget}} letter for [[name:Faith Adeyemi]]
        ([[case_reference:PB/24/1187]]) was in the {{print tray}} ready to post to
        [[address:22 Rookery Lane, Stannington]], [[postcode:HW4 2NL]]. I checked it against the
        {{support plan}} before sealing and page 2 had another young person's {{indicative budget}}
        on it (same surname, different family). Nothing went out. I've told {{business support}}
        and asked for a second check on any letter generated from the {{RAS}} spreadsheet.

        [[name:Faith]]'s {{parent carer}} would have seen a figure £9k higher than hers, which
        would have been awful to claw back.

        Thanks,
        [[name:Marguerite]]
        {{Senior Practitioner}}, [[organisation:Harrowden Transitions Team]]
    """)),
    # 3 shout-out
    ("social_care", "success", prose("""
        Shout-out to [[name:Hope]] on the {{duty desk}} this week. [[name:Tobias Nwosu]]
        ([[age:19]]) was due to move from [[organisation:Larkspur House]] into
        {{supported living}} on [[date:1 April]] and the {{provider}} pulled out with five days'
        notice. [[name:Hope]] rang round, found a flat with
        [[organisation:Brightways Supported Living]], got the {{Care Act}} {{eligibility}}
        decision signed off by the {{team manager}} the same day, and sat with [[name:Toby]]'s dad
        to go through the {{tenancy}} in plain English. [[name:Toby]] moved on the day he'd been
        promised, with a {{PA}} ([[name:Gintaras]]) he already knows. His dad texted "he slept the
        whole night, first time in years". That is what good {{transition}} looks like. Thanks
        [[name:Hope]] - from [[name:Rhi]] and the rest of the {{Tuesday team}}.
    """)),
    # 4 form
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM - [[organisation:Harrowden Borough Council]]
        Ref: [[case_reference:IR-2024-0716]]
        Name of young person: [[name:Sunny Khatun]]
        DOB: [[date_of_birth:03/09/2006]]
        Address: [[address:Flat 4, Meadowgate Court, Quarry Road, Hollinsby]] [[postcode:HW7 9RF]]
        NI no: [[ni_number:JT 48 27 91 C]]
        Date of incident: [[date:19/02/2024]]
        Reported by: [[name:Lukas Brandt]], {{Social Worker}}

        What happened: [[name:Sunny]]'s {{DLA}} to {{PIP}} reassessment was not flagged at
        {{transition}} and her {{direct payment}} account went into arrears. Her {{PA}} was not
        paid for 3 weeks and stopped coming. [[name:Sunny]] ({{autism}}, {{learning disability}})
        was without support for 6 days before her sister rang {{Duty}}.
        Immediate action: emergency {{respite}} arranged, arrears paid, {{safeguarding}} concern
        considered - threshold not met.
        Learning: add a benefits check to the 17.5 {{transition checklist}}.
    """)),
    # 5 Teams chat
    ("social_care", "near_miss", block("""
        Teams chat - Transitions Duty channel - [[date:05/03/2024]]
        [09:14] [[name:Priya Raghunathan]]: morning. [[name:Will]]'s {{mum}} just rang, she thinks
        college are sending him home on the {{minibus}} today but he's meant to go to {{dad}}'s in
        [[address:Corley Green]]
        [09:15] [[name:Owen Tiernan]]: which [[name:Will]]? we've got two
        [09:15] [[name:Priya Raghunathan]]: [[name:Will Ashcroft]], [[case_reference:HTT-0457]]
        [09:17] [[name:Owen Tiernan]]: contact arrangement says dad weds only. today's {{tues}}
        [09:18] [[name:Priya Raghunathan]]: ringing [[organisation:Fenwick Vale College]] now
        [09:26] [[name:Priya Raghunathan]]: sorted. {{transport}} had the old {{care plan}}.
        {{driver}} ([[name:Bill]]) hadn't set off yet
        [09:27] [[name:Owen Tiernan]]: phew. pls update {{LAS}} + tell his {{IRO}}? actually
        he's not {{looked after}} any more is he
        [09:28] [[name:Priya Raghunathan]]: no, {{CIN}} closed at 18. just the transport team
        then. logging as near miss
    """)),
    # 6 chronology
    ("social_care", "incident", block("""
        Chronology - medication not handed over on moving day
        Young person: [[name:Rosa-Maria Teixeira]] ([[age:18]]), [[case_reference:HTT-0311]]

        [[date:Fri 15 March]]
        13:00 [[name:Rosa-Maria]] collected from [[organisation:Larkspur House]] by
        {{supported living}} staff ([[name:Dariusz]]).
        13:05 {{MAR chart}} and {{epilepsy}} {{rescue plan}} handed over.
        {{Buccal midazolam}} NOT handed over - still in the school {{medical room}}.
        15:40 Arrived at [[address:7 Tanner's Walk, Hollinsby]].
        19:10 [[name:Rosa-Maria]] had a {{tonic-clonic seizure}} lasting 4 minutes. Staff had no
        {{midazolam}}; rang {{999}}.
        19:32 {{Paramedics}} attended, seizure had stopped. Not conveyed.
        20:15 {{On-call manager}} ([[name:Joy Ferreira]]) informed. School {{nurse}} drove the
        medication over at 21:00.
        [[date:Mon 18 March]]
        Provider notified {{CQC}}. {{Section 42}} enquiry not needed; learning agreed.
        Action: medication added to the {{moving day}} checklist, signed by both sides.
    """)),
    # 7 minutes
    ("social_care", "success", block("""
        MINUTES - {{Transition Planning Panel}}, [[date:22 February 2024]]
        Present: [[name:Grace Ndlovu]] ({{Chair}}, {{Head of Service}}), [[name:Mark Ellery]]
        ({{SENDCo}}, [[organisation:Hollinsby Academy]]), [[name:Anjali Dutta]] ({{OT}}),
        [[name:Pat]] ([[organisation:Harrowden Parent Carer Forum]]), [[name:JK]] (minutes)
        Apologies: Dr [[name:Chinwe Eze]] ({{Designated Clinical Officer}}), [[name:Stefan Wójcik]]

        Item 3 - learning from [[name:Amber]] ([[case_reference:TP-118]])
        [[name:Grace]] summarised: [[name:Amber]], [[age:16]], non-verbal, uses an {{AAC}}
        device. Her {{Care Act}} assessment started at [[age:16]] rather than 17.5 because
        [[name:Mark]] flagged her early. Joint visit with {{CAMHS}} and the {{adult LD team}};
        {{CHC}} checklist done in {{Year 11}}, so funding was agreed before she leaves school.
        [[name:Pat]] said the family felt "for once we didn't have to fight".
        Agreed: use [[name:Amber]]'s plan as the template for {{Preparing for Adulthood}}
        reviews. [[name:JK]] to circulate.
        Next meeting: [[date:21 March]]
    """)),
    # 8 table
    ("social_care", "near_miss", block("""
        {{Personal budget}} payment check - month end [[date:March 2024]]
        Prepared by [[name:N. Abubakar]], {{Finance Officer}}

        Ref | Young person | Budget/wk | Paid to | Status
        [[case_reference:PB-1042]] | [[name:Joel Marsh]] | £312 | [[organisation:Kindred Care Ltd]] | OK
        [[case_reference:PB-1055]] | [[name:Ifeoma Chukwu]] | £190 | {{direct payment}} acct | OK
        [[case_reference:PB-1061]] | [[name:Sami Haddad]] | £480 | [[organisation:Kindred Care Ltd]] | HELD
        [[case_reference:PB-1063]] | [[name:Sami Haddad]] | £480 | [[organisation:Kindred Care Ltd]] | HELD

        Near miss: [[name:Sami]]'s package was loaded twice when his record moved from
        {{children's services}} to {{adult social care}} on [[date:1 March]]. Both lines were in
        the {{BACS}} run. I spotted the duplicate because the amounts matched exactly; £480 a week
        would have been overpaid to the {{provider}}. Held both, confirmed with his {{SW}}
        ([[name:Sorcha]]) which one is live. Asked the {{systems team}} to block duplicate
        {{service agreements}}.
    """)),
    # 9 formal narrative
    ("social_care", "incident", prose("""
        On [[date:28 February 2024]] I attended the {{annual review}} at
        [[organisation:Oakhurst School]] for [[name:Ethan Cole-Whitfield]], [[age:aged 17]], who
        is moving to [[organisation:Fenwick Vale College]] in September. During the meeting it
        became clear that the school had forwarded our full {{transition assessment}} to the
        college {{admissions}} team, including the section on his mother's history of
        {{domestic abuse}} and the address of the {{refuge}} she stayed in. Ms
        [[name:Lorraine Cole]] had not consented to this and was visibly distressed. I
        apologised, contacted the college {{Data Protection Officer}} the same afternoon and they
        confirmed deletion in writing on [[date:1 March]]. Her {{IDVA}} was informed. The
        {{information sharing}} section of our assessment template does not make clear which
        parts are for education partners. I have raised this with the {{Practice Lead}} and
        recorded it under [[case_reference:DP-24-0093]]. [[name:Ethan]] was not present and has
        not been told, at his mother's request.
    """)),
    # 10 WhatsApp
    ("social_care", "success", block("""
        WhatsApp - Transitions work phones
        [[date:12/03/2024]], 17:48 - [[name:Siân]]: just to say [[name:Rhodri]] did the {{bus}} to
        {{college}} ON HIS OWN today!!
        [[date:12/03/2024]], 17:49 - [[name:Kwame Asante]]: no way 🎉 after 8 weeks of
        {{travel training}}
        [[date:12/03/2024]], 17:50 - [[name:Siân]]: his {{mum}} followed in the car the whole way,
        he didnt know lol. he texted her "at [[organisation:Coleg Aberhafren]] x"
        [[date:12/03/2024]], 17:51 - [[name:Kwame Asante]]: honestly cried a bit. can we put this
        in the {{learning log}}? the {{Direct Payment}} for the {{travel buddy}} was the bit
        {{panel}} nearly said no to
        [[date:12/03/2024]], 17:53 - [[name:Siân]]: yes will write it up. [[name:Rhodri]] wants
        to do the {{Saturday}} bus to his {{nan}}'s next
        [[date:12/03/2024]], 17:54 - [[name:Mo]]: legend. tell him [[name:Mo]] says well done
    """)),
    # 11 handover notes
    ("social_care", "near_miss", block("""
        HANDOVER - {{Duty}} pm -> am, [[date:Wed 20th]]
        - [[name:Aleksandra]] ([[case_reference:HTT-0502]]): college rang 15:30, she's said at
        {{lunch}} that her stepdad "checks her phone and her money". Not a disclosure of harm as
        such but she has a {{personal budget}} he manages. I nearly closed this as "info only" -
        [[name:rose]] on the {{duty desk}} said check who the {{appointee}} is. It's him.
        {{Safeguarding adults}} concern now raised to {{MASH}}, ref [[case_reference:M-88213]].
        - [[name:Dev]] ([[age:24]]): {{OT}} visit moved to {{Friday}}, mum aware.
        - [[name:Oluwaseun]]: no change, waiting on {{CHC}} decision.
        - Phones: {{duty phone}} battery dying, charger in {{drawer 3}}.
        Handed over by [[name:T. Okonkwo-Reid]] to [[name:Ffion]]
    """)),
]
SOCIAL_CARE += [
    # 12 e-mail
    ("social_care", "incident", block("""
        From: Duty Manager <[[email:asc.duty@harrowden.gov.uk]]>
        To: [[name:Reuben Castellanos]]
        Cc: {{Principal Social Worker}}
        Subject: RE: [[name:Callum]] - no service from 25th birthday
        Date: [[date:2 April 2024]]

        [[name:Reuben]],

        Logging this formally as an incident ([[case_reference:IR-2024-0880]]). [[name:Callum Birtwistle]]
        turned [[age:25]] on [[date:29 March]]. His {{EHCP}} ceased that day and with it the
        college {{day provision}}. The {{adult social care}} {{support plan}} should have started
        the same week but the {{Care Act}} assessment was never signed off - it was sitting in
        [[name:Annabel]]'s queue when she went on {{maternity leave}}. [[name:Callum]] has been at
        home with his grandad at [[address:31 Pit Lane, Ashcombe]] for 4 days with no activity.
        Grandad is [[age:79]] and has a heart condition.

        I have agreed an interim package today and asked {{team leaders}} to run a report of all
        open assessments for anyone aged 24 and a half or over.

        Regards
        [[name:Halima Siddiqui]]
        {{Duty Manager}}, [[organisation:Harrowden Adult Social Care]] | [[phone:01632 960 447]]
    """)),
    # 13 formal learning narrative
    ("social_care", "success", prose("""
        Learning summary. [[name:Nadia Al-Khouri]] ([[age:20]], {{cerebral palsy}},
        {{wheelchair user}}) wanted to live with friends from [[organisation:Fenwick Vale College]]
        rather than move into the {{residential care}} home her {{Care Act}} assessment first
        suggested. Her {{social worker}}, [[name:Benedikt Hoffmann]], used a
        {{strengths-based}} approach and held the planning meeting in the college café so
        [[name:Nadia]] could chair it herself with her {{communication aid}}. Her parents were
        worried about night care. The team combined a {{personal budget}} with
        {{Disabled Facilities Grant}} adaptations at [[address:14 Orchard Rise, Ashcombe]] and a
        shared {{waking night}} with the two housemates' packages. She moved in on
        [[date:9 January]]. At the three-month review [[name:Nadia]] said "I'm the boss of my own
        house now." What helped: starting at 17, the young person leading, and {{OT}} and
        {{housing}} in the room from the first meeting. Reference [[case_reference:HTT-0288]].
    """)),
    # 14 rushed note
    ("social_care", "near_miss", prose("""
        nr miss - almost took [[name:jayden]] ([[case_reference:HTT-0519]]) to the
        {{short breaks}} unit at [[organisation:Ferndown Lodge]] for a {{tea visit}} today
        without checking his {{DoLS}} / {{LPS}} position. hes [[age:18]] now so the childrens
        {{court order}} ended and nobody had done a {{capacity assessment}} about where he
        stays. [[name:amira]] (senior) stopped me in the car park lol. rearranged for
        [[date:fri 22/3]] after {{MCA}} done. pls can someone add "check legal status at 18" to
        the {{transition}} checklist, its not on there. also his mum mrs [[name:kowalczyk]]
        wants a call re her {{carers assessment}} - [[phone:07700 900 562]]
    """)),
]
SOCIAL_CARE += [
    # 15 Slack export
    ("social_care", "incident", block("""
        #transitions-team | Slack export [[date:26 Feb 2024]]
        @[[name:lucy.brennan]] 11:02 has anyone moved [[name:Efua]]'s file? it's gone from the
        shared drive
        @[[name:tomasz]] 11:04 no?? which folder
        @[[name:lucy.brennan]] 11:05 {{Transitions}} > 2024 > {{Year 12}}. her {{Care Act}}
        assessment, {{carer's assessment}} for mum and the {{CHC}} checklist all gone
        @[[name:sunita_k]] 11:09 checked - [[name:Efua Mensah]]'s folder was dragged into
        "Closed cases" by mistake by someone on {{ASC}} side. 300+ people can see that folder
        @[[name:lucy.brennan]] 11:10 omg it has her {{DOB}}, [[nhs_number:704 357 4471]] and
        address in it
        @[[name:sunita_k]] 11:12 moved back + access log requested from {{IT}}. I'll do the
        {{Datix}} ([[case_reference:DX-31907]])
        @[[name:tomasz]] 11:13 should we tell the family? @[[name:lucy.brennan]] you know mum
        @[[name:lucy.brennan]] 11:15 yes I'll ring her. this is the 2nd folder this month
    """)),
    # 16 thank-you note
    ("social_care", "success", block("""
        Thank you card (copied into the {{learning log}} by [[name:Ade]], [[date:15/03/24]])

        Dear Mr [[name:Obi]] and everyone in the {{transition team}},

        I just wanted to say thank you for the way you helped our [[name:Grace]] leave
        [[organisation:St Brannock's School]] and start at her {{day service}}. You came to her
        {{EHCP}} review when she was [[age:14]] and never once made us repeat her story. When her
        {{PIP}} was refused you helped us with the {{mandatory reconsideration}} and it was
        overturned. The {{OT}} even sorted her {{hoist}} before the first day.
        [[name:Grace]] now goes to [[organisation:Willowbank Day Centre]] three days
        a week, where she does {{pottery}} with [[name:Sunny]], and she calls you "my [[name:Kev]]".

        With love and thanks,
        [[name:Beverley]], [[name:Dennis]] and [[name:Grace Tomlinson]]
    """)),
    # 17 form
    ("social_care", "near_miss", block("""
        NEAR MISS REPORT
        Service: [[organisation:Harrowden Transitions Team]]
        Client name: [[name:Arjun Venkataraman]]   {{DOB}}: [[date_of_birth:11.07.2005]]
        Client ref: [[case_reference:HTT-0377]]
        Address: [[address:Flat 2, 90 Brookside Avenue, Ashcombe]], [[postcode:HW2 5BQ]]
        Tel: [[phone:01632 960 812]]
        Reported by: [[name:Chloë Faure]], {{Transition Worker}}   Date: [[date:8 March 2024]]

        Description: {{Direct payment}} agreement for [[name:Arjun]] was ready to be signed by
        his {{father}}. On the {{home visit}} [[name:Arjun]] said clearly that he wants to manage it
        himself. He has {{capacity}} for this decision (assessed [[date:Jan 24]]). We had
        prepared the paperwork in the father's name out of habit, as we did when he was under 18.
        Not signed. New agreement drawn up in [[name:Arjun]]'s name with a {{support broker}}.
        Contributing factors: {{template}} defaults to "{{parent/guardian}}"; no prompt to
        re-check at 18.
    """)),
]

HEALTH = [
    # 1 formal narrative
    ("health", "incident", prose("""
        On [[date:6 February 2024]] [[name:Leo Drummond-Price]] ([[age:6]]) attended
        [[organisation:Oldmere Dental Hospital]] for extraction of four {{primary molars}} under
        {{general anaesthetic}}. The referral from [[organisation:Brackenfield Community Dental Service]]
        listed {{74}}, {{75}}, {{84}} and {{85}}. The {{WHO checklist}} was completed but the
        {{sign in}} read the teeth from the theatre list, which had been transcribed as
        {{64}}, 75, 84, 85. The {{specialty registrar}} extracted 64, a sound tooth, and the
        error was noticed in {{recovery}} when the {{dental nurse}} compared the
        {{radiographs}}. 74 was extracted under the same anaesthetic after discussion with the
        {{consultant}}, Ms [[name:Eilidh Fraser]]. This meets the {{Never Event}} definition
        ({{wrong site surgery}}) and was reported as [[case_reference:W-5521]]. {{Duty of Candour}}
        was carried out with [[name:Leo]]'s father the same afternoon. Hospital number
        [[case_reference:OD0048213]]. Learning: the {{time out}} must check against the original
        referral and radiographs, not a transcribed list.
    """)),
    # 2 chronology
    ("health", "near_miss", block("""
        Timeline - near miss, {{GA}} list [[date:Tues 13/02]], {{Theatre 2}}
        07:45 List printed. Two patients called [[name:Maya]]: [[name:Maya Kowalski]]
        ([[age:4]], [[case_reference:OD0051177]]) and [[name:Maia Okoro]] ([[age:5]],
        [[case_reference:OD0050963]]).
        08:10 {{Admissions nurse}} ([[name:Gwen]]) admits "[[name:Maya]]" from the waiting room -
        it was [[name:Maia Okoro]]. Wristband printed correctly from her {{hospital number}}.
        08:35 {{Anaesthetist}} Dr [[name:Hamid Rezaei]] starts {{sign in}}, asks mum to state the
        child's full name and {{DOB}}. Mum says [[date_of_birth:02/11/2018]]. List says
        [[name:Maya Kowalski]] is first - DOB does not match.
        08:37 Stop. Correct child for slot 1 found still in the waiting room.
        08:50 List re-ordered, both children treated, no harm.
        Contributing: similar names, same {{consultant}}, {{pre-assessment}} notes clipped
        together. Action: name alert sticker on both sets of notes; {{sound-alike}} names
        flagged at {{huddle}}. Reported by [[name:S. Amankwah]], {{Theatre Coordinator}}.
    """)),
    # 3 thank-you card
    ("health", "success", block("""
        To Dr [[name:Patel]], [[name:Bronwen]] and the lovely nurses at
        [[organisation:Brackenfield Community Dental Service]] ([[organisation:Elm Park Clinic]])

        Thank you so much for being so patient with [[name:Rafferty]]. He is [[age:9]], has
        {{autism}} and {{ADHD}} and has screamed at every dentist since he was [[age:2]]. You let him
        visit three times just to sit in the {{chair}}, press the buttons and wear the
        {{sunglasses}}. On the fourth visit he let you do {{fissure sealants}} AND the
        {{fluoride varnish}} without any {{sedation}}. He now tells everyone at
        [[organisation:Kingsgate Primary]] that he is "brave like a {{Jedi}}".

        We were told by our old practice he would need a {{general anaesthetic}} for everything.
        You proved them wrong.

        Love [[name:Joanne]] & [[name:Raff]] xx
    """)),
    # 4 rushed note
    ("health", "incident", prose("""
        need to log this - the {{safeguarding}} referral for [[name:tyler-jay]] ([[age:7]],
        seen [[date:mon 19th]], multiple {{abscesses}}, {{dental neglect}}, 3 x {{WNB}}) never got
        sent. i wrote it up on the {{CDS}} template and left it in the tray for {{SDO}} sign-off
        bc dr [[name:h]] was off. nobody picked it up. {{health visitor}} rang today asking why we
        hadnt referred as his sister ([[age:aged 2]]) is now on a {{CP plan}}. sent to {{MASH}} today
        [[date:4/3]] ref [[case_reference:MASH-240304-17]], 2 weeks late. also told {{named nurse}}.
        we need an electronic way to do this, paper trays dont work when ppl are off.
        [[name:kez]] ({{DN}}) [[organisation:Elm Park Clinic]]
    """)),
    # 5 e-mail
    ("health", "near_miss", block("""
        From: [[name:Florence Achterberg]] <[[email:florence.achterberg@nhs.net]]>
        To: [[email:oldmere.paedsdental@nhs.net]]
        Subject: Consent query - [[name:Zainab Hussain]] [[case_reference:OD0049920]]
        Date: [[date:Fri 1 March 2024]] 08:12

        Morning team,

        Flagging a near miss from yesterday's {{pre-assessment}} clinic. [[name:Zainab]]
        ([[age:11]]) was listed for {{GA}} extractions on [[date:8 March]]. {{Consent form 2}}
        had been signed by her grandmother, who brings her to every appointment. On checking
        with the {{social worker}} it turns out grandmother has no {{parental responsibility}};
        [[name:Zainab]] is under a {{Child Arrangements Order}} with her aunt, [[name:Samira]].

        We caught it before the day and re-consented with the aunt by phone (two witnesses),
        then in person. Could we add a "{{PR}} confirmed by:" box to the {{pre-assessment}}
        sheet?

        Kind regards,
        [[name:Flo]]
        [[name:Florence Achterberg]] | {{Clinical Nurse Specialist}}
        [[organisation:Oldmere Dental Hospital]] | [[phone:0117 496 0735]]
    """)),
    # 6 form
    ("health", "incident", block("""
        PATIENT SAFETY INCIDENT - {{Paediatric Dentistry}}
        Incident no: [[case_reference:W-5604]]
        Patient: [[name:Kacper Nowicki]]
        NHS no: [[nhs_number:688 600 1620]]
        DOB: [[date_of_birth:14 May 2016]]
        Address: [[address:3 Cinder Row, Wexcombe]] [[postcode:WX3 8DP]]
        Parent tel: [[phone:07700 900 274]]
        Date/time: [[date:22/02/2024]] 19:40 (after discharge)

        Summary: Day case {{GA}}, 6 teeth extracted. Discharged 13:30 with the {{adult}}
        {{post-op leaflet}} (not the children's one), which has no out-of-hours number for the
        {{dental hospital}}. Socket bleeding at home; mum rang {{111}} and was sent to
        {{A&E}} at [[organisation:Wexcombe General]], waited 4 hours. {{Haemostasis}} with
        {{pressure}} and {{Surgicel}}. [[name:Kacper]] was frightened but is ok.
        Found by: [[name:Fatou Jallow]], {{Band 6}} nurse, on the follow-up call
        Actions: adult leaflets removed from {{Day Unit}}; {{discharge checklist}} updated.
    """)),
    # 7 Teams chat
    ("health", "success", block("""
        Teams - {{Special Care Dentistry}} team chat
        [[date:Thu 29 Feb]]
        [[name:Ines Carvalho]] 16:05
        Just had [[name:Roman]] in for his 5th {{acclimatisation}} visit. He let me count his
        teeth with the mirror!! first time ever
        Dr [[name:Ali Hassan]] 16:07
        What?! after the {{GA}} was cancelled twice 😮
        [[name:Ines Carvalho]] 16:08
        the {{Now/Next}} board his {{SENCO}} made helped loads. and keeping the same {{dental nurse}}
        ([[name:Joy]]) every time
        [[name:Joy]] 16:10
        he brought me a drawing of a tooth 🦷
        Dr [[name:Ali Hassan]] 16:12
        Brilliant. Let's try {{inhalation sedation}} next rather than re-listing for GA.
        Can someone write it up for the {{learning bulletin}}? {{Hospital no}}
        [[case_reference:OD0047781]]
        [[name:Ines Carvalho]] 16:13
        on it
    """)),
]
HEALTH += [
    # 8 handover notes
    ("health", "near_miss", block("""
        {{Day Unit}} handover - {{late}} to {{night}} - [[date:Wed 6th March]]
        Bay 1 [[name:Mercy Boateng]] [[age:13yo]] - {{GA}} extractions x4 + {{pulpotomy}}.
        Back from {{recovery}} 15:20. Tolerating fluids.
        !! NEAR MISS: {{ODP}} went to use {{chlorhexidine}} {{mouthwash}} post-op.
        [[name:Mercy]] has a documented chlorhexidine {{anaphylaxis}} from a {{GA}} elsewhere - it's
        on the {{allergy band}} but NOT on the {{theatre list}} or the {{pre-op checklist}} (page
        was left blank). Mum stopped him. [[name:Mercy]] fine. {{Datix}}
        [[case_reference:W-5633]] done by me.
        Bay 2 [[name:Olly]] ([[name:Oliver Stanhope-Lane]]) [[age:8]] - {{special care}} pt,
        {{Down syndrome}}, {{CPAP}} at night, mum staying. Obs stable.
        Bay 3 empty.
        To do: chase {{pharmacy}} re {{paracetamol}} suspension for Bay 2. Ring
        [[name:Mercy]]'s mum in the am ([[phone:07700 900 613]]).
        [[name:Tendai]] (late) -> [[name:Ro]] (night)
    """)),
    # 9 table
    ("health", "incident", block("""
        {{GA}} list - [[organisation:Oldmere Dental Hospital]] {{Theatre 1}} - [[date:12/03/2024]]
        Slot | Patient | {{Hosp no}} | Age | {{Fasting told}} | Outcome
        1 | [[name:Ruby-Mae Hargreaves]] | [[case_reference:OD0052210]] | [[age:3]] | 07:00 | done
        2 | [[name:Bilal Chaudhry]] | [[case_reference:OD0051874]] | [[age:7]] | 07:00 | done
        3 | [[name:Summer Leigh]] | [[case_reference:OD0052045]] | [[age:5]] | 11:00 | CANCELLED
        4 | [[name:Ibrahim Sow]] | [[case_reference:OD0051690]] | [[age:10]] | 07:00 | CANCELLED

        Incident: slot 3 family were told by the {{booking team}} to fast from 11:00 (the old
        {{afternoon list}} time). [[name:Summer]] had eaten {{toast}} at 10:30 and the list was
        moved to {{morning}}. Slot 4 then ran out of time. Both children fasted and then sent
        home; [[name:Ibrahim]] had already been cancelled once on [[date:9 January]].
        {{Complaint}} received from [[name:Summer]]'s {{dad}}. Rebooked for [[date:19 March]].
        Logged by [[name:Nkechi]], {{list coordinator}}.
    """)),
    # 10 minutes
    ("health", "success", block("""
        {{Paediatric Dentistry}} {{M&M}} / Learning meeting - [[date:7 March 2024]]
        Attendees: [[name:E. Fraser]] ({{Consultant}}, chair), [[name:Y. Karimi]] ({{StR}}),
        [[name:Hope Mwangi]] ({{Senior Dental Nurse}}), [[name:Lars Eriksen]] ({{Anaesthetist}}),
        [[name:Dimitra]] ({{CDS}} liaison)
        Apologies: [[name:Faith]] ({{Safeguarding}} lead)

        2. Good practice - [[name:Kofi]] ([[age:12]]), {{MIH}} with severe {{hypersensitivity}}.
        Referred by [[organisation:Riverside Dental Care]] for extraction of all four
        {{first permanent molars}} under GA. [[name:Y. Karimi]] and the {{orthodontic}} team reviewed
        together and agreed a {{compensating extraction}} plan timed with the {{second molars}}.
        [[name:Hope]] phoned [[name:Kofi]] the week before to explain the day; he asked for
        his own music in the {{anaesthetic room}}. Done in one GA instead of two.
        Action: joint {{ortho}} review for all {{FPM}} extraction referrals - [[name:EF]].
        Next: [[date:4 April]], {{Seminar Room B}}.
    """)),
    # 11 WhatsApp (work)
    ("health", "near_miss", block("""
        [[date:27/02/2024]], 12:31 - [[name:Bex Calloway]]: girls quick one, letter for
        [[name:Lily-Rose]] was just about to go to the address on {{SystmOne}} - it's her {{dads}}
        old flat, she's moved to {{mums}} at [[address:12 Harrier Way, Wexcombe]] [[postcode:WX5 1HT]]
        [[date:27/02/2024]], 12:33 - [[name:Marisol]]: omg there's a {{non-molestation order}}
        against dad isn't there
        [[date:27/02/2024]], 12:33 - [[name:Bex Calloway]]: yes!! it was on the {{referral}} from
        the {{school nurse}} but nobody updated the {{demographics}}
        [[date:27/02/2024]], 12:35 - [[name:Marisol]]: shredded?
        [[date:27/02/2024]], 12:36 - [[name:Bex Calloway]]: yep. updated + {{safeguarding alert}}
        added. doing the {{near miss form}} now. [[name:Lily-Rose Atherton]], hosp no
        [[case_reference:OD0049144]] if anyone sees her tomorrow
        [[date:27/02/2024]], 12:40 - [[name:Grace]]: good spot [[name:Bex]] 👏
    """)),
]
HEALTH += [
    # 12 e-mail
    ("health", "incident", block("""
        Subject: Incident [[case_reference:W-5590]] - repeated was-not-brought, child admitted
        From: [[name:Amadou Diallo]], {{Dental Officer}}, [[organisation:Brackenfield CDS]]
        To: {{Named Nurse Safeguarding Children}}
        Date: [[date:20 February 2024]]

        Dear [[name:Siobhan]],

        [[name:Jaxon Pryce]] ([[age:5]], NHS [[nhs_number:616 542 7014]]) was referred to us
        by his {{GDP}} on [[date:12 October]] with {{caries}} in 8 teeth. He was not brought to
        appointments on [[date:7 Nov]], [[date:5 Dec]] and [[date:16 Jan]]. Under our
        {{WNB}} policy the third should have triggered a call to the {{health visitor}} and
        {{GP}}, but the clinic was covered by {{locum}} staff and he was discharged back to
        the {{GDP}} with a standard letter.

        On [[date:17 February]] [[name:Jaxon]] was admitted to [[organisation:Wexcombe General]]
        with {{facial cellulitis}} needing {{IV antibiotics}} and emergency extractions. The
        {{paediatric}} team have made a {{safeguarding}} referral for {{neglect}}.

        I think our system failed him. I'd welcome a {{rapid review}}.

        [[name:Amadou]]
        [[organisation:Brackenfield CDS]], [[address:Unit 4, Tollgate Business Park, Wexcombe]]
    """)),
    # 13 shout-out
    ("health", "success", prose("""
        Big shout-out to [[name:Precious]] and [[name:Tomás Ó Briain]] in the
        {{special care}} clinic on [[date:Tues 5th]]. [[name:Ayesha]], [[age:23]], has
        {{profound and multiple learning disabilities}} and came across from
        [[organisation:Harrowden Transitions Team]] because adult services had no {{hoist}}.
        Instead of listing her for yet another {{GA}}, they did a {{best interests}} meeting
        with her mum and {{IMCA}}, then treated her in her own wheelchair on the
        {{wheelchair recliner}}, using {{Makaton}} signs her mum showed them. Two
        {{restorations}}, a {{scale and polish}} and no {{restraint}}. Mum said it's the first
        time in ten years she's had treatment awake. [[name:Precious]] even sent the
        {{hospital passport}} ahead to the {{GA}} team so it's on file if ever needed. That is
        {{reasonable adjustments}} done properly.
    """)),
    # 14 rushed note
    ("health", "near_miss", prose("""
        near miss {{sedation}} clinic today - {{midazolam}} drawn up at {{adult}} dose for
        [[name:noah b]] ([[age:14]], 38kg). {{protocol}} is by weight. checked by 2nd person
        ([[name:anita]]) at bedside b4 giving, she queried it, redrawn correctly. no harm. think
        it happened cos the {{sedation}} {{proforma}} we were using was the {{adult}} one from
        [[organisation:st clement's]] - the paeds one was out of stock. {{IV}} {{sedation}}
        shouldnt be running without the right paperwork tbh. hosp no
        [[case_reference:OD0050012]]. also the {{flumazenil}} in the {{crash trolley}} was
        last checked [[date:03/01]]. pls sort. - [[name:SJ]], {{SpR}}
    """)),
    # 15 Slack
    ("health", "incident", block("""
        #cds-admin  [[date:Mon 11 Mar]]
        [[name:pat.oyelaran]] 09:02
        Think I've done something bad. Sent [[name:Archie]]'s {{referral letter}} to the wrong school
        [[name:pat.oyelaran]] 09:02
        emailed it to [[email:office@kingsgateprimary.sch.uk]] instead of
        [[email:office@kingsmead-primary.sch.uk]] - autocomplete 😩
        [[name:Delphine M]] 09:05
        what was in it?
        [[name:pat.oyelaran]] 09:06
        his name, {{DOB}}, NHS [[nhs_number:937 518 1405]], that he needs a {{GA}} for
        {{extractions}} and that mum has asked school to help with {{transport}}
        [[name:Delphine M]] 09:08
        ok ring [[organisation:Kingsgate Primary]] now and ask them to delete + confirm in
        writing. then {{IG}} form and tell mum. it's reportable internally not to {{ICO}} I
        think but {{IG team}} will say
        [[name:pat.oyelaran]] 09:31
        school confirmed deleted. {{Datix}} [[case_reference:W-5641]]. rang mum, she was fine
        about it thank god
    """)),
]
HEALTH += [
    # 16 formal narrative
    ("health", "success", prose("""
        Learning from excellence report. On [[date:15 February 2024]] [[name:Dang Thi Lan]]
        brought her son [[name:Minh]] ([[age:8]]) to [[organisation:Elm Park Clinic]] for a
        {{consent}} appointment before {{GA}} extractions. Mrs [[name:Dang]] speaks limited
        English and a telephone {{interpreter}} had been booked, but the line dropped twice. The
        {{dentist}}, [[name:Marcus Oyelowo-Baptiste]], stopped rather than carry on with
        [[name:Minh]] translating, rebooked for the next day with a face-to-face
        {{Vietnamese}} interpreter from [[organisation:Wexcombe Language Link]], and used the
        {{easy-read}} pictures of the {{day unit}}. On the second visit Mrs [[name:Dang]] asked
        about {{fluoride}} toothpaste for the younger sibling, which she had not felt able to
        ask before. Children should never interpret for their own {{treatment}}; this was a
        good example of the {{Accessible Information Standard}} in practice.
        Ref [[case_reference:LFE-0219]].
    """)),
    # 17 form
    ("health", "near_miss", block("""
        NEAR MISS - {{Special Care Dentistry}}, [[organisation:Oldmere Dental Hospital]]
        Reporter: [[name:Wiktoria Zielińska]] ({{DCT}})   Date: [[date:4 March 2024]]
        Patient: [[name:Bartholomew "Barty" Quigley]]   Hosp no: [[case_reference:OD0046658]]
        NHS no: [[nhs_number:899 823 2545]]   DOB: [[date_of_birth:30/06/2003]]
        GP: [[organisation:Moorcroft Medical Practice]]

        What nearly happened: [[name:Barty]] ([[age:20]], {{haemophilia A}}) was booked for a
        {{surgical extraction}} of {{LL8}} in the {{minor oral surgery}} list. The
        {{haemophilia centre}} plan ({{factor VIII}} pre-op) was in a scanned letter not flagged
        on the {{electronic record}}. I found it when reading back through old letters the
        night before. Procedure postponed and re-planned with the {{haematology}} team.
        Why: {{medical alerts}} do not carry over when a patient moves from the
        {{paediatric}} record to the {{adult}} record at 18.
    """)),
]

AVIATION = [
    # 1 formal narrative
    ("aviation", "incident", prose("""
        At approximately 14:20 on [[date:9 March 2024]], during a {{local standby}} for
        [[flight_number:PSK417]] ({{ATR 72}}, [[aircraft_registration:G-PSKC]]) reporting a
        {{cargo hold}} smoke indication, {{Major 2}} ([[vehicle_registration:YK68 FRX]]) was
        repositioning from the {{RVP}} to the {{holding point}} for {{Runway 26}}. The driver,
        {{Firefighter}} [[name:Callum Rourke]], reversed without a {{banksman}} and struck the
        {{airside}} perimeter fence, damaging the rear {{ladder gantry}}. Nobody was hurt. The
        aircraft landed normally and the standby was stood down at 14:31. {{Major 2}} was
        declared {{off the run}} and the airport dropped to {{RFFS Category}} 6 for 50 minutes
        until the {{reserve tender}} was crewed; {{ATC}} were informed. {{Station Officer}}
        [[name:Okonjo]] carried out a {{post-incident}} check with the crew. The vehicle
        {{reversing camera}} had been reported faulty on [[date:2 March]] but no
        {{defect}} was raised on the {{fleet system}}. Reported under [[case_reference:RFFS-24-031]]
        and to the {{CAA}} as an {{MOR}}.
    """)),
    # 2 RT transcript
    ("aviation", "near_miss", block("""
        RT transcript extract - {{Tower}} frequency - [[date:16/02/2024]]
        (recorded, times UTC)
        07:52:10 {{Major 1}}: Tower, Major One, request cross Runway 08 at {{Alpha}} for
        {{foam test}} area.
        07:52:16 Tower: Major One, hold short Runway 08, traffic on {{final}}.
        07:52:20 {{Major 1}}: Hold short, Major One.
        07:53:41 Tower: [[flight_number:SVL2281]], Runway 08, cleared to land, wind 090 12.
        07:53:48 [[flight_number:SVL2281]]: Cleared to land 08, [[flight_number:SVL2281]].
        07:54:02 Tower: Major One STOP STOP, hold position.
        07:54:05 {{Major 1}}: Holding, Major One, apologies.

        Note by {{Watch Manager}} [[name:Kieran Blackwood-Shah]]: the driver heard "cross" from
        an earlier exchange with {{Rescue 3}} and began to move. The tender stopped about
        10 metres short of the {{stop bar}}. [[flight_number:SVL2281]] ([[aircraft_registration:G-OCBR]])
        landed without incident. Report [[case_reference:RFFS-24-019]]. Driver stood down from
        {{airside driving}} pending reassessment.
    """)),
    # 3 shout-out
    ("aviation", "success", prose("""
        Shout-out to {{Blue Watch}} for last night's {{full emergency}}. A {{Dash 8}},
        [[flight_number:PSK233]], declared an
        {{engine fire}} warning at 23:05. Crew commander [[name:Deb]] had all three
        {{crash tenders}} at the {{RVP}} in 1 min 50 and briefed the crews on the
        {{evacuation}} plan before the aircraft was on {{final}}. It landed, vacated onto
        {{Taxiway Charlie}} and the {{thermal imaging}} showed no heat. [[name:Sunny]] on
        {{Major 3}} kept the captain talking on the {{discrete frequency}} so the passengers
        stayed on board rather than using the {{slides}}. No injuries, aircraft
        ([[aircraft_registration:G-LNDA]]) towed to {{Stand 4}}. Textbook. Cheers
        [[name:Deb]], [[name:Sunny]], [[name:Wojtek]], [[name:Big Al]] and the rest - from
        {{SO}} [[name:Priestley]].
    """)),
    # 4 chronology
    ("aviation", "incident", block("""
        Chronology - {{FULL EMERGENCY}} [[flight_number:NSF88]] {{B737-800F}}
        [[aircraft_registration:EI-FMV]], [[date:Sat 24 Feb]]
        02:14 {{ATC}} {{crash alarm}}: {{hydraulic failure}}, landing {{RWY 26}}, {{ETA}} 12 min.
        02:15 {{Red Watch}} mobilised, {{Major 1}}, {{Major 2}}, {{Rescue 3}}.
        [[organisation:Calderbrook Airport]] {{Duty Manager}} [[name:Ross Kinnaird]] informed.
        02:16 {{Major 2}} would not start - {{batteries}} flat ({{trickle charger}} lead
        found unplugged).
        02:19 {{Major 2}} jump-started, en route.
        02:21 All vehicles at {{RVP}}; 5 minutes after alarm.
        02:26 Aircraft landed, stopped on runway, {{hot brakes}} 300°C+ on {{thermal camera}}.
        02:40 {{Brake cooling}} complete. Aircraft towed to {{cargo apron}}.
        03:05 Stand down. [[organisation:Wexcombe Fire and Rescue Service]] attended {{RVP}}, not
        committed.
        Outcome: no harm, but one tender delayed 4 min. [[case_reference:RFFS-24-024]].
        {{Station Officer}}: [[name:Halvorsen]]
    """)),
    # 5 rushed note
    ("aviation", "near_miss", prose("""
        {{foam test}} this am on {{major 3}} - readings came back 1.2% on the {{refractometer}}
        (should be 3%) so test FAILED. [[name:gaz]] then realised we'd been sampling from
        the {{monitor}} with the {{round the pump}} valve still half open from yest. if we hadnt
        done the test today we'd have gone to a {{real job}} with {{weak foam}}, not good. redid test
        14:00 on [[date:20/3]] = 3.1% pass. pls everyone check {{valve positions}} on the
        {{daily inspection}} sheet. logged [[case_reference:RFFS-24-040]]. [[name:gaz]] n
        [[name:steph]] did great to spot it tbh. - [[name:mo b]] {{Red Watch}}
    """)),
]
AVIATION += [
    # 6 minutes
    ("aviation", "success", block("""
        {{Green Watch}} debrief - {{hot fire training}}, {{LPG rig}} - [[date:Wed 13 March]]
        Present: {{WM}} [[name:Faith Olumide]], {{CC}} [[name:Lewis Agnew]], FFs
        [[name:Rose]], [[name:Ng]], [[name:Dabrowski]], [[name:Frank Liddell]], [[name:Amber]]
        Apologies: [[name:J.P.]] ({{annual leave}})
        Observer: [[name:Tariq Mahmood]] ({{Training Manager}}, [[organisation:Calderbrook Airport]])

        1. Exercise: simulated {{engine fire}} on the {{mock-up}}, {{Major 3}} lead.
        2. What went well: [[name:Amber]] (first live fire since {{initial course}}) worked the
        {{HRET}} with a clean {{foam blanket}} in under 60 s. [[name:Rose]] spotted the
        {{LPG}} valve not fully closed at the end and isolated it before anyone entered the
        {{fire ground}} - textbook use of the {{dynamic risk assessment}}.
        3. Improve: radio discipline - two crews on {{Channel 2}} at once.
        4. [[name:Tariq]] will use the valve catch as an example at the {{all-watches}} brief.
        Minutes: [[name:L. Agnew]]
    """)),
    # 7 form
    ("aviation", "incident", block("""
        ACCIDENT / INJURY REPORT - {{RFFS}}
        Ref: [[case_reference:HS-2024-0117]]
        Name: [[name:Dominika Sadowska]]
        DOB: [[date_of_birth:21/04/1994]]
        Home address: [[address:5 Heron Close, Brindley Moss]], [[postcode:KD7 2WA]]
        Employee no: [[case_reference:CBA-40271]]
        NI: [[ni_number:SN442617B]]
        Watch: {{White Watch}}   Role: {{Firefighter}}
        Date & time: [[date:5 March 2024]] 10:40
        Location: {{training ground}}, {{fire training rig}}

        Account: During a {{hot fire}} exercise FF [[name:Sadowska]] was on the {{branch}} when
        her {{fire tunic}} cuff rode up and exposed the left wrist. {{Superficial burn}} approx
        3 cm. {{First aid}} given (cooled 20 min), seen at {{A&E}}, returned to light duties.
        Cause: {{gloves}} issued one size too large; tunic {{wristlets}} worn.
        Witness: {{Sub Officer}} [[name:Mark O'Driscoll]]
        {{RIDDOR}}: not reportable (not over 7 days).
    """)),
    # 8 WhatsApp
    ("aviation", "near_miss", block("""
        WhatsApp - {{Blue Watch}} 🚒
        [[date:18/03/2024]], 07:04 - [[name:Hollie]]: morning all. [[name:Tayo]]'s {{BA set}} on
        {{Major 1}} showing 60 bar on the {{gauge}}. should be 300
        [[date:18/03/2024]], 07:05 - [[name:Tayo]]: wtf it was full when I handed over sat
        [[date:18/03/2024]], 07:06 - [[name:Big Al]]: {{cylinder}} was used on the {{car fire}} in the
        {{short stay}} yesterday. {{Red Watch}} prob didnt change it
        [[date:18/03/2024]], 07:06 - [[name:Hollie]]: swapped now. if we'd had a {{shout}} at 07:00
        he'd have been committing with 5 mins air
        [[date:18/03/2024]], 07:08 - [[name:Daniyar]]: this is why we do the {{BA}} checks first
        not after {{brew}} lads
        [[date:18/03/2024]], 07:09 - [[name:Hollie]]: {{SO}} says log it. [[case_reference:RFFS-24-043]]
    """)),
]
AVIATION += [
    # 9 e-mail thank-you
    ("aviation", "success", block("""
        From: [[name:Annelise Vogt]] <[[email:a.vogt@penninesky.co.uk]]>
        To: {{RFFS}} Station <[[email:rffs.station@calderbrookairport.co.uk]]>
        Subject: Thank you - [[flight_number:PSK512]] [[date:10 March]]
        Date: [[date:11/03/2024]] 09:30

        Dear {{Station Officer}} [[name:Priestley]],

        On behalf of [[organisation:Pennine Skylink]] I want to thank your crew for their
        response to the passenger who collapsed on {{Stand 7}} during {{boarding}} of
        [[flight_number:PSK512]] ([[aircraft_registration:G-PSKE]]) on Sunday. Your
        {{first responders}} were at the aircraft within 3 minutes, started {{CPR}} and used the
        {{AED}} before the {{ambulance}} arrived. I understand from our {{cabin crew}} that
        {{Firefighter}} [[name:Grace Achebe]] and [[name:Will]] from {{White Watch}} stayed with
        the passenger's wife until she was taken to hospital. He is now recovering.

        Please pass on our sincere thanks.

        Best regards,
        [[name:Annelise]]
        {{Station Manager}}, [[organisation:Pennine Skylink]], [[organisation:Calderbrook Airport]]
        [[phone:01632 960 205]]
    """)),
    # 10 handover notes
    ("aviation", "near_miss", block("""
        WATCH HANDOVER - {{Red Watch}} to {{Green Watch}} - [[date:19th March]] 18:00
        - {{Category}}: 7. {{Major 2}} back on the run after {{pump}} repair.
        - {{Rescue 3}} ([[vehicle_registration:PN19 CBT]]): {{off the run}}, {{MOT}} fail
          (tyres). Keys with {{fleet}}.
        - NEAR MISS: at 15:10 found the {{foam concentrate}} delivery (IBC, 1000 L) left by
          {{contractor}} on the {{appliance bay}} apron, blocking {{Major 1}}'s door. Would
          have delayed a turnout. Moved by forklift. Told [[organisation:Aireline Handling]]
          ([[name:Gavin]]) deliveries go to the rear only. Ref [[case_reference:RFFS-24-046]].
        - {{Training fire}} booked [[date:Thurs 21st]], {{Hot Fire}} rig, {{Green Watch}}.
        - [[name:Nikolai]] on {{light duties}}, no {{BA}}.
        Handed over: {{WM}} [[name:Dunleavy]] / received: {{WM}} [[name:F. Olumide]]
    """)),
    # 11 table
    ("aviation", "incident", block("""
        {{Response time}} tests - {{Q1}} - [[organisation:Calderbrook Airport]] {{RFFS}}
        Compiled by [[name:Ravi Subramaniam]], {{Training Officer}}

        Date | Watch | To | First vehicle | Time | Result
        [[date:08/01]] | {{White}} | {{RWY 08}} threshold | {{Major 1}} | 2:41 | PASS
        [[date:22/01]] | {{Blue}} | {{RWY 26}} threshold | {{Major 2}} | 2:55 | PASS
        [[date:12/02]] | {{Red}} | {{RWY 26}} threshold | {{Major 3}} | 3:24 | FAIL
        [[date:04/03]] | {{Green}} | {{RWY 08}} threshold | {{Major 1}} | 3:08 | FAIL

        Two fails this quarter against the 3-minute standard. Cause on [[date:12/02]]: the
        {{roller door}} on Bay 3 jammed half open. Cause on [[date:04/03]]: {{crew}} were at
        the {{training ground}} and returned to the station before responding. Reported as
        [[case_reference:RFFS-24-028]]. {{Aerodrome Manager}} and the {{CAA}} {{inspector}}
        informed. Training ground crews must now respond direct from the ground.
    """)),
]
AVIATION += [
    # 12 Teams chat
    ("aviation", "success", block("""
        Teams - {{RFFS}} Watch Managers - [[date:Fri 1 March]]
        [[name:Halvorsen, Ingrid]] 21:47
        Well done {{White Watch}} tonight. {{Bird strike}} on departure, [[flight_number:SVL409]],
        {{A320}} [[aircraft_registration:G-SVLB]], returned with {{engine vibration}}.
        [[name:Patience]] had us at the {{RVP}} before the crew even asked for a {{full emergency}}
        [[name:Patience Mbeki]] 21:52
        cheers boss. [[name:Mikey]] spotted {{smoke}} from the No2 engine on {{taxi in}} with the
        {{TIC}} - turned out to be bird remains burning off, not a fire. we stayed with it to
        {{Stand 2}} anyway
        [[name:Halvorsen, Ingrid]] 21:55
        Right call. And you kept {{ATC}} updated the whole way - {{Tower}} said it was the
        clearest RT they've had from us in ages. Can you and [[name:Mikey]] do 10 mins at
        {{Monday}}'s brief?
        [[name:Patience Mbeki]] 21:56
        will do 👍 {{occurrence}} no. [[case_reference:RFFS-24-027]] for the record
    """)),
    # 13 RT transcript
    ("aviation", "near_miss", block("""
        Recorded RT - {{Fire}} channel / {{Tower}} - [[date:3 February 2024]]
        10:02:30 Tower: Fire, Tower, {{local standby}}, [[flight_number:PSK118]], {{Dash 8}},
        {{low oil pressure}} number 1, landing Runway 26, {{ETA}} 8 minutes, 52 {{POB}}.
        10:02:41 {{Fire Control}}: Local standby [[flight_number:PSK118]], Runway 26, copied.
        10:03:15 {{Fire Control}}: All {{Majors}} proceed to {{RVP}} {{North}}.
        10:04:02 {{Major 2}}: Fire Control, Major Two at RVP {{South}}.
        10:04:10 {{Fire Control}}: Major Two, correction, RVP North, North.
        10:05:20 {{Major 2}}: Now at RVP North, Major Two.
        10:09:55 Tower: [[flight_number:PSK118]] landed, vacating {{Bravo}}.

        {{Crew Commander}} note ([[name:Aled Pritchard-Jones]]): Major Two was crewed by a
        relief driver ([[name:Connor]]) on his second shift, who misheard "North" over
        {{wind noise}}. Had the aircraft needed us on landing we'd have had one tender at the
        wrong end. Suggest {{read-back}} of RVP by every vehicle. [[case_reference:RFFS-24-014]]
    """)),
    # 14 e-mail
    ("aviation", "incident", block("""
        Subject: {{Category}} reduction not notified - [[date:Tue 27/02]]
        From: [[name:Conchita Delgado]] ([[email:c.delgado@calderbrookairport.co.uk]])
        To: {{Airport Fire Manager}}; {{Safety Manager}}
        Ref: [[case_reference:RFFS-24-022]]

        Hi [[name:Stuart]],

        Formal report as requested. On Tuesday two firefighters on {{Red Watch}} went home sick
        at 13:00, leaving 8 on duty. Under our {{ADM}} that is {{Category 6}}, not 7. The
        {{Watch Manager}} recorded it on the {{station board}} but did not phone {{ATC}}. At
        13:40 [[flight_number:SVL1150]] ({{A321}}, requires {{Cat 7}}) landed while we were
        below category. No emergency and no harm, but the aircraft should have been warned.
        Found at 15:30 when [[name:Hope]] in the {{Ops Room}} queried the staffing return.

        Actions: {{category}} change to be phoned AND logged on the {{ATC}} line recorder;
        added to the {{WM}} checklist.

        [[name:Conchita Delgado]]
        {{Compliance Officer}}, [[organisation:Calderbrook Airport]]
        Mob [[phone:07700 900 981]]
    """)),
    # 15 Slack
    ("aviation", "near_miss", block("""
        #rffs-training  [[date:7 March 2024]]
        @[[name:dwayne.fox]] 14:10 heads up - {{fuel}} delivery for {{training fires}} tomorrow
        came as {{petrol}} not {{kerosene}} 😬
        @[[name:ff_annika]] 14:12 wait what. the {{pit}} is only rated for {{Jet A-1}} / {{kero}}
        @[[name:dwayne.fox]] 14:12 yep. driver from [[organisation:Hallam Fuels]] said the order
        just said "fuel". he'd already started pumping into the {{tank}}. stopped him at about
        40 L
        @[[name:sub_o_marsh]] 14:20 isolate the tank and tape it off. nobody lights anything
        till it's drained. I'll ring [[name:Priestley]]. @[[name:dwayne.fox]] can you do the
        report pls
        @[[name:dwayne.fox]] 14:41 done - [[case_reference:RFFS-24-038]], [[vehicle_registration:WX21 KDL]]
        was the tanker reg
        @[[name:ff_annika]] 14:43 imagine the {{flashover}} 😳 glad [[name:Dwayne]] checked the
        {{delivery note}}
    """)),
    # 16 formal narrative
    ("aviation", "success", prose("""
        Good practice report [[case_reference:RFFS-24-035]]. On [[date:2 March 2024]] at
        16:48 a {{Cessna 172}}, [[aircraft_registration:G-BZTK]], flown by a {{student pilot}}
        from [[organisation:Calderbrook Flying Club]], made a {{wheels-up landing}} on the
        {{grass}} beside {{Runway 08}}. {{Green Watch}} under {{Watch Manager}}
        [[name:Faith Olumide]] reached the aircraft in 1 minute 40 seconds and laid a
        {{foam}} blanket over a small {{fuel leak}}. The pilot, [[age:19]], was shaken but
        uninjured and was assessed by {{paramedics}} from [[organisation:Wexcombe Ambulance Service]].
        {{Firefighter}} [[name:Bill Ashworth]] recognised the {{Lycoming}} engine and isolated
        the {{magnetos}} and {{master switch}} before anyone touched the airframe, following the
        {{aircraft type familiarisation}} he had done the week before. The runway was
        inspected and reopened within 35 minutes. The {{AAIB}} were notified by the
        {{Duty Manager}}. The crew's calm handling and the value of type familiarisation
        training will be shared at the next {{Safety Committee}}.
    """)),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind241", REPORTS))
