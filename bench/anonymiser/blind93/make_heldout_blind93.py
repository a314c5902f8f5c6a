"""Held-out blind corpus 93: confidential just-culture incident and learning reports about
unaccompanied asylum-seeking children (interpreters, age assessments, placements, leaving care),
sexual health and substance-misuse services (clinics, pharmacies, hostels, detox and outreach),
and airline operations control (dispatch, crewing, OCC logs, ACARS and chat). Many writers use
English as a second language; names are transliterated from Arabic, Pashto, Tigrinya, Kurdish,
Vietnamese, Albanian and Polish, the same person is spelt several ways in one report, and names
are often typed in lower case, as handles, initials and e-mail addresses."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind93.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        I am writing this because the age assessment interview for [[name:Zabihullah]] (on our
        system [[case_reference:UASC/24/0917]]) went wrong and I feel responsible. The booking
        say {{Pashto}} interpreter but the agency sent gentleman who speak {{Dari}} mostly, and
        [[name:zabi]] was answering short short, he look confused. In first session he gave his
        name as [[name:Zabiullah Safi]], the {{Home Office}} paperwork say [[name:Zabihulla Saafi]]
        with DOB [[date_of_birth:01/01/2006]], which everybody know is the default date. My
        co-assessor [[name:Rhiannon]] stopped after 40 minutes because we could not be sure he
        understand the {{appropriate adult}} role. Good thing: she did not push to finish, we
        rebook for [[date:14th March]] with Pashto speaker from [[organisation:Lingua Bridge Ltd]]
        and told [[name:zabi]]'s key worker at [[organisation:Cedar House]] why. Learning - check
        the dialect at booking, not only the language, and write both spellings of the name on the
        {{referral form}} so nobody think it is two different boys. The assessment must be
        {{Merton-compliant}} and this one was not, first time. [[name:Aisha Rahimi]],
        {{social worker}}
    """)),
    ("social_care", "success", block("""
        From: [[name:Tesfay Gebremariam]] <[[email:t.gebremariam@example.org]]>
        To: [[email:uasc.duty@example.gov.uk]]
        Subject: good practice - age assess. [[name:Semhar]]

        Hi team,
        I want to put on record the good practice on [[date:Thu 6 June]]. [[name:Semhar]]
        (written [[name:Semher]] on the {{National Transfer Scheme}} form and [[name:SEMHAR HAILE]]
        on copy of her ID) was very frightened in first meeting. We used female {{Tigrinya}}
        interpreter Mrs [[name:Mebrat]] in person, not telephone, and did the session at
        [[organisation:Riverside Family Centre]] not in our office. Her {{foster carer}}
        [[name:Joy Adebayo]] was sitting with her. We explained {{benefit of the doubt}} and that
        she can have {{independent advocate}} from [[organisation:Northway Advocacy]].
        Outcome: assessed as [[age:16]], consistent with her claimed DOB
        [[date_of_birth:12/09/2007]]. LA case number [[case_reference:SC-448120]].
        Thanks to [[name:Joy]] and to [[name:Mebrat]] - she is really the reason this worked.

        [[name:Tesfay]]
        {{Senior Practitioner}}, {{Children in Care}}
        [[phone:07700 900418]]
    """)),
    ("social_care", "near_miss", prose("""
        Near miss on {{duty}}. Two referrals came same afternoon from
        [[organisation:Westgate Reception Centre]]: [[name:Mohammed Ali Hassan]] and
        [[name:Mohamed Hasan]], both from Sudan, both with DOB [[date_of_birth:01/01/2008]]. I will
        call them [[name:MAH]] and [[name:M.H.]] here. Our system ({{LCS}}) auto-matched and merged
        the second into first record [[case_reference:CHS-20931]]. I noticed only because the
        language was different - [[name:MAH]] speaks {{Sudanese Arabic}}, [[name:M.H.]] speaks
        {{Zaghawa}} - and height on the {{Initial Health Assessment}} did not fit. Placement team
        was about to send [[name:Mohamed]]'s placement offer to the carer already matched for
        [[name:Mohammed]]. We unmerged, new record [[case_reference:CHS-20958]]. Learning: for
        UASC never match on name plus DOB only, because 1 January dates are so common and there
        are many spellings of the same name. Use the {{Home Office}} port reference too. Raised
        with LCS support. [[name:Bashir Osman]], {{Assistant Team Manager}}
    """)),
    ("social_care", "incident", block("""
        Teams chat - {{Emergency Duty Team}} - [[date:Sat 19/10]]
        [21:58] [[name:Kasia W]]: evening, placement [[organisation:Elm Lodge]] rang,
        [[name:Rebwar]] not back since 18:00, phone off
        [22:01] [[name:Dan Frost]]: is that [[name:Rebwar Aziz]]? UASC, Kurdish?
        [22:03] [[name:Kasia W]]: yes, on system he is "[[name:Rebwer Azeez]]",
        ref [[case_reference:UASC/23/0412]], age [[age:16]]
        [22:05] [[name:Dan Frost]]: trafficking flags? he was seen getting in silver car
        [[vehicle_registration:KX19 PLV]] last week
        [22:09] [[name:Kasia W]]: yes {{NRM}} done in august. reported missing to police,
        log [[case_reference:CAD 2231]]
        [23:52] [[name:Kasia W]]: he is back, brought by taxi. return interview booked with
        [[name:Shvan]] from {{Missing Children Team}}, he speak {{Sorani}}

        What went wrong: [[organisation:Elm Lodge]] staff waited 4 hours before calling, their own policy says
        1 hour for UASC with NRM concerns.
        What went right: car reg was already on {{strategy meeting}} minutes so police could
        check it on {{ANPR}} quickly.
    """)),
    ("social_care", "success", prose("""
        Positive practice to share. [[name:Tran Thi Lan]] - she prefer [[name:Lan]], the hospital
        had her as [[name:Thi Lan Tran]] and the school as [[name:Lan Tran]] - arrived
        [[date:2 February]] with an adult man who said he is her 'uncle'. {{Foster carer}}
        [[name:Grace Oyelaran]] noticed she was getting many calls from one number
        [[phone:+44 7700 900652]] and always went quiet after. [[name:Grace]] wrote the number
        down, did not confront her, rang me. We did {{NRM}} referral same day as
        {{first responder}}, {{Section 47}} strategy discussion with police, and
        [[organisation:St Bede's Catholic High School]] added extra collection checks. For
        interpreter we asked [[name:Lan]] (female? north or south accent?) - she told us later she trusted
        the interpreter because her accent was not the same as the men who brought her. Learning:
        ask the child about interpreter gender and region, every time. [[name:Nguyen Thu Ha]],
        {{social worker}}, [[organisation:Southside Children's Team]]
    """)),
    ("social_care", "incident", prose("""
        UASC boy [[name:Ardit Hoxha]] (spelt [[name:Ardi Hoxa]] by the {{Home Office}}) aged
        [[age:17]] was left in the [[organisation:Grand Mercia Hotel]], which is adult asylum
        hotel, 9 days after we accepted he is a child. Transfer delayed because the outcome email
        went to old duty inbox [[email:duty.sc@example.gov.uk]] which nobody check since
        restructure. Hotel manager phoned me on [[phone:01632 960214]] to ask why he still there.
        [[name:Ardit]] told his lawyer at [[organisation:Castlegate Law]] that an adult man in the
        hotel took his money. I write as {{team manager}}. What went wrong: no one owned the
        {{age dispute}} case after the outcome, {{Duty}} and {{UASC team}} each thought the other
        was moving him. What went right: the lawyer [[name:Besa Krasniqi]] escalated to our
        {{Principal Social Worker}} and he was moved to [[address:22 Tanners Row]],
        [[postcode:WS1 3PH]] within hours. {{Section 20}} now in place. Ref
        [[case_reference:AD-2024-0331]]. [[name:G. Nowak]]
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER SHEET - {{Leaving Care}} / {{supported lodgings}}
        Date: [[date:03/11/2024]]
        Young person: [[name:Haben Tekle]] ([[name:Haben Tekie]] on GP list!)
        DOB: [[date_of_birth:15/04/2006]]   Age: [[age:18]]
        NI no: [[ni_number:PW 58 29 10 B]]
        Address: [[address:Flat 4, 9 Kimberley Road]], [[postcode:LE2 1TB]]
        GP: [[organisation:Highfields Medical Centre]]
        Issue: NEAR MISS - {{Pathway Plan}} review nearly sent to old carer email
        [[email:m.kowalska@example.com]] (carer [[name:Małgorzata Kowalska]] not in role since
        summer). Caught by {{IRO}} [[name:Dawn Pike]] who checked distribution list before send.
        Action: contacts updated on {{Mosaic}}, told [[name:haben]] what happened, he was ok.
        Learning: check the list, not trust {{autofill}}.
    """)),
    ("social_care", "success", prose("""
        I am [[name:Agnieszka]] ({{social worker}}, my english is second language sorry). Good
        news story. [[name:Yonas Berhane]] - his papers say [[name:Yohannes Berhane]] and at
        college they call him [[name:Jonas]] - was without education 5 months because no college
        place mid-year. I contacted [[organisation:Trentside College]] {{ESOL}} coordinator Mr
        [[name:Fitzgerald-Hume]] directly and {{Virtual School}} head [[name:Bill Osei]] agreed to
        pay 1:1 tutor from {{Pupil Premium Plus}}. [[name:Yonas]] start on [[date:9th January]],
        attendance now 96%. I also arranged {{Tigrinya}} speaking mentor from
        [[organisation:Habesha Community Hub]]. Learning: Virtual School can fund UASC over 16 if
        you ask early, and ask young person which name he want on the enrolment - he choose his
        own.
    """)),
    ("social_care", "incident", prose("""
        Confidentiality breach (I think). During {{LAC review}} for [[name:Filmon Kidane]]
        (Eritrean, [[age:15]]) the {{telephone interpreter}} from
        [[organisation:VoiceLink Interpreting]] said at the end 'I know his mother cousin, I will
        tell them he is safe'. [[name:Filmon]] was very scared after, because his family does not
        know where he is. On the booking he was [[name:Filimon Kidan]]. Reported to agency, booking
        ref [[case_reference:VL-884213]], interpreter ID [[case_reference:INT-2207]]. What went
        right: {{IRO}} [[name:Hope Mensah]] stopped the call straight away and stayed with him
        after. [[name:Hope]] also wrote to the agency same day. Learning: ask the interpreter at
        the start to confirm they have no connection to the child's family or village, like in
        the {{NRPSI}} code. Written by [[name:Dilan Karim]], {{children's social worker}}.
    """)),
    ("social_care", "success", block("""
        AGE ASSESSMENT - reflective learning note
        Child: [[name:Gul Agha Stanikzai]] / [[name:Gulagha]] (same boy)
        Claimed DOB: [[date_of_birth:21/03/2008]] ({{Nowruz}} - he know it from his mother)
        Assessors: [[name:S. Begum]], [[name:R. Okonkwo]]
        Interpreter: Mr [[name:Nasrullah]] ({{Pashto}}, Kandahari dialect - matched)
        What went well:
        - pre-assessment visit, explained in Pashto what {{age assessment}} is and is not
        - breaks every 45 min, food, prayer time respected
        - {{minded-to}} meeting held before final decision so he could respond
        - {{appropriate adult}} from [[organisation:Refugee Youth Link]] present whole time
        Outcome: claimed age accepted, [[age:16]]
        Ref [[case_reference:AA/0412/24]]
    """)),
    ("social_care", "incident", prose("""
        [[name:Abdelrahman Yousif]] (on {{Home Office}} letter [[name:Abdul Rahman Yousef]], he
        write it [[name:Abdalrahman]]) was given his {{age assessment}} outcome letter by reception at
        [[organisation:Carlton House]] in English only, no interpreter, on
        [[date:Friday 22nd November]] at 4.30pm. Letter said he is assessed adult, [[age:19-20]],
        and will go back to {{NASS}} accommodation. He left the building crying and did not come
        to his planned meeting. Police found him next morning sleeping at the bus station. Our
        protocol says outcome is given face to face with {{Arabic}} interpreter and solicitor
        told before. What went right: {{duty senior}} [[name:Frank Adeyemi]] found emergency bed at
        [[organisation:Springfield Night Shelter]] and phoned his solicitor on the Saturday. Ref
        [[case_reference:SC-451877]]. Learning: letters go to {{allocated worker}} not reception, and
        outcome meeting booked before letter is signed.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss during {{Initial Health Assessment}} for [[name:Hawre Mahmood]] (Kurdish
        {{Sorani}}, [[age:14]]) at [[organisation:Larchwood Community Paediatrics]]. Telephone
        interpreter line dropped two times and the nurse was going to continue consent for blood
        tests ({{Hepatitis B}}, {{HIV}}, {{TB}} screen) using phone translate app. I am his
        {{foster carer}} ([[name:Sunny Rahman]]) and I asked to stop. His {{social worker}}
        [[name:Karwan]] speaks Sorani but correctly said he cannot interpret and be his social
        worker same time. We rebooked face-to-face interpreter for [[date:28/08]] and
        [[name:hawre]] was fine with it. Learning for clinic: if interpreter fails, consent waits.
    """)),
    ("social_care", "success", prose("""
        Writing as good practice from {{Leaving Care}}. [[name:Besnik Dervishi]] (born
        [[date_of_birth:30/04/2006]]) was worried about turning 18 because friends in the hotel
        told him he will be 'thrown out'. As his {{Personal Adviser}} and Albanian speaker myself I
        started the {{Pathway Plan}} at 16 and a half. We booked the NI appointment early so
        [[name:besnik]] had [[ni_number:SR 61 40 27 D]] before birthday, the {{Universal Credit}}
        claim was ready and paid first week. {{Staying Put}} with his carers at
        [[address:41 Albion Street]] agreed by panel on [[date:18 April]]. He is doing Level 2
        plumbing at [[organisation:Mercia Skills College]]. Learning: start early, do not wait for
        the 18th birthday. [[name:Elira Shehu]], {{PA}}, {{Care Leavers Service}}
    """)),
    ("social_care", "incident", block("""
        {{Information Governance}} incident, ref [[case_reference:IG-24-0198]]
        What happened: I sent placement plan for [[name:Kujtim Bala]] ([[name:Kuitim]] on old
        record) to wrong person. {{Outlook}} autocomplete picked [[email:hope.lewis@example.net]]
        instead of [[email:hope.lewin@example.com]]. The plan had his address
        [[address:7 Quarry Bank]], [[postcode:DY5 2HG]], school [[organisation:Brierley Academy]]
        and his {{Home Office}} reference.
        Noticed: next morning [[name:Hope Lewis]] rang to say she got it and she is not his carer.
        What went right: she deleted and confirmed in writing, I reported to {{DPO}} within 24 h,
        no {{ICO}} report needed in the end.
        Learning: switch off autocomplete, use secure email ({{Egress}}) for plans.
        [[name:Przemek]]
    """)),
    ("social_care", "near_miss", prose("""
        Near miss - transport. Taxi firm [[organisation:A1 Cars]] was booked to take
        [[name:Rahmatullah]] ([[age:15]], {{Pashto}} only) from school to his new placement at
        [[address:Oak Tree House, Mill Lane]]. The booking used the old address from
        {{Mosaic}}, which was the previous placement where older man suspected of exploitation
        was visiting. Driver [[name:Nawaz]] (cab [[vehicle_registration:FN68 WKZ]]) understood some
        Pashto and phoned his control because boy was saying 'not there, not there'.
        [[name:rahmat]] was brought back to school and I collected him. Learning: the
        {{Transport team}} need a flag when a child moves for {{safeguarding}} reasons, and the old
        address must be end-dated same day. Thanks to [[name:Nawaz]]. [[name:Chloe Brennan]],
        {{placements officer}}
    """)),
    ("social_care", "success", prose("""
        Small thing but worth sharing. Two Kurdish boys at [[organisation:Beacon House]],
        [[name:Aram]] and [[name:Zhiyar]] ([[name:Zhiar]] on the rota), were very low before
        {{Eid al-Adha}}, first one away from home. Key worker [[name:Will Tanaka]] contacted the
        {{independent visitor}} scheme and they matched a Kurdish speaking volunteer, Mr
        [[name:Jalal]], who took both to prayers and a family meal. [[name:aram]] called it 'the
        first day I felt like a person here'. {{Risk assessment}} was done properly and the volunteer had
        {{enhanced DBS}}. Learning: cultural and religious
        days need to be on the {{care plan}}, not left to chance. [[name:W.T.]]
    """)),
    ("social_care", "incident", prose("""
        writing quick sorry. {{age assessment}} for [[name:samiullah]] on [[date:5/2]] started without
        {{appropriate adult}} because [[name:naveed]] from [[organisation:Refugee Youth Link]] was
        stuck in traffic. assessor [[name:j.carter]] said we just do the background bit first.
        [[name:samiullah]] told about his journey and the death of his brother in {{Calais}}
        without support person and was very distressed after. [[name:naveed]] arrive 35 min late.
        I am his {{key worker}}, I said this is not right but I did not stop it. what went wrong: no
        rule written that interview cannot start without {{AA}}. what went right: [[name:j.carter]]
        agreed after to exclude that part and restart on new date. {{CAMHS}} referral done. ref
        [[case_reference:AA/0388/24]]. [[name:mariam k]]
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Clinic: [[organisation:Harbourside Sexual Health]], {{walk-in}}. Patient
        [[name:Fatima Al-Zahrani]] (booked under [[name:Fatma Alzahrani]]), {{Arabic}} speaker,
        came with husband who insisted to interpret. Locum accepted because phone interpreter was
        20 min wait. In the {{STI}} screen she had {{chlamydia}} with {{PID}} symptoms and husband
        refused {{partner notification}}. Reception ([[name:Joy]]) tried to call her on
        [[phone:07700 900731]] for results but husband answered. What went right: {{health adviser}}
        [[name:Nadia Haddad]], who speaks Arabic, called again on a day [[name:Fatima]] had said
        he is at work, and they agreed code words. {{DASH}} completed, referral to
        [[organisation:Safer Homes IDVA Service]]. Clinic no [[case_reference:HSH-0093341]].
        Learning: family members never interpret in sexual health.
    """)),
    ("health", "success", block("""
        Clinic note - {{PrEP}} review, [[date:14/05/2024]]
        Pt: [[name:Nguyen Van Minh]] ("[[name:Minh]]", at GP as [[name:Van Minh Nguyen]])
        NHS no: [[nhs_number:545 189 8324]]
        GP: [[organisation:Parkview Surgery]]
        Interpreter: Vietnamese, video, pt chose male
        Note: [[name:Minh]] stopped PrEP 3 months (ran out, too shy to come back). Did {{HIV}}
        {{4th generation}} test, {{eGFR}}, hep B. Restarted {{emtricitabine/tenofovir}} same day.
        Good practice: {{HCA}} [[name:Faith Mbeki]] recognised name from both spellings and linked
        the two records before the appointment, so history was complete.
        Next: 3 month review, SMS reminder to [[phone:07700 900287]] (pt consent yes).
        [[name:LT]] / [[name:L. Thornton]]
    """)),
    ("health", "near_miss", prose("""
        Near miss at [[organisation:Oakfield Recovery Service]] {{supervised dispensing}}. Two clients
        with very close names: [[name:Nguyen Thi Hoa]] and [[name:Nguyen Thi Hoai]], both on
        {{methadone}}, one 60ml one 25ml. New {{pharmacist}} was going to give 60ml to
        [[name:Hoai]]. She stopped because DOB on script was [[date_of_birth:03/07/1989]] and the
        client said 'my birthday July'. The other client DOB is [[date_of_birth:07/03/1989]] - day
        and month swapped, same year! I am {{recovery worker}} [[name:Erion]]. What we changed: photo
        on every {{MAR chart}}, and check with NHS number not name plus DOB. Also we asked both
        clients how they want to be called - [[name:Hoa]] says '[[name:Hoa N]]', other prefer
        '[[name:Hoai]]'.
    """)),
    ("health", "incident", prose("""
        Overdose at [[organisation:St Jude's hostel]], room 14, about 02:40. Resident
        [[name:Krzysztof Zieliński]] (staff call him [[name:Kris]], on our system
        [[name:Krzysztof Zielinski]] without accent, ambulance sheet say '[[name:Kshishtof]]') found
        unresponsive, {{pinpoint pupils}}. The {{Prenoxad}} kit was locked in manager office and
        key not on site. Night worker [[name:Mark Tully]] used his own {{Nyxoid}} spray from
        training and started {{CPR}} till paramedics came. [[name:Krzysztof]] recovered at
        [[organisation:Queen's Hospital]] and was back next day. What went wrong: naloxone not
        where it should be, nobody checked since policy change. What went right: [[name:Mark]]
        trained and ready. Learning: naloxone on every floor, checked {{every shift}}.
    """)),
    ("health", "success", prose("""
        Good practice at [[organisation:Riverside Young People's Clinic]]. [[name:Saba Tesfamariam]]
        ([[age:15]], UASC, from Eritrea; clinic record [[name:Sabah Tesfamariam]]) came with her
        {{foster carer}} asking for contraception. Nurse [[name:Ruth Abara]] saw [[name:Saba]]
        alone for part of consultation with {{Tigrinya}} interpreter on video, did
        {{Fraser guidelines}} and {{Spotting the Signs}} proforma properly. No CSE concern found,
        but [[name:Saba]] disclosed {{FGM}} type 1 when asked gently. Referred with consent to
        [[organisation:Rose Centre FGM Clinic]], made the {{FGM mandatory report}} to police as
        she is under 18, and informed her social worker same day, ref
        [[case_reference:RYP-22817]]. Learning: the time alone is where the real conversation
        happens.
    """)),
    ("health", "incident", block("""
        Incident ID: [[case_reference:DX-556201]]
        Date of incident: [[date:07/08/2024]]
        Location: [[organisation:Larch Ward]], [[organisation:Northgate General Hospital]]
        Patient: [[name:Wojciech Kaczmarek]] ("[[name:Wojtek]]")   NHS: [[nhs_number:739 785 3374]]
        Category: Medication - omitted dose
        Description: Pt admitted for {{alcohol detox}} on {{CIWA-Ar}}. Night {{chlordiazepoxide}}
        dose not given because drug chart was for other patient with similar name in bay 3
        ([[name:W. Kaczmarczyk]]). [[name:Wojtek]] had withdrawal seizure at 05:10, {{lorazepam}}
        given by team, recovered. {{Pabrinex}} was also late.
        Immediate action: charts checked for all bay, both pts now with name alert.
        Reported by: [[name:Olena Petrenko]], {{Staff Nurse}}
    """)),
    ("health", "near_miss", block("""
        [[organisation:Harbourside Sexual Health]] - SMS log extract + note
        09:12 queued 'Please call clinic' -> [[case_reference:HSH-0101245]] -> [[phone:07700 900112]]
        09:13 HELD by [[name:brook.t]] (manual)
        09:40 resent -> [[case_reference:HSH-0101245]] -> [[phone:07700 900569]]

        Note from {{HCA}}: pt [[name:Dritan Lleshi]] ([[name:Driton]] on the paper form) changed
        his number at {{reception}} [[date:3 Sept]] but it was only on paper. Old number now belongs to
        someone else (he told me he sold the {{SIM}}). The result was {{syphilis}} reactive so
        message would be followed by call. I held it and checked. Learning: paper updates must go
        on {{Lilie}} same day.
        [[name:Brook Taylor]]
    """)),
    ("health", "success", prose("""
        Hep C success story from [[organisation:Oakfield Recovery Service]]. [[name:Arben Gashi]]
        ([[name:Arbeni]] to his friends) had refused testing for years because in Albania he was
        told 'no cure'. Outreach nurse [[name:Faith Okoro]] did {{dried blood spot}} test in his
        own language using leaflet our volunteer [[name:Elona]] translated. Positive, genotype 3.
        He started {{Epclusa}} 12 weeks with weekly pick-up with his {{Espranor}} so no extra
        journey. {{SVR12}} clear on [[date:20 June]]. [[name:Arben]] now tells others at the
        {{needle exchange}}. Learning: translated leaflet plus same-day pick-up made the difference.
    """)),
    ("health", "incident", prose("""
        Breach in {{partner notification}}. Index patient [[name:Marek Szymański]] ({{chemsex}},
        {{GHB}}, {{mephedrone}}), diagnosed {{gonorrhoea}}, gave 3 contacts by app name only. Our
        new health adviser sent a contact slip to one contact that had written 'from
        [[name:Marek]]' on it - this is against the {{BASHH}} standard, contacts must not be told
        who. The contact confronted [[name:Marek]] and he did not come back for the test of cure.
        I am the senior HA and writing in second language so please excuse. What went right:
        {{chemsex}} support worker [[name:Tomasz]] kept contact with [[name:Marek]] by {{WhatsApp}} and he
        returned to clinic [[date:11/10]]. Ref [[case_reference:HSH-0099217]]. Learning: retraining
        done, slips now checked by 2 people. [[name:Kamila Dąbrowska]]
    """)),
    ("health", "success", prose("""
        New {{HIV}} diagnosis for [[name:Hamidullah]] ([[age:19]], care leaver, {{Pashto}}
        speaker; GP has him as [[name:Hamid Ullah Noori]]). Consultant Dr [[name:Okafor]] delayed the result giving by one day to get a face-to-face
        Pashto interpreter instead of telephone, and checked interpreter was not from his home
        area. [[name:Hamid]] said afterwards the interpreter being calm helped him. He started
        {{ART}} same week, {{viral load}} undetectable at 3 months. His {{Personal Adviser}}
        [[name:Summer Hayes]] helped with {{HC2}} form for prescriptions. Learning: a short delay for
        the right interpreter is safer than rushing. Clinic [[organisation:Eastbrook GUM]].
    """)),
    ("health", "incident", prose("""
        [[name:Rebin Qadir]] ([[name:rebeen]] on pharmacy system) is on {{buprenorphine}} 16mg
        daily. After the {{bank holiday}} the new script was not sent to
        [[organisation:Kingsway Pharmacy]] because the only {{prescriber}} was on leave. He went
        two days without, in {{withdrawal}}, and used {{heroin}} on the street. Found by
        [[name:Rebin]]'s brother [[name:Soran]] who phoned our duty line [[phone:0113 496 0871]].
        No overdose, thank god. What went wrong: {{EPS}} batch for bank holiday not checked, only
        one prescriber. What went right: {{duty worker}} [[name:Ilir Basha]] got emergency script in
        2 hours and offered naloxone kit. Ref [[case_reference:ORS-7734]].
    """)),
    ("health", "near_miss", prose("""
        Near miss - records. [[name:Mohammad Karimi]] (NHS [[nhs_number:239 015 1426]]) and
        [[name:Mohammed Karimi]] (NHS [[nhs_number:527 550 3393]]) both registered at
        [[organisation:Hollybank Sexual Health]] same month, both Afghan, similar age. {{Admin}}
        linked [[name:Mohammed]]'s lab result to [[name:Mohammad]]'s record because search by surname and year of
        birth. Caught by {{Band 6}} nurse [[name:Gosia Lewandowska]] before result given, because
        the {{hepatitis B}} status did not match what patient told. Corrected, {{Lilie}}
        merge reversed. Learning: always search with {{NHS number}} or {{clinic number}}, never name
        only for common transliterated names.
    """)),
    ("health", "success", block("""
        From: [[name:Kate Whitlow]] <[[email:kate.whitlow@example.nhs.uk]]>
        To: Outreach team
        Subject: thank you - nail bar outreach [[date:Tues 9 July]]

        Hi all,
        Just want to say well done for the outreach to the nail bars on
        [[address:Stafford Street]]. [[name:Summer]] and [[name:Tom Hunter]] went with our
        Vietnamese {{link worker}} [[name:Pham Thi Thu]] ('[[name:Thu]]'). We did 11 {{STI}} screens,
        4 {{hep B}} vaccinations and gave {{Modern Slavery}} info cards in Vietnamese. One young
        woman later phoned [[name:Thu]] on the {{outreach mobile}} [[phone:07700 900348]] asking for
        help, now supported by [[organisation:Haven Anti-Trafficking Project]].
        [[name:Kate]]
        {{Lead Nurse}}, [[organisation:Hollybank Sexual Health]]
    """)),
    ("health", "incident", prose("""
        Safeguarding missed at first visit. [[name:Klea]] ([[age:15]], Albanian, registered as
        [[name:Klea Marku]] DOB [[date_of_birth:02/02/2009]]) came to [[organisation:Eastbrook GUM]]
        with man who said he is her brother, age about 30. Reception allowed him in the room. She
        was given {{emergency contraception}} and left. No {{CSE}} screening, no
        {{Spotting the Signs}} proforma. Second visit 3 weeks later nurse [[name:Grace Liu]]
        noticed same man, different 'sister'. [[name:Grace]] did it properly, called police and
        {{MASH}}, crime ref [[case_reference:CR/2024/118943]]. What went wrong: receptionist new,
        no training on under-16s policy. What went right: second nurse trusted her gut. Writer:
        [[name:J.B.]], {{safeguarding lead}}.
    """)),
    ("health", "success", prose("""
        Outreach van ([[vehicle_registration:YR21 KDF]]) on {{Tuesday nights}} at the canal.
        [[name:Tomek]] (his real name [[name:Tomasz Wróbel]], some workers write
        [[name:Tomas Wrobel]]), Polish, rough sleeping, injecting in groin, came for
        {{needle exchange}}. Our worker [[name:Bartek]] speaks Polish and noticed the groin site
        was hot and red. He persuaded [[name:Tomek]] to go to [[organisation:Northgate General]]
        same night, drove with him. It was {{DVT}} plus {{abscess}}. He said if not Polish speaker
        he would not go. Also we gave {{naloxone}} and {{foil}}. Learning: language match on
        outreach saves lives. [[name:Bartek]]
    """)),
    ("health", "near_miss", prose("""
        Pharmacy near miss, emergency contraception. [[name:Rojin Hassan]] ([[age:16]], Kurdish
        Kurmanji speaker, UASC) came to [[organisation:Kingsway Pharmacy]] with her
        {{support worker}}. {{Pharmacist}} [[name:Ahmed Siddiqui]] was about to give standard
        {{levonorgestrel}} 1.5mg. The {{telephone interpreter}} asked 'what are the white tablets she
        take for fits?' - it was {{carbamazepine}}, {{enzyme inducer}}, so standard dose not
        effective. [[name:Ahmed]] stopped, referred her for {{copper IUD}} at
        [[organisation:Hollybank Sexual Health]] same day. [[name:rojin]] had it fitted. Learning:
        always ask about all medicines, and good interpreters ask good questions. Good catch
        credit to interpreter Mr [[name:Dara]].
    """)),
    ("health", "incident", block("""
        [[organisation:Maple House Detox Unit]] - night log
        [[date:21/12/2023]]
        22:30 [[name:A. Rexhepi]] ({{HCA}}) - room 6 pt [[name:Jakub Nowicki]] asking for
        more {{diazepam}}, refused per chart
        01:15 [[name:Rexhepi]] - [[name:Jakub]] found in bathroom with bottle of vodka, brought in by visitor
        01:20 {{NEWS2}} 4, {{Nurse in charge}} [[name:Dawn Fairweather]] informed
        01:45 {{on-call}} Dr [[name:Haidari]] advised {{obs}} hourly, withhold diazepam
        06:00 pt stable
        Learning (by [[name:Dawn]]): {{visitor bag search}} was not done because only one staff on
        door; policy says two. Ward staffing below minimum - escalated.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        Crewing. {{First Officer}} [[name:Przemysław Zając]] ([[name:Przemek]] on the crew app,
        '[[name:P.Zajac]]' in {{AIMS}}) was rostered [[flight_number:NR2281]] after a
        disruption day, and with the delay he exceeded {{FDP}} by 22 minutes without
        {{commander's discretion}} being used or reported. I was the crew controller on shift.
        What went wrong: I moved him from standby at 14:05 but the system was calculating from
        the original report time not the standby start. What went right: [[name:Przemek]]
        himself noticed before doors closed, called {{Crew Control}} and we replaced him with
        [[name:Hunter Ross]]. Delay 35 min. Filed {{MOR}} [[case_reference:NR-SR-24-0877]].
        Learning: manual check of FDP when standby converted. [[name:Dawn Ellery]]
    """)),
    ("aviation", "success", block("""
        OCC duty log - [[organisation:Northwind Air]] - [[date:12 Jan 2024]]
        18:42 [[flight_number:NR614]] ([[aircraft_registration:G-NRWF]]) reports {{PAN}} medical,
        pax male ~60 chest pain
        18:44 {{Duty Ops Manager}} [[name:Ahmet Yilmaz]] + {{MedLink}} conference
        18:47 diversion agreed, nearest suitable {{EGNX}}
        18:49 handling agent + ambulance confirmed by [[name:Tuyet]] at station desk
        19:06 [[flight_number:NR614]] on blocks. pax to hospital.
        19:30 recovery plan: crew within {{FTL}}, new {{OFP}} by dispatcher [[name:L. Osmani]]
        20:15 [[flight_number:NR614]] airborne for destination
        Comment: textbook. Thanks [[name:Tuyet]] and [[name:Ahmet]].
    """)),
    ("aviation", "near_miss", prose("""
        Dispatch near miss. I released [[aircraft_registration:G-NRWA]] for [[flight_number:NR331]]
        with {{MEL}} item 21-52 (pack 2 inop) but the {{OFP}} was planned at {{FL370}}. With one pack
        the {{MEL}} limit is {{FL310}}. Captain [[name:Hoxha]] (sorry, [[name:Fatos Hoxha]] - we have
        two captains with this surname) caught it at briefing and rang me. We replanned, extra 600kg
        fuel. I am second language, and I read the MEL remark too fast when three releases were
        due same time. What went right: the {{captain}}'s check. Learning: MEL items with altitude
        limits now flag in {{Lido}}. Dispatcher [[name:Thanh Le]]
    """)),
    ("aviation", "incident", prose("""
        I am dispatcher [[name:Kamal Haddad]]. On [[date:4/3]] I typed zero fuel weight 58.4 t
        for [[flight_number:NR1123]] but load sheet was 61.8 t, because I copied from the previous
        sector of [[aircraft_registration:G-NRWK]]. The {{EFB}} performance was calculated by the
        crew on my number. {{First Officer}} [[name:Dana Kowalczyk]] noticed the trim and
        {{TOW}} do not match the {{loadsheet}} during {{cross-check}} and called {{OCC}} before
        push. No takeoff with wrong data. What went wrong: two windows open in the system, I was
        tired, end of night shift. What went right: crew cross-check worked like designed. I
        report this myself, ref [[case_reference:OCC-24-0319]].
    """)),
    ("aviation", "success", prose("""
        Crewing success, [[date:Sunday 28 July]]. 05:10 the {{Cabin Manager}} for
        [[flight_number:NR801]] went sick. No CM on {{standby}} at base. {{Crew controller}}
        [[name:Sunita Rai]] found that {{Senior Cabin Crew}} [[name:Dawn O'Leary]] was
        positioning on the same aircraft and had CM qualification current, and her rest allowed.
        [[name:Dawn]] agreed, {{FTL}} checked twice, {{Training}} confirmed currency by phone.
        Flight left 12 minutes late instead of cancellation with 174 pax. Learning: controllers
        should search {{positioning}} crew, not only {{standby list}}. [[name:Sunita]]
    """)),
    ("aviation", "near_miss", block("""
        {{ACARS}} extract, [[flight_number:NR447]] / [[aircraft_registration:G-NRWD]]
        [[date:08/02/24]]
        0612 OCC>AC: REVISED {{TOBT}} 0650 DEICE SLOT 0635 PAD 2
        0613 AC>OCC: COPY. WE WERE TOLD PAD 4 BY {{handling}}
        0615 OCC>AC: STANDBY
        0621 OCC>AC: CONFIRM PAD 2. HANDLING HAD OLD PLAN. RGDS [[name:MAREK]]
        0622 AC>OCC: TKS. CAPT [[name:ADEBAYO]]

        Note by [[name:Marek Olszewski]], {{OCC}}: two different {{de-icing}} pad plans circulating
        after the 0600 change. If crew had gone to pad 4 they would taxi behind
        [[flight_number:NR219]] and exceed {{holdover time}}. One plan only from now.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Faith Ndlovu]] <[[email:f.ndlovu@example.aero]]>
        To: [[email:crew.planning@example.aero]]
        Subject: roster error - [[name:Nguyen Hoang Anh]]

        Hi,
        Reporting roster error. {{Cabin crew}} [[name:Nguyen Hoang Anh]] (staff no
        [[case_reference:CC4471]]) was published on 6 consecutive {{early duties}} then a night
        [[flight_number:NR904]], which breaks the {{disruptive schedule}} rule. [[name:Anh]]
        flagged it herself, she spell name '[[name:Hoang-Anh]]' and the system had her twice
        under two profiles, so the checks did not see all duties. Fixed by merging {{profile}}.
        Please check others with Vietnamese names, surname order confuse {{AIMS}}.
        [[name:Faith]]
        {{Crew Planning Analyst}}
    """)),
    ("aviation", "success", prose("""
        {{Unaccompanied minor}} handled very well on [[flight_number:NR276]] [[date:19 August]].
        [[name:Yohana]], [[age:11]], travelling alone to join her father via {{family reunion}}. Her
        paperwork had her as [[name:Yohanna Tesfaye]], and the {{UM}} form as
        [[name:Yohana Tesfay]]. {{Ground staff}} [[name:Joy Ansah]] noticed and called OCC before
        boarding; we checked with the {{caseworker}} from [[organisation:Family Links Red Cross]]
        by phone [[phone:+44 20 7946 0522]] and confirmed she is same child. {{Cabin Manager}}
        [[name:Rosa Kaminska]] sat her in row 2 and handed over to father at arrival with ID
        check. Good teamwork, nobody rushed it.
    """)),
    ("aviation", "incident", prose("""
        {{Crew rest}} reduced because {{hotel transport}} did not come. Crew of [[flight_number:NR918]]
        landed 01:40, the taxi company [[organisation:Kestrel Cars]] had wrong pick-up time in
        booking (13:40 not 01:40, 12h format mistake). Crew waited 55 min in arrivals. Captain
        [[name:Bill Harrington]] phoned {{OCC}} at 02:20, I arranged a different taxi. Rest for next
        duty then below minimum so {{standby crew}} called, delay 1h 10 on [[flight_number:NR919]].
        I am {{ops controller}} [[name:Dritan Berisha]], we use {{24h format}} always now in
        {{booking template}} and get confirmation back. Ref [[case_reference:OCC-24-0512]].
    """)),
    ("aviation", "success", prose("""
        First heavy snow morning of the winter and good {{de-icing}} coordination. OCC controller
        [[name:Rebecca Hale]] held [[flight_number:NR101]], [[flight_number:NR103]] and
        [[flight_number:NR107]] at {{stand}} until the {{Type IV}} fluid truck available instead of
        sending to pad and queue. All three made {{holdover time}} without second spray. The
        handling lead [[name:Azad Barzani]] and dispatcher [[name:Kuba]] kept one {{chat group}}, no
        crossed messages. Only 14 minutes average delay on a day other operators had 90.
        [[name:Rebecca]] wrote the plan into the {{winter ops}} manual afterwards.
    """)),
    ("aviation", "near_miss", prose("""
        Near miss with crew identity. On {{pairing}} for [[flight_number:NR562]] two cabin crew
        [[name:Nguyen Thi Mai]] and [[name:Nguyen Thi My]] - controller swapped them when changing
        the sector because list was sorted by surname and first letter. [[name:Mai]] has
        {{Schengen}} visa needed for the {{night stop}}, [[name:My]] does not have yet. Found by
        [[name:My]] herself when she got the hotel info. Would have been denied at {{immigration}}.
        Learning: display crew ID numbers ([[case_reference:CC3318]] and
        [[case_reference:CC3391]]) in {{Crew Control}} view, not only names. Reporter
        [[name:Thuy]], {{crew controller}}
    """)),
    ("aviation", "incident", prose("""
        OCC phone system failure [[date:30/09]] 06:00-07:45. The {{VoIP}} upgrade was done
        overnight without test call. Crews and stations could not reach OCC; the backup mobile
        [[phone:07700 900905]] was in the drawer, flat battery. Captain [[name:Shirin Kaur]] on
        [[flight_number:NR712]] with tech issue ({{APU}} fail) could not reach {{Maintenance Control}}
        and waited 25 min. Duty manager [[name:Arjan Dedaj]] set up a group on {{WhatsApp}} as
        work-around but this is not approved. What went well: stations used {{ACARS}} and email.
        Learning: upgrades only with change control and backup phone charged and checked each shift.
    """)),
    ("aviation", "success", block("""
        Dispatch chat export - [[date:15/11/2024]]
        [[name:dispatch_karol]]: [[flight_number:NR640]] wx at dest below mins by {{ETA}}, {{TAF}}
        TEMPO 0800
        [[name:m.alrashid]]: agree. options?
        [[name:dispatch_karol]]: alt {{EGNM}} ok, extra 900kg, new {{OFP}} in 5
        [[name:m.alrashid]]: take 1200, tailwind worse than plan
        [[name:dispatch_karol]]: done, OFP v3 sent to {{EFB}}
        [[name:m.alrashid]]: received. thanks [[name:karol]]

        Note: good shared decision, Capt [[name:Mahmoud Al-Rashid]] on
        [[aircraft_registration:G-NRWC]]. They held 20 min and landed {{first approach}}.
    """)),
    ("aviation", "near_miss", prose("""
        {{NOTAM}} for runway closure 23/05 night works was missed in briefing pack for
        [[flight_number:NR1450]]. The {{Lido}} filter had NOTAM category set wrong after the
        update. {{First Officer}} [[name:Grace Mwangi]] checked the {{AIS}} website herself and
        found it. Otherwise crew would plan for 23 and get a surprise on approach at night. I am
        the {{OCC}} dispatcher [[name:Erjon]] and I write this because I also missed it when
        checking. Filter fixed by ops support team same day, all
        flights rechecked.
    """)),
    ("aviation", "success", prose("""
        Medical diversion handled well. [[flight_number:NR355]] ([[aircraft_registration:G-NRWH]])
        {{cabin crew}} [[name:Hanna Wiśniewska]] found a passenger collapsed in the toilet, looked like
        drug overdose ({{opioid}}). Doctor on board gave {{naloxone}} from the {{EMK}}.
        Captain [[name:Rahim]] diverted, OCC [[name:Lucy Fenwick]] had {{ambulance}} on {{stand}} before
        doors opened. Passenger [[age:24]] recovered. Our crew did not have to fight for
        information, OCC took the phone calls. [[name:Hanna]] got a debrief and
        {{peer support}} offer next day.
    """)),
    ("aviation", "incident", prose("""
        {{Crew positioning}} failure. Captain [[name:Kovačević]] and {{First Officer}}
        [[name:Abdulla Nazari]] were booked to position on [[organisation:Skylark Regional]]
        flight [[flight_number:SK4410]] to cover sick crew. Nobody checked that FO
        [[name:Nazari]] holds Afghan passport with UK {{travel document}} and needs visa for
        destination. {{Denied boarding}} at {{gate}}, [[flight_number:NR2206]] cancelled, 160 pax. FO
        [[name:Abdullah]] (spelled different on his {{licence}}, [[name:Abdulla]] on ID) was very
        embarrassed though it was not his fault. Learning: crew profiles must have nationality
        and visa fields, {{Crew Control}} must check before positioning. [[name:R. Doğan]],
        {{crewing manager}}
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind93", REPORTS))


if __name__ == "__main__":
    main()
