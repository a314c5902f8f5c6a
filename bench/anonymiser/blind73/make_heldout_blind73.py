"""Held-out blind corpus 73: a county's children's services seen from social care, health and the air.

Setting: one fictional English county (Harnford, Castlemere, Otterby, Wellsby, Fenwold) where
early help, child in need, child protection, children in care, adoption and fostering panels and
youth justice meet schools, health visitors, paediatric wards, GP surgeries and the local airport,
gliding club and flying school; every health and aviation report has a child or a family in it.
Voice: ordinary practitioners writing case notes, chronologies, strategy minutes, panel notes,
e-mails, a WhatsApp screenshot, police and airport logs, Datix-style and occurrence reports; names
from across UK communities, nicknames, initials, lower-case chat names and word-like names (Amber,
Hope, Grace, Joy, Frank, Precious, Destiny) beside look-alike terms (Fraser guidelines, Robin DR400,
King Air, Babcia, grace period, RAG-rated amber).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind73.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", block("""
        From: [[name:Leanne Pryce]] <[[email:l.pryce@castlemereprimary.example.org]]>
        Sent: [[date:04 March 2024]] 16:52
        To: {{MASH Duty}} <[[email:mash.duty@example.gov.uk]]>
        Subject: URGENT - [[name:Amber Whitlock]] DOB [[date_of_birth:19/07/2016]]

        Hi,
        I'm the {{DSL}} at [[organisation:Castlemere Primary]]. [[name:Amber]] ([[age:7]]) came in today with a bruise to her left cheek and said "mummy's boyfriend [[name:Deano]] did it when I spilt my juice". I have not asked any leading questions. Mum is [[name:Kayleigh Whitlock]], [[phone:07700 900417]]. She thinks the boyfriend is [[name:Dean Farrow]] but I am not sure.
        On our tracker [[name:Amber]] has been RAG rated {{amber}} since January for attendance.
        I rang the {{Front Door}} twice and it went to voicemail after 20 mins so I am emailing. She goes home on the bus at 3.15.
        [[name:Leanne]]
        [[name:Leanne Pryce]] | DSL | [[organisation:Castlemere Primary]] | [[phone:01632 960218]]

        [Review note: e-mail was filtered to the {{Clutter}} folder of the duty inbox and not opened until 09:10 on [[date:05/03/2024]]. Child went home; seen next morning.]
    """)),
    ("social_care", "near_miss", prose("""
        Business support prepared the {{ICPC}} invitation letters for the [[name:Adeyemi]] children
        (case ref [[case_reference:CS-2024-118803]]). The letter to mum, [[name:Folasade Adeyemi]], had
        been merged from the old record and showed [[address:27 Linnet Way]], Harnford
        [[postcode:HF4 2QT]], which is the address of her ex-partner [[name:Tunde Bello]], the alleged
        perpetrator. Mum now lives in a refuge and her address is restricted. I spotted this in the print
        tray before the envelopes were franked on [[date:12/02/2024]]. No letter left the building. The
        record on {{Mosaic}} still showed the old address as 'current' because the restricted-address flag
        only hides it on the front screen, not in the letter template. Raised with the systems team and
        {{Team Manager}} [[name:Priya Raval]]. Until it is fixed, every ICPC and {{Child in Need}} letter
        for a family with a {{MARAC}} flag is to be checked by the allocated worker before posting.
        – [[name:Gareth Lloyd-Evans]], SW, [[organisation:Harnford Locality Team]]
    """)),
    ("social_care", "success", prose("""
        Adoption panel [[date:14 May 2024]] – match of [[name:Kai-Jordan]] (aged [[age:3]]) with
        prospective adopters Mr and Mrs [[name:Osei-Mensah]] ([[name:Nana]] and [[name:Efua]]). Panel
        chair Dr [[name:Hilary Vance]] commented on the quality of the {{later life letter}} written by
        [[name:Kai-Jordan]]'s social worker, [[name:Bronwen Jenkins]], and on the careful handling of birth
        mum [[name:Shannon]]'s wish for {{letterbox contact}} twice a year. Foster carers [[name:Pat]] and
        [[name:Derek Hollis]] had made a memory box and a transition plan that panel called 'exemplary'.
        The {{Agency Decision Maker}} ratified on [[date:21/05/2024]]. Learning: the {{Child Permanence Report}}
        went to panel members 10 working days ahead instead of the usual 5, which gave time for real
        questions rather than clarifications on the day. [[name:Kai-Jordan]] moved in on
        [[date:03/06/2024]] and the first review was positive.
    """)),
    ("social_care", "incident", prose("""
        Youth Justice case note, ref [[case_reference:YJ/23/0457]]. [[name:Rhys Maddox]] ([[age:16]])
        failed to attend his referral order panel on {{Thursday}}. At 21:40 on [[date:09/11/2023]] PC
        [[name:Harriet Dunmore]] rang the out-of-hours line to say [[name:Rhys]] had been stopped in a grey
        {{Ford Fiesta}}, reg [[vehicle_registration:KX17 HVP]], driven by an older male known as
        '[[name:Tiny]]' (believed to be [[name:Connor Ashby]], [[age:19]]). Cannabis, £340 cash and two
        phones found. [[name:Rhys]] told officers he was 'just getting a lift'. Crime ref
        [[case_reference:43/211876/23]]. Concern re {{county lines}} / {{child criminal exploitation}};
        {{NRM}} referral discussed. Mum ([[name:Michelle]]) collected him from custody at 02:15 with an
        {{appropriate adult}}. I have asked for a strategy discussion and updated the contextual
        safeguarding map. [[name:KO'N]]
    """)),
    ("social_care", "near_miss", prose("""
        [[name:Hope]] ([[age:14]]) did not return to her foster placement with [[name:Lorraine]] and
        [[name:Tony Beckwith]] by 22:00 as agreed. [[name:Lorraine]] rang {{EDT}} at 22:35 and was told to
        wait until midnight before reporting her missing because [[name:Hope]] was 'low risk'. That is not
        our protocol: the missing-from-care protocol says report straight away if whereabouts are unknown
        and there is a known risk, and [[name:Hope]] has an open {{CSE}} screening. [[name:Lorraine]]
        reported to police herself at 23:05. [[name:Hope]] was found at 00:40 in a flat on
        [[address:Chantry Row]] with two adult males. Nothing disclosed at the
        {{return home interview}} done by [[name:Sian]] from [[organisation:Compass Missing Service]] on
        [[date:18/01/2024]]. Learning for EDT: check the {{Early Help}} and CP flags before advising
        carers. We {{hope}} the refresher in February will stop this happening again.
    """)),
    ("social_care", "success", prose("""
        {{FGC}} held [[date:07/02/2024]] at [[organisation:Wellsby Family Centre]] for baby
        [[name:Zofia Nowak]] ([[age:5 months]]). Present: mum [[name:Kasia]], maternal grandmother
        {{Babcia}} [[name:Irena]] ([[name:Irena Kowalczyk]]), uncle [[name:Tomek]], dad's sister Auntie
        [[name:Bev]] ([[name:Beverley Dunn]]) and family friend '[[name:Big Mick]]' from the allotments.
        Coordinator [[name:Ruth Okafor]]. Private family time lasted nearly two hours. The family plan:
        [[name:Irena]] moves in for 12 weeks, [[name:Bev]] does {{Tuesday}} and Thursday nights,
        [[name:Tomek]] drives [[name:Kasia]] to the {{Drug and Alcohol Service}}. The chair of the
        {{Child Protection Conference}} accepted it as the safety plan under {{Signs of Safety}}. Worth
        noting: an interpreter was booked for Polish but [[name:Irena]] wanted [[name:Kasia]] to translate;
        we respected that and checked her understanding separately on a {{Language Line}} call.
    """)),
    ("social_care", "incident", block("""
        Chronology extract – child: [[name:Mason Tierney-Fox]], DOB [[date_of_birth:02/09/2019]], LCS ID [[case_reference:7730418]]
        [[date:12/10/2023]]  {{HV}} ([[name:J. Appiah]]) visit – home cold, no food in fridge. Mum ([[name:Chantelle]]) says benefits sanctioned.
        [[date:19/10/2023]]  Nursery ([[organisation:Little Acorns]], Otterby) report [[name:Mason]] arrived in same clothes 3 days running.
        [[date:02/11/2023]]  Referral to {{Front Door}} by nursery. {{NFA}} – "signpost to {{Early Help}}".
        [[date:14/11/2023]]  Police DV call-out, partner [[name:Jordan Reece]] arrested. [[name:Mason]] present. {{PPN}} submitted.
        [[date:15/11/2023]]  PPN not linked to [[name:Mason]]'s record – filed under '[[name:Mason Tierney]]' (no hyphen).
        [[date:04/12/2023]]  Strategy discussion – {{S47}} initiated.
        Reviewer comment ([[name:CT]]): the PPN sat unlinked for 3 weeks. Name matching on hyphenated surnames is failing. Raised as [[case_reference:INC-5521]].
    """)),
    ("social_care", "near_miss", block("""
        Contact supervision – near miss
        Supervised contact at [[organisation:Brackley Fen Contact Centre]], Sat [[date:16/03/2024]], children [[name:Tyler]] ([[age:9]]) and [[name:Lexi-Mae]] ([[age:6]]) with mum. Dad is not allowed contact (non-molestation order). Worker noticed mum texting during the session; screenshot she later showed us:
        [14:02] [[name:gaz]]: wer r u
        [14:03] {{mum}}: cant say il get in trouble
        [14:05] [[name:gaz]]: il wait by the {{co-op}} tell [[name:lexi]] daddy loves her
        Contact worker [[name:Femi Adebayo]] ended the session early, kept the children inside and rang foster carer [[name:Sandra Quayle]] to collect from the rear door. [[name:Gaz]] ([[name:Gary Pickering]]) was seen at 14:20 in a white van in the car park. Police informed, log [[case_reference:1403-16032024]].
        Learning: phones handed in at reception for all supervised contact where there is a {{non-molestation order}}.
    """)),
    ("social_care", "incident", block("""
        STRATEGY DISCUSSION – MINUTES
        Date: [[date:22/04/2024]]   Child: [[name:Yusuf Hassan Ali]] (DOB [[date_of_birth:11/01/2012]])   Ref: [[case_reference:SD-24-0931]]
        Attendees: DS [[name:Karen Whitcombe]] (Police {{CAIT}}), Dr [[name:Sunil Mehta]] (Community Paeds), Ms [[name:Noor Jama]] ({{SENCO}}, [[organisation:Otterby Academy]]), [[name:Abdi Warsame]] (SW, chair/minutes: [[name:AW]])
        Summary: [[name:Yusuf]] ([[age:12]]) told his teacher his father hits him with a belt if he does not learn his {{Quran}} lessons. Marks seen on the backs of his legs.
        Decision: {{Section 47}}, joint with police. [[name:Yusuf]] to be seen today; {{Child Protection Medical}} booked with Dr [[name:Mehta]] at 15:00.
        Incident: the medical did not go ahead because no transport was booked; father collected [[name:Yusuf]] from school at 15:10 before the social worker arrived. Child seen at home at 18:30 with a Somali interpreter.
        Action: chair to book transport during the meeting, not after. [[name:AW]]
    """)),
    ("social_care", "success", prose("""
        {{Pathway plan}} review – [[name:Jayden Clarke-Mbeki]], [[age:19]], care leaver. [[name:Jayden]]
        had failed three times to open a bank account because he had no photo ID. His {{PA}},
        [[name:Connie Fairweather]], used his National Insurance letter (NI [[ni_number:JR 48 27 16 B]]) and
        a council letter under the {{Local Offer}} and the bank accepted them. He now has his own tenancy at
        [[address:Flat 6, Orchard Court, 41 Mill Lane]], Harnford [[postcode:HF2 7LW]] from
        [[date:01/07/2024]] and has started bricklaying at [[organisation:Harnford College]], with the care
        leaver bursary paid. [[name:Connie]] can be reached on [[phone:07700 900582]]. Shout-out to
        [[name:Dev]] at [[organisation:Harnford Housing Options]] who held the flat for two weeks while the
        {{Staying Close}} funding was agreed.
    """)),
    ("social_care", "near_miss", prose("""
        Fostering panel [[date:28/09/2023]], annual review of carers [[name:Marcus]] and
        [[name:Jade Whitfield]] (ref [[case_reference:FC-0219]]). The papers included a complaint from a
        birth mum that [[name:Marcus]] had 'grabbed' her son. Supervising social worker
        [[name:Imogen Royce]] had recorded it as a {{standards of care}} concern but had not consulted the
        {{LADO}}. The independent panel member, [[name:Frank]], picked this up when reading the appendix.
        After a {{frank}} discussion panel deferred its recommendation. The LADO was consulted the same day:
        threshold for an allegation not met and the standards of care route was right, but that decision
        was the LADO's to make, not ours. Near miss: if [[name:Frank]] had not read the appendix the
        [[name:Whitfield]] review would have gone through. Reminder issued to all SSWs and the
        {{Fostering Handbook}} updated.
    """)),
    ("social_care", "incident", prose("""
        [[organisation:Willowbank House]] (4-bed children's home). At 19:50 on [[date:02/01/2024]] young
        person '[[name:CJ]]' ([[name:Callum Jarvis]], [[age:15]]) threw a chair at {{RSW}}
        [[name:Ollie Penhaligon]] after being told his phone was being confiscated. [[name:Ollie]] and shift
        lead [[name:Mariam Siddiqui]] used a two-person seated {{PRICE}} hold for 3 minutes.
        [[name:Callum]] complained of wrist pain afterwards and was taken to {{A&E}}; X-ray clear. At the
        debrief next morning [[name:CJ]] said he was angry because his nan ([[name:Pauline]]) hadn't rung.
        {{Ofsted}} notified under {{Regulation 40}}; social worker [[name:Tomasz Wiśniewski]] and the
        {{Reg 44}} visitor informed. Learning: confiscating the phone was not in [[name:CJ]]'s behaviour
        support plan, so staff acted outside it. [[name:J.B.]] (Registered Manager)
    """)),
    ("social_care", "success", prose("""
        {{Early Help}} – closing summary. Family: [[name:Mary]] and [[name:Johnny Joe McDonagh]], living on
        the council site at [[address:Five Acres, Lower Lode Lane]]. Children [[name:Bridget]] ([[age:11]]),
        [[name:Patrick]] ('[[name:Paddy]]', [[age:8]]) and baby [[name:Kathleen]]. [[name:Bridget]]'s
        attendance at [[organisation:St Brendan's Catholic Primary]] was 61% in the autumn term and is now
        94%. What worked: the {{Gypsy, Roma and Traveller}} liaison worker, [[name:Nell Boswell]], came on
        every visit; [[name:Mary]] prefers phone calls to letters; and school let [[name:Bridget]] walk
        [[name:Paddy]] in each morning. The {{Team Around the Family}} meetings were held on the site
        rather than at school. {{Early Help Assessment}} closed [[date:19/06/2024]]. Family happy to be
        contacted again on [[phone:07700 900733]] ([[name:Johnny Joe]]'s mobile).
    """)),
    ("social_care", "near_miss", prose("""
        Transfer-in near miss. Pregnant [[age:17]]-year-old [[name:Courtney Ashdown]], EDD
        [[date:30/08/2024]], moved into the county from Northborough without her CP plan being transferred.
        The midwife at [[organisation:Castlemere General]] quoted Northborough's ref
        [[case_reference:NB/CP/88120]] but our {{Front Door}} had no record. [[name:Courtney]] was living
        with her boyfriend [[name:Liam Stott]] ([[age:22]]) at [[address:9 Ferryman's Walk]], Otterby
        [[postcode:OT3 5HJ]]. A {{transfer-in conference}} should be held within 15 working days; we only
        found out at 33 weeks. {{Duty SW}} [[name:Ama Boateng]] rang Northborough and had the papers the same
        day; conference held [[date:25/07/2024]] and a pre-birth plan is in place. Learning: midwifery to
        e-mail the Front Door ([[email:frontdoor@example.gov.uk]]) directly for any booked mum with a CP
        flag from out of area.
    """)),
    ("social_care", "incident", prose("""
        {{Private fostering}} – late notification. [[name:Andrei Popescu]] ([[age:13]]) has been living with
        a family friend, Mrs [[name:Elena Rusu]], at [[address:52 Tannery Street]], Wellsby since his
        parents went back to Romania in the summer. Nobody told us. [[organisation:Wellsby High]] only
        realised when [[name:Elena]] signed a trip form as 'aunt'. It has gone well past 28 days so it is a
        private fostering arrangement and should have been notified. [[name:Andrei]] is well cared for but
        has not seen a GP or dentist since arriving. Initial visit by [[name:Lowri Pugh]] on
        [[date:11/10/2023]] with a Romanian interpreter. Parents spoken to by {{WhatsApp}} video; dad
        ([[name:Ionuț]]) gave consent. Learning: remind schools of the duty to notify. [[organisation:Wellsby High]] had a
        poster in the staffroom but the office staff had never seen it.
    """)),
    ("social_care", "success", prose("""
        {{Referral order}} panel – final review. [[name:Kacper]] '[[name:Kuba]]' [[name:Zielinski]]
        ([[age:17]]) completed 42 hours of reparation with the [[organisation:Otterby Canal Trust]], clearing
        towpaths with volunteer supervisor [[name:Alan Tebbutt]]. The victim of the original criminal damage,
        Mrs [[name:June Alsop]], agreed to a {{restorative justice}} letter and wrote back; [[name:Kuba]] read
        her reply out at panel and cried. Community panel members [[name:Barbara Nkemelu]] and
        [[name:Des Rafferty]] signed off the order on [[date:08/05/2024]]. [[name:Kuba]] has an apprenticeship
        offer from [[organisation:Fenside Motors]] and we helped him find his NI number
        ([[ni_number:PW 62 90 14 A]]) for the paperwork. {{YOT}} officer: [[name:Hamza Qureshi]]. Order ref
        [[case_reference:RO/2023/0612]].
    """)),
    ("social_care", "near_miss", prose("""
        {{IRO}} review for [[name:Grace Ndlovu]] ([[age:10]]), {{child in care}}. The social worker typed
        '[[name:Grace]]' and let autocomplete fill the address, so the draft care plan went to
        [[name:Grace Tillotson]], a foster carer in another team, instead of IRO [[name:Grace Ofori]].
        [[name:G. Tillotson]] rang within the hour, confirmed she had deleted it and put that in writing.
        Information governance breach logged as [[case_reference:IG-2024-077]]; not reportable to the
        {{ICO}} after {{DPO}} review. There was no {{grace period}} though: the review had to be rearranged
        because [[name:Grace Ofori]] did not get the papers in time, and [[name:Grace N.]] was upset at
        having to miss school twice. Learning: autocomplete switched off for external addresses; always check
        first name and surname before sending.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        Paediatric ED. Infant [[name:Ruby-Rose Hendry]], [[age:4 months]], NHS
        [[nhs_number:418 792 7492]], hosp no. [[case_reference:CG0048213]], brought in by dad
        [[name:Kieran]] at 03:10 on [[date:17/12/2023]] with a boggy swelling over the right parietal area.
        Dad said she rolled off the sofa. Non-mobile infant with a head injury: local policy says discuss
        with paeds and safeguarding and do a {{skeletal survey}}. The {{SHO}} discharged at 05:30 after a
        normal CT, without discussion. Picked up at the morning safety huddle by Sister
        [[name:Efe Ogunleye]], who recalled the family. Skeletal survey showed two healing rib fractures.
        {{Section 47}} started and [[name:Ruby-Rose]] placed with paternal grandparents. {{Datix}}
        [[case_reference:W88213]].
    """)),
    ("health", "near_miss", prose("""
        New birth visit [[date:10/01/2024]]. {{HV}} [[name:Claire Oduya]] found that baby
        [[name:Ibrahim Rahman]]'s {{red book}} and the {{SystmOne}} record did not match: the record showed
        a {{BCG}} and a birth weight belonging to another baby also called [[name:Ibrahim Rahman]], born
        the same day at the same hospital to a different mum. The babies had different NHS numbers
        ([[nhs_number:176 883 7104]] and [[nhs_number:460 658 6788]]) but the records had been merged at
        registration. No wrong treatment given. The other family's health visitor,
        [[name:Rebecca Thorne]] ([[organisation:Wellsby 0-19 Team]]), was contacted and the merge escalated
        to the {{Child Health Information Service}}. Learning: at first contact check mother's name and
        address as well as baby's name and date of birth.
    """)),
    ("health", "success", prose("""
        School nurse drop-in, [[organisation:Otterby Academy]], [[date:06/02/2024]]. Student
        '[[name:L]]' ([[name:Lily-Ann Farrier]], [[age:15]], DOB [[date_of_birth:03/05/2008]]) asked to
        start the pill. Assessed under the {{Fraser guidelines}} and {{Gillick}}: competent, in a
        relationship with a boy of [[age:16]] in her year, nothing flagged on the {{Brook}} traffic light
        tool. I also asked about home: [[name:Lily-Ann]] said mum's partner drinks heavily and she stays at
        her friend [[name:Mia Crossley]]'s most weekends. With [[name:Lily-Ann]]'s agreement I made an
        {{Early Help}} referral. She chose to go to the contraception clinic at
        [[organisation:Castlemere Health Centre]]. Safeguarding supervisor [[name:Nkechi Umeh]] noted good
        practice: seeing the student alone first and not rushing her.
    """)),
    ("health", "incident", prose("""
        Adolescent overdose. [[name:Tiegan Morrow]], [[age:14]], NHS [[nhs_number:620 499 3178]], attended
        A&E at 23:45 on [[date:29/03/2024]] having taken 24 x 500mg {{paracetamol}} four hours earlier.
        {{CAMHS}} crisis not available overnight, so she was admitted to [[organisation:Kingfisher Ward]]
        for {{NAC}} and review. At 02:00 [[name:Tiegan]] walked off the ward while the {{HCA}} was on a
        break; security found her in the multi-storey at 02:25. No one had done the missing-patient risk
        assessment on admission, and mum, [[name:Danielle Morrow]], was not called until 02:40.
        [[name:Tiegan]] completed the {{Parvolex}} and was seen by Dr [[name:Ifeoma Chukwu]] (CAMHS) next
        morning. Learning: under-16s admitted after self-harm now get 1:1 or enhanced obs until CAMHS
        review.
    """)),
    ("health", "near_miss", prose("""
        {{Initial Health Assessment}} for [[name:Oluwaseun]] '[[name:Seun]]' [[name:Bakare]], [[age:6]],
        placed with foster carers [[name:Hazel]] and [[name:Robert Greenhalgh]] on [[date:05/09/2023]]. The
        consent form the social worker sent was for a different child – [[name:Seun]]'s half-brother
        [[name:Tobi]], placed in another county. Paediatrician Dr [[name:Rachel Kwan]] noticed the DOB on
        the form ([[date_of_birth:14/02/2017]]) was wrong before starting. Child is {{Section 20}} so mum,
        [[name:Funmi Bakare]], holds {{PR}}: the {{LAC nurse}}, [[name:Moira Quigley]], rang her on
        [[phone:01632 960455]] and she gave verbal consent, followed by a signed form. IHA done within the
        20 working days. Learning: social workers to check name and DOB on the {{CoramBAAF}} forms before
        sending them.
    """)),
    ("health", "success", prose("""
        Pre-birth planning, {{antenatal clinic}}, [[organisation:Castlemere General]],
        [[date:18/04/2024]]. [[name:Shirin Begum]] (NHS [[nhs_number:382 961 1137]]), [[age:24]], first
        pregnancy, EDD [[date:02/06/2024]], husband [[name:Mohammed Abdul Karim]]. Concern about possible
        domestic abuse came from [[name:Shirin]]'s sister-in-law, [[name:Rupa]]. Midwife
        [[name:Josie Pennington]] made sure [[name:Shirin]] was seen alone at every appointment, with a
        female {{Sylheti}} telephone interpreter rather than family, and asked the routine enquiry
        question each time. [[name:Shirin]] disclosed {{coercive control}} at 30 weeks and accepted an
        {{IDVA}}. Baby [[name:Tasnim]] born [[date:28/05/2024]] and discharged with mum to a refuge under a
        {{Child in Need}} plan. [[name:Josie]]'s approach is now part of midwifery training.
    """)),
    ("health", "incident", prose("""
        GP significant event – [[organisation:Marsh Lane Surgery]]. Child [[name:Alfie Doyle]],
        [[age:2]], NHS [[nhs_number:282 777 8351]]. [[name:Alfie]] was not brought to four appointments
        between October and January (two {{immunisations}}, a weight check and a HV review). Each was coded
        '{{DNA}}' and the family got the standard letter; no one looked at the pattern. On
        [[date:06/02/2024]] [[name:Alfie]] was admitted to [[organisation:Castlemere General]] with faltering
        growth (below the 0.4th {{centile}}) and an ulcerated, bleeding nappy rash. Dad,
        [[name:Scott Doyle]], has a learning disability; mum, [[name:Gemma Hurst]], works nights. Discussed
        at the practice meeting led by safeguarding lead Dr [[name:Parveen Sandhu]]: we now code
        '{{Was Not Brought}}' for children, and under-5s with two missed appointments get a phone call and
        are flagged to the health visitor.
    """)),
    ("health", "near_miss", prose("""
        community pharmacy near miss. [[name:Rachael Spenser]] collects her {{methadone}} daily from
        [[organisation:Hartley's Pharmacy]] in Harnford. on [[date:14/11/2023]] she came in with her son
        [[name:Harvey]] ([[age:3]]) who picked up her take-home bottle off the counter and had the lid half
        off before the pharmacist, [[name:Vikram Solanki]], took it from him. no ingestion.
        [[name:Rachael]] v shaken. the child-resistant cap had been fitted but not clicked shut. safe storage
        discussed again and she was given a lockable box. with consent [[name:Vikram]] told her recovery
        worker ([[name:Dean]] at [[organisation:Pathways Recovery Harnford]]) and her HV, as [[name:Harvey]]
        is on a {{Child in Need}} plan. learning: nothing left on the counter in the {{supervised consumption}}
        area when children are present.
    """)),
    ("health", "success", prose("""
        Community dental service, [[date:21/02/2024]]. [[age:Seven]]-year-old [[name:Dylan Pritchard]] (NHS
        [[nhs_number:430 616 6015]]) referred by school with toothache: 11 decayed teeth, two abscesses,
        never registered with a dentist. Dentist [[name:Hywel Morgan]] followed the
        {{Child Protection and the Dental Team}} guidance – {{dental neglect}} stage one: raise concerns
        with parents and agree a plan. Mum, [[name:Kerry Pritchard]], said she could not find an {{NHS}}
        dentist taking patients. We booked all treatment under {{general anaesthetic}} at
        [[organisation:Castlemere General]] and arranged transport. [[name:Kerry]] attended every
        appointment and [[name:Dylan]]'s little sister [[name:Chloe]] is now registered too. No referral to
        children's social care was needed; the plan worked.
    """)),
    ("health", "incident", prose("""
        Ambulance crew (vehicle [[vehicle_registration:YX22 BFN]]) attended
        [[address:6 Rowan Close]], Otterby [[postcode:OT1 4DE]] at 01:15 on [[date:27/01/2024]] for a
        [[age:19]]-year-old male, [[name:Brandon Lacey]], with chest pain after using {{cocaine}}. In the
        flat were two children, approx [[age:4]] and [[age:18 months]], asleep on a mattress on the floor,
        with a strong smell of {{cannabis}} and dog faeces in the kitchen. [[name:Brandon]] was conveyed. The
        children's mother, [[name:Jade Cunliffe]], was present and sober. The crew did not submit a
        safeguarding referral until the end of shift (07:40) because the tablet would not load the
        {{ePR}} form. Paramedic [[name:Carys Hughes]] then phoned it through to {{EDT}}. Learning: if the
        form fails, phone the safeguarding hub straight away. Ref [[case_reference:AMB-24-01927]].
    """)),
    ("health", "near_miss", prose("""
        Children's ward ([[organisation:Puffin Ward]]) near miss, [[date:09/08/2023]].
        [[name:Emily-Jane Kaur]] ([[age:9]]) was under {{Police Protection}} after a disclosure, and police
        had said she must not be released to her stepfather, [[name:Lee Vickers]]. At 17:30 a man arrived
        saying he was '[[name:Emily]]'s dad' and asked to take her home. The {{ward clerk}} was about to fetch
        her when staff nurse [[name:Thandiwe Moyo]] checked the alert on the board and on {{PAS}}, asked
        for ID, and the man left. {{CCTV}} confirmed it was [[name:Lee]]. PC [[name:Ashworth]] attended.
        Learning: the alert only showed on the ward board, not on the front-desk screen, and the ward clerk
        was on her first day.
    """)),
    ("health", "incident", prose("""
        Sexual health clinic, Harnford, [[date:14/03/2024]]. Young woman gave her name as
        '[[name:Destiny]]', age [[age:18]], for an {{STI}} screen and emergency contraception. Nurse
        [[name:Abi Ferreira]] thought she looked much younger. [[name:Destiny]] came with a man (30s) who
        answered for her and gave [[phone:07700 900264]] for results. When he stepped out,
        [[name:Destiny]] said her real name was [[name:Kelsey]] and she was [[age:15]]; she would not give a
        surname. [[name:Abi]] used the {{Spotting the Signs}} proforma and called police and the {{MASH}};
        the man left in a black {{Audi}}, partial reg '[[vehicle_registration:WK6]]'. [[name:Kelsey]] ran
        off before police arrived. Incident because the clinic let the man sit in on the consultation.
        Learning: always see under-18s alone for part of the appointment.
    """)),
    ("health", "success", prose("""
        Neonatal unit ([[organisation:Otter Ward]]) – discharge of Baby Boy [[name:Lewandowski]] (NHS
        [[nhs_number:846 646 1701]]), born at 33 weeks, to foster carer Ms [[name:Joy Batchelor]] under an
        {{Interim Care Order}}. [[name:Joy]] roomed in for three nights and learned {{NG}} feeding, and the
        family integrated care nurse, [[name:Siobhan Delaney]], did the handover with the social worker
        ([[name:Kwame Asante]]) at the cot side rather than by phone. Birth parents [[name:Marta]] and
        [[name:Piotr Lewandowski]] had supervised contact on the unit twice a day and were given a photo
        book. Discharged [[date:12/12/2023]], 2.1 kg, on {{Dalivit}} and {{Sytron}}; outreach visited on day
        two at [[name:Joy]]'s home. To everyone's {{joy}} he is feeding well. Credit to [[name:Siobhan]].
    """)),
    ("health", "near_miss", prose("""
        Community paediatrics. The {{child protection medical}} report on [[name:Ayaan Chaudhry]]
        ([[age:5]], DOB [[date_of_birth:16/09/2018]], hosp no. [[case_reference:CG0117734]]) had been
        addressed for posting to the family home, [[address:88 Sandpiper Road]], Harnford
        [[postcode:HF6 3NB]], where the alleged abuser (mother's partner) lives. The report should only go
        to the social worker and police. Medical secretary [[name:Wendy Platt]] noticed the 'cc: parents'
        default in the template and stopped it on [[date:30/10/2023]]. Consultant Dr
        [[name:Olusegun Adeleke]] has changed the template. Learning: for CP medicals the default
        distribution is {{SW}} and police only; parents get a copy only if the {{strategy discussion}} agrees.
    """)),
    ("health", "incident", prose("""
        Eating disorder – delayed escalation. [[name:Freya Lindqvist]], [[age:16]], {{Year 11}} at
        [[organisation:Castlemere Grammar]]. The school nurse weighed her on [[date:11/01/2024]] at the
        request of her head of year, Mr [[name:Oyelaran]]: BMI 14.8, HR 44. {{MEED}} puts that in the red
        (high risk) band, meaning same-day medical assessment. The nurse e-mailed the
        {{CAMHS Eating Disorder Service}} instead and the e-mail was not picked up until
        [[date:15/01/2024]]. [[name:Freya]] was admitted to the paediatric ward on [[date:16/01/2024]] with
        {{bradycardia}} and at risk of {{refeeding syndrome}}. Mum, [[name:Astrid]], said she had been
        asking for help since November. Learning: red on MEED means phone the GP or send to A&E that day;
        never rely on e-mail.
    """)),
    ("health", "success", prose("""
        Short breaks – success. [[name:Oscar Penrose-Adjei]], [[age:12]], who has {{Down syndrome}} and
        epilepsy, started overnight stays at [[organisation:Brambles Short Break Unit]] in March. His care
        plan includes {{buccal midazolam}} for seizures over five minutes. On his second stay
        ([[date:23/03/2024]]) he had a {{tonic-clonic}} seizure at 02:10. Night worker
        [[name:Precious Mutasa]] timed it, gave the midazolam at five minutes as trained by the epilepsy
        nurse ([[name:Gwen Harcourt]]) and called 999. The seizure stopped at seven minutes;
        [[name:Oscar]] was kept in the {{recovery position}}, observed, and did not need hospital. Parents
        [[name:Sam]] and [[name:Kofi Penrose-Adjei]] rang the next day to say thank you.
    """)),
    ("health", "near_miss", prose("""
        {{FGM}} – near miss. At the 6-week check for her new baby, Mrs [[name:Hawa Kamara]] (NHS
        [[nhs_number:114 878 1358]]) told the practice nurse, [[name:Lucy Tran]], she was taking her
        daughters [[name:Fatmata]] ([[age:8]]) and [[name:Isatu]] ([[age:5]]) to {{Sierra Leone}} in the
        summer for 'a special ceremony with grandma'. [[name:Hawa]] has {{Type 3}} FGM recorded in her
        maternity notes. [[name:Lucy]] was unsure what to do and nearly left it for the GP review the
        following week; a colleague told her to go to the safeguarding lead that day, which she did.
        Referral to children's social care on [[date:04/03/2024]]; {{FGM Protection Order}} applied for and
        the girls' passports surrendered. Learning: the {{FGM-IS}} alert was on the baby's record but not on
        the older girls'.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        Unaccompanied minor – wrong handover. Flight [[flight_number:WX4417]] Glasgow–Castlemere,
        [[date:19/07/2024]]. {{UM}} [[name:Alesha Dhillon]] (age [[age:10]]), booking ref
        [[case_reference:K7RT2Q]]. The form named the collecting adult as her aunt, [[name:Manjit Dhillon]].
        At arrivals the dispatcher, [[name:Chris Yardley]], handed [[name:Alesha]] to a woman who said she
        was [[name:Manjit]] and showed a photo of a driving licence on her phone. She was in fact
        [[name:Alesha]]'s mother, [[name:Harpreet Sanghera]], who has no contact under a court order. The
        real aunt arrived 15 minutes later. Police stopped the car ([[vehicle_registration:FN19 TXV]]) on
        the airport exit road; [[name:Alesha]] unharmed. UM procedure requires the original photo ID to be
        seen. {{MOR}} filed with the {{CAA}}, ref [[case_reference:OR-24-3318]].
    """)),
    ("aviation", "near_miss", prose("""
        [[organisation:Castlemere Gliding Club]], [[date:20/04/2024]]. Cadet Sgt
        [[name:Ellie Brannigan]] ([[age:16]], {{ATC}} – Air Training Corps) was on her third solo in
        {{K-21}} [[aircraft_registration:G-DKRW]]. Winch cable break at about 200 ft; she lowered the nose and
        landed ahead correctly. The near miss: the launch point controller had cleared a {{Discus}} on a
        long final into the same part of the field, and the two gliders passed about 40 m apart. Duty
        instructor [[name:Ian]] '[[name:Tigger]]' [[name:McLeish]] stopped launching and held a
        debrief on the spot. [[name:Ellie]] did everything right. Action: no launches while anything is on
        final for the same landing area, and cadets' parents informed the same evening.
    """)),
    ("aviation", "success", prose("""
        Cabin crew report, flight [[flight_number:WX2081]] Bucharest–Castlemere, [[date:02/02/2024]].
        {{SCCM}} [[name:Nadia Haddad]] noticed a girl travelling with an older man who held both passports.
        She looked about [[age:14]] though her passport said [[age:19]] (name [[name:Bianca Stoica]]). She
        had no coat, spoke no English and he would not let her go to the toilet alone. [[name:Nadia]]
        slipped a Romanian 'are you safe?' card onto her meal tray; the girl wrote 'help'. The
        {{Captain}} informed police through company ops; {{Border Force}} and police met the aircraft at
        {{stand 14}}. The man, [[name:Florin Grigore]], was arrested. The girl was referred to the
        {{National Referral Mechanism}} and placed by the duty social worker. [[name:Nadia]]'s calm handling
        was exemplary.
    """)),
    ("aviation", "incident", block("""
        AIRPORT POLICE LOG – [[organisation:Castlemere Airport]] – [[date:28/08/2023]] – ref [[case_reference:CAP-0828-0017]]
        05:40 Port alert e-mailed by [[organisation:Harnford Locality Team]] to a generic inbox: [[name:Leo Marchetti-Shaw]] (DOB [[date_of_birth:30/01/2016]]), {{Prohibited Steps Order}}; father [[name:Paolo Marchetti]] may try to take him to Italy.
        06:05 Alert seen after follow-up phone call from duty SW.
        06:20 Check-in staff at {{desk 12}} flag booking for '[[name:L. Marchetti]]' on [[flight_number:WX7702]] to Pisa, dep 06:55.
        06:48 Officers at {{gate 9}} – passenger and child already boarded.
        06:52 {{Captain}} holds doors; [[name:Leo]] and father removed from aircraft.
        07:30 [[name:Leo]] returned to mum, [[name:Kirsty Shaw]].
        Comment: alert sent by e-mail only, not phoned. 25 minutes lost.
    """)),
    ("aviation", "near_miss", prose("""
        Student pilot [[name:Aisha Begum-Ross]] ([[age:17]]), on an {{Air League}} flying scholarship at
        [[organisation:Fenwold Flying School]], was on her solo cross-country in {{Cessna 152}}
        [[aircraft_registration:G-BXNT]] on [[date:13/06/2024]] when she became unsure of position and
        entered the Castlemere {{CTR}} without clearance, squawking {{7000}}. {{Castlemere Radar}} saw the
        unknown return and called on the frequency she had been told to monitor; controller
        [[name:Winston Alleyne]] identified her, gave a heading out of the zone and a {{Basic Service}}.
        Closest traffic was an inbound {{ATR 72}} at 3 nm. Instructor [[name:Pete Halloran]] debriefed her
        kindly. Learning: the route was too close to the CTR boundary and has been moved to follow the
        canal as a line feature.
    """)),
    ("aviation", "incident", prose("""
        Flight [[flight_number:WX5120]] Castlemere–Alicante, [[date:03/08/2023]], {{A320}}
        [[aircraft_registration:G-WXAB]]. Family [[name:Okonkwo]]: [[name:Chidera]] ([[age:6]]) has a
        known peanut allergy and an allergy announcement had been pre-booked. Crew still sold peanut snacks
        in rows 10–14. At 11:20 [[name:Chidera]] developed hives and wheeze; mum gave her {{EpiPen}} and
        crew gave oxygen. The {{Captain}} declared {{PAN PAN}} and diverted to Bordeaux, where
        [[name:Chidera]] was treated and discharged. Incident: the allergy code was on the booking
        ([[case_reference:8HKQ2M]]) but the {{SSR}} did not reach the crew's {{PIL}}. SCCM
        [[name:Rhiannon Powell]]. Complaint from mum, [[name:Adaeze Okonkwo]], logged.
    """)),
    ("aviation", "success", prose("""
        HEMS paediatric transfer – success. On [[date:17/05/2024]]
        [[organisation:Otterby and Fens Air Ambulance]] helicopter [[aircraft_registration:G-OFAA]] lifted
        [[age:4]]-year-old [[name:Harper Quinn]] from a farm near Wellsby, where she had been kicked by a
        pony, to the {{major trauma centre}}. Crew: pilot Capt [[name:Stuart Rennie]], critical care
        paramedic [[name:Bex Harding]] and Dr [[name:Tunde Afolabi]]. Landed 14:32, CT at 14:55. Good
        practice: [[name:Bex]] brought mum, [[name:Laura Quinn]], on board with a headset and explained
        every step, and the pre-alert meant the {{trauma team}} was waiting on the {{helipad}}.
        [[name:Harper]] went home four days later.
    """)),
    ("aviation", "near_miss", prose("""
        Check-in near miss, [[organisation:Castlemere Airport]], [[date:27/03/2024]]. Adoptive parents Mr
        and Mrs [[name:Carrow-Nyambura]] ([[name:Ruth]] and [[name:Simba]]) were flying to Lanzarote on
        [[flight_number:WX3306]] with their son, now [[name:Toby Carrow-Nyambura]] ([[age:7]]).
        [[name:Toby]]'s passport was still in his birth name, [[name:Toby Lennon]], because the
        {{adoption order}} had only just been granted. Check-in agent [[name:Jas Gill]] was about to
        refuse travel and began asking about the adoption in front of the queue. {{Duty Manager}}
        [[name:Rob Lyle]] took the family aside, checked the order and the social worker's letter and
        got them on. Learning: ground staff need guidance on documents for adopted and fostered children,
        and to discuss it privately.
    """)),
    ("aviation", "incident", prose("""
        Disruptive passenger, {{Level 2}}. Flight [[flight_number:WX1290]] Belfast–Castlemere,
        [[date:22/12/2023]], aircraft [[aircraft_registration:G-WXCF]]. A [[age:15]]-year-old travelling
        with [[organisation:Harnford Rovers]] U16s became abusive after being refused a second beer he had
        bought using a friend's ID, and pushed cabin crew member [[name:Tomás Ó Briain]]. Police met the
        aircraft. The boy, [[name:Kyle Nutbrown]], is known to the {{Youth Justice Service}} (ref
        [[case_reference:YJ/22/0198]]) and is on a referral order; police informed his YJ worker. Incident:
        the friend ([[name:Ethan Mayall]], [[age:18]]) bought alcohol for a minor on board and crew did not
        check who it was for. Coach [[name:Lee Sturridge]] has apologised on behalf of the club.
    """)),
    ("aviation", "success", prose("""
        Young carers' air experience day – success. On [[date:10/08/2024]]
        [[organisation:Fenwold Flying School]] flew 14 children from
        [[organisation:Castlemere Young Carers]] in two {{Piper PA-28}}s ([[aircraft_registration:G-FNWA]]
        and [[aircraft_registration:G-FNWB]]). Every child had a named adult, and consent forms were checked
        against the list by charity worker [[name:Nathan Price]]. One boy, [[name:Reece]] ([[age:12]]), was
        anxious; pilot [[name:Sunita Chauhan]] let him sit in the aircraft on the ground first and he then
        flew and loved it. Aircraft were turned round with a full {{A-check}} walkround between flights; no
        occurrences. [[name:Nathan]]: 'Best day of the year for them.'
    """)),
    ("aviation", "near_miss", prose("""
        [[organisation:Fenwold Airfield]], [[date:25/05/2024]], {{Bank Holiday}} fly-in. At 13:40 a boy of
        about [[age:5]] walked through an unlocked gate by the café onto the {{apron}} while a
        {{Robin DR400}}, [[aircraft_registration:G-BPRF]], was taxiing to the fuel pumps. Volunteer marshaller
        [[name:Kev Lomax]] saw him and gave the stop signal; the pilot, Ms [[name:Alison Threlfall]], stopped
        about 30 m away. The child, [[name:Noah]], was returned to his grandad, who had been in the café
        queue. The gate is now padlocked and a marshal is posted there on fly-in days. Reported to the
        {{CAA}}; club occurrence ref [[case_reference:FW-2024-011]].
    """)),
    ("aviation", "incident", prose("""
        {{PRM}} incident. Flight [[flight_number:WX6631]] Castlemere–Faro, [[date:14/04/2024]]. Passenger
        [[name:Maisie Atherton]], [[age:11]], uses a powered wheelchair ({{Permobil}}). It was loaded on its
        side and arrived with the joystick mount snapped. [[name:Maisie]] spent the first two days of the
        family holiday in a borrowed manual chair she could not propel herself. Dad, [[name:Craig Atherton]],
        e-mailed from [[email:c.atherton@example.org]]. The PRM agent at Castlemere, [[name:Bilal Younis]],
        had tagged the chair correctly but the loading team lead did not read the handling tag. Ref
        [[case_reference:PRM-24-0412]]. Learning: powered chairs to be loaded upright with the proper
        restraint and photographed before and after.
    """)),
    ("aviation", "success", prose("""
        [[organisation:Castlemere Gliding Club]] welfare. On [[date:02/03/2024]] junior member
        [[name:Tyrone]] ([[age:15]]) told welfare officer [[name:Helen Marsh]] that an older member,
        [[name:Graham Kidd]], had been messaging him on {{Snapchat}} asking him to keep their chats 'just
        between us'. [[name:Helen]] listened, wrote down what he said in his words, did not question him
        further and did not speak to [[name:Graham]]. She followed the {{BGA}} safeguarding policy, rang the
        {{LADO}} and children's services the same afternoon, and told [[name:Tyrone]]'s mum with his
        agreement. The committee stood [[name:Graham]] down from instructing pending enquiries. Learning:
        the club's policy worked because [[name:Helen]]'s name and number were on the clubhouse wall.
    """)),
    ("aviation", "near_miss", prose("""
        School trip charter – near miss. [[organisation:Wellsby High]] {{Year 9}} ski trip, flight
        [[flight_number:WX8850]] Castlemere–Geneva, [[date:10/02/2024]]. The boarding count was 42
        students; the manifest said 43. Trip leader Mr [[name:Adrian Kell]] had ticked
        [[name:Jamal Idowu]] ([[age:14]]) as boarded from the seat plan, but [[name:Jamal]] was still in
        {{WHSmith}} airside when the gate closed. Dispatcher [[name:Olivia Brandt]] would not close the door
        until the count matched, and Ms [[name:Sinéad Roche]] went back with gate staff and found him.
        Departure delayed 18 minutes. Learning: a ticked seat plan is not a headcount; count heads at the
        aircraft door.
    """)),
    ("aviation", "incident", prose("""
        Drone incident, [[organisation:Fenwold Airfield]], [[date:30/06/2024]]. During the evening circuit
        session a drone was flown at about 400 ft on final for {{runway 26}}; the instructor in
        [[aircraft_registration:G-BSZK]] went around. The club {{CFI}}, [[name:Martin Akande]], saw the
        operators – two teenage boys – in a field next to the perimeter road, and a blue
        {{Vauxhall Corsa}}, reg [[vehicle_registration:LB68 UXW]], parked nearby. Police attended; the boys
        ([[age:15]] and [[age:16]]) were given words of advice and the drone was seized. One of them,
        [[name:Jake Whitmore]], is already open to the {{Youth Justice Service}}; police shared the log with
        his worker. Occurrence ref [[case_reference:FW-2024-019]].
    """)),
    ("aviation", "success", prose("""
        Fixed-wing neonatal transfer – success. On [[date:04/04/2024]] baby [[name:Elif Yıldız]],
        [[age:9 days]] old, NHS [[nhs_number:996 920 3282]], needed to move from
        [[organisation:Castlemere General]] to a cardiac centre for surgery; by road it would have taken
        five hours. Transport nurse [[name:Kerry-Ann Walsh]] flew with her in a {{King Air}}
        ([[aircraft_registration:G-NTFA]], flight [[flight_number:NTF21]]) from
        [[organisation:Castlemere Airport]]. Dad, [[name:Mehmet]], travelled with them; mum,
        [[name:Zeynep]], was still on the postnatal ward and was rung on landing. Baby arrived stable and
        had surgery the next day. Good practice: the social worker (family on a {{Child in Need}} plan for
        housing) was told in advance, so {{Section 17}} money for mum's travel was ready.
    """)),
]


def main() -> None:
    records = build_records("blind73", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
