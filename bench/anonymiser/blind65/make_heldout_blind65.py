"""Held-out blind corpus 65: ambulance service, NHS 111 and GP out-of-hours reports.

Setting: 999 call handling and dispatch, crew reports, NHS 111 clinical hub advice, GP
out-of-hours home visits, hospital handovers and air ambulance / airport work across Yorkshire,
the North East, the Black Country, the North West, the South West and Wales. Many reports
carry CAD numbers, incident numbers, callback numbers and structured form fields.
Voice: clipped operational shorthand from paramedics, EMDs, health advisors, clinical navigators,
GP OOH clinicians, HEMS crews and control-room duty managers writing Datix-style learning
reports, safeguarding referrals, ePCR extracts, radio/CAD logs and e-mail chains.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind65.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        CAD [[case_reference:230914-0412]]. Crew ([[name:Tomasz]] and myself) attended a
        [[age:3]] year old, [[name:Leo Ferreira-Walsh]], with a scald to the left forearm.
        Mum ([[name:Chantelle]]) said he pulled a kettle over "last night" but the {{partial
        thickness burn}} looked older and had been dressed with cling film. Her partner, known
        to us only as [[name:Dazz]], left the flat as we arrived. Conveyed to {{ED}} and I rang
        the {{MASH}} from the ambulance bay. The referral was not taken by phone because I
        couldn't give the child's {{NHS number}} and I was told to use the online form, which I
        did not complete until after the end of shift ([[date:15/09/23]], 07:40). Learning:
        the referral should be done before we clear from hospital, and the hub number should
        be saved on the tablet. Address for the record: [[address:Flat 6, Priestley Court,
        Harehills Lane]], [[postcode:LS9 6NW]].
    """)),
    ("social_care", "near_miss", prose("""
        NHS 111 call, incident no. [[case_reference:111-4471902]]. Caller was a girl aged
        [[age:15]] ringing from a friend's mobile ([[phone:07700 900417]]) saying she'd taken
        "about 20" {{paracetamol}} after an argument at her {{children's home}}. The {{health
        advisor}} followed the {{Pathways}} disposition but the call dropped before the address
        was confirmed. She gave her name as [[name:Kacey]] and said she lived at
        [[organisation:Moorside House]]. Clinical supervisor [[name:Ruth Abernethy]] rang the
        callback number twice with no answer and passed it to 999 as a welfare concern. Police
        found [[name:Kacey]] at a bus shelter on [[address:Tinsley Road]] about 50 minutes
        later. Near miss because the callback number belonged to the friend, and the home's
        own number wasn't on the {{Directory of Services}}. The registered manager, Mr
        [[name:Adeyemi]], has since sent us the out-of-hours line for all three of their homes.
    """)),
    ("social_care", "success", block("""
        OUT OF HOURS - EDT LIAISON NOTE
        Date: [[date:02/02/2024]]   Time: 23:55
        CAD: [[case_reference:CAD 0202-1187]]
        Child: [[name:Aisha Begum]]   Age: [[age:6]]
        Address: [[address:27 Cromwell Terrace]], [[postcode:BD3 9LR]]
        Concern: crew called by neighbour - child alone in property, mother not contactable.
        Action: crew remained with child. {{EDT}} social worker [[name:Imran Qureshi]] (tel
        [[phone:01632 960233]]) attended within 40 mins and arranged for maternal aunt
        [[name:Shazia]] to care overnight. Police {{PPN}} submitted, ref [[case_reference:WY-24-00871]].
        Outcome: child safe, no injury, {{GP}} informed by task.
        Good practice: crew did not leave child with the neighbour, who was intoxicated; clear
        documentation on the {{ePCR}}.
    """)),
    ("social_care", "incident", prose("""
        Safeguarding referral for an [[age:11]] year old boy, [[name:Reuben Cartwright]], seen
        on [[date:18 April]] after a fall from a trampoline while dad was too drunk to
        supervise. Our referral portal routes by postcode. The crew typed [[postcode:DY4 8HJ]]
        instead of [[postcode:DN4 8HJ]], so it went to the wrong {{children's services}} front
        door in a different region and sat in their inbox for five days until [[name:Siobhan]]
        from our {{Safeguarding Team}} chased it. No further harm known, but by the time a
        {{social worker}} visited the family had moved. Ref [[case_reference:SG-2024-1193]].
        Action agreed: the portal now shows the local authority name before you press submit.
    """)),
    ("social_care", "near_miss", prose("""
        Mr [[name:Harold Pybus]], [[age:87]], lives alone at [[address:3 Chapel Row]], Low
        Fell. He rang 999 fourteen times in January, mostly at night, and had been put on the
        {{frequent caller}} list. On [[date:29 January]] the EMD nearly downgraded his call to
        {{hear and treat}} because "he always says the same thing". The clinician in the hub
        ([[name:Gareth]]) asked for a face-to-face instead. Crew found no heating, an empty
        fridge and category 3 {{pressure ulcers}} on both heels. {{Section 42}} concern raised
        under the {{Care Act}}, ref [[case_reference:ASC-118402]], NHS
        [[nhs_number:770 205 4549]]. [[name:HP]] is now in
        {{intermediate care}}. The learning is that repeat calls can be the symptom, not the
        nuisance.
    """)),
    ("social_care", "success", prose("""
        Called to a [[age:34]] year old female, [[name:Marta Kowalczyk]], "fell down the
        stairs". Her partner answered every question for her and wouldn't leave the room. My
        crewmate [[name:Jodie]] asked him to move his van ([[vehicle_registration:YP68 KTE]])
        so we could get the carry chair in, and while he was outside [[name:Marta]] told us
        he had pushed her and that her [[age:2]] year old, [[name:Zofia]], was asleep upstairs.
        We completed a {{DASH}} in the back of the ambulance (14 ticks, so {{MARAC}} threshold),
        got her consent and conveyed both to hospital. {{IDVA}} from [[organisation:Safe Haven
        Teesside]] met her in {{ED}}. Child referral made for [[name:Zofia]] the same night.
        Really proud of how calmly [[name:Jodie]] created that space.
    """)),
    ("social_care", "incident", prose("""
        GP out-of-hours home visit to [[name:Kian]] ([[age:8]]), a {{looked after child}} placed
        with foster carers [[name:Denise]] and [[name:Paul Hargreaves]] at [[address:41 Nab Lane]],
        [[postcode:HD7 5RT]]. Consultation was fine (viral {{tonsillitis}}, {{safety netting}}
        given). Problem: the post-event message went to [[organisation:Valley Road Medical
        Practice]], which is still his registered practice, and the {{Adastra}} record still
        held his previous address, so a copy of the letter, with the new placement address on
        it, was posted to birth mum. Social worker [[name:Bernadette Oyelaran]] was told on
        [[date:7 March]] and the placement has had to be reviewed. {{IRO}} aware. Case ref
        [[case_reference:LAC/2291/K]]. We now check the demographic on every visit for a child
        with an {{LAC}} flag.
    """)),
    ("social_care", "incident", block("""
        SAFEGUARDING CHILDREN REFERRAL (AMBULANCE SERVICE)
        Referral ID: [[case_reference:SGC/24/03318]]
        Child: [[name:Tyler-James Docherty]]
        DOB: [[date_of_birth:11/07/2019]]
        NHS No: [[nhs_number:644 837 7875]]
        Address: [[address:14 Wensleydale Avenue]], Gateshead [[postcode:NE8 3QT]]
        Nursery: [[organisation:Little Acorns Nursery]]
        Parent/carer: [[name:Kerry Docherty]] (mother) [[phone:07700 900582]]
        Referrer: [[name:Mo Rahman]], paramedic
        Nature of concern: crew attended for breathing difficulty. Child well, but house very
        cold, no food in fridge, sibling [[name:Maisie]] ([[age:4]]) had untreated {{impetigo}}.
        Mother tearful, said her {{Universal Credit}} had been stopped.
        Consent: mother aware of referral and agrees. Asked about {{Early Help}}.
    """)),
    ("social_care", "near_miss", prose("""
        111 call at 02:10 about a [[age:4 month]] old, [[name:Bobbi-Leigh]], with "a mark on her
        cheek". Dad ([[name:Ryan Stott]]) said her brother had hit her with a toy. The
        {{Pathways}} outcome was to speak to a GP within 6 hours and the {{health advisor}} was
        about to close. Our {{clinical navigator}}, [[name:Nkechi]], noticed the age on screen and
        escalated because our {{bruising in non-mobile infants}} policy says every one needs
        same-day paediatric review and a safeguarding referral. Crew sent. Callback
        [[phone:01632 960871]]. Child seen at [[organisation:Pinderfields]]; {{skeletal survey}}
        normal, but {{children's social care}} are now involved. If the navigator hadn't been
        listening in, this would have gone to a routine GP slot.
    """)),
    ("social_care", "success", prose("""
        Young carer identified. We attended Mrs [[name:Oduya]]'s collapse on [[date:12/11]] and
        the only other person in the flat was her son [[name:Daniel]], aged [[age:13]], who had
        done the 999 call, given the {{CPR}} advice back to the EMD perfectly and knew every
        one of her meds including the {{insulin}} doses. He told us he misses school on her bad
        days. With his agreement I referred him to [[organisation:Brightwater Young Carers]]
        ([[email:referrals@brightwater-youngcarers.example.org]]) and let his school know via the
        referral. Feedback from the charity on [[date:20 November]]: he's started at their
        Thursday group. Small thing, but nobody had asked him before.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Gwen Pritchard]] <[[email:gwen.pritchard@ambulance.example.nhs.uk]]>
        To: Children's Front Door <[[email:frontdoor@northshire.gov.example.uk]]>
        Date: [[date:Mon 4 Mar 2024]] 09:12
        Subject: RE: Referral [[case_reference:CFD-55120]] - [[name:Jayden Osei]]

        Hi [[name:Lorraine]],
        Following your call - apologies, the referral you received on Friday had the wrong
        child's details pasted into the "concern" box. The crew were writing two referrals from
        the same job and the text for [[name:Jayden]]'s sister got copied across. I've attached
        the corrected version. The {{Datix}} is [[case_reference:W114902]].
        Could you confirm the first version has been deleted from {{Mosaic}}?
        Thanks, [[name:Gwen]]
        {{Named Professional}} for Safeguarding
    """)),
    ("social_care", "near_miss", prose("""
        Dispatched to [[address:12 Larch Close]] for a [[age:9]] year old with {{Duchenne}}
        who had a chest infection and whose {{home ventilator}} alarm kept going off. The
        {{AMPDS}} address match picked [[address:12 Larch Court]], which is two streets away on
        the same estate, and we knocked there first. About six minutes lost. Mum,
        [[name:Leanne Vickers]], rang back on [[phone:07700 900126]] and the EMD spotted it.
        [[name:Ollie]] was fine, he was on his cough assist when we got in, but this family
        has an {{advance care plan}} and a {{special patient note}} that only attaches to the
        correct address. Reported under CAD [[case_reference:5531-0819]].
    """)),
    ("social_care", "success", prose("""
        Handover at {{ED}} for [[name:Ruby-Mae]], [[age:14 months]], with a febrile seizure. The
        {{CP-IS}} alert flagged that she is subject to a {{child protection plan}}. I didn't
        know that at scene; mum ([[name:Stacey]]) had told us nothing. Rather than being
        awkward at handover I told the nurse in charge, [[name:Femi]], privately. Her social
        worker, [[name:Hollie Bramwell]], was contacted by the hospital the same night and
        it turned out the plan prohibits contact with mum's ex, who had been at the house when
        we arrived. Police attended. Good example of the {{CP-IS}} flag working as designed, and
        of raising what we saw ({{Signs of Safety}} language in the referral) rather than what
        we assumed.
    """)),
    ("social_care", "incident", block("""
        Messages shown to crew on pt's phone (copied with consent for safeguarding referral):
        [[name:kez]]: u still at [[organisation:Greenbank]]?
        [[name:Demi]]: ye they cant make me leave til im [[age:21]]
        [[name:kez]]: come to [[name:jordan]]s he's got stuff
        [[name:Demi]]: send the addy
        [[name:kez]]: [[address:22 Marsh Lane]] top flat
        Crew note: pt [[name:Demi Fairclough]], [[age:19]], ID from NI card in purse
        ([[ni_number:JT 48 21 93 B]]), care leaver in {{supported accommodation}},
        found unresponsive at the above. {{Naloxone}} given x2, GCS 15 on arrival at ED. Concern re exploitation. {{Personal Adviser}} to be informed via the
        {{leaving care}} team. CAD [[case_reference:7812-3340]].
    """)),
    ("social_care", "near_miss", prose("""
        Crew flagged down on [[address:Stoneygate Road]] by a lad aged about [[age:12]] who said
        he'd run away from [[organisation:Heathfield Children's Home]]. He gave his name as
        "[[name:Mason]]". Staff there had already reported him missing to police, log
        [[case_reference:WMP-20240611-0392]], but when we rang the home the person who answered
        said they couldn't discuss a child without a password. Twenty minutes of back and forth
        with a child in the back of the ambulance. Eventually the police {{control room}}
        confirmed and a staff car ([[vehicle_registration:BV71 ZRW]]) came to collect him.
        Suggest homes share a {{Philomena Protocol}} profile and a direct number with us.
    """)),
    ("social_care", "success", prose("""
        {{111 Wales}} call from [[name:Dewi ap Rhys]], a dad in
        [[address:Heol y Parc]], [[postcode:SA18 2NL]], whose [[age:6]] year old, [[name:Elin]],
        had swallowed a button battery. The {{call handler}}, [[name:Catrin]], recognised the
        risk immediately, got an {{Amber}} response upgraded to {{Red}} and stayed on the line,
        in Welsh, until the crew arrived. The child went straight to theatre at
        [[organisation:Ysbyty Glangwili]] and the battery was removed with minimal burn. The
        family wrote to thank [[name:Catrin]] by name on [[date:3 October]]. Sharing as good
        practice in bilingual call handling.
    """)),
    ("social_care", "incident", prose("""
        On [[date:21/12/2023]] we were called to a [[age:7 week]] old, [[name:Adebayo]], for
        "breathing funny". Findings: {{torn frenulum}} and two small bruises on the upper arm.
        Parents ([[name:T.A.]] and [[name:O.A.]]) gave different accounts. We conveyed and
        handed over to the paeds registrar, but I did not make my own safeguarding referral
        because I assumed the hospital would. They assumed we had. The referral was finally
        made on [[date:23/12/2023]] by the health visitor, [[name:Joy Mensah]]. Learning:
        {{Working Together}} is clear that every agency refers in its own right. Ref
        [[case_reference:SGC/23/11874]]. Reflective account done with {{Safeguarding Lead}}.
    """)),

    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        CAD LOG EXTRACT - CAD [[case_reference:1403-0027]]
        00:14 Call rec'd. Pt [[name:Gurpreet Sandhu]] [[age:58]]M chest pain, sweaty. C2.
        00:16 No resource available. {{Clinical Validation}} requested.
        00:41 Welfare call - pt's wife [[name:Manjit]] on [[phone:01632 960418]], pain worse.
        01:29 Resource allocated from {{standby point}} 11 miles away.
        01:52 On scene. 12-lead: {{STEMI}} inferior.
        02:18 Pre-alert to [[organisation:Heartlands]] {{cath lab}}.
        Note from {{Duty Manager}} [[name:Sean Kilbride]]: 98 min response for a {{Category 2}}
        chest pain. 14 crews held at hospital at the time. Patient survived, PCI done.
        Reported as {{moderate harm}}.
    """)),
    ("health", "near_miss", prose("""
        {{Clinical hub}} callback for a 111 case, [[case_reference:111-5620317]]. The number on
        the record was [[phone:07700 900755]] but the caller had actually given
        [[phone:07700 900575]]; the {{health advisor}} transposed two digits. Clinician
        ([[name:Priya Venkatesh]], ANP) rang the wrong number and got a man who said he'd not
        called anyone. She checked the {{Summary Care Record}} and found a landline for the
        patient, [[name:Edna Blackwood]], [[age:79]], who had {{diarrhoea and vomiting}} and was
        by then too weak to stand. Ambulance arranged. Near miss: the callback number should
        be read back. It now is.
    """)),
    ("health", "success", prose("""
        Cardiac arrest at [[organisation:Roundhay Park Bowling Club]] on [[date:8 June]]. A
        member, [[name:Clive Atkinson]] ([[age:71]]), collapsed on the green. Club secretary
        [[name:Pam]] started {{CPR}} within a minute, the EMD sent her to the {{GoodSAM}}
        registered {{AED}} on the clubhouse wall and it shocked once before the {{CFR}},
        [[name:Waqar]], arrived. {{ROSC}} before our crew got there. Mr [[name:Atkinson]] went
        home from hospital eleven days later. {{Chain of Survival}} worked exactly as it
        should; recommending the club for a {{Restart a Heart}} certificate.
    """)),
    ("health", "incident", prose("""
        Arrived at {{ED}} 19:05 with [[name:Ivy Thornton]], [[age:92]], {{NOF}} query. Off-loaded
        at 23:40. {{HALO}} ([[name:Danny]]) was managing 17 crews on the corridor. At about 22:00
        I noticed she hadn't had analgesia since the {{Entonox}} at scene and I couldn't give more
        {{morphine}} because I'd hit the {{JRCALC}} max. I asked twice for her to be seen by a
        doctor. She was finally reviewed on the corridor by an {{SHO}} and moved to
        {{Ward 22}} at 02:00 the next day. I felt I had let her down. CAD
        [[case_reference:1911-0648]].
    """)),
    ("health", "near_miss", prose("""
        Nearly gave {{Oramorph}} from the patient's own supply thinking it was the
        {{paracetamol}} suspension: both in brown bottles with pharmacy labels from
        [[organisation:Kirkgate Pharmacy]], both 100 ml, in the same carrier bag. Pt
        [[name:Abdirahman Warsame]], [[age:44]], sickle cell crisis. My student, [[name:Lewis]],
        picked up the error during the {{two-person check}}. We then used {{Penthrox}} from our
        own kit. Raised so crews remember that patients' own drugs are not checked by anyone
        when they come out of a bag. CAD [[case_reference:0205-1173]].
    """)),
    ("health", "success", prose("""
        {{Falls}} call, [[name:Phyllis]], [[age:84]], on the floor in her kitchen for about an
        hour, no injury. Rather than a double-crewed ambulance, the {{clinical navigator}}
        sent the [[organisation:Calder Falls Response Team]] with a {{Mangar}} lifting cushion,
        and a GP from out-of-hours (Dr [[name:Olaniyan]]) did a video review. She was up in
        15 minutes, had a cup of tea, {{Telecare}} pendant checked, {{Lying and standing BP}}
        normal. No conveyance. Great joined-up working. Ref [[case_reference:FRT-003481]].
    """)),
    ("health", "incident", prose("""
        {{ePCR}} for [[name:Joseph Mwangi]] ({{NHS no}} [[nhs_number:856 318 7430]]) did not
        upload at handover because the tablet had no signal in the {{resus}} bay. We left
        without a paper copy. Later that shift the tablet synced and merged his record with a
        second patient's, because the crew had typed the same {{NHS no}} in error for
        [[name:Sadie Kerr]] at the next job. Her actual number is [[nhs_number:790 412 8217]].
        Spotted by the records team on [[date:2 May]]. Both records corrected. Learning: always
        use the {{PDS}} lookup rather than typing from a prescription.
    """)),
    ("health", "near_miss", prose("""
        111 call [[case_reference:111-6023385]] from the daughter of [[name:Winston Campbell]],
        [[age:76]], who was "just off his legs" and a bit muddled. Disposition was a GP
        appointment next day. The daughter ([[name:Marcia]]) rang back after 40 minutes because
        he was shivering. Second {{health advisor}} picked up the {{sepsis}} questions, crew
        found {{NEWS2}} of 9, and he was treated for a {{urosepsis}}. First call was audited:
        the {{red flag}} for confusion was answered "no" because the daughter thought it meant
        dementia. Audit lead: [[name:Kamala Iyer]].
    """)),
    ("health", "success", prose("""
        {{FAST}} positive, [[name:Bronwen Lloyd]], [[age:66]], left arm weakness and word
        finding difficulty, onset witnessed 14:05 by her husband [[name:Alun]]. On scene 14:19,
        pre-alert at 14:27 to the {{Hyperacute Stroke Unit}} at [[organisation:Morriston]],
        door-to-needle 22 min. {{Thrombectomy}} later that afternoon. She is walking and
        talking. Thanks to EMD [[name:Rhodri]] for getting the onset time on the original call;
        that single detail made her eligible.
    """)),
    ("health", "incident", prose("""
        Ambulance [[vehicle_registration:YX19 KLM]] on blue lights was struck at the junction of
        [[address:Bradford Road]] and [[address:Whitehall Road]] by a car
        ([[vehicle_registration:LD14 PWU]]) that pulled out. No patient on board. Crew
        [[name:Becky Lumb]] and [[name:Ifeanyi]] both shaken; [[name:Becky]] had {{whiplash}}
        and was off for three weeks. Police ref [[case_reference:WYP-13-24-5519]]. Dashcam
        supports our driver. Collision investigation lead asked that {{C1 driving}} refresher
        includes the new {{Highway Code}} junction rules.
    """)),
    ("health", "incident", block("""
        HANDOVER (ATMIST) - [[organisation:Royal Cornwall Hospital]] ED
        A: [[age:29]]F, [[name:Kerenza Trewin]], DOB [[date_of_birth:03/05/1994]], NHS [[nhs_number:9866286533]]
        T: 16:40 fall from horse, [[address:Trevarrick Farm]], [[postcode:TR2 4QD]]
        M: landed on back, helmet intact
        I: tenderness T10, nil neuro deficit, {{Glasgow Coma Scale}} 15
        S: HR 96, BP 118/74, RR 18, SpO2 98%
        T: {{scoop}}, {{vacuum mattress}}, {{Penthrox}}, 4 mg {{ondansetron}}
        Issue: receiving nurse [[name:Sam]] was pulled away halfway through and the next nurse
        got the handover second hand. The {{T10}} tenderness was missed off the board and she
        was sat up for a drink. Raised with nurse in charge. CAD [[case_reference:0907-1560]].
    """)),
    ("health", "near_miss", prose("""
        Open mid-shaft femur, [[name:Jack Pendleton]], [[age:23]], motocross at
        [[organisation:Hollins Quarry MX Track]]. My crewmate went to apply the {{Kendrick}}
        {{traction splint}} before I had excluded a pelvic injury. I stopped him; the pelvis was
        unstable and needed a {{binder}} first. Not his fault: the card in our kit bag lists
        the traction splint before the {{pelvic binder}}. [[name:JP]] was flown out by
        {{HEMS}}. Kit card change requested via the {{Clinical Governance}} group.
        CAD [[case_reference:2306-0981]].
    """)),
    ("health", "success", prose("""
        {{End of life}} call to Mrs [[name:Farida Patel]], [[age:81]], at home in
        [[address:Belgrave Gate]], [[postcode:LE4 6NW]]. Family panicked at her noisy breathing
        and rang 999. The crew found a {{ReSPECT}} form and {{DNACPR}} in the yellow folder and a
        {{just in case}} box from [[organisation:LOROS]] in the fridge. Instead of conveying
        they rang the GP out-of-hours service, who sent Dr [[name:Hardeep Kalsi]] to give
        {{midazolam}}. She died at home that night, as she had wanted. Her son [[name:Yusuf]]
        called the station to say thank you.
    """)),
    ("health", "incident", prose("""
        GP out-of-hours prescribing error. On [[date:26/12/2023]] Dr [[name:A. Mahoney]] issued an
        electronic prescription for {{clarithromycin}} to [[name:Norman Fell]], [[age:70]], who
        is on {{simvastatin}}. Interaction not flagged because the {{Adastra}} drug history was
        blank. The patient collected it from [[organisation:Boots Meadowhall]] and the
        pharmacist, [[name:Chidi]], rang the OOH base on [[phone:01632 960590]] to query it.
        Swapped to {{doxycycline}}. Learning: always check {{GP Connect}} before prescribing.
        Ref [[case_reference:OOH-DX-22917]].
    """)),
    ("health", "near_miss", prose("""
        Caller was walking her dog on the moor and found a man collapsed, no road nearby. She
        couldn't give an address. The EMD, [[name:Kirsty Mulholland]], used {{what3words}} and
        got [[address:///ladder.grazed.pounds]] but the caller misread the last word; the crew
        were sent to a point 4 km away. Second crew tasked from the {{AML}} location of her
        phone. Patient, [[name:Dennis]], [[age:68]], {{hypothermic}} but OK. Learning: always
        cross-check a {{what3words}} location against {{AML}} before dispatch. CAD
        [[case_reference:2801-0334]].
    """)),
    ("health", "success", prose("""
        Joint response car with the {{mental health nurse}} (Tuesday street triage). Called to
        [[name:Callum Reid]], [[age:27]], on the railway bridge on [[address:Manor Top]]. Police
        were about to use {{Section 136}}. [[name:Aleksandra]], our {{MH}} nurse, talked with him
        for 40 minutes, he came down, and the {{crisis team}} at [[organisation:Longley Centre]]
        saw him at home the next morning instead of a 136 suite. [[name:Callum]] has since said it was
        the first time anyone listened. CAD [[case_reference:1610-2215]].
    """)),
    ("health", "incident", block("""
        RADIO LOG (extract) - incident [[case_reference:INC-77410]]
        Control: Unit 4127, pt is [[name:Brendan Keogh]], known {{T1DM}}, wife [[name:Orla]]
        says he's "drunk".
        4127: On scene. BM 1.8. Pt combative. Requesting backup.
        Control: Backup from {{Hexham}} standby, 25 mins.
        4127: {{Glucagon}} IM given. {{Hypostop}} refused.
        Note: first crew (EMT [[name:Sophie Dunn]] and ECA [[name:Luke]]) were told
        "intoxicated male" from the call and approached from behind with police. The
        {{hypo}} was nearly managed as a public order issue. Ask the EMD to read back
        "{{diabetic}} - yes/no" on every collapse.
    """)),

    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        {{HEMS}} landing at the playing field of [[organisation:St Bede's RC Primary]] on
        [[date:17/05/2024]]. Aircraft [[aircraft_registration:G-TDAB]] ({{H145}}). Ground crew
        from the land ambulance had not walked the site: a gazebo and two plastic goal nets
        were left at the far end. Downwash lifted the gazebo into the hedge. Nobody hurt, but
        the pilot, [[name:Ewan Maclure]], had to go around. School business manager
        Mrs [[name:Kaur]] was supportive and has asked for a {{landing site}} briefing for
        staff. Ref [[case_reference:TDAA-OR-0441]].
    """)),
    ("aviation", "near_miss", prose("""
        Drone sighting on approach to the {{helipad}} at [[organisation:James Cook]] at about
        300 ft. Aircraft [[aircraft_registration:G-NHEC]], callsign
        [[flight_number:Helimed 58]], with a {{STEMI}} patient on board. Pilot [[name:Ifor]]
        saw it at the last moment and held off to the east; landed 4 minutes later. Reported to
        police (ref [[case_reference:CLE-24-39117]]) and {{Airprox}} filed with the
        {{UK Airprox Board}}. The patient was not affected but we lost time inside the
        {{golden hour}}.
    """)),
    ("aviation", "success", prose("""
        Flight [[flight_number:LS1243]] from Dalaman declared a {{PAN}} for an unwell passenger
        and diverted. We met it on a remote stand with the {{airport fire service}}.
        Passenger [[name:Shirley Tomlinson]], [[age:62]], with {{anaphylaxis}} after eating on
        board: two doses of {{adrenaline}} given by a nurse travelling as a passenger
        ([[name:Grainne]]) using the aircraft's {{EMK}}. Cabin manager [[name:Raj]] had
        prepared a written timeline, which made our handover at the aircraft door easy.
        Patient discharged next day. CAD [[case_reference:1107-0612]].
    """)),
    ("aviation", "incident", prose("""
        Fixed-wing repatriation of Mr [[name:Eamon Rafferty]], [[age:55]], from Belfast to
        [[organisation:Aintree]] on [[date:9 August]]. {{King Air}}
        [[aircraft_registration:G-MEDX]] operated by [[organisation:Northwest Medevac Ltd]].
        The two {{CD}} oxygen cylinders loaded at Belfast were not full and the team ran to the
        reserve before landing. SpO2 dropped to 86% for around 10 minutes. Receiving crew at
        Liverpool met the aircraft with a full {{BOC}} cylinder. Operator ref
        [[case_reference:NWM-SR-2219]]. The pre-flight checklist now has an oxygen contents sign
        off by the flight nurse.
    """)),
    ("aviation", "near_miss", prose("""
        Night {{HEMS}} task to a {{HLS}} on [[address:Brackenbeck Farm]], [[postcode:LA8 9DW]].
        Farmer ([[name:Geoff Airey]], [[phone:07700 900304]]) had been asked by control to put
        his vehicle headlights towards the landing area. He parked his quad
        across it instead. Crew on {{NVG}} saw it late. Aircraft [[aircraft_registration:G-GNAD]]
        landed 40 m short. Suggest control script says "lights pointing AT the field, nothing
        parked IN it". Ref [[case_reference:GNAA-0912]].
    """)),
    ("aviation", "success", block("""
        ATC / CONTROL TIMELINE - [[date:14/07/2024]]
        15:02 {{Mayday}} from {{Piper Cherokee}} [[aircraft_registration:G-BRZN]], engine failure
              on climb out from [[organisation:Sandtoft Airfield]].
        15:04 Forced landing in field, 1 POB. Control notified by airfield ops ([[name:Lynne]]).
        15:11 First crew on scene. Pilot [[name:Hamish Drummond]], [[age:49]], walking, back pain.
        15:26 Conveyed to [[organisation:Scunthorpe General]].
        Comments: good comms from airfield - exact grid reference and safe access gate given,
        fuel isolated before crew arrival, {{AAIB}} informed by the airfield.
        CAD [[case_reference:1407-0955]].
    """)),
    ("aviation", "incident", prose("""
        Passenger collapsed on [[flight_number:EZY6217]] on the ground at [[organisation:Bristol
        Airport]] while taxiing in. {{The captain}} requested an ambulance via the tower. We
        were held at the airside gate for 17 minutes because our vehicle
        ([[vehicle_registration:WX20 FBN]]) was not on the escort list and the escort vehicle
        was at the other end of the airfield. Patient [[name:Gloria Nwosu]], [[age:70]], was
        in {{VF}}; cabin crew had shocked her twice with the on-board {{AED}}. She did not survive.
        Airport ops manager [[name:Steve Harcombe]] is reviewing escort arrangements. Ref
        [[case_reference:1505-0432]].
    """)),
    ("aviation", "near_miss", prose("""
        Two aircraft up at the same time: [[flight_number:Helimed 52]] and
        [[flight_number:Helimed 25]]. Desk ([[name:Neil]]) passed the {{RTC}} details for the
        {{Category 1}} job to "[[flight_number:Helimed two-five]]" when it was meant for
        "[[flight_number:Helimed five-two]]". [[flight_number:Helimed 25]] turned towards a
        scene 30 miles in the wrong direction before the {{critical care}} paramedic,
        [[name:Hannah Wójcik]], queried it. Lost about 6 minutes. {{Roger}} and read-back were
        both given, which is the worrying part. Recommendation: use the aircraft
        registration on the first call when both are airborne. Ref [[case_reference:AO-24-118]].
    """)),
    ("aviation", "success", prose("""
        {{Critical care}} team by air to a crush injury at [[organisation:Barrow Shipyard]]. The
        patient, [[name:Connor Bains]], [[age:36]], had a {{RSI}} at scene by Dr [[name:Ayesha
        Mirza]] and the paramedic [[name:Stu]], and was flown in [[aircraft_registration:G-GNAE]]
        to the {{Major Trauma Centre}} in 22 minutes. He had a {{REBOA}} in {{resus}}. We got
        a letter on [[date:5 December]] from his partner. Great joint working with the
        land crew who had him packaged and the {{tourniquet}} on before we arrived.
    """)),
    ("aviation", "incident", prose("""
        Air ambulance handover on the {{helipad}} at [[organisation:Derriford]]. The lift from
        the pad to {{ED}} was out of service and there was no notice in the {{HEMS}} briefing. The
        crew had to push [[name:Ruth Penhaligon]], [[age:41]], intubated, the long way round
        through the car park in the rain. Aircraft [[aircraft_registration:G-DAAC]] was then
        blocked on the pad for 50 minutes. Estates say it was emailed to
        [[email:helipad.ops@derriford.example.nhs.uk]] but nobody checks that inbox. Ref
        [[case_reference:DAA-IR-0337]].
    """)),
    ("aviation", "incident", block("""
        DISPATCH LOG - {{HEMS}} DESK
        11:42 Task: [[aircraft_registration:G-WMAA]] to RTC [[address:A449 Kidderminster Road]].
        11:44 Airborne. Crew: [[name:Kitson]] (P), [[name:Fenwick]] (CCP), Dr [[name:Oyelowo]].
        11:58 On scene. Pt [[name:Liam Breen]] [[age:19]] motorcyclist, GCS 8.
        12:10 {{RSI}} delayed - {{ketamine}} not in drug bag, borrowed from land crew
              ([[vehicle_registration:YJ71 HBX]]).
        12:31 Lift to [[organisation:QEHB]].
        13:05 Stood down.
        Note: the drug bag seal number did not match the register; restock at base missed.
        Ref [[case_reference:MAA-24-0603]].
    """)),
    ("aviation", "near_miss", prose("""
        Hot load at the {{HLS}} behind [[organisation:Keswick Rugby Club]]. A land paramedic,
        [[name:Tariq]], walked towards the back of the aircraft to ask about the trolley and got
        within about 5 m of the tail rotor before the {{crew chief}} stopped him. He had not had
        a {{HEMS}} safety brief. Aircraft [[aircraft_registration:G-NWAA]] ({{EC135}}). No
        injury. The fix: the {{helicopter safety}} card has been re-issued to all
        Cumbria stations and will be part of induction. Reported by [[name:Harriet Oakes]],
        {{crew chief}}.
    """)),
    ("aviation", "success", prose("""
        Glider launch accident at [[organisation:Sutton Bank Gliding Club]]: cable break on
        winch launch, heavy landing. Pilot [[name:Graham Whitworth]], [[age:72]], back pain,
        strapped in. Club's duty instructor [[name:Frankie]] had the cockpit canopy off and the
        winch stopped before we got there, and members walked the crew in along the
        {{perimeter track}}. {{Scoop}}, {{vacuum mattress}}, conveyed by {{HEMS}}. {{Frank}}
        and open debrief with the club on [[date:30/04/2024]]: they now keep our grid reference
        card by the clubhouse phone.
    """)),
    ("aviation", "incident", prose("""
        Refuel at the {{helipad}} at [[organisation:Royal Stoke]] between tasks. The fuel bowser
        driver from [[organisation:Staffs Aviation Fuels]] connected to
        [[aircraft_registration:G-MAAS]] while a patient trolley was still being moved past the
        nose. {{Rotors running refuel}} is not allowed with a patient or bystanders within the
        disc. Pilot [[name:Callum Strachan]] stopped it. The {{AW169}} SOP is clear, but the
        bowser driver had never done a pad refuel before. Ref [[case_reference:MAA-OR-0785]].
    """)),
    ("aviation", "near_miss", prose("""
        On [[flight_number:BA 1437]] back from Glasgow, an off-duty paramedic (me) was asked to
        help with a man, [[name:Angus]], who had chest pain at 30,000 ft. The cabin crew's
        {{oxygen}} and the {{EMK}} were fine, but the {{ground-based medical support}} advice
        through the flight deck was to give {{GTN}} when his BP was 84 systolic. I declined and
        explained why to the {{purser}}, [[name:Ngozi]]. {{The captain}} accepted my view and we
        landed on time with a crew waiting on stand. Written to the airline's {{medical
        department}} suggesting the BP is read back before any drug advice is given.
    """)),
    ("aviation", "success", prose("""
        Hot air balloon heavy landing near [[address:Lower Slaughter Mill]], [[postcode:GL54
        2HX]]. {{Cameron Z-105}} [[aircraft_registration:G-CJPW]], pilot [[name:Rupert
        Cavendish-Hale]] and 4 passengers. One passenger, [[name:Hui Min Tan]], [[age:38]],
        with an ankle fracture. The chase vehicle driver ([[name:Bazza]]) rang 999 with the
        field gate location and met us at the road with the gate open. Splinted, {{Entonox}},
        to [[organisation:Cheltenham General]]. Quick, clean job - balloon crews could teach
        us a thing or two about scene control.
    """)),
]


def main() -> None:
    records = build_records("blind65", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
