"""Blind held-out corpus 14: hand-written reports from the South West of England and South Wales.

Sixty narratives (children's social care, health, aviation) written the way people really type into
an incident form: e-mail chains, texts pasted in, timelines, bullet lists, a letter of thanks, ASRS-style
pilot reports. Identifiers are marked `[[label:value]]`, must-not-redact mentions `{{term}}`.

Writes bench/anonymiser/corpus/heldout_blind14.jsonl deterministically and validates every record.
Standard library only, plus the shared mark-up parser.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import build_records, write_records  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind14.jsonl"

SC, HE, AV = "social_care", "health", "aviation"
INC, NM, OK = "incident", "near_miss", "success"

REPORTS: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ social care (20)
    (SC, INC, (
        "Return home interview with [[name:Kai Pengelly]] ([[age:15]]) after he was missing from "
        "[[date:Friday 9th June]] until the Sunday night. [[name:Kai]] said he had been 'at a mate's in "
        "Camborne' but the location on his phone (mum showed me) put him at [[address:Flat 3, 22 "
        "Trelowarren Street, Camborne]] [[postcode:TR14 8AD]], which is already flagged to the "
        "{{exploitation panel}}. He had a second phone, [[phone:07700 900417]], and about £200 in his "
        "bag. Mum ([[name:Sharon]]) is exhausted and asked for respite again. Police ref "
        "[[case_reference:CR/23/118842]], Mosaic [[case_reference:1184302]]. I have updated the {{NRM}} "
        "referral and talked it through with my {{team manager}}."
    )),
    (SC, NM, (
        "Foster carer text received 22:47 last night, copied as sent:\n"
        "'hi its [[name:Bev]] again. [[name:lily-mae]] has found [[name:Darren]]s number on her ipad and "
        "hes been messaging her saying hell pick her up from [[organisation:Ilfracombe Academy]] tomorrow. "
        "i have NOT told him where we live but she might of. what do i do x'\n"
        "I rang [[name:Bev]] back at 22:55 on [[phone:01271 864330]]. Agreed [[name:Lily-Mae]] stays home "
        "tomorrow; the school {{DSL}} was told at 08:15. [[name:Darren Hoskin]] is birth father and there "
        "is a no contact order under the {{Children Act 1989}}. We don't think the placement address has "
        "gone. Logging as a near miss."
    )),
    (SC, OK, (
        "What went right: introductions for [[name:Amara]] ([[age:2]]) to her adopters [[name:Tom]] and "
        "[[name:Gareth Whitcombe-Ellis]] finished on [[date:14 September]]. Foster carer [[name:Precious "
        "Ndlovu]] kept a picture diary every day and video-called the adopters each bedtime so "
        "[[name:Amara]] heard their voices before she met them. The move was so much calmer than we "
        "planned for. {{Adoption Support Fund}} application already in. [[organisation:Adoption West]] "
        "panel ref [[case_reference:AW-2023-0419]]. Really lovely practice from everyone."
    )),
    (SC, INC, (
        "Strategy discussion notes, [[date:03/10/2023]]\n"
        "- Young person: [[name:Reece Tamblyn]], DOB [[date_of_birth:11/02/2009]]\n"
        "- Found in [[vehicle_registration:WA67 KZT]] stopped on the A38 at Marsh Mills with two adults, "
        "[[name:Liam Drew]] and a male known only as '[[name:Skinz]]'\n"
        "- [[name:Reece]] had 14 wraps and a 'graft phone' - clear {{county lines}} indicators\n"
        "- [[organisation:Devon and Cornwall Police]] ref [[case_reference:PLY-0310-4471]], OIC DC "
        "[[name:Annabel Finch]]\n"
        "- {{Section 47}} enquiries to start today; school ([[organisation:Coombe Dean]]) informed\n"
        "Actions: return interview by [[name:Jen]] from the youth service; disruption notice on the "
        "Stonehouse address."
    )),
    (SC, NM, (
        "Short breaks near miss. [[name:Osian]] ([[age:11]], {{Duchenne}}, ventilated overnight) arrived "
        "for his stay with the wrong battery pack in his bag. Night staff only realised at 01:40 when the "
        "low battery alarm went. A spare charger was borrowed from the children's ward at "
        "[[organisation:Morriston Hospital]] and Mam, [[name:Llinos Rees]], drove over from "
        "[[address:Bryn Awel, Heol y Felin, Pontarddulais]] [[postcode:SA4 8PJ]] with the right one. "
        "Nobody harmed. Learning: the arrival checklist must include spare batteries and chargers, not "
        "just 'equipment'. WCCIS [[case_reference:3302178]]."
    )),
    (SC, INC, (
        "Incident at [[organisation:Cartref Glan y Môr]] children's home, Porthcawl, 23:10 on "
        "[[date:3 November]]. [[name:Tyler-James]] (everyone calls him [[name:TJ]]) barricaded himself in "
        "the laundry after a phone call from his brother in [[organisation:HMP Parc]]. When he put his head "
        "through the glass panel in the door, staff [[name:Mared]] and [[name:Kris Nowak]] used a "
        "two-person hold for about 3 minutes. Small cut to his forehead, cleaned and steri-stripped. "
        "{{Restrictive physical intervention}} form done and {{Care Inspectorate Wales}} notified. Social "
        "worker Ms [[name:Adeyemi]] informed next morning. [[name:TJ]] apologised to [[name:Mared]] at "
        "breakfast, which is a first."
    )),
    (SC, OK, (
        "Good practice to share. The family of [[name:Gwenllian ap Dafydd]] speak Welsh at home and Dad, "
        "[[name:Iolo]], said at the last meeting he 'couldn't say it properly in English'. This time "
        "[[organisation:Ysgol Gymraeg Nant y Felin]] held the {{Team Around the Family}} meeting in Welsh "
        "with simultaneous translation for the health visitor. [[name:Iolo]] talked for twenty minutes "
        "about the pressure on the farm at [[address:Fferm Cefn Llwyd, Llanfihangel-ar-Arth]] and agreed "
        "to a referral to [[organisation:Hywel Dda University Health Board]] perinatal mental health for "
        "[[name:Nerys]]. First time he has really engaged with us. Diolch i bawb."
    )),
    (SC, INC, (
        "Police attended [[address:41 Stapleton Road, Easton, Bristol]] [[postcode:BS5 0QR]] at 02:30 "
        "after neighbours called. Children present: [[name:Hodan]] ([[age:9]]), [[name:Abdirahman]] "
        "([[age:6]]) and baby [[name:Ayaan]] ([[age:7 months]]). Mother [[name:Faadumo Warsame]] had a "
        "head wound; father [[name:Mohamed Ali Hersi]] arrested. Somali interpreter by phone as "
        "[[name:Faadumo]]'s English is limited. Children went to maternal aunt [[name:Sahra]], "
        "[[phone:07700 900882]], overnight. {{MARAC}} referral made. [[organisation:Avon and Somerset "
        "Police]] log [[case_reference:5223041988]]. {{Emergency Duty Team}} visited 04:15."
    )),
    (SC, NM, (
        "not sure this is the right form but... at youth club last night one of our regulars, "
        "[[name:shannon]], [[age:14]], showed [[name:Jodie]] a snapchat from a man calling himself "
        "'[[name:Dex]]' offering her a lift to a party in Newquay at the weekend. he has a car, she sent "
        "a pic of it, reg looked like [[vehicle_registration:WF19 OXV]]. we told her not to go and rang "
        "the {{MASH}} on [[phone:0300 123 4101]]. [[name:shannon]]s mum is [[name:kerry trebilcock]], she "
        "didnt know anything. just want it logged somewhere\n"
        "[[name:Jodie Mabbott]], {{youth worker}}, [[organisation:Newquay Youth Project]]"
    )),
    (SC, INC, (
        "From: [[name:Rachel Amesbury]] <[[email:rachel.amesbury@somerset.gov.uk]]>\n"
        "Sent: [[date:21 November 2023]] 16:42\n"
        "To: Fostering Duty\n"
        "Cc: [[name:Dan Kowalczyk]]; [[name:Priya Fernandes]]\n"
        "Subject: RE: [[name:Mackenzie]] - bruise\n\n"
        "All, foster carers Mr and Mrs [[name:Vowles]] reported a bruise on [[name:Mackenzie]]'s upper arm "
        "after contact at the family centre in Bridgwater. [[name:Mackenzie]] ([[age:8]]) says '{{Nanny}} "
        "did it'. Body map done, child protection medical booked at [[organisation:Musgrove Park "
        "Hospital]] for 10am tomorrow. Contact suspended pending the {{strategy meeting}}. Eclipse "
        "[[case_reference:EC-558102]].\n"
        "[[name:Rachel]]\n\n"
        "-----Original Message-----\n"
        "From: [[name:Dan Kowalczyk]]\n"
        "Sent: [[date:21 November 2023]] 14:05\n"
        "To: [[name:Rachel Amesbury]]\n"
        "Subject: [[name:Mackenzie]] - bruise\n\n"
        "Hi [[name:Rach]], [[name:Sue Vowles]] just rang the duty line (her mobile is [[phone:07700 "
        "900514]]). She says [[name:Mackenzie]] came back from contact quiet and wouldn't take his jumper "
        "off at tea. When she got him in the bath there is a bruise the size of a 50p on the inside of "
        "his left arm, sort of fingertip shaped. She took photos but I've told her not to send them by "
        "WhatsApp. Mum and maternal gran were both at contact, supervised by [[name:Lorna]] from "
        "the family centre who says she didn't see anything but left the room for a few minutes. "
        "Can you pick up? I'm in court from 3.\n"
        "[[name:Dan]]"
    )),
    (SC, OK, (
        "Want to flag brilliant work by [[name:Summer]] at [[organisation:Chestnut Lodge]] short breaks "
        "in Paignton. [[name:Ellis]] ([[age:16]], autistic, non-verbal) has refused personal care for "
        "months. [[name:Summer]] noticed he calms when the shipping forecast is on, so she plays it on her "
        "phone in the bathroom. Three stays running he has had a full shower. His mum [[name:Joanne "
        "Pascoe]] cried when I told her. Please make sure this goes in his {{communication passport}} and "
        "gets raised at the {{EHCP}} review on [[date:12 Jan]]. Ref [[case_reference:TB/CWD/0871]]."
    )),
    (SC, INC, (
        "Secure transport incident [[date:27/02/24]]. Young person [[name:D.M.]] (initials only per "
        "policy) was being returned from [[organisation:Derriford]] ED to the unit in a "
        "[[organisation:Kestrel Secure Transport]] van, [[vehicle_registration:YX21 BHF]]. At the Tamar "
        "Bridge the escort, [[name:Gary Rundle]] ('[[name:Gaz]]'), opened the side door to pass a card to "
        "the driver and [[name:D.M.]] tried to get out into traffic. Pulled back in, no injury. The door "
        "was open for roughly 20 seconds. Breach of the {{Section 25}} order conditions. Provider has "
        "been asked for a written account."
    )),
    (SC, NM, (
        "Reception teacher at [[organisation:Dockside Primary School]], Butetown, noticed [[name:Maryam "
        "Al-Haddad]] ([[age:5]]) had been collected on [[date:Tuesday 16 January]] by a man she called "
        "'{{Ammo}}'. He was not on her collection list. The office rang dad, [[name:Abdulkarim]], on "
        "[[phone:+967 77 123 4567]] (he is in Yemen at the moment) and he said uncle [[name:Saleh]] "
        "should not be collecting. By then they had gone. Police found them at [[address:12 Loudoun "
        "Square, Cardiff]] [[postcode:CF10 5JB]] forty minutes later; the uncle had got the wrong day. "
        "Child safe and well. Learning: the office must check the list before release, every time. "
        "{{Headteacher}} informed."
    )),
    (SC, INC, (
        "Unannounced visit to [[name:Krzysztof]] and [[name:Agnieszka Wójcik]]'s flat, [[address:Flat 7, "
        "Tŷ Beili, Port Tennant Road, Swansea]] [[postcode:SA1 8BX]], at 11:00. Both parents smelled "
        "strongly of alcohol. [[name:Zuzia]] ([[age:3]]) was in a soaked nappy and had eaten dry cereal "
        "from the floor. Dad's Universal Credit has been sanctioned (NI [[ni_number:JT 48 21 06 C]]) and "
        "there is no electric on the meter. [[name:Agnieszka]]'s sister [[name:Magda]] in Poland "
        "([[phone:+48 512 340 977]]) says she could come over for a month. {{PLO}} meeting booked with "
        "legal. WCCIS [[case_reference:5519034]]."
    )),
    (SC, OK, (
        "Positive practice. Foster carers [[name:Maricel]] and [[name:Rodel dela Cruz]] in St Austell "
        "took [[name:Bailey]] ([[age:13]]) at 9pm on a {{Friday}} with no notice after his placement broke "
        "down. By Monday lunchtime they had him back in [[organisation:Poltair School]] in a uniform that "
        "fitted, had sorted his inhaler with [[organisation:Polkyth Surgery]] and cooked him adobo, which "
        "he now asks for. [[name:Bailey]] told his {{IRO}}, Mrs [[name:Treloar]], it was 'the best "
        "weekend ever'. Placement ref [[case_reference:CFS-40217]]."
    )),
    (SC, INC, (
        "Timeline\n"
        "[[date:04/03]] 19:20 - [[name:Mia-Rose Hext]] ([[age:13]]) tells carer a man she met on a game "
        "has sent his number [[phone:07700 900236]] and is asking for photos\n"
        "[[date:04/03]] 19:45 - carer [[name:Helen]] takes the iPad, screenshots the chat\n"
        "[[date:05/03]] 08:30 - [[name:Helen]] phones the {{MASH}}\n"
        "[[date:05/03]] 11:00 - [[organisation:Devon and Cornwall Police]] attend, ref "
        "[[case_reference:50240031187]], device seized\n"
        "[[date:06/03]] - school DSL at [[organisation:St Luke's Science and Sport College]] made aware\n"
        "[[date:07/03]] 16:00 - [[name:Mia-Rose]] says the man knows which bus she gets from Heavitree "
        "and has described her coat. Police update risk to high\n"
        "[[date:08/03]] - strategy meeting: police, school, [[name:Helen]], me, [[name:Mia-Rose]]'s "
        "social worker [[name:Adaeze Okoro]]. Agreed taxi to school for two weeks and {{Section 47}}\n"
        "[[date:11/03]] - suspect arrested in Taunton, phone had chats with at least four other girls\n"
        "[[name:Mia-Rose]] is doing ok, a bit embarrassed, and has asked for her iPad back. "
        "{{CEOP}} report also made by police. Carer handled it brilliantly and calmly throughout."
    )),
    (SC, NM, (
        "{{Letterbox contact}} photo for birth mum [[name:Chantelle Gibbs]] had the adopters' address "
        "([[address:Rosemary Cottage, Church Lane, Wrington]]) written on the back. [[name:Bill]] in admin "
        "caught it at the final check. Nothing sent."
    )),
    (SC, INC, (
        "Digwyddiad / incident. Family speak Welsh to us so my notes are a mix. 'Mae [[name:Siôn]] wedi "
        "mynd ar goll eto.' [[name:Siôn]] ([[age:15]]) went missing overnight from [[address:Pen-y-Bryn, "
        "Trefin]] [[postcode:SA62 5AX]] again. {{Mam}}, [[name:Eirlys Prydderch]], rang the out of hours "
        "at 06:10 from [[phone:01348 831227]]. Found by [[organisation:Heddlu Dyfed-Powys]] at 09:30 "
        "sleeping in a caravan at Abereiddi with two older lads from Fishguard. Third episode this month. "
        "Return interview offered in Welsh. WCCIS [[case_reference:6120455]]."
    )),
    (SC, INC, (
        "Year 6 teacher Mr [[name:Haines]] reported that [[name:Emre Yılmaz]] ([[age:10]]) disclosed his "
        "older brother [[name:Kerem]] hits him with a belt while their parents are working at the "
        "restaurant ([[organisation:Anatolia Grill]], [[address:Meadow Street]]). Linear marks seen on "
        "his lower back at PE. The {{DSL}}, [[name:Claire Aust]], referred to First Response, ref "
        "[[case_reference:NS-FR-23-09914]]. Dad, [[name:Gökhan]], came to [[organisation:Oldmixon "
        "Primary]] at 3:15 very angry and said the school was 'making trouble for the family'. He was "
        "asked to leave and did."
    )),
    (SC, OK, (
        "Just want to record what went right with [[name:Hope]]'s move to adult services. [[name:Hope]] "
        "([[age:17]], cerebral palsy, fed by {{gastrostomy}}) moves into supported living at [[address:14 "
        "Caerleon Road, Newport]] [[postcode:NP19 7BX]] on [[date:2 April]], her birthday. Her social "
        "worker [[name:Tanvir]] and the transition nurse from [[organisation:Aneurin Bevan University "
        "Health Board]] did joint visits every fortnight for a year, her PIP is sorted (NI "
        "[[ni_number:JK 21 94 37 B]]) and she picked her own carers from their profiles. Mum, "
        "[[name:Dawn]], says she is 'actually excited, not terrified'."
    )),
    # ------------------------------------------------------------------ health (24)
    (HE, INC, (
        "0405. 2 RNs for 28 pts again. bay 3 Mr [[name:Jago]] ([[age:87]]) on floor, unwitnessed, on "
        "{{apixaban}} so CT head. HCA pulled to ED at midnight, not replaced. hosp no "
        "[[case_reference:K2284713]]. im so tired. [[name:becs]]"
    )),
    (HE, NM, (
        "Theatre 7, [[organisation:Derriford Hospital]]. At sign in on the {{WHO checklist}} the consent "
        "form said LEFT knee arthroscopy but the site mark was on the right. Patient Mrs [[name:Angela "
        "Tregenza]], DOB [[date_of_birth:19/08/1961]], NHS [[nhs_number:231 713 7559]]. The {{ODP}}, "
        "[[name:Luka]], stopped everything and refused to go on until it was resolved. Mr "
        "[[name:Okafor]] came back, checked the clinic letter (right knee) and re-consented properly. "
        "Datix [[case_reference:W214478]]. Really good catch, please pass on to [[name:Luka]]."
    )),
    (HE, INC, (
        "Labour ward, [[organisation:Singleton Hospital]], [[date:18/12/2023]]. [[name:Sunita Gurung]] "
        "([[age:29]]), {{G2P1}}, Nepali speaker, husband [[name:Bikash]] interpreting because the phone "
        "interpreter line kept dropping. She had been asking for 'medicine' for an hour and it turns out "
        "she was trying to tell us she needed to push. Baby born in the assessment bay before we got her "
        "to a room. {{Apgar}} 9 and 10, baby well, 2nd degree tear. Using family to interpret is against "
        "policy and now we know why. [[organisation:Swansea Bay University Health Board]] Datix "
        "[[case_reference:SBU-DX-338201]], NHS [[nhs_number:715 018 4006]]."
    )),
    (HE, INC, (
        "NICU, [[organisation:St Michael's Hospital]]. Twin 2 of [[name:Kirsty Marsh]] (hosp no "
        "[[case_reference:T0998123]]) was given twin 1's 22:00 {{EBM}} feed. Both syringes were in the "
        "same fridge drawer, labels facing the back. It was mum's own milk so clinical risk is low but "
        "it is still a wrong patient error. [[name:Kirsty]] told at 22:40 by me and Dr [[name:Yusuf]]; "
        "she was understanding. Twin 1 hosp no [[case_reference:T0998122]]. Suggest one drawer per baby "
        "and a second checker at night."
    )),
    (HE, NM, (
        "Children's ED at [[organisation:University Hospital of Wales]]. [[name:Ffion]] ([[age:4]]) "
        "weighed 16 kg at {{triage}} but 61 kg went on the drug chart. Oral paracetamol was worked out "
        "from 61 kg. Student nurse [[name:Nia]] queried it because '{{Calpol}} for a four year old "
        "shouldn't be that much' and the dose was never given. Weight re-checked and chart rewritten. "
        "Well done [[name:Nia]] - speaking up as a student is hard."
    )),
    (HE, OK, (
        "What went right at [[organisation:Falmouth Hospital]] MIU. [[name:Jan]], our {{ENP}}, saw a "
        "[[age:58yo]] fisherman, [[name:Jory Kitto]], who walked in with 'indigestion' after hauling pots "
        "all morning. She did an {{ECG}} before anything else: inferior STEMI. 999 called and "
        "[[organisation:South Western Ambulance Service]] had him in the cath lab at "
        "[[organisation:Treliske]] 70 minutes after he came through our door. He's home and back on the "
        "boat (against advice). [[name:Jan]] doesn't want a fuss, so I'm making one."
    )),
    (HE, INC, (
        "Patient [[name:Callum Heard]] ([[age:34]]) on {{clozapine}} missed bloods for 3 weeks. The "
        "monitoring service sent the red result letter to his old address, [[address:9 Sidwell Street, "
        "Exeter]] [[postcode:EX4 6NN]], but he had moved to a hostel in March. His {{care "
        "coordinator}}, [[name:Fran]], has been off sick since [[date:2 April]] and nobody picked up her "
        "caseload. Police did a welfare check on [[date:8 May]] and found him confused and febrile. "
        "Admitted to [[organisation:RD&E]]. PIP letters in the room also showed NI [[ni_number:PC 63 07 "
        "19 A]], so benefits had the old address too. [[organisation:Exeter North CMHT]], Datix "
        "[[case_reference:DPT-119804]]."
    )),
    (HE, INC, (
        "[[name:Robert Lewis]] (goes by [[name:Bobby]]), [[age:41]], severe learning disability, admitted "
        "to [[organisation:Royal Gwent Hospital]] with aspiration pneumonia. His {{hospital passport}} "
        "clearly says {{IDDSI}} level 2 thickened fluids but on day 2 he was given a normal cup of tea by "
        "ward staff. He coughed, sats dropped to 88%, needed oxygen for a day. The passport was in his "
        "bag, not at the bedside. Sister [[name:Bethan]] has since put it on the wall above the bed. LD "
        "liaison nurse [[name:Mandeep Sandhu]] doing ward teaching. NHS [[nhs_number:594 547 0732]]."
    )),
    (HE, OK, (
        "Dear Practice Manager,\n\n"
        "I am writing to thank the staff of [[organisation:Quantock View Surgery]], in particular Dr "
        "[[name:Rhiannon Hughes]] and your receptionist, Mrs [[name:Pat Coombes]].\n\n"
        "On [[date:6th February]] I telephoned about my husband, [[name:Dennis]], who I thought had a "
        "chest infection. Mrs [[name:Coombes]] noticed that he sounded confused in the background and "
        "asked me straight away whether he was breathing quickly. She put me through to Dr "
        "[[name:Hughes]], who sent an ambulance. It was {{sepsis}}. The doctors at "
        "[[organisation:Musgrove]] have told us that those minutes mattered.\n\n"
        "Please pass on our heartfelt gratitude.\n\n"
        "Yours faithfully,\n"
        "[[name:Margaret Voysey]]\n"
        "[[address:Hillside Farm, Stogursey, Bridgwater]] [[postcode:TA5 1PR]]"
    )),
    (HE, INC, (
        "Healthcare, [[organisation:HMP Exeter]]. [[name:Nathan Colwill]], [[case_reference:A4471DK]], "
        "found unresponsive in cell 3-14 at the 06:50 roll check. Pinpoint pupils, resps 4. "
        "{{Naloxone}} x2 given by officer [[name:Dev Chauhan]] and nurse [[name:Agata]] before the "
        "ambulance arrived - well done both. Suspect diverted buprenorphine. Transferred to "
        "[[organisation:RD&E]] (NHS [[nhs_number:4454820074]]), back on the wing [[date:12/07]] with an "
        "{{ACCT}} opened. Cell search "
        "found the strips."
    )),
    (HE, INC, (
        "Crew report. Cat 2 to [[address:Chy an Mor, Porthgwarra]] [[postcode:TR19 6JP]] for a "
        "[[age:91-year-old]] lady who had fallen. We arrived 9 h 40 min after the 999 call. Mrs "
        "[[name:Ivy Nancarrow]] had been on her kitchen floor since mid-afternoon, temp 33.1, probable "
        "{{rhabdo}}. Neighbour [[name:Phil]] had put a duvet over her and kept ringing back. Then 3 h "
        "handover delay outside [[organisation:RCH]], so our vehicle ([[vehicle_registration:WX70 HVK]]) "
        "was off the road for most of the shift. {{Category 2}} target is 18 minutes mean. Incident "
        "[[case_reference:SWAST-231104-0557]]."
    )),
    (HE, OK, (
        "[[organisation:Cornwall Air Ambulance]] tasked at 14:12 to a farm accident at [[address:Carn Brea "
        "Farm, Nanstallon]]. [[name:Tristan Angove]] ([[age:47]]) had been crushed by a telehandler. His "
        "wife [[name:Morwenna]] had the {{what3words}} ready for the call handler, which meant we landed "
        "in the next field rather than searching lanes. {{RSI}} and blood products on scene, flown to "
        "[[organisation:Derriford]] in 14 minutes. [[name:Tristan]] is walking with a frame. Everything "
        "that could go right did."
    )),
    (HE, NM, (
        "Dental near miss at [[organisation:Whitchurch Road Dental Practice]], Cardiff. Patient "
        "[[name:Andreas Christodoulou]] ([[age:62]]) is on {{warfarin}} for AF. His INR was not checked "
        "before planned extractions because the medical history form had been filled in by his daughter, "
        "[[name:Panayiota]], in Greek and nobody read it. Our nurse [[name:Leanne]] spotted the yellow "
        "anticoagulant book in his wallet while she was settling him in. INR that morning was 3.8. "
        "Extractions postponed and liaison with the anticoagulation clinic."
    )),
    (HE, INC, (
        "From: [[name:Wong Ka-ming]] <[[email:kaming.wong88@gmail.com]]>\n"
        "To: {{PALS}}, [[organisation:North Bristol NHS Trust]]\n"
        "Date: [[date:2 October 2023]]\n\n"
        "My father, [[name:Wong Tak-wah]] ([[age:78]]), was admitted to [[organisation:Southmead "
        "Hospital]] after a {{stroke}}. He only speaks Cantonese. For four days nobody used an interpreter "
        "and he was written up as 'confused'. His hearing aids were lost on the first night. When I "
        "visited he had not eaten because nobody explained the menu. NHS number [[nhs_number:296 933 "
        "1187]]. I would like a written response.\n\n"
        "I also want to say that one nurse, [[name:Grace]], on the night of [[date:29 September]], sat "
        "with him and used a translation app on her own phone to ask what he wanted. She found out he "
        "was in pain from his hip, which he had been trying to tell people for days. She is the only "
        "reason I am not more angry than I am. Please make sure she knows.\n\n"
        "My mother, [[name:Lau Mei-ling]], is [[age:76]] and cannot travel from Hong Kong, so I am "
        "dealing with this from my work in Bristol. Please do not phone my father about this, contact "
        "me instead.\n\n"
        "[[name:Ka-ming]] (I use [[name:Kevin]] at work)\n"
        "[[phone:+852 9123 4567]]"
    )),
    (HE, NM, (
        "Count discrepancy at the end of a {{lap chole}}, [[organisation:Torbay Hospital]] theatre 4, "
        "[[date:13 March]]. Swab count one short. {{Scrub nurse}} [[name:Joy]] stopped closure. The "
        "consultant, Mr [[name:Baskaran]], initially wanted to close and 'sort the paperwork out later', "
        "which is not ok. [[name:Joy]] held her ground, X-ray found the swab in the right upper quadrant "
        "and it was removed. Patient [[name:Kevin Luscombe]] told by the consultant next day. {{Never "
        "Event}} avoided because one person would not be moved. Datix [[case_reference:TSD-22871]]."
    )),
    (HE, INC, (
        "Homebirth transfer delay. [[name:Elen Mathias]] ([[age:34]]), {{PPH}} approx 1.2 L at "
        "[[address:Tŷ Gwyn, Mathry]] [[postcode:SA62 5HB]]. Ambulance took 58 minutes; single crew "
        "sent from Haverfordwest. Second midwife [[name:Catrin]] arrived at 03:20. Transferred to "
        "[[organisation:Glangwili]] because there is no obstetric unit at [[organisation:Withybush]] any "
        "more. Husband [[name:Huw]] took the children to his mam's. [[name:Elen]] needed 2 units. "
        "[[organisation:Hywel Dda]] Datix [[case_reference:HDD-41929]]."
    )),
    (HE, NM, (
        "We have two patients called [[name:Fernandes]]: [[name:Anthony Fernandes]], DOB "
        "[[date_of_birth:03/05/1958]], and [[name:Antonio Fernandes]], DOB [[date_of_birth:05/03/1958]]. "
        "Yes really. [[name:Antonio]]'s bloods ({{HbA1c}} 94) were filed into [[name:Anthony]]'s record "
        "and [[name:Anthony]] got a text saying 'no further action'. Receptionist [[name:Cheryl]] "
        "noticed when [[name:Antonio]] rang for his results and there were none. Both now have an alert "
        "on the record (NHS [[nhs_number:639 073 4921]] and [[nhs_number:493 129 9458]]). [[organisation:Bolitho Surgery]], Penzance."
    )),
    (HE, INC, (
        "{{Section 136}}. [[name:Lee]] ([[age:19]]) was found on the Tamar Bridge walkway at 01:00 by PC "
        "[[name:Hocking]]. The {{health-based place of safety}} at [[organisation:Glenbourne Unit]] was "
        "full, so he was kept in the back of a police car for nine hours. No toilet, no food until 06:00. "
        "The AMHP, [[name:Sinéad O'Leary]], did not arrive until 10:15 because she was the only one on "
        "for the whole of Plymouth. [[name:Lee]] eventually admitted informally. "
        "[[organisation:Devon and Cornwall Police]] ref [[case_reference:50240118823]]."
    )),
    (HE, OK, (
        "Desensitisation worked! [[name:Matty]] ([[age:23]], autism and severe LD) had not had bloods "
        "taken for six years. Over eight home visits [[name:Rosie]] from the CLDT built it up: tourniquet "
        "on a teddy, then on his arm, then {{Emla}}, then a needle. Bloods done at home at [[address:Flat "
        "2, 88 Locking Road, Weston-super-Mare]] [[postcode:BS23 3DW]] on [[date:19 October]] and they "
        "showed a thyroid problem nobody knew about. A proper example of {{reasonable adjustments}}. "
        "Thank you [[name:Rosie]]."
    )),
    (HE, INC, (
        "Medication error, [[organisation:HMP Parc]], [[date:31/08]]. [[name:Jermaine Ashby-Clarke]] "
        "([[case_reference:A9032FT]]) was given another man's {{methadone}} dose, 60 ml instead of his "
        "25 ml, at the hatch on the morning round. The photo on the {{MAR}} was an old one and the nurse, "
        "[[name:Kamal]], was covering from another wing. Observed for 6 hours, no respiratory "
        "depression. [[name:Jermaine]] himself said 'that's not my usual' which was ignored."
    )),
    (HE, NM, (
        "Crew sent to [[address:Higher Barton, Chagford]] but the caller was at [[address:Lower "
        "Barton]], two miles away down a single track. Lost 11 minutes. Caller [[name:Tamsin Yeo]] rang "
        "back on [[phone:01647 433019]] and talked us in. Patient [[name:Bert]] ([[age:79]]) was {{FAST}} "
        "positive, 40 min from onset. {{Thrombolysis}} given at [[organisation:RD&E]] inside the window, "
        "so this is a near miss not harm. Farms with near-identical names need a grid ref on the system. "
        "Incident [[case_reference:SWAST-240611-1142]]."
    )),
    (HE, INC, (
        "Safeguarding miss, [[organisation:Grange University Hospital]] ED. [[name:Leo-James]] "
        "([[age:4 months]]) brought in with a bruise to the left ear. Under {{TEN-4-FACESp}} that should "
        "have triggered a referral but he was discharged by a locum at 02:00. Picked up next morning by "
        "paeds liaison nurse [[name:Carys]] reviewing the attendances. Parents [[name:Jade]] and "
        "[[name:Kyle Bevan]], [[address:5 Heol Tyddyn, Cwmbran]] [[postcode:NP44 3HZ]]. Child "
        "protection medical done the same day, skeletal survey showed two old rib fractures. NHS "
        "[[nhs_number:340 170 7248]]."
    )),
    (HE, OK, (
        "Postnatal ward, [[organisation:Derriford Hospital]]. Baby [[name:Yousif]], day 1, born to "
        "[[name:Amna Osman]] and [[name:Elfatih Abdelrahman]]. Maternity support worker [[name:Kez]] was "
        "doing the routine feeding check and thought he looked 'too sleepy'. She got the midwife, {{BM}} "
        "was 1.6. Treated straight away with buccal gel and a feed, then admitted to NICU for 24 hours. "
        "Mum said in Arabic, through the interpreter, that she had thought he was just a calm baby. "
        "Great instinct from [[name:Kez]]."
    )),
    (HE, INC, (
        "Mr [[name:Dai Evans]] ([[age:84]], {{Parkinson's}}) was discharged from [[organisation:Neath "
        "Port Talbot Hospital]] to [[organisation:Cartref Gofal Bryn Tawe]] at 21:30 on a Friday with no "
        "{{Madopar}} in his TTO bag. The home could not get any until Sunday. By Saturday he could not "
        "swallow or stand. His daughter [[name:Gaynor]] rang 111 and an out of hours GP got some from a "
        "24 hour pharmacy. NHS [[nhs_number:269 003 2597]]. Late discharges on a Friday without a "
        "pharmacist check keep happening."
    )),
    # ------------------------------------------------------------------ aviation (16)
    (AV, INC, (
        "I was PIC of {{DHC-6 Twin Otter}} [[aircraft_registration:G-ISLZ]] operating [[flight_number:IOS "
        "312]] [[organisation:Land's End Airport]] to St Mary's. On short final RWY 33 we encountered a "
        "strong downdraft and sink of about 800 fpm below 200 ft. I initiated a go-around; the FO, "
        "[[name:Ellie Hosken]], called 'sink rate' at the same time. Second approach normal. On the "
        "ground a passenger, Mr [[name:Geoffrey Hicks]], complained he had been 'thrown about'. Wind "
        "was within limits but gusting 28 kt. I believe the {{METAR}} understated the gusts on the "
        "approach. MOR filed, ref [[case_reference:202406117]].\n\n"
        "Contributing factors: we were 20 minutes behind schedule after a late fuel bowser at Land's End "
        "and I felt some pressure to make the slot before the fog that was forecast for the afternoon. "
        "The FO was on her fourth sector on type. The wind on the ATIS at St Mary's was 250/18G28, "
        "which is in limits for us, but the turbulence on the approach to 33 off the high ground was "
        "much worse than I expected. In hindsight I would have briefed the go-around in more detail "
        "and held off to see the next observation. I commend the FO for speaking up. Suggest the "
        "company reviews the guidance on gusts for 33 and shares this with new crews."
    )),
    (AV, NM, (
        "Student [[name:Aleksander Nowicki]] on his first solo cross-country in {{PA-28}} "
        "[[aircraft_registration:G-BXWT]] from [[organisation:Exeter Airport]] entered the Culdrose "
        "{{MATZ}} without a call. He was squawking but on the wrong frequency for 6 minutes. Culdrose "
        "Zone got hold of him via Newquay. No conflict with traffic. Instructor Capt [[name:Ravi "
        "Menon]] debriefed him; the nav log had the frequency written in the wrong box. "
        "[[organisation:Western Air Academy]] occurrence [[case_reference:WAA-24-031]]."
    )),
    (AV, INC, (
        "Security search lane 4, [[organisation:Bristol Airport]], [[date:28/07]] 05:40. Passenger Mr "
        "[[name:Kyriakos Ioannou]], booked on [[flight_number:EZY6213]] to Larnaca (booking "
        "[[case_reference:K7QW2P]]), became abusive when a 500 g jar of honey was removed under the "
        "{{LAGs}} rules. He pushed security officer [[name:Shaz Ahmed]] into the tray rollers. "
        "[[organisation:Avon and Somerset Police]] attended and he missed the flight. "
        "[[name:Shaz]] has a bruised hip and is off for two days."
    )),
    (AV, NM, (
        "Catering truck [[vehicle_registration:CU16 RZA]] crossed taxiway B at [[organisation:Cardiff "
        "Airport]] without clearance while [[flight_number:TOM4516]] ({{Boeing 737-800}}) was taxiing "
        "for 30. Captain stopped about 60 m short. Driver [[name:Dylan Mort]] said the stop bar lights "
        "'looked off'. Engineers found them working. He has an airside driving permit but only did the "
        "{{ADP}} course 3 weeks ago. Ground handler [[organisation:Swissport]] informed. Retraining and "
        "escorted driving until reassessed."
    )),
    (AV, INC, (
        "Offshore wind survey support flight, {{AW169}} [[aircraft_registration:G-CELT]], crew of two "
        "plus 4 pax out of [[organisation:Newquay Cornwall Airport]]. At 1,500 ft over the Celtic Sea "
        "we had a MGB chip caution. Land as soon as possible; diverted back to Newquay, 19 min. Chip "
        "detector had a small flake. Captain [[name:Stuart MacKinnon]], co-pilot [[name:Ana "
        "Ferreira]]. Aircraft AOG with [[organisation:Bluewater Helicopters]] engineering. MOR "
        "[[case_reference:202404882]]. Pax all calm, {{HUET}} training paid off in the briefing."
    )),
    (AV, OK, (
        "What went right. Coastguard helicopter [[flight_number:Rescue 924]] and [[organisation:St Ives "
        "RNLI]] worked together on [[date:11 August]] to recover a coasteering group cut off by the tide "
        "below Clodgy Point. The instructor, [[name:Morgan Trewhella]] from [[organisation:Kernow "
        "Coasteer]], kept all six on a ledge and fired a flare. The lifeboat held station while the "
        "{{winchman}} lifted the two youngest. Everyone home for tea. Textbook joint working with "
        "{{HM Coastguard}}."
    )),
    (AV, INC, (
        "Remote pilot [[name:Rhodri Bowen]], [[organisation:Aerolens Cymru Ltd]], operator ID "
        "[[case_reference:GBR-OP-7QX2KD4ZP1NM]]. Cliff survey at Rhossili for [[organisation:National "
        "Trust]]. Lost C2 link at 340 m range; aircraft did not {{RTH}} as set but hovered, then drifted "
        "with the wind towards Worms Head. Link regained after 50 s. Landed with 18% battery. Home point "
        "had not updated after we moved the launch site. Reported to the {{CAA}}."
    )),
    (AV, NM, (
        "FUEL UPLIFT ERROR. {{Citation CJ4}} [[aircraft_registration:G-CJFX]], [[organisation:Tamar Jet "
        "Charter]], positioning Exeter to Farnborough. Requested 1,800 lb. Fuel docket showed 1,800 "
        "litres. Discrepancy found on my walkround by the FO, [[name:Kate]]. Could have been heavy for "
        "the departure but not dangerous. Lead passenger, Sir [[name:Nigel Farthing]], was unhappy about "
        "the 25 min delay. Emailed the fuel supplier at [[email:ops@westcountryfuels.co.uk]]. Units "
        "must be written on the request."
    )),
    (AV, INC, (
        "Night shift left the No.2 engine cowl latches unlocked on {{ATR 72}} "
        "[[aircraft_registration:G-ORTE]]. Found by me on the pre-flight at 05:45, aircraft was due out "
        "as [[flight_number:T3 271]] at 06:20. CRS was signed by [[name:Wayne]] at 03:10 with no "
        "independent check. Shift was two men short and the lead, [[name:Pawel]], was on the other "
        "aircraft. Not good enough. MOR [[case_reference:202405531]] raised. "
        "[[name:Nick Opie]], B1, [[organisation:Skyhaven Engineering]] hangar 2, Newquay."
    )),
    (AV, NM, (
        "Loadsheet near miss, {{BN-2 Islander}} [[aircraft_registration:G-SBNK]], [[flight_number:IOS "
        "208]] St Mary's to Land's End. Group of seven off a stag do declared standard weights; one "
        "bag alone turned out to be 31 kg. The check-in agent, [[name:Demelza]], weighed the passengers "
        "after one of them joked about it. Two bags went on the next flight. We would have been over "
        "{{MTOW}}. Standard weights are not OK for small aircraft with groups like this."
    )),
    (AV, OK, (
        "Success story for the newsletter. Student [[name:Sagar Pun]] ([[age:19]], son of a retired "
        "Gurkha) had an engine failure at 1,200 ft in {{Cessna 152}} [[aircraft_registration:G-WACF]] "
        "near Llangennith. He did exactly what his {{PFL}} training said and put it in a field at "
        "[[address:Fferm Pen-y-Lan, Llangennith]] with no damage. The farmer, [[name:Wyn]], brought "
        "tea and towed it to the gate. [[organisation:Swansea Airport]] {{CFI}} [[name:Liz Jenkins]]."
    )),
    (AV, INC, (
        "PRM passenger Mrs [[name:Heather Eddy]] ([[age:76]]) on [[flight_number:LM577]] from "
        "[[organisation:Newquay Cornwall Airport]]. The {{ambulift}} was out of service and nobody told "
        "the crew. She was carried up the steps in an evacuation chair by two handlers and bumped her "
        "leg on the handrail. Skin tear, cleaned by cabin crew. Her son, [[name:Jonathan]], has since "
        "complained by email from [[email:j.eddy@btinternet.com]]. {{PRM}} booking was made 6 weeks "
        "before."
    )),
    (AV, INC, (
        "[[flight_number:Rescue 187]] tasked at 23:30 on [[date:2 February]] to a walker with a lower "
        "leg injury on the Pen y Fan ridge. During the winch the downwash blew over a tent belonging to "
        "a {{DofE}} group camped below and one of the pupils, [[name:Kieran Jeffreys]] ([[age:16]]), was hit "
        "by a pole. Minor cut. Group leader Mrs [[name:Gill Pryce]] from [[organisation:Ysgol "
        "Bro Gwaun]] unhappy that no one warned them. Crew were on {{NVG}} and did not see the tents."
    )),
    (AV, NM, (
        "I was pilot of {{HEMS}} {{AW169}} [[aircraft_registration:G-KRNW]] inbound to the helipad at "
        "[[organisation:Royal Cornwall Hospital]] at 600 ft. A small drone passed approx 50 m off our "
        "right side at the same level. No avoiding action possible. I reported it to Newquay ATC and "
        "filed an Airprox, ref [[case_reference:2024/117]]. Police traced the operator to a house on "
        "[[address:Tregolls Road]]. Drone flying that close to a hospital helipad is a real risk to us."
    )),
    (AV, OK, (
        "Credit where it's due. [[name:Barry]] found a hairline crack on the nose gear torque link of "
        "[[aircraft_registration:G-ISLZ]] on the daily. Not on any task card. [[flight_number:IOS 302]] "
        "40 min late, nobody hurt. {{Part-145}} report in."
    )),
    (AV, INC, (
        "Data incident. Vetting pack for new pass holder [[name:Jhun Bautista]] (DOB "
        "[[date_of_birth:22/11/1991]], NI [[ni_number:SW735584D]]) went to an old live mailbox, "
        "[[email:jbautista@cardiff-airport-ops.co.uk]], not to him. Pass office, [[organisation:Cardiff "
        "Airport]]. Mailbox now closed and {{ICO}} told within 72 hours."
    )),
]


def build() -> list[dict]:
    records = build_records("blind14", REPORTS)
    for record in records:
        assert 1 <= len(record["negatives"]) <= 3, f"{record['id']}: {len(record['negatives'])} negatives"
    return records


def main() -> None:
    write_records(OUT, build())


if __name__ == "__main__":
    main()
