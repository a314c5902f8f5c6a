"""Held-out blind corpus 350: 50 hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures
how well the de-identifier generalises. Every person, organisation, place and number is
invented. Three settings:

- social_care (17): a council detached youth work team - street-based sessions, youth clubs,
  the outreach van, lone working and safeguarding.
- health (17): an urgent treatment centre - walk-ins, streaming, x-ray, minor injuries,
  referrals and transfers.
- aviation (16): an airshow and flying display - the display director, display pilots, the
  crowd line, air traffic control, briefings and airside operations.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack), handover notes, minutes with
attendance and apologies, pipe-separated tables, RT transcripts, a voice-note transcript,
shout-outs and thank-you notes.

Identifiers are marked [[label:value]]; must-not-redact mentions (roles, national agencies,
clinical and aviation terms, generic days and times, place types, acronyms) are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind350.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        rushed note sorry. detached sesh {{thurs}} [[date:14/3]] behind the shops on
        [[address:Tanner Row]], me n [[name:kez]] on. grp of approx 9 yp, one lad [[name:Tyler]]
        ([[age:15]]?) v drunk, couldnt stand up, mates said hed had half a bottle of {{vodka}} n
        'some pills'. called {{999}}, {{ambulance}} took 40 mins, we kept him in the
        {{recovery position}} n talking. mates scattered when the {{PCSO}} turned up. rang his
        {{mum}} from his phone, she met them at [[organisation:Fairhurst General]] {{A&E}}. not
        done the {{safeguarding}} form yet, will do tmrw first thing, also need to flag to the
        {{DSL}} at [[organisation:Oakfield Academy]] as hes {{yr 10}} there. [[name:kez]] v shaken tbh,
        needs a debrief. [[name:RB]]
    """)),
    ("social_care", "near_miss", prose("""
        On the evening of [[date:22 February]] the {{outreach van}}
        ([[vehicle_registration:KX71 BDU]]) was parked at the [[address:Orchard Lane]]
        recreation ground for the usual {{drop-in}}. At approximately {{20:45}}, while the driver,
        [[name:Faith Adeyemi]] ({{senior youth worker}}), was reversing to leave, a young person on
        an {{e-scooter}} rode behind the vehicle. The {{reversing sensor}} had been reported faulty
        on [[date:9 February]] and was still awaiting repair by
        [[organisation:Brindle Fleet Services]]. My colleague [[name:Joe]] shouted and
        [[name:Faith]] braked; no contact was made. The young person, believed to be
        [[name:Dami]], rode off laughing. Learning: a {{banksman}} must be used whenever the van
        reverses at a session site, and the defect should have taken the van off the road until
        fixed. Reported to the {{team manager}} and {{fleet}} the same night. Reported by
        [[name:Hope Lindqvist]], {{youth worker}}.
    """)),
    ("social_care", "success", prose("""
        SHOUT OUT!! massive thank you to [[name:Grace]] and [[name:Bilal Chaudhry]] for how they
        handled things at [[organisation:Westgate Youth Club]] on {{Friday}}. A
        [[age:13-year-old]] told [[name:Grace]] she was being given free vapes and lifts by older
        lads. [[name:Grace]] stayed calm, didn't promise to keep secrets, wrote it down word for
        word and [[name:Bilal]] rang the {{MASH}} straight away. The {{Child Exploitation}} team
        were involved by {{9pm}} and a {{strategy meeting}} happened the next morning. Her
        {{social worker}} said the detail in the {{chronology}} made all the difference. This is
        exactly what our {{Contextual Safeguarding}} training was about. Proud of you both 💜
        – [[name:Marcia]] ({{Team Lead}})
    """)),
    ("social_care", "incident", block("""
        From: [[name:Sunny Okonkwo]] <[[email:sunny.okonkwo@kelderby.gov.uk]]>
        To: Detached Managers
        Date: [[date:Tue 5 March 2024]] 09:12
        Subject: Incident – knife seen at [[address:Heron Park]] skate park

        Hi both,

        Last night's session at {{the skate park}} was cut short at about {{19:50}}. A lad known
        as [[name:Little D]] (we think [[name:Dante Morris]], [[age:16]]) showed [[name:Amber]]
        and me what looked like a {{kitchen knife}} in his waistband. We kept our distance, didn't
        challenge, closed the session calmly and moved the group away. I rang {{101}} from the
        van, log number [[case_reference:KP-240304-0917]]; our internal ref is
        [[case_reference:DYW/24/0113]].

        [[name:Amber]] has done the referral to {{Children's Services}} and I've emailed the
        {{Youth Justice Service}} as [[name:Dante]] is open to them. We both felt the
        {{dynamic risk assessment}} worked, but we had no radio signal in that corner of the park.

        [[name:Sunny Okonkwo]]
        {{Senior Youth Worker}}, [[organisation:Kelderby Detached Youth Work Team]]
        [[phone:07700 900318]]
    """)),
    ("social_care", "near_miss", block("""
        {{Teams}} – {{Detached North}} – [[date:Sat 16 March]]
        [21:58] [[name:Joy Mensah]]: anyone heard from [[name:Raf]]? meant to check in at {{21:30}} after the {{outreach}} at the {{bus station}}
        [22:01] [[name:Tomasz Wójcik]]: no, going straight to voicemail
        [22:03] [[name:Joy Mensah]]: ok starting {{lone working}} escalation. ringing again then [[name:Pat]] as {{on-call manager}}
        [22:09] [[name:Pat]]: on it. [[name:Tomasz]] can u drive past [[address:Kingsway]]?
        [22:11] [[name:Tomasz Wójcik]]: leaving now
        [22:17] [[name:Raf]]: SO sorry guys phone died. was sat with a girl ([[age:14]]) who'd missed the last bus, got her home safe. forgot to charge the work phone
        [22:18] [[name:Pat]]: glad ur ok. pick up tmrw – u shouldn't have been solo and we need a {{power bank}} in every {{grab bag}}
        [22:19] [[name:Joy Mensah]]: 👍 logging it as a near miss
    """)),
    ("social_care", "success", block("""
        DETACHED TEAM MEETING – MINUTES
        Date: [[date:11 April 2024]]   Venue: {{Room 2}}, [[organisation:Brackley Road Youth Hub]]
        Present: [[name:Marcia Lowe]] ({{Chair}}), [[name:Bilal Chaudhry]], [[name:Grace Ofori]], [[name:Will Henderson]], [[name:Anya]] ({{placement student}})
        Apologies: [[name:Sunny Okonkwo]], [[name:J.K.]]

        Item 3 – Learning: {{outreach van}} at [[address:Brook Street]] precinct
        [[name:Will]] reported that since the van moved to {{Wednesday}} evenings, {{ASB}} calls to
        {{Neighbourhood Policing}} about the precinct are down by roughly a third. Joint working
        with [[organisation:Fenby Housing Association]] meant two families got repairs sorted
        quickly. Three young people have been referred to {{Early Help}} and one to {{CAMHS}}, all
        with consent. [[name:Grace]] noted the {{Signs of Safety}} mapping with the group was
        really well received.
        Agreed: good practice to share with the county network.
        Action: [[name:Will]] to write up a one-page case study by [[date:2 May]];
        [[name:Marcia]] to send it to the {{Head of Service}}.
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM
        Service: [[organisation:Kelderby Detached Youth Work Team]]
        Ref: [[case_reference:IR-2024-0457]]
        Date of incident: [[date:02/05/24]]   Time: approx {{16:30}}
        Location: play area, [[address:Rowan Drive]], [[postcode:KL4 7TF]]
        Young person: [[name:Summer-Rose Daley]]   DOB: [[date_of_birth:19/08/2010]]
        Home address: [[address:27 Lindley Court, Kelderby]] [[postcode:KL4 6NB]]
        Staff present: [[name:Rose Kamara]], [[name:Ifeanyi Eze]]
        Description: [[name:Summer-Rose]] was pushed off the {{climbing frame}} by an older male
        (unknown, approx [[age:18]]) after an argument about a phone. Graze to forehead, no
        {{loss of consciousness}}. {{First aid}} given by [[name:Rose]]; {{head injury}} advice
        sheet given. Her {{nan}} collected her at 17:05.
        Police informed: yes, ref [[case_reference:CAD-3391]]
        Follow-up: {{DSL}} at [[organisation:Lowfield High School]] informed next morning by
        [[name:Ifeanyi]]. No previous concerns on {{CP}} record.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER eve -> late, [[date:Fri 24 May]]
        - Van: fuel 1/4, {{tyre pressure}} light on again, booked in for {{Tues}}
        - [[name:Mikey B]] asked for {{condoms}} + {{C-Card}}, given. says his cousin [[name:Jayden]] being 'run' by an older lad called [[name:Skinz]] – shared on {{partnership intel form}}, ref [[case_reference:PIF-88213]]
        - NEAR MISS: consent forms for the [[organisation:Hollin Bank Outdoor Centre]] trip (12 yp, incl medical info + {{GP}} details) left on the van dashboard overnight in the car park on [[address:Albion Street]]. Van was locked and nothing taken, but anyone could read them through the windscreen. Now in the locked cabinet. Flagged to [[name:Marcia]] as a {{data breach}} near miss, she'll decide re {{ICO}} (prob not reportable).
        - [[name:Jo-Anne]] on {{annual leave}} from {{Monday}}, [[name:Cheng Wei]] covering her {{Thursday}} club
        cheers, [[name:hope]]
    """)),
    ("social_care", "incident", block("""
        Chronology – missing young person – [[date:7 June 2024]]
        18:40  [[name:Kacper Nowak]] ([[age:14]]) seen at [[organisation:Spring Lane Youth Club]], told staff he was off to 'a party in [[address:Marsh End]]'.
        20:30  {{Mum}}, Mrs [[name:Nowak]], rang the club on [[phone:01632 960441]] – [[name:Kacper]] not home, phone off.
        20:35  [[name:Deepa]] ({{youth worker}}) checked who he left with: [[name:Oskar]] and a girl known as [[name:Tink]].
        21:00  {{Mum}} reported him {{missing}} to police, ref [[case_reference:MP/24/6627]].
        21:10  {{Detached team}} (me and [[name:Leon]]) drove the {{outreach van}} round {{known hotspots}}.
        23:05  Found at the bus shelter on [[address:Carr Road]], intoxicated but responsive. Stayed with him until police arrived; home by 23:40.
        Note: open to {{Children's Social Care}} on a {{CIN}} plan, allocated worker Ms [[name:Achterberg]] emailed overnight. {{Return home interview}} requested.
        – [[name:Nadia]]
    """)),
    ("social_care", "success", block("""
        From: Mrs [[name:Eleanor Vasquez-Hill]] <[[email:e.vasquez-hill@lowfieldhigh.sch.uk]]>
        Sent: [[date:19 June 2024]] 15:47
        To: [[email:detached@kelderby.gov.uk]]
        Subject: Thank you – {{Year 9}} bus stop group

        Dear all,

        I wanted to say thank you to [[name:Bill]] and [[name:Amber]] for the work over the last
        term with the group who were fighting at the bus stop outside
        [[organisation:Lowfield High School]]. Since your team started {{after-school}} detached
        sessions there, we have had no {{exclusions}} linked to that group and two of the boys
        have rejoined the football club. One parent told our {{pastoral lead}} it was the first
        time her son had talked to an adult about what was going on.

        [[name:Bill]]'s idea of the {{peer mentoring}} slot was brilliant. Please pass this on to
        your manager.

        Kind regards,
        [[name:Eleanor Vasquez-Hill]]
        {{Assistant Headteacher}} / {{DSL}}
    """)),
    ("social_care", "incident", block("""
        {{WhatsApp}} export – {{Detached West}} 🚐
        [[date:29/06/2024]], 21:14 - [[name:Kofi Asante]]: bottle just thrown at the van from the flats on [[address:Gorse Hill]], windscreen cracked. got a small cut on my hand from the glass, not bad
        [[date:29/06/2024]], 21:15 - [[name:Faisal]]: are u safe?? where r the {{yp}}
        [[date:29/06/2024]], 21:16 - [[name:Kofi Asante]]: moved the group round to the {{MUGA}}. [[name:Bea]] with them. i'm in the van, doors locked
        [[date:29/06/2024]], 21:18 - [[name:Faisal]]: ok end the session. ring {{101}} n get the {{first aid kit}} out. i'll ring [[organisation:Kelmore Vehicle Hire]] re the van [[vehicle_registration:LF19 ZPM]]
        [[date:29/06/2024]], 21:40 - [[name:Bea]]: all yp dispersed. police gave ref [[case_reference:0921 290624]]. [[name:Kofi]] cleaned up, {{steri-strips}} on. he's ok but shaken
        [[date:29/06/2024]], 21:42 - [[name:Faisal]]: thanks both. incident form tmrw pls + {{risk assessment}} for [[address:gorse hill]] needs reviewing before next {{Saturday}}
    """)),
    ("social_care", "near_miss", prose("""
        near miss - fire exit at [[organisation:St Cuthbert's Church Hall]] ({{weds}} junior club)
        was blocked by the stacked chairs + the {{pool table}} cover when i did the
        {{fire check}} at 6.10. we had 31 kids booked in, youngest [[age:8]]. moved it all before
        doors opened. caretaker ([[name:Stan]]?) said the {{Brownies}} leave it like that. the
        {{fire risk assessment}} says exit must be clear at all times. also the {{fire blanket}}
        in the kitchen is out of date (2019). emailed church office
        [[email:office@stcuthbertskelderby.org.uk]] n told [[name:Marcia]]. suggest we add a
        {{pre-session checklist}} to the {{grab bag}}, can do a draft. - [[name:ash]]
    """)),
    ("social_care", "success", block("""
        Q1 DETACHED OUTCOMES – north patch (compiled [[date:3 April 2024]])
        Date | Site | Workers | YP | Outcome
        [[date:04/01]] | [[address:Heron Park]] | [[name:Amber]], [[name:Kofi]] | 14 | 1 {{Early Help}} referral
        [[date:18/01]] | [[address:Brook Street]] precinct | [[name:Will]], [[name:Grace]] | 22 | 2 into {{NEET}} support at [[organisation:Kelderby College]]
        [[date:07/02]] | [[address:Tanner Row]] | [[name:Rachid]], [[name:Kez]] | 9 | {{CSE}} concern → {{MASH}}
        [[date:22/02]] | [[organisation:Westgate Youth Club]] | [[name:Grace]], [[name:Bilal]] | 31 | {{Duke of Edinburgh}} sign-ups x6
        [[date:14/03]] | [[address:Heron Park]] | [[name:Amber]], [[name:Sunny]] | 17 | {{knife crime}} workshop
        Highlight: the [[date:18/01]] session – both lads are now on the {{Level 2}} course, first
        time either has been in education since [[age:14]]. Thanks all, brilliant quarter.
        – [[name:Marcia]]
    """)),
    ("social_care", "incident", prose("""
        On [[date:Saturday 20 July]] a {{youth worker}}, [[name:Mark Ridley]], gave a young person
        a lift home in his own car after the {{late session}} at
        [[organisation:Westgate Youth Club]] because it was raining heavily and her phone was dead.
        This is against our {{lone working}} and {{transport policy}}: staff must not transport
        young people in private vehicles, and never alone. Nothing untoward is alleged and the
        young person, [[name:Precious Nwosu]] ([[age:15]]), has said she was grateful. However her
        {{stepdad}} complained to the club the following {{Monday}}. The {{team manager}} has
        consulted the {{LADO}}, who advised it does not meet the threshold but should be managed
        as a {{conduct}} matter. [[name:Mark]] accepts the error. Learning: the club had no taxi
        account and no second worker on site after 21:30; both are now addressed. Reported by
        [[name:Yusuf Demir]], {{Team Manager}}, [[organisation:Kelderby Youth Service]].
    """)),
    ("social_care", "near_miss", block("""
        SAFER RECRUITMENT CHECK-IN – notes
        [[date:6 August 2024]], [[organisation:Brackley Road Youth Hub]]
        Attendees: [[name:Yusuf Demir]], [[name:Marcia Lowe]], [[name:Rachid Benali]] ({{HR Business Partner}})
        Apologies: none

        1. Near miss – volunteer started before {{DBS}} cleared
        A new {{sessional}} volunteer, [[name:Lily-Mae Thornton]], co-led the {{Tuesday}} detached
        session on [[date:30 July]] with [[name:Grace]]. Her {{Enhanced DBS}} had been applied for
        but was not back. She was never alone with young people, but the
        {{Single Central Record}} showed her as 'cleared' because the box was ticked on
        application. [[name:Rachid]] confirmed the certificate came back clear on [[date:2 August]].
        2. Actions
        - {{SCR}} column to be split into 'applied' and 'certificate seen' ([[name:Rachid]])
        - No volunteer on the rota until a manager has seen the certificate ([[name:Marcia]])
        - Reminder at team meeting re {{Working Together}} expectations ([[name:Yusuf]])
    """)),
    ("social_care", "success", block("""
        #detached-wins  ({{Slack}})
        @[[name:joy.m]]  10:02
        big one from last night 🎉 the lad we've been worried about since spring, [[name:Emmanuel]] ([[age:17]]), came to the van at [[address:Kingsway]] and asked for help to get out of the {{county lines}} stuff himself. [[name:Tomasz]] sat with him for over an hour, did the {{NRM}} chat properly and got {{consent}} to refer
        @[[name:kofi.asante]]  10:05
        that's massive. who's picking up?
        @[[name:joy.m]]  10:07
        [[name:Tomasz]] rang the {{Child Exploitation}} hub this morning, ref [[case_reference:CEH-2024-3318]]. {{Youth Justice}} worker already knows him. he's got a {{college}} interview at [[organisation:Kelderby College]] on [[date:2 Sept]] too
        @[[name:pat.hughes]]  10:11
        brilliant work. trust built over 6 months of turning up every {{Thursday}} – that's detached work
    """)),
    ("social_care", "incident", block("""
        Voice note transcribed (auto) – [[name:Rosa Delgado-Baptiste]], [[date:Sun 11 Aug]]
        "Right, so this is about the dog. We were on the {{rec}} by [[address:Ashworth Road]]
        doing the {{detached}} session, me and [[name:Hamid]], about twenty to eight. Bloke with a
        {{Staffie}}, no lead, dog goes for one of the younger ones, [[name:Lexi]], she's
        [[age:12]], bites her on the calf. Owner legs it. [[name:Hamid]] did {{first aid}},
        pressure, we rang her dad and he took her to [[organisation:Calderbrook UTC]]. She needed
        {{antibiotics}} and a {{tetanus}} jab, I think. Police have it as
        [[case_reference:DOG-4471]]. I've rung the {{dog warden}} at the council as well.
        [[name:Hamid]] reckons it's the same dog from the {{skate park}} last month. We need to put
        it on the {{site risk assessment}}. That's it, cheers."
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        CLINICAL INCIDENT – [[organisation:Calderbrook Urgent Treatment Centre]]
        Incident ref: [[case_reference:UTC-INC-2024-0188]]
        Patient name: [[name:Grzegorz Kowalczyk]]
        DOB: [[date_of_birth:03/11/1987]]   Age: [[age:36]]
        NHS No: [[nhs_number:485 271 9365]]   Hosp No: [[case_reference:K0774219]]
        Address: [[address:Flat 4, 19 Weaver Street, Calderbrook]] [[postcode:CB7 2LJ]]
        Date attended: [[date:12/01/2024]]

        What happened: Pt attended after a {{FOOSH}} at work. Seen by {{ENP}}; {{x-ray}} of wrist
        read by the ENP as no fracture, discharged with {{wrist splint}} and {{ibuprofen}}.
        {{Radiology}} report on [[date:15/01/2024]] identified a {{scaphoid waist fracture}}.
        Recall letter went to the wrong address (old address on {{PAS}}). Pt re-attended
        [[date:29/01/2024]] still in pain; now referred to {{fracture clinic}} at
        [[organisation:Kelderby General Hospital]].
        Harm: moderate (delay to {{immobilisation}}).
        Reporter: [[name:Priya Raman]], {{Clinical Lead}}
    """)),
    ("health", "near_miss", prose("""
        nr miss - 2 pts in waiting room both called [[name:Ahmed]], [[name:Yusuf Ahmed]]
        ([[age:8]], ?{{greenstick}} forearm) and [[name:Aisha Ahmed]] ([[age:67]], ?{{Colles}}).
        {{xray}} request for the wrist went on the wrong pt record on {{Symphony}}, radiographer
        [[name:Beth]] spotted it bc the age didnt match ({{paeds}} protocol vs adult). caught b4
        any exposure. cause: i picked from the list by surname only, was rushing w 3 in
        {{streaming}} + the {{majors}} queue. we have a {{positive patient ID}} policy i know.
        suggest a {{name alert}} on screen when 2 same surnames in dept. told Sister
        [[name:Okafor]] on shift. - [[name:jt]] {{ENP}}
    """)),
    ("health", "success", prose("""
        Shout-out 🌟 to [[name:Hope]] on {{streaming}} last {{Sunday}} night. A
        [[age:2-year-old]] came in with what {{mum}} thought was just a {{viral rash}}.
        [[name:Hope]] noticed the rash didn't blanch under the {{glass test}}, did a full set of
        {{PEWS}} obs, and got the child straight through to the {{GP}} in {{resus}} rather than back
        to the waiting room. {{IV antibiotics}} were started within 20 minutes and the
        {{ambulance}} took them to [[organisation:Kelderby General Hospital]] {{paediatric ED}}. The
        {{Registrar}} there has since fed back that it was {{meningococcal septicaemia}} and the
        child is now home. [[name:Hope]], your calm and your {{Sepsis Six}} knowledge made a real
        difference. From all of us at [[organisation:Calderbrook UTC]], and especially
        Dr [[name:Fairclough]] x
    """)),
    ("health", "incident", block("""
        Timeline – patient deterioration in waiting area, [[date:Mon 19 Feb 2024]]
        14:05  Mr [[name:Desmond Achebe]] ([[age:71]]) booked in at reception, 'chest tightness since lunch'. Streamed by {{HCA}} as {{minor illness}}, {{ECG}} not done.
        15:50  Wife told reception he looked grey. Receptionist [[name:Carly]] informed the {{nurse in charge}}.
        15:52  ECG shows {{ST elevation}}. Moved to {{resus}}. {{999}} called, {{Cat 2}}.
        15:58  {{Aspirin}} 300 mg given, {{GTN}} spray.
        16:31  Crew on scene; transferred to [[organisation:Kelderby General Hospital]] {{cath lab}}.
        Issues: chest pain should have an ECG within 10 minutes of arrival per the streaming protocol; HCA is new and not yet signed off on streaming competencies. Pt waited 105 mins.
        NHS no: [[nhs_number:613 058 2471]]
        Reported by [[name:Tariq Hussain-Lowe]], {{ANP}}
    """)),
    ("health", "near_miss", block("""
        From: [[name:Niamh O'Sullivan]] <[[email:niamh.osullivan@calderbrookutc.nhs.uk]]>
        To: UTC Governance
        Date: [[date:27 February 2024]]
        Subject: Near miss – discharge letter nearly sent to wrong surgery

        Hi,
        Quick one for the log. When finishing the {{discharge summary}} for [[name:Ruby Dyer]]
        (DOB [[date_of_birth:14/06/1995]], {{hospital number}} [[case_reference:K0812553]]) the
        {{GP}} auto-populated as [[organisation:Mill Lane Surgery]] from an old registration. She
        told me at discharge she's now with [[organisation:Orchard Medical Practice]]. If I'd sent
        it, the letter (which mentions an {{STI}} screen and {{emergency contraception}}) would
        have gone to her old practice. I corrected it and checked {{PDS}}, which was right – our
        local copy wasn't.

        Suggest we always confirm the GP verbally at discharge, not just at booking.

        Thanks,
        [[name:Niamh]]
        {{Staff Nurse}} | [[organisation:Calderbrook Urgent Treatment Centre]]
    """)),
    ("health", "success", block("""
        {{X-ray}} Discrepancy Meeting – minutes
        Date: [[date:7 March 2024]]   Location: {{seminar room}}
        Present: Dr [[name:Helen Marsh]] ({{Consultant Radiologist}}, [[organisation:Kelderby General Hospital]]), [[name:Priya Raman]] ({{Clinical Lead}}), [[name:Femi]], [[name:Mark O.]], [[name:Zofia Lis]] ({{Reporting Radiographer}})
        Apologies: [[name:Tariq Hussain-Lowe]], [[name:Beth]]

        1. Discrepancy rate
        Missed fractures on {{ENP}} interpretation dropped from 11 in Q3 to 3 in Q4 after the
        {{red dot}} system was restarted and [[name:Zofia]] began {{hot reporting}} on weekday
        afternoons.
        2. Good catch
        [[name:Femi]] flagged a subtle {{Lisfranc}} injury; pt referred to {{orthopaedics}} the
        same day.
        3. Actions
        [[name:Priya]] to present the data at the {{clinical governance}} half-day;
        [[name:Helen]] to share teaching cases; [[name:Mark]] to update the {{Ottawa}} rules poster.
    """)),
    ("health", "incident", block("""
        {{Teams}} chat – UTC Nurse in Charge – [[date:Sat 23 March]]
        [[name:Lorraine Gbadamosi]] 20:41
        reception just had a guy throw the {{hand gel}} dispenser at the screen. [[name:Kayleigh]] ok but crying. he's in the car park now shouting
        [[name:Omar S]] 20:42
        {{security}}?
        [[name:Lorraine Gbadamosi]] 20:42
        we don't have security after 8 on weekends remember. pressed the {{panic alarm}}, police on way. his car reg [[vehicle_registration:YD17 KRW]]
        [[name:Omar S]] 20:44
        locking the {{internal doors}}. name on the system is [[name:Dean Pollard]], came in for a {{wound check}}, waited 3h
        [[name:Lorraine Gbadamosi]] 20:58
        police here, incident no. [[case_reference:CAD 1187 230324]]. [[name:Kayleigh]] going home, I'll do the {{Datix}} and the {{violence and aggression}} form. need to raise security cover at the {{ops meeting}}
    """)),
    ("health", "near_miss", block("""
        HANDOVER – day to night, [[date:Wed 3 April]]
        Bay 1: [[name:Florence Addo]] ([[age:54]]) {{cellulitis}} L leg. NB nearly given {{flucloxacillin}} at 18:10 – drawn up by [[name:Gabe]] but pt said 'I'm allergic to {{penicillin}}, I swell up'. Allergy NOT on the record because she came via {{111}} direct booking and the allergy field was blank. Now on {{clarithromycin}}, {{PGD}} checked by [[name:Sunita]]. Red wristband on. [[name:Gabe]] a bit upset, did the right thing stopping. Datix [[case_reference:W-55610]].
        Bay 3: [[name:Joe Whitlock]] ([[age:19]]) ?{{scaphoid}}, x-ray {{NAD}}, {{thumb spica}}, review in {{fracture clinic}}.
        Waiting room: 14, longest wait 2h40.
        – [[name:Faith]] ({{NIC}})
    """)),
    ("health", "success", block("""
        Thank-you card (typed up for the staff board)

        To the team at [[organisation:Calderbrook UTC]], and especially the nurse with the purple
        hair (I think her name was [[name:Jade]]?) and Dr [[name:Banerjee]],

        On [[date:14th April]] I brought my dad in after he fell in the garden. He is [[age:84]]
        and has {{dementia}} and he was frightened and kept trying to leave. You found us a quiet
        corner away from the {{waiting room}}, read his {{This Is Me}} leaflet, got his {{x-ray}}
        done quickly and let me stay with him the whole time. When it showed a
        {{fractured wrist}} the doctor explained it to him three times without once rushing. You
        even rang [[organisation:Hazelmere Care Home]] so they'd know what to expect when we got
        back. It's the first hospital visit in two years that didn't end in tears.

        Thank you so much,
        [[name:Rosemary]] ({{daughter}} of [[name:Albert Finch]]) x
    """)),
    ("health", "incident", block("""
        Left-without-being-seen audit – w/c [[date:22 April 2024]] (high-risk cases)
        Ref | Pt | Age | Presenting | Issue
        [[case_reference:LWBS-041]] | [[name:T. Okonjo]] | [[age:4]] | {{head injury}} | left after 2h with parent; no {{safeguarding}} follow-up call made
        [[case_reference:LWBS-044]] | [[name:M. Ferreira]] | [[age:33]] | {{abdominal pain}} | left before {{triage}}; returned next day with {{appendicitis}}
        [[case_reference:LWBS-047]] | [[name:Kwame]] (no surname given) | [[age:16]] | {{overdose}} ({{paracetamol}}) | left after streaming; police welfare check, found at home
        Summary: 3 of 19 LWBS that week were high-risk. Our {{SOP}} says under-18s and anyone with
        self-harm must be followed up by phone the same shift; in 2 cases this didn't happen
        because the {{NIC}} was covering {{resus}}. [[name:Kwame]]'s {{CAMHS}} worker was informed
        next morning. Audit by [[name:Amber Lewandowska]], {{Quality Lead}}.
    """)),
    ("health", "near_miss", prose("""
        At approximately 02:15 on [[date:5 May]], a [[age:9-month-old]] infant,
        [[name:Noor Haddad]], was prescribed {{paracetamol}} oral suspension for {{fever}}. The
        {{prescriber}} (a {{locum GP}}) intended 120 mg/5 ml, 5 ml, but selected the {{Six Plus}}
        250 mg/5 ml strength on the system, which would have given more than double the intended
        dose. The {{staff nurse}}, [[name:Grace Mwangi]], checked the weight (8.1 kg) against the
        {{BNFc}} and challenged it before administration. The locum, Dr [[name:Kessler]], amended
        the prescription and apologised. No harm. Contributing factors: both strengths are stocked
        side by side in the {{treatment room}}, and the {{e-prescribing}} default is the stronger
        one. We have asked {{pharmacy}} at [[organisation:Kelderby General Hospital]] to remove the
        250 mg/5 ml from {{paediatric}} stock. Excellent {{second check}} by [[name:Grace]].
        Incident ref [[case_reference:UTC-NM-0241]].
    """)),
    ("health", "incident", prose("""
        NSI 😩 approx 11.20 {{tues}} [[date:14/5]]. was closing a {{lac}} on a lads hand (pt
        [[name:Connor Day]], [[case_reference:K0920117]]) in {{minors}} room 2, {{suture}} needle
        went through my {{glove}} into L index finger when he jerked his hand. bled it, washed,
        did the {{sharps injury}} flowchart. {{occ health}} closed so went to {{ED}} at
        [[organisation:Kelderby General]] for {{bloods}}. pt consented to {{BBV}} testing, low
        risk. {{PEP}} not indicated. my {{hep B}} is up to date. issue: no 2nd person to hold the
        hand still, [[name:Sam]] was pulled to x-ray. also the {{sharps bin}} was on the other
        side of the room. [[name:L. Adeyemi-Price]] {{ENP}}
    """)),
    ("health", "success", block("""
        {{WhatsApp}} – UTC seniors
        [[date:02/06/2024]], 19:03 - [[name:Imran Qureshi]]: flagging a great one. [[age:79yo]] lady on {{apixaban}}, fall, hit head. used the new {{direct CT}} pathway to [[organisation:Kelderby General]] radiology for the first time, scanned within 45 mins of booking in
        [[date:02/06/2024]], 19:05 - [[name:Prue]]: 🙌 and?
        [[date:02/06/2024]], 19:06 - [[name:Imran Qureshi]]: small {{subdural}}. {{neurosurgery}} at [[organisation:Royal Pennine Infirmary]] accepted. old pathway she'd have sat here 3h waiting for an {{ED}} bed just to get the scan
        [[date:02/06/2024]], 19:08 - [[name:Sunny K]]: that's what we fought for. credit to [[name:Mags]] in radiology for sorting the {{SLA}}
        [[date:02/06/2024]], 19:09 - [[name:Prue]]: putting it in the {{learning from excellence}} bulletin. what's the {{NICE}} timing for anticoag?
        [[date:02/06/2024]], 19:10 - [[name:Imran Qureshi]]: {{CT head}} within 8h if no other risk factors, but she'd vomited twice so within 1h 👍
    """)),
    ("health", "incident", block("""
        From: [[name:Olufemi Bankole]] <[[email:o.bankole@calderbrookutc.nhs.uk]]>
        To: [[email:governance@kelderbyhospitals.nhs.uk]]
        Cc: [[name:Priya Raman]]
        Date: [[date:18 June 2024]]
        Subject: Incident – 4h wait for ambulance transfer, ref [[case_reference:UTC-INC-2024-0302]]

        Dear colleagues,

        [[name:Bernadette Nkemelu]], [[age:58]], NHS [[nhs_number:729 406 1386]], walked in at
        13:10 with a sudden {{thunderclap headache}} and {{neck stiffness}}. The {{GP}} suspected
        a {{subarachnoid haemorrhage}} and requested a {{999}} transfer at 13:35 ({{Cat 2}}).
        At 16:40 her {{GCS}} dropped from 15 to 12; the call was upgraded and a crew arrived at
        17:25. For four hours she was nursed in our single {{resus}} bay by one nurse, while the
        rest of the centre ran with no {{NIC}}. {{SAH}} was confirmed and she is now on {{ICU}} at
        [[organisation:Royal Pennine Infirmary]].

        We are not staffed or equipped to hold a time-critical patient this long. I'd like a joint
        review with [[organisation:North Moors Ambulance Service]] and the {{ICB}}.

        Regards,
        [[name:Femi]]
        {{Lead Nurse}}, [[organisation:Calderbrook Urgent Treatment Centre]]
    """)),
    ("health", "near_miss", block("""
        TELEPHONE MESSAGE / NEAR MISS
        Taken by: [[name:Will]] ({{reception}})
        Time: 09:40   Date: [[date:21/06/24]]
        Caller: {{NHS 111}} clinician [[name:Paula]], call ref [[case_reference:111-7734920]]
        Message: booked a [[age:6-year-old]] into our 10:20 slot, ?{{fractured clavicle}}, name
        given as [[name:Olly Brennan]], DOB [[date_of_birth:02/02/2018]].
        Outcome: when {{mum}} arrived the child's name was [[name:Ollie Brannan]], DOB
        [[date_of_birth:20/02/2018]]. The 111 booking had matched to a different child,
        [[name:Oliver Brennan]], already on our system with an address in [[address:Heyside]].
        [[name:Will]] checked address and {{NHS number}} with {{mum}} before the {{x-ray}} request
        was made, so nothing was attached to the wrong record. Booking corrected and 111 informed
        via the {{DoS}} feedback form. Learning: use three identifiers, not name + DOB off the
        111 transfer.
        – logged by [[name:Jas]], {{Reception Supervisor}}
    """)),
    ("health", "success", prose("""
        Learning from excellence. On [[date:29 June]] [[name:Joy Abara]], one of our {{HCAs}},
        was doing {{obs}} on a woman who had come in with a {{wrist sprain}}. [[name:Joy]] noticed
        old bruising on her upper arms and that her partner answered every question for her.
        Using the {{routine enquiry}} prompt, [[name:Joy]] found a reason to take her alone to
        {{x-ray}} and asked whether she felt safe at home. The patient, [[name:Marta]], disclosed
        {{coercive control}} and a recent {{strangulation}}. [[name:Joy]] stayed calm, involved
        the {{nurse in charge}}, and with consent we completed a {{DASH}} risk assessment (high
        risk) and referred to the {{IDVA}} service at [[organisation:Kelderby Women's Aid]] and to
        {{MARAC}}. [[name:Marta]] left via the staff exit with a safety plan and a number saved
        under a friend's name, and has since contacted police. Thank you [[name:Joy]].
        – [[name:Priya Raman]], {{Clinical Lead}}
    """)),
    ("health", "incident", block("""
        INCIDENT FORM
        Department: {{X-ray}}, [[organisation:Calderbrook Urgent Treatment Centre]]
        Date/time: [[date:08/07/2024]] 16:00–19:30
        Reported by: [[name:Zofia Lis]] ({{Reporting Radiographer}})
        Ref: [[case_reference:UTC-INC-2024-0355]]
        Summary: {{PACS}} link to [[organisation:Kelderby General Hospital]] down for 3.5h. Images
        were acquired locally but not visible to the {{ENPs}}. 11 patients affected. One,
        [[name:Hamza Iqbal]] ([[age:22]], NHS [[nhs_number:550 392 7141]]), was discharged by a
        {{locum}} on clinical examination only (?{{ankle sprain}}); the image later showed a
        {{Weber B}} fracture. Recalled next day by Dr [[name:Raman]], now in a {{boot}}.
        Immediate issue: the {{downtime procedure}} was not followed – nobody knew where it was.
        IT ticket [[case_reference:INC0098812]] with [[organisation:Kelderby Digital Services]].
        Action: downtime folder at the {{nurses' station}}; {{Ottawa}} rules + 'no discharge
        without image review' during any outage.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        RT TRANSCRIPT (extract) – [[organisation:Fenwold Airshow]] {{Display Control}}, [[date:Sat 8 June 2024]]
        Item 7: {{Extra 330LX}} [[aircraft_registration:G-XKLT]], pilot [[name:Callum Reyes]]
        15:42:10  [[aircraft_registration:G-XKLT]]: Display, [[aircraft_registration:Golf Lima Tango]] running in, display start
        15:42:14  {{DISPLAY}}: [[aircraft_registration:Lima Tango]], clear to display, {{QNH}} 1013
        15:44:51  {{DISPLAY}}: [[aircraft_registration:Lima Tango]], {{crowd line}} infringement, {{STOP STOP STOP}}
        15:44:55  [[aircraft_registration:G-XKLT]]: [[aircraft_registration:Lima Tango]] stopping, climbing
        15:45:30  {{DISPLAY}}: [[aircraft_registration:Lima Tango]], hold to the east, then land, {{FDD}} will see you on the ground
        Notes: Wg Cdr [[name:Helena Brookes]] ({{FDD}}) stopped the display after the aircraft
        crossed the {{display line}} during the second {{avalanche}}. [[name:Callum]] said the
        {{crosswind}} had pushed him crowd-side and he did not re-check his {{ground references}}.
        Display cancelled for the day. {{CAA}} informed via {{MOR}}, ref
        [[case_reference:MOR-2024-11873]].
    """)),
    ("aviation", "near_miss", prose("""
        During the {{display window}} on [[date:Sunday 9 June]] at approximately 13:20, a
        spectator reported a small {{quadcopter}} being flown from the {{car park}} at the northern
        end of [[organisation:Fenwold Airfield]]. At that moment the
        [[organisation:Harbury Harvards]] pair were displaying at a minimum height of {{100 ft}}.
        The {{FDD}}, [[name:Helena Brookes]], called an immediate halt through
        {{Display Control}}; both aircraft climbed and held overhead. Stewards led by
        [[name:Ade]] found the operator, a [[age:15-year-old]] with his father, within six
        minutes. The drone was grounded and police spoke to the family. No conflict occurred, but
        the drone was estimated at 300 ft inside the {{Restricted Area (Temporary)}}. Learning:
        {{drone detection}} was not contracted this year for cost reasons, and the {{NOTAM}} and
        "no drones" signage were only at the main gate. Reported by [[name:Greg Tamaki]],
        {{Safety Officer}}, [[organisation:Fenwold Airshow]].
    """)),
    ("aviation", "success", prose("""
        Big thank you to [[name:Bob]] in the {{met}} cabin and to Captain [[name:Sunny Hale]] on
        {{Saturday}}. [[name:Bob]] spotted the {{gust front}} ahead of the {{thunderstorm}} line on
        the radar about 25 minutes before it reached us and rang the {{FDD}} tent rather than
        waiting for the hourly update. [[name:Sunny]], who was {{duty pilot}} on the
        {{flight line}}, got every parked {{light aircraft}} turned into wind and {{picketed}}
        while the [[organisation:Wessex Wings]] {{Yak-52}} pair were called down early. They were
        on the ground with four minutes to spare before the gusts hit 45 kt. Nobody hurt, and the
        only damage was one trader's gazebo. That's what a good {{weather stop}} looks like, and
        it came from people speaking up early. – [[name:Greg]] ({{Safety Officer}})
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT (internal, for {{MOR}} submission)
        Event: [[organisation:Fenwold Airshow]] – Day 2
        Date: [[date:09/06/2024]]   Time (local): 16:07
        Aircraft: {{Hawker Hunter}} [[aircraft_registration:G-PSKT]]
        Pilot: [[name:Jonas Lindberg-Akhtar]]   Operator: [[organisation:Skyward Heritage Jets Ltd]]
        Phase: display, {{low flypast}} at approx 250 kt
        Description: {{bird strike}} (several gulls) on the {{intake}} and {{canopy}} during the
        second pass. Pilot declared a {{PAN}}, abandoned the display and made a
        {{precautionary landing}} on {{runway 27}}. Engine indications normal, but inspection
        found {{FOD}} damage to the first-stage {{compressor}} blades.
        Contributing: a large flock feeding on grass cut that morning; the {{bird control}} unit
        ([[name:Kieran]]) had been redeployed to car parking at 15:30.
        Reporter: [[name:Helena Brookes]], {{Flying Display Director}}
        Internal ref: [[case_reference:FAS-OCC-24-009]]
    """)),
    ("aviation", "near_miss", block("""
        CHRONOLOGY – airspace near miss, [[date:Sat 8 June]]
        14:55  {{RA(T)}} active, surface to 6000 ft, 5 nm radius. {{NOTAM}} published.
        15:03  [[organisation:Eastmoor Approach]] routes [[flight_number:NWD418]] ({{A320}}, [[organisation:Northwind Airways]]) descending to 5000 ft on a {{direct routing}} that clips the north-west edge of the RA(T).
        15:04  Our {{ATC}} liaison, [[name:Farah Siddiqui]], sees the track on the {{ATM}} and phones [[organisation:Eastmoor]] on the {{landline}}.
        15:04  [[organisation:Redstart Display Team]] (4 x {{Extra 300}}) holding north-west at 3000 ft.
        15:05  {{FDD}} moves the team south; [[organisation:Eastmoor]] turns [[flight_number:NWD418]] left 30° and stops it at 6500 ft.
        15:07  [[flight_number:NWD418]] clear of the RA(T). Closest point approx 4 nm / 3000 ft.
        Analysis: the [[organisation:Eastmoor]] controller on shift ([[name:T. Ogunleye]]) had not had the airshow briefing; the RA(T) was not on their {{video map}}. No {{Airprox}} filed as separation was maintained; MOR filed, ref [[case_reference:FAS-OCC-24-006]].
    """)),
    ("aviation", "success", block("""
        POST-SHOW SAFETY DEBRIEF – [[organisation:Fenwold Airshow]] 2024
        Date: [[date:12 June 2024]], {{briefing tent}} / {{Teams}}
        Present: [[name:Helena Brookes]] ({{FDD}}), [[name:Greg Tamaki]] ({{Safety Officer}}), [[name:Farah Siddiqui]] ({{ATC}}), [[name:Bob Ellery]] ({{Met}}), [[name:Kieran]] ({{bird control}}), [[name:Ade Oyelaran]] ({{Chief Steward}})
        Apologies: [[name:Callum Reyes]], Sqn Ldr [[name:Rhian Pugh]]

        What went well:
        - Weather stop on {{Saturday}} – [[name:Bob]]'s early call protected aircraft and people.
        - Crowd line stewarding much improved; [[name:Ade]]'s team had zero {{crowd incursions}} for the first time in 4 years.
        - ATC/display landline worked – [[name:Farah]]'s call on the airliner was textbook.
        - {{Emergency services}} exercise on {{Friday}}: {{fire cover}} reached the {{crash gate}} in 90 seconds.
        Actions: [[name:Helena]] to share the debrief with the {{CAA}} {{Display Standards}} team; [[name:Greg]] to put drone detection in the 2025 budget.
    """)),
    ("aviation", "incident", block("""
        {{WhatsApp}} – [[organisation:FAS]] Airside Ops
        [[date:07/06/2024]], 18:22 - [[name:Danny Whelan]]: bowser just clipped the wingtip of the {{Chipmunk}} on the {{ramp}}. [[aircraft_registration:G-BCHX]]. nobody hurt
        [[date:07/06/2024]], 18:23 - [[name:Marguerite]]: 😳 who was driving
        [[date:07/06/2024]], 18:24 - [[name:Danny Whelan]]: contractor from [[organisation:Pennine Aviation Fuels]], lad called [[name:Reece]]. bowser reg [[vehicle_registration:PN65 FXA]]. no {{wing walker}} and he was reversing
        [[date:07/06/2024]], 18:26 - [[name:Marguerite]]: ok. stop all fuelling till i get there. tell the owner
        [[date:07/06/2024]], 18:31 - [[name:Danny Whelan]]: owner is Mr [[name:Aldous]], [[phone:07700 900772]]. not happy. {{wingtip fairing}} cracked, {{aileron}} looks ok but needs an {{engineer}}
        [[date:07/06/2024]], 18:40 - [[name:Marguerite]]: [[name:Jim]] from engineering on his way. the Chipmunk is off the programme for tmrw until signed off. i'll brief the {{FDD}} at the {{evening brief}}. we need {{cones}} round parked aircraft before any more fuelling
    """)),
    ("aviation", "near_miss", prose("""
        nm - at {{registration}} {{fri}} i checked the {{DA}} ({{display authorisation}}) for
        [[name:Rick Ostrowski]] ({{Pitts S-2B}} [[aircraft_registration:G-RIKO]]) and it had
        EXPIRED on [[date:31/05]]. he'd sent us a scan of the old one in {{March}} and we never
        asked for the renewal. he says the renewal flight with his {{DAE}} ([[name:Phil]]) was
        done and the paperwork is with the {{CAA}}. FDD said no paperwork no display, so he was
        dropped from {{Day 1}}. new DA emailed sat am and he flew Day 2 fine. if reg hadnt picked
        it up he would have flown without valid authority. our checklist only says 'DA seen' not
        the expiry date. fixing the spreadsheet, also adding {{pilot medical}} + {{insurance}}
        expiry columns - [[name:marguerite]]
    """)),
    ("aviation", "success", block("""
        From: [[name:Helena Brookes]] <[[email:fdd@fenwoldairshow.co.uk]]>
        To: [[name:Farah Siddiqui]]; [[name:Tom Ogunleye]]
        Cc: [[email:ops@eastmoorairport.com]]
        Date: [[date:10 June 2024]]
        Subject: Thank you – Saturday afternoon

        [[name:Farah]], [[name:Tom]],

        I wanted to put in writing how grateful we are for {{Saturday}}. When
        [[flight_number:NWD418]] was heading for the edge of the {{RA(T)}}, [[name:Farah]]'s call
        on the landline and [[name:Tom]]'s immediate turn got the {{A320}} clear with margin to
        spare, and our four-ship was never in any danger. [[name:Tom]], I know you hadn't had our
        briefing pack – that's on us, not you, and we'll fix the distribution list for 2025.

        It's exactly the joined-up working that {{CAP 403}} talks about and that rarely gets
        celebrated. I've copied in your {{Watch Manager}} so it goes on your record.

        Best wishes,
        [[name:Helena]]

        Wg Cdr (retd) [[name:Helena Brookes]]
        {{Flying Display Director}}, [[organisation:Fenwold Airshow]]
        [[phone:01632 960118]]
    """)),
    ("aviation", "incident", block("""
        DISPLAY PROGRAMME – actual vs planned, Day 1 ([[date:8 June]])
        Slot | Item | Reg | Pilot | Planned | Actual | Notes
        5 | {{Tiger Moth}} | [[aircraft_registration:G-AOJX]] | [[name:Edie Marsh-Quinn]] | 14:40 | 14:41 | –
        6 | {{Yak-52}} x2 | [[aircraft_registration:G-YKSS]] / [[aircraft_registration:G-YKTT]] | [[organisation:Wessex Wings]] | 14:50 | 15:08 | late, {{start-up}} issue
        7 | {{Extra 330LX}} | [[aircraft_registration:G-XKLT]] | [[name:Callum Reyes]] | 15:25 | 15:42 | STOPPED – crowd line
        8 | {{Spitfire}} | [[aircraft_registration:G-SPFX]] | [[name:Sanjay]] '[[name:Sonny]]' [[name:Mehta]] | 15:40 | – | did not fly
        Incident note: after the stop in slot 7 the {{Spitfire}} sat at the {{holding point}} with
        the engine running for 22 minutes. {{Coolant temperature}} reached the limit, so
        [[name:Sonny]] shut down and was towed back, missing the slot. {{Warbird}} engines can't
        idle that long; the {{FDD}} should have kept it on the {{ramp}} until the stop was
        resolved. Compiled by [[name:Greg Tamaki]].
    """)),
    ("aviation", "near_miss", block("""
        RT TRANSCRIPT – {{Tower}}, [[date:9 June 2024]] (extract)
        11:58:02  [[aircraft_registration:G-HRVD]]: Tower, [[aircraft_registration:Golf Victor Delta]], holding point {{Alpha}}, ready, display item 3
        11:58:06  {{TOWER}}: [[aircraft_registration:Victor Delta]], line up and wait {{runway 27}}
        11:58:09  [[aircraft_registration:G-HRVD]]: line up and wait 27, [[aircraft_registration:Victor Delta]]
        11:58:20  [[aircraft_registration:G-AJBK]]: Tower, [[aircraft_registration:Bravo Kilo]], {{final}} 27, engine rough, {{PAN PAN}}
        11:58:24  {{TOWER}}: [[aircraft_registration:Victor Delta]] HOLD POSITION, I say again hold position
        11:58:27  [[aircraft_registration:G-HRVD]]: holding, [[aircraft_registration:Victor Delta]]
        11:58:30  {{TOWER}}: [[aircraft_registration:Bravo Kilo]], runway 27 clear to land, {{emergency services}} alerted
        Note ([[name:Farah Siddiqui]], {{ATCO}}): [[aircraft_registration:Bravo Kilo]] had left the
        display early and was flying a {{glide approach}}; nobody told me it was recovering.
        [[aircraft_registration:Victor Delta]] stopped short of the runway edge. MOR filed.
    """)),
    ("aviation", "success", prose("""
        Learning report – good outcome. On [[date:Sunday 9 June]], in his {{practice}} slot
        before the public display, [[name:Wojciech]] '[[name:Wojtek]]' [[name:Zieliński]] lost
        power in {{Yak-52}} [[aircraft_registration:G-YKSS]] at about 1500 ft over the western
        end of [[organisation:Fenwold Airfield]]. He had briefed his {{engine failure}} plan and
        {{forced landing}} options with the {{FDD}} the night before, so he turned straight back,
        called {{MAYDAY}}, and glided onto {{runway 09}} with the {{fire cover}} already rolling.
        No damage, no injuries. The {{magneto}} was found to have failed. [[name:Wojtek]] said the
        written {{PFL}} options in the display briefing, which we added after last year's show,
        meant he had no decisions left to make in the air. [[organisation:Wessex Wings]] have
        asked to share the briefing template with other display teams. Well done all.
    """)),
    ("aviation", "incident", block("""
        AIRSIDE DUTY HANDOVER – [[date:Sat 8 June]] pm → night
        - {{FOD walk}} at 19:10 found a steel {{tent peg}} and a {{crowd barrier}} clip on {{taxiway B}} near the {{static park}}. Fence had been moved by traders setting up.
        - Earlier (17:35) [[organisation:Kestrel Aerobatic Team]] No. 3, [[aircraft_registration:G-KSTC]], taxied over that area; {{tyre}} found cut on post-flight. Pilot [[name:Nia Cadwaladr]] unaware at the time. Wheel changed by [[name:Stu]], a/c serviceable for tomorrow.
        - Traders' area re-fenced; {{Chief Steward}} [[name:Ade]] briefed no stakes within 50 m of the {{movement area}}.
        - Night: 2 x {{security}} patrols on the {{static line}}, [[name:Gabi]] lead. Fuel bowser quarantined pending the Chipmunk investigation.
        - {{Fire}} cover reduced to {{Cat 2}} overnight as agreed.
        Handed over by [[name:Marguerite Oyelowo]] to [[name:Dev]]
    """)),
    ("aviation", "near_miss", block("""
        {{Teams}} – Flying Control Committee – [[date:Thu 6 June]]
        [[name:Greg Tamaki]] 21:03
        just noticed the {{pilots' briefing pack}} on the portal is v3 not v5. v3 still has the old {{display line}} and the {{minimum heights}} from before the runway works
        [[name:Helena Brookes]] 21:05
        🫠 how many downloaded it?
        [[name:Greg Tamaki]] 21:06
        portal says 23. all the [[organisation:Kestrels]] + at least 8 solo pilots
        [[name:Helena Brookes]] 21:08
        right – pull v3, email everyone v5 tonight with SUPERSEDED in the subject, and I'll re-brief heights in person at the {{mass brief}} 08:30
        [[name:Farah Siddiqui]] 21:10
        the {{RT}} frequencies changed in v4 too, worth checking
        [[name:Greg Tamaki]] 21:25
        done. [[name:Nia]] from the [[organisation:Kestrels]] says they flew the v3 line in practice today 😬
        [[name:Helena Brookes]] 21:26
        ok so it's a near miss not just paperwork. log it please. {{version control}} on the portal needs an owner
    """)),
    ("aviation", "success", prose("""
        THANK YOU to all 64 volunteer {{marshals}} and {{stewards}} at this year's
        [[organisation:Fenwold Airshow]]. Special mentions: [[name:Pam]] on the {{lost child}}
        point, who reunited a [[age:5-year-old]] with his grandad in nine minutes on
        {{Sunday}} afternoon; [[name:Rhys]] and [[name:Rhiannon]] for keeping the
        {{crowd line}} clear during the {{Hunter}} bird strike; and the {{Air Cadets}} of
        [[organisation:2217 (Fenwold) Squadron]], who did the {{FOD walk}} twice a day without
        being asked. Also to [[name:Mo]] and [[name:Joy]] from the {{first aid}} post, who treated
        41 people, mostly {{heat exhaustion}} and wasp stings. You are the reason the {{CAA}}
        auditor wrote 'well-controlled site'. Drinks at the clubhouse on [[date:22 June]], on us.
        – [[name:Ade Oyelaran]], {{Chief Steward}}
    """)),
    ("aviation", "incident", block("""
        From: [[name:Rhian Pugh]] <[[email:r.pugh@kestrelaerobatics.co.uk]]>
        To: [[name:Helena Brookes]]
        Date: [[date:11 June 2024]]
        Subject: No. 2 – pilot unwell during display, Sunday

        [[name:Helena]],

        For your report. During {{Sunday}}'s display our No. 2, Flt Lt [[name:Jamie Okwuosa]],
        had a {{grey-out}} in the pull-up for the {{loop}} at about 5 g and left the formation
        using the {{break-out}} procedure. He landed safely four minutes later in
        [[aircraft_registration:G-KSTB]]. Afterwards he admitted he'd had a {{stomach bug}}
        overnight, had barely eaten, and hadn't said so at the {{pre-flight brief}} because he
        didn't want to let the team down.

        Our {{IMSAFE}} check is a group 'all good?', which clearly isn't working. From now on
        each pilot does it one-to-one with me. The {{AME}}, Dr [[name:Halvorsen]], has grounded
        [[name:Jamie]] for 72 hours. MOR submitted, ref [[case_reference:MOR-2024-12040]].

        [[name:Rhian]]
        Sqn Ldr (retd) [[name:Rhian Pugh]] | {{Team Leader}}, [[organisation:Kestrel Aerobatic Team]] | [[phone:07700 900245]]
    """)),
]


if __name__ == "__main__":
    write_records(OUT, build_records("blind350", REPORTS))
