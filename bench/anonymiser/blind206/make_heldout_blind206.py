"""Held-out blind evaluation corpus 206 for the anonymiser.

Fifty invented UK incident, near-miss and learning reports, written blind (only the shared
mark-up helper was consulted), in three settings:

* social_care - a local authority short-term foster care team and its placement endings
  (planned moves, disruptions, emergency placements, move-on to adopters and family);
* health - a cardiac catheter lab (STEMI call-outs, elective PCI, TAVI, recovery bay);
* aviation - an airline's safety department and its flight data monitoring (FDM) programme
  (gatekeeper contacts, ASRs, tech log entries, RT transcripts, review boards).

Styles are deliberately mixed: formal just-culture narratives, Teams/WhatsApp/Slack exports
with lower-case handles, rushed lower-case notes with typos, chronologies with times, e-mails
with headers and signatures, handover notes, pipe-separated tables with initials, minutes with
attendance and apologies, debriefs, shout-outs, forms with Name/DOB/Ref fields, RT transcripts
and tech log entries. Every name, nickname, initials and identifier is marked with
[[label:value]]; roles, agencies, clinical and aviation terms are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind206.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        At approx 21:40 on [[date:14 March 2024]] the {{emergency duty team}} were contacted by
        foster carer [[name:Hope Whitlow]] who said she could no longer care for [[name:Kayden]]
        ([[age:10]]) following an escalation at home. [[name:Kayden Mercer]] (DOB
        [[date_of_birth:02/09/2013]], {{LCS}} ref [[case_reference:SC-24-01187]]) had been placed at
        [[address:27 Ferncliffe Road, Bramley]] [[postcode:LS13 3PQ]] for eleven weeks as a
        {{short-term placement}}. The {{EDT social worker}} arranged a move to an {{emergency bed}}
        with [[organisation:Oakridge Fostering]] carers. [[name:Kayden]] arrived after midnight with
        his belongings in bin bags and without his {{inhaler}}. No {{placement ending meeting}} had
        been held and the {{supervising social worker}}, [[name:Tamsin Achterberg]], was on leave.
        Learning: the carers had raised strain at the last {{supervision visit}} but no
        {{stability meeting}} was convened. The {{IRO}} has been informed and a
        {{disruption meeting}} is booked.
    """)),
    ("social_care", "near_miss", block("""
        Teams - Fostering Duty chat, [[date:05/02/2024]]
        [[name:bex.o]] 09:12: morning, is the {{placement ending}} summary for [[name:Tobi]] and [[name:Femi Okonkwo]] going to {{birth mum}} today
        [[name:gaz]] 09:14: yeah [[name:raf]] drafted it, its in the {{shared folder}}
        [[name:bex.o]] 09:20: just read it - it has the carers full address in para 3!! [[address:Flat 2, 9 Moorcroft Lane]] [[postcode:BD9 4SW]] 😬
        [[name:raf]] 09:21: omg sorry copied from the {{CLA review}} {{template}}. taking it out now
        [[name:gaz]] 09:22: good catch. mum knows the area too, could've been a {{safeguarding}} issue
        [[name:bex.o]] 09:25: also remove their landline [[phone:01274 558203]]. will flag to {{team manager}} as {{near miss}}, no harm. template needs a {{redaction}} check before anything goes out
    """)),
    ("social_care", "success", prose("""
        Shout out to [[name:Grace]] and [[name:Will Adeyemi-Rowe]], our {{short-term foster carers}},
        for how they managed [[name:Lily-Mae]]'s move on to her {{long-term placement}} on
        [[date:Friday 19th April]]. They made a {{memory book}} with her, invited the new carers
        round for tea three times and [[name:Grace]] wrote a {{transition plan}} in pictures so
        [[name:Lily-Mae]] ([[age:6]]) could tick off the days. She took her {{comfort blanket}} and
        the goldfish! Her {{social worker}} [[name:Marta Kowalczyk]] said it was the calmest
        {{move}} she has seen in years. Thank you both, this is what good endings look like.
        - [[name:Sunny]] ({{SSW}})
    """)),
    ("social_care", "incident", prose("""
        school rang 1550 [[name:jaydn]] (spelt [[name:jayden]] on system?? check) not colected from
        [[organisation:St Barnabas CE Primary]]. placement w the [[name:Haque]] family ended today
        12:00 and new carers [[name:Bill]] & [[name:Faith Nuttall]] thought {{SW}} was collecting.
        {{sw}} thought carers were. nobody told school. [[name:jaydn]] sat in {{office}} w {{head}}
        til 1640 wen [[name:bill]] got there. he was upset kept asking if he was in trouble. no harm
        but not ok. {{placement plan}} didnt say who does pick up on {{day of move}}. need to add to
        {{ending checklist}}. school number on file wrong too - [[phone:0161 496 0732]] is the old
        one. [[name:ck]] {{duty}}
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Rachel Osei-Bonsu]] <[[email:rachel.osei-bonsu@kirkfield.gov.uk]]>
        To: Fostering Duty <[[email:fosteringduty@kirkfield.gov.uk]]>
        Date: [[date:Tue 11/06/2024]] 16:32
        Subject: near miss - placement ending, meds

        Hi all,

        Flagging a near miss from today's {{planned ending}} for [[name:Ellis]] ([[case_reference:CP/44810]]). Carer [[name:Joy Pemberton]] packed his {{melatonin}} and {{methylphenidate}} in his rucksack but the {{MAR sheet}} wasn't sent with him. The receiving carers only realised at {{bedtime}}. [[name:Joy]] still had the {{MAR}} at home and I collected it this evening - no doses missed.

        Could we add "meds + MAR handed over and signed" to the {{move-on checklist}}? Happy to take it to {{team meeting}}.

        Thanks
        [[name:Rachel]]

        [[name:Rachel Osei-Bonsu]] | {{Supervising Social Worker}} | [[organisation:Kirkfield Fostering Service]]
        m: [[phone:07700 900418]]
    """)),
    ("social_care", "success", block("""
        Placement Endings Learning Circle - minutes
        Date: [[date:23.01.24]]
        Present: [[name:Kev Barraclough]] (chair, {{Team Manager}}), [[name:Amara Nwosu]] ({{SSW}}), [[name:Dot Henshaw]] ({{foster carer rep}}), [[name:Ibrahim Qureshi]] ({{IRO}}), [[name:Leanne]] ({{minutes}})
        Apologies: [[name:Siobhán Ní Bhriain]], [[name:P. Lachowicz]]

        1. Good practice - [[name:Amara]] presented the ending for [[name:Ruby T]] ([[age:14]]) who moved from [[name:Dot]]'s to {{supported lodgings}}. [[name:Ruby]] wrote her own {{goodbye letter}} and the carers kept her room for a week so she could come back for Sunday tea. {{YP}} feedback: "felt like i actually had a say".
        2. Actions - [[name:Kev]] to add an {{ending interview}} to the {{Fostering Panel}} paperwork by [[date:29/02/24]].
        3. {{AOB}} - none.
    """)),
    ("social_care", "incident", block("""
        Chronology - unplanned ending, [[name:Mia Szabo]] ([[case_reference:LAC-7720-S]])
        [[date:08/10/2024]]
        07:45 carer [[name:Pat Greenhalgh]] rings {{duty}}: [[name:Mia]] ([[age:15]]) not returned overnight, {{missing from care}} report made to police, ref [[case_reference:MFH/24/33817]]
        09:30 [[name:Mia]] found at a friend's, [[address:14 Lowther Street]], [[postcode:CA1 2AB]]
        11:00 [[name:Pat]] says she won't have [[name:Mia]] back - "{{notice}} given"
        13:15 {{strategy discussion}} - {{MASH}}, [[organisation:Cumbria Constabulary]], {{school nurse}}
        15:40 new {{short-term carers}} identified, [[name:Tomasz]] & [[name:Ewa Nowak]]
        18:10 [[name:Mia]] moved. Most belongings still at [[name:Pat]]'s, collected [[date:10/10]]
        Learning: {{return home interview}} not offered; {{disruption meeting}} still outstanding.
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS FORM
        Name of reporter: [[name:Hassan Farouk]]
        Role: {{Finance Officer}} ({{fostering allowances}})
        Ref: [[case_reference:FIN-NM-0392]]
        Carer: [[name:Marguerite O'Hanlon]]    NI: [[ni_number:JM 48 27 19 B]]
        Carer DOB: [[date_of_birth:17/05/1971]]
        What happened: when the {{placement}} of [[name:Callum]] ended on [[date:31/07/2024]] the {{allowance}} was stopped correctly, but the {{retainer}} was set up against another {{carer}} with the same surname ([[name:Sean O'Hanlon]], NI [[ni_number:JM482791B]]). Spotted by [[name:Marguerite]] when her {{remittance advice}} arrived blank. Corrected before the {{BACS}} run.
        Action: match on {{carer ID}} not surname.
    """)),
    ("social_care", "success", block("""
        Handover - short-term team, [[date:Fri 6 Dec]]
        - [[name:Noah]] & [[name:Alfie Brennan-Cole]] ({{sibling group}}) - {{introductions}} to {{adopters}} going really well, day 5 of 10. Boys had tea at the adopters' house; {{foster carer}} [[name:Rose]] says [[name:Alfie]] slept through for the 1st time. {{Adoption SW}} [[name:Jonno]] visiting Mon.
        - [[name:Rose]] asked for {{respite}} after the {{move-on}}, [[name:Lizzie]] to pick up.
        - Good practice: [[name:Rose]] made a {{transition book}} with photos of the new house ([[address:Ashdene, Holly Bank Road]]) and the adopters' dog. Share at {{team meeting}}.
    """)),
    ("social_care", "incident", block("""
        Screenshot sent to {{duty}} by carer [[name:Lorraine]] from the [[organisation:Kirkby Foster Carers Support]] WhatsApp group:

        [[date:12/08/2024]], 19:02 - [[name:Shaz]] 🌸: last day with [[name:Deja]] before she goes home to mum tmrw 😢❤️ <image omitted>
        [[date:12/08/2024]], 19:04 - [[name:Michelle H]]: aw she's grown so much. is that [[organisation:Brookside Juniors]] uniform?
        [[date:12/08/2024]], 19:05 - [[name:Shaz]] 🌸: yes bless her
        [[date:12/08/2024]], 19:31 - [[name:Lorraine]]: [[name:Shaz]] hun pls take that down, no pics of {{looked after}} kids on here

        Outcome: photo removed 19:40. Child's face and school badge visible to 40+ members, one of whom is related to {{birth dad}}. {{Safeguarding}} {{risk assessment}} done, no further risk found. Carer [[name:Sharon Mbeki]] ("[[name:Shaz]]") given a {{refresher}} on the {{social media policy}}; group admin reminded of the {{group rules}}.
    """)),
    ("social_care", "near_miss", block("""
        Placement endings tracker - w/c [[date:03/06/24]]
        Child | Ref | Carer(s) | Ending | SSW | Status
        [[name:K.D.]] | [[case_reference:SC-23-09915]] | [[name:Gill]] & [[name:Terry Ashworth]] | {{planned}} - {{reunification}} | [[name:AF]] | letter checked
        [[name:M.S.]] | [[case_reference:SC-24-00231]] | [[name:Nasreen Akhtar]] | {{unplanned}} - {{28 days notice}} | [[name:JB]] | {{disruption mtg}} [[date:7/6]]
        [[name:T-J]] | [[case_reference:SC-24-00378]] | [[name:Bex]] & [[name:Dom]] | planned - {{long-term match}} | [[name:AF]] | awaiting {{panel}}

        Near miss: [[name:AF]] noticed the ending letter for [[name:K.D.]] had [[name:M.S.]]'s {{care plan}} attached. Not sent. The {{mail merge}} pulled the wrong row. Business support now check ref against child before merging.
    """)),
    ("social_care", "success", prose("""
        Debrief after the same-day placement on [[date:Sat 2nd Nov]]. {{EDT}} ([[name:Gaz]] and
        [[name:Precious]]) got a call from the {{children's ward}} at 00:30: baby [[name:Zainab]],
        aged [[age:3 months]], under police {{PPO}}. Carers [[name:Mags]] and [[name:Hugh Carruthers]]
        took her at 2am with 40 mins notice. What went well: {{formula}}, bottles and a
        {{car seat}} from the {{emergency cupboard}} at [[organisation:Millfield House]];
        [[name:Precious]] stayed with the carers till 4am; handover to {{day team}} at 9 by phone.
        [[name:Mags]] said it was "the best {{out of hours}} support we've had in 11 years".
        Learning: keep a sealed pack of {{newborn}} items in each {{duty car}} - [[name:Gaz]] to
        sort with [[name:Jonno]].
    """)),
    ("social_care", "incident", prose("""
        On [[date:Thursday 21 November 2024]] {{contact supervisor}} [[name:Derek Mwangi]] was
        transporting [[name:Amelia]] ([[age:9]]) and her belongings from her {{short-term carers}} to
        her {{connected persons}} placement with her {{nan}} at [[address:6 Pendle Close, Nelson]]
        [[postcode:BB9 8LR]]. At the junction with [[address:Barkerhouse Road]] a van reversed into
        the {{pool car}} ([[vehicle_registration:YK19 HWD]]). No injuries; [[name:Amelia]] was in her
        {{booster seat}}. [[name:Derek]] exchanged {{insurance}} details with the van driver (reg
        [[vehicle_registration:PN68 ZTX]]). [[name:Amelia]] arrived 40 minutes late and distressed;
        her {{life story book}} was in the boot and undamaged. Learning: the {{move-on}} should not
        have been combined with a routine car run; the {{placement endings guidance}} says the
        {{SSW}} or carer travels with the child. Logged on the {{H&S}} system, ref
        [[case_reference:HS-2024-1189]].
    """)),
    ("social_care", "near_miss", block("""
        #edt-fostering
        [[name:jen]] 22:14 anyone know if [[name:kofi]]'s carers have the {{delegated authority}} form? he wants to go to a {{sleepover}} tmrw before he moves
        [[name:ayo]] 22:17 not on file. his {{placement ends}} weds so its the new {{carers}} from thurs
        [[name:jen]] 22:18 ok. nearly told carer yes on the phone ngl
        [[name:ayo]] 22:19 best not - {{birth dad}} has a {{non-molestation order}} and the sleepover address is [[address:31 Grange Ave]], thats his {{sister}}'s
        [[name:jen]] 22:20 omg. ok saying no, will log for {{day team}}. glad i checked
        [[name:ayo]] 22:21 👍 put it in {{case notes}} [[case_reference:LCS 339208]] pls
    """)),
    ("social_care", "success", prose("""
        Learning from a well-managed ending. [[name:Tyler-Rae Huxley]] ([[age:12]]) lived with
        {{short-term foster carers}} [[name:Mark]] and [[name:Anita Fairbrother]] for 14 months, far
        longer than planned. When she moved to her {{forever family}} the carers agreed to
        {{post-move contact}} - a phone call after two weeks and a visit at half term.
        [[name:Mark]] recorded a video of himself reading her favourite book. Her {{CAMHS}} worker,
        Dr [[name:Lucy Braithwaite]], said the planned goodbye reduced her {{anxiety}} a lot.
        [[name:Tyler-Rae]] told her {{IRO}}, [[name:Winston Clarke]], "I didn't get sent away this
        time". It is the first ending in her {{care history}} that was not a {{disruption}}.
        Recommend the {{goodbye ritual}} guidance is shared across the {{short-term team}}.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Connor Fitzgerald]]
        Sent: [[date:02 April 2024]] 10:47
        To: [[email:d.k.larsen@btinternet.com]]
        Subject: RE: [[name:Layla]] - ending summary

        The e-mail above, containing the {{ending summary}} for [[name:Layla Ahmadi]] (DOB [[date_of_birth:11.11.2016]], NHS [[nhs_number:4828323465]]), went to her {{former carers}} [[name:Dagny]] and [[name:Kristian Larsen]] instead of her {{current carers}} [[name:Kris]] and [[name:Danni Larkin]] because of {{autofill}}. It included {{birth parent}} details and her {{health assessment}}. [[name:Connor]] ({{SSW}}) realised at 11:05 and phoned [[name:Kristian]] on [[phone:+44 7700 900761]], who confirmed deletion in writing. Reported to {{Information Governance}} ([[case_reference:IG-24-0551]]); {{ICO}} threshold assessed as not met.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss - two children called [[name:Aaliyah]] in {{short-term placements}} this month.
        [[name:Aaliyah Begum]] ([[age:4]]) was due to move home on [[date:9th May]] and
        [[name:Aliya Bhatti]] ([[age:7]], often spelt [[name:Aaliyah]] on referrals) is staying
        put. The {{transport request}} for the {{move}} was raised under the wrong child's record
        ([[case_reference:SC-24-02207]] instead of [[case_reference:SC-24-02270]]) and would have sent
        the {{escort}} to the wrong carers. [[name:Jas]] in {{business support}} queried why the
        pick-up was [[postcode:OL8 1RF]] when the {{care plan}} said [[postcode:OL4 2JN]]. Caught two
        days before. Learning: use {{two identifiers}} (name + DOB) on all transport requests, the
        way {{health}} colleagues do.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        Patient [[name:John Edward Morris]] ([[age:71]], hospital no. [[case_reference:RTH4410297]])
        was brought to {{Lab 2}} for an {{elective PCI}}. The {{porter}} had collected him from
        {{Ward 16}} in place of [[name:John Morrison]] (NHS [[nhs_number:476 184 1559]]), who was
        listed for a {{diagnostic angiogram}}. The {{WHO sign in}} was completed by {{radiographer}}
        [[name:Keeley]], who checked name and DOB against the {{wristband}}; the wristband was right
        but the {{consent form}} on the trolley belonged to Mr [[name:Morrison]]. At {{time out}}
        Dr [[name:Vasquez-Ortega]] asked the patient what he was expecting and he said "just a
        look". The error was identified before {{arterial access}}. No harm. Datix
        [[case_reference:W231877]]. Learning: two patients with similar names on one list and the
        {{name alert}} sticker was not used on the ward.
    """)),
    ("health", "near_miss", block("""
        Teams - {{Cath Lab Recovery}}
        [[name:Shona MacLeod]] 14:02: has anyone deflated bed 4's {{TR band}}?? it's flat and he's only 40 min post
        [[name:Lewis]] 14:03: not me
        [[name:Priya R]] 14:04: oh no I think that was me - I thought he was bed 3 who came back at 12:30. I had the wrong {{obs chart}}
        [[name:Shona MacLeod]] 14:05: no {{bleed}}, {{radial pulse}} ok, re-inflated with 10ml and told the {{reg}}. bed 4 is Mr [[name:Kwabena Asante]], bed 3 Mr [[name:Asante-Boateng]] 🙃
        [[name:Lewis]] 14:07: both {{right radial}} too. the charts were swapped on the {{bay desk}}
        [[name:Shona MacLeod]] 14:10: Datix'd as near miss [[case_reference:W232140]], no harm. can we put {{bed number}} AND name on charts pls. @[[name:Priya R]] don't stress x
    """)),
    ("health", "success", prose("""
        Massive shout out to the on-call team on the night of [[date:3/4 March]]. {{STEMI}} call
        from [[organisation:Yorkshire Ambulance Service]] at 01:12 and door-to-balloon was 27
        minutes. [[name:Femi]] ({{cath lab nurse}}), [[name:Gemma-Louise]] ({{radiographer}}),
        Dr [[name:Raj Bhattacharya]] (the {{interventionalist}}) and [[name:Kwame]]
        ({{cardiac physiologist}}) were all in the lab within 22 mins of the {{page}}. The
        patient, [[age:48]], had a {{VF arrest}} on the table, shocked once, then {{primary PCI}} to
        the {{LAD}}. He went home on day 4 and sent the lab a card. Proud of every one of you.
        [[name:Bernie]] x ({{Lab Manager}})
    """)),
    ("health", "incident", block("""
        Chronology - {{contrast reaction}}, {{Lab 1}}, [[date:17/09/2024]]
        Pt: [[name:Margaret Adebayo-Smith]], [[age:66]]F, NHS No [[nhs_number:513-873-1076]]
        10:12 {{sign in}} - allergies "none known" ({{clerking}} by FY1 [[name:T. Okoro]])
        10:31 {{radial access}}, 6F sheath
        10:40 first contrast injection ({{Omnipaque}})
        10:43 pt c/o itching, {{urticaria}} chest & arms
        10:45 BP 78/40. {{anaphylaxis}} called. {{IM adrenaline}} 0.5mg given by Sister [[name:Joanne Pryce]]
        10:52 {{chlorphenamine}} + {{hydrocortisone}} IV. BP 112/68
        11:20 procedure abandoned, to {{CCU}}
        Later: daughter said she reacted to "the dye" at [[organisation:Airedale General]] in 2019 - recorded by her GP, [[organisation:Crossflatts Medical Practice]], but not on our system.
        Learning: ask specifically about previous contrast. Datix [[case_reference:W229904]].
    """)),
    ("health", "near_miss", prose("""
        nearly gave 2nd {{heparin}} {{bolus}} to pt in {{lab 3}}, {{ACT}} not checked.
        [[name:dev]] drew it up bcos Dr [[name:Lim]] asked for a "{{top up}}" but it was 30 mins
        since first dose n ACT was 310. [[name:Alys]] spotted it on the {{Mac-Lab}} screen b4 it
        went in. no harm. we need ACT b4 any extra dose writen on the {{board}} + {{verbal}} check.
        pt [[name:N. Haddad]] DOB [[date_of_birth:03/02/58]] - [[name:dev]]'s doing the datix
        tmrw as on {{nights}} rn. [[name:A.W.]]
    """)),
    ("health", "success", block("""
        From: Patient Experience <[[email:patientexperience@nch-tr.nhs.uk]]>
        To: [[email:cathlab.manager@nch-tr.nhs.uk]]
        Date: [[date:28 May 2024]]
        Subject: FW: thank you (compliment [[case_reference:PX-24-1673]])

        Forwarding this lovely one for the team 😊

        > To the {{cath lab}} at [[organisation:Northgate City Hospital]], my {{dad}} [[name:Stanley Poole]] had his {{TAVI}} on [[date:20th May]]. He was terrified. A {{nurse}} called [[name:Blessing]] held his hand through the whole {{local anaesthetic}} bit and the man with the Scottish accent (I think [[name:Euan]]?) explained every beep on the {{monitor}}. Dad is [[age:89]] and was home in 2 days walking to the {{shop}}. Thank you. [[name:Carol Poole]]

        [[name:Hannah Lee]]
        {{Patient Experience Officer}}
        [[phone:0115 496 0218]]
    """)),
    ("health", "incident", prose("""
        Mrs [[name:Deborah Firth]], [[age:58]], MRN [[case_reference:K2284710]], returned to
        {{Ward 31}} at 16:20 after a {{diagnostic angiogram}} via the {{right radial}} on
        [[date:Wed 9th Oct]]. Handover from {{recovery}} stated {{TR band}} in situ. At 17:05
        {{staff nurse}} [[name:Olu Bamidele]] noticed the {{6F sheath}} was still in place under
        the band. It was removed by the {{cardiology reg}}, Dr [[name:Sana Mirza]]. No bleeding and
        {{Barbeau test}} normal. The lab's end-of-case checklist had been ticked by
        [[name:Ciaran]], who was covering two labs at the time. Contributing factors:
        {{list overrun}}, no second check. Actions: sheath removal added to {{sign out}};
        [[name:Ciaran]] supported, not blamed.
    """)),
    ("health", "near_miss", block("""
        Near miss report - {{Cardiac Catheter Lab}}
        Name: [[name:Zofia Wiśniewska]]
        DOB: [[date_of_birth:21.06.1949]]
        NHS no: [[nhs_number:5632989550]]
        Hosp no: [[case_reference:N0483316]]
        Reported by: [[name:Sam Oduya]], {{Band 6}} nurse
        Date: [[date:04/11/24]]
        Details: At {{time out}} I asked about allergies again; pt said "penicillin and the pink stuff" - {{chlorhexidine}}. The {{skin prep}} tray was already open with {{ChloraPrep}}. Changed to {{povidone-iodine}}. Allergy was in the {{GP summary}} from [[organisation:Elmwood Surgery]] but had not been transcribed onto the {{EPR}}. No harm.
        Reviewed by: [[name:BH]]
    """)),
    ("health", "success", block("""
        Cath Lab Learning & M&M - [[date:Thursday 7 March 2024]]
        Attendees: Dr [[name:A. Kowalski]] (chair), Dr [[name:Nadia Haq]], Sister [[name:Grace Ofori]], [[name:Mo]] ({{physiologist}}), [[name:Rhys Pugh]] ({{radiographer}}), [[name:Ellie]] ({{student}})
        Apologies: Dr [[name:Mark Greaves]], [[name:Tash]]

        1. Good case - Dr [[name:Haq]] presented a {{rotational atherectomy}} case that went smoothly because [[name:Mo]] had pre-loaded {{IVUS}} and the {{temporary pacing}} kit was opened early.
        2. Good catch - [[name:Grace]] found an {{expired}} {{NC balloon}} in {{Lab 3}} stock during a quiet list.
        3. AOB - [[name:Rhys]] leaving for Australia, cake on Fri!
    """)),
    ("health", "incident", prose("""
        {{Inter-hospital transfer}} for {{NSTEMI}} patient Mr [[name:Gurpreet Sandhu]] from
        [[organisation:Harrowfield District Hospital]] {{CCU}} was booked for [[date:11/01/2024]] but
        {{transport}} was not requested until 13:40, because the referring team sent the form to
        our old number ([[phone:01632 960447]]) instead of the {{cath lab coordinator}} line
        [[phone:01632 960512]]. The patient arrived at 18:10, after the {{list}} had finished, and was
        cancelled. He waited on a {{heparin infusion}} for an extra 3 days. Our coordinator
        [[name:Lynn]] had e-mailed [[organisation:Harrowfield]] the new number in November but the
        contact list on their {{intranet}} was never updated. Action: [[name:Lynn]] to ring their
        {{ward manager}} [[name:Bukola]] and check the list weekly until it changes.
    """)),
    ("health", "near_miss", block("""
        Stock check {{Lab 2}} - [[date:19/02]]
        Item | Size | Expiry | Checked
        {{Resolute Onyx}} stent | 3.0x18 | 01/24 ⚠️ | [[name:KT]]
        {{NC balloon}} | 2.5x15 | 11/25 | [[name:KT]]
        {{JR4}} guide | 6F | 08/26 | [[name:RB]]
        {{Terumo}} {{radial sheath}} | 6F | 03/26 | [[name:RB]]

        The expired stent was on the {{shelf}} and was handed to {{scrub nurse}} [[name:Nkechi]] for Mr [[name:P. Dhillon]]'s case. She checked the date on the box before opening it. Not used. [[name:KT]] says the monthly {{expiry check}} was missed because of {{sickness}}.
        - [[name:Kirsty Thornhill]]
    """)),
    ("health", "success", block("""
        Handover nights -> days, {{Cath Lab Recovery}}, [[date:Sun 14/07]]
        Bed 1 - [[name:Ray Doherty]] [[age:79]] - {{temp wire}} via {{RFV}} at 02:30 for {{CHB}}. Great job by [[name:Aoife]] who spotted the rate drop to 28 on {{telemetry}} and called the {{reg}} early. Now paced at 70, {{capture}} ok. For {{PPM}} today, Dr [[name:Eze]] aware.
        Bed 2 - empty
        Bed 3 - Mrs [[name:Fatima Zahra]] [[age:64]], post {{PCI}}, TR band off 06:00, all fine, home after {{echo}}.
        Shout-out to [[name:Aoife]] and [[name:Bill]] ({{HCA}}) for a busy night.
    """)),
    ("health", "incident", block("""
        WhatsApp - "Lab team 💓"
        [[date:22/10/2024]], 08:14 - [[name:Lou Bradshaw]]: FYI all, the gentleman from yesterday's last case (Mr [[name:Kwiatkowski]], {{bed 7}}) slid off the {{trolley}} on {{transfer}} to bed on {{CCU}}. Head knock, {{CT head}} clear.
        [[date:22/10/2024]], 08:15 - [[name:Dan]]: 😳 was that the {{slide sheet}} thing
        [[date:22/10/2024]], 08:16 - [[name:Lou Bradshaw]]: yep no {{pat slide}}, only 3 of us, and he was still drowsy after {{midazolam}}
        [[date:22/10/2024]], 08:17 - [[name:Chidi]]: please don't put pt names on here guys, it's in the {{Datix}} ([[case_reference:W233618]])
        [[date:22/10/2024]], 08:18 - [[name:Lou Bradshaw]]: sorry - edited. [[name:Sunny]] can u make sure there's 2 pat slides in lab 1 & 2
        [[date:22/10/2024]], 08:20 - [[name:Sunny]]: on it x
    """)),
    ("health", "near_miss", prose("""
        During a long {{CTO}} case in {{Lab 1}} on [[date:25.06.24]] the {{radiographer}},
        [[name:Hope Ekwueme]], noticed the {{ceiling-mounted shield}} had been pushed aside and the
        {{consultant}}, Dr [[name:Tariq Jamil]], was working without his {{thyroid collar}}.
        [[name:Hope]] prompted him at the two-hour mark; he said he had taken it off because of
        neck pain. His {{dosimeter}} reading that month was within limits but higher than usual.
        The {{scrub nurse}}, [[name:Mirela]], had declared her pregnancy and had stepped out as per
        the {{local rules}}. Nobody was harmed but this could easily have become routine. The
        {{RPS}} has re-briefed the team and a lighter {{lead apron}} has been ordered for
        Dr [[name:Jamil]].
    """)),
    ("health", "incident", prose("""
        Mr [[name:Dean Salt]] ([[age:52]]) was discharged from the {{day case unit}} on
        [[date:15 August]] after {{PCI}} with two stents. The {{discharge checklist}} was not
        completed and he was not given {{DVLA}} advice. Car park CCTV shows him driving his own car
        ([[vehicle_registration:LF21 OKM]]) out of the {{multi-storey}} 40 minutes later. He was
        seen by {{pharmacy}} for {{ticagrelor}} counselling, but the nursing discharge was done by
        agency nurse [[name:Ilse]], who had not worked on the unit before and was not shown the
        checklist. A {{duty of candour}} conversation was held by Sister [[name:Hollins]]; his wife
        [[name:Tracey]] confirmed he was well. Learning: {{agency staff}} induction to include the
        checklist.
    """)),
    ("health", "success", prose("""
        Hot debrief - {{VF arrest}} in {{Lab 2}}, [[date:Tues 3rd Sept]] 11:40. Present:
        [[name:Ade]], [[name:Faith]], [[name:Jonno]], Dr [[name:Cho]], [[name:Marisol]]. What went
        well: [[name:Faith]] had the {{defib pads}} on before the case started, shocked within 20
        secs; [[name:Ade]] set up the {{LUCAS}} while Dr [[name:Cho]] finished the {{stent}};
        {{ROSC}} after one shock. [[name:Marisol]] scribed on the whiteboard and the timeline was
        perfect for the notes. Even better if: we had rehearsed LUCAS positioning under the
        {{C-arm}} (it fouled the {{detector}}) - [[name:Jonno]] to arrange {{sim}} in October.
        Patient [[name:Eileen]] extubated next day. Brilliant team. - [[name:F.M.]]
    """)),
    ("health", "near_miss", prose("""
        pt in {{recovery}} bay 2 had {{trop}} + {{U&E}} sent wit labels from the previus pt.
        [[name:leanne]] noticed the {{addressograph}} said [[name:DOYLE Brendan]] MRN
        [[case_reference:RTH4409812]] but pt was [[name:Kieran Boyle]]. [[name:boyle]]/[[name:doyle]]
        🙄 bloods redrawn b4 going to lab no harm. sticker sheets left on the {{trolley}} from last
        case need binning at {{sign out}}. {{phlebotomy}} tubes to be labelled at {{bedside}} only.
        rep by [[name:ash]] {{HCA}} [[date:16/12]]
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        FDM event [[case_reference:FDM-24-0877]]: {{unstable approach}} below 500 ft,
        {{A320}} [[aircraft_registration:G-TNRB]], flight [[flight_number:TN2214]] into {{PMI}} on
        [[date:6 July 2024]]. Speed {{Vapp}}+23 kt at 500 ft, {{GPWS}} "sink rate" at 320 ft,
        continued to land. The {{gatekeeper}}, [[name:Alan Pritchard]], contacted the crew through
        the {{BALPA}} rep. The Captain described late {{ATC}} vectoring and a {{tailwind}} on
        final; the FO ([[name:Nisha]]) had called "speed" but no {{go-around}} call was made. Crew
        identities were removed after the interview as per the {{FDM agreement}}. Actions: {{SOP}}
        reminder on {{stabilisation criteria}}; topic added to {{recurrent}} sim.
    """)),
    ("aviation", "near_miss", block("""
        {{MOR}} extract - [[case_reference:ASR 24/1192]] - {{level bust}}
        Flight [[flight_number:TN781]] ([[aircraft_registration:G-TNRF]]), {{B737-800}}, [[date:14/02/2024]]
        RT transcript ({{London Control}}):
        10:42:11 LON: [[flight_number:Tern seven eight one]], climb flight level one two zero
        10:42:15 [[flight_number:TN781]]: climb flight level one three zero, [[flight_number:Tern seven eight one]]
        10:43:40 LON: [[flight_number:Tern seven eight one]], stop climb, descend immediately flight level one two zero, traffic twelve o'clock five miles
        10:43:46 [[flight_number:TN781]]: descending one two zero, [[flight_number:Tern seven eight one]], sorry
        Notes: {{readback}} error not picked up by {{ATC}}. {{STCA}} activated, min separation 3.1 nm / 700 ft. Capt [[name:R. Oyelaran]] was PF; FO [[name:Jakub]] was PM and set 130 on the {{MCP}}. Both said the {{frequency}} was very busy.
    """)),
    ("aviation", "success", prose("""
        Shout-out from the Safety team 👏 to Capt [[name:Helen Wardle]] and FO
        [[name:Kwabena Osei]] ("[[name:KB]]") for a textbook {{go-around}} at {{BRS}} on
        [[date:Sunday 10th March]], flight [[flight_number:TN418]], after a {{windshear}} warning at
        300 ft. The {{FDM}} trace shows {{TOGA}} within one second of the {{PWS}} alert and
        spot-on {{pitch}} following the {{flight director}}. [[name:KB]] also wrote up the {{ASR}}
        before going off duty. We've asked if they'd be happy for it to go (de-identified) in the
        next {{Flight Safety Bulletin}}. Thanks both - [[name:Gareth]], {{FDM Analyst}}
    """)),
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-TNRK]]   Page [[case_reference:TL 004417]]
        Date: [[date:19 AUG 24]]   Flt: [[flight_number:TN1307]]   Sector: {{MAN}}-{{DLM}}
        Defect: suspected {{tail strike}} on {{rotation}} rwy 23R. Crew felt bump, aft {{cabin crew}} reported scraping noise.
        Action: {{tailskid}} shoe scraped, within limits IAW {{AMM}} 05-51-11. No {{skin}} damage. A/C serviceable.
        Sign: [[name:D. Quinlan]] {{B1}} [[case_reference:UK.66.204417B]]

        Safety dept note: {{FDM}} shows pitch 11.2 deg at {{lift-off}}, rotation rate 4.1 deg/s. Weights entered on the {{EFB}} were 10 t low; {{loadsheet}} amended after the {{performance}} calc. Crew (Capt [[name:Lena Hoffmann]] / FO [[name:Osagie]]) reported via [[case_reference:ASR 24/1420]].
    """)),
    ("aviation", "near_miss", block("""
        Teams - FDM team
        [[name:gaz.h]] 11:02: the {{exceedance}} on [[flight_number:TN922]] yesterday, {{high pitch}} at {{flare}}
        [[name:mel]] 11:04: ok who was crew?
        [[name:gaz.h]] 11:04: not on here!! only [[name:Stu]] as {{gatekeeper}} sees that
        [[name:mel]] 11:05: sorry, habit. I was going to put it in the {{trend}} deck for the {{FSRB}}
        [[name:gaz.h]] 11:07: the draft deck also has the {{roster}} screenshot with Capt. [[name:Amir Rahimi]]'s name on it
        [[name:mel]] 11:08: 😬 deleting. that would have gone to 40 people
        [[name:Stu Harrington]] 11:15: thanks both. logging as internal near miss. reminder: {{de-identification}} before anything leaves the {{FDM}} room.
        [[name:Stuart]]
    """)),
    ("aviation", "success", block("""
        Flight Safety Review Board - minutes, [[date:12 September 2024]]
        Attendees: [[name:Carole Anand]] ({{Head of Safety}}, chair), Capt [[name:Tom Ridley]] ({{Chief Pilot}}), [[name:Yusuf Bakr]] ({{FDM Manager}}), [[name:Jo-Anne Leckie]] ({{Cabin Safety}}), [[name:Piotr Zieliński]] ({{Continuing Airworthiness}})
        Apologies: [[name:Mark O'Driscoll]] ({{Ground Ops}})

        1. FDM trends Q2 - [[name:Yusuf]]: {{unstable approaches}} down 31% since the {{energy management}} module went into recurrent.
        2. Success story - crew on [[flight_number:TN604]] ([[aircraft_registration:G-TNRD]]) spotted a {{fuel imbalance}} early and followed the {{QRH}}; a leaking {{fuel line}} was found on the ground.
        3. Actions - [[name:Carole]] to brief the {{CAA}} at the next {{oversight}} meeting; [[name:Yusuf]] to share the FDM trend pack with {{training}}.
    """)),
    ("aviation", "incident", prose("""
        At 06:25 on [[date:03/05/2024]] a {{hi-loader}} (reg [[vehicle_registration:WU17 KCN]])
        operated by [[organisation:SkyServe Handling]] made contact with the {{aft cargo door}} sill
        of [[aircraft_registration:G-TNRM]] on {{stand}} 42 during {{catering}} upload for
        [[flight_number:TN3011]]. The driver, [[name:Lee Partridge]], said the {{banksman}} had walked
        away to deal with a {{FOD}} item. Damage: 15 mm dent, assessed by engineering ({{B1}}
        [[name:Hamza Siddiqui]]) as outside {{SRM}} limits; aircraft {{AOG}} 9 hours and 186 pax
        re-protected. {{Ground Safety}} report [[case_reference:GSR-24-0318]]. The handler's
        {{shift supervisor}}, [[name:Colm]], confirmed they were one below {{minimum staffing}}.
    """)),
    ("aviation", "near_miss", prose("""
        fo note (full asr to follow) flt [[flight_number:TN526]] [[date:2/8]] - on climbout passing
        FL70 got {{TCAS RA}} descend. capt [[name:ben]] followed it nicely, {{AP}} off, {{FD}}s
        off, told atc "[[flight_number:tern 5 2 6]] tcas ra". traffic was a {{PA-28}}
        [[aircraft_registration:G-BOYV]] squawking 7000, atc said it wasnt talking to them. clear
        of conflict after about 30s, back to cleared level. no {{injuries}}, {{seatbelt sign}} was
        on. {{ASR}} + {{MOR}} by me tmrw. [[name:nat]]
    """)),
    ("aviation", "success", block("""
        From: Flight Safety <[[email:flightsafety@ternair.co.uk]]>
        To: [[name:Ruth Ahenkorah]]; [[name:Callum Baird]]
        Date: [[date:Mon 22 Jan 2024]]
        Subject: Your report [[case_reference:ASR 24/0088]]

        Hi [[name:Ruth]], hi [[name:Callum]],

        Thank you for your {{Air Safety Report}} about the {{de-icing}} {{holdover time}} confusion at {{GVA}}. Because you reported it, we found the {{holdover}} tables on the {{EFB}} were last season's version. All 23 {{iPads}} were updated by [[date:19 January]]. Nobody else had reported it - this is {{just culture}} working exactly as it should.

        Kind regards
        [[name:Ingrid Solberg]]
        {{Flight Safety Officer}} | [[organisation:Tern Air]]
        T: [[phone:+44 (0)161 496 0987]]
    """)),
    ("aviation", "incident", block("""
        Chronology - {{hard landing}}, [[aircraft_registration:G-TNRA]], [[flight_number:TN1762]], [[date:28/11/2024]]
        18:52Z {{ATIS}} wind gusting 32 kt, crosswind 24 kt (within {{limits}})
        19:14Z on final, FO [[name:Eilidh]] PF, Capt [[name:Mahmoud]] PM
        19:17Z touchdown 2.4 g ({{FDM}} level 3), slight {{bounce}}
        19:18Z taxi in, no {{ECAM}} LOAD message
        19:40Z Capt enters hard landing in {{tech log}}; aircraft grounded for {{inspection}}
        [[date:29/11]] 07:30 gatekeeper [[name:Stu]] confirms 2.4 g from QAR data
        [[date:29/11]] 10:00 {{Engineering}} clear after {{Phase 1}} inspection
        Learning: crew reported a {{gust}} in the flare; {{Training}} to review {{crosswind technique}}.
    """)),
    ("aviation", "near_miss", block("""
        FDM weekly review - wk 37
        Event | Reg | Flt | Sev | Gatekeeper | Notes
        {{Late flap}} | [[aircraft_registration:G-TNRC]] | [[flight_number:TN220]] | L2 | [[name:SH]] | crew aware
        {{Long flare}} | [[aircraft_registration:G-TNRH]] | [[flight_number:TN1931]] | L3 | [[name:SH]] | touchdown 900 m past {{threshold}}, 400 m remaining
        {{Low fuel}} at landing | [[aircraft_registration:G-TNRW]] | [[flight_number:TN876]] | L1 | - | {{holding}} at {{LGW}}

        Follow-up: [[name:SH]] spoke to the crew of [[flight_number:TN1931]] ([[name:J.P.]] / [[name:R. McG]]) on [[date:13/09]]. Wet runway, {{autobrake}} LO selected, float in the flare. Treated as a near miss for {{runway excursion}}; added to the {{safety risk register}}.
    """)),
    ("aviation", "success", prose("""
        Learning story - {{peer support}}. After the high-speed {{rejected take-off}} on
        [[date:April 2nd]], FO [[name:Joy Nakamura-Reid]] told the {{crewing}} team she wasn't
        sleeping. [[name:Lindsay]] in {{crewing}} gave her the number for one of our {{peer supporters}},
        [[name:Alistair Fenwick]] ("[[name:Ali]]"), who met her for coffee the next day. She was back
        on the {{roster}} ten days later after a {{fitness to fly}} check with the {{AME}}.
        [[name:Joy]] asked us to share this: "I thought saying how I felt would end my career. It
        didn't." Peer supporters are listed on the {{crew portal}}, or you can text [[name:Ali]]
        direct on [[phone:07700 900551]].
    """)),
    ("aviation", "incident", block("""
        Teams - #fdm-data
        [[name:priya.k]] 08:40: {{QAR}} data for [[aircraft_registration:G-TNRP]] missing since [[date:17 Oct]]
        [[name:dom]] 08:42: the {{WQAR}} {{sim card}} expired and nobody renewed it. 9 days of flights gone
        [[name:priya.k]] 08:43: includes [[flight_number:TN3355]] which had the {{hard landing}} report 😐
        [[name:dom]] 08:45: can we pull it off the {{DFDR}}?
        [[name:Yusuf Bakr]] 08:50: DFDR only holds 25h, already overwritten. Raising this as an {{incident}} ([[case_reference:SMS-24-0761]]) - we've lost {{FDM}} coverage on a whole tail. [[name:Dom]] pls get {{Continuing Airworthiness}} to add SIM expiry to the {{AMP}}.
    """)),
    ("aviation", "near_miss", prose("""
        During {{pre-flight}} for [[flight_number:TN1150]] ([[aircraft_registration:G-TNRS]]) on
        [[date:09/06/2024]] the {{EFB}} {{performance}} calculation was done for a
        {{full-length}} departure, but on taxi ATC offered an {{intersection}} departure and the
        crew accepted. The Captain, [[name:Vikram Nair]], noticed the {{TORA}} difference during
        the {{before take-off checklist}}; they declined the intersection and taxied to the full
        length. Recalculated figures showed the original {{flex}} temperature would have left only
        180 m margin. FO [[name:Hamish]] filed [[case_reference:ASR 24/1675]]. FDM confirmed a
        normal take-off. Action: {{SOP}} change so that any change of take-off position triggers
        a new calc.
    """)),
    ("aviation", "success", prose("""
        On [[date:20 February 2024]] the crew of [[flight_number:TN876]], an {{A321neo}}
        registered [[aircraft_registration:G-TNRW]], noticed a growing {{fuel imbalance}} 40 min
        into the {{cruise}}. Rather than opening the {{crossfeed}} straight away, Capt
        [[name:Bill Okafor]] ran the {{QRH}} {{fuel leak}} procedure and asked the {{cabin crew}}
        ([[name:Tasha]]) to look at the left wing from the window. She saw a mist from the
        {{engine}} pylon. The crew shut the engine down and diverted. Engineering found a cracked
        {{fuel line}}; had crossfeed been used, the leak would have drained both tanks.
        Capt [[name:Okafor]]'s decision will be used as a positive case study in {{CRM}} training.
    """)),
    ("aviation", "near_miss", block("""
        Cabin Safety Report - [[case_reference:CSR-24-0412]]
        Flight: [[flight_number:TN2560]]   Date: [[date:30/07/24]]   A/C: [[aircraft_registration:G-TNRJ]]
        Passenger: [[name:Wojciech Mazur]]   Seat 22C   Age: [[age:67]]
        DOB: [[date_of_birth:04/03/1957]]
        Address: [[address:8 Elm Terrace, Whitley Bay]] [[postcode:NE26 2SQ]]
        Event: pax ({{diabetic}}) {{hypo}} in cruise. {{SCCM}} gave {{glucose gel}} from the {{FAK}}. When the {{doctor's kit}} was opened the seal was already broken and the {{glucagon}} was missing - it had been used on [[flight_number:TN2561]] and not replaced. Pax recovered, no diversion; {{MedLink}} consulted by the Capt.
        Reported by: [[name:Grace Ihejirika]], SCCM
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind206", REPORTS))
