"""Held-out blind corpus 119: confidential just-culture incident-and-learning reports from a district
council area's children's social care, family support and youth services; a hospital trust's wards,
outpatients and discharge team; and a regional airline and its ground-handling agent. Writing styles
are an ordinary mix: careful narrative write-ups, rushed lower-case notes with typos, structured
Datix-style forms, e-mails with signatures, exported Teams chats, handover lists, SBAR notes,
timelines and technical-log entries, covering what went wrong as well as what went right.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind119.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        Letter inviting parents to the {{Initial Child Protection Conference}} for [[name:Kayden]]
        ([[age:6]]) went to dad's old address, [[address:27 Holloway Road]], [[postcode:KB3 8RN]],
        instead of the refuge address {{mum}} gave us. Dad is not meant to know which area she has
        moved to. Picked up on [[date:14/03]] when he rang the {{duty line}} asking why the meeting was
        at the [[organisation:Fernhill Family Centre]] - so he now knows roughly where she is. Cause:
        the change of address had been typed into a case note but not the address tab in {{Mosaic}},
        and the letter template pulls the 'primary' address. {{Team manager}}
        ([[name:Rachel O'Donnell]]) informed straight away, {{mum}} told same day and {{safety plan}}
        reviewed with the {{IDVA}}. Conference moved to a different venue. Ref
        [[case_reference:CS-2024-08817]]. Suggest address changes are done on the address tab only,
        and letters get a second check when there is {{domestic abuse}} on file. - [[name:tk]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Okonkwo, Chidi]] <[[email:chidi.okonkwo@kelbridge.gov.example]]>
        To: CSC Learning Log
        Subject: near miss - nearly shared wrong child's police history

        Hi,
        Logging this as a near miss. At the {{strategy discussion}} on [[date:Tues 9 April]] I had two
        [[name:Begum]] children open in separate tabs: [[name:Aminah]] ([[case_reference:CS-41182]])
        and [[name:Amira]] ([[case_reference:CS-39907]]). Not related, same surname, both Year 4 at
        [[organisation:St Aidan's CE Primary]]. I started reading the {{police}} notes for the wrong
        girl and DC [[name:Farrow]] from the {{MASH}} said "that's not our address" before anything
        was minuted.

        What helped: DC [[name:Farrow]] checking the {{DOB}} against her own screen.
        What I'd change: close every tab that isn't the child being discussed, and read out name +
        DOB + case number at the start of each agenda item.

        [[name:Chidi]]
        {{Senior Practitioner}}, [[organisation:Assessment Team 2]]
    """)),
    ("social_care", "success", prose("""
        just want to log a good one from friday night at the [[organisation:Marsh Lane Youth Hub]].
        two groups of lads squaring up in the car park, one of them ([[name:jayden]], [[age:15]]) had a
        blade on him according to the others. [[name:Dawn]] (sessional {{youth worker}}) knew him from
        {{detached work}} and just walked him round the back to the {{MUGA}} and talked to him for 20
        mins while [[name:Kwame]] got everyone else inside and rang {{101}}. he handed it over to her
        voluntarily, no one hurt. police attended and were really good with him. what worked -
        [[name:dawn]] having a relationship with him already, and us sticking to the {{two-worker
        rule}} so there was someone to manage the rest of the group. we've referred him to the
        [[organisation:Kelbridge Youth Justice Service]] prevention team with his consent. also big
        shout out to [[name:Kwame]] who stayed till gone midnight writing it up
    """)),
    ("social_care", "incident", block("""
        INCIDENT TYPE: Missing from care (episode 3)
        Young person: [[name:Tyler-Jay Morgan]]   DOB: [[date_of_birth:02/11/2009]]
        Placement: [[organisation:Birchwood House]] ({{children's home}}), [[address:4 Quarry Bank]], [[postcode:KB7 2WH]]
        Police ref: [[case_reference:KBP-24-118830]]   LA ref: [[case_reference:CS-37715]]

        What happened:
        [[name:TJ]] left at approx 19:40 saying he was going to the shop. Not back by 21:00 {{curfew}}.
        Staff rang his mobile ([[phone:07700 900412]]) x6, no answer. Reported missing to police 21:25
        as per {{protocol}}. [[name:TJ]] was found by police at 02:10 at an address in
        [[address:Cleaver Street]] known for {{exploitation}} concerns.

        Issues:
        - Shift leader was agency and didn't have the {{Philomena Protocol}} profile to hand, took 25
          mins to find it on the shared drive.
        - {{EDT}} not informed until 23:00.

        {{Return home interview}} booked with [[name:Bisi]] from [[organisation:Safe Steps]] for [[date:18 May]].
    """)),
    ("social_care", "success", prose("""
        Good practice to share. [[name:Hope]] ([[age:2]]) attends [[organisation:Little Acorns
        Nursery]] on [[address:Mill Street]]. Her key worker noticed she was arriving hungry, in the
        same clothes, with a nappy rash that looked untreated. Rather than waiting, the {{nursery
        manager}} rang our {{Early Help}} hub and asked for a {{Team Around the Family}} meeting.
        {{Family support worker}} [[name:Magdalena Nowak]] visited within a week; {{mum}}
        ([[name:Shannon]], [[age:19]]) had just lost her job and her {{Universal Credit}} had stopped
        after a change of circumstances. [[name:Magda]] helped her sort the claim, got a {{food bank}}
        voucher and a {{Healthy Start}} card, and linked her back in with the {{health visitor}}.
        Three months on, nursery say [[name:Hope]] is thriving and attendance is 96%. No statutory
        assessment was needed and {{mum}} said it was the first time she didn't feel judged by
        "the social".
    """)),
    ("social_care", "incident", prose("""
        Home to school transport: [[name:Ibrahim]] (Y6, {{autistic}}, non-verbal) was not collected
        from [[organisation:Brookside Academy]] on [[date:Wed 5 June]]. The usual driver was off and
        the replacement taxi (silver {{Skoda}}, [[vehicle_registration:KX19 HBN]]) went to the old school
        site. School kept him in the office until 16:10 when {{dad}} collected him, but he was very
        distressed and hitting his head. The {{SEND transport}} team had never been told that the
        school moved sites after Easter. I rang the operator ([[organisation:A1 Kelbridge Cars]]) and
        they still had the old postcode [[postcode:KB2 6DL]] on the booking. Escalated to the
        {{transport coordinator}}. {{Dad}} has asked that the regular driver ([[name:Gurpreet]]) is
        kept where possible, which I have passed on, and that a {{passenger assistant}} he knows
        rides with him for the next fortnight. Complaint ref [[case_reference:COMP-2406-0193]].
    """)),
    ("social_care", "near_miss", prose("""
        Supervised contact at the [[organisation:Fernhill Family Centre]], [[date:Saturday 20th
        July]]. Dad arrived with a woman he introduced as the children's nan. She is not on the
        approved list in the {{contact plan}} and I remembered from the {{court order}} that paternal
        grandmother ([[name:Maureen Kettle]]) is the person with the {{non-molestation order}}
        history. I asked her name and she said "[[name:Mo]]". I asked them both to wait in reception,
        rang the {{out of hours}} manager, and contact went ahead with dad only. Nan left without
        incident. Near miss because if I had been new to the case I'd have let her in - the contact
        plan on the system just says 'paternal family TBC'. Have asked that the plan names who is and
        isn't approved, with photos if the {{court}} allows. {{Contact worker}}: [[name:Lou Fenwick]]
    """)),
    ("social_care", "success", block("""
        [Teams chat, {{EDT}} -> {{duty manager}}, exported for learning log]
        [22:14] [[name:Sunny Bhatt]]: evening - need an emergency placement for a [[age:13]] yo girl, {{police protection}}, mum arrested. no foster carers answering
        [22:16] [[name:Ana Petrescu]]: ok. try the [[name:Whitakers]] - not on the rota tonight but they said ring them in emergencies. [[phone:07700 900675]]
        [22:31] [[name:Sunny Bhatt]]: they'll take her!! taxi booked
        [22:32] [[name:Ana Petrescu]]: brilliant. {{PPO}} number?
        [22:33] [[name:Sunny Bhatt]]: [[case_reference:PP/0447/24]]
        [23:05] [[name:Sunny Bhatt]]: she's there. Mrs [[name:Whitaker]] made her toast and found her pyjamas, she's settled
        [23:06] [[name:Ana Petrescu]]: thank you. will email {{fostering}} tomorrow so they get recognised
        Learning: a list of carers willing to be called off-rota made the difference. {{Fostering team}} please keep it updated.
    """)),
    ("social_care", "incident", prose("""
        I sent a {{Child and Family Assessment}} to the wrong person. I was emailing it to
        [[name:Hope Adebayo]] (the {{DSL}} at [[organisation:Mossley Park Academy]]) and {{Outlook}}
        autofilled [[email:hope.adams@example.org.uk]], a parent from a different case who I had
        emailed {{in March}}. She rang me 20 minutes later to say she had it, had not read past the
        first page, and deleted it while on the phone to me. Recall didn't work because it was
        external. Reported to {{Information Governance}} same day, ref [[case_reference:IG-2024-0311]].
        {{Mum}} on my case, [[name:Chantelle Lewis]], was told by my manager and was understandably
        angry - the report includes her mental health history. IG judged it not reportable to the
        {{ICO}}. I've now cleared my autocomplete list and send to schools only via the secure
        address ([[email:dsl@mossleypark.sch.example]]). Would be good if the system blocked
        attachments to non-secure addresses.
    """)),
    ("social_care", "success", prose("""
        Care leaver [[name:Faith Mwangi]] ([[age:18]]) was days from losing her university place
        because her student finance hadn't come through - there was no {{National Insurance}} number
        on the application. Her {{PA}} [[name:Oisín Doyle]] went with her to {{Jobcentre Plus}},
        found her number on an old {{HMRC}} letter in her file ([[ni_number:JT 48 21 09 C]]) and got
        the form resubmitted on [[date:26 September]]. He also got the
        [[organisation:Kelbridge Leaving Care Team]] to pay the deposit on her halls from her
        {{setting up home allowance}} so she could move in on time. [[name:Faith]] asked for this to
        be written up: "[[name:Osh]] didn't give up on me." Learning for the team: check ID
        documents and NI numbers are on file at the first {{Pathway Plan}} review, not the month
        before someone leaves care.
    """)),
    ("social_care", "incident", block("""
        Timeline - placement breakdown, [[name:R.H.]] ([[age:11]]), {{s20}}
        [[date:03/02/24]]
        15:30  Foster carer ([[name:Bill Tranter]]) rings {{duty}}: [[name:R.H.]] has smashed a window, carer wants him moved tonight.
        15:45  Duty SW [[name:Priya Raman]] tries allocated SW - on leave, no cover recorded on the system.
        16:20  No in-house carers. {{Placement finding}} contacts 3 {{IFAs}}.
        18:50  Only option an emergency bed at [[organisation:Harbourview Children's Home]], 70 miles away.
        20:30  [[name:R.H.]] arrives, no belongings except school bag, no {{care plan}} sent with him.
        [[date:04/02/24]]
        09:00  School ([[organisation:Westgate Juniors]]) not told, rings us when he doesn't turn up.
        What went wrong: no cover for the allocated SW, no {{placement plan}} sent, school not told.
        What went right: [[name:Priya]] stayed until he was settled and rang him at 21:30.
    """)),
    ("social_care", "near_miss", prose("""
        At [[organisation:Oakridge House]] at the 8pm meds round I nearly gave [[name:Summer]] the
        {{melatonin}} that belongs to [[name:Frankie]]. Both are in {{blister packs}} from the same
        pharmacy, same colour label, and the {{MAR}} sheets were in the wrong order in the folder. I
        checked the {{MAR chart}} against the pack label (name and DOB) like we were trained and
        spotted it before popping the tablet out. [[name:Summer]] doesn't take anything at night.
        Told the {{shift lead}} [[name:Delroy]] straight away. We've now put photos of each young
        person on the front of their MAR and moved the packs into separate labelled boxes in the
        {{medication cabinet}}. Writing it up because the training worked - and because it was
        8pm, two staff down, and I was rushing. [[name:GH]]
    """)),
    ("social_care", "success", prose("""
        Quick thanks to [[name:Yusuf]] in the [[organisation:Kelbridge YJS]] who drove [[name:Kyle]]
        to his {{referral order}} {{panel meeting}} at the {{magistrates' court}} on [[date:Thurs
        11th]] when the bus didn't turn up. If he'd missed it he'd have been in {{breach}} and back in
        front of the {{bench}}. Small thing, big difference. {{Case manager}}, [[name:L. Achebe]]
    """)),
    ("social_care", "incident", prose("""
        Home visit to [[address:Flat 9, Carlton Court]], [[postcode:KB5 1TP]] on [[date:12.08.24]].
        {{Stepdad}} ([[name:Lee Garside]]) became verbally aggressive when I raised the school's
        concerns and stood between me and the door. I managed to leave after about 10 minutes. I had
        checked in on the {{lone working app}} ({{StaySafe}}) but when I pressed the amber alert
        nothing happened - the app had logged me out after an update and I didn't know. Nobody knew
        where I was. I rang my colleague [[name:Dee]] from the car. Second issue: the {{risk flag}}
        about [[name:Garside]] from 2022 sat on the old closed case, not the new referral, so I went
        alone. Asks: flags to carry over to new referrals for the same household; app to warn when
        logged out. I'm OK, had {{supervision}} with [[name:Nadia]] the next day. A white van
        [[vehicle_registration:YD68 KLF]] parked outside has been passed to {{police}} for info.
    """)),
    ("social_care", "success", block("""
        CIN review - what went well ([[case_reference:CS-40261]])
        - Booked a {{Dari}} interpreter in person (not phone) for the first time. {{Mum}} [[name:Zarghona]] talked far more openly.
        - Interpreter (Mr [[name:Hamidi]]) stayed after to help her fill in the {{DLA}} form.
        - School ([[organisation:Greenlea Primary]]) sent their {{SENCO}} instead of the class teacher, so we could agree the {{EHCP}} request in the room.
        - [[name:Arman]] ([[age:9]]) did his {{Three Houses}} with me before the meeting and chose to have them shown.
        - Plan agreed with dates; next review [[date:4th November]].
        Worth repeating: face-to-face interpreter, child's voice shown not summarised, asking school who the right person is.
        [[name:Becky Lowther]], {{Child in Need}} SW
    """)),
    ("social_care", "near_miss", block("""
        EDT HANDOVER [[date:Sun 14/07]] 08:00
        To: [[organisation:Family Front Door]]
        1. [[name:Skye Hollis]] ([[age:16]]) - attended [[organisation:Kelbridge General]] {{A&E}} 03:00 intoxicated. Discharged to {{aunt}} at [[address:62 Beech Grove]]. Aunt not known to us.
        2. NEAR MISS: police {{PPN}} for [[address:11 Orchard Rise]] was logged under the wrong child ([[name:Harvey]], older brother, [[age:17]]) instead of [[name:Lily-Mae]] ([[age:4]]) who was present. Spotted at 06:30 when I checked whether the household had under-5s. Corrected on system. If missed, the under-5 {{domestic abuse}} pathway (same-day {{health visitor}} notification) would not have triggered.
        3. Nothing else.
        [[name:JB]], {{EDT}} SW
    """)),
    ("social_care", "incident", prose("""
        school excluded [[name:Mason]] on mon for 5 days but noone told us till thurs, by which point
        hed been home alone all day as {{mum}} works nights. hes [[age:12]] and on a {{CP plan}} under
        {{neglect}}. {{DSL}} at [[organisation:Highfield Academy]] (mrs [[name:okafor]]) said they
        emailed the team inbox but it went to the old [[email:cpteam@kelbridge.gov.example]] address
        that was shut in the restructure, no bounceback. raising because other schools may still
        have the old address - can we get an auto reply put on it?? {{core group}} brought forward to
        [[date:27/06]]. [[name:Mason]] now at {{alternative provision}} ([[organisation:The Bridge
        Centre]]) from monday.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        Mr [[name:Dennis Hale]] ([[age:78]]), NHS [[nhs_number:771 341 8679]], discharged from
        [[organisation:Larch Ward]] on [[date:2 March]] after a {{PE}}. His {{TTO}} included
        {{apixaban}} but the bag that went home with him was missing it - his {{apixaban}} was left in
        the drugs trolley. Found at the evening {{drug round}} by {{Staff Nurse}} [[name:Precious
        Moyo]]. We rang his home number ([[phone:01632 960218]]), no answer, then his daughter
        ([[name:Karen]]) who confirmed he'd had nothing since the morning dose on the ward. {{Site
        manager}} arranged a taxi to deliver. No harm. Contributing: two discharges from bay 4 at the
        same time, {{discharge lounge}} closed, both {{TTOs}} printed together and bagged at the
        nurses' station. Datix [[case_reference:W117342]]. Suggest TTO bags are checked against the
        wristband at the bedside, not at the desk.
    """)),
    ("health", "near_miss", block("""
        Area: [[organisation:Outpatients Dept B]] - {{Rheumatology}}
        Reported by: [[name:Ewa Zielińska]], {{medical secretary}}
        Date of event: [[date:17/01/2024]]

        Description:
        Clinic letter for [[name:Jacqueline Burrows]] (hosp no [[case_reference:K0638214]], DOB
        [[date_of_birth:14/05/1951]]) had merged the {{methotrexate}} dose change for a different
        patient of the same name (hosp no [[case_reference:K0702115]], DOB [[date_of_birth:30/08/1962]]).
        Dictation was attached to the wrong record in {{Epic}} because the search shows name only
        until you click in. I noticed because the letter said "Ms [[name:Burrows]]' {{rheumatoid arthritis}}"
        and our patient has {{psoriatic arthritis}}.

        Outcome: letter stopped before sending to GP. Consultant Dr [[name:Anand]] re-dictated.

        Suggestion: show DOB and hospital number in the search results list.
    """)),
    ("health", "success", prose("""
        {{HCA}} [[name:Grace Ofori]] on nights on [[organisation:Ward 12]] noticed that Mrs
        [[name:Ellison]] in bed 7 was "just not herself" - her {{NEWS2}} was only 3 but she was quieter
        than usual and hadn't touched her tea. [[name:Grace]] escalated to me as nurse in charge
        rather than waiting for the 4-hourly obs. Repeat obs an hour later scored 6 and her
        {{lactate}} was 3.4. {{Sepsis Six}} started, {{critical care outreach}} reviewed, and {{IV
        antibiotics}} were in within 40 minutes of escalation. Urine grew {{E. coli}}. She went home
        five days later. Soft signs matter and HCAs need to know we want to hear them -
        [[name:Grace]] said she nearly didn't mention it because the score was "fine". Shared at
        {{safety huddle}}. [[name:Tom W]], {{Band 6}}
    """)),
    ("health", "incident", prose("""
        Unwitnessed fall, bay 3, [[organisation:Heron Ward]] ({{elderly care}}), approx 03:40
        [[date:19/11]]. Pt [[name:Edna Rowbotham]] [[age:91]] found on floor beside bed by {{HCA}}.
        Was on {{falls bundle}}, bed rails not in use as per assessment, low bed requested 2
        days earlier but none available in the trust. Pt c/o L hip pain. {{X-ray}} showed {{#NOF}}. To
        theatre next day. Ward was 1 RN short (sickness, bank not filled). {{Enhanced observation}}
        had been requested for her but only one 1:1 available and it was given to a pt with
        {{delirium}} in a side room. Family (son [[name:Graham]]) informed by {{FY1}} Dr [[name:Liu]] at
        05:10. {{Duty of Candour}} letter to follow. Datix [[case_reference:W118902]], for {{SI}} panel.
    """)),
    ("health", "success", block("""
        From: [[email:discharge.team@kdh.nhs.example]]
        To: [[email:m.adewale@kelbridge.gov.example]]
        Cc: [[name:Rose Kimani]]
        Subject: Thank you - Mr [[name:Papadopoulos]]

        Hi [[name:Mercy]],

        Just wanted to say thank you for getting Mr [[name:Papadopoulos]]'s {{package of care}}
        restarted within 24 hours. He was {{medically optimised}} on Friday and we fully expected him
        to sit on [[organisation:Ward 9]] all weekend. Because you rang [[organisation:Sunrise
        Homecare]] directly and got the Saturday lunchtime call confirmed, he went home to
        [[address:5 Tennyson Walk]] on [[date:Sat 23 March]] and his wife was thrilled.

        We've shared this at our {{board round}} as an example of {{Discharge to Assess}} working
        the way it should. The {{CHC checklist}} was negative so nothing further from us.

        Kind regards,
        [[name:Rose Kimani]]
        {{Discharge Coordinator}}, [[organisation:Integrated Discharge Team]]
    """)),
    ("health", "incident", block("""
        Incident category: {{Medication}} - omitted dose
        Location: [[organisation:Kestrel Unit]] ({{AMU}})
        Patient: [[name:ABDI, Hodan]]   NHS no: [[nhs_number:7845080241]]   DOB: [[date_of_birth:08/07/1988]]
        Date: [[date:06/05/2024]]

        Description:
        Pt with {{Type 1 diabetes}} admitted with {{DKA}}. Her usual {{Lantus}} was not prescribed on
        {{EPMA}} on admission, so no {{basal insulin}} was given while on the {{VRIII}}. When the
        VRIII was stopped next morning she had no background insulin and went back into DKA by
        14:00, requiring a second fixed rate infusion. Guidance is to continue basal insulin
        throughout.

        Immediate action: {{diabetes specialist nurse}} [[name:Marguerite]] reviewed, Lantus
        restarted, pt recovered.
        Harm: low.
        Reporter: [[name:Sam Oyelaran]], {{ST3}}
    """)),
    ("health", "near_miss", prose("""
        Two patients called [[name:Kowalski]] on [[organisation:Ward 14]] on [[date:8th August]]: Mr
        [[name:Jan Kowalski]] ([[age:67]]) for {{TURP}} and Mr [[name:Janusz Kowalski]] ([[age:72]]),
        not for theatre. {{Theatre porter}} asked for "Mr [[name:Kowalski]], bay 2" and the HCA took
        him to the wrong bed. Caught at {{theatre reception}} when the checklist nurse scanned the
        wristband - hospital number [[case_reference:K0711560]] did not match the list
        ([[case_reference:K0702239]]). He was not consented and hadn't been {{NBM}}. Good catch by
        [[name:Roisin]] on {{reception}} who didn't just tick the box. We now put a "{{name alert}}"
        sticker above both beds and the {{whiteboard}} shows first names too. Porters to ask for full
        name and DOB, not surname and bay.
    """)),
    ("health", "success", prose("""
        {{Antenatal clinic}} at [[organisation:Dunmore Community Hospital]]. [[name:Selam]]
        ([[age:24]]), 28 weeks, speaks {{Tigrinya}}. She'd been booked with a {{telephone
        interpreter}} twice and both times the line dropped, so she'd been sent away with a leaflet in
        English. {{Midwife}} [[name:Sinéad]] noticed she hadn't done her {{glucose tolerance test}}
        and rebooked her with a face-to-face interpreter and a double appointment. Turned out she
        had not understood why she needed the test at all. {{GTT}} done the same week; she has
        {{gestational diabetes}} and is now on the {{diabetes in pregnancy}} pathway with the
        interpreter booked for every visit. Sharing because the {{Language Line}} failure was
        invisible on the system - it just showed "attended".
    """)),
    ("health", "incident", prose("""
        Pt [[name:Arthur Penhaligon]], [[age:84]], discharged from [[organisation:Ward 6]] to
        [[organisation:Meadowbank Care Home]] for {{respite}}. {{Patient transport}} was booked to his
        home address ([[address:Rose Cottage, Fell Lane]]) because the {{discharge letter}} pulled from
        {{PAS}}. Crew arrived at the empty cottage at 19:30 and rang the ward, no answer (nurses at
        handover). They eventually rang his niece ([[phone:+44 7700 900318]]) who gave the right
        address. Arrived [[organisation:Meadowbank]] 21:10, after the home's admission cut-off, cold
        and frightened, {{catheter bag}} full. No {{transfer letter}} with him. Home manager
        [[name:Beverley]] was very good and took him anyway. Learning: check transport destination
        on the booking screen, not just the letter, and answer the ward phone at handover.
    """)),
    ("health", "near_miss", prose("""
        {{Ward pharmacist}} [[name:Hamza Siddiqui]] picked up a prescription on
        [[organisation:Ward 3]] for {{NovoRapid}} 40 units that should have been 4 units. {{EPMA}} was
        down so a paper chart was in use and the {{FY2}} had written "4u" - the "u" looked like a zero.
        The dose was drawn up but not yet given when [[name:Hamza]] queried it with the nurse. Mrs
        [[name:Bello]] is 52kg with {{CKD}}; 40 units could have killed her. This is a {{never
        event}} category. Actions: reminder to all prescribers that "units" is written in full, and
        the {{downtime}} paper charts now have "units" pre-printed. Thanks to [[name:Hamza]] and to
        the nurse ([[name:Aiyana]]) for stopping when it didn't look right.
    """)),
    ("health", "success", prose("""
        Shout out to the porters, esp [[name:Mick]] on nights. We needed a {{bariatric bed}} at 2am for
        an admission from {{ED}} and the {{equipment library}} was shut. He found one in the
        {{mortuary}} store, cleaned it down with us and had it on the ward in 25 mins. Pt didn't have to
        spend the night on a {{trolley}}. Legend.
    """)),
    ("health", "incident", prose("""
        [[name:Noah]] ([[age:9 months]]) brought to [[organisation:Kelbridge General]] {{ED}} on
        [[date:1st Dec]] with a bruise to his ear. {{Paediatric registrar}} accepted the explanation
        (fell against the cot) and he was discharged. No one knew he'd attended
        [[organisation:Dunmore MIU]] ten days earlier with a "fall" because the two systems don't
        talk, and the {{CP-IS}} check was not done as he isn't on a plan. His {{health visitor}}
        [[name:Joy Ansah]] saw the ED letter next morning and rang our {{named nurse}}. He was recalled,
        {{skeletal survey}} showed two healing {{rib fractures}}. {{MASH}} referral made
        [[date:3rd Dec]] - two days later than it should have been. Learning: {{bruising in
        non-mobile infants}} protocol applies regardless of explanation.
    """)),
    ("health", "success", block("""
        SBAR - handover to {{community nursing}}
        S: Mr [[name:Ifeanyi Nwosu]], [[age:58]], NHS [[nhs_number:391 754 4563]], {{PICC line}} for 6 wks IV {{teicoplanin}}, discharged today from [[organisation:Ward 11]].
        B: {{Osteomyelitis}} L foot, {{T2DM}}. Lives alone, [[address:Flat 2, 18 Kingsway]], [[postcode:KB9 4EQ]].
        A: Afebrile, {{CRP}} falling, mobilising with frame. Trained to flush line, confident.
        R: Daily {{OPAT}} visits, weekly bloods, PICC dressing change Thursdays. {{OPAT}} nurse [[name:Claudette]] on [[phone:01632 960544]].
        What went well: [[organisation:OPAT team]] saw him on the ward 2 days before discharge, so no delay waiting for the first home dose.
        - [[name:Jess P]], {{Band 5}}
    """)),
    ("health", "incident", prose("""
        Abnormal {{PSA}} result for Mr [[name:Robert Greenhalgh]] (known as [[name:Bob]]) was sent to
        [[organisation:Brookfield Medical Centre]] instead of [[organisation:Brookfield Surgery]] -
        two practices with similar names 20 miles apart. {{ICE}} picked the first match in the drop
        down. The wrong practice filed it as "not our patient" without telling anyone. It came to
        light when Mr [[name:Greenhalgh]] rang {{urology}} outpatients on [[date:10 July]] asking why
        he hadn't heard anything, 7 weeks after the test. Now seen under the {{2WW}} pathway. Datix
        [[case_reference:W120455]]. I've asked IT whether the practice {{ODS code}} can be shown next to
        the name in the list. Also asking practices to return misdirected results, not file them.
    """)),
    ("health", "near_miss", block("""
        [[[organisation:Ward 10]] nurses chat - copied into report with permission]
        [08:52] [[name:fatima.k]]: anyone seen the {{CD}} keys?? nights say they handed them over
        [08:55] [[name:LewisH]]: not me
        [08:57] [[name:fatima.k]]: {{Oramorph}} due bed 12 at 9
        [09:03] [[name:LewisH]]: rang [[name:Dawn]] - they're in her tunic pocket, she's on the bus
        [09:05] [[name:fatima.k]]: ringing {{site manager}} for the spare set
        [09:21] [[name:LewisH]]: spare set up from pharmacy. pt had it 09:25
        Reporter note: keys found before leaving the hospital site, returned by taxi. No doses missed
        beyond 25 mins. The {{CD register}} was checked and correct. Key handover is now signed in
        the {{CD book}} at 07:30 by both nurses. [[name:Dawn]] reported it herself as soon as she realised.
    """)),
    ("health", "incident", prose("""
        Mrs [[name:Surinder Kaur]], [[age:88]], was {{medically fit for discharge}} from [[date:4
        April]] but stayed on [[organisation:Ward 8]] until [[date:29 April]]. She needed a
        {{Pathway 1}} package (2 carers, QDS) and none was available through the
        {{reablement}} service. During the wait she developed a {{hospital-acquired pneumonia}}
        and a category 2 {{pressure ulcer}} on her sacrum, and lost confidence walking. Her
        granddaughter [[name:Harpreet]] rang the ward most days and said no one could tell her who
        was responsible. Three different {{discharge coordinators}} covered her. Raising as an
        incident because the harm came from the delay itself. Asks: a single named person for
        every {{stranded patient}} over 7 days, and weekly calls to family. [[name:M. Ogunleye]],
        {{ward manager}}
    """)),
    ("health", "success", prose("""
        Mr [[name:Frank Hunter]] ([[age:81]], {{vascular dementia}}) came in via ED very agitated,
        pulling at his {{cannula}}. His wife had brought his {{This is Me}} leaflet and the HCA,
        [[name:Chioma]], actually read it: ex-{{Royal Navy}}, likes brass band music, calls his wife
        "[[name:Peggy]]" though she's [[name:Margaret]], hates being called by his surname.
        [[name:Chioma]] put {{Colonel Bogey}} on her phone, called him [[name:Frankie]] like his mates did, and he settled within 15 minutes. No
        {{sedation}} needed, no {{1:1}} needed. We've put the leaflet on the front of the notes and
        added "read This is Me" to the {{admission checklist}} on [[organisation:Rowan Ward]].
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        17 bags for [[flight_number:NV412]] to Aberdeen were loaded on [[flight_number:NV418]] to
        Belfast on [[date:22/10]]. Both {{ATR}} turnarounds were on adjacent stands and the bags came
        off the same make-up carousel within 5 minutes. The loader worked from the bag tags on the
        cart label, not the {{LIR}}, and the {{loadsheet}} was signed against planned weights. The
        {{Captain}} of [[flight_number:NV418]] queried why the hold count was higher than the
        {{LDM}} and we offloaded them, causing a 22 min delay, but the passengers on
        [[flight_number:NV412]] still arrived without bags. Team leader [[name:Mehmet Yilmaz]]
        ([[organisation:Skyline Ground Services]]) has moved the two flights' make-up to different
        belts. {{Ground ops}} ref [[case_reference:SGS-OR-2291]].
    """)),
    ("aviation", "near_miss", prose("""
        During pushback of [[aircraft_registration:G-NVLA]] from stand 14 on [[date:3 Feb]], a {{GPU}}
        had been left on stand 15 just outside the painted lines. We had no {{wing walker}} (one
        agent off sick, not backfilled) and the {{tug}} driver couldn't see the left wingtip. The
        {{headset}} operator, [[name:Wojciech]], saw the gap closing and called "stop stop" - the
        wingtip ended about 1.5 m from the GPU. Capt [[name:Brook]] set the {{parking brake}} and we
        re-positioned. No contact. Crew and ground both felt pressure because of an {{ATC slot}}.
        Ask: minimum staffing for pushbacks on the 14/15 pair, and {{GSE}} parking audits at the
        start of each shift. {{Ramp supervisor}}, [[name:Kez]]
    """)),
    ("aviation", "success", prose("""
        {{SCCM}} report, [[flight_number:NV227]], [[date:14 Aug]]. Male passenger, approx
        [[age:60]], seat 12C, collapsed 20 mins after take-off. [[name:Lucy]] got the {{AED}} and
        {{oxygen}} while I made a {{PA}} for medical help. A nurse travelling, [[name:Ngozi]], came
        forward and took the lead with us; he had a pulse and came round within a couple of minutes.
        We spoke to {{MedAire}} through the flight deck and the {{Captain}} decided to continue as we
        were closer to destination. [[name:Tomasz]] kept the other passengers calm and moved people
        so we had space in the aisle. Paramedics met the aircraft on stand. What worked: we'd done
        the {{AED}} refresher only a month before, and everyone knew their role without being told.
    """)),
    ("aviation", "incident", block("""
        Aircraft: [[aircraft_registration:G-NVLD]] ({{ATR 72-600}})
        Sectors: [[flight_number:NV305]] / [[flight_number:NV306]]
        Date: [[date:11/04/24]]
        Reported by: {{B1 engineer}} [[name:D. Achterberg]] (licence [[case_reference:UK.66.4417329]])

        Event:
        {{Hydraulic}} seep on the left {{main gear}} reported verbally by the {{Captain}} at the
        turnaround. Not entered in the {{tech log}}. I inspected, judged it within limits, but did not
        raise an {{ADD}} because there was no entry to clear. Aircraft departed on [[flight_number:NV306]].
        Next crew found fluid on the wheel at {{outstation}} and the aircraft was {{AOG}} for 9 hours.

        Why: time pressure, verbal culture on short turns, no paperwork trigger.
        Action: all defects go in the tech log, even if "only a seep".
    """)),
    ("aviation", "success", prose("""
        Want to recognise {{First Officer}} [[name:Amara Eze]]. On the early [[flight_number:NV101]] the
        {{flight plan}} block fuel was 2,100 kg but the {{EFB}} figure we'd entered into the {{FMS}} was
        1,200 - a transposition on my part. [[name:Amara]] did her independent cross-check against
        the {{fuel docket}} from the bowser rather than just reading my number back, and picked it up
        before we closed the doors. We'd have been below {{final reserve}} on arrival if we'd gone with
        my figure and needed a hold. I was tired (third early in a row) and I'll say so in my
        {{fatigue report}}. Good {{CRM}}, good {{SOPs}}. Capt [[name:G. Fairweather]]
    """)),
    ("aviation", "near_miss", block("""
        Your role: {{Captain}}
        Aircraft type: {{Dash 8 Q400}}
        Flight: [[flight_number:NV131]]
        Phase: Taxi, night, rain

        What happened:
        Cleared to taxi to {{holding point}} A1 for runway 27. Taxiway lights partly out due to works
        ({{NOTAM}} briefed). I followed the green centreline which turned onto the {{runway}} rather
        than stopping at the {{stop bar}}, which was not lit. FO [[name:Raj]] called "stop bar, we're
        short of A1" and I stopped about 10 m before the runway edge. {{ATC}} had not noticed.

        What went right: FO monitoring the {{airport chart}}, not the lights.
        Suggestion: {{works NOTAMs}} should include a diagram; stop bars should fail-safe to red.
    """)),
    ("aviation", "incident", prose("""
        Passenger Mrs [[name:Folake Adeyemi]] ([[age:71]]) on [[flight_number:NV562]] travelled with
        her own {{powered wheelchair}}. On arrival the footplate was snapped and the joystick unit
        cracked. Our {{PRM}} agents ([[organisation:Skyline Ground Services]]) had loaded it on its side
        because the hold door was too small to load upright, and no one checked the {{battery}}
        isolation or strapped it. She was left in an airport wheelchair and her son ([[phone:+353 85
        555 0142]]) had to drive from Dublin to take her home. {{PIR}} raised, ref
        [[case_reference:KBAPIR41173]]. Replacement chair loaned by [[organisation:Mobility Hire
        Direct]] within 24 hours. Learning: the wheelchair dimension check at booking was never done,
        and agents need {{mobility aid}} handling training refreshed.
    """)),
    ("aviation", "success", block("""
        From: [[name:Mark Ellery]] <[[email:mark.ellery@northvaleair.example]]>
        To: Ramp Team B
        Subject: [[flight_number:NV118]] turnaround - thank you

        Team,

        [[flight_number:NV118]] came in 70 mins late on [[date:Friday 15 March]] with a {{dangerous
        goods}} item ({{UN3480}}) that the outstation hadn't shown on the {{NOTOC}}. [[name:Hunter]]
        spotted the label at the hold door, stopped the offload, and got the {{DG}}-trained supervisor
        before anyone handled it. We still turned the aircraft in 28 minutes and it left on its slot.

        Thanks also to [[name:Ayesha]] and [[name:Pavel]] for keeping the {{de-icing}} and {{fuel}}
        coordination going in the middle of it all.

        [[name:Mark]]
        {{Station Manager}}
    """)),
    ("aviation", "incident", prose("""
        Roster change meant I flew 4 sectors on [[date:Sunday 7th]] after a late finish (landed 23:50)
        the night before, then reported at 05:15 - legal under {{FTL}} by about 20 minutes. Crew
        control ([[name:Jonno]]) said there was no one else. On the third sector I realised I'd not
        armed the {{approach mode}} and we went through the {{localiser}}; {{FO}} [[name:Siân
        Pryce-Howell]] noticed and we re-intercepted, no {{ATC}} comment. I was not fit and should
        have called in {{fatigued}} but felt I couldn't because the last time someone did, they were
        asked to write an explanation. Aircraft [[aircraft_registration:G-NVLF]]. I'm filing a
        {{fatigue report}} too. The culture around saying "I'm too tired" needs to change.
    """)),
    ("aviation", "near_miss", prose("""
        {{De-icing}} on stand 4 at 06:10, [[flight_number:NV203]], {{Type I}} then {{Type IV}} fluid.
        The rig ([[vehicle_registration:KN17 WZT]]) operator gave the flight deck the {{holdover time}}
        from the start of the {{Type I}} application, not the {{Type IV}}, so the crew thought they
        had 35 mins less than they did - that way round is safe. But on the same shift the second
        rig crew gave a start time for {{Type IV}} that was actually the finish time, which would
        have over-stated the holdover. Caught by the {{Captain}} who queried it. Both operators were
        new this winter. Supervisor [[name:Ravinder]] has re-briefed and added the "start of final
        step" wording to the {{anti-icing code}} card.
    """)),
    ("aviation", "success", prose("""
        {{Unaccompanied minor}} [[name:Zainab Hussain]], [[age:8]], travelling on
        [[flight_number:NV340]]. Her dad was running late to collect her and his phone
        ([[phone:07700 900733]]) was off. Instead of taking her back to the office, [[name:Kerry-Ann]]
        from {{customer service}} sat with her in the {{departure lounge}}, got her a drink and a colouring book,
        and kept the {{UM}} paperwork with her at all times. She checked the ID against the {{UM
        form}} when dad arrived 40 mins later and didn't release her to the uncle who turned up
        first (not on the form). Dad complained at first but emailed later to thank us. Textbook.
    """)),
    ("aviation", "incident", prose("""
        {{Lithium battery}} {{vape}} in a checked bag caught fire in the hold bin of a loading belt
        before it went on [[aircraft_registration:G-NVLB]]. Smoke seen by [[name:Conor]], who used the
        {{fire extinguisher}} and called the {{RFFS}}. Bag belonged to a passenger on
        [[flight_number:NV451]]. 35-minute delay. The check-in agent had asked the {{DG}} question
        but the passenger said no. Reported to {{CAA}} via {{MOR}}.
    """)),
    ("aviation", "success", prose("""
        Small one: the {{dispatcher}} from [[organisation:Skyline Ground Services]], [[name:Bilal]],
        spotted that the {{loadsheet}} for [[flight_number:NV277]] used the adult {{standard mass}} for
        a group of 14 children on a school trip. Not a safety issue that way round, but he amended
        it and flagged the {{passenger manifest}} coding problem to {{load control}}. Nice attention
        to detail.
    """)),
    ("aviation", "near_miss", block("""
        Timeline (UTC) - [[flight_number:NV250]], [[aircraft_registration:G-NVLC]], [[date:28/09/24]]
        0712  Cleared climb FL150. PF ({{FO}}) set 150 in {{FCU}}.
        0713  {{Captain}} took radio call re re-route, heading change input.
        0714  FO distracted by {{TCAS}} {{TA}} (traffic 1,000 ft below, no RA).
        0715  Aircraft passed FL150 climbing - altitude capture had not armed after the heading change.
        0715  {{ATC}}: "check level". Descended back to FL150, peak FL158.
        Crew: Capt [[name:Farah Qureshi]], FO [[name:Dominic Ashe]].
        Contributing: heading change during level capture; {{PF}}/{{PM}} tasks blurred; the FO was
        on the 2nd sector after {{line training}}.
        Action: {{MOR}} filed, debriefed with [[name:Dom]] - well handled once noticed.
    """)),
    ("aviation", "incident", prose("""
        Catering {{high-loader}} [[vehicle_registration:LB66 PVC]] made contact with the forward
        {{service door}} of [[aircraft_registration:G-NVLE]] on stand 9, [[date:Tuesday 2nd April]],
        09:20. Driver was from [[organisation:Gateway Inflight Catering]], first week on the ramp, and
        raised the box before the door was fully open; no {{banksman}} present. Door seal damaged,
        aircraft out of service for 6 hours, 2 cancellations ([[flight_number:NV144]] and
        [[flight_number:NV145]]). No injuries. The catering company's induction doesn't include our
        {{stand safety}} brief. Incident ref [[case_reference:NVA-GSI-0917]]. Reported by
        [[name:K. Mensah-Bonsu]], {{duty ramp manager}}.
    """)),
    ("aviation", "success", prose("""
        Diversion of [[flight_number:NV380]] to Manchester on [[date:Sat 30/11]] due to fog. What went
        well: the {{Captain}} gave the cabin a clear {{NITS}} brief and [[name:Liam]] in {{ops
        control}} had coaches booked before we'd landed. The handling agent at the diversion airport
        got a spare {{air stairs}} to us in 20 mins. We had a passenger with {{oxygen}} needs and
        [[name:Bea]] (our {{SCCM}}) checked her concentrator battery and got her off first. Ops phone
        ([[phone:0161 496 0733]]) was answered every time we rang. 66 passengers home by road by
        midnight. Good teamwork under pressure from everyone.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind119", REPORTS))


if __name__ == "__main__":
    main()
