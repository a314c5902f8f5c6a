"""Held-out blind corpus 143: just-culture incident, near-miss and learning reports.

Settings: a unitary council's early help family workers and youth service; a mental health
trust's community perinatal team and eating disorders unit; an aircraft maintenance
organisation's base hangar and stores. Styles: rushed lower-case notes, careful narratives,
chronologies and timelines, e-mails with signatures, Teams/WhatsApp-style chat, incident and
accident forms with field labels, handover sheets, debrief notes, tech-log extracts and
praise or shout-outs, written the way UK staff really type them.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind143.jsonl"

REPORTS = [
    # ---------------------------------------------------------------- social care (17)
    ("social_care", "incident", prose("""
        home visit [[date:tues 4th]] w/ [[name:kayleigh]] + kids. {{mum}} said ex ([[name:Dean]]) had been
        round again despite the {{safety plan}}, saw his car outside ([[vehicle_registration:YR15 KHD]]) when i
        arrived. didnt feel safe to stay so left after 10 mins and rang {{duty desk}} from the {{car park}}.
        should of had a {{lone working}} buddy booked, it was in the diary but [[name:sam]] off sick and nobody
        picked it up. logged on {{Mosaic}} [[case_reference:EH-204817]]. learning - if buddy is off the visit
        gets moved, not just done anyway
    """)),
    ("social_care", "success", block("""
        Shout out to [[name:Grace Adeyemi]] at [[organisation:Hollins Park Youth Centre]] 👏

        On [[date:Friday 9th]] a [[age:14]] year old lad hung back after the {{open access}} session, wouldnt
        say why, just didnt want to go home. [[name:Grace]] kept it calm, got him a toastie, used the
        {{three houses}} tool and he disclosed stuff at home that needed a {{MASH}} referral. She rang it
        through before 9pm, stayed with him till the {{EDT}} worker arrived and wrote it all up properly the
        same night. Textbook {{youth worker}} stuff. Thanks [[name:Grace]] x
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Priya Raman]]
        To: [[organisation:Eastgate Early Help Team]]
        Subject: near miss - wrong address on referral

        Hi all,

        Quick one for the {{learning log}}. The {{Early Help Assessment}} for the [[name:Kowalski]] family came
        through with the old address ([[address:22 Thornbury Road]], [[postcode:BD7 2QL]]). They moved on
        [[date:19 August]] to [[address:Flat 3, Marlowe House, Kestrel Way]]. I nearly posted the {{TAF}} invite
        to the old address, where {{dad}} still lives, and there is a {{non-molestation order}} in place.
        I only spotted it because [[name:Zofia]] mentioned the new school, [[organisation:Brackenmoor Academy]].
        Please always check {{Liquidlogic}} against school records before anything goes out.

        Thanks
        [[name:Priya]]

        [[name:Priya Raman]] (she/her)
        Family Support Worker | [[organisation:Eastgate Early Help Team]]
        [[organisation:Brackenmoor Council]]
        [[phone:07700 900 431]]
        [[email:priya.raman@brackenmoor.gov.uk]]
    """)),
    ("social_care", "incident", block("""
        Chronology – [[name:JM]] ([[age:15]]), missing from home
        LCS ref: [[case_reference:LCS-1093847]]

        [[date:03/02/24]] 16:10  [[name:Callum Reid]] ({{youth worker}}) notes [[name:JM]] not at the {{skate park}} session, unusual
        [[date:03/02/24]] 19:45  {{mum}} rings youth office, [[name:JM]] not home, phone off
        [[date:03/02/24]] 20:05  police informed, crime ref [[case_reference:13/22087/24]]
        [[date:04/02/24]] 02:30  [[name:JM]] found at a friend's flat on [[address:Ashgrove Terrace]], brought home by police
        [[date:05/02/24]]        {{return home interview}} offered, declined
        [[date:07/02/24]]        {{strategy meeting}}, {{CSE}} screening tool completed

        Learning: [[name:Callum]] had messaged on the Monday that [[name:JM]] seemed "off" but it went to a
        personal {{WhatsApp}}, not the team inbox, so the {{allocated worker}} never saw it.
    """)),
    ("social_care", "success", prose("""
        I wanted to record something that went well with the [[name:Okonkwo]] family. {{Dad}}, [[name:Chidi]],
        had refused all contact after a bad experience with {{Children's Social Care}} a few years ago.
        [[name:Ifeoma Balogun]], our {{family worker}}, offered to meet at the community room at
        [[organisation:St Columba's Church]] instead of the house and let him set the agenda. Over six weeks
        they built a {{Team Around the Family}} plan together. The youngest, [[name:Tobi]] ([[age:2]]), now has
        a funded place at [[organisation:Little Acorns Nursery]], the {{health visitor}} has finally done the
        {{two year review}}, and the older two are back in school every day. [[name:Chidi]] asked for the plan
        to be printed so he could put it on the fridge. Case stepped down to {{universal services}} on
        [[date:12 June]]. Patience and meeting people where they are really works.
    """)),
    ("social_care", "near_miss", block("""
        [09:14] [[name:Leanne]]: anyone know if the [[name:Murphy]] lads are ok to be picked up by their {{aunty}} [[name:Rose]]??
        [09:15] [[name:Tariq]]: NO. check the {{Child in Need plan}}, only {{nan}} or mum
        [09:15] [[name:Leanne]]: ok shes in reception now saying mum said it was fine
        [09:16] [[name:Tariq]]: dont release them. ring mum on [[phone:07700 900 218]] first
        [09:21] [[name:Leanne]]: mum says she never said that. [[name:rose]] has gone. boys still in {{breakfast club}}
        [09:22] [[name:Tariq]]: ok im ringing the {{DSL}} at [[organisation:Oakfield Primary]] and doing a {{MASH}} contact. well done for asking x
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM – [[organisation:Brackenmoor Youth Service]]
        Date of incident: [[date:18/11/23]]
        Time: approx 20:40
        Location: [[organisation:Hollins Park Youth Centre]], back {{fire exit}}
        Staff involved: [[name:R. Nowak]] (Senior YW), [[name:D. Ellis]] (sessional)
        Young people involved: [[name:KB]] ([[age:16]]), [[name:TS]] ([[age:15]])
        Description: argument over a phone turned into a fight by the fire exit. [[name:KB]] sustained a cut
        to eyebrow, {{first aid}} given by [[name:D. Ellis]]. {{Parents}} informed. {{Ambulance}} not required.
        Immediate action: both sent home with a parent, session closed early.
        Contributing factors: only 2 staff on for 31 YP, {{ratio}} should be 1:12. Sessional cover cancelled at 4pm and nobody escalated.
        Reported to: {{Locality Manager}}. {{LADO}} not required.
        Ref: [[case_reference:YS-2023-0418]]
    """)),
    ("social_care", "success", prose("""
        Good catch by [[name:Siobhan Gallagher]] ([[organisation:Northfield Family Hub]]) on [[date:Weds 17th]].
        During a routine {{Early Help}} visit to [[address:9 Fernlea Avenue]] she noticed a small bruise on the
        cheek of {{baby}} [[name:Ava]], who is [[age:4]] months and {{non-mobile}}. {{Mum}} said the older
        sibling had poked her with a toy, which could well have been true, but [[name:Siobhan]] followed the
        {{bruising protocol}}, rang {{MASH}} and stayed with mum while the {{GP}} at
        [[organisation:Millfield Surgery]] fitted them in. The {{child protection medical}} found no further
        concerns and mum said afterwards she was glad it was checked properly. This is exactly what the
        protocol is for and it was done kindly.
    """)),
    ("social_care", "near_miss", prose("""
        nearly emailed the {{TAF}} minutes for [[name:Lacey-Jo Smith]] to [[email:lsmith84@gmail.com]] which
        autofilled in {{Outlook}} - thats a diff family altogether!! only caught it cos the wrong profile pic
        came up. we need to stop using parents personal emails or at least turn off {{autocomplete}}. sent via
        {{Egress}} to [[email:laceyjo.smith@outlook.com]] instead. flagged to [[name:Marcia]] ({{TM}})
    """)),
    ("social_care", "incident", block("""
        Subject: RE: letter sent to wrong family – [[case_reference:EH-198552]]

        [[name:Ahmed]],

        Thanks for flagging so quickly. To confirm what happened: on [[date:14 March]] a {{closure letter}} for
        Ms [[name:Hughes]] was sent out with the second page of another family's {{Early Help plan}} behind it.
        Ms [[name:Hughes]] rang us, kept it safe and we collected it the same afternoon. I have reported it to
        {{Information Governance}} (ref [[case_reference:IG-24-0117]]) and apologised to Mr [[name:Dimitrov]] in
        person. He was understandably upset. The printer on the 2nd floor was shared with {{Adult Social Care}}
        that day and print jobs got mixed.

        Action: {{secure print}} switched on for all early help staff by the end of the month.

        Regards,
        [[name:Bernadette]]

        [[name:Bernadette O'Sullivan]]
        {{Team Manager}}, [[organisation:Early Help West]]
        [[organisation:Brackenmoor Council]] | [[address:Civic Centre, Market Street]]
        Tel: [[phone:01632 960 744]]
    """)),
    ("social_care", "success", block("""
        Compliment received via council website [[date:02/05/2024]]

        "I just want to say thank you to [[name:Will]] from the {{youth service}}. My son [[name:Kacper]]
        ([[age:13]]) was being bullied at [[organisation:Greenacre High]] and wouldnt leave his room for weeks.
        [[name:Will]] came every Tuesday, took him to the {{climbing wall}} at the {{leisure centre}} and got him
        into the {{Duke of Edinburgh}} group. He is a different boy now. Please tell [[name:Will]]'s manager."
        – Mrs [[name:Anna Wiśniewska]]

        Manager note: shared with [[name:Will Tierney]], added to {{compliments log}} and raised in {{supervision}}.
    """)),
    ("social_care", "near_miss", prose("""
        On the {{residential}} to [[organisation:Bryn Celyn Outdoor Centre]] ([[date:21–23 July]]) we realised at
        the first services stop that the {{EpiPen}} for one young person with a severe nut {{allergy}} was still
        in the locked drawer at the office. The {{consent form}} listed it, but the {{trip checklist}} only said
        "meds" generically and two of us each assumed the other had packed it. [[name:Dafydd Pritchard]] drove
        back for it and caught us up, so we lost an hour. If we hadn't noticed we would have been ninety minutes
        from a hospital with nothing but {{antihistamine}}. Nobody was harmed. The checklist now lists each
        young person's meds by name and two staff sign it at the {{minibus}} before leaving.
    """)),
    ("social_care", "incident", block("""
        [[name:Nasreen Akhtar]] 11:32
        reception just had a bloke shouting for [[name:Hope]], says she "took his kids". its [[name:Lee Barker]], [[name:Tia]] and [[name:Mason]]'s dad
        [[name:Hope Campbell]] 11:33
        im in room 2 with a family. is he still there??
        [[name:Nasreen Akhtar]] 11:34
        gone out to the {{car park}}, [[name:Gaz]] from {{facilities}} is watching him. reg is [[vehicle_registration:FN63 UXB]]
        [[name:Hope Campbell]] 11:35
        ok staying put. can someone ring {{101}}
        [[name:Nasreen Akhtar]] 11:41
        police on way, hes driven off. btw the {{panic alarm}} in reception didnt sound in the back office!!!
        [[name:Hope Campbell]] 11:52
        thanks [[name:Naz]]. doing the {{violence at work}} form now
    """)),
    ("social_care", "success", block("""
        Debrief – {{Family Group Conference}}, [[name:Doherty]] family, [[date:Thurs 28 Sept]]
        Present: [[name:KO]] ({{coordinator}}), [[name:Aoife]], {{nan}}, two uncles, {{school nurse}} from [[organisation:St Bede's Catholic Primary]]

        What went well
        - family came up with their own plan in {{private family time}}, 40 mins
        - uncle [[name:Padraig]] offered school runs Mon–Weds
        - {{interpreter}} booked just in case, not needed in the end
        Even better if
        - room at [[organisation:Westmoor Community Centre]] freezing, heating off
        - nan struggled with stairs, ground floor next time

        Next review [[date:9 Nov]]
    """)),
    ("social_care", "near_miss", prose("""
        was about to give [[name:Summer]] ([[age:16]]) a lift home from {{youth club}} on my own as it was pouring
        and her bus hadnt come. [[name:Mo]] reminded me about the {{transport policy}} - no lone lifts, and no
        lifts at all unless its on the {{risk assessment}} and parents have ok'd it. rang her {{dad}} who came
        and got her. honestly didnt think about it in the moment, felt like the kind thing to do. suggest we
        keep the {{taxi account}} number on the {{signing in sheet}} for nights like this
    """)),
    ("social_care", "incident", block("""
        DUTY HANDOVER – Early Help front door – [[date:Mon 15/01]]
        From: [[name:Rhys]]   To: [[name:Fatima]]

        1. [[name:Adebayo]] – [[case_reference:EH-211309]] – [[organisation:Grange Lane Infants]] rang re attendance (71%). {{TAF}} booked for Thurs.
        2. [[name:Sky Lewis]] ([[age:17]]) – [[case_reference:EH-211477]] – presented {{homeless}} Friday, placed at [[organisation:Kirk Street Foyer]]. Needs {{Southwark judgment}} assessment asap.
        3. INCIDENT – letter to [[name:Wood]] family cancelling Fri meeting never went out, sat in the {{out-tray}} over the weekend. mum turned up for nothing with 3 kids on 2 buses. apologised, rebooked. please check out-tray before leaving!!
        4. {{MASH}} {{step-down}} x2 awaiting allocation.
    """)),
    ("social_care", "success", block("""
        Hi [[name:Marek]],

        Just to say the {{Triple P}} course has made a real difference for [[name:Jayden]]'s {{mum}}. His
        attendance is up to 96% this {{half term}} and she came to {{parents' evening}} for the first time.
        We're all really grateful.

        Best wishes
        [[name:Helen Pryce]]
        {{Designated Safeguarding Lead}}
        [[organisation:Ravensworth Primary School]]
        [[phone:01632 961 208]]
    """)),
    # ---------------------------------------------------------------- health (17)
    ("health", "incident", block("""
        Ulysses ref: [[case_reference:ULY-58213]]
        Date/time: [[date:06/03/2024]] 14:20
        Location: [[organisation:Brontë Ward]], [[organisation:Larchfield Eating Disorders Unit]]
        Category: {{NG tube}} – feed started before placement confirmed (no harm)
        Patient: [[name:EK]], hosp no [[case_reference:RW4 882139]]
        Description: pt pulled tube out at lunch. Re-passed by {{bank nurse}}. Aspirate {{pH}} 6.5, not in
        safe range, {{chest X-ray}} requested but feed started at 14:20 before result. {{Sister}} [[name:Mendes]]
        noticed on walkround and stopped feed at 14:35 (approx 40 ml given). CXR – tip in stomach.
        {{NEWS2}} 0 throughout.
        Actions: {{NPSA}} alert re-circulated; bank staff to be signed off as competent before passing tubes.
    """)),
    ("health", "success", prose("""
        Massive thank you to [[name:Aisha Rahman]] ({{CPN}}) in the [[organisation:North Kirkbeck Perinatal Team]].
        On [[date:Tuesday 12th]] she picked up from an {{EPDS}} the {{health visitor}} had sent over that a
        {{mum}} six days after delivery had slept two hours in three nights, was talking very fast and saying
        the baby was "special". [[name:Aisha]] didn't wait for Thursday's {{MDT}}, she did a same-day joint
        visit with Dr [[name:Okafor]] and by the evening mum and baby were together at
        [[organisation:Ash Mother and Baby Unit]]. {{Postpartum psychosis}} can move so fast and this was spot on.
    """)),
    ("health", "near_miss", prose("""
        pt [[name:roxanne]] ([[age:29]]) on {{lamotrigine}}, letter from [[organisation:Parkside Medical Centre]]
        said switch to {{valproate}} as "more effective". our {{pharmacist}} [[name:Tomasz]] flagged shes 14wks
        pregnant and valproate is a no no ({{PREVENT}} programme). the letter had sat in scanned docs on
        {{RiO}} for 2 wks, nobody saw it. no harm, she hadnt collected the {{script}}. rang GP on
        [[phone:0113 496 0552]] to cancel. we need to check scanned docs daily not weekly
    """)),
    ("health", "incident", block("""
        Timeline – AWOL from [[organisation:Larchfield Unit]]
        pt: [[name:Niamh Byrne]], [[age:19]], {{informal}}, {{BMI}} 13.8

        [[date:22/07]] 15:00  escorted walk with {{HCA}} [[name:Bukola]], 15 mins agreed
        15:10  [[name:Niamh]] ran off near the {{bus station}}
        15:12  [[name:Bukola]] rang ward, ward rang police, description given
        15:40  mum rang – [[name:Niamh]] had texted her from a friend's phone, [[phone:07700 900 663]]
        16:25  found by {{BTP}} on platform, cold and dizzy, brought back by {{ambulance}}; bloods sent for {{refeeding}}, phosphate low

        Learning: leave was risk assessed in the morning but the drop at the 14:00 {{weigh-in}} wasn't fed back before the walk.
    """)),
    ("health", "success", block("""
        Subject: thank you – night staff [[date:Sat 3 Feb]]

        Hi all,
        I want to thank [[name:Marcus]] and [[name:Yusra]] on nights. Around 02:00 a patient on {{bed rest}} told
        [[name:Yusra]] her heart felt "fluttery". [[name:Marcus]] did an {{ECG}}, saw a {{QTc}} of 498 and rang the
        {{on-call doctor}}; bloods showed {{potassium}} 2.6 from vomiting she'd been hiding. She went to
        {{A&E}} at [[organisation:St Helen's Hospital]] and came back on the Monday. Without their curiosity this
        could have ended in a {{cardiac arrest}}.

        Thanks,
        [[name:Gwen]]

        [[name:Gwen Llewellyn-Jones]] | {{Ward Manager}}, [[organisation:Brontë Ward]]
        [[organisation:Larchfield Eating Disorders Unit]] | [[phone:01632 960 311]]
    """)),
    ("health", "near_miss", block("""
        [[name:Kerry-Ann]] 09:05
        duty q - referral in for [[name:Shanice Thompson]], dob [[date_of_birth:14/09/1996]], from {{community midwife}}. {{RiO}} says already open to us so was going to just add as a note?
        [[name:Dev]] 09:07
        hang on our [[name:Shanice Thompson]] is [[nhs_number:2003231676]] and older i think. whats on the referral
        [[name:Kerry-Ann]] 09:09
        [[nhs_number:292 194 6149]]. ok different woman 😬
        [[name:Dev]] 09:10
        yeah don't merge!! new referral, and flag to {{IG}} that the {{Spine}} lookup picked the wrong one. she's {{booking}} at 12 wks with hx {{bipolar}} so needs seeing this week
        [[name:Kerry-Ann]] 09:11
        on it. ta
    """)),
    ("health", "incident", prose("""
        On [[date:Monday 8 April]] a planned home visit to Mrs [[name:Ilona Kovacs]] ([[age:34]],
        [[address:47 Sandpiper Road]]) didn't happen because the {{nursery nurse}} was pulled to cover duty and
        the visit was not rebooked. Mrs [[name:Kovacs]] has a history of {{severe depression}} after her first
        baby and her {{EPDS}} the week before was 19. She rang {{111}} on the Thursday with
        {{suicidal thoughts}} and was seen by the {{crisis team}}. She is safe and now on {{sertraline}}. The gap
        was that cancelled visits lived in a paper diary and not on {{SystmOne}}. We have moved to a shared
        cancelled-visit list that the {{team leader}} reviews every morning, and nobody is being blamed for
        covering duty when asked to. Looking back, there were three points where the visit could have been
        picked up: the duty rota change was made at 08:30 without checking the diary; the admin message
        telling her the visit was off went to an old mobile number; and the weekly caseload meeting that
        Wednesday was cancelled because of {{mandatory training}}. None of these on its own was unusual,
        which is why we think the fix has to be in the system and not in asking people to try harder.
        Mrs [[name:Kovacs]] has been told what happened and said she would like to keep the same worker.
    """)),
    ("health", "success", block("""
        HANDOVER – [[organisation:Brontë Ward]] – late > night – [[date:19/10]]
        Bed 1  [[name:LM]] – {{1:1 obs}}, day 2 of {{NG feeds}}, tolerating. {{phosphate}} 0.71, repeat am.
        Bed 3  [[name:Chloe W]] – weighed today 41.2 kg, all {{supervised meals}} completed, pleased with herself.
        Bed 4  [[name:Hana]] – GOOD CATCH: [[name:Joel]] ({{student nurse}}) spotted meal plan had her on {{Ensure}} but her allergy band says cows' milk protein. Swapped for {{Fortijuce}}, {{dietitian}} confirmed. Well done [[name:Joel]].
        Bed 6  empty – admission tomorrow from [[organisation:Kingsmead Adolescent Unit]].
    """)),
    ("health", "near_miss", block("""
        From: [[email:d.mahmoud@nhs.net]]
        Sent: [[date:11 January 2024]] 16:48
        Subject: Near miss – {{olanzapine}} transcription

        Hi [[name:Ruth]],

        Flagging a near miss on the unit this afternoon. On the {{EPMA}} chart for a young woman transferred
        from [[organisation:Royal Kirkbeck Infirmary]], olanzapine had been entered as 25 mg {{nocte}} rather than
        2.5 mg; the decimal point was lost from the {{discharge summary}}. [[name:Kwame Asante]] queried it on the
        {{medication round}} because it was ten times what he'd expect, and held the dose. No dose given.
        I've corrected the chart and asked the {{ward clerk}} to send transfer letters straight to us.

        [[name:Dalia Mahmoud]]
        {{Lead Pharmacist}}, [[organisation:Larchfield Unit]]
    """)),
    ("health", "incident", prose("""
        car broken into outside [[address:Harewood Court]] on [[date:thurs 5th]], bag taken with my {{diary}}
        which had initials + postcodes for todays visits ([[postcode:HX3 9PL]], [[postcode:HX1 4RB]] etc) and
        one {{EPDS}} form with a full name on. no laptop thank god. reported to police, crime no
        [[case_reference:14/60233/24]], and {{Datix}} done. told {{IG}} and the {{Caldicott Guardian}}. i know
        we're meant to keep paper in the {{boot}} out of sight, i'd put it on the passenger seat to grab
        quickly between visits. lesson learned
    """)),
    ("health", "success", block("""
        Debrief notes – {{pre-birth planning}} meeting for [[name:Mariam]] (EDD [[date:30/11]])
        Date: [[date:8 Nov 2023]]
        Attendees: Dr [[name:Sato]] ({{perinatal psychiatrist}}), [[name:Joanne Pugh]] ({{specialist midwife}}), [[name:Ifor]] ({{CPN}}), {{health visitor}}, [[name:Mariam]] and partner [[name:Yusuf]]

        What went well:
        • [[name:Mariam]] wrote her own {{relapse signature}} in her words and it went into the {{birth plan}} word for word
        • [[name:Yusuf]] knows who to ring out of hours: [[organisation:Kirkbeck Crisis Line]] [[phone:0800 915 4422]]
        • {{lithium}} levels plan agreed with {{obstetrics}} before delivery, not after
        Even better if: interpreter booked for [[name:Mariam]]'s mother next time
    """)),
    ("health", "near_miss", prose("""
        {{bank HCA}} nearly let a pt on {{post-meal rest}} go to the toilet on her own straight after lunch on
        [[date:Sunday 14th]] – caught by the {{nurse in charge}}. 3rd time this month new staff havent known the
        {{bathroom supervision}} rule. can we add it to the {{induction checklist}} pls. no purging this time
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT
        Ref: [[case_reference:W-2024-11873]]
        Team: [[organisation:North Kirkbeck Perinatal Team]]
        Reported by: [[name:Emeka Nwosu]], {{Community Nursery Nurse}}
        Date: [[date:27/02/2024]]
        What happened: on arrival at [[address:112 Wharfedale View]] the service user's partner was intoxicated
        and shouted at me on the doorstep. I left straight away and rang my {{buddy}}. Service user texted later
        to say she and baby were OK.
        Harm: no physical harm, staff member shaken.
        Safeguarding: {{DASH}} completed with service user by phone; {{MARAC}} referral made.
        Action taken: visits to this address now {{double-up}} only; alert added on {{SystmOne}}; police aware (PC [[name:Hartley]]).
    """)),
    ("health", "success", block("""
        ED ward chat
        [[name:Bex]]: just want to say [[name:Saoirse]] ate her full {{snack}} in the {{dining room}} today without any prompts for the 1st time 🥹
        [[name:Olu]]: amazing!!
        [[name:Bex]]: the {{exposure}} work with Dr [[name:Haddad]] and [[name:Patrick]] ({{OT}}) in {{cooking group}} on weds really helped
        [[name:Olu]]: and her mum came to the {{MANTRA}} carers session, first one she's made
        [[name:Bex]]: little wins 💪
    """)),
    ("health", "incident", prose("""
        A prescribing error reached the patient. Ms [[name:Adeola Bankole]] ([[nhs_number:976 914 4576]]) was seen
        in the {{perinatal clinic}} at [[organisation:Beckside Health Centre]] on [[date:3 October]]. The clinic
        letter recommended {{mirtazapine}} 15 mg at night, but [[organisation:Holme Valley Surgery]] issued 45 mg
        because the letter template's dose field had carried over from the previous patient. She took it for
        four nights and was very drowsy during night feeds while {{breastfeeding}}, and co-slept once, which
        is what worries us most. Her baby came to no harm. We have removed the carried-over field from the
        {{letter template}}, and the {{health visitor}} has gone over {{safe sleep}} advice again.
    """)),
    ("health", "near_miss", prose("""
        heads up - the {{weighing scales}} in the {{clinic room}} were reading 1.5 kg light (checked against the
        {{calibration weight}} by [[name:Piotr]]). 2 patients weighed on them this morning, incl one being
        considered for {{discharge}}. {{MDT}} told before any decision made. scales quarantined,
        {{medical physics}} job logged [[case_reference:MP-77431]]. please use the ones in treatment room till fixed
    """)),
    ("health", "success", block("""
        Feedback received via {{PALS}} – [[date:15/01/2024]]

        "When I was at my lowest after [[name:Ruby]] was born, [[name:Cerys]] from the perinatal team never once
        made me feel like a bad {{mum}}. She met me at the {{baby group}} at
        [[organisation:Ebor Street Children's Centre]] when I couldn't face home visits, helped me tell my
        {{GP}} about the {{intrusive thoughts}}, and explained {{CBT}} in a way that made sense. [[name:Ruby]] is
        [[age:10]] months now and I'm back at work. Thank you."

        Shared with consent. Passed to [[name:Cerys]] and her team leader.
    """)),
    # ---------------------------------------------------------------- aviation (16)
    ("aviation", "incident", block("""
        INTERNAL OCCURRENCE REPORT
        Internal ref: [[case_reference:ASR-24-0193]]    MOR: [[case_reference:MOR 2024/03817]]
        Aircraft: {{ATR 72-600}} [[aircraft_registration:G-KTWA]]
        Date: [[date:12 Feb 2024]]    Location: {{Hangar 2}}, base
        Flight affected: [[flight_number:KW 412]], delayed 2h10
        Description: #2 {{engine cowling}} latch found open at the {{walkround}} by the {{Captain}} after
        {{CRS}} issued. Cowl had been opened for a {{borescope}} inspection on nights and task spanned two shifts.
        Prelim cause: cowl closure not on the {{task card}}, shift handover verbal only.
        Reported by: [[name:J. Whitfield]], B1 shift lead
    """)),
    ("aviation", "success", block("""
        #hangar-general
        [[name:Darren Holt]] 07:42
        shout out to [[name:Ola]] in stores who spotted that the {{EASA Form 1}} for a {{brake unit}} didnt match the {{S/N}} on the part. put it straight in the {{quarantine cage}} before it got anywhere near the line. looks like a {{suspected unapproved part}}, supplier being looked at now. top work 👏
        [[name:Ewa Zielinska]] 07:50
        +1 proper eagle eye [[name:Ola]]
        [[name:Ola Adebayo-Price]] 07:55
        cheers all, was only doing the {{goods in}} check lol
    """)),
    ("aviation", "near_miss", prose("""
        nearly fitted the wrong {{O-ring}} on the {{hydraulic filter}} housing on [[aircraft_registration:EI-FMJ]],
        nights [[date:14/05]]. bin in stores had 2 diff part numbers mixed in it, both look identical. only noticed
        cos the {{IPC}} said a different dash no. told [[name:Gary]] in stores who found 6 more mixed bins.
        nothing fitted, no leak. {{stores}} doing a full {{bin audit}}. we need proper {{kitting}} for nights
        when stores is shut, grabbing bits ourselves is how this happens
    """)),
    ("aviation", "incident", block("""
        Timeline – missing torch, [[aircraft_registration:G-OBMK]] ({{A320}})
        [[date:03/09]] 22:15  {{shadow board}} check at end of shift – torch missing from [[name:Kev]]'s box
        22:30  aircraft held, {{tool control}} procedure started, customer {{MCC}} informed
        23:05  search of {{avionics bay}}, {{main landing gear}} bays and cabin – nothing
        00:40  found in {{fwd cargo hold}} behind a lining panel by [[name:Ahmed Saleh]]
        01:10  aircraft released; [[flight_number:EZS 1452]] departed 06:05 on time
        Learning: tool box was checked at start of task but not when the task card was closed. Torches now on the shadow board too.
    """)),
    ("aviation", "success", block("""
        From: [[name:Siân Morgan]] <[[email:s.morgan@kittiwakeair.co.uk]]>
        To: Base Maintenance, [[organisation:Fellside Aero Engineering]]
        Subject: Thank you – [[aircraft_registration:G-KTWC]] {{AOG}}

        Good afternoon,

        On behalf of [[organisation:Kittiwake Airways]] I'd like to thank your night team for recovering
        [[aircraft_registration:G-KTWC]] after the {{bird strike}} on [[date:Sunday 19th]]. The
        {{damage assessment}}, {{SRM}} repair and paperwork were done by 05:30 and [[flight_number:KW 203]]
        left on time. Special mention to [[name:Hamish Urquhart]], who found a second dent on the {{radome}}
        that our crew had missed.

        Kind regards
        [[name:Siân Morgan]]
        {{Head of Quality}}, [[organisation:Kittiwake Airways]]
        [[phone:+44 1632 960 588]]
    """)),
    ("aviation", "near_miss", prose("""
        While preparing to torque the {{main wheel}} axle nut on [[aircraft_registration:G-LCYN]] I noticed the
        calibration label on the {{torque wrench}} issued to me from stores had expired on [[date:30 June]], nine
        days earlier. The {{tool store}} system had let it go out because it tracks calibration by the kit, not
        the individual tool. I stopped, returned it and drew another. I then checked the two wheels changed on
        the previous shift with the same wrench, and we re-torqued them with a calibrated tool; both were within
        limits. I've raised it on {{Q-Pulse}} (ref [[case_reference:QP-NC-0457]]) and the {{Quality}} team are
        moving calibration tracking to each tool.
    """)),
    ("aviation", "incident", block("""
        TECH LOG EXTRACT – [[aircraft_registration:N418GS]] ({{Gulfstream G450}})
        TLP [[case_reference:004512]] item 3
        Defect: {{APU}} oil qty low message on shutdown.
        Rectification: APU oil serviced, 1 US qt. {{CRS}} issued [[date:27/06/24]] [[name:P. Kaczmarek]].
        Note added [[date:28/06/24]]: oil used was {{Mobil Jet Oil 254}}; {{AMM}} specifies {{Mobil Jet Oil II}}
        for this APU, mixing not approved. APU drained and flushed, aircraft delayed 9 hrs, owner's flight
        [[flight_number:GSX 71]] cancelled.
        Cause: both oils on the same shelf in the {{line store}}, tins very similar.
    """)),
    ("aviation", "success", block("""
        Debrief – No.1 engine change [[aircraft_registration:G-FLSD]], [[date:4–6 March]]
        Team: [[name:Rob]], [[name:Mandeep]], [[name:Lukas]], [[name:Ellie]] (apprentice), [[name:Tom O'Neill]] (insp)

        Went well:
        - {{engine stand}} and {{bootstrap kit}} booked a week out, no waiting around
        - {{duplicate inspection}} done by [[name:Tom]] with no interruptions, phones in lockers
        - [[name:Ellie]]'s {{task card}} prep meant zero missing signatures at {{CRS}}
        - handed back 14 hrs early
        Could improve: {{ground run}} slot at the {{run-up bay}} clashed with the de-icing trial
    """)),
    ("aviation", "near_miss", block("""
        [[name:Stevie]] 14:02: tug just nearly clipped the {{winglet}} of [[aircraft_registration:G-JZHX]] coming into {{Hangar 3}}, wing walker was on his phone
        [[name:Naveed]] 14:03: anyone hurt? any contact?
        [[name:Stevie]] 14:04: no contact, stopped about a foot off. [[name:Bill]] shouted
        [[name:Naveed]] 14:05: ok stop all moves. {{tow brief}} redone and a proper {{wing walker}} each side
        [[name:Stevie]] 14:06: it was the agency lad, 2nd week. didnt know the {{hangar door}} markings
        [[name:Naveed]] 14:08: raising an {{ASR}} now. not on him, we shouldnt have put him on it without {{towing authorisation}}
    """)),
    ("aviation", "incident", prose("""
        {{Sealant}} ({{PR-1782}}) issued from stores on [[date:8 August]] was 11 days past its {{shelf life}}. It
        was used on a {{fuel tank}} access panel on [[aircraft_registration:G-CKTE]] and only picked up at the
        {{quality audit}} after the aircraft had flown three sectors, including [[flight_number:LS 1427]]. The
        panel was removed and resealed and the {{leak check}} was satisfactory. The stock had been moved to a
        different freezer when the old one failed, and the expiry sticker was on the outer box, not the
        cartridges. [[name:Marta]] in stores has now labelled every cartridge and the {{ERP}} system will no
        longer issue past expiry.
    """)),
    ("aviation", "success", prose("""
        Quick thank you to the {{stores}} night shift for getting the {{MLG}} {{actuator}} out of the
        {{bonded store}} and out to the aircraft in 40 mins when the {{AOG}} desk rang on [[date:Weds 2nd]]. Nice one. – {{Duty Manager}}
    """)),
    ("aviation", "incident", block("""
        ACCIDENT / INJURY FORM
        Name of injured person: [[name:Declan Fitzgerald]]
        DOB: [[date_of_birth:02/12/1987]]    NI no: [[ni_number:JT 48 21 93 C]]
        Date & time: [[date:15/01/2024]] 06:20
        Location: Hangar 1, bay 2, under {{wing}} of {{737-800}} [[aircraft_registration:EI-DHZ]]
        Description: slipped on {{Skydrol}} on the floor walking to the {{work stand}}, landed on wrist.
        {{drip tray}} not put back after earlier leak check.
        Injury: sprained wrist, seen at [[organisation:Kirkbeck General]] {{A&E}}, x-ray clear.
        {{RIDDOR}}: yes – over 7 day
        Witness: [[name:A. Popescu]]
        Manager: [[name:Ravi Chandran]]
    """)),
    ("aviation", "near_miss", prose("""
        Two {{A320}}s, [[aircraft_registration:G-EZWB]] and [[aircraft_registration:G-EZWD]], were in the hangar
        on the same night with almost identical {{work packs}}. The {{AD}} task on the {{elevator hinge bracket}}
        was signed as done on [[aircraft_registration:G-EZWD]]'s pack but the work had actually been done on
        [[aircraft_registration:G-EZWB]]. [[name:Shona McLeod]] in {{Planning}} noticed when reconciling packs
        in the morning that [[aircraft_registration:G-EZWB]] was fine but [[aircraft_registration:G-EZWD]] still
        needed the inspection. [[aircraft_registration:G-EZWD]] was held before its first flight,
        [[flight_number:EZY 6231]], and the task was done properly. Neither aircraft flew with the AD open. Packs
        now have coloured covers printed with the registration.
    """)),
    ("aviation", "success", block("""
        SHIFT HANDOVER – Base Hangar – Days > Nights – [[date:Fri 22/03]]
        Bay 1  [[aircraft_registration:G-KTWB]]  {{C-check}} day 9/14. {{NDT}} on {{wing spar}} done, no findings.
        Bay 2  empty – [[aircraft_registration:G-CKTE]] arrives 23:00 for wheel change, kit pre-drawn by [[name:Wojtek]].
        Safety: GOOD CATCH – [[name:Liam]] found the {{fall arrest}} harness past its inspection date before going up on the {{tail dock}}. Quarantined and swapped. Thanks [[name:Liam]].
        {{FOD}} walk done 17:30, clear.
    """)),
    ("aviation", "incident", block("""
        Subject: Lost {{rotable}} – {{fuel control unit}} in transit

        All,

        The unserviceable FCU sent for repair on [[date:29 April]] (AWB [[case_reference:176-44819023]]) never
        reached [[organisation:Aerotec Component Services]]. The courier collected it from {{goods in}} instead
        of {{goods out}}, the {{U/S tag}} came off, and it sat at their depot for 9 days with no paperwork.
        Courier contact is [[name:Gemma Price]], [[phone:+44 7700 900 872]]. Meanwhile
        [[aircraft_registration:G-LCYN]] has been flying on an {{MEL}} deferral the whole time.

        [[name:Bogdan]]
        Stores & Logistics Supervisor
        [[email:bogdan.ilie@fellsideaero.co.uk]]
    """)),
    ("aviation", "near_miss", prose("""
        [[name:jordan]] (apprentice) went to pressurise the {{yellow system}} with the {{electric pump}} while
        [[name:Aleksander]] was still in the {{nose wheel well}}. no {{DO NOT OPERATE}} tag on the panel and the
        {{lock out}} hadnt been done as it was "just for a minute". [[name:Mark]] (insp) saw and stopped it. no one
        hurt but a proper scare. {{toolbox talk}} monday, and nobody is getting blamed, we all cut that corner
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind143", REPORTS))


if __name__ == "__main__":
    main()
