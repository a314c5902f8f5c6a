"""Held-out blind corpus 304: UK incident, near-miss and learning reports, written blind.

Fifty hand-written reports (17 social_care, 17 health, 16 aviation), each domain mixing
incidents, near misses and successes ("learning from excellence"). Every person, organisation,
place and number is invented. The three settings are:

* social_care - a residential parenting assessment centre (family flats, supervised contact,
  night checks, court-directed assessments);
* health - an outpatient audiology clinic (hearing tests, microsuction, hearing aid fitting,
  newborn hearing screening referrals, tinnitus and cochlear implant patients);
* aviation - a drone delivery operator flying beyond visual line of sight (BVLOS) along a
  corridor inside a temporary danger area, carrying medical samples and parcels.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes,
minutes with attendance and apologies, pipe-separated tables, RT transcripts and a phone call
transcript, shout-outs and thank-you letters.

Identifiers are marked `[[label:value]]`; must-not-redact mentions (roles, agencies, clinical
terms, equipment, generic times, place types, look-alike acronyms) are marked `{{term}}`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind304.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", block("""
        nite shift note - {{family flat}} 3. mum ([[name:kayleigh]]) fell asleep on the {{sofa}} w baby
        ([[name:Ruby-Mae]], [[age:9 wks]]) on her chest approx {{0310}}. found by [[name:dev]] on {{obs round}}.
        baby fine, warm, breathing ok, put back in {{moses basket}}. mum v upset said she was only
        resting her eyes. this is the 2nd time - 1st was [[date:sat 14th]]. told {{duty SW}} by phone
        at {{0800}}, {{EDT}} not called overnight as baby fine. needs to go in the {{safe sleep}} section
        of the {{parenting assessment}} + {{risk assessment}} updated pls. {{CCTV}} saved.
        sorry for typos on phone - [[name:dev]] ({{night support worker}})
    """)),
    ("social_care", "near_miss", prose("""
        Near miss - attempted unauthorised collection. On [[date:Thursday 6 June]] at approximately
        15:40 a woman came to {{Reception}} at [[organisation:Larkhill House Family Assessment Centre]]
        and asked to take [[name:Tobias]] ([[age:aged 2]]) to the {{play park}} for an hour. She gave her
        name as [[name:Marion Wren]] and said she was his paternal grandmother. She is not on the
        approved visitors list in the {{Child Protection Plan}}, and the {{written agreement}} states
        that all family time with paternal relatives must be supervised. The {{receptionist}},
        [[name:Faith Adeyemi-Cole]], checked the list, declined politely and called the {{shift lead}},
        [[name:Joachim]]. Mrs [[name:Wren]] left without incident. [[name:Tobias]]'s mother,
        [[name:Shannon Leigh]], later said she had told her it would be fine. The
        {{allocated social worker}}, Ms [[name:Okonkwo]] at
        [[organisation:Brackenford Children's Services]], was informed the same afternoon. Learning:
        the approved list is kept on the {{front desk}} but new {{bank staff}} may not know to check it.
        Ref [[case_reference:LH-NM-2406-07]].
    """)),
    ("social_care", "incident", block("""
        INCIDENT CHRONOLOGY - family absent from centre
        Family: [[name:Precious Mbeki]] (mum) and baby [[name:Ayo]] ([[age:6 weeks]])
        Flat: {{Rowan flat}}   Incident ref: [[case_reference:INC/LH/0932]]
        Date: [[date:Sat 21 September]]

        13:05  {{Mum}} signs out to go to the {{corner shop}} with baby in pram, says back by 13:30.
        13:45  Not back. [[name:Gethin]] ({{support worker}}) rings mum's mobile [[phone:07700 900418]], no answer.
        14:10  {{Shift lead}} [[name:Ana Lúcia Ferreira]] checks {{CCTV}}, mum seen heading towards the {{bus station}}.
        14:20  Call to {{EDT}}, advised to report missing given the {{interim care order}} conditions.
        14:31  Reported to police, log [[case_reference:CAD 0871-21092024]].
        15:55  Police locate mum and baby at maternal grandmother's, [[address:44 Tanner Row, Hessleby]] [[postcode:HB4 2RW]]. Baby well.
        16:40  Mum and baby returned by police. Mum says she "just needed a break".
        17:00  {{Duty SW}} informed, {{strategy discussion}} to follow on {{Monday}}.
    """)),
    ("social_care", "incident", block("""
        SAFEGUARDING CONCERN FORM - [[organisation:Larkhill House]]
        Child name: [[name:Lenny Kowalczyk]]
        DOB: [[date_of_birth:02/11/2023]]
        NHS no: [[nhs_number:236 870 3438]]
        LA ref: [[case_reference:BBC-CS-118724]]
        Home address (pre-placement): [[address:Flat 6, Marlow Court, Cinder Lane, Hessleby]] [[postcode:HB2 7LN]]
        Parents: [[name:Zofia Kowalczyk]] / [[name:Dean Pritchard]]

        What was seen: at {{bath time}} on [[date:14.03.24]] {{family support worker}} [[name:Holly]] noticed
        a 2cm bluish mark on the left upper arm of [[name:Lenny]]. {{Non-mobile}} baby. Dad said it
        happened when he "caught him" rolling off the {{changing mat}}.
        Action: no photos (per policy), {{body map}} completed, {{DSL}} informed 18:50, {{EDT}} contacted,
        advised {{CP medical}} at [[organisation:Hessleby Royal Infirmary]] next morning. Parents told.
        Completed by: [[name:H. Ndlovu]], {{FSW}}
    """)),
    ("social_care", "incident", block("""
        From: [[name:Bethan Rhys-Lloyd]] <[[email:b.rhys-lloyd@larkhillhouse.org.uk]]>
        To: [[email:info.governance@brackenford.gov.uk]]
        Cc: [[name:Sunny Chaudhry]]
        Sent: [[date:09 April 2024]] 11:12
        Subject: Data incident - assessment report sent to wrong solicitor

        Hi,
        Reporting a data breach. Yesterday afternoon our final {{parenting assessment}} for the
        [[name:Adebayo]]/[[name:Quinn]] family ({{LA}} ref [[case_reference:PLO-22-0661]]) was emailed to
        father's solicitors, [[organisation:Garside & Mould LLP]], unredacted. It included mother's new
        {{refuge}} address. There is a {{non-molestation order}} in place. The {{admin officer}} picked
        the wrong entry from autocomplete.
        The firm has confirmed deletion (10:40 today), the {{IDVA}} and mum have been told and the
        refuge is reviewing her safety plan. {{ICO}} notification decision is with the {{DPO}}.
        I'll send the {{Datix}} number when I have it.

        Thanks
        [[name:Bethan]]
        {{Deputy Centre Manager}}, [[organisation:Larkhill House]]
        [[phone:01632 960355]]
    """)),
    ("social_care", "near_miss", block("""
        [Teams chat - {{Day Team}}]
        [10:02] [[name:Grace Obi]]: quick one - just stopped mum running baby's bath in {{Willow flat}}, {{bath thermometer}} said 46
        [10:03] [[name:Grace Obi]]: she was about to put [[name:Kai]] in, said it felt fine on her elbow
        [10:03] [[name:Rob Tasker]]: omg. is he ok?
        [10:04] [[name:Grace Obi]]: yes he never went in. cooled it to 37 and she did it with me watching
        [10:05] [[name:Rob Tasker]]: good catch. put it on a {{near miss}} form + mention in the {{PAMS}} notes for [[name:Kirsty]]
        [10:06] [[name:Grace Obi]]: will do. think the {{hot tap}} in that flat runs hotter than the others, can {{maintenance}} check the {{TMV}}?
        [10:07] [[name:Rob Tasker]]: logging it now, job [[case_reference:MJ-5521]]
    """)),
    ("social_care", "incident", block("""
        HANDOVER - lates to nights - [[date:Tues 4th]]
        {{Flat 1}} - [[name:Jade]] + [[name:Harley]] ([[age:4 months]]): settled. feeds 3-hrly, last one 21:30.
        {{Flat 2}} - empty ({{deep clean}})
        {{Flat 3}} - Mr [[name:Dobrev]] ([[name:Stefan]]), [[name:Anelia]] + twins. INCIDENT: during {{supervised contact}}
        with paternal uncle at 18:00 in {{Contact Room B}}, Mr [[name:Dobrev]] shouted at {{contact supervisor}}
        [[name:Pat Mulvey]] and threw a chair when told the session was ending. Nobody hurt. [[name:Pat]] pressed
        the {{panic alarm}}, [[name:Will]] and [[name:Sam O'Hara]] attended, calm within ~5 mins. Twins were in
        {{Room A}} with mum and didn't see it. Police not called. {{Incident form}} done ([[case_reference:IR-LH-1147]]).
        {{Manager on call}} [[name:Rashida]] aware.
        Please check on [[name:Anelia]] overnight - she was tearful.
        {{Flat 4}} - [[name:Nell]] and [[name:Frankie]], no issues.
    """)),
    ("social_care", "incident", block("""
        MINUTES - Post-incident learning review
        Date: [[date:17 May 2024]]   Venue: {{Training Room}}, [[organisation:Larkhill House]]
        Present: [[name:Lucas Brandt]] ({{Centre Manager}}, chair), Dr [[name:Imogen Fairweather]] ({{designated doctor}}),
        [[name:Kofi Mensah-Arthur]] ({{team leader}}), [[name:Rose Tierney]] ({{FSW}})
        Apologies: [[name:Aoife Gallagher]] ({{IRO}}), [[name:JK]] ({{admin}})
        Ref: [[case_reference:INC/LH/0871]]

        1. Summary: on [[date:2 May]] baby [[name:Milo]] ([[age:5 months]]) rolled off the {{changing table}} in
        {{Birch flat}} while mum ([[name:Tegan]]) turned to get a nappy. Mum alerted staff, {{NHS 111}} advised
        {{A&E}}, seen at [[organisation:Hessleby Royal Infirmary]], no injury found.
        2. Discussion: [[name:Rose]] had covered {{safe handling}} with mum the week before. {{PAMS}} sessions do
        not currently cover rolling as a {{developmental milestone}}.
        3. Actions:
        - [[name:KMA]] to re-brief all {{FSWs}} by [[date:31 May]]
        - low changing mats on the floor in every flat ([[name:LB]])
        Next meeting: [[date:14 June]]
    """)),
    ("social_care", "near_miss", block("""
        Contact rota w/c [[date:8 July]] - NEAR MISS flagged
        Day | Time        | Family               | Supervisor                  | Room
        Mon | 10:00-11:30 | [[name:Mirza]]       | [[name:Hope Adeleke]]       | {{Blue Room}}
        Mon | 14:00-15:00 | [[name:Fenwick]]     | [[name:Bill Sanderson]]     | {{Garden Room}}
        Tue | 10:00-11:00 | [[name:Mirza]]       | [[name:Hope Adeleke]]       | {{Blue Room}}
        Tue | 10:00-11:00 | [[name:Ó Súilleabháin]] | [[name:Hope Adeleke]]    | {{Family Kitchen}}

        Note: [[name:Hope]] was double-booked on {{Tuesday}} morning. Spotted by [[name:Bill]] at the {{Monday}}
        handover - otherwise one session would have gone ahead with no {{contact supervisor}}, which breaches
        the {{court order}} for {{supervised contact}}. The rota is built by hand in {{Excel}}; suggest a
        clash check or moving to the {{booking system}}. Raised by [[name:W. Sanderson]], {{Contact Coordinator}}.
    """)),
    ("social_care", "success", block("""
        Shout-out!! Huge thanks to [[name:Amber]] on the {{day team}} who noticed {{mum}} in {{Hazel flat}}
        ([[name:Leoni]]) hadn't been eating, was up all night and kept saying the baby "would be better off
        with someone else". [[name:Amber]] stayed calm, used the {{EPDS}} questions we covered in training,
        and got her seen by the {{GP}} at [[organisation:Cinder Lane Surgery]] the same day. She's now under the
        {{perinatal mental health team}} and doing much better - and the assessment is back on track.
        This is exactly what {{trauma-informed practice}} looks like. Proud of you!!
        [[name:Lucas]] x
    """)),
    ("social_care", "success", block("""
        Card left at {{reception}}, copied into the learning log [[date:23/08/24]]:
        "To [[name:Joy]], [[name:Mehmet]], [[name:Big Dave]] and everyone at [[organisation:Larkhill]],
        thank you for believing in me when I didnt believe in myself. When I came here in {{March}} I couldnt
        even bath [[name:Ellie-Rose]] without shaking. Now the {{judge}} has said we can go home together on a
        {{supervision order}}. [[name:Joy]] you never gave up on me. [[name:Mehmet]] thank you for doing the
        bottles with me at 3am lol.
        Love [[name:Casey]] and [[name:Ellie-Rose]] xxx"
        Learning: a consistent {{key worker}} and practical {{modelling}} made the difference - noted for the
        {{service review}}.
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp export - "[[organisation:LH]] {{nights}} 🌙"
        [[date:19/10/2024]], 02:14 - [[name:Tash]]: anyone know if [[name:Bronwen]]'s baby had her {{2am}} bottle? not on the sheet
        [[date:19/10/2024]], 02:15 - [[name:Ollie P]]: yeah I did it, forgot to write it down sorry
        [[date:19/10/2024]], 02:15 - [[name:Tash]]: ok phew I nearly made another one. she's only [[age:3 wks]] 😬
        [[date:19/10/2024]], 02:16 - [[name:Ollie P]]: also guys pls dont post photos of the {{feed charts}} in here,
          [[name:Marcus]] nearly did earlier and it has the full name + {{LA}} ref on it
        [[date:19/10/2024]], 02:17 - [[name:Tash]]: 👍 will put both on a {{near miss}} form in the morning.
          the {{feed chart}} needs to live on the {{clipboard}} in the flat not in the {{office}}
    """)),
    ("social_care", "success", prose("""
        Learning report (good practice). The [[name:Popescu]] family were admitted on [[date:5 February]]
        for a 12-week {{residential parenting assessment}}. Both parents, [[name:Ioana]] and [[name:Mihai]],
        speak limited English and the referral had not mentioned an {{interpreter}}. {{Key worker}}
        [[name:Dagny Solberg]] recognised on day one that [[name:Ioana]] was nodding along without
        understanding the {{safe sleep}} advice. She booked a face-to-face {{Romanian}} interpreter through
        [[organisation:LinguaBridge Ltd]] for all key sessions, had the {{Signs of Safety}} materials
        translated and used picture cards for the {{night routine}}. The {{Independent Reviewing Officer}}
        commented that this was the first assessment she had read where the parents' views were clearly
        in their own words. The assessment concluded positively and the family moved on to
        {{community support}}. Learning: language needs should be a mandatory field on the
        {{referral form}}. Reported by [[name:D. Solberg]], {{Senior Family Practitioner}}.
    """)),
    ("social_care", "incident", block("""
        fire alarm went off 07:55 [[date:12/12]] - {{toaster}} in the {{family kitchen}}. evac to {{assembly point}}
        by the {{car park}}. headcount by [[name:Sunita]] said all present but baby [[name:Rio]] ([[age:11 wk]]) wasnt
        there - mum [[name:Chantelle]] thought he was with dad, dad ([[name:Lewis]]) thought mum had him.
        [[name:Sunita]] went back in w {{fire warden}} [[name:Tomasz]] and found him asleep in his {{cot}} in {{flat 5}},
        about 4 mins after evac. unharmed. {{fire service}} attended, false alarm. the {{fire register}} only lists
        adults?? needs babies on it by name. told {{duty manager}} [[name:Mark]]. ref [[case_reference:LH-INC-1212-01]]
    """)),
    ("social_care", "near_miss", block("""
        near miss - {{taxi}} booked for {{contact}} at [[organisation:Hessleby Family Centre]]. driver from
        [[organisation:Ace Cars]] (reg [[vehicle_registration:KX19 HBT]]) turned up with no {{car seat}} and mum
        ([[name:Summer]]) was gonna just hold [[name:Bobbi]] on her knee!! [[name:Pete]] stopped them at the door.
        used our {{spare seat}} and [[name:Pete]] checked the fitting (was forward facing at first - {{rear facing}}
        now). left 20 min late, contact still went ahead. need to remind the taxi firm + {{transport team}}
        at the {{council}} that seats are needed every single time. nobody hurt
    """)),
    ("social_care", "success", block("""
        Good practice log - night of [[date:28/29 Jan]]
        23:10 [[name:Sky]] (mum, [[age:19]]) disclosed to {{night worker}} [[name:Ngozi]] thoughts of self harm, had a blade in her wash bag.
        23:15 [[name:Ngozi]] sat with her, asked directly about {{suicide}}, used the {{safety plan}} from admission. Mum handed over the blade.
        23:25 Baby [[name:Arlo]] stayed asleep in {{cot}}, checked every 15 min by [[name:Marek]].
        23:40 {{Crisis team}} called on the {{24h line}}, spoke to mum for 20 mins.
        00:30 Mum settled, agreed to a {{GP}} appt.
        08:00 Handover to {{day team}}, {{social worker}} informed.
        What went well: staff knew the plan, stayed calm, mum says she felt "listened to". Baby safe throughout.
        - [[name:N. Eze]]
    """)),
    ("social_care", "success", block("""
        Learning summary - {{safe sleep}} audit {{Q3}}, [[organisation:Larkhill House]]
        Flat     | Family                   | Checks | Issues                | Action
        {{Rowan}}  | [[name:Adeyemi]]         | 84/84  | none                  | -
        {{Willow}} | [[name:Nguyễn]]          | 84/84  | {{blanket}} in cot x1 | advice given
        {{Hazel}}  | [[name:Brannigan]]       | 81/84  | 3 missed checks       | resolved
        {{Birch}}  | [[name:McAllister-Grey]] | 84/84  | none                  | -
        Result: 99% completion, up from 86% last quarter after we moved the {{sleep checklist}} onto the
        {{tablet}} with reminders. No unsafe sleep incidents since [[date:1 July]]. Credit to [[name:Hamish]] and
        [[name:Leilani]] who designed the form. Presented at {{Team Meeting}} on [[date:3 Oct]].
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        pt fell after {{microsuction}} - {{clinic room 3}}. lady [[age:81yo]], hosp no [[case_reference:WA0447129]],
        {{wax}} removal both ears done by me, went fine no pain. when she stood up she went v dizzy ({{vertigo}},
        prob {{caloric effect}} from the suction) and sat down hard on the floor. no head injury, {{obs}} ok
        BP 132/80. husband [[name:Reg]] with her. kept her 30 min, ok to go home by taxi. told Dr [[name:Ahmadi]]
        ({{ENT reg}}). shd we be telling pts to sit for 5 min after? we dont currently.
        - [[name:cat]] ({{assoc audiologist}}) [[date:wed 10th]]
    """)),
    ("health", "near_miss", prose("""
        Near miss: hearing aid nearly programmed to another patient's audiogram. On
        [[date:11 January 2024]] two patients, [[name:Margaret Ellis]] (DOB [[date_of_birth:04/07/1941]],
        hospital no. [[case_reference:WM2281934]]) and [[name:Margaret Elliott]] (DOB
        [[date_of_birth:19/02/1938]], [[case_reference:WM2290117]]), were booked for
        {{hearing aid fitting}} in adjacent slots. The {{audiologist}}, [[name:Kwame Asante-Boateng]],
        opened the record from the {{clinic list}} rather than checking the {{appointment letter}}, and
        began setting {{real ear measurement}} targets in {{Noah}} for the wrong patient. The mismatch
        was noticed before the aids were issued because the {{audiogram}} on screen showed a
        {{flat loss}} while the patient described mainly {{high-frequency}} difficulty. No harm.
        Contributing factors: similar names, same {{consultant}}, no second identifier check at
        fitting. Action: {{positive patient identification}} using name and date of birth before
        opening any record in {{Noah}}; shared at the {{PSIRF}} huddle.
    """)),
    ("health", "incident", block("""
        Timeline - delayed {{diagnostic ABR}} referral
        Baby: [[name:Zainab Hussain]]   {{NHSP}} ref [[case_reference:NHSP-47-31106]]   NHS [[nhs_number:930 044 1469]]
        [[date:03/06]]  {{AOAE}} no clear response R ear, {{AABR}} refer R ear - screener [[name:Leanne]]
        [[date:04/06]]  Referral to [[organisation:Westmoor Audiology]] sent via the {{screening IT system}}
        [[date:04/06]] to [[date:01/07]]  Referral sat in a shared inbox owned by a colleague on long-term sick leave
        [[date:02/07]]  Mum ([[name:Nadia]]) rang asking when the appt was - escalated by receptionist [[name:Blessing]]
        [[date:05/07]]  {{Diagnostic ABR}}: moderate {{sensorineural hearing loss}} R ear
        Impact: standard is assessment within 4 weeks of screen; missed by about a week. Family upset.
        Actions: {{failsafe}} report checked weekly by {{screening lead}} [[name:A. Varga]]; inbox reassigned.
    """)),
    ("health", "incident", block("""
        INCIDENT FORM
        Patient: [[name:Desmond Achterberg]]     DOB: [[date_of_birth:22.09.1956]]
        NHS number: [[nhs_number:226 795 9348]]   Clinic: [[organisation:Westmoor Audiology]]
        Address: [[address:9 Kiln Street, Oldcastle-on-Weir]] [[postcode:OW3 5DJ]]
        Date/time: [[date:27 Feb 2024]] 14:20
        Category: {{Treatment/procedure}}
        Description: {{ear impression}} taken L ear for a new {{custom earmould}}. {{Otoblock}} (foam) placed
        before the silicone. On removal the impression came out without the block. {{Otoscopy}} showed the
        block sitting deep, close to the {{tympanic membrane}}. Did not attempt removal. Pt referred same
        day to the {{ENT emergency clinic}}, removed under {{microscope}}; small {{canal abrasion}}, no
        {{perforation}}.
        Immediate actions: pt informed ({{Duty of Candour}}), apology given.
        Reported by: [[name:Priyanka Raghunathan]], {{Clinical Scientist}}
    """)),
    ("health", "near_miss", block("""
        From: [[name:Fiona MacLeod]]
        To: {{Audiology all staff}}
        Date: [[date:Mon 15 April]]
        Subject: tymp probe tips - near miss this morning

        Morning all,
        Quick heads up. Student [[name:Tuğba]] noticed at 09:40 that the {{probe tip}} on the {{tympanometer}}
        in {{Room 2}} hadn't been changed after the previous patient, who had a {{discharging ear}} and
        suspected {{otitis externa}}. She changed it before testing the next patient so no harm, but it's
        the second time this month.
        Single-use tips go in {{clinical waste}} every time, and wipe the probe with {{Clinell}} between
        patients. I've asked [[name:Paddy]] to put a tip dispenser on every machine.
        Well done [[name:Tuğba]] for speaking up.
        Thanks,
        [[name:Fi]]

        [[name:Fiona MacLeod]] | {{Lead Audiologist}} | [[organisation:Westmoor Hospitals NHS Trust]]
        [[email:fiona.macleod7@westmoor-tr.nhs.uk]] | [[phone:01632 960781]]
    """)),
    ("health", "near_miss", block("""
        Teams - {{Audiology admin}}
        [[name:Beatriz Souza]] 11:02
        anyone printed the {{results letter}} for [[name:Chidi Okafor]] [[case_reference:WM2304418]]?
        it's pulling his old address ([[address:12 Brindley Walk]]) from {{PAS}} but he told us at {{reception}} he'd moved
        [[name:Liam Jos]] 11:04
        yes it's in the out tray, hasn't gone yet
        [[name:Beatriz Souza]] 11:04
        phew pull it pls. {{GP}} record has the new one - [[address:Flat 3, 71 Quarry Road, Hessleby]] [[postcode:HB6 1XA]]
        [[name:Liam Jos]] 11:06
        done. PAS wasn't updated when he rang in - whoever takes the call needs to do the {{PDS}} check + update
        [[name:Beatriz Souza]] 11:07
        will log it as a {{near miss}} on {{Datix}}. ty [[name:Liam]]
    """)),
    ("health", "incident", block("""
        Handover PM -> AM, [[date:Fri 7 June]]
        - {{Paeds clinic}} ran 40 min late, {{soundfield}} in {{Booth 1}} playing up again ([[name:Ravi]] logged with {{medical physics}}, [[case_reference:MP-33019]])
        - INCIDENT: [[name:Isla]] ([[age:6]]), {{CI}} pt - her right {{sound processor}} went missing after her {{mapping}} session.
          Dad thinks it was left on the desk in {{Room 4}}; cleaner had been in. Searched room, bins and {{waiting area}}. Not found.
          Dad v unhappy - she has no hearing on that side without it. Spoke to the {{CI centre}} at [[organisation:St Bride's Hospital]],
          loaner being couriered. {{Datix}} done [[case_reference:W-114902]].
        - Please ring dad ([[name:Gareth]], [[phone:07700 900276]]) first thing if anything turns up.
        - [[name:Sinéad]] off tomorrow, [[name:Bilal]] covering {{tinnitus clinic}}.
    """)),
    ("health", "incident", block("""
        Audiology Clinical Governance - minutes
        [[date:22 March 2024]], {{Seminar Room 2}}
        Attendees: [[name:F. MacLeod]] (chair), [[name:K. Asante-Boateng]], Sister [[name:June Whitlock]] ({{ENT OPD}}),
        [[name:Xu Ming]] ({{Clinical Scientist}}), [[name:Olu]] ({{admin}})
        Apologies: Dr [[name:Hemingway]], [[name:Parveen]]

        Item 3 - Incident [[case_reference:W-113876]]: {{annual calibration}} of the {{audiometer}} in {{Booth 3}} missed
        (due [[date:14 Jan]]). Found by [[name:Xu Ming]] on [[date:4 March]] when the {{biological check}} gave
        thresholds ~10 dB worse at 4 kHz. 23 patients tested in that booth in the period; 6 {{hearing aid}}
        fittings possibly affected. Recall arranged, letters out by [[date:29 March]]. No evidence of harm so far.
        Learning: calibration dates were held in one person's diary. Actions: move to the {{equipment register}}
        with alerts ([[name:XM]]); daily {{listening check}} to be documented ([[name:FM]]).
    """)),
    ("health", "near_miss", block("""
        Near miss log - {{Outpatient Audiology}}, [[date:May 2024]]
        Date  | Area          | What nearly happened                                                   | Spotted by
        [[date:02/05]] | {{Reception}}   | Referral letter had another pt's NHS no. ([[nhs_number:867 159 3428]]), caught at booking | [[name:Charmaine]]
        [[date:09/05]] | {{Booth 2}}     | {{Masking}} level set to 90 dB for a child's test, caught before presenting | Dr [[name:Olawale]]
        [[date:16/05]] | {{Repairs}}     | {{Hearing aid}} posted with loose {{button batteries}} (small child at home)  | [[name:Ferdinand]]
        [[date:23/05]] | {{Room 5}}      | {{Otoscope}} speculum about to be reused                                | [[name:joy]]
        Summary: 4 near misses, no harm. Themes: ID checks and {{battery safety}}.
    """)),
    ("health", "success", block("""
        SHOUT-OUT 👏 to [[name:Mo]] on reception! A {{Deaf}} patient, Mr [[name:Lindqvist]], arrived for his
        {{hearing aid review}} and no {{BSL interpreter}} had been booked (the referral said "Deaf" but nobody
        ticked the box). [[name:Mo]] - who did {{BSL Level 1}} in her own time - greeted him in {{sign}}, wrote
        everything down clearly, and rang [[organisation:SignWell Interpreting]], who found a
        {{video interpreter}} within 15 minutes. Appointment went ahead. He told [[name:Hayley]] it was the first
        time he'd felt welcome in a hospital. Legend.
        From [[name:Hayley Brightwater-Nkemelu]], {{Deputy Lead}}
    """)),
    ("health", "success", block("""
        Forwarded to the team by {{PALS}} - letter received [[date:18/09/2024]]

        Dear {{Audiology Department}},
        I am writing to thank [[name:Grace]] and [[name:Abdulrahman]] for the care given to my father,
        [[name:Stanisław Nowicki]], who is [[age:93]] and has {{dementia}}. He had been refusing his
        {{hearing aids}} for months and we thought he had just "gone downhill". [[name:Grace]] took time to
        clear his {{wax}}, found a cracked {{tube}}, and spent the whole appointment explaining things with a
        {{whiteboard}}. [[name:Abdulrahman]] came out to the car park to help me get {{Dad}} back into the car.
        Since the new aids he is chatting again and laughing at the radio.
        With heartfelt thanks,
        [[name:Ewa Nowicka-Hart]]
    """)),
    ("health", "incident", prose("""
        Incident: patient left in sound booth during fire alarm. At 10:25 on [[date:Tuesday 2 July]]
        the fire alarm sounded during {{pure tone audiometry}} in {{Booth 4}}. The tester,
        [[name:Rhys ap Gwilym]], was in the control room and evacuated with other staff, believing a
        colleague had collected the patient. The patient, Ms [[name:Anwar]] ([[age:aged 58]], profound
        {{bilateral hearing loss}}), was wearing {{insert earphones}} in the {{sound-treated booth}}, did
        not hear the alarm, and the {{visual beacon}} inside the booth did not flash. She remained inside
        for about six minutes until {{fire warden}} [[name:Ayşe]] did the floor sweep. It was a false
        alarm. Ms [[name:Anwar]] was shaken but unhurt and was given an apology under {{Duty of Candour}}.
        Findings: the beacon had failed and was not on the {{weekly test}} schedule; booths are not
        included in the {{evacuation plan}} sweep order. Ref [[case_reference:W-115207]].
    """)),
    ("health", "success", prose("""
        Good practice: early identification of {{auditory neuropathy spectrum disorder}}. Baby
        [[name:Theo Marchetti]] ([[age:10 weeks]]) was referred from the {{newborn hearing screen}} after a
        {{NICU}} stay at [[organisation:Hessleby Royal Infirmary]]. {{Paediatric audiologist}}
        [[name:Siobhán Ní Bhriain]] noticed that although {{OAEs}} were present the {{ABR}} waveforms
        looked unusual, and she added a {{cochlear microphonic}} check with reversed polarity, which is
        not part of the standard protocol. This confirmed {{ANSD}}. [[name:Theo]] was referred to
        {{paediatric ENT}} and the {{Teacher of the Deaf}} service the same week rather than months
        later. His parents said a clear explanation early on made a huge difference. Learning shared at
        the {{regional audiology network}} on [[date:14 November]]; protocol to be updated. Submitted by
        Dr [[name:Jonas Albrecht]], {{Consultant Clinical Scientist}}.
    """)),
    ("health", "near_miss", block("""
        nm - nearly did {{microsuction}} on pt on {{warfarin}} w/o checking. pt Mrs [[name:Bhattacharya]]
        only mentioned "a blood thinner" to {{hca}} [[name:Kerry]] while [[name:Kerry]] was hanging up her coat.
        not on the referral from [[organisation:Oakfield Surgery]]. held the procedure, rang the surgery, last
        {{INR}} 3.1 - rebooked for next wk w/ {{ENT}} input. our {{pre-procedure checklist}} dosnt ask abt
        {{anticoagulants}} at all!! pls add asap. no harm done
        [[name:Tom H]]
    """)),
    ("health", "success", block("""
        Learning from excellence - {{sudden sensorineural hearing loss}}
        Pt: [[name:Oluwaseun Bakare]], [[age:34]], hosp no [[case_reference:WM2319982]]
        [[date:Mon 9 Sept]] 08:45  walks in to {{open clinic}}, woke with R ear "blocked" and {{tinnitus}}
        09:10  {{otoscopy}} clear - [[name:Ines]] suspects {{SSNHL}} not wax
        09:30  {{PTA}}: R 65 dB {{sensorineural}}, L normal
        09:40  [[name:Ines]] bleeps the {{ENT SHO}}, seen in {{ENT clinic}} at 11:00
        11:30  {{oral prednisolone}} started, {{MRI IAMs}} requested
        [[date:Tues 24 Sept]]  repeat PTA: R improved to 30 dB
        Why it matters: steroids work best started early, and the usual route via the {{GP}} can take
        weeks. [[name:Ines]] didn't just book a routine test - she recognised the pattern and acted.
    """)),
    ("health", "incident", block("""
        VIOLENCE & AGGRESSION REPORT
        Ref: [[case_reference:VA-2024-0088]]
        Location: {{Main Reception}}, [[organisation:Westmoor Audiology]], [[address:Unit 4, Furnace Park, Hessleby]] [[postcode:HB3 9PF]]
        Date: [[date:30/10/2024]] 15:05
        Person affected: [[name:Kerry-Ann Whitfield]], {{receptionist}}
        Person involved: [[name:Barry Coyle]], DOB [[date_of_birth:12/12/1969]], hosp no [[case_reference:WM2187765]]
        What happened: pt arrived 50 min late for a {{hearing aid repair}} and was told to use the {{drop-in}}
        instead. He shouted, banged the {{screen}} and threw a hearing aid box which hit [[name:Kerry-Ann]] on
        the arm. {{Security}} attended and he left. Bruise only, {{Occupational Health}} informed.
        Police ref [[case_reference:HB-24-301044]].
        Witness: [[name:Benedikt]] ({{audiologist}})
    """)),
    ("health", "success", block("""
        Call transcript ({{tinnitus clinic}}, recorded line) - shared with consent for learning
        AUD ([[name:Hannah Lowe]]): Hi, is that Mr [[name:Greaves]]? It's [[name:Hannah]] from audiology, calling about your {{tinnitus}} appointment.
        PT: I don't see the point any more, to be honest. I haven't slept in weeks.
        AUD: That sounds really hard. Can I ask - when you say you don't see the point, are you having thoughts of ending your life?
        PT: ...sometimes. Yeah.
        AUD: Thank you for telling me. Are you safe right now? Is anyone with you?
        PT: My wife, [[name:Carol]].
        AUD: Okay. I'd like to get you some support today. Can I speak to [[name:Carol]] too?
        [Note: [[name:Hannah]] kept him on the line, spoke to his wife with consent, contacted the {{GP}} at
        [[organisation:Millbrook Medical Practice]] and the {{crisis team}} - he was seen the same evening.
        {{CBT}} for tinnitus booked. Good practice: asked directly about {{suicide}}, gave {{Samaritans}} details.]
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        c2 link lost on [[flight_number:CVD214]] approx 5km out from the [[organisation:St Aldhelm's]] lab pad, {{4G}} and
        {{satcom}} both dropped for 40s. a/c ([[aircraft_registration:G-CVLB]]) did {{lost link}} -> {{RTH}} as per the
        {{ops manual}}. link came back just before landing but it landed hard, {{landing gear}} leg cracked.
        payload (blood samples x6) ok, went by road in the end, 2hrs late. {{RPIC}} [[name:jonno]], {{observer}} me.
        wx fine. think the {{phone mast}} by the quarry was down again?? [[name:kaz]] [[date:3/4]]
    """)),
    ("aviation", "near_miss", block("""
        RT transcript extract - [[date:16 August 2024]]
        14:02:10 [[organisation:Fenmoor Radar]]: [[flight_number:Corvid 307]], traffic is [[flight_number:Helimed 61]], {{air ambulance}} {{EC135}},
          entering the {{TDA}} from the south-west, low level, responding to a {{road traffic collision}}. Hold your position.
        14:02:18 [[flight_number:Corvid 307]]: Holding at waypoint {{Echo Three}}, 400 feet, [[flight_number:Corvid 307]].
        14:02:40 [[flight_number:Helimed 61]]: [[organisation:Fenmoor Radar]], [[flight_number:Helimed 61]], two miles south of the corridor, 500 feet.
        14:09:55 [[organisation:Fenmoor Radar]]: [[flight_number:Corvid 307]], air ambulance now clear to the north, resume.
        Remarks ([[name:Dariusz Wrona]], {{remote pilot}}): the helicopter was inside our corridor about 1.5 nm from our
        aircraft in the same height band before {{ATC}} called it. We had no {{ADS-B}} return for it on the {{GCS}}
        (possible {{transponder}} fault). Without ATC we would not have known it was there. {{MOR}} filed.
    """)),
    ("aviation", "incident", block("""
        Occurrence timeline - payload drop failure
        Flight [[flight_number:CVD118]], a/c [[aircraft_registration:G-CVLK]], [[date:Wed 12 June]]
        10:14  Take-off from [[organisation:Fenmoor Airfield]] with {{pharmacy}} parcel for [[organisation:Hollybush Medical Centre]]
        10:31  Arrive {{delivery point}}, {{hover}} at 20 m, {{winch}} lowering
        10:32  {{Winch line}} snags on tree branch, line tension alarm
        10:32  {{RPIC}} [[name:Lwazi Dube]] commands {{line cut}}; parcel drops ~8 m into the garden of [[address:3 Coppice Close, Nether Scoulby]]
        10:40  Resident, Mrs [[name:Pellow]], walks the parcel round to the surgery - contents (inhalers) intact
        10:55  a/c lands back at base, no damage
        Notes: delivery point surveyed in {{winter}} - the trees are in leaf now. Re-survey all {{drop sites}} before {{summer}}.
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT (internal, feeds {{MOR}} to the {{CAA}})
        Operator: [[organisation:Corvid Air Logistics Ltd]]
        Report no: [[case_reference:CAL-OR-24-031]]
        Date of occurrence: [[date:05/03/2024]]
        Aircraft: {{fixed-wing VTOL}}, reg [[aircraft_registration:G-CVLA]]
        Location: {{battery charging room}}, [[organisation:Fenmoor Airfield]], [[postcode:FN7 4GH]]
        Reporter: [[name:Fatima-Zahra El Idrissi]], {{Maintenance Technician}}
        Phone: [[phone:07700 900612]]

        Narrative: while charging flight battery pack B14 (post-flight, 41% {{SoC}}) the pack began to swell
        and vent smoke at approx 16:50. Reporter activated the {{fire alarm}}, covered it with the {{LiPo}}
        {{fire blanket}} and moved the pack into the {{sand bunker}} with tongs. {{Fire service}} attended, no
        spread, no injuries.
        Pack history: 212 cycles; hard landing on [[date:28 Feb]] (see [[case_reference:CAL-OR-24-027]]) but
        passed {{visual inspection}}.
        Recommendation: quarantine packs for 48 h after any hard landing.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Nkechi Obiora]] <[[email:n.obiora@corvidair.co.uk]]>
        To: {{Ops team}}
        Date: [[date:Friday 26 July 2024]] 06:48
        Subject: TDA NOTAM not active - flights held

        All,
        At the 06:30 {{pre-flight briefing}} [[name:Arjun]] checked the {{NOTAM}}s and found that the {{TDA}} for our
        {{BVLOS}} corridor was not promulgated for today. The renewal had been submitted but the {{AIS}}
        confirmation went to [[name:Steph]]'s inbox while she was on leave.
        We held all flights until it was confirmed at 08:15. Had we launched we would have been flying BVLOS
        in {{uncontrolled airspace}} outside our {{operational authorisation}}.
        Actions: confirmations to go to the shared {{ops mailbox}}; TDA status added to the {{go/no-go checklist}}.
        Thanks to [[name:Arjun]] for catching it.

        [[name:Nkechi]]
        {{Head of Flight Operations}}
        [[organisation:Corvid Air Logistics]]
        M: [[phone:07700 900883]]
    """)),
    ("aviation", "near_miss", block("""
        #ops-flightplanning (Slack)
        [[name:mateo.g]]  07:52
        heads up - {{GCS}} 2 loaded {{geofence}} v3.7 this morning,
        that's the OLD one without the new {{school}} exclusion zone round [[organisation:Ashby Moor Primary]]
        [[name:rosie_t]]  07:53
        🙈 did anything fly with it?
        [[name:mateo.g]]  07:54
        no, caught at {{pre-flight checks}}, [[flight_number:CVD402]] was next out. reloaded v3.8 and [[name:Dev Malhotra]] did the {{independent check}}
        [[name:Dev Malhotra]]  07:58
        confirmed v3.8, hash matches. looks like the overnight sync failed on GCS 2 only
        [[name:rosie_t]]  08:01
        can we make the {{checklist}} show version + date on screen? relying on someone remembering a number isn't great
        [[name:mateo.g]]  08:02
        raising it as a {{near miss}} now
    """)),
    ("aviation", "incident", block("""
        Shift handover - ops room - [[date:Sat 11 May]]
        - [[aircraft_registration:G-CVLD]] U/S: a {{buzzard}} attacked it on {{final approach}} to the [[organisation:Pennock Farm]] pad ~11:20
          ([[flight_number:CVD233]]). One {{prop}} broken, a/c landed on remaining motors, {{parachute}} not needed.
          [[name:Guus]] inspecting Monday, pls don't fly it.
        - {{MOR}} draft in the shared drive, needs {{Accountable Manager}} sign-off (Mr [[name:Achebe]]).
        - 3rd raptor event at that pad since {{April}}. Suggest moving the approach path or a {{nesting season}} restriction.
        - Serviceable: [[aircraft_registration:G-CVLA]], [[aircraft_registration:G-CVLB]], [[aircraft_registration:G-CVLK]].
        - Wx tomorrow: gusts 28 kt pm, likely {{no-fly}} after 14:00.
        Handed over by [[name:Robin]], taken by [[name:Faith]].
    """)),
    ("aviation", "incident", block("""
        Safety Review Board - minutes
        Date: [[date:08/10/2024]]
        Present: [[name:Nkechi Obiora]] (chair), [[name:Ade Achebe]] ({{Accountable Manager}}), [[name:Liesl van der Merwe]]
        ({{Safety Manager}}), [[name:Hugo]] ({{Chief Remote Pilot}}), [[name:Sunny Park]] ({{Compliance}})
        Apologies: [[name:Mateo Giménez]], [[name:R. Thistlewood]]

        1. [[case_reference:CAL-OR-24-058]] - fly-away, [[aircraft_registration:G-CVLE]], [[date:24 Sept]]
        Suspected {{GNSS}} interference. a/c left the corridor heading north-east for 2.3 km before [[name:Hugo]]
        triggered {{flight termination}}; {{parachute}} deployed, landed in a barley field, no third-party injury.
        Farmer, Mr [[name:Elphick]], compensated for crop damage. {{CAA}} informed within 72 h; {{AAIB}} not investigating.
        Actions: [[name:LvdM]] to review {{FTS}} trigger criteria; [[name:Hugo]] to brief all pilots.
        2. Minutes of [[date:10 Sept]] agreed.
    """)),
    ("aviation", "near_miss", block("""
        Weekly near-miss summary, wk 37
        Date  | Flight | A/C | Event | RPIC
        [[date:09/09]] | [[flight_number:CVD501]] | [[aircraft_registration:G-CVLA]] | {{Paraglider}} 0.8 nm, {{DAA}} alert, held at waypoint | [[name:Will Ashdown]]
        [[date:10/09]] | [[flight_number:CVD507]] | [[aircraft_registration:G-CVLK]] | {{Battery}} not latched, found on {{walkround}} | [[name:A. Kaur]]
        [[date:12/09]] | [[flight_number:CVD519]] | [[aircraft_registration:G-CVLB]] | Dog walker on {{landing pad}} at [[organisation:Hollybush Medical Centre]], {{go-around}} | [[name:Lwazi Dube]]
        [[date:13/09]] | - | [[aircraft_registration:G-CVLA]] | Wrong {{firmware}} staged for update, caught by [[name:Guus]] | -
        Trend: 2 of 4 relate to {{ground handling}}. Reviewed at the {{safety meeting}}.
    """)),
    ("aviation", "success", block("""
        🙌 Shout-out to [[name:Bogdan]], our newest {{visual observer}}, who on [[date:Thursday 19th]] spotted a
        {{microlight}} at low level heading for the corridor near the {{reservoir}}. It wasn't showing on
        {{ADS-B}} or {{FLARM}}. [[name:Bogdan]] called "traffic, hold" on the {{radio}} straight away, {{RPIC}}
        [[name:Amber Li]] held [[flight_number:CVD612]] at 300 ft, and the microlight passed about 600 m away.
        Textbook {{see and avoid}} and {{CRM}} - and exactly why we keep observers at the {{road crossings}} even
        though {{DAA}} is fitted. Pizza on me Friday.
        - [[name:Liesl]], {{Safety Manager}}
    """)),
    ("aviation", "success", block("""
        From: Dr [[name:Petra Hollis]], {{Consultant Haematologist}}, [[organisation:St Aldhelm's Hospital]]
        Date: [[date:2 February 2024]]
        Subject: Thank you

        Dear [[name:Nkechi]] and team,
        During the snow last week the roads to [[organisation:Nether Scoulby Health Centre]] were closed for two
        days. Your drones flew 14 sample runs in {{marginal weather}}, including an urgent {{INR}} and a
        {{potassium}} for a patient on {{dialysis}} whose result changed their treatment that afternoon. My lab
        staff were impressed by how calmly [[name:Hugo]] and [[name:Precious]] kept us updated.
        Please pass on our thanks.
        Best wishes, [[name:Petra]]

        [Ops note: shared as a learning example - proactive updates to the {{lab}} by the {{RPIC}} worked well.]
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp - "[[organisation:Corvid]] ground crew 🚁"
        [[date:21/05/2024]], 13:02 - [[name:Gaz]]: kid on a bike just rode across the {{pad}} while [[flight_number:CVD340]] was on {{final}}
        [[date:21/05/2024]], 13:02 - [[name:Gaz]]: called {{hold}} on the radio, a/c held at 30m
        [[date:21/05/2024]], 13:03 - [[name:Precious O]]: was the {{barrier tape}} up?
        [[date:21/05/2024]], 13:04 - [[name:Gaz]]: yes but someone moved the {{A-board}} again. gate by the {{surgery}} car park is open
        [[date:21/05/2024]], 13:06 - [[name:Gaz]]: clear now, landed 13:05
        [[date:21/05/2024]], 13:10 - [[name:Precious O]]: ok ty. I'll ring the {{practice manager}} about the gate and log it. we need a proper fence
    """)),
    ("aviation", "success", prose("""
        Learning report - {{lost link}} procedure performed as designed. On [[date:14 March 2024]] at
        15:22, [[flight_number:CVD144]] ([[aircraft_registration:G-CVLB]]) lost both {{C2 links}} over open
        farmland 9 km from base during a {{mobile network}} outage. The aircraft held for the programmed
        60 seconds, flew the {{contingency route}} at 400 ft and landed at the
        {{alternate landing site}} at [[organisation:Greythorpe Grange]]. The {{RPIC}},
        [[name:Anouk de Vries]], followed the {{emergency checklist}}, informed
        [[organisation:Fenmoor Radar]] by phone within two minutes and sent ground crew member
        [[name:Tendai]] to the site. No {{airspace infringement}}, no damage. Telemetry shows every step
        matched the {{Operations Manual}}. Learning: the quarterly {{lost link drill}} works. One gap -
        the {{ATC}} phone number was only saved in one crew member's mobile; it is now on the {{GCS}} wall.
    """)),
    ("aviation", "incident", block("""
        ground incident - [[name:tendai]] cut his finger on a {{prop}} of [[aircraft_registration:G-CVLD]] while loading
        the payload at the [[organisation:hollybush]] pad. a/c was {{disarmed}} but a motor twitched when the {{GCS}} ran the
        {{pre-arm}} check. deep cut, {{first aid kit}} used, [[name:Gaz]] drove him to the {{MIU}} at
        [[organisation:Scoulby Community Hospital]], 4 stitches. {{RIDDOR}}? not off work so prob not.
        procedure says GCS + ground crew confirm safe before anyone approaches - we skipped it cos we were
        running late. [[date:14/10]] - [[name:A.K.]]
    """)),
    ("aviation", "success", block("""
        RT log - [[date:Tuesday 23 April]], {{SafetyCom}}
        11:40 [[flight_number:Corvid 415]]: All stations, [[flight_number:Corvid 415]], unmanned aircraft
          in the {{TDA}} corridor, two miles east of [[address:Nether Scoulby]], 300 feet, northbound.
        11:41 [[aircraft_registration:G-ZXQK]]: [[flight_number:Corvid 415]], {{R44}} crop spraying the field
          south of the corridor, 200 feet, will remain south of the {{A-road}}.
        11:41 [[flight_number:Corvid 415]]: Copied, we'll hold north at waypoint {{Delta Two}} until you call clear.
        11:58 [[aircraft_registration:G-ZXQK]]: [[flight_number:Corvid 415]], spraying complete, departing west, clear of the corridor.
        11:58 [[flight_number:Corvid 415]]: Thanks, resuming.
        Note ([[name:Chinedu]], {{RPIC}}): good example of {{electronic conspicuity}} and RT working together - the
        R44 pilot had read our {{NOTAM}} and called us first. Suggest inviting local operators to our next
        {{airspace users' briefing}}.
    """)),
    ("aviation", "incident", prose("""
        Incident summary - corridor excursion, [[flight_number:CVD277]], [[date:1 December 2024]]. On the
        return leg from [[organisation:Nether Scoulby Health Centre]], aircraft
        [[aircraft_registration:G-CVLK]] met a stronger-than-forecast westerly (gusting 31 kt against a
        forecast 18 kt). Drift carried it 140 m outside the eastern edge of the {{BVLOS}} corridor for
        48 seconds before the {{autopilot}} corrected. It stayed inside the {{TDA}} but left the area
        assessed in our {{SORA}}, which is a breach of the {{operational authorisation}}. No other
        traffic. {{RPIC}} [[name:Amber Li]] reported it at once and an {{MOR}} went to the {{CAA}}
        ([[case_reference:CAL-OR-24-071]]). Contributing factors: the wind limit was set on
        {{mean wind}} not gusts, and the {{corridor buffer}} was only 100 m on the eastern side. Interim
        actions: gust limit of 25 kt and a wider buffer. Report author: [[name:L. van der Merwe]].
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind304", REPORTS))
