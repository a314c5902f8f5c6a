"""Held-out blind corpus 156: just-culture incident, near-miss and learning reports.

Settings: child protection conferences and the independent reviewing officer (IRO) service,
with care-proceedings court work (social_care); a hospital pharmacy, its aseptic unit and the
outpatient clinics it serves (health); an airport ground handler's ramp, baggage and pushback
teams (aviation). Written blind, the way UK staff type: rushed lower-case notes with typos and
no apostrophes, careful narratives, chronologies with times, e-mails with headers and
signatures, Teams/WhatsApp exports, incident and Datix forms with field labels, handover sheets
and tables, minutes with attendance lists, debriefs, shout-outs and thank-you notes, tech log
entries and ground/interphone transcripts. Every person, place and number is invented; NHS
numbers pass the mod-11 check.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind156.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        quick one before i forget - {{ICPC}} minutes for the [[name:Mahmood]] children went out
        yest to dads old address at [[address:41 Fenwick Rd, Harrowden]] [[postcode:HW3 9LS]]
        not the new one. dad ([[name:Tariq Mahmood]]) hasnt lived there since last yr, {{mum}}
        and her new partner do. minutes had the {{DV}} history and the {{safety plan}} in them.
        admin took the address off {{Liquidlogic}} which hadnt been updated since the
        {{strategy meeting}}. rang mum on [[phone:07700 900318]] at 9.10 and told her, she was
        ok-ish, more worried about her sister seeing it. told {{IG}} and my {{team manager}}
        [[name:kez]]. ref [[case_reference:CP/24/0391]]. think we need a check step before
        {{conference minutes}} go in the post - its always the same thing, 2 addresses on file
        and nobody knows which ones live
    """)),
    ("social_care", "incident", block("""
        INITIAL CHILD PROTECTION CONFERENCE - MINUTES (DRAFT)
        Children: [[name:Amira Yusuf]] (DOB [[date_of_birth:03/11/2016]]), [[name:Idris Yusuf]] (DOB [[date_of_birth:22/06/2019]])
        Date: [[date:14/02/2024]]    Venue: [[organisation:Kelmscott Civic Centre]], Room 4
        Present:
        [[name:Rhiannon Pryce-Evans]] - {{Conference Chair}}
        [[name:Femi Adebayo]] - {{allocated social worker}}, [[organisation:Kelmscott East Assessment Team]]
        [[name:Marta Kowalczyk]] - {{DSL}}, [[organisation:Larchfield Primary School]]
        [[name:Sophie Lam]] - {{health visitor}}
        [[name:Hodan Yusuf]] - {{Mum}}
        Apologies: {{GP}} ([[organisation:Millbrook Surgery]])

        Chair's note added for the incident log:
        No Somali interpreter was booked. Mum said at the start she understood "a bit" and we went
        ahead. About 20 minutes in it was obvious she had not followed the {{Signs of Safety}}
        danger statements. I adjourned. Reconvened [[date:21/02/2024]] with a telephone
        interpreter via {{Language Line}}. The interpreter request was on the {{MASH}} referral
        but never reached the {{conference booking form}}. I should have checked before opening.
        - [[name:RPE]]
    """)),
    ("social_care", "incident", block("""
        From: [[name:Gareth Lloyd-Hughes]] <[[email:g.lloydhughes@northbrook.gov.uk]]>
        To: [[name:Priti Chauhan]] <[[email:priti.chauhan@northbrook.gov.uk]]>
        Cc: {{Head of Service}}
        Sent: [[date:09 May 2024]] 16:42
        Subject: RE: URGENT - bundle error - [[case_reference:NB24C00217]]

        [[name:Priti]],

        As discussed. The bundle for the {{final hearing}} in [[case_reference:NB24C00217]] was
        served on {{the father's solicitors}} this afternoon with section C unredacted. Page C87
        ({{the parenting assessment}}) gives mum's {{refuge}} address in full: [[address:Flat 2, 18 Orchard Lane, Pelbury]]
        [[postcode:PB7 2RX]].

        I've asked [[organisation:Fairlie & Moss Solicitors]] to delete it and confirm in writing,
        and told the {{Children's Guardian}}. The refuge manager knows; safety planning with mum
        first thing tomorrow. We need to notify the {{court}} and our {{DPO}}. Redaction was done by
        hand and section C went in late, after the redaction check had been signed off.

        [[name:Gareth]]
        [[name:Gareth Lloyd-Hughes]] | {{Senior Solicitor}} (Childcare) | [[organisation:Northbrook Council Legal Services]]
        t: [[phone:01632 960447]]
    """)),
    ("social_care", "incident", block("""
        Teams chat - IRO Service (North) - exported
        [10:02] [[name:Olu Bankole]]: morning - did anyone see the {{LAC review}} for [[name:Kayden]] went ahead yesterday without him?
        [10:04] [[name:Bex Thornton]]: yeah. he was down as "declined" but he never declined, carer asked for after school cos of a dentist appt
        [10:05] [[name:Olu Bankole]]: so the {{IRO}} just held it??
        [10:06] [[name:Bex Thornton]]: [[name:Andrzej]] chaired. thought the {{consultation form}} on file was his views. it was last years
        [10:09] [[name:Olu Bankole]]: he's [[age:14]], he'll go mad. he literally told the {{Children in Care Council}} reviews are "about me without me"
        [10:11] [[name:Bex Thornton]]: I've emailed [[name:Andrzej]] and the {{IRO manager}}. we're reconvening, [[name:Kayden]] picks the venue
        [10:12] [[name:Bex Thornton]]: logging it as an incident so the declined flag in {{Mosaic}} gets looked at. his id is [[case_reference:2284710]]
        [10:13] [[name:Olu Bankole]]: 👍 good shout
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - missing from contact - [[name:Leah-Marie Doyle]] ([[age:9]]) - [[case_reference:HW-LAC-01184]]
        [[date:Sat 16/03/24]]
        13:00  {{Supervised contact}} starts at [[organisation:Brambles Family Centre]]. {{Contact supervisor}} [[name:Joy Akinola]]. Present: [[name:Leah-Marie]], {{birth mum}} [[name:Shannon Doyle]], mum's partner.
        13:40  [[name:Joy]] steps out to take a call (approx 3 min).
        13:44  Room empty. {{Fire door}} to car park open.
        13:46  [[name:Joy]] rings {{manager on call}}.
        13:50  {{999}} call. Police ref [[case_reference:CAD 0417]].
        13:58  Partner's grey Astra [[vehicle_registration:HW17 OXN]] seen on CCTV leaving car park.
        14:35  Police stop [[vehicle_registration:HW17 OXN]] on the bypass. [[name:Leah-Marie]] safe, taken back to {{foster carers}}.
        15:30  {{Strategy discussion}} with {{police}} and {{EDT}}.
        Learning: {{contact risk assessment}} said "no unsupervised moments" but there was one supervisor, no plan for phone calls, and the fire door isn't alarmed.
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM - Children's Social Care
        Ref: [[case_reference:IR-2024-0562]]
        Date of incident: [[date:27/06/2024]]
        Reported by: [[name:Samina Iqbal]], {{Child Protection Chair}}, [[organisation:Pelbury Safeguarding and Review Unit]]
        Category: Information governance - inappropriate disclosure
        Description: The {{social worker's report to conference}} for [[name:Noah Baptiste]] (DOB [[date_of_birth:08/01/2021]]) was shared with both parents 3 working days before the {{RCPC}}, as per procedure. It included an appendix from a benefits check showing {{father}}'s NI number [[ni_number:JK 48 21 93 C]] and {{mother}}'s new tenancy at [[address:7 Kestrel Close, Dunmere]] [[postcode:DN9 4HU]]. Parents are separated and there is a {{non-molestation order}}.
        Immediate action: Father contacted by {{team manager}}, agreed to hand back paper copy. Mother informed, {{police}} informed, {{Sanctuary Scheme}} referral made.
        Contributing factors: appendix added from the case file by {{business support}} to "complete" the report; {{report template}} doesn't say appendices need checking.
        Harm grading: moderate (potential)
    """)),
    ("social_care", "incident", prose("""
        On [[date:4 September 2024]] I chaired the {{review child protection conference}} for baby
        [[name:Ruby-Jean Carter]], then [[age:11 weeks]] old, NHS [[nhs_number:763 523 2282]]. The
        {{health visitor}} report had not arrived; the named HV was on leave and nobody covered.
        The {{GP}} at [[organisation:Holloway Lane Surgery]] sent apologies with no report. Everyone
        in the room was positive about {{mum}}'s progress and we stepped the plan down to
        {{Child in Need}}. Ten days later [[name:Ruby-Jean]] was admitted to [[organisation:Puffin Ward]]
        at [[organisation:Dunmere General Hospital]] with {{faltering growth}}; the HV records
        showed weight had been dropping across two centiles since the last conference. Looking
        back, without any health information the conference was not properly informed and I
        should have adjourned rather than relied on what professionals in the room could
        remember. Under {{Working Together}} the chair can and should do that. Practice change
        agreed with my manager: no step-down at {{RCPC}} for under-ones without a written health
        update.
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp - CP chairs 💬 - [[date:12/07/2024]]
        08:51 - [[name:Dee]]: morning all. heads up from yesterdays conf
        08:52 - [[name:Dee]]: the {{FC}} address was in the {{chairs pack}} on the {{screen share}}. nearly scrolled to it with birth dad in the room 🙈
        08:53 - [[name:Callum R]]: 😬 who spotted
        08:53 - [[name:Dee]]: [[name:Aneesa]] from the school. she put "address on slide 3!!" in the {{Teams}} chat
        08:54 - [[name:Dee]]: stopped sharing before it got there. dad was on his phone so dont think he saw anything
        08:56 - [[name:Callum R]]: {{fostering team}} will want to know. which carers
        08:57 - [[name:Dee]]: the [[name:O'Sullivans]]. [[address:3 Heron Way]]. ill ring their {{SSW}}
        08:58 - [[name:Callum R]]: can we just not have addresses in the chairs pack at all
        09:01 - [[name:Dee]]: agreed. raising it as a near miss
    """)),
    ("social_care", "near_miss", block("""
        IRO HANDOVER - [[name:Nkechi Obi]] to [[name:Tom Haverford]] ([[name:Nkechi]] on leave [[date:29/07]] - [[date:16/08]])

        | Child | Legal status | Next review | Notes |
        | [[name:D.W.]] ([[age:15]]) | {{s31 care order}} | [[date:02/08/2024]] | wants review at {{college}} not the office |
        | [[name:Mia S]] ([[age:6]]) | {{ICO}} | [[date:07/08/2024]] | {{final hearing}} listed same day at [[organisation:Dunmere Family Court]] - CLASH |
        | [[name:Zain]] & [[name:Zara Hussain]] ([[age:3]], [[age:5]]) | {{s20}} | [[date:14/08/2024]] | {{PEP}} for [[name:Zara]] outstanding |

        [[name:Tom]]'s note: picked up at handover that [[name:Mia S]]'s review was booked for the same day as
        her final hearing - SW, {{IRO}} and {{Children's Guardian}} all due in court. Nobody had
        cross-checked the {{court diary}}. Moved review to [[date:12/08/2024]], still inside
        {{statutory timescales}}. Would have meant a rushed or cancelled review for a child whose
        {{care plan}} was about to change.
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS REPORT
        What happened: The {{MASH}} notes for the {{section 47}} {{strategy meeting}} on [[date:18/10/2024]] about [[name:Kacper Nowak]] (DOB [[date_of_birth:30/04/2018]]) gave NHS no. [[nhs_number:765 212 2074]]. The {{named nurse}}, [[name:Gwen Pritchard]], checked it on {{the Spine}} before the meeting: it belonged to a different child of the same name (DOB [[date_of_birth:30/04/2015]]) living in [[postcode:DN4 6PT]]. Correct number is [[nhs_number:509 287 2403]].
        What could have happened: health info from the wrong child's record, including a {{CAMHS}} referral, would have been shared with {{police}} and used in the {{s47 enquiry}}.
        Why: {{MASH}} search was name plus approximate age, no DOB match.
        Who spotted it: named nurse. Who was involved: {{MASH social worker}}, {{health navigator}}.
        Reported by [[name:G.P.]]
    """)),
    ("social_care", "near_miss", prose("""
        note for file [[date:fri 22 nov]] - {{C110A}} for baby [[name:Fairbairn]] ([[age:7 weeks]])
        nearly went to {{the court}} with DOB as [[date_of_birth:12/11/2024]] which is actually the
        date of the {{Legal Gateway Meeting}}, real DOB [[date_of_birth:02/10/2024]]. also mums
        surname spelt [[name:Fairburn]] in two places and her NI no [[ni_number:SN 62 04 77 A]] had
        a digit missing in the second party section. [[name:Ebony]] in legal picked it all up on
        the final read through before it was uploaded to the {{court portal}}. we copy pasted the
        child details from the {{PLO letter}} which had the same mistakes so the {{PLO}} letter is
        wrong too and has gone to {{mum}} and her solicitor. sending a corrected one. [[name:Ebs]]
        you are a star
    """)),
    ("social_care", "success", prose("""
        Massive shout-out to [[name:Bernie Kwarteng]], our {{conference minute-taker}}. At the
        {{ICPC}} for the [[name:Whitlock]] family on [[date:Thursday 23rd January]] we were about
        to move to the {{decision}} when [[name:Bernie]] passed me a note: 12-year-old
        [[name:Tyler]]'s {{Mind of My Own}} statement had come in that morning and nobody had read
        it out. She'd already rung the {{DSL}} at [[organisation:St Cuthbert's RC Academy]] to get
        the original. We read it, and it changed the conversation about {{dad}}'s drinking - [[name:Tyler]]
        wanted him at the next {{core group}}, which nobody had thought to ask. [[name:Bernie]] also
        offered to do a child-friendly version of the {{outline plan}} for him. This is what
        "{{child's voice}}" should look like in practice. Thanks [[name:Bernie]] - [[name:Lou]] ({{CP Chair}})
    """)),
    ("social_care", "success", block("""
        DEBRIEF - final hearing [[case_reference:PB23C00981]] - [[date:11/03/2025]]
        Attendees: [[name:Haruto Sato]] (SW), [[name:Claire Jennings]] (TM), [[name:Adaeze Nwosu]] ({{LA solicitor}}), [[name:Ffion]] ({{IRO}})
        Children: [[name:Kofi]] ([[age:4]]) and [[name:Esi]] ([[age:2]]) - {{SGO}} to maternal aunt in [[address:Carrow Bridge]]

        What went well
        - {{Children's Guardian}} ([[name:Martin Oyelaran]]) said the {{SGO support plan}} was the clearest he'd seen this year
        - {{Family Group Conference}} early in the {{PLO}} stage found the aunt - no need for {{parallel planning}} to {{adoption}}
        - {{IRO}} and SW met before every review, so the {{care plan}} never drifted
        - {{Later life letter}} drafted with mum, she asked for it to be read to her first

        Even better if
        - {{ISW}} report was 3 weeks late; chase at week 14 next time
        - aunt's {{kinship}} allowance not agreed until the day before
    """)),
    ("social_care", "success", prose("""
        Dear [[name:Precious]], [[name:Glyn]] and [[name:Marie]], just a note to say thank you for
        {{Tuesday}}. [[name:Precious]], you chaired your own {{Looked After review}} for the first
        time, at [[age:16]], in the back room at [[organisation:Café Nova]] like you wanted, and you
        kept us all to time better than I do. [[name:Glyn]] and [[name:Marie]], thank you for helping her write the
        agenda and for saying so clearly that you want her to {{Stay Put}} after 18. Your
        {{Personal Adviser}} will be in touch about the {{pathway plan}} and I've put the
        {{Staying Put}} request to the {{Head of Service}} already. If anything is not happening
        that we agreed, ring me on [[phone:0113 496 0718]] or text. Best wishes, [[name:Rashida Begum-Ahmed]],
        {{Independent Reviewing Officer}}, [[organisation:Carrow Bridge IRO Service]]
    """)),
    ("social_care", "success", block("""
        LEARNING FROM GOOD PRACTICE - MULTI-AGENCY REVIEW
        Date: [[date:6 February 2025]]
        Present: [[name:Hamid Karimi]] ({{IRO}}), [[name:Saba Tesfaye]] (interpreter, Tigrinya), [[name:Liam McCabe]] ({{Virtual School}}), [[name:Nasra Abdi]] ([[organisation:Harrowden Refugee Support]]), [[name:Jodie Marsh]] (SW, [[organisation:Harrowden UASC Team]])
        Apologies: {{Personal Adviser}}

        Young person: [[name:Yonas]] ([[age:17]]), {{unaccompanied asylum-seeking child}}
        What went well:
        1. {{IRO}} insisted on the same interpreter for every review so [[name:Yonas]] only had to tell his story once.
        2. Review held at [[organisation:Harrowden College]] after his {{ESOL}} class - he attended all three.
        3. {{Home Office}} interview date clash spotted by [[name:Nasra]]; SW got it moved with a letter from the {{IRO}}.
        4. {{PEP}} targets written in Tigrinya and English.
        Action: share as a practice example at the {{IRO service}} development day.
    """)),
    ("social_care", "success", block("""
        From: [[name:Deborah Ansah]] <[[email:deborah.ansah@harrowden.gov.uk]]>
        To: {{EDT}} all staff
        Date: [[date:Mon 03/03/2025]] 09:14
        Subject: thank you - Saturday night

        Just wanted to put on record how well Saturday night went for the [[name:Constantin]] children.
        [[name:Siobhán Nic Aoidh]] ({{EDT}}) took the call from {{police}} at 23:10 that {{dad}} was
        booked on a morning flight with all three children despite the {{child arrangements order}}.
        She got hold of the {{on-call solicitor}}, got an {{EPO}} application in front of the
        {{out-of-hours judge}} by 02:00, and liaised with {{Border Force}} at the airport.
        She also rang maternal grandmother in Ireland on [[phone:+353 86 555 0192]] so {{mum}}
        had someone with her.
        Calm, thorough, and the children never left the country.

        Thanks [[name:Siobhán]].
        [[name:Deb]]
        {{Service Manager}}, Court & Permanence
        [[phone:01632 960 881]]
    """)),
    ("social_care", "success", block("""
        CORE GROUP ACTION TRACKER - [[name:Harper-Rose Ellis]] ([[age:10]]) - plan ended at {{RCPC}} [[date:20/05/2024]]

        | # | Action | Who | Status |
        | 1 | Young carers referral to [[organisation:Dunmere Young Carers]] | [[name:JT]] | done, goes {{Wednesdays}} |
        | 2 | {{Early Help}} worker for mum via [[organisation:Harrowden Early Help Hub]] | [[name:S.P.]] | done |
        | 3 | Attendance plan with [[organisation:Oakfield Junior School]] | {{DSL}} | 71% up to 96% |
        | 4 | {{GP}} review of mum's pain meds | mum | done |
        | 5 | {{Safety plan}} rewritten in [[name:Harper-Rose]]'s words | [[name:JT]] | done |

        Comment from SW ([[name:JT]]): every action done before the review, which never happens.
        [[name:Harper-Rose]] asked for the tracker to be stuck on the fridge.
        Keeping the {{core group}} small (4 people) and meeting at school at 3.15 every
        4 weeks made the difference.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        DATIX - INCIDENT REPORT
        Ref: [[case_reference:W214587]]
        Incident date: [[date:03/04/2024]]   Time: 22:40
        Location: [[organisation:Brontë Ward]] (gastro), [[organisation:Ravensmoor General Hospital]]
        Reporter: [[name:Lindiwe Mokoena]], {{Principal Pharmacist}}, {{Aseptic Services}}
        Patient: [[name:Ewa Zielińska]]   Hosp no: [[case_reference:RGH4471092]]   NHS no: [[nhs_number:107 258 2562]]
        Description: {{Parenteral nutrition}} bag compounded with {{potassium chloride}} 80 mmol instead of the prescribed 40 mmol. First day after the {{worksheet}} template was changed in the {{compounding software}}. Compounded by [[name:AO]], product check by [[name:RF]]; neither spotted the volume. Bag ran for 6 hrs. Evening {{U&Es}}: K+ 6.1. Bag stopped by {{the nurse in charge}}, {{calcium gluconate}} given, {{ECG}} normal.
        Harm: low
        Immediate actions: all PN worksheets from [[date:02/04/2024]] re-checked; template change rolled back.
    """)),
    ("health", "incident", prose("""
        outpt pharm - {{mtx}} 2.5mg dispened with label "take 4 tabs DAILY" should of been WEEKLY
        ({{Fridays}}). pt Mr [[name:Hollis]] [[age:78]]yo, NHS [[nhs_number:194 479 6185]], seen in
        {{rheum clinic}}. daughter [[name:Jen]] rang the clinic [[date:mon 8th]] as hes been taking it
        every day since thurs and has mouth ulcers. advised to stop, went to {{AMU}}, {{FBC}}
        shows neutropenia, started {{folinic acid}}. scrip was typed on {{EPMA}} with the free text
        box saying "4 tabs once weekly" but the dose frequency field was left on daily and thats
        what printed on the label. clinical check done by locum, accuracy check by me
        ([[name:NB]]). we both read the free text not the field. Datix [[case_reference:W215903]].
        {{Duty of Candour}} done by {{consultant}} + me on ward. think mtx should be a hard stop
        in EPMA, you cant leave it on daily
    """)),
    ("health", "incident", block("""
        TIMELINE - {{carboplatin}} dose error
        Patient: [[name:Dorothy Agyeman]], DOB [[date_of_birth:19/09/1952]], MRN [[case_reference:RV0938812]]
        [[date:Mon 13 May]]
        09:15  {{Oncology clinic}} review, Dr [[name:Rees]]. Weight 58 kg written in clinic notes, not entered in {{ChemoCare}} (last weight 71 kg, {{February}}).
        11:30  {{Clinical screening}} by pharmacist using ChemoCare weight; {{Cockcroft-Gault}} CrCl overestimated.
        14:00  {{Aseptic unit}} compounds 650 mg.
        16:10  Administered on [[organisation:Sunflower Day Unit]].
        [[date:Thu 16 May]]
        10:05  {{Oncology pharmacist}} spots 13 kg weight difference while pre-screening {{cycle 3}}. Recalculated dose 540 mg.
        10:40  Dr [[name:Rees]] informed. Patient rung on [[phone:01632 960219]], bloods booked.
        [[date:Fri 24 May]]
        Admitted via {{AOS}} with {{neutropenic sepsis}}, discharged after 4 days.
        Learning: clinic weights must go into ChemoCare before prescribing; >10% change to trigger re-prescribe.
    """)),
    ("health", "incident", block("""
        From: [[name:Rhys Vaughan]] <[[email:rhys.vaughan2@nhs.net]]>
        To: {{Controlled Drugs Accountable Officer}}
        Subject: CD discrepancy - {{outpatient dispensary}} - [[date:19 June]]

        Hi,
        Running balance for {{oxycodone}} 5mg caps (OxyNorm) was 28 short at the {{weekly CD check}}.
        Traced it to a script for [[name:Winston Clarke]] ([[case_reference:RGH3390127]]) from
        {{pain clinic}} - 56 caps supplied, 28 prescribed. Two boxes went into the bag and the
        {{CD register}} entry says 28. He lives at [[address:22 Mafeking Terrace, Ravensmoor]]
        [[postcode:RV2 8EB]]. I rang him on [[phone:07700 900735]]; he had noticed the extra box,
        hadn't taken any, and brought it back this morning. Returned stock witnessed by [[name:Amaka]].
        No harm. Datix [[case_reference:W216288]]. Contributing: dispensed during the 12-2 rush
        with one pharmacist; the CD was bagged before the {{second check}}.
        Will report on the {{CDLIN}} quarterly return.

        Thanks, [[name:Rhys]]
        {{Lead Pharmacist}}, Outpatients | ext 4417
    """)),
    ("health", "incident", block("""
        [14:12] [[name:Shanice Ogunleye]]: hi, clinic letter for the 2pm {{derm}} patient has gone to the wrong {{GP}}
        [14:13] [[name:Conor Byrne]]: how?
        [14:14] [[name:Shanice Ogunleye]]: two [[name:Mohammed Rahman]]s in clinic today. letter pulled the other ones details, NHS [[nhs_number:539 908 4171]] and his surgery [[organisation:Fernbank Medical Centre]]
        [14:15] [[name:Shanice Ogunleye]]: right patient is NHS [[nhs_number:723 846 2990]], DOB [[date_of_birth:02/02/2006]]
        [14:16] [[name:Conor Byrne]]: what was in it
        [14:16] [[name:Shanice Ogunleye]]: starting {{isotretinoin}}. [[organisation:Fernbank]] have already added it to the wrong patients {{repeat template}} 😩
        [14:18] [[name:Conor Byrne]]: ok ring them now, ask them to remove + delete the letter. I'll tell Dr [[name:Okafor]]
        [14:25] [[name:Shanice Ogunleye]]: done, spoke to [[name:Lorraine]] the {{practice manager}}. removed. {{Datix}} going in
        [14:26] [[name:Conor Byrne]]: we need DOB on the {{clinic list}} not just name + age
    """)),
    ("health", "incident", block("""
        ASEPTIC UNIT - QUALITY INCIDENT FORM
        Incident no: [[case_reference:QI-24-044]]
        Date identified: [[date:22/08/2024]]
        Area: {{Isolator}} 2, {{cytotoxic suite}}
        Identified by: [[name:Tomasz Lewandowski]], {{QA technician}}
        What happened: {{glove integrity test}} at end of session found a 2 mm split at the base of the left {{gauntlet}}. {{Finger dabs}} from that session grew {{Bacillus}} on day 3. 11 products had been made in the session, all issued; 3 already given on [[organisation:Kingfisher Ward]] ({{haematology}}).
        Actions: remaining 8 products quarantined and recalled; {{microbiology}} advised; consultants told; patients monitored - none developed infection. {{MHRA}} not notified (unlicensed {{Section 10}} unit, internal QA process).
        Root cause: gauntlet change was overdue by 9 days. The change log was on paper and the {{Aseptic Services Manager}} ([[name:Grace Achterberg]]) was on long-term sick; nobody else was checking it.
        Signed: [[name:T.L.]]
    """)),
    ("health", "incident", prose("""
        Mrs [[name:Pauline Fitzgerald]] ([[age:34]]) gets {{adalimumab}} through {{homecare}}.
        She moved house in {{March}} and told the {{IBD nurses}} at clinic, who updated the
        hospital record, but nobody told [[organisation:MediDrop Homecare]]. Their driver
        delivered two pre-filled pens to her old address, [[address:9 Bishopsgate Mews, Calder Vale]]
        [[postcode:CV11 3TW]], on [[date:18 July 2024]]. No-one was in, so the box was left on the
        doorstep in 29 degree heat. The new tenant rang {{the hospital}} switchboard the next day.
        Pens were destroyed as {{cold chain}} broken, and she missed a dose and flared, needing a
        {{steroid}} course. Her new address is [[postcode:CV12 0AZ]]. The {{homecare team}} in
        pharmacy has a separate spreadsheet and address changes go to the clinic, not to us. We
        have asked {{PAS}} to send us an alert when a homecare patient's address changes, and the
        IBD nurses now forward changes to the homecare inbox.
    """)),
    ("health", "near_miss", block("""
        OP PHARMACY HANDOVER - [[date:Wed 02/10/24]] PM

        | Time | Patient | Hosp no | Item | Status |
        | 13:40 | [[name:Joseph Okonkwo]] | [[case_reference:RGH5520193]] | {{tacrolimus}} 1mg | ready, bay 3 |
        | 13:55 | [[name:Josephine Okonkwo]] | [[case_reference:RGH5520817]] | {{levothyroxine}} + {{ferrous fumarate}} | ready, bay 3 |
        | 14:20 | [[name:B. Adeyemi-Clarke]] | [[case_reference:RGH1107734]] | {{Creon}} | awaiting stock |

        Near miss (written by [[name:Aisling]]): both [[name:Okonkwo]] bags were in bay 3 with the labels on the wrong bags.
        Caught at {{hand-out}} because Mr [[name:Joseph Okonkwo]] gave his DOB and it didn't match. The tacrolimus
        would have gone to someone not on it and he'd have missed his {{transplant}} meds.
        Swapped, checked again with [[name:Vikram]]. Please don't put same-surname bags in the same bay.
    """)),
    ("health", "near_miss", block("""
        WhatsApp - on-call pharmacists
        [[date:Sun 17 Nov]]
        21:47 [[name:Mags]]: just had a call from [[organisation:Ward 9]] re insulin
        21:48 [[name:Mags]]: {{FY1}} wrote {{Actrapid}} 10u on the paper {{sliding scale}} and the nurse read it as 100 😳
        21:48 [[name:Mags]]: she rang me to query before giving thank god
        21:50 [[name:Dami]]: omg. why paper?? {{EPMA}} down?
        21:51 [[name:Mags]]: yep {{downtime}} since 7. all the paper charts are out
        21:52 [[name:Dami]]: i'll put something on the {{safety huddle}} for the morning. units written in full is in the {{policy}} but nobody remembers on paper
        21:54 [[name:Mags]]: pt [[age:81]], {{DKA}} protocol. gave 10 units. BMs fine
        21:55 [[name:Dami]]: well done that nurse. do you know her name for a {{Learning from Excellence}}?
        21:56 [[name:Mags]]: [[name:Chidinma]] i think, agency
    """)),
    ("health", "near_miss", prose("""
        Aseptic near miss, [[date:08/01/2025]]. {{vinCRIStine}} 2 mg for [[name:Callum Fraser]],
        [[age:19]], [[organisation:Teal Ward]], was prepared in a 10 mL syringe instead of the
        50 mL {{mini-bag}} on the worksheet. The {{final check}} pharmacist ([[name:Mei Ling Tan]])
        stopped it and it was remade. The same patient had {{intrathecal}} {{methotrexate}}
        booked for the same afternoon, so a vinca in a syringe going to that ward is exactly the
        {{never event}} we design the process to prevent. The operator was on their first solo
        cytotoxic session and the {{vinca alkaloid}} worksheets look the same as the others.
        Asking for a red banner on all vinca worksheets and for new operators to be paired for
        their first ten vinca preps.
    """)),
    ("health", "near_miss", block("""
        PHARMACY INTERVENTION / NEAR MISS
        Date: [[date:25/02/2025]]
        Ward: [[organisation:Little Owls Ward]] (paeds)
        Patient: [[name:Alfie-James Morgan]], [[age:8 months]], wt 7.9 kg, NHS [[nhs_number:398 269 0250]]
        Drug: {{gentamicin}} IV once daily
        Prescribed: 550 mg
        Intended: 7 mg/kg = 55 mg ({{BNFc}}, {{neonatal and paediatric guideline}})
        What happened: 10x decimal slip on {{EPMA}} - the dose box auto-filled "55" and the {{registrar}} typed "0" meaning to add ".0". No {{dose range checking}} for gentamicin on paeds order sets.
        Caught: at {{clinical screening}} before the first dose was drawn up; nurse had not yet collected the vial.
        Screened by: [[name:Yusuf Adebisi-Mohammed]], {{ward pharmacist}}
        Time from prescribing to intervention: 25 min
        Outcome: prescription rewritten, {{levels}} planned, no dose given in error
    """)),
    ("health", "success", prose("""
        Big shout-out to [[name:Kirsty-Ann]] on the {{outpatient pharmacy}} counter. A lady came
        in on [[date:Tues 14th Jan]] with a {{co-amoxiclav}} script from {{fracture clinic}}.
        [[name:Kirsty-Ann]] noticed a red {{allergy wristband}} from an earlier admission still
        on her wrist and asked about it - {{penicillin}} allergy, anaphylaxis a few years ago.
        The {{allergy status}} on the clinic {{EPR}} said "not known". [[name:Kirsty-Ann]] held
        the script and got the pharmacist ([[name:Dev]]), who rang the {{orthopaedic}} {{SHO}}
        and it was changed to {{doxycycline}}. The patient, Mrs [[name:Greenhalgh]], said nobody
        in clinic had asked her. Allergy now recorded on the {{EPR}} and the {{GP}} record.
        This is exactly the kind of "something doesn't look right" that stops harm. Thank you
        from all of us - [[name:Ngozi]], {{Outpatient Pharmacy Manager}}
    """)),
    ("health", "success", block("""
        HOT DEBRIEF - power loss, {{aseptic unit}} - [[date:Thursday 5 December 2024]]
        Led by: [[name:Olamide Fashola]] ({{Accountable Pharmacist}})
        Present: [[name:Ciara Nolan]], [[name:Hamza Siddiqui]], [[name:Bao Tran]], [[name:Pete]] from {{Estates}}

        What happened: mains power lost to the unit at 08:20; {{UPS}} held the {{isolators}} for 14 min, then they shut down. 23 {{SACT}} doses due for [[organisation:Sunflower Day Unit]] and [[organisation:Heron Ward]].
        What went well:
        - [[name:Ciara]] phoned [[organisation:Northgate Pharmacy Manufacturing Unit]] by 08:45 (number on the {{business continuity plan}} was up to date - [[phone:0161 496 0332]]); they made 14 doses same day
        - [[name:Hamza]] and the {{day unit}} nurses re-prioritised: curative regimens first, 9 patients moved to next day with a phone call each
        - {{Estates}} had a temporary feed in by 12:30; {{environmental monitoring}} and cleaning meant we were back making by 15:00
        - no-one missed a dose by more than 24 h
        Even better if: the {{BCP}} had a current list of day unit bookings on paper.
    """)),
    ("health", "success", block("""
        From: Dr [[name:Anjali Raghunathan]] <[[email:a.raghunathan@ravensmoor.nhs.uk]]>
        To: {{Pharmacy - Outpatients}}
        Date: [[date:28 March 2025]]
        Subject: Thank you - {{biologics}} switch clinic

        Dear all,
        I wanted to thank the team, and [[name:Wojciech]] and [[name:Funmi]] in particular, for the
        {{biosimilar}} switch clinics over the last three months. 212 patients switched from
        {{infliximab}} originator with no missed doses, a {{patient information leaflet}} in six
        languages, and every patient offered a phone call before their first infusion. Two
        patients with {{needle phobia}} were seen by [[name:Funmi]] separately and both switched.
        One of our patients, [[name:Harold]] ([[age:88]]), wrote to say it was "the first time
        anyone explained why". The {{IBD}} nurses have said it was the smoothest change they have
        been part of.

        With thanks,
        [[name:Anjali]]
        Consultant Gastroenterologist, [[organisation:Ravensmoor University Hospitals NHS Foundation Trust]]
        Sec: [[phone:01632 960 574]]
    """)),
    ("health", "success", block("""
        LEARNING FROM EXCELLENCE PANEL - Pharmacy
        Date: [[date:10/04/2025]]
        Attendance: [[name:Ngozi Eze]] (chair), [[name:Dafydd ap Rhys]], [[name:Sunita Mistry]], [[name:Tom Quayle]], [[name:Leanne O'Driscoll]] (minutes)
        Apologies: [[name:Mags Ferguson]]

        1. Nominations received: 7
        2. [[name:Chidinma Eze-Obi]] (agency nurse, [[organisation:Ward 9]]) - queried "100 units" {{Actrapid}} during {{EPMA}} downtime. Panel agreed certificate + letter to agency. (No relation to chair - [[name:NE]] declared, stayed in room.)
        3. [[name:Liu Yang]] ({{pre-reg}}) - spotted {{valproate}} without {{PPP}} form in clinic. See separate nomination.
        4. {{Dispensary}} night team - zero {{dispensing errors}} reaching patients for {{Q4}}. Shared at {{Trust board}}.
        5. AOB: next panel in {{June}}; [[name:Sunita]] to add LfE to {{induction}}.
    """)),
    ("health", "success", prose("""
        Anticoagulation clinic, [[date:13 November 2024]]. Mr [[name:Arthur Pennington]] ([[age:71]])
        came in for his {{INR}}, which was 2.6 and in range. The {{anticoagulation nurse}},
        [[name:Rosa Delgado-Smith]], asked her usual question about any new medicines and he
        mentioned a {{fluconazole}} capsule course his {{dentist}} had given him "for a sore
        mouth". Nothing about it was on the {{Summary Care Record}}. [[name:Rosa]] knew the
        {{interaction}} with {{warfarin}}, rang the pharmacist in clinic and they reduced his
        dose for the week and brought his next INR forward to three days. On the recheck it was
        4.1, which would almost certainly have been much higher. The dentist's practice,
        [[organisation:Castle Street Dental]], was sent a letter by the {{clinical pharmacist}}
        and we have added "dentist?" to the clinic {{questionnaire}}. Great practice, [[name:Rosa]].
    """)),
    ("health", "success", block("""
        LEARNING FROM EXCELLENCE - NOMINATION
        Nominee: [[name:Liu Yang]], {{foundation trainee pharmacist}}
        Nominated by: [[name:Sunita Mistry]], {{Lead Pharmacist}} Neurosciences
        Date of event: [[date:02/04/2025]]
        Where: {{neurology outpatients}}, [[organisation:Calder Vale General Hospital]]
        What they did: [[name:Liu]] was doing {{medicines reconciliation}} for a [[age:15]]-year-old girl, NHS [[nhs_number:530 689 0318]], attending with her {{mum}}. She was on {{sodium valproate}} and there was no {{Annual Risk Acknowledgement Form}} and no {{PPP}} discussion documented. [[name:Liu]] checked the {{MHRA}} guidance, spoke to the {{consultant neurologist}} before the patient went in, and the {{specialist nurse}} had the conversation that day. A referral to the {{adolescent clinic}} was made.
        Why it matters: it is easy to assume somebody else has done it. [[name:Liu]] didn't.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        GROUND SAFETY REPORT - [[organisation:Aerolink Ground Services]]
        Report no: [[case_reference:GSR-24-0781]]
        Date/time: [[date:07/08/2024]] 06:12 LT
        Flight: [[flight_number:BW3317]]   A/C reg: [[aircraft_registration:G-OZBT]]   Type: {{A321}}   Stand: 41
        Crew: {{tug driver}} [[name:Marek Wiśniewski]], {{headset operator}} [[name:Tunde Bakare]]
        Event: During {{pushback}} the {{towbar}} {{shear pin}} failed as the {{tug}} braked to stop at the {{pushback limit line}}. Aircraft rolled forward approx 2 m towards the tug before the {{captain}} applied the {{parking brake}} on [[name:Tunde]]'s call. No contact.
        Conditions: wet, light rain, slight downslope on stand 41.
        Actions: aircraft held on stand; {{line engineer}} inspected {{nose landing gear}} - no damage, released 07:05. Towbar quarantined. {{MOR}} submitted to {{the CAA}}.
        Possible causes: harsh braking on wet apron; towbar shear pin replaced with non-OEM part at last service (tag missing).
        Reporter: [[name:M. Wiśniewski]]
    """)),
    ("aviation", "incident", block("""
        GROUND MOVEMENT - TRANSCRIPT EXTRACT ({{Ground}} / {{interphone}}) - [[date:19/10/2024]]
        06:41:10  GND: [[flight_number:Brightwing 421]], stand 24, push and start approved, face west.
        06:41:15  [[flight_number:Brightwing 421]]: Push and start approved face west, [[flight_number:Brightwing 421]].
        06:41:40  (interphone, stand 23) CAPT: Ground, flight deck, we're cleared to push, face west, brakes released.
        06:41:44  HEADSET: Brakes released, commencing push.
        06:42:30  GND: Stand 23, STOP PUSHBACK. [[flight_number:Brightwing 412]], you are not cleared to push.
        06:42:35  [[flight_number:Brightwing 412]]: Stopping, [[flight_number:Brightwing 412]]... apologies, we took that clearance.

        Narrative ({{dispatcher}} [[name:Saoirse Quinlan]]): [[flight_number:BW412]] ([[aircraft_registration:G-BWKE]]) on 23 and [[flight_number:BW421]] on 24 were ready together. {{Flight deck}} on 23 read back the [[flight_number:421]] clearance as their own. {{Headset operator}} on 23 ([[name:Jaz]]) took the flight deck's word - ground handlers can't hear {{ATC}}. Aircraft stopped 15 m back, [[flight_number:421]] still on stand. No conflict but it was close. Similar callsigns were flagged to {{NATS}} last month.
    """)),
    ("aviation", "incident", prose("""
        belt loader hit the aft hold door on [[aircraft_registration:EI-FMK]] ([[flight_number:ZB 871]])
        around 1430 yest. driver was [[name:shaz]], she was on her own cos the {{guide person}}
        got pulled onto the next {{turn}}. {{belt loader}} came in at an angle and the
        {{bumper}} caught the door sill. theres a dent maybe 3 inch. {{engineering}} had it
        {{AOG}} for 4hrs then {{deferred}} it. [[name:shaz]] reported it straight away to the
        {{TL}} ([[name:Kev Ogden]]) which is good. but we keep being short staffed on afternoons
        and guide people are the first thing that goes, nobody says no. also that loader (BL12)
        has had no working {{inching mode}}, its been on the {{vehicle defect sheet}} twice this
        week. pls sort before someone else does the same
    """)),
    ("aviation", "incident", block("""
        CHRONOLOGY - undeclared {{lithium battery}} in hold baggage - [[flight_number:BW2208]] - [[date:02/06/2024]]
        05:52  Pax [[name:AHMED/FARIDA MRS]] checks in 2 bags at desk 14, PNR [[case_reference:K7QX2M]].
        06:20  {{Hold baggage screening}} flags bag tag [[case_reference:0217448812]] - image shows {{power bank}}. Marked for {{reconcile}}/search.
        06:31  Bag put on the wrong {{make-up}} belt (flagged lane was full); loaded into {{AKE}} container with other bags.
        06:58  Container loaded, {{hold}} closed. {{NOTOC}} shows no {{dangerous goods}}.
        07:05  HBS team calls {{baggage control}} asking where the bag is.
        07:09  {{Dispatcher}} informs {{captain}}. Decision: offload. Aircraft held on stand.
        07:34  Bag found, power bank removed with pax consent at gate and given to her as cabin item.
        07:48  Doors closed, 43 min delay.
        Learning: flagged lane full = bags "parked" anywhere; nobody owns the flagged-bag list on early waves. {{DGR}} report to {{the CAA}} and airline.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Gurpreet Sandhu]] <[[email:g.sandhu@aerolink-gs.co.uk]]>
        To: {{Health & Safety}}; {{Duty Manager}}
        Date: [[date:Fri 15 Nov 2024]] 19:20
        Subject: Airside RTC - crew van v pedestrian - stand 12

        At 17:55 today airside crew van [[vehicle_registration:WK19 HPF]] reversed out of the stand 12 {{equipment restraint area}} and struck baggage handler [[name:Dev Chaudhry]] ([[age:23]]) on the back of the legs. No {{banksman}} and the van's {{reversing alarm}} was not working. [[name:Dev]] was taken to [[organisation:Thornfield General Hospital]] A&E; X-ray clear, bruising, off for the rest of the week.
        Driver is agency ([[organisation:FlexiCrew Recruitment]]), [[name:Bogdan Ionescu]], airside permit checked valid. His agency contact is on [[phone:+40 722 555 018]] as he only started in {{October}}.
        For the {{RIDDOR}} check HR need [[name:Dev]]'s NI no: [[ni_number:PW 73 19 46 B]].
        Actions so far: van off road, {{airport operator}} {{Airside Safety}} informed, statements taken, CCTV requested.

        [[name:Gurpreet]]
        {{Ramp Duty Manager}} | [[phone:07700 900 946]]
    """)),
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-JZHV]] - Page 004417
        Date: [[date:23/01/2025]]   Sector: [[flight_number:LS1294]]   Stn: {{outstation}}
        DEFECT: Reported by {{ground handler}} after {{offload}}: fwd {{cargo door}} lower sill dented approx 40 x 10 mm, paint chipped, no crack visible. Possible contact by {{belt loader}}. Handler ref [[case_reference:GSR-25-0044]].
        ACTION: Detailed visual insp IAW {{SRM}} 52-30-00. Damage within limits. Area cleaned, {{corrosion protection}} applied. {{Door seal}} checked serviceable. Door operated x3 satis.
        Cert: [[name:K. Mensah]]   Licence [[case_reference:UK.66.412877G]]
        --
        Note to {{Ground Ops}}: third cargo door contact this month on this type. Please review {{belt loader}} approach briefing. [[name:KM]]
    """)),
    ("aviation", "near_miss", block("""
        [[date:28/07/2024]], 21:03 - [[name:Rico]]: stand 7 just now. we pushed with no {{wing walker}}
        [[date:28/07/2024]], 21:03 - [[name:Rico]]: [[name:Ola]] got called off to another stand at the last second. the {{TL}} said go anyway its only a short {{push}}
        [[date:28/07/2024]], 21:04 - [[name:Rico]]: left wing tip came within about a metre of the {{light mast}} on the corner. i only saw it because the {{GPU}} was parked where it shouldnt be and i looked that way
        [[date:28/07/2024]], 21:06 - [[name:Big Sue]]: 😳 was [[aircraft_registration:G-HXLA]] wasnt it, the 321
        [[date:28/07/2024]], 21:06 - [[name:Rico]]: yeah. [[flight_number:BW3362]]
        [[date:28/07/2024]], 21:08 - [[name:Big Sue]]: put it in as a {{near miss}}. not being funny but "only a short push" is how it happens
        [[date:28/07/2024]], 21:09 - [[name:Rico]]: doing it now. not trying to drop the {{TL}} in it, there was literally nobody spare
    """)),
    ("aviation", "near_miss", block("""
        INTERPHONE - pushback stand 31 - [[flight_number:ZB 4410]] / [[aircraft_registration:9H-QAK]] - [[date:11/03/2025]] 14:25
        HEADSET: Flight deck, ground. Pushback complete, set parking brake.
        FO: Parking brake set.
        HEADSET: Disconnecting {{towbar}} and headset, will show {{bypass pin}} on your left. Bye bye.
        (pause approx 40 s)
        CAPT (via {{PA}} to cockpit window / hand signal): Ground, we didn't see the pin.
        HEADSET ([[name:Ifeanyi]]): ...stand by.
        Statement: I'd disconnected and walked to the {{tug}} with the pin still in the {{nose gear}} {{steering}}. The captain refused to taxi until he saw it. Went back, removed it, showed it. If he hadn't waited he'd have taxied with no {{nosewheel steering}}. I was on my 9th push of a 10 hr shift. - [[name:I. Eze]]
    """)),
    ("aviation", "near_miss", block("""
        BAGGAGE HANDOVER SHEET - early to late - [[date:Sat 19 Apr]]

        | Flight | Reg | Bags (LIR) | Bags (loaded) | Notes |
        | [[flight_number:BW2711]] | [[aircraft_registration:G-BWNA]] | 164 | 164 | ok |
        | [[flight_number:ZB 615]] | [[aircraft_registration:EI-GDX]] | 131 | 139 | 8 transfer bags not on {{LIR}} - see note |
        | [[flight_number:BW2704]] | [[aircraft_registration:G-BWKE]] | 98 | 98 | 1 {{AVIH}} (dog) in hold 4 |

        Note from [[name:Sanjay]] (early {{load controller}}): [[flight_number:ZB 615]] load sheet built on LIR count; 8 transfer bags from a late inbound were added at the {{baggage hall}} but nobody sent a {{CPM}} update. Total hold weight out by ~150 kg, aft. [[name:Leon]] ({{loader}}) counted 139 against 131 and called it before doors closed. {{Load sheet}} reissued, trim recalculated. Not a big number on a 737 but it's the process - please count and shout every time.
    """)),
    ("aviation", "near_miss", prose("""
        near miss [[date:04/09/24]] stand 18 - {{GPU}} cable was still plugged into
        [[aircraft_registration:G-OKRT]] when the tug driver called ready to push. {{headset}}
        ([[name:Ash]]) had done the {{walk-round}} but the GPU had been reconnected by the
        {{cleaners' supervisor}} after it was disconnected because the {{APU}} was u/s and the cabin
        was getting hot. nobody told the ramp. [[name:Ash]] saw the cable on the final look before
        brakes release and stopped. if wed pushed it would have ripped the socket out and
        possibly hit someone. suggest anyone reconnecting GPU after the {{walk-round}} has to
        tell the {{dispatcher}}, and put a {{cone}} by the plug
    """)),
    ("aviation", "success", prose("""
        Shout-out to [[name:Nadia Haddad]], {{turnaround coordinator}} on the {{late shift}}
        [[date:Wed 21 Aug]]. While [[flight_number:BW3140]] ([[aircraft_registration:G-BWLP]]) was
        being refuelled on stand 9 she smelt fuel by the left wing and saw it dripping from the
        {{vent}} / {{surge tank}} area. She stopped the {{refuelling}}, told the {{fuel bowser}}
        driver to shut off, cleared the baggage team back and got the {{airport fire service}}
        out. Pax were held in the {{terminal}}. {{Engineering}} found a {{fuel valve}} stuck open
        - tank would have overflowed onto a hot {{brake}} area. [[name:Nadia]] then stayed an hour past
        her shift to do the report. Calm, quick, textbook. Nominated for the quarterly {{safety
        award}}. - [[name:Mo Fitzgerald-Ahmed]], {{Station Manager}}
    """)),
    ("aviation", "success", block("""
        DEBRIEF NOTES - {{lightning}} ramp closure - [[date:Sun 30/06/2024]]
        Chair: [[name:Ellie-Mae Storey]] ({{Duty Manager}})
        Present: [[name:Kwame Asante]] (ramp TL), [[name:Piotr Zając]] (baggage TL), [[name:Róisín Flood]] (dispatch), [[name:Harjit]] ({{ops control}})

        - 15:12 {{lightning alert}} stage 2 from {{met}} warning system; ramp closed 15:14 - everyone inside in under 2 mins, roll-call done by radio
        - 6 aircraft on stand mid-turn. [[name:Róisín]] kept the crews updated on the {{company frequency}} every 10 mins
        - 200+ bags on carts in the open - [[name:Piotr]]'s team had them under covers before closure
        - ramp reopened 15:58; {{OTP}} recovered by 18:00
        What made it work: last month's {{toolbox talk}}; the new {{radio}} roll-call list; nobody tried to "just finish" a load
        To improve: one {{wing walker}} was in the {{baggage hall}} smoking area and didn't hear the horn - needs a pager alert.
    """)),
    ("aviation", "success", prose("""
        Dear [[organisation:Aerolink]] {{PRM team}}, I am writing to thank two of your staff,
        [[name:Ben]] and [[name:Ayesha]], who met {{my father}} off [[flight_number:ZB 2267]] on
        [[date:3 May]]. His {{powered wheelchair}} was left behind at the {{departure airport}} and [[name:Ben]]
        spent an hour on the phone tracing it while [[name:Ayesha]] found him a {{loan chair}} and stayed with
        him until I arrived. {{Dad}} is [[age:84]] and does not cope well with change, and they kept
        him calm and had a cup of tea with him. The {{wheelchair}} was delivered to his flat at
        [[address:Flat 6, Wren Court, 40 Station Road, Thornfield]] [[postcode:TF4 2WD]] the next
        evening, undamaged. You can reach me on [[email:jaswinder.kaur.home@outlook.com]] or
        [[phone:07700 900 154]] if the team would like to know. Yours, [[name:Jaswinder Kaur]]
    """)),
    ("aviation", "success", block("""
        GROUND SAFETY ACTION GROUP - MINUTES
        Date: [[date:17/09/2024]]   Location: ops building, room 2
        Attendance: [[name:Mo Fitzgerald-Ahmed]] (chair), [[name:Gurpreet Sandhu]], [[name:Kwame Asante]], [[name:Lucy Chen]] ({{Compliance}}), [[name:Darren 'Daz' Kirkwood]] ({{Unite}} rep), [[name:Tunde Bakare]]
        Apologies: [[name:Ellie-Mae Storey]]

        1. {{Towbar}} shear pin ([[case_reference:GSR-24-0781]]): all towbars audited, 3 non-OEM pins found and replaced. Closed.
        2. Crew van RTC: {{reversing alarm}} checks added to the daily {{vehicle check}}. 100% of vans fitted with cameras by {{December}}. [[name:Daz]] thanked management for the quick response.
        3. Wing walker staffing: minimum crew for pushback now enforced in the {{rostering system}}; TLs told they can delay a push without comeback.
        4. {{Just culture}}: reporting up 40% on last quarter. [[name:Lucy]] credited the "no blame for near misses" poster campaign.
        Next meeting: [[date:15/10/2024]]
    """)),
    ("aviation", "success", block("""
        Teams - Baggage Ops - [[date:Tuesday 8 October 2024]]
        [[name:Jordan Pryce]] 11:42: quick one - new starter [[name:Amara]] refused to load an {{AKE}} this morning cos one of the {{ULD}} door latches was bent
        [[name:Jordan Pryce]] 11:43: she red-tagged the {{container}} and got another one from the {{ULD pool}}
        [[name:Leon Mbatha]] 11:45: good lass. how long she been here
        [[name:Jordan Pryce]] 11:45: 2 weeks 😂 old hands were telling her it's fine, they're all like that
        [[name:Leon Mbatha]] 11:47: they're not all like that. bent latch = door can open in flight = bags in the hold loose. {{IATA}} ULD regs
        [[name:Jordan Pryce]] 11:48: exactly. I've sent it to {{ULD control}}. can we do a shout-out at the {{briefing}}?
        [[name:Leon Mbatha]] 11:49: yes. and a {{toolbox talk}} on {{serviceability checks}} for everyone not just starters
    """)),
    ("aviation", "success", prose("""
        Positive report, [[date:19 December 2024]]. During {{boarding}} of [[flight_number:BW2290]]
        the {{Baggage Reconciliation System}} showed one bag loaded for a passenger who had not
        boarded (pax [[name:Nowicki]], seat 22C). [[name:Femi]] on the {{loading team}} had
        already noted on the {{LIR}} which container the late bags went in, so he found the bag
        in under four minutes and it was offloaded before the {{doors closed}}. The passenger
        had been refused boarding for intoxication at the {{gate}}. Usually an unaccompanied bag
        offload costs us 20-30 minutes and a {{slot}}; this cost two. [[name:Femi]]'s habit of
        writing container positions for late bags is being added to the {{baggage SOP}}.
        Thanks also to the {{gate supervisor}} ([[name:Hollie]]) who told the {{ramp}} the
        moment the passenger was refused.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind156", REPORTS))
