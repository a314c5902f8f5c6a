"""Held-out blind corpus 111: just-culture incident-and-learning reports typed by front-line staff in
a unitary authority's adult and children's safeguarding, children's residential homes, leaving care,
adult residential care and reablement; an integrated care board's primary care (GP practices,
community pharmacies, out-of-hours and urgent care); and a major airport's airlines, air traffic
control, ground handling, engineering and airport operations. Styles are an ordinary mix: formal
Datix-style narratives, forwarded e-mails, Teams chats, bullet and form layouts, timelines, terse
lower-case notes from night shifts, ASR/MOR-style pilot and controller write-ups, and thank-you
shout-outs, with names typed as people really type them (lower case, nicknames, initials,
possessives, surname-first, names that are everyday words)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind111.jsonl"

REPORTS = [
    # ---------------------------------------------------------------- social care (17)
    ("social_care", "incident", prose("""
        Referral about [[name:Kacper Nowak]] ([[age:13]]) came in from the {{DSL}} at
        [[organisation:St Aldhelm's C of E Academy]] on Fri [[date:14 June]] at 16:40 and sat in the
        {{MASH}} generic inbox until Monday morning. School had reported a disclosure of physical
        chastisement by {{stepdad}} with a visible mark to the cheek. Nobody on the duty rota picked it
        up because the inbox rule only flags emails with URGENT in the subject line and the school
        didn't know that. {{Section 47}} strategy discussion didn't happen until [[date:17/06]] pm.
        [[name:Kacper]] was safe over the weekend as it turned out (he was staying at his {{nan}}'s)
        but that was luck not design. What went well: Mrs [[name:Achterberg]] at school had kept clear
        notes and a {{body map}}, which made the {{Child Protection Medical}} request quick on Monday.
        Suggest {{EDT}} get read access to the MASH inbox from 5pm Fridays and we tell schools about
        the subject line rule. For context, the inbox had 212 unread items at 8am Monday and the two
        social workers on that morning were also covering the {{Early Help}} front door because of
        sickness, so the {{Team Manager}} was triaging by subject line only. We've since spoken to
        [[organisation:Kingsmere Education Safeguarding Team]] about one consistent referral form for all
        schools and nurseries. Case ref [[case_reference:CS-2024-08817]].
    """)),
    ("social_care", "success", block("""
        From: [[name:Tunde Bakare]] <[[email:tunde.bakare@kingsmere.example.gov.uk]]>
        To: LC Team Leaders
        Subject: good practice - [[name:Shanice]] / housing

        Hi all,

        Logging this one as a positive. [[name:Shanice]] ([[age:19]], care leaver) got a {{Section 21}}
        notice on her private let at [[address:Flat 3, 27 Marlowe Road]], [[postcode:WS10 8QN]] and rang
        me at 21:15 on the Sunday in a right state. I used the {{Personal Adviser}} out-of-hours
        flowchart, got her booked with the {{Housing Options}} duty officer for 9am Monday and had the
        {{setting up home allowance}} top-up signed off by [[date:3rd September]].

        Massive thanks to [[name:Gemma Hurst]] at [[organisation:Kingsmere Housing Solutions]] who
        stayed late to do the nomination. [[name:Shanise]] moves into [[address:12 Pickering Court]] on
        [[date:16/09/2024]].

        Learning: we could have used {{Staying Close}} funding weeks earlier if the {{Pathway Plan}} had
        flagged the tenancy risk at the last review.

        [[name:Tunde]]
        PA, [[organisation:Kingsmere Leaving Care Service]]
    """)),
    ("social_care", "near_miss", prose("""
        nearly gave [[name:jayden]]'s {{melatonin}} to [[name:jaylen]] at tea time, names on the {{MAR}}
        sheets too alike + same white {{blister pack}}. [[name:jaylen]] said 'thats not mine'. no harm.
        [[name:kez]] (shift lead) checked both {{MAR charts}}, photos now on front of folders.
        [[organisation:Beechwood House]]. {{registered manager}} pls look at separate cabinets. [[name:DL]] {{RSW}}
    """)),
    ("social_care", "incident", prose("""
        Safeguarding concern raised on [[date:2 April 2024]] by the {{domiciliary care}} agency [[organisation:Heartfelt Homecare]]
        regarding Mr [[name:Dennis Wragg]] ([[age:84]]), [[address:6 Tannery Lane]],
        [[postcode:DN2 5HU]], NHS no. [[nhs_number:657 366 9231]]. Carers reported his nephew,
        [[name:Lee Wragg]], had been using Mr [[name:Wragg]]'s bank card and that the fridge was
        regularly empty. The contact was logged by the {{Adult Social Care}} front door as a "carer
        concern" rather than a safeguarding concern, so the {{Section 42}} enquiry was not opened until
        [[date:13/04/24]], eleven days later. During that period a further £1,400 was withdrawn. What
        went well: once allocated, [[name:Priya]] from the {{Adult Safeguarding}} team contacted the
        bank's {{vulnerable customer team}} the same day and the card was stopped. Mr [[name:Wragg]] was
        supported to make a {{Lasting Power of Attorney}} naming his daughter. Learning for front door
        triage: any report of financial abuse by a family member should go straight to safeguarding
        screening. Ref [[case_reference:ASC/SG/44102]].
    """)),
    ("social_care", "success", block("""
        What happened: hospital discharge to {{reablement}} for Mrs [[name:Bernadette O'Driscoll]]
        ([[age:91]]) from [[organisation:Ward 14]] at [[organisation:Kingsmere General]] on
        [[date:Friday 21 February]].

        What went well:
        - {{Discharge to Assess}} referral came through complete, with photos of the home layout
        - [[name:Kwame]] (OT) visited [[address:Holly Lodge, Church Bank]] the same afternoon and got a
          {{perching stool}} and {{Zimmer frame}} delivered by [[organisation:Kingsmere Community Equipment]] before 6pm
        - daughter [[name:Siobhan]] was on speaker for the first visit so she knew the plan
        - {{Lifeline}} pendant tested and working

        Why it matters: Friday discharges usually fall over. This one didn't because the ward rang us
        at 10am not 4pm.

        [[name:C. Marsh]], {{Reablement Team Lead}}
    """)),
    ("social_care", "incident", prose("""
        [[name:Hope]] ([[age:15]]) went missing from [[organisation:Larkfield Children's Home]] at approx
        22:30 on [[date:Sat 8th March]]. Night staff saw her get into a silver Audi, reg
        [[vehicle_registration:KX19 ZPD]], at the end of the drive. We rang police at 23:50, which is
        outside the 1 hour in our {{missing from care}} protocol – the waking night worker was on her
        own while the other staff member was dealing with another young person self-harming. Also the
        {{Philomena Protocol}} form on file had a photo from when she was [[age:13]] and an old phone
        number. She was found by police at 02:10 at an address in town and brought back. Police ref
        [[case_reference:KM-25-031187]]. {{Return Home Interview}} done by
        [[organisation:Kingsmere Youth Advocacy]] within 72 hours. Learning: update Philomena forms
        every 3 months, and we need a third staff member on nights when occupancy is full. {{CSE}}
        screening tool completed and sent to the {{Exploitation Hub}}.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss – confidential address. A letter confirming new {{contact arrangements}} was
        generated from {{Liquidlogic}} for the birth father of the [[name:Mensah-Doyle]] siblings. The
        template pulled the foster carers' address ([[address:Wren Cottage, Stilton Lane]],
        [[postcode:PE7 3FJ]]) into the "cc" box. The children are in a placement that is deliberately
        not disclosed to {{dad}} because of previous threats. {{Business Support}} officer
        [[name:Marguerite]] noticed the cc line while folding the letter and stopped it going in the
        post. Nothing sent. We've raised it with the {{LCS}} system team; the address flag on the carer
        record wasn't set to "confidential" when the placement was made on [[date:5 Jan]]. Good catch
        by [[name:Marguerite]] – she says she only spotted it because the letter ran onto 2 pages.
    """)),
    ("social_care", "success", block("""
        Teams chat pasted in with permission, re [[name:Yonas]] ([[name:Y.T.]]), {{UASC}} care leaver

        [[name:Aisha Rahman]] 10:02: morning, Home Office have finally granted [[name:Yonas]] refugee status!! ref [[case_reference:T1104482]]
        [[name:Ben Cole]] 10:04: brilliant. his {{BRP}} coming to yours or the flat?
        [[name:Aisha Rahman]] 10:05: flat, [[address:44b Sefton Street]]. need to get the {{Universal Credit}} claim in today before {{asylum support}} stops
        [[name:Ben Cole]] 10:07: I'll book {{Jobcentre}} appt, can do 2pm Thurs
        [[name:Aisha Rahman]] 10:31: done, also sorted his {{NI number}} application. he's over the moon

        Why logging it: the 28-day move-on period is where our UASC young people usually become
        homeless. Having the PA and the {{housing officer}} in one chat meant nothing got missed.
        [[name:Yonas]] ([[age:18]]) is staying put with a tenancy.
    """)),
    ("social_care", "incident", prose("""
        Unwitnessed fall at [[organisation:Meadowbank Care Home]], [[date:22/11/2024]] approx 03:15.
        Resident Mrs [[name:Joy Pemberton]], [[age:88]], {{high falls risk}}, found on the floor beside
        her bed in room 12 with a skin tear to left forearm and bruising to hip. Her {{sensor mat}} was
        in place but the plug had been knocked out at the wall during the evening clean, so no alert
        went to the {{nurse call}} pagers. 111 called, who passed to the {{Falls Response}} team; they
        attended at 04:40, confirmed no fracture, so no conveyance. Family informed at 8am (son
        [[name:Graham]]). Things that went well: night carer [[name:Ionela]] did {{neuro obs}} correctly
        and documented them. Things to change: sensor mat plugs now taped and on the night checklist.
        Mrs [[name:Pemberton]] reviewed by GP from [[organisation:Fernlea Surgery]] next day.
    """)),
    ("social_care", "success", prose("""
        Wanted to share a {{Family Network Meeting}} that actually worked. [[name:Mia]] ([[age:4]]) and
        [[name:Leo]] ([[age:7]]) were heading towards {{PLO}} because of {{mum}}'s drinking. Instead of
        another {{Child Protection Conference}} we used {{Signs of Safety}} mapping with the whole
        network on [[date:11 March]] – nan, two aunties, mum's sponsor from AA and the
        {{health visitor}}. Auntie [[name:Faith]] offered to do every school run to
        [[organisation:Greenacre Primary]] and the nursery ([[organisation:Little Acorns]]), nan does
        Tuesday and Thursday overnights. Safety plan written in words [[name:Leo]] could understand,
        with pictures. Six weeks on, attendance 100% and mum 40 days sober. Credit to
        [[name:Rosa Delgado]] (SW) and [[name:Harj]] from the {{Family Group Conference}} service who
        facilitated. – [[name:A. Kowalczyk]], {{Team Manager}}
    """)),
    ("social_care", "incident", prose("""
        Information governance incident. On [[date:Wed 29 May]] I sent the {{MARAC}} research form for
        victim [[name:Kirsty]] (DOB [[date_of_birth:04/08/1991]]) to
        [[email:r.okonkwo@kingsmere.example.gov.uk]] instead of
        [[email:r.okonkwo@kingsmere.example.nhs.uk]] – autocomplete picked the wrong one. The form
        contained her new address and the perpetrator's details. The recipient ([[name:Ruth Okonkwo]],
        a different person, in Highways) rang me within 10 minutes and deleted it, confirmed in
        writing. Reported to {{Information Governance}} and the {{IDVA}} service; the {{DPO}} decided it
        was not reportable to the {{ICO}} given the quick deletion. [[name:Kirsty]] informed by her
        IDVA. Actions: I've cleared my autocomplete cache, and our team now uses the {{Egress}} secure
        route for all MARAC docs. Datix [[case_reference:IG-24-0392]].
    """)),
    ("social_care", "near_miss", prose("""
        EDT night shift, {{AMHP}} assessment under the {{Mental Health Act}} for Mr
        [[name:Farrukh Aliyev]] ([[age:46]]). I had identified his brother as {{nearest relative}} from
        the {{RiO}} record and was about to consult him by phone. Just before ringing I spoke to the
        {{s12 doctor}}, Dr [[name:Nwosu]], who mentioned the patient had said he was married. Wife,
        [[name:Leyla]], was on the record as 'friend'. Under {{s26}} she is the nearest relative. If I'd
        carried on, the application would have been unlawful. Phoned [[name:Leyla]] on
        [[phone:07700 900418]], she did not object. Learning: RiO relationship fields are unreliable,
        check directly with the patient or family. — [[name:Sunny]] (AMHP), [[date:19th July]]
    """)),
    ("social_care", "success", prose("""
        just want to big up [[name:marcus]] and [[name:tash]] on lates at [[organisation:The Willows]].
        [[name:rio]] ([[age:14]]) came back from contact really wound up, kicking doors, threatening to
        smash the {{TV}}. instead of going hands on they used {{PACE}}, stayed calm, gave him space in
        the garden and [[name:tash]] just sat on the bench and talked about football for 20 min. no
        {{restraint}}, no police, no damage. later he apologised and ate his tea. {{Team Teach}}
        refresher last month obvs paid off. would be good to share at the next {{Reg 44}} visit as an
        example of good practice. [[name:bex]]
    """)),
    ("social_care", "incident", prose("""
        Lone working incident, {{Leaving Care}}. I visited [[name:Callum Reid]] ([[age:20]]) at
        [[address:Flat 9, Corporation House, Mill Street]] on [[date:06/02/25]] at 17:30 for his
        {{Pathway Plan}} review. His mate turned up drunk, became verbally aggressive and stood between
        me and the door. I managed to leave after about 15 minutes. Nobody knew where I was because I'd
        forgotten to check in on the {{SafeLone}} app and my calendar just said 'visit'. {{Team Manager}}
        didn't realise until I rang her from the car. No injury but shaken. What helped:
        [[name:Callum]] himself calmed his mate down and walked me out. Actions: joint visits only at
        this address for now, {{warning flag}} added to record [[case_reference:LC-00731]], reminder to
        team about the {{buddy system}}. [[name:Nadia]]
    """)),
    ("social_care", "success", prose("""
        Good multi-agency outcome for a long-standing {{self-neglect}} case. Mr [[name:Frank Ellery]],
        [[age:72]], lives alone at [[address:31 Coronation Terrace]], [[postcode:NE6 3TB]], with severe
        hoarding (8 on the {{Clutter Image Rating}}) and no working heating. He'd refused every offer for
        2 years. This time [[name:Agnieszka]] from [[organisation:Kingsmere Fire and Rescue]] did a
        {{Safe and Well visit}} jointly with his {{social worker}} and pitched it around his cats'
        safety, not his. He agreed to clear the hallway and kitchen. [[organisation:Second Chance
        Clearance]] worked at his pace over 3 days and the {{Care Act}} assessment finally got done.
        Heating repaired [[date:9 December]]. Key thing was patience and letting Mr [[name:Ellery]] stay
        in control. Escalation through the {{Multi-Agency Risk Management}} meeting got us the funding.
    """)),
    ("social_care", "incident", prose("""
        School transport incident. [[name:Ruby-Mae]] ([[age:9]], {{EHCP}}, non-verbal) was dropped at
        [[organisation:Hollins Park School]] at 08:50 on [[date:Mon 14 Oct]] and the
        {{passenger assistant}} didn't hand over to staff because the gate was shut. She was found 10
        minutes later in the car park by another parent. Taxi was [[organisation:A1 Cars]] reg
        [[vehicle_registration:YR68 KHD]], driver [[name:Mo]]. Nobody hurt but obviously could have been
        very serious. Contractor has stood the assistant down pending investigation. School now put a
        member of staff on the gate 08:40–09:05. {{SEND Transport}} team to re-brief all contractors on
        handover and the {{LADO}} has been consulted. Mum, Ms [[name:Hanley]], was informed by the
        {{headteacher}} the same morning.
    """)),
    ("social_care", "near_miss", block("""
        Category: Near miss – {{Direct Payments}}
        Service user: [[name:ADEBAYO-FLETCHER, Grace]]
        Ref: [[case_reference:DP-5518]]
        Description: When setting up the {{prepaid card}} account with
        [[organisation:Kingsmere Direct Payments Support]] I copied the NI number from her sister's
        record ([[name:Esther]], also on our system, same surname). [[ni_number:JT 48 21 93 B]] went on
        the form instead of [[ni_number:JT 48 21 39 B]]. Payroll provider [[organisation:PayEase Payroll]]
        queried it against {{HMRC}} before her PA started work so nothing was paid wrongly.
        Learning: we shouldn't be copying identifiers between family records. Check against the
        {{DWP}} letter or ask the person.
        Reported by: [[name:Will Tanaka]], {{Care Coordinator}}
    """)),
    # ---------------------------------------------------------------- health (17)
    ("health", "near_miss", prose("""
        Near miss – {{methotrexate}}. Repeat request for Mrs [[name:Halima Chowdhury]]
        ([[nhs_number:483 276 6465]]) was processed by a new {{prescription clerk}} and went to the GP
        for signing as "2.5mg tablets, take 4 daily" instead of weekly. Dr [[name:Fenwick]] signed it in
        a batch of 140 at the end of clinic. [[organisation:Parkside Pharmacy]] pharmacist
        [[name:Oluwaseun]] spotted it during the clinical check, rang the practice and it was cancelled
        on {{EPS}} before dispensing. Patient never received it. Why it nearly happened: the {{EMIS}}
        template allows free-text directions and the weekly day wasn't specified. We've now added a
        {{high-risk drug}} flag to batch signing and a mandatory day-of-week field. Well done to the
        pharmacy team. [[organisation:Brookfield Medical Practice]], [[date:20/05/2024]].
    """)),
    ("health", "incident", block("""
        Timeline – {{out-of-hours}} callback delay, [[date:Sat 28 Dec]]
        18:12 {{NHS 111}} disposition "speak to primary care within 1 hr" for [[name:Zara Iqbal]], [[age:2]]y, fever 39.4, not feeding
        18:15 case lands in [[organisation:Kingsmere Urgent Care]] {{Adastra}} queue
        19:40 mum rings back, told she is in the queue
        20:55 clinician call back (Dr [[name:Obi]]), child lethargic, mottled, advised 999
        21:20 conveyed to [[organisation:Kingsmere General]] paeds ED, treated for {{sepsis}}, now recovering

        What went wrong: 2 clinicians off sick, 63 cases waiting, no escalation to the
        {{clinical navigator}} when the 1hr breached. The queue doesn't show age so under-5s aren't
        prioritised.
        What went right: mum's second call was re-triaged by call handler [[name:Pawel]] who flagged it.
        Ref [[case_reference:OOH-INC-2291]]
    """)),
    ("health", "success", prose("""
        Shout out to {{ANP}} [[name:Dawn Kettering]] at [[organisation:Hollybush Surgery]]. A carer from
        [[organisation:Meadowbank Care Home]] sent a routine request for antibiotics for a "UTI" for a
        resident, Mr [[name:Stanisław Wójcik]] ([[age:79]]). Rather than just prescribing,
        [[name:Dawn]] did a video call, asked them to do a full set of obs and worked out a {{NEWS2}}
        of 7 with new confusion. She arranged a 999 ambulance and rang ahead. He was treated for
        {{urosepsis}} and home after 5 days. The care home used the {{RESTORE2}} tool for the first time
        on that call – their manager says it's now on every unit. Good example of not treating a "UTI"
        over the phone. — Dr [[name:S. Marr]], {{GP partner}}
    """)),
    ("health", "incident", prose("""
        Abnormal result filed without action. Potassium 6.4 for Mr [[name:Edwin Baptiste]] (DOB
        [[date_of_birth:17.03.1952]]) came back on [[date:Thursday 8th August]] and was filed as "normal
        – no action" by a {{locum GP}} covering the results inbox for three doctors. The patient is on
        {{ramipril}} and {{spironolactone}}. It was only picked up on [[date:12/08]] when the renal team
        at the hospital rang. He was admitted; no arrhythmia, discharged after 2 days. Contributing
        factors: 400+ items in the {{Docman}} workflow that day, locum not familiar with our system, no
        alerting threshold for critical results. What went well: the hospital rang direct rather than
        just sending a letter. Practice {{SEA}} held, ref [[case_reference:SEA-2024-17]], and we now have
        a buddy for locums on results days. [[organisation:Riverside Health Centre]]
    """)),
    ("health", "incident", block("""
        Datix [[case_reference:W-118452]]
        Type: Information governance / wrong record
        Practice: [[organisation:Ashgrove Medical Centre]]
        Summary: Discharge letter for [[name:Mohammed Ali Khan]] DOB [[date_of_birth:02/11/1967]] (NHS [[nhs_number:657 053 9760]]) was
        {{workflowed}} into the record of a different [[name:Mohammed Ali Khan]] DOB [[date_of_birth:02/01/1967]]
        (NHS [[nhs_number:468 141 5731]]). The letter started new {{apixaban}}; the second patient's
        {{repeat template}} was updated to include it. Picked up when the second Mr [[name:Khan]]
        questioned the new medicine at [[organisation:Green Lane Pharmacy]] on [[date:7 October]].
        Harm: none, not taken.
        What we changed: {{document management}} staff must match on NHS number, not name + DOB;
        {{Caldicott Guardian}} informed; both patients contacted with an apology.
        Reporter: [[name:Lorraine]] (practice manager)
    """)),
    ("health", "success", prose("""
        {{Pharmacy First}} consultation at [[organisation:Kingsway Pharmacy]] for sinusitis. Patient
        ([[name:Bill Harrowby]], [[age:67]]) asked for {{clarithromycin}} as "it worked last time". On
        checking his {{Summary Care Record}} our pharmacist [[name:Ade]] saw he had recently started
        {{simvastatin}} 40mg – big interaction, risk of {{rhabdomyolysis}}. She supplied
        {{doxycycline}} under the {{PGD}} instead and let his GP know through {{PharmOutcomes}}. Small
        thing but exactly what the service is for. She also spotted he was overdue a BP check and did
        it there – 168/96 – and booked him into the practice's hypertension clinic. [[name:Ade]] is
        writing it up for the {{LPC}} newsletter.
    """)),
    ("health", "near_miss", prose("""
        Near miss with {{CD}} keys on the OOH home visiting car. Finished shift at 02:00, handed car
        [[vehicle_registration:WU21 FKX]] back at base but the {{controlled drugs}} safe key was still on
        my lanyard. Drove home 20 miles. Realised at home, rang the {{shift coordinator}}
        ([[name:Tomasz]]) and drove it straight back. In the meantime the next clinician had gone out on
        a palliative call needing {{diamorphine}} and couldn't open the safe – luckily the patient's
        {{just in case}} meds were in the house so no delay in care. Honestly I was exhausted – 3rd
        night on. Suggest the key goes on the car fob, not a separate ring, and a sign out/in sheet
        next to the {{CD register}}. [[name:Rhiannon Pugh]], {{Paramedic Practitioner}}
    """)),
    ("health", "incident", block("""
        From: [[email:pm.ashbrook@nhs.example.net]]
        To: {{ICB}} Primary Care team
        Date: [[date:Mon 3 March 2025]]
        Subject: Telephony outage – [[organisation:Ashbrook Family Practice]]

        Hi [[name:Carys]],

        As discussed, our {{cloud telephony}} went down from 08:00 to 11:40 this morning – the busiest
        time. Patients got a dead tone. We only realised at 08:25 when a patient walked in to tell us.
        We put a message on the website and the {{NHS App}} and diverted to our mobile
        [[phone:07700 900562]] but that's only 2 lines. At least one patient with chest pain gave up on
        the queue and drove to {{A&E}}, which was the right thing in the end.

        The supplier ([[organisation:Connectia Voice]]) said it was a failed update. Their ticket ref is
        [[case_reference:CV-7781203]].

        Asks: a {{business continuity}} fallback number for every practice and better monitoring.

        Thanks,
        [[name:Hunter Blackwood]]
        {{Practice Manager}}
    """)),
    ("health", "success", prose("""
        Receptionist [[name:Lucy-Anne]] at [[organisation:Elmtree Surgery]] noticed that a patient,
        [[name:K.M.]], always came in with her husband, who answered every question for her, and that
        she'd booked then cancelled three times. When [[name:K.M.]] came in alone to collect a
        prescription, [[name:Lucy-Anne]] quietly offered her the side room and asked if she was OK. She
        disclosed {{coercive control}}. Our {{safeguarding lead}} Dr [[name:Venkataraman]] saw her the
        same day, completed the {{DASH}} risk assessment (high risk) and referred to {{MARAC}} and the
        local {{IDVA}} service. We'd had {{IRIS}} training {{in January}} and the whole front desk knew
        what to do. Just wanted it logged as a real success.
    """)),
    ("health", "incident", prose("""
        {{2WW}} referral lost. Dr [[name:Haddad]] referred Ms [[name:Imogen Price]] ([[age:52]]) on the
        {{suspected cancer pathway}} for a breast lump on [[date:15 January]]. The referral was rejected
        on {{e-RS}} two days later because the mandatory proforma wasn't attached. The rejection went to
        a generic worklist nobody has monitored since [[name:Sandra]] retired. Patient rang on
        [[date:26/02/2025]] asking where her appointment was. Re-referred same day, seen at
        [[organisation:Kingsmere Breast Unit]] within a week, diagnosed with early stage cancer. Delay of
        6 weeks. {{Duty of Candour}} conversation held. Actions: named person and deputy for e-RS
        worklists, weekly check by the {{Practice Manager}}, safety-netting code added at the time of
        every urgent referral. [[organisation:Kirkgate Medical Group]]
    """)),
    ("health", "near_miss", prose("""
        Flu clinic sat [[date:12 Oct]] – mad busy, 340 booked. The {{aTIV}} and {{QIVe}} boxes were on
        the same fridge shelf and look almost identical. [[name:Summer Okeke]] ([[age:34]], pregnant)
        was about to get aTIV, which is for the over 65s. HCA [[name:Precious]] caught it at the "check
        the box against the {{PGD}}" step and swapped it. No harm. Also nearly happened the other way
        round earlier per [[name:precious]] but she wasn't sure. Fixes: separate shelves, big coloured
        labels, one vaccine type per room where we can, and {{Pinnacle}} recording now shows the
        product name on screen. {{HCA}} training to be refreshed before the next Saturday clinic.
    """)),
    ("health", "success", block("""
        Learning from good practice – {{valproate}} {{MHRA}} alert
        Practice: [[organisation:Castle Mount Surgery]]
        Pharmacist: [[name:Ngozi Eze]] ({{PCN pharmacist}})
        - ran the {{Ardens}} search the day the alert came out ([[date:9th Jan]])
        - 14 patients under 55 on valproate identified, 3 women of childbearing potential with no
          {{Pregnancy Prevention Programme}} form on file
        - rang all 3 personally. One ([[name:Chloe]], [[age:23]]) was planning a pregnancy and hadn't
          told anyone
        - urgent advice from [[organisation:Kingsmere Neurology]] – switched before conception
        - used {{AccuRx}} to send the patient guide by text
        Why it worked: protected time on the PCN rota and a named GP lead (Dr [[name:Ibe]]).
    """)),
    ("health", "incident", prose("""
        Delivery driver from [[organisation:Parkside Pharmacy]] left a bag of medication including
        {{oxycodone}} with a neighbour at [[address:16 Elm Grove]] instead of [[address:61 Elm Grove]],
        [[postcode:LS9 8QJ]]. The patient, Mrs [[name:Rose Kaminski]], rang on [[date:4 June]] to say
        her delivery hadn't come. Neighbour returned it after 2 days, unopened. Driver ([[name:Gaz]])
        said the house numbers were hard to read and the {{delivery app}} didn't ask for a signature for
        {{Schedule 2}} drugs. It should. Investigation: the app had been updated and the CD signature
        step turned off by mistake. Reported to our {{superintendent pharmacist}} and the
        {{CD Accountable Officer}}. Apology given to Mrs [[name:Kaminski]]. Ref
        [[case_reference:PP/INC/0614]].
    """)),
    ("health", "success", prose("""
        End of life care at home that went right. [[name:Patience Oyelaran]] ([[age:77]]) at
        [[address:2 The Paddocks, Upper Winster]] had a {{ReSPECT}} form and {{anticipatory medicines}}
        in place, and her wishes were on the shared {{EPaCCS}} record. When she became agitated at 03:00
        on [[date:Sunday 16th]] the OOH GP (Dr [[name:Liang]]) could see everything remotely, visited
        within the hour and gave {{midazolam}} from the just-in-case box. District nurses from
        [[organisation:Winster Valley Neighbourhood Team]] set up a {{syringe driver}} at 09:00. She died
        peacefully at home the next evening with her family there, which is what she had asked for. Her
        son [[name:Femi]] emailed to say thank you. Nothing here was complicated – it just all joined up.
    """)),
    ("health", "incident", prose("""
        Text message with a patient's {{smear}} result sent to the wrong mobile. Her number had been
        updated from [[phone:07700 900731]] to [[phone:07700 900137]] at registration with the last
        digits transposed. The {{AccuRx}} message said her {{cervical screening}} result needed follow
        up and to call to book {{colposcopy}}, with her first name, [[name:Olena]]. The stranger who got
        it rang [[organisation:Denby Road Surgery]]. Patient ([[name:Olena Shevchenko]], DOB
        [[date_of_birth:30 Sept 1988]]) was contacted via her husband's number and given an apology.
        Reported as a data breach through the {{DSPT}} incident tool – below the {{ICO}} threshold.
        Learning: read mobile numbers back at registration; send a test SMS to any new number.
        [[name:J-P]], {{Reception Supervisor}}
    """)),
    ("health", "near_miss", prose("""
        Uncoded {{penicillin allergy}}. [[name:Theo Lindqvist]], [[age:6]], seen at the
        [[organisation:Kingsmere OOH]] base with tonsillitis. {{Amoxicillin}} prescribed. {{Mum}}
        mentioned at the door that he'd had a rash "with the pink medicine" as a baby. The allergy was in
        a scanned letter from [[organisation:Kingsmere Children's Hospital]] but never coded, so no
        alert on the {{Summary Care Record}}. Dr [[name:Adeyemi]] changed the script to
        {{clarithromycin}} before they left. Learning: always ask about allergies even if the record
        looks clear; [[name:Theo]]'s practice asked to run a search for uncoded allergy letters. Good
        catch by mum, honestly.
    """)),
    ("health", "success", prose("""
        Social prescribing success. [[name:Mark]] ([[age:58]]) had been to the practice 31 times in a
        year with back pain, low mood and "just wanting to talk". Our
        {{social prescribing link worker}} [[name:Aliyu Danjuma]] met him at
        [[organisation:Ferncliffe Community Hub]] and found out he'd been isolated since his wife died
        and was in debt. Referred to [[organisation:Citizens Advice Kingsmere]] for the debt and to the
        {{men's shed}} at [[organisation:St Barnabas Church]]. Six months on: 4 GP appointments,
        {{PHQ-9}} down from 19 to 8, {{sertraline}} being tapered with Dr [[name:Greenhalgh]]. He now
        volunteers at the shed on Thursdays. Key learning – continuity with one person made the
        difference. {{ARRS}} role paying for itself.
    """)),
    # ---------------------------------------------------------------- aviation (16)
    ("aviation", "incident", prose("""
        Ground damage during turnaround, stand 34, [[date:21 Aug]]. A baggage tug driven by a new
        starter at [[organisation:Swiftport Handling]] made contact with the aft hold door of {{A320}}
        [[aircraft_registration:G-OKVA]] operating [[flight_number:NWL2215]] to Palma. Door sill dented,
        aircraft {{AOG}} for 6 hrs while engineering assessed; [[flight_number:NWL2215]] eventually left
        with 174 pax after a long delay. Contributing: the {{wing walker}} had been pulled to another
        stand due to short staffing; low sun in the driver's eyes; driver had only done 3 shifts since
        his {{airside driving}} assessment. Went well: driver reported it straight away and stopped,
        didn't try to hide it. Engineering ([[name:Kofi Asante]]) very thorough. Actions: no solo tug
        driving in first month, wing walker mandatory for hold loading. [[organisation:Northway Airlines]]
        {{Duty Manager}} informed.
    """)),
    ("aviation", "near_miss", block("""
        Occurrence type: Runway incursion (vehicle) – prevented
        Location: {{holding point}} A3, runway 27
        Date/time: [[date:04/11/2024]] 06:42Z
        Summary: Ops 4 ([[vehicle_registration:BV70 RHA]]) called {{Ground}} to cross 27 at A3 for a
        {{FOD}} check. GND position was a trainee with OJTI [[name:M. Fairbairn]]. Ground issued the
        crossing but {{Tower}} had already cleared [[flight_number:LRK471]] for take-off. Driver
        [[name:Dev]] read back but stopped at the {{stop bar}} as it was still lit and queried it. AIR
        saw the conflict and the crossing was cancelled. [[flight_number:LRK471]] departed normally,
        crew unaware.
        Good: stop bar discipline by the driver.
        Bad: crossing not coordinated between GND and AIR – the {{strip}} wasn't passed.
        Reported as an {{MOR}}. Internal ref [[case_reference:ATC-OR-24-118]]
    """)),
    ("aviation", "success", prose("""
        Inflight medical on [[flight_number:LRK814]] from Dalaman, [[date:17th June]]. Passenger in 14C,
        Mr [[name:Alistair Henderson]] ([[age:61]]), went pale and sweaty with crushing chest pain 40
        mins after departure. Our {{SCCM}} [[name:Joanna]] ([[name:Jo]]) put out a PA for medical help
        and a cardiac nurse, [[name:Precious Moyo]], came forward. We used the {{AED}} to monitor him
        and gave aspirin from the {{doctor's kit}} on her advice. The {{Captain}} spoke to
        {{MedLink}}; we stayed on course as diverting would have taken about the same time. Paramedics
        met the aircraft on stand. He has since written in to say he had a stent fitted and is doing
        fine. Really proud of how calm everyone was, [[name:Jo]] especially. [[name:Kerry-Ann]],
        {{cabin crew}}
    """)),
    ("aviation", "incident", prose("""
        Take-off performance calculated with the wrong weight. Turnaround on
        [[aircraft_registration:G-LRKD]], the loadsheet came late over {{ACARS}} and we were being
        pushed for the slot. I entered ZFW 52.4 instead of 62.4 into the {{EFB}}. The
        {{First Officer}} cross-checked against the paper copy and also missed it – we both saw what we
        expected to see. Departed runway 09 as [[flight_number:LRK2306]] with reduced {{FLEX}} thrust,
        speeds about 8 kt low. Rotation felt heavy and slow to unstick but no tailstrike. Found the
        error in the cruise when the {{FMS}} fuel predictions didn't add up. Reported to our
        {{Flight Safety}} department. The slot pressure and late loadsheet set this up. Suggest ops
        stop pushing crews for the slot when the loadsheet is late. {{Captain}},
        [[organisation:Skylark Air]].
    """)),
    ("aviation", "near_miss", prose("""
        [[flight_number:BTV552]] ([[aircraft_registration:YL-BTK]]) departed runway 27 on the standard
        departure, cleared to altitude 6000 ft. Pilot read back "six thousand". Passing 4800 ft I
        noticed the {{Mode S}} selected level showing FL80. Queried it, crew corrected. Meanwhile
        inbound [[flight_number:NWL88K]] was level at 7000 ft on the downwind. {{STCA}} didn't trigger;
        closest 2.1 nm / 1200 ft. Without the selected level on the radar label this would have been a
        level bust with a loss of separation. Praise for the {{SFL}} display. Probably a language
        issue; crew's English was basic. Filed as an {{MOR}}, ref [[case_reference:MOR-2025-04471]].
        [[name:RK]], {{APC}}
    """)),
    ("aviation", "success", prose("""
        FOD on the runway. [[date:Wed 2nd April]] 05:50 first light {{runway inspection}} by
        [[name:Ellie]] and [[name:Shaun]] ({{Airside Operations}}). Found a 30 cm metal strip on the
        centreline near taxiway K – looked like a {{cowling}} latch panel. Runway closed 12 minutes, 3
        arrivals held. Engineering matched it to a {{B737-800}}, [[aircraft_registration:EI-DWF]], that
        departed the night before as [[flight_number:AZR3924]]; the operator was told and it was fixed
        before it flew again. Good catch – if it had gone into an engine on departure it could have
        been very bad. Also good: ops didn't hesitate to close the runway in the morning wave.
        {{FOD walk}} is {{every Tuesday}} if anyone wants to join.
    """)),
    ("aviation", "incident", prose("""
        {{PRM}} passenger left at a gate for 50 mins. Mrs [[name:Gurpreet Sandhu]], [[age:80]], booked
        {{WCHC}} on [[flight_number:NWL1631]]. The agent from [[organisation:Assist Aviation Services]]
        dropped her at gate 22 and left for another job, telling the {{gate staff}}. The gate then changed to
        31 and nobody told {{PRM control}}. She couldn't move by herself and missed boarding;
        [[flight_number:NWL1631]] left without her (bag offloaded, 25 min delay). Her son found her by
        phone at 14:10 still at gate 22 – she was distressed and had needed the toilet. Apology made and
        rebooked next day with a hotel. Complaint ref [[case_reference:CR-88341]]. Learning: gate
        changes must auto-notify PRM control, and WCHC passengers must never be left unattended – it's
        in {{EC 1107/2006}}. {{Customer Services}} to follow up.
    """)),
    ("aviation", "success", prose("""
        Good catch on the {{tech log}}. Night shift [[date:11/01/25]] on [[aircraft_registration:G-NWLB]].
        Certifying engineer [[name:Mateusz Zieliński]] noticed the previous entry for an {{MEL}} item
        (pack 2 inop) had been closed with a {{task card}} reference belonging to a different aircraft,
        [[aircraft_registration:G-NWLD]]. So the defect had been signed off as fixed without the work
        being done on this tail. He held the aircraft, rectified it (faulty {{pack valve}}) and reported.
        Root cause: two aircraft in the {{hangar}}, card printed for the wrong one, and {{AMOS}} doesn't
        check tail against card. Thanks to [[name:Matt]] for not just signing over it at 4am.
        Engineering quality ref [[case_reference:EQ-25-009]].
    """)),
    ("aviation", "incident", prose("""
        Fatigue report. Rostered for a 4-sector day after two earlies, with a late-to-early change
        published at 19:00 the night before. Woke at 03:30 for a 05:05 report. On the 4th sector
        ([[flight_number:LRK227]] inbound) I caught myself micro-sleeping in the cruise. The
        {{Captain}} and I used {{controlled rest}} as per {{SOP}} but I still missed a radio call on
        descent which {{Approach}} had to repeat. No safety consequence but it could easily have been
        one. {{Crewing}} said the change was legal under {{FTL}} – it probably was, but legal isn't the
        same as safe. I've called in fatigued for the next day. Would like the {{FRMS}} group to look at
        late-notice roster changes. F/O [[name:Hannah Brook]], staff no. [[case_reference:SK40612]]
    """)),
    ("aviation", "near_miss", prose("""
        pushback off stand 12, [[date:30th jan]] about 18:20, dark and raining. [[name:Wes]] on the
        {{tug}} pushing [[aircraft_registration:D-AXLT]] ([[flight_number:ALT418]]). {{headset}} guy lost
        comms with the flight deck (lead plugged in but intercom faulty) and started walking towards the
        nose to do hand signals – walked straight into the path of the {{nosewheel}}. [[name:Wes]] saw
        him in the tug lights and stopped. maybe 2m. nobody hurt. crew didnt know anything had happened.
        we should have stopped the push as soon as comms were lost, thats the {{SOP}}, but everyone was
        rushing for the {{CTOT}}. headset replaced, {{toolbox talk}} done with all of B shift.
        posted by [[name:craigd_ramp]]
    """)),
    ("aviation", "success", block("""
        Positive report – {{Approach}} radar
        Date [[date:14/07/2024]], 15:10 local

        [[flight_number:NWL31R]] inbound from Faro checked in squawking 7500. I used the
        {{unlawful interference}} phraseology ("confirm you are squawking assigned code 4621") rather
        than asking outright. Crew immediately reset to 4621 – they'd mis-set it when changing from
        the previous code. Coordinated with {{supervisor}} [[name:Gwen Llewellyn]], no {{police}} response
        needed. Whole thing took about 40 seconds. Credit to the {{TRM}} refresher last spring.
        Aircraft [[aircraft_registration:G-NWLX]] landed normally at 15:31.

        [[name:T. Osei-Bonsu]], {{ATCO}}
    """)),
    ("aviation", "incident", prose("""
        Smoke from a hold bag in the baggage hall, [[date:Friday 25 October]]. A bag checked in for
        [[flight_number:LRK1190]] to Tenerife started smoking on the {{HBS}} belt. Baggage team
        ([[name:Abdi]] and [[name:Rosie]]) hit the e-stop, used the {{fire containment bag}} and the
        {{RFFS}} attended. Inside was a {{power bank}} and two spare vape batteries wrapped in a towel.
        The passenger, [[name:Dean Whitlock]], was found at the gate and said he didn't know. No damage
        except to the bag. Wrong: the check-in agent asked the {{dangerous goods}} question but only the
        generic one, and he said no. Right: the team's actions were quick and textbook. Reported as a
        DG occurrence to the {{CAA}}. Ref [[case_reference:DG-24-0071]].
    """)),
    ("aviation", "success", prose("""
        {{UM}} handover after a long delay. [[name:Amara Chukwu]] ([[age:11]]) was travelling as an
        unaccompanied minor on [[flight_number:LRK665]] from Dublin, delayed 3 hrs by a tech issue. The
        collecting adult on the form (her aunt, [[name:Ngozi]]) had gone home. Our
        {{customer service agent}} [[name:Fatima Zahra]] stayed with [[name:Amara]] in the family room,
        got hold of {{mum}} in Dublin on the second contact number ([[phone:+353 85 012 3456]]) and she
        reached the aunt, who came back. ID checked against the form and passport before handover at
        22:40. {{Duty Manager}} kept informed throughout. [[name:Amara]] told us [[name:Fatima]] let her
        charge her phone and bought her chips. Small stuff, made a difference. {{Special Assistance}}
        team have asked to use it in training.
    """)),
    ("aviation", "near_miss", prose("""
        De-icing holdover near miss, [[date:8th Feb]], snow showers. [[aircraft_registration:G-NWLK]]
        ([[flight_number:NWL907]]) de-iced on the pad with {{Type II}} fluid. Holdover for moderate snow
        about 20 mins. Then held at the holding point behind 6 aircraft for a runway friction check. At
        07:34 the FO noticed we were past the {{HOT}}. We'd started the clock from the end of spraying
        rather than the start of the final step, because that's the time the rig called us with. Went
        back to the pad for a second de-ice, 25 min delay. The {{pre-take-off contamination check}}
        would have been the last line of defence. Recommend the {{de-icing}} crew from
        [[organisation:Arctic Aero Services]] give the {{anti-icing code}} with start time every time.
        Capt [[name:L. Moreau]]
    """)),
    ("aviation", "success", prose("""
        Go-around well flown by a new FO. Approach to runway 27 on [[date:26/12/24]] as
        [[flight_number:LRK 1402]], gusting 32 kt crosswind. {{PF}} was the FO, [[name:Priyanka Nair]],
        200 hrs on type. At about 200 ft we got a {{windshear}} caution and a big speed loss. She called
        go-around immediately and flew it by the book. I was tempted to take control but she was doing
        everything right, so I stayed {{PM}}, made the calls and talked to {{ATC}}. Second approach was
        stable and we landed. Good {{CRM}} all round and a reminder that trusting the FO is part of it.
        Debriefed afterwards – [[name:Priyanka]] said the {{sim}} windshear session last month was
        exactly what helped. Captain [[name:G. Pryce-Jones]]
    """)),
    ("aviation", "incident", block("""
        AIRSIDE DRIVING INFRINGEMENT
        Date: [[date:19/03/2025]]
        Vehicle: catering {{hi-loader}} [[vehicle_registration:LK66 XYW]], [[organisation:Skychef Catering]]
        Driver: [[name:Ahmed Farouk]], {{ADP}} no. [[case_reference:ADP-17723]]
        Details: Observed by {{Airside Safety}} at 28 km/h on the {{airside road}} behind stands 40–46
        (limit 15), then crossed the taxilane in front of an aircraft under tow.
        Outcome: ADP suspended 7 days, retraining booked. Driver said the company pays per delivery and
        he was 3 behind.
        Wider issue: two other catering drivers spoken to this month. Raised with
        [[organisation:Skychef Catering]] ops manager [[name:Lorna Ferreira]]
        ([[email:l.ferreira@skychef.example.co.uk]]) as a culture issue, not just one driver.
        Safety team to review at the next {{Airside Safety Committee}}.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind111", REPORTS))


if __name__ == "__main__":
    main()
