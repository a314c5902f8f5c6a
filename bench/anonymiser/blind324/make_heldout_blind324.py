"""Held-out blind corpus 324: 50 invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) to measure how well
the de-identifier generalises. Three settings, everything in them invented (people,
organisations, places, numbers):

- social_care (17): a residential family assessment centre - parenting assessments, CCTV
  monitoring, court timetables, parents and babies living in.
- health (17): a hyper-acute stroke unit - thrombolysis, swallow screens, CT, therapy and rehab.
- aviation (16): a business jet charter operator - FBOs, crew duty, catering, handling agents
  and owner trips.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes,
minutes with attendance and apologies, pipe-separated and aligned tables, RT transcripts,
shout-outs and thank-you notes. `[[label:value]]` marks every identifier and `{{term}}` marks
must-not-redact mentions (roles, agencies, clinical and aviation terms, generic times and
place types, look-alike acronyms and capitalised ordinary words).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind324.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        nights [[date:3/4th]] - rm 6 {{cctv}}. approx {{02:40}} saw {{mum}} ([[name:kayleigh]]) asleep
        on sofa w baby on her chest. baby [[name:tiyana]] ([[age:6wks]]) face not covered but v unsafe.
        went in, woke mum, baby back in {{moses basket}}. mum v upset said she only shut her eyes
        for 2 mins. went thru {{safe sleep}} again + gave her the {{Lullaby Trust}} leaflet.
        rang {{on call mgr}} ([[name:phil]]) who said email the {{SW}} first thing. not happy as this
        is 2nd time this wk. {{dad}} ([[name:jordan]]) not in rm, was at the smoking shelter.
        {{cot checks}} {{03:00}} + {{03:30}} ok, baby settled.
        - [[name:bex]] ({{night RSW}})
    """)),
    ("social_care", "incident", prose("""
        On [[date:14 February 2024]] at approximately {{15:10}}, during the afternoon {{contact
        review}} in the {{family room}} at [[organisation:Larkspur House]], Mr [[name:Adebayo-Cole]]
        was handed a copy of the revised {{court timetable}} by his {{allocated social worker}},
        [[name:Precious Nwankwo]] of [[organisation:Ashwell Borough Council]]. Mr
        [[name:Adebayo-Cole]] read that the {{Issues Resolution Hearing}} had been brought forward
        and became verbally abusive, shouting that the {{parenting assessment}} was "a stitch-up".
        He struck the door frame and pushed past {{Family Support Worker}} [[name:Grace Lindqvist]],
        who sustained a bruise to her left forearm. [[name:Grace]] activated her {{personal
        alarm}}. The baby, [[name:Malachi]] ([[age:5 weeks]]), was in the {{nursery}} with {{Mum}}
        ([[name:Destiny]]) and did not witness the incident. The {{Deputy Manager}} attended and
        de-escalated. Mr [[name:Adebayo-Cole]]'s written agreement has been reviewed and the
        {{CCTV}} footage preserved under [[case_reference:LH-INC-0442]]. The {{Registered
        Manager}} will decide whether an {{Ofsted}} notification is required.
    """)),
    ("social_care", "near_miss", block("""
        Near miss - bottle prep - Rm 3 - [[date:Sat 9 March]]
        07:55  [[name:Agata]] ({{Mum}}) making up feed for [[name:Lena]] ({{baby}}, [[age:11 days old]]).
               [[name:Hope]] ({{FSW}}) on {{observation}} in the {{kitchen}}.
        08:01  Mum heated the bottle in the {{microwave}} for 45 sec. [[name:Hope]] asked her to
               shake it and test on her wrist - Mum said no need, "it's fine".
        08:02  [[name:Hope]] tested it: milk very hot, would likely have scalded. Cooled under tap.
        08:10  Feed given, [[name:Lena]] settled.
        08:30  Went through bottle safety again using the {{Start4Life}} pictures.
               [[name:Agata]]'s spoken English is good but she prefers written {{Polish}}, so the
               Polish leaflet was printed for her.
        Recorded on {{daily log}}, assessor (Ms [[name:Kowalczyk-Reid]]) informed. No harm.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - {{MISSING FROM PLACEMENT}}
        Resident name: [[name:Chantelle Okafor-Briggs]]
        DOB: [[date_of_birth:22/07/2004]]      Age: [[age:19]]
        Child: [[name:Reign Okafor-Briggs]]     Child DOB: [[date_of_birth:03/01/2024]]
        LA: [[organisation:Northwick City Council]]    LA ref: [[case_reference:NCC/CS/778120]]
        Previous address: [[address:Flat 4, 19 Tanner's Row, Northwick]] [[postcode:NK4 7LB]]
        Date/time: [[date:17/03/2024]] {{16:45}}
        Details: [[name:Chantelle]] left via the {{front door}} with [[name:Reign]] in the {{pram}}
        while staff were at {{handover}}. Not signed out. {{CCTV}} shows her getting into a grey
        Corsa [[vehicle_registration:NK19 WXP]] at the end of the drive. Rang her mobile
        [[phone:07700 900418]] x3, no answer.
        Actions: police informed {{16:58}}, log [[case_reference:NK-20240317-0963]]. {{EDT}}
        informed. {{Allocated SW}} emailed.
        Returned {{19:20}} with baby. Baby checked by {{nurse}} - no concerns. Said she went
        to her {{nan}}'s.
        Reported by: [[name:Ruby Sandhu]], {{Senior Residential Worker}}
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Tomasz Wróbel]] <[[email:t.wrobel@larkspurhouse.org.uk]]>
        To: {{Quality & Compliance}}
        Date: [[date:Tue 2 April 2024]] 10:12
        Subject: near miss - wrong family's CCTV summary nearly sent

        Hi [[name:Nadia]],

        Logging this as a near miss. This morning I was attaching the weekly {{CCTV}} observation
        summary for the {{children's guardian}} in the [[name:Haddad]] case
        ([[case_reference:SM24C00291]]). The document in the {{shared drive}} was named for
        {{Room 5}} but actually contained the summary for the [[name:Ferreira]] family in
        {{Room 2}}. I only noticed because it mentioned twins. Nothing was sent.

        I think it was saved under the wrong name on {{Friday}}. Suggest we put the case number
        in every file name and add a second check before anything goes to {{Cafcass}} or the
        {{LA}} solicitor.

        Thanks,
        [[name:Tomasz]]
        {{Assessment Coordinator}}
        [[organisation:Larkspur House Family Assessment Centre]]
        [[phone:01632 960447]]
    """)),
    ("social_care", "near_miss", block("""
        [{{Teams}} chat - Nights - [[date:21/04]]]
        [[name:Sunny Oyelaran]]  01:12
        can someone come to rm 8, need 2nd check for [[name:Kai]]'s {{oral morphine}} ([[age:3wks]])
        [[name:bill.t]]  01:14
        omw
        [[name:bill.t]]  01:19
        stop - its drawn up as 0.5ml, chart says 0.05ml. thats 10x
        [[name:Sunny Oyelaran]]  01:20
        omg ur right. read the {{NAS}} weaning plan wrong, the decimal point is faint on the copy
        [[name:bill.t]]  01:22
        discarded, redrawn 0.05ml in 1ml {{oral syringe}}, both checked, given 01:25. {{mum}} present
        [[name:Sunny Oyelaran]]  01:31
        ill do the near miss form + tell [[name:Marguerite]] on days so {{pharmacy}} reprint the
        chart. ty [[name:Bill]] x
        [[name:bill.t]]  01:32
        np 👍 {{MAR}} signed
    """)),
    ("social_care", "incident", block("""
        HANDOVER - days to lates - [[date:Wed 24/04]]
        Rm 1 - [[name:Mercy]] + baby [[name:Ezra]]: good morning, {{feeds}} 3hrly, {{HV}} visit done.
        Rm 4 - [[name:Zofia Dąbrowska]] + twins: tired, asked for help with the 10:00 feed.
        Rm 7 - [[name:Leanne]] + [[name:Jaxon]]: **INCIDENT** 12:50 {{CCTV}} showed rear {{fire door}}
        opened from inside and a male coming in - looks like [[name:Dean Whitcombe]] (ex-partner,
        NOT on approved contact list, {{Schedule 1}}?? check). In Rm 7 approx 6 mins.
        [[name:Leanne]] denies it. [[name:Aisha]] (mgr) viewed footage, police called - ref
        [[case_reference:CAD 4471 24/04]]. {{Fire door alarm}} not sounding - maintenance booked.
        {{Allocated SW}} aware, {{strategy discussion}} likely tomorrow. [[name:Jaxon]] fine, checked.
        Rm 9 - empty, {{deep clean}}.
    """)),
    ("social_care", "success", block("""
        LEARNING REVIEW - Rm 6 ([[name:Faith]] & baby [[name:Noah]]) - MINUTES
        Date: [[date:30 April 2024]], 14:00, {{Training Room}}
        Present: [[name:Yvonne Achterberg]] ({{Registered Manager}}, chair), [[name:Rhys Pritchard]]
        ({{Lead Assessor}}), [[name:Oluwaseun]] ({{Family Support Worker}}), [[name:Eluned Parry]]
        ({{Children's Guardian}}, {{Cafcass}}), [[name:Jay]] ({{night staff}})
        Apologies: [[name:Kerry-Ann Dsouza]] ({{Health Visitor}},
        [[organisation:Brightwell Health Visiting Team]]), {{IRO}}
        1. Outcome: {{final hearing}} on [[date:25/04]]; [[name:Faith]] and [[name:Noah]] to go home
           under a {{supervision order}}. Judge said the assessment was fair and balanced.
        2. What worked: daily {{Signs of Safety}} scaling with [[name:Faith]]; {{PAMS}} modules
           in short chunks; [[name:Jay]] on nights modelling {{safe sleep}} without taking over.
        3. Even better if: {{court timetable}} shared with the family in plain English at admission.
        Actions: [[name:RP]] to write up as a practice example; [[name:YA]] to share at
        {{team meeting}}.
    """)),
    ("social_care", "incident", block("""
        CCTV DOWNTIME LOG - [[organisation:Thornfield Lodge]] - w/c [[date:6 May]]
        Date  | Cameras            | Down          | Families            | Noticed by | Mgr told
        [[date:06/05]] | Rm 2, Rm 3         | 23:10-02:45   | [[name:Begum]], [[name:Nyambura]]     | [[name:JK]]         | [[name:TW]]
        [[date:08/05]] | all {{bedroom cams}}   | 01:30-01:55   | all                 | [[name:JK]]         | [[name:TW]]
        [[date:09/05]] | Rm 3               | 20:00-07:30   | [[name:Nyambura]]            | [[name:Hollie]]     | not told
        Notes: on the [[date:9th]] Rm 3 was down all night and nobody noticed until morning because
        the {{monitor}} showed a frozen frame, not "no signal". Mrs [[name:Nyambura]] is on
        {{24hr}} {{CCTV monitoring}} as a court direction, so the {{court}} and the {{LA}} must be
        told. {{NVR}} engineer from [[organisation:Vantage Security Systems]] attending
        [[date:Fri 10th]]. Raising as incident - loss of monitoring for a {{high risk}} family.
        Reported by [[name:Tariq Wahlberg]], {{Deputy Manager}}
    """)),
    ("social_care", "success", prose("""
        Shout-out 🌟 Massive thank you to [[name:Joy]] on nights ([[date:Sunday 12th]]). She
        noticed baby [[name:Amani]] in Rm 5 looked {{mottled}} and was grunting at {{04:15}} while
        {{mum}} was feeding. She didn't wait - rang {{999}}, started {{obs}} and woke the
        {{on-call}}. [[name:Amani]] was taken to [[organisation:St Wilfrid's Children's Hospital]]
        with suspected {{sepsis}} and is doing well on the {{neonatal unit}}. Mum
        ([[name:Halima]]) said [[name:Joy]] was calm and kind and explained everything as it
        happened. This is exactly the {{professional curiosity}} we keep talking about in
        {{supervision}}. Thank you [[name:Joy]] - from [[name:Wendy]] and all the team 💛
    """)),
    ("social_care", "near_miss", block("""
        [[date:18/05/2024]], 21:14 - [[name:Amber Quist]]: man at the {{main gate}} on the {{intercom}} asking for [[name:Roxanne]] in Rm 4, says he's her brother
        [[date:18/05/2024]], 21:15 - [[name:Amber Quist]]: gate's not shut properly, the {{mag lock}} isnt holding. he could just walk in
        [[date:18/05/2024]], 21:16 - [[name:Lukas Petraitis]]: DON'T let him in. check her {{safety plan}} - brother isnt approved and the ex ([[name:Shane]]) uses family to get in
        [[date:18/05/2024]], 21:18 - [[name:Amber Quist]]: ok holding the gate shut myself, [[name:Femi]] with [[name:Roxanne]]
        [[date:18/05/2024]], 21:24 - [[name:Amber Quist]]: he's gone. got his reg on {{CCTV}} [[vehicle_registration:KM68 ZTR]]. [[name:Roxanne]] looked at the footage, says its [[name:Shane]] not her brother
        [[date:18/05/2024]], 21:26 - [[name:Lukas Petraitis]]: good call. ring {{101}} and log it, I'll email [[name:Deb]] ({{SW}}) + get [[organisation:Ashfield Facilities]] out for the mag lock in am
        [[date:18/05/2024]], 21:40 - [[name:Amber Quist]]: 101 ref [[case_reference:PR-1805-5512]]
    """)),
    ("social_care", "success", prose("""
        Learning report: adapting the {{parenting assessment}} for a parent with a learning
        disability. [[name:Shazia Rahmani]] ([[age:24]]) and her son [[name:Idris]] were placed
        at [[organisation:Larkspur House]] on [[date:8 January]] under an {{interim care order}}.
        A {{cognitive assessment}} found that [[name:Shazia]] has a {{mild learning disability}}
        and she struggled with written session plans. The {{lead assessor}},
        [[name:Óscar Villanueva]], replaced the standard {{PAMS}} worksheets with photo
        sequences, put a {{visual timetable}} on her fridge and kept sessions to 30 minutes. Her
        {{advocate}} from [[organisation:Speak Up Ashwell]] came to fortnightly reviews. Night
        staff used a picture card for {{safe sleep}} checks. By week 8 [[name:Shazia]] was making
        feeds independently and responding to [[name:Idris]]'s cues. The {{local authority}}
        social worker, [[name:Dariusz Nowicki]], and the {{Children's Guardian}} accepted the
        adapted evidence, and at the hearing on [[date:2 May]] the court approved a move to a
        {{supported tenancy}} with a package of support. Learning: adapt the method, not the
        standard.
    """)),
    ("social_care", "incident", prose("""
        baby [[name:Ollie]] rolled off the double bed in rm 2 approx {{14:20}} on [[date:22/5]].
        {{mum}} ([[name:sian]]) had left him in the middle of the bed while she went to the loo, no
        pillows round him. landed on carpet, cried straight away. i was on {{cctv}} and ran in,
        approx 40 secs. no visible marks, {{body map}} done - nil. rang
        [[organisation:Millbrook Medical Practice]], {{GP}} saw him at {{16:00}}, no concerns,
        {{head injury advice}} given. mum reminded the bed isnt a safe place to leave him now
        hes started rolling ([[age:4 months]]). sw [[name:Kemi]] informed by phone + the
        {{parenting assessor}}. do mums get told about rolling at admission or only when baby is
        older?? think we need to check the {{admission pack}}. - [[name:Will]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[email:bookings@thornfieldlodge.org.uk]]
        To: [[name:Gabriela Ionescu]] <[[email:gabriela.ionescu@stanmoor.gov.uk]]>
        Cc: [[name:Pat Hennessy]]
        Date: [[date:29 May 2024]]
        Subject: RE: [[case_reference:SM24C00417]] - discharge planning - near miss

        [[name:Gabriela]],

        Thanks for flagging. Our timetable for the [[name:Osei]] family showed the
        {{final hearing}} as [[date:10 June]] because we copied the date from the draft
        {{case management order}}. The sealed order from [[organisation:Stanmoor Family Court]]
        lists it for [[date:19 June]]. The {{placement}} was due to end on [[date:7 June]] and we
        had started {{discharge}} planning. Had you not checked, the family would have left
        before the {{final evidence}} was filed. We have extended to [[date:21 June]] pending
        the {{LA}} confirming funding. From now on the {{admin team}} will only take court dates
        from sealed orders and the {{Centre Manager}} will check them.

        Kind regards
        [[name:Inês Carvalho]]
        {{Admin Officer}}, [[organisation:Thornfield Lodge]]
    """)),
    ("social_care", "success", prose("""
        Good practice - {{CCTV}} review sign-off. Since [[date:1 March]] every CCTV review at
        [[organisation:Thornfield Lodge]] is logged on one sheet with the time window, the
        reviewer and a second reviewer. This was [[name:Mark Oduya]]'s idea after a family
        complained we only ever showed the bad bits. In {{May}} the {{Children's Guardian}} in a
        contested case asked for all footage of night feeds over three weeks. Because of the
        log, [[name:Mark]] and [[name:Chiamaka]] could show exactly what had been reviewed and by
        whom, including the positive clips, and the court accepted our observations without the
        {{raw footage}}. The father's {{solicitor}}, Mr [[name:Lyle]], said it was the first time he
        had seen a centre evidence balance so clearly. It also helps us meet {{GDPR}} and the
        {{ICO}} guidance on surveillance, and protects families' {{Article 8}} rights. Learning:
        a simple log makes our evidence stronger. - [[name:Nkechi]], {{Practice Lead}}
    """)),
    ("social_care", "incident", block("""
        Chronology - [[name:Yasmin]] ([[age:19yo]]) - Rm 10 - nights [[date:2-3 June]]
        23:05  [[name:Yasmin]] came to the office crying, showed superficial cuts L forearm. Said she
               had read the {{LA}} {{final evidence}} and "they're taking him anyway".
        23:08  {{First aid}} - cleaned, {{steri-strips}}. [[name:Ana-Maria]] stayed with her.
        23:10  Baby [[name:Rio]] asleep in cot, {{CCTV}} checked, 15-min checks on him.
        23:20  Rang [[organisation:Stanmoor Mental Health Crisis Team]] - advised {{A&E}} if cuts
               need closing, otherwise {{safety plan}} and they will call back in am.
        23:45  [[name:Yasmin]] agreed safety plan: razors + nail scissors out of room, checks every 30 mins.
        02:10  Found crying again, talked with [[name:Ana-Maria]] till 03:00, then slept.
        07:30  Handed to days. {{Allocated SW}} [[name:Ferhat Yıldız]] emailed. {{Manager}} to
               consider {{Ofsted}} notification.
        By [[name:Ana-Maria Popescu]], {{RSW}}
    """)),
    ("social_care", "success", block("""
        LEARNING FROM EXCELLENCE - [[date:11/06/2024]]
        Nominated: [[name:Senait]] ({{bank RSW}}) and [[name:Holly Brannigan]] ({{Lead Assessor}})
        What happened: Mrs [[name:Tesfay]] and her newborn [[name:Luwam]] arrived speaking mainly
        {{Tigrinya}}. {{Telephone interpreting}} from [[organisation:LinguaBridge Ltd]] kept dropping.
        [[name:Senait]], who speaks Tigrinya, noticed Mrs [[name:Tesfay]] agreeing to things she had
        not understood. Rather than interpreting herself (against policy) she told
        [[name:Holly]], who postponed the {{parenting session}}, booked a face-to-face interpreter
        and had the {{written agreement}} translated. Mrs [[name:Tesfay]] later said it was the first
        time she felt listened to.
        Why it matters: an assessment the parent cannot understand is not fair ({{Article 6}}),
        and {{Working Together}} is clear about communication needs.
        Nominated by: [[name:Kwame]], {{Deputy Manager}}
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        On [[date:4 March 2024]] a [[age:67-year-old]] man, [[name:Desmond Fairweather]]
        (hospital no. [[case_reference:RHI0045812]]), arrived at
        [[organisation:Royal Harrowdene Infirmary]] {{ED}} at {{10:32}} after a {{FAST}}-positive
        pre-alert, {{NIHSS}} 9. The main {{CT}} scanner was down for a {{software update}} that had
        not been communicated to the {{stroke team}}. He was moved to the second scanner in
        {{Radiology}}, which was running an {{outpatient list}}, and was scanned at 11:21.
        {{Alteplase}} started at 12:04, a {{door-to-needle}} time of 92 minutes against our
        target of 60. Mr [[name:Fairweather]] has made a partial recovery ({{mRS}} 3 at 72 hours).
        The {{stroke registrar}}, Dr [[name:Chukwuemeka Obi]], raised this. Learning: planned
        downtime of either scanner must be shared with the {{stroke coordinator}} bleep in advance,
        and the {{HASU}} needs an agreed backup scan slot when the main scanner is out.
    """)),
    ("health", "near_miss", block("""
        Near miss - alteplase dose - {{HASU}}, [[organisation:Kingsmere General Hospital]] - [[date:12/03/24]]
        Pt: Mrs [[name:Gwendolyn Amadi]], [[age:79]], NHS no. [[nhs_number:401 234 5672]]
        14:02  Arrived by ambulance. Crew handover weight "about 110kg" (estimated).
        14:20  {{CT}}/{{CTA}}: no {{haemorrhage}}, no {{LVO}}. Decision to {{thrombolyse}}.
        14:26  Dose calculated by {{SpR}} on 110kg = 90mg (max dose).
        14:29  2nd checker, {{Staff Nurse}} [[name:Wren Ó Súilleabháin]], queried the weight -
               pt looked much smaller. Weighed on {{hoist scales}}: 74kg.
        14:33  Dose recalculated 66.6mg: 6.7mg {{bolus}}, 59.9mg {{infusion}} over 60 mins.
        14:35  Bolus given.
        Outcome: no harm. Estimated weight would have meant ~23mg extra {{alteplase}}.
        Learning: weigh on the {{CT}} couch before the dose is calculated, as the protocol says.
        Reported by [[name:Wren]].
    """)),
    ("health", "incident", prose("""
        [[date:tues 19th]] bay 3 bed 4 mr [[name:hussain]] ([[age:81yo]]) - given
        {{paracetamol}} tabs + water by {{HCA}} approx 0810 BEFORE {{swallow screen}} done. {{NBM}}
        sign had fallen down behind the locker. pt coughing + wet voice after. {{sats}} dropped
        97 to 91% on {{RA}}. sat him up, {{suction}}, {{O2}} 2L. {{FY1}} (dr [[name:tan]]) r/v'd,
        {{CXR}} requested ?{{aspiration}}. {{SALT}} aware, will see today. {{datix}} done. hca was
        agency + didnt know our NBM rules. we need signs stuck on properly + NBM said out loud at
        {{safety huddle}}. - [[name:lou]] {{RN}}
    """)),
    ("health", "success", prose("""
        📣 Shout-out to the {{therapy team}} on {{Ward 22}} - especially [[name:Sunita]]
        ({{physio}}) and [[name:Ciarán]] ({{OT}})! Mr [[name:Abernethy]] came in on
        [[date:2 April]] with a dense {{left hemiplegia}} and {{neglect}}. They had him sitting out
        on day 1, did {{mirror therapy}} twice a day and involved his wife [[name:Rose]] in every
        session so she could carry on at weekends. Today he walked to the {{day room}} with a
        {{quad stick}} and went home with {{ESD}} - his {{Barthel}} went from 15 to 70 in three
        weeks. [[name:Rose]] brought in cake for everyone 🍰. Nominated for {{Learning from
        Excellence}}. - [[name:Bea]] ({{Ward Manager}})
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT - SLIPS, TRIPS & FALLS
        Patient name: [[name:Eleni Papadopoulou]]
        DOB: [[date_of_birth:14/09/1939]]    Age: [[age:84]]
        NHS no: [[nhs_number:485 777 3015]]    Hosp no: [[case_reference:K7740921]]
        Address: [[address:22 Quarry Bank Close, Kingsmere]] [[postcode:KM7 2NF]]
        Location: {{HASU}}, [[organisation:Kingsmere General Hospital]], {{side room}} 2
        Date/time: [[date:20/04/2024]] 03:40
        Description: Pt found on floor beside bed by {{HCA}} [[name:Dawn]]. Pt has
        {{right hemiparesis}} and {{expressive aphasia}}; {{call bell}} in reach but not used.
        {{Bed rails}} down as per assessment. {{Falls sensor}} not switched on - unplugged
        after {{bed bath}} on lates and not reconnected.
        Injury: skin tear R elbow. Unwitnessed so {{neuro obs}} started, {{CT head}} NAD.
        Harm: {{low harm}}.
        Reported by: [[name:Ifeoma Chukwu]], {{Band 6}}
    """)),
    ("health", "near_miss", block("""
        [[name:Kofi Asante-Mensah]]  09:41
        {{CT}} ready for the {{HASU}} pt in bay 2, porter on way for Mr [[name:Lee]]
        [[name:Rosie K]]  09:43
        which one?? we've got Mr [[name:Li]] bed 2 AND Mr [[name:Lee]] bed 6 today 😬
        [[name:Kofi Asante-Mensah]]  09:44
        request is {{CT perfusion}} for [[name:Jian Li]], hosp no [[case_reference:K5521093]]
        [[name:Rosie K]]  09:46
        porter has just taken Mr [[name:Lee]] from bed 6!! he's the {{TIA}} for {{carotid doppler}},
        not CT. ringing them now
        [[name:Rosie K]]  09:49
        stopped at the CT door - {{radiographer}} did the {{ID check}}, didn't match, sent back.
        Mr [[name:Li]] going down now, {{wristband}} checked against the request
        [[name:Kofi Asante-Mensah]]  09:50
        phew. will datix. porter was told "Mr [[name:Lee]] bay 2" verbally by {{switchboard}}
    """)),
    ("health", "incident", block("""
        From: Dr [[name:Hamza Qureshi]] <[[email:hamza.qureshi@harrowdene.nhs.uk]]>
        To: {{Stroke Governance}}; [[name:Siobhán Kearney]]
        Date: [[date:Thu 25 April 2024]] 19:02
        Subject: Incident [[case_reference:DTX-118734]] - no stroke bleep for pre-alert

        [[name:Siobhán]],

        Raising formally. At 16:48 an ambulance pre-alert for a suspected stroke ({{FAST}} +ve,
        onset 16:10, on {{apixaban}}) was phoned to {{ED}} {{Resus}}, but {{switchboard}} never put
        out the {{stroke bleep}}. The patient, [[name:Thandiwe Mokoena]] ([[age:58]]), arrived at
        17:05 and waited in {{Majors}} until the ED {{SHO}} called us at 17:40. She was not a
        {{thrombolysis}} candidate because of the apixaban, but she had a {{large vessel
        occlusion}} and her referral for {{thrombectomy}} to
        [[organisation:Castlegate Neuroscience Centre]] went 50 minutes later than it should have.
        Switchboard say the bleep number on their {{rota}} was out of date.

        Regards
        [[name:Hamza]]
        {{Stroke Consultant}}, [[organisation:Royal Harrowdene Infirmary]]
        [[phone:0113 496 0732]]
    """)),
    ("health", "near_miss", block("""
        HASU night handover - [[date:3rd May]]
        Bed 1 - [[name:Alhassan Bello]], [[age:62]], L {{MCA}} infarct, {{thrombolysed}} 18:40.
          24h post-lysis obs. {{NBM}} until {{swallow screen}}.
        Bed 2 - Mrs [[name:Pike]], [[age:90]], {{PACS}}, {{ReSPECT}} form in notes, comfort focused.
        Bed 3 - [[name:Grace O'Driscoll]], post-lysis. **NEAR MISS**: BP 196/112 at 21:00 recorded
          on the {{NEWS2}} chart but not escalated - post-lysis limit is 180/105. Picked up by
          [[name:Pim]] at 22:00 (BP 201/110). {{Labetalol}} started per protocol by the
          {{registrar}}, BP 172/98 at 22:45. No neuro change, {{NIHSS}} stable at 4, no
          {{repeat CT}} needed.
          Learning: NEWS2 doesn't flag the lysis BP limits - use the {{post-thrombolysis obs chart}}.
        Bed 4 - empty, cleaned, expecting {{ED}} transfer.
        Handed over by: [[name:Gosia]] -> [[name:Pim]]
    """)),
    ("health", "success", block("""
        Stroke Quality Improvement Meeting - Minutes
        [[date:15 May 2024]], 12:30, {{seminar room}}, [[organisation:Kingsmere General Hospital]]
        Attendance: Dr [[name:Farida Haidari]] ({{Stroke Consultant}}, chair); [[name:Holly-Mae Carter]]
        ({{Stroke Coordinator}}); [[name:Yusuf Demir]] ({{CT Superintendent}}); [[name:Nguyen Thi Lan]]
        ({{Pharmacist}}); [[name:Benedict]] ({{Paramedic Liaison}}, [[organisation:Northmoor Ambulance Service]])
        Apologies: [[name:Andrzej Kowal]] ({{ED Lead}}); {{SSNAP}} analyst
        1. {{Door-to-needle}}: median fell from 58 to 34 mins since the "direct to CT" pathway
           started on [[date:1 January]]. Patients go straight from the ambulance trolley to the
           {{CT}} table and are weighed on the scanner couch.
        2. {{SSNAP}} thrombolysis domain now rated A.
        3. Thanks to [[name:Yusuf]]'s team for holding a scan slot on every pre-alert.
        Actions: [[name:HMC]] to present at the {{ISDN}} network meeting; [[name:NTL]] to update the
        {{tenecteplase}} guide.
    """)),
    ("health", "incident", block("""
        Post-thrombolysis obs - bed 5 - [[name:Ahmet Yılmaz]] ([[case_reference:K6619204]]) - [[date:19/05/2024]]
        Time    BP        {{GCS}}   {{NIHSS}}   Initials
        15:00   168/92    15    6       [[name:AB]]
        15:15   172/90    15    6       [[name:AB]]
        15:30   170/88    15    5       [[name:AB]]
        16:00   --        --    --      (not done)
        16:30   --        --    --      (not done)
        17:10   188/104   13    11      [[name:FN]]
        Comment: 15-min obs for 2 hrs after {{alteplase}}, then 30-min. 16:00 and 16:30 missed -
        nurse ([[name:AB]]) moved to cover {{Bay C}} for sickness and pt not handed over. At 17:10
        [[name:Fiona]] found him drowsier with worse {{dysarthria}} and R arm weakness. {{CT head}}:
        {{symptomatic ICH}}. {{Cryoprecipitate}} + {{tranexamic acid}} given, discussed with
        {{neurosurgery}}. Recognition may have been delayed by up to 70 mins.
    """)),
    ("health", "near_miss", block("""
        [[date:22/05/2024]], 02:11 - [[name:Nnamdi Eze]]: [[name:Reg]] - [[age:71yo]] lady, onset 01:20, {{NIHSS}} 17, {{CTA}} L {{M1}} occlusion. {{lysis}} running since 01:58. can I send u a pic of the CTA?
        [[date:22/05/2024]], 02:12 - [[name:Reg Whitlam]]: no - don't send scans on here. push them via the {{IEP}} to [[organisation:Castlegate]] and I'll look on the {{VPN}}
        [[date:22/05/2024]], 02:19 - [[name:Nnamdi Eze]]: IEP says sent but [[organisation:Castlegate]] cant see them
        [[date:22/05/2024]], 02:21 - [[name:Reg Whitlam]]: check the pt ID. did it go under her {{NHS number}} or an old hosp no?
        [[date:22/05/2024]], 02:26 - [[name:Nnamdi Eze]]: 😳 pushed under the wrong pt - Mrs [[name:Banerjee]] in bed 4, clicked the line above. recalled + re-sent under [[nhs_number:612 908 4439]]
        [[date:22/05/2024]], 02:31 - [[name:Reg Whitlam]]: seen. accepted for {{thrombectomy}}, ambulance booked. pls datix the wrong push + tell {{PACS}} team. and tell the day reg
        [[date:22/05/2024]], 02:32 - [[name:Nnamdi Eze]]: will do, thanks
    """)),
    ("health", "success", prose("""
        Mr [[name:Bartholomew Nkemelu]], [[age:73]], was admitted to the {{hyper-acute stroke
        unit}} at [[organisation:Royal Harrowdene Infirmary]] on [[date:6 May]] with a right
        {{partial anterior circulation stroke}} and {{dysphagia}}. He failed his first
        {{swallow screen}} and was {{NG fed}} for five days. {{SALT}} [[name:Magdalena]] did
        daily {{FEES}}-informed therapy and he was on an {{IDDSI}} level 6 diet by day 9.
        {{Occupational therapist}} [[name:Joy Adeyemi-Clarke]] did a {{home visit}} with his son
        [[name:Chidi]] on [[date:17 May]] and arranged a perching stool and rails through
        [[organisation:Harrowdene Community Equipment Service]]. He went home on day 12 with the
        {{ESD}} team, a week earlier than predicted. His son wrote: "[[name:Joy]] treated {{Dad}}'s
        house like it mattered." What made the difference: early joint goals, family in sessions
        and therapy seven days a week. - Sister [[name:Okonjo]]
    """)),
    ("health", "incident", prose("""
        pt's {{dentures}} + both {{hearing aids}} lost between {{ED}} and {{HASU}} on [[date:25/5]].
        pt is Mrs [[name:Ivy Trelawney]] [[age:88]], {{aphasic}} so cant tell us. {{property list}}
        from ED says dentures x2 (upper/lower) + hearing aids x2 but nothing in her bag when she
        arrived on bed 7. rang ED, {{Majors}} bay searched - nothing. porter ([[name:Tony]]) says he
        only brought the bag. daughter [[name:Heather]] v upset, mum cant communicate w/o aids or
        manage a soft diet w/o dentures - affects her {{swallow assessment}} + {{SALT}} too.
        contacted {{PALS}} + {{audiology}} for loan aids. raising as incident as its the 3rd
        property loss ED to HASU this month. - [[name:Kwabena]] {{CSW}}
    """)),
    ("health", "near_miss", block("""
        Chronology - near miss - anticoagulation - [[date:Sat 1 June]]
        13:05  Mr [[name:Ruairí Mac Giolla]], [[age:69]], {{NIHSS}} 8, onset 12:30 witnessed by
               wife. Pt said "no blood thinners".
        13:20  {{CT}}: no bleed. Decision to lyse. Weight 88kg.
        13:24  {{Alteplase}} being drawn up.
        13:25  {{Stroke pharmacist}} [[name:Nomvula]] checked the {{Summary Care Record}}:
               {{apixaban}} 5mg BD started 3 weeks ago by [[organisation:Fernhill Surgery]].
        13:27  Wife confirmed "the new heart tablets" for {{AF}}, last dose 08:00 today.
        13:28  Lysis stopped before {{bolus}}. {{Anti-Xa}} level sent. {{CTA}}: {{LVO}} -
               referred for {{thrombectomy}}.
        Learning: always check the {{SCR}} before lysis, even if the pt says no anticoagulant.
        Having a pharmacist on at the weekend made the difference.
        Reported by Dr [[name:Adaeze Nwosu]], {{StR}}
    """)),
    ("health", "success", prose("""
        To the night team on {{HASU}} ([[date:Fri 7th]] into Sat) - THANK YOU. Three
        {{thrombolysis}} calls, a {{thrombectomy}} transfer and a {{cardiac arrest}} on {{AMU}}
        you went to help with, and still every {{swallow screen}} done within 4 hours and every
        patient turned on time. Special thanks to [[name:Bao]] who spotted Mr [[name:Okwuosa]]'s
        new {{facial droop}} at 3am and had the {{stroke reg}} there in minutes, and to
        [[name:Summer]] (our newest {{HCA}}, first week!) for sitting with [[name:Dolores]] in
        bed 4 who was frightened and confused. You are a brilliant team. Cake in the staff room
        🎂 - [[name:Marisol]] ({{Sister}}, HASU)
    """)),
    ("health", "incident", prose("""
        On [[date:10 June 2024]] [[name:Priyanka Venkataraman]] ([[age:54]], NHS
        [[nhs_number:720 315 8861]]) was accepted for {{mechanical thrombectomy}} at
        [[organisation:Castlegate Neuroscience Centre]] at 09:15. The {{inter-hospital
        transfer}} was booked as a {{Category 2}} call rather than a {{time-critical}} transfer.
        The crew arrived at 10:40 but their vehicle ([[vehicle_registration:WX71 LNP]]) had a
        failed {{suction unit}}, and a second ambulance arrived at 11:25. She left at 11:32 with
        a {{HASU}} nurse escort, [[name:Tobiah]], arrived at 12:20, and {{groin puncture}} was at
        12:41, over three hours after acceptance. Partial recanalisation ({{TICI}} 2a) was
        achieved. The {{stroke network}} standard is departure within 60 minutes of acceptance.
        Incident ref [[case_reference:DTX-121906]]. Learning: thrombectomy transfers must be
        requested through the {{HCP line}} as time-critical, and the nurse in charge should
        escalate to the ambulance {{clinical hub}} if no vehicle within 30 minutes.
    """)),
    ("health", "success", block("""
        LEARNING FROM EXCELLENCE - NOMINATION
        Nominees: [[name:Faith Oduro]] ({{Speech and Language Therapist}}) and [[name:Tadeusz]] ({{Physio}})
        Nominated by: [[name:Hannah Lowe]], {{Stroke Nurse Practitioner}}
        Date: [[date:18/06/2024]]    Patient ref: [[case_reference:K8830157]]
        What happened: [[age:45yo]] man, {{posterior circulation stroke}}, {{ataxia}} and severe
        {{dysphagia}}, speaks {{Arabic}} only. [[name:Faith]] booked an interpreter
        ([[name:Karim]], [[organisation:Harrowdene Language Services]]) for every session and made
        a picture-based {{swallow strategy}} card in Arabic. [[name:Tadeusz]] and [[name:Faith]]
        did joint sessions so he practised {{chin tuck}} while they worked on sitting balance.
        He went from {{NBM}} to {{IDDSI}} level 5 and was walking with a {{rollator}} when he
        moved to [[organisation:Elmcroft Rehabilitation Unit]].
        Why excellent: language and culture built into therapy, not an afterthought.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "near_miss", prose("""
        {{Air Safety Report}} - cabin/catering. On [[date:3 April 2024]] I was {{cabin host}} on
        [[aircraft_registration:G-HXAL]] ({{Challenger 350}}), flight [[flight_number:HXA214]], an
        owner trip with four passengers including the owner's son [[name:Felix]] ([[age:9]]), who
        has a severe {{peanut allergy}} noted on the {{trip sheet}}. Catering came from
        [[organisation:Cumulus Inflight Dining]] via the {{FBO}}. On my pre-departure check I
        found the "nut-free" {{canapé}} tray included {{satay}} chicken skewers, labelled only
        "Asian selection". I removed the tray, wiped down the {{galley}} and asked the FBO for
        replacements, which delayed {{doors closed}} by 20 minutes. No exposure occurred. Our
        {{catering order}} stated the allergy but the caterer's {{allergen sheet}} was never
        supplied. I have asked {{Ops}} to make the allergen sheet a condition of acceptance.
        {{EpiPen}} location confirmed with the {{Captain}} before departure. -
        [[name:Soraya Benali]], {{Cabin Host}}
    """)),
    ("aviation", "incident", prose("""
        duty exceedance [[date:12/4]]. rep'd 0600L, planned 2 sectors. owner late 3h then his
        {{PA}} ([[name:Lottie]]) added a 3rd sector to drop guests. ops ([[name:Jens]]) said we were
        fine with {{commander's discretion}}, but the {{split duty}} rest at the {{FBO}} was in a
        lounge with no quiet room so it doesnt count. on blocks 22:08L = {{FDP}} exceeded max +
        discretion by approx 40 min. filed {{discretion report}}. both of us v tired on the last
        sector, {{CRM}} ok but not great, FO ([[name:Matteo]]) caught me setting the wrong
        {{QNH}} on {{descent}}. ops need to stop saying yes to owner adds without doing the
        {{FTL}} calc first. - capt [[name:d. rourke]], [[aircraft_registration:G-OVNT]]
    """)),
    ("aviation", "incident", block("""
        RT transcript extract - ground movement - [[date:19 April 2024]] - [[aircraft_registration:G-HXAL]] as [[flight_number:HXA402]]
        {{GND}}: [[flight_number:Halcyon 402]], taxi holding point {{Alpha 1}} via {{Bravo}}, {{Charlie}}, hold short runway 27.
        [[flight_number:HXA402]]: Taxi Alpha 1 via Bravo, Charlie, hold short 27, [[flight_number:Halcyon 402]].
        GND: [[flight_number:Halcyon 402]], stop immediately, you have passed Charlie, you are entering {{Delta}}.
        [[flight_number:HXA402]]: Stopping, [[flight_number:Halcyon 402]].
        GND: [[flight_number:Halcyon 402]], hold position, {{follow-me}} on the way. Possible {{pilot deviation}},
        call the {{tower}} supervisor on [[phone:01632 960118]] after landing.
        [[flight_number:HXA402]]: Wilco, [[flight_number:Halcyon 402]].
        Crew comment ({{PF}} [[name:Ingrid Solberg]]): Charlie sign hidden by works barriers; both of
        us heads-down on {{FMS}} for a late {{SID}} change. No conflict. {{MOR}} filed, ref
        [[case_reference:HXA-SR-24-031]].
    """)),
    ("aviation", "incident", block("""
        From: {{Ops Duty}} <[[email:ops@halcyon-exec.co.uk]]>
        To: [[name:Beatriz Salgado]] <[[email:b.salgado@swiftline-handling.com]]>
        Cc: [[name:Will Ashdown]] ({{Head of Ops}})
        Date: [[date:27 April 2024]] 08:55
        Subject: Delay [[flight_number:HXA118]] - fuel not arranged

        [[name:Beatriz]],

        Our [[aircraft_registration:M-RVNA]] ({{Global 6000}}) was on stand at your station for a
        07:30L owner departure. The {{fuel release}} went to [[organisation:Swiftline Handling]]
        on [[date:25/04]] for an uplift of 14,000 lbs and was confirmed by your agent
        [[name:Dmitri]]. At 06:45L the crew found no {{bowser}} booked and the {{into-plane
        agent}} had no record. Fuel arrived 08:20L and we departed 08:41L, a 71 minute delay
        with the owner on board. The crew also saw your {{GPU}} operator reverse up to the
        aircraft without a {{banksman}}.
        Please send your investigation by {{Friday}}.

        Regards,
        [[name:Olamide]] | {{Duty Ops Controller}} | [[organisation:Halcyon Executive Aviation]]
        [[phone:+44 1632 960552]]
    """)),
    ("aviation", "near_miss", block("""
        [[date:02/05/2024]], 14:02 - [[name:Kasia Nowak]]: heads up from [[organisation:Aurelia Jet Centre]] today - their tug driver hooked up to [[aircraft_registration:G-CRSX]] and was about to push WITHOUT the {{steering bypass pin}} in. I was doing the {{walkround}} and stopped him
        [[date:02/05/2024]], 14:03 - [[name:Tunde]]: 😬 the {{Citation}} or the {{Phenom}}?
        [[date:02/05/2024]], 14:03 - [[name:Kasia Nowak]]: the {{Citation XLS}}. he assumed we'd fitted it cos a {{red flag}} was hanging off the nose. it was the {{pitot cover}} flag
        [[date:02/05/2024]], 14:05 - Capt [[name:Marcus Ede]]: good catch [[name:Kasia]]. that would've been a {{steering actuator}} and an {{AOG}}. pls file an {{ASR}}, I'll ring [[name:Raj]] the duty manager there
        [[date:02/05/2024]], 14:20 - [[name:Kasia Nowak]]: done, ref [[case_reference:HXA-SR-24-044]]. also suggest we stop using red flags on pitot covers lol
        [[date:02/05/2024]], 14:21 - [[name:Tunde]]: 👍 agree
    """)),
    ("aviation", "success", prose("""
        ⭐ SHOUT-OUT ⭐ Huge thanks to [[name:Hope Arkwright]] in {{Ops}} for sorting the
        [[flight_number:HXA330]] diversion on [[date:Sun 5 May]]. Captain [[name:Leif Andersson]]
        had to divert when the destination went below {{minima}} in {{fog}}. Within 40 minutes
        [[name:Hope]] had a {{slot}}, handling at [[organisation:Westmere Executive Handling]],
        {{customs}} pre-notified, cars for the owner's family and a hotel for the crew inside
        their {{FTL}} rest. She even remembered the owner's dog and got the {{pet passport}}
        paperwork checked with the {{Border Force}} desk. [[name:Leif]] said it was the smoothest
        diversion he has flown. Well done [[name:Hope]] 👏 - [[name:Graham]], {{Chief Pilot}}
    """)),
    ("aviation", "incident", block("""
        Tech log audit - [[aircraft_registration:G-ZNTH]] ({{Phenom 300}}) - week ending [[date:12/05/2024]]
        Sector | Date  | Flight | {{PIC}}          | Defect                    | In {{tech log}}?
        1      | [[date:08/05]] | [[flight_number:HXA511]] | [[name:A. Kaur]]      | {{cabin PA}} u/s              | Y - {{MEL}} item
        2      | [[date:08/05]] | [[flight_number:HXA512]] | [[name:A. Kaur]]      | L {{BLEED}} caution on start  | NO
        3      | [[date:09/05]] | [[flight_number:HXA515]] | [[name:J.P. Moreau]]  | L BLEED caution, reset    | NO
        4      | [[date:10/05]] | [[flight_number:HXA520]] | [[name:J.P. Moreau]]  | bleed fault, back to stand | Y - {{AOG}}
        Finding: the intermittent L bleed caution was reset via the {{QRH}} twice but not written
        up, so [[organisation:Kestrel Aero Engineering]] could not troubleshoot before the AOG.
        Both PICs said they thought a fault that resets is "not a defect".
        Reported by [[name:Nuala]], {{Compliance Monitoring}}
    """)),
    ("aviation", "incident", block("""
        GROUND OCCURRENCE REPORT
        Ref: [[case_reference:GOR-2024-017]]
        Date/Time: [[date:16 May 2024]] 18:20L
        Location: {{Hangar 3}}, [[organisation:Lansford Executive Airport]]
        A/C: [[aircraft_registration:G-HXAL]] ({{Challenger 350}})
        Reporter: [[name:Dwayne Farquharson-Lee]]   Role: {{Line Engineer}}   Tel: [[phone:07700 900281]]
        Tow team: {{tug driver}} [[name:Petr]]; {{wing walkers}} L [[name:Bilal]], R none
        Description: towed into the hangar beside a {{Learjet 75}} owned by
        [[organisation:Corvid Jet Charter]]. Only one wing walker at end of shift. Right
        {{winglet}} touched the {{Learjet}}'s {{elevator}}.
        Damage: scuff + crack to winglet fairing; dent to elevator trailing edge. Both aircraft
        {{AOG}} pending {{NDT}}.
        Actions: tow stopped, area cordoned, photos, {{CAA}} {{MOR}} submitted.
        Contributing: 12h shift, no second walker, faded floor markings.
    """)),
    ("aviation", "success", block("""
        SAFETY ACTION GROUP - MINUTES - [[date:22/05/2024]]
        Present: [[name:Graham Tulloch]] ({{Chief Pilot}}), [[name:Ama Owusu-Bekoe]] ({{Safety Manager}},
        chair), [[name:Robin Castellanos]] ({{Head of Cabin}}), [[name:Yuki Hoshino]] ({{Ops Manager}}),
        [[name:Ciara]] ({{Crew Rep}})
        Apologies: [[name:Bogdan Marin]] ({{CAMO}}), {{Accountable Manager}}
        1. Owner-trip brief: since [[date:1 April]] Ops issue a one-page brief for every owner
           trip (pax, allergies, pets, security, preferred {{FBO}}). Cabin crew report fewer late
           changes; the nut catch on [[flight_number:HXA214]] came straight from it
           ({{ASR}} [[case_reference:HXA-SR-24-027]]).
        2. {{FRMS}}: three fatigue reports this quarter, all closed with roster changes.
        3. Positive: no {{ramp}} events at outstations in {{April}}.
        Actions: [[name:YH]] to add a pets section; [[name:RC]] to present at {{CRM}} recurrent.
    """)),
    ("aviation", "near_miss", block("""
        #ops-dispatch  [[date:Fri 24 May]]
        [[name:jonny.mcbride]]  10:02
        pax for [[flight_number:HXA607]] just changed - owner adding 3 guests + the dog, now 9 pax
        [[name:amelie.durand]]  10:04
        ok updating {{GenDec}} + {{APIS}}. has anyone told crew?
        [[name:jonny.mcbride]]  10:05
        will msg [[name:Sipho]]
        [[name:Sipho Dlamini]]  10:41
        fyi the {{load sheet}} I got at 10:30 still shows 6 pax + 180kg bags. with 9 pax, ~300kg
        bags and a dog we're over {{MTOW}} with planned fuel
        [[name:amelie.durand]]  10:44
        sorry!! pax updated in the system but the {{W&B}} tool didnt refresh. resending
        [[name:Sipho Dlamini]]  10:52
        new sheet ok with 1,200kg less fuel + {{fuel stop}} at [[organisation:Brennervale Airport]].
        would have been ~250kg over MTOW at {{brake release}}. logging as near miss
    """)),
    ("aviation", "incident", block("""
        Chronology - disruptive pax - [[flight_number:HXA733]] / [[aircraft_registration:M-RVNA]] - [[date:1 June]]
        19:10L  Boarding. Owner's guest Mr [[name:Conrad Ventris]] appeared intoxicated (slurred,
                unsteady). Owner's {{PA}} [[name:Lottie]] said he would be fine.
        19:25L  Captain [[name:Nadim Haddad]] spoke to him; accepted on condition of no more alcohol.
        19:50L  Airborne.
        20:15L  Guest demanded champagne. I declined; he took a bottle from the {{galley}} and
                shouted at me. Owner intervened and he sat down.
        20:40L  Guest vaped in the {{lav}}, {{smoke detector}} activated. Checked - no fire.
                Captain informed {{ATC}} and requested police on arrival.
        21:35L  Landed. Police met the aircraft and removed him, ref [[case_reference:CAD/0106/3391]].
        Reported by [[name:Grace Mbatha]], {{Cabin Host}}
    """)),
    ("aviation", "near_miss", block("""
        OPS HANDOVER - [[name:Yuki]] -> [[name:Aarav]] - [[date:06/06]] 18:00
        * [[flight_number:HXA802]] tmrw 09:00L - AIRCRAFT SWAP: [[aircraft_registration:G-OVNT]] is {{AOG}} (brakes) so now
          [[aircraft_registration:G-HXAL]]. {{Overflight permits}} + {{slot}} were all under [[aircraft_registration:G-OVNT]]. Caught at 17:30.
          [[organisation:Permitline Services]] reissuing, confirmation [[case_reference:PL-558201]] due by 22:00.
          {{CHASE}} if not in - without it we'd have been refused entry ~2h into the flight.
        * [[flight_number:HXA805]] positioning - crew [[name:Lindqvist]]/[[name:Mbeki]] report 06:15,
          {{crew car}} [[vehicle_registration:LD68 WNR]] booked for hotel pick-up.
        * Catering for [[flight_number:HXA802]] re-sent to {{FBO}} with new reg. {{Halal}} meals x4 confirmed.
        * Owner's PA ([[name:Ffion]]) may call re extra pax - DON'T accept without a {{W&B}} check
          (see [[date:24 May]] near miss).
    """)),
    ("aviation", "success", prose("""
        quick note for the {{SMS}}: on [[flight_number:HXA915]] [[date:9/6]] the owner's mum
        ([[age:81]]) fainted in the {{lav}} approx 40 min after t/o. [[name:robin]] (other cabin
        host) and i got her out, legs up, {{O2}} from the {{portable bottle}}, {{sats}} 89 to 96.
        called {{MedLink}} on the {{satphone}} - advised continue, no diversion, monitor BP. BP
        went 102/60 to 118/74 after fluids + something sugary. she was fine on landing and the
        owner's {{GP}} met her at the FBO. capt ([[name:hamid]]) happy. the {{first aid}}
        refresher in {{march}} really helped esp the fainting scenario. {{AED}} not needed but
        we had it out ready. - [[name:bex m]]
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:14 January 2024]] I was {{PIC}} of [[aircraft_registration:G-CRSX]], a
        {{Citation XLS}}, operating [[flight_number:HXA041]] from
        [[organisation:Lansford Executive Airport]] in light {{freezing drizzle}}. {{De-icing}}
        with {{Type I}} and {{Type IV}} fluid was completed by
        [[organisation:Polar De-Ice Services]] at 07:12, giving a {{holdover time}} of around 25
        minutes for the conditions. We then waited on the {{de-icing pad}} for the owner, whose
        car was late. The {{first officer}}, [[name:Aleksandra Zielińska]], noticed at 07:39 that
        we were past the holdover time and that the {{wing leading edge}} showed contamination
        on her {{pre-take-off contamination check}}. I had been focused on our {{CTOT}} and had
        not started the timer after de-icing. We returned for a second treatment and departed at
        08:05. Had [[name:Aleksandra]] not spoken up we could have taken off with contaminated
        wings. I now use a {{stopwatch}} call-out and have proposed it for the {{SOP}}. - Captain
        [[name:Tobias Eze]]
    """)),
    ("aviation", "success", block("""
        From: [[name:Ffion Gruffydd]] <[[email:ffion@vantorholdings.com]]>
        To: [[email:ops@halcyon-exec.co.uk]]
        Subject: Thank you - [[flight_number:HXA922]] / [[flight_number:HXA923]]
        Date: [[date:21 June 2024]]

        Dear all,
        Just a note to thank Captain [[name:Ashok Menon]], {{First Officer}} [[name:Dewi]] and
        {{cabin host}} [[name:Pearl]] for looking after Mr [[name:Halvorsen]]'s family last week.
        When his granddaughter [[name:Amber]] ([[age:4]]) was in tears with ear pain on the way
        down, [[name:Pearl]] calmed her and the pilots made the descent as gentle as they could.
        Best regards,
        [[name:Ffion Gruffydd]] | {{Executive Assistant}} | [[organisation:Vantor Holdings]] | [[phone:+44 20 7946 0381]]

        -- Ops note for {{SMS}} positive reports: [[name:Pearl]] asked the {{flight deck}} for a
        reduced {{rate of descent}} and the crew briefed it with {{ATC}}. Good {{CRM}}. - [[name:Yuki]]
    """)),
    ("aviation", "incident", prose("""
        Incident report - incorrect {{General Declaration}}. On [[date:28 June 2024]]
        [[flight_number:HXA960]] ([[aircraft_registration:2-HXAB]], {{Falcon 2000}}) arrived at
        [[organisation:Marisco International Airport]] with six passengers. {{Border police}}
        found that the {{GenDec}} and {{APIS}} listed Mr [[name:Julian Ravensworth]] (DOB
        [[date_of_birth:02/11/1978]]), but the passenger on board was his brother
        [[name:Sebastian Ravensworth]], after a late swap agreed by the owner's office. Crew and
        passengers were held for 55 minutes and the operator received a written warning. Root
        cause: [[name:Teodora]] updated the {{pax manifest}} in the {{booking system}}, but the
        APIS was generated from a cached copy and nobody cross-checked it against the passports
        at the {{FBO}}. Actions: APIS to be regenerated after any manifest change; {{Captain}}
        or {{cabin host}} to check passports against the GenDec before {{doors closed}}.
        Reported by [[name:Aarav Bhattacharya]], {{Duty Ops}}.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind324", REPORTS))
