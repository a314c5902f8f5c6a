"""Held-out blind corpus 166: just-culture incident, near-miss and learning reports.

Settings: a local authority's emergency duty team (out of hours) working with police
protection; an acute medical unit and its hospital at night team; a search and rescue
helicopter base. Written blind, the way UK staff type: rushed lower-case shift logs, e-mails
with signatures, Teams and WhatsApp exports, incident and Datix forms, handover tables, SBAR,
minutes with attendance lists, debriefs, shout-outs, thank-you letters, tech log entries, an
ASR and RTF transcripts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind166.jsonl"

REPORTS = [
    # ---------------------------------------------------------------- social care (17)
    ("social_care", "incident", prose("""
        edt log sat nite. 2140 call from {{police}} control, 2 kids taken into {{police protection}}
        under {{s46}} at [[address:22 Thornfield Close, Ossett]] [[postcode:WF4 7QJ]] after dv incident.
        kids are [[name:kayden]] ([[age:6]]) and [[name:lacey-mae wright]] ([[age:3]]). {{PC}}
        [[name:o'hare]] on scene, her mob [[phone:07700 900418]]. rang round {{foster carers}}, nobody
        till 2315 when [[name:bev]] and [[name:clive ashdown]] said yes. gave police the carers address
        off the {{duty sheet}} but it was there old address, they moved in {{january}}. kids sat in the
        police car outside the wrong house 40 mins. no harm done but [[name:lacey-mae]] v distressed and
        wet herself. new address was on {{Mosaic}} (fostering updated it) but nobody updated the {{EDT}}
        spreadsheet. ref [[case_reference:EDT/24/1187]]. learning - ring the carer and check the address
        every time, dont trust the sheet. sheet needs an owner. [[name:RK]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Nadia Hussain]] <[[email:nadia.hussain@wakefordcouncil.gov.uk]]>
        To: EDT Managers
        Sent: [[date:Sunday 17 March 2024]] 03:12
        Subject: near miss - PP ended, child nearly taken back to mum's

        Hi [[name:Gav]],

        Logging this as a near miss so it doesn't get lost over the weekend.

        At 01:40 {{police}} rang to say they were ending {{police protection}} for [[name:Tyrese Bennett-Lowe]] ([[age:14]]) and taking him home to {{mum}}. {{Mosaic}} showed a {{MASH}} alert from Thursday: mum's partner has {{bail conditions}} not to attend the address. The {{designated officer}} couldn't see it on their system and hadn't been told.

        I asked them to hold [[name:Tyrese]] at the station and he went to his aunt, [[name:Marcia Lowe]], at [[address:7 Bevan Court, Horbury]] [[postcode:WF4 6RJ]] after police did checks on her household.

        Mosaic ID [[case_reference:1442897]], police log [[case_reference:0173-17032024]].

        Learning: the designated officer doesn't see our alerts. Can we raise it at the next MASH ops meeting?

        [[name:Nadia]]
        Senior Practitioner, {{Emergency Duty Team}}
        [[phone:01632 960214]]
    """)),
    ("social_care", "success", prose("""
        Shout-out for [[name:Femi Adeyemi]] on {{EDT}} last {{Friday}} night. An {{AMHP}} assessment for a
        [[age:47]]-year-old man finished at 23:50 with a decision to detain under {{Section 2}}, and there
        wasn't a {{mental health bed}} in the region. [[name:Femi]] rang fourteen units, kept the
        {{nearest relative}} (his daughter [[name:Jess]]) updated every hour, and got him a bed on
        [[organisation:Kingfisher Ward]] at [[organisation:Branston Lodge Hospital]] by 03:30. He even got a
        neighbour, Mr [[name:Ptak]], to take the dog in. The man was conveyed by {{ambulance}} at 04:20
        without needing the {{police}}. [[name:Jess]] emailed on Monday to say it was the first time anyone
        had explained the {{Mental Health Act}} to her properly. Calm, kind, stubborn in the best way.
        Thank you [[name:Femi]]. – [[name:Lou Carraway]], {{EDT manager}}
    """)),
    ("social_care", "incident", block("""
        Chronology – [[name:Shannon Doherty]], DOB [[date_of_birth:09/11/2007]], LCS [[case_reference:558210]]
        Prepared by [[name:Ana Lúcia Ferreira]], {{Team Manager}}, [[date:19/03/2024]]

        19:05  Staff at [[organisation:Rowan House]] report [[name:SD]] missing to {{police}} (log [[case_reference:CAD 1744]])
        21:30  Police find [[name:SD]] in a car, [[vehicle_registration:YR19 KTD]], with two adult men. Taken into {{police protection}}.
        21:50  {{EDT}} informed. EDT worker ([[name:Harj]]) advises return to [[organisation:Rowan House]].
        22:40  {{registered manager}} refuses – risk to other young people after an assault on staff on {{Tuesday}}.
        23:15  No emergency beds in county. [[name:SD]] waits in the front office at [[organisation:Castleford police station]].
        02:35  Bed found at [[organisation:Ferncliffe]] children's home, 42 miles away.
        03:50  [[name:SD]] arrives. No {{CSE}} screening done, car reg not passed to {{MASH}}.

        Issues: 5+ hours in a police station; vehicle details not shared until Monday; no {{return home interview}} booked.
    """)),
    ("social_care", "success", block("""
        Teams chat export – EDT / Fostering OOH – [[date:23/03/2024]]

        [21:02] [[name:McBride, Ciaran]] ([[organisation:Wakeford EDT]]): police have a 9 wk old in {{PP}}, mum arrested. need an {{emergency foster carer}} with baby experience asap
        [21:04] [[name:Osei, Abena]] (Fostering OOH): on it. [[name:Dot]] and [[name:Ray Halloran]] are on the {{emergency rota}} tonight, both baby trained
        [21:09] [[name:McBride, Ciaran]] ([[organisation:Wakeford EDT]]): brill. baby's NHS no from the {{red book}} [[nhs_number:543 207 1363]], no meds, on {{formula}}
        [21:11] [[name:Osei, Abena]] (Fostering OOH): sending [[name:Dot]] the {{placement plan}} now
        [21:40] [[name:McBride, Ciaran]] ([[organisation:Wakeford EDT]]): PC dropping baby off 21:55. I'll email the {{health visitor}} for the morning
        [21:58] [[name:Osei, Abena]] (Fostering OOH): [[name:Dot]] says she's had a bottle and gone down 👍
        [22:05] [[name:McBride, Ciaran]] ([[organisation:Wakeford EDT]]): thank you [[name:Abena]], textbook
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT
        Date of incident: [[date:02/04/2024]]   Time: 23:40
        Service: {{Emergency Duty Team}}
        Reported by: [[name:Mehreen Akhtar]], {{EDT social worker}}
        Category: {{information governance}} / {{data breach}}

        What happened: I sent a {{placement referral}} for [[name:Oliver Nowak]] (DOB [[date_of_birth:21/06/2015]], NHS [[nhs_number:102 493 7984]]) to [[email:k.whitlock73@outlook.com]] instead of [[email:k.whitelock@wakefordfostering.org.uk]]. Autocomplete picked a former carer's personal address. The referral had mum's address ([[address:41 Pendle Rise, Normanton]] [[postcode:WF6 3DX]]) and the reason for {{police protection}}.

        Immediate action: recall failed. Rang the former carer on [[phone:07700 900763]], she deleted it while I was on the phone. {{DPO}} and {{Caldicott Guardian}} told next working day.

        Contributing factors: lone working, three calls waiting, {{Outlook}} autocomplete.

        Learning: autocomplete off on {{EDT}} laptops; referrals only via {{secure email}}.

        IG ref: [[case_reference:IG-2024-0388]]
    """)),
    ("social_care", "near_miss", block("""
        EDT → DAY TEAM HANDOVER   Mon [[date:08/04/24]]   handed over by [[name:PJ]], read by [[name:TB]]

        | Name | Mosaic | Overnight | For day team |
        |---|---|---|---|
        | [[name:Leo Fairbairn]] ([[age:12]]) | [[case_reference:1390442]] | {{missing episode}} 19:00–23:30, found by police | {{return home interview}} |
        | [[name:Amara Eze]] ([[age:16]]) | [[case_reference:1402215]] | rang EDT, row with foster carer | {{allocated SW}} to ring |
        | [[name:Stanley Boateng]] ([[age:88]]) | [[case_reference:0987731]] | {{carer breakdown}}, respite bed at [[organisation:Hollybank]] | {{adult social care}} review |

        NEAR MISS (added 08:50 by [[name:TB]]): {{midwifery}} referral re baby [[name:Okonkwo-Reid]] (born Sunday, {{pre-birth plan}} says no discharge without {{social worker}} agreement) was sitting in the EDT inbox and not on this sheet. Discharge was booked for 10:00. I rang the {{hospital social work team}} at 08:55 and it was stopped. Baby [[name:Okonkwo-Reid]] stays on the ward pending a {{strategy meeting}}.
    """)),
    ("social_care", "success", prose("""
        Reflective account – [[name:Bronwen Evans-Tudor]], {{EDT practitioner}}. Late on [[date:12 April]]
        {{police}} rang about two boys, [[age:8]] and [[age:11]], home alone after {{mum}} was taken to
        hospital by {{ambulance}}. The officers were leaning towards {{police protection}}. Using
        {{Signs of Safety}} I asked what was working well. Their nan, [[name:Glenys Morgan]], lives ten
        minutes away, does the school run most days and was willing. I spoke to [[name:Glenys]] on
        [[phone:029 2018 0457]], checked our records and asked the officers for a {{PNC check}} on her
        household. We agreed a simple {{safety plan}}: [[name:Glenys]] stays at the house overnight, the
        school ([[organisation:Ysgol Bryn Hafod]]) is told first thing, and the {{duty social worker}} visits
        the next day. Police agreed no PP was needed and the boys slept in their own beds. What I learned:
        the most drastic option shouldn't be the first one on the table. What I'd do differently: write
        the plan down with [[name:Glenys]] while she's on the phone, not afterwards.
    """)),
    ("social_care", "incident", block("""
        LEARNING REVIEW – child held at police station under PP
        Date: [[date:24/04/2024]]   Via Teams

        Present: [[name:Ruth Akinola]] (chair, Head of Safeguarding), DI [[name:Pawel Zielinski]] (police), [[name:Kerry-Ann Campbell]] ({{EDT manager}}), [[name:Hywel Price]] (residential), [[name:Sunita Rao]] ({{IRO}})
        Apologies: [[name:Dom Whitaker]]

        1. Background. [[name:JW]] ([[age:13]], autistic) taken into {{police protection}} at 19:30 on [[date:14/04/2024]]. Stayed in an interview room until 01:30.
        2. What got in the way. No {{emergency placement}} able to meet {{autism}} needs; the {{designated officer}} changed shift at 22:00 with no handover; EDT had one worker covering two authorities.
        3. What helped. [[name:JW]]'s teaching assistant, Miss [[name:Kirsty Lam]], came in at 23:00 at police request and stayed with him.
        4. Actions. [[name:Kerry-Ann]] – local protocol in line with the {{Concordat on Children in Custody}}, even though this was PP not arrest. [[name:Hywel]] – scope a {{solo placement}} emergency bed at [[organisation:Marlow House]]. [[name:Pawel]] – designated officer handover template.

        Next meeting: [[date:22/05/2024]]
    """)),
    ("social_care", "near_miss", block("""
        Submitted with screenshot. Reporter: [[name:Gail Fenwick]], {{EDT Team Manager}}

        [[date:19/04/2024]], 23:12 - [[name:Priya K]]: can someone check {{mosaic}} for me im in the car. [[name:Rhys Llewellyn]] dob [[date_of_birth:3/2/2010]] [[address:16 Quarry Bank, Altofts]]
        [[date:19/04/2024]], 23:13 - [[name:Stu]]: not on here!! this group still has [[name:Marty]] in it, he left in {{december}}
        [[date:19/04/2024]], 23:13 - [[name:Priya K]]: oh god. deleting now
        [[date:19/04/2024]], 23:14 - [[name:Priya K]]: This message was deleted
        [[date:19/04/2024]], 23:16 - [[name:Stu]]: ive messaged [[name:Gail]]

        Reporter note: visible for about two minutes. [[name:Marty]] confirmed he hadn't opened the chat. {{DPO}} advised it isn't reportable to the {{ICO}}. {{WhatsApp}} is not an approved channel; workers are to use {{Mosaic}} on the {{council laptop}}. Data dongles ordered, because the poor signal in the car park at [[organisation:Hartfield Hospital]] is why this happened.
    """)),
    ("social_care", "success", block("""
        To the {{Emergency Duty Team}},

        A quick note from me and B shift to say thank you to [[name:Conor]] for Tuesday night. We had [[name:Zara]], [[age:15]], at the station after she told one of my officers that {{mum}}'s boyfriend had hit her. Rather than doing it all on the phone, [[name:Conor]] came out at 2am, sat with her, and got her settled with her {{godmother}} by half four. He held the {{strategy discussion}} with DS [[name:Ahmed]] from the station, rang the {{CAMHS}} crisis line because [[name:Zara]] had mentioned cutting, and left a proper note for the {{day team}}. [[name:Conor]]'s calm made a real difference to a frightened kid and to two tired {{response officers}}. No {{police protection}} needed in the end.

        Thanks again,
        Sgt [[name:Deborah Okafor]]
        [[organisation:Wakeford North Response]] | [[email:deborah.okafor@westriding.police.uk]]
    """)),
    ("social_care", "incident", block("""
        Call transcript (recorded line) – EDT – [[date:27/04/2024]] 02:14

        EDT: Emergency Duty Team, [[name:Sol]] speaking.
        Caller: Hiya, it's [[name:Marguerite]], I'm ringing about my dad, [[name:Desmond Clarke]]. He's [[age:84]]. The {{carers}} never came tonight and he's on the floor, he can't get up.
        EDT: Is he hurt? Is he breathing OK?
        Caller: He's talking, he says he's cold. I'm forty minutes away.
        EDT: Ring {{999}} now and I'll stay on. What's his address?
        Caller: [[address:3 Orchard Mews, Stanley]], [[postcode:WF3 4LN]].
        EDT: And who's his care agency?
        Caller: [[organisation:Brightwell Homecare]]. They missed lunch as well.

        Note by [[name:Sol Mensah]]: {{ambulance}} arrived 03:05, {{long lie}}, admitted with {{rhabdomyolysis}}. [[organisation:Brightwell]]'s on-call didn't answer ([[phone:0113 496 0619]]). {{adult safeguarding}} concern raised, {{CQC}} informed. NI no for the {{financial assessment}}: [[ni_number:JK 48 21 73 C]]. Learning: EDT had no way to know visits were missed – agencies don't alert us.
    """)),
    ("social_care", "incident", prose("""
        emergency respite. [[name:ted barraclough]] ([[age:79]]) rang edt 2015 sun, cant cope, wife
        [[name:joan]] ([[age:81]]) has {{dementia}} and he had a fall himself today. bed found at
        [[organisation:willowmead]] for 2 nights, taxi there 2200. what went wrong - no meds went with her.
        {{MAR chart}} was at home, [[name:ted]] didnt know to pack the {{blister packs}}. she missed her
        {{donepezil}} and 2 doses of {{apixaban}} before the home rang her gp
        ([[organisation:hatherley road surgery]]) monday am. no harm as far as we know. our
        {{respite checklist}} doesnt ask about meds at all. ni no on referral [[ni_number:NE 13 90 47 B]]
        dob [[date_of_birth:30/01/1943]]. [[name:joan]]s {{care act assessment}} was due anyway. suggest
        adding meds + {{GP}} + {{pharmacy}} to the checklist. [[name:sk]]
    """)),
    ("social_care", "success", block("""
        Debrief notes – UASC found at motorway services, [[date:Thu 2 May]]
        Present: [[name:Gwen Ashworth]] (EDT), PC [[name:Tariq Mahmood]], [[name:Lenka Dvořáková]] ({{UASC team}})

        What happened: staff at [[organisation:Cranmoor Services]] found a boy who said he was [[name:Yonas Tesfaye]], [[age:15]], from Eritrea, after he got out of a lorry ([[vehicle_registration:DX72 MVK]]). Police used {{police protection}} at 21:40.

        Went well:
        - [[name:Gwen]] got a {{Tigrinya}} interpreter through the {{telephone interpreting}} line within 15 mins
        - no {{age assessment}} at night – treated as a child, no questions about the journey beyond safety
        - {{foster placement}} with [[name:Musa]] and [[name:Hana Idris]], who speak Tigrinya; [[name:Yonas]] ate and slept
        - his cousin's number in Germany ([[phone:+49 1523 5550187]]) passed on for family tracing
        - {{Home Office}} and the {{National Transfer Scheme}} notified next morning, {{modern slavery}} screen started

        Even better if: lorry reg passed to {{Border Force}} sooner (took till 01:00).
        Ref: [[case_reference:UASC-24-0419]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Tom Harcourt-Reilly]]
        To: {{Legal Services}} duty; EDT managers
        Date: [[date:07/05/2024]] 09:02
        Subject: RE: PP for the [[name:Whitmore]] children – 72 hours

        All,

        For the learning log. {{police protection}} for [[name:Bella]] and [[name:Finn Whitmore]] started at 21:15 on Friday [[date:3 May]], so the 72 hours ran out at 21:15 on Monday – a {{bank holiday}}. Friday's EDT handover just said "EPO Tuesday". Nobody had counted.

        [[name:Ifeoma]] in Legal picked it up at 10:30 on the Monday. We got an {{EPO}} hearing at 16:00 in front of the {{out of hours}} {{duty magistrate}}, granted. Without [[name:Ifeoma]] the kids would have been back with {{dad}} on Monday night with nothing in place, or a {{section 20}} signed under pressure.

        Proposed: the EDT PP template to calculate the 72-hour expiry and flag bank holidays; the {{Children Act 1989}} s46 timeline on the back of the duty folder.

        [[name:Tom]]
    """)),
    ("social_care", "incident", block("""
        SBAR – EDT to day team – Sun [[date:12/05/24]] 08:30

        S: [[name:Kacper Nowicki]] ([[age:14]]), Mosaic [[case_reference:771302]], NHS [[nhs_number:297 950 8632]], on [[organisation:Puffin Ward]] at [[organisation:Wakeford General]] since Friday as a {{social admission}}. No placement. At 01:10 ward staff found a {{ligature}} round his neck in the toilet – removed, no injury, {{paediatric registrar}} reviewed.
        B: {{section 20}}, known to {{CAMHS}}, mum can't have him home. EDT rang 9 providers on Fri and Sat, none would take him.
        A: Hospital asked us for {{1:1}} at 21:00; we couldn't source agency staff out of hours so [[name:Kacper]] shared an {{HCA}} with two other patients. The ward isn't a safe place for him and the nurses are telling us so.
        R: {{Head of Service}} to be told by 9. CAMHS {{Tier 4}} assessment to be chased. Consider a {{DoL order}}. Hospital Datix: [[case_reference:W186233]].

        Handed over by [[name:Ola]] (EDT)
    """)),
    ("social_care", "success", prose("""
        Good catch worth sharing. On [[date:Saturday 25 May]] {{EDT}} took a call from {{ED}} about a
        [[age:5]]-year-old, [[name:Ellie-Rose Barker]], brought in by {{mum}} with a burn to her hand. The
        story was plausible and ED weren't especially worried. [[name:Kwabena Asante]], our
        {{EDT social worker}}, checked {{CP-IS}} while still on the phone and found a child with the same
        first name and a date of birth one digit different ([[date_of_birth:14/02/2019]] against
        [[date_of_birth:14/02/2018]]) on a {{child protection plan}} in [[organisation:Northwold County Council]],
        under a different surname. He rang the [[organisation:Northwold]] {{out of hours}} team, who
        confirmed it was the same child – the family had moved without telling anyone. [[name:Kwabena]]
        asked ED to keep her in overnight, the {{paediatrician}} did a {{skeletal survey}} and a
        {{strategy discussion}} happened at 9am. Without his curiosity she'd have gone home. Nice one
        [[name:Kwab]].
    """)),
    # ---------------------------------------------------------------- health (17)
    ("health", "incident", block("""
        H@N HANDOVER 21:00 – Tue [[date:05/03/2024]] – [[organisation:Kingsmead General]]
        {{Med reg}}: Dr [[name:Oduya]]   {{SHO}}: [[name:Liv Sandberg]]   {{ANP}}: [[name:Matteo Ricci]]   Coord: [[name:Sharon Blake]]

        AMU 12 – [[name:Gerald Finch]], [[age:77]], {{CAP}}, {{NEWS2}} 3 → review if ≥5
        AMU 20 – [[name:Yvonne Achebe]], [[age:64]], {{DKA}} resolving, {{VRIII}} off at 18:00
        [[organisation:Hawthorn Ward]] 4 – [[name:Peter Szabo]], [[age:70]], {{TTO}}s for am

        Addendum (Datix [[case_reference:W184402]]): [[name:Gerald Finch]]'s NEWS2 was 7 at 01:30 (RR 28, sats 88% on air). The {{HCA}} entered obs on {{Nervecentre}} but the escalation went to the day SHO's bleep profile, which hadn't been switched to [[name:Liv]]. Reviewed 03:10 when the {{nurse in charge}} rang the coordinator directly. Moved to {{resus}}, {{NIV}}, stable now. Learning: bleep profiles to be checked at the 21:00 huddle.
    """)),
    ("health", "near_miss", prose("""
        Near miss on the {{acute medical unit}} overnight [[date:9–10 March]]. A {{FY1}} prescribing
        {{Novorapid}} on the paper {{PRN}} chart for a {{type 2 diabetes}} patient ([[name:GH]], [[age:69]],
        NHS [[nhs_number:296 605 0799]]) wrote '10u' for a {{correction dose}}. [[name:Chipo Moyo]], the
        staff nurse, read it as 100 at first glance and stopped to query before drawing up. The FY1
        rewrote it as '10 units' and the dose given was correct. Nobody blamed anyone – the FY1 had been
        bleeped eleven times that hour. We've since found paper PRN charts still in use on
        [[organisation:Kestrel Unit]] and AMU because {{EPMA}} was down for an upgrade. Learning: never
        abbreviate units (it's on the {{never event}} list), and the {{insulin passport}} and
        {{diabetes inpatient team}} guidance is now on the back of the chart. Thanks [[name:Chipo]] for
        trusting your gut.
    """)),
    ("health", "success", block("""
        ⭐ GREATIX – Learning from Excellence
        Nominee: [[name:Adebola Ogunleye]] (everyone calls him [[name:Ade]])
        Nominated by: [[name:Becky Tran]], {{staff nurse}}, [[organisation:Fenwick Ward]]
        Date: [[date:14/03/2024]]

        What they did: At 02:00 I was worried about a [[age:23]]-year-old with a "viral illness" – HR 128, temp 38.9 but BP fine, {{NEWS2}} only 4. [[name:Ade]], the {{H@N}} {{nurse practitioner}}, came within ten minutes, noticed a new {{petechial rash}} on her ankles, and started the {{Sepsis Six}} and {{ceftriaxone}} before the registrar arrived. {{Lactate}} was 5.1. She went to {{ITU}} with {{meningococcal sepsis}} and is now home.

        Why it matters: he listened to a nurse's worry, not just the score.
    """)),
    ("health", "incident", block("""
        Timeline – inpatient fall with head injury
        Patient: [[name:Irene Wójcik]], [[age:88]], NHS [[nhs_number:257 438 2374]], [[organisation:Cedar Ward]] (AMU outlier)
        Compiled by [[name:Grace Mbeki-Olsen]], {{ward manager}}

        02:10 Found on floor beside bed by HCA ([[name:Tash]]). Unwitnessed.
        02:15 Obs stable, GCS 15, haematoma R forehead. On {{apixaban}} for {{AF}}.
        02:25 {{H@N}} bleeped.
        04:40 Reviewed by FY1 (H@N had two {{cardiac arrests}} in the meantime). {{CT head}} requested.
        06:10 CT not done – {{radiographer}} on call doing {{trauma}} scans in ED.
        09:50 CT shows small {{subdural haematoma}}. Neurosurgical advice: hold apixaban, repeat CT.

        Issues: {{NICE}} says CT within 8 hours for anticoagulated head injury – met, just, but not by design. {{Falls risk assessment}} said "high" but {{lying and standing BP}} not done, no {{bay nursing}}. Datix [[case_reference:W184977]]. {{duty of candour}} conversation with her son ([[name:Marek]]) done on [[date:22/03/2024]].
    """)),
    ("health", "incident", block("""
        DATIX INCIDENT FORM
        Ref: [[case_reference:WEB93127]]
        Date/time: [[date:19/03/2024]] 05:20
        Location: AMU, [[organisation:Ebbwfield General Hospital]]
        Type: Laboratory / {{wrong blood in tube}}
        Harm: No harm

        Description: {{group and save}} labelled as [[name:John Patel]] (bed 7, NHS [[nhs_number:804 742 4904]]) was taken from [[name:Jitendra Patel]] (bed 9, NHS [[nhs_number:917 139 0650]]). {{Transfusion lab}} rejected it because the group didn't match [[name:John]]'s historic group. He was due a {{red cell transfusion}} for Hb 62.

        Contributing factors: bloods taken by the {{H@N}} {{FY1}} at 05:00 in the dark; labels printed in batch at the desk; no {{positive patient identification}} (patient asleep, wristband checked against label, not against patient); same surname, similar ages ([[age:74]] and [[age:71]]).

        Actions: bedside label printers for AMU; "same name" alert on {{Nervecentre}}; WBIT cases reported to {{SHOT}} via {{haemovigilance}}.
        Reporter: [[name:Nia Blackwood]], {{transfusion practitioner}}
    """)),
    ("health", "near_miss", block("""
        Teams – H@N [[organisation:Kingsmead]] – Sat [[date:30/03/2024]]

        [01:12] [[name:Hollie Marsh]] (H@N Coord): bleeps are down across site, {{switchboard}} aware. Use {{Careflow}} tasks or ring AMU on [[phone:0117 496 0823]]
        [01:14] [[name:Rahul Menon]] (Med Reg): got it, I'm in {{ED resus}}. {{2222}} calls still ok?
        [01:15] [[name:Hollie Marsh]] (H@N Coord): yes 2222 goes via switch not bleeps
        [01:31] [[name:Kemi Balogun]] (AMU NIC): bay C bed 3 desatting to 84%, tried bleeping the SHO 3x, nothing
        [01:32] [[name:Hollie Marsh]] (H@N Coord): sorry [[name:Kemi]] – SHO is [[name:Fin]], his mobile [[phone:07700 900155]]
        [01:48] [[name:Kemi Balogun]] (AMU NIC): [[name:Fin]] here now, {{ABG}} done, on {{high-flow oxygen}}

        Reporter ([[name:Hollie]]): 17 minute delay to review of a deteriorating patient. Nobody had the H@N mobile list; the {{business continuity plan}} for bleep failure is from 2019 and assumes a paging backup that no longer exists.
    """)),
    ("health", "success", prose("""
        Reflective entry for my {{e-portfolio}} – [[name:Zainab Hassan-Ali]], {{FY1}}. On a
        {{night shift}} on [[date:6 April]] I was the only FY1 covering {{AMU}} and three base wards. I was
        asked to see a [[age:19]]-year-old with {{type 1 diabetes}}, vomiting, pH 7.08, {{ketones}} 6.2. I
        recognised {{DKA}}, started the {{FRIII}} using the {{JBDS}} protocol, put in two large-bore
        cannulas and started fluids, and rang the {{medical registrar}}, Dr [[name:Kowalski]], using
        {{SBAR}}. He came within twenty minutes and we referred to {{HDU}}. I was nervous I'd bothered him
        with something I could manage, but he said early escalation was exactly right. What I'll keep
        doing: SBAR, writing down times, hourly {{capillary glucose}}. What I'll change: I didn't check
        potassium before the second bag – [[name:Kowalski]] caught it. Next time I'll use the DKA checklist
        from the start.
    """)),
    ("health", "incident", block("""
        From: [[name:Joanne Pickersgill]]
        To: [[name:Ollie Grant]]; H@N coordinators
        Date: [[date:28 March 2024]] 08:15
        Subject: 03:00 transfer to [[organisation:Larch Ward]] without handover

        Morning all,

        Mr [[name:Stanislav Horák]] ([[age:91]], {{delirium}}, {{UTI}}) was moved from AMU to [[organisation:Larch]] at 03:05 to free a bed for {{ED}}. There was no verbal handover, {{Nervecentre}} still showed him on AMU, and [[organisation:Larch]]'s night staff didn't know he'd tried to leave the previous evening. {{security}} found him on the stairwell at 04:30, no injury.

        Our {{transfer policy}} says no moves between 22:00 and 07:00 unless clinically indicated or agreed by the {{site manager}} – this one was agreed verbally, nothing written. I'm not after anyone; the {{bed manager}} was under huge pressure with 14 in ED.

        I've logged it ([[case_reference:W185221]]) and would like [[name:Ollie]] to bring it to {{patient flow}} on Thursday.

        Thanks,
        [[name:Jo]]
        {{Matron}}, Acute Medicine | [[phone:0161 496 0332]]
    """)),
    ("health", "success", prose("""
        To everyone on [[organisation:Elm Ward]] and the night doctors, {{Mum}} ([[name:Patricia Doyle]],
        '[[name:Trish]]' to everyone) came to you on [[date:2 April]] and we knew by then she wasn't going
        to get better. The night nurse, [[name:Kofi]], brought us tea at 3am and never once made us feel
        in the way. The doctor with the Glasgow accent, Dr [[name:Fraser]], sat on the end of the bed and
        explained the {{DNACPR}} and the {{ReSPECT form}} more kindly than anyone had in two years of
        {{oncology}} appointments. When Mum got agitated you rang the {{palliative care}} team in the
        night and her {{syringe driver}} was up within the hour. She died peacefully on [[date:5 April]]
        holding [[name:Siobhán]]'s hand, with {{Radio 2}} on. Thank you doesn't cover it. With love,
        [[name:Siobhán]], [[name:Declan]], [[name:Niamh]] and all the [[name:Doyles]]
    """)),
    ("health", "incident", prose("""
        nite shift amu bay b. pt [[name:lorraine bickerstaff]] [[age:56]]f in w {{cellulitis}} L leg,
        clerked in ed, allergy box on drug chart said nkda. given {{co-amoxiclav}} iv 2330. 2345 c/o itchy,
        lips swelling, wheezy. {{anaphylaxis}} - called {{2222}}, {{adrenaline}} 0.5mg im x2,
        {{hydrocortisone}}, {{chlorphenamine}}, settled by 0015. daughter rang at 0100, said mum had a bad
        {{penicillin}} reaction as a kid and it IS on her gp record at
        [[organisation:riverside medical centre]]. nobody checked {{SCR}} in ed or on amu. datix done
        ([[case_reference:W185017]]). allergy now on {{EPR}}, pt ok this am, {{duty of candour}} to be done
        by day team. [[name:nk]]
    """)),
    ("health", "near_miss", block("""
        AMU BAY D – night handover 20:00 [[date:11/04/24]] – NIC [[name:Efua Mensah-Bonsu]]

        Bed | Patient | Age | NHS no | Plan
        D1 | [[name:Margaret Ellis]] | [[age:81]] | [[nhs_number:847 518 0957]] | {{AKI}}, IV fluids, {{U&E}} 06:00
        D2 | [[name:Margaret Allis]] | [[age:79]] | [[nhs_number:655 296 8434]] | {{warfarin}} held, INR 6.8, {{vitamin K}} 2mg IV prescribed
        D3 | [[name:Sajid Mahmood]] | [[age:62]] | [[nhs_number:400 376 3122]] | {{chest pain}}, repeat {{troponin}} 02:00
        D4 | – | | |

        NEAR MISS 04:20 ([[name:Efua]]): vitamin K was drawn up and taken to D1 ([[name:Ellis]]) instead of D2 ([[name:Allis]]). Caught when the {{eMAR}} scanner rejected the wristband. The whiteboard had the two names the wrong way round after a bed swap at 22:00. D2 moved to D4, {{similar name alert}} stickers on both.
    """)),
    ("health", "success", block("""
        HOT DEBRIEF – cardiac arrest AMU bed 3, 03:47, [[date:20/04/2024]]
        Team leader: [[name:Yusuf Adebayo]] (med reg). Present: [[name:Claire O'Sullivan]] (NIC), [[name:Mei Ling Chen]] (FY2), [[name:Stevie]] (HCA), [[name:Dimitri Papadopoulos]] ({{outreach}}), [[name:Anjali]] ({{ODP}})

        Patient: [[age:68]]M, {{NSTEMI}} on admission. {{VF}} arrest.

        Went well
        - [[name:Stevie]] started {{CPR}} immediately and pulled the emergency buzzer
        - {{defib}} pads on and first shock within 90 seconds
        - clear roles, [[name:Yusuf]] used closed-loop comms
        - {{ROSC}} after 2 cycles, to {{cath lab}} 04:40

        Even better if
        - {{i-gel}} size 4 missing from the {{crash trolley}}; trolley check not signed for two nights
        - relatives not called until 05:30

        Action: [[name:Claire]] – daily trolley check back on the night {{safety huddle}} list.
    """)),
    ("health", "incident", block("""
        PSII panel – minutes – [[date:09/05/2024]]
        Attendees: Dr [[name:Nkechi Obi]] (Clinical Director, chair), [[name:Maurice Lévesque]] ({{Patient Safety}} Lead), [[name:Alys Davies]] (AMU ward manager), [[name:Jamal Thompson]] ({{pharmacist}}), [[name:Lou Ferrante]] (H@N lead)

        Patient: [[name:Derek Mulholland]], [[age:59]], NHS [[nhs_number:175 278 1716]], hosp no [[case_reference:RX4418209]]

        Summary: admitted via {{GP}} at 22:10 with {{cellulitis}} and reduced mobility. {{VTE risk assessment}} not completed by the H@N team overnight; {{enoxaparin}} not prescribed until day 3. Day 6: {{pulmonary embolism}}, {{ICU}} for 2 days, now recovered.

        Discussion: [[name:Lou]] – the H@N clerking list that night was 19 patients for two doctors. [[name:Jamal]] – pharmacy didn't screen the chart until day 3 (weekend). [[name:Alys]] – nurses don't see a VTE prompt.

        Under {{PSIRF}} we are looking at the system, not the FY1.
        Safety actions: hard stop on {{EPMA}} if VTE assessment not done within 14h; weekend pharmacy screening for AMU.
    """)),
    ("health", "near_miss", block("""
        AMU referral line – call transcript – [[date:15/05/2024]] 22:47

        AMU: AMU, [[name:Parveen]] speaking, coordinator.
        Caller: Hi, it's Dr [[name:Imogen Slater]], {{GP out of hours}}. I'd like to refer [[name:Alan Hughes]], [[age:72]], chest pain since teatime, {{ECG}} shows new {{ST depression}}.
        AMU: DOB?
        Caller: [[date_of_birth:15/08/1951]].
        AMU: I've got an [[name:Alan Hughes]] on {{PAS}}, DOB [[date_of_birth:03/02/1949]], phone [[phone:01632 960731]], [[address:Mill Lane, Crigglestone]]?
        Caller: No – he's at [[address:Flat 9, Kerr House, Dewsbury Road]], mobile [[phone:07700 900582]].
        AMU: Right, different man then. Searching again... got him. NHS [[nhs_number:265 173 2087]].

        Coordinator note ([[name:Parveen]]): I'd already started the {{referral}} on the wrong record. If I hadn't read back the DOB, the {{ambulance}} booking and obs history would have gone to the wrong patient. Learning: always read back two identifiers, never pick the first search hit.
    """)),
    ("health", "success", block("""
        H@N 22:00 HUDDLE – Sat [[date:18/05/2024]]
        Present: [[name:Sharon]] (coord), [[name:Olu]] (med reg), [[name:Bea]], [[name:Hiroshi]], [[name:Tomasz]] (FY1s), [[name:Magda]] ({{ACP}})

        Sick list
        - AMU 6: {{upper GI bleed}}, Hb 68, 2 units cross-matched, {{OGD}} team aware
        - [[organisation:Osprey Ward]] 14: {{sepsis}}, {{lactate}} 3.2, repeat at midnight
        - AMU 22: {{hyperkalaemia}} 6.9, {{insulin-dextrose}} given 21:30

        Staffing: AMU one RN short – [[name:Sharon]] moved one from [[organisation:Heron Ward]].

        07:30 close: all three sick patients reviewed within 30 mins of huddle. No crash calls. [[name:Bea]] stayed with the GI bleed until the {{endoscopist}} arrived. [[name:Hiroshi]] picked up that the hyperkalaemia patient was still on {{ramipril}} and {{spironolactone}}. Good night, well done all.
    """)),
    ("health", "incident", prose("""
        Summary for the learning panel. At 02:40 on [[date:31 May]] [[name:Kieran Doyle-Mason]] ([[age:34]]),
        admitted to AMU with {{alcohol withdrawal}} on a {{CIWA-Ar}}-guided {{chlordiazepoxide}} regime,
        walked out of the unit in a gown. He'd been assessed under the {{Mental Capacity Act}} at 23:00 as
        lacking capacity to decide to leave, but this wasn't on the {{safety briefing}} and the security
        team hadn't been told. The {{HCA}} doing {{enhanced observation}} was covering two bays.
        [[name:Kieran]]'s sister ([[phone:+44 7700 900604]]) was called at 02:55 and {{police}} at 03:05
        (ref [[case_reference:PR-240531-0077]]). Officers found him on [[address:Gorsey Hill Road]] at 04:10
        and brought him back; mild {{hypothermia}}, no injuries. Learning: capacity decisions about
        leaving need to be on the whiteboard and handed to security; our {{missing patient policy}} says
        police within 15 minutes and we took 25.
    """)),
    ("health", "success", prose("""
        {{Learning from Excellence}} – for [[name:Harpreet Kaur-Dhillon]], on-call {{pharmacist}}. At 23:10
        on [[date:Wednesday 22 May]] the {{H@N}} FY1 rang her to ask about a dose of {{clarithromycin}} for
        a patient on [[organisation:Bramley Ward]] ([[name:FM]], [[age:76]]). [[name:Harpreet]] pulled up
        the drug history remotely and spotted {{simvastatin}} 80mg and {{colchicine}} – a combination with
        a real risk of {{rhabdomyolysis}} and colchicine toxicity. She suggested {{doxycycline}} instead,
        asked the FY1 to hold the statin, and left a note for the {{ward pharmacist}}. [[name:FM]]'s {{CK}}
        next morning was normal. She didn't have to look that far; she did. Nominated by
        Dr [[name:Tunde Bakare]], {{consultant acute physician}}.
    """)),
    # ---------------------------------------------------------------- aviation (16)
    ("aviation", "incident", block("""
        TECH LOG – [[aircraft_registration:G-MSRF]] – {{AW189}} – Page 04417 – [[date:07/03/2024]]

        Defect: Rescue {{hoist}} cable – two broken outer strands approx 1.8 m from hook, found at {{post-flight inspection}} after night {{winch}} sortie, ARCC task [[case_reference:24-0311]]. Crew report: {{winch operator}} ([[name:Kat Lindqvist]]) felt a snatch during {{hi-line}} recovery to a yacht in a 3 m swell.
        Action: Aircraft declared {{unserviceable}}. Cable replaced and {{load test}} carried out IAW {{AMM}}. Hook and {{cable cutter}} inspected, NFF. Duplicate inspection by [[name:R. Nwachukwu]].
        Certified: [[name:D. Fairclough]], {{B1}}, [[date:08/03/2024]] 04:50.
        MOR raised: [[case_reference:MOR-SKR-2403]]. Aircraft serviceable for first light; cover from [[flight_number:Rescue 946]] overnight.
    """)),
    ("aviation", "near_miss", block("""
        RTF transcript – [[organisation:Skerrick Approach]] – [[date:18/03/2024]]

        14:02:10 [[flight_number:Rescue 947]]: [[organisation:Skerrick Approach]], [[flight_number:Rescue 947]], lifting from the {{pan}}, {{Cat A}} task southbound, low level
        14:02:20 ATC: [[flight_number:Rescue 947]], [[organisation:Skerrick Approach]], {{Basic Service}}, report crossing the coast
        14:03:35 ATC: [[flight_number:Rescue 947]], traffic south two miles tracking north, no height information, not working me
        14:03:40 [[flight_number:Rescue 947]]: looking... {{TCAS}} TA, visual, light aircraft, avoiding right
        14:03:55 [[flight_number:Rescue 947]]: traffic passed 0.3 miles left, same level, high wing, reg [[aircraft_registration:G-BZLK]]
        14:06:12 [[aircraft_registration:G-BZLK]]: [[organisation:Skerrick Approach]], [[aircraft_registration:Golf Bravo Zulu Lima Kilo]], request Basic Service, sorry, just saw the helicopter

        Crew note: {{Airprox}} filed with {{UKAB}}. Pilot of [[aircraft_registration:G-BZLK]] had planned around the {{ATZ}} but not called us. Our {{traffic avoidance}} worked because the {{TCAS}} alert came before visual.
    """)),
    ("aviation", "success", block("""
        Post-sortie debrief – [[flight_number:Rescue 946]] – [[date:16/03/2024]], night
        Crew: {{captain}} [[name:Ffion Rees]], {{co-pilot}} [[name:Marcus Achterberg]], {{winch op}} [[name:Jonjo Quinn]], {{winchman paramedic}} [[name:Ibrahim Sesay]]

        Task: two walkers cragfast on a sea cliff, one with a suspected ankle fracture, tide rising. {{Coastguard Rescue Team}} on the cliff top couldn't reach.

        Went well
        - {{FLIR}} picked up both casualties from 2 nm, on {{NVG}} throughout
        - [[name:Jonjo]]'s patter kept [[name:Ibrahim]] clear of the overhang in a gusty 25 kt
        - {{double lift}} on first attempt, then {{stretcher}} for the second casualty
        - landed at [[organisation:St Brannoc's Hospital]] helipad 23:12, ED ready because ARCC had passed the ETA

        Learning
        - comms with the CRT on {{Channel 0}} broke up under the cliff – try {{Airwave}} next time
        - [[name:Marcus]] flagged fuel on the way back; minimum landing fuel met but with less margin than he'd like
    """)),
    ("aviation", "incident", prose("""
        During the first-light engine {{ground run}} on [[date:2 April]] the tail rotor of
        [[aircraft_registration:G-MSRJ]] ingested a strip of rubber door seal that had blown off the
        hangar door in the overnight gale. The {{FOD walk}} of the {{pan}} had been signed for at 06:10,
        but it was done in the dark with a hand torch and the strip was lying against the
        {{blast fence}}. Damage to two {{tail rotor blades}} beyond limits; aircraft {{AOG}} for three
        days while blades came from {{Leonardo}} stores. SAR cover came from
        [[organisation:Caerfallen SAR base]] with [[flight_number:Rescue 912]]. Nobody was hurt. Learning
        from our review with [[name:Owain Pritchard]] and the engineering team: FOD walks after high winds
        to be done after sunrise or with the {{floodlights}} on, and hangar door seals added to the
        {{storm checklist}}. Reported as an {{MOR}} to the {{CAA}}.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Graham Kettley]] <[[email:g.kettley@skerricksar.co.uk]]>
        To: Base team
        Date: Thu [[date:11 Apr 2024]] 10:40
        Subject: Near miss – water in fuel, bowser [[vehicle_registration:PN66 WRZ]]

        All,

        Yesterday at 15:20 the standby crew were about to refuel [[aircraft_registration:G-MSRF]] from the contractor's bowser ([[vehicle_registration:PN66 WRZ]]) before a {{Cat A}} task. [[name:Sinead Gallagher]] insisted on the {{fuel sample}} check even though the task had just dropped, and the {{water detector capsule}} went green. Bowser quarantined; {{Jet A-1}} from the fixed {{fuel farm}} used instead, aircraft airborne 11 minutes late. The supplier found a failed {{filter water separator}} seal.

        We were one impatient moment away from a double engine problem over the sea. Thank you [[name:Sinead]] for not being rushed. {{MOR}} [[case_reference:MOR-SKR-2411]] raised; the supplier's {{quality manager}} is visiting on {{Monday}}.

        [[name:Graham]]
        {{Base Engineering Manager}} | [[phone:+44 1632 960552]]
    """)),
    ("aviation", "success", prose("""
        Shout-out for [[name:Benny Schäfer]], {{licensed engineer}} on nights. At 02:00 on [[date:20 April]],
        doing a routine {{daily inspection}} on [[aircraft_registration:G-MSRJ]], [[name:Benny]] spotted a
        {{hydraulic pipe}} chafing against a {{P-clip}} behind the {{main gearbox}} cowling – not on the
        inspection card, he just looked a bit further. He raised it, replaced the clip and pipe and had
        the aircraft back {{serviceable}} before {{first light}}, so the base kept {{SAR cover}} and
        [[flight_number:Rescue 947]] launched at 07:15 to a {{medevac}} from a fishing boat. That chafe would
        have become a leak. [[name:Benny]]'s question to the rest of us was 'why isn't that on the card?'
        – it is now. – [[name:Aoife]] ({{Base Engineering Manager}})
    """)),
    ("aviation", "incident", block("""
        Chronology – [[flight_number:Rescue 947]] – ARCC task [[case_reference:24-1182]] – [[date:22/04/2024]]

        15:12 Tasked by {{ARCC}}: male, [[age:52]], fallen approx 8 m in a quarry. Walkers on scene.
        15:31 On scene. {{winchman paramedic}} [[name:Ibrahim Sesay]] lowered. Casualty [[name:Gethin Lloyd]] GCS 11, suspected {{pelvic fracture}}.
        15:58 Casualty recovered on {{stretcher}}, {{pelvic binder}} applied.
        16:05 Crew request {{major trauma centre}}. ARCC pass ETA 16:30 to [[organisation:Severnbridge MTC]].
        16:22 Crew told the helipad is closed – construction crane, {{NOTAM}} issued that morning.
        16:30 Diverted to an {{HLS}} at a rugby ground. {{land ambulance}} not on scene.
        16:53 Ambulance arrives. Casualty at MTC 17:08 – 38 minutes later than planned.

        Contributory: NOTAM not in the crew's {{pre-flight brief}} pack (filter excluded hospital sites); ARCC and the {{air ambulance}} desk not updated.
        Outcome: patient survived, {{ICU}} for 4 days.
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp – [[organisation:Skerrick]] duty crew – [[date:25/04/2024]]

        [02:14] [[name:Callum Strachan]]: back on the pan. thats 3 jobs, {{FDP}} runs out 03:30
        [02:15] [[name:Raj Thakkar]]: ARCC asking if we can take another – missing kayaker off the point
        [02:16] [[name:Callum Strachan]]: honestly not sure. [[name:Marcus]] is hanging and im not far off
        [02:18] [[name:Raj Thakkar]]: i said yes provisionally 🙈 sorry
        [02:19] [[name:Callum Strachan]]: we'd need {{commander's discretion}} and we'd be searching at the very end of the FDP. not happy
        [02:22] [[name:Raj Thakkar]]: ok ive told ARCC no, theyve tasked [[flight_number:Rescue 912]] from [[organisation:Caerfallen]]
        [02:40] [[name:Raj Thakkar]]: kayaker found by {{RNLI}} {{ILB}}, fine

        Reporter note ([[name:Raj]]): I accepted before checking {{crew duty hours}} because I wanted to help. Ops desk to check the {{FRMS}} tool before accepting any night re-task. Crew were right to say no.
    """)),
    ("aviation", "success", block("""
        [[address:9 Harbour View, Porthallow]]
        [[postcode:TR12 6PW]]

        Dear crew of [[flight_number:Rescue 946]],

        On [[date:Saturday 4 May]] our son [[name:Archie]] ([[age:17]]) was swept off the rocks while fishing with friends. His friend [[name:Noor]] rang {{999}} and asked for the {{Coastguard}}. You were there in eighteen minutes.

        We've since met the {{winchman}}, [[name:Ibrahim]], who went into the water for him, and the {{captain}}, who explained what the {{downwash}} does and why it felt like forever. [[name:Archie]] was treated for {{hypothermia}} at the hospital and was home on {{Tuesday}}. He's already talking about joining the {{RNLI}}.

        Please pass our thanks to the engineers and the ops room too – we know it isn't only the four of you.

        With love and thanks,
        [[name:Lynne]] and [[name:Pete Gilchrist]]
        [[phone:07700 900891]] | [[email:lynne.gilchrist@btinternet.com]]
    """)),
    ("aviation", "incident", block("""
        AIR SAFETY REPORT
        Ref: [[case_reference:ASR-24-057]]
        Date: [[date:11/05/2024]]  Time: 23:40Z
        Aircraft: {{AW189}} [[aircraft_registration:G-MSRJ]]  Callsign: [[flight_number:Rescue 947]]
        PIC: [[name:C. Strachan]]  Reporter: [[name:Lucía Romero]] (co-pilot)
        Phase: {{transit}}, 500 ft over sea, returning from task

        Narrative: Forecast was {{VMC}} below cloud. About 12 nm from base we entered a sea fog bank not seen on {{NVG}}. {{Inadvertent IMC}} called by me, PIC flew the {{IIMC recovery}} – wings level, climb to {{MSA}} 1,500 ft. {{TAWS}} caution during the climb ("CAUTION TERRAIN") because of the headland. Recovered via a {{GNSS approach}} to base.

        Contributory: {{TAF}} did not forecast fog; our {{weather minima}} allowed the transit; crew fatigue low.
        Suggested: add NVG degraded-visual cues to the recurrent {{CRM}} and {{simulator}} syllabus.
    """)),
    ("aviation", "near_miss", block("""
        Extract – London Control / ARCC liaison – [[date:02/06/2024]]

        21:14:02 [[flight_number:EZY47QK]]: London, [[flight_number:Easy four seven Quebec Kilo]], picking up a {{Mayday}} on 121.5 from a fishing vessel taking water, position five zero two zero north, zero zero five one five west
        21:14:30 ATC: [[flight_number:Easy four seven Quebec Kilo]], copied, passing to {{ARCC}}
        21:16:10 ATC (to ARCC): Mayday relay via [[flight_number:EZY47QK]], vessel at five zero zero two north, zero zero five one five west
        21:19:45 ARCC: London, that position doesn't match the vessel's last {{AIS}} track, can you confirm with the aircraft
        21:20:30 ATC: [[flight_number:Easy four seven Quebec Kilo]], confirm the vessel's latitude
        21:20:38 [[flight_number:EZY47QK]]: five zero TWO ZERO north

        Note: the latitude was transposed on the relay (50°02' for 50°20'), about 18 nm south. ARCC caught it before [[flight_number:Rescue 946]] was given the position. Three crew recovered from a {{liferaft}}. Learning: {{read-back}} of positions on relays, and {{AIS}} cross-check as standard.
    """)),
    ("aviation", "success", block("""
        JOINT EXERCISE DEBRIEF – SAR / RNLI – [[date:29/05/2024]]
        Attendance: [[name:Callum Strachan]] (SAR captain), [[name:Lucía Romero]] (co-pilot), [[name:Tegan Wyn Hughes]] ({{coxswain}}), [[name:Mohammed Al-Rashid]] ({{Coastguard Rescue Team}} station officer), [[name:Ellie]] ({{ARCC}} liaison)
        Apologies: [[name:Jonjo Quinn]]

        1. Scenario: {{hi-line}} transfer of a casualty from the {{all-weather lifeboat}} in sea state 4, then a {{stretcher}} lift.
        2. Went well: {{VHF}} Ch 0 briefing before arrival; [[name:Tegan]]'s crew held a steady course and speed; hi-line recovered in 4 mins.
        3. Issues: lifeboat {{radar}} mast closer to the hoist path than expected; agreed aft deck only.
        4. Actions: [[name:Mohammed]] to share the CRT contact list; [[name:Callum]] to write a one-page brief for lifeboat stations in the area.
        5. Next exercise: [[date:10/07/2024]]
    """)),
    ("aviation", "incident", prose("""
        Hangar incident, [[date:14 June]], 21:30. [[aircraft_registration:G-MSRF]] was being towed into the
        hangar with the {{tug}} after a {{compass swing}}. The {{tow team}} was two ([[name:Liam Costello]] on
        the tug, [[name:Dariusz Kamiński]] walking the tail) instead of the three the procedure requires,
        because the third engineer was on a {{rectification}} on the other aircraft. Nobody was on the
        left side, and a {{main rotor blade}} tip, not fully aligned fore-aft, hit the hangar door frame
        at walking pace. Damage: {{blade tip cap}} and {{erosion strip}}; door frame dented. No injuries.
        [[name:Liam]] stopped the tug straight away and reported it himself. Our review found the
        {{wing walker}} rule is well known, but pressure to get the aircraft in before rain on a short
        night shift made two feel 'enough'. Actions: no tow without three; {{blade lock}} alignment added
        to the tow checklist. {{MOR}} [[case_reference:MOR-SKR-2419]]. – [[name:Aoife Kennedy]],
        {{Base Engineering Manager}}
    """)),
    ("aviation", "success", prose("""
        Reflective account – [[name:Ibrahim Sesay]], {{winchman paramedic}}. On [[date:30 May]] we were
        tasked to a fisherman who had been in the water for around forty minutes after his boat
        capsized. I was lowered alongside him and the temptation was to get him up as quickly as
        possible in the {{strop}}. I remembered the {{hypothermia}} training: a vertical lift after long
        immersion can cause {{circum-rescue collapse}}. I asked [[name:Jonjo]] on the winch for the
        {{double strop}} so he came up as close to horizontal as we could manage. In the cabin his core
        temperature was 31.2, {{GCS}} 13. We kept him flat, avoided rough handling, and flew him to the
        {{ED}} with a {{pre-alert}}. The ED consultant said his heart was 'irritable' for an hour. He went
        home three days later. What I'd do differently: brief the horizontal lift before I go down, not
        on the wire. [[name:Ibrahim]]
    """)),
    ("aviation", "incident", prose("""
        quick notes for the asr - search for missing [[age:12]]yo [[name:riley]] in woods inland of base,
        1930ish sat [[date:15/6]]. at 300ft doing an {{expanding square}} on {{FLIR}} when [[name:jonjo]]
        called a {{drone}} at our 2 oclock, same height, maybe 150m. broke left and climbed. drone
        operator was in a car park filming us, said he was 'helping'. {{police}} on the ground took his
        details and car reg [[vehicle_registration:LB68 NKE]]. he obv hadnt checked for a {{NOTAM}} but
        theres no {{TDA}} for SAR either. [[name:riley]] found by {{search dogs}} 2040, safe. filed an
        {{Airprox}} + told the {{CAA}}. think we need police to put out a dont fly near the helicopter
        msg at the start of searches. - [[name:CS]]
    """)),
    ("aviation", "success", block("""
        OPS LOG – [[organisation:Skerrick SAR]] – Sat [[date:08/06/2024]]

        0812 [[flight_number:Rescue 946]] ([[aircraft_registration:G-MSRF]]) airborne, ARCC [[case_reference:24-1590]], {{medevac}} from cruise ship, suspected {{stroke}}, [[age:71]]F
        0840 [[flight_number:Rescue 947]] crew called in from home ({{second crew}} on 45 min standby) for missing swimmer
        0917 [[flight_number:Rescue 947]] ([[aircraft_registration:G-MSRJ]]) airborne, 34 min from call
        0935 [[flight_number:Rescue 946]] patient to {{stroke unit}} via helipad, {{thrombolysis}} window met
        0951 [[flight_number:Rescue 947]] swimmer located by {{RNLI}} lifeguards, winched, to ED
        1102 both aircraft on the pan, refuelled, {{serviceable}}

        Ops comment ([[name:Raj Thakkar]]): first time we've run both aircraft at once on a weekend. The second-crew call-out list worked; [[name:Shona]] picked up on the first ring. Engineers had both aircraft fuelled and on the pan by 0830 – nice one [[name:Benny]] and [[name:Dariusz]].
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind166", REPORTS))
