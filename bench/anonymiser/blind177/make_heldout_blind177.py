"""Held-out blind corpus 177: just-culture incident, near-miss and learning reports.

Settings: a local authority's children's disability social work team and direct payments
(social_care); a community midwifery team and home births (health); an airline's flight
dispatch and load control (aviation). Written blind, the way UK staff type: rushed lower-case
notes with typos and no apostrophes, careful narratives, timed chronologies, e-mails with
headers and signatures, Teams and WhatsApp exports, incident and Datix-style forms, handover
tables, minutes with attendance lists, hot debriefs, SBAR notes, shout-outs and thank-you
notes, ACARS and RTF extracts, tech log entries. Every person, place and number is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind177.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        quick note for the log - [[name:tanisha]] ({{mum}}) rang duty at 4.40 {{fri}}, her PAs
        havent been paid for 2 wks. {{direct payments}} acct [[case_reference:DP-0041772]] was
        suspended by finance after the {{annual audit}} flagged missing bank statements but
        nobody told the family or the allocated SW ([[name:gav]] is on leave). [[name:kezia]]
        ([[age:9]], {{cerebral palsy}}, {{PEG fed}}) has 2 {{personal assistants}} and one has
        now said she cant keep working unpaid. mum in tears on the phone. i escalated to
        [[name:Rukhsana B]] (TM) who authorised an emergency {{Section 17}} payment same day.
        learning: suspension letters go to the family only, not the worker, and {{Mosaic}}
        doesnt create a task. need a step in the DP audit procedure to ping the SW + the
        {{team manager}} before anything gets stopped. [[name:jj]] duty SW
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Olu Adeyemi]] <[[email:olu.adeyemi@harrowmere.gov.uk]]>
        To: CWD Team Managers
        Sent: [[date:14 November 2024]] 10:12
        Subject: near miss - PA started before DBS back

        Hi all,

        Flagging a near miss for the {{just culture}} log. Mrs [[name:Halloran]], mum of
        [[name:Ruby-Mae Halloran]] ([[age:6]]), recruited a new {{personal assistant}},
        [[name:Dionne Pryce]], due to start the following {{Monday}}. When I did the pre-start
        check on the {{DP support}} spreadsheet the {{enhanced DBS}} column was blank, but
        {{the payroll provider}} ([[organisation:Paylink Payroll Ltd]]) had already set her up
        with NI number [[ni_number:JT 48 21 93 C]]. Rang {{mum}} on [[phone:07700 900418]] -
        she thought the agency had done the DBS. Start moved back; DBS cleared on
        [[date:20/11/2024]].

        Nobody at fault: our checklist lets payroll go live before the DBS box is ticked.
        Suggest we lock payroll set-up until DBS and {{right to work}} are both in.

        [[name:Olu]]
        [[name:Olu Adeyemi]] | {{Direct Payments Support Officer}}
        [[organisation:Harrowmere Children with Disabilities Team]]
        [[phone:0113 496 0572]]
    """)),
    ("social_care", "success", prose("""
        Shout-out for [[name:Precious Nwachukwu]] in the {{transitions}} hub. [[name:Callum]]
        ([[age:17]], {{autism}} and a {{learning disability}}) was about to lose his
        {{short breaks}} at [[organisation:Larchwood House]] when he turned [[age:18]] on
        [[date:3 March]] because adult services hadn't done his {{Care Act assessment}}.
        [[name:Precious]] sat down with {{adult social care}}, his {{EHCP}} coordinator at
        [[organisation:Brookfield Special School]] and {{mum}}, and got a joint plan signed off
        at {{panel}} three weeks early, so there was no gap at all. [[name:Callum]]'s mum said it
        was the first time in twelve years she hadn't had to chase anyone. Learning: start
        transition planning at 16, not 17 and a half. Thank you [[name:Precious]]! -
        [[name:Marisol]] ({{team manager}})
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - CHILDREN'S SERVICES
        Ref: [[case_reference:IR-CS-2024-0318]]
        Date of incident: [[date:Sat 8 June 2024]]
        Location: [[organisation:Larchwood House]] {{short breaks}} unit
        Child: [[name:Zayan Chaudhry]]   DOB: [[date_of_birth:17/02/2014]]   Mosaic ID: [[case_reference:1408826]]
        Reported by: [[name:Bernadette O'Connell]], {{shift leader}}

        What happened:
        [[name:Zayan]] arrived for his overnight stay with no {{buccal midazolam}}. The
        {{transport escort}} said {{dad}} had handed over one bag; the medication was in a
        second bag left in the hall. At 19:25 [[name:Zayan]] had a {{tonic-clonic seizure}}
        lasting over 5 minutes. Staff followed his {{epilepsy care plan}} and called 999.
        {{Paramedics}} gave medication and he recovered on scene; not conveyed.

        Contributing factors: no medication count at handover from transport; the plan says
        "meds to travel with child" but nobody signs for them.
        Action: {{medication handover sheet}} for escorts from [[date:1 July]].
    """)),
    ("social_care", "incident", block("""
        Chronology - data breach, DP statements ([[case_reference:DPB/24/077]])

        [[date:02/09/24]] 09:05 [[name:Kamil Nowak]] ({{DP finance officer}}) sends quarterly {{direct payments}} statements by e-mail.
        09:07 Statement for the [[name:Mensah]] family (acct [[case_reference:DP-0039210]]) sent to [[email:j.mensah78@gmail.com]] instead of [[email:j.mensah87@gmail.com]] - autocomplete picked the wrong address.
        11:40 Recipient, [[name:Jason Mensah]] (no relation), replies "think this is not for me".
        11:52 [[name:Kamil]] tells {{line manager}} [[name:Siobhan Doyle]]; recall fails.
        12:15 Recipient agrees by phone to delete; confirmation e-mail 12:31.
        12:40 Logged with {{Information Governance}}. Statement held the child's name, home address [[address:27 Thornbury Rise, Ashby Vale]], [[postcode:HX4 9PL]] and {{PA}} hourly rates.
        14:00 {{Mum}} ([[name:Abena Mensah]]) told by the {{allocated social worker}}, [[name:Tom Ridley-Hughes]]. Apology given.
        [[date:03/09/24]] IG decide not reportable to the {{ICO}}: low risk, contained.
        Learning: turn off autocomplete for external addresses; send statements through the {{portal}}, not e-mail.
    """)),
    ("social_care", "near_miss", block("""
        [10:14] [[name:Hannah Kowalczyk]]: on my way to the [[name:Ahmed]] {{home visit}} for [[name:Yusuf]]'s {{CIN review}}, satnav says 45 mins??
        [10:15] [[name:Hannah Kowalczyk]]: thought they were in town
        [10:17] [[name:Deji]]: hang on which one. there are 2 kids called [[name:Yusuf Ahmed]] on our caseload
        [10:18] [[name:Deji]]: yours is [[case_reference:CWD-22817]], DOB [[date_of_birth:04/11/2016]], [[address:Flat 6, Kestrel Court]] [[postcode:BD7 2NJ]]
        [10:18] [[name:Deji]]: the one out at [[address:Lower Hessle]] is the other lad - {{Mosaic}} auto-fills the last address you opened
        [10:19] [[name:Hannah Kowalczyk]]: omg. turning round now. would have knocked on a strangers door and said why i was there
        [10:21] [[name:Deji]]: easy done. raise it as a {{near miss}} pls, both on {{child in need}} plans so it'd have been a proper {{data breach}}
        [10:22] [[name:Hannah Kowalczyk]]: will do. also asking {{business support}} to put a same-name alert on both records
    """)),
    ("social_care", "success", block("""
        {{Learning review}} - {{direct payments}} audit, [[organisation:Harrowmere Council]]
        Date: [[date:Thursday 23 January 2025]], Room 2.14, Civic Centre
        Present: [[name:Marisol Vega]] (chair, {{TM}}), [[name:Kamil Nowak]], [[name:Grace O'Neill-Bamford]], [[name:Raj Sethi]] ({{finance}}), [[name:Ffion Griffiths]] ({{parent carer forum}})
        Apologies: [[name:Gav Stokes]]

        1. What went well. [[name:Grace]] rebuilt the DP audit so families upload receipts through the {{portal}} instead of posting them. Return rate up from 58% to 91% in one quarter.
        2. [[name:Ffion]] said parents liked the plain-English letter and having a named contact.
        3. [[name:Raj]]: {{clawback}} requests down from 14 to 3.
        Actions: share the template with the {{adults DP team}} ([[name:GO'N]] by end of {{February}}).
    """)),
    ("social_care", "incident", block("""
        DUTY HANDOVER - CWD - [[date:Wed 12/03/25]]
        | Time | Caller | Issue | Action | Status |
        |---|---|---|---|---|
        | 09:20 | [[name:Leanne]] ({{respite foster carer}}) | [[name:Finley Marsh]] ([[age:11]]) {{hoist}} not working | {{OT}} duty told | done |
        | 11:45 | {{dad}} of [[name:Aisha Begum]] | {{PA}} cancelled tonight, no cover | VM left, not returned | MISSED |
        | 13:10 | {{school nurse}}, [[organisation:Oakhill Academy]] | bruising query | passed to {{MASH}} | done |

        Incident: [[name:Aisha]]'s dad rang again at 17:55 after we had gone; {{EDT}} picked up. Mum and dad managed alone overnight with [[name:Aisha]] on {{oxygen}}. The 11:45 call was written on the sheet but not allocated when [[name:Precious]] went into a strategy meeting. Learning: every call gets an owner's initials before the sheet moves on.
        [[name:PW]], duty {{senior practitioner}}
    """)),
    ("social_care", "success", block("""
        [[date:18/07/2024]], 16:02 - [[name:Siân Roberts]]: anyone near [[address:Hollins Lane]]? [[name:Blessing Okoro]]'s {{PA}} has left mid-shift, {{mum}} stuck at work till 7
        16:04 - [[name:Mo]]: im at [[organisation:Brookfield]] for a review, 10 mins away
        16:05 - [[name:Siân Roberts]]: legend. [[name:Blessing]] has {{Down syndrome}} and {{type 1 diabetes}}, {{insulin}} due at 5, pen in the fridge, {{care plan}} on the kitchen door
        16:31 - [[name:Mo]]: here, she's fine, watching telly. {{blood sugar}} 7.2
        17:05 - [[name:Mo]]: insulin done by [[name:Blessing]] herself with me supervising per plan
        19:12 - [[name:Siân Roberts]]: mum home. [[organisation:Larchwood]] can do emergency {{short breaks}} cover tomorrow
        19:13 - [[name:Siân Roberts]]: honestly team this is why we do it 💛
    """)),
    ("social_care", "incident", prose("""
        In {{October}} the {{direct payments}} finance team sent a recovery letter to Ms
        [[name:Latoya Campbell]] for a £3,840 {{overpayment}} on account
        [[case_reference:DP-0037745]], held for her son [[name:Jermaine]] ([[age:14]]), with a
        28-day deadline and a warning about {{debt recovery}}. The surplus had built up because
        [[name:Jermaine]] was in hospital for six weeks and his {{personal assistants}} were not
        working. Ms [[name:Campbell]] rang the {{allocated social worker}},
        [[name:Ewa Zielińska]], in distress and said she had not slept. The letter was generated
        automatically from the {{quarterly reconciliation}} and nobody checked the child's
        circumstances first. The {{team manager}} paused the recovery the same day, apologised
        in person on [[date:6 November 2024]] and agreed the surplus could stay as a contingency
        for the PA retainer. Learning: recovery letters over £1,000 now go to the allocated
        worker to review before they are sent, and the template has been rewritten with the
        {{parent carer forum}}.
    """)),
    ("social_care", "near_miss", prose("""
        near miss - sling. went to [[name:Ellie-Mai]]s house with [[name:danuta]] from {{OT}}
        on {{tues}} for the {{hoist}} review at [[address:9 Brindle Way]] [[postcode:WF10 3DX]].
        {{PA}} ([[name:kerry]]) had been using the medium {{sling}} from the old {{loan store}}
        delivery, [[name:ellie-mai]] is a large now since her {{spinal surgery}}. [[name:danuta]]
        spotted it before the transfer, hoist not used. [[name:kerry]] said nobody told her the
        sizing changed + the {{moving and handling plan}} in the folder is from 2022. no harm.
        actions: OT swapping sling today, new plan, PA training booked thru the
        {{direct payments}} training budget. [[name:rb]]
    """)),
    ("social_care", "success", block("""
        Debrief - emergency {{short breaks}} placement, [[date:Sunday 2 February]]
        Attended: [[name:Ade]] ({{EDT}}), [[name:Liv Thorsen]] ([[organisation:Larchwood House]] manager), [[name:Nkechi]] (allocated SW)

        What happened: {{mum}}, [[name:Parveen Akhtar]], was admitted to hospital after a fall. Her son [[name:Imran]] ([[age:15]], {{autism}}, non-verbal) has no other carer at home. EDT rang [[organisation:Larchwood]] at 21:10; bed ready by 22:30.
        Went well: the {{emergency plan}} on {{Mosaic}} had his {{communication passport}}, his safe foods and the fact he needs the landing light on. Staff had his {{PECS}} book by bedtime. [[name:Imran]] slept.
        Could be better: the plan had an old number for his aunt ([[phone:07700 900 263]]); correct number is [[phone:+44 7700 900781]].
        Action: check emergency contacts at every {{CIN review}} ([[name:Nkechi]] to add to the template).
    """)),
    ("social_care", "incident", block("""
        From: [[email:payroll@paylinkpayroll.co.uk]]
        To: [[email:dpsupport@harrowmere.gov.uk]]
        Date: [[date:28 Feb 2025]]
        Subject: RE: NI mismatch - employer [[name:Farah Siddiqui]]

        Hi [[name:Kamil]],

        Following up on [[name:Farah]]'s call. Her {{personal assistant}}, [[name:Chiamaka Eze]], was set up on our system on [[date:06/01/2025]] with NI number [[ni_number:SN 73 55 10 B]]. The correct number is [[ni_number:SN735501B]] - digits transposed when we keyed it from the {{starter checklist}}. Two {{RTI}} submissions went to {{HMRC}} against the wrong record, so [[name:Chiamaka]]'s {{Universal Credit}} didn't see her earnings and she's now been told she was overpaid.

        We've sent corrected {{FPS}} submissions today and a letter for her {{work coach}}. We're adding a second-person check on NI numbers at set-up. Apologies to [[name:Farah]] and [[name:Chiamaka]].

        [[name:Dev]]
        [[name:Devendra Patil]] | {{Payroll Team Leader}} | [[organisation:Paylink Payroll Ltd]] | [[phone:0161 496 0138]]
    """)),
    ("social_care", "success", prose("""
        Forwarded by [[name:Bex]] to the team inbox: "Dear [[name:Nkechi]], just wanted to say
        thank you for everything this year. When [[name:Alfie]] got his diagnosis we were
        drowning and didn't know what {{direct payments}} even were. You explained it all at
        our kitchen table, helped us find [[name:Lauren]], our brilliant {{PA}}, and sorted the
        {{DBS}} and the {{employer's liability insurance}}. [[name:Alfie]] now goes swimming every
        {{Saturday}} with [[name:Lauren]] and laughs the whole way home. Our
        {{carer's assessment}} was the first time anyone asked how I was doing. Love from
        [[name:Gemma]], [[name:Darren]] and [[name:Alfie]] x" [[name:Nkechi]] asked for it to go
        on the {{compliments}} log and in the {{Ofsted}} evidence folder.
    """)),
    ("social_care", "incident", prose("""
        {{Home to school transport}} incident, [[date:19/09/2024]].
        [[name:Theo Bamidele-Clarke]] ([[age:8]], non-verbal, {{wheelchair user}}) was collected
        from {{respite}} at [[organisation:Larchwood House]] by the contracted minibus
        [[vehicle_registration:YX19 KDF]]. The {{passenger assistant}} was off sick and the driver
        did the run alone, which the contract does not allow. At
        [[organisation:Brookfield Special School]] the driver unloaded two other children and
        drove back to the depot with [[name:Theo]] still strapped in at the back. He was found at
        9:50 by a mechanic, hot and distressed. School had marked him absent but had not phoned
        home, because respite nights are recorded on a different system. {{Mum}}
        ([[name:Shauna Clarke]]) was told by the {{social worker}}. Referred to the {{LADO}} and
        {{passenger transport}}; operator suspended from the route. Learning: school to ring on
        every unexplained absence for children on {{short breaks}}.
    """)),
    ("social_care", "near_miss", block("""
        DP audit sample - Q3 - checked by [[name:A. Olaniyan]]
        | Account | Child | PAs | Issue | RAG |
        |---|---|---|---|---|
        | [[case_reference:DP-0040118]] | [[name:M.K.]] | 2 | receipts missing Aug | {{amber}} |
        | [[case_reference:DP-0040255]] | [[name:Lily-Rose Fenwick]] | 1 | none | {{green}} |
        | [[case_reference:DP-0040301]] | [[name:Ibrahim S]] | 1 | PA is [[name:Nadia]], older sister, same address | {{red}} |

        Near miss: paying a relative who lives in the same household needs a {{relative exception}} signed off by the {{head of service}}. There was no exception form on file for [[name:Nadia]] and her first payroll run was due [[date:30 October]]. Found at audit two days before. Payroll held, exception agreed after review on [[date:1 Nov]], paid late with apology.
        Learning: the {{DP set-up checklist}} now asks "does the PA live at the same address?"
    """)),
    ("social_care", "success", prose("""
        Supervision note (reflective), [[name:Jas]] with [[name:Marisol]],
        [[date:11/04/2025]]. [[name:Jas]] talked through the [[name:Kowalski]] family. {{Dad}}
        had refused every visit for months and was angry about the {{direct payments}} cap.
        Using {{Signs of Safety}} mapping at the kitchen table, with his own words on the sheet,
        changed the tone: he named what was working (his mum helps with bedtime,
        [[name:Kuba]]'s {{PA}} is brilliant) and what worried him (no sleep,
        [[name:Kuba]]'s {{self-injury}} at night). [[name:Jas]] took the {{scaling question}}
        back to the {{resource panel}} and got night support agreed through
        {{Continuing Care}} with the {{ICB}}. Reflection: the anger was exhaustion.
        [[name:Marisol]] noted the family feedback form: "first worker who wrote down what I
        actually said". Good practice to share at the next team meeting.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        TIMELINE - home birth, [[name:Leah Brennan]] (G2P1), [[address:42 Saltmarsh Road, Kelbrook]] [[postcode:BB8 4TW]]
        NHS no: [[nhs_number:441 118 5652]]   Date: [[date:14/05/2024]]
        02:10 Call to {{community midwife}} on call, [[name:Ngozi Eze]]. SROM, contracting 3:10.
        02:55 [[name:Ngozi]] arrives. 6 cm. Calls {{second midwife}}.
        03:40 [[name:Bryony Tate]] (2nd MW) arrives.
        04:22 Girl born in the {{birth pool}}. {{Apgars}} 9 and 10.
        04:30 {{Physiological third stage}} as per birth plan.
        04:58 Placenta delivered. EBL 600 ml and still bleeding.
        05:01 {{Syntometrine}} IM. {{Bimanual compression}}. 999 called.
        05:19 Ambulance ETA 40 mins ({{category 2}}). Re-triaged after [[name:Bryony]] rang back with EBL 1200 ml.
        05:44 {{Paramedics}} arrive. IV access, {{tranexamic acid}}.
        06:30 Arrives [[organisation:Kelbrook General]] {{labour ward}}. Total EBL 1800 ml, 2 units.
        Learning: the first 999 call was coded "postnatal bleeding" with no volume given. Use the {{obstetric emergency}} script with numbers on the first call.
    """)),
    ("health", "near_miss", prose("""
        near miss [[date:4/12]] - did the {{home birth kit}} check before going out to
        [[name:amira]] at [[address:Flat 3, 18 Cobden St]] and the {{Entonox}} cylinder was
        reading nearly empty tho the tag said full + signed by [[name:DK]] on the 1st. swapped
        it at the hub. if id not looked wed have had a woman in active labour with no
        {{gas and air}} at 3am and an hour from the {{birth centre}}. [[name:DK]] says she checked
        the tag not the {{gauge}}. no blame, its how weve all been doing it. asking for the
        {{kit checklist}} to say read the gauge and for {{the gas supplier}} to swap cylinders on
        a schedule. [[name:steph]] {{Band 6}} community MW, [[organisation:Orchard Team]]
    """)),
    ("health", "success", prose("""
        #LearningFromExcellence - huge shout-out to [[name:Marta Kowalczyk]] and
        [[name:Abi Oyelaran]] from the [[organisation:Meadowside community midwives]] for the home
        birth on [[date:Tuesday 9 July]]. The head was born and then nothing:
        {{shoulder dystocia}} on a bedroom floor. [[name:Marta]] called it, [[name:Abi]] rang 999
        and read out the {{HELPERR}} prompts while they did {{McRoberts}} and
        {{suprapubic pressure}}; baby delivered in under two minutes. They started
        {{newborn resuscitation}} with the {{bag-valve-mask}} they had checked that morning and
        got a good cry by three minutes. {{Dad}} said afterwards they were "calm as anything".
        Both did {{PROMPT}} training in {{March}}. Please share at the {{safety huddle}}.
        [[name:Hel]] ({{Matron}}, community)
    """)),
    ("health", "incident", block("""
        Datix ref: [[case_reference:W-104882]]
        Incident date: [[date:22/10/2024]]
        Reporter: [[name:Yetunde Alabi]], {{community midwife}}
        Category: {{Newborn blood spot}} - patient identification

        Description: Day 5 {{blood spot}} taken at home for baby of [[name:Efua Osei]] (baby DOB [[date_of_birth:17/10/2024]]). Card labelled with {{mum}}'s NHS number ([[nhs_number:613 252 6552]]) instead of baby's ([[nhs_number:550 008 7991]]) because the {{BadgerNet}} printout in the notes only showed mum's. The {{newborn screening lab}} rejected the card on [[date:25/10/2024]]; repeat taken day 9, so {{PKU}} and {{CHT}} results came 4 days later than they should. No harm.

        Contributory factors: baby's NHS number not on the printed summary; {{baby labels}} not given at discharge from [[organisation:Rowan Ward]].
        Action: {{postnatal ward}} to send baby labels home; midwives to check the number against the {{red book}}.
    """)),
    ("health", "incident", block("""
        From: [[name:Rosalind Achterberg]]
        Sent: [[date:03 March 2025]] 08:47
        To: Community Midwifery Managers
        Cc: {{Risk midwife}}
        Subject: Home birth [[date:01/03]] - no second midwife at birth

        Morning both,

        Writing this up while it's fresh. I was first on call for the [[organisation:Willowbrook Team]] on {{Saturday}} night. Called to [[name:Shreya Mistry]] at 01:30, fast labour. I tried the {{second on call}} ([[name:Kat]]) three times from 01:50; the {{rota}} had her as [[phone:07700 900 566]] but she changed phones in {{January}}. The {{delivery suite coordinator}} had no backup list and no {{maternity support worker}} was free. Baby born 02:25 with only me there. Mum and baby well.

        What I'd change: rota to pull numbers from {{Healthroster}}, not a spreadsheet; coordinator to hold a second contact for each person on call.

        [[name:Ros]]
        [[name:Rosalind Achterberg]], {{Band 7}} Team Leader
        [[phone:01632 960 144]]
    """)),
    ("health", "success", block("""
        [[date:08/02/2025]], 21:14 - [[name:Gosia]]: [[name:Keisha Grant]] contracting, lives top of [[address:Windy Bank]] and the road's shut with snow 😬
        21:15 - [[name:Tash]]: I've got the 4x4 tonight, [[vehicle_registration:LN68 WZP]], can grab kit from the hub
        21:17 - [[name:Gosia]]: amazing. {{Entonox}} and {{PPH box}} both checked today
        21:20 - [[name:Femi]]: rang {{the ambulance service}}, they've put a {{flag}} on the address and said call early not late
        21:22 - [[name:Gosia]]: [[name:keisha]] happy to transfer if needed, it's in her {{birth plan}}
        22:48 - [[name:Tash]]: both there. 7cm, all fine
        01:36 - [[name:Tash]]: baby boy born 01:20 🎉 {{skin to skin}}, {{physiological third stage}}, {{perineum}} intact
        01:38 - [[name:Hollie]] (coordinator): brilliant teamwork 👏 please do a {{learning from excellence}} form
    """)),
    ("health", "near_miss", block("""
        COMMUNITY MIDWIFERY HANDOVER - [[organisation:Orchard Team]] - [[date:Mon 17 June]]
        | Woman | Gest/Day | Plan | Notes |
        |---|---|---|---|
        | [[name:S. Bakr]] | 39+2 | {{home birth}} | {{GBS}} pos, {{IV antibiotics}} declined, informed choice documented |
        | [[name:Hope Adeyemi]] | Day 3 PN | visit today | {{jaundice}} check, BF going well |
        | [[name:Carys Llewellyn]] | 40+5 | {{membrane sweep}} today | allergy - NOT on handover or {{BadgerNet}} alerts |

        Near miss: [[name:Carys]]'s allergy (anaphylaxis to {{co-amoxiclav}} in 2019) was only in the paper booking notes. If she had laboured at home with prolonged {{SROM}} we could have given {{benzylpenicillin}}. Picked up by [[name:Obi]] reading the full notes before the sweep. Alert added on {{BadgerNet}} the same day by [[name:OM]].
    """)),
    ("health", "incident", prose("""
        On [[date:2 August 2024]] a {{community midwife}} on a postnatal visit at
        [[address:11 Larkspur Close]], [[postcode:LS25 6HB]] gave {{vitamin K}} by
        {{intramuscular injection}} to [[name:Noah]], the [[age:2 days old]] son of
        [[name:Beatrix Ferreira-Lund]]. His parents had declined the injection at birth and chosen
        the {{oral course}}, which was recorded on the {{birth plan}} but not on the
        {{postnatal care plan}}. {{Mum}} challenged it straight away. The midwife,
        [[name:Daniela Rossi]], apologised, stayed with the family and reported it herself.
        [[name:Noah]] came to no harm, but the parents' trust was shaken and they complained to
        {{PALS}}. The review found the {{consent}} decision was not carried forward when care moved
        from the birth record to the postnatal record, and the handover template has no field
        for it. [[name:Daniela]] was supported, not blamed. Learning: consent status for vitamin
        K is now its own field on the postnatal record and is checked aloud before any injection.
    """)),
    ("health", "success", block("""
        HOT DEBRIEF - home birth [[date:27/11/24]], 15:40
        Present: [[name:Ife]] (MW1), [[name:Connor McBride]] (MW2), {{paramedics}} [[name:Wayne]] and [[name:Siobhan]]

        What happened: baby born floppy, no respiratory effort, {{meconium}}-stained liquor. Five {{inflation breaths}}, then {{ventilation breaths}}; heart rate above 100 by 2 mins, breathing by 4 mins. Transferred with mum to [[organisation:Kelbrook General]] {{NICU}}; home day 3, well.
        Went well: {{NLS}} algorithm said out loud; [[name:Connor]] kept time; paramedics joined without taking over; {{SBAR}} handover to the neonatal reg by phone at 16:02.
        Even better if: the {{sats probe}} was at the bottom of the bag and took 2 mins to find. [[name:Ife]] to standardise bag layout across the teams.
    """)),
    ("health", "incident", block("""
        [[name:Aaliyah Noor]] 03:12
        at [[address:5 Mill View]] but nobody here?? house dark
        [[name:Chris Pemberton]] 03:13
        thats what's on {{BadgerNet}} for [[name:Daisy Whitlock]]
        [[name:Aaliyah Noor]] 03:15
        rang her {{partner}}. they moved 3 weeks ago to [[address:Flat 12, Mill View Court]], other side of town. 20 mins. she's pushing
        [[name:Chris Pemberton]] 03:15
        calling 999 for you now
        [[name:Aaliyah Noor]] 03:41
        baby born 03:34 with {{paramedics}} before i got there. both ok. {{3rd stage}} with me
        [[name:Chris Pemberton]] 03:44
        ffs. [[name:Daisy]] told {{antenatal clinic}} at 36 wks and they updated {{PAS}} not BadgerNet. datixing it now
    """)),
    ("health", "near_miss", block("""
        Community Midwifery {{Governance}} meeting - minutes
        [[date:Wednesday 5 March 2025]], [[organisation:Kelbrook Community Hub]]
        Present: [[name:Hel Barraclough]] ({{Matron}}), [[name:Rosalind Achterberg]], [[name:Ngozi Eze]], [[name:Priyanka Raman]] ({{pharmacy}}), [[name:Lowri Evans]] ({{risk}})

        Item 3 - near miss: {{syntometrine}} in a [[organisation:Meadowside]] {{home birth bag}} found two months out of date at audit on [[date:24/02/25]]. Not used, but the bag had been to four births since it expired. [[name:Priyanka]] reminded the group syntometrine must be kept at 2-8°C and the bags live in cars, so the {{cold chain}} can't be shown either.
        Agreed: {{pharmacy}} to supply sealed drug pouches with {{expiry tags}}, swapped monthly from the hub {{fridge}}.
        Actions: PR - pouch design by [[date:2 April]]. LE - audit all bags this week.
    """)),
    ("health", "success", block("""
        From: [[email:kwame.and.tola@outlook.com]]
        To: [[email:kelbrook.communitymidwives@nhs.net]]
        Subject: Thank you!!

        Hi all,

        We wanted to say a massive thank you to [[name:Bryony]] and [[name:Mags]] who looked after us when our son [[name:Kofi]] was born at home on [[date:New Year's Day]]. After losing our first baby we never thought we'd feel safe having a {{home birth}}, but from the {{booking appointment}} [[name:Bryony]] listened. The {{birth plan}} she wrote with us covered everything, even what to do if I panicked. On the night [[name:Mags]] put our playlist on and dimmed the lights, and when [[name:Kofi]] needed a bit of help with his breathing they were so calm I didn't realise until afterwards. The visit from the {{bereavement midwife}} in the {{postnatal}} weeks meant a lot too. Please pass this on to their managers.

        [[name:Tola]] and [[name:Kwame]] (and [[name:Kofi]], [[age:6 weeks]])
        [[phone:07700 900 932]]
    """)),
    ("health", "incident", prose("""
        lone worker incident. [[date:sun 19th jan]] approx 23:50 my car
        ([[vehicle_registration:BK17 XHN]]) broke down on the moor road coming back from a
        {{home birth}} at [[address:Top Farm, Hebble Lane]]. no signal. {{lone worker device}}
        was flat bc the {{charging dock}} at the hub has been broken since before xmas. walked
        25 mins to a pub to phone. nobody knew where i was - {{coordinator}} thought id gone
        home. [[name:jen]] finally answered the on call phone [[phone:07700900345]] at 00:40.
        im fine but it could have been v different, -3 and icy. please sort the dock and make
        the {{buddy system}} actually happen at night. also the {{Skyguard}} escalation still
        goes to a manager who left in oct. [[name:Noreen]] ({{community MW}})
    """)),
    ("health", "incident", block("""
        SBAR - escalation to {{obstetric registrar}}, [[date:12/06/2024]] 14:05
        S: [[name:Marisa Teixeira]], [[age:31]], G1, 38+4, {{home birth}} planned. NHS [[nhs_number:4579450558]]. {{SROM}} 05:00, clear liquor, not contracting.
        B: {{GBS}} grown on vaginal swab at 35 wks (result on {{ICE}} [[date:20/05/2024]]) but never filed into {{BadgerNet}}; told "no risk factors" at 36 wk appt.
        A: 9 hrs post SROM, GBS positive, no {{IV antibiotics}}. Obs normal, temp 37.1.
        R: advised transfer to [[organisation:Kelbrook General]] for {{benzylpenicillin}} and {{induction}}. Accepted.
        [[name:Fatou Sow]], community MW, [[phone:07700 900 611]]
        Learning: swab results in ICE aren't flagged to the community team, it relies on someone looking. Raised as an incident.
    """)),
    ("health", "near_miss", block("""
        {{Maternity triage}} call log - [[date:30/08/2024]]
        22:41 Caller [[name:Agnieszka Wójcik]], DOB [[date_of_birth:13/04/1996]], 41+1, {{home birth}} booked with [[organisation:Willowbrook Team]]. Contracting 2:10 since 20:00.
        Says she's been ringing "the team number" [[phone:01632 960 377]] for 40 mins, no answer. That was the old {{team mobile}}, switched off in {{July}} but still printed on the front of her {{handheld notes}}.
        22:44 Triage MW [[name:Dot]] contacts on-call MW [[name:Beth Amankwah]], who rings her back 22:47.
        23:30 [[name:Beth]] with her. Baby born at home 04:10, no harm.
        Near miss: if she'd waited longer she could have been alone in {{advanced labour}}. Handheld notes reprinted with the {{triage}} number; checked the 38 other women on the caseload, 6 had the old number.
    """)),
    ("health", "success", prose("""
        Learning from excellence nomination for [[name:Rhiannon Pugh]], community midwife,
        [[organisation:Meadowside community midwives]]. [[name:Mebrat Tesfay]] ([[age:24]]) speaks
        {{Tigrinya}} and very little English, and wanted a {{home birth}}. [[name:Rhiannon]] booked
        the same female {{interpreter}}, [[name:Senait]], for every {{antenatal}} appointment so
        there was trust, and set up a {{video interpreter}} on the team tablet for labour. When
        [[name:Mebrat]] went into labour at 3am at [[address:23 Coronation Terrace]],
        [[name:Senait]] joined by video within ten minutes and stayed for the birth, so
        [[name:Mebrat]] could give {{informed consent}} about {{cord clamping}},
        {{vitamin K}} and the {{newborn examination}} in her own language. She said it was the
        first time in the UK she felt listened to. Please spread: interpreters booked as a
        named person, not "whoever is free".
    """)),
    ("health", "incident", block("""
        IG incident - notes stolen from car
        [[date:Thu 10/10/2024]]
        17:30 [[name:Kirsty Macdonald]] (CMW) parks at [[organisation:Tanyard Medical Practice]], [[postcode:BB4 6QF]], for {{antenatal clinic}}.
        19:10 Returns to her car ([[vehicle_registration:PF21 OYT]]): rear window smashed, {{diary}} and two sets of {{handheld notes}} gone.
        19:15 Reported to {{police}}, crime ref [[case_reference:LC-24-118734]].
        19:40 Rings {{on-call manager}} [[name:Hel Barraclough]].
        [[date:11/10/2024]] 09:00 Both women contacted: [[name:Naomi Achebe]] (NHS [[nhs_number:507 494 1342]]) and [[name:Zofia Nowicka]] (NHS [[nhs_number:995 477 0364]]). New notes issued.
        The diary held initials and addresses for 11 women; all told. Reported to the {{DPO}}; {{ICO}} notified within 72 hours.
        Learning: notes in a locked {{notes bag}} in the boot, never on the seat; move to the {{digital diary}} on work phones.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        AIR SAFETY REPORT  [[case_reference:ASR-2024-0917]]
        Flight: [[flight_number:SKH2231]] BHX-PMI   Date: [[date:16 AUG 2024]]
        A/C: [[aircraft_registration:G-SKHD]] {{A320}}
        Reporter: [[name:Priya Venkataraman]], {{load controller}}, [[organisation:Skyhaven Airways]]

        Narrative: {{final loadsheet}} issued with all 174 pax in the default zone distribution. The gate had seated a group of 38 in rows 1-7 after a {{seat plan}} change, so the real {{CG}} was further forward than shown. {{Trim}} still within limits on recalculation, but the {{stab trim}} set by the crew was for the loadsheet figure. {{The captain}} reported a heavy nose on rotation.
        Cause: seat changes made in the {{DCS}} at the gate did not feed back to load control; I issued on the booked distribution.
        Mitigation: {{LMC}} check now includes a zone shift; gate to call load control when more than 10 pax move.
    """)),
    ("aviation", "near_miss", block("""
        {{ACARS}} log - [[flight_number:SKH1846]] / [[aircraft_registration:G-SKHB]] - [[date:03NOV24]]
        0612Z OPS>ACFT: FINAL {{LOADSHEET}} ZFW 61230 TOW 67450 PAX 168
        0614Z ACFT>OPS: ZFW 1430 ABOVE OFP. NO CARGO ON OUR DOCS. PLS CHECK
        0619Z OPS>ACFT: CONFIRMED ERROR. CARGO 1430 BELONGS [[flight_number:SKH1864]]. REVISED LDS TO FOLLOW
        0624Z OPS>ACFT: REVISED LOADSHEET ZFW 59800 TOW 66020 [[name:TL]]
        0625Z ACFT>OPS: RCVD TKS

        Comment ([[name:Tomasz Lewandowski]], {{load control}}): the {{cargo manifest}} for [[flight_number:SKH1864]] to FAO was keyed against [[flight_number:SKH1846]]. The numbers differ by two swapped digits and both left within 10 minutes. {{The captain}}'s {{gross error check}} against the {{OFP}} caught it. Suggest a {{DCS}} warning when cargo is added to a flight with nil {{cargo booking}}.
    """)),
    ("aviation", "success", prose("""
        Big thanks to [[name:Ewan]] on the dispatch desk on [[date:Friday 24th]].
        [[aircraft_registration:G-SKHF]] came out of the hangar with an {{MEL}} item on the
        {{APU}}. [[name:Ewan]] read the whole {{(O) procedure}} rather than just the fuel
        penalty and saw it needs {{ground power}} and an {{air start unit}} at every stop, which
        our outstation at Chania doesn't have at night. He swapped
        [[aircraft_registration:G-SKHF]] onto the UK-only rotation and put
        [[aircraft_registration:G-SKHA]] on [[flight_number:SKH744]], with the crew briefed and
        the {{OFP}} reissued before report time. That almost certainly saved an {{AOG}} abroad
        and 180 passengers stuck overnight. [[name:Dami Oladipo]], {{Duty Ops Manager}},
        {{OCC}}
    """)),
    ("aviation", "incident", block("""
        Chronology - {{dangerous goods}} carried without {{NOTOC}}, [[flight_number:SKH508]] EMA-ALC, [[date:07/06/2024]]
        0540 Cargo accepted at [[organisation:Midshires Cargo Handling]]: 2 boxes {{UN3481}} lithium ion batteries packed with equipment, {{PI 967}}.
        0615 {{Load instruction}} issued by [[name:Rhys Pritchard]] ({{load control}}) with no DG code: the acceptance checklist was scanned but the DG line was not keyed into the {{DCS}}.
        0650 Loaded hold 4. {{NOTOC}} not produced; {{the captain}} not told.
        0710 Departed [[aircraft_registration:G-SKHC]].
        0955 At ALC the ramp agent, [[name:Marco Ibáñez]] ([[organisation:Costa Ramp Services]], [[phone:+34 965 000 412]]), sees DG labels while offloading and calls our {{OCC}}.
        1030 {{MOR}} submitted to {{the CAA}}.
        Learning: DCS will not release the {{LIR}} while an accepted DG item has no NOTOC entry.
    """)),
    ("aviation", "near_miss", block("""
        [[name:Sunita]] 14:02: heads up [[flight_number:SKH317]] now on [[aircraft_registration:G-SKHJ]] not [[aircraft_registration:G-SKHE]], {{tail swap}} for tech
        [[name:Gaz]] 14:20: LS for 317 out in 5
        [[name:Mei Ling]] 14:23: [[name:gaz]] the {{DOW}} on your draft is 42,310. thats the old one. [[aircraft_registration:G-SKHJ]] is the 186 seater, should be 42,655
        [[name:Gaz]] 14:24: oh no. {{DCS}} didnt update the reg, i built it on the old aircraft
        [[name:Mei Ling]] 14:24: np, caught it. redo and ill do the {{independent check}}
        [[name:Gaz]] 14:31: reissued. {{trim}} moves 1.2% {{MAC}}, still in the {{envelope}}
        [[name:Sunita]] 14:33: raising a {{near miss}} - a tail swap message from {{OCC}} doesnt auto update the DCS
    """)),
    ("aviation", "success", block("""
        Debrief - [[flight_number:SKH2090]] diversion, [[date:19 Dec 2024]]
        Attendees: [[name:Olamide Bankole]] ({{flight dispatcher}}), [[name:Fraser Kinnear]] ({{Duty Ops Manager}}), Capt [[name:Juliet Harcourt]], [[name:Siobhán Ní Mhurchú]] (ground ops)

        What went well:
        - [[name:Olamide]] saw the {{TAF}} for destination trending to fog at ETA and added 800 kg {{discretionary fuel}} before the crew asked.
        - {{Alternate}} handling and two coaches booked by [[name:Siobhán]] while the aircraft was still holding.
        - [[name:Fraser]] checked {{FDP}} early so the crew could fly the positioning sector next morning within limits.
        - Clear {{ACARS}} messages; {{the captain}} said she never had to ask twice.
        Even better if: the pax text message went out 40 mins after landing, not before.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Declan Hoare]] <[[email:declan.hoare@skyhavenair.co.uk]]>
        To: [[email:safety@skyhavenair.co.uk]]
        Date: [[date:Tue 11 Feb 2025]] 19:20
        Subject: own report - OFP built on full runway length

        I dispatched [[flight_number:SKH622]] ([[aircraft_registration:G-SKHL]]) this morning. A {{NOTAM}} shortened the departure runway by 400 m for works from 0600. It was on page 9 of the {{NOTAM package}} and I missed it, so the {{OFP}} and {{take-off performance}} were planned on full length. The crew spotted it in their {{EFB}} briefing and recalculated; we had to take off 1,100 kg of cargo and the flight left 48 minutes late.

        I think the package is too long to read properly on a busy wave. Could runway and {{aerodrome}} NOTAMs be pulled to the top?

        [[name:Declan]]
        [[name:Declan Hoare]] | {{Flight Dispatcher}} | OCC, [[organisation:Skyhaven Airways]]
        [[phone:+44 1632 960812]]
    """)),
    ("aviation", "near_miss", prose("""
        quick one for the log. [[flight_number:SKH1402]] tonight, {{loadsheet}} showed 0 INF but
        the gate boarded 3 {{lap infants}}. caught by the {{SCCM}} [[name:Bex]] on her headcount,
        183+3 v 183+0. not a big weight issue but {{infant life jackets}} and
        {{infant loop belts}} get loaded off the loadsheet numbers and we only had 2 extension
        belts on. {{catering}} sent one more out before doors closed, no delay. cause: infants
        added to an online booking after {{DCS}} close didnt come thru to the {{LIR}}.
        [[name:Bex]] says shes had this twice before. can we get the infant count re-pulled
        at {{final close}}? [[name:kj]] load control
    """)),
    ("aviation", "success", block("""
        {{Load Control}} Safety Action Group - minutes
        [[date:14/01/2025]] 10:00, Ops Building 2, [[organisation:Skyhaven Airways]]
        Present: [[name:Hamid Rezaei]] (chair), [[name:Priya Venkataraman]], [[name:Tomasz Lewandowski]], [[name:Ciara Ní Bhriain]] ({{ground ops}}), [[name:Bola Adekunle]] ({{Safety}})

        1. {{LMC}} read-back trial: six weeks of the new verbal read-back between the {{dispatcher}} and the flight deck. Zero LMC errors against five in the same period last year. [[name:Priya]] thanked all crews for sticking with it.
        2. [[name:Ciara]]'s ramp team now photograph every {{hold}} before doors close; two wrong-hold loads spotted and fixed before departure.
        3. [[name:Bola]]: both items to go in the next {{safety bulletin}}.
        Actions: roll out to outstations ([[name:H.R.]]); brief {{cabin crew}} on LMC timing ([[name:TL]]).
    """)),
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-SKHK]] - sector [[flight_number:SKH903]] - page [[case_reference:TL 0088421]]
        Date: [[date:22/07/24]]
        Defect: FWD {{cargo door}} lower sill dented approx 6 cm, seal torn. Found on walkround after loading.
        Action: inspected IAW {{SRM}}, outside limits. A/C {{AOG}}. Sill repaired, seal replaced. {{CRS}} issued [[name:R. Balogun]] 23:10.
        ---
        Ramp note ([[name:Kyle Brennan]], {{turnaround coordinator}}): the {{belt loader}} came in with no {{banksman}} and hit the sill. Driver three weeks in and not yet signed off on solo approaches. 4 hr delay, 167 pax. Load control had to reissue the {{loadsheet}} after bags were moved to the aft hold.
        Learning: two-person approach for all new belt loader drivers.
    """)),
    ("aviation", "incident", block("""
        RTF transcript extract, [[date:09/05/2024]], {{London Control}}
        0814:32 LON: [[flight_number:Skyhaven 2471]] climb FL230
        0814:36 [[flight_number:SKH2417]]: climb FL230, [[flight_number:Skyhaven 2471]]
        0814:40 LON: negative [[flight_number:Skyhaven 2417]], maintain FL190. [[flight_number:Skyhaven 2471]] climb FL230
        0814:45 [[flight_number:SKH2471]]: climbing FL230, [[flight_number:Skyhaven 2471]]

        Note ([[name:Kwabena Asante]], {{ops planning}}): [[flight_number:SKH2417]] had already left FL190 and reached FL198 before it stopped; {{ATC}} kept separation and no {{TCAS}} alert. {{MOR}} filed. Both flights were in the same departure wave from BHX with near-identical callsigns. Our schedule build has no {{callsign similarity}} check. From the summer schedule we will use alphanumeric callsigns for flights in the same wave.
    """)),
    ("aviation", "near_miss", block("""
        DISPATCH HANDOVER - nights to earlies - [[date:05/03/25]]
        | Flight | A/C | Status | Note |
        |---|---|---|---|
        | [[flight_number:SKH171]] | [[aircraft_registration:G-SKHM]] | +2h tech | crew {{FDP}} ends 1140Z |
        | [[flight_number:SKH233]] | [[aircraft_registration:G-SKHP]] | on time | {{slot}} 0720Z |
        | [[flight_number:SKH415]] | [[aircraft_registration:G-SKHR]] | on time | {{MEL}} 21-xx, fuel added |

        Near miss: [[flight_number:SKH171]] with a 2h delay would land at 1205Z, past the crew's max FDP. Nights had not spotted it. [[name:Anjali]] on earlies worked it through at 0515 and called {{crew control}} for the {{standby crew}}, who reported in time. Otherwise we'd have relied on {{commander's discretion}} for a known delay.
        Action: {{FTL}} check column added to this sheet. [[name:AK]]
    """)),
    ("aviation", "success", prose("""
        To the load control team, and especially [[name:Mei Ling Chua]] on nights. On
        [[date:31 Oct]] I had a late {{LMC}} on [[flight_number:SKH1290]]
        ([[aircraft_registration:G-SKHT]]): 15 extra pax off a cancelled flight and 400 kg of
        mail. [[name:Mei Ling]] rang the flight deck herself, read the figures back, and had
        already worked out that the change would take us over {{MZFW}}. She suggested we leave
        the mail rather than passengers and had the {{ramp}} and {{the dispatcher}} lined up
        before I'd finished my {{walkround}}. New {{loadsheet}} in six minutes, no delay, no
        pressure. That is what good {{CRM}} looks like from the ground. Thank you. Capt
        [[name:Olu Sanyaolu]]
    """)),
    ("aviation", "incident", prose("""
        On [[date:27 September 2024]] [[name:Gareth Pryce-Jenkins]], [[age:52]], travelled on
        [[flight_number:SKH1120]] with his {{powered wheelchair}}. The booking had the
        {{WCHC}} code but the chair was entered as a standard 20 kg mobility aid; it weighs
        148 kg with its {{lithium battery}}. Load control were not told, so the {{LIR}} put it
        in hold 5, where the floor limit was nearly reached with bags. The ramp team moved it
        to hold 4 at the last minute, tipping it and snapping the joystick mount. At
        destination [[name:Gareth]] waited 70 minutes and then left the airport in a manual
        chair that didn't fit him. The {{special assistance}} form and the {{DCS}} don't talk to
        each other; weights for {{PRM}} equipment are never checked against the {{loadsheet}}.
        He has had an apology and a repair. Learning: PRM mobility aids over 60 kg go to load
        control at booking.
    """)),
    ("aviation", "success", block("""
        [[date:12/08/2024]], 05:41 - [[name:Dean]] (ramp): 318 bag count 142 in the hold, {{BRS}} says 141
        05:42 - [[name:Łucja]] (load control): checking
        05:45 - [[name:Łucja]] (load control): extra one is tag [[case_reference:0837 412906]], belongs to a pax on [[flight_number:SKH381]] to ALC. belts got mixed up
        05:48 - [[name:Dean]] (ramp): found it aft {{hold}} bay 5, offloading
        05:50 - [[name:Łucja]] (load control): {{LMC}} -1 bag -18kg, {{loadsheet}} reissued
        05:51 - [[name:Dean]] (ramp): bag on the cart for 381 👍
        05:53 - [[name:Sunita]] (OCC): nice work both, no delay, and no {{unaccompanied bag}} on 318 👏 {{reconciliation}} doing its job
    """)),
    ("aviation", "near_miss", block("""
        OCCURRENCE REPORT
        Report no: [[case_reference:OR-25-0142]]
        Date/time: [[date:18/04/2025]] 16:20 local
        Flight: [[flight_number:SKH766]]   Reg: [[aircraft_registration:G-SKHN]]
        Reporter: [[name:Jordan Swift]], {{load controller}}, [[organisation:Skyhaven]] Load Control, [[phone:0121 496 0733]]
        Event type: near miss

        Description: {{DCS}} outage so I did a {{manual loadsheet}}. I wrote ZFW 56,780 as 65,780, which carried through to the TOW. {{The captain}}'s cross-check showed TOW above {{MTOW}} and she queried it on the phone. Corrected sheet sent 16:31, no delay.
        Why: manual sheets have no {{gross error check}}, and I was doing two flights at once because the outage hit the whole wave.
        Suggestion: during outages one controller per flight, with a second person checking every manual sheet.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind177", REPORTS))
