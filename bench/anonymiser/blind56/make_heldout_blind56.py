"""Held-out blind corpus 56: island and edge-of-UK practice, where everyone knows everyone.

Setting: Isle of Man, Jersey, Guernsey, Alderney, the Isles of Scilly, Orkney, Shetland, the
Western Isles, Anglesey and west Cornwall: single-handed GP practices, tiny island schools,
inter-island Islanders and Twin Otters, ferries, lifeboat crews and harbour masters.
Voice: small-team practitioners who write first names, nicknames and initials because the whole
island knows who is meant; Manx, Jerriais, Guernesiais, Gaelic, Welsh, Cornish and Shetland
words sit alongside the clinical, social-work and aviation jargon.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind56.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        Referral taken by the {{duty social worker}} on [[date:12 February 2024]] from the DSL at
        [[organisation:Ballacottier Primary School]]. [[name:Callum Quayle]] ([[age:8]]) came in
        with a bruise to his left cheek and told his class teacher Mrs [[name:Kinvig]] that "Daa
        did it". {{Daa}} is Manx for dad, but [[name:Callum]] also uses it for his grandfather
        [[name:Juan Quayle]], who collects him on Tuesdays, so we did not assume which adult he
        meant. Home is [[address:14 Ballabrooie Way, Douglas]], [[postcode:IM1 4EQ]]. Mum
        [[name:Shona]] was reached on [[phone:07700 900417]]; she said he fell off the trampoline
        at the weekend. Strategy discussion held the same afternoon with police (crime ref
        [[case_reference:IOMC/24/00871]]) and a {{child protection medical}} was booked with the
        community paediatrician. Learning: the word "Daa" nearly got recorded as a name in our
        system and the police officer from across initially thought it meant Dad only. Our case
        number is [[case_reference:MN-CS-20931]].
    """)),
    ("social_care", "near_miss", prose("""
        Near miss, [[organisation:St Ouen Children's Home]]. A placement letter for
        [[name:Tiago Freitas]] (DOB [[date_of_birth:03/09/2013]]) was about to be posted to his
        father [[name:Duarte Freitas]] with the foster carers' home address,
        [[address:La Maison du Puits, La Rue de la Croix]], [[postcode:JE3 7BU]], still printed in
        the footer template. [[name:Nádia]] in business support caught it on the second check
        because she recognised the house name from church. Dad had previously turned up at
        the carers' old address in [[date:August 2023]]. [[name:Tiago]]'s {{IRO}} has been told. The
        letter was re-done in Portuguese and English with the {{Children's Services}} PO box only.
        Action: templates now pull the office address, not the placement address. Nothing sent,
        no harm. {{Bouônjour}} to the business support team who keep catching these.
    """)),
    ("social_care", "success", prose("""
        Good practice note - [[organisation:Sgoil Bhàgh a' Chaisteil]], Barra. The school roll
        is nineteen, so when [[name:Eilidh MacNeil]] ([[age:13]]) stopped eating lunch the whole
        staff noticed within days. Her teacher Mrs [[name:Seonag Campbell]] rang me rather than
        waiting for the termly {{Team Around the Child}} meeting. [[name:Eilidh]] said, in Gaelic, that
        "chan eil mi ag iarraidh a dhol dhachaigh" (I don't want to go home). We used a
        Gaelic-speaking worker, [[name:Ruairidh]], so she didn't have to translate her own
        disclosure. She spoke about her mum's new partner, [[name:Kenny "Bodach" Steele]], who
        had moved in from Glasgow. Safety plan agreed with her auntie in [[address:5 Bruernish]],
        [[postcode:HS9 5UY]], by the Friday ferry. {{Whole family approach}}, Gaelic first.
    """)),
    ("social_care", "incident", block("""
        Incident log - Lerwick duty team
        Child: [[name:Magnus Jamieson]]   DOB: [[date_of_birth:22.11.2009]]   Age: [[age:14]]
        Ref: [[case_reference:SIC/CF/4470]]
        Address: [[address:7 Hoofields, Lerwick]], [[postcode:ZE1 0AR]]

        [[date:03/03/24]] 16:40 - [[name:Magnus]] missing from home after argument. Mum [[name:Ingrid Jamieson]] called {{OOH}}.
        18:15 - seen on the {{North Boats}} quayside by harbour staff, did not board.
        19:02 - [[name:Magnus]] texted his friend [[name:Thorfinn]] "A'm gaen ta da sooth". {{da sooth}} = the mainland, not a place name.
        19:30 - police informed; crew on the overnight boat asked to check. Found aboard at 21:10 with [[name:Ertie Isbister]] (adult, not known to us).
        Concern: boat left Lerwick before anyone checked the passenger list. Return home handled by {{police}}.
        Logged by: [[name:A. Tulloch]], {{Senior Practitioner}}
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Thursday 18th April]] the {{Early Help}} worker drove to Tresco for a home visit
        to the [[name:Pender]] family without checking the tide table for the return boat. The
        last {{off-islands}} boat was cancelled for weather and she had to be collected by the
        {{gig}} crew of a neighbour, [[name:Jory Tregarthen]], in a rising swell. She was not
        hurt but was wet through and had no phone signal for forty minutes; nobody at
        [[organisation:Porthcressa House]] knew where she was. Learning: lone working on the
        off-islands needs a named buddy and the boatman's number on the visit plan. The family
        (case [[case_reference:IOS-FH-0193]]) were not affected. Ring [[phone:01632 960522]] for
        the Scilly boat desk before any off-island visit.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Rhian Owen]] <[[email:rhian.owen@ynysmon-cs.example.gov.uk]]>
        To: duty team
        Date: [[date:9 October 2023]] 08:52
        Subject: Contact session - Bodedern

        Bore da all. Supervised contact yesterday for [[name:Lowri]] and [[name:Cai Pritchard]] ([[age:6]] and [[age:4]]) went badly. Dad, [[name:Gethin Pritchard]], arrived early and had clearly been drinking. I ended the session after ten minutes. When I was putting the kids in the car he shouted that he knew where the carers live, "in [[address:Tŷ Gwyn, Lôn Isaf]]", which is correct. Carers [[name:Mair]] and [[name:Huw]] informed last night and police logged it ([[case_reference:NWP-23-118842]]).

        The contact room at [[organisation:Canolfan Cae'r Felin]] has no second exit. I've said this in {{supervision}} before.

        Diolch,
        [[name:Rhian]]
        {{Contact Supervisor}}
    """)),
    ("social_care", "success", prose("""
        Reflection from the [[organisation:Westray Family Hub]]. Everyone on the island knows
        everyone, so [[name:Stevie Rendall]]'s dad was worried the whole of Pierowall would know
        social work were involved. We agreed to meet at the {{heritage centre}} instead of the
        house and the school ([[organisation:Westray Junior High]]) kept the {{Child's Plan}}
        meeting in the head's office after hours. [[name:Stevie]] ([[age:11]]) is autistic and the move to
        Kirkwall for S1 is a big worry; Mrs [[name:Drever]] from the school arranged three
        practice trips on the inter-island {{Islander}} with his key worker [[name:Solveig]]. By the
        third trip he was telling the pilot the wind direction. Plan reviewed [[date:21/05/2024]],
        no further concerns. {{GIRFEC}} in practice.
    """)),
    ("social_care", "incident", prose("""
        Serious concern raised by [[organisation:Vale Youth Club]], Guernsey, on
        [[date:1st December 2023]]. Youth worker [[name:Mathieu Brehaut]] saw a message on
        [[name:Keeley Le Page]]'s phone ([[age:15]]) from an adult male using the name "[[name:Lé Chièn]]"
        on Snapchat asking to meet at the Bordeaux slipway. {{chièn}} is Guernésiais for
        "dog", so at first staff thought it was a joke between kids. [[name:Keeley]] later named him as
        [[name:Darren Ozanne]], [[age:34]], a deckhand on the Herm boat. {{MASH}} referral made
        ([[case_reference:GSY-MASH-23-3319]]). Mum [[name:Tracey]] lives at
        [[address:Les Rocquettes, Route de la Marette]], [[postcode:GY6 8BT]]. Learning: local-language
        nicknames are easy to miss in online grooming.
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp (work phone) - Alderney outreach
        [14:02] [[name:Bev]]: landed, the 12 o'clock {{Trislander}} was late so missed school pick up
        [14:03] [[name:Bev]]: can someone ring [[organisation:St Anne's School]] and say I'm on my way for [[name:Poppy]]
        [14:05] [[name:Kwame]]: done. Head says [[name:Poppy]] already walked home with her sister [[name:Jade Duquemin]] ([[age:17]])
        [14:06] [[name:Bev]]: she's not meant to be left with [[name:Jade]], that's in the safety plan!!
        [14:11] [[name:Kwame]]: rang mum [[phone:07700 900865]], no answer
        [14:20] [[name:Bev]]: at the house, both fine, mum back from the harbour. Will log.
        Note by [[name:K.A.]]: school had the old plan on file. Updated copy dropped off same day.
    """)),
    ("social_care", "success", prose("""
        Practice story for the {{Signs of Safety}} learning day. Little [[name:Demelza]] (she's
        [[age:3]]) lives with her nan [[name:Loveday Penhaligon]] in [[address:2 Chapel Terrace,
        St Just]], [[postcode:TR19 7LB]]. When we first got involved the house was full of
        other people's stuff and nan was being bullied by her nephew, known to everyone as
        "[[name:Tater]]" ([[name:Kevin Trevaskis]]). Using a family network meeting in the Methodist
        hall, eleven relatives turned up with pasties. The network agreed who could be at the
        house and when, and the nephew moved to his brother's in Penzance. Six months on,
        [[name:Demelza]] is at [[organisation:Cape Cornwall Pre-School]] three mornings. Nan said "we'll
        do it {{dreckly}}, but we'll do it". Case closed [[date:14.06.2024]].
    """)),
    ("social_care", "incident", prose("""
        Complaint / incident. During a {{Looked After Child review}} held on Teams on
        [[date:27 January 2024]], the chair shared her screen showing the full list of Orkney
        LAC reviews for the week, including names and islands. Attendees included the birth
        mother of [[name:Aiden McRae]] ([[age:9]]), who then phoned [[name:Linda Flett]], one of
        the carers named on the list, to ask about a different child. [[name:Linda]] reported
        this to her {{fostering social worker}} [[name:Peter Sinclair]]. In an island this small
        the list effectively identified five children. {{Data breach}} reported to the DPO,
        ref [[case_reference:OIC-DP-2024-011]]. Learning: review chairs to share a single window,
        never the whole screen.
    """)),
    ("social_care", "near_miss", prose("""
        Overnight {{emergency duty}} cover for Sark is by phone from Guernsey. On [[date:19/07/23]]
        the Sark constable rang about [[name:Ollie]] ([[age:16]]) sleeping rough near La Coupée
        after a row at home. The duty worker nearly arranged for him to stay with a family
        friend, Mr [[name:Jean-Luc Hamon]], before {{background checks}} showed a previous
        concern. Instead [[name:Ollie]] stayed with his teacher Mrs [[name:Perrée]] and her husband
        under the {{emergency placement}} rules, and came back on the first [[organisation:Isle of Sark Shipping]]
        boat. [[name:Ollie]]'s full name is [[name:Oliver Guille]], address [[address:La Ville Roussel]],
        Sark, [[postcode:GY10 1SF]]. Learning: in a place with 500 residents "family friend" can
        mean anything, so always check.
    """)),
    ("social_care", "success", prose("""
        Thank you card passed on to the team: "Dear [[name:Mona]] and [[name:Ade]], thank you for
        sticking with us. [[name:Jayden]] is back at school and even Granny [[name:Qualtrough]]
        says you were alright. Love from all at [[address:Thie Veg, Ballaugh]]." Background:
        [[name:Jayden]] ([[age:12]]) was excluded from [[organisation:Ballaugh School]] twice last year.
        [[name:Mona Kewley]] and [[name:Adebayo Olatunji]] worked with the family over eight
        months, using the Manx {{Restorative Practice}} approach and lots of walks on the
        Curraghs. Mum described [[name:Ade]] as "the only man who ever listened". {{Gura mie eu}} (thank
        you all) - as we say here.
    """)),
    ("social_care", "incident", block("""
        MASH contact record
        Ref: [[case_reference:CIOS-MASH-24-08812]]
        Child: [[name:Kitto Rowe]] ([[age:15]])
        DOB: [[date_of_birth:30/01/2009]]
        NHS: [[nhs_number:807 848 6316]]
        Address: [[address:Flat 3, 11 Fore Street, Newlyn]], [[postcode:TR18 5JN]]
        Referrer: PC [[name:Hosking]]
        Details: [[name:Kitto]] found at 02:30 on the fish market quay with a cut hand, intoxicated. Says he works "on the boats" for cash for [[name:Dylan Jago]]. {{Child criminal exploitation}} concerns. Mum [[name:Tamsin Rowe]] [[phone:07700 900233]] not aware he had left the house.
        Outcome: {{Strategy discussion}} - S47
    """)),
    ("social_care", "near_miss", prose("""
        A care leaver, [[name:Mariusz Wójcik]] ([[age:19]]), nearly lost his tenancy at
        [[address:12 Pump Lane, Stornoway]], [[postcode:HS1 2XH]] because the housing letter went
        to his old foster placement in Uist. His {{Personal Adviser}} [[name:Catriona]] only found
        out when the foster carer, [[name:Dolina MacAulay]], mentioned it after church. The
        letter gave him seven days. [[name:Catriona MacLeod]] got him an appointment the same
        day and the arrears plan is agreed. His NI number [[ni_number:JT 48 21 63 C]] was also on
        the letter. Learning: {{Pathway Plan}} addresses need updating with housing straight
        away, not at the six-monthly review.
    """)),
    ("social_care", "success", prose("""
        Positive feedback from the [[organisation:Hol Hoose Youth Project]], Unst. Two siblings,
        [[name:Kirsten]] and [[name:Lars Mouat]] ([[age:10]] and [[age:13]]), were caring for
        their dad after his stroke. The nearest young carers' group is in Lerwick, two ferries
        away. [[name:Ishbel Priest]] arranged video sessions through the school and a {{peerie}}
        grant for a respite weekend. Dad told me "yon lass is been a great help", meaning
        [[name:Ishbel]]. Kids now have a {{Young Carer Statement}}. Ref [[case_reference:SIC-YC-0056]].
    """)),
    ("social_care", "incident", prose("""
        Incident at [[organisation:Les Quennevais Respite House]], Jersey, on [[date:05/05/2024]].
        Resident [[name:Zara Ahmed]] ([[age:17]], learning disability) was taken on an outing to
        Corbière by agency support worker [[name:Florin Popescu]] without the {{PRN}} buccal
        midazolam that is in her plan. She had a seizure lasting four minutes near the lighthouse
        causeway; a walker called {{ambulance}}. [[name:Zara]] recovered fully. [[name:Florin]] had only worked
        two shifts and had not been shown where the grab bag lives. Manager
        [[name:Amélie Le Brocq]] has rewritten the outing checklist. Family (mum
        [[name:Nasreen]]) informed the same evening. Ref [[case_reference:JSY-SC-IR-0412]].
    """)),

    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Incident, [[organisation:St Mary's Health Centre]], Isles of Scilly. On
        [[date:2 August 2023]] a visitor, Mr [[name:Harold Pengelly]] ([[age:78]]), was sent home
        after a fall with a diagnosis of soft tissue injury. Two days later he was flown to
        [[organisation:Treliske]] and found to have a {{neck of femur fracture}}. The portable X-ray was out of
        action and the locum GP, Dr [[name:Farah Siddiqui]], was single-handed with a full
        waiting room. NHS no. [[nhs_number:591 549 3092]]. Learning: if imaging is down in
        summer, the threshold to transfer by {{fixed-wing}} or helicopter must be lower. Mr [[name:Pengelly]]
        was staying at [[address:Lyonesse Cottage, Hugh Town]], [[postcode:TR21 0LS]].
    """)),
    ("health", "near_miss", block("""
        DATIX - near miss
        Location: [[organisation:Balfour Hospital]] pharmacy / Westray flight
        Date: [[date:14/11/2023]]
        Patient: [[name:Agnes Rendall]]  CHI/NHS: [[nhs_number:309 826 0262]]
        What happened: Warfarin for Mrs [[name:Rendall]] was packed in the same bag as {{methotrexate}} for another Westray patient, [[name:Bill Harcus]], to go on the afternoon {{Islander}}. The pilot, Capt [[name:Sandy Mainland]], noticed two names and one bag and phoned the pharmacy before take-off.
        Outcome: bags separated, no harm.
        Reported by: [[name:D. Foubister]], {{pharmacy technician}}
    """)),
    ("health", "success", prose("""
        Our practice nurse [[name:Chiamaka Obi]] started in [[date:September 2023]] at
        [[organisation:Brough Surgery]], Whalsay, having come from Lagos via Aberdeen. In her
        first month she noticed [[name:Tammas Poleson]] ([[age:67]]), a retired fisherman, kept
        coming in with "jist a peerie cough". She pushed for a chest X-ray on the mainland and
        he was diagnosed with an early {{lung cancer}}, now treated. [[name:Tammas]] said "da nurse fae
        Nigeria kens mair aboot me than I dö". What made the difference: she wrote down the
        dialect words patients used ({{peerie}} = small, {{dö}} = do) and asked what they meant
        instead of guessing. [[name:Chiamaka]] now runs a short induction for locums.
    """)),
    ("health", "near_miss", prose("""
        Near miss on the Hebrides {{air ambulance}} transfer from Benbecula to Glasgow on
        [[date:8/2/24]]. The paperwork for [[name:Calum Iain Morrison]] ([[age:41]], CHI
        [[nhs_number:321 938 3726]]) listed him as {{NKDA}}, but his wife [[name:Peigi]] said in
        Gaelic to the paramedic, who happened to be a Gaelic speaker too, that he had "an
        droch rud le penicillin" - a bad reaction to penicillin. The paramedic, [[name:Seumas]],
        checked the GP record at [[organisation:Lochboisdale Surgery]] which had the allergy;
        the hospital discharge letter had dropped it. Flight crew did not give the stocked
        {{co-amoxiclav}}. Learning: ask the family, in their own language if possible.
    """)),
    ("health", "success", block("""
        Shout-out from the ward sister, [[organisation:Ward Tynwald]]:

        Big thanks to [[name:Ciara]] (HCA) and [[name:Rhys Corlett]] (SN) who spotted on the
        night of [[date:11 Jan]] that [[name:Moirrey Quirk]], [[age:88]], in bay 4 had gone quiet and
        floppy. NEWS was only 3 but [[name:Ciara]] said "she's not right, she always sings". It was
        {{hypoglycaemia}}, BM 2.1, sorted with {{glucagon}} and a snack. Daughter
        [[name:Breesha]] cried on the phone. This is what "{{soft signs}}" means.

        - Sister [[name:Kerry Kneale]]
    """)),
    ("health", "incident", prose("""
        Incident, [[organisation:Les Bas Centre]] dental clinic, St Helier, [[date:16.03.2024]].
        A patient, [[name:Joaquim Gomes]], was given a local anaesthetic with {{adrenaline}}
        even though his notes said he'd had a recent heart attack. The dentist, Dr [[name:Hamza
        Rahman]], had the Portuguese medical history form in front of him but read "enfarte"
        as an unrelated word; no interpreter was booked. Patient developed palpitations and was
        taken to the {{Emergency Department}}; discharged the same evening. Contact for the
        family: son [[name:Rui]], [[phone:07700 900731]]. Learning: Jersey has a large Madeiran
        community, so forms must be translated back, not just handed out in Portuguese.
    """)),
    ("health", "near_miss", prose("""
        {{District nurse}} [[name:Agnieszka]] was due to visit a palliative patient on the north
        isles of Orkney on [[date:Sat 2 March]] but the {{Sanday}} ferry was off. The patient,
        [[name:Jimmy Tulloch]] ([[age:82]], [[address:Quivals, Sanday]], [[postcode:KW17 2BN]]),
        had a {{syringe driver}} due to be refilled. [[name:Agnieszka]] rang the {{Just in Case}} team
        and the local first responder, [[name:Ingrid Seatter]], who had had training. [[name:Ingrid]]
        sat with [[name:Jimmy]] until the Sunday flight. The driver did not run dry, but only because
        [[name:Agnieszka Nowak]] had set it up for 28 hours. Learning: weather plans for
        palliative care on isles with no resident nurse.
    """)),
    ("health", "incident", block("""
        From: [[email:gp.manager@carnbrea-medical.example.org]]
        To: [[email:patientsafety@kernow-icb.example.nhs.uk]]
        Sent: [[date:Monday 4 December 2023]]
        Re: Test result sent to wrong patient

        Hi [[name:Jo]],
        Reporting this as requested. A blood result (HbA1c) for Mrs [[name:Beverley Tremayne]],
        DOB [[date_of_birth:17/08/1961]], was texted to [[name:Beverly Tremayne]], DOB
        [[date_of_birth:17/08/1991]], at [[phone:07700 900144]]. Same village (Carnkie), same
        surname, almost the same first name. The younger [[name:Beverly]] rang us in a panic thinking she
        was diabetic. Our {{AccuRx}} template picks the first match.
        Regards,
        [[name:Sharon Penrose]], {{Practice Manager}}, [[organisation:Carn Brea Medical Group]]
    """)),
    ("health", "success", prose("""
        On [[date:29 April 2024]] the Aith lifeboat crew brought [[name:Gunnar Halcrow]]
        ([[age:23]]), a fish farm worker, ashore from Vementry with a crush injury. The coxswain
        [[name:Robbie "Da Skipper" Anderson]] radioed ahead and the {{GP}} at
        [[organisation:Aith Health Centre]], Dr [[name:Nadia Gillespie]], met the boat with the
        {{tourniquet}} kit and blood. [[name:Gunnar]] kept his hand. What worked: the coxswain and the GP
        had trained together on the {{Pre-hospital}} course in the village hall the month
        before. Nobody on the crew needed to ask who to call. [[name:Gunnar]] came back to thank
        the crew with a case of beer.
    """)),
    ("health", "incident", block("""
        Incident report - [[organisation:Ward Ellan Vannin]] (mental health), Isle of Man
        Date/time: [[date:22/09/2023]] 03:15
        Patient: [[name:Daniel "Danny" Cregeen]], [[age:29]], RTU [[case_reference:NBH-776512]]
        Staff involved: HCA [[name:Sophie Kermode]]
        Description: [[name:Danny]] absconded during the 03:00 obs by following a cleaner through the airlock door. Found by police at Douglas Head two hours later. Uninjured. He told staff he wanted to "see the Fairy Bridge" - {{Fairy Bridge}} is a landmark, not a person.
        Learning: airlock doors left on latch for cleaning; {{observation policy}} not followed.
    """)),
    ("health", "near_miss", prose("""
        Near miss at [[organisation:Alderney Mignot Memorial Practice]]: a repeat prescription for
        {{amitriptyline}} 10 mg was nearly issued as 100 mg for Mrs [[name:Ethel Gauvain]]
        ([[age:91]]) because the old paper repeat slip had a smudged zero. The one pharmacist on
        the island, [[name:Vikram]], knew Mrs [[name:Gauvain]] "only ever takes the wee one" and
        phoned the practice. Dr [[name:Allez]] confirmed 10 mg. Patient never took the wrong
        dose. The fax and paper system between the practice and the chemist is still in use
        because broadband drops in storms. NHS/Social Security no: [[ni_number:NS 26 83 41 B]].
    """)),
    ("health", "success", prose("""
        Community midwife [[name:Mòrag NicLeòid]] supported a planned home birth on Harris for
        [[name:Kirsty Macaskill]] on [[date:10 July 2023]]. Because the ferry to Uig and the
        hospital in Stornoway are both over an hour away, a detailed transfer plan was made
        with the coastguard, the {{SAS}} and the family. Labour was quick and baby
        [[name:Fionnlagh]] was born at home at 04:12, both well. [[name:Mòrag]] noted "sgoinneil" in her
        record (brilliant). Her colleague [[name:Lorna Maciver]] drove over from Tarbert in case a
        second midwife was needed. Learning: early, written transfer plans make home births in
        remote areas safe. Address recorded: [[address:4 Seilebost]], [[postcode:HS3 3HP]].
    """)),
    ("health", "incident", prose("""
        Fall on [[organisation:Ward Brocq]] (older adults), [[organisation:Jersey General]],
        [[date:7th February 2024]]. Patient [[name:Marjorie "Madge" Le Cornu]] (DOB
        [[date_of_birth:02/12/1934]], URN [[case_reference:JGH0094413]]) fell going to the toilet
        at night, fractured wrist. Bed rails assessment done, {{falls bundle}} in place, but her
        walking frame had been moved by the night cleaner. Mrs [[name:Le Cornu]] speaks mainly Jèrriais
        when tired and had been calling "j'ai envie d'aller" - the HCA,
        [[name:Maricel Dela Cruz]], did not understand. Her grandson [[name:Philippe]] has now
        written a short phrase card for the bay. {{Jèrriais}} phrase cards for all wards
        proposed.
    """)),
    ("health", "near_miss", prose("""
        An ambulance technician on Anglesey was dispatched to [[address:Bryn Awel, Lôn Glai]]
        in Llanfair, but there are two houses called {{Bryn Awel}} on that lane.
        The crew
        went to the wrong one first; the right one was 600 m away. Patient [[name:Emrys Jones]]
        ([[age:74]]) had {{chest pain}}, and the delay was eight minutes. The caller, his wife
        [[name:Gwen]], gave the postcode [[postcode:LL61 5YE]] but the system matched the house
        name first. Outcome: [[name:Emrys]] was fine, {{NSTEMI}} ruled out. Learning: always dispatch
        to postcode + what3words in rural Wales.
    """)),
    ("health", "success", block("""
        Handover note (SBAR), Scilly -> [[organisation:Treliske]], [[date:30/08/2024]]
        S: [[name:Daisy-Mae Trezise]], [[age:6]], {{anaphylaxis}} after wasp sting on the beach at Porthcressa.
        B: Known {{egg allergy}}, carries {{EpiPen}}. Mum [[name:Lauren]] gave first pen at 11:05.
        A: second dose IM {{adrenaline}} 150 mcg by Dr [[name:Tomasz Kowalczyk]] at 11:20. Now stable, sats 97%.
        R: For observation 12 h at [[organisation:RCHT]]. Flight on the coastguard helicopter with mum.
        Hospital no. [[case_reference:RCHT-5512087]]   NHS [[nhs_number:621 382 3220]]
        Good practice: mum had practised with the trainer pen.
    """)),
    ("health", "near_miss", prose("""
        [[organisation:Scalloway Health Centre]]: a locum GP, Dr [[name:Okonkwo]], almost
        referred a patient to the wrong {{NHS Grampian}} clinic - Shetland patients go to
        Aberdeen for most specialist care, but the referral system offered the mainland
        postcode default. The patient, [[name:Elspeth Inkster]] ([[age:58]]), with a
        {{breast lump}}, would have been booked in Inverness. The practice receptionist,
        [[name:Wilma]], who has worked there 30 years, noticed on the printout. Referral went to
        Aberdeen that afternoon. Learning: {{locum induction}} checklist now includes "where do
        Shetland patients go".
    """)),
    ("health", "incident", prose("""
        On [[date:13 May 2024]] a Polish-speaking fish-processing worker, [[name:Paweł Zieliński]],
        [[age:36]], attended [[organisation:Kirkwall Harbour Practice]] with a hand wound from a filleting knife.
        He was given the wrong {{tetanus}} advice leaflet in English only. Two weeks later he
        was admitted with a deep infection needing {{flucloxacillin}} IV. He had not understood
        that the wound needed review. His employer, [[organisation:Orkney Seafood Ltd]], said
        three other workers had similar injuries. His phone [[phone:07700 900390]].
        Learning: language line at triage is free and quick; use it.
    """)),

    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        Occurrence report, {{Islander}} [[aircraft_registration:G-HEBX]], flight
        [[flight_number:HY 412]] Barra - Benbecula, [[date:06/01/2024]]. Barra is a beach
        runway and the tide tables are published by the airport. The aircraft landed on
        Tràigh Mhòr 25 minutes before the last safe landing time, but the beach fire vehicle
        ([[vehicle_registration:SV66 KLA]]) was stuck in soft sand near the cockle beds. Captain
        [[name:Iain Morrison]] held on the beach until the vehicle was towed out by a local
        farmer, [[name:Domhnall Mac an t-Saoir]], with his tractor. Passengers, including two
        {{cockle pickers}}, were unaware. Operator [[organisation:Hebridean Airlink]] and the
        {{CAA}} notified. Learning: {{RFFS}} vehicle should stay on the hard standing.
    """)),
    ("aviation", "near_miss", block("""
        ASR - near miss
        Operator: [[organisation:Lyonesse Air]]
        Aircraft: {{Twin Otter}} [[aircraft_registration:G-ISLY]]
        Flight: [[flight_number:LY 203]] Land's End - St Mary's
        Date: [[date:17 August 2023]]
        Crew: Capt [[name:Tom Rosewarne]], F/O [[name:Priya Nair]]
        Narrative: On short final RWY 15 at St Mary's a {{golf buggy}} crossed the runway threshold. The airfield fire crew had been told to close the public footpath but the new seasonal worker ([[name:Harry]]) didn't know the procedure. Go-around flown, landed next circuit. [[name:Harry]] was very upset; no blame.
        Action: footpath gates now locked by {{AFISO}} before each movement.
    """)),
    ("aviation", "success", prose("""
        On [[date:22.02.2024]] the Westray - Papa Westray service ({{world's shortest scheduled
        flight}}) was used to get a GP to a child with a high fever. The pilot, [[name:Stuart
        Linklater]], offered to do an extra rotation on [[aircraft_registration:G-BVVK]] after the
        scheduled [[flight_number:LM 711]], and the two-minute hop meant the doctor,
        Dr [[name:Heather Rendall]], was with the family in under 20 minutes. [[organisation:Papay
        Community Co-op]] opened the hall as a waiting room. Nothing broken, nothing rushed:
        crew duty hours were checked before the extra flight. Example of {{just culture}} and
        local knowledge working together.
    """)),
    ("aviation", "incident", prose("""
        Ramp incident, Guernsey airport stand 4, [[date:11th November 2023]]. A baggage tug
        ([[vehicle_registration:24871]] - Guernsey plate) reversed into the right wingtip of
        {{ATR 72}} [[aircraft_registration:G-ORAI]] operating [[flight_number:GR 607]] to Gatwick.
        Driver [[name:Liam Mahy]] had been on shift since 04:30 and said the reversing camera
        was fogged with salt spray. Aircraft grounded; passengers moved to the next rotation.
        Engineering ref [[case_reference:ENG-GCI-23-1187]]. [[organisation:Aurigny]] and the
        {{Director of Civil Aviation}} informed. Learning: wash cameras at the start of each
        shift in winter. [[name:Liam]] is not being blamed.
    """)),
    ("aviation", "near_miss", prose("""
        Ronaldsway, [[date:09/06/2024]]. A private {{PA-28}} registered on the Manx register,
        [[aircraft_registration:M-OTTY]], called "ready for departure" on the wrong frequency and
        lined up while [[flight_number:LM 534]] from Liverpool was on a four-mile final. The
        tower controller, [[name:Beth Kelly]], spotted it on the camera, sent the go-around and
        held the PA-28. The PA-28 pilot, Mr [[name:Illiam Caine]], said he had been listening to
        a [[organisation:Manx Radio]] traffic report and got his frequencies mixed. {{MOR}} filed, ref
        [[case_reference:IOMA-MOR-2024-034]]. Learning: flying club refresher on {{RT}} for
        private pilots.
    """)),
    ("aviation", "success", block("""
        Crew feedback - [[organisation:Inter-Isles Air]]
        Flight: [[flight_number:IA 12]] Kirkwall - North Ronaldsay
        A/C: [[aircraft_registration:G-NRSY]]
        Date: [[date:Wed 3 April 2024]]

        Pax in seat 1, [[name:Margaret Swanney]] (regular, [[age:84]]), told me at the steps she'd "forgotten her wee blue inhaler". Turned out she meant her {{GTN}} spray. I called ops and the island's {{Firefighter}} / ground agent [[name:Jimmy Tulloch]] fetched it from her house before take-off back. She needed it that night.
        Many thanks to [[name:Jimmy]].
        - Capt [[name:F. Sinclair]]
    """)),
    ("aviation", "incident", prose("""
        Bird strike, [[date:14 May 2023]], [[organisation:Tingwall Airstrip]], Shetland.
        [[aircraft_registration:G-SICB]] on the Fair Isle service ([[flight_number:SK 71]]) hit a
        bonxie on the take-off roll. {{Bonxie}} is the local name for the great skua; they nest
        on the moor by the runway in May. The pilot, [[name:Kristian Nicolson]], rejected the
        take-off. Two passengers, including Fair Isle knitter [[name:Annie Stout]], were shaken.
        Damage to the nosecone. The bird control officer ([[name:Lowrie]]) was on leave and no
        cover had been arranged. Report ref [[case_reference:TGW-24-003]].
    """)),
    ("aviation", "near_miss", prose("""
        Jersey ATC, [[date:26/12/2023]]. A Boxing Day sightseeing flight
        [[aircraft_registration:G-JRSY]] and an inbound {{Dash 8}} [[flight_number:BE1541]] were given the same {{squawk}}, 7032.
        The approach controller, [[name:Émilie de Gruchy]], noticed two labels merging and gave
        avoiding action. Minimum separation 1.8 nm. The sightseeing pilot was
        [[name:Tony Le Marquand]], owner of [[organisation:Jersey Air Tours]]; he had been given
        the code by the previous controller, [[name:Dave]], who went off shift at 11:00.
        Learning: {{handover}} checklist now includes squawk allocations.
    """)),
    ("aviation", "success", prose("""
        A passenger on the evening flight from Stornoway, [[flight_number:LM 464]], was
        travelling with her son [[name:Finlay]] ([[age:7]]) who is autistic and had a meltdown at
        the gate. The check-in agent, [[name:Annag]], knew the family from the village and
        arranged for them to board first and sit at the back with their own ear defenders.
        Mum, [[name:Rachel Macdonald]], wrote to say it was the first flight that did not end
        in tears. She also praised the {{Sunflower lanyard}} scheme and the cabin crew member
        [[name:Gregor]]. Small things, big difference.
    """)),
    ("aviation", "incident", block("""
        Ground ops log, St Mary's, Scilly
        [[date:05/07/24]]
        09:12 [[flight_number:LY 101]] ([[aircraft_registration:G-ISLX]]) arrived.
        09:20 Passenger Mr [[name:Peter Ellis]] ([[age:70]]) fell on the airfield steps, cut to head.
        09:22 First aid by {{AFRS}} [[name:Kayleigh]] and [[name:Nick T.]]
        09:35 Ambulance from Hugh Town.
        09:50 Delayed [[flight_number:LY 102]] 25 min.
        Notes: steps wet; no anti-slip; handrail loose since spring. Reported again.
        Logged: [[name:N. Trewhella]]
    """)),
    ("aviation", "near_miss", prose("""
        Glider tug near miss over Anglesey, [[date:19th August 2023]]. Members of
        [[organisation:Ynys Môn Gliding Club]] were launching from the old airfield at
        Mona when a {{Hawk}} from RAF Valley came through the circuit at 500 ft. The tug
        pilot, [[name:Bryn ap Dafydd]], saw it late. The club had not published its NOTAM
        because the secretary, [[name:Nerys]], was ill. Airprox filed
        ([[case_reference:AP2023/187]]). Learning: more than one person should be able to
        file the {{NOTAM}}. {{Llongyfarchiadau}} to [[name:Bryn]] for keeping a good lookout.
    """)),
    ("aviation", "success", prose("""
        On [[date:31 October 2023]] Alderney was fogged in and the only inter-island flight
        ([[flight_number:GR 303]]) cancelled. A patient needing dialysis in Guernsey,
        [[name:Bert Gaudion]], was flown by the [[organisation:Channel Islands Air Search]] crew
        once visibility lifted at 14:00, using their {{Britten-Norman Islander}}
        [[aircraft_registration:G-CIAS]]. The pilot, [[name:Suzanne Simon]], and the spotter,
        [[name:Ravi Sharma]], were volunteers who came straight from work. [[name:Bert]]'s dialysis was
        only three hours late. Praise to the {{Harbour Master}} who coordinated.
    """)),
    ("aviation", "incident", block("""
        Text messages sent to the duty manager, Kirkwall airport, [[date:30/11/2023]]
        [[name:Ian]]: fuel bowser [[vehicle_registration:SF15 ORK]] leaking, pool on apron by stand 2
        [[name:Ian]]: islander [[aircraft_registration:G-BLDV]] parked on top of it, pax boarding for Eday
        Duty mgr: stop boarding. get spill kit
        [[name:Ian]]: done. fire crew [[name:Kev]] and [[name:Sigrid]] on it
        Duty mgr: who fuelled last?
        [[name:Ian]]: [[name:JB]] at 07:40, he said the valve was sticky
        Duty mgr: ok MOR please and tag the bowser
    """)),
    ("aviation", "near_miss", prose("""
        Helicopter operator [[organisation:Skerry Heli Services]] near miss, [[date:15/03/2024]].
        An {{AW139}} on a crew change to a platform west of Shetland took on fuel at Sumburgh,
        but the fuel log showed the previous aircraft's registration,
        [[aircraft_registration:G-SKHB]], instead of [[aircraft_registration:G-SKHC]]. The
        engineer, [[name:Rachid Benali]], caught it during the walk-round because the fuel
        quantity didn't match. Had the log been accepted, the crew would have departed with
        400 kg less than planned. {{Human factors}}: two aircraft of the same type parked side by
        side in the Sumburgh hangar.
    """)),
    ("aviation", "success", prose("""
        Passenger feedback, [[flight_number:GR 204]] Southampton - Guernsey, [[date:Friday 8th
        March 2024]]: "I want to thank the crew, especially [[name:Chloé]] and the captain
        [[name:Robert Falla]], for looking after my mum, [[name:Doreen Bisson]], who has
        dementia and was travelling home to [[address:Les Fauconnaires, Rue des Goddards]],
        [[postcode:GY5 7QD]]. [[name:Chloé]] sat with her during descent and spoke to her in a bit of
        {{Guernésiais}}, which calmed her right down. Mum said 'tchi bouanne fille!' all the
        way home." Forwarded to {{Cabin Services}}.
    """)),
    ("aviation", "incident", prose("""
        Hard landing, [[organisation:Land's End Airport]], [[date:28/10/2023]].
        {{Cessna 152}} [[aircraft_registration:G-SSKY]] on a training flight for
        [[organisation:Penwith Flying Club]]. The student, [[name:Jack Polkinghorne]] ([[age:19]]),
        flared late in a gusting crosswind on the grass runway. The instructor, [[name:Sue
        Pascoe]], took control too late to prevent a bounce; the nose leg was damaged.
        No injuries. [[name:Jack]] had been flying with {{Mayday}} - the club's nickname for
        the windsock that "always lies" - and had ignored the tower's wind report. Learning:
        re-brief crosswind limits; remove nicknames from briefings. Ref
        [[case_reference:LEQ-OR-23-19]].
    """)),
]


def main() -> None:
    records = build_records("blind56", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
