"""Held-out blind corpus 122: just-culture incident-and-learning reports from a borough's MASH, child
protection and disabled children's teams; an acute hospital's maternity, paediatric and emergency
departments; and a charter airline's flight crew, cabin crew, operations and line engineering. The
writing is an ordinary mix of what staff really type: rushed lower-case notes, careful narratives,
chronologies and timelines, e-mails with signatures, Teams chat, incident forms, handover sheets,
hot-debrief notes, ASR-style forms, tech-log and ACARS extracts, praise and shout-outs.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind122.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        Referral from the {{DSL}} at [[organisation:Meadowbank Primary]] landed in the {{MASH}} inbox on
        [[date:Fri 8th March]] at 15:42 about [[name:kayden]] ([[age:7]]) saying {{mum}}'s partner had hit
        him with a belt. Nobody picked it up until Monday morning because the inbox isn't swept after 4pm
        and school only emailed, they didn't ring. By the time we held the {{strategy discussion}} with
        DS [[name:Farrow]] the marks had faded and the {{child protection medical}} found nothing to
        see. Not good enough for a disclosure like that. What we've changed: [[name:Nadia]] in business
        support now does a 4pm sweep and anything flagged injury/disclosure gets rung through to the
        {{duty manager}}. I've also spoken to Mrs [[name:Achterburg]] (sorry if I've spelt that wrong)
        at the school about phoning through anything that could be a {{Section 47}}.
        MASH ref [[case_reference:MASH/24/03117]].
    """)),
    ("social_care", "success", block("""
        From: [[email:priya.raman@ashbrook.example.gov.uk]]
        To: DCT duty
        Subject: good practice - short breaks review for [[name:Ellis]]

        Hi all,

        Just wanted to log a positive. [[name:Ellis Ward-Mensah]] ([[age:12]], {{cerebral palsy}},
        {{PEG}} fed) started overnight stays at [[organisation:Larkspur House]] this month. Last year the
        placement fell through because staff weren't trained in {{gastrostomy}} care. This time the
        {{community children's nurse}} [[name:Bev O'Hara]] did the training on site before the first
        stay, his {{mum}} came for tea on night one, and the unit sent her a photo at bedtime.
        He's had three stays with no issues and mum says she slept through for the first time in
        two years. The {{Short Breaks Statement}} review on [[date:3rd April]] is now just a formality.

        Thanks,
        [[name:Priya Raman]]
        Social Worker, [[organisation:Ashbrook Disabled Children's Team]]
        [[phone:07700 900162]]
    """)),
    ("social_care", "near_miss", prose("""
        Near miss on a {{CP}} visit today. Two open cases with the surname [[name:Kowalczyk]] on
        {{Mosaic}}, different families, no relation. I took the address off the first search result and
        set off for [[address:27 Tanner's Row]] when my child is at [[address:72 Tanner's Row]],
        [[postcode:HT4 7NW]]. Only realised in the car when I checked the plan: [[name:KOWALCZYK Zofia]]
        is [[age:4]] and the other family's child is a teenager. If I'd knocked I would have disclosed a
        {{Child Protection Plan}} to the wrong household. Suggest the {{Mosaic}} search results show DOB
        and address side by side. Case no. [[case_reference:CP-118204]]. Discussed with my
        {{practice supervisor}}.
    """)),
    ("social_care", "incident", block("""
        Chronology extract - [[case_reference:LL-2290415]]
        [[date:02/04/24]] 09:10  Police {{PPN}} re DA incident at [[address:Flat 3, Orchard Court]],
                           [[postcode:HT5 2PJ]]. Children [[name:Amira]] ([[age:9]]) and [[name:Yusuf]]
                           ([[age:2]]) present.
        [[date:02/04/24]] 11:30  RAG rated amber by {{MASH}} SW. Not shared with {{IDVA}}.
        [[date:04/04/24]] 16:00  Second PPN, same address, weapon mentioned. Now red.
        [[date:05/04/24]] 10:00  {{MARAC}} referral made by [[name:S. Haddad]] (SW).

        Reflection: the first PPN should have gone to MARAC screening as it was the third call-out in
        12 months, but {{Liquidlogic}} history defaults to the last 6 months so the amber rating was
        made without it. Two days' delay for [[name:Amira]] and [[name:Yusuf]]. Team now told to widen
        the filter and check the {{DASH}} score on every PPN.
    """)),
    ("social_care", "success", prose("""
        Really positive {{Initial Child Protection Conference}} yesterday for the [[name:Tesfaye]]
        children. Dad ([[name:Dawit]]) speaks Tigrinya and limited English, and last time the interpreter
        cancelled on the day. This time the {{conference chair}} [[name:Lorraine Obi-Harker]] booked
        through [[organisation:Kestrel Interpreting]] a week early and held a 15-minute pre-meet with dad
        and the interpreter so he understood what a {{Child Protection Plan}} is before the room filled
        up. He signed the plan, asked good questions, and the {{health visitor}} [[name:Meg]] said it was
        the first time she had seen him properly engage. Small thing, big difference. Going to suggest
        pre-meets become standard in our {{Signs of Safety}} conferences where English isn't a first
        language.
    """)),
    ("social_care", "incident", prose("""
        Data breach, my error. Sent the {{strategy meeting}} minutes for [[name:Leah-Marie Doyle]]
        (DOB [[date_of_birth:19/11/2011]]) to what I thought was {{YOT}} worker [[name:Chris Beddoe]]
        ([[email:chris.beddoe@ashbrook.example.gov.uk]]) but {{Outlook}} autocompleted to
        [[email:chris.beddoes@example.co.uk]], a member of the public. Tried to recall within 3 mins,
        recall failed. Reported to the {{IG team}} straight away, ref [[case_reference:IG-2024-0877]].
        The recipient replied next morning and confirmed deletion, which was decent of him. I have
        cleared my autocomplete list and the team now sends anything {{Section 47}} through
        {{Egress}}, which makes you confirm the recipient before it goes. Rushed at end of day, it
        happens, but it shouldn't.
    """)),
    ("social_care", "near_miss", block("""
        [09:14] [[name:Jas Bhogal]]: morning - {{MASH}} check on [[name:tyler jarvis]] dob
        [[date_of_birth:03.06.2016]], showing closed??
        [09:16] [[name:Mo]]: closed to {{CIN}} in Jan but theres a live {{CP-IS}} flag from
        [[organisation:Kelby Council]], think family moved boroughs
        [09:17] [[name:Jas Bhogal]]: omg I nearly NFA'd it
        [09:18] [[name:Mo]]: ring their duty line [[phone:07700 900417]]
        [09:31] [[name:Jas Bhogal]]: done, spoke to [[name:Hayley]] there, he's on a {{CP plan}} for
        {{neglect}}. need a {{transfer-in conference}}
        ---
        Learning note added by [[name:JB]]: always check CP-IS, not just our own system, before
        recommending no further action.
    """)),
    ("social_care", "success", prose("""
        Worth recording what went well on the joint {{Section 47}} visit to [[address:Holly Lodge,
        Ferris Lane]] on [[date:22 May]]. PC [[name:Rourke]] and I agreed roles in the car beforehand:
        he'd lead on the allegation, I'd focus on the children's {{lived experience}} using
        {{Three Houses}}. [[name:Summer]] ([[age:11]]) drew her houses in about twenty minutes and named
        her uncle as the person who made her feel worried. Because we'd planned it we could separate the
        adults calmly and an {{ABE interview}} was booked for the same afternoon. {{Supervision}} with
        [[name:Kemi]] afterwards stopped me second-guessing myself. Plan agreed in line with
        {{Working Together}}.
    """)),
    ("social_care", "incident", prose("""
        [[name:Ollie]] ([[age:14]], {{autism}}, non-verbal) was left on the contracted school minibus
        [[vehicle_registration:KX19 WLT]] after drop-off at [[organisation:Brackenfield School]] on
        [[date:Tues 11 June]]. The escort was covering for a sick colleague and didn't do the end-of-route
        seat check. Driver found him at the depot 40 mins later, distressed but unharmed. School rang
        {{mum}} to ask where he was, so she found out before we did, which she is understandably furious
        about. Complaint logged [[case_reference:COMP-5521]]. Provider ([[organisation:Greenway Travel
        Ltd]]) has put the check-the-back-seat sign back on [[vehicle_registration:KX19 WLT]] and all
        escorts will redo {{PATS}} training. {{LADO}} consulted, threshold not met. I visited mum and
        [[name:Ollie]] this afternoon with my {{team manager}}.
    """)),
    ("social_care", "near_miss", prose("""
        Helping [[name:Faith Adeyemi]] with the {{DLA}} renewal for her son [[name:Tobi]] and noticed the
        form I'd pre-filled from our records had her NI number as [[ni_number:JT 48 21 93 C]] but her
        letter from {{DWP}} says [[ni_number:JT 48 21 39 C]]. Two digits swapped on our system since 2019
        by the look of it. Would have delayed the claim by weeks and [[name:Faith]] is already on the
        edge with money. Corrected on {{Liquidlogic}} and asked the {{Carers Assessment}} team to check
        the same field for their open cases. Could we stop retyping NI numbers and scan the letter into
        {{Documents}} instead?
    """)),
    ("social_care", "success", block("""
        MASH daily huddle - good practice note
        Date: [[date:17/07/2024]]
        Present: [[name:K. Osei]] (TM), DC [[name:Whitlock]], [[name:Rachel P]] (health),
        [[name:Bilal]] (education)

        Contact re baby [[name:Hope Ndlovu]] ([[age:6 wks]]), bruise to left ear seen by the
        {{health visitor}}. Health checked {{SystmOne}} in the huddle and found a {{GP}} appointment two
        days earlier for a "fall from sofa". Under the {{bruising in non-mobile babies}} protocol the
        strategy was held by 11:00 and the {{child protection medical}} done at
        [[organisation:Northgate General]] the same day.
        What went well: all four agencies had the info within 40 mins, no chasing.
        Baby [[name:Hope]] now with maternal grandmother under {{Section 20}}.
        Ref [[case_reference:MASH-24-05582]]
    """)),
    ("social_care", "incident", prose("""
        {{EDT}} took a call at 01:20 on [[date:Sat 3 August]] from night staff at the
        [[organisation:Foxhill]] short breaks unit. [[name:Reuben]] ([[age:16]]) had been held after
        banging his head against his bedroom wall and they couldn't reach their on-call manager. The
        {{Positive Behaviour Support}} plan on file was 18 months old and said nothing about his new
        {{melatonin}} dose or that he now hates the door being closed, which his {{mum}} says is the
        trigger. I couldn't open the {{Liquidlogic}} record because my remote token had expired, so I
        was relying on what staff read to me over the phone. [[name:Reuben]] settled by 02:30 with no injury.
        Learning: PBS plans reviewed every 6 months, tokens checked at the start of each {{EDT}} shift,
        and the unit's on-call rota to include a backup number.
    """)),
    ("social_care", "success", prose("""
        Shout out to [[name:bev]] on duty today. She recognised a dad's name in a new {{contact}} as
        someone who'd been {{MAPPA}} managed in a different case, checked with the police {{MASH}}
        officer and flagged it within the hour. Good instinct and proper {{professional curiosity}}.
        The kids ([[name:Rio]] and [[name:Sunny]]) are safe tonight with a {{safety plan}} agreed with
        {{mum}}.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - SHORT BREAKS
        Child: [[name:Grace Mbeki-Lowe]]      DOB: [[date_of_birth:28/02/2013]]
        Location: [[organisation:Rowan Lodge]], [[address:4 Quarry Bank]], [[postcode:HT7 9LE]]
        Date of incident: [[date:14/09/24]]
        What happened: evening {{Epilim}} dose given at 18:00 and again at 20:00 by a second member of
        staff. The {{MAR chart}} had not been signed after the first dose.
        Immediate action: {{NHS 111}} called, advised to observe. [[name:Grace]] monitored overnight,
        no ill effects. Parents informed 20:40 by [[name:Ruth]] ({{shift lead}}).
        Learning: two-person check for all {{anti-epileptic}} medication, MAR signed at the point of
        giving, not at the end of the round.
        Reported by: [[name:T. Adebayo-Clarke]], {{residential support worker}}
    """)),
    ("social_care", "near_miss", prose("""
        very nearly saved a {{case note}} about [[name:Lacey]] onto her cousin [[name:Macey]]'s file.
        same surname, same school, both on {{CIN}} plans, and {{Liquidlogic}} had the last-viewed child
        open in the other tab. only spotted it because the note mentioned the {{EHCP}} and I know
        [[name:Macey]] doesn't have one. think this is a real risk for anyone with siblings or cousins on
        their caseload. suggest the child's DOB shows in the header of the case note screen. raised with
        my {{team manager}} - [[name:Dom]]
    """)),
    ("social_care", "success", prose("""
        The {{Family Group Conference}} for the [[name:O'Sullivan-Reyes]] family on [[date:9th October]]
        went really well. Coordinator [[name:Anneliese]] from [[organisation:Ashbrook FGC Service]] spent
        three sessions with {{nan}} and the aunties beforehand and the family came up with their own
        plan: Aunty [[name:Bernie]] does school runs to [[organisation:St Cuthbert's RC Primary]] Mon to
        Wed, nan has [[name:Kian]] ([[age:5]]) and [[name:Ava]] ([[age:3]]) at weekends, and mum has
        agreed to go back to the {{drug and alcohol service}}. We are recommending step-down from a
        {{Child Protection Plan}} to {{Child in Need}} at the {{review conference}}. Family said it was
        the first time they felt listened to.
    """)),
    ("social_care", "incident", prose("""
        [[name:Jordan Mackie]], [[age:15]], reported missing by his {{foster carer}} [[name:Wendy]] at
        22:10. She rang the {{out of hours}} number on her carer's card, which is out of date (the old
        number [[phone:07700 900283]] goes to a voicemail nobody checks), so she didn't get through to
        {{EDT}} until 23:30. Police log [[case_reference:CAD 4471]]. [[name:Jordon]] was found safe at a
        friend's house on [[address:Colliers Way]] at 01:15 and a {{Return Home Interview}} was done by
        [[organisation:Safe Steps Ashbrook]] two days later. What worked: the {{Philomena Protocol}} form
        was up to date so police had a photo and description straight away. What didn't: the cards. All
        foster carers are being reissued cards with [[phone:07700 900284]] this week.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        Birth on {{Delivery Suite}} room 6, [[date:21/01]]. {{PPH}} of 1.8L after an {{SVD}}. Midwife
        [[name:Joy]] pulled the emergency buzzer but the {{obstetric registrar}} was in theatre with a
        {{Category 1}} section, and the second on-call, Dr [[name:Ferreira]], didn't respond to his bleep
        for 9 minutes because it had been left on silent after teaching. {{Syntocinon}} infusion and
        {{carboprost}} were given per protocol by the midwives and Mrs [[name:Amoako]] ([[age:31]]) went
        to theatre for {{EUA}}, 4 units transfused. Good: team worked brilliantly and the {{MOH}} box was
        fully stocked. Bad: a single point of failure for registrar cover overnight.
        Datix [[case_reference:W118834]].
    """)),
    ("health", "success", prose("""
        Want to highlight great care in {{Paeds ED}} on [[date:Sunday 4th Feb]].
        [[name:Maisie-Rae Kirkbride]], [[age:18 months]], came in floppy with a non-blanching rash.
        Triage nurse [[name:Hunter]] recognised it straight away, {{PEWS}} 7, and had her in resus within
        4 minutes of arrival. {{IO access}} first go, {{ceftriaxone}} in at 12 minutes, fluids, the lot.
        Retrieved to {{PICU}} at [[organisation:Ashcombe Children's Hospital]] by
        [[organisation:Southern Paediatric Retrieval]] and she went home last week. Her parents came back
        with a card for the team. Hosp no [[case_reference:NG4471029]].
    """)),
    ("health", "near_miss", block("""
        Ward: [[organisation:Puffin Ward]] (paeds)
        Type: Near miss - medication
        Pt: [[name:Arjun Sekhon]], [[age:6]]y, NHS no [[nhs_number:645 793 0395]]
        {{Paracetamol}} 480mg QDS prescribed on {{EPMA}}. At 21kg that should be about 315mg
        (15mg/kg). Picked up by second checker, SN [[name:Daisy Akande]], before administration.
        Prescriber ({{FY2}}) informed and re-prescribed.
        Cause: weight had been entered as 32kg, pulled forward from an old {{outpatient}} letter.
        Learning: weight to be taken on today's {{scales}} at admission, not copied from the record.
    """)),
    ("health", "incident", prose("""
        [[name:Kasia]] ([[age:16]]) brought in by ambulance after an overdose of her {{sertraline}}.
        Medically fit by midnight but waiting for a {{CAMHS}} assessment, kept in an {{ED cubicle}}
        overnight with a {{HCA}} on 1:1. At 04:00 the HCA was pulled to help in resus and [[name:Kasia]]
        walked out. Police found her at home, [[address:18 Cinder Lane]], about an hour later,
        no further harm.
        {{MASH}} referral done. This is the third time this year a young person has left while waiting
        for CAMHS. Learning: staff on {{enhanced observation}} should not be redeployed without the
        {{nurse in charge}} agreeing, and we need a proper safe space for {{paediatric mental health}}
        patients. [[case_reference:DTX-66120]]
    """)),
    ("health", "success", block("""
        From: [[email:dawn.pickering@northgate.example.nhs.uk]]
        To: [[email:tom.asher@northgate.example.nhs.uk]]
        Subject: learning - good catch on [[organisation:Bluebell Neonatal Unit]]

        Hi [[name:Tom]],

        Logging this as good practice. Baby of [[name:Roksana Begum]] (twin 2, NHS
        [[nhs_number:442 416 1021]]) was under {{phototherapy}} and the {{SBR}} came back much lower than
        expected. [[name:Chidi]] on nights didn't think it fitted and rechecked: the {{blood gas}} sample
        had been labelled for twin 1. Repeat was correct and phototherapy carried on. He raised it
        calmly at {{safety huddle}} with no blame, and we now use different coloured {{cot cards}}
        for multiples.

        Thanks,
        [[name:Dawn]]
        {{Ward Manager}}
    """)),
    ("health", "incident", prose("""
        Home birth at [[address:Rose Cottage, Pike Lane]], [[postcode:HT9 4BD]] on [[date:12 March]]. No
        mobile signal in the house and the landline was disconnected, so I (second midwife) had to drive
        to the end of the lane to ring 999 when baby needed {{inflation breaths}}. Around 6 minutes
        lost. Baby responded to {{NLS}} and was transferred to [[organisation:Northgate General]] with
        mum. The {{home birth risk assessment}} has a box for phone signal and it was ticked yes at the
        36-week visit by another {{community midwife}} on a different network. We now test with our own
        phones and check {{Wi-Fi calling}} works. - [[name:Gemma L]], [[organisation:Harbour Team]]
        community midwives
    """)),
    ("health", "near_miss", prose("""
        Two patients called [[name:Mohammed Ali]] in {{majors}} at the same time, one aged [[age:19]] and
        one [[age:74]]. Bloods for the younger man were nearly sent with the older patient's labels. HCA
        [[name:Precious]] noticed the DOB on the label ([[date_of_birth:02/09/1950]]) didn't match the
        lad in front of her and stopped. We've added a {{name alert}} flag on {{Symphony}} and both had
        {{wristbands}} rechecked using {{positive patient identification}}. Refs
        [[case_reference:ED24-118842]] and [[case_reference:ED24-118857]].
    """)),
    ("health", "success", prose("""
        Shout out to the {{Maternity Triage}} team on [[date:Thurs 6 June]]. Lady ([[name:Fatuma]],
        [[age:24]], Somali speaking, 34/40) rang with {{reduced fetal movements}} and the receptionist
        booked a telephone interpreter straight away instead of telling her to just come in. Seen within
        30 mins, {{CTG}} showed reduced variability, {{Dopplers}} abnormal, delivered by
        {{Category 2}} section that evening. Baby boy on {{NNU}} and doing well. MW
        [[name:Sadia Rahman]] and receptionist [[name:Kerry-Ann]] both deserve recognition - this is
        {{Saving Babies' Lives}} in practice.
    """)),
    ("health", "incident", block("""
        Timeline - paeds, [[organisation:Kingfisher Ward]], [[date:08/11/2024]]
        19:00  [[name:Lily-Mae Forbes]] [[age:3]]y admitted with {{bronchiolitis}}, {{PEWS}} 2
        23:00  PEWS 4 - not escalated (nurse with a new admission)
        02:15  PEWS 6, sats 88% on {{high flow}}. {{SHO}} called
        02:40  {{registrar}} reviewed, moved to {{HDU}}
        Hosp no [[case_reference:K2260193]]

        Issues: PEWS 4 should trigger an SHO review within 30 mins per the {{escalation policy}}.
        Three RNs for 22 patients.
        Good: once escalated, HDU bed straight away and {{outreach}} were supportive.
        Reporter: [[name:Olu]] (band 6)
    """)),
    ("health", "success", prose("""
        Good catch by Nurse [[name:Brook]] in {{triage}}. [[name:Elijah]], [[age:2]], came in with a burn
        to the back of his hand, {{mum}} said he'd touched the oven. Nurse [[name:Brook]] thought the
        shape looked more like a cigarette burn, did a {{body map}}, checked {{CP-IS}} and found a
        sibling on a plan in [[organisation:Kelby Council]]. She rang the {{MASH}} on
        [[phone:020 7946 0318]] before the family were even seen by a doctor. {{Skeletal survey}} was
        normal but the referral ([[case_reference:MASH-24-06231]]) went in with all the right info.
        Really thorough.
    """)),
    ("health", "incident", prose("""
        {{Anti-D}} not given after birth to a {{Rh negative}} mum, [[name:Kamila Nowak]], NHS
        [[nhs_number:407 762 6897]]. Cord bloods were taken but left unlabelled in the {{sluice}} fridge
        over shift change, so the lab never got them and the 72-hour window closed on
        [[date:Sat 27 April]]. [[name:Kamila]] was discharged from the {{postnatal ward}} with no
        follow-up. Picked up by {{community midwife}} [[name:Rachel Oduya]] on the day 5 visit.
        {{Duty of Candour}} conversation held and letter sent. Learning: cord bloods are now logged on the
        {{BadgerNet}} handover and checked by the coordinator at 08:00 and 20:00.
    """)),
    ("health", "near_miss", prose("""
        Taking [[name:Noah]] ([[age:9 months]]) from {{ED}} to {{CT}} with the {{porter}}, [[name:Stevie]]. I
        grabbed the {{oxygen cylinder}} off the {{resus trolley}} and it looked fine, but when I checked
        the gauge in the lift it was almost empty. Went back for another one. If we'd been halfway
        through the scan with him on 2L we'd have been in trouble. The {{daily checklist}} was signed
        that morning but the cylinder must have been used on a transfer after. Suggest a tag to show
        'used - replace' on the cylinder.
    """)),
    ("health", "success", block("""
        HOT DEBRIEF - BBA in ED, [[date:30/05/24]]
        Present: Dr [[name:Okafor]] (ED cons), [[name:Aisling]] (ED nurse), [[name:Priyanka]] (neonatal
        reg), Sister [[name:Mbatha]]
        Mum: [[name:Shanice Walters]], baby girl, 37/40
        What went well:
        - {{NLS}} algorithm poster on the wall in resus
        - {{Resuscitaire}} ready in 3 mins
        - neonatal team down from {{NNU}} in 6 mins
        Even better if:
        - nobody knew where the {{cord clamps}} are kept in ED
        - baby temp 35.6 on arrival to NNU, need a {{plastic bag}} and hat kit in ED
        Mum and baby transferred to [[organisation:Willow Birth Centre]].
    """)),
    ("health", "incident", prose("""
        Corridor care again. Mr [[name:Eustace Grant]], [[age:82]], waited 6 hours on a trolley in the
        corridor after {{ambulance handover}} on [[date:2nd January]] and developed a category 2
        {{pressure ulcer}} on his sacrum because nobody could turn him safely there. {{Waterlow}} wasn't
        done until he reached {{AMU}}. Not blaming anyone, we had 14 patients in the corridor that day,
        but it has to be escalated. His daughter [[name:Marcia]] was kind about it, which almost made it
        worse. Datix [[case_reference:W121907]]. {{OPEL 4}} declared at 14:00.
    """)),
    ("health", "near_miss", block("""
        Handover - {{Labour Ward}}, night of [[date:19 Aug]]
        Rm 2: [[name:Zainab Hussein]] [[age:29]] G2P1, {{IOL}} for {{GDM}}, on {{VRIII}}
        Rm 5: [[name:Chloe Platt]] [[age:17]] P0, SVD 21:10, EBL 400ml

        NEAR MISS rm 5: penicillin allergy was in the paper notes but not on {{BadgerNet}}, so
        {{co-amoxiclav}} was drawn up for her 3rd degree tear repair. [[name:Chloe]] said "I'm allergic
        to that" before it was given. Allergy now added on both. Well done her for speaking up.
        Safeguarding: she is [[age:17]], {{FNP}} aware, SW [[name:Liam Corr]] [[phone:07700 900731]]
        Written by [[name:M.T.]]
    """)),
    ("health", "success", prose("""
        Small win on [[organisation:Puffin Ward]]. [[name:Kofi]] ([[age:13]]) came in with {{DKA}} for
        the third time this year. Instead of the usual discharge, our {{diabetes specialist nurse}}
        [[name:Hannah-Jo]] ([[name:HJ]] to everyone) set up a meeting with the {{school nurse}} and his
        school, [[organisation:Ashbrook Academy]], so staff could prompt {{Libre}} checks at lunch. Six weeks
        on, no admissions and his {{HbA1c}} has dropped from 96 to 71. [[name:Kofi]] says it's because
        Miss [[name:Pryce]] "actually reminds me". Sharing because we usually only log the bad stuff.
    """)),
    ("health", "incident", prose("""
        Called {{2222}} for an {{obstetric emergency}} from the {{birth centre}} on [[date:5/10]] and
        switchboard sent the team to {{Delivery Suite}} instead, they'd heard "birth" as "fourth". The
        team arrived about 4 mins later than they should have. The {{shoulder dystocia}} resolved with
        {{McRoberts}} and {{suprapubic pressure}} before they got there so no harm; baby [[name:Isla]]
        Apgars 7 and 9. Switchboard now repeat the location back. Mum, [[name:Demi Hartnell]], was
        debriefed by me before discharge. - [[name:Yas]] (MW)
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        [[flight_number:BW2761]] on [[date:14 July]], {{A321}} [[aircraft_registration:G-BWGD]].
        Mr [[name:Halloran]] ([[age:68]]), a {{PRM}} booked as {{WCHC}}, slipped during the transfer
        from the {{aisle chair}} to seat 2C. Only one {{ambulift}} operator was on shift and they were
        rushing to make the {{slot}}. Minor graze to his shin; {{SCCM}} [[name:Beatriz]] did first aid
        and offered a {{MedLink}} call, which he declined. His wife was upset and I don't blame her.
        Reported to the handling agent and our customer team. [[case_reference:CSR-24-1187]]
    """)),
    ("aviation", "success", block("""
        ENGINEERING - GOOD CATCH
        A/C: [[aircraft_registration:G-BWGA]] ({{737-800}})
        Station: night stop, line hangar
        Date: [[date:03/02/2024]]
        During the {{daily check}} {{B1}} [[name:Bill Ostrowski]] found the #2 engine {{oil filler cap}}
        not fully latched after an oil uplift by the previous shift. Cap secured, no oil loss, no
        further action needed.
        Internal report [[case_reference:ENG-0324-041]].
        Comment from shift lead: [[name:Bill]] went back for a second walkround after signing his task
        cards because "something felt off". Exactly the culture we want. Reminder going out on
        {{independent inspection}} of anything touched during servicing.
    """)),
    ("aviation", "near_miss", prose("""
        [[flight_number:BW4418]] PMI-MAN, [[date:Sat 20 July]]. Cleared to FL150 on the {{SID}}. I was
        PM and read it back correctly, but the {{Captain}} had been distracted by a cabin call and set
        FL160 in the {{FCU}}. Neither of us did the point-and-verbalise cross-check. I spotted it
        passing FL146, reset, levelled at 150 with no deviation and {{ATC}} said nothing. We were both
        tired, 4th early in a row, legal under {{FTL}} but only just. Capt [[name:Mellor]] and I
        debriefed it properly on the ground. Reporting it under {{just culture}} because I think
        back-to-back earlies are a {{fatigue}} risk worth looking at.
    """)),
    ("aviation", "incident", block("""
        CABIN SAFETY REPORT
        Flight: [[flight_number:BW1302]]   Date: [[date:09 Aug 2024]]   Reg: [[aircraft_registration:G-OBWM]]
        SCCM: [[name:Natalia Ruiz-Campbell]]
        Pax: [[name:DUNNE/SEAN]] MR, seat 27D
        Event: passenger drinking his own {{duty free}}, became verbally abusive to crew member
        [[name:Kai]] when refused a third drink. {{Level 2}} disruptive passenger declared, {{Captain}}
        informed, {{restraint kit}} prepared but not used. Police met the aircraft on stand.
        Police ref [[case_reference:PR/240809/1166]]
        Learning: bar service to him should have stopped earlier; crew to check for
        duty free bottles during the {{cabin secure}} check.
    """)),
    ("aviation", "success", prose("""
        Really good example of {{CRM}} on the approach into Funchal on [[date:22nd Sept]]. FO
        [[name:Rose Lindqvist]] called "go around" at about 300ft when we got a {{windshear}} caution
        and the speed dropped 15kt. Honestly, I'd probably have pressed on. We went around, held for 20
        minutes and the second approach was uneventful. She's only four months on type. That
        {{speak up}} culture is what we train for in {{CRM}} and {{LOFT}} and it worked. I've asked
        the {{FDM}} team to pull the trace so it can go in the next {{safety bulletin}}.
        - Capt [[name:O. Brennan]]
    """)),
    ("aviation", "incident", prose("""
        {{Tool control}} failure on [[aircraft_registration:G-BWGK]]. A torch from the {{shadow board}}
        was found in the left {{MLG}} bay by the ground engineer at the next {{turnaround}}, after two
        sectors. It had been signed back in under [[name:Rhys Jenkins]]'s name, but [[name:Rhys]] had
        lent it to a contractor from [[organisation:AeroLine Support Ltd]] and it never came back.
        Internal report [[case_reference:QA-2024-0193]], {{MOR}} submitted to the {{CAA}}. Learning: no
        lending tools across companies, contractors use their own kit, and the board gets an evening
        audit by the {{shift lead}}.
    """)),
    ("aviation", "near_miss", block("""
        ASR [[case_reference:ASR-24-1342]]
        Flight: [[flight_number:BW2209]]     Phase: Taxi     Reg: [[aircraft_registration:G-BWGN]]
        Narrative: taxiing to the runway at night, the {{stop bar}} lights at the holding point were
        unserviceable. It was in a {{NOTAM}} but buried on page 11 of the brief. FO
        [[name:Jamal Haddad]] saw the holding point sign and called STOP. We stopped about 10m short.
        No traffic on the runway. {{ATC}} apologised and said the {{follow-me}} car was unavailable.
        Contributing: long NOTAM package, late-night {{slot}}, I was heads-down on the {{EFB}}.
        Reporter: Capt [[name:Will Sandhu]]
    """)),
    ("aviation", "success", prose("""
        [[aircraft_registration:G-BWGD]] went {{AOG}} in Heraklion with a {{bleed air}} fault on
        [[date:1st August]] with 190 pax waiting. Our {{MCC}} controller [[name:Siobhán]]
        ([[name:Shiv]]) found a {{PRSOV}} at a sister operator, got it on a courier and arranged
        [[name:Nikos Papadakis]] from [[organisation:Aegean Line Services]] to fit it overnight with our
        own {{B1}} on the phone. Replacement and {{leak check}} done by 03:00 and the first wave left
        only 40 mins late. No hotels, no {{EU261}} claims. Brilliant teamwork from people who'd never
        met.
    """)),
    ("aviation", "incident", block("""
        From: [[email:mark.ellison@brightwing.example.co.uk]]
        To: [[email:safety@brightwing.example.co.uk]]
        Subject: FTL - rest period error [[date:18/08]]

        Hi safety team,

        Reporting a rest error. Crewing rostered me on [[flight_number:BW3150]] on [[date:18/08]] after
        I'd landed [[flight_number:BW3147]] at 23:50 the night before, which left me with 10h 40m rest
        instead of 12h. I didn't notice until the day after. {{AIMS}} didn't flag it because the previous
        duty had been manually extended by {{ops control}} after a {{tech delay}}. I felt ok, but that's
        not the point.

        Regards,
        [[name:Mark Ellison]]
        {{First Officer}}, {{A321}} fleet
        [[phone:07700 900652]]
    """)),
    ("aviation", "success", prose("""
        Medical on [[flight_number:BW2765]] to Dalaman. A male passenger ([[age:57]]) had central
        {{chest pain}} at top of climb. Crew followed {{SEP}} training to the letter: {{oxygen}} on,
        {{AED}} out and ready, {{MedLink}} on the satphone. A doctor on board, Dr [[name:Aylin Demir]],
        helped and [[name:Toby]] kept the cabin calm. The {{Captain}} diverted to Thessaloniki where
        paramedics met us. We've since heard it was a heart attack and he's been stented and is doing
        well. His wife [[name:Sandra]] emailed to thank the crew.
    """)),
    ("aviation", "near_miss", prose("""
        Fuel near miss on [[aircraft_registration:G-BWGA]], [[flight_number:BW1185]]. The
        {{fuel docket}} said 8,400 but the {{FMS}} fuel on board didn't add up. Turned out the fueller
        ([[name:Gary]], [[organisation:Skyfuel Services]]) had entered litres in the kg box. We'd have
        been about 1.7 tonnes short of planned. Caught by the {{FO}} doing the {{fuel check}} before
        {{pushback}}, topped up, 25 min delay. Fueller was upfront about it and their {{supervisor}} is
        changing the docket layout. Reporter: [[name:K.W.]]
    """)),
    ("aviation", "incident", block("""
        LINE MX SHIFT HANDOVER - [[date:27 Oct]]
        [[aircraft_registration:G-BWGK]] - {{ADD}} [[case_reference:24-117]] {{APU}} inop, {{MEL}} cat C
        [[aircraft_registration:G-BWGN]] - a/c serviceable
        INCIDENT: on [[aircraft_registration:G-BWGK]] access panel 198BR found with 4 of 12 fasteners
        missing by {{B1}} [[name:Zsofia Varga]] on the {{walkround}} before first flight. The aircraft
        had been released with a {{CRS}} signed by nights. No flight in that condition. Fasteners fitted,
        {{MOR}} raised.
        Handed over by: [[name:P. Nwosu]], {{shift lead}}
    """)),
    ("aviation", "success", prose("""
        Lovely one to share. Family travelling on [[flight_number:BW4420]] with [[name:Alfie]], [[age:4]],
        who is autistic and had a {{Sunflower lanyard}}. Ground staff let them pre-board and crew
        member [[name:Jade]] took him to see the flight deck before {{pushback}} so he knew what the
        noises would be. The {{Captain}} did a short {{PA}} telling everyone when the engines would get
        loud. No meltdown the whole flight. Mum said it was their first family holiday in five years.
        {{Hidden disabilities}} training works.
    """)),
    ("aviation", "incident", prose("""
        Crew transport minibus [[vehicle_registration:WR68 KHF]] clipped the left winglet of
        [[aircraft_registration:G-OBWN]] on stand 42 while we were doing the {{walkround}}. Driver
        ([[name:Frank]], from the ground transport contractor) said his sun visor blocked his view. Minor
        damage, the aircraft went {{AOG}} for inspection and the flight was cancelled. Airside vehicles
        should never be driving that close under the wing, and there was no {{banksman}}. Reported to
        the airport's {{airside safety}} team and our {{Safety Department}}.
    """)),
    ("aviation", "near_miss", block("""
        {{ACARS}} extract [[flight_number:BW3306]] / [[aircraft_registration:G-BWGD]] [[date:02NOV]]
        0712Z  LOADSHEET FINAL  PAX 186/2  (2 = infants)
        0719Z  CREW> LC PLS CHECK INF. CABIN COUNT 6 INF
        0727Z  LOADSHEET FINAL REV1  PAX 186/6
        Narrative: {{load control}} had missed four late infant bookings added at the desk. Only
        small weight difference but wrong {{lifejacket}} count for infants. {{SCCM}} [[name:Abi]]'s
        headcount caught it before doors closed. Suggest a {{check-in}} to {{load control}} alert
        for late infant adds.
    """)),
    ("aviation", "success", prose("""
        Training Captain note. On [[date:Mon 16 Dec]], [[flight_number:BW1190]], FO
        [[name:Kwame Asante-Boateng]] got an {{ENG 1 FIRE}} warning on taxi-in. He called it clearly,
        ran the {{QRH}} drill with the {{Captain}}, brought the aircraft to a stop and was ready to
        {{evacuate}} until the {{ARFF}} crew confirmed no fire. Calm {{PA}}, passengers deplaned normally.
        Engineering ([[name:Ifeoma]]) later found a chafed {{fire loop}} giving a spurious warning. Five
        months in the company and textbook. - [[name:T.G.]]
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind122", REPORTS))


if __name__ == "__main__":
    main()
