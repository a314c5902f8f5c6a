"""Held-out blind corpus 242: fifty invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
de-identification generalises. Three settings, all people, organisations, places and numbers
invented:

- social_care (17): an independent advocacy and independent visitor service for children in
  care - advocates, independent visitors, complaints, children's meetings and the council's
  children's services.
- health (17): a neonatal transport service and neonatal unit - incubator transfers, the cot
  bureau, transport nurses, neonatal registrars, parents travelling separately.
- aviation (16): a cargo airline's night freight operation - dangerous goods acceptance, load
  sheets, ULDs, loadmasters, handling agents, crew duty limits.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack), handover notes, minutes with attendance
and apologies, pipe tables, radio transcripts, shout-outs and thank-you notes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind242.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        {{iv}} visit note. got to [[organisation:Hollin Lodge]] abt 4ish for my monthly w/
        [[name:tyler]] ([[age:13yo]]) n staff said hed been moved [[date:tues 4th]] to an
        {{emergency placement}} - nobody told us!! {{sw}} is ms [[name:okafor]], left vm on
        her work mob [[phone:07700 900 318]]. {{duty desk}} wd not give new address w/out the
        {{IRO}} ok-ing it which i get but [[name:tyler]] wd have been waiting for me thinking
        i'd forgotten him. {{res staff}} on shift ([[name:dean]]) said the move was after an
        incident w/ another young person, {{police}} called. [[name:tyler]]'s bday is next wk
        n i had his card + voucher in my bag. pls can office chase the {{IV coordinator}}
        [[name:gemma w]] re getting placement moves sent to us same day. not the first time
        this yr. logged as ref [[case_reference:IV-0917]].
    """)),
    ("social_care", "incident", prose("""
        On [[date:Friday 9 February]] I sent an e-mail summarising a young person's wishes and
        feelings ahead of her {{Child Looked After review}}. The intended recipient was her
        {{Independent Reviewing Officer}}, [[name:Lorraine Ashdown-Pike]]. Because of
        auto-complete in {{Outlook}} it went instead to [[name:Lorraine Ashworth]], a
        {{foster carer}} with [[organisation:Keystone Fostering]]. The e-mail included the
        young person's full name ([[name:Precious Mbeki-Landry]]), her date of birth
        ([[date_of_birth:02/11/2009]]), her school ([[organisation:Moorfield Academy]]) and her
        views about {{contact}} with her dad. Mrs [[name:Ashworth]] rang within the hour and
        confirmed she had deleted it. I told my {{line manager}}, our
        {{Data Protection Officer}} and the council's {{Information Governance}} team, and I
        told [[name:Precious]] face to face on [[date:12 February]]. She was angry, which is
        fair. Reference [[case_reference:DPB-24-0036]]. Learning: auto-complete has now been
        switched off for all {{advocates}} and anything with personal data goes by
        {{Egress}}.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Hannah Cleverley]] <[[email:h.cleverley@brightwater-advocacy.org.uk]]>
        To: {{IV Team}}
        Sent: [[date:Mon 15 Jan 2024]] 08:12
        Subject: Near miss - DBS lapsed before a visit

        Hi all,

        Quick one for the learning log. On {{Saturday}} one of our volunteer
        {{independent visitors}}, [[name:Will Ferreira-Sousa]], was due to take [[name:Joy]]
        ([[age:aged 11]]) bowling. When I ran the {{Friday}} checks I saw his {{DBS}}
        {{Update Service}} subscription had lapsed on [[date:31 December]]. I rang him and
        postponed, and phoned her {{foster carer}} Mr [[name:Adebayo]] on
        [[phone:0113 496 0721]]. [[name:Will]] was very good about it. The visit is rebooked
        for [[date:27 January]]. Nothing happened, but only because the checks are manual and
        I happened to be in. Could we add a 30-day expiry alert to the volunteer database?
        {{Datix}} ref [[case_reference:NM-2024-003]].

        Thanks,
        [[name:Hannah]]

        [[name:Hannah Cleverley]] | {{IV Coordinator}} | [[organisation:Brightwater Advocacy]]
        [[phone:0113 496 0588]]
    """)),
    ("social_care", "success", block("""
        Shout-out from the {{Mind of My Own}} inbox :)

        [[name:Faith]] ([[age:15]]) sent this last night, copied with her permission:
        "i just want to say thank u to [[name:Sunny]] my advocate for coming to my {{PEP}}
        meeting and making them listen about me staying at
        [[organisation:Larkspur Community College]]. nobody ever asks me first. [[name:sunny]]
        u r a legend"

        Background: [[name:Sunny]] ([[name:Sunil Bhattacharjee]]) challenged a plan to move
        [[name:Faith]] to a {{PRU}} two months before her {{GCSEs}}. He got the
        {{Designated Teacher}} and her {{social worker}} [[name:Ellie Nakamura]] from the
        {{Children in Care Team}} at [[organisation:Calderside Council]] round one table, and
        made sure [[name:Faith]] spoke first. The {{Virtual School}} has agreed extra
        tutoring instead. The {{IRO}} has recorded it as good practice. Well done
        [[name:Sunny]]!
    """)),
    ("social_care", "incident", block("""
        Chronology - {{IV}} outing, [[date:Sat 23/03/24]]
        13:00  IV [[name:Rosa Quintero-Blanco]] collects [[name:Mason]] ([[age:aged 12]]) from his {{foster home}}
        13:40  Arrive at the {{cinema}} on the {{retail park}}
        14:55  Film ends. [[name:Mason]] goes to toilet, [[name:RQ]] waits outside
        15:10  Not come out. Staff search. [[name:RQ]] rings carer [[name:Pat Doherty]] on [[phone:07700 900 655]]
        15:18  [[name:RQ]] calls {{999}}. {{Police}} log [[case_reference:CAD 4471 23/03]]
        15:40  [[name:RQ]] rings our {{on-call manager}} ([[name:Bill]])
        16:25  [[name:Mason]] found by a {{PCSO}} at the bus station, safe and well
        17:30  Returned to carer. {{Return Home Interview}} requested from {{Children's Services}}

        Notes: [[name:Mason]] said he "just wanted to see [[name:Kyle]]", his older brother
        ([[age:17]]). The outing risk assessment said nothing about sibling contact.
        Incident ref [[case_reference:BAV-INC-0142]].
    """)),
    ("social_care", "near_miss", block("""
        [[date:14/05/2024]], 19:02 - [[name:Amber]]: hiya quick q, [[name:kwame]]'s {{sw}} wants a copy of my visit notes b4 the {{CLA review}} tmrw. ok to just send?
        [[date:14/05/2024]], 19:05 - [[name:Joe Mensah-Clarke]]: NO wait. did [[name:kwame]] say yes?
        [[date:14/05/2024]], 19:06 - [[name:Amber]]: ahh. no i didnt ask him. he said stuff about his {{key worker}} he def wouldnt want shared
        [[date:14/05/2024]], 19:08 - [[name:Joe Mensah-Clarke]]: yeah its {{instructed advocacy}} = his say. ring him tmrw b4 school, if he says no then u tell Ms [[name:Farouk]] politely that its confidential
        [[date:14/05/2024]], 19:09 - [[name:Amber]]: ok phew. nearly just hit send. will ring him 8am
        [[date:14/05/2024]], 19:10 - [[name:Joe Mensah-Clarke]]: all good. stick it on the {{near miss log}} pls, good one for {{team meeting}}. also check {{Lamplight}} consent tab
    """)),
    ("social_care", "success", block("""
        {{Children in Care Council}} - minutes
        Date: [[date:Thursday 6 June 2024]], 4.30pm, [[organisation:Calderside Youth Hub]]
        Present: [[name:Jaz]] (chair, [[age:16]]), [[name:Oscar]], [[name:Tiegan]], [[name:Hope]], [[name:Abdi]], [[name:Lily-Mae]]
        Staff: [[name:Nkechi Obi]] ({{Participation Lead}}), [[name:Rob Thistlethwaite]] ({{Lead Advocate}})
        Apologies: Cllr [[name:Denise Hartigan]] ({{Lead Member}}), [[name:Sean]]

        1. Pocket money. [[name:Jaz]] reported back from the {{Corporate Parenting Board}}.
        New rates agreed from [[date:1 September]] after the {{CiCC}} survey (38 replies).
        The Board said the young people's own presentation made the difference.
        2. Leaving care grant. [[name:Hope]] said young people in {{semi-independent}}
        housing still don't get the list of what it covers. [[name:Rob]] to raise with the
        {{Leaving Care Team}} manager.
        3. Residential. [[name:Oscar]] asked for {{advocates}} to visit homes on weekends.

        Actions: [[name:Nkechi]] to put the pocket money win in the newsletter.
        Next meeting [[date:4 July]].
    """)),
    ("social_care", "incident", block("""
        ADVOCACY REFERRAL - INCIDENT ADDENDUM
        Name: [[name:Dawit Tesfaye]]
        DOB: [[date_of_birth:01/01/2008]]
        Home Office ref: [[case_reference:T1144873]]
        LA ref: [[case_reference:LCS 7731045]]
        Address: [[address:Flat 3, 27 Gorsey Lane, Brackley Vale]], [[postcode:BV4 2PJ]]
        Referrer: [[name:Sophie Tran]], {{UASC}} Team, [[organisation:Calderside Council]]

        What happened: the referral arrived on [[date:2 April]] and was saved to the wrong
        young person's file (another {{unaccompanied}} young person with the same surname,
        different {{DOB}}). [[name:Dawit]] waited 11 days for an advocate before his
        {{age assessment}} meeting; our target is 3 working days. Found on [[date:13 April]]
        when his {{PA}} rang to chase. Advocate [[name:Maryam Al-Hashimi]] allocated the same
        day and a {{Tigrinya}} interpreter booked.
        Learning: search on DOB and LA ref, never surname alone.
    """)),
    ("social_care", "near_miss", block("""
        Handover - [[name:Ceri]] to [[name:Bogdan]], w/c [[date:8 July]]

        - [[name:Harley]] ([[age:9]], {{foster care}}): {{CLA review}} is THURS 2pm at school.
          NB review nearly went ahead without his views - {{IRO}} Mr [[name:Lindqvist]] had not
          had my written statement as it went to the old {{IRO}}. Caught when [[name:Lindqvist]]
          rang on {{Friday}}. Re-sent [[date:5/7]], copy on {{Lamplight}}.
        - [[name:Ebony-Rose]] ([[age:14]]): complaint at {{Stage 1}}, ref [[case_reference:CMP/24/0311]].
          Response due [[date:19 July]]. Wants {{Stage 2}} if they don't answer re {{contact}} with her nan.
        - [[name:JP]] ([[age:16]]): {{Pathway Plan}} meeting moved, waiting for new date from {{PA}}.

        Learning for team: always check the {{IRO}} name on the latest {{care plan}} before
        sending statements. Ring [[name:Ceri]] on [[phone:07700 900 142]] if stuck.
    """)),
    ("social_care", "success", block("""
        Complaints tracker Q1 - resolved at {{Stage 1}} with advocacy support
        Ref | YP | Age | Advocate | Days | Outcome
        [[case_reference:CMP/24/0102]] | [[name:D.M.]] | [[age:12]] | [[name:Priya]] | 6 | Bedroom lock fixed at [[organisation:Ferncliffe House]]
        [[case_reference:CMP/24/0117]] | [[name:Tamsin]] | [[age:15]] | [[name:Grace]] | 4 | Phone {{contact}} with brother restored
        [[case_reference:CMP/24/0123]] | [[name:Kacper]] | [[age:10]] | [[name:Priya]] | 9 | Apology from {{social worker}}, new {{SW}} allocated
        [[case_reference:CMP/24/0140]] | [[name:Lewis O'Neill]] | [[age:17]] | [[name:Grace]] | 3 | {{Pathway Plan}} rewritten with him

        Summary: average 5.5 days against the 10 working-day target. The
        {{Complaints Manager}} at [[organisation:Calderside Council]] said advocate involvement
        stopped three complaints going to {{Stage 2}}. What worked: meeting the young person
        before the complaint was written, and the {{team manager}} ringing rather than
        writing back. Thanks [[name:Priya]] and [[name:Grace]].
    """)),
    ("social_care", "incident", block("""
        [09:14] [[name:Marcus Kilbride]]
        Morning - bad news, car was broken into outside mine last night. laptop bag gone from the boot
        [09:15] [[name:Marcus Kilbride]]
        laptop is encrypted but there were 2 paper consent forms in the bag
        [09:16] [[name:Yetunde Bakare]]
        ok. which young people?
        [09:18] [[name:Marcus Kilbride]]
        [[name:Reece]] and [[name:Aaliyah]] - names, DOBs and the {{children's home}} address. car is [[vehicle_registration:KM68 TXU]], crime ref [[case_reference:CC-24-118830]]
        [09:20] [[name:Yetunde Bakare]]
        right, I'll log it on {{Datix}} and tell the {{DPO}}. we need to tell [[organisation:Oakapple House]] and both {{social workers}} today. no paper forms please - use the {{tablet}} consent
        [09:21] [[name:Marcus Kilbride]]
        understood. sorry [[name:Yetu]]
        [09:22] [[name:Yetunde Bakare]]
        not your fault. {{ICO}} decision by {{Weds}}
    """)),
    ("social_care", "near_miss", prose("""
        Our advocate [[name:Olamide Fashola]] was booked to do a drop-in at
        [[organisation:Brookvale Children's Home]], [[address:14 Linnet Close, Harwood Green]],
        [[postcode:HG7 9LT]], on [[date:21 August]]. The {{Registered Manager}} had been
        suspended the week before following an allegation and the {{LADO}} was involved, but
        nobody told us. {{Advocates}} are exactly who children might want to talk to at a
        time like that. [[name:Olamide]] only found out because [[name:Skye]] ([[age:15]])
        asked him "are you here about [[name:Gary]]?". He handled it well, did not discuss the
        allegation, and followed our {{safeguarding}} procedure, calling {{MASH}} and our
        {{DSL}} [[name:Beth Carrow]]. Agreed with the {{Head of Service}} that we will now be
        told of any {{Regulation 44}} concerns or {{LADO}} activity at a home we visit.
        Ref [[case_reference:BAV-NM-0219]].
    """)),
    ("social_care", "success", prose("""
        SHOUT-OUT! Huge well done to [[name:Rhiannon ap Dafydd]] for her work with
        [[name:Zain]] and [[name:Zara]], [[age:8-year-old]] twins whose {{contact}} with their
        older sister [[name:Mercy]] stopped after they moved to carers 40 miles away.
        [[name:Rhiannon]] helped the twins write to their {{IRO}} in their own words, pictures
        and all, and went with them to the {{LAC review}} on [[date:3rd Oct]]. Fortnightly
        video calls with [[name:Mercy]] start this week and a face-to-face visit is booked for
        {{half term}}. The {{IRO}}, Ms [[name:Petrakis]], called it "advocacy at its best" and
        the {{Head of Service}} has asked for the letter template. Thank you [[name:Rhi]]!
        - [[name:Nkechi]]
    """)),
    ("social_care", "incident", block("""
        From: [[name:Stuart Pennock]] <[[email:stuart.pennock@calderside.gov.uk]]>
        To: [[email:complaints@brightwater-advocacy.org.uk]]
        Date: [[date:7 November 2023]]
        Subject: RE: Stage 2 response - [[case_reference:CS2-23-0078]]

        Dear [[name:Ade]],

        I am sorry to confirm that the {{Stage 2}} report we sent to the young person's birth
        mother, Ms [[name:Kerr]], on [[date:3 November]] included in its appendix the home
        address of his {{foster carers}}: [[address:9 Mill Race Cottages, Upper Hebble]],
        [[postcode:HX9 4RB]]. The {{Investigating Officer}}'s report should have been redacted
        before release. We have told the carers, Mr and Mrs [[name:Haigh]], and the
        {{fostering team}} is considering whether a move is needed. A {{strategy meeting}}
        took place on [[date:6 November]]. Your advocate [[name:Tom]] has been a real support
        to [[name:Callum]] ([[age:14]]) and we would welcome him at the review.

        Regards
        [[name:Stuart Pennock]]
        {{Complaints and Representations Manager}}
        [[organisation:Calderside Council]] {{Children's Services}}
        [[phone:01632 960 211]]
    """)),
    ("social_care", "near_miss", prose("""
        v quick 1 - {{sat}} took [[name:lil]] ([[age:7]]) out n her carer [[name:rosie]] put her
        in my car w/ no booster seat, i didnt clock til we were at the lights by
        [[organisation:Tesco]]. pulled in n rang [[name:rosie]], she walked the booster down.
        nothing happened but cld of. also realised my biz insurance for {{IV}} trips ran out
        end of {{sept}}, renewed it today. pls can {{coordinator}} add car seat +
        {{ISOFIX}} + insurance to the {{pre-visit checklist}}, not all {{IVs}} have kids of
        their own. ta [[name:Mags]]
    """)),
    ("social_care", "incident", block("""
        Voicemail transcript (auto) - received [[date:Fri 12 Jan]] 17:46, heard [[date:Mon 15 Jan]] 09:05
        "hiya it's [[name:Demi]], [[name:Demi Cartwright]] from [[organisation:Hollin Lodge]], um
        I'm [[age:fifteen]]. can my advocate ring me, I don't want to tell staff but [[name:Jordan]]
        keeps picking me up and he's like [[age:twenty-two]] and I don't wanna go no more. ok bye"

        Action taken: the message came in after the office closed. The {{out-of-hours}}
        divert was not switched on so nobody heard it until {{Monday}}. I rang {{MASH}} at
        09:20 and our {{DSL}}. [[name:Demi]] had been reported {{missing}} twice over the
        weekend. {{CSE}} screening tool completed with her {{social worker}} and a
        {{strategy discussion}} held that afternoon. Ref [[case_reference:BAV-INC-0007]].
        Learning: the advocacy line now forwards to the {{on-call}} phone at 17:00 every
        weekday.
    """)),
    ("social_care", "success", prose("""
        Learning report - {{non-instructed advocacy}}. [[name:Ollie]] is [[age:10]], autistic
        and non-verbal, and lives at a {{residential special school}},
        [[organisation:Greenacre School]]. Before his {{CLA review}} on [[date:4 March]] his
        advocate [[name:Marisol Etxeberria]] used the {{Watching Brief}} approach: she watched
        him at school and at the swimming pool, talked to his {{1:1}} [[name:Frankie]] and to
        his {{mum}}, and used {{Talking Mats}} and {{Makaton}} symbols to check what he liked.
        Her report showed how settled he is, and the review agreed to keep him at
        [[organisation:Greenacre School]] instead of a 52-week placement further away. The
        {{IRO}} [[name:Dev Raichura]] said it was the first time the child's own experience,
        not just the adults' views, was at the centre of the meeting. What helped: time,
        two visits, and asking the people who know him best.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Transfer chronology - incubator power failure
        Date: [[date:18/01/24]]   Transfer ref: [[case_reference:WNT-24-0112]]
        Baby: [[name:Oyelaran]] (girl)   NHS no: [[nhs_number:401 023 2161]]   Age: [[age:2 days]]
        Crew: [[name:Karen Mbatha]] ({{transport nurse}}), Dr [[name:Ilse Vermeulen]] ({{neonatal registrar}}), driver [[name:Gaz]]
        Vehicle: [[vehicle_registration:WX21 KFD]]

        02:10  Depart [[organisation:St Cuthbert's Hospital]] {{SCBU}} on {{CPAP}}, FiO2 0.35
        02:41  {{Incubator}} alarm "mains fail" then "battery low" - vehicle {{inverter}} tripped
        02:43  O2 switched to vehicle supply manually, temp 36.4 and falling
        02:50  Pulled into lay-by, {{blue lights}} off, [[name:Gaz]] reset inverter - no power
        02:58  Baby wrapped in {{plastic bag}} + {{transwarmer}} mattress, temp 36.1
        03:20  Arrived [[organisation:Kingsmere General Hospital]] {{NICU}}, temp 35.9 on admission

        Outcome: mild {{hypothermia}}, corrected within 2 hrs. {{Datix}} [[case_reference:W-88213]].
        Inverter fault reported to fleet. The {{pre-shift check}} did not include an inverter test.
    """)),
    ("health", "near_miss", prose("""
        nr miss - at handover on the {{NNU}} noticed the transfer letter for twin 1
        [[name:akhtar]] ([[age:6 days old]]) had twin 2's {{NHS no}} on it
        ([[nhs_number:712 584 9369]] instead of [[nhs_number:638 210 4477]]). {{wristbands}}
        were right, letter wrong. caught by [[name:sian]] on the receiving unit when she checked
        the band against {{BadgerNet}}. both on {{caffeine}} n {{TPN}} so meds wd have been
        same-ish but bloods n {{cranial USS}} results wd have gone on the wrong baby. letter was
        a copy-paste of twin 2's. {{reg}} on for {{transport}} (dr [[name:hussain]]) has re-done
        it n apologised to {{mum}}. pls NO copy-paste for multiples!! datix to follow - [[name:kb]]
    """)),
    ("health", "success", block("""
        (Card received by the {{transport}} office, typed up by [[name:Lou]] for the
        {{learning from excellence}} board - also logged as a {{Greatix}})

        To the transport team,

        Thank you so much for bringing our little [[name:Rocco]] from
        [[organisation:Millbrook Women's Hospital]] to [[organisation:Kingsmere]] on the night
        of [[date:2nd May]]. I had only had my {{c-section}} that morning and couldn't come
        with him. Nurse [[name:Bex]] rang me when you set off and again when you arrived, and
        sent a photo of him in his {{incubator}} with his little hat on. Dr [[name:Amara]]
        explained the {{nitric}} in words my husband could understand. [[name:Rocco]] came off
        the {{ventilator}} on day 9 and is now [[age:5 weeks old]] and feeding from a bottle.
        You were there on the worst night of our lives.

        With love,
        [[name:Giulia]], [[name:Matteo]] & [[name:Rocco Bianchi-Tully]] xx
    """)),
    ("health", "incident", block("""
        From: [[name:Chidinma Eze]] <[[email:chidinma.eze@nhs.net]]>
        To: [[email:wnts.governance@nhs.net]]
        Cc: [[name:Paul Stacey]]
        Sent: [[date:Wednesday, 10 April 2024]] 14:03
        Subject: Datix [[case_reference:W-90417]] - mother went to the wrong hospital

        Hi [[name:Paul]],

        Summary for {{governance}}. Baby [[name:Nowak]] ([[age:3 weeks]], ex-prem) was moved for
        {{NEC}} surgical review to [[organisation:Lindenbrook Children's Hospital]] overnight on
        [[date:8 April]] because the {{cot bureau}} had no surgical cot at
        [[organisation:St Cuthbert's]]. The parents had been told "[[organisation:St Cuthbert's]]"
        the evening before and nobody updated them when the plan changed at 01:30. {{Mum}},
        [[name:Agnieszka]], took a taxi at 6am to [[organisation:St Cuthbert's]] and found no
        baby, then had a 50-minute journey to [[organisation:Lindenbrook]]. English is not her
        first language and no {{interpreter}} was used when we finally rang her.

        Actions: the {{transport nurse}} phones parents with the confirmed destination before
        departure; {{Language Line}} for every call where needed; parents' numbers on the
        {{BadgerNet}} transfer form.

        [[name:Chidinma]]
        {{Consultant Neonatologist}}, [[organisation:Kingsmere General Hospital]]
    """)),
    ("health", "near_miss", block("""
        [22:41, [[date:03/09/2024]]] [[name:Tash]]: just had a near miss on the [[organisation:Harrowfield General]] pick up
        [22:42, [[date:03/09/2024]]] [[name:Tash]]: local team had drawn up {{gent}} for our baby, 4mg/kg, baby is 0.82kg so should be 3.3mg. syringe labelled 33mg. 10x
        [22:43, [[date:03/09/2024]]] [[name:Moyo]]: omg. who spotted it?
        [22:44, [[date:03/09/2024]]] [[name:Tash]]: Dr [[name:Vik]] our {{reg}}, on the 2nd check before we gave it. asked what concentration they'd used n it didnt add up
        [22:45, [[date:03/09/2024]]] [[name:Moyo]]: brilliant catch. did u tell their {{SHO}}?
        [22:47, [[date:03/09/2024]]] [[name:Tash]]: yes n their {{nurse in charge}}. they're doing their own {{Datix}}, ours is [[case_reference:W-91822]]
        [22:48, [[date:03/09/2024]]] [[name:Moyo]]: pls put it in the team chat too - we had a similar one with {{vancomycin}} in the spring
        [22:49, [[date:03/09/2024]]] [[name:Tash]]: will do. baby [[name:Okeke]] settled, {{UVC}} in, on our way back now
    """)),
    ("health", "incident", block("""
        INCIDENT FORM - NEONATAL TRANSPORT
        Ref: [[case_reference:W-87355]]
        Patient name: Baby Boy [[name:Fitzgerald-Akande]]
        DOB: [[date_of_birth:27/02/2024]]
        NHS No: [[nhs_number:485 937 1208]]
        Hospital No: [[case_reference:K2409931]]
        Address: [[address:41 Thornfield Road, Eastmoor]], [[postcode:EM6 3DW]]
        Date of incident: [[date:29/02/2024]]      Age at incident: [[age:2 days]]
        Reported by: [[name:Olu Badmus]], {{ANNP}}

        Description: {{ETT}} dislodged during the move from the {{transport incubator}} to the
        unit cot at [[organisation:Kingsmere General Hospital]]. Tube at 7 cm at the lip, not
        re-checked after {{sedation}} wore off. Desaturated to 60%, {{bradycardic}} to 70.
        Re-intubated by {{neonatal registrar}} Dr [[name:Tanvi Kulkarni]] within 4 minutes.
        {{Blood gas}} acceptable afterwards.
        Immediate action: {{NLS}} algorithm followed, parents told by the {{consultant}}.
        Harm: low.
    """)),
    ("health", "success", block("""
        [[organisation:WNTS]] {{Clinical Governance}} - minutes, [[date:Tues 14 May]]
        Attendance: Dr [[name:Fenella Gough]] (chair, {{Clinical Lead}}), [[name:Paul Stacey]] ({{Lead Nurse}}),
        [[name:Hamid Rezaei]] ({{ANNP}}), [[name:Karen Mbatha]], [[name:Bex Lamont]], [[name:Gaz Pritchard]] ({{EMT}}),
        [[name:Winnie]] ({{cot bureau}})
        Apologies: Dr [[name:Ilse Vermeulen]], Dr [[name:Chidinma Eze]]

        Item 3 - learning from excellence
        3.1 [[name:Hamid]] and [[name:Karen]] transferred a [[age:1-day-old]] with
        {{persistent pulmonary hypertension}} on {{iNO}} from
        [[organisation:Fernley District Hospital]] on [[date:2 May]]. When the {{iNO}} delivery
        device alarmed in the lift, [[name:Karen]] switched to the back-up cylinder in under 30
        seconds because she had practised it in {{simulation}} the week before. Baby arrived
        stable. Nominated for the Trust {{Greatix}} award.
        3.2 [[name:Winnie]] found two {{intensive care}} cots in 20 minutes on a full night.

        Action: [[name:Bex]] to add the lift scenario to the {{sim}} programme.
        Next meeting [[date:11 June]].
    """)),
    ("health", "incident", block("""
        NIGHT HANDOVER - transport desk [[date:Sun 21/07]]
        - 23:10 {{cot bureau}} ([[name:Dom]]) allocated an {{ITU}} cot at [[organisation:Fernley District Hospital]]
          for baby [[name:Ahmadi]] ([[age:3 days old]], {{CPAP}}, rising O2).
        - 00:40 arrived at [[organisation:Fernley]] with baby. {{nurse in charge}} said no cot - they told the
          bureau at 21:00 they were closed to {{ITU}} (staffing). Bureau board not updated.
        - 01:05 diverted to [[organisation:Lindenbrook Children's Hospital]], extra 95 mins on the road.
          FiO2 up to 0.5, no other change.
        - Dad ([[name:Reza]]) had already driven to [[organisation:Fernley]]. rang him from the
          {{ambulance bay}} and gave him the new postcode.
        - crew over hours: [[name:Hamid]] and [[name:Toni]] finished 05:30, shift ends 02:00.
        {{Datix}} [[case_reference:W-92006]], also raised with the {{ODN}} bureau manager.
        Handed to: [[name:Moyo]] / [[name:J-L]]
    """)),
    ("health", "near_miss", block("""
        Transfer log - [[date:Wed 11 Sept]] (day shift)
        Time | Ref | From > To | Vehicle | Crew | O2 needed / carried
        08:15 | [[case_reference:W-24-1190]] | [[organisation:Fernley]] > [[organisation:Kingsmere]] | [[vehicle_registration:WX21 KFD]] | [[name:KM]] / [[name:HR]] | 240 L / 2x {{CD}}
        11:30 | [[case_reference:W-24-1191]] | [[organisation:Kingsmere]] > [[organisation:St Cuthbert's]] | [[vehicle_registration:WX70 PLB]] | [[name:BL]] / Dr [[name:TK]] | 900 L / 1x {{CD}}
        14:05 | [[case_reference:W-24-1192]] | [[organisation:Harrowfield General]] > [[organisation:Kingsmere]] | [[vehicle_registration:WX21 KFD]] | [[name:KM]] / [[name:HR]] | 300 L / 2x {{CD}}

        Near miss on [[case_reference:W-24-1191]]: the {{O2 calculation}} assumed one full
        {{CD cylinder}} but the gauge read a quarter. 90 min transfer at 10 L/min on the
        {{blender}} - would have run out at about 60 min. [[name:BL]] spotted the gauge on the
        {{vehicle check}} and a spare cylinder was loaded. Action: gauge reading to be
        written on the form, never assumed.
    """)),
    ("health", "incident", prose("""
        Baby [[name:Lucas]] was transferred from [[organisation:Harrowfield General]] to
        [[organisation:Kingsmere General Hospital]] for {{therapeutic hypothermia}} after a
        difficult delivery on [[date:16 October]]. There is no room for a parent in the
        {{ambulance}} during an {{active cooling}} transfer, so his father, Mr
        [[name:Darnell Whitaker]], followed in his own car while [[name:Lucas]]'s mother stayed
        on {{labour ward}}. Our {{transport nurse}}, [[name:Siobhán Ní Bhriain]], told him not
        to follow the ambulance but did not ask whether he was fit to drive. He had been awake
        for over 30 hours. He clipped a barrier on the dual carriageway; nobody was hurt and
        the {{police}} attended (log [[case_reference:CAD 1873 16/10]]). He reached the
        {{NICU}} two hours later, very distressed. Learning: parents are now asked "are you OK
        to drive?" and offered a taxi on the [[organisation:Apex Cars]] account, in line with
        the {{BAPM}} family-integrated care framework. The parent leaflet has been updated.
    """)),
    ("health", "success", block("""
        #wnts-shoutouts
        [[name:paul.stacey]]  08:12
        :star: huge shout-out to @[[name:ilse.v]] for last night's pick-up from [[organisation:Fernley]].
        [[age:30-minute-old]] {{26 weeker}}, no {{surfactant}} given locally, their {{registrar}} stuck
        in theatre. [[name:Ilse]] intubated first time, gave {{Curosurf}}, placed a {{UVC}} and had
        baby stable in 75 min
        [[name:karen.mbatha]]  08:15
        +1, and she rang {{mum}} on the {{postnatal ward}} before we left so she wasn't in the dark
        [[name:hamid.r]]  08:20
        :clap: textbook. also good {{thermal care}} - 36.8 on arrival
        [[name:winnie.o]]  08:31
        and thanks for ringing me back so quick re the cot at [[organisation:Kingsmere]]
    """)),
    ("health", "near_miss", block("""
        Conference call recording (cot bureau line), [[date:22/11/2023]] 04:12
        BUREAU ([[name:Winnie]]): {{Transport}}, I've got [[organisation:St Cuthbert's]] on the line, baby for {{cooling}}.
        SHO: Hi, it's [[name:Arjun]], the {{SHO}}. Baby [[name:Kowalczyk]], born 03:20, {{Apgars}} 2, 4 and 7, {{cord pH}} 6.9.
        CONSULTANT (Dr [[name:Gough]]): Thanks. Sorry - is that [[organisation:St Columba's]]?
        SHO: No, [[organisation:St Cuthbert's]]. C-U-T-H.
        CONSULTANT: Read back please - [[organisation:St Cuthbert's]], postcode [[postcode:KS2 8TQ]]?
        SHO: Yes, that's us. {{Delivery suite}}, {{resus}} bay 2.
        CONSULTANT: Start {{passive cooling}}, we'll be with you in 50 minutes.

        Note: the call handler had already typed [[organisation:St Columba's Hospital]] into
        the dispatch screen and the crew were walking to the {{ambulance}}. Only the
        {{read-back}} caught it. [[organisation:St Columba's]] is 40 minutes in the other direction and
        {{cooling}} must start within 6 hours of birth. Learning: hospital name AND postcode
        read back on every referral call.
    """)),
    ("health", "incident", prose("""
        amb [[vehicle_registration:wx70 plb]] broke down on the motorway nr junc 24 w/ baby
        [[name:grace]] (term, {{HIE}}, actively cooled) on board. {{control}} sent back-up, took
        55 mins. battery on the {{Tecotherm}} died at 40 mins so went to {{passive cooling}},
        temp drifted up to 34.6. dr [[name:vermeulen]] rang the [[organisation:Kingsmere]]
        {{consultant}} who was happy. dad in own car behind us, v upset, [[name:toni]] sat
        with him on the hard shoulder. arrived 2h late. fleet say the amb had a coolant
        warning light on [[date:fri 8th]] that wasnt actioned. also no spare battery for the
        cooler on the {{vehicle checklist}}. datix [[case_reference:w-92377]] - [[name:toni]]
    """)),
    ("health", "success", block("""
        From: [[name:Rosalind Achterberg]]
        To: {{Transport Team}}; [[name:Paul Stacey]]
        Date: [[date:Fri 19 July 2024]] 16:40
        Subject: Thank you from [[organisation:Fernley]] {{SCBU}}

        Dear all,

        I wanted to say thank you for {{Wednesday}} night. When our {{CPAP}} driver failed with a
        [[age:2-hour-old]] baby in the {{resus}} room, your team ({{ANNP}} [[name:Hamid]] and
        [[name:Moyo]]) were with us in 40 minutes and talked our junior doctor, Dr [[name:Ng]],
        through {{LISA}} rather than just taking over. Our {{band 5}} nurses learned more in
        that hour than on any study day. Baby stayed with us and no transfer was needed. The
        parents, [[name:Ruby]] and [[name:Kieran]], asked me to pass on their thanks.

        Best wishes
        [[name:Ros]]

        [[name:Rosalind Achterberg]] | {{Ward Manager}} | [[organisation:Fernley District Hospital]] {{SCBU}}
        [[phone:01632 960 487]] | [[email:r.achterberg@fernley-hospitals.nhs.uk]]
    """)),
    ("health", "near_miss", block("""
        [03:02] [[name:Joanna Lloyd-Baptiste]]
        Near miss to flag. The {{EBM}} bag that came with baby [[name:Hussain]] from [[organisation:Fernley]] had 4 syringes labelled Baby [[name:Begum]], hosp no [[case_reference:F5538102]]
        [03:04] [[name:Moyo Adeyemi]]
        were they checked at pick up?
        [03:06] [[name:Joanna Lloyd-Baptiste]]
        No - the {{cool box}} was handed over sealed by the {{HCA}}. I only looked on [[organisation:Florence Ward]] before the feed. Nothing given
        [03:07] [[name:Moyo Adeyemi]]
        good. ring [[organisation:Fernley]] now so they can find [[name:Begum]]'s milk before their 6am feeds
        [03:10] [[name:Joanna Lloyd-Baptiste]]
        done. their {{nurse in charge}} found {{Mum}} [[name:Hussain]]'s milk still in their fridge. {{Datix}} [[case_reference:W-92515]]. Adding "check EBM labels v {{wristband}}" to the pick-up {{checklist}}
    """)),
    ("health", "incident", block("""
        [[date:05.03.24]] transfer [[case_reference:W-24-0301]] - baby [[name:Mensah]], [[age:11 days]], {{NEC}}, for surgical opinion
        19:52  Left [[organisation:Kingsmere]] {{NICU}} on the {{babyPAC}} ventilator
        19:58  In {{Lift B}} - trolley caught the lift door, circuit disconnected at the {{Y-piece}}
        19:58  {{SpO2}} 58%, HR 80. [[name:JLB]] hand-bagged with {{Neopuff}}
        20:01  Reconnected. Sats 90% by 20:04
        20:40  Arrived [[organisation:Lindenbrook Children's Hospital]] {{surgical NICU}}, stable

        Contributing factors: lift door closes after 8 seconds, our trolley is longer than
        the old one, nobody was holding the door. Estates asked to lengthen the door timer;
        crew now send one person ahead to hold the lift.
        Reported by [[name:Joanna Lloyd-Baptiste]], {{transport nurse}}, [[phone:07700 900 903]]
    """)),
    ("health", "success", prose("""
        Learning from excellence. On [[date:Saturday 3 August]] we were asked to move twins,
        [[name:Amaya]] and [[name:Asher]], both [[age:4 days old]], from
        [[organisation:Harrowfield General]] to our unit at the same time because their
        {{local neonatal unit}} had to close after a flood. {{Transport nurse}}
        [[name:Hope Oduya]] and {{registrar}} Dr [[name:Faisal Qureshi]] had rehearsed a twin
        transfer in the {{sim suite}} in June. They used the twin checklist, gave each twin a
        colour for every line, syringe and chart, and did a second identity check at the
        {{incubator}} door. Both babies arrived stable with no drug or labelling errors.
        {{Mum}}, [[name:Chloe]], came in a second vehicle arranged through the
        {{cot bureau}} and was with them within the hour. [[name:Hope]] has since written the
        twin scenario up for the regional {{ODN}} and {{Bliss}} has asked to share the
        parent section.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        During break-down of a consolidation at the hub on the night of [[date:12 February]],
        {{ramp agent}} [[name:Tomasz Wiśniewski]] of [[organisation:Aerolink Ground Services]]
        noticed that a carton on a {{PMC}} pallet built for flight [[flight_number:SKV481]] was
        warm to the touch and carried a {{lithium battery mark}} but had no {{DG}} declaration.
        The {{air waybill}} (AWB [[case_reference:618-40229315]]) described it as "electronic
        spare parts". The shipper was [[organisation:Helsby Battery Co]], via
        [[organisation:Trans-Albion Forwarding]]. The carton was offloaded and quarantined and
        the {{airport fire service}} checked it with a {{thermal camera}}; it held loose
        {{UN3480}} cells with no terminal protection. [[flight_number:SKV481]], a
        {{B767-300F}}, left 47 minutes late. Reported to the {{CAA}} as a {{DG occurrence}},
        {{MOR}} ref [[case_reference:MOR-2024-00871]]. Learning: acceptance staff now ask for
        {{UN3480}}/{{UN3481}} status on anything described as "electronic", and
        [[name:Tomasz]] has been thanked by the {{Accountable Manager}}.
    """)),
    ("aviation", "near_miss", block("""
        RT transcript - {{Ground}}, [[date:03/10/23]], times UTC
        02:14 TUG 7: Ground, {{Tug Seven}}, request tow [[aircraft_registration:G-SKVD]] stand 41 to stand 12
        02:14 GND: {{Tug Seven}}, tow approved via {{Alpha}}, hold short {{Bravo}}
        02:14 TUG 7: Via Alpha, hold short Bravo, {{Tug Seven}}
        02:15 GND: [[flight_number:Skyvale 619]], taxi via Bravo, Alpha, {{holding point}} {{Alpha One}}, {{runway 27}}
        02:15 [[flight_number:SKV619]]: Bravo, Alpha to Alpha One runway 27, [[flight_number:Skyvale 619]]
        02:17 GND: {{Tug Seven}} STOP STOP. [[flight_number:Skyvale 619]] hold position

        Summary: tug driver [[name:Lee Farraday]] ([[organisation:Aerolink]]) read back
        "hold short Bravo" correctly but crossed the {{stop bar}}, believing he had been
        cleared onto Bravo. The taxiing {{B767-300F}} stopped about 60 m away. {{ATC}} filed an
        {{MOR}}; company ref [[case_reference:SKV-GSR-0442]]. [[name:Lee]] had been on nights
        for 6 in a row.
    """)),
    ("aviation", "incident", block("""
        Load sheet vs ULD weights - [[flight_number:SKV2204]], [[date:19 Jan]], {{A330-200F}} [[aircraft_registration:G-SKVA]]
        Pos | ULD | Load sheet kg | Actual kg
        {{P4}} | {{PMC}} | 4,210 | 4,210
        {{P5}} | {{PMC}} | 3,880 | 3,880
        {{P6}} | {{PMC}} | 2,150 | 5,120
        {{11L}} | {{AKE}} | 610 | 610

        The {{load control}} agent at [[organisation:Aerolink Ground Services]] keyed 2,150 instead
        of 5,120 for P6 (digits transposed). {{ZFW}} was understated by 2,970 kg and {{TOW}}
        by the same. Capt [[name:Ingrid Solberg]] felt the aircraft heavier than expected at
        rotation; trim was within limits. Found on arrival when the {{LDM}} did not match the
        {{build-up}} weigh-bridge tickets. Loadmaster [[name:Kofi Asante-Mensah]] had signed
        the {{LIR}} against the load sheet, not the tickets. Ref [[case_reference:SKV-OCC-24-0033]].
    """)),
    ("aviation", "success", prose("""
        SHOUT-OUT to loadmaster [[name:Wiremu Tane]] (aka [[name:Wiz]]) for stopping the load
        on [[flight_number:SKV377]] on [[date:Tues 9th]]. On his walk-round of the
        {{main deck}} he saw heavy frost on an {{AKE}} of {{UN1845}} {{dry ice}} for a pharma
        client and checked the {{NOTOC}}: 480 kg, above the limit for that
        {{A330-200F}} in its current ventilation set-up. He stopped loading and called the
        {{DG}} acceptance supervisor [[name:Ye-jin Park]], who confirmed it. 200 kg was moved to
        the next night's flight with the client's agreement, and the {{captain}} was briefed
        before the {{load sheet}} was issued. No delay. This is exactly the "stop and ask"
        we want. Nice one [[name:Wiz]]! - [[name:Dave Holcroft]], {{Ground Ops Manager}}
    """)),
    ("aviation", "near_miss", prose("""
        {{FDP}} near miss [[date:sun 17/3]]. [[flight_number:skv5522]] on
        [[aircraft_registration:g-skvf]], crew signed on 2135z. tech delay ({{APU}}) 3h. ops
        control rang the capt to ask if he'd extend under {{commander's discretion}}, capt said
        yes but the {{FO}} [[name:ben]] had been on a {{split duty}} the day before n only had
        10h rest, {{rostering}} system didnt flag it cos his rest was logged wrong. wd have
        gone over max {{FDP}} by 1h40 even with discretion. [[name:ben]] spoke up, capt
        ([[name:R. Oyelowo]]) backed him, flight cancelled n crew swapped. {{ORO.FTL}} limits
        were nearly bust by a typo. pls fix rest logging in the roster tool -
        [[name:ben]] shdnt have had to be the safety net. ref [[case_reference:FTL-0319]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Helena Dvořáková]] <[[email:h.dvorakova@skyvalecargo.com]]>
        To: [[email:safety@skyvalecargo.com]]
        Cc: [[email:dg.acceptance@aerolink-gs.co.uk]]
        Date: [[date:Thu 4 April 2024]] 05:52
        Subject: ASR - no NOTOC on [[flight_number:SKV619]]

        Safety team,

        On [[flight_number:SKV619]] tonight ([[aircraft_registration:G-SKVD]], {{B767-300F}}) we
        were handed the {{load sheet}} but no {{NOTOC}}. The {{dispatcher}} ([[name:Kai]]) said
        there was "no DG". On arrival the {{handling agent}} asked where the {{Class 8}}
        corrosives were - position {{22L}}, {{UN1760}}. We had flown 2h15 with dangerous goods
        on board without knowing. In a smoke event I could not have told {{ATC}} or the
        {{fire service}} what was in the hold. Please check why the {{DCS}} dropped the
        NOTOC. Ref [[case_reference:ASR-24-0412]].

        Regards
        [[name:Helena Dvořáková]]
        {{Captain}}, {{B767}} fleet, [[organisation:Skyvale Cargo]]
        [[phone:07700 900 860]]
    """)),
    ("aviation", "success", block("""
        [02:11, [[date:22/06/2024]]] [[name:Sunny Gill]]: main deck lock at pos {{C-R}} wont raise, {{PMC}} for [[flight_number:SKV481]] is planned there
        [02:12, [[date:22/06/2024]]] [[name:Amrit]]: engineer?
        [02:12, [[date:22/06/2024]]] [[name:Sunny Gill]]: [[name:Grzegorz]] on his way but 30 min min
        [02:14, [[date:22/06/2024]]] [[name:Wiz]]: dont force it. ring {{load control}}, swap C-R and {{D-R}}, the D pallet is lighter anyway
        [02:19, [[date:22/06/2024]]] [[name:Amrit]]: load control ok with it, new {{LDM}} coming, {{CG}} still in envelope
        [02:31, [[date:22/06/2024]]] [[name:Sunny Gill]]: all built, [[name:Wiz]] walked the deck, locks all up except C-R which is empty + {{placarded}}
        [02:40, [[date:22/06/2024]]] [[name:Grzegorz]]: lock deferred under the {{MEL}}, tech log done
        [02:58, [[date:22/06/2024]]] [[name:Amrit]]: pushed on time. proper teamwork lads
    """)),
    ("aviation", "incident", block("""
        Chronology - [[flight_number:SKV2204]] / [[aircraft_registration:G-SKVA]] - [[date:27 August 2024]]
        01:05  Main deck loading complete, loadmaster [[name:Chinonso Eke]] signs the {{LIR}}
        01:12  Doors closed
        01:20  {{Pushback}}
        01:26  In the turn onto {{Bravo 3}} the {{supernumerary}} on the upper deck hears a thump
        01:28  Crew stop, tell {{ATC}}, return to stand
        01:55  Inspection: {{PMC}} at {{P9}} moved 15 cm aft, two {{locks}} found down
        03:40  Re-secured, {{LIR}} re-signed, depart

        Findings: the lock check was done by an [[organisation:Aerolink]] {{ramp agent}} in his
        first week ([[name:Kwabena]]). The loadmaster signed without walking the deck because
        the ULD count matched. No damage to the aircraft. {{MOR}} [[case_reference:MOR-2024-01977]].
    """)),
    ("aviation", "near_miss", block("""
        DG ACCEPTANCE - shift handover [[date:Sat 30/11]] 06:00
        From: [[name:Ye-jin Park]]   To: [[name:Florin Munteanu]]

        1. NEAR MISS - AWB [[case_reference:618-40231177]], shipper [[organisation:Corvex Pharma]].
           {{UN1993}} flammable liquid, 60 L per package = {{CAO}} quantity. Accepted at 23:40 by
           [[name:Summer]] (2nd week) without the {{Cargo Aircraft Only}} label on 2 of 4 pkgs.
           I caught it on the {{DGR}} checklist cross-check at 02:10, before build-up. Labels
           applied, shipper told. Coaching with [[name:Summer]] booked [[date:Mon 2 Dec]].
        2. {{RRY}} package for [[flight_number:SKV377]] tomorrow - {{TI}} 2.1, separation chart printed.
        3. {{X-ray}} machine 2 U/S. Engineer on [[phone:0161 496 0391]], job no [[case_reference:XR-77812]].
    """)),
    ("aviation", "success", block("""
        Night Freight {{Safety Action Group}} - minutes
        [[date:22 May 2024]], ops building {{Room 2}}
        Present: [[name:Dave Holcroft]] (chair, {{Ground Ops Manager}}), Capt [[name:Ingrid Solberg]] ({{Fleet Safety}}),
        [[name:Florin Munteanu]] ({{DG}}), [[name:Jess Kowalski-Byrne]] ([[organisation:Aerolink Ground Services]]),
        [[name:Obi]] ({{load control}})
        Apologies: [[name:Ye-jin Park]], [[name:Gareth]]

        1. Good news: zero undeclared DG finds in April after shipper training with
           [[organisation:Trans-Albion Forwarding]] (previous quarter: 6). [[name:Florin]]'s
           training pack to be offered to two other forwarders.
        2. {{Just Culture}}: {{ASRs}} up 40% on last year - the group sees this as positive.
        3. Load sheet errors down from 9 to 1 since two-person key-in of ULD weights started
           on [[date:1 March]].
        Actions: [[name:Jess]] to roll two-person key-in out to the day shift. [[name:Obi]]
        to share the figures at the {{CAA}} {{oversight}} meeting.
    """)),
    ("aviation", "incident", block("""
        GROUND ACCIDENT REPORT - [[organisation:Aerolink Ground Services]]
        Ref: [[case_reference:AGS-HS-24-0158]]
        Injured person: [[name:Ahmed Farah-Nur]]
        DOB: [[date_of_birth:14/07/1991]]
        NI no: [[ni_number:JR 48 31 06 C]]
        Home address: [[address:22 Osprey Walk, Fallowfield Park]], [[postcode:FP3 7NS]]
        Tel: [[phone:07700 900 247]]
        Date/time: [[date:08/12/2024]] 03:25
        Location: {{stand 14}}, {{main deck}} cargo door

        What happened: while guiding a {{PMC}} onto the {{hi-loader}} platform his left foot was
        caught between the platform edge rollers and the pallet. The loader operator,
        [[name:Pavel]], stopped straight away. First aid by [[name:Chiara]] ({{first aider}});
        taken to {{A&E}}, two fractured toes. {{Safety boots}} were worn but the toe cap did
        not cover the side of the foot. {{RIDDOR}} reportable (over 7 days).
    """)),
    ("aviation", "near_miss", block("""
        #ops-control-nights
        [[name:oliver.brandt]]  23:48
        heads up, [[flight_number:SKV5522]] fuel order came through from the outstation {{handling agent}} as 38,000 - in LBS not kg. docket would have been ~17.2 t against a plan of 38.0 t
        [[name:joy.nwachukwu]]  23:50
        wow. who caught it?
        [[name:oliver.brandt]]  23:51
        {{FO}} [[name:Meera]] on the walk-round, she checked the docket against the {{OFP}} and the {{FOB}} on the gauges
        [[name:joy.nwachukwu]]  23:53
        good. {{MOR}}?
        [[name:oliver.brandt]]  23:55
        not needed as no wrong fuel loaded, but ASR [[case_reference:ASR-24-0587]] raised and emailed [[organisation:Petroserv Aviation Fuels]]
        [[name:Meera Iyer]]  00:02
        also the {{bowser}} [[vehicle_registration:FJ19 RZA]] had a "kg" sticker but the display was set to lbs
    """)),
    ("aviation", "success", block("""
        To the night team at [[organisation:Aerolink]],

        Thank you for last {{Thursday}} ([[date:14 Nov]]). We diverted in with
        [[aircraft_registration:G-SKVF]] at 01:40 after the weather closed our destination,
        with 22 ULDs and 3 hours left on our duty. You unloaded, re-planned and re-loaded in
        50 minutes so we could reposition legally within {{FDP}}. Special thanks to
        [[name:Bogdan]], [[name:Tiago]], [[name:Rose]] and [[name:Sanjeev Gill]] (everyone calls
        him [[name:Sunny]]), and to your {{duty manager}} [[name:Aoife]] who had the
        {{hi-loader}} and two {{tugs}} waiting on stand before we shut down. The
        {{loadmaster}} says it was the tidiest build he has seen all year.

        With thanks,
        Capt [[name:Nomvula Dlamini]] and {{F/O}} [[name:Eoin Mac Giolla]]
        [[organisation:Skyvale Cargo]]
    """)),
    ("aviation", "incident", block("""
        RT extract - {{Ground}}, [[date:19/02/24]] 04:31
        [[flight_number:Skyvale 481]]: Ground, [[flight_number:Skyvale four eight one]], stand 38, ready to taxi
        GND: [[flight_number:Skyvale four eight one]], taxi {{Charlie}}, {{Alpha}} to {{holding point}} {{Alpha One}}, {{runway 27}}, {{QNH}} 1009
        [[flight_number:Skyvale 481]]: Charlie, Alpha to Alpha One, runway 27, 1009, [[flight_number:Skyvale four eight one]]

        What happened: on breakaway from {{stand 38}} the {{B767-300F}}
        ([[aircraft_registration:G-SKVB]]) needed high {{breakaway thrust}} on a soft patch of
        apron. Jet blast moved three empty {{AKE}} containers left unsecured at the stand
        boundary into an [[organisation:Aerolink]] van ([[vehicle_registration:LN67 WHD]]).
        Windscreen cracked, driver [[name:Fatima Zahra Benali]] shaken but unhurt. Empty ULDs
        should have been in the {{ULD rack}}, which was full. Ref [[case_reference:SKV-GSR-0461]].
    """)),
    ("aviation", "near_miss", block("""
        Crew FDP check - night of [[date:6/7 Jan]], [[flight_number:SKV2204]]
        Crew                  | Role  | Sign-on | Max FDP | With delay
        [[name:A. Kowalczyk]]          | {{CPT}}   | 21:30   | 11:00   | 12:25
        [[name:T. Ó Súilleabháin]]     | {{FO}}    | 21:30   | 11:00   | 12:25
        [[name:Sunday Adeleke]]        | {{LM}}    | 21:00   | 13:00   | 12:55

        After a 1h25 tech delay at the outstation, the {{ops controller}} checked the crew
        against 13:00, the loadmaster's limit, and told the crew they were legal to continue.
        [[name:Sunday]] queried it because the pilots' figure looked wrong to him. Both pilots
        would have been 1h25 over max {{FDP}}, past {{commander's discretion}}. Fresh crew
        called out; departed 2h late. The {{crew control}} screen shows one limit per flight,
        not per crew member - raised as [[case_reference:ASR-24-0033]].
    """)),
    ("aviation", "success", prose("""
        Learning report [[case_reference:SKV-LR-24-009]]. On [[date:2 October]] Captain
        [[name:Nomvula Dlamini]] declined a {{UN2814}} ({{infectious substance}},
        {{Category A}}) consignment for [[flight_number:SKV377]] because the emergency contact
        number on the {{shipper's declaration}} ([[phone:0161 496 0874]]) went to voicemail
        when she tested it. The shipper, [[organisation:Corvex Pharma]], was contacted by our
        {{DG}} acceptance team and supplied a staffed 24-hour number the next night. The
        decision cost a 2-hour delay for that consignment and none for the flight. The
        {{Nominated Person}} for ground operations and the {{Head of Safety}} both backed the
        call, and it has been written into the {{IATA DGR}} acceptance checklist as a
        "test-call" step. Praised in the {{CEO}} bulletin as a model of {{Just Culture}}.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind242", REPORTS))
