"""Held-out blind corpus 212: 50 invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
the anonymiser generalises. Three settings, every person, organisation, place and number
invented:

* social_care (17): a council leaving care service - personal advisers, pathway plans,
  Staying Put, semi-independent accommodation, care leavers aged 18-25.
* health (17): a neonatal intensive care unit - incubators, TPN, breast milk labelling,
  transfers, parents on the unit, neonatal transport.
* aviation (16): an airport fire and rescue service and airside driving - watch managers,
  RFFS categories, runway inspections, FOD, vehicle permits, bird control.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams/WhatsApp with handles), handover notes, minutes with
attendance and apologies, pipe-separated and aligned tables, radio/RT transcripts, shout-outs
and thank-you notes. `[[label:value]]` marks identifiers; `{{term}}` marks must-not-redact
mentions (roles, national agencies, clinical terms, equipment, generic times and place types).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind212.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        rushed note sorry, will write up properly tmrw. visited [[name:kez]] ([[name:Kezia Obi-Mensah]],
        [[age:19yo]]) at the {{semi-independent}} flat on [[address:14b Tanners Row, Harrowfield]] approx
        4pm. no gas or elec, meter on emergency credit since the wkend?? [[name:kez]] said the
        {{support worker}} from [[organisation:Brightstep Housing]] hadnt been in for 3 days. fridge
        empty apart from formula for her nephew. gave £20 from {{petty cash}} + {{food bank}} voucher.
        rang [[organisation:brightstep]] {{on call}} 3x no answer. told my {{team manager}} [[name:Hope]]
        who is escalating to {{commissioning}}. {{pathway plan}} needs reviewing - accommodation
        section says 'daily contact' which clearly isnt happening. [[name:kez]] asked me not to make a
        fuss as she 'doesnt want to be moved again'. will go back thurs w/ [[name:Hope]] if poss.
        {{PA}} [[name:ML]]
    """)),
    ("social_care", "success", block("""
        Teams – [[organisation:Harrowfield Leaving Care]] > Shout-outs

        [[name:Grace Adeyinka]]  09:14
        Massive shout-out to [[name:Will]] 🙌 He sat with [[name:DK]] and his {{foster carers}} until
        gone 7pm on [[date:12 March]] to get the {{Staying Put}} agreement signed before the
        placement would have ended. He also sorted the {{HMRC}} letter so the carers' {{qualifying
        care relief}} isn't affected. [[name:DK]] said it was "the first time a professional didn't
        just pass me on".

        [[name:Tomasz Wiśniewski]]  09:20
        +1 and he rang the {{IRO}} the same day so the {{pathway plan}} review could be brought
        forward to [[date:Tues 19th]]. Legend.

        [[name:Pat]] ({{Team Manager}})  09:31
        Adding this to the learning log for {{Practice Week}}. Thank you [[name:Will]] 👏
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT – LEAVING CARE SERVICE
        Young person: [[name:Mohammed Al-Rashidi]]
        DOB: [[date_of_birth:03/08/2005]]
        LC ref: [[case_reference:LC-20417]]
        NI no: [[ni_number:JT 48 21 96 C]]
        Current address: [[address:Flat 3, 22 Colliers Way, Dunstow]] [[postcode:DN7 4QR]]
        {{Personal Adviser}}: [[name:Siobhán Ní Bhriain]]
        Date of incident: [[date:21/02/2024]]

        What happened:
        A {{Setting Up Home Allowance}} confirmation letter showing the young person's NI number and
        new address was posted to his former {{supported lodgings}} host on [[address:Rook Lane,
        Dunstow]]. He had moved because of {{county lines}} concerns linked to that area. The host
        rang the {{duty}} line on [[date:23/02/2024]] and returned the letter unopened.

        Immediate action: [[name:Siobhán]] told [[name:Mohammed]] in person the same day. Safety
        plan updated, {{Information Governance}} informed (IG ref [[case_reference:IG/24/0193]]).
        Cause: the finance system still held the old address because the change form for
        [[case_reference:LC-20417]] was saved but not submitted. No {{MASH}} referral needed.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Ngozi Eze]] <[[email:ngozi.eze@harrowfield.gov.uk]]>
        To: LC Duty <[[email:lcduty@harrowfield.gov.uk]]>
        Subject: Near miss – wrong {{pathway plan}} nearly sent to uni
        Sent: [[date:Wed 10 April 2024]] 16:02

        Hi all,

        Logging this so we learn from it. I was emailing [[name:Summer Blake]]'s {{pathway plan}}
        to the {{student support}} team at [[organisation:Orrinvale University]] (with her consent)
        for her bursary. Outlook auto-filled the attachment from my recent files and I had
        [[name:Rhys Pugh]]'s plan attached instead – it has his {{CAMHS}} history and his mum's
        address. I noticed the file name in the preview just before pressing send.

        Suggestion: save plans as "PP – surname – date" and always open the attachment before it
        goes out, especially over the summer when we're sending loads for uni applications.

        Thanks,
        [[name:Ngozi]]

        [[name:Ngozi Eze]] | {{Personal Adviser}}
        [[organisation:Harrowfield Council]] Leaving Care Service
        Tel: [[phone:01632 960 418]]
    """)),
    ("social_care", "success", block("""
        Leaving Care Practice Learning Forum – minutes
        Date: [[date:7 May 2024]]
        Present: [[name:Joy Okafor]] (chair, {{Service Manager}}), [[name:Bill Hartigan]] ({{PA}}),
        [[name:Anaïs Dupont]] ({{Senior PA}}), [[name:Hamid Rezaei]] ({{UASC}} lead), [[name:Faith Mwangi]]
        ({{Housing Options}})
        Apologies: [[name:M. Kowalczyk]], [[name:Sunny Gill]]

        Item 2 – Learning from a positive outcome
        [[name:Hamid]] presented the journey of a young man, now [[age:aged 21]], who arrived as an
        {{unaccompanied asylum-seeking child}}. After refugee status was granted his {{PA}} worked
        with [[organisation:Calderbrook Homes]] and the {{Home Office}} {{move-on}} team so that he had a
        tenancy signed before his {{asylum support}} ended – no gap, no night in a hostel.
        What helped: starting the {{move-on}} plan six months early; a named contact at
        [[organisation:Calderbrook Homes]]; an interpreter booked for every visit.
        Action: [[name:Faith]] to share the contact list with all PAs by [[date:31 May]].
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp export – LC work mobile 07 (shared)

        [[[date:09/04/2024]], 23:12] [[name:Leon]] 🦁: u up? landlord changed the locks im outside wiv my bags
        [[[date:09/04/2024]], 23:15] [[name:Leon]] 🦁: pls answer
        [[[date:09/04/2024]], 23:41] [[name:Leon]] 🦁: nvm ill sort it
        [[[date:10/04/2024]], 08:52] Work 07: Hi [[name:Leon]] so sorry just seen this, where are you now?

        Narrative: the shared work mobile was switched off overnight and had no auto-reply giving
        the {{Emergency Duty Team}} number. [[name:Leon]] ([[age:aged 18]]) rang his former foster carer
        Mrs [[name:Dunmore]], who called {{EDT}} and got him into emergency B&B at 00:30. Nothing bad
        happened, but only because of her. Learning: every shared phone to carry an out-of-hours
        auto-reply; {{PA}} to check the {{tenancy}} paperwork with the {{landlord}} as this
        looks like an unlawful eviction.
    """)),
    ("social_care", "incident", block("""
        LC duty handover – Thurs [[date:18/01]] (from [[name:Bartek]] to [[name:Eilidh]])
        • [[name:Aaliyah Brown]] [[case_reference:LC-19876]] – uni accom confirmed, no action.
        • [[name:tiago]] ([[name:Tiago Ferreira]], [[case_reference:LC-20133]]) – INCIDENT: his £300
          {{Setting Up Home}} payment went into [[name:Aaliyah]]'s bank acct on [[date:16/01]]. {{Finance}}
          copied the payee from the line above on the batch sheet. [[name:Aaliyah]] rang to say she'd
          got money she wasn't expecting and has agreed to send it back. [[name:tiago]] has no cooker in
          the new flat and kicked off in {{reception}} at 2pm – calmed down by [[name:Rose]] on the desk.
        • Chased {{Finance}} – manual payment for [[name:tiago]] promised by fri. Incident form done,
          ref [[case_reference:INC-0552]].
        • [[name:Jayden]] – {{magistrates}} tomorrow 10am. He's [[age:19]] so {{Probation}} not {{YOT}}.
          {{PA}} attending.
    """)),
    ("social_care", "success", block("""
        Typed up from a card handed in at {{reception}} on [[date:2 February]] (shared with permission):

        "Dear [[name:Amber]],
        thank you for driving me to [[organisation:Westgate Jobcentre]] {{every week}} when I was too
        anxious to get the bus, and for sitting in the waiting room even when it took 2 hours. I start
        at [[organisation:Pennyfold Nursery]] on {{Monday}} as an apprentice!!! You never once made me
        feel like a case number.
        Love from [[name:Precious]] xx"

        Note from [[name:Amber Lau]] ({{Personal Adviser}}): [[name:Precious]] is [[age:20]] and had not
        been in education, employment or training since leaving care. What worked: small steps agreed
        with her {{adult mental health}} worker, the same {{work coach}} every time, and an
        apprenticeship found through our {{Local Offer}}. Sharing as a reminder that practical help
        counts.
    """)),
    ("social_care", "incident", block("""
        Chronology – [[name:Kyle Mbeki]] ([[age:18]]), [[organisation:Oakhurst House]] semi-independent unit,
        [[date:Sat 24 Feb]]
        14:00  [[name:Kyle]] signs out to "go to the shop". On shift: [[name:Dawn]] ({{senior}}),
               [[name:Lukas]] ({{agency}}).
        17:00  Due back for evening meds ({{sertraline}}). Not back. [[name:Dawn]] texts, no reply.
        20:30  Still no contact. [[name:Lukas]] assumes [[name:Dawn]] has rung {{police}}; she assumes he has.
        23:10  {{Night staff}} arrive and ask where [[name:Kyle]] is. Missing report made, police log
               [[case_reference:CAD 4471-24/02]].
        01:45  Found by police at the {{railway station}}, intoxicated but unharmed.
        Mon 09:00  {{PA}} [[name:Oluwaseun Adeyemi-Clarke]] informed – first she knew.
        Learning: six-hour delay in reporting. Provider has no {{missing person protocol}} for over-18s
        and no agreement to tell the {{Emergency Duty Team}} out of hours.
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:14 March 2024]] I chaired a {{pathway plan}} review for [[name:Leah Carmichael]]
        ([[case_reference:LC-18820]]) at [[organisation:Broadmere Family Centre]]. [[name:Leah]] had asked
        for her {{mum}} to join part of the meeting. [[name:Leah]] moved to a {{refuge}} last month after
        her ex-partner assaulted her and her new address is restricted. Before the meeting I printed
        the draft plan from {{Mosaic}}; the front sheet auto-populates the current address. I had put
        copies on the table when [[name:Leah]]'s {{IDVA}}, [[name:Jo Fairweather]], noticed the address on
        page one and removed them before her {{mum}} came in. Her {{mum}} is still in contact with the
        ex-partner. No disclosure happened. I have asked for the front sheet to show "restricted"
        wherever an address is flagged, and I will not print plans for shared meetings again.
        — [[name:Gwen Rhys-Morgan]], {{Senior Personal Adviser}}
    """)),
    ("social_care", "incident", block("""
        Pathway plan audit – overdue reviews at [[date:31/03/2024]]

        | Young person | LC ref | Age | PA | Last review | Days overdue |
        |---|---|---|---|---|---|
        | [[name:Sami Haddad]] | [[case_reference:LC-17702]] | [[age:22]] | [[name:B. Hartigan]] | [[date:02/08/2023]] | 58 |
        | [[name:Chloe-Ann Pike]] | [[case_reference:LC-19214]] | [[age:19]] | vacant | [[date:15/09/2023]] | 15 |
        | [[name:Emeka Nwosu]] | [[case_reference:LC-18390]] | [[age:24]] | [[name:F. Mwangi]] | [[date:20/06/2023]] | 102 |

        Three reviews are past the six-month timescale in the {{Care Leavers (England) Regulations}}.
        [[name:Chloe-Ann]]'s {{PA}} post has been vacant since [[name:Sunny]] left in {{January}} and the
        case sat on the {{unallocated}} list. [[name:Emeka]]'s review was cancelled twice through
        sickness. [[name:Sami]] declined two dates. Reported to {{Head of Service}}; added to the
        {{Ofsted}} improvement plan.
    """)),
    ("social_care", "success", prose("""
        [[name:Marcus Oyelaran]], [[age:23]], was released from [[organisation:HMP Ashcombe]] on
        [[date:5 June]]. His two previous releases ended in street homelessness within days. This time
        his {{PA}}, [[name:Bill]], started planning twelve weeks out: he joined the {{Offender Management
        Unit}} meeting by video, set up an advance {{Universal Credit}} claim, and agreed a room with the
        {{probation}} officer, [[name:Kasia Nowak]], at a {{move-on}} flat run by [[organisation:Harbour Lights
        Trust]]. [[name:Bill]] met him at the gate at 8am with a phone, a bus pass and his {{ID}}.
        [[name:Marcus]] said it was "the first time someone was actually there when I came out". Six
        weeks on he has kept every {{probation}} appointment. Learning: treat a release date like a
        {{Staying Put}} date and plan backwards from it.
    """)),
    ("social_care", "near_miss", prose("""
        nr miss - txt'd the key safe code for [[address:9 Fenwick Court]] to the wrong number. meant for
        the {{locksmith}} but it went to [[name:jamal]]'s old number ([[phone:07700 900316]]) which i hadnt
        deleted from my phone. realised 5 mins later, rang it - a random bloke answered and said he'd
        delete it. changed the code straight away w/ {{Housing}}. no entry as far as we know.
        [[name:Jamal]] is fine, told him wot happened. lesson: dont use ur own contacts, use the
        {{Mosaic}} contact record + double check b4 sending any codes. {{team manager}} aware. sry!!
        - [[name:sadia]] {{PA}}
    """)),
    ("social_care", "incident", block("""
        {{PA}} note: [[name:Tanisha]] came to the office in tears with a bailiff letter. Reply below.

        From: Revenues Team <[[email:revenues@harrowfield.gov.uk]]>
        To: [[name:Oluwaseun Adeyemi-Clarke]]
        Cc: [[name:Joy Okafor]]
        Subject: RE: [[case_reference:CTX-883104]] – care leaver exemption
        Date: [[date:26 Feb 2024]]

        Dear [[name:Oluwaseun]],
        I can confirm the enforcement letter sent to Ms [[name:Tanisha Greaves]] at
        [[address:41 Holloway Gardens, Harrowfield]] [[postcode:HF3 8NW]] should not have been issued.
        Ms [[name:Greaves]] is [[age:20]] and qualifies for the {{care leaver exemption}} until 25. The
        flag was dropped when her account moved after she changed address on [[date:1 December]]. We
        have recalled the case from [[organisation:Marshgate Enforcement Ltd]], removed the £75 fee and
        backdated the exemption.

        Regards,
        [[name:Dev Patel]]
        {{Senior Revenues Officer}}, [[organisation:Harrowfield Council]]
    """)),
    ("social_care", "success", prose("""
        Shout-out 📣 for [[name:JK]] in {{Business Support}}. One of our young people, [[age:aged 19]],
        had no ID at all – born abroad, no passport, birth certificate lost somewhere between six
        placement moves. Without ID he couldn't open a bank account, so his first wages from
        [[organisation:Fenwick & Daughters Bakery]] were going to be held back. [[name:J.K.]] spent two
        days on hold to the {{Home Office}} and the {{General Register Office}}, got a letter of
        confirmation from the {{Virtual School}}, and booked him into the bank with the {{PA}}. He was
        paid on time. This is exactly what the {{Care Leaver Covenant}} is meant to be about. Thank you
        [[name:JK]] 🙏 — [[name:Mark]] ({{PA}})
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS FORM
        Name: [[name:Destiny Clarke-Obi]]
        DOB: [[date_of_birth:17/11/2004]]
        Ref: [[case_reference:LC-20951]]
        Address (new): [[address:Flat 12, Linnet House, Sorrel Road, Harrowfield]] [[postcode:HF1 2LB]]
        Child: [[name:Nevaeh]], [[age:7 months]]
        Reported by: [[name:Sian]] ({{PA}})

        What happened: [[name:Destiny]] moved from a {{mother and baby placement}} to her own flat on
        [[date:8 January]]. Nobody told the {{health visitor}}. The {{developmental review}} letter
        went to the old placement and was only forwarded because the manager there recognised the
        name. [[name:Nevaeh]] was also due her {{immunisations}} and was not yet registered with
        [[organisation:Sorrel Road Surgery]].
        Outcome: no harm – appointments rebooked. Learning: add {{health visitor}} and {{GP}} to the
        {{move-on checklist}} for every young parent.
    """)),
    ("social_care", "incident", block("""
        Teams chat – [[name:Priyanka Raghunathan]], [[name:Yusuf]] ({{Placements}}), [[name:Gwen]]

        [[name:Priyanka]] 10:02  has anyone seen this? [[organisation:Kestrel Lodge]] put a photo on their
        {{Facebook}} page of the "summer BBQ" and [[name:Chantelle]] is in it, face fully visible
        [[name:Yusuf]] 10:05  oh no. she's got a {{non-molestation order}} and the ex doesn't know what
        area she's in
        [[name:Gwen]] 10:07  screenshot it and ring the manager now pls, I'll start the incident form
        [[name:Priyanka]] 10:19  taken down. manager says {{consent}} form was signed but it was for
        "internal use" only
        [[name:Gwen]] 10:24  ok. telling [[name:Chantelle]] face to face this afternoon w/ her {{IDVA}}.
        Logged as {{data breach}}, ref [[case_reference:DB-2024-061]], {{Placements}} to review the
        provider's {{social media policy}}
    """)),
    # ------------------------------------------------------------------ health (NICU)
    ("health", "incident", block("""
        INCIDENT FORM
        Incident ref: [[case_reference:W-58213]]
        Date/time: [[date:03/03/2024]] 02:40
        Location: [[organisation:Kittiwake Neonatal Unit]], {{nursery 2}}, cot 7
        Patient: Baby [[name:Zara Hussain]]   NHS no: [[nhs_number:485 777 3457]]   Hosp no: [[case_reference:K4471920]]
        Milk belonged to: Baby [[name:Oliver Kaminski]]   Hosp no: [[case_reference:K4471388]]

        Description: 12 ml of {{expressed breast milk}} given via {{NG tube}} to [[name:Zara]] at the 02:00
        feed. At 02:40 the nurse preparing the next feed noticed the syringe label read
        "[[name:KAMINSKI]]". The milk had been taken from the wrong tray in the shared fridge and the
        bedside second check was skipped because the second nurse was at a {{resus}}.
        Actions: {{neonatal registrar}} informed; both families told under {{Duty of Candour}};
        donor mother's {{serology}} from booking checked – negative for {{HIV}}, {{hepatitis B}} and
        {{hepatitis C}}. [[name:Zara]] observed, no harm identified.
        Reported by: [[name:Chidinma Okeke]], {{Band 6}}
    """)),
    ("health", "near_miss", prose("""
        near miss pls share at {{safety huddle}} - {{TPN}} for bed 4 (baby [[name:Osei]]) was prescribed
        on the old {{birth weight}} 0.98kg when todays wt is 1.21kg. {{pharmacy}} ([[name:Marguerite]])
        rang at 11 to query before compounding, bag would have been well under on {{amino acids}} +
        {{lipid}}. {{SHO}} rewrote it, no harm. think the {{e-prescribing}} template pulls birth wt by
        default?? needs IT to look. also the {{U&Es}} werent back so pharmacy couldnt check the sodium
        either - pls chase bloods b4 10am. - [[name:kat]] {{ANNP}}
    """)),
    ("health", "success", prose("""
        Shout-out ⭐ to [[organisation:NorthStar Neonatal Transport]] and to [[name:Faith]] on our night
        team. On [[date:Sunday 14th]] a baby born at 26 weeks on our {{labour ward}} needed urgent
        transfer for {{surgery}} with suspected {{NEC}}. [[name:Faith]] had the baby stabilised, lines in,
        {{blood gas}} done and the {{transfer letter}} written by the time the team arrived at 03:10.
        The transport {{consultant}}, Dr [[name:Ruairí Ó Dónaill]], said it was the smoothest handover
        they'd had all month. Dad went in the ambulance and mum followed the next morning with our
        {{family care}} team. Baby was in theatre at [[organisation:Queen Adelaide Children's Hospital]]
        within two hours. Thank you [[name:Faith]] and [[organisation:NorthStar]] – proper teamwork.
        [[name:Lorraine]] ({{Ward Manager}})
    """)),
    ("health", "incident", block("""
        Chronology – extravasation, {{long line}}, cot 3, Baby [[name:Eriksson]] ([[case_reference:K4470556]])
        [[date:11/05/2024]]
        08:00  Handover. {{PN}} running via right arm {{long line}} at 6.2 ml/hr. Site "NAD".
        09:00  Hourly site check by Nurse [[name:Adebayo]], documented.
        10:00  Check not documented – nurse pulled into {{ward round}}.
        11:15  Swelling and blanching right arm to shoulder. {{PN}} stopped. {{Registrar}}
               Dr [[name:Elif Şahin]] attended.
        11:40  {{Hyaluronidase}} and {{saline flush-out}} on {{plastics}} advice by phone.
        13:00  Parents [[name:Ingrid]] and [[name:Mats]] informed at the cotside.
        Outcome: moderate harm, {{tissue viability}} follow-up booked.
        Learning: hourly {{VIP score}} checks must carry on through the {{ward round}} – a named nurse
        covers when the allocated nurse is away from the cot.
    """)),
    ("health", "near_miss", block("""
        Handover – {{HDU}} bay, nights → days, [[date:22/01]]
        • Twins [[name:Amara]] (T1, [[case_reference:K4472101]]) and [[name:Adaeze]] (T2, [[case_reference:K4472102]])
          [[name:Nwachukwu]] – NEAR MISS overnight. At 04:00 cares T2 was wearing both {{ID bands}}, one on
          each leg; T1 had none. Bands came off during {{phototherapy}} and were put back from the
          incubator top without checking. Picked up before the 05:00 {{gentamicin}} – T1 is on gent,
          T2 is not. New bands printed; {{positive patient identification}} done with mum
          [[name:Blessing]] at 06:30. {{Datix}} [[case_reference:W-58340]].
        • Cot 9 [[name:Leo]] – {{CPAP}} weaning, plan {{high-flow}} today if settled.
        • Cot 10 – awaiting {{cranial ultrasound}}, parents coming in 2pm.
    """)),
    ("health", "success", block("""
        Teams – [[organisation:Kittiwake]] NICU staff channel

        [[name:Bea Lindqvist]]  14:05
        Lovely {{Friends and Family}} card today from parents in {{nursery 1}}: "To [[name:Hope]] and the
        night girls – thank you for showing [[name:Daniel]] how to do {{kangaroo care}} round all the
        wires, and for the cot-side photo diary. He was terrified to touch her." hope you see this
        [[name:Hope]] ❤️

        [[name:Hope Ansah]]  14:11
        aw 😭 dad was brilliant, took to it straight away once the {{CPAP}} tubing was secured

        [[name:Rahul]]  14:20
        adding to the {{Bliss Baby Charter}} evidence folder 👍
    """)),
    ("health", "incident", block("""
        Transfer temperature log – baby [[name:Lowe]], [[case_reference:K4469973]], to
        [[organisation:Brackenford General Hospital]] {{SCBU}}, [[date:19 April]]

        Time   Location     Temp (°C)  Comment
        13:05  cotside      36.8       into {{transport incubator}}
        13:40  ambulance    36.1       {{skin probe}} found detached
        14:10  arrival      35.4       {{hypothermia}}
        14:40  {{SCBU}}         36.5       rewarmed

        Narrative: the {{skin probe}} had been taped over the {{nappy}} edge and came off when the
        baby was moved into the {{transport incubator}}, so the servo kept the heater low. The
        {{transport nurse}}, [[name:Gintarė]], noticed the reading did not match the baby's cool feet.
        Learning: check probe position at departure and every 15 minutes; a gel mattress ready for
        any transfer over 30 minutes.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Olamide Bankole]] <[[email:o.bankole@stoswins.nhs.uk]]>
        To: NICU Pharmacists; Dr [[name:Harriet Quayle]]
        Subject: Near miss – {{gentamicin}} 10x dose ([[case_reference:W-58411]])
        Date: [[date:Tue 7 May 2024]]

        Hi [[name:Harriet]],

        Overnight the {{SHO}} prescribed {{gentamicin}} 25 mg for cot 12 (0.62 kg) instead of 2.5 mg –
        decimal slip when typing 4 mg/kg. Two nurses checked the chart against the calculator, but
        [[name:Maeve]] questioned why she needed 2.5 vials and stopped before drawing up. The {{e-prescribing}}
        dose-range alert fired and was overridden at 01:10. Nothing given.

        Could we discuss hard stops for {{aminoglycosides}} at the next {{Medicines Safety}} group?

        Thanks,
        [[name:Olamide]]
        {{Neonatal Pharmacist}}, [[organisation:St Oswin's Hospital]]
    """)),
    ("health", "success", block("""
        NICU Learning from Excellence – [[date:16 May 2024]]
        Attendees: Dr [[name:K. Mensah]] ({{consultant}}, chair), [[name:Lorraine Tait]] ({{Ward Manager}}),
        [[name:Maeve O'Shea]] ({{Band 5}}), [[name:Xiao Lin]] ({{ANNP}}), [[name:Olamide]] ({{pharmacy}})
        Apologies: [[name:Rahul Varma]], [[name:Gintarė]]

        1. Golden hour. [[name:Xiao Lin]] presented a 24-week delivery on [[date:2 May]]: {{surfactant}}
           given at 14 minutes, {{admission temperature}} 36.9 °C. What went well – a {{pre-brief}} in
           {{delivery suite}} 20 minutes before birth, {{plastic bag}} and {{transwarmer}} ready, roles
           written on the whiteboard.
        2. Actions: [[name:Lorraine]] to laminate the {{pre-brief}} card for the {{Resuscitaire}};
           [[name:Olamide]] to pre-fill {{surfactant}} doses by weight band.
    """)),
    ("health", "incident", prose("""
        At about 15:30 on [[date:6 June]] a mother, [[name:Kirsty Hale]], came to the {{nurses' station}}
        in {{nursery 3}} to ask about her son's feeds and read the {{patient status board}} while she
        waited. Next to Baby [[name:Farouk]]'s bed space the board said "{{CP plan}} – police involved,
        no info to father". [[name:Kirsty]] lives on the same estate as the family and later mentioned
        it to another parent in the {{parents' kitchen}}. The {{safeguarding}} note should have been on
        the electronic record only; it had been written on the board by a {{bank nurse}} unfamiliar
        with the unit during a busy shift. The board was wiped at 16:10 when the {{nurse in charge}}
        noticed. The {{safeguarding team}} and the family's {{social worker}} were informed that
        evening and [[name:Farouk]]'s mother was told in person by Sister [[name:Nkemdirim]]. Learning:
        the board is for clinical status only; {{bank}} induction to include the {{confidentiality}}
        rules for the unit.
    """)),
    ("health", "near_miss", prose("""
        near miss 🙈 nearly hung {{donor EBM}} for [[name:lily-mae]] (cot 11) - mum ([[name:Gemma]]) has
        said NO to donor milk, its on the {{care plan}} + the cot card. donor bottles and mums own look
        identical once drawn up into the {{enteral syringe}}. [[name:Stan]] did the 2nd check and
        spotted the {{milk bank}} batch no ([[case_reference:DM-33019]]) on the bottle in the bin. got her
        own {{colostrum}} from the freezer instead. nothing given. told the {{NIC}} [[name:Rosa]]. pls can
        we get coloured syringe labels for donor?? [[name:lily-mae]]'s mum not told yet - {{NIC}} to
        discuss. - [[name:ife]]
    """)),
    ("health", "success", block("""
        Transport log – repatriation to [[organisation:Brackenford General Hospital]] {{SCBU}}
        Date: [[date:28/06/2024]]   Team: [[organisation:NorthStar Neonatal Transport]]   Job no: [[case_reference:NS-24-1187]]
        Baby: [[name:Tobias Grünewald]]   NHS: [[nhs_number:612 394 0589]]   DOB: [[date_of_birth:09/05/2024]]

        09:30  Call accepted
        10:45  Team at cotside, handover from [[name:Sunny]] ({{NICU nurse}})
        11:20  Depart; mum [[name:Lena]] travelling in the ambulance
        12:05  Arrived; handover to Sister [[name:Okoro]]

        Comments: cot to cot 45 minutes, {{temperature}} stable 36.7–37.0. Mum said it was the first
        transfer she wasn't scared on, because [[name:Sunny]] had talked her through every step the
        night before using the {{transfer leaflet}}. Good practice to share at {{ODN}} level.
    """)),
    ("health", "incident", block("""
        Timeline – delayed transfer for {{therapeutic hypothermia}}, [[date:Fri 9 Aug]]
        06:30  Call from [[organisation:Pellow Bay Birth Centre]] via {{conference line}}: term baby, poor
               condition at birth. {{Passive cooling}} advised by our {{consultant}}.
        06:45  [[organisation:NorthStar]] – both teams already committed; next ambulance ETA 2 hrs.
        07:10  Birth centre {{midwife}} [[name:Rowenna]] reports rectal temp 33.1 °C – overcooled.
               Advised to replace hat and blanket, recheck every 15 min.
        08:55  Transport team arrives at the birth centre.
        10:20  Arrives on unit; {{active cooling}} on the {{cooling mattress}} by 10:25.
        Issues: overcooling during {{passive cooling}} without continuous monitoring; only two
        transport teams for the region overnight; baby's {{Hosp no}} [[case_reference:K4473350]] not
        created until arrival, so bloods sent from the birth centre went unmatched.
        Reported by [[name:Temi Adewale]], {{Band 7}}
    """)),
    ("health", "near_miss", block("""
        Teams chat – NICU nights

        [[name:Xiao Lin]]  21:14
        quick q – new {{caffeine}} vials from {{pharmacy}} say "caffeine base 10 mg/ml"?? we prescribe as
        {{caffeine citrate}}
        [[name:Kasia W]]  21:16
        😳 that's not the same. citrate 20 mg = base 10 mg
        [[name:Xiao Lin]]  21:18
        so if we'd drawn up the usual volume for cot 5 she'd have had double
        [[name:Ade]] ({{reg}})  21:25
        don't use them. quarantine the box, use the old stock from {{CD cupboard}} 2. {{Datix}} please
        [[name:Xiao Lin]]  21:40
        done – [[case_reference:W-58502]]. emailing [[name:Olamide]] in {{pharmacy}} so day team can check
        {{SCBU}} and {{labour ward}} too
    """)),
    ("health", "success", prose("""
        Card from the family of baby [[name:Ishaan]], home on [[date:12 October]] after 82 days with us:
        "Dear Sister [[name:Amber]], [[name:Joy]], [[name:Pip]] and everyone on the
        [[organisation:Kittiwake Unit]] – thank you for letting us be his parents, not visitors. For the
        {{family integrated care}} sessions, for showing [[name:Arjun]] how to do his {{NG tube}} feeds,
        and for the night [[name:Joy]] sat with me after his {{PDA}} ligation. Love [[name:Priya]],
        [[name:Arjun]] & [[name:Ishaan]] xx". {{Ward manager}} note: the {{FICare}} programme started in
        {{spring}}; parents now lead {{ward round}} updates for their own baby. Sharing at the
        {{ODN}} family forum.
    """)),
    ("health", "incident", block("""
        INCIDENT FORM
        Ref: [[case_reference:W-58577]]            Date: [[date:02/09/2024]]
        Reported by: [[name:Rosa Fernández]], {{Nurse in Charge}}
        Patient affected: Baby [[name:Kacper Zieliński]]
        DOB: [[date_of_birth:21/08/2024]]   NHS no: [[nhs_number:703 118 4622]]
        Address: [[address:27 Quarry Bank, Millhaven]] [[postcode:MH4 6TE]]

        Description: Parents of another baby in {{nursery 3}} posted a video on {{TikTok}} filmed at
        their cotside. In the background [[name:Kacper]]'s cot card with his full name and the
        {{monitor}} screen are readable. [[name:Kacper]]'s mother has a {{non-molestation order}} and
        the father is not to know where the baby is. A friend sent her the link.
        Actions: other parents asked to delete the video (done 11:05); {{Caldicott Guardian}} and
        {{safeguarding team}} informed; {{photography policy}} poster put up in every nursery.
    """)),
    ("health", "near_miss", block("""
        Safety huddle 07:45 [[date:Tues 3rd]]
        Present: [[name:Mark]] ({{NIC}}), [[name:Temi]], [[name:Ewa]], [[name:Pat Brennan]] ({{HCA}})

        - {{Resuscitaire}} in room 2 found with empty {{oxygen cylinder}} at 06:00 check, although the
          sheet was ticked at 20:00. It would have been the one used for the {{elective section}} at
          09:00. Cylinder swapped, {{Datix}} done. NEAR MISS – [[name:Mark]] to re-brief nights.
        - Incubator 4 {{humidity}} alarm keeps sounding – {{EBME}} called.
        - [[name:Ewa]] reminding all: {{breast pump}} loan forms to {{infant feeding}} by Friday.
        - Transfers: cot 8 possible back to {{SCBU}} tomorrow.
    """)),
    # ------------------------------------------------------------------ aviation (RFFS / airside)
    ("aviation", "incident", block("""
        RT transcript extract – {{Tower}} / Ops 1, [[date:15/07/2024]]
        10:42:10  TWR:  Ops 1, Tower, [[flight_number:SKV412]] reports possible debris on the departure
                        roll, {{runway two seven}}, vicinity {{Alpha}}.
        10:42:18  OPS1: Tower, Ops 1, request enter {{runway two seven}} at {{Alpha}} for inspection.
        10:42:30  TWR:  Ops 1, enter {{runway two seven}} at {{Alpha}}, report vacated.
        10:44:55  OPS1: Tower, Ops 1, metal bracket about 30 centimetres recovered. Runway vacated.

        Narrative: the bracket was from a {{baggage tug}} tow hitch. The 09:00 {{runway inspection}}
        by [[name:Connor Blaikie]] was clear, so it was dropped after that by a tug crossing at
        {{Alpha}}. Two aircraft departed over it. Engineers found a small nick on the {{nose gear}}
        door of [[aircraft_registration:G-SKVD]] (operating [[flight_number:SKV412]]), which was
        inspected at destination. {{MOR}} filed, ref [[case_reference:CMA-OPS-24-0311]].
    """)),
    ("aviation", "near_miss", block("""
        Ground frequency transcript – [[date:Thurs 22 Feb]]
        06:18:02  GND:      Tug 14, hold short of {{taxiway Charlie}}, {{A320}} passing left to right.
        06:18:07  TUG 14:   Crossing Charlie, Tug 14.
        06:18:11  GND:      Tug 14, NEGATIVE, STOP, hold position!
        06:18:14  [[flight_number:NWD 218]]: [[flight_number:Northwind two one eight]] stopping.

        Summary: the tug driver, [[name:Gurpreet Sandhu]] of [[organisation:Aerolink Ground Services]]
        (ADP [[case_reference:ADP-10442]], vehicle [[vehicle_registration:LN68 XKP]]), read back "crossing"
        instead of "holding" and moved about five metres past the {{stop bar}}. The aircraft stopped
        with roughly 60 m separation. [[name:Gurpreet]] said the cab radio was turned down because of
        {{headset}} feedback. Classed as a {{runway incursion}} risk on the {{manoeuvring area}}; ADP
        suspended pending {{RT}} refresher.
    """)),
    ("aviation", "success", prose("""
        Shout-out to {{Blue Watch}} 🚒 On [[date:3 August]] [[flight_number:NWD561]] (an {{ATR 72}},
        [[aircraft_registration:G-NWDE]]) declared a {{full emergency}} with {{hydraulic failure}} twelve
        minutes out. {{WM}} [[name:Nadia Chowdhury]] had all three {{Majors}} at the {{RVPs}} in under 90
        seconds, briefed the crew on likely {{brake overheat}} and put the {{RIV}} at the far end in case
        of an overrun. The aircraft stopped on the runway with smoking brakes; crews cooled them and the
        passengers were bussed off without anyone hurt. Special mention to FF [[name:Rhodri]] for the
        {{thermal imaging}} checks. {{ATC}} have written to say thanks. — [[name:Ian Forsyth]],
        {{Station Manager}}
    """)),
    ("aviation", "incident", prose("""
        On [[date:27 January 2024]] at 05:50 two firefighters on {{Red Watch}} reported sick, reducing
        the crew to the number needed for {{RFFS Category 5}} against the {{Category 7}} published for
        the airport. {{ATC}} were told at 06:05, but the downgrade was not passed to the operators and
        no {{NOTAM}} was raised. At 06:40 [[flight_number:SKV107]], an {{A321}} needing {{Category 6}}
        as a minimum with {{remission}}, landed normally. Watch Manager [[name:Liam O'Driscoll]]
        recognised the gap at 06:55 when the {{Airfield Duty Manager}} asked for the category by phone.
        Off-duty FF [[name:Abi]] came in and Cat 7 was restored at 07:30. Reported to the {{CAA}} as an
        {{MOR}}, ref [[case_reference:CMA-OPS-24-0102]]. Learning: a single downgrade checklist with
        the {{NOTAM}} office on it.
    """)),
    ("aviation", "near_miss", block("""
        Bird control log – [[organisation:Castlemoor Airport]], [[date:Mon 14 Oct]]
        Time  | Area               | Species        | No.  | Action                         | BCU
        05:30 | RWY 09 threshold   | {{lapwing}}        | 40   | {{distress call}}, dispersed       | [[name:DB]]
        06:15 | Grass area G4      | {{gulls}}          | ~200 | {{pyrotechnics}}, partly dispersed | [[name:DB]]
        06:22 | Approach RWY 09    | gulls          | ~80  | [[flight_number:NWD302]] go-around         | TWR
        06:40 | G4 / adjacent field | gulls         | ~150 | returned – field being ploughed | [[name:DB]]

        Notes: [[name:Dmitri Baranov]] ([[name:DB]]) could not clear G4 because the gulls were feeding on
        the freshly ploughed field next to the fence. [[flight_number:NWD302]] went around after a
        flock crossed the approach at about 300 ft – no strike. The farmer at [[organisation:Hollins Farm]]
        had not given the agreed 48 hours' notice. {{Wildlife hazard}} manager to re-issue the
        {{safeguarding}} agreement.
    """)),
    ("aviation", "success", block("""
        WhatsApp – Green Watch 🔥
        [[date:05/03/2024]], 14:02 - [[name:Big Al]]: 👏 to [[name:Zainab]] today, first {{fuel spill}} on stand 22 on her own
        [[date:05/03/2024]], 14:05 - [[name:Zainab Haidari]]: thanks guys 😊 [[name:Rob]] talked me through the {{spill kit}} last week
        [[date:05/03/2024]], 14:09 - [[name:Rob T]]: she had {{absorbent}} down, drain covered and the {{ground handlers}} moved back
        before I got there. about 40 L of {{Jet A-1}} from a split hose on [[aircraft_registration:G-CMRX]]
        [[date:05/03/2024]], 14:15 - {{WM}} [[name:Faye]]: great work. logging it as a good catch for the {{safety meeting}} 👍
        [[date:05/03/2024]], 14:16 - [[name:Big Al]]: cake is on [[name:Zainab]] now 🍰
    """)),
    ("aviation", "incident", block("""
        AIRSIDE VEHICLE INCIDENT REPORT
        Ref: [[case_reference:AVI-2024-0087]]
        Date/time: [[date:19/05/2024]] 22:35
        Location: {{Stand 31}}, {{airside road}} by {{Pier B}}
        Driver: [[name:Kwabena Asante-Boateng]]   DOB: [[date_of_birth:12/12/1996]]
        ADP no: [[case_reference:ADP-11873]]   Employer: [[organisation:Aerolink Ground Services]]
        Home address: [[address:6 Wren Close, Castlemoor]] [[postcode:CM9 3PL]]
        Vehicle: {{baggage tractor}}, reg [[vehicle_registration:AE19 KTW]]

        Description: the tractor was towing four {{dollies}} and cut the corner at {{Stand 31}}. The
        last dolly clipped the {{ground power unit}} and pushed it about one metre towards the parked
        {{A320}} [[aircraft_registration:G-SKVK]]. No contact with the aircraft. The RFFS attended for a
        small {{hydraulic}} leak from the GPU. Driver breath test negative. Contributing factors:
        unlit stand, {{high-vis}} cone line missing. Driver re-briefed; [[organisation:Aerolink Ground Services]]
        to review towing limits.
    """)),
    ("aviation", "near_miss", block("""
        From: Airside Safety <[[email:airside.safety@castlemoor-airport.co.uk]]>
        To: [[name:Jas Mahal]] <[[email:jas.mahal@skyfuel-aviation.co.uk]]>
        Subject: Expired ADP – refueller [[vehicle_registration:KP21 ZRH]]
        Date: [[date:Wed 12 June 2024]]

        Hello [[name:Jas]],

        During a permit check at 14:10 today the {{Airfield Duty Manager}} stopped your {{bowser}}
        [[vehicle_registration:KP21 ZRH]] on the {{perimeter road}}. The driver, [[name:Piotr Lis]], holds an
        ADP ([[case_reference:ADP-09951]]) whose {{manoeuvring area}} endorsement expired on
        [[date:31 May]]. He was on his way to the {{GA apron}}, a route that crosses {{taxiway Bravo}}.
        No crossing took place. Please confirm by Friday how [[organisation:SkyFuel Aviation Ltd]] tracks
        renewal dates.

        Kind regards,
        [[name:Helen Ashworth-Jones]]
        {{Airside Safety Manager}}, [[organisation:Castlemoor Airport]]
        [[phone:01632 960771]]
    """)),
    ("aviation", "incident", block("""
        Chronology – foam discharge to surface water drain, [[date:8 April 2024]]
        09:30  Monthly foam test on {{Major 2}} ({{Panther 6x6}}) begins on the {{fire training ground}}.
        09:42  Crosswind gusting 20 kt carries the {{monitor}} discharge past the {{containment bund}}.
        09:50  FF [[name:Ollie Brandt]] sees foam in the {{interceptor}}. {{CM}} [[name:Nkechi]] stops the test.
        10:05  {{Airfield Duty Manager}} informed; drain valve closed.
        10:20  {{Environment Agency}} incident line called, ref [[case_reference:EA-1498762]].
        11:30  [[organisation:Clearflow Drainage Ltd]] on site; interceptor tankered out.
        Outcome: about 300 L of {{fluorine-free foam}} solution reached the interceptor; none found
        downstream. Learning: no foam tests with a crosswind over 10 kt, and the bund extension
        promised last year to be chased by [[name:Nkechi]] with {{Estates}}.
    """)),
    ("aviation", "success", block("""
        Hot debrief – {{brake fire}}, [[flight_number:SKV233]], [[date:22/08/2024]]
        Attendance: {{WM}} [[name:Grace Whitlock]] (chair), {{CM}} [[name:Tunde Ogunleye]], FFs [[name:Mei Chen]],
        [[name:Rory]], [[name:Bartosz]], [[name:Hollie]]; {{ATC}} rep [[name:Gareth]]
        Apologies: {{Station Manager}}

        What went well
        - {{Tower}} gave a clear {{Local Standby}} upgrade; first vehicle in position in 70 s.
        - [[name:Mei]] spotted the {{fusible plug}} had already released, so no one stood in line with
          the wheel.
        - Passengers kept on board until the brakes cooled, then stepped off to buses on {{Stand 5}}.
        Even better if
        - Radio discipline: two vehicles talking over each other at 16:03.
        - The {{dry powder}} was not needed, yet the {{RIV}} left its position early.
        Actions: [[name:Gareth]] to share the tower audio for training; [[name:Grace]] to update the
        {{brake fire}} card.
    """)),
    ("aviation", "near_miss", block("""
        Watch handover Red → White, [[date:17/11]] 19:00
        Handed over by: {{WM}} [[name:Dave]]   Received by: {{WM}} [[name:Björn Halvorsen]]
        Category: published {{Cat 9}}
        Vehicles: {{Major 1}} ✔  {{Major 2}} ✔  {{Major 3}} OFF RUN ({{pump}} fault since 18:20)  {{RIV}} ✔
        Crew: 14 on duty, 1 in {{Control Room}}

        NEAR MISS: when {{Major 3}} went off the run at 18:20 nobody told {{ATC}}, so the tower
        still showed {{Cat 9}} while only {{Cat 8}} was available. [[flight_number:GLX9021]] ({{B777}},
        needs {{Cat 9}}) was 35 minutes out. [[name:Björn]] checked the board during handover and
        called the tower at 19:04; the airline accepted a 20-minute hold while a relief pump was
        fitted. {{Cat 9}} restored 19:22.
        Action: vehicle status change = phone call to tower, every time. [[name:Dave]] re-briefed.
    """)),
    ("aviation", "incident", prose("""
        ff [[name:macca]] ([[name:Jamie McAllister]]) hurt his knee on the {{aircraft fire trainer}} this
        am - slipped on the {{walkway}} getting off the rig after the {{hot fire}} drill. {{PPE}} fine,
        boots fine, grating was greasy from the {{LPG}} burners + rain. went to {{A&E}} at
        [[organisation:Castlemoor General]] w/ [[name:shaz]], xray clear, sprain. off for 2 shifts.
        {{RIDDOR}}? prob not unless off over 7 days, will keep eye. coned off the walkway + asked
        {{Estates}} for anti slip strips asap. [[name:macca]] says this is the 2nd time he's seen
        someone slip there so not a one off. - [[name:jt]] {{WM}}
    """)),
    ("aviation", "success", block("""
        From: [[name:Mariana Costa]] <[[email:m.costa@skyvale.aero]]>
        To: RFFS Watch Managers
        Subject: Thank you – medical on [[flight_number:SKV1184]]
        Date: [[date:30 Sept 2024]]

        Dear all,

        On behalf of [[organisation:Skyvale Airways]] I want to thank {{Blue Watch}} for Saturday evening.
        A passenger, [[age:aged 67]], collapsed as [[flight_number:SKV1184]] ([[aircraft_registration:G-SKVP]])
        reached the stand. Your crew were on board within three minutes with the {{defibrillator}} and
        took over {{CPR}} from our {{cabin crew}}. He had a pulse back before the {{paramedics}} arrived
        and is now recovering in hospital. [[name:Nadia]] and [[name:Ferg]] kept calm and explained
        everything to his wife. Captain [[name:Huw Ellis]] asked me to pass on his thanks as well.

        Best wishes,
        [[name:Mariana]]
        {{Station Manager}}, [[organisation:Skyvale Airways]]
    """)),
    ("aviation", "near_miss", block("""
        Runway inspection findings – {{RWY 27}}, week commencing [[date:4 March 2024]]

        Date  | Time  | Inspector   | Vehicle  | Finding                              | Action
        [[date:04/03]] | 05:10 | [[name:C. Blaikie]] | [[vehicle_registration:YG70 HDU]] | nil                                  | –
        [[date:05/03]] | 05:05 | [[name:R. Nair]]    | [[vehicle_registration:YG70 HDU]] | {{edge light}} lens cracked, E7          | {{AGL}} job [[case_reference:WO-66120]]
        [[date:06/03]] | 05:15 | [[name:R. Nair]]    | [[vehicle_registration:YG70 HDU]] | {{FOD}}: {{wheel chock}} at {{TWY B}} hold    | removed
        [[date:06/03]] | 13:40 | [[name:C. Blaikie]] | [[vehicle_registration:YG70 HDU]] | {{FOD}}: second chock, same operator     | removed

        Comment: two chocks in eight hours, both stencilled with the handling agent's logo. Either
        could have been ingested on take-off. Reported to [[organisation:Aerolink Ground Services]];
        {{FOD}} walk for all their stand crews booked.
    """)),
    ("aviation", "near_miss", block("""
        Slack – #airfield-ops

        [[name:kofi.mensah]]  21:47
        {{muntjac}} on {{TWY D}} near the {{localiser}} 🦌
        [[name:sunny]]  21:48
        on my way, {{Tower}} have stopped departures
        [[name:kofi.mensah]]  21:55
        it's gone under the fence at the NE corner – gap about 40cm where the {{perimeter fence}} posts
        were replaced last week
        [[name:sunny]]  22:10
        {{ops}} resumed. [[flight_number:NWD890]] held 12 min at the {{holding point}}, no drama
        [[name:Ayesha]]  22:30
        logging as a {{wildlife hazard}} near miss, ref [[case_reference:AO-24-1572]]. [[organisation:Greenway Fencing]]
        back 07:00 tomorrow to fix. [[name:sunny]] can you get the {{bird control}} unit to sweep the
        fence line at first light pls
    """)),
    ("aviation", "success", prose("""
        good catch 👍 big up [[name:tash]] on {{White Watch}} - during the daily {{vehicle check}} on
        {{Major 1}} she found the hydraulic hose to the roof {{monitor}} chafing on the bracket, maybe a
        few more runs before it burst. took it off the run for 30 mins, {{Cat 7}} kept with the
        {{RIV}} + Major 2, {{ATC}} told straight away. [[organisation:Fleetline Fire Engineering]]
        fitted a new hose + sleeve and checked the other two {{Majors}}, found the same wear on one.
        [[name:tash]] also put it on the defect sheet with photos which made the fitter's job easy.
        great attention to detail. - [[name:grace w]] {{WM}}
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind212", REPORTS))
