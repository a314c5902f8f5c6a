"""Held-out blind corpus 52: thumb-typed reports from a national mobile reporting app.

Setting: one national incident/near-miss/good-practice app used on phones by social care,
health and aviation staff; mostly 30-60 word reports typed on the move (typos, text-speak,
emojis, voice-to-text slips, no capitals, pasted numbers), plus a few longer submissions from
the web form with field labels, pasted chats and forwarded e-mails.
Voice: hurried, casual, first person, many different hands; names typed however they come.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind52.jsonl"

REPORTS = [
    # ---------------------------------------------------------------- social care
    ("social_care", "incident", prose("""
        home visit 2day 😬 no answer at [[address:14 cranbrook rd]] [[postcode:BD3 9LQ]]. neighbour
        said [[name:kayden]] ([[age:6]]) & [[name:lil-mae]] left w dads new gf [[name:shannon]] last nite.
        mum [[name:Tash]] not answering [[phone:07700 900418]]. logged as
        [[case_reference:CP-22-10457]] pls can {{duty}} pick up asap ta
    """)),
    ("social_care", "near_miss", prose("""
        voice note transcribed: this is [[name:Aiyana]] from {{EDT}} full stop we nearly sent
        [[name:ruby]] [[age:aged 4]] to the wrong emergency carer comma the system had [[name:John Shea]]
        but the approved carer is [[name:Jon O'Shea]] at [[address:22 Beech Grove, Ilkley]] new line
        caught it when I rang [[phone:01943 496 217]] to confirm the bed. ref [[case_reference:EDT/3391]]
        please fix duplicate carer records
    """)),
    ("social_care", "success", prose("""
        🙌 shout out to [[name:Femi]] at [[organisation:Brightside Youth Hub]] - got [[name:Dre]]
        ([[name:Andre Lewis-Grant]] [[age:15]]) back into college after 3 months out. used
        {{Signs of Safety}} mapping w {{mum}} and her sister. [[name:Femi]] pls share how u did it at
        team meeting thx 👍👍
    """)),
    ("social_care", "incident", block("""
        Report type: Incident
        Service area: Children's Services - {{Leaving Care}}
        Reporter name: [[name:Priya Raghunathan]]
        Reporter email: [[email:priya.raghunathan@kirkdale.gov.uk]]
        Reporter phone: [[phone:0113 496 0742]]
        Date of incident: [[date:19/02/2024]]
        Young person: [[name:Mihai Dumitrescu]]   DOB: [[date_of_birth:03/11/2006]]
        Case ref: [[case_reference:LC-004812]]
        Address: [[address:Flat 3, 61 Harehills Lane, Leeds]] [[postcode:LS8 4HJ]]
        What happened: [[name:Mihai]] was told by text that his {{Pathway Plan}} review was cancelled
        but the text went to his old number [[phone:07700 900 583]]. He turned up at
        [[organisation:Merrion House]] and waited 2 hrs, then missed his shift at
        [[organisation:Kirkgate Kitchen]] and got a warning.
        Immediate action: {{Personal Adviser}} [[name:Laszlo]] apologised, number updated on {{Mosaic}}.
        Learning: check contact details at every visit, not just at {{the review}}.
    """)),
    ("social_care", "near_miss", prose("""
        nr miss - {{CIN}} letter for Mrs [[name:Kowalczyk]] printed with her exs address
        ([[address:9 alder close]]) not the refuge. spotted by [[name:bev]] in admin b4 posting 😳
        would of told him exactly where she is. ref [[case_reference:148820]]. pls every1 check
        addresses on {{Liquidlogic}} when theres a {{DV}} flag. [[name:Shaz]] ([[name:S Ahmed]]) [[date:21/3]]
    """)),
    ("social_care", "incident", prose("""
        [[name:Jaydn]] missing again from [[organisation:Oakwood House]] (resi). last seen 21:40 by
        staff [[name:Cerys]] getting into silver corsa [[vehicle_registration:YF68 KTU]]. police
        informed log [[case_reference:0897 of 12/04]]. [[name:jayden]]s mum aware, her no.
        [[phone:07700 900 266]]. {{CSE}} screening redone. {{return home interview}} needed
        within 72hrs
    """)),
    ("social_care", "success", prose("""
        Good news!! [[name:Hope]] (the baby, [[age:10 wks]]) discharged home today with mum
        [[name:Nadia Haddad]] to [[address:Flat 12 Ravensworth Court]]. midwife [[name:Sunita]] and
        {{HV}} joint visit went really well, tbh we had no hope of this 3 wks ago. {{PLO}} being
        stepped down, thanks all 💕
    """)),
    ("social_care", "near_miss", block("""
        pasted from whatsapp (OOH group)
        [[date:14/06/2024]], 22:13 - [[name:Kelly B]]: hiya is [[name:Tyler]] with u? carer says he not back
        [[date:14/06/2024]], 22:15 - [[name:Marcus]] (EDT): no. was about to send his pic to police but its [[name:Tyson]]s pic in the file 😬 both on same sibling record
        [[date:14/06/2024]], 22:16 - [[name:Kelly B]]: omg. [[name:Tyler]] is the younger one [[age:12yo]], [[name:Tyson]] is [[age:16]] ([[name:xander]] is the middle one, not in care)
        [[date:14/06/2024]], 22:20 - [[name:Marcus]] (EDT): sorted, right one sent. will raise re {{Mosaic}} photo tagging
    """)),
    ("social_care", "incident", prose("""
        dsl at [[organisation:st bede's rc primary]] rang re [[name:amira]] yr3, bruise left cheek,
        says "uncle [[name:bilal]] did it". mum ms [[name:hussain]] says fell off scooter.
        {{strategy discussion}} held [[date:tues 5th]], {{s47}} agreed, {{child protection medical}}
        booked. school contact mr [[name:doherty]] [[phone:0191 498 0655]]
    """)),
    ("social_care", "success", prose("""
        Really positive visit to the [[name:Stoica]] family at [[address:27 Page Hall Rd]],
        [[postcode:S4 8GU]]. Used interpreter [[name:Gheorghe]] from [[organisation:Roma Support Link]]
        and [[name:Florin]] ([[age:9]]) finally told us about the bullying at school. Dad
        [[name:Vasile Stoica]] v grateful. Shows value of a {{Romanes}} speaker not just {{Romanian}}.
    """)),
    ("social_care", "incident", block("""
        --- Submitted via web form ---
        Category: Safeguarding / information sharing
        Reporter: [[name:Dónal Mac Giolla Phádraig]] ({{Senior Practitioner}})
        Team: [[organisation:Northfield Family Support Team]]
        Contact: [[email:donal.macgiollaphadraig@coundon.gov.uk]]
        When: [[date:Monday 8 January 2024]], approx 15:00
        Child(ren): [[name:Summer Leigh Atkinson]] ([[date_of_birth:22.09.2015]]); [[name:Chase Atkinson]] ([[date_of_birth:30.01.2019]])
        Ref: [[case_reference:NF/CIN/2023/0718]]
        Description:
        {{Core group}} minutes e-mailed to all attendees incl. dad [[name:Lee Atkinson]]
        ([[email:leeatko82@hotmail.co.uk]]). Minutes still had mum's new address
        [[address:4 Meadowbank Walk, Coundon]] [[postcode:CV6 1PE]] which we agreed to withhold due to
        the {{non-molestation order}}. Noticed by {{IRO}} [[name:Bill Okonjo]] 20 min later; recall
        attempted, dad had already opened it.
        Actions: police told (ref [[case_reference:CV-24-008812]]), mum and kids moved to emergency
        accommodation same night. {{data protection}} breach logged with {{IG}}.
    """)),
    ("social_care", "near_miss", prose("""
        nearly sent {{LAC review}} notes for [[name:Keira]] to the wrong school 🙈 outlook autofilled
        [[email:k.morrison@greenfieldacademy.org.uk]] instead of
        [[email:k.morrisson@greenfield-academy.org.uk]]. caught by the send delay. notes had
        [[name:Keira]]s dob [[date_of_birth:17/7/2011]] + {{CAMHS}} stuff. turn on 2 min delay ppl!!
    """)),
    ("social_care", "success", prose("""
        [[name:Abdi]] got his keys today!!! 🔑🏠 [[address:flat 2b, 18 Stoneycroft Road]] moved in w help
        from [[name:Grace]] (PA) + [[organisation:Homes4Youth]]. {{Staying Put}} ended well. his sister
        [[name:Hodan]] came with a cake lol. proud day for the team
    """)),
    ("social_care", "incident", prose("""
        placement breakdown last night ([[date:Sun 19/11]]), foster carers [[name:Frank]] & [[name:Dawn Millership]] asked
        for [[name:Kai]] to be moved after he kicked the bedroom door in. no {{placement stability meeting}}
        since sept 🙁 [[name:kai]] now at [[organisation:Redwood Lodge]] emergency bed. {{IRO}}
        [[name:Oksana Petrenko]] informed. ref [[case_reference:FC-1187]]
    """)),
    ("social_care", "near_miss", prose("""
        transport nr miss: driver from [[organisation:A1 Cabs]] turned up for [[name:Lily-Rose]]
        ([[age:18 months]]) with no car seat, reg [[vehicle_registration:WR19 XKD]]. contact supervisor
        [[name:Dawit]] refused to put her in 👏 rebooked w [[organisation:Kidz Kars]]
        [[phone:01274 496 301]]. contracts team pls chase
    """)),
    ("social_care", "success", prose("""
        Diolch [[name:Rhiannon]]! cyfarfod went so well at [[organisation:Ysgol Gynradd Pen-y-Bryn]] –
        [[name:Gethin]] ([[age:8]]) led his own {{Team Around the Family}} meeting in Welsh. Mam
        [[name:Sioned ap Dafydd]] said first time she felt listened to. worth doing more bilingual
        reviews ([[case_reference:TAF-CYM-0442]])
    """)),
    ("social_care", "incident", prose("""
        {{SGO}} allowance form for nan [[name:Pat Doyle]] went to her old address w her NI no
        [[ni_number:JR 42 88 19 C]] + bank details on 😩 came back return to sender 4 days later,
        prob not opened. nan v upset. told [[name:Mags]] in finance. grandson [[name:Ronan]]
        [[case_reference:SGO-2291]]
    """)),
    ("social_care", "near_miss", prose("""
        wrong child nearly collected from [[organisation:Little Acorns Nursery]]! 2 kids called
        [[name:Mason]] in the baby room – [[name:Mason G]] is on {{CP plan}} and contact w dad
        [[name:Wayne]] suspended, [[name:Mason P]] isnt. nursery staff [[name:Tash]] checked the
        photo on the password sheet just in time. pls share w all settings
    """)),
    ("social_care", "success", block("""
        quick one from the car 🚗
        {{FGC}} for the [[name:Nguyen]] family went ace. gran Bà [[name:Lan]] joined from Hanoi on video
        w the aunties. plan agreed for [[name:Minh]] & [[name:Tuyết]]
        thanks [[name:Ade]] for coordinating x
        [[name:Jess]]
        Sent from my iPhone
    """)),
    ("social_care", "incident", prose("""
        Dog bite on visit 🐕 [[address:66 Longmoor Lane]] [[postcode:L9 0EW]]. SW [[name:Marek Nowak]]
        bitten on hand by the familys staffie, went to walk in centre for {{tetanus}}. dad
        [[name:Dwayne Pryce]] had been asked to shut dog away. add warning flag to
        [[case_reference:LIV-558102]] pls. manager [[name:Amber]] informed
    """)),
    # ---------------------------------------------------------------- health
    ("health", "incident", prose("""
        pt mrs [[name:okafor]] ([[age:82]]) bay 4 [[organisation:Larch Ward]] found on floor 03:10, no
        {{falls sensor}} on even tho flagged high risk. hosp no [[case_reference:RXF 7741902]].
        {{Datix}} done. son [[name:Chidi]] rang from [[phone:+44 7700 900 871]] v upset.
        {{head CT}} clear 🙏
    """)),
    ("health", "near_miss", prose("""
        nearly gave {{enoxaparin}} to the wrong [[name:Mohammed Ali]] 😳 2 of them on {{AMU}}.
        checked NHS no [[nhs_number:408 756 0228]] vs wristband and it was diff. right pt was bed 9
        ([[date_of_birth:14/02/1958]]). need name alerts on {{eObs}} pls – [[name:Jas]] RN, nights [[date:6/7 Nov]]
    """)),
    ("health", "success", prose("""
        voice to text sorry. massive thank you to Dr. [[name:Ng]] and Sister [[name:Faith]] on
        [[organisation:Rainbow Ward]] for spotting {{sepsis}} early in baby [[name:Zara]]
        [[age:3 month old]] {{PEWS}} was only 3 but mum said she wasn't right and they listened full
        stop {{Sepsis Six}} done within the hour. Mum [[name:Leanne]] asked me to pass it on
    """)),
    ("health", "incident", block("""
        WEB FORM – Patient Safety Event
        Organisation: [[organisation:Millbrook Community Nursing Team]]
        Reporter: [[name:Siobhán Ní Bhriain]], {{District Nurse}}
        Tel: [[phone:0161 496 0539]] ext 224
        Event date: [[date:02/03/24]]
        Patient: [[name:Edward Blackwood]] (known as [[name:Ted]])
        NHS No: [[nhs_number:625 700 8670]]
        DOB: [[date_of_birth:11/06/1939]]
        Address: [[address:The Old Forge, Back Lane, Millbrook]] [[postcode:SK15 3BN]]
        Description: Key safe code changed by family, not passed on. Evening {{insulin}} visit missed as
        nurse [[name:Olu]] could not get in; daughter [[name:Karen Blackwood-Hughes]] not answering
        [[phone:07700 900 912]]. [[name:Ted]] found next morning by carer from
        [[organisation:CarePlus Stockport]], {{BM}} 27.
        Harm: moderate, admitted via {{MAU}} to [[organisation:Tameside General]].
        Learning: key safe codes to go on {{EMIS}} alert, not only in the paper notes in the house.
    """)),
    ("health", "near_miss", prose("""
        community pharm here: script for [[name:Ellie-May Roberts]] [[age:2yo]] had {{amoxicillin}}
        250mg/5ml 10ml tds?? rang [[organisation:Brook Lane Surgery]] [[phone:01632 960 447]], Dr
        [[name:Farouk]] amended to 2.5ml. typo on {{EMIS}} apparently 😅 glad we checked weight w mum
    """)),
    ("health", "success", prose("""
        shoutout to [[name:Kwabena]] the porter 💪 noticed pt walking out of {{ED}} doors in his gown at
        4am – Mr [[name:Pearce]] ([[age:79]]) from cubicle 6, {{delirium}}. walked him back and got
        [[name:Sunny]] (HCA) to sit with him. {{DoLS}} now in. nice one [[name:Kwabz]] 👏
    """)),
    ("health", "incident", prose("""
        handover delay [[date:Sat 9th]] – [[name:Stanisław Wiśniewski]] ([[age:67]]) waited 6 hrs on a
        trolley in the corridor, developed {{grade 2 pressure ulcer}} on sacrum. crew [[name:Dean]] &
        [[name:Precious]] did their best. incident no [[case_reference:W-0923315]]. wife
        [[name:Danuta]] has complained via {{PALS}}
    """)),
    ("health", "near_miss", prose("""
        {{CTG}} nearly filed in wrong notes – 2 x [[name:Aisha Begum]] on {{delivery suite}} same night
        😬 one [[age:19]] one [[age:34]]. MW [[name:Rose]] noticed MRN [[case_reference:M4417208]]
        didnt match the sticker. can we get {{name alert}} stickers back pls
    """)),
    ("health", "success", prose("""
        [[name:Tomasz]] ({{CRHT}}) stayed on the phone w [[name:Callum McAllister]] for over an hour
        til police got to him. [[name:Callum]] safe, admitted informally to [[organisation:Hadrian Ward]].
        {{safety plan}} updated w his partner [[name:Robyn]]. [[name:Tomasz]] is a legend 🙌 team
        debrief [[date:thurs 18th]]
    """)),
    ("health", "incident", block("""
        Fwd: wrong results text
        From: [[name:Hannah Greaves]] <[[email:hannah.greaves3@nhs.net]]>
        To: [[email:governance.sowerby@nhs.net]]

        Pt [[name:Gareth Jones]] ([[date_of_birth:04/04/1971]]) was texted [[name:Gareth Jones]]
        ([[date_of_birth:12/10/1984]])s {{HbA1c}} + told to book a {{diabetic review}}. same name,
        same practice, [[organisation:Sowerby Medical Practice]]. sent to [[phone:07700900347]]. he
        rang up confused. no harm but {{IG}} breach. does {{AccuRx}} match on name only??
        [[name:H]]
        Sent from Outlook for Android
    """)),
    ("health", "near_miss", prose("""
        almost missed an allergy – [[name:paddy]] ([[name:Pádraig Ó Súilleabháin]]) {{penicillin}}
        allergy on old paper chart but not on {{EPMA}}. {{FY1}} Dr [[name:Chen]] about to prescribe
        {{co-amoxiclav}} when [[name:paddy]]s wife [[name:Bríd]] said "he goes all blotchy". always ask
        the family!!
    """)),
    ("health", "success", prose("""
        🎉 first home birth since the service restarted – baby girl [[name:Amber]] for [[name:Chioma]]
        & [[name:Emeka]] at [[address:3 Priory Mews]]. MWs [[name:Lou]] & [[name:Gwen]] 👏 {{Entonox}}
        only, no transfer. {{birth centre}} team pls note the new bag checklist worked
    """)),
    ("health", "incident", prose("""
        needlestick in the {{sluice}} 😡 sharps bin overfilled AGAIN on [[organisation:Ward 7B]]. HCA
        [[name:Bogdan]] went to {{occ health}} ([[phone:0300 999 0443]]). source pt Mr
        [[name:Adeyemi]] consented to bloods. {{Datix}} [[case_reference:DTX-77810]]. who empties
        these??
    """)),
    ("health", "near_miss", block("""
        Submitted via web
        Service: [[organisation:Eastgate 111 Clinical Hub]]
        Your name: [[name:Ravi Chandrasekaran]]
        Your role: {{Clinical Advisor}}
        Date/time: [[date:27 Dec 2023]] 02:45
        Patient: [[name:Ffion Lloyd-Price]], [[age:6 wks]]
        NHS no: [[nhs_number:031 227 3479]]
        Call-back number: [[phone:+44 (0)7700 900 164]]
        What happened: Call queued as routine "rash" by {{call handler}} [[name:Aled]]. Mum
        [[name:Carys]] rang back at 02:40 saying baby floppy. On review non-blanching rash + temp 38.9.
        {{999}} dispatched, taken to [[organisation:Glan Clwyd]] paeds.
        Why near miss: 2nd call picked up by [[name:Aled]] again who escalated, but the first call
        should have hit the {{NHS Pathways}} under-3-month disposition.
        Suggested fix: any caller under 3 months goes straight to the clinician queue.
    """)),
    ("health", "success", prose("""
        {{hospice at home}}: Mr [[name:Harbhajan Singh]] died at home [[date:14/1]] as he wanted,
        daughter [[name:Jaspreet]] and grandson [[name:Jas]] with him. Nurse [[name:Abi]] did
        {{verification of death}} at 3am. the {{ReSPECT form}} in the house made it so much easier
    """)),
    # ---------------------------------------------------------------- aviation
    ("aviation", "incident", prose("""
        ramp: tug clipped wingtip of [[aircraft_registration:G-EZTH]] on stand 42 👎 driver
        [[name:Gaz]] ([[name:Gary Fenwick]]) says marshaller [[name:Ionuț]] gave all clear. flt
        [[flight_number:EZY6243]] delayed 3h. {{MOR}} raised [[case_reference:OR-2024-0331]]. cctv
        requested from {{airport ops}}
    """)),
    ("aviation", "near_miss", prose("""
        voice memo yes this is Capt [[name:Lowe]] on [[flight_number:TOM2KP]] cleared flight level 90
        but first officer [[name:Kirsty]] set 19 zero full stop caught by the {{altitude alert}} at
        8700 ft no bust comma {{fatigue}} factor as 4th early in a row for both of us. {{ASR}} to
        follow from [[name:kirsty]] on [[date:wed 12th]]
    """)),
    ("aviation", "success", prose("""
        big thanks to {{cabin crew}} [[name:Ngozi]] & [[name:Rafał]] on [[flight_number:BA1449]]
        [[date:22/05]] – pax in 14C had {{anaphylaxis}}, {{adrenaline auto-injector}} given and Dr
        [[name:Haider]] (pax) helped. landed {{EDI}} on time. Mrs [[name:Wright]] has sent a card 💐
    """)),
    ("aviation", "incident", block("""
        Occurrence Report (web)
        Reporter: Capt [[name:Tunde Bakare]]
        Operator: [[organisation:Skyline Regional]]
        Aircraft: {{ATR 72-600}} [[aircraft_registration:G-ISLK]]
        Flight: [[flight_number:SRX312]]
        Date: [[date:17 Feb 2024]]
        Crew: F/O [[name:Agnieszka Zielińska]], SCCM [[name:Daniel O'Rourke]]
        Narrative: During pushback at {{Belfast City}} the tug driver ([[name:Seánie]]) disconnected the
        towbar before the {{brakes set}} call. a/c rolled approx 2m. no injury, no damage found.
        Ground handler [[organisation:NI Ramp Services]] ref [[case_reference:NIRS-0215-07]].
        Contact me on [[phone:+44 28 9049 6012]] or [[email:t.bakare@skylineregional.co.uk]]
        Actions: {{MOR}} filed to {{CAA}}.
    """)),
    ("aviation", "near_miss", prose("""
        runway incursion nr miss – fuel bowser [[vehicle_registration:AE21 BXU]] crossed holding point
        B2 w/o clearance while [[flight_number:RYR83LT]] on short final. driver [[name:Vytautas]] said
        radio was on wrong freq. tower [[name:Helen]] sent them around [[date:fri 2nd]] 07:55. {{ATC}} ref
        [[case_reference:TWR/24/118]]
    """)),
    ("aviation", "success", prose("""
        🛫 agent [[name:Marta]] at gate 8 noticed [[name:Oliver]] ([[age:11]], {{UM}}) booked on
        [[flight_number:EZY835]] had the wrong collector on the form – named as [[name:Phil]] not mums
        partner [[name:Philippa]]. rang mum on [[phone:0044 7700 900 655]] sorted b4 boarding. good
        catch
    """)),
    ("aviation", "incident", prose("""
        bird strike on rotation [[aircraft_registration:G-OBMS]] 🐦 #2 eng vibes, returned to stand.
        FO [[name:Priyanka]] was PF, handled it well. eng [[name:Hamish]] found 3 fan blades damaged.
        {{bird control}} unit short staffed since [[date:Mon 4th]]. {{ASR}} sent, ref
        [[case_reference:ASR-11902]]
    """)),
    ("aviation", "near_miss", block("""
        copied from ops chat
        [[name:ops_danny]]: anyone seen the {{tech log}} for [[aircraft_registration:G-JZHK]]??
        [[name:becks.m]]: was in crew room, [[name:Ant]] took it
        [[name:ops_danny]]: a/c about to go w/o it 😬 [[flight_number:LS1287]] boarding now
        [[name:Ant_S]]: my bad its in my bag 🙈 running over
        [[name:becks.m]]: lol. ops pls log it [[case_reference:Q-0441]]
    """)),
    ("aviation", "success", prose("""
        {{HEMS}} crew Dr [[name:Jo Banerjee]] & para [[name:Kev]] landed [[aircraft_registration:G-HEMZ]]
        in a field by [[address:Pant-y-Celyn Farm, Llandysul]] for [[name:Dafydd]] ([[age:14]]), fall
        from quad bike. {{RSI}} on scene, flown to {{major trauma centre}}. farmer [[name:Wyn]] cleared
        the sheep off 😂 great teamwork
    """)),
    ("aviation", "incident", prose("""
        crew rest breach – [[flight_number:VS207]] delayed 4h, SCCM [[name:Bola]] asked for
        {{commander's discretion}} not to be used, rostering ([[name:Steve M]]) pushed back.
        [[name:Bola]] then fell asleep in crew car, driver [[name:Imran]]
        [[vehicle_registration:LB70 ZMC]] noticed. {{FRMS}} report [[case_reference:FRMS-2024-210]]. pls
        review
    """)),
    ("aviation", "near_miss", block("""
        CONFIDENTIAL REPORT – submitted via web
        Name (optional): [[name:Kateryna Bondarenko]]
        Role: {{Licensed Aircraft Engineer}} (B1)
        Company: [[organisation:Aerotech MRO Ltd]]
        Email: [[email:kbondarenko@aerotech-mro.co.uk]]
        Aircraft reg: [[aircraft_registration:G-LSAN]]
        Type: {{B737-800}}
        Date: [[date:30/11/2023]]
        What happened: Night shift, two panels on L wing left with 3 of 12 fasteners each. Handover from
        [[name:Gav Thornton]] to [[name:Wojciech]] was verbal only and the {{task card}} was stamped
        complete. Found on the {{walkround}} by F/O [[name:Chloe Bishop-Hart]] before
        [[flight_number:LS463]] to {{Alicante}}.
        Contributing: 3rd night in a row, hangar lights out in bay 2, no written handover.
        Suggested: mandatory written handover; {{independent inspection}} for panel closures.
        Contact: [[phone:07700 900 528]]
    """)),
    ("aviation", "success", prose("""
        shout out to [[name:Euan]] at {{Prestwick}} – talked student pilot [[name:Jack Whitelaw]] in
        {{IMC}} down to [[organisation:Cumbernauld Airfield]] on an {{SRA}}. a/c
        [[aircraft_registration:G-BSCX]]. [[name:Jack]]s instructor [[name:Morag]] says he's flying
        again next wk 🙏
    """)),
    ("aviation", "incident", prose("""
        disruptive pax on [[flight_number:TOM1934]] {{PMI}}-{{BRS}} – male 14D ([[name:Liam Hughes]] per
        manifest) assaulted crew member [[name:Sade]]. restrained w {{restraint kit}}. police met a/c,
        crime no [[case_reference:5224/0613]]. [[name:Sade]] has bruised wrist, off 2 days.
    """)),
    ("aviation", "near_miss", prose("""
        drone approx 400ft 2nm final rwy 27 [[date:03/08]] 17:20 reported by [[flight_number:BAW92M]].
        police searched, nothing found. Capt [[name:Ashworth]] said it passed under the L wing.
        {{Airprox}} to {{UKAB}} ref [[case_reference:2023/187]] – [[name:Ollie]] ({{SATCO}})
    """)),
    ("aviation", "success", prose("""
        ground crew [[name:Kofi]] & [[name:Lena]] spotted fuel leak under [[aircraft_registration:G-TAWN]]
        during turnaround on stand 15, stopped boarding of [[flight_number:TOM456]]. {{engineering}}
        found cracked fitting on fuel line. could have been v bad. [[name:Kofi]] gets the
        {{Just Culture}} award this month 🏅
    """)),
]


def main() -> None:
    records = build_records("blind52", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
