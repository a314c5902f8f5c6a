"""Held-out blind corpus 236: 50 invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
de-identification generalises. Three settings, all people, organisations, places and numbers
invented:

* social_care (17): a youth club and detached (street-based) youth work service - evening
  sessions, consent forms, the minibus, referrals to early help.
* health (17): a hospital discharge lounge and transfer-of-care hub - patient transport,
  medicines to take home, care packages, families collecting, ward handovers.
* aviation (16): a parachute (skydiving) centre - jump pilots, tandem instructors, manifest,
  packers, the drop zone, student jumpers.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams/WhatsApp/Slack with handles), handover notes, minutes
with attendance and apologies, pipe tables, radio transcripts, shout-outs and thank-you notes.

Identifiers are marked [[label:value]]; must-not-redact mentions (roles, agencies, drugs,
equipment, generic days and times, place types, look-alike acronyms) are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind236.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        detached sesh [[date:fri 14th]], me n [[name:tariq]] on {{the rec}} by [[address:Cobden St]] approx {{9pm}}.
        group of abt 8, one lad ([[name:kyle b]], [[age:15yo]]) v drunk cudnt stand properly. tried to get him to
        ring his {{mum}}, phone dead. rang {{999}} in the end as he was vomiting n drowsy, {{ambulance}} took 25 min.
        [[name:tariq]] stayed w him in {{recovery position}}, i kept the others back. his mate [[name:jaz]] gave us
        mums no [[phone:07723 481906]] - spoke to her, she met them at {{A&E}}. think vodka came from the offy on the
        corner, will pass to {{licensing}}. logged as [[case_reference:DYW-0457]]. need to chat w {{team leader}} re
        whether we shld of rung earlier. also {{first aid kit}} in the bag was missing the {{foil blanket}} AGAIN
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Tuesday 3 September]] I was due to drive the {{minibus}} ([[vehicle_registration:YN21 KDA]]) for
        the {{Juniors}} drop-off from [[organisation:Fernlea Youth Centre]]. During the {{walkaround check}} my
        colleague [[name:Grace Okonkwo-Bell]] noticed that two of the {{wheel nut indicators}} on the nearside rear
        wheel had rotated out of line. Neither of us is a mechanic so we did not drive. Nine young people
        ([[age:11-13yrs]]) were waiting; [[name:Grace]] phoned parents using the numbers on the {{consent forms}}
        and all were collected by 21:15. The vehicle was inspected by [[organisation:Brackenholt Council Fleet Services]]
        the next morning and two nuts were found loose. The last recorded use was a {{Saturday}} trip and the
        {{logbook}} showed no defect. I am reporting this as a near miss because the {{MiDAS}} check sheet we use
        does not ask specifically about wheel nuts. Ref [[case_reference:FYC/NM/0912]].
    """)),
    ("social_care", "success", block("""
        [[date:22/10/2024]], 21:47 - [[name:Sunny Dhaliwal]]: just want to say well done [[name:Bill]] for tonight 👏 handled that disclosure from [[name:M.R.]] perfectly, calm, no leading qs, wrote it up straight after
        [[date:22/10/2024]], 21:49 - [[name:Bill Adeyemi-Ross]]: cheers, was shaking tbh. rang the {{DSL}} on the {{on-call}} number n she talked me thru it
        [[date:22/10/2024]], 21:50 - [[name:Faith]]: honestly textbook. {{MASH}} call done, they're happy for {{Early Help}} to pick up, not {{CP}}. school ([[organisation:Millbeck Academy]]) {{DSL}} informed
        [[date:22/10/2024]], 21:52 - [[name:Sunny Dhaliwal]]: 👏👏 going in the {{good practice}} folder
        [[date:22/10/2024]], 21:53 - [[name:Faith]]: EH ref is [[case_reference:EH-77120]] for ur notes [[name:Bill]], dont put her name in the group pls
        [[date:22/10/2024]], 21:53 - [[name:Bill Adeyemi-Ross]]: 👍 soz
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - YOUTH SERVICE
        Name of young person: [[name:Demi-Leigh Farraday]]
        DOB: [[date_of_birth:09/04/2010]]
        Address: [[address:14 Larkspur Close, Brackenholt]] [[postcode:BK4 7RW]]
        Ref: [[case_reference:YS-24-0381]]
        Date of incident: [[date:17/11/2024]]
        Staff completing: [[name:Rhodri Pugh]] ({{Senior Youth Worker}})
        What happened: During the {{Friday}} drop-in at [[organisation:Fernlea Youth Centre]] [[name:Demi-Leigh]] was pushed on the stairs by another young person (see separate form [[case_reference:YS-24-0382]]). Cut to lip, sore right wrist.
        Action taken: {{First Aider}} attended, {{ice pack}} applied. {{Body map}} completed. {{CCTV}} requested from the {{site manager}}.
        Parent informed: Yes - {{mum}}, Ms [[name:Farraday]], collected at 20:40.
        Consent form checked: photo consent NOT given so no photos of injury taken.
        Follow-up: {{restorative}} meeting offered to both young people.
    """)),
    ("social_care", "near_miss", block("""
        [[name:Okafor, Chiamaka]]  09:12
        morning all, flagging a near miss from last night's trip to [[organisation:Ridgeway Climbing Centre]]
        [[name:Okafor, Chiamaka]]  09:13
        [[name:Josh W]]'s {{consent form}} says he carries {{buccal midazolam}} for {{epilepsy}}. it was NOT in the {{trip bag}} and nobody checked before we left
        [[name:Mark Ellery]]  09:15
        my fault, I did the register. assumed it was in the {{first aid}} box like last time
        [[name:Okafor, Chiamaka]]  09:16
        not about blame [[name:Mark]]. he was fine, no seizure. but we were 40 mins from {{A&E}} with no {{rescue med}}. can we add a meds line to the {{trip checklist}}?
        [[name:Hope Kaminski]]  09:20
        yes. I'll ring his {{mum}} today & update his {{care plan}}. logged as [[case_reference:NM-0117]]
        [[name:Okafor, Chiamaka]]  09:21
        thanks both 🙏
    """)),
    ("social_care", "success", block("""
        From: [[name:Amber Nwosu]] <[[email:amber.nwosu@brackenholt.gov.uk]]>
        To: {{Detached Team}}
        Sent: [[date:Thursday 5 December 2024]] 10:04
        Subject: Thank you - [[name:Lewis]]

        Hi both,

        I wanted to pass on thanks from [[name:Lewis]]'s {{nan}}. Since you started seeing him on the {{Wednesday}} outreach round [[address:Grebe Lane]] he has come into the club three times and he is now engaged with {{Early Help}} ([[case_reference:EH-80342]]) and the {{Youth Justice}} worker. [[name:Lewis]] is [[age:14]] and was on the edge of exclusion from [[organisation:St Aidan's RC High]]; they report his attendance is up to 86%.

        His nan said "the lad with the locs and the lady with the bike" - that's you [[name:Kwame]] and [[name:Ros]]! Please keep doing the slow, patient stuff. It works.

        Best wishes,
        [[name:Amber]]

        [[name:Amber Nwosu]] | {{Early Help Coordinator}} | [[organisation:Brackenholt Borough Council]]
        [[phone:01632 960418]]
    """)),
    ("social_care", "incident", block("""
        Chronology - detached session [[date:Sat 11 Jan]]
        19:05 Workers [[name:Ioana Petrescu]] and [[name:Dev]] out on foot, [[address:Marsh Road]] shops.
        19:20 Approached by [[name:Shay]] ([[age:13]]) and two friends. [[name:Shay]] says she is "going for a drive" with "[[name:Ryan]]".
        19:31 Silver hatchback pulls in, reg [[vehicle_registration:KP17 ZXO]]. Driver male, approx 20s. [[name:Shay]] gets in before workers can speak to her.
        19:33 [[name:Dev]] calls {{101}}, gives reg and description. Police ref [[case_reference:PL-0731-110125]].
        19:40 [[name:Ioana]] phones {{EDT}} - advised {{missing from home}} protocol if not home by 22:00.
        20:15 Friend [[name:Keeley]] texts [[name:Dev]] to say [[name:Shay]] is back at her {{nan}}'s.
        21:00 {{EDT}} confirm police did a {{welfare check}}, [[name:Shay]] home.
        Next steps: {{CSE}} screening tool completed, referral to {{MASH}}, {{strategy discussion}} requested. Discussed in {{supervision}} with [[name:P. Lindqvist]].
    """)),
    ("social_care", "near_miss", prose("""
        nearly went out alone 2nite - [[name:jo]] called in sick at 6 n i didnt realise til i was already at the
        precinct. {{lone working}} policy says min 2 on {{detached}}. i was about to walk round the back of
        [[address:Kestrel Ct]] flats where the lads hang out when i checked teams. rang {{duty manager}}
        ([[name:wil]]) who said come back to base. no harm done but the {{rota}} on {{SharePoint}} still showed 2 of us
        n my {{lone worker app}} wasnt logged in either so nobody wd of known where i was. [[name:jo]]'s not back
        til [[date:thurs 23rd]] so who's covering?? pls sort rota. [[name:aisha k]]
    """)),
    ("social_care", "success", block("""
        YOUTH SERVICE TEAM MEETING - MINUTES
        Date: [[date:08/02/2025]]
        Present: [[name:Rhodri Pugh]] (chair), [[name:Grace Okonkwo-Bell]], [[name:Kwame Asante]], [[name:Ros Harding]], [[name:Tomasz Wiśniewski]]
        Apologies: [[name:Pat Lindqvist]], [[name:Aisha Khan]]
        Item 3 - Learning review [[case_reference:LR-25-004]] (good practice)
        [[name:Tomasz]] presented the case of a [[age:16-year-old]] first met on {{detached}} at [[address:Ferris Park]] over the summer. Through regular contact and a {{warm handover}} to the {{careers adviser}} he is now enrolled at [[organisation:Brackenholt College]].
        What worked: consistency (same two workers every {{Thursday}}), using the {{minibus}} to take him to the open day with {{parent/carer}} consent by text, and not rushing the referral.
        Actions: [[name:Rhodri]] to share at the {{Early Help}} locality meeting. [[name:Grace]] to add the case study to the {{induction pack}}.
        AOB: {{DBS}} renewals due for two {{sessional}} staff.
    """)),
    ("social_care", "incident", prose("""
        Summary of incident: On [[date:14 March 2025]] a bundle of paper {{consent forms}} for the {{Easter}}
        residential was left on the back seat of the {{minibus}} ([[vehicle_registration:YN21 KDA]]) after it was
        returned to the depot at [[address:Unit 6, Tannery Way, Brackenholt]]. The forms contained names, dates of
        birth, addresses, {{GP}} details and medical information for 18 young people. A valeter from
        [[organisation:Hallam Vehicle Care]] found them and handed them in to reception the following day. There is
        no evidence the forms were copied or photographed. The {{Data Protection Officer}} was informed
        ([[case_reference:IG-2025-0219]]) and agreed the breach did not meet the threshold for reporting to the
        {{ICO}}. Parents have been written to. Learning: paper forms must travel in the locked document wallet and be
        signed back in at the end of a trip; digital consent through the app will be trialled from {{April}}.
        Reported by [[name:Marguerite Obi]], {{Youth Work Manager}}.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - {{Thursday}} eve session -> {{Friday}}
        - Cooking group went ok, 9 in.
        - NEAR MISS: [[name:Bao]] ([[age:12]]) nearly ate a flapjack with peanut butter in - his {{consent form}} says {{nut allergy}}, {{EpiPen}} in his bag. [[name:Cerys]] spotted it as he picked it up. No ingestion. Told dad, Mr [[name:Tran]], at pick-up.
        - Recipe had been swapped by a volunteer who didn't know about the allergy list. Volunteer is [[name:Hamish]] - first session, hadn't had {{induction}} yet.
        - ACTION for [[name:Ros]]: allergy list up on the kitchen wall, not just in the red folder.
        - [[name:Jayden]] asked again about {{DofE}} - pls ring [[organisation:Millbeck Academy]] re his form.
        - Keys + {{petty cash}} tin with [[name:C.O.]]
    """)),
    ("social_care", "success", block("""
        #detached-north
        [[name:kwame.a]]  10:02
        quick win from last night 🎉 [[name:Liliana]] ([[age:15]]) finally agreed to an {{Early Help}} referral. her and her little brother have been out til midnight most nights since before {{Christmas}}
        [[name:ros.harding]]  10:05
        amazing!! what changed?
        [[name:kwame.a]]  10:07
        honestly just being there every {{Tuesday}}. brought the {{hot chocolate}} flask lol. she asked if we "tell social services" and we explained {{consent}} properly
        [[name:rhodri.p]]  10:10
        brilliant. ref?
        [[name:kwame.a]]  10:11
        [[case_reference:EH-81007]], went to the {{Early Help Hub}} at 9. brother's school is [[organisation:Brackenholt Vale Primary]]
        [[name:rhodri.p]]  10:12
        nice one both 🙌 stick it in the monthly {{KPI}} return
    """)),
    ("social_care", "incident", block("""
        From: [[name:Tomasz Wiśniewski]]
        To: [[email:safeguarding@fernleayc.org.uk]]
        Date: [[date:Mon 28 Apr 2025]]
        Subject: Incident - online threats at session

        At approx 20:10 tonight [[name:Precious]] ([[age:14]]) showed me a {{Snapchat}} message from another young person threatening to "jump" her after club. She was tearful. I kept her in the {{quiet room}} with [[name:Joy Mensah]] ({{sessional worker}}) and phoned her aunt, who is her {{kinship carer}}, to collect. I did not screenshot anything (per policy) but noted the username.

        {{DSL}} to be informed first thing. Police not called as there was no immediate threat, but aunt advised she can report on {{101}}. Both young people attend [[organisation:Millbeck Academy]] so I will email the school {{DSL}} too.

        Ref [[case_reference:YS-25-0144]].

        [[name:Tomasz]]
        --
        [[name:Tomasz Wiśniewski]]
        {{Youth Worker}}, [[organisation:Fernlea Youth Centre]]
        [[phone:07700 900314]]
    """)),
    ("social_care", "near_miss", block("""
        Detached session log - w/c [[date:12 May]]
        Day | Workers | Area | Contacts | Issues
        Mon | [[name:KA]]/[[name:RH]] | [[address:Ferris Park]] | 11 | none
        Tue | [[name:KA]]/[[name:DJ]] | [[address:Marsh Rd]] shops | 7 | NEAR MISS - see below
        Wed | no session ({{training}}) | - | - | -
        Thu | [[name:TW]]/[[name:GOB]] | {{precinct}} | 14 | 1 referral to {{Early Help}}
        Near miss (Tue): used {{needle}} found on the bench where the group sit. [[name:DJ]] nearly sat on it. Used the {{sharps kit}}, reported to [[organisation:Brackenholt Borough Council]] street cleansing ([[case_reference:SC-558213]]).
        Learning: check seating before settling with a group. {{Sharps}} box in the {{detached bag}} needs restocking - [[name:KA]] to do.
    """)),
    ("social_care", "success", prose("""
        big up [[name:hope]] on the front desk tonite!! [[name:nathaniel]]'s {{mum}} turned up v upset n shouting,
        wanted to take him home mid session cos of something on {{facebook}}. [[name:hope]] kept calm, took her into
        {{the office}}, made her a brew n got me out of {{the hall}}. turned out mum had seen a post abt a stabbing
        near [[address:Ollerton Way]] n thought it was him. he was fine, playing {{pool}}. mum calmed down n stayed
        til the end. [[name:hope]] also remembered [[name:nathaniel]]'s {{consent form}} says no photos so she asked
        the lads to stop filming. proper {{de-escalation}}. gonna nominate her for the {{staff awards}}. [[name:rhod]]
    """)),
    ("social_care", "incident", block("""
        VEHICLE INCIDENT REPORT
        Vehicle: {{minibus}} [[vehicle_registration:BK70 FYC]]
        Date/time: [[date:19/06/2025]] 21:35
        Location: car park, [[organisation:Brackenholt Leisure Centre]], [[address:Quarry Lane]], [[postcode:BK2 3NH]]
        Driver: [[name:Daniel Oyelaran-Smith]]
        Passengers: 6 young people ([[age:12-15]]), 1 staff ([[name:Faith Morrow]])
        Description: Reversing out of a bay in the dark, rear offside corner struck a low bollard. {{Reversing sensors}} sounded but driver thought it was the kerb. No {{banksman}} used although a second adult was on board. Damage to rear light cluster. No injuries; young people checked and dropped home as planned.
        Reported to: {{Fleet}} and {{insurance}} ([[case_reference:VEH-2025-0067]])
        Learning: always use a banksman when reversing if a second adult is available ({{minibus policy}} s.4).
    """)),
    ("social_care", "incident", block("""
        [[date:03/07/25]]
        [21:41] [[name:Ros]]: still here with [[name:Ellie-Mae]], nobody's come for her. tried {{mum}} x3 and the emergency contact on her form ([[phone:07911 234870]]) no answer
        [21:42] [[name:Rhodri Pugh]]: how old is she?
        [21:42] [[name:Ros]]: [[age:11]]. she's fine just cold, sat in {{the office}} with a hoodie on
        [21:43] [[name:Rhodri Pugh]]: ok don't transport her on your own. ring {{EDT}}
        [21:51] [[name:Ros]]: {{EDT}} said wait til 22:00 then ring police. mum just rang back!! fell asleep. on her way
        [21:52] [[name:Rhodri Pugh]]: stay with [[name:Sol]] til she arrives, both of you, then log it pls
        [22:06] [[name:Ros]]: collected. logged [[case_reference:YS-25-0210]]. 3rd time this term tho, think it needs an {{Early Help}} convo
        [22:07] [[name:Rhodri Pugh]]: agree, I'll pick it up with the {{DSL}} tmrw. thanks both
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Chronology - discharge lounge, [[date:Mon 7 Oct]]
        10:15 Mrs [[name:Eileen Bradshaw]] ([[age:84]]), {{NHS}} no [[nhs_number:485 712 9361]], arrives from [[organisation:Calder Ward]] for {{PTS}} home.
        11:40 {{TTOs}} still not up from {{pharmacy}}. Chased by [[name:Kofi]] ({{HCA}}).
        13:05 Crew from [[organisation:Swiftcare Patient Transport]] arrive. Lounge {{RN}} on break so {{bank nurse}} [[name:Lindiwe]] does the handover.
        13:10 Patient leaves. {{TTO}} bag left in the lounge fridge - contained {{apixaban}} and {{NovoRapid}} pens.
        15:30 Daughter rings the lounge: no meds at home, {{insulin}} due 17:00.
        16:20 Pharmacy courier delivers to home address.
        17:45 Insulin given by {{district nurse}}. No harm.
        {{Datix}}: [[case_reference:W-44817]]
        Learning: fridge items to go on the {{TTO checklist}} and be checked by the person handing over, not just "meds given".
    """)),
    ("health", "near_miss", prose("""
        nr miss in lounge 2day. 2 x pts called [[name:Hughes]] both on the {{PTS}} list. crew came for
        [[name:Margaret Hughes]] (going to [[organisation:Oakridge Nursing Home]]) n i nearly sent
        [[name:Maureen Hughes]] who is going home to [[address:2 Fell View, Anstey]]. only caught it cos i checked the
        {{wristband}} against the {{transport booking}} - DOBs diff ([[date_of_birth:12/3/1941]] vs
        [[date_of_birth:02/11/1938]]). crew just said "mrs [[name:hughes]]?" n she said yes bless her, shes v deaf
        n no {{hearing aids}} in. pls can we have {{name alert}} stickers in the lounge like {{the wards}} have. also
        {{PTS}} booking only had surname + ward. [[name:bex]] ({{HCA}}), {{late shift}}
    """)),
    ("health", "success", block("""
        From: [[name:Priya Raghunathan]] <[[email:p.raghunathan@nhs.net]]>
        To: {{Discharge Lounge}}; {{Transfer of Care Hub}}
        Sent: [[date:Thursday 17 October 2024]] 08:52
        Subject: Thank you - Mr [[name:Doyle]]

        Morning all,

        Just a quick note to say thank you for yesterday. Mr [[name:Doyle]] had been {{medically optimised}} for nine days waiting for a {{package of care}} ({{QDS}}, double-handed). [[name:Sanjay]] in the hub found a bridging package with [[organisation:Brightwater Homecare]] by 11:00, [[name:Faith]] in the lounge got his {{TTOs}} and {{blister pack}} sorted with {{pharmacy}}, and his son [[name:Ciaran]] collected him at 15:10 with the {{commode}} already delivered. His wife rang {{the ward}} this morning in tears (the good kind).

        This is what {{Home First}} is supposed to look like. I have put it forward for the {{Trust}} learning bulletin.

        [[name:Priya]]
        {{Discharge Coordinator}}, [[organisation:Nightingale Ward]]
    """)),
    ("health", "incident", block("""
        PATIENT SAFETY INCIDENT - TRANSFER OF CARE
        Patient: [[name:Abdirahman Warsame]]
        DOB: [[date_of_birth:23.06.1952]]
        NHS No: [[nhs_number:632 048 1757]]
        Hosp No: [[case_reference:RWV0098123]]
        Address: [[address:Flat 3, 27 Moorgate Road, Anstey]] [[postcode:WV9 4LP]]
        From: [[organisation:Calder Ward]] via {{Discharge Lounge}}
        Date of incident: [[date:02/12/2024]]
        Description: Discharged home on a new {{care package}} (4 calls a day) under {{Discharge to Assess}} {{Pathway 1}}. The {{care agency}}, [[organisation:Brightwater Homecare]], had a start date of [[date:04/12]] instead of [[date:02/12]] on the referral. Patient lives alone. Neighbour found him at 19:00 unable to get off the settee and rang {{111}}. Readmitted via {{ED}} with an {{AKI}} and a category 2 {{pressure ulcer}}.
        Harm: moderate
        Immediate action: {{Duty of Candour}} conversation with patient and nephew ([[name:Yusuf]]) on [[date:04/12/2024]].
        Reported by: [[name:Hannah Leclerc]], {{Band 6}}, Transfer of Care Hub
    """)),
    ("health", "near_miss", block("""
        [[name:Tunde Adebayo]]  11:02
        heads up - lady from {{Ward 9}} in the lounge for transport at 12, she's on 2L {{O2}}. has the {{HOOF}} gone?
        [[name:Gwen Pryce-Jones]]  11:05
        checking... {{HOOF}} was sent [[date:Fri 21st]] but supplier never installed. wrong postcode on the form - they had [[postcode:WV3 8QT]] not [[postcode:WV8 3QT]]
        [[name:Tunde Adebayo]]  11:06
        🙈 so she'd have gone home with a 2hr portable cylinder and nothing at the house
        [[name:Gwen Pryce-Jones]]  11:09
        cancelled {{PTS}}. supplier can install tomorrow am so she's back to {{the ward}} tonight. rebooked transport, ref [[case_reference:PTS-339201]]. told her daughter [[name:Rosa]]
        [[name:Tunde Adebayo]]  11:10
        thanks [[name:Gwen]]. will log as near miss. form was done by an {{FY1}} so I'll feed back to the {{ward manager}}
        [[name:Gwen Pryce-Jones]]  11:12
        👍 can we add "postcode double-checked" to the {{discharge checklist}}?
    """)),
    ("health", "success", prose("""
        ⭐ SHOUT-OUT ⭐ Huge thanks to [[name:Joy]] on the lounge this week. On [[date:Tuesday 12th]] a gentleman from
        [[organisation:Ravensworth Ward]] was sat waiting for his lift and [[name:Joy]] noticed he'd gone from chatty to
        muddled in about an hour - picking at his blanket, didn't know where he was. She did a {{4AT}}, scored 6, rang
        the {{SHO}} and held the discharge even though transport was already outside and his daughter was on the phone
        asking why. Turned out he had a {{UTI}} and was {{hyponatraemic}}. If he'd gone home he would have been on his
        own overnight. Also thanks to [[name:Mark]] the {{porter}} who got him back up to {{the ward}} in ten minutes
        flat. {{Delirium}} is easy to miss when everyone is focused on the {{discharge target}}. Well done both!
        Sister [[name:Okoro]]
    """)),
    ("health", "incident", prose("""
        At approximately 16:40 on [[date:9 January 2025]] a patient ([[age:79]], {{Parkinson's disease}}) fell in
        the {{discharge lounge}} while walking unaided to the toilet. He had been in the lounge since 10:30 waiting
        for {{patient transport}} and had not been offered the toilet since lunch. His {{walking frame}} had been left
        on {{Ward 21}}; the ward handover said he mobilised independently, but the {{falls risk assessment}} dated
        [[date:06/01/2025]] said "one assist with frame". Staff on shift were [[name:Nkechi Obi]] ({{RN}}) and
        [[name:Wiktoria Zielińska]] ({{HCA}}); the lounge had 19 patients against a planned maximum of 14. He sustained
        a skin tear to the left forearm and was reviewed by the {{FY2}}; {{CT head}} not required. Discharge postponed
        and he returned to the ward. Incident ref [[case_reference:W-45102]], hospital number
        [[case_reference:RWV0113470]]. Learning: falls risk to be part of the lounge handover, frames to travel with
        the patient, and escalation to the {{site team}} when the lounge exceeds capacity.
    """)),
    ("health", "near_miss", block("""
        LOUNGE HANDOVER SHEET - {{late}} to {{twilight}}
        {{Bay A}}
        1. [[name:Olusegun Bakare]], from [[organisation:Calder Ward]], awaiting {{PTS}} 19:30, {{TTOs}} in bag ✔
        2. [[name:Violet Ng]], from {{AMU}}, son collecting 18:15 ✔
        3. [[name:Rose Whitelaw]], from [[organisation:Nightingale Ward]], waiting on {{POC}} confirmation from hub
        NEAR MISS: bed 3 ([[name:Rose]]) is on {{enoxaparin}} 40mg at 18:00. Ward handover said "all meds given" but the {{drug chart}} shows today's dose not signed. Spotted by [[name:Aled]] at 17:50 when checking the chart for her {{VTE}} prophylaxis end date. Dose given 18:05 by [[name:Aled]] after phoning the ward to confirm it had not been given. Ward {{nurse in charge}} ([[name:Dom]]) aware.
        Please: check the drug chart yourself, don't rely on a verbal "all meds given".
    """)),
    ("health", "success", block("""
        TRANSFER OF CARE HUB - WEEKLY LEARNING HUDDLE
        Date: [[date:14/02/2025]]
        Present: [[name:Hannah Leclerc]] (chair), [[name:Sanjay Mehta]], [[name:Gwen Pryce-Jones]], [[name:Mohammed Al-Rashid]] ({{social worker}}, [[organisation:Wexham Vale Council]]), [[name:Pat Doherty]] ({{therapy lead}})
        Apologies: [[name:Grace Ito]], [[name:J. Kowalczyk]]
        1. Good news: {{Pathway 1}} delays down from 6.2 to 3.9 days since the {{trusted assessor}} pilot started.
        2. Case: [[age:92-year-old]] lady from [[organisation:Ravensworth Ward]] (hosp no [[case_reference:RWV0087661]]) home same day with {{reablement}}. [[name:Mohammed]] did the {{Care Act}} assessment on the ward instead of waiting for a community slot; [[name:Pat]] did the home visit with the daughter.
        3. What helped: one phone call instead of five emails; daughter had a named contact ([[name:Sanjay]], [[phone:0161 496 0732]]).
        Action: [[name:Hannah]] to share at the {{Patient Flow}} meeting on [[date:21st Feb]].
    """)),
    ("health", "incident", block("""
        From: {{Patient Experience}} <[[email:patient.experience@stwilfrids.nhs.uk]]>
        To: {{Discharge Lounge Manager}}
        Date: [[date:3 March 2025]]
        Subject: FW: Complaint ref [[case_reference:PALS-25-0318]] - lost property

        Hi [[name:Lorraine]],

        Please see below and let me know your findings by [[date:17 March]].

        > My father [[name:Stanislav Horvat]] was discharged from [[organisation:St Wilfrid's Hospital]] on [[date:26 February]]. He left [[organisation:Calder Ward]] with his {{dentures}} and both {{hearing aids}} in a labelled pot, I packed them myself. When he got home from the lounge neither were in his bag. He can't eat properly and can't hear the {{carers}}. Nobody will tell me who had his things last. [[name:Mirela Horvat]]

        The {{ward property book}} shows the pot signed out to the {{porter}}. The lounge has no property log. Can we discuss at {{governance}}?

        Kind regards
        [[name:Tom]]
        {{PALS Officer}}
    """)),
    ("health", "near_miss", block("""
        PTS BOOKINGS - DISCHARGE LOUNGE - [[date:Wed 19/03/25]]
        Time | Patient | Dest | Mobility booked | Actual
        10:30 | [[name:A. Fofana]] | home | walker | walker
        11:00 | [[name:K. Lindgren]] | [[organisation:Oakridge Nursing Home]] | seated | {{stretcher}}
        12:15 | [[name:B. O'Sullivan]] | home ([[postcode:WV6 2JX]]) | {{wheelchair}} | wheelchair
        13:00 | [[name:T. Mwangi]] | [[organisation:Larchfield Care Home]] | seated | seated
        Near miss: Mrs [[name:Lindgren]] was booked as seated but needs a {{hoist}} transfer and has a {{pressure mattress}}. Crew arrived with a standard car. Spotted by [[name:Kofi]] before any transfer was attempted - the crew were about to try a {{stand aid}}. Rebooked as stretcher, left 16:40. Job no. [[case_reference:SWC-88120]]. Booking had been made from the {{EPR}}, which still showed her pre-admission mobility.
    """)),
    ("health", "incident", block("""
        TRANSFER OF CARE HUB - CALL LOG
        [[date:Fri 28 March]] 17:55 Incoming call from [[organisation:Larchfield Care Home]], {{nurse in charge}} [[name:Esperanza Dela Cruz]], [[phone:01632 960775]].
        Re: resident [[name:Gerald Pinnock]] ([[nhs_number:943 127 6089]]) returned from hospital 16:30.
        - No {{discharge summary}} and no {{MAR chart}} with him. {{TTO}} bag has {{levetiracetam}} but the dose on the label differs from his pre-admission dose.
        - Home unable to give evening meds without confirmation.
        18:05 Call to [[organisation:Calder Ward]] - {{FY2}} confirmed new dose 750mg {{BD}}, emailed summary to [[email:larchfield.nursing@carehomemail.co.uk]].
        18:20 Home confirms receipt.
        19:10 Evening dose given (due 18:00).
        Outcome: 70-minute delay to {{anti-epileptic}}; no seizure.
        Logged: [[case_reference:W-45988]] by [[name:Sanjay M]]
        Learning: summary must leave with the patient - lounge to print it if it has not gone electronically.
    """)),
    ("health", "success", block("""
        [[date:04/04/2025]], 19:58 - [[name:Lorraine]]: last one out 🙌 all 23 pts home today, nobody back to {{the ward}}
        [[date:04/04/2025]], 19:59 - [[name:Kofi]]: what a day. [[name:Amara]] in {{PTS}} control was a legend, swapped the 17:00 stretcher for us
        [[date:04/04/2025]], 20:01 - [[name:Lorraine]]: and [[name:Bex]] rang every family at 2pm so they knew their times. zero "where's {{mum}}" calls after 4 😂
        [[date:04/04/2025]], 20:02 - [[name:Bex]]: the {{discharge checklist}} laminate is working, {{TTOs}} all in by 3 for once
        [[date:04/04/2025]], 20:03 - [[name:Kofi]]: thanks to {{pharmacy}} too. [[name:Ahmed]] on the {{ward pharmacist}} rota did 6 {{TTO}} checks in the lounge itself
        [[date:04/04/2025]], 20:05 - [[name:Lorraine]]: writing it up for {{Learning from Excellence}} tomorrow x
    """)),
    ("health", "near_miss", prose("""
        On [[date:22 April 2025]] at about 14:20 I was checking {{TTOs}} with patients in the lounge before transport.
        The bag labelled for Mr [[name:Iwan Roberts]] contained {{warfarin}} and a {{yellow book}} belonging to
        Mr [[name:Ewan Robertson]], who was sitting two chairs away. Mr [[name:Roberts]] is not on anticoagulants. The
        pharmacy labels were correct but the two sets of medicines had been put into each other's green bags on the
        ward. Both patients came from [[organisation:Ravensworth Ward]] together with the {{porter}} and one handover
        sheet. No medicines were taken. I swapped the bags after checking with {{pharmacy}}
        ([[name:Ahmed Siddiqui]], {{pharmacist}}) and re-checked both against the {{MAR}} and the patients'
        wristbands. Incident ref [[case_reference:W-46230]]. Similar names plus a shared handover made this more
        likely. Suggest each bag is sealed with a label showing the {{NHS number}}. [[name:Nkechi Obi]],
        {{Staff Nurse}}, Discharge Lounge.
    """)),
    ("health", "incident", prose("""
        pt waited in lounge 09:40 til 21:50 for {{PTS}}. lounge shuts at 20:00 so she had to go back up to
        [[organisation:Nightingale Ward]] - bed had gone so ended up on a trolley in {{AMU}} til the crew came.
        [[age:88yo]], {{frail}}, missed her 18:00 {{co-careldopa}} bcos meds were packed in the {{TTO}} bag n no1
        thought to give from it. {{PTS}} said booking was made for [[date:11/5]] not today by mistake. ref
        [[case_reference:PTS-341877]] / datix [[case_reference:W-46511]]. family v upset, grandson [[name:callum]]
        rang 4x. i spoke to him at 8 n apologised. we need a rule that {{Parkinson's}} meds are given on time even in
        the lounge, {{time critical}} means time critical. [[name:lin]] (lounge {{RN}})
    """)),
    ("health", "success", prose("""
        Card received [[date:20/05/2025]], typed up by the {{ward clerk}} for the {{notice board}}: "To all the
        lovely staff in the {{Discharge Lounge}}, and especially [[name:Sunny]] and [[name:Will]]. Thank you for
        looking after our {{mum}} [[name:Dorothy]] on her last day with you. She was so nervous about moving to
        [[organisation:Larchfield Care Home]] and you sat with her, found her a cup of tea and a proper sandwich, and
        rang us when {{the ambulance}} was late. [[name:Will]] even went back up to {{the ward}} to find her glasses.
        It made a horrible week feel a bit better. With love and thanks, [[name:Carol]], [[name:Steve]] and
        [[name:Nat Ferreira]] xx". Forwarded to {{Matron}} and the {{Head of Patient Flow}} for the
        {{Learning from Excellence}} log.
    """)),
    ("health", "near_miss", block("""
        [[name:Hannah Leclerc]]  15:31
        urgent - lady in lounge ([[case_reference:RWV0120554]]) booked on {{PTS}} home at 16:00 to [[address:41 Alder Grove, Wexham]]. just had a call from the {{IDVA}}, that's the ex-partner's address, she has a {{non-molestation order}} against him
        [[name:Sanjay Mehta]]  15:32
        !! who put that address in
        [[name:Hannah Leclerc]]  15:33
        {{PAS}} still had her old address and the ward didn't check with her. {{MARAC}} flag was on the {{safeguarding}} tab but not the front screen
        [[name:Sanjay Mehta]]  15:34
        cancelling transport now. [[name:Mo]] can you get {{Housing Options}} at [[organisation:Wexham Vale Council]]?
        [[name:Mohammed Al-Rashid]]  15:40
        refuge space confirmed for tonight. she's ok, a bit shaken
        [[name:Hannah Leclerc]]  15:52
        thank god. logging as near miss + {{safeguarding adult}} concern. {{IDVA}} is [[name:Teresa]] at [[organisation:Wexham Women's Aid]], [[phone:07700 900652]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        On [[date:Saturday 14 June 2025]], load 6, I was the {{tandem instructor}} for a [[age:62-year-old]]
        first-time tandem student. Aircraft was the {{Caravan}} [[aircraft_registration:G-HMJC]], exit at 13,000ft on
        a normal {{jump run}}. Freefall and deployment were normal. During the landing pattern the wind at the
        {{DZ}} picked up and swung about 60 degrees (gust front from a shower to the west). I turned onto final lower
        than planned and we landed downwind at speed on the edge of the {{landing area}}. The student did not lift her
        legs as briefed and we slid; she has a suspected fractured right ankle. {{First aid}} was given by DZ staff and
        she was taken by ambulance to [[organisation:Kilnsey Royal Infirmary]]. The {{ground-to-air}} radio call from
        manifest about the wind shift came as I was already on base leg. The {{CI}}, [[name:Morwenna Tregarthen]],
        held further tandem loads for 40 minutes. {{British Skydiving}} incident report
        [[case_reference:BS-IR-25-1183]] submitted. Instructor: [[name:Callum Fraser-Nkemelu]].
    """)),
    ("aviation", "near_miss", block("""
        Transcript ({{ATC}} recording) - [[date:21/06/2025]], load 4, {{Caravan}} [[aircraft_registration:G-HMJC]]
        14:02:10 {{A/C}}: [[organisation:Kilnsey Radar]], [[aircraft_registration:G-HMJC]], two minutes to drop, request drop clearance
        14:02:18 {{RADAR}}: [[aircraft_registration:G-HMJC]], traffic, unknown contact 2 miles north-west of the drop zone tracking south-east, {{Mode C}} indicates 12,500 feet, not talking to me
        14:02:25 A/C: Looking, [[aircraft_registration:G-HMJC]]
        14:02:40 A/C: Negative contact, holding jumpers, orbiting right
        14:03:05 RADAR: [[aircraft_registration:G-HMJC]], traffic now overhead the drop zone, 12,300 feet
        14:03:20 RADAR: [[flight_number:EZY16TM]], descend {{FL90}}
        14:03:26 [[flight_number:EZY16TM]]: Descend FL90
        14:03:50 RADAR: [[aircraft_registration:G-HMJC]], previous traffic clear to the south by 3 miles
        14:04:06 RADAR: [[aircraft_registration:G-HMJC]], drop at your discretion, report jumpers away
        14:05:30 A/C: Jumpers away, [[aircraft_registration:G-HMJC]]
        Pilot note ([[name:Tadeusz Nowicki]]): {{red light}} had been on for 2 mins before I held. Without the radar call 14 jumpers would have exited into that aircraft's track. {{NOTAM}} was active. Filed {{MOR}} [[case_reference:MOR-2025-07741]] and an {{Airprox}} report.
    """)),
    ("aviation", "success", prose("""
        Shout-out to [[name:Pip]] in the {{packing shed}} 🙌 During a routine {{tandem}} pack on
        [[date:Sunday 29 June]] she spotted that the {{closing loop}} on the main container of {{Sigma}} rig {{T4}} was
        badly frayed - one more jump, maybe two. She pulled the rig, told [[name:Ozzy]] ({{S&TA}}) and tagged it out.
        Our rigger [[name:Hemi Walker]] replaced the loop and also found a chipped {{slider}} grommet. [[name:Pip]] has
        only been packing since {{April}} and still stopped the line on a busy {{Sunday}} with a full manifest and
        instructors waiting. That is exactly the culture we want. [[name:Morwenna]], {{CI}}
    """)),
    ("aviation", "incident", block("""
        {{AFF}} Level 3 - student landed off the {{DZ}} - [[date:Sat 5 July 2025]]
        Student: [[name:Lucía Ferreira-Díaz]] ([[age:27]]), student no. [[case_reference:HSC-S-2291]]
        Instructors: [[name:Gethin Morgan]] ({{AFFI}}), [[name:Anneke de Vries]] ({{AFFI}})
        11:42 Load 2 exits at 12,000ft from {{Cessna 206}} [[aircraft_registration:G-SKYV]]
        11:43 Student deploys at 5,500ft, canopy open and square
        11:44 No response to radio calls - volume later found turned to zero
        11:46 Student drifts north past the {{holding area}}; ground crew put out the {{arrow}} panel
        11:48 Lands in a field of cattle 1.2km N of the DZ off [[address:Sowerby Lane]]. Cows spooked; student uninjured
        11:55 Retrieved by [[name:Gethin]] in the DZ van ([[vehicle_registration:LX66 RTV]])
        12:30 Farmer, Mr [[name:Hargreaves]], phoned, angry about a gate left open. Apology given
        Learning: radio check to be done in the aircraft, not only on the ground; off-landing brief revisited. Student debriefed and re-jumped Level 3 at 15:10.
    """)),
    ("aviation", "near_miss", prose("""
        load 9 nearly went w 2 many. {{manifest}} had 17 on the {{Caravan}}, max is 15 for our {{W&B}}. [[name:Tad]]
        counted heads at the plane n refused to start. turns out 2 {{fun jumpers}} ([[name:Stevo]] n [[name:Kez]])
        were moved from load 8 but not taken off it so the software double counted, n then [[name:rach]] on manifest
        added 2 tandems to fill the "gaps". if he hadnt counted we'd of been over {{MTOW}} with 4 tandem pairs on a
        hot day. load ran 14:35 instead of 14:10, ppl grumpy but whatever. pls can someone check the {{Burble}}
        settings, think its a {{sw}} bug. [[name:JJ]] ({{LO}})
    """)),
    ("aviation", "success", block("""
        From: [[name:Morwenna Tregarthen]] <[[email:ci@skydiveharrowmoor.co.uk]]>
        To: All staff
        Date: [[date:Mon 14 July 2025]]
        Subject: Well done [[name:Tad]] - load 3 {{RTB}}

        Hi all,

        On {{Saturday}} load 3 was at 8,000ft in [[aircraft_registration:G-HMJC]] when the {{chip detector}} caution came on. [[name:Tad]] levelled off, told the {{JM}} ([[name:Bryn]]) and brought all 14 jumpers back for a normal landing rather than letting everyone exit. Engineers at [[organisation:Northfell Aero Engineering]] found metal on the {{chip plug}} and the {{PT6}} is now off for inspection.

        He made the right call. A few people grumbled about losing their slot - please don't. If the pilot says we're going down, we're going down.

        We're flying the {{Cessna 206}} only until further notice. [[name:Rach]] will re-manifest.

        [[name:Morwenna]]
        {{Chief Instructor}}, [[organisation:Skydive Harrowmoor]]
        [[phone:01632 960193]]
    """)),
    ("aviation", "incident", block("""
        INJURY REPORT FORM
        Name: [[name:Oluwaseun Adeleke-Brown]]
        DOB: [[date_of_birth:30/01/1998]]
        Address: [[address:9 Tenter Croft, Keighwell]] [[postcode:BD22 6HS]]
        Membership no: [[case_reference:BSM-448120]]
        Phone: [[phone:07700 900781]]
        Date/time: [[date:26/07/2025]] 16:20
        Category: Student ({{RAPS}} {{static line}}, jump 3)
        Aircraft: [[aircraft_registration:G-SKYV]]
        What happened: Normal exit and deployment. Student flew the canopy well but did not {{flare}} - looked down at the ground and froze. Landed feet first standing up, then fell forward onto an outstretched arm.
        Injury: suspected fractured left wrist (confirmed at [[organisation:Airedale Vale Hospital]]).
        Instructor: [[name:Anneke de Vries]] - {{radio}} calls "flare, flare, flare" given at the correct height; student says she didn't hear them.
        {{NOK}} informed: yes (partner, [[name:Femi]]).
        Signed: [[name:A. de Vries]], {{Safety Officer}}
    """)),
    ("aviation", "near_miss", block("""
        [[date:02/08/2025]], 08:47 - [[name:Ozzy]]: morning team. near miss at {{kit check}} - rig T2 {{Cypres}} {{AAD}} was OFF. tandem was already kitted and walking to the plane
        [[date:02/08/2025]], 08:48 - [[name:Gethin Morgan]]: whose rig?
        [[date:02/08/2025]], 08:49 - [[name:Ozzy]]: {{TI}} [[name:Sione]] on load 1. caught it on the {{pin check}} at the door of {{the hangar}}
        [[date:02/08/2025]], 08:50 - [[name:Sione Taufa]]: my bad. pressed it, walked off before the {{self-test}} finished, assumed it was on. thanks [[name:Ozzy]] 🙏
        [[date:02/08/2025]], 08:51 - [[name:Morwenna]]: good catch. from today the AAD display check goes on the tandem {{pre-board checklist}}, read out loud. [[name:Ozzy]] can u log it pls
        [[date:02/08/2025]], 08:53 - [[name:Ozzy]]: done, [[case_reference:HSC-NM-0388]]
    """)),
    ("aviation", "success", block("""
        SAFETY COMMITTEE - MINUTES
        Date: [[date:Wednesday 13 August 2025]]
        Attendees: [[name:Morwenna Tregarthen]] ({{CI}}), [[name:Tadeusz Nowicki]] ({{Chief Pilot}}), [[name:Ozzy Bekele]] ({{S&TA}}), [[name:Hemi Walker]] ({{Rigger}}), [[name:Rachel Osei]] ({{Manifest}})
        Apologies: [[name:Gethin Morgan]], [[name:Faith-Ann Lowry]]
        Item 2 - Canopy traffic
        Since the new {{landing pattern}} (left-hand only, {{high performance}} canopies in the separate area) there have been no canopy collisions or near misses in the pattern in 1,900 jumps, compared with 4 near misses in {{June}}. [[name:Hemi]] reported that the {{swoop}} lane cones have helped. Credit to [[name:Ozzy]] for running the {{canopy course}} for 22 {{B-licence}} jumpers.
        Item 3 - Aircraft
        [[aircraft_registration:G-HMJC]] back on line after the {{PT6}} inspection; no further chip warnings.
        Actions: [[name:Rachel]] to add canopy size to the manifest so the {{LO}} can order exits (big canopies first).
    """)),
    ("aviation", "incident", block("""
        #safety-reports
        [[name:gethin.morgan]]  17:12
        posting for the record - load 11, [[date:16/08]], {{PAC}} [[aircraft_registration:G-DRPZ]]. as the second group climbed out, a {{fun jumper}}'s {{reserve handle}} caught on the door frame and his reserve {{pilot chute}} went out of the door. he went with it, no injury, reserve opened clean at ~12k, landed on the DZ
        [[name:tad.nowicki]]  17:15
        from the front: felt a big yaw, tail was fine. after landing the {{tailplane}} was inspected by [[name:hemi.w]], no damage. could easily have wrapped the tail
        [[name:hemi.w]]  17:20
        handle was a {{pillow}} handle only half seated in its pocket. jumper is [[name:Lars]], visitor from [[organisation:Skydive Nordkapp]]. his rig isn't ours but his {{gear check}} box on manifest was ticked
        [[name:morwenna.t]]  17:25
        thanks all. {{British Skydiving}} incident report and {{MOR}} going in tonight ([[case_reference:BS-IR-25-1420]]). door drill at the {{morning briefing}} tomorrow; visitors get a proper gear check by an {{S&TA}}, not a tick box
    """)),
    ("aviation", "near_miss", block("""
        LOAD LOG - [[date:Sun 24 Aug]]
        Load | Time | {{A/C}} | Pilot | {{LO}} | Notes
        1 | 09:10 | [[aircraft_registration:G-HMJC]] | [[name:TN]] | [[name:JJ]] | -
        2 | 09:45 | [[aircraft_registration:G-HMJC]] | [[name:TN]] | [[name:OB]] | -
        3 | 10:20 | [[aircraft_registration:G-SKYV]] | [[name:Ffion]] | [[name:JJ]] | NEAR MISS - see below
        4 | 11:00 | [[aircraft_registration:G-HMJC]] | [[name:TN]] | [[name:OB]] | {{wx hold}} 20 min
        Load 3: {{wingsuit}} flyer exited before the {{freefly}} group instead of last with an offset. He flew back across the {{jump run}} line and passed an estimated 50m from the freeflyers at {{deployment height}}. No contact. Wingsuiter was [[name:Danny Kwok]]; {{LO}} [[name:JJ]] had not briefed a flight plan. Logged [[case_reference:HSC-NM-0401]]. Wingsuits now need a flight plan signed off by the {{S&TA}}.
    """)),
    ("aviation", "success", prose("""
        just want to say ta to [[name:bernie]] on the radio today. {{RAPS}} student ([[name:kasia]], jump 4) was
        under canopy heading straight for the {{power lines}} on the east boundary. [[name:bernie]] got her turned
        with 2 clear calls, then talked her thru a {{flare}} into the {{overshoot}} field. textbook. [[name:kasia]]
        said after she just did what the voice said lol. proper calm. also ta [[name:will]] for legging it over with
        the {{first aid}} bag just in case, not needed thank god. v good day all round. [[name:mt]]
    """)),
    ("aviation", "incident", block("""
        DZ OPS LOG - [[date:30/08/2025]]
        15:05 {{Caravan}} [[aircraft_registration:G-HMJC]] landed, taxied to the {{loading point}}, engine running for a {{hot load}}.
        15:06 DZ pick-up van ([[vehicle_registration:LX66 RTV]]) driven by [[name:Marek]] returns from collecting 2 off-landing jumpers and drives across the {{apron}} in front of the left wing. Van's wing mirror strikes the left {{wing strut}}.
        15:06 Pilot ([[name:Ffion Rees]]) shuts down immediately.
        15:10 Loading suspended. Aircraft inspected by [[name:Hemi]] - paint damage only.
        15:30 Debrief: driver new (2nd weekend), not briefed on the {{airside}} vehicle route; marked route via {{the hangar}} gate blocked by a visiting team's trailer.
        15:45 Loads resume on the {{Cessna 206}}.
        Report: [[case_reference:HSC-IR-0412]]; {{CAA}} {{MOR}} to be filed by [[name:Tadeusz Nowicki]].
        Action: cones to mark the {{prop arc}} zone, new drivers signed off by [[name:Ozzy]] before driving airside.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Ffion Rees]] <[[email:ffion.rees.pilot@gmail.com]]>
        To: [[email:ci@skydiveharrowmoor.co.uk]]
        Date: [[date:7 September 2025]] 19:22
        Subject: Load 7 spot - near miss

        [[name:Morwenna]],

        Writing this up while it's fresh. Load 7 ([[aircraft_registration:G-SKYV]]) exited about 1.5nm long on the {{jump run}}. The {{winds aloft}} on the whiteboard were from the morning forecast (270/25) but by 15:00 the upper winds had backed to 220 and increased. Three of the five jumpers landed on the playing field at [[organisation:Keighwell Primary School]]. The school was closed ({{Sunday}}) and nobody was hurt, but there is a public footpath across it.

        I should have re-checked the spot against the updated {{GRIB}} data; the {{JM}} ([[name:Kez]]) looked out and thought it was fine. Two of us checking and both assumed the other had it.

        Suggestion: winds aloft re-pulled every hour by manifest and initialled by the pilot before each load.

        [[name:Ffion]]
        {{Jump Pilot}}
    """)),
    ("aviation", "success", prose("""
        Thank-you card, pinned on the {{manifest}} board: "Dear [[name:Callum]] and everyone at
        [[organisation:Skydive Harrowmoor]], thank you for making Dad's birthday jump happen! He turned [[age:80]] on
        [[date:12 September]] and has {{COPD}} and a {{hip replacement}}, and you took the time to sort the
        {{medical declaration}} with his {{GP}} at [[organisation:Moorside Surgery]] instead of just saying no. The
        {{tandem master}} [[name:Callum]] kept him laughing all the way up, and the pilot [[name:Ffion]] even did a
        little wing waggle for {{Mum}} on the ground. The landing was gentle (legs up, as practised in
        {{the hangar}}!). With huge thanks, [[name:Grace]], [[name:Rob]] and Grandad [[name:Len]] xx" (Jump no.
        [[case_reference:T-2025-3310]], video ready to collect from {{reception}}.)
    """)),
    ("aviation", "near_miss", prose("""
        Pilot's note - load 5, [[date:Sat 20 Sept]], {{PAC}} [[aircraft_registration:G-DRPZ]]. At about 3,000ft on the
        climb we hit moderate {{turbulence}} under a big {{Cu}}. I looked back and at least 8 of the 16 jumpers were not
        wearing {{seat belts}} at all, and two tandem pairs were sitting on the floor unrestrained. If we'd had an
        engine failure after take-off they'd have been thrown forward into the {{cockpit}}. The {{LO}}
        ([[name:Stevo]]) said the belts for the back bench are tangled under the floor mats. [[name:Hemi]] to sort
        them tomorrow. [[organisation:Kilnsey Radar]] were vectoring [[flight_number:LS1427]] around the
        {{danger area}} at the time, so the climb was already busy enough. Requested manifest add "belts on, checked
        by LO" to the load call. [[name:T.N.]] ({{jump pilot}})
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind236", REPORTS))
