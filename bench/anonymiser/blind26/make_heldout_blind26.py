"""Blind held-out corpus 26: North West England (Liverpool, Manchester, Salford, Blackpool, Preston, Bolton, Wigan).

Health-heavy (mental health inpatient wards, learning disability services, ambulance, A&E, community pharmacy,
care homes), with social care and aviation (Manchester and Liverpool airports, ground handling, cabin crew).
Voices: nursing progress notes, incident forms with labelled fields, pasted WhatsApp/Teams messages with
timestamps and first names, handover sheets, safeguarding referrals, e-mails with signatures, and carers' and
patients' own words with Scouse/Mancunian slang and nicknames.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block as D  # noqa: E402
from markup import build_records, write_records  # noqa: E402
from markup import flow as P  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind26.jsonl"


REPORTS = [
    # ---------------------------------------------------------------- health
    ("health", "incident", P("""
        Progress note – [[organisation:Larch Ward]], [[organisation:Mersey View Unit]]. [[date:12/02/2024]] 21:40.
        Pt [[name:Connor Doyle]] (MHA {{Section 3}}, RiO [[case_reference:RIO-4418207]]) became increasingly
        agitated after a phone call from his nan. Threw a chair at the lounge window, no injury to staff or pts.
        De-escalation attempted by [[name:Ade]] (RMN) and HCA [[name:Bex]]. PRN {{lorazepam}} 1mg offered and
        declined. Taken to the {{seclusion room}} at 22:05 following discussion with on-call doctor
        Dr [[name:Nwosu]]. 15 min seclusion reviews completed, terminated 23:50. [[name:Connor]] said "im not
        being funny but yous lot wind me up on purpose". Nan ([[name:Maureen Doyle]], [[phone:0151 496 2270]])
        informed next morning by [[name:Ade]]. Datix [[case_reference:W-118392]] submitted. Learning: evening
        phone calls to be planned with pt and written into care plan, staff to check in after.
    """)),
    ("health", "success", P("""
        Good practice – [[organisation:Bolton Community Learning Disability Team]]. Referral from GP at
        [[organisation:Deane Road Surgery]] re [[name:Jamal Hussain]], [[age:24]], autism and moderate LD,
        refusing bloods for 6 months. Acute liaison nurse [[name:Siobhan]] and our {{SALT}}
        [[name:Priya Chaudhary]] made an easy read social story with photos of the phlebotomy room at
        [[organisation:Royal Bolton Hospital]]. Two desensitisation visits arranged with mum
        ([[name:Nasreen]]) on [[date:4th March]] and [[date:11th March]]. Bloods taken on the 3rd visit with
        {{EMLA cream}} and his ipad. HbA1c came back high, now on {{metformin}} and diabetes nurse aware.
        Reasonable adjustments flag added to hospital record [[case_reference:RBH 7729104]]. Mum said "he walked
        out like he owned the place, made up for him". [[name:Jamal]] now has a hospital passport. Shared at the
        LD champions meeting.
    """)),
    ("health", "near_miss", P("""
        NEAR MISS – ambulance. CAD ref [[case_reference:240917-0633]]. {{Cat 2}} chest pain, [[age:82]]yo male.
        Me ([[name:Shona]], paramedic) and [[name:Gaz Whitfield]] (EMT) on [[vehicle_registration:YX19 KHD]]
        were sent by the sat nav to [[address:14 Moss Lane, Whiston]] but pt was at
        [[address:14 Moss Lane, Rainhill]] ([[postcode:L35 6NS]]), about 2 miles away. Caller was his daughter
        [[name:Tracey]], she rang back after 11 mins asking where we were. EOC re-tasked us, arrived 9 mins
        later. Pt Mr [[name:Leonard Pye]] had an inferior {{STEMI}} on the {{12-lead}}, pre-alerted and taken
        for PPCI at [[organisation:Liverpool Heart and Chest Hospital]], doing ok. [[name:Gaz]] noticed the CAD
        postcode didnt match the street. Learning: read back the full postcode at call taking and flag duplicate
        street names across neighbouring towns.
    """)),
    ("health", "incident", D("""
        Teams chat – ED Majors nurses, [[date:Sat 9th Nov]]
        [02:14] [[name:Lauren Kearney]]: anyone seen the lad from cubicle 7? head lac
        [02:15] [[name:Tunde Bakare]]: [[name:Kyle]]? did his obs at 01:50
        [02:16] [[name:Lauren Kearney]]: gone. {{cannula}} still in 🙄
        [02:17] [[name:Tunde Bakare]]: security checking the smoking shelter n car park
        [02:31] [[name:Rach B]]: rang police, log [[case_reference:MP-2411-0221]]. {{GCS}} 14 at triage and had a drink
        [02:58] [[name:Tunde Bakare]]: PC [[name:Hanlon]] found him at a bus stop on Prescot Rd, bringing him back

        Datix [[case_reference:DX-77130]]: [[name:Kyle Morgan]], [[age:19]], MRN [[case_reference:W0982213]],
        absconded from [[organisation:Whiston Hospital]] ED with head injury and cannula in situ. Not risk
        assessed as high despite alcohol. Returned 03:10, {{CT head}} NAD. Action: use absconsion risk tool at
        triage.
    """)),
    ("health", "success", P("""
        Good catch, [[organisation:Picton Road Pharmacy]] Wavertree. Rx came in on EPS for Mrs
        [[name:Edna Clayton]] (DOB [[date_of_birth:02/07/1941]], NHS no [[nhs_number:336 980 2708]]) for
        {{methotrexate}} 2.5mg, 4 tabs DAILY. Locum [[name:Farah Iqbal]] queried it as pt has always had it
        weekly. Rang [[organisation:Lister Drive Medical Centre]] on [[phone:0151 295 3360]] and spoke to
        Dr [[name:Raza]] who confirmed a new template error on the clinical system, reissued as 10mg once weekly
        {{every Friday}}. Our dispenser [[name:kels]] also checked [[name:Edna]] hadnt got any tabs left from the
        last box. Reported on LFPSE and surgery searched other pts on the same template – found 2 more.
        [[name:Farah]] says: always look at the history not just the script in front of you.
    """)),
    ("health", "incident", D("""
        HANDOVER SHEET – [[organisation:Brookfield Court Nursing Home]], ground floor, nights > days, [[date:23/01/24]]
        Nurse in charge: [[name:Marites Santos]] RGN

        Rm 4 – [[name:Doris Ainsworth]] ([[age:91]]). Unwitnessed fall 03:20, found by bed by [[name:Joy]]
        (carer). On {{apixaban}} so rang 111, advised ED. NWAS wait 5hrs, taken 08:10. Daughter [[name:Janet]]
        informed on [[phone:07723 418096]]. {{Sensor mat}} was unplugged – plug pulled for the hoover on days.
        Rm 9 – [[name:Frank Lowe]] ("[[name:Frankie]]"). Settled. Catheter bag changed.
        Rm 12 – Mrs [[name:Begum]] – poor oral intake, fluid chart started, {{SALT}} referral pending.

        Actions: incident form [[case_reference:BCN-0412]], post-falls huddle 2pm, check sensor mats every shift.
    """)),
    ("health", "near_miss", P("""
        Near miss on [[organisation:Cedar Ward]], [[organisation:Park House]], [[organisation:North Manchester
        General]], [[date:Tues 5th]]. Two pts with the same surname, [[name:Daniel Okoro]] and
        [[name:Samuel Okoro]] (not related). [[name:Daniel]] has {{Section 17}} leave 1hr escorted,
        [[name:Samuel]] is {{Section 2}} with no leave granted. HCA [[name:Ryan]] went to escort [[name:Samuel]]
        off the unit after the surname was shouted from the office. Nurse [[name:Gemma-Louise Platt]] checked
        the leave form and photo at the {{airlock}} and stopped it. [[name:Samuel]] was not happy, said "swear
        down they said my name". Learning: leave checked against RiO ID ([[case_reference:RiO 3391026]] v
        [[case_reference:RiO 3391840]]) and photo every time, full names used, name alert on the board.
        Discussed at safety huddle by unit manager [[name:Tariq]]. No harm.
    """)),
    ("health", "success", P("""
        Success story – [[organisation:Hollins Park]] {{assessment and treatment unit}}. [[name:Aaron]]
        ([[age:27]], LD and autism, known to everyone as "[[name:Az]]") had 14 restraints over the summer, mostly
        around meal times. {{Positive behaviour support}} plan rewritten by psychologist Dr [[name:Okafor]] with
        his dad [[name:Steve]] and key nurse [[name:Hope Adeyemi]]. Changes: eats in the quiet lounge, picture
        menu, dad phones at 5pm every day, no queueing at the hatch. MDT on [[date:12/10/2023]] noted 1 restraint
        in the last month and PRN use stopped in line with {{STOMP}}. [[name:Steve]] said "he's a different lad,
        proper chuffed with him". We hope to start discharge planning next quarter. Ulysses ref
        [[case_reference:ULY-20331]].
    """)),
    ("health", "incident", D("""
        WhatsApp export pasted into incident form:
        [[date:14/12/2023]], 19:02 - [[name:Macca]]: still outside [[organisation:Royal Preston]] ED, 4th hour now
        [[date:14/12/2023]], 19:05 - [[name:Jodie]]: hows ur pt
        [[date:14/12/2023]], 19:09 - [[name:Macca]]: not great, sats dropping 88% on 15L, told the nurse twice
        [[date:14/12/2023]], 19:20 - Big [[name:Dave]]: escalate to the {{HALO}} and clinical hub, get it on the log
        [[date:14/12/2023]], 19:41 - [[name:Macca]]: in resus now. shes poorly lads

        Summary: crew [[name:Paul McAllister]] ("[[name:Macca]]") and [[name:Jodie Wren]] held
        Mrs [[name:Ivy Trafford]], [[age:77]], {{COPD}} exacerbation, on the vehicle for 3hr50 on
        [[date:14/12/2023]]. Deteriorated, needed {{NIV}} in resus. [[name:Dave]] (duty manager) escalated.
        Ref [[case_reference:NWAS-IR-556102]].
    """)),
    ("health", "near_miss", P("""
        Near miss – ED [[organisation:Salford Royal]], [[date:03/03/24]]. [[name:Mohammed Ali Rahman]] (DOB
        [[date_of_birth:19/11/1958]], hosp no [[case_reference:SRF 0093417]]) presented with cellulitis left
        leg. {{FY2}} [[name:Ellie Holt]] prescribed IV {{flucloxacillin}} on EPMA. Allergy box said NKDA
        because the penicillin allergy was only on an old paper card from a previous attendance. Staff nurse
        [[name:Grace Mwangi]] checked the wristband before giving – red band – and pt's son [[name:Imran]] said
        "he went proper blotchy with penicillin back home". Dose held, changed to {{clarithromycin}}.
        [[name:Ellie]] completed Datix [[case_reference:SRF-DX-240303-17]]. Learning: reconcile allergies at
        clerking from all sources, not just EPMA. Thanks to [[name:Grace]] for the extra check.
    """)),
    ("health", "success", P("""
        Community pharmacy – [[organisation:Chorley New Road Pharmacy]]. Mr [[name:Albert Greenhalgh]],
        [[age:88]], lives alone at [[address:7 Tonge Moor Road, Bolton]] [[postcode:BL2 2DJ]]. He had been
        coming in twice a week asking for his {{co-codamol}} early and had lost weight. Pharmacist [[name:Wasim]]
        noticed a new "friend", a lad called [[name:Jordan]], waited outside and took the bag each time.
        [[name:Wasim]] spoke to [[name:Albert]] in the {{consultation room}} on his own. [[name:Albert]] said
        "he's alright, he does me shopping, I give him me card". With consent [[name:Wasim]] phoned adult social
        care on [[phone:01204 337000]] and a {{Section 42}} enquiry was opened, ref
        [[case_reference:ASC-118276]]. GP at [[organisation:Waters Meeting Health Centre]] also told. Follow
        up: [[name:Jordan]] no longer has the bank card, carers now in place.
    """)),
    ("health", "incident", D("""
        From: [[name:Claire Houghton]] <[[email:claire.houghton@elmsidecare.co.uk]]>
        To: Safeguarding Adults Team
        Sent: [[date:6 June 2024]] 11:47
        Subject: Incident – CD discrepancy, [[organisation:Elmside Lodge]]

        Hi,
        At the 10pm check last night [[name:Dawn]] (senior carer) and agency nurse [[name:Kofi]] found 4 x
        {{oxycodone}} 5mg short for [[name:Rose Ormerod]], Rm 17. {{CD register}} last correct at 2pm. Police
        informed, ref [[case_reference:GMP 06061124/24]]. All staff on shift interviewed, counting error not
        ruled out. [[name:Rose]] had her PRN on time and was not in pain. {{CQC}} notification sent.

        Kind regards,
        [[name:Claire]]
        Registered Manager | [[phone:01942 811420]]
    """)),
    ("health", "success", P("""
        Good practice – the {{Section 136 suite}} at [[organisation:Laureate House]],
        [[organisation:Wythenshawe Hospital]]. On [[date:Friday 19th January]] PC [[name:Nadia Shah]] and
        PC [[name:Liam Corrigan]] rang the {{street triage}} line before using their powers for a [[age:17]]
        year old girl, [[name:Kiera]], found on a motorway bridge. Street triage nurse [[name:Ollie]] spoke to
        [[name:Kiera]] on the phone and she agreed to come voluntarily to the {{CAMHS}} crisis team at
        [[organisation:Royal Manchester Children's Hospital]]. No detention needed. Mum [[name:Leanne]] met
        them there. [[name:Kiera]] said after "they never treated me like a criminal, they were sound". Crisis
        plan shared with [[organisation:Manchester CAMHS]] on PARIS ([[case_reference:PARIS 4410923]]).
        Learning: phone-first culture works.
    """)),
    ("health", "near_miss", P("""
        Near miss – [[organisation:Wigan Learning Disability Service]] supported living.
        [[name:Lily-Mae Fairhurst]] ([[age:32]], NHS [[nhs_number:223 976 5399]]) has {{dysphagia}}
        and is on {{IDDSI}} level 5 minced and moist
        per her {{SALT}} plan dated [[date:02/02/2024]]. On [[date:Sunday 18th]] new agency support worker
        [[name:Precious]] made her toast with butter for breakfast. [[name:Lily-Mae]] started coughing and the
        senior on shift, [[name:Ste]], took it off her before she swallowed. No choking, chest clear, GP at
        [[organisation:Marsh Green Surgery]] informed. [[name:Precious]] hadnt been shown the eating and
        drinking plan, it was in the office not the kitchen. [[name:Ste]] said "she was dead upset, not her
        fault". Actions: placemat with texture level on the table, agency induction checklist updated. Ref
        [[case_reference:WLD-NM-0219]].
    """)),
    ("health", "incident", D("""
        INCIDENT FORM
        Type: Violence and aggression against staff
        Date/time: [[date:31/10/2023]] 23:15
        Location: outside [[address:Flat 6, Coronation Court, Kirkby]] [[postcode:L32 8UB]]
        Staff: [[name:Becca Lunt]] (paramedic), [[name:Jon Parr]] (student paramedic, staff no
        [[case_reference:402217]])
        Description: [[age:23]]yo male, intoxicated, head injury. His brother ('{{our kid}}' he kept calling
        him, real name [[name:Deano]]) became aggressive and punched [[name:Jon]] in the face while we assessed
        pt on the stairs. Withdrew to vehicle [[vehicle_registration:PO21 WXN]] and pressed the
        {{emergency button}}. Police attended, brother arrested, ref [[case_reference:MP/23/118742]].
        [[name:Jon]] checked at Aintree ED, bruising only.
        Learning: {{body worn camera}} was not switched on. Crews reminded to activate on arrival.
    """)),
    ("health", "success", P("""
        Shout out!! Massive thanks to triage nurse [[name:Aisling]] at [[organisation:Alder Hey]] ED on
        [[date:Weds 7th Feb]]. [[name:Mason]] ([[age:2]]) came in with his nan, just "not himself", temp 38.9,
        mottled legs. [[name:Aisling]] used the {{sepsis}} screening tool and escalated to the reg, Dr
        [[name:Adeyinka]], straight away – bloods and {{IV antibiotics}} within 40 mins. Lactate 4.1.
        [[name:Mason]] went to {{PICU}} for 2 nights and was home after 6 days. His nan ([[name:Carol]]) wrote to
        PALS: "If that girl hadnt listened to me I dread to think. She's a credit to yous." Shared at ED
        governance, PALS ref [[case_reference:AH-PALS-24-0331]].
    """)),
    ("health", "near_miss", P("""
        Near miss log, [[organisation:Lytham Road Pharmacy]], Blackpool, [[date:13/05/2024]]. Two bags on the
        shelf labelled "[[name:J Whittaker]]" – [[name:John Whittaker]] of [[address:42 Waterloo Road]]
        [[postcode:FY4 3AE]] and [[name:Joan Whittaker]] of [[address:Flat 2, 9 Bond Street]], no relation.
        Delivery driver [[name:Si]] picked up [[name:Joan]]'s bag which had {{insulin}} pens in it and was about
        to load it for [[name:John]]'s round. Counter assistant [[name:Amber]] asked for the address on the
        delivery sheet as part of the {{two identifier}} check and spotted the mismatch. [[name:John]] (DOB
        [[date_of_birth:14/08/1950]]) is on {{warfarin}} only. Learning: never hand over on surname alone, shelf
        alert added for same-name pts.
    """)),
    ("health", "success", P("""
        Compliment and learning – [[organisation:Ashgrove House]], Preston. Mr [[name:Harold Singleton]],
        [[age:94]], died peacefully on [[date:2nd April]] in his own room as he wanted. His {{ReSPECT form}} and
        advance care plan were done with GP Dr [[name:Mensah]] and his daughters [[name:Summer]] and
        [[name:Faith]] in the winter, so when he deteriorated the night nurse [[name:Beata Kowalczyk]] did not
        send him in. {{Just in case medicines}} were already in the home. District nurse [[name:Linzi]] came out
        at 1am to set up the {{syringe driver}}. [[name:Summer]] wrote: "Me dad had his music on and his hand
        held, thats all we wanted". Reg manager [[name:Trish]] shared at the home's end of life forum.
    """)),
    ("health", "incident", P("""
        PROGRESS NOTE [[date:27/08/24]] 03:40 – [[organisation:Keats Ward]], [[organisation:The Harbour]].
        Writer on nights with [[name:Sky]] (HCA). During {{intermittent obs}} [[name:Chantelle Barker]] found in
        en-suite with a ligature made from a torn pillowcase around her neck, not tied to a fixed point.
        [[name:Sky]] pulled the alarm, ligature removed with the {{ligature cutter}} by writer.
        [[name:Chantelle]] conscious, GCS 15, red mark to neck. Duty doctor Dr [[name:Iqbal]] reviewed, obs
        increased to {{level 3}} within eyesight. [[name:Chantelle]] said "I just wanted it all to stop, im
        sorry for giving yous grief". Mum ([[name:Tina]]) informed 09:00. Room search completed. Incident
        [[case_reference:IR-2024-08-3311]]. [[name:A. Nowak]] RMN
    """)),
    ("health", "near_miss", P("""
        Near miss – drug error. Cardiac arrest at pt's home ([[address:27 Gorse Hill Avenue, Stretford]],
        [[postcode:M32 0RT]]) on [[date:2/1/24]]. [[name:Hassan]] (para) drew up {{adrenaline}} 1mg in 1ml
        (1:1000) instead of 1mg in 10ml from the {{drugs pouch}} – the anaphylaxis ampoules had been restocked
        in the wrong section. Second para [[name:Wilson]] did the challenge-response check before IV and spotted
        it. Correct drug given. Pt, [[age:63]]yo male, {{ROSC}} achieved and conveyed to
        [[organisation:Manchester Royal Infirmary]]. Vehicle [[vehicle_registration:MX70 FKE]] pouch audited and
        all pouches at [[organisation:Salford Ambulance Station]] checked. Datix [[case_reference:W241077]].
        Learning: separate colour-coded pockets, restock checked by two.
    """)),
    ("health", "success", P("""
        Patient story for the Trust board, written by [[name:Wayne]] ([[age:45]]) in his own words: "Two year ago
        I was in a right state, drinking every day, lost me flat on [[address:Langworthy Road]]. My
        {{care coordinator}} [[name:Babs]] from [[organisation:Salford North CMHT]] never gave up on us. She came
        round me mam's {{every Thursday}} even when I told her where to go. She got me on the {{clozapine}}
        clinic and sorted me PIP with [[name:Kenny]] from welfare rights. Our kid [[name:Lee]] drives me to me
        bloods. I'm 18 month sober now and volunteering at [[organisation:Start in Salford]]. [[name:Babs]] is
        mint, honest to God." Consent for sharing obtained [[date:10/04/2024]], RiO
        [[case_reference:RIO-5520184]].
    """)),
    ("health", "incident", D("""
        INCIDENT FORM
        Service: [[organisation:Alderley House]] supported living (LD), Wigan
        Date: [[date:Sat 16 March 2024]]
        Person: [[name:Thomas Leigh]] ("[[name:Tommy]]")   DOB: [[date_of_birth:21.09.1996]]
        NHS: [[nhs_number:982 636 3030]]
        What happened: [[name:Tommy]] left the house at 14:10 while staff ([[name:Nat]] and [[name:Kieron]])
        were supporting another tenant. He has {{Down's syndrome}} and no road sense. Police called 14:40, log
        [[case_reference:GMP-1603-0914]]. Found 16:05 at the bus station watching the buses, unharmed.
        Why: back door keypad broke on [[date:14/03]], repair not chased.
        Actions: environmental risks escalated same day; {{Herbert Protocol}} form now done with photo; {{MCA}}
        best interests meeting re door sensor.
    """)),
    ("health", "near_miss", P("""
        Near miss – ED [[organisation:Royal Albert Edward Infirmary]]. Triage ECG for [[name:Patricia Heyes]]
        (bay 3) was printed and clipped to the notes of [[name:Pat Hayes]] (bay 8), similar names, both older
        ladies. The ECG showed {{ST elevation}}. ED reg [[name:Mo Chukwu]] reviewing [[name:Patricia]] found no
        ECG in her notes and asked {{HCA}} [[name:Will]] to repeat it – STE confirmed and {{cath lab}}
        activated. [[name:Will]] then found the original in [[name:Pat Hayes]]'s notes. Delay approx 35 mins,
        no lasting harm. Learning: ECGs must be labelled with name, DOB and MRN
        ([[case_reference:RAE 2210554]]) before leaving the machine. Patient safety ref
        [[case_reference:WWL-PS-7731]].
    """)),
    ("health", "success", P("""
        Naloxone success – [[organisation:Breck Road Pharmacy]], Everton, [[date:Thurs 22nd Feb]]. Counter
        assistant [[name:Gina]] noticed a regular on supervised {{methadone}}, [[name:Danny Rourke]], looked
        grey and was slurring. Pharmacist [[name:Oluwaseun Adebayo]] ("[[name:Seun]]") had trained the whole
        team on {{naloxone}} the month before. [[name:Danny]] collapsed in the doorway, RR 4, pinpoint pupils.
        [[name:Seun]] gave {{Prenoxad}} IM, 999 called, [[name:Danny]] came round before the crew arrived. He
        told [[name:Gina]] "yous saved me life girl". Follow up arranged with his keyworker [[name:Marcus]] at
        [[organisation:Kensington Recovery Hub]]. Kit replaced, shared with LPC as good practice.
    """)),
    ("health", "incident", D("""
        From: [[name:Ngozi Eze]] (Tissue Viability)
        Sent: [[date:Monday, 8 July 2024]] 09:12
        To: [[name:Debbie]]; [[name:Shaz Khan]]
        Subject: RE: [[name:EB]] – category 3 sacral

        Morning [[name:Debbie]],
        Visited [[name:Elsie Bradshaw]] at [[organisation:Thornleigh Care Home]] on Friday. Category 3
        {{pressure ulcer}} to sacrum, 4x3cm, slough. Turn charts say 4-hrly but [[name:Elsie]] told me "they
        leave me on me back all night love". {{Airflow mattress}} was set for 50kg, she is 82kg. Raised as a
        safeguarding concern, ref [[case_reference:SG-LCC-24-08812]]. Please can the home redo the
        {{Waterlow}} and send me photos weekly.

        Thanks
        [[name:Ngozi]]
        TVN | [[phone:01772 522419]] | [[email:ngozi.eze@lancashirecare.nhs.uk]]
    """)),
    # ---------------------------------------------------------------- social care
    ("social_care", "incident", D("""
        MULTI-AGENCY REFERRAL FORM – [[organisation:Liverpool Careline]]
        Referrer: [[name:Joanne Pritchard]], DSL, [[organisation:St Cuthbert's Catholic Primary]]
        Contact: [[phone:0151 525 7781]] / [[email:j.pritchard@stcuthberts.liverpool.sch.uk]]
        Child: [[name:Kayden Rimmer]]   DOB: [[date_of_birth:03/05/2017]]   Yr 2
        Address: [[address:31 Stanley Park Avenue South]], [[postcode:L4 7XG]]
        Parent/carer: [[name:Shannon Rimmer]] (mum), [[name:Dean Kelly]] (mum's partner)
        Concerns: [[name:Kayden]] came in on [[date:Mon 15 Jan]] with a bruise on his left cheek and said
        "[[name:Dean]] done it cos I wouldnt go bed". Hungry at {{breakfast club}}, 62% attendance this term.
        Class teacher Miss [[name:Ward]] noticed it at 8.50. Mum not answering phone. Sister [[name:Skye]]
        ([[age:3]]) attends [[organisation:Little Acorns Nursery]].
        Consent: not sought – risk to child.
        Outcome requested: strategy discussion / {{Section 47}}. Previously known to {{Early Help}}.
    """)),
    ("social_care", "success", P("""
        Good news from the [[organisation:Salford Leaving Care Team]]. {{Personal adviser}} [[name:Marcia]] has
        worked with [[name:Deshawn]] ([[age:19]]) since he left [[organisation:Hollybank]] children's home. Last
        winter he was sofa surfing. [[name:Marcia]] got him a {{Staying Close}} flat at
        [[address:Flat 12, Cobden House, Pendleton]], helped with his UC claim and sorted his NI number
        ([[ni_number:NP 48 21 77 B]]) which he'd never had a card for. She also got his {{Setting Up Home
        Allowance}} released. He started an apprenticeship at [[organisation:Salford City College]] on
        [[date:9th September]]. [[name:Deshawn]] said "[[name:Marcia]]'s been more of a mum to me than anyone,
        she don't give up". Pathway plan review [[date:15/01/2025]].
    """)),
    ("social_care", "near_miss", D("""
        Teams – [[organisation:CarePlus Homecare]] coordinators
        [[name:Kirsty O'Neill]] 07:52
        anyone covering Mrs [[name:Ogden]]'s 7am? app says unallocated
        [[name:Dan]] 07:55
        shes a double up isnt she
        [[name:Kirsty O'Neill]] 07:56
        yes {{hoist}}. [[name:Sue]] and [[name:Precious]] were on it but [[name:Sue]]'s off sick and it dropped off
        [[name:Dan]] 07:58
        me and [[name:mark]] can go after our 8 o clock

        Outcome: [[name:Vera Ogden]] ([[age:86]], [[address:3 Holly Grove, Farnworth]]) seen 08:40 by
        [[name:Dan]] and [[name:Mark Hulme]], 1hr 40 late. In bed wet, skin intact, {{insulin}} given late, BM 9.
        [[name:Mark]] rang her daughter. Learning: rota system must alert when a {{double up}} call loses a
        carer; coordinators check unallocated list at 6am.
    """)),
    ("social_care", "incident", P("""
        Safeguarding adults concern raised by [[name:Gail]] from [[organisation:Age UK Wigan Borough]] on
        [[date:5/9/23]]. [[name:Bill Shovelton]], [[age:79]], widower, lives at
        [[address:18 Kenyon Road, Standish]] (NI [[ni_number:SH 62 90 13 A]]). A man [[name:Bill]] calls
        Big [[name:Sean]] has been taking him to
        the cashpoint every pension day and [[name:Bill]] has about £12 left by Wednesday. Neighbour
        Mrs [[name:Tyldesley]] also worried. [[name:Bill]] said "he's me mate, he's good to us, he fixed me
        gate". {{Mental capacity assessment}} re finances done by social worker [[name:Emeka Obi]], ref
        [[case_reference:WIG-ASC-2290317]] – capacity for day to day spending but not for the loans.
        {{Banking Protocol}} used with the bank, police aware. Plan: prepaid card and niece [[name:Amber]] as
        {{appointee}}.
    """)),
    ("social_care", "success", P("""
        Practice example – {{Signs of Safety}} family network meeting, [[organisation:Blackpool Children's
        Services]], [[date:21/11/2023]]. Family: [[name:Kerry-Ann Dobson]] (mum), [[name:Jayden]] ([[age:8]]) and
        [[name:Poppy]] ([[age:5]]). Mum's drinking had led to a {{child protection plan}}. SW [[name:Ifeoma]]
        used the {{three houses}} tool with [[name:Jayden]], who drew nana [[name:Pauline]] in his house of good
        things. The network of 9 agreed a safety plan: nana stays over Fri and Sat, Uncle [[name:Craig]] does the
        school run, mum attends [[organisation:Horizon]] alcohol service weekly. Plan stepped down to CIN six
        months later, case [[case_reference:LCS-00781442]]. [[name:Kerry-Ann]] said "for once I felt like they
        were on my side".
    """)),
    ("social_care", "incident", D("""
        [[organisation:Brookhouse Children's Home]] – shift log [[date:02/02/24]]
        19:30 [[name:Tyler]] ([[age:15]]) said going to the shop. Agreed back 20:00.
        20:05 Not back. [[name:Gordo]] rang his mobile [[phone:07984 552103]] – off.
        20:30 Reported missing to GMP, ref [[case_reference:GMP-0202-2247]]. {{Philomena Protocol}} sent.
        23:50 Returned in a taxi, reg [[vehicle_registration:BD63 KTJ]], paid by unknown male. Smelt of cannabis,
        new trainers, would not say where he'd been.
        00:15 [[name:Tyler]] in bed, welfare checks hourly.
        Next day: {{return home interview}} booked with [[name:Lucy]] from [[organisation:Bolton Missing From
        Home Team]]. Concern re {{child criminal exploitation}}. SW [[name:Adebayo]] informed 09:00.
        Manager: [[name:J. Crompton]]
    """)),
    ("social_care", "near_miss", D("""
        Subject: Near miss – letter nearly sent to wrong address
        Hi [[name:Liz]],
        Just flagging. Yesterday ([[date:18 April]]) the assessment letter for [[name:Natalia Wiśniewska]] was
        ready to post and the system had pulled her old address, [[address:22 Lower Hall Street, St Helens]],
        where her ex-partner still lives. There is a {{non-molestation order}}. Her new address
        [[address:9 Marsh View, Prescot]] [[postcode:L34 5RF]] is in the case notes
        ([[case_reference:LCS 4019922]]) but the header wasn't updated. {{Business support officer}}
        [[name:Yusuf]] spotted it on the final check. Envelope shredded. Can we raise at team meeting –
        addresses checked against case notes and the {{MARAC}} list every time.
        Cheers, [[name:Bernie]]
        [[name:Bernadette Lacey]] | Social Worker | [[organisation:Knowsley Children's Services]] |
        [[phone:0151 443 4560]]
    """)),
    ("social_care", "success", P("""
        Reablement success – [[organisation:Preston Reablement Service]]. Mrs [[name:Nora Cartmell]],
        [[age:84]], discharged from [[organisation:Royal Preston Hospital]] on [[date:27th Feb]] after a hip
        fracture, needing 4 calls a day with two carers. {{OT}} [[name:Hamza]] and support worker
        [[name:Bridget]] set goals with her: make her own brew, get to the bathroom, get back to Mass at
        [[organisation:St Walburge's]]. Equipment: perching stool, {{rollator}}, key safe. By week 5 she was down
        to one call and went to church with her son [[name:Gerard]] at Easter. [[name:Nora]] said "I thought I'd
        end up in a home, these girls gave me my life back". Closed with no ongoing package, {{Care Act}}
        review set, ref [[case_reference:LCC-ASC-0044731]].
    """)),
    ("social_care", "incident", P("""
        Case note [[date:14/06/2024]] – duty social worker [[name:Aoife Brennan]]. Home visit to
        [[name:Stacey-Jo Kirkham]] at [[address:47 Crosby Road North, Waterloo]], [[postcode:L22 4QF]] re her
        daughter [[name:Ruby]] ([[age:11]]). [[name:Stacey-Jo]] disclosed partner [[name:Ryan Tate]]
        ("[[name:Tatey]]") put his hands round her throat last weekend: "he said if I go the bizzies he'll take
        [[name:Ruby]] off me". {{DASH}} completed, 17 ticks, high risk. Referred to {{MARAC}} and to IDVA
        [[name:Hayley]] at [[organisation:Sefton Women's and Children's Aid]]. Police ref
        [[case_reference:MERPOL 24-118902]]. {{Clare's Law}} disclosure requested. [[name:Ruby]] is aware and
        school DSL informed. Safety plan agreed, mum and [[name:Ruby]] staying at nan's tonight.
    """)),
    ("social_care", "near_miss", P("""
        Near miss – {{DoLS}}. Audit on [[date:3rd October]] found the standard authorisation for
        [[name:Gwen Prescott]] at [[organisation:Hawthorns Care Home]], Bolton, had expired on
        [[date:29/09/2023]]. Home manager [[name:Ravi]] had applied for renewal 28 days before but it sat
        unallocated in the team inbox. BIA [[name:Caroline Entwistle]] prioritised and an
        {{urgent authorisation}} was issued the same day. [[name:Gwen]] ([[age:89]], vascular dementia) has a
        locked front door and sensor mat so was deprived without authority for 4 days. RPR is her son
        [[name:Nigel]]. Learning: {{supervisory body}} to send chaser at 21 days. DoLS ref
        [[case_reference:BDOLS-2023-1187]].
    """)),
    ("social_care", "success", D("""
        Young carers project – what [[name:Tia]] ([[age:13]]) wrote for the awards, shared with permission:
        "Me mum has MS and {{our kid}} [[name:Reece]] has {{ADHD}} so I do loads at home. Before [[name:Jen]]
        from [[organisation:Wirral Young Carers]] came I was missing school and getting detentions.
        [[name:Jen]] did me a {{young carers assessment}} and told [[organisation:Woodchurch High]] so now I've
        got a card and I can leave lessons to ring me mum. I go to the group every Wednesday at
        [[organisation:The Hive]] and I've got mates who get it. [[name:Reece]] comes sometimes. Im made up."
        Worker note: carer's assessment for mum done by adult services, ref [[case_reference:WIR-CA-55120]].
        [[name:Tia]]'s attendance up from 71% to 93%.
    """)),
    ("social_care", "incident", D("""
        Messages pasted to case file by SSW – foster carers, [[date:22/07/2023]]
        [21:14] [[name:Lynne]]: [[name:Mia]]'s had a call from her dad again on a second phone he's given her
        [21:16] [[name:Gary]]: contact is supervised only isnt it??
        [21:17] [[name:Lynne]]: yes. she's in bits. says he's outside [[organisation:Archbishop Beck]] every morning
        [21:20] [[name:Sheila]]: screenshot it, leave her the phone tonight, I'll ring {{EDT}}

        EDT informed 21:40. [[name:Mia Fitzgerald]] ([[age:12]], [[case_reference:LAC-309114]]) is on a
        {{care order}}; father [[name:Anthony Fitzgerald]] has {{supervised contact}} only. Breach reported to
        police, ref [[case_reference:MP-23-0722-1190]]. Placement address [[address:Ivy Cottage, Rainford
        Road]] may be known to him – placement risk assessment today.
    """)),
    ("social_care", "success", P("""
        Multi-agency success – self-neglect. Mr [[name:Tadeusz Wójcik]] ([[age:71]]) at
        [[address:5 Moorfield Terrace]], [[postcode:M40 3WJ]] was at 8 on the {{Clutter Image Rating}}, no
        working heating, and the fire service were worried. Social worker [[name:Rhiannon]] led a
        {{self-neglect}} MDT with {{GMFRS}} watch manager [[name:Parveen Kaur]], housing officer [[name:Joel]]
        from [[organisation:One Manchester]] and Polish-speaking volunteer [[name:Kasia]]. Mr [[name:Wójcik]]
        ("[[name:Tadek]]" to his friends) agreed to clear one room at a time. Ten weeks on: rating 4, boiler
        fixed, smoke alarms fitted, GP review at [[organisation:Harpurhey Health Centre]] done. [[name:Tadek]]
        said "[[name:Rhiannon]] was patient with me, she did not shout". Case [[case_reference:MCC-SN-77102]].
    """)),
    ("social_care", "near_miss", P("""
        Near miss – lone working. On [[date:Thurs 11/01]] I ([[name:Jess Marsden]], {{family support worker}},
        [[organisation:Sefton Early Help]]) visited [[address:flat 3, 88 Linacre Lane, Bootle]] to see
        [[name:Aimee Flanagan]]. Door answered by a male I hadn't met who said he was [[name:Aimee]]'s fella,
        "[[name:Scully]]". A big {{XL bully}} type dog got into the hallway, jumped up and caught my coat sleeve.
        I left straight away. I hadn't logged the visit on {{Skyguard}} because the app wasn't working on my new
        phone – manager [[name:Bev]] only knew where I was because I'd texted her. No injury. Actions: IT ticket
        [[case_reference:INC0448821]], dog and [[name:Scully]] added to the case file
        ([[case_reference:EH-22917]]) as a risk, joint visits only.
    """)),
    ("social_care", "incident", P("""
        Strategy meeting notes, [[date:09/05/2024]], [[organisation:Lancashire Children's Social Care]]
        Preston office. YP: [[name:Kai Ahmed-Barnes]] ([[age:16]], DOB [[date_of_birth:30/01/2008]]). Arrested
        in Barrow with 22 wraps and £340. [[name:Kai]] says "I owed [[name:Stretch]], he said he'd do me mum's
        windows in". DC [[name:Moorhouse]] confirmed the number [[phone:07700 900418]] is linked to a known
        {{county lines}} deal line. Actions: {{NRM}} referral by SW [[name:Obinna]]; referral to
        {{Complex Safeguarding}}; mum [[name:Dionne]] wants him moved to his aunty's in Bolton. Youth justice
        worker [[name:Hollie]] to attend court with him. Next review [[date:23rd May]]. Case
        [[case_reference:LCS-1190442]].
    """)),
    # ---------------------------------------------------------------- aviation
    ("aviation", "incident", P("""
        Ground occurrence report – [[organisation:Swissport]] MAN. Date: [[date:17/08/2024]] 06:40L. Location:
        {{stand}} 52, T2. Aircraft: {{A321}} [[aircraft_registration:G-TCDX]], [[flight_number:TCX1332]] to
        Dalaman. Baggage tractor driven by [[name:Kieran Beswick]] (staff ID [[case_reference:SP44187]]) towing
        4 dollies contacted the aft cargo door sill while positioning. Dent 3cm, door seal damaged. Engineer
        [[name:Rob Hindley]] (B1) declared the aircraft {{AOG}}; pax moved to a spare aircraft, 3h12 delay.
        [[name:Kieran]] said the sun was low and he couldn't see the marshaller, [[name:Deb]]. MOR submitted,
        ref [[case_reference:MOR-2024-18874]]. Learning: wing walker mandatory for baggage trains near open
        doors, 5mph in the equipment restraint area.
    """)),
    ("aviation", "success", P("""
        Cabin crew safety report – positive. [[flight_number:EZY2135]] LPL–ALC, [[date:3 Aug]],
        [[aircraft_registration:G-EZRK]]. At FL370 a [[age:58]] year old pax from 14C, Mrs
        [[name:Rosa Delgado]], collapsed in the toilet queue. SCCM [[name:Chloe Harrington]] and CC
        [[name:Ashwin]] started BLS and attached the {{AED}}; no shock advised, pulse returned. A GP travelling in
        row 22, [[name:Femi Adewale]], assisted. {{MedLink}} advised diversion and Captain
        [[name:Sandeep Gill]] diverted to Bordeaux, ambulance met the aircraft. Husband [[name:Luis]] later
        emailed: "You were all angels, she's home now". Great {{CRM}} between flight deck and cabin – crew
        thanked by base manager.
    """)),
    ("aviation", "near_miss", P("""
        Near miss, [[organisation:Liverpool John Lennon Airport]] apron, [[date:Mon 4 Dec]] 05:55. Fuel bowser
        [[vehicle_registration:LK67 OXF]] driven by [[name:Terry]] began to pull away from
        [[aircraft_registration:EI-FZB]] ([[flight_number:FR 1342]] to Dublin) with the hose still attached.
        Dispatcher [[name:Nikki Carberry]] saw it and shouted, [[name:Terry]] stopped with the nozzle 40cm from
        the wing. The {{deadman interlock}} on the bowser was faulty and the {{chocks}} round the bowser had been
        pulled early by Big [[name:Stu]]. No fuel spilt. Airside ops officer [[name:Kasim]] took the bowser out
        of service. ASR [[case_reference:LPL-ASR-23-551]]. Learning: full {{walk round}} before moving any
        vehicle, buddy signal.
    """)),
    ("aviation", "incident", D("""
        Cabin report – disruptive passenger ({{Level 2}})
        Flight: [[flight_number:LS863]] MAN–PMI   Date: [[date:26/05/2024]]   A/C: [[aircraft_registration:G-JZHK]]
        SCCM: [[name:Hayley Bamford]]
        Pax: [[name:Liam Costello]], 31F, part of a stag group ("[[name:Cozza]]" on his t-shirt)
        Summary: group drinking duty free vodka from hand luggage. [[name:Liam]] swore at CC [[name:Beth]]
        (staff [[case_reference:J55104]]) and grabbed her wrist when she removed the bottle. {{Yellow card}}
        warning given. Captain [[name:Mike Tranter]] informed and requested police on arrival; the
        {{Guardia Civil}} met the aircraft and offloaded him.
        Injury: [[name:Beth]] redness to wrist, seen by crew doctor.
        Company ref [[case_reference:JET-CS-240526-09]].
    """)),
    ("aviation", "success", P("""
        Compliment – {{PRM}} assistance, [[organisation:Manchester Airport]] T1. [[name:Oscar Lindqvist-Hale]]
        ([[age:9]], autistic, non-verbal) flew with his dad [[name:Matt]] on [[flight_number:SK2552]] on
        [[date:12 Feb 2024]]. Dad rang special assistance beforehand on [[phone:0161 496 0735]]. Agent
        [[name:Shireen]] met them at the {{Hidden Disabilities Sunflower}} point, took them through the quiet
        lane at security and let [[name:Oscar]] watch the planes from the {{sensory room}}. When he got anxious
        at the gate she arranged pre-boarding. Dad's email: "[[name:Shireen]] made a day we were dreading easy.
        [[name:Oscar]] still talks about the lady with the sunflower." Booking ref [[case_reference:X7KQ2M]].
    """)),
    ("aviation", "near_miss", D("""
        Airside Safety Report
        Ref: [[case_reference:ASR/LPL/0417]]
        Date: [[date:Sunday 14 April 2024]]
        Reporter: [[name:Gavin Roby]], Airfield Ops
        Event: {{FOD}} – loose access panel found on {{taxiway}} B by ops vehicle [[vehicle_registration:YJ20 NWD]]
        after departure of [[flight_number:EZY1873]] ([[aircraft_registration:G-UZLF]]).
        Description: 30cm panel picked up at 07:20. Airline ops ([[name:Shauna]], [[phone:0151 907 1550]])
        contacted; [[flight_number:EZY1873]] continued to Belfast where engineers confirmed a panel missing from
        the left wing-to-body {{fairing}}. [[aircraft_registration:G-UZLF]] inspected and repaired before return.
        Learning: runway and taxiway inspection after first wave worked; passed to the operator's engineering.
    """)),
    ("aviation", "incident", P("""
        Injury report – cabin crew. [[name:Sian Maguire]] (CC, staff [[case_reference:004721]]) scalded her right
        forearm when the hot water boiler in the aft {{galley}} spat while she was filling a teapot in turbulence
        on [[flight_number:TOM2612]] MAN–TFS, [[date:08/01/2024]], [[aircraft_registration:G-TUIJ]]. Light chop,
        {{seatbelt sign}} on but the crew had not been told to sit down by the flight deck. Colleague
        [[name:Marc]] applied {{burn gel}} and cool water for 20 mins. [[name:Sian]] said "I was only doing the
        brews for the lads up front". Captain [[name:Neil Ashurst]] accepted crew should have been seated. Tech
        log entry for the boiler [[case_reference:TL 88103]]. Learning: stop hot drinks in turbulence.
    """)),
    ("aviation", "success", D("""
        Teams – MAN T3 security shift, [[date:Fri 2nd Aug]]
        [[name:Imran]] 10:14: lost child at {{tray reload}}, girl about 6, says her name is [[name:Lola]]
        [[name:Jackie]] 10:15: any adult with her?
        [[name:Imran]] 10:15: no. says mummy went "through the beepy door"
        [[name:Jackie]] 10:17: ringing Control now
        [[name:Rowan]] 10:22: mum [[name:Kerry Blackledge]] found at gate 204 for [[flight_number:FR4413]]
        [[name:Imran]] 10:30: reunited, both in tears 😭

        Note: [[name:Lola Blackledge]], [[age:6]]. Mum thought [[name:Lola]] was with nan. No safeguarding
        concerns, airport police informed, ref [[case_reference:MAN-SEC-0802-14]]. Good use of the
        {{lost child procedure}}; child kept with two female officers throughout.
    """)),
    ("aviation", "near_miss", P("""
        Near miss – weight and balance. [[flight_number:BA1387]] MAN–LHR on [[date:19/10/2023]], A320
        [[aircraft_registration:G-EUYM]]. Load controller [[name:Priyanka]] at [[organisation:Menzies]] issued the
        final {{loadsheet}} showing 12 bags in hold 4, but ramp agent [[name:Olly Kershaw]] had loaded 64 bags
        into hold 4 because of a late transfer. The {{first officer}}, [[name:Tom Barnes-Whitaker]], noticed the
        trim didn't match the {{LMC}} on the ACARS and queried it with dispatcher [[name:JB]]. Corrected LIR and
        new loadsheet issued, 14 min delay. Report ref [[case_reference:MZ-GSR-10193]]. Learning: late bags
        must be radioed to load control before doors close.
    """)),
    ("aviation", "incident", D("""
        MOR – ground. [[organisation:Manchester Airport]] stand 203, [[date:30 Nov 2023]] 07:12Z.
        De-icing rig [[vehicle_registration:FJ15 HXR]] operated by [[name:Lee Dootson]] (known as
        [[name:Lenny]]) reversed into the stationary {{ambulift}} [[vehicle_registration:WU68 LBK]] while a
        wheelchair passenger, Mr [[name:Eric Sowerbutts]], was on the platform for
        [[flight_number:TOM1482]] ([[aircraft_registration:G-OBYH]]).
        Injuries: none; passenger shaken. Ambulift driver [[name:Yasmin]] stayed with him.
        Cause: rear camera iced over, no banksman. [[name:Lee]] gave a statement same day.
        Actions: {{de-icing rig}} cameras heated, banksman mandatory for reversing on stand.
    """)),
]


def main() -> None:
    records = build_records("blind26", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
