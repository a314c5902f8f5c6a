"""Held-out blind corpus 265: fifty invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well the de-identifier generalises. Every person, organisation, place and number is invented.

Settings:
- social_care (17): a children's social care out-of-hours emergency duty team (EDT): police
  protection, emergency placements, AMHP calls, on-call managers.
- health (17): a hospital paediatric ward and children's assessment unit: nurses, registrars,
  play specialists, parents staying on the ward, safeguarding.
- aviation (16): a regional airport's air traffic control tower and approach unit: controllers,
  assistants, runway incursions, handovers, level busts.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes with
attendance and apologies, pipe-separated and aligned tables, RT transcripts, shout-outs and
thank-you notes. Identifiers are marked `[[label:value]]`; must-not-redact mentions (roles,
national agencies, clinical terms, equipment, place types, look-alike acronyms) are `{{term}}`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind265.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (EDT)
    ("social_care", "incident", block("""
        edt notes - fri nite shift

        22:40 call from {{police}} re [[name:kayden]] [[age:6yo]] + sis [[name:lily-mae]] [[age:aged 3]], found home alone
        at [[address:27 Cobden Terrace, Marrowfield]] [[postcode:MF3 8RW]]. {{mum}} [[name:Shannon Price]] not answering
        [[phone:07700 900418]]
        23:15 PC [[name:Dunmore]] took {{police protection}} ({{s46}}). no paperwork sent thru til 01:30 tho - chased x2
        23:40 rang {{on-call mgr}} [[name:Rav]], agreed {{emergency placement}}. only bed was w/ carers [[name:Bill]] &
        [[name:Joy Whitlock]] 40 mins away
        00:50 kids placed. [[name:kayden]] had no inhaler - {{salbutamol}} not in the house, [[name:Joy]] had to go to
        the {{24hr pharmacy}}
        issue: {{police}} log no [[case_reference:PN-0311-2207]] wasnt on the referral so {{MASH}} couldnt match it in
        the morning. pls put the log no on every {{EDT}} record!!
    """)),
    ("social_care", "near_miss", prose("""
        At approximately 02:10 on [[date:Sunday 11 February]] the {{Emergency Duty Team}} received a call from the
        {{AMHP}} on call, [[name:Tomasz Wiśniewski]], who was completing a {{Mental Health Act}} assessment in {{A&E}}
        at [[organisation:Kestlebury General Hospital]]. The young person, [[name:Precious]] ([[age:16]]), was
        detained under {{section 2}}, and the only bed identified was on an adult {{acute ward}}. The {{duty social
        worker}}, [[name:Marguerite Oyelaran-Hicks]], queried whether a {{Tier 4}} {{CAMHS}} bed had been requested;
        it had not, because the {{bed manager}} believed the referral was for an adult. The {{on-call manager}}
        escalated to the {{NHS England}} bed line and a {{CAMHS}} bed was found at 05:30. [[name:Precious]] was not
        moved to the adult ward. Learning: the {{EDT}} referral form does not have a mandatory age field, so the age
        was lost between {{A&E}} and the {{bed manager}}. Case ref [[case_reference:EDT/24/00917]].
    """)),
    ("social_care", "success", block("""
        [Teams - EDT Team channel]
        [[name:Hope Adeyemi]] 08:02
        huge shout out to [[name:Fergus]] last night 🙌 {{PPO}} came in at 21:50 for a [[age:9 week old]] from
        {{A&E}}, he had {{parent and baby foster placement}} sorted by midnight and did the {{strategy discussion}}
        with {{police}} + {{health}} at 00:30
        [[name:Fergus Mackay-Dunn]] 08:06
        ah cheers [[name:Hope]]! couldnt have done it without [[name:Gráinne]] from {{Family Placement}}
        picking up at silly o'clock
        [[name:Sunny]] 08:11
        👏👏 and the {{s47}} notes were on the system before {{MASH}} opened. proper {{Working Together}} stuff
        [[name:Hope Adeyemi]] 08:13
        adding to the good practice log for {{Ofsted}} pls [[name:Sunny]] can you note ref [[case_reference:LCS-418826]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Annika Sørensen]] <[[email:annika.sorensen@brackenshire.gov.uk]]>
        To: {{EDT Duty Inbox}} <[[email:edt.duty@brackenshire.gov.uk]]>
        Sent: [[date:Tuesday 5 March 2024]] 07:48
        Subject: near miss - placement address

        Morning all,

        Flagging a near miss from last night so we can learn from it. The {{emergency placement}} for [[name:Jayden O'Rourke]]
        ([[age:11]]) was recorded on the system as [[address:14 Holloway Close, Ashcombe]], which is his
        {{dad}}'s address and the person he was removed from. The correct carer address was
        [[address:41 Holloway Crescent, Ashcombe]] [[postcode:AC7 2HN]]. The {{taxi driver}} spotted it because the {{police}}
        officer mentioned the crescent. No harm, but if the taxi had gone to the close it could have been very
        serious.

        Please double check addresses against the {{LADO}}/{{IRO}} list and read them back to the {{carer}} on the phone.

        Thanks,
        [[name:Annika]]
        {{On-call Service Manager}}, [[organisation:Brackenshire Council]] Children's Services
        Tel [[phone:01632 960 274]]
    """)),
    ("social_care", "incident", block("""
        EDT INCIDENT FORM
        Name of child: [[name:Ruby-Rose Kowalczyk]]
        DOB: [[date_of_birth:04/09/2009]]
        Ref: [[case_reference:CH-2093317]]
        Address: [[address:Flat 3, 88 Wharf Road, Marrowfield]] [[postcode:MF1 4TJ]]
        Placement: [[organisation:Larkhill House]] ({{children's home}})
        Date/time: [[date:17/03/24]] 23:20

        What happened: {{residential worker}} [[name:Demetrius]] rang to report [[name:Ruby-Rose]] {{missing}} since
        19:00. Staff had not reported sooner as she "usually comes back". {{Police}} given description, {{CSE}} risk
        flagged. She was found at 03:40 by PC [[name:Halloran]] at a {{petrol station}} with an adult male, reg
        [[vehicle_registration:MK68 WDV]].
        Actions: {{return home interview}} requested, {{strategy meeting}} booked for {{Monday}}, {{on-call manager}}
        informed.
        Reported by: [[name:A. Kiplagat]], {{EDT social worker}}
    """)),
    ("social_care", "incident", block("""
        Chronology - [[date:Sat 23rd]] into Sun

        19:05  {{Custody}} at [[organisation:Marrowfield Police Station]] call for {{appropriate adult}} - [[name:Dylan Achterberg]],
               [[age:14yo]], arrested for robbery. {{mum}} [[name:Tracey]] refused to attend.
        19:40  No {{appropriate adult}} volunteers available (scheme finishes at 17:00).
        20:15  {{EDT}} worker [[name:Will Obuya]] travels to custody; not seen until 22:50 as {{FME}} had to assess.
        23:30  {{PACE}} interview starts. [[name:Dylan]] tired, had not eaten since lunch.
        01:10  Charged, refused bail. {{PACE}} transfer to {{local authority accommodation}} requested.
        01:45  No secure bed; [[name:Dylan]] kept in the cells overnight.
        09:00  Court.

        Issue: child held in cells overnight contrary to {{PACE Code C}}. Certificate not completed by the
        {{custody sergeant}}. Raised with [[organisation:Brackenshire Police]] {{custody}} inspector, log
        [[case_reference:CUS-22871]].
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp export - "{{EDT}} rota 🦉"
        [[date:09/04/2024]], 23:51 - [[name:Pat]]: anyone know if the [[name:Nowak]] kids r still open to {{CIN}}?
        [[date:09/04/2024]], 23:52 - [[name:Pat]]: {{mum}} [[name:Agata Nowak]] [[date_of_birth:12/01/1991]] at
        [[address:6 Lime Walk]] again
        [[date:09/04/2024]], 23:58 - [[name:Leon B]]: [[name:Pat]] delete that!! this group has the rota people on it
        not just {{edt}}
        [[date:10/04/2024]], 00:01 - [[name:Pat]]: oh god sorry, deleted for everyone. was meant to go on the {{secure email}}
        [[date:10/04/2024]], 00:03 - [[name:Leon B]]: np, tell {{on call}} + do a {{data breach}} form, {{IG}} wont mind
        if u self report
        [[date:10/04/2024]], 00:04 - [[name:Pat]]: will do. {{DPO}} form done ref [[case_reference:IG-1183]]
    """)),
    ("social_care", "success", block("""
        EDT Learning Review - minutes
        Date: [[date:Thursday 2 May]]
        Present: [[name:Gráinne Ní Bhriain]] (chair), [[name:Olumide Bakare]], [[name:Kezia Thorne]],
        [[name:Mark Ellery]] ({{AMHP}} lead), [[name:Faith]] ({{business support}})
        Apologies: [[name:R. Sandhu]], [[name:Yusuf]]

        1. Case discussed: [[name:Elif]] ([[age:15]]), {{self-harm}} presentation at {{A&E}}, [[date:27 April]].
        2. What went well: {{EDT}} and {{CAMHS}} crisis team held a joint call at 21:00 rather than passing the
           case back and forth. [[name:Kezia]] rang {{dad}} and agreed a {{safety plan}}; [[name:Elif]] went home
           with {{dad}} and was seen by {{CAMHS}} the next morning.
        3. {{Signs of Safety}} mapping used on the phone - [[name:Mark]] to share the template.
        4. Actions: [[name:Faith]] to add the joint-call step to the {{EDT}} handbook; [[name:Olumide]] to feed
           back to {{LSCP}}.
    """)),
    ("social_care", "success", block("""
        Weekend emergency placements - [[date:15-17 March]]

        Child         | Age  | Ref              | {{Placed with}}                 | {{Worker}}
        [[name:T.M.]]          | [[age:4]]    | [[case_reference:CH-2101145]]       | [[name:Hussain]] ({{foster carers}})       | [[name:Sabine]]
        [[name:Amber]]         | [[age:12]]   | [[case_reference:CH-2101152]]       | [[organisation:Oakridge Lodge]] ({{residential}})     | [[name:Sabine]]
        Baby [[name:K]]        | [[age:2 days]] | [[case_reference:CH-2101160]]     | [[name:Grace]] & [[name:Ade Olatunji]] ({{P&C}}) | [[name:Callum]]

        All three placed before {{midnight}}, no child slept in an office or {{A&E}}. Thanks to [[name:Sabine]] and
        [[name:Callum]], and to {{Family Placement}} for keeping the {{out of hours}} vacancy list up to date.
        {{CP}} plans checked on {{LCS}} for all three.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER EDT -> day team, Mon am
        - [[name:Zainab]] ([[age:13]]) placed with {{emergency foster carer}} [[name:Rose Penhaligon]] Sun 20:00.
          takes {{melatonin}} + {{sertraline}}. meds left at {{mum}}'s - carer rang {{111}}, told not to double up
          tonight. NEAR MISS: carer was about to give {{sertraline}} from her own daughter's supply!! stopped when
          I asked what strength. pls arrange meds from {{GP}} ([[organisation:Castle Street Surgery]]) first thing
        - [[name:Zainab]]'s {{IRO}} is [[name:Priya]] - not yet told
        - mum [[name:Lauren Greaves]] mobile [[phone:07700 900 622]] - v angry, threatened to come to carers
          address. {{police}} aware, {{marker}} on address [[address:22 Saxon Way, Fernleigh]]
        - [[name:Rose]] needs a call by 10am pls
        [[name:JK]] (EDT)
    """)),
    ("social_care", "incident", block("""
        dv call 01:20 from [[name:maria]] [[age:33]], ex partner at door, 3 kids in house ([[age:8]], [[age:5]],
        [[age:10 months]]). advised {{999}}. she rang back 01:55 - {{police}} not attended, told her {{grade 2}} response.
        i rang {{control room}} myself, spoke to sgt [[name:hadley]], got it upgraded. officers there 02:30, he'd
        gone. no arrest. kids asleep thru it apparently
        risk: {{MARAC}} case already (ref [[case_reference:MRC-4471]]), {{IDVA}} is [[name:nadia]] @
        [[organisation:Safe Haven Brackenshire]]. {{DASH}} high
        whats gone wrong: flag on the address had expired so {{police}} didnt see the {{MARAC}} marker. 35 mins is too
        long for a {{high risk}} case w {{under 5s}}. emailed {{duty inspector}} + cc'd [[name:nadia]]
        addr [[address:9 Rennie St, Marrowfield]] [[postcode:MF2 6PB]]
        - [[name:bex]]
    """)),
    ("social_care", "success", prose("""
        Thank you note for the team file. I just wanted to say a proper thank you to [[name:Colin]] and
        [[name:Dorothy Ashworth-Leigh]], our {{out-of-hours}} {{foster carers}}, who took in a sibling group of four at
        03:00 on [[date:New Year's Day]]. They had a {{car seat}}, night lights and toast ready, and [[name:Dorothy]]
        sat with the {{eldest}} ([[age:aged 12]]) until she fell asleep because she was frightened of the dark. The
        {{social worker}} who followed up on the {{Tuesday}} said the children talked about "the lady with the
        biscuits" all morning. [[name:Colin]] also drove to the {{police station}} to collect the kids' school
        uniform so they could go to [[organisation:St Aldhelm's Primary]] as normal. That is what good {{corporate
        parenting}} looks like. With thanks, [[name:Ines]], {{EDT Practice Lead}}.
    """)),
    ("social_care", "incident", prose("""
        On [[date:19 June]] at 21:35 {{Border Force}} contacted {{EDT}} about a young person who had arrived
        unaccompanied in the back of a lorry, registration [[vehicle_registration:YT17 KHB]]. He gave his name as
        [[name:Dawit Haile]] and said he was [[age:15]]. No {{Tigrinya}} interpreter was available on the
        {{telephone interpreting}} contract until 23:10, and the {{Home Office}} officer suggested that an {{age
        assessment}} be done straight away, which is not appropriate out of hours. Before the {{duty social worker}}
        could check for a {{UASC}} bed, [[name:Dawit]] had been taken by {{Border Force}} to
        [[organisation:Harbour View Lodgings]], an unregulated provider. He was moved the next day to
        [[organisation:Kingsmere Children's Home]]. He was seen by a {{GP}} for {{scabies}} and a cough.
        The {{Working Together}} expectation that a {{UASC}} is treated as a {{looked after child}} from first
        contact was not followed. Ref [[case_reference:UASC-0619-03]], logged by [[name:Mirela Dragomir]].
    """)),
    ("social_care", "near_miss", block("""
        #edt-duty (Slack)
        [[name:olu.bakare]] 21:14  heads up - {{LCS}} has two records for the same baby, [[case_reference:CH-2098840]] and
                   [[case_reference:CH-2098841]], born [[date_of_birth:2 Jan 2024]]
        [[name:olu.bakare]] 21:15  the {{CP}} plan is only on the 2nd one. {{police}} checked the 1st and told {{A&E}} no concerns
        [[name:faith.m]] 21:17  😬 which hospital?
        [[name:olu.bakare]] 21:17  [[organisation:Kestlebury General]], {{paeds}}. {{health visitor}} flagged it at discharge
        [[name:faith.m]] 21:20  ok ive rung the {{nurse in charge}}, baby stays til {{on-call}} Dr [[name:Achebe]] reviews
        [[name:olu.bakare]] 21:22  logging as near miss. need {{data quality}} team to merge the records tmrw
        [[name:faith.m]] 21:23  👍 tag [[name:Reuben]] in {{business support}}
    """)),
    ("social_care", "success", block("""
        Subject: RE: joint working Sat night - thank you
        From: DI [[name:Helen Fairweather-Osei]] <[[email:h.fairweather-osei@brackenshire.police.uk]]>
        To: [[name:Kwame Asante]]

        [[name:Kwame]],

        Just a note to say how well the {{joint visit}} went on [[date:Saturday 8 June]]. Your {{EDT}} team and our
        {{PPU}} officers went out together to [[address:3 Meadowsweet Lane, Ashcombe]] within the hour, agreed a
        {{safety plan}} with {{grandma}}, and avoided {{police protection}} for the twins ([[age:aged 7]]). The
        {{CAIT}} referral and the {{s47}} were both done by 09:00, which {{MASH}} said was a first.

        Please pass my thanks to [[name:Sunita]] and [[name:Joe]].

        [[name:Helen]]
        {{Detective Inspector}}, {{Public Protection Unit}}
        [[phone:01632 960 511]]
    """)),
    ("social_care", "incident", block("""
        DATA BREACH / INCIDENT REPORT
        Reporter: [[name:Bartholomew Quayle]]            Team: {{EDT}}
        Date of incident: [[date:21/05/2024]]             Ref: [[case_reference:DPB-24-0392]]
        Subject name: [[name:Mason Littlewood]]              DOB: [[date_of_birth:30/11/2012]]
        NI no (parent): [[ni_number:JT 48 21 96 C]]
        Correct address: [[address:12 Orchard Row, Fernleigh]] [[postcode:FL4 9UE]]
        Sent to: [[address:12 Orchard Road, Fernleigh]]

        Summary: The {{EDT}} outcome letter following the {{police protection}} of [[name:Mason]] was posted to the
        wrong address ({{Road}} instead of {{Row}}). The letter named {{mum}}, the {{CP}} concerns and the {{foster carer}}'s
        first name. The {{neighbour}} opened it and brought it to the {{family hub}}. {{ICO}} reporting threshold being
        considered by the {{DPO}}. Letter template auto-filled from an old address on the system.
    """)),
    ("social_care", "near_miss", prose("""
        quick one - booked {{taxi}} via [[organisation:Swiftline Cars]] to take [[name:Summer]] ([[age:10]]) from the
        {{police station}} to her {{emergency placement}}. driver turned up with no {{DBS}} badge and no {{child seat}},
        and the car reg [[vehicle_registration:FD19 OXR]] didnt match the booking. PC [[name:Okonkwo]] wouldnt let
        her go w him (good call!!). rebooked thru the {{framework}} firm, 50 min wait. [[name:Summer]] ok, had
        hot choc in the {{front office}}. flagging bc {{out of hours}} we arent told which firms are on the approved
        list - {{commissioning}} pls sort. [[name:dan]]
    """)),
    # ------------------------------------------------------------------ health (paediatrics)
    ("health", "incident", block("""
        cau nights [[date:tues 4th]]
        pt [[name:oliver]] [[age:2yo]] bed 6, hosp no [[case_reference:K4471902]]. got {{paracetamol}} 15mg/kg at 02:00
        from me AND at 02:20 from {{agency nurse}} [[name:Delphine]] - she didnt see it signed on {{EPMA}} bc it was still
        open on my screen (i got called to bay 2 for a {{PEWS}} of 7)
        told {{reg}} dr [[name:fitzgerald]], {{mum}} informed + apologised ({{duty of candour}}). obs fine, no level
        needed per {{TOXBASE}}
        learning: lock {{EPMA}} b4 walking away!! and 2 nurses shouldnt both give {{PRN}} w/o asking. {{datix}} done
        [[case_reference:W-88213]]
        - [[name:Sam]] (band 5)
    """)),
    ("health", "near_miss", prose("""
        On [[date:14 January]] at about 10:30 a {{healthcare assistant}} on [[organisation:Beaumont Ward]] printed a
        replacement {{wristband}} for [[name:Isla Grant]] ([[age:4]]), {{NHS number}} [[nhs_number:485 120 9371]],
        after the original was cut off for a {{cannula}}. The {{label printer}} defaulted to the last patient
        searched, [[name:Isla Grantham]] ([[age:6]]), {{NHS number}} [[nhs_number:612 904 3856]], and the wrong band
        was put on. The error was spotted by the {{staff nurse}}, [[name:Chidi Nwachukwu]], during the {{positive
        patient identification}} check before {{IV antibiotics}}, when [[name:Isla]]'s {{dad}} said the date of birth
        was wrong. No drug was given. The {{PAS}} printer setting has been changed and the event reported as a near
        miss, [[case_reference:DX-104562]].
    """)),
    ("health", "success", prose("""
        ⭐ SHOUT OUT ⭐ to [[name:Bláithín]], our {{play specialist}} on the {{CAU}}! [[name:Noah]] ([[age:7]]) had
        needed three attempts at {{bloods}} last admission and was terrified. [[name:Bláithín]] did {{distraction}}
        with the iPad and bubbles, used {{Ametop}} and a {{Buzzy}}, and the {{registrar}} got it first time. {{Mum}}
        cried (happy tears). Also big thanks to Dr [[name:Oyinlola]] for waiting 40 mins for the {{Ametop}} to work
        instead of rushing. This is what {{child-centred care}} looks like! From [[name:Grace]] and the {{CAU}} team xx
    """)),
    ("health", "incident", block("""
        From: [[name:Rohan Deshpande]] <[[email:rohan.deshpande@kestlebury-hospitals.nhs.uk]]>
        To: {{Safeguarding Children Team}}
        Cc: [[name:Wendy]] ({{Matron}})
        Date: [[date:Sat 20 April 2024]] 04:12
        Subject: Incident overnight - bed 12, [[organisation:Nightingale Ward]]

        Hi,

        Reporting an incident from tonight. {{Dad}} ([[name:Craig Mulholland]]), staying with [[name:Alfie]]
        ([[age:18 months]], {{bronchiolitis}}, on {{high-flow}}), came back to the ward at 01:30 smelling strongly of
        alcohol and fell asleep on the parent bed with [[name:Alfie]] on his chest. The {{Optiflow}} tubing was
        pulled and {{sats}} were 86%. Baby put back in the cot, {{high-flow}} reconnected, sats recovered.
        {{Security}} attended and dad left voluntarily. {{Mum}} not contactable. Referral made to {{EDT}}, ref
        [[case_reference:EDT/24/01122]].

        Please can someone check in the morning whether there is a {{CP}} plan.

        [[name:Rohan]]
        {{Staff Nurse}} / {{Nurse in Charge}}
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT - PAEDIATRICS
        Patient name: [[name:Lucas Ferreira-Banda]]
        DOB: [[date_of_birth:08/02/2021]]     Age: [[age:3 yrs]]
        NHS No: [[nhs_number:703 398 2143]]
        Hosp No: [[case_reference:RK0093371]]
        Address: [[address:57 Thistle Drive, Ashcombe]] [[postcode:AC3 5DL]]
        GP: [[organisation:Riverside Medical Practice]]
        Date of incident: [[date:02/06/24]]
        Location: {{Children's Assessment Unit}}

        Description: Child attended with a {{spiral fracture}} of the {{femur}}, explanation "fell off sofa".
        Discharged in a {{hip spica}} at 19:40 by the {{F2}} before {{safeguarding}} review by a {{consultant}}.
        {{Skeletal survey}} not requested. Picked up next morning by {{named nurse}} [[name:Ewa Zielińska]] on the
        {{safeguarding}} list; family recalled and {{strategy discussion}} held with {{MASH}}.
        Reported by: [[name:Tendai M.]], {{ward sister}}
    """)),
    ("health", "near_miss", block("""
        Timeline - [[name:Maisie]] ([[age:11 wks]]), {{CAU}}, [[date:28/10]]
        18:10  arrived, {{triage}} {{PEWS}} 3, temp 38.4
        18:40  seen by {{SHO}} Dr [[name:Kaur]], plan bloods + {{urine}}
        19:30  {{PEWS}} 5, HR 190. {{HCA}} [[name:Kit]] told the {{NIC}}
        19:35  {{NIC}} ([[name:Marisol]]) bleeped {{reg}} - no answer (in {{resus}} with a {{DKA}})
        20:05  {{PEWS}} 6. [[name:Marisol]] rang {{consultant}} Dr [[name:Abernethy-Lowe]] at home
        20:20  {{sepsis six}} started; {{cefotaxime}} given 20:41, {{lactate}} 3.1
        21:30  to {{HDU}}. Full recovery.

        Near miss: 71 mins from {{PEWS}} trigger to antibiotics. Bleep not answered and no second escalation
        route. Fever in an infant under 3 months is a {{NICE}} red flag - should have gone straight to consultant.
    """)),
    ("health", "near_miss", block("""
        [Teams chat - Paeds capacity]
        [[name:Leanne Boateng]] ({{Bed Manager}}) 14:02
        can you take a [[age:5yo]] from {{ED}}? [[name:Arjun]], ?{{chickenpox}} contact, needs a bed now
        Sister [[name:Mei Ling Tan]] 14:05
        only space is bay 3 with two {{oncology}} kids on {{chemo}} - cant put a {{VZV}} contact there
        [[name:Leanne Boateng]] ({{Bed Manager}}) 14:06
        {{ED}} are breaching, is there no {{side room}}?
        Sister [[name:Mei Ling Tan]] 14:09
        room 4 has a ?{{TB}}. I'll move the {{HDU}} step-down to bay 1 and free room 2, give me 20 min. pls DONT
        let {{ED}} send him up before then
        [[name:Leanne Boateng]] ({{Bed Manager}}) 14:21
        sorry [[name:Mei Ling]], porter had already left with him
        Sister [[name:Mei Ling Tan]] 14:24
        ok kept him in the {{treatment room}} with {{mum}}, no contact with bay 3. {{datix}}ing it
    """)),
    ("health", "success", block("""
        Paediatric Learning Forum - minutes, [[date:12 September]]
        Attendees: Dr [[name:Siobhan Mulvey]] (chair, {{consultant}}), [[name:Faisal Al-Rashid]] ({{ST6}}),
        [[name:Joy Mensah]] ({{PDN}}), [[name:Hannah]] ({{play specialist}}), [[name:Dewi Prys]] ({{ANP}}),
        [[name:Patience]] ({{HCA}})
        Apologies: [[name:B. Oduya]], [[name:Conor]]

        Item 1 - {{in-situ simulation}}: [[name:Dewi]] ran a {{sim}} on {{anaphylaxis}} on the {{CAU}} on
        [[date:3 Sept]]. Two weeks later a real {{anaphylaxis}} ([[age:9 yr old]], {{peanut}}) was managed in
        under 5 minutes; {{adrenaline}} given IM at 3 min. Staff said the {{sim}} made the difference.
        Item 2 - [[name:Joy]] to roll out the monthly {{sim}} programme to nights.
        Item 3 - [[name:Patience]] suggested {{PEWS}} laminated cards on each bed; agreed.
        Next meeting [[date:10 October]].
    """)),
    ("health", "incident", block("""
        IV infusion incident - [[organisation:Beaumont Ward]] - [[date:07/07/24]]
        Patient: [[name:Yusra Abdi]], [[age:8 yrs]], 24kg, NHS [[nhs_number:448 207 3164]]

        Check                      | Prescribed      | Pump set       | By
        {{Maintenance fluid}}          | 64 ml/hr        | 640 ml/hr      | [[name:LC]]
        {{Second check}}               | required        | not done       | -
        {{Hourly check}} 23:00         | 64 ml/hr        | not noticed    | [[name:LC]]
        {{Hourly check}} 00:00         | 64 ml/hr        | 640 ml/hr      | [[name:Precious O.]]

        Approx 1.3 L given over 2 hrs. {{Sodium}} 131. Seen by {{reg}}, fluids stopped, {{U&Es}} repeated. No
        lasting harm. {{Alaris}} pump had no {{drug library}} profile for paeds fluids. Ref [[case_reference:W-90117]].
    """)),
    ("health", "near_miss", block("""
        SBAR handover - day to nights
        S: [[name:Tomás]] ([[age:14]]), bed 4, {{appendicectomy}} day 1. {{Co-amoxiclav}} due 22:00.
        B: {{mum}} told me at 18:00 he had a rash with {{amoxicillin}} [[age:aged 3]] - NOT on his {{wristband}} or
           {{EPMA}}, {{GP}} letter from [[organisation:Elmtree Surgery]] says "{{NKDA}}".
        A: this is a {{penicillin allergy}} until proven otherwise - the 14:00 dose was NOT given, I held it
        R: Dr [[name:Mbeki]] ({{FY1}}) changing to {{clarithromycin}} + {{metronidazole}}, red {{wristband}} on.
           Nights pls check the new script is signed before 22:00.
        Near miss logged [[case_reference:W-90384]] - handed over by [[name:Aoife]], to [[name:Gethin]]
    """)),
    ("health", "incident", block("""
        WhatsApp - "Paeds Nurses 💙" (personal phones)
        [[date:18/08/2024]], 15:32 - [[name:Kasia]]: [image] look at this burn on bed 9 😳
        [[date:18/08/2024]], 15:32 - [[name:Kasia]]: [[name:Kyle Brennan]] [[age:22 months]], {{dad}} says he pulled the kettle
        [[date:18/08/2024]], 15:35 - [[name:Ife]]: [[name:Kasia]] u cant post that here, its a {{safeguarding}} case
        [[date:18/08/2024]], 15:36 - [[name:Kasia]]: sorry sorry deleting. was trying to send it to Dr [[name:Reyes]] for the {{burns}} referral
        [[date:18/08/2024]], 15:40 - [[name:Big Mo]]: photos go on the {{medical photography}} app not ur phone hun
        [[date:18/08/2024]], 15:41 - [[name:Ife]]: and tell {{Sister}} + do a {{datix}}, {{IG}} will want it. the {{Caldicott}} stuff is on the {{intranet}}
        [[date:18/08/2024]], 15:58 - [[name:Kasia]]: done, [[case_reference:W-91002]]. {{safeguarding nurse}} [[name:Marguerite]] says {{body map}} on paper is fine for now
    """)),
    ("health", "success", prose("""
        Card left at the {{nurses' station}}, copied for the {{learning from excellence}} board: "To everyone on
        [[organisation:Beaumont Ward]], especially [[name:Hope]] and [[name:Rafi]] on nights. When our daughter
        [[name:Esmé]] came in on [[date:Boxing Day]] with {{DKA}} we were so scared. [[name:Hope]] explained the
        {{insulin}} drip and the {{ketones}} to us three times without ever making us feel stupid, and [[name:Rafi]]
        found [[name:Esmé]] a unicorn onesie from the {{play room}} at 3am. The {{diabetes nurses}} came on the
        {{bank holiday}} to teach us {{carb counting}}. She is [[age:10]] now and back at [[organisation:Ashcombe
        Juniors]] with her {{pump}}. Thank you for being so kind. Love from [[name:Dele]], [[name:Amara]] and [[name:Esmé]] xx"
    """)),
    ("health", "incident", prose("""
        At 06:15 on [[date:Wednesday 22 May]], [[name:Ibrahim Sesay]] ([[age:aged 13 months]]), an inpatient in
        {{cubicle}} 3 on [[organisation:Nightingale Ward]], was found on the floor beside his {{cot}} by the
        {{healthcare assistant}} doing {{observations}}. The {{cot side}} had been left down after a {{nappy
        change}} at 05:50; his {{mother}}, who was resident, was asleep on the {{parent bed}}. [[name:Ibrahim]] had a
        small {{haematoma}} on the forehead. He was reviewed by the {{paediatric registrar}}, Dr [[name:Nkechi
        Ugwu]], who applied the {{NICE}} {{head injury}} guidance; no {{CT}} was required and {{neuro obs}} were
        normal for 24 hours. {{Duty of candour}} was completed with {{mum}} by the {{ward manager}}, [[name:Sian
        Pritchard]]. Contributory factors: cot side catch stiff on that {{cot}} (reported to {{EBME}}), and a
        single nurse covering six {{cubicles}}. Ref [[case_reference:W-89550]].
    """)),
    ("health", "near_miss", block("""
        ng tube near miss - nights [[date:1/3]]
        [[name:poppy]] [[age:4 wk]] old, {{NGT}} replaced at 02:00 by me ([[name:gabi]]), aspirate pH 6.5 so DIDNT
        feed. {{SHO}} said "just give it, its fine, baby's hungry". i said no per {{NPSA}} / trust policy, asked
        for {{CXR}}. film showed tip in the right main {{bronchus}}!!! tube out, re-passed, pH 4, feed started 03:40
        if i had fed into the lung 😱 . escalated to {{reg}} [[name:hamid]] who backed me. {{SHO}} apologised
        after. pls remind juniors the {{pH}} rule isnt optional. hosp no [[case_reference:K4480017]]
    """)),
    ("health", "success", block("""
        From: [[name:Priyanka Venkataraman]] <[[email:p.venkataraman@kestlebury-hospitals.nhs.uk]]>
        To: {{CAU}} Team
        Subject: Well done - safeguarding disclosure [[date:Fri 15/11]]

        Dear all,

        I want to recognise [[name:Marcus Fenwick-Adjei]], {{play specialist}}, who during a play session noticed
        that a [[age:6 year old]] kept drawing a man with a belt. He did not ask leading questions, wrote down
        exactly what was said and told the {{nurse in charge}} straight away. The {{safeguarding}} referral went to
        the {{MASH}} the same afternoon and {{police}} visited the home at [[address:88 Quarry Lane]] that evening.
        This is textbook - {{Working Together}} and our {{Level 3}} training in action.

        With thanks,
        [[name:Priyanka]]
        {{Named Nurse}} for {{Safeguarding Children}}
        [[phone:01632 961 807]]
    """)),
    ("health", "near_miss", block("""
        EXPRESSED BREAST MILK - NEAR MISS FORM
        Baby (intended): Baby [[name:Nguyen]]       Hosp no: [[case_reference:K4502231]]
        Baby (milk label): Baby [[name:Nwosu]]      Hosp no: [[case_reference:K4502268]]
        DOB (both): [[date_of_birth:09/12/2024]]
        Date/time: [[date:11/12/2024]] 21:00
        Location: {{milk fridge}}, {{Special Care}} bay
        Staff: [[name:Ngozi]] ({{RN}}), checked by [[name:Thanh]] ({{student nurse}})

        What happened: Two bottles of {{EBM}} for babies with similar surnames were on the same fridge shelf.
        {{RN}} picked up the wrong bottle. The {{student nurse}} read the label aloud during the {{two-person check}}
        and noticed the name and number did not match. Milk not given.
        Action: separate named baskets for each baby; {{barcode scanning}} for {{EBM}} to be raised at
        the [[organisation:Kestlebury General]] {{infant feeding}} group.
    """)),
    ("health", "success", prose("""
        big shout out to dr [[name:sunny okoro]] ({{reg}}) on {{sat night}} - 3 admissions at once on the {{CAU}}
        incl a {{status epilepticus}} [[age:7yo]] and a {{croup}} that needed {{dex}} + {{adrenaline nebs}}. stayed
        calm, did a proper {{safety huddle}} at midnight, rang {{PICU}} at [[organisation:St Brigid's Children's
        Hospital]] early so {{retrieval}} was sorted before the {{seizure}} kid got worse. and she still came and
        said thanks to the {{HCAs}} at the end. [[name:sunny]] ur a star ⭐ - [[name:jules]] and [[name:pete]]
    """)),
    # ------------------------------------------------------------------ aviation (ATC tower / approach)
    ("aviation", "incident", block("""
        RT TRANSCRIPT (extract) - {{TWR}} 118.705 - [[date:14/08/2024]] - times {{UTC}}
        07:12:04 [[flight_number:SKH412]]  [[organisation:Kestlebury Tower]], [[flight_number:Skyhaven four one two]], {{holding point}} {{Alpha One}}, ready
        07:12:10 TWR     [[flight_number:Skyhaven four one two]], line up and wait {{runway 27}}
        07:12:15 [[flight_number:SKH412]]  line up and wait {{runway 27}}, [[flight_number:Skyhaven four one two]]
        07:12:48 {{OPS2}}    {{Tower}}, {{Ops Two}}, inspection complete, vacating at {{Charlie}}
        07:12:52 TWR     {{Ops Two}}, roger, report vacated
        07:13:20 TWR     [[flight_number:Skyhaven four one two]], {{runway 27}} cleared for take-off, wind 250 degrees 8 knots
        07:13:26 [[flight_number:SKH412]]  negative, vehicle still on the runway at {{Charlie}}, holding position

        Note: {{ATCO}} [[name:Ruairí Dempsey]] took the "vacating" call as "vacated". Vehicle
        [[vehicle_registration:KB21 RFX]] had stopped short of the {{stop bar}} with a flat tyre. {{Runway incursion}}
        category C. {{MOR}} filed, ref [[case_reference:KBY-OR-24-0311]]. {{ATSA}} [[name:Ngaire Whatuira]] did the
        {{CAA}} notification.
    """)),
    ("aviation", "near_miss", prose("""
        At 16:42 {{UTC}} on [[date:3 February]], [[flight_number:NWD2218]], an {{ATR 72}} operated by
        [[organisation:Northwind Air]], registration [[aircraft_registration:G-NWDE]], was instructed by
        {{Approach}} to descend to altitude 3000 feet, {{QNH}} 998. The crew read back "two thousand" and the
        {{readback}} error was not detected by the {{radar controller}}, [[name:Oksana Hryhorenko]], who was also
        coordinating an inbound {{PA-28}}. The {{Mode C}} showed the aircraft passing 2700 feet and
        [[name:Oksana]] instructed an immediate climb; {{MSAW}} activated at the same time. The lowest altitude
        was 2400 feet, 500 feet below the {{minimum sector altitude}}. No other traffic was involved. Crew
        reported they had misheard because of a stuck transmission. The unit's {{TRM}} lead, [[name:Godfrey
        Ansah]], has recommended a brief on {{hearback}} under high workload. {{Level bust}} report
        [[case_reference:KBY-LB-24-007]].
    """)),
    ("aviation", "success", prose("""
        Shout out to [[name:Dawn]] on the {{ATSA}} desk 👏. While printing {{strips}} on [[date:Sun 16th]] she noticed
        that [[flight_number:CLK77]] ([[organisation:Celtic Link]]) had filed as an {{ATR 42}} but the {{slot message}}
        said {{A321}}. She rang the {{handling agent}}, who confirmed a late aircraft swap to
        [[aircraft_registration:G-CLKR]]. That changed the {{wake turbulence}} category and the spacing behind it
        for the {{Cessna}} doing {{circuits}}. {{Tower}} adjusted in time. Nobody asked her to check, she just
        did. Thanks [[name:Dawn]]! - [[name:Ifeoma]], {{Watch Manager}}, [[organisation:Kestlebury ATC]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Hamish Drummond]] <[[email:hamish.drummond@kestlebury-airport.co.uk]]>
        To: {{Watch Managers}}
        Date: [[date:Mon 10 June 2024]] 09:15
        Subject: Handover omission - {{taxiway}} {{Bravo}} closure

        All,

        On [[date:Saturday 8 June]] the 13:00 {{handover}} from [[name:Luca]] to [[name:Amira Haddad]] in the
        {{VCR}} did not include the {{NOTAM}}'d closure of {{Bravo}} for resurfacing. The {{handover checklist}}
        was signed but the "works in progress" line was left blank. At 13:22 [[name:Amira]] cleared
        [[flight_number:SKH208]] ([[aircraft_registration:G-SKHB]]) to taxi via {{Bravo}}; the crew queried it
        because they had the {{ATIS}} information {{Kilo}}. No aircraft entered the works area.

        Actions: {{works}} box on the {{handover}} sheet to be mandatory; reminder that the {{ATIS}} and the
        {{NOTAM}} board must be read aloud at {{handover}}. {{MOR}} ref [[case_reference:KBY-OR-24-0402]].

        [[name:Hamish]]
        {{Senior ATCO}} / {{Unit Safety Manager}}
        [[phone:01632 962 330]]
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT FORM
        Ref:            [[case_reference:KBY-OR-24-0455]]
        Date:           [[date:22/06/2024]]   Time: 19:04 {{UTC}}
        Callsign:       [[flight_number:TQN19K]]
        Registration:   [[aircraft_registration:G-JZHX]]
        Type:           {{B737-800}}
        Position:       {{Approach}} ({{radar}})
        ATCO:           [[name:Y. Nakamura-Bell]]
        Reporter:       [[name:Y. Nakamura-Bell]]

        Narrative: [[flight_number:TQN19K]] was transferred to {{Tower}} on 118.750 instead of 118.705.
        The crew could not raise {{Tower}} and there was no reply on the {{guard}} frequency for 4 minutes.
        {{Tower}} ([[name:Keeley]]) rang {{Approach}} on the landline; the aircraft was called on 121.5 and
        came back on frequency at 4 {{DME}}. Landing clearance given at 2 miles. No {{loss of separation}}.
        Cause: transposed digits - it was the second frequency change of the night after the {{ILS}} went
        {{U/S}}. Not a {{fatigue}} issue per the {{Just Culture}} review.
    """)),
    ("aviation", "near_miss", block("""
        Chronology - {{go-around}} / departure conflict, [[date:Thurs 11 July]], {{runway 09}}
        1405:10  [[flight_number:SKH931]] ({{E195}}) cleared to land {{runway 09}}, 4 miles
        1405:40  {{GA}} [[aircraft_registration:G-BOWR]] ({{PA-28}}) given "after the landing {{Embraer}}, line up"
        1406:02  [[flight_number:SKH931]] calls going around - unstable, tailwind
        1406:05  {{ATCO}} [[name:Shreya]] stops [[aircraft_registration:G-BOWR]] lining up; it was already past the
                 {{holding point}} marking
        1406:20  [[flight_number:SKH931]] turned right onto 140, climb 3000; [[aircraft_registration:G-BOWR]] holds
        1406:45  {{ADI}} position ([[name:Theo P]]) co-ordinates with {{Approach}}
        1409:30  [[flight_number:SKH931]] lands from second approach

        Minimum distance about 0.6 nm / 300 ft. Near miss because the {{conditional clearance}} was given while
        the landing aircraft was still 4 miles out. Unit instruction is 2 miles. Ref
        [[case_reference:KBY-OR-24-0519]]
    """)),
    ("aviation", "near_miss", block("""
        #kby-vcr-ops (Slack)
        [[name:bryony.k]] 21:03  the {{EFPS}} strip for [[flight_number:NWD407]] shows {{FL}}90 but {{Approach}} released it at 70
        [[name:jide]] 21:04  which one is live?
        [[name:bryony.k]] 21:04  {{radar}} says 70. strip was never amended after the {{TCAS}} test traffic went
        [[name:jide]] 21:05  [[name:bryony.k]] good spot. I nearly gave it climb FL90 on handover to {{London Control}} lol
        [[name:jide]] 21:05  could have put it straight into the {{Swanwick}} stack
        [[name:mo.farouk]] 21:09  logged, [[case_reference:KBY-SR-24-118]]. [[name:Bryony]] can u add a line in the {{occurrence}} system pls
        [[name:bryony.k]] 21:10  done 👍 also told {{Watch Manager}} [[name:Kwabena]]
    """)),
    ("aviation", "success", block("""
        {{TRM}} debrief - {{airshow}} weekend, [[date:20-21 July]]
        Present: [[name:Kwabena Owusu-Ansah]] ({{WM}}), [[name:Robin Tregaskis]], [[name:Saoirse]], [[name:Ngaire]],
        [[name:Dawn]] ({{ATSA}}), [[name:Jack]] ({{OJTI}}) + trainee [[name:Pieter van der Berg]]
        Apologies: [[name:Hamish]], [[name:L. Ferrante]]

        Went well:
        - {{flow control}} with {{London Control}} agreed the day before - no holding over 10 min
        - [[name:Robin]] split {{Tower}} and {{GMC}} at 11:00 before it got busy
        - [[name:Dawn]] kept a separate display-slot board so the {{TWR}} didn't have to
        - display aircraft [[aircraft_registration:G-SPTF]] ({{Spitfire}}) {{emergency}} ({{rough running}})
          handled calmly by [[name:Saoirse]] - landed in 4 min
        Could improve:
        - trainee [[name:Pieter]] was left on {{GMC}} for 2h without a break
        Action: [[name:Jack]] to update the {{OJTI}} break plan.
    """)),
    ("aviation", "incident", block("""
        Infringements log - {{CTR}} / {{CTA}} - [[date:June 2024]]

        Date        | Reg     | Type            | Where                  | Ref
        [[date:02/06]]       | [[aircraft_registration:G-BRTK]]  | {{Cessna 152}}      | 3nm final {{runway 27}}     | [[case_reference:INF-24-031]]
        [[date:09/06]]       | [[aircraft_registration:G-OYAK]]  | {{Yak-52}}          | {{CTR}} NE corner          | [[case_reference:INF-24-032]]
        [[date:09/06]]       | [[aircraft_registration:G-CKNL]]  | {{paramotor}}?      | overhead {{VRP}}            | [[case_reference:INF-24-033]]
        [[date:23/06]]       | [[aircraft_registration:G-BRTK]]  | {{Cessna 152}}      | {{CTA}} base 1500ft      | [[case_reference:INF-24-034]]

        [[date:23/06]]: [[aircraft_registration:G-BRTK]] again - same flying school
        ([[organisation:Wessex Sky Academy]]). [[flight_number:SKH516]] on final had to be given avoiding action. {{Frequency monitoring code}}
        not used. {{CAA}} referral via {{Airspace Infringement}} team. Compiled by [[name:Lwazi Dube]].
    """)),
    ("aviation", "near_miss", block("""
        TOWER HANDOVER NOTES - night watch
        - {{ILS}} {{runway 27}} back in service 22:10, {{NOTAM}} cancelled. {{PAPIs}} on 09 still U/S
        - bird scaring van [[vehicle_registration:KB70 HWN]] ("{{Bird One}}") out till 23:00, will call before crossing
        - NEAR MISS 21:47: {{Bird One}} called "crossing {{runway 27}} at {{Delta}}" on {{ground}} frequency while I
          was on {{tower}} with [[flight_number:NWD411]] on 3 mile final. [[name:Marek]] on {{GMC}} heard it and
          said STOP. Driver ([[name:Gaz]]) stopped at the {{stop bar}}, [[flight_number:NWD411]] landed normally.
          Need {{ops}} to remind drivers they cross on {{TWR}} freq only.
        - [[name:Abena]] doing the report, ref [[case_reference:KBY-OR-24-0588]]
        - {{Met}}: fog possible after 04:00, {{LVPs}} may be needed
        Handed over by [[name:Tui]] to [[name:Eamonn]] 23:00
    """)),
    ("aviation", "incident", block("""
        notes for {{MOR}} - callsign confusion, [[date:sat 27/7]]
        two [[organisation:Skyhaven]] a/c on freq same time, [[flight_number:SKH412]] + [[flight_number:SKH421]]. i told
        [[flight_number:SKH412]] descend FL80 - [[flight_number:SKH421]] read it back + started descent (was at FL90
        above [[flight_number:NWD233]] at FL80!!). caught it on {{Mode S}} selected level, stopped him at 8600ft.
        {{STCA}} went off. min sep 2.1nm / 700ft. no {{TCAS RA}}
        shld have warned both crews "similar callsigns" earlier. [[organisation:Skyhaven]] {{ops}} told to change one of em
        ({{callsign similarity}} database).
        {{ATCO}} [[name:C.O.]] ({{APC}}) / ref [[case_reference:KBY-OR-24-0613]]
    """)),
    ("aviation", "success", prose("""
        Thank you note received by e-mail and passed on to the watch: "To the controllers at
        [[organisation:Kestlebury Approach]] on the evening of [[date:2 September]]. I was the {{pilot}} of
        [[aircraft_registration:G-BZMF]], a {{Piper Warrior}}, when I became unsure of my position in cloud south of
        the field. The {{controller}}, who I think was called [[name:Faith]], gave me a {{squawk}}, calmly talked me
        through a {{QDM}} and a descent below cloud, and then let me join {{downwind}} for {{runway 09}} ahead of an
        {{Embraer}}. I was close to panicking and she made it feel routine. I have since booked more
        {{instrument}} training with my {{instructor}} at [[organisation:Fenland Aero Club]]. Thank you, [[name:Faith]].
        Regards, [[name:Viktor Szabó]]." Passed on by [[name:Lwazi Dube]], {{Unit Safety Manager}}.
    """)),
    ("aviation", "near_miss", block("""
        RT extract - {{GMC}} 121.955 - [[date:5 Oct]] 10:31 {{UTC}}
        {{GMC}}:      [[flight_number:Northwind two two five]], behind the landing {{Dash Eight}}, line up and wait {{runway 27}}, behind
        [[flight_number:NWD225]]:   line up and wait {{runway 27}}, [[flight_number:Northwind two two five]]
        {{GMC}}:      [[flight_number:Northwind two two five]], negative, I say again, BEHIND the landing {{Dash Eight}}
        [[flight_number:NWD225]]:   sorry, behind the {{Dash Eight}}, line up behind, [[flight_number:Northwind two two five]]

        Comment: crew omitted "behind" from the {{readback}} and had started to roll towards the {{runway}}
        when [[name:Hadiza]] challenged. {{Conditional clearance}} given on {{GMC}} rather than {{Tower}} -
        against {{MATS Part 2}}. Landing aircraft was [[aircraft_registration:G-NWDQ]] ([[flight_number:NWD108]]) at
        1.5nm. Reported by [[name:Hadiza Bello]], ref [[case_reference:KBY-OR-24-0702]].
    """)),
    ("aviation", "incident", prose("""
        On the night of [[date:17-18 November]] the {{Approach}} position at [[organisation:Kestlebury ATC]] was
        staffed by a single {{ATCO}}, [[name:Benedict Ashdown-Fry]], from 22:00 until 02:40 because the second
        controller, [[name:Mercy Appiah]], had gone home sick and the {{on-call}} controller did not answer.
        During that period he combined {{Approach}} and {{Tower}}, which the {{MATS Part 2}} allows only for
        traffic below a set level. At 01:55 [[flight_number:SKH1702]], a {{diverting}} {{A320}} from the
        [[organisation:Skyhaven Airways]] fleet, and a {{police helicopter}} ([[flight_number:UKP45]]) arrived at the
        same time. He exceeded the {{SRATCOH}} time-in-position limit by 70 minutes and reported a {{fatigue}}
        error: he cleared [[flight_number:SKH1702]] to land before the helicopter had vacated the {{runway}} and
        corrected it within ten seconds. The {{Watch Manager}}, [[name:Ifeoma]], has raised the {{on-call}}
        arrangements with the {{ANSP}}. Ref [[case_reference:KBY-OR-24-0811]].
    """)),
    ("aviation", "success", block("""
        From: [[name:Tamsin Rowe]] <[[email:t.rowe@skyhavenairways.com]]>
        To: [[email:atc.watch@kestlebury-airport.co.uk]]
        Date: [[date:Wed 4 Dec 2024]]
        Subject: Thank you - {{PAN}} [[flight_number:SKH564]] yesterday

        Hello,

        On behalf of the crew of [[flight_number:SKH564]] ([[aircraft_registration:G-SKHF]]), thank you for the
        handling of our {{PAN}} for a passenger with suspected {{stroke}}. {{Approach}} gave us a direct route and
        {{Tower}} had the {{paramedics}} at the stand when we arrived - 19 minutes from the {{PAN}} call to the
        aircraft door opening. The passenger, [[age:67]], is recovering in [[organisation:Kestlebury General]].
        Our {{first officer}} [[name:Jun-ho Baek]] asked me to say particularly well done to the controller on
        {{Approach}}, [[name:Robin]], for the very clear RT.

        Kind regards,
        [[name:Tamsin Rowe]]
        {{Captain}}, {{Base Captain}} [[organisation:Skyhaven Airways]]
    """)),
    ("aviation", "near_miss", block("""
        quick notes b4 i forget - {{TCAS RA}} 15:20ish [[date:29/8]]
        [[flight_number:NWD519]] departing 27, climbing 3000 on the {{SID}}. unknown {{7000}} squawk, {{Mode C}} 2800, 3nm
        west of the field, prob a {{microlight}}. gave traffic info twice. crew got an {{RA}} climb, went to 3600.
        no {{STCA}} bc {{primary}} contact only at first then {{SSR}} popped up.
        [[name:tiggy]] on {{ADI}} rang {{LARS}} - not on their freq. a/c later id'd as
        [[aircraft_registration:G-MZOB]], landed at a farm strip
        crew will file own {{ASR}}. my ref [[case_reference:KBY-OR-24-0733]]
        - [[name:jr]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind265", REPORTS))
