"""Held-out blind corpus 131: just-culture incident and learning reports, written blind.

Setting: a London borough's early help service and family hubs (social care); an acute medical
unit, frailty unit and stroke ward (health); a business jet operator and its FBO handling
(aviation). Style: the ordinary mix UK staff really type: rushed lower-case notes with typos,
careful narratives, chronologies and timelines, e-mails with signatures, Teams/WhatsApp-style
chat, incident forms with field labels, handover sheets, tech-log extracts, debrief notes and
praise or shout-outs. Identifiers are marked `[[label:value]]`; must-not-redact terms `{{term}}`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind131.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        hv to [[address:27 Marlowe Rd]] [[postcode:SE15 4QN]] this am re [[name:kayden]] ([[age:4]]) -
        {{mum}} [[name:shanice]] didnt mention the dog was loose, xl bully type, jumped up at me in the
        hallway n caught my arm. no bite just scratches. had to leave. told {{team manager}} [[name:Dele]]
        straight away, logged on {{Mosaic}} under [[case_reference:MOS-4418207]]. {{risk assessment}} on
        file says no pets which is wrong, nobody updated it after the last {{joint visit}}. [[name:shanise]]
        said sorry on the phone after, she thought the dog was shut in the kitchen. think we need a pets q
        on the {{lone working}} form b4 every first visit. will do {{first aid}} check at hub later
    """)),
    ("social_care", "near_miss", block("""
        Subject: Near miss - letter nearly sent to dad's address

        Hi [[name:Priya]],

        Flagging this so it goes on the learning log. On [[date:Thursday 6 June]] I was about to post the
        {{Early Help Assessment}} summary for [[name:Leila Haddad]] and her two boys. The address pulled
        through from {{Liquidlogic}} was [[address:Flat 3, 88 Cranbrook Terrace]], which is where {{dad}}
        still lives - {{mum}} moved to a {{refuge}} in April and there is a {{non-molestation order}}. I only
        noticed because the envelope preview showed [[postcode:E17 6HX]] and I remembered the {{MARAC}} notes.

        Nothing was sent. I've put an address alert on the record ([[case_reference:LCS 771093]]) and asked
        {{business support}} to check how the old address stayed as primary.

        Thanks,
        [[name:Oksana]]

        [[name:Oksana Kovalenko]] | Family Support Practitioner
        [[organisation:Walthamstow Central Family Hub]]
        [[phone:020 8496 3172]] | [[email:oksana.kovalenko@wfhubs-example.gov.uk]]
    """)),
    ("social_care", "success", block("""
        [10:42] [[name:Grace Mensah]]: massive shout out to [[name:Bill]] at {{stay and play}} this morning 🙌
        [10:43] [[name:Grace Mensah]]: {{dad}} came in really flat, said he hadnt slept since the baby. [[name:Bill]] sat with him, did the {{PHQ-9}} chat informally and got him booked with the {{perinatal mental health}} team same day
        [10:44] [[name:Tomasz W]]: brilliant. thats exactly the {{Think Family}} stuff we keep banging on about
        [10:45] [[name:Bill]]: ah stop it 😂 {{health visitor}} [[name:Fiona]] did the heavy lifting tbh
        [10:46] [[name:Grace Mensah]]: both of you then! putting it in the {{Friday}} bulletin
    """)),
    ("social_care", "incident", block("""
        Chronology - delayed MASH response (for {{practice review}})

        [[date:03/02/25]] 09:15  DSL at [[organisation:St Aidan's CE Primary]] rings {{MASH}} re bruising to [[name:Jayden Campbell-Reid]] (DOB [[date_of_birth:14/09/2017]]).
        [[date:03/02/25]] 09:40  Contact logged on {{Mosaic}} ([[case_reference:MOS-5520914]]) but RAG rated amber, not red.
        [[date:03/02/25]] 15:30  No callback to school. DSL rings again, told it is 'in the queue'.
        [[date:04/02/25]] 10:05  {{Early help}} worker [[name:Hope Adeyemi]] picks it up as a {{step-down}}, reads the school notes, escalates to {{duty manager}}.
        [[date:04/02/25]] 11:20  {{Strategy discussion}} held. {{Child protection medical}} arranged same day.

        Learning: the amber rating came from a template that defaulted. Nobody read the free text. [[name:Hope]] trusted her gut and challenged - that is what we want.
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT / NEAR MISS FORM
        Service: [[organisation:Catford Family Hub]]
        Date of event: [[date:12 March 2025]]
        Reported by: [[name:Rose Flanagan]], {{creche lead}}
        People involved: child [[name:Amelia]] ([[age:2]]), unknown adult
        What happened: At the end of {{parenting group}} a woman came to the creche door and said she was collecting [[name:Amelia]]. She knew the child's name and {{mum}}'s name. She was not on the {{collection list}}. I asked her to wait and found mum ([[name:Kerry-Ann]]) in the group room - it was a neighbour trying to be helpful.
        Immediate action: child stayed in creche until mum collected.
        Why it matters: our {{password system}} was used for the first few weeks then dropped.
        Suggested fix: password column on every {{sign-in sheet}}, every session.
        Manager: [[name:R. Obi]]
    """)),
    ("social_care", "success", prose("""
        I want to record some good practice from [[name:Nadia Rahman]], one of our {{family support workers}}
        at [[organisation:Bellingham Family Hub]]. Since the autumn she had been working with a
        {{single parent}} and three children in a damp {{temporary accommodation}} flat at
        [[address:Flat 9, Haddon House, Rushey Mead]]. The youngest, [[name:Musa]], aged [[age:18]] months,
        kept being admitted with chest infections. [[name:Nadia]] did not just log it. She took photos of the
        mould with mum's consent, got a letter from the {{GP}} at [[organisation:Farley Road Medical Centre]],
        went with the family to the {{housing options}} appointment on [[date:21 January]] and sorted the
        {{Universal Credit}} housing element (mum's NI number [[ni_number:JK 45 12 78 C]] had been keyed
        wrong). They were moved within five weeks. She also made sure the {{Healthy Start}} application
        was done and the older two got {{free school meals}}. No drama, just persistence. I'd like it
        shared at the next practice forum.
    """)),
    ("social_care", "incident", block("""
        [08:02] [[name:Shaz]]: morning all, just realised i posted the photo of the {{referral form}} in the wrong group last night 😩
        [08:02] [[name:Shaz]]: it went in the parents {{baby massage}} group not our team one
        [08:03] [[name:Kemi O]]: oh no. what was on it
        [08:04] [[name:Shaz]]: kids names, {{mum}}s mobile [[phone:07700 914382]] and the address, [[address:41 Dunoon Gardens]]
        [08:04] [[name:Kemi O]]: delete for everyone now and screenshot that you did
        [08:05] [[name:Shaz]]: done, 14 ppl had read it
        [08:07] [[name:Kemi O]]: ok ring her first and tell her honestly, then I'll do the {{data breach}} form for {{IG}}. we need to stop using {{WhatsApp}} for work stuff full stop
        [08:09] [[name:Shaz]]: i know. sorry
    """)),
    ("social_care", "near_miss", block("""
        DUTY HANDOVER - {{Early Help Front Door}} - [[date:Fri 14/03]]
        From: [[name:Mark D]]   To: [[name:Sinéad]]

        1. [[name:Ellis]] family ([[case_reference:EH-24-03318]]) - {{TAF}} booked [[date:Weds 19th]], nothing urgent.
        2. [[name:Zara Qureshi]], [[age:15]] - came through this pm as a standard EH referral from [[organisation:Ravensbourne Park Academy]]. Reading it properly she disclosed {{self-harm}} to the {{school nurse}} yesterday. NOT an EH case - needs {{CAMHS}} crisis / {{MASH}}. I nearly left it for {{Monday}} allocation. Rang MASH 16:50, accepted. Please check they've actioned.
        3. Laptop for new starter still not arrived.

        Learning for me: don't triage on the referral reason box alone, read the whole thing.
    """)),
    ("social_care", "success", block("""
        Debrief notes - {{Team Around the Family}} review, [[date:28 Feb]]
        Present: [[name:Chidi]] (lead practitioner), Mrs [[name:Lewandowska]], class teacher, HV

        What went well:
        - {{Family-led}} plan actually written in {{mum}}'s words, she read it back to us.
        - Attendance for [[name:Oliwia]] ([[age:9]]) up from 71% to 93% since Sept.
        - {{Speech and language}} referral for little brother went in early via [[organisation:Little Acorns Nursery]].
        - {{Language Line}} interpreter at every meeting, never the older child.

        Could be better:
        - Two agencies didn't send reports ahead.

        Next review [[date:25 April]]. {{Step down}} to {{universal services}} if stable.
    """)),
    ("social_care", "incident", prose("""
        On [[date:9 October]] I transported a {{mum}} and her [[age:3]] week old baby from the {{family hub}}
        to a {{housing}} appointment in my own car, a grey Corsa [[vehicle_registration:LD19 XPK]]. I had been
        told by {{reception}} that the family had a car seat, but at the car it turned out to be a
        {{pushchair}} adaptor, not an infant carrier. Under pressure because the appointment was at 11, I let
        mum hold the baby on her lap in the back. It was a ten minute drive but it should not have happened.
        I told my manager [[name:Aled Pryce]] the same afternoon. We have agreed that staff will not transport
        under-ones without a confirmed {{i-Size}} seat and that the hub keeps a loan seat. I have also done
        the {{business insurance}} check I had been putting off. [[name:Mariam El-Sayed]], {{Early Help Practitioner}}
    """)),
    ("social_care", "near_miss", prose("""
        nearly sent the wrong {{chronology}} to the {{Child Protection Conference}} on [[date:17/04]] - two
        families with the same surname on my {{caseload}} and i'd opened the wrong tab. the {{chair}} wouldnt
        have noticed til the meeting. caught it because the {{sibling}} ages didnt match. now i close every
        other record before exporting anything. think the system should show a dob banner at the top of the
        {{PDF export}} tbh
    """)),
    ("social_care", "success", block("""
        From: [[name:Summer Blake]] <[[email:summerblake92@gmail.com]]>
        Sent: [[date:02 May 2025]] 21:14
        To: Family Hub Enquiries
        Subject: thank you

        Hi i just wanted to say thank you to [[name:Jo]] and [[name:Amir]] at the hub. when i first came in i couldnt even get out the house with [[name:Lacey-Mae]] and the twins. [[name:Jo]] sorted the {{nursery funding}}, [[name:Amir]] came to every {{Family Group Conference}} and never made me feel judged. the {{Holiday Activities}} place got my eldest out all summer. im back at college in september. please tell there manager.
        [[name:Summer]]

        ---
        Fwd by [[name:Denise Whyte]], {{Hub Manager}}: lovely to get this. Sharing for {{team meeting}} and {{staff recognition}}.
    """)),
    ("social_care", "incident", block("""
        Incident ref: [[case_reference:EHI-2025-0147]]
        Location: {{baby clinic}}, [[organisation:Downham Family Hub]]
        Date/time: [[date:Tue 22 April]], approx 11:30
        Reporter: [[name:Lucy Ng]]
        Description: During weigh-in a mum told a {{volunteer}} that her partner 'checks her phone and takes her bank card'. It was passed on verbally at the end of clinic but not written down and no {{DASH}} risk assessment was done. Mum was not seen again until [[date:6 May]].
        Harm: none known. Mum since supported to the {{IDVA}} service.
        Contributing: volunteers not trained in {{domestic abuse}} disclosures; no clear route to the {{safeguarding lead}} on clinic days.
        Action: {{volunteer induction}} updated; safeguarding lead rota on the clinic door.
    """)),
    ("social_care", "near_miss", block("""
        [[name:anita]] 14:02: has anyone seen the {{2-year funding}} letters that went out this morning
        [[name:Dom]] 14:03: yeah why
        [[name:anita]] 14:03: mail merge was off by one row. checked the first few and the [[name:Hussain]] family letter had the code for the [[name:O'Brien]] family
        [[name:Dom]] 14:04: were they posted??
        [[name:anita]] 14:05: no thank god, still in the tray. {{franking machine}} jammed lol
        [[name:Dom]] 14:05: ok shred the lot. we need a second checker on any {{mail merge}} with {{eligibility codes}}. I'll raise it at {{SMT}}
        [[name:anita]] 14:06: will do. also adding an {{Excel}} filter check to the {{SOP}}
    """)),
    ("social_care", "success", prose("""
        Quick shout-out for [[name:Kwame Asante]] on reception at [[organisation:Evelyn Street Family Hub]]. A family
        arrived on [[date:Monday 10th]] speaking only {{Tigrinya}}. Instead of booking them in for another day,
        [[name:Kwame]] got a {{telephone interpreter}} on speakerphone within ten minutes, worked out they had been
        placed in a {{hotel}} by the {{Home Office}} with a newborn and no {{formula}}, and had our {{midwife}}
        and the {{food bank}} involved before lunch. Small thing, huge difference.
    """)),
    ("social_care", "incident", block("""
        TIMELINE - child unaccounted for, {{HAF}} summer scheme, [[organisation:Forest Hill Pools Family Hub]]
        [[date:Wed 6 Aug]]
        12:30  Lunch in hall. Register shows 42 children.
        13:05  Group moves to the {{park}} for games. Head count 41, staff assume one in toilet.
        13:20  [[name:Deshawn]] ([[age:8]]) noticed missing by {{play leader}} [[name:Will Hartley]].
        13:22  Site search, {{lost child procedure}} started.
        13:31  [[name:Will]] rings {{mum}} on [[phone:07912 448063]] - no answer.
        13:40  {{Police}} called, ref [[case_reference:CAD 4471/06AUG]].
        13:52  [[name:Deshawn]] found at his nan's, [[address:12 Kelvin Court, Dacres Road]] - walked home because he felt sick.
        Learning: head count done but the mismatch not acted on. Two staff each thought the other had checked. Now any mismatch = stop and {{recount}} before moving.
    """)),
    ("social_care", "near_miss", prose("""
        nearly merged 2 records on {{LCS}} today - both [[name:Mohammed Ali]], DOBs [[date_of_birth:03/03/2019]]
        and [[date_of_birth:30/03/2019]], same {{nursery}}. the {{duplicate record}} report flagged them 96% match.
        i was about to hit merge and saw different {{NHS number}}s ([[nhs_number:558 164 0610]] v
        [[nhs_number:599 123 8774]]). left both as is ([[case_reference:LCS-309921]] / [[case_reference:LCS-318004]])
        and escalated to {{system admin}} [[name:Gosia]]. pls dont trust the {{auto-match}} score
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Datix [[case_reference:W-118234]] - delayed {{sepsis}} recognition, AMU
        Patient: [[name:Doris Akinola]], [[age:78]], hosp no [[case_reference:RJ2 4409173]]
        [[date:11/11]]
        19:10 Admitted from ED to {{AMU}} bay C, {{NEWS2}} 3.
        21:00 Obs RR 24, HR 112, T 38.4, NEWS2 6. Not escalated - {{HCA}} entered obs but the e-obs alert went to a bleep left in the office.
        23:40 Staff nurse [[name:Joseph]] notices, escalates to {{FY1}}.
        23:55 {{Sepsis Six}} started. {{Blood cultures}}, {{lactate}} 4.1, {{IV antibiotics}} in at 00:20.
        Outcome: to HDU, recovered, home day 9.
        Learning: bleep handover between twilight and night {{nurse in charge}}.
    """)),
    ("health", "near_miss", prose("""
        Near miss on [[organisation:Fleming Ward]] ({{frailty unit}}) on [[date:3rd Jan]]. Two patients in
        adjacent beds, Mr [[name:John Davies]] and Mr [[name:Jon Davis]], both in their 80s. The
        {{phlebotomist}} was about to take bloods from bed 7 using the forms for bed 8. She did the
        {{positive patient identification}} check, asked his name and {{date of birth}}, and he said
        [[date_of_birth:4 June 1941]], which didn't match the request ([[date_of_birth:19/02/1939]]). Nobody
        harmed. We already had a 'similar name' sticker but it was only on the {{whiteboard}}, not above the
        beds. {{Ward manager}} Sister [[name:Okonkwo]] has moved one patient to another bay and we now use the
        {{name alert}} on {{Nervecentre}} as well.
    """)),
    ("health", "success", block("""
        SHOUT-OUT 🌟 [[organisation:Nightingale Stroke Unit]]
        Door to needle 22 minutes for Mr [[name:Harjit Singh Bhamra]] ([[age:67]]) on the [[date:14th]] - our fastest this year. {{Paramedics}} pre-alerted, {{stroke nurse}} [[name:Precious]] met the crew at the door, {{CT}} was ready, {{registrar}} Dr [[name:Liang]] reviewed the scans on the tablet in {{resus}} and {{alteplase}} was running before the {{NIHSS}} paperwork was finished. He's talking and went home with minimal deficit. This is what the {{FAST}} pathway looks like when it works. Thank you all x
        - [[name:Bev]], Stroke Coordinator
    """)),
    ("health", "incident", block("""
        DATIX INCIDENT REPORT
        Ref: [[case_reference:DW-2025-11873]]
        Date: [[date:27/01/2025]]   Time: 03:15
        Location: [[organisation:Brunel Ward]] - Frailty, bay 2
        Patient: Mrs [[name:Margaret Reilly]] (known as [[name:Peggy]])
        NHS No: [[nhs_number:338 027 9366]]   DOB: [[date_of_birth:02/08/1936]]
        Type: Unwitnessed fall
        Description: Found on floor beside bed by {{HCA}}, had been trying to get to the toilet. {{Bed rail}} assessment = no rails. {{Falls sensor}} mat in place but not switched on. Small laceration to forehead; on {{apixaban}} so {{CT head}} done per {{NICE}} - no bleed.
        Immediate actions: {{neuro obs}} 4 hourly, daughter informed ([[name:Siobhan]], [[phone:07834 220915]]).
        Severity: Low harm
        Reported by: [[name:T. Musa]], RN
    """)),
    ("health", "near_miss", prose("""
        nearly gave {{novorapid}} instead of {{levemir}} to bed 14 on {{AMU}} tonight, pens were next to each
        other in the pts drawer n look similar in the dark. double checked with [[name:kasia]] as per policy and
        she spotted it. pt mr [[name:hughes]], [[age:64]], type 1, BM 6.2 at the time so rapid acting wouldve
        probably caused a bad {{hypo}}. think pens should be in separate labelled boxes + {{insulin passport}}
        checked every time. putting it on {{datix}}. also thanks [[name:kasia]] x
    """)),
    ("health", "success", block("""
        From: [[name:Gareth Bowen-Jones]] <[[email:g.bowenjones@btinternet.com]]>
        To: PALS
        Subject: Thank you - my mother on the Frailty Unit

        Dear {{PALS}},

        My mother, [[name:Eirlys Bowen-Jones]], was on the {{frailty unit}} ([[organisation:Cavell Ward]]) from [[date:2 March]] to [[date:9 March]]. I live in Cardiff and could only phone, and I want to say how well I was kept informed. A nurse called [[name:Blessing]] rang me every evening without being asked. Dr [[name:Farouk]] from the {{Comprehensive Geriatric Assessment}} team explained her {{delirium}} clearly, and the {{occupational therapist}} arranged a {{home visit}} before discharge rather than after. Mum is home with a {{reablement}} package and doing well.

        Please pass this on.

        Kind regards,
        [[name:Gareth Bowen-Jones]]
        [[phone:029 2048 7731]]
    """)),
    ("health", "incident", block("""
        STROKE WARD HANDOVER - nights to days - [[date:18/05]]
        Bed | Pt | Issues
        3   | [[name:R. Chowdhury]] [[age:81]] | L MCA infarct, {{NG}} fed, {{AF}} - {{apixaban}} due day 14 - NOT STARTED, see below
        7   | Mrs [[name:E Novak]] [[age:90]] | {{SALT}} review pending, {{modified diet}} level 5
        11  | [[name:Dariusz]] [[age:59]] | for {{MDT}} discharge planning, OT assessment today

        INCIDENT: bed 3 anticoag start missed. Plan written in the notes on ward round day 7 but not put on {{EPMA}} or the {{handover sheet}}. Picked up by pharmacist [[name:Ayo]] on day 16, 2 days late. No harm, started today. Datix [[case_reference:W-120557]] done by [[name:Sky Morgan]] (NIC).
        Learning: every 'start on day X' plan goes on EPMA as a future-dated prescription + on the {{whiteboard}}.
    """)),
    ("health", "near_miss", block("""
        [02:14] [[name:Natalie Brennan]] (Stroke): can the med reg look at an {{NG}} xray for bed 11 pls, {{pH}} was 6 so didnt feed
        [02:20] [[name:Natalie Brennan]] (Stroke): radiology report not back yet
        [02:31] [[name:Ikenna Eze]] (Med Reg): looked. its in the right main bronchus. do NOT use. pull it out
        [02:32] [[name:Natalie Brennan]] (Stroke): 😳 ok. glad i waited. {{FY2}} earlier said just go by the pH if its borderline
        [02:33] [[name:Ikenna Eze]] (Med Reg): no. pH over 5.5 = xray and a {{qualified reader}}. never feed on borderline. pls datix as a {{near miss}}, this is {{Never Event}} territory
        [02:35] [[name:Natalie Brennan]] (Stroke): will do, thanks
    """)),
    ("health", "success", block("""
        Hot debrief - {{cardiac arrest}}, {{AMU}} bay D, [[date:7 Feb]] 14:20
        Led by: Dr [[name:Amara Osei-Bonsu]], {{medical registrar}}

        What went well
        - {{Crash call}} to team arrival under 2 min.
        - {{CPR}} quality good, {{feedback device}} used, swaps every 2 min.
        - [[name:Ciaran]] (SN) took the scribe role unprompted and kept a clean timeline.
        - {{Reversible causes}} said out loud - K+ 7.4, {{calcium gluconate}} given.
        - {{ROSC}} after 3 cycles.

        Even better if
        - Suction tubing missing from the airway trolley - replaced, checklist updated.
        - Family waited 40 min with no update.

        Staff welfare: {{TRiM}} offered to all.
    """)),
    ("health", "incident", prose("""
        Mrs [[name:Ivy Thompson]], [[age:88]], was discharged from the {{frailty unit}} on [[date:Friday 21 February]]
        to [[organisation:Larchwood Care Home]] in Bromley. She should have gone to [[organisation:Larkwood House]],
        a different home four miles away, where her {{discharge to assess}} bed had been agreed. The
        {{transport booking}} was done by name from a drop-down and the wrong one was picked. Staff at
        [[organisation:Larchwood]] had no record of her and she waited in the {{ambulance}} for over an hour in
        the cold while it was sorted. Her daughter [[name:Hyacinth]] was understandably upset. No physical harm,
        but she reached the correct home at 19:40 and her {{TTO}} went with her late, so the evening
        {{levodopa}} was delayed. Learning: bookings should use the home's {{CQC}} location ID or postcode, not
        the name alone, and the ward should ring the receiving home before the crew leaves.
    """)),
    ("health", "near_miss", block("""
        Ulysses near miss report
        Ref: [[case_reference:ULY-88412]]
        Area: {{AMU}}
        Patient: [[name:Kofi Mensah-Boateng]], hosp no [[case_reference:K1180394]], NHS [[nhs_number:107 461 2124]]
        What happened: {{co-amoxiclav}} prescribed on admission for {{CAP}}. Allergy box on the chart said NKDA. During {{med rec}} the {{pharmacy technician}} checked the {{Summary Care Record}}, which showed {{penicillin}} - anaphylaxis 2016. Dose drawn up but not given; nurse [[name:Wiktoria]] stopped when pharmacy rang the ward.
        Why: allergy history taken from a confused patient, no collateral. {{red wristband}} not applied.
        Changed to {{doxycycline}}. Allergy updated on all systems.
        Reporter: [[name:Ahmed Al-Rashid]], Pharmacy Technician
    """)),
    ("health", "success", prose("""
        Good catch nomination. On the [[date:3rd]], while doing {{obs}} on [[organisation:Sandringham Ward]],
        {{healthcare assistant}} [[name:Joy Addo]] noticed that a man recovering from a small {{TIA}} could not
        hold his tea cup in his right hand and his words were slurred. He had been fine at lunch. She didn't wait
        for the drug round to finish, she pulled the {{emergency buzzer}} and said 'I think he's having another
        stroke'. A {{stroke call}} went out, he was scanned within 30 minutes and had a {{thrombectomy}} at the
        {{HASU}}. The team there said every minute mattered. [[name:Joy]] has only been with us four months.
        Nominated by [[name:Rachel Kerr]], {{Ward Sister}}.
    """)),
    ("health", "incident", prose("""
        Category 3 {{pressure ulcer}} found on sacrum day 6 of admission, {{frailty}} pt. {{Waterlow}} done on
        admission (18) but the {{repositioning chart}} has gaps of up to 9 hours over the weekend when we were 2
        {{RNs}} down. {{air mattress}} requested day 2 and not delivered until day 7. {{TVN}} referral done,
        safeguarding considered. Datix'd [[date:12/06]]. honestly the mattress delay is the bit that needs fixing.
    """)),
    ("health", "near_miss", block("""
        Timeline - oral meds nearly given before {{swallow screen}}
        [[date:Sat 9 Nov]]
        08:40  [[name:Gloria Baptiste]], [[age:73]], admitted overnight with R {{hemiparesis}}, {{NBM}} sign above bed.
        09:05  Agency nurse prepares morning meds incl {{aspirin}} 300mg and {{atorvastatin}}, crushes into yoghurt.
        09:10  Student nurse [[name:Tiago]] asks 'has she had her swallow screen?' Nurse stops.
        09:15  No screen documented. {{Stroke nurse}} screens - fails. Aspirin given {{PR}}.
        Outcome: no harm.
        Contributing: agency nurse new to ward, NBM sign half covered by a get well card, no NBM flag on {{e-obs}}.
        Shout-out to [[name:Tiago]] for speaking up.
    """)),
    ("health", "success", prose("""
        Frailty {{SDEC}} - a good week 👏 Just wanted to capture that between [[date:Mon 13]] and [[date:Fri 17 Jan]]
        we saw 46 people and sent 31 home the same day with {{virtual ward}} or community follow-up. Special
        thanks to [[name:Moira]] ({{physio}}), who has been doing {{Timed Up and Go}} at the front door, Dr
        [[name:Ng]] for the daily board rounds, and the [[organisation:Lewisham Rapid Response Team]] who picked up
        same day. One lady, [[age:94]], went home to her cat instead of a ward bed - her words, 'best day I've had
        since {{Christmas}}'. A lot of it is down to the {{Rockwood Clinical Frailty Scale}} being done in
        {{ED}}, so thank you to them too. - [[name:Sanjay]]
    """)),
    ("health", "incident", block("""
        Subject: IG incident - discharge summary sent to wrong practice

        [[name:Rhiannon]],

        As discussed. The {{discharge summary}} for a patient from the {{stroke ward}} ([[nhs_number:195 189 6327]]) went via {{Docman}} to [[organisation:Abbey Road Surgery]] instead of [[organisation:Abbeyfield Medical Practice]]. The practice was picked by autofill. [[organisation:Abbey Road]] rang us on [[date:5 August]] and deleted it. The right GP didn't get the summary for 4 days, so the {{clopidogrel}} plan wasn't known and the community pharmacy dispensed the old {{aspirin}}-only script. Patient told and apologised to ({{Duty of Candour}} not triggered, no harm).

        Logged as [[case_reference:DTX 121904]]. I've asked {{IT}} if the {{ODS code}} can be made mandatory.

        [[name:Femi Ogunleye]]
        Ward Clerk Manager, Stroke Services
        Ext [[phone:4471]] | [[email:femi.ogunleye1@nhs.net]]
    """)),
    ("health", "near_miss", block("""
        [15:48] [[name:Lou]]: heads up, took bed 22 to {{CT}} on 4L and the {{oxygen cylinder}} was just above empty when we got there 😬
        [15:49] [[name:Lou]]: had to borrow one from {{radiology}}
        [15:50] [[name:Femi]]: who checked the {{transfer trolley}} this morning?
        [15:51] [[name:Lou]]: nobody has signed the {{daily check}} sheet since {{Tuesday}}
        [15:52] [[name:Paddy]]: thats on us, nights were slammed. sorry
        [15:54] [[name:Femi]]: no blame, but lets make it a {{safety huddle}} item tmrw
        [15:55] [[name:Lou]]: I'll datix it as a near miss
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        TECH LOG EXTRACT - [[aircraft_registration:G-LXRN]] {{Challenger 350}}
        Sector: [[flight_number:BJX214]] FAB-NCE   Date: [[date:14 JUN 25]]
        Defect: During pre-flight the {{GPU}} was moved with the cable still attached. Cable pulled from the {{external power receptacle}}, pins bent.
        Action: Receptacle inspected by licensed engineer [[name:D. McAllister]], pins replaced IAW {{AMM}} 24-41-00. {{CRS}} issued. Delay 2h10.
        Ops note (Capt [[name:Rhys Morgan]]): no clear handover between the {{FBO}} handler and crew on who disconnects power. Agreed with [[organisation:Solent Jet Handling]] that crew give the thumbs-up and the handler confirms verbally before any GPU move.
    """)),
    ("aviation", "near_miss", prose("""
        Tow of [[aircraft_registration:N650GX]] ({{Gulfstream G650}}) from the {{hangar}} to {{stand 7}} on
        [[date:23 Nov]]. Tug driver [[name:Gabriel Ionescu]] had one {{wing walker}} instead of two because
        [[name:Liam]] had been pulled to refuel another aircraft. Left wingtip came within about 1m of the tail of
        a parked {{Citation XLS}}, [[aircraft_registration:G-CKTS]]. The wing walker shouted stop in time, no
        contact. We have a two-walker rule in the hangar area but it is routinely squeezed on busy days. Raised as
        [[case_reference:SMS-0412]] with our {{Safety Manager}}. Proposal: the tug does not move without two
        {{hi-vis}} walkers signed on the {{tow checklist}}, no exceptions, even if the departure goes late.
    """)),
    ("aviation", "success", block("""
        GOOD CATCH - {{fuel}} uplift discrepancy
        [[date:2 March]] | [[aircraft_registration:M-YFLY]] {{Global 6000}} | Luton - Dubai

        {{FO}} [[name:Aisha Bello]] compared the {{fuel receipt}} (litres) with the {{FMS}} uplift (kg) on her walk-round and found about 1,800 kg less than ordered. The bowser driver had used the {{specific gravity}} for a different batch and stopped early. Captain [[name:Hamish Stewart]] held the departure, got a top-up and re-did the {{weight and balance}}. 35 min late. Without that cross-check we'd have found it at the {{top of climb}} fuel check and had to divert. Thanks [[name:Aisha]] - exactly the challenge we want.
    """)),
    ("aviation", "incident", block("""
        AIR SAFETY REPORT
        ASR no: [[case_reference:ASR-25-0093]]
        Aircraft: [[aircraft_registration:9H-VLX]]   Type: {{Pilatus PC-24}}
        Flight: [[flight_number:VLX33]]   Date: [[date:19/07/2025]]   Route: EGGW - LFMN
        Crew: Capt [[name:S. Kaur]] / FO [[name:T. Whelan]] / CA [[name:Grace Liu]]
        Event: 40 min into the cruise CA smelt smoke in the aft cabin. A passenger's {{power bank}} in a seat pocket was hot and swelling. {{Lithium battery fire}} drill followed, device cooled with water and put in the {{fire containment bag}}. {{PAN PAN}} declared, continued to destination, met by {{RFFS}}.
        Injuries: none (4 pax).
        Contributing: {{dangerous goods}} brief not given verbally because the lead passenger was asleep on boarding.
        Reported by: [[name:Grace Liu]]
    """)),
    ("aviation", "near_miss", block("""
        [[name:Stevie]] (Ramp): just had a bowser pull up to [[aircraft_registration:G-OPJS]] with the {{Avgas}} truck 🤦
        [[name:Stevie]] (Ramp): its a {{Phenom 300}} so {{Jet A-1}} obvs
        [[name:Kuba]] (Ops): did he start??
        [[name:Stevie]] (Ramp): no, id already put the {{fuel order}} card on the {{nose wheel}} and he read it, then checked his sheet and it said piston. order was typed wrong by whoever took the call
        [[name:Kuba]] (Ops): that was me 😬 picked the wrong product in the drop-down. sorry
        [[name:Stevie]] (Ramp): no harm done mate, the card saved us
        [[name:Kuba]] (Ops): sending it to [[name:Sarah-Jane]] for the {{SMS}} log. product should be a mandatory {{read-back}}
    """)),
    ("aviation", "success", prose("""
        Crew debrief notes, [[date:Tue 11 Feb]]. [[aircraft_registration:EI-WJT]], {{Falcon 7X}}, Teterboro to
        Farnborough. Two hours out over the Atlantic a {{hydraulic}} system B low-quantity caution came on.
        Captain [[name:Declan Fitzgerald]] and FO [[name:Priyanka Menon]] ran the {{QRH}}, agreed a diversion to
        Shannon, coordinated with {{Shanwick}} and briefed the cabin and four passengers calmly. Our ops desk
        ([[name:Jess]]) had a handling agent, hotel and an engineer from [[organisation:Atlantic Aero Engineering]]
        ([[phone:+353 61 471 882]]) lined up before the wheels touched. Landed 600 kg overweight,
        {{overweight landing inspection}} done. Went well: calm {{CRM}}, early decision, ops anticipating.
        Improve: {{flight following}} didn't alert us to the ACARS message for 8 min.
    """)),
    ("aviation", "incident", prose("""
        On [[date:30 April]] I sent the passenger manifest for [[flight_number:BJX520]] to the wrong handling
        agent. Both addresses start with ops@ and autocomplete gave me [[email:ops@nordicjetcentre.se]] instead
        of [[email:ops@nordicjetcenter.no]]. The manifest had passport numbers and dates of birth for six
        passengers, including a child aged [[age:6]]. The agent replied within 20 minutes to say it was deleted.
        I told our {{DPO}} the same day; assessed under {{UK GDPR}} and an {{ICO}} notification was not needed.
        Learning: manifests and {{APIS}} data go through the {{handling portal}} or password-protected only, and
        I've cleared the {{Outlook}} autocomplete. [[name:Ola Nowak]], {{Flight Operations Officer}},
        [[organisation:Meridian Executive Aviation]]
    """)),
    ("aviation", "near_miss", prose("""
        eng start on [[aircraft_registration:G-SAJC]] at the {{FBO}} tonight, handler still by the #1 side doing
        the {{chocks}}. crew got a thumbs up from someone else (new lad, 2nd week) n began the #2 {{engine start}}.
        i shouted, crew saw me waving and held #1. honestly no one was doing the {{marshaller}} role properly.
        need 1 person 1 job + {{headset}} comms on the stand. reported to [[name:gaz]] ({{duty manager}}). not
        naming new lad, he did what he thought was right. - [[name:TK]]
    """)),
    ("aviation", "success", block("""
        From: [[name:Caroline Ashworth-Hale]] <[[email:c.ashworthhale@ahfamilyoffice.co.uk]]>
        To: [[email:charter@meridianexec.aero]]
        Date: [[date:16 Sep 2025]]
        Subject: Friday's flight

        Dear all,

        I wanted to pass on thanks for Friday. My father ([[age:84]], wheelchair user) flew on [[flight_number:MXA12]] to Geneva and it was the first trip in years that didn't exhaust him. The {{FBO}} team at the {{private terminal}} had the {{ambulift}} ready without us asking twice, and the cabin attendant, [[name:Marta]], had read the notes about his {{oxygen concentrator}} and {{diabetes}}. Captain [[name:O'Sullivan]] came back to say hello before {{taxi}}.

        Please thank everyone.

        [[name:Caroline Ashworth-Hale]]
        [[organisation:Ashworth-Hale Family Office]]
        [[phone:+44 20 7946 0381]]
    """)),
    ("aviation", "incident", block("""
        EVENT TIMELINE - departure without full {{de-icing}}
        [[aircraft_registration:G-HRDB]] {{Learjet 75}} | [[flight_number:HRD07]] | [[date:08/01/2025]]
        06:10  Snow showers, OAT -2C. Crew request {{Type I}}/{{Type IV}} de/anti-ice.
        06:35  Rig delayed by airline traffic. Crew told 'next in line'.
        06:52  Slot pressure, client arriving. Type I only applied. Rig crew ([[organisation:Polar Ground Services]]) pass the {{anti-icing code}} as 'Type I, 06:52' - no Type IV.
        07:05  Crew depart, {{holdover time}} worked out assuming Type IV.
        07:09  Airborne. No handling issues.
        Later: ops review of the de-ice invoice shows Type I only.
        Findings: code not read back; commercial pressure. Captain [[name:Ben Adebayo]] self-reported.
        Actions: full code read-back mandatory; {{just culture}} review, no disciplinary.
    """)),
    ("aviation", "near_miss", block("""
        MANDATORY OCCURRENCE REPORT - summary
        MOR ref: [[case_reference:MOR 2025/11742]]   Internal: [[case_reference:OPS-NM-062]]
        Date: [[date:22 Oct 2025]]   Flight: [[flight_number:BJX88]]   A/C: [[aircraft_registration:G-RNJP]] ({{Citation Latitude}})
        Occurrence: {{level bust}}. Cleared FL160, climbed to FL168 before recovery. No {{TCAS RA}}, {{ATC}} advised no loss of separation.
        Crew: Capt [[name:Wilson]] (PF), FO [[name:Alexandru Popa]] (PM)
        Contributing: {{altitude preselect}} still set to FL180 from the previous clearance; PM distracted by a call from the cabin; {{autopilot}} in {{VS}} mode.
        Crew comment ([[name:Alexandru]]): 'Point and say on every altitude change from now on. I didn't check the preselect after the read-back.'
    """)),
    ("aviation", "success", prose("""
        Shout-out for [[name:Farida]] on the {{FBO}} front desk. On [[date:Saturday 12th]] a passenger on the
        14:00 to Nice left his passport in the {{crew lounge}} after {{Border Force}} checks. She found it at 14:20
        while [[aircraft_registration:G-JMCX]] was still taxiing, rang the {{handling agent}}, who got {{ATC}} to
        tell the crew, and they came back to stand where our {{follow-me}} car ([[vehicle_registration:FY21 KWD]])
        met them. Without it he'd have been refused entry. Calm and quick - thanks [[name:Farida]]. - [[name:Paul]]
    """)),
    ("aviation", "incident", block("""
        OPS DESK HANDOVER - [[date:03/12]] 18:00
        From [[name:Ruth]] to [[name:Callum]]
        1. [[aircraft_registration:G-MJTB]] back at Luton 17:40, {{tech log}} clean.
        2. [[flight_number:MJT441]] tomorrow - Capt [[name:Hollis]] / FO [[name:Nguyen]]. NOTE: yesterday's ad hoc Oslo return put [[name:Hollis]] over his {{FDP}} by 25 min. {{Commander's discretion}} NOT used or logged - we only spotted it in {{Leon}} this afternoon. He has had his {{rest}} so legal tomorrow, but I've opened [[case_reference:FTL-0288]] and told [[name:Helen]] ({{Head of Flight Ops}}).
        3. Catering for [[flight_number:MJT441]] - vegan x2.
        4. {{Hangar}} door 2 sticking again, engineering aware.
        Learning: the FTL warning was on but someone ack'd it earlier. Nobody owns FTL alerts after 16:00.
    """)),
    ("aviation", "near_miss", prose("""
        Found a 10mm socket on {{stand 3}} at 07:30 during the {{FOD walk}}, right where a {{Citation}} had started
        up 20 min earlier. Not ours, from the contractor doing the {{apron lighting}} work overnight. Bagged and
        tagged, photo on the {{SMS}}. Asked {{airside ops}} to add a {{tool control}} check when contractors sign
        out. [[date:Weds 4th]].
    """)),
    ("aviation", "success", prose("""
        Debrief / thank you. [[flight_number:GXJ205]] Farnborough to Malaga, [[date:27 July]]. One of the
        passengers, a man aged [[age:58]], became clammy with central chest pain about an hour in. CA
        [[name:Chiamaka Nwosu]] recognised it quickly, gave {{oxygen}} and {{aspirin}} from the {{medical kit}}
        after a call through {{MedLink}}, and kept his wife calm. Capt [[name:Euan Fraser]] diverted to Bordeaux
        with a {{priority landing}} and {{paramedics}} met the aircraft. The family told us he had a {{stent}}
        the same night. Well done team, and to ops for getting a replacement crew and {{handling}} sorted overnight.
    """)),
    ("aviation", "incident", block("""
        [11:02] [[name:Yasmin]]: urgent pls call me when you can, we had an allergic reaction on [[flight_number:MXA30]]
        [11:15] [[name:Dave Pearce]] (Ops): calling now
        [11:40] [[name:Dave Pearce]] (Ops): summary for the log: pax with {{sesame}} allergy on the booking, caterer ([[organisation:Elite Skies Catering]]) labelled the box 'allergen free' but the hummus had {{tahini}} in it. 2 mouthfuls, lip swelling, used own {{EpiPen}}, {{antihistamine}} from the kit. Met by {{ambulance}} at GVA, discharged same day.
        [11:42] [[name:Yasmin]]: I should have checked the ingredients card myself. I trusted the label
        [11:43] [[name:Dave Pearce]] (Ops): you did everything right after. I'm taking it up with [[organisation:Elite Skies Catering]] and we'll do a {{Natasha's Law}} style ingredients check on every box from now
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind131", REPORTS))


if __name__ == "__main__":
    main()
