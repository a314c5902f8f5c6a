"""Held-out blind corpus 114: a rural county's front-line learning reports. Adult social care
(home care rounds, residential and nursing homes, reablement, occupational therapy, safeguarding
and the out-of-hours duty team), health (a community hospital's wards and minor injuries unit,
the county ambulance service, community first responders and NHS 111) and aviation (flying and
gliding clubs, an air ambulance and a small regional airport with its fire cover, fuel and
ground handling). Writing styles are an ordinary mix: hurried lower-case notes, reflective
prose, Datix-style forms, SBAR, shift logs, timelines, e-mails with signatures and chat threads.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind114.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        Missed teatime call for Mr [[name:Ambrose Pennick]] ([[age:88]]), [[address:2 Chapel Row,
        Wenlow]], on [[date:Sat 14th March]]. The rota on {{the app}} showed the call allocated to
        [[name:kerry]] but she had swapped with [[name:Dawn]] by text and nobody told the office, so
        the swap never went onto the system and the call didn't show as uncovered. Mr
        [[name:Pennick]] is diabetic, the {{district nurses}} do his {{insulin}} at 5 and we do his
        meal after. He went without tea until the breakfast call when [[name:Precious]] found him
        shaky and muddled. She did a {{BM}} (3.1), gave {{Lucozade}} and a sandwich and rang
        {{NHS 111}}, who were happy for him to stay home with a recheck. He was fine by lunchtime.
        Learning for [[organisation:Brightwater Home Care]]: all swaps go through the
        {{care coordinator}}, no exceptions, even at weekends, and the rota needs to flag calls for
        people on insulin as time critical.
        """)),
    ("social_care", "success", block("""
        To: Night team, [[organisation:Hollins Court]]
        Subject: Thank you - Tues night

        Hi all,

        Logging this on the system as good practice as well as saying it here. On the night of
        [[date:3/2]] [[name:Bisi]] noticed that Mrs [[name:Featherstone]] in room 9 was 'not herself'
        - hot, breathing fast, a bit muddled. She used the {{RESTORE2}} {{soft signs}} sheet, did a
        full set of obs ({{NEWS2}} of 6) and rang 111 straight away rather than leave it till the
        morning. Mrs [[name:F]] was admitted with {{urosepsis}} and is back with us now, eating well.

        [[name:Bisi]] and [[name:Tomasz]] - thank you. This is exactly what the training was for.

        [[name:Hannah Oduya]]
        {{Registered Manager}}, [[organisation:Hollins Court Care Home]]
        [[phone:01632 960418]] | [[email:h.oduya@hollinscourt.example.co.uk]]
        """)),
    ("social_care", "near_miss", prose("""
        nearly gave mrs [[name:hughes]] (rm 4) the 8am meds meant for mrs [[name:Hughes-Barker]]
        (rm 14). both come up on {{the eMAR}} as '[[name:Hughes]]...' when you start typing and i
        picked the top one without checking the photo. realised when i saw {{warfarin}} in the
        {{blister pack}} - mrs [[name:hughes]] isnt on it. nothing given, no harm. told
        [[name:gabi]] ({{senior carer}}) straight away. suggestion - can we put a {{name alert}} on
        both records and always check {{photo ID}} + DOB before popping meds. this is at
        [[organisation:Meadowbank House]] top floor. sorry if this is rushed, on a double shift
        - [[name:Jas]]
        """)),
    ("social_care", "incident", block("""
        Incident ref: [[case_reference:WLN-IR-24-0387]]
        Service: [[organisation:Larchfield Residential Home]], Ludbury
        Person affected: [[name:Doris Ainsworth]]   DOB: [[date_of_birth:17/09/1936]]
        NHS no: [[nhs_number:391 539 0283]]
        Date/time: [[date:22/01/2024]] 02:40
        Category: Fall - unwitnessed
        Description: Found on floor beside bed by night carer ([[name:Joy M.]]). {{Sensor mat}} was
        switched off at the wall - unclear who by. [[name:Doris]] said she was going to the toilet.
        Skin tear L forearm, c/o R hip pain. Not moved, {{999}} called per {{Falls Policy}}. Crew on
        scene 04:15, X-ray at [[organisation:Ludbury Community Hospital]] {{MIU}} - no fracture.
        Immediate action: sensor mat check added to hourly night checks. Son ([[name:Graham]])
        informed 07:30.
        Reported by: [[name:R. Mistry]], {{Deputy Manager}}
        """)),
    ("social_care", "success", prose("""
        Positive joint working that I want on record. Mr [[name:Lemuel Crabtree]], [[age:79]], lives
        alone at [[address:Old Forge Cottage, Upper Hennet]] and was referred by his postman, who
        hadn't seen him at the window for days. I'm the allocated {{social worker}} in
        [[organisation:Ludbury Adult Social Care Team]] and opened a {{Section 42}} enquiry for
        {{self-neglect}}. Rather than go in heavy I rang Watch Manager [[name:Fitzgerald]] at
        [[organisation:Hennet Fire Station]] and we did a joint {{Safe and Well}} visit. The house
        scored 7 on the {{Clutter Image Rating}} and there were candles next to newspapers. Mr
        [[name:Crabtree]] let us in because the fire crew were 'proper lads', his words. We agreed
        small goals, he chose what went first, smoke alarms went in that day and he accepted a
        {{Care Act}} assessment. Three months on he has a clear route to the door and a cleaner he
        likes. {{Making Safeguarding Personal}} really worked here - going at his pace was the key.
        """)),
    ("social_care", "incident", block("""
        [07:12] [[name:Leanne B]]: cars died on the back road past the quarry, hardly any signal. cant get to mrs [[name:Szymańska]] for 7.30
        [07:14] Office - [[name:Faith]]: ok which car r u in, {{pool car}} or yours
        [07:15] [[name:Leanne B]]: pool car [[vehicle_registration:RX17 HBW]]. warning light came on yday i put it in the defect book
        [07:16] Office - [[name:Faith]]: [[name:kofi]] can you pick up mrs [[name:Szymańska]] and the [[name:Dobsons]]?
        [07:20] [[name:Kofi A]]: on it, there by 8
        [07:22] Office - [[name:Faith]]: [[name:Leanne]] stay in the car, hazards on, ive rung {{RAC}}. ring me every 30 mins
        [09:05] [[name:Leanne B]]: recovered, getting a lift back to base

        Note added by [[name:Faith]] ({{Field Care Supervisor}}): defect on [[vehicle_registration:RX17 HBW]]
        was logged but nobody checks the book at weekends. {{Lone worker}} check-ins worked well.
        Action - {{Fleet}} book checked daily, {{Peoplesafe}} app to be reissued to rural runs.
        """)),
    ("social_care", "near_miss", prose("""
        Resident [[name:Winifred Talbot]] (known as [[name:Win]]) came back to us from
        [[organisation:Arrow Ward]] at [[organisation:Ludbury Community Hospital]] on [[date:Friday
        9th Feb]] at 19:50 with no {{TTO}} meds and no {{ReSPECT}} form. The envelope had a discharge
        letter for a different patient in it. [[name:Marguerite]], our {{senior carer}} on shift,
        checked the bag before the crew left, which is the only reason we caught it that night.
        [[name:Win]] has {{Parkinson's}} and her {{co-careldopa}} is time critical - next dose was
        due 22:00. [[name:Marguerite]] rang the ward, who found the meds still in the drug trolley,
        and the {{on-call pharmacist}} arranged a taxi. Dose given at 22:20. The other patient's
        letter went back sealed and we reported it to the hospital. Learning: keep checking bags
        before crews leave, and I've asked the ward to do a two-person discharge check on Fridays.
        """)),
    ("social_care", "success", prose("""
        Something that went well with [[name:Grace Adeyemi-Lowe]] ([[age:84]]) who moved into
        [[organisation:The Laurels]] in the autumn. For the first fortnight she was distressed every
        afternoon, trying the doors, asking for 'the babies'. It looked like classic
        {{sundowning}} and there was talk of asking the GP about {{lorazepam}} {{PRN}}. Her daughter
        [[name:Bernadette]] sat with our {{activities coordinator}} [[name:Yusuf]] and did a
        {{life story}} book with her, and it turned out [[name:Grace]] had been a {{midwife}} on
        nights for thirty years, so late afternoon was when she used to get ready for work. We gave
        her a little job folding towels and 'doing the rounds' with the carer at 4pm. The
        distress has almost gone and no {{PRN}} has been needed. Sharing because it cost nothing
        but time and curiosity.
        """)),
    ("social_care", "incident", block("""
        NIGHT LOG - [[organisation:Brook House]], [[organisation:Elm Wing]]
        21:05  Mr [[name:Cyril Banerjee]] ([[name:Cy]]) in lounge watching tv, settled
        21:40  Rm 6 empty. {{Fire door}} by laundry ajar, alarm not sounding (isolated for maintenance earlier??)
        21:45  Search of building + grounds with [[name:Will R]]. Not found.
        21:52  {{999}} police. Description given, photo from the {{Herbert Protocol}} form (on file thank god)
        22:30  PC [[name:Hunter-Gray]] rang - [[name:Cyril]] found on the Ludbury road by the garage, cold but ok. Brought back in police car.
        23:10  Son [[name:Ravi]] informed. Obs fine. {{GP}} to review am.
        Learning: door isolation must be handed over + reset signed off by {{Maintenance}}.
        Reporter: [[name:Efua]] (senior, nights)
        """)),
    ("social_care", "incident", prose("""
        Data breach. A {{Financial Assessment}} outcome letter for Ms [[name:Roisin Mulcahy]] was
        posted to [[address:12 Orchard Way, Castle Amble]] instead of [[address:21 Orchard Way, Castle
        Amble]], [[postcode:HR6 4TW]]. It had her NI number ([[ni_number:JT 48 27 19 C]]), her
        pension amounts and her contribution. The neighbour, Mr [[name:Abdi]], kindly walked it round
        to her the next day and she rang us, understandably upset. Cause: the house number was
        transposed when the address was updated on {{Mosaic}} after her move, and the letter was
        generated from the new record without a second check. Reported to the {{Data Protection
        Officer}}, IG ref [[case_reference:IG-2024-0117]]; not thought reportable to the {{ICO}}.
        I apologised to Ms [[name:Mulcahy]] in person. Team {{Business Support}} now double-check
        any address change against the {{Council Tax}} record before letters go.
        """)),
    ("social_care", "near_miss", block("""
        S - Near miss during {{hoist}} transfer, Mr [[name:Joaquín Alvarez]], 14:10, [[address:7 Ferndale, Brindle Cross]].
        No harm.
        B - New medium {{sling}} delivered by equipment store last week. {{Care plan}} still says
        large. Double-up call.
        A - Carer [[name:Nadia K]] thought the leg loops looked too tight, checked the label (M) and
        stopped before lifting. Mr [[name:Alvarez]] was sat safely in his chair throughout.
        R - {{OT}} asked to reassess and update plan. All slings to be checked against {{LOLER}}
        label and care plan at first use. Praise for [[name:Nadia]] for trusting her gut.
        Logged by [[name:Bill Tennant]], {{Field Supervisor}}, [[organisation:Oakleaf Care]]
        """)),
    ("social_care", "success", prose("""
        Short one but worth sharing. [[name:Hope]] from the [[organisation:Wenlow Reablement
        Team]] went out to Mr [[name:Nnamdi Eze]] ([[age:72]]) two days after his {{hip
        replacement}}. Instead of just ticking off washing and dressing, she asked what mattered to
        him and he said his allotment. So the goals were built around that - {{perching stool}} in
        the kitchen, practising steps on the back path, then the walk to the allotment gate with
        his {{rollator}}. {{Telecare}} {{pendant alarm}} fitted as a safety net. After five weeks
        his package was closed with no ongoing care needed and he brought the team a bag of runner
        beans. {{Reablement}} done properly.
        """)),
    ("social_care", "incident", prose("""
        Not happy about this one. On [[date:Sat 6/4]] I was the {{on-call manager}} for
        [[organisation:Greystones]] {{supported living}}. One of our tenants, [[name:Jamie-Lee]]
        ([[age:23]]), was in crisis, self harming, and we needed the {{Emergency Duty Team}}. The
        number on our laminated out-of-hours sheet ([[phone:01632 960771]]) rang out to a dead line.
        Tried three times. In the end {{NHS 111}} gave me [[phone:01632 960219]] and I got through
        after 50 minutes. Staff on shift followed her {{Positive Behaviour Support}} plan brilliantly
        and she was safe, but that was luck. Turns out {{EDT}} changed numbers months ago and the
        sheet was never updated. I've updated all our sheets and we will do a test call every
        quarter. Please can the council put the number change out properly next time.
        [[name:Marcus O]]
        """)),
    ("social_care", "success", block("""
        From: [[name:Priya Natarajan]] <[[email:priya.natarajan@shirecouncil.example.gov.uk]]>
        Sent: [[date:11 June 2024]] 16:02
        Subject: Learning - quick turnaround, Mrs [[name:Okonkwo-Bell]]

        Hi [[name:Dev]],

        Logging as good practice. Mrs [[name:Okonkwo-Bell]] (DOB [[date_of_birth:02/11/1941]]) was
        stuck upstairs at [[address:Yew Tree Barn, Lower Marden]], [[postcode:HR6 0QJ]] after her fall,
        case ref [[case_reference:ASC-772910]]. The {{Trusted Assessor}} at the
        {{equipment store}} got a {{commode}} and {{grab rails}} out same day, and the
        {{Home Improvement Agency}} fitted a {{stair rail}} within the week instead of waiting for a
        full {{DFG}}. She's now coming downstairs daily and her {{Home First}} package starts Monday.

        Thanks all - fast and joined up.

        [[name:Priya]]
        {{Occupational Therapist}}, [[organisation:North Locality OT Team]]
        [[phone:07700 900482]]
        """)),
    ("social_care", "incident", prose("""
        {{Category 3}} {{pressure ulcer}} found on Mr [[name:Faisal Qureshi]]'s sacrum by the
        {{district nurse}} from [[organisation:Brindle Cross Surgery]] on [[date:30th October]]. Our
        carers visit four times a day and the daily notes said 'skin intact' every call for the
        previous week. When I spoke to the team, two carers said they hadn't actually looked
        because Mr [[name:Qureshi]] prefers his son [[name:Imran]] to help with personal care, and
        they assumed he would raise anything. Nobody completed a {{body map}}. His {{air mattress}}
        had also been set to static, not alternating. We've now done {{SSKIN}} refresher training
        for the whole round and carers must record whether they saw the skin or were told about it.
        Safeguarding referral made by us, ref [[case_reference:SG/24/03318]]. -
        [[name:Tanya Brook-Wilkes]], {{Registered Manager}}
        """)),
    ("social_care", "near_miss", prose("""
        Texted the {{key safe}} code for [[address:Rose Cottage, Stoke Lacey Lane]] to
        [[phone:07700 900613]] not [[phone:07700 900631]] (new carer [[name:Tamsin]]'s). Rang
        straight back, lady said she'd delete it, family changed the code same day. No more codes
        by text or {{WhatsApp}}, {{Birdie}} app only. Flagged to {{GDPR}} lead.
        [[name:mo]], {{care coordinator}}
        """)),
    ("social_care", "success", prose("""
        A {{best interests}} meeting on [[date:14/05/24]] for Mr [[name:Thanh Nguyen]] at
        [[organisation:Marden View Nursing Home]] went really well and I'd like it shared. He speaks
        {{Vietnamese}} and his English has gone as his {{dementia}} has progressed, so previous
        {{Mental Capacity Act}} assessments had relied on staff guessing. This time we booked a
        face-to-face interpreter, [[name:Linh]], through {{Language Line}}, and his son
        [[name:Bao]] joined from Hanoi on [[phone:+84 912 555 014]]. With proper interpreting Mr
        [[name:Nguyen]] could tell us he wanted to stay at the home and did not want to go back into
        hospital again. That went into his {{advance care plan}}. We still need a {{DoLS}}
        application but the decision now reflects his own voice.
        """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        Unwitnessed fall, bay 2, [[organisation:Lugg Ward]], approx 03:20 on [[date:18.11.23]].
        Pt [[age:91]], admitted for {{rehab}} after UTI, on {{apixaban}}. Was meant to be on
        {{enhanced observation}} (cohort bay) but the {{HCA}} doing the bay was covering a side room
        because of a confused pt shouting, and the bay was empty for about 15 min. Found by
        {{Staff Nurse}} [[name:Olu]] on floor by chair, small haematoma R temple. Head injury obs
        started, {{NEWS2}} 1, on-call doctor reviewed and pt sent for {{CT head}} at the district
        general - NAD, back same day. Staffing: 1 RN + 2 HCA for 20 beds, we were short 1 HCA
        (sickness, no bank cover). Family informed by [[name:Bryony]] 08:00. Learning - cohort bay
        must not be left even for 5 min, escalate to {{site manager}} instead.
        [[name:J.K.]], Band 6
        """)),
    ("health", "success", prose("""
        Great call from one of our newer {{health advisors}} at {{NHS 111}}. A woman rang about
        her husband ([[age:67]]) who she thought had 'a bad cold and a headache'. [[name:Shabnam]]
        heard slurred words in the background, asked to speak to him and ran through {{FAST}}
        herself instead of following the cold/flu route in {{NHS Pathways}}. She moved to the
        stroke questions, got a {{Category 2}} ambulance and kept the wife on the line. Crew
        [[name:Rhys]] and [[name:Chidi]] from [[organisation:Ludbury Ambulance Station]] were on
        scene in 19 minutes, pre-alerted the {{hyperacute stroke unit}} and he had
        {{thrombolysis}} inside the window. Call ref [[case_reference:111-CR-4470921]]. Feedback
        passed to her {{team leader}}.
        """)),
    ("health", "near_miss", prose("""
        {{Cat 3}} to an elderly male, fallen, long lie. {{CAD}} sent us to [[address:3 Mill Lane,
        Upper Hennet]], [[postcode:HR6 9LX]]. Nobody in, neighbours didn't know him. Caller had
        actually given [[address:3 Mill Lane, Lower Hennet]] ([[postcode:HR6 9NE]]) - the two
        villages are 6 miles apart by road and the {{EOC}} call handler picked the first match from
        the drop down. We lost about 25 min. Pt was ok, cold, CK raised, conveyed. Near miss not
        incident but on a {{Cat 2}} this would be serious. Asks: force a postcode or
        {{what3words}} check when there are duplicate street names in the same district, and could
        the {{MDT}} show the caller's words as well as the matched address. - crew ({{ECA}} +
        {{paramedic}})
        """)),
    ("health", "incident", block("""
        Timeline - {{MIU}}, [[organisation:Wenlow Community Hospital]], [[date:Sun 12 May]]
        14:05 Pt [[name:NOWAK, Kasper]] ([[age:34]]), hosp no [[case_reference:WCH0094412]], booked in. Hand injury, hedge trimmer.
        14:12 Triage {{Manchester Triage}} orange. Bleeding controlled with pressure.
        14:20 No X-ray - {{radiographer}} off sick, no cover on rota. Not escalated.
        15:40 Seen by {{ENP}}. Query {{flexor tendon}} injury. Needs {{plastics}}.
        16:10 Referral accepted, no transport. Told to make own way 40 miles.
        16:15 Pt has no car, partner [[name:Ola]] at work. Waited.
        18:30 Left by taxi, paid by pt.
        Issues: no escalation of X-ray gap; 4.5 hours in dept; pt out of pocket.
        Raised by: [[name:Carys Lloyd-Jenkins]], {{ENP}}
        """)),
    ("health", "success", block("""
        From: [[name:Ifeoma Chukwu]], {{Lead Pharmacist}}
        To: {{Ward Manager}}, [[organisation:Teme Ward]]
        Re: Good catch - insulin on TTO

        Patient: [[name:Albert Sowerby]] ('[[name:Bertie]]'), NHS [[nhs_number:884 918 5510]]

        The discharge summary listed {{Lantus}} 100 units at night. His actual dose is 10 units.
        Looks like a transcription slip when the {{EPMA}} record was copied across. Picked up by
        {{Pharmacy Technician}} [[name:Hollie Brook-Sharpe]] at the {{clinical check}}, because she
        remembered [[name:Bertie]] telling her about his '10 units at bedtime' during his
        medicines reconciliation. Corrected before the {{TTO}} was dispensed.

        Please pass on thanks to [[name:Hollie]] - a really good example of listening to the
        patient.

        [[name:Ifeoma]]
        """)),
    ("health", "incident", prose("""
        Delayed clinical callback. Mum [[name:Kayleigh]] rang {{NHS 111}} on [[date:28 Dec]] at 19:10
        about her [[age:2]]yo with fever 39.6 and not drinking. {{Pathways}} outcome was a callback
        from a {{clinical advisor}} within 1 hour. Actual callback 22:50. By then mum had driven to
        the {{Urgent Treatment Centre}} herself. Child had a UTI, treated with oral antibiotics,
        home same night, no lasting harm. Queue that evening was over 140 cases with 4 clinicians
        logged in; the post-Christmas surge plan had not been triggered. Nobody did a welfare call
        while she waited. Ref [[case_reference:NHS111-7781306]]. Reviewed by {{Clinical Governance}}
        - action to auto-prompt welfare calls at the 1 hour mark for under 5s.
        """)),
    ("health", "near_miss", block("""
        Type: Near miss - patient identification
        Location: [[organisation:Arrow Ward]], [[organisation:Ludbury Community Hospital]]
        Date: [[date:04/03/2024]]
        What happened: Pt transferred in from [[organisation:County General]] wearing a {{wristband}} with
        NHS no. [[nhs_number:176 198 4586]]. Notes and transfer letter say
        [[nhs_number:697 373 5940]]. Two patients called [[name:Margaret Evans]] were on the sending
        ward - ours is DOB [[date_of_birth:12/08/1939]]. {{Student nurse}} [[name:Aleksandra]] spotted it
        doing {{positive patient identification}} before the first dose of {{IV antibiotics}}.
        Nothing given. Wristband replaced, sending ward informed by phone.
        Contributory: band printed from {{PAS}} by name search only.
        Reporter: [[name:S. Adeyinka]], {{Nurse in Charge}}
        """)),
    ("health", "success", prose("""
        Cardiac arrest at [[organisation:Brindle Cross Bowls Club]], male [[age:58]]. Bystander CPR
        started straight away by club members, and {{GoodSAM}} alerted our {{Community First
        Responder}} [[name:Gwyn Pritchard]], who was 4 minutes away in the CFR car
        ([[vehicle_registration:LD21 FRX]]). [[name:Gwyn]] took the club's {{AED}} off the wall
        outside and delivered the first shock before we arrived. {{ROSC}} after the second shock.
        We arrived at 11 minutes, {{HEMS}} at 18, and he went direct to the cath lab for {{PCI}}.
        He walked out of hospital 9 days later. Sharing because every link in the chain
        worked, including the club having registered their AED on {{The Circuit}}.
        """)),
    ("health", "incident", prose("""
        {{CD}} discrepancy on [[organisation:Teme Ward]]. At the evening check the {{Oramorph}}
        10mg/5ml bottle was 35ml short compared to the {{CD register}} balance. Last correct check
        was 14:00. Two administrations in between, both signed and witnessed ([[name:AB]] /
        [[name:T.W.]]). Likely measuring error or spillage not recorded, but can't rule out
        diversion. Ward searched, nothing found. Reported to {{Controlled Drugs Accountable
        Officer}} and pharmacy same night, {{Datix}} [[case_reference:DX-58213]]. Pharmacy now
        supplying 100ml bottles only and {{oral syringes}} with bung adaptors. Reminder to staff to
        record wastage and spillage at the time.
        """)),
    ("health", "success", prose("""
        I want to record how well the team cared for [[name:Joan Halliwell]] at the end of her life
        on [[organisation:Lugg Ward]]. [[name:Joan]] was [[age:94]] and had said clearly in her
        {{ReSPECT}} conversation that she wanted to die in her home town, not in the big hospital.
        When she deteriorated, night staff moved her into the {{side room}}, set up the
        {{syringe driver}} promptly with {{midazolam}} and {{morphine}} as prescribed, and rang her
        granddaughter [[name:Keeley]] in Vancouver on [[phone:+1 604 555 0199]] so she could talk to
        her grandmother on video. {{HCA}} [[name:Rosa Marin-Diaz]] stayed with her when family couldn't
        get there in time from the farm because of the snow. Rev [[name:Akinola]], the
        {{chaplain}}, came in at 2am. The family wrote to us afterwards saying she was never alone.
        The ward used the {{Swan}} scheme bags for her belongings which the family really
        appreciated. None of this is in a protocol, it's just people doing it right.
        """)),
    ("health", "incident", block("""
        #lugg-ward-nurses ({{Teams}})
        [06:02] [[name:sam.okoro]]: {{SystmOne}} down since 0540 cant see drug charts or obs history
        [06:05] [[name:fi_macleod]]: rang {{IT Service Desk}} [[phone:01632 960300]], major incident logged, no ETA
        [06:07] [[name:sam.okoro]]: where are the {{downtime}} packs? not in the office
        [06:15] [[name:fi_macleod]]: found them in the sluice cupboard?! last printed drug list is from [[date:Nov 2023]]
        [06:40] [[name:sam.okoro]]: doing 8am meds from pts own meds + asking pts. slow
        [09:30] [[name:fi_macleod]]: back up. back-entering everything now

        Follow up by [[name:Fiona MacLeod]] ({{Ward Manager}}): no harm, but {{business continuity}}
        plan relies on printouts nobody has refreshed. Now printed weekly by night staff.
        """)),
    ("health", "near_miss", prose("""
        Start of shift {{VDI}} on [[vehicle_registration:YJ70 KUA]]: {{defib pads}} in the
        {{corpuls3}} bag were 3 weeks out of date and the spare set was missing. {{Entonox}} also
        under a quarter. Vehicle had been through {{make ready}} the night before and signed off
        as complete. Swapped to [[vehicle_registration:YJ70 KUF]] and reported to station. If we'd
        gone straight out to an arrest the pads probably would've still worked, but that's not the
        point. Crewmate [[name:Baz]] found it - he always opens every bag. {{Fleet}} and make
        ready contractor informed.
        """)),
    ("health", "success", prose("""
        Minor injuries, lady of [[age:81]] with a wrist injury, 'tripped on the step'. [[name:Temi]],
        our {{ENP}}, noticed older yellowing bruises on both upper arms in a grip pattern and that
        the husband answered every question for her. She found a reason to take her to X-ray on her
        own and asked directly. The lady disclosed her husband had become rough since his
        {{dementia}} diagnosis and she was exhausted. [[name:Temi]] did a {{DASH}}, completed a
        {{body map}}, and made a safeguarding referral to adult social care with consent, plus a
        carers' assessment request. The {{duty social worker}} rang back within 2 hours. Good
        professional curiosity - thanks [[name:Temi]].
        """)),
    ("health", "incident", prose("""
        Assault on crew. Called to an intoxicated male ([[age:26]]) outside [[organisation:The Plough
        Inn]], Wenlow, around 23:45 [[date:Sat 20 July]]. In the back of the ambulance he became
        aggressive and punched my crewmate [[name:Anya]] in the face. We exited and locked him in,
        {{body worn camera}} was already running. Police attended, PC [[name:Okonjo]] arrested
        him. Crime ref [[case_reference:CR/22194/24]]. [[name:Anya]] went to {{ED}}, bruising only,
        off 3 shifts. Good: control room sent police fast once we pressed the {{emergency button}}.
        Not good: no warning marker on {{CAD}} even though he assaulted a crew in May. Referred to
        {{TRiM}} and {{Occupational Health}}.
        """)),
    ("health", "near_miss", prose("""
        At handover the night nurse said pt in bed 7 had 'no known allergies' and the handover
        sheet said NKDA, but our student nurse [[name:Summer]] had read the {{GP}} letter from
        [[organisation:Riverside Medical Practice]] which listed {{penicillin}} - rash and swelling
        2019. {{Co-amoxiclav}} was prescribed for the 10:00 round. [[name:Summer]] raised it with me
        before the drug round, pt confirmed reaction, prescription changed to {{doxycycline}}. No
        {{allergy band}} had been put on. Allergies now checked from at least 2 sources on admission
        and the {{SBAR}} handover template has a mandatory allergy line. - [[name:Kat]], RN
        """)),
    ("health", "success", prose("""
        Good outcome from the {{frailty virtual ward}}. Mrs [[name:Parveen Akhtar]] ([[age:86]])
        was referred by Dr [[name:Hallam]] at [[organisation:Riverside Medical Practice]] with a
        chest infection and falls, and would normally have been admitted. She was monitored at
        home with a {{pulse oximeter}} and {{Doccla}} kit, daily video calls, a nurse visit each
        day and {{IV}} antibiotics by the {{community team}}. Her grandson [[name:Zain]] helped her
        with the tablet. She stayed in her own bed, didn't decondition, and was discharged from the
        virtual ward on day 8. She said it was the first time she'd been ill without 'losing
        myself in hospital'.
        """)),
    ("health", "incident", block("""
        From: [[email:transport.liaison@ludburycommunity.example.nhs.uk]]
        Subject: PTS wrong destination - Mr [[name:Stanley Prothero]]

        Mr [[name:Prothero]] (DOB [[date_of_birth:05/06/1932]], NHS [[nhs_number:112 945 2832]]) was
        discharged from [[organisation:Teme Ward]] on [[date:23/09]] to
        [[organisation:Hillcrest Care Home]]. The {{Patient Transport Service}} crew took him to
        [[organisation:Hillside Lodge]] in error. [[organisation:Hillside]] staff accepted him into the lounge
        and he was there 2 hours before anyone queried it. He has {{dementia}} and was
        distressed; he missed his 18:00 {{Madopar}}.
        Cause: booking form had the name only, no address or postcode; crew used {{sat nav}}.
        Actions: {{PTS}} booking now requires full address; ward to ring receiving home on departure.

        [[name:Leon Ashby-Carr]]
        {{Discharge Coordinator}}
        """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "near_miss", prose("""
        I was PIC of [[aircraft_registration:G-BXKT]], a {{PA-28}} Warrior, rejoining the circuit
        for runway 27 at [[organisation:Wenlow Regional Airport]] on a hazy afternoon. The
        {{AFISO}} had passed traffic information on a microlight, but I didn't have it visual. My
        {{SkyEcho}} gave no warning because, as it turned out, the microlight
        ([[aircraft_registration:G-CFMN]]) had its {{transponder}} switched off. On late downwind I
        saw it pass about 200 ft below and slightly ahead, crossing right to left. I extended
        downwind and landed normally. I have filed an {{Airprox}} with the {{UKAB}}. Learning for
        me: an EC device is not a lookout, and I should have asked for an updated position rather
        than assume. I also spoke to the microlight pilot afterwards, who had thought the
        transponder was on. Good friendly conversation.
        """)),
    ("aviation", "incident", prose("""
        Runway excursion, [[organisation:Ludbury Flying Club]], {{Cessna 152}}
        [[aircraft_registration:G-AVRW]]. Student [[name:Ollie]] on his 3rd solo, landing on the
        grass runway 21 after heavy overnight rain. Touched down long, braked, slid on the wet
        grass and went through the end into the hedge at walking pace. Prop strike and damage to
        the left wingtip. Student uninjured. I'm the duty instructor - I authorised the flight
        having looked at the {{METAR}} but I didn't walk the runway, and the {{POH}} grass
        correction factor wasn't discussed. [[name:Frank]], our {{CFI}}, has now made a runway
        walk compulsory after rain, and the landing distance calc is on the authorisation sheet.
        {{AAIB}} informed. - [[name:Deb H]]
        """)),
    ("aviation", "success", prose("""
        {{HEMS}} landing at [[organisation:St Michael's C of E Primary School]] playing field during
        morning break. {{Pilot}} spotted children still on the far side of the field on the {{recce
        orbit}} and held off. Mrs [[name:Kowalczyk]], the head, had already got staff to bring the
        kids inside after the police rang ahead, and PC [[name:Dewi Lane]] closed the lane. We
        landed [[aircraft_registration:G-HMBZ]] ({{EC135}}) with the field clear and no loose kit
        around. Patient was a [[age:6]] year old with {{anaphylaxis}} in the village. {{Critical care
        paramedic}} [[name:Marta]] and Dr [[name:Okafor]] had her stable and we flew her out in 20
        min. Good planning from [[organisation:Border Counties Air Ambulance]] ops desk. Nice to
        report one where the {{HLS}} was made safe by people on the ground without us asking.
        """)),
    ("aviation", "incident", block("""
        FUEL OCCURRENCE - [[organisation:Wenlow Regional Airport]] Fuel Ops
        Date: [[date:07/08/2024]]
        A/c: [[aircraft_registration:G-OLDC]] ({{Cessna 172}}, {{Lycoming}} piston)
        Narrative: Trainee refueller [[name:Nico]] started fuelling from the {{Jet A-1}} bowser,
        not the {{Avgas 100LL}} bowser. Approx 8 litres went in the left tank before the owner
        ([[name:Graham Tuckwell]]) noticed the nozzle shape and stopped him. Bowsers parked side by
        side, both white, and the Jet A-1 nozzle had been swapped for a round one after damage.
        Action: aircraft quarantined, tanks drained and flushed by maintenance, ops checked.
        {{MOR}} submitted to {{CAA}}. Nozzle replaced with correct duckbill same day. Bowser
        livery to be changed; trainees not to fuel unsupervised.
        Reporter: [[name:Stella Ahn]], Fuel Supervisor
        """)),
    ("aviation", "near_miss", prose("""
        As {{FO}} on [[flight_number:WMR281]] ({{ATR 42}}) out of [[organisation:Wenlow Regional
        Airport]] I noticed during the approach briefing at our destination that the {{Captain}}'s
        side {{altimeter}} was still on 1013 after we had been cleared to descend to an altitude
        on {{QNH}} 998. The {{ATIS}} QNH had been read out, I had set mine, but the cross-check
        call was missed because we were both dealing with a passenger cabin call at the time. We
        were level at FL70 transitioning, so no actual level bust, but the difference was about
        400 ft. I pointed it out, the Captain set it, we did the check properly. Debriefed together
        - a good example of {{CRM}} but also of distraction breaking the {{SOP}}.
        """)),
    ("aviation", "success", prose("""
        Lost pilot, handled well. Afternoon of [[date:2nd September]], I was the {{AFISO}} at
        [[organisation:Brindle Airfield]]. A visiting {{PPL}} in [[aircraft_registration:G-BYNJ]]
        called saying he couldn't find the field in haze, fuel for 40 minutes. I gave him our
        position relative to {{the reservoir}} and suggested he contact {{Distress and Diversion}} on
        {{121.5}}. {{D&D}} got a fix, gave him headings, and handed him back to us at 8 miles; he
        landed with about 25 minutes left. Afterwards he said he'd nearly not called because he was
        embarrassed. Shared here and with the club newsletter to say: call early, nobody minds.
        """)),
    ("aviation", "incident", prose("""
        Ground damage on {{stand 3}}. Baggage {{tug}} ([[vehicle_registration:WX15 TGA]]) reversing
        from the hold of [[aircraft_registration:G-ISLK]] (flight [[flight_number:WM 412]]) clipped
        the rear cargo door frame. Driver [[name:Dariusz]] had no {{banksman}}; the {{wing walker}} had
        been pulled to another stand because two arrivals landed together. Dent and paint damage,
        engineering inspected, aircraft went [[flight_number:WM 412]] 2 hrs late. Driver holds a
        valid {{Airside Driving Permit}} and reported it immediately, which we want to encourage.
        Root cause is staffing on a peak wave, not the driver. {{Ground handling supervisor}}
        [[name:Naomi Fenwick-Hart]] to review rosters.
        """)),
    ("aviation", "success", block("""
        From: [[email:cfi@marchesgliding.example.org]]
        To: members list
        Subject: Safety - good cable break recovery

        All,

        On [[date:Saturday 20 July]] [[name:Kiran Bhatt]] (solo, working on {{Bronze}}) had a
        {{cable break}} at about 300 ft on a {{winch}} launch in the club {{Astir}}
        [[aircraft_registration:G-CHNF]]. [[name:Kiran]] lowered the nose immediately, checked speed,
        and landed ahead in the remaining field - textbook. Winch driver [[name:Rob]] saw the
        break and called it on the radio. A weak link had failed, correct one fitted, no damage.

        Worth remembering how much launch failure practice on the {{K-21}} is worth.

        [[name:Ruth Ellery-Voss]]
        {{CFI}}, [[organisation:Marches Gliding Club]]
        """)),
    ("aviation", "near_miss", prose("""
        Drone approx 200ft agl, 300m from the {{HLS}} at [[organisation:Ludbury Rugby Club]], on
        approach in [[aircraft_registration:G-HMBZ]]. Spotted by the {{HEMS}} {{paramedic}} in the
        left seat, we went around and came in from the south. Police found the operator, a
        teenager filming us - {{Drone Code}} breach. Keep calling 'drone' as part of the {{TEM}}
        brief at unusual sites.
        """)),
    ("aviation", "incident", prose("""
        Honest account: I infringed the {{Class D}} {{CTR}} to the north of our field while
        routing back to [[organisation:Ludbury Flying Club]] in [[aircraft_registration:G-BPOT]]. I
        had {{SkyDemon}} running on my phone but the phone overheated in the sun on the coaming and
        shut down. I didn't notice for a few minutes because I was map-reading on paper too and
        felt OK. I was not on the {{listening squawk}} frequency. ATC had to move an inbound
        airliner. I have completed the {{GASCo}} infringement course. Lessons: mount devices out of
        the sun, carry a backup, and select the listening squawk whenever near controlled airspace.
        My {{CAA}} case ref is [[case_reference:INF-2024-1163]].
        """)),
    ("aviation", "success", prose("""
        {{RFFS}} response to hot brakes after a {{rejected takeoff}}. [[flight_number:WMR 508]]
        ([[aircraft_registration:G-ISLM]]) rejected at about 90 kt on runway 27 on [[date:14 Jan]].
        {{ATC}} pressed the crash alarm straight away and both appliances were at the aircraft
        within 90 seconds. Watch Manager [[name:Temperance Oyelaran]] kept crews clear of the axle
        line, used the {{thermal imaging camera}} and held the passengers on board until brake
        temperatures dropped, rather than evacuating on to a live runway. No {{fusible plugs}}
        melted. Good pre-planning and calm coordination with the flight crew.
        """)),
    ("aviation", "incident", block("""
        [[organisation:Ludbury FC]] members chat
        [[name:Gerry H]]: why is [[aircraft_registration:G-BOCL]] grounded?? i flew her sunday
        Bookings - [[name:Siân]]: she was due her {{50 hour check}}. tech log said 49.6 before your flight and you took her to 51.2
        [[name:Gerry H]]: nobody told me!! the {{booking system}} didnt say
        Bookings - [[name:Siân]]: it's supposed to flag at 48 but the hours weren't entered after sat's flights
        [[name:Gerry H]]: well i didnt check the {{tech log}} that closely, my fault too

        Report by [[name:Siân Pugh]] ({{club safety officer}}): aircraft flew 1.2 hrs over the
        {{Part-ML}} limit. Engineers did the check - nothing found. Hours now entered the same day
        on {{FlightLogger}} and pilots must check hours to next check before flight.
        """)),
    ("aviation", "near_miss", prose("""
        Student [[name:Aarav]] ([[age:19]]) on his {{QXC}} in our {{PA-38}}
        [[aircraft_registration:G-BRTM]]. Landed away at [[organisation:Brindle Airfield]] as
        planned but didn't refuel because the pump was closed for lunch, and decided the fuel was
        enough for the last leg. It was, on paper, but his {{PLOG}} assumed no wind and he had a
        20 kt headwind home. Landed with gauges nearly empty, {{dipstick}} showed about 20 min
        usable. Textbook {{fuel planning}} trap. He told us himself, which was great. Debrief
        done, and the {{QXC}} brief now includes 'what do you do if the pump is shut'. -
        [[name:Callum Reid]], {{FI}}
        """)),
    ("aviation", "success", prose("""
        Medical on board [[flight_number:WM213]] to Jersey. About 30 min after departure a
        passenger ([[age:70]]) reported chest pain. {{SCCP}} [[name:Lowri]] made a PA for medical
        help and Dr [[name:Mehta]], a GP travelling on holiday, came forward. Crew got the
        {{EMK}} and {{AED}} out, gave oxygen, and the captain spoke to {{MedLink}} who advised
        {{GTN}} and continuing rather than turning back as we were nearer destination. {{PAN
        PAN}} declared, priority landing, ambulance at the stand. Passenger had an {{NSTEMI}} and
        is recovering. Cabin crew training paid off; [[name:Lowri]] said the scenario was almost
        identical to her recurrent.
        """)),
    ("aviation", "incident", prose("""
        {{Bird strike}} on short final runway 09, [[flight_number:WMR 117]],
        [[aircraft_registration:G-ISLK]], [[date:11/10/24]]. Flock of gulls, multiple strikes on the
        nose and left engine intake. Landed normally. Engineering inspection found blade damage
        on the left prop, aircraft AOG for two days and next rotation cancelled. {{Bird Control}}
        had done a runway sweep 20 min earlier. Gull numbers have gone up since the landfill
        near the airfield started taking food waste. {{MOR}} filed. The {{wildlife hazard}}
        management plan is being reviewed with the {{Bird Control Unit}} and the council.
        """)),
    ("aviation", "success", prose("""
        During the {{annual inspection}} on [[aircraft_registration:G-AYFE]], a {{Piper Cub}},
        licensed engineer [[name:Hamish Doig-Wallace]] ({{Part 66}} {{B1}} licence
        [[case_reference:UK.66.402871]]) found a 4 cm crack in the exhaust heat muff that wasn't
        visible without removing the shroud, which isn't strictly on the schedule. A crack there
        can feed {{carbon monoxide}} straight into the cabin heat. Owner [[name:Meg Saunders]]
        mentioned she'd had headaches on winter flights. Muff replaced and she has now fitted a
        {{CO detector}}. Great thoroughness from [[name:Hamish]].
        """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind114", REPORTS))


if __name__ == "__main__":
    main()
