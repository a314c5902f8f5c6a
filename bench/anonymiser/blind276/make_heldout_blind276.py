"""Held-out blind corpus 276: 50 invented UK incident, near-miss and learning reports.

Written blind (without looking at the de-identifier or any other corpus) so that it measures
how well de-identification generalises. Every person, organisation, place and number is
invented. Three settings:

- social_care (17): a child exploitation and contextual safeguarding team - county lines,
  CSE and CCE, NRM referrals, missing episodes, disruption work with police.
- health (17): an orthopaedic trauma ward - hip fractures, falls, delirium, pressure care,
  theatre lists, physios and OTs.
- aviation (16): an airport's wildlife hazard management and bird control unit - bird
  strikes, patrols, dispersal, habitat works, reporting to ATC.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams/WhatsApp/Slack) with handles, handover notes, minutes
with attendance and apologies, pipe and aligned tables, radio/RT transcripts, shout-outs and
thank-you notes. Identifiers are marked [[label:value]]; must-not-redact terms {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind276.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        quick note b4 i forget - [[name:tyler]] ([[age:15yo]]) went missing again frm
        placement last nite, {{foster carer}} [[name:bev]] rang {{EDT}} about {{23:40}}.
        police log [[case_reference:WP-24-118732]]. found {{04:10}} by {{BTP}} at
        [[address:Portsby]] station w/ 2 older lads, one known to us as [[name:Dray]]
        (prob [[name:Deshawn Pryce]], a {{nominal}} on the {{county lines}} map).
        [[name:tyler]] had £340 cash + 2 phones, one a {{burner}}. no
        {{return home interview}} booked as the {{RHI}} worker is off sick - 3rd time
        this month it's slipped thru. {{SW}} not told til 10am!! can someone pick up
        the {{RHI}} by {{friday}} & flag to {{MACE}} panel on [[date:weds 14th]].
        {{NRM}} needs updating too. - [[name:kas]]
    """)),
    ("social_care", "incident", prose("""
        Incident summary. On [[date:6 February 2024]] at approximately {{15:20}},
        [[name:Leon Achterberg]] (DOB [[date_of_birth:19/11/2008]]) was stopped by
        [[organisation:Westmarch Police]] in the car park of
        [[address:Kingsway Retail Park]] while a passenger in a grey {{Vauxhall Corsa}},
        registration [[vehicle_registration:KX17 PWD]]. He was found with fourteen wraps
        believed to be {{crack cocaine}} and {{heroin}}. The driver,
        [[name:Ricky Hales]], [[age:aged 24]], was arrested for {{PWITS}}.
        [[name:Leon]] was treated as a suspect rather than a possible victim of
        {{criminal exploitation}} and held in custody for eleven hours before an
        {{appropriate adult}} was called. No {{NRM}} referral was made and the
        {{Contextual Safeguarding Team}} only learned of the arrest through the
        {{MASH}} the next morning. As a {{First Responder}} organisation we submitted the
        referral ourselves on [[date:8 February]] (ref [[case_reference:NRM-KC-0457]]).
        Learning: custody staff to check the {{CE flag}} on arrival and ring the
        {{duty manager}}; this has been raised with the {{custody inspector}}.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Priya Raghunathan]] <[[email:priya.raghunathan@kelsbury.gov.uk]]>
        To: {{Exploitation Hub}} <[[email:exploitation.hub@kelsbury.gov.uk]]>
        Cc: [[name:Gareth Lloyd-Evans]]
        Sent: [[date:21 March 2024]] {{09:47}}
        Subject: NEAR MISS - safe address nearly circulated

        Hi all,

        Flagging a near miss from yesterday's {{strategy meeting}} for [[name:Kiera]]
        ([[case_reference:CS-88213]]). The draft minutes I was about to send still had
        her new {{safe address}} in them ([[address:7 Orchard Close, Hembury]],
        [[postcode:HB4 2WL]]). The distribution list includes the {{DSL}} at
        [[organisation:Ashgrove Academy]], who left in {{January}}, and a generic
        {{Youth Justice}} inbox. [[name:Grace]] spotted it while proof-reading and we
        redacted before it went. If it had gone, the address could easily have reached
        the adults we moved [[name:Kiera]] away from.

        Suggest: placement addresses only ever go in the {{confidential annex}}, and the
        chair checks the {{distribution list}} before every send.

        Thanks,
        [[name:Priya]]

        [[name:Priya Raghunathan]] | {{Senior Practitioner}}, {{Contextual Safeguarding}}
        [[organisation:Kelsbury County Council]] | [[phone:01632 960583]]
    """)),
    ("social_care", "success", block("""
        Teams - Exploitation & Missing (exported [[date:12/03/24]])

        [[name:Hope Adeyemi]]  {{09:12}}
        massive shout out to [[name:Tomasz]] for yesterday!! [[name:Jayden]] finally
        opened up to him in the car after {{football}} and said who has been holding his
        phone. [[name:Tomasz]] didn't push, just kept turning up every {{Tuesday}} like
        he promised.

        [[name:Tomasz Wiśniewski]]  {{09:15}}
        ah thanks. credit to PC [[name:Danvers]] as well, she got the {{CAWN}} served on
        the adult by 5pm. quickest one this team has ever done

        [[name:Sunny]]  {{09:21}}
        brilliant work both. adding to the {{MACE}} good practice log. can we chase
        [[name:J]]'s {{reasonable grounds}} decision? {{NRM}} ref [[case_reference:NRM-KC-0462]]

        [[name:Hope Adeyemi]]  {{09:22}}
        on it, will ring the {{Single Competent Authority}} after {{huddle}}
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - missing episode
        YP: [[name:Amira Haddad]] ([[age:14]])   Ref: [[case_reference:MFH-24-0391]]

        [[date:Sat 9 March]]
        18:30  Left [[organisation:Larchfield Children's Home]] saying she was going to
               the {{corner shop}}.
        19:05  {{Residential worker}} sees her get into a private hire car,
               [[vehicle_registration:YF68 KTN]].
        19:40  Reported missing via {{101}}, police log [[case_reference:WP-24-120554]].
        22:15  Friend says location sharing shows her at the
               [[organisation:Wharfside Hotel]], [[address:Portsby]].
        23:50  Police attend; room booked by [[name:Dean Skerritt]], [[age:aged 31]].

        [[date:Sun 10 March]]
        01:20  [[name:Amira]] found in the room with two adult men. Taken to {{A&E}} at
               [[organisation:Portsby Royal Infirmary]]; {{ISVA}} and {{SARC}} offered.
        03:00  Back at the home. {{On-call manager}} [[name:Anwen]] informed.

        Issues
        1. Taxi firm ([[organisation:A1 Cars Portsby]]) not on the {{licensing}} alert list.
        2. Night staff at the hotel did not question a child checking in;
           {{Operation Makesafe}} training was never delivered there.
        3. {{Strategy discussion}} not held until {{Monday}} afternoon.
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS REPORT
        Young person: [[name:Marcus Oyelaran-Smith]]
        DOB: [[date_of_birth:02/07/2007]]    Age: [[age:16]]
        Case ref: [[case_reference:KCC-CE-20419]]
        NI no: [[ni_number:JT 48 21 63 C]]
        Address: [[address:Flat 4, 31 Bessemer Road, Kelsbury]], [[postcode:KB2 9RT]]
        Reported by: [[name:Rhiannon Pugh]], {{Exploitation Practitioner}}
        Date of event: [[date:27/02/2024]]

        What happened:
        A man rang {{reception}} saying he was [[name:Marcus]]'s uncle and needed his
        new address to drop off his {{college}} bag. The receptionist started to look it
        up, then saw the {{CP}} alert on the record and put the call through to
        {{duty}}. The caller's number ([[phone:07700 900412]]) matched a number in the
        police {{intelligence report}} for the {{county line}} [[name:Marcus]] was
        pulled out of.

        What stopped it: the alert, and the receptionist trusting her gut.
        Action: number passed to DC [[name:Farrukh Aziz]] at
        [[organisation:Westmarch Police]]; {{front of house}} briefing on
        {{third party}} requests for addresses.
    """)),
    ("social_care", "success", block("""
        MACE PANEL - MINUTES (extract)
        Date: [[date:16 April 2024]], via {{Teams}}
        Present: [[name:Sunny Bains]] (Chair, {{Head of Service}}); DS [[name:Okonkwo]]
        ([[organisation:Westmarch Police]]); [[name:Faith Mburu]] ({{detached youth work}});
        [[name:Will Ashdown]] ({{YJS}}); [[name:Ioana Popescu]] ({{CAMHS}});
        [[name:Kas Rahman]] ({{Exploitation Practitioner}})
        Apologies: [[name:Bill Thackeray]] ({{Housing}}); [[name:JK]] ({{Probation}})

        Item 3 - Learning: [[address:Brindley Park]]
        The park was flagged in {{January}} as a hotspot after four young people said
        they had been approached there by older males. Partners mapped the place rather
        than the individuals. Actions: lighting repaired, {{detached youth workers}} on
        site {{Friday}} evenings, and drivers at [[organisation:Hembury Coaches]] given a
        15-minute briefing on {{spotting the signs}}. Since then no missing episodes have
        been linked to the park for six weeks, and two disclosures came via the youth
        workers. [[name:Sunny]] thanked [[name:Faith]] for leading this.
        Agreed: write up as a {{Contextual Safeguarding}} case study for the {{LSCP}}.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER  {{duty}} -> {{EDT}}   Fri [[date:22/03]]

        * [[name:Shanice]] ([[age:15]]) - open to us, {{CSE}} risk high. {{Mum}}
          ([[name:Lorraine]]) rang 16:10, says [[name:S]] has a "new boyfriend" who is
          [[age:19ish]] and picks her up in a white car. No reg yet.
          {{Philomena Protocol}} form is on file.
          ** NEAR MISS ** form had mum's OLD mobile on it. only noticed bc it didn't
          match the referral. corrected to [[phone:07700 900871]]. if she goes missing
          tonight police would have been ringing a dead number.
        * [[name:Rio Fenn]] - no concerns, in {{respite}} til Sun.
        * [[name:Kwabena]] - {{bail}} conditions, curfew 7pm, {{tag}} fitted. ring
          {{YOT}} if breach.

        Handed over by [[name:Mags]] to [[name:Ollie]] ({{EDT}}) 17:05
    """)),
    ("social_care", "success", block("""
        Dear Mrs [[name:Hargreaves]],

        I wanted to thank you and the pastoral team at
        [[organisation:St Bede's Catholic High School]] for your referral about
        [[name:Ethan]]. Your {{attendance officer}}, [[name:Pat]], noticed that his
        absences always fell on a {{Thursday}} and that he had new designer trainers and
        two phones. Because you rang the {{MASH}} the same day rather than waiting for
        the {{half-termly}} review, we completed the
        {{Child Exploitation Screening Tool}} within 48 hours and linked [[name:Ethan]]
        with a {{youth worker}} before he was drawn in any further. He has missed only
        one day of school since [[date:26 February]].

        This is exactly what {{Working Together}} asks of all of us, and I have shared
        it at the {{DSL}} network as an example of good practice.

        With thanks,
        [[name:Joy Mensah-Bonsu]]
        {{Team Manager}}, {{Contextual Safeguarding Team}}
        [[organisation:Kelsbury County Council]]
    """)),
    ("social_care", "incident", block("""
        Sightings log - silver {{Ford Focus}} [[vehicle_registration:LK19 XMT]]

        Date            | Time  | Location                          | Seen by
        [[date:02/04]]  | 15:20 | [[organisation:Harcourt Academy]] gates | PC [[name:Hollis]]
        [[date:03/04]]  | 15:25 | [[address:Rookery Lane]] bus stop | [[name:Rosa]] ({{youth worker}})
        [[date:05/04]]  | 22:40 | [[address:Mill Street]] garages   | {{CCTV}}
        [[date:08/04]]  | 15:15 | [[organisation:Harcourt Academy]] gates | Mr [[name:Doyle]] ({{DSL}})

        Incident: the reg was logged by PC [[name:Hollis]] on the first sighting but
        was not shared with the school or with us until [[date:8 April]], because
        nobody was sure the {{ISA}} covered {{ANPR}} data. In those six days the car
        collected [[name:Kai]] ([[age:13]]) twice. The registered keeper is
        [[name:Nathan Coyle]], a {{nominal}} linked to the [[address:Portsby]] line.
        Learning: vehicle regs from {{disruption}} work go to the {{MACE}} inbox the
        same day; {{legal}} confirmed the {{ISA}} already allows this.
    """)),
    ("social_care", "near_miss", block("""
        #ce-duty   [[date:Thu 18 Apr]]

        [[name:ash.k]]  11:02
        heading out to [[address:12 Peel Court]] for [[name:Bailey]]'s {{RHI}}, back by 1
        [[name:ines.carvalho]]  11:04
        wait - isn't [[address:12 Peel Court]] the {{cuckooed}} flat on the {{MACE}} map??
        there's a {{police marker}} on it
        [[name:ash.k]]  11:05
        omg. it's not on the {{lone working}} sheet at all
        [[name:ines.carvalho]]  11:06
        don't go. ring DS [[name:Okonkwo]], they can do a joint visit or we see [[name:B]]
        in school
        [[name:ash.k]]  11:09
        rearranged for school tmrw. logging as near miss. the map and the
        {{lone working}} sheet need to talk to each other
        [[name:tunde]]  11:15
        agreed, will raise at {{team meeting}} {{Weds}}. good catch [[name:ines]]
    """)),
    ("social_care", "incident", prose("""
        On [[date:11 January 2024]] [[name:Olivia-Mae Thornton]], [[age:aged 13]], told
        her {{form tutor}} at [[organisation:Ashgrove Academy]] that a man she had met on
        a gaming platform kept asking her for images. The school followed procedure and
        contacted us. When the allocated worker visited that evening,
        [[name:Olivia-Mae]]'s {{mother}} showed her the messages. Trying to reduce the
        girl's distress, the worker suggested the family "block and delete". By the time
        police attended on [[date:13 January]] the account and chat history had gone and
        the man's username could not be recovered from the device, so {{CEOP}} could not
        take it further. Learning: never advise deleting messages or images; secure the
        device, do not view or forward images, and refer to police and {{CEOP}}.
        {{Report Remove}} can be offered to the child for images already shared. The
        worker has had {{reflective supervision}} and the {{online harms}} briefing is
        now part of {{induction}}. Reported by [[name:Mehmet Yıldız]],
        {{Practice Lead}}.
    """)),
    ("social_care", "success", prose("""
        [[name:Dmitri Volkov]] ([[age:17]]) was charged in {{December}} with possession
        with intent after being found in a {{trap house}} in [[address:Portsby]]. We had
        submitted an {{NRM}} referral in {{October}} and the
        {{Single Competent Authority}} made a positive {{Reasonable Grounds}} decision on
        [[date:4 November 2023]]. At [[organisation:Portsby Youth Court]] on
        [[date:19 March 2024]] the {{CPS}} discontinued the case after the defence raised
        {{Section 45}} of the {{Modern Slavery Act}}, supported by a statement from his
        worker, [[name:Aoife Brennan]], setting out the grooming timeline. What made the
        difference: a {{chronology}} started from the first missing episode, the
        {{YOT}} and {{Children's Services}} working to one plan, and [[name:Aoife]]
        attending every hearing. [[name:Dmitri]] is now on a {{plumbing}} course at
        [[organisation:Kelsbury College]]. Case ref [[case_reference:KCC-CE-19877]].
    """)),
    ("social_care", "incident", prose("""
        IG breach - my car got broken into last nite outside
        [[address:Hembury Leisure Centre]] ({{ford fiesta}}
        [[vehicle_registration:WV21 RZJ]]), bag taken incl my {{notebook}}. notebook had
        first names + initials + some addresses of 6 yp inc [[name:Kiera]]'s new
        placement. crime ref [[case_reference:WP-24-131006]]. rang the {{IG}} team + my
        {{TM}} [[name:Joy]] straight away. {{laptop}} was in the boot n not taken thank
        god, its encrypted anyway. [[name:Joy]] says we need to tell the
        {{safe placement}} + police re [[name:Kiera]] asap as the adults she was moved
        away from could end up with it if the bag gets sold on. i know we're not meant
        to keep paper notes, i only do it bc the {{case recording system}} times out in
        the car. lesson learnt - no paper. - [[name:rhi]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Bogdan Marinescu]]
        To: [[name:Nia Roberts]]
        Subject: RE: emergency placement for [[name:D.A.]] - PLEASE HOLD

        Hi [[name:Nia]],

        Before you confirm [[organisation:Meadowview Supported Lodgings]] for
        [[name:D.A.]] tonight - please don't. I ran the address
        ([[address:44 Cheltenham Terrace, Portsby]], [[postcode:PO7 3DN]]) against the
        {{MACE}} {{problem profile}}. The ground floor flat is the home address of
        [[name:Jordan Kirwan]] (known as [[name:JJ]]), flagged as an
        {{adult of concern}} for {{CCE}} and on {{bail}} for supply.
        [[name:D.A.]] is one of the children he has been linked to. The provider would
        not know: their checks only cover their own staff.

        Suggest every emergency placement address goes through the analyst desk or a
        police {{PNC}} check before it is confirmed, {{out of hours}} included.

        Regards,
        [[name:Bogdan]]

        [[name:Bogdan Marinescu]] | {{Intelligence Analyst}}
        [[email:bogdan.marinescu@kelsbury.gov.uk]] | [[phone:01632 960217]]
    """)),
    ("social_care", "success", block("""
        [[date:10/04/2024]], 21:14 - [[name:Faith]]: just dropped [[name:Ro]] home after
        {{boxing}}. honestly so proud of him
        [[date:10/04/2024]], 21:15 - [[name:Faith]]: he said today it was him who rang
        {{Childline}} from the train when they were sending him to [[address:Aberystwyth]]
        in {{Feb}}. never told anyone til now
        [[date:10/04/2024]], 21:17 - [[name:Mark Osei]]: wow. thats huge
        [[date:10/04/2024]], 21:18 - [[name:Faith]]: only bc we've done the same drive
        every week for 4 months. {{consistency}} works!!
        [[date:10/04/2024]], 21:20 - [[name:Mark Osei]]: I'll let [[name:Aoife]] know for
        the {{NRM}} update + his {{SW}}. proper {{trusted adult}} stuff x
        [[date:10/04/2024]], 21:22 - [[name:Faith]]: ta. and thx for sorting the {{gym}}
        place, he lives for it now
        [[date:10/04/2024]], 21:23 - [[name:Mark Osei]]: thats all Coach [[name:Dee]] tbh
    """)),
    ("social_care", "incident", block("""
        EDT CALL RECORD   Ref: [[case_reference:EDT-24-05512]]
        Date/time: [[date:Sun 28 April]] 02:35
        Caller: PC [[name:Yusuf Demir]], [[organisation:Westmarch Police]]

        EDT: {{Emergency Duty}}, [[name:Carys]] speaking.
        PC [[name:Demir]]: Hi, we've got [[name:Precious Nkemelu]], [[age:16]], found at
        [[address:9 Foundry Walk]] with two adults and a quantity of {{class A}}. She's
        open to your exploitation team. Need somewhere for her tonight.
        EDT: Can she go home?
        PC [[name:Demir]]: No, {{mum}} says she won't have her back, and that address
        is linked to the line anyway.
        EDT: I'll ring round {{emergency beds}}. Can you hold her under
        {{police protection}}?
        PC [[name:Demir]]: Only at the station.

        Outcome: no bed found in county. [[name:Precious]] spent the rest of the night
        in an interview room at [[organisation:Portsby Police Station]] until
        [[name:Carys]] found a {{solo placement}} at 09:40. She went missing from it two
        days later.
        Learning: out-of-hours placement list was out of date; {{Police protection}}
        should never mean a child stays at a police station.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        Patient: Mr [[name:Edwin Marsh]], [[age:aged 87]], hospital no.
        [[case_reference:NM4471902]]. Admitted to [[organisation:Fenwick Ward]] on
        [[date:3 March]] with a left {{intracapsular}} {{neck of femur fracture}} after a
        fall at home. He was listed for the {{trauma list}} on [[date:4 March]] and kept
        {{nil by mouth}} from midnight. He was cancelled at 17:00 because a
        {{polytrauma}} case took priority, and the same happened on [[date:5 March]] when
        the {{anaesthetist}} was pulled to {{ICU}}. Nobody restarted oral fluids in
        between and his {{IV fluids}} were not prescribed overnight. By the third
        morning he had an {{AKI}} and {{hyperactive delirium}}, and surgery was delayed
        again for optimisation. He had his {{hemiarthroplasty}} on [[date:7 March]],
        96 hours after admission, far outside the {{Best Practice Tariff}} 36-hour
        target. Learning: fasting to follow the {{sip til send}} policy; the
        {{trauma coordinator}} to review every cancelled hip by 18:00 and make sure
        fluids are prescribed. Reported by [[name:Bronagh McAteer]], {{Ward Sister}}.
    """)),
    ("health", "incident", prose("""
        night fall - mrs [[name:doherty]] bay 3 bed 4 ([[case_reference:NM5530187]]),
        found on floor by bed 02:50, unwitnessed. shes on {{apixaban}} so
        {{head injury}} pathway = {{CT head}} within 8h. {{FY1}} bleeped 03:05, didnt
        come til 05:40 (covering 3 wards). CT not requested til 06:15, done 10:20, clear
        thank god. {{neuro obs}} gaps btwn 04:00 and 07:00 as we were 2 {{HCAs}} down.
        {{sensor mat}} was on but battery flat?? nobody checked it at the
        {{safety huddle}}. {{daughter}} ([[name:Siobhan]]) not told til visiting.
        {{lying and standing BP}} never done since admission either. incident ref
        [[case_reference:IR-2024-08813]]. - [[name:jess]] ({{RN}})
    """)),
    ("health", "near_miss", block("""
        From: [[name:Ngozi Eze]] <[[email:ngozi.eze@northmoor.nhs.uk]]>
        To: {{Trauma Theatres}} <[[email:trauma.theatres@northmoor.nhs.uk]]>
        Date: [[date:14 May 2024]]
        Subject: Near miss - site marking, {{Theatre 4}}

        Colleagues,

        This morning's first case on the {{trauma list}}, [[name:Harold Beeching]]
        ([[case_reference:NM3390254]]), had a {{consent form}} for a left
        {{dynamic hip screw}} but the arrow on the skin was on the right. Imaging
        confirmed a left {{intertrochanteric fracture}}. It was picked up at
        {{Sign In}} on the {{WHO Surgical Safety Checklist}} by our {{ODP}},
        [[name:Bartek]], who asked to see the mark himself rather than accept "marked".
        The mark had been made on the ward by a {{locum}} {{SHO}} with the patient lying
        the other way round in bed. Nobody was harmed; the {{operating surgeon}},
        Mr [[name:Venkatesh]], re-marked and the list started 25 minutes late.

        Actions: marking only by the operating team with the X-ray on screen; every
        {{ODP}} can stop the line. Thank you [[name:Bartek]].

        Dr [[name:Ngozi Eze]]
        {{Consultant Anaesthetist}}, [[organisation:Northmoor General Hospital]]
    """)),
    ("health", "success", prose("""
        SHOUT OUT to [[name:Mark]] ({{physio}}) and [[name:Rose]] ({{OT}}) on
        [[organisation:Fenwick Ward]]! Mr [[name:Alfred Penhaligon]], [[age:94]], was
        standing at the bedside with a {{Zimmer frame}} on {{day 1 post-op}} after his
        {{hemiarthroplasty}} - the morning after his op, not the afternoon like usual.
        [[name:Mark]] came in early to catch him before his {{PCA}} came down and
        [[name:Rose]] had the {{commode}} and chair raisers sorted the day before. By
        day 4 he was walking to the bathroom. He kept telling us he was going home for
        his {{diamond wedding}}, and he did, on [[date:Saturday 20th]]. This is what
        {{early mobilisation}} looks like and it shows in our {{NHFD}} figures too.
        Nominated for the {{Trust}} {{Star of the Month}}. - [[name:Bronagh]]
        ({{Ward Manager}})
    """)),
    ("health", "incident", block("""
        TIMELINE - patient left the ward, [[organisation:Fenwick Ward]]
        Patient: [[name:Wilfred Oduya]]   DOB: [[date_of_birth:08/08/1939]]
        NHS no: [[nhs_number:401 234 5672]]   Hosp no: [[case_reference:NM6612045]]

        [[date:Tues 21 May]]
        21:30  {{4AT}} score 6 - {{delirium}}. {{Enhanced observation}} requested, not
               available (no {{bank}} staff).
        23:10  Seen in bed by {{HCA}}, pulling at {{cannula}}.
        00:45  Bed empty. Bay, toilets and {{sluice}} checked.
        00:55  {{Site manager}} and security told; {{Missing Patient Policy}} started.
        01:30  Found by security in the multi-storey car park, level 2, in gown and one
               slipper, temp 35.1. {{Surgical wound}} intact.
        01:45  Back on ward. {{Registrar}} review, no new injury.
        02:30  {{Son}} [[name:Chidi]] informed by phone ([[phone:07700 900356]]).

        Contributing: no {{MCA}} or {{DoLS}} assessment documented; the {{maglock}} on
        the stairwell door had been faulty since [[date:16 May]] (estates job
        [[case_reference:EST-44720]]).
    """)),
    ("health", "near_miss", block("""
        INCIDENT FORM - NEAR MISS (no harm)
        Patient name: [[name:Margarethe Kühn]]
        DOB: [[date_of_birth:30/01/1941]]     Age: [[age:83]]
        NHS number: [[nhs_number:725 391 0486]]
        Hospital no: [[case_reference:NM2207761]]
        Address: [[address:3 Willow Bank, Northmoor]] [[postcode:NM3 6HU]]
        Location: [[organisation:Fenwick Ward]], bed 12
        Reported by: [[name:Arjun Bhattacharya]], {{Ward Pharmacist}}

        Description: On admission {{enoxaparin}} 40 mg once daily was prescribed for
        {{VTE prophylaxis}}. On day 2 a second {{enoxaparin}} 40 mg prescription was
        added on {{EPMA}} by the {{orthogeriatric}} team, who did not see the first.
        Her {{eGFR}} was 24. Both doses were due at 18:00. I spotted the duplicate on my
        afternoon round and the second one was cancelled before the drug round.
        {{Nurse in charge}} ([[name:Temperance]]) informed.
        Contributing: two teams prescribing; duplicate alert switched off for {{LMWH}}.
    """)),
    ("health", "incident", block("""
        SBAR handover - bay 2 - days to nights   [[date:09/06/24]]
        S: [[name:Gwendolyn Tate]] ([[age:79]]), day 6 post {{DHS}} R hip. Found today:
           {{category 3}} {{pressure ulcer}} L heel, 3x2cm, {{slough}} in the base.
           Incident ref [[case_reference:IR-2024-09377]].
        B: {{Waterlow}} 22 on admission = very high risk. Plan said {{heel offloading}}
           boots + 2-hourly turns. Boots were in her locker, not on. {{SSKIN}} chart gaps
           from [[date:5 June]] overnight. {{Air mattress}} requested day 2, came day 5.
        A: Needs {{TVN}} review. Pain ok on {{paracetamol}}. Eating a quarter of meals,
           {{MUST}} 2.
        R: Boots ON at all times in bed, wedge, turns documented, {{TVN}} and
           {{dietitian}} referrals done. Tell {{daughter}} ([[name:Ffion]]) at visiting,
           she asked about the heel.
        Handed over: [[name:Oluwaseun]] -> [[name:Gracjan]]
    """)),
    ("health", "success", block("""
        FALLS STEERING GROUP - [[organisation:Fenwick Ward]] and [[organisation:Hartley Ward]]
        Minutes, [[date:2 July 2024]]
        Present: [[name:Amber Nwosu]] (Chair, {{Matron}}); [[name:Kieran O'Dowd]]
        ({{Falls Lead}}); [[name:Yasmin Al-Rashid]] ({{Orthogeriatrician}});
        [[name:Lwazi Dube]] ({{Physio}}); [[name:Ruth]] ({{HCA}} rep);
        [[name:P. Szabo]] ({{Estates}})
        Apologies: [[name:Hamish Grieve]] ({{Pharmacy}}); Dr [[name:Faith Olaniyan]]

        2. Cohort bay pilot - success
        [[name:Kieran]] presented 12 weeks of data. Bay 1 on
        [[organisation:Fenwick Ward]] became a {{cohort bay}} with one {{HCA}} always
        present ("{{bay watch}}"). Falls on the ward went from 14 to 5, none with harm.
        {{Lying and standing BP}} is now done for 90% of patients. [[name:Ruth]] said
        the HCAs felt trusted rather than watched. [[name:Amber]] thanked everyone.
        Action: extend to [[organisation:Hartley Ward]] from [[date:1 August]]
        ([[name:Kieran]]).
    """)),
    ("health", "near_miss", block("""
        Teams chat - [[organisation:Fenwick]] nurses - [[date:18/06/2024]]

        [[name:Leilani Kahale]]  14:02
        just had a near miss, want to log it properly. bed 8, Mr [[name:Iqbal]],
        {{Oramorph}} 2.5 mg {{PRN}}. I drew up 2.5 ml thinking ml = mg. It's 10mg/5ml so
        that would've been 5 mg, double. [[name:Hamza]] was doing the {{second check}}
        and asked "what strength is that bottle?" - caught before it was given.

        [[name:Hamza Qureshi]]  14:05
        easy done tbh, the {{CD cupboard}} has two strengths and the 20mg/ml
        {{concentrate}} was right next to it

        [[name:Charlie]] ({{Band 7}})  14:09
        Thanks both, good catch [[name:Hamza]]. Pls put it on the incident system.
        I'll ask {{pharmacy}} to take the {{concentrate}} off our {{CD}} stock list, we
        shouldn't hold it on an ortho ward.
    """)),
    ("health", "incident", block("""
        TRAUMA LIST - hip fractures waiting, [[date:Fri 12 July]] 08:00
        Pt       Hosp no      Admitted          Fasted from  Status
        [[name:E.R.]]     [[case_reference:NM7710394]]    [[date:10/07]] 14:30    00:00        cancelled x2
        [[name:T.McL.]]   [[case_reference:NM7712818]]    [[date:10/07]] 22:10    00:00        cancelled x1
        [[name:G.P.]]     [[case_reference:NM7714402]]    [[date:11/07]] 06:45    02:00        1st on list

        By 17:00 [[name:E.R.]] ([[age:91]]) and [[name:T.McL.]] had both passed 36 hours
        and [[name:G.P.]] was bumped again. Only one {{trauma theatre}} ran all day
        because the second was given to {{elective}} {{arthroplasty}} to protect
        {{RTT}} numbers. [[name:E.R.]] had been fasted on three separate days. Escalated
        to the {{CD}} and {{bed manager}} at 11:00, no change. Incident
        [[case_reference:IR-2024-10119]]. Ask: a ring-fenced {{NOF}} slot every
        morning, and no {{elective}} list takes the second theatre while a hip waits.
    """)),
    ("health", "success", block("""
        Card left on [[organisation:Fenwick Ward]] (copied into the compliments log)

        To all the lovely staff, especially [[name:Blessing]] and Nurse
        [[name:Kowalski]] on nights,
        Thank you for looking after {{Mum}} ([[name:Doreen Ashby]]) after her hip. She
        was so muddled the first few nights and thought she was back in
        [[address:Cleethorpes]] working at the fish docks. [[name:Blessing]] sat with
        her at 3am and sang to her, and you let me stay past visiting under
        {{John's Campaign}}, which made all the difference. She's doing well at
        {{rehab}} and asking after you all.
        With love from [[name:Linda]] and all the family x

        Ward note: carer's passport used; {{delirium}} resolved by day 5; discharged
        to [[organisation:Elmhurst Lodge]] for {{rehab}}. Shared at {{huddle}}.
        - [[name:Bronagh McAteer]]
    """)),
    ("health", "incident", prose("""
        pt admitted from [[organisation:Greenacres Care Home]] with {{#NOF}} 22:00 last
        nite, no {{MAR chart}} sent, no med list. family said "shes got parkinsons" but
        didnt know the meds. {{GP}} surgery ([[organisation:Millgate Surgery]]) shut til
        8. {{Summary Care Record}} access not set up for the night {{FY1}} so nobody
        looked. {{co-careldopa}} missed x3 doses, first given 12:30 today = 14+ hrs late.
        by the morning she was rigid, couldnt swallow safely, {{aspiration}} risk,
        {{SALT}} r/v needed. {{Parkinson's}} meds are {{time critical}}!! if {{NBM}}
        think {{NG}} route or {{rotigotine}} patch. pt [[name:Evelyn Strachan]]
        [[nhs_number:638 127 4050]]. ref [[case_reference:IR-2024-10254]]. can we pls
        get {{SCR}} access sorted for all FY1s on nights. dr [[name:l.chen]]
    """)),
    ("health", "near_miss", prose("""
        During a transfer on [[date:23 July]], two {{healthcare assistants}} were about
        to hoist Mrs [[name:Nkechi Obi]] ([[case_reference:NM8830127]]) from bed to
        chair using a medium {{full-body sling}} labelled for a different patient. Her
        {{moving and handling}} plan states a large sling. [[name:Sian]], the second
        {{HCA}}, noticed the label as the loops were being attached and stopped the
        transfer. With the wrong size there was a real risk of Mrs [[name:Obi]] slipping
        through the sling with a {{hip fracture}} fixed only four days earlier.
        Contributing factors: slings are kept in a shared cupboard in the {{bay}}; the
        {{Manual Handling}} link nurse post has been vacant since spring; agency staff
        may not know our labelling. Actions: named slings kept in the patient's own
        locker, and an audit by [[name:Tomás Ferreira]] ({{Practice Educator}}) within
        a month.
    """)),
    ("health", "success", prose("""
        [[name:Kwame Asante-Boateng]], [[age:aged 72]], lives alone in a first-floor
        flat at [[address:18 Cobden Street, Northmoor]]. Before admission he was fully
        independent. After his {{DHS}} on [[date:2 August]] the {{MDT}} expected a
        {{community hospital}} stay of two to three weeks. Our {{OT}},
        [[name:Hannah-Rose Lindqvist]], did a joint {{access visit}} with him on day 5
        and worked with his nephew [[name:Kojo]] and the {{Reablement}} team to get a
        {{key safe}}, a {{perching stool}} and a second {{stair rail}} fitted by
        [[organisation:Northmoor Care & Repair]] within 48 hours. He went home on
        {{Discharge to Assess}} {{Pathway 1}} on day 8, saving roughly 14
        {{bed days}}. At the 30-day phone call he had not fallen and was walking to the
        corner shop. Learning: early access visits for people who live alone, booked
        by the {{OT}} not the discharge team. [[name:Kwame]] asked us to pass on his
        thanks to [[name:Hannah-Rose]] by name.
    """)),
    ("health", "incident", block("""
        From: [[name:Eleri Vaughan]] <[[email:eleri.vaughan@northmoor.nhs.uk]]>
        To: [[name:Amber Nwosu]]
        Subject: Incident [[case_reference:IR-2024-11502]] - wrong patient X-ray, bay 4

        [[name:Amber]],

        As discussed on the phone. Bay 4 had two men called [[name:Hughes]]:
        Mr [[name:Gareth Hughes]] (bed 13, [[age:68]], {{ankle ORIF}}) and
        Mr [[name:Glyn Hughes]] (bed 15, [[age:84]], {{periprosthetic fracture}}).
        A {{portable X-ray}} of the pelvis was requested for [[name:Glyn]]. The
        {{radiographer}} called "Mr [[name:Hughes]]?" from the doorway,
        [[name:Gareth]] answered, and the film was taken on him before anyone checked
        his {{wristband}}. [[name:Gareth]] had an unnecessary exposure and
        [[name:Glyn]]'s imaging was delayed by three hours. This is being reported
        under {{IR(ME)R}} as an unintended exposure, and {{Duty of Candour}} has been
        done with [[name:Gareth]] and his wife.

        Contributing: same surname, same bay, a busy {{drug round}}, and our
        "similar names" alert sticker was on the board but not on the beds.
        Actions: never put same-surname patients in one bay; positive ID with name and
        DOB every time, including {{Radiology}}.

        [[name:Eleri]]
        {{Deputy Sister}}, [[organisation:Fenwick Ward]]
    """)),
    ("health", "success", block("""
        {{FICB}} audit - ED to [[organisation:Fenwick Ward]], Q2 summary
        (compiled by [[name:Sunniva Dahl]], {{ANP}})

        Measure                               Q1      Q2
        Block given in ED within 4h           38%     81%
        Pain score under 4 at 24h             52%     77%
        {{Delirium}} ({{4AT}} 4+) by day 3    29%     17%
        Median hours to first mobilisation    31      22

        What changed: ready-made block packs in {{resus}}, {{ED}} nurses trained by
        Dr [[name:Matteo Ferrante]] ({{anaesthetics}}), and a {{PGD}} so ANPs can give
        {{levobupivacaine}} without waiting for a doctor. Special mention to
        [[name:Joy]] on {{Majors}}, who did 40 of them herself. Fewer patients arriving
        on the ward in pain has meant less {{opioid}} use and calmer nights.
    """)),
    ("health", "near_miss", prose("""
        nr miss for the log: {{HCA}} [[name:dom]] did obs on bed 9 mr [[name:adeleke]]
        ([[case_reference:NM9104436]]) at 15:20. {{e-obs}} gave {{NEWS2}} 3 but RR was
        typed as 18 not 28. [[name:dom]] rechecked bc pt looked grey & clammy, actual
        score 7. {{sepsis six}} started 15:40, {{lactate}} 4.1, likely {{UTI}},
        {{IV antibiotics}} in within 45 min. if [[name:dom]] hadnt trusted his eyes he'd
        have been left til next obs at 8pm. pls pass praise to [[name:dom]] + can
        e-obs ask to confirm any RR over 25? - [[name:Tash]] ({{CN}})
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        On [[date:17 April 2024]] at 06:52, [[organisation:Skylark Air]]
        [[flight_number:SKL4412]], an {{A320}} registered [[aircraft_registration:G-SKLC]],
        struck a flock of {{herring gulls}} at about 40 ft after take-off from
        {{runway 27}} at [[organisation:Brackenmoor Airport]]. The crew declared a
        {{PAN}} after an engine vibration warning and returned. Engineers found
        {{fan blade}} damage and gull remains in the {{bypass duct}}; the aircraft was
        out of service for four days. The {{runway inspection}} and bird sweep before
        first departure had been done at 05:55 rather than 06:30 because only one
        {{Bird Control Officer}} was on shift, and [[name:Declan Mulvaney]] was also
        covering a {{FOD}} call on the {{apron}}. In the gap a loafing flock of around
        60 gulls built up on the grass between {{Taxiway B}} and the runway after
        overnight rain. An {{MOR}} went to the {{CAA}} (our ref
        [[case_reference:WHM-2024-031]]) and remains were sent for {{DNA}}
        identification. Actions: two BCOs on shift from 05:30, and a second sweep
        within 15 minutes of the first departure. - [[name:Ingrid Solberg]],
        {{Wildlife Hazard Manager}}
    """)),
    ("aviation", "incident", block("""
        RTF TRANSCRIPT (extract) - [[organisation:Brackenmoor Tower]] - [[date:02/11/2023]]

        07:41:10 [[flight_number:NWD218]]: [[organisation:Brackenmoor Tower]],
                 [[flight_number:Northwind two one eight]], established {{ILS}} runway 27.
        07:41:15 TWR: [[flight_number:Northwind two one eight]], continue approach,
                 number one, wind 250 degrees 8 knots.
        07:41:40 TWR: {{Bird One}}, {{Tower}}, large flock of {{lapwing}} reported on the
                 grass south of the 27 {{threshold}}, can you disperse?
        07:41:48 BIRD1: {{Bird One}}, on my way, two minutes.
        07:42:55 [[flight_number:NWD218]]: [[flight_number:Northwind two one eight]],
                 birds on the runway, going around.
        07:43:02 TWR: [[flight_number:Northwind two one eight]], roger, climb straight
                 ahead 3000 feet.
        07:43:30 BIRD1: {{Tower}}, {{Bird One}}, about two hundred lapwing lifting now,
                 using {{distress calls}} and one {{pyro}}.

        Outcome: {{go-around}}; the aircraft ([[aircraft_registration:G-NWDE]],
        {{ATR 72}}) landed at 07:56 with no strike. The flock had been on the grass for
        at least 20 minutes and was seen from the tower, but was not passed to bird
        control until the aircraft was 4 miles out because the {{ATC assistant}}
        assumed we already knew. Log [[case_reference:BCL-23-1188]].
        BCO [[name:Femi Adebayo-Clarke]].
    """)),
    ("aviation", "near_miss", prose("""
        nr miss - pyro. 1430ish on the {{apron}} side of {{stand 14}}, [[name:ryan]]
        fired a {{bird scarer}} cartridge from the {{pistol}} at the starlings on the
        {{blast fence}} & it went low and skipped towards the fuel bowser on
        {{stand 15}} ([[organisation:Aviafuel Services]] truck
        [[vehicle_registration:YX66 FRT]]). burnt out about 10m short on the tarmac.
        nobody hurt, fuel crew were in the cab. he hadnt seen the bowser behind the
        {{catering truck}}. we're never meant to fire towards the {{apron}} or fuelling,
        its in the {{SOP}}, but the birds were right there. talked to [[name:ryan]],
        hes gutted, hes only 3 wks in. suggest the apron is a {{no-pyro zone}} full stop,
        {{distress call}} only + a proper {{toolbox talk}} for new starters.
        - [[name:big al]]
    """)),
    ("aviation", "success", block("""
        SHOUT OUT - Bird Control, [[organisation:Brackenmoor Airport]]

        Huge thanks to [[name:Amber Kowalczyk]] and [[name:Nils]] for a year of
        {{long grass}} management that has actually worked. Our strike rate has dropped
        from 5.1 to 2.9 per 10,000 movements year on year.

        [[name:Amber]] led the {{habitat survey}}, got the mowers set to 150-200mm and
        chased the drainage works so there is no standing water by the 09
        {{threshold}}. [[name:Nils]] talked the grounds contractor,
        [[organisation:Greenline Turf Ltd]], into changing their cutting pattern so
        they no longer turn up worms and insects right before the morning wave.
        Gull {{loafing}} on the {{airside}} grass is now rare, which is exactly what
        {{CAP 772}} says a good {{habitat management}} plan should achieve.

        Even the crews have noticed - Captain [[name:Okafor]], {{Chief Pilot}} at
        [[organisation:Skylark Air]], emailed to say thank you.
        - [[name:Ingrid]] ({{Wildlife Hazard Manager}})
    """)),
    ("aviation", "incident", block("""
        EVENT LOG - bird strike, {{Canada geese}}
        Flight: [[flight_number:NWD341]]   Reg: [[aircraft_registration:G-NWDK]]
        Type: {{Dash 8-400}}   Ref: [[case_reference:WHM-2024-058]]
        Date: [[date:Thurs 6 June]]

        19:58  BCO [[name:Sandeep Gill]] logs a skein of about 12 geese leaving
               [[address:Hollins Reservoir]], heading north.
        20:02  Passed to {{ATC}} as advisory only.
        20:06  [[flight_number:NWD341]] on 4nm final runway 09 reports multiple
               strikes, continues.
        20:09  Landed. Crew report {{radome}} dented and {{windscreen}} smeared, no
               injuries.
        20:15  Runway 09 closed for {{runway inspection}}; 3 carcasses collected.
        20:41  Runway reopened.
        21:30  {{MOR}} submitted. Carcasses bagged for {{species ID}}.

        Notes: the geese flight line from the reservoir to the stubble at
        [[organisation:Lower Hythe Farm]] crosses the 09 approach at dusk from
        {{June}} to {{September}}. This is {{off-airport}} habitat, outside our
        control. [[name:Sandeep]] saw them in time but an advisory was not enough;
        we need an agreed procedure for {{ATC}} to hold arrivals when a skein is
        crossing.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Ingrid Solberg]] <[[email:i.solberg@brackenmoor-airport.co.uk]]>
        To: [[name:Clive Entwistle]] <[[email:clive.entwistle@calderwaste.co.uk]]>
        Subject: Gulls from [[address:Greystone Landfill]] crossing final approach

        Dear Mr [[name:Entwistle]],

        On [[date:Monday 8 July]] at 16:20 a flock of about 400
        {{lesser black-backed gulls}} lifted from the tipping face and crossed the
        {{final approach}} to runway 27 at roughly 600 ft, two minutes before
        [[organisation:Skylark Air]] [[flight_number:SKL1907]] was due. {{ATC}} delayed
        the approach and no strike happened, but this was a near miss.

        We understand [[organisation:Calder Waste Ltd]] extended tipping hours to 18:00
        in {{June}}. Your {{planning consent}} includes a {{bird management plan}}
        agreed with us under {{aerodrome safeguarding}}: daily {{falconry}}, netting,
        and full cover at the end of each day. Could you reinstate the 16:00 close, or
        keep the falconer on site until tipping stops? Happy to meet; my direct line
        is [[phone:01632 960744]].

        Kind regards,
        [[name:Ingrid Solberg]]
        {{Wildlife Hazard Manager}}, [[organisation:Brackenmoor Airport]]
    """)),
    ("aviation", "success", block("""
        AIRPORT WILDLIFE HAZARD GROUP - minutes, [[date:24/09/2024]]
        Present: [[name:Ingrid Solberg]] (chair); [[name:Declan Mulvaney]] ({{BCO}} lead);
        [[name:Rahel Tesfaye]] ({{ATC}} {{Watch Manager}}); Capt [[name:Lars Eriksen]]
        ([[organisation:Skylark Air]]); Mrs [[name:J. Pemberton]]
        ([[organisation:Lower Hythe Farm]])
        Apologies: [[name:Hollie]] ({{Airside Ops}}); [[name:Gideon Asare]] ({{Fire}})

        Item 4 - ploughing agreement (success)
        Mrs [[name:Pemberton]] agreed in spring to plough the two fields next to the 27
        {{threshold}} in the evening, after the last {{wave}}, and to text the
        {{Bird Control}} mobile 24 hours before. Since [[date:1 August]] there have been
        no gull strikes linked to ploughing, against three last autumn. Capt
        [[name:Eriksen]] said crews had noticed fewer {{gulls}} on the climb-out.
        Chair thanked Mrs [[name:Pemberton]]; [[name:Declan]] to write it into the
        {{Wildlife Hazard Management Plan}} and ask the {{CAA}} inspector whether it can
        be shared as good practice.
    """)),
    ("aviation", "incident", block("""
        BIRD STRIKE REPORT (internal)      Ref: [[case_reference:WHM-2024-077]]
        Date: [[date:14/08/2024]]          Time: 11:37 local
        Operator: [[organisation:Caledonia Express]]   Flight no: [[flight_number:CEX52]]
        Aircraft: {{Embraer 175}}          Reg: [[aircraft_registration:G-CLXA]]
        Phase: {{take-off roll}}           Runway: 09
        Species: {{swallow}} / {{house martin}}, about 5
        Damage: none found on {{walkround}}
        Reported by: [[name:Chiamaka Eze]] ({{BCO}})   Tel: [[phone:01632 960391]]
        Email: [[email:c.eze@brackenmoor-airport.co.uk]]

        Narrative: hirundines were feeding low over the runway ahead of a storm front.
        Patrol logged them at 11:20 but they were not reported to {{ATC}} because we
        treat small birds as low risk and dispersal does not work on them. The crew of
        [[flight_number:CEX52]] reported the strike on the {{frequency}}. No damage,
        but an avoidable {{runway inspection}} delayed two departures.
        Learning: pass every flock to {{ATC}} whatever the species, so crews get a
        {{bird activity}} warning on the {{ATIS}}.
    """)),
    ("aviation", "near_miss", block("""
        Bird Control (WhatsApp group)
        [[date:03/10/2024]], 05:12 - [[name:Nils]]: fox on {{taxiway Alpha}} by the
        A3 hold, chasing it off now
        [[date:03/10/2024]], 05:14 - [[name:Nils]]: gone under the perimeter fence by
        the {{glidepath}} hut. theres a hole, fresh digging
        [[date:03/10/2024]], 05:15 - [[name:Danuta]]: first arrival is
        [[flight_number:SKL702]] due 05:40 on 27
        [[date:03/10/2024]], 05:16 - [[name:Nils]]: told {{Tower}}, doing a full
        runway sweep before it lands
        [[date:03/10/2024]], 05:31 - [[name:Nils]]: runway clear. hole about 30cm,
        blocked it with a pallet for now lol
        [[date:03/10/2024]], 05:33 - [[name:Gus]] {{Airside Ops}}: raising a job for
        [[organisation:Perimeter Security Solutions]], 2nd fox in 2 weeks
        [[date:03/10/2024]], 05:35 - [[name:Danuta]]: logging as near miss. if it had
        run onto 27 at 05:40 thats a {{mammal strike}} at {{Vr}}
    """)),
    ("aviation", "incident", block("""
        SHIFT HANDOVER - Bird Control - nights to earlies - [[date:Sat 19 Oct]]

        - BC2 ({{Land Rover Defender}}, [[vehicle_registration:BK19 WHM]]) OFF ROAD,
          clutch went at 03:40 on the {{perimeter road}}. Recovery booked.
        - Because of that the 05:15 sweep of runway 27 was not done: BC1 was at the
          landfill end doing the fence check and could not get back in time.
        - [[flight_number:NWD105]] departed 05:52 without a sweep and had a
          {{starling}} strike at rotation, {{ATR 72}} [[aircraft_registration:G-NWDF]].
          Crew continued, no damage found at destination. {{MOR}} done,
          ref [[case_reference:WHM-2024-091]].
        - About 300 starlings were feeding on the 27 grass - they would have been
          picked up on the sweep.
        - {{ATC}} were not told the sweep had been missed. That is the real failure.

        For earlies: rota says one vehicle until BC2 is back. If you lose a vehicle,
        tell the {{Tower}} straight away and ask for a delay to first departure.

        Nights: [[name:Gus]], [[name:Bartholomew Nnamdi]] ([[name:Barty]])
        Earlies: [[name:Tadhg]], [[name:Will]]
    """)),
    ("aviation", "success", block("""
        From: [[name:Rahel Tesfaye]] <[[email:rahel.tesfaye@brackenmoor-airport.co.uk]]>
        To: {{Bird Control}}
        Subject: thank you - late shift [[date:Friday 15th]]

        Hi all,

        I want to pass on thanks to [[name:Will]] for Friday evening. A {{buzzard}}
        kept hovering over the 09 {{touchdown zone}} while the {{air ambulance}}
        ([[aircraft_registration:G-HMED]]) was inbound with a patient.
        [[name:Will]] saw it before we did, called it on the {{frequency}}, moved it off
        with a {{distress call}} and stayed on the grass until the {{helicopter}} was
        down. No delay at all to a time-critical flight.

        It was also a textbook call: clear, short, and he told us when he was clear of
        the runway strip. Our {{ATCO}} on {{Tower}} said it was the easiest bird
        problem she had dealt with all year.

        Cheers,
        [[name:Rahel]]
        {{ATC}} {{Watch Manager}}, [[organisation:Brackenmoor Tower]]
    """)),
    ("aviation", "incident", block("""
        NIGHT STRIKE LOG - {{September}} (23:00-05:00 only)

        | Date           | Time  | Flight                    | Reg                               | Species          | Damage |
        | [[date:04/09]] | 23:40 | [[flight_number:SKL4418]] | [[aircraft_registration:G-SKLF]] | {{noctule bat}}  | none   |
        | [[date:11/09]] | 00:15 | [[flight_number:NWD219]]  | [[aircraft_registration:G-NWDE]] | {{bat}} sp.      | none   |
        | [[date:17/09]] | 23:55 | [[flight_number:SKL4418]] | [[aircraft_registration:G-SKLC]] | unknown          | {{pitot}} probe cleaned |
        | [[date:25/09]] | 04:50 | [[flight_number:CEX50]]   | [[aircraft_registration:G-CLXB]] | {{tawny owl}}    | none   |

        Four night strikes in one month, against one in the whole of last year. Since
        the rota change on [[date:1 September]] no {{BCO}} is rostered from 23:00 to
        05:00; night patrols are done by {{Airside Ops}}, who do not log birds. A bat
        roost has since been found in the disused {{fire station}} next to the 27
        {{holding point}}. Recommend a bat survey by a licensed ecologist from
        [[organisation:Mossford Ecology]] (bats are protected, so no disturbance
        without advice from {{Natural England}}), and a BCO back on nights.
    """)),
    ("aviation", "near_miss", block("""
        RT extract, {{Tower}} frequency, [[date:Wed 23 Oct]]

        14:02:10 BIRD2: {{Tower}}, {{Bird Two}}, request enter runway 27 at {{Charlie}}
                 to disperse geese.
        14:02:15 TWR: {{Bird Two}}, hold at {{Charlie}}, traffic on 3 mile final.
        14:02:18 BIRD2: Holding at {{Charlie}}, {{Bird Two}}.
        14:02:40 (vehicle seen moving forward, stops about 2 m short of the
                 {{stop bar}})
        14:02:42 TWR: {{Bird Two}}, confirm you are holding?
        14:02:45 BIRD2: Affirm, holding, sorry, {{Bird Two}}.
        14:03:30 TWR: [[flight_number:Skylark four four one six]], runway 27, cleared to land.

        Summary: BCO [[name:Tadhg Ó Briain]] read back the hold correctly but began to
        roll while watching the geese. He stopped before the {{stop bar}}; no
        {{runway incursion}} occurred and [[flight_number:SKL4416]] landed normally.
        [[name:Tadhg]] reported it himself. He was in the 11th hour of a 12-hour shift
        covering for sickness. Learning: {{target fixation}} during dispersal,
        fatigue, and no second person in the vehicle. Added to {{recurrent training}};
        rota reviewed by [[name:Declan Mulvaney]].
    """)),
    ("aviation", "success", prose("""
        Since spring, [[organisation:Hawkline Falconry Ltd]] have flown a
        {{Harris hawk}} and a {{peregrine}} over the rookery on the northern boundary of
        [[organisation:Brackenmoor Airport]] three mornings a week. Their falconer,
        [[name:Marguerite Delacroix-Hume]], worked alongside our BCOs rather than
        separately, so the hawks were flown where our patrol logs showed {{rooks}} and
        {{jackdaws}} crossing the 09 climb-out. Rook and jackdaw strikes fell from seven
        last summer to none this summer. [[name:Marguerite]] also trained
        [[name:Rhys Penberthy]] and [[name:Abi]] to read corvid behaviour, so they now
        spot a flock getting ready to cross before it happens. Nothing was killed: the
        birds simply moved their feeding away from the {{airfield}}. Contract ref
        [[case_reference:PO-778231]]. The approach is in line with {{CAP 772}} and will
        be presented at the next {{UK Bird Strike Committee}} meeting by
        [[name:Ingrid Solberg]].
    """)),
    ("aviation", "near_miss", prose("""
        laser nr miss last nite. 22:10ish [[name:gus]] was using the {{green laser}} on
        the gulls roosting at the 09 end. beam swept up n across towards the approach -
        [[flight_number:CEX57]] was on 6nm final. [[name:gus]] clocked it n switched off
        straight away, crew didnt report anything & {{ATC}} didnt see it. we are only
        meant to point it down, below the {{horizon}}, and never towards the approach
        or the {{tower}}. our {{laser}} has no {{azimuth}} lockout like the newer ones.
        told [[name:Dec]]. [[name:gus]] self-reported, {{just culture}}, he was totally
        honest. recommend new unit w/ auto cut-off + retrain everyone on the
        {{laser SOP}} + log every use. -[[name:abi t]]
    """)),
    ("aviation", "success", block("""
        #bird-control   [[date:Fri 8 Nov]]

        [[name:chiamaka.eze]]  10:14
        lab result back for the [[flight_number:SKL4401]] strike: {{feral pigeon}}. and the
        ring on one of the carcasses traced to a loft in [[address:Hollinsford]] -
        but the rest are roosting in [[organisation:Aerotec MRO]] hangar 3, seen them
        going in at dusk
        [[name:declan.m]]  10:20
        nice detective work. that's 4 pigeon strikes since {{August}}
        [[name:chiamaka.eze]]  10:22
        spoke to their {{facilities manager}}, [[name:Priyanka]]. they're netting the
        roof void and fitting {{bird spikes}} on the door rails this week
        [[name:ingrid.s]]  10:31
        great result. please add to the {{WHMP}} and tell {{ATC}}. {{snarge}} sampling
        paying off!
        [[name:chiamaka.eze]]  10:33
        will do 🙌
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind276", REPORTS))
