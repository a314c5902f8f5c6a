"""Held-out blind corpus 259: 50 invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
de-identification generalises. Three settings, every person, organisation, place and number
invented:

* social_care (17): a council's children's contact centre and family time service for
  looked-after children - family time workers, siblings, transport escorts, venues.
* health (17): a hospital's acute medical unit (AMU) - clerking, ambulatory care, early warning
  scores, bed managers, specialty referrals.
* aviation (16): a low-cost airline's cabin services and catering uplift at a base airport -
  cabin managers, catering trolleys, duty free, galley safety.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams/WhatsApp/Slack), handover notes, minutes with
attendance and apologies, pipe and aligned tables, radio/RT transcripts, shout-outs and
thank-you notes. `[[label:value]]` marks identifiers; `{{term}}` marks must-not-redact mentions.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind259.jsonl"

SOCIAL_CARE = [
    ("social_care", "incident", prose("""
        ffs another one. 2day [[date:14/03]] {{family time}} at [[organisation:Larkhill Contact Centre]]
        for the [[name:Okonkwo-Bell]] sibs - [[name:tayo]] ([[age:9]]) and [[name:remi]] ([[age:4]]).
        {{escort}} from [[organisation:Castle Cars]] turned up w/o a {{booster seat}} for [[name:remi]] so
        we had 2 wait 40 mins. {{mum}} got upset thinkin kids werent coming, kicked off at
        {{reception}}. {{FTW}} [[name:jas]] calmed her down. session cut to 45 mins. pls can
        {{transport team}} check {{car seat}} requirements r on the booking?? this is 3rd time this
        month. ref [[case_reference:FT-22817]]. kids ok, [[name:remi]] cried at end but settled in the
        {{taxi}}. {{duty SW}} informed x
    """)),
    ("social_care", "success", prose("""
        Shout-out to [[name:Grace Adeyemi]] and [[name:Will]] on the {{Saturday}} rota! On
        [[date:Sat 9th March]] the [[name:Kowalczyk]] brothers had their first {{family time}} with
        their {{birth dad}} since {{care proceedings}} ended. [[name:Grace]] had prepared a
        {{life story}} box with the boys' {{foster carer}} and [[name:Will]] set up the
        {{Sunflower Room}} so it felt less like an office. [[name:Filip]] ([[age:11]]) told us it was
        "the best one ever". {{Dad}} stayed calm and used the {{Signs of Safety}} words we practised
        with him in {{February}}. This is what good looks like, thank you both.
        [[name:Hope Mensah]], {{Team Manager}}, [[organisation:Brackenfield Family Time Service]]
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT / NEAR MISS FORM - {{Children's Services}}
        Ref: [[case_reference:NM-2024-0412]]
        Date of event: [[date:21 February 2024]]
        Reporter: [[name:Bill Tranter]] ({{transport escort}})
        Child: [[name:Amelia-Rose Dunleavy]]   DOB: [[date_of_birth:03/11/2016]]
        Placement address: [[address:17 Quarry Bank Lane, Hollinsend]] [[postcode:BK4 7RW]]
        What happened: On the return leg from [[organisation:Larkhill Contact Centre]] the
        {{child lock}} on the rear nearside door was not on. [[name:Amelia-Rose]] ([[age:7]]) undid
        her {{seatbelt}} at the lights on the {{ring road}} and pulled the handle. Door did not open
        ({{central locking}}) but driver [[name:Mo]] pulled over and I put the lock on. No injury.
        Action: {{escort checklist}} amended to include child locks. Informed {{social worker}}
        and {{IRO}} same day.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Priya Raghunathan]] <[[email:p.raghunathan@brackenfield.gov.uk]]>
        To: Family Time Duty <[[email:familytime.duty@brackenfield.gov.uk]]>
        Sent: {{Tuesday}} [[date:5 March 2024]] 17:42
        Subject: Unapproved adult at family time - [[case_reference:FT-23104]]

        Hi all,
        Flagging an incident from today's session at [[organisation:Ashgrove Community Hub]].
        {{Mum}} arrived with a man she introduced as "[[name:Dean]]". He is not on the
        {{contact plan}} and we have no checks on him. {{Family time worker}} [[name:Sunny Bhatt]]
        asked him to wait outside, he refused, so the session was ended 10 minutes early as the
        plan says. [[name:Kayla]] ([[age:6]]) and [[name:Jayden]] ([[age:3]]) went back to their
        {{foster carers}} by taxi, both settled. I have told the {{allocated SW}} Mr [[name:Achterberg]]
        and sent the details to the {{MASH}}.
        Please can {{reception}} check adults against the {{approved list}} at the door?

        Thanks,
        [[name:Priya]]
        {{Senior Family Time Worker}}
        [[organisation:Brackenfield Children's Services]]
        [[phone:01632 960418]]
    """)),
    ("social_care", "success", block("""
        [Teams - Family Time North]
        [[name:Rosie Lamb]] 09:12: anyone able to cover 10am at [[organisation:Larkhill]]? [[name:Tomasz]] off sick
        [[name:Joy Ekwueme]] 09:14: i can, which family?
        [[name:Rosie Lamb]] 09:15: the [[name:Haddad]] girls. {{nan}} supervising with you, {{risk assessment}} on {{LCS}}
        [[name:Joy Ekwueme]] 09:15: on it. do we need an {{interpreter}}? nan mainly speaks {{Arabic}}
        [[name:Rosie Lamb]] 09:16: yes {{phone interpreter}} booked, PIN in the folder
        [[name:Joy Ekwueme]] 11:03: went really well. [[name:Lina]] read nan a story in english and nan translated it for [[name:Maya]] lol. proper lovely
        [[name:Rosie Lamb]] 11:05: amazing thank you [[name:Joy]]!! will put it in the {{case notes}} + tell [[name:Mark]] ({{SW}})
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER {{Fri}} [[date:22/03]] - {{late shift}} to {{Sat}} team
        - [[name:Kaur]] family: {{supervised}} 2pm Sat at [[organisation:Netherby Leisure Centre]] soft play.
          NEAR MISS today - baby [[name:Zainab]] ([[age:8 months]]) was nearly given a bottle {{mum}}
          brought from home. {{Contact plan}} says sealed formula from {{foster carer}} only.
          [[name:ES]] spotted it before the feed. Mum upset but accepted. PLEASE re-read plan!!
        - [[name:Bradley]] ({{older brother}}, [[age:15]]) wants to bring his girlfriend - NOT agreed,
          check with {{SW}} [[name:Faith Olabode]] first.
        - {{Minibus}} [[vehicle_registration:BK21 FTS]] has a tyre warning light - reported to {{fleet}}.
        - Keys for the {{Blue Room}} cabinet are in the {{safe}}.
        from [[name:Ellie]]
    """)),
    ("social_care", "incident", prose("""
        On [[date:Wednesday 10 April 2024]] I was supervising {{family time}} at
        [[organisation:Larkhill Family Contact Centre]] for [[name:Daniel Ferreira]] ([[age:aged 12]])
        and his father, Mr [[name:Ricardo Ferreira]]. About 40 minutes in, Mr [[name:Ferreira]]
        showed [[name:Daniel]] a video on his phone of [[name:Daniel]]'s {{mother}}, which the
        {{contact agreement}} does not allow. When I asked him to put the phone away he became
        verbally aggressive and said "you lot at [[organisation:Brackenfield]] ruin families". I used
        the {{panic alarm}}. The {{duty manager}}, [[name:Nkechi Udeh]], attended and the session
        ended at 15:20. [[name:Daniel]] was walked to the car by {{escort}} [[name:Pat Rooney]]. The
        police were not called. I completed {{incident log}} [[case_reference:LOG/3391]] and emailed the
        {{allocated social worker}}. [[name:Daniel]] said he was "fine" but was quiet on the journey;
        [[name:Pat]] has fed this back to his {{foster carer}}. On reflection, the phone rule should be
        repeated at the start of every session, not only in the {{written agreement}}.
    """)),
    ("social_care", "success", block("""
        Typed up from a card left at {{reception}}, for the {{learning log}}:

        "Dear [[name:Amber]] and [[name:Lukasz]], thank you for helping me see my little sisters
        every {{Thursday}} even when I moved far away. The {{bus pass}} thing was a good idea and
        I like that you let us bake. love from [[name:Shanice]] ([[age:14]])"

        Manager note: when [[name:Shanice]] moved to [[organisation:Oakfield House]] ({{children's home}},
        40 miles away) [[name:Amber]] and [[name:Lukasz]] moved the session to after school, sorted a
        {{travel pass}} with her {{key worker}} and kept the same room and activities so the girls
        had continuity. No sessions missed since {{January}}. Raised at {{LAC review}} by the
        {{IRO}} as good practice. - [[name:H.M.]]
    """)),
    ("social_care", "near_miss", block("""
        Chronology - {{near miss}} - wrong drop-off address, [[date:2 May]]
        15:05  {{FTW}} [[name:Ade]] ends session with the [[name:Okafor]] siblings at [[organisation:Ashgrove Community Hub]]
        15:10  {{Taxi}} ([[organisation:Castle Cars]], reg [[vehicle_registration:KX68 WHU]]) collects [[name:Tobi]] ([[age:5]]) and [[name:Ife]] ([[age:7]])
        15:31  Driver heads for [[address:4 Tern Close, Eastholme]] (previous placement) - booking sheet not updated
        15:33  {{Escort}} [[name:J.K.]] queries it, checks {{placement plan}} on {{work phone}}
        15:35  New {{carers}} confirmed at [[address:29 Millbrook Road, Eastholme]]
        15:52  Arrive correct address, carers told of delay. [[name:Ife]]'s {{inhaler}} handed over
        16:10  {{Out of hours}} and {{team manager}} informed
        Learning: transport bookings must pull the address from {{LCS}}, not old e-mails. [[name:J.K.]] did really well.
    """)),
    ("social_care", "incident", block("""
        Family Time Service - {{Learning Review}} minutes
        Date: [[date:16/04/2024]]
        Present: [[name:Hope Mensah]] (chair, {{TM}}), [[name:Rosie Lamb]], [[name:Ade Bankole]],
        [[name:Chidi]] ({{transport coordinator}}), [[name:Sarah-Jane Pike]] ({{IRO}})
        Apologies: [[name:Tomasz Wiśniewski]], Dr [[name:Lowe]] ({{CAMHS}})

        1. Incident [[case_reference:FT-23391]] - finger trap at venue
        [[name:Charlie]] ([[age:4]]) trapped his fingers in a {{fire door}} at
        [[organisation:St Cuthbert's Church Hall]] during sibling time. No {{door guards}} fitted.
        {{First aid}} given by [[name:Ade]]; {{minor injuries unit}} not needed. {{Foster carer}}
        told at pick-up, {{body map}} completed.
        2. Discussion: external venues are not checked to the same standard as the centre.
        Actions
        - [[name:Chidi]] to audit all external venues for door guards by [[date:30 April]]
        - [[name:Hope]] to raise with {{Health and Safety}}
        - [[name:Rosie]] to update the {{venue checklist}}
    """)),
    ("social_care", "success", block("""
        [[[date:14/05/2024]], 18:22] [[name:Bea Morgan]]: quick good news - the {{sibling}} video call worked!! [[name:Leo]] and [[name:Mia]] hadn't seen each other since [[name:Mia]] moved to [[organisation:Carnforth Lodge]]
        [[[date:14/05/2024]], 18:23] [[name:Sunny]]: 👏👏 how was the wifi lol
        [[[date:14/05/2024]], 18:25] [[name:Bea Morgan]]: used the {{Teams}} link from {{IT}}, tested it {{Friday}} so no drama. [[name:Leo]] showed her his {{guinea pig}} 😂
        [[[date:14/05/2024]], 18:26] [[name:Bea Morgan]]: {{residential}} staff were great too, they sat with her the whole time
        [[[date:14/05/2024]], 18:31] [[name:Hope]]: brilliant, pls log as {{good practice}} for the {{Ofsted}} folder 😊
        [[[date:14/05/2024]], 18:32] [[name:Bea Morgan]]: will do. same time next {{Tuesday}}
    """)),
    ("social_care", "incident", block("""
        Transport exceptions - w/c [[date:20 May 2024]]
        Date   | Child                | Escort | Issue                                             | Ref
        [[date:20/05]]  | [[name:K.M.]] ([[age:6]])           | [[name:Rose]]   | {{Taxi}} 25 min late, {{family time}} shortened                | [[case_reference:TX-0881]]
        [[date:21/05]]  | [[name:Harvey]]               | [[name:Abdi]]   | {{Inhaler}} left in taxi, returned next day               | [[case_reference:TX-0884]]
        [[date:23/05]]  | [[name:Nadia P]]              | none   | No {{escort}} booked, {{FTW}} travelled alone with child     | [[case_reference:TX-0890]]
        [[date:24/05]]  | [[name:Okafor]] sibs           | [[name:Rose]]   | {{Driver}} on {{mobile}} while driving, child told escort | [[case_reference:TX-0893]]
        Summary: 4 exceptions, 1 serious ([[case_reference:TX-0893]]). [[organisation:Castle Cars]] suspended the
        driver pending review; {{LADO}} threshold not met per {{commissioning}}.
    """)),
    ("social_care", "near_miss", prose("""
        nr miss - nearly let {{dad}} take [[name:poppy]] to the loo on his own at
        [[organisation:Fenwick Rd family centre]]. {{contact plan}} says {{fully supervised}} incl
        toileting. new {{sessional worker}} [[name:dom]] didnt know, i caught it at the door. [[name:poppy]]
        is [[age:3yo]]. nothing happened but cld have. we need the {{plan on a page}} in the paper
        folder not just on {{LCS}} bc sessionals cant log in. also the {{baby change}} is in the
        {{disabled loo}} which is out of sight of the {{family room}}. [[name:mw]] [[date:29/5]]
    """)),
    ("social_care", "success", prose("""
        {{Learning from Excellence}}. On [[date:Saturday 8 June]] {{family time worker}}
        [[name:Oluwaseun Adebayo]] (known to the children as [[name:Shay]]) brought five siblings
        from three placements together for the first time in two years, for a picnic at
        [[organisation:Wycliffe Park]]. [[name:Shay]] planned it with three sets of
        {{foster carers}} and the {{Virtual School}}, booked two {{minibuses}} and staggered arrival
        times so the {{eldest}}, [[name:Marcus]] ([[age:16]]), could have time with {{Mum}} first. He
        wrote a {{risk assessment}} for the {{pond}} and brought spare {{EpiPens}} for the youngest.
        {{IRO}} Ms [[name:Farouk]] attended for part of the afternoon and said it was the most
        relaxed she had seen the family. [[name:Marcus]] has asked for this to happen every
        {{summer holiday}}.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Lukasz Nowicki]] <[[email:lukasz.nowicki@brackenfield.gov.uk]]>
        To: {{Information Governance}}
        Date: [[date:11/06/2024]] 16:05
        Subject: Data breach - family time record sent to wrong recipient

        Hello,
        At 15:40 I e-mailed the {{family time record}} for [[name:Ellis]] ([[case_reference:CLA-40021]]).
        It was meant for the {{SW}}, [[name:Dee Harper]] <[[email:dee.harper@brackenfield.gov.uk]]>, but
        {{autocomplete}} picked [[name:Ellis]]'s {{grandmother}}, [[name:Denise Hart]]
        <[[email:denise.hart61@inboxmail.co.uk]]>. The record includes the carers' postcode
        ([[postcode:BK7 2NQ]]). Recall failed. I have phoned [[name:Dee]] and my {{team manager}};
        carers informed and a {{placement risk assessment}} is being done today.
        {{DPO}} ref [[case_reference:IG-2024-117]].

        [[name:Lukasz Nowicki]] | Family Time Worker | [[phone:07700 900583]]
    """)),
    ("social_care", "near_miss", block("""
        Name of reporter: [[name:Faith]] ({{sessional}})
        Team: Family Time - {{West}}
        Date/time: [[date:Thurs 27th June]], approx 16:40
        Location: car park, [[organisation:Larkhill Family Contact Centre]],
        [[address:Unit 3, Canal Wharf, Brackenfield]] [[postcode:BK2 9DF]]
        What happened: {{Dad}}'s ex-partner was seen waiting in a car near the {{handover point}}.
        She is named on a {{non-molestation order}} and is not to know the children's
        {{placement}}. I kept [[name:Alfie]] ([[age:2]]) and [[name:Ruby]] ([[age:5]]) inside, rang the
        {{duty manager}} and the taxi was moved to the {{rear gate}}. Car reg noted:
        [[vehicle_registration:YR15 KDP]]. She left at 16:55.
        Outcome: no contact with children. Reported to {{police}} via 101, log [[case_reference:0612-270624]].
        Suggest staggered finishes for this family.
    """)),
    ("social_care", "incident", block("""
        ACCIDENT BOOK - [[organisation:Ashgrove Community Hub]] (hired room)
        Entry no. [[case_reference:AB/117]]
        Injured person: [[name:Tyler Mbeki-Jones]] ({{child}}, [[age:8yrs]])
        Date: [[date:03.07.24]]   Time: 13:25
        Details: During {{sibling contact}} [[name:Tyler]] and his {{half-brother}} [[name:Josh]] were
        playing tag in the {{main hall}}. [[name:Tyler]] slipped on a wet patch by the
        {{kitchen hatch}} (no {{wet floor sign}} out) and hit his chin. Cut approx 1cm.
        Treatment: cleaned, {{steri-strip}}, ice pack. {{Head injury advice}} sheet given to
        {{foster carer}} Mrs [[name:Abara]] at collection.
        Witness: [[name:Reuben]] ({{FTW}})
        Signed: [[name:C. Oduya]]
    """)),
]

HEALTH = [
    ("health", "incident", prose("""
        pt in {{bay 3}} on {{AMU}}, mr [[name:o'donnell]] [[age:78yo]], {{NEWS2}} 7 at 0300 not escalated,
        agency {{HCA}} charted it on {{e-obs}} but didnt tell {{nurse in charge}}. {{FY1}} [[name:raj]] saw
        him at 0545 on routine review - {{sepsis}} ?{{chest source}}, {{lactate}} 4.1, {{sepsis six}}
        started then. ~2.5hr delay to {{abx}}. {{outreach}} aware, now on {{HDU}} list. HCA said she
        was told to 'just do obs', no induction to escalation. hosp no [[case_reference:NG4471023]].
        pls can agency staff get the 1 page escalation sheet on arrival. - [[name:kt]] {{band 6}}
        nights [[date:12/1]]
    """)),
    ("health", "success", prose("""
        Massive thank you to {{bed manager}} [[name:Grace Kimani]] and Dr [[name:Osei]] for
        [[date:Monday 15th January]]. We were at {{OPEL 4}}, 14 patients in {{ED}} waiting for
        {{AMU}} beds and {{ambulatory care}} was full by 10am. [[name:Grace]] ran a {{board round}}
        every two hours and Dr [[name:Osei]] pulled nine patients into the {{SDEC}} chairs so they
        could be {{clerked}} and go home the same day with {{hot clinic}} follow-up. No
        {{12-hour breaches}} at all. Also thanks to [[name:Faith]] in the {{discharge lounge}} who
        stayed an hour late. Proper team effort!
        [[name:Jo]], {{Matron}} for Acute Medicine, [[organisation:Northgate General Hospital]]
    """)),
    ("health", "near_miss", block("""
        INCIDENT REPORT (draft)
        Incident ref: [[case_reference:W-118204]]
        Patient: [[name:Harold Ambrose Pennington]]    DOB: [[date_of_birth:14/08/1941]]
        NHS no: [[nhs_number:851 394 2227]]    Hosp no: [[case_reference:NG2210487]]
        Address: [[address:Flat 6, Corbridge Court, Wellgate]] [[postcode:NH9 4TB]]
        Location: {{AMU}} {{bay 2}}    Date: [[date:29/01/2024]]
        Reporter: Sister [[name:Ngozi Eze]]
        Description: {{Penicillin allergy}} was in the {{GP}} letter from
        [[organisation:Fernlea Medical Practice]] but not carried over to {{EPMA}} at clerking.
        {{Co-amoxiclav}} prescribed for {{CAP}}. {{Ward pharmacist}} [[name:Tariq]] spotted it at
        {{med rec}} before the first dose. Mr [[name:Pennington]] confirmed a rash and lip swelling in the past.
        Changed to {{doxycycline}}. No harm.
        Contributing factor: {{ED}} {{proforma}} allergy box said "{{NKDA}}".
    """)),
    ("health", "incident", block("""
        From: [[name:Aisha Rahman]] <[[email:aisha.rahman4@northgate.nhs.uk]]>
        To: AMU Consultants <[[email:amu.consultants@northgate.nhs.uk]]>
        Cc: {{Clinical Governance}}
        Date: {{Mon}} [[date:5 Feb 2024]] 09:31
        Subject: Unactioned {{cardiology}} referral over weekend - [[case_reference:NG3382915]]

        Morning all,
        A [[age:58-year-old]] man was admitted [[date:Sat 3 Feb]] with a {{troponin}} rise and dynamic
        {{ST changes}}. He was referred to {{cardiology}} on the electronic system at 11:00 but the
        referral sat as "not seen" for 31 hours, as weekend cover is based at
        [[organisation:St Aldhelm's Hospital]] and nobody was watching the list. He had further
        {{chest pain}} on {{Sunday}} morning and the {{on-call SpR}}, Dr [[name:Kovačević]], came
        once phoned directly. Transferred to [[organisation:Kingsmere Heart Centre]] {{CCU}} on [[date:5/2]].
        Could we agree an escalation route for referrals unactioned after 12 hours?

        [[name:Aisha]]
        {{ST4}} {{Acute Medicine}}
        ext [[phone:01632 960772]]
    """)),
    ("health", "incident", block("""
        Timeline - {{AMU}} {{side room 4}}, [[date:19/02/24]]
        Pt: [[name:EW]], [[age:64]] F, hosp no [[case_reference:NG5560138]]
        19:40  Arrived from {{ED}}. {{NEWS2}} 2. {{DKA}} protocol, {{FRIII}} prescribed on ED chart
        19:55  {{Infusion pump}} disconnected for transfer, not restarted on arrival
        21:10  {{CBG}} 24.1, {{ketones}} 4.8. Nurse [[name:Bogdan]] notices pump off
        21:12  {{FRIII}} restarted, {{SHO}} Dr [[name:Lim]] informed
        21:30  {{VBG}} pH 7.19, {{registrar}} [[name:Hemi Walker]] reviews
        23:00  ketones 3.1, improving
        Impact: ~75 mins without insulin, no lasting harm. [[name:EW]] and her son told ({{duty of candour}}).
        Learning: transfer checklist does not ask "infusions running + rates". {{Diabetes team}}
        ([[name:Ruth]]) to add it.
    """)),
    ("health", "success", block("""
        #amu-docs (Teams)
        [[name:kwame.asante]] 14:02  ambulatory rammed, 3 waiting {{CTPA}} and {{CT}} says earliest 6pm 😩
        [[name:hannah.s]] 14:05  i'll ring [[name:Bev]] in {{radiology}}, she owes me one
        [[name:hannah.s]] 14:21  she's squeezing all 3 in between {{inpatient}} scans, porters booked
        [[name:kwame.asante]] 16:48  all negative for {{PE}} except one small {{subsegmental}} - started {{apixaban}}, home with {{PE clinic}} f/u
        [[name:kwame.asante]] 16:49  3 beds saved tonight. [[name:Bev]] + [[name:hannah.s]] legends
        Dr [[name:Lowri Pugh]] 17:02  lovely stuff, pls put in {{Learning from Excellence}} 👏
    """)),
    ("health", "near_miss", block("""
        AMU NIGHT HANDOVER - {{Tues}} [[date:27/2]]
        Bed 1 - Mrs [[name:Agnieszka Zielińska]] [[age:81]], {{UTI}}/{{delirium}}, {{high falls risk}}, {{bay watch}} needed
        Bed 4 - Mr [[name:B. Hope]] {{AKI}} stage 2 on {{gentamicin}}. NB NEAR MISS on days: dose
                nearly given before the {{level}} was back. [[name:Mark]] (pharm) caught it. Level due 06:00 - do NOT give until reviewed
        Bed 7 - [[name:Dorothy]], {{DNACPR}} in place, daughter [[name:Joy]] wants calling if any change, [[phone:07700 900217]]
        Bed 9 - empty, {{bed manager}} has [[name:Kai]] coming up from {{ED}} ~0100
        {{Doctors}}: {{med reg}} is [[name:Femi]], bleep via switch
        Staffing: 1 short, {{NIC}} [[name:Abi]]
    """)),
    ("health", "incident", block("""
        AMU {{Mortality and Morbidity}} / Governance - [[date:7 March 2024]]
        Attendees: Dr [[name:F. Amadi]] (chair), Dr [[name:Lim]], [[name:Sunita Varma]] ({{ACP}}),
        [[name:Gethin Prys-Jones]] ({{pharmacy}}), [[name:Charity Mwale]] ({{Ward Sister}})
        Apologies: [[name:Ruth Ellison]] ({{diabetes}}), Dr [[name:Osei]]

        Case 1 - [[case_reference:W-118377]]: {{PE}} missed in {{SDEC}}. Discharged with
        "{{musculoskeletal chest pain}}". {{Wells score}} not documented; {{D-dimer}} requested but
        not reviewed before discharge. Re-presented 48h later {{hypoxic}}, {{CTPA}} confirmed
        {{saddle embolus}}, {{thrombolysed}}, survived.
        Discussion: {{results}} not on the {{SDEC}} whiteboard; handover at 8pm lost the pending list.
        Actions:
        - SDEC discharge checklist to include pending results (owner: [[name:Sunita]], by [[date:28/03]])
        - Teaching at {{Thursday}} {{grand round}} ([[name:F.A.]])
    """)),
    ("health", "near_miss", block("""
        SDEC board [[date:12/03]] (am)
        Chair | Patient              | Age | Hosp no     | Plan                   | Clinician
        1     | [[name:J. Whitfield]]         | [[age:47]]  | [[case_reference:NG1185520]] | {{CTPA}} then home         | [[name:LP]]
        2     | [[name:Mohammed Iqbal]]       | [[age:29]]  | [[case_reference:NG6604211]] | {{cellulitis}}, {{IV}} abx   | Dr [[name:Ng]]
        3     | [[name:John Whitfield]]       | [[age:82]]  | [[case_reference:NG0392716]] | {{INR}}/{{bleed}} review     | [[name:LP]]
        Near miss: {{phlebotomy}} labelled chair 1's {{bloods}} with chair 3's sticker (same surname,
        both "J"). {{Lab}} flagged the {{INR}} of 1.0 on a patient on {{warfarin}}. [[name:LP]]
        repeated both. No wrong treatment given.
        Fix: {{name alert}} magnet on both chairs, and positive ID with DOB at every sample.
    """)),
    ("health", "incident", prose("""
        On [[date:18 March 2024]] at approximately 22:00, a patient on
        [[organisation:Beaumont Ward]] ({{AMU}} {{Bay B}}), Mrs [[name:Olive Thistlethwaite]],
        [[age:aged 90]], was given {{gentamicin}} 7mg/kg for {{urosepsis}}. The dose was calculated
        on a weight of 80kg copied from a previous admission; her actual weight was 48kg. The
        {{second checker}} did not have a current weight to hand and the {{gentamicin calculator}}
        did not prompt for one. The next morning the {{trough level}} was high and her
        {{creatinine}} had risen. {{Microbiology}} advised stopping the drug and she was switched to
        {{IV}} {{temocillin}}. Her kidney function recovered over five days. The {{consultant}},
        Dr [[name:Fenella Amadi]], met her daughter [[name:Rose]] under {{duty of candour}} on
        [[date:20 March]]. Ref [[case_reference:W-118502]]. Recommendation: weight on arrival to
        be mandatory on the {{AMU}} {{admission bundle}} and the calculator to reject weights more
        than 30 days old.
    """)),
    ("health", "incident", block("""
        WhatsApp export attached to report [[case_reference:IG-NG-0331]]
        [[[date:21/03/2024]], 02:14] [[name:Tom H]]: can someone on amu look at bed 12's {{ECG}}?? {{registrar}} tied up in {{resus}}
        [[[date:21/03/2024]], 02:14] [[name:Tom H]]: <photo: ECG with patient sticker - [[name:MARGARET COLLIER]] [[nhs_number:179 271 4378]]>
        [[[date:21/03/2024]], 02:16] [[name:Anjali]]: mate thats got the sticker on it. delete for everyone pls
        [[[date:21/03/2024]], 02:17] [[name:Tom H]]: sorry deleted. looks like {{AF}} with {{RVR}} tho?
        [[[date:21/03/2024]], 02:18] [[name:Anjali]]: coming down now, use {{bleep}} next time x
        Reported by [[name:Anjali Deshpande]] ({{SpR}}). {{Caldicott Guardian}} informed.
    """)),
    ("health", "success", prose("""
        {{Learning from Excellence}} nomination. On [[date:Friday 29 March]] a [[age:91-year-old]]
        lady came up to {{AMU}} after a fall with no injury. Instead of admitting her to a bed,
        {{frailty practitioner}} [[name:Precious Ndlovu]] did a {{Comprehensive Geriatric
        Assessment}} in {{ambulatory}}, {{physiotherapist}} [[name:Constance Liddell]] checked her
        mobility on the stairs mock-up, and {{OT}} [[name:Benedict]] arranged a {{commode}} and a
        {{key safe}} the same afternoon through [[organisation:Kingsmere Community Equipment]]. She went
        home at 17:30 under the {{virtual ward}} with a phone review the next day. Her grandson
        wrote to say she "had been dreading hospital". This avoided an admission, likely
        {{deconditioning}}, and a weekend in a {{corridor}} bed. [[name:Precious]] deserves
        recognition for pulling it together.
    """)),
    ("health", "incident", block("""
        Transcript - {{GP}} referral line, [[date:25/03/24]] 11:47 (call recording)
        COORDINATOR ([[name:Leanne]]): Acute medicine referrals, [[name:Leanne]] speaking.
        CALLER: Hi, it's Dr [[name:Menon]] from [[organisation:Castlegate Surgery]], referring a patient for {{AMU}}.
        COORDINATOR: Go ahead, name and date of birth?
        CALLER: [[name:Kevin Doyle]], [[date_of_birth:2/4/1966]].
        COORDINATOR: I've got a [[name:Kevin Doyle]], [[date_of_birth:02/04/1969]], [[address:Dunmore Terrace]]?
        CALLER: Sorry, yes, that's him.
        COORDINATOR: Lovely. Reason?
        CALLER: {{Pneumonia}}, sats 91 on air, {{CURB-65}} two.
        --- end ---
        Reporter note: wrong record selected (year of birth differs). {{Bloods}} and {{chest X-ray}} requested on
        the other man's record; found by the {{clerking}} {{FY2}} when the X-ray showed a
        {{pacemaker}}. Ref [[case_reference:W-118611]].
    """)),
    ("health", "near_miss", prose("""
        pt moved out to [[organisation:Harrington Ward]] ({{ortho}} outlier) at 0200 by {{site team}} w
        no verbal handover and no {{med chart}}, just the {{EPR}} flag. shes on {{enoxaparin}} and
        {{levetiracetam}} and nobody on harrington knew she had {{epilepsy}}. their {{staff nurse}}
        [[name:ifeoma]] rang us at 0615 bc the 06:00 {{keppra}} wasnt showing. dose given 40 mins late, no
        seizure. {{bed manager}} said AMU was 'told' but nobody on our side remembers. we need
        nurse-to-nurse handover for every {{outlier}} move even at night. hosp no
        [[case_reference:NG7719304]]. [[name:shabnam]], {{RN}}, [[date:2/4]]
    """)),
    ("health", "success", block("""
        Thank-you card, {{AMU}} staff room (received [[date:12/04/24]]):

        To everyone on the {{acute unit}},
        Thank you for looking after me when I came in with my {{chest infection}}. Special thanks to [[name:Marcus]]
        the {{night nurse}} who made me a cup of tea at {{4am}} and sat with me when I was frightened,
        and the {{doctor}} with the purple glasses (Dr [[name:Priyanka]]?) who explained everything
        to my husband [[name:Frank]] in plain English. I am home now and doing my {{inhalers}}
        properly!
        Love, [[name:Bernadette]] ([[age:73]]) and [[name:Frank]]

        {{Ward manager}} note: shared at {{huddle}}; [[name:Marcus]] and Dr [[name:Priyanka Sharma]]
        thanked personally.
    """)),
    ("health", "incident", block("""
        FALLS INCIDENT FORM
        Ref: [[case_reference:W-118740]]        Date/time: [[date:09/04/2024]] 04:20
        Patient name: [[name:Ernest Quaye]]       DOB: [[date_of_birth:30/06/1938]]
        NHS number: [[nhs_number:163 681 1329]]    Hosp no: [[case_reference:NG2847561]]
        Home address: [[address:12 Saltburn Row, Little Haxby]] [[postcode:NH3 6UL]]
        NOK: [[name:Patience Quaye]] ({{daughter}}) [[phone:07700 900644]]
        Location: {{AMU}} bay 5, bed 23
        Account: Found on floor beside bed by {{HCA}} [[name:Sunny Oyelaran]]. {{Bed rails}} down,
        {{falls sensor}} not switched on. Lump to left temple. On {{apixaban}} so {{CT head}} done
        under the {{NICE}} {{head injury}} pathway: no bleed. {{Post-falls}} obs hourly.
        Falls risk assessment last done in {{ED}} 30 hrs earlier.
        Reported by: [[name:Charity Mwale]]
    """)),
    ("health", "near_miss", prose("""
        {{Critical care outreach}} report, [[date:15 April 2024]]. We were called at 13:10 to a
        [[age:69-year-old]] man in {{AMU}} {{bay 1}} with {{COPD}}, {{NEWS2}} 6, who had been put on
        15 litres via a {{non-rebreathe mask}} by a {{porter}} and {{student nurse}} after he was
        found breathless on return from {{X-ray}}. His {{target saturations}} of 88 to 92 per cent
        were written on the {{drug chart}} but not on the {{oxygen prescription}}. Saturations were
        99 per cent and he was drowsy. {{ABG}} showed a rising {{CO2}}. Oxygen was titrated down
        to a {{Venturi}} 28 per cent and he improved without {{NIV}}. Thanks to {{staff nurse}}
        [[name:Kofi Boateng]] who called us early. Ref [[case_reference:W-118803]]. Outreach team:
        [[name:Ines Carvalho]], [[name:Dom Reilly]].
    """)),
]

AVIATION = [
    ("aviation", "incident", prose("""
        On [[date:2 April 2024]], flight [[flight_number:KJ 4417]] out of
        [[organisation:Eastmoor Airport]], aircraft [[aircraft_registration:G-KJEB]] ({{A320}}). On
        {{descent}} with the {{seatbelt signs}} on, {{cabin crew}} [[name:Dominika Wróbel]] was
        stowing a {{full-size trolley}} in the {{aft galley}}. The {{foot brake}} did not engage and
        when the aircraft pitched the trolley rolled back onto her right foot. {{Cabin manager}}
        [[name:Gareth Lloyd-Evans]] gave {{first aid}} from the {{FAK}} and she remained seated
        for landing. The trolley was tagged {{U/S}} and removed by
        [[organisation:Fairway Inflight Catering]] at the next {{turnaround}}. [[name:Dominika]] was
        seen at the airport {{medical centre}}; bruising only, but she was stood down from her
        remaining sectors. This is the second brake failure on a [[organisation:Fairway]] trolley this month.
        Our {{pre-flight checks}} only test the brake once at boarding. Ref
        [[case_reference:ASR-24-0391]].
    """)),
    ("aviation", "near_miss", block("""
        Cabin log - [[flight_number:KJ2231]] / [[aircraft_registration:G-KJTD]] / [[date:06/04/24]]
        10:42  {{Hot meal}} service. {{CC}} [[name:Amber]] loads {{oven}} 2, {{forward galley}}
        10:49  Burning smell and light smoke from oven 2. [[name:Amber]] switches it off, keeps door shut
        10:50  {{CM}} [[name:Rhys Pritchard]] calls {{flight deck}} on {{interphone}}; {{BCF}} and {{PBE}} out
        10:53  Smoke clears. Oven opened: {{cling film}} left on two {{casseroles}} by caterer
        11:05  Captain [[name:Okereke]] decides to continue; oven {{INOP}} in {{tech log}}
        Follow-up: [[organisation:Fairway Inflight Catering]] told, {{ASR}} filed. No {{PA}} needed, pax unaware.
        Would have been a real {{galley fire}} if it had been left to run. Well done [[name:Amber]].
        - [[name:RP]]
    """)),
    ("aviation", "success", prose("""
        Base shout-out! On [[date:Sunday 14th April]] during the {{turnaround}} of
        [[flight_number:KJ 508]], {{cabin crew}} [[name:Hope Quigley]] noticed water pooling under
        the aft {{water boiler}}. She isolated the {{galley power}} as per {{SOP}}, told the
        {{captain}} and got {{engineering}} out before boarding. They found a cracked fitting that
        was dripping onto the {{electrical panel}} behind the {{chiller}}. Delay was 22 minutes and
        the aircraft, [[aircraft_registration:G-KJEF]], went out with the boiler {{deferred}}.
        [[name:Hope]] had only been flying for six weeks and still spoke up. That is exactly the
        {{safety culture}} we want. Thanks also to {{CM}} [[name:Tadgh]] for backing her.
        [[name:Will Ashdown]], {{Base Manager}}, [[organisation:Kestrel Jet Eastmoor]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Marta Szymańska]] <[[email:m.szymanska@fairwayinflight.co.uk]]>
        To: Cabin Services <[[email:cabinservices.emx@kestreljet.com]]>
        Date: [[date:18 April 2024]] 14:10
        Subject: Seal discrepancy - [[flight_number:KJ 2704]]

        Hi team,
        Following your crew report, we checked the {{duty free}} cart for [[flight_number:KJ 2704]].
        Seal numbers on our {{uplift sheet}} do not match the seals the crew found, and three
        bottles of {{spirits}} are missing. The cart was in our {{bonded store}} overnight and
        delivered by [[name:Kieran]] in van [[vehicle_registration:EM19 LZA]]. {{CCTV}} has been
        requested and {{airport police}} informed, ref [[case_reference:SEC-0418-07]].
        Until this is closed we will double-sign every {{seal}} at the store.

        Kind regards,
        [[name:Marta Szymańska]]
        {{Uplift Supervisor}}, [[organisation:Fairway Inflight Catering Ltd]]
        [[address:Unit 9, Hangar Road, Eastmoor]] [[postcode:EM7 2QA]]
        [[phone:01632 960235]]
    """)),
    ("aviation", "incident", block("""
        Turnaround chronology - {{stand}} 14, [[organisation:Eastmoor Airport]], {{Tue}} [[date:23 April]]
        [[flight_number:KJ 1192]] / [[aircraft_registration:G-OKJA]] ({{A321neo}})
        06:12  On blocks. {{Catering truck}} [[vehicle_registration:EM71 CTU]] approaches {{door 2R}}
        06:14  {{Hi-loader}} raised, {{bumper}} contacts door surround. Driver [[name:Sandeep]], no {{banksman}}
        06:15  CC [[name:Lewis]] at 2R hears a bang, tells {{CM}} [[name:Naomi Fairweather]]
        06:16  Captain informed, {{engineering}} called, {{boarding}} held
        07:40  Engineer [[name:T. Achebe]] finds dent outside {{SRM}} limits, aircraft {{AOG}}
        09:05  Flight cancelled, 174 pax rebooked
        {{MOR}} raised to the {{CAA}}. Ref [[case_reference:OR-240423-02]].
        Crew comment: the door was still armed check done by [[name:Lewis]] before the truck arrived - good.
    """)),
    ("aviation", "incident", block("""
        CREW INJURY REPORT
        Name: [[name:Ayesha Siddiqui]]        Staff no: [[case_reference:KJ-55102]]
        DOB: [[date_of_birth:17 May 1996]]          NI no: [[ni_number:JT 48 21 73 C]]
        Home address: [[address:Flat 3, 41 Runway View, Eastmoor]] [[postcode:EM4 8HX]]
        Mobile: [[phone:07700 900391]]
        Flight: [[flight_number:KJ 3316]]   A/C: [[aircraft_registration:G-KJEH]]   Date: [[date:26/04/2024]]
        Position: {{No. 3}}, {{aft galley}}
        What happened: Lifting a full {{bar box}} into the top {{stowage}} above the {{standard unit}}.
        Box heavier than usual (catering put 2 extra rows of cans in). Felt pain in left wrist.
        Treatment: ice from the {{galley}}, {{CM}} [[name:Joy Mbeki]] informed, completed rest of sector
        on {{PA}} and {{cabin watch}} only.
        {{Occupational Health}} referral: yes. {{RIDDOR}}: not yet known.
    """)),
    ("aviation", "success", block("""
        [[[date:28/04/2024]], 21:03] [[name:Carly]] (CM): just landed from [[flight_number:KJ 883]], have to share this
        [[[date:28/04/2024]], 21:04] [[name:Carly]] (CM): man in 19C went grey and shaky at {{cruise}}, [[name:Nikhil]] clocked straight away it was a {{hypo}}
        [[[date:28/04/2024]], 21:05] [[name:Carly]] (CM): {{orange juice}} + {{glucose gel}} from the {{FAK}}, rechecked with his own {{meter}}, back to normal in 15 mins
        [[[date:28/04/2024]], 21:05] [[name:Nikhil]]: his daughter cried lol. he'd skipped lunch bc the {{security queue}}
        [[[date:28/04/2024]], 21:07] [[name:Bella R]]: [[name:Nikhil]] 🙌🙌 {{SEP}} training paying off
        [[[date:28/04/2024]], 21:09] [[name:Carly]] (CM): writing it up as {{good catch}} for {{Safety}}, no {{diversion}} needed
    """)),
    ("aviation", "near_miss", block("""
        Special meals / allergen check - [[date:02/05/24]] - {{crew room}} printout
        Flight    | Seat | Request               | Loaded?                       | Checked by
        [[flight_number:KJ 2410]]   | 4C   | {{nut allergy}} ({{PA}})     | nut-free {{bar box}}, OK            | [[name:Lou]]
        [[flight_number:KJ 2412]]   | 12A  | {{coeliac}} {{GF}} meal        | NOT loaded                    | [[name:Lou]]
        [[flight_number:KJ 2414]]   | 7F   | nut allergy (PA)      | STANDARD box, {{peanuts}} on board | [[name:Olamide]]
        Note: on [[flight_number:KJ 2414]] the {{uplift sheet}} said nut-free but the box label was
        standard. [[name:Olamide]] caught it at the {{galley check}}, {{peanut}} packs offloaded
        before boarding. Pax never at risk. [[organisation:Fairway Inflight Catering]] asked for
        a separate colour seal for nut-free boxes. Ref [[case_reference:ASR-24-0455]].
    """)),
    ("aviation", "incident", block("""
        Cabin Safety Action Group - minutes, [[date:9 May 2024]], {{crew room}} 2
        Present: [[name:Will Ashdown]] ({{Base Manager}}), [[name:Carly Benn]] ({{SCCM}}),
        [[name:Dev Chaudhry]] (catering liaison, [[organisation:Fairway Inflight Catering]]),
        [[name:Ruth-Ann Cole]] ({{Safety}})
        Apologies: Captain [[name:Mikkelsen]] ({{flight ops}})

        1. Trolley brakes: three failures in April ([[case_reference:ASR-24-0391]],
        [[case_reference:ASR-24-0412]], [[case_reference:ASR-24-0430]]), one crew injury.
        All [[organisation:Fairway]] {{full-size trolleys}} from the same batch.
        2. {{MOR}} for the first failure accepted by the {{CAA}}.
        Actions:
        - [[name:Dev]] to get maintenance records for the batch by [[date:16 May]]
        - [[name:Carly]] to brief crews: test brakes at every {{turnaround}}, not just first sector
        - [[name:Ruth-Ann]] to add brake check to the {{galley checklist}}
    """)),
    ("aviation", "near_miss", prose("""
        taxiing out on [[flight_number:kj1734]], aft {{trolley}} in the {{galley}} wasnt latched and
        rolled out into the aisle when we turned onto the {{taxiway}}. stopped against the
        {{armrest}} of 31D, no injury thank god. last sector crew ([[name:jade]]) left it and i
        missed it on my {{secure check}} bc we were rushing a 25 min {{turn}} to make the {{slot}}.
        told {{CM}} [[name:tosin]] who told the {{flight deck}}. we stopped for 1 min to stow it.
        reg [[aircraft_registration:G-KJTD]], [[date:11/5]]. {{ASR}} to follow. honestly the
        {{red toe latch}} is impossible to see in the dark galley, can we get glow tape on them
    """)),
    ("aviation", "success", prose("""
        On [[date:17 May 2024]] on [[flight_number:KJ 962]] a passenger in row 8, Mr
        [[name:Gavin Stokes]], became abusive after being refused a fourth drink from the
        {{bar service}}. {{Cabin manager}} [[name:Faith Adeleke]] calmly moved him to the
        {{front row}} away from his group, used the {{de-escalation}} wording from {{CRM}}
        training and offered water and a snack. She kept the {{flight deck}} informed and a
        {{yellow card}} was not needed. Crew also spotted that he had a bottle of {{duty free}}
        vodka open in his bag and took it into the {{galley}} to return on arrival. He apologised to
        [[name:Faith]] before landing. The {{captain}}, [[name:Ingrid Solberg]], said the cabin felt
        under control throughout. Ref [[case_reference:DP-0517-962]].
    """)),
    ("aviation", "incident", prose("""
        I'm writing this myself as the injured crew member. On [[date:Friday 24th May]] on
        [[flight_number:KJ 6021]] ([[aircraft_registration:G-KJEB]]) I was making teas in the
        {{forward galley}} about 30 minutes after take-off. The tap on the {{water boiler}} stuck
        open and overfilled the {{jug}}, and when we hit {{light chop}} hot water went over the back of
        my left hand. My colleague [[name:Bartek]] put my hand under cold water from the
        {{bottled water}} and then {{burn gel}} from the {{FAK}}, and {{CM}} [[name:Yasmin]] told
        the {{flight deck}}. Blistering the size of a 50p. I was seen by {{Occupational Health}} at
        base on return. The same boiler was written up by another crew on [[date:20 May]] for the tap
        being stiff and it was not fixed. - [[name:Precious Mwangi]], crew no. [[case_reference:KJ-58814]]
    """)),
    ("aviation", "near_miss", block("""
        #emx-catering-ops (Slack)
        [[name:dev.chaudhry]] 05:41  heads up - [[flight_number:KJ 1102]] and [[flight_number:KJ 1120]] trolleys swapped at {{uplift}}
        [[name:dev.chaudhry]] 05:42  [[flight_number:1120]] has 8 {{pre-ordered meals}} incl 2 {{halal}} and 1 {{GF}}, all on the wrong aircraft
        [[name:sam_oc]] 05:44  [[flight_number:1102]] already boarding on {{stand}} 9, can you get the {{hi-loader}} back?
        [[name:dev.chaudhry]] 05:45  [[name:Gosia]] on her way
        [[name:crew.carly]] 05:51  {{CM}} on [[flight_number:1102]] here - we'd have handed a {{GF}} pax a standard meal, she flagged her {{allergy}} at the door
        [[name:dev.chaudhry]] 06:02  swapped back, both pushed on time. {{labels}} on the 2 {{carts}} were identical except last digit, raising with [[organisation:Fairway Inflight Catering]] {{QA}}
    """)),
    ("aviation", "incident", block("""
        RT transcript (extract), [[date:20 May 2024]], [[organisation:Eastmoor Tower]]
        KJ: [[flight_number:Kestrel four four one seven]], PAN PAN, PAN PAN, PAN PAN, smoke reported in the aft galley, request return
        TWR: [[flight_number:Kestrel four four one seven]], roger PAN, turn right heading two seven zero, descend altitude four thousand feet
        KJ: Right two seven zero, four thousand, [[flight_number:Kestrel four four one seven]]. Cabin crew fighting it, source is an {{oven}}
        TWR: [[flight_number:Kestrel four four one seven]], {{fire service}} alerted, runway two seven cleared to land when ready
        Post-flight note ({{CM}} [[name:Grace Nakamura]]): oven 4 smoking, {{BCF}} used by CC [[name:Pat]], smoke cleared before landing.
        Flight [[flight_number:KJ 4417]], [[aircraft_registration:G-KJTF]]. {{MOR}} raised. Oven sent for {{strip report}}.
    """)),
    ("aviation", "success", block("""
        Subject: Thank you - allergen catch
        To: [[email:rota.uplift@fairwayinflight.co.uk]]

        Hi [[name:Marta]],
        Just wanted to say thank you to [[name:Bogdan Ilie]] on your {{early shift}}. On
        [[date:Thursday 30 May]] he noticed the new {{sandwich}} supplier's labels for the
        "cheese & pickle" didn't list {{mustard}} even though it was in the {{ingredients}} sheet
        from the factory. He pulled 40 units off four {{trolleys}} before they went to
        {{stand}}, and told the {{duty free}} team to check their snack range too.
        One of our pax that week had a declared {{mustard allergy}}, and this is exactly
        what {{Natasha's Law}} labelling is meant to stop.
        [[name:Bogdan]] is a credit to you.

        Best wishes,
        [[name:Rukhsana]]
        {{Cabin Services Coordinator}}, [[organisation:Kestrel Jet Eastmoor]]
    """)),
    ("aviation", "incident", prose("""
        Captain's report, [[flight_number:KJ 2290]], [[date:8 June 2024]]. A male passenger in
        seat 24A, named on the {{PIL}} as [[name:Darren Lyle]], boarded visibly intoxicated. The
        {{dispatcher}} had not flagged him. After take-off he drank a litre of {{duty free}} gin
        bought {{airside}} which he had in his {{hand baggage}}. He became aggressive toward CC
        [[name:Mariana Costa]] when she asked him to stop and pushed past her into the
        {{aft galley}}. {{CM}} [[name:Okoro]] informed me and we issued a verbal warning; he sat
        down once two other passengers helped. {{Police}} met the aircraft on {{stand}} and he was
        arrested, ref [[case_reference:EM-240608-1174]]. [[name:Mariana]] was shaken but not
        injured. Learning: duty free bags sealed in {{STEBs}} do not stop consumption on board;
        our {{alcohol policy}} relies on crew spotting it. Captain [[name:Lindqvist]]
    """)),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind259", REPORTS))
