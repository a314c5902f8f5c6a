"""Held-out blind corpus 134: just-culture incident and learning reports, written blind.

Setting: a local authority private fostering and family and friends (kinship) care team; an
orthopaedic ward, trauma theatres and day surgery unit; and a flight training organisation's
full flight simulators and line training captains.

Style: what UK staff really type - rushed lower-case notes with typos, careful narratives,
chronologies and timelines, e-mails with signatures, Teams and WhatsApp-style chat, incident
forms with field labels, handover sheets, tech-log extracts, debrief notes, praise and
shout-outs. Identifiers are marked `[[label:value]]`, must-not-redact terms `{{term}}`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind134.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        rec'd call from [[name:Hope]] at [[organisation:St Aidan's RC Primary]] re [[name:Kacper]] ([[age:11]]) -
        been living w his uncle since [[date:Sept 2nd]] approx and no one told us. classic {{private fostering}}
        not notified. {{mum}} working in Poland apparently. uncle [[name:Tomasz Wojcik]] at [[address:22 Ferndown Rd]],
        [[postcode:LS12 4HT]], mob [[phone:07723 418906]]. i didnt get out within the {{7 working days}} bc half the
        team off with covid - visited day 9. logged on {{Mosaic}} late too. learning: need a cover rota for PF
        notifications, {{team manager}} aware and taking to {{TMT}}. [[name:kw]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Deborah Quayle]] <[[email:deborah.quayle@kirkfield.gov.uk]]>
        To: PF & Kinship Team
        Subject: Weekend placement - thank you

        Hi all,

        Just wanted to say a proper thank you to [[name:Grace]] and [[name:Imran Siddiqui]] for what they did on [[date:Saturday 9th March]]. Two siblings ([[age:4]] and [[age:7]]) needed somewhere that night and {{nan}} had already been put forward. They did the {{viability assessment}}, the {{DBS}} checks through the {{out of hours}} line and the home visit to [[address:3 Pendle View]] all before tea time, and the {{Regulation 24}} approval was signed off by the {{nominated officer}} first thing Monday. Nan said it was the first time she felt "listened to, not judged".

        This is what kinship first looks like. I've added it to the {{Ofsted}} evidence log.

        Thanks,
        [[name:Deb]]

        [[name:Deborah Quayle]]
        Team Manager, [[organisation:Kirkfield Private Fostering and Kinship Team]]
        [[phone:01924 556318]]
    """)),
    ("social_care", "near_miss", block("""
        [10:42] [[name:Aleksandra Nowak]]: quick one - the uncle for the [[name:Bashir]] children, did anyone run checks on his partner?
        [10:44] [[name:Jason O'Neill]]: she wasnt on the referral form, only him
        [10:45] [[name:Aleksandra Nowak]]: she's living there tho. Just came back from the police desk in {{MASH}} - previous {{LADO}} referral from a nursery job
        [10:46] [[name:Jason O'Neill]]: placement was planned for tomorrow 😬
        [10:47] [[name:Aleksandra Nowak]]: pause it. I'll tell {{TM}}. we need {{household member}} checks on every adult before {{Regulation 24}}, not just the applicant
        [10:51] [[name:Jason O'Neill]]: done, kids staying with current {{foster carers}} til Fri. logged as near miss, ref [[case_reference:PF-23-0419]]
    """)),
    ("social_care", "incident", block("""
        Chronology - information sharing incident
        Child: [[name:Tia-Rose Campbell]] (DOB [[date_of_birth:17/06/2016]]), LCS [[case_reference:LCS 00893421]]
        Carers: maternal grandparents, [[address:41 Hollins Lane]], [[postcode:HX3 6PL]]

        [[date:04/04/24]] - {{Special Guardianship}} support plan letter drafted. Previous letter to birth father used as the template.
        [[date:05/04/24]] - letter posted to birth father [[name:Dwayne Campbell]] with the carers' full address in the header (not removed). He has a {{non-molestation order}} re {{mum}}.
        [[date:08/04/24]] - grandmother rang: [[name:Dwayne]] turned up outside the house. Police attended, crime ref [[case_reference:13/240117/24]].
        [[date:09/04/24]] - {{Information Governance}} informed, reported to the {{ICO}} within 72 hrs.
        [[date:10/04/24]] - safety plan reviewed, {{Clare's Law}} application discussed with grandmother.

        Learning: no re-using old letters as templates; second pair of eyes on anything going to a parent.
    """)),
    ("social_care", "success", prose("""
        Supervision note [[date:22 Jan]] - learning to share. [[name:Summer Adeyemi-Clarke]] ({{student social worker}},
        final placement) noticed on a {{school admission form}} from [[organisation:Brookfield Academy]] that a
        [[age:13]] yr old boy had an "aunt" listed with a different surname and an address in [[postcode:BD7 2QN]]
        that wasn't on our system. She rang the {{DSL}} and it turned out his parents had sent him over from Lagos
        for schooling and he'd been with a family friend for five months. Nobody had notified us. [[name:Summer]]
        visited inside the {{7 working days}}, started the checks and booked a {{Yoruba}} interpreter for the call
        with parents. Really good {{professional curiosity}}. Asked her to present it at the
        {{Private Fostering Awareness}} team session.
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT / NEAR MISS FORM
        Service: Family and Friends Care
        Date of event: [[date:14/11/2023]]
        Reported by: [[name:R. Fitzgerald]], {{supervising social worker}}
        Category: Near miss - information nearly sent to wrong household

        What happened:
        {{MMR}} catch-up consent form for [[name:Lily Hughes]] ([[age:3]]) attached to an email addressed to kinship carer Mrs [[name:Huws]] (different family, no link). {{Outlook}} autocompleted the address. Spotted by admin [[name:Bronwen]] during the {{delay send}} window and recalled before it went.

        Immediate action: email deleted, correct carer Ms [[name:Hughes]] sent the form.
        Contributing factors: similar surnames, worker covering two caseloads, no autocomplete off setting.
        Suggested learning: switch off autocomplete on team laptops; 2 minute delay send for all of {{Children's Services}}.
    """)),
    ("social_care", "incident", prose("""
        I want to record what happened with the [[name:Okonkwo]] family so we learn from it properly. Mr and
        Mrs [[name:Okonkwo]] have been {{special guardians}} for their two granddaughters since 2021. After the
        finance system moved over to {{ControCC}} in [[date:January 2024]], their {{Special Guardianship allowance}}
        was end-dated in error because the old record had a review date in the wrong field. No letter was sent. They
        found out when the payment didn't arrive and by the time they reached us on [[date:19 February]] they had been
        to the {{food bank}} twice. Mrs [[name:Okonkwo]] said she felt "like a beggar". Arrears were paid within 48
        hours and the {{means test}} was not re-run. Finance have since checked all 212 migrated SGO records and found
        three more with the same fault. Reference [[case_reference:SGO-0087]]. Written by [[name:Nia Pritchard]],
        {{Kinship Support Worker}}.
    """)),
    ("social_care", "success", block("""
        [[name:Marcia]] 16:05
        just come off the phone with auntie [[name:Bev]] - she's been clocking the same car picking [[name:Jade]] up from the {{bus stop}} after {{college}}. wrote the reg down!! [[vehicle_registration:YG19 KXT]], silver corsa, older lad driving

        [[name:Olu]] 16:07
        wow. good carer. has she rung 101?

        [[name:Marcia]] 16:09
        yes and I've done the {{CE screening tool}} and sent to {{MASH}}. asking for a {{strategy discussion}}

        [[name:Olu]] 16:12
        put her forward for the {{kinship carer award}}, honestly. most people wouldn't spot {{grooming}} that early. tell [[name:Bev]] she did exactly the right thing
    """)),
    ("social_care", "near_miss", prose("""
        near miss - transport. took [[name:ellis]] ([[age:5]]) to contact at [[organisation:Hillside Family Centre]]
        in pool car [[vehicle_registration:WR68 FJD]] and went to get the {{booster seat}} from the boot and it wasnt
        there, someone had taken it out and not put it back. nearly just drove him as it was 5 mins, didnt, rang
        {{contact supervisor}} and waited 25 mins for a {{taxi}} with a seat. contact started late and {{dad}} was
        upset. no harm but could of been. pool cars need a {{checklist}} on the key fob and seats logged back in.
    """)),
    ("social_care", "incident", block("""
        Subject: PF assessment - interpreter not booked

        Hi [[name:Tariq]],

        Sorry to flag this late. At the visit on [[date:Thursday 6th]] to [[address:118 Whetley Hill]] for the {{private fostering}} assessment ([[name:Zainab]], [[age:14]]), no {{interpreter}} had been booked. The carer, Mrs [[name:Begum]], speaks {{Pahari}} and limited English, and [[name:Zainab]] ended up interpreting for her own assessment, including questions about her {{mum}}'s health. That's not OK and I stopped the visit part way.

        Rebooked with {{Language Line}} for next week. I think the booking request went to the old inbox.

        Thanks
        [[name:Charlotte Benn]]
        {{Social Worker}} | Private Fostering
        M: [[phone:07984 220 517]]
    """)),
    ("social_care", "success", prose("""
        Debrief notes, out of hours kinship placement [[date:02/12/23]]. Police {{Police Protection}} taken at 22:40
        after {{mum}} arrested. {{EDT}} worker [[name:Faisal Hussain]] rang our on-call list and got [[name:Niamh Doyle]]
        who knew the family. DS [[name:Kowalczyk]] held the kids at the station with a {{PCSO}} and a film on until
        [[name:Niamh]] confirmed grandad had been assessed in June and had a clear {{DBS}}. Children at
        grandad's by 01:15, not in a {{residential}} bed. What worked: a live list of viability outcomes {{EDT}} could
        see, police willing to wait, one worker holding it.
    """)),
    ("social_care", "near_miss", block("""
        Timeline - temporary approval tracker catch
        Carer: Mr [[name:Vasile Popescu]] (connected person, uncle)
        Child ref: [[case_reference:MOS-1187342]]

        Wk 0  [[date:3 Oct]]    {{Regulation 24}} temporary approval, 16 weeks
        Wk 8  [[date:28 Nov]]   {{Form C}} assessment allocated to independent assessor
        Wk 13 [[date:2 Jan]]    assessor off sick, report not started
        Wk 14 [[date:9 Jan]]    tracker turned red, {{fostering panel}} date not booked
        Wk 15 [[date:16 Jan]]   {{ADM}} agreed 8 week extension under {{Regulation 25}}
        Wk 22 [[date:5 Mar]]    panel, approved

        Without the tracker the approval would have lapsed and the child would have been in an unlawful placement.
    """)),
    ("social_care", "incident", block("""
        Incident form
        Child: [[name:Reuben Asante]]   DOB: [[date_of_birth:02/09/2014]]
        NHS no: [[nhs_number:419 465 4528]]
        GP: [[organisation:Moorview Medical Practice]]
        Move date: [[date:28/07/2023]] - from foster carers to paternal aunt [[name:Efua Asante-Boateng]]

        What happened: {{brown inhaler}} and {{spacer}} not packed at the move. Only {{salbutamol}} sent. Aunt not told about the {{asthma plan}}. On day 3 [[name:Reuben]] had an attack at football, {{999}} called, seen at {{A&E}} and discharged.
        Why: move done in a rush on a Friday, {{placement plan}} meds section blank, carers thought worker had it.
        Action: meds handover checklist added to move day paperwork.
    """)),
    ("social_care", "success", prose("""
        Massive shout out to the {{duty team}} for the {{Private Fostering Awareness}} push on [[date:1st July]]. Three
        {{GP}} surgeries and two {{mosques}} put our {{leaflet}} up, the {{school nurse}} team did a briefing, and we had
        four new {{notifications}} in a fortnight, which is more than the whole of last quarter. Proper team effort,
        thank you all. Cakes are in the kitchen.
    """)),
    ("social_care", "incident", block("""
        From: [[email:homestay@westgate-english.co.uk]]
        To: Private Fostering duty
        Date: [[date:11 August 2023]]

        Dear Sir/Madam,

        We are writing to notify you that a student, [[name:Chen Yuxi]] ([[age:15]]), has been staying with our host family Mrs [[name:Gillian Pryce]] at [[address:7 Orchard Rise]], [[postcode:HD1 4EB]] since [[date:12 June]]. We did not realise that stays of more than {{28 days}} count as {{private fostering}} under the {{Children Act 1989}} until our {{DSL}} attended your training last week. The {{host family}} have been very good and are happy to be visited. Her parents can be reached on [[phone:+86 138 1042 5577]].

        Kind regards,
        [[name:Lisa Marlow]]
        {{Welfare Officer}}, [[organisation:Westgate English School]]
    """)),
    ("social_care", "near_miss", block("""
        DUTY HANDOVER - Weds
        - [[name:Sky B]] ([[age:9]]) - contact w {{birth mum}} 3pm at McDonalds, MUST be {{supervised}}. worker [[name:Pete]] off sick. carer [[name:Rose]] was going to just drop her off!! rang and stopped. {{family support worker}} [[name:Tendai]] now covering
        - [[name:Hussain]] family - {{viability}} visit rebooked to Fri
        - Private fostering notification from [[organisation:Little Acorns Nursery]] - not yet screened
        - call back Mr [[name:Doherty]] [[phone:0113 496 0732]] re {{SGO}} allowance
        nearly missed the contact one, it wasnt on the {{diary}}, only in [[name:Pete]]'s notebook.
    """)),
    ("social_care", "success", prose("""
        Really positive {{Family Group Conference}} on [[date:Tues 14th]] for the [[name:Mahmoud]] children. The
        {{FGC coordinator}}, [[name:Yasmin El-Amin]], spent two weeks finding relatives, including an aunt in
        Sheffield nobody had mentioned, and ran the family's {{private time}} in {{Arabic}}. The {{family plan}} had the aunt
        as main carer and grandparents doing weekends, which meant no {{care proceedings}}. {{Social worker}} [[name:Will]]
        said it was the first FGC where he didn't have to chip in once.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Datix ref: [[case_reference:W118823]]
        Location: [[organisation:Brunel Ward]] (Trauma & Orthopaedics)
        Date/time: [[date:16/01/2024]] 22:00
        Patient: [[name:Margaret Ellison]], [[age:87]]  Hosp no: [[case_reference:RHG4471932]]
        Category: Medication - omitted dose

        Description: pt admitted with {{#NOF}}, fixed with {{DHS}} [[date:15/01]]. Evening {{enoxaparin}} 40mg not given - chart showed it "held pre-op" and the hold wasn't removed post-op. Picked up next morning on pharmacist round. No {{VTE}} signs.
        Immediate action: dose given, {{orthogeriatric}} team informed, family told ({{duty of candour}} low harm).
        Reporter: [[name:Joy Mensah]], {{Staff Nurse}}
    """)),
    ("health", "success", prose("""
        Want to flag some brilliant practice from [[name:Kasia]] (HCA) on nights [[date:3rd Feb]]. Lad in bed 6,
        [[age:24]], {{tibial nail}} that afternoon, kept asking for more pain relief and she noticed he was in
        agony when she moved his toes, even though his {{PCA}} was going. She didn't just document it, she got the
        {{nurse in charge}} who bleeped the {{SHO}}. {{Compartment syndrome}} confirmed and he was back in theatre for
        {{fasciotomy}} within the hour. {{Consultant}} said she probably saved the leg. [[name:Kasia]]'s going forward for the
        trust star award.
    """)),
    ("health", "near_miss", block("""
        Theatre 4 - near miss, [[date:Mon 12/02]]
        List: elective L {{knee arthroscopy}}, Mr [[name:Adebayo]]
        At {{WHO Sign In}} the consent said LEFT, the list said LEFT, but no {{site mark}} on the leg. Pt said "it's my right knee that's bad, the left's the one they did last year". {{Anaesthetist}} Dr [[name:Fiona MacLeod]] called a {{Stop Before You Block}} before the {{femoral nerve block}}. Clinic letter checked - RIGHT. Consent was wrong.
        Pt re-consented, marked, done. {{Ulysses}} ref [[case_reference:ULY-24-03317]].
        Big thanks to the pt for speaking up and to [[name:Fiona]] for stopping.
    """)),
    ("health", "incident", prose("""
        day surg unit. pt [[name:Alan Ryder]] dc'd 17:30 after {{GA}} (carpal tunnel) and it turned out there was no
        adult going home with him, he'd told pre-op his wife would collect but she was in [[organisation:Airedale General]]
        herself. he got a {{taxi}} on his own and took his {{codeine}} at home alone. rang {{ward}} next day fine. the
        {{discharge checklist}} escort box was ticked by someone who assumed. need escort confirmed by phone before
        discharge not just at {{pre-assessment}}. [[name:ss]]
    """)),
    ("health", "success", block("""
        From: [[name:Helen Ogilvie]] <[[email:helen.ogilvie1@nhs.net]]>
        Sent: [[date:08 March 2024]] 09:14
        Subject: Good catch - swab count

        Team,

        During Tuesday's {{revision hip}} in Theatre 2, scrub nurse [[name:Darnell Thompson]] found the closing count was one {{raytec}} short. He stopped closure and insisted on an {{X-ray}} despite pressure to finish the list. The swab was behind the {{acetabulum}}. Zero harm because he held his nerve.

        I've shared it at {{safety huddle}} and we're looking at counting board layout.

        [[name:Helen]]
        Theatre Manager, [[organisation:Harrowden General Hospital]]
        Ext 4471
    """)),
    ("health", "near_miss", block("""
        SBAR handover - [[organisation:Mary Seacole Ward]] bay B
        Bed 3: [[name:Winston Clarke]] [[age:71]], NHS [[nhs_number:654 021 1449]]
        S: for {{TKR}} tomorrow, first on list
        B: {{penicillin allergy}} (anaphylaxis 1998) - on notes, NOT on red wristband, {{EPMA}} allergy field blank
        A: theatre team had {{cefuroxime}} drawn up for {{prophylaxis}} on last admission, we caught it on ward check this time
        R: red band on, EPMA updated, pharmacy told, {{teicoplanin}} on chart. please make sure at {{WHO}} they say the allergy out loud
        - [[name:Precious]] (night NIC)
    """)),
    ("health", "incident", block("""
        Chronology - delayed escalation, pt [[name:Deepak Chauhan]], hospital no [[case_reference:K2209184]]

        [[date:21/10]] 20:00  {{NEWS2}} 3 (HR 104, temp 37.9). Day 4 post {{ORIF}} ankle
        22:00  NEWS2 5. Obs due hourly, done 4-hourly - bay had 9 pts and 1 RN
        02:10  NEWS2 7, new confusion. {{FY1}} bleeped, covering 4 wards
        03:30  FY1 reviews, {{sepsis six}} started, {{lactate}} 4.1
        04:00  {{Outreach}} arrived, {{IV antibiotics}} given 04:20 (over 1 hr from recognition)
        [[date:22/10]]  {{HDU}} 2 days, recovered.

        Learning: escalation at NEWS2 5 was not done; staffing on [[organisation:Ashdown Ward]] was 2 RNs down and not escalated as a red flag.
    """)),
    ("health", "success", block("""
        [[name:Bisi]]: just wanted to say bay 4 had ZERO falls this month 🎉
        [[name:Mark]]: honestly the {{bay nursing}} thing works
        [[name:Bisi]]: its the {{baywatch}} plus the {{low beds}} plus [[name:Gemma]] doing the {{lying and standing BP}} on everyone
        [[name:Gemma]]: lol someone had to
        [[name:Mark]]: putting it on the {{Greatix}} board and telling {{matron}}. [[organisation:Rowan Ward]] bay 4 best in the division
    """)),
    ("health", "incident", prose("""
        Incident: wrong size implant opened. During a primary {{total knee replacement}} on [[date:9 May]] the circulating
        nurse opened a size 5 {{tibial tray}} instead of size 4 after the surgeon asked for "the four". The boxes are
        almost identical and were stored side by side in the {{implant cupboard}}. The error was found before implantation
        at the {{implant check}}, so no harm to the patient, but the tray was unsterile and wasted (about £1,100). This
        is the third time this quarter. Contributing factors: the {{implant check}} was done by one person; the list was
        running late; and agency staff were unfamiliar with the {{Persona}} system. We have asked the company rep to
        relabel the shelves and we're bringing back read-back of size and side.
        I also want to be honest that the nurse involved was very upset afterwards and was told off in front of the
        team by one of the surgeons, which is not how we want incidents handled here. The {{just culture}} guide says
        we look at the system first, and the system had three near-identical boxes on one shelf, one person checking
        and a list that was an hour behind. We've offered a {{wellbeing}} debrief and the {{clinical director}} has
        spoken to the surgeon.
    """)),
    ("health", "near_miss", block("""
        NEAR MISS - PCA
        Ward: [[organisation:Ward 22 Orthopaedics]]
        Pt: [[name:Olena Kravets]]  DOB [[date_of_birth:30.11.1958]]
        Date: [[date:27/06/24]]

        {{PCA}} {{morphine}} syringe made up 1mg/ml per protocol but pump programmed from the old 2mg/ml library entry. {{Second checker}} [[name:Tom Bellingham]] noticed the {{bolus}} on screen didn't match the {{prescription}} before it was connected. Re-programmed. Old library entry still on 3 pumps - {{medical engineering}} to remove.
    """)),
    ("health", "incident", prose("""
        Pt fall 03:20 on [[date:11/11/23]] - Mrs [[name:Eileen O'Shaughnessy]], [[age:92]], day 2 post hemi.
        found on floor by side of bed, had tried to go to toilet alone. on {{apixaban}}. small haematoma on forehead.
        {{Glasgow Coma Scale}} 15, {{neuro obs}} started. {{CT head}} requested 03:45 but not done till 09:10 because
        the request went as routine not urgent. NICE says within 8 hrs for anticoagulated pts - breached. CT clear.
        {{falls risk assessment}} had been done on admission but no {{bed rails}} assessment. {{Ulysses}} ref
        [[case_reference:ULY-23-11842]]. family informed by [[name:Aoife]] (nurse in charge).
    """)),
    ("health", "success", prose("""
        Hot debrief after the [[date:Saturday 17th]] trauma list. Five cases including an open {{tib fib}} with
        {{plastics}} joint. Started on time, finished 19:40. What went well: registrar [[name:Obinna Eze]] ran a proper
        {{team brief}} and said out loud which cases could drop; {{ODP}} [[name:Hannah Li]] had the {{image intensifier}}
        booked for the whole day so no waiting for radiology; anaesthetics did blocks in the anaesthetic room so changeover
        was fast. Even better if: we'd known earlier that the {{plastics}} reg was stuck in {{ED}}.
    """)),
    ("health", "near_miss", block("""
        Teams - Day Surgery Unit admissions
        [07:12] [[name:Nadia]]: heads up, two Mr [[name:Jones]] on today's list, both {{hand clinic}}
        [07:13] [[name:Nadia]]: [[name:Gareth Jones]] [[date_of_birth:04/03/1961]] {{trigger finger}}, [[name:Gareth Jones]] [[date_of_birth:19/08/1979]] {{Dupuytren's}}
        [07:20] [[name:Leon]]: ok we'll put a {{name alert}} on both and separate bays
        [08:05] [[name:Leon]]: glad you said - the {{consent forms}} were in each other's notes!! caught at {{check-in}}
        [08:06] [[name:Nadia]]: 😳 doing an incident form
    """)),
    ("health", "incident", prose("""
        Category 3 {{pressure ulcer}} found on L heel of [[name:Frank Dobson]] ([[age:79]]) when his {{backslab}} was
        removed at fracture clinic on [[date:24th April]], 10 days after discharge from [[organisation:Lister Ward]].
        On the ward his {{Waterlow}} was 18 but heel checks weren't possible under the slab and nobody documented
        the heel on the {{SSKIN}} bundle. No {{heel offloading}} boot was used. {{Tissue viability}} involved,
        {{district nurses}} dressing daily. We will add "check under or around casts and slabs" to the SSKIN prompt.
    """)),
    ("health", "success", prose("""
        Compliment received [[date:02/05/2024]] and passed on to physio team: "I was terrified of getting up after my hip
        and the physio with the Scottish accent was so patient. She told me exactly what would happen and didn't rush
        me. I was walking with the {{zimmer}} on day one." Lovely feedback for the {{enhanced recovery}} pathway and
        our {{physiotherapy}} team. Shared at {{huddle}} and on the {{Greatix}} board.
    """)),
    ("health", "incident", block("""
        Incident report
        Area: Theatre 1
        Date: [[date:13.09.2023]]
        Patient: [[name:Bogdan Marinescu]]  NHS No: [[nhs_number:463 638 5640]]

        {{Synovial biopsy}} taken during knee washout. Pot sent to {{histology}} labelled with patient sticker on the lid only - lid and pot separated in lab. Lab rejected the sample. Patient needed a second procedure on [[date:20.09.2023]].
        Standard is label on the pot not the lid + {{specimen book}} signed - neither done, it was 8pm and the {{scrub}} team were changing over.
        Reported by [[name:F. Qureshi]], {{Theatre Coordinator}}
    """)),
    ("health", "near_miss", prose("""
        Near miss, Theatre 3, [[date:5th Dec]]. {{Tourniquet}} inflated at 10:02 for {{ankle fusion}} but time not
        written on the {{whiteboard}} and the {{tourniquet}} alarm had been silenced. At 11:48 Dr [[name:Priyanka Nair]]
        ({{anaesthetic registrar}}) asked how long it had been up and nobody knew. Checked the {{machine log}}: 106 mins.
        Deflated at 12:00. No {{nerve injury}} found. We need the time on the board every time and alarms never muted.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        GROUND INCIDENT REPORT - FULL FLIGHT SIMULATOR
        Device: {{A320}} {{FFS}} Bay 2
        Date: [[date:18/03/2024]]  Session 1400-1800
        Instructor: [[name:Graham Tullis]] ({{TRI}})
        Report no: [[case_reference:GIR-24-031]]

        During a {{rejected take-off}} exercise the {{motion}} system performed an uncommanded hard stop. Instructor was standing at the {{IOS}} without his lap belt and was thrown against the bulkhead, cut to the forearm. Trainees belted, unhurt. Sim shut down, engineering logged a {{hydraulic}} pressure fault.
        Contributing: instructors routinely stand during RTO demos to watch the {{PFD}}. Briefing now states belts on for all motion-on exercises.
    """)),
    ("aviation", "success", prose("""
        Line training report, sector 14 for FO [[name:Priya Raman]], [[flight_number:NWY4417]] on [[date:2 Nov]], aircraft
        [[aircraft_registration:G-NWYB]]. On descent into Manchester we had a {{TCAS RA}} "climb, climb" with
        opposing traffic. [[name:Priya]] flew the RA perfectly, smooth and immediate, called it to {{ATC}}, and then
        handled the return to clearance and the {{ASR}} with no prompting. Really impressive for someone 3 weeks into
        {{line training}}. Recommend she moves on to {{line check}} as planned. Capt [[name:S. Ferreira]], {{LTC}}.
    """)),
    ("aviation", "near_miss", block("""
        ASR [[case_reference:ASR 2024/0713]]
        Flight: [[flight_number:NWY221]]  Reg: [[aircraft_registration:G-NWYE]]  Type: {{A320}}
        Crew: Capt [[name:Hollis]] (LTC), FO [[name:Jakub Zielinski]] (under training)

        FO entered {{FLEX}} temp for runway 23R from the {{EFB}} but with the {{intersection}} data (B3) while we were planned from full length. Spotted at my cross-check of the {{MCDU}} vs EFB during the {{before start}} flow. Recalculated. Margin would still have been positive, but reduced.
        Threat: late runway change from {{ATC}}, trainee under time pressure, me talking through the {{load sheet}} at the same time.
    """)),
    ("aviation", "incident", prose("""
        MOR filed [[case_reference:MOR 202404517]]. During line training on [[date:14 April]], [[flight_number:NWY876]],
        the trainee captain continued an approach that was not stable at 1000 ft (speed +18, {{flap 3}} not {{flap full}}).
        As {{LTC}} in the right seat I called "speed" twice but did not call {{go-around}}, and we landed normally. I
        should have intervened. Why: I wanted to give the trainee space to recover, and a go-around would have meant a
        holding delay on a long day. This is exactly the {{plan continuation bias}} we teach in the sim. Discussed with
        {{Head of Training}} and sharing so other LTCs don't make the same call. Capt [[name:Owen Rees-Llewellyn]]
    """)),
    ("aviation", "success", block("""
        LPC DEBRIEF NOTES - {{737-800}}
        Candidate: [[name:Ciara Brennan]] / [[name:Amir Haddad]]
        Examiner: {{TRE}} [[name:Lindiwe Dube]]
        Date: [[date:05/06/24]]

        + {{engine fire}} after V1: excellent {{CRM}}, clear {{NITS}} brief to cabin, ATC told early
        + {{QRH}} use disciplined, no skipping
        + {{single engine approach}} stable
        - minor: {{altimeter}} setting late on one approach
        Result: PASS both. Good sharing of workload.
    """)),
    ("aviation", "near_miss", prose("""
        quick one for the safety team. line training sector yesterday, [[flight_number:NWY590]] LBA-AGP. I was
        filling in the trainee's {{training form}} in the {{cruise}} when we were cleared to descend to {{FL120}} and the
        trainee set {{FL110}} by mistake, i didn't cross check cos i was writing. he spotted it himself at FL124 and
        corrected, no {{level bust}}. my fault not his - {{LTC}} should not be doing paperwork during a {{clearance}}.
        going to do forms on the ground from now on. - [[name:dan]]
    """)),
    ("aviation", "incident", block("""
        Chronology - FDP exceedance, line training captain
        [[date:12/07/23]] 05:10 report, 4 sectors with trainee
        15:50 diverted to Leeds Bradford due {{wx}}, 2 hr delay
        19:30 {{ops}} asked for {{commander's discretion}} to operate the last sector
        22:40 {{on blocks}}, {{FDP}} exceeded by 1h05
        [[date:13/07/23]] 09:00 rostered for {{sim instruction}} (rest 10h20 - less than required)

        Capt [[name:Mark Ellery]] did the next morning's sim session and then reported it himself. Roster system did not link sim duties with line duties.
        Action: sim duties now count in {{FTL}} planning.
    """)),
    ("aviation", "success", block("""
        From: [[name:Rajesh Gill]] - {{Head of Training}}
        To: all instructors
        Subject: Thanks to the sim engineering night shift

        The {{visual system}} on {{Sim 3}} failed at 02:00 on [[date:Thursday 22 Feb]] with six {{type rating}} students due for their {{skills test}} at 06:00. [[name:Kwame]] and [[name:Stevie Burns]] replaced the {{projector}} and recalibrated overnight. Tests ran on time, all six passed. That's {{CAA}} examiner availability and a lot of stress saved.

        Cheers,
        [[name:Raj]]
        [[organisation:Northway Aviation Academy]]
        [[phone:01293 771 402]]
    """)),
    ("aviation", "near_miss", block("""
        TECH LOG EXTRACT - [[aircraft_registration:EI-FMK]]
        Date: [[date:09/08/23]]  Flight: [[flight_number:NWY1142]]
        Defect: {{fuel imbalance}} 650kg L>R noted after {{refuel}} at stand 14, before departure. Fuel figures on {{load sheet}} didn't match {{FOB}}. Bowser ticket showed fuel uplifted to R tank only - refueller's panel selector left in wrong position.
        Action: fuel balanced by maintenance, {{ADD}} not required.
        Signed: Capt [[name:Aisha Khan]] / [[name:B. Doyle]] (licensed engineer)
        Remark: trainee FO first spotted the mismatch - good catch.
    """)),
    ("aviation", "incident", prose("""
        Runway incursion (minor). Line training sector on [[date:27 Sept]], [[aircraft_registration:G-NWYC]]. At
        night, taxiing for 27 at Birmingham via {{holding point}} Y2, the trainee crossed the {{stop bar}} by about one
        aircraft length before I called "stop". The bar was lit. No traffic on the runway. {{ATC}} asked us to hold and
        we filed. I had been looking down at the {{EFB}} airport chart to check the route as it was a new taxi layout.
        Lesson: for {{LTC}}s, both heads up from the {{hold short}} point. FO [[name:Ilona Szabo]] and Capt
        [[name:Femi Adeyemi]].
    """)),
    ("aviation", "success", prose("""
        Shout out to the whole {{MCC}} course that finished [[date:30th May]]. Eight students, every one of them
        completed the {{JOC}} and no extra {{sim sessions}} needed. The {{instructors}} say the new {{threat and error
        management}} briefing cards made a real difference, and the students' {{CRM}} debriefs were honest and
        thoughtful. Well done all.
    """)),
    ("aviation", "near_miss", block("""
        Safety report - {{callsign}} confusion
        Date: [[date:19/01/2024]]
        Our flight: [[flight_number:NWY447]]   Other: [[flight_number:NWY474]] (same company, same sector)
        {{ATC}} "[[flight_number:NWY474]] descend {{FL90}}". {{Trainee FO}} read it back as ours and started the descent. I ({{LTC}}) challenged it, we asked ATC - not for us. Aircraft was 200ft below {{FL110}} by then, stopped and climbed back. No conflict.
        Similar callsign already reported twice. Company to change one of the numbers.
        Capt [[name:Gráinne Walsh]]
    """)),
    ("aviation", "incident", block("""
        LASER STRIKE REPORT
        Flight: [[flight_number:NWY3309]]  A/C: [[aircraft_registration:G-NWYA]]
        Date/Time: [[date:06/01/24]] 19:22
        Position: 6nm final {{RWY 26}}, 2000ft

        Green {{laser}} from the left, hit the {{trainee FO}} in the eye. {{LTC}} took control, continued to land. FO [[name:Ahmed Rahman]] saw flashes for ~20 mins, seen by {{aviation medical examiner}} next day, fit.
        Police informed, ref [[case_reference:WMP-20240106-0811]]. {{MOR}} submitted. {{ATIS}} warning issued to following traffic.
        Reporter: Capt [[name:Ewan Sinclair]]
    """)),
    ("aviation", "success", prose("""
        Debrief notes - final {{line check}}, [[name:Tomos Parry]]. [[name:Tomos]] has {{dyslexia}} and from the start of
        {{type rating}} his {{TRI}}, [[name:Bill Osei]], worked out with him that he reads checklists better on the
        coloured {{EFB}} overlay and does flows better with a spoken rehearsal first. Nothing lowered, just adjusted.
        [[name:Tomos]] passed his line check today with a "strong" rating from the {{TRE}}. [[name:Bill]] put the adjustments
        in the {{training file}} so the next instructor picked them up. Good example for the instructor standards day.
    """)),
    ("aviation", "incident", block("""
        Subject: data breach - trainee records

        Hi [[name:Leanne]],

        Reporting that on [[date:15 March]] I emailed the {{training file}} for [[name:Karolina Mazur]] to the wrong address ([[email:k.mazur@gmail.com]] instead of [[email:karolina.mazur@northway-aviation.co.uk]]). File included her {{licence}} number, DOB [[date_of_birth:11/02/1997]], home address [[address:Flat 4, 29 Gatwick Road]] [[postcode:RH10 9NB]], NI number [[ni_number:JT 48 21 66 C]] and her {{Class 1 medical}} info. No reply from the other address. [[name:Karolina]] informed.
        {{DPO}} notified and {{GDPR}} form done.

        Sorry,
        [[name:Nathan Cole]]
        Training Records Administrator
    """)),
    ("aviation", "near_miss", prose("""
        Sim 2 near miss. During a {{737-800}} {{OPC}} the candidate ran the {{QRH}} for a {{dual bleed}} loss and the
        checklist in the sim was revision 14; the aircraft fleet is on revision 16 with a changed step order. Caught
        because the {{TRE}} knew the new step and stopped the exercise. If we had been training to an out of date
        checklist the crew would be learning the wrong sequence. Sim documents were not on the {{document control}}
        list. [[name:JB]] is auditing all four sims this week.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind134", REPORTS))


if __name__ == "__main__":
    main()
