"""Held-out blind corpus 25: Wales and the South West of England.

Setting: Cardiff, Swansea, Newport, Wrexham, Plymouth, Bristol and Taunton. Mostly children's social care
(court statements, chronologies, LADO referrals, police notes, abbreviated case recording, foster carers'
logs, letters from young people), with health incident reports and aviation reports from two regional
airports, a flying school and coastguard search and rescue helicopters. Welsh names and Welsh words are
mixed into English; several reports concern Gypsy/Traveller and Roma families.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block as T  # noqa: E402
from markup import build_records, write_records  # noqa: E402
from markup import flow as P  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind25.jsonl"


REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", P("""
        IN THE FAMILY COURT SITTING AT CARDIFF. Case No: [[case_reference:CF24C00318]]. Statement of
        [[name:Llinos Prydderch]], social worker. 1. I am the allocated social worker for [[name:Tayla-Mae Bowen]]
        (born [[date_of_birth:02/11/2019]]) and [[name:Kai Bowen]] (born [[date_of_birth:17/06/2022]]). 2. On
        [[date:14 March 2024]] I made an unannounced visit to [[address:27 Heol Trelai, Caerau]], [[postcode:CF5 5LJ]].
        [[name:Kai]] was in a nappy that had not been changed for some hours and the fridge held only milk. The
        children's mother, [[name:Shannon Bowen]], said she had run out of money 'till Thursday'. 3. I convened a
        strategy discussion the same afternoon under the {{Wales Safeguarding Procedures}} with the police and the
        {{health visitor}}. 4. [[name:Tayla-Mae]] told me 'Mammy sleeps all day'. I have shared this with the chair
        of the {{Child Protection Conference}} and I respectfully ask the court to make an interim care order.
    """)),
    ("social_care", "success", T("""
        Chronology – [[name:Lovell]] family (WCCIS [[case_reference:1184402]])
        [[date:04/01/24]] - Referral from [[organisation:Ysgol Gynradd Maes Glas]] re [[name:Frankie Lovell]]
        ([[age:9]]), no attendance since {{half term}}.
        [[date:09/01/24]] - Joint HV by SW [[name:Rhodri Gwynne]] and [[name:Marie Doran]]
        ([[organisation:Newport Gypsy and Traveller Education Service]]) to [[address:Plot 6, Ffordd y Parc site]]. Mum
        [[name:Caroline]] explained the family moved off the roadside before Xmas and [[name:Frankie]] was called
        names in the yard.
        [[date:16/01/24]] - {{Team Around the Family}} meeting held on site in the day room at mum's request, not in
        school. Grandad [[name:Jimmy-Joe Lovell]] attended and spoke up for the boy.
        [[date:22/01/24]] - [[name:Frankie]] back on a reduced timetable with {{ELSA}} sessions twice weekly; TA
        Mrs [[name:Price]] meets him at the gate.
        [[date:12/02/24]] - Attendance 94%. Stepped down to Families First. Learning: meeting the family on their
        own ground, with a worker they already trusted, did more than two attendance letters ever did.
    """)),
    ("social_care", "incident", T("""
        LADO REFERRAL – received [[date:03/06/2024]] 10:12
        LADO ref: [[case_reference:LADO-BS-24-211]]
        Referrer: [[name:Amber Keane]], Registered Manager, [[organisation:Redcliffe House]] (children's home)
        Person subject: [[name:Jordan Pike]], residential support worker, staff no. [[case_reference:RH0417]]
        Child: [[name:L.M.]], [[age:15]]
        Summary: during an unplanned {{physical intervention}} at approx 23:30 on [[date:01/06/2024]],
        [[name:Jordan]] is alleged to have pushed [[name:L.M.]] into a door frame. Red mark to left shoulder,
        photographed by night staff. [[name:Jordan]] has not had {{PRICE}} refresher training for over a year.
        Police informed, ref [[case_reference:5224138862]]. [[name:Jordan]] suspended on full pay.
        Ofsted notified under {{Regulation 40}}.
        Contact [[name:Amber]] on [[phone:0117 496 0825]] / [[email:amber.keane@redcliffehouse.org.uk]]
    """)),
    ("social_care", "success", T("""
        Daily log – carers [[name:Gwen]] & [[name:Iolo Thomas]]. Child: [[name:Dylan]] ([[age:7]])
        Sat [[date:12/10]]: [[name:Dyl]] up at 7, ate ALL his toast!! Walked the prom, he collected shells for his
        nain.
        Sun [[date:13/10]]: unsettled after phone call w/ mum - kicked the bedroom door, then wanted a cwtch. Sat
        with him till he went off to sleep.
        Mon [[date:14/10]]: told [[name:Ceri]] (SSW) he asked if {{nain}} can come to contact at the
        {{family centre}}. [[name:Ceri]] will raise with SW [[name:Mared Bevan]].
        Tue [[date:15/10]]: Mr [[name:Vaughan]] rang from [[organisation:Ysgol Gymraeg Tan-y-Lan]] - [[name:Dylan]]
        got {{seren yr wythnos}} for helping a new boy. First time since placement he's come out smiling. He
        wants it on the fridge "so mam can see it at contact".
    """)),
    ("social_care", "incident", P("""
        Occurrence [[case_reference:NWP-24-0091734]] – MISPER (looked after child). [[name:Ffion Roberts-Hughes]],
        [[age:14]], placed at [[organisation:Tŷ Derwen]] children's home, [[address:Ffordd y Gaer, Acton]]. Last seen
        21:40hrs [[date:06/09/24]] at Wrexham General station with an older male known only as '[[name:Deano]]',
        believed to drive a silver Corsa [[vehicle_registration:CU19 XKD]]. Night worker [[name:Bryn]] did not report
        until 23:05, 85 minutes beyond the home's {{missing from care protocol}}; he states he was waiting for the
        on-call manager. [[name:Ffion]] returned by taxi at 02:15, no visible injuries, refused the
        {{return home interview}}. Corsa [[vehicle_registration:CU19 XKD]] flagged on ANPR. Intel submitted re
        {{CSE}} risk; PC [[name:Harries]] to share with the MASH and social worker [[name:Nia Pryce]].
    """)),
    ("social_care", "success", T("""
        Dear [[name:Sioned]],
        im writing this coz you said at my {{LAC review}} i could write stuff down instead of saying it in front of
        everyone.
        living with [[name:pat]] and [[name:hywel]] is loads better than [[organisation:Brynteg Lodge]]. [[name:pat]]
        makes proper {{cawl}} and [[name:hywel]] takes me to rugby every sunday. i got my first ever certificate
        at [[organisation:Ysgol Maes y Ddraig]] for maths and i wasnt excluded once this term!!
        the only thing is i want to see my brother [[name:Caden]] more than once a month. he lives with our aunty
        [[name:Shell]] in Rhyl. could it be every other saturday? i dont mind if [[name:Gareth]] from the contact
        team comes.
        please dont move me again.
        diolch,
        [[name:Kenzie]] ([[age:13]] and a half)
    """)),
    ("social_care", "near_miss", T("""
        HV [[date:11/04]] w/ Romanian interp ([[name:Mihaela]], {{Language Line}} video). Present: M
        ([[name:Roxana Lăcătuș]]), F ([[name:Florin]]), MGM, 4 ch. Addr [[address:Flat 2, 58 Commercial Rd]],
        [[postcode:NP20 2PE]].
        Obs: baby [[name:Denisa]] ([[age:5]] mths) co-sleeping in double bed w/ M + 2 sibs; F smokes on balcony.
        Home warm, food in cupboards.
        SW recorded 'no concerns' & planned NFA. TM [[name:Gethin Rowlands]] picked up in supervision [[date:15/04]]
        that no {{safe sleep}} advice given and HV not informed.
        Action: SW revisited [[date:17/04]] w/ interp, safe sleep leaflet in Romanian, cot sourced via
        [[organisation:Pillgwenlly Baby Bank]]. HV [[name:Sue]] updated by tel.
        Reflective note: interpreter present does not = info understood. Ask M to explain it back.
    """)),
    ("social_care", "success", T("""
        Pre-proceedings ({{PLO}}) summary – [[name:Hope Tremayne]] (DOB [[date_of_birth:21.08.2021]]),
        Mosaic ID [[case_reference:M2290417]]
        [[date:02.05.24]] Letter before proceedings hand-delivered to mum [[name:Danielle Tremayne]] at
        [[address:14 Ker Street, Devonport]].
        [[date:09.05.24]] PLO meeting. Mum attended with solicitor Mr [[name:Akhtar]]. Agreed: parenting
        assessment, {{hair strand testing}}, engagement with [[organisation:Harbour Drug and Alcohol Service]].
        [[date:06.06.24]] Hair strand negative for cocaine. Mum: "I hope this proves I mean it."
        [[date:18.07.24]] Parenting assessment by [[name:Kerenza Hocking]] positive. [[name:Hope]] thriving at
        [[organisation:Little Acorns Nursery]], key worker reports speech coming on.
        [[date:01.08.24]] Exit from PLO agreed at legal gateway; step down to {{CIN}}. What worked: same SW throughout
        and a written plan in plain English that mum kept on the fridge.
    """)),
    ("social_care", "incident", P("""
        LADO consultation logged [[date:Tuesday 19th November]] by the {{designated safeguarding lead}} at
        [[organisation:Ysgol Gyfun Penlan Uchaf]], [[name:Eirian Morse]]. A Year 10 pupil, [[name:Seren]] ([[age:15]]),
        showed her form tutor Snapchat messages from PE teacher [[name:Liam Brockway]] sent late at night, including
        'ur my fav, dont tell the others'. [[name:Brockway]] has been in post since September. Screenshots saved to
        the school safeguarding system, ref [[case_reference:CPOMS-88213]]. [[name:Seren]]'s parents
        [[name:Dafydd]] and [[name:Anwen Jenkins]] were informed the same day. Head teacher Mrs [[name:Olusanya]]
        placed Mr [[name:Brockway]] on leave pending a strategy meeting; police to consider a
        {{position of trust}} offence and a referral to the {{EWC}} will follow the outcome.
    """)),
    ("social_care", "success", P("""
        {{IRO}} record of {{CLA review}}, held [[date:27/02/2025]] at [[address:Orchard Cottage, Staplegrove]].
        Young person: [[name:Summer Vowles]], [[age:11]]. Foster carers [[name:Tracey]] and [[name:Mark Dyer]].
        [[name:Summer]] chaired the first half herself using cue cards she made with her social worker
        [[name:Abi Nightingale]]; she asked for the {{PEP}} to go first because 'school is the good bit'.
        [[organisation:Staplegrove Church School]] report she has moved from the red to the amber reading group.
        Birth dad [[name:Shaun]] joined by Teams and, for the first time, said he supported her staying long term.
        Recommendation: progress to permanence within this placement. Learning for the service: giving the child
        real control of the agenda changed the tone of the whole meeting. IRO: [[name:K. Fisher]]
    """)),
    ("social_care", "near_miss", T("""
        From: [[name:Bethan Lloyd-Jenkins]] <[[email:bethan.lloydjenkins@cardiffchildrens.org.uk]]>
        Subject: RE: ICPC minutes – [[name:Osei-Bonsu]] children – PLEASE READ
        Hi [[name:Carys]],
        Quick heads up. The minutes from [[date:Thurs 7th]]'s conference were about to go out to both parents at
        [[address:41 Clive Street, Grangetown]] - but dad ([[name:Kwame Osei-Bonsu]]) has a
        {{non-molestation order}} and mum and the girls moved to refuge on [[date:2nd Nov]]. Business support had
        the old address on the system. I only caught it because I checked the envelope.
        Mum's new address is NOT to go in the open part of the file - use the {{confidential address}} flag.
        Can you make sure the HV records at [[organisation:Grangetown Health Centre]] are updated too?
        Diolch,
        [[name:Beth]]
        [[name:Bethan Lloyd-Jenkins]] | Senior Practitioner | [[phone:029 2018 0473]]
    """)),
    ("social_care", "incident", T("""
        Foster carer log, placement ref [[case_reference:FC-3319]] – [[name:Jaylen]] ([[age:16]])
        [[date:Fri 21 Mar]] 22:50 – heard crying from [[name:J]]'s room. Found superficial cuts to left forearm,
        cleaned and steri-strips applied. Did not leave him alone. Rang EDT on [[phone:0117 496 0391]], spoke to
        [[name:Ade]]. Advised A&E if any deep wounds; none.
        Blade came from a pencil sharpener - we had missed this when we did the room check.
        [[date:22 Mar]] 09:30 – [[name:Jaylen]] said his mate [[name:Kez]] had posted about him on snap. Took him
        to [[organisation:Easton Family Practice]], Dr [[name:Hussain]] reviewed and referred to {{CAMHS}}.
        Sharpeners now removed per {{safety plan}}. SSW informed.
        [[name:Marcia Campbell]] (foster carer)
    """)),
    ("social_care", "success", P("""
        Special Guardianship assessment – summary for the court. Case no. [[case_reference:NP23C00671]].
        Applicant: [[name:Glenys Parry]], maternal grandmother ('{{Mam-gu}}') of [[name:Osian]] ([[age:4]]) and
        [[name:Nel]] ([[age:2]]). I visited Mrs [[name:Parry]] six times at her home,
        [[address:Bryn Awel, Heol-y-Felin, Rogerstone]], [[postcode:NP10 9HB]], between [[date:5 February]] and
        [[date:18 April 2024]]. She is [[age:67]] and manages her type 2 diabetes well; her GP at
        [[organisation:Rogerstone Surgery]] supports the application. The children's father, [[name:Gavin Prosser]],
        opposes the application but has not attended contact since the autumn. The children speak Welsh at home with
        her and attend [[organisation:Cylch Meithrin Tŷ Sign]]. I recommend a {{Special Guardianship Order}} with a
        support plan that includes respite from her sister [[name:Dilys]]. [[name:Rhiannon Tudor]],
        kinship social worker.
    """)),
    ("social_care", "near_miss", T("""
        Case note [[date:08/07/24]] – entered by SW [[name:Iestyn Powell]] – near miss, info sharing
        Outgoing letter to Ms [[name:Leanne Doyle]] at [[address:9 Tan y Bryn, Brymbo]], [[postcode:LL11 5DP]]
        contained page 3 of another family's {{child protection plan}} ([[name:Kowalczyk]] family, WCCIS
        [[case_reference:2034776]]). Picked up by business support officer [[name:Dawn]] doing the
        {{two-person check}} before the envelope was sealed. Cause: shared printer tray held pages from two jobs.
        Reported to IG, ref [[case_reference:IG-2024-0457]]; not reportable as it never left the building.
        [[name:Dawn]] thanked in team meeting. Action: print jobs collected one at a time, no batch printing of
        CP plans.
    """)),
    ("social_care", "success", T("""
        To [[name:Jess]] at the leaving care team,
        just wanted to say thanks for sorting all my stuff before my birthday. I turned [[age:18]] on
        [[date:4th Jan]] and I actually had everything, my NI number ([[ni_number:JT 48 21 90 B]]) came through, bank
        account sorted, and the flat at [[address:Flat 6, 22 Cobourg Street]], [[postcode:PL1 1SR]] is mine now.
        My PA [[name:Tomasz]] came every week even when I was being a nightmare and helped me with the
        {{Universal Credit}} forms.
        The {{Staying Close}} thing means I can still ring [[name:Marge]] from [[organisation:Seaview House]] when
        im struggling.
        Still scared but in a good way.
        [[name:Paige]] x
    """)),
    ("social_care", "incident", P("""
        Attended [[date:23/08/2024]] 01:30 following 999 call from [[name:Shirley Boswell]], [[age:58]], re her
        daughter [[name:Kathleen]] ([[age:29]]) at [[address:Plot 11, Ashton Vale site]]. Partner
        [[name:Tyson Smith]] (DOB [[date_of_birth:12/03/1993]]) had left in a white Transit
        [[vehicle_registration:WU67 HFN]]. [[name:Kathleen]] had facial swelling and two children aged [[age:6]] and
        [[age:3]] were awake in the {{trailer}}. {{DASH}} completed, high risk; {{MARAC}} referral made.
        [[name:Kathleen]] declined to give a statement; BWV captured her first account. Transit stopped on the A370 at
        02:10 and [[name:Tyson]] arrested for ABH, custody ref [[case_reference:BS-24-66120]]. Children's social care
        notified via EDT. Officer note: [[name:Shirley]] asked that marked cars are not parked at the site entrance
        again because of the reaction from other families - passed to the neighbourhood team.
    """)),
    ("social_care", "success", P("""
        Supervision note, [[date:10 Ionawr 2025]]. Supervisee: [[name:Elin Wyn Hughes]]; supervisor: [[name:Alun]].
        Discussed [[name:Gruffydd]] ([[age:12]]). [[name:Elin]] has done all direct work through Welsh as part of
        the {{active offer}} under {{Mwy na Geiriau}}, and [[name:Gruffydd]] disclosed bullying for the first time
        only when spoken to in his first language; previous English-only sessions got shrugs. His nain,
        [[name:Megan Edwards]], at [[address:Pen-y-Bryn Farm, Llandegla]], has agreed to have him at weekends.
        [[name:Alun]] noted this as practice to share at the team day. Agreed actions: update care and support
        plan, ask school to assign a Welsh-speaking mentor.
    """)),
    ("social_care", "near_miss", T("""
        MASH triage – contact [[case_reference:C-24-119874]]
        Received: [[date:17/05/24]] 16:52 (Friday)
        Source: school nurse, [[organisation:Cathays High School]]
        Child: [[name:Aleksandra]] '[[name:Ola]]' [[name:Nowak]], DOB [[date_of_birth:30/09/2010]]
        [[name:Ola]] told the school nurse her stepdad hit her with a belt last night. Marks seen on back of
        thighs. Initially RAG'd amber and queued for Monday. TM [[name:Rhys]] reviewed queue at 17:30 and
        escalated to a {{strategy discussion}} the same evening. [[name:Ola]] stayed with aunt [[name:Kasia]] at
        [[address:Flat 1, 3 Wyeverne Road]], [[postcode:CF24 4BH]] under a {{safety plan}}.
        Learning: late Friday contacts need a manager eye before the weekend, not a queue.
    """)),
    ("social_care", "incident", T("""
        Key events - [[name:Jac]] and [[name:Lili-Rose Harries-Evans]] (WCCIS [[case_reference:1990345]])
        [[date:2023-03-14]] HV [[name:Karen]] notes 3rd missed immunisation appt.
        [[date:14.6.23]] [[organisation:Ysgol Gynradd Cwm Glas]] report [[name:Jac]] attendance 71%, often hungry.
        [[date:02/09/23]] Police welfare check, dog faeces in kitchen, no working cooker.
        [[date:19 Oct 2023]] ICPC - registered under neglect.
        [[date:11/01/24]] [[name:Lili-Rose]] ([[age:2]]) admitted [[organisation:Morriston Hospital]],
        {{faltering growth}}.
        Reviewer comment: each event was responded to on its own. Nobody pulled the history together or completed
        the {{Graded Care Profile 2}} until after the admission. Cumulative neglect and drift.
    """)),
    ("social_care", "success", T("""
        Foster carer notes – week of [[date:3 Nov]]
        YP: [[name:Marek Lakatoš]] ([[age:15]])
        Mon – enrolled at college for {{ESOL}}. [[name:Marek]] very quiet on the bus, then chatted in Romani
        with [[name:Ondrej]] from [[organisation:Bristol Roma Support Hub]] who met us there.
        Wed – phone call with his brother [[name:Tibor]] went well, lots of laughing.
        Thurs – [[name:Marek]] cooked {{halušky}} for us all. The joy on his face when [[name:Lenny]] had seconds!
        Fri – SW [[name:Ngozi]] visited, confirmed the {{EUSS}} application is going in with solicitor.
        [[name:Marek]] asked if he can stay with us "for long time". Told him we would love that.
        [[name:Joy]] & [[name:Lenny Barton]]
    """)),
    ("social_care", "near_miss", P("""
        Consultation only – LADO duty, [[date:12/09/2024]]. Caller: [[name:Robin Pearce]], welfare officer at
        [[organisation:Taunton Vale Juniors FC]]. Volunteer coach [[name:Frank Mullins]] had offered lifts home to
        under-12 players and followed two of them on Instagram. One boy, [[name:Alfie]] ([[age:11]]), had already
        got into the car once when his mum was late. [[name:Robin]] had a frank conversation with the coach and was
        going to 'leave it there'. Advice given: this is a pattern of {{grooming indicators}} even if each act looks
        harmless; threshold for a formal LADO referral not met today but club to suspend one-to-one contact,
        [[name:Frank]] to re-sign the code of conduct and the club to re-check his enhanced {{DBS}} certificate,
        no. [[case_reference:001748293651]]. [[name:Robin]] to ring back if anything further comes to light.
    """)),
    ("social_care", "success", T("""
        {{Signs of Safety}} mapping – [[name:Cerys Jones]] ([[age:8]]) & [[name:Macsen Jones]] ([[age:5]])
        Date: [[date:29.01.25]]. Present: mum [[name:Siân]], nan [[name:Bev]], SW [[name:Gethin Price]],
        FSW [[name:Ifan]].
        Worried about: mum's drinking when she's low, kids finding her asleep on the sofa.
        Working well: [[name:Bev]] lives 2 doors away and has a key. [[name:Cerys]] knows to ring nan.
        Mum 6 weeks alcohol-free, going to [[organisation:Dyfodol Newport]] every Tuesday.
        Scaling: scored 3 at ICPC on [[date:4 Dec]], today everyone put 7, [[name:Cerys]] put 8 "because mam makes
        pancakes again".
        Next steps: {{safety network}} meeting with [[name:Bev]] and aunty [[name:Nerys]] in 4 weeks.
    """)),
    ("social_care", "incident", T("""
        EDT log – [[date:Sat 14/12/24]]
        19:40 Police call: [[name:Tyler]] ([[age:12]]) found alone at [[address:Flat 11, Nelson House, Butetown]].
        Mum [[name:Donna Reece]] in custody since 15:00; officers only discovered him via a neighbour.
        19:55 Tried dad [[name:Lee Reece]] on [[phone:07700 900417]] x3, no answer.
        20:30 {{Police protection}} used. Emergency placement with carers [[name:Huw]] & [[name:Ann]].
        22:10 Carers rang: [[name:Tyler]] wheezy, inhaler left at the flat. Out-of-hours GP prescribed
        {{salbutamol}}, collected from late pharmacy 23:40.
        Learning: custody did not ask about dependants at booking-in. Raised with police custody lead.
        [[name:O. Haf]], EDT SW
    """)),
    ("social_care", "success", T("""
        From: [[name:Glyn Roberts]] <[[email:g.roberts@ysgolberwynisaf.cymru]]>
        Sent: [[date:Friday 11 July 2025]] 15:02
        Subject: Year 6 transition - [[name:Romany]]
        Hi [[name:Nikki]],
        Just wanted to say diolch for the work with [[name:Romany Doe]] ([[age:11]]) and dad [[name:Levi]] this term.
        [[name:Levi]] was adamant she wouldn't go to secondary. The three visits to the new school with the
        {{Traveller Education Service}} worker, and letting her take her cousin on the last one, changed it.
        She's signed up for the summer club. [[name:Levi]] even came in for the transition evening!
        Cofion,
        [[name:Glyn]]
        [[name:Glyn Roberts]] | {{DSL}} | [[organisation:Ysgol Berwyn Isaf]] | [[phone:01632 960 318]]
    """)),
    ("social_care", "near_miss", P("""
        Supervised contact record – [[date:Wed 5 June]], [[organisation:Mayflower Contact Centre]]. Children:
        [[name:Ivy]] ([[age:6]]) and [[name:Reuben Hext]] ([[age:4]]). Parent: dad, [[name:Dean Hext]]. Contact
        supervisor: [[name:Precious Adeyemi]]. At 15:20 dad's new partner, [[name:Kelly-Ann]], arrived at reception
        asking to 'just say hello'; she is named in the {{child arrangements order}} as having no contact. The
        receptionist had no photo or flag on the booking and nearly let her through; [[name:Precious]] recognised the
        name from the file. Contact continued and dad said he hadn't told her the time. Reported to SW [[name:Nadia]]
        the same day. Action: a restriction list is now printed for reception with every booking.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", P("""
        Datix [[case_reference:W-118452]]. Children's medical ward,
        [[organisation:Noah's Ark Children's Hospital for Wales]].
        Patient: [[name:Iestyn Bowditch]], [[age:3]], NHS no. [[nhs_number:603 470 4049]]. On [[date:09/02/2025]]
        at 02:00 a tenfold overdose of oral {{morphine}} (2 mg instead of 0.2 mg) was given after a prescription
        written by the {{FY2}}, Dr [[name:Chinwe Obi]], with a trailing zero misread. The second checker was an agency
        nurse who had not been shown the ward's double-check process. [[name:Iestyn]] became drowsy with a
        respiratory rate of 10 and responded to {{naloxone}}. Consultant Dr [[name:Rhys ap Gwilym]] reviewed and
        parents [[name:Lacey]] and [[name:Connor Bowditch]] were told that night under the duty of candour. Actions:
        no trailing zeros on paper charts, agency induction to include the independent double-check.
    """)),
    ("health", "success", P("""
        Good practice note – Welsh Centre for Burns, [[organisation:Morriston Hospital]]. [[name:Lowri]]
        ([[age:14]] months, hosp no. [[case_reference:M3318820]]) was brought in by [[name:Carly]] and
        [[name:Aaron Meek]] on [[date:Sunday 2nd June]] with scalds to both feet; the history given was a cup of tea
        pulled off a table. Triage nurse [[name:Yusuf Demir]] wrote down the parents' exact words and noted a sharp
        {{tidemark}} on both ankles with sparing of the soles. Sister [[name:Hale]] escalated to the paediatric
        team, a {{skeletal survey}} was arranged and a strategy discussion held the same day. An immersion injury was
        confirmed and [[name:Lowri]] went home to a paternal aunt. Learning: precise documentation at triage was
        what made the difference.
    """)),
    ("health", "near_miss", P("""
        Near miss – {{WBIT}} (wrong blood in tube). [[organisation:Derriford Hospital]] ED, bays 7 and 8,
        [[date:21 Oct 2024]]. An HCA took group and save samples from two patients with similar names:
        [[name:Margaret Ann Rowe]], NHS [[nhs_number:995 653 2975]], and [[name:Margaret Rowse]], NHS
        [[nhs_number:116 918 2089]]. Labels had been printed in bulk at the desk. Lab BMS [[name:Paweł]] noticed
        the group (A pos) differed from the historic record (O neg) and rejected the sample. Mrs [[name:Rowse]]
        needed two units for an upper GI bleed later that night and transfusion was delayed by 40 minutes while
        samples were repeated. Datix [[case_reference:DX 77210]]; reported to {{SHOT}}. Learning:
        {{positive patient identification}} at the bedside, no pre-printed labels.
    """)),
    ("health", "incident", P("""
        Fall with harm, [[organisation:Musgrove Park Hospital]] stroke unit, [[date:12/01/2025]] 03:10. Patient
        [[name:Wilfred]] '[[name:Wilf]]' [[name:Coombes]], [[age:88]], MRN [[case_reference:T0932281]], known
        {{delirium}}, fell walking to the toilet and sustained a fractured {{neck of femur}}. He had been on
        enhanced observation in a cohort bay but the HCA, [[name:Jade]], was moved to cover another ward at 01:00
        and the bay was left without a nurse in sight. His son [[name:Roger Coombes]] was not told until 07:40.
        Incident ref [[case_reference:SOM-25-00341]]. Falls lead [[name:Nkechi Eze]] has asked that enhanced
        observation staff are not redeployed without a risk assessment signed by the site manager.
    """)),
    ("health", "success", P("""
        Shared learning, surgical ward, [[organisation:Southmead Hospital]]. Mr [[name:Dafydd Ellis-Pugh]],
        [[age:71]], NHS [[nhs_number:219 368 7676]], day 2 after a bowel resection. At 06:00 his {{NEWS2}} was only
        3, but student nurse [[name:Kieran]] said he was 'not himself' and his wife [[name:Eirlys]] said the same on
        the phone. [[name:Kieran]] escalated to the nurse in charge, who called {{FY1}} Dr [[name:Amara Nwosu]];
        lactate came back at 4.1 and the {{Sepsis Six}} were completed within 40 minutes. An anastomotic leak was
        found on CT and he returned to theatre the same day. He went home on [[date:3 March]]. We are now adding a
        'patient or family worried' prompt to the observation chart.
    """)),
    ("health", "near_miss", T("""
        SEA – [[organisation:Plas Coch Medical Practice]]
        Date of event: [[date:3/3/25]]
        What happened: repeat Rx for {{methotrexate}} 10 mg issued as 'once daily' instead of once weekly. Two
        patients: [[name:Bill Hughes]] (DOB [[date_of_birth:14/05/1949]]) and [[name:William Hughes]]
        (DOB [[date_of_birth:02/12/1951]]); the receptionist picked the wrong record and the template defaulted to
        daily. Pharmacist [[name:Harpreet]] at [[organisation:Rhosddu Pharmacy]] queried it before dispensing.
        Discussed at practice meeting, led by Dr [[name:Ogunleye]].
        Actions: methotrexate template locked to weekly; both records alert-flagged for same name;
        receptionists to check DOB and first line of address ([[address:Maes y Dre, Gwersyllt]]) on every request.
    """)),
    ("health", "incident", P("""
        [[organisation:Grange University Hospital]] – delayed ambulance handover, [[date:28/12/2024]]. Mrs
        [[name:Valerie Pugh]], [[age:79]], of [[address:6 Chapel Row, Blaenavon]], waited 9 hours 40 minutes in an
        ambulance outside ED. Crew [[name:Rhys Tanner]] and [[name:Gemma]] recorded observations hourly and escalated
        twice as her urine output dropped, but no ED clinician reviewed her until 01:15. She was found to have an
        {{acute kidney injury}} and needed HDU care. Incident ref [[case_reference:ABUHB-INC-44091]]; daughter
        [[name:Lorraine]] has made a complaint, ref [[case_reference:PTR/24/1187]]. Learning: the {{Rapid Release}}
        request process was not used because staff thought it only applied to category 1 calls.
    """)),
    ("health", "success", P("""
        Good practice – [[organisation:Bristol Royal Hospital for Children]]. [[name:Ionuț Rostaș]], [[age:6]],
        hosp no. [[case_reference:BRHC 4410923]], new diagnosis of {{type 1 diabetes}} presenting in {{DKA}}.
        Parents [[name:Gabriela]] and [[name:Dorin]] speak Romanian and Romani and dad reads very little. Diabetes
        specialist nurse [[name:Sadie Holbrook]] booked a face-to-face interpreter, [[name:Mirela]], for every
        teaching session instead of telephone, and used picture-based carb counting cards. Discharged
        [[date:19 August]] with a home visit on [[date:21 August]] to [[address:112 Stapleton Road]],
        [[postcode:BS5 0PR]]. No readmissions and an HbA1c of 58 at three months.
    """)),
    ("health", "near_miss", P("""
        Near miss, community midwifery, [[organisation:Singleton Hospital]]. [[name:Bridget McDonagh]], [[age:19]],
        gave birth to [[name:Mary-Ellen]] (NHS [[nhs_number:987 707 4206]]) on [[date:7th May]]. The
        {{newborn blood spot}} sample was insufficient and the repeat letter went to the family's previous
        roadside stop. By then they had moved to [[address:Plot 3, Llansamlet site]]. The day 10 visit was missed.
        At handover health visitor [[name:Efa]] noticed no repeat result and rang aunt [[name:Nora]] on
        [[phone:07700 900862]], the only number on file, and the repeat was taken on day 16. Midwife
        [[name:Catrin Morgan]] has added a 'second contact' field for Gypsy and Traveller families and asks at every
        visit where the family will be next week.
    """)),
    ("health", "incident", P("""
        [[organisation:Cefn Coed Hospital]], adult acute ward. [[name:Rhodri Tallis]], [[age:34]], NHS
        [[nhs_number:667 073 6991]], detained under {{section 3}}, absconded during escorted leave in the grounds
        on [[date:Wed 16th]]. The escorting HCA, [[name:Danny]], had been asked to take two patients at once, which
        is against the leave policy. Police were informed after 25 minutes, ref [[case_reference:2400387711]], and
        [[name:Rhodri]] was found unharmed at his mother's house, [[address:31 Pentregethin Road, Cwmbwrla]], that
        evening. Care co-ordinator [[name:Alys]] attended the review. Learning: one escort per patient on
        {{Section 17 leave}} and a documented risk check before leaving the ward.
    """)),
    ("health", "success", P("""
        District nursing, [[organisation:Taunton Deane Community Nursing Team]]. Mr [[name:Arthur Grace]], [[age:82]],
        at [[address:Willow Barn, Stoke St Mary]], [[postcode:TA3 5BX]], had a category 3 {{pressure ulcer}} on his
        left heel when referred on [[date:6 September]]. His wife [[name:Rose]] is his main carer. HCA
        [[name:Becky]] taught her to use the {{SSKIN}} bundle, the team sourced a dynamic mattress within 48 hours,
        and tissue viability nurse [[name:Olu]] reviewed fortnightly. The wound healed in ten weeks. [[name:Rose]]
        said it was the first time anyone had shown her what to look for rather than just telling her.
    """)),
    ("health", "near_miss", T("""
        Community pharmacy near-miss log – [[organisation:Whitchurch Road Pharmacy]]
        [[date:22/01/25]] 11:15. Rx from [[organisation:Birchgrove Surgery]] for {{NovoRapid}} FlexPen for
        Mr [[name:Mohammed Al-Rashid]], DOB [[date_of_birth:08/08/1960]]. Dispenser picked {{NovoMix 30}} - boxes
        shelved side by side. Accuracy checker [[name:Tegan]] spotted it at final check. Son [[name:Yaseen]]
        collecting, not told at the time; told after.
        Action: look-alike insulins now shelved on separate shelves with shelf-edge alert. Shared with the
        pharmacist, [[name:Tomos Bevan]].
    """)),
    ("health", "incident", P("""
        Serious incident review, summary. Infant [[name:T.W.]], [[age:4]] months, was brought to
        [[organisation:Wrexham Maelor Hospital]] ED on [[date:02/10/24]] with a bruise to the ear, put down to a
        car-seat strap, and discharged. On [[date:09/10/24]] [[name:T.W.]] returned with a swollen thigh and a
        femoral fracture was found. At the first visit nobody checked {{CP-IS}} or applied the
        {{bruising in non-mobile babies}} protocol. Mother [[name:Jodie Whitley]] and father
        [[name:Ryan Whitley]] gave differing accounts. Paediatric registrar Dr [[name:Sunita Rao]] escalated on the
        second visit. Review ref [[case_reference:BCU-SI-2024-0193]]. Recommendation: any bruise in a non-mobile
        baby triggers a {{sentinel injury}} pathway, regardless of explanation.
    """)),
    ("health", "success", T("""
        From: [[name:Kerry Pascoe]] <[[email:kerry.pascoe@nhs.net]]>
        To: Perinatal Mental Health Team
        Date: [[date:Mon 17 Feb 2025]]
        Subject: thank you - [[name:A. Mutasa]]
        Hi all,
        Just to feed back on [[name:Anesu Mutasa]] (DOB [[date_of_birth:11/04/1996]]), who I saw at
        [[address:3 Renown Street, Keyham]] on [[date:28 Jan]]. {{EPDS}} was 19 and she said she had thought
        about walking out and leaving baby [[name:Tino]]. You saw her the next morning and the
        {{perinatal mental health}} nurse has been in every week since. Today she was laughing with
        [[name:Tino]] on the mat. Her husband [[name:Farai]] asked me to pass on his thanks too.
        [[name:Kerry]]
        Health Visitor
    """)),
    ("health", "near_miss", P("""
        Near miss, clinical hub. 999 call [[date:05/04/2025]] 03:12 from [[name:Jonno]] about his friend
        [[name:Callum Fry]], [[age:22]], unresponsive after taking {{ketamine}}. Caller gave
        [[address:Flat 4, 19 Ashley Road]]. The address search auto-completed to a street of the same name with
        postcode [[postcode:BS6 5NL]] rather than [[postcode:BS6 5NJ]]. Call handler [[name:Wendy]] read the full
        address back and [[name:Jonno]] said 'no, by the park', so she corrected it before the crew in
        [[vehicle_registration:WX71 KPF]] reached the wrong door. Ref [[case_reference:SW-NM-5512]]. Learning: always
        confirm area, postcode and a landmark; do not accept the first auto-complete.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", P("""
        Ground occurrence report, Cardiff ({{EGFF}}), [[date:14/06/2024]] 05:48 local. During pushback of
        {{A320}} [[aircraft_registration:G-TUIR]], operating [[flight_number:TOM2612]], the tug contacted the nose
        gear door after the towbar shear pin failed. Tug driver [[name:Kyle Manning]] (ID
        [[case_reference:CWL-GH-0772]]) was working without a wing walker because [[name:Siôn]] had been moved to
        another stand to cover staff sickness. Engineer [[name:Ffion Adebayo]] inspected and the aircraft was AOG
        for six hours; passengers transferred to [[aircraft_registration:G-TUIK]]. MOR submitted to the {{CAA}},
        ref [[case_reference:MOR 2024/11873]]. [[flight_number:TOM2612]] departed 07:10 late.
    """)),
    ("aviation", "success", P("""
        Commander's report, [[flight_number:EZY6043]] Bristol to Faro, [[date:03 Aug 2024]], {{A320neo}}
        [[aircraft_registration:G-UZHX]]. Forty minutes after departure a passenger, Mrs [[name:Denise Follett]],
        [[age:63]], seat 14C, collapsed. SCCM [[name:Marta Kowal]] led the cabin response and a passenger who said
        she was a nurse, [[name:Yewande]], assisted. The {{AED}} was applied (no shock advised) and we spoke to
        {{MedLink}}. First officer [[name:Tom Bright]] and I agreed a return to Bristol; we landed 38 minutes later
        and paramedics met the aircraft on stand. Good CRM throughout. Capt. [[name:J. Ellery]]
    """)),
    ("aviation", "near_miss", P("""
        {{Runway incursion}} – student solo, [[organisation:Severn Vale Flying School]], [[date:Sat 9 March]] 11:20.
        Student pilot [[name:Rhodri Lewis]] in {{Cessna 152}} [[aircraft_registration:G-BNSX]] crossed the holding
        point while KLM Embraer [[flight_number:KL1064]] was on a 2 nm final. ATC sent [[flight_number:KL1064]]
        around. [[name:Rhodri]] believes he heard 'line up' and his {{readback}} was clipped by another
        transmission, which the controller did not challenge. Instructor [[name:Catrin Vaughan]] debriefed him the
        same day. CFI [[name:Derek Shilling]] has added stop-bar and hold-short scenarios to the pre-solo briefing.
        MOR [[case_reference:2024/03341]] filed.
    """)),
    ("aviation", "success", P("""
        SAR mission summary, [[date:22/07/2024]]. Tasked 16:05 to a climber who had fallen on the cliffs west of
        Rhossili. {{AW189}} [[aircraft_registration:G-MCGY]]. The casualty, [[name:Matteo Ricci]], [[age:27]], had
        an open tib/fib fracture; his partner [[name:Sofia]] gave a precise {{what3words}} location which saved a
        search. Winchman paramedic [[name:Gwenllian]] '[[name:Gwen]]' [[name:Rees]] was lowered onto the ledge
        and packaged him on a stretcher. Captain [[name:Alistair Brand]], co-pilot [[name:Iolo]], winch operator
        [[name:Dai Jenkins]]. Landed at the [[organisation:Morriston Hospital]] helipad at 16:51. Good joint
        working with the coastguard rescue team on the cliff top.
    """)),
    ("aviation", "near_miss", P("""
        Ramp near miss, Bristol ({{EGGD}}), [[date:18 Sept 2024]]. Handling agent [[organisation:Westward Aviation
        Services]] passed a fuel request for {{Jet A-1}} for Piper Seneca [[aircraft_registration:G-OBTS]], which
        has piston engines and takes {{AVGAS}}. Bowser driver [[name:Nathan Crewe]] noticed the aircraft type on
        arrival, saw the fuel placard by the filler and refused to connect until the pilot, Mr [[name:Hollis]],
        confirmed. Ref [[case_reference:BRS-SMS-24-0419]]. Learning: agent's request template now shows aircraft
        type, not just registration, and drivers are thanked for stopping.
    """)),
    ("aviation", "incident", P("""
        Occurrence report – unaccompanied minor, [[flight_number:EI 3657]] Belfast to Cardiff, [[date:28/03/2024]],
        ATR [[aircraft_registration:EI-FNJ]]. [[name:Caoimhe Brennan]], [[age:10]], travelling to spend Easter with
        her father [[name:Gethin Morgan]]. On arrival the handling agent released her to a woman who said she was
        'nana'. The {{UM form}} named only [[name:Gethin Morgan]] and [[name:Rhian Morgan]]; agent [[name:Leah]]
        did not check photo ID. The woman was in fact her step-grandmother, and no harm resulted, but the
        {{duty manager}} only found out when [[name:Gethin]] arrived 20 minutes later. All agents retrained.
    """)),
    ("aviation", "success", P("""
        Flying club safety bulletin. On [[date:15 May]] instructor [[name:Bethan Rowe]] and student
        [[name:Hamza Iqbal]] in PA-28 [[aircraft_registration:G-BRBA]] had rough running at 2,500 ft over the
        Severn. Because [[name:Bethan]] had briefed the high {{carb icing}} risk on the ground (temp 12, dew point
        10), [[name:Hamza]] applied full {{carb heat}} straight away; the engine ran rough for 30 seconds and then
        cleared. They returned to the field and landed without further issue. Chief instructor [[name:Mal Pritchard]]
        of [[organisation:Welsh Dragon Aero Club]] asks all instructors to include the carb icing chart in every
        pre-flight brief.
    """)),
    ("aviation", "near_miss", P("""
        Internal report [[case_reference:SAR-OPS-24-088]]. Night winch to the fishing vessel {{Morning Star}} in the
        Bristol Channel, [[date:2nd December]], {{AW189}} [[aircraft_registration:G-MCGT]]. The {{hi-line}} snagged
        on the vessel's gantry as the boat rolled. Winch operator [[name:Kev Oduya]] called 'cable cutter ready'
        and the crew held a stable hover while winchman [[name:Dewi]] cleared it by hand. Skipper
        [[name:Ieuan Griffiths]] had been told by radio to stow the gantry but the message was not understood
        over engine noise. Learning: confirm deck preparation by a visual signal as well as VHF.
    """)),
    ("aviation", "incident", P("""
        Cabin crew report, [[flight_number:TOM 2615]] Cardiff to Tenerife, [[date:27/10/2024]], aircraft
        [[aircraft_registration:G-TAWN]]. Passenger in 22F, [[name:Connor Doyle]], used a vape in the lavatory and
        was verbally abusive to crew member [[name:Ewa]] when challenged. A Level 2 warning card was issued by
        CSM [[name:Luke Farrow]]. He continued to drink his own alcohol and the commander requested police to meet
        the aircraft on return. Police ref [[case_reference:2400412956]]. Learning: the bar was closed to him but
        duty-free bags were not checked; {{disruptive passenger}} procedure updated.
    """)),
    ("aviation", "success", P("""
        ASR summary: bird strike after departure from Bristol runway 27, [[date:2024-10-11]], {{ATR 72}}
        [[aircraft_registration:G-LMTC]], [[flight_number:LM 605]]. A flock of gulls was struck at 300 ft and the
        crew noticed vibration from the left engine. Captain [[name:Sarah Oyelaran]] and FO [[name:Dominic Street]]
        ran the {{QRH}}, declared PAN and returned to land 14 minutes later. Wildlife controller [[name:Gethin]]
        had reported gulls on the grass near the street lights at the end of the runway 20 minutes earlier; this
        is now passed to crews via ATIS. [[flight_number:LM 605]] was cancelled and passengers rebooked.
    """)),
]


def main() -> None:
    records = build_records("blind25", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
