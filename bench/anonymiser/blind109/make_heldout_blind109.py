"""Held-out blind corpus 109: just-culture incident and learning reports from three settings - a county
council's children's social care (MASH screening, assessment, child in need, child protection, looked-after
children, emergency duty and leaving care), an acute trust (emergency department, medical and surgical wards,
theatres, blood bank and pharmacy) and a regional airport's airline and ground operations (ramp, fuelling,
de-icing, PRM assistance, flight deck and cabin crew). Styles are an ordinary mix: careful first-person
reflections, rushed lower-case notes, pasted Teams chats, Datix-style forms, SBAR, ops-log timelines, debrief
bullet lists, e-mails with headers and sign-offs, and thank-you notes.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind109.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        Referral from the {{DSL}} at [[organisation:St Aidan's CE Primary]] came into the {{MASH}} inbox on
        [[date:14/10/24]] about [[name:Kacper]] ([[age:8]]) - concerns re dad's drinking and a bruise seen in
        {{PE}}. When I acknowledged it I used reply-all from the team mailbox and didn't notice the form had
        {{mum}}'s personal address [[email:ania.nowak82@example.com]] in the cc line (school had put it as parent
        contact). So mum got the whole referral before any {{strategy discussion}} and before we had thought
        about whether telling her first was safe. She rang the {{duty desk}} on [[phone:07700 900417]] very
        upset. I told my {{team manager}}, [[name:Dawn Whitlock]], straight away and we did a safety plan call
        with mum that afternoon; dad has not been told by us. Logged as a data breach with {{IG}}. Learning for
        me: check every recipient, never reply-all on referrals. Wider question: could the {{MASH}}
        acknowledgement go to the referrer only by default?
    """)),
    ("social_care", "near_miss", block("""
        Pasting the {{Teams}} chat as my {{practice manager}} suggested:

        [[name:sam.k]] 09:14  about to {{NFA}} the contact for the [[name:Hussain]] kids, ref [[case_reference:MR-24-08817]], nothing new since Aug
        [[name:Priya B]] 09:16  hold on - there's a {{PPN}} from last night on {{Mosaic}} under mum's maiden name [[name:Rahman]], same address [[address:22 Coldharbour Lane]]
        [[name:sam.k]] 09:16  omg didnt see that, it wasnt linked to the kids
        [[name:Priya B]] 09:19  DA call out, [[name:Zainab]] ([[age:4]]) was in the house. police ref [[case_reference:CR/0411573/24]]
        [[name:sam.k]] 09:21  ok not closing, asking TM for a {{strategy discussion}}

        What helped: [[name:Priya]] reading the whole {{Mosaic}} record before the case closed. What didn't:
        duplicate person records (married vs maiden surname) so the notification sat on a record nobody had
        linked. {{Mosaic}} admin asked to merge.
    """)),
    ("social_care", "success", prose("""
        Want to record some good practice around [[name:Tyler-Jay]]'s placement. [[name:TJ]] is [[age:14]] and
        has had 6 placements in 2 years; this one with [[name:Bill]] and [[name:Maureen Ashdown]] was wobbling
        after an exclusion from [[organisation:Castlegate Academy]] in the spring. Instead of waiting for the
        {{LAC review}}, the {{IRO}} ([[name:Anjali Mistry]]) pulled a {{stability meeting}} together within a
        week, with the {{Virtual School}}, the {{supervising social worker}} from
        [[organisation:Brightpath Fostering]] and [[name:TJ]] himself, who chose to attend by video. We agreed a
        reduced timetable, {{PEP}} funding for a mentor and a weekly phone call from me on a set evening so
        [[name:Bill]] and [[name:Maureen]] weren't left holding it. [[date:30th June]] was his birthday and he
        spent it at home, not missing. Placement still going. What made it work: speed, [[name:TJ]] in the room,
        and carers being listened to rather than told.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - Children's Services
        Date of incident: [[date:02/09/2024]]
        Team: [[organisation:Southern Locality CP Team]]
        Type: Information sharing / confidentiality

        Description: {{Child Protection Conference}} minutes for the [[name:Mellor]] children were posted to
        both parents. Mum and the children moved to a {{refuge}} in July and the refuge address
        ([[address:Flat 3, 41 Hollin Road]], [[postcode:WF3 2QT]]) was in the "attendees and contact details"
        section because the refuge worker was listed as attending. Dad ([[name:Darren Mellor]]) has a
        {{non-molestation order}}. He rang mum the same night.

        Immediate action: police informed, mum and children ([[name:Kayla]] [[age:9]], [[name:Reece]] [[age:6]])
        moved to an emergency placement in another county.

        Contributing factors: {{minute taker}} using an old template; chair signed off without reading the
        appendix; no flag on {{Mosaic}} that the address was confidential.

        Reported by: [[name:L. Ferreira]], {{Child Protection Chair}}
    """)),
    ("social_care", "success", prose("""
        edt shift fri night. call from {{police}} at 2340 re [[name:jodie]] [[age:15]]yo found at the bus
        station after a row at home, {{mum}} refusing to have her back. no {{foster carers}} answering from the
        list. rang [[name:marcus]] the on call {{EDT manager}} who authorised a night at
        [[organisation:Oakfield Lodge]] (emergency bed) and police dropped her there by 0130. handed over to
        {{Duty}} saturday am with full notes on {{Mosaic}}. what went well: the officer, PC [[name:Ahmadi]],
        stayed with her till staff came, and [[organisation:oakfield]] had a bed ready w/o fuss.
        [[name:jodie]] texted her mum from there and they are talking. also - would really help if the out of
        hours carer list was up to date, 3 numbers were dead.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss re transport. I was due to take [[name:Amira]] (aged [[age:2]]) and her brother to
        {{family time}} at [[organisation:Riverside Family Centre]] in pool car
        [[vehicle_registration:YG21 KTN]]. The booking said one {{car seat}}; the car only had a
        {{booster seat}}. I was honestly about to put her in it because we were running late and {{mum}} would be
        waiting. My colleague [[name:Ewa]] walked past in the car park, said she wouldn't, and lent me the
        {{Group 1}} seat from her own car. Nothing happened but it could have. The {{fleet}} booking form doesn't
        ask the ages of children travelling, just "seat y/n". Suggest it asks ages and {{business support}}
        check the car matches before keys are handed out. Also me: I should have rung and said we'd be late
        rather than rush.
    """)),
    ("social_care", "incident", prose("""
        During supervised {{family time}} on [[date:Weds 6th Nov]] at
        [[organisation:Hartley Road Contact Centre]], dad [[name:Lee Cartwright]] turned up with his mother,
        [[name:Sandra]], who is not approved on the {{contact plan}}. The {{family support worker}} (agency,
        first week) let her in because dad said the {{social worker}} had OK'd it. During the session
        [[name:Sandra]] asked [[name:Ruby]] ([[age:7]]) what school she went to and [[name:Ruby]] told her -
        [[organisation:Moorside Juniors]]. Grandmother has previously turned up at the old school. {{Headteacher}}
        informed same day and the school have put their plan in place. Contributing: the contact plan on the
        file was the old version; agency worker had no induction to our {{contact procedures}}; no one on site to
        ring. I'm the allocated worker and was in {{court}} that afternoon.
    """)),
    ("social_care", "success", block("""
        MASH health check - learning entry (positive)

        Child: [[name:Noah Brennan-Quaye]], DOB [[date_of_birth:17/08/2024]], NHS no. [[nhs_number:692 504 3201]]
        GP: [[organisation:Elmtree Medical Practice]]
        Referral: anonymous neighbour, crying and shouting late at night

        Checked {{SystmOne}}: missed {{6-8 week check}}, missed 2 imms appointments, HV [[name:Gemma Tait]] had
        noted a new male partner at the {{new birth visit}} but no name. Rang [[name:Gemma]] direct; she knew
        the flat and offered to go out that afternoon with the {{duty social worker}} ([[name:Femi]]). Baby seen
        same day, weight dropped across two centiles, admitted to paeds for {{failure to thrive}} work-up.

        Went well: health and social care in the {{MASH}} literally sitting two desks apart, HV picking up
        first time.
        Could be better: the neighbour's referral sat for 26 hrs over the weekend before being {{RAG}} rated.
    """)),
    ("social_care", "incident", prose("""
        On {{Mosaic}} there are two children called [[name:Mason Price]] in our area, born a year apart. The
        {{Section 47}} on [[date:19 March]] was opened on the wrong one (DOB [[date_of_birth:03/11/2016]] instead
        of [[date_of_birth:03/11/2017]]) because the referral only gave a name and school year. The
        {{strategy discussion}} notes, police checks and the invite to the {{ICPC}} all went under the other
        child's record. It was only picked up when the other family's GP surgery
        ([[organisation:Parkview Surgery]]) rang to ask why they'd been sent a health request for a boy who had
        moved to Wales. No info was sent to the other family themselves. Records have been split and corrected
        by {{Performance and Systems}}. Learning: two identifiers before opening any episode (DOB plus address or
        NHS number), and the screening form should not allow a case to progress on name alone.
        -- [[name:Kwame]], {{Senior Practitioner}}
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Hannah Okoro]] <[[email:hannah.okoro@eastmarsh.example.gov.uk]]>
        To: {{Business Support}} Redaction
        Subject: RE: Assessment for disclosure - [[name:Patel]] family [[case_reference:CSC-0098213]]

        Hi [[name:Bev]],

        Thank you SO much for spotting this. For the learning log: I'd sent you the
        {{Child and Family Assessment}} for the [[name:Patel]] family to go out to parents, and the foster
        carers' home address, [[address:Willow Barn, Stocks Lane]], was still in the chronology on p.11 (it came
        over from the {{placement plan}}). I'd redacted the front sheet but not the chronology. Parents don't
        know where the girls are placed.

        You checked every page, not just the ones I flagged. That's why it didn't go.

        I've now started using the {{Adobe}} search for the postcode and carer surname before sending anything.

        [[name:Hannah]]
        {{Social Worker}}, [[organisation:Assessment Team 3]]
    """)),
    ("social_care", "success", prose("""
        Sharing as a success. [[name:Oluwaseun Adebayo]] ([[name:Seun]]), [[age:13]], open to us on a
        {{CIN plan}} since his mum's {{MS}} got worse. School ([[organisation:Northgate High]]) had him down as
        persistently late and were heading towards a {{fixed term exclusion}}. At the {{CIN review}} on
        [[date:11/12/23]] the {{school nurse}} asked [[name:Seun]] directly what his mornings looked like, and it
        came out that he was changing mum's {{catheter}} bags and getting his sister to
        [[organisation:Little Acorns Nursery]] before school. We referred to
        [[organisation:Carers Trust Eastmarsh]] for a {{young carers assessment}}, adult social care did a
        {{Care Act}} assessment for mum and she now has a morning call. School changed his start time.
        Attendance from 71% to 94% this term. He told me "someone finally asked me". The lesson is obvious but
        we keep forgetting it.
    """)),
    ("social_care", "incident", prose("""
        [[name:Chantelle]] ([[age:16]]) went missing from [[organisation:Larkspur House]] at about 19:00 on
        [[date:23/01/25]]. Staff saw her get into a grey {{Audi}}, reg [[vehicle_registration:KN19 XBR]], which
        has been seen before and was already on her {{CSE}} risk assessment. Staff followed the
        {{missing protocol}} but rang 101 rather than 999 because the shift lead thought "she always comes back".
        Police weren't told about the car for 2 hours. She returned at 03:40 with a new phone.
        {{Return home interview}} done by [[name:Rhiannon]] from [[organisation:Safe Steps]]; she has shared the
        intelligence with the police exploitation team. I (registered manager) think the issue is
        normalisation - 14 missing episodes this year and staff are tired. We've done a team session on the
        {{Philomena Protocol}} and made it clear a known vehicle = 999.
    """)),
    ("social_care", "success", prose("""
        Good practice note from the {{PLO}} pre-proceedings meeting, [[date:5 February 2025]]. Parents
        [[name:Ionela]] and [[name:Marius Popescu]] speak limited English and previous meetings used their
        [[age:12]]-year-old, [[name:Andrei]], to translate (not by us, by the school). This time the
        {{legal gateway}} paralegal [[name:Tom Fenwick]] booked a face to face {{Romanian}} interpreter through
        [[organisation:LinguaBridge]] two weeks in advance, sent the {{letter before proceedings}} translated, and
        checked with mum that the interpreter wasn't from their town. Meeting took twice as long and was worth
        it - parents understood what {{care proceedings}} would mean and agreed to an {{FGC}}. Their solicitor
        said it was the first time she'd seen it done properly.
    """)),
    ("social_care", "incident", prose("""
        {{MASH}} screening error. Referral from the {{health visitor}} for [[name:Lily-Mae Fairbrother-Hines]],
        [[age:3]]. I searched {{Mosaic}} for "[[name:Fairbrother]]" and picked [[name:Lilly May Fairbrother]] (no hyphens,
        same age band), who has a closed {{CP plan}} from 2021, and RAG rated red on the basis of history that
        wasn't hers. Police and education checks went out under the wrong child. The {{team manager}},
        [[name:Joy Ellison-Grant]], noticed the address didn't match ([[address:8 Pennine View]] vs
        [[address:Flat 12, Kestrel Court]]). No visit was made to the wrong family. Contributing factors: the
        fuzzy search puts the closest match at the top; I was on my 19th screening of the day; hyphenated names
        are stored inconsistently. Suggest a mandatory two-identifier check on the {{screening form}}.
    """)),
    ("social_care", "near_miss", prose("""
        Nearly missed a {{CP medical}}. [[name:Hope]] ([[age:5]]) had a bruise to her ear reported by
        [[organisation:Sunflower Day Nursery]] on [[date:Thursday 12 Sept]]. The {{strategy discussion}} agreed
        a medical that day with the {{community paediatrician}} at
        [[organisation:Kingsmead Child Development Centre]]. I booked it, but the slot went into the {{duty diary}},
        not mine, and I'd gone out on another visit. Dr [[name:Venkatesan]]'s secretary rang my mobile at 15:50
        asking where we were. I got {{mum}} and [[name:Hope]] there by 16:30 and Dr [[name:Venkatesan]] stayed late to
        see her. Bruising was consistent with a fall from the {{climbing frame}}, which mum had said. If the medical
        had been missed we'd have lost the chance to see the injury fresh. Learning: the worker booking the
        medical puts it in their own diary and the {{duty senior}} checks at 2pm.
    """)),
    ("social_care", "success", prose("""
        Small win worth logging. [[name:Abdi]] turned [[age:18]] in the summer and has been with the
        {{Leaving Care}} team since. He came to the UK as an {{UASC}} and never had his {{National Insurance}}
        number letter, so his {{Universal Credit}} claim had stalled for 7 weeks and he was borrowing money. His
        {{Personal Adviser}} [[name:Rose Kimani]] went with him to the {{Jobcentre}} with his {{BRP}} and got the
        number confirmed on the spot ([[ni_number:JT 48 21 93 C]]), then sat with him while he finished the
        claim online. First payment landed on [[date:20/11]]. [[name:Rose]] also set up a budget plan with him
        rather than just giving him a food voucher. He says she is the only adult he trusts here.
    """)),
    ("social_care", "incident", block("""
        EDT phone divert - timeline

        [[date:Sat 14/12]] 17:05  {{EDT}} main line diverted to the on-call mobile by [[name:Gary]] at handover.
                          Typed [[phone:07700 900186]] instead of [[phone:07700 900168]].
        17:40-21:15  at least 6 calls to {{EDT}} ring a member of the public, Mrs [[name:Dunmore]].
        21:20  Mrs [[name:Dunmore]] rings the council {{switchboard}} to complain. Says one caller was a
               police officer about a [[age:12]]-year-old found in a car park.
        21:35  [[name:Gary]] realises, re-diverts correctly, rings back the numbers Mrs [[name:Dunmore]] had
               kindly written down.
        21:50  police call re child re-established, {{place of safety}} found.

        Learning: the divert is set by typing the number into the {{Mitel}} portal with no check. Suggest
        saved contacts, or a second person reads it back.
        Reported by [[name:N. Achterberg]], {{Senior Practitioner}}
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Two patients in {{Majors}} with similar surnames, Mr [[name:Kowalczyk]] in cubicle 4 and
        Mr [[name:Kowalski]] in cubicle 6, arrived within 20 min of each other on [[date:3rd Jan]]. The
        {{triage}} nurse printed wristbands for both at once and they were swapped. Bloods for cubicle 4 were
        labelled with the details of the cubicle 6 patient (hospital no. [[case_reference:RK4471029]]). The
        {{troponin}} came back raised on the wrong patient and he was nearly started on the {{ACS}} pathway
        including {{fondaparinux}}. The {{FY2}}, Dr [[name:Alana McBride]], asked him about chest pain before
        prescribing and he said he'd come in with a cut hand. Bloods repeated on both, positive ID done. Datix
        [[case_reference:W118204]]. Key thing: print and apply one wristband at a time, at the bedside, and ask
        the patient to state name and DOB. Our printer being at the nurses' station doesn't help.
    """)),
    ("health", "near_miss", block("""
        Theatre 5, orthopaedic list, [[date:Tues 21 May]], consultant Mr [[name:Gallagher]]

        What happened: 3rd patient, left {{knee arthroscopy}}. Consent form said LEFT, the typed list on the
        wall said RIGHT (typo by the scheduler). The arrow had been drawn on the left on the ward. During
        {{Time Out}} the {{ODP}} ([[name:Rhys]]) read from the wall list and said right. The {{scrub nurse}},
        [[name:Marisol Quintero]], stopped everyone and asked to see the consent and the mark. Confirmed left.
        No harm.

        Why it nearly went wrong: wall list and {{Bluespier}} disagree; people read what's on the wall.
        Why it didn't: {{WHO checklist}} done out loud, and [[name:Marisol]] felt able to stop the consultant.
        Action: lists printed from {{Bluespier}} only, no hand-typed lists. Shout-out to [[name:Marisol]].
    """)),
    ("health", "success", prose("""
        I want to recognise [[name:Grace]], an {{HCA}} on [[organisation:Ward 23]] (acute medicine). On a night
        shift she did obs on an [[age:81]] year old lady admitted with a {{UTI}}. The {{NEWS2}} was only 3, but
        [[name:Grace]] said she "wasn't right, she's talking to me different". She told the nurse in charge, who
        called the {{outreach team}}. {{Lactate}} was 4.6, the patient was in early {{sepsis}} and had
        {{antibiotics}} and fluids within the hour. Her daughter, Mrs [[name:Oyelaran]], has since written in
        to thank the night team. Soft signs matter and an HCA's gut feeling is worth listening to - it isn't in
        the score. Well done [[name:Grace]].
        - [[name:Chidi]], {{Charge Nurse}}
    """)),
    ("health", "incident", prose("""
        Omitted {{insulin}} on [[organisation:Heron Ward]] overnight on [[date:7 April]]. Patient is a
        [[age:67]]-year-old man with {{type 1 diabetes}}, admitted with a {{hip fracture}}. His long-acting
        {{Lantus}} was prescribed for 22:00 on {{ePMA}} but was "on hold" because the {{anaesthetist}} had made
        him {{NBM}} for theatre and held everything. Nobody restarted it when theatre was cancelled. CBG was 23.4
        with ketones 2.8 at 06:00 and the {{DKA}} protocol was started. Recovered, no lasting harm. The patient
        himself (Mr [[name:Adeyemi]]) told the night nurse he hadn't had his insulin and was told it was on
        hold. Learning: basal insulin in type 1 should never be stopped; we're adding a hard stop on ePMA and
        the diabetes inpatient team (Sr [[name:Kath Doyle]]) is doing teaching on the ward.
    """)),
    ("health", "success", block("""
        From: [[name:Ifeoma Nwachukwu]] <[[email:i.nwachukwu@nhs.example.net]]>
        Sent: [[date:16 August 2024]] 08:02
        To: ED {{Majors}} team; [[email:hems.ops@example.org]]
        Subject: Thank you - trauma call Friday night

        All,

        Just wanted to say thank you for the trauma call at 23:40 Friday (motorbike vs car, [[age:24]]yo male).
        From {{pre-alert}} to {{CT}} was 14 minutes and to theatre 52. [[name:Nikhil]] ran the
        {{massive haemorrhage protocol}} calmly, [[name:Stacey]] had the {{rapid infuser}} primed before he
        arrived, and the {{HEMS}} crew's {{ATMIST}} handover was perfect.

        One thing to fix: the trauma pager didn't go off for anaesthetics - [[name:Zubair]] only came because he
        heard the tannoy. Switchboard are looking into it.

        Thanks all,
        [[name:Ifeoma]]
        {{ED Consultant}}, [[organisation:Fenbridge General Hospital]]
    """)),
    ("health", "incident", prose("""
        [[age:11-month]]-old brought to {{Paeds ED}} by dad on [[date:28/10/24]] with a swollen forearm, "rolled
        off the sofa". X-ray showed a {{spiral fracture}}. The {{SHO}} did not complete the safeguarding
        checklist or check the {{CP-IS}} flag, and the baby ([[name:Archie Doherty]], DOB
        [[date_of_birth:21/11/2023]]) was discharged with a {{backslab}} and a fracture clinic appointment. He is
        on a {{child protection plan}} with [[organisation:Eastmarsh Children's Services]] - it would have flagged
        on CP-IS. Picked up the next morning when the {{paediatric liaison nurse}} reviewed attendances. Social
        worker informed at 09:30 and a {{skeletal survey}} arranged for the same day. Learning: non-mobile infant
        plus fracture = mandatory consultant review before discharge. Our triage system doesn't prompt a CP-IS
        check for under-1s.
    """)),
    ("health", "near_miss", prose("""
        near miss on [[organisation:ward 9]] bay 3 this am. pt in bed 14 (NHS no [[nhs_number:142 942 4575]])
        has a documented {{penicillin}} allergy - anaphylaxis, red wristband, on {{ePMA}}. {{co-amoxiclav}} was
        prescribed overnight by the surgical F1 because micro advice said "{{Augmentin}}" and they didn't twig
        it's a penicillin. ePMA did fire an alert but it was overridden ("discussed with micro"). I'd drawn it up
        and was at the bedside when his wife Mrs [[name:Ngata]] asked "is that the one with penicillin in it?"
        and I stopped. Dose not given. Escalated to the {{reg}}, changed to {{clarithromycin}}. honestly i would
        have given it, I did my {{5 rights}} but didnt read the allergy box again. thank you Mrs [[name:Ngata]].
        - [[name:d.rowe]] SN
    """)),
    ("health", "incident", prose("""
        Unwitnessed fall, [[organisation:Kestrel Ward]] (care of the elderly), 03:15 on [[date:12 Feb]].
        [[name:Frank Osei]], [[age:88]], {{dementia}}, assessed as high falls risk with a {{falls sensor mat}} in
        place. The mat was unplugged because the socket was needed for a {{pressure-relieving mattress}} pump and
        nobody plugged it back in. He was found on the floor by the HCA doing 2-hourly checks, with a cut to his
        head. {{CT head}} - small {{subdural}}, {{neurosurgery}} advice conservative. Family (son,
        [[name:Kofi]]) informed at 04:00 by the night co-ordinator. {{Duty of candour}} letter sent. We were 2 RNs
        short that night (1 RN and 2 HCAs for 28 patients) and the enhanced care request was declined at 22:00
        because there were no staff. [[name:Frank]] was well known to us as someone who gets up to find the
        toilet.
    """)),
    ("health", "success", block("""
        Debrief - {{anaphylaxis}} at induction, Theatre 2, [[date:09/05/2025]]

        Team present:
        - Dr [[name:S. Ahmed]] - anaesthetic consultant
        - [[name:Olu]] - {{ODP}}
        - [[name:Brook Henley]] - anaesthetic {{CT2}}
        - [[name:Maggie]] and [[name:Tomás]] - scrub team
        - Ms [[name:Vasquez-Reid]] - surgeon

        What happened: {{rocuronium}} given, within 2 min {{bronchospasm}} and BP 55 systolic.
        What went well:
        - Dr [[name:Ahmed]] called it early and out loud and said "I need help" - second anaesthetist in 3 min
        - [[name:Olu]] had the anaphylaxis box open before anyone asked
        - {{adrenaline}} infusion made up from the {{cognitive aid}}, not from memory
        - surgery abandoned, pt to {{ICU}}, extubated next day
        Could be better: second {{mast cell tryptase}} sample missed at 1 hr because everyone had left.
        Action: tryptase reminder card now in the box.
    """)),
    ("health", "incident", prose("""
        Mrs [[name:Evelyn Marsh]] ([[age:79]]) was discharged from [[organisation:Linden Unit]] on
        [[date:18/03/25]] by {{patient transport}} to her old address, [[address:27 Quarry Hill Road]],
        [[postcode:HX3 9LF]], which is now empty - she moved into her daughter's at [[address:4 Brindle Mews]]
        in January. {{PAS}} had the old address because the GP record was never updated, and nobody asked her.
        The {{discharge letter}} and {{TTOs}} went with her. The crew, [[name:Dean]] and [[name:Yusuf]], found the
        house empty and didn't leave her - they rang the unit and waited 40 min until the daughter was reached
        and then took her on. Without them she could have been left at an empty house in March with no heating.
        Learning: confirm the discharge address with the patient out loud on the day, and check {{PAS}} against
        the {{Spine}}.
    """)),
    ("health", "near_miss", prose("""
        {{Blood bank}} near miss ({{WBIT}}). {{Group and save}} sample for [[name:Jacqueline Ferris]], hospital
        no. [[case_reference:M0847731]], grouped as O {{RhD}} positive; her historical record from 2019 says
        A positive. The {{transfusion}} lab rejected it and asked for a repeat, which came back A positive. On
        review the first sample had been taken from the patient in the next bed, [[name:Jackie Fernandes]], using
        labels printed at the nurses' station in advance. Had there been no historical group, and {{red cells}}
        been issued on that sample, it could have been an {{ABO incompatible}} transfusion. Reported to
        {{SHOT}}. Thanks to [[name:Tunde]] in the lab for holding the line when the ward pushed back. Reminder
        that the {{two-sample rule}} exists for exactly this.
    """)),
    ("health", "success", prose("""
        Positive report. [[age:19]] y/o brought in under {{Section 136}} by police at 01:00, very distressed
        and trying to leave. Our security officer [[name:Sunny]] ([[name:Sandeep Gill]]) sat with him in the
        {{mental health assessment room}} for 3 hours talking about football, and kept the door open rather than
        standing in it. No restraint, no {{rapid tranquillisation}}. The {{liaison psychiatry}} nurse
        [[name:Aoife]] arrived at 04:10 and the {{AMHP}} at 06:30; the assessment was done with the young man calm
        and engaged and he went to [[organisation:Meadowbank Unit]] informally rather than detained. Police were
        released from ED at 01:45 thanks to our new handover agreement. Worth recording that what made the
        difference was one person's time and manner. Thank you [[name:Sunny]].
    """)),
    ("health", "incident", block("""
        SBAR - escalation delay, [[organisation:Ward 31]] (general surgery), night of [[date:02/02/25]]

        S: Day 2 post {{laparotomy}}, Mr [[name:Tariq Mahmood]] (hosp no [[case_reference:K2289014]]),
           {{NEWS2}} 7 at 01:30, HR 128, BP 88/50.
        B: Surgical reg holds bleep 4471 overnight. Bleeped x3 between 01:35 and 02:10, no answer.
           {{Switchboard}} tried the reg's mobile [[phone:07700 900552]] - voicemail.
        A: Reg was in theatre doing an emergency case and the bleep had been left in the coffee room. No one
           told the {{site manager}}.
        R: Escalated to {{site practitioner}} [[name:Moira]] who got the on-call consultant,
           Ms [[name:Ekwueme]], in at 02:40. Back to theatre - {{anastomotic leak}}. Now on {{ITU}}.

        Learning: when the reg scrubs, the bleep goes to the SHO or the site team. We had no rule for this.
        Submitted by: [[name:Aisling Byrne]], RN
    """)),
    ("health", "success", prose("""
        Learning from excellence: [[name:Yasmin]], {{pharmacist}} on [[organisation:Ward 6A]], spotted on
        {{medicines reconciliation}} that a new admission had {{methotrexate}} 10 mg DAILY on the {{GP}} list instead
        of weekly - a transcription error from the letter from [[organisation:Holmfield Surgery]]. She rang the
        surgery and the {{community pharmacy}}; the patient had actually been taking it weekly as per the box, but
        the ward {{ePMA}} had already been set up daily. Corrected before the first dose. Thank you
        [[name:Yasmin]]!
    """)),
    ("health", "incident", prose("""
        {{EPR}} ({{Cerner}}) down from 14:10 to 19:45 on [[date:Mon 24 June]]. ED went to paper as per the
        {{downtime procedure}}, but the paper blood forms in the packs were the old version without a barcode, so
        the lab hand-keyed them. Results for 3 patients were put against the wrong record, including a
        {{potassium}} of 6.9 that went to a patient already discharged, [[name:G. Lindqvist]], instead of the man
        in {{Resus}}, Mr [[name:Ashworth]]. The resus nurse, [[name:Summer]], chased it by phone when it hadn't
        come back after an hour and got it read out; {{calcium gluconate}} given. Without her chasing he'd have
        waited until the system came back. Ref [[case_reference:INC-2024-11873]]. Learning: downtime packs were
        three years out of date and nobody on shift had ever practised a downtime.
    """)),
    ("health", "near_miss", prose("""
        Count discrepancy at closure, category 2 {{caesarean section}}, obstetric theatre, [[date:1st Nov]] at
        about 02:00. One {{large swab}} unaccounted for at the final count. The registrar was keen to close
        ("it'll be in the bin") but the {{scrub practitioner}}, [[name:Jess Hunter]], refused to sign the count
        and asked for the consultant. Mr [[name:Balogun]] came in, backed her, and re-explored: the swab was
        behind the uterus. Closed after a correct count. A {{Never Event}} avoided. What helped: [[name:Jess]]
        knowing she'd be supported, the {{swab board}} being kept up to date, and a consultant who came in at
        2am without complaint. What didn't: swabs packed without being called out during a bleed. Discussed
        at the {{M&M}}.
    """)),
    ("health", "success", prose("""
        Compliment / learning. [[name:Selam Tesfaye]], [[age:31]], was admitted to
        [[organisation:Maple Ward]] at 34 weeks with {{pre-eclampsia}}. She speaks {{Tigrinya}} and very little
        English. {{Midwife}} [[name:Faith]] booked a {{Language Line}} interpreter for every review, including the
        {{night consultant}} review, and would not use the husband ([[name:Dawit]]) even when he offered. Because of
        that [[name:Selam]] was able to tell us about headaches and visual disturbance she'd hidden from her husband,
        and she got {{magnesium sulphate}} in time. She has written (translated) to say she felt safe. Please can
        we make this the standard and not the exception. [[name:Faith]] deserves recognition.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        Ground damage on stand 9, [[date:19/07/24]] approx 05:50. I was driving airside van
        [[vehicle_registration:WU68 PXL]] back from the baggage hall and clipped the left {{winglet}} of
        [[aircraft_registration:G-OKRV]], which was being prepared to operate [[flight_number:NWX412]] to Palma.
        I was watching a {{belt loader}} reversing on stand 8 and misjudged the wingtip clearance - the
        {{stand markings}} on 9 are badly worn. Stopped immediately, reported to the {{dispatcher}} and
        {{Airside Ops}}. Engineering inspected and the aircraft went {{AOG}}; [[flight_number:NWX412]] was
        cancelled and passengers moved to a spare aircraft 3 hours later. I've been stood down from driving
        pending retraining and my {{ADP}} ([[case_reference:ADP-20931]]) is suspended. Honestly I was rushing
        because we were a man down on the early shift.
        - [[name:Connor Walsh]], [[organisation:Apex Ground Services]]
    """)),
    ("aviation", "near_miss", prose("""
        Level bust on departure, [[date:3 March 2025]], [[flight_number:NWX731]], {{ATR 72}}
        [[aircraft_registration:G-NWRD]], runway 27. I was {{PF}}. The {{SID}} has a stop altitude of 5000 ft
        but {{ATC}} gave us "climb altitude 4000 ft" for traffic. I set 4000 and the {{PM}},
        Capt [[name:Gunnarsdóttir]], read it back. After flap retraction I reset 5000 on the {{MCP}} out of
        habit - I have flown that SID maybe 200 times. [[name:Gunnarsdóttir]] noticed passing 4300 ft at the
        same time ATC queried us; we descended to 4000. The traffic was a {{Piper}} at 5000 about 3 nm away. No
        {{TCAS RA}}. Contributing: 4th early in a row, 04:15 report, and habit capture. I now touch and call
        the selected altitude every time it changes, and we've asked for a non-standard stop to be included in
        the {{ATIS}} when it's in force.
    """)),
    ("aviation", "success", block("""
        CABIN SAFETY REPORT - MEDICAL
        Flt: [[flight_number:NWX2291]]   Date: [[date:30MAY24]]   A/C: [[aircraft_registration:G-NWKA]]
        SCCM: [[name:Danielle Price]]   Crew: [[name:Tom]], [[name:Agnieszka]], [[name:Ravi]]

        45 min after departure the pax in 17C (male, [[age:62]]) collapsed in the aisle on the way to the
        toilet. Not breathing normally. [[name:Agnieszka]] started {{CPR}}, [[name:Tom]] brought the {{AED}},
        1 shock delivered, pax breathing again after approx 2 min. Dr [[name:Haruki Tanaka]] (pax 4A) assisted
        and we patched through to {{MedLink}}. {{Captain}} diverted to Bordeaux, ambulance met the a/c. Wife
        travelling with him, kept informed throughout by [[name:Ravi]].

        Went well: everyone knew their role, {{first aid kit}} and AED checked that morning, {{PA}} for a doctor
        made within 1 min.
        Improve: no space in the aisle - need to move pax out of row 17 sooner.
    """)),
    ("aviation", "incident", prose("""
        Undeclared {{lithium batteries}} in hold baggage. On [[date:22/08/2024]] a checked bag for
        [[flight_number:NR 518]] to Faro alarmed at {{HBS}} level 3 and was opened in the reconcile room: 4 loose
        {{power banks}} and a {{vape}} in a washbag. Passenger Mr [[name:D. Kaczmarek]], booking ref
        [[case_reference:K7QZ4M]]. He had been asked at the {{check-in}} desk whether he had batteries and said
        no; our agent, [[name:Leanne]], did ask, but the {{dangerous goods}} sign on desk 12 is hidden behind the
        new {{bag drop}} kiosk. Items removed, pax paged and spoken to at the gate by the {{duty manager}}.
        Reported to the {{CAA}} as a DG occurrence. Fine this time because screening worked, but we are relying
        on it too much. Sign moved the same day.
    """)),
    ("aviation", "near_miss", block("""
        Airside Ops log extract - [[date:11/11/24]]

        21:42  Ops 2 ([[vehicle_registration:YJ70 FNU]]) req cross RWY 27 at A2 for {{AGL}} inspection
        21:42  TWR: "Ops 2, hold short runway 27"
        21:42  Ops 2: "cross runway 27, Ops 2"   <- readback error not challenged
        21:43  Ops 2 passes the {{stop bar}} (unlit - the fault being inspected)
        21:43  TWR ([[name:Farah]]) sees vehicle on {{ASMGCS}}, instructs [[flight_number:SKL219]] on 4 nm final
               to {{go around}}
        21:44  Ops 2 vacates. [[flight_number:SKL219]] lands 21:52.

        Notes: driver [[name:Kevin Ashcroft]] ([[name:Kev]]) says he heard "cross" because he expected it;
        frequency was busy. Unlit stop bar removed the last barrier. {{MOR}} filed. Controller's quick
        go-around call is the reason this is a near miss and not worse.
    """)),
    ("aviation", "success", prose("""
        Shout-out for the de-icing crew on [[date:Sat 7 Dec]]. Freezing fog, -4, first wave of departures.
        [[name:Bartek]] on the {{de-icing rig}} noticed the {{Type II}} fluid on rig 2 looked thin and refused to
        spray until it had been {{refractometer}} checked - it was 50/50 instead of 75/25 because of a mis-set
        proportioning valve. If we'd used it, the {{holdover time}} would have been about half what the crews were
        told. He swapped to rig 1, told the {{dispatcher}}, and only [[flight_number:NWX101]] and
        [[flight_number:NWX305]] were delayed (20 min). Engineers fixed the valve by 09:00. This is exactly the
        attitude we want - he held up departures with the whole ramp shouting at him.
        Signed [[name:R. Okonkwo]], {{Ground Ops Manager}}
    """)),
    ("aviation", "incident", prose("""
        Load sheet error, [[flight_number:NWX604]] ({{A320}} [[aircraft_registration:G-NWTF]]) to Tenerife on
        [[date:14.04.25]]. The final {{loadsheet}} showed 112 adults and 46 children; actual was 146 adults and
        12 children. A school group from [[organisation:Hollins Park Academy]] was booked as a group and the
        {{DCS}} defaulted everyone on the group booking to child, including 34 teachers and parents. {{TOW}} was
        understated by around 1.2 t. Still within limits and performance margins were fine, but it went
        unnoticed until the {{cabin crew}} headcount didn't match the adult/child split after take-off. Load
        controller [[name:Siobhan Keane]] re-ran the figures and the {{Captain}} was informed in flight. {{MOR}}
        raised. Group bookings now get a manual check of passenger types before {{final figures}}.
    """)),
    ("aviation", "near_miss", prose("""
        Fuelling near miss, stand 4, [[date:26/09/24]]. The fuel order for [[flight_number:NR 880]]
        ([[aircraft_registration:G-NWPE]]) was passed verbally as "two-six-hundred" - the {{Captain}} meant
        2600 kg to add, the {{refueller}} ([[name:Wes]], in bowser [[vehicle_registration:AV19 JKT]]) heard 2600
        litres. That's about 2080 kg, so 500 kg short. The {{FO}} caught it on the fuel check after refuelling
        because the {{FOB}} didn't match the {{OFP}}. Topped up, 10 min delay. No harm, but on a day with tighter
        reserves and a rushed crew it might not have been caught. We've gone back to written fuel orders on the
        {{fuel docket}} with units.
        - [[name:Petra Havlíčková]], {{Fuel Supervisor}}, [[organisation:Skyfuel Services]]
    """)),
    ("aviation", "success", prose("""
        {{PRM}} assist worked brilliantly today. Mr [[name:Alistair Craig]], [[age:74]], {{WCHC}}, travelling on
        [[flight_number:NWX240]] with his own powered wheelchair. The battery type was declared at booking, so the
        assistance team ([[name:Nadia]] and [[name:Will]]) met him at the {{special assistance}} desk,
        disconnected and protected the battery as per the {{IATA}} rules, and used the {{ambulift}} for boarding.
        On the return leg the chair came to the aircraft door, not to the baggage hall, which has gone wrong
        twice this year. His daughter e-mailed from [[email:fiona.craig@example.co.uk]] to say it was the first
        trip where he didn't come home exhausted and upset. Passing on her thanks to [[name:Nadia]] and
        [[name:Will]].
    """)),
    ("aviation", "incident", block("""
        Subject: Fatigue report - 3 earlies into a late, [[date:Fri 17 Jan]]
        From: [[email:j.mukherjee@northwind.example.com]]
        To: [[email:safety@northwind.example.com]]

        Filing under {{FRMS}}. After three 05:00 reports I was rostered [[flight_number:NWX115]]/
        [[flight_number:NWX116]] as a late, signing off at 01:20. The roster change came by {{CrewLink}}
        notification at 19:00 the night before, which I only saw in the morning.

        On the final sector, in the cruise, I had a microsleep of maybe 20-30 s and missed an {{ATC}}
        frequency change call. The {{Captain}} answered it. No loss of separation. I told her straight away.

        I didn't call in {{unfit to fly}} because the last time someone did on our base it was "noted" on
        their record. That perception is a problem in itself.

        [[name:Jay Mukherjee]]
        {{First Officer}}, staff no. [[case_reference:NW04417]]
    """)),
    ("aviation", "success", prose("""
        Bird strike on rotation from runway 27, [[flight_number:NWX350]], [[aircraft_registration:G-NWOD]],
        [[date:2nd Sept]]. Several gulls, one into the No.2 engine, vibration indication and a smell in the cabin.
        Capt [[name:Hollie Ellis]] and {{FO}} [[name:Dev Raman]] ran the {{QRH}}, declared a {{PAN}}, and were
        back on the ground within 14 minutes. {{RFFS}} were in position before touchdown. What went right on our
        side: the {{bird control unit}} had logged the flock 10 min earlier and it was already on the {{ATIS}},
        so the crew had briefed it; the {{SCCM}} had the cabin prepared before being asked. Engineering
        ([[name:Lukas]]) found blade damage within limits. A textbook handling - worth sharing.
    """)),
    ("aviation", "success", prose("""
        The {{headset}} lead failed halfway through pushback on stand 12 ([[flight_number:NR 427]],
        [[date:18/06/24]]). The headset operator, [[name:Kwabena]] ("[[name:KB]]"), lost comms with the flight
        deck just as the {{tug}} started turning. He stopped the push, moved into the {{Captain}}'s line of sight
        and used the standard {{hand signals}} to get the {{parking brake}} set and hold. The crew recognised it
        straight away. Lead replaced, push completed 6 min later. Tidy, and by the book. What we learned: our hand
        signal refresher was two years ago and half the new starters had never done it. [[name:KB]] is going to
        run a 10-min session at the next {{toolbox talk}}.
    """)),
    ("aviation", "incident", prose("""
        FOD ingestion, [[aircraft_registration:G-NWLM]], stand 6 at engine start on [[date:10 October 2024]]. A
        {{baggage tag}} and the plastic clip from a {{cargo net}} went into the No.1 engine intake of the
        {{ATR}}. Engine shut down, flight [[flight_number:NWX877]] cancelled, borescope found minor damage. The
        {{FOD walk}} for stands 5-7 had not been done at shift start because the team leader was covering the
        baggage hall. [[name:Maciej]] did a walk after the event and picked up 11 more bits of debris on 5 and 6.
        Nobody did anything wrong individually - the FOD walk just had no named owner when staffing was short.
        It now sits on the {{shift brief}} with a name against it every day.
    """)),
    ("aviation", "success", block("""
        From: Capt [[name:Ruth Abernethy]] <[[email:r.abernethy@northwind.example.com]]>
        To: {{RFFS}} Watch Manager
        Subject: [[flight_number:NWX222]] hydraulic failure [[date:5/3]] - thank you

        {{Watch Manager}} [[name:O'Brien]],

        Please pass on our thanks to your watch and to [[name:Hamish]] in {{the tower}}. We declared a {{MAYDAY}}
        with a {{hydraulic}} system failure on approach and no {{nosewheel steering}}. Your vehicles were positioned
        exactly as briefed, you were with us within a minute of stopping and the tow off the runway was calm and
        quick. The passengers never saw anything that worried them.

        One observation for joint learning: the frequency was briefly blocked by a ground vehicle during our
        final approach. Might be worth a look.

        [[name:Ruth]]
        {{Captain}}, [[organisation:Northwind Regional]]
    """)),
    ("aviation", "near_miss", prose("""
        Unaccompanied minor nearly boarded the wrong flight. [[name:Aarav Shah]], [[age:10]], {{UM}} booked on
        [[flight_number:NWX188]] to Dublin, was walked to gate 4 by a {{ground host}}, but after a gate change gate 4
        was boarding [[flight_number:NWX190]] to Belfast. The {{boarding pass}} scanner rejected it and the agent
        overrode it assuming a scanner glitch. The {{SCCM}}, [[name:Marguerite]], asked for his {{UM form}} at the
        door, saw Dublin and stopped him. He was taken to the right gate with 5 minutes to spare. Dad was
        contactable on [[phone:+44 7700 900731]] and the receiving adult in Dublin on
        [[phone:+353 85 555 0142]]; both were kept informed. Actions: no manual override of a scanner reject
        without a {{supervisor}}, and UMs are handed over gate to gate in person.
    """)),
    ("aviation", "incident", prose("""
        Hot drink spill, [[flight_number:NWX455]], [[date:27/07/24]], row 9. Crew member ([[name:Jade]]) passed a
        tea across the aisle seat to the window passenger and it tipped onto a [[age:14-month]]-old on mum's lap
        ([[name:Isla]]). First aid: cool running water in the galley for 20 min using the {{burns kit}}, then
        {{cling film}}. {{Captain}} requested paramedics on arrival; they took mum and baby to hospital as a
        precaution, {{superficial burn}} to the forearm. Mum's contact for follow-up: [[phone:07700 900263]].
        Our {{SOP}} doesn't say anything about not passing hot drinks over an infant - it does now. [[name:Jade]]
        is very shaken and has been offered {{TRiM}} support.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind109", REPORTS))


if __name__ == "__main__":
    main()
