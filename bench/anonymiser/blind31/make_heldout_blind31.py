"""Blind held-out corpus 31: acute hospitals in the South West and Thames Valley.

Setting: Bristol, Bath, Swindon, Oxford and Reading hospitals - ICU, theatres, maternity, neonatal,
paediatrics, pharmacy and radiology (health), with hospital discharge to care homes and safeguarding
adults (social care) and air ambulance / patient transfer flights and in-flight medical emergencies
(aviation). Voices: SBAR calls, ward and labour-ward handover sheets with bed numbers, theatre
incident statements, M&M minutes, pharmacy intervention logs, consultant letters with titles and
post-nominals, Datix free text, e-mail threads with signatures, cabin and HEMS debriefs. Many reports
carry several patients, some with confusable names.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block as d  # noqa: E402
from markup import build_records, write_records  # noqa: E402
from markup import flow as p  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind31.jsonl"


REPORTS = [
    # ---------------------------------------------------------------- health
    ("health", "near_miss", d("""
        SBAR - {{ICU}}, [[organisation:Southmead Hospital]] - night of [[date:12/02/2024]]
        S: Bed 6 [[name:Margaret Hollis]] ([[age:79]]F) + bed 9 [[name:Margery Hollins]] ([[age:81]]F),
           both on {{noradrenaline}}. ABG from bed 9 run under bed 6 details at 02:40.
        B: both came up from ED same shift. similar names on the whiteboard but no name-alert
           sticker on either chart or on the gas analyser.
        A: K+ 6.1 attributed to wrong pt - {{insulin-dextrose}} drawn up for Mrs [[name:Hollis]] before
           [[name:Priya]] (bedside RN) rechecked wristband vs MRN [[case_reference:SMD-4471920]]. NOT given.
        R: name-alert stickers on both, 2 identifiers on every sample, analyser to require MRN scan.
           Datix [[case_reference:W218834]]. Outreach bleep [[phone:2216]] if it happens again.
        [[name:T. Osei]], nurse in charge
    """)),
    ("health", "success", p("""
        Theatre incident statement - [[organisation:Royal United Hospital]], theatre 4,
        [[date:Tues 5th March]]. I was the {{ODP}} for Dr [[name:A. Lindqvist]] FRCA on the trauma list.
        Pt [[name:Derek Amadi-Jones]], [[age:67]], listed for L {{dynamic hip screw}}, site marked left.
        During the {{Stop Before You Block}} pause I read the consent form aloud and realised the block
        trolley and US machine were set up on the right. Dr [[name:Lindqvist]] stopped straight away, we
        re-prepped and scanned the left side. No harm, block went in fine. I think it worked because the
        pause was done properly and nobody rushed it even tho the list was running late, and our CT1
        [[name:Kofi]] said he had noticed too. Happy to discuss, ext [[phone:3390]].
        [[name:Sandra Pieczynski]], ODP
    """)),
    ("health", "incident", d("""
        PAEDIATRIC M&M - MINUTES - [[date:18 April 2024]]
        Present: Dr [[name:Rahman]] (chair), Dr [[name:E. Whitcombe]], Sister [[name:Joy Adebayo]],
        [[name:Fin]] (ST4), [[name:Lu Wen]] (pharmacy)

        Case 1 - [[age:3]]yo [[name:Ellie-Mae Tranter]], MRN [[case_reference:RBH 0092817]]
        Admitted to [[organisation:Lion Ward]] with fever + vomiting. {{PEWS}} 5 at 22:00 not escalated -
        documented "mum says she's always like this". Escalated 01:30 when cap refill 4s, lactate 4.2.
        {{ceftriaxone}} at 02:10, outside the 1 hr sepsis target. PICU review, no retrieval needed.
        Discussion: parental concern is a trigger on its own ({{Martha's Rule}}); PEWS chart has no box.
        Actions: [[name:Joy]] to update escalation card by [[date:16/05/24]]; [[name:Fin]] to audit
        time-to-antibiotic for Q1.
    """)),
    ("health", "success", d("""
        PHARMACY INTERVENTION LOG - w/c [[date:08/07/2024]] - [[organisation:Churchill Hospital]] haem/onc
        [[date:08/07]] Bed 12 [[name:K. Oyelaran]] ([[case_reference:JR7734210]]) - {{methotrexate}} 15mg
          charted DAILY. Changed to weekly (Mon) w/ Dr [[name:Fairweather]]. Potential severity: high.
        [[date:09/07]] Bed 3 [[name:Bill Stacey]] [[age:88]] - {{enoxaparin}} 1.5mg/kg, CrCl 22. Reduced
          to renal dose, anti-Xa requested.
        [[date:10/07]] SR2 [[name:Hope Ferreira]] [[age:42]] - penicillin allergy on EPMA but not on
          paper chemo chart; co-amoxiclav ordered by FY1, stopped before 1st dose.
        [[date:11/07]] Bed 12 - Mrs [[name:Oyelaran]]'s daughter asked re {{folinic acid}} rescue
          timing - counselled, leaflet given.
        Logged: [[name:Ines Carvalho]] (B7 pharm), bleep [[phone:1187]]
    """)),
    ("health", "incident", d("""
        From: Dr [[name:Olumide Bankole]] MBBS MRCPCH
        Consultant Neonatologist, [[organisation:St Michael's Hospital]], Bristol
        Direct line [[phone:0117 342 8806]]

        [[date:19th September 2024]]

        Dear Dr [[name:Haverfield]],

        Re: Baby girl [[name:Rhodes]], DOB [[date_of_birth:02/09/2024]], NHS No [[nhs_number:322 002 3878]]
        Mother: [[name:Chantelle Rhodes]], [[address:Flat 2, 31 Chelsea Road, Easton]], [[postcode:BS5 6AS]]

        This baby was born at 36+2 weeks to a mum with {{gestational diabetes}} on metformin. The first
        blood glucose was not checked until 4 hours of age (1.2 mmol/L) and she needed IV 10% glucose
        on the unit for 48 hours. She is now fully breastfed and stable. We have reported the delayed
        check (ref [[case_reference:INP-55102]]) as {{BAPM}} guidance requires a pre-feed level before
        the second feed. Please could the health visitor check her weight at 10 days.

        Yours sincerely
        [[name:O. Bankole]]
        cc [[organisation:Lawrence Hill Health Centre]]
    """)),
    ("health", "near_miss", d("""
        LABOUR WARD HANDOVER 07:45 - [[date:Sat 23/11]] - [[organisation:Great Western Hospital]]
        Coord night: [[name:Rach P]] -> day: [[name:Sunita]]
        Rm 2 [[name:Amber Nowak]] [[age:29]] G2P1 40+5, IOL, {{propess}} out 06:00, CTG normal. MW [[name:Dawn]]
        Rm 5 [[name:Amber Novak]] [[age:34]] G1P0 39+1, epidural, FBS x1 pH 7.28, repeat 08:30. MW [[name:Gosia]]
          !! near-identical names - {{oxytocin}} rx for Rm 5 written in Rm 2 notes o/n. picked up at
          [[name:Dawn]]s 2nd check before pump started. NOT given. Name alert on both doors.
          Datix [[case_reference:GWH/MAT/2024/1187]]
        Rm 7 [[name:Tamsin Rowe]] [[age:31]] SVD 03:12, PPH 1.2L, on {{syntocinon}} infusion, Hb 98 - r/v
        Rm 8 empty (deep clean)
        Obs theatre: Dr [[name:Malik]] + [[name:Jo]] (ODP)
    """)),
    ("health", "near_miss", d("""
        From: [[name:Chloe Barraclough]] <[[email:chloe.barraclough@nhs.net]]>
        To: CT governance <[[email:rbft.ct.governance@nhs.net]]>
        Sent: [[date:14 January 2025]] 16:02
        Subject: CT head - wrong pt brought down

        Hi all,
        Porter collected [[name:Frank Doyle]] (bed 21) instead of [[name:Francis Doyle]] (bed 12) from
        [[organisation:Kennet Ward]] for an urgent CT head. [[name:Nadia]] did the {{IR(ME)R}} 3-point ID
        at the scanner door - pt gave DOB [[date_of_birth:03/06/1941]], request said
        [[date_of_birth:30/06/1944]]. Stopped before any exposure; correct pt scanned 25 min later
        (query {{subdural}}, none seen). The porter slip only had surname + bed number. Can we add the
        MRN to the e-transfer slip?
        Thanks, [[name:Chloe]]

        [[name:Chloe Barraclough]] | CT Radiographer B6 | [[organisation:Royal Berkshire Hospital]]
        ext [[phone:7421]]
    """)),
    ("health", "incident", p("""
        Written statement for the {{PSIRF}} learning response. I am [[name:Michelle Tan]],
        {{scrub nurse}} (band 6), theatre 9, [[organisation:Bristol Royal Infirmary]]. On
        [[date:27/08/2024]] I scrubbed for an emergency laparotomy (pt [[name:R. Okonkwo]], [[age:58]],
        MRN [[case_reference:BRI-228190]]) with Mr [[name:Hargreaves]] and his registrar [[name:Sunil]].
        At 20:00 [[name:Leanne]] handed the scrub role to me with a verbal count only. A small swab had
        been used inside a large pack before the swap and was not written on the board. The count at
        closure of the peritoneum matched the board so we closed. Post-op X-ray on ITU for line
        position showed the radio-opaque marker and Mr [[name:Okonkwo]] went back to theatre at 23:30
        for removal. He has since been told by Mr [[name:Hargreaves]]. My learning: a full formal count
        at every scrub handover, and small swabs never go inside packs. I have re-read the {{NatSSIPs}}
        standard on counts.
    """)),
    ("health", "success", p("""
        Good practice - early {{therapeutic hypothermia}}. Baby [[name:Oakley Pyle]], born
        [[date_of_birth:9 Feb 2024]] at [[organisation:Great Western Hospital]] after a cord prolapse;
        {{Apgar}} 2, 4 and 6 at 1, 5 and 10 min, cord pH 6.92. The reg, Dr [[name:Yiannis Petrakis]],
        rang the regional cooling line ([[phone:0300 303 6312]]) at 25 min and started passive cooling
        with rectal temp monitoring, documenting temps every 15 min. The transport team from
        [[organisation:John Radcliffe Hospital]] NICU arrived at 2h10 and baby was 33.7C on arrival -
        in target range. MRI on day 5 was reassuring. Mum [[name:Jess]] said she felt kept informed
        throughout. Special thanks to midwife [[name:Summer Okoye]] whose timed notes made the handover
        easy. Learning shared at the {{BAPM}} network meeting on [[date:14/03/24]].
    """)),
    ("health", "near_miss", p("""
        datix free text (reporter: [[name:kamala]], ext [[phone:5562]], [[date:3/10/24]]). pt in bay c
        bed 4 on [[organisation:avon ward]] mr [[name:eddie brannigan]] [[age:71]] T2DM, {{novorapid}}
        written as "10u" on the paper chart by a locum FY2. agency nurse read it as 100. 40 units drawn
        up in an {{insulin syringe}} (only had those on the trolley luckily) before she queried it with
        sister [[name:o'leary]] who checked the chart + rang the prescriber. nothing given. CBGs 9-12 rest
        of shift. the word UNITS must be written in full, we have had this befor. locum had no EPMA
        login so paper chart was used. pls can someone sort locum logins out. [[name:eddie]] unaware,
        family not told as no harm - is that right?
    """)),
    ("health", "success", p("""
        On [[date:Friday 19th July]] [[name:Faith Mukamana]], [[age:45]], had a moderate reaction to
        {{iohexol}} during a CT abdomen at [[organisation:Great Western Hospital]] (acc no
        [[case_reference:GW-CT-5512093]]). Within a minute of injection she had widespread urticaria
        and wheeze. Radiographers [[name:Ollie Brandt]] and [[name:Siân]] stopped the scan, put out a
        {{2222}} call and gave IM adrenaline 500 micrograms before the team arrived, following the
        laminated anaphylaxis card on the wall. Mrs [[name:Mukamana]] was observed in ED for 6 hours and
        went home. Dr [[name:Catriona Bell]], consultant radiologist, added the allergy to the EPR, sent
        a Yellow Card to the {{MHRA}} and wrote to her GP. Debrief held the same afternoon; the team felt
        the monthly scenario training made the difference.
    """)),
    ("health", "incident", d("""
        Critical Care M&M - [[date:3rd Dec]]
        Attendees: Dr [[name:Sokolova]] (chair), Dr [[name:Adeyinka]], [[name:Matteo Ricci]] (CT2),
        [[name:Bryony]] (PDN)
        Case: [[name:Gwen Attwell]], [[age:62]], bed 11, urosepsis.
        - R IJ CVC inserted 03:00 by CT2 under US, no second operator.
        - Guidewire not removed - seen on morning CXR by Dr [[name:Sokolova]]. Removed by IR next day
          under fluoroscopy. No harm; family informed ({{Duty of Candour}} letter sent [[date:5/12]]).
        - {{Never Event}}: retained foreign object. StEIS [[case_reference:2024/21877]].
        Contributory: night-time, fatigue, no {{LocSSIPs}} prompt for "wire out & shown".
        Actions: checklist amended; nurse assistant to confirm wire visible before dressing
        ([[name:Bryony]]); [[name:Matteo]] happy for the case to be used in teaching.
    """)),
    ("health", "success", p("""
        Good catch. [[age:4]]-month-old [[name:Leo Kaczmarek]] brought to
        [[organisation:Bristol Royal Hospital for Children]] ED on [[date:2 Nov]] with coryza. Triage
        nurse [[name:Precious Dube]] noticed a small bruise behind the left ear and asked about it.
        Non-mobile baby so the {{bruising protocol}} was followed ({{TEN-4-FACESp}}). Paeds reg Dr
        [[name:Hannah Loveday]] discussed with [[organisation:Bristol First Response]] the same evening
        (SW [[name:Ade Ogunleye]]) and a skeletal survey showed a healing posterior rib fracture.
        Sibling [[name:Maja]], aged [[age:3]], was seen by the child protection team on [[date:4 Nov]].
        Mum and dad engaged with the strategy meeting. Learning shared at the ED huddle: look behind the
        ears, look in the mouth. [[name:Precious]] has been nominated for a star award.
    """)),
    ("health", "incident", p("""
        Incident summary - two breast WLE specimens from consecutive pts on Mr [[name:Abiodun]]'s list at
        [[organisation:Churchill Hospital]] theatre 6 on [[date:21/01/2025]] were labelled the wrong way
        round. Pots for [[name:Ivy Marchetti]] (pt 2, MRN [[case_reference:0773419K]]) and
        [[name:Iris Marchant]] (pt 3, MRN [[case_reference:0776102M]]) were filled in during pt 3's
        closure, both sets of labels pre-printed on the bench. Histopathology noticed when ER status did
        not match the core biopsies. Both pts recalled and informed by Mr [[name:Abiodun]] and the breast
        CNS [[name:Lorna]]; no wrong treatment was given. The {{WHO checklist}} sign-out says "specimens
        labelled" but nobody reads the pot against the wristband. Action: {{circulating practitioner}}
        reads pot label aloud against the wristband at sign-out; one pt's labels on the bench at a time.
        Reported by [[name:Ruth Fairbanks]], theatre manager ([[email:ruth.fairbanks@ouh.nhs.uk]]).
    """)),
    ("health", "success", d("""
        Subject: Thank you - room 9 last night
        To: LW all staff

        Just wanted to say well done to everyone in room 9 on [[date:Sunday 6th]].
        [[name:Grace Odhiambo]] ([[age:38]]) had a 2.8 L {{PPH}} after a {{Kiwi}} ventouse. [[name:Bex]]
        pulled the emergency bell straight away, [[name:Ayo]] scribed on the PPH proforma and
        Dr [[name:Kowalczyk]] had {{tranexamic acid}} in within 10 min. Major haemorrhage protocol called
        at 1.5 L, 4 units given, back to theatre for EUA. [[name:Grace]] went to HDU and home on day 3 with
        her little boy. This is exactly what we practise in the PROMPT drills every month.

        [[name:Mel]]
        [[name:Melanie Oduya]] | Labour Ward Coordinator | [[organisation:Royal United Hospital]]
        [[phone:01225 821475]]
    """)),
    ("health", "incident", d("""
        SBAR - pharmacist to micro on-call, [[date:11/06/2024]] 18:20
        From [[name:Joe Mbatha]] (pharm, bleep [[phone:6634]]) to Dr [[name:Saoirse Keane]]
        S: [[name:Patience Obi]], [[age:70]], [[organisation:Cherwell Ward]] bed 8, on {{vancomycin}} for
           MRSA bacteraemia. Trough today 31 mg/L, creat 88 -> 176.
        B: level from [[date:Sat 8/6]] was taken but never chased over the weekend; 2 further doses given.
           No ward pharmacist Sat/Sun.
        A: likely vanc-associated {{AKI}}. Pt drowsy, UO 20 mL/h.
        R: hold vanc, repeat level in 24 h, consider {{daptomycin}}, renal r/v.
           Datix [[case_reference:OUH-DTX-88213]].
        Dr [[name:Keane]] agreed, will speak to [[name:Patience]] and her son [[name:Emeka]] in the am.
    """)),
    ("health", "near_miss", p("""
        MRI safety near miss - [[organisation:Royal Berkshire Hospital]], [[date:22.05.24]].
        [[name:Stanislav Horvat]] ([[age:55]]) booked for MRI L-spine from [[organisation:Loddon Ward]].
        Safety questionnaire filled in on the ward by an HCA from the notes, ticked "no implants". At the
        scanner, radiographer [[name:Kiera Dunn]] asked him again and he said he had a "back battery" - a
        {{spinal cord stimulator}} fitted at [[organisation:Frenchay Hospital]] years ago, programmer at
        home. Scan cancelled, pt returned to ward. MR safety expert [[name:Jonas Ek]] obtained the device
        details via the pain team at [[organisation:Southmead Hospital]] and the scan was done as
        {{MR Conditional}} 4 days later. Learning: the questionnaire must be completed with the patient
        (or NOK), never from the notes alone; [[name:Stan]]'s wife [[name:Mila]] confirmed he had told
        staff about it on admission.
    """)),
    ("health", "near_miss", d("""
        AICU SAFETY BRIEF 08:00 [[date:Mon 15 Jan]] - [[organisation:John Radcliffe Hospital]]
        NIC [[name:Lorraine]] (bleep [[phone:1642]]) | Cons Dr [[name:Ferguson-Adeyemi]] | Outreach [[name:Dave]]
        Bed 1 [[name:Bassett]] - ECMO referral declined o/n, family meeting 11:00, Polish interpreter booked
        Bed 3 [[name:Win Thein]] - proned 16h, P/F 14, {{cisatracurium}} infusion
        Bed 5 [[name:Wynne Thane]] - post-op AAA, {{heparin}} infusion
        GOOD CATCH o/n: heparin syringe for bed 5 labelled with bed 3 pt sticker (similar names, stickers
        kept in one tray). [[name:Fola]] spotted it at the 2-person check before connecting. Stickers now
        kept in each bed's drawer. Datix [[case_reference:AICU-0412]].
        Staffing: 1 RN short, [[name:Ewa]] moving from HDU. Equipment: {{Vapotherm}} bed 7 alarming - EBME called.
    """)),
    ("health", "incident", p("""
        On [[date:30 Sept 2024]] a [[age:6]] year old boy, [[name:Alfie Sherborne]] (NHS
        [[nhs_number:8639110654]]), on [[organisation:Dolphin Ward]] received oral {{morphine}} 2 mg/kg
        instead of 0.2 mg/kg after tonsillectomy. The EPMA dose-range alert was overridden at 04:00 by
        the prescriber. RN [[name:Claire Whitlock]] and student nurse [[name:Sky]] did the second check
        against the prescription but not against the BNFc. At 05:15 RR 10, sats 88% on air, pinpoint
        pupils; Dr [[name:Lim]] gave {{naloxone}} and the PICU outreach team reviewed. [[name:Alfie]] was
        monitored on HDU for 24 h and recovered fully. Parents [[name:Dean]] and [[name:Kerry Sherborne]]
        were told the same morning under {{Duty of Candour}}. Learning: override reasons now mandatory,
        the independent check must include a reference source, and paediatric opioid decimals are flagged
        in EPMA. InPhase [[case_reference:IP-230917]].
    """)),
    ("health", "success", d("""
        Department of Anaesthesia, [[organisation:Southmead Hospital]]
        Secretary: [[phone:0117 414 5062]]

        [[date:6 February 2025]]

        Dear Dr [[name:Mbeki]],

        Re: Mrs [[name:Joanna Featherstone]], DOB [[date_of_birth:17.04.1979]], MRN [[case_reference:T0449381]]
        [[address:22 Kingsdown Parade, Bristol]] [[postcode:BS6 5UE]]

        Mrs [[name:Featherstone]] had an unanticipated difficult intubation during her elective
        laparoscopic cholecystectomy on [[date:4/2/25]]. Direct laryngoscopy gave a grade 3 view; the
        trachea was intubated with a {{videolaryngoscope}} and {{bougie}} at the second attempt, with
        oxygenation maintained throughout. She made a good recovery. I have explained this to her and
        given her an airway alert letter. Please add a difficult airway alert to her GP record; she has
        been advised to register with the {{Difficult Airway Society}} database.

        Yours sincerely,
        Dr [[name:Ingrid Solberg]] MB ChB FRCA FFICM
        Consultant Anaesthetist
    """)),
    ("health", "incident", p("""
        At the 21:00 feed on [[date:17/08/2024]] expressed breast milk labelled for Baby [[name:Nwosu]]
        (cot 4) was given by NGT to twin 1 [[name:Rafferty Nowell]] (cot 5) on the
        [[organisation:Buscot Unit]] at [[organisation:Royal Berkshire Hospital]]. Nurse [[name:Tanya]]
        realised when she went back to the fridge for cot 4's milk. Both mothers,
        [[name:Chiamaka Nwosu]] and [[name:Lucy Nowell]], were told that night by the nurse in charge
        [[name:Bernadette]]. The cot 4 mother's antenatal serology ({{HIV}}, hep B, syphilis) was checked
        and negative; {{CMV}} status unknown so tested. Milk bottles in the shared fridge are
        hand-labelled and the labels look alike. Actions: barcode milk tracking being trialled; one bay
        per fridge shelf; two-person check at the cot side. Ref [[case_reference:RBH-NN-2024-311]].
    """)),
    ("health", "success", p("""
        Critical care transfer: [[organisation:Great Western Hospital]] ED to
        [[organisation:Southmead Hospital]] neuro ICU, [[date:7 August]]. [[name:Carl Whiting]],
        [[age:24]], RTC on the M4, {{Glasgow Coma Scale}} 6, left pupil sluggish, CT: extradural.
        Transfer team Dr [[name:Nkem Obi]] (ST6 anaesthesia) and ODP [[name:Marcus Fenn]]. Regional
        transfer checklist used and {{hypertonic saline}} 5% given before leaving. Road ambulance
        [[vehicle_registration:WX19 KHP]] with police escort; door to door 58 minutes, no desaturation,
        ETCO2 kept 4.5-5. Handover in resus at the receiving hospital using {{ATMIST}}, then straight to
        theatre. [[name:Carl]] was extubated on day 3. Good practice noted: pre-departure call with the
        receiving neurosurgical reg [[name:Tom Ashdown]], oxygen calculated and documented, and
        [[name:Marcus]] had pre-drawn emergency drugs labelled in a transfer tray.
    """)),
    ("health", "incident", d("""
        Radiology Events & Learning Meeting - [[date:Weds 12th Feb]]
        Attendees: [[name:PS]], [[name:JG]], [[name:AR]], [[name:Tomasz]] (minutes)
        Case 3 - [[name:Maurice Penhaligon]], [[age:73]], acc [[case_reference:RDX2210458]]
        ED CXR 14 months earlier: 2 cm RUL nodule visible in retrospect. Image marked "reviewed by ED"
        and not sent for a formal report because of a {{RIS}} rule for ED films. Now presents with T3
        NSCLC. Dr [[name:Priyanka Sethi]] (reporting radiographer lead) found 11 other ED films filtered
        the same way that month - all now reported, 1 further recall.
        Learning: no auto-filing of ED chest films; {{Fleischner}} guidance for incidental nodules to be
        added to the ED CXR template. Dr [[name:Gallagher]] to inform Mr [[name:Penhaligon]] and family
        ({{Duty of Candour}}).
    """)),
    ("health", "success", p("""
        Good practice - time-critical meds. [[name:Ernest Farley-Hobbs]], [[age:82]], with
        {{Parkinson's}}, admitted to [[organisation:Wiltshire Ward]] on [[date:28/10]] with aspiration
        pneumonia and made NBM by SALT. Ward pharmacist [[name:Dorota Wiśniewska]] saw that his 06:00 and
        10:00 {{co-careldopa}} doses had been missed and converted him to a {{rotigotine}} patch using the
        PD Med Calc tool, agreed with FY1 Dr [[name:Hamza Qureshi]] within the hour. Nurse [[name:Rose]]
        put a Get It On Time sticker on his chart and told the evening shift. No further rigidity or
        confusion; back on oral meds day 4 after a swallow assessment. His wife [[name:Maureen]] wrote in
        to thank [[name:Dorota]] and [[name:Rose]]. Shared on the pharmacy Teams channel as an example
        of the pharmacist as safety net.
    """)),
    ("health", "near_miss", d("""
        NNU shift report - night [[date:02-03/03/2025]] - [[organisation:St Michael's Hospital]]
        Cots 10+11: twins of [[name:Rania Al-Hassan]] - [[name:Nour]] (tw 1, 980 g) + [[name:Noor]] (tw 2, 1.1 kg)
        Near miss 20:30: {{PN}} bags from pharmacy delivered together in one bag. Bag for [[name:Nour]]
        nearly hung on [[name:Noor]]'s line - [[name:Jolene]] scanned the bag barcode against the cot
        card, scanner alarmed, swapped before connection. Different sodium + {{lipid}} content so it
        would have mattered.
        Actions: asked pharmacy ([[name:Kwame]], ext [[phone:4408]]) to bag twins separately + coloured
        label for tw 2.
        Parents updated by [[name:Jolene]] at 22:00 - dad [[name:Yusuf]] grateful, asked that cot cards
        show full name + NHS no. Done:
        Baby [[name:Nour]] NHS [[nhs_number:535 370 4541]], Baby [[name:Noor]] NHS [[nhs_number:596 753 1424]]
    """)),
    ("health", "incident", p("""
        Incident: [[age:15]]-year-old [[name:Kayden Morris-Pitt]], admitted to
        [[organisation:Kingfisher Ward]] after a {{paracetamol}} overdose, left the ward at 19:40 on
        [[date:Friday 14th June]] while on 1:1 observation. HCA [[name:Will Penrose]] had been asked by
        the nurse in charge to cover a bay for 10 minutes. [[name:Kayden]] walked out behind visitors
        when the door was held open. Police informed at 19:55 and mum [[name:Nikki]] called; he was found
        at 21:30 and taken home to [[address:7 Blenheim Close, Kidlington]] [[postcode:OX5 1QT]], then
        brought back to complete {{NAC}}. No further harm. CAMHS on-call Dr [[name:Faisal Haq]] reviewed
        him the next morning. Learning: staff on 1:1 must never be reallocated, even briefly; escalate
        to the site manager for extra staff first; tailgating posters on the ward doors.
    """)),
    ("health", "near_miss", p("""
        Near miss - wrong-side implant opened. Right TKR for [[name:Ian Cheeseman]], [[age:69]],
        theatre 2, [[organisation:Nuffield Orthopaedic Centre]], [[date:09/09/24]]. Trial reduction done;
        circulator took the femoral component from the shelf and opened the outer box. Scrub practitioner
        [[name:Bea Lonsdale]] read the box aloud per the implant verification step ("RIGHT, size 5,
        cemented") and it was LEFT. Mr [[name:Vikram Rao]] stopped, correct implant obtained, ~12 min
        delay, no harm. Left and right components are stored next to each other on one shelf in
        near-identical boxes. Actions: separate shelving by side, side stickers, and the {{NatSSIPs}}
        implant check now includes the surgeon confirming. Reported by [[name:Bea]] on
        [[case_reference:NOC-IR-3318]]. Thanks to the {{ODP}} [[name:Gareth]] for staying calm.
    """)),
    ("health", "success", p("""
        Good practice - booking appointment at [[organisation:Cossham Birth Centre]] on
        [[date:11th March]]. [[name:Selam Tesfaye]], [[age:26]], G1, speaks Tigrinya. Her husband offered
        to interpret but midwife [[name:Rosie Quantock]] used a telephone interpreter via
        {{Language Line}} and asked the routine enquiry question when he left the room to move the car.
        [[name:Selam]] disclosed controlling behaviour and that her passport had been taken. {{DASH}}
        score 16 so referred to MARAC and to the IDVA service at [[organisation:Next Link]]
        ([[name:Faye]]); safe contact number recorded only in the confidential section of BadgerNet, not
        in the handheld notes. [[name:Rosie]] discussed with the safeguarding midwife [[name:Adaeze]] the
        same day. Learning: never use family to interpret; create the moment to ask alone.
    """)),
    ("health", "near_miss", d("""
        Incident form (short) - ref [[case_reference:BRI-IR-99120]]
        Date/time: [[date:27.11.2024]] 14:10   Location: surgical HDU bed 2
        Reporter: [[name:Lewis Okafor-Grant]], staff nurse, ext [[phone:22318]]
        Patient: [[name:Dora Clissold]], [[age:77]], day 1 post open AAA repair, epidural in situ
        What happened: bag of {{levobupivacaine}} + fentanyl picked up from the trolley to replace the
        IV fluid bag. Giving set would not connect to the IV cannula because the epidural set is
        {{NRFit}}. Realised + swapped. Bags were stored together and both are clear.
        Harm: none.
        Immediate action: informed Dr [[name:Paloma Ruiz]] (acute pain) and NIC [[name:Jade]]. Epidural
        bags now kept in a separate locked box on HDU.
    """)),
    ("health", "success", p("""
        Good practice - {{IR(ME)R}} pregnancy check. [[name:Kirsty Ann Dwyer]], [[age:31]], referred by
        ED for a CT pulmonary angiogram at [[organisation:Royal United Hospital]] on
        [[date:Sat 2nd Nov]]. Request form said "not pregnant". Radiographer [[name:Mark Ellison]] asked
        her directly per the employer's procedure; her last period was 6 weeks ago and she had not done a
        test. Urine hCG in the department was positive. Discussed with on-call radiologist Dr
        [[name:Anjali Mehta-Brown]] and the ED reg [[name:Wojciech]]: Doppler legs first, {{LMWH}}
        meanwhile, and a reduced-dose {{V/Q}} perfusion scan next morning, which confirmed PE.
        [[name:Mark]] logged it as good practice and [[name:Kirsty]] was referred to the early pregnancy
        unit.
    """)),
    # ----------------------------------------------------------- social care
    ("social_care", "incident", d("""
        From: [[name:Yvonne Calloway]] <[[email:manager@elmhurstcare.co.uk]]>
        To: Discharge Hub, [[organisation:Southmead Hospital]]
        Date: [[date:Thu 9 May 2024]] 09:14
        Subject: Mr [[name:Reginald Tuck]] - discharged last night

        Mr [[name:Tuck]] ([[age:86]], NHS [[nhs_number:8984123099]]) arrived here at 22:40 last night
        with no TTO meds and a discharge letter belonging to another patient on the ward. His
        {{apixaban}} and {{levetiracetam}} were missed; the OOH GP ([[organisation:Severnside]]) issued
        an emergency supply at 02:00. His daughter [[name:Carol]] was not told he had been discharged.
        We accepted him on a {{Discharge to Assess}} bed and were told arrival by 5pm. Our night staff
        were on their own with a new resident with a seizure history and no medication.

        [[name:Yvonne Calloway]] RGN | Registered Manager | [[organisation:Elmhurst Care Home]]
        [[address:Elmhurst House, 4 Church Road, Frenchay]] [[postcode:BS16 1LQ]] | [[phone:0117 956 2218]]
    """)),
    ("social_care", "success", p("""
        Safeguarding adults - outcome summary, [[organisation:Swindon Borough Council]] adult social care,
        case [[case_reference:SAF-24-01877]]. District nurse [[name:Angharad Rees]] raised a concern on
        [[date:4 June]] about [[name:Albert Nyoni]], [[age:91]], of [[address:12 Ferndale Road, Swindon]]
        [[postcode:SN2 1HL]], after noticing he had no food and that his nephew had his bank card.
        {{Section 42}} enquiry led by social worker [[name:Kelly-Ann Frost]]. DWP confirmed his pension
        (NI [[ni_number:JK 48 21 77 B]]) was being paid into a new account. A
        {{Mental Capacity Act}} assessment found [[name:Albert]] has capacity for his finances; he chose
        to revoke the nephew's access and accept the council as appointee.
        [[organisation:Wiltshire Police]] logged it. [[name:Albert]] now has a care package and an LPA
        discussion is planned. Good multi-agency working: DN, SW, bank and GP at
        [[organisation:Eldene Surgery]] shared information within 48 h.
    """)),
    ("social_care", "incident", d("""
        [[organisation:The Laurels Nursing Home]] - day handover [[date:19/10/24]]
        Rm 3  Mrs [[name:Hilda Pocock]] ([[age:88]]) - back from [[organisation:Royal Berkshire Hospital]]
              21:00 last night. Hosp letter says "skin intact" - found cat 3 {{pressure ulcer}} sacrum +
              cat 2 L heel on arrival. Photos w/ consent, body map by [[name:Nkechi]] (RN). No
              {{Waterlow}} score on the transfer form. Safeguarding concern raised with
              [[organisation:Reading Borough Council]] ref [[case_reference:RBC-ASC-77120]].
              Son [[name:Graham]] informed, upset. TVN referral sent.
        Rm 7  Mr [[name:Sid Fairclough]] - settled. {{Buscopan}} x1 at 03:00.
        Rm 11 [[name:ada]] - chest clearer, eating 50%, family visiting pm.
        Handover [[name:Nkechi Eze]] -> [[name:Lindsey]]
    """)),
    ("social_care", "success", p("""
        Good practice: trusted assessor discharge. [[name:Joan Whitlock-Baines]], [[age:84]], medically
        fit on [[organisation:Marlborough Ward]] at [[organisation:Great Western Hospital]] on
        [[date:Monday 2 December]] after a fractured pubic ramus. Trusted assessor [[name:Gemma Price]]
        from [[organisation:Swindon Care Homes Partnership]] saw her on the ward that afternoon using the
        shared assessment form, so [[organisation:Oakwood Lodge]] did not need to send their own staff.
        {{Discharge to Assess}} bed confirmed by 14:00, TTOs checked by pharmacy tech [[name:Ollie]], and
        [[name:Joan]] arrived at the home at 16:30 with her {{dosette}} box, frame and a copy of her
        {{ReSPECT}} form. Her niece [[name:Sharon]] met her there. Length of stay after medically fit:
        0 days (ward average 4.2). The home fed back that it was the best handover they had had this year.
    """)),
    ("social_care", "near_miss", p("""
        Near miss - unauthorised deprivation of liberty. [[name:Walter Gbadamosi]], [[age:79]], vascular
        dementia, resident at [[organisation:Cedar House Care Home]], admitted to
        [[organisation:Combe Ward]], [[organisation:Royal United Hospital]], on [[date:31/07/2024]]. Ward
        staff assumed the home's {{DoLS}} authorisation covered him in hospital - it does not. A locked
        door and sensor mat were used for 9 days without an urgent authorisation. Picked up by the ward
        MCA lead [[name:Teodora]] at the {{Mental Capacity Act}} audit; urgent authorisation completed
        the same day and the council DoLS team ([[email:dols.team@bathnes.gov.uk]]) contacted. No harm.
        Learning: DoLS status is not transferable; added to the care home transfer form; ward tracker
        reviewed {{every Monday}}. Son [[name:Tunde]] informed by [[name:Teodora]].
    """)),
    ("social_care", "success", d("""
        Multi-agency self-neglect meeting - [[date:25.04.2024]], Teams
        Chair: [[name:Hazel Mukherjee]] (ASC, [[organisation:Oxfordshire County Council]])
        Present: Dr [[name:Ruth Adair]] (GP, [[organisation:Cowley Road Medical Practice]]),
        [[name:Ben Hollins]] (fire service safe & well), [[name:Magda]] (housing)
        Re: [[name:Dennis Carver]], [[age:67]], [[address:Flat 9, Cranmer House, Headington]], [[postcode:OX3 7RB]]
        Concerns: hoarding ({{Clutter Image Rating}} 7), smoking in bed, 2 admissions to
        [[organisation:JR]] with cellulitis. [[name:Dennis]] joined by phone - wants to stay at home,
        has capacity re accommodation (assessed by GP).
        Agreed: fire-retardant bedding + smoke alarms fitted by [[name:Ben]] on [[date:30/04]];
        {{Making Safeguarding Personal}} - [[name:Dennis]] chose which rooms to clear first; DN for leg
        dressings twice weekly.
        3-month review: 2 rooms clear, no admissions, [[name:Dennis]] says he "feels listened to".
    """)),
    ("social_care", "incident", p("""
        Incident - patient transported to the wrong care home. On [[date:13/02/2025]]
        [[name:Doris Pennington]], [[age:90]], was discharged from [[organisation:Saturn Ward]],
        [[organisation:Bristol Royal Infirmary]], to [[organisation:Brookfield House]] in Kingswood. The
        transport job sheet said [[organisation:Brookside House]], a different home 3 miles away, as the
        discharge coordinator picked the wrong entry from a drop-down. Staff at
        [[organisation:Brookside]] accepted her at 17:10 thinking she was an expected respite admission
        with a similar name ([[name:Dora Penning]]). Found at 20:30 when [[organisation:Brookfield]] rang
        the ward. [[name:Doris]] was moved that night; she was distressed and her PRN {{lorazepam}} had
        not been sent. Her granddaughter [[name:Leah]] has complained. Learning: verbal handover call to
        the receiving home before transport leaves, and the home checks NHS number
        ([[nhs_number:853 469 2017]]) on arrival, not just the name.
    """)),
    ("social_care", "near_miss", d("""
        From: [[name:Owain Pritchard]] <[[email:owain.pritchard@ruh.nhs.uk]]>
        Sent: [[date:02 September 2024]] 11:47
        To: [[email:referrals@homefirstcarers.co.uk]]
        Subject: RE: POC restart - Mrs [[name:Lilian Marsh]]

        Apologies - please disregard and delete my last email. It was meant for
        [[organisation:Home First Care Bath]], not your agency. It contained Mrs [[name:Marsh]]'s address,
        {{key safe}} code and NHS number. Please confirm deletion.

        > From: [[name:Nasrin Begum]] <[[email:referrals@homefirstcarers.co.uk]]>
        > Deleted, only the preview was seen. {{Hope}} the lady gets her package OK.

        Note for file ([[name:OP]], discharge coordinator): rang the correct agency, 4x daily POC
        restarted for discharge at 14:00 to [[address:3 Rosemary Walk, Peasedown St John]]
        [[postcode:BA2 8GN]]. Son [[name:Peter]] changed the key safe code same day. IG incident logged
        [[case_reference:IG-2024-0456]]. Learning: autofill picked the wrong address - check recipient.
    """)),
    ("social_care", "success", p("""
        Good practice - reasonable adjustments. [[name:Jordan Tilley]], [[age:27]], with a learning
        disability and autism, needed a dental clearance under GA at
        [[organisation:Horton General Hospital]]. The LD liaison nurse [[name:Philippa Onu]] met
        [[name:Jordan]] and his support worker [[name:Kez]] from
        [[organisation:Cherwell Supported Living]] two weeks before, used his {{hospital passport}}, and
        arranged first on the list, a side room with dimmed lights and an oral {{midazolam}} premed.
        Bloods were taken under the same GA as a best interests decision agreed at a meeting on
        [[date:05/11/2024]] with mum [[name:Tracey]]. [[name:Jordan]] was home by 2pm and later told
        [[name:Philippa]] the hospital was "alright actually". Discharged back to supported living with
        the same staff, no readmission. Example shared with the ICB {{LeDeR}} team.
    """)),
    ("social_care", "incident", d("""
        SAFEGUARDING ADULTS CONCERN FORM
        Referrer: [[name:Ravinder Gill]], Deputy Manager, [[organisation:Thamesbrook Court]] ([[phone:0118 947 3361]])
        Adult at risk: [[name:Eileen Mary Foss]]   DOB [[date_of_birth:14/12/1938]]   NHS [[nhs_number:6323643642]]
        NI no: [[ni_number:AB 36 90 12 D]]
        Previous address: [[address:27 Northumberland Avenue, Reading]] [[postcode:RG2 7PX]]
        Concern: discharged from [[organisation:Royal Berkshire Hospital]] on [[date:Fri 21/03/25]] at
        19:30. Transfer form said "mobile with frame, independent". Fell at 23:10 on the first night,
        # NOF. Physio notes (obtained later) said "2 x assist, high falls risk, needs {{sensor mat}}".
        No {{falls risk assessment}} sent with her.
        Category: neglect / acts of omission (organisational).
        Family: daughter [[name:Linda Foss]] aware and supports referral.
    """)),
    # -------------------------------------------------------------- aviation
    ("aviation", "success", p("""
        HEMS mission debrief - [[organisation:Great Western Air Ambulance Charity]], [[date:22/06/2024]],
        aircraft [[aircraft_registration:G-HMDX]]. Tasked 14:02 to
        [[address:Lower Thornhill Farm, Brinkworth]] - a [[age:52]]-year-old farmer,
        [[name:Gareth Pugh]], crushed between a tractor and a gatepost. Capt [[name:Euan Blackwood]]
        landed in the next field at 14:19. HR 130, BP 78/40, GCS 11. Dr [[name:Lucy Andersson]] and CCP
        [[name:Sam Okoro]] applied a {{pelvic binder}}, gave 2 units of {{whole blood}} and TXA, and
        did an RSI on scene using the hay barn as shelter from the rain. Lifted 14:48, landed at the
        [[organisation:Southmead Hospital]] major trauma centre 15:06. {{ATMIST}} handover to trauma
        team leader Dr [[name:Rashid]] took 55 seconds. Mr [[name:Pugh]] had an open-book pelvic fracture
        and splenic injury, was embolised in IR and went to rehab on day 16. The debrief highlighted the
        pre-brief on the way in and [[name:Sam]]'s early call for blood.
    """)),
    ("aviation", "incident", p("""
        Cabin crew report - flight [[flight_number:EZY6091]] Bristol to Malaga, [[date:17 Aug 2024]],
        aircraft [[aircraft_registration:G-UZHK]]. At cruise a passenger in 14C, [[name:Maureen Tolley]],
        [[age:68]], became pale and clammy with central chest pain. A GP on board, Dr
        [[name:Ahmed Farouk]], volunteered and gave {{aspirin}} 300 mg from the doctor's kit. When the
        crew opened the {{emergency medical kit}} the {{GTN}} spray was missing although the seal was
        intact. Capt [[name:Helen Marsh]] diverted to Bordeaux after a ground medical advice call;
        ambulance met the aircraft. The seal log showed the kit was last checked on [[date:02/08/2024]]
        at base. All kits on the base fleet were checked within 24 h and 2 more had missing items.
        Report completed by SCCM [[name:Chanel Adeyemi]]; contractor and engineering informed.
    """)),
    ("aviation", "incident", d("""
        PATIENT TRANSFER - FIXED WING - POST-FLIGHT REPORT
        Flight: [[flight_number:MED417]]   Aircraft: [[aircraft_registration:G-MEDK]] ({{King Air}} B200)
        Route: Faro -> Oxford (Kidlington)   Date: [[date:08/05/2024]]
        Patient: [[name:Terence Blythe]], [[age:74]], NSTEMI + CAP, on 4 L/min O2 via nasal specs
        Crew: Capt [[name:Rob Kelleher]], F/O [[name:Anita Szabo]], flight nurse [[name:Imogen Lyle]],
        doctor [[name:Chidi Eze]]
        Event: O2 calculated for 4 L/min but pt needed 10 L/min from FL200 (SpO2 86%). Cylinder reserve
        reached 25% over Biscay. Descended to FL100 to lower cabin altitude; landed with 15% reserve.
        Handed to [[organisation:South Central Ambulance Service]] and admitted to
        [[organisation:John Radcliffe Hospital]] CCU.
        Learning: O2 planning for worst case x2 at expected cabin altitude; {{hypoxic challenge}} test
        results to be requested from the sending hospital.
        Report by [[name:Imogen Lyle]] ([[email:ops@skymedrepat.co.uk]])
    """)),
    ("aviation", "near_miss", p("""
        Helipad near miss - [[organisation:John Radcliffe Hospital]] helipad, [[date:Tuesday 3rd October]]
        16:45. [[organisation:Thames Valley Air Ambulance]] aircraft [[aircraft_registration:G-OXHM]] was
        on final approach with an [[age:8]]-year-old from a drowning near Abingdon. A porter,
        [[name:Dariusz]], walked onto the helipad lift area with a trolley because the amber
        {{rotors running}} warning light was not working. Pilot [[name:Kit Mallory]] aborted and went
        around. No injuries. The paediatric trauma team (Dr [[name:Soo-Jin Park]]) waited an extra 4 min;
        the child, who had {{ROSC}} on scene, was handed over safely. Estates found the bulb had failed
        and there was no daily check. Actions: daily light check on the estates log, helipad rules in
        porter induction, security at the lift door when a helicopter is inbound. Reported by crew
        paramedic [[name:Fran Whitaker]].
    """)),
    ("aviation", "incident", p("""
        Neonatal fixed-wing transfer, Jersey to [[organisation:St Michael's Hospital]] NICU,
        [[date:11/01/2025]], flight [[flight_number:XAA214]], aircraft [[aircraft_registration:G-NEOB]].
        Baby [[name:Arthur Le Marquand]], 29+4 weeks, [[age:2]] days old, on CPAP. The transport
        incubator battery failed on the apron at Bristol Airport during a 40 min wait for the road
        ambulance, and the aircraft ground power could not be connected to the incubator. Temp fell to
        35.8C. Neonatal nurse [[name:Joanna Rudd]] used a {{transwarmer}} mattress and hat and baby was
        36.6C on arrival. Learning: confirm road ambulance arrival time before landing; carry a spare
        battery; inverter lead to be fitted. Parents [[name:Elise]] and [[name:Tom Le Marquand]] came on
        a scheduled flight and were updated by [[name:Joanna]] by phone on landing.
    """)),
    ("aviation", "success", d("""
        From: Capt [[name:Dafydd Rowlands]] <[[email:d.rowlands@westcountryair.co.uk]]>
        Subject: [[flight_number:WCA318]] BRS-EDI [[date:29 Nov]] - medical, continued to destination

        [[age:19]]yo female pax [[name:Amira Haddad]] had a hypo (known T1DM) 40 min after departure,
        aircraft [[aircraft_registration:G-WCAJ]]. Found confused in the lav by CC [[name:Niamh]]. Crew
        used the {{glucose gel}} from the first aid kit and a pax who is a paeds nurse
        ([[name:Bridget]]) helped. BM 2.4 -> 6.8 after 15 min and a sandwich. Decision with the
        {{MedLink}} doctor to continue; paramedics met at the stand, pax declined transfer. Crew
        followed training exactly - calm PA, good documentation, no fuss.

        Regards,
        [[name:Dafydd]]
        [[name:Dafydd Rowlands]] | Captain, {{ATR 72}} | Flight Safety Rep
    """)),
    ("aviation", "incident", d("""
        CONTROLLED DRUG INCIDENT - [[organisation:Thames Valley Air Ambulance]] - [[date:16/07/24]]
        Aircraft [[aircraft_registration:G-OXHM]] / response car [[vehicle_registration:KX22 BHF]]
        Crew: Dr [[name:Sebastian Vukovic]], CCP [[name:Ash Tyndall]]
        Job: [[age:41]]M motorcyclist [[name:Daniel Okwu]], RTC near Wantage, RSI + road transfer.
        Event: drug pouch containing {{ketamine}} and morphine left at scene after pt loaded into the
        land ambulance. Found by [[organisation:Thames Valley Police]] 2 h later, returned sealed + intact.
        CD register reconciled by [[name:Carys Mortimer]] (pharmacist lead). Reported to the
        {{CD Accountable Officer}}.
        Learning: scene "kit dump sweep" added to the departure checklist; pouch now bright orange.
    """)),
    ("aviation", "near_miss", p("""
        Near miss on an inter-hospital air transfer from [[organisation:Great Western Hospital]] to the
        [[organisation:John Radcliffe Hospital]] cardiac centre on [[date:5 March 2025]]. Patient
        [[name:Rhys Penhallow]], [[age:58]], type A {{aortic dissection}}. At handover on the pad the
        flight paramedic [[name:Kerry-Ann Boateng]] noticed the notes folder and bloods belonged to
        [[name:Rhys Penhale]], another patient in the same ED majors area. Wristband MRN
        [[case_reference:GWH 6612730]] did not match the folder ([[case_reference:GWH 6612703]]). The
        cross-match sample had been taken correctly so blood products were fine. Correct notes scanned and
        emailed by ED nurse [[name:Ffion]] before the aircraft landed. Learning: two-identifier check of
        documents, not just the patient, before departure. Pilot [[name:Hugo Strand]], aircraft
        [[aircraft_registration:G-EMSV]].
    """)),
    ("aviation", "success", d("""
        CABIN SAFETY REPORT   Ref [[case_reference:CSR/24/0913]]
        Flight [[flight_number:TOM2154]] BRS-TFS   Date [[date:14/09/2024]]   A/C [[aircraft_registration:G-TAWX]]
        SCCM: [[name:Dominika Lis]]
        Pax [[name:Roy Haskins]], [[age:71]], seat 23F, collapsed in the aisle 2h into flight, not breathing.
        CPR started by CC [[name:Jay]] and [[name:Summer]] within 1 min. {{AED}}: 1 shock, {{ROSC}} after
        4 min. Dr [[name:Okafor]] (pax) took over airway with the {{bag-valve-mask}}. Diverted to Porto,
        handed to local paramedics. Pax survived to discharge (letter from wife [[name:Valerie]],
        [[date:2 Oct]]). Crew debriefed at base by [[name:Dominika]] - textbook.
    """)),
    ("aviation", "success", p("""
        Night HEMS - [[organisation:Great Western Air Ambulance Charity]], aircraft
        [[aircraft_registration:G-GWAB]]. At 23:10 on [[date:Sat 9th Dec]] tasked to a [[age:14]]-month-old,
        [[name:Poppy Adeyemi-Clarke]], with a prolonged febrile seizure in Chippenham. Dr
        [[name:Hal Brennan]] and CCP [[name:Nina Vasquez]] gave buccal {{midazolam}} then IV
        {{levetiracetam}} per the {{APLS}} algorithm; seizure stopped at 42 min. Pre-alert to
        [[organisation:Bristol Royal Hospital for Children]] by phone. Flown on night-vision goggles by
        pilot [[name:Stuart Grieve]], landing at 00:25 on [[date:10/12]]. Mum [[name:Kemi]] flew with her
        daughter after a crew risk assessment. Good joint working with the
        [[organisation:South Western Ambulance Service]] crew in [[vehicle_registration:WA68 YTR]] who
        arrived first and gained IO access. Learning: the new paediatric drug chart worked well;
        flight time was half the road time.
    """)),
]


def main() -> None:
    records = build_records("blind31", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
