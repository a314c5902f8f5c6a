"""Held-out blind corpus 88: structured and semi-structured UK records typed in a hurry.

Datix-style incident forms with many fields, strategy discussion minutes with attendee tables,
medication error forms, aviation mandatory occurrence reports (MOR) with aircraft, flight and
crew fields, safeguarding referral forms (MARF) and transfer-of-care letters, mixed with e-mails,
logs, chat excerpts and debriefs. Field labels in capitals or Title Case, values typed fast with
inconsistent case, tables typed as text with runs of spaces between columns, codes, times, dates
of birth, NHS and hospital numbers, names surname-first (SMITH, John) and initials.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind88.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        MULTI-AGENCY REFERRAL FORM (MARF)
        Referral ID: [[case_reference:MARF-24-06631]]
        Date of referral: [[date:14/06/2024]]    Time: 16:40
        CHILD: [[name:NOWAK, Kacper]]    DOB: [[date_of_birth:02/11/2016]]    Age: [[age:7]]
        Address: [[address:Flat 3, 27 Tanner Row]], [[postcode:LS11 7QD]]
        School: [[organisation:Beeston Hill St Luke's Primary]]
        Parent/carer: [[name:NOWAK, Agnieszka]] (mother)   tel [[phone:07700 900318]]
        Referrer: [[name:Hope Adeyemi]], {{Designated Safeguarding Lead}}
        Reason for referral: [[name:Kacper]] came in with bruising to L upper arm, 4 fingertip
        marks. said "mummy's friend grabbed me when i didnt want to go to bed". mum's partner
        known only as "[[name:Daz]]", not known to school.
        Actions taken: {{body map}} done, logged on {{CPOMS}}, rang {{MASH}} 16:25 spoke to
        [[name:Lorna]] on duty, advised submit MARF today. child went home w/ mum 17:30 from
        {{after-school club}} as no grounds to hold. [[name:Hope]] to chase outcome am.
    """)),
    ("social_care", "near_miss", block("""
        STRATEGY DISCUSSION - MINUTES
        Case no: [[case_reference:CS/2024/118204]]    Date: [[date:Tues 9 July 2024]]
        10:00 via {{Teams}}
        Child: [[name:BAKSH, Amira]]   DOB [[date_of_birth:19.03.2011]]

        ATTENDEES
        Name              Role                   Agency
        [[name:Grace Whitfield]]   {{Team Manager}} (chair)   [[organisation:Kirkbridge CSC]]
        DS [[name:Kieran Mahon]]   {{CAIU}}                   {{Police}}
        [[name:Sunny Dhillon]]     {{school nurse}}           [[organisation:Moorside Academy]]
        [[name:R. Oduya]]          {{social worker}}          [[organisation:Kirkbridge CSC]]
        Apologies: Dr [[name:Fenwick]] (GP)

        1. Referral from school dated [[date:05/07/24]] sat in the generic inbox over the weekend,
        only picked up Mon by {{Business Support}}. No harm but delay of 2 working days.
        2. Threshold for {{Section 47}} met. Joint visit [[name:RO]]/[[name:KM]] today 14:00.
        3. Action [[name:GW]]: inbox rule so MARFs flag to duty mgr.
    """)),
    ("social_care", "success", block("""
        From: [[name:Faith Mbeki]] <[[email:faith.mbeki77@mailbox-uk.net]]>
        To: Manager, [[organisation:Larchfield House]]
        Subject: thank you!!

        Dear Mrs [[name:Olawale]]

        I just wanted to say a proper thank you to the whole team at
        [[organisation:Larchfield House]] for the way you looked after my dad [[name:Frank]] in his
        last weeks. the {{night staff}} especially [[name:Bogdan]] and [[name:Jade]] sat with him
        when we couldnt get there from
        Leeds and rang me at 3am like they promised. The {{end of life}} plan was followed to the
        letter, the {{district nurses}} came out quick when he needed the {{syringe driver}}, and
        nobody ever made us feel in the way.

        You have a lovely home. Please pass this on.

        [[name:Faith]]
        [[phone:07700 900562]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM - CHILDREN'S RESIDENTIAL
        Home: [[organisation:Brambleside Children's Home]]
        Date/time of incident: [[date:22/02/2024]] approx 21:15
        Young person: [[name:CARTER-OKONJO, Tyler]]   DOB [[date_of_birth:04/08/2009]]
        Category: MISSING FROM CARE
        Reported by: [[name:Mark Ellery]] ({{RSW}})
        Description: [[name:TC]] left via fire door after tea, set off alarm. seen getting
        into a silver Corsa reg [[vehicle_registration:YX19 KPL]] at end of
        [[address:Hollin Close]]. driver male 20s. Reported missing to Police 21:40,
        log no. [[case_reference:0714 22022024]].
        {{on-call manager}} [[name:dawn]] informed 21:45, EDT informed 22:10. [[name:Tyler]]
        returned 02:20 by taxi, smelling of cannabis, refused {{return home interview}} tonight.
        Follow up: share reg [[vehicle_registration:YX19 KPL]] with {{CSE}} lead, update
        {{risk assessment}}.
    """)),
    ("social_care", "near_miss", block("""
        [WhatsApp - "Rota South Patch" group]
        [07:02] [[name:Bill]]: morning all. Mrs [[name:Hennessey]] {{keysafe}} code changed again??
        4471 not working
        [07:04] [[name:Precious]]: its 4417 now her son changed it sat, was on the {{care plan}}
        update
        [07:05] [[name:Bill]]: ah ok im in
        [07:19] [[name:Bill]]: hold on her {{dosette}} tue am is empty already?? did someone do
        early
        [07:21] [[name:Precious]]: not me
        [07:22] [[name:Ayesha K]]: no i was on tue pm. check the {{MAR chart}} b4 giving anything
        [07:26] [[name:Bill]]: MAR blank for tue am but pots empty. not giving. ringing office
        [07:40] [[name:Bill]]: office say daughter [[name:Rose]] came in late last night and gave
        tue am by mistake (thought it was mon pm). no double dose given. [[name:Rose]] ok, {{GP}}
        aware
        [07:41] [[name:Precious]]: good catch
    """)),
    ("social_care", "success", prose("""
        Debrief note, adult safeguarding, {{Section 42}} enquiry [[case_reference:ASC-S42-30917]].
        Mrs [[name:Margaret Ibbotson]] ([[age:84]]) of [[address:9 Wharf Cottages]],
        [[postcode:HX7 8DN]] was flagged by the fraud team at
        [[organisation:Calder Valley Building Society]] after three large transfers in a week to a
        "roofer". The branch manager [[name:Neil Sato]] rang our {{front door}} on [[date:3 May]]
        instead of just blocking the card, which is what made the difference. Duty worker
        [[name:Lucy Ng]] visited same day with {{Trading Standards}}, Mrs [[name:Ibbotson]] had
        capacity for the decision and agreed to a {{Lasting Power of Attorney}} conversation with
        her nephew. £6,200 recovered. Good multi-agency working, worth sharing at the {{SAB}}
        practice forum.
    """)),
    ("social_care", "incident", block("""
        SHIFT LOG - [[organisation:Ashworth Road Supported Living]]   Flat 2
        Service user: [[name:ALI, Rehan]]   ID [[case_reference:SL-0442]]
        Date: [[date:17.11.23]]

        13:05  [[name:R]] in lounge watching tv, settled
        13:30  staff [[name:K.O.]] on break, [[name:Will]] alone on floor covering flats 1-3
        13:42  loud bang from flat 2. [[name:R]] found on kitchen floor by cooker, had tried to
               make a {{Pot Noodle}} himself, kettle knocked over, scald to rt forearm approx 5cm
        13:44  cold running water 20 min as per {{first aid}} training
        13:50  111 called, advised {{minor injuries unit}}
        14:30  taken to MIU by [[name:Will]] in company car, [[name:K.O.]] back on floor
        16:55  back, dressing applied, {{burns clinic}} f/u booked
        17:10  {{positive behaviour support}} plan reviewed - lone working at lunchtime
               flagged to mgr [[name:Jas Bhatti]]
    """)),
    ("social_care", "near_miss", prose("""
        Transfer of care concern logged by {{hospital social work team}}. Mr
        [[name:Desmond Achterberg]], DOB [[date_of_birth:11/01/1940]], was due to go from
        [[organisation:Ward 12 Calderdale Royal]] to [[organisation:Elmhurst Care Centre]] on a
        {{Discharge to Assess}} bed on [[date:Fri 2 Feb]]. The {{transfer of care}} letter sent
        over said "independent with meds" and "no known allergies". The home's deputy
        [[name:Sam Reyes]] rang to check because her own pre-admission notes from the
        {{trusted assessor}} said {{warfarin}} and a penicillin allergy. The ward had attached the
        wrong patient's summary (another elderly man with a similar surname on the same bay).
        Corrected before he left, transport delayed 3hrs. No harm. Ref
        [[case_reference:HSW-2402-117]].
    """)),
    ("social_care", "success", block("""
        Team meeting notes - [[organisation:North Locality Family Support Team]]
        [[date:12 March 2024]]
        present: [[name:Dawn P]], [[name:Ikechukwu]], [[name:Jade Morrow]], [[name:Tomasz]],
        [[name:Hannah L-W]]

        * good news item: the [[name:Mensah]] family case closed to {{Early Help}} today after
          9 months.
          [[name:Ikechukwu]] used {{Signs of Safety}} mapping with mum + nan at the kitchen table
          and let the kids draw their own {{three houses}}. attendance up from 61% to 94%
        * school ([[organisation:St Anne's RC Junior]]) said it was the first time mum
          came to a meeting
        * [[name:Jade Morrow]] to write up as a practice example for the {{Ofsted}} file
        * AOB: pool car still off road, book the {{Enterprise}} one via [[name:Tomasz]]
    """)),
    ("social_care", "incident", prose("""
        Placement move [[date:Sat 27 Jan]] went badly wrong. [[name:Nathaniel]] ([[age:11]]) was
        moving from his {{foster home}} with [[name:Brian]] and [[name:Carol Ambrose]] to a new
        {{short break}} carer. The {{Emergency Duty Team}} booked [[organisation:A2B Cars Halifax]]
        but gave the old address, [[address:41 Quarry View]], instead of the carers' new one at
        [[address:3 Lister Gardens]], [[postcode:HX3 9RT]]. Driver waited, left, and [[name:Nate]]
        sat with his bags on the doorstep 40 min while [[name:Carol]] chased the {{EDT}}. Social
        worker [[name:Olamide F]] only found out Monday. [[name:Nate]] upset, said "nobody wants
        me". Booking form had both addresses, template lets you pick either. Ref
        [[case_reference:LAC-88201]].
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Priya Ramanathan]]
        Sent: [[date:08 April 2024]] 17:52
        To: {{Information Governance}}
        Subject: near miss - nearly sent case notes to wrong [[name:Jade]]

        Hi,
        reporting a near miss. I was emailing the chronology for [[case_reference:CP-55320]] to
        [[name:Jade Thornton]] ({{IRO}}) and {{outlook}} autofilled
        [[email:jade.thornton@thorntonroofing.co.uk]] which is a personal contact from when I had
        my roof done. Noticed it in the
        "To" box just before pressing send because the {{Egress}} banner didnt show.
        Nothing went. Suggest we turn off autocomplete for external addresses?

        Thanks
        [[name:Priya]]
        {{Senior Practitioner}}, Child Protection
        [[phone:01632 960447]]
    """)),
    ("social_care", "incident", block("""
        To: LADO ([[email:lado.referrals@kirkbridge.gov.uk]])
        Re: physical intervention - [[organisation:Ferncliffe School]] residential unit

        Dear [[name:Aled]],

        As discussed on the phone, on [[date:Wednesday 15th May]] at approx 19:30 a
        {{residential support worker}}, [[name:CHEN, Marcus]], used a {{restraint}} hold on
        [[name:Leon]] ([[age:14]]) that is not part of {{Team Teach}}. CCTV shows an arm across the
        chest for about 20 seconds against the wall of the {{quiet room}}. [[name:Leon]] has a red
        mark and said he couldn't breathe. [[name:Marcus]] has been moved to non-contact duties.
        Parents informed by [[name:Dawn]]
        (head of care) 20:45. Body map and {{incident log}} attached, ref
        [[case_reference:FS-IR-2231]].

        Regards
        [[name:Gareth Pryce-Jones]]
        Head of Residential, [[organisation:Ferncliffe School]]
    """)),
    ("social_care", "success", prose("""
        Compliment passed on by [[name:sunny]] at the {{Leaving Care}} drop in. [[name:Kofi]] who
        is [[age:19]] now and in his own flat on [[address:Carlton Street]] got a text from his PA
        [[name:Ellie Marsh]] the night before his {{Universal Credit}} appointment with the
        jobcentre address, the time, and "bring your passport and tenancy". he said nobody ever
        does that and he would of missed it otherwise. he got the {{Setting Up Home}} grant sorted
        the same week. [[name:Ellie]] said she just puts all her care leavers' appointments in
        {{Outlook}} with a reminder the day before. small thing, big difference.
    """)),
    ("social_care", "near_miss", block("""
        Call schedule check - [[organisation:Helping Hands Homecare Ltd]] East run
        [[date:Thurs 6/6]]
        Client             Time   Carers        Notes
        [[name:WARBURTON, E]]       07:30  [[name:Mark]] + [[name:Grace]]  {{double up}} {{hoist}}
        [[name:PATEL, Hasmukh]]     08:15  [[name:Mark]]          meds prompt
        [[name:O'DOHERTY, Bridie]]  08:45  [[name:Grace]]         {{catheter}} care
        [[name:WARBURTON, E]]       12:30  [[name:Mark]]          <-- should be double up

        [[name:Grace]] spotted on {{CarePlanner}} app at 10:00 that the lunch call for Mrs
        [[name:Warburton]] only had one carer. hoist transfer cannot be done single handed.
        coordinator [[name:Lin]] added [[name:Tariq]] at 10:20. cause: rota copied from a week when
        she was in {{respite}}.
    """)),
    ("social_care", "incident", block("""
        ADULT SAFEGUARDING CONCERN FORM
        Concern ref: [[case_reference:ASC-2024-04418]]
        Adult at risk: [[name:LLEWELLYN, Gwen]]      DOB: [[date_of_birth:23/09/1936]]
        Address: [[address:The Laurels, 2 Station Approach]], [[postcode:BD20 6HW]]
        NHS No: [[nhs_number:420 583 3067]]
        Category: {{neglect}} / {{acts of omission}}
        Raised by: {{District Nurse}} [[name:Rhiannon Gill]],
        [[organisation:Skipton South Neighbourhood Team]]
        Date raised: [[date:29/01/2024]]

        Details: grade 3 {{pressure ulcer}} sacrum, not reported by private carers. [[name:Gwen]]
        lives with son [[name:Clive]] who is her main carer. {{air mattress}} delivered Dec but
        still in box in the hall. [[name:Gwen]] said [[name:Clive]] "doesn't like the noise".
        Carers from [[organisation:Amberline Care]] say they raised it with office twice.
        [[name:Gwen]] has {{capacity}} re care but wants things to stay as they are. Referred to
        {{tissue viability}}.
    """)),
    ("social_care", "near_miss", block("""
        MARAC referral - note to file
        Victim: [[name:HUSSAIN, Nadia]]   DOB [[date_of_birth:14-02-1994]]
        tel [[phone:07700 900781]] (SAFE NUMBER)
        Perp: [[name:HUSSAIN, Imran]]
        {{DASH}} score 16, {{MARAC}} [[date:Thurs 20 June]]

        Near miss: the {{IDVA}} [[name:Jo-Anne Keel]] noticed the referral form had
        [[name:Nadia]]'s old mobile [[phone:07700 900123]] in the contact box, which [[name:Imran]]
        still pays for and checks. If {{Children's Services}} had rung it he would have known she
        had disclosed. Form corrected to the safe number only, old number struck through and marked
        DO NOT USE. [[name:Jo-Anne]] rang [[name:Nadia]] on safe number to confirm safe word.
    """)),
    ("social_care", "success", block("""
        Night log - [[organisation:Hilltop View Children's Home]]
        [[date:03/03/24]]
        22:30  [[name:Jayden]] not back from football, {{missing}} protocol started, rang mobile no
               answer
        22:50  reported to police, incident no. [[case_reference:1188 030324]]
        23:05  [[name:Hope]] (waking night) checked his {{Snapchat}} map w/ his permission on file
               - shows near [[organisation:Whitegate Leisure Centre]]
        23:20  [[name:Hope]] + police found him at bus stop, phone dead, missed last bus, cold but
               fine
        23:45  home, hot chocolate, {{return home interview}} requested for am with [[name:Marsha]]
               ({{RHI worker}})
        00:10  police informed found, log closed
        Good use of the {{Philomena Protocol}} info, saved time.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        DATIX INCIDENT REPORT
        Ref: [[case_reference:W118842]]
        Incident date: [[date:11/10/2023]]   Time: 08:10
        Location: [[organisation:Ward 7B Diabetes & Endocrine]],
        [[organisation:St Wilfrid's Hospital]]
        Patient: [[name:OYELARAN, Bisi]]   Hosp No: [[case_reference:RX4471203]]
        NHS: [[nhs_number:926 063 6140]]
        Type: Medication - wrong dose / omitted check
        Reported by: [[name:Charlotte Nunn]] ({{Staff Nurse}})
        Description: pt given {{NovoRapid}} 14 units at 07:45 by night nurse and again 14 units
        08:05 by day nurse as not signed for on {{eMAR}} (signature pending - laptop battery died).
        BM 2.6 at 09:30. treated per {{hypo protocol}}, {{Glucogel}} x2, BM 6.1 by 10:15. Dr
        [[name:Usman]] informed. Pt apologised to and {{Duty of Candour}} letter to follow.
        Severity: low harm
    """)),
    ("health", "near_miss", block("""
        MEDICATION ERROR / NEAR MISS FORM  (pharmacy)
        Form no: [[case_reference:MEF-1706]]
        Patient: [[name:GREENHALGH, Peter]]   DOB [[date_of_birth:30.04.1952]]
        MRN [[case_reference:H0093381]]
        Ward: [[organisation:AMU Bay C]]
        Drug prescribed: {{co-amoxiclav}} 1.2g IV tds
        Allergy status on {{EPMA}}: "NKDA"
        Discovered by: [[name:Aditya Menon]], {{ward pharmacist}}
        What happened: on med rec pt's wife said he "comes out in a rash with penicillin". GP
        summary (via {{SCR}}) confirms penicillin allergy 2009. Admitting doc had not checked SCR.
        Caught before first dose. Changed to {{doxycycline}} by Dr [[name:Hope Akinola]].
        Outcome: no harm, allergy updated, red wristband applied.
    """)),
    ("health", "success", prose("""
        Compliment received via {{PALS}} [[date:19 Aug 2024]], ref [[case_reference:PALS-24-3390]].
        "My husband [[name:Ray]] was admitted to the [[organisation:Coronary Care Unit]] at
        [[organisation:Pennine General]] after his heart attack. I want to mention Nurse
        [[name:Okafor]], her first name is [[name:Ngozi]], who noticed he was confused and not
        himself on day 3 and kept pushing until the doctors did bloods. It turned out to be
        {{hyponatraemia}} from his new {{tablets}}. She explained everything to me in plain English
        and even rang me at home." Forwarded to the {{Ward Manager}} and included in the
        {{Chief Nurse}}'s Friday email.
    """)),
    ("health", "incident", block("""
        [[organisation:Eastgate Medical Practice]]
        [[address:14 Cobden Street]], [[postcode:OL12 6PJ]]

        Re: TRANSFER OF CARE - error in discharge summary
        Patient: [[name:KOWALCZYK, Irena]]   DOB [[date_of_birth:07/07/1948]]
        NHS [[nhs_number:697 003 4577]]

        Dear Dr [[name:Abbasi]],

        We received the discharge letter from [[organisation:Ward 22]] dated [[date:14/03/2024]].
        The medication list includes {{bisoprolol}} 10mg and {{apixaban}} 5mg bd, neither of which
        Mrs [[name:Kowalczyk]] takes or was started on. Her {{levothyroxine}} is missing. When our
        {{practice pharmacist}} [[name:Will Osei]] rang her she had already been given a
        7-day {{blister pack}} by the hospital pharmacy with the same meds. She had taken 2 days.
        Reviewed same day, stopped, no obvious harm, {{ECG}} normal.

        Please can this be raised as an incident.
        Dr [[name:S. Lindqvist]], {{GP Partner}}
    """)),
    ("health", "near_miss", block("""
        ED majors - shift log (nurse in charge)   [[date:Sun 12/11/23]]
        19:10  ambulance handover, [[name:FOX, Daniel]] [[age:34]], ? {{gastroenteritis}}, triaged
               cat 3
        19:15  chairs - no trolley
        20:40  HCA [[name:Sunny]] repeat obs: HR 128 RR 26 temp 38.9, {{NEWS2}} 7 - not escalated,
               [[name:Sunny]] told NIC verbally but NIC on phone to bed mgr
        20:55  [[name:Anil R]] ({{ACP}}) walking past saw obs on {{Symphony}}, {{sepsis six}}
               started
        21:05  lactate 4.1, abx in
        21:30  moved to resus. {{critical care outreach}} aware
        learning: NEWS on chairs patients not showing on big board, only in notes. need HCA to
        escalate to ACP/doc direct if NIC tied up. Datix [[case_reference:W120117]]
    """)),
    ("health", "incident", block("""
        DATIX - PATIENT FALL
        ID: [[case_reference:W121954]]       Date: [[date:02/12/2023]]     Time: 03:20
        Where: [[organisation:Rowan Ward]] (care of the elderly), side room 4
        Pt: [[name:EDWARDS, Frank]]  [[age:88]]   NHS [[nhs_number:719 621 6814]]
        Reporter: [[name:Mercy Boateng]], {{HCA}}
        Falls risk: HIGH ({{Multifactorial falls risk assessment}} done on admission)
        What happened: pt found on floor by bed, {{bed rails}} down as pt declined,
        {{falls sensor}} mat not plugged in (lead found under bed). small laceration to forehead.
        on {{rivaroxaban}}.
        Action: {{FY1}} reviewed 03:40, CT head requested per {{NICE}} guidance, CT 05:10 - no
        bleed.
        Son [[name:Richard]] informed 07:00.
        Harm: moderate
    """)),
    ("health", "success", block("""
        HOT DEBRIEF - cardiac arrest, [[organisation:Ward 9 Cardiology]]   [[date:21 Feb 2024]]
        Led by: Dr [[name:Yusuf Demir]] ({{Medical Registrar}})
        Present: [[name:Abi]], [[name:Tom H]], [[name:Ola]], [[name:Mark Tsang]] (outreach),
        HCA [[name:Faith]]

        What went well:
        - [[name:Faith]] pulled the {{crash buzzer}} and started CPR within seconds
        - {{defib}} on chest and first shock at 90 sec, {{ROSC}} after 2nd shock
        - [[name:Abi]] as scribe kept perfect times on the {{ReSPECT}} sheet back
        - relatives room free, chaplain came
        Even better if:
        - {{adrenaline}} box on trolley had been restocked with wrong size syringes
        - {{airway}} bag zip broken
        Actions: [[name:Ola]] to check trolley log, {{resus officer}} to replace bag.
    """)),
    ("health", "near_miss", block("""
        [WhatsApp - "T&O juniors" group]
        [[name:Kwame]]: guys pt in bed 14 [[organisation:Ward 31]], marked for R knee {{TKR}} but
        consent says LEFT??
        [[name:Kwame]]: pic of consent form attached (redacted)
        [[name:Rosie B]]: omg. who consented
        [[name:Kwame]]: Dr [[name:P]] in clinic. pre-op xrays show L knee OA. arrow on R
        [[name:Chinedu]]: dont touch it, ring {{theatre coordinator}} and the reg now
        [[name:Kwame]]: done. {{WHO checklist}} would prob have caught it in anaesthetic
        room but still
        [[name:Rosie B]]: pls datix
        [[name:Kwame]]: ref [[case_reference:W123308]] 🙄
        [[name:Chinedu]]: nice one. also dont put pt stuff on here lol {{Caldicott}} will have us
    """)),
    ("health", "incident", block("""
        From: Dr [[name:Anjali Varma]], {{Consultant Haematologist}}
        To: Blood Sciences Manager; [[email:datix.team@pennine-gen.nhs.uk]]
        Subject: WBIT - two pts called [[name:Brown]]

        Hi [[name:Laurence]],

        Flagging a {{wrong blood in tube}} from {{Day Surgery}} yesterday. [[name:BROWN, Jean]] DOB
        [[date_of_birth:03/03/1950]] and [[name:BROWN, Joan]] DOB [[date_of_birth:13/03/1950]] were
        in adjacent bays. Group & save for [[name:Jean]] came back O pos, historic group A pos.
        Sample was hand-labelled at the bedside from the wrong sticker sheet. Not transfused,
        caught by the lab via the {{two-sample rule}}. Hosp nos
        [[case_reference:M210044]] / [[case_reference:M210087]].
        Please log and I'll inform {{SHOT}}.

        [[name:Anjali]]
        ext 4471
    """)),
    ("health", "near_miss", prose("""
        Ambulance handover near miss, {{ambulance}} [[vehicle_registration:YJ72 HWU]] crew
        [[name:Shaz Ahmed]] and [[name:Dylan Price]] brought in a [[age:67]]-year-old lady from
        [[address:52 Beech Grove]] with query {{stroke}}. The {{ePCR}} had her as [[name:Margaret
        Sowerby]] but the name on her bracelet from a previous admission was [[name:Margery
        Sowerby]], different DOB. {{triage nurse}} [[name:Grace Obi]] checked NHS number
        [[nhs_number:637 909 2021]] against {{PDS}} before the {{thrombolysis}} call and found the
        crew had pulled up the sister-in-law who lives on the same road. Right notes found, no
        delay to CT. Reported as a near miss on {{Datix}} by the crew.
    """)),
    ("health", "success", block("""
        Learning from Excellence - team meeting bullets,
        [[organisation:Ashton Lodge Community Hospital]] [[date:Weds 10 April]]

        - {{LfE}} nomination for [[name:Will]] in the {{discharge lounge}}, caught that Mr
          [[name:Ferreira]]'s {{Oramorph}} TTO was written as 10mg/5ml but ward had given 2mg/ml
          concentrate. pharmacy re-dispensed before he went home
        - nomination for [[name:Bartek]] (porter) who stayed 40 min past shift with a pt with
          {{dementia}} waiting for {{hospital transport}}
        - Dr [[name:Lamb]] praised night team for {{NEWS2}} escalation on 3 pts
        - [[name:Will]] to present his catch at {{Schwartz Round}} in May
        - certificates to be signed by [[name:Marianne]] ({{Matron}})
    """)),
    ("health", "success", block("""
        TRANSFER OF CARE - [[organisation:Ward 18 Respiratory]] to
        [[organisation:Calder Heights Nursing Home]]
        Patient: [[name:MOLLOY, Kathleen]]   DOB [[date_of_birth:01/12/1937]]
        NHS [[nhs_number:413 631 4213]]
        Hosp no: [[case_reference:RX5520881]]   Date of transfer: [[date:Mon 18 March 2024]]

        Dear Sister [[name:Achieng]] and team,

        [[name:Kathleen]] ("[[name:Kath]]") is going back to you on {{home oxygen}} 2L via nasal
        specs. Her {{COPD}} rescue pack is in the bag with the {{prednisolone}} and
        {{doxycycline}}. {{DNACPR}} and {{ReSPECT}} form travel with her (original, purple). Key
        contact is her niece [[name:Bernadette Quigley]] on [[phone:07700 900904]].

        Follow-up: the {{community respiratory team}} will visit within 48 hrs.

        [[name:Ifeoma Chukwu]], {{Discharge Coordinator}}

        Home manager's reply added to file: "best handover we have had from the ward, we rang
        [[name:Ifeoma]] to say so."
    """)),
    ("health", "incident", block("""
        DATIX INCIDENT - MATERNITY
        Ref [[case_reference:W124760]]    Date [[date:16/05/2024]]    Time 23:48
        Location: [[organisation:Willow Birth Centre]]
        Mother: [[name:AKHTAR, Saima]]  DOB [[date_of_birth:22/12/1996]]
        Hosp no [[case_reference:K5590132]]
        Reporter: [[name:Jess Penrose]], {{Midwife}}
        Incident: {{PPH}} 1.8L following normal birth in {{birth pool}}. {{syntometrine}} given,
        ongoing bleeding. transfer to obstetric unit delayed 25 min because the lift was out of
        service and the {{evac mattress}} could not fit down stairwell B. {{MOH}} protocol
        activated on arrival,
        2 units blood. Mother and baby now well. Husband [[name:Tariq]] very distressed.
        Immediate action: estates informed, lift ticket [[case_reference:EST-77104]].
    """)),
    ("health", "near_miss", block("""
        COMMUNITY MEDICATION ERROR FORM
        Form ref: [[case_reference:CMEF/24/0219]]
        Pt: [[name:DOYLE, Patrick]]   DOB [[date_of_birth:05/05/1944]]
        NHS [[nhs_number:929 760 9082]]
        Address: [[address:7 Fern Bank]], [[postcode:S35 2XY]]
        Setting: pt home, {{palliative}} care
        Staff: {{District Nurse}} [[name:Kelly-Ann Ross]]
        Drug: {{Oramorph}} 10mg/5ml oral solution vs {{morphine sulfate}} 20mg/ml concentrate
        Details: community pharmacy [[organisation:Westfield Pharmacy]] supplied 20mg/ml
        concentrate against a script for 10mg/5ml. wife about to give 5ml "as usual" (= 100mg) when
        [[name:KR]] arrived for the {{syringe driver}} check. [[name:Kelly-Ann]] stopped it, phoned
        pharmacy, correct stock swapped within the hour.
        Harm: none (near miss)
    """)),
    ("health", "incident", block("""
        Bed board typed from whiteboard - [[organisation:Ward 5 Surgical]]  [[date:28.06.24]]
        early shift
        Bed   Patient            NHS no         Note
        1     [[name:SINGH, Harjit]]      [[nhs_number:616 970 3024]]   post lap chole
        2     [[name:SINGH, Harjinder]]   [[nhs_number:746 856 2474]]   {{NBM}} for theatre
        3     [[name:DAVIES, Glenys]]     [[nhs_number:623 583 9030]]   {{TWOC}}

        Incident: Bed 1 pt given breakfast meant for bed 2's neighbour, then bed 2 (NBM) given tea
        and toast at 07:15 by {{housekeeper}} as wristbands not checked, names similar.
        Theatre list (Mr [[name:Ruiz]]) delayed 6 hrs for Mr [[name:Singh]] in bed 2.
        {{Name alert}} stickers not used. Datix [[case_reference:W125502]]
        raised by [[name:Nadia Farooq]] CN.
    """)),
    ("health", "near_miss", prose("""
        Near miss on [[organisation:Linden Ward]] ({{acute mental health}}) [[date:5 September]].
        During the 15 minute {{observations}} at 02:15 {{Support Worker}} [[name:Jason Mwale]]
        noticed a phone charger cable missing from the drawer at the nurses' station. A room search
        with consent found it under the mattress of a [[age:23]]-year-old patient, [[name:E.M.]],
        who had disclosed {{suicidal ideation}} at the evening {{ward round}}. No attempt made.
        {{Charge Nurse}} [[name:Leroy Campbell]] increased obs to {{level 3}}, informed on-call Dr
        [[name:Rana]]. Drawer now has a lock and chargers signed in/out on the {{ligature risk}}
        log.
    """)),
    ("health", "success", block("""
        From: Dr [[name:Helen Okonkwo-Bright]]
        To: [[email:porters.supervisors@stwilfrids.nhs.uk]]
        Cc: [[name:Jade Osei]] (Facilities Manager)
        Subject: THANK YOU - night of [[date:23rd Jan]]

        Hi all,

        Just wanted to say a massive thanks to [[name:Gaz]] and [[name:Kieron]] on nights on
        Tuesday.
        We had a {{major haemorrhage}} in theatre 4 and the {{blood bank}} {{pod}} system went
        down.
        They ran 6 units plus {{FFP}} up 3 floors in under 4 minutes, twice, without being asked.
        The patient, a young man after an RTC, is now on {{ICU}} and doing well.

        Please pass on and put it in their files.

        [[name:Helen]]
        {{Consultant Anaesthetist}}
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        MANDATORY OCCURRENCE REPORT
        Operator: [[organisation:Northwind Airways]]
        MOR ref: [[case_reference:NWA-MOR-24-0381]]
        Date: [[date:07/05/2024]]   Time (UTC): 1742
        A/C type: {{A320}}      Reg: [[aircraft_registration:G-NWDK]]
        Flight no: [[flight_number:NWD412]]   Route: LBA-ALC   Phase: approach, 800ft AGL
        Commander: Capt [[name:HARGREAVES, Simon]]   FO: [[name:NKEMELU, Adaeze]]   PF: FO
        Event: {{bird strike}}, multiple gulls, rwy 10. impact noise L side, smell in cabin
        briefly.
        Landed normally. Engineering found blood/feathers on No1 engine {{fan blades}}, one
        blade dented beyond limits. Aircraft AOG, rescue aircraft [[aircraft_registration:G-NWDP]].
        Pax 174, no injuries. {{ATC}} had broadcast {{bird activity}} on ATIS.
        Reported by: [[name:S. Hargreaves]]
    """)),
    ("aviation", "near_miss", block("""
        OCCURRENCE REPORT - RUNWAY INCURSION (ground vehicle)
        Ref: [[case_reference:GH-OR-2024-112]]
        Date/time: [[date:18 Jan 2024]] 0612 local, {{LVPs}} in force
        Location: TWY B / RWY 27 holding point
        Company: [[organisation:Skyline Ground Services Ltd]]
        Driver: [[name:PEARSON, Liam]]    ADP no. [[case_reference:ADP-30871]]
        Aircraft involved: {{B737-800}} [[aircraft_registration:G-JZXB]], flight
        [[flight_number:EXS34LT]] on takeoff roll
        Narrative: {{pushback tug}} towing empty baggage carts crossed the {{stop bar}} at B2 in
        fog, driver thought he was on the airside road. {{ATC}} saw on {{ground radar}}, told
        [[flight_number:EXS34LT]] to stop, aircraft stopped at 40kt approx 600m from the tug.
        Driver had not done LVP refresher. suspended from airside driving pending review.
    """)),
    ("aviation", "success", prose("""
        Crew debrief after the [[flight_number:NWD1187]] diversion, [[date:Sat 3 August]]. About 90
        min out of Dalaman a [[age:58]]-year-old male passenger in 23C had chest pain and went
        grey. {{SCCM}} [[name:Mariana Costa]] put out a PA and a cardiac nurse,
        [[name:Frances O'Leary]], came forward. They used the {{AED}} pads for monitoring and gave
        {{aspirin}} from the {{EMK}} while Capt [[name:Devlin]] spoke to {{MedLink}} and diverted
        to Munich. Cabin secured in 12 minutes, paramedics on board at stand. Passenger had an
        {{MI}} and had a stent that night. Aircraft [[aircraft_registration:G-NWDF]]. The crew's
        {{CRM}} was textbook, thank you all.
    """)),
    ("aviation", "incident", block("""
        MOR - SMOKE/FUMES
        MOR no: [[case_reference:2024/11902]]    Date: [[date:29/02/2024]]
        Operator: [[organisation:Caledonia Air Link]]   Type: {{ATR 72-600}}
        Reg: [[aircraft_registration:G-CALK]]
        Flight: [[flight_number:CLK 226]]  ABZ-SYY   Phase: climb FL120
        Crew: Capt [[name:MACLEOD, Iain]] / F/O [[name:Bhandari, Rohit]] / CC
        [[name:Heather Shand]]
        Description: {{CC}} reported "dirty socks" smell fwd cabin, light haze at rows 1-3. Crew
        donned {{oxygen masks}}, {{QRH}} smoke/fumes checklist actioned, {{PAN}} declared, returned
        ABZ.
        Landed 14 min after onset, pax 58 disembarked normally. Two pax and CC [[name:Heather]]
        reported headache, seen by airport paramedics. Engineering found oil seep at
        {{No 2 engine}} bleed duct.
    """)),
    ("aviation", "near_miss", block("""
        TURNAROUND LOG - stand 14, [[flight_number:NWD503]] / [[aircraft_registration:G-NWDR]]
        [[date:11/07/24]]
        0905  on blocks
        0907  {{hi-loader}} [[vehicle_registration:KX17 RFO]] positioned fwd hold,
              operator [[name:Jag]]
        0921  loading complete, hold door closed by loader, {{hold door}} not latched - handle
              flush but not locked
        0924  [[name:Mo Rahimi]] (dispatcher) on walkround saw gap at the aft edge
        0925  ground crew re-opened and closed door correctly, {{ECAM}} would have shown it
              but aircraft on {{GPU}} with panel not powered at that point
        0938  pushback on time
        Reported to [[organisation:Skyline Ground Services Ltd]] safety desk. Loader re-briefed.
    """)),
    ("aviation", "success", block("""
        From: [[name:Olu Bankole]] <[[email:olubankole@fastpost.co.uk]]>
        To: customer relations, [[organisation:Northwind Airways]]
        Subject: Flight [[flight_number:NWD227]] - cabin crew

        hello, my son [[name:Tobi]] ([[age:9]]) has {{type 1 diabetes}} and his {{Dexcom}} alarm
        went off low half way to Palma. I was panicking as his juice was in the {{overhead locker}}
        in the wrong bag. [[name:Rose]] and [[name:Callum]] in the crew were amazing, brought juice
        and biscuits in seconds, kept checking on him and let me use the {{galley}} to sort his
        {{insulin pump}}. [[name:Tobi]] now says he wants to be a
        "flight attendant like [[name:Rose]]".
        Please make sure they are told!
        [[name:Olu]]
        Booking ref [[case_reference:QK7TRP]]
    """)),
    ("aviation", "incident", block("""
        MANDATORY OCCURRENCE REPORT
        MOR ref: [[case_reference:NWA-MOR-24-0622]]
        Date: [[date:14/09/2024]]   Time UTC 2158   Aerodrome: EGNM rwy 32
        A/C: {{A321neo}}   Reg: [[aircraft_registration:G-NWDZ]]   Flight: [[flight_number:NWD88]]
        Crew: Capt [[name:Jamal Idris]] (PM), FO [[name:Will Carver]] (PF), 4 CC
        Event: {{hard landing}}, gusty crosswind 24G36kt. late flare, aircraft bounced,
        {{tail strike}} on second touchdown. {{LOAD 15}} report generated. {{tailskid}} scraped and
        aft pressure bulkhead inspection required. No injuries, pax 212.
        Comments: FO had 140 hrs on type. stabilised at 500ft but did not call go around after
        bounce. {{FDM}} data requested. Crew stood down for {{peer support}} offer.
    """)),
    ("aviation", "near_miss", block("""
        [Teams chat - Line Mx EMA nights]
        [02:14] [[name:Kev D]]: anyone seen the 3/8 torque wrench, TW-118? not back in the cage
        [02:15] [[name:Priyanka]]: last signed out on [[aircraft_registration:G-OBRX]]
        by [[name:Des]] for the #2 {{fan cowl}} job
        [02:17] [[name:Des Mullane]]: i put it back... i think
        [02:20] [[name:Kev D]]: not here. [[aircraft_registration:G-OBRX]] is due out 0600
        [02:22] [[name:Priyanka]]: going to open the cowls, dont release it
        [02:51] [[name:Priyanka]]: FOUND. sitting on the {{thrust reverser}} beam inside the cowl 😬
        [02:52] [[name:Kev D]]: jesus. {{FOD}} report + {{tool control}} occurrence pls
        [02:53] [[name:Des Mullane]]: sorry lads. will do [[case_reference:ENG-OR-5521]]
        [02:55] [[name:Kev D]]: good shout [[name:Priyanka]]. shadow board for wrenches next wk
    """)),
    ("aviation", "incident", prose("""
        Cabin occurrence report, [[flight_number:NWD640]] Manchester to Tenerife,
        [[date:1st June 2024]], aircraft [[aircraft_registration:G-NWDC]]. About 2 hrs into the
        flight a male passenger in 31F, later named by police as [[name:Connor Blayney]]
        ([[age:27]]), became abusive after being refused more alcohol, threw a can at {{CC}}
        [[name:Bethan Lloyd]] and tried to open the {{overwing exit}}. Two passengers helped
        restrain him with {{restraint kit}} under the {{SCCM}}'s direction. Capt [[name:Ahmed]]
        considered a diversion but continued. Guardia Civil met the aircraft. [[name:Bethan]] has
        bruising to her wrist. {{Level 3}} unruly report filed, ref [[case_reference:UPR-24-0918]],
        {{duty free}} alcohol sales stopped on the route for review.
    """)),
    ("aviation", "success", block("""
        Flight safety review - notes
        Subject: {{TCAS RA}} [[flight_number:NWD319]], [[aircraft_registration:G-NWDM]],
        [[date:22/03/2024]]
        Crew: Capt [[name:Hope Nwachukwu]], FO [[name:BERG, Anders]]

        - climbing through FL170 on {{SID}}, traffic VFR {{PA-28}} not talking to ATC, infringing
        CAS
        - RA "CLIMB CLIMB" followed within 2 seconds, FO PF, AP off, {{FD}} off per SOP
        - Capt [[name:Hope]] called traffic visual, reported RA to ATC correctly
        - {{FDM}} shows ideal response, vertical rate 2500fpm, clear of conflict at 380ft
        - Agreed to share as positive example in {{Crew Room}} newsletter
        - {{Airprox}} filed by ATC, ref [[case_reference:AX2024-061]]
    """)),
    ("aviation", "near_miss", block("""
        ATC OCCURRENCE TIMELINE (extract)   Unit: [[organisation:Pennine Radar]]
        [[date:02/10/2023]]
        1412:05  [[flight_number:CLK412]] cleared descend FL80
        1412:10  readback "descend FL70, [[flight_number:CLK412]]" - not picked up
        1413:40  [[flight_number:LOG71Q]] cleared descend FL80 in the hold below
        1414:20  {{STCA}} alert, [[flight_number:CLK412]] passing FL78 descending
        1414:25  [[flight_number:CLK412]] told stop descent, climb FL80 immediately
        1414:50  min sep 2.1nm / 600ft, no {{TCAS}} RA
        Controller: [[name:Fiona Quinn]] ({{ATCO}}), {{OJTI}} [[name:K. Barr]] plugged in
        Notes: {{level bust}} by readback error, controller had 11 a/c on freq. Similar callsigns
        issue [[flight_number:CLK412]]/[[flight_number:CLK421]] raised before.
        {{Callsign confusion}} form to [[organisation:Caledonia Air Link]].
    """)),
    ("aviation", "incident", block("""
        MOR - FUEL / LOADSHEET ERROR
        Ref: [[case_reference:NWA-MOR-24-0455]]    Date: [[date:24/06/2024]]
        A/C {{A320}} [[aircraft_registration:G-NWDK]]   flight [[flight_number:NWD761]] BRS-FAO
        Commander: Capt [[name:Sophie Lemaire]]    FO: [[name:ADEBAYO, Femi]]
        Loadsheet prepared by: [[name:T. Walsh]], [[organisation:Skyline Ground Services Ltd]]
        Event: {{loadsheet}} showed block fuel 9.8t, actual fuel on board 7.8t (fuel docket). crew
        used loadsheet {{TOW}} for {{EFB}} performance calc. error found at cruise by FO doing the
        fuel check, {{FOB}} vs plan 2t adrift. landed FAO with final reserve +1.6t, no fuel
        emergency.
        Takeoff performance had been calculated 2t heavy (conservative). {{ACARS}} loadsheet
        template being reviewed.
    """)),
    ("aviation", "success", block("""
        LINE MAINTENANCE SHIFT LOG   [[organisation:Northwind Engineering]] BHX
        [[date:09/12/23]] nights
        2230  [[aircraft_registration:G-NWDB]] on stand 52 for {{daily check}}
        2315  [[name:Sunita]] (B1) found crack approx 30mm on #3 main wheel hub on the
              {{wheel well}} side, not visible on std walkround, she used a torch at low angle
        2320  aircraft placarded, {{tech log}} entry [[case_reference:TL-0448812]]
        0040  wheel changed, {{NDT}} request on removed hub
        0410  released to service, [[flight_number:NWD301]] 0600 departed on time
        note from shift lead [[name:Gary]]: brilliant find, hub would have been next {{tyre}}
        change in 9 days. put in for the {{Just Culture}} safety award.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Chloe Anand]], Tech Records
        To: [[email:mcc.controllers@northwindair.co.uk]]
        Subject: wrong reg on tech log page [[case_reference:TL-0451190]]

        Hi [[name:Marco]],

        FYI the {{tech log}} page [[case_reference:TL-0451190]] for the {{MEL}} deferral on the
        cabin pressure controller was written up against [[aircraft_registration:G-NWDH]] but the
        work was actually done on [[aircraft_registration:G-NWDN]]. Found at the {{CAMO}} records
        audit.
        So [[aircraft_registration:G-NWDN]] flew 6 sectors with an open item not tracked in
        {{AMOS}}.
        Item was within the MEL limit so no exceedance. Engineer [[name:Jonah Price]] has been
        spoken to, handwriting of H/N was the cause.

        [[name:Chloe]]
        ext 2290 / [[phone:020 7946 0318]]
    """)),
    ("aviation", "incident", block("""
        DANGEROUS GOODS OCCURRENCE - MOR
        MOR ref: [[case_reference:2024/14477]]   Date: [[date:Fri 16 Aug 2024]]
        Operator [[organisation:Northwind Airways]]   flight [[flight_number:NWD514]]
        a/c [[aircraft_registration:G-NWDS]]
        Type: {{B737 MAX 8}}
        Senior CC: [[name:Lewis Okoye]]
        Pax seat 18A: [[name:VASQUEZ, Maria]]
        What happened: {{power bank}} in seat pocket began smoking and hissing in cruise. CC used
        {{fire extinguisher}} then {{lithium battery fire kit}} and containment bag per
        {{Cabin Crew Manual}}. Smoke cleared within 3 min. Flight continued, {{ARFF}} met aircraft.
        Minor burn to pax finger. DG report to CAA. Item retained.
    """)),
    ("aviation", "success", prose("""
        Training debrief, Captain [[name:Abdi Warsame]] and {{First Officer}} [[name:Jade Kerr]],
        [[flight_number:NWD902]] into Innsbruck on [[date:4 January]]. On short final the aircraft
        [[aircraft_registration:G-NWDT]] got a {{windshear}} warning from the
        {{predictive windshear}} system with snow showers over the ridge. [[name:Jade]] as PF flew
        the {{escape manoeuvre}} exactly as trained in the {{sim}}, [[name:Abdi]] handled the radio
        and the second approach briefing without rushing. Second approach fine. Both said the
        {{TEM}} brief before descent, where they talked about the valley winds, made the go-around
        feel expected rather than a shock. Shared with the training dept as a good example.
    """)),
]


def main() -> None:
    records = build_records("blind88", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
