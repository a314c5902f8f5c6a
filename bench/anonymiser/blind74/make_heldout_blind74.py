"""Held-out blind corpus 74: hospital ward and department reports across care, clinical and air work.

Setting: acute hospital wards and departments (medicine, surgery, older people's care, A&E,
theatres, pharmacy, radiology). Social care reports are hospital safeguarding and discharge work;
aviation reports are helipad, air ambulance, repatriation and in-flight emergency handovers.
Voice: nurses, doctors, HCAs, porters, pharmacists, radiographers and therapists writing Datix
narratives, debriefs, e-mails, chat logs and appreciations in ward shorthand.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind74.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        Discharged to the wrong address. [[name:Edna Pilkington]] ([[age:88]]) on
        [[organisation:Larkspur Ward]] was booked transport home on [[date:14/05/2024]] after
        {{Discharge to Assess}} sign-off. The transport sheet still had her old house,
        [[address:22 Cawthorne Terrace]], [[postcode:WF1 4HD]], which she left in the spring when
        she moved into sheltered housing at [[address:Flat 6, Beech Court, Sandal Road]],
        [[postcode:WF2 9LN]]. Crew arrived at the old house and the neighbour rang the ward on
        [[phone:01632 960218]] because [[name:Edna]] was sat in the ambulance confused and asking
        for her cat. Brought back to us at 19:40, no physical harm but very distressed and missed
        her tea. Looks like the GP updated demographics but it never pulled through to {{PAS}} or
        the transport booking. Daughter [[name:Sharon]] is understandably furious, I have
        apologised and given her the {{PALS}} leaflet. Hospital social worker
        [[name:Tendai Moyo]] is restarting the package of care for tomorrow.
        Datix [[case_reference:W481203]]. [[name:K. Openshaw]], {{Staff Nurse}}
    """)),
    ("social_care", "near_miss", prose("""
        Near miss in {{Paeds ED}}, night of [[date:3rd March]]. [[name:Kacper Nowak]],
        [[age:2]], DOB [[date_of_birth:09.11.2021]], brought in by mum with a query spiral
        fracture of the L tibia after "falling off the sofa". Triage did not open the {{CP-IS}}
        alert so nobody clocked that he is on a {{child protection plan}}. {{Registrar}}
        Dr [[name:Funmi Adeyemi]] spotted it on the board before discharge, kept him in for a
        {{skeletal survey}} and rang the allocated social worker [[name:Gemma Stott]]
        ([[organisation:Calderbrook Children's Social Care]], [[phone:07700 900417]]) who
        confirmed the plan and came in first thing. [[name:Kacper]]'s hospital number
        [[case_reference:RK7 204418]]. Learning: the CP-IS check needs to be a forced field at
        triage, not a pop-up you can click past at 3am.
    """)),
    ("social_care", "success", prose("""
        Appreciation for [[name:Bernie]] (HCA, nights, [[organisation:Holly Ward]]). While
        helping Mr [[name:Desmond Clarke]], [[age:71]], with a wash she noticed he was anxious
        every time his phone went. He told her a "mate" called [[name:Tiny]] had been keeping his
        bank card and PIN "to do his shopping" and had moved into the flat while he was in. She
        wrote it down in his words, handed it over to the nurse in charge and it went to the
        {{safeguarding lead}} the same morning. A {{Section 42}} enquiry is open under ref
        [[case_reference:SG-24-01187]] and the bank has frozen the card. Mr [[name:Clarke]] said
        "she's the only one who asked". This is exactly what {{Making Safeguarding Personal}}
        looks like. Thank you [[name:Bernie]]. - [[name:Yusuf]], Ward Manager
    """)),
    ("social_care", "incident", prose("""
        {{CAMHS}} liaison note. [[name:Jade-Louise Whitfield]], [[age:15]], admitted to the
        children's ward on [[date:2 February]] after a paracetamol overdose, {{Parvolex}}
        completed. On review she disclosed she is the main carer for mum, who has MS, and two
        younger brothers. Medically fit on [[date:4 February]] and discharged by the day team
        before my assessment and before any referral to social care, as the "young carer" box
        on the discharge checklist was left blank. School ([[organisation:Hollins Park Academy]])
        rang us the next week asking why she had not been in. The referral e-mail I then sent to
        [[email:duty.childrens@calderbrook.example.gov.uk]] bounced because the address had
        changed; resent to the correct inbox on [[date:12/02/24]]. [[name:Jade]] is now open to
        [[organisation:Calderbrook Young Carers]]. Learning for the ward: no under-18 mental
        health discharge without liaison sign-off.
    """)),
    ("social_care", "near_miss", prose("""
        OT write-up. Mrs [[name:Gwen Pryce-Jones]] (bed 9, [[organisation:Dyfi Ward]]) has
        advanced {{Alzheimer's}} and had been trying to leave the ward. Her urgent {{DoLS}}
        authorisation ran out on the Sunday and nobody had applied for the standard
        authorisation, so for about 30 hours she was being kept on the ward with no lawful basis.
        I noticed the expiry date when I was planning the home visit. {{Ward Sister}}
        [[name:Rhiannon Beddoe]] contacted the {{Supervisory Body}} the same afternoon and an
        assessor attended within two days. Her plan is transfer to [[organisation:Ty Gwyn
        Nursing Home]] in Machynlleth once funding is agreed. No harm, but we need a
        {{Mental Capacity Act}} expiry tracker on the board, not in someone's diary.
        [[name:Rhodri]] (OT)
    """)),
    ("social_care", "success", block("""
        From: [[name:Priya Chauhan]] <[[email:priya.chauhan@nhs.example.org]]>
        To: [[email:discharge.hub@nhs.example.org]]
        Cc: [[name:Lewis Onyango]]
        Sent: [[date:Thu 6 June 2024]] 16:12
        Subject: Thank you - Mr [[name:O'Driscoll]], bed 14 [[organisation:Beech Ward]]

        Hi all,

        Just wanted to say a massive thank you for getting [[name:Padraig]] out today. He came in
        street homeless with cellulitis, was medically fit 19 days ago and had no {{NFA}} pathway
        that would take a man who needs a frame. [[name:Lewis]] from the housing options team got
        him a ground-floor room at [[address:St Brendan's House, 41 Quarry Street]]
        [[postcode:LS6 2QT]] and the district nurses picked up the dressings.
        [[name:Padraig]] asked me to pass on "cheers to the fella with the van" (that's our
        porter [[name:Stevie]]).

        [[name:Priya]]
        {{Discharge Coordinator}}
    """)),
    ("social_care", "incident", prose("""
        [[name:Ellie-May Richardson]], [[age:24]], has {{Down's syndrome}} and a learning
        disability and came to A&E with abdominal pain with her support worker [[name:Chidi
        Okeke]] from [[organisation:Brightways Supported Living]]. Her {{Hospital Passport}}
        clearly says she needs someone she knows with her and that she hits out when scared.
        [[name:Chidi]] was told to wait outside because of the one-visitor rule and [[name:Ellie-May]]
        was cannulated by two staff holding her arm. She bit a nurse. This was avoidable. The
        {{reasonable adjustments}} flag was on the system and was not read. Learning disability
        liaison nurse [[name:Bronagh]] has met [[name:Ellie-May]]'s family and [[organisation:Brightways]] on
        [[date:21/08/2024]]. Incident ref [[case_reference:INC-2024-08812]].
    """)),
    ("social_care", "near_miss", prose("""
        Reception / switchboard near miss. [[name:Shabana Akhtar]] is an inpatient on
        [[organisation:Cedar Ward]] and is known to {{MARAC}}; there is a password on her record.
        A man rang the ward on [[date:17/09]] saying he was her brother [[name:Imran]] and asking
        which bed she was in and when she was going home. The bank HCA started to answer and was
        stopped by [[name:Aisha]] (Staff Nurse) who asked for the password. He hung up. Number
        showed as [[phone:07700 900865]], which the {{IDVA}} [[name:Lou Brennan]]
        ([[organisation:Safe Harbour Calderdale]]) confirmed is the ex-partner
        [[name:Tariq Mahmood]]. Police informed, log [[case_reference:WYP-0917-0332]]. Ms
        [[name:Akhtar]] has moved bays. Not a {{Clare's Law}} issue, this is simply ward
        phone practice: bank staff need the password briefing at start of shift.
    """)),
    ("social_care", "success", prose("""
        Joint working went really well on Saturday. [[name:Reece]] ([[age:16]], calls himself
        "[[name:R-Dog]]") was dropped at the ED doors with a stab wound to the thigh from a
        silver Golf, reg [[vehicle_registration:KP68 XWT]], which drove off. He was scared and
        would only give a first name. Our paeds {{safeguarding nurse}} [[name:Marcia Campbell]]
        sat with him, the {{Emergency Duty Team}} found him open to the exploitation team and
        DC [[name:Hollie Marsh]] attended the same evening. Crime ref
        [[case_reference:CR/0057712/24]]. {{County Lines}} concerns and an {{NRM}} referral are
        being made by his social worker. [[name:Reece]] stayed the night instead of running, which
        is a first. Thanks to [[name:Marcia]] and the {{Majors}} team.
    """)),
    ("social_care", "incident", prose("""
        Tissue viability. Mr [[name:Harbans Singh Bhogal]], [[age:84]], NHS no
        [[nhs_number:981 514 2356]], admitted from [[organisation:Meadowbank Care Home]],
        [[address:12 Orchard Rise]], [[postcode:B23 6TH]], with a {{category 4 pressure ulcer}}
        to the sacrum and bilateral heel damage, none of which was on the transfer letter. His
        {{Waterlow}} on the home's paperwork was dated three months ago. Son [[name:Jasvinder]]
        says he raised concerns about missed turns in June. Body map and photos done
        with consent, {{safeguarding}} concern raised on [[date:01/07/2024]], ref
        [[case_reference:ASC-24-77105]]. Mr [[name:Bhogal]] is on a dynamic mattress and
        comfortable. [[name:Nadia Haddad]], {{TVN}}
    """)),
    ("social_care", "near_miss", block("""
        Teams chat, [[organisation:Rowan Ward]] / Hospital Social Work, [[date:08/10/2024]]
        [09:14] [[name:Aoife Gallagher]]: morning, bed 3 Mr [[name:Ferreira]] is MFFD, wife is his carer
        [09:16] [[name:dave k]]: ok - is she still at home?
        [09:21] [[name:Aoife Gallagher]]: no!! she came in via ED last night, she's on {{AMU}}
        [09:22] [[name:dave k]]: so transport was about to take him home to an empty house
        [09:23] [[name:Aoife Gallagher]]: yep. cancelled. [[name:Manuel]] can't manage stairs on his own
        [09:40] [[name:dave k]]: rang son [[name:Rui]] [[phone:07700 900552]], he can't have him. will do {{Care Act}} assessment + look at step-down bed
        [09:41] [[name:Aoife Gallagher]]: ty, datixing as near miss
    """)),
    ("social_care", "success", prose("""
        Physio appreciation. Mr and Mrs [[name:Lindqvist]] are both in their late eighties and
        he was desperate to get home to their bungalow at [[address:3 Heron Close, Fenwick]] for
        their 60th anniversary on [[date:24 November]]. Hospital social worker
        [[name:Olamide]] arranged a joint home visit with me at two days' notice, chased the
        {{rapid response}} equipment order (perching stool, {{Zimmer frame}}, bed lever) and got
        a double-up care package from [[organisation:Kindred Homecare]] agreed before the weekend.
        He walked in through his own front door with the frame on the Friday.
        [[name:Olamide]], you are a star. [[name:Sunita]] (Band 6 physio, older people's care)
    """)),
    ("social_care", "incident", prose("""
        Security called to Ward 31 ([[organisation:Kingfisher]]) at about 15:10 on
        [[date:29.04.24]]. Patient Ms [[name:Kerry-Ann Boateng]] has a {{Child Arrangements
        Order}} which means the father of her daughter, [[name:Ashley Pryor]], is not allowed
        unsupervised contact. Her daughter [[name:Nevaeh]] ([[age:6]]) was visiting with the
        grandmother when Mr [[name:Pryor]] turned up and tried to take the child to "get a
        drink" from the shop. {{Ward Clerk}} [[name:Gail]] had been given the court order at
        admission, recognised the name and kept the doors locked. Police attended. Learning:
        the order was in the paper notes only, not flagged on the electronic record.
    """)),
    ("social_care", "near_miss", prose("""
        Consent near miss in {{Paeds Surgery}}. [[name:Tyler-James Hughes]], [[age:11]], looked
        after under {{Section 20}}, listed for appendicectomy. His foster carer Mrs
        [[name:Adaeze Nwosu]] was about to sign the consent form, and the F1 had already printed
        it, when the anaesthetist asked who holds {{parental responsibility}}. Birth mum
        [[name:Danielle Hughes]] still does, and she was reachable on [[phone:07700 900238]] via
        the social worker [[name:Tom Featherstone]]. Consent obtained properly by phone with a second nurse as witness and documented. [[name:TJ]] went to theatre 40 minutes late, no harm.
    """)),
    ("social_care", "success", prose("""
        Discharge of Mrs [[name:Mary Ellen Doherty]] ([[age:67]]) back to the family's plot at
        [[address:Hollow Lane Traveller Site, Plot 4]], [[postcode:NP20 3LB]]. The discharge
        letter system rejected the address twice. Rather than send her to a care home,
        [[name:Siobhan]] from our {{Integrated Discharge Team}} worked with
        [[organisation:Gwent Traveller Support]] and the district nursing team to arrange
        wound care at the site and a {{key safe}} for the chalet. Her grandson [[name:Patrick]] came
        in to learn the dressing. She went home on [[date:Tuesday 12 March]] and has had no
        readmission. Good example of culturally safe discharge, thanks all.
    """)),
    ("social_care", "incident", block("""
        INCIDENT SUMMARY - readmission within 72 hours
        Patient: [[name:Gordon McAllister]]   DOB: [[date_of_birth:17/02/1952]]
        Hospital no: [[case_reference:H0449215]]
        Ward: [[organisation:Ashworth Ward]] (older people's medicine)
        Discharged [[date:09/12/2024]], readmitted [[date:11/12/2024]].

        Background: lives alone, severe hoarding, known self-neglect. At the MDT the consultant
        was told "son visits daily". Son [[name:Callum]] actually lives in Aberdeen. The
        {{Section 42}} referral was discussed but not made. He was found by the postman on the
        floor of the hall at [[address:88 Linnet Street]], [[postcode:G32 8RW]] with a
        {{Glasgow Coma Scale}} of 13 and {{AKI}}.

        Actions: collateral history to be verified by phone before MDT sign-off; safeguarding
        referral made [[date:11/12]]. Reported by [[name:F. Mbeki]], {{Charge Nurse}}.
    """)),
    ("social_care", "success", prose("""
        Postnatal ward, nice one to write up for a change. [[name:Andreea Popescu]] ([[age:19]])
        delivered her first baby on [[date:05/01]] and was very withdrawn. Midwife
        [[name:Beatriz]] booked a Romanian interpreter through {{Language Line}} rather than using
        the boyfriend, and with him out of the room [[name:Andreea]] disclosed she was being made to work
        in a car wash and had no access to her passport. The hospital social worker and
        [[organisation:Pathways North Anti-Slavery]] came the same day, and mum and baby
        [[name:Sofia]] went to a safe house instead of back to the address he gave. Thanks to
        the night team for keeping things calm and to {{Modern Slavery}} leads for being so quick.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Insulin error, [[organisation:Wensum Ward]] (surgery), [[date:22/07/2024]]. Patient
        [[name:Olumide Bankole]], NHS [[nhs_number:177 847 2540]], was prescribed 4 units of
        {{NovoRapid}} on a paper chart where the prescriber had written "4U". The agency nurse
        read it as 40 units and drew it up in a syringe. Second checker [[name:Hannah Li]] was
        called away mid-check and signed without looking at the chart again. 40 units given at
        12:05, BM 2.1 at 13:30, {{Hypo Box}} used, {{IV glucose 10%}} started, transferred to
        {{HDU}} for monitoring, recovered. Pharmacist [[name:Gareth Pugh]] has flagged that
        "units" must never be abbreviated. Duty of candour letter sent to Mr
        [[name:Bankole]] and his wife [[name:Kemi]]. Datix [[case_reference:W492617]].
    """)),
    ("health", "near_miss", prose("""
        Radiology near miss. Two patients called [[name:John Williams]] on
        [[organisation:Caldey Ward]], beds 4 and 11, born a year apart. {{CT head}} was requested for
        the one in bed 11 (NHS [[nhs_number:890 802 3720]]) after a fall, but the porter was sent
        for bed 4 (NHS [[nhs_number:963 446 0836]]). Radiographer [[name:Mehwish Iqbal]] did the {{three-point ID check}} on the scanner table: the patient said his date of birth as
        [[date_of_birth:02/03/1946]] and the request said [[date_of_birth:19/08/1947]]. Scan
        stopped before exposure. Ward now uses a {{name alert}} sticker and the patients have been
        moved to different bays. Thanks to [[name:Mehwish]] for not rushing.
    """)),
    ("health", "success", prose("""
        Theatres good catch, Theatre 5, [[date:Wednesday 15th May]]. During the closing count on a
        laparotomy the count came up one {{Raytec}} swab short. Scrub nurse [[name:Oisin Kavanagh]]
        called it clearly and stopped closure even though the list was running late and the
        consultant, Mr [[name:Ravindran]], was keen to finish. Swab found folded under the
        retractor blade in the left paracolic gutter. Count reconciled, {{WHO checklist}} sign-out
        completed. This is a {{Never Event}} avoided. [[name:Oisin]] was calm and clear and the
        team backed him. Well done. [[name:Leanne]] ({{Main Theatres}} team leader)
    """)),
    ("health", "incident", prose("""
        Unwitnessed fall, bay C, [[organisation:Foxglove Ward]], 02:50. Mrs [[name:Doris Entwistle]],
        [[age:91]], {{delirium}}, on {{1:1 enhanced care}} which had been stepped down to cohort
        bay at 22:00 because of staffing. Found on the floor by the bed, {{bed rails}} down.
        {{CT head}} negative, {{hip X-ray}} shows a fractured neck of femur. Orthogeriatric review
        by Dr [[name:Aneurin Price]] next morning. Family ([[name:Maureen]], daughter,
        [[phone:01632 960744]]) informed at 03:40. {{Falls Bundle}} was completed on admission but
        not updated after the step-down. Datix [[case_reference:W493305]], {{SI}} panel to review.
        [[name:J.B.]] (night {{Nurse in Charge}})
    """)),
    ("health", "near_miss", prose("""
        ED sepsis near miss. [[age:34]]-year-old woman (I will not name her here, hospital number
        [[case_reference:RK7 311092]]) waited 2h 10m in the waiting room with a {{NEWS2}} of 2
        at triage. When the HCA [[name:Precious]] did repeat obs at 20:15 NEWS was 7 with a temp
        of 39.4 and BP 86/50. [[name:Precious]] escalated straight to the {{Nurse in Charge}}
        and she was moved to resus. {{Sepsis Six}} completed within the hour. Received
        {{piperacillin-tazobactam}} and fluids, went to {{ITU}} overnight and is recovering.
        Learning: repeat obs in the waiting room were due at 19:30 and were missed because the
        obs machine was broken.
    """)),
    ("health", "incident", prose("""
        Porter report. Took Mr [[name:Kwabena Asante]] from the {{Respiratory Unit}} (Ward 7) to {{CT}} on 4L oxygen at about 11:00 on [[date:18/03/2024]]. The {{CD cylinder}}
        on the chair read full on the gauge when I picked it up. Halfway down the main corridor
        by {{Costa}} he said he couldn't breathe and the gauge was at zero. I went to the {{Medicine for the Elderly}} reception and they gave me a cylinder. He was blue round the
        lips. Back on oxygen within about four minutes, sats 84 going up to 93. The nurse at the
        ward said the cylinder had been used for a transfer earlier and put back. [[name:Wayne
        Holroyd]], Porter, Estates & Facilities
    """)),
    ("health", "success", block("""
        HOT DEBRIEF - cardiac arrest, bay 2 [[organisation:Osprey CCU]], [[date:11/06/24]] 14:32
        Patient: M, [[age:58]], VF arrest day 2 post NSTEMI
        Team: SpR [[name:A. Rahman]] (leader), SHO [[name:Chloe]], [[name:Mags Kerr]] (CCU sister),
        [[name:Tolu]] (airway, ODP), HCA [[name:Bex]], Resus Officer [[name:Huw Jenkins]]

        Went well:
        - ROSC after 2 shocks, 4 min total
        - {{Lucas}} not needed, compressions swapped every 2 min
        - [[name:Bex]] brought the {{defib}} and started compressions before the team arrived
        - closed-loop comms, [[name:A. Rahman]] kept the room quiet

        Even better if:
        - {{ReSPECT}} form was in the notes trolley not the folder, took time to find
        - suction tubing missing from the {{resus trolley}}

        Thank you all. [[name:H.J.]]
    """)),
    ("health", "near_miss", prose("""
        Pharmacy intervention. Mr [[name:Stanislaw Zielinski]] (NHS [[nhs_number:290 350 0010]])
        has an anaphylaxis to penicillin recorded on {{EPMA}} and on his red wristband. Overnight
        the on-call F2 prescribed {{Tazocin}} for a chest infection; the system warning was
        overridden with "patient tolerated before". It had not been given yet when
        [[name:Ifeoma]] (ward pharmacist, [[organisation:Mulberry Ward]]) screened the chart at
        08:45. Changed to an alternative after discussion with the micro registrar. The F2 did not
        realise {{Tazocin}} contains a penicillin. Teaching session booked for the
        {{Foundation}} doctors on [[date:30/09/2024]].
    """)),
    ("health", "incident", prose("""
        {{Controlled Drug}} discrepancy, [[organisation:Larch Ward]] CD cupboard. At the 21:00
        check the {{Oramorph}} 10mg/5ml bottle was 18ml short against the register. Last entry
        was a 5ml dose for bed 6 signed by [[name:S. Abubakar]] and [[name:Ruth Cheung]] at
        18:10. Ward manager [[name:Delroy]] and the site manager informed, {{Accountable Officer}}
        notified the next day. Possible causes: spillage not recorded, or measuring with a cup
        instead of an oral syringe. No staff member is being blamed at this stage. Incident
        [[case_reference:INC-2024-10277]]. Pharmacy to audit CD books for
        October and November.
    """)),
    ("health", "success", prose("""
        SALT shout-out. Mr [[name:Ieuan Hartley]], [[age:79]], {{Parkinson's}}, admitted with a
        chest infection. The ward had him on normal diet. [[name:Niamh]] from speech and language
        therapy did a bedside swallow on her own initiative because she saw he coughed at lunch,
        found silent aspiration signs and moved him to {{IDDSI level 4}} with thickened fluids.
        She also spotted his {{Madopar}} had been omitted twice because "NBM" was on the board
        from a cancelled scope. {{Get It On Time}} poster now on the ward. His wife
        [[name:Carys]] says he is "more himself" this week. [[name:Niamh]], thank you.
    """)),
    ("health", "near_miss", prose("""
        Transfusion near miss, {{Acute Medical Unit}}, [[date:06/02/2025]]. Group and save sample
        for [[name:Abdirahman Warsame]] was labelled at the nurses' station from a printed label,
        not at the bedside. The lab ([[name:Petra]], BMS) rejected it because the sample history
        showed a different blood group from 2023. Repeat sample taken properly at the
        bedside confirmed the first tube was from the patient in the next bed, Mr
        [[name:Hussein]]. If issued this could have been an ABO-incompatible transfusion.
        Reminder sent to all {{AMU}} staff: {{BloodTrack}} scanner at the bedside, no
        pre-printed labels.
    """)),
    ("health", "incident", prose("""
        Violence and aggression in {{Minors}}, [[date:Sat 19 Oct]], 23:45. Male patient, later
        identified as [[name:Connor Leith]], [[age:27]], intoxicated, threw a chair at Staff Nurse
        [[name:Gurpreet Sandhu]] when told about the wait. She has a bruised forearm. Security
        ([[name:Mo]] and [[name:Dariusz]]) attended within 2 minutes. Police attended, log
        [[case_reference:NP-1019-2287]]. He was seen and discharged with police.
        [[name:Gurpreet]] finished her shift but has been offered {{TRiM}} and {{Occupational
        Health}} follow-up. Second incident on this cubicle in a month; it has no panic alarm.
    """)),
    ("health", "success", block("""
        Med rec catch - {{Pharmacy Dept}} bulletin, week 42
        Pharmacy technician [[name:Zainab Hussain]] did the admission med rec for Mrs
        [[name:Lorna Baptiste]] (hosp no [[case_reference:H0528830]]) on {{Trauma Ward}}.
        GP record ([[organisation:Moorside Medical Practice]]) said methotrexate 10mg DAILY.
        [[name:Zainab]] rang the surgery on [[phone:01632 960391]] and spoke to [[name:Kath]],
        who confirmed it should be WEEKLY - a transcription error from August.
        Mrs [[name:Baptiste]] had actually been taking it weekly (she uses a {{dosette}} filled
        by her daughter), so no harm at home, but it would have been charted daily here.
        GP has corrected the record.
        Great work [[name:Zainab]].
    """)),
    ("health", "incident", prose("""
        Radiographer report. {{Contrast extravasation}} during a CT abdomen for
        [[name:Florence Adjei]] on [[date:27/11/2024]]. 80ml {{Omnipaque}} via pump through a
        20G cannula in the right antecubital fossa, which had been sited on the ward the day before
        and flushed fine. About 50ml went into the tissues. Scan stopped, arm elevated, cold
        pack, plastics advice via the on-call SHO. Mild swelling only at review. Ms
        [[name:Adjei]] was given the information leaflet. Learning: check ward cannulas with a
        saline test injection on the pump, not by hand. [[name:R. Osei-Bonsu]],
        {{Band 6}} Radiographer
    """)),
    ("health", "near_miss", prose("""
        Wrong-site near miss, {{day surgery}}, [[organisation:Trent Ward]]. Ms
        [[name:Keeley Watts]] listed for a left carpal tunnel release. Consent form said left,
        theatre list said RIGHT, site mark was on the left. The anaesthetist was about to do the
        regional block when ODP [[name:Marcin]] called {{Stop Before You Block}} and asked the
        patient which hand. She said left. List had been typed from an old clinic letter. Ms
        [[name:Watts]] had the correct side done. Ref [[case_reference:DATIX-66720]].
    """)),
    ("health", "success", prose("""
        Night HCA [[name:Ama Owusu]] on [[organisation:Elmfield Ward]] noticed at 03:00 that Mr
        [[name:Rajesh Pillai]] was "just not right", quieter and clammy, although his obs were
        within range. She asked the nurse to repeat them and to call the {{Hospital at Night}}
        team anyway. ECG showed new ST elevation, he went to the {{cath lab}} at 04:10 and had a stent.
        This was pure gut instinct from someone who knows her patients. Mr [[name:Pillai]]
        wanted her name written down so here it is: [[name:Ama]], thank you. Dr [[name:Ng]]
    """)),
    ("health", "incident", block("""
        From: [[email:ward15.office@nhs.example.org]]
        To: [[email:jackie.moss@gmail.example.com]]
        Date: [[date:14 January 2025]] 07:02
        Subject: Handover sheet
        Attachment: handover_AM.xlsx

        ---
        Information governance incident logged by [[name:Jacqueline Moss]], {{Ward Manager}}.
        The night {{Nurse in Charge}} meant to send the handover list to my work account
        [[email:jacqueline.moss@nhs.example.org]] so I could plan staffing from home, and
        autocomplete picked my personal address. The sheet has 28 patients' names, bed numbers,
        diagnoses and {{DNACPR}} status. Deleted from personal inbox and trash at 07:30.
        Reported to the {{Caldicott Guardian}} and IG team ([[case_reference:IG-2025-0031]]).
        Learning: autocomplete of external addresses to be disabled for ward shared mailboxes.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        Helipad incident. [[organisation:Pennine Air Ambulance]] H145
        [[aircraft_registration:G-PNAA]] (callsign [[flight_number:Helimed 72]]) landed on the
        roof pad at 16:20 with a trauma patient. Two ED staff came out of the stairwell door with
        an unsecured {{Stryker}} trolley before the rotors had stopped and before the crew gave
        the thumbs up. The downwash pushed the trolley into the guard rail. Nobody hurt. Pilot
        Capt [[name:Euan Baird]] shut down and spoke to the team. Two of the staff had not done
        {{helipad induction}}. The pad supervisor, [[name:Lenny]] from Estates, was at the lift.
        Datix [[case_reference:W501122]]; {{ASR}} also filed by the operator.
    """)),
    ("aviation", "near_miss", prose("""
        Night landing near miss, [[date:23/01/2025]]. {{Helipad lighting}} failed at 21:05 because
        the breaker had tripped. [[flight_number:Helimed 08]] was inbound with a paediatric
        head injury and was 6 minutes out when switchboard told the ED {{Nurse in Charge}}.
        Our Estates on-call ([[name:Gary Pickles]], [[phone:07700 900193]]) reset it at 21:09 and
        the aircraft, [[aircraft_registration:G-WMHE]], landed normally. If it had not reset the
        crew would have diverted to the park and the child would have needed a road transfer.
        Nobody had been told that the lighting test had failed on the Monday. {{NOTAM}} process
        is being reviewed.
    """)),
    ("aviation", "success", prose("""
        Thank you to the cabin crew of [[flight_number:EZY4817]] from Malaga on [[date:2nd
        August]]. Mr [[name:Declan Furey]], [[age:52]], had crushing chest pain over the Bay of
        Biscay. A passenger who was a cardiology nurse, [[name:Sinead]], used the aircraft ECG
        and the crew declared {{PAN PAN}} and diverted. Paramedics met the aircraft and he came
        straight to our {{cath lab}} with an inferior {{STEMI}}; door to balloon 38 minutes.
        He is home now. His wife [[name:Bernadette]] asked us to find out the names of the crew
        via the airline's customer relations, [[email:care@airline.example.com]]. Dr
        [[name:Praveen Menon]], Cardiology {{SpR}}
    """)),
    ("aviation", "incident", prose("""
        Repatriation arrival with no handover. Mrs [[name:Valerie Kitching]], [[age:76]], flown
        back by air ambulance jet [[aircraft_registration:G-MDVX]] ([[organisation:Skymed
        Repatriation Ltd]]) from Alicante after a hip fracture, was brought to ED by road crew
        from the airport at 01:30 with no notes in English, no {{drug chart}} and no record of
        whether she had been anticoagulated. The {{flight nurse}} had given a verbal handover to the
        road crew only. Her insurer's case number is [[case_reference:RP-556210-ES]]. It took
        until 10:00 to get records from the Spanish hospital. She had in fact had
        {{enoxaparin}} at 22:00. Concern raised with the operator. [[name:L. Chowdhury]], ED
    """)),
    ("aviation", "near_miss", block("""
        Theatres coordinator log - organ retrieval, [[date:07/04/2024]]
        02:10  {{NORS}} team confirmed, charter [[aircraft_registration:G-ORGN]] to land
               [[organisation:Thornaby Moor Airfield]] 03:30
        03:45  aircraft delayed - fog, landed 04:20
        04:35  taxi driver [[name:Bilal]] ([[vehicle_registration:YD21 LKF]]) at main entrance
        04:50  retrieval surgeon Ms [[name:Ogunleye]] noticed the second {{organ box}}
               (kidneys) still in the car boot as the taxi was pulling away
        04:52  security ([[name:Ray Dunmore]]) stopped the taxi at the barrier
        05:10  box in theatre, cold ischaemia time within limits
        Learning: single checklist for all boxes from plane to theatre. [[name:C.W.]]
    """)),
    ("aviation", "success", prose("""
        Drone trial update from pathology. Six weeks of {{BVLOS}} drone flights carrying urgent
        samples between [[organisation:St Aldhelm's Hospital]] and [[organisation:Fenbrook
        Community Hospital]]. Average sample-to-lab time down from 95 minutes by van to 22. One
        flight was held on the ground for weather, which worked exactly as planned. Thanks to
        [[name:Rosalind Ekwueme]] (lab manager), [[name:Kit]] and [[name:Jonno]] from the
        operator, and the porters at both sites who loaded the boxes in all weathers. Full report
        to the {{CAA}} and Trust board in March. Contact [[email:pathology.drone@nhs.example.org]].
    """)),
    ("aviation", "incident", prose("""
        ED attendance, [[date:15/10/2024]]. Airline first officer, [[name:Hamish Drummond]],
        [[age:41]], DOB [[date_of_birth:30/06/1983]], brought from the airport after a
        {{cabin depressurisation}} on [[flight_number:LOG612]]. Reported confusion and tingling at
        the time; {{oxygen masks}} deployed. On arrival GCS 15 but headache and he could not
        remember the descent. We treated as {{hypoxia}}. Incident is that he was then collected
        by a colleague and nearly went back to the crew room to position home on another flight
        before the discharging doctor had documented fitness advice. We have now written to his
        {{AME}}. Dr [[name:Wojcik]], ED
    """)),
    ("aviation", "near_miss", prose("""
        Critical care transfer near miss. Ventilated child, [[name:Amelia-Rose Turner]]
        ([[age:4]]), transferred by [[organisation:Northern Children's Transport Service]] in the
        air ambulance [[aircraft_registration:G-NCTS]] from us to the {{PICU}}. At loading the {{retrieval nurse}} [[name:Femi]] noticed our transport ventilator's oxygen hose had the
        wrong connector for the aircraft outlet; it had been swapped when the ventilator was
        serviced. They used their own kit instead. If not spotted the child would have been on
        the small cylinder for 40 minutes. Mum [[name:Stacey]] travelled by car. {{EBME}} asset [[case_reference:EBME-00417]] withdrawn.
    """)),
    ("aviation", "success", prose("""
        Major incident exercise, helipad and ED, [[date:Sunday 9 June]]. [[organisation:Wessex
        Vale Air Ambulance]] ran two simulated landings with [[aircraft_registration:G-WVAA]].
        Porters [[name:Terry]] and [[name:Kamal]] led the trolley teams and did the approach from
        the front in the pilot's view, exactly as trained. The {{Major Incident Plan}} action cards
        worked, and the {{Silver}} commander Dr [[name:Agnieszka Wrobel]] had the first
        "casualty" in resus at 4 minutes. Debrief points were radio handsets and the lift key.
        Thanks to everyone who gave up their Sunday.
    """)),
    ("aviation", "near_miss", prose("""
        Porter near miss on the helipad, [[date:02/12/2024]]. New porter ([[name:Liam]]) walked
        round the back of [[aircraft_registration:G-PNAB]] towards the {{tail rotor}} to collect
        the blanket the crew had dropped. The rotors were still running down. The paramedic,
        [[name:Zoe Halliwell]], shouted and pulled him back. He had had no {{helipad induction}}
        because he was on his first week and was covering for [[name:Vince]]. Estates and
        [[organisation:Pennine Air Ambulance]] are running a joint briefing. [[name:Liam]] is fine but
        shaken.
    """)),
    ("aviation", "incident", prose("""
        Delay in care. Our pad was occupied by a {{Coastguard}} aircraft so
        [[flight_number:Helimed 31]] landed on the playing fields in the park. The
        land ambulance sent to meet it, [[vehicle_registration:WX19 KTE]], went to the wrong gate
        because the address on the CAD was [[address:Park Lodge, Victoria Road]] rather than
        the {{HLS}} gate. Patient [[name:Tomasz Kowalczyk]], [[age:33]], burns, waited 17 minutes
        on the grass. Arrived in ED at 14:52 on [[date:20/05/2024]], handover from the doctor
        [[name:Imogen Laird]]. Proposal: agree the {{what3words}} for the park gate with
        ambulance control. Datix [[case_reference:W477509]].
    """)),
    ("aviation", "success", prose("""
        ED thanks to the {{Coastguard}} helicopter crew of rescue [[aircraft_registration:G-CGRK]]
        who brought in a fisherman, Mr [[name:Alasdair MacLeod]], [[age:63]], with {{hypothermia}}
        and a leg injury from off Stornoway on [[date:Tuesday 4 February]]. Their winchman
        paramedic had already started rewarming and the handover was the clearest I have had
        this year: {{ATMIST}}, temperature trend and timings written on his glove. Core temp
        31.2 on arrival, now on [[organisation:Braid Ward]] and doing well. [[name:Eilidh]],
        ED {{Sister}}
    """)),
    ("aviation", "near_miss", prose("""
        {{Infection Prevention}} near miss. On [[date:12 July]] the airline's medical desk phoned
        to say a passenger on [[flight_number:TOM3302]] from Antalya, now in our ED cubicle 8,
        had been reported by cabin crew with a rash and fever. Triage had put her in the open
        {{Minors}} waiting area for 90 minutes. She was [[name:Zeynep Arslan]], [[age:29]], and
        turned out to have {{measles}}. Moved to a side room, contacts listed. The {{UKHSA Health Protection Team}} were informed via [[email:hpt.north@ukhsa.example.gov.uk]]. Nobody on the
        ED side knew the airline had rung switchboard an hour earlier.
    """)),
    ("aviation", "incident", prose("""
        Missed anticoagulant. Mr [[name:Bryn Howells]], [[age:70]], came in after fainting on
        arrival at the airport from Lanzarote on flight [[flight_number:BY7421]]. His medication,
        including {{apixaban}} for AF, was in his suitcase, which the airline had lost. Nobody
        on the {{Medical Admissions Unit}} asked and his {{Summary Care Record}} was not checked
        until day 2, by which time he had missed four doses. Wife [[name:Glenys]] had the list
        on her phone the whole time. Baggage reference for the lost case
        [[case_reference:CWL-BY-88213]]. No stroke, but this was a risk. [[name:Sam]] (pharmacist)
    """)),
    ("aviation", "success", block("""
        Neonatal fixed-wing transfer - thank you
        Date: [[date:30/08/2024]]
        Baby: Baby [[name:Kaur]] (twin 2), 27 weeks, NHS [[nhs_number:697 622 9264]]
        Flight: [[aircraft_registration:G-NNAT]] from [[organisation:Kirkwall Airport]] to the
        city, [[organisation:Orkney Air Medical]] crew [[name:Morag]] and [[name:Ferg]]

        Our {{NICU}} team met the aircraft on the apron with the {{transport incubator}}. Baby
        was stable throughout and is now on our unit with twin 1. Mum [[name:Harpreet]] and dad
        [[name:Jaskaran]] are staying at [[organisation:Ronald's Rest]] family house.
        Brilliant team effort from [[name:Morag]], [[name:Ferg]] and our transport nurse [[name:Jo]].
    """)),
    ("aviation", "near_miss", prose("""
        Fire cover near miss. The helipad requires {{RFFS}} trained staff with the foam trolley
        at every landing. On [[date:25 December]] only one trained security officer,
        [[name:Nasser]], was on site. [[flight_number:Helimed 72]] called 8 minutes out. The
        {{Site Manager}} [[name:Helen Gorecki]] asked the crew to hold while a second trained
        officer was called from the car park, and the aircraft landed 4 minutes later. No harm.
        Rota gap came from two people off sick. Log [[case_reference:SEC-2512-004]].
    """)),
]


def main() -> None:
    records = build_records("blind74", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
