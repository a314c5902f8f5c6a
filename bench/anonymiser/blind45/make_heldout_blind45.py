"""Held-out blind corpus 45: London front door, temporary accommodation, paediatric ED and Heathrow ramp.

Setting: London boroughs' children's social care front door and MASH triage, families in hotel
rooms, hostels and B&Bs, No Recourse to Public Funds households, very diverse families whose names
are transliterated several ways; a health slice from paediatric A&E and sexual health clinics; an
aviation slice from Heathrow ground operations, baggage, ramp and stand/gate allocation.
Voice: MASH RAG-rated screening notes, hurried duty e-mails, police Merlin extracts,
interpreter-mediated conversations, ED and GUM notes, ramp occurrence reports and ops chat.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind45.jsonl"

REPORTS = [
    # 1
    ("social_care", "incident", block("""
        MASH SCREENING - CONTACT RECORD
        Contact ID: [[case_reference:MC-24-118762]]   Date: [[date:11/03/2024]]
        Screened by: [[name:T. Ahmadzai]] ({{MASH}} SW)
        Referrer: [[organisation:Stratford Park Primary]] - DSL Ms [[name:Ellie Brennan-Hart]]
        Child: [[name:Yohannes Tesfay]] (school system has [[name:Yonas Tesfai]]) DOB [[date_of_birth:02/09/2016]]
        Sibling: [[name:Selam]] [[age:aged 4]]
        Mother: [[name:Senait Gebremedhin]] - {{Tigrinya}} only, {{NRPF}}
        Address: [[address:Room 17, Forest Lodge Hotel, 212 Romford Rd, Forest Gate]] [[postcode:E7 9HZ]]
        Concern: bruise L cheek approx 2cm, yonas said "mama hit with the shoe" then said he fell in bath. 4 people in one room since Oct.
        Checks: {{Merlin}} x1 (DA, father not in UK). GP [[organisation:Lathom Rd Medical Centre]] - no concerns. HV not open.
        RAG: {{AMBER}} on receipt, upgraded {{RED}} 12:40 after school sent photo.
        Outcome: s47 - joint visit with {{CAIT}} today. TM [[name:Dawn]] agreed.
    """)),
    # 2
    ("social_care", "near_miss", block("""
        From: [[name:Kerry-Ann Joseph]] <[[email:kerryann.joseph@newham.gov.uk]]>
        Sent: [[date:14 March 2024]] 08:52
        To: NRPF Duty; [[name:Osei]], [[name:Kwabena]]
        Subject: RE: FW: URGENT family at B&B tonight??

        [[name:Kwabena]] - quick one before 9. the [[name:Gutierrez]] family (mum [[name:Luz Marina Gutiérrez Cárdenas]], kids [[name:Santi]] [[age:9]] and [[name:Valeria]] [[age:6]]) were booked into [[address:Ashgrove B&B, 88 Cranbrook Rd, Ilford]] [[postcode:IG1 4LH]] by {{EDT}} but the booking went in as "[[name:Gutierez]]" so reception turned them away at 23:10. mum walked them to [[organisation:Ilford Methodist]] and slept in the porch til the caretaker found them.
        Nobody rang back on her number [[phone:+57 310 555 0199]] bc it's Colombian and our phones block intl. She now has a UK sim [[phone:07700 900 614]] - pls use that.
        I've flagged it to [[name:Grace]] for {{Section 17}} review. Can we stop booking by surname only??

        [[name:KAJ]]
        Duty Senior, {{NRPF}} Team
    """)),
    # 3
    ("social_care", "incident", block("""
        MERLIN PAC REPORT (extract) - sent to MASH
        Merlin ref: [[case_reference:24MPS0073318]]   CAD: [[case_reference:CAD4412/16MAR24]]
        Reporting officer: PC [[name:Hollis]] 2291EA, [[organisation:East Area BCU]]
        Subject child 1: [[name:WARSAME, Abdirahman]] DOB [[date_of_birth:19/05/2012]]
        Subject child 2: [[name:WARSAME, Hodan]] DOB [[date_of_birth:07/11/2014]]
        Adults present: [[name:Faadumo Ali Nuur]] (mother), [[name:Abdi Warsame]] aka "[[name:Abdi Gaab]]" (father)
        Location: [[address:Flat 3, 41 Plashet Grove, East Ham]] [[postcode:E6 1AE]]
        Circs: Police called by neighbour 02:14 hrs re shouting. On arrival father had left. Mother had reddening to neck, declined to give account through {{Language Line}} ({{Somali}}). Children awake, [[name:Abdirahman]] stated "{{aabo}}" pushed {{hooyo}} into the door. {{DASH}} completed - {{MEDIUM}}.
        Officer view: children exposed to DA, 3rd call since [[date:02/01/24]].
        Vulnerability factors: housing, language, {{NRPF}} unclear.
    """)),
    # 4
    ("social_care", "success", prose("""
        Home visit via telephone interpreter ({{Dari}}, interpreter ID [[case_reference:LL-558213]]). I explained the
        interpreter would say everything I say and everything the family say. Father gave his name as
        [[name:Abdul Wahid Noorzai]] but said everyone calls him [[name:Wahid]]; on the Home Office letter it is
        [[name:Abdulwahid Nurzai]], which explains why our check on [[name:Noorzai]] came back empty. Mother [[name:Fereshta]] spoke
        through the interpreter for the first time without her husband answering for her. She said [[name:Zarlasht]]
        ([[age:13]]) has not been at school since they were moved from the [[address:Crowne Gate Hotel, Bath Rd, Hayes]] to
        the [[address:Hotel Raya, 5 Station Rd, Hounslow]] on [[date:20 Feb]]. With consent I rang [[organisation:Heston Community School]]
        ({{EHCP}} coordinator Mr [[name:Bhatti]]) from the hotel lobby and a start date of [[date:Monday 4th March]] was agreed.
        Learning: ask families how each name is written on every document, and record all spellings as {{AKA}} on {{LCS}}.
    """)),
    # 5
    ("social_care", "success", prose("""
        {{NRPF}} panel outcome - [[name:de Souza Oliveira]] family. Mum [[name:Thaís]] (Brazilian, overstayed visitor visa) and
        [[name:Enzo]] [[age:7]], [[name:Maria Clara]] [[age:3]] were sofa-surfing with a church friend, [[name:Rosângela]], at
        [[address:22 Ladysmith Rd, Tottenham]] [[postcode:N17 6SB]] until she asked them to leave. Panel on [[date:7/3]] agreed
        {{Section 17}} subsistence and a self-contained studio instead of a hotel room because [[name:Enzo]] has autism and
        the last hotel had 200 residents. Worker [[name:Will Pereira-Banks]] linked mum with [[organisation:Praxis]] for immigration advice
        and with [[organisation:Haringey Migrant Support Centre]] for food. Mum's words through a {{Portuguese}} interpreter: "this is the
        first time someone asked what my son needs". Case ref [[case_reference:NRPF/HAR/2024/0311]].
    """)),
    # 6
    ("social_care", "near_miss", prose("""
        Contact in from HV [[name:Rukhsana]] at [[organisation:Bromley-by-Bow Health Centre]] about a [[age:6wk old]], [[name:Muhammad Hussain]],
        living with mum [[name:Shirin Akter]] in one room at [[address:The Limes Hostel, 30 Devons Rd]] [[postcode:E3 3PN]]. Screener searched
        "[[name:Mohammed Hussain]]" and {{LCS}} offered [[name:Mohammed Hossain]], [[age:11]], Poplar, open on a CP plan - she clicked
        link. The contact was auto-routed to that child's SW with the wrong family's address and the baby's details
        merged into the chronology. Spotted 40 mins later by [[name:md.rahman]] (business support) because the DOBs
        ([[date_of_birth:08/02/2024]] vs [[date_of_birth:21/06/2012]]) made no sense. Unlinked, IG informed, ref [[case_reference:MASH-NM-0447]].
        Learning: Bangladeshi names have many valid spellings (Muhammad/Mohammed/Mohammad, Hussain/Hossain/Hossen) -
        always match on DOB and address, never name alone.
    """)),
    # 7
    ("social_care", "near_miss", block("""
        Teams chat - "MASH Hackney triage 🔴" (exported [[date:15/03/24]])
        [09:14] [[name:Priya Raman]]: anyone got capacity for a red? hostel, Clapton. mum Kurdish, 2 under 5s
        [09:15] [[name:Jack O'Sullivan]]: go on then
        [09:15] [[name:Priya Raman]]: ref [[case_reference:24-120114]]. mum is [[name:Rezan Mahmoud]] (police have [[name:Rizan Mahmood]], dob [[date_of_birth:01/01/1995]] - loads of Kurdish dobs are {{1/1}} so dont rely on it)
        [09:16] [[name:Priya Raman]]: [[address:Room 9, Lea Bridge Hostel, 301 Lea Bridge Rd]] [[postcode:E5 9QB]]. kids [[name:Aram]] ([[age:3]]) and baby [[name:Dilan]]
        [09:18] [[name:Jack O'Sullivan]]: police say partner [[name:Hêmin]] threatened to take them to Birmingham. ring mum on [[phone:07911 123456]]?
        [09:18] [[name:Priya Raman]]: NO thats HIS number!! hers is [[phone:07700900287]]. merlin has them swapped
        [09:19] [[name:Jack O'Sullivan]]: 😬 good catch. {{Sorani}} interpreter booked 10:30
        [09:25] [[name:Amber]] (TM): [[name:Jack]] pls put a warning flag on both numbers + tell {{CAIT}}
    """)),
    # 8
    ("social_care", "incident", block("""
        STRATEGY MEETING - MINUTES
        Date: [[date:Tuesday 19 March 2024]], 14:00 (Teams)
        Child: [[name:Arbër Hoxha]] ([[age:16]]) - "[[name:Arber Hoxa]]" on school roll
        Present:
          [[name:Frank Adeyemi]] (Chair, TM Assessment)
          [[name:Mariam Khalil]] (allocated SW)
          DC [[name:Sophie Lund]] ({{Missing Persons Unit}})
          [[name:Chase Morgan]] ({{YOT}})
          [[name:Eglantina]] ({{Albanian}} interpreter, [[organisation:Capital Tongues Ltd]])
        Apologies: Ms [[name:Hope]] ({{Virtual School}})
        Summary: [[name:Arbër]] found by {{BTP}} at Milton Keynes Central on [[date:17/03]] with £640 and two phones. Lives with father [[name:Ilir Hoxha]] at [[address:Room 4, 17 Harrow Rd, Wembley]] [[postcode:HA9 6DE]] (B&B, {{NRPF}}). Father says son "works at a car wash". Third missing episode in 6 weeks.
        Decisions: threshold for s47 met - {{County Lines}} / {{CCE}}. {{NRM}} referral by [[name:MK]] by [[date:22/03]]. {{Return Home Interview}} via {{Albanian}} speaking worker, not dad.
    """)),
    # 9
    ("social_care", "incident", prose("""
        unannounced visit 21:40 to [[address:Room 312, Travelway Hotel, 14-18 Bow Common Lane]] [[postcode:E3 4AX]] after night porter
        [[name:Gheorghe]] rang {{EDT}} saying he could hear a baby crying for an hour. [[name:Tomás]] ([[age:5]]) opened the door, [[name:Leonor]]
        ([[age:2]]) in nappy only, no adult. manager Mr [[name:Dhillon]] said mum works nights. mum [[name:Joana Rodrigues Ferreira]] ("just
        call me [[name:Jo]]") came back 22:25 from a cleaning shift in Canary Wharf, very distressed, said nobody else can mind them and
        the hotel bans visitors after 9. Rang her on [[phone:+351 912 345 678]] earlier with no answer, her UK no. was not on
        the TA booking. Children safe, plan agreed, {{Section 20}} not needed. Hotel now has [[phone:020 7946 0831]] (EDT) on reception.
        {{Portuguese}}-speaking SW [[name:Inês]] to visit am. [[name:sg]]
    """)),
    # 10
    ("social_care", "near_miss", block("""
        Flagging as near miss - this sat in the generic inbox Weds-Mon because an old rule filed anything from .sch.uk into "Schools - low priority". Picked up [[date:25/03]] by [[name:Rima]]. {{FMU}} contacted same day, passports secured via police. - [[name:Sunny]]

        ---------- Forwarded message ---------
        From: Safeguarding [[organisation:Mulberry Park School]] <[[email:dsl@mulberrypark.sch.uk]]>
        Date: Wed, [[date:20 Mar 2024]] at 15:47
        Subject: Yr 8 - [[name:Tahmina Begum]] ([[name:Tamina]] on {{SIMS}})
        To: <[[email:mash@towerhamlets.gov.uk]]>

        Hi, [[name:Tahmina]] ([[age:13]]) told her form tutor Ms [[name:Summer Hossain]] at lunch that she is going to Sylhet at Easter "for her wedding" to a cousin. She was crying. Mum ([[name:Rehana Khatun]]) doesn't speak English, dad [[name:Abdul Karim]] works in a restaurant, number we hold for him: [[phone:+880 1711-234567]] (??) and [[phone:07723 418 950]].
        We have not spoken to parents in case it increases risk ({{forced marriage}} guidance).
        Kind regards
        [[name:N. Choudhury]], DSL
    """)),
    # 11
    ("social_care", "success", prose("""
        Private fostering notification from [[organisation:St Saviour's C of E Primary]]: [[name:Kwame Asante-Boateng]] ([[age:10]]) has
        lived with "auntie" [[name:Akosua Mensah]], a family friend, at [[address:14 Coldharbour Lane]] [[postcode:SE5 9NR]] since
        his father [[name:Yaw]] went back to Kumasi in January. Visited within 7 days. [[name:Kwame]] was relaxed, has his own
        bed, school say attendance 97%. Reached [[name:Yaw]] on WhatsApp video, [[phone:+233 24 412 3456]], who gave written
        consent and explained the arrangement is usual in Ghana and he had no idea UK law required notification. {{DBS}}
        on [[name:Akosua]] and her adult son [[name:Kofi]] clear. Arrangement assessed suitable under {{Private Fostering}}
        regs; reviewing 6-weekly. Nice example of school knowing the rules when the family didn't.
        [[name:Nana Owusu]], Private Fostering SW
    """)),
    # 12
    ("social_care", "incident", block("""
        EDT HANDOVER TO MASH - Sat [[date:23/03/24]]
        YP: [[name:Mehari]] - full name given [[name:Mehari Kidane Tsegay]]; Home Office has [[name:Mihret Kidane]]
        Claimed age: [[age:15]]. HO "assessed as adult", DOB recorded [[date_of_birth:01/01/2005]]
        Brought by BTP from Hounslow West stn 01:30. No phone, friend [[name:Filmon]] on [[phone:07700 900 731]].
        Placed: [[address:Room 6, Cedar House, 118 Uxbridge Rd, Hayes]] [[postcode:UB4 0JP]] - ADULT hostel, only bed available.
        !! Should NOT be in adult provision while age disputed. Night staff say two adult males tried his door at 04:00.
        {{Tigrinya}} via {{thebigword}} (phone) - he said he left Eritrea at 13, Libya 1yr.
        For MASH: urgent {{Merton compliant}} age assessment, move to foster placement today, {{UASC}} team aware.
        EDT: [[name:Bill Mackintosh]] [[phone:020 8583 2222]]
    """)),
    # 13
    ("social_care", "incident", block("""
        MERLIN - MISPER FOUND / PAC notification
        Ref: [[case_reference:24MIS004417]]   Risk: {{HIGH}}
        Misper: [[name:Camila Andrea Restrepo]] ([[age:14]]) aka "[[name:Cami]]"
        Home: [[address:Room 22, Kings Lodge B&B, 61 Lordship Lane]] [[postcode:SE22 8EP]]
        Last seen: [[date:25/03/2024]] 18:30 getting into grey Audi [[vehicle_registration:LR19 KXZ]], driver male known as "[[name:Pitbull]]"
        Mother: [[name:Adriana Restrepo]] [[phone:07700 900 458]] ({{Spanish}} only)
        Found: [[date:26/03/2024]] 07:10 by PC [[name:Akintola]] outside [[address:Cator House, Peckham Hill St]], intoxicated, bruise to wrist. Refused {{ABE}}.
        Same vehicle linked to [[name:Brenda]] ([[age:15]]) misper [[case_reference:24MIS003980]].
        Risk indicators: {{CSE}}, older males, gifts (new iPhone). Mother unaware - thought [[name:Cami]] at friend [[name:Luciana]]'s.
        {{Return Home Interview}} required.
    """)),
    # 14
    ("social_care", "near_miss", block("""
        FRONT DOOR CALL LOG - [[organisation:Ealing Children's Front Door]] - [[date:Thu 28/03]]
        08:31 | Ms [[name:Lima]] (mum of [[name:Gabriel Lima]]) | [[phone:(020) 8496 0112]] | wants update, passed to [[name:Ola]]
        09:02 | anon neighbour | withheld | 2 small kids alone, [[address:flat B above the barbers, 7 Uxbridge Road]], "hotel family moved in" | logged INFO ONLY
        09:40 | Sgt [[name:Rowe]] | [[phone:0208 721 4471]] | checking if we got PAC re [[name:Roza Berisha]]
        10:15 | [[name:Roza Berisha]] | [[phone:0044 7911 223344]] | asking for her kids' SW, speaks {{Albanian}}, got [[name:Dritan]] to help
        12:05 | [[name:Ola]] | ext 4412 | re-read 09:02 - same address as [[name:Roza]]'s new TA. RAISED AS CONTACT, {{RED}}
        Note (TM [[name:H. Nowak]]): 3 hrs delay. Kids were [[name:Roza]]'s - she'd left them to go to the Home Office reporting centre. "Info only" option to be removed for any call naming a child.
    """)),
    # 15
    ("social_care", "near_miss", prose("""
        Interpreter introduced herself as [[name:Berivan]] ({{Kurmanji}}, booked through [[organisation:LinguaLondon]], booking
        [[case_reference:INT-24-77120]]) and mum, [[name:Gulistan Ahmed]], went silent and kept looking at the door. I paused the
        visit. Afterwards [[name:Rojin]] ([[age:12]]) told me quietly in English that [[name:Berivan]] is married to her dad's cousin
        and "everyone in Wood Green will know". Mum had just started to talk about [[name:Baran]]'s dad hitting her. We
        finished with a phone interpreter from [[organisation:Global Voices Cardiff]] who had no London links; mum
        accepted him. I have asked for [[name:Berivan]] not to be booked for this family and recorded it on the file. Learning:
        in small communities, tell the family the interpreter's name before the visit and ask if they know them.
    """)),
    # 16
    ("social_care", "success", prose("""
        Good practice from screening this week. {{LCS}} held two separate records, [[case_reference:1204458]] and
        [[case_reference:1219037]], for [[name:Hamza Mohamed Abdi]] and [[name:Hamza Abdi]], both [[age:9]], with different addresses.
        The {{Somali}} interpreter, Mr [[name:Farah]], explained the naming: the second name is the father's given name
        and the third the grandfather's, so there is no family surname - mum [[name:Sahra Ismail Yusuf]], dad
        [[name:Mohamed Abdi Hersi]], children [[name:Hamza Mohamed Abdi]] and [[name:Ikran Mohamed Abdi]]. Same child. Once merged we
        found a CP plan from [[organisation:Lewisham Children's Social Care]] ending [[date:2 June 2022]] that had never followed
        the family when they moved into the [[address:Holiday Inn Express, Greenwich]]. [[name:Deqa]] in business support has
        now added a "Somali naming" prompt to the search screen.
    """)),
    # 17
    ("social_care", "incident", prose("""
        Information governance incident [[case_reference:IG-2024-0192]]. The duty SW started typing the school nurse's name,
        [[name:Aliya Hassan]], and Outlook autocompleted to [[name:Ali Hassan]] ([[email:ali.hassan@brent.gov.uk]]) in Housing
        Options instead of [[email:aliya.hassan@clcht.nhs.uk]]. The e-mail held the full referral for [[name:Yusra]] and
        [[name:Zakariya Jama]], their mum's DV history, and the refuge address [[address:Flat 2, 9 Mora Rd, Cricklewood]] [[postcode:NW2 6TD]].
        [[name:Ali]] replied within 20 minutes to say it wasn't for him and deleted it. Recall failed. Refuge informed and
        risk assessed as low because Housing do not share with the perpetrator, but mum was moved as a precaution.
        Reported to {{Caldicott Guardian}}; not {{ICO}} reportable. Autocomplete switched off on duty laptops.
    """)),
    # 18
    ("social_care", "near_miss", prose("""
        HV [[name:Faith]] from [[organisation:Burnt Oak Health Visiting Team]] did the new birth visit to [[name:Efua]] and
        [[name:Kojo Appiah]] in Room 5 at the [[address:Greenview Guest House, 9 Station Parade, Edgware]] [[postcode:HA8 7BD]]. Baby
        [[name:Adjoa]], [[age:4 weeks]], was asleep between parents on a double bed, with a duvet and pillows; no cot in the
        room, B&B said "cots on request" but family didn't know. Dad works nights and had fallen asleep holding her
        the night before. {{Safe sleep}} advice given using {{Lullaby Trust}} leaflet in Twi (dad reads English). Emergency
        travel cot dropped same evening by [[organisation:Barnet Baby Bank]]. Contact to MASH [[case_reference:BAR-C-339815]] - GREEN,
        no further action, but flagged to TA team that every family with a baby needs a cot on arrival. Thank you [[name:Faith]].
    """)),
    # 19
    ("social_care", "incident", block("""
        TRANSFER IN - CP CONFERENCE REQUEST (copied from [[organisation:Enfield]] form)
        LCS ID: [[case_reference:EN-0931775]]
        Child 1: [[name:Lucas Martins Pereira]]   DOB: [[date_of_birth:13.08.2013]]   NHS: [[nhs_number:467 414 5015]]
        Child 2: [[name:Beatriz Martins]]   DOB: [[date_of_birth:30.04.2018]]   NHS: [[nhs_number:7014140914]]
        Mother: [[name:Carla Martins]]   NI: [[ni_number:JM 48 21 07 C]]   Tel: [[phone:+44 (0)7700 900 512]]
        Prev address: [[address:44 Bury St, Edmonton]] [[postcode:N9 7JL]]
        Current address (per [[organisation:Enfield]]): [[address:Rm 103 Crescent Hotel, 55 Sussex Gardens, W2]]
        Our note ([[name:PD]], [[date:3 April]]): form received 22 days after transfer; hotel had already moved family to Southall on [[date:14/03]]. {{CP}} visits missed for 3 weeks. [[name:Lucas]] not in school since. Raised with [[organisation:Enfield]] TM [[name:Rose]] - agreed escalation. {{ICPC}} transfer within 15 days not met.
    """)),
    # 20
    ("social_care", "success", prose("""
        [[name:Samira Sultani]] came through the front door twice in one month - once from [[organisation:Northwick Park]] ED after
        an overdose, once from school as "[[name:Sameera Soltani]]", [[age:15]], low mood. They were screened by different
        workers as two GREENs. On the third contact, from
        [[organisation:Brent Youth Hub]] while she waited for {{CAMHS}}, screener [[name:Marek Wiśniewski]] searched by the mum's number [[phone:07956 301 772]] instead of
        the name and all three came up. Rated {{RED}}, seen same day with a {{Pashto}} interpreter for mum [[name:Nazanin]].
        [[name:Samira]] later said she had been told she would marry in Kabul. {{FMU}} involved. Searching by phone number is
        now in the screening checklist.
    """)),
    # 21
    ("health", "incident", prose("""
        [[age:18 month old]] [[name:Liya Berhane]] (NHS [[nhs_number:242 361 9626]], MRN [[case_reference:NUH4471902]]) brought to paeds
        ED at [[organisation:Newham University Hospital]] 23:40 with scald R forearm and chest, approx 4% TBSA on {{Lund and Browder}}.
        Happened 17:00 in [[address:Room 408, Britannia Point Hotel, Stratford]] - family have no kitchen and boil water in a
        kettle on the floor. Mum [[name:Hiwet]] said through the {{Tigrinya}} phone interpreter that she waited six hours
        because a woman in the hotel told her hospitals charge families like hers. Delay in presentation so safeguarding
        referral made to MASH and burns reviewed by the {{Plastics}} reg; mechanism consistent, accidental. Dr [[name:Ng]] rang the
        hotel's TA officer [[name:Gemma]] on [[phone:020 3373 4620]] to raise the kitchen issue. Discharged to the same room with
        dressing clinic follow up on [[date:Friday 12th]].
    """)),
    # 22
    ("health", "near_miss", block("""
        [[organisation:Archway Sexual Health Clinic]] - consultation note
        Clinic no: [[case_reference:GU-24-008713]]    Seen: [[date:02/04/2024]]
        Pt: "[[name:Bia]]" (registered as [[name:Beatriz Santos Lima]]) [[age:15]]y, DOB [[date_of_birth:11/10/2008]]
        Attended with "boyfriend" [[name:Thiago]], says he is 19, appears older, answered for her, had her phone.
        Seen alone after asking him to wait: {{Fraser guidelines}} met for contraception. {{Spotting the Signs}} score 5.
        Discloses [[name:Thiago]] pays her rent share at the [[address:Grafton Hostel, 37 Holloway Rd]] [[postcode:N7 8JU]].
        Rx: {{Nexplanon}} fitted, STI screen sent.
        NEAR MISS: at 16:10 a man rang reception on [[phone:07700 900 219]] "as her partner" asking for results - receptionist had the screen open and started to read them before [[name:Marisol]] (HCA) stopped her.
        Plan: safeguarding referral to MASH + {{MACE}}, discussed with Sister [[name:Wanjiru]]. Password set on record.
    """)),
    # 23
    ("health", "near_miss", block("""
        From: [[name:Rahimi, Parwana]] (Paed ED Safeguarding) <[[email:parwana.rahimi@nhs.net]]>
        To: Overseas Visitors Team <[[email:ovm.team@nhs.net]]>
        Cc: [[name:Ng, Wei]]
        Subject: STOP invoice - [[name:Sohail Hakimi]] [[case_reference:RF4-0775613]]

        Hi both, just caught the draft invoice (£2,340) for [[name:Sohail]] ([[age:4]]), admitted [[date:6/4]] with pneumonia. Family are asylum seekers in the [[address:Heathrow Comfort Hotel, Bath Rd]], they have an {{ASPEN card}} and HO ref [[case_reference:H1180943]] so are exempt from charging. Dad ([[name:Hamid]]) showed me the letter - pls note it's "[[name:Hakimi]]" on ours and "[[name:Haakimi]]" on HO docs, which I think is why the check failed.
        If the invoice had gone, dad says they would not have brought [[name:Sohail]] back for the follow up.
        Thanks, [[name:Parwana]]
        Named Nurse Safeguarding Children | [[phone:020 8869 2301]] | bleep 4471
    """)),
    # 24
    ("health", "success", prose("""
        Shout-out for SN [[name:Precious Nwosu]], paeds ED, [[date:Sunday 7 April]]. [[name:Daniel Tekle]] ([[age:6]]) came in with tummy
        pain, and his sister [[name:Saron]], [[age:14]], was interpreting for mum [[name:Abeba]]. [[name:Saron]] kept saying "it's just a bit
        of pain, he ate too much". [[name:Precious]] insisted on a professional {{Tigrinya}} interpreter via {{DA Languages}} even
        though it took 25 min. Through the interpreter mum described red jelly-like stools since morning - [[name:Saron]] had been
        embarrassed to translate it. Ultrasound confirmed {{intussusception}}, reduced by air enema same night. The
        family are in the [[address:Ibis Budget, 1 Edgware Rd]], having moved three times since December, and [[name:Saron]] is
        usually the family's voice. Safeguarding nurse [[name:Liam O'Dwyer]] referred to the young carers service.
    """)),
    # 25
    ("health", "near_miss", prose("""
        Two boys called [[name:Mohamed Ali]] in paeds ED majors at the same time on [[date:10/04]]: one [[age:7]] with asthma,
        one [[age:2]] after a febrile convulsion. Both in bays 3 and 4, both mums Somali-speaking, the 2yo's mum
        [[name:Amran]] and the 7yo's mum [[name:Hibaaq]]. The 7-year-old's nebuliser ({{salbutamol}} 5mg) was drawn up and brought to
        bay 3 - the wrong boy. SN [[name:Dawit]] checked the wristband against the chart and saw MRN [[case_reference:RAL8830917]]
        not [[case_reference:RAL8830142]]; no harm. We now use a "name alert" sticker and put same-name patients in different
        cubicle areas. Also [[name:Hibaaq]] told us her son's name is spelt [[name:Maxamed Cali]] in Somali and she didn't
        recognise it when called.
    """)),
    # 26
    ("health", "incident", block("""
        PN RECORD - index pt [[case_reference:SHC/24/11902]] (gonorrhoea + chlamydia)
        Index: [[name:Kieran]] (prefers "[[name:Kez]]"), [[age:19]]
        Contacts (pt-reported):
          1. [[name:Marcos]] - {{Grindr}} handle "[[name:marcos_ldn88]]"
          2. [[name:Dom]] - {{Snapchat}} [[name:dom.k.99]], mob [[phone:+44 7700 900447]]
          3. unknown, met at sauna - no details
        Method: #1 patient referral, #2 provider referral by SMS.
        INCIDENT [[date:11/04/24]]: template SMS to #2 read "[[name:Kieran]] has asked us to let you know..." - the health adviser had typed the index name into the free-text field instead of the generic wording. [[name:Dom]] rang back angry and [[name:Kez]] was identified.
        Duty of candour done by HA [[name:Ifeoma]]. IG ref [[case_reference:IG-SH-0088]]. Free text removed from the {{PN}} template.
    """)),
    # 27
    ("health", "success", prose("""
        [[name:Ayaan]], [[age:9yo]], seen in paeds ED with a suspected UTI. On examination Dr [[name:Okonkwo-Reid]] noticed
        findings consistent with {{FGM}} {{Type 3}}. A female {{Somali}} interpreter was booked rather than using dad, and mum
        [[name:Nimco]] explained it was done in Hargeisa before the family came to the UK when [[name:Ayaan]] was [[age:5]].
        Mandatory reporting: Dr [[name:Okonkwo-Reid]] rang 101 herself the same shift, ref [[case_reference:CAD 6612/09APR]], and checked
        {{FGM-IS}}. Younger sister [[name:Sagal]] ([[age:4]]), born in [[organisation:Homerton]], had no indicator and mum was clear she will
        not be cut. Referral to [[organisation:Acacia FGM Clinic]]. Mum said afterwards it was the first time anyone explained the
        law to her without shouting. Family live at [[address:Flat 6, 140 Well St]] [[postcode:E9 7LQ]].
    """)),
    # 28
    ("health", "incident", block("""
        PAEDS ED SHIFT LOG - [[date:Sat 13 Apr]] nights - NIC [[name:Oksana]]
        21:05 [[name:Rafael Costa]] 2y, croup, {{Westley}} 4, dex given
        21:50 [[name:Malik Ahmadi]] 8m, fever 39.4, mottled, triaged {{ORANGE}} - waiting cubicle
        22:30 [[name:amira b]] 14y - OD, CAMHS paged
        01:15 [[name:Malik]] not in waiting room. CCTV: mum left 00:52 with baby
        01:20 rang mum [[phone:07700 900 392]] x3 no answer, alt no. [[phone:+93 70 123 4567]] (Afghan, not connecting)
        01:35 police welfare check requested, [[address:Room 14, 6 Tollington Park]] [[postcode:N4 3QY]]
        03:10 PC [[name:Quigley]] rang: baby back in ED, mum said the wait was 4 hrs and she had to get back before hotel curfew.
        {{Sepsis}} 6 started 03:15.
        Datix [[case_reference:W119004]] - {{LWBS}} high-risk infant. [[name:OK]]
    """)),
    # 29
    ("health", "near_miss", block("""
        Subject: RE: ?{{NAI}} - baby [[name:Zeynep Yilmaz-Barzani]] - PLS READ BEFORE DISCHARGE
        From: [[email:safeguarding.paeds@whittington.nhs.uk]]
        To: [[email:ed.consultants@whittington.nhs.uk]]

        The 10:20 discharge for [[name:Zeynep]] ([[age:4 months]], NHS [[nhs_number:105 568 8943]]) was printed by the SHO on the basis that mum said she bumped her head on the cot. She has a 1cm bruise to the R ear - a non-mobile baby, so {{TEN-4-FACESp}} positive and the {{bruising in non-mobile infants}} protocol applies.
        We caught it because the bed manager ([[name:Dele]]) asked why the referral to MASH wasn't in the notes.
        {{Skeletal survey}} and {{CT head}} booked, MASH ([[case_reference:ISL-MASH-24-5521]]) aware, family in a hostel, dad [[name:Rebwar]] has a Kurdish interpreter booked for 2pm.
        Dr [[name:Hughes]]
    """)),
    # 30
    ("health", "incident", prose("""
        Liaison note ([[name:KP]], paeds liaison HV). [[name:Fatmata]]... correction, child is [[name:Fatoumata Sesay]], [[age:3]],
        sickle cell, {{Was Not Brought}} to haematology on [[date:12/02]], [[date:4/03]] and [[date:25/03]]. Letters went to
        [[address:18 Boundary Rd, Plaistow]] [[postcode:E13 9PR]] - family left there in January for a hotel in Croydon then a hostel in
        Woolwich; GP [[organisation:Abbey Road Surgery]] still has the old address. Mum [[name:Aminata]] said by phone on
        [[phone:07983 442 019]] that she never got any letters and had run out of {{penicillin V}}. No one checked whether the
        address was current before discharging the child from clinic after the third {{DNA}}. Now re-referred, prophylaxis
        re-started, and TA moves will be shared with the child health record going forward.
    """)),
    # 31
    ("health", "success", prose("""
        [[name:Joseph]] ([[age:16]]) came to the walk-in at [[organisation:Burrell Street Sexual Health]] on [[date:Saturday 20 April]]
        about an assault at a house party the night before. Triage nurse [[name:Ruta]] recognised this was within the
        {{PEPSE}} window and took him straight through rather than leaving him in the queue. He was started on {{PEPSE}},
        given emergency hep B vaccine, and with his consent referred to [[organisation:The Havens]] for forensic
        examination within 24h; an {{ISVA}} met him there. He gave his mum's number [[phone:07700 900 806]] but asked us not to
        ring; {{Gillick}} competence assessed and respected. Police report ref [[case_reference:0193/21APR24]] made by him with the
        {{ISVA}}. Follow-up seen [[date:29/04]] by Dr [[name:Achterberg]].
    """)),
    # 32
    ("health", "near_miss", prose("""
        Found by chance on the {{Child Protection Information Sharing}} look-up: [[name:Ermal Gjoka]], [[age:2]], had been seen at
        [[organisation:North Mid]] (ED, as [[name:Ermal Gioka]], NHS [[nhs_number:907 535 2034]]), at [[organisation:Whittington]] (as
        [[name:Ermali Gjokaj]], NHS [[nhs_number:796 436 6629]]) and with us (as [[name:Ermal Gjoka]], NHS [[nhs_number:978 186 0898]]) in seven
        weeks, each time with minor injuries and each with a temporary NHS number because the family kept moving between
        hostels. Dad [[name:Gentian]] speaks some English; mum [[name:Elira]] only {{Albanian}}. None of the three attendances triggered
        a frequent-attender flag. Our paeds liaison nurse [[name:Lyndsey]] merged the records via {{PDS}} and MASH was informed.
        Outcome: s47 - {{NAI}} not confirmed, but neglect concerns.
    """)),
    # 33
    ("health", "incident", block("""
        DATIX WEB - INCIDENT FORM
        Ref: [[case_reference:W118723]]
        Incident date: [[date:16/04/2024]]   Location: Paediatric ED - resus
        Reported by: [[name:Tomasz Zieliński]], Staff Nurse
        Patient: [[name:Gabriela Da Costa]]   Hosp no: [[case_reference:K0938811]]   Age: [[age:8 months]]
        Description: weight estimated with {{APLS}} formula as 9kg as scales were in use; actual weight 6.1kg when weighed on the ward. {{Paracetamol}} 135mg given (22mg/kg). No harm, LFTs normal.
        Contributing: mum [[name:Fernanda]] ({{Portuguese}}) was asked the weight via her cousin [[name:Vitória]] who said "nine" (meaning 9 months old).
        Immediate action: paracetamol plasma level, reg Dr [[name:Abara]] informed, duty of candour completed with interpreter.
        Severity: low harm.
    """)),
    # 34
    ("health", "incident", prose("""
        Result recall text ("please call [[organisation:Clinic 56]] re your recent test") sent [[date:18.04.24]] to [[phone:07700 900 604]], the
        number on record for [[name:Juliana Pérez]]. She had changed phone when she moved out of the [[address:Seven Sisters Rd hostel]];
        the number now belongs to her ex-partner [[name:Andrés]], who rang the clinic pretending to be her brother and was told her
        appointment time by reception. [[name:Juliana]] (clinic no [[case_reference:56-24-01733]]) told health adviser [[name:Chiamaka]] the next
        day that he had turned up outside. Police informed, {{MARAC}} referral, {{IDVA}} involved. Reception protocol: nothing
        to any caller who cannot pass ID checks, and numbers confirmed at every visit.
    """)),
    # 35
    ("health", "success", prose("""
        [[name:Sunny]] (real name [[name:Sanjida Rahman]]), [[age:11]], newly diagnosed type 1 diabetes in paeds ED on [[date:22 Apr]].
        Family of five in one room at the [[address:Queens Court Hotel, 15 Queensborough Terrace, W2]]; no fridge for insulin,
        shared kitchen two floors down. Diabetes CNS [[name:Hope]] ([[name:H. Mwangi]]) rang the TA team at
        [[organisation:Westminster Housing Solutions]] from the ward; a fridge was in the room before discharge and the family were
        moved up the list for self-contained accommodation. [[name:Sunny]]'s dad [[name:Rafiq]] was taught to use the {{Libre}}
        sensor with a Sylheti interpreter. HbA1c and school plan booked with [[organisation:Hallfield School]]. Good joined-up work.
    """)),
    # 36
    ("aviation", "incident", prose("""
        At 06:42 on [[date:04/04/24]] a hi-loader operated by [[name:Gurpreet]] ([[organisation:SkyRamp Services]]) made contact with the
        aft cargo door surround of {{A320}} [[aircraft_registration:G-EUYB]] on stand 512, {{T5}}, while positioning for
        [[flight_number:BA362]]. The platform was raised before the vehicle had stopped and the bumper was not deployed. A 4cm dent
        was found by engineer [[name:Mark Ellery]]; aircraft taken out of service, flight cancelled and pax re-accommodated on
        [[flight_number:BA366]]. [[name:Gurpreet]] had been on shift since 21:00 covering for a colleague. Team leader
        [[name:Ricky Sandhu]] said the early wave had three loaders short. Incident ref [[case_reference:HAL-OPS-24-01187]]; {{MOR}} filed
        with the {{CAA}}.
    """)),
    # 37
    ("aviation", "near_miss", block("""
        BAGGAGE SERVICES - NEAR MISS
        WorldTracer: [[case_reference:LHRBA48213]]
        Pax 1: [[name:MENSAH/KWAKU]] MR   Tag [[case_reference:0125BA771034]]   [[flight_number:BA0079]] LHR-ACC
        Pax 2: [[name:MENSAH/AKUA]] MS   Tag [[case_reference:0125BA771039]]   [[flight_number:BA0117]] LHR-JFK
        Rush tag for Pax 1's mishandled bag was printed with pax 2's routing because the agent ([[name:ZL]]) selected the first "[[name:MENSAH]]" in the list. Bag was on the JFK ULD AKE84213BA when loader [[name:Joe]] noticed the ACC destination sticker from the original tag. Off-loaded 11:05, reached Accra next day.
        Pax contact: [[phone:+233 20 765 4321]], [[email:kwaku.mensah@yahoo.com]]
        Action: {{WorldTracer}} search must use PNR not surname. [[name:L. Fernandes]], Duty Baggage Mgr
    """)),
    # 38
    ("aviation", "near_miss", block("""
        APRON CONTROL LOG T4 - [[date:07 APR 24]]
        0612 [[flight_number:QR7]] [[aircraft_registration:A7-BEL]] ({{B777}}) allocated stand 405 by {{AODB}} auto-plan
        0614 [[flight_number:EK005]] [[aircraft_registration:A6-EPF]] ({{A380}}) 20 min early, re-planned by [[name:S. Bukola]] to stand 405 as well - conflict not flagged
        0631 {{SEG}} on 405 showing [[flight_number:QR7]]; [[flight_number:EK005]] taxiing toward 405 on ATC instruction
        0633 marshaller [[name:Darius]] ([[organisation:Aviapartner]]) saw wrong flight on {{SEG}}, crossed arms - aircraft stopped 30m short
        0634 apron controller [[name:Ciaran Ó Súilleabháin]] moved [[flight_number:EK005]] to 409
        0650 [[flight_number:QR7]] on blocks 405
        Note: manual re-plans bypass the conflict check. Ref [[case_reference:AC-NM-2404-07]]
    """)),
    # 39
    ("aviation", "near_miss", prose("""
        Pushback of [[flight_number:AA107]], {{B777}} [[aircraft_registration:N722AN]], from stand 318 at 17:20 on [[date:9th April]]. Tug driver
        [[name:Lewis Grant]] ("[[name:Lew]]" on the radio) had clearance from the flight deck, but the wing walker, [[name:Kasia]], saw a crew
        bus [[vehicle_registration:YX68 UOB]] driving along the airside road behind the tail and gave the stop signal. The bus
        driver, [[name:Hassan Mirza]], said he did not see the beacon because of low sun. Stop made with approx 15m clearance.
        [[name:Lew]] praised [[name:Kasia]] in the debrief. Contributing: the headset lead is short on this tug so [[name:Lewis]] could not
        look behind. Reported on {{Heathrow Airside Safety}} form [[case_reference:HAS-24-3318]].
    """)),
    # 40
    ("aviation", "success", prose("""
        Gate agent [[name:Mercy Adjei]] at gate B42 on [[date:12/04]] noticed a girl who looked about [[age:16]] travelling with a man
        in his 40s on [[flight_number:TK1986]] to Istanbul. Her passport named her [[name:Besjana Kola]], his [[name:Artan Malaj]]; he
        answered every question and held both boarding passes. When [[name:Mercy]] asked her directly in English where she
        was going she said "Tirana to my aunt" - the flight was not to Tirana. [[name:Mercy]] delayed boarding, called her
        supervisor [[name:Dominic]] and the {{Border Force}} desk on ext 2209. Police took them aside; the girl was [[age:15]] and
        reported missing from [[organisation:Barking and Dagenham]] care. {{Modern Slavery}} referral made. A good example of
        the {{It's Not OK}} training being used.
    """)),
    # 41
    ("aviation", "incident", block("""
        From: [[name:Pete Ambrose]] <[[email:p.ambrose@heathrow.com]]>
        Sent: [[date:Saturday, 13 April 2024]] 14:22
        To: T2 Ramp Team Leaders
        Subject: FOD - stand 220 - TONIGHT's briefing

        All,
        At 11:40 a {{FOD}} walk on 220 found a ratchet strap and two luggage locks behind the ULD rack after the [[flight_number:LH 2473]] turn. At 12:05 {{A321}} [[aircraft_registration:D-AISP]] for [[flight_number:LH2475]] taxied on; the strap was within 10m of the no.2 engine intake. Luckily [[name:Frankie]] (dispatcher) picked it up on her walk-round.
        The earlier team's {{FOD}} check was signed by "[[name:RJ]]" but [[name:RJ]] was on a break at that time.
        Please brief: FOD walk is done by the dispatcher in person, before and after every turn. Ref [[case_reference:HAL-FOD-0412]].
        Thanks
        [[name:Pete]]
        Duty Ramp Manager T2 | [[phone:07384 551 209]]
    """)),
    # 42
    ("aviation", "incident", prose("""
        Handler [[name:Piotr Kowalczyk]] ([[organisation:Dnata]] baggage hall, T3) caught his left hand between a bag and the
        side guard of make-up carousel 7 at 05:10 on [[date:15 April]] while pulling a jammed case for [[flight_number:VS25]]. The
        emergency stop was 6 m away on the other side of the belt. First aider [[name:Sunny Gill]] and colleague
        [[name:Amarjit]] freed him; taken to [[organisation:Hillingdon Hospital]] with two fractured fingers. {{RIDDOR}} reportable. Belt
        guards found to be missing two panels reported on [[date:2 April]] under job [[case_reference:MX-556712]] but not fixed. [[name:Piotr]]'s
        supervisor [[name:Alina]] said staff "always" pull jammed bags by hand because engineers take 40 min to arrive.
    """)),
    # 43
    ("aviation", "near_miss", block("""
        WhatsApp - "T5 B gates dispatch" [[date:16/04/2024]]
        [15:02] [[name:Kemi]]: gate change [[flight_number:BA0862]] B36 → C58
        [15:03] [[name:Tariq]]: anyone told PRM?? there's a wheelchair pax at B36, MR [[name:IVANOV]] seat 4C
        [15:04] [[name:Kemi]]: PRM desk said they'll update
        [15:21] [[name:Tariq]]: he's still sat at B36 on his own, no staff, boarding closes 15:35
        [15:22] [[phone:+44 7700 900938]]: I'm [[name:Jo]] from PRM, on my way, the job was cancelled in the system not moved
        [15:31] [[name:Tariq]]: boarded 🙏 thanks [[name:Jo]]
        [15:40] [[name:Kemi]]: will Datix it. gate change screen doesn't push to {{PRM}} jobs
    """)),
    # 44
    ("aviation", "incident", prose("""
        Airside driving offence. Baggage tractor [[vehicle_registration:BV68 HZN]] recorded at 34 km/h on the {{Airside Road}} near
        stand 551 (limit 15 km/h) at 03:48 on [[date:17 April]]. Driver [[name:Bogdan Rusu]], {{ADP}} permit no.
        [[case_reference:ADP-044718]], employed by [[organisation:Menzies Aviation]]. He said he was rushing back because the team leader,
        [[name:Will]], had radioed that [[flight_number:VS3]] bags were late. A second vehicle, van [[vehicle_registration:LK19 XRT]],
        overtook him on the same stretch; that driver has not been identified. Permit points issued and a re-brief given. The
        night shift has had four speeding events this month; Airside Ops (Ms [[name:Tran]]) to review whether the late-bag
        calls on the radio are creating pressure to speed.
    """)),
    # 45
    ("aviation", "success", prose("""
        hold bag screening T2 flagged a case checked in for [[flight_number:TP1363]] to Lisbon at 13:10 on [[date:20/4]], tag
        [[case_reference:0047TP332891]]: x-ray showed a loose e-scooter battery, est. 600Wh, well over the dangerous goods limit. Screener
        [[name:Yasmin]] called baggage control and [[name:Nuno]] from the TAP ground handler paged the pax, [[name:Duarte Nogueira]], at gate A19.
        He said his brother-in-law packed it. Bag opened in his presence, battery removed and handed to
        Security for disposal. Bag made the flight. Good catch by [[name:Yasmin]] - she had done the refresher only the week before.
    """)),
    # 46
    ("aviation", "incident", block("""
        AIRSIDE SPILL / INJURY REPORT
        Report no: [[case_reference:SP-24-0419-03]]
        Date/time: [[date:19/04/2024]] 09:15     Stand: 532 (T5)
        Aircraft: [[aircraft_registration:G-XWBC]]   Flight: [[flight_number:BA0015]] LHR-SIN
        Fuelling co: [[organisation:AFS Fuelling]]   Dispenser: [[vehicle_registration:WU17 FNE]]
        Operator: [[name:Steve Kaur-Blake]]   Staff no: [[case_reference:AFS-20917]]   NI: [[ni_number:PX391826A]]
        Home tel: [[phone:01895 448 210]]
        What happened: approx 80L {{Jet A-1}} released when the hydrant coupling was disconnected under pressure. Splash to operator's R eye - eyewash used, then {{Heathrow Fire}} attended. Taken to [[organisation:Hillingdon Hospital]] eye clinic, discharged.
        Witness: [[name:Adaeze Nnamdi]] (dispatcher), [[name:Gio]] (cleaner, [[organisation:ISS]])
        Flight delayed 2h10 for cleanup. Coupling sent for inspection, see [[case_reference:MX-557020]].
    """)),
    # 47
    ("aviation", "near_miss", prose("""
        Tow of {{A350}} [[aircraft_registration:G-XWBH]] from the TBB maintenance area to stand 539 at 22:50 on [[date:21 April]]. Tow
        driver [[name:Ade]] followed the lead-in line, but the wing walker on the left side had been sent to another job and
        no replacement was called. Engineer [[name:Colm Mac Giolla Bhríde]], riding brakes, looked out of the cockpit window and saw
        the left wingtip about 1.5m from the fin of a parked {{A321}}, [[aircraft_registration:G-NEOP]], and radioed
        "stop stop stop". Tow stopped; re-positioned with two walkers. Nobody checked that the parked aircraft was
        inside its stand markings - it was 3m over the line. Team leader [[name:Dawn Fitzgerald]] raised [[case_reference:ENG-NM-24-0662]].
    """)),
    # 48
    ("aviation", "success", prose("""
        Loading supervisor [[name:Faisal Qureshi]] was checking the {{LIR}} against the final load sheet for [[flight_number:EI 155]]
        ({{A320}} [[aircraft_registration:EI-DEO]], stand 228) on [[date:23/04/24]] and noticed 1,240kg of bags shown in hold 4 on
        the LIR but in hold 1 on the load sheet. He stopped the dispatch and rang load control, where
        [[name:Niamh]] at [[organisation:Aer Lingus]] load control confirmed a keying error after a late re-plan. The corrected sheet moved the
        takeoff trim by almost two units. Captain [[name:Brennan]] thanked the team on the interphone. [[name:Faisal]] said
        he only checks because he was caught out by the same thing in 2019.
    """)),
    # 49
    ("aviation", "success", prose("""
        Reclaim 7, T3, 06:25 on [[date:24 April]], [[flight_number:EK001]] bags delivering. A little boy, about [[age:4]], climbed onto
        the moving reclaim belt and was carried toward the rubber curtain. Baggage agent [[name:Samuel Osei-Bonsu]] ran to the
        e-stop 4m away and the belt stopped before he reached the curtain; he was lifted off by his dad, [[name:Karim Haidari]],
        who had been at the trolley bay with the baby. Mum [[name:Roya]] said via [[name:Samuel]]'s colleague [[name:Farid]], who speaks
        {{Dari}}, that they had been travelling for 20 hours. No injury. [[name:Samuel]] had walked the e-stop positions that
        morning as part of his new routine. Belt-side barriers now requested for reclaims 6-9.
    """)),
    # 50
    ("aviation", "incident", block("""
        AIRBRIDGE OCCURRENCE - [[organisation:Heathrow Pier Services]]
        Ref: [[case_reference:ABR-2404-22]]
        Date: [[date:Mon 22 April]] 19:47   Stand: 309
        Aircraft: {{B787-9}} [[aircraft_registration:G-VNEW]]  Flight: [[flight_number:VS 207]]
        Operator: [[name:D. Ionescu]] (cert expired [[date:31/03/24]] - not picked up on roster)
        Summary: airbridge driven toward door L1 at normal rather than creep speed on the last 2m; canopy contacted the fuselage above the door. Cabin crew member [[name:Jess]] reported a loud bang. Engineering ([[name:Tunde]]) found paint damage only; aircraft released 22:05.
        Cause: the operator's automatic docking sensor was faulty ([[case_reference:MX-556981]], open 9 days) and she had not used manual mode since training.
        Actions: roster system to block expired certificates. [[name:Ionescu]] re-trained.
    """)),
]


def main() -> None:
    records = build_records("blind45", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
