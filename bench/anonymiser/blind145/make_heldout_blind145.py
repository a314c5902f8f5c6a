"""Held-out blind corpus 145: just-culture incident and learning reports, written blind.

Setting: a Scottish council's children and families social work service (Children's Hearings,
named persons, IRDs, kinship and residential care), an NHS board's emergency department and
rural minor injuries units (CHI numbers, Datix, TrakCare), and a Highlands and Islands regional
airline (Saab 340, ATR 42, Twin Otter and Islander operations, ASR/MOR reporting).

Style: the ordinary mix UK staff actually type: rushed lower-case notes with typos, careful
narratives, chronologies and timelines, e-mails with signatures, Teams/WhatsApp-style chat,
incident forms with field labels, handover sheets, debrief notes, tech-log extracts, and
praise and shout-outs. Identifiers are marked `[[label:value]]`; must-not-redact terms `{{term}}`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind145.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        visited [[address:22 birchwood cres]] on [[date:tues 4th]] re [[name:kayden]] ([[age:6]]), no answer but tv
        on and could hear him. nieghbour mrs [[name:o'hare]] said {{mum}} went to the shops 'ages ago'. phoned
        mum on [[phone:07723 418 906]] x3 no ans. waited 25 mins in car, {{mum}} came back with shopping at 4.10,
        said she was only at the {{co-op}}. [[name:kayden]] fine, had crisps. discussed w {{team leader}}
        [[name:fiona]] on return, {{IRD}} not needed at this point but {{named person}} (HT at
        [[organisation:Craigmore Primary]]) to be told and {{child's plan}} reviewed. logged on {{Mosaic}}
        [[case_reference:MOS-207713]].
    """)),
    ("social_care", "success", block("""
        From: [[name:Morag Buchanan]] <[[email:morag.buchanan@strathmoray.gov.scot]]>
        Sent: [[date:08 March 2024]] 16:42
        To: [[organisation:Dingwall C&F Team]]
        Subject: shout out - [[name:Tendai]]

        Hi all,

        Just wanted to say a massive well done to [[name:Tendai Moyo]] for the way she handled the
        {{Children's Hearing}} on [[date:Thursday 7th]]. The {{Reporter}} said afterwards it was the clearest
        {{assessment}} she'd read in months, and the young person ([[name:Callum]], [[age:14]]) actually spoke up
        for himself for the first time because [[name:Tendai]] had prepped him with the {{Viewpoint}} questionnaire.

        Really good {{relationship-based practice}}. Let's talk about it at {{peer supervision}}.

        [[name:Morag]]
        [[name:Morag Buchanan]] | {{Senior Practitioner}}
        Tel [[phone:01349 868 214]]
    """)),
    ("social_care", "near_miss", block("""
        Chronology - near miss (letter)
        [[date:12/02/24]] 10:15  {{CP}} {{case conference}} invite for [[name:Ruby-Mae Sinclair]] ([[case_reference:LCS-114082]]) drafted by {{admin}}
        [[date:12/02/24]] 11:30  {{SW}} [[name:J. Kowalczyk]] checks draft - address pulled from old record ([[address:5 Mill Wynd]], [[postcode:KW1 4TY]]). This is dad's address. Dad has no contact per the {{interim CSO}}
        [[date:12/02/24]] 11:40  letter stopped, correct address ([[address:Flat 2, 19 Harbour Road]], [[postcode:KW1 5HT]]) confirmed with {{mum}} by phone
        [[date:13/02/24]]        raised with {{Mosaic}} support - old address still showing as 'current' on the {{person summary}}
        Learning: always check the address tab against the latest {{chronology}} entry, not the summary screen.
    """)),
    ("social_care", "incident", block("""
        [09:02] [[name:Priya Nair]]: morning, bit of a problem. I sent the {{LAC review}} minutes for [[name:Aiden]] to [[email:s.mcallister@glenview-care.co.uk]] instead of [[email:s.mcalister@glenviewcare.org.uk]] 😬
        [09:03] [[name:Kev]]: oh no. external?
        [09:04] [[name:Priya Nair]]: yeah. autocomplete. it had his {{DOB}}, school and placement address in it
        [09:06] [[name:Kev]]: ok phone the {{Information Governance}} line now, and try recall in {{Outlook}}
        [09:15] [[name:Priya Nair]]: recall failed. IG say log as a {{data breach}}, ref [[case_reference:IG-2024-0331]]
        [09:16] [[name:Kev]]: nae bother, it happens. I'll let [[name:Sandra]] know. can you phone the other lot and ask them to delete and confirm in writing
        [09:40] [[name:Priya Nair]]: done, they've confirmed. deleted.
    """)),
    ("social_care", "success", prose("""
        On [[date:Friday 19 January]] the {{health visitor}}, [[name:Siobhan Gallagher]], phoned the duty line
        because she had noticed bruising to the ear of [[name:Oliver Grant]], aged [[age:9]] months, at a routine
        visit to the family home at [[address:Larch Cottage, Balnain Road]]. She took clear {{body map}} notes and
        did not wait to speak to {{mum}} first. The {{duty social worker}} ([[name:Hamza Iqbal]]) convened an
        {{Inter-agency Referral Discussion}} within two hours with DS [[name:Petrie]] of {{Police Scotland}} and the
        {{paediatrician}}. A {{child protection medical}} was completed at
        [[organisation:Craigston General Hospital]] the same afternoon. The learning we want to share is how
        quickly everyone moved on a small but significant sign in a non-mobile baby. Well done to all involved.
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS REPORT
        Service: Children & Families - {{Family Support}}
        Date of event: [[date:27/11/2023]]
        Location: [[organisation:Wee Acorns Nursery]], [[address:3 Kirk Brae]], [[postcode:IV15 9QA]]
        Child: [[name:Lily Rose Devlin]]   DOB [[date_of_birth:02/06/2020]]
        Reference: [[case_reference:MOS-198842]]
        What happened: Dad ([[name:Shane Devlin]]) arrived at pick up and told staff he had permission. A new member of {{nursery}} staff nearly released [[name:Lily]]. Manager [[name:Hope Adeyemi]] recognised him and checked the {{collection list}} - he's not on it and there is a {{Child Protection Order}}.
        Action taken: Dad left. {{Police}} informed. {{mum}} collected.
        What helped: copy of the {{CPO}} conditions kept in the office; manager on the floor.
        Suggested learning: induction for new staff to include the {{collection list}} on day one.
    """)),
    ("social_care", "incident", block("""
        OOH STANDBY HANDOVER - weekend [[date:16/17 March]]
        Worker: [[name:Ewan]]     Manager on call: [[name:A. Mukherjee]]

        1. [[name:Jayden Ross-Campbell]] ([[age:15]]) - missing from [[organisation:Braeview Children's House]] 22:00. Reported to {{Police}}, ref [[case_reference:PS-20240316-2291]]. Found 03:40 at the {{bus station}}, Inverness. {{return home interview}} needed asap.
        2. Sibling group [[name:Nowak]] - mum [[name:Agnieszka]] ([[ni_number:JM 47 21 83 C]]) called {{OOH}} x2 re money for gas. {{Section 22}} payment £40 authorised by [[name:AM]].
        3. INCIDENT - standby phone died 23:10-23:55 (no charger in the pack). Police couldn't get us re no.1 and rang the {{emergency duty}} landline instead. No harm but it could have been.
        Please put a charger back in the grab bag!!
    """)),
    ("social_care", "success", prose("""
        [[name:Zainab]] ([[age:12]]) had refused to go to her last three {{Looked After reviews}}. Her
        {{social worker}}, [[name:Will Henderson]], asked her what would make it easier. She said the café at the
        {{skate park}} rather than an office, and her {{Who Cares? Scotland}} advocate there too. The
        {{reviewing officer}} agreed, the {{foster carer}} brought her, and the review on [[date:3 April]] was the
        first one where [[name:Zainab]] spoke for herself. She said she wants to stay at
        [[organisation:Glenbervie High School]] and to see her wee brother more. Contact has now been increased.
        [[name:Will]] said the main thing was asking her and then actually doing what she asked.
    """)),
    ("social_care", "incident", prose("""
        Incident: on [[date:Monday 13 May]] a taxi arranged through the council's transport contract collected
        [[name:Tyler]] ([[age:8]]) from [[organisation:St Columba's RC Primary]] for contact at
        [[organisation:Elmbank Family Centre]]. The driver was not the usual driver and had not been {{PVG}}
        checked; the firm, [[organisation:Highland Link Cabs]], had sent a cover driver at short notice (vehicle
        [[vehicle_registration:SV19 KXP]]). [[name:Tyler]] arrived safely and no harm occurred, but the
        {{contact supervisor}} only noticed because the driver didn't know the door code. Reported to
        {{Procurement}}; a {{Care Inspectorate}} notification was considered but not required. Learning: the school
        office should be given the driver's name and reg each morning and must not release children to unknown
        drivers. Reported by [[name:Gillian Mackay]], {{Contact Coordinator}}.
    """)),
    ("social_care", "near_miss", prose("""
        near miss at [[organisation:Braeview]] last nite - [[name:connor]]'s {{melatonin}} was nearly given twice.
        {{nightshift}} ([[name:Bogdan]]) went to give at 21:30 but checked the {{MAR sheet}} first and it was already
        signed by late shift ([[name:Leanne]]) at 21:00 but not in the {{medication cabinet}} log. no dose given
        twice. both staff spoke to. we think the 2 records thing is the problem, shd just be one. pls can Ms
        [[name:Oduya]] raise at managers meeting on [[date:wed 22nd]]. also the {{controlled drugs}} book was fine,
        checked by me + [[name:LB]].
    """)),
    ("social_care", "success", block("""
        Debrief - planned move of the [[name:Adebayo]] siblings, [[date:20 June 2024]]
        Present: [[name:Grace Tait]] (TL), [[name:Nadia Rahman]] (SW), [[name:Euan Fraser]] ({{supervising social worker}}), [[name:Dorothy]] (kinship carer, gran)

        What went well
        - {{life story}} books ready before the move, not after
        - {{Children's Reporter}} told early so the {{Compulsory Supervision Order}} variation was ready for the hearing
        - both schools ([[organisation:Lochside Primary]] and [[organisation:Inshes Nursery]]) got the {{transition plan}} a week ahead
        - gran had her {{kinship allowance}} decision in writing before day one (NI [[ni_number:SH207358B]] sorted with benefits team)
        What we'd change
        - {{Mosaic}} workflow for the kinship assessment took 3 wks to sign off, chase earlier
        Overall: smooth, kids settled, [[name:Temi]] ([[age:7]]) told [[name:Nadia]] "it feels like a holiday but for ever".
    """)),
    ("social_care", "incident", block("""
        Subject: Incident at [[organisation:Wick Area Office]] reception - [[date:2/10/24]]

        [[name:Lorna]],

        As discussed, writing it up. At about 14:20 Mr [[name:Darren Sutherland]] came to reception asking for me after the {{Child Protection Register}} decision. He was shouting and hit the screen with his fist. [[name:Mairi]] on reception pressed the {{panic alarm}} and [[name:Rashid]] from the {{Criminal Justice}} team came through. Police attended, crime ref [[case_reference:PS-20241002-1347]]. No one hurt.

        He knew where I park and described my car ([[vehicle_registration:SK21 HWT]]). I'd like this added to the {{potentially violent persons}} flag and to use the {{lone working}} app for my visits for now.

        Thanks
        [[name:Chidi Okafor]]
        {{Social Worker}}, [[organisation:Caithness Children and Families]]
        [[phone:07912 556 031]]
    """)),
    ("social_care", "near_miss", block("""
        Type: near miss
        Team: [[organisation:Nairn Children & Families]]
        Reported by: [[name:s.mcbride]]
        Date: [[date:19/08/2024]]
        Summary: {{concern form}} about [[name:Amelia Kaczmarek]] ([[age:11]]) sent to her {{named person}} at [[organisation:Rosebank Primary]] over the summer holidays. auto reply only, nobody picked it up for 9 days. The {{HT}} was off and the {{depute}} had moved school.
        Outcome: no harm - concern was low level ({{attendance}}, {{neglect}} indicators) and duty followed up w the {{health visitor}} for the younger sibling anyway.
        Learning: in the holidays concern forms should go to the {{Education}} central inbox, not the individual named person. Proposed to the {{Child Protection Committee}} for the guidance update.
    """)),
    ("social_care", "success", block("""
        [[name:Bex]] 14:02
        huge thanks to [[name:Summer]] on duty today who spotted that the referral for the [[name:Ionescu]] kids was a repeat of one from {{Education}} last year that got closed - pulled the {{chronology}} together in 20 mins and it went straight to {{IRD}}. proper good catch 👏
        [[name:Gavin]] 14:05
        👏👏 nice one [[name:Summer]]
        [[name:Summer]] 14:07
        ach it was {{Mosaic}} that flagged it to be fair, the {{duplicate referral}} alert. thanks though x
    """)),
    ("social_care", "incident", prose("""
        During preparation of papers for a {{Children's Hearing}} on [[date:5 September 2024]], the
        {{social background report}} for [[name:Kirsty-Ann Morrison]] (DOB [[date_of_birth:11/04/2010]]) included
        the foster carers' address, [[address:Tigh na Mara, Shore Road]], [[postcode:PA34 4XB]], in the family
        section. The papers went to all {{relevant persons}}, including birth {{mum}}, who does not know where
        [[name:Kirsty-Ann]] lives. It was noticed by a {{Panel Member}} on the day. The {{Reporter}} retrieved the
        papers where she could, but mum had already read them. The placement was reviewed and a safety plan agreed
        with the carers, Mr and Mrs [[name:Campbell]]. Learning: {{SCRA}} templates now have a redaction check box,
        and {{team leaders}} will sign off reports with a specific address check.
    """)),
    ("social_care", "success", prose("""
        Learning from a good outcome, [[date:March 2024]]. A {{duty social worker}} took a call late on a Friday
        from a {{pharmacist}} who was worried about a teenage girl buying {{paracetamol}} twice in one day. Rather
        than logging it for Monday, the worker phoned the {{out of hours}} team, the {{police}} did a welfare check
        and the young person was taken to the {{emergency department}}. She was assessed by {{CAMHS}} the next
        morning. The pharmacist said she had only rung because she'd been at a {{Child Protection Committee}}
        awareness session the month before. Small things like that do matter.
    """)),
    ("social_care", "near_miss", prose("""
        {{lone working}} near miss. went out to [[address:Ardcharnich Farm Cottages]] nr Ullapool on
        [[date:Thurs 28 Nov]] for an {{unannounced visit}}, no signal past the junction. car
        ([[vehicle_registration:SF70 DZU]], pool car) got a flat on the single track rd and i was stuck 2 hrs.
        didnt sign out on the {{whereabouts board}} as was in a rush so office didnt know where i was till
        [[name:ravinder]] noticed at 5. farmer (Mr [[name:Jamieson]]) helped change the tyre. nobody hurt but could
        have been bad in the dark. pool car had no {{jack}} in the boot?? {{fleet}} need to check. [[name:Cat]] - SW
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        [[name:Margaret Duthie]] ([[age:68]], CHI [[nhs_number:2306555087]]) arrived by ambulance at 18:40 on
        [[date:14/01/2024]] with new confusion and a {{urinary catheter}}. Triaged {{Manchester Triage}} category 3.
        {{NEWS2}} at triage was 5 but was not repeated for three hours because the department was at 140%
        capacity and she was on a trolley in the {{corridor}}. At 21:50 the {{HCSW}} found her clammy with a {{BP}}
        of 78/40. The {{Sepsis Six}} was started at 22:05. She went to [[organisation:Ward 4 (Fyrish)]] and
        recovered. Datix [[case_reference:DW-88714]]. Learning: corridor patients need an allocated nurse and an
        obs time on the {{whiteboard}}, even in {{escalation}}.
    """)),
    ("health", "success", block("""
        [19:12] [[name:Nkechi Eze]] (ED {{CNM}}): Shout out to [[name:Rhys]] in {{MIU}} today - [[age:4]] yr old in with a 'fall off the sofa' and a {{spiral fracture}} of the tibia. He didn't just splint and send, he checked {{TrakCare}}, saw 2 previous attendances, and phoned the {{child protection}} {{paediatrician}} on call. {{IRD}} happening tomorrow.
        [19:14] [[name:Olu]]: brilliant. exactly the right call
        [19:15] [[name:Rhys]]: cheers, [[name:Bryony]] in {{X-ray}} flagged it too tbh
    """)),
    ("health", "near_miss", block("""
        ED HANDOVER - nights -> days   [[date:Sat 9th Mar]]
        Bay  Pt                                   Issue
        R2   [[name:J. Stewart]] [[age:34]]M                 {{DKA}} on {{FRII}}, K+ 3.4, {{VBG}} 2 hrly
        M6   [[name:John Stewart]] [[age:77]]M               chest pain, {{troponin}} x2 neg, home w GP f/up
        M9   [[name:Aleksander Zielinski]] [[age:52]]M      awaiting {{CT head}}
        !! NEAR MISS - 0440 bloods for R2 were labelled with M6's sticker. Caught by lab ([[name:Lynn]]) because the {{CHI}} didn't match the sample history. Recollected. Both pts named [[name:Stewart]], same birth month. Please use the {{name alert}} sticker + read back CHI at the bedside.
        Datix [[case_reference:DW-89102]]   - [[name:TK]] (nurse in charge)
    """)),
    ("health", "incident", block("""
        From: [[name:Aoife Brennan]]
        To: ED Pharmacy; ED Senior Charge Nurse
        Date: [[date:Wednesday 24 April 2024]] 09:17
        Subject: Datix [[case_reference:DW-90233]] - IV paracetamol dose

        Morning both,
        Flagging an incident from late shift. A [[age:19]] year old woman, weight 41 kg, got 1 g {{IV paracetamol}} in resus at 20:10 and another 1 g at 23:40 (prescribed on {{HEPMA}} as the 1 g QDS default). Should have been 15 mg/kg. No harm, LFTs normal, discussed with {{toxicology}} via {{TOXBASE}}. Patient and {{mum}} told under {{duty of candour}}.
        Can we look at whether HEPMA can prompt a weight check under 50 kg?
        Thanks,
        [[name:Aoife]]
        {{Staff Nurse}}, [[organisation:Craigston General ED]]
        [[phone:01463 704 417]]
    """)),
    ("health", "success", prose("""
        Good catch at [[organisation:Nairnside Minor Injuries Unit]] on [[date:2 February]]. A man in his fifties,
        a tourist from Leeds (NHS no. [[nhs_number:943 602 6463]]), was brought in by a friend who thought he'd had
        too much to drink at a funeral. {{ANP}} [[name:Grzegorz Wiśniewski]] noticed a subtle left facial droop and
        speech that was worse than the alcohol would explain, did a {{FAST}} test and {{ROSIER}} score, and called
        the {{Scottish Ambulance Service}} for an emergency transfer. CT at [[organisation:Craigston General]]
        confirmed an {{ischaemic stroke}} and he had {{thrombolysis}} within the window. [[name:Grzegorz]] said the
        key was not anchoring on the friend's story. We're using this at the MIU {{teaching session}}.
    """)),
    ("health", "incident", block("""
        Timeline - assault on staff, ED waiting room, [[date:31/12/2023]]
        23:05  pt ([[name:Connor Baird]], [[age:24]]) booked in, head lac, intoxicated
        23:40  verbal abuse to reception ([[name:Shona]])
        00:10  pt threw a chair, struck {{HCSW}} [[name:Mohammed Rafiq]] on the arm
        00:12  {{security}} + {{police}} called, pt restrained by police 00:25
        00:30  [[name:Mohammed]] seen in {{majors}}, bruising only, {{X-ray}} NAD
        01:00  police crime no. [[case_reference:PS-20240101-0044]]
        Actions: {{Datix}} [[case_reference:DW-87650]]; {{occupational health}} referral; {{TRiM}} offered; staff member supported to give statement.
        Learning: only one security officer overnight on {{Hogmanay}}. Requested two for future public holidays.
    """)),
    ("health", "near_miss", prose("""
        nearly gave {{co-amoxiclav}} to bay 4 lady (mrs [[name:achterberg]], [[age:72]]) - {{allergy}} box on the
        {{ED card}} blank and {{ECS}} said no known allergies. her daughter arrived w a bag of meds and the letter
        from [[organisation:Fleming Ward]] last yr saying {{anaphylaxis}} to penicillin. stopped it, gave
        {{clarithromycin}} instead. ECS wasnt updated bc the GP ([[organisation:Braeside Medical Practice]]) had it
        coded differently?? worth checking. told pt + daughter. [[name:mk]] SN
    """)),
    ("health", "success", block("""
        Forwarded to team by [[name:Ranjit Gill]], {{Clinical Nurse Manager}}:

        > Dear Sir/Madam, I want to thank the staff in your {{emergency department}} who looked after my dad, [[name:Alasdair MacRae]], on the night of [[date:17th October]]. He has {{dementia}} and was very frightened. A nurse called [[name:Grace]] sat with him and sang old Gaelic songs with him until his {{CT}} was done, and a doctor (Dr [[name:Osei]]) explained everything to us twice without rushing. You were clearly very busy. Thank you.
        > [[name:Fiona MacRae]], [[address:8 Ness Bank]], [[postcode:IV2 4SF]]

        Lovely. This is what the {{Butterfly Scheme}} training is for. Well done [[name:Grace]] and Dr [[name:Osei]].
    """)),
    ("health", "incident", block("""
        DATIX SUMMARY
        Ref: [[case_reference:DW-91877]]
        Date/time: [[date:06/07/2024]] 15:30
        Location: [[organisation:Portree MIU]]
        Category: Patient left before treatment complete
        Details: [[name:Liam O'Neill]], [[age:17]], DOB [[date_of_birth:19/07/2006]], head injury after fall from bike, no helmet. {{GCS}} 15, one vomit. While waiting for a {{CT}} transfer decision he left with friends. {{Police Scotland}} asked to do a welfare check at [[address:12 Dunvegan Road]]. Found at home 17:05, brought back by {{mum}}, transferred to [[organisation:Broadford Hospital]] for CT - normal.
        Contributing: nobody told him why he had to wait; {{NICE head injury guidance}} not explained in plain words.
        Immediate action: {{head injury advice}} leaflet + 'why you're waiting' card now given at triage.
    """)),
    ("health", "near_miss", prose("""
        Near miss during an internal transfer on [[date:Sunday 11 August]]. A patient with {{COPD}} on 2 litres of
        {{oxygen}} was taken from ED to [[organisation:Ward 9 (Culloden)]] by a porter and an {{HCSW}}. The
        {{CD cylinder}} on the trolley read nearly empty when they reached the lift, and they realised nobody had
        checked it. They went back and swapped it, and the patient's {{SpO2}} stayed at 90%. {{Porter}}
        [[name:Ade]] spoke up, which we really want to encourage. Learning: cylinder check added to the
        {{transfer checklist}} and a full spare kept at the resus door. Reported by [[name:Eilidh Munro]],
        {{SCN}}.
    """)),
    ("health", "success", prose("""
        well done [[name:Bill]] at {{triage}} on nightshift [[date:Fri 15th]], [[age:26]] yo with 'shoulder tip
        pain after gym' - he asked about LMP, did a {{pregnancy test}} and it was +ve. straight through to
        {{resus}}, {{ruptured ectopic}}, in {{theatre}} within the hour. exactly why we ask. [[name:JM]]
        {{ED consultant}}
    """)),
    ("health", "incident", block("""
        Hot debrief - {{TrakCare}} outage, [[date:Tuesday 3rd September]] 13:00-16:45
        Led by: Dr [[name:Sian Pryce-Jones]] ({{EPIC}}), [[name:Kwame]] (NIC)
        - {{downtime procedure}} folder was found but request forms were the old version, lab rejected 6
        - phoned {{troponin}} results written on scrap paper, one lost. Pt ([[name:Harvey]], [[age:58]]) waited 2 extra hrs for {{NSTEMI}} treatment
        - whiteboard worked well, {{Flow Coordinator}} kept it live
        - couldn't see {{ECS}} so relied on pts' own med lists
        Actions: laminated results log for downtime; downtime box checked monthly by [[name:Kwame]]; IT asked for earlier {{SMS}} alert.
        Datix [[case_reference:DW-92004]]
    """)),
    ("health", "incident", prose("""
        [[name:Ayesha Begum]], aged [[age:7]], CHI [[nhs_number:1403176809]], attended the MIU with a {{burn}} to
        the hand on [[date:22 May 2024]]. The history was consistent and the {{ENP}} arranged a dressing check in 48
        hours. She was not brought back. Nobody followed up, because the {{Was Not Brought}} policy only covers
        outpatient clinics, not MIU return visits, and the {{discharge letter}} went to the GP but not to the
        {{school nurse}} or the {{named person}}. [[name:Ayesha]] was later seen by her {{GP}} at
        [[organisation:Kinmylies Surgery]] with an infected wound. No safeguarding concern was found but the review
        identified a gap. The MIU now phones families who miss return appointments and copies the named person into
        letters for under-16s.
    """)),
    ("health", "success", block("""
        From: [[name:Graham McIntyre]] <[[email:graham.mcintyre3@nhs.scot]]>
        Sent: [[date:12 November 2024]]
        Subject: thanks from the crews

        Hi [[name:Ranjit]],
        Just a quick one to say thanks to your team on Monday night. We had 7 crews stacked outside at 20:00 and your {{HALO}} ([[name:Precious Mbeki]]) and the {{fit to sit}} area had us all cleared in under 40 minutes. One of those crews went straight back out to a {{cardiac arrest}} in Drumnadrochit and the patient got {{ROSC}}. That doesn't happen if we're still sat in your {{car park}}.
        Cheers,
        [[name:Graham]]
        {{Station Manager}}, {{Scottish Ambulance Service}}
        [[phone:07700 918 442]]
    """)),
    ("health", "near_miss", block("""
        Incident type: Near miss - missed fracture
        Reporter: [[name:D. Achebe]], {{Emergency Nurse Practitioner}}
        Date: [[date:04/03/2024]]
        Pt: [[name:Krzysztof Lewandowski]], [[age:43]], hosp no. [[case_reference:H0457721]], CHI [[nhs_number:0504804626]]
        What happened: wrist X-ray reviewed by me as normal, pt discharged with {{sprain}} advice. {{Radiographer}} [[name:Meera]] had added a {{red dot}} for possible {{scaphoid fracture}} but I didn't see the flag on {{PACS}}.
        How caught: daily {{radiology discrepancy}} review next morning. Pt recalled, put in a {{futura splint}} and referred to {{fracture clinic}}.
        Learning: the red dot flag is small grey text on the new PACS screen. Asked IT to make it red.
    """)),
    ("health", "success", prose("""
        Shared learning from the paediatric ED at [[organisation:Craigston General]]. A [[age:3]] year old boy from
        a Syrian family was brought in with breathing difficulty on [[date:8 January]]. {{Dad}} spoke only Arabic.
        Instead of using the cousin who had come with them, {{staff nurse}} [[name:Olivia Chen]] booked a
        {{telephone interpreter}} through {{Language Line}}, and it came out that the boy had been given
        {{salbutamol}} from a relative's {{inhaler}} at home. Dad then asked us to update {{mum}}, who was still in
        Turkey, on [[phone:+90 532 418 2290]], and the interpreter stayed on for that too. {{Bronchiolitis}} was
        diagnosed and he went home the next day. The family said they felt listened to.
    """)),
    ("health", "incident", prose("""
        pt [[name:Ernest Wilkinson]] [[age:88]] (CHI [[nhs_number:1210353814]]) discharged from ED 02:50 on
        [[date:19/01]] in a taxi to [[address:Rowan Cottage]], Kiltarlity. frost on. no one at home, no
        {{key safe}} code on file and the taxi driver left him at the door. neighbour found him in the garden at
        07:30, cold, temp 34.1 on return = {{hypothermia}}. readmitted to [[organisation:Ward 6 (Glenmore)]].
        {{discharge checklist}} not done due to {{flow}} pressure + no {{social work}} overnight.
        {{duty of candour}} applies, son informed. datix to follow
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        AIR SAFETY REPORT   [[case_reference:ASR-2024-0187]]
        Date: [[date:14 FEB 2024]]   Flight: [[flight_number:HL451]] INV-LSI   A/C: [[aircraft_registration:G-HLKA]] ({{Saab 340B}})
        Crew: {{Capt}} [[name:M. Halcrow]] / {{FO}} [[name:T. Okonkwo]]
        Phase: Approach RWY 27
        Narrative: strong crosswind, gusting 35 kt. Approach became unstable below 500 ft ({{IAS}} +20, sink 1200 fpm). {{PM}} called 'unstable' at 400 ft, PF continued to 200 ft before calling {{go-around}}. Diverted to Kirkwall, landed without further issue.
        {{CRM}} note: FO's call was correct and timely; Capt acknowledges delay in acting on it.
        Reported to the {{CAA}} as MOR [[case_reference:MOR 2024/02231]].
    """)),
    ("aviation", "success", block("""
        [06:48] [[name:Kenny]] (ramp SYY): just before door close on [[aircraft_registration:G-HLKC]] I noticed the {{pitot cover}} still on the right side 😳 flagged it to the {{Captain}}
        [06:49] [[name:Dev]] (ops): good shout. removed?
        [06:50] [[name:Kenny]]: yep, engineer [[name:Alistair]] removed it and checked the rest of the {{walkround}}. crew said they did it in the dark with a torch and the {{remove before flight}} streamer was tucked in
        [06:55] [[name:Dev]]: [[flight_number:HL602]] going 10 mins late, no bother. pls put in an {{ASR}} so it goes in the {{safety bulletin}}. legend 👍
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:Saturday 22 June]] our {{Twin Otter}} [[aircraft_registration:G-HLTB]], operating
        [[flight_number:HL373]] from Glasgow, was on short final for the beach at Barra when a car drove onto the
        {{landing strip}} from the cockle shore. The {{AFISO}} had the {{windsock}} and beach flags up but the
        driver, a visitor, said he didn't see them. The crew went around and landed on the second approach after
        the {{fire crew}} moved the car ([[vehicle_registration:YX68 PFE]]) off. Nobody was hurt. The airport team
        are looking at extra signage at the slipway. Reported via the {{MOR}} scheme.
    """)),
    ("aviation", "incident", block("""
        Incident type: Dangerous goods - undeclared
        Date: [[date:03/09/2024]]   Flt: [[flight_number:HL217]] KOI-INV   Reg: [[aircraft_registration:G-HLKD]]
        Passenger: Mr [[name:Gordon Rendall]], seat 7C, booking ref [[case_reference:QZ7K4M]]
        Details: checked bag began smoking in the hold on arrival at Inverness. {{ground handler}} [[name:Aisha Bello]] smelt burning and moved the bag to the apron using the {{fire containment bag}} procedure. An {{e-bike battery}} (approx 500 Wh) was inside, not declared. {{ARFF}} attended. No damage to aircraft.
        Pax contact: [[phone:07834 221 590]], [[email:g.rendall@orkneyfarmsupplies.co.uk]]
        Report: {{DG occurrence}} to CAA, ASR [[case_reference:ASR-2024-0412]]
        Learning: DG sign at check-in hidden behind the new {{bag drop}} kiosk at KOI.
    """)),
    ("aviation", "success", prose("""
        Shout-out from the {{Cabin Services}} manager. On [[date:19 March]], on [[flight_number:HL438]] from
        Stornoway to Edinburgh, a passenger became unresponsive shortly after top of climb. {{Cabin crew}} member
        [[name:Bláithín Ní Dhonnchadha]] recognised a {{hypo}}, checked with the passenger's partner, and gave
        {{glucose gel}} from the {{first aid kit}} while her colleague [[name:Tomasz]] briefed the flight deck.
        Capt [[name:Rose Cheung]] had {{MedLink}} on the radio within minutes. By descent the passenger was sitting
        up and talking, and {{paramedics}} met the aircraft on stand. Lovely calm work from everyone. - [[name:Sky]]
    """)),
    ("aviation", "near_miss", block("""
        TECH LOG EXTRACT   [[aircraft_registration:G-HLKB]]   {{Saab 340B}}
        Sector: [[flight_number:HL112]] SYY-INV   [[date:26/10/24]]
        Defect: No.2 eng oil qty indicator fluctuating in cruise.
        Action: [[date:27/10/24]] Inverness line maint - connector re-seated, ops check good. {{CRS}} issued by [[name:P. Ferguson]] auth [[case_reference:HLA-B1-0447]]
        ---
        NEAR MISS (from {{MEDA}} interview [[case_reference:MEDA-24-031]]):
        Next shift, [[name:Gintaras]] found the lockwire on the connector missing. Previous engineer had been called away to an {{AOG}} at Benbecula mid-task and the {{task card}} wasn't annotated with the stage reached. {{duplicate inspection}} not required for this task, so it was missed.
        Actions: stage sheet mandatory for interrupted tasks. Reminder at {{human factors}} refresher.
    """)),
    ("aviation", "incident", block("""
        Ground incident timeline, Stornoway, [[date:11 Jan 2024]]
        17:20  [[aircraft_registration:G-HLAT]] ({{ATR 42-600}}) on {{stand 2}}, arrived as [[flight_number:HL441]]
        17:32  {{baggage tug}} (fleet no. 7) reversing in the dark, no {{banksman}}, struck left wing tip {{navigation light}}
        17:35  driver [[name:Iain Macleod]] reported it straight away to the {{dispatcher}}
        17:50  engineering ([[name:Wojciech]]) inspected, nav light lens cracked, {{MEL}} relief not available at night
        18:10  [[flight_number:HL442]] cancelled, pax rebooked
        [[date:12 Jan]] 09:00  part flown up from Glasgow, aircraft serviceable 11:40
        Cause (initial): tug reversing without banksman due to short staffing; poor lighting at {{stand 2}}.
        ASR [[case_reference:ASR-2024-0021]]
    """)),
    ("aviation", "success", block("""
        [[name:Lucy]] (load control): heads up [[flight_number:HL388]] loadsheet says 14 pax but the {{gate}} list has 17, 3 infants added late?
        [[name:Abdullahi]] (dispatch): checking... yes 3 infants, and one of them is actually a [[age:2]] yr old with their own seat
        [[name:Lucy]]: ok that's a seated pax then, re-doing the {{loadsheet}}. {{trim}} still in limits but {{MTOW}} margin down to 40kg on the {{DHC-6}}, might need to offload bags
        [[name:Abdullahi]]: crew agree, 2 bags going on the next one. nice catch
        Capt [[name:Siddiqui]]: thanks both. that's exactly why we check
    """)),
    ("aviation", "incident", block("""
        Subject: fatigue report - [[date:Friday 5 July]]
        To: {{Crewing}}; {{Safety}}

        I'm submitting a {{fatigue report}} after yesterday's duty. Rostered 06:10 report at Inverness, 4 sectors, planned 9 h 50. Two {{ATC}} delays and a tech delay at Sumburgh on [[aircraft_registration:G-HLKE]] took us to 12 h 55 with {{commander's discretion}} used. On the last sector ([[flight_number:HL458]]) I missed a {{checklist}} item (landing lights) and the {{Captain}} had to prompt me. We landed safely but I would not have been fit for another sector. This is the third time in a month this pattern has been rostered back-to-back with an early.

        Regards,
        [[name:Eleanor Evans-Pugh]]
        {{First Officer}}, staff no. [[case_reference:HL04417]]
        [[email:e.evanspugh@hebrideanlink.co.uk]]
    """)),
    ("aviation", "near_miss", prose("""
        frost on the wing upper surface at wick this morn, crew nearly dispatched without {{de-icing}} as the
        {{holdover}} from the earlier spray had expired (spray 06:05, dep 06:58, {{Type I}} fluid). i noticed on my
        walk out to close the hold and said to the {{fo}}. fo [[name:ben]] went and looked with the torch, frost
        confirmed, resprayed. dep 25 mins late. not sure the crew knew the spray had been earlier than they thought
        - the {{de-ice log}} said 06:35 in error. [[aircraft_registration:G-HLKF]] [[flight_number:HL202]]
        [[date:28/11]]. {{clean aircraft concept}} needs a reminder. [[name:shiv]] - dispatcher
    """)),
    ("aviation", "success", prose("""
        Good catch award nomination. During a routine {{50-hour check}} on [[aircraft_registration:G-HLIS]], our
        {{Britten-Norman Islander}} on the Orkney inter-island routes, licensed engineer [[name:Magnus Drever]]
        noticed a hairline crack at a {{flap hinge bracket}} that was not on the inspection card. He stopped,
        photographed it, and raised it with the {{CAMO}}. The manufacturer confirmed it needed replacing and issued
        a {{service letter}} to other operators. [[name:Magnus]] said he only spotted it because of the low sun
        coming through the hangar door, but he then went looking on the other side and found early signs there too.
        Nominated by [[name:Hannah]] in quality, ref [[case_reference:GC-2024-09]].
    """)),
    ("aviation", "incident", block("""
        CABIN CREW REPORT - DISRUPTIVE PAX
        Flight [[flight_number:HL305]]   Date [[date:27/04/2024]]   Aircraft [[aircraft_registration:G-HLKA]]
        Senior CC: [[name:Jolene Kerr]]
        Pax: [[name:Bartholomew Quigley]], seat 3A, approx [[age:46]]
        Summary: pax intoxicated at boarding (not picked up at gate). In cruise became verbally abusive to CC [[name:Mark Owusu]] when refused a second drink, then tried to open the {{overhead locker}} with the {{seatbelt sign}} on in turbulence. {{Level 1}} warning given, then {{Level 2}}. {{Captain}} informed, police requested at Kirkwall. {{Police Scotland}} met the aircraft.
        Injuries: nil
        Follow-up: gate staff refresher on refusing boarding. [[name:Mark]] offered {{peer support}}.
    """)),
    ("aviation", "near_miss", prose("""
        Near miss, [[date:Wednesday 16 October]], {{Saab 340}} [[aircraft_registration:G-HLKC]] as
        [[flight_number:HL290]] descending into Benbecula. The crew were cleared by {{Scottish Control}} to
        {{FL70}}. The {{FO}}, who was {{PF}}, set 7000 ft on the {{altitude selector}} but the aircraft was still on
        {{standard pressure}}, so it would have levelled at the wrong height once QNH was set. The {{Captain}}
        noticed the mismatch during the {{approach briefing}} and corrected it before any deviation. {{TCAS}} later
        showed military traffic nearby. No loss of separation. Both crew said the discussion was open and
        non-judgemental. Submitted as a voluntary report, ASR [[case_reference:ASR-2024-0533]].
    """)),
    ("aviation", "success", block("""
        From: [[name:Katarzyna Zielińska]]
        To: Stornoway Station
        Date: [[date:2 August 2024]]
        Subject: Thank you from PRM team

        Hi all, just passing on thanks from a passenger, Mrs [[name:Jean Paterson]], who flew on [[flight_number:HL441]] yesterday with her powered wheelchair. The station team had the {{PRM}} form and the {{lithium battery}} details ({{Wh}} rating, non-spillable) checked before she arrived, used the {{aisle chair}} without any fuss, and the {{Captain}} came out to say hello. Her son phoned from Canada ([[phone:+1 604 555 0187]]) to say thank you too.

        [[name:K. Zielińska]]
        {{Special Assistance}} Coordinator
        [[organisation:Hebridean Link Airways]] | [[phone:01851 702 388]]
    """)),
    ("aviation", "incident", prose("""
        pax boarded wrong a/c at inverness - [[date:tue 10 dec]]. 2 flights boarding at the same time from
        {{gate 3}} and {{gate 4}}, [[flight_number:HL210]] to Kirkwall and [[flight_number:HL227]] to Sumburgh. pax
        Mr [[name:O. Adeleke]] walked out to the Sumburgh a/c ([[aircraft_registration:G-HLKD]]), {{BRS}} scanner
        at the gate was offline so manual check and he was missed. {{headcount}} on board found 1 extra and he was
        taken off before door close. delay 15 mins. ground staff [[name:Nell]] and [[name:Yaw]] very apologetic,
        scanner reported to IT, fault ref [[case_reference:INC0458812]]. learning: no manual boarding on
        simultaneous departures without a second person checking names against the {{manifest}}.
    """)),
    ("aviation", "success", block("""
        CRM debrief - diversion [[flight_number:HL460]]   [[date:08/02/2024]]   {{ATR 42}}
        Crew: Capt [[name:Nikolai Petrov]], FO [[name:Wills]], SCC [[name:Precious]]
        What happened: {{fog}} at Sumburgh below {{minima}}, diverted to Kirkwall with 40 pax incl. an unaccompanied minor ([[age:13]]).
        Went well:
        - Capt gave the {{NITS}} briefing early, cabin secure 10 mins before landing
        - FO handled {{fuel planning}} and {{ATC}} while Capt talked to ops
        - SCC kept the UM with her and phoned the guardian on [[phone:07789 402 115]] before we landed
        - {{ground handling}} at Kirkwall had a bus ready
        To improve: {{company frequency}} dead spot over the Pentland Firth.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind145", REPORTS))


if __name__ == "__main__":
    main()
