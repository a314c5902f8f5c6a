"""Held-out blind corpus 352: 50 hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
de-identification generalises. Three invented settings:

- social_care (17): a disabled young people's transition team (ages 14 to 25, EHCPs, adult
  social care, colleges, direct payments, supported living).
- health (17): a cardiac catheter lab (angiograms, PCI, radial access, on-call team, CCU).
- aviation (16): a cargo airline's freighter operations (loadmasters, ULDs, dangerous goods,
  weight and balance, ramp and RT).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams, WhatsApp, Slack), handover notes, minutes with
attendance and apologies, pipe tables, RT transcripts, shout-outs and thank-you notes.

All people, organisations, places and numbers are invented. `[[label:value]]` marks an
identifier and `{{term}}` a mention that must not be redacted (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind352.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care
    ("social_care", "incident", prose("""
        transition review for [[name:kyle]] ([[age:17yo]]) went badly - {{EHCP}} annex not sent to
        [[organisation:Brackley Fields College]] b4 the {{annual review}}, so the {{SENCO}} there had
        no idea about his {{PEG}} feeding plan. {{mum}} ([[name:Deb]]) v upset, rang me at 4.50pm on
        {{fri}}. i had sent it to the wrong inbox - the old {{SEN team}} generic one not
        [[email:sen.transitions@harrowfield.gov.uk]]. {{adult social care}} worker
        [[name:Precious Nwosu]] not invited either so no {{Care Act}} discussion at all. need to
        fix the checklist so the {{transition worker}} checks recipients b4 sending. ref
        [[case_reference:TR-22817]]. will chase [[name:kyle]]'s {{OT}} report mon
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Hope Adeyemi-Clarke]] <[[email:hope.adeyemi-clarke@harrowfield.gov.uk]]>
        To: {{Transitions Duty}}
        Date: [[date:14 November 2023]] {{09:12}}
        Subject: Near miss - wrong {{DOB}} on adult care referral (ref [[case_reference:AC/55102]])

        Hi all,

        Flagging a near miss. When I opened the {{adult social care}} referral for
        [[name:Tomasz Wiśniewski]] I noticed the DOB was [[date_of_birth:03/07/2006]], which is his
        brother [[name:Marek]]'s. [[name:Tomasz]]'s actual DOB is [[date_of_birth:21/09/2007]] and he
        is only [[age:16]], so the {{Care Act}} assessment would have been booked too early and the
        {{Preparing for Adulthood}} plan skipped.

        The error came from copying the household record in the case system. Caught before it
        went to the {{Locality Team}}.

        Thanks,
        [[name:Hope]]
        {{Senior Practitioner}}, Transitions
        [[phone:07700 900 412]]
    """)),
    ("social_care", "success", block("""
        [{{Teams}} - Transitions Team chat]
        [[name:Leanne Ashworth]] 16:02
        massive shout out to @[[name:Sunny Bhattacharya]] for today 🙌
        [[name:Leanne Ashworth]] 16:03
        [[name:Amira]] ([[age:19]]) finally moved into her {{supported living}} flat at
        [[address:Orchard Court, 14 Gilder Row, Harrowfield]] [[postcode:HF4 7QT]]. [[name:Sunny]] did
        the {{travel training}} with her all week, sorted the {{PA}} rota with
        [[organisation:Brightwell Care]] and got the {{DLA}} to {{PIP}} switch done before the deadline
        [[name:Sunny Bhattacharya]] 16:05
        aw thanks [[name:Lea]]! team effort - [[name:Joy]] from {{the college}} did loads too
        [[name:Dan K]] 16:06
        brilliant. [[name:Amira]]'s {{mum}} rang the {{duty line}} in tears (good tears)
    """)),
    ("social_care", "incident", prose("""
        On [[date:Tuesday 6 February]] a {{safeguarding}} concern arose during a
        {{transition planning meeting}} held at [[organisation:Castlebrook Academy]]. The young
        person, [[name:Grace]] ([[age:15]]), who has {{autism}} and a {{moderate learning disability}},
        disclosed that a {{taxi escort}} had been taking photos of her on his phone in the vehicle
        ([[vehicle_registration:HF19 KXO]]). The {{Designated Safeguarding Lead}} was not in school and
        the supply {{SENCO}} advised waiting until the next day. The {{transition worker}},
        [[name:Kwame Osei-Bonsu]], instead phoned the {{LADO}} and the {{MASH}} the same afternoon. The
        transport provider, [[organisation:Swiftline Private Hire]], suspended the escort. However,
        [[name:Grace]]'s {{EHCP}} coordinator was not told for nine days and her {{annual review}} went
        ahead without the concern recorded. Learning: transport concerns must be copied to the
        {{SEN casework officer}} on the day. Log [[case_reference:SG-2024-0193]].
    """)),
    ("social_care", "near_miss", block("""
        {{HANDOVER}} - {{Transitions duty desk}}, {{Fri}} -> {{Mon}}
        Outstanding:
        1. [[name:Joel Mbeki-Harris]] ([[age:17]], Ref [[case_reference:T-40981]]) - {{respite}} at
        [[organisation:Larkspur House]] ends {{Sun}}. {{Dad}} ([[name:Will]]) asked for extra night; not yet
        agreed by {{Team Manager}}. NB nearly went out with the wrong {{medication chart}} -
        [[name:Joel]]'s chart was in [[name:Ayaan]]'s folder. Swapped back by [[name:Pat]] on {{nights}},
        no doses missed.
        2. [[name:Ayaan Qureshi]] ([[age:20]], Ref [[case_reference:T-38814]]) - placement at
        [[organisation:Fenbridge College]], panel [[date:Weds 13th]], paperwork with [[name:Bill]].
        3. Check {{direct payments}} audit for [[case_reference:T-40981]] before [[date:Mon 16th]].
        Handed over by: [[name:R. Okonjo]]
        Received by: [[name:Faith]]
    """)),
    ("social_care", "success", prose("""
        Just wanted to say a proper thank you to [[name:Rosie]] at
        [[organisation:Meadowgate Specialist College]] and to our own [[name:Ifeoma]].
        [[name:Callum]] ([[age:18]]) has {{Duchenne}} and we were worried his move to the adult
        {{continuing healthcare}} team would leave a gap in his {{night ventilation}} support. They
        set up a joint {{MDT}} on [[date:14 March]] with the {{respiratory nurse}}, the {{CHC}}
        assessor and his {{Preparing for Adulthood}} lead, and agreed a shadow package that ran
        alongside his {{children's continuing care}} for six weeks. When the new package started on
        [[date:2 April]] there was no gap at all - same carers, same equipment, same {{hoist}}.
        His {{mum}} said it was the first transition that hadn't felt like falling off a cliff.
        - [[name:Mo]], {{Team Manager}}
    """)),
    ("social_care", "incident", block("""
        Chronology - missed rescue medication, ref [[case_reference:INC-77310]]
        [[date:Wed 22/05/24]]
        07:45 [[name:Keisha-Marie Dlamini]] ([[age:16]]) arrives at [[organisation:Ashgrove Residential College]]
        with {{support worker}} [[name:Tobias]].
        08:10 {{Night staff}} hand over; {{epilepsy}} rescue med ({{buccal midazolam}}) not in her bag.
        09:30 {{Tutor}} notices; rings {{mum}}, no answer.
        10:05 [[name:Keisha-Marie]] has a {{tonic-clonic seizure}} in class, 4 mins, self-resolving.
        10:07 {{999}} called by Ms [[name:Grainger]] (tutor).
        10:40 {{Paramedics}} on scene; no conveyance.
        11:15 {{Transitions worker}} [[name:Oluwaseun A.]] informed by college {{DSL}}.
        14:00 Strategy discussion with {{line manager}} [[name:Amber]].
        Outcome: {{medication passport}} to travel with [[name:KM]]; care provider
        [[organisation:Harbourlight Support]] notified.
    """)),
    ("social_care", "near_miss", block("""
        [[[date:10/01/2024]], 18:22] [[name:Nat Fairweather]]: anyone know if [[name:Liam T]]'s {{PA}} turned up today??
        [[[date:10/01/2024]], 18:24] [[name:Gosia]]: no!! {{agency}} said sent someone but [[name:liam]] says nobody came
        [[[date:10/01/2024]], 18:24] [[name:Gosia]]: he's [[age:19]] and on his own in the flat with the {{hoist}}
        [[[date:10/01/2024]], 18:25] [[name:Nat Fairweather]]: ringing [[organisation:Carewise]] now [[phone:07700 900 587]]
        [[[date:10/01/2024]], 18:31] [[name:Nat Fairweather]]: sorted - they'd put him on the wrong {{rota}} (muddled with another [[name:Liam]]). {{carer}} there by 7
        [[[date:10/01/2024]], 18:33] [[name:Gosia]]: phew. {{datix}} it pls, could have been a {{fall}}. {{Team Manager}} needs to know too
    """)),
    ("social_care", "success", block("""
        {{Transitions Panel}} - minutes
        Date: [[date:5 September 2024]]
        Present: Cllr [[name:Hassan Al-Rashid]] ({{chair}}), Dr [[name:Petra Lindqvist]]
        ({{designated clinical officer}}), [[name:Will Saunders]] ({{Team Manager}}, Transitions),
        [[name:Mercy Adjei]] ({{SENDIASS}}), [[name:Rhodri Evans]] ({{Adult Social Care}})
        Apologies: [[name:Mark O'Sullivan]], [[name:Jo-Anne Pike]]
        Item 3: Learning - early transition planning from {{Year 9}}
        [[name:WS]] reported that all 42 young people on the {{dynamic register}} now have a
        {{Preparing for Adulthood}} outcome in their {{EHCP}}, up from 11 last year. [[name:Mercy]]
        credited the joint clinic with [[organisation:Orchard Lane Surgery]] for
        {{annual health checks}}. Example shared (anonymised): a [[age:17-year-old]] moved to adult
        services with no break in {{short breaks}} funding.
        Action: [[name:Rhodri]] to share template with [[organisation:Kingsmere Borough Council]].
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - {{Adult Social Care}} / Transitions
        Name: [[name:Oisín Ó Briain]]
        {{DOB}}: [[date_of_birth:11/12/2006]]
        Age: [[age:17]]
        {{NHS No}}: [[nhs_number:485 721 3605]]
        Address: [[address:Flat 3, 27 Coldharbour Lane, Pennington]]
        Postcode: [[postcode:PN2 8DW]]
        Ref: [[case_reference:ASC-118204]]
        Date of incident: [[date:28/02/2024]]
        Reported by: [[name:Faisal Chaudhry]], {{Social Worker}}
        Description: {{Care Act}} assessment letter sent to [[name:Oisín]]'s previous
        {{foster carer}}'s address instead of his current one. Letter contained his diagnosis
        ({{FASD}}) and his {{CAMHS}} history. Foster carer (Mrs [[name:Hale]]) returned it
        unopened and rang the office. {{Data breach}} logged with {{IG team}}; [[name:Oisín]] and
        his {{PA}} informed by [[name:FC]] face to face.
    """)),
    ("social_care", "near_miss", prose("""
        nr miss - nearly signed off [[name:bex]]'s {{direct payment}} {{support plan}} w the old hrs
        (12/wk) not the new 20 agreed at {{panel}}. spotted by [[name:Anjali]] in {{finance}} when she
        checked vs [[case_reference:DP-6620]]. [[name:bex]] is [[age:22]], {{cerebral palsy}}, lives w
        {{nan}} on [[address:Hollins Way]]. if it had gone thru she'd have lost 8hrs {{PA}} time/wk &
        prob ended up in {{A&E}} again w {{pressure sores}}. new rule = 2nd pair of eyes on any
        {{DP}} over £300/wk. me & [[name:Kez]] to update the {{SOP}}
    """)),
    ("social_care", "success", prose("""
        Learning report: {{supported internship}} outcome. [[name:Ebony Whitlock-Ndiaye]], aged
        [[age:19]], joined the internship programme run by [[organisation:Kestrel Vale College]]
        with [[organisation:Greyfield Community Hospital]] in [[date:September 2023]]. Her
        {{job coach}}, [[name:Stefan Kowalczyk]], worked with the hospital {{Estates}} department to
        adapt the {{portering}} role, using picture-based task lists and a quiet break room. On
        [[date:1 July 2024]] she was offered a paid post on 22 hours a week. Her {{EHCP}} will now
        cease by agreement at the next {{annual review}}, which is a positive ending rather than a
        lost entitlement. Key factors: an early {{Access to Work}} application,
        {{Independent Travel Training}} for the two-bus journey, and weekly check-ins with her
        {{transition worker}}, [[name:Sol]].
    """)),
    ("social_care", "incident", block("""
        From: [[name:Ruth Abara]] <[[email:r.abara@stjudesspecialist.ac.uk]]>
        Sent: [[date:19 March 2024]] 16:48
        To: {{Transitions Team}} <[[email:transitions@kingsmere.gov.uk]]>
        Subject: Incident - [[name:Kai]] ({{DOB}} [[date_of_birth:02/06/2007]]) left site

        Dear colleagues,
        This afternoon [[name:Kai Brennan-Lowe]] left the [[organisation:St Jude's Specialist College]]
        campus at around 13:20 during lunch, unnoticed by his {{1:1}}. He was found by
        {{British Transport Police}} at the railway station at 14:05, unharmed. [[name:Kai]] has a
        {{severe learning disability}} and no road sense; his {{risk assessment}} says 2:1 off site.
        The 1:1 was {{agency cover}} ([[organisation:Beacon Staffing]]) and had not read the plan.
        Our {{DSL}}, Mr [[name:Ferreira]], has made a {{MASH}} referral and we will hold a review on
        {{Friday}}. Please let [[name:Kai]]'s {{social worker}}, [[name:Gemma]], know.
        Kind regards,
        [[name:Ruth Abara]]
        {{SENCO}} | [[organisation:St Jude's Specialist College]] | [[phone:01632 960 744]]
    """)),
    ("social_care", "near_miss", block("""
        Transition tracker check - near misses found, w/c [[date:8 Jan]]
        | Ref     | {{YP}}                      | Age      | Issue                                   | Found by   |
        | [[case_reference:T-41207]] | [[name:Abdi Warsame]] | [[age:17]] | No {{adult care referral}} yet      | [[name:Hope]] |
        | [[case_reference:T-40552]] | [[name:Lily-Rose F.]] | [[age:18]] | {{CHC checklist}} never done        | [[name:JK]]   |
        | [[case_reference:T-39980]] | [[name:Zoltan Varga]] | [[age:16]] | Wrong college on {{EHCP}} ([[organisation:Fenbridge]]) | [[name:Hope]] |
        All three picked up at the quarterly {{audit}}; none past a statutory deadline yet.
        Escalated to {{Team Manager}}. [[organisation:Fenbridge College]] contacted re
        [[case_reference:T-39980]] and the {{SEN casework officer}} asked to amend the plan.
    """)),
    ("social_care", "success", prose("""
        Shout-out for [[name:Tariq]] and [[name:Marguerite Dubois]] 👏 [[name:Jayden]] ([[age:24]]) was
        about to lose his {{day service}} place when [[organisation:Holmewood Day Centre]] closed. They
        found him a place at [[organisation:The Allotment Project]] on
        [[address:Wickham Road, Pennington]], did two visits with his {{advocate}}, and updated his
        {{Care Act}} {{support plan}} before the {{review}} on [[date:Thurs 11th]]. [[name:Jayden]] says
        it's 'way better than the old place'. Also thanks to {{Shared Lives}} carer [[name:Pat]] for
        the lifts. - [[name:Ange]], {{Senior Practitioner}}
    """)),
    ("social_care", "incident", prose("""
        incident - left work laptop on the {{bus}} after {{home visit}} to Mrs [[name:Okafor]]. laptop
        encrypted but bag also had a paper copy of [[name:Daniyal]]'s draft {{EHCP}} with his {{DOB}}
        [[date_of_birth:14/08/2008]] and address [[address:9 Tern Close, Pennington]]
        [[postcode:PN5 2LA]]. [[name:Daniyal]] is [[age:15]] and has {{Down syndrome}}. reported to
        {{IG}} same eve + {{police}} lost property ([[case_reference:LP/2291/24]]). bus company
        [[organisation:Pennine Rider Buses]] found the bag next day, nothing appears missing. rang
        {{mum}} (Mrs [[name:Okafor]]) to apologise, she was ok about it. learning - no paper copies on
        home visits, use the {{tablet}}. {{Team Manager}} aware. [[name:jas]]
    """)),
    ("social_care", "near_miss", block("""
        {{Supervision}} note extract - near miss
        Worker: [[name:Ngozi Eze-Williams]]   Supervisor: [[name:Mark Tran]]
        Date: [[date:03/10/2024]]
        Young person: [[name:Reuben Sato]] (age [[age:18]]), case ref [[case_reference:TR-30412]]
        [[name:Ngozi]] nearly submitted [[name:Reuben]]'s {{16-19 Bursary}} and {{ESA}} forms with his
        sister's {{NI}} number ([[ni_number:PR 63 90 12 B]]) copied from the family file.
        [[name:Reuben]]'s own is [[ni_number:SN 27 41 88 A]]. Caught by [[name:MT]] at sign-off because
        the first name on the {{DWP}} form didn't match. Learning: take the NI number from the young
        person's own letter, not the household record. [[name:Reuben]] and his {{dad}} (his
        {{appointee}}) informed.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        Incident summary ([[case_reference:W-20417]]). On [[date:12 January 2024]] a
        [[age:68-year-old]] man attending the [[organisation:Ravensworth General Hospital]]
        {{cath lab}} for an elective {{coronary angiogram}} developed {{urticaria}}, {{wheeze}} and
        {{hypotension}} two minutes after {{contrast}} injection. He had a documented
        {{iodinated contrast}} allergy on the referral letter from
        [[organisation:Linthorpe Road Medical Practice]], but this was not transferred onto the
        {{WHO checklist}} and was not asked at the {{time out}}. The {{SpR}}, Dr
        [[name:Aleksander Nowak]], stopped the procedure and the {{anaesthetist}} gave
        {{IM adrenaline}}, {{chlorphenamine}} and {{hydrocortisone}}. He recovered on {{CCU}} and was
        discharged the next day. The {{pre-assessment}} nurse, [[name:Blessing]], had been redeployed
        that week and the clinic was run by bank staff unfamiliar with the allergy prompt. Actions:
        allergy field made mandatory on the booking system; {{Time Out}} script reviewed by Sister
        [[name:Harriet Vance]].
    """)),
    ("health", "near_miss", block("""
        Near miss - patient identification, {{Cath Lab 2}}, [[date:Thurs 7 March]]
        08:05 Two patients on list with surname [[name:Hughes]]: [[name:Gwen Hughes]] ({{MRN}} [[case_reference:RB2207741]], [[age:74]])
        and [[name:Glenys Hughes]] (MRN [[case_reference:RB2219058]], [[age:71]]).
        08:20 {{Porter}} brings "Mrs [[name:Hughes]]" from {{Ward 23}} ({{Day Case Unit}}).
        08:32 {{Staff nurse}} [[name:Ade]] checks {{wristband}} vs list: name matches, MRN does not.
        Patient is [[name:Glenys]], listed for {{PCI}} to {{LAD}}; [[name:Gwen]] was first case ({{diagnostic angio}}).
        08:35 Patient returned to Day Case; correct patient brought 08:50.
        09:10 {{Consultant}} Dr [[name:Sinha]] informed. Both procedures went ahead.
        Learning: use two identifiers at handover from porter, not surname. {{Name alert}} added
        for both. Logged as [[case_reference:CL-3391]].
    """)),
    ("health", "success", prose("""
        Huge thank you to the {{on-call team}} on the night of [[date:18/19 May]]: [[name:Ollie]]
        ({{cardiology registrar}}), [[name:Chiara Bellini]] ({{cath lab nurse}}), [[name:Dev]]
        ({{radiographer}}) and [[name:Tunde Bakare]] ({{cardiac physiologist}}). {{Primary PCI}} call
        at 02:47 for a [[age:51-year-old]] {{STEMI}} brought in by {{ambulance}} from
        [[address:Thornaby Moor]]. Team in from home, patient on table at 03:19 and
        {{door-to-balloon}} 26 minutes with {{radial access}}, thrombus {{aspiration}} and one
        {{drug-eluting stent}} to the {{RCA}}. He was sat up on {{CCU}} eating toast by breakfast.
        Proper textbook stuff, and done with calm voices. Thanks also to [[name:Hope]] on
        {{switchboard}} who got through to everyone first time. - Dr [[name:Mwangi]]
    """)),
    ("health", "incident", block("""
        {{CCU}} handover - bed 4 - written by RN [[name:L. Ferreira-Santos]]
        Pt: [[name:Bernard Aske]], [[age:79]], [[case_reference:RB2230016]]
        Post {{PCI}} via {{R radial}} today 14:10, {{TR band}} on.
        Issue: band deflated and removed in one go at 16:00 by agency {{HCA}} instead of stepwise
        per protocol -> {{haematoma}} R forearm approx 6cm, {{radial pulse}} still present.
        Manual pressure 20 mins by [[name:Joy]] ({{nurse in charge}}), marked & photographed.
        {{SpR}} [[name:Farrukh]] reviewed 16:40, {{ultrasound}} in the morning,
        {{compartment syndrome}} obs hourly.
        Pt's {{daughter}} [[name:Sandra]] aware, phone [[phone:07700 900 236]].
        {{Datix}} done ([[case_reference:W-20588]]).
    """)),
    ("health", "near_miss", prose("""
        nr miss - {{heparin}} for {{PCI}} pt drawn up twice. i'd drawn 70u/kg (5000 units) +
        labelled, then [[name:rach]] drew another syringe not knowing. both on the {{trolley}},
        one unlabelled. [[name:kofi]] ({{scrub}}) asked 'which one's going in?' b4 the
        {{consultant}} gave it. {{ACT}} checked after, 268. pt Mr [[name:Lindqvist]]
        ([[case_reference:RB2241178]]) fine. should've used the {{pre-filled syringes}} but stock out
        since [[date:Weds 12th]]. told Sister [[name:Orla]] pls order more. - [[name:gabi]]
    """)),
    ("health", "success", block("""
        From: Dr [[name:Yusuf Haddad]] <[[email:yusuf.haddad@nhs.net]]>
        To: {{Cath Lab Physiology}} <[[email:ravensworth.cathlab@nhs.net]]>
        Cc: [[name:Marianne Kerr-Dalby]]
        Date: [[date:02/08/2024]] 17:31
        Subject: Thank you - [[name:Will]] today

        Hi all,
        Just a note to say thanks to [[name:Will]] for spotting the subtle {{ST elevation}} in the
        {{inferior leads}} during the {{angiogram}} on Mr [[name:Pieterse]]
        ([[case_reference:RB2199023]]) this morning. He flagged it before the patient complained of
        pain and we found a {{dissection}} of the {{RCA ostium}} from the {{catheter}} tip. Stented
        within minutes, no {{troponin}} rise, home tomorrow.
        Calm, clear escalation. Exactly what we want.
        Best,
        [[name:Yusuf]]
        {{Consultant Interventional Cardiologist}}
        [[organisation:Ravensworth General Hospital]]
    """)),
    ("health", "incident", block("""
        PATIENT SAFETY INCIDENT REPORT
        Patient name: [[name:Margaret]] ([[name:Peggy]]) [[name:Thistlewood]]
        {{DOB}}: [[date_of_birth:23/04/1949]]
        NHS no: [[nhs_number:601 294 8735]]
        Hosp no: [[case_reference:RB1987224]]
        Address: [[address:4 Sexton Row, Linthorpe]], [[postcode:LN7 3RS]]
        Date/time: [[date:09/09/2024]] 19:20
        Location: {{CCU}}, bay 2
        Procedure: {{PCI}} via {{R femoral}} (radial failed - {{spasm}})
        What happened: {{Femoral sheath}} removed by {{F1}} at 18:50 without checking {{ACT}}. Large
        groin {{haematoma}} and BP drop to 78/40 at 19:20. Arrest call not needed; fluids,
        pressure, {{vascular surgeons}} called. {{CT}} showed no {{retroperitoneal bleed}}.
        2 units transfused.
        Reported by: [[name:Priya Raman-Hale]], {{Charge Nurse}}
    """)),
    ("health", "near_miss", block("""
        [{{Teams}}] On-call cath lab
        [[name:Sian Pritchard-Jones]]  22:14
        {{STEMI}} {{pre-alert}} from {{ambulance}}, ETA 20 mins. bleeped {{on-call cons}} - no answer x2
        [[name:Sian Pritchard-Jones]]  22:19
        {{switchboard}} had Dr [[name:Abiodun]] as on-call but {{rota}} says Dr [[name:Castellanos]] this week??
        [[name:Rafa Castellanos]]  22:21
        it's me, swapped with [[name:Femi]] last [[date:Tues 3rd]], must not have been updated. on way in, 25 mins
        [[name:Femi Abiodun]]  22:23
        sorry - I told {{medical staffing}}. I can come in too if quicker, 10 mins away
        [[name:Sian Pritchard-Jones]]  22:24
        yes pls [[name:Femi]]. team assembled 22:40, pt on table 22:46
    """)),
    ("health", "success", block("""
        {{Cardiology M&M}} / Learning meeting - minutes
        Date: [[date:20 June 2024]], {{Seminar Room 3}}, [[organisation:Mercia Heart Centre]]
        Attendees: Dr [[name:Yusuf Haddad]] ({{chair}}), Dr [[name:Anneliese Vogt]], [[name:Grace Oduya]]
        ({{lab manager}}), [[name:Pat Delaney]] ({{lead radiographer}}), [[name:Cheng Wei]], [[name:Bryony Stott]]
        Apologies: Dr [[name:Rafa Castellanos]], [[name:Faith Obi]]
        1. Good practice: {{radial-first}} strategy. [[name:Grace]] presented audit: femoral access down
        from 31% to 6% since {{Jan}}; access-site bleeding events 9 -> 1. {{NICE}} and {{BCIS}}
        standards now met.
        2. {{Same-day discharge}} after elective {{PCI}}: 64 patients, no readmissions. [[name:CW]] to
        write patient leaflet with [[name:Bryony]].
        3. AOB: thanks to [[name:Pat]] for the {{dose audit}} (see separate note).
    """)),
    ("health", "incident", block("""
        Stent stock discrepancy - {{Lab 1}} - week of [[date:15/04/24]]
        Date     | Case ref   | Planned {{DES}} | Opened      | Issue                 | Staff
        [[date:15/04/24]] | [[case_reference:RB2250117]]  | 3.0 x 18mm   | 3.0 x 38mm  | wrong box from shelf  | [[name:SO]] / [[name:Kemi]]
        [[date:16/04/24]] | [[case_reference:RB2250342]]  | 2.5 x 15mm   | 2.5 x 15mm  | expired [[date:31/03/24]]    | [[name:Kemi]] / [[name:Aurelio]]
        [[date:18/04/24]] | [[case_reference:RB2251006]]  | 3.5 x 22mm   | 3.5 x 22mm  | none                  | -
        Two stents wasted (approx £1,400) and one patient had an expired DES opened; not implanted
        - caught by [[name:Aurelio]] on {{scrub check}}. Stock had been re-shelved after a
        {{locum rep}} from [[organisation:Vasculex Medical]] moved boxes. Escalated to
        {{lab manager}} [[name:Grace Oduya]].
    """)),
    ("health", "near_miss", block("""
        [[[date:04/03/2024]], 07:12] {{Charge nurse}} [[name:Dee]]: morning all, list check - bed 6 Mr [[name:Abernethy-Cole]], {{eGFR}} 28 and he's on {{metformin}}. anyone know if it was held?
        [[[date:04/03/2024]], 07:15] [[name:Kofi A]]: not on the {{pre-assessment}} sheet 🙈
        [[[date:04/03/2024]], 07:20] [[name:Dee]]: rang ward, he had it last night 22:00. told Dr [[name:Pereira]]
        [[[date:04/03/2024]], 07:41] Dr [[name:N Pereira]]: moved to end of list, {{IV fluids}} {{pre-hydration}} started, metformin held 48h post. Good catch [[name:Dee]]
        [[[date:04/03/2024]], 07:42] [[name:Kofi A]]: 👍
    """)),
    ("health", "success", prose("""
        SHOUT-OUT ⭐ to [[name:Pat Delaney]], our {{lead radiographer}}, for the {{dose audit}} on
        {{Lab 2}}. [[name:Pat]] noticed our {{fluoroscopy}} was set to 15 frames per second by default
        and worked with [[organisation:Halvorsen Imaging Ltd]] and our {{RPA}} (Dr
        [[name:Ines Carvalho]]) to drop it to 7.5 fps for {{diagnostic angiograms}}. Median {{DAP}}
        fell by 41% over three months with no drop in image quality according to the
        {{consultants}}' blind review. Staff {{dosimeter}} readings are down too. This goes straight
        into our {{IR(ME)R}} report for the {{CQC}}. Nominated for the
        [[organisation:Ravensworth Hospitals NHS Trust]] {{Star Award}} by [[name:Grace]] and
        [[name:Bryony]].
    """)),
    ("health", "incident", block("""
        Timeline - delayed inter-hospital transfer for {{PCI}}
        Ref: [[case_reference:CL-3420]] | Pt: [[name:Desmond Quaye]], [[age:62]], NHS [[nhs_number:732 058 1949]]
        [[date:Sat 27/07/24]]
        13:05 Presents to {{ED}} at [[organisation:Elmsworth District Hospital]] with chest pain; {{ECG}} shows anterior {{STEMI}}.
        13:12 {{ED registrar}} calls {{PPCI line}} at [[organisation:Mercia Heart Centre]], accepted by Dr [[name:Vogt]].
        13:20 Crew request; {{HALO}} says 40-min wait for emergency ambulance.
        14:02 Ambulance ([[vehicle_registration:YX68 HBN]]) arrives; crew dispatched from 22 miles away.
        14:55 Arrives {{cath lab}}. {{Door-in-door-out}} 77 min (target 30).
        15:31 Wire crossed, {{LAD}} stented. {{TIMI 3 flow}}.
        Notes: Patient stable on {{CCU}}. Escalated to the ambulance service and {{ICB}} via the
        regional heart attack network. [[name:Desmond]]'s {{wife}} ([[name:Efua]]) asked for a copy
        of this review.
    """)),
    ("health", "near_miss", prose("""
        near miss in lab 1 today - {{time out}} nearly skipped. {{locum cons}} (Dr [[name:Falk]])
        wanted to start as pt was {{sedated}} & {{echo}} waiting. [[name:marcus]] (the
        {{physiologist}}) just said 'stop, we havent done the checklist' & everyone stopped. turned
        out the {{consent form}} said {{left heart cath}} + possible {{PCI}} via L {{radial}} but the
        {{arm board}} was set up R. pt ([[age:83yo]], [[case_reference:RB2262910]]) has an
        {{AV fistula}} in her L arm for {{dialysis}}!! so L radial would have been a disaster. good
        that [[name:marcus]] spoke up, Dr [[name:Falk]] thanked him after. {{WHO}} checklist works
        when we use it. - [[name:Tash]]
    """)),
    ("health", "incident", block("""
        From: {{Imaging Informatics}} <[[email:pacs.support@ravensworth.nhs.uk]]>
        To: [[name:Grace Oduya]]
        Date: [[date:30 October 2024]]
        Subject: RE: Angio images sent to wrong trust - [[case_reference:INC/PACS/0457]]

        Hi [[name:Grace]],
        Confirming what happened: on [[date:28/10]] the {{coronary angiogram}} series for patient
        [[case_reference:RB2270835]] (NHS [[nhs_number:550 362 7180]]) was pushed via the
        {{image exchange portal}} to [[organisation:Hallam Royal Infirmary]] instead of
        [[organisation:Elmsworth District Hospital]]. The two sit next to each other on the
        {{drop-down}}. The receiving trust's {{PACS manager}}, Mr [[name:Dmitri Volkov]], has
        confirmed deletion in writing.
        The referring {{cardiologist}} at [[organisation:Elmsworth]] still needs the images for the
        {{MDT}} on [[date:Thurs 31st]] - [[name:Aisha]] will resend today.
        Regards,
        [[name:Lukas]]
        {{PACS}} team
    """)),
    ("health", "success", prose("""
        Hot debrief / learning note, [[date:Mon 9 Dec]]. During {{PCI}} to the {{LMS}} in a
        [[age:57-year-old]] woman ([[case_reference:RB2281440]]) she went into {{VF}} on the table.
        [[name:Aurelio]] started {{CPR}} within seconds, {{defib}} pads were already on as per our
        high-risk protocol, and she was shocked once and back in {{sinus rhythm}} in under a minute.
        The {{anaesthetic}} team arrived from {{ITU}} as the {{Impella}} was being prepared but it
        wasn't needed. What went well: pads on before starting, clear roles called out by Dr
        [[name:Vogt]], closed-loop communication, and [[name:Sunita]] keeping a time log on the
        whiteboard. What we'd change: the {{crash trolley}} was behind the {{lead apron}} rack.
        Moved. She went home on [[date:14 December]] and sent the lab a card. Thanks all -
        [[name:Kemi]] ({{Band 7}})
    """)),
    ("health", "near_miss", prose("""
        Near miss: duplicate {{P2Y12}} loading. A patient transferred from
        [[organisation:Elmsworth District Hospital]] for {{urgent angiography}} had received
        {{ticagrelor}} 180mg there at 10:30, recorded only on the paper {{transfer letter}}. On
        arrival the {{CCU}} {{F2}}, Dr [[name:Obinna Nwachukwu]], prescribed {{clopidogrel}} 600mg as a
        loading dose on {{EPMA}}. Before administration, {{staff nurse}} [[name:Rose Kettering]] read
        the transfer letter in full, queried the second {{antiplatelet}} load and held it. The
        patient, Mr [[name:Vasquez]] ([[case_reference:RB2290062]]), went to the lab on
        [[date:21 November]] with no bleeding complications. Contributing factors: no electronic
        record of drugs given at the {{spoke}} hospital; {{handover}} by phone to a busy
        {{nurse in charge}}. Action: the transfer proforma now has a mandatory 'antiplatelets given'
        box, agreed with [[organisation:Elmsworth]] {{ED}} by [[name:Rose]] and the {{pharmacist}},
        [[name:Hamid]].
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        On [[date:17 February 2024]], flight [[flight_number:HWC512]] ({{B767-300F}},
        [[aircraft_registration:G-HWCA]]) operated by [[organisation:Harewood Air Cargo]] from
        [[organisation:Brackenfield Airport]] experienced a {{ULD}} shift on the {{main deck}} during
        rotation. The {{supernumerary}} riding in the {{courier seats}} heard a loud bang and told the
        {{first officer}}. After landing, position 11L was found with two side {{locks}} not engaged
        and the {{PMC}} pallet had moved 14 cm aft into the {{restraint net}}. The locks had been
        signed as checked on the {{loading instruction report}} by a contract loader from
        [[organisation:Apex Ramp Services]]. The supervising {{loadmaster}}, [[name:Kieran Doyle]], was
        covering two aircraft at once due to sickness. An {{MOR}} was filed with the {{CAA}}
        ([[case_reference:2024/03318]]) and internal report [[case_reference:HWC-SR-0871]] raised.
        No structural damage was found by {{engineering}}.
    """)),
    ("aviation", "near_miss", block("""
        Load control near miss - [[flight_number:HWC208]] {{B777F}} [[aircraft_registration:G-HWCE]] - [[date:05/06/24]] (all times {{UTC}})
        21:40 Final {{loadsheet}} issued by {{load controller}} ([[name:Aleksy]]) with {{ZFW}} 228.4t.
        21:52 {{Loadmaster}} [[name:Yaw Mensah]] walks the {{main deck}}, counts 27 {{ULDs}}; {{LIR}} shows 26.
        21:55 Extra position (P5R) holding a 3.1t {{PMC}} build missing from the loadsheet - last-minute
        add-on from [[organisation:Skyhaul Logistics]].
        22:03 {{Captain}} (Capt. [[name:Ferguson]]) informed; departure held.
        22:18 Revised loadsheet: ZFW 231.5t, {{TOW}} within limits but {{V speeds}} and {{trim}} changed.
        22:31 {{Off blocks}}, 36 min late.
        Cause: late ULD added in the {{warehouse}} system after load plan lock. No check between the
        warehouse manifest and the LIR.
    """)),
    ("aviation", "success", prose("""
        Thank you note to [[name:Shanelle]] in {{DG acceptance}} at the
        [[organisation:Brackenfield Airport]] {{cargo centre}}. On [[date:Sun 14th]] she was checking
        a consignment of 'electronic spare parts' from [[organisation:Trexon Components Ltd]] booked
        on [[flight_number:HWC731]] and noticed a faint {{UN3480}} mark under a new label on one
        carton. {{X-ray}} confirmed loose {{lithium ion}} cells, not declared and not in
        {{Section II}} packaging. The shipment was stopped, the shipper reported to the {{CAA}} as a
        {{DG occurrence}} and the other 40 cartons were re-screened. Without her eye for detail this
        would have gone in the {{lower hold}} of a {{B767}} with no {{NOTOC}} entry. [[name:Shanelle]]
        has been put forward for the quarterly safety award. - [[name:Marcus Oyelaran-Briggs]],
        {{Head of Cargo Safety}}
    """)),
    ("aviation", "incident", block("""
        RT transcript extract - [[organisation:Brackenfield Ground]] {{121.855}}, [[date:03/11/2023]], 02:14 {{UTC}}, {{LVPs}} in force
        [[flight_number:HWC447]]: [[organisation:Brackenfield Ground]], [[flight_number:Harewood four four seven]], stand 31, request {{push and start}}.
        {{GND}}: [[flight_number:Harewood four four seven]], push and start approved, tail to face west.
        [[flight_number:HWC447]]: Push and start approved, tail west, [[flight_number:Harewood four four seven]].
        [{{tug}} driver on {{interphone}}, not on RT]
        GND: [[flight_number:Harewood four four seven]], stop immediately, stop, stop.
        [[flight_number:HWC447]]: Stopping, [[flight_number:Harewood four four seven]].
        GND: [[flight_number:Harewood four four seven]], {{marshaller}} reports contact with a {{highloader}} on stand 32, hold position, {{fire service}} attending.
        Notes ({{ops duty manager}}, [[name:Chidi N.]]): right {{winglet}} contacted an unattended
        {{main deck loader}} parked outside the stand box. A/C [[aircraft_registration:G-HWCB]]
        ({{B767-300F}}) {{AOG}} 3 days. Tug crew from [[organisation:Apex Ramp Services]].
        Report ref [[case_reference:GSR-2211]].
    """)),
    ("aviation", "near_miss", prose("""
        nr miss - {{PMC}} in pos 22P built too high for the {{contour}} (approx 163cm, {{lower deck}}
        max is 160). build team at [[organisation:Stanmoor Freight Hub]] went off the old {{B767}}
        template not the {{A330P2F}} one. i only noticed when the {{hi-loader}} wouldnt clear the door
        sill. pulled it, rebuilt, dep'd 50 mins late. [[flight_number:HWC90]]
        [[aircraft_registration:G-HWCK]] [[date:12/09]]. spoke to the {{build supervisor}}
        ([[name:Ravi]]) and he's putting the new contour guide up. if it'd gone in forced it
        could've damaged the door seal or the {{cargo liner}} = {{smoke detection}} issue. - {{lm}}
        [[name:dom]]
    """)),
    ("aviation", "success", block("""
        From: Capt [[name:Ingrid Solberg]] <[[email:i.solberg@harewoodcargo.co.uk]]>
        To: {{Flight Safety}} <[[email:flightsafety@harewoodcargo.co.uk]]>
        Date: [[date:21/01/2024]] 11:05
        Subject: Commendation - loadmaster on [[flight_number:HWC318]], [[aircraft_registration:G-HWCA]]

        Team,
        I'd like to commend {{loadmaster}} [[name:Faith Mwale]] for her actions on [[flight_number:HWC318]]
        on [[date:19 January]]. During pre-departure checks she found a crate of 'machine parts'
        ({{AWB}} [[case_reference:176-48812034]]) leaking an oily liquid with a strong smell. She
        stopped loading, isolated the area, called the {{DG duty officer}} and got the shipper's
        {{SDS}}. It turned out to be an undeclared {{Class 3}} {{flammable liquid}}.
        Her calm approach meant we departed only 20 minutes late with the shipment offloaded.
        Regards,
        [[name:Ingrid Solberg]]
        {{Captain}}, {{B767}} Fleet
        [[organisation:Harewood Air Cargo]]
    """)),
    ("aviation", "incident", block("""
        GROUND INJURY REPORT
        Name: [[name:Tadeusz]] "[[name:Tad]]" [[name:Zielinski]]
        {{DOB}}: [[date_of_birth:30/05/1988]]
        NI number: [[ni_number:NH 55 73 20 C]]
        Address: [[address:18 Ferrier Street, Calderbridge]]
        Postcode: [[postcode:CD9 4NJ]]
        Phone: [[phone:07700 900 871]]
        Employer: [[organisation:Apex Ramp Services]]
        Date: [[date:08/08/2024]], 04:30
        Location: {{Stand 12}}, {{ramp}}
        Aircraft: {{A330-200P2F}}, [[aircraft_registration:G-HWCD]], flight [[flight_number:HWC640]]
        Description: While pushing a {{PAG}} pallet onto the {{ball mats}} of the
        {{main deck loader}}, [[name:Tad]]'s left hand was caught between the pallet edge and the
        side guide. Loader had been set to {{drive mode}} by a second operator (initials [[name:RB]])
        without a verbal call. {{First aid}} given by [[name:Mo]] on the ramp, taken to {{A&E}} by
        {{ambulance}}. Fractured finger. {{RIDDOR}} reportable.
        Supervisor: [[name:Dorota Nowicka]]
    """)),
    ("aviation", "near_miss", block("""
        {{#load-control}}  ({{Slack}})
        @[[name:yasmin.k]] 03:12  [[flight_number:HWC902]] {{loadsheet}} - {{CG}} coming out at 38.9% {{MAC}}, {{aft limit}} is 38.5 for this {{ZFW}}. can someone sanity check?
        @[[name:tomasz.lc]] 03:14  yep confirmed. pos 7R and 8R both 4t+ after the late add
        @[[name:yasmin.k]] 03:15  told {{lm}} [[name:Bernadette]] on the {{a/c}}, moving one {{PMC}} fwd to 2L
        @[[name:bernadette_o]] 03:29  done, 2L locked. {{ballast}} not needed
        @[[name:yasmin.k]] 03:33  revised CG 34.1%. Capt [[name:Adeyinka]] happy. if we'd gone with the first one the {{DCS}} would have flagged it at final but not before the pallet was locked in!
    """)),
    ("aviation", "success", block("""
        {{Safety Action Group}} - Freighter Ops
        Date: [[date:11 April 2024]], {{Ops Centre}}, {{Hangar 2}}
        Present: [[name:Dorota Nowicka]] ({{Ramp Safety}}), [[name:Yaw Mensah]] ({{Senior Loadmaster}}),
        Capt [[name:Sunny Raghunathan]], [[name:Bill Achterberg]] ({{DG Manager}}), [[name:Mercy Fofanah]] ({{Training}})
        Apologies: [[name:Ingrid Solberg]], [[name:Tomasz Lis]]
        Item 2 - Good news: zero unlocked {{ULD}} findings in {{Q1}} after introducing the two-person
        lock check and photo on the {{LIR}} tablet (down from 7 in {{Q4}}). [[name:Yaw]] thanked the
        [[organisation:Apex Ramp Services]] shift leads.
        Item 3 - DG: [[name:Bill]] reported the {{IATA DGR}} update training completed by 96% of
        acceptance staff.
        Item 4 - Fatigue: roster change for loadmasters on back-to-back {{nights}} agreed, to be
        reviewed by [[name:MF]].
    """)),
    ("aviation", "incident", block("""
        {{ULD}} damage log - week 32 - raised as incident ref [[case_reference:QSR-4410]]
        Type | Position | Flight   | Aircraft | Damage                     | Found by
        {{AKE}}  | 41L      | [[flight_number:HWC221]]   | [[aircraft_registration:G-HWCB]]   | base rail bent, door torn  | [[name:Nikhil]]
        {{PMC}}  | 12R      | [[flight_number:HWC221]]   | [[aircraft_registration:G-HWCB]]   | edge rail crack 20cm       | [[name:Nikhil]]
        {{PAG}}  | 6L       | [[flight_number:HWC604]]   | [[aircraft_registration:G-HWCD]]   | net missing 2 hooks        | [[name:Roisin]]
        PMC  | 9R       | [[flight_number:HWC604]]   | [[aircraft_registration:G-HWCD]]   | base bowed - u/s           | [[name:J.P.]]
        Summary: two damaged ULDs were loaded and flown on [[date:7 Aug]] because the
        {{serviceability tag}} check was skipped at the {{build-up area}}. Ramp contractor
        [[organisation:Apex Ramp Services]] and ULD pool provider
        [[organisation:Unitrax Pool Management]] informed. {{CAMO}} confirmed no aircraft damage.
    """)),
    ("aviation", "near_miss", block("""
        RT extract, [[organisation:Brackenfield Tower]] {{118.405}}, [[date:22/12/2023]], 23:47 local
        {{TWR}}: Tow [[aircraft_registration:G-HWCE]], hold short of {{runway 27}} at {{Alpha 3}}.
        TOW: Cross runway 27 at Alpha 3, tow [[aircraft_registration:G-HWCE]].
        TWR: Negative, negative, hold short runway 27, aircraft on three mile {{final}}.
        TOW: Holding short runway 27, tow [[aircraft_registration:G-HWCE]], apologies.
        TWR: [[flight_number:Harewood 118]] cleared to land runway 27, wind 250 degrees 8 knots.
        [[flight_number:Harewood 118]]: Cleared to land runway 27, [[flight_number:Harewood 118]].
        Debrief note: {{tow driver}} ([[name:Gareth P.]]) misheard 'hold short' as 'cross' on a busy
        frequency and had an {{ear defender}} over one side of the {{headset}}. {{Stop bar}} lit and
        not crossed. {{ATC}} raised an {{MOR}}; internal ref [[case_reference:GSR-2290]].
    """)),
    ("aviation", "success", block("""
        {{#ops-shoutouts}}
        [[name:bill.achterberg]]  07:02
        Big thank you to {{night shift}} {{loadmasters}} [[name:Gabriel Mendes]] and [[name:Aoife]] 👏 Last night
        [[flight_number:HWC777]] had 11 horses ({{live animals}}, {{AVI}}) plus a {{PIL}} shipment of vaccines.
        They rebuilt the whole load plan when the {{stalls}} arrived late from
        [[organisation:Equitrans Bloodstock]], kept the temp-controlled {{ULDs}} on {{ground power}} and
        still got [[aircraft_registration:G-HWCK]] away on time. Great teamwork with the {{grooms}}.
        [[name:aoife.mc]]  07:10
        thanks [[name:Bill]]! [[name:Gabe]] did the hard bit tbh
        [[name:rose.kowalski]]  07:15
        fantastic work both ❤️
    """)),
    ("aviation", "incident", block("""
        Chronology - {{DG}} leak in export {{warehouse}}, [[date:14/03/2024]], ref [[case_reference:DGO-0332]]
        05:10 {{Forklift operator}} ([[name:Hamza]]) punctures drum during breakdown of a {{PMC}} from
        [[organisation:Norvane Chemicals]]; label {{UN1760}} Corrosive liquid, n.o.s., {{Class 8}}, {{PG II}}.
        05:12 Area evacuated, {{DG spill kit}} deployed by [[name:Bill Achterberg]] ({{DG Manager}} on call, [[phone:07700 900 155]]).
        05:25 {{Airport Fire Service}} on scene. Approx 3 litres lost onto warehouse floor.
        05:40 [[name:Hamza]] complains of stinging to left forearm - {{eye wash}}/shower 15 min, taken
        to {{Occupational Health}} then {{A&E}}.
        06:30 Area declared clear. Drum and PMC quarantined.
        08:00 Shipment was due on [[flight_number:HWC513]] ([[aircraft_registration:G-HWCA]]) - offloaded;
        {{DG acceptance}} check retrospectively found packaging not UN-approved.
        Reported to {{CAA}} as DG occurrence. {{HSE}} {{RIDDOR}} considered by {{H&S lead}} [[name:Lorna]].
    """)),
    ("aviation", "near_miss", block("""
        {{Loadmaster}} shift handover - {{days}} to {{nights}} - [[date:26/09]]
        - [[flight_number:HWC412]] ([[aircraft_registration:G-HWCD]]) due 20:15 - ok, load plan done by [[name:Oksana]].
        - [[flight_number:HWC415]] ([[aircraft_registration:G-HWCB]]): NEAR MISS - {{NOTOC}} printed on days but
        not handed to the {{captain}}. Found folded in the {{LIR}} clip by [[name:Kwabena]] at 18:40 after
        {{pushback}} had been called. Ground stopped the push, NOTOC taken to the {{flight deck}} and
        signed by Capt [[name:Moreau]]. Cargo included {{dry ice}} ({{UN1845}}) and
        {{magnetised material}} - crew would not have known.
        - Tech: {{hi-loader}} 4 {{u/s}}, hydraulic leak. Use 2 or 6.
        - Staffing: two short on nights, [[name:Mark]] covering from the import shed.
        Handed over: [[name:Oksana H.]]   Taken over: [[name:K. Asante]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Lukas Brandt]] <[[email:l.brandt@harewoodcargo.co.uk]]>
        To: {{Quality}} <[[email:quality@harewoodcargo.co.uk]]>
        Date: [[date:Tue 2 July 2024]] 14:22
        Subject: Temp excursion - pharma ULD on [[flight_number:HWC850]] / [[aircraft_registration:G-HWCE]]

        Hi [[name:Mercy]],
        Reporting a temperature excursion on the {{active container}} ({{RKN}}) carrying {{insulin}}
        (2-8C) for [[organisation:Medivance Pharma]], {{AWB}} [[case_reference:176-55019382]]. The
        container was left off {{ground power}} on the {{ramp}} for 2h10 during the delay on
        [[date:1 July]] because the {{ramp agent}} thought it was a {{passive unit}}. {{Data logger}}
        shows a peak of 11.4C for 47 mins. Shipment quarantined at destination, customer informed.
        Likely loss ~£180k.
        Happy to discuss - I'm on [[phone:07700 900 308]].
        [[name:Lukas]]
        {{Duty Cargo Manager}}
    """)),
    ("aviation", "success", prose("""
        Learning report - good catch on {{weight and balance}}. On [[date:Friday 8 March]], trainee
        {{load controller}} [[name:Precious Dube]] was preparing the {{loadsheet}} for
        [[flight_number:HWC266]] ({{ATR 72-600F}}, [[aircraft_registration:G-HWCM]]) when she noticed
        that the {{DCS}} was using a {{basic weight}} from before the aircraft's {{cargo door}}
        modification, 62 kg lighter than the current {{weight schedule}}. She queried it with her
        {{mentor}}, [[name:Will Okonkwo]], rather than assuming the system was right. The
        {{technical records}} team at [[organisation:Harewood Air Cargo]] confirmed the DCS had not
        been updated after the aircraft's return from [[organisation:Morrow Aero Engineering]]. All
        three ATR freighters were checked; one other ([[aircraft_registration:G-HWCN]]) had the same
        error. Both were corrected before the next sector. Although 62 kg was within margins,
        [[name:Precious]]'s question found a process gap between {{CAMO}} and {{load control}} that
        is now closed with a sign-off step. [[name:Will]] has asked that this is shared in the
        {{Safety Bulletin}}.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind352", REPORTS))
