"""Held-out blind corpus 256: fifty invented UK learning reports for the de-identification benchmark.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures how
well the de-identifier generalises. Every person, organisation, place and number is invented.

Three settings:
- social_care (17): a family centre running supervised contact - contact supervisors, parents,
  foster carers, transport, contact notes to court.
- health (17): an operating theatres department - WHO checklist, swab counts, anaesthetists,
  scrub nurses, recovery, wrong-site near misses.
- aviation (16): an air cadet and university air squadron flying unit - instructors, cadets,
  gliders and trainers, safety briefings.

Each domain mixes incident, near_miss and success reports. Styles are deliberately mixed: rushed
lower-case notes with typos and txt-speak, formal narratives, timed chronologies, forms with
Name/DOB/Ref/Address fields, e-mails with headers and signatures, chat exports with handles,
handover notes, minutes with attendance and apologies, pipe-separated tables, RT transcripts,
shout-outs and thank-you notes. `[[label:value]]` marks identifiers; `{{term}}` marks
must-not-redact mentions (roles, agencies, drugs, equipment, place types, look-alike acronyms).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind256.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        contact 2day went badly wrong tbh. dad ([[name:darren]]) turned up 25 mins late smelling
        of {{alcohol}}, i said he cldnt go in w/ the kids per the {{contact agreement}}. he got
        loud in {{reception}} and [[name:Keisha]] on the desk pressed the {{panic alarm}}. kids
        ([[name:tyler]] [[age:6yo]] and [[name:mia]] [[age:4yo]]) were already in {{room 2}} with
        {{foster carer}} [[name:bev]] so didnt see. cancelled contact, [[name:darren]] left on foot
        abt 10.40. rang {{allocated SW}} [[name:Sunita Rao]], left msg on [[phone:07700 900318]].
        need to write up {{contact note}} for {{court}} by [[date:fri 14th]]. ref
        [[case_reference:BFC-C-0871]]. kids ok, [[name:mia]] crying a bit, [[name:bev]] settled
        her w/ snacks. me shaky tbh, will talk to {{TM}} in {{supervision}}
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS REPORT - {{Family Centre}}
        Reporter: [[name:Hope Adeyemi-Clarke]] ({{Contact Supervisor}})
        Date of event: [[date:07/03/24]]
        Child: [[name:Leon Fairbairn]]   DOB: [[date_of_birth:19/11/2017]]
        Ref: [[case_reference:EC/CP/40218]]
        Placement address: [[address:14 Tansy Close, Wexley]] [[postcode:WX4 7NB]]
        What happened:
        {{Taxi}} from [[organisation:Swiftline Cars]] arrived to collect [[name:Leon]] after
        contact. Driver had a different surname on his sheet, same first name. I checked his
        {{ID badge}} and {{booking sheet}} against our {{transport plan}} before handing over -
        mismatch. Rang the {{transport team}} at [[organisation:Eastmoor County Council]], who
        confirmed the booking was for a different [[name:Leon]] at another {{contact centre}}.
        Correct car (reg [[vehicle_registration:LK21 ORT]]) arrived 20 min later.
        Outcome: no harm. [[name:Leon]] stayed with me in the {{Playroom}}.
        Learning: check surname AND {{DOB}} on the {{transport sheet}}, not just first name.
    """)),
    ("social_care", "success", block("""
        From: [[name:Marguerite Okonkwo]] <[[email:m.okonkwo@eastmoor.gov.uk]]>
        To: {{Contact Team}}
        Subject: Thank you - contact on [[date:Sat 9 March]]

        Hi all,

        Just wanted to say a massive thank you to [[name:Faith]] and [[name:Tomasz Wiśniewski]]
        for {{Saturday}}. {{Mum}} arrived very anxious after the {{hearing}} and [[name:Faith]]
        spent ten minutes with her in the {{garden room}} helping her settle before the children
        came in. [[name:Tomasz]]'s {{contact notes}} were clear, factual and in on time for the
        {{Guardian}} - the {{IRO}} commented on how balanced they were.

        This is exactly what {{Signs of Safety}} looks like in practice.

        Many thanks,
        [[name:Marguerite]]

        [[name:Marguerite Okonkwo]]
        {{Team Manager}}, [[organisation:Brambleford Family Centre]]
        [[phone:01632 960441]]
    """)),
    ("social_care", "incident", block("""
        Chronology - incident during supervised contact, [[date:Tuesday 12 March 2024]]
        Ref [[case_reference:BFC-INC-2024-031]]
        13:00 Contact starts in {{Room 3}}. Present: Mr [[name:Siddiqui]] ({{father}}),
              [[name:Ayaan]] ([[age:8 years]]), supervisor [[name:J. Okafor]].
        13:20 Mr [[name:Siddiqui]] shows [[name:Ayaan]] photos on his phone of paternal family.
              {{Court order}} says no contact with them. Supervisor redirects.
        13:35 Mr [[name:Siddiqui]] whispers to [[name:Ayaan]]; supervisor unable to hear.
              Reminded of {{ground rules}}.
        13:50 [[name:Ayaan]] tells supervisor "{{Dad}} says I'm going home soon".
        13:55 Contact ended early per {{written agreement}}. Mr [[name:Siddiqui]] left calmly.
        14:10 [[name:Ayaan]] collected by {{foster carer}} [[name:Grace Mbeki]].
        14:30 {{Social worker}} [[name:Ruth Hallam]] informed by phone; {{duty manager}}
              [[name:Pat]] aware.
        Action: {{contact note}} to {{LA solicitor}} by [[date:15/03/24]]; {{risk assessment}}
        to be reviewed.
    """)),
    ("social_care", "near_miss", block("""
        [[date:18/03/2024]], 08:12 - [[name:Lou Brennan]]: morning all, heads up the {{minibus}}
        has the warning light on again
        [[date:18/03/2024]], 08:13 - [[name:Kwame]]: which one, [[vehicle_registration:YD19 KFE]]?
        [[date:18/03/2024]], 08:13 - [[name:Lou Brennan]]: ya that one. i was about to put the
        [[name:Novak]] kids in it for the 10am
        [[date:18/03/2024]], 08:14 - [[name:Sunny]]: DONT. garage said last wk its the
        {{brake sensor}} and it shdnt be driven. use the {{pool car}} or
        [[organisation:Swiftline]]
        [[date:18/03/2024]], 08:15 - [[name:Lou Brennan]]: ok ok booked
        [[organisation:swiftline]] for 9.30
        [[date:18/03/2024]], 08:16 - [[name:Sunny]]: ta. {{car seats}} for both? little one is
        only [[age:2yo]]
        [[date:18/03/2024]], 08:16 - [[name:Lou Brennan]]: yep both in the {{store cupboard}}
        [[date:18/03/2024]], 08:18 - [[name:Kwame]]: ill put it on the {{incident log}} as a near
        miss & tell {{fleet}} to take the keys off the {{key board}}
    """)),
    ("social_care", "success", block("""
        Handover - {{late shift}} [[date:Thurs 21st]]
        - Contact for [[name:Rosa]] & [[name:Mateo Jiménez]] went really well. {{Mum}}
          ([[name:Ana]]) used the {{play plan}} we did last week - no raised voices, lovely
          {{goodbye routine}}. Please tell [[name:Bill]] (he wrote the plan) - his idea worked!
        - {{Interpreter}} Mrs [[name:Haddad]] booked again for next wk via
          [[organisation:LinguaBridge]], ref [[case_reference:LB-77312]].
        - {{Court bundle}}: notes for [[case_reference:EC/PLO/1193]] typed and saved on the
          {{shared drive}}.
        - Nothing outstanding. {{Fire log}} signed. [[name:Amber]] locking up, {{alarm}} code
          unchanged.
    """)),
    ("social_care", "incident", prose("""
        On [[date:2 April 2024]] I was supervising contact between [[name:Kayleigh Doherty]]
        ({{birth mother}}) and her son [[name:Reuben]], [[age:aged 3]], at
        [[organisation:Brambleford Family Centre]]. About forty minutes into the session
        Ms [[name:Doherty]] took a {{bottle}} from her bag which she said was juice. I asked to
        check it in line with the {{contact agreement}} and she refused, then became tearful and
        her speech was slurred. I ended the session in line with centre {{policy}} and asked her
        to wait in the {{parents' lounge}} with a colleague. [[name:Reuben]] was returned to his
        {{foster carer}}, Mrs [[name:Ewa Kowalczyk]], at 15:05. The {{duty social worker}} was
        informed at 15:10 and agreed no {{MASH}} referral was needed as there were no new
        {{safeguarding}} concerns for [[name:Reuben]]. I recorded the incident on the
        {{incident log}} (ref [[case_reference:BFC-INC-2024-044]]) and the {{contact note}} has
        been sent to the {{children's guardian}}. Signed: [[name:D. Achterberg]],
        {{Senior Contact Worker}}.
    """)),
    ("social_care", "near_miss", block("""
        Minutes - {{Contact Team Meeting}}, [[date:24 April]]
        Present: [[name:Joy Nakamura]] (chair), [[name:Precious Dube]], [[name:Ollie Frampton]],
        [[name:Hamid]], [[name:Siân ap Gwynfor]]
        Apologies: [[name:Mark Ellery]], [[name:Bronwen]]

        1. Near miss - the {{session diary}} double-booked {{Room 1}} on [[date:19/04]]: two
           families with a {{non-molestation order}} between the adults were due to arrive within
           10 minutes of each other. [[name:Precious]] spotted it the day before when printing the
           {{timetable}}. Arrivals staggered and separate {{entrances}} used. No contact between
           the parties.
           Action: [[name:Hamid]] to add a "{{keep apart}}" flag to the booking system.
        2. {{DBS}} renewals - [[name:Ollie]] chasing three outstanding.
        3. AOB - none. Next meeting [[date:8 May]].
    """)),
    ("social_care", "incident", prose("""
        transport incident [[date:26/4]]. driver [[name:gaz]] from [[organisation:a2b cars]]
        dropped [[name:lily-mae]] ([[age:7yo]]) back at carers but carer not home. he left her
        with NEXT DOOR neighbour!!! carer [[name:Jackie Orme]] got back 10 mins later and found
        out from the neighbour. no harm but massive breach - kids only to be handed to the named
        adult on the {{transport form}}. rang [[organisation:A2B]] office on
        [[phone:01632 960772]], spoke to [[name:Sharon]] who said [[name:gaz]] "didnt want to be
        late for next job". {{fostering SW}} informed. {{LADO}}? prob not but asked {{TM}} to
        decide. incident ref [[case_reference:T-2024-0119]], car reg
        [[vehicle_registration:VN68 WXA]] if needed. [[name:lily-mae]] told carer she was
        "a bit scared" so pls flag to {{SW}} for next {{CLA review}}
    """)),
    ("social_care", "success", block("""
        ⭐ SHOUT OUT ⭐
        To [[name:Will]] on the {{weekend rota}} - when [[name:Jaylen]]'s {{nan}} turned up
        unannounced on [[date:Sunday 5th]] wanting to join contact, [[name:Will]] calmly explained
        she wasn't on the {{contact plan}}, offered her a cuppa in the {{foyer}} and rang the
        {{EDT}} to check. No scene, and [[name:Jaylen]] never knew anything was wrong. He then
        wrote it all up for the {{social worker}} before going home. Legend.
        From [[name:Chidi]] & [[name:Rosie-Ann]] ({{admin}})
    """)),
    ("social_care", "incident", block("""
        [[name:Farah Qureshi]] 10:02
        has anyone seen the {{recording device}}? the one for the [[name:Whitlock]] contact
        [[name:Daniel O'Sullivan]] 10:04
        it was in the {{locked cabinet}} yesterday
        [[name:Farah Qureshi]] 10:05
        not there now. it's got last wk's {{audio}} on it for {{court}} 😬
        [[name:Ade]] 10:09
        found it in {{Room 4}} under a cushion. someone left it out overnight. not encrypted
        [[name:Farah Qureshi]] 10:10
        ugh. that's a {{data breach}} risk even if nobody took it. logging with {{IG}} -
        [[email:ig.team@eastmoor.gov.uk]]
        [[name:Daniel O'Sullivan]] 10:11
        my fault I think, I did the [[date:Weds 8th]] session and got called to {{reception}}.
        sorry. will report it myself
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Monday 13 May]] I was preparing to email a copy of the {{contact summary}} to
        Mr [[name:Lukas Petrauskas]] at his {{solicitor}}'s request. Before sending I re-read the
        attachment and noticed it still contained the {{placement address}} of his daughter
        [[name:Emilija]] ([[address:22 Orchard Rise, Netherby]]) in the {{transport section}}.
        The placement is {{confidential}} because of a {{non-molestation order}}. I removed it,
        had the document {{peer-checked}} by [[name:Rhiannon]], and then sent it to
        [[email:office@carrbrooklaw.co.uk]]. No disclosure occurred. I have raised with my
        {{supervisor}} that the {{template}} auto-fills the address field from the case record.
        - [[name:Ifeoma]], {{Contact Worker}}
    """)),
    ("social_care", "success", block("""
        Contact note quality audit - {{Q1}} spot checks (learning)
        Date       | Family ref                    | Supervisor              | On time? | Comment
        [[date:04/01/24]] | [[case_reference:EC/1187]] | [[name:G. Hartley]] | Y | {{child's voice}} clear
        [[date:11/01/24]] | [[case_reference:EC/1204]] | [[name:Nkechi]]     | Y | excellent {{analysis}}
        [[date:02/02/24]] | [[case_reference:EC/1187]] | [[name:bob t]]      | N | 2 days late, factual
        [[date:27/02/24]] | [[case_reference:EC/1290]] | [[name:Nkechi]]     | Y | no jargon, balanced
        Summary: every note reached the {{Cafcass}} {{guardian}} before the {{IRH}}. Praise to
        [[name:Nkechi]] for modelling {{strengths-based}} recording - shared at {{team day}}.
        Audited by [[name:Yusuf Demir]], {{Practice Lead}}.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Priya Chandrasekaran]]
        Sent: [[date:20 May 2024]] 16:47
        To: [[name:Joy Nakamura]]
        Subject: incident - {{allergy}} at contact

        [[name:Joy]],
        Quick one before I go. In [[name:Samir]]'s contact today {{dad}} brought a snack bag with
        {{cereal bars}} containing {{nuts}}. [[name:Samir]], who is [[age:5 years old]], has a
        {{nut allergy}} on his {{care plan}}. I took the bar off him after one bite. He had
        {{itchy lips}}, no {{swelling}} or breathing problems. I gave {{antihistamine}} per his
        plan (from the carer's bag) and did the {{first aid}} log. {{Foster carer}}
        [[name:Babajide]] collected early and took him to the {{GP}} at
        [[organisation:Netherby Health Centre]] as a precaution. Fine now.
        I hadn't checked the bag at the start - I will from now on.
        [[name:Priya]]
    """)),
    ("social_care", "near_miss", prose("""
        nr miss - [[name:Chantelle]]'s mum (not allowed to know {{FC}} identity) was still in the
        {{car park}} smoking when FC [[name:Bernadette]] pulled up to collect. i saw from the
        {{office}} window, ran out & asked [[name:Bernadette]] to drive round the block. mum didnt
        see her or the car ([[vehicle_registration:MA17 ZPU]]). our {{protocol}} says parent
        leaves 15 min before FC arrives but nobody actually checks the car park. suggest a
        {{CCTV}} screen in the office or staff walk parent to the {{bus stop}}. ref
        [[case_reference:BFC-NM-0207]] - [[name:tash]]
    """)),
    ("social_care", "success", prose("""
        Learning report. Over the past twelve weeks Ms [[name:Oyelaran]] has attended every
        contact session for her twins, [[name:Kofi]] and [[name:Ama]], [[age:aged 18 months]].
        {{Contact supervisor}} [[name:Hollie Stratton-Price]] used {{video feedback}} (with
        consent) to help {{Mum}} notice the babies' cues, and wrote notes that described what went
        well as carefully as what did not. The {{parenting assessment}} by
        [[organisation:Harbour Lane Assessment Service]] cited [[name:Hollie]]'s notes as key
        evidence, and at the {{final hearing}} on [[date:6 June]] the court approved a move to
        {{community contact}}. Learning: {{video interaction guidance}} within supervised
        contact is effective and should be offered routinely. Submitted by
        [[name:Gethin Morgan]], {{Centre Manager}}.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM
        Name of child: [[name:Declan Reilly-Shaw]]
        DOB: [[date_of_birth:03.08.2012]]
        Age: [[age:11]]
        {{LA}} Ref: [[case_reference:WX-CIN-558102]]
        Date/time: [[date:14/06/2024]] 17:25
        Location: {{front car park}}, [[organisation:Brambleford Family Centre]],
        [[address:Mill Lane, Wexley]] [[postcode:WX2 3HJ]]
        Description: At the end of contact [[name:Declan]] became upset when {{Dad}} left. He ran
        out through the {{fire exit}} and across the car park towards the road. [[name:Femi]]
        followed, keeping him in sight, and talked him back after about 6 minutes. No injuries.
        {{Police}} not called. Carer Ms [[name:Lambert]] informed at 17:40. {{Body map}} not
        required. {{Missing protocol}} not triggered.
        Reported by: [[name:F. Adebayo]]
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "near_miss", prose("""
        During {{Sign In}} in the {{anaesthetic room}} on [[date:8 January]] for a
        {{left knee arthroscopy}}, the patient, a [[age:67-year-old]] man, told the {{ODP}} that
        his right knee was the painful one. The {{site marking}} arrow was on the left. The
        {{consent form}} said left; the {{clinic letter}} said right. The list was paused and the
        {{consultant}}, Mr [[name:Abdelrahman]], reviewed the {{MRI}} and clinic notes and
        confirmed right was correct - the consent had been transcribed wrongly. The patient was
        re-consented and re-marked and the procedure went ahead on the correct side. Hospital
        number [[case_reference:KGH4410927]], Datix [[case_reference:W-118823]]. Learning: stop
        and listen when the patient disagrees with the paperwork. The {{WHO checklist}} worked
        because {{staff nurse}} [[name:Anneliese]] asked him to point to the knee rather than
        reading the side out to him.
    """)),
    ("health", "incident", block("""
        Timeline - swab count discrepancy, {{Theatre 3}}, [[date:Wed 17 Jan]]
        Pt: [[name:Doreen Ashby]]   NHS No: [[nhs_number:485 771 2032]]
        Hosp No: [[case_reference:KGH3381045]]
        Procedure: {{laparoscopic cholecystectomy}} converted to open
        15:42 {{First count}} at closure of {{peritoneum}} - one {{Raytec}} swab missing.
        15:44 Closure paused. {{Scrub nurse}} [[name:Marisol Ortega]] and {{circulator}}
              [[name:Ben]] re-count - still one short.
        15:50 Search of floor, {{clinical waste}} bins and {{drapes}}. Not found.
        15:58 {{Intra-op X-ray}} requested; {{radiographer}} attends.
        16:11 X-ray: no {{radio-opaque marker}} seen in abdomen.
        16:14 Swab found stuck to the underside of the {{kick bucket}} liner.
        16:20 Closure completed, {{final count}} correct, signed by [[name:Marisol]] and
              [[name:Ben]].
        Reported by Sister [[name:Olatunji]], {{Theatre Coordinator}}
    """)),
    ("health", "success", block("""
        From: Dr [[name:Seren Pryce]] <[[email:seren.pryce@kingsmere.nhs.uk]]>
        To: {{Theatres}} - All Staff
        Subject: Thank you - {{major haemorrhage}} on [[date:Friday 26th]]

        Dear all,

        I want to thank the team in {{Theatre 6}} on {{Friday night}}. When the
        {{ruptured AAA}} came straight up from {{ED}}, [[name:Joaquim]] ({{ODP}}) had the
        {{rapid infuser}} primed before I'd asked, [[name:Rose]] activated the {{MHP}} and kept
        the {{blood bank}} updated, and [[name:Kwabena Asante-Darko]] ran the {{cell saver}}.
        The patient is now on {{ITU}} at [[organisation:Kingsmere General Hospital]] and has been
        extubated.

        This is what good {{human factors}} looks like.

        [[name:Seren]]

        Dr [[name:Seren Pryce]]
        {{Consultant Anaesthetist}}
    """)),
    ("health", "incident", prose("""
        {{histology}} pot from case 3 ({{excision}} of {{lipoma}}) went to the lab with case 2's
        {{label}} on it. both pts surname [[name:Khan]], diff first names. lab
        ([[organisation:Kingsmere Path Lab]]) rang [[date:23/1]] cos {{request form}} didnt match
        the pot. {{specimen}} not lost, matched back by {{time stamp}} and {{ICE}} request no
        [[case_reference:ICE-6620918]]. both pts informed by the {{consultant}}. my error i think -
        labels for both printed together & left on the {{trolley}}. should be printed one pt at a
        time and stuck on straight away. - [[name:kev]] ({{HCA}})
    """)),
    ("health", "near_miss", block("""
        #theatres-ortho
        [[name:tom.bryce]] 08:41  anyone know why the {{hip}} in {{T5}} is delayed?
        [[name:amara.n]] 08:43  {{implant}} check at {{Time Out}} - {{acetabular cup}} box said
        52 but the {{template}} was 54. [[name:Naveed]] caught it reading the label out loud
        [[name:tom.bryce]] 08:44  wow. was it opened?
        [[name:amara.n]] 08:44  no, {{scrub}} hadnt opened it. rep from
        [[organisation:Orthalis Medical]] bringing the right size from {{stores}}
        [[name:Naveed]] 08:46  {{SpR}} pulled the wrong box from the {{implant room}}, they're on
        the same shelf. no harm. will {{Datix}} it and ask for the shelf to be split
        [[name:tom.bryce]] 08:47  nice one [[name:Naveed]] 👍
    """)),
    ("health", "success", prose("""
        🌟 Recovery shout-out 🌟 Massive thanks to [[name:Bartholomew]] ("[[name:Barty]]") in
        {{PACU}} on [[date:1 Feb]]. He noticed a post-op {{thyroidectomy}} patient's voice
        changing and a subtle increase in {{neck swelling}}, called the {{anaesthetist}} and the
        surgical {{reg}} straight away and got the {{clip removers}} to the bedside. The patient
        went back to {{theatre}} for evacuation of {{haematoma}} within 20 minutes with no airway
        compromise. Textbook {{NEWS2}} escalation and a great example for our students. -
        [[name:Lorraine]] & [[name:Ife]], {{Recovery Team}},
        [[organisation:Kingsmere General]]
    """)),
    ("health", "incident", prose("""
        On [[date:6 February 2024]] in {{Theatre 2}} a syringe labelled {{ondansetron}} was found
        to contain {{metaraminol}}. The patient, Mrs [[name:Halina Zielińska]] (hospital number
        [[case_reference:KGH5519034]]), received 0.5 ml before Dr [[name:Ochieng]],
        {{anaesthetic registrar}}, noticed an unexpected rise in {{blood pressure}} and checked
        the syringe. She was monitored in {{recovery}} and came to no harm. Both syringes had been
        drawn up by the same person with {{pre-printed labels}} peeled off the sheet at the same
        time, and were placed next to each other in the {{tray}}. A {{Duty of Candour}}
        conversation took place the same day and was documented. This has been reported as
        incident [[case_reference:W-120457]]. Reporter: [[name:L. Fontaine]],
        {{Anaesthetic Nurse}}.
    """)),
    ("health", "near_miss", block("""
        THEATRE HANDOVER - {{late}} to {{nights}}   [[date:12/02/24]]
        {{Coordinator}}: [[name:Mags]] -> [[name:Thabo]]
        - {{T1}} {{emergency list}}: 2 waiting. {{Appendix}} ([[name:Kiera Lusk]],
          [[age:19yo]]) consented, {{NBM}} since 14:00.
        - NEAR MISS in {{recovery}} earlier: pt from {{T4}} ([[case_reference:KGH2093377]])
          - {{penicillin allergy}} not on the {{handover sheet}} and {{red wristband}} missing.
          Recovery nurse had {{co-amoxiclav}} drawn up per the {{drug chart}} - [[name:Mags]]
          spotted the allergy on {{EPR}} before it was given. Wristband replaced,
          [[organisation:Ashdown Ward]] informed. Datix done.
        - Staffing: [[name:Ji-woo]] off sick, [[name:Carmen]] covering from {{day case}}.
    """)),
    ("health", "success", block("""
        Theatres {{Governance}} Meeting - minutes [[date:15 Feb 2024]]
        Attendees: Mr [[name:R. Venkataraman]] (chair), Dr [[name:Ellen Wright]],
        Sister [[name:Nwachukwu]], [[name:Faisal Al-Amin]] ({{ODP}}), [[name:Grace Lee]]
        Apologies: Dr [[name:Ferreira]], [[name:Patience Oduya]]

        Item 3 - {{Learning from Excellence}}
        [[name:Grace Lee]] presented the {{Stop Before You Block}} audit. Since the
        {{prompt card}} was added to every {{block trolley}} in {{November}} there have been no
        {{wrong-side block}} near misses in 412 blocks, compared with three in the previous six
        months. The {{regional anaesthesia}} team will present it at the
        [[organisation:Wessex Theatres Network]] meeting. The chair thanked [[name:Grace Lee]]
        and the {{anaesthetic assistants}}.
        Action: extend to {{obstetric theatres}} - [[name:Faisal]].
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT FORM - {{Theatres}}
        Patient name: [[name:Ahmed Yusuf Farah]]
        DOB: [[date_of_birth:21/07/1958]]
        NHS number: [[nhs_number:621 409 8368]]
        Address: [[address:Flat 3, 41 Quarry Street, Kingsmere]] [[postcode:KM3 9RT]]
        Date of incident: [[date:19/02/2024]]
        Category: {{Pressure ulcer}} / {{positioning}}
        Description: Patient positioned {{prone}} for {{spinal fusion}} (six hours). On turning,
        {{grade 2}} pressure damage found to chin and left {{iliac crest}}. {{Gel pads}} were in
        place but the {{head ring}} had slipped during the case. {{Tissue viability}} referral
        made, family informed.
        Reported by: [[name:Y. Kaczmarek]]   Ref: [[case_reference:W-121902]]
    """)),
    ("health", "near_miss", prose("""
        nearly had wrong pt this am. {{porter}} went to [[organisation:Mercer Ward]] for "mr
        [[name:jones]] bed 12" - there are 2 [[name:jones]] on that ward, other one in
        {{bed 21}}. porter brought the bed 21 man down to {{holding bay}}. at {{reception}} i asked
        name + DOB and checked {{wristband}} vs the {{list}} - his DOB
        [[date_of_birth:02/05/1949]] didnt match ours ([[date_of_birth:14/10/1952]]). sent him
        back with apologies. right pt arrived 25 min late, list ran over. pls can wards put a
        {{name alert}} on the board when same surname. [[name:Siobhan]], {{theatre reception}}
    """)),
    ("health", "success", prose("""
        I would like to report good practice. During a {{paediatric list}} on
        [[date:28 February]] a [[age:4-year-old]] girl listed for {{tonsillectomy}} became very
        distressed in the {{anaesthetic room}}. {{Play specialist}} [[name:Tegan Whitfield]]
        suggested letting her watch her own tablet, and the {{anaesthetist}},
        Dr [[name:Oluwaseun Bakare]], agreed to a {{parent-present induction}} with
        {{gas induction}} sitting on {{Mum}}'s lap. Induction was smooth and calm. Mum said
        afterwards it was the first hospital visit that had not ended in tears. Learning: involve
        the play team at {{pre-op assessment}}, not on the day. The {{Children's Day Unit}} at
        [[organisation:Kingsmere General Hospital]] has added a play referral prompt to the
        booking form. Reported by [[name:Hazel]], {{Staff Nurse}}.
    """)),
    ("health", "incident", block("""
        Chronology: {{diathermy}} burn, {{Theatre 7}}, [[date:Tues 5th March]]
        09:05 {{Sign In}} complete. Patient [[name:Cheng Wei]] (Hosp [[case_reference:KGH6604118]]),
              {{inguinal hernia repair}}.
        09:12 {{Return electrode}} plate applied to left thigh by {{HCA}} [[name:Lenny]].
        09:30-10:20 Procedure. {{Monopolar}} used intermittently.
        10:25 On removing plate, {{partial-thickness burn}} approx 2 cm at edge. Plate found
              partly lifted; {{chlorhexidine}} {{skin prep}} had pooled under it.
        10:40 {{Burns}} advice sought by phone; dressing applied.
        11:15 Patient informed by the surgeon, Ms [[name:Okafor-Reid]]. {{Duty of Candour}}
              letter to follow.
        11:30 {{Diathermy}} unit quarantined, {{EBME}} informed.
        Reporter: [[name:Jan Novak]]
    """)),
    ("health", "near_miss", block("""
        From: [[name:Imogen Salter]] <[[email:imogen.salter@kingsmere.nhs.uk]]>
        To: [[email:theatre.safety@kingsmere.nhs.uk]]
        Date: [[date:11 March 2024]]
        Subject: near miss - wrong side block nearly done

        Hi,
        Reporting a near miss from {{T2}} this morning. Patient listed for a {{right ankle ORIF}};
        the {{popliteal block}} was being set up on the left. The {{ultrasound}} probe was already
        on the left leg when [[name:Ikaika]] ({{ODP}}) called "{{Stop Before You Block}}" and
        pointed out the {{arrow}} was on the right. The anaesthetist ({{ST6}}) stopped at once.
        No needle had been inserted. The patient had been turned for positioning, which put the
        marked leg against the wall and out of sight.
        Could we discuss at the next {{safety huddle}}?
        Thanks,
        [[name:Imogen]]
        {{Band 6}} {{Anaesthetic Practitioner}}
    """)),
    ("health", "incident", block("""
        Instrument integrity log - {{CSSD}} returns, week of [[date:18/03/24]]
        Patient ref        | Date      | Theatre | Issue                        | Action
        [[case_reference:KGH7781204]] | [[date:18/03]] | {{T5}} | tip of {{Mayo scissors}} missing after use | {{X-ray}} in {{recovery}}: fragment in wound, back to theatre
        [[case_reference:KGH7790316]] | [[date:20/03]] | {{T2}} | {{retractor}} screw loose | tray withdrawn
        [[case_reference:KGH7801157]] | [[date:21/03]] | {{T6}} | none | -
        Note: first row is an incident with harm (second anaesthetic). Scissors had been
        re-processed 40+ times. Checked by [[name:Hélène]] and [[name:Dominic Achebe]]; manager
        [[name:S. Farooqui]] escalated to the {{decontamination lead}}.
    """)),
    ("health", "success", block("""
        Card pinned on the staff room board (typed up for {{Learning from Excellence}}):
        "To [[name:Sunita]], [[name:Dev]] and the lovely lady with the purple hat (we think
        [[name:Maggie]]?) in {{theatre 1}} on [[date:2nd April]]. I was terrified of being put to
        sleep after what happened last time and you held my hand and talked about my dog the whole
        way. When I woke up [[name:Dev]] was there in {{recovery}}. Thank you for treating me like
        a person. - [[name:Pearl Whitmore]] ([[age:aged 82]], new {{hip}})"
        Forwarded by {{Matron}} to the {{L2E}} panel. {{Hat}} lady confirmed as [[name:Maggie]]
        ({{HCA}}).
    """)),
    ("health", "incident", prose("""
        {{sharps injury}} - me. [[date:9/4]] approx 14:20 in {{T8}} ({{emergency list}}) -
        surgeon passed the {{suture needle}} hand to hand instead of via the {{neutral zone}},
        went through my glove. bled it, washed it, rang {{occ health}}
        ([[organisation:Kingsmere OH]]) at 14:40, went to {{ED}} for {{bloods}}.
        {{source patient}} hosp no [[case_reference:KGH8840273]], consented to {{BBV}} testing.
        {{PEP}} not needed per {{micro}}. this is the 3rd time with this surgeon
        (mr [[name:Castellanos]]) so pls can someone actually talk to him. - [[name:nat]], scrub
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "near_miss", block("""
        RT extract - [[organisation:Caldermoor Tower]], [[date:Sat 13 April]], {{RWY 26}}
        1410:02 [[aircraft_registration:G-BYXR]]: Tower, [[aircraft_registration:G-BYXR]] at
                {{holding point}} {{A1}}, ready for departure.
        1410:06 TWR: [[aircraft_registration:G-BYXR]], {{hold position}}, one on {{final}}.
        1410:09 [[aircraft_registration:G-BYXR]]: Lining up, [[aircraft_registration:G-BYXR]].
        1410:11 TWR: [[aircraft_registration:G-BYXR]], NEGATIVE, HOLD POSITION, acknowledge.
        1410:14 [[aircraft_registration:G-BYXR]]: Holding, sorry.
        1410:40 [[flight_number:LOG47K]]: Tower, [[flight_number:LOG47K]], {{going around}}.
        Notes: student ({{officer cadet}} [[name:Aleksander Nowak]]) had rolled about 2 m past
        the {{stop bar}} before the instructor, Flt Lt [[name:Corrigan]], took control. The
        {{Saab 340}} on final went around as a precaution. {{ATC}} filed an {{MOR}}; unit
        report [[case_reference:NUAS-FS-24-031]].
    """)),
    ("aviation", "success", block("""
        [[date:20/04/2024]], 17:02 - [[name:Sal Okoro]]: Quick well done to [[name:Rhys]] and
        [[name:Beatrix]] for today's {{safety brief}} - best I've heard this year 👏
        [[date:20/04/2024]], 17:03 - [[name:Rhys]]: cheers sir!
        [[date:20/04/2024]], 17:05 - [[name:Sal Okoro]]: the bit on {{launch failures}} with
        the {{whiteboard}} sketch really landed with the new cadets. [[name:Beatrix]] the
        {{cable break}} drill was spot on
        [[date:20/04/2024]], 17:06 - [[name:Beatrix]]: thanks! stole it from [[name:Tiff]] at
        [[organisation:661 VGS]] tbh 😂
        [[date:20/04/2024]], 17:09 - [[name:Dimitri K]]: 4 cadets asked me about {{launch failure}} drills
        at the {{launch point}} after. never happens
        [[date:20/04/2024]], 17:10 - [[name:Sal Okoro]]: putting it in the {{newsletter}}
    """)),
    ("aviation", "incident", prose("""
        On [[date:27 April 2024]], during the third {{winch launch}} of the day in {{Viking}}
        [[aircraft_registration:ZE611]], the {{cable}} broke at approximately 250 ft. The
        instructor, Sgt [[name:Lindqvist]], lowered the nose, released the {{cable}} and carried
        out a straight-ahead landing in the {{undershoot}}. The landing was firm. The cadet in the
        front seat, {{cadet}} [[name:Oliver Mensah-Boateng]], a [[age:15-year-old]] from
        [[organisation:1432 (Brackley Vale) Squadron]], complained of lower back pain after
        landing. He was assessed by the {{first aider}} at the {{launch point}} and taken to
        {{A&E}} by his father as a precaution; no injury was found. The {{weak link}} was intact,
        and the break was at a splice made two days earlier. The {{winch driver}} reported no
        abnormal indications. Flying was stopped, the cable was re-inspected end to end and the
        splice log reviewed. Reported through the unit {{flight safety}} system as
        [[case_reference:VGS-FS-0412]] by [[name:M. Lindqvist]], {{Duty Instructor}}.
    """)),
    ("aviation", "near_miss", prose("""
        near miss {{pre-flight}} [[date:Sun 28th]]. cadet [[name:Harvey]] ([[age:14yo]]) in
        {{Tutor}} [[aircraft_registration:G-BYWN]] doing his {{canopy check}} before taxi -
        {{canopy}} looked shut but the {{locking lever}} wasnt fully forward and the
        {{CANOPY}} caption was flickering. he said "sir is that meant to be on?" - instructor
        [[name:Kaz]] had missed it while doing the {{radio}} call. relocked, checked, caption
        out. if it had opened on take-off roll could have been nasty. good spot by a first-timer,
        shows the {{challenge and response}} bit of the {{brief}} works. ref
        [[case_reference:NUAS-NM-24-017]] - [[name:kaz]]
    """)),
    ("aviation", "incident", block("""
        Incident summary - {{FOD}} in cockpit
        Date: [[date:02/05/2024]]
        Aircraft: {{Tutor T1}} [[aircraft_registration:G-BYUC]]
        Crew: Flt Lt [[name:Adaeze Nwosu]] ({{QFI}}), {{Officer Cadet}} [[name:Jonah Pemberton]]
        During a {{loop}} the student's {{mobile phone}} came out of his {{flying suit}} leg pocket
        and fell into the foot well. The instructor took control, rolled wings level and
        recovered. Phone found wedged near the {{rudder pedal}} linkage; {{full and free}} check
        satisfactory. Landed without further issue. {{Engineering}} inspected the
        {{control runs}} before next flight.
        Cause: pocket not zipped; loose articles check at {{walk-round}} was verbal only.
        Actions: {{loose article}} check added to the {{strapping-in}} card. Reported by
        [[name:Adaeze Nwosu]], ref [[case_reference:NUAS-FS-24-039]].
    """)),
    ("aviation", "success", block("""
        Minutes - {{Flight Safety Committee}}, [[date:9 May 2024]]
        Present: Sqn Ldr [[name:Hargreaves]] (chair), Flt Lt [[name:Adaeze Nwosu]],
        [[name:Mark Bellweather]] ({{CFI}}), [[name:Amber Sutcliffe]] ({{cadet rep}}),
        [[name:Ravi]] ({{engineering}})
        Apologies: [[name:Joy O'Dowd]], Sgt [[name:Lindqvist]]

        Item 2 - {{Good catches}}
        The chair thanked cadet [[name:Amber Sutcliffe]] for setting up the anonymous
        "I nearly..." box in the {{crew room}}. Eleven reports since launch, including two
        that led to changes to the {{fuel log}}. {{CAA}} and {{Air Cadets}} guidance both
        encourage this kind of {{just culture}} reporting.
        Action: [[name:Mark Bellweather]] to present the scheme at the [[organisation:RAF Caldermoor]]
        {{station safety day}}.
    """)),
    ("aviation", "near_miss", prose("""
        I planned a {{navex}} from [[organisation:RAF Caldermoor]] on [[date:14 May]] with
        {{Officer Cadet}} [[name:Fenella Drummond-Hay]] and checked {{NOTAMs}} the evening before.
        On the morning I did not re-check. At the {{out-brief}} the {{duty authoriser}},
        Flt Lt [[name:Ó Súilleabháin]], asked to see the {{NOTAM brief}} time, noticed it was
        over twelve hours old and made me re-check. A {{temporary restricted area}} had been
        activated overnight for a {{flypast}} rehearsal and our second leg went through the
        middle of it. We re-planned round it. Without the authoriser's challenge we would have
        infringed controlled airspace. I have since added "NOTAMs re-checked within 2 hrs" to my
        own {{pre-flight checklist}}. [[name:Tom Ashworth-Bey]], {{QFI}}
    """)),
    ("aviation", "incident", block("""
        [[name:dan.whitcombe]] 11:47
        hangar door clipped the {{port wingtip}} on [[aircraft_registration:ZE587]] as we pushed
        it in 😩
        [[name:priya.s]] 11:48
        oh no. how bad
        [[name:dan.whitcombe]] 11:49
        {{wingtip}} scuffed + small crack in the {{gelcoat}}. door was only half open,
        {{wing walker}} was on the other side
        [[name:Stevie]] 11:52
        who was wing walking?? we only had 3 on the {{ground crew}} today
        [[name:dan.whitcombe]] 11:53
        cadet [[name:Olamide]], [[age:16yo]], first day on handling. not her fault, nobody
        briefed her to watch the door side
        [[name:priya.s]] 11:55
        grounding it, will tell [[name:Stevie]] to raise the {{ASOR}}. [[date:Fri 17th]] flying
        cancelled for this airframe
    """)),
    ("aviation", "success", block("""
        From: [[name:Kerry-Ann Whitlow]] <[[email:kerryann.whitlow@nuas-ops.ac.uk]]>
        Sent: [[date:22 May 2024]] 09:15
        To: Flt Lt [[name:Bogdan Marinescu]]
        Cc: [[email:flightsafety@nuas-ops.ac.uk]]
        Subject: Rough running engine yesterday - thank you

        [[name:Bogdan]],
        Thank you for how you handled the {{rough running}} engine in
        [[aircraft_registration:G-BYVF]] yesterday. You talked your student through the
        {{practice forced landing}} drills for real, chose the long {{grass strip}} at
        [[organisation:Ellerby Farm]] and made a textbook {{precautionary landing}}. {{Engineering}}
        found a cracked {{magneto}} lead. Your calm {{RT}} also kept [[organisation:Caldermoor]]
        {{Approach}} fully in the picture.
        This will be our case study at the next {{safety brief}}.
        Regards,
        [[name:Kerry-Ann]]
        {{OC}} Flying, [[organisation:Northfell Universities Air Squadron]]
    """)),
    ("aviation", "near_miss", block("""
        Chronology - fuel figure error, [[date:Tues 28 May]]
        07:45 {{Tech log}} for [[aircraft_registration:G-BYXR]] shows {{fuel}} "full" from
              previous evening.
        08:10 Student [[name:Nia Elwyn-Jones]] completes {{walk-round}}; {{dipstick}} check not
              done as log says full.
        08:30 {{Duty pilot}} [[name:Gus]] notices {{refuel}} sheet for [[aircraft_registration:G-BYXR]]
              not signed by {{bowser}} operator.
        08:34 Aircraft dipped: approx 60% - refuel had been interrupted by the {{fire alarm}}
              the evening before and never completed.
        08:50 Refuelled, log corrected. Sortie (planned 1 hr 40 with {{diversion}}) flown.
        Learning: always dip, whatever the log says. Reported by [[name:Gus]] ([[name:A. Gustafsson]]).
    """)),
    ("aviation", "incident", block("""
        CADET INJURY FORM
        Name: [[name:Callum Fitzgerald-Oni]]
        DOB: [[date_of_birth:11/09/2009]]
        Cadet no: [[case_reference:ACO-7730419]]
        Squadron: [[organisation:2291 (Harrowgate Moor) Squadron]]
        Home address: [[address:5 Heron Way, Brackley Vale]] [[postcode:BV7 2LD]]
        Parent/carer tel: [[phone:07700 900964]]
        Date of injury: [[date:1 June 2024]]
        What happened: While helping to close the {{canopy}} of a {{Viking}} at the
        {{launch point}}, [[name:Callum]] had his fingers on the {{canopy rail}} and they were
        trapped. Bruising to two fingers, no fracture suspected. Treated with a {{cold compress}}
        by {{first aider}} Cpl [[name:Wren]]. Parent collected him at 15:00.
        {{RIDDOR}}: not reportable. {{CO}} informed.
        Completed by: [[name:S. Yilmaz]], {{Launch Point Controller}}
    """)),
    ("aviation", "success", block("""
        DUTY INSTRUCTOR LOG / HANDOVER - [[date:8/6]]
        - 41 launches, 3 {{first solos}}!! [[name:Ebony]], [[name:Jack Szymański]] and
          [[name:Precious]] all sent solo by [[name:Will Carrow]]. Certificates in the
          {{CO}}'s tray.
        - {{Crosswind}} picked up after 15:00, stopped solo flying at 15:20 - good call by
          [[name:Will Carrow]], nobody argued.
        - {{Viking}} [[aircraft_registration:ZE611]] back on line after {{cable break}}
          inspection, signed by {{engineering}}.
        - {{Winch}} running rough on {{drum 2}}; [[name:Hooper]] to look [[date:Sun 9th]].
        - {{Minibus}} [[vehicle_registration:WU20 DVK]] left at {{the launch point}}, keys in the
          {{ops room}} key safe.
        - {{Parents' evening}} brief re solos went out on the {{parents}} group.
    """)),
    ("aviation", "incident", prose("""
        At approx 16:05 on [[date:15 June]], while on {{final approach}} to {{runway 08}} in
        {{Tutor}} [[aircraft_registration:G-BYWN]], my student and I saw a small {{drone}}
        about 100 ft below us on the {{extended centreline}}. I took control and
        {{went around}}. {{ATC}} at [[organisation:RAF Caldermoor]] were informed and stopped
        departures; [[flight_number:EXS82TJ]] was held at the {{holding point}} for 11 minutes.
        The drone was not found. {{Police}} were informed and issued log
        [[case_reference:NP-240615-0633]]. My student, [[name:Lucía Ferreira]], was shaken but
        flew the next circuit herself. Filed as an {{Airprox}} and {{MOR}}. - [[name:Ruaridh]]
    """)),
    ("aviation", "incident", prose("""
        cadets transport issue [[date:22/06]] - after {{AEF}} day at
        [[organisation:caldermoor]] the {{minibus}} ([[vehicle_registration:WU20 DVK]]) left
        the {{airfield}} with 13 cadets not 14. we missed [[name:joshua]] ([[age:13yo]]) who was
        in the {{loos}}. he rang his mum, she rang our {{OC}} Flt Lt [[name:Brannigan]], who rang
        me on [[phone:07700 900127]] about 20 mins down the {{A-road}}. turned back, he was with
        the {{guardroom}} staff and fine, bit embarrassed. {{nominal roll}} was done at the start
        but not at the end bc everyone was rushing for the {{gate}} closing at 5. {{CI}}
        [[name:mo]] and me both thought the other had counted. from now: roll call at the bus,
        2 adults sign it. sorry all - [[name:Ffion]] ({{CWO}})
    """)),
    ("aviation", "success", block("""
        From: [[name:Leticia Abara]] <[[email:leticia.abara@fastmail.co.uk]]>
        To: [[email:enquiries@1432sqn-aircadets.org.uk]]
        Subject: Thank you from a very proud mum

        Dear Flt Lt [[name:Brannigan]] and team,
        My daughter [[name:Chiamaka]] ([[age:17]]) came home from her {{gliding scholarship}}
        last weekend absolutely glowing. She has struggled with anxiety since {{Year 9}} and I was
        worried about her going solo. She told me her instructor, [[name:Hope]], noticed she was
        quiet after the {{safety brief}} and took her aside to walk through the {{launch failure}}
        drills again on the {{whiteboard}} until she felt ready. She went solo on the
        {{Sunday}} and rang me from the {{crew room}} in tears of joy.
        Please pass on our thanks.
        Warm wishes,
        [[name:Leticia]] (and [[name:Chi]])
    """)),
    ("aviation", "near_miss", block("""
        Launch point weight & balance check - {{Viking}}, [[date:29 June 2024]]
        Launch | Aircraft | P1               | P2 (cadet)          | Cockpit wt | OK?
        1      | [[aircraft_registration:ZE587]] | [[name:R. Castellano]] | [[name:Ayo]]   | 168 kg | Y
        2      | [[aircraft_registration:ZE611]] | [[name:Kaz Mikulski]]  | [[name:Bethan]] | 191 kg | Y
        3      | [[aircraft_registration:ZE611]] | [[name:Kaz Mikulski]]  | [[name:Tobi]]  | 238 kg | N
        Note on launch 3: front seat cadet's weight was entered from his {{enrolment form}}
        ([[age:aged 13]]), not weighed on the day with {{parachute}}. {{LPC}} [[name:Ingrid]]
        queried the figure at the {{cockpit check}}; re-weighed, total over the
        {{max cockpit load}} by 12 kg. Launch cancelled before {{hook-on}}. [[name:Tobi]] flew
        later with a lighter {{instructor}}. Weighing with parachute now mandatory.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind256", REPORTS))
