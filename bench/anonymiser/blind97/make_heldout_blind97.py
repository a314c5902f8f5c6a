"""Held-out blind corpus 97: confidential just-culture reports from care homes for older people and
home care agencies (dementia, falls, missed calls, hoists, safeguarding, end-of-life care), community
mental health crisis, home treatment and street triage teams (Section 136, lone working, crisis cafes,
information governance), and general aviation clubs, gliding sites, microlight clubs and private farm
strips (cable breaks, landouts, gear-up landings, airprox, drones). Writers range from care staff
writing long and short reports in English as a second language, through formal incident summaries by
registered and team managers, to club newsletter safety columns that name members, with e-mails,
shift handover logs, chat threads and flying logs mixed in.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind97.jsonl"

SOCIAL_CARE = [
    ("social_care", "incident", prose("""
        i am writing about fall of resident mrs [[name:edna]] [[name:Whitlock]] room 12 on night of
        [[date:14/02/25]]. I am working on [[organisation:Bluebell Unit]] at [[organisation:Larkfield House]]
        with my colleague [[name:Joy]]. Around 3.10 the {{sensor mat}} was alarming but when we go in the
        room mrs [[name:Whitlok]] was already on floor beside the bed, she try to go toilet by herself. She
        has {{vascular dementia}} and she is [[age:91]] so she did not understand to wait. We did not lift
        her, we do {{head to toe check}} and she say her hip is pain, so we call ambulance. [[name:Joy]]
        stay with her and keep her warm with blanket, I did the {{neuro obs}} every 15 minute because she is
        on {{apixaban}}. Ambulance come at 5.40 which is long time for her on the floor. What went wrong:
        the mat was working but the {{low profile bed}} was not on lowest position after the agency carer
        make the bed. What went well: we did not move her and we used the {{ISTUMBLE}} tool correct. I am
        also thinking we need more night staff because I am alone on unit when [[name:Joy]] go for break.
        Sorry for my english. [[name:Marisol]] ([[name:MF]]), carer
    """)),
    ("social_care", "success", prose("""
        Report from [[name:Deborah Ashworth-Lyle]], {{Registered Manager}},
        [[organisation:Brightwell Home Care]]. Summary of good practice, week commencing
        [[date:3 March 2025]]. On the Tuesday lunch call, {{care worker}} [[name:Faith Mbeki]] found that
        Mr [[name:Gordon Tait]] ([[age:86]]) at [[address:7 Holloway Rise, Dewsbury]],
        [[postcode:WF12 9PJ]], had not eaten the breakfast left by the morning carer and was more confused
        than usual. Rather than record 'declined food' and leave, [[name:Faith]] used the {{RESTORE2}}
        soft-signs prompt card, noted a raised temperature and phoned the {{out of hours}} coordinator,
        [[name:Sanjay]], on [[phone:07700 900418]]. [[name:Sanjay]] arranged an urgent visit from the
        {{Rapid Response}} nurses, who diagnosed a {{urinary tract infection}} and started antibiotics at
        home, avoiding an admission. [[name:Faith]] stayed 35 minutes past the call time and we have paid
        this. Learning: soft signs are now a standing item in {{supervision}}, and the call length for
        Mr [[name:Tait]] has been increased in his {{care plan}}. Client ref [[case_reference:BHC-CL-00417]].
    """)),
    ("social_care", "near_miss", prose("""
        Medicine round morning [[date:2nd April]]. I nearly give the {{donepezil}} and {{furosemide}} of
        [[name:Patricia]] [[name:Halloran]] to [[name:Brenda]] [[name:Halloran]], both is on
        [[organisation:Primrose Wing]] and the photo on {{MAR chart}} was old, not look like her now. I check
        the {{date of birth}} before giving like training say, and it was different, so I stop. Nobody get
        wrong medicine. I tell the nurse [[name:Kwame]] and he put red sticker 'same name alert' on both
        {{eMAR}} profile. Please update photos every 6 months.
        [[name:Ana-Maria]], {{senior carer}}
    """)),
    ("social_care", "incident", block("""
        From: [[name:Rita Okonkwo]] <[[email:rita.okonkwo@homecare-example.co.uk]]>
        To: [[name:Liam Fairbairn]]
        Subject: Missed call - Mrs [[name:D. Pike]]

        [[name:Liam]],

        Flagging a missed teatime call yesterday ([[date:Sun 9 March]]) for Mrs [[name:Dorothy Pike]],
        [[address:Flat 3, Cedar Court, Mill Lane]], [[postcode:HX3 6RB]]. The run was rebuilt on
        {{CarePlanner}} after [[name:Hunter]] phoned in sick and her visit dropped off when the rota was
        re-saved. Nobody noticed until her daughter rang the office line at 20:15 from
        [[phone:07700 900233]]. Mrs [[name:Pike]] had not had her {{Madopar}} or any tea.

        I went out myself at 20:40. She was fine, a bit shaky. I rang {{NHS 111}} for advice on the late
        {{Madopar}} dose and followed it. Logged as [[case_reference:INC-2025-0312]]. The safeguarding
        threshold tool says no referral but I have told her {{social worker}}.

        Suggest the system flags any unallocated visit at 16:00, not just at run start.

        [[name:Rita]]
        {{Care Coordinator}}, [[organisation:Calderbrook Home Care]]
    """)),
    ("social_care", "success", prose("""
        Mr [[name:Ferreira]] (we call him [[name:Tony]]) from room 4 was missing at tea time on
        [[date:22/05/2025]]. He has {{Alzheimer's}} and he is [[age:79]]. I check the garden and the
        {{keypad}} door was open. Because we have his {{Herbert Protocol}} form ready in the office with
        the photo and the places he like, when we call {{999}} the police was very quick. PC
        [[name:Adeyemi]] find him in 25 minutes at the bus stop on [[address:Rawson Road]], he want to go
        his old job at [[organisation:Ackroyd Mills]]. He was cold but ok. What was good: the form was up
        to date, [[name:Gabi]] stay at the door with the list of who is in and out, and family was call
        fast. What we need: the door code is written near the door, anybody can see it. I tell
        {{maintenance}}. [[name:Nilufar]] [[name:B.]], {{care assistant}}
    """)),
    ("social_care", "incident", prose("""
        Incident summary for the {{Local Authority}} safeguarding team. Resident: Mr
        [[name:Desmond O'Sullivan]], DOB [[date_of_birth:04/11/1938]], NHS [[nhs_number:450 177 1534]],
        admitted to [[organisation:Meadowbank Care Home]] for respite on [[date:17 January]]. On admission
        his skin was documented as intact on the {{body map}}. On [[date:29 January]] the
        {{district nurse}}, [[name:Ines Carvalho]], identified a {{category 3 pressure ulcer}} on the
        sacrum. Review found {{repositioning charts}} were incomplete for four nights and the {{Waterlow}}
        score had not been updated after his chest infection. The {{air mattress}} had been delivered but
        left in its box in the laundry. Actions: safeguarding concern raised (ref
        [[case_reference:SG/25/00981]]), {{CQC}} notified, family informed by me on the same day under the
        {{Duty of Candour}}. Night staff [[name:T.N.]] and [[name:P.K.]] have had supervision; this was a
        system failure rather than individual blame, as the night rota was one short for the whole week.
        [[name:Helen Abara]], Registered Manager
    """)),
    ("social_care", "near_miss", block("""
        NIGHT HANDOVER - [[organisation:Willow Lodge]] - [[date:06/06/25]]
        Rm 2 - [[name:BLACKWOOD]], [[name:Arthur]]: settled, 2hrly turns done.
        Rm 5 - Mrs [[name:Szymańska]]: {{bed rails}} up as per {{risk assessment}}. 01:30 found {{bumpers}}
        off one side, her leg through the gap. Freed, no injury, skin checked. [[name:Wiktoria]]
        (daughter) to be told in morning.
        Rm 9 - [[name:Bill]]: {{sensor mat}} unplugged at the wall (cleaner?). Replugged + tested. No fall.
        Rm 11 - [[name:Lin Chen]]: {{PRN}} {{paracetamol}} 02:00 for knee pain.
        ACTION: day staff pls check all mats at 10:00 and 18:00, log on {{Nourish}}.
        Near miss logged [[case_reference:WL-NM-0088]].
        -- [[name:Hope]] / [[name:Chidi]] (nights)
    """)),
    ("social_care", "incident", prose("""
        Arrive for 8am call at [[address:22 Kestrel Drive]] for mr [[name:joe]] [[name:Lindqvist]], the
        {{key safe}} code on the {{rota app}} was wrong, it was old code. I phone office
        [[phone:01632 960184]] no answer, then {{on-call}}, 20 minutes before I get new code from his son.
        When I go in [[name:joe]] was on floor in kitchen, he was there from night maybe. I call {{999}}
        and he go to [[organisation:St Bede's Hospital]] with {{rhabdo}} they think. Key code must be
        updated on app when family change it, and {{office phone}} must be answer in the morning.
        [[name:Oksana]]
    """)),
    ("social_care", "success", prose("""
        Shout-out from the [[organisation:Harbour Lights Care]] team leaders. On
        [[date:Saturday 12 April]], [[name:Mark]] [[name:Oduya]] noticed on his double-up call that the
        {{hoist}} service sticker for Mrs [[name:Beryl Naylor]] was out of date and the {{sling}} was
        fraying at the leg loop. Instead of using it, he and [[name:Summer]] [[name:Jaswal]] made Mrs
        [[name:Naylor]] comfortable in bed, rang the {{Community Equipment Service}} and the {{OT}}, and
        stayed until a replacement sling was promised for the morning. [[name:Mark]] also checked the other
        two hoist clients on his run the same day. Thanks both, this is exactly what the {{LOLER}}
        checks are for.
    """)),
    ("social_care", "incident", prose("""
        I am reporting problem with me and my colleague on [[date:18/07/24]]. The call for mrs
        [[name:Gwen Ellis-Parry]] at [[address:Bryn Teg, Ffordd y Llan]], [[postcode:LL57 3TP]] is
        {{double up}} call with {{hoist}} but the second carer [[name:Rhys]] was late 40 minutes because of
        traffic on {{A55}}. Mrs [[name:Ellis-Parry]] was wet and crying so I decide to hoist her alone,
        which is not allowed. When lowering to the {{commode}} her leg hit the frame and she has skin tear. I
        put {{dressing}} and tell the office and family. I know I was wrong, I was wanting to help her. What
        I learn: wait, make her comfortable in bed, call {{on call}}. Also office need to tell me when second
        carer will be late, not I find out myself. [[name:Thandiwe]] ([[name:Thandi]])
    """)),
    ("social_care", "near_miss", block("""
        [18:42] [[name:Precious K]]: ladies just came out of [[name:Walter]]'s and the gas hob was ON, front ring, no pan. he said he wanted tea 😬
        [18:43] [[name:Precious K]]: turned off, opened window, no smell now
        [18:45] [[name:Dawn]] (Office): thank you!! is he ok? is there no {{isolation valve}} fitted?
        [18:46] [[name:Precious K]]: he's fine. no valve that i can see
        [18:47] [[name:Dawn]] (Office): ok I'll ring {{Telecare}} tomorrow re {{gas detector}} and {{auto shut-off}}. pls put on {{Birdie}} notes
        [18:49] [[name:KofiA_carer]]: I had same with him on Tues lunch, didn't report sorry
        [18:50] [[name:Dawn]] (Office): no worries [[name:Kofi]] but do a near miss form pls, that's 2 now. adding to his {{risk assessment}}
        [18:52] [[name:Precious K]]: 👍
    """)),
    ("social_care", "success", prose("""
        Night senior report, [[organisation:Oakhurst Manor]], [[date:27.08.24]]. Mrs
        [[name:Ivy Pemberton]] ([[age:88]]) was unusually chatty and pulling at her nightie around 23:00,
        which isn't her at all, she's normally asleep by ten. The fluid chart showed only 600 ml since
        breakfast. I did a {{NEWS2}} (score 3, temp 37.9) and used {{SBARD}} to call the
        {{out-of-hours GP}}, who arranged a visit. Dr [[name:Mahmood]] diagnosed {{delirium}} secondary to a
        {{UTI}}. We started a push-fluids plan with a named carer every hour ([[name:Femi]] did
        brilliantly) and she was back to herself in three days without a hospital stay. Learning: day staff
        to total fluid charts at 14:00 so we catch it earlier. [[name:Gracie]] [[name:Holt]],
        {{Senior Carer}}
    """)),
    ("social_care", "incident", prose("""
        Safeguarding incident: suspected {{financial abuse}}. Client: Mr [[name:Harold Beckwith]],
        [[age:83]], [[address:41 Sandpiper Way, Morecambe]], [[postcode:LA4 5ND]]. Agency {{care worker}}
        [[name:Juliet Osei]] reported on [[date:2 October 2024]] that a neighbour, known to Mr
        [[name:Beckwith]] only as '[[name:Gaz]]', had been collecting his pension with his bank card and
        the client could not say where the money had gone; the fridge was empty on three consecutive
        visits. His pension letter, showing NI number [[ni_number:JT 48 22 91 C]], was also found on the
        neighbour's side of the shared porch. [[name:Juliet]] recorded the client's own words and did not
        confront the neighbour, which was correct. A concern was raised the same day through the
        [[organisation:Lancashire County Council]] portal (ref [[case_reference:LCC-ASC-772190]]) and a
        {{Section 42}} enquiry has been opened. What we could have done better: carers had written 'no
        food in' twice before without escalating. Team briefing held on the {{Care Act 2014}} categories of
        abuse and on {{Lasting Power of Attorney}}. [[name:K. Marsden]], {{Branch Manager}}
    """)),
    ("social_care", "near_miss", prose("""
        At lunch in dining room the new kitchen assistant give mr [[name:Olu]] [[name:Bankole]] normal
        shepherd pie but he is {{IDDSI Level 5}} {{minced and moist}} after the {{SALT}} review. I see his
        plate before he eat because I know him, I change it. Nothing happen but if he eat could be choking,
        he already have {{aspiration pneumonia}} last year. The {{diet notification}} sheet in kitchen was
        old version. Kitchen need new list every time {{SALT}} change. I tell to chef [[name:Dariusz]].
        [[name:Leticia]], carer, [[organisation:Ashgrove Court]]
    """)),
    ("social_care", "success", prose("""
        Falls champion quarterly learning, [[organisation:The Laurels Residential Home]]. Falls reduced
        from 31 to 14 between Q1 and Q2. What made the difference: [[name:Sunny]] [[name:Gill]] (night
        senior) started {{purposeful hourly rounding}} with a toilet offer; [[name:Ewa]] introduced
        coloured {{non-slip socks}}; and the {{physio}} from the
        [[organisation:Calder Falls Prevention Service]] ran {{Otago}} exercise groups twice weekly. We also
        stopped routine {{zopiclone}} for two residents after a {{structured medication review}} with Dr
        [[name:Nwachukwu]]. Residents like [[name:Albert]] ([[age:94]]) now walk to the lounge with a
        {{rollator}} rather than being wheeled. The one serious fall this quarter (hip fracture,
        [[date:11 June]], ref [[case_reference:LR-F-2024-019]]) happened at handover, so we are staggering
        breaks. Thanks all, [[name:Dawn Rigby]]
    """)),
    ("social_care", "incident", prose("""
        Formal report: missing person episode, [[organisation:Heatherside Care Home]],
        [[date:Thursday 5th December 2024]]. At 15:20 Mrs [[name:Margaret]] '[[name:Peggy]]'
        [[name:Lowther]] ([[age:81]], {{frontotemporal dementia}}) left the building when a visitor held the
        front door for her. She got into a waiting private-hire taxi, registration
        [[vehicle_registration:YK19 HVP]], that had been booked for another resident. The driver took her
        to the address she gave, her former home at [[address:3 Tennyson Street]]. The current occupants
        rang {{999}} and the police returned her by 17:05 unharmed. Contributing factors: no check of who
        was leaving at the door, the taxi firm not asked to confirm the passenger's name, and a
        {{Herbert Protocol}} form held but with no photo. Actions: visitor signage at the door, taxi
        bookings to include a password, {{DoLS}} authorisation reviewed with the
        {{Best Interests Assessor}}. Incident ref [[case_reference:HCH-IR-1207]].
        [[name:Priya Raman-Hughes]], {{Home Manager}}
    """)),
    ("social_care", "success", prose("""
        I want to write about good thing. Our resident mrs [[name:Eileen]] was dying, she have
        {{DNACPR}} and {{ReSPECT form}} and {{anticipatory medicines}} in the home from
        [[organisation:Moorview Surgery]]. Her son [[name:Pete]] is living in Spain, he ring every day. On
        [[date:8th January]] in evening I see her breathing change, I call {{district nurse}} who come and
        give {{midazolam}} from the {{just in case}} box. I video call [[name:Pete]] on his number
        [[phone:+34 655 014 382]] from my work tablet so he can say goodbye, I hold the tablet near her. I
        put her favourite hymn on. She pass away peaceful at 02:15 with me and [[name:Rosa]] holding her
        hand. Her son send letter to manager to say thank you. I am proud, but also I think we need better
        wifi in the rooms, video keep stopping. [[name:Jomar]] [[name:Dela Cruz]], carer, night shift
    """)),
]

HEALTH = [
    ("health", "incident", prose("""
        Patient safety learning summary ({{PSIRF}} {{After Action Review}}). Service:
        [[organisation:North Kirklees Crisis Resolution and Home Treatment Team]]. Patient: [[name:JW]],
        [[age:34]], diagnosis of {{EUPD}}, open to the team since [[date:2 September]]. A planned home visit
        on [[date:9 September]] was cancelled at short notice because two staff were redeployed to the
        {{Section 136}} suite; the patient was telephoned instead but did not answer, and the call was not
        followed up. At 21:40 the same day [[name:JW]] attended A&E after an overdose of
        {{sertraline}} and {{paracetamol}}; she was treated with {{Parvolex}} and is physically well. What
        went well: the {{safety plan}} had been shared with her partner, who called {{999}}. What we are
        changing: any missed contact now triggers a second attempt within two hours and a welfare check if
        unsuccessful, owned by the shift coordinator. Datix [[case_reference:W204417]].
        Dr [[name:Amara Lindholm]], {{Consultant Psychiatrist}}
    """)),
    ("health", "success", prose("""
        Street triage shift, [[date:Friday 14 June]]. Called by PC [[name:Lane]] and PC [[name:Hussain]]
        to a [[age:27]]-year-old man on the wrong side of the railings of a footbridge over the river. I
        spoke with him for about 40 minutes; he told me his name was [[name:Kieran]] and that his nan had
        died on Tuesday. With his consent I checked {{RiO}} and found he was open to the
        [[organisation:Byker Community Mental Health Team]], and we agreed he would come to the
        [[organisation:Tyneside Crisis Cafe]] rather than be detained under {{Section 136}}. PC
        [[name:Lane]] drove us; I handed over to the {{crisis team}} with a safety plan and a follow-up for
        10:00 the next morning. A 136 would have meant hours in a {{place of safety}}. Good teamwork:
        police led on scene safety and let me lead the conversation. [[name:Bola Adebayo-Reid]],
        {{RMN}}, {{Street Triage}}
    """)),
    ("health", "near_miss", prose("""
        {{Crisis team}} visit, single worker (me) because my pair was off sick. The {{SystmOne}} address for
        the client was [[address:14B Rowan Terrace]] but that is the old one; the new one was only in a
        {{free-text note}}. I knocked at the old flat and a man who was very angry answered, shouted about
        '{{social services}}' and followed me to my car. I activated the {{lone worker device}} amber alert and
        left. No harm, but the client [[name:Shona]] [[name:MacLeod]] (ref [[case_reference:CRHT-55821]])
        waited an extra hour. Learning: demographics must be updated in the record, not in notes, and
        first visits should be in pairs as per the {{Lone Working Policy}}. [[name:Yusuf]]
    """)),
    ("health", "incident", block("""
        STREET TRIAGE LOG - [[date:23/11/24]] - car [[vehicle_registration:WX71 KDE]]
        19:05 Tasked by {{control}}: female on [[address:Marsh Lane]] threatening to walk into traffic.
              Crew: PC [[name:Dunne]] / [[name:Lorna]] ({{RMN}}).
        19:18 On scene. Female identified as [[name:Agnieszka]] [[name:W.]], [[age:41]]. Known to {{CMHT}}.
        19:25 Calmer. Disclosed partner had assaulted her that morning. {{DASH}} completed by
              PC [[name:Dunne]] - high risk. Crime ref [[case_reference:CR/0458812/24]].
        19:50 Agreed voluntary attendance at A&E for head wound check.
        21:30 Handover to {{liaison psychiatry}}. {{MARAC}} referral to follow.
        ISSUE: {{Airwave}} radio dead spot near the flats; 10 min with no contact with {{control}}.
        PC [[name:Dunne]] used his mobile [[phone:07700 900561]] to update. Logged for police IT.
        -- [[name:L. Fairweather]]
    """)),
    ("health", "success", prose("""
        Client at [[organisation:Elmfield House]] {{crisis house}} was very upset, throwing things in kitchen.
        I stay calm, speak slow, give him space, offer go outside for smoke. I use what I learn in
        {{PMVA}} training and {{Safewards}} 'talk down'. After 20 minute he was calm and say sorry. No
        {{restraint}}, no {{PRN}}, no police. Colleague [[name:Mihaela]] keep other {{residents}} in {{lounge}}.
        Thank you for good training. [[name:Baraka]]
    """)),
    ("health", "incident", prose("""
        Insulin incident, [[organisation:Stonecroft House]] (residential), [[date:19/03/25]]. At the 08:30
        visit I gave Mr [[name:Ravi]] [[name:Chaudhry]], NHS [[nhs_number:424 683 2138]], his
        {{NovoMix 30}} 22 units. At 09:10 the home phoned: Mr [[name:Chaudhry]] was clammy, CBG 2.6. Care
        staff had given him no breakfast because he was booked for a {{fasting blood test}} at
        [[organisation:Parkside Medical Practice]] at 10:00, which I did not know about, and nobody had told
        the {{phlebotomist}} about the insulin either. Staff gave {{GlucoGel}} from the {{hypo box}} and he
        recovered to 6.8 within 20 minutes. What went well: carers recognised the hypo quickly. What went
        wrong: the appointment was not on the shared {{insulin passport}}. Datix
        [[case_reference:DX-88031]]. [[name:Niamh]] [[name:O'Driscoll]], {{Community Staff Nurse}}
    """)),
    ("health", "near_miss", prose("""
        Near miss: {{clozapine}}. Home Treatment Team visit to [[name:Marcus]] ([[age:29]]) on
        [[date:Monday 7th]]. Pharmacy had dispensed a further 28 days although his last {{FBC}} was 33
        days ago and the {{CPMS}} status was amber. I noticed on the box label and checked with the
        [[organisation:Ashdene Clozapine Clinic]]. Bloods taken the same day, result green, no doses
        withheld. The gap arose because his clinic appointment was cancelled during his admission to
        [[organisation:Bramble Ward]] and never rebooked. Suggest the {{discharge checklist}} includes the
        next clozapine bloods date. [[name:Tomasz]] [[name:Kowal]], {{pharmacy technician}}
    """)),
    ("health", "success", prose("""
        Compliment and learning: [[organisation:Wrekin Home Treatment Team]]. Over a three-week episode we
        supported Mrs [[name:Ngozi Eze]], [[age:52]], through a {{psychotic depression}} at home rather
        than in hospital, which she and her husband had asked for. Key elements were twice-daily visits, a
        named {{care coordinator}} ([[name:Callum]]), a {{carer's assessment}} for Mr [[name:Eze]], and
        shared decision-making on {{lithium}} augmentation with Dr [[name:Sørensen]]. The family's letter
        of [[date:2 May 2025]] singled out that staff always rang if they were running late. Learning to
        spread: we will add 'running late' texts from the team mobile [[phone:07700 900792]] to our
        standard. [[name:Frank Olabode]], {{Team Manager}}
    """)),
    ("health", "incident", block("""
        From: [[name:Femi Adeyemi]] <[[email:femi.adeyemi@mhtrust.example.nhs.uk]]>
        To: [[name:Sinéad Carrick]]; [[email:ward6.nic@mhtrust.example.nhs.uk]]
        Subject: Out of area placement - [[name:D.S.]] - [[case_reference:MH-0771203]]

        Hi [[name:Sinéad]],

        Just to record for the incident form: [[name:D.S.]] ([[age:19]]) was assessed under the
        {{Mental Health Act}} at 16:00 on [[date:4 Feb]]; {{AMHP}} [[name:Grant Whitlow]] made the
        application but no local bed was available. After 11 hours in the
        {{health-based place of safety}} he was conveyed to
        [[organisation:Larchwood Independent Hospital]], 140 miles away, at 03:20. His mum has no way of
        visiting and he became more distressed in transit. We escalated to the {{on-call manager}} twice.

        Positive: the {{Section 12}} doctor attended within the hour and [[name:Grant]] kept mum updated
        throughout.

        Datix [[case_reference:W205990]] raised.

        Thanks,
        [[name:Femi]]
        Crisis team, nights
    """)),
    ("health", "near_miss", prose("""
        During the assessment at home of the client [[name:Reuben]] with {{AMHP}} and doctor, I notice
        something in his jacket pocket. I ask him kindly and he show kitchen knife. He say is for protect
        from the neighbours (his {{paranoid}} ideas). I ask him to put it on table and he did, I move it
        away. Nobody hurt. But before the visit nobody check the {{risk history}} on {{RiO}} where it say he
        carry knife before. We should read {{risk assessment}} together before every visit.
        [[name:Chiamaka]], {{support time and recovery worker}}, [[organisation:Medway Crisis Team]]
    """)),
    ("health", "incident", prose("""
        Incident: prolonged wait for {{Section 136}} assessment. On [[date:Saturday 1st March 2025]] a
        [[age:16]]-year-old girl, [[name:Summer-Rae]], was brought to the {{emergency department}} at
        [[organisation:Queen's Mead Hospital]] by {{British Transport Police}} at 13:05 because the
        adolescent place of safety at [[organisation:Pinewood Unit]] was closed for staffing. She waited 20
        hours in a side room with two officers; no {{CAMHS}} doctor was available overnight. She tried to
        tie a ligature twice with a hoodie cord. What went well: ED nurse [[name:Ayesha]] stayed with her
        throughout and kept her talking. Learning: escalation to the regional {{Tier 4}} bed hub happened at
        hour 12, which is too late. Patient ref [[case_reference:QMH-3381145]]. Report by
        [[name:Oluwaseun]] '[[name:Seun]]' [[name:Bakare]], {{Matron}}
    """)),
    ("health", "success", prose("""
        Called to [[organisation:Hollybank Care Home]] for an [[age:89]]-year-old with
        {{Lewy body dementia}} who had a witnessed fall from her chair. Staff ([[name:Grace]] and
        [[name:Jaroslav]]) had already done a {{post-falls huddle}}, hourly obs and had the lifting cushion
        ready. No injuries found; I agreed with her {{ReSPECT}} plan that she would prefer not to go to
        hospital. We lifted her with the {{Raizer}} and referred to the {{falls team}} at
        [[organisation:Ridgeway Community Hospital]]. The home's {{care plan}} had clear baseline obs,
        which made the decision easy. Saved a six-hour conveyance. CAD [[case_reference:240917-0332]].
        [[name:J. Okonjo]], {{Paramedic}}
    """)),
    ("health", "incident", prose("""
        Information governance incident. Patient: [[name:ZIELIŃSKI]], [[name:Marek]], NHS No.
        [[nhs_number:982 121 1887]], DOB [[date_of_birth:23.07.1971]]. A discharge letter from the crisis
        team was posted on [[date:12 August]] to his previous address at [[address:59 Birchfield Road]],
        [[postcode:B19 1LQ]], instead of his current supported flat. The new occupant opened it and phoned
        the team on [[date:15 August]]. The letter contained his diagnosis
        ({{bipolar affective disorder}}), his NI number [[ni_number:PR 610734 B]] for a benefits form, and
        details of a recent overdose. Cause: the {{PAS}} address had been updated from the {{Spine}} but the
        letter template pulled from a legacy field in the {{EPR}}. Actions: letter retrieved by
        [[name:Harpreet]] from our admin team, Mr [[name:Zieliński]] informed and apologised to, and
        reportability to the {{ICO}} assessed with the {{Caldicott Guardian}}. Ref
        [[case_reference:IG-2024-0419]]. [[name:Beatrice Holm]], {{Service Manager}}
    """)),
    ("health", "near_miss", prose("""
        Street triage near miss. Police had detained a man ([[age:58]]) for being drunk and aggressive
        outside [[organisation:The Grey Heron]] pub and were about to take him to custody. When I arrived
        I smelt no alcohol and noticed a {{MedicAlert}} bracelet: {{type 1 diabetes}}. BM was 1.9. We gave
        {{GlucoGel}} and called an ambulance; he recovered and apologised. His name was [[name:Will]]
        [[name:Acheampong]]. Good call by PC [[name:Farrah]] [[name:Nazir]] to wait for us rather than go
        straight to custody. Learning shared with response teams: a hypo can look like intoxication, so
        check for bracelets and do {{ABCDE}} first. [[name:Matt]], {{Street Triage}} RMN
    """)),
    ("health", "success", prose("""
        Good news story from the [[organisation:Harbourside Safe Haven]]. A regular visitor,
        [[name:Tariq]], arrived at 22:30 saying he had a plan to end his life. Peer worker [[name:Jude]]
        drew on his own lived experience, sat with him, and with consent phoned the {{crisis line}} on
        [[phone:01632 960433]]. The {{triage}} nurse [[name:Malia]] came over within 45 minutes and
        completed a {{joint crisis plan}}. [[name:Tariq]] went home with his brother and attended his
        {{HTT}} appointment the next day. What went right: a non-clinical space, no waiting room, an honest
        conversation. The {{Safe Haven}} is open {{every Friday}} and Saturday until 1am.
    """)),
    ("health", "incident", prose("""
        Patient [[name:Ademola]] ask leave for smoke, {{nurse}} say wait, he leave anyway through garden door
        which was not lock. I ring the {{ward phone}} [[phone:01632 960775]] three times to tell, nobody answer.
        He was found by {{police}} at night near the station, safe. {{AWOL}} procedure start late because of
        phone. Need somebody answer phone always. [[name:Svetlana]], {{HCA}}, [[organisation:Aspen Ward]]
    """)),
    ("health", "success", prose("""
        Older adults {{crisis team}} visit to [[organisation:Fernlea Care Home]] on [[date:30/10/24]] for Mr
        [[name:Ernest]] [[name:Bloom]], [[age:84]], referred for 'aggression, please section'. On
        assessment he had not opened his bowels for nine days and was in pain; the agitation was worse when
        staff tried personal care. We used the {{Abbey Pain Scale}} (score 14), liaised with his GP at
        [[organisation:Castlegate Surgery]] for {{laxatives}} and regular {{paracetamol}}, and helped staff
        complete a {{This is Me}} document so they knew he was a retired baker who responds to being called
        [[name:Ernie]]. Within a week incidents dropped from eight a day to one. No {{antipsychotic}}
        started. [[name:Dawit]] [[name:Haile]], {{CPN}}
    """)),
]

AVIATION = [
    ("aviation", "incident", prose("""
        SAFETY CORNER, by your {{Safety Officer}} [[name:Clive Maddox]]. Cable break at 200 ft on
        [[date:Sunday 18th May]]: [[name:Priti]] [[name:Joshi]] was P1 in the {{K-21}}
        [[aircraft_registration:G-CKRT]] with '[[name:Big Dave]]' [[name:Hollins]] in the back. She
        lowered the nose promptly, but then hesitated over whether to land ahead or fly an abbreviated
        circuit, and the resulting landing was long and fast into the crop at the far end of the field. No
        damage apart from pride and some barley. Debrief points: say the {{launch failure}} options out
        loud in your {{pre-launch checks}} ({{CBSIFTCBE}}, the last E is for eventualities), and remember
        the {{BGA}} advice that landing ahead is almost always right below 300 ft. Winch driver
        [[name:Ollie]] also found a frayed {{weak link}} afterwards. Well done to [[name:Priti]] for
        reporting this so fully.
    """)),
    ("aviation", "near_miss", prose("""
        Landing at [[organisation:Top Barn Farm]] strip in {{flexwing}} [[aircraft_registration:G-CFXN]]
        about 17:30 on [[date:26/07/24]]. On short final a tractor with trailer pulled out from the
        {{hedge gap}} across the threshold. I went around at about 30 ft and climbed away fine. The farmer
        ([[name:Geoff]]) did not know anyone was flying; the strip owner, Mrs [[name:Pennington]], had not
        told him. I had done {{PPR}} by phone on [[phone:07700 900347]] that morning. Lesson: {{PPR}}
        should include who else is using the strip, and I now do a low pass before landing at farm strips.
        The {{Rotax 912}} ran beautifully, for what it's worth.
    """)),
    ("aviation", "success", prose("""
        First cross-country landout. Flying the club {{Astir}} [[aircraft_registration:G-DDLK]] on the
        100 km triangle, I lost the thermals over the ridge west of the village and committed to a field at
        1,000 ft {{AGL}} as briefed. Picked a stubble field into wind, flew a proper {{circuit}} with the
        {{FUST}} check and landed without drama. Farmer Mr [[name:Akhtar]] was very kind and gave me tea.
        Retrieve crew [[name:Hamish]] and [[name:Ruth]] arrived with the trailer in 90 minutes; thanks to
        the {{OGN}} tracker they found me quickly. Learning: next time I start choosing fields at 2,000 ft,
        not 1,000, which gives more options. [[name:Lottie]] [[name:Harrington-Boyd]]
    """)),
    ("aviation", "incident", prose("""
        Occurrence report: wheels-up landing, [[organisation:Fenmoor Flying Group]], private strip,
        [[date:6 July 2024]]. Aircraft: {{Piper Arrow}} [[aircraft_registration:G-BXTW]]. Pilot:
        [[name:R. Castellanos]] ({{PPL}}, 310 hrs, 12 on type). During a practice circuit the pilot was
        distracted by a radio call about a {{microlight}} joining {{crosswind}} and omitted the gear
        selection on downwind; the {{gear warning horn}} was not heard through the headset's active noise
        reduction. The aircraft landed on its belly on the grass runway 24 and slid 60 m. Pilot uninjured;
        propeller and flaps damaged. Reported to the {{AAIB}} and to the {{CAA}} via the {{MOR}} scheme (ref
        [[case_reference:OR-2024-07-3391]]). Contributing: the group's checklist had the downwind checks
        on the reverse side of the card. Actions: new single-sided checklist, and a refresher with the
        {{CFI}} for all retractable-rated members. [[name:Malcolm Iredale]], Group Safety Officer
    """)),
    ("aviation", "near_miss", prose("""
        Near airprox and nearly an infringement. Flying my {{C42}} [[aircraft_registration:G-SKOW]] from
        [[organisation:Sutton Meadows]] to the coast, I was listening out on the {{LARS}} frequency but not
        receiving a service. Near the {{CTA}} boundary I saw a large jet descending across my nose about
        1 nm away; later the controller told me it was [[flight_number:EZY82LW]] on approach. I was at
        2,300 ft under a 2,500 ft base, correct, but only because I'd set the right {{QNH}}. The crew of
        [[flight_number:EZY82LW]] got a {{TCAS}} traffic alert. Lessons: ask for a {{Basic Service}}, use
        the {{SkyDemon}} airspace warnings, and don't skim the base of controlled airspace.
        [[name:Kenji]] [[name:Watanabe-Hill]]
    """)),
    ("aviation", "success", block("""
        FROM THE SAFETY DESK

        Hats off to [[name:Bernadette]] '[[name:Bernie]]' [[name:Quayle]], who had a partial engine failure
        at 400 ft after take-off from runway 27 in the club {{Cessna 152}} [[aircraft_registration:G-BOXE]]
        on [[date:Sat 3rd August]]. [[name:Bernie]] lowered the nose, picked the stubble field straight
        ahead rather than attempting a turn back, and put it down without a scratch. She had practised
        {{EFATO}} with [[name:Taff]] [[name:Rowlands]] only two weeks before.

        Engineers think {{carburettor icing}} was the likely cause: humid day, long wait at the hold with
        {{carb heat}} off. Reminder to all: check carb heat at the {{power checks}} AND just before lining
        up. The {{Skyway Code}} has a good section on this.

        Next safety evening: [[date:Weds 21 August]], clubhouse, pizza provided.
        [[name:Jas]]
    """)),
    ("aviation", "incident", block("""
        [[organisation:Pendle Edge Gliding Club]] - flying log / incident note
        Date: [[date:27/04/2025]]   Launch 14   Winch
        Glider: {{ASK 13}} [[aircraft_registration:G-DEWM]]
        P1: [[name:N. Oyelaran]] (student)   P2: [[name:Gus Whitfield]] (inst)
        Event: {{wing drop}} on ground run, wingtip touched at ~10 kt, glider ground-looped 90 deg.
        Release pulled by P2. No injury. Tailskid and wingtip skid damaged.
        Cause: wing runner ([[name:Kezia]], new member, first day) let go too early; crosswind 12 kt from left.
        Actions: wing-running briefing for all new members before they run a wing; {{DI}} reminder;
        glider u/s pending {{BGA Inspector}} check by [[name:Stan]].
        Ref: [[case_reference:PEGC-2025-06]]
        Entered by: [[name:Gus]] ({{Duty Instructor}})
    """)),
    ("aviation", "incident", prose("""
        I am pilot of the group {{Jodel}} [[aircraft_registration:G-AYKD]]. After {{take off}} from
        [[organisation:Brockley Green]] strip the engine was running rough at about 300 feet, I return and
        land ok. Afterwards I drain fuel and find much water in the {{fuel strainer}}, maybe 50 ml. I did
        the {{water drain}} before flight, but only from the tank, not the {{gascolator}}. The {{tank cap seal}}
        is broken and rain come in overnight (aircraft is parked outside). Now new seal is ordered, and I
        tell group to drain all points every time. I am sorry for mistake. [[name:Goran]]
        [[name:Petrović]]
    """)),
    ("aviation", "success", block("""
        From: [[email:safety@westwoldmicrolights.example]]
        To: {{members list}}
        Subject: Well done [[name:Ash]] - {{first solo}}, and a good {{no-go}}

        Hi all,

        Two bits of good news from [[date:Sunday 9th]]. First, [[name:Ashok]] ('[[name:Ash]]')
        [[name:Venkataraman]] went solo in [[aircraft_registration:G-CHWX]], congrats! Second, and just
        as important, [[name:Hannah]] [[name:Brook]] cancelled her planned trip to
        [[organisation:Sackville Farm]] strip when the {{TAF}} showed a {{TEMPO}} for showers and cloud
        at 800 ft. Two others went; one turned back. [[name:Hannah]]'s decision is exactly what we want to
        see. If you ever want to talk a decision through, ring me on [[phone:07700 900655]] or e-mail
        [[email:j.mcallister@westwoldmicrolights.example]].

        Blue skies,
        [[name:Jen McAllister]]
        {{Safety Officer}}, [[organisation:Westwold Microlight Club]]
    """)),
    ("aviation", "incident", prose("""
        While pushing the club {{Ikarus C42}} [[aircraft_registration:G-CGFN]] back into the hangar on
        [[date:11/01/25]], the left wingtip struck the {{door runner}}. Three of us were moving it, me,
        [[name:Ifeoma]] and [[name:Bob]], and nobody was watching the wingtips because we were all pushing
        at the tail to get it over the lip. {{Wingtip fairing}} cracked and the aircraft is grounded until the
        {{BMAA}} inspector ([[name:Trevor]]) signs it off, probably two weeks. Simple fix: one person is
        always the {{wing walker}} and nobody pushes until they call. We've painted marks on the
        {{hangar}} floor too. [[name:Wes]]
    """)),
    ("aviation", "near_miss", prose("""
        I want to share this so others learn. Flying {{flexwing}} [[aircraft_registration:G-MZLE]] from
        [[organisation:Longmoss Farm Strip]] towards the {{Pennines}}, the {{cloud base}} lowered faster than
        forecast. I pressed on for just one more valley and found myself with cloud above and rising ground
        ahead at about 500 ft above the ground, visibility maybe 3 km in drizzle. I made a 180 turn (gently,
        as we're taught for {{flexwings}}), got back to the good weather and landed at home. My personal
        {{minimums}} were a 1,500 ft cloud base; I had broken them by a long way before I turned. I now set
        a hard turn-back point on the {{SkyDemon}} route before I go, and tell someone on the ground what it
        is. [[name:Ffion]] [[name:ap Gwilym]]
    """)),
    ("aviation", "success", prose("""
        SAFETY COLUMN, [[organisation:Severn Vale Soaring Club]] newsletter. A tip of the hat to
        [[name:Wojciech]] ('[[name:Wojtek]]') [[name:Nowicki]] who, while thermalling at 4,000 ft in his
        {{LS8}}, heard a weak {{Mayday}} on {{121.5}} from a light aircraft with a rough-running engine
        that couldn't raise {{London Information}}. He relayed it to the {{D&D}} cell, gave the pilot his
        position relative to the motorway, and pointed him at [[organisation:Hazelbury airfield]]. The
        {{PA-28}} [[aircraft_registration:G-BRJT]] landed safely there ten minutes later. The pilot, Mr
        [[name:Lewin]], has since sent the club a cake. Reminder: keep the {{transponder}} on and, if you
        can, a second box listening on 121.5. [[name:Doreen Pask]], {{Safety Officer}}
    """)),
    ("aviation", "incident", prose("""
        Prop strike on landing, {{Eurostar}} [[aircraft_registration:G-OTRU]] at the
        [[organisation:Hollowell Farm]] strip, [[date:Sat 4 May]]. The strip had been rolled, but a line of
        mole hills across the undershoot left ridges. The nosewheel dropped into one on rollout, the
        aircraft pitched and the prop tips hit the grass. Engine stopped; a {{shock loading}} inspection is
        required under {{LAA}} rules and the {{Rotax}} gearbox will come off. Pilot: me, [[name:Dev]]
        [[name:Mistry]]. I had walked the strip {{in April}} but not since. Lesson: walk the strip, or
        phone the owner ([[name:Jonty]]) for a condition report, before every visit, especially after moles!
    """)),
    ("aviation", "success", block("""
        CFI'S SAFETY NOTES - Spring issue

        Thanks to [[name:Marguerite]] and [[name:Kwabena]] [[name:Asante]] who ran the
        {{stall/spin awareness}} refresher on [[date:15 March]] for 14 members. Notable: three members
        admitted they had not practised a {{spin}} recovery since their {{Bronze badge}}.

        Also thanks to [[name:Joy]] [[name:Featherstone]] for redesigning the {{pre-flight briefing}}
        whiteboard, and to [[name:Ken]] and [[name:Sadiq]] for finishing the {{FLARM}} installations on all
        club gliders.

        Please keep reporting. The safety inbox ([[email:safety.officer@fenlandgc.example]]) is
        confidential and read only by me.
        [[name:Rob]] ({{CFI}})
    """)),
    ("aviation", "near_miss", prose("""
        Near miss with a drone, [[date:Thurs 22/08]]. Approaching runway 09 at
        [[organisation:Eastfield Farm]] airstrip in the {{Jabiru}} [[aircraft_registration:G-JBRU]], at
        about 600 ft on final I saw a {{quadcopter}} hovering just left of the centreline, maybe 50 m away,
        same height. Continued and landed. Walked to the lane and found a man with a controller and a van,
        [[vehicle_registration:KN22 XFT]]; he said he was filming the fields for a property listing and
        didn't know about the strip. He was polite; I explained the {{Drone Code}}. Reported to the
        {{CAA}} on the {{airprox}} form and to local police (ref [[case_reference:PN-24-118805]]), mainly
        so they can talk to the estate agent. [[name:Annika Sjöberg]]
    """)),
    ("aviation", "success", prose("""
        My {{first solo}} circuits, [[date:12 May]], at [[organisation:Hinton Green]] airfield in the club
        {{Tecnam}} [[aircraft_registration:G-OKTV]]. On third approach I was not stable, too fast and high,
        and I remember my instructor [[name:Szilvia]] say 'if in doubt, go around'. So I go around at 200
        feet, full power, {{flaps}} up in steps, and second approach was good. I was nervous but I did it
        correct. After, [[name:Szilvia]] say the {{go-around}} was better than my landing. Next I do
        {{PFL}} training. [[name:Ji-woo]] [[name:Park]], {{student pilot}}
    """)),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION


def main() -> None:
    write_records(OUT, build_records("heldout-blind97", REPORTS))


if __name__ == "__main__":
    main()
