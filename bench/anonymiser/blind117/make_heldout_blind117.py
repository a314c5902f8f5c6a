"""Held-out blind corpus 117: a borough's adult social care (home care, extra care, residential and
nursing homes, day services, client finance and the safeguarding adults hub), primary and urgent care
(GP practices, community pharmacies, the out-of-hours service) and a regional airport (tower and
approach control, the airport fire service, airfield operations and ground handling agents). Writing
styles are an ordinary mix as staff really type them into a just-culture incident and learning
system: terse lower-case notes, reflective first-person accounts, formal write-ups, pasted e-mails,
shift and call logs, structured forms, chat threads, huddle notes and debriefs."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind117.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        Missed double-up call at [[address:27 Fennel Way]], [[postcode:WX3 4QT]] on [[date:Sat 14th Sept]].
        Mrs [[name:Ogunleye]] ([[age:84]]) needs two carers for {{the hoist}} and only [[name:dani]] turned up
        because [[name:Kasia]] had been moved onto another run by the {{rota coordinator}} at 06:40 and nobody
        told [[name:Dani]]. [[name:Dani]] did not hoist alone, which was the right call, but Mrs
        [[name:Ogunleye]] was left in bed with a wet {{incontinence pad}} for nearly two hours while she waited
        for a second carer. Her daughter [[name:Funmi]] rang the office on [[phone:07700 900415]] and got the
        {{out of hours}} message. Raised with the [[organisation:Brightside Homecare]] manager. What needs to
        change: any change to a double-up must be phoned through to BOTH carers, not just pushed on
        {{the app}}. {{CareLineLive}} notifications had been switched off on [[name:Dani]]'s phone after an
        update and she didn't know.
    """)),
    ("social_care", "incident", block("""
        From: [[email:r.achterberg@wexmoor-council.example.gov.uk]]
        To: [[organisation:Wexmoor Adult Safeguarding Hub]]
        Subject: Concern not progressed - ref [[case_reference:SA-24-03318]]

        Hi all,
        Raising this as a learning thing not a blame thing. On [[date:2 October]] a {{Section 42}} concern came
        in from the {{district nurse}} about Mr [[name:Idris Bakare]] (DOB [[date_of_birth:11/03/1941]]) at
        [[address:Flat 6, Holloway Court]] - possible financial abuse by a lodger. It was triaged as "info only"
        because the referral form said "no care and support needs". He has {{vascular dementia}} and a
        {{package of care}}; the nurse had ticked the wrong box. It sat for 5 working days before anyone rang him.
        Suggestion: whoever triages checks {{LAS}} for an open package before closing anything as info only.

        Thanks
        [[name:Ruth]]
        {{Senior Practitioner}}
    """)),
    ("social_care", "near_miss", prose("""
        nearly gave the wrong meds at the lunch call today. two tenants at [[organisation:Orchard View]] extra
        care are both mr [[name:khan]] on the rota - [[name:Tariq Khan]] flat 12 and [[name:Abdul Khan]] flat 21. the
        {{MAR charts}} had gone into the wrong folders after the {{pharmacy}} delivery on [[date:9/10]]. i
        checked the photo on the front of the {{MAR}} like we were shown on induction and it wasnt him so i
        stopped. told [[name:bev]] the {{senior}} and she swapped the folders back and put a same name alert on
        both. please can we get {{eMAR}} sooner, paper is too easy to mix up. [[name:jade w]]
    """)),
    ("social_care", "success", prose("""
        Positive practice to share. Mrs [[name:Hope Ellery-Marsh]], [[age:91]], was discharged from
        [[organisation:Ward 7B]] at [[organisation:Wexmoor General Hospital]] on [[date:Friday 18 October]] on a
        {{Discharge to Assess}} pathway. The {{Transfer of Care Hub}} rang our {{reablement}} service at 11:00
        rather than the usual 16:30, which meant [[name:Sunny]] from [[organisation:Wexmoor Reablement]] could
        get to [[address:The Old Forge, Nether Lane]] before dark, check the {{key safe}} (code confirmed by
        phone with her niece [[name:Gemma]], not by text) and set up the {{commode}}. The {{Occupational
        Therapist}}, [[name:Anjali]], had already dropped off a {{perching stool}} that morning. No readmission
        at 72 hours and she is now down to one call a day. What worked: an early call, one named contact, and
        nobody assuming someone else had done the key safe.
    """)),
    ("social_care", "incident", block("""
        Night log - [[organisation:Ferndale House]] (residential, 32 beds)
        23:10 [[name:J.B.]] found [[name:Dorothy]] (rm 14) on floor by ensuite. no obvious head injury
        23:15 {{NEWS2}} = 3. {{sensor mat}} was unplugged - lead pulled out by the cleaning trolley earlier??
        23:20 rang {{111}}, passed to the {{falls response}} service
        00:40 2 techs from [[organisation:Wexmoor Community Falls Service]] arrived, lifted with {{Raizer}} chair
        01:05 back in bed, {{body map}} done, son informed ([[name:Colin]] [[phone:07700 900288]])
        Learning: sensor mat plugs to be checked on the 22:00 round, now on the checklist.
        Also [[name:Dorothy]]'s {{falls risk assessment}} not updated since [[date:June 3rd]] - senior aware.
        -- [[name:Jas B]]
    """)),
    ("social_care", "near_miss", prose("""
        Near miss - nearly e-mailed a {{Care Act assessment}} to the wrong person. The service user is Mrs
        [[name:Karen Jones]] (case [[case_reference:ASC/1187342]]). When I typed the address into {{Outlook}},
        autocomplete offered [[email:karen.jones@example.org]], an old provider contact, instead of her
        daughter's address [[email:k.jones.lpa@example.net]] (the daughter holds {{Lasting Power of Attorney}}
        for health and welfare). I only noticed because the preview pulled up my old contact's
        job title instead of the daughter's name. Nothing was sent to the wrong [[name:Jones]]. Suggest IT clears
        old autocomplete entries for us and that anything with an assessment attached goes by {{Egress}} with
        the recipient checked twice. - [[name:Mo Rahman]], {{Social Worker}}, [[organisation:Locality Team North]]
    """)),
    ("social_care", "success", block("""
        Teams chat pasted in (with everyone's OK) as good practice:
        [09:02] [[name:lou.h]]: anyone near [[address:3 Tanner's Row]]? [[name:Faith]] not answering, carers got no reply x3 since last night
        [09:04] [[name:PriyaS]]: i'm round the corner at [[postcode:WX4 7HD]], can go now
        [09:05] [[name:lou.h]]: ta. {{key safe}} code is on the {{LAS}} alerts tab
        [09:21] [[name:PriyaS]]: in. she's on the kitchen floor, conscious, says since about 10pm. v cold. ringing {{999}}
        [09:22] [[name:lou.h]]: on it, letting her son know on [[phone:+44 7700 900613]]
        [09:58] [[name:PriyaS]]: {{paramedics}} here, taking her in, query {{#NOF}}
        Why I'm sharing: three missed calls should have been escalated at the second one, which we've fixed on
        the {{lone working}} card ("two no-answers = ring the office"). But once it was raised, it was 20 mins
        from message to door.
    """)),
    ("social_care", "incident", prose("""
        I want to record a gap in a {{DoLS}} authorisation for Mr [[name:Frank Osei-Bonsu]] at
        [[organisation:Larchwood Nursing Home]]. The standard authorisation expired on [[date:30 September
        2024]] and the home did not send the renewal request until [[date:14 October]]. During that fortnight
        Mr [[name:Osei-Bonsu]] continued to receive {{covert medication}} and was living behind a keypad door
        without lawful authority. The home manager, Mrs [[name:Adebayo]], told me the reminder had been sitting
        in a former deputy's inbox. Our own {{DoLS team}} tracker also missed it because it was filtered on the
        wrong expiry column. I have informed the {{Best Interests Assessor}} and his {{Relevant Person's
        Representative}}, his nephew [[name:Kwame]], and apologised. Learning: the {{Supervisory Body}} and the
        {{managing authority}} both need a 28-day reminder, and the tracker filter has been corrected. Our ref
        [[case_reference:DOLS-2024-0712]].
    """)),
    ("social_care", "near_miss", block("""
        Type: Near miss
        Service: Home care - [[organisation:Castlegate Care Ltd]]
        Service user: [[name:Grace M.]]   DOB: [[date_of_birth:04.07.1938]]
        NHS no: [[nhs_number:322 362 8614]]
        What happened: the new {{blister pack}} from [[organisation:Hillcrest Pharmacy]] had {{warfarin}} in
        the tea-time slot AND there was a boxed supply from before the dose change still in the kitchen
        cupboard. Carer [[name:Bill]] saw the old box out on the side and rang the {{pharmacist}} before
        prompting anything. No dose given twice.
        What went well: [[name:Bill]] followed the {{medication policy}} - if in doubt, don't.
        Actions: old box returned to pharmacy with [[name:Grace]]'s consent; GP at
        [[organisation:Moorside Medical Centre]] asked to confirm current dose against the {{INR}} book.
        Reported by: [[name:T. Novak]], {{care coordinator}}
    """)),
    ("social_care", "success", prose("""
        Just want to give a proper shout out to [[name:Dawn]] from the [[organisation:Wexmoor Fire and
        Rescue]] {{Safe and Well}} team. We'd been stuck for months with Mr [[name:Lindqvist]] at
        [[address:88 Coronation Terrace]] - {{hoarding}} at 7 on the {{Clutter Image Rating}}, {{smoke
        alarm}} disconnected, refusing everyone at the door. [[name:Dawn]] came on a joint visit on
        [[date:22/10]] and just talked to him about his late wife's model railway for forty minutes. He let
        her fit a new alarm and agreed to clear the hallway and the route to the back door. Sometimes it's
        the person not the process. Going back to the {{self-neglect}} {{MDT}} with a plan he actually
        agreed to.
    """)),
    ("social_care", "incident", prose("""
        Carer ([[name:mariam]]) was verbally abused and had a door slammed on her arm at [[address:Flat 2, 41
        Kings Road]] on the evening call on [[date:Tues 5 Nov]]. The client's grandson, who we know as
        '[[name:Deano]]', was there and under the influence. She got out and rang on call
        ([[phone:01632 960412]]). The {{on-call supervisor}} told her to carry on to her next call, which she
        did, with a swollen wrist, and she didn't go to {{minor injuries}} until the next morning. This isn't
        good enough from us: she should have been stood down and checked on. {{RIDDOR}} considered - not
        reportable. {{Police}} informed, log [[case_reference:CAD 4471-05112024]]. Actions: alert added on
        the {{rota system}}, double-up on the evening call until review, {{lone worker}} devices for all
        evening staff.
    """)),
    ("social_care", "success", block("""
        Forwarded as a compliment, with the family's permission:

        Dear Ms [[name:Chaudhry]],
        I just wanted to say how much difference [[name:Summer]] and [[name:Tomasz]] made to Mum in her last
        weeks at home. They always explained what they were doing, they noticed when the {{syringe driver}}
        alarm went and rang the {{district nurses}} straight away, and when the {{Just in Case}} medicines
        ran low on the Saturday they chased the {{out-of-hours}} GP for us. [[name:Tomasz]] even came back
        after his shift to sit with Dad. Mum died peacefully at home on [[date:3rd November]], which is what
        she wanted.
        Kind regards,
        [[name:Helen Pryce-Watkins]]
        [[phone:07700 900127]]

        Note from [[name:Yasmin Chaudhry]], {{Registered Manager}}: shared at team meeting. {{End of life}}
        training is clearly landing.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss around address confidentiality. Service user [[name:Aisha]] (case
        [[case_reference:WX-ASC-558201]]) moved into a refuge after {{domestic abuse}} and her new address
        is restricted. When I generated the {{care plan}} letter for the new agency the template pulled
        through her OLD address, [[address:12 Bramble Close]], [[postcode:WX2 9LP]], where the perpetrator
        still lives. It would have been posted there. I caught it on the final read through. A previous
        {{MARAC}} had flagged the risk. Actions: {{restricted record}} flag to suppress the address field in
        all templates; {{IDVA}} ([[name:Niamh]]) updated; raised with the {{Caldicott Guardian}}.
    """)),
    ("social_care", "incident", prose("""
        wrong {{key safe}} code given to new carer by the office - code was for Mr [[name:Ito]]'s house not Mrs
        [[name:Fairweather]]'s. carer stood outside 25 mins in the rain, Mrs [[name:Fairweather]] had her
        {{insulin}} late and her {{BM}} was 17.2 when she finally got in. codes are kept in an {{Excel}} sheet
        AND on {{the app}} and they don't match. need one place and one person who updates it. [[name:KO]]
        ({{field supervisor}})
    """)),
    ("social_care", "success", block("""
        Learning summary - [[organisation:Client Finance Team]]
        What: {{DWP}} wrote to us about a new {{Pension Credit}} claim for Mr [[name:Wojcik]]
        (NI [[ni_number:JT 48 21 93 C]]) that we hadn't made. We are his {{appointee}}.
        Who spotted it: [[name:Bartek]] opening the post, who recognised the name and flagged it.
        What we did: rang DWP the same day; the claim had been made by a "friend" using his details from an
        old letter, with a new bank account. Claim stopped. Referred to {{safeguarding}}
        ([[case_reference:SG-0094431]]) and to {{Action Fraud}}.
        Why it went well: post is opened by the team, not scanned off-site, so a person actually read it.
        Keep doing that.
    """)),
    ("social_care", "incident", prose("""
        Day centre minibus [[vehicle_registration:WX19 KLF]] left [[organisation:Riverside Day
        Opportunities]] at 15:45 with 9 people on board but only 8 were signed off at drop-offs.
        [[name:Hunter]] ([[age:27]], {{learning disability}}, {{non-verbal}}) had stayed on the bus and was
        found by the driver, [[name:Stan]], back at the depot at 17:10. He was fine - headphones on, happy.
        The {{escort}} was off sick and the head count was done by the driver alone from his seat. His parents,
        [[name:Lesley]] and [[name:Rob]], were understanding but understandably shaken. Changed: no escort
        means no run, and a walk-through {{bus check}} sticker on the back seat. Notified to {{CQC}}.
    """)),
    ("social_care", "success", prose("""
        Good practice example. {{Care Act}} assessment for Mrs [[name:Nguyen Thi Lan]] at [[address:5 Willow
        Mead]] was done with a professional {{Vietnamese interpreter}} booked through
        [[organisation:Wexmoor Interpreting Service]]. Her son [[name:Minh]] usually interprets for her, but
        [[name:Joy]], the {{assessor}}, insisted on an independent interpreter because we were asking about
        {{personal care}}, money and who she trusts. With the interpreter there, Mrs [[name:Nguyen]] said she
        wanted a {{female carer}} only and that she was worried about being a burden. None of this had come out
        at the two previous visits. The {{support plan}} now reflects what she wants. Takes longer to book, worth it.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Raised {{potassium}} (6.4) for Mr [[name:Adeyemi-Cole]], NHS [[nhs_number:895 570 2566]], came back
        to [[organisation:Parkfield Surgery]] on [[date:Thursday 7th November]] at 17:48 and was filed "no
        action" by a {{locum GP}} who assumed it was haemolysed. The lab had not flagged it as haemolysed. He
        is on {{ramipril}} and {{spironolactone}}. The lab also phoned the practice at 19:00 but got the
        {{OOH}} message. Picked up the next morning by Dr [[name:Haddad]]; patient sent to {{SDEC}}, repeat
        K+ 6.6, treated and home the same day. Actions: lab to ring [[organisation:Wexmoor Out of Hours]]
        directly after 18:30; any K+ over 6 needs a named GP, not a locum, to file it.
    """)),
    ("health", "near_miss", block("""
        Near-miss log - [[organisation:Hillcrest Pharmacy]], [[address:2 Market Street]]
        Date: [[date:11/11/2024]]
        Rx: {{amlodipine}} 5mg x28 for [[name:E. Brennan]]
        Picked: {{amitriptyline}} 10mg (next to it on the shelf, similar box)
        Caught by: {{ACT}} ([[name:Farah]]) at final check
        Contributing: both green/white boxes, new {{generic}} supplier; {{dispenser}} ([[name:Lewis]]) also
        covering the counter
        Action: separated on shelf, "{{LASA}}" shelf-edge label, discussed at {{huddle}}. Not reported externally.
    """)),
    ("health", "success", prose("""
        Shout-out for the {{clinical navigator}} and our driver. Call came in at 02:10 on [[date:Sun 3 Nov]]
        from a carer at [[address:Holly Lodge, Brook Lane]] about a [[age:79]]-year-old man with new confusion
        and a {{catheter}}. The navigator upgraded it from a 6-hour to a 2-hour {{home visit}}. Dr
        [[name:Mensah]] was 40 minutes away, but [[name:Gethin]], driving, knew the back road from the
        [[organisation:Wexmoor Out of Hours]] base and got them there in 25. Dr [[name:Mensah]] found
        {{urosepsis}}, gave {{ceftriaxone}} and pre-alerted {{ED}}. Lactate was 4.1 on arrival. Good
        teamwork, and the upgrade decision was the key one.
    """)),
    ("health", "incident", block("""
        From: [[email:pm.ashgrove@nhs.example.net]]
        To: [[email:dispensary@hillcrest-pharmacy.example.co.uk]]
        Sent: [[date:15 Oct 2024]] 10:12
        Subject: Pt [[name:Summer Okonkwo]] - {{methotrexate}}

        Hi [[name:Raj]],
        Just to let you know we're doing a {{significant event analysis}} on [[date:22nd Oct]]. Our
        {{clinical pharmacist}} re-entered her methotrexate 2.5mg when the paper script moved to {{EPS}} and
        {{EMIS}} defaulted the frequency to "daily". It went through as "take FOUR tablets daily" and was
        dispensed and labelled that way. She took it for three days before her daughter queried it and she
        was admitted with {{mucositis}} - she's now recovering. Our part is clear. Could your team confirm
        whether the {{PMR}} showed the previous weekly dose at the clinical check? We'd really value you
        joining the SEA.
        Kind regards
        [[name:Lorraine]]
        Practice Manager, [[organisation:Ashgrove Medical Practice]]
    """)),
    ("health", "near_miss", prose("""
        Two patients with the same name, [[name:Mohammed Ali]], were booked at [[organisation:Brookfield Health
        Centre]] on the same afternoon, ten minutes apart. {{Receptionist}} [[name:Tash]] asked the man at the desk
        for his date of birth as per our policy and realised he was [[date_of_birth:02/02/1990]], not
        [[date_of_birth:20/02/1960]] - the record she'd been about to arrive on {{SystmOne}} was the older
        man's, who was down for a {{B12 injection}}. The {{practice nurse}} would have opened the wrong record
        and possibly given the injection. Action: {{same-name alert}} added to both records; the {{booking
        screen}} now shows DOB next to the name.
    """)),
    ("health", "success", block("""
        Huddle notes [[date:Mon 28/10]] - [[organisation:Parkfield Surgery]]
        Present: [[name:AH]], [[name:RK]], [[name:Bev T]], [[name:Jonno]] ({{PCN pharmacist}})
        Good catch: [[name:RK]] spotted during a {{structured medication review}} that Mrs
        [[name:Dimitriou]] ([[age:88]]) was still on full-dose {{apixaban}} although she now meets two of
        the three dose-reduction criteria (age and weight 57kg). Dose reduced, {{eGFR}} repeat booked.
        Also: [[name:Jonno]] has built an {{Ardens}} search for all {{DOAC}} patients due a weight/U&E check.
        Thanks to both. Bring more good catches to {{Friday huddle}}.
    """)),
    ("health", "incident", prose("""
        The {{vaccine fridge}} at [[organisation:Kestrel Pharmacy]] was found reading 11.2°C on the morning of
        [[date:4th October]] - the door hadn't latched after the {{flu vaccine}} delivery the afternoon before.
        The {{data logger}} showed it had been above 8°C for about 14 hours. We had already vaccinated 11
        patients that morning before [[name:Sinéad]] noticed the display. We quarantined all remaining stock,
        rang the manufacturer and {{UKHSA}}, and followed their advice: all 11 patients contacted and offered
        revaccination, including Mr [[name:Baptiste]], who was on holiday and came in on his return. Learning:
        the {{min/max}} check is done at opening, not before the first jab; now it is. {{Door alarm}} ordered.
    """)),
    ("health", "incident", block("""
        OOH call log extract - case [[case_reference:OOH-24-118833]]
        19:42 call from Ms [[name:Pereira]] (daughter) re father [[name:Joaquim Pereira]], [[age:76]], {{palliative}}, {{pancreatic ca}}. pain uncontrolled
        19:50 {{Just in Case}} meds at home? yes - {{morphine}} 10mg/ml amps x5
        20:15 visiting nurse allocated
        21:40 nurse arrived - {{syringe driver}} not at home, had been left at [[organisation:St Aldhelm's Hospice]] day unit
        22:55 driver collected a spare from base, SD set up 23:05
        Outcome: family waited over 3 hours for symptom control; pt comfortable by midnight.
        Learning (nurse [[name:Abi Q]]): ask about the driver itself at triage, not just the meds. Added to the
        {{palliative care}} triage prompt.
    """)),
    ("health", "near_miss", prose("""
        Near miss: {{penicillin allergy}} not coded. [[name:Bláithín O'Dowd]] saw our {{ANP}} at
        [[organisation:Ashgrove Medical Practice]] with {{tonsillitis}} and was prescribed
        {{phenoxymethylpenicillin}}. Her allergy was only recorded in free text in an old hospital letter, so
        no alert fired. The {{pharmacist}}, [[name:Obi]], at [[organisation:Kestrel Pharmacy]] asked the standard
        allergy question at hand-out and she said "penicillin makes my face swell". He rang us; switched to
        {{clarithromycin}}. Action: we're running a search for allergy words in scanned letters and coding them.
        Thanks [[name:Obi]].
    """)),
    ("health", "success", prose("""
        Good outcome through {{Pharmacy First}}. A [[age:43]]-year-old came in on [[date:Sat 19 Oct]] with what
        he thought was {{shingles}}. {{Pharmacist}} [[name:Hannah Leigh]] noticed the rash ran down to the tip
        of his nose and his eye was red and sore - {{Hutchinson's sign}}. Rather than just supply {{aciclovir}}
        she rang the {{eye casualty}} at [[organisation:Wexmoor Eye Unit]], who saw him within two hours.
        Diagnosed {{herpes zoster ophthalmicus}} with early {{keratitis}}. He brought a box of biscuits in the
        following week.
    """)),
    ("health", "incident", prose("""
        {{2WW}} referral for suspected {{colorectal cancer}} for Mrs [[name:Rose Turner]] (NHS
        [[nhs_number:126 666 0267]]) was completed by Dr [[name:Okafor]] on [[date:10/09/24]] but never sent
        on {{e-RS}} - it sat in "draft". Picked up only when Mrs [[name:Turner]] rang on [[date:01/10/24]]
        asking why she hadn't heard anything. Seen on [[date:04/10/24]]. Three weeks' delay. Contributing: the
        {{safety-netting}} spreadsheet was only updated when the referral was sent, so a draft never appeared
        on it. Action: 2WW admin [[name:Kelly]] now checks e-RS drafts daily and clinicians get a {{Docman}}
        task to confirm.
    """)),
    ("health", "success", prose("""
        Feel like we should write up the good stuff too! [[name:Marek]] ([[age:62]]) came in for his {{annual
        diabetes review}} and mentioned he'd been "a bit puffed on the stairs". Our {{HCA}} [[name:Precious]]
        did his obs and his pulse was 38. She didn't just write it down - she came and got me straight away and
        I fetched Dr [[name:Stewart-Lowe]]. {{ECG}} showed {{complete heart block}}. Ambulance called and he had
        a {{pacemaker}} fitted at [[organisation:Wexmoor General Hospital]] two days later. Really proud of
        [[name:Precious]]. We're adding pulse rate red flags to the HCA template.
    """)),
    ("health", "incident", block("""
        Ref: [[case_reference:DTX-55170]]
        Location: [[organisation:Wexmoor Out of Hours]] - [[organisation:Eastgate Treatment Centre]] base
        Date/time: [[date:26/10/2024]] 22:30
        Category: Medication - {{controlled drugs}}
        Description: {{CD register}} for {{diamorphine}} 10mg did not balance at handover, one ampoule short.
        Staff involved: [[name:N. Achebe]] (driver), Dr [[name:L Fontaine]] ({{visiting GP}}).
        Outcome: ampoule found in the visiting bag in car [[vehicle_registration:WX22 OHC]] after Dr
        [[name:Fontaine]] had taken it out at a visit and not used it. Returned and recorded.
        Learning: {{CD bag}} checks now at start AND end of shift. {{Accountable Officer}} informed.
    """)),
    ("health", "near_miss", prose("""
        Nearly issued {{co-codamol}} 30/500 early for [[name:Will Harcourt]] ([[age:34]]). His mum,
        [[name:Angharad]], rang asking for it to be done before the weekend as he was "running low". Our
        {{prescribing clerk}}, [[name:Dee]], noticed it was the third early request in six weeks and didn't
        process it, passed it to the duty doctor instead. Dr [[name:Iqbal]] reviewed; on closer look there
        were also {{OTC}} codeine purchases mentioned in an old consultation. [[name:Will]] has been seen and
        referred to the {{pain clinic}} and the {{drug and alcohol service}}. Good catch from
        [[name:Dee]] - the early-request rule works.
    """)),
    ("health", "success", prose("""
        OOH home visit to a [[age:58]]yo man with {{cellulitis}} at [[address:Flat 9, Marlowe House]]. Dr
        [[name:Baraka]] noticed there was no food in the flat, the heating was off and he'd been in the same
        clothes for days. His carers hadn't turned up for two days - agency had apparently closed the package
        by mistake. Rather than just prescribe {{flucloxacillin}} and leave, she rang the council's {{Emergency
        Duty Team}}, who arranged an {{emergency care package}} the same night, and she left the {{111}}
        number on his fridge. Safeguarding referral made in the morning. Good, holistic OOH work.
    """)),
    ("health", "incident", prose("""
        Our delivery driver left a bag containing {{oxycodone}} and {{pregabalin}} for Ms [[name:Yilmaz]] with
        the neighbour at number 14 because nobody answered at [[address:16 Sycamore Drive]], [[postcode:WX7
        2RB]]. The neighbour's son opened the bag before Ms [[name:Yilmaz]] got home. All tablets accounted for,
        but this should never have happened: our {{SOP}} says {{CD}} deliveries must be signed for by the
        patient or a named representative, and otherwise brought back. [[name:Kofi]] was new and covering
        [[name:Lenny]]'s route and hadn't been shown the CD flag on the {{delivery app}}. {{Superintendent
        Pharmacist}} informed, driver retraining done.
    """)),
    ("health", "success", block("""
        Hi [[name:Ade]],
        Quick one for the learning log please. Ms [[name:Zofia Kaminska]] (DOB [[date_of_birth:17 May 1999]])
        came in with a new {{sodium valproate}} prescription from the {{out-of-hours}} service after a
        seizure. No {{PPP}} annual risk acknowledgement form on the system and she said nobody had talked to
        her about pregnancy. I didn't refuse - she needs it - but I supplied the {{patient card}}, had the
        conversation, and rang her GP at [[organisation:Brookfield Health Centre]], who booked her in with the
        {{neurology}} nurse. She was grateful.
        Thanks,
        [[name:Hywel]]
        [[organisation:Moorside Pharmacy]] | [[phone:01632 960577]] | [[email:moorside.pharmacy@example.com]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        {{Runway incursion}}, [[date:17 Oct 24]], 06:52 local. Airside operations vehicle "{{Ops 2}}" crossed
        holding point A1 and entered {{runway 27}} without clearance while [[flight_number:NSA204]]
        ([[aircraft_registration:G-NSAD]], {{ATR 72-600}}) was on a 4nm final. The {{Air controller}},
        [[name:Brennan]], saw the beacon on the runway edge and instructed [[flight_number:Northsea 204]] to go
        around at about 2.5nm. Driver [[name:Phil O'Rourke]] had been cleared to hold short; the clearance
        before his, to {{Fire 1}}, was to cross, and both were given within 20 seconds on the same frequency.
        He read back "crossing", which was not challenged. The tower was single-manned as the {{ATSA}} was on
        a break. Actions: {{stop bars}} at A1 lit at all times, not just in LVPs; readback training for
        both units; {{MOR}} to the {{CAA}}, ref [[case_reference:MOR-2024-10317]].
    """)),
    ("aviation", "near_miss", block("""
        REPORT TYPE: Near miss (ground)
        Reporter: ramp agent, [[organisation:Aerohandle Services]] - [[name:Dev]]
        Stand 6, [[flight_number:LM 462]], aircraft [[aircraft_registration:G-LMRA]] ({{Saab 340}})

        Was driving the {{baggage tug}} with 3 carts round the back of stand 6 at dusk. No {{wing walker}}
        because the {{turnaround}} was running 25 min late and the team was 1 down. I misjudged the turn and
        the last cart came within about a metre of the left wingtip. Didn't touch. I stopped, got out and
        walked it round. [[name:Shell]] (dispatcher) saw and checked the wingtip with a torch, no damage,
        told {{the Captain}}.
        Why: short staffed, rushing, low light, carts not lit.
        Suggest: repaint the {{apron markings}} behind 6; LED strips on carts; max 2-cart trains behind stand 6.
    """)),
    ("aviation", "success", prose("""
        Positive report from the {{RFFS}}. [[flight_number:NSA317]] landed at 14:20 on [[date:Wed 9 Oct]] with
        a {{hot brakes}} caution and stopped on {{taxiway}} B. The tower controller ([[name:Kerry-Ann]])
        initiated a {{Local Standby}} on the crew's first call rather than waiting for them to declare
        anything. {{Watch Manager}} [[name:Gaz Whitlock]] had two {{RIVs}} at the aircraft in under two minutes
        and the {{thermal imaging camera}} showed the left main gear at 380°C. Crew kept passengers on board,
        no {{fusible plug}} release, brakes cooled with fans. The handling agent bussed passengers in 25 minutes
        later. Good calm comms on the {{discrete frequency}} - [[name:Gaz]] spoke to {{the Captain}} directly,
        which helped.
    """)),
    ("aviation", "incident", block("""
        ATC watch log extract [[date:02/11/24]]
        1512 {{ATIS}} info K, {{runway 09}} in use
        1514 [[aircraft_registration:G-SKLB]] ({{C172}}, student solo) inbound from the west, instructed report downwind
        1519 [[flight_number:NSA211]] lined up 09, cleared for take-off
        1520 [[aircraft_registration:G-SKLB]] reports final 09, not cleared - instructed go around. Departure already rolling; est 400ft vertical at upwind end
        1535 instructor [[name:M. Haraldsen]] phoned tower on [[phone:07700 900734]], student thought he'd been told to report final
        Notes ([[name:CW]], {{ATCO}}): {{RTF}} tape confirms "report downwind". [[organisation:Skylark Flying Club]] CFI
        informed. {{Airprox}} filed by the departing crew. Learning for us: I didn't confirm the student's
        position before clearing the departure - a "report position" call would have cost 5 seconds.
    """)),
    ("aviation", "near_miss", prose("""
        Near-miss for the learning system. {{Infringement}} of the {{CTR}} at about 11:40 on [[date:Sat 12th
        Oct]] by a {{PA-28}}, [[aircraft_registration:G-BXVC]], squawking 7000 at 2,300ft 6nm south and
        heading across the approach to 27 while [[flight_number:EZY41KM]] was descending through 3,000ft on the
        {{ILS}}. I'm [[name:Aoife]], on {{Approach}}. He wasn't on our {{listening squawk}} so I couldn't call
        him. I turned the A320 left 30 degrees and stopped its descent. A minute later the PA-28 changed
        squawk, called up and apologised - he had been on the wrong frequency after leaving
        [[organisation:Hawkridge Airfield]]. Minimum separation about 1.2nm/700ft, no {{TCAS}} RA. {{MOR}}
        filed. The {{Watch Manager}} sent him a copy of our {{infringement}} leaflet.
    """)),
    ("aviation", "success", prose("""
        Little success story from the {{PRM}} desk. Mr [[name:Sunil Mehta-Harris]] ([[age:71]], {{WCHC}},
        travelling alone on [[flight_number:NSA142]]) arrived with his own {{powered wheelchair}} with a
        {{lithium-ion}} battery that hadn't been pre-notified. Rather than refuse, [[name:Bronwen]] from
        [[organisation:Aerohandle Services]] rang the {{dangerous goods}} desk, found the manufacturer's battery
        sheet, and with {{the Captain}}'s agreement removed and bagged the battery as per {{IATA DGR}}. Flight
        left on time. His daughter e-mailed [[email:feedback@wexmoor-airport.example.com]] to say thank you. We'd
        like a one-page quick reference card for battery types at check-in.
    """)),
    ("aviation", "incident", prose("""
        Fuel spill on stand 3 at 08:05, [[date:25 October 2024]]. While refuelling [[aircraft_registration:G-NSAF]]
        the {{bowser}} from [[organisation:Fenland Aviation Fuels]] did not shut off when the driver released
        the {{deadman}} handle and about 60 litres of {{Jet A-1}} went onto the apron. {{RFFS}} attended
        ({{Crew Manager}} [[name:Lisa Tran]]), laid {{absorbent}} and a foam blanket. Passengers already
        boarding via the rear steps were held. Bowser [[vehicle_registration:WX67 FUE]] taken out of service.
        [[flight_number:NSA220]] delayed 1h10. Learning: refuelling with passengers boarding is allowed with the
        fire service notified, but nobody told the {{fire station}}, so the crew came from a standing start.
    """)),
    ("aviation", "success", block("""
        From: [[email:j.abara@aerohandle.example.co.uk]]
        To: RFFS {{Station Manager}}
        Subject: Thanks - medical on [[flight_number:NSA305]]

        Hi [[name:Marcus]],
        Just wanted to put this on record. On [[date:Sunday 20th October]] a passenger, [[age:66]], collapsed at
        the top of the aircraft steps during boarding. Our agent [[name:Chidi]] started {{CPR}} and your crew
        had the {{AED}} on him within 3 minutes. {{ROSC}} before the {{paramedics}} arrived. I've heard he is
        out of {{ICU}}. Please pass on our thanks to the watch - and [[name:Chidi]] will be getting a nomination.
        Regards,
        [[name:Joy Abara]]
        {{Duty Station Manager}}, [[organisation:Aerohandle Services]]
    """)),
    ("aviation", "incident", block("""
        Occurrence: {{Birdstrike}} - confirmed
        Date: [[date:07/10/2024]]   Time: 18:47
        A/c: [[aircraft_registration:G-NSAH]] op as [[flight_number:NSA219]], {{ATR 72}}
        Phase: take-off roll, approx 100kt, runway 27
        Details: crew reported multiple strikes ({{gulls}}) and continued, returned 19:20. {{Runway inspection}}
        by bird control ([[name:Vikram]]) found 6 carcasses. Damage to #2 {{propeller}} spinner, a/c AOG.
        Learning: the 18:30 {{bird control}} patrol was skipped because the only unit was covering a {{FOD}}
        report on the apron. One bird control vehicle on shift is not enough at dusk in autumn.
        Reported by [[name:T.Mac]], {{Airside Ops}}
    """)),
    ("aviation", "near_miss", prose("""
        Honestly writing this one about myself. Last of four nights, [[date:Mon 4 Nov]]. At about 05:30 I
        cleared a {{Citation}} ([[aircraft_registration:G-CTNX]]) to line up on 27 while the {{RFFS}} were still
        doing their {{runway inspection}} - I'd forgotten they were out there. [[name:Lee]] in {{Fire 2}} called
        "vehicle on the runway" before the aircraft moved and I cancelled the clearance. No harm done. I'd had
        about four hours' sleep between shifts because of the baby. I should have declared myself unfit under
        our {{fatigue policy}} but didn't want to leave the {{Watch Manager}} short. Would like the {{FRMS}}
        group to look at single-person night cover and at a {{runway occupied}} strip we can't forget. [[name:HJ]]
    """)),
    ("aviation", "success", prose("""
        {{Unaccompanied minor}} [[name:Leila]], [[age:11]], arrived on [[flight_number:NSA406]] and her {{dad}}
        [[name:Karim]] was stuck behind a crash on {{the bypass}}. A woman came to the desk saying she was his
        partner and could collect her. Agent [[name:Bryony]] checked the {{UM form}} - only dad and an {{aunt}},
        [[name:Samira]], were named - so she politely refused, kept [[name:Leila]] with her at the {{customer
        service desk}} with a hot chocolate and rang dad on [[phone:+33 6 12 34 56 78]]. He arrived 50 minutes
        later and thanked her; it turned out there was a {{court order}} in place. Textbook.
    """)),
    ("aviation", "incident", prose("""
        At 10:15 on [[date:30/10/24]] a checked bag on {{reclaim belt}} 2 started smoking. It had come off
        [[flight_number:LM 463]]. {{Terminal duty manager}} evacuated the reclaim hall, {{RFFS}} attended and
        put the bag in a {{containment bag}}; a {{power bank}} and two loose vape batteries inside were in
        {{thermal runaway}}. The passenger, Mr [[name:Dariusz Kowal]], said nobody had asked him about
        batteries at check-in at the other end. Aircraft [[aircraft_registration:G-LMRC]] inspected, no damage
        found in the hold. {{Dangerous goods}} occurrence reported to the {{CAA}} and to the operator. Ref
        [[case_reference:DGOR-24-0419]]. Scary one - if this had happened in flight it would have been a
        {{cargo fire}}.
    """)),
    ("aviation", "near_miss", block("""
        Ops / tower chat log [[date:14 Sept]]
        16:02 [[name:ops_kev]]: {{police}} report of a {{drone}} over the {{retail park}} E side of the {{airfield}}
        16:03 [[name:nadia.twr]]: height? description?
        16:04 [[name:ops_kev]]: caller just says "high". PC [[name:Lane]] attending, mob [[phone:07700 900561]]
        16:05 [[name:nadia.twr]]: holding [[flight_number:NSA118]] on stand, warning inbound [[aircraft_registration:G-NSAB]]
        16:19 [[name:ops_kev]]: PC [[name:Lane]] says toy drone at 30ft in a back garden, operator spoken to re {{Drone Code}}
        16:20 [[name:nadia.twr]]: resuming. 14 min delay
        Reflection ([[name:Nadia]]): stopping on one vague report was the right call, but we need a quick
        {{FRZ}} check script with {{the police}} so we get height and position first time.
    """)),
    ("aviation", "success", prose("""
        Credit where it's due for the snow night on [[date:28th November]]. The {{Airfield Ops}} team under
        [[name:Stuart McAllister]] ran the {{snow plan}} from 02:00, put out a {{RCAM}} runway condition report
        every 30 minutes and kept {{taxiway}} C open for the de-icing pad. [[organisation:Aerohandle Services]]
        de-iced seven departures with {{Type II}} fluid and the only {{holdover time}} issue was caught by the
        crew themselves and re-sprayed. First departure, [[flight_number:NSA101]], went 12 minutes late.
        [[name:Stu]]'s briefing at 01:30 made everyone's job easier.
    """)),
    ("aviation", "incident", prose("""
        The loadsheet for [[flight_number:NSA233]] ([[aircraft_registration:G-NSAM]]) on [[date:19 October]]
        showed 12 bags in the forward hold, but 31 had been loaded there after a late gate change moved the
        carts. The {{LIR}} was amended by hand but the change never reached {{load control}}, so the {{LMC}}
        was never sent. Found on arrival when the unloading team compared with the LIR. Still within limits
        but outside the {{CG}} figure the crew had used. Loader [[name:Rashid]] says he told the {{dispatcher}},
        who says he didn't hear it over the {{GPU}}. Action: LIR changes must be read back, and no {{doors
        closed}} until load control confirms. Supervisor [[name:Tommo]] briefing all shifts.
    """)),
    ("aviation", "success", block("""
        {{Emergency exercise}} debrief - [[date:16/10/2024]]
        Scenario: {{ATR 72}} undershoot, 40 casualties, fire on #1 engine
        Agencies: RFFS, [[organisation:Wexmoor Fire and Rescue]], {{ambulance service}}, police, [[organisation:Aerohandle Services]]
        What went well:
        - first RIV in attendance in 2m10s (3 min target under {{CAP 168}})
        - {{triage sieve}} done quickly and clearly by [[name:Ifeoma]] from handling
        - {{Survivor Reception Centre}} opened in 12 mins
        Even better if:
        - the {{RVP}} location was clear - two ambulances went to the old one
        - the {{crash alarm}} list still had [[name:Gwyneth]]'s old number on it
        Debrief led by {{Station Manager}} [[name:Hussain]]
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind117", REPORTS))


if __name__ == "__main__":
    main()
