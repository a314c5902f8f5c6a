"""Held-out blind corpus 91: neonatal units, health visiting and family nurse partnership; private
fostering and kinship care (including special guardianship and Regulation 24 placements); and airport
ground handling, ramp, baggage and fuelling. Reports are written as shift handover logs with times,
WhatsApp-style group chat excerpts pasted into the form, short incident forms with field labels and
plain free-text prose, by a mix of nurses, social workers, family nurses, ramp agents and refuellers.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind91.jsonl"

REPORTS = [
    # ---------------------------------------------------------------- social care (17)
    ("social_care", "incident", block("""
        Incident form - Children's Services
        Ref: [[case_reference:INC-24-0917]]
        Date of event: [[date:02/09/2024]]
        Team: [[organisation:Westbrook Fostering & Kinship Team]]
        Reported by: [[name:Dawn Pickering]], {{senior practitioner}}
        What happened: {{DSL}} at [[organisation:St Aidan's RC Primary]] rang to say [[name:Mateo]] ([[age:9]])
        has been living with his "aunt" since Easter and nobody had told us. Turns out she is his great-aunt,
        so it IS {{private fostering}} (great-aunts aren't relatives under the {{Children Act 1989}}).
        {{Mum}} is working in Portugal and thought it was just family helping out.
        Immediate action: statutory visit done by me on [[date:5 Sept]]. Checks started, {{DBS}} requested.
        Learning: schools in the cluster don't know the definition. Leaflet going out via the
        {{Education Safeguarding}} newsletter.
    """)),
    ("social_care", "success", block("""
        [pasted from Kinship Team WhatsApp]
        [08:12] [[name:Shaz K]]: morning all, {{SGO}} support plan for the [[name:Adeyemi]] kids went to panel yesterday 🎉
        [08:13] [[name:Tomasz]]: brilliant!! was that the one [[name:Bev]] was worried about re money?
        [08:15] [[name:Shaz K]]: yes - panel agreed the {{Special Guardianship Allowance}} AND the {{Kinship Connected}} referral. {{grandad}} nearly cried
        [08:15] [[name:Hope W]]: that's down to [[name:Shaz]] doing the {{means test}} with him at the kitchen table not over email tbh
        [08:17] [[name:Bev]]: 👏 credit to the {{Family Group Conference}} too, Aunty [[name:Precious]] doing the school runs made the plan work
        [08:18] [[name:Tomasz]]: putting this in the learning log for [[date:14 Oct]]
    """)),
    ("social_care", "incident", block("""
        {{Emergency Duty Team}} - handover to Mon day team
        Sat [[date:19 Oct]]
        19:40 PC [[name:Lane]] rang - [[name:Kayden]] ([[age:14]]) at grandparents' under {{Reg 24}} temporary approval, {{nan}} says she can't cope, he punched a door. No injuries.
        20:15 Spoke to nan (Mrs [[name:Rowe]]) on [[phone:07700 900417]]. Calmer but wants him gone tonight.
        20:50 No in-house beds. Uncle [[name:Dev]] offered.
        21:30 {{Mosaic}} wouldn't load on the laptop (VPN) so couldn't check the file.
        22:10 {{manager on call}} [[name:G. Harrow]] agreed overnight with uncle pending checks. [[name:Kayden]] dropped at [[address:27 Marlowe Rise]], [[postcode:LS11 6QT]] at 22:45.
        Sun 09:20 Mosaic back - uncle has a 2022 DV alert (ex-partner). Collected [[name:Kayden]] and returned him to Mrs [[name:Rowe]] with a safety plan at 10:30.
        ISSUE: no out-of-hours access to case notes. IT ref [[case_reference:SR-558120]].
        Please ring nan Mon am, {{IRO}} needs telling. Case no [[case_reference:CS-0448213]].
        - [[name:Mo]] (EDT)
    """)),
    ("social_care", "near_miss", prose("""
        Near miss. I was finishing the {{Special Guardianship}} assessment for [[name:Ruby-Mae]]
        ([[date_of_birth:11/02/2019]]) and went to email the draft to her grandmother Mrs [[name:Okonjo-Barnes]].
        {{Outlook}} autofilled [[email:l.barnes77@example.com]], which is birth dad [[name:Lee Barnes]], who is on
        our system because we consulted him earlier. The report has gran's address in it
        ([[address:Flat 3, Kestrel Court]]) and he must not know where [[name:Ruby-Mae]] lives as there is a
        {{non-molestation order}}. I only noticed because the little photo icon was a man. Correct address was
        [[email:pat.okonjobarnes@example.co.uk]]. Nothing was sent. Learning: autocomplete is dangerous when
        family members share surnames. Our team now send {{SGO}} reports through {{Egress}} with the address typed
        out in full and checked by a second person before it goes.
    """)),
    ("social_care", "success", prose("""
        Good practice to share. [[organisation:Harrowgate Park Academy]]'s admissions officer, [[name:Faith Mensah]],
        flagged that a new {{Year 10}}, [[name:Wen]] ([[age:15]]), had come over from Hong Kong and was living with a
        family friend, not her parents. [[name:Faith]] knew straight away this was probably {{private fostering}}
        and notified us the same day instead of waiting for the {{DSL}}. We visited within 7 days, the {{host carer}}
        Mrs [[name:Lau]] was really open, and the parents joined by video with an {{interpreter}}. Checks were all clear
        by [[date:14 October]]. What made it work: the school's enrolment form now asks "who does the child live
        with and are they a parent or close relative?" I'd recommend every secondary adds that question.
        — [[name:Rosa]], {{Private Fostering Officer}}
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT
        Ref no: [[case_reference:KC/2024/1187]]
        Date/time: [[date:Thurs 7 Nov]], approx 15:30
        Location: [[organisation:Brambles Family Centre]], contact room 2
        Child: [[name:A.M.]] ([[age:6]])
        Staff involved: [[name:Joy Fairweather]] ({{contact worker}}, agency)
        Description: supervised contact between [[name:A.M.]] and birth {{mum}}. [[name:Joy]] left the room for about 10 mins to take a call. Mum used the time to give [[name:A.M.]] a number and say "ring me at nanny's". {{Kinship carer}} (maternal gran) found the note in her coat pocket: [[phone:07700 900862]].
        Harm: no direct harm, child upset.
        Actions: contact suspended pending review; {{team manager}} told; {{contact plan}} to be redrafted.
        Contributing factors: agency worker was never given the {{contact risk assessment}}, only the booking sheet.
        Reporter: [[name:Sunny Bhatt]], {{kinship social worker}}
    """)),
    ("social_care", "near_miss", block("""
        Pasted from Fostering Duty WhatsApp:
        [09:02] [[name:Frank]]: anyone know if the [[name:Kowalczyk]] carers got their {{Reg 24}} extension? 16 weeks is up {{friday}}
        [09:04] [[name:jess p]]: ??? i thought [[name:Gosia]] did the extension request
        [09:05] [[name:Gosia]]: no im on leave from tomorrow, assumed [[name:Frank]] had it. tracker just says "pending"
        [09:06] [[name:Frank]]: nope. if it isn't signed by fri the approval lapses and the kids are technically placed unlawfully 😬
        [09:10] [[name:jess p]]: ok {{ADM}} is in today, i'll walk it over now
        [11:47] [[name:jess p]]: signed, 8 week extension ✅ {{fostering panel}} booked for the full {{Form C}}
        [11:48] [[name:Frank]]: lifesaver. tracker needs an owner column
    """)),
    ("social_care", "success", block("""
        Kinship Support Line - shift log [[date:Mon 3 March]]
        08:30 Line open. [[name:Robin]] + [[name:Amira]] on.
        09:15 Mr [[name:Hussain]] (grandad, {{SGO}} since 2021) - school say grandson needs an {{EHCP}}, didn't know where to start. Talked through {{SEND}} local offer, link sent.
        11:05 Mrs [[name:Achterberg]] rang - school refused {{Pupil Premium Plus}} as child "not looked after". Child is on an SGO so IS eligible. [[name:Robin]] rang business manager at [[organisation:Fernhill Primary]], sorted by 12:00.
        13:30 Drop-in at [[organisation:Northgate Library]] - 4 carers, 2 new.
        15:50 [[name:Amira]] did safety planning with a carer whose daughter turned up drunk. Police not needed. Recorded on {{LCS}}.
        16:30 Handover: [[name:Achterberg]] family - ring back Wed to confirm PP+ applied.
        What went well: [[name:Robin]] knowing PP+ rules cold.
    """)),
    ("social_care", "incident", prose("""
        {{Initial Health Assessment}} missed for a child placed with kin out of area. [[name:Tyler-James]]
        ([[age:2]]) was placed with his aunt [[name:Leanne Scholes]] in the next county. The {{IHA}} request went to
        our own {{LAC Health}} team, who bounced it back to a generic inbox nobody checks
        ([[email:lacreferrals@example.gov.uk]]). By the time {{IRO}} [[name:Bill Arkwright]] spotted it at the first
        review on [[date:28 January]] it was 9 weeks overdue and [[name:TJ]] had also missed his {{MMR}}. No lasting
        harm, the GP at [[organisation:Moorside Medical Practice]] saw him within the week. Learning: out-of-area IHA
        requests must go to the host area's team with a named contact, and the {{social worker}} should ask for a
        read receipt. Datix [[case_reference:W214476]].
    """)),
    ("social_care", "success", block("""
        Learning Report - what went well
        Team: [[organisation:Eastfield Connected Persons Team]]
        Date: [[date:21/05/2025]]
        Summary: viability assessment on maternal grandparents for baby [[name:Zainab]] done in 9 days.
        What worked:
        - Court timetable ({{PLO}}) known from day 1, so assessing SW [[name:Hunter Gill]] booked all visits up front
        - Grandparents' {{DBS}} and medicals fast-tracked via [[organisation:Lindley Surgery]]
        - {{Sylheti}} interpreter booked for every visit, not just the first
        - {{Family Group Decision Making}} meeting held before the assessment, not after
        Outcome: positive viability; full {{connected person assessment}} under way.
        Contact: [[email:h.gill@example.gov.uk]] / [[phone:0113 496 0735]]
    """)),
    ("social_care", "incident", block("""
        Data incident - chat text copied below, names left in for the investigation only.
        [19:22] [[name:Marisol]]: can someone check [[name:Ibrahim Touré]] DOB for the {{PF notification}}, I've got [[date_of_birth:03/08/2009]]
        [19:22] [[name:Marisol]]: he's at [[address:41 Quarry Bank]], [[postcode:B23 7HN]] with the {{host family}}
        [19:25] Auntie [[name:Pam]]: 🤔 love I think this is meant for your work group x
        [19:26] [[name:Marisol]]: omg deleting now
        Reporter notes: sent to the worker's own family group (14 members) instead of the team group. Deleted for everyone within 4 mins but 2 people had read it. {{Information Governance}} notified [[date:12/03]], ref [[case_reference:IG-2025-0213]]. {{ICO}} threshold not met per the {{DPO}}. Learning: no more work chats on personal phones, moving to {{Teams}} only.
    """)),
    ("social_care", "near_miss", prose("""
        nearly closed a case as a family arrangement when the "cousin" wasn't related at all. [[name:keisha]]
        ([[age:15]]) told the {{duty worker}} she was staying with her cousin [[name:Marcus Ofori]] at his flat on
        [[address:9 Tannery Way]]. duty were about to record it as informal kinship and close. i rang her {{mum}},
        who said [[name:marcus]] is a friend from church, no relation, and he's [[age:24]]. that makes it
        {{private fostering}} at minimum and possibly something worse, so we're now holding a {{strategy discussion}}
        through the {{MASH}}. nothing has happened to [[name:keisha]] that we know of. learning for me: don't take
        "cousin" or "aunty" at face value, ask exactly how. {{Mosaic}} has no field for claimed vs verified
        relationship which would help. ref [[case_reference:MASH-77310]]
    """)),
    ("social_care", "success", prose("""
        Positive practice. Great-grandmother [[name:Ivy Thwaite]], [[age:78]], took on baby [[name:Summer]] under
        {{Reg 24}} straight from hospital. {{Health visitor}} [[name:Nadia Qureshi]] from
        [[organisation:Holmebank 0-19 Team]] did a joint visit with me within 48 hours, which we hardly ever manage.
        [[name:Nadia]] noticed the {{Moses basket}} was balanced on the sofa and [[name:Ivy]] planned to bed-share
        "like we did in the fifties". Instead of a telling-off she went through the {{Lullaby Trust}} leaflet,
        {{Home-Start}} brought a cot the same afternoon, and the {{safer sleep}} plan is now part of the
        {{placement plan}}. [[name:Ivy]] told the review she felt "treated like a grown-up". Joint HV and SW first
        visits should be standard for under-ones in kinship placements.
        — [[name:Grace O'Driscoll]], {{social worker}}
    """)),
    ("social_care", "incident", block("""
        PF visit log - [[name:D. Sokolova]], {{Private Fostering}} worker
        [[date:Tue 18/02]]
        10:00 Statutory visit to [[name:Chidi]] ([[age:14]]), privately fostered with Mr & Mrs [[name:Eze]], [[address:6 Larch Grove]], [[postcode:M22 5RX]]
        10:20 Saw [[name:Chidi]] alone in his room. OK at school, wants to phone dad more.
        10:35 Adult son [[name:Emeka]] ([[age:22]]) now living at home, back from uni since {{Jan}}. Nobody told us. Not {{DBS}} checked.
        10:50 Discussed with Mr & Mrs [[name:Eze]] - didn't know they had to tell us about household changes.
        11:30 Rang {{team manager}}. Agreed urgent DBS for [[name:Emeka]].
        14:00 Letter to family re duty to notify under the {{Children (Private Arrangements for Fostering) Regulations 2005}}.
        Incident logged [[case_reference:PF-INC-0032]] as the household has been unassessed for ~6 weeks.
    """)),
    ("social_care", "success", block("""
        Share & Learn form
        Area: Kinship / Family Network
        Date: [[date:09/04/25]]
        Written by: [[name:Bronwen Lloyd-Price]]
        Title: Sibling group kept together
        What happened: 4 siblings (aged [[age:11]], [[age:8]], [[age:5]] and [[age:19 months]]) were about to be split across two {{foster homes}} after {{mum}}'s arrest. Paternal aunt Mrs [[name:Ahmadi]] offered but lives in a 2-bed flat in [[postcode:NE6 4JD]]. {{Housing officer}} [[name:Kev Dunmore]] at [[organisation:Tyneside Homes]] found a 4-bed let within 3 weeks using the {{kinship carer}} priority band, and the {{Family Network Support Package}} paid for bunk beds.
        Outcome: children still together 6 months on.
        Why it worked: [[name:Kev]] came to the {{Family Group Conference}} himself instead of sending an email.
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS
        Ref: [[case_reference:NM-0419]]
        When: [[date:Fri 22 Aug]], late afternoon
        What nearly happened: {{kinship carer}} Mr [[name:Mahlangu]] was about to have his {{Special Guardianship Allowance}} paid into his ex-wife's account. Finance had an old bank form on file from a previous arrangement ([[case_reference:FIN-22/3381]]).
        How caught: payments officer [[name:Mark Edevane]] noticed the account name didn't match.
        Why: {{ContrOCC}} pulled the first linked person on the record, not the current carer.
        Action: record cleaned; finance and kinship team now confirm bank details by phone for every new {{SGO}} payment.
        Reported by: [[name:Li Na Chen]], {{business support}}
    """)),
    ("social_care", "incident", prose("""
        Consent delay. [[name:Aleksander]] ([[age:7]]) has lived informally with his grandfather
        [[name:Stan Wójcik]] since the spring, no order and so no {{parental responsibility}}. On [[date:30 June]]
        he broke his arm at school and at [[organisation:Royal Ashby Infirmary]] the {{orthopaedic registrar}} wanted
        consent for a {{manipulation under anaesthetic}}. {{Grandad}} couldn't sign and {{mum}} was unreachable in
        Poland ([[phone:+48 512 907 334]]). It took five hours to get her and [[name:Olek]] was kept nil by mouth the
        whole time. Nobody rang the {{Emergency Duty Team}} because staff didn't see it as a social care matter. Learning:
        informal kinship carers need a written delegated authority letter from the parents, and we should be
        offering advice on {{Child Arrangements Orders}} and {{SGO}}s at first contact. [[name:Stan]]'s words:
        "nobody told me I wasn't allowed to sign".
    """)),
    # ---------------------------------------------------------------- health (17)
    ("health", "incident", block("""
        NNU nursing handover - {{ITU}} bay, nights to days, [[date:16/11]]
        Cot 3 - Baby [[name:Oyelaran]] ([[case_reference:RX4471902]]), 27+4, day 6. {{CPAP}} 6, FiO2 0.25.
        22:10 {{TPN}} bag changed, second checker [[name:Lou]] (bank).
        02:30 Noticed TPN running at 4.2 ml/hr, prescribed 2.4. Digits transposed at 22:10 on the {{Alaris}} pump. Approx 18 ml extra over 4.5 hrs.
        02:40 Rate corrected, {{registrar}} Dr [[name:Fadeyi]] informed, BM 9.8, repeat in 1 hr.
        03:45 BM 7.1.
        05:00 {{Datix}} [[case_reference:W231907]] done. Mum [[name:Tolu]] told by Dr [[name:Fadeyi]] at 06:15, {{Duty of Candour}} conversation started.
        Learning: an independent double check means BOTH people read the pump screen against the prescription, not one reading it out.
        Sister [[name:Emma Kilbride]]
    """)),
    ("health", "success", block("""
        Copied from HV team chat with permission
        [13:02] [[name:Bryony]] HV: back from a new birth visit, mum scored 16 on the {{EPDS}} 😟 no thoughts of harm
        [13:03] [[name:Kasia]]: did you have {{Language Line}}?
        [13:04] [[name:Bryony]] HV: yes, Dari. she only opened up when dad went out for nappies
        [13:06] [[name:Wale]]: ring {{Perinatal Mental Health}} duty, they'll do same week
        [13:20] [[name:Bryony]] HV: done, they're seeing her [[date:Thursday 6th]]. also booked GP at [[organisation:Heaton Park Surgery]] tomorrow
        [13:21] [[name:Kasia]]: 👏 and well done for getting dad out of the room
        [13:22] [[name:Yvonne]] (TL): i'll log this as good practice for {{safeguarding supervision}}. {{routine enquiry}} done properly
    """)),
    ("health", "incident", block("""
        Incident form
        Service: [[organisation:Northmoor Family Nurse Partnership]]
        Ref: [[case_reference:DTX-118842]]
        Date: [[date:4 Feb 2025]]
        Client: [[name:Chloe Brannigan]] ([[age:17]]), baby [[name:Alfie]] ([[age:7 weeks]])
        Reporter: [[name:Marta Lisowska]], {{Family Nurse}}
        Description: client moved in Dec to get away from ex-partner (DA). New address recorded in FNP notes on {{SystmOne}} but {{PDS}} not updated, so an automated letter from [[organisation:Westgate Child Health]] went to [[address:88 Coldwell Street]] where he still lives. Letter named her new surgery, [[organisation:Parkside Medical Centre]]. He turned up there asking for her.
        Harm: client frightened, no physical harm. {{MARAC}} ref [[case_reference:MRC-2291]].
        Actions: PDS updated, MARAC informed, safety plan reviewed with {{IDVA}}.
        Learning: FNP notes are not demographics. Change of address must go on PDS same day.
    """)),
    ("health", "near_miss", prose("""
        Near miss on {{SCBU}}. Two babies in nursery 2 with the same surname, [[name:Begum]], different mums, cots 5
        and 6. Night of [[date:9th March]], the label printer was broken so the milk in the fridge had handwritten
        labels. Staff nurse [[name:Aoife]] went to give 20 ml {{EBM}} via {{NG tube}} to cot 6 and the
        {{BadgerEBM}} scanner rejected it, the bottle was for the other baby. She stopped, rechecked with the
        {{nurse in charge}}, nothing given. Had it gone in we'd have been doing infection screening on both mums.
        Learning: no "name alert" stickers were on either cot, and the printer fault had been reported three days
        before without a fix (IT job [[case_reference:INC0457720]]). [[name:Aoife]] trusting the scanner over the
        handwriting is exactly what we want.
    """)),
    ("health", "success", block("""
        HV duty desk log - [[organisation:Ashworth 0-19 Team]] - [[date:Wed 23 Apr]]
        09:05 {{MASH}} notification: police at DA incident at [[address:15 Peel Terrace]] overnight, 2 children ([[age:4 months]] and [[age:3]]).
        09:20 Records: family moved here from Scotland 3 weeks ago, no HV contact yet.
        09:40 Rang mum [[phone:07700 900153]], no answer, text sent.
        11:15 Mum rang back. Home visit agreed for today.
        14:00 HV [[name:Sam Kaur]] + student visited. Mum disclosed ongoing abuse. {{DASH}} = high risk, referred to {{MARAC}} and {{IDVA}}.
        15:30 {{Red Book}} had no 6-8 week check for baby; booked at [[organisation:Brook Lane Surgery]] for Fri.
        16:45 All recorded on {{SystmOne}}.
        Good practice: same-day contact after a police notification even though the family weren't "ours" yet.
    """)),
    ("health", "incident", prose("""
        Transfer incident. Baby [[name:Jaxon Pryce]], 31+2 weeks, came to [[organisation:St Cuthbert's NICU]] from
        [[organisation:Eastvale General]] on [[date:3 December]] with an admission temperature of 35.4. The transport
        {{incubator}} switched to battery mid-journey when the {{ambulance}} inverter failed, and on battery the heater
        output drops to save charge, which nobody on the crew knew. Hourly temps were done but the {{skin probe}} had
        lifted so it read fine. Warmed in the {{Giraffe OmniBed}}, normothermic within 2 hrs, glucose OK, no lasting
        harm. The {{neonatal transport service}} have done their own review and [[name:Ayo]], the transport nurse,
        rang {{mum}} [[name:Kerry-Ann]] herself to explain. Datix [[case_reference:W240553]], network ref
        [[case_reference:NTS-1192]]. Battery-mode behaviour is now on the pre-departure checklist.
    """)),
    ("health", "success", block("""
        {{Learning from Excellence}} nomination
        Nominee: [[name:Dawn-Marie Oduya]], {{Family Nurse}}
        Nominated by: [[name:Priya]] ({{FNP Supervisor}})
        Date: [[date:18/06/2025]]
        What happened: client [[name:Jade]] ([[age:19]]) had stopped answering from about 28 weeks. Instead of closing, [[name:Dawn-Marie]] found out her timetable and met her in the canteen at [[organisation:Kirkgate College]]. She used the {{PIPE}} material on a tablet, got her booked for the {{whooping cough vaccine}} and back to the {{community midwife}}.
        Outcome: baby born well on [[date:2nd June]], {{breastfeeding}} at 10 days, [[name:Jade]] re-engaged.
        Why it matters: {{FNP}} is voluntary, so meeting people where they are is the whole point.
    """)),
    ("health", "incident", block("""
        Chat pasted for the staffing review:
        [19:15] [[name:Ruthie]]: hi all, nights - 3 {{ITU}} babies and I'm the only {{QIS}} nurse, [[name:Abi]] rang in sick
        [19:16] [[name:Okafor]] (matron on call): checking {{e-Roster}} now
        [19:24] [[name:Okafor]] (matron on call): no bank QIS, agency can't do before 23:00
        [19:25] [[name:Ruthie]]: cot 2 is on {{HFOV}} and cot 1 has a {{UVC}} in, can't split myself 😩
        [19:31] Dr [[name:Singh-Ahluwalia]]: I'll stay on the unit till agency arrive
        [19:40] [[name:Okafor]] (matron on call): rung {{cot bureau}}, we're closed to ITU admissions
        Summary: below {{BAPM}} ratio 19:15-23:10. Cot 1 UVC found displaced at 21:50, re-sited, no harm. Datix [[case_reference:W239011]]. e-Roster showed [[name:Abi]]'s sickness as "annual leave" so nobody escalated in the afternoon.
    """)),
    ("health", "near_miss", block("""
        Near miss report
        Team: [[organisation:Riverside Health Visiting]]
        Child NHS no: [[nhs_number:433 957 3361]]
        DOB: [[date_of_birth:27/12/2024]]
        Date identified: [[date:10/02/2025]]
        Summary: at the 6-8 week contact the weight was entered on {{SystmOne}} as 9.1 kg. Parent had read "9lb 1oz" from the {{Red Book}}. The {{UK-WHO growth chart}} then showed baby above the 99.6th centile, so the actual drop from 75th to 9th centile was hidden.
        How caught: {{health visitor}} [[name:Will Abernethy]] replotted by hand because it "didn't look like a big baby".
        Action: referred to {{infant feeding team}}, GP review same week, baby gaining now.
        Learning: enter kg only, convert in front of the parent, and query any jump of 2+ centile spaces.
    """)),
    ("health", "success", block("""
        NNU discharge coordinator log - [[date:Fri 31 Jan]]
        08:00 Huddle. 2 discharges: cot 14 (Baby [[name:Nowak]]) and twins [[name:Zara]] and [[name:Zoe Mbeki-Hart]] (cots 9/10) on home oxygen.
        09:30 {{HOOF}} already sent Wed, {{oxygen supplier}} confirmed cylinders delivered to [[address:7 Sandpiper Walk]].
        10:15 {{car seat challenge}} passed both twins.
        11:00 Mum and dad did {{basic life support}} session with [[name:Lottie]] from {{outreach}}.
        13:40 Baby [[name:Nowak]] home. Polish interpreter for discharge talk.
        15:00 Twins home. [[organisation:Bluebell Neonatal Outreach]] visiting Sat am.
        What went well: first Friday home-oxygen discharge we've done without it slipping to Monday, because the HOOF and {{BCG}} were sorted midweek.
    """)),
    ("health", "incident", block("""
        Incident summary (for {{Datix}})
        Date: [[date:13 May 2025]]
        Staff: [[name:Naveed Iqbal]], {{Community Nursery Nurse}}
        Addresses: [[address:2 Orchard Court]] / [[address:2 Orchard Close]], [[postcode:CV2 3LW]]
        What happened: hand-delivered the {{1-year review}} invitation for [[name:Milo]] through the door of [[address:Orchard Court]] instead of [[address:Orchard Close]]. Letter had his name, DOB [[date_of_birth:04/05/2024]] and the line about "your {{Child Protection Plan}} visits".
        Found: neighbour brought it to the {{clinic}} next day and said she knew the family.
        Harm: confidentiality breach; family upset. Apology given by {{team leader}} [[name:Ros]].
        Learning: no CP wording on routine invites; sat-nav to postcode plus house check before posting.
    """)),
    ("health", "near_miss", prose("""
        Pharmacist catch on the {{neonatal unit}}. Baby [[name:Idowu]], 29 weeks, was started on {{caffeine citrate}}
        on [[date:22/10]]. On {{BadgerNet}}-linked e-prescribing the 20 mg/kg loading dose had been put in as a
        regular daily dose, with no 5 mg/kg maintenance dose. The first two doses were given correctly (loading then
        nothing due) but the next morning the loading dose would have gone in again. Our {{ward pharmacist}}
        [[name:Gwen Price]] picked it up on her 08:30 round and Dr [[name:Anand]] rewrote it. Nothing extra given.
        Learning: the loading dose order set needs a "once only" default; [[name:Gwen]] has asked for it via the
        {{EPMA}} group. Thanks also to [[name:Gigi]] the nurse who flagged that the {{MAR}} "looked odd".
    """)),
    ("health", "success", prose("""
        FNP reflection. [[name:Tyrese]] ([[age:18]]) is the dad in one of my families and for months he wouldn't
        come to visits. I moved the session to a Saturday at [[organisation:Oakfield Children's Centre]] and asked
        if he wanted to do the {{DANCE}} filming with his son instead of mum. It turned out he'd been left out of
        everything since the baby was in {{SCBU}} because staff kept asking for "mum". Since then he's done the
        {{PIPE}} sessions, comes to the {{ASQ-3}} reviews and texts me questions ([[phone:07700 900388]] is his
        number on the consent form). {{Mum}} says the house is calmer. Small thing for practice: ask the dads
        directly, and don't book everything 9 to 5. — [[name:Hollie]], {{Family Nurse}},
        [[organisation:Kirklees FNP]]
    """)),
    ("health", "incident", block("""
        {{HV team}} chat, pasted for the IG report
        [07:55] [[name:Lyndsey]]: my car was broken into overnight outside [[address:14 Albion Street]] 😭 bag gone, had my {{paper diary}} with today's visits
        [07:56] [[name:Cath]]: oh no!! how many names in it?
        [07:58] [[name:Lyndsey]]: 11 families, first names and streets, plus 2 {{Red Book}}s i was returning
        [08:05] [[name:Cath]]: ring {{police}} then {{IG}}, i'll cover your 9:30
        IG summary: crime ref [[case_reference:CR/25/018822]], car [[vehicle_registration:YR68 KFD]]. Diary not recovered. All 11 families informed by [[date:20 Mar]]. Learning: paper diaries should not be used; visit lists only on the {{SystmOne}} mobile app.
    """)),
    ("health", "success", block("""
        Learning from Excellence - NNU
        Date: [[date:07/08/2025]]
        Ward: [[organisation:Ward 22 Neonatal Unit]]
        Submitted by: [[name:Kemi Adebayo-Clarke]], {{ANNP}}
        What happened: Baby [[name:Harrison]] (34 wks, day 4) in {{transitional care}}. His dad, doing cares under {{FICare}}, told the nurse the baby was "greyer and floppier than this morning". Obs were within range. Nurse [[name:Joanne]] believed him, escalated straight away. {{Sepsis}} screen, {{benzylpenicillin}} and {{gentamicin}} within the hour. Blood culture grew {{GBS}}.
        Why good: parent concern treated as a red flag in its own right, exactly what the {{Martha's Rule}} work asks of us.
    """)),
    ("health", "near_miss", block("""
        NNU night log - Cot 11, Baby [[name:Amadi]]
        [[date:Sun 2 Feb]]
        00:30 Oral {{vitamin D}} and {{Abidec}} due.
        00:35 Bank HCA drew it up in a purple {{ENFit}} syringe but then transferred it to a {{Luer}} syringe "because it was easier".
        00:38 I was about to give via {{NG tube}} and saw the Luer syringe attached to the {{PICC}} extension in the tray. Stopped.
        00:40 Discarded, redrawn, given via NG.
        01:15 Spoke to HCA [[name:Precious]], she didn't know why oral syringes are a different colour.
        Outcome: near miss, no harm. Ref [[case_reference:W238476]]. Bank induction to include ENFit.
        [[name:S.O.]], {{staff nurse}}
    """)),
    ("health", "incident", prose("""
        Record mix-up, health visiting. Two babies called [[name:Amelia Hussain]], born a day apart
        ([[date_of_birth:14/01/2025]] and [[date_of_birth:15/01/2025]]), both on our caseload. At the 6-8 week
        contact on [[date:3 March]] the {{health visitor}} opened the wrong record from the search list and entered
        the weight, {{NIPE}} follow-up and maternal mood for baby [[nhs_number:862 526 5839]] onto the record of
        baby [[nhs_number:408 066 2831]]. Found when the {{GP surgery}} queried why a baby with no hip issues had a
        {{hip ultrasound}} referral. Records corrected by {{Child Health}} on [[date:18 March]]. Learning: always
        confirm NHS number and address, not just name and date of birth, and a "similar name" flag on SystmOne
        would help. Ref [[case_reference:DTX-120417]]. — [[name:Sunita]] ({{Team Leader}})
    """)),
    # ---------------------------------------------------------------- aviation (16)
    ("aviation", "incident", block("""
        GROUND OCCURRENCE REPORT
        Ref: [[case_reference:GOR-24-3318]]
        Date: [[date:17 Jul 2024]]
        Flight / reg: [[flight_number:LS1427]] / [[aircraft_registration:G-XQTB]]
        Handler: [[organisation:Skyline Ground Services]]
        Operator: [[name:Dariusz Wrona]] ({{belt loader}})
        Description: belt loader touched the lower edge of the fwd hold door frame on positioning. No {{marshaller}} used for final approach. Dent approx 3 cm.
        Action: {{licensed engineer}} inspected, {{ADD}} raised, 1h50 delay. {{MOR}} sent to the {{CAA}}.
        Contributing: {{brake test}} not done, 25 min turn, two-person rule not followed because team short.
    """)),
    ("aviation", "success", block("""
        From the "Ramp Crew B" WhatsApp, pasted by shift lead
        [05:47] [[name:Big Del]]: whoevers on 34 theres a {{torque wrench}} by the nose wheel, not ours
        [05:48] [[name:Ionut]]: on it. {{engineers}}, [[name:Gaz]] left it after the wheel change
        [05:48] [[name:Ionut]]: picked up, in the {{FOD}} bin + told engineering
        [05:51] [[name:Shelley R]]: nice one, pushback for [[flight_number:TOM2716]] is 06:05, that would've gone straight in the engine
        [05:52] [[name:Big Del]]: doing a {{FOD walk}} on 35 and 36 as well
        {{Shift lead}} note: good catch on [[aircraft_registration:G-ZRKP]]. Reported to {{Airside Ops}} as positive, ref [[case_reference:AO-FOD-0915]].
    """)),
    ("aviation", "incident", block("""
        Baggage hall - shift handover, lates to nights
        Date: [[date:Sat 12/08]]
        14:10 Sorter 2 fault on the {{BHS}}, manual sort started.
        15:35 {{Manual sort}} - 23 bags for [[flight_number:FR8127]] (Faro) sent down the [[flight_number:FR8172]] (Alicante) chute. Digits transposed on the whiteboard.
        16:50 Alicante flight off blocks with the 23 bags. {{BRS}} {{reconciliation}} showed them unmatched.
        17:05 Told {{duty manager}} [[name:Nikhil]]. Ops told crew, {{Captain}} returned to stand while still taxiing, bags offloaded, 48 min delay.
        18:20 Incident ref [[case_reference:BH-2024-0671]]. Faro bags went on the next day.
        Handover: sorter 2 still down, engineers ETA 22:00. Use printed flight labels on chutes in manual sort, NOT the whiteboard.
        [[name:Chantelle]] (lates lead)
    """)),
    ("aviation", "near_miss", prose("""
        Near miss, drive-away. I was fuelling [[aircraft_registration:G-OHNV]] on stand 5 from {{hydrant dispenser}}
        HD14 for [[flight_number:BA2491]]. At 06:40 I'd finished and was about to pull off when the {{dispatcher}},
        [[name:Tariq]], banged on the cab window because the {{intake coupler}} was still connected to the wing. The
        {{brake interlock}} should have stopped me moving but it had been left in bypass after a maintenance job on
        [[date:4 November]] and there was no tag on the dash. I hadn't done my {{walk-round}} because I thought the interlock
        had me covered. Reported to [[organisation:AeroFuel Services]] same shift, ref [[case_reference:AFS-NM-1178]].
        Learning: bypass switches now have a red flag that hangs over the steering wheel, and I'm doing the
        walk-round every time. Thanks [[name:Tariq]].
    """)),
    ("aviation", "success", block("""
        Positive report / good catch
        Station: [[organisation:Eastmoor Airport]]
        Flight: [[flight_number:EZY2219]] to Geneva
        Date: [[date:08/01/25]]
        Staff: [[name:Tanisha Boateng-Wright]] ({{ramp agent}}), [[name:Col]] ({{team leader}})
        What happened: mobility scooter arrived at the hold with no {{DG}} tag. [[name:Tanisha]] checked and the {{lithium-ion}} battery was still fitted and not isolated. With the passenger's son helping at the gate, battery removed, terminals taped, battery taken into the cabin as per {{IATA DGR}}, {{Captain}} informed on the {{NOTOC}}.
        Why good: she didn't assume the {{PRM}} team had done it, and [[name:Col]] backed her despite a 10 min delay.
    """)),
    ("aviation", "incident", block("""
        Pasted from pushback team chat for the investigation
        [21:14] [[name:Reece]]: 41 pushed, {{headset}} guy says left wingtip went over the {{GPU}} on 40, did anyone see
        [21:15] [[name:Mags]]: yes it clipped the top of it, I was on 40 with the {{hi-loader}}
        [21:15] [[name:Reece]]: wing walker?
        [21:16] [[name:Mags]]: there wasn't one, [[name:Dom]] got pulled to do bags
        [21:18] [[name:Reece]]: stopping the push. telling the {{flight deck}}
        Summary ([[name:R. Achebe]], duty ramp manager): [[aircraft_registration:EI-GKQ]] operating [[flight_number:RK4420]], wingtip contact with GPU left on the adjacent stand's clearance line. Aircraft returned, engineering inspection, flight cancelled. Ref [[case_reference:GOR-25-0142]]. GPU parking and {{wing walker}} minimum crewing under review.
    """)),
    ("aviation", "near_miss", block("""
        Turn log - stand 8 - [[flight_number:LS1559]] / [[aircraft_registration:G-XWBM]]
        05:55 On stand, {{chocks}} and {{cones}}.
        06:02 Fuel truck on stand ([[name:Kenny]], [[organisation:AeroFuel]]).
        06:05 Fuelling started. Boarding not called yet.
        06:07 Gate started boarding - gate screen still showing "no {{FWPOB}}" from yesterday's note.
        06:09 Ramp lead [[name:Anya]] saw pax on the steps, held them, called cabin on {{interphone}}. {{SCCM}} not briefed for fuelling with pax.
        06:12 Fuelling paused. Crew at doors, {{seat belt signs}} off, exits clear.
        06:20 Fuelling resumed under FWPOB procedure.
        06:40 Closed. Near miss [[case_reference:NM-RAMP-0288]].
        Learning: gate, ramp and crew aren't on one channel for fuelling status.
    """)),
    ("aviation", "success", prose("""
        Really proud of the {{de-icing}} crew last night. Freezing fog, minus six, fourteen departures queued.
        [[name:Jack Oyelowo]] and [[name:Mei Ling]] on rig DI-3 were doing [[aircraft_registration:SP-LWK]] for
        [[flight_number:LO282]] and [[name:Mei Ling]] wasn't happy with the upper wing over the tanks. She did a
        {{tactile check}} from the basket and found clear ice the visual check had missed, classic
        {{cold-soaked fuel frost}}. They told the {{flight deck}}, did a second {{Type I}} then {{Type IV}} treatment
        and restarted the {{holdover time}}. Twenty minutes lost, which the {{ATC}} slot absorbed. [[name:Jack]] said
        afterwards the {{Captain}} thanked them on the radio. This is exactly what we trained for, please share with
        all de-ice teams. — [[name:Oksana]], {{winter ops}} lead
    """)),
    ("aviation", "incident", block("""
        Accident / injury form
        Name: [[name:Rhys Pengelly]]   Age: [[age:58]]
        NI No: [[ni_number:JT 48 27 91 C]]
        Employer: [[organisation:Skyline Ground Services]]
        Date: [[date:29/09/24]]   Time: 14:20
        Where: {{bulk hold}}, [[flight_number:TOM5318]]
        What happened: lifting a suitcase in the hold, felt pain lower back. Bag weighed 38 kg afterwards. No {{heavy tag}}, {{check-in}} scales showed 23 (bag had been swapped at {{bag drop}}?).
        First aid: yes, {{first aider}} [[name:Sukhi]]. Sent home.
        {{RIDDOR}}: yes if over 7 days off.
        {{Supervisor}}: [[name:Pat Mullarkey]]
    """)),
    ("aviation", "success", block("""
        {{Baggage Services}} chat, shared as good practice
        [16:02] [[name:Nasra]]: family on [[flight_number:EZY8841]] from Malaga, 6yo's {{insulin pens}} were in the checked bag and it didn't arrive 😬
        [16:04] [[name:Nasra]]: file is [[case_reference:LGWEZ48211]]
        [16:06] [[name:Viktor]]: {{WorldTracer}} has it on the ground at Malaga, tag missed the {{ULD}}
        [16:09] [[name:Nasra]]: got the {{GP out of hours}} to issue a script for tonight, mum has the number
        [16:15] [[name:Viktor]]: station at Malaga say it's on the 19:40, [[flight_number:EZY8843]]
        [21:30] [[name:Nasra]]: bag delivered to [[address:Lavender House]], [[postcode:RH10 4QP]] by {{courier}} ✅
        Why it worked: we treated medication as a priority, not "just a delayed bag".
    """)),
    ("aviation", "near_miss", block("""
        DG near miss
        Ref: [[case_reference:DG-NM-0057]]
        Date: [[date:03/03/2025]]
        Flight: [[flight_number:AY1338]], [[aircraft_registration:OH-LZT]]
        Reporter: [[name:Arjun Bhattacharya]], {{load controller}}
        What nearly happened: {{AKE}} with pharma shipment on {{dry ice}} (UN1845, 46 kg) loaded in hold 1 but not on the {{NOTOC}}. The {{LIR}} showed it as general cargo.
        How caught: loader [[name:Femi]] saw the {{Class 9}} label and "vapour" coming off the can and called me before doors closed.
        Action: NOTOC amended, {{Captain}} signed the new one, no delay.
        Learning: cargo acceptance paperwork arrived after the LIR was built. {{Cargo}} to send DG info before ULD build-up.
    """)),
    ("aviation", "incident", prose("""
        Airside vehicle incident on the {{service road}} behind Pier 2. [[name:Kwame Asante-Boateng]] was towing four
        baggage dollies with {{tug}} T27 when the last dolly came off at the bend and rolled into the path of a
        {{catering van}}, reg [[vehicle_registration:WU21 HPK]], driven by [[name:Lenny]] from
        [[organisation:Gateway Catering]]. Minor damage to the van's nearside, nobody hurt. The {{tow pin}} on dolly
        D-114 had been put in without the safety clip, and the dolly's {{daily check}} sheet was blank for three days.
        [[name:Kwame]] had been on since 04:00 and was on his sixth run. Ref [[case_reference:AVS-25-0388]],
        reported to {{Airside Safety}} on [[date:11/06/25]]. Learning: pin and clip check at every hitch, and the
        {{ADP}} refresher to cover dolly trains.
    """)),
    ("aviation", "success", block("""
        Dispatch log - [[flight_number:BY6114]] / [[aircraft_registration:G-OBYX]] - stand 17
        10:05 On blocks 15 min late, target turn 45.
        10:20 {{LIR}} from {{load control}} - 60 bags planned hold 4.
        10:31 Loaders told me hold 4 was full at 41 bags, 19 in hold 3. Told [[name:Ola]] in load control.
        10:38 {{loadsheet}} came through still showing 60 in hold 4. Didn't hand it to the crew.
        10:40 Rang load control, corrected, new loadsheet 10:46, {{trim}} changed.
        10:48 Capt [[name:Rasmussen]] asked why the delay, explained, he said "that's exactly right".
        10:56 Off blocks, 1 min over target.
        Note from [[name:Ama]] (dispatcher): loaders telling me the actual split saved a wrong {{weight and balance}}.
    """)),
    ("aviation", "near_miss", block("""
        Ramp WhatsApp, night shift
        [02:41] [[name:Sonny]]: {{hydrant pit}} lid on 12 left open, cone's blown away
        [02:42] [[name:Sonny]]: nearly put the {{GPU}} wheel straight in it
        [02:43] [[name:Beata]]: {{fuellers}} were on 12 at 01:30 for [[flight_number:U21903]]
        [02:44] [[name:Wojtek]]: ringing [[organisation:AeroFuel]] control
        [02:50] [[name:Wojtek]]: they've sent someone, lid closed, {{pit valve}} checked
        [02:51] [[name:Sonny]]: safety report done [[case_reference:SR-RAMP-2271]]
        Note: no {{ASR}} from the fueller, we'd have missed this if [[name:Sonny]] hadn't had his torch on.
    """)),
    ("aviation", "success", block("""
        Fuel quality - good catch
        Date: [[date:Tues 14 Jan]]
        Vehicle: refueller R6, road reg [[vehicle_registration:LN19 WZE]]
        Checked by: [[name:Graham]] "[[name:Gray]]" [[name:Tolley]]
        Found: morning {{sump drain}} cloudy, {{Shell Water Detector}} capsule went green. Three more drains still failing.
        Action: truck quarantined before any uplift, {{filter monitor}} changed, tank drained, lab sample sent ref [[case_reference:FQ-0911]]. Back in service after {{EI 1583}} checks 16:00.
        Cause: tank lid seal perished, rain overnight.
        Why it went right: [[name:Gray]] did the full {{daily checks}} even though R6 was first out for a 06:00 [[flight_number:EXS1172]]. He told the {{supervisor}} [[name:Ngozi]] rather than "drain until clear".
    """)),
    ("aviation", "incident", block("""
        Ramp supervisor log - [[date:Wed 5 Feb]]
        13:52 [[flight_number:LS1683]] / [[aircraft_registration:G-XHRN]] doors closed, pushback 13:58.
        14:01 {{Tug driver}} [[name:Lloyd]] heard banging from the {{aft hold}} via headset, stopped the push.
        14:03 Hold opened. Loader [[name:Bashir]] inside, he'd gone back in to secure the net and the door was shut by [[name:C.D.]] on the other side without a hold check.
        14:05 [[name:Bashir]] out, shaken, no injury. {{Captain}} and {{Airside Ops}} informed.
        14:40 Delay 42 min. Statement taken from both.
        16:00 Ref [[case_reference:GOR-25-0219]].
        Learning: {{last look}} before hold door closure isn't being done when the team is short. Re-brief all shifts, add "hold empty" call on the {{headset}}.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind91", REPORTS))


if __name__ == "__main__":
    main()
