"""Held-out blind corpus 293: 50 invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures how
well the de-identifier generalises. Every person, organisation, place and number is invented.

Settings:
- social_care (17): a short-breaks (respite) service for disabled children
- health (17): a hospital labour ward and its postnatal ward
- aviation (16): the control tower of a regional airport

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams, WhatsApp, Slack with handles), handover notes,
SBAR, minutes with attendance and apologies, pipe-separated and aligned tables, RT transcripts,
shout-outs and thank-you notes. `[[label:value]]` marks identifiers; `{{term}}` marks
must-not-redact mentions (roles, agencies, clinical and aviation terms, place types, acronyms).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind293.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        quick one bc shift was mad. took [[name:kai]] ([[age:9yo]]) and [[name:lily-mae]] out in
        the {{minibus}} ([[vehicle_registration:KX19 ABV]]) to [[organisation:Pennyfield Farm Park]]
        about {{2pm}}. got there n realised [[name:kai]]s {{buccal midazolam}} wasnt in the
        {{grab bag}}, only [[name:lily-mae]]s {{inhaler}}. [[name:kai]] has {{tonic clonic}}
        seizures, last one was [[date:3rd june]]. [[name:bex]] stayed w both kids by the cafe, i
        drove back to [[organisation:Ashgrove House]] for it, 40 min round trip. no seizure thank
        god. {{shift lead}} [[name:tomasz]] says the grab bag checklist wasnt signed this am.
        think meds need signing OUT at the door not just in the {{MAR}}. ive told {{mum}} at
        pickup, she was ok about it but not happy. {{datix}} done
    """)),
    ("social_care", "near_miss", block("""
        SHORT BREAKS - NEAR MISS FORM
        Service: [[organisation:Ashgrove House]]
        Ref: [[case_reference:AGH-NM-0412]]
        Child name: [[name:Jayden Okafor-Reid]]
        DOB: [[date_of_birth:14/08/2013]]
        Address: [[address:22 Kestrel Walk, Calderbrook]] [[postcode:CB7 4NW]]
        NHS no: [[nhs_number:485 291 6039]]
        Date of event: [[date:Sat 9 March]]
        Reported by: [[name:Faith Mwangi]], {{Senior Support Worker}}

        What happened: Two children called [[name:Jayden]] in on the same weekend. At the {{6pm}}
        feed I picked up the {{PEG}} feeding plan from the file and started setting up the
        {{Kangaroo pump}} at 100ml/hr. [[name:Nadia]] ({{night RSW}}) asked which [[name:Jayden]]
        it was for, as [[name:Jayden Okafor-Reid]] is on 75ml/hr {{bolus}} feeds only. The plan I
        was holding was [[name:Jayden B]]'s. Stopped before connecting anything.

        Action: photos added to the front of each {{feeding plan}}; surnames in red on the
        {{whiteboard}}. Manager [[name:Pat Doherty]] informed.
    """)),
    ("social_care", "success", prose("""
        SHOUT-OUT!! Massive thank you to [[name:Grace]] and [[name:Will]] on {{late shift}}
        [[date:Friday 12th]]. The {{fire alarm}} went off at 7.40 (false alarm, toaster again) and
        [[name:Reuben]] ([[age:aged 11]], {{autistic}}, {{non-verbal}}) was in the bath.
        [[name:Will]] wrapped him in his weighted blanket and [[name:Grace]] got his
        {{ear defenders}} and {{Now and Next}} board before anyone else had even found the
        {{evac chair}}. They used his {{PECS}} 'outside' card and he walked out calmly to the
        {{assembly point}}. Last time this happened he needed two staff for 40 mins. This is
        exactly what his {{PBS plan}} says and they did it without thinking. {{Mum}} cried when we
        told her. Proud of you both - [[name:Hope]] ({{Registered Manager}})
    """)),
    ("social_care", "incident", block("""
        From: [[name:Marcus Fairweather-Lowe]] <[[email:m.fairweather-lowe@calderbrook.gov.uk]]>
        To: Safeguarding Inbox <[[email:sb.safeguarding@calderbrook.gov.uk]]>
        Cc: [[name:Ifeoma Chukwu]]
        Date: [[date:17 April 2024]] 21:14
        Subject: Missing child episode - [[case_reference:CB/SB/2291]]

        Hi all,

        Reporting a short missing episode tonight at [[organisation:Ashgrove House]]. At approx
        19:05 [[name:Tyler]] ([[age:13]], {{ADHD}}, {{learning disability}}) got out via the side
        gate, which had been propped open earlier by the {{grounds contractor}}
        ([[organisation:GreenEdge Landscapes]]). Staff noticed within 6 mins on a {{headcount}}.
        He was found by a neighbour on [[address:Millbrook Road]] at 19:25 and walked back with
        [[name:Sunny]] ({{support worker}}). Police were called at 19:12 (log
        [[case_reference:CAD 1842-17042024]]) and stood down at 19:31.

        No injuries. {{Dad}} informed at 19:40. {{Return home interview}} not required as under
        30 mins but I've logged it with the {{EDT}}. Gate now has a self-closer and a padlock;
        contractor told.

        [[name:Marcus]]

        [[name:Marcus Fairweather-Lowe]]
        {{Deputy Manager}}, [[organisation:Ashgrove House]]
        [[phone:01632 960418]]
    """)),
    ("social_care", "near_miss", block("""
        Teams chat - [[organisation:Ashgrove Night Staff]]

        [[name:Oluwaseun Adebayo]] 22:41
        anyone know where the medium {{sling}} went? only large in the {{hoist}} room
        [[name:Kerry-Ann]] 22:43
        think day staff used it for [[name:Freya]]
        [[name:Oluwaseun Adebayo]] 22:44
        so [[name:Arlo]] was hoisted in a large earlier?? he's tiny, he'd slip right through the
        leg section
        [[name:Kerry-Ann]] 22:46
        omg. [[name:Dom]] did his transfer at 5 I think. he's fine, asleep now
        [[name:Oluwaseun Adebayo]] 22:47
        ok I'll check him + do a {{body map}}. putting it on {{Datix}}. we need a sling per child
        labelled w their name, not shared. {{LOLER}} check is due too
        [[name:Kerry-Ann]] 22:49
        will tell the {{Day Manager}} at handover. also the large one has a frayed {{loop}},
        quarantined it in the {{sluice}}
    """)),
    ("social_care", "incident", block("""
        Chronology - choking episode, [[organisation:Ashgrove House]]
        Child: [[name:Maryam Siddiqui]] ([[age:aged 15]]), {{cerebral palsy}}, {{dysphagia}},
        {{IDDSI level 5}} minced & moist diet
        Date: [[date:Sun 21 July]]

        17:20 Tea served. Agency worker ([[name:R. Okonkwo]], via
        [[organisation:CareForce Staffing]]) given the standard cottage pie, not the level 5 portion.
        17:26 [[name:Maryam]] coughing, then silent, colour change. [[name:Amber Lisowski]]
        ({{RSW}}) started {{back blows}}.
        17:27 Second staff member [[name:Bill]] called {{999}}.
        17:28 Food bolus cleared after 4th back blow. {{SpO2}} 91% on her home {{sats monitor}},
        rising.
        17:41 Paramedics on scene, obs normal, not conveyed.
        18:05 {{Mum}} (Mrs [[name:Siddiqui]]) informed by phone.
        18:30 {{SALT}} guidance re-read with all staff on shift.

        Learning: agency staff were not given the dietary handover sheet. Kitchen to plate
        modified diet meals separately with named lids.
        Reported by [[name:Amber Lisowski]], {{Senior RSW}}
    """)),
    ("social_care", "success", block("""
        MINUTES - Transition Review, [[name:Ethan Kowalczyk]]
        [[date:Tues 4th June]], [[organisation:Ashgrove House]] meeting room

        Present: [[name:Hope Adeyemi]] ({{Registered Manager}}), [[name:Joy Pemberton]] ({{IRO}}),
        [[name:Daniel Achterberg]] ({{Transition Social Worker}}), [[name:Siân Rees]] ({{SENCO}},
        [[organisation:Harrowdene Academy]]), {{Mum}}
        Apologies: Dr [[name:Farouk]] ({{community paediatrician}}), [[name:Mark Ellison]] ({{OT}})

        1. [[name:Ethan]] ([[age:17]]) moved to adult {{short breaks}} at
        [[organisation:Larkspur Lodge]] on [[date:20 May]] after an 8-month transition plan: three
        tea visits, two day visits, then two overnights with a familiar worker from here
        ([[name:Rose]]).
        2. Mum reported he has slept well at both overnights and asked for his
        {{communication passport}} to be shared with [[organisation:Larkspur]]'s night staff.
        3. IRO noted this is the first transition from the service this year without a gap in
        provision. Praised the joint visits and the {{EHCP}} being updated before the move.

        Actions: [[name:HA]] to send a good practice summary to [[organisation:Calderbrook Council]]
        {{Children with Disabilities Team}} by [[date:28 June]].
    """)),
    ("social_care", "incident", block("""
        HANDOVER am -> pm, [[date:Sat 3/8]]
        [[organisation:Ashgrove House]], 5 children in

        - [[name:Zainab]] ([[age:8]]): on arrival 09:10 ({{escort}} Mr [[name:Haddad]]) noticed 3
          fingertip-type bruises upper left arm, approx 1-2cm. {{Body map}} done, photos NOT taken
          (policy). [[name:Zainab]] said "{{nana}} pinch" and signed 'hurt'. Discussed with
          {{shift lead}}, referral to {{MASH}} at 10:02, ref [[case_reference:MASH-24-118837]].
          {{Duty social worker}} [[name:Priya Nandakumar]] rang back 11:30, {{strategy discussion}}
          being arranged. Do NOT discuss with family until the {{SW}} advises. {{DSL}}
          [[name:JK]] aware.
        - [[name:Oskar]]: good morning, ate well, {{Movicol}} given 08:00.
        - [[name:Demi-Leigh]]: seizure 10:45, 1 min, self-resolved, {{seizure chart}} updated.
        - [[name:Hamza]] & [[name:Liv]]: out with [[name:Jo]] to the park, back 13:00.
    """)),
    ("social_care", "near_miss", block("""
        Meds count discrepancy - [[organisation:Ashgrove House]] - w/c [[date:12/02/24]]
        Completed by: [[name:Patience Ng]] ([[name:PN]])

        | Child              | Drug                     | Expected | Counted | Outcome |
        | [[name:Leo Hartmann]]       | {{Melatonin}} 2mg            | 14       | 14      | ok      |
        | [[name:Aaliyah]]            | {{Levetiracetam}} 250mg      | 28       | 27      | 1 tab found in MAR folder |
        | [[name:Ruby-Jo Whitlock]]   | {{Baclofen}} 10mg            | 21       | 19      | NOT RESOLVED |
        | [[name:Tobi]]               | {{Omeprazole}} liquid        | 1 btl    | 1 btl   | ok      |

        [[name:Ruby-Jo]]'s baclofen short by 2. The {{MAR}} shows the 8pm dose signed twice on
        [[date:Wed 14 Feb]], possible double dose. {{Pharmacist}} at
        [[organisation:Kingsway Pharmacy]] advised no harm likely at that dose; {{GP}} informed.
        {{Mum}} then said she had sent 2 fewer than written on the form, so probably a count
        error at {{admission}}. Recorded as near miss: counts must be done at admission with the
        parent present.
    """)),
    ("social_care", "incident", block("""
        WhatsApp chat - [[organisation:Ashgrove]] transport group

        [[date:05/09/2024]], 15:02 - [[name:Leanne Driscoll]]: Taxi for [[name:Noah]] hasn't
        turned up at school. [[organisation:Streetline Cars]] say booking was cancelled??
        [[date:05/09/2024]], 15:04 - [[name:Gurpreet]]: who cancelled? {{Mum}} hasn't rung us
        [[date:05/09/2024]], 15:09 - [[name:Leanne Driscoll]]: school say a man saying he's
        {{dad}}'s friend turned up to take him. they refused, good
        [[date:05/09/2024]], 15:11 - [[name:Gurpreet]]: ring {{police}}? dad has a
        {{non-molestation order}}
        [[date:05/09/2024]], 15:12 - [[name:Leanne Driscoll]]: {{DSL}} at
        [[organisation:Brookvale Primary]] already has. [[name:Noah]] safe in the office with
        Mrs [[name:Tan]]
        [[date:05/09/2024]], 15:30 - [[name:Gurpreet]]: I've collected him in the {{minibus}}.
        Taxi firm say the cancel came from an email pretending to be us
        [[date:05/09/2024]], 15:31 - [[name:Leanne Driscoll]]: ok. {{EDT}} and {{allocated SW}}
        told, incident log [[case_reference:SB-INC-0981]]
    """)),
    ("social_care", "success", prose("""
        Learning from good practice. On the weekend of [[date:14-16 June]],
        [[name:Santiago Reyes Morales]] ([[age:aged 6]]) had his first overnight stays at
        [[organisation:Ashgrove House]]. [[name:Santiago]] has a {{tracheostomy}} and needs
        overnight {{suction}} and {{oxygen}}, and the family had been turned down by two previous
        providers. Before admission, the {{Nurse Lead}}, [[name:Catrin Bowen-Jones]], arranged
        shadow shifts at home with the family and the {{community children's nurses}} from
        [[organisation:Eastmoor Community Trust]]. Every staff member on the rota completed
        {{trach}} competencies and an emergency tube change simulation. A bedside
        {{grab sheet}} in {{Spanish}} and English was written with {{mum}}, [[name:Lucía]]. The
        stay went without incident; two routine suctions overnight were recorded.
        [[name:Lucía]] said it was the first full night's sleep she had had in four years. The
        {{Children's Continuing Care}} panel has agreed funding for one weekend a month. Key
        learning: competency sign-off before the first stay, not during it.
    """)),
    ("social_care", "near_miss", prose("""
        nr miss 2day - volunteer ([[name:jess]]? not sure surname, from
        [[organisation:St Brendan's Youth Club]]) brought in cereal bars for snack in the
        {{sensory room}}. [[name:Ollie]] [[age:12yo]] has {{anaphylaxis}} to peanuts n he was
        reaching for one when [[name:deb]] spotted the wrapper said 'may contain {{nuts}}'.
        grabbed it b4 he ate any. his {{Epipen}} was in the {{office}} not in the room w him
        which is also wrong. spoke to {{volunteer coordinator}} [[name:Aleksandra]] re no food
        from outside. pls can we get the {{allergy}} photos back up on the {{kitchen}} wall, they
        came down when it was painted. [[name:deb]] n me think the {{AAI}} shd go in a bumbag on
        the child not in the office. - [[name:kez]]
    """)),
    ("social_care", "incident", prose("""
        On [[date:Monday 8 January 2024]] at approximately 16:30, a
        {{Short Breaks Coordinator}} sent the updated {{care plan}} and {{risk assessment}} for
        [[name:Amelia-Rose Tranter]] (DOB [[date_of_birth:02/11/2016]]) to the wrong parent e-mail
        address. The intended recipient was [[email:kirsty.tranter86@inbox-mail.co.uk]];
        autocomplete selected [[email:kirsty.tranmer@inbox-mail.co.uk]], the mother of another
        child who uses the service. The documents included [[name:Amelia-Rose]]'s diagnosis,
        {{behaviour support plan}} and the family's address, [[address:Flat 3, 41 Beacon Terrace,
        Calderbrook]] [[postcode:CB2 9HF]]. The recipient, Ms [[name:Tranmer]], phoned the same
        evening to say she had received it and deleted it; she confirmed the deletion in writing
        on [[date:9 January]]. The incident was reported to the {{Data Protection Officer}} and
        logged as [[case_reference:IG-2024-0077]]. The {{ICO}} reporting threshold was considered
        and not met. {{Mum}} was informed by the {{Registered Manager}} and was understandably
        upset. Autocomplete has now been disabled on the shared mailbox, and documents containing
        {{special category data}} will be sent via {{Egress}} only.
    """)),
    ("social_care", "success", block("""
        From: [[name:Bronwen Price]] <[[email:b.price@harrowdene.sch.uk]]>
        To: [[name:Hope Adeyemi]]
        Subject: Thank you - [[name:Idris]]

        Dear [[name:Hope]],

        I just wanted to say thank you to your team, especially [[name:Faith]] and
        [[name:Callum]], for the joint work with us this term. Since your staff started using the
        same {{Makaton}} signs and {{visual timetable}} as we do in class, [[name:Idris]] has had
        no {{physical interventions}} for six weeks, and his {{annual review}} on
        [[date:27 November]] was the most positive one we have had. His {{EHCP}} outcomes for
        communication have been met early. Our {{SENCO}}, [[name:Siân]], would like to present
        this at the next {{SEND}} cluster meeting if you're happy.

        With thanks,
        [[name:Bronwen]]

        [[name:Bronwen Price]]
        {{Class Teacher}}, [[organisation:Harrowdene Academy]]
        [[phone:01632 960771]]
    """)),
    ("social_care", "near_miss", block("""
        #ashgrove-rota (Slack export)

        [[name:callum.r]] 14:02: heads up tonight's {{sleep-in}} is [[name:Viktor]] from
        [[organisation:Brightwater Care Agency]] and me
        [[name:hope.adeyemi]] 14:05: [[name:Viktor]]'s profile came thru this morning - {{DBS}}
        says "applied" not cleared
        [[name:callum.r]] 14:06: so he can't work unsupervised... which is basically what a
        sleep-in is
        [[name:hope.adeyemi]] 14:09: correct. stopping it, I'll cover the sleep-in myself.
        {{Will}} email the agency. {{LADO}} not needed as no contact with children happened
        [[name:faith.m]] 14:11: I can stay till 10 if that helps
        [[name:hope.adeyemi]] 14:12: thank you [[name:Faith]]. logging as a near miss. agency
        profiles need checking by the {{shift lead}} BEFORE confirming, not on the day
    """)),
    ("social_care", "incident", block("""
        STAFF INJURY REPORT
        Name: [[name:Declan O'Sullivan]]
        Role: {{Residential Support Worker}}
        NI No: [[ni_number:JT 48 26 71 C]]
        Home address: [[address:9 Heron Close, Westby]], [[postcode:CB11 3DX]]
        Tel: [[phone:07700 900362]]
        Date/time: [[date:22/10/2024]] 07:50
        Location: {{Blue Room}} en-suite, [[organisation:Ashgrove House]]

        Description: Assisting [[name:Mateo]] ([[age:16]]) from {{shower chair}} to bed. The
        {{ceiling track hoist}} has been out of action since [[date:19/10]] (reported, awaiting
        [[organisation:Liftwise Ltd]]). Completed a two-person {{stand transfer}} with
        [[name:Sunny Grewal]] instead, as per the interim {{risk assessment}}. [[name:Mateo]]'s
        knees gave way, [[name:DO]] took his weight and felt pain in his lower back.
        Injury: lower back strain. Attended {{A&E}} at [[organisation:Eastmoor General Hospital]].
        Signed off 5 days. {{RIDDOR}}: reportable if over 7 days, monitor.
        Manager: [[name:H. Adeyemi]]
    """)),
    ("social_care", "success", prose("""
        good practice / learning - [[date:sat 30th]] nights. [[name:Mohammed]] aka [[name:Mo]]
        ([[age:14]]) came in v dysregulated after a change of {{taxi}} driver, hitting the door
        and {{self-injuring}}. [[name:Will]] followed his {{PBS}} plan step by step: reduced
        language, offered the {{sensory room}} and {{weighted blanket}}, then his tablet with the
        bus videos. no {{restraint}}, no {{PRN}} needed, calm within 25 mins. [[name:Mo]] then ate
        tea & slept thru. worth sharing bc his last 3 stays ended in a {{physical intervention}}
        each time. what made the difference: [[name:Will]] had read the updated plan from the
        {{Clinical Psychologist}}, Dr [[name:Anand]], that morning, and the team agreed one voice
        only. parents v happy. - [[name:s.o'neill]]
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Timeline - {{PPH}}, [[organisation:Bramley Suite]], [[date:11/03/2024]]
        Patient: [[name:Leah Brannigan]], [[age:34]], {{G2P1}}, hosp no [[case_reference:EGH4471903]]

        02:14 {{SVD}} live girl, {{physiological third stage}} requested.
        02:31 Placenta delivered, EBL 400ml.
        02:40 Fresh bleeding, uterus {{boggy}}. {{MW}} [[name:Joy Okonjo]] pulled the
        {{emergency buzzer}}.
        02:42 {{Registrar}} Dr [[name:Vasquez]] and {{SHO}} attended. {{Syntometrine}} IM,
        {{bimanual compression}}.
        02:50 EBL 1200ml. {{Major haemorrhage protocol}} activated via {{2222}}.
        03:05 Porter not yet arrived for blood; {{ODP}} [[name:Kwame]] ran to {{blood bank}}
        himself.
        03:12 First 2 units {{O neg}} running.
        03:35 To theatre for {{EUA}}, EBL 1800ml total.

        Issue: 23 min delay in blood collection - the porter page went to a {{bleep}} holder who
        was on annual leave.
        Reporter: [[name:J. Okonjo]], {{Band 6}} Midwife
    """)),
    ("health", "near_miss", prose("""
        near miss on {{LW}} about {{0300}}. was about to put up {{Syntocinon}} for
        Mrs [[name:Adjei]] in rm 6 ({{augmentation}}, {{ARM}} done 2hrs ago no progress) n i
        grabbed the pre-made bag from the {{drug fridge}} - it was labelled 30 units/500ml which
        is the {{PPH}} strength not the 10 units/500ml we use for aug. [[name:tash]] double
        checked w me & spotted it. wd have been 3x the dose. no harm, bag binned. who makes up
        bags in advance?? thats not even allowed per the {{trust guideline}}. fridge also had an
        unlabelled 50ml syringe in it. pls can {{pharmacy}} review. {{coordinator}}
        [[name:Efua]] aware. - [[name:gaby]] (rm 6 MW)
    """)),
    ("health", "success", block("""
        GREATIX - positive report
        To: [[name:Joy]] ({{MW}}) and Dr [[name:Hamid]] ({{SHO}})
        From: [[name:Grace Whitfield]], {{Labour Ward Coordinator}}
        Date: [[date:Thurs 18th April]]

        On the night shift [[name:Joy]] recognised a {{shoulder dystocia}} within seconds of the
        head delivering ({{turtling}}) and called for help straight away. Dr [[name:Hamid]] did
        {{McRoberts}} with her and {{suprapubic pressure}}; baby delivered at 90 seconds with
        {{posterior arm}}. {{Apgars}} 5 and 9, no {{Erb's palsy}}. Mum ([[name:Chiamaka]]) and
        baby went home on [[date:20 April]]. The {{PROMPT}} drills on
        [[organisation:Bramley Suite]] last month clearly paid off - textbook {{HELPERR}} and the
        documentation on the {{proforma}} was perfect. Thank you both!
    """)),
    ("health", "incident", block("""
        INCIDENT FORM - [[organisation:Eastmoor Hospitals NHS Trust]]
        Ref: [[case_reference:W118342]]
        Patient (baby): Baby of [[name:Roksana Begum]]
        Baby NHS No: [[nhs_number:613 074 2851]]
        Mother NHS No: [[nhs_number:720 553 9145]]
        Mother DOB: [[date_of_birth:19/05/1996]]
        Mother hosp no: [[case_reference:EGH5520186]]
        Address: [[address:14 Sorrel Gardens, Eastmoor]] [[postcode:EM4 2LT]]
        Location: {{postnatal bay}}, [[organisation:Rowan Ward]]
        Date of incident: [[date:06/06/2024]]

        Description: At the 06:00 {{baby check}} the baby was found with no {{ID bands}} on (both
        ankle bands loose in the cot). Baby had come back from {{phototherapy}} at 02:00 with
        [[name:Precious]] ({{MCA}}); bands were taken off for the {{bilirubin}} check and not
        reapplied. Another baby in the same bay has the surname [[name:Begum]]. ID confirmed by
        mum against the cot card and her own band, re-banded by 2 staff.
        Outcome: no harm. Learning: bands to be reapplied before baby leaves the
        {{treatment room}}.
        Reported by: [[name:Nkechi]] ({{RM}})
    """)),
    ("health", "incident", block("""
        From: [[name:Ama Boateng]] <[[email:ama.boateng@eastmoor.nhs.uk]]>
        To: Maternity Governance <[[email:maternity.governance@eastmoor.nhs.uk]]>
        Date: [[date:Wed 2 Oct 2024]] 10:12
        Subject: Rapid review request - [[case_reference:INC-24-50913]]

        Hi [[name:Rohan]],

        As discussed at the {{safety huddle}}, please can this go to the {{rapid review}} panel.
        - Ms [[name:K. Nowak]], [[age:29]], {{primip}}, 41+3, {{IOL}}.
        - {{CTG}} showed {{reduced variability}} and late decels from about 04:40. Classified as
          'suspicious' not 'pathological', and the {{fresh eyes}} at 05:00 was done by the same
          midwife.
        - {{Registrar}} called 05:55, {{Cat 1 CS}} 06:21.
        - Baby girl, cord {{pH}} 6.98, to {{NICU}}, started {{therapeutic cooling}}, transferred
          to [[organisation:St Cuthbert's Hospital]].
        - Family informed under {{Duty of Candour}}; {{MNSI}} referral criteria likely met.

        Thanks,
        [[name:Ama]]
        [[name:Ama Boateng]] | {{Governance Midwife}} | [[phone:0113 496 0417]]
    """)),
    ("health", "near_miss", block("""
        Teams - Labour Ward coordinators

        [[name:Efua Mensah]] 19:52
        Rm 4 & rm 9 both have a [[name:Fatima]] today - [[name:Fatima Rahimi]] (rm 4) and
        [[name:Fatima Rahman]] (rm 9)
        [[name:Lorraine]] 19:55
        just caught one. {{HCA}} brought me the {{anti-D}} for '[[name:Fatima R]]' and I'd taken
        it to rm 9. [[name:Rahman]] is {{rhesus positive}}. Only the {{hospital number}} check at
        the bedside stopped it
        [[name:Efua Mensah]] 19:58
        ok. adding name alert stickers to both sets of notes and the board. can you {{Datix}}
        [[name:Lorraine]] 20:01
        doing it now. also {{BadgerNet}} shows both as '[[name:Fatima R]]' on the
        {{tracking board}}
        [[name:Efua Mensah]] 20:03
        will flag to the {{digital midwife}}
    """)),
    ("health", "success", block("""
        Hot debrief - {{cord prolapse}}, [[date:14 Aug]], {{Theatre 2}}
        Attendees: Mr [[name:Oyelaran]] ({{Consultant}}), [[name:Pippa Lund]] ({{Coordinator}}),
        [[name:Xu Ming]] ({{anaesthetist}}), [[name:Faith]] ({{MW}}), [[name:Sunita]] ({{ODP}}),
        [[name:Ravi K]] ({{SHO}})
        Apologies: {{neonatal}} team (called away)

        What went well:
        - [[name:Faith]] felt the cord on {{VE}} at 7cm and kept her hand on the
          {{presenting part}}; patient into {{knee-chest}} position in under a minute.
        - {{Bladder filling}} done with a {{Foley}} while theatre prepped.
        - {{Decision to delivery}} 14 mins. Baby Apgars 7 and 9, no resuscitation needed.
        - [[name:Xu Ming]] made a clear {{GA}} vs {{spinal}} call out loud - everyone knew the plan.
        Even better if: the bleep to neonates went to the wrong extension at first.
        Action: [[name:Pippa]] to update the emergency call card.
    """)),
    ("health", "incident", block("""
        SBAR - fall on [[organisation:Bramley Suite]]
        S: [[name:Hollie-Mae Carter]] ([[age:22yo]]), rm 7, fell walking to the toilet at 23:40,
        50 mins after her {{epidural}} was stopped.
        B: {{primip}}, {{SVD}} 22:05, epidural since 15:00. {{Bromage}} score not documented after
        stopping. Partner ([[name:Jordan]]) had gone to move the car
        ([[vehicle_registration:YR68 TLN]]) as the parking had run out.
        A: Found on the floor by {{MCA}} [[name:Precious]]. Bumped head on the sink, small
        {{haematoma}}, {{GCS}} 15. Obs normal. Legs still weak.
        R: {{Neuro obs}} hourly x 4, {{falls risk assessment}}, reviewed by
        Dr [[name:L. Fernández]] ({{obstetric registrar}}), discussed with {{anaesthetics}}.
        Learning: Bromage documented before mobilising; no mobilising without a midwife after
        {{regional anaesthesia}}.
        Handed over to [[name:Aoife]] (night MW).
    """)),
    ("health", "near_miss", block("""
        Swab & instrument count - {{perineal repair}} ({{3rd degree tear}})
        Date [[date:27/09/2024]] | {{Theatre 1}} | Hosp no [[case_reference:EGH6630415]]

        Item            | Pre | Added | Final | Signed
        {{Raytec}} swabs    | 10  | 5     | 14    | [[name:AB]] / [[name:CT]]
        {{Tampon}}          | 1   | 0     | 1     | [[name:AB]] / [[name:CT]]
        Needles         | 3   | 0     | 3     | [[name:AB]] / [[name:CT]]

        Final count 14 against 15 swabs. Dr [[name:Nakamura-Bell]] was about to finish and the
        patient was ready for {{recovery}}. {{Scrub}} MW [[name:Amara Bello]] stopped the
        {{WHO checklist}} {{sign out}}; second checker [[name:Ciara Tobin]] agreed. The missing
        swab was found in the vagina behind the tampon on the {{PR}} check. Removed, count
        correct at 15. A retained swab would have been a {{Never Event}}. Learning: tampon and
        swabs counted separately on the whiteboard, and no sign out until the count is closed.
    """)),
    ("health", "incident", prose("""
        [[name:Ioana Petrescu]], a [[age:26-year-old]] Romanian-speaking woman in her second
        pregnancy, was admitted to [[organisation:Bramley Suite]] on [[date:9 February]] in
        established labour. A {{professional interpreter}} was not booked; her husband,
        [[name:Vasile]], interpreted throughout, including the discussion about an
        {{instrumental delivery}}. On the {{postnatal ward}} the next day, with a
        {{telephone interpreter}} from [[organisation:LinguaLink]], [[name:Ioana]] said she had
        not understood that a {{ventouse}} and {{episiotomy}} would be used and had not agreed to
        the episiotomy. She was distressed and asked to make a complaint, logged as
        [[case_reference:PALS-2024-0316]]. Consent was documented as verbal only. Our guideline
        and {{NICE}} guidance both say family members should not interpret for clinical
        decisions. Contributing factors: an interpreter was not requested at {{booking}} despite
        the 'interpreter required' flag, and the {{on-call}} interpreter wait was 40 minutes at
        night. The {{consultant midwife}}, [[name:Rosa Jiménez]], has met the family and
        apologised under the {{Duty of Candour}}.
    """)),
    ("health", "success", block("""
        (Card left at the {{midwives' station}}, typed up for the {{Greatix}} board by
        [[name:Gemma]])

        To all the lovely staff on [[organisation:Bramley Suite]],
        Thank you for looking after me and our little [[name:Noor]] on [[date:23rd December]].
        Special thanks to Sister [[name:Brigid]] who stayed past the end of her shift, to
        [[name:Tomás]] the {{student midwife}} for the bath and the music, and to the
        {{anaesthetist}} (sorry I never got your name!) who got my {{epidural}} in first time.
        I was so scared after last time at [[organisation:Northfell Royal]] and you made it the
        opposite. The {{birth pool}} and the {{gas and air}} were amazing too.
        Love from [[name:Hana]], [[name:Yusuf]] & baby [[name:Noor]] xx
        P.S. the {{Labour Ward}} tea is still awful
    """)),
    ("health", "incident", prose("""
        {{ctg}} monitor in rm 2 died mid labour approx 1615, screen just went blank. spare one
        had been lent to [[organisation:Orchard Birth Centre]] n no1 brought it back. used
        {{pinard}}/{{doppler}} for {{IA}} for 35 mins but the woman ([[name:sophie]],
        [[age:31]]) was meant to be on continuous monitoring bc of {{meconium}}. fhr ok on
        doppler thank god. {{EBME}} say its a known fault w that model, the broken one was
        reported before, ticket [[case_reference:EBME-77412]], nothing done. got a {{wireless}}
        one off the {{antenatal ward}} eventually. baby born 1750 fine, [[name:sophie]] ok. we
        need an equipment list on the board + who has borrowed what. - [[name:mags]]
        {{band 5}}
    """)),
    ("health", "near_miss", block("""
        From: Dr [[name:Ngozi Eze]]
        To: [[name:Pippa Lund]]; Labour Ward Managers
        Subject: Wrong results in notes - near miss

        [[name:Pippa]],

        Reviewing [[name:Charlotte Dunmore]] (hosp no [[case_reference:EGH3318042]]) for possible
        {{pre-eclampsia}} this morning I saw {{platelets}} of 68 in her paper notes. Before I
        called {{haematology}} I checked the label: the result belonged to
        [[name:Charlotte Dunsmore]] ([[case_reference:EGH3318240]]), admitted the same day to
        {{Triage}}. Our patient's own platelets on {{ICE}} were 221. Had I not checked she would
        have been refused her {{epidural}} and possibly started on {{MgSO4}} unnecessarily.
        The printout was filed by the {{ward clerk}} on [[date:15 May]]; the names and numbers
        are very close. Could we add a similar-name alert in {{BadgerNet}}?

        Thanks
        [[name:Ngozi]]
        Dr [[name:Ngozi Eze]], {{ST5}} {{O&G}}
    """)),
    ("health", "incident", block("""
        [[organisation:Rowan Ward]] - {{infant security}} alarm, [[date:Sun 17 Nov]]
        Log [[case_reference:SEC-1124-063]]

        13:02 {{Baby tag}} alarm at the {{ward exit}}. Doors locked automatically.
        13:03 {{HCA}} [[name:Mark]] found a man at the doors holding a {{car seat}} with baby
        [[name:Kacper Wiśniewski]] (born [[date_of_birth:15/11/2024]]). Said he was dad and was
        taking baby out for "air".
        13:05 Mum ([[name:Agnieszka]]) in the shower; confirmed he was the father,
        [[name:Piotr]]. But there is a {{child protection plan}} (pre-birth) on the notes and
        baby is not to leave without the plan agreed.
        13:10 {{Security}} attended. [[name:Piotr]] returned to the bay, verbally aggressive.
        13:20 {{Police}} called, ref [[case_reference:CAD 0917-171124]].
        13:40 {{EDT}} social worker [[name:D. Mbeki]] on phone, plan confirmed.

        Learning: the tag worked, but ward staff were not told about the plan at {{handover}};
        it was only on the {{safeguarding}} sheet.
    """)),
    ("health", "success", block("""
        Teams - Maternity Safety Champions

        [[name:Hannah.O]] 09:14: good catch story for the newsletter pls
        [[name:Hannah.O]] 09:15: [[name:Olamide]] ({{MSW}}) did 4-hourly {{MEOWS}} on a
        {{post-CS}} lady yesterday, score went from 1 to 4 (HR 118, temp 38.4). She escalated
        straight to [[name:Ciara]] who did the {{sepsis six}} within the hour. {{Lactate}} 3.1,
        antibiotics in by 16:20.
        [[name:rosa.jimenez]] 09:22: brilliant. source?
        [[name:Hannah.O]] 09:23: {{endometritis}}, {{blood cultures}} grew {{GBS}}. She's doing
        well, home at the weekend hopefully
        [[name:rosa.jimenez]] 09:25: Please nominate [[name:Olamide]] for a {{Greatix}} and the
        {{Trust}} star award. That's exactly what the MEOWS training was for.
        [[name:Ciara]] 09:31: thanks both x she was right to push, i'd have waited for the next
        set of obs tbh
    """)),
    ("health", "near_miss", block("""
        Night -> day handover, {{HDU}} room, [[organisation:Bramley Suite]]
        Pt: Mrs [[name:Ayesha Qureshi]], [[age:38]], {{severe pre-eclampsia}}, 34/40
        NHS [[nhs_number:943 610 2771]]

        - {{MgSO4}}: {{loading dose}} 4g finished 02:10. The pump then asks "continue at current
          rate?" and the agency MW nearly pressed YES, which would have run 4g/hr.
          [[name:Ro]] (2nd checker) stopped it; {{maintenance}} 1g/hr started 02:12. Reflexes
          present, RR 16, {{urine output}} 40ml/hr.
        - Mg levels due 08:00. {{Calcium gluconate}} at the bedside.
        - BP 152/98 on {{labetalol}} 200mg {{TDS}}.
        - Plan: {{MDT}} review on the ward round re timing of delivery; {{steroids}} dose 2 due
          22:00.
        - Near miss re the pump prompt on {{Datix}}, ref [[case_reference:W118977]] - can
          {{medical devices}} lock it off?
        From [[name:Claire]] to [[name:Bukola]]
    """)),
    ("health", "success", prose("""
        Learning from excellence: in-utero transfer, [[date:2 March 2024]]. A woman at 27 weeks
        with {{threatened preterm labour}} presented to {{Triage}} at 21:30 when
        [[organisation:Eastmoor General Hospital]] had no {{NICU}} cots. The coordinator,
        [[name:Pippa Lund]], rang the {{Neonatal Operational Delivery Network}} cot bureau at
        21:40 and secured a cot at [[organisation:St Cuthbert's Hospital]] within 25 minutes.
        While waiting, Dr [[name:Okeke]] gave {{antenatal steroids}} and started
        {{magnesium sulfate}} for {{neuroprotection}}, and the midwife, [[name:Wiremu]], travelled
        with the woman in the {{ambulance}} with a completed {{transfer checklist}}.
        [[name:Wiremu]] phoned the receiving unit from the ambulance with an {{SBAR}} update.
        Baby was born at [[organisation:St Cuthbert's]] at 04:12 in good condition, having had
        full steroids and magnesium, both {{BAPM}} quality measures. The receiving team wrote to
        thank us for the handover. Shared at the Safety Champions meeting: keep the transfer
        checklist in the {{grab bag}} and call the cot bureau before the registrar review, not
        after.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        RTF transcript extract - [[organisation:Halverton]] {{Tower}} 118.705, [[date:14/05/2024]]
        Ref [[case_reference:HAL-OCC-24-0117]]

        15:02:11 {{TWR}}: [[flight_number:Skylark 412]], runway 27, cleared to land, wind 250
        degrees 12 knots
        15:02:16 [[flight_number:Skylark 412]]: cleared to land 27, [[flight_number:Skylark 412]]
        15:02:40 OPS 2: Tower, Ops 2, request cross runway 27 at {{Alpha}}
        15:02:44 TWR: Ops 2, {{hold short}} runway 27
        15:02:47 OPS 2: cross runway 27 at Alpha, Ops 2
        15:03:05 (vehicle observed passing the {{stop bar}})
        15:03:07 TWR: [[flight_number:Skylark 412]], {{go around}}, I say again go around,
        vehicle on the runway
        15:03:10 [[flight_number:Skylark 412]]: going around

        Narrative: incorrect readback not challenged by the {{ATCO}} ([[name:M. Kaur]]) during
        a period of frequency congestion. Aircraft approx 1.2nm final at 400ft when the go
        around was given. Driver [[name:Lewis Abernethy]] ([[organisation:Halverton Airport]]
        {{Airside Operations}}), vehicle [[vehicle_registration:FD21 XPL]]. {{Runway incursion}}
        {{MOR}} submitted to the {{CAA}}.
    """)),
    ("aviation", "near_miss", prose("""
        nr miss on {{app}} ~1740z. gave [[flight_number:NBM22C]] descend 3000ft, crew read back
        'descend 2000' and i didnt catch it. {{ATSA}} [[name:ellie]] heard it on the speaker n
        pointed at the {{radar}}. corrected passing 2700ft, {{MSA}} in that sector is 2300 so
        not far off. no {{TCAS}}, no other traffic. pretty sure it was the freq being rammed w
        the [[organisation:Wyvern]] {{circuit}} traffic (4 in the circuit). {{hearback}} failure
        on my part tbh. tired as well - 6th day of {{earlies}}. put in an {{occurrence report}},
        will chat to the {{WSM}} [[name:deano]] tmrw about the roster
    """)),
    ("aviation", "success", block("""
        SHOUT-OUT - {{Tower}} {{Watch B}}

        Huge thanks to [[name:Priyanka]] and [[name:Bartholomew Ncube]] ('[[name:Barty]]'). On
        [[date:Sat 6 July]] [[flight_number:SKL209]] reported a {{bird strike}} on rotation with
        {{engine vibration}} and declared a {{PAN}}. [[name:Priyanka]] ({{ADC}}) gave them
        straight ahead to 3000ft, kept the frequency clear and had the {{RFFS}} on standby within
        a minute. [[name:Barty]] ran the checklist on the {{assistant's position}} and called
        {{Approach}}. Aircraft back on the ground in 14 mins, no damage beyond a dented
        {{radome}}. Remains recovered by the {{bird control unit}} - a {{lapwing}}. The
        {{captain}} came up to the {{VCR}} afterwards to say thanks. Textbook.
        - [[name:Gail]] ({{WSM}})
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT - Bird strike
        Unit: [[organisation:Halverton]] {{ATC}}
        Occurrence ref: [[case_reference:HAL-OCC-24-0131]]
        {{MOR}} ref: [[case_reference:2024/18842]]
        Date: [[date:21 Aug 2024]]   Time: 07:14 UTC
        Aircraft: {{ATR 72-600}} [[aircraft_registration:G-CHTN]] operating [[flight_number:SKL318]]
        Phase: {{initial climb}}, runway 09
        Reporter: [[name:Inês Carvalho]], {{ATCO}} ({{ADC}})

        Description: A flock of approx 30 {{gulls}} lifted from the grass south of
        {{taxiway Charlie}} as [[flight_number:SKL318]] rotated. Crew reported multiple strikes,
        no abnormal indications, and continued to [[organisation:Kirkhaven Airport]]. Runway
        inspection by {{Ops}} found 4 carcasses. {{Bird control}} had dispersed the area at
        06:50 but had run out of {{pyrotechnics}}. Engineering at destination found dents on the
        leading edge of [[aircraft_registration:G-CHTN]]'s left wing; aircraft {{AOG}} 2 days.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Tadeusz Wrona]] <[[email:t.wrona@halverton-atc.co.uk]]>
        To: [[name:Gail Fenwick]]
        Date: [[date:Mon 9 Sept 2024]]
        Subject: Similar callsigns - [[flight_number:SKL412]] / [[flight_number:SKL421]]

        [[name:Gail]],

        Near miss yesterday evening: [[flight_number:SKL412]] (inbound from
        [[organisation:Kirkhaven Airport]]) and [[flight_number:SKL421]] (outbound) were on
        frequency together around 18:20. I cleared [[flight_number:SKL421]] to line up runway 27
        and [[flight_number:SKL412]], on a 4-mile final, read it back. I caught it on the
        {{hearback}} and [[flight_number:SKL421]] held at {{holding point}} {{A1}}. No loss of
        separation.

        This is the third this month. Could we ask [[organisation:Skylark Air]] to change one of
        them (an alphanumeric {{callsign}} would do), and meanwhile put a similar callsign
        warning on the {{strips}} and the {{ATIS}}?

        Regards
        [[name:Tad]]
        [[name:Tadeusz Wrona]]
        {{ATCO}}, {{Watch C}}
        [[phone:01632 960255]]
    """)),
    ("aviation", "incident", block("""
        Chronology - {{ILS}} 27 failure, [[date:Thurs 7th Nov]]
        All times UTC. {{ATCO}} i/c: [[name:Gail Fenwick]]. {{ATSEP}} on call:
        [[name:Arjun Mehta-Sinclair]].

        0612  ILS monitor alarm, {{localiser}} off.
        0613  [[flight_number:NBM401]] on 8nm final told ILS unserviceable, went around
              ({{IMC}}, cloud 300ft).
        0615  [[aircraft_registration:G-OKRW]] (private {{King Air}}) told to hold.
        0620  {{NOTAM}} requested. {{RNP}} approach offered; [[flight_number:NBM401]] not
              approved for it, diverted to [[organisation:Kirkhaven Airport]].
        0648  [[aircraft_registration:G-OKRW]] flew the RNP approach, landed 0701.
        0655  [[name:Arjun]] on site: water ingress in the localiser shelter after overnight rain.
        0932  ILS restored, NOTAM cancelled.

        Impact: 1 diversion, 3 delays of 20-45 mins. {{MOR}} filed.
        Learning: shelter seals not on the planned maintenance list; added.
    """)),
    ("aviation", "success", block("""
        [[organisation:Halverton]] {{ATC}} - {{Unit Safety Meeting}} minutes
        [[date:12 December 2024]], {{briefing room}}

        Attendees: [[name:G. Fenwick]] (chair, {{SATCO}}), [[name:T. Wrona]],
        [[name:Priyanka Desai]], [[name:Joy Marchetti]] ({{ATSA}}),
        [[name:A. Mehta-Sinclair]] ({{ATSEP}}), [[name:Hiroshi Tanabe]]
        ([[organisation:Skylark Air]] {{Flight Safety}})
        Apologies: [[name:Lewis Abernethy]] ({{Airside Ops}}), [[name:Sunny]] ({{RFFS}}
        {{Watch Manager}})

        1. Similar callsigns: following the report from [[name:TW]],
           [[organisation:Skylark Air]] have changed [[flight_number:SKL421]] to
           [[flight_number:SKL4MG]] from the winter schedule. No confusions since.
        2. {{Runway incursions}}: zero in {{Q4}} after the {{stop bar}} and 'no readback, no go'
           campaign. Airside driving refresher completed by all 46 permit holders. Chair thanked
           [[name:Lewis]]'s team.
        3. {{Just culture}}: 19 occurrence reports this quarter, up from 11, most self-reported.
        AOB: none.
    """)),
    ("aviation", "near_miss", block("""
        #twr-watch-b (Slack export)

        [[name:gail.f]] 11:47 anyone see what happened at 11:32? [[flight_number:SKL207]]
        reported a {{TCAS RA}} on 5nm final
        [[name:ines.c]] 11:48 yes, me on {{Tower}}. [[aircraft_registration:G-WYVA]] (solo
        student in a {{PA-28}}) was told "number 2, follow the {{ATR}} on 4 mile final", read it
        back, then turned base early in front of it
        [[name:ines.c]] 11:49 gave {{avoiding action}}, {{orbit}} left, but the RA had already
        triggered. ~0.6nm/300ft i think. [[flight_number:SKL207]] continued, landed normally
        [[name:gail.f]] 11:52 ok thanks, get the {{MOR}} in before end of shift. I'll ring the
        {{CFI}} at [[organisation:Wyvern Flight Training]]
        [[name:barty.n]] 11:55 fwiw the student sounded v task saturated, might be worth not
        giving {{sequencing}} like that to solos on their first {{circuit}} detail
        [[name:gail.f]] 11:57 good shout. raising at the next {{LCM}}
    """)),
    ("aviation", "incident", block("""
        {{TWR}} watch log / handover - [[date:Fri 22 Nov]] evening -> night
        Outgoing: [[name:Priyanka Desai]]   Incoming: [[name:Hamish MacLeod]]

        - 19:48 {{Laser}} illumination reported by [[flight_number:NBM55K]], green, from the 2
          o'clock on 6nm final, approx over [[address:Thornbury Retail Park]]. {{FO}} briefly
          dazzled, {{captain}} landed.
        - 19:52 {{Police}} informed, log [[case_reference:PN-2211-0398]]. Unit sent to the area.
        - 19:55 Laser warning added to the {{ATIS}}, information {{Kilo}}.
        - 20:30 Second report from [[aircraft_registration:G-OKRW]] inbound, same area. Police
          now on scene.
        - 21:10 Police confirm a male arrested.
        - {{MOR}} done for both; {{CAA}} laser form done for [[flight_number:NBM55K]].
        Other: {{PAPI}} 27 left box u/s, NOTAM'd. {{Stop bar}} {{A2}} OK now.
        Handover complete 21:30, [[name:PD]] / [[name:HM]]
    """)),
    ("aviation", "near_miss", block("""
        {{Stop bar}} / {{runway guard light}} defects - [[organisation:Halverton Airport]] -
        w/c [[date:03/03/25]]
        Compiled by [[name:Arjun Mehta-Sinclair]] ({{ATSEP}}) for the {{LRST}}

        Date      Holding pt   Fault                          Reported by   Near miss?
        [[date:03/03]]     {{A1}}           bar stuck ON (red)             [[name:Inês]]          no
        [[date:04/03]]     {{C2}}           bar dropped without select     [[name:Tad]]           YES
        [[date:06/03]]     {{A1}}           lamps 3 & 4 u/s                [[name:Barty]]         no

        C2, [[date:4 March]]: the bar went green (off) on its own while a fuel bowser
        ([[vehicle_registration:HV19 KJE]]) was waiting. The driver started to move;
        [[name:Tad]] saw it and called STOP on the {{ground frequency}}.
        [[flight_number:SKL110]] was rolling on runway 27 at the time.
        Cause: {{AGL}} controller fault. Interim: C2 closed by {{NOTAM}}.
    """)),
    ("aviation", "success", block("""
        From: [[name:Lewis Abernethy]] <[[email:lewis.abernethy@halvertonairport.co.uk]]>
        To: [[name:Joy Marchetti]]
        Cc: [[name:Gail Fenwick]]
        Subject: Thank you!

        Hi [[name:Joy]],

        Just a quick note to say thanks for Sunday ([[date:16 Feb]]). Scanning the runway with
        the {{binoculars}} between movements you spotted the {{FOD}} in the {{TDZ}} on 09. It
        turned out to be a 40cm section of tyre tread from the departing {{Embraer}}. We closed
        the runway for 6 mins, my team recovered it, and [[flight_number:SKL602]] landed a few
        minutes later on a clean runway. The operator has since found the damaged tyre.

        Runway scans aren't part of your role as {{ATSA}} and you still did it. Going up on the
        {{Ops}} board this week.

        Cheers,
        [[name:Lewis]]

        [[name:Lewis Abernethy]]
        {{Airside Operations Manager}}, [[organisation:Halverton Airport]]
        M: [[phone:07700 900518]]
    """)),
    ("aviation", "incident", prose("""
        At 14:26 on [[date:Saturday 19 April]] a {{Mode S}} contact squawking {{7000}}, later
        identified as [[aircraft_registration:G-BXPT]], a {{Cessna 172}}, entered the
        [[organisation:Halverton]] {{control zone}} from the north-west without clearance,
        2.5nm north of the runway 27 {{climb-out}}. [[flight_number:SKL515]], on departure, was
        stopped at 2000ft and turned onto a heading of 180, and the next departure was held on
        the ground for 8 minutes. Minimum separation was 1.6nm and 500ft. The pilot did not
        respond on the {{Approach}} frequency and the {{Frequency Monitoring Code}} was not in
        use. {{Distress and Diversion}} were contacted and the pilot was eventually reached on
        {{121.5}}. The pilot, a [[age:71-year-old]] private owner based at
        [[organisation:Moorend Airfield]], told the {{watch manager}} by phone that his
        {{moving map}} had frozen. The infringement has been reported through the {{MOR}} scheme
        ([[case_reference:HAL-OCC-25-0042]]) and to the {{CAA}} airspace infringement team.
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp - TWR watch C

        [[date:02/06/2025]], 20:14 - [[name:Hamish MacLeod]]: just had
        [[flight_number:Skylark 733]] report a {{drone}} at approx 1000ft, 3nm final 27, passed
        ~50m off the left wing
        [[date:02/06/2025]], 20:15 - [[name:Tad]]: wow. stopping departures?
        [[date:02/06/2025]], 20:15 - [[name:Hamish MacLeod]]: yes, holding
        [[flight_number:NBM60]] at {{A1}}, warning all inbounds on the {{ATIS}}
        [[date:02/06/2025]], 20:19 - [[name:Inês Carvalho]]: {{Police}} informed, and the
        {{Airport Duty Manager}}. drone seen over [[address:Copper Beech Lane]] allotments
        [[date:02/06/2025]], 20:31 - [[name:Hamish MacLeod]]: nothing further seen, departures
        resumed 20:29. {{MOR}} done, crew of [[flight_number:Skylark 733]] filing an
        {{Airprox}}
        [[date:02/06/2025]], 20:33 - [[name:Tad]]: nice one, 2nd this month, both near the
        {{FRZ}} boundary
    """)),
    ("aviation", "success", prose("""
        Positive safety report. Following three {{fatigue}} reports in one month from
        {{ATCOs}} working the six-day '{{earlies}}' block, one of them linked to a
        {{level bust}} ([[case_reference:HAL-OCC-24-0209]]), the {{SATCO}},
        [[name:Gail Fenwick]], and the union rep, [[name:Kwabena Asante]] ({{Prospect}}),
        reviewed the roster against the {{SRATCOH}} limits. Although the old roster was
        compliant, they agreed with [[organisation:Halverton Airport]] management to move to a
        five-day block with a guaranteed 60-hour break, effective [[date:1 June 2025]]. In the
        three months since there have been no fatigue reports, and sickness on the watch fell
        from 6.1% to 2.4%. The unit also added a 'fit for duty' question at the start of each
        shift, which any controller can answer 'no' to without giving a reason.
        [[name:Kwabena]] said staff felt 'listened to for once'. [[name:Gail]] asked for this to
        be shared with other units as an example of {{just culture}} working both ways.
    """)),
    ("aviation", "incident", block("""
        RT transcript - [[organisation:Halverton]] {{Ground}} 121.830, [[date:28 Jan 2025]]

        15:40:02 [[flight_number:Northbeam 87]]: Ground, [[flight_number:Northbeam 87]], stand 6,
        request taxi
        15:40:08 {{GND}}: [[flight_number:Northbeam 87]], taxi to holding point {{Charlie 1}} via
        {{Kilo}}, Charlie, runway 27
        15:40:14 [[flight_number:Northbeam 87]]: taxi Charlie 1 via Kilo, Charlie, runway 27,
        [[flight_number:Northbeam 87]]
        15:42:50 [[flight_number:Northbeam 87]]: Ground, we felt a bump on the left, stopping
        15:42:55 GND: [[flight_number:Northbeam 87]], roger, hold position, {{fire service}} on
        the way

        Narrative ({{GMC}} [[name:Ngaio Brennan]]): Kilo has been restricted to {{Code B}}
        aircraft since works began on [[date:20 Jan]]; the {{NOTAM}} was issued but the
        restriction was not on the {{strip bay}} or the {{ATIS}}. The {{Boeing 737-800}}
        freighter's left wingtip hit a {{tug}} ([[vehicle_registration:KN67 WRX]]) parked by
        [[organisation:Apex Ground Handling]]. No injuries; aircraft {{AOG}}.
    """)),
    ("aviation", "success", block("""
        {{OJTI}} note - [[name:Chidi]]'s first validated {{ADC}} shift
        [[date:Tues 10 June]], {{Watch B}}
        Mentor: [[name:Priyanka]]

        Busy one: 41 movements in 3 hrs incl. 9 {{circuit}} aircraft from
        [[organisation:Wyvern Flight Training]], a {{HEMS}} departure and an {{ATR}} with a
        {{PAN}} (hydraulic, landed normally). [[name:Chidi]] stayed ahead of it the whole time:
        used {{conditional clearances}} correctly, caught a wrong readback from
        [[aircraft_registration:G-WYVC]] ("cleared to land" when it was "land after"), and gave
        the emergency priority without being prompted. Good use of the {{ATSA}},
        [[name:Grace]], for phone calls to the {{RFFS}}. Strips tidy.
        Debrief: reminded about {{callsign}} abbreviation - don't shorten
        [[aircraft_registration:G-WYVC]] to [[aircraft_registration:G-VC]] until the pilot does.
        Signed [[name:P. Desai]] ({{OJTI}})
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind293", REPORTS))
