"""Held-out blind corpus 137: just-culture incident and learning reports, UK, typed by staff.

Setting: a London-style borough's adolescent and exploitation team with its missing-from-home
coordinator and police liaison officer; a mental health trust's section 136 suite, psychiatric
liaison service and learning disability inpatient unit; and a helicopter emergency medical
service with its charity operations desk. Style: the ordinary mix staff really type - rushed
lower-case notes with typos, careful narratives, chronologies, e-mails with signatures,
Teams/WhatsApp chat, incident forms with field labels, handover sheets, tech-log extracts,
debrief notes and shout-outs. Written blind, without sight of the system under test.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind137.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        [[name:kayden]] went missing again fri night, {{mum}} didnt call it in till sat
        lunchtime as she thought he was at [[name:tyrese]]s. {{MFH}} coordinator not told
        till monday as {{EDT}} log never got passed over, so {{return home interview}} was
        done day 5 not within 72hrs. he wouldnt engage by then. learning - {{EDT}} to email
        the {{missing inbox}} direct not just put on {{Mosaic}} case notes, and we need to
        check the {{Philomena Protocol}} form is actually on file at [[address:22 Harrow Rise]]
        cos mum said no one ever gave her one. [[name:kayden]] is [[age:14]]
    """)),
    ("social_care", "near_miss", block("""
        Subject: Strategy meeting minutes [[date:06/02/24]] - wrong address circulated

        Hi all,

        Just flagging that the minutes from Tuesday's {{strategy meeting}} for [[name:Nevaeh Campbell-Reid]]
        ([[case_reference:LL-2290417]]) went out with her old address at [[address:41 Saffron Court]],
        [[postcode:SE18 6QW]]. She has been placed with her {{aunt}} since January and the new
        address was deliberately kept off the minutes because of the {{CSE}} concerns around
        the adult male. No harm done as far as we know - [[name:Bernadette]] in business support
        spotted it before the version went to {{Education}} and recalled it from the {{CJSM}}
        mailbox within the hour.

        Can we please all check the {{Liquidlogic}} address field before minutes go out.

        Thanks,
        DC [[name:Olumide Bankole]]
        {{Police Liaison Officer}} | [[organisation:Woolwich Exploitation Hub]]
        [[phone:07700 914 382]] | [[email:olumide.bankole@met.police.example.uk]]
    """)),
    ("social_care", "success", block("""
        [[name:Priya Ramasamy]] 10:42
        massive shout out to [[name:Connor]] from the {{youth offer}} team 👏👏

        [[name:Priya Ramasamy]] 10:43
        he clocked that [[name:J]] had two phones and a new {{North Face}} coat at the drop in and
        rang it thru to {{MASH}} same day. turns out he was being run up to Margate.
        {{NRM}} referral went in and the {{strategy meeting}} was the next morning

        [[name:Tomasz Wierzbicki]] 10:45
        brilliant. thats textbook {{county lines}} spotting. [[name:Connor]] cc'd on the {{Teams}} thread?

        [[name:Priya Ramasamy]] 10:45
        yep 🙌
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - missing episode, YP: [[name:Amelia-Rose Doherty]] ([[age:15]]), [[case_reference:MOS-771820]]

        [[date:Sat 9 Mar]] 18:30  Left [[organisation:Oakfield House]] children's home, not returned by curfew.
        21:00  Home staff reported to police via {{101}}. Crime ref not given, {{CAD}} [[case_reference:CAD 4471/09MAR]].
        23:15  Seen on {{Snap Map}} at a flat near the retail park. Info passed to police.
        [[date:Sun 10 Mar]] 02:40  Found by patrol in a car, registration [[vehicle_registration:RX17 HDK]], with two adult males.
        03:30  Returned to home. No {{safe and well check}} recorded by police.
        [[date:Mon 11 Mar]]  {{return home interview}} offered by [[name:Siobhan]], declined.
        [[date:Tue 12 Mar]]  {{MACE}} referral made. Vehicle [[vehicle_registration:RX17 HDK]] not on referral - only found in home's log.

        Learning: vehicle details and adult names from the home's log must reach the {{MACE}} panel.
    """)),
    ("social_care", "near_miss", block("""
        [21:07] Duty SW: hi is this EDT? got a call from [[organisation:Greenhill Academy]] {{DSL}}, {{year 10}} boy not home, {{mum}} frantic
        [21:09] EDT - [[name:Gareth]]: yes. name/dob?
        [21:10] Duty SW: [[name:Mikey Osei]] [[date_of_birth:14/07/2009]], open to us [[case_reference:LCS-503318]]
        [21:12] EDT - [[name:Gareth]]: cant see a {{missing persons}} flag on {{LCS}}. has anyone told {{police}}?
        [21:12] Duty SW: mum thought school would
        [21:13] EDT - [[name:Gareth]]: ok I'll ring it in now. please dont assume - always check it's been reported
        [21:40] EDT - [[name:Gareth]]: police have it, ref [[case_reference:CAD 6623]]. {{risk assessment}} graded medium
    """)),
    ("social_care", "success", prose("""
        Learning from good practice. Over about six weeks the {{Adolescent Safeguarding}} team
        and our {{Police Liaison Officer}}, PC [[name:Rhiannon Pryce]], worked together to
        disrupt an older male who was picking up girls from outside [[organisation:St Bede's RC
        High School]]. PC [[name:Pryce]] served a {{Child Abduction Warning Notice}} after the
        social worker, [[name:Hope Adeyemi]], pulled together the sightings from the school, the
        {{MFH}} records and the {{return home interview}} notes for three separate girls. What
        worked: one shared chronology, weekly check-ins, and [[name:Hope]] keeping the girls'
        voice at the centre rather than the paperwork. No further missing episodes for any of
        the three since [[date:19 April]].
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM
        Service: Adolescent & Exploitation Team
        Date of incident: [[date:27/11/2023]]
        Reported by: [[name:Dwayne Hinds]], {{Senior Practitioner}}
        Child: [[name:Lacey-Mae]] ([[case_reference:Mosaic 1180452]])
        DOB: [[date_of_birth:03/05/2010]]
        Category: Information governance
        Description: {{Child Exploitation Screening Tool}} completed for [[name:Lacey-Mae]] was uploaded
        to her brother's record [[case_reference:Mosaic 1180453]] by mistake. Brother's dad
        has {{PR}} and requested a copy of the file under {{SAR}}, which is how we found it.
        Nothing disclosed.
        Immediate action: document moved, {{IG team}} informed, {{Caldicott Guardian}} notified.
        Contributing factors: consecutive IDs, same surname, no prompt in {{Mosaic}}.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - Missing Team - Friday pm

        - [[name:Zain]] ([[age:16]]) - {{RHI}} due Mon, was missing 2 nights. Police want to see him re phone. DS [[name:Kowalczyk]] will call.
        - [[name:Grace]] - back at foster carers. NB carers told us she'd been missing but never reported it to police -- picked up by [[name:Agnieszka]] on the {{MFH}} tracker, fostering SW spoken to. {{LADO}} consult? Discussed with manager, not threshold, but carers need the {{missing protocol}} again.
        - [[name:Ellis]] - no change
        Phone for weekend: [[phone:020 8315 4420]] ({{EDT}})
    """)),
    ("social_care", "success", block("""
        From: [[name:Fiona McAllister]] <[[email:f.mcallister@kingsmeadeschool.example.org.uk]]>
        To: Adolescent Exploitation Team
        Subject: Thank you

        Dear team,

        I wanted to say thank you to [[name:Bill Okonkwo]] for how he handled things with [[name:Tayo]]
        last week. [[name:Tayo]] came into school on the Monday clearly frightened, and [[name:Bill]] was here within
        two hours, spoke with [[name:Tayo]] in the {{inclusion room}} and had a {{safety plan}} agreed with
        {{mum}} before the end of the school day. [[name:Tayo]] said it was the first time an adult
        explained what a {{strategy discussion}} actually is.

        Kind regards,
        [[name:Fiona McAllister]]
        {{Designated Safeguarding Lead}}
        [[organisation:Kingsmeade School]]
        Tel [[phone:01322 558 901]]
    """)),
    ("social_care", "incident", block("""
        MACE DEBRIEF NOTES - [[date:14.03.24]]
        Present: [[name:AK]] (chair), [[name:RH]] (police), [[name:SO]] (YJS), [[name:ML]] (health)

        1. Two YP from the [[organisation:Brambles Estate]] group were discussed in separate meetings two weeks apart. Nobody linked them until [[name:SO]] said they were co-accused.
        2. {{Operation Encompass}} notifications not reaching the {{MACE}} coordinator.
        3. {{Police}} intel went on the minutes, which were then shared wider than agreed.

        Actions: group mapping before each {{MACE}}; intel in a separate {{restricted}} annex; [[name:RH]] to check the {{Niche}} flag.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss on [[date:Thursday 2nd May]]. The {{return home interview}} template on the system
        still auto-fills the {{police}} contact as the old {{missing persons coordinator}}, who
        left in {{February}}. A worker nearly emailed a child's disclosure about being taken to
        a {{trap house}} to someone who no longer works there. Caught because the email bounced
        as {{out of office}}. Template now fixed by {{systems team}}.
    """)),
    ("social_care", "success", prose("""
        good catch from [[name:Sky Nwachukwu]] on the {{MFH}} desk - while logging a return she
        noticed the taxi firm that dropped [[name:Leah]] home was the same one in two
        previous reports, reg [[vehicle_registration:KE21 ZPT]] both times. passed it to PC
        [[name:Donnelly]] via the {{intelligence submission form}} and the {{licensing team}} at the
        council. driver now suspended pending {{DBS}} review. nice one [[name:sky]] 🙌 - {{Missing Children
        Coordinator}} team
    """)),
    ("social_care", "incident", prose("""
        On [[date:18 January 2024]] a letter inviting a parent to an {{initial child protection
        conference}} was posted to the wrong Mrs [[name:Ahmed]]. Both families are open to the
        team and both live on [[address:Marlowe Road]], [[postcode:SE13 7NB]], at numbers 12 and 21. The letter named the
        young person, [[name:Yusuf]], and referred to {{criminal exploitation}}. The other family
        returned it unopened the next day and rang {{business support}}. Datix [[case_reference:W-48217]]
        raised. We now check the full address against the {{Liquidlogic}} record and the
        {{CP plan}} before any letter is printed, and {{second-class post}} is no longer used for
        {{conference}} invites.
    """)),
    ("social_care", "near_miss", block("""
        Missing coordinator note - [[date:3/6]]

        {{rhi}} for [[name:Ruby-Jean]] nearly didnt happen, she was booked in for 4pm at the {{youth hub}} but the hub was shut for {{training}} and nobody told us. worker ([[name:Callum Ferguson]]) picked it up at 3 when he rang ahead and moved it to the {{McDonald's}} on the high st. [[name:ruby]] went missing again that night, so if we'd lost the slot we'd have had nothing from her.
        - check {{hub calendar}} weekly
        - always ring ahead
    """)),
    ("social_care", "success", prose("""
        Huge thanks to {{EDT}} and the night {{duty inspector}} on Saturday. A [[age:15]] year old girl
        was found at a {{service station}} two hundred miles away and instead of leaving her in a
        {{police station}} overnight they arranged a {{Section 20}} bed and a social worker met her.
        Exactly what the {{Concordat}} is supposed to look like.
    """)),
    ("social_care", "incident", block("""
        Police liaison - learning summary
        Crime no: [[case_reference:01/83492/24]]
        YP: [[name:Will Stanescu]], DOB [[date_of_birth:11.09.2007]], aged [[age:16]], charged {{PWITS}} on [[date:22/02/24]]
        Issue: bail refused and the custody sergeant requested a {{PACE bed}} at 19:10. The borough has
        no dedicated {{PACE}} provision and the {{EDT}} worker phoned eleven placements. None accepted.
        [[name:Will]] spent the night in the cells at [[organisation:Lewisham custody suite]] and went to court
        in the morning without an {{appropriate adult}} briefing from us.
        Contributing: no {{protocol}} with neighbouring boroughs; {{EDT}} single-staffed; placement
        list on the shared drive last updated 2022.
        Outcome: raised at {{Local Safeguarding Partnership}}; joint bid for one {{PACE}} bed with [[organisation:Greenwich Children's Services]].
        Logged by [[name:Hannah Yeboah-Mensah]] [[email:h.yeboahmensah@borough.example.gov.uk]]
    """)),
    ("social_care", "success", prose("""
        Appreciative review, sibling group [[case_reference:LCS-66120]]. This case could easily
        have gone wrong: three brothers, the eldest, [[name:Marek]], aged [[age:17]], known to be
        running drugs and the youngest at [[organisation:Little Acorns Nursery]]. What went
        well was that the {{health visitor}}, the nursery and our {{Adolescent Safeguarding}}
        worker, [[name:Ciara O'Sullivan]], all used the same {{Signs of Safety}} mapping and
        met in the family home at [[address:Flat 3, Tamworth House]] rather than at the office.
        {{Contextual Safeguarding}} was applied to the park by the flats as well as to the
        boys. [[name:Marek]] has since moved to college and the younger two were stepped down to
        {{Early Help}}. Small practical things mattered too. [[name:Ciara]] helped [[name:Marek]] chase his National
        Insurance number, [[ni_number:JT 44 81 27 C]], which had never arrived because post went to
        his dad's old flat, so he could open a bank account and stop being paid in cash. His
        {{Personal Adviser}} from the {{Leaving Care}} team was introduced early rather than at 17
        and a half. The family said the thing that helped most was being seen by the same worker
        every week, at the same time, on {{Thursday}} evenings after the youngest was in bed.
        Our learning: consistency of worker and bringing the {{nursery}} into the
        {{Team Around the Family}} from the start.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Ulysses ref: [[case_reference:ULY-208841]]
        Date/time: [[date:11/10/2023]] 02:15
        Location: {{Section 136 suite}}, [[organisation:Ashcombe Centre]]
        Category: Delay / access to place of safety
        Description: Police arrived with a man in his 40s detained under {{s136}}. Suite was already
        occupied and no second bed. He was kept in the back of the police van in the {{ambulance bay}}
        for 3h 40m. {{AMHP}} not able to attend until 06:00. Patient was distressed, had not eaten,
        and officers reported he had hit his head on the cage. {{NEWS2}} not done until 06:20.
        Immediate action: {{ED}} consultant reviewed, minor head injury, {{Glasgow Coma Scale}} 15.
        Reporter: [[name:Sunita Gill]], Band 6, {{136 coordinator}}
    """)),
    ("health", "near_miss", prose("""
        On [[organisation:Willow Ward]] this morning the {{medication round}} nearly went wrong
        because we have two service users with very similar names, [[name:Rose Turnbull]] and
        [[name:Ross Turnbull]], not related. [[name:Ross]] was about to be given [[name:Rose]]'s {{sodium
        valproate}}. The {{HCA}} doing the second check, [[name:Aled]], stopped it because [[name:Ross]]
        doesn't have a photo in the {{EPMA}} and he asked for his {{hospital passport}}. Both now
        have photos and a {{name alert}} on the {{drug chart}}.
    """)),
    ("health", "success", block("""
        Shout out - psych liaison night team

        [[name:Nkechi]] assessed a [[age:19]] yr old in {{ED}} who said she had taken "a few"
        {{paracetamol}} the day before. Triage had her as fit for discharge after a normal
        4-hour level. [[name:Nkechi]] pushed for a repeat because the timings didn't add up - it was a
        {{staggered overdose}} over about 30 hours. {{LFTs}} deranged, {{Parvolex}} started, admitted
        under {{AMU}}. Medics said another few hours would have been a very different outcome.

        Pt NHS [[nhs_number:850 902 7528]] for the Datix.
        Please pass on to [[name:Nkechi Eze]] - {{Learning from Excellence}} nomination going in.
    """)),
    ("health", "incident", prose("""
        Following {{rapid tranquillisation}} with {{IM lorazepam}} on [[organisation:Hawthorn PICU]] on
        [[date:4 September]], the physical health observations required by the trust policy were not
        done for the first hour. The patient, Mr [[name:Patrick Flanagan]], was asleep and staff
        recorded "obs declined". He had also had {{haloperidol}} earlier in the shift and had no
        baseline {{ECG}} on file. A {{Band 5}} nurse, [[name:Dariusz]], noticed he was very difficult
        to rouse at 16:40 and escalated; {{SpO2}} was 89% and the {{crash team}} were called. He
        recovered without lasting harm. Review found observations are routinely recorded as
        declined when a patient is asleep, when the policy expects at least {{respiratory rate}}
        and visual checks. Staff told the review that the {{pulse oximeter}} on the ward had been
        broken for a fortnight and the spare was kept in the clinic room on the other unit, so
        taking a full set meant leaving the ward short. Nobody felt able to wake a patient who
        had just been restrained. This is not about one nurse: the night team were two
        qualified down and the bank shift was not filled. Actions agreed at the {{patient
        safety huddle}}: two working oximeters per ward, checked daily; a simpler observation
        chart that allows "asleep - RR 16, colour good"; and a teaching session led by the
        physical health lead.
    """)),
    ("health", "near_miss", block("""
        [[name:Jess Fairweather]] 07:52
        morning - the lady in 136 came in at 09:10 yesterday, I make it the {{24 hour}} clock runs out at 09:10 today and {{s12}} still not booked??

        Dr [[name:Imran Qureshi]] 07:55
        She's not {{medically cleared}} - {{ED}} had her til 13:00. Still counts from arrival though.

        [[name:Jess Fairweather]] 07:56
        exactly. {{AMHP}} says earliest is 10:30

        Dr [[name:Imran Qureshi]] 07:58
        I'll do the {{12 hour extension}} paperwork now and see her myself at 08:30. Good spot [[name:Jess]].
    """)),
    ("health", "success", block("""
        From: [[email:lorraine.baptiste62@gmail.com]]
        Subject: My son [[name:Jerome]]

        To the staff on [[organisation:Seacole Unit]],

        I want to thank you for the care you gave [[name:Jerome]] over the past eight weeks. You took the
        time to read his {{communication passport}} and learned his {{Makaton}} signs, and when
        he got upset about the {{fire alarm}} test you remembered it was the noise and moved him
        before the next one. No {{restraint}} this admission - the first time ever. The {{speech and language therapist}} even
        came to his {{ward round}} so he could have his say.

        Special thanks to [[name:Summer]] and [[name:Kofi]].

        [[name:Lorraine Baptiste]]
        [[phone:07946 227 013]]
    """)),
    ("health", "incident", block("""
        DATIX [[case_reference:DW-2024-03391]]
        Patient: [[name:Callum Ross-Whyte]]
        NHS no: [[nhs_number:126 533 7500]]
        DOB: [[date_of_birth:30/08/1998]]
        NI no: [[ni_number:NH482915B]] (appointee: dad)
        Hosp no: [[case_reference:RJ7 884412]]
        Ward: [[organisation:Brunel Ward]] ({{learning disability}} assessment & treatment)
        Incident: unwitnessed fall in bathroom 22:40, found on floor by {{HCA}}. Small laceration to
        eyebrow. [[name:Callum]] has {{epilepsy}} and was meant to be on {{1:1}} in bathroom per {{care plan}}
        but 1:1 was pulled to cover {{seclusion}}.
        Harm: low
        Actions: {{on-call doctor}} review, neuro obs, {{head injury}} leaflet to dad.
    """)),
    ("health", "near_miss", block("""
        PSYCH LIAISON HANDOVER  [[date:Sun 17/03]]  (night -> day)

        Bay 4  Ms [[name:K. Lindqvist]]  - see {{ED}} notes. {{MHA}} assessment pending, family at [[address:The Old Forge, Church Lane]], [[postcode:KT22 9HL]].
        Bay 9  Mr [[name:Ogunleye]] - {{alcohol withdrawal}}, {{CIWA}} 14, on {{chlordiazepoxide}}.
        Resus  unknown male, ?[[age:30s]] - nearly left the dept, {{ED}} security stopped him at the door.
               Had been put on the "ok to leave" list by mistake as the wrong bay was written on the board.

        NB CHECK THE BOARD vs {{Symphony}} before anyone is marked as ok to leave.
    """)),
    ("health", "incident", block("""
        Timeline - {{AWOL}} from place of safety, [[date:28 July 2023]]

        14:05  [[name:Hamza Al-Rashid]] ([[age:23]]) brought to suite by police under {{s136}}. Searched.
        14:30  Officers handed over and left. One staff member in suite.
        15:10  Staff member called to the {{alarm}} in the corridor. Door to the {{garden area}} left on the latch.
        15:12  [[name:Hamza]] climbed the fence.
        15:14  Police informed. {{Missing person}} report made, ref [[case_reference:MPS-23-118230]].
        17:50  Located by police on the railway bridge on [[address:Station Approach]]. Returned, unharmed.

        Key learning: never run the suite single-staffed; garden door now has an {{auto-lock}}.
    """)),
    ("health", "success", prose("""
        A big thank you to [[name:Mark Addo]], our {{LD liaison nurse}}. When [[name:Ahmed]],
        who is {{autistic}} and non-verbal, came in for a {{dental extraction under GA}}, [[name:Mark]]
        arranged a quiet room, a {{desensitisation}} visit the week before and for the
        {{anaesthetist}} to meet him in the car park. The {{best interests}} meeting was done
        properly and the whole thing took 40 minutes with no distress. This is what the
        {{Oliver McGowan Mandatory Training}} is about.
    """)),
    ("health", "near_miss", prose("""
        clozapine - pt on [[organisation:Rowan Ward]] missed 3 days of doses because the {{pharmacy}}
        thought she'd been discharged ({{ZTAS}} registration showed the old ward). we nearly
        restarted her at the full dose of 350mg. [[name:deepa]] ({{pharmacist}}) caught it on the
        {{clozapine}} clinic list and flagged that after 48 hrs missed she needs {{retitration}}.
        reminder for all - anyone missing >48h of clozapine needs a {{medical review}} before
        restarting
    """)),
    ("health", "incident", block("""
        From: [[name:Gavin Morrison]] (AMHP)
        Sent: [[date:15 February 2024]] 23:47
        To: Bed Management; [[email:psychliaison.northgate@nhs.example.net]]
        Subject: No bed - again

        Evening,

        Man assessed at [[organisation:Northgate General]] {{ED}} at 15:00, detained {{Section 2}},
        no bed found in trust. Out-of-area bed found in Middlesbrough at 22:30, {{secure transport}}
        booked for 02:00. He will have spent over 11 hours in {{ED}} after the decision to admit.
        Please can this go on the {{12 hour breach}} log. His {{nearest relative}} is upset
        because it is 250 miles from home.

        [[name:Gavin Morrison]]
        {{Approved Mental Health Professional}}
        [[phone:0161 496 0732]]
    """)),
    ("health", "success", block("""
        Debrief - [[organisation:Brunel Ward]], after incident with [[name:TJ]]

        What happened: [[name:TJ]] became very distressed at teatime (loud, banging head). Staff followed his
        {{PBS plan}} step 2: cleared the lounge, turned off the telly, offered {{weighted blanket}}
        and his music.
        What went well: nobody went hands on. {{PRN}} not needed. [[name:Oksana]] stayed with him and
        used the {{low arousal}} approach. Settled in 20 mins.
        What could be better: agency staff hadn't read the plan. {{STOMP}} lead to do 10-min
        briefing at each handover.
    """)),
    ("health", "near_miss", prose("""
        Near miss [[date:21/08]]. A {{ligature cutter}} was missing from the {{136 suite}} {{emergency
        bag}} during the {{daily check}}. It had been borrowed for the ward and not returned. Replacement
        put in and bag now has a {{tamper tag}}. No patient involved. {{Datix}} done.
    """)),
    ("health", "incident", prose("""
        On [[date:Tues 9th]] the liaison team phoned the {{next of kin}} listed for a young woman seen
        in {{ED}} after self-harm. The number on {{SystmOne}} was out of date and belonged to her
        ex-partner, [[name:Lewis]], who she had a {{non-molestation order}} against. The nurse told
        him she was in hospital. The patient, [[name:Chloe Banerjee]], NHS [[nhs_number:685 687 2682]],
        has been told and is safe; {{MARAC}} informed and the {{IDVA}} has been in touch. The correct
        next of kin is her sister on [[phone:07712 603 448]]. We now confirm NOK with the patient
        before any call, every time, even when it is on the system.
    """)),
    ("health", "success", block("""
        Learning from Excellence - nomination
        Nominee: [[name:Grace Mbatha]], {{Staff Nurse}}, [[organisation:Ashcombe Centre]] 136 suite
        Nominated by: Sgt [[name:Pete Lawless]]
        What they did: [[name:Grace]] spotted that a man brought in under {{s136}} was {{hypoglycaemic}}, not
        psychotic. BM 2.1. Gave {{GlucoGel}}, called {{ED}}, and stopped us being tied up for hours on
        the wrong pathway. Really calm.
    """)),
    ("health", "near_miss", block("""
        {{MHA office}} - scrutiny note

        Patient: [[name:Olamide Fashola]]
        {{H3}} form for {{renewal}} had the wrong date of detention ([[date:12/01/24]] instead of
        [[date:21/01/24]]). Spotted by [[name:Eilidh Baird]] during {{scrutiny}} before it reached the
        {{Hospital Managers}}. If it hadn't been caught, the renewal could have been invalid and the
        patient unlawfully detained. Rectified under {{section 15}} within the 14 days.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        TECH LOG EXTRACT - [[aircraft_registration:G-HMSR]]  {{H145}}
        Sector 3, [[date:07 Jun 24]]

        Defect: {{MGB CHIP}} caution illuminated on return leg, approx 8nm from base. {{Captain}}
        carried out {{precautionary landing}} in field, {{RFM}} emergency procedure followed.
        Patient already handed over - crew only on board.
        Action: {{chip detector}} removed and inspected by engineer [[name:Ray Cheung]], fine
        fuzz found, {{MOR}} [[case_reference:MOR 2024/06/0412]] raised. A/c recovered by road.
        ASR [[case_reference:ASR-1187]].
        CRS signed [[name:R. Cheung]] {{Part 145}} approval.
    """)),
    ("aviation", "near_miss", prose("""
        While on finals to a {{HLS}} in a park, the {{HEMS}} crew saw a drone at about 200ft,
        maybe 50 metres off the nose. The pilot, Capt [[name:Owain Jenkins]], went around and
        landed on the other side of the field. Police located the operator, who said he didn't
        know he had to land for a helicopter. Reported to {{CAA}} via {{ECCAIRS}} and an
        {{Airprox}} filed, ref [[case_reference:2024/118]]. Aircraft [[aircraft_registration:G-KSSX]].
    """)),
    ("aviation", "success", block("""
        [[name:Naz]] (ops desk) 14:21
        call came through {{999}} with the {{what3words}} but the caller read it out wrong - it put us in the sea lol

        [[name:Naz]] (ops desk) 14:22
        cross-checked with the {{AMPDS}} address and the {{ARP}} and it was 1 word off. sent the crew the right one before lift

        Dr [[name:Louise Hartley]] 14:40
        we landed 200m from the patient. really well done [[name:Naz]]. {{tension pneumothorax}}, would not have had time to hunt around
    """)),
    ("aviation", "incident", block("""
        AIR SAFETY REPORT  [[case_reference:ASR 24/077]]
        Date: [[date:02 Feb 2024]]   A/C: [[aircraft_registration:G-RSCU]]   Callsign: [[flight_number:HLE58]]
        Event: {{blood products}} temperature excursion
        Narrative: On return from a long tasking the {{Credo}} cool box logger showed the
        {{packed red cells}} had been above 6°C for 42 minutes. The box had been placed next to the
        {{heater outlet}} in the cabin. Units not used, returned to [[organisation:Royal Westmoor Hospital]]
        blood bank for disposal.
        Reported by: {{Critical Care Paramedic}} [[name:Shabnam Karimi]]
        Actions: stowage position marked on the {{cabin diagram}}, brief at {{daily brief}}.
    """)),
    ("aviation", "near_miss", prose("""
        Night tasking on {{NVG}} to a school playing field. Landing site on the {{HLS database}}
        did not show new overhead cables that had gone up for the building work. {{HTC}} [[name:Stu]]
        spotted the poles at 300ft on the recce orbit and we landed at the far end. The site is the
        field behind [[organisation:Coed-y-Brenin Primary School]]. Database now updated and
        a {{NOTAM}}-style note added to the {{EFB}}. Reminder to always fly the full recce at night.
    """)),
    ("aviation", "success", prose("""
        Shout out to [[name:Bronwen]] on the {{charity ops desk}} on Saturday - took the call from the
        family of the motorcyclist we flew last year who wanted to come and visit, spotted the
        daughter sounded very low, and gently signposted to our {{Patient and Family Aftercare}}
        team rather than just booking the visit. She also put a {{welfare flag}} on
        {{Raiser's Edge}} so the {{base visit}} team knew before they met the family. Lovely work, and
        exactly the kind of care our {{supporters}} pay for.
    """)),
    ("aviation", "incident", block("""
        Data incident - Charity Ops
        Date: [[date:19 October 2023]]
        Summary: The {{lottery}} team sent the monthly update using {{Mailchimp}} with the donor list
        in the "To" line of a test send instead of BCC. 63 supporters received each other's emails,
        including [[email:m.oconnell1957@btinternet.com]] who phoned to complain.
        Reported to {{DPO}} same day; not reportable to the {{ICO}} after assessment.
        Contact for complaints: [[name:Kerry-Ann Lewis]], [[phone:01633 870 214]], Supporter Care,
        [[organisation:Gwent Air Ambulance Charity]], [[address:Unit 4, Llantarnam Park]], [[postcode:NP44 3AW]]
        Learning: test sends only to the internal list; {{GDPR}} refresher for the team.
    """)),
    ("aviation", "near_miss", block("""
        Base group chat

        [[name:Dave P]]: who called the {{fuel bowser}}?
        [[name:Leon]]: me, why
        [[name:Dave P]]: driver was new, he was about to put {{AVGAS}} in. nozzle didnt fit and he went back to the truck for an adaptor
        [[name:Leon]]: 😳 she only takes {{Jet A-1}}
        [[name:Dave P]]: yeah i stopped him. the fuel supplier's sending a {{Jet A-1}} bowser reg [[vehicle_registration:WU70 FHE]] now
        [[name:Leon]]: {{ASR}} please. and the {{fuel ticket}} needs the {{grade}} checked every time
        [[name:Dave P]]: on it
    """)),
    ("aviation", "success", prose("""
        Debrief following a multiple-casualty {{RTC}} on the motorway, [[date:Wednesday 12 June]].
        Two aircraft attended, [[aircraft_registration:G-HMSR]] and [[aircraft_registration:G-OCCU]],
        plus a road car. The pre-hospital doctor on scene, Dr [[name:Aoife Brennan]], took the role
        of {{Medical Incident Commander}} and allocated patients using {{triage sieve}}, which
        freed the second crew to perform {{RSI}} on the most unwell patient. The {{CRM}} was
        excellent: clear closed-loop communication, and the pilot, FO [[name:Lucas Ferreira]], kept
        everyone updated on the weather window for the {{MTC}}. Both patients survived.
        Points raised: the two aircraft had different {{radio}} talk groups for the first ten
        minutes, which meant the second crew landed without knowing who was in charge. The road
        car paramedic, [[name:Jordan Smith-Akinola]], fixed this by going across on foot. In the
        {{hot debrief}} everyone agreed the tabards helped: you could see the commander from
        across the carriageway. Actions: single {{Airwave}} talk group for multi-aircraft jobs,
        to be set by the ops desk at the time of the second tasking; add this job to the
        {{clinical governance day}} in the autumn as a case study.
    """)),
    ("aviation", "incident", prose("""
        the {{response car}} [[vehicle_registration:YR68 HMP]] clipped the gate post reversing out of
        {{base}} at about 03:00, driver ([[name:Ben]]) was rushing to a {{category 1}} job. small dent
        on the rear {{light bar}}. no one hurt, job still reached on time. {{gate sensor}} has been
        broken since [[date:1 march]] and it's reported twice already. {{estates}} please!!
    """)),
    ("aviation", "near_miss", block("""
        MOR [[case_reference:MOR 2023/11/0288]]
        Aircraft: [[aircraft_registration:G-KSSX]] {{AW169}}
        Flight: positioning, {{VFR}}, [[date:23 Nov 2023]]
        Narrative: Climbing through 1,800ft on departure from the hospital helipad, {{TCAS}} gave a
        {{TA}} then an {{RA}} - "Climb, climb". Traffic identified as [[flight_number:EZY47KP]] on the ILS
        into the airport. The helicopter had a {{Class D}} clearance from approach but was given a
        different squawk after a controller handover. Crew complied with the RA; minimum separation
        estimated 0.6nm / 400ft. {{ATC}} reported it themselves.
        Commander: Capt [[name:Hamish Stewart]]
    """)),
    ("aviation", "success", block("""
        From: Dr [[name:Adaeze Nnamdi]] <[[email:adaeze.nnamdi@nhs.net]]>
        To: [[email:crew.ops@airambulance.example.org]]
        Subject: Patient from [[date:Friday 5th]]

        Hi both,

        Just to let the crew know the lady from the farm accident in North Yorkshire walked out of
        {{ICU}} yesterday. Your {{REBOA}} and the {{pre-alert}} to our {{trauma team}} made the
        difference - we had the {{massive transfusion protocol}} running before you landed.

        Best,
        [[name:Adaeze]]
        {{Consultant in Emergency Medicine}}, [[organisation:St Aldric's Major Trauma Centre]]
    """)),
    ("aviation", "incident", prose("""
        {{ultrasound}} left at scene on [[address:Cwm Road]] after a {{cardiac arrest}}, realised at base
        an hour later. {{police}} had it and dropped it back. {{kit check}} at handover didn't include
        the {{Butterfly}} because it's kept in the doctor's personal bag. adding to the {{checklist}}
    """)),
    ("aviation", "near_miss", prose("""
        During {{rotors running}} hot load at a hospital pad, the {{baggage hold}} door on
        [[aircraft_registration:EI-MCH]] was found unlatched by the {{HEMS Technical Crew Member}},
        [[name:Kasia Zielińska]], on her walkround before lift. The door had been opened to load the
        spare {{oxygen cylinder}}. Latched and lifted. If missed, the door could have opened in
        flight. The {{walkround}} before every lift proved its worth.
    """)),
    ("aviation", "success", prose("""
        A huge thank you to our volunteer drivers, especially [[name:Alan]], who on [[date:Christmas Day]]
        drove the spare {{blood fridge}} from the {{hospital blood bank}} to the base in the snow so the
        aircraft could stay {{online}}. The {{Land Rover}} from his farm coped far better than our
        {{response car}} would have. {{Volunteer of the Month}} nomination going in.
    """)),
    ("aviation", "near_miss", block("""
        CHRONOLOGY - weather diversion, [[flight_number:HLE21]], [[aircraft_registration:N145HM]] (on lease)

        19:02  Tasked to a {{cardiac arrest}} in the valleys. {{METAR}} at base OVC008.
        19:10  Lifted. {{Captain}} [[name:Ifeanyi Obi]] briefed a minimum of 500ft and a turn back point.
        19:24  Cloud lowering, snow showers. Reached the turn back point and elected to land at a
               road junction and have the team go by car.
        19:31  Landed. Road ambulance took over.
        20:40  Aircraft returned VFR after the shower passed.

        21:15  Hot debrief at base with [[name:Ifeanyi Obi]], the {{HEMS paramedic}} and the doctor.

        Comment: no {{inadvertent IMC}}, but the tasking came from the {{ARP}} with no weather prompt.
        The crew felt some pressure because it was a child. The {{Captain}} said out loud that the
        clinicians would go by road if the weather went below limits, which made it easy for
        everyone to accept. That was good {{threat and error management}}.
        Ops desk to add a weather check box to the {{tasking form}}.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind137", REPORTS))


if __name__ == "__main__":
    main()
