"""Held-out blind corpus 60: mixed-length reports from a Midlands and East Anglia reporting hub.

Setting: a regional learning hub that takes everything from one-line near misses to long write-ups:
SBAR/ISBAR handovers, shift logs with times and initials, rota swaps, locum and bank staff,
students on placement, flying schools, gliding and microlight clubs, swimming clubs, football
academies, riding schools, holiday and after-school clubs.
Voice: hurried practitioners; clipped logs, chat excerpts and e-mails alongside fuller narratives;
people named by full name, first name, surname with title, initials, nicknames, staff/badge numbers
and call signs.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind60.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "near_miss", prose("""
        One-liner for the hub: bank RSW [[name:Kezia Mbatha]] (staff no. [[case_reference:BW-20417]])
        nearly gave [[name:Tomasz]]'s evening {{melatonin}} to [[name:Tomas]] at
        [[organisation:Larkspur House]] - names one letter apart on the {{MAR}} chart. Caught at
        second signature by [[name:D.O.]] Photos now on every {{MAR}} front sheet.
    """)),
    ("social_care", "incident", block("""
        EDT HANDOVER - Sat [[date:14/09/2024]] - completed by [[name:RP]] (locum)
        S: [[name:Leyla Demir]], [[age:15]], {{Child in Need}}, case [[case_reference:CS-448102]], missing from home ([[address:22 Chantry Walk]], [[postcode:NG7 4RP]]) since 19:40.
        B: Third missing episode since [[date:1 September]]. Mum [[name:Sevgi Demir]] rang {{EDT}} from [[phone:07700 900417]]; older cousin "[[name:Bazz]]" believed to be collecting her in a grey Corsa [[vehicle_registration:FN19 KXD]].
        A: Found 23:15 by PC [[name:Okafor]] (collar [[case_reference:4471]]), returned home, no injuries disclosed. Police ref [[case_reference:NTP/24/118293]].
        R: Day team to hold strategy discussion Monday; complete {{Return Home Interview}} within 72 hrs; share car reg with {{MASH}}.
    """)),
    ("social_care", "success", prose("""
        Praise note from the {{Holiday Activities and Food}} lead. On [[date:29 October 2024]] playworker
        [[name:Bethany-Rose Quinlan]] at [[organisation:Gunthorpe Rec Holiday Club]] noticed that
        [[name:Riley]] ([[age:8]]) flinched every time an adult raised their voice and had a
        thumb-shaped bruise on his upper arm. She did not question him, wrote his exact words
        ("[[name:Gaz]] grabs me when mum's at work") on the body map, and rang the children's
        {{Front Door}} at 10:05. Social work student [[name:Adaeze Nwankwo-Reid]], on placement with the
        [[organisation:Peterborough North Assessment Team]], was allocated and visited with her
        practice educator Mr [[name:Ashworth]] the same afternoon. Mum agreed a safety plan and her
        partner [[name:Gary Lister]] ("[[name:Gaz]]") left the home that night. What went well:
        verbatim recording, no leading questions, and club manager [[name:Priya Lal]] released
        [[name:Bethany-Rose]] to write up in a quiet room rather than pulling her back to cover
        ratios. Outcome: {{Section 47}} enquiry completed, child now on a {{Child Protection Plan}},
        and club attendance kept up over half term as a protective factor.
    """)),
    ("social_care", "near_miss", block("""
        ROTA SWAP / NEAR MISS - [[organisation:Oakhurst Lodge]] (4-bed, {{Ofsted}} registered)
        Week comm. [[date:03/02/2025]]
        Orig: Wed sleep-in [[name:T.H.]] / Thu wake night [[name:AKS]]
        Swap agreed by text between staff, not via the rota app. Result: Wed night covered by agency worker [[name:Marek Zielinski]] (agency ID [[case_reference:ACR-55310]]) who had not done [[name:Jayden]]'s {{PBS}} plan induction or read his {{Positive Handling}} plan.
        22:50 [[name:Jayden]] ([[age:12]]) escalated; [[name:Marek]] rang on-call manager [[name:Sunita Grewal]] who talked him through de-escalation. No restraint used.
        Learning: swaps go through the {{Duty Manager}}; agency staff not to lone-work with [[name:J]] until signed off.
    """)),
    ("social_care", "incident", prose("""
        Referral from the welfare officer at [[organisation:Trent Vale Juniors FC]]. On
        [[date:11 March 2025]] a parent showed her screenshots of {{Snapchat}} messages sent late at
        night by assistant coach [[name:Dean Maxfield]] to [[name:Kwabena]] ([[age:13]]), including
        'our secret' and an offer of free boots. The welfare officer, Mrs [[name:Halloran]], did not
        confront the coach; she stood him down from sessions pending enquiries and contacted the
        {{LADO}} the same day (ref [[case_reference:LA-2025-0312]]). Police are now involved. Issue for
        the hub: {{FA}} safeguarding training for volunteer coaches had lapsed for 6 of 11 staff, and
        the club had no policy on one-to-one messaging with under-18s. [[name:Kwabena]]'s dad,
        [[name:Kofi Asante]], has asked that his son keeps training with a different coach. Our
        {{Designated Safeguarding Lead}} will attend the club AGM.
    """)),
    ("social_care", "success", prose("""
        Good news story: after nine years with no family contact, [[name:Shanice]] ([[age:17]]) met her
        paternal grandmother, Mrs [[name:Cordelia Bryan]], through {{Lifelong Links}} on
        [[date:6 June]]. Coordinator [[name:Tariq]] from [[organisation:Wellspring Family Finding]]
        traced 42 relatives. A {{Family Group Conference}} is planned before her {{Pathway Plan}} review.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Ellie Farrow]] <[[email:ellie.farrow@leics-childrens.example.gov.uk]]>
        To: [[email:practicelearning@leics-childrens.example.gov.uk]]
        Sent: Thu [[date:20/03/2025]] 16:42
        Subject: SW student - case notes in personal cloud

        Hi all,
        Flagging an incident rather than a near miss. My student, [[name:Harjit]] ([[name:HS]]), typed up visit notes for the [[name:Mahmoud]] family on her own laptop and saved them to a personal cloud folder because the {{Liquidlogic}} session kept timing out. Notes included the children's names and school, [[organisation:Kirby Fields Primary]]. She told me herself at supervision. The files are deleted (confirmed by screenshot), logged with IG as [[case_reference:IG-0925]], and I have gone through her {{Data Protection Act}} duties again.
        Honestly the bigger issue is that students still don't get a work laptop until week 6.
        Thanks, [[name:Ellie]]
        [[name:Ellie Farrow]] | Practice Educator | [[phone:0116 496 0382]]
    """)),
    ("social_care", "near_miss", prose("""
        Near miss at [[organisation:Holly Tree RDA Group]] on [[date:8 February]]. [[name:Amelia-Jade]]
        ([[age:10]]), who is on a {{Child Protection Plan}}, was about to be lifted off {{Duchess}} (the
        grey pony) and handed to a man who said he was her uncle. Volunteer [[name:Colin Pegg]] checked
        the collection list - it named only her mum [[name:Leanne]] and grandad [[name:Roy Tuckwell]].
        [[name:Colin]] kept her in the tack room with {{Bramble}} the yard dog and rang mum, who
        confirmed the man must not have contact. Social worker Ms [[name:Ndlovu]] informed within the
        hour. The yard had no photo list for collections; one is now pinned in the office.
    """)),
    ("social_care", "success", prose("""
        Staff at [[organisation:Little Acorns After School Club]], [[address:St Giles Church Hall, Pump Lane]],
        [[postcode:CO4 9PD]], noticed that [[name:Nkechi]] ([[age:9]]) had been collected for five weeks
        by a 'family friend', Ms [[name:Abimbola Adeyemi]], while mum was working abroad. Club lead
        [[name:Jo Whitmore]] recognised this could be {{private fostering}} (over 28 days, not a close
        relative) and notified the council. The {{private fostering}} social worker visited within seven
        working days and the arrangement is now assessed and supported. Credit to [[name:Jo]] for
        remembering one slide from her {{Level 3}} training.
    """)),
    ("social_care", "incident", block("""
        Supervised contact log - [[organisation:Riverside Family Centre]], Room 3
        Child: [[name:Mia-Lou Carter]] (DOB [[date_of_birth:02.07.2019]]) | Parent: [[name:Jordan Carter]] | Supervisor: [[name:FB]] (contact worker, bank)
        14:00 [[name:JC]] arrived 12 mins late, smelled of {{cannabis}}. [[name:FB]] reminded him of the contact agreement.
        14:20 [[name:JC]] whispering to [[name:Mia-Lou]]; asked to speak so supervisor can hear.
        14:35 [[name:JC]] took a call on speaker, shouting about "[[name:Shaz]]" and the {{Family Court}} date; [[name:Mia-Lou]] crying.
        14:38 Contact ended early by [[name:FB]]. [[name:JC]] kicked the door on exit.
        14:50 [[name:Mia-Lou]] returned to foster carer Mrs [[name:Gill]]. Social worker [[name:Natalia]] informed 15:05.
        Ref: [[case_reference:CP/2291/24]]. Not a judgement on dad's love for her - but Room 3 has no panic alarm and [[name:FB]] was alone.
    """)),
    ("social_care", "near_miss", prose("""
        The {{Child Protection Conference}} invite for [[name:Ayaan Hussain]] was merged onto the wrong
        address - it showed [[address:14 Bramley Close]], [[postcode:LE5 3NU]] (the previous family on
        the system) instead of [[address:41 Bramley Court]], [[postcode:LE5 3UN]]. Business support
        officer [[name:Gemma]] spotted it at the franking machine before posting. Root cause:
        autocomplete on the address field in {{Mosaic}}. No data left the building.
    """)),
    ("social_care", "success", prose("""
        [[name:Dritan Hoxha]], DOB [[date_of_birth:17/11/2006]], came to the UK unaccompanied at
        [[age:15]]. Personal adviser [[name:Lorraine O'Dowd]] spent three months chasing his National
        Insurance number so he could start his apprenticeship at [[organisation:Fenway Motors]]; it
        arrived on [[date:4 April 2025]] ([[ni_number:JT 48 29 17 C]]). He has stayed on with his
        carers, Mr and Mrs [[name:Kowalczyk]], under {{Staying Put}}. He thanked [[name:Lorraine]] in
        Albanian and English at his review. Learning for the {{UASC}} team: start NI applications well
        before the {{Pathway Plan}} deadline.
    """)),
    ("social_care", "incident", block("""
        Welfare officer report - [[organisation:Hinckley Otters ASC]]
        [[date:22/01/2025]], Tuesday squad session, leisure centre pool.
        A spectator was seen filming the younger swimmers from the balcony. Lifeguard [[name:Callum]] asked him to stop; he refused and left. Parents' {{WhatsApp}} group (copied as sent):
        [[name:shona]]: thats the guy from last wk again
        [[name:kev b]]: got his reg [[vehicle_registration:YK68 RWO]] blue astra
        [[name:shona]]: told [[name:Callum]]
        [[name:Nat]] (coach): pls dont post pics of him in here
        Reported to police (ref [[case_reference:LE-25011783]]) and the {{Swim England}} safeguarding team. Parents reminded of the photography policy; {{Wavepower}} guidance followed.
    """)),
    ("social_care", "near_miss", prose("""
        Out-of-hours duty phone ([[phone:01632 960218]]) was left diverted to locum
        [[name:Sam Okonjo-Batty]]'s personal mobile after his last shift on [[date:2 May]]; a foster
        carer's call at 02:10 rang out. Diversion found and reset by the {{Duty Manager}} at 08:00.
        No harm, but the {{EDT}} switch-over checklist has no line for diverts.
    """)),
    ("social_care", "success", block("""
        ISBAR - {{MASH}} to {{Early Help}} step-down
        I: Student SW [[name:Chidera Obi]] (2nd yr, [[organisation:Witham University]]) for the duty team.
        S: [[name:Kaiden Burrows]], [[age:4 months]], presenting concern closed at {{MASH}}.
        B: Two police DA notifications at [[address:Flat 6, Tennyson House]], [[postcode:LN2 5BY]]. Mum [[name:Chloe Burrows]] ([[age:19]]) engaging; health visitor [[name:Rupinder Kaur]] seeing weekly.
        A: Does not meet threshold for {{Section 17}}; strong protective factors.
        R: Step-down to {{Early Help}} with {{Family Hub}} worker Ms [[name:Tansey]]. Warm handover done face to face on [[date:15.04.25]].
        Supervisor note: [[name:Chidera]]'s ISBAR was clear enough to read out at panel. Well done.
    """)),
    ("social_care", "incident", prose("""
        [[name:Tyler-James Hewitt]] ([[age:14]], looked after, placed at
        [[organisation:Cedar Grange Children's Home]]) was seen getting into a black Audi
        [[vehicle_registration:AV21 ZTE]] outside [[organisation:Breckland Vale Academy]] at 15:30 on
        [[date:19 November 2024]]. Residential worker [[name:Olu]] ([[name:Oluwaseun Bankole]]) noted
        the reg and reported him missing at 15:50 rather than waiting out the usual one-hour
        {{grace period}}. Police ref [[case_reference:NC-36-19112024-0442]]. He was found at 01:20 in a
        flat in Norwich with two older males; an {{NRM}} referral and exploitation strategy meeting
        followed. Why this is an incident: the home's CCTV had not worked for a fortnight, and the
        missing-from-care protocol still listed the old {{EDT}} number, [[phone:01632 960554]].
        Registered manager Ms [[name:Vanessa Thorpe]] has updated the protocol and chased the CCTV
        contractor.
    """)),
    ("social_care", "near_miss", prose("""
        Locum social worker [[name:Anand Venkataraman]] (via [[organisation:Brightpath Locums]], started
        [[date:07/10/2024]]) inherited 22 cases with no handover. On day three he spotted that final
        evidence for the [[name:Pryce]] children's care proceedings was due in 48 hours - the previous
        worker's diary just said '{{PLO}} - chase'. Team manager [[name:Bev]] and he wrote the statement
        together and it was filed on time. Near miss because the {{PLO}} tracker is a spreadsheet
        nobody owns. Recommend a named {{Legal Gateway}} coordinator and a handover checklist for every
        locum start.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "near_miss", prose("""
        Bank HCA on [[organisation:Nightingale Ward]] almost gave a thin drink to Mr [[name:Eze]] in bed
        14, who is on {{IDDSI}} Level 2 mildly thick fluids. Caught by student nurse [[name:Amrit]], who
        checked the bedside sign first. Signs now also taped to the jug. {{SALT}} aware.
    """)),
    ("health", "incident", block("""
        SBAR - escalation delay, [[organisation:Wolsey Ward]], [[organisation:Orwell General Hospital]]
        S: Mrs [[name:Doreen Ashby]], [[age:84]], NHS [[nhs_number:449 243 7754]], hosp no. [[case_reference:RGQ4471093]]. {{NEWS2}} 7 at 03:10 on [[date:12/12/2024]].
        B: Day 2 post hemiarthroplasty; hx {{AF}}, on {{apixaban}}.
        A: Agency RN [[name:Nkem]] (agency no. [[case_reference:HC-88214]]) escalated to F1 at 03:15, no response - the bleep holder was covering two wards. Outreach not called until 04:40.
        R: Patient moved to {{HDU}}, sepsis confirmed. Learning: agency staff were never told the outreach number; night bleep holder to be written on the board every shift.
        Reported by: Sister [[name:Gwen Pryor]], Band 7
    """)),
    ("health", "success", prose("""
        Student nurse [[name:Faith Mwale]], on her paediatric placement at the
        [[organisation:Kingfisher Children's Unit]], noticed that [[name:Rory]] ([[age:7]]), admitted
        with {{tonsillitis}}, had a cap refill of four seconds and was unusually quiet even though his
        {{PEWS}} was only 2. She told her practice supervisor, Staff Nurse [[name:Lamb]], who escalated
        using the {{Sepsis Six}} pathway. Bloods showed a raised lactate and {{Group A Strep}} grew the
        next day. Antibiotics were in within 45 minutes. [[name:Rory]]'s mum said afterwards that "the
        student was the one who listened". [[name:Faith]] has been nominated for the trust's student
        award.
    """)),
    ("health", "incident", block("""
        Night shift log - [[organisation:Cavell Ward]] (acute medicine), night of [[date:5 January 2025]]
        19:30 Handover. 28 pts, 2 RN short. Bank RN [[name:O.A.]] + student [[name:LW]] allocated bay C.
        22:10 Bed 9 (Mr [[name:Fenwick]]) unwitnessed fall. Found by [[name:LW]]. Obs stable. Neuro obs started.
        22:25 [[name:O.A.]] bleeped {{SHO}} - query head injury, on {{edoxaban}}.
        23:40 No review yet. [[name:O.A.]] re-escalated to med reg Dr [[name:Iqbal]].
        00:55 Reviewed. CT head requested.
        03:15 CT: small subdural. Neurosurgery advice - conservative.
        05:30 {{Datix}} [[case_reference:W-240117]] completed by [[name:HT]] (NIC).
        Comment ([[name:HT]]): CT within an hour of a fall on anticoagulants is the {{NICE}} standard; we missed it because the {{SHO}} bleep was with a locum not on the rota (Dr [[name:B. Mensah]]).
    """)),
    ("health", "near_miss", prose("""
        Two F2s swapped a weekend on [[date:22 February]] without telling medical staffing, so the rota
        still showed Dr [[name:Ngozi Eke]] on the arrest team while she was on leave. Switchboard
        bleeped her for a {{crash call}} to Ward 12 and got no answer. Her swap partner,
        Dr [[name:Callum Reith]], was on site but not carrying the arrest bleep. The team still attended
        and the patient had {{ROSC}}, but one member short for 11 minutes. Swaps now only valid once
        confirmed on the {{Allocate}} app.
    """)),
    ("health", "incident", prose("""
        League match, [[organisation:Walsall Wood Colts Academy]] v [[organisation:Pelsall Villa Youth]],
        [[date:15/03/2025]]. [[name:Ibrahim Sesay]] ([[age:14]]) clashed heads, looked dazed, and the
        coach put him back on after five minutes because the physio ([[name:Jonno]]) was on the other
        pitch. His mum, [[name:Mariama Sesay]], took him to {{A&E}} that evening after he vomited;
        concussion, no bleed. The club broke the {{If in doubt, sit them out}} rule in the grassroots
        concussion guidance. Academy director [[name:Phil Greatorex]] has made the physio's sign-off
        mandatory and booked coaches onto refresher training. [[name:Ibrahim]] is following a
        {{Graduated Return to Play}} plan.
    """)),
    ("health", "success", prose("""
        At [[organisation:Welland Lido Leisure Centre]] on [[date:9 March 2025]], lane swimmer
        Mr [[name:Harold Bexley]], aged [[age:67]], collapsed in the shallow end. Lifeguards
        [[name:Ceri Pritchard]] and [[name:Joel]] got him out, started {{CPR}} and had the {{AED}} on
        within two minutes; one shock delivered. The ambulance crew arrived nine minutes later and he was
        discharged from hospital a week after. Mr [[name:Bexley]] came back to thank the team on
        [[date:2 April]]. Duty manager [[name:Sandeep]] credits the monthly in-water drills that every
        {{NPLQ}} holder does - it looked routine.
    """)),
    ("health", "near_miss", prose("""
        Two patients called [[name:Mohammed Rafiq]] are registered at
        [[organisation:Abbey Fields Medical Practice]]: DOB [[date_of_birth:03/04/1961]] and DOB
        [[date_of_birth:03/04/1967]]. Reception booked the younger man's {{HbA1c}} result call with the
        older man's record open. GP Dr [[name:Saoirse Kenny]] noticed when checking the NHS number
        ([[nhs_number:422 603 0621]] vs [[nhs_number:992 898 9095]]) before discussing {{metformin}}.
        Alert added to both records.
    """)),
    ("health", "incident", block("""
        ISBAR phone referral - received by [[organisation:Broadland North Community Nursing Team]] 16:20 Fri [[date:7 Feb 2025]]
        I: Caller [[name:Zofia]], senior carer, [[organisation:Marigold Court Care Home]], [[phone:01632 960471]].
        S: Resident [[name:Albert Nunn]] ("[[name:Bert]]"), [[age:91]], NHS [[nhs_number:642 093 4389]]. Catheter bypassing, abdo pain.
        B: Long-term {{Foley catheter}}, last changed [[date:10/01/2025]]. Recurrent UTIs.
        A: Carer unsure if temp taken. No {{RESTORE2}} score.
        R: Visit requested today.
        OUTCOME: referral filed to the wrong caseload; no visit until Monday 10:30. [[name:Bert]] admitted with urosepsis. Incident [[case_reference:DTX-118842]].
    """)),
    ("health", "success", prose("""
        Community nurse [[name:Precious Dube]] and student nurse [[name:Liam Tran]] visited
        Mrs [[name:Ivy Cartwright]] ([[age:88]]) at [[address:The Old Forge, Church Street, Great Glemham]],
        [[postcode:IP17 2DX]]. Her {{Waterlow}} score had risen to 19 after a chest infection kept her in
        her chair. They got a hybrid mattress delivered within four hours, used the {{SSKIN}} bundle, and
        taught her son [[name:Keith]] how to help her reposition. The {{Category 2}} sacral damage healed
        in three weeks. [[name:Liam]] wrote the reflection that is now used in the team's student pack.
    """)),
    ("health", "near_miss", prose("""
        Community pharmacist at [[organisation:Cromer Road Pharmacy]]: the electronic prescription for
        [[name:Ruth Abernethy]], DOB [[date_of_birth:19.08.1979]], had changed from {{hydrocortisone}}
        10 mg / 5 mg / 5 mg to 'as directed' after the surgery's system migration. Pre-reg pharmacist
        [[name:Yusuf]] queried it because she has {{Addison's disease}} and carries a
        {{Steroid Emergency Card}}. Surgery re-issued the same day.
    """)),
    ("health", "incident", block("""
        From: [[email:j.okoro@westnorfolk.example.nhs.uk]]
        To: [[email:j.okoro.home@example.org]]
        Date: [[date:03/09/2024]] 09:12
        Subject: Results - [[name:KL]] [[nhs_number:956 181 0085]]

        Incident summary (IG lead [[name:Meera Chandarana]]):
        Phlebotomist [[name:Joy Okoro]] meant to forward antenatal bloods to her work account for a clinic list, but autocomplete picked her personal address. The attachment held name, DOB and {{HIV}} and {{hepatitis B}} screening results for patient [[name:KL]]. [[name:Joy]] reported it within 20 minutes and deleted it. Logged with the {{DPO}} as [[case_reference:IG/24/0381]]; not reportable to the {{ICO}} after risk assessment.
    """)),
    ("health", "success", prose("""
        Midwife [[name:Tamsin]] at [[organisation:Bluebell Birth Centre]] delivered a baby on
        [[date:30/06/2025]] at 04:12 with an {{Apgar}} of 3 at one minute. MSW [[name:Shirin]] pulled the
        emergency bell straight away, the neonatal team arrived in 90 seconds, and inflation breaths
        were given. {{Apgar}} 9 at ten minutes. Baby [[name:Ezra]] and mum [[name:Hollie Sayer]] went home
        on day 2. Debrief credited the {{PROMPT}} drill the unit ran in {{May}}.
    """)),
    ("health", "near_miss", block("""
        NEAR MISS - [[organisation:Kingsthorpe Kids Club]] (after-school), Tues [[date:14/01/25]]
        What happened: [[name:Zac]] ([[age:6]], severe peanut allergy) was handed a cereal bar from the snack box by a new volunteer. Senior playworker [[name:Amira]] saw "may contain nuts" on the wrapper and took it off him before he ate any.
        Why: his allergy photo card was in the office, not on the snack table; the volunteer had not done {{anaphylaxis}} training; his {{EpiPen}} was in his bag in the cloakroom.
        Actions: photo cards on the snack trolley; two spare {{Jext}} pens via the school scheme.
        Reported by: [[name:A. Hashemi]]
    """)),
    ("health", "incident", prose("""
        Police brought [[name:Rhys Pugh-Morgan]] ([[age:19]]) to the {{Section 136}} suite at
        [[organisation:The Larches]] at 01:30 on [[date:27/04/2025]] in car
        [[vehicle_registration:MX23 PWK]], but the suite was closed for staffing and there was one
        {{AMHP}} for the whole county. [[name:Rhys]] waited four hours in the back of the car.
        PC [[name:Harrington]] (badge [[case_reference:3391]]) escalated twice. Our on-call manager was
        not told; bed manager [[name:Deepa]] found out at handover. Against the spirit of the
        {{Mental Health Act}} code and our own closure protocol.
    """)),
    ("health", "success", prose("""
        Instructor [[name:Lucy Brennan-Kaye]] at [[organisation:Stoke Albany Riding School]] was teaching
        when [[name:Olivia Fenn]] ([[age:11]]) fell from {{Biscuit}} onto the arena fence. She kept
        [[name:Olivia]] still, left the hat on, and gave the {{what3words}} location on the 999 call. The
        air ambulance, [[aircraft_registration:G-HMZA]], landed in the next paddock because the yard gate
        had been left open for it by groom [[name:Tash]]. Spinal precautions held; fractured collarbone
        only. Excellent first aid and forward thinking.
    """)),
    ("health", "near_miss", prose("""
        Student nurse [[name:K.P.]] recorded a {{type 7}} on the {{Bristol stool chart}} for bed 4 but did
        not flag it - the third that shift. Picked up at 14:00 by Staff Nurse [[name:Ojo]]; sample sent,
        patient isolated for {{C. diff}} (hosp no. [[case_reference:H00572931]]).
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "near_miss", prose("""
        Solo student [[name:Harvey Pinchbeck]] in [[aircraft_registration:G-BSKW]] crossed the holding
        point at {{Alpha 1}} without clearance at [[organisation:Fenmarsh Airfield]] on
        [[date:3 August 2024]]; a {{Cessna 152}} on short final went around. Debriefed by the {{CFI}}.
    """)),
    ("aviation", "incident", prose("""
        Dual lesson in [[aircraft_registration:G-WVFG]], a {{PA-28 Warrior}} owned by
        [[organisation:Wymeswold Flying Group]], on [[date:17/05/2025]]. Student [[name:Arjun Sethi]]
        (14 hrs) was flying with FI [[name:Deb Ansell]] at 2,000 ft when the engine started running rough
        and lost about 300 rpm. [[name:Deb]] took control, applied {{carb heat}} with no improvement,
        put out a {{PAN PAN}} and set up for a precautionary landing at
        [[organisation:Long Whatton Farm Strip]]. Landed safely. Engineer found a cracked exhaust
        gasket and a fouled plug. Tech log entry [[case_reference:TL-0447]]. Learning: the aircraft had
        two previous 'slight rough running' entries that were signed off as 'ground run satisfactory'.
        The group is reviewing how deferred defects are recorded. [[name:Arjun]] has asked for an extra
        {{PFL}} lesson.
    """)),
    ("aviation", "success", prose("""
        On [[date:5 December 2024]], [[flight_number:FNX 412]] ({{ATR 72}}, [[organisation:Fenjet]]) was
        unstable at 500 ft on the {{ILS}} into [[organisation:Breckland Airport]] after a late speed
        restriction. PF First Officer [[name:Tobi Adewale]] called the {{go-around}} and Captain
        [[name:Morven Struthers]] backed it without hesitation. Second approach normal. The {{QAR}} data
        was used in recurrent training as a good example of a junior pilot's call being respected.
    """)),
    ("aviation", "near_miss", prose("""
        Refueller [[name:Gintaras]] at [[organisation:Halesworth Aero Club]] was about to put
        {{Jet A-1}} into [[aircraft_registration:G-CDXR]], a {{Robin DR400}} that burns {{Avgas}} only,
        because the fuel request on the whiteboard read [[aircraft_registration:G-CDRX]], the club's
        {{Diamond DA42}}. The owner, Mrs [[name:Helen Mortimer]], saw the wrong nozzle going in and
        stopped him. Whiteboard replaced with signed fuel request slips.
    """)),
    ("aviation", "incident", block("""
        CABIN SAFETY REPORT
        Flight: [[flight_number:BRK 229]], [[organisation:Breckland Airport]] - Alicante, [[date:18/07/2024]]
        Aircraft: [[aircraft_registration:G-OBRK]] ({{Embraer 195}})
        SCCM: [[name:Ffion Llewellyn]] (crew ID [[case_reference:40217]])
        Passenger in 14C, aged [[age:52]], collapsed during descent. Doctor on board, Dr [[name:Anil Mehra]] (GMC [[case_reference:7054321]]). Oxygen given; {{AED}} attached, no shock advised. Captain declared {{PAN PAN}}; priority landing, met by paramedics on {{stand 4}}.
        Incident: the first set of AED pads had expired four months earlier. Second set in date. Kit check sheet had been ticked.
        Reported by [[name:F. Llewellyn]]
    """)),
    ("aviation", "incident", block("""
        Ramp shift log - [[organisation:Skyline Ground Services]], [[organisation:Breckland Airport]], [[date:02/11/2024]] earlies
        05:10 TL [[name:GW]] briefing. 6 staff, 1 short (sick).
        06:20 [[flight_number:BRK 101]] ([[aircraft_registration:G-OBRL]]) {{pushback}} off {{stand 7}}. Headset operator [[name:Kamil]] reported tow bar shear pin failed during push; aircraft stopped on brakes.
        06:22 Stop also called by wing walker [[name:Jas]] ([[name:Jaswinder Bains]]).
        06:40 Engineer [[name:R. Otieno]] inspected nose gear. No damage.
        07:15 [[flight_number:BRK 101]] departed 55 mins late.
        Comment ([[name:GW]]): spare shear pin box on the tug was empty. New pins ordered. {{MOR}} raised [[case_reference:MOR-2024-1187]].
    """)),
    ("aviation", "success", prose("""
        Microlight pilot [[name:Nigel Clarke]] (known to everyone at the club as [[name:Nobby]]) was
        flying [[aircraft_registration:G-MZKT]], a {{Quantum 912}} flexwing, from
        [[organisation:Priory Farm Strip]] when he smelt fuel at 1,500 ft. He turned straight back rather
        than pressing on to his lunch stop and found a split fuel line on the ground. Club chairman
        [[name:Sue Bracegirdle]] has circulated the photos and asked the {{BMAA}} inspector to brief members.
    """)),
    ("aviation", "near_miss", prose("""
        Student [[name:Ji-woo Park]], on her qualifying cross-country in [[aircraft_registration:G-BNNX]]
        on [[date:12/06/2025]], clipped the edge of a {{MATZ}} because her {{SkyDemon}} route had been
        planned on an out-of-date chart layer. She was already talking to the zone and was given a
        transit, so no conflict. Instructor [[name:Marcus Oyelaran]] reviewed the planning with her and
        filed an infringement report ([[case_reference:AI-25-0442]]). School now checks chart dates at
        booking-out.
    """)),
    ("aviation", "incident", block("""
        ASR - BIRD STRIKE
        Date: [[date:21 May 2025]]   Time: 07:42Z
        Operator: [[organisation:Ouse Valley Air Taxis]]
        A/c: [[aircraft_registration:G-OVAT]] ({{Piper Seneca}})   Flight: [[flight_number:OVA 12]]
        Crew: Capt. [[name:R. Bhattacharya]] / P2 [[name:Ewan McCallister]]
        Phase: climb through 800 ft from [[organisation:Deeping Fen Aerodrome]].
        Narrative: flock of {{lapwing}} crossed the climb-out. Two strikes on the windscreen and left prop. Returned, landed 07:55. Outer ply of windscreen cracked. 3 pax, no injuries.
        Comment: last bird patrol logged 06:10; no {{BIRDTAM}} issued despite ploughing in the next field.
    """)),
    ("aviation", "success", prose("""
        At [[organisation:Bicker Fen Gliding Club]] on [[date:13/04/2025]] a winch launch in an
        {{ASK 21}} with cadet member [[name:Florence Adebayo]] ([[age:16]]) and instructor
        [[name:Hamish]] had a cable break at about 300 ft. [[name:Florence]] was flying; she lowered the
        nose, waited for speed, released and landed ahead exactly as briefed, with [[name:Hamish]] hands
        off throughout. Winch driver [[name:Pete O'Hare]] found the {{weak link}} had been fitted from
        an old batch. Shared as good practice for the {{BGA}} safety newsletter.
    """)),
    ("aviation", "near_miss", prose("""
        During a records audit at [[organisation:Marston Aero Engineering]], QA found the {{CRS}} for the
        50-hour check on [[aircraft_registration:G-BYTK]] signed against licence number
        [[case_reference:UK.66.112947]], which belongs to Mr [[name:Hopwood]], who was on leave that
        week. Engineer [[name:Kieran Doherty]], whose {{Part-66}} B1 licence is still pending, had used
        his colleague's stamp. Aircraft grounded until re-inspected by [[name:Stan Hopwood]]; no defect
        found, but it had flown six hours. Reported to the {{CAA}}.
    """)),
    ("aviation", "incident", prose("""
        At 14:05 on [[date:09/01/2025]] a catering van, [[vehicle_registration:WU17 HZN]], reversing on
        {{stand 9}} at [[organisation:Breckland Airport]] struck the open cargo door of
        [[aircraft_registration:G-OBRM]]. Driver [[name:Tomasz Wróbel]] (airside pass
        [[case_reference:AP-33018]]) had no {{banksman}} because his colleague was on a break. Door
        hinge damaged; aircraft out of service for 30 hours and [[flight_number:BRK 318]] cancelled.
        Ground ops manager [[name:Leanne Fairclough]] has made a second person mandatory for any reversing
        on stand.
    """)),
    ("aviation", "near_miss", block("""
        ATC occurrence - [[organisation:Breckland Approach]], [[date:28/02/2025]]
        Controller: trainee [[name:Kerry-Ann Walcott]], OJTI [[name:MJH]]
        On frequency: [[flight_number:BRK 214]] and [[flight_number:BRK 241]] (similar callsigns, no warning on strip).
        14:32:10 TRN: "[[flight_number:Brickyard two one four]] descend {{FL80}}"
        14:32:14 Readback given by [[flight_number:BRK 241]]; not caught.
        14:32:40 [[name:MJH]] noticed [[flight_number:BRK 241]] leaving {{FL90}} and stopped it at FL85. Min sep 4.1 nm / 700 ft.
        Action: similar-callsign warning to be raised with [[organisation:Fenjet]] scheduling as well.
    """)),
    ("aviation", "success", prose("""
        Praise report: taxiing out at [[organisation:Breckland Airport]] via {{Bravo}}, FO
        [[name:Nadia Rahman]] noticed the flap setting on the take-off card did not match the {{FMS}}
        after a late runway change. She said so clearly; Captain [[name:Wilkinson]] stopped on the
        taxiway, re-briefed, and [[flight_number:FNX 88]] left eight minutes late with the correct
        configuration. A textbook {{TEM}} challenge and a captain who listened.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Graham Tilley]] <[[email:safety@bourne-flyers.example.org]]>
        To: [[email:airprox.hub@example.gov.uk]]
        Subject: Drone sighting - [[aircraft_registration:G-BPTE]] - [[date:26/08/2024]]

        Our instructor [[name:Lauren]] and student [[name:Mustafa Gul]] were on {{base leg}} for {{runway 26}} at the [[organisation:Bourne Flyers]] strip when a drone passed about 50 m away at 600 ft. They saw a man flying it from a lay-by next to a white van, [[vehicle_registration:KP70 DSN]]. Police have a crime ref ([[case_reference:LINC-2608-0917]]) and an {{Airprox}} report has gone to the {{UKAB}}.
        Call me on [[phone:07700 900863]] if you need more.
        [[name:Graham]]
    """)),
    ("aviation", "near_miss", prose("""
        Ops assistant [[name:Becky]] at [[organisation:Wolds Edge Flying School]] noticed that student
        [[name:Adebola Ogunleye]]'s {{Class 2}} medical had expired on [[date:31/01/2025]] when he booked
        [[aircraft_registration:G-WEFS]] for a solo on [[date:8 February 2025]]. The booking system only
        checks the {{SEP}} rating, and his instructor assumed the {{AME}} renewal had gone through. Medical
        expiry now added to the booking app.
    """)),
]


def main() -> None:
    records = build_records("blind60", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
