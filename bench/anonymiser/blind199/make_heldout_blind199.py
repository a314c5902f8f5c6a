"""Held-out blind corpus 199: UK incident, near-miss and learning reports, written blind.

Settings (all people, places and numbers invented):
- social_care: a council's private fostering and kinship (connected persons, Reg 24, SGO)
  assessment work - notifications from schools, viability assessments, household checks, panel.
- health: an out-of-hours GP service and NHS 111 clinical assessment service - callbacks, home
  visiting cars, treatment centres, ED validation, prescribing and controlled drugs.
- aviation: an airline's line maintenance at an outstation - night stops, deferred defects (MEL,
  ADD), tech log entries, tows, engine runs, tool control and maintenance control calls.

Styles: forms with Name/DOB/Ref fields, pipe and tab tables with names, DOBs and references in
cells, one-line shout-outs, rushed lower-case notes with typos, formal narratives, timed
chronologies, e-mails with headers and signatures, Teams/WhatsApp/Slack exports, handover notes,
minutes with attendance and apologies, debriefs, tech log pages and an RT transcript.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind199.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", block("""
        PRIVATE FOSTERING - LATE NOTIFICATION
        Ref: [[case_reference:PF/24/0381]]
        Child: [[name:Adaeze Nwankwo-Harris]]    DOB: [[date_of_birth:14/09/2009]] ([[age:15]])
        Carer: Mrs [[name:Bernadette Oyelaran]] (family friend, not a relative)
        Address: [[address:27 Tansley Road, Hartcliffe]] [[postcode:BS13 0QW]]
        School: [[organisation:Kingsweston Academy]]
        Date notified: [[date:03/02/2025]]

        What happened:
        [[name:Adaeze]] has been living with [[name:Bernadette]] since around October half term while
        {{birth mum}} works offshore. {{The DSL}} knew in November but thought {{the school nurse}} had
        told us. Notification reached {{MASH}} on [[date:3 Feb]], way past the {{6 weeks}} notice
        for a {{private fostering}} arrangement. {{Initial visit}} done by [[name:Kelechi]] on
        [[date:6/2]]. Adult son in the home ([[name:Tobi]], [[age:19]]) has no {{DBS}} yet.
        Learning: PF awareness session for school staff offered.
    """)),
    ("social_care", "near_miss", prose("""
        quick one as on my way out. {{EDT}} rang re [[name:kai]] and [[name:reece]] ([[age:6]] and
        [[age:9]]) - {{police protection}}, wanted to place w/ nan ([[name:Maureen Doherty]]) at
        [[address:14 Calder Walk]] under {{reg 24}}. the {{viability}} on file was the one [[name:jen]]
        did in march for a diff sibling group, not updated, and nans partner [[name:Stevie]] hasnt had
        {{PNC}} checks. only caught it bc [[name:sunny]] on EDT rang me to check first. kids stayed
        in {{emergency foster}} overnight, checks requested for 0830 tmrw. pls can we make sure the
        {{kinship team}} updates the viability tab on {{LCS}} when the household changes. case no
        [[case_reference:LCS 2219043]]
    """)),
    ("social_care", "success", prose("""
        Shout out to [[name:Gaz]] in the {{fostering team}} who stayed till gone 9 on a {{Friday}} to
        get the {{Form C}} for the [[name:Akhtar]] {{connected carers}} to {{panel}} - {{ADM}} signed
        same week, {{the guardian}} happy and the {{SGO}} hearing kept its date. Legend 🙌
    """)),
    ("social_care", "incident", block("""
        From: [[name:Lorna McAllister]] <[[email:lorna.mcallister@northvale.gov.uk]]>
        To: {{Information Governance}} <[[email:ig.breaches@northvale.gov.uk]]>
        Cc: [[name:Deepak Rathore]]
        Subject: Data breach - viability report posted to wrong address
        Date: [[date:11 March 2025]] 16:42

        Hi all,

        Reporting a breach. Yesterday a copy of the {{kinship viability assessment}} for
        [[name:Lily-Mae Fairbrother]] (DOB [[date_of_birth:02.07.2021]], [[case_reference:KIN-0457]])
        was posted to [[address:9 Orchard Close]] instead of [[address:19 Orchard Close]]. The
        neighbour brought it round to the carers (the {{maternal grandparents}}, Mr and Mrs
        [[name:Fairbrother]]) this morning - envelope had been opened. The report includes the
        {{Section 47}} history and birth dad's {{probation}} details. I have told {{the team manager}}
        and asked {{business support}} to check the {{mail merge}} template. Carers informed by phone.
        Please advise on the {{ICO}} threshold.

        [[name:Lorna McAllister]]
        {{Senior Practitioner}}, Kinship Assessment
        Tel: [[phone:01632 960 418]] | Mob: [[phone:07700 900 731]]
    """)),
    ("social_care", "near_miss", block("""
        [09:12] [[name:Priya Raman]]: morning, prepping {{panel papers}} for tmrw - the [[name:Kowalczyk]]
        {{SGO}} assessment, carer's {{DBS}} is dated 2021??
        [09:13] [[name:Tom Ashworth]]: that can't be right, [[name:Bex]] did the update
        [09:15] [[name:Bex]]: I requested it, it never came back. I ticked it on the {{checklist}} as
        received by mistake 🙈
        [09:16] [[name:Priya Raman]]: ok so [[name:Agnieszka]]'s {{enhanced DBS}} isn't current. {{Panel}}
        can't recommend without it
        [09:18] [[name:Tom Ashworth]]: pull it from the {{agenda}}, I'll tell the {{panel advisor}}.
        can someone ring Mrs [[name:Kowalczyk]] on [[phone:07700 900 288]]
        [09:20] [[name:Bex]]: on it. sorry all
        [09:41] [[name:Bex]]: spoke to [[name:Agnieszka]], new DBS applied via the {{umbrella body}}
        today, app ref [[case_reference:E-0019-3447-1]]
    """)),
    ("social_care", "success", block("""
        Kinship Practice Learning Forum - minutes
        Date: [[date:20/01/2025]]
        Present: [[name:Hope Mensah]] ({{chair}}, {{TM}}), [[name:Will Fraser]] ({{SW}}), [[name:Anjali Bose]]
        ({{FGC coordinator}}), [[name:R. Okonkwo]] ({{IRO}})
        Apologies: [[name:Siobhan O'Riordan]], [[name:Gaz Pritchard]]

        Item 2 - good practice: the [[name:Tiwari]] family
        [[name:Anjali]] ran an {{FGC}} for baby [[name:Ishaan Tiwari]] (DOB [[date_of_birth:30.10.2024]])
        after the {{pre-birth conference}}. The family plan named {{paternal aunt}} [[name:Meera]] and her
        husband as carers. [[name:Will]] completed the {{viability}} in 9 days rather than the usual
        6 weeks; {{Reg 24}} approval was in place before discharge from the {{neonatal unit}}, so no
        {{foster placement}} was needed.
        Action: [[name:Hope]] to share the FGC template with [[organisation:Eastfield Locality Team]].
    """)),
    ("social_care", "incident", block("""
        Chronology - [[name:Mohamed Abdi Warsame]] ([[age:16]]), {{PF arrangement}},
        ref [[case_reference:PF-2024-117]]
        Sat [[date:15 Feb 2025]]
        16:30  [[name:Mohamed]] leaves carer's home ([[address:Flat 4, 88 Stanhope Street]]) to go to
               the {{mosque}}
        22:00  not home; carer Mr [[name:Hersi]] rings round friends
        23:50  carer rings {{EDT}} not police - thought he'd be "at his cousin's"
        00:40  EDT SW [[name:Oluwaseun]] advises 101; {{missing person}} report made,
               police ref [[case_reference:CAD 0093-150225]]
        03:15  [[name:Mohamed]] found by police at the bus station, returned home,
               {{return home interview}} offered
        Mon 09:00  allocated SW [[name:Ruth]] informed via {{LCS}} alert
        Learning: PF carers are not given the {{missing from home protocol}} leaflet at the
        {{initial visit}}.
    """)),
    ("social_care", "near_miss", block("""
        Connected persons assessment - household checks tracker ([[case_reference:CP/0932]])

        | Name | DOB | Rel. | {{DBS}} | {{LA check}} |
        |---|---|---|---|---|
        | [[name:Grace Achterberg]] | [[date_of_birth:12/03/1968]] | {{maternal gran}} | clear | done |
        | [[name:Pieter Achterberg]] | [[date_of_birth:01/11/1965]] | {{step-grandad}} | clear | done |
        | [[name:Jade Achterberg]] | [[date_of_birth:22/06/2001]] | aunt, lives in | requested | done |
        | [[name:Callum]] ([[name:Jade]]'s partner) | ? | stays 3-4 nights | NOT DONE | NOT DONE |
        Health: {{AH form}} back for [[name:Grace]], [[name:Pieter]]'s pending.

        Near miss: [[name:Callum]] wasn't on the original tracker because [[name:Grace]] said he
        "doesn't live here". Picked up by [[name:Rui]] at the {{unannounced visit}} when his work van
        ([[vehicle_registration:WU68 HZX]]) was outside at 8am. {{Form C}} was due at {{panel}} on
        [[date:27 March]]. Checks now requested, {{ADM}} informed.
    """)),
    ("social_care", "success", block("""
        Screenshot shared to the learning log by [[name:Faith Oduya]] ({{kinship SW}}) with the carer's
        consent:

        [[date:14/03/2025]], 19:02 - [[name:Joy Adebayo-Clarke]]: Just wanted to say thank you to
        [[name:Faith]] for everything. {{The court}} gave us the {{SGO}} today for [[name:Tia]] and
        [[name:Marcus]] 😭❤️
        [[date:14/03/2025]], 19:05 - [[name:Faith]] ({{SW}}): Oh [[name:Joy]] that is brilliant news!! You
        did all the hard work. Give them both a squeeze from me x
        [[date:14/03/2025]], 19:06 - [[name:Joy Adebayo-Clarke]]: [[name:Tia]] wants to know if you can
        still come to her {{sports day}} at [[organisation:St Barnabas CE Primary]]. We're proper
        {{special guardians}} now lol
        [[date:14/03/2025]], 19:10 - [[name:Faith]] ({{SW}}): I'll ask {{my manager}} but I'd love to.
        {{Support plan review}} is still booked for [[date:2 April]]
    """)),
    ("social_care", "incident", prose("""
        On [[date:7 November 2024]] a {{court bundle}} prepared for {{care proceedings}} concerning
        [[name:Zainab]] and [[name:Yusuf Qureshi]] was served on all parties, including the
        {{birth father}}, Mr [[name:Imran Qureshi]]. The {{connected person assessment}} of the
        paternal great-aunt, Mrs [[name:Nasreen Baig]], had not been redacted and showed her home
        address, [[address:3 Hollins Terrace, Oldham]] [[postcode:OL4 1SN]], and her mobile,
        [[phone:07700 900 562]]. Mr [[name:Qureshi]] is subject to a {{non-molestation order}}. The
        error was identified by {{the children's guardian}} two days later. {{Legal}} re-served
        redacted copies and {{police}} completed a safety visit the same evening. Mrs [[name:Baig]]
        has chosen to remain at the property and a {{Sanctuary scheme}} assessment is under way.
        Contributory factors: the assessment was written by an agency worker, [[name:D. Lungu]], on
        an old template without the redaction prompt, and {{the team manager}}'s sign-off checklist
        does not mention addresses.
    """)),
    ("social_care", "near_miss", block("""
        Handover - {{duty desk}}, Thurs pm -> Fri am ([[name:Sunny]] -> [[name:Marta]])
        - Contact Fri 10am at [[organisation:Riverside Family Centre]]: [[name:Ellis]] ([[age:4]]) with
          {{mum}} ONLY. {{Dad}} ([[name:Connor Bright]]) is NOT to attend - {{bail conditions}}.
        - NR MISS today: {{contact centre}} had [[name:Connor]] down as attending, not mum. Old referral
          form. I rang & corrected it, spoke to [[name:Precious]] on {{reception}} [[phone:01632 960 771]]
        - {{kinship carer}} Aunty [[name:Rose]] ([[name:Rose Bright]], [[phone:07700 900 814]]) is
          bringing [[name:Ellis]], she knows the plan
        - CP ref [[case_reference:CP-88213]]
        - [[name:Marta]] pls ring the {{contact supervisor}} at 9 to double check
    """)),
    ("social_care", "success", block("""
        PF quarterly audit Q3 - all arrangements visited in timescale 🎉
        Child\tDOB\tSW\tRef
        [[name:L. Nguyen]]\t[[date_of_birth:05/05/2010]]\t[[name:Kofi]]\t[[case_reference:PF-0211]]
        [[name:Mateus Ferreira]]\t[[date_of_birth:19/08/2008]]\t[[name:Kofi]]\t[[case_reference:PF-0219]]
        [[name:Sid Kulkarni]]\t[[date_of_birth:11/01/2011]]\t[[name:Helen W]]\t[[case_reference:PF-0224]]
        Carers: Mrs [[name:T. Pham]]; [[name:Ana Costa]] ({{sister-in-law}});
        [[name:Deji]] ({{uncle's friend}}). Last visits [[date:28/11/24]] to [[date:09/12/24]].

        Well done [[name:Kofi]] and [[name:Helen]] - every child {{seen alone}} at every
        {{statutory visit}}, all {{six-weekly}} visits in time, and {{private fostering}} will go in
        the {{LSCP}} {{annual report}} as good practice. Ready for {{Ofsted}} whenever they come.
    """)),
    ("social_care", "incident", prose("""
        sorry for typos on phone. transport today for the [[name:Okoro]] kids to {{contact}} - taxi
        firm sent a diff driver not on the {{approved list}} and no {{car seats}} for the little 1
        ([[name:amara]] [[age:2]]). {{kinship carer}} [[name:nkechi]] noticed and refused which was
        right but then [[name:dan]] from {{business support}} told her to just go as contact was
        already late. so they went. reg was [[vehicle_registration:KX17 VBN]] if anyone needs it. no
        harm but thats not ok. ive emailed [[organisation:Fairway Cars]] and {{commissioning}}.
        [[name:nkechi]] v upset she was overruled, said shed ring me next time not the office. also
        the {{transport request form}} still had the old address [[address:22 Linnet Close]] from
        before the move so driver went there first 🙄 {{datix}} [[case_reference:W-45120]]
    """)),
    ("social_care", "near_miss", block("""
        From: Mr [[name:R. Balogun]] <[[email:r.balogun@hollymead.sch.uk]]>
        To: PF Duty <[[email:pfduty@northvale.gov.uk]]>
        Subject: possible {{PF}}? {{Y9}} pupil
        Sent: Tue [[date:21/01/2025]] 08:57

        Morning,
        I nearly didn't send this as I assumed a cousin counted as family. Pupil is [[name:Chidi Eze]],
        Y9, DOB [[date_of_birth:03/04/2011]], living with his adult cousin [[name:Blessing Eze]]
        ([[age:24]]) at [[address:41b Marsh Lane]], [[postcode:WV10 9RN]] since Christmas; {{parents}}
        are in Lagos. Our {{attendance officer}} [[name:Fiona]] picked it up when the new contact
        number ([[phone:07700 900 947]]) didn't match {{SIMS}}.
        Can someone advise if this needs a {{PF assessment}}?
        Thanks
        [[name:Rotimi Balogun]]
        {{Designated Safeguarding Lead}}, [[organisation:Hollymead High School]]
        [[phone:01632 960 205]]

        --- reply from [[name:Ewa]] (duty): yes - a cousin isn't a {{close relative}} under the
        {{Children Act 1989}}. Logged as [[case_reference:PF-2025-009]], {{initial visit}} booked.
    """)),
    ("social_care", "success", block("""
        Debrief: emergency {{Reg 24}} placement, [[date:2 Dec 2024]]
        Attendees: [[name:Claire Whitfield]] ({{EDT}}), [[name:Jonno]] ({{police liaison}}),
        [[name:Amira Haddad]] ({{kinship SW}}), {{foster carer}} Mrs [[name:Lowe]] (by phone)

        What went well
        - EDT had the {{viability}} for {{great-uncle}} [[name:Bill Sutcliffe]] already on the system -
          done by [[name:Amira]] in October as a contingency.
        - Police did {{PNC}} on both adults in the house within 40 mins.
        - [[name:Bill]]'s home ([[address:Sutcliffe Farm, Heptonstall Road]], [[postcode:HX7 8AZ]])
          visited by [[name:Claire]] at 22:10; beds and {{smoke alarms}} checked.
        - Children ([[name:Ava]], [[age:7]], and [[name:Noah]], [[age:3]]) placed by midnight, no night
          in {{unrelated foster care}}.
        Even better if
        - {{ADM}} not reachable until 07:30 - need an out-of-hours ADM rota.
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM
        Reported by: [[name:Stella Marsh-Okafor]] ({{Finance Officer}}, Kinship Allowances)
        Date of incident: [[date:18/12/2024]]
        Person affected: Mr [[name:Kwame Asante]]   DOB: [[date_of_birth:09/07/1959]]
        NI no: [[ni_number:JK 48 21 93 C]]
        Case ref: [[case_reference:SGO-ALW-3317]]
        Description: {{means-test letter}} for Mr [[name:Asante]] (incl. his NI number and {{pension}}
        figures) was attached in error to an e-mail to a different {{special guardian}},
        Ms [[name:Dorota Wiśniewska]]. Ms [[name:Wiśniewska]] phoned to tell us and deleted it while on
        the phone to me.
        Immediate action: {{recall}} attempted; {{IG}} notified; Mr [[name:Asante]] told by his SW,
        [[name:Hamza]].
        Root cause: both letters open in {{Outlook}} {{drafts}} with near-identical file names.
    """)),
    ("social_care", "success", prose("""
        Massive thanks to [[name:Ngozi]] and [[name:Faisal]] on {{duty}} - {{private fostering}}
        notification from [[organisation:Little Oaks Nursery]] came in at 4.50 on a {{Friday}},
        {{initial visit}} done by 6, {{DBS}} requested, {{household checks}} started and {{MASH}}
        updated. Textbook. - [[name:Karen T]] ({{TM}})
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Timeline - 111 call [[case_reference:111-CAS-5527810]] (Sat [[date:12/10/2024]])
        Patient: [[name:Florence Adeyemi-Shaw]], [[age:71]] yrs, NHS no. [[nhs_number:395 860 8965]]
        18:42  Answered by {{health advisor}} ({{HA}}) [[name:Kyle]]. {{NHS Pathways}}: generally unwell.
               {{Disposition}}: speak to clinician within 2 hrs.
        19:05  Queued in {{CAS}}. Callback list 47 deep.
        20:58  {{Clinical advisor}} [[name:Marguerite]] ({{RGN}}) - no answer, voicemail left on
               [[phone:0121 496 0733]].
        21:20  {{Daughter}} rings back, put back in queue.
        22:41  GP Dr [[name:Sandhu]] calls: temp 39.1, RR 28, new confusion. 999 {{Cat 2}} requested.
        23:30  Conveyed to [[organisation:Kingsmere General]] {{ED}}; {{sepsis bundle}} started.
        Learning: a second failed callback should trigger {{re-triage}} per {{SOP}}; callback list
        breached the 2h target for 4 hours.
    """)),
    ("health", "near_miss", prose("""
        nr miss on {{HV}} run last night. {{adastra}} had pt [[name:Eileen Murtagh]] ([[age:88]]) at
        old address [[address:6 Gorse Lane]] - she moved to daughters ([[address:Flat 2, 119 Wollaton
        Rd]], [[postcode:NG8 1FT]]) last month. {{SCR}} was updated but {{111}} took the address off
        the caller and it didnt overwrite. driver [[name:baz]] spotted the house was empty + {{key safe}}
        gone, rang base, [[name:priya]] on {{dispatch}} rang the daughter on [[phone:07700 900 365]]. dr
        [[name:Farooq]] got there 40 min late but pt ok, {{UTI}}, {{nitrofurantoin}} started. pls can
        someone look at how {{demographics}} pull thru from {{PDS}}
    """)),
    ("health", "success", prose("""
        Huge shout out to [[name:Tunde]] ({{clinical advisor}}) who recognised a {{stroke}} on a
        {{111}} call that came through as 'dizzy' - {{FAST}} positive, {{999}} {{Cat 2}} booked,
        {{pt}} {{thrombolysed}} within the hour at [[organisation:Royal Barnford]]. Great listening 👏
    """)),
    ("health", "incident", block("""
        From: Dr [[name:Hannah Lindqvist]]
        To: {{OOH Clinical Governance}} <[[email:ooh.governance@valeurgentcare.nhs.uk]]>
        Subject: Incident - prescription issued to wrong patient record
        Date: [[date:04/01/2025]] 02:15

        Overnight I saw [[name:Oliver James Pike]] (DOB [[date_of_birth:17/05/2019]]) at the
        [[organisation:Eastbrook Treatment Centre]] with {{otitis media}}. When prescribing I selected
        the record of [[name:Oliver J. Pike]] (DOB [[date_of_birth:17/05/2015]]) - same name, same
        surgery ([[organisation:Fernhill Medical Practice]]). {{EPS}} {{amoxicillin 250 mg TDS}} went to
        the older boy's {{nominated pharmacy}}. {{Mum}} of the younger child left without meds at 01:30.
        I realised when {{the pharmacist}} rang, cancelled and re-issued to the correct record (NHS
        [[nhs_number:5650634440]]). First dose given 02:40.

        Both records now carry a {{similar name alert}}. Could {{Adastra}} show DOB and address on
        the {{prescribing screen}}?

        [[name:Hannah Lindqvist]]
        {{Sessional GP}}, [[organisation:Vale Urgent Care]]
        [[phone:07700 900 106]]
    """)),
    ("health", "near_miss", block("""
        [21:03] [[name:Dev Malhotra]]: anyone else's {{Adastra}} freezing? just nearly rang the wrong pt back
        [21:04] [[name:Lucy-Anne]]: yep slow tonight
        [21:04] [[name:Dev Malhotra]]: had case [[case_reference:4471023]] open (Mr [[name:Ó Súilleabháin]],
        {{chest pain}}) but the screen was still showing the previous one - a [[age:3]] yr old with
        {{croup}}. started reading the croup notes to him before I twigged
        [21:05] [[name:Ade]]: 😬 did you {{DATIX}} it
        [21:06] [[name:Dev Malhotra]]: will do. no harm, rang off, reopened, redid the call. sent him
        for an {{ECG}} via {{999}} {{Cat 3}} in the end
        [21:07] [[name:Ade]]: I'll ping the {{IT on-call}}
        [21:15] [[name:Lucy-Anne]]: IT say it's a known {{caching}} thing, restart the client between cases
    """)),
    ("health", "success", block("""
        {{Clinical Governance Meeting}} - [[organisation:Vale Urgent Care]] OOH
        Thurs [[date:6 Feb 2025]], {{MS Teams}}
        Present: Dr [[name:Ifeoma Chukwu]] ({{Clinical Lead}}, {{chair}}), [[name:Mark Devlin]]
        ({{Ops Manager}}), Sister [[name:Joan Farrugia]] ({{Lead Nurse}}), Dr [[name:Tomasz Zieliński]],
        [[name:Shanice]] ({{pharmacist}})
        Apologies: Dr [[name:Rhys ap Gwyn]], [[name:Wendy Clough]]

        3. Compliments
        - Letter from the family of Mr [[name:Harold Pennington]] (NHS no. [[nhs_number:100 898 8227]])
          thanking Dr [[name:Zieliński]] and driver [[name:Mo]] for an {{end-of-life}} visit at 3am;
          {{syringe driver}} problem sorted, {{anticipatory meds}} given, [[name:Harold]] died
          peacefully at home at 06:10 with his wife there.
        - [[name:Ifeoma]]: great example of working with {{district nursing}} out of hours.
          [[name:Joan]] to share at {{nurse forum}}.
    """)),
    ("health", "incident", block("""
        INCIDENT - slip/fall at base
        Incident no: [[case_reference:VUC-IR-0912]]
        Date/time: [[date:25/12/2024]] 15:20
        Location: [[organisation:Harbourside Primary Care Centre]], waiting room
        Patient: Mrs [[name:Gwendolyn Pryce]] ("[[name:Gwen]]")   DOB: [[date_of_birth:30/01/1941]]
        NHS: [[nhs_number:609-108-7916]]
        Reported by: [[name:Sam Oduya]], {{receptionist}}
        Description: [[name:Gwen]] slipped on melted snow by the entrance; the {{mat}} had been taken up
        for cleaning. Hit her head, on {{apixaban}}. Seen straight away by the {{ANP}} ([[name:Rebecca]]) -
        {{GCS 15}}, no neck pain. As {{anticoagulated}}, {{NICE head injury guidance}} = {{CT}} within
        8 hrs, so sent to {{ED}} by ambulance. {{Son}} ([[name:Gareth]], [[phone:07700 900 443]])
        informed.
        Outcome: CT normal, home next morning.
    """)),
    ("health", "near_miss", block("""
        ED/ambulance validation - sample flagged for review (nr miss = row 3)
        Validator: [[name:J. Whelan]]
        Case\tPatient\tAge\tPathways\tOutcome
        [[case_reference:CAS-771201]]\t[[name:K. Mahmoud]]\t[[age:34]]\t{{ED}} 1h\t{{GP OOH appt}}
        [[case_reference:CAS-771219]]\t[[name:Bartholomew Ince]]\t[[age:62]]\t{{Cat 3}} amb\tCat 3 kept
        [[case_reference:CAS-771240]]\t[[name:Sunita Ghale]]\t[[age:48]]\tED 1h\t'{{self-care}}' -> ED

        Row 3: [[name:Sunita]]'s notes said {{indigestion}} but she had mentioned {{jaw pain}} to the
        {{HA}}. [[name:Jen Whelan]] was about to close it as self-care when the {{floor walker}}
        ([[name:Ossie]]) asked her to re-listen to the call. {{ECG}} at ED showed an {{NSTEMI}}. No harm.
        Learning: listen to the recording before downgrading.
    """)),
    ("health", "success", block("""
        #ooh-shift-chat
        [[name:Bukola O]]  23:58  {{Adastra}} back up 🎉 thanks everyone for going {{paper}} for 3 hrs
        [[name:Gaz M]]  23:59  shout out to [[name:Efe]] on {{reception}} who kept the paper log perfect,
        every pt, every time stamp
        [[name:Efe]]  00:01  aww thanks! 41 pts, none lost
        Dr [[name:Nair]]  00:03  honestly the smoothest {{downtime}} I've seen. Also [[name:Kasia]] in
        {{111}} for phoning every {{callback}} in order
        [[name:Bukola O]]  00:05  will put it in the {{learning log}}. {{Business continuity plan}} worked -
        only gap was printed {{PGDs}} for {{the nurses}}
    """)),
    ("health", "incident", prose("""
        On the night of [[date:9-10 March 2025]] a {{controlled drugs}} discrepancy was found in home
        visiting car 2 ([[vehicle_registration:YD21 ORF]]). At {{shift handover}} at 08:00 the
        {{CD register}} showed two ampoules of {{diamorphine 10 mg}} but only one was in the sealed
        {{CD pouch}}. The {{overnight GP}}, Dr [[name:Afolabi]], had given one ampoule to a patient at
        [[organisation:Cedar Lodge Care Home]] at 03:40 but had recorded it on the home's {{MAR chart}}
        and in {{Adastra}} only, not in the car register. The driver, [[name:Lewis Brannigan]],
        witnessed the administration but did not countersign. The patient, Mr [[name:Ivor Llewellyn]]
        (NHS [[nhs_number:189 864 2869]]), was appropriately treated. The {{CDAO}} was informed the same
        day and reconciliation was completed by {{the lead pharmacist}}, [[name:Chioma]]. Learning: the
        car register should be signed at the bedside, with the driver as witness.
    """)),
    ("health", "near_miss", block("""
        Handover 23:00 -> {{night team}} (from [[name:Ros]] to [[name:Jonno]] & Dr [[name:Mistry]])
        1. Pt waiting: [[name:Alfie Kettering]], [[age:14 mo]], DOB [[date_of_birth:02/11/2023]] -
           {{febrile}}, seen 21:30, recheck {{obs}} due 23:30
        2. NR MISS - Mrs [[name:Halima Yusuf]] ([[age:67]]) {{PEN ALLERGY}}. Was about to get
           {{co-amoxiclav}} from {{PGD}} stock for {{cellulitis}}. Allergy was on {{SCR}} but not on the
           111 referral. Her son said "she's allergic to the pink one". Switched to {{clarithromycin}}.
           Please check SCR for every pt before giving stock meds.
        3. Callback: Mr [[name:Dimitrov]] [[phone:07700 900 912]] - wants his {{urine dip}} result,
           told him {{GP}} in the morning
        4. Car 1 driver [[name:Kev]] off sick, Car 2 covering
    """)),
    ("health", "success", block("""
        Festive cover - THANK YOU 🎄 all shifts filled for the first time in 3 yrs
        Date\tBase\t{{GP}}\t{{ANP/nurse}}\t{{Driver}}
        [[date:25/12]]\t[[organisation:Harbourside]]\tDr [[name:Kaur]]\t[[name:Belinda]]\t[[name:Raj]]
        [[date:26/12]]\t[[organisation:Eastbrook]]\tDr [[name:O'Hare]]\t[[name:Mariusz]]\t[[name:Raj]]
        [[date:31/12]]\t[[organisation:Harbourside]]\tDr [[name:Kaur]]\t[[name:Temi]]\t[[name:Stu Penrose]]
        [[date:01/01]]\t[[organisation:Eastbrook]]\t{{locum}} [[name:Vance]]\t[[name:Belinda]]\t[[name:Stu]]

        Special mention to [[name:Raj]] who did 3 {{nights}} back to back, to [[name:Stuart]] for
        giving up his New Year, and to [[name:Belinda]] for the {{insulin pump}} {{callback}} that kept
        a {{DKA}} out of hospital.
    """)),
    ("health", "incident", prose("""
        visit to [[address:27 Bramble Court, Kirkby]] tonite 0120ish. pts partner v aggressive,
        shouting, kicked the car ([[vehicle_registration:YC70 KLU]]). dr [[name:hussain]] n me
        ([[name:kev]]) left w/o seeing pt, rang {{police}}, incident no
        [[case_reference:MP-20250114-0087]]. pt [[name:Shannon Kerrigan]] [[age:23]] had rung {{111}}
        for {{abdo pain}} + {{PV bleed}}, {{ambulance}} sent for her in the end, shes ok i think.
        address now flagged on {{adastra}} as {{2 person visit}} / {{police escort}}. car has a dent
        in the passenger door, {{fleet}} told. i was pretty shaken tbh and dr [[name:hussain]] said she
        was too. no {{lone working}} device in car 2 AGAIN!!
    """)),
    ("health", "near_miss", block("""
        From: [[name:Nadia Ferhat]] <[[email:nadia.ferhat@cloverdalepharmacy.co.uk]]>
        To: {{OOH clinical lead}}
        Subject: Near miss - liquid paracetamol dose for baby aged [[age:8 months]]

        Prescription received via {{EPS}} at 19:52 for baby [[name:Noor Al-Khatib]], DOB
        [[date_of_birth:12/06/2024]], for {{paracetamol 250mg/5ml oral suspension}} 5ml {{QDS}}. That
        is roughly 3x too much at [[age:8 months]] (approx 8 kg). I rang the {{prescriber}},
        Dr [[name:Callum Brewster-Nkemelu]], on the {{clinician line}}; he agreed it should have been
        the {{120mg/5ml}} strength 2.5ml and he had picked the wrong product from the {{drop-down}}.
        New script issued 20:10. {{Mum}} ([[name:Rania]]) aware.

        Regards,
        [[name:Nadia Ferhat]] {{MPharm}}
        [[organisation:Cloverdale Pharmacy]], [[address:3 Market Row, Wetherby]] [[postcode:LS22 6NE]]
        Tel [[phone:01632 960 332]]
    """)),
    ("health", "success", prose("""
        Learning from excellence: on [[date:22/02/2025]] at 02:10 a {{health advisor}},
        [[name:Tamsin Royle]], took a {{111}} call from a [[age:15]]-year-old girl who said she had
        taken "about 20" {{paracetamol}} and was alone at a friend's flat. [[name:Tamsin]] kept her
        on the line, got the address ([[address:Flat 9, Kestrel House, Pennine Way]]) and did a
        {{warm transfer}} to the {{clinical advisor}}, [[name:Gbemisola]], who arranged a {{999}}
        {{Cat 2}} response while [[name:Tamsin]] stayed on the call for 34 minutes. The girl,
        [[name:K.L.]], was taken to [[organisation:Airedale View Children's Unit]] and started on
        {{acetylcysteine}}. The {{safeguarding lead}} made a {{MASH}} referral next morning. What made
        it work: [[name:Tamsin]]'s calm voice, and a clean handover without re-triage.
    """)),
    ("health", "incident", block("""
        Breach log - urgent home visits over target, night of [[date:18/01/2025]]
        | Case | Patient | DOB | Priority | Wait
        |---|---|---|---|---
        | [[case_reference:5531]] | [[name:Pauline Marr]] | [[date_of_birth:03/03/1939]] | {{Urgent}} | 5h10
        | [[case_reference:5544]] | [[name:D. Oyelowo]] | [[date_of_birth:21/09/1950]] | {{Urgent}} | 3h40
        | [[case_reference:5560]] | [[name:Ernest Walsh]] | [[date_of_birth:14/12/1932]] | {{Routine}} | 6h05
        Notes: [[name:Pauline]] found on floor, {{long lie}}, admitted. Mr [[name:Oyelowo]] {{palliative}},
        {{pain crisis}}. [[name:Ernie]] fine.

        Context: 1 GP covering 2 {{cars}} after Dr [[name:Petrov]] went home unwell at 23:00;
        {{escalation}} to the {{on-call manager}} ([[name:Amanda]]) not made until 01:30.
        Mrs [[name:Marr]] had a 5 hr long lie and {{rhabdo}} on admission ({{CK}} 9,800).
    """)),
    ("health", "near_miss", prose("""
        nearly sent {{111}} {{pt}} [[name:Roisin Dunleavy]] DOB [[date_of_birth:1/4/88]] to the
        closed {{UTC}} at [[organisation:Millbrook]] - {{DoS}} still showing it open after 22:00.
        {{call handler}} [[name:Andrzej]] caught it when the {{satnav}} said closed. {{DoS lead}}
        emailed. pt sent to {{ED}} instead after {{ED validation}}.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-TLWE]]  {{A320-214}}  {{night stop}}
        Page 004821  Date [[date:14/11/2024]]
        Defect: {{ECAM}} PACK 2 FAULT on arrival [[flight_number:TLW452]]. Pack 2 outlet temp sensor.
        Action: Deferred IAW {{MEL}} 21-52-01 {{Cat C}}, pack 2 {{INOP}}, {{placard}} fitted.
        ADD raised [[case_reference:ADD/TLWE/0117]].
        Cert: [[name:M. Sørensen]]  {{B1}}  Auth No. [[case_reference:OST-114]]
        ---
        Post-event note ({{QA}}):
        Next morning the aircraft operated [[flight_number:TLW453]] with pack 2 deferred. The MEL item
        requires the {{(o) procedure}} - pack valve secured closed - which was not done; the valve was
        only selected off. Found at main base by {{LAE}} [[name:Jas Bhogal]] during the {{daily check}}.
        [[name:Mikkel]] (contractor) was working alone on his first night at the outstation and no
        {{MOC}} call was made. {{MOR}} submitted to the {{CAA}}.
    """)),
    ("aviation", "near_miss", block("""
        RT transcript extract - tow, {{stand}} 4 to stand 9, 02:14 local
        TUG 3: Tower, tug three, request tow [[aircraft_registration:Golf Tango Lima Whiskey Charlie]]
        from stand four to stand nine
        TWR: Tug three, tow approved via {{taxiway Alpha}}, hold short {{runway two six}}
        TUG 3: Via Alpha, hold short two six, tug three
        02:17 TWR: Tug three STOP STOP, vehicle crossing ahead of you on Alpha
        TUG 3: Stopping, tug three

        Note: a {{fuel bowser}} crossed Alpha without clearance about 30 m ahead of
        [[aircraft_registration:G-TLWC]]. {{Brake rider}} was [[name:Ollie Tremayne]] ({{B1}}), the
        {{tug}} was driven by [[name:Sandeep]] from [[organisation:Skyport Handling]]. No contact.
        {{ATC}} have filed their own report; bowser driver says his {{airside}} radio was on the wrong
        channel.
    """)),
    ("aviation", "success", prose("""
        Cheers to [[name:Wojtek]] at the {{outstation}} for spotting a cracked {{bleed duct clamp}} on
        [[aircraft_registration:G-TLWB]] during the {{night stop}} {{daily check}} - not on the
        {{task card}}, part was in {{stores}}, {{CRS}} signed before 05:00 and
        [[flight_number:TLW210]] left on time. Would have been an {{AOG}} at {{main base}}. Top work 👍
    """)),
    ("aviation", "incident", block("""
        From: [[name:Ravi Chandrasekaran]] <[[email:ravi.c@tealwing-eng.co.uk]]>
        To: {{Quality}} <[[email:quality@tealwing-eng.co.uk]]>; {{Outstation Supervisors}}
        Subject: {{MOR}} - torch found in #1 engine {{fan cowl}} [[aircraft_registration:G-TLWA]]
        Date: Wed [[date:05 Feb 2025]] 10:31

        All,
        During the {{turnround}} at {{main base}} this morning (aircraft had night-stopped at the
        outstation, arrived as [[flight_number:TLW388]]) the B1 on shift, [[name:Chloe Nakamura]],
        found a company torch inside the #1 fan cowl on [[aircraft_registration:G-TLWA]]. It was signed
        out at the outstation at 01:20 to the contract engineer for an {{oil replenishment}} and signed
        back in at 03:05 on the {{tool board}} log - in a different hand. {{Borescope}} of the fan showed
        no damage. Aircraft delayed 2h10.
        We are reviewing the {{shadow boards}} and tool control at the outstation. Only the person who
        signs a tool out signs it back in.

        [[name:Ravi Chandrasekaran]]
        {{Quality Manager}} ({{Part-145}})
        [[organisation:Tealwing Engineering Ltd]] | [[phone:+44 7700 900 619]]
    """)),
    ("aviation", "near_miss", prose("""
        nite stop [[aircraft_registration:G-TLWD]] - #3 {{main wheel}} change for {{tyre}} cut out of
        limits. {{stores}} at the outstation had a wheel assy tagged serviceable but the {{P/N}} was
        for the {{ATR 72-500}}, nearly fitted it. [[name:jonno]] checked the {{IPC}} at 2am and caught
        it. no other wheel on station and tyre damage cant go on an {{ADD}} so {{AOG}},
        [[flight_number:TLW1180]] cancelled and {{pax}} bussed. {{MOC}} ([[name:Ingrid]]) v helpful.
        bin label in stores is wrong, photo attached. pls can {{logistics}} fix. - [[name:jonno]] &
        [[name:gav]]
    """)),
    ("aviation", "success", block("""
        Outstation engineering review - minutes
        Date: [[date:10/03/2025]]   Location: {{crew room}} / {{Teams}}
        Attendees: [[name:Lee Hardcastle]] ({{Station Eng Lead}}), [[name:Bilal Qadir]] ({{B1}}),
        [[name:Femi Adewale]] ({{B2}}), [[name:Shauna McKenna]] ({{Maintenance Control}}),
        [[name:Ollie T]] ({{mechanic}})
        Apologies: [[name:Kristóf Varga]] ({{Tech Records}})

        1. Deferred defects
        [[name:Shauna]]: fleet {{ADD}} count down from 31 to 9 since Jan. Outstation cleared 14 on night
        stops, incl. the long-standing {{cabin PA fault}} on [[aircraft_registration:G-TLWF]]
        ([[case_reference:ADD/TLWF/0093]]) that [[name:Femi]] traced to a {{chafed loom}} behind the
        {{aft galley}}.
        2. Recognition
        [[name:Lee]] thanked [[name:Bilal]] and [[name:Femi]]; both nominated for the {{Safety Star award}}.
        Actions: [[name:Kristóf]] to close the ADDs in {{AMOS}} by Fri.
    """)),
    ("aviation", "incident", block("""
        Timeline - {{MEL}} rectification interval exceedance, [[aircraft_registration:G-TLWH]]
        [[date:12/01]] 21:40  [[flight_number:TLW602]] arrives outstation; {{crew}} report #2
                   {{fuel quantity indication}} fault. Engineer [[name:Marek Nowicki]] defers under
                   MEL 28-42-01 {{Cat C}} (10 days), [[case_reference:ADD/TLWH/0121]].
        [[date:13/01]]-[[date:21/01]]  Aircraft operates; ADD on the {{hold item list}}, part on order
                   via the {{AOG desk}}.
        [[date:22/01]] 23:10  Night stop at outstation. Part not received. {{Night shift engineer}}
                   ([[name:Paddy Geraghty]]) told by {{MOC}} to "leave it, extension's been requested".
        [[date:23/01]] 06:05  Aircraft departs as [[flight_number:TLW611]]. Extension had NOT been
                   approved by the {{CAMO}} - ADD expired [[date:22/01]] 23:59.
        [[date:23/01]] 09:30  {{Tech Records}} ([[name:Yvonne]]) spots it; aircraft grounded on arrival.
        Contributory: verbal assurance from MOC accepted; ADD expiry not checked on the
        {{tech log page}}.
    """)),
    ("aviation", "near_miss", block("""
        [05:41] [[name:Stevo]]: who put the {{pitot covers}} on [[aircraft_registration:G-TLWJ]] last night
        [05:42] [[name:Kwabena]]: me, noted them in the {{tech log}} and on the {{CRS sheet}}
        [05:43] [[name:Stevo]]: {{captain}} just did his walkround, 2 of 3 still on. 1 was took off by
        the {{dispatcher}} earlier and hung in the {{flight deck}} but the other 2 still there 😳
        [05:44] [[name:Kwabena]]: {{red streamers}} were on them?? it got towed to {{stand 6}} at 5 and
        nobody told me
        [05:46] [[name:Stevo]]: yeah streamers on. {{tow crew}} moved it and the {{walkround sheet}} went
        missing. all off now, [[flight_number:TLW301]] pushing 06:05 on time
        [05:47] [[name:Kwabena]]: I'll write it up. we need a covers-fitted board in the {{ops room}}
    """)),
    ("aviation", "success", prose("""
        On [[date:28 August 2024]] [[aircraft_registration:G-TLWK]] ({{ATR 72-600}}) reported a
        {{bird strike}} on approach as [[flight_number:TLW1147]]. The outstation had one {{B1}} on
        shift, [[name:Aoife Brennan]], who carried out the {{AMM 05-51-14}} inspection in heavy rain.
        She found {{snarge}} on the #1 {{propeller}} and radome but no damage, and used a
        {{borescope}} on the engine intake. {{MOC}} duty engineer [[name:Sipho Ndlovu]] reviewed her
        photos live and agreed. The aircraft was released 55 minutes later with a full {{CRS}}.
        [[name:Aoife]]'s {{tech log}} entry was clear and uploaded before departure, which made the
        {{CAMO}} review easy. Learning: remote photo review worked well and should go into the
        {{MOE}} for single-engineer stations.
    """)),
    ("aviation", "incident", block("""
        NIGHT STOP HANDOVER - outstation - [[date:19/02/2025]]
        Arr: [[flight_number:TLW388]] ([[aircraft_registration:G-TLWA]]),
        [[flight_number:TLW1202]] ([[aircraft_registration:G-TLWM]])
        | Reg | Task | Status | Eng |
        |---|---|---|---|
        | [[aircraft_registration:G-TLWA]] | {{Daily}}, [[case_reference:ADD 0131]] | closed | [[name:BQ]] |
        | [[aircraft_registration:G-TLWM]] | #2 eng {{oil top-up}}, 2 qts | closed | [[name:BQ]] |
        | [[aircraft_registration:G-TLWM]] | {{access panel}} 811 off, cable check | OPEN | [[name:FA]] |
        ([[case_reference:ADD 0131]] {{lav smoke det}} fitted, {{ops check}} ok. Panel 811 NOT handed over.)

        INCIDENT: panel 811 on [[aircraft_registration:G-TLWM]] was not refitted. Aircraft dispatched
        as [[flight_number:TLW1203]] at 06:20 by {{day shift}} ([[name:Dougie]]). {{Flight crew}} had a
        {{pressurisation}} fault and returned. Panel was in the {{hangar stores cage}}.
        Engineers: [[name:BQ]] = [[name:Bilal Qadir]], [[name:FA]] = [[name:Femi Adewale]].
    """)),
    ("aviation", "near_miss", block("""
        OCCURRENCE REPORT (internal) - {{just culture}}
        Reporter: [[name:Tomasz]] "[[name:Tomek]]" [[name:Wrona]]    Staff no: [[case_reference:TW4471]]
        Licence: [[case_reference:UK.66.0123456]]
        Contact: [[phone:07700 900 258]] / [[email:t.wrona@tealwing-eng.co.uk]]
        A/C reg: [[aircraft_registration:G-TLWC]]   Type: {{A320}}   Next flight: [[flight_number:TLW417]]
        Date: [[date:03/03/2025]]   Time: 03:35
        Category: Near miss - personnel safety
        Narrative: Doing an {{idle engine run}} for {{leak check}} after {{IDG}} change. A {{handling agent}}
        employee (hi-vis said [[organisation:Skyport]], name later given as [[name:Ahmed]]) walked
        towards the #2 engine {{intake}} to fetch a {{FOD bin}}. My {{headset man}}, [[name:Lukas]],
        shouted and waved; he stopped about 5 m outside the {{danger zone}}. Engine shut down. Run area
        not coned off as the {{cones}} were in use on stand 2, and nobody told the ramp a run was on.
        Suggested action: run notification to handling agent by radio; {{beacon}} + cones mandatory.
    """)),
    ("aviation", "success", block("""
        Week 11 ([[date:10/03]]-[[date:16/03]]) outstation {{night stops}} - ADDs cleared (nice one team 👏)
        ADD\tDefect\tCleared by
        [[case_reference:ADD/TLWB/0140]]\t{{APU bleed valve}} slow to open\t[[name:J. Okonjo]]
        [[case_reference:ADD/TLWF/0138]]\tseat 14C {{recline inop}}\t[[name:Wojtek]]
        [[case_reference:ADD/TLWK/0129]]\t{{WX radar}} intermittent\t[[name:J. Okonjo]] + [[name:Ciaran]]
        Regs: [[aircraft_registration:G-TLWB]], [[aircraft_registration:G-TLWF]],
        [[aircraft_registration:G-TLWK]]

        [[name:Jerome Okonjo]] had the radar fault on [[aircraft_registration:G-TLWK]] nailed in 2 hrs with
        an {{LRU}} from {{stores}} - it had beaten three other {{stations}} and was on its last
        {{MEL}} extension.
    """)),
    ("aviation", "incident", prose("""
        At approx 01:50 on [[date:17 Dec 2024]] [[aircraft_registration:G-TLWN]] was being towed from
        {{stand}} 3 to the {{remote stand}} for its {{night stop}}. The tow was carried out by
        [[name:Darren Kilbride]] ({{tug driver}}, [[organisation:Skyport Handling]]) with engineer
        [[name:Yusuf Demir]] as {{brake rider}}. No {{wing walkers}} were available as the second
        handler had gone home sick. The left {{wingtip}} contacted a {{lighting mast}}, damaging the
        {{nav light}} lens and the {{winglet}} fairing. [[name:Yusuf]] carried out a damage assessment
        with {{MOC}}; the aircraft was declared {{AOG}} and the morning [[flight_number:TLW1305]] was
        cancelled. Factors: poor apron lighting on the remote stands, the tow route was not in the
        {{station procedures}}, and [[name:Darren]] had not towed that route before.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Shauna McKenna]]
        To: {{Line Stations}} - all engineers
        Subject: NEAR MISS - wrong hydraulic fluid delivered to outstation
        Sent: [[date:27 January 2025]] 14:08

        Team,
        Last night at the outstation [[name:Nathaniel]] ("[[name:Nat]]") [[name:Osei]] went to top up the
        {{green system}} on [[aircraft_registration:G-TLWD]] and noticed the can he'd been given was
        {{mineral hydraulic fluid}} ({{MIL-PRF-5606}}, red) not {{Skydrol}}. The delivery had been
        booked in by the {{handling agent}}'s stores and put on our shelf. [[name:Nat]] quarantined the
        stock, used the last can of correct fluid and logged it in the {{tech log}}.
        If 5606 had gone into the system we would be looking at {{seal damage}} throughout and an
        {{AOG}} for days. Well spotted [[name:Nat]].

        [[name:Shauna]]
        [[name:Shauna McKenna]] | {{Duty Maintenance Controller}} | [[organisation:Tealwing Engineering]]
        T: [[phone:01632 960 874]]
    """)),
    ("aviation", "success", prose("""
        big up [[name:kenji]] n [[name:bolu]] on {{nites}} - #2 {{brake unit}} change + {{ADD}}
        clearance on [[aircraft_registration:G-TLWP]] in the rain, {{torque}} checks dual signed,
        {{tech log}} spotless, {{CRS}} by 0430 and [[flight_number:TLW1401]] off on time. {{ops}} didnt
        even know. legends 🍻 - [[name:gaz]] ({{shift lead}})
    """)),
    ("aviation", "near_miss", block("""
        Teams - MOC / Outstation chat, 04:12-04:31
        [[name:Femi Adewale]] ({{Outstation}}) 04:12: [[aircraft_registration:G-TLWR]] {{ice detector}}
        fault again, 3rd time this week. want to defer under {{MEL}} 30-81-01
        [[name:Ciara]] ({{MOC}}) 04:14: ok, is it a {{repeat defect}}? 3 in 7 days needs a
        {{reliability review}} before another {{deferral}}
        [[name:Femi Adewale]] ({{Outstation}}) 04:15: yes - [[case_reference:ADD/TLWR/0150]] and
        [[case_reference:0152]] same fault
        [[name:Ciara]] ({{MOC}}) 04:17: then no, can't defer again without {{CAMO}} - [[name:Priyanka]] is
        on call, ringing her now
        [[name:Ciara]] ({{MOC}}) 04:26: [[name:Priyanka]] says swap the detector, there's one in the
        {{pool stores}} at your station
        [[name:Femi Adewale]] ({{Outstation}}) 04:31: found it, fitting now. [[flight_number:TLW820]] might
        be 20 min late
        Learning log note: {{icing}} forecast on the [[flight_number:TLW820]] route; a 3rd deferral would
        have broken the repeat-defect rule.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind199", REPORTS))
