"""Held-out blind corpus 86: rural and coastal services in one county.

Adult social care reaching farms, carers, Traveller sites and seasonal workers; community
hospitals, minor injuries units, dispensing GP practices and rural ambulance response; and
flying clubs at farm strips, air ambulance landing sites, crop spraying and coastguard
helicopter tasks. Written in the plain voice of support workers, farmers' wives, district nurses,
GPs and club pilots: house names as addresses, village halls, place names that are also surnames.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind86.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        Reported by [[name:Dawn Whitlock]] ({{support worker}}),
        [[organisation:Fenland Reablement Team]]. On [[date:Tuesday 9 January]] I couldnt get up
        the track to [[address:Hollins Farm, Crake Lane]] because of the snow and the call to Mr
        [[name:Arthur Hollins]] ([[age:88]]) was missed. Nobody rang his daughter [[name:Sue]] on
        [[phone:07700 900214]] until 2pm. He had not had his {{Madopar}} or his breakfast and was
        found on the kitchen floor by the {{milk tanker}} driver at half eleven. No fracture thank
        god. The rota had no 4x4 cover that day and the {{lone working}} app showed me as 'on site'
        which was wrong, so the office thought he'd been seen. Logged as
        [[case_reference:DX-24-00871]]. I am asking for a proper {{winter contingency plan}} for
        the farm runs before next year.
    """)),
    ("social_care", "near_miss", block("""
        Reported by: [[name:K.O.]] ({{senior carer}})
        Location: [[organisation:Marram House]], [[address:Links Road]], Saltfleetby
        Postcode: [[postcode:LN11 7QS]]
        Date of incident: [[date:14/03/2024]]
        Ref: [[case_reference:INC-77412]]
        What happened: at the 8pm {{medication round}} the agency carer nearly gave
        Mrs [[name:Faith Adeyemi-Brook]] (room 4) the {{warfarin}} meant for
        Mrs [[name:Ivy Penhallow]] in room 5. Both MAR sheets were in the same plastic
        wallet after the folder broke. Night carer [[name:Jade]] spotted the photo didnt
        match and stopped it.
        Harm: none. Out of hours GP not needed.
        Action: new {{MAR chart}} folders ordered, photo checked at every round, agency
        induction to include a {{2-person check}} for anticoagulants.
    """)),
    ("social_care", "success", block("""
        From: [[email:brenda.tregothnan@farmmail.example]]
        To: {{Adult Social Care}} compliments
        Subject: thank you - Dad

        Dear all,
        I just wanted to say how grateful we are to [[name:Hope]] and [[name:Sunny Bassi]]
        from [[organisation:North Moors Homecare]]. Since Dad ([[name:Jack Tregothnan]],
        [[address:Higher Polgrain]], St Breward) came home from hospital in {{March}} they
        have been up our lane twice a day in all weathers, even when the ford was up.
        [[name:Sunny]] noticed Dad's ankles swelling and got the {{district nurse}} out the
        same day - it was his {{heart failure}} flaring up. He's still at home with his
        cows which is all he ever wanted. The {{reablement}} has been a godsend.
        Kind regards
        [[name:Brenda Tregothnan]] (daughter in law)
        [[phone:01632 960318]]
    """)),
    ("social_care", "incident", prose("""
        Incident [[case_reference:ASC-SG-3391]]. I am the {{Gypsy Roma Traveller liaison}} worker
        for the county. On [[date:2 May]] I visited [[organisation:Brookside Lane Traveller Site]]
        to see Mr [[name:Patrick Ward]] (known to everyone as [[name:Paddy]]). He is [[age:74]],
        diabetic, and his leg ulcer had not been dressed for 9 days because the
        {{district nursing}} team had him on {{SystmOne}} at his old pitch number and as no fixed
        abode. His niece [[name:Bridget McDonagh]] had rung the surgery twice. His
        {{Care Act assessment}} was closed in February as 'unable to contact'. [[name:Paddy]] is
        now in hospital with {{cellulitis}}. I have raised a {{Section 42}} concern about neglect
        by services and asked that the site postcode [[postcode:TR15 3PZ]] and pitch 6 are used on
        every record from now on.
    """)),
    ("social_care", "near_miss", block("""
        Wolds round B - [[date:Sat 17 Feb]]
        07:05 left base in {{pool car}} [[vehicle_registration:YK19 HTP]]
        07:40 [[address:Beck House]], Mrs [[name:Grace Oduya]] - all fine, {{Ensure}} given
        08:25 [[address:2 Chapel Row]], Walesby - {{key safe}} code on rota is the old one.
              Mr [[name:Tom Lister]] couldnt get to door. Rang office [[phone:01632 960742]],
              no answer
        08:55 got code off son [[name:Will Lister]], in. Mr [[name:Lister]] had been trying to
              get up on his own, wet through, nearly went over. {{Catheter}} bag full
        09:30 running 40 mins late on all calls after this
        12:10 told office. Family changed the code 3 wks ago and emailed it in but
              nobody put it on {{CM2000}}
        - [[name:JS]]
    """)),
    ("social_care", "success", block("""
        Carers drop-in, [[organisation:Kirkby Fleetham Village Hall]] - [[date:Thursday 11 April]]
        Present: [[name:Mark Fothergill]] (chair), [[name:Rose Kaur]], [[name:Bill]] &
        [[name:Margaret Dinsdale]], [[name:Alisha]] ({{carers support worker}}),
        Cllr [[name:Eileen Hepworth]]
        - [[name:Bill]] said the {{carer's assessment}} done in his kitchen in Feb has got
          him 4 hrs {{respite}} a week - first proper break in 3 years. [[name:Margaret]]
          now goes to the {{day centre}} at [[organisation:Thornbeck Court]] on Weds.
        - [[name:Rose]]: her {{Carers Emergency Card}} worked when she was admitted with
          her gallbladder, [[organisation:Dales Carers Hub]] rang the number and her mum
          had a carer in within 2 hours.
        - [[name:Alisha]] to bring {{Blue Badge}} forms next time.
        - Next meet [[date:9 May]], tea rota [[name:Mark]].
    """)),
    ("social_care", "incident", block("""
        From: [[name:Magdalena Wiśniewska]] <[[email:m.wisniewska@eastfenscab.example]]>
        Subject: concern - workers at [[address:Long Drove Farm]]

        Hi team, reporting on behalf of [[organisation:East Fens Citizens Advice]].
        Yesterday ([[date:23/07]]) three pickers came to our outreach table at the
        {{food bank}}. One, [[name:Ionuț Radu]] ([[age:19]]), has an untreated hand injury
        from the packhouse and says the {{gangmaster}} holds their passports and takes
        £90 a week each for a caravan with no heating. His payslip shows
        NI [[ni_number:SZ 41 77 20 B]] and deductions nobody can explain. I've referred to
        {{Adult Safeguarding}}, the {{GLAA}} and the {{Modern Slavery Helpline}}. Your ref
        is [[case_reference:ASC-24-118203]].

        [[name:Magdalena Wiśniewska]]
        {{Generalist Adviser}}
        [[phone:01632 960559]]
    """)),
    ("social_care", "near_miss", block("""
        Weekly equipment check, wk ending [[date:05/10/2024]], checked by [[name:Frank Mbeki]]
        Room | Resident      | Item             | Status
        1    | [[name:D. Polglase]]   | {{Nimbus}} mattress  | ok
        3    | [[name:Hilda Rowe]]    | {{Oxford hoist}}     | sling label unreadable - REMOVED
        6    | Mr [[name:Okonkwo]]    | {{bed rails}}        | gap over 12cm, bumpers missing
        Note: Mr [[name:Okonkwo]] found at 3am with his leg through the rail gap by
        [[name:Faith]] (nights). No injury. Rails taken off, {{low bed}} and {{crash mat}}
        in place same night. Ref [[case_reference:NM-0931]].
    """)),
    ("social_care", "success", prose("""
        Debrief - missing adult, [[date:Sunday 3 November]]. Mrs [[name:Dorothy Pengelly]]
        ([[age:82]], {{Alzheimer's}}) walked out of [[address:Trewint Barn]] about 5pm in the dark
        while her husband [[name:Ken]] was milking. He rang 999 at 17:40. What went well: the
        {{Herbert Protocol}} form was already with the police thanks to {{social worker}}
        [[name:Anita Chowdhury]], with a recent photo and a list of places [[name:Dot]] might head
        for, including her childhood farm. Neighbouring farmers [[name:Lenny]] and
        [[name:Carys Hocking]] searched the lanes with quad lights. [[name:Dot]] was found at 19:10
        in a hay barn at [[address:Lower Trewint]], cold but unhurt. Learning: a {{GPS tracker}} is
        being trialled through {{Telecare}} and the form is now offered at every {{dementia}}
        review.
    """)),
    ("social_care", "incident", block("""
        Subject: Data breach - lost notebook
        Sent: [[date:12 June 2024]]

        Sorry to report I left my work notebook on the car bonnet at
        [[organisation:Holsworthy Livestock Market]] after meeting Mr [[name:Garfield Heard]] and
        drove off. It had names, addresses and {{DoLS}} notes for 6 people incl. [[name:Yusuf]] at
        [[address:Cross Park]], and Mr [[name:Heard]]'s {{direct payments}} account details. I went
        back but it was gone. IG ref [[case_reference:IG-2024-0457]]. IG team say it is likely
        reportable to the {{ICO}}. I now use the {{encrypted tablet}} only.

        [[name:Nadia Holt]]
        {{Social Worker}}, [[organisation:Torridge Locality Team]]
        [[phone:01632 960881]]
    """)),
    ("social_care", "near_miss", prose("""
        I am writing as Mrs [[name:Jean Askew]] of [[address:Far Intake]], [[postcode:CA17 4JR]].
        The new carer from [[organisation:Eden Valley Care]] put [[name:Alf]]'s tea towel on top of
        the {{Rayburn}} to dry on [[date:Friday 20th Sept]] and left. I came in from the calves at
        6 and it was smouldering. My husband [[name:Alf]] is [[age:91]] and cant get out of his
        {{riser recliner}} on his own, and the {{smoke alarm}} in the kitchen isn't linked to his
        {{Lifeline}} pendant. Nobody was hurt but it could have been the whole house. I've told
        [[name:Lorraine]] at the office. I want the {{fire service}} to do a
        {{Safe and Well visit}} and all the carers told about the stove. [[name:Jean]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM
        Service user: [[name:Rhodri Pugh]]   DOB: [[date_of_birth:02/08/1946]]
        NHS no: [[nhs_number:641 761 4727]]
        Address: [[address:Ty Gwyn, Heol y Capel]], Llanfair [[postcode:SY21 0DG]]
        Reported by: [[name:Bethan]] ({{PA}})
        Date/time: [[date:28/01/2025]] 10:15
        Description: [[name:Rhodri]] slipped off the {{stairlift}} at the top landing because the
        swivel seat wasnt locked. Fell 3 steps, skin tear left forearm, bruised hip. {{Ambulance}}
        wait 2hr 40, he lay on the landing and I kept him warm with the {{falls blanket}}.
        Stairlift last serviced 2022 by [[organisation:Severn Stairlifts Ltd]].
        Outcome: {{OT}} reassessment requested, service booked, family informed.
    """)),
    ("social_care", "success", block("""
        Marsh team chat, [[date:Thu 7 Dec]]
        [06:12] [[name:Kelly-Ann]]: river over at the causeway, cant get to
        Mrs [[name:Quayle]] or the Fen End calls
        [06:15] [[name:Tunde]]: im this side. can take [[name:quayle]] & mr [[name:begum]]
        [06:20] Office [[name:Sharon]]: ringing round now. using the {{RAG list}}, reds first
        [06:41] [[name:Tunde]]: Mr [[name:Begum]]'s son in law [[name:Farooq]] fetching me
        across in the {{tractor}} lol
        [07:30] [[name:Tunde]]: all 4 reds seen. Mrs [[name:Quayle]] had no heating,
        {{boiler}} under water, put the {{oil filled radiator}} from the van in
        [08:02] [[name:Sharon]]: legend. {{Red Cross}} bringing 2 more
        [11:50] [[name:Kelly-Ann]]: back round by the main road, all calls done, 1hr late max 👍
    """)),
    ("social_care", "near_miss", prose("""
        Hospital discharge near miss. Mrs [[name:Agnieszka Nowak-Harris]] ([[age:67]]) of
        [[address:Orchard Cottage, Sheep Street]] was discharged from [[organisation:Bure Ward]] at
        19:30 on a {{Friday}} by {{hospital transport}} to a cold house with no {{package of care}}
        in place and her husband in {{respite}} at [[organisation:The Limes]]. The
        {{Discharge to Assess}} referral had gone to the wrong locality inbox
        ([[case_reference:D2A-88410]]). The transport crew, [[name:Lee]] and [[name:Mo]], would not
        leave her and rang the {{emergency duty team}}, who found a {{bridging carer}} for the
        night. No harm. Learning: ward to confirm the care start before booking transport,
        especially on Fridays.
    """)),
    ("social_care", "incident", prose("""
        Safeguarding concern [[case_reference:S42-2291]]. Mrs [[name:Rose Trelawny]] ([[age:84]])
        of [[address:Penhale, Fore Street]], [[postcode:PL26 8AX]] holds a
        {{Lasting Power of Attorney}} in favour of her nephew [[name:Darren Trelawny]].
        [[organisation:Tamar Valley Building Society]] flagged that £14,200 has gone out of her
        savings since June 'for the farm'. Carer [[name:Precious]] noticed there was hardly any
        food in the cupboards and the heating was off. [[name:Rose]] says she doesn't want
        [[name:Darren]] in trouble. {{Section 42}} enquiry opened,
        {{Office of the Public Guardian}} informed, {{advocate}} requested under the {{Care Act}}.
    """)),
    ("social_care", "success", prose("""
        Compliment received [[date:19/08/2024]]: "Our son [[name:Callum]] has been going to
        [[name:Frank]] and [[name:Dawn Ellery]] at [[address:Windyridge]] for {{Shared Lives}}
        short breaks since the spring. He is [[age:24]] and has {{Down's syndrome}} and has never
        been away from us before. He helps with the sheep, has learned to drive the {{Gator}} round
        the yard and now has two mornings paid work at [[organisation:Whitby Road Farm Shop]]. He
        talks about [[name:Frank]] all the time. Thank you." - [[name:Sian]] and
        [[name:Gareth Price]]. Passed to {{Shared Lives coordinator}} [[name:Hannah]] and added to
        the {{person-centred plan}}.
    """)),
    ("social_care", "near_miss", block("""
        Lone working near miss
        Worker: [[name:Priya Sandhu-Moss]] ({{OT}})
        Visit: [[address:Scar Top Farm]], Garsdale, [[date:4/4/24]]
        What happened: arrived for a {{home assessment}}, no answer, went round to the
        yard and two loose dogs (collie cross and a {{Rottweiler}}) came at me. Got back
        in the car, the Rottweiler jumped at the drivers door and scratched it
        ([[vehicle_registration:PN21 XLU]]). Pressed the {{Skyguard}} button - no signal.
        Couldnt ring out till the top road.
        Why near miss: no dog warning on {{Mosaic}} although the last OT wrote it in a
        case note.
        Actions: warning flag added to case [[case_reference:MOS-4410273]];
        Mr [[name:Metcalfe]] apologised, dogs to be shut in before visits. Team to carry
        a {{satellite messenger}}.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Significant event - [[organisation:Wragby Road Surgery]] dispensary
        Date: [[date:15 Jan 2024]]   SEA ref [[case_reference:SEA/24/003]]
        Pt: Mrs [[name:Joan Preston]], NHS [[nhs_number:855 696 6942]]
        {{Methotrexate}} 10mg tablets dispensed instead of 2.5mg. Her dose is 4 x 2.5mg once
        weekly so she would have taken 40mg. Husband [[name:Reg]] noticed the tablets looked
        different and rang us on [[phone:01632 960127]] before she took any. Bloods due at
        {{Lincoln}} next week anyway.
        Causes: both strengths on the same shelf, single check on a busy {{Monday}}.
        Actions: 2.5mg only stocked, {{two-person check}} for all {{high-risk drugs}}, {{EMIS}}
        alert added. Discussed at practice meeting, Mrs [[name:Preston]] given apology.
    """)),
    ("health", "near_miss", prose("""
        MIU near miss, [[organisation:Coquet Valley Community Hospital]], ref
        [[case_reference:W-204417]]. [[name:Oliver Tait]], aged [[age:3]], was brought in after
        falling off a stack of hay bales. The receptionist wrote 'bumped head, fine now' and he
        waited in the queue. {{ENP}} [[name:Sunita]] was about to discharge with a head injury
        leaflet when dad mentioned [[name:Ollie]] had been sick twice in the car. Under the
        {{NICE head injury}} guidance that meant a {{CT}}, so he was transferred and a small
        {{skull fracture}} was found. He is fine. Learning: {{triage}} form now has a vomiting tick
        box and reception do not write clinical comments.
    """)),
    ("health", "success", prose("""
        Good news story - {{Community First Responder}} scheme. On [[date:Saturday 22 June]] a
        [[age:59]]-year-old man collapsed in the tea tent at the flower show outside
        [[organisation:Stogumber Village Hall]]. Bystanders [[name:Jasmin]] and [[name:Sam Oke]]
        started {{CPR}} straight away, and the {{defibrillator}} from the old phone box gave two
        shocks. CFR [[name:Pete Yandle]] got the {{GoodSAM}} alert and was there in 4 minutes.
        {{ROSC}} was achieved before the {{ambulance}} arrived at 19 minutes. The patient, Mr
        [[name:Gerald Nuttall]], has written to say he is home and walking the dog again. CAD
        [[case_reference:1182934]].
    """)),
    ("health", "incident", block("""
        Datix [[case_reference:W98812]]
        Ward: [[organisation:Heron Ward]], [[organisation:Dunmere Community Hospital]]
        Reported by: [[name:Chidi Eze]], {{Staff Nurse}}
        Date/time: [[date:02/02/2024]] 03:40
        Patient: [[name:Walter Quick]], [[age:93]], NHS [[nhs_number:939 427 0884]]
        Description: unwitnessed fall, found on floor beside bed. {{Bed sensor}} not switched on.
        {{Hi-lo bed}} stuck at working height since fault reported 3 weeks ago. Shortened rotated
        left leg, suspected {{hip fracture}}. Transferred by ambulance to the acute site 05:10.
        Daughter [[name:Wendy]] informed 05:00.
        Immediate action: estates chased, all sensors checked at {{safety huddle}}.
    """)),
    ("health", "near_miss", prose("""
        Cat 2 call on [[date:8 Oct]] to [[address:Blackthorn Farm]], [[postcode:NR20 5HB]] for
        chest pain. The crew drove to the postcode pin, which is two miles away by Blackthorn
        Cottages, then had to reverse down a single track lane. Mrs [[name:Hazel Bunting]] had
        given the call handler a {{what3words}} location but it wasn't entered on the job. 27
        minute delay on scene. Mr [[name:Ernest Bunting]] ([[age:78]]) had an inferior {{STEMI}}
        and went straight for {{PCI}}; he has done well. Ref [[case_reference:DX-55710]]. Learning:
        call handlers to paste what3words into the {{CAD}} and farms to be offered a {{gate sign}}
        scheme.
    """)),
    ("health", "success", block("""
        From: [[name:Lewis Ashby]] <[[email:lewis.ashby@moorsmail.example]]>
        To: [[email:compliments@dunmere-ch.example]]
        Subject: Mum

        Please pass this on to everyone on [[organisation:Lanivet Ward]]. Mum
        ([[name:Gwen]]) died peacefully last week and the care she got in her last days
        was wonderful. {{Staff Nurse}} [[name:Grace Mwangi]] explained the
        {{syringe driver}} to us properly, and [[name:Tomasz]] the {{HCA}} let us bring
        her old sheepdog in to lie on the bed. The {{chaplain}} came at 2am when we
        asked. It was {{end of life care}} the way it should be.

        With thanks,
        [[name:Lewis Ashby]]
    """)),
    ("health", "incident", block("""
        RADIOLOGY DISCREPANCY - RECALL
        Pt: [[name:Ellie-May Robson]]  DOB [[date_of_birth:11/11/2009]]
        Hosp no [[case_reference:RX0448127]]
        Seen [[organisation:Wooler Minor Injuries Unit]] [[date:06/04]] after fall from her pony.
        {{ENP}} diagnosed wrist sprain, no splint. Radiologist report [[date:09/04]]:
        {{scaphoid}} waist fracture. Mum [[name:Leanne]] contacted on [[phone:07700 900588]],
        pt recalled, {{thumb spica}} applied and {{fracture clinic}} booked. 3 days
        without immobilisation.
        Learning: every FOOSH wrist to get {{scaphoid views}}; no {{hot reporting}} at
        weekends so ENPs to treat clinically if tender.
    """)),
    ("health", "near_miss", block("""
        Night log - [[organisation:Tamar Ward]]  [[date:Sun 10 Mar]]
        22:00 handover, 14 pts. RN [[name:Owusu]], HCA [[name:Lily]], [[name:Mark]] (bank)
        01:30 Mr [[name:Dunstan]] bay 2 sats 86% on 2L, {{NEWS2}} 7. His cylinder nearly empty.
        01:35 all spare {{D size}} cylinders in store EMPTY - not swapped since Friday
        01:40 no piped O2 in bay 2 (old wing). Took cylinder off {{resus trolley}}
        01:55 rang {{on-call manager}} [[name:Faith Lorimer]], she rang {{BOC}} emergency line
        02:10 Mr [[name:Dunstan]] sats 93%
        06:00 delivery arrived. Resus trolley restocked 06:20
        Datix [[case_reference:W99150]] - RN [[name:Owusu]]
    """)),
    ("health", "success", block("""
        Hot debrief - farm trauma, [[date:18 May 2024]]
        Pt: [[name:Owen Prytherch]], [[age:16]], quad bike rollover at [[address:Cefn Bryn Farm]]
        What went well
        - Mum [[name:Delyth]] met the crew at the road end and had the gates open
        - First crew [[name:Huw]] and [[name:Sandeep]] on scene 14 min, {{pelvic binder}} on early
        - {{TXA}} given before the {{air ambulance}} landed in the silage field
        - Flown to the {{major trauma centre}} in 24 min, {{pelvic fracture}} fixed,
          home in 3 weeks
        Even better if
        - farm {{helicopter landing site}} was on the system (crew had to recce)
        - {{ROPS}} roll bar on the quad - family now fitted one
    """)),
    ("health", "incident", prose("""
        Dispensary delivery SEA, ref [[case_reference:IG/0719]]. Our driver left the bag for Mrs
        [[name:Nora Fennell]] of [[address:The Old Forge, Church Lane]] at
        [[address:Old Forge Cottage]] 500 yards away. The neighbour, Mr [[name:Kowalczyk]], opened
        it and found {{Zomorph}} and her repeat slip with her DOB [[date_of_birth:30/06/1938]] and
        NHS number. He kindly brought it back to the surgery next day but Mrs [[name:Fennell]]
        missed her evening dose and had a bad night. {{Controlled drugs}} register reconciled and
        the {{CD Accountable Officer}} informed. The delivery app now needs a
        {{signature on delivery}} for CDs. - Dr [[name:A. Lincoln-Hart]],
        [[organisation:Caistor Dispensing Practice]]
    """)),
    ("health", "incident", block("""
        DN hub chat - [[date:Sat 14/09]]
        09:02 [[name:Bex]]: can someone go back to Mr [[name:Hamid]] at
        [[address:Ivy Lodge]], Nettleham? wife says {{T34}} alarming
        09:05 [[name:Olu]]: on my way 15 min
        09:31 [[name:Olu]]: line still clamped from the 08:30 change so no {{midazolam}}
        or {{morphine}} going in for an hour. hes agitated. unclamped,
        {{breakthrough dose}} given per chart
        09:40 [[name:Bex]]: who did the 08:30? [[name:kev]]?
        09:41 [[name:Kev]]: me. sorry. didnt do the final line check
        09:45 [[name:Bex]]: ok not about blame, datix it pls. adding line check to
        the {{syringe driver checklist}}
    """)),
    ("health", "incident", block("""
        Vaccine fridge log - [[organisation:Holme Lacy Road Surgery]] dispensary
        Date  | AM min/max | PM min/max | Initials
        [[date:04/10]] | 3.1/6.8    | 4.0/7.2    | [[name:RB]]
        [[date:05/10]] | 2.9/7.0    | --         | --
        [[date:07/10]] | 0.2/14.5   | 3.4/7.9    | [[name:LM]]
        Note ([[name:LM]]): weekend power cut, {{data logger}} shows 14.5 max. Outside
        2-8C for about 6 hrs. 37 {{flu vaccines}} given at the Saturday clinic before
        anyone read the logger. {{Fluenz}} and {{Shingrix}} quarantined, manufacturers
        contacted, {{cold chain}} breach reported to {{UKHSA}}.
        Ref [[case_reference:CC-2024-18]].
    """)),
    ("health", "success", block("""
        MIU governance meeting [[date:27/11/2024]] - good practice item
        - Present: Dr [[name:Hope Achebe]], [[name:Mark Pellow]] ({{ENP}}), [[name:Sasha]] (HCA)
        - [[age:71]]-year-old farmer, barbed wire cut to hand 3 days before. {{NEWS2}} 6 at
          triage. [[name:Sasha]] escalated straight away even though it was 'only a hand'.
        - {{Sepsis Six}} completed within 40 mins, {{IV antibiotics}}, lactate 4.1, transferred.
        - Mr [[name:Roskilly]] has written in to thank the team.
        - Learning: screening tool working; share at next {{safety huddle}}. [[name:Mark]] to
          nominate [[name:Sasha]] for the trust award.
    """)),
    ("health", "near_miss", block("""
        Reported by: [[name:Gary Tull]], {{paramedic}}
        Date: [[date:11/06/2024]]
        Location: two houses both called [[address:The Old School House]], {{Ashby Parva}}
        Ref: [[case_reference:CAD 240611-0412]]
        What happened: Cat 1 breathing difficulty. We went to the first Old School House (on the
        green), occupant said no ambulance called. 9 mins lost. Patient [[name:Maisie Tranter]]
        ([[age:6]]) in the other house on the Lutterworth road, severe {{asthma}}, back-to-back
        {{salbutamol}} nebs, improved, conveyed.
        Suggestion: {{premises flag}} on the {{CAD}} for duplicate house names in the village.
    """)),
    ("health", "incident", prose("""
        GP note, Dr [[name:Eve Tranmer]]. Blood results for Mr [[name:Derek Lincoln]] (NHS
        [[nhs_number:623 395 2506]]) were filed into the record of his cousin Mr
        [[name:David Lincoln]] (NHS [[nhs_number:992 348 9582]]), who lives at the same farm
        address. The locum saw an {{HbA1c}} of 96 on [[name:David]]'s record and started
        {{metformin}}, while [[name:Derek]] went five weeks untreated. Picked up when
        [[name:David]] queried his new tablets at the dispensary. Both cousins seen and apologised
        to. Clinic letter had come from {{Preston}} with only name and address. Now matching on
        {{NHS number}} every time.
    """)),
    ("health", "success", prose("""
        Outreach clinic at [[organisation:Fenside Growers Ltd]] packhouse, [[date:12 September]].
        {{HCA}} [[name:Violeta]], who speaks Bulgarian, noticed that picker [[name:Dimitar Petrov]]
        ([[age:27]]) had a cough for 6 weeks and night sweats. With {{Language Line}} the GP
        arranged a same day chest X-ray at the community hospital, which showed likely {{TB}}. The
        {{TB nurse}} team screened 40 workers living in the caravans within a week and found one
        more case. The employer kept both on sick pay. Ref [[case_reference:TB-LN-0193]]. Good
        example of {{Inclusion Health}} working.
    """)),
    ("health", "near_miss", block("""
        Subject: 2WW referral not received - near miss
        From: [[name:Samira Haddad]], {{Practice Manager}},
        [[organisation:Brigg Road Medical Practice]]
        To: {{ICB}} quality team

        A {{2WW}} referral for Mrs [[name:Pauline Carver]] (NHS [[nhs_number:845 972 1590]])
        for a breast lump, sent via {{e-RS}} on [[date:3 July]], was never booked. The
        request sat as 'awaiting booking' and nobody was checking the worklist while
        our secretary was off. Mrs [[name:Carver]] rang after three weeks; seen 4 days
        after we chased. Benign. We now run a weekly {{fail-safe log}}.

        [[name:Samira]]
        [[phone:01632 960274]]
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "near_miss", prose("""
        Landing {{Piper Cub}} [[aircraft_registration:G-BTUX]] at the strip at
        [[address:Pennyhill Farm]] on [[date:Sunday 25 August]], I was at about 50 ft on finals for
        27 when I saw sheep on the runway. They had got through a gap in the fence. Went around,
        orbited while [[name:Ted Garside]] (landowner) moved them on the quad, then landed fine. He
        had moved the ewes that morning and not thought to tell the club. Fix agreed: the {{PPR}}
        call now includes a livestock check, fence gap repaired, and an orange {{windsock}} flag
        goes out when stock is in the next field. - [[name:Felix Ng]], {{PPL}}
    """)),
    ("aviation", "incident", block("""
        Occurrence report
        Operator: [[organisation:AgriDrone Lincs Ltd]]
        Remote pilot: [[name:Connor Blyth]]   Observer: [[name:Jas]]
        Date: [[date:30/05/2024]]   Site: [[address:Top Fen Farm]], [[postcode:PE12 9RT]]
        Aircraft: {{DJI Agras T40}}
        Event: spray drift onto the organic veg plot of Mrs [[name:Juniper Hale]] next
        door while applying {{fungicide}} to potatoes. Wind gusted 14 kt, above the
        10 kt limit in our {{operating safety case}}. Mrs [[name:Hale]] reported the
        smell and spotting on her lettuces.
        Actions: {{CAA}} and {{HSE}} informed, produce tested, anemometer now mandatory
        at the field edge, 20 m buffer to gardens.
    """)),
    ("aviation", "success", prose("""
        Night landing site commendation. On [[date:16 Jan]]
        [[organisation:Wessex Vale Air Ambulance]] were tasked to a [[age:4]]-year-old with
        suspected {{meningococcal sepsis}} in a village with no road access quicker than 50
        minutes. Parish clerk [[name:Bernadette Oyelaran]] had the {{floodlit landing site}} at
        [[organisation:Polwithen Recreation Ground]] switched on by {{phone activation}} before the
        aircraft was overhead, and two volunteers had the gate open and the football nets down.
        Captain [[name:Rob Haines]] said it was the best lit site in the county. The child was at
        hospital in 11 minutes and is recovering. The lights were paid for by a {{community grant}}
        and the {{village fete}}.
    """)),
    ("aviation", "incident", block("""
        [[date:Sat 3 Aug]] - cliff rescue
        14:02 tasked by {{ARCC}} to fallen walker on the coast path near Trevone
        14:19 on scene, {{AW189}} [[aircraft_registration:G-MCGW]]
        14:25 winchman [[name:Dai Pritchard]] lowered to casualty [[name:Harriet Okoro]]
        14:31 {{downwash}} lifted a tent at [[organisation:Carnweather Farm Campsite]]
              above the cliff, loose pole struck camper [[name:Luca Bianchi]], cut to scalp
        14:40 casualty and winchman recovered
        15:05 casualty handed to land ambulance at the headland
        15:20 {{Coastguard Rescue Team}} treated [[name:Luca Bianchi]], no hospital needed
        Learning: CRT to clear campsites under the hover. MOR [[case_reference:2024/11873]]
    """)),
    ("aviation", "near_miss", prose("""
        I was flying my {{Ikarus C42}} [[aircraft_registration:G-CKLR]] out of
        [[organisation:Manor Farm Strip]] at 2000 ft when an {{ASK 21}} glider from
        [[organisation:Wolds Gliding Club]] came up in a thermal and passed about 100 ft below me.
        Neither of us had {{electronic conspicuity}} switched on; mine was flat. I reported an
        {{Airprox}} (ref [[case_reference:AP2024/187]]). The glider pilot [[name:Ingrid Solberg]]
        rang me that evening which was decent of her. I now carry a charged {{SkyEcho}} and we have
        agreed a shared {{frequency}} with the gliding club on soaring days.
    """)),
    ("aviation", "success", prose("""
        {{SAR}} debrief, [[date:2 February]]. A crewman went overboard from a crabber 6 nm off the
        point. His {{PLB}} on his lifejacket gave a position within minutes and
        [[aircraft_registration:G-MCGP]] was overhead 22 minutes after the call. The {{FLIR}}
        picked him up in the swell and winch op [[name:Sunny Dhillon]] put the winchman alongside
        first time. [[name:Kieran Sole]] ([[age:34]]) had been in the water 40 minutes with
        moderate {{hypothermia}} and was flown to hospital. He has since visited the base with his
        partner [[name:Shannon]]. The {{lifeboat}} crew took his skipper home. Textbook {{PLB}}
        case for the fishing safety talks.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Annette Brightwell]] <[[email:cfi@westmoorflyingclub.example]]>
        To: all members
        Subject: Arrow gear-up - what we learned

        All, as most of you know, [[aircraft_registration:G-BOFK]] landed wheels-up at the strip on
        [[date:Wed 12 June]]. [[name:Gus]] (PPL, 140 hrs) is unhurt, just embarrassed. A tractor
        crossed the threshold on short final, he went around, and on the second approach he never
        did his {{GUMPS}} check. The {{gear warning horn}} had been inop for a month and was in the
        tech log. Prop strike so the engine needs a {{shock load inspection}}. {{AAIB}} informed.
        Please - no flying the {{Piper Arrow}} with deferred defects on warning systems.
        [[name:Annette]] (CFI)
    """)),
    ("aviation", "near_miss", prose("""
        Pilot report, [[date:21/09/2024]]. Coming in to a {{pre-surveyed}} landing site in the
        field behind [[address:Trevassa Farm]] in [[aircraft_registration:G-HEMN]] ({{EC135}}), the
        {{Technical Crew Member}} [[name:Aled]] called wires at about 150 ft - a new {{power line}}
        had been strung across the approach since the survey. Went around and landed in the next
        field, which Mr [[name:Polkinghorne]] kindly opened for us. Patient care not delayed. Site
        database updated and the {{DNO}} now sends us new line notices. ASR
        [[case_reference:ASR-0925]].
    """)),
    ("aviation", "incident", block("""
        A/G radio log, [[organisation:Bowland Flyers]] strip, [[date:Sat 5 Oct 2024]]
        1012 [[aircraft_registration:G-AXPC]] ({{Jodel}}) departed 09
        1015 [[aircraft_registration:G-AXPC]] reports {{bird strike}} on climb out, geese,
             windscreen cracked, pilot cut to face, returning
        1016 [[aircraft_registration:G-CDHW]] ({{Eurostar}}) asked to hold off to the north
        1021 [[aircraft_registration:G-AXPC]] landed. [[name:Bilal Qureshi]] treated with
             {{first aid kit}}, to MIU by car
        1040 strip closed, geese off the flooded field. Rang farmer [[name:Joe Bannister]]
             about the {{bird scarer}}
        1115 [[aircraft_registration:G-CDHW]] landed
        {{A/G operator}}: [[name:Shirley]]
    """)),
    ("aviation", "near_miss", block("""
        Subject: water in the mogas bowser

        Hi [[name:Steve]],
        Doing my {{fuel drain}} on [[aircraft_registration:G-CIBK]] before first flight
        today ([[date:9th March]]) I got loads of water - 4 samples in the {{fuel tester}}
        before it came clear. The lid seal on the club {{mogas}} bowser has perished and
        the rain has got in. Two other members fuelled yesterday - I've rung
        [[name:Wen Li]] and [[name:Pádraig Ó Súilleabháin]] and both aircraft are
        grounded for checks. Could have been a {{Rotax}} stopping over the Levels.
        Bowser tagged out, new seal ordered from [[organisation:Aerotech Fuel Systems]].
        Cheers
        [[name:Rosie]] (safety officer)
        [[phone:07700 900461]]
    """)),
    ("aviation", "success", prose("""
        Safety commendation. On [[date:8 July]] student pilot [[name:Jade Whitmore]] ([[age:19]])
        was on her qualifying cross-country in {{Cessna 152}} [[aircraft_registration:G-OTIM]] when
        the engine started running rough and lost power. She applied {{carb heat}}, made a
        {{MAYDAY}} call to {{Distress and Diversion}} and flew the {{PFL}} exactly as she'd been
        taught, landing in a stubble field at [[address:Netherby Farm]] with no damage. The farmer
        [[name:Arthur Pye]] and his wife [[name:Hope]] gave her tea until CFI
        [[name:Dev Ramaswamy]] arrived. Cause was {{carburettor icing}}.
    """)),
    ("aviation", "incident", block("""
        Occurrence: passenger fall on airstair
        Flight: [[flight_number:RL 312]]   Aircraft: [[aircraft_registration:G-BLNX]]
        Type: {{Britten-Norman Islander}}
        Date: [[date:17/04/2025]]
        Pax: Mrs [[name:Beatrice Hughes-Ndlovu]], [[age:81]]
        Boarding at the grass strip in rain, pax slipped on the wet step and fell onto
        her outstretched hand. Suspected wrist fracture, taken off and seen at the
        island clinic. Her {{Special Assistance}} request was on the booking but not
        passed to dispatcher [[name:Kit]]. [[flight_number:RL 312]] delayed 35 mins.
        Ref [[case_reference:OR-25-0419]].
        Actions: {{non-slip tread}} on the step, {{PRM}} list printed for every rotation.
    """)),
    ("aviation", "near_miss", block("""
        Spray log - [[organisation:Chalkland Agri Services]] - [[date:12/08/2024]]
        06:10 on site, wind 4 kt, {{XAG P100}} preflight ok, pilot [[name:Mikey]]
        06:40 field 3 (next to the B road) started, tank 1
        06:52 {{C2 link}} lost behind the tree line, {{return-to-home}} triggered
        06:52 RTH height was set 5 m (left from the orchard job) - drone headed
              straight at the hedge
        06:53 [[name:Mikey]] regained link at 10 m from the hedge, manual climb, landed
        07:30 RTH height reset to 30 m, added to the {{pre-flight checklist}}
        No damage, no one on the road. {{NOTAM}} not needed (below 400 ft).
    """)),
    ("aviation", "incident", prose("""
        On [[date:Wednesday 13 March]] [[organisation:Trent Vale Air Ambulance]] landed on the
        field at [[organisation:Thornton Moor Primary School]] for a {{crush injury}} on a farm
        nearby. The school had followed the {{HLS}} agreement and moved the children inside, but
        the {{rotor downwash}} lifted the cover off the school garden {{polytunnel}} and a metal
        hoop hit the car of teacher Mrs [[name:Lucy Marsh]] ([[vehicle_registration:FV17 OZK]]),
        smashing the rear window. Nobody was hurt. Claim ref [[case_reference:SR-1410]]. Learning:
        landing site survey to include loose structures, and school to weight the polytunnel down
        with {{sandbags}}.
    """)),
    ("aviation", "near_miss", prose("""
        During a {{SAR}} task on [[date:27 July]] searching for a missing paddleboarder off the
        beach, a {{DJI Mini}} came within about 50 m of [[aircraft_registration:G-MCGX]] at 300 ft.
        Co-pilot [[name:Fiona Mackie]] saw it and we held off. The police traced the operator to a
        holidaymaker at [[organisation:Seaview Holiday Park]] who was 'trying to help find her'. He
        had a {{Flyer ID}} but did not know about the {{Air Navigation Order}} rule on emergency
        operations. Filed {{MOR}} [[case_reference:MOR-2407-553]].
    """)),
    ("aviation", "success", block("""
        [[organisation:Fenland Strip Flyers]] safety meeting, [[date:5 Nov 2024]],
        [[organisation:Gedney Drove End Village Hall]]
        Present: [[name:Rosemary Fitt]] (chair), [[name:Babajide]], [[name:Frank]],
        [[name:Ollie Chan]], [[name:Mo Bailey]]
        - {{PPR}} by phone to [[phone:01632 960905]] is now mandatory - and it worked:
          on [[date:14 Oct]] a visiting {{RV-7}} [[aircraft_registration:G-RVIX]] rang in
          and was told the farmer was muck spreading and strip 04 shortened. Landed fine.
        - [[name:Frank]] to update the {{Safety Sense}} briefing sheet and the strip
          entry in {{SkyDemon}}.
        - [[name:Babajide]] thanked for fixing the {{windsock}}.
    """)),
]


def main() -> None:
    records = build_records("blind86", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
