"""Held-out blind corpus 79: mental health, children in care and business aviation.

A combined community trust and its neighbours: community mental health teams, crisis home
treatment, perinatal mental health, AMHPs and Mental Health Act assessments; children in care,
leaving care, personal advisers, supported lodgings and unaccompanied asylum-seeking children;
business aviation and charter (private jets, FBOs, handling agents, VIP passengers, ferry
flights). Written in the voices of AMHPs, care coordinators, personal advisers, young people,
charter captains and handling agents: e-mails, case-note extracts, WhatsApp threads, forms,
logs and quick phone-typed notes.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind79.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        From: [[name:Tomasz Wilk]] <[[email:tomasz.wilk@westmoor.gov.uk]]>
        To: Leaving Care Duty
        Sent: [[date:12 March 2024]] 09:14
        Subject: Misdirected letter - [[case_reference:LC-20417]]

        Hi all,
        Flagging this as a {{data breach}}. The {{Pathway Plan}} review letter for
        [[name:Abdirahman Yusuf]] (DOB [[date_of_birth:03/02/2006]]) went to his old
        {{supported lodgings}} at [[address:27 Hawthorn Rise]], [[postcode:DN4 5HW]] instead of
        his new flat. The host, Mrs [[name:Pauline Greaves]], rang me on
        [[phone:01632 960417]] to say she'd opened it before realising. She's returned it
        sealed-ish. I've told [[name:Abdirahman]] and logged it on {{Mosaic}}. Address on the
        system had not been updated after his move on [[date:28th Feb]] - that's on me, I
        updated the contact screen but not the correspondence address.
        Will raise with {{IG team}} today.

        [[name:Tomasz]]
        {{Personal Adviser}}, [[organisation:Westmoor Leaving Care Team]]
    """)),
    ("social_care", "near_miss", block("""
        Case note - [[date:14/05/2024]] - recorded by [[name:K.O.]] ({{PA}})
        Visit to {{supported lodgings}}, [[address:9 Fenwick Terrace]], [[postcode:S11 8YN]].
        Host [[name:Dawn Pickersgill]] said a "cousin" of [[name:Sami]] ([[name:Sami Haddad]],
        [[age:17]]) had asked to stay over Fri. [[name:Dawn]] hadn't said yes but was going to
        as "he seemed nice". Explained that any overnight guest needs agreeing with the
        {{placement team}} and checking first. [[name:Sami]] said the man is not family, met
        him at the mosque, calls him "bro". Not clear. Shared with {{duty social worker}} and
        {{MASH}} given risk of {{exploitation}}. Host to ring me direct on
        [[phone:07700 900382]] if he turns up. Follow up Tues.
    """)),
    ("social_care", "success", block("""
        [[[date:19/06/2024]], 21:47] [[name:Jade]]: miss i got the keys!!!
        [[address:flat 4 Calder Court]] is mine thank u for sorting the
        {{setting up home allowance}} and coming
        to the {{housing panel}} with me. i was proper scared
        [[[date:19/06/2024]], 21:49] [[name:Jade]]: also the {{council tax exemption}} letter
        came
        [[[date:19/06/2024]], 22:03] [[name:Faith Mensah]]: [[name:Jade]] this is amazing!! So
        proud of you. Ill come Thurs with the {{Argos}} voucher for the microwave x

        Manager's note: shared with permission as a good news story for the {{PA}} team
        meeting. First tenancy from the new {{care leaver}} protocol with the housing team.
    """)),
    ("social_care", "incident", block("""
        Reported by: [[name:Hope Adeyemi]], {{Residential Support Worker}}
        Location: [[organisation:Larkfield House]] (children's home),
        [[address:14 Bramley Road]]
        Date/time: [[date:02/03/2024]] 23:40
        Ref: [[case_reference:INC-0093318]]

        What happened: YP ([[name:AT]], [[age:16]], {{UASC}}) did not return by curfew 22:00.
        Staff followed the {{missing from care protocol}} but the {{Philomena Protocol}} form
        had an old photo and listed his phone as [[phone:07700 900915]], which has been
        disconnected since {{January}}. Police took 40 min longer to grade as couldn't verify.
        [[name:AT]] returned 01:15 by taxi, said he was at a friend's in Leeds.
        {{Return home interview}} booked.
        Learning: Philomena form to be reviewed monthly, not just at placement start.
    """)),
    ("social_care", "near_miss", block("""
        Notes - {{LAC review}} prep huddle, [[date:Tues 9 April]]
        Present: [[name:Bill Hartley]] ({{IRO}}), [[name:Priya Chandrasekaran]] (SW),
        [[name:Rose Ellison]] ({{foster carer}}), [[name:Mark]] ({{SSW}})
        - Contact: birth mum Ms [[name:Kayleigh Dunn]] requesting direct contact. Agreed
          supervised at {{family centre}} only.
        - NEAR MISS: draft {{care plan}} circulated to all parties incl. Ms [[name:Dunn]] still
          had [[name:Rose]]'s home address ([[address:Orchard House, Cawley Lane]],
          [[postcode:WF12 7RN]]) in section 3. Spotted by [[name:Bill]] before the final went
          out. Redacted.
        - Action: [[name:Priya]] to use "placement address withheld" template for all future
          plans. [[name:Mark]] to let [[name:Rose]] know.
        - Child ([[name:Lily-Mae]], [[age:8]]) settled, school attendance 97%.
    """)),
    ("social_care", "success", prose("""
        Good practice note. When [[name:Mohammed Reza Karimi]] arrived in Westmoor on
        [[date:11 October 2022]] aged [[age:15]] he spoke no English and had spent months in
        the camps near Calais. His {{PA}}, [[name:Sunny Bhatti]], matched him with
        {{supported lodgings}} hosts Mr and Mrs [[name:Okonkwo-Reid]] at
        [[address:52 Aspen Grove]], and they stayed the course through the {{age assessment}},
        his {{asylum interview}} with the {{Home Office}} and two school moves. This month he got
        {{refugee status}} and an unconditional offer from [[organisation:Calderbrook College]]
        for Level 3 electrical. [[name:Sunny]] says the key was continuity: one PA, one
        host, one {{interpreter}} (Dari) throughout, and the {{Staying Put}}-style arrangement
        agreed early so [[name:Mohammed]] never faced a cliff edge when care ended.
    """)),
    ("social_care", "incident", prose("""
        typed on phone sorry. at 1530 today sent a pic of [[name:Kai]]'s {{pathway plan}} to the
        wrong {{whatsapp}} group, the {{supported lodgings}} hosts group not the {{PA team}}
        group. it had his full name [[name:Kai Brennan-Lowe]] his DOB
        [[date_of_birth:21/11/2006]] and NI no [[ni_number:PL 32 71 05 B]] plus address
        [[address:3 Moss Bank Close]] [[postcode:LS12 4EJ]]. deleted for everyone within about 2
        mins but 3 hosts had seen it. rang each host, [[name:Gemma Royle]] [[name:Tunde Bakare]]
        and [[name:jo]] (surname?) all confirmed deleted. told my manager [[name:Ruth]]. will do
        {{Datix}} properly tmrw and tell [[name:Kai]] face to face. gutted. - [[name:Ravi]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Gideon Asante]] <[[email:g.asante@westmoor.gov.uk]]>
        Subject: Near miss - {{EDT}} placement Fri night

        Team,
        On Friday [[date:5 July]] {{EDT}} took a referral for a young Eritrean lad,
        [[name:Yonas Tesfay]], dropped at the police station by a lorry driver. The
        {{Home Office}} paperwork said DOB [[date_of_birth:01/01/2005]] (so [[age:19]]) and the
        bed found was at [[organisation:Cedar Lodge]] adult hostel. [[name:Yonas]] told the EDT
        worker he was [[age:16]] and showed a photo of a church baptism card. EDT rang me at
        home on [[phone:07700 900641]]; we treated him as a child pending a
        {{Merton compliant}} {{age assessment}} and he went to
        [[organisation:Larkfield House]] instead. A 1 January DOB is the standard placeholder,
        never rely on it.

        [[name:Gideon Asante]]
        Team Manager, [[organisation:Westmoor UASC Team]]
    """)),
    ("social_care", "success", block("""
        Dear [[name:Frank]],
        I wanted to write because I finish uni next week. When I was [[age:18]] and got kicked
        out of my {{foster home}} you were the only one who picked up. You came to the
        [[organisation:Northgate University]] open day with me when nobody else would, you
        sorted my {{bursary}} and the {{Care Leaver Covenant}} rent guarantor thing. I know you
        used to say I was the most stubborn kid on your caseload lol. I graduate on
        [[date:16 July]] at 2pm, would mean loads if you came.
        Love [[name:Chantelle]] ([[name:Chan]]) [[name:Morris-Gayle]]
        PS my new number is [[phone:07700 900278]]

        Passed to {{Practice Learning}} for the {{Leaving Care}} newsletter with her
        permission. - [[name:JW]]
    """)),
    ("social_care", "incident", block("""
        [[organisation:Larkfield House]] - night log Sat [[date:17/08/2024]]
        20:10 Staff ([[name:Will P]]) noticed YP [[name:RC]] ([[name:Rio Campbell]], [[age:14]])
              on phone to unknown adult, agitated.
        21:30 [[name:RC]] asked to go to shop. Declined as per {{risk assessment}}.
        22:05 [[name:RC]] left via fire door, alarm sounded. [[name:Will P]] and agency worker
              [[name:Oluwaseun]] followed to end of the road, lost sight.
        22:15 Reported missing to police, log [[case_reference:PL-1487-170824]]. {{EDT}} told.
        23:50 Car seen collecting [[name:RC]] earlier: silver {{Golf}}, reg
              [[vehicle_registration:YK19 FXR]], passed to police.
        02:40 [[name:RC]] returned by police, found at an address in Bradford. Seen by
              {{on-call manager}}.
        Learning: fire door {{maglock}} had been on manual override since the fire drill on
        {{Thursday}}.
    """)),
    ("social_care", "near_miss", block("""
        Incident form - {{lone working}}
        Reported by: [[name:Marcus Fenwick-Obi]], {{Personal Adviser}}
        Date of event: [[date:23/09/2024]]
        Location: [[address:41b Tannery Yard]], [[postcode:BD3 9QL]] (care leaver's flat)
        Category: Near miss - staff safety
        Description: Arrived for planned {{pathway plan}} visit with [[name:Leon]]
        ([[age:20]]). His ex-partner, who has a {{non-molestation order}} against him, was in
        the flat and became aggressive. I left straight away. My {{Guardian24}} device had not
        been activated as the app logged me out after the update. Nobody would have known
        where I was.
        Immediate action: rang duty manager [[name:Gail Thorne]] on [[phone:01632 960188]]
        from the car. [[name:Leon]] contacted later by phone, safe.
        Recommendations: check lone working app daily; add ex-partner to {{risk flags}}.
    """)),
    ("social_care", "incident", block("""
        Subject: Lapsed DBS - supported lodgings host

        Hi [[name:Mo]],
        Quick one following the {{annual review}}. The host at
        [[address:Ivy Cottage, Scar Lane]] (Mr [[name:Desmond Achterberg]]) has had a young
        person, [[name:Precious N.]],
        placed since [[date:4 June]] but his {{enhanced DBS}} expired in {{April}} and the
        renewal was never started. The {{DBS Update Service}} subscription had also lapsed. No
        concerns raised by [[name:Precious]] and her {{IRO}} says she's doing really well, but
        we placed without a valid check for about 10 weeks. I've suspended new referrals to
        him, started the renewal, and asked panel to add DBS expiry dates to the host tracker.
        Thanks, [[name:Grace]]

        [[name:Grace O'Sullivan]] | Supported Lodgings Coordinator |
        [[organisation:Westmoor Council]]
        [[email:grace.osullivan@westmoor.gov.uk]] | [[phone:01632 960533]]
    """)),
    ("social_care", "success", block("""
        Supervision notes - PA: [[name:Jo Whitfield]] / Supervisor: [[name:Nadia Qureshi]] -
        [[date:30/10/2024]]
        * Celebrating: [[name:Jo]] traced [[name:Ellie-Rose]]'s younger brother
          ([[name:Tyler]], [[age:12]], adopted as a baby) via the {{adoption agency}} and
          {{letterbox contact}}. First supervised meet was at the {{Family Time}} centre on
          {{Saturday}}. Both cried, [[name:Ellie-Rose]] said "best day of my life".
        * [[name:Ellie-Rose]] ([[age:19]]) now has {{Staying Close}} support and is doing
          {{Access to HE}} at [[organisation:Calderbrook College]].
        * [[name:Jo]] to write it up as a practice example for the
          {{Corporate Parenting Board}}.
        * Wellbeing: [[name:Jo]] reports caseload 27, manageable.
    """)),
    ("social_care", "near_miss", block("""
        [[[date:08/11/2024]] 10:02] [[name:Amani]]: hi mr [[name:Dlamini]] the money for my
        course hasnt come
        [[[date:08/11/2024]] 10:03] [[name:Amani]]: finance said they sent it to a
        {{santander}} acc but thats not mine?? i bank with {{monzo}}
        [[[date:08/11/2024]] 10:40] [[name:Sipho Dlamini]]: Hi [[name:Amani]], checking now.
        The {{bursary}} went to the bank details of another young person with a similar name,
        [[name:Amani Hussain]]. Finance stopped it before it cleared, phew.
        [[[date:08/11/2024]] 10:41] [[name:Sipho Dlamini]]: It'll be with you by {{Tuesday}}.
        Sorry for the worry. Ive asked them to use your {{care leaver}} ID
        [[case_reference:500218]] as well as name in future.
        [[[date:08/11/2024]] 10:45] [[name:Amani]]: ok thank u
    """)),
    ("social_care", "incident", prose("""
        Incident summary for {{Practice Review Group}}. On [[date:12/12/2024]] a telephone
        {{interpreter}} from [[organisation:LinguaLink]] was used for
        [[name:Hamid Rahimi]]'s {{review health assessment}}. [[name:Hamid]] later told his PA,
        [[name:Niamh Gallagher]], that the interpreter had recognised his voice and village, and
        a week later a man came to [[name:Hamid]]'s college asking for him by name.
        [[name:Hamid]] believes the interpreter passed on where he studies. He is frightened and
        has not been in since. [[name:Niamh]] has reported to police (ref
        [[case_reference:13/88214/24]]) and the {{NRM}} referral has been updated.
        [[organisation:LinguaLink]] have suspended the interpreter pending investigation.
        Learning: for {{UASC}} where there is known {{trafficking}} risk, ask for interpreters
        from outside the community and use video with camera off where the young person
        prefers.
    """)),
    ("social_care", "success", block("""
        From: [[name:Dawn Achebe]] <[[email:d.achebe@westmoorvs.org.uk]]>
        To: [[name:Frankie Lister]]
        Cc: [[organisation:Westmoor Virtual School]]
        Subject: Thank you - [[name:Bilal]]'s GCSE results

        [[name:Frankie]],
        Just wanted to say thank you. When [[name:Bilal]] moved placement in {{Year 10}} we were
        worried about him losing his place at [[organisation:St Wilfrid's Catholic High]]. You
        pushed for the taxi to keep him there, arranged the {{PEP}} for the first week and got
        {{Pupil Premium Plus}} funding for the maths tutor. He got a 6 in maths and 7 in
        English Lit yesterday. He came in wearing his blazer to show us!
        Warmly,
        [[name:Dawn]]

        [[name:Dawn Achebe]], {{Headteacher}}, [[organisation:Westmoor Virtual School]]
    """)),
    ("social_care", "near_miss", block("""
        Leaving care transitions audit - Q3 (typed up from the whiteboard)
        Name | DOB | {{Pathway Plan}} | Accommodation
        [[name:Kacper Nowak]] | [[date_of_birth:02/10/2006]] | signed | {{Staying Put}}
        [[name:Destiny Okoro]] | [[date_of_birth:15/10/2006]] | NOT STARTED | ??
        [[name:Liam Ashworth]] | [[date_of_birth:29/10/2006]] | draft | supported lodgings
        Near miss: [[name:Destiny]] was 3 days from her 18th birthday with no plan and nowhere
        to live, because her {{allocated PA}} left in {{August}} and the case sat in the
        unallocated tray. Picked up by this audit, not by {{Mosaic}}. Emergency Staying Put
        agreed with her {{foster carer}}. [[name:Kacper]] settled with Mr and Mrs
        [[name:Hale]]; [[name:Bear]] ([[name:Liam]]) on track.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        {{AMHP}} report extract. On [[date:07/01/2025]] I coordinated a
        {{Mental Health Act}} assessment for Mr [[name:Ricardo Fonseca]] (NHS no.
        [[nhs_number:367 733 5388]]) at his home, [[address:18 Pennine View]],
        [[postcode:HX3 6PD]]. A {{section 135(1)}} warrant was granted at 10:30. Police could
        not attend until 17:45 due to demand, and the {{section 12 doctor}}, Dr
        [[name:Lena Hartmann]], had to leave at 16:00 for clinic. A second s12 doctor, Dr
        [[name:Obi]], attended at 18:20. Mr [[name:Fonseca]] had barricaded the door with
        furniture and had not eaten for days. He was detained under {{section 2}} and admitted
        to [[organisation:Heron Ward]] at 23:10, nearly 13 hours after the warrant. Raised via
        {{Datix}} [[case_reference:W61207]]. - [[name:Siobhan Keane]], AMHP
    """)),
    ("health", "near_miss", block("""
        {{CRHT}} evening handover - [[date:14/02/2025]]
        16:30 Visit to Ms [[name:Zainab Hussain]] ([[age:31]]), [[address:6 Rook Street]].
              Reports restarting {{clozapine}} herself after 5 days missed. Advised NOT to take
              usual dose.
        16:45 Rang on-call psych Dr [[name:Patel]], agreed re-titration from 12.5mg, {{FBC}}
              due.
        17:10 Pharmacy at [[organisation:Brackley Lane Surgery]] had already dispensed 300mg
              weekly {{blister pack}}, collected by her brother [[name:Imran]].
        17:25 [[name:Imran]] reached on [[phone:07700 900522]], brought pack back to team base.
              Near miss - full dose after 48h+ break risks {{seizures}} / {{myocarditis}}.
        18:00 Re-titration pack ordered. [[name:ZH]] aware and agreeable.
    """)),
    ("health", "success", block("""
        Subject: thank you perinatal team

        To whoever reads this, please pass to Nurse [[name:Hope Mbeki]] and Dr
        [[name:Will Asquith]] in the {{perinatal team}} at
        [[organisation:Kirkmoor Community NHS Trust]]. When [[name:Isla]] was born on
        [[date:3rd September]] I honestly thought I was going to die, the
        {{postpartum psychosis}} came on so fast. [[name:Hope]] saw me at home the same day my
        husband rang and got me a bed at the {{Mother and Baby Unit}} in Leeds so [[name:Isla]]
        could stay with me. [[name:Will]] explained the {{lithium}} and {{breastfeeding}} stuff
        like I was a person not a risk. [[name:Isla]] is [[age:6 months]] now and I am back to
        myself. I hope this gets to them. Thank you isn't enough.

        [[name:Laura Kemp-Ibrahim]]
    """)),
    ("health", "incident", block("""
        {{CMHT}} case note [[date:22/04/2025]] - [[name:Mark Oyelaran]], {{Care Coordinator}}
        Mr [[name:Daniel Szymański]] (DOB [[date_of_birth:14/08/1979]], NHS
        [[nhs_number:297 781 7727]]) missed his 4-weekly {{paliperidone}} {{depot}}. Clinic list
        is generated from {{RiO}} and his appointment had been cancelled when he transferred
        from [[organisation:Eastfield CMHT]] to [[organisation:Moorview CMHT]] on
        [[date:25/03/2025]] and never rebooked. 5 weeks overdue when his sister
        [[name:Agnieszka]] rang us worried he was "talking to the TV again". Home visit today:
        relapse signs, sleep poor. Depot given at home. Discussed with consultant Dr
        [[name:Rahman]]. Datix [[case_reference:W63355]].
        Will check the transfer checklist covers depot clinic bookings.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Tariq Mahmood]], {{AMHP}}
        To: AMHP Hub
        Subject: Near miss - nearest relative

        Colleagues, learning from an assessment on [[date:19/05/2025]]. The {{GP}} referral for
        Mrs [[name:Bernadette Quinn]] ([[age:64]]) listed her husband [[name:Frank Quinn]] as
        {{next of kin}} with his number, [[phone:07700 900734]]. I nearly rang him to consult
        as {{nearest relative}}. On checking {{RiO}} alerts, they have been permanently
        separated for 3 years and there is a {{MARAC}} flag - she left him because of
        {{domestic abuse}}. Under {{s26}} her eldest son [[name:Declan]] is the NR. I consulted
        [[name:Declan]] instead and did not contact [[name:Frank]]. Please always check for
        separation and DV history before phoning a spouse.
        [[name:Tariq]]

        [[name:Tariq Mahmood]] | AMHP | [[organisation:Kirkmoor AMHP Service]]
    """)),
    ("health", "success", block("""
        {{CRHT}} MDT - good news item ([[date:Thurs 12 June]])
        - [[name:Sunny Akhtar]] (CRHT nurse) flagged that Mrs [[name:Ivy Lomas]], [[age:82]],
          referred for admission with {{psychotic depression}}, could be cared for at home if
          we went in twice daily.
        - Worked jointly with her {{district nurses}} and the {{memory service}}. Daughter
          [[name:Gillian]] stayed over 10 nights.
        - {{ECT}} avoided; responded to {{mirtazapine}} + {{olanzapine}}.
        - Discharged back to [[organisation:Moorview CMHT]] [[date:28/06]]. [[name:Ivy]]'s
          words: "I wanted to die in my own bed, not on a ward, and now I don't want to die at
          all."
        - [[name:Sunny]] nominated for Trust {{Star Award}}.
    """)),
    ("health", "incident", block("""
        Datix ref: [[case_reference:W64012]]
        Reported by: [[name:Ola Bankole]], Administrator, [[organisation:Eastfield CMHT]]
        Date: [[date:08/07/2025]]
        Type: {{Information governance}}
        What happened: Clinic letter for Ms [[name:Roxanne Tilley]] (NHS
        [[nhs_number:675 754 9913]]) was emailed to [[email:roxanne.tilly@mailbox.example]]
        instead of [[email:r.tilley82@mailbox.example]]. {{Outlook}} autocomplete picked a
        previous recipient with a similar name, Ms [[name:Roxanne Tilly]]. Letter contained
        diagnosis of {{EUPD}} and {{self-harm}} history.
        Action: recipient contacted, confirmed deletion. Patient informed by care coordinator
        [[name:Dee Farrell]] on [[date:09/07/2025]]. {{ICO}} threshold not met per IG lead.
    """)),
    ("health", "incident", prose("""
        quick one for {{datix}} when back at base - visited mr [[name:okafor]]
        ([[name:Emeka]]) 14:20 at [[address:23 Coldwell Rd]], looked shaky, slurred, vomited
        x2. on {{lithium}} 800mg, his gp started {{ibuprofen}} for his back last week. rang 999
        suspected {{lithium toxicity}}, level came back 1.9 at
        [[organisation:Kirkmoor General]]. gp surgery
        ([[organisation:Highfield Medical Practice]]) hadnt seen the alert on his record. he is
        ok now on {{AMU}}. wife said thank god you came today not tues - [[name:Rosa]]
    """)),
    ("health", "success", block("""
        Debrief - {{s136}} / {{MHA assessment}}, night of [[date:15 August]]
        Who: PC [[name:Grace Adebayo]], PC [[name:Tom Hinchcliffe]], AMHP
        [[name:Dawn Rigby]], Dr [[name:Nkechi Eze]] ({{s12}})
        What went well:
        - PC [[name:Adebayo]] spent 40 min talking Mr [[name:Josh Whitely]] ([[age:24]]) down
          from the top of a multi-storey car park, first names only, hats off, at his request.
        - Because the {{health-based place of safety}} at [[organisation:Heron Ward]] had a
          bed, we assessed within 2 hrs of the {{section 136}}.
        - [[name:Josh]] agreed to informal admission; no detention needed.
        - [[name:Dawn]] rang his mum from the suite so she heard it from us, not social media.
        Even better if: the 136 suite phone ([[phone:01632 960901]]) had been answered first
        time.
    """)),
    ("health", "incident", block("""
        From: [[name:Eilidh MacLeod]] <[[email:eilidh.macleod@kirkmoor.nhs.uk]]>
        Subject: Incident - perinatal referral lost in e-RS

        Hi [[name:Chris]],
        Ms [[name:Jade Thornton]], [[age:23]], was referred at 28 weeks by her midwife on
        [[date:02/09/2025]] with relapse of {{bipolar disorder}}. The referral sat in the
        rejected queue of {{e-RS}} because it was missing the NHS number (it's
        [[nhs_number:269 004 9945]]). Not triaged until she was 34 weeks, after her
        {{community midwife}} chased. By then she'd stopped her {{quetiapine}}. She was seen by
        Dr [[name:Aziz]] the same day and is now stable; baby due early {{November}}.
        {{Datix}} [[case_reference:W65190]]. Asked e-RS admin to check the rejected queue daily.
        [[name:Eilidh]]

        [[name:Eilidh MacLeod]], Team Manager,
        [[organisation:Kirkmoor Perinatal Mental Health Team]]
    """)),
    ("health", "near_miss", block("""
        [[organisation:Moorview CMHT]] duty chat
        [[[date:03/10/2025]], 08:12] [[name:Bev]] (duty): Morning. Who's seeing
        [[name:Craig Bairstow]] today?
        [[[date:03/10/2025]], 08:15] [[name:Mark T]]: me at 11, on my own
        [[[date:03/10/2025]], 08:16] [[name:Bev]] (duty): Stop!! Police rang late last night,
        he threatened a neighbour with a knife. New {{two-worker visit}} flag not on {{RiO}} yet
        [[[date:03/10/2025]], 08:17] [[name:Mark T]]: eek thanks [[name:Bev]]. will take
        [[name:Precious]] with me
        [[[date:03/10/2025]], 08:40] [[name:Bev]] (duty): Ive added the {{risk alert}}. Datix
        to follow, this should have been on the {{Safety Plan}} from {{EDT}}
        [[[date:03/10/2025]], 08:41] [[name:Mark T]]: ok
    """)),
    ("health", "success", block("""
        Compliment received via {{PALS}} [[date:21/10/2025]], ref
        [[case_reference:PALS-77129]]:
        "My dad Mr [[name:Ghulam Rasool]] was assessed under the {{Mental Health Act}} in
        {{October}}. The social worker Mrs [[name:Hafsa Chaudhry]] spoke {{Punjabi}} with him
        and took her shoes off at the door, small things but my dad calmed down straight away.
        She explained {{section 2}} to my mum twice, in Punjabi and then in English for me. She
        rang me the next day from [[organisation:Heron Ward]] to say he had slept. Please tell
        her thank you from the whole family. [[name:Saima Rasool]]"
        Forwarded to [[name:Hafsa]] and her manager [[name:Colin Ward-Baxter]] ({{AMHP}} lead).
    """)),
    ("health", "incident", block("""
        Timeline - MHA assessment, Ms [[name:Olamide Bakare-Jones]], [[age:36]]
        [[date:02/11/2025]]
        13:00 Assessment at [[address:5 Linden Walk]], [[postcode:HX1 2RT]]. Decision to detain
              {{s2}}. Ambulance requested (CAD [[case_reference:4471809]]).
        15:30 {{Ambulance}} still not allocated. Ms [[name:B-J]] distressed, tried to leave by
              the window.
        17:10 Police arrived, agreed to convey in {{police van}} as last resort.
        17:45 Arrived [[organisation:Kirkmoor General]]: no bed on
              [[organisation:Heron Ward]]; bed found out of area at
              [[organisation:Ashby Grange Hospital]], Nottingham (98 miles).
        22:15 Transferred by private secure transport.
        Learning: 4.5h wait for ambulance, conveyance in police van contrary to the
        {{Code of Practice}}, and {{out of area placement}}. Escalated to {{ICB}}.
        AMHP: [[name:Rob Sinclair]]
    """)),
    ("health", "near_miss", block("""
        Reported by: Dr [[name:Faisal Rahim]], {{Specialty Doctor}},
        [[organisation:Eastfield CMHT]]
        Date: [[date:17/11/2025]]
        Location: outpatient clinic, [[organisation:Eastfield Health Centre]]
        Patient: Miss [[name:Chloe Barraclough]], DOB [[date_of_birth:09/03/2001]], NHS
        [[nhs_number:213 758 5537]]
        Description: Locum started {{sodium valproate}} for mood stabilisation on
        [[date:10/11]]. [[name:Chloe]] mentioned to her care coordinator, [[name:Will Harker]],
        that she was trying for a baby. [[name:Will]] checked and found no
        {{Valproate Pregnancy Prevention Programme}} or {{Annual Risk Acknowledgement Form}}.
        [[name:Chloe]] had not yet started the tablets. Switched to {{lamotrigine}} after
        discussion with the {{perinatal}} consultant.
        Outcome: no harm. Locum briefed.
    """)),
    ("health", "incident", prose("""
        Patient was discharged from [[organisation:Heron Ward]] on [[date:28/11/2025]] and
        should have had a {{72-hour follow-up}}. The discharge notification went to
        [[organisation:Eastfield CMHT]] but he had moved to the Kirkmoor South patch so it sat
        with the wrong team. Mr [[name:Adrián Morales]], [[age:45]], was found by his landlord
        on day 5 after an overdose of {{sertraline}} and {{zopiclone}}. He survived and is on
        {{ITU}}. Datix [[case_reference:W66781]], {{PSII}} commissioned. Immediate actions:
        ward clerks to phone the receiving team, not just email; {{bed manager}} to check
        address against {{PDS}} at discharge. Written by [[name:Dawn-Marie Fitzgerald]],
        {{Patient Safety Lead}}.
    """)),
    ("health", "success", block("""
        {{CRHT}} case note [[date:05/12/2025]] - [[name:Kwame Asante-Boateng]],
        {{Support Worker}}
        Visited [[name:Tobias]] ([[name:Toby]]) [[name:Lindqvist]], [[age:19]], student, day 7
        of {{home treatment}}. [[name:Toby]] showed me the safety plan he built in the
        {{Stay Alive}} app. Mood 6/10, up from 2. Back at seminars at
        [[organisation:Northgate University]]. Mum ([[name:Helga]]) visiting from Sweden.
        Agreed step down to {{CMHT}} with {{Peer Support}}. [[name:Toby]] said "you lot didn't
        make me feel like a burden". Good outcome - admission avoided.
    """)),
    ("health", "near_miss", block("""
        Subject: Scrutiny catch - s3 papers

        Hi all, MHA office ([[name:Shirley]]) caught this on receipt scrutiny on
        [[date:11/12/2025]]. The two {{Form A8}} medical recommendations for Mr
        [[name:Kieran Doyle]] were from Dr [[name:Steele]], examined [[date:01/12]], and Dr
        [[name:Nair]], examined [[date:08/12]]. That is 6 clear days apart, so the
        {{section 3}} application ({{Form A6}}) could not be founded on them. Spotted before
        he was admitted on the papers; a fresh examination was arranged and papers were valid
        by 16:00. Had it gone through, the detention would have been unlawful. Please count the
        days!
        Thanks, [[name:Shirley Omondi]], {{MHA Manager}}
        Case: [[case_reference:MHA/2025/1182]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        From: [[name:Chiara Bellini]] <[[email:ops@skybridge-handling.example]]>
        To: Crew - [[aircraft_registration:G-ORVK]]
        Subject: {{GAR}} correction - tomorrow's departure

        Captain [[name:Hughes]], apologies. The {{APIS}} / GAR manifest I sent this morning for
        your flight [[flight_number:SBX204]] to Nice had the passenger list for
        [[aircraft_registration:M-YLEO]] attached instead, including passport numbers of 6
        passengers flying with another operator. I have recalled it and notified their ops at
        [[organisation:Aurum Jet Charter]]. Our {{Border Force}} submission for
        [[aircraft_registration:G-ORVK]] was correct. Root cause: two near-identical
        {{Outlook}} distribution lists. From today manifests go via the secure portal only.
        [[name:Chiara]]
        Duty Ops, [[organisation:Skybridge Handling]]
    """)),
    ("aviation", "near_miss", prose("""
        Ferry flight, {{Citation CJ3}} [[aircraft_registration:G-KRNL]], Oxford to Prestwick for
        maintenance, [[date:09/01/2025]]. No pax. During the refuel I noticed the bowser had the
        red {{AVGAS 100LL}} label. Stopped the driver ([[name:Dean]]) before the nozzle went in.
        He said ops had told him "small jet, the {{Cessna}}". The fuel request on the {{FBO}}
        system said {{Jet A-1}}, 1200 litres, but the handler's whiteboard just said "Cessna
        [[aircraft_registration:G-KRNL]]". Operator {{MOR}} filed, ref
        [[case_reference:OR-25-0031]]. Fuel supplier [[organisation:Meridian Fuels]] briefed. -
        Capt. [[name:Femi Oduya]]
    """)),
    ("aviation", "success", block("""
        From: [[name:Anoushka Varma-Lyle]], {{Private Office}}
        To: Flight Support, [[organisation:Halcyon Jets]]
        Subject: Thank you - [[flight_number:HJX81]]

        Dear team,
        On behalf of Mr [[name:Al-Rashidi]] I wanted to thank Captain [[name:Jade Whitmore]],
        {{First Officer}} [[name:Leo Brandt]] and {{cabin host}} [[name:Sofia]] for the
        diversion on [[date:Saturday 8 February]]. When his daughter had the {{anaphylaxis}}
        episode over France, Captain [[name:Whitmore]] diverted into Lyon within 20 minutes
        and the medical team was waiting at the stand. [[name:Sofia]] had the {{EpiPen}} ready
        before we asked. Mr [[name:Al-Rashidi]]'s family are all home safe.
        Kind regards,
        [[name:Anoushka]]
    """)),
    ("aviation", "incident", block("""
        {{FBO}} ramp log - [[organisation:Northway Aviation]], Biggin Hill -
        Sun [[date:16/03/2025]]
        06:40 [[aircraft_registration:G-LXRA]] ({{Global 6000}}) towed from hangar 3 for 08:00
              departure.
        06:52 {{Tug}} driver (new starter, [[name:AK]]) clipped left winglet on the hangar door
              frame. No {{wing walker}} on left side, second ramp agent [[name:Baz]] on break.
        07:05 Captain [[name:Morozova]] informed, aircraft declared {{AOG}}.
        07:30 Engineering ([[name:Lukas]]) confirmed damage to winglet leading edge.
        09:15 Pax (4) moved to replacement aircraft [[aircraft_registration:G-MRYS]], departed
              11:20 as [[flight_number:NWY702]].
        Learning: no tow without two wing walkers, regardless of staffing.
        Ref: [[case_reference:NWA-GSR-0412]]
    """)),
    ("aviation", "near_miss", block("""
        Crew + [[organisation:Azur Handling]] NCE - [[aircraft_registration:OE-LMP]]
        [[[date:21/04/2025]] 14:02] [[name:Ryan]]: pax ETA 14:30, 5 pax + 1 dog?? dog not on the
        {{GAR}}
        [[[date:21/04/2025]] 14:03] Capt [[name:Helena]]: no dog on our booking. what is it
        [[[date:21/04/2025]] 14:05] [[name:Ryan]]: {{french bulldog}}, owner says she always
        flies with him
        [[[date:21/04/2025]] 14:07] Capt [[name:Helena]]: we can't carry it into UK, we're not
        an {{APHA}} approved carrier for pets and no {{pet passport}} check
        [[[date:21/04/2025]] 14:20] [[name:Ryan]]: sorted, her driver is taking the dog back,
        she'll send it by {{Eurotunnel}} with her nanny
        [[[date:21/04/2025]] 14:21] Capt [[name:Helena]]: thanks [[name:Ryan]], would have been
        a seizure + fine at Farnborough
    """)),
    ("aviation", "success", prose("""
        Positive report (voluntary) - {{First Officer}} [[name:Nadia Kowalczyk]]. Flight
        [[flight_number:HJX317]], {{Challenger 350}} [[aircraft_registration:G-HCYN]],
        Farnborough to Palma, [[date:30/04/2025]]. On the descent the captain,
        [[name:Ollie Fairbanks]], set {{QNH}} 1013 instead of the 1003 given by ATC. I queried it
        at the "set and cross-check" call. He thanked me, reset, and on the ground said his
        pre-flight brief line "challenge anything, I'd rather be embarrassed than dead" was for
        exactly that. Reporting because it's a good {{CRM}} example for {{recurrent training}}.
        No {{level bust}}, no ATC involvement.
    """)),
    ("aviation", "incident", block("""
        Occurrence Report
        Operator: [[organisation:Aurum Jet Charter]]
        Reported by: {{Cabin Host}} [[name:Mariana Esteves]]
        A/C: [[aircraft_registration:9H-VNL]] ({{Falcon 7X}}), flight
        [[flight_number:AUJ55]], Geneva - Luton, [[date:04/06/2025]]
        Occurrence: Passenger's {{power bank}} ({{Anker}}) in seat pocket began smoking at
        FL410. Applied {{lithium battery fire kit}} per {{SOP}}, device placed in
        {{containment bag}} with water. Captain [[name:Bruno Ferreira]] declared {{PAN}} and
        continued to Luton with priority. No injuries. Passenger (Mr [[name:D. Vance]]) had
        been asked at boarding whether he had spare batteries and said no.
        Ref: [[case_reference:AJC-SR-2025-118]]
    """)),
    ("aviation", "near_miss", block("""
        Subject: Near miss - airside vehicle escort

        Hi Ops,
        Yesterday [[date:11/06/2025]] the client's chauffeur car (black {{Range Rover}}, reg
        [[vehicle_registration:LV73 KXD]]) was waved through the crew gate airside by a new
        security officer without an escort and drove toward the active taxiway before our ramp
        agent [[name:Sandeep]] stopped it with the {{marshalling wands}}. A {{Phenom 300}}
        ([[aircraft_registration:G-SKYE]]) was taxiing 150m away.
        Root cause: gate officer assumed the car was a pre-booked {{ramp access}} vehicle
        because it had a VIP dash sign. Airport security have updated the gate brief; all
        vehicles to be escorted by a {{follow-me}} car.
        Regards,
        [[name:Tomasz Nowicki]], {{Duty Manager}}, [[organisation:Skybridge Handling]]
    """)),
    ("aviation", "success", block("""
        Card left on the {{crew room}} board (typed up for the newsletter):
        "To {{Captain}} [[name:Bill Ng]] and [[name:Rose]] ({{FBO desk}}) - my grandmother, Mrs
        [[name:Eleni Papadakis]], [[age:91]], flew home to Athens with you on
        [[date:27 June]] ([[flight_number:HJX620]]) for what we knew would be her last trip.
        You let her sit with the {{captain}} before the flight, [[name:Rose]] found a
        {{wheelchair}} with a proper head rest and you landed so gently she slept. She died on
        [[date:9 July]] in her own village. Thank you for giving her that. [[name:Stavros]]"
        Forwarded to [[name:Bill]] and [[name:Rose]]'s line managers.
    """)),
    ("aviation", "incident", prose("""
        captains note typed in the hotel sorry for typos. ferry of the {{King Air 350}}
        [[aircraft_registration:N417MR]] from Shannon to Oxford [[date:18/07]] for paint. on
        arrival UK customs queried our {{ferry permit}}, turned out the {{FAA}}
        {{special flight authorisation}} only covered Shannon-Prestwick not onward to Oxford,
        ops had copied last years template. we flew a sector without valid authority. reported
        to {{CAA}} via {{MOR}}, operator [[organisation:Westmark Ferry Services]] self reported
        to FAA. grounded at oxford until new permit. - [[name:mike g]], capt
    """)),
    ("aviation", "near_miss", block("""
        Crew duty check - [[organisation:Halcyon Jets]] - rotation from [[date:02/08/2025]]
        (typed from the ops board)
        Crew | Role | Duty [[date:02/08]] | Duty [[date:03/08]] | Planned [[date:04/08]]
        [[name:J. Whitmore]] | {{CPT}} | 13:10 | 12:45 | 14:30 *
        [[name:L. Brandt]] | {{FO}} | 13:10 | 12:45 | 14:30 *
        [[name:S. Amaral]] | CH | 11:00 | 12:45 | 14:30
        * would exceed {{FTL}} max {{FDP}} of 13:00 for a 07:00 report with 2 sectors
        Near miss: client asked to add a Cannes stop for the {{VVIP}} (Mr
        [[name:Al-Rashidi]]) on the last day. {{Ops controller}} [[name:Priyanka]] said yes on the
        phone before checking FTL. Crew ([[name:JW]]) flagged at 18:00 the night before. Fresh
        crew positioned on [[flight_number:HJX902]] instead.
        Trip ref [[case_reference:HJ-TR-88412]]
    """)),
    ("aviation", "success", block("""
        {{FBO}} safety meeting notes - [[organisation:Northway Aviation]], [[date:14 Aug]]
        Attendees: [[name:Gemma]] (chair), [[name:Kofi Mensah-Boateng]], [[name:Yusuf]],
        [[name:Dawn T]], Capt. [[name:Frank Oyelowo]]
        1. Good catch: [[name:Kofi]] checked the {{catering}} order for the [[name:Ferreira]]
           family (flight [[flight_number:NWY118]], {{Learjet 75}}
           [[aircraft_registration:G-LRJT]]) against the pax info sheet and saw the son's
           {{sesame}} allergy. The caterer, [[organisation:Blue Larder]], had used {{tahini}}
           in the hummus. Replaced before boarding.
        2. [[name:Frank]] praised the new {{allergen matrix}} and asked for it to be shared
           with other FBOs.
        3. AOB: {{GPU}} 2 still unserviceable.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Lewis Achterberg-Hall]] <[[email:lewis@aerobroker.example]]>
        Subject: URGENT - crew social media post

        Hi [[name:Marta]],
        Our client has flagged an {{Instagram}} story posted by one of your {{cabin crew}} on
        [[date:23/08/2025]] showing the cabin of [[aircraft_registration:M-ABCS]] with the
        catering card "Welcome aboard, Mr & Mrs [[name:Kovač]]" and the flight number
        [[flight_number:AUJ210]] visible. The client is a high-profile {{UHNW}} family with a
        security team and this exposed their travel pattern. The story has been removed but had
        been viewed 1,100 times. Please confirm what action you are taking under your
        {{social media policy}} and whether a {{GDPR}} breach report is required.
        [[name:Lewis]]

        [[name:Lewis Achterberg-Hall]] | Head of Charter | [[organisation:AeroBroker Ltd]] |
        [[phone:+44 20 7946 0615]]
    """)),
    ("aviation", "near_miss", prose("""
        Debrief, {{Embraer Legacy 500}} [[aircraft_registration:G-TLVR]],
        [[date:12/12/2025]], Glasgow. Handling agent
        [[organisation:Caledonia Air Services]] confirmed by radio that {{Type II}}
        {{de-icing}} was complete and the {{holdover time}} started 06:10. Looking back from the
        cabin windows, FO [[name:Amira Haddad]] noticed the left tailplane still had snow. The
        de-icing rig had done the wings only. We returned to stand for a full re-spray.
        Departure 40 min late, VIP pax (2) unaware. Handler admitted the rig operator,
        [[name:Callum]], was on his first solo shift. Recommend a visual and tactile check of
        the tailplane is always done by crew, not just handler confirmation. - Capt.
        [[name:Will Osei]]
    """)),
    ("aviation", "incident", block("""
        [[organisation:Luton Jet Centre]] - handling log [[date:05/10/2025]] ([[name:SH]])
        10:05 [[name:Hargreaves]] party (3 pax) checked in, 7 bags tagged for
              [[aircraft_registration:G-HRGV]] / [[flight_number:XCH412]] to Ibiza.
        10:20 Second client, Mr [[name:Yamamoto]], 2 bags for
              [[aircraft_registration:9H-SKL]] to Geneva.
        10:40 Baggage trolleys left side by side next to the {{GPU}}; both sets loaded by
              agent ([[name:Tyrone]]) onto [[aircraft_registration:9H-SKL]].
        11:10 [[aircraft_registration:9H-SKL]] departed.
        11:25 Mrs [[name:Hargreaves]]' bags missing on [[aircraft_registration:G-HRGV]].
              {{Baggage reconciliation}} found them in Geneva.
        Bags flew internationally without their owners and without
        {{hold baggage screening}} reconciliation. {{Security}} incident reported to airport
        and operator. Ref [[case_reference:LJC-SEC-2025-077]]
    """)),
    ("aviation", "success", block("""
        From: Capt. [[name:Priya Venkatesan]] <[[email:pvenkatesan@westmarkferry.example]]>
        To: Ops, [[organisation:Westmark Ferry Services]]
        Subject: Good news report - ferry [[aircraft_registration:C-GKRN]]

        Team, quick note for the safety bulletin. Ferrying the {{PC-12}}
        [[aircraft_registration:C-GKRN]] Goose Bay - Narsarsuaq - Reykjavik on
        [[date:02/11/2025]] I had an oil pressure flicker on the second leg. Handling at
        Reykjavik by [[name:Bjorn]] of [[organisation:North Atlantic Handling]] met us with an
        engineer at 23:30 local, found a loose {{transducer}} connector, signed off by 09:00.
        Our {{HF}} position reports and the {{satellite tracker}} let ops follow the whole
        thing, and [[name:Frankie]] in ops had the {{MEL}} answer ready before I landed.
        Exactly how it's meant to work.
        [[name:Priya]]
    """)),
]


def main() -> None:
    records = build_records("blind79", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
