"""Held-out blind corpus 38: ambulance, 111, crisis and out-of-hours urgent care.

Setting: 999/111 call-handler notes and call transcripts, paramedic ePCR free text, mental
health crisis and street triage with police, out-of-hours GP and community nursing; an
emergency duty team / police protection / missing-from-care slice; and air ambulance (HEMS)
crews landing at schools, parks and farms. Voice: tired shift workers, many notes dictated by
speech-to-text (no capitals, thin punctuation, names in lower case), messy phone numbers, CAD
and incident numbers, call signs and fleet registrations, forwarded e-mails and chat exports.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind38.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ health: 111 / 999 / ePCR
    ("health", "near_miss", block("""
        NHS 111 - call handler free text
        Case ID [[case_reference:YH111-7730284]]   call start 02:14
        Caller is pt. Name given as [[name:Bernadette]] [[name:Kowalczyk]], spelt back [[name:K-O-W-A-L-C-Z-Y-K]], says everyone calls her [[name:Bernie]]. DOB [[date_of_birth:14/09/1958]].
        Address [[address:Flat 1a, 212 Tong Road, Leeds]] [[postcode:LS12 4PN]] - "its the flat above the chippy, door round the back by the bins, buzzer doesnt work"
        Callback [[phone:07700 900 418]]  landline [[phone:0113 496 0172]] (rarely answered)
        Sx: central chest tightness 40 min, radiating L arm, no {{GTN}}. {{Pathways}} -> {{Cat 2}}, passed to {{clinical hub}} as CAD [[case_reference:240117-0388]].
        Addendum ([[name:DW]] 09:40): crew went to the chip shop front on [[address:Tong Road]], shut, no access, ~11 min finding the rear door. Access info was in the 111 free text but never made it into the CAD location field. Logged as near miss [[case_reference:DX-44190]].
    """)),
    ("health", "success", block("""
        CAD [[case_reference:YAS-2403-11952]] - transcript extract (CH = call handler, C = caller)
        CH: Ambulance service, is the patient breathing?
        C: yeah yeah he's breathing but he's not right, it's my dad, he's gone all floppy one side
        CH: What's the address of the emergency?
        C: it's [[address:9 Nab Lane]]... no sorry that's mine, he's at his, [[address:31 Crowther Fold, Shipley]], [[postcode:BD18 2HW]]
        CH: And the number you're calling from?
        C: [[phone:oh seven seven double oh, nine double oh, three six one]]
        CH: Sorry, [[phone:07700 900361]]?
        C: yeah
        CH: And your name?
        C: [[name:Imran]]. [[name:Imran]] [[name:Qureshi]]. Dad's [[name:Tariq]].
        CH: How old is he?
        C: [[age:seventy-four]]... [[age:seventy-five]] in June
        C: {{Abba}}? {{Abba}} can you hear me
        CH: Okay [[name:Imran]], help is being arranged now, stay on the line with me.
        [{{FAST}} positive, {{Cat 2}} stroke, onset 18:50 per caller]
        Note by CH [[name:LB]]: caller first gave his own address and corrected it within 20s because the read-back step was done properly. Flagged to [[email:eoc.training@yas-example.nhs.uk]] as a good-practice clip.
    """)),
    ("health", "success", prose("""
        epcr free text dictated. called by daughter [[name:deborah]] [[name:hollingworth-price]] to mum
        [[name:ivy]] [[name:hollingworth]] [[age:91]] found on bedroom floor at [[address:4 school close
        birstall]] approx 0530 by carer from [[organisation:brightside home care]] lay est 6 hours no
        loc per pt denies cp sob no head injury c spine cleared per {{nexus}} on {{apixaban}} so
        discussed with gp dr [[name:oyelaran]] at [[organisation:moorside surgery]] via the {{professional
        line}} [[phone:01924 960 512]] agreed no conveyance. pt lifted with {{mangar elk}} mobilised
        with zimmer. {{urgent community response}} two hour visit booked confirmed with [[name:kerry]]
        at [[organisation:kirklees spa]] on [[phone:0300 1234 877]] ref [[case_reference:ucr 55812]].
        daughter [[name:deborah]] staying till 2pm. {{news2}} 1 throughout. good outcome pt very happy to
        stay home.
    """)),
    ("health", "success", prose("""
        street triage shift note dictated. with pc [[name:hussain]] and pc [[name:jo]] [[name:mcgregor]]
        attended the footbridge off [[address:kirkstall road]] police log [[case_reference:0612-21032024]]
        male sat on wrong side of railing. initially gave name as [[name:kyle]] then said real name is
        [[name:kai]] [[name:broughton]] dob [[date_of_birth:2/2/97]] known to crisis on {{systmone}} care
        coordinator [[name:sunni]] [[name:bains]] at [[organisation:east leeds cmht]]. [[name:kai]] agreed to
        come back over after approx 25 mins talking about his dog. no {{s136}} needed. safety plan
        done with him, his sister [[name:amber-leigh]] collected him number [[phone:0770 090 0933]] and
        agreed overnight stay at hers. referred to [[organisation:haven crisis cafe]] for tomorrow
        evening and {{home treatment team}} to ring by 10am. pc [[name:mcgregor]] said this is the
        third time this month we avoided a 136 on this bridge.
    """)),
    ("health", "near_miss", prose("""
        Crisis line call 23:55 from [[name:Aoife]] [[name:Ní Bhriain]] (says it's pronounced EE-fa, staff
        keep writing [[name:Eva]]) - partner [[name:Ciarán]] had left and she had a stash of {{sertraline}} and
        {{co-codamol}}. Number withheld, she gave mobile as [[phone:+44 (0)7700 900 652]]. At 00:20 the call
        dropped. I rang back on [[phone:07700 900 625]] - transposed digits, reached a stranger. Took 14
        minutes to spot the error from the recording. Reached her at 00:41 on the right number,
        agreed ambulance to [[address:Flat 3, 17 Manningham Lane]] [[postcode:BD1 3BJ]]. Crew attended,
        taken to {{A&E}} voluntarily. Learning: read back mobile numbers in pairs; consider a second
        contact - [[name:Ciarán]]'s number ([[phone:07700-900-174]]) was on the {{care plan}} all along.
        [[name:Aoife]] is open to [[organisation:Airedale Crisis Team]]; care coordinator [[name:Tomasz]]
        [[name:Zieliński]] informed. Incident [[case_reference:W-CR-2024-0418]].
    """)),
    ("health", "near_miss", prose("""
        OOH GP visit list [[date:Sun 14/4]]. Two patients called [[name:Nguyen]] on the same list, both
        [[organisation:Hyde Park Surgery]], both {{palliative}}. Mrs [[name:Nguyen Thi Lan]] ([[age:88]])
        NHS [[nhs_number:963 918 7267]] at [[address:22 Brudenell Grove]] and Mr [[name:Nguyen Van Hai]]
        ([[age:79]]) NHS [[nhs_number:830 658 9807]] at [[address:8 Thornville Road]]. Driver [[name:Bill]]
        took me to [[address:Thornville]] first, I had Mrs [[name:Nguyen]]'s record open and nearly drew up her
        {{midazolam}} for him - caught it when son [[name:Minh]] said "that's my mum's name". No drug
        given. Her grandson [[name:Duc]] (interprets) rang [[phone:0113 496 0881]] later to say she'd
        settled. Dr [[name:R. Okonkwo-Reid]], OOH GP, [[organisation:Local Care Direct]] car base
        [[address:St Mary's Hospital, Armley]]. Ref [[case_reference:LCD-IR-3391]].
    """)),
    ("health", "incident", block("""
        From: [[name:Lorraine]] [[name:Farrow]] (District Nurse, [[organisation:Hemsworth Neighbourhood Team]])
        Sent: [[date:07 May 2024]] 21:12
        To: [[email:oohnursing.wakefield@swyp-example.nhs.uk]]
        Subject: syringe driver - Mr [[name:H]] - please read before night visit

        Hi all, Mr [[name:H]] ([[name:Harold]] [[name:Bottomley]], [[address:5 Kinsley Terrace]], [[postcode:WF9 5BT]], NHS [[nhs_number:271 412 7118]]) had his {{syringe driver}} re-sited at 17:30. Wife [[name:Jean]] rang 111 at 19:00 saying the line was "wet" and the alarm going; 111 sent an ambulance not us, crew had no {{T34}} training, took the driver off and left it in the kitchen. He was without his {{oxycodone}}/{{levomepromazine}} for ~2h.
        Key safe is by back door. Wife's mob [[phone:07700 900 118]], daughter [[name:Sharon]] [[phone:(01977) 960 433]].
        Datix [[case_reference:241556]] done.
        [[name:Lorraine]]
        Sent from my iPhone
    """)),
    ("health", "near_miss", block("""
        ---------- Forwarded message ---------
        From: Clinical Hub <[[email:clinicalhub.nw@nwas-example.nhs.uk]]>
        Date: Tue, [[date:11 Jun 2024]] at 04:02
        Subject: RE: CAD [[case_reference:1187240]] - return call needed
        To: <[[email:reception@pennybridge-example.nhs.uk]]>

        > Please can the GP call pt back today. Mrs [[name:Dolores]] [[name:Ashcroft]] ([[age:83]]),
        > DOB [[date_of_birth:03/02/1941]], [[address:Flat 12, Ribble Court, Ormskirk]] [[postcode:L39 2DT]].
        > Seen by crew for a fall, not conveyed.
        > Our call-back note listed tel as [[phone:01695 960 227]] but that's her old number; correct
        > is [[phone:+44 1695 960272]]. Hub clinician [[name:Tunde]] noticed while re-triaging at 03:50.

        Hi [[name:Tunde]] - thanks, [[organisation:Pennybridge Surgery]] has updated the record. Dr [[name:Kaur]] rang her at 08:15, she'd been trying to ring us since 6.
        [[name:Gail]] (reception)
    """)),
    ("health", "incident", block("""
        [Teams chat export - EOC clinical navigators - night of [[date:19/20 Jan]]]
        [[name:Sophie W]] 01:12  anyone got eyes on CAD [[case_reference:0456-2001]]? elderly male on floor since 19:40, {{Cat 3}}
        [[name:Kwame]] 01:13  that's Mr [[name:Boateng]] no?
        [[name:Kwame]] 01:13  sorry - [[name:Boateng]], [[address:14 Garnet Street]], daughter rang back x3
        [[name:Sophie W]] 01:15  welfare call done 00:50 by [[name:mags]], {{GCS}} fine, cold
        [[name:Maggie Ross]] 01:17  yes me. he was shivering. daughter [[name:Efua]] on [[phone:07700 900 089]] is there now
        [[name:Kwame]] 01:21  upgrading, no crews till 02:30, {{HALO}} at [[organisation:Huddersfield Royal]] says 9 queueing
        [[name:Sophie W]] 03:04  crew on scene 02:58. temp 33.1. conveyed. [[name:Boateng]] 7h20 on floor.
        [[name:Maggie Ross]] 03:05  ugh. putting in incident [[case_reference:YAS-IR-88213]]
    """)),
    ("health", "incident", block("""
        INCIDENT FORM (copied from Datix)
        Ref: [[case_reference:W/24/17753]]
        Category: Medication - controlled drug
        Date of incident: [[date:23-02-24]]
        Location: vehicle [[vehicle_registration:YJ21 HVA]] (fleet no. [[vehicle_registration:5127]]), at [[address:Crossflatts Park]]
        Reported by: Paramedic [[name:Declan]] [[name:O'Riordan]]
        Others involved: ECA [[name:Chloe]] [[name:Brear]]; pt [[name:G.S.]] ([[age:66]])
        Description: {{Morphine}} 10mg ampoule recorded as given in ePCR ([[case_reference:EPCR 20240223-7781]]) but broken ampoule not retained for witness. CD register signature missing. Pt {{pain score}} 9 -> 4 so likely given. Discovered at station check by {{Team Leader}} [[name:Grace]] [[name:Adewale-Smith]].
        Immediate action: statements taken; CD key holder informed.
        Contact: [[email:declan.oriordan@yas-example.nhs.uk]]
    """)),
    ("health", "success", prose("""
        ok dictating this one in the van. call to [[address:6 lodge mews]] male [[age:58]] collapsed in the
        garden neighbour [[name:frank]] started cpr within a minute and his lad [[name:callum]] ran to the
        {{defib}} on the wall of [[organisation:the fleece inn]] one shock before we arrived. we continued
        {{als}} two more shocks {{rosc}} at 11 mins. pt [[name:stephen]] [[name:ackroyd]] conveyed to
        [[organisation:lgi]] cath lab pre alerted. wife [[name:julie]] on [[phone:07700 900 337]]. huge credit
        to [[name:frank]] who said he learned it at a [[organisation:holmfirth rugby club]] session.
        going to put him forward for a community award via [[name:bex]] in comms
        [[email:community.awards@yas-example.nhs.uk]]. cad [[case_reference:2291045]] epcr
        [[case_reference:5567-2291045]].
    """)),
    ("health", "near_miss", prose("""
        111 callback (clinical): caller [[name:Gwenllian]] [[name:ap Rhys]], said "it's [[name:Gwen]],
        [[name:G-W-E-N]], the rest is Welsh don't worry", calling about her son [[name:Osian]]
        [[age:aged 3]] - barking cough, stridor at rest. Landline given as [[phone:01970 960 441]]
        (Aberystwyth code), mobile [[phone:07700 900 509]]. Address [[address:Bryn Haul, Llanbadarn Road]]
        [[postcode:SY23 3QR]] - a house name, no number, sat nav takes you to the garage behind. Call
        handler had put "[[address:Bryn Haul]]" as a contact name in the notes. Picked up on my review
        because [[name:Gwen]] said "no, that's the house". Corrected and ambulance dispatched with
        {{what3words}} given. Child given {{dexamethasone}} by crew. Case [[case_reference:WAST-111-662093]].
    """)),
    ("health", "success", prose("""
        BBA - baby born before arrival. Mum [[name:Faith]] [[name:Mwangi]] [[age:24]] G2P1 at [[address:Flat
        7, Carlton Towers]] [[postcode:LS7 1HF]]. Partner [[name:Brian]] on phone with call handler [[name:Jess]]
        coached delivery, baby girl born 04:17, [[age:6 min old]] when we arrived, crying, pink. Cord
        clamped and cut, {{APGAR}} 9 at 10 mins, placenta delivered 04:35 complete. Mum's {{NHS number}}
        [[nhs_number:642 576 7448]], booked at [[organisation:St James's]] delivery suite. Baby named
        [[name:Neema]] in the back of the ambulance. Handover to midwife Sister [[name:Joy]]
        [[name:Akinyemi]]. Call handler [[name:Jess]] stayed on the line 19 mins and kept dad calm -
        great job, passing on. CAD [[case_reference:240611-4475]].
    """)),
    ("health", "incident", prose("""
        Falls response car ([[vehicle_registration:YX70 NRF]]) attended [[name:Dorothy]] "[[name:Dot]]"
        [[name:Pilkington]] [[age:87]], [[address:Rose Cottage, 2 Wharf Lane, Skipton]]. Paramedic [[name:Martyn]]
        [[name:Leigh]] and CFR [[name:Hope]] [[name:Ogunleye]]. {{Raizer}} chair failed mid-lift (battery
        not charged after last shift) - pt lowered back to floor, skin tear to forearm. Second resource
        requested, 50 min wait. Daughter-in-law [[name:Pauline]] rang from [[phone:+44 7700 900 245]] to
        complain. Equipment check sheet shows the chair signed as "charged" on the [[date:12th]] by
        [[name:MO]]. We {{hope}} the new charging cradle solves this. Incident [[case_reference:YAS-IR-90077]].
    """)),
    ("health", "incident", block("""
        SERIOUS INCIDENT REVIEW - crisis & street triage
        Date: [[date:Thursday 18 July 2024]]     SI ref: [[case_reference:StEIS 2024/13920]]
        Attendees:
        [[name:Nadia]] [[name:El-Amin]] (Crisis Team Manager, chair)
        [[name:Gareth]] [[name:Pugh]] ({{AMHP}})
        Insp. [[name:Rachel]] [[name:Stokes]] (Police MH lead)
        [[name:Chidi]] [[name:Eze]] (Paramedic, MH car)
        [[name:Barbara]] "[[name:Babs]]" [[name:Lyons]] (notes)
        Apologies: Dr [[name:Suleiman]]
        1. Patient [[name:J.K.]] (initials only), [[age:34]], held under {{s136}} for 11h in {{the custody suite}} because the {{place of safety}} at [[organisation:Becklin Centre]] was closed to admissions.
        2. {{Mental Health Act}} assessment delayed - AMHP rota gap; [[name:Gareth]] covering 2 districts.
        3. Action: [[name:Rachel]] to share police log [[case_reference:WYP-1907-0233]]; [[name:Nadia]] to escalate bed position to [[email:mh.oncall@lypft-example.nhs.uk]].
    """)),
    ("health", "success", prose("""
        High intensity user MDT. [[name:Sean]] [[name:McDonagh]] ([[age:41]]) - 212 calls to 999 in 6
        months, mostly from the phone box on [[address:Hunslet Road]] or his mobile [[phone:07700900530]]. Since
        the {{HIU}} plan started {{in March}} (named contact = [[name:Ola]] at [[organisation:Leeds Recovery
        Hub]], [[phone:0113 496 0414]]) calls down to 9 last month. [[name:Sean]] told [[name:Ola]] he rings
        because "at least someone answers". His sister [[name:Bridget]] in Galway ([[phone:+353 91 555 0148]])
        is now on the plan. Key bit was the {{CAD}} flag - crews see "ring [[name:Ola]] first". Keep going,
        review in 8 weeks. HIU ref [[case_reference:HIU-LDS-0071]].
    """)),
    ("health", "incident", prose("""
        Safeguarding adults referral from crew. [[name:Lech]] [[name:Nowak]] DOB [[date_of_birth:19.06.1962]]
        NI [[ni_number:JT 48 21 07 B]], [[address:47 Fartown Green Road]] [[postcode:HD2 1AE]]. Severe self
        neglect, no heating, {{hoarding}} to ceiling, pt has {{COPD}}, refused conveyance with capacity.
        Lodger [[name:Andrzej]] says the landlord, Mr [[name:Gill]], turns the electric off when rent is
        late - landlord number on a note on the fridge [[phone:01484 960 199]]. Referral sent to
        [[organisation:Kirklees Gateway to Care]] [[case_reference:SA-24-08812]]. Crew: [[name:Siobhan]]
        [[name:Fay]] / [[name:Rob]] [[name:Chadwick]].
    """)),
    ("health", "success", block("""
        SMS thread - community nursing, DN [[name:Precious]] [[name:Moyo]] / carer
        [Mon [[date:03/06]] 08:02] [[name:Precious]]: Morning [[name:Tina]], it's [[name:Precious]] from [[organisation:Shipley District Nurses]]. Can you let me in at 9:30 for Mr [[name:Zhang]]'s leg dressing?
        [08:05] [[name:Tina]]: ok love buzzer 3 at [[address:Saltaire Court]]
        [Mon 15:40] [[name:Tina]]: sorry to bother u his leg is hot and red and he's a bit muddled
        [15:44] [[name:Precious]]: Thanks for telling me. I'm sending [[name:Ade]] from the evening team. Ring 111 if he gets worse. Our number [[phone:01274 960 400 opt 2]]
        [17:10] [[name:Precious]]: [[name:Ade]] says early {{cellulitis}}, GP started {{flucloxacillin}}, [[name:Zhang]] [[name:Wei]] staying home. Good spot [[name:Tina]] x
    """)),
    ("health", "incident", prose("""
        pt [[name:kenny]] [[name:mcallister]] [[age:52]] known alcohol dependence found by passer by on
        [[address:briggate]] hypothermic. he told us he lives in the flat over the bookies at
        [[address:kirkgate number 2]] he thinks. chi number from scotland [[case_reference:0312715339]] as he
        said hes from paisley. no gp. conveyed to {{resus}} [[organisation:lgi]]. crew [[name:gav]] and
        [[name:priti]]. got a call from his partner [[name:lorna]] [[phone:0141 496 0712]] at 0310 asking if
        hes alive she saw it on {{facebook}}. someone filmed us and posted it. raising as incident. cad
        [[case_reference:3318820]].
    """)),
    ("health", "near_miss", block("""
        999 call - extract from CAD remarks, CAD [[case_reference:24-077831]]
        21:03 CLR STATES HUSB NOT BREATHING. ADDR [[address:FLAT 22 ASHTON HSE WOODHOUSE ST]] [[postcode:LS6 2PY]]
        21:03 CLR MRS [[name:ABIOLA]] [[name:ADEBAYO]] TEL [[phone:07700900271]]
        21:04 {{ARP}} CAT 1. {{DCPR}} INSTRUCTIONS GIVEN
        21:06 CLR NOW SAYS PT BREATHING - HAD FALLEN ASLEEP. DOWNGRADED TO CAT 2
        21:19 2ND CALL FROM DAUGHTER [[name:TOLU]] TEL [[phone:+44 7700 900 727]] - DAD "NOT RIGHT", SNORING, CANT WAKE
        21:20 RE-UPGRADED CAT 1. ALLOCATED
        21:27 ON SCENE. PT [[name:OLUSEGUN]] [[name:ADEBAYO]] ([[age:71]]) GCS 6, HYPOGLYCAEMIC BM 1.4
        Review note: downgrade on a single caller report of "asleep" without re-check; learning for EMD [[name:RH]].
    """)),
    # ------------------------------------------------------------------ social care: EDT / PP / missing
    ("social_care", "incident", block("""
        EMERGENCY DUTY TEAM - CONTACT LOG
        {{EDT}} ref: [[case_reference:EDT/24/03117]]     LCS: [[case_reference:1184702]] / [[case_reference:1184703]]
        Date: [[date:Sat 9th Nov]]    Worker: [[name:Marguerite]] [[name:Osei-Bonsu]]
        00:47  PC [[name:Rhodri]] [[name:Pryce]] rang via the {{101}} switchboard. Police at [[address:Flat 6, Beckfield House, Mill Street]], [[postcode:HX1 5RN]] after neighbour heard children crying for hours. Two children alone: [[name:Tia-Mae]] ([[age:4]]) and [[name:Reggie]] ([[age:22 months]]). Mum [[name:Shannon]] [[name:Pickersgill]] not answering [[phone:07700900 784]].
        01:10  PC [[name:Pryce]] confirms {{Police Protection}} under {{s46}}, designated officer DI [[name:Ashworth]].
        01:25  No emergency carer answering for 40 mins. Eventually [[name:Val]] & [[name:Terry]] [[name:Hirst]] ([[organisation:Calder Fostering]]) agreed.
        02:40  Mum returned, intoxicated, says she had "only nipped to [[name:Kayleigh]]s". Advised of PP.
        Handover to [[organisation:Halifax North Assessment Team]] for {{strategy discussion}}.
    """)),
    ("social_care", "near_miss", prose("""
        [[name:Lacey]] ([[age:15]]) reported missing from [[organisation:Fernbank House]] at 22:15 after not
        coming back from college. Night worker [[name:Jordan]] rang police (MFH [[case_reference:MFH-24-0091563]])
        and EDT. Her snapchat ([[name:lacez_xo]]) showed the bus station at Wakefield. Found 01:30 by {{BTP}}
        at Leeds station with an older male known only as "[[name:Deano]]". Near miss: the {{Philomena
        Protocol}} form had a photo two years old and no mention of [[name:Deano]], although staff had heard
        the name for weeks. [[name:Lacey]] was back at 03:10 and is ok physically. Return home interview
        booked with [[name:Precious-Anne]] from [[organisation:Safe Routes Wakefield]]. {{CSE}} screening tool
        to be redone.
    """)),
    ("social_care", "success", block("""
        From: EDT Calderdale <[[email:edt.outofhours@calder-example.gov.uk]]>
        To: [[name:Hannah]] [[name:Ruddock]]; [[name:Femi]] [[name:Adeyemi-Clarke]]
        Cc: [[organisation:Fernbank]] manager
        Subject: FW: overnight - [[name:B.J.]] - LCS [[case_reference:2290417]]

        Hi [[name:Hannah]] / [[name:Femi]],
        So you have it before 9. [[name:BJ]]'s nan ([[name:Maureen]] [[name:Sutcliffe]], [[phone:01422 960 374]]) rang at 23:20: he'd turned up at her house, [[address:27 Ravenscliffe Avenue]], after leaving placement. She isn't an approved carer but he was calm, fed, and said he'd only stay if he could stay there. Police did a welfare check (log [[case_reference:WY-20240311-0744]]) and I spoke to him myself. Agreed overnight at nan's with a call at 8.
        He's a different lad there. Worth thinking about for the plan.
        Thanks
        [[name:Siân]]
        [[name:Siân]] [[name:Llewellyn-Jones]] | EDT Senior Practitioner | [[phone:01422 960 200 ext 3]] | mob [[phone:07700 900 221]]
    """)),
    ("social_care", "incident", prose("""
        edt note dictated on phone sorry for errors. police rang 2140 re [[name:mia]] and [[name:leo]]
        [[name:dimitrov]] [[age:aged 6]] and [[age:9]] at [[address:flat 14 kestrel court]] dad [[name:plamen]]
        arrested for assault on mum [[name:desislava]] who went to [[organisation:pinderfields]] by ambulance cad
        [[case_reference:2245871]]. children speak bulgarian mum some english. dads brother [[name:georgi]]
        offered to have them but pnc shows he is on bail for the same kind of offence so no.
        {{language line}} interpreter used. sergeant [[name:wójcik]] took {{police protection}} at 2230.
        emergency carer [[name:bev]] [[name:o'hara]] did not answer for an hour [[name:bev]]s phone was on
        silent kids sat in the back of a police car till gone midnight. placed 0015. {{section 47}} to
        be considered by day team. mum discharged 0300 and asked for them back told pp stays until
        morning.
    """)),
    ("social_care", "success", prose("""
        Ambulance crew attended [[name:Kiyan]] [[name:Mahmoud]] ([[age:13]]) collapsed after drinking in
        [[address:Crow Nest Park, Dewsbury]]. Crew recognised him from the {{missing persons}} briefing -
        missing from [[organisation:Thornhill Lees Children's Home]] since [[date:Friday 15 March]]. Paramedic
        [[name:Gemma]] [[name:Stead]] rang EDT on [[phone:0300 123 0911]] before leaving scene; EDT worker
        [[name:Nasreen]] confirmed he is subject to a {{care order}} and spoke to home manager [[name:Will]]
        [[name:Thackray]], who met the ambulance at {{A&E}}. [[name:Kiyan]] was discharged to [[name:Will]] at 02:00
        and police closed missing report [[case_reference:MFH-0315-0417]]. Good joined-up working - crew
        would normally just convey and the home will often hear nothing till morning.
    """)),
    ("social_care", "incident", block("""
        STRATEGY DISCUSSION (out of hours, Teams) - [[date:02/04/2024]] 03:10
        Re: [[name:Ezekiel]] "[[name:Zeke]]" [[name:Mbatha]]  DOB [[date_of_birth:30.11.2019]]  Mosaic [[case_reference:M-0774512]]
        Present:
          [[name:Róisín]] [[name:Keane]] - EDT (chair)
          DS [[name:Lomax]] - Safeguarding Unit
          Dr [[name:Priya]] [[name:Venkataraman]] - paediatric registrar, [[organisation:Starlight Ward]], [[organisation:Pinderfields]]
          [[name:Mick]] [[name:Varley]] - crew, [[organisation:Yorkshire Ambulance Service]]
        Summary: {{spiral fracture}} L femur, [[age:4 yrs]]. Mum [[name:Nomvula]] says fell off sofa; partner [[name:Craig]] [[name:Fitzpatrick]] says fell on stairs. Crew noted old bruising to ears.
        Decision: {{s47}} enquiry, {{skeletal survey}}, {{child protection medical}} in morning. [[name:Zeke]] to stay on ward; [[name:Craig]] not to visit unsupervised.
        Actions: DS [[name:Lomax]] - crime [[case_reference:13/45520/24]]; [[name:Róisín]] - notify [[email:mash.referrals@wakefield-example.gov.uk]].
    """)),
    ("social_care", "success", prose("""
        Out of hours Section 20 - [[name:Kacper]] ([[age:16]]) turned up at [[organisation:Keighley Police
        Station]] front counter saying mum had kicked him out. Mum ([[name:Agnieszka]] [[name:Lis]],
        [[phone:07700 900 855]]) confirmed she would not have him back tonight and consented to
        accommodation over the phone with [[name:Kacper]] listening on speaker, which was hard. EDT found a
        {{supported lodgings}} bed with [[name:Dawn]] and [[name:Ifan]] [[name:Morgan-Price]] at
        [[address:Low Mill Cottage, Silsden]]. [[name:Dawn]] collected him at 23:50 with a takeaway. Young
        person's words: "she didn't even ask what happened". Day team [[organisation:Keighley Children in Need
        Team]], LCS [[case_reference:3381920]].
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp export - [[organisation:Oak Lodge]] staff group
        [22:41] [[name:Dawn B]]: anyone seen [[name:Summer]] since tea?
        [22:43] [[name:Chase]]: she said she was going to [[name:Amber]]s room
        [22:44] [[name:Amber K]] (staff): not [[name:Amber]] the kid, [[name:Amber]] the cleaner? lol
        [22:44] [[name:Dawn B]]: not funny. she's not in her room. ringing police
        [22:58] [[name:Chase]]: uncle rang landline asking where she is, I nearly told him the address of her mums. he said [[name:Marcus]]
        [22:59] [[name:Dawn B]]: DO NOT. [[name:Marcus]] is not on her contact list. Thats the one on the {{NRM}} referral
        [23:40] [[name:Dawn B]]: found at the garages on [[address:Bramley Road]] by police. MFH [[case_reference:0098122/24]]
        [23:41] [[name:Dawn B]]: well done for checking first [[name:Chase]]. {{summer}} holidays have been a nightmare for this
    """)),
    ("social_care", "incident", prose("""
        EDT called by {{CAMHS}} liaison at {{A&E}} ([[organisation:Calderdale Royal]]) at 01:30 - [[name:Niamh]]
        [[name:Doherty]] [[age:14]] after overdose of {{paracetamol}}, medically fit by morning but mum
        ([[name:Orla]], [[phone:+353 87 555 0119]], currently in Donegal) not able to return until
        Saturday. Dad's details on system ([[name:Dermot]], [[address:11 Sowerby New Road]]) are out of date.
        No paediatric bed; [[name:Niamh]] kept in a {{resus}} cubicle with 1:1 from a security guard. The
        nurse in charge, [[name:Abena]], rang us three times before a plan was agreed. EDT ref
        [[case_reference:EDT-C-4471]].
    """)),
    ("social_care", "success", prose("""
        Unaccompanied child found by police in the back of a lorry at [[address:Woolley Edge services]],
        M1 southbound. Gives name as [[name:Dawit]] [[name:Tesfaye]] [[name:Gebremariam]], says [[age:15]], from
        Eritrea, speaks Tigrinya. Claimed DOB [[date_of_birth:01/01/2009]] (as often recorded - treat with
        care). EDT arranged interpreter by phone and emergency foster placement with [[name:Mariam]] and
        [[name:Yonas]] [[name:Haile]] who speak Tigrinya - found through [[organisation:Horizon Foster Care]]
        out-of-hours line [[phone:0800 960 0445]]. Police ref [[case_reference:WYP-0416-1122]]. [[name:Dawit]]
        ate and slept. {{Home Office}} referral and {{age assessment}} NOT to be done overnight. Day team:
        [[name:Lamin]] [[name:Jallow]], UASC team.
    """)),
    ("social_care", "near_miss", prose("""
        Crew called to [[address:Plot 9, Cliffe Lane Traveller Site]] for [[name:Johnny-Joe]]
        [[name:McGinley]] [[age:aged 2]], burn to hand from a stove. Mam [[name:Bridie]] very worried we'd "get
        the social" and nearly refused conveyance. Granny [[name:Kathleen]] persuaded her. The
        paramedic considered an EDT referral; the injury matched the account and the site warden
        ([[name:Paddy]] [[name:Ward]], [[phone:07700 900 462]]) confirmed the stove. Referral discussed
        with EDT who advised universal services / {{health visitor}} follow up rather than {{section 47}}.
        Learning: explain referrals openly with Gypsy/Traveller families; [[name:Bridie]] said no one had
        ever told her what a referral actually was. CAD [[case_reference:4410932]].
    """)),
    ("social_care", "incident", block("""
        MISSING EPISODE - RECORD (copy of form fields)
        Child name: [[name:Tyler-James]] [[name:Broadbent]]
        Known as: [[name:TJ]]
        DOB: [[date_of_birth:17/08/2010]]       Age: [[age:13]]
        Placement: [[organisation:Hollybank Children's Home]], [[address:2 Wood Lane, Rothwell]] [[postcode:LS26 0PE]]
        Missing from: [[date:20/09/24]] 16:05   Returned: [[date:21/09/24]] 11:40
        Police ref: [[case_reference:MFH/0920/7761]]    Risk: HIGH
        Where found: [[address:Crossgates shopping centre]], by security
        Associates: "[[name:Lil J]]", [[name:Harvey S]], unknown adult male in a silver Golf [[vehicle_registration:YE63 XKT]]
        Phone: [[name:TJ]]'s phone [[phone:07700 900 993]] off whole time
        Reported by: [[name:Bogdan]] [[name:Petrescu]] (RSW)
        Notes: {{Philomena}} sent 16:30; EDT informed 17:00. [[name:TJ]] has had 6 episodes since [[date:1 Aug]].
    """)),
    ("social_care", "success", block("""
        EDT HANDOVER to day teams - [[date:Mon 28 Oct]]
        1. [[name:Poppy]] & [[name:Alfie]] [[name:Greenwood]] - PP ended 09:00, returned to dad [[name:Lee]] at [[address:3 Heath Mount]]. Calls from [[name:Lee]] via [[phone:0113-496-0349]].
        2. [[name:Ahmed]] [[name:Al-Rashid]] ([[age:17]]) - care leaver, street triage contact overnight, see note from [[name:Ffion]] (MH nurse). PA [[name:Jaz]] to call.
        3. [[name:Sunny]] [[name:Kaur-Dhillon]] - foster carer query re contact. No action.
        4. [[name:Lucas]] [[name:Pereira]] [[age:8mths]] - bruise, seen at {{UTC}}, explained, no further action.
        5. Mrs [[name:Tran]] - grandparent called about [[name:Bao]], not known. Advised {{Front Door}}.
        Duty SW: [[name:Ed]] [[name:Fairweather]]  [[phone:07700 900 300]]
    """)),
    ("social_care", "near_miss", prose("""
        Foster carer [[name:Mark]] [[name:Ellison]] rang EDT at 00:10 after [[name:Keeley]] ([[age:12]]) alleged he had
        grabbed her arm during an argument about her phone. He wanted to "get it on record himself". EDT
        advised him to have his wife [[name:Rose]] stay with [[name:Keeley]] and to not discuss it further.
        Near miss: the out-of-hours {{LADO}} number on our sheet ([[phone:01924 960 030]]) is a disconnected line;
        correct number found on intranet ([[phone:01924 960 303]]). Allegation logged, LADO ref
        [[case_reference:LADO/24/219]]. [[name:Keeley]]'s SW [[name:Folasade]] to visit.
    """)),
    ("social_care", "incident", prose("""
        [[name:Reece]] [[name:Okonjo]] ([[age:15]]), missing from [[organisation:Westfield Residential]] for 3 days,
        found by {{BTP}} on a train at Scarborough with £400, two phones and wraps. Ambulance called as
        he'd taken something; conveyed to [[organisation:Scarborough General]]. EDT North Yorks contacted us;
        nobody on our side knew which authority he belonged to for 2 hours. {{county lines}} / {{NRM}}
        referral needed. The number saved in his phone as "Uncle [[name:T]]" ([[phone:07700 900 777]]) is the
        same one flagged in [[name:Reece]]'s last return interview. Police ref
        [[case_reference:NYP-12092024-0339]]. Social worker [[name:Kelechi]] [[name:Nwosu]].
    """)),
    ("social_care", "success", prose("""
        Street triage with police picked up [[name:Jayden]] [[name:Oyelowo]] ([[age:18]]), care leaver,
        standing on the rail bridge at [[address:Canal Road]]. [[name:jayden]]s personal adviser [[name:Rhiannon]]
        was on the plan as "call any time" and actually answered at 2am on [[phone:07700 900 616]]. She
        came out; he went home with her to his flat at [[address:Flat 4, 60 Otley Road]] instead of a
        {{s136}}. Crisis team ([[organisation:Bradford Crisis]]) visited next day. Worth saying how rare it is
        for a PA to be reachable; [[name:Rhiannon]] says she leaves her phone on for her "frequent ones".
    """)),
    ("social_care", "success", prose("""
        EDT - baby [[name:Aarav]] [[name:Sharma]] ([[age:10 weeks]]) left with paternal grandmother
        [[name:Kamla]] [[name:Sharma]] at [[address:18 Beech Hill]] while parents were arrested after a
        disturbance in town. Police initially talked about {{police protection}}; EDT ([[name:Gráinne]]) did a
        home visit at 01:00 instead, checked the cot, formula, and grandmother's health (she takes
        {{warfarin}}). Grandad [[name:Vijay]] home too. Agreed baby stays; PP not needed. Parents
        ([[name:Rohan]] and [[name:Tasha]]) released 06:00 and collected [[name:Aarav]]. Day team asked to
        check in. Ref [[case_reference:EDT/24/04410]].
    """)),
    # ------------------------------------------------------------------ aviation: HEMS
    ("aviation", "success", block("""
        HEMS TASKING LOG - [[organisation:Pennine Air Ambulance]]
        Date [[date:14/08/24]]   Aircraft [[aircraft_registration:G-PNAB]]  C/S [[flight_number:Helimed 58]]
        Crew: Capt [[name:Rory]] [[name:Blackwood]] (P), TCM [[name:Steph]] [[name:Okoro]], Dr [[name:Hamish]] [[name:Greer]]
        10:41 Tasked by HEMS desk, RTC motorcyclist, [[address:A629 Halifax Road, Cullingworth]]
        10:49 Airborne
        11:02 Landed school field [[organisation:Cullingworth Village Primary]] - head Mrs [[name:Okafor]] cleared the pitch in 3 mins, children inside
        11:05 With pt [[name:Liam]] ([[age:aged 29]]), {{GCS}} 13, open {{tib/fib}}
        11:44 Lift with pt, to [[organisation:LGI]] helipad, handover 11:58
        Thank you letter to school from [[name:Steph]]. Incident no [[case_reference:PAA-24-1147]].
    """)),
    ("aviation", "near_miss", prose("""
        Air Safety Report - drone at landing site. On approach to [[address:Greenhead Park, Huddersfield]]
        (pre-surveyed HLS) in [[aircraft_registration:G-PNAC]] the {{TCM}} called a drone at about 200ft, 11
        o'clock, 150m. Go-around flown, landed on the far side. Police spoke to the operator, [[name:Jake]]
        [[name:Sowerby]] ([[age:19]]), filming for TikTok as [[name:@jakeyfliesyorks]]. Video showed he
        followed us down. PIC Capt [[name:Ahmad]] [[name:Farouki]]. ASR [[case_reference:ASR-2024-061]], police
        ref [[case_reference:WYP-0808-0519]]. {{CAA}} {{MOR}} filed. Patient care not delayed (approx 2 min).
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Jonathan]] [[name:Eccles]] <[[email:head@stmargaretsce-example.sch.uk]]>
        To: [[email:ops@penninehems-example.org.uk]]
        Subject: Helicopter landing Tuesday - concerns

        Dear Sir/Madam,
        On Tuesday your helicopter landed on our top field at [[organisation:St Margaret's CE Primary]] while Year 6 were still doing PE. Our teacher Miss [[name:Crabtree]] had to run them in. A ball was blown into the road.
        We are happy to help, but we had no phone call. Our office number is [[phone:01535 960 218]] and my mobile [[phone:07700 900 546]].
        Regards, [[name:Jon]] [[name:Eccles]], Headteacher

        -- ops reply --
        [[name:Jon]], thank you and apologies. Landing was for a cardiac arrest at [[address:4 Church Street]]. Desk policy is to ring schools where the site card lists a number - yours wasn't on the card. Now added. [[name:Ben]] [[name:Rowntree]], Flight Ops
    """)),
    ("aviation", "incident", block("""
        ASR - Rotor downwash damage
        Report no: [[case_reference:PAA-ASR-0219]]
        Aircraft: [[aircraft_registration:G-PNAB]] ({{AW169}})
        Date/time: [[date:22 June 2024]] 15:10 local
        Location: field adjacent [[address:Manor Farm, Bolton Abbey]]
        PIC: [[name:L. Marchetti]]      Co-pilot: [[name:Owain]] [[name:Rees]]
        Description: Landed into wind 40m from a village fete. Gazebo lifted and struck a spectator, Mr [[name:D. Hargreaves]], minor head laceration, treated by our own crew. Marshals from the fete had not been briefed.
        Contact for claimant: [[phone:01756 960 142]]
        Actions: HLS selection brief re {{downwash}} and public gatherings; re-read {{OM Part A}} 8.1.
    """)),
    ("aviation", "success", prose("""
        dictated post mission. [[flight_number:helimed five eight]] with dr [[name:hamish]] and tcm [[name:ollie]] [[name:nkemelu]]
        landed on the rugby pitch at [[organisation:ilkley grammar]] for a horse rider [[name:harriet]]
        [[name:fenwick-shaw]] [[age:aged 34]] thrown at [[address:moor lane]] suspected pelvis and head injury
        gcs dropping so {{rsi}} on scene with {{ketamine}} and {{rocuronium}} first pass tube {{bougie}}
        etco2 good. pelvic binder. flew to {{mtc}} [[organisation:lgi]] 14 min. husband [[name:piers]]
        followed by road number [[phone:07700 900 880]]. nice job everyone ground crew [[name:jenko]] and
        the land ambulance lads [[name:taff]] and [[name:dazza]] from {{otley station}} were brilliant.
    """)),
    ("aviation", "near_miss", prose("""
        Night HEMS, {{NVG}}, [[aircraft_registration:G-HMDZ]], callsign [[flight_number:HLE16]]. Inbound to
        [[organisation:Royal Preston]] helipad, co-pilot [[name:Keir]] [[name:Mulholland]] dialled the old
        helipad frequency from last year's card; no lighting activation. Tower at Warton relayed. Hospital
        security ([[name:Derek]], [[phone:01772 960 524]]) switched lights on manually. 6 min hold with a
        {{STEMI}} patient on board. Capt [[name:Eva]] [[name:Lindqvist]]. Report [[case_reference:NWAA-OPS-331]].
        Action: frequency card reissued, date-stamped.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Gwyn]] [[name:Thomas]] <[[email:gwynthomas.pantyfedwen@example.co.uk]]>
        Date: [[date:5 April 2024]]
        Subject: your helicopter and my ewes

        To whoever is in charge,
        Your air ambulance landed at [[address:Pant-y-Fedwen, Llanidloes]] on Wed with no warning, middle of {{lambing}}. Three ewes aborted since and one lamb died in the hedge. I don't grudge the lad who was hurt - [[name:Dai]]'s boy from up the valley - but someone could have rung me on [[phone:01686 960 377]].
        [[name:Gwyn]] [[name:Thomas]]

        Ops note: aircraft [[aircraft_registration:G-WLSH]], flight ref [[case_reference:WAA-24-0788]]. Claim passed to insurer. Landing site not in database - to be added with farmer's number.
    """)),
    ("aviation", "success", block("""
        INTER-FACILITY TRANSFER
        Mission: [[case_reference:IFT-24-0093]]   A/C [[aircraft_registration:G-NWAA]]   C/S [[flight_number:Helimed 72]]
        From: [[organisation:Furness General]] ({{ED}})   To: [[organisation:Royal Preston]] neurosurgery
        Pt: [[name:Agnes]] [[name:Halloran]], [[age:61]], NHS [[nhs_number:264 251 3890]]
        Dx: {{subarachnoid haemorrhage}}, intubated
        Escorting: Dr [[name:Tobias]] [[name:Brandt]], CCP [[name:Nneka]] [[name:Obi]]
        Flight time 22 min vs est 2h15 road across the bay. Son [[name:Declan]] [[phone:+44(0)7700 900 410]] informed of arrival.
        Neuro team waiting on pad; to theatre within 1h of referral.
    """)),
    ("aviation", "near_miss", block("""
        HEMS desk chat log
        [14:02] [[name:desk_mfenn]]: [[flight_number:Helimed 98]] tasked to [[address:Locke Park, Barnsley]], pt [[age:2yo]] choking, {{ROSC}}?
        [14:02] [[name:capt_ward]]: copy, can we land [[address:Locke Park]]? was on the restricted list last yr
        [14:03] [[name:desk_mfenn]]: site card says ok
        [14:04] [[name:capt_ward]]: card is old. bandstand is fenced now. [[address:lowe road]] end ok?
        [14:05] [[name:desk_mfenn]]: yes - police meeting you there. contact PS [[name:Oduya]] [[phone:07700 900 135]]
        [14:19] [[name:capt_ward]]: down. site card wrong, updating
        [14:19] [[name:desk_mfenn]]: ta [[name:Marcus]]. logging as [[case_reference:YAA-NM-0412]]
    """)),
    ("aviation", "incident", block("""
        Debrief - fuel low-level warning - [[date:Wednesday 9th October]]
        Present: [[name:Rory]] [[name:Blackwood]] (PIC), [[name:Steph]] [[name:Okoro]] (TCM), [[name:Andrea]] [[name:Costa]] (Chief Pilot), [[name:Femi]] (engineering)
        [[aircraft_registration:G-PNAB]] tasked twice without refuelling (second task [[case_reference:PAA-24-1981]]). Low fuel caution 8 min before landing at [[organisation:Leeds Bradford Airport]]. No emergency declared. Landed with 78kg.
        [[name:Rory]]: "I took the second job because the desk said there was no other aircraft. I should have pushed back."
        [[name:Andrea]]: this isn't a blame thing, the tasking software showed fuel from the morning.
        Actions: fuel field mandatory on the desk screen; [[name:Femi]] to check sensor.
        Next review: {{Safety Action Group}}.
    """)),
    ("aviation", "near_miss", prose("""
        Airspace conflict: our [[aircraft_registration:G-EMSX]] ([[flight_number:Helimed 61]]) and an {{NPAS}} police
        aircraft were both heading to the same RTC on [[address:Thornton Road]], Bradford. Neither on the
        same frequency; the {{TCAS}} alert came at 0.8nm. Capt [[name:Sandeep]] [[name:Rai]] turned right. NPAS
        crew (Sgt [[name:Whitaker]]) phoned afterwards on [[phone:01274 960 999]] and we agreed a shared
        {{deconfliction}} call on the police channel. Reported [[case_reference:ASR-2024-088]].
    """)),
    ("aviation", "success", prose("""
        Fixed-wing repatriation: [[name:Bronwen]] [[name:Pugh-Ellis]] ([[age:72]]) stroke while on holiday in
        Alicante, flown home on air ambulance flight [[flight_number:AMB204]] ([[aircraft_registration:G-MEDX]]) to
        Manchester, then road to [[organisation:Salford Royal]]. Husband [[name:Emrys]] travelled back on
        [[flight_number:LS896]]. Coordinated by our assistance desk ([[phone:+44 161 496 0800]]) with the insurer's
        case [[case_reference:AXA-ES-5512093]] and the Spanish hospital ([[phone:+34 965 550 123]]). Nurse
        escort [[name:Niall]] [[name:Flanagan]]. Smooth handover.
    """)),
    ("aviation", "incident", prose("""
        Tech log entry - [[aircraft_registration:G-PNAC]] went {{AOG}} at base with a {{chip detector}} caution
        on the tail rotor gearbox. Spare aircraft [[aircraft_registration:G-PNAX]] brought from [[organisation:Sloane
        Helicopters]] but arrived with the wrong medical fit; two tasks declined over 3 hours
        ([[case_reference:PAA-24-1412]], [[case_reference:PAA-24-1413]]). Engineer [[name:Jozef]] [[name:Horváth]]
        signed it off at 17:20. One declined task was a [[age:6-year-old]] at [[address:Beacon Close, Brighouse]];
        crew from {{Elland}} conveyed by road.
    """)),
]


def main() -> None:
    records = build_records("blind38", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
