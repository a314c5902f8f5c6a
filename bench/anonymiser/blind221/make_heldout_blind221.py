"""Held-out blind corpus 221: leaving care, GP out-of-hours / NHS 111, and a gliding club.

Fifty invented UK incident, near-miss and success ("learning") reports written the way
front-line practitioners type them into a confidential reporting system. Every person,
organisation, place and number is made up; NHS numbers carry a valid mod-11 check digit.

Settings:
- social_care (17): a leaving-care team - personal advisers, care leavers aged 18-25,
  pathway plans, staying put, supported lodgings, benefits and housing.
- health (17): a GP out-of-hours service with NHS 111 clinical assessment - call backs,
  home visits, base sites, drivers, prescriptions, safeguarding.
- aviation (16): a gliding club - winch and aerotow launches, instructors, cadets, field
  landings, the launch point log, daily inspections.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes
with attendance and apologies, pipe-separated and aligned tables, radio (RT) and call
transcripts, shout-outs and thank-you notes.

Identifiers are marked [[label:value]]; must-not-redact mentions (roles, national bodies,
clinical terms, drugs, equipment, aircraft types, generic days and place types, acronyms that
look like initials) are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind221.jsonl"

REPORTS = [
    # SC01 rushed lower-case visit note
    ("social_care", "incident", block("""
        pa visit note [[date:tues 14th]] - v rushed sorry
        saw [[name:kayden]] ([[age:19yo]]) at his {{supported lodgings}}, host [[name:bev]] was out.
        {{UC}} sanctioned again - he missed {{work coach}} appt at [[organisation:Halbeck Jobcentre]]
        cos the letter went to his old flat ([[address:Flat 3, 27 Moorgate Rise, Halbeck]]
        [[postcode:HX4 9DW]]). nobody updated address on his {{journal}}. £3 on his card, no gas on
        the meter. said hes "not bothered anymore" - didnt like how he said it. did {{risk assessment}}
        w him, no plan/intent, agreed safety plan + gave {{Samaritans}} number. {{food bank}} voucher
        and £30 from {{hardship fund}}. rang {{DWP}} 45 mins on hold no joy. emailed [[name:kayden]]s
        {{work coach}} Ms [[name:Fenwick]] re {{hardship payment}}. told [[name:bev]] by txt.
        {{TM}} aware ([[name:Lorna]]). will visit again thurs
    """)),
    # SC02 formal narrative
    ("social_care", "near_miss", prose("""
        On [[date:2 February 2024]] I was finalising the {{Pathway Plan}} review for
        [[name:Ifeoma Chukwu-Reid]] ([[case_reference:LC-20817]]), [[age:aged 19]], before
        {{business support}} posted copies to everyone on the distribution list. On a final read I
        noticed the {{Significant Others}} section had auto-populated from {{Mosaic}} and now showed
        the new address of her former foster carer, Mrs [[name:Thorne]], at
        [[address:8 Cherry Garth, Wetherholme]]. The distribution list still included
        [[name:Ifeoma]]'s birth father, who is subject to a {{non-molestation order}} in favour of
        Mrs [[name:Thorne]]. The plan had not yet been sent. I removed him from the list, redacted
        the section and asked {{business support}} to hold every plan generated that day from the
        same template. Learning: the template pulls every address on the {{Relationships}} tab and
        nobody checks the distribution list against court orders. I have raised it with the
        {{Principal Social Worker}} and the {{Mosaic}} team. [[name:Ifeoma]] was told and was
        relieved; she asked that her dad never receives her plan again.
    """)),
    # SC03 Teams chat shout-out
    ("social_care", "success", block("""
        Teams chat export - #leaving-care-north - [[date:Fri 8 March]]
        [09:12] [[name:Priya Raman]]: big shout out to @[[name:Hope Ansah]] 🙌 [[name:Tyrese]] got the keys to his flat yesterday!!
        [09:13] [[name:Priya Raman]]: for context he'd been sofa surfing since {{Staying Put}} ended in {{November}}. [[name:Hope]] chased [[organisation:Calderbrook Homes]] every day, sorted the {{rent in advance}} through the {{Local Offer}}, got his {{UC}} {{housing element}} in before first rent was due AND took him to [[organisation:Dunelm]] for bedding on her day off 😂
        [09:15] [[name:Wes Oduya]]: legend. the {{Setting Up Home Allowance}} form is a nightmare too
        [09:16] [[name:Hope Ansah]]: team effort tbh, [[name:Marguerite]] in {{business support}} turned the payment round same day. [[name:Tyrese]] rang me at 8 to say he slept 11 hrs lol
        [09:18] [[name:Tam]] ({{TM}}): adding to the {{good practice log}}. learning = tenancy-readiness session + {{PA}} at the sign-up. well done both
    """)),
    # SC04 chronology
    ("social_care", "incident", block("""
        Chronology - care leaver [[name:Daniel Mwale]] (known as [[name:Danny]]), [[age:aged 18]], ref [[case_reference:LC/0931]]
        [[date:Sat 20/04]]
        21:40 {{supported lodgings}} host Mrs [[name:Adebayo-Hart]] rings {{EDT}} - [[name:Danny]] not back, phone off. Not a looked-after child so {{missing from care}} protocol not used; {{EDT}} advise police if worried.
        22:15 host reports to police, log [[case_reference:PLC-2004-1187]].
        [[date:Sun 21/04]]
        02:30 [[name:Danny]] returns by taxi with new trainers and a 2nd phone. Host notes cannabis smell.
        [[date:Mon 22/04]]
        09:05 {{PA}} [[name:Ruth K.]] told via {{EDT}} handover - 2.5 days later.
        10:30 {{PA}} visit. [[name:Danny]] says he was with "[[name:Skitz]]" at [[address:Fairfield Court, Linthorpe]]. Concern re {{CCE}} / {{county lines}}.
        11:00 referral to {{Exploitation Hub}}, {{NRM}} considered.
        Issue: {{EDT}} handover goes to a generic inbox; nobody flags it to the allocated {{PA}} before Monday.
    """)),
    # SC05 e-mail
    ("social_care", "near_miss", block("""
        From: [[name:Grace Obi]] <[[email:g.obi@eastmarsh.gov.uk]]>
        To: LC Managers; [[name:Deepak Venkataraman]]
        Date: [[date:11 June 2024]] 16:02
        Subject: Near miss - NI number on {{PIP}} claim

        Hi all,
        Flagging a near miss. Today I was helping [[name:Shanice Lowther]] (DOB [[date_of_birth:03/09/2005]], ref [[case_reference:LC-18840]]) with her {{PIP2}} form on the phone to the {{DWP}}. The NI number on our system was [[ni_number:JT 48 21 93 C]] but the {{HMRC}} letter in her hand said [[ni_number:JT 48 12 93 C]]. Ours was typed wrong when she was in care and copied into every form since, including her {{Universal Credit}} claim, which may be why her ID check kept failing.
        Caught before submission. I've corrected {{Mosaic}} and asked [[name:Shanice]] to take her letter to the {{Jobcentre}} on [[date:Thursday 13th]].
        Suggest we check NI numbers against source documents at every {{Pathway Plan}} review.

        Thanks
        [[name:Grace]]
        [[name:Grace Obi]] | {{Personal Adviser}} | [[organisation:Eastmarsh Council]] Leaving Care Service
        [[phone:01632 960418]] | [[phone:07700 900377]]
    """)),
    # SC06 thank-you card
    ("social_care", "success", block("""
        Thank-you card received [[date:23/05/24]] - shared with [[name:Faith]]'s permission for the learning log.

        "To [[name:Bill]] and everyone at [[organisation:Rowanfield Leaving Care Team]], thank you for not giving up on me when I got kicked out of my placement at [[age:17]]. You came to court with me, sorted my {{provisional licence}} and my {{bank account}} and let me cry in the car park at [[organisation:Halbeck College]]. I start my {{nursing apprenticeship}} at [[organisation:St Wilfrid's Hospice]] on [[date:3 June]]!! Love [[name:Faith]] xx"

        {{TM}} note: [[name:Bill]] has been [[name:Faith]]'s {{PA}} since she was [[age:16]]. Consistency of worker, {{Staying Close}} money for her deposit and joint visits with her {{apprenticeship}} {{mentor}} all helped. Please read before {{supervision}}. - [[name:Olu]]
    """)),
    # SC07 minutes
    ("social_care", "incident", block("""
        MINUTES - Leaving Care Practice Review - [[date:Thursday 16 May 2024]]
        Present: [[name:Oluwaseun Bankole]] ([[name:OB]], {{TM}}, chair); [[name:Róisín Ní Bhriain]] ({{PA}}); [[name:Will Tranter]] ([[name:WT]], {{PA}}); [[name:Jade]] ({{business support}}, notes); Dr [[name:Mehta]] ({{CAMHS}} {{Transitions}})
        Apologies: [[name:Sunny Kaur]] ({{Housing Options}}), [[name:Pat Gillies]]

        Item 2 - Incident: [[name:Marek Zieliński]] ([[case_reference:LC-21430]], [[age:aged 22]]) was evicted from {{supported accommodation}} run by [[organisation:Brightways Housing]] on [[date:9 May]] with no notice to us. He spent two nights in a tent by the canal until a {{street outreach}} worker recognised him. Provider says they e-mailed a team inbox that was closed in {{March}}.
        Discussion: [[name:Róisín]] noted [[name:Marek]] has {{ADHD}} and a {{PIP}} award that lapsed; no {{Care Act}} assessment on file.
        Actions:
        - [[name:WT]] to request the provider's notification log from [[organisation:Brightways Housing]] by [[date:23/05]]
        - [[name:OB]] to write to commissioning re the old inbox
        - [[name:Jade]] to update the {{contact sheet}} for all providers
    """)),
    # SC08 pipe table
    ("social_care", "near_miss", block("""
        Caseload benefits audit - w/c [[date:3 June]] - {{PA}}: [[name:Amber Nwosu]]
        | YP | Ref | Age | Issue found | Action |
        |---|---|---|---|---|
        | [[name:Kian]] | [[case_reference:LC-19002]] | [[age:20]] | {{UC}} {{housing element}} missing, arrears £640 | {{APA}} requested |
        | [[name:Zofia Nowak]] | [[case_reference:LC-19417]] | [[age:23]] | {{Council Tax}} bill + {{enforcement agent}} letter | exemption applied |
        | [[name:Rhys]] | [[case_reference:LC-18865]] | [[age:19]] | {{Council Tax}} bill | exemption applied |
        | [[name:Mariam Y.]] | [[case_reference:LC-20140]] | [[age:21]] | none | - |
        Near miss: the care leaver {{Council Tax}} exemption was not applied to two new tenancies because the new-tenancy form lost its tick box. [[name:Zofia]] was about 5 days from bailiffs. Raised with [[organisation:Eastmarsh Council]] {{Revenues}}. - [[name:Amber]]
    """)),
    # SC09 formal good practice
    ("social_care", "success", prose("""
        Learning from good practice. [[name:Yonas Tesfamariam]] ([[age:19]]) came to the UK as an
        {{unaccompanied asylum-seeking child}} and waited over two years for a decision. When the
        {{Home Office}} granted {{refugee status}} on [[date:4 March 2024]] he had 28 days before his
        {{asylum support}} ended. His {{PA}}, [[name:Hamid Rahimi]], booked an interpreter
        (Mr [[name:Habib]], {{Tigrinya}}) for the same afternoon, helped him collect his {{BRP}} and
        used the {{Care Leavers Covenant}} contact at [[organisation:Northgate Building Society]] to
        open an account in a day. [[organisation:Okafor & Lane Solicitors]] chased his NI number,
        which arrived in nine days ([[ni_number:SY 61 40 27 B]]). {{Universal Credit}} was in payment
        before the {{move-on period}} ended and he moved into {{supported lodgings}} with
        [[name:Dorota]] and [[name:Kev Brennan]] without a single night homeless. [[name:Yonas]] said
        the best bit was that "[[name:Hamid]] didn't make me tell my story again".
    """)),
    # SC10 WhatsApp export
    ("social_care", "incident", block("""
        WhatsApp chat export - {{PA}} work mobile - with [[name:Nadia Begum]]
        [[date:02/07/2024]], 23:48 - [[name:Nadia Begum]]: he's kicked off again
        [[date:02/07/2024]], 23:49 - [[name:Nadia Begum]]: smashed the tv im locked in the bathroom
        [[date:02/07/2024]], 23:55 - [[name:Nadia Begum]]: dont ring police pls they'll take the baby off me. can u come
        [[date:03/07/2024]], 08:41 - [[name:Rose Hennessy]]: Hi [[name:Nadia]], only just seen these. Are you safe right now? Ring me on [[phone:07700 900215]]
        [[date:03/07/2024]], 08:52 - [[name:Nadia Begum]]: yh [[name:Jamal]]'s gone to his mums

        Reporter ([[name:Rose]], {{PA}}): [[name:Nadia]] is [[age:20]] and 30 weeks pregnant. Work phone was on silent overnight as per policy - PAs are not an out-of-hours service, but she did not have the {{EDT}} number. Visit with police same morning, {{DASH}} high risk, {{MARAC}} referral, {{IDVA}} allocated, {{midwife}} told. Learning: out-of-hours auto-reply on work WhatsApp giving {{EDT}} and {{999}}; check every young person has {{EDT}} saved.
    """)),
    # SC11 handover
    ("social_care", "near_miss", block("""
        HANDOVER - [[name:Georgie]] on leave [[date:Fri 19 July]] to [[date:5 Aug]], cover = [[name:Mo]]
        1. [[name:J.K.]] ([[case_reference:LC-18276]]) - {{Staying Put}} with Mr & Mrs [[name:Lindqvist]] runs till he turns [[age:21]] on [[date:31 July]]. NEAR MISS: {{finance}} had the agreement as ended because the renewal was never countersigned, so the carers got a "final payment" letter. Caught [[date:16/07]] when Mrs [[name:Lindqvist]] rang me in tears. Form now signed by {{Head of Service}}, allowance reinstated - pls confirm w finance by [[date:24/07]].
        2. [[name:Precious Adjei]] ([[case_reference:LC-20561]]) - witness at {{Crown Court}} [[date:25 July]], {{Witness Service}} booked, needs taxi both ways.
        3. [[name:lenny]] - no contact 10 days, not unusual for him, try his {{nan}} first then {{duty}}.
        {{Pathway Plan}} reviews all in date. [[name:J.K.]] may ring about his {{HE bursary}}.
        ta, [[name:Georgie]] x
    """)),
    # SC12 form
    ("social_care", "incident", block("""
        LEAVING CARE - INCIDENT / DATA BREACH FORM
        Name of young person: [[name:Aaliyah Mensah-Cole]]
        DOB: [[date_of_birth:14/11/2004]]
        Ref: [[case_reference:LC-17733]]    NI No: [[ni_number:PH 70 32 15 B]]
        Address: [[address:Room 6, Ashlar House, 14 Tanner Street, Eastmarsh]], [[postcode:EM7 3QL]]
        Date of incident: [[date:26/06/24]]
        Reported by: [[name:Jo Whitlock]], {{Personal Adviser}}
        Description: [[name:Aaliyah]]'s {{Pathway Plan}} was posted in a window envelope to Room 9 instead of Room 6. The resident in Room 9 opened it and showed others in the house. It included her {{sexual health}} clinic appointments and {{CSE}} history. [[name:Aaliyah]] found out from a group chat.
        Immediate action: {{IG}} team and {{DPO}} informed same day, letter retrieved by {{hostel}} manager [[name:Sipho]], {{ICO}} threshold assessed (reportable). Apology visit by [[name:Jo]] and {{TM}} [[name:Dev]].
    """)),
    # SC13 short shout-out
    ("social_care", "success", prose("""
        Shout-out for [[name:Mark]] at [[organisation:Eastmarsh Housing Options]]! When our
        {{care leaver}} [[name:Deshawn]] ([[age:18]]) presented as homeless at 4.45pm on a {{Friday}},
        [[name:Mark]] stayed late, accepted the {{relief duty}} under the
        {{Homelessness Reduction Act}}, found an emergency room at [[organisation:Eastmarsh Foyer]]
        and rang {{EDT}} himself so the {{weekend}} was covered. No {{B&B}}, no sofa. Thank you - from the
        {{duty PA}}, [[name:Halima]].
    """)),
    # SC14 formal incident
    ("social_care", "incident", prose("""
        Incident summary. [[name:Tomasz Wróbel]], an [[age:18-year-old]] care leaver in
        {{supported lodgings}} with host [[name:Glenys Pritchard]], took an overdose of
        {{paracetamol}} and {{sertraline}} on the evening of [[date:12 August]]. [[name:Glenys]] found
        him at 22:10 and called {{999}}; he was treated with {{acetylcysteine}} at
        [[organisation:Calderbrook General Hospital]] and discharged after 48 hours. Three weeks
        earlier {{CAMHS}} had discharged him on turning [[age:18]] with a referral to the adult
        {{Community Mental Health Team}}, which was rejected as "not meeting threshold"; nobody told
        his {{PA}} or his {{GP}} at [[organisation:Moorside Medical Practice]]. [[name:Glenys]] had
        also asked for his {{sertraline}} to be dispensed weekly and this was not actioned.
        Learning: nobody owns the {{CAMHS}}-to-adult transition for care leavers; we are asking for a
        {{transition protocol}} and for PAs to be copied into discharge letters.
    """)),
    # SC15 Slack
    ("social_care", "near_miss", block("""
        #lc-finance ({{Slack}}) - [[date:Tue 9 Jan]]
        [[name:kwame]] 10:02  @[[name:amy.w]] can you check the {{SUHA}} payment for [[name:Leon Fairweather]] ([[case_reference:LC-20009]]) before it goes? £1,850
        [[name:amy.w]] 10:20  {{Confirmation of Payee}} came back "no match" - account name is "[[name:L Farrow]]"
        [[name:kwame]] 10:21  eh? [[name:leon]] gave us the details himself
        [[name:amy.w]] 10:34  rang the bank. {{sort code}} typo on our form, 2 digits swapped. would have gone to a stranger
        [[name:Bex]] ({{TM}}) 10:40  good catch. pls do a {{near-miss report}} + we'll add {{CoP}} to the {{SUHA}} checklist 👍
        [[name:kwame]] 10:41  on it. fyi [[name:Leon]] moves in [[date:Friday 12th]] so need it today
    """)),
    # SC16 good practice summary
    ("social_care", "success", block("""
        GOOD PRACTICE SUMMARY
        Young person: [[name:Joy Achterberg]], [[age:aged 20]]
        {{PA}}: [[name:Chidi Eze]]
        What happened: [[name:Joy]] has {{ADHD}} and {{dyslexia}} and had twice dropped out of {{Level 3}} courses. [[name:Chidi]] met her every week in the library at [[organisation:Halbeck College]], got her {{DSA}} assessment booked and worked with the care leaver contact at [[organisation:University of Wetherholme]] ([[name:Sinéad O'Callaghan]]) on a {{year-round accommodation}} guarantee and the {{HE bursary}}.
        Outcome: [[name:Joy]] started her {{BSc}} in {{Social Work}} on [[date:23 September 2024]] with a laptop, rent covered for 52 weeks and a named {{disability adviser}}.
        Learning: start planning from {{Year 12}}, and one named contact at the university matters more than any leaflet.
    """)),
    # SC17 aligned columns
    ("social_care", "near_miss", block("""
        Lone working near miss - [[date:Weds 28/02]] - reported by [[name:Ngozi Abara]] ({{PA}})

        Time   Event
        13:30  Home visit to [[name:Cal Dempsey]] ([[age:24]]), new tenancy at [[address:41 Larkspur Walk, Wetherholme]] [[postcode:WR9 2UF]]
        13:32  Checked in on {{lone worker app}}. Car [[vehicle_registration:YH68 RXO]] parked outside
        13:40  [[name:Cal]]'s ex-partner arrives, shouting, blocks the door. 2 x {{XL Bully}} type dogs loose in hallway
        13:45  I leave via the kitchen and sit in the car, doors locked
        14:30  Missed check-in - app escalates to {{duty manager}} [[name:Summer-Rae Hollins]], who rings me

        Issue: the ex-partner's {{bail conditions}} and the dogs were on a police {{Domestic Abuse}} marker but not on our {{risk alert}}. The {{Pathway Plan}} still listed his old address.
    """)),
    # H01 rushed home-visit note
    ("health", "incident", block("""
        hv note - late sorry. {{CAS}} passed a 2hr visit for [[name:edith harnby]] [[age:91yo]] ?{{UTI}} ?{{delirium}}. address on {{Adastra}} was [[address:14 Church Lane, Low Ackton]] [[postcode:WF7 6HB]] but she actually lives at [[address:14 Church Ln, High Ackton]] - diff village 6 miles away.
        [[name:baz]] (driver) took us to the wrong one, no answer, neighbour sent us on. got there 2h50 after the call. pt ok-ish, {{NEWS2}} 3, dip +ve, started {{nitrofurantoin}} 50mg, daughter [[name:jules]] staying over.
        {{PDS}} has the old postcode and {{111}} took it from there w/o reading it back. someone pls check w the {{NHS Pathways}} ppl. also satnav in car [[vehicle_registration:BK21 UZW]] kept sending us to the wrong village - not great on a {{P1}} night
    """)),
    # H02 formal narrative
    ("health", "near_miss", prose("""
        At approximately 19:40 on [[date:Saturday 6 January]] I completed a
        {{telephone consultation}} as a {{CAS}} clinician for [[name:Rashida Oyelaran]] (NHS No
        [[nhs_number:401 293 6573]]), [[age:34]], with a {{sore throat}} scoring 4 on {{FeverPAIN}}.
        I issued {{phenoxymethylpenicillin}} via {{EPS}} to her nominated pharmacy,
        [[organisation:Kirkgate Pharmacy]]. I had asked about allergies and she said "none"; I did
        not open her {{Summary Care Record}}, which lists {{penicillin}} - {{anaphylaxis}}. The
        pharmacist, [[name:Anil]], checked the {{SCR}}, rang our {{professional line}} and I switched
        to {{clarithromycin}}. No harm. Contributing factors: a queue of 47 calls, a patient
        distracted by a toddler, and a template that does not force an {{SCR}} view before
        prescribing. I have reflected with Dr [[name:Okafor]] ({{clinical lead}}) and we are asking
        for a hard stop in {{Adastra}}.
    """)),
    # H03 forwarded thank-you e-mail
    ("health", "success", block("""
        From: [[email:karen.mcbride64@freemail.co.uk]]
        Sent: [[date:14 February 2024]] 08:17
        To: [[email:ooh.feedback@pennineurgentcare.nhs.uk]]
        Subject: Thank you - Dad

        To whoever reads this,
        I want to thank the doctor and driver who came out to my dad [[name:Frank McBride]] at 3am on [[date:Sunday 11th]]. He has {{COPD}} and was struggling. Dr [[name:Asante]] was so calm, gave him {{nebulisers}} and {{prednisolone}} in his own chair and explained why he needed to go in. The driver, [[name:Stevie]], carried his oxygen down the stairs and waited with us for the {{ambulance}}. Dad is home now from [[organisation:Pennine Royal Infirmary]].
        Thank you,
        [[name:Karen McBride]]

        -- forwarded by [[name:Lou Bright]], {{Patient Experience Lead}}, [[organisation:Pennine Urgent Care]]: lovely one for the {{learning from excellence}} board. Dr [[name:Asante]] is a {{locum}} - please pass on via the {{agency}}.
    """)),
    # H04 timed chronology
    ("health", "incident", block("""
        TIMELINE - call-back delay - [[case_reference:PUC-INC-0412]]
        Patient: [[name:Gerald Ibbotson]], [[age:68]], NHS [[nhs_number:638 104 7291]]
        [[date:Sun 17/03]]
        18:02 {{111}} call, {{health advisor}} disposition "speak to clinician within 20 min" - chest tightness, {{diabetic}}
        18:03 case lands in {{CAS}} queue (case [[case_reference:111-7730912]])
        18:25 20 min breached, queue 63, 2 clinicians logged on (1 off sick)
        18:48 {{warm transfer}} not possible, case not re-triaged
        19:11 call back by {{ANP}} [[name:Hollie]] - wife says he's grey & sweaty
        19:12 {{999}} {{Cat 2}} requested
        19:40 crew on scene, {{ECG}} shows {{STEMI}}
        20:30 {{PCI}} at [[organisation:Northern Heart Centre]]
        Outcome: stented, home day 4. Harm: moderate (delay).
        Factors: 2 unfilled shifts on the rota (Dr [[name:Vas]] covering 2 queues), {{clinical navigator}} role empty, no {{queue safety}} sweep at 18:30.
    """)),
    # H05 form, same-name patients
    ("health", "near_miss", block("""
        NEAR MISS - WRONG PATIENT RECORD OPENED
        System: {{Datix}}    Ref: [[case_reference:PUC-NM-1129]]
        Date/time: [[date:29/01/2024]] 02:15
        Location: {{CAS}} hub, [[organisation:Millbridge base]]
        Record opened in error: [[name:Jennifer Ward]], DOB [[date_of_birth:12/05/1961]], [[address:3 Calder Street, Millbridge]]
        Correct patient: [[name:Jennifer Ward]], DOB [[date_of_birth:21/05/1961]], [[address:33 Calder Street, Millbridge]], NHS [[nhs_number:725 931 8058]]
        What happened: a {{PDS}} search by name and year gave two matches. I opened the first and had started a {{prescription}} for {{co-amoxiclav}} when the patient said "that's not my date of birth". The other [[name:Jennifer Ward]] is on {{warfarin}} and has a {{penicillin allergy}} recorded, so had I continued her record would now show a drug she is allergic to.
        Reporter: [[name:Sunil]] ({{sessional GP}})
        Learning: confirm three identifiers before opening a record, even at 2am with a long {{CAS}} queue.
    """)),
    # H06 Teams chat
    ("health", "success", block("""
        Teams - OOH Drivers & Clinicians - [[date:Wed 20 Dec]]
        [[name:Leanne Shaw]] 07:58: huge thanks to [[name:Rocco]] ({{driver}}) from last night 👏
        [[name:Leanne Shaw]] 07:59: visit to an [[age:84yo]] gent at [[address:Flat 12, Pilgrim Court, Thornbury]]. no answer and the {{key safe}} code on the record was wrong. [[name:Rocco]] spotted him on the floor through the letterbox and kept talking to him while I rang {{999}} and the police for entry. long lie ~10 hrs, {{rhabdo}} risk, temp 34.6
        [[name:Femi Adewale]] ({{GP}}) 08:05: brilliant. can we put him in for a {{Star Award}}? also pls {{datix}} the key safe issue separately
        [[name:Rocco Ferrante]] 08:20: cheers all, just glad we got in. his son [[name:Gianni]] rang, he's on {{AMU}} at [[organisation:Thornbury General]] asking for "the driver with the accent" 😂
    """)),
    # H07 safeguarding e-mail
    ("health", "incident", block("""
        From: Dr [[name:Ayesha Siddiqui]]
        To: {{Safeguarding Lead}} - OOH
        Subject: Missed safeguarding referral - home visit [[date:27/12]]

        Dear [[name:Helen]],
        I want to report an incident from my shift on [[date:27 December]]. I visited a [[age:2-year-old]], [[name:Kai Brannigan]], at [[address:22 Fennel Road, Thornbury]] [[postcode:TB4 8NJ]] with {{bronchiolitis}}. The flat had no heating, there was a strong smell of cannabis, and his [[age:7-month-old]] sister had a bruise on her cheek which {{mum}} said was from the cot bars. A bruise on a {{non-mobile}} baby meets the {{bruising protocol}}. I documented it but did not refer, as I ran out of time before handover.
        I realised at 09:00 and rang the {{MASH}}; the baby was seen by a {{paediatrician}} at [[organisation:Thornbury General]] that afternoon and the {{health visitor}} at [[organisation:Orchard Lane Surgery]] has been told.
        I would value a reflective discussion with you.
        [[name:Ayesha]]
        {{Sessional GP}}, [[organisation:Pennine Urgent Care]]
    """)),
    # H08 base handover
    ("health", "near_miss", block("""
        BASE HANDOVER - [[organisation:Thornbury base]] - night -> day, [[date:Mon 4 March]]
        - Car 2 ([[vehicle_registration:YX70 LKD]]) drug bag: {{CD register}} shows 2 x {{diamorphine}} 5mg, only 1 in bag. searched car with [[name:Ian]] ({{driver}}), found 2nd amp in the door pocket 😬 - dropped at last visit per Dr [[name:Kowalczyk]]. witnessed, recorded, {{CD}} count correct 06:40.
        - Car 1 ([[vehicle_registration:YX19 PHE]]) tyre light on, booked in with [[organisation:Millbridge Fleet Services]].
        - {{palliative}} pt Mr [[name:Osei]], {{syringe driver}} refill due 10am, {{DN}} aware.
        - near miss above = unsealed amp unattended in a car overnight. {{Datix}} [[case_reference:PUC-NM-1176]]. pls remind crews the bag is sealed and signed at every visit.
        handed over by [[name:Bríd]] to [[name:Tunde]]
    """)),
    # H09 pipe table, bank holiday
    ("health", "incident", block("""
        Bank holiday incident - [[date:Mon 1 April 2024]] - CAS staffing vs demand
        | Shift | Rota'd | On shift | Gap |
        | 08:00-14:00 | Dr [[name:Li]], Dr [[name:Nwachukwu]], [[name:Faith Oyelaran]] ({{ANP}}), [[name:M. Hughes]] ({{paramedic}}) | 2 | 2 x sick |
        | 14:00-20:00 | Dr [[name:Li]], [[name:Bogdan P]], [[name:Siân]] ({{ANP}}) | 2 | agency no-show |
        | 20:00-02:00 | Dr [[name:Rahman]], [[name:Faith Oyelaran]] | 2 | - |
        What happened: 212 cases breached the {{NQR}} call-back time. A [[age:6-week-old]] with a fever ([[case_reference:111-7809145]]) waited 4 h 40 min; called back 16:52, admitted with {{sepsis}}, treated, now well.
        Escalation: {{OPEL 4}} declared 13:10, {{ICB}} told, {{on-call director}} [[name:Gwen Tudor-Price]] authorised {{enhanced rates}} at 14:30 - too late to fill the afternoon.
        Learning: under-3-month febrile babies should jump the queue automatically.
    """)),
    # H10 governance minutes
    ("health", "success", block("""
        Clinical Governance Group - minutes - [[date:18 April 2024]]
        Attendees: Dr [[name:Ruth Aldous]] ({{Medical Director}}, chair), [[name:Kemi Ogunleye]] ({{Head of Nursing}}), [[name:Tariq]] ({{pharmacist}}), [[name:Sharon]] ({{HA team leader}})
        Apologies: [[name:Matt Crowther]], [[name:Bill Fawcett]] ({{Caldicott Guardian}})

        Item 4 - Learning from excellence
        {{Health advisor}} [[name:Jasmine Kaur]] took a {{111}} call ([[case_reference:111-7791166]]) about a [[age:19-year-old]] student with "flu". The {{Pathways}} outcome was {{self care}}, but she heard the caller struggling to speak, asked about a rash and passed the call to a clinician. {{ANP}} [[name:Ross]] suspected {{meningococcal sepsis}}, arranged {{999}}; {{benzylpenicillin}} given by the crew. She has recovered at [[organisation:Pennine Royal Infirmary]].
        Actions: [[name:Kemi]] to nominate [[name:Jasmine]] for a {{Star Award}}; anonymised case study for {{HA}} induction.
    """)),
    # H11 111 call transcript
    ("health", "near_miss", block("""
        Call transcript (excerpt) - {{NHS 111}} - case [[case_reference:111-7826604]] - [[date:09/02/24]] 21:37
        {{HA}}: {{NHS 111}}, my name's [[name:Darren]]. Can I take the number you're calling from in case we get cut off?
        Caller: [[phone:07700 900641]]
        {{HA}}: And the postcode where the patient is now?
        Caller: [[postcode:LS27 8QP]]... no sorry, that's my old one. It's [[postcode:LS28 7QP]].
        {{HA}}: Thank you. First line of the address?
        Caller: [[address:Nine Ivy Bank]].
        {{HA}}: So that's [[address:9 Ivy Bank, Stanbury Moor]]?
        Caller: Yeah. It's my mum, [[name:Ivy Marsden]], she's [[age:79]], she's had a {{fall}} and can't get up.

        Note by {{HA}} [[name:Darren Pike]]: the first postcode matched a different street in the next town and {{NHS Pathways}} had already populated it. Reading the address back caught it before the {{Cat 3}} ambulance disposition was sent. Please keep the read-back in {{refresher training}}.
    """)),
    # H12 WhatsApp IG incident
    ("health", "incident", block("""
        WhatsApp - "OOH GPs nights 🦉" group - exported for {{IG}} investigation [[case_reference:IG-2024-031]]
        [[date:15/03/2024]], 01:12 - [[name:Sam O]]: anyone seen a {{rash}} like this? [[age:4yo]], {{non blanching}}?? <Media omitted>
        [[date:15/03/2024]], 01:14 - [[name:Magda W]]: looks like {{HSP}} to me but send her in
        [[date:15/03/2024]], 01:15 - [[name:Sam O]]: thx. its [[name:Lily-Mae Corrigan]] at [[address:5 Quarry Hill, Thornbury]] if anyone gets the callback
        [[date:15/03/2024]], 01:31 - [[name:Pete]] 🩺: pls don't post names in here mate

        Investigation note ([[name:Lesley]], {{IG}} lead): group has 41 members including 3 who have left the service. The photo showed the child's face. {{Caldicott Guardian}} informed, logged on the {{DSPT}}. Group closed; secure {{NHSmail}} {{Teams}} channel set up for peer advice.
    """)),
    # H13 shout-out
    ("health", "success", prose("""
        Shout out to [[name:Pam]] on reception at [[organisation:Millbridge base]] 💐 On
        [[date:Sat 28th]] a man walked in asking for a repeat {{prescription}}. [[name:Pam]] noticed
        his speech was {{slurred}} and one side of his face had dropped, did a quick {{FAST}} check
        herself, sat him down and got Dr [[name:Haddad]] out of a {{consultation}}. {{999}} called at
        19:06; Mr [[name:Lockwood]] had {{thrombolysis}} at [[organisation:Millbridge Infirmary]]
        within the hour and is now on the {{stroke unit}} talking normally. {{Receptionist}} training
        on {{red flags}} works - thank you [[name:Pam]]!
    """)),
    # H14 formal vehicle incident
    ("health", "incident", prose("""
        At 23:20 on [[date:Friday 9 February]] the {{OOH}} visiting car [[vehicle_registration:YX70 LKD]]
        was on [[address:Moor Top Road]] en route to a {{palliative}} visit when the {{driver}},
        [[name:Kieran Doyle]], swerved to avoid a deer. The front nearside tyre struck the kerb and
        burst. The visiting {{GP}}, Dr [[name:Nkemelu]], sustained a {{whiplash}} injury and attended {{A&E}} the next day.
        A tread defect on that tyre had been logged on [[date:4 February]] but not actioned because
        the fleet inbox was unmonitored over the {{weekend}}. There was no spare car; the
        {{on-call manager}}, [[name:Sue]], sent a taxi and the patient, Mrs [[name:Hargreaves]], was
        seen 2 hours later than planned. Learning: defects must be phoned through, not just e-mailed,
        and cars with open tyre defects are off the road.
    """)),
    # H15 rushed lower-case near miss
    ("health", "near_miss", block("""
        quick one for {{datix}} - {{EPS}} script for {{just in case}} meds ({{midazolam}}, {{morphine sulfate}} inj, {{hyoscine butylbromide}}, {{levomepromazine}}) for mr [[name:d. o'rourke]] went to his nominated pharmacy [[organisation:Hatherley Road Pharmacy]] which is shut sun. family wd have turned up to a closed door & {{DN}} cudnt have started the {{syringe driver}}.
        only noticed cos i checked the {{DoS}} for opening hrs. cancelled & re-sent to [[organisation:Thornbury Superstore Pharmacy]], rang ahead - they had everything but the {{levomepromazine}}, [[name:rachel]] the pharmacist got it from the {{on-call pharmacy}}.
        pls add "check pharmacy open + stocked" to the {{palliative}} template. - [[name:ak]] ({{GP}})
    """)),
    # H16 good practice e-mail
    ("health", "success", block("""
        From: Dr [[name:Nadia Haddad]] <[[email:n.haddad@nhs.net]]>
        To: [[email:ooh.governance@pennineurgentcare.nhs.uk]]
        Cc: [[name:Marion Tench]] ({{Specialist Palliative Care}} {{CNS}})
        Date: [[date:2 May 2024]]
        Subject: Good practice - {{EPaCCS}} / {{ReSPECT}}

        Called at 01:30 to [[name:Albert Kowalski]], [[age:88]], with {{metastatic prostate cancer}}, agitated and in pain. Family wanted "everything done". The {{ReSPECT}} form was on the fridge and the {{EPaCCS}} record from [[organisation:Hollin Park Surgery]] gave his preferred place of death as home. The {{anticipatory medicines}} were in the house because [[name:Marion]] had made sure of it on {{Friday}}. I gave {{midazolam}} and {{diamorphine}} subcut and he settled. He died peacefully at home two days later with his wife [[name:Halina]] beside him.
        Thanks to the {{DN}} team and [[name:Marion]] - this is what good looks like.
        [[name:Nadia]]
    """)),
    # H17 incident form, closed base
    ("health", "incident", block("""
        INCIDENT REPORT   Ref: [[case_reference:PUC-INC-0457]]
        Patient: [[name:Barty Kenning]]   DOB: [[date_of_birth:30/06/1958]]   NHS: [[nhs_number:943 062 1750]]
        Address: [[address:Unit 4, Canal Wharf Mews, Millbridge]] [[postcode:MB3 5XR]]
        Date/time: [[date:Sat 13 April]] 22:10
        Description: {{111}} booked Mr [[name:Kenning]] a {{base appointment}} at [[organisation:Hollin Park Health Centre]] for 22:40 for {{cellulitis}} spreading up his leg. That base has closed at 22:00 since the rota change. He waited in the car park, rang {{111}} again at 23:30 and eventually drove himself to {{A&E}} at [[organisation:Millbridge Infirmary]], where he needed {{IV antibiotics}}.
        Cause: {{DoS}} profile for the base still showed 08:00-00:00.
        Reported by: [[name:Grace Ellery]], {{Service Manager}}
    """)),
    # A01 rushed launch point note
    ("aviation", "incident", block("""
        quick note from the launch point, [[date:sat 6th]]. 3rd launch of the day, {{K21}} [[aircraft_registration:G-CKWR]], [[name:tommo]] {{P1}} w/ cadet [[name:ellie r]] in front. cable broke at approx 250ft, he did a textbook {{launch failure}} landing ahead, no drama.
        BUT the {{drogue}} chute came down over the boundary hedge onto the lane and a car had to stop. cable end missed it by a few metres. winch driver [[name:Lech]] says the {{weak link}} was fine, the break was at a {{splice}} done last wk. {{DI}} book says cable checked [[date:thurs 4th]] by [[name:RJ]].
        {{CFI}} informed, {{BGA}} incident report to follow. pls nobody re-splice without the {{splice}} procedure & a second check
    """)),
    # A02 RT transcript, airspace near miss
    ("aviation", "near_miss", block("""
        RT transcript from the {{LARS}} recording - [[date:22 June 2024]] - times UTC
        14:02:10 TUG: [[organisation:Halbeck Radar]], [[aircraft_registration:Golf Bravo Xray Tango November]], {{DR400}} tug with glider on tow, three miles south of the airfield, climbing through two thousand five hundred feet, request {{Basic Service}}
        14:02:25 RADAR: [[aircraft_registration:Golf Tango November]], {{Basic Service}}, {{QNH}} one zero one four, traffic is an airliner eight miles east, descending inbound, [[flight_number:Easy Four Seven Quebec Romeo]]
        14:02:40 TUG: {{Basic Service}}, one zero one four, looking, [[aircraft_registration:Golf Tango November]]

        Reporter ([[name:Hugh Penhaligon]], tug pilot): the glider ([[aircraft_registration:G-DHSR]], [[name:Anneke Visser]] {{P1}}) released at 3,000ft and climbed in a thermal to the north-east towards the {{TMZ}}. [[flight_number:EZY47QR]] reported a glider 1.5nm and about 800ft below on final approach; the crew had no {{TCAS}} return because the glider has no {{transponder}}. [[name:Anneke]] did not know the thermal had drifted her to the boundary. Filed as an {{Airprox}} with the {{UKAB}}.
    """)),
    # A03 first solo shout-out
    ("aviation", "success", prose("""
        🎉 FIRST SOLO 🎉 Huge congratulations to cadet [[name:Amara Okwuosa]] ([[age:16]]) from
        [[organisation:1442 (Halbeck) Squadron]] who went solo on [[date:Sunday 14 July]] in
        {{K13}} [[aircraft_registration:FJX]] after 42 {{winch}} launches. Sent off by {{instructor}}
        [[name:Digby]] after two {{check flights}} with a {{launch failure}} practice, and she flew a
        lovely {{circuit}} with a spot landing by the {{bus}}. Thanks to [[name:Sunny]] on the
        {{winch}}, [[name:Mags]] on the {{log}} and {{duty instructor}} [[name:Perpetua Nwankwo]] for
        keeping the {{Air Cadets}} queue moving all day. [[name:Amara]] is the third {{RAFAC}} solo
        this season under the {{Gliding Scholarship}} - well done all.
    """)),
    # A04 formal field landing
    ("aviation", "incident", prose("""
        On [[date:Saturday 3 August]] at about 15:40 I landed {{LS8}} [[aircraft_registration:G-CLNV]]
        out in a field of standing wheat at [[address:Low Garth Farm, Birkby Moor]] during a
        {{cross-country}} task. I left field selection late, below 800ft, after a weak thermal
        failed, and did not see a post-and-wire fence hidden in the crop. The left wingtip caught a
        post and the glider {{ground-looped}}; the {{wingtip skid}} and {{aileron}} need repair. I was unhurt.
        The farmer, Mr [[name:Pickersgill]], was helpful but will claim for crop damage. My retrieve
        crew, [[name:Anjali]] and [[name:Rich]], brought the {{trailer}} behind car
        [[vehicle_registration:LN17 WFB]]. Learning: commit to a field by 1,000ft, prefer cut
        fields, and re-read the {{BGA}} {{field landing}} guidance.
        Reported to the {{CFI}} and the club {{Safety Officer}}.
    """)),
    # A05 aligned launch point log
    ("aviation", "near_miss", block("""
        LAUNCH POINT LOG - [[organisation:Wolds Edge Gliding Club]] - [[date:Sun 12/05/24]] - {{Duty Instructor}}: [[name:F. Abiodun]]
        No  Time   Glider  P1                P2             Launch  Land
        14  11:42  [[aircraft_registration:KXR]]     [[name:B. Sørensen]]      -              W       11:49
        15  11:51  [[aircraft_registration:FJX]]     [[name:Grace Lim]]         [[name:Ollie Dunn]]      W       ABANDONED
        16  12:05  [[aircraft_registration:FJX]]     [[name:Grace Lim]]         [[name:Ollie Dunn]]      W       12:14
        Note to launch 15: {{airbrakes}} unlocked and partly open at "{{take up slack}}". Spotted by {{wing runner}} [[name:Kit]], {{STOP}} called, cable released. {{P1}} says her {{CBSIFTCBE}} checks were interrupted by a phone call from {{the bus}} and she restarted at "{{I}}" for instruments. No damage. Discussed with [[name:Grace]] - restart checks from the top after any interruption.
    """)),
    # A06 CFI e-mail
    ("aviation", "success", block("""
        From: [[name:Moira Kerr]] <[[email:cfi@woldsedgegc.org.uk]]>
        To: Members list
        Date: [[date:Wed 29 May 2024]] 19:12
        Subject: Well spotted - {{DI}} on [[aircraft_registration:G-DDKX]]

        All,
        A quick thank you to [[name:Tobi Adeyemi]], who did the {{DI}} on the club {{Astir}} ([[aircraft_registration:G-DDKX]]) this morning and found the {{safety pin}} missing from the {{elevator}} {{L'Hotellier}} connector. The connection was still made but could have come apart in flight. [[name:Tobi]] grounded it, wrote it up in the {{DI}} book and called our {{inspector}} [[name:Gwilym]], who fitted a new pin and checked the rest of the fleet.
        Reminder: the {{DI}} is not a tick-box, take your time on the control connections.
        [[name:Moira]]
        [[name:Moira Kerr]] | {{CFI}} | [[organisation:Wolds Edge Gliding Club]] | [[phone:01632 960772]]
    """)),
    # A07 safety committee minutes
    ("aviation", "incident", block("""
        Safety Committee - minutes - [[date:Tues 10 Sept 2024]] - clubhouse
        Present: [[name:Moira Kerr]] ({{CFI}}, chair), [[name:Des Ogilvie]] ({{Safety Officer}}), [[name:Hope Adjaye]] ({{Junior rep}}), [[name:Jürgen Vogel]] ({{tug master}}), [[name:Pat]] ({{treasurer}})
        Apologies: [[name:Rafa Mendes]], [[name:Ivy Chen]]

        1. Occurrence [[case_reference:WEGC-OR-24/017]] - ground loop on aerotow take-off, {{Puchacz}} [[aircraft_registration:G-CHPZ]], [[date:31 August]]. Wing dropped in the ground run in a 12kt crosswind after the {{wing runner}} ([[name:Lottie]], [[age:14]], new member) let go early. Pilot released; minor damage to the tail skid.
        Discussion: nobody had briefed her on wing running for aerotow; the {{Junior}} training card has no sign-off for it.
        Actions: [[name:D.O.]] to add aerotow wing running to the ground-crew card; [[name:Hope]] to brief all juniors; [[name:Jürgen]] to remind tug pilots to check the wing runner before "all out".
    """)),
    # A08 WhatsApp club group
    ("aviation", "near_miss", block("""
        [[organisation:WEGC]] members 🪂 ({{WhatsApp}})
        [[date:18/05/2024]], 16:22 - [[name:Gaz Whitworth]]: who was in the blue {{Land Rover}} that just drove across the active cable run??
        [[date:18/05/2024]], 16:24 - [[name:Bill Asante]]: that was me 🙈 didnt realise the {{launch point}} had moved to the 27 end. reg [[vehicle_registration:WU09 KFD]] if anyone needs it for the report
        [[date:18/05/2024]], 16:25 - [[name:Gaz Whitworth]]: [[name:Joel]] was about to call {{all out}}. [[name:Dee]] on the {{winch}} saw you and held
        [[date:18/05/2024]], 16:31 - [[name:Moira Kerr]]: Thanks all. [[name:Bill]], no harm done but please put in an {{occurrence report}}. Everyone: vehicles use the {{perimeter track}} only and call the {{LPC}} on {{channel 2}} before crossing.
        [[date:18/05/2024]], 16:33 - [[name:Bill Asante]]: 👍 will do tonight
    """)),
    # A09 tug chronology
    ("aviation", "incident", block("""
        Occurrence - tug [[aircraft_registration:G-BXTN]] ({{Robin DR400}}) - [[date:Sat 27/04]] - pilot [[name:Hugh Penhaligon]]
        10:50 {{DI}} and {{power check}} normal. OAT 8C, dew point 6C, damp.
        11:05 take-off with {{K21}} [[aircraft_registration:G-CKWR]] ([[name:Ama Boateng]] + trial lesson) on tow
        11:06 rough running at ~300ft, rpm dropping. {{wave-off}} signal given, glider released and landed ahead on the remaining runway
        11:07 {{carb heat}} applied, engine recovered after ~20s, tug landed normally
        11:30 engineer [[name:Colm]] found nothing mechanical; likely {{carb icing}}. {{carb heat}} was not selected during the pre-take-off power check.
        Reported to the {{CAA}} as an {{MOR}} via {{ECCAIRS}}. Learning: {{carb icing}} chart to be posted in the tug hangar; [[name:Hugh]] to brief all tug pilots.
    """)),
    # A10 thank-you note
    ("aviation", "success", block("""
        Thank-you note pinned up in the clubhouse, [[date:21 July]]:

        To everyone at [[organisation:Wolds Edge Gliding Club]], especially [[name:Nkem]], [[name:Robin Lacey]] and the two lads on the {{retrieve}} - thank you for looking after my husband [[name:Clive]] when he collapsed on his {{trial lesson}} day. [[name:Nkem]] started {{CPR}}, [[name:Robin]] ran for the {{AED}} in the clubhouse and someone stopped the {{winch}} so the {{air ambulance}} could land on the field. The {{cardiologist}} at [[organisation:Halbeck General]] says those first minutes saved him. He's home and still wants his flight! With love, [[name:Pauline]] x

        {{CFI}} note: the {{AED}} is now signed from the {{launch point}} and we will run a {{BLS}} refresher for {{instructors}} in {{October}}.
    """)),
    # A11 occurrence form
    ("aviation", "near_miss", block("""
        OCCURRENCE REPORT FORM
        Reporter: [[name:Aditya Narayanan]]    Membership no: [[case_reference:WE-0417]]
        Phone: [[phone:07700 900834]]
        Aircraft: {{ASK 21}} [[aircraft_registration:G-CKWR]]    Trigraph: [[aircraft_registration:KWR]]
        Date: [[date:19/06/2024]]    Location: {{launch point}}, [[organisation:Wolds Edge Gliding Club]]
        Category: near miss
        What happened: I flew three instructional flights in [[aircraft_registration:KWR]] before noticing the {{DI}} book had not been signed for the day. [[name:Callum]] had started the {{DI}} but was called to the {{winch}} halfway through and nobody finished it. Nothing was found wrong when it was completed at 13:20.
        Suggested action: the {{LPC}} checks the {{DI}} signature before the first launch of each glider; the book lives in the cockpit, not the {{bus}}.
    """)),
    # A12 duty instructor handover
    ("aviation", "incident", block("""
        Duty instructor handover - [[date:Sun 8 Sept]] - am [[name:Rosa Delgado]] -> pm [[name:Mike O'Neill]]
        - cadet [[name:Harvey Ferreira]] ([[age:15]]) trapped fingers between the {{cable rings}} and the {{tost hook}} while hooking on at 10:40. cut + swelling. {{first aid}} by [[name:Rosa]], {{accident book}} p.34 done. {{mum}} (Mrs [[name:Ferreira]]) took him to [[organisation:Halbeck Minor Injuries Unit]] - x-ray clear, rang at 13:00. Sqn staff Flt Lt [[name:Nowak]] informed for {{RAFAC}} reporting.
        - [[name:Harvey]] had no signed ground-crew card - he should not have been hooking on. {{CFI}} to review.
        - [[aircraft_registration:FJX]] u/s, flat {{tailwheel}} tyre.
        - [[name:Dee]] driving the {{winch}} this pm, cable 2 has a new {{weak link}} (black).
    """)),
    # A13 learning from a good outcome
    ("aviation", "success", prose("""
        Learning from a good outcome. On [[date:Saturday 20 April]] [[name:Marcus Bell]]
        ([[age:17]]), a {{pre-solo}} student, was flying a check flight in {{K13}}
        [[aircraft_registration:G-DHSR]] with {{instructor}} [[name:Bryony Akande]] when the
        {{weak link}} broke at about 300ft on the {{winch}} launch. This was a real failure, not a
        practice. [[name:Marcus]] lowered the nose at once, waited for the {{approach speed}}, judged
        that there was room ahead, used half {{airbrakes}} and landed straight ahead with the
        instructor's hands off the controls throughout. [[name:Bryony]] said the only thing she said
        was "nice". The {{launch failure}} exercises in the {{BGA}} {{Instructor Manual}} clearly work;
        we are sharing the flight with the {{Junior}} members at the next {{briefing}}.
    """)),
    # A14 rushed winch driver note
    ("aviation", "near_miss", block("""
        winch drivers note [[date:13/10]] - dog walker + dog on the cable run AGAIN!!
        cable laid out, {{retrieve}} quad had just dropped it, i was about to take up slack when a spaniel came bombing across chasing the {{drogue}} and the lady followed it onto the run. {{LPC}} couldnt see from the {{launch point}}, too far. i called stop on {{channel 2}} and got out and waved. spoke to her, says shes walked here 20yrs and the {{footpath}} crosses the east end - she's right, it does.
        need signs + a {{marshal}} at the {{PROW}} when we launch that end. [[name:kev]] on the quad agrees. 3rd time this month.
        - [[name:jules]] ({{winch}})
    """)),
    # A15 defect table
    ("aviation", "incident", block("""
        Fleet defect log - w/e [[date:16 June]] - compiled by [[name:Colm Ó Súilleabháin]] ({{inspector}})
        | Type | Reg | Defect | Found by | Status |
        | {{K21}} | [[aircraft_registration:G-CKWR]] | main wheel tyre worn through | {{DI}} - [[name:Tobi]] | replaced |
        | {{K13}} | [[aircraft_registration:G-DHSR]] | canopy catch loose | [[name:Aditya]] | fixed |
        | {{Astir}} | [[aircraft_registration:G-DDKX]] | {{tailwheel}} mount cracked | [[name:Grace L]] | {{AOG}} |
        Incident: the {{Astir}} was flown twice on [[date:15 June]] after [[name:Grace L]] had written up the crack, because the {{AOG}} tag was not hung on the canopy and the entry was on the back page of the {{DI}} book. No further damage. Action: all {{AOG}} defects go on the whiteboard in {{the bus}} and the canopy gets a red tag.
    """)),
    # A16 newsletter shout-out
    ("aviation", "success", prose("""
        From the {{June}} newsletter: hats off to [[name:Faith Mbeki]], our {{LPC}} on
        [[date:Sunday 2 June]]. When a {{paramotor}} wandered into the circuit at about 800ft,
        [[name:Faith]] stopped all launches, put out a call on the club frequency, and warned
        [[name:Bartek]] in [[aircraft_registration:G-CLNV]], who was on the downwind leg and adjusted
        his {{circuit}} early. She held the queue for twelve minutes, briefed every returning pilot and
        noted the wing colours for the {{BGA}} {{airspace}} report. No {{Airprox}}, no drama, and the
        {{duty instructor}} only found out when he came back from the {{winch}}. Textbook.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind221", REPORTS))
