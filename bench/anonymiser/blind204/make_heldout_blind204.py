"""Held-out blind evaluation corpus 204 for the anonymiser, written without sight of the library.

Settings (everything inside them is invented):
- social_care: a family drug and alcohol court (FDAC) team and its assessors, key workers,
  drug-testing collectors and independent social workers;
- health: an outpatient chemotherapy day unit (chairs, aseptic pharmacy, acute oncology line);
- aviation: airport ground handling for a low-cost carrier (turnarounds, PRM, dispatch, load
  control, ramp).

Styles: handover notes and rotas as pipe and tab tables with initials, shout-outs and thank-you
notes naming people by first name or nickname, rushed lower-case notes, formal narratives,
chronologies with times, e-mails with headers and signatures, Teams/WhatsApp/Slack exports,
minutes with attendance and apologies, incident forms with Name/DOB/Ref fields, tech log entries
and an RT extract. Identifiers are marked [[label:value]]; must-not-redact terms {{like this}}.
NHS numbers were worked out by hand to pass the mod-11 check and are re-checked by build_records.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind204.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (FDAC)
    ("social_care", "incident", prose("""
        On [[date:14 March 2024]] the {{team administrator}} sent the {{hair strand test}} results
        for [[name:Kayleigh Dunmore]] ({{FDAC}} ref [[case_reference:FD/24/0117]]) to the solicitor
        acting for a different parent in an unrelated case. The e-mail address was auto-filled from
        the last message in the thread. The error was picked up the next morning when
        [[name:Anneliese Okafor]] of [[organisation:Harrowby & Pike Solicitors]] replied to say the
        report was not for her client. She confirmed deletion in writing. [[name:Kayleigh]] was told
        the same day by her {{key worker}}, [[name:Dionne]], and was understandably upset as the
        report mentioned her {{cocaine}} use and her partner's address at
        [[address:27 Sutcliffe Terrace, Halifax]] [[postcode:HX3 6PL]]. The breach was logged with
        the {{information governance}} team and assessed as not reportable to the {{ICO}}.
        Learning: {{auto-complete}} has been switched off on the shared mailbox and results now go
        via the {{secure portal}} only.
    """)),
    ("social_care", "near_miss", prose("""
        urine screen pots for [[name:jase]] and his partner nearly got swapped at the
        {{testing clinic}} {{tues}}, both surnames start with W and the {{labels}} were printed b4
        they came in. spotted by [[name:bex]] when she went to sign the {{chain of custody}} form,
        dob on the label didnt match (his is [[date_of_birth:03/09/1991]]). relabelled in front of
        them both. if it had gone thru wrong [[name:jase]] wld have had her +ve {{benzos}} result on
        his record going into the {{final hearing}} on the [[date:22nd]]. suggest we stop pre
        printing labels, print at point of collection instead. also the {{drug testing}} room at
        [[organisation:Kirkgate Family Centre]] only has one {{tray}} for both parents which doesnt
        help. cc [[name:gaz]] pls add to {{team brief}}
    """)),
    ("social_care", "success", prose("""
        Shout out to [[name:Hope]] and [[name:Gaz]] from the assessing team 🙌 Last {{Thursday}}
        [[name:Hope]] sat with [[name:Marcus]] for nearly two hours after his {{key worker}} session
        because he'd had a bad {{UDS}} and was convinced the {{judge}} would end his place in
        {{FDAC}}. She didn't promise him anything, she just helped him write down what he wanted to
        say at the {{non-lawyer review}}. [[name:Gaz]] ([[name:Gareth]] to the court staff!) rang
        [[organisation:Lighthouse Recovery Hub]] on his way home and got [[name:Marcus]] a {{detox}}
        assessment slot for {{the Monday}}. At the review on [[date:9/5]] HHJ [[name:Ellwood]] said
        it was the most honest account she'd heard from a parent this year. I hope everyone knows
        how much this kind of thing matters. – [[name:Siobhan]] ({{team manager}})
    """)),
    ("social_care", "incident", block("""
        [10:02] [[name:Tomasz Wrona]]: just to flag dad in {{room 3}} smells strongly of alcohol, review is at 10.30
        [10:03] [[name:Niamh O'Driscoll]]: is that [[name:Lee Haworth]]? 🙁
        [10:03] [[name:Tomasz Wrona]]: yes. says he had "a couple" last night
        [10:05] [[name:Niamh O'Driscoll]]: ok can you offer a {{breathalyser}} before he goes in, dont do it in the {{waiting area}}
        [10:11] [[name:Tomasz Wrona]]: 0.41 on the {{breath test}}. he's agreed it goes to the {{judge}}
        [10:12] [[name:Niamh O'Driscoll]]: right. ring {{the guardian}} pls and check who's got the kids today
        [10:20] [[name:Tomasz Wrona]]: nan has them, [[name:Jade]] and [[name:Kobi]] at {{nursery}} till 3. {{Guardian}} is [[name:Farah Qureshi]], she's on [[phone:07700 900156]]
        [10:21] [[name:Niamh O'Driscoll]]: thanks. I'll speak to HHJ [[name:Ellwood]]'s clerk. [[name:Lee]] can't drive home, his van ([[vehicle_registration:YJ17 RKN]]) is in the {{car park}}
        [10:48] [[name:Tomasz Wrona]]: review adjourned to [[date:16/05]], [[name:Lee]] left by taxi. {{Datix}} done
    """)),
    ("social_care", "success", block("""
        {{FDAC}} Learning Review – minutes
        Date: [[date:2 April 2024]], {{Meeting Room B}}, [[address:Riverside House]]
        Present: [[name:Siobhan Kerr]] ({{chair}}), Dr [[name:Anjali Mehta]] ({{psychiatrist}}), [[name:Tomasz Wrona]], [[name:Hope Adeyemi]], [[name:Gareth]] "[[name:Gaz]]" [[name:Pryce]], [[name:Rhiannon Bevan]] ({{LA}})
        Apologies: [[name:Kwame Asante]], [[name:Fiona D'Souza]]

        1. Year one outcomes
        [[name:SK]] reported 11 of 19 families now {{reunified}} or in {{kinship care}}. [[name:AM]] credited the fortnightly {{non-lawyer reviews}} with keeping parents engaged.
        2. What made the difference (parent feedback, case [[case_reference:FD/23/0388]] and others)
        Same {{key worker}} throughout; {{drug testing}} results explained before court, not in it. [[name:TW]] to write up as a {{practice note}}.
        3. Lone working
        [[name:HA]] raised visits to [[address:Moorside flats]] after dark. Agreed two-worker rule for {{evening visits}}.
        Actions: [[name:SK]] – share outcomes with {{LSCP}}; [[name:GP]] – chase {{toxicology}} invoice; [[name:RB]] – {{care plan}} template
        Next meeting: [[date:7 May]]
    """)),
    ("social_care", "near_miss", block("""
        Assessor handover w/c [[date:15/07]] – [[organisation:Calder FDAC]]
        | Family | Lead | Next | Notes |
        |---|---|---|---|
        | [[name:Haworth]] | [[name:TW]] | review Tue | {{breath test}} on arrival pls |
        | [[name:Begum]]/[[name:Rahman]] | [[name:AM]] | {{psych}} assessment Wed | needs {{Sylheti}} interpreter - booked via {{Language Line}} |
        | [[name:Nowak]] | [[name:HA]] | {{UDS}} Thu | moved to [[address:Flat 4, 19 Cavendish Rd]] |
        | [[name:Clarke-Bello]] | [[name:GP]] | {{home visit}} Fri | see below |

        NEAR MISS: [[name:Clarke-Bello]] family were still showing at the old address on the {{handover sheet}}. [[name:KA]] nearly went out there Fri – the {{ex-partner}} still lives there and there's a {{non-molestation order}}. Caught when [[name:FD]] checked {{the case file}}. Handover sheet now pulls from the case system, not copied by hand.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Rhiannon Bevan]] <[[email:rhiannon.bevan@calderdale-cs.gov.uk]]>
        To: FDAC Team <[[email:fdac.team@calderdale-cs.gov.uk]]>
        Subject: Contact session [[date:11/06]] - near miss

        Hi all,
        Quick one for learning. At {{Saturday}}'s {{supervised contact}} at [[organisation:Brightwater Contact Centre]], {{mum}} ([[name:Chantelle Marsh]]) arrived with her new {{partner}}. He is not approved for contact and the {{contact supervisor}} didn't have the updated {{contact agreement}}, so he would have been let in. [[name:Pearl]] on {{reception}} remembered his name from my phone call last week and stopped him at the door. He waited in the car. Kids ([[name:Tyler]], [[age:6]], and [[name:Mia]], [[age:4]]) never saw him.
        Can we make sure the centre gets the agreement every time it changes?

        Thanks
        [[name:Rhiannon]]
        [[name:Rhiannon Bevan]] | {{Senior Practitioner}} | {{Children's Services}}
        T: [[phone:01422 496 330]]  M: [[phone:07700 900872]]
    """)),
    ("social_care", "incident", block("""
        SAFEGUARDING INCIDENT FORM
        Ref: [[case_reference:CSC-0047731]]
        Child Name: [[name:Ellie-May Sutcliffe]]
        DOB: [[date_of_birth:14/02/2021]]
        NHS No: [[nhs_number:485 777 3457]]
        Address: [[address:8 Greenhow Walk, Bradford]] [[postcode:BD7 2NF]]
        Parent: [[name:Dean Sutcliffe]] (FDAC since Jan)
        Reported by: [[name:Grace Okonkwo]], {{FDAC substance misuse worker}}

        Summary: During {{unannounced visit}} on [[date:19/08/24]] at approx 11:40 [[name:Ellie-May]] was found sitting on the kitchen floor holding an unopened bottle of {{methadone}} ({{dad}}'s {{take-home dose}}). The {{lockable box}} supplied by the {{prescribing service}} was on the side, unlocked. No ingestion – checked with {{111}} and the GP at [[organisation:Tong Lane Surgery]], advised no action as seal intact. [[name:Dean]] was very shaken. {{Safety plan}} updated, pharmacy asked to move him back to {{supervised consumption}}.
    """)),
    ("social_care", "incident", block("""
        Chronology – [[name:Ashworth]] family ({{FDAC}} ref [[case_reference:FD/24/0230]])
        [[date:03/10/24]]
        18:55 Call to {{EDT}} from {{neighbour}} at [[address:41 Pennine View, Todmorden]] [[postcode:OL14 8QR]] re shouting, child crying
        19:20 PC [[name:Haigh]] and PC [[name:Mistry]] attend. {{Mum}} ([[name:Kerry Ashworth]]) under influence, admits {{crack}} use
        19:45 [[name:Jayden]] ([[age:2 yrs]]) checked by {{paramedic}}, no injuries
        20:30 {{Police protection}} used. [[name:Jayden]] placed with {{emergency foster carer}}
        21:10 [[name:Kerry]]'s brother [[name:Shane]] arrives in black Corsa [[vehicle_registration:LS62 UXB]], asks to take [[name:Jayden]] – declined, not assessed
        [[date:04/10/24]]
        09:00 {{Strategy meeting}}. {{key worker}} ([[name:Bill]]) to see [[name:Kerry]] at home 2pm
        14:15 [[name:Bill]] – [[name:Kerry]] tearful, wants to go back to {{rehab}}. Referral to [[organisation:Whitmoor Lodge]] sent
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp – Assessors group – [[date:21/11/2024]]
        16:02 - [[name:Ioana]]: can someone check the letter going to [[name:Ryan Marsh]]'s solicitor, I think it has [[name:Sam]]'s new address on p3
        16:04 - [[name:Jonno]]: 😬 which one
        16:04 - [[name:Ioana]]: the {{parenting assessment}} addendum. she's in {{refuge}} now, [[name:Ryan]] cant know
        16:09 - [[name:Jonno]]: yep para 4.2 says "[[name:Sam]] and {{baby}} now living at [[address:3 Lister Court, Keighley]] [[postcode:BD21 4HW]]". not sent yet, it's in the {{outbox}} for 5pm
        16:10 - [[name:Ioana]]: pull it!!
        16:11 - [[name:Jonno]]: pulled. redacting now and I'll get Dr [[name:Mehta]] to re-sign
        16:30 - [[name:Ioana]]: thank you. will tell [[name:Ana]] tomorrow at {{supervision}}, we need a {{redaction check}} before anything goes to the other side
        16:31 - [[name:Jonno]]: agreed. template has the {{address field}} auto-filled from {{the case system}} thats the problem
    """)),
    ("social_care", "success", prose("""
        Card received by the team, copied here with [[name:Leanne]]'s permission for the
        {{learning log}}: "To [[name:Faith]], [[name:Mo]] and everyone at [[organisation:Calder FDAC]].
        A year ago I didn't think I would ever have [[name:Kai]] home. I was using every day and I
        hated all of you lol. [[name:Faith]] you never gave up on me even when I missed 3 {{tests}} in
        a row and told you where to go. [[name:Mo]] thank you for driving me to
        [[organisation:Whitmoor Lodge]] that day and for the chats in the car. {{Judge}}
        [[name:Ellwood]] said on [[date:12 Feb]] that [[name:Kai]] can stay with me for good and the
        {{care order}} was not needed. I am 9 months clean. I will never forget what you did. Love
        [[name:Leanne Pickering]] and [[name:Kai]] xx" [[name:Faith]] and [[name:Mohammed]] have both
        been nominated for the {{staff awards}}. Worth noting what [[name:Leanne]] picks out:
        {{consistency}}, the same {{key worker}} throughout, and {{practical help}} with transport.
    """)),
    ("social_care", "near_miss", block("""
        Court testing rota – {{non-lawyer review}} days
        Date\tAM collector\tPM collector\tBackup
        Mon [[date:03/06]]\t[[name:RB]]\t[[name:Jonno]]\t[[name:KA]]
        Wed [[date:05/06]]\t[[name:Faith]]\t[[name:Faith]]\t[[name:SK]]
        Mon [[date:10/06]]\t[[name:RB]]\t[[name:Bex]]\t-
        Wed [[date:12/06]]\t[[name:Jonno]]\t[[name:A.K.]]\t[[name:SK]]

        Near miss [[date:10/06]]: no backup on the {{rota}} and [[name:Bex]] went {{off sick}} at 12:30. {{Saliva swabs}} for the [[name:Ahmed]] and [[name:Kowalczyk]] families were nearly missed before the 2pm {{reviews}}. [[name:Siobhan]] covered from the {{office}}. Going forward the rota won't be signed off with a blank in the {{backup column}}, and collectors must text the {{duty line}} ([[phone:07700 900431]]) if they go off.
    """)),
    ("social_care", "incident", prose("""
        Incident: {{encrypted laptop}} and paper file left on the 17:42 Leeds to Huddersfield train on
        [[date:Tuesday 6th August]]. The assessor ([[name:Dariusz Nowicki]],
        {{independent social worker}} commissioned by [[organisation:Calder FDAC]]) realised at his
        stop and rang {{Northern}} lost property straight away. The laptop was returned two days
        later. The paper file was not recovered. It held the {{parenting capacity assessment}} draft
        for the [[name:Whitaker]] family including {{mum}}'s benefits letter showing her NI number
        [[ni_number:JK 48 21 93 C]], the children's {{school reports}} from
        [[organisation:Holy Trinity CE Primary]], and the address
        [[address:22 Oakroyd Close, Brighouse]] [[postcode:HD6 2LT]]. Family informed by
        [[name:Siobhan]] on [[date:8/8]]. Reported to the {{DPO}} and to the {{ICO}} within 72 hrs.
        [[name:Dariusz]] was open about it and has been supported. Learning: no paper files for
        {{ISWs}} travelling by {{public transport}}; papers to be scanned to the {{secure drive}}.
    """)),
    ("social_care", "success", prose("""
        Debrief after the [[name:Adeyemi-Clarke]] final hearing ([[date:28/02/2025]]). Baby
        [[name:Zuri]] ([[age:11 months]]) returns home under a {{supervision order}}. What went well:
        the {{FDAC}} {{psychiatrist}} ([[name:Anjali]]) and the midwife from
        [[organisation:Rosebank Children's Centre]] did a joint {{pre-birth assessment}} so mum only
        had to tell her story once. {{Hair strand}} and {{UDS}} results were shared same day with the
        {{guardian}} ([[name:Chinedu Eze]]) so no one was surprised in court. Dad
        ([[name:Olumide]]) was offered the {{fathers' group}} on {{Wednesdays}} at
        [[organisation:The Hive, Dewsbury]] and went every week. What could be better: the
        {{health visitor}} changed three times. [[name:Chinedu]] suggested a named HV for all FDAC
        babies – agreed in principle. Thanks to [[name:Anj]], [[name:Mo]], [[name:Kwame]] and
        [[name:Rose]] for a brilliant piece of work.
    """)),
    ("social_care", "near_miss", prose("""
        near miss - lone working. went to do {{home visit}} at [[address:14 Birkby Hall Rd]]
        [[postcode:HD2 2BG]] for the [[name:Kaczmarek]] case ([[case_reference:FD/24/0302]])
        yesterday afternoon. {{Dad}} had said the dog was shut away but when I got in there was an
        {{xl bully}} loose in the {{living room}}. it didnt go for me but it jumped up and I couldnt
        get to the door. I stayed calm and asked [[name:Pawel]] to put it in the yard which he did. I
        hadnt logged the visit on {{Peoplesafe}} because my phone was on 4% and the charger in my car
        ([[vehicle_registration:FN70 ZKD]]) is broken. [[name:Gaz]] only knew where I was because I'd
        put it in the {{team calendar}}. Nobody hurt but it could have been different. Asking for: dog
        check added to the {{risk assessment}} at {{referral}}, and spare {{power banks}} in the
        office. [[name:Will]] (me) – {{ISW}}
    """)),
    ("social_care", "incident", prose("""
        Incident summary (ref [[case_reference:INC-24-1187]]). The hearing notice sent to
        [[name:Paul Greenwood]] gave the date of his {{final hearing}} as
        [[date:Thursday 14 November]] instead of [[date:Tuesday 12 November 2024]]. It was typed by
        {{agency admin}} from the {{court order}} before it had been amended. [[name:Paul]] didn't
        attend on the [[date:12th]] and the {{judge}} considered proceeding in his absence. His
        {{key worker}} [[name:Mehmet]] rang him from court; he was at work at
        [[organisation:Brooks Joinery]] in Elland and got there by 11:30. His solicitor,
        [[name:Priya Raman]] of [[organisation:Sowerby Legal]], asked for a short adjournment and the
        hearing went ahead at 2pm with {{the guardian}} agreeing. No harm but [[name:Paul]] said he
        felt "set up to fail". Actions: notices checked against the latest {{sealed order}} by a
        second person; {{text reminders}} to parents 48 hours before any hearing. Queries:
        [[name:Lorraine Tatum]], {{court coordinator}}, [[phone:01484 496 215]].
    """)),
    ("social_care", "success", block("""
        #calder-fdac-general
        [[name:Siobhan K]]  9:14 AM
        :tada: Big shout-outs from yesterday's {{review day}} :tada:
        - [[name:Jonno]] for sorting an {{interpreter}} ({{Tigrinya}}) in 20 mins when the booking fell through
        - [[name:Bex]] & [[name:Sunny]] for getting 11 {{swabs}} done and logged before 10
        - Dr [[name:Mehta]] for seeing Mr [[name:Tesfaye]] at short notice, he's now on a {{prescribing}} pathway with [[organisation:Lighthouse]]
        - [[name:Hope]] for the cake 🍰
        [[name:Jon O'Neill]]  9:20 AM
        cheers {{boss}}. credit to [[name:Mehret]] at the {{Eritrean community}} group who picked up on a {{sunday}}
        [[name:Sunny]]  9:31 AM
        👏 also [[name:Rose]] on {{reception}} kept the {{waiting room}} calm when the {{fire alarm}} test went off mid-morning
    """)),
    # ------------------------------------------------------------------ health (chemo day unit)
    ("health", "near_miss", prose("""
        Two patients with the surname [[name:Begum]] were booked on the unit on
        [[date:17/01/2025]]. [[name:Rukhsana Begum]] ([[nhs_number:601 234 8894]]) was due cycle 3
        {{FOLFOX}}, [[name:Rehana Begum]] ([[nhs_number:721 905 3665]]) was in for {{bloods}} and a
        {{PICC flush}} only. The {{oxaliplatin}} bag for [[name:Rukhsana]] was taken to {{chair 9}}
        where [[name:Rehana]] was sitting. The nurse did the {{positive ID check}} verbally but asked
        "are you Mrs [[name:Begum]]?" rather than asking the patient to state her name and {{DOB}}.
        The second checker ([[name:Jess]]) noticed the {{wristband}} read
        [[date_of_birth:02/06/1958]] not [[date_of_birth:1961]] before the line was primed. Nothing
        was connected. Both patients were told and apologised to under {{Duty of Candour}} as a
        precaution. Learning shared at {{safety huddle}}: open questions only, and wristband and
        label read aloud against the {{prescription}}.
    """)),
    ("health", "near_miss", prose("""
        Near miss – {{weekly paclitaxel}} for [[name:Gordon Fairbairn]] (hosp no
        [[case_reference:RH0448213]]) was prescribed on [[date:3rd Oct]] using a weight of 92 kg from
        his first cycle. He has lost 11 kg since ({{BSA}} now 1.98 vs 2.14). [[name:Oluwaseun]] in
        {{aseptics}} flagged the difference on the {{e-prescribing}} screen because the
        {{dose banding}} had jumped a band. The {{SpR}} ([[name:Tariq Aziz]]) re-prescribed and the
        dose was made the same morning, chair time delayed 40 mins. [[name:Gordon]]'s {{weight}} had
        been recorded in the notes by the {{HCA}} but not updated on {{ChemoCare}}. Action: weight
        updated at every visit and any change over 5% flagged to the prescriber. Thanks
        [[name:Seun]]!
    """)),
    ("health", "success", prose("""
        SHOUT OUT 🌟 to [[name:Abi]] on the day unit yesterday. [[name:Patricia]] in {{chair 4}} said
        her arm felt "a bit tight" about 10 mins into her {{epirubicin}}. [[name:Abi]] stopped the
        infusion straight away, aspirated from the {{cannula}}, got the {{extravasation kit}} and
        {{dexrazoxane}} was started within the hour after she'd paged the {{acute oncology}}
        {{reg}}, Dr [[name:Lindqvist]]. She also rang {{plastics}} for advice and documented with
        photos. [[name:Patricia]] has no skin breakdown at her {{day 7 review}}. Also thanks to
        [[name:Marty]] ({{HCA}}) who sat with [[name:Patricia]] and made her a cuppa while everyone
        ran around. Textbook {{extravasation policy}} stuff. – [[name:Claire H]], {{Ward Manager}},
        [[organisation:Sycamore Day Unit]]
    """)),
    ("health", "near_miss", block("""
        Day unit handover – Tues AM → PM (nurse in charge: [[name:MO]] → [[name:DK]])
        | Chair | Pt | Hosp no | Regimen | Issues |
        |---|---|---|---|---|
        | 1 | [[name:J. Whitfield]] | [[case_reference:K2290417]] | {{R-CHOP}} C4 | {{rituximab}} rate up at 14:00, {{obs}} due |
        | 3 | Mrs [[name:Adebayo]] | [[case_reference:K3017755]] | {{docetaxel}} | {{cold cap}} on, needs 90 mins post |
        | 5 | [[name:Tariq]] | [[case_reference:K1188302]] | {{FEC}} | bloods borderline, {{neuts}} 1.1 – Dr [[name:Lindqvist]] ok'd |
        | 7 | [[name:Hannah Brown-Lee]] | [[case_reference:K2845961]] | {{PICC}} flush only | dressing due |

        Chair 5 is [[name:Tariq Mahmood]] not [[name:Tariq Aziz]] the {{SpR}} 😂 ppl keep mixing up
        NM: chair 7 was nearly given chair 6's {{anti-emetics}} because both were on the same {{tray}}. Caught by [[name:DK]]. Pls one tray per chair.
    """)),
    ("health", "incident", block("""
        Timeline – hypersensitivity reaction, [[organisation:Sycamore Day Unit]], [[date:22/04/2025]]
        Pt: [[name:Derek Molyneux]], [[age:67]], NHS [[nhs_number:403 118 2708]], cycle 6 {{carboplatin}}
        10:05 infusion started, {{pre-meds}} given
        10:32 pt reports flushing, itchy palms. Infusion stopped by RN [[name:Kaur]]
        10:34 BP 82/40, {{SpO2}} 91%. {{Emergency buzzer}}. {{Adrenaline}} 0.5mg IM by [[name:Gemma]] (band 6)
        10:36 {{crash team}} called via {{2222}}
        10:38 Dr [[name:Petrov]] (reg) arrives, {{hydrocortisone}} + {{chlorphenamine}} given
        10:50 BP 110/68, stable
        11:40 transferred to {{AMU}} for observation, discharged next day
        Learning: carbo reactions are more likely after 6+ cycles – {{desensitisation protocol}} to be discussed at {{MDT}}. Staff debrief led by [[name:Sunita]] on [[date:23/04]]. {{Wife}} ([[name:Maureen]]) informed 10:55 on [[phone:07700 900918]].
    """)),
    ("health", "incident", block("""
        From: [[name:Oluwaseun Bankole]] (Pharmacy)
        Sent: [[date:04 March 2025]] 16:47
        To: [[name:Claire Holroyd]]; {{Day Unit Coordinators}}
        Cc: [[name:Tom Reddy]]
        Subject: RE: aseptic delays today

        Hi [[name:Claire]],
        Sorry about today. The {{isolator}} in the {{aseptic unit}} failed its {{particle count}} at 07:30 and we had to {{decontaminate}} before releasing anything. We outsourced 6 doses to [[organisation:Medisure Homecare]] but only 4 came back in time. The 2 that didn't were for Mr [[name:Kowalski]] and Ms [[name:Nyambura]], who were sent home and rebooked for {{Thurs}}. I know Ms [[name:Nyambura]] had travelled from Whitby and wasn't happy.
        We've asked {{estates}} for a {{planned maintenance}} check and I'll do a {{Datix}}.
        [[name:Seun]]

        [[name:Oluwaseun Bankole]]
        Lead {{Technical Pharmacist}}, {{Aseptic Services}}
        Ext [[phone:4471]] | Bleep 318 | [[email:oluwaseun.bankole@nhs.net]]
    """)),
    ("health", "near_miss", prose("""
        nearly gave cycle 2 {{docetaxel}} to pt in {{chair 2}} (Mr [[name:H]],
        [[nhs_number:912 664 0376]]) without checking {{FBC}}. bloods were taken at
        [[organisation:Ashfield Medical Centre]] on fri but the results hadnt come thru to {{ICE}} so
        the {{pre-chemo checklist}} showed blank and i thought someone had ok'd it verbally. it was
        [[name:kat]] who said hang on whats his {{neuts}}. rang the lab, neuts 0.8!!! so {{deferred}}
        a week, pt sent home w {{GCSF}} discussion for next cycle. honestly if [[name:kat]] hadnt been
        there. think the checklist shd not let u tick 'bloods ok' unless a result is actually
        attached. also pt's wife [[name:Sandra]] said {{the GP}} surgery told them results go
        straight to us which they dont.
    """)),
    ("health", "success", prose("""
        Thank you card on the {{staff room}} board, typed up for the {{compliments log}}: "To all the
        angels on the {{chemo unit}}, especially [[name:Joy]], [[name:Precious]], Big [[name:Dave]]
        and little [[name:Dave]], and [[name:Mei-Ling]] on {{reception}}. Six months of
        {{FOLFIRINOX}} and you never once made me feel like a number. [[name:Joy]], you got my
        {{portacath}} first time every time. [[name:Dave]], thank you for the jokes and the toast. I
        rang the {{end of treatment bell}} on [[date:30th May 2025]] with my grandkids watching. Love
        from [[name:Brenda Kilbride]], {{chair 8}} regular!" [[name:Precious]] is our newest
        {{band 5}} and this is her first card – well deserved.
    """)),
    ("health", "incident", prose("""
        An appointment letter with {{cycle 1}} {{consent}} details and the {{chemotherapy}} schedule
        for [[name:Leon Fairweather]] ([[date_of_birth:11 July 1979]]) was posted to
        [[address:9 Quarry Hill Lane, Mirfield]] [[postcode:WF14 0HJ]], his address before he moved.
        The new address was on the GP record at [[organisation:Hollins Park Medical Practice]] but the
        {{PAS}} hadn't been updated after his {{referral}}. The current resident opened it and rang the
        unit on [[phone:07700 900627]]; she gave the letter to [[name:Leon]]'s sister who lives nearby,
        and [[name:Leon]] was distressed that neighbours now knew about his {{lymphoma}}.
        {{IG incident}} logged ([[case_reference:IG-2025-0314]]). {{Reception}} now confirm address
        and phone at every check-in, and the {{Spine}} {{PDS}} record is checked before first letters
        go out.
    """)),
    ("health", "near_miss", block("""
        Teams – Day Unit nurses
        [[name:Gemma Hargreaves]] 13:02
        anyone know why the {{volumetric pump}} on chair 11 keeps saying {{downstream occlusion}}
        [[name:Rosa Delgado]] 13:03
        is that Mr [[name:Osei]]? check the {{clamp}} on his {{Hickman}}
        [[name:Gemma Hargreaves]] 13:05
        clamp fine. line was kinked under his arm. BUT when I looked the rate was set 250 not 125 ml/hr
        [[name:Rosa Delgado]] 13:06
        😳 what's he on
        [[name:Gemma Hargreaves]] 13:06
        {{irinotecan}}. only been running 4 mins. set by {{agency nurse}} this am, she's gone now
        [[name:Rosa Delgado]] 13:08
        ok reset, tell Dr [[name:Singh]], do {{obs}}. I'll {{Datix}} and we need a {{second checker}} on pump settings not just the bag
        [[name:Gemma Hargreaves]] 13:20
        [[name:Kofi]] fine, Dr [[name:Singh]] happy no harm. he said to say thanks to whoever built the {{drug library}} lol
    """)),
    ("health", "success", block("""
        Chemotherapy Day Unit – Governance meeting
        Date: [[date:09/06/2025]]   Venue: Seminar Rm 2, Ashgrove Wing
        Attendees: [[name:Claire Holroyd]] ([[name:CH]]), Dr [[name:Ines Lindqvist]] ([[name:IL]]), [[name:Oluwaseun Bankole]] ([[name:OB]]), [[name:Gemma Hargreaves]] ([[name:GH]]), [[name:Faisal Chaudhry]] ({{patient rep}})
        Apologies: Dr [[name:R. Petrov]], [[name:Sunita Kaur]]

        Item 1 – {{Datix}} review (May): 14 reports, 3 {{extravasations}}, 2 {{hypersensitivity}}, 5 pharmacy delays. All no or low harm.
        Item 2 – {{Cold cap}} machine 2 back in use. [[name:CH]] thanked {{Paxman}} rep for same-week repair.
        Item 3 – [[name:Faisal]] fed back that the new staggered {{bloods}} slots have cut corridor waits; patient survey 96% positive. [[name:IL]] to present at {{Trust board}}.
        Item 4 – {{NICE}} guidance on {{SACT}} {{prehabilitation}} – [[name:OB]] to circulate.
        Actions: [[name:CH]], [[name:IL]], [[name:OB]]. Next: [[date:14/07/2025]]
    """)),
    ("health", "incident", block("""
        Incident form
        Ref: [[case_reference:W-55821]]
        Patient name: [[name:Amaka Nwosu-Hart]]
        DOB: [[date_of_birth:25/12/1986]]
        Hosp No: [[case_reference:K4401926]]
        NHS No: [[nhs_number:550 821 9439]]
        Location: {{Chemo Day Unit}}, chair 3
        Category: {{Line infection}}
        Description: Pt attended for {{PICC}} dressing + flush. Site red, hot, purulent ooze. Temp 38.4. Line inserted by {{IR}} on [[date:02/09]]. Pt says dressing last changed 2 wks ago by {{district nurses}} ([[organisation:Mirfield & Ravensthorpe Team]]) because her unit appt was cancelled. {{Sepsis six}} started, {{blood cultures}} x2 from line and periphery, {{tazocin}} per {{neutropenic sepsis}} pathway. Admitted to {{Ward 18}}. Line removed [[date:03/09]].
        Reported by: [[name:Hannah Okello]], {{CNS}}, ext [[phone:5520]]
    """)),
    ("health", "near_miss", prose("""
        At discharge on [[date:12 Aug]] two bags of take-home {{capecitabine}} were on the {{TTO}}
        shelf, one for [[name:Wilfred Ahmed]] (500 mg tablets, 14 days) and one for
        [[name:Wilma Ahern]] (150 mg + 500 mg). {{HCA}} [[name:Marty]] picked up the first bag and
        started to hand it to [[name:Wilma]] as '[[name:W. Ahmed]]' and '[[name:W. Ahern]]' look almost
        the same on the {{pharmacy label}}. [[name:Wilma]] herself said "that's not my name love".
        Nothing was taken. If she had gone home with it she'd have been on the wrong dose for 2 weeks
        with a real risk of {{hand-foot syndrome}} and {{diarrhoea}}. Suggest: {{TTOs}} handed over
        by a {{registered nurse}} with the {{patient-held record}} and two identifiers, never by name
        alone. Flagged to [[name:Seun]] in {{pharmacy}} for {{look-alike}} labelling.
    """)),
    ("health", "success", block("""
        Triage log – {{acute oncology}} line (24h)
        Sat [[date:15/03/2025]] 02:14
        Caller: [[name:Neil Ashcroft]] ({{husband}}) on [[phone:+44 7700 900344]]
        Pt: [[name:Lorraine Ashcroft]], [[age:54]], DOB [[date_of_birth:08/08/1970]], day 9 post {{EC}} cycle 2
        Temp 38.6, rigors, feels "washed out"
        {{UKONS triage tool}}: RED
        Advised: attend {{ED}} now, do not wait. Pt has {{alert card}}. ED at [[organisation:St Wilfrid's]] told to expect
        02:58 ED confirm {{door-to-needle}} 41 mins, {{neuts}} 0.2, {{pip-taz}} given
        Taken by: [[name:Rosa D]], night {{triage nurse}}

        Follow up (Mon): [[name:Lorraine]] home Thu, said the alert card "got me seen straight away". Good catch [[name:Rosa]] – calm, followed the tool, made sure the husband didn't wait till morning.
    """)),
    ("health", "incident", block("""
        CDU rota wk comm [[date:21/07]]
        \tMon\tTue\tWed\tThu\tFri
        {{Early}}\t[[name:CH]]/[[name:JB]]\t[[name:DK]]/[[name:JB]]\t[[name:MO]]/[[name:AG]]\t[[name:AG]]/[[name:PD]]\t[[name:JB]]/[[name:DK]]
        {{Late}}\t[[name:MO]]\t[[name:AG]]\t[[name:PD]]\t[[name:DK]]\t[[name:MO]]
        {{SACT}} trained\t[[name:CH]], [[name:JB]]\t[[name:DK]], [[name:JB]]\t[[name:MO]]\t[[name:AG]]\t[[name:JB]], [[name:DK]]

        Incident Thu [[date:24/07]]: [[name:PD]] called in sick and [[name:AG]] was the only {{SACT-competent}} nurse on the unit with 14 patients booked. {{Bank}} couldn't fill. 5 patients were {{rescheduled}} on the day and two {{chair}} starts were 2hr late. No clinical harm but Mrs [[name:Ferreira]] (chair 12) had arranged {{childcare}} and was very upset. The {{rota template}} now needs 2 trained staff every shift before it's published – [[name:Jo B]] to check before sign-off.
    """)),
    ("health", "incident", prose("""
        Transport. [[name:Albert Nkemelu]], [[age:81]], finished his {{infusion}} at 15:10 on
        [[date:Friday 21 February]] and was booked on {{patient transport}} home to
        [[address:Flat 12, Cedar Court, Batley]]. By 18:30 the transport hadn't come and the unit was
        closing. [[name:Albert]] lives alone and is at {{neutropenic}} risk post-{{gemcitabine}}.
        [[name:Dawn]] ({{nurse in charge}}) rang the {{provider}} and was told the booking had been
        cancelled by mistake when a patient with a similar name was discharged from {{the wards}}.
        [[name:Dawn]] stayed with him till [[name:Albert]]'s nephew ([[name:Chuks]]) collected him in
        his car ([[vehicle_registration:WU19 HTA]]) at 19:15. He was cold, hungry and exhausted. If
        he'd been left he'd have been in a closed building with no {{call bell}}. Learning:
        {{transport bookings}} checked at 16:00 daily; anyone still waiting at 17:00 escalated to the
        {{site manager}}.
    """)),
    ("health", "success", prose("""
        Hot debrief – {{fire alarm}} activation, [[organisation:Sycamore Day Unit]],
        [[date:Weds 2/7]] at 11:20. 9 patients mid-infusion. What went well: [[name:Grace]] as
        {{nurse in charge}} gave clear roles within a minute; {{cytotoxic}} infusions were
        {{paused}} and lines {{clamped}}, {{pumps}} unplugged and carried with patients on
        {{battery}}. [[name:Mark]] and [[name:Bogdan]] from {{portering}} brought {{evac chairs}} for
        the two patients who couldn't manage the stairs. [[name:Precious]] kept the
        {{chemo spill kit}} with her. Everyone out to the {{assembly point}} in 6 minutes. Turned out
        to be burnt toast in the {{staff kitchen}} 🙄. Even better if: we had a printed list of who
        was in which chair – [[name:Grace]] did a roll call from memory. Action:
        {{chair allocation sheet}} printed at each start and kept by the door. Well done all.
        [[name:CH]]
    """)),
    # ------------------------------------------------------------------ aviation (ground handling)
    ("aviation", "incident", prose("""
        During the turnaround of [[flight_number:ZT4417]] ([[aircraft_registration:G-ZTKA]],
        {{A320neo}}) on {{stand 27}} at 06:40 on [[date:18 January 2025]], a {{belt loader}} made
        contact with the lower fuselage aft of the {{forward hold door}}. The operator,
        [[name:Kieran Lyth]], was repositioning after the {{hold}} had been closed and says the
        {{stabilisers}} were still down on one side so the belt dropped unexpectedly as he moved. The
        {{team leader}} ([[name:Agnieszka]]) stopped the turn and informed the {{captain}} and
        {{MCC}}. Engineer [[name:Sam Otieno]] found a 4 cm dent and paint damage; the aircraft was
        {{AOG}} for 5 hours and the morning rotation was cancelled. {{MOR}} submitted to the
        {{CAA}}. [[name:Kieran]] had completed his refresher on [[date:3/12/24]]. The investigation by
        [[organisation:Apex Ground Services]] found the loader's {{interlock}} had been faulty for two
        weeks and was reported on the {{defect sheet}} twice without action.
    """)),
    ("aviation", "near_miss", block("""
        {{PRM}} near miss – [[organisation:Apex Ground Services]]
        Flight: [[flight_number:ZT2205]] arr from Kraków, stand 11, 22:15 local [[date:07/02/2025]]
        Pax: Mrs [[name:Halina Zielińska]], seat 2A, {{WCHC}}, travelling alone, PNR [[case_reference:K7QW2L]]

        Summary: After {{deboarding}}, crew gave cabin secure and {{cleaners}} started. {{Cabin crew}} member [[name:Ruth]] noticed Mrs [[name:Zielińska]] still seated in row 2 waiting for assistance. The {{ambulift}} had been sent to stand 14 by the {{PRM desk}} because the PRM message showed {{WCHR}} not {{WCHC}}. Pax had no English and was frightened. [[name:Daniela]] (PRM agent, speaks Polish) came with an {{aisle chair}}; pax off 35 mins after last pax. Granddaughter waiting landside (tel [[phone:+48 512 334 901]]) was told by the {{info desk}}.
        Actions: PRM desk to confirm code against the {{PNL}} not just the {{SSR}}; crew not to sign off cabin until PRM agent confirms.
    """)),
    ("aviation", "success", prose("""
        Turn of the week 🏆 goes to the {{ramp}} team on Sunday's [[flight_number:ZT812]] – 25 min
        turn on a full {{A321}} with 190 bags and a late {{gate}} change. [[name:Gaz]] on the
        {{headset}}, [[name:Big Al]] and [[name:Dom]] loading, [[name:Shaz]] on {{dispatch}} and
        [[name:Wojtek]] doing the {{fuel}}. {{Captain}} said it was the smoothest turn he's had all
        winter. Special mention to [[name:Priya]] in {{load control}} who re-did the {{loadsheet}} in
        under 4 minutes when 11 bags were offloaded for a {{no-show}}. [[name:Priya]]'s reaction was
        "it's literally my job" but it saved us the {{slot}}. Proper teamwork. Doughnuts in the
        {{crew room}} on me. – [[name:Jonno]] ({{Duty Ramp Manager}})
    """)),
    ("aviation", "incident", block("""
        TECH LOG – [[aircraft_registration:G-LKNB]] – Sector 3 – [[date:14/11/2024]]
        Defect: Aft {{cargo door}} lower seal torn approx 15cm, found on {{walkround}} by {{FO}} at LBA.
        Action: Seal inspected per {{AMM}} 52-34-00, temp repair IAW {{MEL}} 52-2, deferred to {{ADD}} 24/117.
        Cert: [[name:J. Oyelaran]]  {{B1}} lic [[case_reference:UK.66.4471829]]  [[date:14/11/24]] 17:20

        Ramp report ([[organisation:Apex]]):
        Loader [[name:Craig Mottram]] says a bag handle caught the seal when a bag was pulled out of the {{bulk}} on the inbound ([[flight_number:ZT3391]] from Faro). Not reported at the time as he didn't think it was damage. FO spotted it 50 mins later. Reminder to all loaders: anything touching a door seal or frame gets reported to the {{TL}} straight away, even if it looks like nothing.
    """)),
    ("aviation", "near_miss", block("""
        RT / interphone extract – stand 31, [[date:19/08/2025]] ([[flight_number:ZT5581]], [[aircraft_registration:G-OTRX]])
        17:42:10 [[flight_number:ZTX58K]]: Ground, [[flight_number:Zentrix five eight kilo]], stand 31, request push and start
        17:42:18 {{GND}}: [[flight_number:Zentrix five eight kilo]], hold position, {{tug}} crossing behind on {{taxilane}} Bravo
        17:42:22 [[flight_number:ZTX58K]]: holding, [[flight_number:Zentrix five eight kilo]]
        17:42:31 {{Headset}}: flight deck, ground, {{bypass pin}} in, ready to push
        17:42:34 {{FD}}: brakes released, cleared to push
        17:42:36 [tug begins to move]
        17:42:38 GND: [[flight_number:Zentrix five eight kilo]], STOP, I say again hold position
        17:42:40 FD: headset stop stop, setting {{parking brake}}
        17:42:44 Headset: stopped, moved approx 2 metres

        The {{FO}} mistook a clearance to another aircraft for theirs. Tug driver [[name:Marek Duda]] stopped as soon as the FD called it. The crossing tug was 40 m behind. {{MOR}} filed by crew, ground-side statement from [[name:Marek]]. Good stop.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Shazia Malik]] <[[email:s.malik@apexgs.co.uk]]>
        To: Load Control; Duty Station Manager
        Date: Fri [[date:6 Dec 2024]] 08:12
        Subject: Loadsheet error [[flight_number:ZT1062]] [[aircraft_registration:G-ZTKC]]

        Morning,
        On the 06:05 [[flight_number:ZT1062]] the final {{loadsheet}} showed 12 {{infants}} where there were 2 (the {{DCS}} had the infant count doubled after a manual edit at the {{gate}}, initials [[name:DW]] on the audit). {{TOW}} was out by ~750 kg and {{trim}} was within limits but wrong. {{Captain}} [[name:Hussain]] spotted it on his {{LMC}} check and it was re-issued before {{doors closed}}. 12 min delay.
        I've spoken to [[name:Danny]] at gate and he's been really open about it. {{Gate agents}} shouldn't be editing infant numbers after {{check-in close}} – that's a {{load control}} job.

        [[name:Shaz]]
        [[name:Shazia Malik]] – {{Dispatch Team Leader}}
        [[organisation:Apex Ground Services]] | [[phone:+44 (0)113 496 0018]] | M [[phone:07700 900 255]]
    """)),
    ("aviation", "near_miss", block("""
        Dispatch handover 14:00 – [[name:SL]] → [[name:RB]]
        | Flt | Reg | Stand | STD | Disp | Notes |
        |---|---|---|---|---|---|
        | [[flight_number:ZT2207]] | [[aircraft_registration:G-ZTKD]] | 12 | 14:35 | [[name:MJ]] | 2x {{WCHR}}, 1 {{WCHS}} – {{ambulift}} booked |
        | [[flight_number:ZT4418]] | [[aircraft_registration:G-ZTKA]] | 27 | 15:10 | [[name:AO]] | back from {{AOG}}, check {{tech log}} signed |
        | [[flight_number:ZT812]] | [[aircraft_registration:9H-QAR]] | 9 | 15:25 | [[name:RB]] | {{wet lease}} crew, brief {{NOTOC}} – 2 {{UN3481}} in {{hold 4}} |
        | [[flight_number:ZT3390]] | [[aircraft_registration:G-LKNB]] | 31 | 16:00 | [[name:Kacper]] | {{ADD}} on aft door seal |

        NM from AM: [[flight_number:ZT2207]] nearly dispatched without the WCHS pax, ambulift driver ([[name:Fergus]]) was at the wrong stand. [[name:MJ]] held the door. Handover now includes {{PRM}} status per flight ✔
    """)),
    ("aviation", "incident", prose("""
        Incident – undeclared {{lithium batteries}} in hold baggage. At 05:50 on
        [[date:2 August 2025]] loader [[name:Tyrese Boateng]] noticed a {{checked bag}} for
        [[flight_number:ZT6120]] was warm to touch and smelling of hot plastic on the
        {{baggage belt}}. He pulled it clear, called the {{TL}} ([[name:Frank]]) and the airport
        {{fire service}} attended. Bag tag [[case_reference:0ZT 481772]] traced to booking
        [[case_reference:PX4R8M]], passenger Mr [[name:Dimitrov]], who was called back from
        {{security}}. The bag contained two {{e-bike}} batteries (approx 500 Wh each) wrapped in
        clothing. One was swollen. The batteries were removed and the passenger travelled.
        {{DG occurrence report}} filed with the {{CAA}}. [[name:Tyrese]] did exactly what the
        {{DG training}} says – brilliant spot, could have been a hold fire in flight.
    """)),
    ("aviation", "success", block("""
        From: [[name:Gwen Pritchard-Hughes]] <[[email:gwenph54@btinternet.com]]>
        To: [[email:customer.relations@apexgs.co.uk]]
        Subject: Thank you – assistance [[date:28th April]]

        Dear Sir/Madam,
        I travelled with my {{husband}} [[name:Idris]] (he has {{Parkinson's}} and uses a {{wheelchair}}) on the [[date:28th April]] to Malaga, flight [[flight_number:ZT7731]]. I want to thank the young man [[name:Yusuf]] who met us at the {{assistance desk}} and a lady called [[name:Bernie]] who did the {{ambulift}}. [[name:Yusuf]] noticed [[name:Idris]]'s {{meds bag}} had been left in the {{security trays}} and ran back for it. [[name:Bernie]] made sure the wheelchair was tagged to come to the {{aircraft door}} at the other end and rang ahead.
        We have dreaded flying since his {{diagnosis}} but this was the easiest trip in years.
        With thanks,
        [[name:Gwen Pritchard-Hughes]]
        Tel [[phone:01766 512 440]]
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp – Ramp B shift – [[date:11/03/2025]]
        05:41 - [[name:Lewy]]: {{FOD}} on stand 22 loads of it, looks like a {{baggage trolley}} panel
        05:42 - [[name:Kez]]: wheres the {{737}} thats due on 22 ?
        05:42 - [[name:Lewy]]: on {{finals}} 10 mins
        05:43 - [[name:Kez]]: ill call {{airside ops}} now
        05:44 - [[name:Deano]]: im on 21 with the {{tug}} ill grab it
        05:47 - [[name:Deano]]: got it. metal strip 40cm with rivets, sharp. + bits of {{wrap}} off the trolley
        05:48 - [[name:Kez]]: 👍 ops say {{FOD walk}} was 04:30 and stand was clear then so must have come off a trolley since
        05:49 - [[name:Lewy]]: it was the {{trolley train}} from the 05:15 Dublin, [[name:Shane]] had 6 on
        05:55 - [[name:Kez]]: ok dont blame [[name:Shane]], the trolleys are falling apart. putting in a report with pics and trolley no
        06:10 - [[name:Deano]]: {{Ops}} have sent [[name:Marcin]] to do another {{FOD sweep}} of 20-24
    """)),
    ("aviation", "incident", block("""
        Fuel spill – stand 5 – [[date:27/05/2025]] – chronology
        13:02 {{Bowser}} ([[organisation:AeroFuel North]], driver [[name:Colin Whitehead]]) connects to {{refuel panel}}
        13:05 Boarding started front and rear. {{Cabin crew}} informed of {{refuelling with pax on board}}, {{fire cover}} not required per ops manual, doors/steps manned
        13:09 Fuel venting from left {{wing vent}}. [[name:Colin]] releases {{deadman}}
        13:10 {{Dispatcher}} ([[name:Aoife Brennan]]) stops boarding at rear, {{FO}} informed
        13:12 {{RFFS}} called, {{spill kit}} deployed by [[name:Tomi]] and [[name:Gaz]]
        13:25 Approx 30 L on the {{apron}}, contained. RFFS clear
        13:40 Boarding resumed, 22 min delay to [[flight_number:ZT902]] ([[aircraft_registration:EI-HMW]])
        Cause (Eng.): {{surge tank}} overfill, {{preset}} entered as kg instead of litres by driver.
    """)),
    ("aviation", "success", block("""
        [[organisation:Apex Ground Services]] – Station Safety Action Group
        [[date:12 June 2025]], Ops Building room 1.04
        Attendance: [[name:Mark Ashby]] ({{Station Mgr}}, {{chair}}), [[name:Shazia Malik]] (Dispatch), [[name:Jonathan]] "[[name:Jonno]]" [[name:Reid]] (Ramp), [[name:Daniela Kowal]] (PRM), [[name:Yusuf Hamid]] (PRM), [[name:Nkechi Obi]] (H&S)
        Apologies: [[name:Tyrese Boateng]], [[name:Kez Lambert]]

        1. Belt loader contact [[aircraft_registration:G-ZTKA]] (Jan) – {{interlock}} fault fixed on all 6 loaders. {{Defect sheets}} now reviewed daily by {{GSE}} – closed
        2. {{PRM}} near misses down from 3 to 0 since ambulift allocation moved to radio ([[name:Daniela]]) – closed
        3. {{Heat stress}} – {{water stations}} on the {{apron}} and 15 min breaks when over 28°C. [[name:NO]] to raise with the {{union}}
        4. {{Just culture}} – [[name:Mark]] thanked all for 41 reports this quarter, highest yet. {{MOR}} reporting is about learning, not blame
        AOB: [[name:Jonno]] asked for more {{headsets}} – 4 broken
    """)),
    ("aviation", "near_miss", prose("""
        nm on stand 9 last night abt 23:10, [[flight_number:ZT4470]] [[aircraft_registration:HA-LVZ]].
        {{chocks}} were pulled before the {{anti-collision}} lights went off and before the
        {{marshaller}} gave the signal. [[name:lukasz]] (new starter wk 2) thought the engines were
        off cos it was quiet but no.1 was still spooling down. he was about 3 m from the intake.
        [[name:dom]] shouted and grabbed his {{hi vis}}. nobody hurt. [[name:lukasz]] was really
        shaken, [[name:rich]] took him for a brew and went through the {{engine danger zone}} diagram
        again. i think we're putting new starters on nights too quick with no {{buddy}}. also the
        {{beacon}} on that {{a/c}} is dim and hard to see from the {{nose}}. pls can {{training}} look
        at it – [[name:Dom F]]
    """)),
    ("aviation", "success", prose("""
        Debrief – night diversions, [[date:Sat 23 Nov 2024]]. Fog at the neighbouring airport meant
        we took 5 unplanned diversions between 21:40 and 01:15 including two of ours
        ([[flight_number:ZT4192]] and [[flight_number:ZT4196]]) and a {{B737 MAX}} from another
        carrier. Only 9 ramp staff on. What worked: [[name:Aoife]] as {{duty dispatcher}} set up a
        {{whiteboard}} {{stand plan}} in the office and gave each turn a lead; [[name:Kacper]] and
        [[name:Tomi]] did {{marshalling}} back to back; [[name:Bernie]] and [[name:Yusuf]] handled 14
        {{PRM}} pax including a {{stretcher}} case handed over to an {{ambulance crew}}. Coaches for
        700 pax arranged by {{Ops}}. Even better if: no {{welfare}} provision for pax waiting on the
        apron coaches – one passenger fainted. {{Callout list}} had [[name:Wojtek]]'s old number
        ([[phone:07700 900 118]]). Thanks all, especially [[name:Aoife]] who stayed till 03:00. –
        [[name:M. Ashby]]
    """)),
    ("aviation", "incident", block("""
        ACCIDENT / INJURY REPORT (possible {{RIDDOR}})
        Name: [[name:Oleksandr Petrenko]]
        Staff ID: [[case_reference:APX-30917]]
        NI No: [[ni_number:PW 19 38 47 B]]
        Home address: [[address:56 Beeston Road, Leeds]] [[postcode:LS11 6QT]]
        DOB: [[date_of_birth:30/01/1996]]
        Date/time: [[date:09/09/2025]] 07:25
        Location: {{hold 1}}, [[aircraft_registration:EI-FXR]], stand 18
        What happened: Lifting a 32kg bag from the {{bulk hold}} while kneeling, felt sharp pain in lower back. {{Heavy tag}} not on the bag. Bag was for [[flight_number:ZT5503]] to Tenerife, {{pax}} had declared 23kg at {{self bag drop}} and it wasn't weighed properly.
        Injury: {{lower back strain}}. Seen by {{first aider}} ([[name:Nkechi]]). Sent to {{A&E}}, signed off 10 days.
        Witness: [[name:Lewis]] "[[name:Lewy]]" [[name:Grant]]
        {{Supervisor}}: [[name:Jonathan Reid]]
    """)),
    ("aviation", "success", block("""
        Ramp rota – {{Christmas}} week ({{nights}})
        Date\tTL\tHeadset\tLoaders\tPRM
        [[date:24/12]]\t[[name:JR]]\t[[name:Dom]]\t[[name:Lewy]], [[name:Tomi]], [[name:Shane]]\t[[name:Bernie]]
        [[date:25/12]]\t[[name:KL]]\t[[name:Gaz]]\t[[name:Craig]], [[name:Wojtek]]\t[[name:Yusuf]]
        [[date:26/12]]\t[[name:JR]]\t[[name:Dom]]\t[[name:Tyrese]], [[name:Kacper]]\t[[name:Daniela]]

        Shout out for this lot – every single night turn went out on time over Christmas, 31 {{departures}}, zero {{ground damage}}, zero {{lost bags}} reported. [[name:Kez]] ([[name:KL]]) covered Christmas night as {{TL}} so [[name:Rich]] could be home with his new baby. [[name:Bernie]] brought {{mince pies}} for the {{crew room}}. Happy new year all – [[name:Jonno]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind204", REPORTS))
