"""Held-out blind corpus 126: just-culture incident, near-miss and learning reports.

Fifty hand-written UK reports across three settings: a youth justice service and adolescent
safeguarding team (social care); GP practices, a community pharmacy and a primary care network
(health); and a flying club, flying school and general-aviation maintenance organisation
(aviation). Styles are deliberately mixed: rushed lower-case notes with typos, careful
narratives, chronologies and timelines, e-mails with signatures, Teams and WhatsApp chat,
incident forms with field labels, handover sheets, tech-log extracts, debrief notes and
praise or shout-outs. Written blind, without sight of the system under test or other corpora.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind126.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        ok so writing this up as asked by {{TM}}. left the {{court bundle}} for [[name:kyle b]] in the
        boot of my car [[vehicle_registration:FY19 KXD]] outside {{youth court}} on [[date:weds 12th]],
        went back after the {{referral order}} panel and back window smashed, bag gone. bundle had
        his {{pre-sentence report}}, {{AssetPlus}} summary and his mums phone no. rang police straight
        away crime ref [[case_reference:13/118734/24]], told the {{IG lead}} same day. {{mum}} informed
        by me in person. learning: dont leave paperwork in cars, use the secure laptop, i know. sorry
    """)),
    ("social_care", "success", block("""
        From: [[name:Nadia Qureshi]]
        Sent: [[date:Friday 8 March 2024]] 16:42
        To: YJS Practitioners
        Subject: shout out - great spot at panel

        Hi all,

        Just wanted to say a massive well done to [[name:Rhys]] for what he picked up at the {{referral order}} panel on [[date:Tuesday]]. [[name:Dami]] ([[age:15]]) turned up with a brand new phone, new trainers and kept getting calls he wouldn't answer. [[name:Rhys]] didn't let it go, had a quiet word after, and [[name:Dami]] disclosed he'd been "holding" for an older lad. [[name:Rhys]] completed the {{Child Exploitation}} screening the same afternoon and it went to {{MACE}} on the Thursday. That's exactly the {{contextual safeguarding}} curiosity we keep talking about.

        Thanks [[name:Rhys]], really proud of this.

        [[name:Nadia]]
        [[name:Nadia Qureshi]] | {{Team Manager}}, [[organisation:Aire Valley Youth Justice Service]]
        [[email:n.qureshi@airevalleyyjs.org.uk]] | [[phone:0113 378 6621]]
    """)),
    ("social_care", "near_miss", block("""
        Chronology - missing episode, [[name:Summer Doherty]] ([[age:14]]), Mosaic [[case_reference:1842277]]

        [[date:02/02/24]] 21:15  Staff at [[organisation:Hollybank House]] report [[name:Summer]] missing to police.
        [[date:03/02/24]] 07:30  [[name:Summer]] returns by taxi, staff note new vape and £40 cash.
        [[date:03/02/24]] 09:10  {{MASH}} notification received by {{Adolescent Safeguarding Team}}.
        [[date:05/02/24]] 10:00  Worker tries to book {{Return Home Interview}} - mobile on file [[phone:07700 918442]] dead. Turns out it's her old number from previous placement.
        [[date:05/02/24]] 14:20  Correct number [[phone:07431 226905]] obtained from key worker [[name:Joanne]].
        [[date:06/02/24]] 16:00  {{RHI}} completed, 1 day outside the 72 hrs.

        Learning: contact details on {{Mosaic}} not updated at placement move. Added to {{placement move checklist}}.
    """)),
    ("social_care", "incident", block("""
        INCIDENT / DATA BREACH FORM
        Service: [[organisation:Aire Valley Youth Justice Service]]
        Date of incident: [[date:19 April 2024]]
        Reported by: [[name:Tomasz Wiśniewski]], {{Restorative Justice Officer}}
        Child: [[name:Jayden Clarke-Mensah]]   DOB: [[date_of_birth:11/09/2008]]   ChildView ref: [[case_reference:YJ-40917]]

        What happened:
        Letter inviting the victim to a {{restorative justice}} conference was generated from the template in {{ChildView}}. The template pulled through [[name:Jayden]]'s home address ([[address:27 Sycamore Rise]], [[postcode:LS13 4PW]]) instead of the office address. Letter posted to the victim, Mrs [[name:Hughes]], who rang on [[date:23/04]] to say she now knows where he lives.

        Immediate action: {{IG}} informed, {{ICO}} breach assessment started, risk to [[name:Jayden]] and family reviewed with police, {{mum}} told.
        Contributory factors: merge field mislabelled in template; no second check before posting.
        Actions: template fixed; all victim letters now checked by a second person before they go out.
    """)),
    ("social_care", "success", block("""
        [09:12] [[name:Priya Raman]]: morning, who's on duty? had a call from the DSL at [[organisation:St Bede's Catholic High]]
        [09:13] [[name:Chidi Okonkwo]]: me. what's up
        [09:15] [[name:Priya Raman]]: yr10 girl, [[name:Hope]], told her form tutor an older bloke picks her up in a white van after school. reg [[vehicle_registration:YD68 MFU]]. she's [[age:14]]
        [09:16] [[name:Chidi Okonkwo]]: ok that's {{CSE}} indicators straight off. logging on {{Mosaic}} now, can u get the DSL to send the {{MARF}} over
        [09:31] [[name:Priya Raman]]: sending now. {{mum}} not aware yet
        [09:40] [[name:Chidi Okonkwo]]: spoke to {{MASH}} sergeant, van checked on {{PNC}} and it's flagged. {{strategy meeting}} at 11
        [12:05] [[name:Chidi Okonkwo]]: strat done, {{Section 47}} agreed, [[name:Hope]] safe at nan's tonight. thanks for moving so fast [[name:P]]
    """)),
    ("social_care", "near_miss", block("""
        ADOLESCENT SAFEGUARDING TEAM - DUTY HANDOVER  [[date:Fri 14/06]]
        From: [[name:Gemma]]     To: [[name:Bill Ferguson]] (copied to {{EDT}})

        1. [[name:Leon Ashworth]] ([[age:16]]) - {{missing}} since Thurs pm, police log [[case_reference:CAD 4471]]. Last seen near the {{bus station}}. {{nan}} has his charger so he may go there.
        NB near miss: [[name:Leon]]'s {{safety plan}} still had his old address [[address:Flat 3, 88 Tanner Street]] - police went there first and lost an hour. Updated now, pls check plans when kids move.
        2. [[name:Zainab]] - back from family trip, school to check in Monday. {{Forced Marriage Unit}} advice already on file.
        3. [[name:Callum]] - {{strategy meeting}} moved to Tues, {{CAMHS}} can't make Monday.

        Nothing else outstanding. Have a quiet one [[name:Bill]] x
    """)),
    ("social_care", "incident", prose("""
        On [[date:9 May]] [[name:Oskar Nowak]], aged [[age:13]], was arrested after an incident at
        [[organisation:Thornbury Academy]] and taken to the {{custody suite}}. His {{mum}} does not speak
        much English and the {{appropriate adult}} request came through to our out-of-hours line at
        22:40. The on-call worker was already at another custody and the backup number on the rota went
        to voicemail. [[name:Oskar]] waited nearly four hours before an AA arrived and was held
        overnight under {{PACE}}. He was not interviewed without an AA, but he was very distressed and a
        {{Polish}} interpreter was not booked until the morning. Learning: the rota had an out-of-date
        backup number on it. We now test every number on the rota each {{Monday}}, and custody have our
        {{Language Line}} account details so they can book an interpreter themselves. When we spoke
        to [[name:Oskar]] and his {{mum}} afterwards, what upset him most was that nobody told him why
        he was waiting. The custody sergeant, Sgt [[name:Whitlock]], has agreed that custody staff will
        give children a simple explanation of the delay and that we will ring the cell block with an
        estimated time. We have also shared this with the {{Youth Justice Board}} regional adviser as
        an example of a small fault with a big impact, and it will go to the next {{practice learning forum}}.
    """)),
    ("social_care", "success", block("""
        Fwd: thank you

        hiya, just want to say thank you to [[name:Marcia]] for everything this last year with our [[name:Tyrese]]. when he got his {{referral order}} i thought that was it for him but she never gave up even when he was rude to her. she got him on the {{Princes Trust}} course and now hes doing his {{CSCS card}} at [[organisation:Bradley Vale College]]. he turned [[age:17]] last week and said he wants to ring [[name:marcia]] and tell her himself. please tell her boss she is brilliant
        [[name:Denise Francis]]
        [[phone:07958 331206]]

        ----
        [[name:Marcia]] - forwarding so it goes on the {{compliments log}} and in your {{supervision}} notes. Well deserved. [[name:Ade]]
    """)),
    ("social_care", "near_miss", block("""
        17/07/2024, 18:03 - [[name:Sian Pritchard]]: did anyone get a pic of [[name:Corey]]'s {{bail conditions}}?? i think i've just sent it to the wrong chat
        17/07/2024, 18:04 - [[name:Lloyd]]: which chat
        17/07/2024, 18:04 - [[name:Sian Pritchard]]: my daughters netball mums group 😬
        17/07/2024, 18:05 - [[name:Lloyd]]: delete for everyone NOW
        17/07/2024, 18:06 - [[name:Sian Pritchard]]: done. only 1 grey tick so i dont think anyone opened it
        17/07/2024, 18:10 - [[name:Lloyd]]: ok breathe. ring the {{duty manager}} and do a {{near miss}} form tmrw. and pls stop using {{whatsapp}} for work stuff, {{Egress}} or {{Teams}} only
        17/07/2024, 18:12 - [[name:Sian Pritchard]]: i know i know. first thing
    """)),
    ("social_care", "incident", block("""
        Debrief - [[name:Ellie-Mae Brennan]] missing from {{supported accommodation}}, [[date:28.08.24]]
        Present: [[name:Farah Siddiqui]] (AST), [[name:Colm Gallagher]] (YJS), DS [[name:Harris]] (police), {{CAMHS}} rep

        - [[name:Ellie-Mae]] ([[age:16]]) left placement 23:00, found 3 days later at [[address:14 Rushton Court]] with two adult males, one known to police.
        - Placement staff did not report for 6 hrs as "she usually comes back". {{Philomena Protocol}} form not completed so police had no photo or list of associates.
        - [[name:Colm]] had info from her {{referral order}} panel about an older boyfriend that wasn't on the {{Mosaic}} chronology.

        Actions: provider reminded of reporting thresholds; [[name:Farah]] to raise at {{MACE}}; joint YJS/AST chronology for shared children; DS [[name:Harris]] to check {{disruption notice}} options.
    """)),
    ("social_care", "success", prose("""
        Good practice for the learning bulletin. On [[date:Monday 4th November]] a [[age:16]] year old
        Vietnamese boy, [[name:Minh]], was found by police in a cannabis grow at a house on
        [[address:Ellerby Road]]. Our duty worker [[name:Ruth Adeyemi]] went straight to custody, challenged
        the plan to charge him and made sure he was seen as a potential victim of {{trafficking}} first.
        She completed the {{NRM}} referral within 24 hours, requested an {{Independent Child Trafficking
        Guardian}} and made sure his solicitor and the {{CPS}} knew about the {{Section 45}} defence. A
        {{foster placement}} out of area was found the same night and he has not gone missing since.
        [[name:Ruth]] stayed well past her shift to do this. Thank you.
    """)),
    ("social_care", "incident", block("""
        To: [[email:s.oconnell@hartcliffeacademy.sch.uk]]
        Cc: [[email:yjs.education@airevalleyyjs.org.uk]]
        Subject: [[name:Reuben Taylor]] - exclusion info

        Hi Mrs [[name:O'Connell]],

        Following our call today. We only found out yesterday that [[name:Reuben]] ([[age:15]]) was permanently excluded on [[date:4 October]]. He has an {{EHCP}} and our {{YJ Education Officer}} wasn't told, so for nearly three weeks his {{intervention plan}} assumed he was in school 9-3. His {{curfew}} and {{ISS}} hours were set round that and he's been unsupervised in the daytime.

        I've logged this as an incident on our side. Could we agree that exclusions for any child open to YJS are copied to the inbox above within 24 hrs? We will raise it with the {{Virtual School}} as well.

        Thanks,
        [[name:Kwame Boateng]]
        {{Case Manager}} | [[phone:07812 440 913]]
    """)),
    ("social_care", "near_miss", prose("""
        nearly sent [[name:Grace Mullen]]'s {{AssetPlus}} to [[name:Grace Mulligan]]'s solicitor this
        morning. both show as [[name:Grace M]] on the {{ChildView}} search list, both born 2008, both
        open to us. only noticed because the offence was wrong ({{TWOC}} not {{ABH}}). didnt send. asked
        {{business support}} if we can show full surname + DOB on the search screen. worth everyone
        double checking before attaching anything
    """)),
    ("social_care", "success", prose("""
        Shout out to the whole duty team for [[date:Bank Holiday Monday]]. Three {{strategy meetings}},
        two young people in {{custody}} needing an {{appropriate adult}} and a {{missing}} 12 year old found
        safe by teatime, all with half the team off. Nobody was left on their own, everyone took breaks
        in turn and the {{EDT}} handover at 5 was the clearest I have seen. This is what good looks like.
        Cake in the kitchen from {{Tuesday}}.
    """)),
    ("social_care", "incident", block("""
        Timeline - lone working concern, [[date:Thurs 21 Nov]]
        15:05  {{home visit}} to [[address:6 Orchard Mews]], [[postcode:BD7 2RJ]] to see [[name:Tariq]] re {{referral order}} contract.
        15:40  Left, noticed silver Audi [[vehicle_registration:WU21 HZG]] parked opposite with two males watching.
        15:48  Same car behind me on the ring road, followed me to the {{office car park}}.
        15:52  Rang {{duty manager}} [[name:Mark Llewellyn]] from the car, stayed inside till it drove off.
        16:10  Reported to police, ref [[case_reference:WY-2411-0873]]. Logged on {{Skyguard}} app.

        What helped: [[name:Mark Llewellyn]] stayed on the phone. What didn't: I hadn't checked in on {{Skyguard}} before the visit so nobody knew where I was. [[name:Tariq]] later said the car belongs to people he owes money - info passed to {{MACE}}.
    """)),
    ("social_care", "near_miss", prose("""
        Was helping [[name:Abdi Warsame]] ([[age:17]]) with his {{Universal Credit}} claim ahead of him
        becoming a {{care leaver}}, as his {{personal adviser}} was off. Typed his NI number [[ni_number:JK 48 21 07 C]] and DOB [[date_of_birth:02/01/2007]]
        into an email to his {{Jobcentre}} work coach but {{Outlook}} autofilled a different address,
        [[email:abdi.w.music@gmail.com]] - an old personal address of his that a gang member had access
        to last year. Spotted it just before pressing send. Deleted and sent via {{Egress}} to the right
        person. Asking IT whether we can switch off {{autocomplete}} for external addresses.
    """)),
    ("social_care", "success", block("""
        Debrief notes - family network meeting, [[name:Nowak]]/[[name:Kaminska]] family, [[date:12 Dec]]
        Facilitator: [[name:Rose Adebayo]]

        What worked well
        - Used {{Signs of Safety}} three columns on the wall, {{mum}} and Aunty [[name:Ewa]] wrote on it themselves.
        - [[name:Kuba]] ([[age:15]]) chose to come in for the last half hour, first time he has engaged.
        - Grandad agreed to be the safe adult at weekends.
        What we're worried about: older cousin's links to the {{county lines}} line.
        Next steps: {{safety plan}} typed up by Friday, review at {{CIN}} meeting in 4 weeks.
        Really good session, credit to [[name:Rose]] for keeping it calm when dad walked out.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        PHARMACY INCIDENT REPORT
        Pharmacy: [[organisation:Greenlane Pharmacy]], [[address:212 Greenlane Road]], [[postcode:M19 3FT]]
        Date: [[date:06/03/2024]]    Ref: [[case_reference:GLP-INC-0219]]
        Patient: Mrs [[name:Beryl Ashcroft]]   NHS no: [[nhs_number:909 973 2775]]   Age: [[age:81]]

        Description: {{methotrexate}} 2.5mg dispensed with label "take FOUR tablets DAILY" instead of "ONCE a WEEK on {{Mondays}}". Picked up at the {{accuracy check}} by [[name:Oksana]] ({{ACT}}) but the bag had already been handed over as part of a {{blister pack}} delivery run. Driver called back, patient had not taken any.
        Contributing: new {{PMR}} system defaulted the directions; two {{locum}} pharmacists that week.
        Actions: {{GP}} informed, {{weekly-dose}} alert added on PMR, learning shared with [[organisation:Levenshulme PCN]] pharmacies.
    """)),
    ("health", "near_miss", prose("""
        {{clinical pharmacist}} here. doing med reviews this am and found a {{potassium}} of 6.4 for
        Mr [[name:Delroy Grant]] ([[nhs_number:3227148250]]) filed in {{Docman}} as "no action" on
        [[date:Fri 22nd]]. he's on {{ramipril}} and {{spironolactone}}. rang him, felt ok, got him in for
        a repeat + {{ECG}} today - came back 5.9 so meds held and {{Duty Doctor}} aware. the filing was
        by a {{locum}} who didnt have the renal pathway. no harm but could have been bad. suggest all
        K+ over 6 go straight to a task not the workflow
    """)),
    ("health", "success", block("""
        Subject: well done [[name:Jade]]!!

        Hi team,

        Massive thank you to [[name:Jade]] on reception yesterday. A dad rang about his [[age:3]] year old with a temperature, asking for a routine appt next week. [[name:Jade]] asked the {{red flag}} questions from the {{care navigation}} script, heard the little one was floppy with a rash that didn't fade with a glass, and put him straight through to Dr [[name:Obi]]. Sent to {{A&E}} by ambulance, treated for {{meningococcal sepsis}}, and mum has rung this morning to say he's recovering on the children's ward.

        This is exactly why we do the training. [[name:Jade]], you are a star.

        [[name:Lorraine Whitfield]]
        {{Practice Manager}}, [[organisation:Oakwood Medical Centre]]
        [[phone:0161 496 0783]]
    """)),
    ("health", "incident", block("""
        Datix ref: [[case_reference:DW-20431]]
        Category: Information governance / wrong patient
        Location: [[organisation:Fernhill Surgery]]
        Date: [[date:14/05/2024]]

        Summary: {{2WW}} referral letter for [[name:John Edward Price]] (DOB [[date_of_birth:03/11/1958]], NHS [[nhs_number:376 066 4776]]) was sent containing the results and history of [[name:John Edwin Price]] (DOB [[date_of_birth:30/11/1958]], NHS [[nhs_number:801 423 3662]]). Both patients registered at the practice, both on {{EMIS}} with the same postcode [[postcode:CF14 2DN]].
        Found when the {{colorectal}} team rang to query the {{FIT}} result.
        Harm: none known, referral corrected same day.
        Learning: use NHS number not name search when building referral; add {{same name alert}} to both records.
    """)),
    ("health", "near_miss", block("""
        [14:02] [[name:Aisha Bello]] (PCN Pharmacist): hi, quick one. acute {{clarithromycin}} issued this morning for Mrs [[name:Kowalczyk]], she's on {{warfarin}}. last {{INR}} 3.1
        [14:05] Dr [[name:Sean McAllister]]: ah. my fault, didn't see the warfarin, {{EMIS}} alert was buried under 6 others
        [14:06] [[name:Aisha Bello]] (PCN Pharmacist): {{EPS}} shows not yet dispensed. I'll ring [[organisation:Boots Didsbury]] to cancel. {{doxycycline}} ok instead?
        [14:07] Dr [[name:Sean McAllister]]: yes please, and can you book an INR for Friday
        [14:15] [[name:Aisha Bello]] (PCN Pharmacist): done. cancelled before it went out. will put through as a near miss for the {{alert fatigue}} audit
    """)),
    ("health", "success", prose("""
        Just wanted to log the good work from [[date:Thursday 18 January]] when the power went off across
        the estate at 7am. [[name:Gareth]] got the {{vaccine fridge}} data logger readings every 30 minutes,
        moved the {{flu}} and {{shingles}} stock to the cool boxes with validated ice packs, and rang the
        {{SPS}} line for advice. Nothing had to be destroyed. [[name:Mei Ling]] ran the phones from her
        mobile so patients could still get through and {{AccuRx}} messages went out to anyone booked.
        Really proud of how calmly everyone handled it.
    """)),
    ("health", "incident", prose("""
        cd check [[date:sat]] - {{Oramorph}} 10mg/5ml running balance 300ml in {{CD register}}, actual
        approx 245ml. checked last 3 weeks, one supply of 50ml on [[date:29/06]] never entered (script
        found in the {{FP10}} pile). remaining 5ml within overage/spillage i think. told {{RP}} [[name:Hamid]]
        and {{superintendent}}, entry made with note + date of correction. no evidence of diversion. we
        were 2 staff down that day. reminder to all - CD entries at time of supply, not end of day
    """)),
    ("health", "near_miss", block("""
        DUTY DOCTOR HANDOVER - [[date:Weds 9 Oct]]   (Dr [[name:Chen]] -> Dr [[name:Imran Sheikh]])

        1. [[name:Florence Ogunleye]], [[age:88]], [[address:Rowan House, Parkside Lane]] - {{home visit}}, {{UTI}} ?delirium. Daughter [[phone:07562 381 004]]. Not yet seen.
        2. [[name:Will Cartwright]] - bloods from {{Hospital at Home}} pending, chase 4pm.
        3. NEAR MISS: visit for [[name:Florence Ogunleye]] was booked on {{EMIS}} as routine not urgent, found by {{care navigator}} at 13:30 when daughter rang again. Now top of list.
        4. {{ARRS}} paramedic off sick - visits split between us.
        {{NEWS2}} template on visit laptops please, [[name:Will Cartwright]]'s obs need scoring.
    """)),
    ("health", "success", prose("""
        Good catch at the counter on [[date:2nd August]]. A prescription came in for {{amoxicillin}}
        250mg/5ml, 10ml three times a day, for a child aged [[age:2]] weighing 11kg. Our {{pre-reg}}
        [[name:Daniel Osei]] checked the {{BNFc}} and flagged it as double the usual dose for her age.
        The {{pharmacist}} rang the surgery; the {{GP}} had picked the adult quantity from the drop-down
        and reissued it at 5ml. [[name:Daniel]] also explained the new dose to {{mum}} carefully with an
        oral syringe. Shared with the practice as positive feedback.
    """)),
    ("health", "incident", block("""
        Timeline - delayed {{2WW}} referral
        [[date:11/01/24]]  Pt [[name:Siobhan Kerrigan]], [[age:54]], seen by Dr [[name:Patel]] with breast lump. {{2WW}} form started on {{eRS}}.
        [[date:11/01/24]]  Form saved as draft, not submitted - session overran.
        [[date:25/01/24]]  Pt rings [[organisation:Brook Lane Surgery]] - no appt letter received.
        [[date:25/01/24]]  {{secretary}} finds draft, referral sent same day marked urgent.
        [[date:31/01/24]]  Seen at {{breast clinic}}.
        Outcome: 14 day delay. Pt upset but understanding; apology given by Dr [[name:Patel]].
        Learning: daily {{eRS}} worklist check for unsent drafts now done by the secretaries at 4pm.
    """)),
    ("health", "near_miss", block("""
        From: [[email:dispensary@cwmfeliniapharmacy.co.uk]]
        To: [[email:gp.w96012@wales.nhs.uk]]
        Subject: {{insulin}} script - wrong nominated pharmacy

        Morning,
        Mr [[name:Gwilym Rees]] (NHS [[nhs_number:360 363 0823]]) came in for his {{NovoRapid}} {{penfills}} today but the script had gone to a {{distance-selling pharmacy}} in Leeds. His {{EPS nomination}} was changed in September, he thinks when he ordered something online. He had 1 pen left. We got the script returned to the {{Spine}} and dispensed it, but he could easily have run out over the weekend.
        Could someone check his nomination with him?

        Diolch,
        [[name:Carys]]
        [[organisation:Cwm Felin Pharmacy]] | [[phone:029 2076 1184]]
    """)),
    ("health", "success", prose("""
        Safeguarding good catch - our receptionist [[name:Sky]] noticed that baby [[name:Ruby-Lee]]
        ([[age:4]] months) had been booked in with three different bruises in six weeks under two different
        surnames, each time with a {{locum}}. She raised it with our {{safeguarding lead}} Dr [[name:Amara Nwosu]]
        who reviewed the record, merged the duplicate and made a referral to {{Children's Services}} the
        same day under the {{bruising in non-mobile babies}} protocol. {{MASH}} later told us there were
        concerns already known from another area. Brilliant curiosity from [[name:Sky]].
    """)),
    ("health", "incident", prose("""
        Home visit request for Mr [[name:Alan Jeffries]] at [[address:9 Kestrel Way]], [[postcode:NE23 6LX]],
        was taken by phone on [[date:Monday 3rd]] but written on a {{sticky note}} instead of being booked on
        {{SystmOne}}. The note was lost. His wife rang back at 5pm and he was seen by the {{out of hours}}
        service that evening and admitted with {{pneumonia}}. He is now home and well. Staff involved felt
        rushed as the {{telephony}} system had failed that morning and calls were being taken on a mobile.
        We have since agreed a paper {{downtime log}} that lives on the reception desk.
    """)),
    ("health", "success", prose("""
        Quick thank you to everyone who covered the {{Saturday flu clinic}} on [[date:21st September]].
        Over 600 jabs, no {{cold chain}} breaks, {{anaphylaxis}} kit checked every hour and not one
        complaint. The {{PCN}} {{social prescribers}} doing the queue chats was a lovely touch. Same again
        in October!
    """)),
    ("health", "near_miss", prose("""
        nurse [[name:bronwen]] about to give 2nd {{MMR}} to [[name:Oliwia Zielinska]] (DOB
        [[date_of_birth:14/02/2023]]) when mum mentioned she'd had one in Poland last month. checked the
        {{red book}}, had dose given on [[date:19/05/24]] - only 3 wks ago so too soon. {{imms history}}
        from abroad wasnt on record. entered on {{EMIS}} and rebooked. suggest we ask about
        overseas vaccines at every {{new patient check}}
    """)),
    ("health", "incident", block("""
        Ulysses: [[case_reference:ULY-55281]]
        Practice: [[organisation:Riverside Health Centre]]
        Reported by: [[name:Niamh Doyle]], {{ANP}}
        Description: Remote consult on [[date:07/08/24]] with pt [[name:Rahul Mehta]] (NHS [[nhs_number:957 668 4056]]) who was in Dubai, rang on [[phone:+971 50 628 4417]]. Requested 3 months of {{sertraline}} as running out. Issued on {{EPS}} to his usual pharmacy so his brother could collect. We cannot legally supervise care abroad and the {{GMC}}/{{NMC}} guidance says prescribers should check local rules first. Brother collected and posted the meds, held at customs.
        Harm: pt without meds for 9 days, no crisis.
        Learning: {{overseas patients}} SOP circulated; reception to flag non-UK numbers to clinician.
    """)),
    ("health", "success", block("""
        DEBRIEF - {{anaphylaxis}} in treatment room, [[date:22/11]]
        Present: [[name:Kerry-Ann]] (HCA), [[name:Joe Murphy]] (PN), Dr [[name:Halima Yusuf]], [[name:Stacey]] (reception)

        What happened: pt collapsed 3 mins after {{B12}} injection. [[name:Kerry-Ann]] pulled the emergency bell, [[name:Joe Murphy]] gave IM {{adrenaline}} 500mcg within 2 mins, [[name:Stacey]] rang 999 and met the crew at the door.
        What went well: grab bag in the right place, drill last month meant nobody froze, {{Resus Council}} algorithm on wall.
        Even better if: oxygen cylinder was half full - added to weekly check.
        Pt discharged from {{ED}} same evening.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        MOR ref: [[case_reference:MOR 2024/08317]]
        Operator: [[organisation:Northfield Flying School]]
        Aircraft: {{PA-28-161 Warrior}} [[aircraft_registration:G-BTFM]]
        Date: [[date:15 June 2024]]
        PIC: {{student pilot}} (solo nav), supervising {{FI}} [[name:Jakub Lewandowski]]

        Narrative: student on first solo {{cross-country}} climbed to 3,200ft and entered the {{CTA}} base of 3,000ft for approx 2 mins. {{ATC}} called on 121.5 and student descended. Student had {{SkyDemon}} running but not set to show airspace warnings. Student open and upset in debrief.
        Contributory: cloud base lower than forecast; route briefing did not show the step.
        Actions: all solo navs now briefed with {{airspace}} steps on the chart; student re-flew route dual.
    """)),
    ("aviation", "near_miss", prose("""
        Downwind for {{runway 24}} at about 1000ft when a flex-wing {{microlight}} came past the left
        wing, maybe 100m away, same height, no radio calls heard. I turned right and called it on
        {{A/G}}. The microlight landed at the farm strip 2 miles north. I've filed an {{airprox}}
        report and [[name:Dave]] from the club is going to visit the farm strip with a cup of tea and a
        chat about joining the {{circuit}}. Aircraft [[aircraft_registration:G-CDWL]], {{Cessna 152}},
        [[date:Sunday 12th]], with {{student}} [[name:Ayo]] in the left seat.
    """)),
    ("aviation", "success", prose("""
        Shout-out for [[name:Eilidh McLeod]] who was on her {{PPL}} {{qualifying cross-country}} on
        [[date:4 April]] in [[aircraft_registration:G-AZRV]]. Over the hills she felt the engine running
        rough with a slight rpm drop. She applied {{carb heat}}, accepted the rough running while the ice
        cleared, told {{ATC}} and made a precautionary diversion. Textbook. In the debrief
        she said the humid day and the {{carb icing chart}} from her ground school had been in her head
        the whole way. Nice one [[name:Eilidh]], and well done to her {{FI}} [[name:Mo]] too.
    """)),
    ("aviation", "incident", block("""
        TECH LOG EXTRACT - [[aircraft_registration:G-BNVE]]  {{Cessna 172N}}
        [[date:08/05/24]]  {{50 hr check}} W/O [[case_reference:WO-3318]] c/o. Prop removed for spinner crack repair. Refitted. {{CRS}} issued [[name:R. Kaur]]
        [[date:10/05/24]]  Pilot pre-flight: 2 of 6 prop bolts no {{torque seal}}, 1 bolt finger tight. Aircraft grounded. [[name:Hollis]]
        [[date:10/05/24]]  Bolts torqued to {{AMM}} figure, {{duplicate inspection}} by [[name:T. Brannigan]]. CRS re-issued.

        Engineer's note: I was called away to an {{AOG}} mid-task and when I came back I signed it off from memory. No task card stage sign-off for torque. We now use stage sign-offs for any prop removal and a red {{DO NOT FLY}} tag stays on the yoke until torque is done. - [[name:Ravinder]]
    """)),
    ("aviation", "near_miss", prose("""
        the fuel bowser guy from [[organisation:Skyline Aviation Services]] turned up with the {{Jet A-1}}
        truck to refuel [[aircraft_registration:G-BXKT]] which is a {{PA-28}} on {{Avgas 100LL}}. the nozzle
        wouldnt fit the filler (thank god for the {{J-spout}}) and he was about to ask for the funnel when
        [[name:Tash]] from the club went out and stopped him. turns out his sheet said "[[aircraft_registration:G-BXKT]]
        JET" cos it got mixed up with the {{DA42}} parked next to it. reported to their {{ops manager}}, no fuel
        actually went in.
    """)),
    ("aviation", "success", block("""
        To: All engineering staff, [[organisation:Weald GA Maintenance Ltd]]
        Subject: good find on [[aircraft_registration:G-CKPO]]

        Team,

        During the {{Annual}} on [[aircraft_registration:G-CKPO]] last week [[name:Piotr]] found a hairline crack in the {{exhaust muffler}} behind the {{heat exchanger}} shroud. It wasn't on the task card, he just took the shroud off because it looked sooty. A crack there can put {{carbon monoxide}} straight into the cabin heat. Owner was very grateful, new muffler fitted and {{CO detector}} recommended.

        Well spotted [[name:Piotr]].

        [[name:Hannah Olufemi]]
        {{Quality Manager}} | {{Part-CAO}} [[case_reference:UK.CAO.0412]]
        [[phone:01892 771 390]] | [[email:quality@wealdgamaint.co.uk]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Fergus Lyall]] <[[email:fergus.lyall@btinternet.com]]>
        To: Club committee
        Subject: [[aircraft_registration:N284TS]] - flown with lapsed annual

        All,

        Sorry to report that the syndicate {{Piper Arrow}} [[aircraft_registration:N284TS]] was flown by three members between [[date:2 September]] and [[date:16 September]] after its {{FAA annual}} had lapsed on [[date:31 August]]. Nobody noticed because the paperwork is kept by the {{A&P/IA}} in the States and the due date wasn't on our booking system. I spotted it when the insurer asked for the logbook entry.

        No incidents on those flights. I've grounded it, told the insurer, and the IA is flying over next week. We need the due dates for the N-reg aircraft in {{Flight Schedule Pro}} like the G-regs.

        [[name:Fergus]]
        {{Safety Officer}}, [[organisation:Kennet Valley Flying Club]]
    """)),
    ("aviation", "near_miss", block("""
        [18:41] [[name:Baz]]: who flew [[aircraft_registration:G-BYMJ]] last? {{pitot cover}} still on and its been pushed back in the hangar
        [18:43] [[name:Sunita Gill]]: me, this afternoon. I took it off before I flew, honestly
        [18:44] [[name:Baz]]: well someone put it back on. {{ASI}} would've read zero on the next one
        [18:45] [[name:Mike W]]: that was me sorry. I put it on after [[name:Sunita Gill]] landed cos it's raining, didn't think to put it in the {{tech log}}
        [18:46] [[name:Sunita Gill]]: phew I thought I was going mad
        [18:48] [[name:Baz]]: no harm, but pls put a note on the {{yoke}} if you fit covers and remember the {{remove before flight}} flag. {{walk-around}} should catch it but belt and braces
    """)),
    ("aviation", "incident", prose("""
        Debrief notes following the runway excursion on [[date:Sat 2 March]]. The club {{Robin DR400}}
        [[aircraft_registration:G-BAJK]] landed on the grass {{runway 09}} after heavy rain and slid,
        ending up about 20 metres into the crop at the far end. No injuries. Pilot [[name:Connor Byrne]] has
        around 90 hours and had not landed on wet grass before. The {{Safety Sense}} factor for wet grass
        was not applied, and the windsock showed a slight tailwind. The {{CFI}} has added a wet-grass
        {{landing distance}} check to the sign-out sheet and a runway state board at the clubhouse.
        [[name:Connor]] has been really open about it, which we thank him for.
    """)),
    ("aviation", "success", block("""
        Timeline - uncertain of position, [[aircraft_registration:G-BOTL]], [[date:19/10/24]]
        14:20  Student [[name:Kieran]] on solo nav, loses visual ref in haze, calls "uncertain of position".
        14:22  Tries {{London Information}}, no reply at his height.
        14:24  Switches to 121.5 as taught - {{D&D}} give him a {{squawk}} and a heading.
        14:25  Airliner [[flight_number:EZY82MV]] relays as reception patchy; {{Captain}} stays on frequency.
        14:41  Student in sight of home field, lands normally.
        Debrief: exactly what we teach. [[name:Kieran]] kept calm, climbed for reception, used the {{practice pan}} training. Thanks also to the crew of [[flight_number:EZY82MV]] - letter of thanks sent.
        - [[name:Olga Petrenko]], {{CFI}}
    """)),
    ("aviation", "near_miss", block("""
        DUPLICATE INSPECTION / NEAR MISS FORM
        Organisation: [[organisation:Weald GA Maintenance Ltd]]
        Aircraft: [[aircraft_registration:G-OWLS]]   Engine: {{Lycoming O-320-D2J}}
        W/O: [[case_reference:WO-3402]]   Date: [[date:27/11/2024]]
        Task: oil & filter change
        Found by: [[name:Declan O'Rourke]] (inspector)
        What was found: oil filter fitted was the {{CH48110-1}} short version from the wrong bin. Would have touched the engine mount on this installation.
        Why: parts store bins re-arranged the week before, labels not moved.
        Action: filter replaced before {{engine run}}; {{stores}} bins re-labelled; {{IPC}} part number now checked on the {{task card}}.
        Signed: [[name:D. O'Rourke]]
    """)),
    ("aviation", "incident", prose("""
        Hangar rash, [[date:Thursday 23rd]]. While pushing the {{EuroFOX}} back in, the left wingtip caught
        the tailplane of the syndicate {{Jodel}} [[aircraft_registration:G-BKXA]]. Two of us on the push, no
        wing walker, light fading and the hangar door only half open because the owner of
        [[vehicle_registration:KN15 OPW]] had left his car across the apron. Small dent in the tailplane
        leading edge, the {{EuroFOX}} wingtip scuffed. Both aircraft inspected by [[name:Tomás]] before
        further flight. We now have a {{three person}} rule for hangar moves after dark and a sign on the
        {{apron}} about parking.
    """)),
    ("aviation", "success", prose("""
        Just a note to say thanks to everyone who came to the {{safety evening}} on [[date:Wednesday 6 November]].
        Forty members, good questions on {{winter flying}}, {{carb ice}} and {{infringements}}, and the
        new members' buddy scheme got six volunteers. The {{GASCo}} speaker has offered to come back in
        spring. The bar did well too.
    """)),
    ("aviation", "near_miss", block("""
        Near miss report - visiting aircraft
        Date: [[date:Sunday 14 July]]
        Aircraft: [[aircraft_registration:EI-DRX]] ({{Cessna 182}}), pilot [[name:Padraig Nolan]], [[phone:+353 87 412 6690]]

        Visitor arrived without {{PPR}} while {{runway 27}} was closed for the fly-in and the {{NOTAM}} was live. He joined overhead, saw the marquees and gliders on the ground and went round. [[name:Padraig Nolan]] then landed on the other runway against the {{signal square}}. Nobody hurt but there were people walking across.
        He said he got the airfield details from an old {{Pooleys}} and didn't check the NOTAM on {{NATS AIS}}.
        Actions: PPR reminder added to our website and {{SkyDemon}} airfield info; [[name:Padraig Nolan]] has been very apologetic and has filed an {{MOR}} himself.
    """)),
    ("aviation", "incident", prose("""
        low fuel landing in [[aircraft_registration:G-BPCF]] {{C152}} [[date:tue]] - {{fuel gauges}} showed 1/4 each
        side at start up, only used the {{dipstick}} on one tank (left) cos i was rushing for the slot. right was much
        less. engine coughed on {{short final}}, landed ok. found right tank nearly empty. gauges have been
        unreliable for weeks but nobody put it in the {{tech log}}, just said it in the bar. my fault for
        not dipping both, {{club rules}} say both tanks every flight. [[name:jas]]
    """)),
    ("aviation", "success", prose("""
        I want to recognise our duty instructor [[name:Grace Okoro]] for her call on [[date:Saturday 20 July]].
        A {{trial lesson}} customer had driven up from London with her family and was very keen to go.
        The {{TAF}} showed thunderstorms building by 3pm and the {{METAR}} was already showing {{CB}} to the
        west. [[name:Grace]] cancelled, explained why using the radar picture, and rebooked the voucher. The
        customer was not happy at the time but emailed later to say she appreciated it once she saw the
        storm. This is the {{just culture}} we want: no pressure to fly, and support for the person who
        says no. - [[name:Stephen Adair]], {{Head of Training}}
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind126", REPORTS))


if __name__ == "__main__":
    main()
