"""Held-out blind corpus 333: 50 hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
de-identification generalises. All people, organisations, places and numbers are invented.

Settings:
- social_care (17): an early help family hub - parenting groups, home visits, school
  liaison, food bank referrals.
- health (17): a neonatal intensive care unit and neonatal transport team - incubators,
  TPN, cot moves, parents.
- aviation (16): regional turboprop line maintenance - overnight checks, deferred defects,
  MEL, tech log, spares.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, Teams/WhatsApp/Slack chat exports, handover notes, minutes with attendance
and apologies, pipe and aligned-column tables, RT and phone transcripts, shout-outs and
thank-you notes. Identifiers are marked [[label:value]], must-not-redact mentions {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind333.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        hv to [[address:14 Corran Walk]] 2day w/ {{mum}} [[name:shannon]] n the 2 kids. eldest
        [[name:kayden]] [[age:7yo]] not in school again, {{mum}} says tummy bug but he was out on
        his bike when i got there lol. no food in fridge apart from milk, {{mum}} said {{UC}}
        payment delayed til the [[date:19th]]. i did a {{food bank}} voucher for
        [[organisation:Eastgate Community Pantry]] but didnt ring ahead n they close at 2 on a
        {{Weds}} so she missed it. shes gone without tonight basically. my fault, shd have
        checked hrs. rang {{nan}} ([[name:bev]]) who dropped pasta round. flagged to
        [[name:Lorraine]] ({{team manager}}) & doing joint visit w/ {{school nurse}} from
        [[organisation:Holmwood Primary]] tmrw. case [[case_reference:EH-24-0618]]
    """)),
    ("social_care", "incident", prose("""
        During the {{Thursday}} morning {{Incredible Years}} parenting group at
        [[organisation:Brackenfield Family Hub]] on [[date:7 November]], a former partner of one
        of the attendees, [[name:Grace Mwangi]], arrived at reception and asked for her by name.
        Reception staff were not aware that a {{non-molestation order}} was in place, as the
        information had been recorded on the case file ([[case_reference:EH/2291/24]]) but not
        on the group register. He was allowed into the {{lobby}} and waited there for around ten
        minutes. The group facilitator, [[name:Faith Oyelaran]], recognised the situation when
        Ms [[name:Mwangi]] became visibly distressed, moved the group into the
        {{Sunflower Room}} and asked the {{duty manager}} to call {{police}}. He left before
        officers arrived. Nobody was hurt. Ms [[name:Mwangi]] was supported by her {{IDVA}} the
        same afternoon. Learning: risk flags from the {{MARAC}} list need to be copied onto group
        registers, and reception need a simple "do not disclose presence" marker.
    """)),
    ("social_care", "near_miss", block("""
        Chronology - near miss at school pick-up ([[case_reference:NM-0447]])
        [[date:Tue 12/03]]
        15:05  {{Learning mentor}} at [[organisation:St Brendan's RC Primary]] rings hub: {{dad}}'s
               brother has turned up to collect [[name:Maisie]] ([[age:6]]) and [[name:Leo]] ([[age:4]]).
        15:07  I check plan on file - only {{mum}} ([[name:Chantelle Rigby]]) and
               {{maternal grandmother}} are named collectors.
        15:09  Tried {{mum}} on [[phone:07700 900318]], no answer. Left voicemail.
        15:12  Advised school to keep the children in the {{office}} and not release.
               {{DSL}} Mr [[name:Farrant]] agreed.
        15:20  {{Mum}} rang back - she had asked uncle to collect but forgot to tell school.
        15:24  {{Mum}} arrived in person, children released to her.
        Outcome: no harm. Plan did its job, but the collectors list was never updated after the
        {{TAF}} meeting on [[date:28 Feb]]. Uncle added after checks, {{mum}} to confirm in writing.
        [[name:Rhys]] ({{family support worker}})
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM - {{Early Help}}
        Reporter: [[name:Amber Kowalczyk]], {{Family Practitioner}}
        Date of incident: [[date:03/10/2024]]
        Service user name: [[name:Tyrese Bamidele-Clarke]]
        DOB: [[date_of_birth:21/05/2016]]
        Address: [[address:Flat 3, 22 Marlow Road, Kirkhaven]] [[postcode:KH4 7RN]]
        EH Ref: [[case_reference:EH-24-1105]]
        Category: {{Information governance}}
        Description: A {{food bank}} referral for this family was emailed to
        [[email:referrals@kirkhavenfoodshare.org.uk]] with the full {{Early Help Assessment}}
        attached instead of the one-page referral. The assessment included {{mum}}'s mental health
        history and the {{school attendance}} figures. The food bank volunteer, [[name:Joy]],
        spotted it, phoned me on [[date:04/10]] and confirmed it had been deleted. {{IG lead}}
        informed.
        Action: template folder tidied, referral form now saved separately.
    """)),
    ("social_care", "success", block("""
        From: [[name:Deborah Achterberg]] <[[email:d.achterberg@kirkhaven.gov.uk]]>
        To: [[organisation:Brackenfield Family Hub]] team
        Subject: thank you - [[name:Hope]] and family

        Hi all,
        Just wanted to say a massive thank you to [[name:Sunny]] and [[name:Precious]] for the work
        with [[name:Hope]] and her three boys. When the case came to us from the {{MASH}} in
        {{January}} we were honestly expecting it to step up to {{Child in Need}}. Instead, six
        months of home visits, the {{Family Links}} course and the link with
        [[organisation:Oakdene Nursery]] have turned things round. The youngest is now attending
        full-time, {{mum}} has volunteered to co-facilitate the next group, and the
        {{health visitor}} reports weight is back on track. Closed to {{Early Help}} with a
        step-down plan on [[date:2 August]].
        Please share at {{team meeting}}.
        [[name:Deb]]

        [[name:Deborah Achterberg]]
        {{Early Help Locality Manager}} | [[organisation:Kirkhaven Borough Council]]
        [[phone:01632 960447]]
    """)),
    ("social_care", "near_miss", block("""
        [09:12] [[name:Bex Harrow]]: morning, anyone free to double up on the [[name:Kowalski]] visit at 11? on my own otherwise
        [09:14] [[name:Jamal Idris]]: cant sorry, in a {{TAF}} at [[organisation:Greenacre Academy]] til 12
        [09:15] [[name:Bex Harrow]]: np will go solo, its only a review
        [09:31] [[name:Ngozi Eze]]: @[[name:Bex Harrow]] wait - {{police}} info came back yesterday, new partner has {{DV}} markers. {{lone working}} flag should be on the system but isnt
        [09:32] [[name:Bex Harrow]]: omg ok not going alone then
        [09:33] [[name:Ngozi Eze]]: ill come, meet at the {{hub}} 10.40
        [09:34] [[name:Jamal Idris]]: 👍 shd we log this?
        [09:35] [[name:Ngozi Eze]]: yes near miss, ive put [[case_reference:NM-0462]] in. flag now added
    """)),
    ("social_care", "incident", block("""
        HANDOVER - {{Fri}} pm to {{Mon}} am
        From: [[name:Ola]]  To: [[name:Siobhán Ní Bhriain]] / duty

        1. [[name:Bailey-Jo Thompson]] ([[age:15]]) - disclosed at {{youth drop-in}} {{Thurs}} that
        {{stepdad}} hit her. I recorded it but did not ring {{MASH}} same day as our {{DSL}} was off
        and I assumed school would. School did NOT. Referral made {{Fri}} 16:40, ref
        [[case_reference:MASH-77310]]. This is a late referral - incident form done.
        2. Food parcel for Mrs [[name:Begum]] at [[address:9 Tanner's Row]] - {{Mon}} delivery
        confirmed with [[organisation:St Columba's Foodbank]].
        3. [[name:Pat]] (volunteer) off sick next week, {{crèche}} cover needed for {{Tuesday}} group.
        4. Keys for the {{Blue Room}} are with the {{caretaker}}.
        Any q's ring me [[phone:07700 900751]]
    """)),
    ("social_care", "success", block("""
        {{Early Help}} Practice Learning Meeting - minutes
        Date: [[date:16 January 2025]]
        Present: [[name:Mark Oduya]] (chair, {{Service Manager}}), [[name:Rose Tranter]] ({{FSW}}),
        [[name:Hyun-woo Park]] ({{Attendance Officer}}, [[organisation:Fairholme High School]]),
        [[name:Lakshmi]] ({{Health Visitor}}), [[name:T.J. Wilde]]
        Apologies: [[name:Will Ashdown]], Dr [[name:Nadia Haddad]] ({{GP}}, [[organisation:Larch Lane Surgery]])

        Item 1 - Good practice: family [[case_reference:EH-24-0932]]
        [[name:Rose]] described how the weekly attendance call with [[name:Hyun-woo]] picked up
        that [[name:Ellie-Mae]] ([[age:12]]) had missed every {{PE}} lesson for a month. A joint
        home visit found the family had no washing machine and the kit could not be washed. A
        {{Household Support Fund}} grant was arranged within 48 hours; attendance is now 96%.
        [[name:Mark]] noted that nobody waited for a threshold - they just picked up the phone.
        Action: [[name:TJ]] to write up as a practice story for the {{Ofsted}} self-evaluation.
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp - hub practitioners - [[date:14/05/2024]]
        [08:02] [[name:Kasia Wiśniewska]]: hiya quick one, ok to take [[name:Dylan]] to the {{dentist}} at 10 in my own car? {{mum}} got no bus fare
        [08:05] [[name:Gaz]]: has he got a booster? hes only [[age:5]]
        [08:06] [[name:Kasia Wiśniewska]]: ah. no. was just gonna pop him in the back lol
        [08:07] [[name:Gaz]]: noooo 🙈 {{policy}} says {{pool car}} w/ seats + {{business insurance}}. [[vehicle_registration:YK19 HTP]] has the high-back one
        [08:09] [[name:Marguerite]]: the {{Corsa}} is out w/ me til 12 sorry
        [08:11] [[name:Gaz]]: borrow the {{crèche}} one then, its in the store cupboard
        [08:20] [[name:Kasia Wiśniewska]]: got it. fitted. thanks both, nearly did a silly there
        [08:21] [[name:Marguerite]]: put it on the system as a near miss hun x
    """)),
    ("social_care", "incident", block("""
        Food bank voucher audit - w/c [[date:3 June]]
        | Voucher | Family | Worker | Issued | Redeemed at |
        |---|---|---|---|---|
        | [[case_reference:FBV-3318]] | [[name:Abdi]] | [[name:Holly]] | [[date:03/06]] | [[organisation:Eastgate Community Pantry]] |
        | [[case_reference:FBV-3319]] | [[name:Mirela Popescu]] | [[name:Dawn]] | [[date:04/06]] | not redeemed |
        | [[case_reference:FBV-3319]] | [[name:O'Driscoll]] | [[name:Holly]] | [[date:04/06]] | [[organisation:Eastgate Community Pantry]] |
        | [[case_reference:FBV-3321]] | [[name:Nguyen Thi Lan]] | [[name:JK]] | [[date:05/06]] | [[organisation:Trinity Methodist Foodbank]] |

        Note: [[case_reference:FBV-3319]] was issued twice from the paper book (two pads in
        circulation). Ms [[name:Popescu]] was turned away at the {{pantry}} on {{Wednesday}} as the
        number had already been used, and went home without food with her [[age:2-year-old]].
        {{Team leader}} phoned her and delivered a parcel the same evening. Paper pads withdrawn,
        {{e-voucher}} only from now. - [[name:Holly]]
    """)),
    ("social_care", "success", prose("""
        ⭐ SHOUT OUT ⭐ Massive thanks to [[name:Blessing]] on {{reception}} this week. On
        [[date:Tues 4th]] a {{mum}} came in for {{Stay and Play}} with her two little ones and
        mentioned all three of them had had headaches and felt sick for days, but only at home.
        [[name:Blessing]] remembered the {{carbon monoxide}} poster from our {{fire safety}}
        training, asked about the boiler and got the family to stay at the {{hub}} while she rang
        the {{gas emergency}} line. The engineer found a leaking flue at the flat and capped it. A
        {{GP}} at [[organisation:Castle Mead Medical Practice]] saw them that afternoon. Honestly
        could have been a very different story. Thank you [[name:Blessing]] - proper
        {{Early Help}} in action. - [[name:Sal]] & the {{management team}}
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:22 April]] an {{Early Help Plan}} review letter for [[name:Ayesha Rahimi]] was
        generated from the system addressed to her previous address,
        [[address:41 Foundry Lane, Kirkhaven]] [[postcode:KH2 9DW]], where her former partner
        still lives. The family moved to a {{refuge}} in {{February}} and the new address is
        deliberately not recorded. The letter was in the out-tray when our
        {{business support officer}}, [[name:Ravinder Kaur Sandhu]], noticed the
        {{confidential address}} alert on the front sheet and held it back. Had it been posted, it
        would have confirmed to the ex-partner that Ms [[name:Rahimi]] is still open to the
        service and given the name of her {{keyworker}}. Cause: the mail-merge pulls the last
        "home" address and ignores the alert. Interim fix: all letters on alert cases to be
        checked by the {{practice lead}} before posting. Raised with {{IT}} under
        [[case_reference:INC-0049812]].
    """)),
    ("social_care", "incident", prose("""
        crèche incident [[date:thurs 9/1]] - [[name:amira]] ([[age:3]]) trapped fingers in the fire
        door by the {{baby room}}, door closer is too fast, been reported b4!! {{first aider}}
        [[name:ty]] did ice pack, no break visible but nail went black. {{mum}} [[name:Nour]] was in
        the {{parenting group}} next door, came straight out, was calm but upset we hadnt fixed it.
        advised {{minor injuries}} at [[organisation:Kirkhaven Walk-in Centre]] if swelling, she
        went, {{x-ray}} clear. {{accident book}} filled, pg 44. premises ticket raised again
        [[case_reference:FM-22871]] - pls can someone chase, thats 3rd time. door now propped w/
        sign til fixed (i know, {{fire risk}}, {{caretaker}} watching it). - [[name:kel]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Anouk de Vries]] ({{SENCO}}, [[organisation:Westbury Park Infant School]])
        Sent: [[date:27 June 2024]] 16:42
        To: [[email:m.adeyemi@brackenfieldhub.org.uk]]
        Subject: [[name:Jaxon]] - thank you

        Dear [[name:Mo]],

        I wanted to put in writing how much difference the school liaison sessions have made for
        [[name:Jaxon]] this term. When he joined us in {{Reception}} he was {{dysregulated}} most
        afternoons and {{mum}} felt blamed every time she collected him. Your idea of a three-way
        check-in each {{Friday}} (school, {{mum}}, you) has completely changed that relationship.
        She now tells us what kind of night he has had, we adjust, and he has gone from six
        internal exclusions in the autumn to none since {{Easter}}. The {{EHCP}} request is also
        moving with her full agreement.

        Please pass my thanks to your manager too.
        Kind regards,
        [[name:Anouk de Vries]]
    """)),
    ("social_care", "incident", block("""
        CASE RECORDING - INCIDENT
        Name: [[name:Leilani Okonkwo-Reid]]
        DOB: [[date_of_birth:02.11.2001]]
        NI no: [[ni_number:JT 48 21 93 C]]
        Child: baby [[name:Zion]]
        Ref: [[case_reference:EH-25-0077]]
        Address: [[address:Flat 12, Heron Court, Millbeck Road]] [[postcode:KH7 3LP]]
        Tel: [[phone:07700 900264]]
        What happened: planned {{new birth}} home visit on [[date:6 Feb]] was not covered. It was in
        [[name:Hazel]]'s diary; [[name:Hazel]] was moved to cover a group on the rota on the
        {{Monday}} and nobody reallocated. {{Mum}} is [[age:23]], first baby, {{care leaver}}, and
        had waited in. She texted the hub at 15:30 asking if anyone was coming.
        {{Health visitor}} visited next day, no concerns for baby, but {{mum}} said she felt
        "forgotten again".
        Immediate action: apology call by [[name:Faisal]] ({{team leader}}), visit rebooked for
        [[date:7 Feb]], {{PA}} informed.
        Learning: rota changes must trigger a diary check.
    """)),
    ("social_care", "near_miss", block("""
        #hub-comms
        [[name:lucy.b]] 10:14
        draft post for our social media re {{Summer Fun Day}} 👇 pics from saturday attached, good to go?
        [[name:priyanka]] 10:21
        lovely!! 😍 wait - 3rd photo, girl in the yellow top is [[name:Esme]] from the [[name:Doyle]] family. they're on the no-photo list, theres a court order / {{CP}} issue with dad's side
        [[name:lucy.b]] 10:22
        oh god. didnt know. removing now
        [[name:priyanka]] 10:23
        consent list is on the shared drive but not printed for events, we only checked the sign-in sheet
        [[name:Craig Mbeki]] 10:40
        good catch [[name:Priyanka]]. near miss logged [[case_reference:NM-0511]]. from now photos only go up after the {{practice lead}} checks them against the consent list. ill brief the {{volunteers}}
    """)),
    ("social_care", "success", block("""
        (transcribed from card left at {{reception}}, shared with permission)

        To [[name:Faisal]], [[name:Joy]] and everyone at [[organisation:Brackenfield Family Hub]],
        When I first came I didnt speak to anyone for 3 weeks. [[name:Joy]] just kept saving me a
        seat at {{baby massage}}. [[name:Faisal]] helped me fill the forms for {{nursery funding}}
        and came with me to the {{housing office}}. Now [[name:Yusuf]] goes to
        [[organisation:Little Acorns Day Nursery]] 3 days, I started my {{ESOL}} class at
        [[organisation:Kirkhaven College]] and I am not scared of the {{health visitor}} any more
        haha. You saved us really.
        Love from [[name:Dilnoza]], [[name:Yusuf]] ([[age:2]]) and baby [[name:Madina]] xxx

        Note from {{team manager}}: lovely example of persistence, group-based {{Early Help}} and a
        warm handover to {{universal services}}. - [[name:L. Farrow]]
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        nights [[date:11/12]] - cot 7 {{TPN}} bag hung at {{22:00}} was a {{standard bag}} not the
        {{individualised}} one {{pharmacy}} made up for her. baby [[name:Ruby Ashworth-Khan]],
        [[age:6 days old]], {{UVC}} in situ. picked up at the {{02:00}} {{obs}} by [[name:Tamsin]]
        checking label vs prescription, had run ~4hrs. {{BMs}} 11.2 so {{glucose}} load higher
        than planned. {{reg}} Dr [[name:Osei]] informed, bag changed, {{insulin}} not needed, BMs
        settled by 06:00. {{parents}} told by {{nurse in charge}} in the morning, {{mum}} asked
        good qs. issue: both bags on the same fridge shelf, similar labels, it was a 2 nurse
        check but we both read the name not the formulation. {{datix}}
        [[case_reference:W-118342]]. pls can {{pharmacy}} colour-code?? - [[name:ange]]
    """)),
    ("health", "near_miss", block("""
        TRANSPORT NEAR MISS - chronology
        Team: [[organisation:Pennine Neonatal Transport Service]]
        Job: [[case_reference:PNT-24-1187]]   Date: [[date:19/08/2024]]
        Patient: baby [[name:Kowalczyk]] ({{twin 2}}), NHS [[nhs_number:724 186 3097]]
        Route: [[organisation:Calderbridge General Hospital]] {{SCBU}} -> [[organisation:St Aldhelm's Hospital]] {{NICU}}
        13:40 Depart base. {{Transport incubator}}, {{ventilator}}, two {{oxygen cylinders}} (full at check).
        14:25 Arrive referring unit. Baby on {{CPAP}}, deteriorating, decision to {{intubate}}.
        15:50 Stabilised. Into transport incubator, running on cylinder O2 in the {{lift}} and
              corridor while the ambulance was delayed at the door.
        16:05 {{ANNP}} [[name:Femi]] notices cylinder 1 reading a quarter - had been left on
              {{flush}} during intubation. Switched to cylinder 2.
        16:12 Loaded onto ambulance [[vehicle_registration:WX68 KFD]], on vehicle supply.
        17:01 Arrived [[organisation:St Aldhelm's]], handed over in {{Hot Bay}}.
        Outcome: no harm, but a longer delay would have left us on our last cylinder in a corridor.
        Actions: cylinder contents added to the 'ready to move' checklist; {{driver}}
        [[name:Steve]] to connect vehicle {{O2}} before we leave the ward.
        Reported by: [[name:C. Nwachukwu]], {{transport nurse}}
    """)),
    ("health", "success", prose("""
        Shout out to [[name:Grace]] on nights in {{Hot Bay}}! During {{hourly}} {{line checks}}
        at 03:00 on [[date:Sunday 21 July]] she noticed the skin around the {{long line}} on cot 3
        looked slightly shiny and puffy, even though the {{pump}} pressure was normal and nobody
        had charted a problem. She stopped the {{TPN}}, called the {{SHO}} and marked the area.
        The line had just started to {{extravasate}}; because it was caught so early there was no
        blistering and {{plastics}} did not need to be involved. Baby [[name:Ifeoluwa]]'s {{mum}}
        wrote to say how reassured she felt that someone was watching that closely in the middle
        of the night. This is exactly the kind of care we want on [[organisation:St Aldhelm's]]
        {{NICU}}. Thank you [[name:Grace]] 💛 - [[name:Jo]] ({{ward manager}})
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT - NEONATAL UNIT
        Ref: [[case_reference:IR-2024-03391]]
        Date/time: [[date:02/02/2024]] {{05:30}}
        Location: {{NICU}}, {{Bay 1}}, [[organisation:St Aldhelm's Hospital]]
        Patient: [[name:Theo Marchetti]]
        DOB: [[date_of_birth:24/01/2024]]
        NHS No: [[nhs_number:485 712 3967]]
        Hosp No: [[case_reference:SA0712458]]
        Category: {{breast milk}} - wrong patient
        Description: 4ml of {{EBM}} belonging to the baby in cot 3 ([[name:Marchant]]) given via
        {{NG tube}} to [[name:Theo]]. Surnames similar and both syringes labelled with surname
        only on the fridge sticker. Cot 3 mother screened {{HIV}}/{{Hep B}} negative per notes;
        {{consultant}} Dr [[name:Ilse Brandt]] informed, {{microbiology}} advice followed,
        parents of both babies informed under {{Duty of Candour}} by the {{nurse in charge}}.
        Immediate action: all EBM re-checked against {{ID bands}}; {{barcode scanner}} (down since
        {{Sunday}}) escalated to {{IT}}.
        Reported by: [[name:Wiktoria]] ({{RN}})
    """)),
    ("health", "near_miss", block("""
        From: [[name:Seren Llewelyn]] <[[email:seren.llewelyn@staldhelms.nhs.uk]]>
        To: {{NICU}} {{sisters}}
        Date: [[date:Mon 8 July]]
        Subject: near miss - parent update nearly sent to wrong family

        Hi all,
        Flagging a near miss from {{Saturday}}. When I went to send the weekly parent update
        through the {{parent app}}, the auto-fill suggested "[[name:Jade]]" and I almost selected
        [[name:Jade Sowerby]] (cot 14) instead of [[name:Jade Ofori]] (cot 4). The message
        included the {{cranial ultrasound}} result and the plan for {{PDA ligation}}. I only
        noticed because the photo thumbnail was the wrong baby. Nothing was sent.
        Could we ask the supplier to show cot number and surname in the picker? I've logged it
        ([[case_reference:W-119027]]).
        Thanks,
        [[name:Seren]]
        {{Band 6}}, {{Neonatal Unit}}
    """)),
    ("health", "near_miss", block("""
        {{NICU}} nurses chat - Teams
        [[name:Olumide Bakare]] 14:02
        cot move done, baby [[name:Hanley]] now in {{ITU 2}} space 5 (was {{HDU 9}})
        [[name:Sinéad Gallagher]] 14:10
        thanks. is the {{pump}} still set to the HDU 9 profile tho?
        [[name:Olumide Bakare]] 14:11
        ??
        [[name:Sinéad Gallagher]] 14:12
        the {{Alaris}} is showing weight 1.1kg - thats the baby who was in HDU 9 before. [[name:Hanley]] is 2.4kg. it will calc the {{morphine}} rate wrong if anyone re-programmes
        [[name:Olumide Bakare]] 14:13
        omg yes. we moved the pump with the cot but didnt re-enter weight. fixing now, will get [[name:Bash]] to double check
        [[name:Bashir Nouri]] 14:20
        checked ✅ 2.4kg, rate correct. lets add "re-enter weight" to the {{cot move checklist}}
        [[name:Sinéad Gallagher]] 14:22
        logging as near miss. good spot everyone
    """)),
    ("health", "incident", block("""
        HANDOVER - {{ITU}} days -> nights [[date:Sat 23rd]]
        Cot 2 - [[name:Arlo Fitzgerald-Mensah]] ([[age:9 days old]]) - {{CPAP}} 5, {{FiO2}} 0.25,
        tolerating {{NG feeds}} 3hrly.
        !! INCIDENT this am: moved from incubator to {{heated cot}} at 09:00 for
        {{kangaroo care}} with dad, temp not rechecked for 3hrs, found 35.4 at 12:00. Back in
        {{incubator}}, 36.8 by 14:00. {{SHO}} aware, {{septic screen}} not needed per {{reg}}.
        Form done [[case_reference:W-119455]]. Dad ([[name:Kwame]]) very upset, feels it was his
        fault - it wasn't, pls reassure.
        Cot 5 - [[name:Isla-Rose Duffy]] - {{ROP}} screening {{Tues}}, {{eye drops}} from 07:00.
        Cot 6 - empty, awaiting transfer in from [[organisation:Calderbridge General]] (transport
        eta 21:00).
        Nurse in charge tomorrow: [[name:Marta]].
    """)),
    ("health", "success", block("""
        Neonatal Transport Governance - minutes [[date:14/03/2025]]
        Attendees: Dr [[name:Farhan Hamid]] ({{consultant}}, chair), [[name:Clare Burrows]]
        ({{lead nurse}}), [[name:Femi Adeyinka]] ({{ANNP}}), [[name:Dave]] ({{driver}},
        [[organisation:Yorvale Ambulance Service]]), [[name:Holly-Anne Pike]] ({{pharmacist}})
        Apologies: [[name:Rhodri Pugh]], [[name:Summer]] ({{parent rep}})

        3. Case review (positive) - [[case_reference:PNT-25-0214]]
        Team called to [[organisation:Calderbridge General Hospital]] for an extremely preterm
        baby born unexpectedly in the {{ED}}. [[name:Femi]] described arriving to find the baby on a
        {{resuscitaire}} with no vascular access. The team placed a {{UVC}}, gave {{surfactant}}
        via {{LISA}}, and had the baby stable and in the incubator within 90 minutes. The
        referring {{ED}} consultant emailed afterwards to say it was the calmest resus they had seen.
        What went well: {{pre-departure call}}, {{checklist}} read aloud, {{closed-loop}}
        communication.
        Action: [[name:Clare]] to share as a {{Learning from Excellence}} case at the
        {{ODN}} meeting on [[date:2 April]].
    """)),
    ("health", "incident", block("""
        Daily equipment check - {{Bay 3}} - week of [[date:13 Jan]]
        Incubator   | Asset | Mon      | Tue      | Wed   | Checked by
        {{Giraffe}} 1 | 0231  | OK       | OK       | OK    | [[name:PK]]
        {{Giraffe}} 2 | 0232  | OK       | OK       | -     | [[name:Danuta]]
        {{Giraffe}} 3 | 0236  | OK       | not done | FAULT | [[name:Obi]] / [[name:PK]]

        Note: on [[date:Wed 15th]] baby [[name:Lowe]] in Giraffe 3 was found with a skin temp of
        38.1 at 04:00 cares. Incubator display normal, {{high temp alarm}} did not sound. Baby
        cooled, {{septic screen}} by the {{reg}}, {{CRP}} negative. Incubator taken out of use,
        {{EBME}} job [[case_reference:EB-55721]]. {{Tuesday}} check not done (busy, two
        admissions). - [[name:Obi]]
    """)),
    ("health", "near_miss", block("""
        Recorded referral call - transport conference line - [[date:30/09/2024]] 03:14
        REF: Hi, it's [[name:Lucas]], {{SHO}} at [[organisation:Pendle Vale Hospital]] {{SCBU}}.
        Referring baby [[name:Adebayo]], born [[date_of_birth:29/09/2024]], {{term}}, on
        {{high-flow}}, {{FiO2}} 0.6 and rising.
        CONS (Dr [[name:Brandt]]): Thanks [[name:Lucas]]. Weight?
        REF: 3.8 kilos.
        CONS: OK. Start {{benzylpenicillin}} and {{gentamicin}}, doses for 3.8, we'll leave in 20.
        [03:40 call-back]
        REF: Sorry - correction, weight is 2.8. I read it off the wrong line of the
        {{admission sheet}}. Gent not drawn up yet.
        CONS: Thanks for ringing back. Redo both doses for 2.8 and read them back to me.
        Note: {{gentamicin}} would have been about a third over. Learning: ask for weight AND how
        it was obtained; always read back. Logged [[case_reference:PNT-24-1342]]. - [[name:I.B.]]
    """)),
    ("health", "incident", prose("""
        At approximately 03:10 on [[date:17 May 2024]], during {{skin-to-skin}} in {{Bay 4}}, the
        father of baby [[name:Noah Sithole]] fell asleep in the {{recliner}}. The baby slipped
        partly down his chest, the {{CPAP}} prongs dislodged and he became {{bradycardic}} to 60
        with saturations of 70%. The {{monitor}} alarmed and the nurse, [[name:Dolores]], who was
        doing {{cares}} at the next cot space, responded within about 30 seconds. Prongs were
        repositioned and the baby recovered with {{inflation breaths}} alone. Mr [[name:Sithole]]
        was distraught. On review, it was his first night visit after a long day shift, there was
        no nurse at the cot side, and the {{kangaroo care}} guideline does not mention parental
        tiredness. The {{registrar}} reviewed and no further intervention was needed.
        {{Duty of Candour}} conversation completed by Sister [[name:Abernethy]]. Incident
        reference [[case_reference:W-118790]]. Actions: update the guideline, offer a stay-awake
        check every 15 minutes, and make sure parents know they can say no to night cuddles.
    """)),
    ("health", "near_miss", prose("""
        near miss 2nite: {{insulin}} infusion for cot 11 ([[name:lily-mae]]) made up as 1 unit/ml
        instead of 0.1 unit/ml. 2nd checker [[name:raj]] spotted the {{vial}} was {{Actrapid}} 100
        units/ml n the maths didnt match the {{neonatal monograph}}. syringe binned b4 it went near
        the {{pump}}. honestly so tired, 3rd long day in a row. pls can we get pre-filled
        {{insulin syringes}} from {{pharmacy}} like [[organisation:Calderbridge]] have?? -
        [[name:nic]] ({{band 5}}) [[date:21/3]]
    """)),
    ("health", "success", block("""
        Dear {{Neonatal Unit}} and transport team at [[organisation:St Aldhelm's Hospital]],

        A year ago on [[date:12 October]] our daughter [[name:Frankie]] was born far too early at
        [[organisation:Pendle Vale Hospital]], and [[name:Ama]] and Dr [[name:Lin]] from the
        transport team drove through the snow to get her. We spent 97 days in {{Hot Bay}},
        {{ITU}} and then {{Special Care}}. Special thanks to [[name:Mags]] who taught
        [[name:Callum]] to change a nappy through the {{portholes}}, to [[name:Zainab]] who sat with
        me the night of her {{bowel perforation}}, and to the {{infant feeding}} team who never
        gave up on me. [[name:Frankie]] is now crawling, eating everything and off {{oxygen}}.
        Please put the photo on the board!

        All our love,
        [[name:Jess]], [[name:Callum]] & [[name:Frankie Doherty]] xxx
    """)),
    ("health", "incident", prose("""
        Transport incident [[case_reference:PNT-24-0963]], [[date:5 December]]. On the return
        from [[organisation:St Aldhelm's Hospital]] to [[organisation:Harrowmoor District Hospital]]
        the ambulance [[vehicle_registration:YJ70 RVA]] lost power on the {{dual carriageway}}.
        Baby [[name:Kacper Zieliński]], [[age:3 weeks old]], was in the {{transport incubator}} on
        {{nasal cannula}} oxygen for a {{back transfer}}. The {{driver}}, [[name:Sunny Bhogal]],
        pulled onto the {{hard shoulder}}. The vehicle {{inverter}} failed so the incubator went to
        battery, which showed 40% because it had not been plugged in overnight at base. We called
        [[organisation:Yorvale Ambulance Service]] control, who sent a replacement vehicle in 50
        minutes; the battery had reached 12%. Baby's temperature dropped to 36.3 and was managed
        with a {{transwarmer}} mattress. {{Mum}}, travelling with us, was frightened. Actions:
        charging log at base; a second {{transwarmer}} carried on all transfers. -
        [[name:Ama Boateng]], {{transport nurse}}
    """)),
    ("health", "near_miss", block("""
        Near miss - {{patient ID}}
        When: [[date:Fri 28/06]] night
        Where: {{SCBU}}, [[organisation:St Aldhelm's Hospital]]
        NHS nos: [[nhs_number:610 394 2756]] / [[nhs_number:550 827 1430]]
        What: twins [[name:Oscar Lindqvist]] and [[name:Otis Lindqvist]] moved from {{ITU}} to cots
        21 and 22. [[name:Oscar]]'s {{ID band}} came off during the move and the {{cot cards}} were
        swapped. {{SBR}} samples were due at 06:00 and the {{HCA}} printed labels from the cot
        card. [[name:Ikechukwu]] ({{RN}}) refused to take a sample without a band, re-banded
        [[name:Oscar]] from the hospital number on his notes ([[case_reference:SA0733190]]), and
        found the label sheet was for [[name:Otis]] ([[case_reference:SA0733191]]). Samples then
        taken correctly.
        Why it matters: SBR results guide {{phototherapy}} and {{exchange transfusion}} - a
        swapped result could have meant the wrong twin treated.
        Reported by [[name:Ike]] / [[name:Leanne]] ({{NIC}})
    """)),
    ("health", "success", block("""
        Teams - {{Neonatal}} {{MDT}}
        Dr [[name:Priya Raman]] 16:05
        Huge thanks to [[name:Tomasz Wróbel]] in {{aseptics}} today. We had 4 {{TPN}} changes after {{ward round}} at 14:00 (new {{sodium}} and {{phosphate}} needs) and cut-off is usually 12. He came up to the unit, went through each prescription with me and had all four bags up by 18:00.
        [[name:Tomasz Wróbel]] 16:11
        no worries 😊 cot 9 phosphate was below the {{BAPM}} range so worth doing today
        [[name:Angharad]] 16:15
        bag for cot 2 arrived already, labels are so much clearer with the new template btw
        Dr [[name:Priya Raman]] 16:20
        Nominating him for the {{Trust}} {{Learning from Excellence}} award 🌟
    """)),
    ("health", "incident", prose("""
        On {{Sunday}} [[date:3 March]] at about 19:45 an unknown adult male followed a parent
        (Mrs [[name:Okoro]]) through the {{swipe-access}} door into the {{NICU}}. He walked into
        {{Bay 2}} asking for "the [[name:Nowak]] baby". The {{HCA}}, [[name:Halina]], asked who he
        was and he left. There is no baby of that name on the unit now, but [[name:Nowak]] is the
        surname of a baby discharged last week with a {{safeguarding}} alert. {{Security}}
        attended at 19:58, {{CCTV}} was reviewed and {{police}} informed (log
        [[case_reference:WY-20240303-0877]]); the family's {{social worker}} was told the next
        morning. Learning: parents are not told to avoid holding the door for others; we will add
        signage and a short script to the parent induction.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        nightshift [[date:tues 14th]] - on [[aircraft_registration:G-ORKT]] ({{ATR 72}}) did the
        {{daily}} + {{weekly}}, had the {{cowl}} open on no.2 for an {{oil top-up}}. next morning
        crew on {{walkround}} found one of the {{latches}} on the lower {{cowl}} not fully locked.
        {{FO}} [[name:Henrik]] caught it before {{start-up}} thank god. i signed it as closed.
        honestly i think i got pulled onto the {{AOG}} on [[aircraft_registration:G-ORKV]] halfway
        thru and never went back to check. no {{independent inspection}} req for that task per the
        {{AMP}} but shd there be?? first rotation delayed 25 min. told {{shift lead}}
        [[name:Baz]]. tech log ref [[case_reference:TLP 40417]]. - [[name:dw]]
    """)),
    ("aviation", "near_miss", prose("""
        Whilst reviewing the {{tech log}} for [[aircraft_registration:G-LNMX]] on the morning of
        [[date:8 September]], {{B1}} engineer [[name:Aleksander Nowicki]] noticed that a defect
        raised by the crew on the previous sector ([[flight_number:NQ447]]) - left {{pack}}
        temperature fluctuating - had been deferred overnight under the {{MEL}} with {{Pack 1}}
        selected OFF, but the {{placard}} had not been fitted and the dispatch conditions (a
        maximum {{flight level}}) had not been passed to the crew. Deferred defect
        [[case_reference:ADD 24/0193]]. The aircraft had not yet departed. Placard fitted, crew
        briefed, {{Ops Control}} informed. Contributing: a night shift of two, three aircraft on
        the line, and the {{MEL}} preamble not re-read. Reported under our internal scheme; no
        {{MOR}} required per {{Quality}}.
    """)),
    ("aviation", "success", prose("""
        Big shout out to [[name:Ray]] in {{stores}} and to [[name:Chiamaka]] at
        [[organisation:Corvane Aviation Spares]]. [[aircraft_registration:G-HBRW]] went {{AOG}} at
        21:40 on {{Friday}} with a failed {{starter-generator}} and no {{serviceable}} unit in the
        pool. [[name:Ray]] had a spare located by 22:30 with the {{EASA Form 1}} scanned over,
        booked it on the last road freight, and met the van at the {{cargo gate}} at 04:10.
        Fitted, {{ground run}} good, {{CRS}} signed at 06:20 and the aircraft made its first
        departure on time. [[name:Ray]] wasn't even on shift - he came in from home. Proper team
        effort. - [[name:Sully]] ({{shift supervisor}})
    """)),
    ("aviation", "near_miss", block("""
        RT transcript (extract) - {{Ground}} frequency - [[date:23/01/2025]]
        02:47 TUG 2: Ground, Tug 2, request tow [[aircraft_registration:G-ORKE]] from {{Stand 7}} to the {{maintenance apron}} via {{Bravo}}.
        02:47 GND: Tug 2, hold position, vehicle crossing Bravo, expect two minutes.
        02:48 TUG 2: Cleared Bravo, Tug 2.
        02:48 GND: Negative Tug 2, HOLD POSITION, vehicle on Bravo.
        02:48 TUG 2: Holding, Tug 2, sorry.

        Narrative: the tug driver, [[name:Wes]], had started to move on his incorrect readback.
        Brake rider [[name:Colm Ó Dálaigh]] ({{B1}}) heard the {{ATC}} correction on his headset and
        called stop on the intercom. Estimated 60m to the {{follow-me}} vehicle. Contributing:
        {{ATC}} and intercom audio in the same ear, {{high-vis}} hood over one side of the headset.
        Learning: brake rider to confirm clearance before the tug moves. Report
        [[case_reference:SR-25-011]].
    """)),
    ("aviation", "incident", prose("""
        During the {{A-check}} on [[aircraft_registration:G-LNMV]] on the night of
        [[date:2-3 October]], a {{torch}} from toolbox 14 was found missing at the end-of-shift
        {{tool check}} at 05:50. The {{shift supervisor}}, [[name:Sebastián Ortega]], stopped the
        release under the [[organisation:Fenlow Aero Engineering]] tool control procedure. A
        search found it resting on the lower {{nacelle}} structure of the no.1 engine behind the
        {{firewall}}. Engineer [[name:Grant McAllister]] had used it to inspect a {{bleed duct}}
        and put it down to reach for a mirror. The first flight, [[flight_number:NQ102]], was
        delayed 55 minutes. Had the check not been done, the torch could have chafed the
        {{fuel line}} or jammed a control run. Mr [[name:McAllister]] reported it openly and has
        been supportive of the review. Ref [[case_reference:QN-2024-088]].
    """)),
    ("aviation", "incident", block("""
        Open deferred defects - [[organisation:Northquay Airways]] {{ATR}} fleet - as at [[date:19/02/2025]]

        Reg      ADD no.       Defect                          Expiry
        [[aircraft_registration:G-ORKT]]   [[case_reference:ADD 25/0031]]   {{cabin}} reading light 7C u/s        [[date:21/02]]
        [[aircraft_registration:G-ORKV]]   [[case_reference:ADD 25/0027]]   {{lav}} smoke detector test fail     [[date:18/02]] !!
        [[aircraft_registration:G-LNMX]]   [[case_reference:ADD 25/0034]]   {{wiper}} park position              [[date:24/02]]

        [[case_reference:ADD 25/0027]] on [[aircraft_registration:G-ORKV]] expired at midnight and
        the aircraft flew two sectors ([[flight_number:NQ220]]/[[flight_number:NQ221]]) with an
        overdue deferral. Picked up by {{CAMO}} {{tech records}} ([[name:Inés]]) this morning.
        {{MOR}} raised. Cause: expiry was entered as the date raised plus 10 {{calendar days}}
        instead of 3 {{flight days}}. - [[name:Tariq Mahmood]], {{Line Manager}}
    """)),
    ("aviation", "incident", block("""
        From: [[name:Kerry-Ann Doyle]] <[[email:kdoyle@fenlowaero.co.uk]]>
        To: {{Line Maintenance}} shift leads
        Cc: {{Quality}}
        Date: [[date:Wed 11 Dec 2024]] 09:14
        Subject: robbery of {{prop de-ice timer}} - paperwork not raised

        Morning all,
        On {{Monday}} night a {{de-ice timer}} was robbed from [[aircraft_registration:G-HBRZ]] (in
        the {{hangar}} for {{C-check}}) to fit to [[aircraft_registration:G-ORKE]], which was
        {{AOG}}. The unit was fitted and the {{CRS}} issued, but no robbery form was raised, so
        [[aircraft_registration:G-HBRZ]] records still show the unit fitted and {{stores}} didn't
        know either. We only found out because the {{C-check}} planner, [[name:Bill]], did a
        component reconciliation. No airworthiness issue on [[aircraft_registration:G-ORKE]] (unit
        serviceable with valid history), but please - no robbery without the form. Ref
        [[case_reference:QN-2024-103]].
        Thanks
        [[name:Kerry]]

        [[name:Kerry-Ann Doyle]] | {{Quality Engineer}} | [[organisation:Fenlow Aero Engineering]]
        [[phone:01632 960818]]
    """)),
    ("aviation", "near_miss", block("""
        #line-night-ops  [[date:Thu 6 Feb]]
        [[name:mo.hassan]] 01:12
        {{elevator trim tab}} {{rod end}} replaced on [[aircraft_registration:G-LNMX]], ready for {{dupe}} when someone's free
        [[name:jlarsen]] 01:40
        can't yet, up to my eyes in the {{wheel change}} on [[aircraft_registration:ORKT]]
        [[name:mo.hassan]] 03:55
        ok cool, ill sign the {{CRS}} for the rest of the pack & leave the trim for you
        [[name:Pete Szabo]] 04:30
        @[[name:mo.hassan]] the {{work pack}} is showing released in the system incl. the trim task, and the {{II}} box is blank. aircraft is on the [[flight_number:NQ118]] at 06:05
        [[name:mo.hassan]] 04:33
        what?? i only signed the task cards... oh no i ticked "release all"
        [[name:Pete Szabo]] 04:35
        ive locked the release. [[name:Jonas]] can u do the II now pls
        [[name:jlarsen]] 04:52
        done, torque + {{locking}} checked, {{control check}} full and free ✅
        [[name:Pete Szabo]] 05:10
        re-released. near miss report going in - "release all" needs a block when an II is open
    """)),
    ("aviation", "near_miss", block("""
        NIGHT SHIFT HANDOVER - {{Line}} - [[date:Sat 1 March]]
        Shift lead: [[name:Tariq Mahmood]] -> [[name:Eilidh Ross]]

        [[aircraft_registration:G-ORKT]] - {{weekly check}} done. {{ADD}} for reading light carried. Released.
        [[aircraft_registration:G-ORKV]] - {{oil}} uplift no.2 engine, 2 qts. NEAR MISS: new starter
        [[name:Fin]] went to top up with a different {{oil}} brand from the {{oil cage}} (not
        approved to mix on this engine per the {{AMM}}). [[name:Gosia]] stopped him at the
        {{cowl}}. Correct oil used. Cans now segregated and shelf labelled. No harm.
        [[aircraft_registration:G-HBRW]] - {{starter-generator}} changed ({{WO}}
        [[case_reference:WO-558102]]), {{ground run}} OK, released 04:40.
        Spares: {{brake unit}} on order, ETA {{Mon}}, chase [[organisation:Corvane Aviation Spares]]
        if not on the van.
        Handed over by [[name:TM]] 06:55, accepted [[name:ER]].
    """)),
    ("aviation", "success", block("""
        [[organisation:Fenlow Aero Engineering]] - Line Safety Review Meeting
        Date: [[date:6 May 2025]]   Venue: {{crew room}}, {{Hangar 2}}
        Present: [[name:Sebastián Ortega]] (chair), [[name:Joy Adebanjo]] ({{Quality}}),
        [[name:Mehmet Yılmaz]] ({{B1}}), [[name:Crystal Amankwah]] ({{stores}}),
        [[name:J. Okafor]] ({{planning}})
        Apologies: [[name:Pat Rourke]], [[name:Sully]]

        Item 2 - Positive report: fatigue
        On the night of [[date:17 April]] [[name:Mehmet]] declared himself unfit to carry out the
        {{duplicate inspection}} on a {{flap actuator}} job on [[aircraft_registration:G-LNMV]]
        after being awake 20 hours (house move). The shift lead accepted without question and the
        inspection was done by the incoming day shift {{B1}}. The aircraft left 40 minutes late
        on [[flight_number:NQ230]]. The chair thanked [[name:Mehmet]] for setting the example and
        noted this is exactly what the {{just culture}} policy and {{Part 145}}
        {{human factors}} training ask for.
        Action: [[name:Joy]] to use it (anonymised) in the next {{HF}} refresher.
    """)),
    ("aviation", "incident", block("""
        GROUND DAMAGE REPORT
        Report no: [[case_reference:GDR-0392]]
        Date: [[date:27/11/2024]]   Time: 23:15 {{local}}
        Location: {{Stand 4}}, {{west apron}}, [[organisation:Hallbrook Airport]]
        Aircraft: {{ATR 72-600}} [[aircraft_registration:G-ORKV]]   Last flight: [[flight_number:NQ336]]
        Equipment: {{hi-lift steps}}, {{GSE}} fleet no. 12
        Operator: [[name:Dmitri Volkov]] ({{handling agent}}, [[organisation:Skyline Ground Services]])
        Reported by: [[name:Nkechi Oduya]] ({{B1}})   Tel: [[phone:07700 900905]]
        Description: steps positioned at the rear {{cargo door}} for the {{cabin}} check. The brake
        on the steps was not set; on the slope of the stand they rolled back about 30cm and the
        top rail contacted the door frame lower edge. Dent 12mm x 4mm, within {{SRM}} limits
        after measurement; assessed by {{CAMO}} structures, aircraft released 02:10.
        Contributory: no chocks for steps; lighting on the stand poor (2 of 4 {{floodlights}}
        u/s since {{October}}).
    """)),
    ("aviation", "near_miss", prose("""
        nightstop on [[aircraft_registration:G-HBRZ]], me n [[name:Storm]] (apprentice) fitted
        {{pitot covers}} + {{static}} bungs cos of forecast snow. in the morning i signed the
        {{tech log}} b4 taking them off, assumed day shift wd do it as part of the
        {{de-icing}}. {{captain}} found one pitot cover still on during the {{walkaround}} at 05:40
        - the streamer had blown round behind the {{radome}} so not obvious from the {{flight deck}}.
        no harm, removed, [[flight_number:NQ501]] off on time. if it had gone it would have been
        unreliable {{airspeed}} on the {{take-off roll}}. lesson for me: covers off b4 signing,
        count the streamers. - [[name:JP]] [[date:16/01]]
    """)),
    ("aviation", "success", block("""
        From: [[name:Ingrid Solberg]] <[[email:ingrid.solberg@northquay-airways.com]]>
        To: [[email:linelead@fenlowaero.co.uk]]
        Subject: thanks - [[aircraft_registration:G-LNMV]] bird strike recovery

        Hi all,
        Following the {{bird strike}} on [[flight_number:NQ205]] into
        [[organisation:Hallbrook Airport]] on [[date:Thursday 12 June]], your night team had the
        post bird strike inspection, the {{radome}} inspection and the damaged {{landing light}}
        replacement done by 05:30. That saved cancelling the morning [[flight_number:NQ206]] and
        about 68 passengers' connections. Special thanks to [[name:Rosalind]] and
        [[name:Kwabena]], and to [[name:Ollie]] in {{stores}} who found the last lamp in the
        building.
        Best,
        [[name:Ingrid]]
        {{Duty Ops Manager}}, [[organisation:Northquay Airways]]
    """)),
    ("aviation", "incident", block("""
        Chronology - wheel change incident - [[aircraft_registration:G-ORKE]]
        [[date:09/08/2024]]
        21:50 Arrival [[flight_number:NQ415]], crew report {{tyre}} worn to limits on no.3 ({{MLG}}).
        22:15 [[name:Lukas Becker]] ({{B1}}) and [[name:Adaeze]] ({{mechanic}}) position the {{axle jack}}.
        22:31 Jack pad not fully seated on the {{jacking point}}; opposite gear not chocked
              (chocks taken to another stand).
        22:34 During wheel removal the jack tilted and the axle dropped ~5cm. [[name:Adaeze]]
              stepped back, no injury.
        22:40 Work stopped. {{Shift lead}} [[name:Baz]] informed, {{Quality}} on-call rung.
        23:30 Inspection of axle and {{brake}} - no damage found, {{NDT}} booked for morning.
        07:10 NDT clear. Wheel fitted, released 08:05. [[flight_number:NQ416]] cancelled.
        Ref: [[case_reference:QN-2024-071]]
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp - line engineers - [[date:19/10/2024]]
        [22:04] [[name:Rusty]]: lads, {{stores}} got O-rings in for the {{fuel filter}} job on [[aircraft_registration:G-HBRW]]. bag says right {{P/N}} but no paperwork
        [22:06] [[name:Amaru Quispe]]: who from?
        [22:07] [[name:Rusty]]: [[organisation:Jetpart Direct]]? never heard of em
        [22:09] [[name:Amaru Quispe]]: dont fit them. not on the {{approved supplier list}} i dont think & no {{Form 1}} / {{CoC}} = no go
        [22:10] [[name:Rusty]]: aircraft goes at 06:30 tho
        [22:12] [[name:Kat Novak]]: checked, NOT approved. {{purchasing}} ordered on price, usual buyer was on leave. i'll put a {{quarantine}} tag on
        [22:40] [[name:Kat Novak]]: found proper ones in the kit at the other base, taxi bringing them
        [02:15] [[name:Rusty]]: fitted, {{leak check}} good. thanks [[name:Kat]]
    """)),
    ("aviation", "success", prose("""
        Good catch report. On [[date:20 January 2025]], during a routine {{weekly check}} on
        [[aircraft_registration:G-LNMX]], {{B1}} [[name:Faith Mukendi]] was replacing a
        {{hydraulic}} line {{clamp}} in the {{nose wheel bay}} and, although it was outside the
        task card scope, took the time to look at the adjacent {{steering actuator}} mounting
        bracket with a torch and mirror. She found a 6mm crack at a bolt hole. The bracket is not
        on any scheduled inspection. The aircraft was held, the bracket replaced from stock by
        day shift, and the finding passed through our {{CAMO}} to the
        {{type certificate holder}}. A fleet-wide one-off inspection found two more cracked
        brackets, on [[aircraft_registration:G-ORKT]] and [[aircraft_registration:G-HBRZ]].
        {{Engineering Manager}} [[name:Sam Whitlock]]: "This is the difference between doing the
        card and looking at the aircraft. Well done [[name:Faith]]." Ref
        [[case_reference:QN-2025-009]].
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind333", REPORTS))
