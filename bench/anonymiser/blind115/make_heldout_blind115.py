"""Held-out blind corpus 115: reports typed into a confidential just-culture incident-and-learning
system by front-line staff of a city council's children's social care service and its emergency duty
team, a large acute hospital (wards, emergency department, stroke and critical care, pharmacy) and a UK
airline (flight and cabin crew, line and hangar engineering, ground handling and operations control).
Writing styles are an ordinary mix: terse lower-case notes with typos, careful formal write-ups,
pasted e-mails and Teams chats, out-of-hours logs, Datix-style forms, technical log entries and air
safety reports, covering what went wrong as well as what went right."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind115.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        On Fri [[date:14 March]] I was the {{EDT social worker}} covering from 5pm. At 23:40 PC
        [[name:Hussain]] rang about [[name:Kayden Moore]] ([[age:14]]), reported missing from
        [[organisation:Larchfield House]] children's home. The {{Philomena Protocol}} profile on
        {{Mosaic}} still listed his old address, [[address:27 Tanner Street]], [[postcode:LS9 4QT]], so
        officers went there first and lost about forty minutes. [[name:Kayden]] was found at 02:10 near
        the bus station, cold but unharmed. Nobody had updated the address when he moved placements three
        weeks ago because the {{change of placement}} task was sitting with a {{team manager}} who was off
        sick. Learning: the {{residential key worker}} should be able to update the missing-person profile
        directly rather than waiting for the {{allocated social worker}}. Case ref
        [[case_reference:CS-448213]].
    """)),
    ("social_care", "success", block("""
        From: [[name:Dawn Achterberg]] <[[email:d.achterberg@cityhall.example.gov.uk]]>
        Sent: [[date:07 February 2025]] 09:12
        To: {{Child Protection Chairs}}; [[organisation:Locality East Assessment Team]]
        Subject: good practice - ICPC for the [[name:Okonkwo]] children

        Hi all,

        Logging this as a positive so it doesn't get lost. The {{ICPC}} yesterday for [[name:Chidi]]
        ([[age:9]]) and [[name:Adaeze]] ([[age:4]]) could easily have fallen apart. {{Dad}} had told the
        {{allocated social worker}} he wouldn't come because "nobody listens". [[name:Sunny]] in business
        support rang him the day before, booked an {{Igbo}} interpreter and moved the meeting to
        [[organisation:Ashbrook Children's Centre]] because he'd said he felt judged at the civic offices.
        He came, he stayed, and he agreed the plan. [[name:Tomasz]] ran the {{Signs of Safety}} mapping on
        the whiteboard really clearly.

        Small things, big difference.

        [[name:Dawn]]
        {{Child Protection Chair}}
    """)),
    ("social_care", "near_miss", block("""
        Logged by [[name:Aisha Karimi]], {{Family Support Worker}}. {{Teams}} chat pasted below.

        [09:14] [[name:aisha.k]]: has anyone got the letter for the {{CIN review}} going out today? the one for Ms [[name:Petrovic]]
        [09:15] [[name:jbrennan]]: yeah its in the print tray, why
        [09:16] [[name:aisha.k]]: pls dont post it. address on it is [[address:3 Mill Lane]] which is her ex's. she moved to the {{refuge}} in jan
        [09:16] [[name:jbrennan]]: omg. pulling it now
        [09:18] [[name:jbrennan]]: got it. template pulls from the {{primary address}} field and nobody end-dated the old one
        [09:20] [[name:aisha.k]]: ok I'll fix {{Mosaic}} and flag to [[name:Kev]] as {{TM}}. case [[case_reference:2219845]]

        Letter never left the building. Could have told a {{domestic abuse}} perpetrator where the
        letter was about and when the review was.
    """)),
    ("social_care", "incident", prose("""
        Supervised {{family time}} at [[organisation:Oakwell Family Centre]] on [[date:Tuesday 11th March]].
        I was supervising [[name:Lacey-Mae]] ([[age:3]]) with her {{mum}} [[name:Jade Whitworth]]. About
        20 mins in, {{mum}}'s partner [[name:Connor Reilly]] walked into the room. He is named on a
        {{non-molestation order}} and should not have known the time or venue. Reception had let him in
        because he said he was 'dad'. I ended the session, kept [[name:Lacey-Mae]] with me in the office
        and called the {{duty manager}}. Police attended (log [[case_reference:PL-20250311-0772]]). Nobody
        was hurt but [[name:Lacey-Mae]] was very distressed and it took a long time to settle her. We think
        [[name:Jade]] told him by text. Reception had no 'do not admit' list for family time sessions - one
        is now being set up with the {{centre manager}}. -- [[name:Bev]] ({{Contact Supervisor}})
    """)),
    ("social_care", "success", prose("""
        edt shift sat night. 10.50pm {{police protection}} for two kids, [[name:riley]] [[age:6]] and
        [[name:skye]] [[age:2]], {{mum}} taken to hospital after an overdose. no in-house carers showing as
        available on the {{out of hours}} list. rang [[name:marg]] and [[name:bill]] [[name:fenwick]] who'd
        said at their {{annual review}} they'd take siblings in an emergency even when 'full' - they said yes
        straight away, had both kids settled by 12.30. [[name:bill]] even drove to the 24hr tesco for
        nappies. worth saying the {{PPO}} paperwork from PS [[name:Adeyemi]] was spot on and the handover
        at the door was calm for the kids. flagging as good practice + that the carer availability list on
        {{Mosaic}} was out of date, which nearly meant an {{agency placement}} 50 miles away.
    """)),
    ("social_care", "incident", block("""
        Incident type: Information governance / data breach
        Team: {{Leaving Care}} 18+ ([[organisation:Pathways Team]])
        Date of incident: [[date:03/04/2025]]
        Young person: [[name:Ibrahim Sesay]]    DOB: [[date_of_birth:19/10/2006]]
        NI no: [[ni_number:JT 42 81 66 C]]
        Reported by: [[name:R. Okoro]], {{Personal Adviser}}

        What happened:
        {{Universal Credit}} application pack for [[name:Ibrahim]] was emailed by mistake to another
        young person with the same first name ([[name:Ibrahim K]]). Pack included his NI number, bank
        details and a {{pathway plan}} summary. {{Outlook}} autocompleted the address. The other young
        person's {{PA}} reached him the same day; he deleted it and confirmed this in writing.

        Actions:
        - Reported to {{Information Governance}}, ref [[case_reference:IG-2025-0193]]
        - [[name:Ibrahim]] told and apologised to in person
        - Asked IT whether autocomplete can be switched off for our team
    """)),
    ("social_care", "near_miss", prose("""
        Near miss. {{MASH}} referral from [[organisation:St Anselm's Catholic Primary]] about bruising to
        [[name:Kacper Nowak]] (Yr 4) was attached to his brother [[name:Filip]]'s record instead of his and
        sat there over the weekend. Picked up on Monday only because the {{DSL}}, Mrs [[name:O'Driscoll]],
        rang to chase - she knew we'd normally have called back by then. {{Strategy discussion}} held the
        same day, {{Section 47}} agreed and [[name:Kacper]] was seen at school with the {{school nurse}}
        present. Bruising was older than first thought and there is a plausible explanation, but the delay
        could have mattered. The boys share a surname and address ([[address:Flat 6, Bramley Court]]) and
        the search picked the first match. Suggest screeners check DOB as well as name when linking a
        contact. [[name:MH]], {{MASH}} {{Team Manager}}
    """)),
    ("social_care", "success", prose("""
        wanted to put this on as a good one. [[name:jayden]] ([[age:15]]) has been refusing to see any of
        us for months, every visit was 'no answer'. new {{SW}} [[name:precious]] found out he's mad on
        fishing so she did the {{statutory visit}} walking along the canal with him and his rod. he talked
        for an hour, first time hes said anything about whats going on at home with his step dad. she wrote
        it up on {{Mosaic}} the same day with his own words in, and the {{IRO}} [[name:Grant Mackie]] said
        it was the first {{voice of the child}} section in the file that actually sounded like him. simple
        idea but it worked. [[name:precious]] has only been with us 3 wks!! {{ASYE}} team take note
    """)),
    ("social_care", "incident", prose("""
        I was transporting [[name:Amira]] ([[age:2]]) from her foster placement to her initial
        {{health assessment}} at [[organisation:Beech Road Surgery]]. The pool car I had booked had been
        taken by another team so {{fleet}} gave me [[vehicle_registration:YK19 HTV]], which has no
        {{ISOFIX}}. The {{car seat}} the {{foster carer}} lent me is an ISOFIX-base seat and I could not get
        it to sit right with the belt alone. I was already late and drove anyway. On arrival I found the
        seat had tipped forward at some point. [[name:Amira]] was fine and did not seem to have noticed. I
        should have stopped and rung my {{practice supervisor}}. Raising this because the pool car booking
        system doesn't say which cars have ISOFIX and there is no spare seat kept at the office.
    """)),
    ("social_care", "success", prose("""
        Positive practice note. On [[date:22 January 2025]] Mrs [[name:Kowalczyk]] asked for her son
        [[name:Szymon]] ([[age:13]]) to be accommodated under {{Section 20}} while she was admitted for
        surgery, as she has no family in the UK. Rather than relying on her {{English}}, which is good day to day
        but not for legal language, the {{allocated social worker}} [[name:Ola Brzezinska]] went through the
        {{Children Act 1989}} consent form with her in {{Polish}}, gave her a translated copy and made sure she
        understood she could end the arrangement at any time. A review was diarised for three weeks. When
        she was discharged early [[name:Szymon]] went home the same afternoon with no dispute. A model of
        how s.20 should be done. {{Senior Practitioner}}, [[organisation:Locality West]].
    """)),
    ("social_care", "incident", prose("""
        I left my work notebook on the number 42 bus on [[date:Wed 19th Feb]] after a home visit on
        [[address:Cranmore Rise]]. It had handwritten notes from three visits including children's first
        names, a {{mum}}'s new mobile ([[phone:07700 900418]]) and a key safe code. Reported to the bus
        company's lost property and to {{Information Governance}} within the hour (ref
        [[case_reference:IG-2025-0147]]). It has not been handed in. My {{practice supervisor}}
        [[name:Hope Addo-Mensah]] and I told the three families the next day and the key safe code was
        changed. Honest reason: I don't use the {{Mosaic}} mobile app on visits because the signal on that
        estate is so poor, so I write notes and type up later. Team is now piloting offline forms on the
        {{tablets}}.
    """)),
    ("social_care", "near_miss", block("""
        EDT LOG  [[date:Sun 23/03/25]]
        01:05  PC [[name:Tariq Bhatti]] - {{police protection}} taken for twins [[name:Harley]] and
               [[name:Harlow]] [[name:Dunn]] ([[age:3]]) at [[address:88 Coppice Way]], [[postcode:LS14 6RN]].
        01:40  Emergency placement agreed with foster carer [[name:Nkechi]] ([[phone:07700 900562]]).
        02:30  [[name:Nkechi]] rang - bag from scene has {{Epilim}} liquid labelled for [[name:Harley]]
               but police handover sheet says it's [[name:Harlow]] who has {{epilepsy}}. She has not
               given a dose.
        02:45  Rang [[organisation:St Cuthbert's]] children's ward - confirmed it is [[name:Harlow]]'s
               medication, label was wrong at the pharmacy. Dose given 02:50.
        Comment: near miss. Carer did exactly the right thing by stopping to check. Feedback to police
        re handover sheet and to {{community pharmacy}} via {{GP}}.
        [[name:G. Lindqvist]], {{EDT Senior Practitioner}}
    """)),
    ("social_care", "success", prose("""
        {{Family Group Conference}} for the [[name:Mahmood]] family on [[date:Sat 1 March]] at
        [[organisation:Hollinbeck Community Hub]]. Coordinator [[name:Faith Nwachukwu]] spent three weeks
        tracking down relatives, including {{nani}} in Lahore who joined on {{WhatsApp}} video
        ([[phone:+92 321 555 0199]]) with an uncle translating. Family came up with their own plan:
        [[name:Zain]] ([[age:11]]) and [[name:Maryam]] ([[age:8]]) stay with their aunt
        [[name:Rubina]] on school nights, {{dad}} has them at weekends with his sister present. Plan agreed
        by the {{team manager}} and avoided issuing care proceedings. [[name:Faith]] also did a short
        version of the plan in pictures for [[name:Maryam]]. {{PLO}} letter not needed. Good outcome.
    """)),
    ("social_care", "incident", prose("""
        [[name:Deshawn]] ([[age:15]]) went missing [[date:8/3]] to [[date:10/3]]. His {{return home
        interview}} wasn't done within 72 hours - the {{RHI}} worker was on leave and the referral sat in a
        shared inbox. When he came back he was dropped at the end of his road by a black {{Audi}}, partial reg
        [[vehicle_registration:BF21 XKO]] seen by his grandad. The {{partnership intelligence form}} to
        police wasn't submitted for nine days. By then he had gone missing again and was found in another
        force area with cash and two phones. {{NRM}} referral now made and he is being discussed at the
        [[organisation:Safer Streets Hub]] meeting. Learning: {{county lines}} indicators were there after
        the first episode. Missing episodes need an owner when a worker is off, not a shared inbox.
    """)),
    ("social_care", "near_miss", block("""
        Subject: RE: {{LAC review}} pack - [[case_reference:CLA-30417]]

        Hi [[name:Will]],

        Before the review pack goes out to {{birth parents}} I did the usual redaction check and the
        {{care plan}} on page 4 has the foster carers' home address ([[address:Holly Bank, Moor Lane]])
        and [[name:Sandra]]'s mobile [[phone:07700 900731]] in the contingency section. I've redacted both
        and saved a new PDF, but can you check the rest? It looks like it was copied from the
        {{placement plan}} template.

        Thanks
        [[name:Gurpreet]]
        Business Support, [[organisation:Children Looked After Team]]
        --
        Reporter note: the {{IRO}} had already approved the pack. If [[name:Gurpreet]] hadn't checked, a
        parent with a history of turning up at placements would have had the carers' address.
    """)),
    ("social_care", "success", prose("""
        Shout out to [[name:Joy]] on {{reception}} at [[organisation:Tanfield House]]. A lad of [[age:16]]
        walked in at 4.45 saying he'd been kicked out and had nowhere to sleep. [[name:Joy]] got him a
        drink, kept him talking and got the {{duty social worker}} down before he could walk out. He was
        assessed under the {{Southwark judgment}} as a {{child in need}} and placed in
        {{supported accommodation}} that night.
    """)),
    ("social_care", "incident", prose("""
        Final evidence statement in the care proceedings for [[name:Poppy]] and [[name:Alfie Greenhalgh]]
        (case no. [[case_reference:LS24C50671]]) was filed two days after the [[date:28 February]] deadline
        set at the {{IRH}}. HHJ [[name:Ransome]] was not impressed and the {{children's guardian}} from
        {{Cafcass}} had to ask for more time to respond, which pushed the final hearing past 26 weeks. Cause:
        the author was on annual leave the week before, the {{team manager}} assumed the {{senior
        practitioner}} was covering and [[organisation:City Legal Services]] only chased on the due date.
        No cover plan on the {{Public Law Outline}} tracker. We now name a deputy for every court
        deadline at the {{legal gateway meeting}}.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Wrong blood in tube. Two patients in {{Majors}} bays 7 and 8, [[name:Margaret Ellis]] ([[age:79]])
        and [[name:Margaret Ellison]] ([[age:82]]). {{Group and save}} labels were printed together and
        stuck on the wrong bottles at the bedside by a {{HCA}} who was covering both bays. The lab rejected
        the sample for Mrs [[name:Ellis]] because the group did not match her historical group on NHS
        number [[nhs_number:583 752 9969]]. If she had no history we would have crossmatched on the wrong
        sample. Both patients re-bled. No harm. Contributing: printing labels away from the patient, one
        {{label printer}} for the whole of {{Majors}}, corridor care that evening. Datix
        [[case_reference:W-118302]]. Reported by {{ED}} {{nurse in charge}}, [[organisation:St Cuthbert's]].
    """)),
    ("health", "near_miss", prose("""
        Pharmacist clinical check on [[organisation:Aire Ward]]. During the {{EPMA}} downtime on
        [[date:Thurs 6 Feb]] Mr [[name:Obi]]'s {{NovoRapid}} was written on a {{paper chart}} as '4u' with
        meals. When it was transcribed back into the system by an {{agency nurse}} it went in as 40 units.
        [[name:Priya]] ({{pharmacist}}) spotted it at 16:30 before the evening dose and rang the {{FY2}} to
        amend. He would have had ten times his dose. The 'u' looked like a 0. We should never be
        abbreviating units - this is on the {{never events}} list for a reason. Also downtime charts need
        reconciling by two people, not one.
    """)),
    ("health", "success", prose("""
        Really proud of {{HCA}} [[name:Grace Mwangi]] on [[organisation:Calder Ward]] last night. Mrs
        [[name:Thornton]] in bed 12 only scored {{NEWS2}} of 3 at 02:00 but [[name:Grace]] said she 'just
        wasn't herself' and was picking at the sheets. She escalated to the {{nurse in charge}} who called
        {{critical care outreach}}. Lactate 4.1, {{Sepsis Six}} started within the hour and {{IV
        antibiotics}} in by 03:10. Urinary source. Much better by the morning {{ward round}} and home on
        [[date:2nd April]]. Good example of trusting soft signs and not just the score. [[name:Rosa]],
        {{Ward Sister}}
    """)),
    ("health", "incident", block("""
        Datix ID: [[case_reference:DW-2025-04471]]
        Incident date: [[date:17/01/2025]] approx 03:20
        Location: [[organisation:Wharfe Ward]] ({{Care of the Elderly}}), bay 3
        Patient: [[name:HOLROYD, Dennis]]    Age: [[age:87]]
        Hospital no: [[case_reference:K4471092]]    NHS no: [[nhs_number:376 970 2174]]

        Description: Found on floor beside bed by {{HCA}}. Unwitnessed. On {{apixaban}}. {{Falls bundle}}
        in place but {{bed sensor}} alarm not switched back on after he returned from the toilet
        at 02:00. Obs done as per {{post-falls protocol}} but CT head not requested until day team at
        08:30. {{NICE}} says within 8 hrs if anticoagulated - done within window but only just. CT clear.

        Harm: Low (skin tear L forearm)
        Reporter: [[name:Daniel Osei-Bonsu]], {{Staff Nurse}}
    """)),
    ("health", "success", block("""
        From: [[name:Abimbola Fashola]] <[[email:abimbola.fashola@stcuthberts.example.nhs.uk]]>
        To: [[name:Kerry-Ann]] ({{Ward Manager}}, [[organisation:Nidd Ward]])
        Subject: thank you!

        Hi [[name:Kerry-Ann]],

        Just a quick one to say the {{medicines reconciliation}} your nurses have been doing on admission
        since the {{EPMA}} training has been brilliant. [[name:Bola]] (me) and [[name:Wiktor]] audited 30
        admissions last week and 28 had allergies, weight and {{own drugs}} recorded within 24 hrs - it was
        11 out of 30 in January. Special mention to [[name:Jas]] who found a patient's {{warfarin}} yellow
        book in their coat pocket and got the {{INR}} clinic on the phone.

        I've put this on the learning system too so it goes to {{Medicines Safety Group}}.

        [[name:Bola]]
        {{Lead Pharmacist}}, Medicine
    """)),
    ("health", "incident", prose("""
        Mr [[name:Nowicki]] ([[age:91]]) was discharged from [[organisation:Nidd Ward]] on [[date:12/02]]
        via {{patient transport}}. The booking used the address on {{PAS}}, his old flat at
        [[address:19 Kestrel Walk]], [[postcode:LS7 2PD]], not his daughter's house where he has lived since his last admission.
        Crew arrived, nobody there, key safe code didn't work. They brought him back to the {{discharge
        lounge}} at 19:40 and he had to be readmitted overnight, very tired and confused. His daughter
        [[name:Ewa]] had told us the new address at the {{board round}} and it was in the nursing notes, but
        nobody updated {{PAS}} and the transport form auto-fills from it. NHS no
        [[nhs_number:442 259 0022]].
    """)),
    ("health", "near_miss", prose("""
        Pt [[name:Delroy Campbell]] came up from {{ED}} to {{AMU}} with {{community-acquired pneumonia}}. ED
        chart had {{co-amoxiclav}} prescribed and the allergy box said NKDA. When I did the admission
        checklist he told me he 'came out in blisters' with penicillin years ago. {{Summary Care Record}}
        confirmed a penicillin allergy. The dose had been drawn up but not given. Switched to
        {{clarithromycin}} by the {{FY1}}, Dr [[name:Hanif]]. Learning: ED clerking was done when he was
        very breathless and nobody asked again once he could talk. [[name:SK]], {{RN}}
    """)),
    ("health", "incident", prose("""
        Verbal abuse then assault on {{triage nurse}} [[name:Bronwen]] in the {{ED}} waiting room around
        23:30 on [[date:Sat 5 April]]. Male patient waiting 6 hrs, intoxicated, threw a chair which hit her
        arm. {{Security}} officer [[name:Marek]] was there in about 90 seconds and police attended, crime
        ref [[case_reference:13/45521/25]]. [[name:Bronwen]] was checked over in {{Minors}} and went home;
        she's back on shift next week. Main issue: the {{panic alarm}} at the triage desk didn't sound in the
        security office - [[name:Marek]] only came because he heard shouting. Estates have since found the
        alarm was never reconnected after the refurb. Also only one nurse at triage after 22:00.
    """)),
    ("health", "success", prose("""
        Great {{SBAR}} handover from the ED registrar, Dr [[name:Faisal Al-Amin]], to us in {{ITU}} for
        [[name:Summer Kavanagh]] ([[age:19]]) with severe {{DKA}}. He'd already started the {{FRIII}},
        had a clear fluid plan, flagged that her potassium was 3.2 and falling and that she has a {{type 1}}
        diabetes {{insulin pump}} which had been removed and bagged with her. We got her up in 40 minutes
        and nothing was missed. [[name:Summer]]'s {{mum}} said later it was the first time she'd understood
        what was happening. Worth sharing as what a good referral sounds like. -- [[name:Tunde]],
        {{ICU}} {{Outreach Sister}}
    """)),
    ("health", "incident", block("""
        CD discrepancy - [[organisation:Swale Ward]] - [[date:Thu 27th Feb]]

        At the 22:00 {{CD}} check [[name:Chioma]] and I found {{Oxycodone}} 5mg capsules one short
        (register 23, count 22). Last entry 18:10 by [[name:L. Fairbairn]], witnessed by [[name:J. Szabo]].
        Rang both at home. [[name:L. Fairbairn]] remembered a capsule being dropped and binned in the
        {{sharps bin}} but it wasn't recorded as wasted and nobody witnessed that bit. Informed the
        {{Site Manager}} and {{on-call pharmacist}}. Register annotated, discrepancy reported to the
        {{Controlled Drugs Accountable Officer}}.

        Not about blame - it's a busy evening shift and the dropped dose procedure isn't on the CD
        cupboard door any more. Have asked pharmacy for a new laminate.

        [[name:Ines]] (nurse in charge)
    """)),
    ("health", "near_miss", prose("""
        Took Mrs [[name:Adebayo]] from {{Resus}} to CT on 15L via {{non-rebreathe mask}}. In the lift I
        noticed the {{oxygen cylinder}} gauge was in the red, maybe 10 mins left at that flow. Nobody had
        checked it before we left, including me. Porter [[name:Gaz]] ran back for a full one and we changed
        over outside CT. Sats dropped to 89% briefly. If the lift had stuck or the scan was delayed it could
        have run out completely. We now have a 'cylinder full?' tick box on the {{transfer checklist}}. Also
        the spare cylinders by {{Resus}} were all part-used - whoever uses one needs to swap it.
    """)),
    ("health", "success", prose("""
        Paediatric ED. [[name:Ollie]], aged [[age:7 months]], brought in by {{dad}} with a 'fall off the
        sofa' and a swollen wrist. Triage nurse [[name:Hunter]] noticed a small bruise behind his ear and
        that the story changed between {{dad}} and {{mum}}. She flagged to the {{paediatric registrar}}
        who did a full {{top-to-toe}} examination and found a torn {{frenulum}}. Referral made to
        {{children's social care}} within the hour, {{skeletal survey}} arranged and the {{named nurse for
        safeguarding}} informed. GP is [[organisation:Hollin Park Medical Practice]], who told us the
        family had missed the last two {{health visitor}} appointments. DOB [[date_of_birth:02/09/2024]],
        NHS no [[nhs_number:436 004 3619]]. Excellent curiosity from a nurse in her first year.
    """)),
    ("health", "incident", block("""
        Timeline - {{EPR}} outage [[date:09/03/25]] - ED
        14:02  {{EPR}} and {{ICE}} down. Downtime packs out, but the ones in Majors were 2023 versions
        14:20  Lab phoning all critical results to ED main desk
        15:05  K+ 6.8 for cubicle 4 phoned through. Written on whiteboard as cubicle 14
        15:40  Cubicle 14 patient (Mr [[name:Q]]) had an ECG done for no reason
        16:10  Error found when the {{ED consultant}}, Dr [[name:Ng]], chased the result. Patient in
               cubicle 4, [[name:Jamal Herrera]] ([[nhs_number:291 200 5426]]), treated with {{calcium gluconate}}
               and {{insulin-dextrose}} at 16:25
        17:30  Systems back
        Delay to treatment about 80 mins. No lasting harm. Datix [[case_reference:W-119077]].
        Critical results in downtime should be read back with NHS number, not cubicle.
    """)),
    ("health", "success", prose("""
        {{Student nurse}} [[name:Mohammed]] ([[name:Mo]]) on [[organisation:Ribble Ward]] asked why bed 6 was
        still due {{enoxaparin}} when her {{platelets}} were 38. Nobody else had clocked it. Held and discussed
        with {{haematology}}. [[name:Mo]], you're going to be a brilliant {{nurse}}.
    """)),
    ("health", "incident", prose("""
        Delayed thrombolysis. {{FAST}} positive pt, Mr [[name:Haddad]] ([[age:64]]), arrived by ambulance at
        16:12 with a {{pre-alert}}. Door to needle was 92 mins against our 60 min target. Reasons: the stroke
        registrar was in {{Resus}} with another patient, CT scanner 1 was down for a service that nobody had
        told ED about, and the {{NIHSS}} was repeated because the first one wasn't documented. {{Stroke
        nurse}} [[name:Eilidh]] had him on the scanner table within 3 mins once a slot was free.
        {{Tenecteplase}} at 17:44. He made a partial recovery and is on {{HASU}}. Can radiology tell ED
        and the stroke team before planned scanner downtime please.
    """)),
    ("health", "near_miss", prose("""
        Two patients called Khan on the {{emergency theatre}} list on [[date:Monday 14 April]]: [[name:Arif
        Khan]] ([[age:45]]), hosp no [[case_reference:RX4410275]], for {{lap chole}}, and [[name:Asif
        Khan]] ([[age:47]]), hosp no [[case_reference:RX4410727]], for {{appendicectomy}}. The porter was
        sent to collect 'Mr Khan from bay 2' and brought the wrong one to the {{anaesthetic room}}. At the
        {{WHO checklist}} sign-in the {{ODP}} [[name:Carys]] checked the wristband against the consent form
        and spotted it. Patient returned to the ward, correct patient brought down, 25 min delay. Learning:
        similar-name alert on the list, and porters should be given the hospital number not just the
        surname.
    """)),
    ("health", "success", block("""
        Med rec note - [[organisation:AMU]] - shared as good catch

        {{Pharmacy technician}} [[name:Ffion]] doing the {{medicines reconciliation}} for a lady of [[age:73]]
        admitted with mouth ulcers. Drug chart had {{methotrexate}} 10mg once DAILY. Rang the GP surgery,
        [[organisation:Parkside Medical Centre]] ([[phone:0113 496 0734]]), who confirmed it is 10mg once
        WEEKLY on Fridays. The patient's own {{blister pack}} from the {{community pharmacy}} had been made up
        daily for the last 9 days - probably the cause of the ulcers. {{Methotrexate}} stopped, {{folinic acid}}
        started, bloods sent. {{Yellow card}} and community pharmacy incident raised.
        Great work [[name:Ffion]] - taking the time to ring made the difference.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        Aircraft: [[aircraft_registration:G-PNAF]] ({{A320}})
        Date: [[date:21/01/25]]
        Reported by: [[name:Kwame Boateng]], {{B1 LAE}}, night shift hangar 2

        During the shift we did a {{borescope inspection}} on #2 engine. Fan cowls were closed at 05:30
        at shift change. The {{independent inspection}} was signed by the incoming shift but the latches
        on the lower fan cowl were not fully engaged. The FO found it on the walkround before
        [[flight_number:PE 2417]] at 06:40 and the aircraft went back to us. {{Tech log}} page
        [[case_reference:TLP 0048812]].

        Honest view: the handover was rushed, the cowls looked closed from standing height and nobody
        knelt down to check the latches. The {{hold-open rods}} had been stowed so it looked done.
        {{Part-145}} procedure says lower latches to be physically checked - it wasn't.
    """)),
    ("aviation", "near_miss", prose("""
        {{Pushback}} of [[flight_number:PE 331]] from stand 14. {{Headset}} operator [[name:Lee]] gave 'clear to
        push' before the {{wing walker}} had confirmed the left side was clear. The catering
        {{hi-loader}} had only just pulled away and was still within a few metres of the left wingtip.
        {{Tug driver}} [[name:Stevie McBride]] saw it in his mirror and stopped. No contact. We were two people
        short on the {{ramp}} that morning at [[organisation:Skyport Handling]] and [[name:Lee]] was doing two
        jobs. Reminder to all: no push without the wing walker's thumbs up, however late we are running.
    """)),
    ("aviation", "success", prose("""
        I was PF on [[flight_number:PE 1188]] into a gusty crosswind, Capt [[name:Ingrid Solberg]] PM. At
        500ft we were 15kt fast and slightly high. She called 'unstable, go around' straight away, no
        debate, and I flew the {{go-around}} - {{TOGA}}, positive climb, gear up. {{ATC}} gave us
        vectors and the second approach was stable and uneventful. Writing this up because a year ago I
        think I would have tried to save it, and because the brief she gave before top of descent
        ('if we're not stable at 500 we go, whoever is flying') made it easy. That's what the
        {{stabilised approach}} {{SOP}} is for. Good {{CRM}}.
    """)),
    ("aviation", "incident", block("""
        CABIN SAFETY REPORT
        Flight [[flight_number:PE 648]]   A/C [[aircraft_registration:G-PNLK]]   [[date:03 Aug 2024]]
        {{Cabin Manager}}: [[name:Shazia Rehman]] ([[name:Shaz]])

        Approx 1h into flight, male pax seat 17C, Mr [[name:Terence Gallagher]], aged [[age:58]],
        collapsed in the aisle. {{Doctor on board}} call - Dr [[name:Nadia Rahman]] (GP) responded.
        Pax conscious, pale, chest pain. {{Captain}} informed, ground medical advice via {{MedLink}}.
        When we went to give {{oxygen}}, the first {{portable oxygen bottle}} had no mask fitted. Second
        bottle was fine. Delay about 2 min. Diverted, pax off by paramedics.
        The pre-flight check was signed as complete on that bottle. Suggest masks are sealed to the
        bottle so a missing one is obvious. - [[name:Shaz]]
    """)),
    ("aviation", "near_miss", prose("""
        Final {{loadsheet}} for [[flight_number:PE 905]] came through on {{ACARS}} with 174 pax. The gate
        had told us 147 boarded. Looks like a transposition when the figures were entered in the {{DCS}}.
        The Capt noticed the {{TOW}} was much heavier than the {{flight plan}} estimate and asked me to
        query it. {{Load control}} at [[organisation:Skyport Handling]] reissued it within 10 mins. On its
        own 27 pax of extra weight is conservative, but the same slip the other way could give wrong
        {{performance}} numbers. Dispatcher [[name:Aoife]] has asked for a gross error check on pax
        figures. FO report.
    """)),
    ("aviation", "success", prose("""
        Night shift, routine {{A-check}} on [[aircraft_registration:G-PNRW]]. {{Mechanic}} [[name:Frank
        Ibe]] was replacing a galley panel that wasn't on the {{task card}} and noticed a {{wiring loom}} behind it
        rubbing on a bracket. Insulation worn through to the conductor on two wires. These feed the aft
        {{galley}} {{ovens}}. It's not an area anyone normally looks at. He raised it, the wires were
        repaired and clamped, and the {{fleet check}} found the same chafe starting on two more aircraft. A
        proper save, [[name:Frank]] - thank you. {{Technical Services}} have raised it with the manufacturer.
    """)),
    ("aviation", "incident", block("""
        AIR SAFETY REPORT - BIRDSTRIKE
        Flight: [[flight_number:PE 1432]]   Reg: [[aircraft_registration:G-PNCH]]   Date: [[date:12 Sep 2024]]
        Crew: Capt [[name:R. Dhillon]] / FO [[name:M. Kruger]]
        Phase: take-off roll, approx 125kt, after V1

        {{ATIS}} mentioned bird activity. Large flock of gulls rose from the grass ahead as we passed V1.
        Multiple strikes. Continued take-off, #1 engine {{vibration}} advisory. {{PAN}} declared, returned
        after completing the {{QRH}}. {{Overweight landing}}, no further issues.
        Engineering found 3 damaged {{fan blades}} on #1. Engine change, aircraft out of service 4 days.
        Comment: gulls had been on the grass most of the morning. {{Bird control}} had been called to the
        other end of the field. Suggest {{ATC}} hold departures when the flock is on the active side.
    """)),
    ("aviation", "success", prose("""
        At gate 9 for [[flight_number:PE 220]] we were {{gate-checking}} cabin bags because the flight was full.
        {{Gate agent}} [[name:Tolu]] asked every passenger whether their bag had {{power banks}} or {{vapes}} in
        it before tagging it for the hold, not just the first few. One passenger had three large power banks
        and an {{e-cigarette}} in a wheelie case that was already tagged. Removed and kept in the cabin as
        per {{Dangerous Goods}} rules. {{Lithium}} fires in the {{hold}} are the thing we worry about most.
        [[name:Tolu]] did it properly under real time pressure.
    """)),
    ("aviation", "near_miss", prose("""
        Callsign confusion. We were [[flight_number:PNE512]] and another company aircraft,
        [[flight_number:PNE521]], was on the same {{frequency}}. {{ATC}} cleared [[flight_number:PNE521]] to {{FL110}} and I read it back
        as ours. The {{controller}} caught it on the {{readback}} and corrected us before we'd started the climb.
        Both flights (that's [[flight_number:PE 512]] and [[flight_number:PE 521]]) depart within 10 minutes
        of each other on most days. Suggest {{ops}} change one of the callsigns. We've both flown with these for
        months and nobody had raised it.
    """)),
    ("aviation", "incident", prose("""
        Filing under fatigue. Rostered two lates ([[date:3 Feb]] and [[date:4 Feb]]) then moved to an early
        report at 05:15 on [[date:5 Feb]] by a late roster change. Legal under {{ORO.FTL}} but only just on
        rest, and I slept about four hours. On the third sector, [[flight_number:PE 733]], I missed a
        {{checklist}} item ({{APU bleed}} off after engine start) that the Capt picked up. I should have
        gone {{unfit}} earlier and I think I didn't because the {{crew room}} was empty and I didn't want
        to let the crew down. Not the first time this pattern has been used. {{Crewing}} please look at
        late-to-early swaps.
    """)),
    ("aviation", "success", block("""
        From: {{Ops Control}}
        To: [[name:Marisol Ortega]] <[[email:ops@levante-handling.example.es]]>
        Cc: {{Base Captain}} MAN; {{Customer Services}}
        Subject: thanks - diversion of [[flight_number:PE 1560]]

        Hola [[name:Marisol]],

        Thank you and the team at [[organisation:Servicios Aeroportuarios Levante]] for last night.
        [[flight_number:PE 1560]] ([[aircraft_registration:G-PNTD]]) diverted with a medical at short
        notice and your team had steps, an {{ambulance}} and a {{GPU}} on stand within 15 minutes, and
        found hotel rooms for 186 passengers when our crew went out of hours. Your direct number
        [[phone:+34 961 555 204]] was answered first time at 01:00.

        Logging this in our safety system as good practice.

        Regards
        [[name:Callum]]
        {{Duty Ops Controller}}, [[organisation:Pennine Air]]
    """)),
    ("aviation", "incident", prose("""
        Catering hi-loader [[vehicle_registration:KX68 PLO]] from [[organisation:AirChef Logistics]] made
        contact with door 2R of [[aircraft_registration:G-PNAF]] on stand 31 while positioning. The driver
        said the {{guide rail}} wasn't extended and he was looking at the {{bumper}} on the other side.
        No {{banksman}}. Door sill damage, aircraft {{AOG}}, [[flight_number:PE 870]] cancelled and 180
        passengers rebooked. Engineering did a {{structural repair}} overnight. Driver had completed his
        {{airside driving permit}} two weeks earlier. The catering company has since brought in a banksman
        rule for all door positioning.
    """)),
    ("aviation", "near_miss", block("""
        [[flight_number:PNE74K]] - {{runway incursion}} (prevented)

        After landing 23R we were cleared to taxi via A and to {{hold short}} of 23L. Misheard as 'cross'.
        {{FO}} called STOP as we approached the {{stop bar}}, which was lit red. We stopped about 15m
        before it. Aircraft on short final for 23L at the time.

        Contributing:
        - long day, 4th sector
        - frequency busy, clearance was clipped
        - {{Jeppesen}} chart for that {{taxiway}} has been changed since I last flew in

        The FO's lookout saved it. Reported to {{ATC}} on the ground via the company.
        Capt [[name:Ali Vance]]
    """)),
    ("aviation", "success", block("""
        From: Capt [[name:Hennessey]] <[[email:b.hennessey@pennineair.example.com]]>
        To: {{Safety Office}}
        Subject: good report - [[flight_number:PE 1021]]

        I'd like to recognise FO [[name:Mark Delacroix-Hart]]. On [[date:Tuesday 18th March]] on
        [[flight_number:PE 1021]] he noticed during the {{before start checklist}} that the fuel on board
        didn't match what the {{fuel docket}} said had been uplifted - about 900 kg short. The {{bowser}} had
        stopped early and the {{docket}} had been printed with the requested figure. Simple check, but easy
        to miss at 06:00. We took more fuel and left 12 minutes late.

        [[name:Brook]] [[name:Hennessey]]
        {{Base Captain}}
    """)),
    ("aviation", "incident", prose("""
        {{Disruptive passenger}} on [[flight_number:PE 1046]]. Male pax in row 22, aged [[age:27]], already
        drunk at boarding (gate should have spotted). Verbally abusive to crew when refused more alcohol,
        then kicked the seat in front and grabbed [[name:Dani]]'s arm. {{Cabin crew}} [[name:Kyle]] issued the
        {{written warning}}, {{Captain}} informed and requested police on arrival. PC [[name:Ramsbottom]]
        and a colleague met the aircraft and arrested him. Crime ref [[case_reference:MCR-25-008812]].
        [[name:Dani]] bruised but continued the duty. Learning: {{duty free}} bottles opened on board.
    """)),
    ("aviation", "success", prose("""
        Massive thanks to {{ramp agent}} [[name:Reggie]] who found a bolt on stand 22 during his {{FOD}}
        walk just before [[aircraft_registration:G-PNLK]] pushed back. Could easily have been {{ingested}}
        on start. {{Engineering}} traced it to a {{GPU}} cable clamp. Good eyes.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind115", REPORTS))


if __name__ == "__main__":
    main()
