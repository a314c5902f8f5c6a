"""Held-out blind corpus 150: just-culture incident and learning reports, hand-written blind.

Setting: a borough's fostering service and its foster carers' support groups (social care), a
community children's nursing team and special school nurses (health), and an airline training
department's cabin crew trainers (aviation). Style: the ordinary mix UK staff really type -
rushed lower-case notes with typos, careful narratives, chronologies, e-mails with signatures,
Teams/WhatsApp chat, incident forms with field labels, handover sheets, debrief notes and
shout-outs. Identifiers are marked `[[label:value]]` and must-not-redact mentions `{{term}}`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind150.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        duty log [[date:03/02/24]] 19.40 - carer [[name:bev okonjo]] rang the {{out of hours}} line,
        [[name:Kai]] ([[age:14]]) not back from {{family time}} at {{mum}}'s flat, was due back 7pm.
        mum not picking up on [[phone:07700 900417]]. advised [[name:bev]] to follow the
        {{missing from care}} protocol and ring 101, police ref [[case_reference:MFH/24/00871]].
        [[name:kai]] walked in at 21.10 says his phone died. {{return home interview}} to be offered
        within 72hrs, {{SSW}} [[name:Tariq]] to pick up tomorrow. nobody had a second number for mum
        on {{Mosaic}} - that needs fixing
    """)),
    ("social_care", "success", prose("""
        Shout-out to [[name:Grace]] and [[name:Desmond Achterberg-Lewis]] who ran the
        {{support group}} at [[organisation:Fernhill Community Centre]] on [[date:Thursday 14th]]
        when our facilitator was off sick. Eleven carers came, including two new {{kinship carers}}.
        [[name:Grace]] covered {{delegated authority}} and [[name:Desmond]] talked people through the
        {{allegation}} process from a carer's point of view, which is exactly what new carers tell us
        they lie awake worrying about. Feedback forms were all 4s and 5s and three people asked for a
        follow-up session on {{Staying Put}}. Lovely to see carers supporting carers.
    """)),
    ("social_care", "near_miss", block("""
        Subject: near miss - placement info nearly sent to wrong carer

        Hi [[name:Siobhan]],

        Just flagging a near miss from this morning. I'd drafted the {{placement information record}}
        for [[name:Amira Haddad]] (DOB [[date_of_birth:22/09/2016]], Mosaic [[case_reference:1204587]])
        and the autofill in {{Outlook}} picked [[email:j.mcallister@fostercarers-example.org.uk]]
        instead of [[email:j.mcalister88@gmail.com]]. I only noticed because the surname spelling
        looked off. Nothing left the building. Could we ask IT whether {{Egress}} can block autofill
        for external addresses? I've logged it on the {{near miss register}} anyway.

        Thanks,
        [[name:Ruth Ellington]]
        {{Supervising Social Worker}}
        [[organisation:Westbrook Fostering Service]]
        [[phone:0161 496 0732]]
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - medication error, [[name:Lily-Mae Harper]] ([[age:9]])

        [[date:12.03.24]] 21:00  carer Mrs [[name:Daly]] gives {{melatonin}} 2mg, does not sign {{MAR chart}}
        [[date:12.03.24]] 21:30  Mr [[name:Daly]] gives a second 2mg dose, chart blank
        [[date:12.03.24]] 21:45  error spotted, carers ring {{NHS 111}}, advised to monitor overnight
        [[date:13.03.24]] 07:30  child well, went to school as normal
        [[date:13.03.24]] 09:10  {{SSW}} informed, manager agreed {{Ofsted}} notification not needed
        [[date:14.03.24]]        {{medication training}} refresher booked for both carers

        Learning: sign at the time of giving, not at the end of the evening.
    """)),
    ("social_care", "success", block("""
        [19:02] [[name:Tash]]: anyone got school shoes size 13 kids? little one arrived today on an
        {{emergency placement}} with literally nothing
        [19:05] [[name:Femi O]]: yes!! will drop round, you still on [[address:Ashgrove Rd]]?
        [19:05] [[name:Tash]]: [[address:42 Ashgrove Road]] yeah ty
        [19:11] [[name:Carol]] ({{Mockingbird}} {{hub carer}}): I've got {{uniform}} for
        [[organisation:St Bede's]] too, bringing it now
        [19:14] [[name:Carol]]: will let the {{SSW}} know so the {{setting up allowance}} gets sorted
        [19:30] [[name:Tash]]: you lot are the best x
    """)),
    ("social_care", "near_miss", block("""
        Incident type: Near miss - transport / car seat
        Date: [[date:05/04/2024]]
        Location: {{car park}}, [[organisation:Riverside Family Centre]], [[address:Unit 3 Mill Lane]], [[postcode:LS11 5PA]]
        Child: [[name:Jayden Mensah]] ([[age:2]])
        Staff: [[name:Piotr Kowalczyk]], {{contact supervisor}}
        Description: Escort driver arrived in [[vehicle_registration:YD19 KWP]] with a forward-facing
        seat for a rear-facing child. [[name:Piotr]] refused to let the journey go ahead and waited 40
        mins for a {{pool car}} with an {{ISOFIX}} base.
        Immediate action: transport re-booked, {{foster carer}} informed.
        Learning: booking form to include car seat stage ({{Group 0+}}).
        Reported by: [[name:P Kowalczyk]]
    """)),
    ("social_care", "incident", prose("""
        On [[date:Monday 22 January]] [[name:Chloe]] ([[age:15]]) told her form tutor at
        [[organisation:Hollins Park Academy]] that her foster carer, Mr [[name:Aleksander Nowak]], had
        grabbed her arm during an argument about her phone. The school {{DSL}} phoned the {{MASH}} and
        the referral went to the {{LADO}} the same afternoon. The {{allegation management}} meeting was
        held within two working days and [[name:Chloe]] moved to a {{respite}} carer while enquiries
        were made, which she later said felt like a punishment. The outcome was unsubstantiated. Our
        learning: nobody explained to [[name:Chloe]] why she was moving or for how long, and Mr
        [[name:Nowak]] waited nine days for independent support from {{The Fostering Network}}. The
        {{independent visitor}} has since helped us write a one-page explainer for young people,
        and the {{SSW}} now rings the carer on the day an allegation is made, even if she can say very
        little, so that carers are not left sitting at home wondering. We have also agreed with the
        {{IRO}} that a short {{placement stability meeting}} happens before any child returns, so the
        relationship is repaired and not just resumed. [[name:Chloe]] went home to the
        [[name:Nowak]] family on [[date:14 February]] and is doing well.
    """)),
    ("social_care", "success", block("""
        From: [[name:Yasmin Choudhury]] <[[email:yasmin.choudhury@bramleigh.gov.uk]]>
        To: Fostering team managers
        Subject: thank you - [[name:Reuben]]'s review

        Just wanted to say how well the {{LAC review}} went for [[name:Reuben]] on [[date:8th May]].
        His carers [[name:Hope]] and [[name:Marcus Bell]] had helped him make a {{PowerPoint}} about his
        year, including his swimming badges and his {{PEP}} targets, and he chaired the first ten
        minutes himself. The {{Virtual School}} rep said it was the best review she'd been to this year.
        The {{care plan}} is now written in his words.

        Kind regards
        [[name:Yasmin Choudhury]]
        {{Independent Reviewing Officer}}
        [[phone:01632 960418]]
    """)),
    ("social_care", "near_miss", prose("""
        quick one for near miss log - sessional worker (new, agency) turned up to take [[name:Jordan]]
        ([[age:6]]) for {{unsupervised}} contact at dads, [[address:17 Carrow St]]. {{contact plan}}
        says {{supervised}} only, {{interim care order}} still in place. carer [[name:ana ferreira]]
        queried it on the doorstep + rang me. sorted, contact moved to the {{family centre}}. agency
        workers dont get {{Mosaic}} access so cant see the plan - need a printed summary in the bag
        every time. [[name:MK]] [[date:19/6]]
    """)),
    ("social_care", "success", block("""
        Carers' Support Group - notes
        [[organisation:Eastfield Foster Carers Association]], [[date:Wed 10 July]]
        Present: 9 carers, [[name:Owain Pritchard]] ({{SSW}}), Dr [[name:Nkem Eze]] ({{clinical psychologist}},
        [[organisation:Bramleigh CAMHS LAC Team]])

        Topic: {{therapeutic parenting}} and {{PACE}}

        What went well
        - [[name:Rose]] shared how she used {{PACE}} when her teenager trashed the bathroom, really honest
        - new carers said the role play helped more than the slides
        - [[name:Owain]] brought the {{Form F}} assessors along so they could hear what support looks like

        Actions
        - [[name:Nkem]] to run a follow-up on {{sleep hygiene}} in September
        - minutes to go on the carers' {{Facebook group}}
    """)),
    ("social_care", "incident", block("""
        [[name:Kerry-Ann Baptiste]] 10:14
        has anyone got the new address for [[name:Mila]] Z? school have sent her {{EHCP}} paperwork to the old carers

        [[name:Connor Reid]] 10:16
        she's at [[address:Rosewood, Hatch Lane]] now, [[postcode:GU34 2PL]]. which school?

        [[name:Kerry-Ann Baptiste]] 10:17
        [[organisation:Oakbrook Primary]]. they still had [[address:5 Tern Court]] on their system and
        the old carers opened it. full {{annual review}} report with her birth family history in it

        [[name:Connor Reid]] 10:19
        ugh. thats a {{data breach}}, log it with {{Information Governance}} today pls. I'll ring the
        old carers and ask them to return it unopened-ish and let the {{IRO}} know
    """)),
    ("social_care", "near_miss", block("""
        EDT HANDOVER   [[date:Sat 27/07]] -> [[date:Sun 28/07]]

        CHILD        CARER            ISSUE                                  ACTION
        [[name:T.W]] ([[age:11]])    [[name:Bill]] & [[name:Sue Hanley]]   {{respite}} ends Sun, who collects?   ring [[phone:07911 204 388]] am
        [[name:Summer]] ([[age:16]])  [[name:Ola Adeyemi]]         out past curfew again                 no action, home 23:40
        baby [[name:R]]       Mrs [[name:Ip]]??   {{formula}} query                       see below

        NEAR MISS: respite carer was told baby [[name:R]] was on standard formula. {{placement plan}} says
        {{hypoallergenic}} ({{cow's milk protein allergy}}). carer spotted the tin in the bag didn't match
        the plan and rang us before the feed. pls make sure the plan travels with the baby.
    """)),
    ("social_care", "success", prose("""
        I want to record some good practice around {{Staying Put}}. A young person who came to us at
        twelve turned eighteen last month and wanted to stay with her carers while she finishes her
        college course. The carers, the {{personal adviser}} from the {{Leaving Care}} team and the
        {{SSW}} started the conversation almost a year early, so the {{pathway plan}}, the
        {{housing benefit}} claim and the new agreement were all signed before her birthday on
        [[date:2 August]]. Nothing changed for her on the day except a cake. The carers said the
        clear written guide on allowances made the difference, because in the past they had heard
        horror stories about income dropping overnight. What we would do the same again: a named
        worker who owned the timeline, a checklist shared with the carers on the first visit, and
        the young person in the room for every meeting. What we would change: the {{council tax}}
        discount form still arrived late, so we have asked finance to add it to the starter pack.
    """)),
    ("social_care", "incident", block("""
        To: [[email:fostering.duty@bramleigh.gov.uk]]
        Subject: car broken into - carer file taken

        Reporting that my car ([[vehicle_registration:BK68 XTU]]) was broken into outside
        [[address:88 Sefton Road]], [[postcode:L17 8XR]] last night between 11pm and 6am. A paper file for carers
        Mr and Mrs [[name:Okoro-Whitfield]] (LCS [[case_reference:LCS-338190]]) was on the back seat in a
        {{lockable bag}}; the bag was taken. Police crime number [[case_reference:43240051829]].
        The file had their {{annual review}}, a {{supervision}} record and a copy of the
        {{DBS}} form with Mr [[name:Okoro-Whitfield]]'s NI number ([[ni_number:NE 63 19 04 A]]) but no
        children's details. I know files should go in the boot and I'm sorry. {{Information Governance}} and my
        manager [[name:Declan]] are informed, and I've rung the carers.

        [[name:Priya Raman]]
        {{Supervising Social Worker}}
    """)),
    ("social_care", "success", prose("""
        Good catch by carer [[name:will]] on [[date:Fri 8th Nov]]: while bathing [[name:Zainab]] ([[age:4]])
        he noticed a cluster of small round marks on her upper arm after she came back from {{contact}}.
        He didn't question her, photographed nothing, wrote down exactly what she said in her own words
        and rang the {{duty social worker}} within the hour. A {{child protection medical}} was done at
        [[organisation:Lindow Children's Centre]] the next day and a {{strategy meeting}} followed.
        This is exactly what our {{safeguarding training}} asks for and it made the {{section 47}}
        enquiry much cleaner.
    """)),
    ("social_care", "near_miss", block("""
        Timeline - nut allergy / respite weekend
        Fri 16:00  [[name:Ewan]] ([[age:8]]) dropped at respite carers ([[name:Morag]] & [[name:Iain MacLeod]])
        Fri 16:05  handover done on the doorstep, bag had {{EpiPen}} x2 but no letter
        Fri 17:30  [[name:Morag]] reads {{placement plan}}, sees {{peanut allergy}}, bins the satay she'd made
        Fri 17:35  rings {{SSW}} [[name:Gwen Bevan]] [[phone:07700 900 562]] to check
        Mon        discussed at {{team meeting}}
        Learning: {{allergy action plan}} to be a standing item in every respite handover, doorstep
        handovers not ok.
    """)),
    ("social_care", "success", prose("""
        Really pleased with how the {{Form F}} assessment went for the couple presented at
        {{fostering panel}} on [[date:21 March]]. Panel praised the {{ecomap}}, the honest section on
        their own childhoods and the way the assessor used the {{Skills to Foster}} course feedback.
        Approved unanimously for two children aged 0-10, {{ADM}} decision within a week.
    """)),

    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        DATIX [[case_reference:DW48213]]
        Date/time: [[date:16/01/2024]] 11:20
        Location: {{hydrotherapy pool}}, [[organisation:Brookfield Special School]]
        Patient: [[name:Aaliyah Bashir]]  NHS No: [[nhs_number:563 347 2268]]  DOB: [[date_of_birth:03/07/2015]]
        What happened: {{gastrostomy}} button ({{MIC-KEY}} 14Fr) came out in the pool. Spare kit in
        her bag was out of date and the school nurse ([[name:H Conway]]) could not re-site it. Stoma
        started to close. Mum took her to [[organisation:Kestrel Ward]] where it was replaced with a
        smaller size.
        Harm: low
        Actions: {{CCN}} to check every child's spare {{button}} expiry each half term.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Joanne Kirkwood]]
        Sent: [[date:29 February 2024]] 08:52
        To: {{CCN}} team inbox
        Subject: buccal midaz dose - school plan out of date

        Morning all,
        Caught one this morning. [[name:Leo]]'s {{rescue medication}} plan at school still says
        {{buccal midazolam}} 5mg but his {{neurologist}} increased it to 7.5mg in January after his
        weight went up. Mum mentioned it at drop-off. Nothing given, he's had no {{seizures}}, but the
        staff would have underdosed. New plan signed today and the old one shredded.
        Can we add a prompt to {{SystmOne}} so school nurses get a task when an {{epilepsy}} plan changes?

        [[name:Jo]]
        {{Special School Nurse}}, [[organisation:Hawthorn Lea School]]
        [[phone:01632 960 771]]
    """)),
    ("health", "success", prose("""
        Massive thank you to [[name:Adebayo]] from the {{community children's nursing}} team. He spent
        two afternoons in {{October}} training the class team at [[organisation:Millbrook Academy]]
        on {{tracheostomy}} care and {{suction}}, using our {{mannequin}} and the child's own
        {{emergency box}}. On [[date:6 November]] the tube blocked during {{lunch}} and the TA did an
        emergency {{tube change}} exactly as practised, {{sats}} back to 97% in under a minute.
        Paramedics said it was textbook. Please pass this on to his manager.
    """)),
    ("health", "incident", prose("""
        home visit [[address:9 Cobden Terrace]] [[date:14/3]] approx 15:30 - family dog (large, not
        usually out when we visit) got into the lounge while i was doing [[name:Ryan]]s {{NG tube}}
        and bit my left forearm through my sleeve. skin broken, small. {{first aid}} at the house, went
        to {{walk-in centre}} after, {{tetanus}} up to date. family v apologetic. have flagged on
        {{SystmOne}} 'dog must be shut away before visit' and done {{lone working}} buddy call with
        [[name:shaz]]. [[name:CT]]
    """)),
    ("health", "near_miss", block("""
        [08:03] [[name:Mei Lin]]: morning, [[name:Sky]]'s mum says {{Omnipod}} alarmed overnight, she changed the pod at 3am
        [08:05] [[name:Mei Lin]]: school have the old {{carb ratio}} on their sheet, 1:10. new one from clinic is 1:8
        [08:06] [[name:Hannah W]]: ooh good spot. her {{lunch}} bolus would've been short
        [08:07] [[name:Mei Lin]]: yeah and she's on {{PE}} after lunch so high then low
        [08:10] [[name:Hannah W]]: I'll ring [[organisation:St Anselm's]] now and email the updated {{IHP}}. can you tell the {{diabetes nurse}} the school sheet was missed?
        [08:12] [[name:Mei Lin]]: will do, datix?
        [08:12] [[name:Hannah W]]: yes near miss pls
    """)),
    ("health", "incident", block("""
        SBAR - [[date:03/12/23]]
        S: [[name:Kacper Zielinski]], [[age:7]], NHS [[nhs_number:751 475 2005]], {{cerebral palsy}}, {{PEG fed}},
        seen at home by {{CCN}} for routine bloods. Mottled, {{cap refill}} 4s, HR 168, temp 38.9.
        B: {{chest infection}} last week, GP gave {{amoxicillin}}. Parents thought he was just tired.
        A: {{PEWS}} 6. Possible {{sepsis}}.
        R: 999 called 10:42, ambulance on scene 11:05, to [[organisation:Royal Bramleigh ED]].
        Outcome: admitted to [[organisation:Starling Ward]], IV antibiotics, home [[date:8/12]].
        Learning: parents had not been given {{sepsis}} safety-netting leaflet at GP.
        Reported by [[name:Nuala Brennan]], band 6 CCN
    """)),
    ("health", "success", prose("""
        Good catch by {{school nurse}} [[name:Tomasz]] on [[date:Tues 5th]]. Before a {{bolus feed}}
        he aspirated [[name:Imani]]'s {{NG tube}} and got a {{pH}} of 6.5. Instead of pushing on he
        stopped, checked the tube mark (it had moved 4cm), didn't feed and rang mum and the {{CCN}}
        team. Tube replaced at home by [[name:Georgia Mwangi]] and an {{X-ray}} was not needed. This
        is exactly what the {{NPSA}} guidance is for and we'll use it at the next team teaching.
    """)),
    ("health", "incident", block("""
        Equipment incident - enteral feed pump
        [[date:Mon 8 Jan]]    {{Kangaroo Joey}} pump for [[name:Isla Grant]] (hosp no [[case_reference:RB0937712]], NHS [[nhs_number:1293497789]]) alarming "no flow"
        [[date:Tue 9 Jan]]    supplier delivers replacement - wrong model ({{Infinity}}), no {{giving sets}}
        [[date:Tue 9 Jan]]    parents give {{bolus feeds}} by syringe overnight, mum very tired
        [[date:Wed 10 Jan]]   correct pump delivered 14:00, {{CCN}} visit to set up
        Impact: one missed {{overnight feed}}, {{weight}} checked - stable
        Learning: supplier order must quote the pump model, not just "feed pump"
        Ulysses ref [[case_reference:ULY-77120]]
    """)),
    ("health", "near_miss", prose("""
        Near miss at [[organisation:Thornbury Park School]]: two children in {{Class 4}} share the same first
        name, and a new {{teaching assistant}} brought the wrong [[name:Mohammed]] to the {{medical room}}
        for his lunchtime {{methylphenidate}}. The {{special school nurse}} checked the name, {{date of
        birth}} and photo on the {{MAR}} against the child, as she always does, and spotted it before
        anything was given. We have now added photos to the class medication folder and staff use
        [[name:Mohammed A]] and [[name:Mohammed R]] on all paperwork. No harm.
    """)),
    ("health", "success", block("""
        Debrief - seizure in school, [[date:24/04/24]]
        Child: [[name:Freya]] (Y5)
        Present: {{special school nurse}} [[name:Olamide]], class teacher Mr [[name:Kerr]], TA [[name:Lisa]]

        What happened: {{tonic-clonic seizure}} in the dinner hall 12:10, timed from the start.
        {{buccal midazolam}} given at 5 mins as per plan, seizure stopped at 7 mins. {{recovery position}},
        {{oxygen}} not needed, mum arrived 12:40.
        What went well: someone timed it, someone cleared the hall, someone fetched the {{emergency bag}}.
        Even better if: a second trained person on lunch duty, 999 decision was discussed but not written down.
    """)),
    ("health", "incident", prose("""
        On [[date:11 July]] a {{CCN}} entered a wound review for one child into the {{SystmOne}}
        record of another child with a similar surname who had been seen earlier the same day. The
        error was found two days later when the second child's family received an automated
        appointment letter for {{wound clinic}}. The entry has been moved and both families told
        under {{Duty of Candour}}. Learning: close each record before opening the next and check two
        identifiers on screen, including the {{NHS number}}. Datix [[case_reference:DW51177]].
        Contributing factors identified at the {{After Action Review}}: the nurse was working from a
        shared laptop with several records left open by the previous user, the clinic list was
        printed by surname only, and she was finishing notes in the car between visits because the
        afternoon had been overbooked. None of this was about carelessness. The team has agreed that
        notes are completed at the end of each visit where possible, the {{caseload}} tool now
        flags more than six visits in an afternoon to the {{team leader}}, and the printed list
        shows date of birth alongside surname.
    """)),
    ("health", "near_miss", block("""
        CCN HANDOVER - [[date:Friday 19th]]

        [[name:Joshua Adomako]] ([[age:3]]) [[nhs_number:1454760222]]
          {{home oxygen}} 0.5L, BOC order due. mum [[name:Abena]] on [[phone:07782 310 945]]
        [[name:Ellie-Rose Pugh]] ([[age:12]])
          {{central line}} dressing Mon. NEAR MISS: {{chlorhexidine}} wipes in the box were 0.5% not 2%, swapped before use
        [[name:Zak]] ([[age:15]])
          {{palliative}}, {{syringe driver}} check Sat, hospice aware

        weekend phone: [[name:Marta]] [[phone:07700 900 233]]
    """)),
    ("health", "incident", prose("""
        Pressure damage. [[name:Callum]] ([[age:10]]) who uses a wheelchair and new {{AFO}} splints
        was found at school to have a category 2 {{pressure ulcer}} on his left heel. The splints had
        been fitted on [[date:2 May]] by [[organisation:Bramleigh Orthotics]] and mum was told to build
        up wear gradually, but the school were not told and kept them on all day. The
        {{special school nurse}} raised it with the {{physio}} and {{tissue viability}}. Learning: a
        wearing schedule now goes to school in the {{home-school book}} with every new splint.
    """)),
    ("health", "success", block("""
        Hi [[name:Folasade]],

        I just wanted to say thank you from me and [[name:Dom]]. When [[name:Alfie]] came home from
        [[organisation:Puffin Ward]] with his {{gastrostomy}} we were terrified. You came every day the first
        week, you showed us how to use the {{feed pump}} at 2am on {{FaceTime}}, and you got his {{EHCP}} nurse at
        [[organisation:Greenacre School]] trained before he went back. He had his first full week at
        school last week. We couldn't have done it without the whole {{CCN}} team.

        Thank you,
        [[name:Kelly Stokes]]
        [[email:kellystokes_x@hotmail.co.uk]]
    """)),
    ("health", "near_miss", prose("""
        fridge temp in the {{pool car}} {{cool box}} was 11 degrees when i got to [[address:Flat 4, Hartley House]],
        [[postcode:B23 6QA]] for [[name:Noor]]s {{Synagis}} injection, should be 2-8. didnt give. rang {{pharmacy}}, they said
        discard and reorder, visit rebooked for [[date:thurs]]. car was [[vehicle_registration:WU21 PZE]],
        cool block had not been frozen overnight. {{cold chain}} checklist needs a line for it.
        also {{data logger}} battery flat. [[name:gemma]]
    """)),
    ("health", "incident", block("""
        Incident form
        Reporter: [[name:Aisling O'Donnell]], {{special school nurse}}
        Date of incident: [[date:20/06/2024]]
        Where: school trip, [[organisation:Twycross Zoo]]
        Child: [[name:Bilal Hussain]], DOB [[date_of_birth:11/11/2013]]
        What happened: child's {{adrenaline auto-injector}} ({{Jext}}) left on the minibus, which had gone
        to park. Child ate a cereal bar from another pupil, developed {{urticaria}} round mouth. Given
        {{cetirizine}} from first aid kit, minibus recalled in 10 mins, no {{anaphylaxis}}.
        Contributing factors: trip {{risk assessment}} didn't name who holds the pen.
    """)),
    ("health", "success", prose("""
        Just a little shout-out for the whole {{children's community nursing}} team who covered
        every visit during the snow on [[date:9 February]]: 31 visits, four {{IV antibiotic}} doses, two
        {{PICC line}} flushes and a {{blood spot}} test, not one missed, mostly on foot or in a
        {{4x4}} from the {{Red Cross}} volunteers. Proud of you all.
    """)),

    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        GROUND TRAINING INCIDENT REPORT
        Ref: [[case_reference:GTI-2024-031]]
        Date: [[date:07/02/2024]]
        Location: {{A320}} {{door trainer}}, [[organisation:Northwind Training Centre Crawley]]
        Trainee: [[name:Nadia Petrova]], staff no [[case_reference:SN40418]]
        Trainer: [[name:Liam Doherty]]
        Description: During the {{door arming}} drill the trainee trapped her right index finger
        between the door and the {{assist handle}} as the door swung to the fully open position.
        Ice applied, {{first aid}} given, no fracture at A&E.
        Contributing: trainee holding the frame not the handle; trainer briefing skipped hand
        positioning due to time pressure.
        Action: hand positioning added to {{SEP}} lesson plan.
    """)),
    ("aviation", "near_miss", prose("""
        During smoke training in the {{cabin mock-up}} (the old fuselage from
        [[aircraft_registration:N571NW]]) on [[date:Tuesday 12 March]] one trainee on the
        new entrant course started coughing heavily inside the smoke. The trainer stopped the exercise
        and brought her out; she recovered within a few minutes. She had ticked "no" to {{asthma}} on
        the medical form but told us afterwards she uses a {{Ventolin}} inhaler occasionally. Nobody was
        hurt, but the {{smoke generator}} fluid data sheet says it can irritate airways. We are now
        asking the question verbally at the {{PBE}} briefing as well as on the form, and trainers
        will remind the group that a yes does not stop anyone becoming crew, it just means we
        plan the exercise with them. The trainee completed the smoke exercise the next morning
        with her inhaler on the side and a shorter first run. We also checked the room
        {{extraction fan}} had been switched on before the session: it had, but there is no
        indicator light, so a light has been requested from facilities. Discussed at the
        {{trainer standardisation}} meeting on [[date:21 March]].
    """)),
    ("aviation", "success", block("""
        Shout-out!!

        Huge well done to trainee [[name:Chidi Okafor]] on his first line training sector,
        [[flight_number:NW1184]] [[date:3 June]] on [[aircraft_registration:G-NWKA]]. A passenger collapsed
        in row 22 and [[name:Chidi]] took the lead on the {{AED}}, got {{oxygen}} on, and talked to the
        {{Captain}} through the {{interphone}} calmly. {{MedLink}} advised continue, paramedics met the
        aircraft on {{stand 41}}. His {{line trainer}} [[name:Summer Hollis]] says he did everything the
        {{first aid}} module teaches. We've put it on the trainer noticeboard.

        - [[name:Gareth]], {{Cabin Crew Training Manager}}
    """)),
    ("aviation", "incident", prose("""
        ditching drill [[date:18/4]] at [[organisation:Horley Leisure Centre]] pool. one trainee panicked
        getting into the {{life raft}} from the water, swallowed water and grabbed the {{lifeguard}}. she
        was fine after 10 mins poolside but was really shaken and didn't complete. trainer ([[name:Kemi]])
        says trainee said at the {{swim test}} that she wasn't confident but it wasn't passed on. learning -
        {{swim confidence}} notes need to reach the ditching trainer, and offer a quiet practice slot
        before the full {{ditching}} exercise.
    """)),
    ("aviation", "near_miss", block("""
        Subject: Fire trainer - gas left on
        To: [[email:training.standards@northwind-air.example.com]]

        Hi,
        After the last {{live fire}} session on [[date:Friday 26th]], I found the {{LPG}} isolation valve
        on the {{galley oven fire}} rig still open when I did the end of day walk-round. The rig's
        own {{solenoid}} was closed so no gas was flowing, but the lockout tag wasn't on. The
        previous trainer was covering from another base and hadn't used our {{shutdown checklist}}.
        I've added the checklist to the rig itself in a plastic wallet.

        Cheers
        [[name:Marek Wiśniewski]]
        {{SEP Instructor}}
        [[phone:+44 7700 900 814]]
    """)),
    ("aviation", "success", block("""
        Recurrent debrief notes - [[date:15 Oct]]
        Trainers: [[name:Rhiannon]], [[name:Ahmed Siddiqui]]
        Group: 12 crew, mixed {{A321neo}} / {{A320}}

        Good:
        - used the real {{evacuation}} at Palma last year (anonymised) as a case study, loads of
          discussion about the {{PA}} wording and {{ABPs}}
        - [[name:Rhiannon]]'s {{CRM}} bit on speaking up to the {{flight deck}} landed really well
        - 100% pass on the {{slide}} drill
        Even better if:
        - the {{PBE}} donning timings were shown on screen, crew liked seeing their own times
    """)),
    ("aviation", "incident", block("""
        TECH LOG EXTRACT  [[aircraft_registration:G-NWKE]]  {{A320}}  [[date:02/09/23]]
        Defect: L1 {{escape slide}} inadvertently deployed during ground door training at {{hangar 3}}.
        Door was armed for the demo, {{disarm}} not confirmed before opening.
        Action: slide replaced, aircraft AOG 9 hrs.
        MOR ref [[case_reference:MOR 2023/11872]]

        Training dept note: trainer [[name:B. Nwachukwu]] has been supported; training aircraft now
        requires a second person to do the {{cross-check}} call before any door is opened, same as
        on the line.
    """)),
    ("aviation", "near_miss", prose("""
        Picked up that the {{Cabin Crew Attestation}} paperwork for [[name:Sophie-Anne Kavanagh]] had her
        date of birth as [[date_of_birth:14/08/1999]] when her passport says [[date_of_birth:14/08/1998]].
        If it had gone to the {{CAA}} like that it would have had to be reissued and she would not have
        been able to start line flying on [[date:1 July]]. Spotted by the admin team cross-checking
        against the {{passport}} copy. Crew file [[case_reference:CC-22917]], NI no
        [[ni_number:SK 38 19 27 D]]. The error came from the {{HR system}}, where the date had been
        typed in by hand from the application form. The {{admin team}} now check every
        attestation against the passport before it goes for {{Head of Training}} signature.
    """)),
    ("aviation", "success", block("""
        Trainers chat

        [[name:Jas]]: guess who passed her {{SEP}} resit today 🙌
        [[name:Dougie]]: no way, [[name:Roxanne]]??
        [[name:Jas]]: yep 94% on the written and nailed the {{door drills}}
        [[name:Dougie]]: that's brilliant, she was so upset after the first attempt
        [[name:Jas]]: the extra {{1:1}} session with you really made the difference tbh
        [[name:Mark T]]: well done both. put it in the {{trainee support}} log so we can show the
        {{Head of Training}} the resit plan works
    """)),
    ("aviation", "incident", prose("""
        On [[date:Wednesday 6 December]] the crew {{minibus}} [[vehicle_registration:GX70 LRN]] reversed into
        a {{bollard}} in the training centre {{car park}} while dropping trainees off for the
        {{ditching}} session. Two trainees on the back seat had not put on {{seat belts}} for the
        short hop from the hotel. Nobody was hurt and damage was minor. The driver, who works for
        [[organisation:Gatwick Crew Transfers Ltd]], said he was not aware the trainees were not belted.
        We have reminded everyone that {{seat belts}} are required even on site.
    """)),
    ("aviation", "near_miss", block("""
        Near miss - AED training unit
        Date: [[date:11/11/23]]
        Course: {{first aid}} recurrent, room 2
        What happened: trainer [[name:Wei Chen]] picked up the live {{AED}} from the {{wall cabinet}} instead
        of the yellow {{AED trainer}} for the {{CPR}} demonstration. Noticed when the unit said
        "analysing" and pads were sealed. Pads not opened, nothing delivered.
        Why: both units in the same grey case, trainer unit had been put back in the cabinet.
        Action: trainer units now have a bright sticker and live AED cabinet has a {{tamper seal}}.
    """)),
    ("aviation", "success", prose("""
        Line check feedback: operated [[flight_number:NW822]] / [[flight_number:NW823]] with the crew
        on [[date:28/05]], on the wet-leased [[aircraft_registration:EI-GNW]]. A disruptive passenger at {{ATL}} stage was handled exactly as trained,
        using the {{Level 1}} warning card, keeping the {{Captain}} informed and recording everything
        in the {{cabin log}}. The {{SCCM}}, [[name:Giuseppe Romano]], shared tasks well and the junior
        crew said they felt supported. Recommend for the {{line trainer}} pathway.
    """)),
    ("aviation", "incident", prose("""
        Photos of the end-of-course {{SEP}} written exam were shared in a trainee {{WhatsApp}} group on
        [[date:9 August]] before course 24/08 had sat it. A trainee from the group reported it to
        her trainer the same evening. The exam was replaced with a different paper from the bank,
        the course was told openly what had happened and no one was disciplined for reporting or
        receiving it. The trainee who took the photos had left the paper on a desk during the break
        for the previous course. Learning: exam papers are now signed out and back by
        {{Training Standards}} and never left in classrooms. Reported to the {{Compliance Monitoring}}
        team as required under {{Part-CC}}.
        We want to thank the trainee who spoke up: she told us she nearly didn't, because she was
        worried about being the one who got the group into trouble. That is the culture we are
        trying to build and she has been thanked by the {{Head of Training}}. The
        {{question bank}} has also been reviewed so that no two consecutive courses get the same
        paper.
    """)),
    ("aviation", "near_miss", block("""
        ASR [[case_reference:ASR-2024-0613]]
        Flight: [[flight_number:NW2231]] LGW-DUB  Aircraft: [[aircraft_registration:G-NWKC]] ({{A321}})
        Crew: line trainer [[name:Ciara Flanagan]], trainee [[name:Tom Ashworth]]
        Event: At "{{doors to automatic}}" the trainee armed R1 but moved to R2 without the
        {{cross-check}}. Trainer spotted the R2 {{girt bar}} indicator still showed disarmed before
        {{pushback}} and asked him to re-check. Door armed, {{cross-check}} completed, no delay.
        Contact in Dublin: [[phone:+353 1 555 0142]]
    """)),
    ("aviation", "success", prose("""
        well done to the whole {{new entrant course}} who did the {{evacuation}} drill in the {{cabin mock-up}}
        in 74 secs today, fastest this year. {{commands}} loud and clear, everyone used the
        {{brace position}} right. trainer [[name:fi]] 🙂 [[date:17/1]]
    """)),
    ("aviation", "near_miss", block("""
        Chronology - currency gap

        [[date:02/04]]  crew member [[name:Kwame Asante]] rostered for [[flight_number:NW905]] on [[date:06/04]] by {{crewing}}
        [[date:03/04]]  training records show his {{SEP}} recurrent expired [[date:31/03]]
        [[date:03/04]]  {{crewing}} told, roster changed, no flight operated out of currency
        [[date:05/04]]  recurrent completed, {{training record}} updated
        Why: he had swapped his course with a colleague and the {{rostering system}} took the {{course swap}}
        but the training system didn't. Both systems now reconciled weekly by the {{training admin}}.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind150", REPORTS))


if __name__ == "__main__":
    main()
