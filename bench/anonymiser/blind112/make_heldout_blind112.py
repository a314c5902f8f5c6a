"""Held-out blind corpus 112: reports typed into a confidential just-culture incident and learning
system by front-line staff of a national children's charity (residential children's homes, a short
breaks unit, family hubs, family support and parenting teams), a mental health and learning disability
trust (acute and PICU wards, an assessment and treatment unit, crisis, depot and community teams) and a
cargo and business aviation operator (turboprop freighters, business jets, handling, engineering, crew
scheduling). Styles are an ordinary mix: terse shift logs, Datix-style forms, e-mails with signatures,
Teams chat, clinic tables, ASR-style forms, hurried lower-case notes and reflective first-person prose.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind112.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        Missing episode at [[organisation:Larchfield House]] on [[date:Sat 8 March]]. [[name:kayden]]
        ([[age:14]]) walked out the side gate about 21:40 after a row over the {{PlayStation}}. Staff
        followed at a distance as per his {{risk management plan}} but lost sight of him near the retail
        park. {{Shift lead}} [[name:Dawn]] rang {{101}} at 22:05, police log [[case_reference:WYP-250308-1187]].
        What went wrong: the {{missing from care}} grab sheet in the office was the old version, with last
        year's photo and the wrong mobile for his {{social worker}}, so we lost about 15 mins hunting for the
        right details. What went well: [[name:kayden]] texted [[name:Dawn]] at 23:30 and agreed to be picked up
        from his nan's on [[address:Foxhill Road]]. {{Return Home Interview}} done next day. Suggest grab sheets
        get checked monthly at {{team meeting}} and signed off.
    """)),
    ("social_care", "success", block("""
        From: [[name:Hannah Mistry-Clarke]] <[[email:h.mistry-clarke@brightwell.example.org]]>
        To: [[organisation:Calder Valley Family Support Team]]
        Subject: good practice - [[name:O]] family, case [[case_reference:FS-22817]]

        Hi all,

        Quick one for the learning log. After 9 months on a {{Child in Need}} plan, the {{Team Around the Family}}
        meeting on [[date:14/05]] agreed to step Mrs [[name:Okonkwo]] and the children down to {{early help}}.
        Big thing was [[name:Chidi]] ({{dad}}) finally engaging once we moved sessions to evenings, and
        [[name:Precious]] starting at [[organisation:Hollins Lane Nursery]] three mornings a week.
        {{Health visitor}} [[name:Sunita]] joined two of our visits which {{mum}} said made her feel
        "not ganged up on".

        Learning: flexible visit times work. Can we stop defaulting to 9-5?

        Thanks
        [[name:Hannah]]
        {{Family Support Worker}}
        [[phone:07700 900412]]
    """)),
    ("social_care", "near_miss", prose("""
        nearly gave the wrong meds tonight so logging it. [[name:Tayla]] ([[age:12]]) is on {{melatonin}} 2mg
        liquid and [[name:Ty]] ([[age:15]]) on 6mg tablets. Both {{MAR}} sheets were in the same plastic wallet
        and I had [[name:Ty]]'s sheet open while I was drawing up [[name:Tayla]]'s dose. I only stopped because
        my colleague [[name:Mehmet]] asked why I was using the {{oral syringe}} when the sheet said tablets. No dose
        given wrong, no harm. Bit shaken tbh, it was the end of a {{double shift}}. Think the MAR sheets should have
        a photo on the front like they do at [[organisation:Ashdown Lodge]] and each young person should have
        their own folder. Told the {{registered manager}} and I've booked my {{medication competency}} refresher.
    """)),
    ("social_care", "incident", block("""
        Shift log - [[organisation:Ashdown Lodge]] - [[date:22/02/2025]]
        19:10 [[name:JR]] refused to come off the phone, escalating, threw a mug at the lounge wall
        19:14 {{PROACT-SCIPr-UK}} de-escalation tried by [[name:Faith]] and [[name:Kofi A.]] - no effect
        19:20 [[name:JR]] went for staff with a piece of the broken mug. Two-person {{standing hold}} approx 3 mins
        19:23 released, [[name:JR]] to bedroom, obs every 15 mins
        19:45 {{first aid}} - small cut to [[name:Kofi]]'s palm, cleaned & dressed
        20:30 [[name:JR]] calm, debrief with {{key worker}}
        Notes: {{physical intervention}} form done, ref [[case_reference:PI-0419]]. {{Ofsted}} notification?
        Manager on call ([[name:Rob Hennessey]]) says yes under {{Reg 40}}. Broken crockery shouldn't have been
        left in the lounge after tea - that's on us.
    """)),
    ("social_care", "success", prose("""
        Supervised contact at [[organisation:Millbrook Family Hub]] went really well today. [[name:Aaliyah]]
        ([[age:6]]) hadn't seen her {{dad}} for five months and was very anxious beforehand, hiding behind my
        legs in reception. In the week we'd made a {{social story}} with photos of the contact room and of him,
        which her {{foster carer}} read at bedtime. He'd brought a book and let her lead. 55 mins, no concerns.
        Main learning - preparing the child properly matters as much as the {{risk assessment}}, and having the
        same {{contact supervisor}} each time. Written up on {{Mosaic}} under [[case_reference:CIN/4471/23]].
        - [[name:gemma w]]
    """)),
    ("social_care", "incident", block("""
        Incident: email sent to wrong recipients
        Reported by: [[name:Bilal Chaudhry]], {{Parenting Practitioner}}
        Date of incident: [[date:3 April 2025]]

        I sent the {{Triple P}} group session summary to the whole group using To: instead of Bcc:. 11 parents'
        email addresses were visible incl. [[email:shaz.begum88@example.com]] and [[email:dannyboyle_77@example.net]].
        One dad (Mr [[name:Boyle]]) replied-all within 10 mins asking why he could see everyone else. I tried to
        recall it in {{Outlook}} but 6 had already opened it. Reported to the {{DPO}} same day, ref
        [[case_reference:DP-2025-061]], {{ICO}} threshold not met.

        Learning: group emails should go out from the shared mailbox with Bcc as default. Have apologised to
        the group at the next session.
    """)),
    ("social_care", "near_miss", prose("""
        Taking two siblings to school in {{pool car}} [[vehicle_registration:YK19 TZP]] this morning. When I went to
        strap the youngest in ([[name:Zaid]], [[age:4]]) I found the {{ISOFIX}} clips on his {{car seat}} weren't
        connected - it had just been sat on the back seat. Whoever used the car last had taken it out to fit a
        third child and not refitted it properly. Nothing happened but it could have. The pool car book doesn't
        have a seat check. The {{tyre pressure}} warning light was also on. Spoke to [[name:Lorraine]] in the
        office, she is adding a {{pre-journey check}} to the {{vehicle log}} and getting the tyres done. Drop off at
        [[organisation:Greenhill Primary School]] 10 mins late, school fine about it.
    """)),
    ("social_care", "success", prose("""
        Wanted to share a good outcome. [[name:Rhys Pritchard-Evans]] ([[age:15]]), who lives at our
        [[organisation:Brookside]] home, had been on a reduced timetable for most of {{Year 10}}. After a joint
        meeting with the {{SENCO}} at [[organisation:Thornhill Community Academy]] and his {{Virtual School}} head
        we agreed an {{EHCP}} review and a phased return starting with forest school {{on Wednesday afternoons}}.
        Last week [[name:Rhys]] did a full week for the first time. His {{key worker}} [[name:Summer]] drove him in
        every day and waited in the car park the first few times. Credit to her and to Mr [[name:Adeyemi]] at
        school who met him at the gate every morning. Learning: consistency of the adult matters more than the
        plan on paper. Also the {{PEP}} money paid for his fishing kit, which was the hook (sorry).
    """)),
    ("social_care", "incident", prose("""
        Allegation by a young person against a staff member at [[organisation:Larchfield House]] on
        [[date:17/01/25]]. YP ([[name:MK]]) told {{waking night staff}} that a day worker ([[name:T.O.]]) had grabbed
        her arm during an argument about her phone. The right things happened on the shift: her account was
        written down in her own words, {{body map}} done, no {{leading questions}}. What went wrong was the {{LADO}}
        referral, which was delayed 26 hours because the on-call manager didn't have the out-of-hours number
        and the {{Emergency Duty Team}} line was engaged for ages. [[name:T.O.]] was put on {{non-contact duties}}
        once the LADO was spoken to. Ref [[case_reference:LADO-25-0093]]. Action: LADO and {{EDT}} numbers now
        on the on-call card, and a reminder that a referral can be emailed while you wait.
    """)),
    ("social_care", "incident", prose("""
        Left on the printer in the family room at [[organisation:Millbrook Family Hub]]: a copy of a parent's
        {{PIP}} form with her full name ([[name:Joanne Ferreira]]), NI number [[ni_number:JT 48 21 76 C]],
        date of birth [[date_of_birth:11/09/1989]] and address [[address:27 Calder Street, Elland]]
        [[postcode:HX5 0QR]]. Another parent handed it in at {{reception}}. Our worker had been helping [[name:Jo]]
        with the form and printed from the {{shared laptop}}, which defaults to the family room printer not the
        office one. Form given back to [[name:Joanne]], apologised, she was pretty relaxed about it. Logged as a
        {{data incident}} with {{Information Governance}}. Action: IT to remove that printer from the shared laptop
        and switch us to {{Follow Me}} printing.
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS - front door sensor
        Home: [[organisation:Brookside]]
        Time: approx 02:15
        What happened: bank worker went out to her car for a charger and didn't re-arm the door sensor after.
        [[name:Nia]] (YP, [[age:16]], high risk of {{CSE}}) is known to try the door at night. Found on my 2am
        walk-round with the panel showing DISARMED. Nobody had left, all rooms checked.
        Why: bank staff hadn't had {{induction}} on the {{Texecom}} panel. Code was on a post-it by the door.
        Action: {{induction checklist}} updated, code changed, post-it binned.
        Reported by: [[name:Sunny Mahal]] ({{waking night}})
    """)),
    ("social_care", "success", block("""
        [09:02] [[name:priya.k]]: morning, the {{interpreter}} for the [[name:Hussaini]] family is booked for Thurs 👍 ({{Dari}})
        [09:03] [[name:tom_fsw]]: amazing, last time took 3 weeks
        [09:04] [[name:priya.k]]: used the {{Language Line}} video option instead of waiting for face to face
        [09:05] [[name:tom_fsw]]: was {{mum}} ok with video?
        [09:07] [[name:priya.k]]: yeah [[name:Farida]] said she prefers it actually, her eldest ([[age:11]]) doesn't have to translate any more
        [09:08] [[name:Bex]]: logging this as good practice for the {{Learning Hub}}, kids shouldn't be interpreting at {{CIN}} meetings
        [09:09] [[name:tom_fsw]]: 💯
    """)),
    ("social_care", "incident", prose("""
        At about 16:30 on [[date:2nd June]] staff found [[name:Kacper]] ([[age:13]]) in the bathroom with
        superficial cuts to his forearm from a pencil sharpener blade. {{First aid}} given, {{111}} advised
        {{A&E}}. Taken to [[organisation:Airedale Vale General]] by me and [[name:Precious N.]], seen, cleaned
        and closed with {{Steri-Strips}}, home by 22:00. {{CAMHS}} crisis rang next morning and his
        {{social worker}} Ms [[name:Wiśniewska]] visited same day. Learning: the weekly room search list doesn't
        include sharpeners, and he'd had a new pencil case from school. [[name:Kacper]] said he didn't want
        staff to take all his stuff, so we agreed with him that sharpeners live in the office and he signs them
        out for homework. He seemed OK with that. Search list updated.
    """)),
    ("social_care", "near_miss", prose("""
        Lone home visit to [[address:Flat 6, Beaumont Court, Netherton Lane]], [[postcode:WF4 4LY]]. I didn't
        start the {{StaySafe}} app because there was no signal in the stairwell and then I forgot. When I got in,
        {{mum}}'s ex-partner ([[name:Gaz]]) was in the kitchen - he has bail conditions not to attend, which was
        on the {{MARAC}} info but not on our referral form. I made an excuse about needing a leaflet from the car
        and left. Manager ([[name:Imogen]]) couldn't see where I was for around 40 mins and was about to ring
        police. Nobody hurt. Learning: start the app before leaving the car, and {{MARAC}} flags need copying
        onto the referral. Police informed about the breach, {{DASH}} updated with mum later that day.
    """)),
    ("social_care", "success", prose("""
        [[name:Grace Owusu-Ansah]] (DOB [[date_of_birth:19/04/2007]]) moved into her own flat this month under
        our {{Staying Close}} scheme, and I want to log what made it work. She'd lived at
        [[organisation:Larchfield House]] since she was [[age:13]]. Her {{Personal Adviser}} started the
        {{pathway plan}} early, we did six months of practice weeks in the {{training flat}} (cooking, bills,
        {{Universal Credit}} journal, and chasing her NI number, [[ni_number:NE 62 04 19 A]], which finally came) and [[organisation:Calder Homes]] held the {{tenancy}} for two weeks so she
        could move on a day she chose. She still comes back for {{Sunday dinner}} and [[name:Grace]] told me last
        week she "didn't feel kicked out". That's the whole point. Worth sharing with other homes.
    """)),
    ("social_care", "incident", prose("""
        During a {{short break}} stay at [[organisation:The Orchard]], [[name:Ellis]] ([[age:9]],
        {{cerebral palsy}}, full hoist) was being transferred bed to chair on the {{ceiling track hoist}} when one
        sling loop slipped off the spreader bar. [[name:Nkechi]] supported him down onto the bed; no injury,
        skin checked, {{mum}} informed at pick-up and was understanding. Checked afterwards: the sling was a
        size L from another child's room, his {{moving and handling plan}} says M, and the size labels on both
        are worn so you can't read them. Slings now colour-tagged and kept in each child's own room. {{LOLER}}
        inspection was in date. Ref [[case_reference:SB-0772]].
    """)),
    ("social_care", "success", prose("""
        Dads' group at [[organisation:Hopwood Children's Centre]] finished its 8 weeks yesterday with 6 out of 7
        completing, best we've had. [[name:Tomasz]], [[name:Wayne]], [[name:Abdi]] and [[name:Frank]] came every
        week. What we changed: {{Saturday mornings}} instead of {{weekday evenings}}, kids welcome in the room, and
        [[name:frankie d]] from the {{Family Hub}} who co-ran it is a {{dad}} himself and doesn't do jargon. We also
        dropped the {{Solihull Approach}} workbook and just used the videos. [[name:Abdi]]'s {{partner}} rang to say
        he'd been doing bedtime for the first time. Would recommend to other hubs.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Patient absent without leave from [[organisation:Juniper Ward]] at approx 18:50 on [[date:12/04/2025]].
        Mr [[name:Dmitri Volkov]] ([[age:29]]), detained under {{Section 3}}, followed the domestic through the
        {{airlock}} when she held the second door to carry a mop bucket through. Noticed missing at 19:00
        {{intermittent obs}}. {{AWOL policy}} followed, police informed ref [[case_reference:WYP-13-0412-0655]],
        {{nearest relative}} informed. Returned by police at 23:10 from his mother's address, unharmed, reported
        having used cannabis. Learning: both airlock doors open at once is a known issue and the door alarm
        sounds in the office not the corridor. Estates asked to review. NHS no. [[nhs_number:506 937 7450]].
        Datix [[case_reference:W213377]].
    """)),
    ("health", "near_miss", block("""
        Patient: [[name:SHAW, Rosemary]]    DOB: [[date_of_birth:03/11/1961]]    NHS No: [[nhs_number:411 346 1902]]
        Ward: [[organisation:Heather Ward]]
        Category: Medication - prescribing - no harm (near miss)

        Description: Patient restarted on {{clozapine}} after missing 4 days of doses while on leave. Junior
        doctor prescribed the previous dose of 300mg bd on {{EPMA}} instead of re-titrating. Ward pharmacist
        ([[name:Ifeoma]]) picked it up on screening before the first dose was given. Prescription changed
        to 12.5mg with a titration chart.

        Contributing: {{EPMA}} has no prompt for missed doses over 48 hrs; restart guidance is on the intranet
        but not in the {{FY1}} induction pack.
        Reported by: [[name:Ifeoma Eze]], {{Clinical Pharmacist}}
    """)),
    ("health", "success", prose("""
        Really proud of the team on [[organisation:Ash Ward]] last night. [[name:Hope]], who's been with us
        a week, was extremely distressed after a phone call and barricaded herself in the lounge with a chair.
        Instead of the usual {{response team}}, [[name:Jamal]] ({{HCA}}) who she gets on with sat outside the door and
        just talked about her cat for 20 minutes. We used {{Safewards}} "talk down" and kept the corridor clear.
        No {{restraint}}, no {{PRN}}, no {{seclusion}}. She came out and had toast. Debrief this morning and she said
        it helped that nobody "came in mob-handed". Want this shared at the {{Reducing Restrictive Practice}}
        group.
    """)),
    ("health", "incident", prose("""
        {{Rapid tranquillisation}} ({{lorazepam}} 2mg {{IM}}) given to a patient ([[name:LT]]) at 14:20 on
        [[date:Tues 6 May]] after a prolonged episode of aggression. Post-RT physical obs are required every 15
        mins for the first hour. First set was done but the next two were missed as the {{NEWS2}} obs machine
        had been left off charge and the {{manual sphyg}} was in the clinic room on the other unit. Patient was
        asleep and breathing throughout per staff, but no recorded sats or BP until 15:35. [[name:LT]] came to
        no harm. Learning: second obs machine requested, and the RT pack to include a manual sphyg.
        {{Nurse in charge}} [[name:R. Gallagher]].
    """)),
    ("health", "incident", prose("""
        unwitnessed fall at [[organisation:The Willows]] {{ATU}} approx 07:15. [[name:Bill]] ([[age:34]], severe LD,
        {{epilepsy}}) found sitting on the shower room floor, small graze to left elbow. No head injury seen but
        as he can't tell us what happened we followed the {{head injury}} pathway and did {{neuro obs}} for 24h - all
        normal. Possible seizure? His {{seizure monitor}} mat was not in the shower room, it's only fitted in his
        bedroom. Also the grab rail was loose. {{Estates}} job logged. {{Epilepsy nurse}} referral made. Dad
        informed by phone at 08:30, happy with plan. - [[name:kez]] (band 5)
    """)),
    ("health", "success", block("""
        CRISIS LINE - call summary
        Team: [[organisation:Colne Valley CRHT]]
        Call taken by: [[name:Amara Nwosu-Reid]], {{Mental Health Practitioner}}
        Caller: [[name:Mark]] (self), mobile [[phone:07700 900187]]

        Caller said he'd been awake 3 nights and had tablets out on the table. Stayed on the line 50 mins.
        Agreed to put the tablets in a bag and give them to his {{neighbour}}, who came round while we were still
        on the phone. Went through his {{safety plan}} together and he read it back. Agreed {{home visit}} next day.
        Visit done by [[name:Owen]] and [[name:Ros]] at [[address:3 Lark Hill Cottages]], [[postcode:HD7 5UZ]] at 11:00, caller
        engaging, now on {{home treatment}}.

        Learning: staying on the line while the neighbour arrived made the difference. The new
        {{Mental Health Response Vehicle}} wasn't needed.
    """)),
    ("health", "near_miss", prose("""
        Mrs [[name:Fenella Hartley-Boyd]] is on {{lithium}} under shared care with [[organisation:Moorside Medical
        Practice]]. Her 3-monthly level was due [[date:12 Feb]] but not done because the {{GP}} thought our {{CMHT}}
        was doing it and we thought they were. Picked up at her review on [[date:2 April]] when she mentioned a
        mild tremor. Level came back at 1.1 so upper end of range, {{eGFR}} fine, dose unchanged. No harm but
        it could easily have gone the other way. Learning: the {{shared care agreement}} template doesn't say
        who books bloods. Have emailed the {{practice manager}} ([[email:moorside.pm@nhs.example.net]]) and our
        {{Consultant Psychiatrist}} to agree wording. NHS [[nhs_number:648 704 6825]].
    """)),
    ("health", "incident", prose("""
        Appointment letter for a young man under {{Early Intervention in Psychosis}} was sent to his previous
        address, [[address:14 Cranmer Road, Bradford]] [[postcode:BD7 2NX]]. The current occupant opened it,
        saw the team name and rang us. [[name:Tendai Moyo]] had moved 8 weeks ago and told us, and his address
        was updated on {{SystmOne}}, but letters are generated from {{Rio}} which still had the old one. The
        letter said which team and the date of his clinic with Dr [[name:Fairweather]]. [[name:Tendai]] was upset that
        strangers might know he uses {{mental health services}}. Apology given by phone and in person. Learning:
        both systems need updating, and we've asked IT whether the address can be pulled from the {{Spine}}.
        Datix [[case_reference:W214012]].
    """)),
    ("health", "success", prose("""
        Good news from the {{LD liaison}} side: [[name:Joy]] ([[age:27]], {{Down's syndrome}}) finally had her
        {{annual health check}} bloods done at [[organisation:Castle Street Surgery]] after three years of
        trying. What worked: an {{Easy Read}} letter with photos of the nurse and room, a 30-min last appointment
        of the day so no waiting room, {{EMLA}} cream put on at home by her support worker, and practice nurse
        [[name:Deb]] doing two "practice visits" first where she just showed the tourniquet. [[name:Joy]]'s mum says she
        talked about the sticker all week. Also updated her {{hospital passport}}. Reasonable adjustments aren't
        complicated, they just need someone to own them.
    """)),
    ("health", "incident", prose("""
        Ligature incident on [[organisation:Bronte Unit]] (female acute) at 03:10. Patient found in en-suite
        with an item of clothing tied around her neck on her 15-min intermittent obs. Removed with the
        {{ligature cutter}}, she was conscious and talking, {{NEWS2}} 0, reviewed by the duty doctor, no
        lasting harm. On review the obs before had been done at 02:48, a 22 minute gap, because two staff had
        gone to {{ED}} on an escort and the ward was running one short. Escalated to the {{site manager}} at
        01:30 but no bank staff available. Patient [[name:Kirsty-Leigh]] now on {{enhanced obs}}. Reported by
        {{Charge Nurse}} [[name:Obi]]. Datix [[case_reference:W214290]].
    """)),
    ("health", "near_miss", prose("""
        Patient almost went off {{the ward}} on unescorted {{Section 17}} leave when he's only authorised for
        escorted. There were two leave forms in the file, the current one dated [[date:01/03/25]] (escorted
        only) and an older one from before his relapse saying unescorted 2hrs. {{Agency nurse}} pulled the wrong
        one. [[name:Olu]] himself said "I don't think I'm allowed out on my own yet" which is what stopped it.
        Checked with {{RC}} Dr [[name:Nwosu]]. Learning: superseded leave forms must be struck through and removed
        from the front of the file, and leave status should be on the {{electronic whiteboard}}.
    """)),
    ("health", "success", prose("""
        Sharing as {{Triangle of Care}} good practice. Mrs [[name:Anand]] had been phoning the ward most days
        feeling shut out of her son's care. [[name:Vikram]] had previously refused consent to share information.
        {{Named nurse}} [[name:Ciara]] sat down with him and went through what exactly he was happy to share
        ({{medication}} yes, what he talks about in therapy no) and wrote it down in his {{care plan}}. Then we had
        a family meeting on [[date:19th Aug]] with the {{consultant}} in attendance. Mrs [[name:Anand]] said it was the first
        time she felt listened to. [[name:Vikram]] said he felt in control. Consent doesn't have to be all or nothing.
    """)),
    ("health", "incident", block("""
        Datix [[case_reference:W-118203]]
        Type: Violence & aggression - physical assault on staff
        Location: [[organisation:Ash Ward]] ({{PICU}})
        Date/time: [[date:01/06/2025]] 21:40

        Patient became agitated at medication round after being told no more {{nicotine replacement}} tonight.
        Punched {{HCA}} [[name:Dean Whitlock]] to the jaw. {{PMVA}} team attended, prone restraint avoided, supine
        hold 4 mins, then seclusion. [[name:Dean]] seen in {{ED}}, no fracture, off 3 shifts.
        Police: PC [[name:Marsh]] attended, crime ref [[case_reference:13250601994]]. [[name:Dean]] wishes to press charges.
        Contributing: NRT policy unclear on max patches/lozenges per day; staff gave different answers.
        Staff support: {{TRiM}} offered, {{Occupational Health}} referral.
    """)),
    ("health", "success", prose("""
        [[name:Sammy]] ([[age:41]]) in our {{supported living service}} has {{dysphagia}} and is on {{IDDSI}} level 5
        minced and moist. Last year there were two choking episodes, both when {{agency staff}} were on. The
        {{SALT}} ([[name:Lucía Romero]]) made a laminated placemat with photos of what his food should look
        like and it sits at his place at every meal. Since [[date:January 3rd]] zero episodes. Agency staff say
        it is much clearer than reading the {{care plan}}. Small thing, big difference. [[name:Lucía]] is now
        doing the same for two others.
    """)),
    ("health", "near_miss", block("""
        Depot clinic - [[organisation:Ravensthorpe CMHT]] - w/c [[date:7 July]]

        Patient      | Medication              | Due    | Status
        [[name:K. Begum]]     | {{aripiprazole}} LAI 400mg  | [[date:08/07]]  | given
        [[name:HOLLIS, Tom]]  | {{paliperidone}} 100mg      | [[date:09/07]]  | DNA
        [[name:Ngozi A.]]     | {{zuclopenthixol}} 200mg    | [[date:10/07]]  | given

        Near miss: Mr [[name:Hollis]] DNA'd and the DNA wasn't flagged to his {{care coordinator}} because the
        clinic list is a {{spreadsheet}} nobody checks after 5pm. Found [[date:16/07]] when I was doing the
        weekly tidy, a week overdue. Home visit same day, depot given, no signs of relapse.
        Suggest DNAs go straight to the {{duty worker}}. - [[name:J.B.]]
    """)),
    ("health", "incident", block("""
        {{DATIX}} WEB FORM
        Incident type: Medicines - storage
        Location: [[organisation:The Willows]] {{ATU}}, {{clinic room}}
        Reported by: [[name:Wojciech Nowak]]

        Description: fridge temperature found at 11.2C at 07:00 check. Max/min not reset since [[date:Fri 14 Nov]]
        so unclear how long out of range. Fridge contains insulin ({{NovoRapid}}, {{Lantus}}) for 2 patients
        and {{hepatitis B vaccine}}. Pharmacy ([[name:Ade]]) advised quarantine all stock. Insulin replaced by
        on-call pharmacy at 10:30, one dose of NovoRapid given 90 mins late for patient [[name:RM]], {{BMs}} stable.
        Fridge door seal perished. {{Estates}} ticket [[case_reference:EST-55120]].
    """)),
    ("health", "success", prose("""
        Just want to recognise [[name:Ravi Sharma]], our {{Peer Support Worker}} on [[organisation:Heather Ward]].
        A patient who had refused every {{ward round}} for 3 weeks agreed to attend after [[name:Ravi]] offered
        to sit with him and explained he'd "been the one in that chair" himself. He then agreed to try the
        {{Recovery College}} taster course. The {{consultant}} said it was the first time she'd heard him say what
        he actually wanted. Peer workers are often left off rotas and not invited to {{MDT}} — please can we
        change that. - [[name:Kat]], {{ward manager}}
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        Ground damage to [[aircraft_registration:G-NLCA]] ({{ATR 72-600F}}) during night loading. The
        {{hi-loader}} operated by [[organisation:Swiftport Handling]] contacted the lower edge of the
        {{cargo door}} surround while being raised, leaving a 4cm dent and scraped paint. Loader driver
        reported it straight away, which I want to recognise. Our B1 inspected, assessed against the {{SRM}}
        and the aircraft was released next day after a temporary repair, so [[flight_number:NLC412]] was
        cancelled and freight moved by road. Contributing: apron floodlight at stand 31 out for a week and
        the {{wing walker}} was also acting as the head loader. Handling agent ref [[case_reference:SWH-GD-0288]].
    """)),
    ("aviation", "near_miss", prose("""
        Taxiing for departure at night as [[flight_number:NLC 2207]]. Clearance was to hold short of
        {{the runway}} at {{holding point}} B2. I read it back correctly but then, with the {{checklist}} in progress and
        the stop bar lights not very visible against the wet apron, I continued past the B2 marker towards the
        {{stop bar}}. {{F/O}} [[name:Jakub]] called "stop, stop, B2!" and we stopped with the nose about 10m past
        the {{holding position}} markings but short of the stop bar. No conflicting traffic. Reported to
        {{ATC}}. Lesson for me: don't run checklists while taxiing near a runway, and trust the other pilot's
        callouts. Thanks [[name:Jakub]]. Captain [[name:Nadeem Qureshi]].
    """)),
    ("aviation", "success", prose("""
        {{Citation XLS+}} [[aircraft_registration:G-KXJT]], four pax, positioning to Nice. In the cruise we got
        a {{HYD}} caution. Capt [[name:Helen Barraclough]] handed me the flying and ran the {{QRH}} herself, and
        asked me twice what I thought before we decided to divert to Lyon rather than continue. Good brief
        to the lead pax, clear {{PAN}} call, uneventful landing. Engineering found a chafed line. What I want to
        log is the way [[name:Helen]] kept me in the loop as a new F/O, never once made me feel like a
        passenger. {{CRM}} training actually working. Ops (duty manager [[name:Callum]]) had a hotel and a
        replacement aircraft sorted within 2 hours. - [[name:Arjun]]
    """)),
    ("aviation", "incident", block("""
        DG OCCURRENCE REPORT
        Flight: [[flight_number:NLC 518]]    Reg: [[aircraft_registration:G-NLCD]]
        AWB: [[case_reference:176-44821930]]
        Date: [[date:28 Jan 2025]]

        During build-up a carton marked as general cargo was found to contain lithium ion batteries
        ({{UN3480}}) packed without the correct {{Section II}} mark. Spotted by {{warehouse operative}}
        [[name:Kwame Boateng]] because the box had a battery brand printed on it. Shipment offloaded and
        held, no {{NOTOC}} issued as not accepted. Reported to the {{CAA}} via the shipper's agent
        [[organisation:Rapid Freight Forwarders Ltd]]. Contact: [[name:Lena Hoffmann]]
        [[phone:+49 40 5550 1187]], [[email:l.hoffmann@rapidff.example.de]].
        Action: reminder to all {{acceptance staff}} re hidden DG.
    """)),
    ("aviation", "near_miss", prose("""
        Load sheet error caught on the flight deck. The final {{load sheet}} for [[flight_number:NLC 331]] showed
        take-off fuel of 2,800kg but we had uplifted 3,800kg per the fuel docket. I'd already entered the load
        sheet figures into the {{FMS}} and the {{take-off performance}} had been calculated on the lower weight.
        Captain ([[name:Siobhán]]) spotted the mismatch during the {{before start}} checks because the fuel on
        board didn't match the {{TOW}}. Re-done and recalculated, v-speeds went up by 3kt. Load control said
        it was a typo under time pressure. Maybe the {{load control}} software could flag fuel that differs from
        the fuel order by more than 500kg?
    """)),
    ("aviation", "success", prose("""
        Good catch by [[name:ade o]] (B1) on the night shift. During a routine daily check on
        [[aircraft_registration:G-NLCB]] he noticed a hairline crack on the {{nose gear}} steering actuator
        bracket that's not in the {{task card}} scope. He stopped, got a torch and mirror, and called it in
        rather than signing off. {{NDT}} confirmed the crack. Part changed, aircraft late for the first rotation
        by 2 hours. Reported to the {{CAMO}} and the {{OEM}}; turns out there's a service letter on it. Thanks
        [[name:Adebayo]] for sticking your neck out at 4am when everyone was chasing the slot.
    """)),
    ("aviation", "incident", prose("""
        Fatigue report. I was rostered four consecutive late-night sectors ending at 05:30 followed by a
        short-notice swap to an early {{standby}}. By the last sector on [[date:Thursday 13 March]] I was struggling
        to keep my eyes open in the cruise and made two readback errors on the approach. I told the {{Captain}} and
        we used {{controlled rest}} procedures. Landed safely. I raised it with {{crewing}} ([[name:Lewis]]) before
        the swap but was told it was legal under the {{FTL}} scheme. Legal isn't the same as safe. Request a
        review via {{FRMS}}. Flights [[flight_number:NLC 2251]] / [[flight_number:NLC 2252]].
    """)),
    ("aviation", "near_miss", block("""
        ASR REF: [[case_reference:ASR-2025-0147]]
        Flight: [[flight_number:NLC 2231]]   A/C: [[aircraft_registration:G-NLCE]]
        Phase: Climb, passing FL090 for FL110

        Narrative: Cleared FL110. {{PF}} selected 110 on the {{FCU}} but the {{ALT}} mode didn't engage (later found
        selector had been pulled rather than pushed). {{PM}} was on the radio to the company frequency. Aircraft
        continued to 11,400ft before PM saw it and PF descended. {{TCAS}} TA only, no RA. {{ATC}} queried.
        Contributing: company call during climb, not sterile.
        Crew: Capt [[name:M. Lindqvist]], F/O [[name:Rosa Delgado]]
    """)),
    ("aviation", "success", prose("""
        Medical situation on [[aircraft_registration:M-YLRA]] ({{Challenger 350}} charter). The client's
        elderly mother, [[age:78]], became confused and pale an hour out of Farnborough. Our cabin host
        [[name:Chloé]] recognised possible {{stroke}} signs using {{FAST}}, contacted {{MedLink}} via the
        {{satphone}} and had oxygen on her quickly. We diverted to Geneva with priority and an ambulance met us on
        stand. Family rang the ops desk on [[phone:+44 7700 900615]] next day to say she's recovering and
        the doctors said the quick handover helped. Worth highlighting that our {{first aid}} refresher for
        cabin hosts includes FAST - it worked.
    """)),
    ("aviation", "incident", prose("""
        During unloading at destination the second {{ULD}} in the {{main deck}} (position 3R) was found to have moved
        approx 5cm aft. The forward {{restraint lock}} for that position was down but not latched. No damage to
        the aircraft or the freight. Loading supervisor at origin ([[name:Grzegorz]]) had signed the
        {{loading instruction}} report as complete. The lock is known to be stiff and was written up in the
        {{tech log}} on [[date:19/02]] but deferred. Aircraft [[aircraft_registration:G-NLCF]]. {{Engineering}} have
        now replaced it. Learning: a walk-round lock check by the crew before closing the door would have
        caught it.
    """)),
    ("aviation", "success", block("""
        From: [[name:Dominic Fairclough-Hart]]
        Sent: [[date:09 December 2024]] 07:14
        To: {{Flight Ops}}
        Subject: de-icing at 0530 - well done

        Morning all,
        Wanted to say thanks to the de-ice crew from [[organisation:Swiftport Handling]] this morning. Freezing
        fog, {{Type II}} fluid applied, they gave us the start time and {{holdover time}} on the radio without
        being asked, and [[name:Shreya]] on the rig came over to the window to confirm the tail was clear. We
        were airborne 6 mins inside {{HOT}}. That's how it should be.

        [[name:Dom]]
        {{Capt}}, {{ATR}} fleet
        [[phone:07700 900733]]
    """)),
    ("aviation", "near_miss", prose("""
        Pushback near miss at stand 14. {{Tug driver}} [[name:Kwabena]] was pushing us back with a {{towbar}} when the
        {{shear pin}} failed. He stopped immediately and called on the {{headset}}, we set the {{park brake}}. Aircraft
        rolled about a metre. Nobody hurt. On inspection the shear pin fitted was the wrong part for the type —
        the towbar had been used for another operator's aircraft the previous day and the pins swapped. The
        {{GSE}} log for the towbar doesn't record which pin is fitted. Flight [[flight_number:NLC 440]] delayed
        35 mins. Good calm reaction from [[name:Kwabena]].
    """)),
    ("aviation", "incident", prose("""
        {{Bird strike}} on final to runway 24 on [[date:5th October]], [[flight_number:NLC 2219]],
        [[aircraft_registration:G-NLCC]]. Large bird (probably a gull) hit the left wing root, heard a loud bang.
        Continued the approach and landed normally. On the {{walk round}} there was blood and a small dent on the
        {{leading edge}}. Aircraft grounded for inspection, out of service for 6 hrs. Reported via the company
        {{ASR}} system and to the airport so they could report it on. No {{ATIS}} warning of bird activity
        although the {{tower}} later said gulls were being dispersed from the grass. - Capt [[name:Ewan MacLeod]]
    """)),
    ("aviation", "success", prose("""
        Line training note. Second-week {{F/O}} [[name:Olamide]] found our departure had the wrong {{SID}} loaded
        in the {{FMS}} after the runway change - she'd only been with us a fortnight and I'd checked it and
        missed it. She said it out loud, politely but firmly. We fixed it before {{pushback}}. I told her afterwards
        that's exactly what we want and logged it here so training can use it as an example. New starters
        sometimes need to hear that challenging the {{Captain}} is expected, not tolerated. - [[name:TW]], {{TRI}}
    """)),
    ("aviation", "incident", prose("""
        Crew transport incident. The {{crew minibus}} ([[vehicle_registration:LN68 WRU]]) collected us from the hotel
        at 03:50 for the early [[flight_number:NLC 611]]. The driver was not our usual firm, seemed tired, and
        clipped a bollard leaving the airport {{perimeter road}}; no injuries, minor damage to the minibus. We got to
        the aircraft 25 mins late and felt rushed through the {{pre-flight}}. The subcontractor
        [[organisation:Ace Airport Cars]] was used because the regular firm had no drivers. Crew contact number
        in the {{ops manual}} still goes to the old firm: [[phone:01632 960218]]. Please check {{subcontractor}}
        standards and update the contact.
    """)),
    ("aviation", "success", prose("""
        Live animal flight, three showjumpers to Liège on [[flight_number:NLC 9061]]. Grooms
        [[name:Saoirse]] and [[name:Pieter van den Berg]] travelled with them. One horse ({{Bramble}}) became
        agitated on climb. The grooms had briefed us on the {{IATA LAR}} contingency and the {{vet's kit}} location
        beforehand, which paid off. We levelled off lower for a while, dimmed the {{main deck lighting}}, and
        [[name:Saoirse]] settled her within about ten minutes. No {{sedation}} needed. Good example of
        pre-flight brief with specialist handlers. {{Loadmaster}} [[name:Gus]] was brilliant throughout.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind112", REPORTS))


if __name__ == "__main__":
    main()
