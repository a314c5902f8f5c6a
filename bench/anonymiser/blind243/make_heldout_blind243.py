"""Held-out blind corpus 243: 50 UK incident, near-miss and success ("learning") reports.

Written blind (without sight of the de-identifier or any other corpus) so that scores measure
how well the de-identifier generalises. All people, organisations, places and numbers are
invented.

Settings:
- social_care (17): a home-to-school SEND transport and passenger assistant service - drivers,
  passenger assistants, taxi contractors, route planners, parents and schools.
- health (17): an audiology and newborn hearing screening service - screeners on the postnatal
  ward, hearing aid fittings, paediatric audiology clinics, referrals, lost aids.
- aviation (16): a business jet charter operator - captains and first officers, cabin hosts,
  handling agents at small airfields, catering, crew rest, passenger manifests.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams/WhatsApp/Slack) with name handles, handover notes, minutes with
attendance and apologies, pipe-separated and aligned tables, RT transcripts, shout-outs and
thank-you notes. Identifiers are marked [[label:value]]; must-not-redact mentions {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind243.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care (17)
    ("social_care", "incident", prose("""
        pm run [[date:tues 14th]] {{route K7}} - {{PA}} [[name:shaz]] signed the sheet at
        [[organisation:ferncliffe primary]] for 4 kids but only 3 got off. [[name:lily-mae]]
        ([[age:6yo]], {{non verbal}}) was asleep behind the {{wheelchair}} bay n nobody did the
        {{sleeping child check}}. driver [[name:dougie w]] found her at the depot about 25 mins
        later doing his {{end of shift sweep}}. shes fine, had her {{ear defenders}} on n was calm.
        {{mum}} rang the office coz she wasnt home on time, [[name:shaz]] in bits. ive told
        {{route planner}} + {{duty manager}}, {{LADO}} not needed but logged as safeguarding
        concern ref [[case_reference:TR-24-0318]]. need the walk-through made mandatory again pls
    """)),
    ("social_care", "incident", prose("""
        Incident summary. On [[date:Thursday 7 March]] the afternoon run from
        [[organisation:Oakhurst Special School]] was covered by a relief driver from
        [[organisation:Greenline Private Hire Ltd]], Mr [[name:Tomasz Wiśniewski]], because the
        regular driver was on {{annual leave}}. The route sheet issued to him still showed the
        previous home address for [[name:Rhys Adeyemi-Clarke]], [[age:aged 11]], who has
        {{autism}} and an {{EHCP}}. The family moved in {{January}} to
        [[address:Flat 3, 22 Calder Row, Kelsborough]] [[postcode:KB4 7NL]]; the change was on
        the pupil record but had not been sent to the contractor. The {{passenger assistant}},
        Ms [[name:Kavanagh]], realised the street was wrong when [[name:Rhys]] became distressed
        and rang the {{transport office}} rather than let him out. [[name:Rhys]] was delivered
        25 minutes late to his {{mum}}, who was understandably upset. No physical harm.
        Contributing factors: manual route sheets, no change-of-address alert to contractors,
        relief driver unfamiliar with the child. Actions: {{route planner}} to reissue all
        [[organisation:Greenline]] sheets by [[date:11 March]]; address changes to trigger an
        e-mail to the contractor. Ref [[case_reference:KSC-INC-0412]].
    """)),
    ("social_care", "near_miss", block("""
        [[date:19/04/2024]], 08:12 - [[name:Mo Rahman]]: on {{the bypass}}, [[name:Tyler]] has undone his belt AGAIN. pulled into {{the layby}}
        [[date:19/04/2024]], 08:13 - [[name:Precious]]: is he ok?? where's [[name:Gaz]]
        [[date:19/04/2024]], 08:14 - [[name:Mo Rahman]]: [[name:Gaz]] is the {{PA}} hes in the back with him now, belt back on. no one hurt. we were doing 50
        [[date:19/04/2024]], 08:15 - [[name:Precious]]: ok. why no {{buckle guard}}? its on his {{risk assessment}}
        [[date:19/04/2024]], 08:17 - [[name:Mo Rahman]]: there isnt one in this car, its the spare {{Vauxhall Vivaro}} [[vehicle_registration:KX68 HVR]]
        [[date:19/04/2024]], 08:18 - [[name:Precious]]: right ill raise it with [[organisation:Starr Taxis]] and tell {{route planning}}. log it as a {{near miss}} pls
        [[date:19/04/2024]], 08:41 - [[name:Mo Rahman]]: dropped at [[organisation:Wren Valley School]], told {{class teacher}}. [[name:Tyler]] calm now
    """)),
    ("social_care", "incident", block("""
        From: [[name:Hannah Oyelaran-Smith]] <[[email:h.oyelaran-smith@kelsborough.gov.uk]]>
        To: Transport Contracts <[[email:sendtransport@kelsborough.gov.uk]]>
        Cc: [[name:Siobhan]] ({{SENCo}}, [[organisation:Hollins Park Academy]])
        Date: [[date:2 May 2024]] 16:52
        Subject: {{Incident}} - {{rescue medication}} not on vehicle, route H12

        Hi all,

        This morning [[name:Amara Nwosu]] ([[age:aged 9]]) travelled without her {{buccal midazolam}}.
        Her {{care plan}} says the {{PA}} must check the {{medication bag}} is on board before the
        vehicle leaves home. The PA, [[name:Joy]], says {{mum}} handed over the school bag only and
        she assumed the meds were inside. [[name:Amara]] did not have a {{seizure}}, but if she had,
        nobody on the vehicle could have treated her. School noticed on arrival and the bag was
        brought in by 09:40.

        Logged as [[case_reference:KSC-INC-0431]]. Please can [[organisation:A2B Kelso Cars]]
        confirm all PAs on medical routes have done the {{epilepsy awareness}} refresher.

        Thanks,
        [[name:Hannah]]
        [[name:Hannah Oyelaran-Smith]] | {{Passenger Transport Officer}}
        [[organisation:Kelsborough Council]] | [[phone:01632 960 418]]
    """)),
    ("social_care", "near_miss", block("""
        SEND TRANSPORT - CONCERN / NEAR MISS FORM
        Ref: [[case_reference:NM-0957]]
        Pupil name: [[name:Oliwia Kamińska]]
        DOB: [[date_of_birth:23/08/2015]]
        Address: [[address:41 Sorrel Way, Brackley Bottom, Kelsborough]] [[postcode:KB9 2WE]]
        School: [[organisation:St Brendan's Catholic Academy]]
        Contractor: [[organisation:Greenline Private Hire Ltd]]   Vehicle: [[vehicle_registration:YF21 OKB]]
        Date of event: [[date:09/05/24]]   Time: approx 15:35
        Reported by: [[name:Pat Doherty]] ({{driver}})

        What happened: at drop off nobody was home. {{Pupil}} tried to get out while I was on the
        phone to the office. Door was on {{child lock}} so she couldnt. {{Escort}} was off sick and
        no replacement sent so I was single-crewed with a pupil who needs a {{PA}} per her
        {{travel plan}}.
        Outcome: {{gran}} ([[name:Bronisława]]) arrived 15:50, handed over safely. Office had rung
        an old mobile still on file for Mrs [[name:Kamińska]].
        Action taken: {{Duty Officer}} updated contacts; reminder that single-crewing is not
        allowed on {{Category B}} routes.
    """)),
    ("social_care", "incident", block("""
        Chronology - {{route F3}} morning, [[date:Monday 13 May 2024]]
        07:48 {{Driver}} [[name:Imran Qureshi]] and {{PA}} [[name:Marguerite]] collect [[name:Leo Mbeki]] ([[age:8 yrs]]).
        08:02 Collect [[name:Sunny Zhao]] ([[age:10 yrs]]). [[name:Sunny]] anxious, road works on usual route.
        08:31 Arrive [[organisation:Wren Valley School]]. Gate staff not yet out ({{breakfast club}} overran).
        08:33 [[name:Marguerite]] unclips [[name:Leo]] first; [[name:Sunny]] opens {{sliding door}} from inside - {{child lock}} not engaged.
        08:33 [[name:Sunny]] runs along pavement toward the {{zebra crossing}}. [[name:Marguerite]] follows, [[name:Imran]] stays with [[name:Leo]].
        08:35 {{Teaching assistant}} Mr [[name:Okafor]] stops [[name:Sunny]] at the crossing. No injury.
        08:50 {{Head of School}} rings {{dad}}. {{DSL}} informed.
        09:10 Transport office notified, [[case_reference:KSC-INC-0447]] raised.
        Learning: child lock check added to the {{pre-trip checklist}}; no unloading until gate staff present.
    """)),
    ("social_care", "success", prose("""
        Big shout out to [[name:Grace Achterberg]], {{passenger assistant}} on the
        [[organisation:Oakhurst]] minibus. On [[date:22 May]] [[name:Tobias]], [[age:13]], had a
        {{tonic-clonic seizure}} about five minutes from school. [[name:Grace]] got the driver to
        pull over safely, timed the seizure, gave {{buccal midazolam}} at five minutes exactly as
        per his {{care plan}}, put him in the {{recovery position}} and rang {{999}} while
        [[name:Deepak]] (driver) kept the other three kids calm with the music they like.
        {{Paramedics}} said her notes and timings were spot on. [[name:Tobias]] was home that
        evening and {{mum}} has asked us to pass on her thanks. This is exactly why the medical
        training matters - please share at the next {{PA briefing}}. From [[name:Lorraine]],
        {{Transport Team Leader}}
    """)),
    ("social_care", "near_miss", block("""
        SEND Transport Route Review - minutes
        Date: [[date:4 June 2024]], {{Teams}} call
        Present: [[name:Lorraine Beckett]] ({{Transport Team Leader}}), [[name:Faith Osei]] ({{route planner}}), [[name:Dariusz]] ([[organisation:Starr Taxis]]), [[name:K. Harrington]] ({{SENCo}}, [[organisation:Ferncliffe Primary]])
        Apologies: [[name:Bill Tranter]] ({{Fleet}}), [[name:JK]] ({{HR}})

        1. Near miss [[case_reference:NM-0981]]: {{PA}} on route K2 reported driver reversing in the
           school car park with pupils crossing behind. No contact. Car park has no
           {{one-way system}}; staff cars parked in the {{turning circle}}.
        2. [[name:K. Harrington]] agreed to cone off the turning circle 08:15-09:15 from [[date:10 June]].
        3. [[name:Dariusz]] to remind all [[organisation:Starr]] drivers: no reversing with pupils on
           site without a {{banksman}}.
        4. [[name:Faith]] to re-time K2 to arrive after {{breakfast club}} drop-off.
        AOB: none. Next meeting [[date:2 July]].
    """)),
    ("social_care", "near_miss", block("""
        Weekly vehicle check exceptions - w/c [[date:17/06/2024]] - compiled by [[name:Amber Lightfoot]]
        {{Route}} | {{Contractor}} | Reg | {{Driver}} | Issue | Near miss?
        K7 | [[organisation:Starr Taxis]] | [[vehicle_registration:KX68 HVR]] | [[name:Mo Rahman]] | {{wheelchair tracking}} strap frayed | Y - found before pupil loaded
        H12 | [[organisation:A2B Kelso Cars]] | [[vehicle_registration:PN19 ZTU]] | [[name:Alicja Nowak]] | {{first aid kit}} out of date | N
        F3 | [[organisation:Greenline Private Hire Ltd]] | [[vehicle_registration:YF21 OKB]] | [[name:Imran Qureshi]] | {{child lock}} on {{nearside}} door not engaging | Y - pupil opened door at school [[date:13/06]]
        B5 | [[organisation:Greenline Private Hire Ltd]] | [[vehicle_registration:LR70 GWX]] | [[name:Bill]] | {{ramp}} hydraulics slow | N

        Notes: F3 vehicle off road until fixed, [[name:Imran]] moved to spare. Strap on
        [[vehicle_registration:KX68 HVR]] replaced same day. Please chase {{MOT}} certificate for
        [[vehicle_registration:LR70 GWX]] - [[name:Amber]]
    """)),
    ("social_care", "success", block("""
        {{Teams}} chat export - {{SEND Transport Ops}}
        [[name:Faith Osei]] 10:02
        heads up - [[name:Derek]] (H4 driver) just rang in sick. H4 has [[name:Hope]] who won't travel with someone she doesn't know
        [[name:Rosie Tremayne]] 10:04
        for the {{pm run}}? [[name:Colm]] drove H4 all last term, he's got a gap till 14:30
        [[name:Faith Osei]] 10:05
        perfect. can you ring [[organisation:A2B Kelso Cars]]? I'll phone {{mum}} and send the {{one-page profile}} to [[name:Colm]]
        [[name:Rosie Tremayne]] 10:11
        done, [[name:Colm]] confirmed. {{PA}} stays the same ([[name:Nadia]])
        [[name:Faith Osei]] 15:47
        mum just rang - [[name:Hope]] got home happy, first driver change in weeks without a {{meltdown}}. great teamwork 👏 logging as {{good practice}}
    """)),
    ("social_care", "incident", block("""
        HANDOVER - transport office, late shift -> early shift
        From: [[name:Ro]]   To: [[name:Jas]]

        1. {{Incident}} on B5 pm: [[name:Evie-Rose Hartley]] ([[age:15]], {{powerchair}}) - rear {{wheelchair clamp}}
           came loose on {{the roundabout}} by the retail park, chair tipped approx 20 degrees, caught by
           {{PA}} [[name:Hyacinth]]. [[name:Evie-Rose]] shaken, bumped elbow. {{Mum}} took her to
           {{minor injuries}} as a precaution - no fracture.
        2. Vehicle [[vehicle_registration:LR70 GWX]] taken off road by [[organisation:Greenline]]. Driver
           ([[name:Sunil]]) says he heard the click. Clamp photographed.
        3. Raised [[case_reference:KSC-INC-0466]]. {{RIDDOR}} not applicable per {{H&S}}. Needs
           {{Duty Manager}} sign-off by 10am.
        4. Tomorrow: [[name:Evie-Rose]] going in with {{dad}}, not on transport. Cancel B5 pickup at
           [[address:7 Millrace Court]].
        5. Other: K7 fine, nothing from [[organisation:Ferncliffe]].
        Cheers [[name:Ro]]
    """)),
    ("social_care", "success", prose("""
        Dear {{Transport Team}}, I just wanted to say thank you to [[name:Will]] (driver) and
        [[name:Sandra]] ({{escort}}) on the [[organisation:Brook Meadow School]] run. My son
        [[name:Kofi]] is [[age:7]] and has {{PDA}} and {{sensory processing}} difficulties, and
        last year getting him into a taxi most mornings ended in tears for both of us. Since
        {{September}} [[name:Will]] has let him choose the radio station and [[name:Sandra]] made
        him a little {{visual timetable}} with photos of the car and the school gate. On
        [[date:Friday 28 June]] he walked to the car on his own for the first time ever. His
        teacher Miss [[name:Bello]] says he now arrives {{regulated}} and ready to learn. I know
        you usually only hear when things go wrong, so please pass this on to their manager at
        [[organisation:Swiftline Cars]]. With thanks, [[name:Adwoa Mensah]] ([[name:Kofi]]'s
        {{mum}})
    """)),
    ("social_care", "near_miss", prose("""
        drvr on fone whilst drivin [[date:wed 3/7]] w 3 kids onboard!! [[name:jaz]] ({{PA}}) sed
        she askd him 2 stop n he sed its {{hands free}} its fine but it wasnt, he had it in his
        hand txting. nearly went in2 back of a {{bin lorry}} at the lights, braked hard,
        [[name:ellie]] ([[age:12]]) hit her head on seat in front but ok no mark. reg
        [[vehicle_registration:BV17 KXN]] [[organisation:swiftline]] car. not 1st time tbh. PA
        didnt want 2 report coz scared of loosing shifts so pls dont say it came from her.
        {{LADO}}?? {{DBS}}?? dunno what happens now. rang school {{DSL}} mrs [[name:o'brien]]
        who said put it on here + tell {{contract compliance}}. [[name:ellie]] ok at school,
        {{first aider}} checked her
    """)),
    ("social_care", "incident", prose("""
        On the afternoon of [[date:8 July 2024]], while travelling home from
        [[organisation:Hollins Park Academy]], [[name:Demi]] ([[age:14]]) told the
        {{passenger assistant}}, [[name:Nasra Abdi]], that she did not want to go home because her
        {{mum}}'s boyfriend "shouts and throws things". [[name:Nasra]] listened, did not ask
        leading questions, and wrote down [[name:Demi]]'s words in the {{transport log}} as soon as
        they stopped. She rang the {{transport office}}, who advised completing the drop-off as
        [[name:Demi]] said she felt safe for tonight and her {{nan}} was at home. The concern was
        passed to the school {{Designated Safeguarding Lead}}, Mr [[name:Faraday]], at 16:20 and
        to the {{MASH}} at 16:45 under reference [[case_reference:MASH-24-118830]]. It is logged as
        an incident because our procedure was not followed in full: the office should have called
        the {{MASH}} directly once school had closed, and there was a 25-minute delay while they
        tried to reach the {{DSL}}. No harm is known to have resulted. Learning: the
        {{PA handbook}} flowchart is being updated and the {{out-of-hours}} number added to every
        route pack.
    """)),
    ("social_care", "near_miss", block("""
        #transport-compliance
        [[name:faith.osei]]  09:14
        morning - running the {{DBS}} tracker and [[name:Jonah Pryce]] ({{PA}}, route K4) expired on [[date:30 June]]. he's done 6 shifts since 😬
        [[name:b.tranter]]  09:16
        was he on the {{Update Service}}? if so it's just a status check
        [[name:faith.osei]]  09:19
        checked - not registered. contractor ([[organisation:Starr Taxis]]) should have flagged it 3 months out per the {{contract}}
        [[name:mags]]  09:22
        pulling him from K4 today, [[name:Gaz]] can cover. no concerns about [[name:Jonah]] himself, it's the system. {{near miss}} form [[case_reference:NM-1002]] raised
        [[name:b.tranter]]  09:25
        can {{IT}} add an auto-alert at 90 days? the manual spreadsheet obviously isn't working
        [[name:faith.osei]]  09:26
        👍 will take to {{Contracts Board}} on [[date:Thu 11th]] as a {{safer recruitment}} gap
    """)),
    ("social_care", "success", block("""
        Summer term {{PA}} spot-check audit - [[organisation:Kelsborough Council]] {{SEND Transport}}
        Auditor: [[name:Rosie Tremayne]]   Period: [[date:22 April]] - [[date:19 July 2024]]

        {{Route}}  PA                  Checks  Score  Comment
        K7     [[name:Shazia Begum]]        4       100%   {{sleeping child check}} done every time
        H12    [[name:Joy Abernethy]]       3       100%   {{meds bag}} checked and signed
        F3     [[name:Marguerite Lebrun]]   4       92%    {{seating plan}} not updated once
        B5     [[name:Hyacinth Campbell]]   3       100%   {{clamp}} checks exemplary
        H4     [[name:Nadia El-Amin]]       2       100%   {{one-page profile}} in use

        Overall 98% against an 85% target. All five PAs to get a certificate at the {{PA forum}}.
        Special mention for [[name:Hyacinth]], who spotted the worn {{tracking}} strap before it failed.
    """)),
    ("social_care", "success", block("""
        From: Mrs [[name:R. Achebe]] <[[email:head@ferncliffe.kelsborough.sch.uk]]>
        To: [[name:Lorraine Beckett]] <[[email:lorraine.beckett@kelsborough.gov.uk]]>
        Subject: Thank you - snow day [[date:5 February]]

        Dear [[name:Lorraine]],

        On behalf of everyone at [[organisation:Ferncliffe Primary]] I want to thank your team for
        last Monday. When the snow came in at lunchtime and we decided on {{early closure}},
        [[name:Faith]] in {{route planning}} had all 23 of our {{transport}} pupils on a revised
        schedule within 40 minutes, phoned each family and kept our {{SENCo}} updated on {{Teams}}.
        The drivers from [[organisation:Starr Taxis]] and [[organisation:A2B Kelso Cars]] were
        patient and careful on the hill, and [[name:Mo]] stayed with [[name:Bartek]] until his
        {{dad}} got back from work at 16:10. Not one child was left waiting in the cold. Our
        {{governors}} asked me to pass on their thanks too.

        Kind regards,
        [[name:Rebecca Achebe]]
        {{Headteacher}}, [[organisation:Ferncliffe Primary]]
        Tel [[phone:01632 960 771]]
    """)),
    # ----------------------------------------------------------------------- health (17)
    ("health", "incident", prose("""
        baby [[name:Khan]] (twin 2) went home from [[organisation:Beaumont Ward]] last nite w/o
        {{hearing screen}}, twin 1 done ({{AOAE}} clear both ears). i was on my own, 14 babies,
        {{S4H}} showed twin 2 as screened coz i clicked the wrong baby on the tablet (same surname
        same {{DOB}}). only noticed this am reviewing the {{offered list}}. rang {{mum}}, shes
        coming back to {{outpatient clinic}} [[date:thurs 18th]] 10.30. twin 2 {{NHS no}}
        [[nhs_number:485 777 3457]]. still within the {{4/52}} window so no breach of {{NHSP}}
        standard but shouldnt have happened. pls can we get twins flagged on the tablet. sorry.
        [[name:bea]] ({{screener}})
    """)),
    ("health", "incident", prose("""
        At the paediatric clinic at [[organisation:Wrenford Children's Centre]] on
        [[date:14 February 2024]], [[name:Isla Ferreira-Dunn]] ([[age:aged 4]]) was fitted with
        replacement {{behind-the-ear}} {{hearing aids}} after her previous pair were damaged. The
        aids had been programmed the day before from the {{fitting software}} record of another
        child with a similar name, [[name:Isla Ferrier]], who has a {{mild}} rather than a
        {{moderate-severe}} loss. The fitting {{audiologist}}, [[name:Chidi Eze]], did not run
        {{real-ear measurements}} because [[name:Isla]] would not tolerate the probe tube, and
        relied on the saved settings. Her {{Teacher of the Deaf}}, Mrs [[name:Pemberton]],
        noticed at nursery on [[date:20 February]] that [[name:Isla]] was not responding to her
        name from across the room and rang the department. The aids were checked on
        [[date:21 February]], found to be under-amplified by about 25 dB in the high
        frequencies, and re-programmed the same day. Harm was graded {{low}}, with a possible
        effect on {{speech and language}} over that week. Hospital no.
        [[case_reference:CW0482913]]; {{Datix}} [[case_reference:DX-77120]]. Actions: two
        identifiers (name and {{NHS number}}) checked at programming and at fitting; {{RECD}} to
        be attempted or the reason documented.
    """)),
    ("health", "near_miss", block("""
        [[date:03/03/2024]], 10:21 - [[name:Sunita]]: nearly screened the wrong baby in bay 4 🙈 cot card said Baby [[name:Osei]] but {{ID band}} said Baby [[name:Lewandowski]]
        [[date:03/03/2024]], 10:22 - [[name:Bea]]: omg. bed swap?
        [[date:03/03/2024]], 10:24 - [[name:Sunita]]: yes {{midwives}} moved mums round after the {{section}} came back from {{theatre}}. cot cards not swapped
        [[date:03/03/2024]], 10:25 - [[name:Mags H]]: good catch. that's why we check the band every time not the cot card. did you tell the {{ward manager}}?
        [[date:03/03/2024]], 10:31 - [[name:Sunita]]: yes told [[name:Dolores]] ({{band 7}}) she's sorting. both babies done properly now, {{AOAE}} clear for Baby [[name:Osei]], [[name:Lewandowski]] baby needs {{AABR}} (no clear response R)
        [[date:03/03/2024]], 10:33 - [[name:Mags H]]: pls put it on {{Datix}} as a near miss. {{SIAF}} to {{NHSP}}? prob not as no wrong result given
    """)),
    ("health", "incident", block("""
        From: Dr [[name:Lucia Marchetti]] <[[email:lucia.marchetti1@nhs.net]]>
        To: [[name:Precious Dube]] <[[email:p.dube@nhs.net]]>
        Date: [[date:Wed 10 April 2024]] 12:31
        Subject: Delayed {{diagnostic ABR}} - baby [[name:Wójcik]]

        [[name:Precious]],

        I saw Baby [[name:Nikola Wójcik]] (NHS [[nhs_number:612 390 4787]], DOB
        [[date_of_birth:12/02/2024]]) in {{diagnostic clinic}} today. He had a {{bilateral}}
        {{no clear response}} on {{AABR}} on [[date:13 February]] but the referral never reached us;
        {{mum}} chased it herself. He is now [[age:8 weeks old]], outside the 4-week standard. The
        ABR shows a {{moderate}} {{sensorineural}} loss in both ears. The {{referral form}} was
        e-mailed to an old team inbox nobody monitors. I've booked impressions for {{Friday}} and
        referred to {{ENT}} and for {{cCMV}} testing (too late for the treatment window, sadly).
        Please raise as an incident and check that inbox for others. Datix [[case_reference:DX-77305]].

        [[name:Lucia]]
        Dr [[name:Lucia Marchetti]], {{Clinical Scientist}} ({{Audiology}})
        [[organisation:Castleby Paediatric Audiology]] | [[phone:0113 496 0582]]
    """)),
    ("health", "near_miss", block("""
        ADVERSE EVENT / NEAR MISS REPORT - AUDIOLOGY
        Ref: [[case_reference:AUD-NM-2024-031]]
        Patient: [[name:Zayn Chaudhry]]     DOB: [[date_of_birth:02.11.2021]]     Hosp no: [[case_reference:CW0519377]]
        Address: [[address:16 Tanners Yard, Wrenford]] [[postcode:WR7 3QJ]]
        Date/time: [[date:18/03/2024]] 11:15     Location: {{paediatric clinic}} room 3
        Reporter: [[name:Olumide Bankole]], {{Associate Audiologist}}

        Description: {{Dad}} brought [[name:Zayn]] ([[age:2y 4m]]) in for a {{repair}}. On checking the
        right {{BTE}}, the {{tamper-proof battery door}} had been replaced with a standard door at a
        previous repair, so the {{zinc-air}} {{button battery}} could be opened by a toddler. Dad says
        [[name:Zayn]] has been "chewing the aid". Both batteries present and counted.
        Immediate action: locking door fitted; dad given the {{battery safety}} leaflet and {{A&E}} advice.
        Contributing factors: repair drawer held mixed doors, not labelled.
        Grade: {{no harm}} / near miss.
    """)),
    ("health", "incident", block("""
        Timeline - [[organisation:Castleby General Hospital]] {{postnatal ward}} screening, [[date:Sat 6 April]]
        07:30 {{Screener}} [[name:Gwen]] starts; {{AABR}} unit 2 shows calibration error. Unit 1 is at [[organisation:Wrenford Birth Centre]].
        07:45 Rings on-call {{Screening Coordinator}} ([[name:Precious Dube]]) - no answer, voicemail left.
        09:10 {{AOAE}} screens continue on well babies; 3 babies needing {{AABR}} ({{NICU}} >48h or refer on OAE) cannot be done.
        11:40 [[name:Precious]] returns call and arranges the {{community}} unit.
        13:05 Two of the three babies discharged by {{midwives}} before the unit arrives.
        14:20 Unit arrives; third baby (Baby [[name:Adebayo]]) screened, {{clear response}} both ears.
        15:00 Outpatient appointments booked for the other two ([[case_reference:CW0522108]], [[case_reference:CW0522131]]).
        Outcome: both screened in {{outpatient clinic}} on [[date:9 April]]; one clear, one referred to diagnostic.
        Learning: no spare unit at weekends; on-call phone was on silent. Spare unit now kept on site.
    """)),
    ("health", "success", prose("""
        Shout-out for [[name:Mercy]] on the {{newborn hearing}} team. On [[date:27 March]] a
        {{Dari}}-speaking {{mum}} on [[organisation:Beaumont Ward]] was about to {{decline}} the
        screen because she thought it was an injection. Instead of ticking "declined",
        [[name:Mercy]] booked a {{telephone interpreter}}, waited 40 minutes for one, explained the
        {{OAE}} with the little video on the tablet, and the screen went ahead. The baby had
        {{no clear response}} in the left ear, then an {{AABR}} refer, was seen in
        {{diagnostic clinic}} at [[age:2 weeks old]] and now has a {{unilateral}}
        {{permanent childhood hearing impairment}} confirmed, with {{ENT}} and
        {{Teacher of the Deaf}} follow-up in place. Without [[name:Mercy]]'s patience this could
        easily have been missed until school. Thank you - [[name:Tomás]], {{NHSP}}
        {{Local Manager}}
    """)),
    ("health", "near_miss", block("""
        {{Failsafe}} meeting - Newborn Hearing Screening, [[organisation:Castleby and Wrenford NHS Foundation Trust]]
        Date: [[date:16/04/2024]]
        Attendees: [[name:Precious Dube]] ({{Chair}}, {{Screening Coordinator}}), [[name:Tomás Ibarra]] ({{Local Manager}}), [[name:Rose]] ({{admin}}), [[name:D. Achterberg]] ({{Consultant Audiologist}})
        Apologies: Dr [[name:Marchetti]]

        1. Near miss [[case_reference:NHSP-NM-118]]: {{S4H}} showed a baby as "transferred out" but no
           receiving service had accepted. Picked up by [[name:Rose]] on the weekly
           {{unscreened report}} at day 26. Baby screened day 29 in {{outpatient clinic}}, clear.
        2. Cause: temporary address entered at booking; transfer never confirmed.
        3. Action: transfers out need a named contact at the receiving service (owner [[name:Tomás]]).
        4. [[name:D. Achterberg]] noted {{KPI}} {{NH1}} coverage 99.4% for March.
        Next meeting: [[date:21/05/2024]]
    """)),
    ("health", "incident", block("""
        Lost / damaged hearing aid log - paediatric audiology, Q1 - prepared by [[name:Faith Mwangi]]
        Date | Patient | Hosp no | Aid | Where lost | Charge? | Status
        [[date:04/01]] | [[name:Aaliyah Gordon]] | [[case_reference:CW0401177]] | {{BTE}} L | playground | N ({{under 18}}) | replaced
        [[date:19/01]] | [[name:Mateo Rossi]] | [[case_reference:CW0433905]] | {{BTE}} L+R | {{swimming pool}} changing room | N | replaced
        [[date:02/02]] | [[name:K.W.]] | [[case_reference:CW0450262]] | {{bone conduction}} on {{softband}} | school bus | N | replaced
        [[date:26/02]] | [[name:Aaliyah Gordon]] | [[case_reference:CW0401177]] | {{BTE}} L | unknown | N | 2nd loss - replacement delayed

        Incident for [[name:Aaliyah]]: two losses in 8 weeks; {{mum}} thinks an older sibling took it.
        {{Health visitor}} and school {{SENCo}} informed, not a {{safeguarding}} concern. Logged as an
        incident because the replacement took 19 days (stock shortage at
        [[organisation:Castleby General Hospital]]) leaving her {{unaided}}. Datix [[case_reference:DX-77488]].
    """)),
    ("health", "success", block("""
        {{Teams}} - Paediatric Audiology
        [[name:Olumide Bankole]] 14:02
        [[name:Joy]] from [[organisation:Larkfield Primary]] just rang - [[name:Ruby Ashworth]]'s aid has died and she's got her school play tonight 😭
        [[name:Tomás Ibarra]] 14:04
        is she on the {{postal repair}} list? that's 3 days
        [[name:Olumide Bankole]] 14:05
        yeah. but I've got a {{loan aid}} I can programme to her {{audiogram}} from her last {{review}} - drop it at school on my way to {{outreach}}?
        [[name:Tomás Ibarra]] 14:06
        go for it, sign it out in the {{loan register}} and do a {{listening check}} with the {{ToD}} there
        [[name:Olumide Bankole]] 17:58
        done and done. [[name:Joy]] says [[name:Ruby]] sang the whole thing and didn't miss a cue 🎭
        [[name:Tomás Ibarra]] 18:01
        brilliant. putting this in the {{learning from excellence}} log
    """)),
    ("health", "near_miss", block("""
        Screening handover - [[organisation:Beaumont Ward]] - eve to morning - [[date:Sun 21/04]]
        Outstanding: 6 babies
        - Bay 2 bed 4, Baby [[name:Thorne]] - {{AOAE}} {{no clear response}} R, needs {{AABR}} before d/c. mum keen to go home.
        - Bay 3 bed 1, Baby [[name:Nkemelu]] - {{SCBU}} >48 hrs, AABR only per {{NICU protocol}}.
        - Side room 6, Baby [[name:Iqbal]] - {{isolation}} ({{MRSA}}), do last, full {{PPE}}.
        - Bay 5 x3 well babies - all {{clear response}}, done 19:00-19:40.
        NEAR MISS: [[name:Thorne]] baby nearly discharged at 20:30 by midwife [[name:Carys]] before screen - [[name:Hollie]]
        caught it at the desk. {{Discharge checklist}} hearing box was ticked "offered" not "completed". Pls raise at
        {{safety huddle}}.
        Handed over by [[name:Hollie]] to [[name:Gwen]]
    """)),
    ("health", "success", prose("""
        To [[name:Hope]] and everyone in {{audiology}} at [[organisation:Wrenford Children's Centre]].
        When [[name:Maisie]] didn't pass her {{newborn hearing screen}} I was terrified and googled
        everything. [[name:Hope]] sat with me for almost an hour at the
        {{diagnostic appointment}}, drew me diagrams of the {{cochlea}}, and never once made me
        feel silly for crying. [[name:Maisie]] is now [[age:18 months]], wears her pink
        {{hearing aids}} every day and said 'dada' last week, which her {{dad}} is very smug
        about. The {{Teacher of the Deaf}} you linked us with, [[name:Ffion]], has been amazing
        too, and the {{speech and language therapist}} says she is right on track. I know the
        {{NHS}} is stretched but you made the worst week of my life bearable. Love from
        [[name:Charlotte]], [[name:Darren]] and [[name:Maisie Pugh-Evans]] x
    """)),
    ("health", "near_miss", prose("""
        nearly gave {{mum}} the wrong {{results letter}} 2day on {{postnatal}} - printer jammed,
        reprinted 3 at once, picked up the letter for baby [[name:ali]] ({{clear response}} both
        ears) but was handing it to mum [[name:ahmed-ali]] in bay 6 whose baby needs {{AABR}}!!
        she was already reading it n said so hes fine? - i saw the {{NHS no}}
        [[nhs_number:731 508 2646]] didnt match our {{S4H}} record n took it back b4 she left.
        explained, apologised, did the AABR 15.20, bilat {{clear response}} so no harm but cud
        of gone v wrong if it was the other way round. pls can we stop batch printing.
        [[name:gwen t]] {{HCA}}/{{screener}}
    """)),
    ("health", "incident", prose("""
        Incident report. On [[date:29 April 2024]], during {{ear impressions}} for new
        {{earmoulds}} in the {{paediatric audiology}} clinic at
        [[organisation:Castleby General Hospital]], an {{otoblock}} (foam dam) remained in the left
        ear canal of [[name:Jayden Okoro-Williams]], [[age:aged 6]], after the impression was
        removed. The clinician, [[name:Yusuf Demir]], {{Associate Audiologist}}, completed
        {{otoscopy}} before the impression but not after, as [[name:Jayden]] was distressed and
        his father asked to stop. At 18:10 the family attended {{A&E}} because [[name:Jayden]]
        said his ear felt blocked; the otoblock was removed by the {{ENT SHO}} using
        {{microsuction}}. A small {{abrasion}} of the canal wall was treated with {{Otomize}}
        drops. Hospital number [[case_reference:CW0537460]]; Datix [[case_reference:DX-77614]].
        Harm: {{minor}}. {{Duty of candour}}: verbal apology by [[name:Yusuf]] and the
        {{Head of Service}}, [[name:Bernadette O'Shea]], on [[date:30 April]], followed up in
        writing. Learning: post-impression otoscopy is mandatory; if it cannot be done the child
        is re-booked for the same day and the family given written advice.
    """)),
    ("health", "near_miss", block("""
        #audiology-admin
        [[name:rose.k]]  11:20
        hmm - the {{clinic letter}} for [[name:Freddie Nolan]] ({{hearing aid review}} [[date:14/05]]) is addressed to [[address:9 Ashgrove Terrace]] but {{PAS}} says they moved to [[address:52 Kiln Lane, Castleby]] [[postcode:CY3 8PD]]
        [[name:olu.bankole]]  11:24
        did it actually go? or still in the out tray
        [[name:rose.k]]  11:25
        still in the tray, caught it on the {{batch check}}. {{S4H}} had the old address, PAS updated [[date:3 May]]. they don't sync 🙄
        [[name:tomas.ibarra]]  11:31
        good spot. it's an {{IG}} near miss - {{Datix}} pls and I'll ask {{IT}} about the interface. [[name:Freddie]] is on a {{CP}} plan so the address really matters
        [[name:rose.k]]  11:33
        logged [[case_reference:DX-77702]]. resent to the [[address:Kiln Lane]] address ✅
    """)),
    ("health", "success", block("""
        Newborn hearing screening - quarterly KPIs, Q4 2023/24
        {{Site}}                        {{Births}}  Screened<4wk  {{Coverage}}  {{Std}}
        [[organisation:Castleby General Hospital]]   1,204   1,199         99.6%     98.0%
        [[organisation:Wrenford Birth Centre]]       311     311           100%      98.0%
        Home births (community)     47      46            97.9%     98.0%

        {{NH1}} coverage above the {{acceptable}} threshold at both sites; {{NH2}} (time to
        diagnostic) 96%. Home births missed by one baby, who moved out of area. Well done to
        [[name:Precious Dube]] and screeners [[name:Bea]], [[name:Gwen]], [[name:Hollie]],
        [[name:Mercy]] and [[name:Sunita]] - best quarter since the move to {{S4H}}. Reported to
        {{SQAS}} on [[date:15 May 2024]].
    """)),
    ("health", "success", block("""
        From: [[name:Ffion Rhys-Jones]] <[[email:ffion.rhys-jones@wrenford.gov.uk]]>
        To: [[email:castleby.audiology@nhs.net]]
        Date: [[date:Friday 7 June 2024]] 09:15
        Subject: {{CI}} referral - thank you

        Hi [[name:Chidi]],

        Just wanted to say thank you for how quickly you moved for [[name:Amelia-Grace Oduya]]
        (DOB [[date_of_birth:04/01/2023]]). After her {{aided}} responses dropped at the
        [[date:22 May]] review you repeated the {{ABR}} within a week, took her to the {{MDT}}
        and sent the {{cochlear implant}} referral to [[organisation:St Aldhelm's Hospital]] the
        same day. The family already have an appointment letter. As her {{Teacher of the Deaf}}
        I've seen children wait months at this stage. You also rang {{mum}} with a {{Yoruba}}
        interpreter so {{grandma}} could follow too, which meant a lot to them.

        [[name:Ffion]]
        [[name:Ffion Rhys-Jones]] | {{Qualified Teacher of the Deaf}}
        [[organisation:Wrenford Sensory Support Service]] | [[phone:07700 900 316]]
    """)),
    # ---------------------------------------------------------------------- aviation (16)
    ("aviation", "incident", prose("""
        sector [[flight_number:CVN 418]] [[date:12/03]] - catering from [[organisation:feast aloft]]
        came w/ satay chicken on the {{crew meal}} tray AND the pax platter despite the {{SSR}}
        note for {{severe nut allergy}} (pax [[name:linnea]], [[age:19]], travelling w/ parents).
        i ({{cabin host}}) caught the platter but the {{canapés}} had already gone out - she ate
        1 walnut blini before her dad spotted it. she used her own {{EpiPen}} at 14:22, {{FL390}}.
        {{captain}} [[name:rob t]] informed, {{MedLink}} called, {{diversion}} considered but
        symptoms settled w/ {{antihistamine}} from the {{first aid kit}}. met by {{paramedics}}
        at [[organisation:blackmere]], discharged same eve. a/c [[aircraft_registration:G-CVNB]].
        {{ASR}} to follow. catering order said NUT FREE in caps!! - [[name:sofia]]
    """)),
    ("aviation", "near_miss", prose("""
        During the turnaround at [[organisation:Thorncombe Airfield]] on [[date:19 March 2024]],
        the fuel order for [[aircraft_registration:G-CVNA]], a {{Citation XLS+}}, was passed to
        the handling agent, [[organisation:Jetside FBO]], as "2,400" without units. The bowser
        driver, who normally fuels {{piston}} aircraft in {{litres}}, uplifted 2,400 litres
        (about 1,920 kg) rather than the 2,400 kg required. The {{first officer}},
        [[name:Anjali Raghunathan]], noticed during her {{walkround}} that the {{fuel docket}}
        showed litres; cross-checking the {{FMS}} and gauges showed the total about 480 kg below
        plan, enough to leave the aircraft below {{final reserve}} at
        [[organisation:Ravensholt Airport]] had the planned {{alternate}} been needed. The
        {{captain}}, [[name:Henrik Solberg]], requested a top-up and [[flight_number:CVN 231]]
        left 20 minutes late. No {{MOR}} required per the {{Safety Manager}}; internal report
        [[case_reference:CSR-24-044]]. Recommendations: fuel requests always written with units;
        crews to check the {{specific gravity}} and docket before signing.
    """)),
    ("aviation", "near_miss", block("""
        [[date:02/04/2024]], 23:48 - [[name:Mark O]]: hotel at [[organisation:Thorncombe]] says no booking under [[organisation:Corvane]] 🙄
        [[date:02/04/2024]], 23:49 - [[name:Tiago]]: seriously. we're on {{minimum rest}} for the 0745 {{report}}
        [[date:02/04/2024]], 23:52 - Ops - [[name:Kerry-Ann]]: so sorry guys, checking now. looks like it was booked for the [[date:3rd]] not the [[date:2nd]]
        [[date:02/04/2024]], 23:58 - [[name:Mark O]]: ok. if we're not in a room by 0030 the {{rest period}} doesn't work and we delay. {{FTL}} not negotiable
        [[date:03/04/2024]], 00:14 - Ops - [[name:Kerry-Ann]]: got you 3 rooms at the [[organisation:Travelstop Thorncombe]], 5 mins away, taxi outside
        [[date:03/04/2024]], 00:16 - [[name:Amber]]: thank you 🙏
        [[date:03/04/2024]], 00:20 - [[name:Mark O]]: report moved to 0815 to protect rest, {{commander's discretion}} not used. filing a {{fatigue report}} as a near miss. pls tell the {{lead pax}}
    """)),
    ("aviation", "incident", block("""
        From: [[name:Joanna Przybylska]] <[[email:j.przybylska@corvane-aviation.co.uk]]>
        To: Safety <[[email:safety@corvane-aviation.co.uk]]>
        Date: [[date:16 April 2024]] 08:05
        Subject: Manifest error - [[flight_number:CVN 305]] [[date:15/04]]

        Hi,

        Reporting an incident from yesterday. The {{GAR}} and {{manifest}} for [[flight_number:CVN 305]]
        ([[aircraft_registration:G-CVNC]], {{Phenom 300E}}) listed a passenger as
        [[name:Alexander Lindgren-Moss]] when the person who travelled was his brother,
        [[name:Oscar Lindgren-Moss]]. The broker changed the passenger by phone the night before but
        the update never reached {{Ops}}. At [[organisation:Blackmere Aerodrome]] the handling agent
        checked the passport against the manifest at the steps and called me. We corrected and
        resubmitted before departure, but {{Border Force}} held an inaccurate record for about 40
        minutes. {{Captain}} [[name:Solberg]] held {{engine start}} until it was confirmed.
        Ref [[case_reference:CSR-24-051]].

        [[name:Jo]]
        [[name:Joanna Przybylska]]
        {{Operations Controller}}, [[organisation:Corvane Aviation Ltd]]
        M [[phone:07700 900 872]]
    """)),
    ("aviation", "near_miss", block("""
        AIR SAFETY REPORT ({{ASR}})
        Report no: [[case_reference:ASR-2024-0117]]
        Date: [[date:24/04/2024]]   Time (UTC): 0642
        Flight: [[flight_number:CVN 112]]   A/C reg: [[aircraft_registration:G-CVNA]]   Type: {{Citation XLS+}}
        Aerodrome: [[organisation:Thorncombe Airfield]]   Phase: {{taxi}}
        Commander: [[name:Henrik Solberg]]   {{PF}}: [[name:A. Raghunathan]] ({{FO}})
        Weather: {{CAVOK}}, low sun

        Event: Cleared to {{holding point}} A1 for {{runway 26}}. In low sun with faded markings
        the aircraft continued past the A1 turn and stopped about 10 m short of the
        {{runway holding position}} markings after the FO called "check A1". No traffic on the
        runway. {{AFISO}} informed on frequency.
        Cause: faded markings, no {{stop bar}}, glare, first visit since resurfacing.
        Actions: {{NOTAM}} requested re markings; {{aerodrome brief}} updated.
        {{MOR}} submitted: yes, [[case_reference:MOR-2024-22917]]
    """)),
    ("aviation", "incident", block("""
        Sequence of events - [[flight_number:CVN 527]], [[aircraft_registration:M-CRVN]] ({{Challenger 350}}), [[date:Sat 4 May 2024]]
        1012 Depart [[organisation:Ravensholt Airport]], 4 pax, {{cabin host}} [[name:Gabriela Ionescu]].
        1040 {{Seatbelt sign}} off, cruise {{FL410}}. {{Captain}} [[name:Mark Ojukwu]] briefs host: light chop possible later.
        1107 Host serving hot drinks in the {{galley}}.
        1109 Unforecast moderate {{CAT}}, approx 4 s. Host thrown against galley bulkhead, hot water scald to left forearm.
        1110 Seatbelt sign on. {{FO}} [[name:Tiago Mendes]] PF; captain checks cabin on {{interphone}}.
        1112 First aid by a passenger (a nurse): cool running water 20 min, {{burns gel}}.
        1148 Land [[organisation:Blackmere Aerodrome]] as planned; host to {{walk-in centre}}, {{superficial}} burn.
        1400 [[name:Gabriela]] stood down 48 hrs; return sector crewed by standby host [[name:Amber-Lily Foster]].
        {{MOR}} filed (crew injury). Internal ref [[case_reference:CSR-24-060]].
        Note: hot drinks to be suspended whenever the captain briefs possible turbulence.
    """)),
    ("aviation", "success", prose("""
        Safety shout-out: huge thanks to {{FO}} [[name:Priyanka Dhillon]] ("[[name:Pree]]" to
        most of us) for her catch on [[date:9 May]]. Planning the positioning sector to
        [[organisation:Ravensholt Airport]] she read the full {{NOTAM}} package rather than the
        summary and found the {{ILS}} {{glideslope}} for the only instrument runway was out of
        service from 1800 - after our planned 1745 arrival but well inside our delay window. She
        flagged it to the {{captain}}, [[name:JB]], who changed the plan to an {{RNP}} approach
        with the right {{minima}} and extra fuel for the {{alternate}}. We left 50 minutes late
        and arrived in {{IMC}}; because of her briefing it was a non-event. This is exactly the
        thoroughness we want to see. [[name:Nigel Adeyemi]], {{Head of Safety}}
    """)),
    ("aviation", "near_miss", block("""
        Safety Action Group - minutes
        [[date:21 May 2024]], crew room / {{Teams}}
        Attendance: [[name:Nigel Adeyemi]] ({{Head of Safety}}, chair), [[name:Henrik Solberg]] ({{Chief Pilot}}), [[name:Joanna Przybylska]] ({{Ops}}), [[name:Gabriela Ionescu]] ({{Senior Cabin Host}}), [[name:Dev]] ({{CAMO}})
        Apologies: [[name:Mark Ojukwu]], [[name:Pat]] ({{Accountable Manager}})

        1. [[case_reference:CSR-24-066]] near miss: at [[organisation:Blackmere Aerodrome]] staff from
           [[organisation:Skyway Handling]] began {{pushback}} with the {{GPU}} cable still attached;
           the {{captain}} stopped them on the {{headset}}. No damage. Action: [[name:Joanna]] to request
           the agent's tow procedure; crews to hear "GPU disconnected" on headset before brake release.
        2. {{SMS}} review: 7 reports in April, no {{MOR}}s.
        3. [[name:Dev]]: {{MEL}} deferral [[case_reference:DD-24-112]] on [[aircraft_registration:G-CVNB]] closed.
        Next meeting: [[date:18 June]]
    """)),
    ("aviation", "near_miss", block("""
        Deferred defect tracker - [[date:28/05/2024]] - [[name:Dev Sarkar]] ({{CAMO}})
        Reg | Type | {{ADD}} ref | Item | {{MEL}} cat | Expiry | Status
        [[aircraft_registration:G-CVNA]] | {{Citation XLS+}} | [[case_reference:DD-24-118]] | {{APU}} gen inop | C | [[date:31/05]] | parts due [[date:30/05]]
        [[aircraft_registration:G-CVNB]] | {{Phenom 300E}} | [[case_reference:DD-24-121]] | L {{landing light}} | C | [[date:27/05]] | EXPIRED - see note
        [[aircraft_registration:M-CRVN]] | {{Challenger 350}} | [[case_reference:DD-24-109]] | rear {{cabin PA}} speaker | D | [[date:14/06]] | open

        Note: [[aircraft_registration:G-CVNB]] was planned on [[flight_number:CVN 640]] at 0600 today with
        [[case_reference:DD-24-121]] expired at midnight. Caught by {{captain}} [[name:Rosa Villanueva]]
        on the {{tech log}} check at report. Aircraft {{AOG}} 3 hrs until the light was replaced.
        Near miss [[case_reference:CSR-24-071]]; tracker now alerts 48 hrs before expiry.
    """)),
    ("aviation", "success", block("""
        {{Teams}} - [[organisation:Corvane]] Ops
        [[name:Kerry-Ann Whitlock]] 15:10
        heads up, [[name:Bartosz]] from [[organisation:Skyway Handling]] at [[organisation:Blackmere]] just stopped a pax bag going in the {{hold}} - 3 {{power banks}} and a spare {{lithium}} drone battery, ~160 Wh
        [[name:Joanna Przybylska]] 15:12
        great catch. 160 Wh needs {{operator approval}} and never goes in the hold anyway
        [[name:Kerry-Ann Whitlock]] 15:14
        he explained it to the pax (Mr [[name:Fairweather]]) who was fine. power banks in cabin, drone battery left with the handler for courier
        [[name:Mark Ojukwu]] 15:20
        thanks all, briefed the {{cabin host}}. [[flight_number:CVN 702]] on time. pls send [[name:Bartosz]] a thank you from the crew
        [[name:Joanna Przybylska]] 15:22
        will do, and nominating him for the {{handling agent}} award. logging as a {{positive report}} under {{DG}}
    """)),
    ("aviation", "incident", block("""
        Duty ops handover - nights to days - [[date:Thu 6 June]]
        Outgoing: [[name:Fraser]]   Incoming: [[name:Kerry-Ann]]

        AIRCRAFT
        - [[aircraft_registration:M-CRVN]] - INCIDENT: towing into {{hangar 2}} at [[organisation:Ravensholt Airport]] at 0210,
          left {{winglet}} touched the door runner. {{Wing walker}} not in position (only 2 staff on).
          Engineer [[name:Sanjay]] inspected: paint damage + small dent, {{CAMO}} assessing, {{AOG}} pending
          structures. [[case_reference:CSR-24-078]] raised, photos in the folder.
        - [[aircraft_registration:G-CVNA]] - serviceable, fuelled for 0900.
        FLIGHTS
        - [[flight_number:CVN 811]] 0900 - needs swapping off [[aircraft_registration:M-CRVN]]. Offered
          [[aircraft_registration:G-CVNC]] to the broker ([[organisation:Aurum Jet Brokers]]), awaiting reply.
          {{Lead pax}} Mrs [[name:Van der Berg]] aware.
        CREW
        - {{FO}} [[name:Tiago]] went sick 2300; standby FO [[name:Lindiwe]] called, report 0800.
        Ta, [[name:Fraser]]
    """)),
    ("aviation", "near_miss", block("""
        Transcript - [[flight_number:CVN 214]] / [[organisation:Ravensholt Approach]] 119.705 - [[date:12/06/2024]]
        APP: [[flight_number:Corvane two one four]], descend altitude four thousand feet, {{QNH}} one zero zero nine.
        A/C: Descend altitude three thousand feet, one zero zero nine, [[flight_number:Corvane two one four]].
        (6 s pause)
        A/C: Approach, [[flight_number:Corvane two one four]], confirm cleared altitude three or four thousand?
        APP: [[flight_number:Corvane two one four]], negative, altitude FOUR thousand, traffic a {{PA-28}} at three
             thousand five hundred, eight miles, crossing left to right.
        A/C: Four thousand, [[flight_number:Corvane two one four]], traffic in sight.

        Crew note: the {{PF}} ([[name:Rosa Villanueva]]) had already set 3000 in the {{altitude selector}};
        the {{PM}} ([[name:Kwame]]) was sure he'd heard "four" and queried it. {{ATC}} did not pick up the
        incorrect readback. {{TCAS}} {{TA}} passing 4,300 ft. Reported to the unit; [[case_reference:CSR-24-083]].
    """)),
    ("aviation", "incident", prose("""
        not proud of this but reporting coz {{just culture}}. 3rd early in a row, 0430 wake ups.
        [[date:tues 18/6]] sector [[flight_number:cvn 902]] [[organisation:thorncombe]] to
        [[organisation:ravensholt]]. in the cruise {{FL370}} i nodded off for maybe 1-2 mins in
        the {{RH seat}}, {{controlled rest}} NOT briefed. capt ([[name:mark]]) was busy w/
        {{ACARS}} n didnt notice til i jolted awake. no {{ATC}} calls missed afaik. felt awful,
        told him straight away, we did a proper controlled rest brief for the rest of the cruise
        + extra {{cross-checks}} on {{descent}}. roster = 3 x {{FDP}} near max + min rest in a
        hotel w/ noisy {{aircon}}. pls look at the pattern not just me. filed a
        {{fatigue report}} too. - {{FO}} ([[name:tm]])
    """)),
    ("aviation", "success", prose("""
        Dear [[organisation:Corvane]] team, I am writing to thank the crew of our flight home on
        [[date:23 June]]. My father, [[name:Giuseppe Bellandi]], [[age:aged 81]], became confused
        and clammy about an hour into the flight. Your {{cabin host}}, [[name:Faith]], recognised
        at once that something was wrong, checked his {{blood sugar}} with the kit on board (it
        was very low - he is a {{type 2 diabetic}} on {{gliclazide}}), gave him {{glucose gel}}
        and orange juice, and stayed kneeling beside him until he was himself again.
        {{Captain}} [[name:Villanueva]] came back to speak to us and arranged for
        {{paramedics}} to meet the aircraft at [[organisation:Blackmere]] just in case. He was
        checked over and allowed home. My father has flown a great deal and says he has never
        been looked after so kindly. Please pass our gratitude to [[name:Faith]], to the
        {{Captain}} and to the {{first officer}}, whose name I'm afraid we did not catch.
        Yours sincerely, [[name:Marisa Bellandi-Shaw]]
    """)),
    ("aviation", "incident", block("""
        Tower tape transcript - [[organisation:Blackmere Tower]] 122.105 - [[date:28/06/2024]] 1641 UTC
        Positioning flight, [[aircraft_registration:G-CVNC]] ({{Phenom 300E}}), 2 crew, no pax.
        TWR: [[aircraft_registration:Golf Charlie Victor November Charlie]], hold short runway two four, landing traffic three mile final.
        A/C: Hold short two four, [[aircraft_registration:Golf November Charlie]].
        TWR: [[aircraft_registration:Golf November Charlie]], STOP, STOP, you are past the holding point.
        A/C: Stopping, [[aircraft_registration:Golf November Charlie]].
        TWR: [[aircraft_registration:Golf Bravo Hotel Papa Sierra]], go around, I say again go around.

        Crew note: {{Captain}} [[name:Henrik Solberg]] ({{PF}}) crossed the {{holding point}} by about one
        fuselage length; {{FO}} [[name:Lindiwe Mahlangu]] called stop at the same moment as {{ATC}}.
        {{Runway incursion}}. {{MOR}} filed [[case_reference:MOR-2024-24380]], internal [[case_reference:CSR-24-088]].
        Factors: {{expectation bias}} (usual clearance is line up), {{sterile cockpit}} broken by a call from {{Ops}}.
    """)),
    ("aviation", "success", block("""
        Q2 crew and partner recognition - {{positive reports}} received
        Date     Crew member           {{Role}}          What they did
        [[date:09/05]]    [[name:Priyanka Dhillon]]      {{FO}}            {{NOTAM}} catch, {{ILS}} glideslope U/S
        [[date:23/05]]    [[name:Bartosz Zieliński]]     {{Handler}}       {{lithium}} battery kept out of the {{hold}}
        [[date:12/06]]    [[name:Kwame Asante]]          {{FO}}            queried an incorrect {{readback}}
        [[date:23/06]]    [[name:Faith Ndlovu]]          {{Cabin host}}    {{hypo}} managed in flight

        Each receives a voucher and a letter from the {{Accountable Manager}}. [[name:Bartosz]]'s award
        goes via [[organisation:Skyway Handling]]. Nominations for Q3 to
        [[email:safety@corvane-aviation.co.uk]] by [[date:30 September]]. - [[name:Nigel]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind243", REPORTS))
