"""Held-out blind corpus 217: fifty invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well the de-identifier generalises. Every person, organisation, place and number is invented.

Settings:
- social_care (17): a children's disability social work team - short breaks, direct payments,
  transitions to adult services, EHCPs.
- health (17): district nursing - end of life care, syringe drivers, pressure ulcers, insulin
  visits, out-of-hours nurses.
- aviation (16): the control tower at a small regional airport - ADC, ground movement, runway
  incursions, vehicles on the manoeuvring area.

Styles, deliberately mixed: rushed lower-case notes with typos and txt-speak, formal narratives,
chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams/WhatsApp/Slack with handles), handover notes, minutes with
attendance and apologies, pipe-separated and aligned tables, RT transcripts, shout-outs and
thank-you notes.

`[[label:value]]` marks an identifier; `{{term}}` marks a mention that must not be redacted.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind217.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        dp issue - [[name:tayo]] ([[age:9yo]]) {{mum}} [[name:bisi]] rang {{duty}} re {{direct payment}} card
        declined when paying the {{PA}}. payments stopped since [[date:2 feb]] cos our {{finance}} system
        flagged no {{audit return}}. mum says she emailed it to [[email:dp.audits@harrowfield.gov.uk]] in
        {{January}}, never logged. PA ([[name:kerry-ann]]) not paid 3 wks n says she'll quit. [[name:tayo]]
        needs 2:1 for {{personal care}} so if she goes there is no cover for {{short breaks}} at all. raised
        w {{TM}} [[name:gd]] today, emergency payment agreed + apology to mum. ref [[case_reference:DP/4471/C]].
        need to find out why the audit inbox isnt monitored over {{half term}}, 2nd time this yr
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Friday 14 March]] [[name:Ellis Mwangi]] ([[age:aged 12]]), who has {{Dravet syndrome}}, was
        collected from [[organisation:Millbeck Special School]] by the {{passenger assistant}} for his overnight
        stay at [[organisation:Larchfield House]]. About ten minutes into the journey she realised his
        {{buccal midazolam}} and {{seizure care plan}} were not in his bag. She rang the unit and the
        {{shift leader}}, [[name:Precious Adeyemi-Clarke]], arranged for the {{school nurse}} to bring the spare
        kit across before he arrived. No seizure occurred and [[name:Ellis]] had a settled stay. The school had
        a new {{TA}} covering the class who did not know the medication travels with him on {{Fridays}}.
        Actions: rescue medication added as a tick-box on the {{transport plan}}; {{SENCO}} to brief cover
        staff; discussed in {{supervision}}.
    """)),
    ("social_care", "success", block("""
        Chat: PfA / transitions (Teams)
        [09:14] [[name:Farah Qureshi]]: morning all - adult {{ASC}} have confirmed [[name:Reuben]]'s {{Care Act assessment}} is done and his personal budget is agreed, 6 wks before he turns 18 🎉
        [09:15] [[name:Tomasz W]]: amazing!! that never happens
        [09:16] [[name:Farah Qureshi]]: honestly down to [[name:Hope]] at [[organisation:Kestrel College]] pulling the {{EHCP}} review forward so the {{Preparing for Adulthood}} outcomes were already written
        [09:16] [[name:Hope Daniels]]: 😊 team effort, his mum did most of the chasing tbh
        [09:18] [[name:Joy]] (Manager): pls add to the {{learning log}} - joint review at 16 + adults worker invited early = no gap in his {{short breaks}}. Handover meeting booked [[date:22 June]]
        [09:19] [[name:Tomasz W]]: will do, I'll put it on the {{Team Meeting}} agenda for {{Thursday}}
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - INFORMATION GOVERNANCE
        Child: [[name:Amelia-Rose Thistlewood]]
        DOB: [[date_of_birth:03/11/2013]]
        LCS ID: [[case_reference:LCS-2093847]]
        Address: [[address:14 Pennycress Way, Harrowfield]] [[postcode:HF7 2QW]]
        Reported by: [[name:Olusegun Bello]], {{Social Worker}}, {{Children with Disabilities Team}}
        Date of incident: [[date:27/01/2025]]

        What happened: The draft {{EHCP}} ({{section F}} social care advice) was emailed to [[organisation:Brookside Primary]] instead of [[organisation:Brookfield Academy]]. Both came up in the autofill list. The {{SENCO}} at [[organisation:Brookside]], Mrs [[name:Achterberg]], rang the same afternoon and confirmed deletion in writing. Parent informed by phone, very upset, asked for the {{Data Protection Officer}} contact.
        Actions: {{IG}} breach logged ref [[case_reference:IG-25-0119]]; autofill cleared; {{SEND}} casework to use the secure portal only.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Nadia Kowalczyk]] <[[email:n.kowalczyk@brightpathscare.co.uk]]>
        To: CWD Duty <[[email:cwd.duty@harrowfield.gov.uk]]>
        Subject: Referral for [[name:Kai]] - allergy info wrong

        Hi [[name:Siobhan]],

        Just flagging before it gets lost. The referral form for [[name:Kai Lindqvist]] ([[age:6]]) for our Saturday club says "no known allergies" but at the home visit mum showed us his {{EpiPen}} - he has a {{peanut allergy}}. Our {{cook}} had planned a satay dish for the first session. The {{support plan}} attached from your system (ref [[case_reference:SB-0672]]) looks like an old version from before his {{diagnosis}}.

        We've updated our copy, but please correct yours before he starts on [[date:Sat 8th]].

        Thanks,
        [[name:Nadia]]
        {{Service Manager}}
        [[organisation:Brightpaths Care Ltd]]
        [[phone:01632 960418]]
    """)),
    ("social_care", "success", prose("""
        SHOUT OUT 👏 to [[name:Bill]] ({{OT}}) and [[name:Marguerite]] from {{Family Support}} for their work with
        [[name:Zain]]. His discharge from {{PICU}} was planned for [[date:Thursday 6th]] and the
        {{ceiling track hoist}} wasn't going to be fitted for another 3 weeks. [[name:Bill]] rang the contractor
        [[organisation:Liftwell Mobility]] every single day, [[name:Marguerite]] sorted an interim
        {{Disabled Facilities Grant}} and the family got a {{mobile hoist}} on loan from
        [[organisation:St Aldric's Hospice]]. [[name:Zain]] went home on time - mum said it's the first time in
        4 admissions they weren't stuck on the ward waiting. Nominated for the {{Star Award}}.
        - [[name:Grace]], {{Team Manager}}
    """)),
    ("social_care", "incident", block("""
        Chronology - {{missing episode}} during {{short break}} activity, [[date:19.04.25]]
        13:05 [[name:JJ]] ([[age:15]]) arrived at [[organisation:Oakmere Activity Centre]] with 2 {{support workers}} ([[name:Dev]] and [[name:Leanne]]).
        13:40 Group moved to the climbing wall. [[name:JJ]] needs 1:1 in open spaces per {{risk assessment}}.
        13:52 [[name:Dev]] took another young person to the toilet. [[name:Leanne]] on phone to the unit re pick-up.
        13:55 [[name:JJ]] not seen. Centre staff alerted, gates shut.
        14:10 {{999}} called. Police log [[case_reference:0417-19/04]]. Mum informed by [[name:Leanne]].
        14:31 [[name:JJ]] found by the {{groundsman}} at the lake edge, unharmed, wet shoes.
        15:00 {{EDT}} informed. {{Strategy discussion}} not needed following {{MASH}} consultation.
        Learning: 1:1 not held during transitions between activities; {{ratio}} was 2:3 when new plan says 2:2.
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp export - [[date:3 March 2025]]
        [08:41] [[name:Kasia]] PA: morning [[name:Suresh]] sorry early msg. new {{sling}} came for [[name:Mo]] but its a L, {{OT}} assessed him as M. nearly used it last night, he slipped right down when i tested it with no lift
        [08:44] [[name:Suresh Rahman]]: thank u for NOT using it!! pls dont til OT sees. can u use the old one?
        [08:45] [[name:Kasia]] PA: old one ok, checked the {{LOLER}} sticker
        [08:47] [[name:Suresh Rahman]]: great. ringing [[organisation:Harrowfield Community Equipment Service]] now, logging as near miss
        [11:20] [[name:Suresh Rahman]]: delivery note had the wrong size code. OT [[name:Ngozi]] coming [[date:Weds 5th]] to check fit. {{Datix}}? no - our {{RIVO}} form done
    """)),
    ("social_care", "incident", block("""
        MINUTES - Professionals meeting re [[name:Liliana Dragomir]] ([[case_reference:CWD-55102]])
        Date: [[date:11 February 2025]]
        Present: [[name:Ruth Abernethy]] ({{Team Manager}}), [[name:Olusegun Bello]] ({{allocated SW}}), [[name:Mark Tavener]] ({{Direct Payments Officer}}), [[name:Ioana]] (interpreter)
        Apologies: Dr [[name:Feng]] ({{community paediatrician}}), [[name:Sunny Okafor]] ({{school nurse}})

        1. Concern: {{direct payments}} have been used since {{December}} to pay [[name:Liliana]]'s aunt to do overnight care. No {{DBS}}, no agreement variation, and the aunt lives in the household which the {{DP agreement}} does not allow without approval.
        2. [[name:Mark]] advised this is a breach of the agreement but not fraud - family misunderstood guidance.
        3. Mum has been without sleep for weeks; [[name:Liliana]] wakes 4-5 times a night.
        Actions: [[name:Ruth]] to request exceptional approval; [[name:Olusegun]] to complete {{carers assessment}} by [[date:25/02]]; letter in Romanian.
    """)),
    ("social_care", "success", block("""
        OOH -> CWD duty handover, [[date:Sun 16/03]]
        - [[name:Tobi Aderinto-Hughes]] ([[case_reference:LCS-2077510]]). Mum admitted to {{A&E}} Sat 19:30, dad working offshore. No family able to manage {{PEG}} feeds.
        - {{EDT}} SW [[name:pat]] rang the on-call manager, emergency bed agreed at [[organisation:Larchfield House]] within 2 hrs.
        - Good practice: his {{one page profile}} and {{feeding plan}} were up to date on the system so unit staff knew his routine and his signs of pain. [[name:Tobi]] slept through.
        - Thanks to [[name:Wiktoria]] at [[organisation:Larchfield House]] who stayed late to settle him.
        - {{TO DO}} Mon: allocated SW to ring mum on ward, check dad's return date, review {{contingency plan}}.
    """)),
    ("social_care", "incident", block("""
        Short breaks cancelled w/c [[date:7 April]] - staff sickness at [[organisation:Larchfield House]]

        Child    | ID                                | Session        | Impact
        [[name:A.K.]]     | [[case_reference:LCS-2081130]] | Tue overnight  | mum missed own {{chemo}} appt
        [[name:Bilal]]    | [[case_reference:LCS-2069904]] | Wed after sch  | sibling's {{GCSE}} mock disrupted
        [[name:Rose M]]   | [[case_reference:LCS-2090012]] | Fri overnight  | placement breakdown risk flagged
        [[name:Fin]]      | [[case_reference:LCS-2085567]] | Sat day        | none reported

        3 of 4 families told <24h before. {{Ofsted}} notified? Not required. Raised to {{Head of Service}}; {{agency}} staff now pre-booked for {{Easter}}.
    """)),
    ("social_care", "near_miss", prose("""
        nearly sent [[name:maisie]]s {{CIN plan}} to [[name:maisy]]s mum - same name diff spelling, both on my
        caseload, both at [[organisation:Millbeck]]. outlook autofilled the wrong address. [[name:amir]] (my {{PSW}}
        buddy) was reading over my shoulder n spotted it b4 i pressed send, thank god. wd have included
        {{diagnosis}}, {{CAMHS}} stuff and dad's {{probation}} info. asked IT if we can turn off autocomplete for
        external emails. also now putting {{DOB}} in the subject line when sending plans. not a breach but
        logging it cos it was SO close. [[name:lm]]
    """)),
    ("social_care", "success", prose("""
        [[name:Faith Oyelaran-Smith]] ([[age:17]]) has {{cerebral palsy}} and a {{learning disability}} and has
        used {{short breaks}} since she was [[age:five]]. Her transition to adult services was started at
        [[age:14]] under the {{Preparing for Adulthood}} framework and the joint plan was reviewed at each
        {{EHCP}} annual review at [[organisation:Kestrel College]]. Adult {{social care}} and {{Continuing Health Care}}
        attended her final review on [[date:3 October]], and her {{personal assistant}} team, paid through
        {{direct payments}}, will transfer across without a break on her 18th birthday. [[name:Faith]] chose her
        own PAs and chaired part of the meeting with support from her advocate, [[name:Yusuf Demir]]. This is
        shared as good practice: early joint working, one plan, and the young person in the chair.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Bronwen Pryce-Jones]]
        Sent: [[date:24 May 2025]] 21:07
        To: CWD Team Manager
        Subject: Medication error - {{family based short breaks}}

        Hi [[name:Ruth]],

        Reporting a medication error tonight. [[name:Ollie]] ([[age:aged 10]]) is staying with me for his overnight. I gave his {{melatonin}} at 19:30 as per the {{MAR chart}}, then found a note in his bag from mum saying she'd already given it at home before pick-up. So he has had a double dose (2 x 3mg).

        I rang {{NHS 111}} - told to monitor, he is asleep and breathing normally, I'm checking every 30 mins. Mum informed, not upset with me but worried.

        The handover sheet doesn't have a "meds given today" box. Could we add one?

        [[name:Bronwen]]
        {{Short Breaks Carer}}
        [[phone:07700 900652]]
    """)),
    ("social_care", "near_miss", block("""
        #cwd-shortbreaks (Slack)
        [[name:kemi.a]] 10:02 - quick one, [[name:Derek]]'s {{DBS}} expired [[date:30 June]] and he's down for [[name:Isla]]'s overnight tomorrow
        [[name:j.mcallister]] 10:05 - what?? {{fostering panel}} didn't flag it?
        [[name:kemi.a]] 10:06 - the renewal reminder went to his old email. only noticed cos I was doing the {{annual review}} paperwork
        [[name:j.mcallister]] 10:07 - ok moving [[name:Isla]] to [[name:Gill]] & [[name:Pete]] tomorrow, they've capacity. i'll tell mum
        [[name:kemi.a]] 10:09 - [[name:Derek]] has done online renewal, {{update service}} should be quick
        [[name:Manjit Sohal]] 10:15 - thanks both. can we run a report on all carers with DBS due in next 90 days and put it in the {{supervision}} template. nice catch [[name:Kemi]]
    """)),
    ("social_care", "success", block("""
        Dear [[name:Will]],

        I just wanted to say thank you for everything this year. When you first came to see us [[name:Rhys]] had been {{excluded}} twice and I had given up on anyone listening. You got the {{EHCP}} reviewed, got us the {{direct payment}} for a {{PA}} and you always rang back when you said you would.

        [[name:Rhys]] has been going swimming with [[name:Callum]] every {{Saturday}} and he is a different boy. He starts at [[organisation:Thornbury Vale School]] in {{September}}.

        Please pass this on to your {{manager}}. You are a credit to the {{council}}.

        Love from [[name:Dawn]], [[name:Rhys]] and [[name:Kayleigh]] x
    """)),
    ("social_care", "incident", block("""
        LONE WORKING INCIDENT - [[date:Tues 4th Feb]]
        Worker:          [[name:Oluwaseun]] ({{SW}}, CWD)
        Visit to:        [[address:Flat 7, Marram Court, Sandford Road]], [[postcode:HF2 9LT]]
        Case ref:        [[case_reference:CWD-48817]]
        Buddy:           [[name:Tash]]

        [[name:Oluwaseun]] went on an unannounced home visit after school re {{neglect}} concerns for [[name:Keziah]] ([[age:8]], {{autism}}, non-verbal). The visit was not on the {{lone working}} app because the app had logged her out. Her phone died at 17:10. [[name:Tash]] had left at 17:00 assuming the visit was done. No one knew where she was until 18:20 when she rang from the family's landline.

        No harm, but mum's partner was hostile at the door. Learning: buddy to wait for the check-in, not assume; spare power banks in pool cars; {{Team Manager}} to raise app issue with {{ICT}}.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        ooh - called 02:10 by dtr of mr [[name:o'driscoll]] ([[age:84]]), {{syringe driver}} alarming + screen
        blank. got there 03:05 (2 other calls b4). {{T34}} battery totally flat - looks like day team put in a
        used one from the box not a new one?? pt v agitated, {{terminal agitation}} + grimacing. gave
        {{sc}} {{midazolam}} 2.5mg + {{oxycodone}} {{prn}} per {{anticipatory meds}} chart, new battery,
        re-sited line. settled by 04:00. dtr [[name:siobhan]] upset, said "you lot told us it would last".
        {{datix}} [[case_reference:W-112938]]. pls can day team bin used batteries + record battery % on the
        {{monitoring chart}} every visit. [[name:cj]] ooh {{RN}}
    """)),
    ("health", "near_miss", prose("""
        During the teatime {{insulin}} visit on [[date:9 January]], {{Healthcare Support Worker}}
        [[name:Priya Raman]] found two pens in the fridge at the home of Mrs [[name:Edna Whitlock]]
        ([[age:91]]): her own {{Humulin I}} and a {{NovoRapid}} pen left over from her late husband. Both
        boxes were the same colour and the NovoRapid was at the front. [[name:Priya]] had picked it up and
        dialled the dose before the {{two-point check}} against the {{insulin passport}} showed the wrong
        name on the pharmacy label. No insulin was given from the wrong pen. With the family's agreement
        the pen was returned to [[organisation:Hollins Pharmacy]] for disposal, and {{District Nurse}}
        [[name:Aoife Ní Bhriain]] informed the {{GP}} at [[organisation:Calder Lane Surgery]]. Learning shared
        at {{huddle}}: always check fridges for other household members' insulin at the first visit and
        record it in the {{care plan}}.
    """)),
    ("health", "success", block("""
        WhatsApp - [[organisation:Westmere]] DNs 💙
        [[date:12/06/2025]]
        [16:02] [[name:Lou]]: {{fast track}} approved for Mr [[name:Abdi]], he's adamant he wants to die at home not on the ward
        [16:05] [[name:Sandeep]]: {{profiling bed}} + {{air mattress}} booked for 7pm, I'll meet the driver
        [16:11] [[name:Lou]]: {{JIC}} meds coming with him from [[organisation:Kingsbridge General]] discharge lounge, {{ReSPECT}} form in his bag
        [16:40] [[name:Gosia]]: I've rung {{Marie Curie}}, night sitter from tomorrow. tonight I'll pop in at 10 on my way off
        [19:52] [[name:Sandeep]]: he's home! bed up, driver set up by [[name:Gosia]], family in tears (good tears)
        [[date:15/06/2025]]
        [08:10] [[name:Lou]]: Mr [[name:Abdi]] died peacefully at 05:40 with his daughters. Son said thank you to every one of you. 3 hrs from {{ward}} to home. Proud of this team
    """)),
    ("health", "incident", block("""
        PRESSURE ULCER - INITIAL REPORT
        Patient name:   [[name:Harold Fenwick-Price]]
        NHS number:     [[nhs_number:401 023 2188]]
        DOB:            [[date_of_birth:17/08/1938]]
        Address:        [[address:2 Ropewalk Cottages, Little Sowerby]], [[postcode:WM4 6RD]]
        GP:             [[organisation:Calder Lane Surgery]]
        Caseload:       [[organisation:Westmere DN Team]]
        Ref:            [[case_reference:PU-2025-0388]]
        Finding:        {{Category 3}} {{pressure ulcer}}, {{sacrum}}, 4cm x 3cm

        Visits were reduced from daily to 3x weekly on [[date:2 Sept]] once his heel {{wound}} improved. The {{Waterlow}} score was not repeated and the {{repositioning chart}} stopped. A carer from [[organisation:Evergreen Homecare]] reported a red area 10 days ago - message left on the {{SPA}} line, not actioned. Found on [[date:16 Sept]] by {{Staff Nurse}} [[name:Ines Carvalho]].
        Actions: {{PSIRF}} learning response; {{duty of candour}} conversation with his wife held; {{hybrid mattress}} ordered.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Tomás Ferreira]] <[[email:tomas.ferreira@hollinspharmacy.co.uk]]>
        To: [[email:westmere.dn@nwcommunity.nhs.uk]]
        Cc: Dr [[name:Achebe]]
        Subject: {{Anticipatory medicines}} chart - pt [[name:MB]], query dose

        Hello team,

        We received a prescription and DN authorisation chart today for [[name:MB]] ({{NHS}} no [[nhs_number:612 458 9036]]) for {{end of life}} {{just in case}} meds. The prescription says {{midazolam}} 2.5mg {{subcut}} but the authorisation chart your nurse filled in says 25mg. I have not dispensed and have left a message with Dr [[name:Achebe]] at [[organisation:Calder Lane Surgery]].

        Please make sure the chart in the house is corrected before anyone gives a dose tonight.

        Kind regards,
        [[name:Tomás]]
        {{Pharmacist}}, [[organisation:Hollins Pharmacy]]
        [[phone:0113 496 0277]]
    """)),
    ("health", "success", prose("""
        ⭐ Big shout out to our night {{OOH}} nurses [[name:Ama Mensah]] and [[name:Rory]]! On [[date:Tues 21st]]
        they had 11 calls across the patch, including a {{syringe driver}} set-up at 1am for a young man
        who was very frightened, and a {{verification of expected death}} at 4am. The family of that
        patient rang {{the office}} this morning to say [[name:Ama]] sat with them for an hour, made tea
        and explained everything about the {{undertakers}} so gently. [[name:Rory]] drove 30 miles back to
        the first patient at 5am to check the driver was running. This is what {{district nursing}} is about.
        Thank you both - [[name:Amber]] ({{Team Leader}})
    """)),
    ("health", "incident", block("""
        Timeline - delayed visit / fall, [[date:Sat 1 March]]
        08:20 Planned visit to Mr [[name:Raymond Tuckett]] ([[age:88]]) for {{insulin}} + {{leg ulcer}} dressing. {{Key safe}} code on the visit list did not work.
        08:25 Nurse ([[name:Bethan]]) rang the {{SPA}} - code on system was the old one, family changed it in {{February}}.
        08:40 No answer from {{NOK}} [[phone:07700 900318]].
        08:55 Patient heard calling from inside. {{999}} called.
        09:30 Fire service forced entry. Patient on bedroom floor, approx 10 hrs, {{BM}} 3.1.
        09:45 {{Paramedics}} treated {{hypo}}, conveyed to [[organisation:Kingsbridge General]].
        Issues: daughter told the {{GP}} receptionist the new code but it never reached us; no process for key safe changes. Ref [[case_reference:W-113460]].
    """)),
    ("health", "incident", block("""
        HANDOVER - late -> OOH, [[date:Wed 14 May]]
        1. [[name:Delyth Morgan]] - discharged from {{Ward 6}} yesterday on new {{BD}} insulin. NOT on our caseload - ward referral sent to the wrong team ([[organisation:Eastbrook DN Team]]). Found when son rang at 6pm asking why nobody came. {{CBG}} 27.4, {{ketones}} 0.4. {{Lantus}} given late by [[name:Hamish]]. Please recheck at 22:00.
        2. Mr [[name:Okoro]] - {{syringe driver}} running, {{pump}} check at 23:00, family coping.
        3. [[name:Sunita]] at the {{hospice}} wants a call re bed for Mrs [[name:Jablonski]].
        Datix for no 1 done, [[case_reference:W-114002]]. Discharge referral had the wrong {{GP practice}} code. [[name:DM]]'s son [[name:Gareth]] wants a call from the {{DN}} manager tomorrow.
    """)),
    ("health", "near_miss", block("""
        Insulin visits - {{AM}} run, [[date:18/11/2024]]
        Time  Patient            DOB                                  NHS no                            Insulin         Dose
        07:45 [[name:D. Evans]]           [[date_of_birth:04/02/1941]]                  [[nhs_number:738 209 4154]]           {{Levemir}}      14u
        08:15 [[name:Pauline Osei]]       [[date_of_birth:22/09/1950]]                  [[nhs_number:485 777 3120]]           {{Humalog Mix25}} 22u
        08:40 [[name:Dafydd Evans]]       [[date_of_birth:30/12/1936]]                  [[nhs_number:923 614 8700]]           {{Toujeo}}       40u

        Note from [[name:Holly]] ({{HCSW}}): two Mr [[name:Evans]] on the list, same road. I had the 14u dose in my head walking into the second Mr [[name:Evans]]' house - checked the {{NHS number}} on his passport and it was the 40u patient. No wrong dose given. Asked for the list to show full names + {{alert}} flag.
    """)),
    ("health", "success", block("""
        {{GSF}} / End of Life MDT - minutes
        [[date:Thursday 3 April 2025]], [[organisation:Calder Lane Surgery]]
        Present: Dr [[name:Patience Achebe]] ({{GP}}), [[name:Amber Lloyd]] ({{DN Team Leader}}), [[name:Giedrė]] ({{Palliative CNS}}, [[organisation:St Columba's Hospice]]), [[name:Francis]] ({{Practice Manager}})
        Apologies: [[name:Ray]] ({{Care Coordinator}})

        1. After death analysis: 9 patients died on the register in {{Q4}}. 8 died in their preferred place. 7 had {{ReSPECT}} forms in the home.
        2. Good practice noted for Mrs [[name:L]] - advance care plan done early at a routine insulin visit by [[name:Amber]]; allowed her to die at home with her dogs.
        3. One patient admitted in last 48hrs as {{JIC}} meds not in house - see separate learning.
        Actions: [[name:Giedrė]] to run a {{Lunch and Learn}} on starting conversations.
    """)),
    ("health", "incident", block("""
        Teams - DN Team Leaders
        [[name:Kwame Asante]] 18:47: all - my car was broken into outside the {{health centre}} this afternoon. reg [[vehicle_registration:KX19 TBN]]. my {{visit list}} (paper, 14 patients, names + addresses + key safe codes) was in the door pocket
        [[name:Amber Lloyd]] 18:49: oh no are you ok? laptop?
        [[name:Kwame Asante]] 18:50: I'm fine. laptop was in the boot, still there. police ref [[case_reference:SR/4471/25]]
        [[name:Amber Lloyd]] 18:52: ok. {{IG}} incident needs doing tonight, and we need to ring every family re key safe codes. I'll do half. [[name:Kwame]] send me the list
        [[name:Ngaire]] 18:58: I can ring the 4 on [[address:Hill Top Road]], I know them
        [[name:Kwame Asante]] 19:30: all families rung, 9 key safes changed by family, 5 by us tomorrow. Datix [[case_reference:W-114188]]
    """)),
    ("health", "near_miss", prose("""
        went to the wrong house this am!! list said [[address:14 Pendle View]] but mr [[name:aziz]] is at
        [[address:41 Pendle View]]. the lady at 14 is also diabetic + on our books (diff team) so she
        let me in thinking I was hers. had the {{insulin}} pen out of my bag b4 I checked her name on the
        {{care plan}} in the folder. nothing given. apologised, went to 41. think the list has been typed
        wrong from the {{referral}} - told [[name:penny]] in {{the office}}, she's fixed {{SystmOne}}. pls ppl
        always check name + {{DOB}} in the house folder not just the list. [[name:robin]]
    """)),
    ("health", "success", prose("""
        In {{October}} the [[organisation:Eastbrook DN Team]] was asked to review Mr [[name:Feodor Lysenko]]
        ([[age:79]]), a man with {{MND}} whose carers had noticed {{non-blanching erythema}} on both heels
        and sacrum. {{Staff Nurse}} [[name:Grace Ekwueme]] completed a {{PURPOSE T}} assessment the same day,
        ordered a {{dynamic mattress}} which was delivered within four hours, and taught his wife and the
        agency carers from [[organisation:Evergreen Homecare]] a two-hourly turning routine using the
        {{SSKIN}} bundle. She arranged a joint visit with the {{OT}} for a {{tilt-in-space chair}}. At the
        six-week review his skin was intact. This is shared as good practice in early escalation and
        equipment ordering.
    """)),
    ("health", "incident", block("""
        From: [[name:Hannah Szabo]]
        To: Clinical Lead, [[organisation:Westmere DN Team]]
        Date: [[date:7 August 2025]]
        Subject: Expected death - CPR started

        Mrs [[name:Winifred Achterberg-Lowe]] ([[nhs_number:550 318 2642]]) died at home at 02:00 today. Her death was expected and she had a {{DNACPR}} decision made by her {{GP}} in {{July}}. Her son found her and rang {{999}} in panic. The {{ReSPECT}} form was not in the house - it had been taken back to the surgery to be signed and never returned. The {{ambulance crew}} started {{CPR}} and continued for 25 minutes until the {{ECP}} could confirm the decision on the summary care record.

        The family are very distressed. I have offered a meeting with the {{Team Leader}}.
        {{Datix}} [[case_reference:W-114990]].

        [[name:Hannah]]
        {{Community Staff Nurse}}
    """)),
    ("health", "near_miss", block("""
        Transcript (recorded line) - {{OOH}} nurse / on-call {{GP}}, 23:14
        RN [[name:Faisal]]: Hi, it's [[name:Faisal]], district nurse out of hours. I'm with a patient, [[name:Vera Holloway]], {{NHS number}} [[nhs_number:316 902 5589]], {{end of life}}, on a syringe driver with {{diamorphine}}. She's in a lot of pain and she's had three {{breakthrough}} doses.
        GP: Ok. What's in the driver?
        RN [[name:Faisal]]: The chart says diamorphine 30mg over 24 hours but the label on the syringe says 20.
        GP: Right - don't change anything yet. Which is correct?
        RN [[name:Faisal]]: The [[organisation:St Columba's]] {{CNS}} letter says 30.
        GP: Ok, I'll send an electronic prescription. Can you discard and re-make at 30 and take a photo of the label?
        RN [[name:Faisal]]: {{Will do}}. I'll Datix it, the day nurse must have drawn up from the old chart.
        Outcome: new syringe at 30mg, pain settled by 00:30. Ref [[case_reference:OOH-25-07731]].
    """)),
    ("health", "success", prose("""
        To all the {{District Nurses}} at [[organisation:Calder Lane]], Thank you for looking after Mum in
        her last weeks. You came in all weathers, you never rushed her, and you always had time for a cup
        of tea with Dad. Special thanks to [[name:Joyce]] who did her {{dressings}} every other day since
        {{spring}} and knew exactly how she liked her pillows, and to the night nurse ([[name:Mehmet]], we
        think?) who came at 3am when her {{pump}} stopped. She died at home like she wanted, in her own
        bed, with [[name:Bramble]] the cat on her feet. We have made a donation to the {{Nurses' fund}}.
        With love and gratitude, the [[name:Pickering]] family - [[name:Sandy]], [[name:Jack]] and [[name:Sky]]
    """)),
    ("health", "incident", block("""
        Incident: dog bite on home visit | Ref [[case_reference:W-115203]] | [[date:22/10/2025]]

        Time  | Event
        10:05 | {{Staff Nurse}} [[name:Thandiwe Dlamini]] arrives at [[address:9 Foundry Lane, Westmere]] [[postcode:WM2 8HB]] for {{catheter}} change.
        10:07 | Patient's grandson lets her in; dog ({{XL bully type}}) not shut away despite {{risk alert}} on {{EMIS}}.
        10:09 | Dog bites left forearm. Grandson pulls dog off.
        10:20 | Nurse leaves, rings {{Team Leader}} [[name:Obi]] and {{111}}.
        11:15 | Seen at {{Minor Injuries}} at [[organisation:Westmere Health Centre]]; antibiotics + {{tetanus}}.
        Follow-up | Letter to patient: visits only if dog secured. {{Occupational Health}} referral. {{RIDDOR}} not required (off work under 7 days).
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        RTF transcript extract - {{TWR}} 118.805, [[date:17 July 2025]] (times UTC)
        14:31:02 [[flight_number:SKW214]]: [[organisation:Fenmoor Tower]], [[flight_number:Skyways two one four]], four mile final {{runway two six}}
        14:31:06 ADC: [[flight_number:Skyways two one four]], continue approach, wind two four zero one two knots
        14:32:15 ADC: [[flight_number:Skyways two one four]], runway two six, cleared to land, wind two four zero one one knots
        14:32:20 [[flight_number:SKW214]]: Cleared to land two six, [[flight_number:Skyways two one four]]
        14:32:40 ({{GMC}} on intercom): {{Works Two}} is on the runway at Bravo!
        14:32:43 ADC: [[flight_number:Skyways two one four]], go around, I say again go around, vehicle on the runway
        14:32:47 [[flight_number:SKW214]]: Going around, [[flight_number:Skyways two one four]]

        Notes ({{ADC}} [[name:Deepa Venkataraman]]): Works Two (grass cutting, [[organisation:Aerserv Ltd]], driver [[name:Gary Nuttall]]) was cleared to holding point {{B1}} only. Driver read back "B1" but continued through. {{Stop bars}} are not used in daylight {{VMC}}. Aircraft at approx 0.8nm when go-around given. {{MOR}} [[case_reference:FMR-25-031]] filed, {{CAA}} informed.
    """)),
    ("aviation", "near_miss", prose("""
        quick one for the {{TRM}} folder - trainee on {{ADC}} this arvo nearly gave line up to
        [[aircraft_registration:G-CKLP]] ({{C152}}) at {{A1}} with [[flight_number:CCM33K]] on 3nm final for
        two six. the {{strip}} for the {{Dash 8}} was still in the {{inbound bay}} not the runway bay so
        the board looked clear. {{OJTI}} [[name:mags]] jumped in b4 the transmission finished and changed it
        to hold position. no loss of sep. [[name:mags]] says the strip got knocked when the {{ATCA}} swapped
        the printer roll. suggest a "runway occupied" blocker strip for the {{bay}}. will chat at next
        {{unit training}} meeting. [[name:hk]]
    """)),
    ("aviation", "success", prose("""
        🙌 Good catch shout-out to [[name:Rosa Lindgren]] on {{GMC}} last night. During {{LVPs}} the fuel
        bowser [[vehicle_registration:FN21 ADX]] called for a route to Stand 3, read back correctly, and
        then [[name:Rosa]] noticed on the {{ASMGCS}} he had turned the wrong way onto {{taxiway C}}
        towards the runway. She stopped him 40 metres short of the {{CAT III holding point}} and
        re-routed him before [[flight_number:CCM418]] landed. The driver from [[organisation:Fenfuel Aviation]]
        said the {{taxiway signs}} were covered in frost. Airport ops have already cleaned them.
        Brilliant {{situational awareness}}, [[name:Rosa]]. - [[name:Pat]] ({{Watch Manager}})
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT - ATC
        Ref:          [[case_reference:FMR-OCC-2025-044]]
        Date:         [[date:02/05/2025]]
        Time (UTC):   09:12
        Aircraft:     {{PA-28}} [[aircraft_registration:G-BXER]]
        Callsign:     [[aircraft_registration:G-ER]]
        Operator:     [[organisation:Fenmoor Aero Club]]
        Other a/c:    {{DHC-8}} [[flight_number:CCM402]]
        Reporter:     [[name:Łukasz Zieliński]], {{ADC}}

        Description: [[aircraft_registration:G-ER]], a {{student pilot}} on a solo flight, was instructed to hold at {{A1}} for {{runway 26}}. The pilot read back "hold A1" but entered the runway and lined up while [[flight_number:CCM402]] was at 2.5nm final. I instructed [[flight_number:CCM402]] to go around and [[aircraft_registration:G-ER]] to vacate via {{A2}}.
        {{Runway incursion}}: yes. {{Severity}}: B (provisional).
        Club {{CFI}}, [[name:Hywel Prosser]], informed by phone. {{MOR}} submitted.
    """)),
    ("aviation", "near_miss", block("""
        From: Airfield Operations <[[email:airfield.ops@fenmoorairport.co.uk]]>
        To: [[email:atc.watchmanagers@fenmoorairport.co.uk]]
        Subject: Tractor - {{manoeuvring area}} - [[date:Mon 9 June]]

        Hi [[name:Pat]],

        Following your phone call, we have spoken to the driver of the grass-cutting tractor [[vehicle_registration:PK68 WRF]]. He was working on the {{grass strip}} north of {{taxiway A}} and drove onto the taxiway to turn without calling {{Ground}}. He says he thought the grass areas were not part of the {{manoeuvring area}}. [[aircraft_registration:G-OFMC]] was taxiing towards him and stopped about 100m away.

        His {{airside driving permit}} is {{ADP}} level M only. He has been stood down from airside duties until he redoes the {{RT}} and {{apron}} familiarisation with [[name:Chiara]].

        Regards
        [[name:Tariq Hussain-Baig]]
        {{Duty Airfield Operations Manager}}
        [[phone:01632 960771]]
    """)),
    ("aviation", "success", block("""
        Teams - [[organisation:Fenmoor ATC]] {{Watch B}}
        [[name:Eilidh MacLeod]] 16:44: just want to say well done [[name:Hiroshi]] on that {{PAN}} this afternoon
        [[name:Hiroshi Tanaka]] 16:46: thanks! team effort
        [[name:Eilidh MacLeod]] 16:47: {{PA-34}} [[aircraft_registration:G-ZNTA]] with a {{rough running engine}}, he had the {{RFFS}} on a local standby in under a minute, held [[flight_number:SKW219]] on the ground and got the circuit traffic out of the way
        [[name:Baz]] 16:50: and gave the pilot the {{QFE}} without being asked, pilot was clearly overloaded
        [[name:Hiroshi Tanaka]] 16:52: the {{TRM}} stuff on {{threat and error}} actually helped. I'd briefed the {{ATCA}} that morning that the fire crew were on a {{training exercise}}
        [[name:Eilidh MacLeod]] 16:53: putting it in the {{Safety Bulletin}}
    """)),
    ("aviation", "incident", block("""
        Chronology - loss of RT with {{Follow Me}} vehicle, [[date:28 Nov]]
        21:02 {{Ops One}} ([[vehicle_registration:YK20 OPS]], driver [[name:Ffion]]) cleared by {{GND}} to runway 08 threshold for lighting check, runway closed.
        21:15 {{NOTAM}} closure ends. ADC ([[name:Piotr]]) calls Ops One to vacate - no reply.
        21:16 Second call, no reply. Ops One still on {{ASMGCS}} near threshold.
        21:17 [[flight_number:CCM7TK]] inbound, 12nm. Runway kept closed. {{Red light signal}} flashed from {{the tower}}.
        21:19 Ops One sees the light, vacates, calls on phone: handheld battery died, vehicle radio set to wrong channel.
        21:24 Runway re-opened. [[flight_number:CCM7TK]] landed 21:31, 4 min delay.
        Learning: vehicles without two-way RT must not be on the runway; {{light signals}} worked as designed.
    """)),
    ("aviation", "incident", block("""
        [[organisation:Fenmoor]] {{Local Runway Safety Team}} - minutes
        Date: [[date:15 September 2025]]
        Attendees: [[name:Olamide Bankole]] ({{Head of ATC}}, chair), [[name:Pat Kershaw]] ({{Watch Manager}}), [[name:Tariq Hussain-Baig]] ({{Airfield Ops}}), [[name:Hywel Prosser]] ([[organisation:Fenmoor Aero Club]]), [[name:Kasia Nowicka]] ([[organisation:Aerserv Ltd]])
        Apologies: [[name:Frank]] ({{RFFS}}), Capt [[name:Ivy Osborne]] ([[organisation:Solent Skyways]])

        Item 1 - Runway incursions since last meeting: 2 (refs [[case_reference:FMR-25-031]], [[case_reference:FMR-OCC-2025-044]]). Both at the {{B1}}/{{A1}} end where the holding points are close to the runway.
        Item 2 - [[name:Olamide]] proposed {{stop bars}} H24 at A1 and B1. [[name:Kasia]] asked that contractor briefings include a {{hot spot}} map.
        Item 3 - Club to add the hot spot to {{pre-solo}} briefing.
        Actions: [[name:Pat]] to draft {{AIP}} hot spot amendment.
    """)),
    ("aviation", "near_miss", block("""
        AGL defects log - {{runway 08/26}}
        Date                 Item                              Status          Found by
        [[date:03/03/25]]      {{Stop bar}} A1 - 2 lamps U/S    Fixed 04/03      [[name:J. Okafor]]
        [[date:11/03/25]]      {{Stop bar}} B1 fails to drop    OPEN             [[name:S. Rees]]
        [[date:12/03/25]]      {{TDZ}} lights 26 partial        Fixed 12/03      [[name:J. Okafor]]

        Near miss [[date:11/03/25]]: with B1 stop bar stuck ON, {{GND}} cleared [[flight_number:SKW305]] to cross, pilot (correctly) refused to cross a lit red stop bar. GND then gave a verbal instruction to cross it. {{MATS Part 2}} says this needs ADC approval and a {{deviation}} note - not done. Nothing was on final. Ref [[case_reference:FMR-25-038]].
    """)),
    ("aviation", "success", prose("""
        At approximately 22:40 on [[date:4 February]], a {{Cessna 208}} [[aircraft_registration:N512RD]] was
        cleared for take-off from {{runway 26}} at night. The {{Aerodrome Controller}}, [[name:Wojciech Adamczyk]],
        noticed that the aircraft's lights were aligned with the {{parallel taxiway}} rather than the runway
        centreline. He immediately instructed the pilot to stop, and the aircraft stopped having rolled about
        30 metres along the taxiway. The pilot, operating for [[organisation:Northsea Air Freight]], reported
        he had mistaken the taxiway {{edge lights}} for runway lights. The controller's decision to keep
        watching the departure, rather than turning to his {{flight progress strips}}, prevented a
        {{wrong surface}} take-off. This is submitted as positive learning under {{Safety-II}}.
    """)),
    ("aviation", "incident", block("""
        WhatsApp - Tower crew
        [[date:19/08/2025]], 15:20 - [[name:Björn]]: anyone else hear that? {{TWR}} freq blocked for ages, someone's {{stuck mic}}, just engine noise
        15:21 - [[name:Summer]]: yeah ~45 secs. I couldn't get [[flight_number:SKW226]] to vacate, had [[aircraft_registration:G-CDHT]] on short final
        15:21 - [[name:Summer]]: had to flash a red at the [[aircraft_registration:G-CDHT]] cessna & hope he looked
        15:22 - [[name:Björn]]: did he go round?
        15:22 - [[name:Summer]]: yes thank god. turned out the stuck mic was [[aircraft_registration:G-BTLV]] parked on the {{apron}} with the {{avionics}} on
        15:30 - [[name:Nasrin]] (WM): filing {{MOR}}, pls both write it up before end of shift. I'll call the owner and the {{CAA}}
        15:31 - [[name:Summer]]: ok. we need the {{standby freq}} on the {{ATIS}} tbh
    """)),
    ("aviation", "near_miss", block("""
        WATCH HANDOVER - {{ADC}} position, [[date:Sat 12/07]] 14:00
        Wx: {{CAVOK}}, wind 250/14. Rwy 26 in use.
        Works: {{WIP}} at 08 threshold ([[organisation:Kingsway Civils]]), 3 vehicles, party leader [[name:Dennis]], works vehicle callsign "{{Works 5}}".
        NOTE: at 13:10 [[name:Rocco]] nearly released [[flight_number:CCM501]] for take-off on 26 with the works party still inside the {{runway strip}} at the far end - the works weren't on the {{ATIS}} or the handover board from the morning watch. {{ATCA}} [[name:Gemma]] spotted the vehicles on the camera and said so. Departure held 4 mins until works vacated.
        Actions: works now on board + ATIS info {{Kilo}}. Morning WM ([[name:Olu]]) informed.
        Traffic: [[flight_number:SKW221]] due 14:35. 2 club a/c in circuit.
    """)),
    ("aviation", "success", block("""
        From: [[name:Marta Sousa]] <[[email:m.sousa@solentskyways.com]]>
        To: [[organisation:Fenmoor ATC]]
        Subject: Thank you - [[flight_number:SKW230]] {{diversion}}, [[date:22 Oct]]

        Dear all,

        On behalf of the crew of [[flight_number:SKW230]] ({{ATR 72}} [[aircraft_registration:G-SKWE]]), thank you for your help on [[date:Wednesday 22 October]]. The captain reported a smell of smoke in the cabin and diverted into [[organisation:Fenmoor]] with 58 passengers. Your controller had the {{fire service}} ready, gave a direct routing and a long {{final}} with no other traffic. The aircraft stopped on the runway and was inspected before taxi. No injuries.

        Our {{Flight Safety}} team found a failed {{recirculation fan}}.

        Please pass our thanks to the controller on duty, we believe [[name:Joy]].

        Kind regards,
        [[name:Marta]]
        {{Flight Safety Officer}}, [[organisation:Solent Skyways]]
    """)),
    ("aviation", "incident", block("""
        #ops-safety (Slack)
        [[name:tariq.hb]] 07:55: {{FOD}} found on {{rwy 26}} on the {{07:45}} inspection - a bolt + washer, approx 1200m from threshold
        [[name:pat.k]] 07:56: last departure was [[flight_number:SKW201]] at 06:50, [[aircraft_registration:G-SKWD]]. last inspection before that was 05:30 and clear
        [[name:tariq.hb]] 07:58: photos sent to [[organisation:Solent Skyways]] engineering. runway closed til sweep done
        [[name:pat.k]] 08:02: [[flight_number:SKW203]] holding on stand, told the {{crew}}. {{ATIS}} updated
        [[name:tariq.hb]] 08:20: sweep done, nothing else, rwy open
        [[name:ruth.e]] 09:40: [[organisation:Skyways]] engineering confirm the bolt is from a {{main gear}} door on [[aircraft_registration:G-SKWD]]. aircraft grounded in Jersey. {{MOR}} [[case_reference:FMR-25-047]]
    """)),
    ("aviation", "near_miss", block("""
        RTF extract - {{GND}} 121.780, [[date:30 January 2025]]
        10:12:40 GND: [[flight_number:Skyways two four one]], taxi holding point Alpha one via Alpha
        10:12:44 [[flight_number:Skyways two one four]]: Taxi Alpha one via Alpha, [[flight_number:Skyways two one four]]
        10:12:50 GND: [[flight_number:Skyways two one four]], negative, hold position, that clearance was for [[flight_number:Skyways two four one]]
        10:12:54 [[flight_number:SKW214]]: Holding, sorry, [[flight_number:Skyways two one four]]
        10:13:00 GND: [[flight_number:Skyways two four one]], taxi holding point Alpha one via Alpha

        Note ([[name:Ayesha]], GND): [[flight_number:SKW214]] and [[flight_number:SKW241]] on adjacent stands, both {{ATR}}s, same company frequency. {{Callsign confusion}}. [[flight_number:SKW214]] had started to move. Raised to [[organisation:Solent Skyways]] for the {{callsign similarity}} list. Suggest a {{similar callsign}} warning on the strips.
    """)),
    ("aviation", "success", prose("""
        good one from today - {{LVPs}} in force, {{RVR}} 450m. new {{ATCA}} [[name:dom]] was watching the
        {{ASMGCS}} and saw a blip creeping towards the runway from the {{GA}} apron - turned out to be the
        aero club's quad bike ([[vehicle_registration:AB16 KLM]]) doing a {{bird scaring}} run that no one had
        told us about. [[name:dom]] told {{GND}} who stopped it at the {{CAT III}} hold. [[flight_number:CCM412]]
        was 6nm out on the {{ILS}}. aero club say their bird man ([[name:Ken]]) didn't know LVPs were on. [[name:dom]]
        is 3 weeks into the job and didn't hesitate. well done!! - [[name:eilidh]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind217", REPORTS))
