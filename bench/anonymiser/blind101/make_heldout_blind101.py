"""Held-out blind corpus 101: just-culture reports from disabled children's short breaks (residential
units, shared care carers, play schemes), transitions to adult services and direct payments; from sexual
assault referral centres and A&E paediatrics; and from air traffic engineering and airport operations
control rooms. Writers mix reflective first-person accounts, structured incident forms, meeting minutes
with action owners, and e-mails, logs and chat messages quoted verbatim, with names typed as people
really type them (lower case, nicknames, initials, surname first, inside e-mail addresses and handles).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind101.jsonl"

REPORTS = [
    # ---------------------------------------------------------------- social care (17)
    ("social_care", "incident", prose("""
        I was {{shift lead}} at [[organisation:Hollybrook House]] on [[date:Fri 14 June]] when
        [[name:kayden]] ([[age:11]]) came in for his overnight {{short break}}. The {{MAR chart}} on
        file was from his previous stay. His {{mum}} had written a note about a reduced {{melatonin}}
        dose and tucked it in his wash bag, which nobody unpacked until bedtime, so [[name:Tomasz]] gave
        the old dose at 19:30. When I found the note at 20:10 I rang {{NHS 111}}, who advised observation
        only, and I phoned Ms [[name:Reid]] to tell her and apologise. [[name:Kayden]] slept through and
        was his usual self at breakfast. What went wrong: our admission checklist asks about medication
        changes at the front door while the taxi is waiting and the child is unsettled. What went right:
        [[name:Tomasz]] came to me the minute he saw the note on the bathroom shelf, no hesitation, and
        the {{registered manager}} backed him. From now on meds changes are confirmed by phone the day
        before each stay and [[name:TK]] is rewriting the checklist.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Funmi Adeyemi]] <[[email:f.adeyemi@brackleyvale.example.gov.uk]]>
        To: [[email:sunny.bhatti@example.org.uk]]
        Subject: RE: change of bank details - DP ref [[case_reference:DP/0457]]

        Hi [[name:Sunny]],

        Thanks for ringing us yesterday rather than just ignoring it. For our learning log: on [[date:2 Oct]]
        we recieved an email that looked like it came from your payroll provider asking us to change the
        sort code for the {{PA}} wages on [[name:Ellis]]'s {{direct payment}}. The sender was
        [[email:payroll@payfair-ltd.co]] - missing the .uk. Our {{finance officer}} nearly actioned it, but
        the {{Direct Payment Agreement}} checklist says every bank change needs a call-back to the number
        on file ([[phone:07700 900412]]). He rang, you confirmed you hadn't sent anything, and it's now
        reported to {{Action Fraud}}. No money left the account.

        I've added a warning to [[case_reference:DP/0457]] in {{Mosaic}}.

        Kind regards
        [[name:Funmi]]
        {{Direct Payments Officer}}, [[organisation:Brackley Vale Council]]
    """)),
    ("social_care", "success", block("""
        {{Preparing for Adulthood}} transition meeting - minutes
        Date: [[date:09/07/24]]   Young person: [[name:Faith Mensah-Boateng]] (DOB [[date_of_birth:22/03/2007]])
        Present: [[name:FMB]] and {{mum}}; [[name:R. Kaur]] ({{transitions social worker}}); [[name:Dawn Pryce]] (adult social care);
        [[name:Hamid]] ({{SENCo}}, [[organisation:Larchfield School]]); [[name:Ollie W]] ({{CHC}} nurse assessor)

        1. [[name:Faith]] chaired the first ten minutes herself using her communication board - agreed this
           works and should be the norm.
        2. {{Care Act assessment}} completed early because the referral went in at 16 not 17.5. Good practice.
        3. {{EHCP}} annual review to align with college place at [[organisation:Westmere College]].
        4. {{Continuing Healthcare}} checklist: negative, no full DST needed.

        Actions
        - [[name:RK]]: share this plan with [[name:Dawn]] and mum by Friday
        - [[name:Dawn]]: confirm personal budget figure before the summer holidays
        - [[name:Hamid]]: send college taster dates
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - Transport to short break
        Ref: [[case_reference:INC-SB-2291]]
        Date of incident: [[date:18/11/2024]]   Time: approx 16:05
        Child: [[name:BROOKS, Hunter]] ([[age:9]])
        Vehicle: {{minibus}} reg [[vehicle_registration:YK68 OVD]], {{escort}} [[name:Maggie]] (agency)

        What happened: on arrival at [[organisation:Sycamore Lodge]] the {{escort}} took two children in
        and left [[name:Hunter]] strapped in his {{wheelchair}} in the vehicle with the engine off. The
        driver had gone to the office. [[name:Hunter]] was alone for around 6 minutes. He was distressed
        (banging, vocalising) but unhurt. Staff member [[name:Caoimhe]] heard him from the car park.

        Immediate action: [[name:Hunter]] brought in, settled with music, {{dad}} informed 16:30.
        Agency informed, [[name:Maggie]] stood down pending review.

        Contributing factors: three children with different needs and one {{escort}}; no head count at
        drop-off; {{transport policy}} assumes two escorts for wheelchair users.
    """)),
    ("social_care", "success", block("""
        Copied from our WhatsApp thread with parent, with her permission, for the good practice log:

        [[name:Jas]] (mum): hiya its [[name:jas]], [[name:Arjun]] has a new carer starting thurs, will he be ok with someone he doesnt know??
        [[name:leanne_sbteam]]: Hi [[name:Jas]] - it's [[name:Leanne]]. Yes the new {{shared care}} carer is [[name:Rose]], she's done his {{PEG}} training at the hospital and shadowed [[name:Grace]] twice
        [[name:Jas]] (mum): ok but he gets upset with new ppl
        [[name:leanne_sbteam]]: I know. [[name:Rose]] is coming to yours for a cuppa Tuesday so he meets her at home first. She'll bring the same {{sensory}} box [[name:Grace]] uses 😊
        [[name:Jas]] (mum): thats amazing thank u. he loved the lights

        {{Social worker}} note: the intro visit at home made the difference. [[name:Arjun]] stayed the night
        at [[name:Rose]]'s without any {{PRN}} needed for the first time.
    """)),
    ("social_care", "incident", prose("""
        Annual {{direct payment}} audit for [[name:Precious Nwosu]] ([[age:16]]), account
        [[case_reference:DP-88231]]. Bank statements showed regular payments to a {{personal assistant}},
        [[name:Kelvin Nwosu]], NI no. [[ni_number:JT 48 21 93 C]], who on checking is her older brother and lives at
        the same address, [[address:27 Coldharbour Lane]], [[postcode:BS5 0XL]]. Employing a close relative
        living in the household isn't allowed under our policy without prior agreement and none was on
        file. To be clear, I don't think anyone was trying to cheat the system. Mrs [[name:Nwosu]] told me
        the previous {{PA}} left in {{the spring}} and [[name:Kelvin]] just stepped in because [[name:Precious]]
        trusts him and he already does her personal care. The care was delivered and she is well. The
        failure was ours: the 12-week review was missed twice when the case moved between {{team managers}}.
        I've raised it with {{my manager}}, we're seeking retrospective approval as an exceptional
        circumstance, and the family have been sent the {{HMRC}} employer guidance.
    """)),
    ("social_care", "near_miss", prose("""
        quick one for the learning log. at [[name:Summer]]'s shared care placement on [[date:Sat 3rd Aug]]
        the carer (Mrs [[name:Oyelaran-Smith]], known to everyone as [[name:Bola]]) went to use the {{ceiling hoist}} and noticed the
        {{sling}} in the bag was a medium, not [[name:Summer]]'s large {{Arjo}} one. The {{OT}} had changed
        her size in July and the old sling went home with her by mistake. [[name:Bola]] stopped, did not
        attempt the transfer, and rang the family who drove the right one over within the hour. No
        harm. Worth flagging because the sling labels are tiny and washed out. I've asked [[name:Naz]] in
        the {{OT}} team to get them colour-tagged and [[name:Bola]] is getting a thank-you card from us.
    """)),
    ("social_care", "success", prose("""
        Reflective account — [[name:Will Tran]], {{transitions worker}}. When I picked up
        [[name:Declan]]'s case at 17 the plan was a residential college 90 miles away because that was
        "what we had". Spending time with him at [[organisation:Greenlees Youth Club]] it was obvious he
        wanted to stay near his nan on [[address:Cherry Tree Avenue]] and keep his Saturday job at the garden centre.
        I pushed for a {{supported living}} option instead and linked him early with [[name:Abimbola]]
        from the {{Adult Learning Disability Team}}, so he met his adult worker six months before his
        birthday rather than after. He moved into a shared flat on [[date:1 September]], still does his
        Saturdays, and his {{Mental Capacity Act}} assessment for the tenancy was done properly with easy
        read materials. Learning for me: the {{transition protocol}} worked because we ignored the
        deadline culture and started at 16. I'd like it written into the {{Preparing for Adulthood}}
        pathway rather than depending on who the worker is.
    """)),
    ("social_care", "incident", prose("""
        After-school club at [[organisation:St Oswald's Primary]], [[date:Weds 12th March]]. [[name:Zainab]]
        ([[age:7]]) has {{epilepsy}} and a {{buccal midazolam}} plan. The {{rescue medication}} didn't come
        across from the school nurse's cupboard to the club room at 15:15 because the usual TA was off and
        the cover didn't know it was her job. At 16:40 [[name:Zainab]] had a tonic-clonic seizure lasting
        about 4 minutes. Club lead [[name:Frank Mullen]] timed it, put her in recovery, and sent
        [[name:Ayo]] running for the med bag — by the time it arrived the seizure had stopped so no
        midazolam was given. {{Ambulance}} called as per plan, {{paramedics}} assessed and she went home
        with dad. Nobody was hurt but the plan would have failed if it went past five minutes. We now have
        a second kit that lives in the club room and a named person on the rota each day.
    """)),
    ("social_care", "incident", block("""
        {{Short Breaks Panel}} - extract from minutes, [[date:21 Jan 2025]]
        Item 4: Information governance breach

        [[name:GH]] reported that on [[date:15/01/25]] the outcome letter for [[name:Mason Ferreira]]
        (DOB [[date_of_birth:04.09.2013]], case [[case_reference:CWD-40177]]) was emailed to the wrong
        parent. The mail merge pulled the address of the next family on the list. The letter included
        [[name:Mason]]'s diagnosis, home address [[address:Flat 3, 88 Kingsway]], [[postcode:M20 6RT]] and
        his {{respite}} allocation.

        The other parent, Mr [[name:Abara]], phoned straight away and deleted it on request.
        {{Data Protection Officer}} informed; assessed as not reportable to the {{ICO}}.
        Mrs [[name:Ferreira]] informed by [[name:GH]] same day and given an apology.

        Actions:
        - [[name:Priya S]] (business support): stop using mail merge for panel letters - by end Feb
        - [[name:GH]]: add second-person check for any letter with {{health information}}
    """)),
    ("social_care", "near_miss", prose("""
        Near miss: [[name:Oskar]] turns 18 on [[date:30 May]] and his {{direct payment}} from children's
        services would have stopped that day with nothing from adults in place. I only spotted it
        because his {{PA}}, [[name:Joy]], mentioned she'd been told she might not get paid in June. The
        {{transfer of care}} form had been sent to the adult {{front door}} in February but was closed
        as "no further action" because the {{Care Act}} assessment wasn't attached — nobody told us. I
        rang [[name:Mel Hutchinson]] in adult services who reopened it, and our {{service manager}}
        agreed an interim extension under the {{Children Act}} until the adult budget is signed off.
        [[name:Oskar]] and his mum don't know how close it came, which is how it should be. Suggest a
        tracker with all young people aged 17 and a half and their adult referral status.
    """)),
    ("social_care", "success", prose("""
        Good news story from our team meeting. [[name:Ruby-Mae]] ([[age:13]]) has {{cerebral palsy}}
        and wanted to climb like her cousin. Her family asked whether the {{direct payment}} could pay
        for sessions at [[organisation:Redpoint Climbing Centre]] plus a {{PA}} to go with her. Old
        answer would have been "not on the list". [[name:Hope]] (our {{DP}} lead) checked it against the
        outcomes in her {{EHCP}} — independence, physical activity, friendships — and said yes. The
        centre borrowed an {{adaptive harness}} and the instructor, [[name:Kit]], did a session with the
        {{physio}}. Mum says [[name:Ruby-Mae]] now asks to go every week and sleeps better on climbing days.
        Cost was less than the {{respite}} hours she wasn't using.
    """)),
    ("social_care", "incident", block("""
        {{Holiday play scheme}} - incident log, [[organisation:Brookside Community Centre]]
        [[date:06/08/2024]]
        10:42  Head count at snack 14/15. [[name:Jayden Okoro-Price]] ([[age:12]], {{ASD}}, non-verbal) not present.
        10:44  {{Missing child procedure}} started. [[name:Carly]] to car park, [[name:Pete]] to toilets/kitchen, me to field.
        10:49  Not found on site. {{999}} called, ref [[case_reference:CAD 0417-06082024]]. Mum ([[phone:07700 900318]]) called.
        10:58  Found by member of public at bus stop on [[address:Mill Road]], 300m away, calm, watching buses.
        11:05  Returned to site by PC [[name:Osei]]. Checked over, no injuries.
        Notes: fire exit by {{sensory room}} was propped open for air. [[name:Jayden]] loves buses and this was in his
        {{one-page profile}} but not on our {{risk assessment}}. Written by [[name:Kerry-Ann]], {{scheme coordinator}}.
    """)),
    ("social_care", "success", block("""
        LEARNING FROM EXCELLENCE - nomination
        Nominee: [[name:Mark Ellery]], {{Best Interests Assessor}}
        Nominated by: [[name:Shona]] ([[email:shona.mcleod@example.gov.uk]])

        What happened: [[name:Tyrone]] ([[age:17]]) lives at [[organisation:Oakhaven]] residential school
        under restrictions that would amount to a {{deprivation of liberty}} once he turns 18. Usually the
        {{DoLS}} application goes in late and he'd be unlawfully deprived for weeks. [[name:Mark]] came to
        the {{transition planning}} meeting in year 12, met [[name:Tyrone]] three times, used his
        {{Makaton}} signs, and had the {{Court of Protection}} route agreed before his birthday.

        Impact: no gap in legal authority, and [[name:Tyrone]]'s wish to go to the football on Saturdays
        was written into the care plan.
    """)),
    ("social_care", "incident", prose("""
        During an overnight stay at [[organisation:Hollins Short Break Unit]], a young person
        ([[name:A.M.]], aged [[age:14]]) told a night worker that a member of staff "hurts my arm when
        I don't listen". The worker, [[name:Sophie]], wrote it in the daily log but didn't pass it on
        until the morning handover, and the named staff member had already worked the rest of the night
        shift. Our {{safeguarding policy}} says any allegation about staff goes to the {{manager on call}}
        immediately, who contacts the {{LADO}} within one working day. It went to the {{LADO}} on
        [[date:Tuesday 4 Feb]] and the staff member was suspended pending enquiries. [[name:Sophie]] said she
        wasn't sure if it counted because [[name:A.M.]] sometimes says things when cross. She's been
        supported, not blamed. Every night staff member has since done the {{allegations}} refresher.
    """)),
    ("social_care", "near_miss", prose("""
        The {{referral}} from the {{children's hospital}} for [[name:Lily-Rose Kowalczyk]] had her old
        address, [[address:5 Barton Terrace]], [[postcode:HU8 9PA]]. The family moved to
        [[address:112 Stoneferry Road]], [[postcode:DN21 4TQ]] in October and told the hospital, but the
        {{discharge summary}} template pulls the address from the {{PAS}} snapshot at admission. Our
        {{duty worker}} [[name:Kieran]] was about to book the first {{short breaks}} assessment visit at
        the old address when he noticed the GP on the form, [[organisation:Riverside Medical Practice]],
        was 40 miles from the new home. He called mum on [[phone:07700 900756]] to check. It mattered
        because there's a non-molestation order and her ex still lives near [[address:Barton Terrace]].
        Flagged to the hospital's {{safeguarding team}}.
    """)),
    ("social_care", "success", block("""
        Text received from a parent on [[date:23/12]], pasted with consent:

        "Hi [[name:Bev]] just wanted to say thank you for everything this year. When you first came
        round I was at breaking point with [[name:Teo]] not sleeping and me on my own. The overnights at
        [[organisation:Willowbank]] gave me my life back and he actually asks for [[name:Sunny]] and
        [[name:Dev]] now lol. Sorry for crying on you in {{March}}. Merry xmas to all the team
        [[name:Magda]] x"

        {{Team manager}} comment: worth noticing what made this work - same two {{residential workers}}
        every stay, a {{social story}} with photos of the unit, and [[name:Bev]] visiting weekly during
        the {{child in need}} plan instead of monthly.
    """)),
    # ---------------------------------------------------------------- health (17)
    ("health", "incident", block("""
        SARC INCIDENT REPORT
        Ref: [[case_reference:DATIX 61930]]
        Location: [[organisation:Rowan House SARC]]
        Date: [[date:17/02/2025]]
        Reporter: [[name:Nadia Qureshi]], {{Forensic Nurse Examiner}}

        Description: During {{forensic examination}} of client [[case_reference:RH-25-0142]] two swab
        tubes were labelled with the previous client's unique number. Noticed at sealing when the
        {{chain of continuity}} form didn't match. The label printer had not been cleared after the
        previous case.

        Action: Tubes re-labelled in presence of second examiner ([[name:Jon]]), both initialled, noted
        on form and police informed - DC [[name:Lambert]], crime ref [[case_reference:43/17022/25]].
        Client not told at the time (was asleep in the {{aftercare}} suite); the {{ISVA}} will explain.

        Risk: {{evidential integrity}} may be challenged at court. Printer now auto-clears.
    """)),
    ("health", "success", prose("""
        I want to record how well the {{crisis worker}} and the {{ISVA}} handled a self-referral last
        weekend. A [[age:19]]-year-old student rang at 02:00 from a friend's house unsure whether to tell
        the police. [[name:Shireen]] on the phone didn't push, explained that we can store
        {{forensic samples}} without a police report, and arranged a taxi. The examination was within the
        window for {{emergency contraception}} and {{PEPSE}}, both given. Before she left, [[name:Ellie]]
        from the {{ISVA service}} met her in person and she has since chosen to report. She wrote on our
        feedback card, "nobody made me feel stupid." What went right: continuity, no rushing, and
        [[name:Shireen]] remembering to ask whether she was safe to go home.
    """)),
    ("health", "near_miss", prose("""
        Paeds ED, [[organisation:Stanmore General]], night of [[date:8th Jan]]. A [[age:4]]yo came in with
        fever and was triaged using the {{APLS}} weight estimate (16 kg). {{Paracetamol}} was prescribed
        on that basis. Student nurse [[name:Ngozi]] weighed him on the scales before giving it, as she'd
        been taught, and he was actually 11.8 kg — he's small for age and has a {{feeding disorder}}. The
        dose was re-prescribed by Dr [[name:Haddad]]. No overdose given. Our {{PEWS}} chart has a box
        for "weight (actual/estimated)" but it's usually left as estimated all night. Good catch by
        [[name:Ngozi]], and I've asked the {{nurse in charge}} to add "weighed?" to the triage sticker.
    """)),
    ("health", "incident", prose("""
        [[name:Leo Sandhu]], [[age:7 months]], attended with a cough. The triage nurse noted a small
        bruise on his cheek. He was seen, diagnosed with {{bronchiolitis}} and discharged within two
        hours. Nobody checked {{CP-IS}} or followed the {{bruising in non-mobile babies}} protocol.
        The next morning the {{paediatric liaison nurse}} found a {{child protection plan}} flag on the
        system. She rang mum, and [[name:Leo]] was brought back for a {{skeletal survey}}, which was
        normal. Social care were informed, ref [[case_reference:CS-2024-11873]]. We got away with it.
        Contributing factors: locum doctor unfamiliar with the protocol, ten children waiting, and the
        {{CP-IS}} alert only shows if you open a separate tab. I've asked IT about making it pop up.
        — [[name:J. Ortega]], {{ED consultant}}
    """)),
    ("health", "success", block("""
        Paediatric ED safety huddle - [[date:Mon 28/10]] 08:00
        Lead: Sister [[name:Ojo]]   Attending: [[name:Mo]], [[name:Kezia]], Dr [[name:Farrow]], [[name:Tash]] ({{HCA}})

        Shout-out: yesterday [[name:Kezia]] recognised {{sepsis}} in a [[age:2]] year old whose parents said she
        was "just a bit sleepy". Cap refill 4s, {{PEWS}} 5. {{Sepsis six}} within 40 mins, to {{PICU}} at
        [[organisation:Kingsbridge Children's Hospital]]. Family sent thanks.

        Issues:
        - {{Bedside monitor}} in cubicle 3 alarm volume too low. Owner: [[name:Mo]] to log with {{EBME}}.
        - {{Blood culture}} bottles out of stock twice this week. Owner: Dr [[name:Farrow]] to raise with lab.
        - {{Resus trolley}} check missed Sunday. Owner: [[name:Tash]].
    """)),
    ("health", "incident", block("""
        From: [[email:admin.rowanhouse@example.nhs.uk]]
        To: [[email:governance@example.nhs.uk]]
        Date: [[date:3 April 2025]]
        Subject: Letter sent to wrong GP - please log

        Hi,
        Following the {{SARC}} follow-up clinic on [[date:31/3]], a {{discharge letter}} for
        [[name:Chloe Barnes]] (NHS [[nhs_number:938 570 8392]]) was posted to [[organisation:Elmwood Surgery]]
        when she is registered at [[organisation:Elmfield Health Centre]]. The practice rang us and
        returned it unopened. The client had specifically asked that her {{GP}} be told only about the
        {{STI screening}} and nothing about the assault, so the letter itself was also wrong - it
        included the full {{forensic history}}.

        I've spoken to [[name:Chloe]] and apologised. She's upset, understandably.
        I think we need a consent check at the point of writing letters, not just at first contact.

        [[name:Bronwen]]
        {{SARC administrator}}
    """)),
    ("health", "near_miss", prose("""
        A [[age:15]] year old came into ED with her aunt after a party, intoxicated, and told the
        {{HCA}} she "thinks something happened". The doctor, meaning well, started filling in a
        {{SARC referral}} and phoned police before she was sober enough to discuss it. The paeds
        {{safeguarding nurse}}, [[name:Aoife]], stepped in and paused it: at [[age:15]] there is a duty to
        share for {{safeguarding}} but a police report and {{forensic exam}} still need her informed
        involvement, and the {{Fraser}}/{{Gillick}} picture needed proper assessment. Samples were
        preserved (urine, clothing) while she slept it off, and the {{SARC}} {{paediatric forensic}}
        team at [[organisation:The Beacon Centre]] saw her next morning with her consent. Police still
        involved. Learning: we need a short flowchart for under-18 disclosures in ED.
    """)),
    ("health", "success", block("""
        {{Teams}} chat, [[date:Sat 15 Mar]], copied for the {{Learning from Excellence}} board

        Dr [[name:Raf Iqbal]] ({{ED reg}}): anyone at {{SARC}} awake? [[age:14]]yo boy here, disclosure of assault ~6hrs ago, mum with him
        [[name:Yemi.SARC]]: hi yes, [[name:Yemi]] here {{paediatric FNE}}. Is he medically ok?
        Dr [[name:Raf Iqbal]]: obs fine, no injuries needing treatment. Police not yet called
        [[name:Yemi.SARC]]: ok. don't swab or examine, keep his pants in a paper bag, no wash. I'll ring mum now on the ED phone and book him in for 9am
        Dr [[name:Raf Iqbal]]: thank you, he is really scared
        [[name:Yemi.SARC]]: I'll tell him about the teddy room 🙂 and the {{ISVA}} will be there

        Comment from {{ED lead}}: exactly the right advice, no duplicate exams, and the family felt held.
    """)),
    ("health", "incident", prose("""
        Interpreter booked for a client at the SARC for [[date:22 November]] was for Kurmanji but the
        client speaks Sorani. The booking form only has a free text box and the referring officer, PC
        [[name:Hussein]], had written "Kurdish". The client waited 2 h 10 min in the {{suite}} while a
        telephone {{interpreter}} was found via {{LanguageLine}}. She was already exhausted and at one
        point said she wanted to leave. The {{crisis worker}} [[name:Faye]] stayed with her throughout.
        Exam was completed with a video interpreter, which the client said she preferred to having a
        man in the room anyway. Learning: dialect field added to our form, and we now ask the client
        (via {{Language Identification Card}}) rather than relying on the police description.
    """)),
    ("health", "success", prose("""
        Shout out to triage nurse [[name:Priya Venkataraman]] in paeds ED at [[organisation:St Cuthbert's]]
        on [[date:12/05/25]]. A [[age:2]] year old arrived "coughing and drooling" after playing with the
        TV remote. [[name:Priya]] asked the exact question - "was there a battery in it?" - and when mum
        wasn't sure she fast-tracked an {{X-ray}} which showed a {{button battery}} in the oesophagus. She
        gave {{honey}} as per {{RCEM}} guidance while the surgical team were called. Out in theatre within
        2 hours with only superficial mucosal injury. Without her question this would likely have been
        sent home as {{croup}}.
    """)),
    ("health", "near_miss", block("""
        Datix [[case_reference:W-442817]] - near miss, paediatric ED
        Patient: [[name:SULLIVAN, Isla]]  Hosp no: [[case_reference:K2284519]]

        Prescribed {{co-amoxiclav}} for {{periorbital cellulitis}}. Allergy band was white (no allergies)
        but the {{GP letter}} in her bag said "penicillin - rash as a toddler". Pharmacist [[name:Gabriel]]
        picked it up on the {{EPMA}} screening at 14:20 before the first dose. Switched to {{clarithromycin}}.

        Why: the {{allergy status}} had been taken from the {{Summary Care Record}} which hadn't been updated.
        Dad not asked directly. Nurse [[name:Gill]] has since discussed with the family.
        Reported by: [[name:G. Okonkwo]]
    """)),
    ("health", "incident", prose("""
        Capacity incident, ED, [[date:Thu 19th Dec]]. With all six paeds cubicles full and
        {{Children's Assessment Unit}} closed to admissions, a [[age:12]]-year-old with {{DKA}} was placed
        in adult {{resus}} bay 2 next to an intoxicated adult patient who was shouting and swearing. The
        child's dad complained, fairly. Nurse [[name:Rhiannon]] moved screens and stayed at the bedside,
        and the {{paediatric registrar}} kept him on the {{DKA}} pathway correctly, so clinical care was
        fine, but the {{environment}} wasn't. The {{escalation policy}} says to call the on-call
        {{paediatric consultant}} before any child goes into adult resus; that didn't happen because the
        {{bleep}} went unanswered for 25 minutes. Escalated to {{site manager}}. We need a named back-up route.
    """)),
    ("health", "success", prose("""
        Reflective piece for revalidation. I'm a {{forensic physician}}. I saw a woman at
        [[organisation:Rowan House]] who'd been assaulted about five days earlier and assumed it was too
        late for anything useful. With [[name:Hannah]], the {{crisis worker}}, we explained that the
        {{early evidence kit}} she'd used at the police station (a urine sample and mouth swab, taken by
        DC [[name:Pritchard-Jones]]) was still valuable, and that {{DNA}} can be recovered from some
        sites up to 7 days. Taking time to explain the science seemed to give her back some control.
        What went well: DC [[name:Pritchard-Jones]] had followed the {{FFLM}} guidance exactly, and the
        handover paperwork was complete. I'd like to feed this back to the force trainers. — [[name:BM]]
    """)),
    ("health", "incident", prose("""
        The SD card from the {{colposcope}} camera in exam room 2 could not be found at the end of the
        shift on [[date:6th June]]. It should hold intimate images from three examinations that day.
        [[name:Kwame]] ({{FNE}}) and I searched the room, the bins and the {{secure cupboard}}. It was
        found the next morning by the cleaner, [[name:Dorota]], under the couch. The images were intact
        and have been transferred to the {{encrypted}} server. The real problem is that the camera
        still writes to removable cards; the {{Home Office}} and {{FFLM}} both expect direct secure
        transfer. Logged as a potential data breach with the {{Caldicott Guardian}}. — [[name:Sian Lloyd-Evans]]
    """)),
    ("health", "incident", block("""
        Incident form - ambulance handover delay, children's ED
        Date: [[date:Tue 07/01/2025]]   Datix: [[case_reference:W-447102]]
        Patient: baby [[name:Amara Osei-Bonsu]], [[age:5 weeks]], NHS no [[nhs_number:607 381 5050]]
        Crew vehicle: [[vehicle_registration:WX73 KPL]]

        What happened: baby brought in with poor feeding and {{apnoeas}}. Crew held in the ambulance bay for
        52 minutes because the {{paediatric resus}} bay was occupied and the {{handover nurse}} was pulled
        into a trauma call. {{Oxygen}} sats dropped to 88% in the vehicle; crew ({{paramedic}} [[name:Lewis]])
        escalated by radio and baby was taken straight through to adult {{resus}}.
        Outcome: {{high-flow}} started, admitted to [[organisation:Robin Ward]]. {{RSV}} positive. Now well.
        What went right: [[name:Lewis]] refused to sit and wait and the {{nurse in charge}}, [[name:Ama]],
        came out to the bay herself.
        Reported by [[name:lewis.h]] (crew) and [[name:Ama]] (ED).
    """)),
    ("health", "near_miss", prose("""
        While sending a {{safeguarding referral}} from paeds ED to the {{MASH}}, our {{admin}}
        [[name:Ines]] noticed the NHS number she'd copied into the form ([[nhs_number:347 357 1431]])
        brought up a different child when she checked it on {{the Spine}}. The correct number for
        [[name:Deniz Aksoy]] was [[nhs_number:217 853 7537]] - the first was his sister's, both
        registered at [[organisation:Parkside Surgery]] and sharing a surname, DOB a year apart. If it had
        gone, the {{MASH}} would have recorded concerns on the wrong child. [[name:Ines]] always
        double-checks the name and {{date of birth}} against the number before sending - that habit is
        now in the ED admin SOP.
    """)),
    ("health", "success", block("""
        Summary of good practice - paeds ED / {{CAMHS}} liaison
        Patient: [[name:Maisie]] ([[age:16]]), NHS [[nhs_number:954 663 6169]], {{paracetamol overdose}}

        - Arrived 03:15 with friend. Staggered overdose; {{NAC}} started promptly per {{TOXBASE}}.
        - {{Staff nurse}} [[name:Dawn]] sat with her rather than putting her in a side room alone.
        - [[name:Maisie]] asked that her stepdad not be contacted; nurse explored why, disclosed
          worries at home, safeguarding referral made with her agreement.
        - {{CAMHS}} liaison ([[name:Theo Abiodun]]) saw her on the ward by 11:00 - target is 24h.
        - Follow-up at [[organisation:Harbour Lane CAMHS]] booked before discharge on [[date:19/09/2024]].

        Written by [[name:T.A.]], [[email:theo.abiodun@example.nhs.uk]]
    """)),
    # ---------------------------------------------------------------- aviation (16)
    ("aviation", "incident", prose("""
        ATC engineering, [[organisation:Eastwick Airport]]. During planned maintenance on the
        {{secondary surveillance radar}} on [[date:11/03/2025]] the {{ATCO}} display lost the
        {{primary radar}} feed as well as the SSR for 3 min 40 s. The {{work permit}} described isolating
        channel B only, but the switch panel labels had been swapped during the last upgrade, so
        [[name:Gareth]] isolated the live channel. Approach was running with two inbounds,
        [[flight_number:EZY64RP]] and [[flight_number:LOG428]]; the controller went to procedural
        separation and both landed safely. Engineering supervisor [[name:Chidi Eze]] has had all panel
        labels checked against drawings. Reported as an {{MOR}} to the {{CAA}}. I'd stress that
        [[name:Gareth]] followed the permit exactly; the trap was in the labels.
    """)),
    ("aviation", "near_miss", block("""
        AOC occurrence log - [[date:27/06/24]]
        05:52  Airside ops vehicle "Ops 2" ([[vehicle_registration:WR21 HKV]]) told to hold at {{holding point}} A1 for rwy 27 inspection.
        05:53  Driver ([[name:Stu Hendry]]) read back "enter and inspect". {{Ground controller}} [[name:Leigh]] challenged at once.
        05:53  Vehicle stopped approx 15 m past the {{stop bar}}. [[flight_number:TOM3TK]] on 8 nm final, no go-around needed.
        06:10  Driver stood down for the shift, {{Duty Airfield Operations Manager}} [[name:Nkechi]] informed.
        06:40  {{RT}} recording reviewed with [[name:Leigh]] - the ATC instruction was partly blocked by another call.
        Actions: [[name:NK]] to file {{MOR}}; {{AGL}} engineers to confirm the stop bar was lit;
        {{RTF}} refresher for all Ops vehicle drivers. [[name:Stu]] came forward himself before the tape was pulled - thank you.
    """)),
    ("aviation", "success", prose("""
        When [[organisation:Northfield Airport]] closed for snow clearance on [[date:Friday 6th December]]
        we took eleven diversions in 90 minutes, on top of our own evening bank. The {{Airport Operations
        Centre}} worked it well: [[name:Ayesha]] on stands re-planned the remote apron in the {{AODB}}
        before the first arrival, [[name:Callum]] got the {{ground handlers}} to release two extra
        {{pushback tugs}}, and the {{terminal duty manager}} opened the second immigration hall. The
        heaviest was [[flight_number:BA1442]] with 170 passengers who were bussed to the terminal and
        coached on to their destination by 23:30. [[flight_number:FR 2314]] had a {{PRM}} passenger who was met
        at the aircraft in 12 minutes. What helped: the {{diversion plan}} we rehearsed in October, and
        [[name:Ayesha]] phoning each airline's station rep rather than waiting for emails.
    """)),
    ("aviation", "incident", block("""
        ENG LOG - {{ILS}} rwy 09 {{glidepath}}
        [[date:Sun 2 Feb 2025]]
        14:07  {{RMS}} alarm GP monitor 2. Localiser normal. Tech [[name:Andrzej]] to equipment shelter.
        14:12  ATC informed, approaches downgraded to {{RNP}}. {{NOTAM}} requested via [[name:Rhona]] (AIS).
        14:40  Water ingress in GP shelter, RF connector corroded. Roof seal on defect [[case_reference:DEF-2231]] since Nov - not actioned.
        16:55  Connector replaced. {{Ground check}} in tolerance, {{flight inspection}} not required per procedure.
        17:20  ILS restored, NOTAM cancelled.

        Comment ([[name:R. Dhillon]], {{engineering manager}}): [[name:Andrzej]] found this quickly in
        awful weather. The problem is [[case_reference:DEF-2231]] sat in the {{maintenance management
        system}} for 3 months at "low" priority because it was logged as a building defect, not a
        navaid one.
    """)),
    ("aviation", "success", block("""
        Post-event review: mains failure, {{visual control room}}, [[date:14/08/2024]]
        Chair: [[name:Gwen Roberts-Hale]]  Minutes: [[name:dom]]
        Present: [[name:Bill]] (ATC engineering), [[name:Oksana]] (ATC watch manager), [[name:Imran]] (airport electrical)

        - 11:21 mains supply to tower lost (utility fault). {{UPS}} carried all ATC systems; {{standby generator}}
          on load in 9 s. No loss of {{radar}}, radio or {{VCCS}}. Controllers didn't notice until told.
        - Monthly on-load generator test had been done on [[date:2 August]] - this is why it worked.
        - One issue: the {{lighting control panel}} rebooted and took 4 min to come back.

        Actions
        - [[name:Bill]]: raise with vendor, confirm AGL panel on UPS-backed circuit
        - [[name:Imran]]: share utility fault report
        - [[name:Oksana]]: brief all watches on good outcome
    """)),
    ("aviation", "near_miss", prose("""
        Stand 14 had been allocated to [[aircraft_registration:G-OZBT]] but the previous aircraft,
        [[aircraft_registration:EI-FMJ]], was delayed with a tech problem and still on stand with a
        {{GPU}} attached. The stand planner's screen showed it as vacated because the handler had entered
        an {{off-block}} time in advance. [[aircraft_registration:G-OZBT]] was cleared by ground to taxi
        onto the stand. Marshaller [[name:Tariq]] saw the stand occupied and crossed his wands to stop
        the aircraft at the {{lead-in line}}, then radioed the AOC. Nobody hurt, no contact. The real fix
        is to stop handlers entering predicted times as actuals in the {{A-CDM}} feed. Reported by
        [[name:J. Whitlock]], {{AOC duty manager}}.
    """)),
    ("aviation", "incident", prose("""
        At 07:40 on [[date:23/4/25]] the {{runway inspection}} found a 30 cm metal strip near the {{600 m
        marker}}, runway 27. Three departures had used the runway since the last inspection:
        [[flight_number:EXS27G]], [[flight_number:U2 6041]] and [[flight_number:KL1082]]. Runway closed 14
        minutes while {{wildlife and ops}} swept. The strip was identified by engineers as a panel from an
        {{A320}} wing fairing; [[flight_number:EXS27G]] was contacted in flight and landed normally at
        destination, where a missing panel was confirmed. Our learning: the previous inspection had been
        skipped at 06:00 because of a {{staff shortage}}, and nobody told {{ATC}} that it hadn't happened.
        [[name:Hollie]] in the {{AOC}} now checks the {{inspection log}} on the hour.
    """)),
    ("aviation", "success", prose("""
        Credit to [[name:sunil]] on nights. While doing a routine {{VCCS}} audio check he noticed a faint
        crackle on the {{tower standby transmitter}}. Nobody had reported it and it was within spec, but he
        logged it and swapped the {{coaxial}} patch lead. The lead turned out to have a cracked shield.
        If the {{main transmitter}} had failed, the standby would have been noisy at exactly the wrong
        moment. [[name:Sunil]]'s habit of listening to every channel rather than just reading the
        {{BITE}} screen is worth passing on; I've asked him to show the {{apprentices}}. —
        [[name:M. Alvarez-Cole]], {{ATSEP}} supervisor
    """)),
    ("aviation", "incident", block("""
        Airfield Ops Incident Report  [[case_reference:AOIR/2024/118]]
        Date: [[date:29 Nov 2024]]  Time: 06:15-07:05
        Reported by: [[name:KOWALSKI, Piotr]] - {{Airfield Duty Officer}}

        During {{low visibility procedures}} (RVR 450 m) the {{AGL}} monitoring showed {{centreline lights}}
        section 4 failed on rwy 27. Engineers ([[name:Joy-Ann]], [[name:Sean]]) found a failed
        {{constant current regulator}}. With centreline section out, the {{Cat III}} approach
        capability was lost and ATC imposed a higher minimum - two arrivals held, one diverted
        ([[flight_number:LM 671]] to [[organisation:Carrbridge Airport]]).

        Spare regulator was in stores but stores was locked and the key holder was off site.
        [[name:Piotr]] to propose a key safe for AGL engineers.
    """)),
    ("aviation", "near_miss", prose("""
        Near miss with gulls. {{Wildlife control}} log showed a large flock settling on the grass by
        {{taxiway B}} at 16:20. [[name:Frankie]] ({{BCU}}) went out with the {{distress call}} speaker but the
        van's kit failed, so she drove along the edge instead. Meanwhile [[flight_number:EZY825]] was
        lining up. {{The tower}} saw the flock lift and held the departure for two minutes until it cleared.
        If the aircraft had rolled, a multiple {{bird strike}} was a real possibility. Kit had been
        reported faulty by [[name:Frankie]] the previous week on [[case_reference:WCU-0931]] but no spare
        was ordered. Positives: tower vigilance and a quick call from [[name:Frankie]].
    """)),
    ("aviation", "success", block("""
        Pasted from the AOC {{Teams}} channel, [[date:Weds 17 July]], for the shift debrief:

        [[name:Chantelle]] (AOC): heads up 999 call from T1 security - pax collapsed in departures zone B
        [[name:Rob.Fire]]: {{RFFS}} en route, ETA 2 mins. which {{AED}} is nearest?
        [[name:Chantelle]] (AOC): AED 7 by gate 14 - [[name:Kofi]] from {{PRM}} is running it over
        [[name:kofi_prm]]: with him now, {{CPR}} in progress, shock advised, 1 shock given
        [[name:Rob.Fire]]: on scene, taking over
        [[name:Chantelle]] (AOC): {{ambulance}} booked to airside gate 3, escort arranged

        Patient had a pulse back before the {{paramedics}} arrived. [[name:Kofi]] had done the {{AED}}
        refresher only two weeks earlier.
    """)),
    ("aviation", "incident", prose("""
        Following the release of version 6.3 of the {{electronic flight strip}} software on
        [[date:5th March]], callsigns with a trailing letter were truncated on the {{tower positions}}, so
        [[flight_number:BAW84KL]] displayed as "[[flight_number:BAW84K]]". A {{controller}} cleared the wrong strip for takeoff
        sequencing; the pilot queried it and it was corrected before any conflict. It happened twice more
        the same day, including [[flight_number:EZY19TV]], before the software was rolled back at 18:00.
        The {{safety case}} for the release had been tested only against the {{approach positions}}, where the
        field width is different. {{ATC engineering lead}} [[name:Oluwaseun]] ("[[name:Shaun]]") has raised it with
        the supplier and asked {{ANSP}} safety to treat display changes as a full change, not a patch.
    """)),
    ("aviation", "near_miss", block("""
        SPILL REPORT - Stand 31
        Date/time: [[date:16/10/2024]] 13:48
        Vehicle: fuel bowser [[vehicle_registration:FN70 WSJ]], operator [[name:Dave Ng]]
        Aircraft on stand: [[aircraft_registration:G-EZRT]] ([[flight_number:EZY3328]])

        Approx 20 litres of {{Jet A-1}} released when a coupling failed during refuel. Passengers were not
        yet boarding. [[name:Dave]] hit the {{dead man's handle}} within seconds. {{RFFS}} attended, spill
        kit used, {{drainage}} blocked off so nothing reached the {{interceptor}}.

        Near miss because: {{APU}} was running and boarding was 10 min away. Coupling had passed its
        inspection on [[date:1 Oct]]. Sent to supplier for investigation.
    """)),
    ("aviation", "success", prose("""
        Reflection on engineering handover. I've worked shifts in {{ATC engineering}} for twelve years and
        the handovers have always been a bit of a chat over coffee. Since [[name:Rosa]] brought in the
        written {{handover template}} (open faults, permits live, equipment on {{single thread}},
        anything the {{watch manager}} needs to know) I have twice caught something I'd otherwise have missed
        — most recently on [[date:9 January]] when the {{night shift}} had left the {{DVOR}} in maintenance
        mode after a test. Because it was on the sheet, I put it back in service before the first
        departure needed it. The template isn't clever; it's just the same six boxes every time. Please
        don't let it slide when we're busy. — [[name:Kev]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Harriet Osei-Mensah]] <[[email:h.osei-mensah@example-airport.co.uk]]>
        To: {{Safety}} team; [[email:d.vanderberg@example-civils.nl]]
        Subject: Cable strike - works area D, [[date:8 May]]

        All,
        Yesterday at 10:35 the contractor's excavator cut the fibre and copper route between the
        {{equipment room}} and the {{glidepath}} shelter. The {{CAT}} scan had been done but the
        drawings in the {{permit to dig}} pack were pre-2019. ILS 27 was unusable for 6 hours;
        {{MOR}} filed with the {{CAA}} ([[case_reference:MOR 2025/04431]]).

        [[name:Dirk]], please can your site manager call me on [[phone:+44 7700 900522]] or I'll try
        your mobile on [[phone:+31 6 5550 1283]]. I'm not looking for blame - I need to know why the
        old drawings were in the pack.

        Thanks
        [[name:Harriet]]
        {{Airside Works Coordinator}}
    """)),
    ("aviation", "success", prose("""
        Good outcome on [[date:Sat 21 Sept]]. [[flight_number:TOM167]] ([[aircraft_registration:G-TUKL]])
        declared a {{PAN}} on approach with a [[age:68]]-year-old passenger with chest pain. The AOC had
        {{ambulance}} and {{RFFS}} at the stand before the aircraft was on blocks, because [[name:Grace]]
        in the control room heard the {{PAN}} on the tower feed and didn't wait for the airline to phone.
        {{Police}} cleared the route through the {{airside}} gate. The passenger, Mr [[name:Lindqvist]], was
        off the aircraft in 6 minutes and had a stent fitted at [[organisation:Royal Ashby Hospital]]
        that evening. His wife later emailed to thank "the lady on the radio". Worth noting
        [[name:Grace]] had no instruction to monitor tower - she does it off her own bat.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind101", REPORTS))


if __name__ == "__main__":
    main()
