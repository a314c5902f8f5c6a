"""Held-out blind corpus 169: just-culture incident, near-miss and learning reports.

Settings: a children's safeguarding partnership's rapid reviews and multi-agency audit (social
care); a prison healthcare wing (health); an air cargo hub's warehouse and unit load device
build-up (aviation). Written blind, the way UK staff type: rapid review minutes with attendance
lists, audit tables, chronologies with times, e-mails with headers and signatures, Teams and
WhatsApp exports, incident and injury forms, handover sheets, radio transcripts, a tech log
entry, debriefs, shout-outs and rushed lower-case notes with typos and no apostrophes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind169.jsonl"

REPORTS = [
    ("social_care", "incident", block("""
        RAPID REVIEW – MINUTES (CONFIDENTIAL)
        [[organisation:Hollinsbrook Safeguarding Children Partnership]]
        Ref: [[case_reference:HSCP-RR-24-011]]    Date: [[date:12/03/2024]]
        Present: [[name:Gwen Pritchard]] (chair, LA), DI [[name:Faisal Rahman]] ({{police}}), Dr [[name:Nkechi Obi]] ({{designated doctor}}), [[name:S. McAllister]] ({{health visiting}}), [[name:Tomasz Wróbel]] (education), [[name:KB]] (minutes)
        Apologies: [[name:Ruth Ansah-Boateng]] ({{ICB}})

        1. [[name:Kacper Nowak]], DOB [[date_of_birth:03/01/2024]], presented at [[organisation:St Cuthbert's Children's Hospital]] aged [[age:9 weeks]] with bruising to the left ear. {{Skeletal survey}} found two {{metaphyseal fractures}}.
        2. {{Health visitor}} new birth visit completed; dad not seen and not asked about. 6-8 week check recorded "unsettled feeder" only.
        3. Bruising in a non-mobile baby was not escalated at first contact, {{bruising protocol}} not followed.
        Decision: threshold for a local {{CSPR}} met, notification to the {{Child Safeguarding Practice Review Panel}} confirmed.
        Action: [[name:SMcA]] to re-circulate the protocol to all HV teams by [[date:29/03/2024]].
    """)),
    ("social_care", "incident", prose("""
        audit notes - neglect theme, case 3 = [[case_reference:LCS 2210934]]. [[name:tyler]] ([[age:6]]) and [[name:mia]] ([[age:3]]) at
        [[address:14 Calder rise]], [[postcode:BD8 9HA]]. {{mum}} [[name:shannon]] known since 2021, {{CIN plan}} stepped down to {{early help}}
        last yr. school ([[organisation:Moorside Primary]]) had 34 lates + head lice x4 logged on {{CPOMS}} but none of it got
        shared with the EH worker, she didnt have access and nobody sent it. {{health visitor}} closed at 2 and a half no handover to
        {{school nurse}}. when we rang [[name:jas]] (EH) she said she thought school were lead prof. school thought [[name:jas]] was.
        nobody was. [[name:mia]] not seen by any agency for 4 months. grade = inadequate. learning: step down needs a named lead prof and a
        review date written on the plan not just in the minutes. [[name:dk]] taking to {{QA subgroup}} on [[date:4th june]]
    """)),
    ("social_care", "success", prose("""
        Shout-out from the {{rapid review}} panel: huge thanks to [[name:Precious Adebayo-Clarke]], {{DSL}} at
        [[organisation:Kingsmead Academy]], whose chronology landed within 24 hours of the request and was the clearest we've had
        all year. [[name:Precious]] pulled together attendance, {{CPOMS}} entries and pastoral notes for [[name:Jayden]]
        ([[age:14]]) and spotted that his older brother had been permanently excluded from the same school two years ago, which no
        other agency had linked. That one link changed our whole read of the {{criminal exploitation}} risk and got a
        {{contextual safeguarding}} meeting booked for the following {{Tuesday}}. Genuinely brilliant work. –
        [[name:Marcus]] and [[name:Li Na]], {{partnership business unit}}
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Oluwaseun Adeleke]] <[[email:seun.adeleke@hollinsbrook.gov.uk]]>
        To: {{MASH}} Admin
        Sent: [[date:16 May 2024]] 09:12
        Subject: Near miss – strategy discussion invite

        Morning all,

        Logging this for the learning log. Yesterday the invite for the {{strategy discussion}} on [[name:Zara Hussain]] (DOB [[date_of_birth:22/09/2016]], [[case_reference:MASH-24-05117]]) was auto-populated by {{Liquidlogic}} with the address of a different [[name:Zara Hussain]] (DOB [[date_of_birth:07/02/2015]]) at [[address:9 Fernhill Court]], [[postcode:HX3 6LN]]. [[name:Bev]] in admin spotted the school didn't match before it went to {{police}} and {{health}}.

        Please check DOB and school against the record every time, not just the name. I've let the {{Data Protection Officer}} know.

        Thanks,
        [[name:Seun Adeleke]]
        Senior Practitioner, {{MASH}}
        [[phone:01632 960 418]]
    """)),
    ("social_care", "incident", block("""
        Chronology extract – rapid review [[case_reference:RR 24/017]], child C: [[name:Ellie-Mae Hartigan]] ([[age:15]])

        [[date:21/04/2024]]
        18:40 {{mum}} rings {{101}} to report [[name:Ellie-Mae]] missing, last seen leaving [[organisation:Brigg Lane High School]].
        19:05 {{police}} grade as medium risk. No check made of {{MASH}} record which held a live {{CSE}} marker.
        21:30 {{EDT}} social worker [[name:Raj]] informed by phone; no {{strategy discussion}} held, recorded as "police managing".
        [[date:22/04/2024]]
        02:15 [[name:Ellie-Mae]] found in a car, reg [[vehicle_registration:LV68 XRT]], with two adult males at a retail park.
        03:00 returned home. No {{return home interview}} offered until day 6.

        Panel view: the risk grading did not use information already held, and out of hours did not convene partners.
    """)),
    ("social_care", "success", block("""
        Multi-agency audit: {{neglect}} and use of {{Graded Care Profile 2}}
        [[organisation:Hollinsbrook Safeguarding Children Partnership]] {{QA subgroup}}, audit day [[date:11/06/2024]]

        Case  Child           Lead agency                          GCP2  Voice of child  Grade
        A     [[name:R.O.]] ([[age:4]])     {{children's social care}}             Yes   Good            Good
        B     [[name:K.M.]] ([[age:11]])    [[organisation:Riverside Family Hub]]                 Yes   Strong          Outstanding
        C     [[name:D.T.]] ([[age:8]])     {{school}}                               No    Limited         Requires improvement

        Summary: 2 of 3 good or better, up from 0 of 4 last year. Case B stood out: [[name:Fiona Ngata]], {{family support worker}}, used the GCP2 with dad and then wrote the plan in his words.
        Auditors: [[name:AP]], [[name:Gurdeep Sandhu]], [[name:J. Lloyd-Evans]]
    """)),
    ("social_care", "near_miss", block("""
        [09:41] [[name:Hannah Lewandowska]]: anyone got the {{ICPC}} minutes for [[name:Kai Doherty]]? conference is at 11
        [09:42] [[name:Deji O.]]: hang on - was literally about to send you the wrong one
        [09:42] [[name:Hannah Lewandowska]]: ??
        [09:44] [[name:Deji O.]]: there are two files called [[name:Doherty]]_ICPC_minutes.docx on the {{shared drive}}. one is [[name:Kai]] ([[case_reference:CP-0045821]]), the other is his cousin in another locality. nearly attached the cousin's one with her address on it
        [09:45] [[name:Hannah Lewandowska]]: omg. thank you
        [09:47] [[name:Deji O.]]: renamed both with the {{Liquidlogic}} ID now. I'll put it on the {{near miss log}} so {{business support}} change the naming convention
        [09:48] [[name:Hannah Lewandowska]]: 👍 tell {{the team manager}} too
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM – INFORMATION GOVERNANCE
        Reference: [[case_reference:IG-2024-0233]]
        Date of incident: [[date:02/07/2024]]
        Reported by: [[name:Leanne Fitzgerald]], {{business support}}
        Team: [[organisation:Hollinsbrook Safeguarding Children Partnership]] business unit
        What happened: Draft {{rapid review}} report about [[name:Amani]] ([[age:2]]) e-mailed to [[email:d.kowalczyk@hbcollege.ac.uk]] instead of DS [[name:Dominika Kowalczyk]] in {{police}}. Outlook autocomplete picked the wrong address. Report included sibling names, {{domestic abuse}} history and {{MARAC}} information.
        Immediate action: recall failed. Recipient phoned on [[phone:07700 900213]], confirmed deletion in writing same day.
        Escalation: {{DPO}} advised reportable; {{ICO}} notified within 72 hours.
        Learning: autocomplete switched off across the unit; drafts only sent via {{Egress}} with a password.
    """)),
    ("social_care", "success", prose("""
        Debrief after the {{JTAI}} deep dive, [[date:18 September 2024]]. Present: [[name:Nisha]], [[name:Conor]], [[name:Abdi]],
        [[name:Bryony]], [[name:Tash]]. What went well: inspectors from {{Ofsted}}, {{CQC}}, {{HMICFRS}} and {{HMI Probation}}
        tracked six children and every one had an up to date multi-agency chronology ready on day one, which was down to
        [[name:Abdi]]'s template from the spring. [[name:Conor]] got the {{YJS}} case managers in the room which inspectors
        specifically praised. Even better if: the {{GP}} records were hard to get at short notice, [[name:Bryony]] to speak to the
        practice managers' forum. Overall a really good week, people should be proud.
    """)),
    ("social_care", "incident", prose("""
        Learning summary, rapid review [[case_reference:RR/2024/022]]. [[name:Summer Whitlock]] ([[age:7 months]]) was admitted
        to {{PICU}} on [[date:9 August 2024]] with a {{subdural haematoma}}. {{Mum}}'s new partner, [[name:Lewis Barraclough]],
        had moved into the flat at [[address:Flat 3, 41 Kepler Street]], [[postcode:HD1 4QT]] about six weeks earlier. The
        {{health visitor}} found out about him at the six-month review and recorded "new partner, appears supportive" but no
        checks were asked for through the {{MASH}}. {{Probation}} held information that he had a caution for assaulting a child in
        a previous relationship. {{ICON}} messages about coping with crying had been given to mum at birth but never to him. The
        learning for the partnership is to ask about every adult in the household, record their names and dates of birth, and
        apply {{Think Family}} consistently, rather than treating a new partner as a visitor. {{DWP}} records under his NI number [[ni_number:PW721138A]] had shown him at the flat since the spring.
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp export – "Locality 4 HV team" group
        [16:02] [[name:Kerry-Ann]]: quick one, who's got the number for the SW on the baby at [[address:27 Osprey Way]]? mum says someone called [[name:Aisha]]
        [16:03] [[name:Joy Ekwueme]]: [[name:Kerry-Ann]] please don't put addresses in here!! this is personal phones
        [16:03] [[name:Kerry-Ann]]: oh god sorry, deleting
        [16:05] [[name:Joy Ekwueme]]: ring {{MASH}} or look on {{SystmOne}}, SW is on the {{child protection}} alert. and use {{NHSmail}} for anything like this
        [16:06] [[name:Kerry-Ann]]: done, deleted for everyone. will do a {{Datix}} so it's picked up
        [16:20] [[name:Sunny]] (team lead): thanks both. reminder for all, group is for rotas only. will raise at {{team meeting}} {{Thursday}}
    """)),
    ("social_care", "success", prose("""
        Good practice identified at rapid review [[case_reference:HSCP-RR-24-019]]: when [[name:Milo Fairbairn]] ([[age:3]]) was
        brought to {{ED}} at [[organisation:Ashgate Royal Infirmary]] with a burn on his palm, {{paediatric liaison nurse}}
        [[name:Blessing Mutasa]] checked the {{CP-IS}} flag, saw he was on a {{child protection plan}} in another county, and rang
        their {{duty team}} straight away rather than waiting for a referral to go through. PC [[name:Gareth Lewis-Hughes]] attended
        the same evening and a joint {{Section 47}} visit happened the next morning. Dad's explanation (hair straighteners)
        was consistent with the {{burns pathway}} assessment and the child went home with a safety plan. The panel wants the speed
        of the cross-border contact shared as an example in the next newsletter.
    """)),
    ("social_care", "incident", block("""
        RAPID REVIEW ACTION TRACKER – overdue items as at [[date:30/09/2024]]

        Ref                       Action                                             Owner                        Due                   Status
        [[case_reference:RR 24/011]]   Re-circulate {{bruising protocol}}               [[name:S. McAllister]]  [[date:29/03/2024]]   Done
        [[case_reference:RR 24/017]]   {{Return home interview}} offer within 72 hours   DI [[name:F. Rahman]]      [[date:31/05/2024]]   OVERDUE
        [[case_reference:RR 24/022]]   Add "all adults in household" to {{HV}} template    [[name:Maxine O'Driscoll]]  [[date:30/06/2024]]   OVERDUE
        [[case_reference:RR 24/025]]   {{Early help}} step-down checklist                [[name:dk]]                [[date:31/07/2024]]   In progress

        Note from {{chair}}: two actions now three months late with no update given. {{Health visiting}} say the template change is waiting on {{SystmOne}} admin. Escalated to the {{statutory safeguarding partners}} meeting.
    """)),
    ("social_care", "success", block("""
        Minutes – Multi-agency audit group, "Was Not Brought" theme
        Date: [[date:7 November 2024]]
        Attendance: [[name:Harriet Boswell]] (chair), [[name:Yusuf Haddad]] ({{designated nurse}}), [[name:Iona MacLeod]] ({{CAMHS}}), [[name:Tenzin Gurung]] ({{police}}), [[name:Rich Moss]] (education)
        Apologies: [[name:Eilidh Ross]]

        Findings: 8 cases audited, all 8 had a missed health appointment followed up under the new {{Was Not Brought}} policy within 5 working days. In case 6, [[name:Kyrie Mensah]] ([[age:9]]), the dental practice ([[organisation:Parkside Dental Care]]) rang {{children's social care}} after the third missed appointment, which led to an {{early help assessment}}.
        Agreed: policy is embedded. [[name:Yusuf]] to write it up for the annual report.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Helen Ó Súilleabháin]] <[[email:h.osullivan@stmarysrc.sch.uk]]>
        To: [[email:cme@hollinsbrook.gov.uk]]
        Subject: Child missing education – [[name:Roman Ionescu]], {{Year 5}}

        Dear colleagues,

        [[name:Roman]] (DOB [[date_of_birth:14/05/2014]]) has not attended since [[date:3 October]]. We referred him to {{Children Missing Education}} on day 10 but nobody has been out, and his {{mum}}'s mobile ([[phone:07700 900884]]) is now dead. The family told the {{class teacher}} they were going "back home for a while". His sister at [[organisation:Highfield Lane Infant School]] is also off. He had disclosed being hit with a belt in {{July}} and was on a {{child in need}} plan. Could someone please confirm whether {{children's social care}} have been told?

        Kind regards,
        [[name:Helen Ó Súilleabháin]]
        {{Designated Safeguarding Lead}}, [[organisation:St Mary's RC Primary School]]
    """)),
    ("social_care", "near_miss", prose("""
        note for learning log. nearly closed [[name:Kayden]]s case at the CIN review on friday bc mum said theyre moving up north next week and wanted us "off her back". i rang
        [[organisation:Carlby Council]]s {{front door}} before closing and they
        had no referral and no idea. made a {{transfer in}} referral + sent the {{child in need}} plan, new SW [[name:Ahmed]] has
        it now. if id closed it he would of dropped through the gap, his {{speech and language}} referral was still open and the
        {{school}} was flagging weight loss. learning: never close on a move, always do a {{transfer in}} conversation first.
        [[name:JT]]
    """)),
    ("social_care", "success", prose("""
        A thank-you note to [[name:Mariam Ahmadzai]], {{Dari interpreter}} from [[organisation:Clearvoice Interpreting]], who supported the
        {{child protection conference}} for [[name:Farid]] ([[age:12]]) on [[date:21/11/2024]]. [[name:Mariam]] came in half an hour
        early so she could meet {{mum}} first and explain the format, and she stopped the meeting twice to say when a word like
        "neglect" didn't translate cleanly, which meant mum actually understood what she was agreeing to. {{The chair}} said it
        was the first {{ICPC}} she had chaired where the parent asked questions about the plan. Please pass this on to her manager.
        Thanks, [[name:Hope Adeyemi]] ({{independent reviewing officer}})
    """)),
    ("health", "incident", prose("""
        At 14:20 on [[date:5 February 2024]] an officer called a {{Code Blue}} on C wing, landing 2, for [[name:Liam Stott]]
        ([[case_reference:A4417FK]], [[age:28]]), found unresponsive in his cell with pinpoint pupils and shallow breathing.
        Nurse [[name:Chiamaka Eze]] arrived at 14:24 with the {{emergency bag}} but the {{naloxone}} in it had been used the day
        before and never replaced. A second pack was run over from {{healthcare}} by [[name:Gaz]] at 14:29. [[name:Liam]]
        responded after the second dose of {{Prenoxad}} and was taken out by {{ambulance}} to [[organisation:Ravensmoor General Hospital]];
        suspected {{nitazene}} contamination. He made a full recovery. Learning: the bag checklist had been signed as complete
        that morning even though the seal was broken. All {{emergency bags}} at [[organisation:HMP Ravensmoor]] now have numbered
        tamper tags and the night nurse checks the tag number, not just the tick box.
    """)),
    ("health", "near_miss", prose("""
        Near miss at the morning {{methadone}} queue, [[date:11/03/2024]]. Two men with almost the same name were on the
        list: [[name:Daniel Reid]] ([[case_reference:A2291CX]], NHS [[nhs_number:273 769 6089]]) on 40 mg and
        [[name:Daniel Reed]] ([[case_reference:A7730DM]]) on 80 mg. The officer shouted "[[name:Reid]]" down the landing and the
        wrong [[name:Daniel]] came to the hatch. Pharmacy technician [[name:Ifeoma]] asked for his ID card and date of birth as part
        of {{two-point identification}} and picked up the mismatch before anything was drawn up on the {{Methameasure}}. No
        harm. Learning: a {{similar name alert}} is now on {{SystmOne}} for both men, their ID cards have a coloured sticker, and
        officers on {{the landing}} have been asked to call prison numbers as well as surnames.
    """)),
    ("health", "success", prose("""
        SHOUT OUT 🌟 to [[name:Grace Okoro-Ward]], night nurse on the {{inpatient unit}}! At 03:10 on [[date:24/04/2024]] she was
        doing {{obs}} on Mr [[name:Pawel Zielinski]], who had told the officer he "just felt rough". His {{NEWS2}} came out at 7,
        his leg was hot and red round an old injection site, and [[name:Grace]] didn't wait for the morning: she rang the
        {{out of hours GP}}, started the {{Sepsis Six}}, and had the {{ambulance}} booked before the {{duty governor}} was even
        off the phone. Hospital confirmed {{cellulitis}} with early sepsis. [[name:Pawel]] is back on the wing and doing well.
        She's been nominated for the staff awards. From the whole day team and [[name:Mo]] x
    """)),
    ("health", "incident", block("""
        Chronology – missed insulin during lockdown
        Patient: [[name:Terrence Achebe]], NHS [[nhs_number:478 666 4456]], [[case_reference:A5512HB]], DOB [[date_of_birth:09/10/1979]]

        {{Saturday}} [[date:18/05/2024]]
        07:30  Regime lockdown across the establishment after an incident on D wing.
        08:00  [[name:Terrence]] ({{type 1 diabetes}}) due {{NovoRapid}} with breakfast. Nurse [[name:Aoife Brennan]] refused access to the wing by the {{Oscar 1}}.
        08:40  Request escalated to {{healthcare manager}} on call, no reply.
        11:45  Officer rings healthcare: patient "sweaty and confused".
        11:52  Capillary glucose 2.1; {{GlucoGel}} given, recovered.
        12:30  Missed breakfast dose then given in error on top of lunch dose – second {{hypo}} at 15:10.

        Learning: clinical access to time-critical medicines must be agreed as part of the lockdown plan, not negotiated on the day.
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT
        Datix ID: [[case_reference:DX-118204]]
        Location: [[organisation:HMP Ravensmoor]] – {{healthcare}} / E wing
        Date/time: [[date:02/06/2024]] 12:10
        Patient: [[name:Rashid Osman]], [[case_reference:A8806EL]], [[age:61]]
        Category: Delay in transfer to hospital
        Description: Central crushing chest pain. {{ECG}} showed ST depression, {{aspirin}} 300 mg and {{GTN}} given. {{999}} called 12:18, {{ambulance}} arrived 12:51 but was held at the gate for 1 hr 40 min because there were no officers available to form an {{escort}}. Patient had a {{NSTEMI}} confirmed at hospital.
        Reporter: [[name:Manpreet Kaur-Bains]], Band 6 nurse
        Ext: [[phone:01632 961 227]]
        Action taken: {{Duty governor}} informed; raised at the morning {{security}} meeting.
    """)),
    ("health", "success", block("""
        NIGHT → DAY HANDOVER  |  {{healthcare}} reception  |  [[date:17/06/2024]]
        Handed over by: [[name:Kwame]]   Received by: [[name:Ellie B]]

        - 14 new arrivals from court. All had {{reception screen}} and {{first night}} {{observations}}; none missed.
        - [[name:Shay Ward]] ([[case_reference:A1129FR]]): opiate withdrawal, started on {{methadone}} 10 mg, review at 10:00.
        - [[name:Abdullahi Warsame]] ([[case_reference:A3307KS]]): {{ACCT}} opened at reception, first review booked for 11:00 with {{mental health in-reach}}.
        - {{CD}} count correct x 2. {{Fridge temps}} in range.

        Good night overall – first time in a month the secondary screens are all inside 7 days.
    """)),
    ("health", "near_miss", block("""
        [10:14] [[name:Bola Akinwale]]: is anyone picking up the {{ACCT}} review for [[name:Ryan Cope]] on F wing today? [[name:Siobhan]]'s on leave and it's due at 12
        [10:15] [[name:Tom Fairclough]]: not on my list
        [10:16] [[name:Bola Akinwale]]: it's not on anyone's. case manager change never got put on {{NOMIS}}
        [10:18] [[name:Siobhan]] (on leave, reading this lol): sorry!! I handed over verbally to the {{Safer Custody}} hub on {{Friday}}
        [10:20] [[name:Tom Fairclough]]: I'll do it, grabbing the {{mental health}} nurse. [[name:Ryan]] had a {{self-harm}} incident 3 days ago so no way it can slip
        [10:52] [[name:Tom Fairclough]]: review done, {{observation level}} kept at 2 an hour, case manager now on NOMIS
    """)),
    ("health", "incident", block("""
        From: Dr [[name:Olamide Fashola]] <[[email:olamide.fashola@nhs.net]]>
        To: {{Reception nurses}}
        Subject: Learning – [[name:Connor Maguire]], seizure day 2

        All,

        [[name:Connor Maguire]] ([[case_reference:A6140PN]], NHS [[nhs_number:657 302 6535]]) came in from court on [[date:8 July]]. His screen says "alcohol: social". His {{PNC}} and {{PER}} form both mentioned "heavy drinker, shaking in cells". Nobody did a {{CIWA-Ar}} and no {{chlordiazepoxide}} or {{Pabrinex}} was started. He had a {{withdrawal seizure}} on the landing on day 2 and hit his head.

        Please read the PER properly at reception and score anyone with a drink history. I'll cover this at {{Wednesday}} training.

        [[name:Olamide]]
        Clinical Lead, [[organisation:Northvale Health in Justice]]
        [[phone:07700 900551]]
    """)),
    ("health", "success", prose("""
        Hot debrief after the {{Code Red}} on the segregation unit, [[date:14 August 2024]], 19:40. Attended: nurses
        [[name:Dawn Pickersgill]] and [[name:Joaquim Fernandes]], officers [[name:Rhys]] and [[name:Kit]], OSG [[name:Amir Haddad]].
        [[name:Tyrone Blake]] ([[case_reference:A9021QL]]) had cut his upper arm badly. [[name:Rhys]] applied the {{CAT tourniquet}}
        from the wing {{trauma kit}} within two minutes of unlocking, exactly as trained at the spring refresher, and
        [[name:Dawn]] had {{haemostatic dressing}} on and a {{999}} call logged by the time the stretcher arrived. Paramedics said
        the tourniquet probably saved his life. What helped: trauma kits on every landing, everyone knew their role, and
        {{control room}} cleared the route to the gate before it was asked for. Follow up: {{ACCT}} reopened, TRiM offered to staff.
    """)),
    ("health", "near_miss", prose("""
        cd check 21:30 [[date:3/9]] - {{pregabalin}} 300mg caps count 1 short vs {{CD register}}. went back through the
        {{MAR}} and [[name:fatima]] on days had taken a dose back from [[name:j.okafor]] ([[case_reference:A4478TD]]) when he
        refused, put it in the {{returns bin}} but didnt write it in the register. so nothing actually missing. rang her at home
        to confirm, she was mortified bless her. reported anyway bc it would of looked like diversion on a {{pharmacy}} audit.
        need a proper returns line in the register, will email [[name:Priya]] in {{medicines management}}. [[name:SN]]
    """)),
    ("health", "incident", prose("""
        quick write up - [[name:kieran lowe]] ([[case_reference:A2263WB]]) released from [[organisation:Ashgate Magistrates Court]]
        on [[date:19/09/2024]], not back via us so no {{TTO}} - hes on {{Espranor}} 8mg and {{sertraline}}. nobody told
        healthcare til the next morning. rang his old {{GP}} [[organisation:Millbrook Medical Centre]] on [[phone:01632 960 774]] to
        arrange a script but he isnt registered there anymore. {{probation}} ([[name:Nadia]]) got hold of him on
        [[phone:07700 900 362]] and hed already bought street gear. {{naloxone}} was never given to him either. learning:
        court release list needs to come to us same day + {{release planning}} needs doing for everyone on {{remand}}, not just
        sentenced.
    """)),
    ("health", "success", block("""
        MDT MINUTES – complex case review
        Date: [[date:26/09/2024]]
        Present: [[name:Eleni Papadakis]] (chair, {{Head of Healthcare}}), [[name:Wojciech Nowicki]] ({{psychiatrist}}), [[name:Hollie Sharp]] ({{learning disability nurse}}), [[name:Dev Chauhan]] ({{Safer Custody}}), Sgt [[name:Frank Lyle]] ({{security}})
        Patient: [[name:Marley Thompson]], [[case_reference:A7105GJ]], [[age:22]], {{autism}} and {{learning disability}}

        Update: transfer under {{section 48}} of the {{Mental Health Act}} to [[organisation:Oakwood Lodge Secure Unit]] completed on day 24, inside the 28-day standard for the first time this year.
        What worked: [[name:Hollie]] held weekly calls with the bed manager; reasonable adjustments (quiet cell, picture timetable) reduced use of force to nil.
        Action: [[name:Eleni]] to share the timeline with the commissioners.
    """)),
    ("health", "incident", prose("""
        [[name:Stephen O'Hare]] ([[case_reference:A3350CE]], NHS [[nhs_number:824 947 3728]]) was halfway through a 12-week
        course of {{sofosbuvir}}/{{velpatasvir}} for {{hepatitis C}} when he was transferred in from
        [[organisation:HMP Fenwick Ridge]] on [[date:30 September 2024]]. His medication came with him but the {{SystmOne}} record
        did not show an active prescription because the sending site had entered it as a one-off. Our prescriber therefore did
        not continue it and he missed nine days before [[name:Stephen]] himself asked the nurse at the hatch where his tablets were.
        The {{BBV}} team have restarted treatment and he will need a {{viral load}} test at the end. Learning: on every transfer the
        reception pharmacist checks bagged medicines against the record, and anything in the bag but not on the chart is raised
        with the sending site the same day.
    """)),
    ("health", "success", block("""
        From: [[email:healthcare.manager.ravensmoor@nhs.net]]
        To: [[name:Tariq Mahmood]]
        Subject: Thank you!!

        [[name:Tariq]],

        Just a quick one to say thank you for last week. When the {{pharmacy}} wholesaler delivery failed on the {{Friday}} you drove to the hub at [[organisation:Ravensmoor General Hospital]] and back on your own time to get the {{clozapine}}, {{insulin}} and {{epilepsy}} meds that couldn't wait. Nobody missed a dose over the weekend. That's not in anyone's job description.

        I've copied this to your manager and the {{governor}}.

        Best,
        [[name:Eleni]]
        {{Head of Healthcare}}
    """)),
    ("health", "near_miss", block("""
        Radio log transcript, {{Code Blue}}, [[date:22/10/2024]]
        14:02 Delta 3: Code Blue, Code Blue, D wing 3s landing cell 14, over.
        14:02 Control: Code Blue D wing 3s cell 14 received. {{Hotel 1}} respond, {{ambulance}} on standby.
        14:03 Hotel 1: Hotel 1 en route.
        14:04 Echo 2: Control, Echo 2, correction, it's E wing 3s cell 14, not Delta, man's conscious but fitting, over.
        14:04 Control: All stations, Code Blue is E wing 3s cell 14. Hotel 1 acknowledge.
        14:05 Hotel 1: Hotel 1 received, diverting.
        14:06 Hotel 1: On scene.

        Note by [[name:Ngozi Eke]], {{healthcare}}: 90 seconds lost. Patient ([[name:A.K.]], [[case_reference:A6671RJ]]) recovered after {{seizure}}, no harm. Officer had come from D wing and used his own call sign location. Raised with {{control room}} for the next briefing.
    """)),
    ("health", "incident", block("""
        Audit – outside hospital appointments cancelled for {{escort}} shortages, [[organisation:HMP Ravensmoor]], {{July}} to {{September}}

        Patient (initials)   Prison no.                       Specialty              Times cancelled   Harm
        [[name:L.W.]]                 [[case_reference:A1902XZ]]         {{urology}} ({{2WW}})    3                 Diagnosis delayed 9 weeks
        [[name:M.H-S.]]               [[case_reference:A5546BV]]         {{ophthalmology}}       2                 None known
        [[name:Danny]]                [[case_reference:A8832NP]]         {{cardiology}}          4                 Readmitted

        Total: 41 appointments booked, 17 cancelled. Two-week-wait referrals were not prioritised for escort over routine ones.
        Auditor: [[name:Ruth Abernethy]]
    """)),
    ("health", "success", prose("""
        Learning report: {{TB}} contact tracing on B wing. On [[date:4 November 2024]] [[name:Arjun Menon]] ([[case_reference:A2017MH]],
        [[age:34]]) was confirmed with sputum-smear positive {{pulmonary TB}} after a {{chest X-ray}} arranged by the {{GP}}.
        Infection lead [[name:Claire Mbeki-Stone]] had him isolated in the {{negative pressure room}} within the hour and rang
        {{UKHSA}} the same afternoon. Using {{NOMIS}} cell-move history, she identified 23 cellmates, workshop colleagues and staff in
        48 hours, and all were screened on site with {{IGRA}} bloods by the end of the week. Two latent cases were found and
        started on treatment. UKHSA described it as a model response. [[name:Arjun]] finished his intensive phase and is now back
        on normal location.
    """)),
    ("aviation", "incident", block("""
        LOAD INCIDENT REPORT                                 Ref: [[case_reference:ECC-OCC-24-0061]]
        Flight: [[flight_number:NV412]]   Date: [[date:14/01/2024]]   A/C: [[aircraft_registration:G-NVKC]] ({{B747-400F}})
        Station: [[organisation:Eastmere Cargo Centre]], build-up bay 6

        Summary: {{PMC}} for {{main deck}} position P had an overhang on the right-hand side of approx 8 cm beyond the {{Q6 contour}}. It struck the {{main deck cargo door}} frame as it was moved on to the {{ball mat}}. Stopped by loadmaster [[name:Piotr Wiśniewski]]. Pallet rejected, rebuilt in {{breakdown}}, flight delayed 52 min. Door seal scuffed; engineering inspected, nothing entered in the {{tech log}}.
        Cause: contour check at build-up done by eye. The {{contour gauge}} frame in bay 6 had been moved for an {{ETV}} repair and not put back.
        Build-up lead: [[name:Kelvin Asante]]
        Reported by: [[name:Sophie Tran]], {{Duty Manager}}
    """)),
    ("aviation", "near_miss", prose("""
        Near miss at {{X-ray}} screening, [[date:3 February 2024]]. A consignment declared as "spare parts, general cargo"
        booked on [[flight_number:NV 418]] showed rows of dense cell-shaped items on the screen. Screener
        [[name:Amandeep Dhillon]] stopped it and {{DG acceptance}} checker [[name:Bill Ferreira]] opened it with the agent present:
        40 loose {{lithium ion}} power banks, no {{UN3480}} marks, no {{Shipper's Declaration}}. If it had gone through it would
        have been built into an {{AKE}} for the lower deck with nothing on the {{NOTOC}}. AWB [[case_reference:176-40218835]] held,
        shipper [[organisation:Brightline Trading Ltd]] reported to the {{CAA}} through an {{MOR}}. Learning: low-value consignments
        described as "spare parts" or "electronics" now get a second image review before release to build-up.
    """)),
    ("aviation", "success", prose("""
        Big shout out to [[name:Kelvin Asante]]'s night team in build-up, who put together 46 ULDs for three {{freighter}}
        departures on [[date:15/03/2024]] with zero contour rejects and no {{weight}} discrepancies over 100 kg. [[name:Kel]]
        brought in a two-person check on every {{PMC}}: one builds, one walks round with the {{contour gauge}} and the
        {{height pole}} before the {{net}} goes on. [[name:Mihai]], [[name:Blessing]], [[name:Jonno]] and [[name:Yas]], you lot
        smashed it, and the loadmasters noticed too. Pizza is on me {{Friday}}. – [[name:Sophie]] ({{Duty Manager}})
    """)),
    ("aviation", "incident", block("""
        Timeline – FLT tip at dock door 12, [[date:27/02/2024]]

        04:10  {{RFS}} truck [[vehicle_registration:YR21 GHT]] backs on to door 12. Driver [[name:Stanislav Horvat]] stays in cab.
        04:22  {{Dock leveller}} lowered. {{Wheel chock}} not fitted, {{dock lock}} light showing amber.
        04:31  FLT driver [[name:Dean Hollis]] enters trailer on a {{counterbalance forklift}} to pull the first {{PMC}}.
        04:32  Truck creeps forward about 30 cm; FLT front wheel drops into the gap. Forklift pitches forward, mast hits trailer roof.
        04:33  [[name:Dean]] was wearing his seat belt, uninjured.
        04:50  Door closed off, {{duty manager}} informed, {{RIDDOR}} dangerous occurrence considered.

        Findings: chock and dock lock not applied; driver had been told by radio "ready" before the check was done. [[name:Stanislav]] said he had not been told to put the handbrake on and switch off.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Lukas Brandt]] <[[email:l.brandt@nordvikcargo.com]]>
        To: [[email:loadcontrol@aldermoorgs.co.uk]]
        Cc: [[name:Sophie Tran]]
        Date: [[date:9 April 2024]] 11:02
        Subject: [[flight_number:NV422]] / [[aircraft_registration:D-ACGN]] – weight discrepancy P4

        Hello team,

        At the transit station the {{PMC}} in P4 was reweighed at 4,380 kg against 3,190 kg on the {{load sheet}}, a 1,190 kg error on the {{main deck}}. {{CG}} stayed within limits, but {{the captain}} was not happy and nor am I. Your build-up sheet shows the weight was keyed from the booked weight on the {{FWB}}, not the {{scale}} ticket.

        Please investigate and send me your findings within 7 days.

        Regards
        [[name:Lukas Brandt]]
        Station Manager, [[organisation:Nordvik Cargo]]
        [[phone:+49 69 4471 2290]]
    """)),
    ("aviation", "near_miss", block("""
        Transcript – Ground frequency, [[date:18/04/2024]], 02:47 local
        TUG 22: Ground, Tug 22, four {{dollies}}, request cross {{taxiway}} Bravo to {{cargo stand}} 41.
        GND: Tug 22, hold short Bravo, [[flight_number:Nordvik 426]] taxiing behind you left to right.
        TUG 22: Hold short Bravo, Tug 22.
        GND: Tug 22 STOP STOP, you are crossing the {{holding point}}.
        TUG 22: Stopping, Tug 22. Sorry, thought you said cross.
        GND: [[flight_number:Nordvik 426]], hold position, vehicle on Bravo.
        [[flight_number:Nordvik 426]]: Holding.

        Note: aircraft stopped about 60 m short. {{ATC}} raised an {{MOR}}. Driver [[name:Callum Rafferty]] stood down pending {{airside driving permit}} reassessment; he had done {{readback}} correctly but moved off anyway. Night {{fatigue}} (fourth night of five) a factor.
    """)),
    ("aviation", "success", prose("""
        Peak debrief, {{Black Friday}} week, [[date:02/12/2024]]. Attendees: [[name:Sophie Tran]], [[name:Hamza Qureshi]],
        [[name:Nguyen Thi Lan]], [[name:Chloe Fox]], [[name:Oisín Doyle]], [[name:Kofi]]. Volume up 38% on last year with no
        {{lost time injuries}}, no offloads and only one late {{ULD}}. What worked: extra {{ETV}} operator on the 22:00-06:00,
        [[name:Oisín]]'s idea of pre-staging empty {{AKE}}s by flight the afternoon before, and [[name:Nguyen Thi Lan]] running
        the {{weight and balance}} cut-off board on the big screen so everybody could see what was still open. Even better if: the
        {{scale}} at bay 2 was out of calibration on day 3, so we need a spare. [[name:Hamza]] to raise with facilities.
    """)),
    ("aviation", "incident", prose("""
        bay 4 nights [[date:02/05]] - {{pmc}} for [[flight_number:NV 430]] built with 2 {{straps}} over the top instead of the {{net}}
        cos the net store was empty. [[name:gav]] said the {{loadmaster}} would accept it. she didnt. [[name:petra]] rejected it
        at the {{aircraft}}, pallet came back and got rebuilt with a net that was torn on 3 corners which nobody checked either,
        second reject. flight went 1hr10 late. nets: 6 in the {{repair cage}} since march, nobody chasing. also the {{ULD}}
        control system showed 14 nets available which was wrong. need someone owning net stock + {{serviceability}} check
        before issue. not having a go at [[name:gav]] he was trying to get it out on time. [[name:MK]]
    """)),
    ("aviation", "success", block("""
        WhatsApp export – "[[organisation:ECC]] Nights leads"
        [03:12] [[name:Rosa Mendes]]: whose is the {{AKE}} sat on dolly 9 by door 3?? it's got {{cool chain}} labels on, {{2-8°C}} pharma
        [03:13] [[phone:+44 7700 900417]]: should be in the {{cold room}}, it's for [[flight_number:NV 437]] at 06:40
        [03:13] [[name:Rosa Mendes]]: {{temperature logger}} says 11.4 and climbing
        [03:14] [[name:Ade]]: on my way with the {{tug}}
        [03:19] [[name:Ade]]: in the cold room now. it was sorted to the wrong dolly at breakdown, label scanned as general
        [03:25] [[name:Wiktor]]: good spot [[name:Rosa]] 👏 logger shows 31 mins above 8, within the shipper's excursion allowance, {{QA}} happy
        [03:26] [[name:Rosa Mendes]]: phew. I'll do a report so we get the scan fixed
    """)),
    ("aviation", "incident", block("""
        ACCIDENT / INJURY FORM
        Ref: [[case_reference:HS-24-0519]]
        Date of accident: [[date:13/06/2024]]   Time: 23:40
        Injured person: [[name:Marcus Oyelaran]]
        DOB: [[date_of_birth:21/08/1991]]   NI no: [[ni_number:JK 48 21 93 C]]
        Home address: [[address:5 Linnet Close, Wrexton]], [[postcode:NG17 4DW]]
        Contact: [[phone:07700 900 129]]
        Employer: [[organisation:Aldermoor Ground Services]]
        Location: {{breakdown area}}, {{loose cargo}}
        Description: lifting a 38 kg carton of engine parts off a {{PMC}} on his own, felt a pull in lower back, unable to continue. Carton not marked as heavy. {{Team lift}} policy says over 25 kg needs two.
        First aid: [[name:Nicola Ferreira]]
        {{RIDDOR}}: reportable to the {{HSE}} if over 7 days off.
        {{Supervisor}} comments: {{vacuum lifter}} was out of service.
    """)),
    ("aviation", "near_miss", block("""
        [21:05] [[name:Tasha Riley-Brown]]: {{ramp}} says {{AKE}} 70211 is on the {{dolly train}} for [[flight_number:NV 441]] but the {{ULD}} tag says [[flight_number:NV 445]] to a different destination
        [21:06] [[name:Shaun]]: its been swapped with 70212 at {{build-up}}, they were next to each other on the {{roller bed}}
        [21:07] [[name:Tasha Riley-Brown]]: {{ULD scan}} at the aircraft caught it. {{loadmaster}} refused it, good
        [21:09] [[name:Shaun]]: pulling both back now, will re-tag. [[flight_number:441]] has {{DG}} in another can so the {{NOTOC}} is unchanged
        [21:15] [[name:Tasha Riley-Brown]]: fixed, both out on time. [[name:Shaun]] can you raise it so we look at why the tags got printed in the wrong order?
        [21:16] [[name:Shaun]]: 👍
    """)),
    ("aviation", "success", prose("""
        A thank you from the {{safety team}} to [[name:Will Sutcliffe]], driver for [[organisation:Pennine Road Freight]]. On
        [[date:20 July 2024]] he pulled into the {{weighbridge}} lane with trailer [[vehicle_registration:BN70 ZKE]] and noticed
        through the side curtain that one of the {{PMC}}s had slumped against the next. Rather than carry on to the dock he stopped,
        put his {{hazard lights}} on and rang the control desk on [[phone:01632 960 503]]. The {{stretch wrap}} had been cut to check a
        label at origin and never replaced, and the cartons had shifted. If he had driven up the ramp the load would have gone.
        [[name:Will]] says he "only did what anyone would", but plenty wouldn't. Shout-out in the {{toolbox talk}} this week.
    """)),
    ("aviation", "incident", block("""
        TECH LOG – [[aircraft_registration:G-NVKD]]      Page 004812
        Sector: [[flight_number:NV415]]     Date: [[date:11/07/2024]]
        Defect: FWD lower {{cargo hold}}, sidewall liner torn approx 30 cm; {{ULD}} side guide lock at position 22L bent. Found by loadmaster at offload. Probable cause: {{AKE}} driven in off the {{high-loader}} at an angle.
        Action: Liner panel replaced IAW {{AMM}}; lock replaced and function checked satisfactory. {{CRS}} issued.
        Engineer: [[name:R. Papadopoulos]]
        Cross-ref ground handling occurrence [[case_reference:ECC-OCC-24-0188]]

        Handling note ([[name:Zoë D'Arcy]], {{ramp supervisor}}): high-loader operator [[name:Jas]] was on day 2 of training and unsupervised. Restricted to {{main deck}} only until signed off.
    """)),
    ("aviation", "success", block("""
        SAFETY ACTION GROUP – MINUTES
        [[organisation:Eastmere Cargo Centre]], [[date:19/08/2024]]
        Present: [[name:Sophie Tran]] (chair), [[name:Bernie Kowalski]] ({{H&S}}), [[name:Faith Onyango]] (training), [[name:Hamza Qureshi]], [[name:Mags Kinsella]] ([[organisation:Aldermoor Ground Services]]), [[name:Lukas Brandt]] (by Teams)
        Apologies: [[name:Kelvin Asante]]

        1. {{Contour gauge}} checks: zero main-deck contour rejects for 8 weeks since the two-person check.
        2. Dock doors: {{dock lock}} interlock now fitted on doors 10-14, FLT cannot enter until green. [[name:Bernie]] confirmed 0 trailer creep events since.
        3. {{Airside driving permit}} refresher including {{readback}} and {{hold short}} completed by 91% of tug drivers.
        AOB: [[name:Faith]] thanked the night team for volunteering as peer coaches.
    """)),
    ("aviation", "near_miss", block("""
        SHIFT HANDOVER – Build-up / {{ULD control}}   [[date:06/09/2024]] days → nights
        Outgoing: [[name:Priti Raval]]     Incoming: [[name:Jack O'Neill]]

        Flight          ULDs built   Open issues
        [[flight_number:NV 450]]          22/24       2 {{PMC}} awaiting {{DG}} acceptance
        [[flight_number:NV 452]]          18/18       none
        [[flight_number:NV 456]]          9/16        {{scale}} bay 5 gave a reading 300 kg light – caught on cross-check with bay 4, all bay 5 weights redone

        Near miss: pallet on {{ETV}} level 3 nearly pushed off the {{end stop}} because the {{safety bar}} was left up. [[name:Priti]] stopped it. {{Engineering}} job raised, ETV level 3 barrier taped off.
    """)),
    ("aviation", "success", prose("""
        Learning from a good day: two showjumpers travelled on [[flight_number:NV 460]] on [[date:22 October 2024]] in
        {{horse stalls}} on the {{main deck}}. The groom, [[name:Maisie-Jo Whitfield]], arrived late because her van
        ([[vehicle_registration:AV23 LJU]]) was held at the {{airside pass}} office. Instead of hurrying, {{AVI}} lead
        [[name:Yaw Boakye]] kept both horses settled in the {{animal holding area}}, rechecked the {{Live Animals Regulations}}
        container requirements with the flying vet, Dr [[name:Hamish Grant]], and held the stall build until the groom was
        airside. The flight left 15 minutes late but the horses were loaded calmly and arrived sound. [[name:Yaw]] has written
        a one-page checklist so that animals never get loaded before their attendant, which is now in the {{AVI}} procedure.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind169", REPORTS))
