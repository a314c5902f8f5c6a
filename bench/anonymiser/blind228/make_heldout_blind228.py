"""Held-out blind corpus 228: 50 hand-written UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures how
well de-identification generalises to unseen settings and writing styles. Three settings, all
people, organisations, places and numbers invented:

- social_care (17): an edge-of-care family intervention team - family group conferences,
  intensive support workers, respite, school liaison, substance misuse;
- health (17): a regional neonatal transport service - retrieval nurses, transport incubators,
  ambulances, referring units, parents, the cot bureau;
- aviation (16): a small island airport with inter-island Islander flights - airport fire and
  rescue, check-in, weather, medevac flights, the harbour.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack) with name handles, handover notes, minutes with
attendance and apologies, pipe tables, RT transcripts, shout-outs and thank-you notes.

Identifiers are marked `[[label:value]]`; must-not-redact mentions (roles, agencies, frameworks,
clinical and aviation terms, equipment, generic days and times, acronyms) are marked `{{term}}`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind228.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        {{fgc}} for the [[name:okafor]] family didnt go ahead [[date:tues 14/11]] coz the room at
        [[organisation:marlpit lane academy]] was dble booked n nobody told us. {{mum}} + {{nan}}
        turned up, dad [[name:chidi]] sat in the {{car park}} 40 mins then left v angry.
        [[name:kez]] ({{isw}}) tried to calm him, he said whats the point of an {{fgc}} if no1 can
        even book a room. youngest [[name:ada]] ([[age:6]]) got pulled out of class for it + missed
        {{phonics}}. {{coordinator}} off sick so no1 checked the booking. need to rebook asap - will
        ring Mrs [[name:Ferreira]] ({{school business mgr}}) 2moro re rooms. logged on {{mosaic}}
        as [[case_reference:EOC-3391]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Grace Adebayo-Linwood]] <[[email:grace.adebayo-linwood@northvale.gov.uk]]>
        To: {{Edge of Care}} - all staff
        Sent: [[date:Friday 8 March 2024]] 16:12
        Subject: Massive thank you to [[name:Will]]

        Hi all,

        Just want to say a proper thank you to [[name:Will Osei]] for the work with
        [[name:Tyler]] ([[age:15]]) over {{half term}}. [[name:Tyler]] was days away from a
        {{section 20}} request. [[name:Will]] did three late visits, got [[name:Tyler]] back into
        [[organisation:Hollins Brook High School]] through the {{school liaison}} plan with
        Mr [[name:Karim]] (the {{DSL}}), and {{mum}} says it is the first week without a police
        call-out since {{September}}. The planned {{respite}} weekend at
        [[organisation:Larkspur House]] has been cancelled because it is not needed.
        {{Signs of Safety}} scaling went from 2 to 6 at the review.

        Thanks [[name:Will]] - you're a star.

        [[name:Grace]]

        [[name:Grace Adebayo-Linwood]]
        {{Team Manager}}, {{Edge of Care}} | [[organisation:Northvale Council]]
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS FORM - {{Edge of Care Service}}
        Ref: [[case_reference:NM-24-0172]]
        Child: [[name:Maddison Kerr-Pryce]]    DOB: [[date_of_birth:02/09/2011]]
        Address: [[address:14 Thistle Walk, Brankley]], [[postcode:NV4 7RD]]
        Reported by: [[name:Faith Mwangi]], {{Intensive Support Worker}}
        Date of event: [[date:22/01/2024]]

        What happened:
        Planned {{respite}} move to [[organisation:Larkspur House]]. [[name:Maddison]]'s
        {{methylphenidate}} was handed over in a carrier bag with no {{MAR chart}}. {{Mum}} had
        already given the morning dose at 07:30 but did not write it down. Respite staff were about
        to give a second dose at 09:00. [[name:Faith]] rang {{mum}} from the car to check and stopped it.

        Outcome: no harm. [[name:Maddison]] ([[age:12]]) stayed the weekend as planned.

        Learning: a medication handover sheet goes with every respite transfer; ask the
        {{pharmacy}} for a {{blister pack}}.
    """)),
    ("social_care", "incident", block("""
        [09:14] [[name:Bex Thornton]]: anyone seen [[name:Kai]]? not at [[organisation:Ridgeway PRU]] this am
        [09:15] [[name:Sunny Dhaliwal]]: {{mum}} txtd me at 8 sayin he'd left for the bus
        [09:17] [[name:Bex Thornton]]: ringing her now
        [09:31] [[name:Bex Thornton]]: no answer. trying {{nan}} on [[phone:07700 900461]]
        [09:40] [[name:Sunny Dhaliwal]]: he's [[age:13]] and on the {{CSE}} screening list, shd we ring police?
        [09:42] [[name:Hamza Qureshi]]: I'm {{duty manager}} today - yes, report him missing now and follow the {{missing from home protocol}}. Let {{MASH}} know.
        [11:05] [[name:Bex Thornton]]: found. at an older lad's flat on [[address:Corran Court]], police took him home
        [11:07] [[name:Hamza Qureshi]]: ok. {{return home interview}} within 72 hrs pls, and we need a {{strategy meeting}}
        [11:09] [[name:Sunny Dhaliwal]]: i'll do the {{RHI}} tmrw, he trusts me more than [[name:Bex]] lol
    """)),
    ("social_care", "success", block("""
        FAMILY GROUP CONFERENCE - REVIEW
        Family: [[name:Nowak]]    Ref: [[case_reference:FGC/2024/118]]
        Date: [[date:Weds 17th April]]    Venue: [[organisation:Brankley Family Hub]]

        Present: [[name:Zofia Nowak]] ({{mum}}), [[name:Tomasz Nowak]] ({{dad}}), [[name:Ewa]] ({{maternal aunt}}),
        [[name:Pat Quigley]] ({{FGC coordinator}}), [[name:Joy Achterberg]] ({{ISW}}), [[name:R. Sandhu]] ({{social worker}})
        Apologies: [[name:Mark Lindqvist]] ({{school liaison}}), {{IRO}}

        1. Family plan: [[name:Ewa]] has had [[name:Filip]] ([[age:11]]) and [[name:Lena]] ([[age:8]])
        after school every {{Tuesday}} and {{Thursday}} as agreed - not one missed day.
        2. [[name:Tomasz]] attending [[organisation:Turning Tide Recovery]] weekly; six clear {{drug screens}}.
        3. {{Child in Need}} plan to step down to {{Early Help}} - agreed by everyone, incl. the children.

        Actions: [[name:Pat]] to circulate the updated plan by {{Friday}}. [[name:Joy]] to close
        {{ISW}} involvement at end of month. Family asked for their thanks to be minuted.
    """)),
    ("social_care", "incident", prose("""
        On [[date:3 February 2024]] at approximately 21:40 I took a call on the {{out-of-hours}}
        phone from [[name:Rose-Marie Ennis]], {{maternal grandmother}} of [[name:Jayden]] ([[age:14]])
        and [[name:Riley]] ([[age:12]]). She reported that their mother, [[name:Chantelle]], had been
        drinking since the afternoon and had fallen on the stairs. The {{safety plan}} agreed at the
        last {{FGC}} named [[name:Rose-Marie]] as the overnight carer, but the contact number held on
        the system was out of date and the {{Emergency Duty Team}} had tried
        [[phone:01632 960733]] twice without success before she rang us herself. I attended with a
        colleague, [[name:Ngozi Eze]]; an {{ambulance}} was called and [[name:Chantelle]] was taken
        to {{A&E}} at [[organisation:Northvale Royal Infirmary]]. Both boys went to their
        grandmother's at [[address:22 Pellow Road, Brankley]]. Learning: contact details in the
        {{safety plan}} must be checked at every visit, not just at the conference.
    """)),
    ("social_care", "near_miss", prose("""
        near miss - nearly sent [[name:amber l]]'s family plan to [[name:amber w]]'s mum!! both on my
        caseload n {{outlook}} autofilled [[email:dwhitlock77@gmail.com]] when i typed
        "[[name:amber]]". the plan had the {{refuge}} address in it + details of the {{DV}}
        disclosure. [[name:gaz]] ({{senior prac}}) was sat next to me n spotted the wrong surname in
        the To box before i hit send. nothing went. told {{IG}} anyway. pls can we get {{Egress}}
        or a 2nd check for anything going to personal emails, esp {{DV}} cases. also {{autocomplete}}
        shd be switched off for our team imo. [[date:wed 6th]] approx {{4pm}}
    """)),
    ("social_care", "success", block("""
        [[date:12/03/2024]], 19:02 - [[name:Faith]] {{ISW}}: Football went well!! [[name:Reece]] scored twice and the coach from [[organisation:Brankley Rovers JFC]] wants him at training on {{Thursdays}}
        [[date:12/03/2024]], 19:04 - [[name:Hope Marsden]]: amazing!! how was his mood after?
        [[date:12/03/2024]], 19:06 - [[name:Faith]] {{ISW}}: buzzing. says he's not smoked since {{Sunday}} and wants to tell [[name:Dev]] at the {{young people's drug service}} himself
        [[date:12/03/2024]], 19:07 - [[name:Hope Marsden]]: that's huge for a [[age:15 year old]] who was on 3 bags a day in {{Jan}}. I'll put it in the {{CIN}} review
        [[date:12/03/2024]], 19:09 - [[name:Faith]] {{ISW}}: told him to keep the faith lol. he rolled his eyes
    """)),
    ("social_care", "incident", block("""
        Chronology - {{ISW}} lone visit [[date:Sat 20 Jan]]
        15:00  Arrived [[address:Flat 6, Ashby House, Kiln Road]], [[postcode:NV2 3LP]]. No answer.
        15:08  Heard shouting. [[name:Mo]] ([[age:16]]) opened the door, strong smell of {{cannabis}}.
        15:10  {{Mum}} ([[name:Leanne Okoro]]) in kitchen, adult male I did not know in the lounge.
        15:14  Male became verbally aggressive and stood in the {{hallway}} blocking the door.
        15:16  Pressed the {{lone working}} button - no confirmation tone (found later it was not charged).
        15:19  [[name:Mo]] talked him down and I left. Sat in pool car [[vehicle_registration:NV70 HKE]] and rang [[name:Lukasz]] ({{team manager}}).
        15:40  Back at the office. Male later identified by police as [[name:Dean Harker]].
        Learning: device checks at the start of every shift; {{two-worker visit}} flag added to [[case_reference:EOC-2870]].
    """)),
    ("social_care", "success", block("""
        Handover - [[name:Bill]] to [[name:Aleksandra]] (2 wks, [[date:25/3]] to [[date:5/4]])

        [[name:Precious Mahlangu]] ([[age:15]]) - now on full days at
        [[organisation:St Cuthbert's Catholic High]] 4 days out of 5 after six months on a
        {{reduced timetable}}. Credit to Mrs [[name:Oyelaran]] ({{school liaison}}) who set up the
        safe space in the {{library}} and the {{key adult}} check-in every morning.
        [[name:Precious]] now texts me herself when she is struggling instead of walking out.
        Next school review is [[date:Thurs 28th]] 10am - [[name:Aleksandra]] pls go if you can.
        {{Mum}} [[name:Thandi]] on [[phone:07700 900218]], prefers {{WhatsApp}} to calls.
        Still to do: chase the {{CAMHS}} referral ([[case_reference:CAMHS-55120]]).
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Mehmet Yıldız]] <[[email:m.yildiz@marlpitlane.sch.uk]]>
        To: [[name:Hope Marsden]]
        Date: [[date:29 January 2024]]
        Subject: Near miss at home time - [[name:Jasmine]] ({{Year 4}})

        Dear [[name:Hope]],

        Just to let you know that at 15:15 today a man came to the {{Year 4}} door saying he was
        [[name:Jasmine]]'s uncle and that {{mum}} had asked him to collect her. The {{class teacher}}
        checked the contact sheet from the {{Edge of Care}} plan - his name, [[name:Craig Doherty]],
        was not on it, and he matched the description of dad's brother named in the
        {{non-molestation order}}. [[name:Jasmine]] stayed in the office, mum confirmed she had
        not asked anyone and police attended (log [[case_reference:NV-24-011937]]).

        The sheet you gave us in {{November}} made all the difference.

        Kind regards,
        [[name:Mehmet]]
        {{Designated Safeguarding Lead}}, [[organisation:Marlpit Lane Academy]]
    """)),
    ("social_care", "incident", block("""
        Respite log - [[organisation:Larkspur House]] - w/c [[date:4 March]]

        Date  | Young person          | Staff on             | Issue
        [[date:04/03]] | [[name:T.B.]]                  | [[name:Dawn]], [[name:Ivy]]            | none
        [[date:05/03]] | [[name:T.B.]], [[name:K.L.]]            | [[name:Dawn]] + agency         | agency worker no-show 21:00, 1:2 ratio not met
        [[date:06/03]] | [[name:K.L.]]                  | [[name:Ivy]], [[name:Ruaridh]]         | [[name:K.L.]] absconded 01:30 via fire door

        [[name:K.L.]] ([[age:14]]) was returned by police at 03:10, unhurt but intoxicated. The
        {{fire door}} alarm had been isolated by staff on the [[date:5th]] because it kept going
        off. {{Ofsted}} notified under {{Regulation 40}}. Learning: an alarm is never isolated
        without the {{manager on call}} agreeing, and agency gaps go to the {{duty manager}}.
    """)),
    ("social_care", "success", prose("""
        SHOUT-OUT BOARD. Shout out to [[name:Robin Achebe-Hartley]] from the {{substance misuse}}
        outreach team at [[organisation:Turning Tide Recovery]] who came to a
        {{family group conference}} on a {{Saturday}} morning so that the whole family could do the
        {{naloxone}} training together. [[name:Robin]] explained the signs of an {{overdose}} to
        the teenagers in plain language and [[name:Shay]] ([[age:17]]) agreed to keep the kit in
        his room. Two weeks later [[name:Shay]] used it when his dad collapsed in the bathroom -
        the {{paramedics}} said it bought crucial minutes. Dad is now in {{detox}}. Nominated by
        [[name:Keziah]] and [[name:Bao Nguyen]] (both {{ISWs}}).
    """)),
    ("social_care", "incident", prose("""
        Incident summary - loss of client paperwork. On [[date:Tuesday 12 December]] I visited
        [[name:Siobhán Ó Laoire]] at home to help with her {{Universal Credit}} claim after a
        {{sanction}}. I wrote her {{National Insurance}} number ([[ni_number:JT 48 21 93 C]]) and
        notes from her {{UC}} journal on a notepad. I left the notepad on the passenger seat of the
        pool car ([[vehicle_registration:NV19 KXD]]) in the car park at
        [[organisation:Brankley Leisure Centre]] while I did the {{school pick-up}} for her son
        [[name:Oisín]] ([[age:9]]). When I got back the rear window had been smashed and the bag
        with the notepad was gone. Reported to police (crime ref [[case_reference:NV/23/77412]])
        and to {{IG}} as a {{data breach}}. [[name:Siobhán]] has been told; {{DWP}} informed.
        Learning: no personal identifiers on paper, use the tablet.
    """)),
    ("social_care", "near_miss", prose("""
        taxi from [[organisation:A1 Cars]] turned up for [[name:lily-mae]] ([[age:7]]) to take her to
        {{contact}} but the driver had the old address for the {{contact centre}} (the one that shut
        in the {{summer}}). i only noticed coz i was in the playground at
        [[organisation:St Aidan's RC Primary]] doing {{school liaison}} n heard him tell the {{TA}}
        where he was going. if i hadnt been there she wd of been driven 20 mins the wrong way wiv a
        driver she didnt know + {{dad}} wd of been waiting. the booking on the {{transport portal}}
        still had the old one. taxi reg [[vehicle_registration:YF68 WNU]], driver called
        [[name:gurpreet]]. rang {{transport team}} on [[phone:01632 960145]] n they sorted it.
    """)),
    ("social_care", "incident", block("""
        #edge-of-care-duty  [[date:Mon 15 Jan]]

        [[name:joy.achterberg]]  10:02
        {{FGC}} for the [[name:Mensah]] family this morning - mum's ex [[name:Kwabena]] has turned up at [[organisation:Brankley Family Hub]]. He's not invited and there's a {{non-molestation order}}

        [[name:pat.quigley]]  10:04
        I'm the {{coordinator}} - have asked him to leave, he's refusing. Ringing {{999}} now

        [[name:joy.achterberg]]  10:05
        kids ([[name:Ama]] [[age:10]], [[name:Kofi]] [[age:6]]) in the sensory room with me. {{private family time}} suspended

        [[name:pat.quigley]]  10:31
        Police removed him. {{Grandad}} admits he told him the date. Incident no [[case_reference:NV-24-003318]]

        [[name:hamza.q]]  10:40
        Thanks both. {{Datix}} pls and we need a {{strategy discussion}} before any re-convene. Venue details go on a need-to-know basis from now on.
    """)),
    ("social_care", "success", prose("""
        Learning from good practice. [[name:Yusuf]] ([[age:14]]) was referred to {{Edge of Care}}
        on [[date:9 October 2023]] after {{police}} had used {{police protection}} powers twice in a
        month. Over twelve weeks [[name:Mariam Touré]] ({{Intensive Support Worker}}) worked with the
        whole household using {{Signs of Safety}} mapping, with daily contact in the first
        fortnight and evening visits when conflict usually peaked. Mr [[name:Benali]] agreed to a
        {{parenting programme}} and [[name:Yusuf]]'s {{older sister}} [[name:Summer]] ([[age:19]]) became
        part of the family network. A {{respite}} offer was made but the family chose not to use it.
        By [[date:22/01/2024]] attendance at [[organisation:Hollins Brook High School]] was 94%, there
        had been no police call-outs for nine weeks and the {{CIN}} plan closed. What worked: one
        consistent worker, flexible hours, and a plan the family wrote themselves.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Transfer chronology - [[case_reference:NTS-24-0391]]
        Patient: {{Baby Girl}} [[name:Okonjo]]    NHS no: [[nhs_number:472 918 3053]]
        From: [[organisation:Calderbrook Hospital]] {{SCBU}}    To: [[organisation:Kingsmere General Hospital]] {{NICU}}
        Date: [[date:18/02/24]]

        02:10  Team ({{ANNP}} [[name:Aoife Ní Bhriain]], {{retrieval nurse}} [[name:Gethin]]) arrived at the referring unit.
        02:55  Baby stabilised on {{CPAP}} 6, moved into the {{transport incubator}}.
        03:20  Departed in ambulance [[vehicle_registration:WX68 PNE]].
        03:34  Incubator battery alarm - the ambulance {{inverter}} was not supplying mains power.
        03:36  Axilla temp 36.9. Switched on the {{transwarmer}} mattress, extra hat and blanket.
        03:52  Arrived at [[organisation:Kingsmere General Hospital]]; temp 36.1 on admission.

        Outcome: mild {{hypothermia}}, corrected within the hour. [[name:Gethin]] reported the
        inverter fault to [[organisation:Medivance Ambulance Ltd]]; vehicle off the road until fixed.
    """)),
    ("health", "near_miss", prose("""
        nm - twin 1 + twin 2 [[name:khan]] both going back to [[organisation:st oswin's]] for
        {{repatriation}}, 2 separate trips. at handover the {{referring unit}} gave me twin 2's notes
        + {{drug chart}} for twin 1. hosp nos [[case_reference:K4471203]] vs
        [[case_reference:K4471204]], only 1 digit diff. i only caught it coz twin 1
        ([[name:Zayan]]) is on {{caffeine citrate}} and the chart had no caffeine on it, twin 2
        ([[name:Inaya]]) isnt. checked {{name bands}} x2 with [[name:Lou]] the {{nursery nurse}} +
        swapped back. no harm. suggest 2 person check of hosp no + {{NHS number}} against the band for
        every twin/multiple transfer, not just surname. [[date:thurs 7/3]] [[name:jb]]
    """)),
    ("health", "success", block("""
        Subject: Thank you from [[name:Ruby]]'s mum and dad

        Dear {{Neonatal Transport}} team,

        Three weeks ago our daughter [[name:Ruby]] was born at 27 weeks at
        [[organisation:Lyndhurst Royal Infirmary]] and your team took her to
        [[organisation:Kingsmere General Hospital]] in the middle of the night. I was too poorly
        after my {{section}} to go with her. Your nurse, [[name:Grace]], phoned me from the
        {{ambulance}} to say [[name:Ruby]] was settled and then rang again when they arrived.
        [[name:Grace]] also took the time before you left to explain the {{ventilator}} and what the
        {{surfactant}} was for, and she rang the {{postnatal ward}} so that my husband
        [[name:Callum]] knew exactly where to go and where to park.

        [[name:Ruby]] is now [[age:3 weeks old]], off {{CPAP}} and in {{high flow}}. We will never
        forget that night, or how kind everyone was.

        With love and thanks,
        [[name:Stacey]] and [[name:Callum Brannigan]] x
    """)),
    ("health", "incident", block("""
        INCIDENT FORM - [[organisation:Three Rivers Neonatal Transport]]
        Incident ref: [[case_reference:DTX-118842]]
        Patient: Baby [[name:Mateus Ferreira-Lopes]]    DOB: [[date_of_birth:04/04/2024]]
        NHS no: [[nhs_number:638 201 9488]]    Hosp no: [[case_reference:LRI0098812]]
        Parent address: [[address:Flat 3, 41 Quarry Hill Road, Lyndhurst]], [[postcode:LY3 8QB]]
        Date/time: [[date:05/04/2024]] 14:20

        Description: Time-critical transfer of a [[age:1 day old]] with a {{duct-dependent}}
        {{cardiac lesion}} from [[organisation:Lyndhurst Royal Infirmary]] on {{alprostadil}}.
        When moving the {{incubator}} onto the {{ambulance trolley}} the {{syringe driver}} line
        was kinked under the mattress and the pump alarmed {{occlusion}}. The alarm was not heard
        over the ambulance engine for an estimated 12 minutes. {{SpO2}} fell from 82% to 68%.
        Line freed, infusion restarted, saturations recovered by arrival.

        Reported by: [[name:Ola Bankole]], {{transport nurse}}
        Immediate action: pump alarm volume set to maximum; line routing added to the
        {{pre-departure checklist}}.
    """)),
    ("health", "near_miss", block("""
        [[name:Priya Raghunathan]]  13:02
        {{cot bureau}} - is the {{ITU cot}} at [[organisation:St Oswin's Hospital]] confirmed for the 26 weeker from [[organisation:Calderbrook]]? we're about to put baby in the {{incubator}}

        [[name:Dylan Mears]]  13:04
        yes confirmed with their {{nurse in charge}} at 12:30

        [[name:Priya Raghunathan]]  13:06
        can you double check? parents asking and i don't want to move baby twice

        [[name:Dylan Mears]]  13:15
        sorry!! just rang [[name:Siân]] at [[organisation:St Oswin's]] - they gave the cot to an internal {{extreme preterm}} at 12:50 and nobody updated the {{cot bureau}}. [[organisation:Kingsmere General Hospital]] have a cot, accepting now

        [[name:Priya Raghunathan]]  13:17
        ok re-briefing parents. that would have been a 50 min drive to a unit with no cot
        job ref [[case_reference:NTS-24-0402]] - {{Datix}} to follow
    """)),
    ("health", "success", prose("""
        STAR OF THE MONTH: [[name:Sunny Adeyemi]], {{emergency care assistant}} with
        [[organisation:Medivance Ambulance Ltd]]. On [[date:9 January]] heavy snow closed the
        main road while our team was bringing a {{ventilated}} [[age:4-day-old]] back from
        [[organisation:Calderbrook Hospital]]. [[name:Sunny]] planned an alternative route on the
        hoof, radioed ahead to the {{ambulance station}} to swap to full {{oxygen cylinders}} on the
        way, and kept the cab at a steady speed so the {{incubator}} temperature stayed stable the
        whole journey. The {{retrieval nurse}} said [[name:Sunny]] was calm and constantly asking what
        the team needed. Baby arrived safely after a two-hour journey. Nominated by
        Dr [[name:Björn Halvorsen]], {{consultant neonatologist}}.
    """)),
    ("health", "incident", block("""
        Handover to day team [[date:Sun 11/02]] 07:45 - from [[name:Kasia]] (nights)

        Job 1: [[case_reference:NTS-24-0288]] - baby [[name:Harlow]] from [[organisation:Calderbrook Hospital]], ventilated on {{SIPPV}}.
        Issue: the {{oxygen}} cylinder on the {{trolley}} ran down to a quarter on the way back. The calc was
        done for a 40 min journey but we sat on the {{hard shoulder}} for 35 mins after a crash on the
        motorway. Switched to the ambulance {{piped O2}}, which was fine, but the spare {{CD cylinder}}
        on board was empty - last crew didn't swap it. Ambulance [[vehicle_registration:YK21 OXT]].
        [[name:Harlow]] fine on arrival at [[organisation:Kingsmere General Hospital]]. {{Datix}} done.
        Crew ([[name:Ade]]) aware and has told their station.

        Job 2: no issues.

        Kit: incubator 2 back on charge, {{blood gas}} cartridges low - pls reorder.
        [[name:Kasia]]
    """)),
    ("health", "near_miss", block("""
        Conference call transcript (recorded line) - [[date:22/05/2024]] 23:17
        Present: Dr [[name:Fatima Zahra Benali]] ({{transport consultant}}), Dr [[name:Tendai Moyo]]
        ({{registrar}}, [[organisation:Calderbrook Hospital]]), [[name:Kat]] ({{retrieval nurse}})

        [[name:TM]]: He's 2.1 kilos, we've drawn up the {{prostaglandin}} and we're about to start.
        [[name:FZB]]: Okay. Can you read me the dose and the rate off the syringe label?
        [[name:TM]]: Five hundred nanograms per kilo per minute, running at...
        [[name:FZB]]: Hang on - stop there. That's ten times what I'd expect as a starting dose.
        Don't start it. Check it against the {{BNFc}} and your unit {{monograph}}.
        [[name:TM]]: ...you're right. I read across the wrong row on the chart. Redrawing now.
        [[name:Kat]]: We're 25 minutes out. We'll recheck the concentration and rate together on arrival.
        [[name:FZB]]: Thank you. Let's both {{Datix}} this one - it's a good catch.
    """)),
    ("health", "incident", prose("""
        On the night of [[date:2 March 2024]] the team transferred baby [[name:Minh]] from the
        {{neonatal unit}} at [[organisation:Lyndhurst Royal Infirmary]] to
        [[organisation:St Oswin's Hospital]] for {{surgical review}}. His mother, Ms
        [[name:Nguyen Thi Lan]], was on the {{postnatal ward}} after an {{emergency caesarean}}. She
        speaks Vietnamese and limited English. Consent and the explanation were done at 02:40 with
        her {{partner}} translating by phone, and no professional {{interpreter}} was used. When she
        woke at 06:00 and found the cot empty she believed her baby had died. The {{midwife}} on
        duty, [[name:Carys]], called us and we arranged a video call with the
        {{NICU}} team and a {{telephone interpreter}}. Learning: an interpreter is always used for
        consent and explanation, even at night, and the {{postnatal ward}} is told before the team
        leaves. Ref [[case_reference:NTS-24-0311]].
    """)),
    ("health", "success", block("""
        TRANSPORT GOVERNANCE AND LEARNING MEETING - [[date:14 June 2024]]
        Present: Dr [[name:B. Halvorsen]] (chair), [[name:Aoife Ní Bhriain]] ({{ANNP}}),
        [[name:Gethin Pryce-Morgan]] ({{retrieval nurse}}), [[name:Dylan Mears]] ({{cot bureau}}),
        [[name:Faith O'Donoghue]] ({{parent representative}})
        Apologies: Sister [[name:Mairi MacLeod]], {{pharmacist}}

        Item 3 - Good practice
        Baby ([[case_reference:NTS-24-0512]]) with suspected {{HIE}}: {{passive cooling}} was
        started by [[organisation:LRI]] within 40 minutes of birth, and the target temperature
        was reached before our team arrived. {{Active cooling}} began on the road in line with
        {{NICE}} and {{BAPM}} guidance. {{MRI}} on day 5 was reassuring.

        Action: [[name:Aoife]] to write to the [[organisation:Lyndhurst Royal Infirmary]]
        {{delivery suite}} and {{SCBU}} teams to thank them.
        Next meeting: [[date:12 July]], 13:00, {{Teams}}.
    """)),
    ("health", "incident", block("""
        Daily kit check - {{transport incubator}} 2
        Date   | Checked by    | Battery | {{O2}}  | {{Vent self-test}} | Comments
        [[date:01/07]]  | [[name:H. Joshi]]      | ok      | ok  | pass            |
        [[date:02/07]]  | -             | -       | -   | -               | NOT DONE (3 jobs back to back)
        [[date:03/07]]  | [[name:rose]]          | ok      | ok  | not done        | called out before test finished

        On [[date:3 July]] the {{ventilator}} on incubator 2 failed its {{flow sensor}} check at
        [[organisation:Calderbrook Hospital]]. The baby was hand-ventilated with a {{T-piece}} for 50
        minutes while a replacement sensor was fetched. No harm, but a long delay for the family and
        the referring team. Two missed checks in a row meant the fault was not picked up at base.

        Learning: no incubator leaves base without a passed self-test, whatever the workload.
        [[name:Rose Kavanagh]], {{equipment lead}}
    """)),
    ("health", "near_miss", block("""
        From: [[name:Dylan Mears]] <[[email:dylan.mears@threerivers-nts.nhs.uk]]>
        To: Control Room, [[organisation:Medivance Ambulance Ltd]]
        Date: [[date:Tuesday 21 May 2024]] 17:48
        Subject: Wrong hospital site - job [[case_reference:NTS-24-0467]]

        Hello,

        This morning the crew for job [[case_reference:NTS-24-0467]] were sent to
        [[organisation:Kingsmere Community Hospital]] ([[postcode:KM2 4TA]]) instead of
        [[organisation:Kingsmere General Hospital]] ([[postcode:KM7 1HX]]). They realised at the
        gate, and our team were still at base, so the baby was only delayed by 20 minutes. The
        booking form had "Kingsmere" in free text and the {{sat nav}} picked the first match.

        Could we agree that every booking gives the full hospital name and {{postcode}}, read back
        by the {{call handler}}?

        Many thanks,
        [[name:Dylan]]
        {{Cot Bureau Coordinator}} | [[organisation:Three Rivers Neonatal Transport]]
        [[phone:01632 960588]]
    """)),
    ("health", "success", block("""
        [[date:03/08/2024]], 06:41 - [[name:Tomás]]: shout out to [[name:Hope]] on the {{cot bureau}} last night 🙌
        [[date:03/08/2024]], 06:42 - [[name:Tomás]]: 30 weeker at [[organisation:Calderbrook]], nearest {{ITU}} cot was 90 miles away. [[name:Hope]] rang round every unit from 2am and got [[organisation:Lyndhurst Royal Infirmary]] to open a cot by moving a stable baby to {{HDU}}
        [[date:03/08/2024]], 06:44 - [[name:Anjali]]: that's amazing. mum has 3 kids at home, 90 miles wd have been impossible
        [[date:03/08/2024]], 06:45 - [[name:Nell]]: [[name:Hope]] is a legend. putting her forward for the {{Trust}} awards
        [[date:03/08/2024]], 06:47 - [[name:Hope]]: stop it 😳 the [[organisation:LRI]] {{nurse in charge}} did the hard bit
    """)),
    ("health", "incident", prose("""
        minor rtc at [[organisation:st oswin's]] 14:05 today [[date:fri 19th]] - ambulance
        [[vehicle_registration:YK21 OXT]] reversed into the bollard by the {{maternity}} entrance
        with a baby on board in the {{incubator}}. [[name:ash]] was driving n the {{banksman}} (me)
        was on the wrong side, couldnt see. jolt wasnt big but {{incubator}} mount moved abt 2cm. me +
        [[name:wren]] checked baby straight away - {{obs}} stable, {{ETT}} still at 8 at the lips,
        no {{extubation}}. moved baby inside on the {{trolley}} n did a full set of obs on the unit.
        vehicle dent in rear step. no1 hurt. [[name:ash]] v shaken. need a proper reversing
        procedure for the hospital sites + cameras working (the rear one has been broken for 2
        wks). ref [[case_reference:NTS-24-0533]]
    """)),
    ("health", "success", prose("""
        Learning summary, [[case_reference:NTS-24-0556]]. On [[date:28 August 2024]] twins
        [[name:Oluwaseun]] and [[name:Oluwatobi Adewale]] needed transfer from
        [[organisation:Calderbrook Hospital]] to [[organisation:St Oswin's Hospital]]. Normally
        twins travel in two separate trips. The {{shift lead}}, [[name:Ewan Fairlie]], arranged a
        second team and a second ambulance so both babies could leave together, and their mother
        [[name:Folake]], who had been discharged that morning, travelled with the first ambulance.
        The twins were admitted to neighbouring cots within ten minutes of each other and the family
        were given a {{parents' room}} at [[organisation:Ronald Gable House]]. {{Parent feedback}}
        said it was the first time since the birth they felt "like a family". We will add this as an
        option to the {{multiple births}} guideline when two teams are available.
    """)),
    ("health", "near_miss", block("""
        Chronology - pick-up [[date:10/09/24]], job [[case_reference:NTS-24-0571]]
        10:20  Arrived at [[organisation:Kingsmere General Hospital]] {{NICU}} to repatriate baby [[name:Amelia-Rose Pike]] to [[organisation:Lyndhurst Royal Infirmary]].
        10:25  Handover from {{bedside nurse}} [[name:Hannah]]. Two babies called [[name:Amelia]] in the same {{nursery}}.
        10:31  On {{ID check}}, baby had only one {{ID band}} (ankle), wrist band missing.
        10:32  Transfer paused. {{Nurse in charge}} confirmed identity with the {{cot card}} and mum by phone.
        10:40  Second band applied; {{NHS number}} [[nhs_number:905 314 7624]] checked against the referral.
        10:52  Departed.
        Learning: we never take a baby without two matching bands, and any missing band is
        re-checked with the parent before we move the baby.
    """)),
    ("health", "incident", block("""
        #nts-nurses  [[date:Wed 16 Oct]]

        [[name:mairi.m]]  08:12
        Has anyone got last night's {{cot state}} sheet? The shared drive link isn't working

        [[name:tomas.g]]  08:15
        I emailed it to myself last night so I could see it at home, will forward 👍

        [[name:mairi.m]]  08:16
        To your personal email?? It has NHS numbers and surnames for all 14 babies on it

        [[name:tomas.g]]  08:18
        oh no. yes, gmail. the first line was [[nhs_number:421 660 8396]] Baby [[name:Marsh]] so yes

        [[name:mairi.m]]  08:19
        Please don't paste them in here either! Delete it from gmail and from the bin. This is a {{data breach}} - I'm ringing {{IG}} and it needs a {{Datix}}

        [[name:tomas.g]]  08:25
        deleted both. really sorry, I'm new and thought it was ok for {{handover}}

        [[name:sunita.k]]  08:41
        {{Caldicott Guardian}} informed. No blame - we'll get the shared drive fixed so nobody needs a workaround
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        RT transcript extract - [[date:11/05/2024]] - {{AFIS}} frequency, [[organisation:Kelday Airport]]
        0814:20 [[flight_number:Skerry 312]]: [[organisation:Kelday Information]], [[flight_number:Skerry 312]], four miles final {{runway 27}}
        0814:28 {{AFISO}}: [[flight_number:Skerry 312]], surface wind 250 degrees 12 knots, {{runway 27}} clear, flock of {{oystercatchers}} reported east of the {{threshold}}
        0815:02 [[flight_number:Skerry 312]]: Bird strike, bird strike, right engine, continuing
        0815:06 {{AFISO}}: [[flight_number:Skerry 312]], roger, {{fire service}} standing by
        0816:40 [[flight_number:Skerry 312]]: Landed, vacating at {{Alpha}}, request fire service inspect the right engine

        Aircraft [[aircraft_registration:G-SKRB]] ({{BN-2 Islander}}), six passengers, Capt
        [[name:Ingrid Solberg]]. Damage to the right {{propeller}} spinner and cowling; aircraft
        grounded. The {{bird control}} patrol had been stood down at 0800 because
        [[name:Dòmhnall]], the only trained bird controller on shift, was helping with a
        {{medevac}}. Learning: bird patrol cover must not depend on one person in the nesting
        season. {{MOR}} submitted.
    """)),
    ("aviation", "near_miss", prose("""
        {{RFFS}} near miss [[date:sun 2nd june]] abt 11:05. we took {{Rescue 1}}
        ([[vehicle_registration:SV14 FKD]]) out to check the {{windsock}} on the north side n
        crossed {{runway 09/27}} at the midpoint without calling {{AFIS}}. radio was still on
        {{ch 2}} (station) not the AFIS freq after the drill. {{islander}}
        [[aircraft_registration:G-ORSY]] was on short final n the pilot [[name:ruairidh]] went
        around when he saw us. [[name:calum]] was driving, me ([[name:shona]]) as
        {{crew commander}} - i shd have checked. no damage, nobody hurt. learning: radio check
        before leaving the {{fire station}} every time + ask for a crossing clearance at every
        crossing no matter how quiet it looks. {{MOR}} being done by [[name:calum]] + me.
    """)),
    ("aviation", "success", prose("""
        Well done [[name:Joy Mackay]]! On [[date:Thursday 4 July]] [[name:Joy]] was on
        {{check-in}} for the 07:40 [[flight_number:SKW 204]] to Orrasay. She asked the usual
        {{dangerous goods}} questions and a passenger, Mr [[name:Lindgren]], said no, but when his
        bag went on the scales she heard a clank and politely asked him to open it. Inside were six
        {{butane}} cartridges for a {{camping stove}}, which are not allowed in the hold or the
        cabin of our {{Islander}}. Mr [[name:Lindgren]] was fine about it and the cartridges were
        left with the {{harbour}} chandlery for him to collect on his return. [[name:Joy]] filed a
        {{dangerous goods occurrence report}} to the {{CAA}} the same morning. Nominated by
        [[name:Kenji Mowat]], {{Station Manager}}.
    """)),
    ("aviation", "incident", prose("""
        On [[date:19 August 2024]] [[flight_number:SKW 211]], a {{BN-2 Islander}}
        ([[aircraft_registration:G-SKRA]]), departed [[organisation:Kelday Airport]] for Sula Beg
        with eight passengers. The {{baggage scales}} at {{check-in}} had failed that morning and
        hold bags were entered on the {{loadsheet}} at {{standard weights}}. Several passengers
        were returning from a fishing trip with cool boxes full of catch. The pilot, Capt
        [[name:Euan Mhoireach]], noticed a longer ground roll and a poor rate of climb. On arrival
        the bags were weighed: the hold was 64 kg heavier than declared, putting the aircraft over
        {{MTOW}} with the {{centre of gravity}} close to the aft limit. Learning: {{standard weights}}
        are never used for hold baggage; if the scales fail, the cargo shed scales are used and the
        flight waits. Report [[case_reference:KEL-OR-2024-031]].
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Pádraig Ó Súilleabháin]] <[[email:p.osullivan@keldayharbour.co.uk]]>
        To: {{Airport Operations}}, [[organisation:Kelday Airport]]
        Date: [[date:Mon 8 April 2024]] 09:12
        Subject: Mobile crane on the {{east pier}} - apology

        Dear [[name:Kenji]],

        I'm sorry about {{Saturday}}. The contractor ([[organisation:Brough Marine Services]])
        raised the 40 m jib on the {{mobile crane}} at 14:00 to lift the new {{pontoon}} and nobody
        told the airport. The {{east pier}} sits under the {{approach}} to {{runway 27}}. Your pilot
        on [[flight_number:SKW 318]] saw it on {{final approach}} and the {{AFISO}} asked us to lower
        it within minutes. There was no {{NOTAM}} because the airport had no request from us.

        From now on any lift over 15 m at the harbour will be notified to the airport at least
        48 hours ahead so a {{NOTAM}} can be raised, and the crane will carry an {{obstacle light}}.

        Regards,
        [[name:Pádraig]]
        {{Harbour Master}}, [[organisation:Kelday Harbour Trust]]
        Tel [[phone:01632 960877]]
    """)),
    ("aviation", "success", block("""
        Night {{medevac}} - [[date:Sat 14 Sept]] - ops log [[case_reference:KEL-OPS-1409]]
        21:52  Call from the {{GP}} on Fladda Mor: [[age:9-year-old]] boy with suspected {{appendicitis}}, sea too rough for the {{lifeboat}}.
        22:05  {{Duty AFISO}} [[name:Kwame Asante]] called out; {{runway lighting}} on; {{RFFS}} crew [[name:Holly]] and [[name:Sandy]] in.
        22:20  {{Standby pilot}} Capt [[name:Anna-Liisa Rebane]] briefed; [[aircraft_registration:G-HBNI]] prepared as [[flight_number:SKW 901]].
        22:34  Airborne.
        22:58  Landed on the Fladda Mor strip, lit by {{glim lamps}} laid out by [[organisation:Fladda Mor Community Council]] volunteers and car headlights.
        23:31  Back at [[organisation:Kelday Airport]]; patient and {{mum}} to ambulance [[vehicle_registration:SF71 ZPD]], on to [[organisation:Kelday Memorial Hospital]].
        Outcome: {{appendix}} removed that night; 99 minutes from call to handover.
        Thanks to everyone, especially [[name:Holly]], who came straight in from a family party.
    """)),
    ("aviation", "incident", block("""
        Teams - Ops / Check-in chat - [[date:Tue 21 May]]

        [[name:Mhairi Dunlop]]  11:02
        Has the manifest for the school trip on [[flight_number:SKW 220]] gone to the school yet?

        [[name:Olu Adebisi]]  11:04
        yes sent at 10:50 to [[email:bookings@orrasaytours.co.uk]]... wait. that's the tour company not the school. {{autofill}} 😩

        [[name:Mhairi Dunlop]]  11:06
        It has names and DOBs of 8 children, youngest [[age:5]], and both teachers' mobile numbers

        [[name:Olu Adebisi]]  11:09
        rang them, [[name:Sunniva]] there has deleted it and confirmed by email

        [[name:Mhairi Dunlop]]  11:15
        Thanks. It's still a {{data breach}} - I'll log it with the {{DPO}} as [[case_reference:KEL-DP-0042]]. Manifests go as password-protected files from now on, and {{autocomplete}} off on the ops mailbox.
    """)),
    ("aviation", "near_miss", block("""
        CONFIDENTIAL SAFETY REPORT
        Reporter: Capt [[name:L. Øvrebø]]       Staff no: [[case_reference:SK-0147]]
        Flight: [[flight_number:SKW 215]]      A/C: [[aircraft_registration:G-SKRA]] ({{BN-2 Islander}})
        Date: [[date:27 Oct 2023]]             Route: Kelday - Orrasay - Kelday

        Narrative: the {{TAF}} for Orrasay gave 5000 m in {{drizzle}} with {{BKN}} 800 ft. The
        outbound leg was fine. On the return the cloud came down over the {{Sound}} faster than
        forecast and I continued at 500 ft hoping it would lift. It did not. About 3 nm from the
        coast I lost sight of the shoreline, turned back towards better weather, climbed and
        positioned for the {{instrument approach}}. Landed 25 minutes late, no damage.

        Contributing: {{plan continuation bias}}, last flight of the day, passengers with
        {{ferry}} connections. Next time I will set a hard decision point before the Sound.
    """)),
    ("aviation", "incident", block("""
        [[organisation:Kelday Airport]] {{Fire Station}} - watch handover [[date:Tue 5 Nov]] 17:30
        From: {{Watch Manager}} [[name:Bill Gunn]]    To: {{Watch Manager}} [[name:Ivy Rendall]]

        - {{Major foam tender}} [[vehicle_registration:SV63 RFB]] OFF THE RUN since 14:10 - {{foam pump}} seal failed on the 14:00 test.
        - Down to {{Cat 1}} with the {{RIV}} only. Should have asked {{AFIS}} for the {{NOTAM}} straight away but I got pulled into the pump and it didn't go out until 15:05.
        - [[flight_number:SKW 306]] landed 14:52 (needs {{Cat 2}}) without the crew knowing we were down. Captain told after landing.
        - Engineer from [[organisation:Tayvale Fire Engineering]] coming on the 08:20 ferry tomorrow.
        - {{Breathing apparatus}} all checked, ok.
        - [[name:Ivy]] - pls submit the {{MOR}} for the late NOTAM, I've started it ([[case_reference:MOR-KEL-24-019]]).
        [[name:Bill]]
    """)),
    ("aviation", "success", block("""
        AIRPORT SAFETY COMMITTEE - minutes, [[date:20 November 2024]]
        Present: [[name:Kenji Mowat]] ({{Station Manager}}, chair), [[name:Bill Gunn]] ({{RFFS}}),
        Capt [[name:Ingrid Solberg]] ([[organisation:Skerryways]]), [[name:Morag Thain]] ({{check-in supervisor}}),
        [[name:Pádraig Ó Súilleabháin]] ({{Harbour Master}})
        Apologies: [[name:Faith Nicolson]] ({{AFISO}}), {{CAA}} surveyor

        3. Good catches this quarter
        a) Harbour lifts: since the notification procedure started in {{April}} there have been four
        lifts over 15 m, all notified and all covered by a {{NOTAM}}.
        b) {{Dangerous goods}} at check-in - [[name:Joy Mackay]] thanked by the committee.
        c) [[name:Morag]]'s {{weight card}} at the desk: unweighed hold bags down to zero since {{August}}.
        4. Bird strikes down from five to one since a second {{bird control}} person was trained.

        Actions: [[name:Kenji]] to share the weight card with the other island strips.
        [[name:Bill]] to book a {{BLS}} refresher for terminal staff.
    """)),
    ("aviation", "near_miss", block("""
        Fuel uplift record - {{fuel bowser}} area - [[date:Wed 12 Jun]]
        Time  | A/C    | Type              | Fuel            | Litres | Fueller | Pilot
        07:10 | [[aircraft_registration:G-SKRA]] | {{BN-2 Islander}} | {{AVGAS 100LL}} | 180    | [[name:Nils]]    | [[name:IS]]
        07:25 | [[aircraft_registration:G-SKRB]] | {{BN-2 Islander}} | {{AVGAS 100LL}} | 150    | [[name:Nils]]    | [[name:AR]]
        09:40 | [[aircraft_registration:G-MEDX]] | {{King Air}}      | {{Jet A-1}}     | 600    | [[name:Nils]]    | [[name:TP]]
        10:05 | [[aircraft_registration:G-SKRA]] | {{BN-2 Islander}} | see note        | 0      | [[name:Nils]]    | -

        Note: at 10:05 the {{Jet A-1}} bowser was still on the stand after the {{air ambulance}}
        {{King Air}} left, and [[name:Nils]] started to connect it to [[aircraft_registration:G-SKRA]].
        The {{nozzle}} would not fit the filler, which made him stop and check. Nothing was pumped.
        Learning: the bowser goes back to the fuel farm after every uplift, and the pilot confirms
        the fuel grade out loud before fuelling starts.
    """)),
    ("aviation", "incident", prose("""
        sheep on the runway AGAIN [[date:mon 3/3]]. [[name:magnus]]'s fence by the
        {{09 threshold}} is down n 6 sheep were on the {{runway}} at 08:30 just as
        [[flight_number:SKW 301]] was lining up. {{AFISO}} [[name:kwame]] spotted them n told the
        pilot to hold. {{rffs}} chased them off in the {{RIV}}, took 25 mins, flight delayed, 2 pax
        missed the {{ferry}} connection. 3rd time this month. rang Mr [[name:Rendall]] (farmer) on
        [[phone:07700 900735]], he says the {{council}} owns the fence not him. need to sort out who
        fixes it b4 someone hits one on {{take-off}}. {{MOR}}? prob yes as a runway incursion by
        animals.
    """)),
    ("aviation", "success", block("""
        [[address:Tigh na Mara, Shore Road, Sula Beg]]
        [[postcode:KW19 4TH]]
        [[date:2nd December 2024]]

        Dear Sir or {{Madam}},

        I am writing to thank the young lady at your {{check-in}} desk, [[name:Amber]], for the care
        she showed my father, Mr [[name:Hamish Gilchrist]], who is [[age:87]] and has {{dementia}}.
        On [[date:28 November]] he was travelling alone to see his {{consultant}} and became
        confused about his ticket. [[name:Amber]] sat with him, rang me on [[phone:01632 960902]] so
        he could hear a familiar voice, and walked him out to the aircraft herself. She even asked
        the {{pilot}} if he could sit up front where he could see the islands. {{Dad}} talked about it
        for days.

        Please pass on our thanks.

        Yours faithfully,
        [[name:Morven Gilchrist-Bain]]
    """)),
    ("aviation", "incident", block("""
        [[date:14/01/2025]], 16:10 - [[name:Ishbel]]: 3 bags offloaded from the 15:30 [[flight_number:SKW 317]] for weight, coming tmrw on the 08:00
        [[date:14/01/2025]], 16:12 - [[name:Tam]]: one of them is Mrs [[name:Yeoman]]'s. her son just rang, her {{insulin}} and {{glucose meter}} are in it
        [[date:14/01/2025]], 16:13 - [[name:Ishbel]]: oh no. nobody asked about meds at the desk
        [[date:14/01/2025]], 16:20 - [[name:Tam]]: {{harbour}} says the {{ferry}} can take it at 17:30, i'll drive it down in the van [[vehicle_registration:SV18 KLX]]
        [[date:14/01/2025]], 18:05 - [[name:Tam]]: [[organisation:Orrasay Ferries]] {{skipper}} [[name:Jonny]] handed it to her at the {{pier}}. she'd already been to the {{GP}} for a spare pen
        [[date:14/01/2025]], 18:07 - [[name:Ishbel]]: thanks [[name:Tam]]. putting in a report - we need to ask about medicines before anyone's bag is offloaded
    """)),
    ("aviation", "near_miss", block("""
        RT transcript - [[organisation:Kelday Information]] - [[date:09/02/2025]]
        1102:10 {{AFISO}}: [[flight_number:Skerry 12]], {{QNH}} 1003, report final {{runway 09}}
        1102:15 [[flight_number:Skerry 21]]: {{QNH}} 1003, wilco, [[flight_number:Skerry 21]]
        1102:22 {{AFISO}}: [[flight_number:Skerry 21]], negative, that was for [[flight_number:Skerry 12]]. [[flight_number:Skerry 21]], you are number two, report {{downwind}}
        1102:30 [[flight_number:Skerry 21]]: Sorry, number two, report downwind, [[flight_number:Skerry 21]]
        1102:35 [[flight_number:Skerry 12]]: QNH 1003, report final, [[flight_number:Skerry 12]]

        Note by {{AFISO}} [[name:Faith Nicolson]]: two {{Islanders}} ([[aircraft_registration:G-SKRA]]
        and [[aircraft_registration:G-SKRB]]) inbound within 4 minutes with numbers 12 and 21. The
        pilot of 21 had already started to turn in for final. Asked [[organisation:Skerryways]] ops
        to stop scheduling these two numbers together. {{Callsign confusion}} report filed.
    """)),
    ("aviation", "success", prose("""
        On [[date:Friday 23 May 2025]] at 12:40 a passenger waiting for [[flight_number:SKW 310]]
        collapsed in the {{departure lounge}} at [[organisation:Kelday Airport]].
        [[name:Eilidh Flett]] on the {{security}} desk saw it, shouted for help and sent a colleague
        for the {{AED}}. {{Firefighters}} [[name:Sandy Linklater]] and [[name:Kofi Boateng]] arrived from
        the {{fire station}} within 90 seconds, started {{CPR}} and delivered one {{shock}}. The man,
        [[age:aged 64]], had a pulse back before the {{paramedics}} arrived and was flown to the
        mainland by the {{air ambulance}} that afternoon. His wife has since written to say he is
        home. What went well: the {{AED}} was where the sign said, the radio call was clear, and the
        {{check-in}} team moved other passengers away and held the flight. Learning: all terminal
        staff to get a {{basic life support}} refresher, not just the fire crew.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind228", REPORTS))
