"""Held-out blind corpus 171: just-culture incident, near-miss and learning reports.

Settings: a local authority's family support workers and supervised-contact centre (social
care); a community pharmacy working with a GP practice and a PCN prescribing hub (health); a
regional airport's air traffic services and airfield operations (aviation). Written blind, the
way UK staff type: rushed lower-case session notes, careful narratives, chronologies, e-mails
with headers and signatures, Teams/WhatsApp exports, incident forms, handover sheets, minutes,
debriefs, shout-outs, a tech log page and RTF transcripts. Every person, place and number is
invented; NHS numbers pass the mod-11 check; phone numbers use Ofcom drama ranges.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind171.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care: incidents
    ("social_care", "incident", prose("""
        contact session notes - [[organisation:Millgate Family Contact Centre]] rm 3, sat
        [[date:12/10]] 10-11.30. {{supervised contact}} for [[name:Kayden]] ([[age:6]]) w {{dad}}
        [[name:Lee Harland]]. [[name:lee]] turned up 10 mins late with a woman he said was his
        cousin, she isnt on the {{contact agreement}} and hasnt been approved by {{the allocated
        sw}}. told him she cant come in, she waited in {{reception}} but then went round to the
        garden and [[name:kayden]] saw her thru the window and shouted "[[name:Shanice]]!!" so he
        def knows her, not a cousin i dont think. dad got wound up, raised voice in front of
        [[name:kayden]]. i paused contact 10.40 for 5 mins per {{the ground rules}}, he calmed
        down and rest of session ok, played lego, had the snacks dad brought. [[name:Shanice]]
        left in a white corsa reg [[vehicle_registration:YD17 KXN]]. havent been able to get hold
        of [[name:Marcia]] (sw) - left vm on [[phone:07700 900283]]. {{CP plan}} says no new
        adults w/o assessment so this needs picking up before next sat. also {{reception}} door
        was propped open again which is how she got round to the garden.
        - [[name:Ife]] ({{contact supervisor}})
    """)),
    ("social_care", "incident", block("""
        From: [[name:Bernadette Ochieng]] <[[email:bernadette.ochieng@calderbrook.gov.uk]]>
        To: [[organisation:North FST]] Duty <[[email:northfst.duty@calderbrook.gov.uk]]>
        Date: [[date:3 March 2025]] 09:12
        Subject: letter posted to wrong address - ref [[case_reference:FSR-25-0412]]

        Morning both,

        Logging this as an incident so it's on the {{information governance}} log today.

        On {{Friday}} I posted the new {{contact timetable}} for the [[name:Adeyemi]] children to
        {{mum}}. {{Mosaic}} still had her old address, [[address:27 Fennel Close, Ashby Holme]]
        [[postcode:WF9 3LT]], which is where {{dad}} still lives. There is a {{non-molestation
        order}} and mum moved out in {{January}}. The letter didn't give her new address, thank
        god, but it did give the days and times of contact. Dad rang [[name:Tomasz]] this morning
        to say he'd "see her Saturday then".

        {{Police}} informed (log [[case_reference:WY-0303-0187]]). I've moved contact to a
        different day and asked [[organisation:Millgate Family Contact Centre]] to put the
        {{safety plan}} on the front sheet.

        Learning: the change of address came through {{MASH}} and never reached our team, so
        Mosaic wasn't updated. Happy to talk it through at the {{learning huddle}}.

        [[name:Bernie]]

        [[name:Bernie Ochieng]] | Family Support Worker
        [[organisation:North Locality Family Support Team]] | [[organisation:Calderbrook Council]]
        M: [[phone:07700 900417]]
    """)),
    ("social_care", "incident", block("""
        Teams chat - Contact Centre Staff - [[date:Thu 17 Oct]]
        [15:02] [[name:Gaz Whitfield]]: who signed [[name:Ruby]] out?? {{foster carer}} just arrived for her
        [15:02] [[name:Precious Dlamini]]: [[name:Ruby Moss]]? her {{nan}} took her at 2.55, said she was doing pick up today
        [15:03] [[name:Gaz Whitfield]]: nan isnt on the {{collection list}}. FC is [[name:Linda]]
        [15:03] [[name:Precious Dlamini]]: omg she had the {{handover book}} and knew the password
        [15:04] [[name:Gaz]]: ringing {{EDT}} now. can someone get the {{CCTV}} up
        [15:05] [[name:Sabrina]]: nans car was a blue focus [[vehicle_registration:LR66 TWB]] i think, parked on the road
        [15:11] [[name:Gaz]]: EDT aware, {{police}} called. [[name:Linda]] in the office with me
        [15:38] [[name:Gaz]]: nan answered her phone, shes at maccies on the retail park w [[name:Ruby]], says she misunderstood
        [15:52] [[name:Gaz]]: [[name:Ruby]] back with [[name:Linda]], safe. password had been shared w nan by birth mum weeks ago. going to photo ID at {{collection}} from tomorrow. incident form done, ref [[case_reference:CC-INC-0931]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM - [[organisation:Calderbrook Children's Services]]
        Reference: [[case_reference:IR/2024/3318]]
        Date of incident: [[date:09/11/2024]]
        Location: [[organisation:Millgate Family Contact Centre]], family room 2
        Reported by: [[name:Aoife Gallagher]], {{Contact Supervisor}}
        Children: [[name:Mason Tierney]] (DOB [[date_of_birth:22/04/2017]]), [[name:Lacey-Mae Tierney]] ([[age:4]])
        Type: {{Confidentiality}} / {{social media}}

        What happened:
        {{Mum}} recorded part of the session on her phone while I was helping [[name:Lacey-Mae]]
        in the toilet. That evening a clip went up on {{Facebook}} showing [[name:Mason]] in his
        [[organisation:Brookside Juniors]] jumper with the centre sign behind him. The
        {{foster carer}} saw it and rang us.

        Immediate action: I phoned mum and she took the clip down. {{Social worker}} and {{IRO}}
        informed same day.

        Contributing factors: one supervisor for two children; {{phones policy}} says phones go in
        the lockers but the lockers have been broken since the summer.

        Learning: fix lockers; second worker for sibling groups under 5.
    """)),
    ("social_care", "incident", block("""
        FSW HANDOVER - South team - w/c [[date:14/4]]

        Family | Worker | Update | Action
        [[name:Demir]] ([[case_reference:EH-30417]]) | [[name:YD]] -> [[name:Ewa]] | mum disclosed partner pushed her on Tues, bruise on arm. [[name:YD]] recorded on {{case notes}} but didnt ring {{MASH}}, assumed the {{DA}} was already known | INCIDENT - [[name:Ewa]] rang MASH Fri, 3 days late. {{DASH}} done = high risk, referred to {{MARAC}}
        [[name:Kowalski]] ([[case_reference:EH-29102]]) | [[name:Ewa]] | attendance at [[organisation:Heathfield Academy]] up to 91% | keep going, review [[date:2/5]]
        [[name:Baptiste]] ([[case_reference:EH-31555]]) | [[name:Jonno]] | goals met | closure summary by Fri

        Learning note (TL [[name:Rhiannon]]): a disclosure of {{domestic abuse}} = same day call
        to MASH, every time, even if you think it's known. [[name:YD]] is new and we hadn't covered
        it in {{induction}}. Added to {{team brief}}.
    """)),
    ("social_care", "incident", block("""
        Chronology - transport to contact - [[date:Wed 22 January 2025]]
        08:05 Taxi ([[organisation:Calder Cars]]) booked via {{transport team}} for [[name:Alfie]] ([[age:3]]) from {{foster placement}} to [[organisation:Millgate Family Contact Centre]]. Booking form ticked "{{car seat}} required".
        08:40 Driver arrives, reg [[vehicle_registration:BK19 OHD]], no car seat.
        08:42 {{Foster carer}} [[name:Joy Abara]] refuses to put [[name:Alfie]] in without one. Driver says "it's only round the corner" (4 miles).
        08:55 [[name:Joy]] rings {{escort}} line - voicemail. Rings centre.
        09:10 [[name:Mo]] (centre) goes to collect in own car with centre car seat. {{Lone working}} check-in not done.
        09:48 Contact starts 45 mins late, {{dad}} upset but settles.

        Learning: the dispatcher never sees the car seat tickbox; transport escalation number goes
        to voicemail. [[name:Mo]]'s actions were kind and he had no other option, but he was off the
        {{lone working}} system for an hour. Raised with {{commissioning}}.
    """)),
    ("social_care", "incident", prose("""
        On [[date:28 May]] I supported [[name:Chantelle Rigby]] after her contact with
        [[name:Harper]] to update her {{Universal Credit}} journal on the centre laptop, because
        her phone was broken. I printed the confirmation page so she had a copy. It showed her
        {{National Insurance number}} ([[ni_number:JR 62 41 08 C]]) and her new address,
        [[address:9 Lowther Street, Brackley Moor]], [[postcode:BD12 6RU]]. I left it on the
        printer while I went for an envelope and then got pulled into a door alarm. A {{dad}}
        arriving for the 2pm session picked it up and handed it to {{reception}} about twenty
        minutes later. He says he didn't read it, but he does know [[name:Chantelle]] from the
        estate. I told my manager [[name:Sunita Bhatt]] straight away and it is logged with
        {{Information Governance}} ([[case_reference:IG-0525-114]]). [[name:Chantelle]] was upset
        but understood; we talked through whether she feels safe and she doesn't think he is a
        risk to her. What I'd do differently: print to the {{secure follow-me printer}}, which
        needs a PIN, and never leave the room while something is printing. None of our team knew
        [[organisation:Millgate]] even had a secure printer, so this is going in the {{induction
        pack}}.
    """)),
    # ------------------------------------------------------------------ social care: near misses
    ("social_care", "near_miss", block("""
        WhatsApp export - "[[organisation:FST West]] 🙂" - [[date:06/02/2025]]
        [08:14] [[name:Kofi]]: morning, picking up the [[name:Nowak]] twins ([[age:8]]) for contact at 10, anyone know if {{court}} yesterday changed anything?
        [08:15] [[name:Hollie B]]: not heard? check {{Mosaic}}
        [08:21] [[name:Kofi]]: nothing on case notes. their sw is off
        [08:26] [[name:Hollie B]]: just spoke to [[name:Dev]] in {{legal}}, {{interim care order}} granted and the {{judge}} SUSPENDED contact with dad pending {{parenting assessment}}!!!
        [08:27] [[name:Kofi]]: 😳 i was literally about to set off. ringing dad now
        [08:40] [[name:Kofi]]: told him, not happy but ok. cancelled room at {{the centre}}
        [08:41] [[name:Mags]] (TL): Thanks both. [[name:Dev]] and legal will email the team inbox same day after every hearing from now on. Please log as a {{near miss}} [[name:Kofi]] x
    """)),
    ("social_care", "near_miss", prose("""
        Debrief - fire alarm evacuation, [[organisation:Millgate Family Contact Centre]],
        [[date:Tuesday 8 April]]. Present: [[name:Callum Doherty]] ({{centre manager}}),
        [[name:Thanh Nguyen]], [[name:Rosa Pinheiro]], [[name:J.T.]] (agency). At 14:20 the
        {{fire alarm}} went off (toaster in the {{staff kitchen}}). Four families were in.
        {{Roll call}} at the {{assembly point}} had every adult accounted for, but nobody had baby
        [[name:Esme]] ([[age:7 months]]) on a list: {{mum}} had put her down to nap in the
        {{sleep room}} during a {{supervised contact}} that [[name:J.T.]] was covering.
        [[name:Thanh]] noticed the sleep room sign and went back in within about two minutes;
        [[name:Esme]] was fine and still asleep. The {{signing-in sheet}} only records adults.
        Actions: children now written on the sign-in sheet by room; sleep room added to the
        {{fire marshal}} sweep; agency staff get the {{fire induction}} on their first shift,
        which [[name:J.T.]] hadn't had.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Lowri Evans]] <[[email:lowri.evans@calderbrook.gov.uk]]>
        To: [[email:millgate.contact@calderbrook.gov.uk]]
        Subject: near miss - rescue meds - [[name:Zain Qureshi]] ([[case_reference:CB-CC-7720]])

        Hi [[name:Callum]],

        Quick one for the learning log. [[name:Zain]] ([[age:9]]) has {{epilepsy}} and a
        {{care plan}} saying {{buccal midazolam}} must be with him at all times. Today's
        {{escort}} ([[name:Dennis]]) brought him from school without the med bag - it stays at
        [[organisation:Oakfield Primary]] in the week and nobody had told the school he comes to us
        on a {{Thursday}} this term.

        I checked the {{medication checklist}} at arrival (it's step 1 on the arrival sheet now) and
        we held contact in reception until [[name:Dennis]] went back for it - 25 mins. [[name:Zain]]
        was fine throughout and {{dad}} was ok once it was explained.

        Suggest: school gets a copy of the {{contact schedule}} every term; escorts check for the
        med bag before leaving school.

        Thanks, [[name:Lowri]]
        --
        [[name:Lowri Evans]] | Contact Supervisor | [[organisation:Millgate Family Contact Centre]]
        [[phone:0113 496 0731]]
    """)),
    ("social_care", "near_miss", prose("""
        nearly shared fc details w birth dad today. was on the laptop in contact rm 1 doing the
        {{session log}} after [[name:Ayaan]] ([[age:5]]) went, had {{Mosaic}} open on the
        [[name:Hussain]] family page w the {{foster carer}} details on screen ([[name:Tanya]], mob
        [[phone:07700 900652]], address [[address:Rowan House, 3 Beck Lane]]). {{dad}} came back
        in for his coat and was stood right behind me. i dont think he saw but cant be sure. closed
        the laptop. told [[name:Callum]] straight away. we dont have {{privacy screens}} and the
        contact rooms are the only place to write up between sessions. asked for privacy filters
        and ill write up in the office from now on. {{sw}} [[name:Imran]] aware, doesnt think the
        {{placement}} is compromised but {{risk assessment}} updated. [[name:Tanya]] told. - [[name:nat]]
    """)),
    # ------------------------------------------------------------------ social care: successes
    ("social_care", "success", prose("""
        Shout-out to [[name:Rosa Pinheiro]] 🌟 from the contact centre team. On
        [[date:Sat 1 March]] a {{grandparent}} became very distressed at the end of a
        {{supervised contact}} and started shouting at {{the foster carer}} in the car park.
        [[name:Rosa]] stayed calm, used everything from the {{de-escalation training}}, got the
        kids ([[name:Sky]] and [[name:Rocco]]) back inside with [[name:Deji]], and talked grandad
        down without anyone needing to ring the {{police}}. She then wrote it up properly, rang
        the {{EDT}} and made sure the foster carer got home OK. Grandad rang on {{Monday}} to
        apologise. That's what {{restorative practice}} looks like. Thank you [[name:Rosa]] -
        [[name:Callum]] & the [[organisation:Millgate]] gang x
    """)),
    ("social_care", "success", block("""
        Practice Learning Review - minutes
        [[organisation:North Locality Family Support Team]] | [[date:12 June 2025]] | Room 4, [[organisation:Calderbrook Civic Centre]]
        Present: [[name:Rhiannon Jenkins]] (chair, TL), [[name:Kwame Asante-Boateng]], [[name:Bernie O.]], [[name:Ewa Zielinska]], [[name:Sam]], [[name:hannah g]] (notes)
        Apologies: [[name:Tomasz Wróbel]]

        1. Family [[case_reference:EH-29981]] - what went well
        [[name:KAB]] presented. {{Family network meeting}} using {{Signs of Safety}} mapping; mum's
        sister and a neighbour are now in the {{safety plan}}. Children ([[age:2]] and [[age:5]])
        stepped down from {{CP}} to {{Early Help}} at the {{review conference}}. [[name:Sam]]'s
        {{words and pictures}} explanation was used by the {{IRO}} as an example of good practice.

        2. Learning
        Bringing wider family in early worked better than waiting for the {{FGC}} slot. [[name:KAB]]
        to share the mapping template on the team drive.

        Next review: [[date:10 July]].
    """)),
    ("social_care", "success", prose("""
        Card received at reception, [[date:20/08]], copied here with permission for the
        {{learning log}}: "To [[name:Thanh]] and everyone at [[organisation:Millgate]], thank you
        for the last 6 months. When I started {{contact}} I couldn't even look at you, I thought you
        were there to write down everything I did wrong. You showed me how to do [[name:Leo]]'s
        bottles properly and how to calm him when he cries. The {{judge}} said I can have him home
        on a {{placement with parents}} plan. I won't forget you. Love [[name:Shauna]] and
        [[name:Leo]] xx" Note from [[name:Callum]]: lovely. [[name:Thanh]]'s {{strengths-based}}
        recording and the {{video interaction guidance}} sessions were quoted in the {{parenting
        assessment}}. Sharing at {{team meeting}} on {{Thursday}}.
    """)),
    ("social_care", "success", prose("""
        Supervision reflection - [[name:Kwame]] / [[name:Rhiannon]], [[date:3 Sept]]. Mum
        [[name:Senait]] speaks {{Tigrinya}} and had been using her son [[name:Abel]],
        [[age:11]], to interpret at {{home visits}}, which nobody had picked up for weeks.
        [[name:Kwame]] stopped this and booked an in-person {{interpreter}}, Mr [[name:Haile]],
        through the {{council's interpreting contract}}. With a proper interpreter [[name:Senait]]
        told us she had been skipping meals so the kids could eat and that the landlord at
        [[address:41 Garside Road]] had turned the heating off. Same week: {{food bank}} referral,
        {{housing}} complaint, and [[name:Kwame]] helped her claim {{Universal Credit}} (NI
        [[ni_number:SH 73 19 45 A]]). [[name:Abel]]'s school ([[organisation:Whitmoor High]]) say
        he seems "lighter". Learning: ask about interpreter need at every visit and never use
        children to interpret, however fluent.
    """)),
    ("social_care", "success", block("""
        HANDOVER - [[name:Ewa]] to [[name:Jonno]] (leave cover) - [[date:Fri 7 Nov]]

        Baby [[name:Kai Marsh]], DOB [[date_of_birth:19/08/2025]], NHS [[nhs_number:866 197 2647]]
        Mum [[name:Holly Marsh]], [[age:19]], {{care leaver}}, PA is [[name:Femi]] ({{Leaving Care}})
        Address: [[address:Flat 2, 88 Wellhouse Lane]], [[postcode:HD5 8PW]]. Mum mob [[phone:07700 900118]]

        Went well: on Tues visit [[name:Kai]] was asleep on the sofa with a cushion, mum said she'd
        been doing it since the cot mattress got damp. Talked through {{safe sleep}} with the
        {{Lullaby Trust}} leaflet, rang {{HV}} [[name:Gwen Pritchard]] from the flat and she came
        out same day with a new mattress from the {{baby bank}}. Mum sent me a photo of [[name:Kai]]
        in the cot next morning 🙂

        To do: {{Early Help plan}} review [[date:18/11]]; chase landlord re damp.
    """)),
    ("social_care", "success", block("""
        [09:31] [[name:Aaliyah Begum]] ({{DSL}}, [[organisation:St Bede's RC Primary]]): Hi, [[name:Tyler-James]] in Y3 came in with no coat again and says he had no tea last night. Mum not answering. He's open to your team?
        [09:34] [[name:Jonno]]: yes mine. thanks for flagging, going round now
        [10:52] [[name:Jonno]]: mum was poorly in bed (migraine), no gas on the meter. sorted {{emergency fuel voucher}} via {{Household Support Fund}}, dropped a {{food bank}} parcel. mum ok, booking {{GP}}
        [10:55] [[name:Aaliyah]]: brilliant, thank you. he's had toast at {{breakfast club}}
        [11:02] [[name:Rhiannon]] (TL): nice joined-up work 👏 this is the {{Team Around the Family}} working as it should. pls update the {{EH plan}}
    """)),
    # ------------------------------------------------------------------ health: incidents
    ("health", "incident", block("""
        PHARMACY INCIDENT REPORT ({{LFPSE}} submitted)
        Ref: [[case_reference:RP-INC-2025-044]]
        Pharmacy: [[organisation:Riverside Pharmacy]], [[address:112 Market Street, Hebden Moor]] [[postcode:HX7 6QB]]
        Date/time: [[date:14/05/2025]] approx 16:30
        Patient: [[name:Doreen Whitcombe]], [[age:74]], NHS no. [[nhs_number:522 223 2891]]
        Reported by: [[name:Harpreet Sandhu]] ({{RP}} / pharmacist manager)

        Description: Patient supplied {{methotrexate}} 10mg tablets instead of 2.5mg (rx: 4 x
        2.5mg once WEEKLY). Both strengths on the same shelf, similar {{packaging}}. Dispensed by
        {{locum dispenser}}, accuracy checked by me at the end of a busy day - I missed it.
        Daughter [[name:Carol]] rang next morning as the tablets "looked different". No dose taken.

        Harm: none.
        Actions: {{GP}} informed; 10mg moved to a separate shelf with a {{shelf-edge alert}}; all
        methotrexate now needs a second check + {{counselling}} at hand-out; discussed at
        {{huddle}}.
    """)),
    ("health", "incident", block("""
        Timeline - wrong bag handed out - [[organisation:Riverside Pharmacy]] - [[date:Mon 2 June]]
        11:05 [[name:Dilip Patel]] ([[age:81]]) collects. Counter assistant [[name:Ellie-Mai]] asks "[[name:Patel]]?" and hands over a bag from the P shelf without confirming {{address}} or {{date of birth}}.
        11:40 [[name:Dinesh Patel]] arrives for his bag - not there.
        11:48 [[name:Kamal]] ({{pharmacist}}) checks {{PMR}} and {{EPS}}: the bag given out was [[name:Dinesh]]'s ({{sertraline}}, {{omeprazole}}). [[name:Dilip]]'s bag still on the shelf ({{bisoprolol}}, {{apixaban}}).
        11:55 Rang [[name:Dilip]]'s home, [[phone:0113 496 0328]] - son [[name:Raj]] found the bag unopened.
        12:30 [[name:Raj]] brings it back, bags swapped.
        Outcome: no doses taken. Apologies to both; {{duty of candour}} conversation with [[name:Dinesh]] as his information was disclosed.
        Learning: two identifiers (name + address or DOB) at every hand-out, not just "surname?". [[name:Ellie-Mai]] was 2 weeks in and hadn't been shown - training gap, not her fault.
    """)),
    ("health", "incident", block("""
        From: [[name:Gethin Pryce]] <[[email:gethin.pryce1@nhs.net]]>
        To: [[email:hollinspark.prescribing@nhs.net]]
        Date: [[date:22 July 2025]]
        Subject: Incident - warfarin issued without INR - [[case_reference:HP-SI-0193]]

        Hi all,

        Logged on {{Datix}} but wanted to share quickly. On {{Friday}} the {{prescribing hub}}
        issued a 2-month {{repeat}} of {{warfarin}} for a patient at [[organisation:Hollins Park
        Medical Practice]] ([[name:Ronald Ashworth]], [[age:79]], NHS [[nhs_number:331 208 9514]])
        whose last {{INR}} on the {{anticoagulation clinic}} record was 11 weeks ago. The
        {{repeat template}} on {{SystmOne}} has no INR alert because he is monitored by the
        hospital clinic, not us, and the hub clinician signed it in a batch of 140 repeats.

        He was admitted on [[date:19 July]] with a nosebleed and an INR of 7.2. He's OK and home.

        Proposed: high-risk drugs (warfarin, {{lithium}}, {{methotrexate}}) pulled out of batch
        signing and checked one by one; shared-care monitoring dates added to the template.

        [[name:Gethin]]
        [[name:Gethin Pryce]] | {{Clinical Pharmacist}} | [[organisation:Calder Valley PCN Prescribing Hub]]
        [[phone:0113 496 0914]]
    """)),
    ("health", "incident", prose("""
        On [[date:Thursday 9 January]] our delivery driver [[name:Wayne Short]] left a bag
        containing {{Oramorph}} 10mg/5ml and {{Zomorph}} capsules ({{Schedule 2 CD}}s) at
        [[address:16 Holme Terrace]] instead of [[address:61 Holme Terrace]], [[postcode:HX3 9DS]].
        The patient, [[name:Edna Firth]], is on {{palliative care}} and her {{district nurse}} rang
        at 5pm to say nothing had arrived. [[name:Wayne]] drove back in the van
        ([[vehicle_registration:YJ70 FRW]]); the neighbour had put the bag in her porch unopened. It
        was recovered at 18:10 and checked against the {{CD register}} by [[name:Harpreet]] - all
        present. [[name:Edna]] got her evening dose about an hour late. The label printer had faded
        the 6 and the 1, and the {{delivery sheet}} doesn't ask for a signature for CDs because
        drivers stopped doing it during Covid and nobody restarted it. Signatures restarted for
        all CD deliveries and the printer ribbon replaced. [[name:Wayne]] was really shaken; this
        was a system gap, not him. Reported to the {{CD Accountable Officer}}
        ([[case_reference:CDAO-WY-25-0071]]).
    """)),
    ("health", "incident", prose("""
        bank hol mon - pt [[name:jamal hussain]] ([[age:34]], {{T1 diabetic}}) came in v stressed,
        no {{novorapid}} left since sat. his {{EPS}} script went to [[organisation:Kirkstall Lane
        Pharmacy]] bc his {{nomination}} got changed when he used an online pharmacy app last yr.
        {{spine}} showed it dispensed there thurs but he never knew. checked {{SCR}} (DOB
        [[date_of_birth:03/02/1991]]) and did an {{emergency supply}} at pt request, 1 x pack of
        pens. showed him how to check his nomination on the {{NHS App}}. he went nearly 2 days w
        no rapid acting and his sugars were 19 this am, advised to ring {{111}} if ketones. this
        is the 3rd one this month w nominations changed by apps w/o the pt realising - logged and
        flagging to {{ICB}}. - [[name:KS]]
    """)),
    ("health", "incident", block("""
        Teams - [[organisation:Riverside]] MDS team - [[date:Tue 18 Feb]]
        [10:12] [[name:Bex]]: [[organisation:Larch Lodge]] just rang, senior carer says [[name:Albert Nkemelu]]'s trays for wk 3 have no {{amlodipine}} in the 8am slot 😬 (NHS [[nhs_number:956 172 2879]])
        [10:14] [[name:Zofia]]: checked {{PMR}}, GP reduced it 10mg to 5mg on the 10th, new script came in, I removed the old line but never added the new one 🙈 my fault
        [10:15] [[name:Bex]]: not a fault thing, we'll sort it. can you redo the {{backing sheet}}
        [10:31] [[name:Zofia]]: tray redone and checked by [[name:Kamal]], driver taking it now. {{MAR chart}} updated. home says BP 162/95 this morning, they're telling the {{GP}}
        [10:40] [[name:Kamal]]: logged. Learning: a dose change on an MDS patient is 2 steps (remove + add) and needs a second person to check both. Adding to the {{SOP}} for {{multi-compartment compliance aids}}.
    """)),
    ("health", "incident", block("""
        Subject: RE: patient list sent in error
        From: [[name:Priya Raghunathan]] <[[email:priya.raghunathan@nhs.net]]>
        To: [[name:Sarah Kaye]] ({{Practice Manager}})
        Date: [[date:04/03/2025]] 16:47

        [[name:Sarah]],

        As discussed. At 15:20 I emailed the {{structured medication review}} list (42 patients:
        names, {{NHS numbers}}, DOBs and meds) meant for [[name:Chris Lyons]] in the hub
        ([[email:christopher.lyons3@nhs.net]]) but {{autocomplete}} picked
        [[email:christopher.lyons@nhs.net]], a different [[name:Chris Lyons]] at a trust down south.
        He replied at 16:05 confirming he'd deleted it without opening the attachment.

        Reported to our {{DPO}} and on {{Datix}} as [[case_reference:HP-IG-2025-011]]. DPO to decide
        on the {{ICO}} threshold. Learning: patient-identifiable lists go in the hub {{Teams}}
        channel, never by email, and I've cleared my autocomplete.

        [[name:Priya]]
        [[name:Priya Raghunathan]], {{Clinical Pharmacist}}, [[organisation:Calder Valley PCN Prescribing Hub]]
    """)),
    # ------------------------------------------------------------------ health: near misses
    ("health", "near_miss", prose("""
        Near miss, [[date:Sat 26 April]]. Rx from the {{out of hours}} GP for {{amoxicillin}}
        250mg/5ml for [[name:Amara Obi]], [[age:6]], {{otitis media}}. Our {{PMR}} has
        "{{penicillin allergy}} - widespread rash" recorded. Mum [[name:Ngozi]] confirmed the rash
        when she was little. Rang {{OOH}} on the professionals line and the prescriber changed it to
        {{clarithromycin}}. OOH didn't have the allergy because they hadn't looked at the
        {{SCR}}. Credit to [[name:Ollie]], our new {{ACT}}, who asked about allergies at hand-in
        even though it was a child and mum was in a rush - exactly right. Ref
        [[case_reference:RP-NM-0388]].
    """)),
    ("health", "near_miss", block("""
        Dispensary handover - late to early - [[date:10/10]]

        * NEAR MISS: {{amitriptyline}} 10mg picked instead of {{amlodipine}} 10mg for [[name:Grace Adjei]] (NHS [[nhs_number:969 062 0355]]). Dispensed by [[name:TW]], caught at final check by [[name:Harpreet]]. {{Barcode scanner}} down so no {{scan check}}. Not handed out.
        * Scanner still down - {{IT helpdesk}} ref [[case_reference:SD-771204]]. Until fixed, every item gets a second person check.
        * Fridge 2-8C ok all day.
        * {{Methadone}}: [[name:Darren]] didn't attend, 2nd missed dose - rang his {{keyworker}} at {{CGL}}, do NOT supply on 3rd day without talking to them.
        * Owings: {{Ozempic}} x2 still on back order.

        Learning: the two are next to each other on the A shelf. Moved amlodipine to the end bay and put a {{LASA}} sticker on both. - [[name:Harpreet]]
    """)),
    ("health", "near_miss", prose("""
        Call at 14:10 on [[date:24/09]] to the {{dispensary}} line from a woman saying she was
        [[name:Margaret Lumb]]'s daughter, asking what medication her mum was on and when the next
        {{blister pack}} was due as she wanted to "pick it up for her". [[name:Kyle]] on the
        phone followed the {{IG script}} and asked her to confirm the address and DOB. She gave
        the right address ([[address:7 Sowerby Croft]]) but the wrong year of birth, then hung up.
        [[name:Margaret]] ([[age:88]]) has a note on the {{PMR}}: no information to family except
        her son [[name:Trevor]] ({{LPA}} for health and welfare). Rang [[name:Trevor]] on
        [[phone:07700 900741]] - he thinks it was his estranged sister, and there is already a
        {{safeguarding}} referral with {{adult social care}} about money. We've added this call to
        it. Thanks [[name:Kyle]] for sticking to it - not easy when someone is pushy.
    """)),
    ("health", "near_miss", block("""
        Prescribing hub - clinical check note
        Patient: [[name:Leah Okafor-Byrne]], [[age:24]], [[organisation:Hollins Park Medical Practice]]
        NHS: [[nhs_number:750 834 1864]]
        Date: [[date:05/08/2025]]

        Issue: repeat request for {{sodium valproate}} 500mg MR. No {{Pregnancy Prevention
        Programme}} annual risk acknowledgement form since {{March}} last year; no contraception
        recorded. {{MHRA}} requirements not met.

        Near miss: the {{repeat}} was sitting in the "approve" queue from the {{care navigator}};
        [[name:Femi A.]] ({{pharmacy technician}}) flagged it before signing.

        Action: 1 month issued only; urgent appt with the {{epilepsy nurse}} and Dr
        [[name:Nwosu]]. [[name:Femi A.]] phoned the patient - she knew and had been meaning to book.
        Valproate {{audit search}} added to the monthly hub run.
    """)),
    # ------------------------------------------------------------------ health: successes
    ("health", "success", prose("""
        🌟 Shout-out for [[name:Dami]] 🌟 On [[date:Wed 12 March]] [[name:Dami]] spotted that a
        {{private prescription}} for {{diazepam}} 10mg x 100 "from a London clinic" had a
        {{GMC number}} that didn't match the prescriber's name on the {{GMC register}}, and the
        clinic phone number went to a mobile. [[name:Dami]] kept the customer talking calmly, asked
        [[name:Harpreet]] to check, we declined to supply and contacted the {{police}}
        ({{CD liaison officer}} ref [[case_reference:WYP-CDLO-2503-17]]). Two other local
        pharmacies had the same forgery that week. That check stopped 100 tablets reaching the
        street. The {{LPC}} has shared it as an alert. Proud of you! - [[name:Harpreet]] & the
        [[organisation:Riverside]] team
    """)),
    ("health", "success", block("""
        [[organisation:Riverside Pharmacy]] / [[organisation:Hollins Park Medical Practice]] - joint learning meeting
        Date: [[date:28 August 2025]], 13:00, {{Teams}}
        Attendees: [[name:Harpreet Sandhu]] (pharmacist manager), Dr [[name:Ama Boateng]] (GP partner), [[name:Sarah Kaye]] (PM), [[name:Gethin Pryce]] (hub), [[name:Bex O'Donnell]] (MDS lead), [[name:zofia k]]
        Apologies: [[name:Kamal Hossain]]

        1. What's gone well: since {{Discharge Medicines Service}} referrals started coming straight
        to [[organisation:Riverside]], 31 of 33 patients had a {{medicines reconciliation}} within
        72h. Example: [[name:Stanley Ibbotson]] ([[age:83]]) - hospital started {{apixaban}} but the
        GP repeat still had {{warfarin}}; [[name:Bex]] caught it at the first MDS fill.
        2. Valproate audit - all 14 patients now have {{PPP}} forms. Thanks to [[name:Femi]].
        3. AOB - next meeting [[date:25 September]].
    """)),
    ("health", "success", block("""
        WhatsApp - [[organisation:Riverside]] team - [[date:11/01/2025]]
        [13:47] [[name:Wayne]]: at [[name:Arthur Bell]] house, no answer, can see him on the kitchen floor thru the window
        [13:47] [[name:Harpreet]]: ring 999 now [[name:Wayne]]. stay with him
        [13:49] [[name:Wayne]]: done, back door open, hes talking, says he fell last night. {{ambulance}} coming. hes freezing
        [13:50] [[name:Harpreet]]: blanket round him, dont move him
        [13:58] [[name:Wayne]]: {{paramedics}} here. gave them his meds bag and the {{repeat slip}} with the list
        [14:40] [[name:Harpreet]]: [[name:Arthur]]'s son rang, he's in [[organisation:Calder Valley General]] with a {{hip fracture}} but ok ([[age:91]] and tough as old boots). they said the meds list saved them time. [[name:WAYNE]] YOU ARE A STAR ⭐
        [14:41] [[name:Bex]]: 👏👏👏
        [14:52] [[name:Harpreet]]: [[name:Wayne]], no more drops today, come back for a brew. nominating you for the {{ICB}} {{star award}}
    """)),
    ("health", "success", prose("""
        Debrief - {{hypertension case-finding service}}, [[date:Friday 4 July]].
        [[name:Wiktor Sadowski]] ([[age:52]]), a lorry driver, came in for {{Pharmacy First}} with
        a sore throat. [[name:Kamal]] offered a {{blood pressure}} check as he hadn't had one in
        years. Clinic reading 188/112, repeat 184/110, no symptoms of a {{hypertensive
        emergency}}. [[name:Kamal]] rang [[organisation:Hollins Park]] on the direct line
        ([[phone:0113 496 0552]]) and the {{duty doctor}} saw him the same afternoon: started
        {{amlodipine}}, {{bloods}} and {{ECG}} booked. He said he was only in because his wife
        [[name:Gosia]] "made him". What worked: [[name:Kamal]] looked past the sore throat, the
        direct line meant no "ring back tomorrow", and the practice booked the follow-up before he
        left. [[name:Wiktor]]'s {{DVLA}} question was handled by the GP.
    """)),
    ("health", "success", block("""
        From: [[name:Marcus Adeleke]] <[[email:marcus.adeleke79@gmail.com]]>
        To: [[email:riverside.pharmacy@nhs.net]]
        Subject: Thank you - my mum
        Date: [[date:19 Nov 2025]]

        Dear all at [[organisation:Riverside]],

        I wanted to say thank you for everything you did for my {{mum}}, [[name:Florence Adeleke]],
        in the last few months of her life. [[name:Zofia]] and [[name:Bex]] redid her {{dosette}}
        trays three times when the {{hospice}} changed her doses and never once made us feel like
        a nuisance. When the {{syringe driver}} meds were needed at 6pm on a {{Friday}},
        [[name:Harpreet]] stayed late and rang round to get the {{glycopyrronium}} in. Mum died
        peacefully at home on [[date:2 November]], which is what she wanted.

        Please pass this on to the whole team, including the lovely {{driver}}.

        With thanks,
        [[name:Marcus]]
        [[phone:+44 7700 900876]]
    """)),
    ("health", "success", prose("""
        Learning from good practice - {{prescribing hub}}, [[date:16 October]].
        [[name:Nirmala Pillai]] ([[age:77]], NHS [[nhs_number:275 547 3800]]) was discharged from
        [[organisation:Calder Valley General]] on a {{Friday}} with {{edoxaban}} started for new
        {{AF}}. Her {{discharge summary}} reached the hub on {{Monday}} and under the new process
        [[name:Chiamaka]] ({{pharmacy technician}}) did the {{medicines reconciliation}} that
        morning instead of waiting for a GP to action it. She found {{aspirin}} 75mg still on
        repeat and {{clopidogrel}} on the discharge list too - triple therapy with no reason
        given. [[name:Chiamaka]] escalated to [[name:Gethin]], who rang the ward pharmacist:
        clopidogrel should have stopped. Patient and daughter informed, repeats cleaned up, and
        [[organisation:Riverside Pharmacy]] told before the next MDS fill. Good teamwork across
        three organisations - the same-day med rec target is doing what we hoped.
    """)),
    # ------------------------------------------------------------------ aviation: incidents
    ("aviation", "incident", block("""
        Internal occurrence report [[case_reference:NMA-OR-25-0217]] - {{runway incursion}} - [[date:14 Mar 2025]]
        {{RTF}} extract, [[organisation:Northmoor Tower]]:
        0712:04 OPS3: Tower, Ops 3, holding point A2, request {{runway inspection}} 27
        0712:09 TWR: Ops 3, hold position, traffic on final
        0712:14 OPS3: Hold position, Ops 3
        0713:02 TWR: [[flight_number:EZY27QR]], runway 27, cleared to land, wind 250 8 knots
        0713:06 [[flight_number:EZY27QR]]: Cleared to land 27, [[flight_number:EZY27QR]]
        0713:21 (Ops 3 crosses holding point A2 onto the runway)
        0713:31 TWR: [[flight_number:EZY27QR]], go around, I say again go around, vehicle on the runway
        0713:34 [[flight_number:EZY27QR]]: Going around
        0713:36 TWR: Ops 3, vacate the runway at A2 immediately

        Summary: driver [[name:Craig Lumsden]] ({{Airfield Ops}}) says he heard "cleared" and took it
        as his. Aircraft ([[aircraft_registration:G-UZLK]]) went around from about 1nm; closest
        point 0.9nm. {{Stop bars}} were not lit because {{LVPs}} were not in force. Reported as an
        {{MOR}} to the {{CAA}}. [[name:Craig]] has been open and is helping with the review.
    """)),
    ("aviation", "incident", block("""
        TECH LOG PAGE 004471 - [[aircraft_registration:G-LMRC]] - ATR 72-600 - [[date:03/06/2025]]
        Sector: [[flight_number:LM715]] to EDI, take-off rejected

        DEFECT: {{Bird strike}} on take-off roll approx 90kt, RWY 27. Thump heard, RTO initiated by
        {{Captain}}. Blood and feathers on No.2 engine {{intake}}, {{propeller}} blades and
        {{radome}}.
        ACTION: A/C towed to stand 4. {{Borescope}} inspection No.2 engine IAW {{AMM}}, no damage
        found. Prop blades inspected and cleaned, nil damage. Radome cleaned, nil damage.
        CRS: [[name:P. Kaczmarek]], B1, [[date:03/06/2025]] 14:20

        Airfield ops note ([[name:Dale]]): 2 x {{herring gull}} recovered from RWY at 0920.
        {{Bird control}} patrol last ran at 0610 and the {{gas cannon}} at the 27 end has been u/s
        since last week. {{Wildlife hazard}} log updated, MOR raised.
    """)),
    ("aviation", "incident", block("""
        [[organisation:Northmoor Radar]] - {{level bust}} - [[date:27/08/2025]] 1642z
        1641:10 RAD: [[flight_number:RYR81KT]], climb FL70, turn left heading 060
        1641:16 [[flight_number:RYR81KT]]: Climb flight level 100, left heading 060, [[flight_number:RYR81KT]]
        (readback not corrected)
        1642:02 {{STCA}} - [[flight_number:RYR81KT]] passing FL74 against [[flight_number:EXS47LM]] level FL80, 4nm
        1642:05 RAD: [[flight_number:RYR81KT]], stop climb FL70 immediately, traffic 12 o'clock 4 miles opposite direction FL80
        1642:20 [[flight_number:EXS47LM]]: TCAS climb, [[flight_number:EXS47LM]]

        Narrative: trainee on position with OJTI [[name:Siân Howells]]; bandboxed APP/RAD, busy
        period. Neither of us caught the FL100 {{readback}}. Min separation 2.6nm / 500ft.
        {{TCAS RA}} followed by [[flight_number:EXS47LM]]. Both crews filed. {{MOR}} submitted.
        Learning for the unit: {{hearback}} is the weak point when the OJTI is also doing
        coordination - the {{watch manager}} should split positions earlier.
    """)),
    ("aviation", "incident", block("""
        GROUND HANDLING INCIDENT FORM
        Ref: [[case_reference:GH-NMA-2509-06]]
        Date/time: [[date:09/09/2025]] 05:50 local
        Location: Stand 7, {{apron}}
        Aircraft: [[aircraft_registration:EI-DLV]], A320, flight [[flight_number:FR 2319]]
        Equipment: {{belt loader}} [[vehicle_registration:PN63 ZLU]]
        Staff: [[name:Dariusz]] ({{tug}} driver), [[name:Shaz]] ({{wing walker}})

        Description: During {{pushback}} the right wingtip contacted the belt loader, which had
        been left inside the {{stand clearance line}}. Only one wing walker (left side) available.
        Dark and raining; stand floodlight u/s since [[date:18/08]] (fault ref
        [[case_reference:FM-44812]]).

        Damage: wingtip fence scraped; aircraft AOG 4h pending engineering inspection.
        Immediate actions: stand closed until light fixed; two wing walkers mandatory on 7 and 8.
        Reporter: [[name:Jo Ní Bhriain]], {{duty manager}}, [[organisation:AeroServ Handling]].
    """)),
    ("aviation", "incident", block("""
        Airfield Ops log - fuel spill Stand 2 - [[date:Sun 20 July]]
        1402 {{Fuel bowser}} [[vehicle_registration:WX68 HTF]] refuelling [[aircraft_registration:G-CKPS]] (Citation, {{private flight}}).
        1409 Fueller [[name:Mikey Brennan]] reports hose coupling failure, approx 40 L {{Jet A1}} on the {{apron}}.
        1411 {{RFFS}} attending (Rescue 1). Passengers (family of 4 incl child approx [[age:3]]) kept in the {{GA terminal}}.
        1415 {{Spill kit}} deployed, drains covered.
        1450 Absorbent lifted, {{FOD}} sweep done. Stand reopened 1535.

        Finding: {{dry break coupling}} seal worn, check overdue. [[name:Mikey]] had written
        "coupling sticky" on a paper defect card on [[date:16 July]] that never reached engineering.

        Reported by: [[name:Tariq Mahmood]], {{Duty Airfield Ops Officer}}
        [[email:tariq.mahmood@northmoorairport.co.uk]]
    """)),
    ("aviation", "incident", prose("""
        On [[date:2 February]] at 1120z two aircraft on the {{approach}} frequency had similar
        callsigns, [[flight_number:LOG64B]] and [[flight_number:LOG46B]]. [[flight_number:LOG64B]]
        was instructed to descend to 3000ft; [[flight_number:LOG46B]] read the clearance back
        with its own callsign and started down. The controller, [[name:Olu]], did not catch the
        callsign in the {{readback}} because both were on similar headings and the readback
        "sounded right". [[flight_number:LOG46B]] descended towards [[aircraft_registration:G-BSVN]],
        a PA-28 from [[organisation:Northmoor Flying Club]] on a {{VFR}} training flight at 3500ft.
        {{STCA}} alerted, [[name:Olu]] gave avoiding action and {{traffic information}}; closest
        point 1.8nm and 400ft. No {{callsign confusion}} warning had been passed, although both
        flights run daily at the same time. Actions: airline asked via the {{Callsign Similarity}}
        process to change one callsign; until then the {{ATIS}} and the {{strip}} carry a
        similar-callsign flag.
    """)),
    # ------------------------------------------------------------------ aviation: near misses
    ("aviation", "near_miss", prose("""
        near miss - low vis, [[date:19/11]] approx 0650. {{LVPs}} in force, RVR 350m. i was in ops
        2 doing the {{runway inspection}} and {{tower}} told me to vacate at B1, i read back vacate
        at B1 but turned off at B2 cos i couldnt see the sign board, fog was that thick. B2 is
        inside the {{ILS sensitive area}} and [[flight_number:TOM5HK]] was on 4nm final.
        [[name:Kerry-Ann]] in tower saw me on the {{SMR}} and asked me to confirm position, i said
        B1, she said negative you are at B2, hold position. i held and told her, then cleared at
        her instruction. [[flight_number:TOM5HK]] landed no issue, no go around needed. learning
        for me - if not sure of position SAY SO. also the B1 sign has been flickering for weeks and
        theres no {{taxiway centreline lights}} on that link. - [[name:deano]], airfield ops
    """)),
    ("aviation", "near_miss", block("""
        AIRFIELD OPS DAILY LOG - [[organisation:Northmoor Airport]] - [[date:Fri 10 Oct 2025]] night shift
        2215 Perimeter patrol (Ops 1, [[name:Dale]] + [[name:Imogen]]): fence damage NE corner near the {{glideslope}} antenna, hole approx 1m.
        2240 {{Tower}} reports 3 x {{roe deer}} on RWY 09/27 near TWY C. [[flight_number:EXS24HG]] on 8nm final instructed to {{go around}}.
        2244 Ops 1 dispersed deer with lights and horn.
        2251 {{Runway inspection}} complete, runway clear. [[flight_number:EXS24HG]] landed 2258.
        2305 Temporary fence repair. {{Wildlife control}} contractor tasked for AM.
        0130 Checked - same fence damage was logged [[date:02/10]] ref [[case_reference:EST-5513]] and not actioned.
        Notes: {{wildlife hazard management plan}} needs a deer section. Good call by tower, early go around, no drama. - [[name:Imogen]]
    """)),
    ("aviation", "near_miss", block("""
        Teams - [[organisation:Northmoor]] Ops & ATC - [[date:Sat 5 April]]
        [16:02] TWR [[name:Siân]]: {{drone}} reported by [[flight_number:EZY83VD]] on 4nm final 27, approx 1500ft, left side, passed within 100m
        [16:03] Ops [[name:Tariq]]: ack, sending Ops 2 to the {{approach lights}}. {{police}} informed?
        [16:04] TWR [[name:Siân]]: yes, log [[case_reference:NY-0504-0612]]. departures held, arrivals continuing with {{traffic information}}
        [16:19] Ops [[name:Tariq]]: Ops 2 found two lads flying one off the lay-by on the main road, silver golf [[vehicle_registration:YF15 ZRO]]. police attending
        [16:26] TWR [[name:Siân]]: police say they didn't know about the {{flight restriction zone}}. resuming normal ops
        [16:40] [[name:Kerry-Ann]] ({{watch manager}}): good coordination both. crew filing {{Airprox}} and we've done the {{MOR}}
    """)),
    ("aviation", "near_miss", block("""
        ATC WATCH HANDOVER - TWR/APP - [[date:23/06/2025]] 1330L
        Outgoing: [[name:RH]]   Incoming: [[name:Akosua]]
        RWY 27 in use. {{CAVOK}}. {{ATIS}} info K.
        Equipment: all serviceable.
        NOTAMs: nothing new. ({{NOTAM}} for {{WIP}} on TWY D starting 1400 NOT mentioned)

        Follow-up note ([[name:Akosua]]): at 1410 I cleared [[flight_number:LOG7YH]] to taxi via D
        to {{the hold}}. {{The crew}} asked "confirm via D, we can see vehicles and workers ahead". I
        re-routed via C. No conflict. The handover was done at 1330, before the works started, and
        the {{handover checklist}} only asks for "NOTAMs in force". [[name:RH]] and I agreed the
        sheet should list anything timed to start during the next watch. Thanks to the crew of
        [[flight_number:LOG7YH]] - a good challenge.
    """)),
    # ------------------------------------------------------------------ aviation: successes
    ("aviation", "success", prose("""
        Shout-out to Red Watch 🚒 - [[date:Tue 29 April]]. [[flight_number:EXS71PQ]]
        ([[aircraft_registration:G-JZHK]]) rejected take-off at high speed on RWY 27 after a
        {{config warning}}. The crew asked for the {{RFFS}} for {{hot brakes}}. Rescue 1 and 2 were
        behind the aircraft inside 90 seconds. {{Watch Manager}} [[name:Lisa-Marie Hartley]] used
        the {{thermal imaging camera}}, kept the crew informed on the {{discrete frequency}} and
        held everyone back when the {{fuse plugs}} let go - as designed, no fire. 186 passengers
        off by steps with {{ground handling}}. [[name:Lisa-Marie]]'s calm briefing to the captain
        was mentioned by the airline's safety team. Thanks also to [[name:Jaz]] in the tower for
        the quick runway closure. - [[name:Neil Fairbairn]], {{Head of Airfield Ops}}
    """)),
    ("aviation", "success", block("""
        From: [[name:Catriona MacLeod]] <[[email:cat.macleod@northmoorflyingclub.co.uk]]>
        To: [[email:atc.watchmanagers@northmoorairport.co.uk]]
        Date: [[date:Sun 17 Aug 2025]]
        Subject: Thank you - [[aircraft_registration:G-BODX]] yesterday

        Hello,

        Please pass on our thanks to the controller on {{Approach}} yesterday afternoon. Our
        {{student pilot}} [[name:Tom Okoye]] ([[age:19]]), on his first {{solo cross-country}},
        lost his position after routing round showers and called a {{PAN}}. The controller gave
        him a {{squawk}}, found him 12nm east, gave him headings home and kept him calm the whole
        way. [[name:Tom]] landed safely and is already asking about his next flight.

        We'll use the recording (with your permission) in our {{ground school}} session on the
        {{lost procedure}}.

        Best wishes,
        [[name:Cat]]
        [[name:Cat MacLeod]], {{CFI}}, [[organisation:Northmoor Flying Club]]
        [[phone:01632 960448]]
    """)),
    ("aviation", "success", block("""
        [[organisation:Northmoor Airport]] {{Local Runway Safety Team}} - minutes
        [[date:11 September 2025]], Ops Centre meeting room
        Attendance: [[name:Neil Fairbairn]] (chair), [[name:Kerry-Ann Douglas]] (ATC), Capt [[name:Hamish Reid]] ([[organisation:Skyrose Regional]]), [[name:Tariq Mahmood]] (Ops), [[name:Jo Ní Bhriain]] ([[organisation:AeroServ Handling]]), [[name:Lisa-Marie Hartley]] ({{RFFS}})

        1. {{Runway incursions}} YTD: 2 (both vehicles), down from 6. H24 {{stop bars}} trial since [[date:1 May]] - zero stop bar crossings.
        2. Ops 3 occurrence [[case_reference:NMA-OR-25-0217]]: actions closed - {{read-back}} refresher for all drivers, vehicle callsigns changed to avoid "Ops 3"/"three" confusion.
        3. {{Hot spots}} chart reissued via the {{AIP}} amendment.
        4. Good catch award: [[name:deano]] for reporting his own B2 mix-up in fog. {{Just culture}} working as it should.
        Next meeting: [[date:11 December 2025]].
    """)),
    ("aviation", "success", block("""
        Teams - Winter Ops - [[date:Mon 1 Dec]]
        [04:10] [[name:Neil]]: snow since 0345, {{METAR}} +SN. {{snow committee}} call in 5
        [04:32] [[name:Dale]]: {{sweepers}} 1 and 2 out, {{runway de-icer}} on standby
        [05:15] [[name:Dale]]: runway done, {{RWYCC}} 5/5/5, {{SNOWTAM}} sent
        [05:40] [[name:Kerry-Ann]]: first departure [[flight_number:SKR101]] off at 0600 ✈️
        [06:02] [[name:Neil]]: 👏 every first-wave departure on time. that's the {{winter plan}} drills paying off. thanks [[name:Dale]], [[name:Kuba]], [[name:Imogen]] and the tower
        [06:05] [[name:Kuba]]: cheers boss. ps still waiting on my {{airside pass}} renewal, HR asked for my NI again - [[ni_number:PW 48 27 61 B]]
        [06:06] [[name:Neil]]: [[name:Kuba]] don't put your NI on here! send it to HR direct 😂
    """)),
    ("aviation", "success", prose("""
        Debrief - medical diversion, [[date:Wed 14 May]]. [[flight_number:TOM62K]] (B737) diverted
        to us with a [[age:67]]-year-old passenger with a suspected {{stroke}}. Approach
        ([[name:Olu]]) gave priority and a direct {{ILS}} 27; [[name:Tariq]] in ops
        pre-positioned the {{follow-me}} and met the {{ambulance service}} at the gate rather than
        the {{RVP}}, so the crew were at the aircraft door 4 minutes after on-blocks. Security had
        the paramedics' escort ready. The passenger went to [[organisation:Calder Valley General]]
        and the airline later told us she had {{thrombolysis}} within the window. What worked: the
        {{MEDEVAC}} checklist, the hotline between ATC and ops, and everyone knowing their bit. To
        improve: the {{PRM}} ambulift arrived late because the handling rota had one driver.
        Aircraft [[aircraft_registration:G-TAWX]] continued empty to its base that evening.
    """)),
    ("aviation", "success", prose("""
        Since [[date:1 June]] the tower/approach {{handover checklist}} includes the line "check
        {{navaid}} status on the {{ATCA}} panel, don't rely on the previous watch". On
        [[date:8 June]] at 0558 the incoming ATCO, [[name:Precious Mutasa]], worked through it and
        saw that the {{ILS}} 27 {{glidepath}} alarm had tripped at 0541 while the outgoing ATCO,
        [[name:Rhys]], was busy with a {{night mail}} arrival. No aircraft had flown the approach
        since. [[name:Precious]] declared the glidepath u/s, requested a {{NOTAM}}, told
        [[organisation:Skyrose Regional]] ops, and the first arrival, [[flight_number:SKR301]],
        was offered the {{localiser-only}} approach with plenty of notice. {{ATSEP}}
        ([[name:Wojciech]]) replaced a failed monitor by 0820. A small thing, but before the
        checklist change that alarm was easy to miss at handover. Good catch [[name:Precious]],
        and thanks [[name:Rhys]] for being so open at the debrief.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind171", REPORTS))
