"""Held-out blind corpus 108: Welsh and Scottish local authority children's services (duty and
MASH teams, kinship and foster care, residential houses, short breaks, throughcare, Children's
Hearings), island and rural health boards (community hospitals, care homes, district nursing, island
GP practices, midwife-led units, community pharmacy) and island air services, air ambulance and
coastguard aviation. Writers range from social workers, nurses and carers to pilots, AFISOs and
ground staff; styles mix running prose, e-mails, Teams/WhatsApp chats, Datix-style forms, SBAR
handovers and ops logs, some with Welsh or Gaelic words, names, place names and house names."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind108.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        Referral came in at 16:40 on [[date:Fri 8 March]] from [[organisation:Ysgol Gynradd Pen-y-Garth]]
        about [[name:Osian Rowlands]], aged [[age:7]], who told his teacher he was sleeping at his
        {{nain}}'s because {{mam}} was "yn yr ysbyty eto". The address on {{WCCIS}} was
        [[address:3 Maes Eithin]], [[postcode:LL59 4TW]], which is nain's old bungalow – she moved to
        [[address:Tŷ Capel, Lôn Gefn]] over a year ago and nobody updated it. Two of us drove to the old
        address first and lost nearly an hour in the dark. [[name:Osian]] was safe and well with
        Mrs [[name:Rowlands]] and had had his tea. Learning: ring the referrer back to confirm the address
        before going out, and the {{IAA}} team should check {{WCCIS}} against the school's MIS. Record now
        corrected. Case ref [[case_reference:GW/CS/24/0419]]. {{Duty social worker}}.
    """)),
    ("social_care", "success", block("""
        From: [[email:kirsteen.macaulay@eileanfada-council.example]]
        To: Children's Services Practice Team
        Subject: Good practice – Child's Plan meeting for the [[name:Nowak]] children

        Hi all,

        Just wanted to flag something that went really well at the {{Child's Plan}} meeting on
        [[date:21/05/24]] for [[name:Zofia]] ([[age:11]]) and [[name:Kacper]] ([[age:6]]). Mum's first
        language is Polish and last time we leaned on [[name:Zofia]] to translate, which wasn't fair on her.
        This time we pre-booked an interpreter through {{Language Line}}, and [[name:Kacper]]'s teacher from
        [[organisation:Bun-sgoil Bhaile Ùr]] joined on {{Teams}}. The {{Named Person}}, Mr [[name:MacIver]],
        read the plan out section by section and let the interpreter catch up. Mum said afterwards it was
        the first meeting she'd actually understood. Could we make pre-booking the default under {{GIRFEC}}
        rather than something we remember to do?

        Tapadh leibh,
        [[name:Kirsteen]]

        [[name:Kirsteen MacAulay]] | {{Lead Professional}} | [[phone:07700 900417]]
    """)),
    ("social_care", "near_miss", prose("""
        Near miss – core group minutes. I'd drafted the minutes for [[name:Lili-Mai]] and [[name:Tomos]] and
        they were ready to post to {{dad}}, [[name:Gareth Probert]], at [[address:Flat 2, 17 Heol y Parc]],
        [[postcode:SA31 9HJ]]. Page 3 still had the {{foster carers}}' address in full
        ([[address:Bryn Awel, Heol Pant-glas]]) because I'd copied the paragraph across from the
        {{Care and Support Plan}}. [[name:ffion]] in {{business support}} does a second read of everything
        going to parents and caught it before it went in the envelope. Nothing left the building. {{Dad}} has a
        history of turning up at placements so this could easily have meant an emergency move for both
        children. I've changed the {{core group}} template so the placement address field is blank by
        default. {{Diolch o galon}} [[name:Ffion]], genuinely.
    """)),
    ("social_care", "incident", block("""
        Teams chat copied in for the incident review (ref [[case_reference:CYP-INC-0662]]):
        [09:12] [[name:rhys.b]]: anyone got the contact plan for [[name:Kayden]]'s sibling contact tmrw?
        [09:13] [[name:Nia Haf]]: just sent a pic of it to the group
        [09:15] [[name:rhys.b]]: [[name:nia]] that's gone on the foster carers whatsapp not ours 😬
        [09:15] [[name:Nia Haf]]: oh no. deleting now
        [09:16] [[name:rhys.b]]: it had mum's mobile on it and the new school
        [09:21] [[name:Nia Haf]]: deleted for everyone but 2 had already opened it

        What was on it: [[name:Kayden Price]], DOB [[date_of_birth:14/02/2015]], mum's number
        [[phone:07700 900281]], and his new school, [[organisation:Ysgol y Dderwen]]. I phoned both carers,
        they confirmed they'd deleted it, and I've told my {{team manager}} ([[name:Catrin]]).
        {{Information Governance}} informed. Honestly the root problem is we use personal phones and
        {{WhatsApp}} because {{WCCIS}} won't open on the tablets in the car. Can we get the
        {{MobileIron}} rollout sorted please?
    """)),
    ("social_care", "success", prose("""
        Good news story. [[name:Cerys]] ([[age:4]]) came into care {{in September}} and her carers,
        [[name:Gwen]] and [[name:Alun Pritchard]], live twenty miles from her old {{cylch}}. Her
        {{Care and Support Plan}} said keep her education through the medium of Welsh and keep her friends
        if at all possible. Instead of moving her to the nearest {{English-medium}} nursery, [[name:Gwen]] drove her to
        [[organisation:Cylch Meithrin Nant y Fedw]] three mornings a week and we paid mileage from the
        {{Looked After Children}} budget. The {{IRO}}, [[name:Meinir Rhys-Evans]], backed it at the first
        review. [[name:Cerys]] started at [[organisation:Ysgol Gynradd Nant y Fedw]] {{in January}} with the same
        friends around her. Her teacher told me "mae hi wedi setlo'n iawn" – she's settled really well. Small
        thing, big difference.
    """)),
    ("social_care", "incident", prose("""
        Sibling contact for [[name:Eilidh]] ([[age:9]]) and her brother [[name:Ruairidh]] ([[age:13]]) was
        meant to happen on [[date:Sat 13 April]] at the {{family centre}}. [[name:Ruairidh]] is in a
        residential house on the mainland, [[organisation:Cnoc an Fhraoich House]], and [[name:Eilidh]] is
        with {{foster carers}} on the island. The morning sailing was cancelled for weather at 06:50 and the
        text went to the {{out-of-hours}} work mobile, which nobody had picked up at Friday handover. So
        [[name:Ruairidh]]'s escort drove him two hours to the pier for nothing, and [[name:Eilidh]] sat at the
        centre in her good dress waiting. She was devastated. This is the third time since the winter
        timetable started. Asks: ferry disruption alerts to go to the {{duty team}} inbox and the carers
        directly, and a standing plan B ({{Near Me}} video call) written into each {{Child's Plan}} for
        cancelled contact. Logged by [[name:M. Nicolson]], {{Senior Practitioner}}.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss on transport. [[name:Grace]] ([[age:3]]) was booked with [[organisation:Ferry Road Taxis]]
        to go from her {{foster placement}} to contact on [[date:9/11/23]]. When the escort,
        [[name:Fatima Begum]], got to the car ([[vehicle_registration:SK17 PYX]]) there was no child seat –
        the booking just said "child" and the driver assumed a {{booster cushion}} would do. [[name:Fatima]]
        refused to put [[name:Grace]] in the car and rang the office; we sent the {{pool car}} with a proper
        {{Group 1}} seat and contact went ahead 25 minutes late. Nobody hurt, but if the escort had been less
        experienced, or a carer who felt awkward saying no, a [[age:three]]-year-old would have travelled without a
        proper restraint. The {{transport request}} on {{Carefirst}} now has a mandatory "car seat type" field.
        Please pass on thanks to [[name:Fatima]] – she did exactly the right thing.
    """)),
    ("social_care", "incident", prose("""
        Lone working. Home visit at [[address:Tyddyn Isaf, Cwm Eithin]] ([[postcode:SY20 8QN]]), left at
        17:10 on [[date:15/01/24]]. Pool car [[vehicle_registration:CN70 XBD]] got a puncture on the single
        track road about two miles down. No signal. My {{lone worker device}} showed "alert sent" but it
        needs signal as well, so nothing went anywhere. Nobody noticed I hadn't checked back in because the
        office shuts at 5 and the {{EDT}} didn't have my visit on their board. A farmer, [[name:Dilwyn]],
        stopped and took me to the pub to use the landline at about half six. Fine in the end but it was
        dark and minus two and I was on my own with a flat phone. Suggest a {{satellite messenger}} for the
        upland patch and the lone working board emailed to {{EDT}} automatically at 5pm.
        [[name:S. Ahmed-Jones]], {{Social Worker}}
    """)),
    ("social_care", "incident", block("""
        Incident: e-mail sent to wrong recipient
        Date: [[date:02/10/2023]]
        Reported by: [[name:Parry, Heledd]] ({{Senior Practitioner}})

        I was sending the {{strategy discussion}} outcome for [[name:Jac Lloyd-Williams]]
        ([[case_reference:CS-089214]]) to the practice manager at [[organisation:Meddygfa'r Bont]].
        {{Outlook}} autocompleted [[name:Hughes, Bethan]] (a parent on another of my cases) instead of
        [[name:Hughes, Bethany]] at the surgery. I realised four minutes later when the parent rang me, quite
        upset, and read bits of it back to me. She agreed to delete it and I followed up in writing.

        Wrong: [[email:bethanhughes88@example.com]]
        Right: [[email:bethany.hughes@meddygfarbont.example.nhs.uk]]

        {{Information Governance}} informed; {{ICO}} threshold being assessed. I think autocomplete should be
        off for anything with {{Section 47}} content, or we should use {{Egress}} by default.

        Diolch,
        [[name:Heledd]]
    """)),
    ("social_care", "success", prose("""
        Wanted to log a good shift at [[organisation:Taigh na Drochaid]]. About 22:00 [[name:JJ]]
        ([[age:14]]) came back very dysregulated after a phone call with his dad – punched the door, said he
        was going out to "sort him". [[name:Sunny]] was on with [[name:Kasia]] and [[name:Brook]].
        [[name:Sunny]] kept her voice low, sat on the stairs rather than standing over him, and used the
        {{PACE}} stuff we did in training – curious, not telling him off. [[name:Kasia]] moved the other two
        young people to the lounge. No {{physical intervention}}, no police. By midnight [[name:JJ]] was
        eating toast in the kitchen talking about fishing. Compare last month's similar incident, which
        ended in a restraint and a police call. What made the difference: staff who know him, a stable rota
        and time. Logged in the {{daily log}} and flagged for his {{keyworker}} and {{Child's Plan}}.
    """)),
    ("social_care", "incident", prose("""
        Copy-and-paste error in a {{social background report}} for the {{Children's Reporter}}. I used last
        year's report for [[name:Cameron]] as a template for [[name:Summer Mackenzie]]'s and left in a
        paragraph about [[name:Cameron]]'s dad's conviction. The report went to {{SCRA}} on
        [[date:4 June]] and out with the hearing papers to [[name:Summer]]'s mum and gran. On an island this
        size everyone knows everyone, and mum recognised the family straight away. It came out at the
        {{Children's Hearing}} on [[date:18 June]] when the {{panel chair}} asked about it; hearing deferred.
        Both families informed and [[name:Cameron]]'s family have complained – I don't blame them. There was
        no second-reader check because my {{team leader}} was off and I was rushing the deadline. Ref
        [[case_reference:SBR-2024-0313]]. I'm finding this hard and I'm grateful for how the team have been.
    """)),
    ("social_care", "near_miss", block("""
        SHORT BREAKS – MEDICATION NEAR MISS
        Unit: [[organisation:Canolfan Seibiant Glan Môr]]
        Young person: [[name:M.E.]], [[age:12]], {{epilepsy}} care plan
        What happened: At the 19:00 admission check [[name:Dawn]] compared the {{buccal midazolam}} in
        [[name:M.E.]]'s bag against the care plan. Pharmacy label said 10 mg; the plan from the
        {{paediatric neurologist}} says 7.5 mg since [[date:January 18th]]. Mum had packed the old syringes.
        Outcome: no seizure this stay so no {{rescue medication}} given. We rang mum on
        [[phone:07700 900562]] and she brought the right box the next morning.
        What went well: [[name:Dawn]] checked against the plan, not the label.
        Change: {{admission checklist}} now says "check dose against current {{epilepsy}} plan".
    """)),
    ("social_care", "success", block("""
        From: [[name:Adebayo, Tunde]] ({{OOH Social Work}})
        Sent: [[date:Sunday 7 July 2024]] 03:12
        To: [[email:cp.duty@eileanfada-council.example]]
        Subject: IRD overnight – [[name:B.]] family – worked well

        Quick one for the learning log. 23:40 call from {{Police Scotland}} about [[name:Hope]]
        ([[age:8 months]]) – dad arrested after a DA incident, mum taken to [[organisation:Ospadal an Eilein]]
        with facial injuries. We held the {{IRD}} by phone at 00:30 with the {{on-call paediatrician}} and
        Sgt [[name:Lennox]]. Baby placed with maternal aunt [[name:Faith Okoro]] at
        [[address:2 Creagan Crescent]], [[postcode:HS9 4RT]], under {{Section 25}}, mum agreeing from her hospital bed.
        What worked: the health board's on-call list was current, police already had the aunt's details, and
        the island emergency carers list was up to date on {{SWIFT}}. Usually I'm ringing round for an hour.

        [[name:Tunde]]
    """)),
    ("social_care", "success", prose("""
        Small win but a big one for him. [[name:Dev]] ([[age:17]], in {{Continuing Care}} with his former
        foster carers) had been trying for months to open a bank account so he could start his apprenticeship
        at [[organisation:Morrison's Boatyard]]. No NI letter, no passport, no birth certificate – all lost
        in placement moves. His {{throughcare}} worker, [[name:Eilidh Nic a' Bhàird]], sat with him on hold
        to {{HMRC}} for over an hour on [[date:28/08/24]] and got his number confirmed
        ([[ni_number:JT 48 22 91 C]]), then ordered his birth certificate from {{NRS}}. He opened the account
        the same week and started on [[date:Mon 2 Sept]]. [[name:Dev]] said "nobody's ever just sorted
        something for me before". Suggest an ID pack becomes part of every {{Pathway Plan}} from 15.
    """)),
    ("social_care", "incident", block("""
        Incident – young person missing from care. Ref [[case_reference:RH/MP/24/027]]
        [[date:Thu 22 Feb]]
        21:05 [[name:Tyler-James]] ([[age:15]]) not back from the shop (due 20:30). Rang his mobile
              [[phone:07700 900733]] x3, no answer.
        21:20 Two staff drove round town in the {{house car}} ([[vehicle_registration:SF68 WNU]]). Nothing.
        21:45 Reported to {{Police Scotland}} on 101. {{Call handler}} asked for the {{Philomena Protocol}}
              form – ours was two years out of date: old photo, old school ([[organisation:Sgoil Àrd a' Chaolais]]).
        22:30 Updated form e-mailed. Officer said the delay mattered.
        00:15 [[name:TJ]] found at a pal's house on [[address:Seaview Terrace]], brought home by police.
              Safe, no injuries, had been drinking.
        Learning: forms to be reviewed at every {{LAAC review}} – now on the checklist.
        Staff on shift ({{RCWs}}): [[name:Hunter]], [[name:Joy Kamara]], [[name:O'Donnell]].
    """)),
    ("social_care", "near_miss", block("""
        MASH REFERRAL – QA NOTE
        Ref: [[case_reference:MASH-24-05517]]
        Child: [[name:Aleksandra Wiśniewska]]   DOB: [[date_of_birth:30/06/2011]]
        Issue: new referral from [[organisation:Ysgol Uwchradd Aberwen]] spelt the name
        "[[name:Alexandra Wisniewski]]" with DOB [[date_of_birth:03/06/2011]]. Name search found no match
        so a new record was opened.
        Caught by: [[name:Iolo ap Dafydd]] ({{business support}}), who ran a second search on the address,
        [[address:8 Stryd y Farchnad]], [[postcode:LL44 7RB]], and found the existing record with two
        previous {{domestic abuse}} {{PPNs}}.
        Why it matters: without the history it would likely have gone to {{IAA}} as a single low-level
        concern. With it, a {{strategy discussion}} was held the same day under the
        {{Wales Safeguarding Procedures}}.
        Action: search on address AND phonetic name for every new referral. Duplicate record
        [[case_reference:MASH-24-05521]] merged and closed.
    """)),
    ("social_care", "success", prose("""
        Kinship assessment done in {{Gaelic}}. [[name:Peigi Anna MacLeod]] ([[age:71]]) is {{seanmhair}} to
        [[name:Calum]] ([[age:5]]) and [[name:Màiri]] ([[age:2]]), who have been with her since their mum
        went into rehab in the spring. Her first language is Gaelic and on the first visit she was clearly
        struggling with the {{kinship care assessment}} questions, saying "aye" to everything and then
        telling her neighbour afterwards she hadn't understood half of it. I only found that out because
        the neighbour phoned me. [[name:Seonag]] from [[organisation:Eilean Fada Family Support]], a
        {{native speaker}}, came with me for the next three visits and we let the conversation go at her
        pace, with me asking and [[name:Seonag]] carrying it across and back. Mrs [[name:MacLeod]] told us
        far more about the family history, her health, her late husband's drinking and her worries about
        [[name:Calum]]'s dad once she could say it in her own language. She also showed us round the croft
        this time. The report went to {{panel}} on
        [[date:12th Dec]] and was approved unanimously, with a {{Kinship Care Order}} to follow. At the door
        she said to [[name:Seonag]], "{{Tha mi cho taingeil}}". Learning: record preferred language at first
        contact, not just "English – fluent". We have four or five Gaelic-speaking
        staff across the council and we should know who they are.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Datix ref: [[case_reference:W-INC-88124]]
        Location: [[organisation:Ysbyty Cymuned Aberwen]], [[organisation:Ward Dyfi]]
        Date/time: [[date:17/02/2024]] 03:20
        Patient: Mr [[name:Emrys Vaughan]], [[age:88]], NHS no. [[nhs_number:216 463 1439]]
        Description: Found on the floor beside his bed by HCA [[name:Rose]]. High falls risk on admission
        ({{Multifactorial Falls Risk Assessment}}) and care plan said {{bed sensor alarm}}. Sensor was on the
        bed but not plugged back into the {{nurse call}} after a bed change earlier in the evening. Mr
        [[name:Vaughan]] said "o'n i isio mynd i'r tŷ bach". Pain L hip, {{NEWS2}} 2. Transferred to the
        {{DGH}} for X-ray – no fracture, back with us next day.
        Learning: sensor check added to the bed-change checklist; discussed at {{safety huddle}}.
        Reported by: [[name:Siân Roberts]], {{RN}}
    """)),
    ("health", "success", prose("""
        Mrs [[name:Catrìona Morrison]] ([[age:94]]) died peacefully at [[organisation:Taigh Sona Care Home]]
        on [[date:3rd March]] with her daughters with her. Writing this because so much went right. She'd
        gone back to speaking mostly Gaelic over the last months, and our night carer [[name:Donnchadh]]
        ("[[name:Duncan]]" on the rota) is a Gaelic speaker, so we put him on her nights as much as we could.
        He sang the psalms to her on the last night. Her {{Anticipatory Care Plan}} was clear about dying
        here, not in hospital, and the {{just in case}} meds were in the house, so when she became agitated
        the {{district nurse}}, [[name:Lorna]], could give {{midazolam}} straight away without waiting for
        the {{OOH GP}}. Her daughter [[name:Ishbel]] said "tapadh leibh, she was at home". –
        [[name:B. Wilson]], {{Care Home Manager}}
    """)),
    ("health", "near_miss", prose("""
        Near miss – insulin. Two gents with the same surname at [[organisation:Bryn Heulog Nursing Home]]:
        [[name:Abdul Hussain]] (room 4, {{metformin}} only) and [[name:Iqbal Hussain]] (room 11, on
        {{Humalog}} {{KwikPen}}). The agency nurse on the lunchtime round took room 11's pen into room 4. Our
        senior carer [[name:Frank]] was helping Mr [[name:Hussain]] with his lunch, saw the pen and said
        "he's not on that". Nurse stopped, checked the {{MAR chart}} and confirmed. No dose given. Agency
        nurse very shaken, was open and honest straight away. Changes: photos now on the front of every
        {{MAR chart}}, "SAME SURNAME" sticker on both doors and both charts, and agency induction includes a
        walk-round introducing residents by face. Thank you [[name:Frank]].
    """)),
    ("health", "incident", prose("""
        Patient transfer, [[date:5/12/23]]. [[name:Alasdair Beaton]], CHI [[nhs_number:1403381003]], was
        flown from [[organisation:Ospadal Eilean Fada]] to [[organisation:Ardmhor General Hospital]] by
        {{fixed-wing}} air ambulance with a suspected GI bleed. Transfer was quick and clinically fine, but
        his paper {{Kardex}} stayed on our ward and the med list on {{TrakCare}} hadn't been updated since
        his last admission. The receiving ward didn't know he'd been started on {{levetiracetam}} here after
        a seizure, and he missed two doses before his daughter mentioned it. No seizure, thankfully. We rely
        on the escorting nurse to carry paper and this time the {{SAS}} crew flew without an escort because
        he was stable. Fix proposed: scan the {{Kardex}} to the receiving ward before wheels-up, every time.
        [[name:Rachel Ng]], {{Charge Nurse}}
    """)),
    ("health", "success", prose("""
        Used {{Near Me}} for a leg ulcer review on [[date:Tuesday 14 May]] instead of sending
        [[name:Archie]] ([[age:79]]) on two ferries and a bus for a 15-minute appointment. I was in his kitchen
        at [[address:Creag Dhubh, Baile Ùr]] ([[postcode:PA78 6TX]]) with the tablet and the {{tissue viability}} nurse at the
        mainland hospital watched me take the dressing down, asked me to tilt the camera, and changed the
        plan on the spot ({{compression bandaging}} reduced, {{Aquacel Ag}} started). [[name:Archie]] said it
        was "better than the telly". Saved him a full day travelling and two nights of worry. Only snag: the
        4G dropped twice, so we stood by the window. Going to suggest {{Near Me}} is the default for wound
        reviews from the outer islands. – [[name:Kirsty]], {{community nurse}}
    """)),
    ("health", "incident", prose("""
        {{Syringe driver}} alarmed overnight at home for Mrs [[name:Glenys Owen]] ([[age:77]]) at
        [[address:Hafod Lon, Ffordd y Mynydd]], [[postcode:LL53 6GA]]. The {{T34}} battery had gone flat
        around 02:00; her husband didn't know what the beeping meant and the number on the {{just in case}}
        sheet was the old {{out of hours}} line that now diverts to 111. He waited 40 minutes on hold. By the
        time [[name:Carys]] from the night district nursing team got there at 04:10 Mrs [[name:Owen]] was
        restless and in pain. Reloaded with a new battery and gave a {{PRN}} dose of {{morphine}}; settled by
        05:00. Nobody had changed the battery at the 18:00 visit because the {{battery log}} isn't on the
        form. Family sheet now updated with the direct line [[phone:01632 960418]].
    """)),
    ("health", "near_miss", block("""
        Lab phone log – transfusion, [[organisation:Ospadal an Eilein]] lab
        [[date:03/04/24]] 14:52
        Caller: [[name:Morven Gillies]], {{BMS}}
        Sample for {{group and save}} labelled [[name:Isobel Gunn]], CHI [[nhs_number:0207411379]], came
        back {{O RhD negative}}. Her historic group on file is {{A RhD positive}}. Possible {{WBIT}}.
        Ward ([[organisation:Medical 1]]) contacted: two patients had bloods taken at the same time from bays side by side
        by the same phlebotomist, labels printed in advance and carried on a tray.
        Repeat samples from both patients confirmed the mix-up. No blood issued, no harm.
        Action: bedside labelling only, {{SHOT}} report done, {{SNBTS}} informed. Thanks to
        [[name:Morven]] for checking the history rather than just issuing on one sample.
    """)),
    ("health", "success", block("""
        SBAR – escalation, [[organisation:Ward Enlli]], [[organisation:Ysbyty Cymuned Bro Dysynni]]
        S: Mrs [[name:Lowri Jenkins-Hale]], [[age:81]], admitted for rehab after a fall. HCA
        [[name:Mohammed]] noticed she was "not herself" at the 16:00 obs – more confused, hadn't touched
        her tea. {{NEWS2}} 5 (RR 24, HR 112, temp 38.4).
        B: Catheter in since admission, {{CKD}} stage 3.
        A: Likely urosepsis.
        R: {{Sepsis Six}} started 16:20, bloods, cultures, IV {{gentamicin}} per protocol by 16:55.
        GP (Dr [[name:Ahmadi]]) reviewed by phone, then {{WAST}} transfer to the {{DGH}} at 17:40.
        Why logging as good practice: [[name:Mohammed]] trusted his gut on a score that was only just
        triggering, and the whole bundle was done inside the hour on a ward with no doctor on site.
        – [[name:Bethan]], Nurse in charge
    """)),
    ("health", "incident", prose("""
        Mr [[name:Bill Fraser]] ([[age:83]], {{Alzheimer's}}) left [[organisation:Tigh na Mara]] through
        the {{fire door}} by the laundry at about 15:30 on [[date:Wed 24 Jan]]. The {{door alarm}} had been switched
        off during a delivery and not reset. He was missed at 16:00 tea. Staff searched the grounds then
        called {{Police Scotland}} at 16:20. Because his {{Herbert Protocol}} form was done and up to date
        (photo, old home address, the pier he used to fish from) police found him at the old harbour by
        16:50, cold but unhurt. A neighbour, Mrs [[name:Petrauskienė]], had seen him and stayed with him.
        [[name:Bill]] said he was "going to see to the boat". Door alarm now has a key override that
        resets itself after 10 minutes. Incident no. [[case_reference:TNM-2024-004]].
    """)),
    ("health", "success", prose("""
        Mr [[name:Idris Llewellyn]], [[age:86]], admitted to [[organisation:Ward Enlli]] with {{delirium}}, was very
        frightened, pulling at his cannula and shouting in Welsh. Nobody on the late shift spoke Welsh
        except [[name:Heulwen]] from {{housekeeping}}, who came and sat with him. Once someone spoke to him
        in his first language ("Mae'n iawn, Mr [[name:Llewellyn]], chi yn yr ysbyty") he calmed within
        minutes and let us do his obs. We've since put the {{Iaith Gwaith}} badge on everyone who speaks
        Welsh and put a list of Welsh speakers by shift on the board, in line with {{Mwy na geiriau}} and
        the {{Active Offer}}. [[name:Heulwen]] has been asked to help with the next dementia training. This
        is what person-centred care looks like.
    """)),
    ("health", "incident", block("""
        Delayed {{USC}} referral – [[organisation:Sgalpaigh Medical Practice]]
        Patient: Ms [[name:Oluwaseun Adeyemi]], DOB [[date_of_birth:11/05/1987]], CHI [[nhs_number:1105871002]]
        Seen by {{locum GP}} [[date:08/01/24]] with a {{breast lump}}. {{USC}} referral was dictated but the
        dictation was never typed – the locum left on the Friday and his {{SCI Gateway}} drafts weren't
        checked by anyone. Patient rang on [[date:29/01/24]] to ask why she'd heard nothing. Referral sent
        that day; seen in clinic [[date:06/02/24]]. Three-week delay.
        Contributing: no task handover for locums, no practice check of outstanding drafts, admin off sick.
        Changes: weekly drafts report run by the {{practice manager}} ([[name:Jo]]); locum exit checklist.
        Discussed with [[name:Oluwaseun]] and an apology given under {{Duty of Candour}}.
        – Dr [[name:Farquhar]] (GP partner)
    """)),
    ("health", "near_miss", prose("""
        Good catch by [[name:Kenny]] ({{porter}}) at [[organisation:Ardmhor Community Hospital]] – checked
        the gauge on Mrs [[name:Annie MacAskill]]'s {{oxygen cylinder}} before taking her to {{X-ray}} and
        it was in the red. She's {{COPD}}, on 2 L via {{nasal cannulae}}. Swapped for a full {{CD cylinder}}.
        Old one had been left on the trolley from a previous transfer. Tagging cylinders FULL / IN USE /
        EMPTY from now on.
    """)),
    ("health", "success", prose("""
        Preterm labour at 31 weeks in the {{CMU}} on the island – [[name:Ayesha Rahman]], [[age:26]], first
        baby. Everything that needed to happen did. {{Midwife}} [[name:Laura-Jane]] recognised it early,
        gave the first dose of {{betamethasone}} and {{nifedipine}}, and called the {{ScotSTAR}} neonatal team
        and the {{Scottish Ambulance Service}} air desk within 20 minutes. Fog meant fixed-wing couldn't land,
        so the coastguard helicopter took her to the mainland with [[name:Laura-Jane]] as escort. Baby girl,
        [[name:Isla]], born four hours after arrival at [[organisation:Ardmhor General Hospital]], in
        {{NICU}} now and doing well. Our island transfer drills every quarter made this feel routine.
    """)),
    ("health", "incident", prose("""
        Dosette error. Mr [[name:Gwilym Ellis]] ([[age:83]], NHS [[nhs_number:235 313 1867]]) had his
        {{warfarin}} dose reduced by the anticoagulation clinic on [[date:12/09/23]], but the change never
        reached [[organisation:Fferyllfa Stryd Fawr]], which fills his {{blister pack}}, because the clinic
        letter went to the surgery only. He took the old dose for 11 days and his {{INR}} came back at 6.8
        on [[date:25/09/23]]. Held doses, {{vitamin K}} given, no bleed. His daughter [[name:Sioned]] said
        "we assumed everyone talked to each other". They don't. The {{Choose Pharmacy}} system and the
        {{WCP}} don't link up. Practice now copies the pharmacy on every dose change.
    """)),
    ("health", "success", prose("""
        200 days without a new {{pressure ulcer}} at [[organisation:Cartref Bryn Haul]] and I wanted it on
        the record who did it. [[name:Joy]], [[name:Marisol Dela Cruz]] and [[name:Precious]] led the
        {{SSKIN}} bundle on every resident, every shift, and they taught the new starters. They asked for
        the {{Waterlow}} scores to be done weekly not monthly. [[name:Marisol]] pushed to get
        {{repose}} mattresses for the three highest-risk residents rather than waiting for a sore. The
        {{care inspectorate}} visit in the summer praised it. The {{tissue viability}} team from the health
        board (Ms [[name:Ferreira-Dunn]]) has asked to use our approach as a case study.
    """)),
    ("health", "incident", block("""
        From: [[name:Mark Evans]] <[[email:mark.evans@bihd.example.nhs.wales]]>
        To: [[email:ig.team@bihd.example.nhs.wales]]
        Date: [[date:Thu 11 April 2024]]
        Subject: Data breach – district nursing caseload

        Hi,
        Reporting myself. Last night I e-mailed the {{District Nursing}} caseload spreadsheet for the
        [[organisation:Dwyfor North team]] to my personal address to work on the {{rota}} at home. It has 43
        patients' names, addresses, {{NHS numbers}} and {{key safe}} codes. I typed
        [[email:mark.t.evans77@example.net]] and only realised this morning it's a non-NHS account. Nothing
        was shared further and I've deleted it from both mailboxes. I know the key safe codes are the
        worst part – all 43 codes are being changed today with the families. I wasn't thinking. It won't
        happen again, and I'd rather we had a rota tool in {{Health Roster}} so nobody needs the spreadsheet.

        [[name:Mark]]
        {{Team Leader}}, [[phone:01632 960771]]
    """)),
    ("health", "near_miss", prose("""
        Out of hours call, island, [[date:Sat 17 Aug]]. Mrs [[name:Teresa Ferreira]] ([[age:58]]) with
        cellulitis of the leg. I was about to prescribe {{co-amoxiclav}} – {{ECS}} showed "no known
        allergies". Her daughter [[name:Ana]] was translating (Portuguese) and said "she had a rash with
        the penicillin in Madeira". Switched to {{doxycycline}}. The allergy had been recorded by a practice
        nurse as free text in a consultation, not coded, so it never pulled through to {{ECS}}. If [[name:Ana]]
        hadn't been there it would have been a penicillin given to someone with a penicillin allergy, by
        {{Adastra}} call, on a Saturday, two hours from a hospital. Have asked her practice to code it.
        [[name:AK]] ({{OOH GP}})
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        Beach airfield, [[date:14/10/23]], {{Twin Otter}} [[aircraft_registration:G-EFDA]] operating
        [[flight_number:EF412]]. After landing I backtracked on the sand towards the terminal slightly left
        of the marked line to avoid standing water, and the right main sank into soft sand at the edge of
        the {{strip}}. Shut down, passengers disembarked by the {{airstep}} and walked up with the fire crew.
        Aircraft dug out and towed by the {{airfield tractor}} about 90 minutes later; no damage found on
        inspection. The return sector [[flight_number:EF413]] was cancelled. The standing water was from a
        higher-than-forecast tide and I chose to deviate rather than ask for a {{runway inspection}}.
        Learning for me and for the {{Ops Manual}}: stay on the marked line, and ask. Capt [[name:D. Ferguson]]
    """)),
    ("aviation", "near_miss", prose("""
        {{Islander}} [[aircraft_registration:G-ISLB]], [[flight_number:OQ207]] inter-island, eight pax.
        On the take-off roll a large flock of greylag geese got up off the grass to the right of the
        {{runway}}. Rotated early and turned slightly left; two birds passed under the right wing, one very
        close to the {{prop}}. No strike found on post-flight inspection. Bird scaring hadn't been done
        because the {{AFISO}} was single-manned and also doing the fire cover. The geese have been on that
        field every morning {{in October}}. Requesting the airfield sort bird control before first rotation
        and that we get a {{NOTAM}} when numbers are high. – FO [[name:Priya Nair]]
    """)),
    ("aviation", "success", prose("""
        Night {{HEMS}} landing at the playing field of [[organisation:Ysgol Bro Eithin]] on
        [[date:28 Nov]] for a child in status epilepticus. It's our least-used {{HLS}} and the thing that
        made it work was the local {{fire and rescue}} crew, who had walked the site with us in daylight in
        the summer. They were there before us, had the goalposts marked with their vehicle lights and kept
        the crowd back. Landed [[aircraft_registration:G-CYMX]] 19:42, patient loaded with the {{EMRTS}}
        doctor by 19:55. A proper team job. Would like to thank {{Crew Commander}} [[name:Gareth]] "[[name:Gaz]]" [[name:Moss]]
        and suggest we do the same daylight walk-throughs at the other school sites.
    """)),
    ("aviation", "incident", block("""
        {{ASR}} – load sheet error
        Aircraft: [[aircraft_registration:G-EFDC]]  Flight: [[flight_number:EF331]]  Date: [[date:06/03/24]]
        What happened: Freight (fish boxes) entered on the {{load sheet}} as 180 kg. Actual weight on the
        station scales after we arrived: 310 kg. Aircraft was still within {{MTOW}} and {{CG}} limits, but
        the margin was much less than we thought and the take-off was noticeably long.
        Why: the {{handling agent}} at the outstation, [[name:C. MacNeil]], used the shipper's figure off the
        {{consignment note}} instead of weighing, because the scales were broken. No note to the crew.
        Action: if the scales are out of service, freight is not loaded without captain's agreement. Scales
        repaired. Raised with [[organisation:Eilean Air]] ground ops.
        Reported by: Capt [[name:Ruth Oyelaran]]
    """)),
    ("aviation", "near_miss", prose("""
        Unfenced grass airfield, [[date:Fri 19 July]]. Short final in the {{Islander}}
        [[aircraft_registration:G-ISLD]] when a Land Rover ([[vehicle_registration:SN09 GHT]]) drove straight
        across the threshold on the farm track that crosses the {{strip}}. Went around at about 150 ft. The
        driver, a local crofter, said afterwards he'd looked for the windsock being up and thought that
        meant no flights. The {{AFISO}} ([[name:Seumas]]) had no line of sight to the track from the tower.
        Nobody hurt. We've asked the council for a barrier or at least a flashing light linked to the
        {{tower}}, and for [[name:Seumas]] to get a {{handheld radio}} to go out to the track before
        arrivals.
    """)),
    ("aviation", "success", block("""
        Coastguard SAR debrief note – [[aircraft_registration:G-MCGZ]], [[date:02/06/24]]
        Tasked by {{ARCC}} 14:10 to a fallen climber on the sea cliffs north of the light. Casualty
        [[name:Tomasz Zieliński]], [[age:34]], suspected open lower leg fracture, on a ledge about 40 m above
        the water. Climbing partner [[name:Ewa]] called it in on [[phone:+48 601 555 214]] and kept the phone
        on so we could speak to her direct.
        What went well:
        – Lifeboat from [[organisation:Port Eilean RNLI]] on scene first and held station below.
        – {{Winchman}} [[name:Gav]] and {{winch operator}} [[name:Steph]] did a high-line in a tricky downdraft.
        – {{Rigid stretcher}} recovery; casualty at {{hospital helipad}} 15:02.
        To improve: our {{satphone}} battery was low. Spares now in the cab.
    """)),
    ("aviation", "incident", prose("""
        Passenger with a {{POC}} ({{portable oxygen concentrator}}) on [[flight_number:EF208]],
        [[date:16/01/24]]. Mrs [[name:Jadwiga Zielińska]] had pre-notified the device but the booking note
        didn't say she needed it continuously, and she had one battery that was half charged. The flight
        was held 40 minutes for weather and she'd run it down before we boarded. Check-in agent
        [[name:Will]] noticed her breathing and called me. We delayed, got her into the terminal, and the
        airport first aider put her on the {{medical oxygen}} cylinder while [[name:Will]] found a plug for
        the {{POC}}. She flew on the next rotation. {{PRM}} booking form now asks hours of battery needed.
        Reported by {{Station Supervisor}}.
    """)),
    ("aviation", "success", block("""
        OPS LOG – fog diversions, [[date:Mon 9 Oct]]
        07:50 [[flight_number:EF401]] [[aircraft_registration:G-EFDB]] unable to land, {{RVR}} below minima, diverted to {{the mainland airport}}
        08:05 [[flight_number:EF403]] held at departure
        08:10 Called [[name:Catriona]] at {{the bus company}} – coach booked for 18 pax
        08:40 Ground team ([[name:Sandy]], [[name:Farhan]]) met [[flight_number:EF401]] pax at {{the mainland terminal}} with tea
        09:30 Two pax with hospital appointments rebooked on the {{afternoon ferry}}; clinic rang by [[name:Sandy]]
        14:15 Fog lifted ({{METAR}} 4000 m), [[flight_number:EF403]] operated
        Comment ({{Duty Ops Controller}}): 18 passengers, no complaints, two thank-you cards by Friday. Good team.
    """)),
    ("aviation", "incident", prose("""
        Refuelling at the outstation, [[date:22/02/24]]. Found on {{walkround}} that the {{fuel bowser}}
        daily water check sheet hadn't been signed for three days – the regular fueller was off and the
        cover didn't know it was his job. I had already taken 200 L from the bowser into
        [[aircraft_registration:G-ISLA]]. Took {{fuel samples}} from both tanks: clear on the left, a small bead
        of water in the right drain on the second sample. Drained until clear, three clean samples, then
        flew. Delayed 70 mins on [[flight_number:OQ114]]. Not serious this time but after a week of
        horizontal rain it could have been. Checks now on the {{Ops Manual}} task list for whoever is
        covering, not a named person. (Islander is on {{Avgas 100LL}}, so no {{Jet A-1}} mix-up risk here.)
    """)),
    ("aviation", "near_miss", prose("""
        Sheep on the {{runway}} again!! [[aircraft_registration:G-ISLB]] landing roll, ~50 kt, 3 ewes
        through the fence gap by the {{threshold}}. Hard braking, stopped 60 m short. No damage. Fence
        reported broken [[date:3rd May]] & [[date:20th May]] – Mr [[name:Gunn]]'s sheep, council's fence.
        {{AFISO}} runway check 20 min prior was clear. Pls {{NOTAM}} it till fixed.
        [[name:Dòmhnall Iain]] ({{PIC}})
    """)),
    ("aviation", "success", prose("""
        Neonatal transfer, [[flight_number:EF9001]], [[date:30/11/23]], {{King Air}}
        [[aircraft_registration:G-EFAM]]. Baby born at 30 weeks on the island needed to go to the regional
        {{NICU}}. The {{ScotSTAR}} neonatal team flew in with the {{transport incubator}} and we had less than
        40 minutes on the ground. Ground crew had the {{stretcher loading system}} ready at the right door
        and [[name:Sunniva]] at the station had cleared the apron. Mum, [[name:Kerry-Ann]], came with us.
        Baby stable the whole way. Lesson worth sharing: the station keeps a laminated incubator-loading card
        by the tug, so the least experienced person on shift can still get it right.
        Capt [[name:Lindqvist]]
    """)),
    ("aviation", "incident", prose("""
        Fatigue report. Rostered a 05:30 report on [[date:Tues 5 March]] after finishing at 22:40 the night
        before, following a fog day with two diversions and a long wait on the ground at the mainland. Within
        {{FTL}} on paper, but by the time I'd driven home, eaten and got the kids settled I had maybe four
        hours' sleep, and I flew four sectors. On the third landing I flared late and landed firmly –
        within limits, the engineer checked it, no damage, but not my standard and the captain noticed.
        The {{roster}} change was made by {{crew scheduling}} on the evening of the fog day without phoning
        me; I only saw it on {{the app}} at 23:00 when I was already in bed. I should have called in fatigued
        and I didn't, because I knew there was no {{standby}} on the island and the morning flight carries
        the hospital outpatients and the post. That pressure is real and I think most of us feel it.
        [[name:Hamish]] in {{crewing}} has been good about it since and we've talked it through. Asking for
        a phone-call rule for any short-notice early report, and for a {{standby}} pilot on the island in
        the winter timetable. Happy to discuss with the {{Safety Manager}}. FO [[name:Nkechi Obi]]
    """)),
    ("aviation", "near_miss", prose("""
        {{QNH}} mis-set on the {{approach}}, [[flight_number:EF417]], [[date:18/12/23]]. The {{ATIS}} gave
        QNH 1003. The captain ([[name:Rutherford]]) set 1030 on his side – his first day back after leave,
        and he said afterwards he'd had the previous day's high pressure in his head. I had 1003. At the
        altimeter cross-check passing 4000 ft I saw the 810 ft difference and called it, he reset it. If it
        had gone unnoticed we'd have been flying about 800 ft lower than the altimeter showed, in cloud, over
        the hill to the south of the field. {{EGPWS}} would have helped but shouldn't be the barrier. Good
        {{CRM}} – he thanked me on the ground. [[name:S. Ó Briain]]
    """)),
    ("aviation", "success", prose("""
        DG catch at {{check-in}}, [[date:Sat 25 May]], [[flight_number:EF415]]. Pax said "just bike bits"
        about a holdall. [[name:Ceitidh]] asked what kind of bike – electric – and asked to look: a 36V
        {{lithium-ion}} {{e-bike}} battery well over 160 Wh. Not allowed hold or cabin. Pax fine once it
        was explained, sent it by ferry freight. [[name:Ceitidh]] credits last week's {{DG awareness}}
        refresher. Reminder: {{IATA}} rules apply to the smallest aircraft too. – {{Station Manager}}
    """)),
    ("aviation", "incident", prose("""
        {{EFB}} failure. Both our {{iPads}} shut down with temperature warnings on the ground at the island
        stop on a hot afternoon in the {{Islander}} [[aircraft_registration:G-ISLC]] ([[flight_number:OQ221]],
        [[date:11/07/24]]) – they'd been on the glareshield in the sun. No charts, no performance app. We had
        the paper backup for the home base but not for the island {{strip}} approach plate because it was
        removed from the backup folder at the last revision. Waited 25 minutes in the shade for them to
        cool and come back. Could have been a diversion in worse weather. Asking {{Tech Services}} to put the
        island plates back in paper and buy the sun covers.
        [[name:Amira]] / [[name:Ollie]]
    """)),
    ("aviation", "success", block("""
        {{AFISO}} occurrence – lost comms, [[date:Sun 18 Aug]]
        [[aircraft_registration:G-BZOT]], a {{PA-28}} from the mainland, joined overhead with no reply on
        frequency. Pilot later said his headset lead had failed. Aerodrome traffic: our
        [[flight_number:OQ230]] inbound, 6 minutes out.
        – Held [[flight_number:OQ230]] at the {{VRP}}, explained the situation.
        – Used the {{signal lamp}}, steady green once the circuit was clear.
        – [[aircraft_registration:G-BZOT]] landed safely; pilot (Mr [[name:Hollingsworth-Kerr]]) walked up, very apologetic.
        – [[flight_number:OQ230]] landed 8 minutes late.
        Good outcome. The lamp hadn't been used for years; I'd checked it on my own initiative
        {{in April}}. – [[name:Seumas]] (AFISO)
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind108", REPORTS))


if __name__ == "__main__":
    main()
