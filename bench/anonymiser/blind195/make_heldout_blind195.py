"""Held-out blind corpus 195: UK incident, near-miss and learning reports written blind.

Settings (all people, places, numbers and organisations invented):
- social_care: a local authority children's disability (CWD) team and its short breaks
  (respite) service - an overnight unit, tea visits, transport, direct-payment PAs.
- health: a hospice inpatient unit with a community palliative care team - syringe drivers,
  controlled drugs, rapid discharges, bereavement support, lone working.
- aviation: a regional airport's fire and rescue service (RFFS) and airside operations -
  appliances, BA, FOD walks, RT, tech log, stand incidents, exercises.

Styles: rushed lower-case notes typed up later, texts and WhatsApp/Teams/Slack exports with
speaker names or handles before colons, formal narratives, chronologies with times, e-mails with
headers and signatures, handover notes, pipe and tab tables with initials, minutes with
attendance and apologies, debriefs, shout-outs and thank-you notes, forms with Name/DOB/Ref
fields, ATC/RT extracts and tech log entries. Names that are ordinary English words (joy, hope,
rich, dawn, summer, ivy, will, grace) appear in lower case as well as capitalised; the same
words also appear as ordinary vocabulary marked must-not-redact.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind195.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        typed up from my notes, was a mad night sorry for spelling. [[name:Kayden]] ([[age:9]])
        in for his {{overnight stay}} at [[organisation:Birchwood House]]. {{seizure}} approx 0140
        went over 5 mins so needed {{buccal midazolam}} as per his {{epilepsy care plan}}. meds
        were in the locked cab in the {{office}} not in his grab bag like the plan says.
        [[name:rich]] had the keys on him doing {{checks}} upstairs so took about 2 mins to get
        them. gave at 0147, stopped 0151, {{obs}} fine after. rang {{mum}} on
        [[phone:07700 900318]] no answer first time, got her 2nd go. {{999}} not needed as per
        plan. told [[name:dawn]] at {{handover}} 7am. think the keys shld stay with whoever is on
        the floor not the {{senior}} on shift.
        [[name:Tash]] ({{support worker}})
    """)),
    ("social_care", "near_miss", block("""
        [[date:14/03/2024]], 17:52 - [[name:Bex]]: hun which {{sling}} is [[name:Amara]] meant to have? green one in her room says M
        [[date:14/03/2024]], 17:53 - [[name:Gaz]]: its the large now. {{OT}} changed it after her {{review}} in feb, M is too small its in the plan
        [[date:14/03/2024]], 17:53 - [[name:Bex]]: well the M was on the {{hoist}} when i came in!! nearly used it
        [[date:14/03/2024]], 17:54 - [[name:Bex]]: and shes a {{two person transfer}} and i was on my own for a sec
        [[date:14/03/2024]], 17:55 - [[name:Gaz]]: omg. glad u checked. who did {{the bath}} at lunch?
        [[date:14/03/2024]], 17:56 - [[name:Bex]]: dunno rota says [[name:Jonno]] & agency lad
        [[date:14/03/2024]], 17:58 - [[name:Gaz]]: ill put it on the {{near miss}} form and tell [[name:Hope]] in the morning. put the M in the {{sluice}} with a label on
        [[date:14/03/2024]], 17:59 - [[name:Bex]]: done x. think we need a {{manual handling}} refresher tbh
    """)),
    ("social_care", "success", block("""
        From: [[name:Hope Adeyemi-Clarke]] <[[email:hope.adeyemi-clarke@northbridge.gov.uk]]>
        To: [[organisation:CWD Team North]] <[[email:cwd.north@northbridge.gov.uk]]>
        Subject: shout out - [[name:Joy]] and [[name:Summer]]

        Hi all,

        Just wanted to say a proper thank you to [[name:Joy]] and [[name:Summer]] for last Friday.
        While getting [[name:Leo]] ready for {{swimming}} at {{short breaks}}, [[name:Joy]] noticed
        {{bruising}} on his upper arms that wasn't on the {{body map}} from his last stay. She did
        exactly what we train for - recorded it, no {{leading questions}}, and rang the
        {{duty desk}} straight away. [[name:Summer]] stayed with [[name:Leo]] and kept his routine
        going with his {{Makaton}} board so he wasn't unsettled. The {{MASH}}
        {{strategy discussion}} happened the same afternoon and [[name:Leo]] is safe.

        Thanks both - this is what good looks like.

        [[name:Hope]]
        {{Team Manager}}, {{Children with Disabilities}}
        Tel: [[phone:0113 496 0725]] | Mob: [[phone:07700 900542]]
    """)),
    ("social_care", "incident", prose("""
        On [[date:9 April 2024]] [[name:Ellie-Mae Corrigan]] ([[age:11]]) was collected from
        [[organisation:Hollins Park Special School]] by the commissioned {{transport}} for her
        {{after-school short break}}. The minibus ([[vehicle_registration:YK19 HVP]]) arrived at
        [[organisation:Birchwood House]] at 16:05 and three children were handed over.
        [[name:Ellie-Mae]] was not among them, but the {{escort}} signed the {{transport log}} as
        four. At 16:20 [[name:Sunny]] ({{shift leader}}) noticed she was missing and rang the
        operator. The driver found [[name:Ellie-Mae]] asleep in the rear, still strapped in her
        {{wheelchair}}, back at the depot on [[address:Canal Road]]. She was returned at 16:48
        unharmed but upset. {{Mum}} was informed by [[name:Sunny]] and by the
        {{duty social worker}}. Reported to {{commissioning}}; a {{LADO}} consultation was not
        needed. Learning: the {{escort}} and unit staff must do a joint {{headcount}} against the
        list before the bus leaves.
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS - information sharing
        Ref: [[case_reference:SB/24/0187]]
        Child: [[name:Oliver Nwachukwu]]   DOB: [[date_of_birth:02/11/2015]]
        NHS No: [[nhs_number:960 336 1496]]
        Address: [[address:14 Foxglove Close, Wrenthorpe]], [[postcode:WF2 0LT]]
        Reported by: [[name:M. Kowalczyk]], {{admin officer}}

        What happened: preparing {{health passports}} for the {{summer}} scheme.
        [[name:Oliver]]'s {{medication profile}} was printed on the back of another child's
        {{consent form}} (double sided). I spotted it when putting the pack in the envelope to
        [[name:Oliver]]'s dad, before posting. Nothing left the building.
        Why: {{printer}} default changed to double sided after an {{IT}} update.
        Action: all packs re-checked by me and [[name:Ivy]], printer reset, {{data protection}}
        lead told ({{no breach}}).
    """)),
    ("social_care", "incident", block("""
        Chronology - missing child during {{short break}} activity
        Sat [[date:18/05/24]]
        13:10 group of 4 young people + 3 staff arrive at {{soft play}} ([[organisation:Jungle Jacks]], [[address:Unit 3 Meadowbank Retail Park]])
        13:40 [[name:Tyler]] ([[age:14]], {{autism}}, {{1:1}} with [[name:Will]]) goes to toilet, [[name:Will]] waits outside
        13:46 [[name:Tyler]] not come out, [[name:Will]] checks - not there. fire exit by toilets open
        13:48 staff search site, {{manager}} on duty told, {{CCTV}} requested
        13:55 rang {{999}} as per {{missing from care protocol}}, gave description
        14:05 [[name:Chantelle]] ({{shift lead}}) rang {{mum}} on [[phone:07700 900671]]
        14:21 {{police}} find [[name:Tyler]] at bus stop on [[address:Brightside Lane]], calm, said he wanted to go home
        14:40 [[name:Tyler]] back with staff, {{mum}} collected early
        Learning: exits not looked at on the {{risk assessment}} visit. {{1:1}} to stay in sight where possible - agreed with {{mum}}.
    """)),
    ("social_care", "success", block("""
        Transition panel - minutes
        Date: [[date:23rd January 2024]]
        Present: [[name:Rose Whitfield]] ({{chair}}), [[name:Arjun Mehta]] ({{SW}}), [[name:Dawn Pryce]] ({{short breaks}} {{manager}}), [[name:Bill Okoro]] ({{adult social care}}), [[name:L. Fontaine]] ({{school nurse}})
        Apologies: [[name:Grace Liang]], [[name:Siobhán O'Dwyer]] ({{CAMHS}})

        1. [[name:Zain Qureshi]] ([[age:17]]) - moving to adult {{respite}} at [[organisation:The Willows]] from his 18th birthday.
        [[name:AM]] reported [[name:Zain]] did 3 tea visits and 1 overnight {{trial}} and loved it. [[name:DP]] praised the joint working - staff from both units shadowed each other so his {{PEG}} regime and {{communication passport}} went across word for word. First transition this year with no gap in service.
        Actions: [[name:RW]] to share as good practice at {{QA}} forum. [[name:AM]] to update {{EHCP}} annual review.
    """)),
    ("social_care", "near_miss", block("""
        [[name:Priya Raman]]  10:14
        anyone got mum's new email for [[name:Jayden H-B]]? need to send the {{CIN plan}} before {{review}}

        [[name:Kev D]]  10:16
        its on the {{system}} - [[email:jhartleybrowne85@gmail.com]]

        [[name:Priya Raman]]  10:21
        sent 👍

        [[name:Kev D]]  10:33
        wait which one did u use?? theres two on there, the old one is dads and theres a {{non-molestation order}}

        [[name:Priya Raman]]  10:34
        oh god. checking... used the one you sent, [[email:jhartleybrowne85@gmail.com]]

        [[name:Kev D]]  10:35
        phew thats mums. but dads [[email:d.browne1979@outlook.com]] is still top of the {{contacts tab}} and autofills first

        [[name:Priya Raman]]  10:41
        told {{duty manager}}. {{IG}} say near miss not breach. asked {{business support}} to archive the old one
    """)),
    ("social_care", "incident", block("""
        HANDOVER - [[organisation:Birchwood House]] - {{nights}} [[date:2/2]]
        [[name:Mia]] (rm 3) - {{PEG}} feed {{pump}} found running at 125ml/hr at 22:30, plan says 85. started by lates at 20:00. approx 310ml in instead of 210.
        {{sats}} ok, {{vomiting}} x1 at 22:40, cleaned + settled. {{on call}} {{manager}} [[name:Faith]] informed, rang {{111}} as {{dietitian}} not avail - advised obs + {{hold}} feed 2 hrs. mum aware (spoke 23:10). [[name:Mia]] slept thru after.
        pump settings not locked - [[name:Faith]] to ask {{community nursing}} re {{pump lock}}. lates said the {{feeding regime}} sheet on the wall is the old one (100ml) so they "rounded up" ??
        [[name:Noah]] (rm 5) no issues
        - [[name:sam k]]
    """)),
    ("social_care", "success", prose("""
        Text from [[name:Maryam]] ({{mum}}) to the {{team mobile}}, forwarded with her ok: "Hi its
        [[name:Maryam]] [[name:Ibrahim]]'s mum. Just want to say thank u to all of u esp
        [[name:Jo]] and big [[name:Mo]]. First time in 3 yrs we've had a full nights sleep and
        [[name:Ibrahim]] came home buzzing, he wont stop saying '[[name:Mo]] football'. U dont know
        what this means to us. Please tell Ms [[name:Ahmed]] ({{social worker}}) the
        {{short break}} was the right thing, I was so scared to leave him. He even used the
        {{sensory room}} and went to sleep without his {{melatonin}}!!" Shared at the
        {{team meeting}}; [[name:Mo]] and [[name:Jo]] are his {{key workers}} for {{overnights}}.
    """)),
    ("social_care", "near_miss", block("""
        Monthly {{MAR}} / stock audit - [[organisation:Birchwood House]] - w/c [[date:04/03/2024]]
        Child | Medicine | Expected | Counted | Checked by | Comment
        [[name:K.D.]] | {{Keppra}} 250mg | 28 | 28 | [[name:JT]]/[[name:SB]] | ok
        [[name:A.O.]] | {{melatonin}} 2mg | 30 | 26 | [[name:JT]]/[[name:SB]] | 4 missing - 2 stays not signed on MAR
        [[name:E-M C]] | {{buccal midazolam}} 10mg | 2 | 1 | [[name:JT]]/[[name:SB]] | 1 syringe in {{grab bag}} - ok
        [[name:Z.Q.]] | {{baclofen}} 5mg/5ml | 150ml | 80ml | [[name:JT]]/[[name:SB]] | mum sends fresh each stay, old bottle not returned, {{expiry}} 02/24!
        Summary: the out of date {{baclofen}} could have been given on the next stay. [[name:JT]] removed it and returned to {{mum}}. {{melatonin}} gaps = recording not giving, confirmed with [[name:Ivy]] who did those {{nights}}. Reminder to all re MAR at {{team meeting}}.
    """)),
    ("social_care", "incident", prose("""
        Allegation - agency {{support worker}}. On [[date:27 February 2024]] [[name:Leah]]
        ([[age:15]]) told [[name:Joy Mensah]] at bedtime that an agency worker had "shouted in my
        face and grabbed my wrist" the previous evening. [[name:Leah]] uses an
        {{eye-gaze device}} and the disclosure was recorded word for word. The worker was
        identified from the {{rota}} as [[name:Craig Dunmore]] (NI [[ni_number:JT 48 21 93 C]]),
        supplied by [[organisation:Primecare Staffing Ltd]]. He was removed from the rota the same
        day and the agency informed. {{LADO}} referral made by [[name:Joy Mensah]] on
        [[date:28/02/2024]], ref [[case_reference:LADO-2024-0312]]. {{Ofsted}} notified under
        {{Regulation 40}}. [[name:Leah]]'s parents were told by her {{social worker}},
        [[name:Tom Ashworth]]. No marks seen; {{body map}} completed. Learning: agency profiles did
        not show {{de-escalation}} training; the {{registered manager}} now checks this before a
        first shift.
    """)),
    ("social_care", "near_miss", prose("""
        quick one for the log. picked up [[name:Ruby]] frm her {{PA}} at 5 for her
        {{tea visit}}, {{PA}}'s car [[vehicle_registration:WP68 ZRT]] - car seat was just sat on the
        back seat not clipped in!! {{PA}} said shes done it loads like that??? [[name:ruby]] is
        [[age:6]] n has {{CP}} so needs the {{supported seat}}. didnt let her drive off, we fitted
        it together in the {{car park}}. told [[name:dawn]] ({{mgr}}) n shes gonna ring the
        {{direct payments}} team + {{mum}}. nobody hurt. think PAs need a {{car seat}} check when
        they start. [[name:jess]]
    """)),
    ("social_care", "success", block("""
        Hot debrief - [[date:12.06.24]] - [[name:Ethan]] ([[age:13]])
        Facilitator: [[name:Rich Akande]]
        Staff: [[name:Lou]], [[name:Patryk]], [[name:Hope]]
        What happened: [[name:Ethan]] became distressed at tea when the {{fire alarm test}} went off (it wasn't on his {{now and next board}}) and started hitting his head on the wall.
        What went well: [[name:Patryk]] used his {{PBS plan}} {{green}} strategies straight away - {{ear defenders}}, dimmed lights, moved the others to the lounge. No {{restrictive physical intervention}}, calm within 12 mins. [[name:Hope]] rang {{dad}} who talked to him on speaker.
        Even better if: alarm tests go on the {{visual timetable}} for all the kids.
        [[name:Lou]] to tell {{maintenance}}; [[name:Rich]] to update the plan.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Nadia Boateng]]
        Sent: [[date:05 March 2024]] 16:42
        To: {{Duty Team}}; [[name:Ahmed, Karim]]
        Subject: Dog bite on {{home visit}} - [[address:41 Larch Avenue]]

        [[name:Karim]],
        As discussed, I was bitten on my left hand by the family dog during a {{statutory visit}} to [[name:Harry]] and [[name:Poppy Lister]] at [[address:41 Larch Avenue, Thornbury]] [[postcode:BS35 2PH]] at about 15:10. {{Dad}} said the dog was shut in the kitchen but it got through. Skin broken - went to {{minor injuries}} at [[organisation:Thornbury Community Hospital]], {{tetanus}} booster and {{antibiotics}}. Visit not completed; both children were seen and fine.
        There is nothing on the {{case record}} about a dog. Please can we add a {{hazard flag}} to the file ([[case_reference:CWD-88213]]) and agree joint visits until a {{risk assessment}} is done.

        [[name:Nadia]]
        [[name:Nadia Boateng]] | {{Senior Practitioner}} | {{CWD}}
        [[phone:01632 960214]]
    """)),
    ("social_care", "near_miss", prose("""
        Near miss at tea on the {{short breaks}} unit, Thursday. [[name:Siddharth]]
        ([[name:Sid]]) is {{nut allergic}} ({{anaphylaxis}}, carries an {{EpiPen}}). New
        {{bank staff}} [[name:Cerys]] was about to give him a flapjack from the tuck box that had
        {{peanut butter}} in it. [[name:Precious]] spotted it as she knew the recipe. The
        {{allergy}} list on the kitchen door says "[[name:Sidharth Menon]]" (spelt wrong) and the
        photo is from [[organisation:Little Acorns Nursery]] when he was [[age:4]], so
        [[name:Cerys]] didn't recognise him - he's [[age:10]] now. Nothing eaten. List updated with a
        current photo and all food from {{home baking}} sessions now labelled. [[name:Sid]]'s
        {{mum}} informed; she asked for his {{allergy action plan}} to be re-sent to the
        {{school nurse}}. [[name:Precious]] has been thanked.
    """)),
    ("social_care", "success", block("""
        {{#cwd-shoutouts}}
        [[name:dawn.p]]  09:12
        massive thanks to [[name:ivy]] and [[name:hope]] for yesterday - covered the whole {{tea visit}} {{rota}} when 3 were {{off sick}}, and [[name:ivy]] stayed late so [[name:Alfie]] didnt get sent home early from his {{overnight}}. kids didnt notice a thing 🙌
        [[name:hope.w]]  09:20
        aw thanks [[name:dawn]]!! it was all [[name:ivy]] tbh, i just did the {{meds round}}
        [[name:rich]]  09:31
        legends. {{cake}} in the {{office}} friday. ill put it in the {{supervision}} notes too
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        late visit 19:30 to mr [[name:hartley]] at home ([[address:7 Bramble Way]]), wife rang as
        {{syringe driver}} alarming. {{T34}} {{battery}} flat, light was red, log shows it stopped
        about 2 hrs before. battery not changed at 24hr check this am by {{DN}} team i think. he
        was {{agitated}} + {{breakthrough pain}}. gave {{sc}} {{morphine}} 5mg from {{JIC}} box,
        new battery, restarted, rang Dr [[name:Faulkner]] ({{hospice}} {{on call}}) to let her
        know. settled by 20:45. wife v upset said nobody told her what the red light means -
        showed her + left leaflet. {{datix}} done. [[name:kate]] {{CNS}}
    """)),
    ("health", "near_miss", block("""
        Near miss - wrong patient paperwork
        Ref: [[case_reference:IPU-NM-0419]]
        Patient: [[name:Margaret Ellen Doyle]]
        DOB: [[date_of_birth:17/08/1941]]   Age: [[age:82]]
        NHS number: [[nhs_number:935 531 8863]]
        Hospice no: [[case_reference:H004471]]
        Ward: {{IPU}} bed 6

        Description: on {{transfer}} from [[organisation:St Luke's Hospital]] the {{DNACPR}} form in the envelope belonged to a different patient, also [[name:Margaret Doyle]], with a different DOB and NHS number. Spotted by {{staff nurse}} [[name:Anita Kaur]] checking it against the {{ID band}} before filing. Our patient has a valid {{ReSPECT}} form on {{EPaCCS}} so care would not have changed, but the other patient's form was missing from her hospital notes. Hospital {{ward manager}} phoned and form returned by courier the same day.
    """)),
    ("health", "success", prose("""
        Shout out for [[name:Faith]] ({{HCA}}) and our volunteer [[name:Bernard]] on the
        {{inpatient unit}}. Mrs [[name:Osei]] wanted to see her granddaughter [[name:Abena]] get
        married but was too unwell to travel. With two days' notice [[name:Faith]] and
        [[name:Bernard]] turned the {{day room}} into a chapel, [[name:Faith]] did her hair and
        {{mouth care}}, and [[name:Bernard]] (a retired printer) made the orders of service. The
        {{chaplain}} led a blessing on [[date:Saturday 6th July]], with her {{oxygen}} and
        {{syringe driver}} hidden under the blanket. The family said it was the best day they had
        had in months. Mrs [[name:Osei]] died peacefully four days later. This is
        {{hospice care}} at its best - thank you both. [[name:Clare]], {{Ward Sister}}
    """)),
    ("health", "incident", block("""
        Fall - {{IPU}} - night of [[date:11-12 Nov 2023]]
        Pt: [[name:Derek Sowerby]], [[age:74]], bay 2. {{falls risk}} high, {{bed rails}} not used ({{delirium}})
        02:15 buzzer from bay 2 neighbour, [[name:Derek]] found on floor by bed by [[name:Babajide]] ({{HCA}})
        02:17 {{RN}} [[name:Lucy Tran]] attends. unwitnessed, on {{apixaban}}
        02:25 {{obs}} + {{neuro obs}} started, small graze L temple
        02:40 {{on-call doctor}} Dr [[name:Pillai]] informed by phone - with family agreed not to transfer for {{CT}}, in line with his {{ceiling of care}}
        03:00 son [[name:Gareth]] rang back on [[phone:07700 900457]], aware and agrees
        04:00 {{low bed}} and {{crash mat}} in place
        07:30 handed over to days, no change
        Learning: {{sensor mat}} had been on order since Friday - not escalated
    """)),
    ("health", "near_miss", block("""
        Texts between {{night staff}}, copied in for learning:
        [[name:grace]]: hun have u got the {{CD keys}}??? cant find them anywhere need to do {{oramorph}} for bed 4
        [[name:Ola]]: omg yes sorry in my tunic pocket, im in the {{car park}} 🙈
        [[name:grace]]: come back?? {{2nd checker}} is waiting
        [[name:Ola]]: 2 mins x
        [[name:grace]]: got them. whats the {{key sign out}} sheet for lol

        Note by [[name:Grace Mbeki]], {{RN}}: patient waited ~10 min for {{PRN}} {{analgesia}}. If [[name:Ola]] had driven off we'd have had to break into the {{CD cupboard}}. Keys now on a lanyard and handed over at the {{safety huddle}}.
    """)),
    ("health", "incident", block("""
        From: [[name:Shona McAllister]] <[[email:shona.mcallister@stcolumbashospice.org.uk]]>
        To: [[email:greenway.pharmacy@nhs.net]]
        Subject: {{anticipatory medicines}} not delivered - Mr [[name:P Gallagher]]

        Hi [[name:Raj]],
        Following our call - the {{anticipatory medicines}} for [[name:Patrick Gallagher]] ([[address:22 Kestrel Rise, Hexham]] [[postcode:NE46 1QS]]) were prescribed by his {{GP}} at [[organisation:Tynedale Medical Group]] on [[date:14/03]] and we were told they'd arrive Friday. They hadn't when [[name:Patrick]]'s daughter rang our {{OOH}} line on Saturday night with him in pain and {{terminal agitation}}. Our on-call {{CNS}} had to drive to the {{hospice}} for stock and he waited almost three hours for {{midazolam}} and {{diamorphine}}. Your driver says the order was on a "next week" list. Can we meet to look at the {{FP10}} process?

        Thanks, [[name:Shona]]
        [[name:Shona McAllister]]
        {{Community Palliative Care CNS}} | [[organisation:St Columba's Hospice]]
        [[phone:01632 960388]] | [[phone:07700 900219]]
    """)),
    ("health", "success", block("""
        Team debrief - {{community palliative care team}} - [[date:Wed 20 March 2024]]
        Attendees: [[name:Hannah Roy]] ({{lead nurse}}), [[name:Mark]] ({{CNS}}), [[name:Bev Chidozie]] ({{social worker}}), [[name:Tomasz]] ({{OT}}), [[name:Yusuf]] ({{chaplaincy}})
        Apologies: Dr [[name:Morven Blair]]
        Case: [[name:Eileen]] ([[age:58]], {{MND}}) died at home on [[date:15/03]] as she wished.
        Went well: {{advance care plan}} done early, {{preferred place of death}} shared with the {{ambulance service}}. When she deteriorated on a Friday night {{OOH}} and {{district nurses}} had it all on {{EPaCCS}}. [[name:Mark]] had agreed an {{NIV}} withdrawal plan with the {{respiratory team}} weeks before, so no crisis admission. Husband [[name:Phil]]: "nobody asked us the same question twice".
        Could improve: equipment collection after death took 9 days - distressing for [[name:Phil]]. [[name:HR]] to chase with the loan store.
    """)),
    ("health", "near_miss", block("""
        {{CD}} register check - {{IPU}} - Sun [[date:3 Dec]]
        Drug\tBed\tRegister\tActual\tChecked\tNote
        {{Oxycodone}} 5mg/ml amp\t3\t9\t9\t[[name:AK]] / [[name:LT]]\tok
        {{Alfentanil}} 500mcg/ml amp\t7\t4\t3\t[[name:AK]] / [[name:LT]]\t1 amp unaccounted
        {{Midazolam}} 10mg/2ml amp\t-\t20\t20\t[[name:AK]] / [[name:LT]]\tok
        Outcome: the alfentanil amp was given to Mr [[name:Ben-Ami]] (bed 7) at 22:00 by [[name:Ifeoma]] & [[name:Lucy]] but only written on the {{drug chart}}, not the register. Register corrected with {{pharmacist}} [[name:Craig]] present. Near miss as the balance was wrong for 14 hrs and 2 {{handovers}} didn't pick it up.
    """)),
    ("health", "incident", prose("""
        On [[date:8 January 2024]] a {{CNS}} rang the number on the {{referral}} for Mr
        [[name:Tariq Hussain]] to arrange a first visit. The number ([[phone:0161 496 0832]]) was
        an old landline now belonging to another family, and she gave the patient's name and said
        she was calling from the {{palliative care team}} before realising. The correct mobile
        ([[phone:07700 900884]]) was on the {{GP}} record at
        [[organisation:Cheetham Hill Medical Centre]], but the referral had been copied from a 2019
        letter. Mr [[name:Hussain]]'s son [[name:Imran]] was told and we apologised. Reported as a
        {{data breach}} to our {{Caldicott Guardian}}; after assessment not reportable to the
        {{ICO}}. Learning: confirm identity with {{two identifiers}} before saying we are the
        {{hospice}}; the referral form now pulls numbers from {{PDS}}.
    """)),
    ("health", "success", block("""
        [[name:Aisha N]]  15:02
        [[name:Vernon L]] on ward 22 at the [[organisation:RVI]] wants to go home to die, family ready. can we do {{fast track}} today??
        [[name:Steph]] (Discharge)  15:05
        {{CHC}} fast track signed by consultant 14:50, sending now. {{POC}} from [[organisation:Helping Hands Tyneside]] can start 7pm!
        [[name:Aisha N]]  15:09
        amazing. {{hospital bed}} + {{pressure mattress}}?
        [[name:Tony]] (Equipment)  15:20
        van out now, be at [[address:3 Coquet Terrace]] by 5
        [[name:Aisha N]]  15:31
        {{JIC}} meds + {{syringe driver}} going with him, {{DN}} team booked 8pm, {{transport}} 16:30
        [[name:Aisha N]]  18:47
        [[name:Vernon]] home 17:10, watching the match with his grandsons. thank you all ❤️
    """)),
    ("health", "near_miss", prose("""
        During the {{drug round}} on [[date:19/04/2024]] a {{bank nurse}} prepared {{OxyContin}}
        20mg ({{modified release}}) for [[name:Brenda Kowalski]] instead of the prescribed
        {{OxyNorm}} 20mg ({{immediate release}}) for {{breakthrough pain}}. The
        {{second checker}}, [[name:Hope Danquah]], queried why a {{PRN}} dose was coming from the
        {{MR}} box and the error was stopped before administration. Both products were kept side
        by side on one shelf of the {{CD cupboard}} and the boxes are a similar colour. Mrs
        [[name:Kowalski]] had the correct medicine 10 minutes later. Our {{pharmacist}} has
        separated {{MR}} and {{IR}} stock and added shelf labels, in line with the
        {{National Patient Safety Alert}} on opioids. Thanks to [[name:Hope]] for speaking up.
    """)),
    ("health", "incident", block("""
        Community handover - Tues am
        [[name:Dorothy Pike]] ([[age:91]]), [[address:Flat 2, Mill House, Station Road, Louth]], [[postcode:LN11 9AZ]] - hosp no [[case_reference:RLN 4471920]], NHS [[nhs_number:822 580 6840]]
        {{Cat 3}} {{pressure ulcer}} sacrum found on visit yesterday by [[name:Sunita]]. {{DN}} notes say {{grade 2}} on [[date:2nd Oct]].
        Daughter [[name:Jan]] says carers from [[organisation:Bluebell Home Care]] stopped turning her at night bc "she was sleeping". {{air mattress}} set to the wrong weight.
        Actions: {{safeguarding}} concern raised ({{neglect}} by agency) ref [[case_reference:SG-LIN-20917]]. {{TVN}} referral, {{wound photos}} on {{SystmOne}}, mattress reset. [[name:Sunita]] to review Thurs.
    """)),
    ("health", "success", prose("""
        Card on the {{staff room}} board, typed up for the {{learning log}} with the family's
        permission: "to all the nurses and the lovely lady who does the {{tea trolley}} - thank you
        for looking after our {{mam}} in her last week. special thanks to [[name:joy]] on
        {{nights}} who sat with her when we couldnt get there in the snow and rang us at 3am so we
        could talk to her on the phone, and to [[name:will]] from the {{day hospice}} who made her
        laugh {{every tuesday}} for a year. she said the {{hospice}} was the only place nobody
        treated her like she was dying. all our love, the [[name:Fairbairn]] family x" Added by
        [[name:Gwen]] ({{Ward Sister}}): lovely to see [[name:joy]] and [[name:will]] recognised,
        shared at {{huddle}}.
    """)),
    ("health", "near_miss", prose("""
        lone worker near miss. {{evening visit}} to new pt at
        [[address:Old Farm Cottage, Brinkley Lane]], no signal up there. {{lone worker app}} didnt
        send my arrival so when i hadnt checked out by 20:30 my {{buddy}} ([[name:mo]]) rang my
        phone - no reply - and was about to call {{police}} per the {{policy}}. i was actually fine
        just stayed longer as pts wife v distressed. car [[vehicle_registration:LJ21 XKU]] was
        parked in the lane, [[name:mo]] had that on the sheet. learning: check signal on
        {{first visit}}, use the {{landline}} there, put the house phone [[phone:01632 960557]] on
        the {{visit plan}}. [[name:Becky]] {{CNS}}
    """)),
    ("health", "incident", prose("""
        On the evening of [[date:2 February 2024]] the son of a patient on the {{IPU}} became
        verbally aggressive towards {{staff nurse}} [[name:Kerry-Ann Bello]] after being told his
        father's {{end of life}} medication was being increased. He shouted, called her a
        murderer and blocked the {{nurses' station}}. [[name:Kerry-Ann]] used {{de-escalation}},
        the {{nurse in charge}} [[name:Tom O'Hara]] pressed the {{panic alarm}} and {{police}}
        attended; PC [[name:Liam Foster]] spoke to the son and there was no arrest (log
        [[case_reference:CAD 0387-020224]]). The patient, [[name:Alan Cheung]], was unaware. The
        {{Medical Director}} met the family the next day to explain the {{syringe driver}} doses.
        Learning: families need earlier conversations about what dying looks like, and a leaflet
        is being written. [[name:Kerry-Ann]] was offered {{TRiM}} support.
    """)),
    ("health", "near_miss", prose("""
        fentanyl patch nr miss, {{home visit}}. went to see [[name:Alison Pryce]] (sp? its
        [[name:Alyson Price]] on the {{referral}}), [[age:67]]. {{fentanyl patch}} 25mcg changed by
        husband [[name:Geoff]] yesterday but old one still on her back so she had 2 on. v drowsy,
        {{resp rate}} 10. took old one off, rang Dr [[name:Ng]] at
        [[organisation:Riverside Surgery]] - {{naloxone}} not needed, {{obs}} 4hrly by {{DN}}.
        [[name:Geoff]] didnt know to take the old one off, nobody showed him. made a
        {{patch chart}} for the fridge. better today rr 14. - [[name:jo b]]
    """)),
    ("health", "success", prose("""
        Learning from good practice: our {{children's bereavement group}} ran for six weeks this
        spring at the {{hospice}}. Eight children aged [[age:7]] to [[age:12]] took part,
        including pupils from [[organisation:St Mary's RC Primary]] and
        [[organisation:Castle View Academy]]. [[name:Summer Hollis]] ({{family support worker}})
        and [[name:Dev]] ({{volunteer}}) ran {{memory box}} sessions. One {{mum}} told us her daughter
        [[name:Isla]], whose dad died in {{ICU}} in January, finally talked about him at bedtime.
        [[name:Isla]]'s teacher at [[organisation:St Mary's]] also noticed she was calmer in class.
        We have shared the resources with the {{school nurse}} team. The next group starts after
        the {{summer}} holidays.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        At 06:40 on [[date:22/10/2023]] a {{baggage tug}} towing four {{dollies}} clipped the
        {{wingtip}} of an {{ATR 72}} ([[aircraft_registration:G-ISLK]]) parked on {{stand 7}}. The
        driver, [[name:Dariusz Nowak]] of [[organisation:Skyway Ground Services]], said the low sun
        and worn {{airside road}} markings at the stand entry meant he misjudged the gap.
        {{Airside Operations}} ([[name:Jen Ellery]]) attended and {{engineering}} found a cracked
        {{navigation light}} lens. Flight [[flight_number:LM483]] was delayed 2h10. The driver's
        {{airside driving permit}} is suspended pending {{retraining}}; no injuries. {{MOR}}
        submitted to the {{CAA}}. Learning: repainting of {{apron}} road lines brought forward.
    """)),
    ("aviation", "near_miss", block("""
        {{ATC}} tape extract - {{TWR}} - [[date:16 Feb 2024]]
        06:12:04 {{RESCUE 2}}: Tower, Rescue 2 at {{holding point A1}} request enter for {{runway inspection}}
        06:12:10 TWR: Rescue 2, hold position, landing traffic
        06:12:13 RESCUE 2: Hold position, Rescue 2
        06:12:41 TWR: Rescue 2 HOLD, I say again HOLD, you are crossing the {{stop bar}}
        06:12:44 RESCUE 2: Stopping, Rescue 2
        06:13:20 [[flight_number:EZY48TP]]: Tower, easy four eight tango papa, {{going around}}
        Note: FF [[name:Ryan Carr]] (driver) said he heard "hold" as "enter". CM [[name:Baxter-Reid]] in the cab did not challenge. Stop bar was lit. [[flight_number:EZY48TP]] went around from 2nm. {{Runway incursion}} - {{MOR}} raised, both crew stood down for {{CRM}} debrief.
    """)),
    ("aviation", "success", block("""
        From: [[name:Gary Lindqvist]] <[[email:g.lindqvist@northmoor-airport.co.uk]]>
        To: {{Blue Watch}}
        Subject: Well done - [[flight_number:LM672]] engine fire warning

        Team,
        Well done on Saturday's {{full emergency}}. [[flight_number:LM672]] ({{Saab 340}}, [[aircraft_registration:G-LGNO]]) declared {{MAYDAY}} with a No.2 engine fire warning on {{final}}. Crews were at the {{RVPs}} within 90 seconds of the {{crash alarm}}, well inside the {{CAP 168}} response time. CM [[name:Baxter]] had the {{thermal imaging camera}} on the nacelle before the props stopped, confirmed no fire (faulty detector loop) and the 29 pax {{disembarked normally}}. Special mention for FF [[name:Ama Owusu]], who calmly talked the captain through shutdown on the {{discrete frequency}}.

        [[name:Gary]]
        {{Station Manager}}, {{RFFS}}
        [[phone:01632 960711]]
    """)),
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-JECZ]]  {{DHC-8-400}}  Page [[case_reference:TL 084417]]
        Date: [[date:03/09/23]]  Sector: [[flight_number:T3 512]]
        Defect: {{bird strike}} on {{final approach}} rwy 27 approx 300ft. blood + feathers on nose {{radome}} and L eng intake. crew report thud, no abnormal indications.
        Action: {{birdstrike inspection}} IAW {{AMM}} 05-51-14. no damage radome or {{propeller}} blades. L eng intake inspected with {{borescope}} - nil damage. remains swabbed for species ID. A/C serviceable.
        Signed: [[name:K. Abernethy]] {{B1}} lic [[case_reference:UK.66.10482]]
        {{RFFS}} wildlife log: {{bird control}} (FF [[name:D. Price]]) recovered 2 {{herring gull}} carcasses from rwy 27 TDZ at 14:52, rwy closed 6 mins.
    """)),
    ("aviation", "near_miss", prose("""
        FOD near miss - typed up from my notebook. 0550 {{FOD walk}} on twy B before first wave.
        found a {{torque wrench}} (big one) lying on the {{centreline}} abeam {{stand 3}}, right
        where the 0620 {{A320}} taxis out. [[name:summer]] was driving the {{ops vehicle}} so i
        jumped out n grabbed it. wrench had an [[organisation:Apex Aero Engineering]] tag +
        toolbox no [[case_reference:AAE-TB-17]]. their {{night shift}} lead [[name:gav]] said it was
        signed back in at 0300?? so their {{tool control}} check failed somewhere. [[name:summer]]
        told the {{duty ops manager}}, {{MOR}} done. - [[name:nish]] ({{airside ops}})
    """)),
    ("aviation", "success", block("""
        Live {{emergency exercise}} ({{EX SILVER HARE}}) - debrief minutes
        Date: [[date:17.04.2024]]   Venue: {{fire station}} {{training room}}
        Present: [[name:Gary Lindqvist]] ({{SM}}), [[name:Hollie Baxter]] ({{WM}} Blue), [[name:Kofi]] (WM Red), [[name:Stu Rankin]] ({{Airport Duty Manager}}), Insp [[name:Naomi Frost]] ({{police}}), [[name:Dan Whittle]] ({{ambulance}} {{HART}})
        Apologies: [[name:Mike O'Rourke]] ({{county fire}}), [[name:Bryony]] (terminal ops)
        1. {{triage}} of 40 volunteer casualties from [[organisation:Northmoor College]] done in 22 mins - best yet.
        2. {{TETRA}} talkgroup worked across all agencies first time.
        3. {{RVP}} North blocked by a parked catering truck - ops to enforce.
        Actions: [[name:HB]] to circulate report; [[name:GL]] to book {{tabletop}} with county fire.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Stu Rankin]] <[[email:stuart.rankin@northmoor-airport.co.uk]]>
        To: [[email:ops@skywaygs.co.uk]]
        Subject: {{fuel spill}} {{stand 5}} - [[date:14/08/2024]]

        At 11:25 a spill of approx 40 litres occurred on {{stand 5}} during {{refuelling}} of [[aircraft_registration:EI-FNJ]] ([[flight_number:EI3271]]). The {{bowser}} ([[vehicle_registration:PN17 BKE]]) operator, [[organisation:Northern Aviation Fuels]], reports a {{coupling}} failure. {{RFFS}} attended and laid {{absorbent}}; {{foam}} blanket not needed. Pax were boarding via the rear steps at the time - your dispatcher [[name:Ewa]] stopped boarding, but not until two minutes after the spill. Please send me your {{investigation}} by Friday.

        Regards
        [[name:Stu]]
        [[name:Stuart Rankin]], {{Airport Duty Manager}}
        M: [[phone:+44 7700 900631]]
    """)),
    ("aviation", "near_miss", block("""
        Red Watch group chat
        [07:41] [[name:Jonno]]: lads {{BA set}} 4 {{cylinder}} was on 180 bar at the {{BA test}} this morning. who used it last??
        [07:43] [[name:Kofi]]: wasnt me
        [07:44] [[name:Lew]]: me on the {{hot fire}} tues. thought [[name:Pete]] recharged em all
        [07:45] [[name:Pete Okafor]]: i did 1-3 only mate 4 wasnt on the rack
        [07:47] [[name:Jonno]]: it was on the {{appliance}} ready for use!! if wed had a {{shout}}...
        [07:52] WM [[name:Kofi]]: ok nobody hurt, good spot [[name:Jonno]]. on the {{near miss sheet}}. from now sets go on the {{BA board}} as {{u/s}} until recharged and signed. will raise at {{watch handover}}
    """)),
    ("aviation", "incident", block("""
        Medical emergency - arrivals - Fri [[date:28 June 2024]]
        [[flight_number:EZY6743]] from Alicante, {{A320}}
        16:52 crew report {{unresponsive}} male pax, request medical assistance on arrival
        17:03 on {{stand 9}}, {{RFFS}} {{first responders}} FF [[name:Bhatti]] + FF [[name:Lowe]] board
        17:04 pax [[name:Kevin Ashdown]], DOB [[date_of_birth:12/01/1967]] ([[age:57]]), {{GCS}} 9, BM 1.9 - wife states {{type 1 diabetic}}
        17:07 {{glucagon}} IM, {{oxygen}}
        17:15 {{ambulance}} arrives airside escorted by ops ([[name:Ravi]])
        17:22 pax alert, conveyed to [[organisation:Northmoor General]]
        Issue: ambulance held at {{Gate 2}} for 8 mins - security had no notice, {{escort}} request went out on the wrong channel.
    """)),
    ("aviation", "success", prose("""
        Forwarded to {{Blue Watch}} by [[name:Hollie]]: "My father [[name:Eamonn Flanagan]]
        ([[age:81]]) collapsed at {{security}} on [[date:5th May]] before our flight
        [[flight_number:FR2217]] to Knock. Two of your firefighters, one called [[name:Ama]] and an
        older chap the others called '[[name:Chalky]]', were with him in under two minutes with a
        {{defibrillator}}. They gave two {{shocks}} and he came round before the {{paramedics}}
        arrived. He had a {{stent}} fitted and is home now. Please thank them - we would have lost
        him. [[name:Siobhan Flanagan]]" Well done [[name:Ama]] and [[name:Chalky]] - first save
        with the {{AEDs}} in the {{terminal}} and textbook {{CPR}}.
    """)),
    ("aviation", "near_miss", block("""
        {{Daily appliance checks}} - w/e [[date:02/12/23]]
        Day | Appliance | Checked by | {{Foam}} % | {{DCP}} | Defects
        Mon | {{Rescue 1}} | [[name:HB]] | 100 | ok | nil
        Mon | {{Rescue 3}} | [[name:LW]] | 100 | ok | nil
        Wed | Rescue 3 | [[name:LW]] | 100 | ok | {{monitor}} stiff
        Thu | Rescue 3 | [[name:JB]] | 60 | ok | "see Wed"
        Fri | Rescue 3 | [[name:pete o]] | 55 | ok | foam tank leak from valve??
        Note ({{WM}} [[name:Hollie Baxter]]): 45% foam lost over 2 days was not reported on Thu - "see Wed" was read as the monitor. Leak at the tank drain valve. Appliance still counted towards {{Category 7}} cover all that time. Spare appliance moved in, {{RFFS category}} maintained. Write all defects in full.
    """)),
    ("aviation", "incident", block("""
        ACCIDENT / INJURY REPORT ({{RIDDOR}} screening)
        Name: [[name:Lewis Warrington]]
        Role: {{Firefighter}}, Red Watch
        Staff no: [[case_reference:NMA-04417]]   NI no: [[ni_number:PH 48 21 73 B]]
        DOB: [[date_of_birth:30/06/1994]]
        Home address: [[address:9 Tern Close, Skelton]], [[postcode:YO30 1XW]]
        Date/time: [[date:09/01/2024]] 10:20
        Location: {{fire training ground}}, {{hot fire rig}}
        Description: during a {{hose running}} drill a {{45mm}} length was charged at the pump before the {{branch}} was secured. The hose whipped and the coupling struck his right knee.
        Witness: FF [[name:Kofi Asante]]. Taken to {{A&E}} by CM [[name:Baxter]].
        Outcome: {{ligament strain}}, 9 days off - {{over-7-day injury}}, reported by [[name:Gary Lindqvist]].
    """)),
    ("aviation", "near_miss", prose("""
        At 21:47 on [[date:30 November 2023]] the crew of [[flight_number:LM591]] ({{ATR 72}})
        reported a green {{laser}} illuminating the flight deck on {{final approach}} to runway 27
        at about 1,500ft. The {{FO}} looked away and the {{captain}} continued to land; no eye
        injury reported. {{ATC}} informed the {{police}} and the {{duty manager}}. An
        {{airside ops}} patrol ([[name:Nish Varma]]) saw a car in the lay-by on
        [[address:Moor Lane]] and passed its registration, [[vehicle_registration:KX15 OHJ]], to
        police. A man was arrested nearby later that evening. Classed as a near miss as the
        approach stayed stable. {{MOR}} raised and the {{CAA}} laser report completed. Learning:
        {{bird control}} and ops patrols now brief the lay-by as a laser hotspot on {{nights}}.
    """)),
    ("aviation", "success", block("""
        {{#airside-ops}}
        [[name:kev_m]]  05:48
        {{LVPs}} in force 0540, {{RVR}} 350m. {{fog}} came in fast. {{stop bars}} all serviceable, {{guard lights}} on
        [[name:nish]]  05:52
        {{follow me}} ready for first arrival, [[flight_number:LOG61M]] estimating 06:10
        [[name:kev_m]]  06:15
        [[flight_number:LOG61M]] on stand 4 with the follow me, crew said best fog arrival they've had here 👏
        [[name:Hollie B]] ({{RFFS}})  06:20
        appliances at {{intermediate holding}} as per {{LVP}} plan, will stay till {{RVR}} above 550. should lift after {{dawn}}
    """)),
    ("aviation", "near_miss", prose("""
        Pushback near miss, [[date:Monday 15th Jan]], stand 2.
        [[aircraft_registration:D-AEWQ]] ({{A319}}, [[flight_number:EW7845]]). The {{headset}}
        operator [[name:Gaz Pullen]] lost comms with the flight deck when his lead came out of the
        {{nose gear}} jack during the push. The {{tug}} driver [[name:Marek]] kept pushing for a few
        metres while [[name:Gaz]] walked alongside the {{tow bar}}, out of the driver's sight. The
        {{wing walker}}, [[name:Precious Adebayo]], shouted and gave the stop signal and the tug
        stopped. No contact, no injury. [[name:Gaz]] said the lead's latch was broken and had been
        taped. {{ground handling}} lead replaced it. Learning: stop the push immediately on any
        {{loss of comms}} and use {{standard hand signals}}.
    """)),
    ("aviation", "success", prose("""
        Good catch and thank you. On [[date:7 March]] a contractor from
        [[organisation:Hadley Civils]] working on the {{AGL}} upgrade started to drive towards the
        {{taxiway}} without an {{escort}} after his escort, [[name:Will Hargreaves]], was called
        away. [[name:Mark]] from our {{airside ops}} team saw the van
        ([[vehicle_registration:DV70 NMP]]) heading past the {{CSA}} line, blocked it with the
        {{ops vehicle}} and radioed {{Ground}}. No aircraft were moving at the time. The contractor,
        [[name:Terry]], accepted it calmly and said he'd misunderstood the {{airside driving}}
        brief. The escort rule is now repeated at the contractor {{induction}}. Well done
        [[name:Mark]].
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind195", REPORTS))
