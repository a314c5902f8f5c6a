"""Held-out blind corpus 125: just-culture incident and learning reports typed by UK staff.

Settings: an independent fostering agency working with a local authority's supervising social
workers; a mental health trust's adult inpatient wards and crisis team; an offshore helicopter
operator and its heliport. Styles: rushed lower-case notes with typos, careful narratives,
chronologies and timelines, e-mails with signatures, Teams/WhatsApp-style chat, incident forms
with field labels, handover sheets, debrief notes, tech-log extracts, praise and shout-outs.
Written blind, without sight of the system under test or any other corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind125.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        sat [[date:16/03]] carer [[name:shauna]] rang {{EDT}} 22:50, [[name:kai]] ([[age:14]]) not back,
        was due in by 9. she'd tried his mob x3 and the mates she knows. advised report to police per
        {{missing from care protocol}}, log no [[case_reference:PL-0316-1187]]. [[name:kai]] came back 01:15
        in a taxi, said he was at a mates on [[address:Fennel Court]] and his phone died. no injuries, smelt
        of weed. {{return home interview}} needs booking, told [[name:shauna]] to email {{SSW}} in morning.
        learning - carer didnt have the mates addresses written down anywhere, should be on the
        {{placement plan}}. also the {{EDT}} number on her fridge was the old one
    """)),
    ("social_care", "near_miss", block("""
        Subject: Near miss - medication sent to family time without MAR sheet

        Hi [[name:Marcia]],

        Just flagging for the learning log. On [[date:Thursday 7th March]] [[name:Daisy]] ([[age:6]]) went to
        family time at [[organisation:Hollybrook Family Centre]] and her {{melatonin}} went in her bag with no
        {{MAR sheet}}. The {{contact supervisor}} rang me because {{mum}} wanted to give a dose at 6pm as
        [[name:Daisy]] was "tired", which is not what the prescription says and isn't covered by
        {{delegated authority}}. Nothing was given. I've spoken to the carers and we've agreed meds only
        travel with the MAR and a note of the last dose.

        Kind regards
        [[name:Tendai Moyo]]
        {{Supervising Social Worker}}
        [[organisation:Brightwater Fostering]]
        Tel: [[phone:0113 496 0721]] | Mob: [[phone:07700 900 418]]
        [[email:tendai.moyo@brightwaterfostering.co.uk]]
    """)),
    ("social_care", "success", block("""
        [09:14] [[name:Bex Hollis]]: shout out to [[name:Grace]] on the duty desk 👏
        [09:15] [[name:Bex Hollis]]: she spotted the {{delegated authority}} form for [[name:Tomasz]]'s school trip hadnt been signed by the {{LA}} and chased [[name:Imran Chaudhry]] before the deadline
        [09:15] [[name:Imran Chaudhry]]: can confirm she was relentless 😂 signed now
        [09:17] [[name:Grace]]: lol just didnt want him to miss out, its the [[organisation:Ysgol Bryn Teg]] year 9 trip on [[date:22 May]]
        [09:18] [[name:Bex Hollis]]: adding to {{team meeting}} good practice slot. reminder everyone the {{DA}} forms live in {{Charms}} under placement docs not the shared drive
        [09:20] [[name:Rhys Llewellyn]]: 👍 noted
    """)),
    ("social_care", "incident", prose("""
        On [[date:2 February 2024]] at approximately 16:30 the {{supervising social worker}},
        [[name:Chiamaka Okafor]], received a call from the {{designated safeguarding lead}} at
        [[organisation:St Aidan's RC Primary]] reporting that [[name:Layla]] ([[age:8]]) had said her foster
        carer, Mr [[name:Whitfield]], had "grabbed her arm hard". A red mark was seen on her upper arm.
        [[name:Chiamaka]] informed the {{Registered Manager}} and the child's social worker at
        [[organisation:Northgate Children's Services]] the same afternoon and a referral was made to the
        {{LADO}} (ref [[case_reference:LADO/24/0193]]). The strategy discussion concluded that a
        {{Section 47}} enquiry was not required and the matter would be managed under the
        allegations procedure. Learning: the household {{safer caring policy}} had not been reviewed since
        [[name:Layla]]'s placement began in [[date:October 2023]], and there was no agreed plan for how carers
        should physically keep her safe when she runs towards the road. The carers have since completed
        {{PBS}} training and the policy was updated on [[date:16 February]]. [[name:Layla]] was seen alone by her
        own social worker, said she felt safe and wanted to stay, and her views were recorded in
        {{Mosaic}}. The Registered Manager has asked that every safer caring policy is checked at the
        first {{supervision}} after a new child moves in, rather than waiting for the {{Annual Review}}.
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT / NEAR MISS FORM
        Agency: [[organisation:Harbour Light Fostering]]
        Date of event: [[date:11/04/2024]]
        Reported by: [[name:Morag Sinclair]] ({{SSW}})
        Child: [[name:Summer R]]    DOB: [[date_of_birth:03/09/2012]]
        LA ref: [[case_reference:LCS 7720418]]
        Category: Confidentiality - near miss
        What happened: {{placement plan}} emailed by LA to carers still had birth {{mum}}'s new address in it ([[address:27 Orchard Rise]], [[postcode:TS5 8QJ]]) which is meant to be withheld. Carers noticed and phoned me before [[name:Summer]] saw it.
        Immediate action: carers deleted the email, LA social worker [[name:Delroy Grant]] informed, {{data breach}} logged with LA {{IG team}}.
        Learning: {{redaction}} check before any plan goes out to carers. To be raised at next {{CLA review}}.
    """)),
    ("social_care", "success", prose("""
        Just wanted to say a proper thank you to [[name:Hope]] and [[name:Gareth Pritchard]] for everything
        with [[name:Mihail]] this year. When he came to them he was out of school on a part-time timetable.
        He's now full time at [[organisation:Castleview Academy]], his {{PEP}} targets are all green and at
        his {{CLA review}} yesterday he chaired part of it himself. The {{IRO}} said it was the best review
        she'd had all year. [[name:Hope]] kept a diary of every trigger and shared it with the {{CAMHS}}
        worker which made a massive difference. Please can this go to {{fostering panel}} as good practice.
        [[name:Siobhán]] ({{SSW}}, [[organisation:Riverside Fostering North]])
    """)),
    ("social_care", "incident", block("""
        Chronology - unplanned ending, [[name:Jayden Campbell-Reid]] ([[age:15]]), Mosaic [[case_reference:2281947]]

        [[date:04/03]] 18:20  Carer [[name:Bill Harrower]] reports [[name:Jayden]] punched a hole in bedroom door after phone taken off him. Police not called. {{SSW}} on leave, {{duty SSW}} [[name:Angharad Evans]] gave advice by phone.
        [[date:05/03]] 09:00  Carers give 28 days notice. [[name:Bill]] says "we're done, no more chances".
        [[date:05/03]] 14:30  LA {{placement team}} told, {{disruption meeting}} requested.
        [[date:06/03]]        {{stability meeting}} not held - nobody available to chair.
        [[date:11/03]] 16:00  [[name:Jayden]] moved in an emergency to a {{residential}} unit.

        Learning: two earlier warning incidents in Feb were logged but no stability meeting called. {{Signs of Safety}} mapping with carers might have held this.
    """)),
    ("social_care", "near_miss", block("""
        [14:02] [[name:Rose Adeyemi]]: hiya [[name:Wei]] quick one, our [[name:Liam]] turned 18 last week does he need to do anything
        [14:05] [[name:Wei Zhang]]: oh good shout!! yes he needs a {{DBS}} and a {{medical}} now hes an adult member of the household 🙈
        [14:05] [[name:Wei Zhang]]: ill send the forms today. until its back he cant babysit or be left alone with the girls ok
        [14:06] [[name:Rose Adeyemi]]: ok no worries thought so x
        [14:10] [[name:Wei Zhang]]: logged it. our tracker didnt flag his birthday, will raise with [[name:Karen]] in {{compliance}}. {{household members}} turning 18 need adding to the {{Form F}} tracker with a 3 month alert
    """)),
    ("social_care", "success", prose("""
        Good practice note. [[name:Callum MacLeod]] (LA {{supervising social worker}}, {{kinship}} team)
        noticed during an unannounced visit on [[date:19 June]] that [[name:Ayesha]]'s grandmother,
        Mrs [[name:Begum]], was struggling to read the medication labels and had stopped giving the
        {{inhaler}} regularly. Rather than just record a concern he arranged with
        [[organisation:Parkside Medical Practice]] for large-print labels and a {{dosette}} box, and booked an
        interpreter for the next {{asthma review}} so the nurse could go through the plan in {{Bengali}}.
        [[name:Ayesha]] has had no hospital attendances since. Well done [[name:Callum]].
    """)),
    ("social_care", "incident", prose("""
        emailed {{LAC review}} minutes for [[name:TO]] to the wrong carers this am, outlook autofilled
        [[email:m.okonkwo84@gmail.com]] insted of [[email:m.okoro@outlook.com]]. realised about 10 mins after.
        rang mrs [[name:Okonkwo]] on [[phone:07700 900 632]], she hadnt opened it and deleted it while i was on
        the phone, confirmed by email. reported to {{DPO}} + {{team manager}} [[name:Sandhu]], {{IG}} incident
        [[case_reference:IG-2024-0387]]. no {{ICO}} report needed per DPO. learning - turn off
        {{autocomplete}} in outlook and use {{Egress}} for anything with child details, never gmail
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Monday 8 April]] [[name:Niamh Ó Súilleabháin]], foster carer, was expecting the usual escort
        to collect [[name:Reece]] ([[age:10]]) for {{family time}}. A different driver arrived in a silver car,
        registration [[vehicle_registration:LK19 XWP]], and said he was covering. He had no {{ID badge}} and
        was not on the list the {{transport team}} had sent. [[name:Niamh]] did not let [[name:Reece]] go and
        phoned [[organisation:Swiftline Taxis]] and the LA transport desk on [[phone:01709 496 0832]]. It
        turned out the firm had subcontracted the run without telling the LA. Family time was rearranged for
        the following day. Learning: the {{transport protocol}} should require the driver's name and photo
        to be sent to carers that morning. [[name:Niamh]] was thanked for sticking to the
        {{safer caring}} plan.
    """)),
    ("social_care", "success", block("""
        Debrief - emergency sibling placement, [[date:Fri 26 Jan]]
        Present: [[name:DW]] (TM), [[name:Priya Raman]] (SSW), [[name:Kasia Nowak]] (placements)

        What went well
        - 3 siblings ([[age:2]], [[age:5]] and [[age:9]]) kept together on the same night, carers [[name:Will]] & [[name:Sunita Marsh]] said yes within 40 mins
        - [[name:Priya]] took {{car seats}} from the office store so no delay
        - {{EDT}} handover clear and on {{Mosaic}} before 9am
        - {{health assessment}} booked at [[organisation:Deanery Road Surgery]] for the Monday

        Even better if
        - no info on the youngest's {{eczema}} cream, carers bought their own
        - [[name:Will]] would have liked a call before 10 the next morning

        Action: [[name:Kasia]] to add an emergency bag (nappies, creams, {{Calpol}}) to the office store.
    """)),
    ("social_care", "incident", prose("""
        [[name:Oluwaseun]] ("[[name:Seun]]"), aged [[age:12]], was at {{respite}} with carer
        [[name:Deirdre Fitzgerald]] on [[date:Saturday 13 July]] when he ate a satay stir fry and developed
        lip swelling and wheeze. [[name:Deirdre]] gave his {{EpiPen}} and called {{999}}; he was taken to
        {{A&E}} at [[organisation:Kingsmead General Hospital]] and discharged that evening. His
        {{peanut allergy}} was on the {{placement plan}} held by his main carers, but the respite
        information sheet sent from our office was an old template with no allergy field. Learning: respite
        sheets are now generated from {{Charms}} so allergies pull through automatically. [[name:Seun]] and
        his carers were visited on [[date:15/07]] and he said the ambulance crew were "actually sound".
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - [[name:Gethin]] to [[name:Amara Osei-Bonsu]], last day [[date:28/06]]

        Carers          Children                 Notes
        [[name:Hendry]]          [[name:J]] ([[age:14]]), [[name:K]] ([[age:11]])       {{Annual Review}} due [[date:12/07]] NOT booked!! {{unannounced visit}} overdue
        [[name:Kowalczyk]]       [[name:Mia]] ([[age:3]])                 settled. nursery = [[organisation:Little Acorns Nursery]]
        [[name:Baptiste]]        [[name:Dev]] ([[age:16]])                {{Staying Put}} chat started, {{PA}} not allocated yet

        Near miss found on handover: [[name:Hendry]] review and two visits missed because they were only in my diary, not on the {{Charms}} alerts. Flag to TM for {{supervision}}.
    """)),
    ("social_care", "success", prose("""
        Good catch from carer [[name:Patience Mensah]] this week. She noticed [[name:Tiegan]] ([[age:13]])
        had a second phone and new trainers she couldn't explain, and that an older lad in a black Golf
        ([[vehicle_registration:YR68 KHV]]) kept dropping her near [[organisation:Hillside Leisure Centre]].
        [[name:Patience]] wrote it all down with times and the plate and rang me the same day instead of
        waiting for {{supervision}}. We did the {{CSE screening tool}} together, shared with {{MASH}} and the
        police {{exploitation team}}, and the car was already known to them. [[name:Tiegan]] now has a
        {{safety plan}} and a {{CAWN}} has been served on the driver. This is exactly what we want carers to
        do. [[name:Łukasz]], {{SSW}}
    """)),
    ("social_care", "incident", prose("""
        [[name:Rhiannon]] gave [[name:Alfie]] his {{methylphenidate}} at 7am then her partner [[name:Darren]]
        gave it again at 7.45 not knowing. rang {{111}} who said monitor, no harm, [[name:Alfie]] a bit
        jittery at school, {{school nurse}} aware. carers now using a {{MAR chart}} on the fridge with a tick box. reported to LA SW
        Ms [[name:Adebayo]] and {{Ofsted}} notification not needed as no serious harm. ref
        [[case_reference:IFA-INC-0412]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Ewan Doherty]] <[[email:ewan.doherty@keystonefostering.org.uk]]>
        To: Panel admin
        Date: [[date:3 October 2024]]
        Subject: RE: [[name:Okeke]] - Form F - checks

        Hi [[name:Jo]],

        Before this goes to {{panel}} on the [[date:17th]] - I spotted in the {{Form F}} employment history that Mr [[name:Okeke]] lived in Dundee 2014-2019. Our {{DBS}} only covers England and Wales so we also need a {{Disclosure Scotland}} check and a {{local authority check}} from Dundee. I've requested both; his NI number for the form is [[ni_number:JT 48 62 19 B]]. Can we move them to the [[date:14 November]] panel please.

        Thanks
        [[name:Ewan]]
        {{Form F assessor}}, [[organisation:Keystone Fostering]]
        [[phone:07700 900 157]]
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        pt [[name:DM]] on {{s2}} went {{AWOL}} from [[organisation:Linnet Ward]] approx 14:20 [[date:12/5]],
        tailgated a visitor thru the {{airlock}}. [[name:Marek]] (HCA) noticed within 5 mins on
        {{intermittent obs}}. police informed as per {{AWOL policy}}, {{MHA}} office informed. [[name:DM]]
        returned by police 18:05, found at his mums on [[address:Wentworth Road]]. no injuries, had been
        drinking. ulysses [[case_reference:ULY-88317]]. learning - 2nd door of airlock sticks and doesnt
        latch, estates job logged AGAIN
    """)),
    ("health", "near_miss", prose("""
        During the morning medication round on [[date:Wednesday 21 February]] the {{student nurse}} on
        [[organisation:Thornbury Ward]] queried why Mr [[name:Nowicki]]'s {{clozapine}} (NHS
        [[nhs_number:403 851 1278]]) was still being signed for when his {{FBC}} was six days overdue. The
        registered nurse, [[name:Adaeze Nwosu]], checked the {{ZTAS}} portal, which showed an outstanding
        sample. The dose was withheld after discussion with the {{on-call doctor}} and bloods were taken at
        10:15; the result came back green that afternoon and the dose was given late. No harm. Learning: the
        clozapine tracker had been kept by one nurse who was on leave; it is now a task on the shared
        {{EPR}} list. The student, [[name:Hannah]], has been thanked by the ward manager.
    """)),
    ("health", "success", block("""
        From: [[email:sky.ferreira77@hotmail.co.uk]]
        To: [[email:southcrisisteam@nhs.net]]
        Subject: thank you

        To the {{Crisis Team}},
        I'm [[name:Sky]], [[name:Emanuel]]'s sister. I just want to say thank you to [[name:Jess]] and Dr [[name:Farouk]] who came out on the {{Sunday}} night when he was in a really bad way. You didn't rush, you sat in the kitchen with him for two hours and made a {{safety plan}} he actually agreed to. You rang back the next morning like you said you would. He's now with the {{Home Treatment Team}} and going to his first {{Talking Therapies}} appointment next week. Our {{mum}} cried when she read the plan.

        Thank you,
        [[name:Sky Ferreira]]
        [[phone:07700 900 983]]
    """)),
    ("health", "incident", block("""
        NIGHT > EARLY HANDOVER   [[organisation:Rowan Ward]]   [[date:Sat 9 Mar]]
        Bed 4  [[name:Amira K]]   {{s3}}   {{level 3 obs}}
          - 03:10 found in ensuite with shoelace tied round neck during obs. removed by hand, {{ligature cutter}} not needed. {{NEWS2}} 1, {{GCS}} 15
          - seen by {{duty doctor}} 03:40, redness only. {{Datix}} [[case_reference:W218734]]
          - laces came in with trainers brought by visitor at 19:00, bag not checked per {{search policy}}
          - {{MDT}} to review obs level + restricted items list
        Bed 6  [[name:Grace O'Neill]]   informal, settled, slept well
        Bed 7  Mr [[name:Taiwo]]   {{lithium}} level due 08:00, not to have am dose till taken
        NIC: [[name:Ciarán]]
    """)),
    ("health", "near_miss", block("""
        [21:32] [[name:Lauren]] (crisis line): anyone got [[name:Michael Brown]] dob [[date_of_birth:14/07/1986]] open?
        [21:33] [[name:Femi]]: theres 2 on {{RiO}} lol which one
        [21:35] [[name:Lauren]]: oh god. i was about to put tonights {{risk assessment}} on the first one
        [21:35] [[name:Femi]]: check the {{NHS number}}, did the caller give it?
        [21:37] [[name:Lauren]]: yeah [[nhs_number:531 974 3211]] - thats the other one, the 1991 dob. phew
        [21:38] [[name:Femi]]: always 3 identifiers!! name, dob, NHS no. can you {{Datix}} it as a near miss pls
        [21:52] [[name:Lauren]]: done [[case_reference:W219002]]. also asked {{IT}} if RiO can show a duplicate-name warning
    """)),
    ("health", "success", prose("""
        [[name:Rahul Mehta]], ward {{pharmacist}} on [[organisation:Hawthorn Ward]], spotted on
        [[date:5 June]] that a patient on {{lithium}} had been prescribed {{ibuprofen}} by the visiting
        {{GP}} for a dental abscess. He rang the ward straight away before the second dose, arranged
        {{paracetamol}} instead and asked for a repeat lithium level, which was 0.9. He also added a note to
        the {{drug chart}} and emailed the GP practice with the interaction so it would not be repeated on
        discharge. Nobody came to harm and the patient was very grateful. A textbook catch of a known
        {{lithium toxicity}} risk.
    """)),
    ("health", "incident", block("""
        Post-incident debrief - [[organisation:Cedar Ward]] - [[date:17/08/2024]]
        Facilitator: [[name:Olu Bankole]] ({{Ward Manager}})
        Attendees: [[name:Katie]], [[name:Marcus]], [[name:Zsófia]], [[name:Ade]] (bank)

        What happened: pt became aggressive after {{ward round}}, {{prone restraint}} approx 4 mins, {{IM}} {{lorazepam}} given as {{rapid tranquillisation}}. Physical obs after RT not done for 50 mins as everyone was writing statements.
        What we learned: name one person at the start to do post-RT obs, no matter what. Pt debrief offered next day, declined. [[name:Marcus]] minor wrist injury, {{occupational health}} informed.
        Datix: [[case_reference:W220417]]
    """)),
    ("health", "near_miss", prose("""
        nearly let [[name:jo]] out on {{s17 leave}} at 2pm, the {{leave form}} in the folder expired
        yesterday. [[name:tunde]] spotted it when signing her out. {{RC}} Dr [[name:Iqbal]] renewed it at 3.
        no harm but [[name:jo]] v upset about the delay. suggest {{MHA administrator}} emails the {{ward manager}} 48h before
        any leave expires
    """)),
    ("health", "success", prose("""
        Called by police at 23:10 on [[date:Friday 1 November]] to a man in distress on the railway bridge
        near [[address:Flat 3, 22 Prospect Terrace]]. The {{street triage}} nurse, [[name:Tomás Brennan]],
        spoke with him for forty minutes alongside PC [[name:Harris]]. Because he agreed to come voluntarily
        to the {{crisis café}}, no {{Section 136}} was needed and he avoided a night in a {{place of safety}}.
        [[name:Tomás]] arranged a {{Home Treatment Team}} visit for the next morning and rang his GP at
        [[organisation:Millbrook Health Centre]] on the Monday. The police sergeant later emailed to say it was
        a model of joint working.
    """)),
    ("health", "incident", block("""
        Ulysses incident report   Ref: [[case_reference:ULY-2024-06211]]
        Location: [[organisation:Aspen Ward]], [[organisation:Brookfield Unit]]
        Date/time: [[date:02/09/2024]] 06:30
        Patient: [[name:Yusuf Al-Amin]]   NHS: [[nhs_number:239 872 2597]]   Hosp no: [[case_reference:RX4471902]]   DOB: [[date_of_birth:11/11/1958]]
        Description: {{NEWS2}} of 5 at 22:00 (temp 38.4, HR 112) not escalated to {{duty doctor}}. At 06:00 NEWS2 7 and hypotensive. {{sepsis}} screen positive, {{IV antibiotics}} started, transferred to [[organisation:Kingsmead General]] ED.
        Contributing factors: agency nurse unfamiliar with the {{escalation flowchart}}; {{e-obs}} alert not working on ward tablet.
        Harm: moderate. {{Duty of Candour}} applies - son [[name:Idris]] informed [[date:03/09]].
        Reporter: [[name:S. McAllister]], Band 6
    """)),
    ("health", "near_miss", block("""
        Hi [[name:Claire]],

        Near miss on [[organisation:Seacole Ward]] this morning ([[date:14/10]]). Two patients with surname [[name:Khan]] are due {{depot}} today. The {{paliperidone}} prefilled syringe labelled for [[name:Imran Khan]] (bed 2) was taken to bed 9 ([[name:Zubair Khan]]), who is on {{aripiprazole}} depot. [[name:Nkechi]] checked the {{wristband}} against the {{drug chart}} at the bedside before drawing back and stopped. Nothing given.

        We've put a {{name alert}} on the board and moved one of them to the other corridor. Datix [[case_reference:W221180]].

        [[name:Dafydd]]
        {{Deputy Ward Manager}}
    """)),
    ("health", "success", prose("""
        Shout out to [[name:Bev]] on nights on [[organisation:Willow Ward]] who spent an hour in the
        {{sensory room}} with a really distressed lady instead of reaching for {{PRN}}. {{Weighted blanket}},
        lights down, tea. No {{restraint}}, no {{rapid tranquillisation}}, and she slept. Lovely work.
    """)),
    ("health", "incident", block("""
        Timeline - fall, Mrs [[name:Agnes Kowalski]] ([[age:71]]), [[organisation:Larch Ward]], [[date:23/01]]
        01:55  thud heard, found on floor by bathroom door. NIC [[name:Paddy]] attended
        01:58  {{Glasgow Coma Scale}} 15, 2cm laceration L eyebrow. on {{apixaban}}
        02:10  {{on-call}} Dr [[name:Chen]] reviewed - anticoagulated so needs CT within 8 hrs per {{NICE}} head injury guidance
        02:40  ambulance requested
        05:15  ambulance arrived (delay due to demand)
        07:30  CT at [[organisation:Kingsmead General]] - clear. back on ward 11:00
        Learning: {{falls risk assessment}} not updated when {{zopiclone}} was started; no {{sensor mat}} available on ward
    """)),
    ("health", "near_miss", prose("""
        Admin [[name:Gemma Thorne]] noticed on [[date:27/11]] that the {{SMS reminder}} for
        [[name:Natalia]]'s {{Home Treatment}} visit was about to go to [[phone:07700 900 264]], the number on
        the GP record, when [[name:Natalia]] had told us at assessment that this phone is now held by her
        ex-partner and there is a {{MARAC}} in place. Her new number, [[phone:07700 900 571]], was only in
        the free-text notes on {{SystmOne}}, not in the demographics. [[name:Gemma]] stopped the batch and
        updated the record. Learning: any change of contact details goes in demographics the same day, and
        MARAC cases should be excluded from automatic texts. Discussed at {{safeguarding huddle}}.
    """)),
    ("health", "success", block("""
        [[name:Chipo]]: massive thanks to [[name:Mark]] our {{peer support worker}} 🙌
        [[name:Chipo]]: pt on bed 3 was terrified of going home after 11 wks, [[name:Mark]] did 3 {{escorted leave}} trips with him to the flat + sorted the {{Universal Credit}} appt
        [[name:Niall]]: he was brilliant at the {{CPA}} meeting too, pt actually spoke for himself
        [[name:Chipo]]: discharged today with {{7 day follow up}} booked, first time in 3 admissions he's left with food in the fridge
        [[name:Niall]]: ❤️
    """)),
    ("health", "incident", prose("""
        I am reporting a missed {{72 hour follow-up}}. Mr [[name:Ravi Soni]]
        ([[nhs_number:178 222 2537]]), DOB [[date_of_birth:02/05/1979]], was discharged from
        [[organisation:Beech Ward]] on [[date:Friday 12 April]] to [[address:9 Hollins Croft]],
        [[postcode:S6 4RT]]. The discharge summary went to the {{Crisis Resolution}} team inbox but the
        follow-up was not allocated because the bank holiday rota had no duty worker for the inbox. He was
        contacted on [[date:18 April]] after his sister rang the {{crisis line}}. He had not taken his
        {{sertraline}} for four days. He is now open to the {{Home Treatment Team}}. Learning: discharges
        should be phoned through as well as emailed, and the inbox needs a named owner every day.
        [[name:Hollie Dunn]], Team Leader, [[organisation:Crisis Resolution South]], ext 4417
    """)),
    ("health", "near_miss", prose("""
        handover 19:45 - new admit bed 5 [[name:P. Ó Murchú]], {{allergy band}} red (penicillin). {{clerking}}
        dr wrote up {{co-amoxiclav}} for chest infection, [[name:sinead]] caught it at 8pm meds before
        giving, dr changed to {{doxycycline}}. no harm. allergy wasnt on the {{EPMA}} as transfer letter from
        [[organisation:St Brigid's Hospital]] only had it on page 3. datix done [[case_reference:W221643]].
        pls check allergies on ALL pages of transfer letters
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        AIR SAFETY REPORT   ASR No: [[case_reference:ASR 24/0183]]
        Operator: [[organisation:Northbound Helicopters Ltd]]
        Aircraft: {{S-92A}} [[aircraft_registration:G-NBHK]]   Flight: [[flight_number:NBH417]]
        Date: [[date:06 Jan 2024]]   Phase: approach
        Crew: Capt [[name:A. Fraser]] / {{FO}} [[name:L. Kowalczyk]]
        Event: Approach flown towards [[organisation:Marram Bravo]] instead of the intended [[organisation:Marram Alpha]], 1.2 nm apart, in poor visibility. {{HLO}} called on {{deck frequency}} at half a mile that he could not see us. {{go-around}} flown and approach re-briefed. No landing made on the wrong deck.
        Contributing: similar {{helideck}} markings; {{FMS}} waypoint names differ by one letter.
        Reported as {{MOR}} [[case_reference:MOR 2024/00412]].
    """)),
    ("aviation", "near_miss", block("""
        [06:12] [[name:Kirsty]] (check-in): pax for [[flight_number:NBH203]] has a power bank in his hold bag, says he didnt know
        [06:13] [[name:Kirsty]] (check-in): also his {{HUET}} cert on {{Vantage}} expired last week 🙄
        [06:15] [[name:Dougie]] (ops): he cant fly then, offload him. tell the client rep
        [06:15] [[name:Kirsty]] (check-in): will do. power bank removed anyway
        [06:20] [[name:Dougie]] (ops): good catch. how did the booking let him through?
        [06:22] [[name:Kirsty]] (check-in): booking system doesnt check {{OPITO}} dates, only the {{medical}}. putting in an {{ASR}}
    """)),
    ("aviation", "success", block("""
        Subject: Well done - [[aircraft_registration:G-OKTR]] daily

        All,

        Just a note to recognise [[name:Gavin Stewart]] ({{B1}}) who on the {{daily inspection}} on [[aircraft_registration:G-OKTR]] this morning found a {{safety wire}} missing on a {{tail rotor}} pitch link bolt. Not an easy spot at 05:30 with a torch in the wind. The aircraft was held, the wire replaced and a {{duplicate inspection}} signed before first flight. The previous night shift task card has been reviewed.

        Thanks [[name:Gavin]].
        [[name:Heather Buchan]]
        Base Maintenance Manager, [[organisation:Northbound Helicopters Ltd]], Aberdeen
        [[phone:01224 555 718]]
    """)),
    ("aviation", "incident", block("""
        TECH LOG EXTRACT   [[aircraft_registration:G-CLXR]]   {{AW189}}   Sector 2   [[date:14/02/24]]
        Defect: {{MGB}} {{chip}} caution illuminated 12 nm from [[organisation:Heron Point]]. Crew actioned {{checklist}}, caution remained. Landed at [[organisation:Heron Point]] (nearest), {{rotors running}} not continued, shut down.
        Action: {{HUMS}} data downloaded, chip detector removed, fuzz found. Oil sample to lab.
        Outcome: aircraft {{AOG}} offshore 2 days, pax and crew returned on [[aircraft_registration:G-CLXS]].
        Signed [[name:R. Dunbar]]  Lic [[case_reference:UK.66.10934]]
    """)),
    ("aviation", "near_miss", prose("""
        {{HLO}} report, [[date:30 August]]. During {{rotors running refuel}} of the {{H175}} the
        {{fuel sample}} from the deck tank showed free water in the jar. Refuel stopped before any fuel went
        into the aircraft. {{Captain}} was told over the radio and agreed to depart with fuel already on board
        as it was well above {{final reserve}}. Tank drained and re-sampled, clear on the third sample. The
        tank had been refilled from a supply boat the day before and the 30 minute settling time had not been
        logged. [[name:Terry O'Hare]], HLO.
    """)),
    ("aviation", "success", block("""
        Debrief notes - {{medevac}} from [[organisation:Westray Sound Alpha]], [[date:9 March 2024]]
        Crew: Capt [[name:Euan Rennie]], {{FO}} [[name:Sadia Hussain]], {{winch}} not required
        Tasked 02:14 by {{ARCC}}, airborne 02:51 in [[aircraft_registration:G-NBHM]]

        What went well
        - 37 min tasking to airborne against the 45 min target
        - {{offshore medic}} [[name:Dev Chauhan]] had the patient packaged and an {{SBAR}} handover ready on deck
        - {{NVG}} approach pre-briefed on the ground, smooth on the night
        - handover to {{Scottish Ambulance Service}} at the heliport in under 5 min

        Even better if
        - cabin not pre-configured for the {{stretcher}}, about 10 min lost at the aircraft
        - night {{duty engineer}} phone went to voicemail first time
    """)),
    ("aviation", "incident", prose("""
        On [[date:19/05]] a passenger, Mr [[name:Stefan Dragomir]] of [[organisation:Caledon Well Services]]
        (Vantage ID [[case_reference:VP-3320918]]), slipped on the {{helideck}} stairs at
        [[organisation:Westray Sound Alpha]] while disembarking in his {{survival suit}}. The stairs were wet
        and the {{anti-slip}} strips on the top three treads were worn through. He twisted his left ankle and
        was treated by the {{offshore medic}}, then flown back to Aberdeen on [[flight_number:NBH228]] for
        an X-ray, which showed a sprain. The installation has replaced the strips and added the stairs to the
        {{HLO}} pre-arrival checklist. Operator {{ASR}} raised for awareness; the duty holder is reporting
        under {{RIDDOR}}.
    """)),
    ("aviation", "near_miss", block("""
        Occurrence: {{TCAS RA}}    Date: [[date:22 Jul 2024]]    Time: 14:37Z
        Own aircraft: [[aircraft_registration:G-NBHP]] {{S-92A}}, [[flight_number:NBH552]], outbound 3000 ft on the {{HMR}}
        Other: {{PA-31}} survey aircraft [[aircraft_registration:N412PT]]
        Narrative: TA at 5 nm, traffic not visual. "Climb, climb" RA followed, complied, min vertical separation approx 400 ft. Traffic was not working {{Aberdeen Radar}}. A {{NOTAM}} for survey work existed but was not in our briefing pack as the route filter excluded it.
        Actions: MOR [[case_reference:MOR 2024/01877]], {{Airprox}} report filed, ops to review NOTAM filter.
        Reporter: [[name:Ifeoma Chukwu]] ({{commander}})
    """)),
    ("aviation", "success", prose("""
        Shout out to [[name:Aoife Brady]] in {{flight ops}}. Checking the {{load sheet}} for
        [[flight_number:NBH310]] she noticed a freight item entered as 25 kg that was a pallet of drill bits
        and asked the warehouse to re-weigh it: 250 kg. With full pax it would have put the aircraft over
        {{MTOW}} and out of the aft {{CG}} limit. She held the freight, reissued the {{manifest}} and rang the
        crew before they walked. Freight booking form now has a mandatory weighed-by field. Nice one
        [[name:Aoife]].
    """)),
    ("aviation", "incident", prose("""
        bird strike on climb out rwy 16 abz approx 800ft, large gull, hit lower windscreen LH side.
        [[aircraft_registration:EI-NHB]] / [[flight_number:NBH101]]. no abnormal indications, returned as per
        {{SOP}}, {{PAN}} not declared. {{FO}} [[name:jonno]] flying, handled it well. eng found blood smear and
        small chip in the {{windscreen}}, no other damage. a/c u/s till windscreen assessed. {{bird strike report}}
        + {{ASR}} done. [[name:jonno]] wants to know why {{ATIS}} didnt mention bird activity when the fire crew
        had been out dispersing 10 mins before
    """)),
    ("aviation", "near_miss", prose("""
        At 07:50 on [[date:Thursday 5 December]] a fuel bowser, [[vehicle_registration:SV21 HKT]], was
        driven across the {{apron}} towards {{stand 4}} while the {{AW189}} on that stand still had rotors
        turning. The {{marshaller}}, [[name:Craig Mowat]], stopped the driver with a hand signal about 15
        metres short of the {{rotor disc}}. The driver was new, held a valid {{ADP}} and said he had been
        told the aircraft was shutting down. Learning: fuel requests from the ramp to say "rotors running"
        or "shut down" explicitly, and apron induction to include a walk round with a marshaller.
    """)),
    ("aviation", "success", block("""
        From: [[name:Graham Tulloch]] <[[email:g.tulloch@orcadia-energy.co.uk]]>
        Subject: Thank you - check-in team

        Please pass on our thanks to [[name:Mercy Asamoah]] on check-in yesterday. One of our technicians looked grey and sweaty and mentioned his chest felt tight. [[name:Mercy]] didn't just let him through to the {{HUET}} video, she called the heliport {{first aider}} and then {{999}}. He was admitted with an {{NSTEMI}}. If he had flown to the installation we would have been looking at a {{medevac}} at best.

        Regards
        [[name:Graham Tulloch]]
        HSE Advisor, [[organisation:Orcadia Energy]]
        [[phone:01595 555 019]]
    """)),
    ("aviation", "incident", prose("""
        During boarding on [[date:Tuesday 4 June]] a passenger's {{life jacket}} inflated in the cabin of
        [[aircraft_registration:G-CLXS]] when the {{manual toggle}} caught on the seat armrest. Nobody was hurt but
        the passenger was shaken and the {{CA-EBS}} cylinder had to be checked. The flight was delayed 40
        minutes while a spare jacket was issued. This is the third such event this year with this jacket
        type; the {{safety briefing}} video now shows where to tuck the toggle and the {{Safety Office}} has
        contacted the manufacturer.
    """)),
    ("aviation", "near_miss", block("""
        Subject: CRS for [[aircraft_registration:EI-NHD]] issued under old registration

        Hi [[name:Kenny]],

        On review of the {{work pack}} returned from base maintenance, the {{CRS}} for the 600 hr check on [[aircraft_registration:EI-NHD]] was raised against the previous UK registration [[aircraft_registration:G-NHDA]]. The aircraft had been on the Irish register since [[date:1 May]]. It had not yet flown on that release. Please reissue before the {{ARC}} review; we have also asked the {{CAMO}} to lock old registrations in the {{MRO system}}.

        Best regards,
        [[name:Maarten de Vries]]
        Technical Records
        [[organisation:Lowlands Rotor Leasing BV]]
        [[phone:+31 20 555 0187]]
    """)),
    ("aviation", "success", prose("""
        Commander's feedback form, [[date:16/10/24]]. On the {{offshore approach}} to
        [[organisation:Kestrel Point]] in gusty conditions the {{FO}}, [[name:Ola Nilsen]], called "unstable,
        go around" at about 200 ft as the {{rate of descent}} built up. I was flying and went around without
        argument; second approach was fine. I want to recognise that this is exactly the {{CRM}} behaviour
        we train for and it was not easy for a newer FO to challenge a {{training captain}}. The {{HFDM}} data
        backs up the call. Capt [[name:Hamish Ross]]
    """)),
    ("aviation", "near_miss", prose("""
        ops note [[date:11/12]] - [[flight_number:NBH640]] was nearly released with the {{TAF}} showing
        {{TEMPO}} {{TSRA}} on the route and no {{lightning risk}} assessment done as per the {{ops manual}}.
        {{commander}} [[name:mo]] picked it up at the crew brief and asked for it. delayed 2h till the cells
        cleared east. dispatcher [[name:gaz]] says the old checklist doesnt have the box, new one is on the
        sharepoint but not printed. printed now
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind125", REPORTS))


if __name__ == "__main__":
    main()
