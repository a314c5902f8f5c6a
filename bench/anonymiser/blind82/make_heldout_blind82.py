"""Held-out blind corpus 82: Scotland and Wales - island social care, rural health, air services.

Scottish children's hearings, kinship care and GIRFEC/Named Person practice alongside Welsh
local authority children's services (with Welsh words mixed in); NHS Scotland island boards
with CHI numbers, community hospitals and island GPs, and Welsh health boards; island air
services, air ambulances, flying doctors and small regional airports. Practitioners have
Scottish, Welsh, Gaelic and Polish names; addresses are often house names or crofting
townships; some notes are typed on a phone. Everything is invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind82.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        On [[date:14th February]] the hearing papers for [[name:Kayden MacAulay]] ([[age:9]])
        were posted to his mum's old address, [[address:6 Bayhead Terrace]], Stornoway
        [[postcode:HS1 2DR]], instead of to his {{kinship carer}}, gran [[name:Peigi MacAulay]]
        at [[address:Taigh na Creige, 21 North Tolsta]]. The change of address had been put on
        {{CareFirst}} in December but the {{Children's Reporter}} letter pulled from an old field.
        Mum's new partner opened the envelope and phoned [[name:Peigi]] that night, angry and
        drunk. No direct harm to [[name:Kayden]] known but gran is shaken and has asked for the
        locks to be changed. {{Named Person}} at [[organisation:Bunsgoil Ceann a' Bhàigh]],
        Mrs [[name:Ross]], informed. Hearing ref [[case_reference:SCRA/24/HS/0173]]. Logged as a
        {{data breach}}; IG lead [[name:Alasdair Maciver]] told by phone.
    """)),
    ("social_care", "near_miss", block("""
        Reported by: [[name:Siân Prys-Jones]], {{Contact Supervisor}}
        Team: [[organisation:Tîm Plant a Theuluoedd Dyfiog]]
        Date of event: [[date:03/04/2024]]
        Location: family centre, [[address:Ffordd y Môr]], Aberaeron [[postcode:SA46 0BT]]
        Ref: [[case_reference:DAT-W-58812]]
        What happened: At end of supervised contact a man came to reception saying he was
        "Uncle [[name:Gaz]]" and had come to collect [[name:Leila]] ([[age:6]]). He was not on
        the approved list in the {{Contact Plan}}. New agency worker nearly handed her over as
        he knew her name and her {{nain}}'s name. I stopped it at the door. Turned out to be
        dad's brother [[name:Gareth Bevan]], who is named in a {{non-molestation order}}.
        Immediate action: [[name:Leila]] kept in building, foster carer called, {{Heddlu}}
        informed, PC [[name:Rowlands]] attended.
        Learning: photo of every approved adult to be held at reception; agency staff briefed.
    """)),
    ("social_care", "success", block("""
        From: [[email:cerys.lloyd-williams@dyfiog.gov.wales]]
        To: kinship team list
        Subject: Diolch - [[name:Ellis]] placement

        {{Bore da}} pawb,

        Just wanted to share that the kinship assessment for [[name:Ellis Thomas]] ([[age:11]])
        with his aunt [[name:Bethan Hughes]] was approved at panel on [[date:Tuesday 21 May]].
        [[name:Bethan]] said the {{Form C}} sessions felt like a conversation not an exam, and
        getting the {{kinship allowance}} sorted before the holidays made all the difference.
        Big shout out to [[name:Dafydd]] from {{Maethu Cymru}} for the evening visits.
        [[name:Ellis]] has settled at [[organisation:Ysgol Glan Morfa]] and is in the choir!

        Diolch o galon,
        [[name:Cerys]]

        [[name:Cerys Lloyd-Williams]]
        {{Senior Practitioner}}, Kinship Care
        Ffôn: [[phone:01632 960418]]
    """)),
    ("social_care", "incident", block("""
        Shift log - [[organisation:Hamnavoe House]] ({{children's house}}), [[date:Sat 8 June]]
        19:30 [[name:JD]] (yp) to the shop with [[name:Magda Nowak]]. Back 19:55.
        21:10 [[name:JD]] in room, door shut, music on. Checked by [[name:Rhona]].
        22:45 Night check - [[name:JD]] not in room, window open. Search of house + garden.
        22:55 Rang [[name:JD]] mob [[phone:07700 900614]] - switched off.
        23:05 Reported missing to police, ref [[case_reference:PS-20240608-3391]].
              {{Missing Person Protocol}} followed.
        23:40 {{On call manager}} [[name:Ewan Flett]] informed.
        01:20 [[name:JD]] found by police at the pier in Stromness with two older males,
              one in a silver car [[vehicle_registration:SV19 HKD]].
        01:45 Home, warm, ate toast. {{Return Home Interview}} booked.
        Reflection: {{window restrictor}} had been taken off - maintenance ticket
        [[case_reference:MT-4471]] raised in April and never actioned.
    """)),
    ("social_care", "near_miss", block("""
        [09:12] [[name:Hope]] ({{SW}}): Morning! just checking u got the new contact times for sat?
        [09:15] [[name:Agnieszka]]: hi [[name:Hope]] no?? we still have 10am at the park
        [09:16] [[name:Hope]]: Oh no. It changed on thurs - mum's not to know the park, she's
        been posting on {{FB}}. Contact is now at [[organisation:Cwtch Family Centre]] 11am
        [09:17] [[name:Agnieszka]]: sent to which email?
        [09:18] [[name:Hope]]: [[email:a.kowalska@inbox-mail.co.uk]]
        [09:18] [[name:Agnieszka]]: thats my old one!! I use
        [[email:aga.kowalska.foster@webpost.co.uk]] now, told the {{fostering team}} in March
        [09:20] [[name:Hope]]: so sorry. fixing on {{WCCIS}} now & will ring your
        {{Supervising Social Worker}} [[name:Iwan]]
        [09:21] [[name:Agnieszka]]: ok. we would of gone straight to the park 😬
    """)),
    ("social_care", "success", block("""
        Child's Plan review - [[name:Ruaridh Campbell]] ([[age:4]]) - [[date:22/01/2024]]
        Present: [[name:Mairi Campbell]] (mum), [[name:Fionnlagh]] (dad),
        [[name:Kirsty MacInnes]] ({{Health Visitor}}, {{Named Person}}),
        [[name:Tomasz Wiśniewski]] ({{Lead Professional}}),
        [[name:Grace Oduya]] ([[organisation:Tobermory Early Years Centre]])
        - {{SHANARRI}} wheel done with parents: big improvement in {{Healthy}} and
          {{Nurtured}} since the autumn.
        - [[name:Ruaridh]] now at nursery 2 days, toileting sorted, speech referral seen.
        - Dad back working at the fish farm; says the parenting group "saved us".
        - Agreed: step down from the {{Child's Plan}} to universal health visiting.
        - Mum asked for her thanks to be passed on to [[name:Grace]].
    """)),
    ("social_care", "incident", prose("""
        visit to [[address:4 Cnoc na Mòine]], back of Portree [[postcode:IV51 9ER]] @ 2pm.
        mr [[name:macdonald]] let me in fine but his sons dog (big xl type) got out of the
        kitchen & bit my left forearm. skin broken. [[name:will]] from the {{OT}} team was with
        me, he got the dog shut away and drove me to {{A&E}} at
        [[organisation:Sleat Community Hospital]]. tetanus up to date, started on
        {{co-amoxiclav}}. no {{lone worker}} alert on the file even tho there was a dog
        incident there in 2022. case [[case_reference:HSC-112098]]. pls add the flag & can I
        get a {{Skyguard}} device back, mine died in jan. -- [[name:KO]]
    """)),
    ("social_care", "success", block("""
        Compliment logged [[date:12/07/2024]], ref [[case_reference:CMP-0931]]
        Card from Mrs [[name:Eleri Rowlands]], {{special guardian}} of twins [[name:Osian]]
        and [[name:Nia]]:

        "{{Annwyl}} [[name:Faith]], diolch am bopeth. When the
        {{Special Guardianship Order}} went through I didn't think I would manage but you
        never gave up on us. You came out to [[address:Bryn Awel, Lôn Glasfryn]] in the snow,
        you chased the council about the extension and you got [[name:Osian]] his
        {{ADHD}} assessment. The {{Mind of My Own}} app was [[name:Nia]]'s favourite.
        {{Cofion cynnes}}, [[name:Eleri]], [[name:Osian]] a [[name:Nia]] x"

        Forwarded to [[name:Faith]]'s manager [[name:Huw Pugh]].
    """)),
    ("social_care", "near_miss", block("""
        Medication check - kinship placement, [[name:Lily-Mae Sutherland]] ([[age:13]])
        Carer: grandad [[name:Frank Sutherland]], [[address:3 Ferry Brae]], Westray
        [[postcode:KW17 2DX]]. Checked by [[name:Jade Rendall]], [[date:04/09/2024]].

        Box   Medicine            Directions   Status
        1     {{sertraline}} 50mg     one daily    current (GP letter [[date:28/08/2024]])
        2     {{sertraline}} 100mg    one daily    OLD - stopped in July

        Found: [[name:Frank]] had filled the {{dosette box}} for the week from box 2.
        No doses given yet - [[name:Jade]] spotted it on the Sunday night check.
        [[name:Jade]] and [[name:Frank]] emptied and refilled it together; box 2 taken back to
        [[organisation:Pierowall Pharmacy]]. {{CAMHS}} nurse told.
        Learning: ask the {{community pharmacist}} to take back stopped meds at each change.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Owain Jenkins]] <[[email:owain.jenkins@dyfiog.gov.wales]]>
        To: Information Governance
        Sent: [[date:Friday 15 March 2024]] 16:52
        Subject: possible breach - plan sent to wrong Mrs [[name:Jones]]

        Hi,
        At 15:40 I emailed the {{Care and Support Plan}} for [[name:Tegan Jones]]
        (DOB [[date_of_birth:19/05/2012]]) to "Mrs [[name:Jones]]" picked from autofill - it was
        [[email:ann.jones@ysgolglanmorfa.cymru]]. It should have gone to mum,
        [[name:Angharad Jones]], at [[email:angharad.jones88@mailbox.co.uk]].
        Mrs [[name:Ann Jones]] is a teaching assistant at [[organisation:Ysgol Glan Morfa]]
        where [[name:Tegan]] goes. She rang me straight away and has deleted it. Recall failed.
        The plan includes the {{domestic abuse}} history and the {{MARAC}} referral.
        Case [[case_reference:WCC-2024-00871]].

        [[name:Owain]]
        {{Social Worker}}, North Team
    """)),
    ("social_care", "success", block("""
        Debrief: remote children's hearing for two Barra children, [[date:9 October]]
        What went well
        - Hearing for [[name:Eilidh]] and [[name:Calum MacNeil]] held on {{Vscene}}.
        - Gran [[name:Morag MacNeil]] ({{kinship carer}}) joined from
          [[organisation:Castlebay Community Hub]] with a support worker beside her.
        - [[name:Eilidh]] used {{Viewpoint}} the week before, so her views were in front of the
          panel in her own words.
        - Chair Dr [[name:Ishbel Grant]] spoke to each child first.
        - {{Compulsory Supervision Order}} continued, contact varied, kids stay with gran.
        Could be better
        - Ferry cancelled so the {{Safeguarder}}, [[name:Neil Beaton]], joined by phone on
          [[phone:01632 960733]] and kept dropping out 10:40-10:50.
    """)),
    ("social_care", "near_miss", prose("""
        First home visit to the [[name:Zieliński]] family at [[address:Flat 2, 17 Harbour Road]],
        Oban [[postcode:PA34 4XD]] after [[name:Kuba]] ([[age:8]]) told his teacher at
        [[organisation:Lorn Bay Primary School]] that dad hits mum. The duty worker had booked
        a {{Language Line}} phone interpreter but the form defaulted to {{Portuguese}}. When
        that came up, dad [[name:Piotr]] offered to translate for mum [[name:Katarzyna]].
        Worker [[name:Shona Lamont]] recognised that would not be safe given the allegation,
        declined, and rebooked a {{Polish}} interpreter; visit delayed 40 minutes but mum was
        seen alone. An {{IRD}} followed the same day. Learning: never use family members to
        interpret; check the language field before confirming. {{Named Person}} updated.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM
        Reported by: [[name:Dawn Tulloch]], {{Care at Home}} coordinator
        Service: [[organisation:Northmavine Care at Home Team]]
        Service user: Mr [[name:Bill Isbister]], [[age:87]],
        [[address:Da Gaet, North Roe]], [[postcode:ZE2 9RW]]
        Date/time: [[date:Sun 12/01/2025]] 07:30-13:00
        What happened: morning call missed. Carer [[name:Marta Kowalczyk]] could not get
        through (road shut, snow) and her text went to an old rota mobile
        [[phone:07700 900271]] that nobody checks. Neighbour found [[name:Bill]] at 12:40 on
        the kitchen floor, cold but talking. {{NHS 24}} > ambulance to
        [[organisation:Sullom Community Hospital]]. {{Community Alarm}} pendant was on the
        bedside table, not worn. Treated for mild {{hypothermia}}, home on Weds.
        Actions: old rota mobile stopped; snow contingency list of who can reach who.
    """)),
    ("social_care", "success", block("""
        Short breaks log - [[organisation:Tŷ Seren]], [[date:Fri 26 April]]
        16:00 [[name:Sunny Akhtar]] ([[age:15]]) arrived with mum, first overnight. Pacing.
        16:20 Used his {{PECS}} book + {{Now and Next}} cards from school. Settled a bit.
        17:00 Tea - chips only, fine.
        18:30 {{Sensory room}} with [[name:Gwenno]]. Calm, laughing.
        20:45 {{Melatonin}} 3mg given as per {{MAR}}, 2 signatures.
        22:10 Asleep.
        07:15 Woke settled. [[name:Sunny]] pointed at the [[organisation:Tŷ Seren]] photo and
        said "again" - first time he has asked to come back!
        Mum texted: "diolch, first full night's sleep in 2 yrs".
        [[name:G. Parry-Evans]], {{Senior Support Worker}}
    """)),
    ("social_care", "near_miss", prose("""
        During a {{Family Group Decision Making}} meeting at
        [[organisation:Balivanich Family Centre]] on [[date:5 March]], {{Family Support Worker}}
        [[name:Catriona Morrison]] noticed a black pickup, [[vehicle_registration:SN68 WVK]],
        parked at the gate. Mum ([[name:Jodie]]) recognised it as ex-partner
        [[name:Lee Crawford]]'s truck. There is an {{interdict}} and he is not to know where the
        children are; he had followed the school taxi. The meeting moved to the back room,
        [[name:Aiden]] and [[name:Rose]] were kept away from the windows and police were called;
        he drove off before they arrived. Nobody hurt. Learning: taxi firm to vary the route,
        and staff now record any vehicle of concern on the {{safety plan}} - reg
        [[vehicle_registration:SN68 WVK]] passed to police.
    """)),
    ("social_care", "incident", block("""
        Team meeting notes [[date:Wed 17 July]]
        Item 3 - incident: conference minutes
        - Minutes of the {{Child Protection Conference}} for the [[name:Price]] children went to
          all invitees incl. dad [[name:Kyle Price]], with mum's refuge address in full
          ([[address:Nyth Clyd, 8 Heol y Dŵr]], [[postcode:SA31 3EP]]).
        - Minute taker [[name:Llinos]] used an old template; {{redaction checklist}} not used.
        - {{Women's Aid}} moved mum and kids the same day. Emergency move approx £2k.
        - Ref [[case_reference:CPC/0457/24]].
        - Actions: [[name:LW]] to bring the checklist to every conference; minutes to be
          checked by the {{Independent Reviewing Officer}} before they go out.
        - Morale low after this - [[name:Mark]] to set up a debrief with the {{Chair}}.
    """)),
    ("social_care", "success", block("""
        Tîm Gogledd chat
        [17:02] [[name:Rhys]]: {{Newyddion da}}! [[name:Maddie]] goes home to mum on {{Monday}} 🎉
        court agreed the plan this aft
        [17:03] [[name:Bethan H]]: 😭 amazing!! 18 months of work
        [17:04] [[name:Rhys]]: the {{Reunification Framework}} work paid off tbh
        [17:05] [[name:Sunita]]: and the {{parenting assessment}} by [[name:Aled]] was brilliant
        [17:06] [[name:Rhys]]: plus mum 9 months clean with {{Cam Nesaf}}
        [17:07] [[name:Bethan H]]: {{Gwych}}. cake in the office tomorrow, my treat
        [17:08] [[name:Rhys]]: pls remember {{Flying Start}} handover to HV Mrs [[name:Ifans]]
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Datix [[case_reference:W-DX-230417]]
        Reported by: {{Staff Nurse}} [[name:Ciara Maclean]]
        Location: [[organisation:Ospadal Beinn na Faoghla]], inpatient beds
        Patient: [[name:Donald John MacPhee]], CHI [[nhs_number:0411483617]],
        DOB [[date_of_birth:04/11/1948]]
        Date: [[date:17/04/2024]] 22:00
        Description: {{enoxaparin}} 40mg given at 22:00 although the visiting GP,
        Dr [[name:Sinclair]], had held it at 14:00 because of oozing from the {{PEG}} site.
        The hold was written in the medical notes but not on the {{Kardex}}. Night nurse was
        bank staff from the mainland and had a verbal handover only.
        Harm: none apparent - site observed overnight, Hb stable next morning.
        Action: holds to go on the Kardex as well as in the notes; {{SBAR}} handover sheet
        to include "meds held today".
    """)),
    ("health", "near_miss", prose("""
        Bloods taken at [[organisation:Tangasdale Medical Practice]] on [[date:Monday 8 July]]
        for Mrs [[name:Kate MacKinnon]] ([[age:84]]) were labelled with the CHI of her
        daughter-in-law, also [[name:Kate MacKinnon]] - [[nhs_number:2307838597]] instead of
        [[nhs_number:1709394676]]. The samples went over on the afternoon flight
        [[flight_number:HB 641]] to the lab, where biomedical scientist
        [[name:Ross Mackay]] noticed an {{INR}} request did not fit a 40-year-old with no
        {{warfarin}} on record and phoned the practice. The older [[name:Kate]] has {{AF}} and
        her dose was due to be changed that week; the result would have gone into the wrong
        record. Repeat taken next morning. Learning: DOB and address read back at labelling,
        not just name, and lab to keep flagging requests that don't fit {{SCI Store}} history.
    """)),
    ("health", "success", block("""
        From: [[email:linda.rendall@orkmail.co.uk]]
        To: Patient Feedback
        Subject: thank you - [[organisation:Hoy Ward]]

        Dear all,
        My dad [[name:James Rendall]] ([[name:Jimmy]] to everyone) spent his last week on
        [[organisation:Hoy Ward]] at [[organisation:Peedie Isles Hospital]]. The nurses,
        especially [[name:Faith]] and [[name:Dawn]], let us stay round the clock, brought
        {{Mum}} tea and toast at 3am and played his fiddle music. Dr [[name:Okafor]] explained
        the {{syringe driver}} and his {{Anticipatory Care Plan}} so gently, and the
        {{Chaplain}} sat with us the last night. Please tell them how much it meant.

        [[name:Linda Rendall]]
        [[address:Quoybanks, Evie]], [[postcode:KW17 2PQ]]
    """)),
    ("health", "incident", block("""
        Timeline - delayed retrieval, pt [[name:A.M.]] ([[age:58]]M), Islay, [[date:02/02/2024]]
        14:05 Presents to [[organisation:Kilarrow Medical Practice]], chest pain, {{STEMI}}.
        14:12 {{Tenecteplase}} given by Dr [[name:Nkemelu]].
        14:20 {{EMRS}} called via {{ScotSTAR}}.
        14:55 Helicopter tasked, ETA 15:50.
        15:30 Fog - stood down. Fixed wing not possible, runway lights {{NOTAM}} in force.
        16:10 Pt to community hospital bed, nurse [[name:Eilidh Currie]] 1:1.
        18:40 Coastguard helicopter [[aircraft_registration:G-HBRX]] lands in a gap.
        20:05 Arrives [[organisation:Clydeside Heart Centre]]. {{PCI}} 21:10.
        Issues: 6h to PCI; no written plan B when fog shuts both air options.
        Review ref [[case_reference:ADV-1187]].
    """)),
    ("health", "near_miss", block("""
        DN visit notes - typed on phone sorry
        mr [[name:glyn hughes]] [[age:79]] - insulin pen in fridge labelled
        {{Humalog Mix25}} but his {{insulin passport}} & chart say {{Humulin I}}. pharmacy gave
        wrong one on repeat, he hadnt used it yet - daughter [[name:nerys]] rang me bc the box
        looked different 👍 no doses given. took it back to [[organisation:Fferyllfa'r Bont]],
        spoke to pharmacist [[name:Aled ap Rhys]]. GP aware. cbg 9.4 ok.
        nhs no [[nhs_number:477 696 2543]]. datix to follow
        - [[name:bethan]] ({{DN}})
    """)),
    ("health", "success", block("""
        Hot debrief - PPH, [[organisation:Uned Famau Glan Teifi]], [[date:30/06/2024]]
        Present: [[name:Gwen Morgan]] ({{Band 7}} midwife), [[name:Joanna Kaczmarek]] (midwife),
        Dr [[name:Hassan]] (on phone), paramedics [[name:Tony]] & [[name:Leanne]]
        What went well
        - {{PPH}} of 1.8L recognised early, bell pulled at 2 mins.
        - {{PPH box}} complete; {{Syntometrine}} then {{carboprost}} given by protocol.
        - {{WAST}} on scene in 14 mins, transfer to
          [[organisation:Ysbyty Cyffredinol Bro Ceredig]] with fluids running.
        - Mrs [[name:Evans]] and baby both well, home day 3, sent us a card.
        Even better if
        - Second cannula pack missing from the trolley - restock list updated.
    """)),
    ("health", "incident", prose("""
        At 03:15 on [[date:Sunday 11 August]] Mr [[name:Idris Lewis]], [[age:91]], fell on
        [[organisation:Ward Enlli]] at [[organisation:Ysbyty Cymuned Llanfair]]. He had a
        {{bed sensor alarm}} but it had been switched off when the bed was moved for cleaning
        and not switched back on. He cut his head and is on {{apixaban}}, so he went for a CT
        under the {{head injury pathway}} - clear. Son [[name:Gerallt]] phoned at 04:00 by
        {{HCA}} [[name:Precious Moyo]]. Mr [[name:Lewis]] had been calling "{{helpwch}}" for
        several minutes before the fall and the agency nurse did not realise he was asking for
        help. Datix [[case_reference:DTX-BC-99412]]. Learning: sensor checked on at every
        {{intentional rounding}}; Welsh speakers identified on the board each shift.
    """)),
    ("health", "near_miss", block("""
        {{Near Me}} diabetes clinic, [[date:Thurs 5 Sept]]
        Time   Patient             CHI          Link sent to
        10:00  [[name:NOWAK, Anna]]     [[nhs_number:0806578076]]   [[phone:07700 900358]]
        10:20  [[name:NOWAK, Hanna]]    [[nhs_number:1512629618]]   [[phone:07700 900358]]

        Both links went to [[name:Anna]]'s mobile - admin copied the row down.
        At 10:20 Dr [[name:Fraser]] joined and was about to go through [[name:Hanna]]'s
        {{HbA1c}} and eye screening, but did the {{two-identifier check}} first: the woman
        on screen gave [[name:Anna]]'s DOB. Stopped before any disclosure.
        [[name:Hanna]] rebooked same day with the right number. Admin reminded to check the
        {{TrakCare}} contact field per patient.
    """)),
    ("health", "success", block("""
        [07:41] [[name:Iain Maciver]] (pharm): Morning, {{Creon}} for [[name:Archie]] at
        [[address:5 Cnoc Àrd]], Leverburgh hasn't come on the wholesaler. none on the island 😩
        [07:43] [[name:Seonaid]] ({{CF}} nurse): he's down to 2 days. can Stornoway send?
        [07:45] [[name:Iain Maciver]] (pharm): hosp pharmacy says yes if its on the 10:30 boat,
        purser will hold it
        [07:50] [[name:Seonaid]]: I'll ring mum [[name:Leanne]] [[phone:07700 900842]]
        [13:15] [[name:Iain Maciver]] (pharm): box off the ferry, delivered to the house 13:40 ✅
        [13:20] [[name:Seonaid]]: legend. mum says thank u. {{Will}} log it as good practice 🙌
        so the {{pancreatic enzymes}} shortage plan has a name on it next time
    """)),
    ("health", "incident", block("""
        From: Dr [[name:Rhodri Owen]] <[[email:rhodri.owen@bi-afonteifi.wales]]>
        Subject: misdirected discharge letter

        The discharge summary for Mrs [[name:Olwen Pritchard]], NHS no.
        [[nhs_number:663 011 6232]], DOB [[date_of_birth:02/02/1945]], went electronically to
        [[organisation:Meddygfa Pen y Bryn]] in Bala instead of her own practice,
        [[organisation:Meddygfa Tŷ Gwyn]] in Tywyn. The {{WCP}} still held her old GP.
        We had started a {{DOAC}} and stopped {{digoxin}}; for nine days nothing was
        reconciled and her digoxin was re-issued on repeat. Picked up at a
        {{medication review}} by pharmacist [[name:Hope Adeyemi]]. No harm found, level normal.
        Datix [[case_reference:DTX-AT-40377]].

        [[name:Rhodri]]
        [[name:Rhodri Owen]], {{Consultant Physician}}
    """)),
    ("health", "near_miss", block("""
        Night log - [[organisation:Glendaruel Ward]], [[organisation:Kilmory Community Hospital]]
        21:00 Handover from [[name:Shirley]].
        23:30 Mrs [[name:Mhairi Bell]] ([[age:76]]) on 2L O2 via {{nasal cannula}}.
        02:15 {{HCA}} [[name:Kasia]] noticed the portable {{CD cylinder}} on
        [[name:Mhairi]]'s chair reading in the red - she had not been put back on wall
        oxygen after the toilet at 01:30. {{SpO2}} 91%, moved to wall supply, 95% in 5 mins.
        02:40 Checked all cylinders: 2 empty ones stored with the full ones, no tags.
        06:50 Day staff told; empty cylinder tags ordered.
        {{S/N}} [[name:R. Murray]]
    """)),
    ("health", "success", prose("""
        Physio [[name:Bartek Zieliński]] did a {{Near Me}} review with Mr [[name:Hamish Munro]],
        [[age:68]], from his croft at [[address:7 Achmore]], Lochs [[postcode:HS2 9JN]], two
        weeks after his knee replacement - saving him a three-hour round trip. [[name:Bartek]]
        asked him to point the camera at both legs, noticed the calf was swollen and hot, and
        arranged a same-day scan at the local hospital. A {{DVT}} was confirmed and he started
        {{rivaroxaban}} that evening. [[name:Hamish]] said he would never have mentioned it
        ("thought it was the op"). Shared at the {{AHP}} huddle on [[date:19 March]] as good
        practice.
    """)),
    ("health", "incident", block("""
        Incident no: [[case_reference:IR2-118264]]
        Location: Combined Assessment Unit, [[organisation:Lochaber General Hospital]]
        Date: [[date:19 Dec 2023]]
        Patient: [[name:Jakub Wójcik]], [[age:29]], CHI [[nhs_number:2608947670]]
        Summary: presented 18:20 with fever and rigors 3 days after a chainsaw cut to the hand.
        {{NEWS2}} recorded as 3 at triage (RR estimated, not counted). {{Sepsis Six}} not
        started until 21:05 when NEWS2 was 7. Reviewed by {{FY2}} Dr [[name:Chidi Eze]]; IV
        {{flucloxacillin}} and {{clindamycin}}, moved to {{HDU}}. Recovered, home day 6.
        Contributory: 2 nurses for 11 pts; patient understated pain, English his 2nd language.
    """)),
    ("health", "near_miss", prose("""
        Mrs [[name:Halina Dąbrowska]], [[age:72]], was admitted to
        [[organisation:Ysbyty Bro Dyfi]] with a chest infection. Her {{penicillin}} allergy was
        written in Polish on a card in her purse ("{{uczulenie na penicylinę}}") but not on
        the GP summary, and Dr [[name:Rees]] prescribed {{co-amoxiclav}}. Her granddaughter
        [[name:Zosia]] saw the bag on the drip stand and told {{Staff Nurse}}
        [[name:Will Jenkins]] before it was hung. Prescription changed to doxycycline. Datix
        [[case_reference:BIH-2024-7712]]. Learning: use {{Language Line}} at clerking and
        ask about allergy cards or bracelets from home.
    """)),
    ("health", "success", block("""
        Compliment transcribed - [[organisation:Ward Dyfi]], [[date:2il Mawrth]]
        "I'r staff i gyd - {{Mam}} (Mrs [[name:Gwenllian Roberts]]) has {{dementia}} and lost
        most of her English this year. Having nurses like [[name:Elin]] and [[name:Meleri]]
        speak Welsh to her, and seeing the {{Iaith Gwaith}} badges so she knew who to ask,
        made her feel safe. The {{This Is Me}} form was read and used. The {{Active Offer}}
        is not just a poster on your ward.
        Diolch yn fawr, [[name:Rhian]] a'r teulu,
        [[address:Llys Eifion, Stryd Fawr]], Pwllheli [[postcode:LL53 5RT]]"
    """)),
    ("health", "incident", block("""
        M&M notes [[date:14/11/2024]] - [[organisation:Argyll Isles Rural Practice Network]]
        Case 1: [[name:MG]], [[age:2]]y, {{croup}}, Coll
        - Seen 17:00 by Dr [[name:Yusuf Malik]]; {{dexamethasone}} 0.15mg/kg, sent home.
        - 23:30 stridor at rest. Dr [[name:Malik]] went out; {{adrenaline nebs}} x2.
        - Retrieval request to {{ScotSTAR}} not made till 01:10 - GP hoping it would settle.
        - Flown out 03:40, 2 nights in HDU, fine now.
        Learning: no overnight nurse on Coll; lone GP carrying it all night.
        Actions: [[name:KMcL]] to add escalation thresholds to the {{croup pathway}}; call
        retrieval early - they'd rather stand down than be late.
    """)),
    ("health", "near_miss", block("""
        From: [[email:agata.sowa@hebrides-health.scot]]
        Subject: near miss - unlabelled tubes, Tiree clinic [[date:Tues 7 May]]

        Hi [[name:Ross]],
        Flagging a near miss. 4 sets of bloods from Tiree arrived in one bag, only 2 labelled.
        Nurse [[name:Mairead]] had {{Order Comms}} labels but the {{Zebra}} printer jammed
        and she meant to hand-label after clinic. The lab rang her on [[phone:01632 960215]]
        and she was able to match 2 by request form and draw time, but under our
        {{zero tolerance}} rule all 4 were rejected and the patients recalled.
        No results were issued on the wrong record.

        Best,
        [[name:Agata Sowa]]
        {{Phlebotomy Lead}}, [[organisation:NHS Hebrides and Skye]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        OCCURRENCE REPORT
        Operator: [[organisation:Orcadia Air]]
        Aircraft: {{BN-2B Islander}} [[aircraft_registration:G-ORCX]]
        Flight: [[flight_number:OA 803]] Kirkwall - Westray
        Date: [[date:25/05/2024]]
        Commander: Capt [[name:Magnus Linklater]]
        Narrative: climbing through 300 ft a flock of {{greylag}} geese crossed ahead and one
        struck the left wing leading edge. Returned and landed normally, 7 pax, no injuries.
        Dent approx 20cm; [[aircraft_registration:G-ORCX]] {{AOG}} for 2 days.
        The {{bird control}} unit had dispersed geese from the east field 40 mins earlier but
        they had resettled by the threshold.
        Ref [[case_reference:MOR-2024-05-118]], filed to the {{CAA}} via {{ECCAIRS}}.
    """)),
    ("aviation", "near_miss", prose("""
        At Tiree on [[date:12 September]] the {{RFFS}} {{Land Rover}}
        [[vehicle_registration:SF17 OXR]] crossed the runway for a lighting check without
        clearance from the {{AFISO}}, [[name:Murdo]], while [[flight_number:HB 417]], a
        {{Saab 340}}, was on a two-mile final. The {{First Officer}}, [[name:Zofia Lis]], saw
        the vehicle's beacon and the crew went around from about 400 ft. The driver,
        [[name:Donnie]], said he heard "cleared" on the radio; the recording shows [[name:Murdo]]
        was talking to a different vehicle and [[name:Donnie]] did not read back. Learning:
        full callsign and read-back for every runway crossing, and a {{go-around}} briefing
        shared with the crew of [[flight_number:HB 417]].
    """)),
    ("aviation", "success", block("""
        Debrief - {{Helimed}} night tasking to Fetlar, [[date:16/01/2025]]
        Crew: pilot [[name:Callum Grieve]], paramedic [[name:Lorna Jamieson]],
        {{Critical Care Doctor}} Dr [[name:Ahmed Rashid]]
        Aircraft: {{AW169}} [[aircraft_registration:G-SHLD]]
        - Patient [[age:6]] months, {{bronchiolitis}}, sats 85% on air.
        - No lit landing site. Island fire volunteers [[name:Frankie]] and [[name:Ola]] parked
          two cars with headlights on the school field as agreed on the phone.
        - Recce and landing under {{NVG}} at 21:40. On scene 18 mins.
        - Handed over at [[organisation:Royal Grampian Children's Hospital]] 23:55.
        What went well: community had the field location ready on {{What3Words}}.
        Learning: add the school field to the {{HLS}} directory with a named keyholder.
    """)),
    ("aviation", "incident", block("""
        Timeline - Barra beach ops, [[date:Thu 11 April]]
        Aircraft [[aircraft_registration:G-HBTW]] ({{DHC-6 Twin Otter}}), [[flight_number:HB 361]]
        11:20 Tide checked, {{HW}} 13:05, beach open.
        12:10 Landed. Nosewheel dug into a soft patch near the cockle beds, abrupt stop.
              14 pax, no injuries.
        12:15 Pax off by the steps, walked to the terminal with fire crew.
        12:40 Crofter [[name:Angus John MacLean]] brought his tractor, aircraft towed clear.
        12:55 Clear of the tide line.
        After: daily beach inspection not done after the gale on [[date:9 April]];
        the {{Aerodrome Manual}} requires it. Usual {{AFISO}} off sick, relief
        [[name:Kenny]] was not aware. [[flight_number:HB 361]] return cancelled.
        Ref [[case_reference:HB-SMS-2024-031]]
    """)),
    ("aviation", "near_miss", block("""
        AFIS log - Benbecula, [[date:Mon 15 July]]
        14:02 [[aircraft_registration:G-BWXN]] ({{Cessna 172}}) 15nm S inbound {{VFR}},
              {{QNH}} 1009 given.
        14:05 [[flight_number:HB233]] ({{ATR 42}}) at holding point, traffic info passed
              re [[aircraft_registration:G-BWXN]].
        14:08 [[flight_number:HB233]] airborne.
        14:09 [[flight_number:HB233]] reports {{TCAS RA}} climb, traffic 300ft below.
        14:10 [[aircraft_registration:G-BWXN]]: "visual with the ATR, sorry, descended early".
        14:30 Pilot Mr [[name:D. Wiśniewski]] phoned from the ground on
              [[phone:01632 960587]] - thought the ATR was still on the ground.
        AFISO: [[name:C. MacIntyre]]
    """)),
    ("aviation", "success", block("""
        From: [[email:eilidh.gunn@scallowayisles-gp.scot]]
        Subject: thanks - Foula transfer

        Hi Captain [[name:Beattie]],
        Just wanted to say thank you to you and [[name:Ryszard]] for getting Mrs
        [[name:Ratter]] off Foula yesterday. With 4m seas and no boat till Friday the
        {{Islander}} was the only option and you got her off the {{strip}} in a 15kt
        crosswind. The {{Penthrox}} held her pain and her {{hip fracture}} was fixed at
        [[organisation:Lerwick General Hospital]] this morning. She's asking for you both.

        [[name:Eilidh]]
        Dr [[name:Eilidh Gunn]], {{GP}}, [[organisation:Scalloway & Isles Practice]]
        [[phone:01632 960149]]
    """)),
    ("aviation", "incident", prose("""
        On [[flight_number:CW221]] from Cardiff to Valley on [[date:7 November]] a passenger,
        Mr [[name:Terry Bowen]], [[age:64]], became sweaty and confused about 20 minutes after
        take-off - a {{hypo}}. Cabin crew [[name:Jade Owusu]] went to the {{first aid kit}}
        and found the {{GlucoGel}} had expired in the summer. She gave him orange juice from
        the {{galley}} and he improved. Captain [[name:Ieuan Parry]] asked for paramedics to
        meet the {{Jetstream 32}} on stand. [[name:Terry]] was fine after sandwiches and
        declined hospital. Ref [[case_reference:CSR-0062]]. Learning: monthly expiry check of
        every kit item, signed on the tech log.
    """)),
    ("aviation", "near_miss", block("""
        [05:52] [[name:Gordie]]: fuel ticket says {{Jet A-1}} but the bowser has an {{AVGAS}}
        sticker on it??
        [05:53] [[name:Marysia]] (ops): STOP dont fuel [[aircraft_registration:G-ORCY]]
        [05:55] [[name:Gordie]]: not started. nozzle wont fit the filler anyway, its the wide
        jet one
        [05:58] [[name:Marysia]] (ops): ok ring [[name:Sandy]] at the fuel farm
        [[phone:07700 900517]]
        [06:20] [[name:Gordie]]: [[name:sandy]] says decals went on the wrong bowsers after
        the repaint. swapped back
        [06:21] [[name:Marysia]] (ops): 🙏 {{MOR}} pls + {{fuel sample}} before 1st rotation.
        [[flight_number:OA 801]] delayed 20 min, {{Islander}} fine
    """)),
    ("aviation", "success", block("""
        Customer feedback form
        Name: Mrs [[name:Dorota Mazur]]
        Flight: [[flight_number:HB 612]] Stornoway - Benbecula, [[date:Mon 3 June]]
        Email: [[email:d.mazur77@webmail.co.uk]]
        Comments: I travel with my son [[name:Kacper]] who is autistic and uses a wheelchair.
        [[name:Shona]] at check-in noticed his {{Sunflower lanyard}} and let us board first.
        The {{First Officer}}, [[name:Grace Mackenzie]], and I think [[name:Will]] showed
        [[name:Kacper]] the {{cockpit}} and lent him {{ear defenders}} for take-off. He
        talked about it all week. We will fly with you again - dziękuję!
    """)),
    ("aviation", "incident", block("""
        Dangerous goods occurrence
        Reported by: [[name:Huw Bevan]], {{Ground Handling}} supervisor
        Date: [[date:18/10/2024]]
        Flight: [[flight_number:CW 214]], aircraft [[aircraft_registration:G-CWNF]]
        Description: Mr [[name:Geraint Pugh]] travelling with a {{POC}} ({{Inogen One}})
        had two spare {{lithium batteries}} in his hold bag. Found at hold screening by
        [[name:Eira]]. Bag pulled, batteries moved to the cabin with terminals taped.
        Flight [[flight_number:CW 214]] delayed 25 min. No {{MEDIF}} or {{PRM}} note on the
        booking, though Mr [[name:Pugh]] says he rang the call centre on
        [[phone:020 7946 0381]] in September.
        Ref [[case_reference:DG-24-0092]]
    """)),
    ("aviation", "near_miss", block("""
        Load check - [[flight_number:OA 806]] Kirkwall - Papa Westray
        [[aircraft_registration:G-ORCX]], [[date:Wed 2 Oct]]
        Item        Planned        Actual
        Pax         8 x standard   8 (3 well over standard)
        Freight     40 kg          115 kg (cheese, mail, a gearbox)
        Fuel        full mains     full mains
        Result: {{load sheet}} using {{standard masses}} showed within limits. Actual TOW
        estimated ~35 kg over {{MTOW}} with the {{CG}} near the aft limit.
        Found by Capt [[name:Ingrid Foubister]] when the tail sat low on loading.
        Freight had been weighed by [[name:Mark Drever]] on the old desk scales, which
        read short with the lid down. Freight offloaded to next rotation.
        Learning: new scales; weigh all freight on the {{Islander}} routes.
    """)),
    ("aviation", "success", block("""
        Safety Action Group - [[organisation:Celtic Wings]] - [[date:12/12/2024]]
        Attendees: [[name:Rhodri]] (safety), [[name:Ffion]] (ops), Capt [[name:Nicol]],
        [[name:Tomek Nowicki]] (eng)
        - {{Just Culture}} survey: reports up 40% on last year.
        - Good catch award to [[name:Tomek]]: chafed loom behind a panel on
          {{Jetstream}} [[aircraft_registration:G-CWNH]], found on a daily and logged in
          {{Coruson}} the same night.
        - {{FDM}}: unstable approaches at Valley down from 6 to 1 after the
          {{stabilised approach}} briefing.
        - Action: [[name:Ffion]] to write it up for {{Safety Matters}}.
    """)),
    ("aviation", "incident", block("""
        From: [[email:estates.helipad@bi-afonteifi.wales]]
        To: air ambulance liaison
        Subject: incident at helipad, [[date:Sat 20 July]]

        During the arrival of the {{Wales Air Ambulance}} aircraft
        [[aircraft_registration:G-TRDA]] at [[organisation:Ysbyty Glan Teifi]],
        {{downwash}} lifted a {{gazebo}} from a charity cake stall in the car park next to the
        pad. A volunteer, Mrs [[name:Dilys Jenkins]] ([[age:74]]), was struck on the arm -
        bruising only, seen in {{ED}}. Security ([[name:Dai]]) had not been told about the
        stall, and the {{helipad protocol}} 30m cordon was not in place.

        Regards,
        [[name:Aneurin Hopkins]]
        {{Estates Manager}}
    """)),
    ("aviation", "near_miss", block("""
        Ops log - Sumburgh, [[date:Tues 28 Jan]]
        05:40 Snow showers. [[aircraft_registration:G-HBSK]] ({{Saab 340}}) for
              [[flight_number:HB 101]] de-iced, {{Type I}} + {{Type IV}}, {{holdover time}}
              25 min.
        06:05 Boarding held, bus late.
        06:28 Capt [[name:Ferguson]] and {{FO}} [[name:Nadia Sinclair]] taxi - holdover
              exceeded by 8 min, not noticed.
        06:30 Dispatcher [[name:Lewis Halcrow]] checks de-icing ticket
              [[case_reference:DI-5512]], radios crew before line-up.
        06:35 Back to stand, contamination check, re-sprayed.
        07:02 [[flight_number:HB 101]] departs.
        Learning: holdover end time now written on the {{tech log}} page.
    """)),
    ("aviation", "success", prose("""
        Forty minutes into [[flight_number:HB 415]] to Barra, passenger [[name:Iona Steele]],
        [[age:29]] and 32 weeks pregnant, told cabin crew [[name:Kirsteen]] she was bleeding
        and in pain. [[name:Kirsteen]] used the {{PA}} to ask for medical help and
        [[name:Gosia]], a nurse travelling home, stayed with her. Captain
        [[name:Roddy MacKenzie]] diverted to Benbecula, where midwife [[name:Ceit]] and
        Dr [[name:Adebayo]] met the {{Twin Otter}} on the apron. {{placental abruption}} was
        suspected and {{ScotSTAR}} flew her to the mainland; a baby girl was delivered the
        next day and both are well. Great {{CRM}} and a calm crew throughout.
    """)),
    ("aviation", "near_miss", block("""
        Debrief - training flight, Caernarfon, [[date:Sunday 4 August]]
        Aircraft: {{PA-28}} [[aircraft_registration:G-BOYN]]
        Student [[name:Wil Roberts]], instructor [[name:Hannah Kowal]]
        - Runway 08 closed for works ({{NOTAM}}); student set up for 08 from memory.
        - {{A/G}} operator [[name:Bryn]] passed "runway 26 in use" but the student's
          headset volume was low.
        - [[name:Hannah]] spotted the works markers at 500 ft and took control, {{go-around}}.
        Good: early intervention, clear handover of control.
        Actions: NOTAM brief from {{SkyDemon}} printed for every lesson; headset check in
        the pre-start.
    """)),
]


def main() -> None:
    records = build_records("blind82", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
