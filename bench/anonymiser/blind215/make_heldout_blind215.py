"""Held-out blind corpus 215: UK incident, near-miss and success ("learning") reports.

Fifty reports written blind (without sight of the de-identifier or any other corpus) as
front-line practitioners type them into a confidential reporting system:

* social_care (17) - a missing and exploited children team: return home interviews, CSE/CCE,
  county lines, police partners, disruption and harbouring work;
* health (17) - an orthopaedic ward and trauma theatres: hip fractures, VTE prophylaxis, falls,
  theatre lists, consent and site marking;
* aviation (16) - airport security screening: hold baggage screening, staff search, prohibited
  items, lane supervisors, DfT covert tests.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes with
attendance and apologies, pipe-separated and aligned tables, radio (RT) transcripts, shout-outs
and thank-you notes. Every person, organisation, place and number is invented. Identifiers are
marked [[label:value]]; must-not-redact mentions (roles, national agencies, frameworks, drugs,
equipment, generic days and place types, look-alike acronyms) are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind215.jsonl"

SOCIAL_CARE = [
    ("social_care", "incident", prose("""
        rhi for [[name:kayden]] ([[age:15]]) not done within 72hrs. went missing fri night from
        [[organisation:Elmfield House]] ({{resi}}), {{police}} found him sat am nr the train stn w/ 2
        older lads + £340 cash + 2 phones. {{RHI}} allocated to me mon but i was off sick tues/weds
        and nobody picked it up off the {{duty tray}}. by the time i saw him ([[date:14/03]]) he wd
        not engage, said "already told the feds everything". {{CCE}} indicators v clear (cash,
        phones, new trainers, {{county lines}} area). {{MASH}} referral went in late as a result.
        we need a cover system for rhi's when the worker is off - this isnt the first time it
        has happened. log ref [[case_reference:MC/24/0412]]. - [[name:dee]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Priya Raghunathan]] <[[email:priya.raghunathan@wexley.gov.uk]]>
        To: {{MET}} Duty
        Sent: [[date:Tuesday 9 April 2024]] 16:42
        Subject: near miss - wrong address shared with police

        Hi all,

        When I sent the {{strategy discussion}} invite for [[name:Tia-Mae Jorgensen]] ([[case_reference:LCS-0883127]])
        I attached her old placement address ([[address:14 Larkspur Close, Wexley]] [[postcode:WX4 2PD]])
        instead of her current one with her {{nan}}. {{DC}} [[name:Farouk]] spotted it before the visit -
        he rang the number on the referral and the old carer said she'd moved. The old carer knows
        nothing about the concerns about the {{older male}} and could have been put at risk.
        I've updated {{LCS}} and the {{chronology}}. Suggest we stop copying addresses from the
        {{referral form}} and pull them from the system on the day.

        Thanks
        [[name:Priya]]

        [[name:Priya Raghunathan]] | {{Missing & Exploitation Practitioner}} | [[organisation:Wexley Council]]
        [[phone:01632 960 418]]
    """)),
    ("social_care", "success", prose("""
        Shout out to [[name:Hope Adeyemi]] from the {{night duty}} team who stayed on the phone with
        [[name:Lacey]] ([[age:14]]) for nearly two hours on [[date:Saturday 2nd March]] while she was in
        a car with two adult males heading up the motorway. [[name:Hope]] kept her talking, got her to
        share her live location and passed it to the {{police control room}} in real time.
        {{Officers}} stopped the car at the {{services}} and both males were arrested for {{CAWN}}
        breaches. [[name:Lacey]] said afterwards "she never once told me off". That's the
        {{trauma-informed practice}} we talk about in training, done for real at 2am. Thank you
        [[name:Hope]], you made a difference. - [[name:Marcus]], {{Team Manager}}
    """)),
    ("social_care", "incident", block("""
        Chronology - [[name:Reuben Osei-Mensah]] ([[age:16]]), [[case_reference:MISS-24-1187]]
        [[date:18/04/24]]
        19:40 {{foster carer}} Mrs [[name:Halloran]] reports [[name:Reuben]] not home from college. Phone off.
        20:15 Reported missing to police, log [[case_reference:NP-240418-0921]]. Risk graded {{medium}}.
        22:30 {{EDT}} informed. No call back.
        [[date:19/04/24]]
        01:10 [[name:Reuben]] seen on {{Snapchat}} map in the [[address:Fenwick Road]] area, a known {{trap house}} location. Carer passed this to police by phone.
        01:55 Police regraded to {{high}}.
        03:20 Found by {{PCSO}}s at the bus station with £60 and a {{burner phone}}.
        09:00 {{RHI}} offered - declined.
        Learning: over 45 mins between the Snapchat info and regrading. Carer was told to "ring 101"
        and waited on hold. Need a direct line to the {{missing person coordinator}} for
        {{looked after children}}. - [[name:R. Okafor]]
    """)),
    ("social_care", "near_miss", block("""
        [[name:Jess Bamford]] 09:14
        has anyone seen the CCE screening tool for [[name:Kacper W]]? {{IRO}} asking for it b4 the {{LAC review}} at 11
        [[name:Sunny Dhaliwal]] 09:16
        think [[name:tomasz]] did it last wk, its not on {{LCS}} tho
        [[name:Jess Bamford]] 09:17
        just found it in [[name:Tomasz]]'s drafts, never finalised. it had the {{NRM}} question as "not known" 🙈
        [[name:Sunny Dhaliwal]] 09:19
        ok that needs doing before the review or the {{IRO}} will think we havent considered {{modern slavery}} at all
        [[name:Jess Bamford]] 09:31
        done + {{NRM}} referral flagged to the {{SPOC}}. near miss tbh, if it had gone to the review blank the {{Home Office}} referral wd have been delayed again
    """)),
    ("social_care", "success", prose("""
        Following a {{disruption meeting}} on [[date:7 May 2024]], the team worked with
        [[organisation:Northmoor Police]] and [[organisation:Castlegate Homes Ltd]] (the housing provider)
        to close a property at [[address:Flat 6, Abbot's Yard, 22 Mill Lane, Wexley]],
        [[postcode:WX2 8HS]] that was being used to {{cuckoo}} a vulnerable adult and to harbour
        children reported missing. A {{closure order}} was granted within nine days. [[name:Grace]],
        the {{housing officer}}, shared tenancy information the same afternoon under the
        {{information sharing agreement}}. Since closure, missing episodes for the two children
        linked to the address ([[name:AB]] and [[name:DM]]) have fallen from weekly to none in six
        weeks. What worked: one named lead in each agency, a shared {{action log}}, and the
        {{harbouring notice}} process being used early rather than as a last resort. Submitted by
        [[name:Anwen Pryce-Jones]], {{Exploitation Lead}}.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - {{Missing & Exploitation Team}}
        Child name: [[name:Destiny-Rae Walcott]]
        DOB: [[date_of_birth:03/11/2009]]
        Age: [[age:14]]
        Ref: [[case_reference:CH-556021]]
        Address: [[address:41 Quarry Bank, Millbrook]] [[postcode:WX7 3NB]]
        School: [[organisation:Millbrook Academy]]
        Date of incident: [[date:22/05/2024]]
        Reported by: [[name:Olumide Bakare]], {{RHI worker}}
        Description: During the {{return home interview}} [[name:Destiny-Rae]] disclosed that an adult
        known as "[[name:Zee]]" had been giving her vapes and lifts, and had asked her to "hold" a bag.
        I recorded this on paper as the laptop was flat. The notes were left in the {{pool car}} overnight
        (locked) and only uploaded next day, so the {{CSE}} screening and {{police intelligence}}
        submission were delayed by about 20 hrs.
        Immediate action: notes uploaded, {{Partnership Intelligence Form}} submitted, {{DSL}} at school informed.
        Learning: carry a charged laptop / use the mobile app; never leave paper records in vehicles.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - {{MET}} duty, fri pm to {{EDT}}
        1. [[name:Amber]] ([[age:13]]) - missing again from {{mum}}'s. 3rd time this month. {{Mum}} thinks she's w/ [[name:Kez]] in town. Police aware, log [[case_reference:NP-240607-1133]]. Pls ring {{mum}} on [[phone:07700 900 263]] at 10pm if no update.
        2. [[name:Bill Nwachukwu]] ({{foster carer}} for [[name:Joel]]) rang - [[name:Joel]]'s older cousin has turned up again. {{old bill}} not called, carer says cousin is "harmless". Asked him to ring 999 if he returns. {{CCE}} flag on [[name:Joel]]'s file.
        3. NEAR MISS: I nearly closed [[name:Amber]]'s episode on {{LCS}} as "returned" bc the police update said found - it was a different [[name:Amber]] (same surname, diff {{DOB}}). Check {{DOB}} on every police update!!
        Handed over to [[name:Faith]] 17:05.
    """)),
    ("social_care", "success", block("""
        Exploitation {{MACE}} panel - minutes extract
        Date: [[date:12 June 2024]]
        Present: [[name:Anwen Pryce-Jones]] (Chair), DS [[name:Ian Thackeray]] ([[organisation:Northmoor Police]]), [[name:Joy Mbeki]] ({{YOT}}), [[name:Petra Novák]] ({{Education Inclusion}}), [[name:Hamza Iqbal]] ({{CAMHS}})
        Apologies: [[name:Rose Fairweather]] ({{school nurse}}), [[name:Ifeoma]] ([[organisation:Safe Steps Wexley]])

        Item 3 - Success: [[name:Kyle]] ([[case_reference:MACE-0097]])
        [[name:Kyle]] has had no missing episodes since [[date:3 April]]. [[name:JM]] reported he has
        re-engaged with his {{reparation}} and has a college place at [[organisation:Wexley College]]
        from {{September}}. [[name:Petra]] said the {{reduced timetable}} ended after the {{PEP}} and he is
        now full-time. Panel agreed to step down from {{MACE}} to {{CIN}} with monthly review.
        Learning: the {{trusted relationship}} with his {{YOT}} worker was the protective factor -
        same worker for 18 months despite two placement moves.
        Action: [[name:AP-J]] to share case summary at practice week.
    """)),
    ("social_care", "incident", block("""
        [[date:03/07/2024]], 23:41 - [[name:Carly Nash]]: hi its [[name:carly]] {{EDT}}. [[name:Mia]]'s {{foster carer}} says she got out the bathroom window approx 11. shes on a {{CP plan}} and the {{safety plan}} says ring you before police??
        [[date:03/07/2024]], 23:43 - [[name:Mo]] (MET): no! safety plan says ring police FIRST then us. where did u get that
        [[date:03/07/2024]], 23:44 - [[name:Carly Nash]]: the version on {{LCS}} dated [[date:15/01]]
        [[date:03/07/2024]], 23:45 - [[name:Mo]] (MET): thats the old one, new plan agreed [[date:28/06]] at the {{strategy meeting}}, wasnt uploaded. ring 999 now pls, mention her {{CSE}} risk + the silver Astra [[vehicle_registration:WX19 KPT]]
        [[date:03/07/2024]], 23:58 - [[name:Carly Nash]]: done, log [[case_reference:NP-240703-2288]]. carer lost 40 mins tho
        [[date:04/07/2024]], 00:02 - [[name:Mo]] (MET): ta. ill raise it in the morning - 2 versions of a safety plan is a massive risk
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Thursday 11 July]] a letter inviting [[name:Shanice Adebayo-Reid]] to a
        {{return home interview}} was posted to her father's address
        ([[address:9 Coronation Terrace, Ashby Row]], [[postcode:WX5 1TJ]]). The father is named in
        the {{strategy minutes}} as a person who introduced her to adults of concern, and she had
        asked that he not be told about her disclosures. The letter was intercepted by her
        {{social worker}}, [[name:Will Tennant]], who happened to be at the house on a
        {{statutory visit}} and saw it on the mat before it was opened. No harm occurred. Cause:
        the {{RHI}} admin template pulls the 'primary address' from the
        {{case management system}}, which had not been updated after [[name:Shanice]] moved to her
        aunt's on [[date:20 June]]. We have asked admin to confirm addresses with the allocated
        worker before any letter goes out, and to use text or in-person invites for children open
        to {{exploitation}} pathways. Thanks to [[name:Will]] for acting quickly.
    """)),
    ("social_care", "success", block("""
        To: [[email:safeguarding@stcuthberts.wexley.sch.uk]]
        From: [[name:Lou Grady]]
        Subject: Thank you

        Dear Mr [[name:Ferreira]],

        I just wanted to say thank you for how you and the {{pastoral team}} at [[organisation:St Cuthbert's High School]]
        handled things with [[name:Nasrin]] last week. Noticing that she was being collected by a
        different car each day and noting the plates ([[vehicle_registration:YR68 DLX]], [[vehicle_registration:BK21 ZFU]])
        gave {{police}} exactly what they needed. Both drivers have been identified and a {{CAWN}}
        was served on [[date:Friday 19th]]. [[name:Nasrin]] is safe, still attending, and told me she
        felt "looked after, not told off". That is down to you.

        Best wishes,
        [[name:Lou]]
        [[name:Louise Grady]], {{Senior Practitioner}}, {{Missing & Exploitation Team}}
        [[phone:01632 960 771]]
    """)),
    ("social_care", "incident", block("""
        Missing episodes NOT notified to MET within 24h - w/c [[date:15/07/24]]
        Child    | Age | Police ref      | Reported missing | Notified to MET | Delay
        [[name:J.T.]]     | [[age:15]]  | [[case_reference:NP-240715-0412]] | [[date:15/07]] 21:10      | [[date:17/07]] 09:30     | 36h
        [[name:Harley]]   | [[age:12]]  | [[case_reference:NP-240716-1190]] | [[date:16/07]] 18:00      | [[date:18/07]] 11:00     | 41h
        [[name:Ola K]]    | [[age:16]]  | [[case_reference:NP-240718-0077]] | [[date:18/07]] 02:15      | [[date:19/07]] 08:45     | 30h
        Comment: all three {{looked after}} and placed {{out of area}}. The {{host authority}} police
        notified their own {{MASH}}, not us. [[name:Harley]] is the youngest child linked to
        {{county lines}} this year and his {{RHI}} was missed entirely. Raised with DI [[name:Okonkwo]]
        ([[organisation:Northmoor Police]]); agreed {{PPN}}s for our {{LAC}} will be copied to the team inbox. - [[name:pat]]
    """)),
    ("social_care", "near_miss", prose("""
        nearly took [[name:kai]] ([[age:15yo]]) to his {{RHI}} in my own car on my own - didnt
        realise his {{risk assessment}} says 2 workers for transport since the allegation on
        [[date:26th feb]]. [[name:mark]] stopped me in the car park thank god. we did it at the
        {{youth centre}} instead n it went fine. system didnt flag the 2 worker thing on the
        {{front sheet}}, its buried in a {{case note}} from the {{strategy}}. can we get {{alerts}} on
        the front page pls, {{agency staff}} wont know to look. also [[name:kai]]'s mum [[name:jo]]
        wants a call back on [[phone:07700 900 512]] re {{CAMHS}} appt
    """)),
    ("social_care", "success", block("""
        #met-wins
        [[name:ruth.oyelaran]]  3:12 PM
        Good news story 🎉 [[name:Precious]] ([[age:15]]) turned up to her {{RHI}} today for the first time ever - 11 missing episodes, 0 RHIs until now.
        [[name:dan.chu]]  3:14 PM
        what changed??
        [[name:ruth.oyelaran]]  3:20 PM
        we let her pick the place (chicken shop lol) and brought her {{youth worker}} [[name:Tegan]] who she trusts. no forms on the table. she told us about the {{older boys}} at [[organisation:Hollins Park Youth Club]] and a {{Snapchat}} group. {{intel}} submitted.
        [[name:dan.chu]]  3:21 PM
        🙌 sharing at {{team meeting}} thurs. nice one [[name:Tegan]] too
    """)),
    ("social_care", "incident", prose("""
        On [[date:30 July 2024]] officers served a {{Child Abduction Warning Notice}} on
        [[name:Dwayne Carrick]] ([[age:31]]) at [[address:127 Hawthorn Street, Wexley]],
        [[postcode:WX3 6LQ]], naming [[name:Keeley Marsh]] ([[case_reference:CH-549317]]). Our team
        was not consulted and [[name:Keeley]] had not been told this would happen. Within two hours
        she received threatening messages on {{Instagram}} from his associates accusing her of
        "grassing", and she went missing that night. She was found on [[date:1 August]] and is now
        in an emergency placement. The {{CAWN}} protocol says the {{exploitation coordinator}} should
        be consulted and a {{safety plan}} in place before service. Raised with the
        {{Detective Inspector}}, DI [[name:Okonkwo]], and added to the {{multi-agency audit}}.
        Reported by [[name:Sabiha Chowdhury]], {{Senior Practitioner}}.
    """)),
    ("social_care", "incident", block("""
        Call note - {{RHI}} follow-up
        Worker: [[name:Marek Zieliński]]
        Young person: [[name:Leon Pearce]], DOB [[date_of_birth:14/02/2008]], ref [[case_reference:CH-560884]]
        Date: [[date:Mon 5 Aug]]
        [[name:Leon]] rang the {{duty line}} and said his little sister [[name:Skye]] ([[age:11]]) is
        now being messaged by the same lad who got him "working". I wrote it on a post-it as the
        call came in during the team meeting and logged it as a case note on [[name:Leon]]'s record
        only. No separate referral for [[name:Skye]] went to {{MASH}} until [[date:8 Aug]] when
        [[name:Ellie]] read the note. {{Contextual safeguarding}} says siblings must be considered.
        Learning: any disclosure about another child = new {{MASH}} contact the same day.
    """)),
]

HEALTH = [
    ("health", "incident", prose("""
        mrs [[name:aldous]] bed 14 ([[age:87]]) - {{enoxaparin}} not given x2 doses post op. {{VTE
        assessment}} done in {{ED}} but not redone after theatre, drug chart said "held - ?{{spinal}}"
        and nobody un-held it. picked up on {{ward round}} [[date:wed 6th]] by the {{SHO}} dr
        [[name:sule]]. no harm so far, {{dopplers}} neg. hosp no [[case_reference:RAI4471209]]. think
        we need a post op {{VTE}} prompt on the {{theatre care plan}}, its too easy to miss when pts
        come back late. {{pharmacy}} didnt flag it either as it was a 'held' not 'omitted' dose on
        the {{e-chart}}. - [[name:kerry-ann]] {{staff nurse}}
    """)),
    ("health", "near_miss", block("""
        Theatre near miss - [[organisation:Royal Ashcombe Infirmary]], {{Trauma Theatre 2}}
        Date: [[date:Thursday 14 March 2024]]
        Patient: [[name:Albert Nwosu]], [[age:79]], {{NHS No}} [[nhs_number:485 773 2017]]
        08:05 Pt arrived in {{anaesthetic room}} from [[organisation:Harcourt Ward]]. Arrow drawn on R hip.
        08:07 {{Consent form}} reads LEFT {{hemiarthroplasty}}. X-ray on {{PACS}}: left {{intracapsular}} {{#NOF}}.
        08:09 {{Sign In}} paused by {{ODP}} [[name:Kwame]]. {{Registrar}} called.
        08:25 Mr [[name:Lindqvist]] examined patient, confirmed LEFT. Re-marked, old mark removed, documented.
        08:40 {{WHO checklist}} restarted from {{Sign In}}. Surgery proceeded on correct side.
        Contributing: site marked on ward at 23:00 by {{FY1}} from an {{ED}} clerking that said "R hip
        pain". Pt has {{dementia}} and an old R {{DHS}} scar.
        Reported by: [[name:Lucia Ferraro-Bianchi]], {{Theatre Coordinator}}
    """)),
    ("health", "success", prose("""
        Can I give a massive shout out to [[name:Joy Ampofo]] ({{HCA}}, nights) on
        [[organisation:Harcourt Ward]]. On [[date:Sunday 21st]] bay 3 had four {{high falls risk}}
        patients, two with {{delirium}} and one trying to climb over the {{bed rails}}. [[name:Joy]]
        set up {{cohort bay}} supervision, moved Mr [[name:Ostrowski]] nearer the desk, borrowed a
        {{low-low bed}} from {{Ward 9}} and did {{lying and standing BP}} on all four without being
        asked. Zero falls on a night where we would normally expect at least one. She has also taught
        two of our new {{international nurses}} how to set up the {{sensor mats}}. [[name:Joy]] you're
        a star ⭐ - [[name:Bridget]], {{Ward Manager}}
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT - Fall with harm
        Patient name: [[name:Margaret Ellen Thistlewood]]
        DOB: [[date_of_birth:19/08/1936]]
        NHS number: [[nhs_number:612 048 3950]]
        Hospital no: [[case_reference:RAI3389015]]
        Address: [[address:Flat 2, Beech Court, Orchard Way, Ashcombe]] [[postcode:AC3 9RW]]
        Location: [[organisation:Harcourt Ward]], bay 2
        Date/time: [[date:02/04/2024]] 04:30
        Description: Pt found on floor beside bed by {{RN}} [[name:Tobi]]. Day 3 post {{cemented hemiarthroplasty}}.
        Had {{oramorph}} at 02:00 and {{zopiclone}} at 23:00. {{Call bell}} out of reach, {{sensor mat}}
        not switched on. C/o new wrist pain. Unwitnessed {{head injury}} on {{apixaban}} so {{CT head}}
        requested - NAD. Wrist x-ray: {{distal radius fracture}}, {{backslab}} applied.
        Duty of candour: daughter ([[name:Carol]]) informed [[date:2/4]] 09:15 by {{nurse in charge}}.
        Reporter: [[name:Aoife Brennan]], {{Band 6}}
    """)),
    ("health", "near_miss", block("""
        From: Dr [[name:Femi Adewale]] <[[email:femi.adewale1@nhs.net]]>
        To: {{Trauma Coordinators}}; [[name:Hui Min Tan]]
        Date: [[date:17 April 2024]]
        Subject: apixaban not stopped - near miss on today's list

        Hi,

        Flagging a near miss from this morning's {{trauma list}}. Mr [[name:Brian Kettle]] ([[case_reference:RAI5120047]])
        was listed first for a {{DHS}}. At the {{anaesthetic pre-op}} check I found he had been given
        {{apixaban}} 5mg at 08:00 today - the {{drug chart}} said "withhold pre-op" but the ward
        thought that applied to the evening dose only. He would have had a {{neuraxial}} block within
        a few hours of a {{DOAC}} dose, with a real risk of {{spinal haematoma}}. We moved him down the
        list and he had a {{GA}} instead.

        Could the coordinator checklist include "last anticoagulant dose + time"? Happy to bring it to {{M&M}}.

        Thanks,
        [[name:Femi]]
        Dr [[name:Femi Adewale]], {{ST6 Anaesthetics}}
    """)),
    ("health", "incident", block("""
        Fasting audit - {{trauma list}} [[date:Sat 20/04]] (pts {{NBM}} > 12h)
        Name | Hosp no | Age | Listed | NBM from | Surgery | Outcome
        [[name:E. Johansson]] | [[case_reference:RAI2290331]] | [[age:91]] | 1st | 00:00 | 17:40 | {{AKI}}, {{IV fluids}} from 14:00
        [[name:R. Bhattacharya]] | [[case_reference:RAI2290487]] | [[age:84]] | 2nd | 00:00 | cancelled 19:30 | re-listed [[date:21/04]]
        [[name:M. O'Driscoll]] | [[case_reference:RAI2291006]] | [[age:77]] | 3rd | 02:00 | cancelled | re-listed [[date:21/04]]
        Notes: list re-ordered twice for a {{periprosthetic}} case from {{ED}}. Nobody told the ward to
        allow {{clear fluids}} until 06:00 per the {{sip til send}} policy. [[name:E. Johansson]]'s
        {{creatinine}} rose from 88 to 141. Raised at {{theatre huddle}} [[date:22/04]].
        - [[name:Gaz]] ({{Ward Sister}})
    """)),
    ("health", "success", block("""
        {{Hip Fracture}} Governance - [[organisation:Royal Ashcombe Infirmary]]
        [[date:Wednesday 8 May 2024]], {{Seminar Room B}}
        Attendees: Dr [[name:Ngozi Eze]] ({{Orthogeriatrician}}, chair), Mr [[name:Rhys Llewellyn]] ({{T&O Consultant}}),
        [[name:Sinéad Costello]] ({{Trauma Coordinator}}), [[name:Mark Abernethy]] ({{Physio}}), [[name:Fatima Zahra Benali]] ({{Pharmacist}})
        Apologies: [[name:Pat Greenhalgh]] ({{Matron}}), Dr [[name:Chen]] ({{anaesthetics}})

        1. {{NHFD}} data Q4: 81% to theatre within 36h (up from 62%). Credited to the coordinator role
        and the 08:00 {{trauma meeting}} prioritising {{#NOF}} patients. [[name:SC]] thanked.
        2. {{Nerve blocks}}: 94% had a {{fascia iliaca block}} in {{ED}} within 4h.
        3. {{Delirium}}: {{4AT}} on admission now 88%. [[name:MA]] noted day-1 mobilisation at 79%.
        Actions: [[name:NE]] to present at the regional {{GIRFT}} meeting; [[name:FZB]] to update the {{VTE}} section of the {{hip fracture proforma}}.
    """)),
    ("health", "near_miss", block("""
        [14:02] [[name:Sian Pugh]]
        who consented bed 6 this am? form says Mr [[name:Lee]] but the sticker is bed 11's Mr [[name:Lee]] ({{DOB}} [[date_of_birth:02/09/1941]])
        [14:04] [[name:Ahmed, Yusuf]] (T&O)
        me, sorry. both on the {{trauma list}} tmrw. bed 6 = [[name:Kenneth Lee]] {{ankle ORIF}}, bed 11 = [[name:Chun Lee]] {{DHS}}
        [14:05] [[name:Sian Pugh]]
        so the ankle form has the wrong patient label on it. {{theatres}} would prob have caught it at {{sign in}} but...
        [14:06] [[name:Ahmed, Yusuf]] (T&O)
        will redo now. can we put a {{name alert}} up on the board? same surname same bay last week too
        [14:20] [[name:Sian Pugh]]
        done, {{name alert}} stickers on both charts + flagged at {{safety huddle}}
    """)),
    ("health", "incident", block("""
        NIGHT -> DAY HANDOVER [[organisation:Harcourt Ward]] [[date:Fri 24/05]]
        B1 - Mrs [[name:Okoro]], [[age:82]], D2 {{THR}} revision. Settled. {{NEWS}} 1.
        B2 - [[name:Stanley Hughes]], [[age:90]], D4 {{#NOF}} {{DHS}}. ?{{delirium}} - pulling at {{cannula}}, shouting for [[name:Edna]] (late wife). {{4AT}} NOT done on admission or post-op - first one done tonight = 6. Dr informed 03:00, {{confusion screen}} sent.
        B3 - Grade 2 {{pressure ulcer}} L heel found at 02:00 wash - not on admission {{skin bundle}}. {{Heel offloading boots}} never ordered. {{Tissue viability}} referral in.
        B4 - empty, for [[name:Faith Oduya]] from {{ED}} ({{NOF}}, on {{warfarin}}, {{INR}} 3.1).
        Incidents: missed 4AT + pressure ulcer. [[name:Stanley]]'s son ([[name:Graham Hughes]], [[phone:07700 900 874]]) wants a call before 10.
        - [[name:Ros]] (nights)
    """)),
    ("health", "success", block("""
        Thank-you card (transcribed), received [[date:3 June 2024]]

        To all the staff on [[organisation:Harcourt Ward]] and in theatres,
        Thank you for looking after {{Mum}} (Mrs [[name:Winifred Dace]], bed 9) after she broke her hip.
        Special thanks to Nurse [[name:Rosie]] who did her hair every morning, to [[name:Bartek]] the
        {{physio}} who had her up with a {{frame}} on day one, and to the lovely {{anaesthetist}}
        whose name we never got who held her hand in the {{anaesthetic room}}. She is now home at
        [[address:3 Kiln Lane, Ashcombe]] with {{carers}} twice a day and doing well at [[age:94]]!
        With love and thanks,
        [[name:Pauline]] and [[name:Derek]] ([[name:Winnie]]'s daughter and son-in-law)
    """)),
    ("health", "incident", prose("""
        On [[date:Tuesday 11 June 2024]] a [[age:68-year-old]] man ([[case_reference:RAI6604211]])
        listed for a {{total hip replacement}} for a displaced {{intracapsular fracture}} was
        anaesthetised under {{spinal}} and positioned before the {{scrub nurse}} found that the
        {{cemented stem}} in the planned size had been used the previous day and not replenished.
        The rep from [[organisation:Corvell Orthopaedics Ltd]] could not deliver until 14:00. The
        consultant, Mr [[name:Achterberg]], decided to wait rather than downsize. The spinal wore
        off and the patient was converted to a {{GA}}, with total anaesthetic time of 4h 10m. He
        needed an unplanned {{HDU}} bed overnight. There is no {{implant}} stock check at the
        {{team brief}} and the {{consignment stock}} spreadsheet was last updated a week earlier.
        Proposed: named {{implant}} check at every brief for {{arthroplasty}} cases, and a
        restock trigger after each case. Reported by [[name:Nkechi Obi]], {{Theatre Practitioner}}.
    """)),
    ("health", "near_miss", prose("""
        took {{G&S}} for mr [[name:mcallister]] (bed 4) and mr [[name:mcintyre]] (bed 5) at the same
        time and labelled both at the nurses station 🙈 {{lab}} rejected [[name:mcintyre]]'s as the
        {{DOB}} didnt match the request form - turns out id swapped the labels. if the lab hadnt
        caught it cd have been a {{wrong blood in tube}}, both going to theatre for {{#NOF}} tmrw
        and [[name:mcallister]] is {{O neg}}. have done my {{transfusion}} reflection w/ sister
        [[name:byrne]]. lesson: label at the bedside, one pt at a time, even at 6am with 8 bloods
        to do. hosp nos [[case_reference:RAI7730152]] / [[case_reference:RAI7730589]].
        [[name:tash]] {{HCA}}/{{phlebotomist}}
    """)),
    ("health", "success", prose("""
        GOOD CATCH 🌟 [[name:Amir Haddad]], our {{ward pharmacist}}, noticed on [[date:Mon 1 July]]
        that Mrs [[name:Ivy Chamberlain]] ([[age:89]], [[nhs_number:401 227 6638]]) was prescribed
        {{enoxaparin}} 40mg daily for {{VTE prophylaxis}} despite an {{eGFR}} of 18 and a weight of
        41kg. He recommended switching to {{unfractionated heparin}} and discussed it with the
        {{FY2}} the same morning. He also spotted that her {{alendronic acid}} and
        {{vitamin D}} had been left off the {{TTO}} even though the {{fracture liaison}} letter
        asked for them. [[name:Amir]] has since done a 10-minute teach for the {{FY1s}} on renal
        dosing in {{LMWH}}. Nominated for a {{GREATix}} - thank you [[name:Amir]] from all of us!
    """)),
    ("health", "incident", block("""
        Timeline - delayed escalation, [[organisation:Harcourt Ward]]
        Pt: [[name:Gwen Lloyd-Evans]], [[age:85]], [[nhs_number:730 551 9286]]
        [[date:12/07/24]]
        14:10 Back from {{recovery}} post {{DHS}} under {{spinal}}. BP 102/58, {{NEWS2}} 2.
        16:00 BP 88/50, HR 104, NEWS2 5. Not escalated - {{HCA}} recorded on {{e-obs}}, alert went to a nurse's device that was on charge.
        17:30 BP 79/44, NEWS2 7, drowsy. {{RN}} [[name:Paulo]] escalated to {{SHO}}.
        17:45 SHO review: Hb 71 (pre-op 112). 2 units {{red cells}} requested.
        18:50 {{Outreach}} review, fluids, transfused.
        [[date:13/07/24]] Stable, moved to {{HDU}} as precaution.
        Issues: 90 min unescalated NEWS2 of 5+; device on charge; no {{post-op Hb}} check planned.
        Reported: [[name:D. Kowalczyk]], {{Band 7}}
    """)),
    ("health", "near_miss", prose("""
        Near miss - {{swab count}} discrepancy, {{Theatre 4}}, [[date:19/07/2024]]. At the closing
        count for an {{IM nail}} (pt [[name:Jordan Whitlock-Barnes]], [[age:23]], {{RTC}},
        [[case_reference:RAI8812045]]) the count was one {{raytec}} short. Wound not closed, surgeon
        Mr [[name:Osei]] informed and an {{intra-op x-ray}} taken - the swab was found under the drapes
        at the foot of the table, not in the patient. Cause: the {{runner}}, [[name:Bea]], added 5
        swabs during the scrub change at 13:00 and wrote them on the whiteboard but not the
        {{count sheet}}; the incoming scrub ({{ODP}} [[name:Chidi]]) counted from the sheet. Learning:
        no scrub handover during an active count, and one record only.
    """)),
    ("health", "success", prose("""
        Between [[date:1 April]] and [[date:30 June 2024]] [[organisation:Harcourt Ward]] went 62 days
        without an {{inpatient fall}} with harm, the longest run since the ward opened. The
        {{Falls Practitioner}}, [[name:Grace Olawale-Hart]], introduced a "{{Bay Watch}}" cohort bay
        with a named {{HCA}} at all times, {{red socks}} for anyone needing a {{frame}}, and
        {{lying and standing BP}} on every {{#NOF}} on day one. {{Enhanced Care}} requests are now
        made at the {{safety huddle}} rather than at 3am. Patient feedback from Mr [[name:Hollis]]:
        "somebody was always there when I needed the loo". Thanks to {{Estates}} for the new
        {{bed-exit alarms}} and to [[organisation:Friends of Ashcombe Hospital]] for funding two
        {{low-low beds}}. Well done [[name:Grace]] and team.
    """)),
    ("health", "incident", block("""
        Week beginning [[date:22/07/2024]] - missed {{VTE}} reassessment at 24h (standard 95%)
        Bed  Patient            Hosp no       Procedure   24h reassess  {{LMWH}} given
        3    [[name:A. Petrovic]]        [[case_reference:RAI9013370]]    {{DHS}}         NO            NO (held for {{spinal}})
        8    [[name:Cheung, W]]          [[case_reference:RAI9013512]]    {{hemi}}        NO            yes
        12   [[name:Roisin Daly]]        [[case_reference:RAI9014008]]    {{TFN}}         NO            NO - "not charted"
        Compliance 71%. [[name:Roisin]] ([[age:72]]) developed a {{PE}} on day 6, {{CTPA}} confirmed
        [[date:29/07]]; now on {{apixaban}}. Root cause: the {{e-prescribing}} prompt only fires on
        admission. Escalated to the {{Thrombosis Committee}}. - [[name:Felix]] ({{VTE nurse}})
    """)),
]

AVIATION = [
    ("aviation", "incident", block("""
        {{HBS}} incident log - [[organisation:Brackenmoor Airport]] {{Hold Baggage Screening}}
        [[date:Sun 10 March 2024]]
        05:42 Bag for [[flight_number:NL417]] alarmed at {{Level 2}}; image showed dense organic mass next to wiring.
        05:44 {{Level 2}} operator [[name:Kirsty]] pressed "CLEAR" in error (meant "REFER").
        05:45 Bag auto-routed to {{make-up}} instead of {{Level 3}}.
        06:20 Error picked up by {{HBS supervisor}} [[name:Gurpreet Sandhu]] on the shift review of decisions.
        06:24 {{Ramp}} contacted, bag pulled from the container before loading onto [[aircraft_registration:G-NLKC]].
        06:51 {{Level 3}} search with pax Mr [[name:Dawid Kamiński]] - {{hair straightener}} + {{power bank}}. Cleared.
        07:05 [[flight_number:NL417]] departed on time.
        Learning: CLEAR/REFER buttons are next to each other on the {{workstation}}; [[name:Kirsty]] had
        been on screen 55 mins without rotation. Ref [[case_reference:SEC-24-0310]].
    """)),
    ("aviation", "near_miss", prose("""
        Lane 3, {{Central Search}}, approx 14:15 on [[date:22 March]]. {{X-ray operator}}
        ([[name:Bronwen]]) cleared a tray with a rucksack in it. As it came out of the tunnel I
        ({{Lane Supervisor}}) glanced at the {{recall}} image and saw a folding lock knife in the side
        pocket. Stopped the tray before the passenger, Ms [[name:Adeline Fournier]], travelling on
        [[flight_number:AER 2209]], could collect it. {{Bag search}} confirmed the knife. Item
        surrendered, {{police}} informed as per the {{SOP}}. [[name:Bronwen]] had just come back from
        break and had two {{TIP}} misses earlier that morning. Rotated off for a {{refresher}} on the
        {{CBT}}. Not a blame thing - she was honest straight away and we talked it through.
        - [[name:Callum]], {{LS}}
    """)),
    ("aviation", "success", prose("""
        Shout out to [[name:Patience Owusu]] on {{Staff Search}} at {{Gate 7}}! On
        [[date:Friday 5th April]] she found a {{stun gun}} disguised as a torch in the bag of a
        contractor going airside. She stayed calm even though he kept telling her he was "in a rush
        for the {{A320}} on {{stand 12}}". {{Police}} attended and he has lost his {{ID pass}}. This
        is exactly why we search 100% of staff, every time, no matter who they are. [[name:Patience]]
        you're a legend 👏 - {{Security Duty Manager}} [[name:Kev]]
    """)),
    ("aviation", "incident", block("""
        SECURITY INCIDENT REPORT
        Ref: [[case_reference:SEC-24-0417]]
        Date: [[date:17/04/2024]]   Time: 03:50
        Location: {{Vehicle Control Post}} 2 ({{VCP2}})
        Person involved: [[name:Dean Whitworth]]
        Employer: [[organisation:Skyway Ground Handling Ltd]]
        Vehicle: white Transit [[vehicle_registration:BX67 HNO]]
        Description: Vehicle and driver were waved through {{VCP2}} without search when the {{searcher}},
        [[name:Amira Saleh]], went into the kiosk to answer the phone. Only one officer on post (should be two).
        Driver held a valid {{airside pass}}. Vehicle stopped at the {{Cargo Shed}} by {{mobile patrol}}
        ([[name:J. McBride]]) after {{CCTV}} review, searched, nothing found.
        Contributing: staffing short due to sickness; {{barrier}} left raised.
        Actions: logged with {{Compliance}}; {{DfT}} informed; two-officer minimum re-briefed.
        Reported by: [[name:Olga Petrenko]], {{Security Duty Manager}}
    """)),
    ("aviation", "near_miss", block("""
        RT log - {{HBS}} control / {{baggage hall}}, [[date:28 April]]
        06:02 HBS CTRL ([[name:Dom]]): All call signs, {{EDS}} line 2 is down, line 1 only. Over.
        06:03 BAGS 1 ([[name:Ricky]]): Copy. Loaders asking to pull [[flight_number:NL233]] bags off the {{OOG}} belt straight to the container, over.
        06:04 HBS CTRL: NEGATIVE, NEGATIVE. Nothing from the {{OOG}} belt goes to {{make-up}} until it's been through {{Level 3}}. How many bags? Over.
        06:05 BAGS 1: About 14. Supervisor [[name:Lorna]] said it was fine cos they'd been "looked at". Over.
        06:05 HBS CTRL: Hold all. Sending [[name:Sunil]] down with the {{ETD}} kit. Over.
        06:31 HBS CTRL: [[name:Sunil]] confirms 14 bags screened and cleared. [[flight_number:NL233]] loading resumed, 12 min delay to [[aircraft_registration:G-NLRA]]. Out.
        Logged [[case_reference:SEC-24-0455]] - near miss, unscreened hold bags nearly loaded.
    """)),
    ("aviation", "success", block("""
        From: [[name:Harriet Ng]] <[[email:harriet.ng@brackenmoor-airport.co.uk]]>
        To: {{Screening Team C}}
        Date: [[date:Thu 9 May 2024]]
        Subject: DfT covert test - well done!

        Team C,

        Yesterday's {{DfT}} {{covert test}} at {{Central Search}} was a PASS on all three lanes. The
        test article was picked up on {{X-ray}} at {{Lane 5}} by [[name:Niamh]] and the
        {{bag search}} was done by the book by [[name:Ibrahim Diallo]]. Special mention to [[name:Carlos]]
        who, as {{Lane Supervisor}}, kept the {{divestment}} prompts going despite a 40-minute queue.
        The {{inspector}} commented on how calm the lane was.

        Thanks all, brilliant result.
        [[name:Harriet]]

        [[name:Harriet Ng]] | {{Security Compliance Manager}} | [[organisation:Brackenmoor Airport]]
        t: [[phone:01632 961 052]]
    """)),
    ("aviation", "incident", prose("""
        At approx 10:20 on [[date:Monday 20 May]] a passenger booked on [[flight_number:ZN418]]
        presented a cabin bag at {{Lane 2}} which the {{X-ray operator}} identified as containing a
        {{firearm component}} (a pistol slide). The lane was stopped and {{police}} called. The
        passenger, Mr [[name:Harlan Voss]] ([[age:54]]), said it was a replica part for
        {{airsoft}}. {{Firearms officers}} attended and seized the item. He was not permitted to
        travel and his hold bag was offloaded from [[aircraft_registration:G-ZNVB]], causing a
        47-minute delay. Issue: the lane was reopened by the {{Lane Supervisor}} before police had
        finished with the scene; the {{CSM}} then ordered it closed again. Reopening must wait for
        police release. Reported by [[name:Tariq Mahmood-Shaw]], {{Screening Officer}}. Police ref
        [[case_reference:BRK-240520-0098]].
    """)),
    ("aviation", "near_miss", block("""
        [[date:01/06/2024]], 05:12 - [[name:Shaz]]: who left the {{crew search}} door on {{South Pier}} on the latch?? just found it wedged with a {{tray}}
        [[date:01/06/2024]], 05:13 - [[name:Big Mike]]: not us, been on {{CSA}} since 4
        [[date:01/06/2024]], 05:15 - [[name:Shaz]]: its a direct route {{airside}}. anyone cd have walked thru. {{CCTV}} says a cleaner from [[organisation:Brightwash Services]] propped it at 04:50
        [[date:01/06/2024]], 05:16 - [[name:Anjali]] (LS): have u done a {{sweep}}? need an {{airside search}} of that corridor before we open the pier
        [[date:01/06/2024]], 05:17 - [[name:Shaz]]: doing it now w/ [[name:Mike]]
        [[date:01/06/2024]], 05:18 - [[name:Anjali]] (LS): ok ill do the {{occurrence report}}. nobody thru till its done
        [[date:01/06/2024]], 05:41 - [[name:Shaz]]: sweep clear. nobody went thru per cctv. near miss 😬
    """)),
    ("aviation", "success", block("""
        Screening Team B - monthly huddle minutes
        Date: [[date:14/06/2024]]
        Present: [[name:Yemi Adebola]] ({{Team Leader}}), [[name:Craig]] ({{LS}}), [[name:Danuta]] ({{LS}}), [[name:Luke Fisher]], [[name:Summer Patel]], [[name:Hong Wei]], [[name:Robin]]
        Apologies: [[name:Kath Doherty]], [[name:Marius]]

        1. {{TIP}} performance: team hit rate up to 93% from 84%, credited to strict 20-min
        {{X-ray}} rotation and peer image reviews. [[name:Summer]] top scorer for the month.
        2. {{Tray return}}: new {{ATRS}} lane settings mean fewer jams.
        3. Customer feedback: 2 complaints, 5 compliments - one naming [[name:Hong Wei]] for helping a
        {{PRM}} passenger re-pack.
        4. AOB: {{DfT}} certification renewals due for [[name:Luke Fisher]] and [[name:Craig]]. [[name:YA]] to book.
    """)),
    ("aviation", "incident", block("""
        {{Staff Search}} covert test results, [[date:25 June 2024]] - overall FAIL
        Post   | Searcher          | Test location          | Result | Notes
        {{SSP1}}   | [[name:Ade Okonjo]]        | {{test article}} in boot  | FAIL   | footwear not screened, queue pressure
        {{SSP1}}   | [[name:Brooke Lamb]]       | lanyard pouch          | PASS   |
        {{VCP3}}   | [[name:Hassan Jafari]]     | vehicle glovebox       | FAIL   | glovebox not opened
        {{SSP2}}   | [[name:Eilidh Ross]]       | tool bag               | PASS   | good {{ETD}} use
        Comment: both fails were at peak shift change (05:30-06:00) with one searcher per post.
        [[name:Ade Okonjo]] and [[name:Hassan Jafari]] stood down from search pending retraining.
        {{DfT}} {{inspector}} debrief given to [[name:Marguerite Oyelowo]], {{Head of Security}}.
        Ref [[case_reference:SEC-24-0681]].
    """)),
    ("aviation", "near_miss", block("""
        HANDOVER - {{Central Search}} earlies -> lates, [[date:Tues 2 July]]
        - Lanes 1/2 normal. Lane 4 {{X-ray}} intermittent belt fault, engineer from [[organisation:Vantor Systems]] booked 16:00.
        - NEAR MISS: {{ETD}} on lane 3 - the start-of-shift {{verification test}} wasn't done, {{verification swabs}} in the drawer expired [[date:30/06]]. [[name:Jonah]] noticed before the first pax at 04:10 and swapped the machine with the spare from {{Staff Search}}. New swabs ordered.
        - Pax complaint: Mr [[name:Talbot]] ({{wheelchair}} user) unhappy at wait for {{PRM}} search. Apologised, {{Customer Services}} have it.
        - {{LAGs}} bin lane 6 full, {{porters}} called.
        [[name:Nell]] ({{LS}})
    """)),
    ("aviation", "success", block("""
        [[name:Chloe Whitfield]] 11:48
        just want to flag how well [[name:Abdi]] handled the lad with {{autism}} on lane 2 - {{sunflower lanyard}}, full meltdown at the {{security scanner}}
        [[name:Rory Mac]] 11:50
        saw that, he took him + his dad to the {{assistance lane}}, let him watch his own tray go through and did the {{hand search}} with dad's help
        [[name:Chloe Whitfield]] 11:52
        dad emailed {{Customer Services}} already - they were on [[flight_number:NL1180]] - "I've never seen my son trust a stranger like that"
        [[name:Abdi Warsame]] 11:55
        aw thanks guys 😊 my little brother is the same so i know the signs
        [[name:Rory Mac]] 11:56
        putting you forward for {{Star of the Month}} mate
    """)),
    ("aviation", "incident", prose("""
        pax complaint pm shift [[date:11/07]]. elderly lady ([[age:82]]) alarmed on the {{security
        scanner}} - it was her {{stoma bag}}. searcher ([[name:tyler]]) asked her to lift her top in
        the lane to check it. shld have offered the {{private search room}} straight away, its in the
        {{SOP}}. daughter filmed it and says shes going to the papers. {{LS}} [[name:ashleigh]] wasnt on
        the lane at the time, was covering the {{LAGs}} desk. pax flying [[flight_number:AER 915]],
        made her flight. complaint ref [[case_reference:CX-24-07112]]. {{PRM}} + dignity training
        booked for [[name:tyler]]. pls can we open a 2nd {{search room}} on {{Pier B}}, queue for the
        only one was 15 min so staff avoid using it
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:Saturday 27 July 2024]] a {{cabin crew}} member reporting for
        [[flight_number:ZN602]] (aircraft [[aircraft_registration:G-ZNQE]]) entered through
        {{Crew Search}} at {{North Pier}}. Her {{wheelie bag}} was placed on the belt but the
        {{X-ray}} was in {{standby}} mode after a restart, so the bag passed through unscreened. The
        {{Screening Officer}}, [[name:Mateus Costa]], realised within a minute when the image screen
        stayed blank; the crew member, Ms [[name:Yuki Tanabe]], had already reached the
        {{crew room}}. She was called back, the bag screened and nothing found. Learning: the
        {{X-ray}} should show a clear lock-out after a restart; added to the {{SOP}} and the
        supervisor, [[name:Grace Kimani]], briefed all posts the same day.
    """)),
    ("aviation", "success", block("""
        Dear Security Team at [[organisation:Brackenmoor Airport]],

        On [[date:3 August]] I travelled with my son [[name:Teddy]] ([[age:6]]) who has {{Type 1 diabetes}}
        and wears an {{insulin pump}}. I was dreading security. The officer, I think called [[name:Hannah]]
        or [[name:Anna]], knelt down and explained everything to [[name:Teddy]], didn't make him go through
        the {{body scanner}}, and did the {{ETD}} swab on the pump while he held it. We made our flight
        ([[flight_number:NL1422]]) with time to spare. Thank you so much.

        [[name:Jasmine Forde]]
        [[address:27 Cedar Rise, Kettlewick]], [[postcode:KW9 4QA]]
    """)),
    ("aviation", "incident", block("""
        RT transcript - {{Security Control}} / {{Patrol 2}}, [[date:19/08/24]]
        14:02 PATROL 2 ([[name:Gav]]): Control, Patrol 2, unattended black holdall on {{stand 24}} by the {{GPU}}, [[aircraft_registration:G-AERF]] on stand operating [[flight_number:AER 1107]]. Over.
        14:02 CONTROL: Patrol 2, any owner nearby? Over.
        14:03 PATROL 2: {{Dispatcher}} says not theirs. Looks like a handler's kit bag, [[organisation:Skyway Ground Handling]] logo. {{HOT}} - not hidden, not suspicious, typical. Over.
        14:04 CONTROL: Copy, hold cordon 25m. Calling [[organisation:Skyway]] {{ops}}.
        14:09 CONTROL: Bag belongs to [[name:Keiron Pryce]], on the {{ramp}} at stand 26. Over.
        14:15 PATROL 2: Owner attended, bag searched - personal items plus a litre of vodka and a lighter not from airside retail. Came in via {{VCP1}} this am. Over.
        Outcome: [[name:Keiron Pryce]]'s {{ID pass}} suspended pending investigation; {{VCP1}} searches to be audited. Ref [[case_reference:SEC-24-0902]].
    """)),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind215", REPORTS))
