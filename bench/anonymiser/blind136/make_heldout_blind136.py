"""Held-out blind corpus 136: just-culture incident and learning reports for a de-identification benchmark.

Setting: a city's children's social work duty and assessment team and its family support workers;
a community trust's health visitors, school nurses and sexual health clinic; and a major airport's
air traffic control tower and airside operations. Style: what UK staff really type - rushed
lower-case notes with typos, careful narratives, chronologies and timelines, e-mails with
signatures, Teams/WhatsApp-style chat, incident forms with field labels, handover sheets,
debrief notes, and praise or shout-outs. Written blind, without sight of the system under test.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind136.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        duty note [[date:3/10]] - went out to [[address:41 Wrexham Terrace]] for {{s47}} visit re [[name:Kayden]]
        ([[age:4]]) after referral from [[organisation:Brookfield Nursery]]. no answer x2, curtains shut, buggy not in
        hall. neighbour said {{mum}} ([[name:Shannon]]) went out about 10 with the baby, didnt know where. tried mob
        [[phone:07723 418906]] straight to vm. rang {{101}} to request {{welfare check}}, told 2-3hrs. informed {{TM}}
        [[name:Bev]] who agreed {{strategy discussion}} if not seen by 5. LEARNING - we had an old number on
        {{Mosaic}}, the right one was on the nursery referral form but never uploaded. case [[case_reference:2218734]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Olamide Adeyemi]] <[[email:olamide.adeyemi@northcity.gov.uk]]>
        Sent: [[date:14 February 2024]] 16:42
        To: [[organisation:Eastside Duty & Assessment]] - all staff
        Subject: shout out - [[name:Rhys]]

        Hi all,

        Just wanted to say a proper thank you to [[name:Rhys Pritchard]] for yesterday. He was screening two separate
        contacts about different girls ([[age:14]] and [[age:15]]) and noticed the same adult male and the same flat
        above the takeaway on [[address:Carlow Street]] came up in both. He linked them on {{LCS}}, ran it past the
        {{MASH}} {{police}} desk and we had a {{strategy meeting}} by 4pm. {{CCE}}/{{CSE}} screening tool done for both.

        That's exactly the curiosity we talk about in the {{Signs of Safety}} workshops. Well done [[name:Rhys]].

        [[name:Ola]]
        {{Team Manager}}, [[organisation:Eastside Duty & Assessment]]
        Tel: [[phone:0113 496 0217]] | Mob: [[phone:07700 912354]]
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT / NEAR MISS FORM
        Ref: [[case_reference:ULY-24-03117]]
        Date of event: [[date:07/03/2024]]
        Service: Children's Social Care - Duty & Assessment
        Category: Information governance (near miss)
        Child: [[name:Zofia Nowak]]    DOB: [[date_of_birth:19/11/2011]]    {{Mosaic}} ID: [[case_reference:1904452]]
        Father: [[name:Piotr Nowak]]   NI: [[ni_number:PR582016B]]
        What happened: {{child in need}} review letter was addressed to {{father}} at [[address:7 Maple Grove]],
        [[postcode:LS9 6QT]]. Dad moved out in Jan and there is a {{non-molestation order}} protecting {{mum}}.
        Mum's new address is not to be shared with him.
        How it was caught: [[name:Precious]] in {{business support}} noticed the address didn't match the front
        sheet and held the letter back before franking.
        Action: address history corrected, {{flag}} added, letters now checked against the {{confidential address}} field.
        Reported by: [[name:K. Doyle]], {{SW}}
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY (extract) - [[name:Amari Campbell-Reid]], DOB [[date_of_birth:02.06.2019]], LCS [[case_reference:4471902]], NHS [[nhs_number:4577424630]]

        [[date:12/01]] 09:15  Contact from [[organisation:St Barnabas CE Primary]] {{DSL}} - bruise L cheek, [[name:Amari]] said "uncle did it"
        [[date:12/01]] 11:40  Allocated {{duty SW}} [[name:Hope Mensah]]. {{Strategy discussion}} w police, {{s47}} agreed
        [[date:12/01]] 15:10  Visit delayed - no pool car, SW took the bus
        [[date:12/01]] 16:45  Seen at home. Mum says fell off scooter. {{CP medical}} not requested as "consistent explanation"
        [[date:15/01]] 10:00  School report new bruising to ear. CP medical at [[organisation:Northgate Children's Hospital]] (hosp no [[case_reference:K2290174]]) same day - {{paediatrician}} view: non-accidental, pattern not consistent with a fall

        LEARNING: medical should have been requested at the first strategy discussion whatever the explanation -
        facial bruising in a child under 5 is covered by the local {{bruising protocol}}. Pool car booking raised
        with {{service manager}}.
    """)),
    ("social_care", "success", block("""
        [08:47] [[name:Marcia Thompson]]: morning all - quick shout out to [[name:Will]] from {{family support}}
        [08:48] [[name:Marcia Thompson]]: he noticed baby [[name:Esme]] ([[age:8]] wks) was sleeping in a {{car seat}} overnight, sat with {{mum}} and went through {{safe sleep}} again and got a cot from [[organisation:Little Steps Baby Bank]] same day
        [08:49] [[name:Gurpreet Sandhu]]: 👏👏 nice one
        [08:50] [[name:Will Hennessy]]: ta, {{HV}} [[name:Lorna]] had flagged it too so joint effort tbh
        [08:52] [[name:Marcia Thompson]]: still - thats exactly the {{Signs of Safety}} stuff we want. adding to {{supervision}} notes
    """)),
    ("social_care", "incident", prose("""
        Learning review summary. [[name:Leon]] is [[age:14]] and lives at [[organisation:Fernlea]], a
        {{children's home}}. He went {{missing}} on the evening of [[date:Saturday 9 March]] and was found by
        {{police}} in another city two days later with two older lads and a large amount of cash. The
        {{return home interview}} should have been offered within 72 hours but the request went to a generic inbox
        that nobody was monitoring over the {{Easter}} leave period, and it was not done until [[date:21 March]]. By
        then [[name:Leon]] had gone missing twice more. His {{IRO}} raised it. What we have learned: the RHI inbox now
        has a named owner each week, and any second missing episode in 30 days triggers a {{CCE}} screening and a
        {{strategy discussion}} automatically. Staff at [[organisation:Fernlea]] said they did not know who to chase,
        which is on us, not them.
    """)),
    ("social_care", "near_miss", block("""
        [[date:21/05/2024]], 15:02 - [[name:Shaz]]: hun about to go get [[name:Dawid]] ([[age:6]]) for {{contact}} w dad at 4 x
        [[date:21/05/2024]], 15:03 - [[name:Kerry-Ann]]: WAIT. have u seen [[name:Nadia]] email?? contact suspended, {{interim order}} came thru this morning
        [[date:21/05/2024]], 15:03 - [[name:Shaz]]: omg no. nothing on the {{contact plan}} on {{LCS}} still says 4pm [[organisation:Haverley Family Centre]]
        [[date:21/05/2024]], 15:05 - [[name:Kerry-Ann]]: its only gone to managers. ring {{mum}} and say its off, ill tell the centre
        [[date:21/05/2024]], 15:11 - [[name:Shaz]]: done. mum relieved tbh, dad had been texting her all wk
        [[date:21/05/2024]], 15:12 - [[name:Kerry-Ann]]: gonna {{datix}} it, court orders need to go to {{FSW}} team too not just the {{allocated SW}}
    """)),
    ("social_care", "success", prose("""
        Compliment logged [[date:4 April 2024]] via the {{Compliments and Complaints}} team. A {{mother}} of two wrote
        in about {{social worker}} [[name:Chidi Nwosu]]: "When [[name:Chidi]] first came I was scared she was going to
        take my kids. She explained everything, she came back when she said she would and she got us help with the
        rent arrears and a {{nursery place}} for [[name:Bobbi]]. I didn't feel judged." [[name:Chidi]] closed the
        {{Child and Family Assessment}} at {{early help}} level after 41 days with a {{family network meeting}} in
        place. {{Practice Supervisor}} [[name:Ewan MacLeod]] added that this was shared at practice week as a good
        example of relationship-based practice.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Siobhan Gallagher]]
        To: Information Governance
        Subject: DATA BREACH - wrong recipient - [[case_reference:MOS-3380125]]

        Hi,

        Reporting a breach as discussed. At 10:20 today ([[date:Thurs 11th July]]) a {{duty social worker}} sent the
        {{strategy meeting}} minutes for [[case_reference:MOS-3380125]] via {{Egress}} to [[email:j.barker@nhs.net]]
        instead of [[email:j.baker@nhs.net]] ({{autofill}}). The minutes included the child's name, DOB, school and the
        allegations against {{stepdad}}.

        Ms [[name:Barker]] rang at 10:45 to say she'd received it, has deleted it and emailed confirmation. Message
        revoked at 10:52. Parents not yet told - I've asked the {{TM}} to decide today. Do we need to go to the
        {{ICO}}? My view is no given recipient is NHS and it was revoked, but happy to be guided by the
        {{Caldicott Guardian}}.

        [[name:Siobhan Gallagher]] | Senior Practitioner | [[phone:0113 496 0388]]
    """)),
    ("social_care", "near_miss", block("""
        DUTY HANDOVER TO {{EDT}} - Fri [[date:16/08]] - from [[name:Tomasz]] ({{duty SW}})

        Child/ren                      Address                       Issue                      Plan
        [[name:Ruby-Mae Lowe]] ([[age:2]])           [[address:Flat 3, 18 Cedar Court]]      {{DA}} incident last night     police to visit, ring EDT if dad returns
        [[name:Khalid]] + [[name:Yasmin Rahimi]]         [[address:92 Ashgrove Road]]            {{private fostering}} query    visit Mon, nothing tonight
        [[name:Jaden O'Brien]] ([[age:16]])          [[organisation:Oakwood Supported Living]]    {{missing}} since 1pm          {{police}} aware, [[case_reference:CR/44120/24]]

        NEAR MISS: [[name:Ruby-Mae]] wasn't on the first version of this sheet - she was on {{Mosaic}} as "awaiting
        decision" not "open", so the report didn't pull her through. EDT ([[name:Marguerite]]) spotted the {{MARAC}}
        email and rang back at 17:20. Sheet now built from the duty tray, not the report.
    """)),
    ("social_care", "success", block("""
        DEBRIEF NOTES - joint visit, [[date:Tuesday 28 November]]
        Present: DS [[name:Aldridge]] ({{CID}}), [[name:Grace Adjei]] ({{SW}}), [[name:Fintan]] ({{FSW}}), [[name:Marta]] (interpreter)

        What went well
        - {{ABE}} interview arranged within 6 hrs - [[name:Grace]] booked the suite at [[organisation:Holbeck Police Station]] while the DS was still en route
        - siblings ([[age:9]] and [[age:11]]) seen separately before dad got home
        - {{mum}} agreed a {{safety plan}}, went to her sister's that night
        - {{Section 47}} outcome recorded within 48h

        Even better if
        - we had our own {{car seat}} - had to borrow one from police
        - interpreter booked for 2 hrs, needed 4
    """)),
    ("social_care", "incident", prose("""
        worker safety - [[name:Priya]] parked outside [[address:16 Dunmore Ave]] for home visit around 2, when she came
        out dad ([[name:Lee Hargreaves]]) was photographing her car reg [[vehicle_registration:KP19 XRT]] and said "ill
        find where u live". she left straight away. told {{TM}} on return. his on the {{warning marker}} list already
        but the marker on {{LCS}} was on the childs record not the adults so she didnt see it before going. {{lone
        working}} policy says 2 workers for flagged addresses. pls can we: move the {{flag}}, tell {{fleet}} so pool car
        [[vehicle_registration:KP19 XRT]] can be swapped. {{police}} informed ref [[case_reference:13/221087/24]].
        [[name:Priya]] shaken but ok, offered {{EAP}}.
    """)),
    ("social_care", "success", prose("""
        Good catch from [[name:Aleksandra Wiśniewska]] on duty [[date:2nd Oct]]. The {{midwife}} referral was for a
        first pregnancy according to the form and was heading for {{universal services}} advice only. [[name:Aleks]]
        did a full {{chronology}} check, found that {{mum}}'s NI number [[ni_number:JT 48 27 91 C]] matched a
        previous-address search, and rang [[organisation:Wakefield MASH]]. Two older children had been {{adopted}} in
        2019 after {{care proceedings}}. A {{pre-birth assessment}} was started at 24 weeks instead of the baby being
        born with no plan. Mum, [[name:Chantelle Moss]] (prev. [[name:Chantelle Ridley]]), is engaging well. Thank
        you [[name:Aleks]].
    """)),
    ("social_care", "near_miss", prose("""
        Near miss, {{initial home visit}} [[date:19 June]]. Family recently arrived from Sudan, {{mum}} speaks Arabic
        only. When I arrived the eldest, [[name:Mohamed]] ([[age:16]]), offered to translate and I nearly started the
        {{assessment}} with him interpreting, which would have meant him translating questions about his own
        {{father}}'s violence. I stopped, apologised and rebooked with {{Language Line}} for the next day. In the car
        I realised the booking had defaulted to "family member" for interpreter because the referral said "English:
        some". Reminder to all: never use children as interpreters, and check the {{interpreter needs}} box on the
        {{contact record}}. - [[name:Tariq Al-Masri]], {{duty SW}}
    """)),
    ("social_care", "incident", block("""
        TIMELINE - delayed referral, [[name:Lily-Rose Kaur]] ([[age:10]])

        [[date:Mon 4/11]]  {{school nurse}} [[name:Nkechi Eze]] completes {{MARF}} after disclosure of {{self-harm}} and mum's partner "shouting and pushing"
        [[date:Mon 4/11]]  sent to [[email:childrensduty@northcity.gov.uk]] - old address, mailbox decommissioned in Sept, no bounce-back
        [[date:Thu 7/11]]  nurse chases by phone, nothing on system
        [[date:Thu 7/11]]  resent to {{MASH}} secure inbox, RAG rated amber
        [[date:Fri 8/11]]  {{strategy discussion}}, {{s47}} agreed, child seen same day - safe
        Impact: 3 working days delay. Now on a {{CP plan}}.
        Actions: redirect put on old mailbox; comms to schools and health partners; website checked.
    """)),
    ("social_care", "success", prose("""
        big shout out to [[name:Summer]] in {{family support}} who sat with a v anxious {{dad}} for 2 hrs at {{A&E}}
        on [[date:Sunday 12th]] while his [[age:3]] yr old had {{stitches}}, then sorted a {{food bank}} voucher.
        above and beyond!! 💛 - [[name:jo]]
    """)),
    ("social_care", "incident", prose("""
        Lone working incident [[date:30 January]]. {{FSW}} [[name:Bill Adebayo]] did a late visit to
        [[address:Flat 12, Kestrel House]] and did not check out on {{Skyguard}}. His {{buddy}} for the day had gone
        home sick and no one picked up the buddy role, so nobody noticed he had not come back until his wife rang the
        office at 19:30. [[name:Bill]] was fine - his phone had died and he had gone straight home. The escalation
        steps in the {{lone working policy}} were not followed because the {{duty manager}} rota had a gap. Actions:
        buddy reassigned automatically when someone goes off sick; device checks added to the {{Friday}} team
        meeting; the out of hours escalation list is now pinned in {{Teams}}.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        DATIX [[case_reference:W118402]]
        Reported: [[date:09/04/2024]]    Service: Health Visiting, [[organisation:Southside 0-19 Team]]
        Infant: [[name:Noah Fairweather]]    NHS no: [[nhs_number:684 136 1563]]    DOB: [[date_of_birth:12/03/2024]]
        Description: {{new birth visit}} completed at day 24 (target 10-14 days). {{Birth notification}} went to
        [[organisation:Westfield HV team]] because the {{GP}} registration on {{SystmOne}} was still mum's old surgery.
        Family had moved to [[address:5 Orchard Rise]], [[postcode:LS11 8NB]].
        Harm: none found at visit, feeding well, weight on 25th centile. {{Red Book}} given late; no {{infant feeding}}
        support in first 3 weeks.
        Learning: weekly check of {{unallocated births}} list against {{PDS}} address rather than GP practice.
        Reporter: [[name:Sinead Kavanagh]], {{HV}}
    """)),
    ("health", "success", block("""
        From: [[name:Deborah Osei]] <[[email:d.osei@greenhillacademy.org.uk]]>
        To: [[email:schoolnursing.north@nhs.net]]
        Date: [[date:22 May 2024]]
        Subject: Thank you!!

        Dear [[name:Aoife]] and team,

        I wanted to let you know what happened on our Year 6 trip to the farm yesterday. [[name:Tyrese]] had a
        reaction after someone shared a cereal bar - lips swelling, then wheezy. Because you did the {{anaphylaxis}}
        training with us and made sure his {{individual healthcare plan}} and two {{adrenaline auto-injectors}} went
        in the trip bag, Mrs [[name:Kaur]] gave the {{EpiPen}} within a couple of minutes and called {{999}}. He was
        observed at the {{children's emergency department}} and was home by teatime. His mum asked me to pass on her
        thanks too.

        Kind regards
        [[name:Deborah Osei]]
        {{SENCo}} / Deputy {{DSL}}
        [[organisation:Greenhill Academy]]
    """)),
    ("health", "near_miss", prose("""
        Near miss at [[organisation:Hollins Street Sexual Health Clinic]] on [[date:6 Feb]]. Two patients with the same
        surname and first initial were both booked for {{results}} calls that afternoon: [[name:M. Hussain]] (clinic
        no. [[case_reference:HS-204417]]) and [[name:M. Hussain]] (clinic no. [[case_reference:HS-198830]]). The
        {{health adviser}} opened the wrong record from the call list on {{Lilie}} and was about to tell the patient
        they had a positive {{chlamydia}} result. She asked for {{date of birth}} as the second identifier, it did
        not match, and she stopped. Nothing was disclosed. The call list sorts by surname only. Actions: list now
        shows DOB and clinic number, and staff reminded to complete {{three-point ID}} before any result is given.
        The right patient was contacted later that day and booked in for {{doxycycline}}.
    """)),
    ("health", "incident", prose("""
        hv contact [[date:tues 3rd]] - [[name:kasia]] + baby [[name:Leo]] ([[age:6]] wks), {{6-8 week review}}.
        partner present whole visit, didnt leave the room so couldnt do {{routine enquiry}} re {{DA}}. mum v quiet,
        looked at him before answering everything. {{EPDS}} 14?? planned to revisit but it got rebooked as {{clinic}}
        contact by admin & partner came again. [[date:17/09]] {{police}} attended DA incident at home. learning: where
        RE not possible must be booked as home visit w same HV and flagged, not clinic. discussed w
        {{safeguarding supervisor}} [[name:J. Mwangi]]. nhs [[nhs_number:4305333872]]
    """)),
    ("health", "success", block("""
        [10:14] [[name:Bernadette Quinn]]: Shout out to @[[name:Nia Griffiths]] 🙌 yesterday at the {{drop-in}} at [[organisation:Kirkstall Valley High]] a [[age:14]] yo disclosed {{self-harm}} and a much older "boyfriend"
        [10:15] [[name:Bernadette Quinn]]: [[name:Nia]] did a really careful {{Gillick}} assessment, kept her in the room till the {{DSL}} came, got a same-day {{CAMHS}} crisis slot plus {{MASH}} referral for the {{CSE}} risk
        [10:16] [[name:Raj]]: amazing, well done [[name:Nia]]
        [10:17] [[name:Nia Griffiths]]: thanks all, couldnt have done it without Mr [[name:Doherty]] tbh
        [10:20] [[name:Bernadette Quinn]]: adding it to the {{Safeguarding Assurance}} report 😊
    """)),
    ("health", "incident", block("""
        COLD CHAIN BREACH - school-age immunisation team - [[date:Mon 13 Nov]]

        07:50  [[name:GH]] arrives, {{vaccine fridge}} display 11.4C, {{datalogger}} alarm not sounding
        08:05  max/min reset not done at close-down - last recorded reading 16:30 before the weekend (4.9C)
        08:10  {{HPV}} ({{Gardasil 9}}) x240 and {{MenACWY}} x180 quarantined, labelled DO NOT USE
        08:30  {{pharmacy}} and team lead informed; manufacturer stability data requested
        09:15  session at [[organisation:St Aidan's RC High]] postponed, school informed
        14:00  manufacturer advice: time above 8C exceeded, stock destroyed (approx £26k)

        Contributory: datalogger battery flat; Friday close-down checklist not completed by agency staff; no
        {{out-of-hours}} alarm.
    """)),
    ("health", "near_miss", block("""
        HV TEAM HANDOVER - transfer out ([[date:28/06/24]])
        Family: [[name:Ngozi Okonkwo]] & children
        Children: [[name:Chisom]] ([[age:3]]) NHS [[nhs_number:6402468878]]; [[name:Ezinne]] ([[age:11]] mo) NHS [[nhs_number:4237408590]]
        Moving to: [[address:23 Beaumont Gardens]], Bradford [[postcode:BD7 2LX]]
        Status: {{child protection plan}} - neglect

        NEAR MISS: transfer was processed as {{universal}} by admin and the {{SystmOne}} record sent without a
        {{safeguarding}} handover call. Picked up by [[name:Kofi Mensah]] (HV) when the {{core group}} invite came
        through. Rang receiving team [[organisation:Bradford West 0-19]] same day, CP info shared, joint visit booked
        with the new {{social worker}}.
        Action: transfer template now asks "open to social care? y/n" before it can be sent.
    """)),
    ("health", "success", prose("""
        Debrief - {{PEPSE}} attendance, [[date:Saturday 2 March]]. A [[age:15]] year old, [[name:Sky]], came to the
        walk-in asking for PEP after "a party". {{Nurse}} [[name:Folasade]] noticed she'd been given a lift by a man in
        his 30s who waited in the {{car park}}, that she had two phones, and that she didn't know the address of the
        party. She used the {{Spotting the Signs}} proforma, kept her in clinic, and called {{EDT}} and {{police}}. The
        car reg ([[vehicle_registration:YD68 FHU]]) was passed on. [[name:Sky]] was given PEP,
        {{emergency contraception}} and a follow-up at [[organisation:The Corner]] young people's service. What went
        well: staff trusted their gut, and the receptionist ([[name:Dilys]]) quietly kept the man talking at the
        desk. Even better if: weekend clinic had a safeguarding lead on site.
    """)),
    ("health", "incident", block("""
        Subject: Incident - results letter to home address - [[case_reference:DW-120977]]

        Patient [[name:Aaliyah Greene]], clinic no [[case_reference:HS-211093]], attended [[date:10 Jan]] and ticked
        "{{SMS}} only, no letters" at registration. On [[date:24 Jan]] a letter confirming a positive {{syphilis}}
        result and treatment appointment was posted to [[address:57 Thornbury Road]], [[postcode:LS12 3DF]], her
        parents' address. Her mum opened it. Patient rang very distressed on [[date:26 Jan]].

        Cause: contact preference is a free text field on {{Lilie}}; the {{recall}} letter template pulls the
        registered address regardless. The {{health adviser}} was covering from another site and didn't know.

        Actions: apology by phone and in person ({{Duty of Candour}} - {{moderate harm}}, psychological), template
        switched off, change request raised.

        [[name:Tendai Moyo]]
        {{Lead Nurse}}, [[organisation:Hollins Street Sexual Health Clinic]]
        [[phone:0113 496 0552]]
    """)),
    ("health", "near_miss", block("""
        SCHOOL IMMS - NEAR MISS REPORT
        School: [[organisation:Burley Park Primary]]      Date: [[date:17 October 2023]]
        Vaccine: {{Fluenz Tetra}} ({{LAIV}}) nasal spray
        Child: [[name:Yusuf Rahman]], Yr 2, DOB [[date_of_birth:04/01/2016]]
        What happened: {{e-consent}} said YES but dad phoned the school office on Monday to say they did not want the
        porcine {{gelatine}} product and asked for the {{injectable}} alternative. Office wrote it on a post-it.
        Caught by: [[name:Halima]] ({{HCA}}) at the second check against the school list - saw the post-it on the register.
        Outcome: LAIV not given. {{inactivated flu vaccine}} given at catch-up clinic with consent.
        Learning: schools must not take consent changes - parents directed to the team on [[phone:0113 496 0701]].
    """)),
    ("health", "success", prose("""
        Learning from good practice. At the {{9-12 month review}} {{HV}} [[name:Rosie Llewellyn]] noticed that
        [[name:Ibrahim]] ([[age:10]] months, NHS [[nhs_number:675 445 3737]]) had dropped from the 50th to below the
        9th centile on the {{UK-WHO growth chart}} since his last weight. Mum had been told at a {{baby clinic}}
        drop-in that he was "just a slim baby". [[name:Rosie]] looked at the whole picture - eczema, loose stools,
        crying after feeds - did an {{ASQ-3}}, discussed with the {{GP}} the same day and he was referred to the
        {{paediatric dietitian}}. He was diagnosed with {{cow's milk protein allergy}} and is now back on the 25th
        centile. Mum emailed: "you were the first person who listened to me." Learning: plot every weight, every
        time, and look at the trajectory, not one reading.
    """)),
    ("health", "incident", block("""
        Incident: clinical photo shared on personal WhatsApp. Screenshot from group "SN North 💉", [[date:8 March]]:

        [14:22] [[name:Becca]]: [photo] can anyone tell me if this looks like {{scabies}}?? yr 4 at [[organisation:Meanwood CE Primary]], mum says itchy 2 wks
        [14:25] [[name:Tanvir]]: looks like it tbh, has she seen {{GP}}? {{permethrin}} for whole family
        [14:26] [[name:Becca]]: will tell mum
        [14:40] [[name:Sarah W]]: guys we shouldnt be sending photos on here!! pls delete, use {{Accurx}} or the work phone

        Photo showed the child's face and school jumper logo. Deleted by all 5 members by 16:00. {{IG}} informed.
        Reminder: {{WhatsApp}} is not approved for patient-identifiable information.
        Reported by: [[name:Sarah Whitworth]], {{Band 6}} school nurse, [[phone:07911 523408]]
    """)),
    ("health", "success", prose("""
        Good catch - well done to [[name:Marcus]] on reception at the {{sexual health clinic}} on [[date:Weds 15th]].
        A young man checking in said he "didn't see the point any more". [[name:Marcus]] didn't just pass it on, he
        took him to the quiet room, told the {{nurse in charge}} and stayed with him until the {{Crisis Team}} call.
        He was seen by {{mental health liaison}} the same night and has since been back for his {{HIV}} test. This is
        what {{Making Every Contact Count}} looks like.
    """)),
    ("health", "incident", block("""
        TIMELINE - staff injury on home visit
        [[date:14/08/2024]] 11:05  {{HV}} [[name:Lowri Evans]] arrives [[address:Ty Gwyn, 3 Pendle Way]] for {{2 year review}} of [[name:Jayden]] ([[age:2]])
        11:06  Asks dad to put dog (XL bully type) in another room - told "he's soft"
        11:20  Dog comes in when toddler opens door, bites [[name:Lowri]]'s left forearm
        11:35  Leaves, rings {{line manager}}; dad apologetic
        12:40  Seen at [[organisation:Northgate General]] {{A&E}}, wound cleaned, {{tetanus}} up to date, {{co-amoxiclav}} started
        [[date:15/08/2024]]  {{RIDDOR}} not reportable (under 7 days off), Datix done, police informed re dog
        Learning: "dogs secured before visit" is in the {{home visit risk assessment}} but was not asked at the
        booking call. Now a required question.
    """)),
    ("health", "near_miss", prose("""
        near miss sat clinic [[date:20/4]] - pt [[name:ellie]] ([[age:19]]) being treated as {{chlamydia}} contact,
        {{PGD}} for {{doxycycline}} 100mg bd 7 days. i was about to hand over the pack when she mentioned period was
        "a bit late". did {{pregnancy test}} - positive. doxy contraindicated in pregnancy so switched to
        {{azithromycin}} per {{BASHH}} guidance & referred for {{pregnancy options}}. LEARNING: PGD checklist has the
        pregnancy q but we'd got into habit of asking "any chance ur pregnant" which ppl say no to. now asking LMP
        date every time. clinic no [[case_reference:HS-220156]] - [[name:mo]] (nurse)
    """)),
    ("health", "success", block("""
        Dear {{School Nurse Team}},

        I just wanted to write and say thank you to [[name:Rose]] who has been seeing my son [[name:Cian]] at the
        {{enuresis}} clinic since {{September}}. He is [[age:9]] and was so embarrassed he wouldn't go on sleepovers.
        [[name:Rose]] was so kind and never made him feel bad, she got him the {{alarm}} and explained the
        {{desmopressin}} to us properly. He has now been dry for 6 weeks and went on the {{residential}} to
        [[organisation:Bewerley Park]] last week!!

        Thank you so much,
        [[name:Mairead Flanagan]]
        ([[name:Cian]]'s {{mum}})
    """)),
    ("health", "incident", prose("""
        Debrief - {{SystmOne}} outage, [[date:Tuesday 5 December]]. The clinical system was unavailable across the
        0-19 service from 08:40 to 15:10. The {{Business continuity}} plan was activated at 09:30 but the paper
        {{downtime}} packs in two of the four bases were out of date and did not include the current
        {{safeguarding}} alert list. Three {{new birth visits}} went ahead without staff being able to check for
        {{CP plans}}; all three were checked afterwards and none were open to social care. {{Clinic}} appointments
        ran from lists printed the day before. What worked: hourly updates from the {{IT service desk}}, and team
        leads phoning staff in the field. Actions: downtime packs checked monthly by a named admin, and the
        safeguarding list printed to a locked drawer weekly.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        OCCURRENCE REPORT (internal) / {{MOR}} ref [[case_reference:MOR-2024-0412]]
        Date/time: [[date:18/04/2024]] 06:52 local
        Location: {{runway 27R}}, holding point A3
        Type: {{runway incursion}} - airside vehicle
        Vehicle: Ops 3, reg [[vehicle_registration:WU21 KDF]], driver [[name:Gareth Price]] ({{ADP}} holder, runway permit)
        Aircraft: [[flight_number:EZY2241]], {{A320neo}} [[aircraft_registration:G-UZHJ]], on 2 NM final
        Summary: Ops 3 crossed the lit {{stop bar}} at A3 for a runway inspection without clearance, having misheard
        "hold short" as "cross". {{ATCO}} saw the vehicle on {{ASMGCS}} and instructed [[flight_number:EZY2241]] to
        {{go around}} at approx 1.5 NM. No loss of separation below minima.
        Actions: driver stood down from runway driving pending reassessment; full read-back of "hold short" in all cases.
        Reporter: [[name:D. Kowalczyk]], {{ADC}}
    """)),
    ("aviation", "success", block("""
        From: [[name:Helen Strachan]]
        To: Tower Watch C
        Subject: Good catch [[date:Sun 7 July]]

        Team,

        Quick note to recognise [[name:Callum]] on {{GMC}} that afternoon. At 14:10 [[flight_number:RYR4KM]]
        ({{B737-800}}, [[aircraft_registration:EI-EVK]]) read back the taxi route correctly but then turned onto
        Bravo towards the closed section ({{NOTAM}} in force for works). [[name:Callum]] spotted it on the
        {{surface movement radar}}, stopped the aircraft and re-routed with a {{follow-me}}. Crew thanked him on
        frequency.

        Also flagged: the works {{signage}} at B4 was missing. Airside Ops replaced it within the hour.

        Well done [[name:Callum]].

        [[name:Helen Strachan]] | {{Watch Manager}} ATC | [[organisation:Northport Airport]]
        [[phone:01632 960 418]]
    """)),
    ("aviation", "near_miss", block("""
        DEBRIEF - dual stand allocation, [[date:02/08/2024]]
        Attendees: {{AOC}} duty manager [[name:Imran Qureshi]], stand planner, [[organisation:Skyline Ground Services]] supervisor, {{marshaller}} [[name:Mark]]

        What happened: [[flight_number:LS889]] ({{A321}}) was allocated {{stand 14}} by {{RMS}}, which showed the stand
        free because an {{off-blocks}} time had been entered for [[flight_number:BY6142]] ({{B737 MAX 8}}) - but its
        pushback was delayed and it was still on stand. {{GMC}} cleared [[flight_number:LS889]] to 14. [[name:Mark]]
        saw the stand was occupied, did not switch on the {{VDGS}}, and radioed AOC. [[flight_number:LS889]] held on
        the taxiway, re-allocated to stand 17.

        Learning: RMS off-block time comes from the handler's message, not actual movement. Planner to confirm with
        ramp before re-use inside 10 min.
    """)),
    ("aviation", "incident", block("""
        TWR LOG EXTRACT [[date:11/09/2024]]
        0714  [[flight_number:BAW1472]] ({{A319}} [[aircraft_registration:G-EUPX]]) dep RWY 27L
        0715  [[flight_number:BAW1472]] reports {{bird strike}}, gulls at rotation, engines normal, continuing
        0716  {{Bird control}} ([[name:Tony]]) asked to sweep 27L; {{runway}} inspection requested
        0731  remains of 4 herring gulls recovered, 1 on {{taxiway}} link; RWY reopened 0738 (2 arrivals held)
        0802  company advise a/c returning, {{engine}} vibration indication
        0841  [[flight_number:BAW1472]] landed without incident, {{AFRS}} standing by

        Note added by watch supervisor: the 0600 patrol log said "gulls on grass area west" but this did not make
        it onto the {{ATIS}} or to the ADC. Bird activity to be a standing item on the patrol-to-tower call.
    """)),
    ("aviation", "success", block("""
        Teams - airside-ops-tower - [[date:23 Nov]]
        [05:31] [[name:Kirsty Ballantyne]]: fog rolling in fast, RVR 600 and dropping on 27R
        [05:32] [[name:Dev]]: ops ready for {{LVP}}, {{ILS}} sensitive area protection going out now
        [05:40] [[name:Kirsty Ballantyne]]: LVPs in force 0540. {{RVR}} 350
        [05:52] [[name:Marek Zieliński]]: all vehicles clear of the {{ILS critical area}}, {{Cat III}} ok from our side
        [06:45] [[name:Kirsty Ballantyne]]: 31 arrivals, 0 go-arounds. thanks everyone, slickest LVP changeover ive seen. special mention [[name:Dev]] for getting the {{taxiway centreline lights}} fault fixed at 5am
        [06:47] [[name:Dev]]: team effort, sparks were on it fast 💪
    """)),
    ("aviation", "incident", prose("""
        airside driving - [[date:Fri 15/3]] approx 23:40, white transit [[vehicle_registration:LB70 NZC]]
        ([[organisation:Aero Catering Solutions]]) clocked approx 40mph on the {{apron}} road behind {{stands 30-36}}
        (limit 15). nearly hit a {{baggage tug}} crossing from {{stand 33}}. driver [[name:Ionut Popescu]] stopped by
        {{airside ops}}, {{ADP}} withdrawn pending {{Airside Safety}} review. {{CCTV}} requested. 2nd one for this
        company this month - raised w their manager. [[name:dean]]
    """)),
    ("aviation", "near_miss", block("""
        CHRONOLOGY - FOD found on runway [[date:27 Jan 2024]]
        05:58        dawn {{runway inspection}} ({{Ops 1}}), 27R clear
        06:00-08:15  34 movements
        08:17        [[flight_number:EXS51JD]] ({{B757}} [[aircraft_registration:G-LSBX]]) reports "something metallic" near the C intersection after line-up
        08:18        RWY closed, 2 arrivals held, 1 {{go-around}} ([[flight_number:KL1089]])
        08:26        Ops 1 recovers metal bracket approx 15 cm
        08:31        RWY reopened after {{sweep}}
        09:40        engineering match bracket to a type on [[flight_number:EZY6113]], departed 07:50; operator informed, missing bracket confirmed at destination
        Learning: {{FOD}} was on the runway for up to 27 min. Crew reports worked. Review inspection frequency in the morning peak.
    """)),
    ("aviation", "success", prose("""
        Letter of thanks received [[date:3 May 2024]] from the {{Captain}} of [[flight_number:EI3262]] ({{ATR 72}},
        [[aircraft_registration:EI-FAV]]). The crew declared a {{MAYDAY}} for a passenger in {{cardiac arrest}}. The
        {{ADC}}, [[name:Fatima Bello]], gave them a straight-in, held two departures and had {{paramedics}} and
        {{AFRS}} waiting on stand. The cabin crew had used the {{defibrillator}} on board and the passenger was
        handed over with a pulse; we are told he is recovering. Capt [[name:Seán Ó Briain]] and {{FO}}
        [[name:Gemma Tully]] wrote that the tower "made a very bad day as easy as it could be" and can be contacted
        on [[phone:+353 87 412 6690]].
    """)),
    ("aviation", "incident", block("""
        From: [[name:Stuart McAllister]] (ATC Engineering)
        Subject: Occurrence - loss of TWR primary frequency [[date:19/06]]

        All,

        Between 13:02 and 13:09 the {{Tower}} primary frequency {{118.700}} transmitter failed. ATCOs switched to the
        {{standby}} set within 90 seconds but two aircraft on approach were not in contact for about 2 minutes;
        both were transferred back by {{Approach}}. Cause: a {{UPS}} fault after planned maintenance that was not
        tested under load. Actions: post-maintenance {{load test}} added to the procedure; standby changeover to be
        practised in the next {{TRM}} day.

        [[name:Stuart]]
        [[phone:+44 (0)1632 960 841]]
    """)),
    ("aviation", "near_miss", block("""
        SAFETY REPORT - NEAR MISS
        Ref: [[case_reference:ASR-24-0977]]
        Date: [[date:12 August 2024]]    Time: 19:48 local
        Reported by: {{ADC}} [[name:Layla Haddad]]
        Aircraft: [[aircraft_registration:N512FX]] ({{Gulfstream G650}}), 4 NM final RWY 27R
        Details: crew of [[aircraft_registration:N512FX]] reported a {{drone}} passing approx 100 ft below, right side,
        at about 1,200 ft. Following traffic [[flight_number:BA1326]] informed. {{Police}} drone team tasked, {{FRZ}}
        breach. No {{go-arounds}} needed.
        Outcome: operator located in a park, {{DJI Mini}} seized, crime ref [[case_reference:CR/71806/24]].
    """)),
    ("aviation", "success", block("""
        DEBRIEF NOTE - fuel spill, {{stand 41}}, [[date:Wed 29 May]]
        15:20  [[organisation:Meridian Aviation Fuels]] hose coupling failed refuelling [[aircraft_registration:G-TUKZ]] ({{B787-9}}), approx 200 L {{Jet A-1}} on stand
        15:21  fueller hit the {{emergency stop}}, called {{222}}
        15:24  {{AFRS}} on scene, boarding paused
        15:30  Airside Ops ([[name:Kemi Adeyinka]]) got the {{spill kit}} down and drain covers on before fuel reached the {{interceptor}}
        16:45  stand reopened, [[flight_number:TOM126]] departed 1h25 late

        Went well: textbook response, no environmental release, handler kept passengers informed.
        Even better if: the spill kit had been refilled after last use.
    """)),
    ("aviation", "incident", block("""
        WATCH HANDOVER - TWR - [[date:04/10/24]] 13:30 (B watch to C watch)
        Runway in use:  27R dep/arr
        {{ILS}} 27R:    {{glidepath}} U/S, LOC only
        Staffing:       [[name:AB]] on GMC until 15:00, [[name:PS]] {{OJTI}} with trainee
        Wx:             CAVOK, wind 250/12

        ADDED BY C WATCH SUPERVISOR ([[name:Alison Murray]]): taxiway K closure east of K2 was not on this sheet,
        only on the {{NOTAM}} board. At 14:05 the GMC trainee routed [[flight_number:VS25]] ({{A350-1000}}) via K. Crew
        queried "is K not closed?" and [[name:PS]] intervened. No aircraft entered the works area.
        Learning: sheet to have a mandatory "closures" line; {{TRM}} session on {{handover}}.
    """)),
    ("aviation", "near_miss", block("""
        [[date:03/12/2023]], 18:41 - [[name:Big Tel]]: lads near miss on {{stand 22}} just now
        [[date:03/12/2023]], 18:42 - [[name:Big Tel]]: {{apron bus}} came round the back of the {{A321}} inside the {{wingtip clearance line}}, [[name:Patrick]] on {{wingwalker}} waved him down, stopped about a metre off the {{winglet}}
        [[date:03/12/2023]], 18:44 - [[name:Sandeep]]: was that the new driver?
        [[date:03/12/2023]], 18:45 - [[name:Big Tel]]: yeah agency, 2nd week. no {{ADP}} familiarisation on the new stand layout
        [[date:03/12/2023]], 18:52 - [[name:Sandeep]]: ive put a {{safety report}} in. [[name:Patrick]] deserves a medal
    """)),
    ("aviation", "success", block("""
        Subject: Thank you, tower

        To whoever was on Tower around 16:30 on [[date:Friday 19th]] - thank you. We had a {{hydraulic}} caution on
        approach in [[aircraft_registration:G-OBZX]] ({{Embraer 175}}) and the controller gave us exactly what we
        needed: a {{long final}}, a quiet frequency, and {{AFRS}} standing by without us having to ask twice.
        Landed normally. Great job.

        {{Capt}} [[name:R. Halloran]]
        [[organisation:Saltire Regional]]
    """)),
    ("aviation", "incident", prose("""
        Just culture review following a {{wake turbulence}} spacing error on the night of [[date:14 February]]. A
        single {{ATCO}} was working combined {{Tower}} and {{GMC}} positions after a colleague went home sick, and
        cleared an {{A320}} ([[flight_number:EZY837]]) for take-off 1 minute 10 seconds behind a heavy {{B777}}
        departure, where 2 minutes was required. The crew queried the spacing and delayed their roll, so no harm
        resulted. The controller had been on position for over five hours without a break because relief was not
        called in, and the {{SRATCOH}} limit was exceeded. The review found the controller was not at fault: the
        system allowed combined positions at night without a {{fatigue}} check. Actions: the {{watch supervisor}}
        must call in relief, and the rostering tool now flags any gap. The controller's own account was candid
        and is the reason we understand what happened: they described feeling "behind the traffic" for the last
        hour but not wanting to leave the position unstaffed. We want people to say that out loud on the night.
        The unit's {{safety culture}} survey had already picked up that night staff felt unable to ask for relief,
        and that finding was not acted on. This will be discussed at every watch briefing next month.
    """)),
    ("aviation", "success", block("""
        CHRONOLOGY - lost student pilot, [[date:Sat 22 June]]
        15:12  {{Squawk}} {{7700}} seen, {{PA-28}} [[aircraft_registration:G-BXTW]] 6 NM south, inside {{CTR}} without clearance
        15:13  pilot (student, solo) on {{121.5}}: "lost and low on fuel"
        15:14  {{ADC}} [[name:Chloe Ng]] takes the call, gives headings to 27L
        15:20  two departures held incl [[flight_number:EZY1947]] at the {{holding point}}
        15:29  [[aircraft_registration:G-BXTW]] lands 27L, {{follow-me}} to GA apron
        15:40  student ([[age:19]]) met by airside ops, shaken, approx 20 min fuel left
        16:10  [[organisation:Airedale Flying Club]] informed, instructor [[name:Gwyn Pryce]] collects
        Outcome: landed safely. Praise to [[name:Chloe]] for calm RT and to airside ops.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind136", REPORTS))


if __name__ == "__main__":
    main()
