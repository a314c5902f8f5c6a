"""Held-out blind corpus 121: just-culture incident-and-learning reports from one county's fostering,
residential children's homes and leaving care services; community nursing teams, GP practices and a
walk-in centre; and a flying school, a helicopter air ambulance and a rotorcraft maintenance
organisation. Styles are an ordinary mix: careful first-person prose, hurried lower-case notes,
structured incident forms, shift logs, SBAR handovers, e-mails with signatures, chat threads, radio
transcripts and tech-log style summaries, covering what went wrong and what went right."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind121.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        Night of [[date:14th March]], [[organisation:Birchfield House]]. [[name:Kayden]] ([[age:15]])
        didn't come back for his 10pm curfew. Rang his mobile [[phone:07700 900412]] three times,
        straight to voicemail. Followed the {{missing from care protocol}} and reported to police at
        23:10, ref [[case_reference:MFH/24/0917]]. What went wrong: the {{Philomena Protocol}} form on
        the shared drive was still the old version with the previous manager's number on it, so it
        took me nearly 20 mins to get hold of the {{on-call manager}}. [[name:Kayden]] was found by
        PC [[name:Aziz]] near the retail park at about 01:30 and brought back, no injuries, smelt of
        cannabis. {{Return home interview}} booked with [[name:Leanne]] from the
        {{Child Exploitation Team}}. What went well: his {{grab pack}} had a photo from last month and
        the officer said it made a real difference. Can someone please take the old form off the
        drive before it catches someone else out. - [[name:Marcus]] ({{RCW}})
    """)),
    ("social_care", "success", prose("""
        Just wanted to log some really good practice from our {{foster carers}} [[name:Faith]] and
        [[name:Desmond Okonkwo]]. They took an emergency placement of three siblings (aged [[age:4]],
        [[age:6]] and [[age:9]]) at 7pm on a Friday via {{EDT}}, with literally the clothes they stood
        up in. [[name:Faith]] had car seats, toothbrushes and pyjamas in a range of sizes ready because
        she'd done the {{Skills to Foster}} refresher and took the 'emergency box' idea seriously.
        [[name:Des]] rang [[organisation:Hollins Park Primary]] first thing {{Monday}} and met the
        {{designated teacher}} so the kids had uniform by Tuesday. They kept a little diary for the
        {{social worker}} of what each child ate, said and how they slept, which helped no end at the
        {{strategy meeting}}. The middle one, [[name:Tiana-Rose]], has a peanut allergy that wasn't on
        the referral - [[name:Faith]] spotted the {{EpiPen}} in nan's bag at handover and asked.
        Worth sharing at the next {{support group}}.
        [[name:Gill Ashworth-Lee]], {{Supervising Social Worker}}
    """)),
    ("social_care", "incident", block("""
        From: [[name:Ruth Mensah]] <[[email:ruth.mensah@northshire.example.gov.uk]]>
        To: Leaving Care Team
        Subject: Datix [[case_reference:DX-30418]] - pathway plan letter sent to old address

        Hi all,

        One for the learning log please. The {{Pathway Plan}} review letter for [[name:Shannon Brierley]]
        (DOB [[date_of_birth:02/11/2005]]) went out on [[date:6 Feb]] to her old flat,
        [[address:Flat 3, 27 Cromwell Road, Eastwick]] [[postcode:NE7 4QT]], not her {{supported lodgings}}.
        The new tenant opened it and rang us. It had her {{NI number}} on the front page
        ([[ni_number:JT 48 21 67 C]]) and details of her {{PA}} visits.

        Why: address was updated on {{Mosaic}} but the letter template pulls from an old contact field.
        Both of us assumed the other system was the master.

        Done so far: letter retrieved same day, [[name:Shannon]] told face to face and apologised to,
        {{IG team}} informed, {{ICO}} threshold assessment pending.

        Ask: can letters stop printing the NI number at all? There's no reason for it.

        [[name:Ruth]]
    """)),
    ("social_care", "near_miss", prose("""
        near miss on am meds at [[organisation:larches]] today. we've got [[name:jayden]] and
        [[name:jaden]] on the same unit now (diff surnames) and agency staff [[name:ola]] had the
        {{MAR chart}} for [[name:jaden]] open but had popped out [[name:jayden]]s {{sertraline}} 50mg
        from the {{blister pack}}. i was doing the {{second check}} and caught it before anything was
        given. no harm. agency staff had no photo sheet for the lads because the {{medication profile}}
        photos are kept in the office not the {{clinic room}}. we've now put photos at the front of each
        MAR folder and [[name:bev]] is asking the agency to do our {{induction}} before any of their
        staff do meds. think the similar names thing needs saying at handover every shift while both
        boys are with us. - [[name:cm]]
    """)),
    ("social_care", "success", block("""
        Case note - [[case_reference:LC/2291/YP]]
        Young person: [[name:Abdi Warsame]] ([[age:19]])
        PA: [[name:Tom Kearney-Blythe]]
        Date: [[date:22/04/2024]]

        What happened: [[name:Abdi]] had a {{Section 21}} notice from his private landlord and was 6 days
        from being homeless. {{Housing Options}} initially said he wasn't {{priority need}}. I pointed out
        he's a {{care leaver}} under 21 and quoted the {{corporate parenting}} protocol we signed with
        [[organisation:Eastwick District Council]] last year. Housing officer [[name:Priya]] found the
        protocol, checked with her manager and a {{prevention duty}} was accepted the same afternoon.

        What helped: having the protocol saved on my phone; [[name:Abdi]] bringing his tenancy and bank
        letters in one folder like we practised.

        Outcome: offered a 1-bed at [[address:12 Tannery Court]], [[postcode:NE4 2HB]], moving in
        [[date:3 May]]. {{Setting Up Home Allowance}} request sent.
    """)),
    ("social_care", "incident", prose("""
        Supervised contact at [[organisation:Meadowbank Family Centre]] on [[date:Sat 8 June]]. Birth
        father Mr [[name:Lenihan]] arrived 25 mins late smelling strongly of alcohol. I ended the
        session per the {{contact agreement}} after about ten minutes when he got loud in front of
        [[name:Skye]] ([[age:7]]). What went wrong was afterwards: he followed the {{foster carer}}'s car
        out of the car park in a silver Astra, reg [[vehicle_registration:KX19 WLD]], as far as the
        roundabout. Foster carer [[name:Hope Ferreira]] did exactly the right thing and drove to the
        police station instead of home. Police informed, ref [[case_reference:NE-20240608-0331]].
        Learning: the {{social worker}} told us at the {{CLA review}} that dad knew roughly where the
        carer lived but nobody thought about staggered departures. We now do a 15 minute stagger with the
        parent leaving first, and the {{risk assessment}} template has a box for it. [[name:Hope]] and
        [[name:Skye]] shaken but ok. ({{Contact Supervisor}})
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT / LEARNING FORM
        Service: Residential - [[organisation:Oakridge Lodge]]
        Type: Near miss
        Date/time: [[date:29/01/24]] approx 16:45
        Reported by: [[name:N. Adeyemi]], {{Senior RSW}}
        Young people involved: [[name:LB]] ([[age:14]]), [[name:TC]] ([[age:16]])

        Description:
        During a {{physical intervention}} to guide [[name:LB]] away from [[name:TC]] in the lounge, a
        new staff member started to take [[name:LB]] into a seated hold that is not part of our
        {{Team Teach}} training. I called it and he let go straight away. No injury.

        Contributing factors:
        - staff member's {{Team Teach}} refresher booked but not done yet
        - only 2 staff on shift, {{rota}} short after sickness
        - lounge furniture makes the space very tight

        Actions:
        - {{debrief}} with both staff and both young people within 24 hrs
        - [[name:Cerys]] ({{Registered Manager}}) booked refresher for [[date:5 Feb]]
        - {{placing authority}} informed
    """)),
    ("social_care", "success", prose("""
        Wanted to recognise [[name:Sunny Bhatt]] from the late shift at [[organisation:Willowbrook House]]
        on [[date:11/07]]. [[name:Reece]] ([[age:13]]) had a difficult phone call with his mum and started
        kicking the fire door and saying he'd smash the TV. Rather than crowding him, [[name:Sunny]] sat
        down on the corridor floor, kept his voice low and used the {{PACE}} approach we've been going over
        in {{reflective practice}}: curious, not telling off. He talked about the fishing trip they'd
        planned and after about 20 mins [[name:Reece]] came and sat next to him. No
        {{physical intervention}}, no police, no damage beyond a scuff on the door. Later [[name:Reece]]
        wrote in his {{Mind of My Own}} app that [[name:Sunny]] 'didnt shout'. Small thing but that's
        huge for him. Sharing at the {{team meeting}} on Weds. - [[name:Dawn]], {{Deputy Manager}}
    """)),
    ("social_care", "incident", prose("""
        I'm reporting this on myself because I think it's a learning point. On [[date:Tuesday 2 April]]
        [[name:Amira Haddad]] ([[age:11]]), placed with Mr and Mrs [[name:Pryce-Jones]], told her foster
        mum in the car after school at [[organisation:St Bede's C of E Junior School]] that an older boy at
        her previous placement had touched her. Mrs [[name:Pryce-Jones]] rang my work mobile at 16:20 but
        I was on a home visit and didn't listen to the voicemail until 18:40. By then the office had closed,
        so I called the {{Emergency Duty Team}}, who made a {{MASH}} referral that evening. The
        {{strategy discussion}} happened next morning so no actual harm from the delay, but it was over two
        hours. What went well: foster mum wrote down [[name:Amira]]'s exact words with the time, didn't
        question her and didn't contact the previous carers. What I've changed: my voicemail greeting now
        gives the duty number, and I've asked the {{Fostering Team}} to remind carers that urgent
        disclosures go to duty, not just their {{SSW}}. [[name:K. Osei]]
    """)),
    ("social_care", "near_miss", prose("""
        Near miss on a short break. [[name:Bobby]] ([[age:8]], {{autism}}, severe sesame allergy) went for
        his monthly weekend with {{respite carers}} [[name:Joy]] and [[name:Frank Kowalczyk]] at
        [[address:Beech Lodge, Mill Lane, Hartley Green]]. The {{placement information record}} that went
        with him was the 2022 version and the allergy section said 'nuts - mild'. [[name:Joy]] had bought
        hummus for the picnic and was about to put it in his lunchbox when [[name:Frank]] remembered the
        foster carer mentioning sesame at the last handover and checked the {{care plan}} on the app.
        Nothing eaten, no reaction, but it could have been really serious. There are two versions of the
        record on {{Mosaic}} and the old one prints by default. Admin ([[name:Wendy]]) has archived it. I'd
        like an alert whenever the {{health assessment}} changes an allergy so the other documents get
        updated too. {{Short Breaks Team}}
    """)),
    ("social_care", "success", block("""
        Subject: Thank you - Staying Put for [[name:Mo]]

        Dear [[name:Brenda]] and [[name:Clive]],

        I wanted to put in writing (and in our learning system, with your permission) how much
        difference you've made for [[name:Mohammed Rahimi]]. When he turned [[age:18]] you agreed a
        {{Staying Put}} arrangement even though it meant a drop in your allowance, and you got him
        through his {{BTEC}} at [[organisation:Northshire College]] while he waited on the {{Home Office}}.
        His {{leave to remain}} letter came on [[date:19 March 2024]] and the first people he rang were you.

        From a practice point of view, what worked was the three-way catch-up every 6 weeks between you,
        [[name:Mo]] and his {{Personal Adviser}}, so nobody heard news second hand.

        Kind regards,
        [[name:Siobhan Ní Bhriain]]
        {{Team Manager}}, Leaving Care
        [[phone:01632 960284]]
    """)),
    ("social_care", "incident", block("""
        Shift log - [[organisation:Hawthorn View]] - [[date:Sun 17/03/24]]
        19:05 [[name:Lily-Mae]] ([[age:15]]) to her room after tea, door open per {{observation plan}} (15 min checks)
        19:20 check done - ok, on phone
        19:35 check NOT done - [[name:JP]] dealing with fire alarm (burnt toast)
        19:48 [[name:JP]] found [[name:Lily-Mae]] with superficial cuts to forearm, pencil sharpener blade
        19:50 first aid, {{111}} called, advised no {{A&E}} needed, cleaned and {{Steri-Strips}}
        20:30 on call [[name:Rob Mahoney]] informed, {{social worker}} emailed, {{CAMHS}} crisis line rang, appt tomorrow
        21:15 room search with her consent, 2 more blades in makeup bag
        Learning: when one of 2 staff gets pulled away nobody picks up the obs. Agreed at {{debrief}}: obs
        pass to whoever is free and we say it out loud ("you've got obs"). Sharpeners now signed out.
        Logged by [[name:JP]] ([[name:Jas Purewal]])
    """)),
    ("social_care", "success", prose("""
        Positive learning. [[name:Yonas Tesfamariam]] arrived as an {{unaccompanied asylum-seeking child}}
        and the {{Home Office}} had recorded his DOB as [[date_of_birth:01/01/2006]] (the usual default),
        making him [[age:18]] and an adult. He told our {{duty social worker}} he was [[age:16]] and had a
        photo of his baptism certificate on his phone. Instead of adult hotel accommodation we placed him
        in {{supported accommodation}} at [[organisation:Harbour Lodge]] and asked for a proper
        {{Merton-compliant}} {{age assessment}}. [[name:Fiyori]], one of our interpreters who speaks
        {{Tigrinya}}, was booked for every session, which made a real difference; his first screening used
        a phone interpreter speaking {{Amharic}}. The assessment accepted his claimed age and his DOB is now
        [[date_of_birth:14/08/2007]]. He started at [[organisation:Eastwick Academy]] in January. Team:
        [[name:Lucy]], [[name:Nana Agyeman]], [[name:Yusuf]]. Sharing because the default-DOB issue keeps
        happening.
    """)),
    ("social_care", "incident", prose("""
        Data incident, my own mistake. Coming back from a {{Child Protection Conference}} on
        [[date:10th Oct]] I left a folder on the 17:42 train with printed {{core group}} minutes for the
        [[name:Bailey]] family: names, school details for [[organisation:Redmoor Primary]] and the
        children's dates of birth. Realised at my stop and rang lost property straight away, ref
        [[case_reference:LP-558210]]. A passenger handed it in next day, envelope still sealed. Reported to
        {{Information Governance}} within the hour, Datix [[case_reference:DX-30552]]. Honest reflection: I
        printed because my laptop battery was dead and I didn't want to be the one in the meeting without
        the minutes. Changes: the team now keeps two spare chargers in the pool car, and conference papers
        go in the {{confidential waste}} bin in the meeting room before we leave. Mr [[name:Bailey]] was
        told by my manager [[name:Will Tranter]] and was understanding. {{Child Protection}} team, county
        {{Children's Services}}.
    """)),
    ("social_care", "near_miss", block("""
        [09:12] [[name:Gemma L]] (SSW): Hi [[name:Bill]], quick one - [[name:Kerry]] from school says
        there's a photo of [[name:Hunter]] on your daughter's {{Instagram}} from the beach day?
        [09:15] [[name:billy_fc]]: oh no. [[name:Tash]] put it up last night, its just the kids on the sand
        [09:16] [[name:Gemma L]] (SSW): I know it's innocent but [[name:Hunter]]'s whereabouts can't be
        shared, birth mum is actively looking and that beach is 10 mins from you. Can it come down now pls?
        [09:31] [[name:billy_fc]]: gone. shes mortified. location tag was on as well
        [09:33] [[name:Gemma L]] (SSW): Thank you. No harm done as far as we know. I'll let the
        {{child's social worker}} know and we'll go over the {{safer caring policy}} at my next visit,
        with [[name:Tash]] there too if she's ok with it.

        Note for learning system: our {{household agreement}} covers carers' own social media but not
        teenage {{birth children}}. Suggest adding it to {{Form F}} assessments and annual reviews.
    """)),
    ("social_care", "success", prose("""
        A good news one. [[name:Grace]] ([[age:12]]) has lived with the [[name:Nwosu]] family for three
        years and for a long time refused to talk about her early life. Her {{social worker}}
        [[name:Mark Ellery]] did {{life story work}} with her over 8 sessions, using a memory box and
        photos from her first foster carer, and let her decide the pace. At her
        {{Looked After Review}} on [[date:20th June]] at [[organisation:Fernside Children's Centre]],
        [[name:Grace]] chaired the first half herself and read out a letter about what she wants for
        secondary school. Her {{IRO}} [[name:Helen Da Silva]] said in 9 years she hadn't seen a review
        like it. What made the difference: same worker for 2 years, sessions held at the carers' home, and
        [[name:Mark]] never rescheduling at short notice. Mrs [[name:Nwosu]] also sat in on every session.
        {{Children in Care Council}} have asked if [[name:Grace]] would speak at their next meeting.
    """)),
    ("social_care", "incident", prose("""
        Foster carer [[name:Rosie]] phoned the out-of-hours line at 21:30 on [[date:4/12]]. She and her
        husband had both given [[name:Kai]] ([[age:6]]) his {{melatonin}} 3mg, about 40 mins apart,
        because each thought the other hadn't. Rang {{111}}, advised to observe, he slept and was fine next
        morning. Child's GP at [[organisation:Parkside Surgery]] informed. [[name:Rosie]] was very honest
        and upset. The root cause is simple: there is no tick sheet at home, and we only ask carers to fill
        the {{medication record}} at the end of each week, often from memory. Changes: daily tick chart on
        the fridge, and I'm raising at {{Fostering Panel}} whether all carers should use a daily record as
        part of the {{Fostering Medication Policy}}. [[name:Sam Odukoya]], {{SSW}}
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        Insulin error. On [[date:Mon 15 Jan]] I visited Mrs [[name:Edna Cattermole]] ([[age:88]]), NHS
        [[nhs_number:639 629 8252]], at [[address:7 Sycamore Walk, Little Fenby]] for her morning
        {{Humulin I}}. I gave 28 units instead of 18 because the {{insulin administration record}} had a
        correction written over the top of the old dose and the 1 looked like a 2. Her carer found her
        clammy at 13:00, {{capillary blood glucose}} 2.9; treated with {{GlucoGel}} and a sandwich,
        recovered, ambulance not needed. GP and her son informed same day. Learning for
        [[organisation:Fenby & Marsh District Nursing Team]]: changes must be struck through and rewritten
        on a new line, never overwritten, and any change to dose needs a new signed
        {{authorisation to administer}}. We're also asking to move insulin charts onto {{SystmOne}}.
        [[name:Precious Moyo]], {{Band 6}} {{District Nurse}}
    """)),
    ("health", "success", prose("""
        Good catch at [[organisation:Riverside Walk-in Centre]] on [[date:Saturday 23rd Nov]]. A
        [[age:34]]yo woman booked in at reception as 'flu'. Triage nurse [[name:Rose Lindqvist]] did a full
        set of obs anyway: {{NEWS2}} of 6, resp rate 26, HR 118, temp 38.9, and on asking, she was 10 days
        post {{caesarean section}}. [[name:Rose]] started the {{Sepsis Six}} within our walk-in scope,
        got Dr [[name:Oyelaran]] to review, and the patient was blue-lighted to [[organisation:Kingsford General]]
        {{ED}} with a pre-alert within 40 minutes of arrival. Feedback from {{maternity}}: postnatal
        {{endometritis}} with sepsis, responded well to {{IV antibiotics}}. What went well: not anchoring on
        the reception label, and the sepsis prompt built into our triage template. Thanks [[name:Rose]].
    """)),
    ("health", "near_miss", block("""
        Practice: [[organisation:Ashgrove Medical Practice]]
        Event type: near miss - wrong patient record
        Reported by: {{Practice Nurse}} ([[name:BW]])

        We have two patients called [[name:John Edwards]]:
          - DOB [[date_of_birth:03/07/1951]], NHS [[nhs_number:660 962 0768]]
          - DOB [[date_of_birth:30/07/1957]], NHS [[nhs_number:493 252 6156]]

        On [[date:12/03]] I opened the wrong [[name:John Edwards]] on {{SystmOne}} for his
        {{B12 injection}}. I picked it up when I did the ID check and he gave a different date of birth.
        Nothing recorded in the wrong notes, injection given correctly. If I'd recorded in the wrong
        record I might have missed that the other Mr [[name:Edwards]] is on {{warfarin}}.

        Actions: {{patient alert}} "2 patients same name - check DOB" added to both records. Reception
        reminded to use three identifiers when booking, not name only.
    """)),
    ("health", "incident", block("""
        From: Dr [[name:Harpreet Bajwa]] <[[email:h.bajwa@ashgrove-mp.example.nhs.uk]]>
        To: [[email:practice.manager@ashgrove-mp.example.nhs.uk]]
        Subject: SEA - potassium result filed as normal

        [[name:Lorraine]],

        Can we put this on the {{SEA}} meeting agenda please.

        On [[date:Fri 7 June]] a {{U&E}} for a patient (NHS [[nhs_number:955 990 8200]]) came back with
        K+ 6.4. The {{locum}} filing results that afternoon marked it "normal, no action", I think because
        the lab comment was on page 2 in {{Docman}}. The lab didn't phone as their threshold is 6.5. He's
        on {{ramipril}} and {{spironolactone}}. I found it on Monday checking the workflow, rang him, repeat
        K+ 6.1, sent to {{SDEC}} at [[organisation:Kingsford General]]. He's fine.

        Learning:
        1. locum induction pack says nothing about multi-page reports
        2. ask the lab about phoning anything over 6.0
        3. high-risk drug combos flagged in {{EMIS}}

        [[name:Harpreet]]
    """)),
    ("health", "success", prose("""
        Sharing good practice from the [[organisation:Northshire East Community Nursing Team]]. Mr
        [[name:Stanisław Nowak]], [[age:79]], housebound after a stroke, wife is his carer. {{HCA}}
        [[name:Dawn Whitlock]] noticed non-blanching redness on his left heel on a routine visit and
        completed a {{PURPOSE T}} assessment there and then rather than leaving it for the next RN visit.
        [[name:Dawn]] rang the equipment store and got a {{dynamic mattress}} and {{heel offloading boots}}
        delivered the same afternoon, and went through the {{SSKIN}} bundle with Mrs [[name:Nowak]] using
        the Polish leaflet. The area resolved within 10 days, no skin breakdown, no {{Category 2}}. In the
        past we've sometimes waited for a registrant and lost 48 hours. Credit to [[name:Dawn]] for
        trusting her training. - [[name:Ade]], {{Caseload Holder}}
    """)),
    ("health", "incident", prose("""
        Sharps injury, [[date:02/02/2024]], [[organisation:Riverside WIC]] minor injuries room 3. I was
        clearing a {{dressing trolley}} and got a needlestick from a used needle left under an opened
        dressing pack. Source patient identified and consented to bloods. I (staff member,
        [[name:Aoife Brennan]], {{HCA}}) made it bleed, washed it, reported to {{Occupational Health}} and
        was seen in {{ED}} for a {{BBV}} risk assessment. Low risk, no {{PEP}} needed, follow-up bloods
        booked. Incident ref [[case_reference:W-INC-0734]]. Contributing factors: the {{sharps bin}} on that
        trolley was full and temporarily closed, so the nurse put the needle down meaning to come back
        to it, then got called to a child with a head injury. Second bin now on every trolley and the
        bins are checked at the start of each shift.
    """)),
    ("health", "near_miss", prose("""
        Near miss. {{clarithromycin}} prescribed for a chest infection to a [[age:72]] year old on
        {{warfarin}} by our GP registrar (Dr [[name:Chen]]) at [[organisation:Old Mill Surgery]]. The
        interaction alert fired on {{EMIS}} but was overridden as clinically appropriate; Dr [[name:Chen]]
        said honestly that he thought it was one of the alerts he sees thirty times a day. The pharmacist
        at [[organisation:Bridge Street Pharmacy]], [[name:Ifeoma]], rang us before dispensing. Switched
        to {{doxycycline}} and an extra {{INR}} booked with the {{anticoagulation clinic}}. Learning:
        alert fatigue is real. Our {{PCN}} pharmacist is reviewing which alerts can be turned down, and
        registrars now get a session on high-risk interactions in their first month.
        - [[name:Jon Akinola]], {{GP trainer}}
    """)),
    ("health", "success", block("""
        SBAR - phone handover to {{out of hours}} GP, [[date:24/12/23]] 17:50
        S: Mrs [[name:Hilda Fairbrother]], [[age:91]], [[address:Willow Cottage, Church Lane, Amberley Marsh]],
           NHS [[nhs_number:469 082 3200]]. {{End of life}}, {{DNACPR}} in place, wishes to die at home.
        B: metastatic bowel ca. {{just in case}} meds in the house since [[date:18/12]]. Daughter
           [[name:Carol]] ([[phone:07700 900731]]) staying over.
        A: More agitated this afternoon. {{syringe driver}} running. Settled after PRN {{midazolam}}
           2.5mg s/c at 17:15.
        R: Please flag to OOH; daughter has the number; {{DN}} visit booked 09:00 Christmas Day.

        Put on the learning system because this handover worked: the OOH GP said it was the clearest one
        she'd had all week, and she attended within the hour when [[name:Carol]] rang at 02:00. Template
        attached for other teams.
        [[name:Faisal]] RN, [[organisation:Amberley & Wold Neighbourhood Team]]
    """)),
    ("health", "incident", prose("""
        Receptionist here. On [[date:Wed 14th Feb]] a man came to the front desk demanding his
        {{repeat prescription}} for {{co-codamol}} be done today. When I explained the 72 hour turnaround
        he shouted and threw the leaflet stand at the screen. My colleague [[name:Tanvir]] pressed the
        {{panic button}} and Dr [[name:Mukherjee]] came through. Police attended, crime ref
        [[case_reference:43/18821/24]]. Nobody hurt but I was shaking for the rest of the shift. What went
        well: the panic alarm actually worked this time (it didn't in the drill), and the
        {{practice manager}} [[name:Joanne]] let me go home early and set up {{EAP}} counselling. What
        didn't: the {{zero tolerance}} poster is behind the door where nobody sees it, and there was no
        second person on the desk at 8:30, our busiest time. [[organisation:Castlegate Surgery]]
    """)),
    ("health", "success", prose("""
        not sure if this is the right place but my manager said to log it. had a call monday about 10am
        from a lady wanting an appt for her husband, said his speech was a bit slurred and his face
        looked funny since breakfast. i remembered the {{FAST}} poster from our {{care navigation}}
        training so i didnt book him in, i told her to ring {{999}} and stayed on the line while her
        daughter did. he went to [[organisation:kingsford general]] and it was a {{stroke}}, they gave him the
        {{clot busting}} drug. daughter [[name:summer]] phoned today to say he's home and talking. patient
        was mr [[name:gallagher]], [[age:67]]. thanks to dr [[name:O]] for the training.
        [[name:bec]], {{reception}}, [[organisation:old mill surgery]]
    """)),
    ("health", "incident", block("""
        Datix ref: [[case_reference:DTX-2024-11873]]
        Date of incident: [[date:09/05/2024]]
        Location: patient's home - [[address:43 Quarry Bank]], [[postcode:NE12 8RS]]
        Category: Staff injury / lone working
        Reported by: [[name:Marta Sousa]], {{Community Staff Nurse}}

        What happened:
        Dog bite to right hand on arrival for {{wound care}} visit. Dog (Bruno, a Staffie) is usually shut
        in the kitchen; the patient's grandson let it out. Puncture wounds, cleaned on site, seen at
        [[organisation:Riverside Walk-in Centre]], started {{co-amoxiclav}}.

        Contributing:
        - no dog warning on the {{SystmOne}} patient alert
        - {{lone worker device}} not charged

        Immediate actions: paired visits until reviewed; alert added; patient agreed the dog is secured
        before every visit.
        Manager: [[name:Gareth Pugh]], {{Team Leader}}
    """)),
    ("health", "near_miss", prose("""
        Near miss with the vaccine fridge at [[organisation:Hillcrest Health Centre]]. Monday morning the
        {{data logger}} showed the fridge had reached 11.2C over the weekend (range should be 2-8C). The
        {{min/max thermometer}} had been reset on Friday evening so it looked normal, and our HCA
        [[name:Lola]] nearly started the {{flu clinic}} with that stock. [[name:Lola]] downloaded the
        logger because of what she'd learned on the {{Green Book}} refresher. We quarantined everything
        (about £4k of {{LAIV}} and adult flu vaccine), contacted the manufacturers and recorded it on
        {{ImmForm}}. Cause: the fridge plug was on a switched socket and a contractor switched it off
        to use a floor polisher. Now on a switchless socket labelled DO NOT SWITCH OFF, and the logger is
        checked daily, not just the thermometer. [[name:Ngozi Eze]], {{Lead Nurse}}
    """)),
    ("health", "success", prose("""
        Good practice, reasonable adjustments. [[name:Ellis]] ([[age:24]], {{learning disability}} and
        {{autism}}, very frightened of needles) hadn't had bloods taken for four years. For his
        {{annual health check}} our {{LD nurse}} [[name:Bridget]] did a pre-visit with his support worker
        from [[organisation:Cedar Homes Supported Living]], made an {{easy read}} photo story of the room
        and the nurse, booked the first slot of the day so there was no waiting room, and arranged
        {{EMLA}} cream to go on at home. Dr [[name:Frances Achterberg]] did the check with him sitting in
        his own wheelchair by the back door. Bloods done first time; found {{hypothyroidism}}, now on
        {{levothyroxine}}. His mum [[name:Jackie]] said it was the first time anyone had asked him how he
        wanted it done.
    """)),
    ("health", "incident", prose("""
        Delay to a {{2WW}} referral. Mrs [[name:K. Nguyen]], [[age:58]], seen on [[date:3rd April]] with
        post-menopausal bleeding. Dr [[name:Sadiq]] started the referral on {{e-RS}} but it stayed in
        draft because the attachment wouldn't upload, and nobody noticed. She rang on [[date:22nd April]]
        asking why she'd heard nothing. Referral sent that day and she was seen in the gynae clinic at
        [[organisation:Kingsford General]] on [[date:29/04]], 26 days rather than 14. Outcome awaited. We
        have apologised and been open with her under {{Duty of Candour}}. Learning: the tracker kept by
        [[name:Hayley]] in admin only logged referrals once sent, not once started. Now every {{2WW}}
        decision is logged at the point of consultation and checked daily against the {{e-RS}} worklist.
        [[organisation:Ashgrove Medical Practice]]
    """)),
    ("health", "near_miss", block("""
        Telephone / message log - [[organisation:Castlegate Surgery]]
        [[date:18/10]] 09:14 Pt [[name:Daniel Ohene]] (DOB [[date_of_birth:21/02/1990]]) rang, hasn't had
          his {{chlamydia}} result. Mobile on record: [[phone:07700 900155]]
        09:16 Pt gives mobile as [[phone:07700 900515]]. Digits transposed at registration.
        09:20 Checked {{AccuRx}}: result SMS queued for 10:00 to the wrong number. Cancelled.
        09:25 Number corrected, ID confirmed with 3 identifiers, result given by {{Practice Nurse}}
          [[name:Fern]].
        10:05 Registration lead [[name:Ali]] informed.
        Learning: new registrations - read mobile numbers back to the patient and send a test text
        before any results go by {{SMS}}. {{sexual health}} results to use "please call us" wording only.
    """)),
    ("health", "success", block("""
        Subject: FW: Thank you to the team

        Hi all - forwarding this lovely email from a patient's husband (shared with his permission).

        > Dear [[organisation:Fenby & Marsh District Nurses]],
        > I want to thank [[name:Mags]], [[name:Chidi]] and [[name:Hannah Rees-Morgan]] for looking after my
        > wife [[name:Brenda]] in her last weeks. [[name:Chidi]] came out at 11pm when the pump alarmed and
        > sat with us until it was sorted. You always rang to say when you'd be late.
        > [[name:Geoff Lister]], [[address:2 Orchard Rise, Fenby]]

        Learning for us: the {{ReSPECT}} form and {{key safe}} code were correct on {{SystmOne}}, so the
        night team got in without waking him. The {{syringe driver}} alarm was an occlusion. Let's keep
        checking lines at every visit as we've been doing.

        [[name:Mags]]
        {{Team Leader}}
    """)),
    ("health", "incident", prose("""
        Wrong child x-rayed. Two unrelated children with the same surname were waiting in
        {{minor injuries}} at [[organisation:Riverside Walk-in Centre]] on [[date:6 Aug]]:
        [[name:Oliver Shah]] ([[age:9]], query fractured wrist) and [[name:Olivia Shah]] ([[age:10]],
        query ankle). The {{radiographer}}, [[name:Bhavna]], called out "[[name:Oli Shah]]" and the wrong mum
        stood up. The {{request form}} was for an ankle but the child said it was his wrist that hurt; the mum
        mentioned the ankle was sore too, so the ankle was imaged. The {{PACS}} worklist was down so the
        usual DOB-on-screen check wasn't there. Unintended exposure reported to {{CQC}} under {{IR(ME)R}}; both
        families told. Learning: always 3-point ID including DOB and address, even when systems are down,
        and don't call patients by first name and surname alone.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        During my second solo at [[organisation:Westmoor Flying School]] on [[date:27 May]] I taxied
        [[aircraft_registration:G-BXRT]], a {{PA-28}}, back to the apron and clipped the left wingtip on
        the hose reel of the fuel bowser, which was parked further out than normal. Tip fairing cracked;
        aircraft grounded until engineer [[name:Petra]] inspected it. Human factors: I was rushing because
        I was late for the {{debrief}}, the sun was low in the windscreen and the {{taxi line}} near the
        pumps is worn away. My instructor [[name:Cal]] had told me to stop and ask for a
        {{wing walker}} if ever in doubt, and I didn't. CFI [[name:Alan Brookes]] has had the line
        repainted and the bowser now parks in a marked box. {{MOR}} sent to the {{CAA}}.
    """)),
    ("aviation", "near_miss", prose("""
        {{HEMS}} near miss with wires. Tasked [[date:12/09]] to an RTC near [[address:Cold Harbour Farm]]
        in [[aircraft_registration:G-HNAA]]. I selected a field next to the scene. The {{TFO}},
        [[name:Becky Olufemi]], spotted a single-span power cable along the field edge during the
        {{recce}} orbit; it was only visible against the hedge from the south, and we had done our
        {{high recce}} from the north. Landing point moved 150m east, landed without incident. Learning:
        the wire wasn't on the {{moving map}} and we'd become comfortable with one-direction recces in
        daylight. We've added a standard call 'wires: checked both sides' before committing, and the
        span has been reported for the {{obstacle database}}. [[name:R. Lindgren]], {{HEMS pilot}}
    """)),
    ("aviation", "success", prose("""
        Good catch on the {{AS350}} [[aircraft_registration:G-OMCJ]] during its 100-hour check at
        [[organisation:Ridgeway Rotorcraft Engineering]]. {{B1}} engineer [[name:Kwame Asante]] found a
        wiring loom chafing against a {{P-clip}} behind the {{hydraulic}} reservoir, through to the
        screen on two wires. It wasn't on the {{task card}}; he'd looked beyond the panel because he
        heard the clip rattle when he removed it. Work order [[case_reference:WO-24-0613]]. We checked
        the other three aircraft and found the same early wear on one. Reported to the
        {{type certificate holder}}. Thanks [[name:Kwame]], a great example of not just signing for what
        you're asked to look at.
    """)),
    ("aviation", "incident", block("""
        Occurrence summary - [[organisation:Ridgeway Rotorcraft Engineering]]
        Internal ref: [[case_reference:RRE-OCC-2024-019]]
        Aircraft: {{EC135}} [[aircraft_registration:G-KSEA]]
        Date: [[date:03/03/2024]]

        Sequence:
        - 14:10 engine wash complete, cowlings closed by mechanic ([[name:DW]])
        - 14:40 {{duplicate inspection}} signed by [[name:SH]]
        - 15:05 ground run; abnormal rattle, run stopped
        - 15:20 10mm spanner found on engine deck. No ingestion, no damage.

        Tool control: spanner came from a personal toolbox, not the shadow-boarded {{tool store}}.
        Why: shift change at 14:30 and the {{tool check}} was skipped; outgoing thought incoming had it.

        Actions: no personal toolboxes on the hangar floor; tool tally before closing any panel;
        {{MOR}} submitted to the {{CAA}}.

        [[name:Helen Strachan]], {{Quality Manager}}
    """)),
    ("aviation", "near_miss", block("""
        Student cross-country, [[aircraft_registration:G-CFWK]], [[date:Thurs 18 April]]. Radio as best
        I remember it plus the school's recording:

        ATC ([[organisation:Kingsford Radar]]): "[[aircraft_registration:G-WK]], you are one mile from the
        {{CTA}} boundary heading towards it, turn left heading two seven zero immediately, traffic is an
        {{A320}} descending through four thousand"
        Me: "left two seven zero, [[aircraft_registration:G-WK]]"
        ATC: "[[flight_number:EZY1472]], avoiding action, turn right heading zero three zero"

        What went wrong: I'd loaded the wrong route on {{SkyDemon}} (last week's version) and was
        following the magenta line instead of my {{PLOG}}. I was on the {{listening squawk}} which is why
        they could call me. No {{infringement}} in the end but [[flight_number:EZY1472]] had to turn.
    """)),
    ("aviation", "success", prose("""
        Instructor report. Student [[name:Imogen]], [[date:4 July]], [[aircraft_registration:G-CFWK]]
        ({{C152}}). Rough running at 2,000ft; before I said a word she applied {{carb heat}}, turned for
        the field and did her {{FREDA}} check. Cleared after a few seconds: {{carburettor icing}}, temp 14,
        dew point 12. She'd flagged it from the {{carb icing chart}} at the brief. Textbook. [[name:Tariq]] ({{FI}})
    """)),
    ("aviation", "incident", prose("""
        Cabin safety issue on the [[date:14th Jan]] mission. After lifting from the {{helipad}} at
        [[organisation:Kingsford General]] in [[aircraft_registration:G-HNAA]] with a ventilated patient,
        a {{drugs bag}} that hadn't been restrained slid forward towards the pilot's seat in turbulence.
        {{Critical care paramedic}} [[name:Jordan Whitfield-Ames]] grabbed it. Root cause: after the {{RSI}}
        on scene the kit was repacked in a hurry, and the bag strap had been taken off earlier to repair
        a buckle and not refitted. 'Cabin secure' was called by Dr [[name:Farah Qureshi]] without
        physically checking. Actions: strap replaced, {{cabin secure}} is now a challenge and response,
        and strap condition is on the {{daily inspection}}. Capt [[name:Neil Haworth]]
    """)),
    ("aviation", "success", block("""
        From: [[name:Gordon Fyfe]] <[[email:g.fyfe@ridgewayrotor.example.co.uk]]>
        To: All engineering staff
        Subject: Night shift handover - thank you

        All,

        Six weeks into the new written {{handover sheet}} and I want to say thanks. Last night
        [[name:Aleksandra]] picked up that the {{MGB}} oil filter on [[aircraft_registration:G-OMCJ]] had been
        removed but the {{task card}} wasn't stamped, because it was on the handover sheet in black and
        white. Under the old "quick chat by the kettle" system that could easily have been missed.

        Thanks to [[name:Dev]] ({{B1}}) and [[name:Lyndsey]] ({{planner}}) who designed the form, and to [[name:Aleksandra]]
        for challenging it rather than assuming.

        Rev 3 attached. Keep the comments coming - handovers are where the {{Dirty Dozen}} bite.

        [[name:Gordon]]
        {{Chief Engineer}}
    """)),
    ("aviation", "near_miss", prose("""
        Near miss at the pumps, [[organisation:Westmoor Airfield]]. A {{Jet A-1}} bowser pulled up to
        [[aircraft_registration:G-BXRT]] (a piston {{PA-28}}, {{Avgas 100LL}} only). The student,
        [[name:Kofi]], was doing his {{walk-round}} and noticed the nozzle was the wide jet type, and
        stopped the refueller before any fuel went in. Refueller [[name:Lewis]] was in his second week
        and the job sheet just said 'fill to tabs'. Nobody had shown him the placards by the filler
        caps. Actions: fuel type written on every fuel request, new fuel placards fitted, and new staff
        are signed off by the {{ops manager}} before fuelling alone. Well done [[name:Kofi]] for speaking
        up. Reported by [[name:Maggie Thorne]], {{CFI}}.
    """)),
    ("aviation", "incident", prose("""
        Incorrect part fitted to [[aircraft_registration:G-KSEA]]: a {{tail rotor}} pitch link. It came
        from stores with a {{CAA Form 1}} for the right part number but a different dash number, which
        is for a different mod standard. I fitted it ([[name:Ian MacAulay]], {{B1}}, licence
        [[case_reference:UK.66.40871K]]). It was found by the independent inspector, [[name:Zofia]], at the
        {{duplicate inspection}} when she checked it against the {{IPC}}. The aircraft did not fly. Why:
        our stores system cuts part numbers off after 12 characters, so the pick list and the label looked
        the same, and I didn't check the Form 1 itself. Ref [[case_reference:RRE-OCC-2024-027]]. Stores
        software fix requested; full P/N check added to the fitting card.
    """)),
    ("aviation", "success", prose("""
        Positive. Night landing at an RTC on the bypass on [[date:2 Nov]]. Police had already closed both
        carriageways, and PC [[name:Okoro]] parked two patrol cars with headlights crossing the landing
        site as we'd asked over the {{Airwave}} talkgroup. Our {{critical care car}}
        ([[vehicle_registration:LJ23 HFA]]) was on scene first and the doctor gave a clear {{METHANE}}
        brief, so we knew about the lamp posts before we arrived. Landed on {{NVG}} with no surprises.
        Patient had an {{RSI}} on scene and was flown to [[organisation:Kingsford Major Trauma Centre]],
        25 minutes door to CT. Good joined-up work; pilot [[name:Olu]] wants the police comms
        arrangement written into our {{landing site}} SOP. - [[name:T. Hargreaves]], {{HEMS}} paramedic
    """)),
    ("aviation", "incident", block("""
        Report form - student pilot
        Name: [[name:Ethan Ng]]
        Student no: [[case_reference:WFS-0482]]
        Aircraft: [[aircraft_registration:G-CFWK]]
        Date: [[date:21/08/2024]]

        What happened: On my {{qualifying cross-country}} I flew through the {{ATZ}} at
        [[organisation:Hadley Airfield]] without calling them. I'd planned to go round it but a shower
        pushed me north and I was busy with the {{diversion}}. Their {{A/G}} operator called me on the
        frequency I'd just left.

        Why: I didn't re-brief the airspace after changing track. Too much {{heads down}}.

        What went well: I took {{Basic Service}} afterwards and I reported it myself when I landed.

        Instructor comment ([[name:Cal]]): good honest report. We'll fly a diversion with
        {{airspace}} re-briefing next lesson.
    """)),
    ("aviation", "near_miss", prose("""
        Near miss - {{duplicate inspection}} nearly missed. On nights, [[name:Ravi]] reconnected the
        {{tail rotor}} control rod on [[aircraft_registration:G-OMCJ]] and the card was left open for the
        independent check, but the {{handover sheet}} said 'TR rod done'. Day shift took 'done' to mean
        inspected and the aircraft was towed out for the {{air test}}. {{Licensed engineer}}
        [[name:Bronwen Tudor-Price]] walked round it, saw the card still open in the {{tech log}} and stopped
        it before the rotors turned. No flight. Learning: we've banned the word 'done' on handover sheets;
        it has to say 'fitted, awaiting dupe' or 'fitted and dupe signed'. [[organisation:Ridgeway Rotorcraft Engineering]]
    """)),
    ("aviation", "success", prose("""
        I want to put on record something that went right. On [[date:Saturday 9th March]] I was rostered to
        instruct a {{PPL}} student for a {{navex}} at 08:00 at [[organisation:Westmoor Flying School]].
        I'd had about four hours sleep after a family emergency. Using the {{IMSAFE}} checklist I stood
        myself down at 07:15 and rang the {{Head of Training}}, [[name:Maggie Thorne]], who covered the
        slot herself and said thank you rather than making me feel bad. The student, [[name:Zainab]], got
        her navex and I flew the next day. I'm sharing because a year ago I'd have just gone - we all
        know the pressure when a student has driven an hour to fly. Our {{just culture}} statement
        actually meant something here. [[name:Jamie]], {{FI(R)}}
    """)),
    ("aviation", "incident", prose("""
        Hangar door strike during towing at [[organisation:Ridgeway Rotorcraft Engineering]] on
        [[date:28/11]]. [[aircraft_registration:G-KSEA]] was being towed in with a {{tow tug}} and the
        {{main rotor}} blade tip touched the hangar door frame. Team was three: tug driver and two
        {{wing walkers}}, but one walker ([[name:Leon]]) left to answer the phone at the office door. {{Blade tip cap}}
        damaged, blade sent for assessment. No injuries. Why: dark, wet, door half open because of the
        wind, and we'd not tied the blades fore and aft. Actions: minimum three people and no one leaves
        mid-tow, blades tied before any tow, and the door fully open or no tow. {{MOR}} raised.
        [[name:Craig]], {{Hangar Supervisor}}
    """)),
    ("aviation", "success", block("""
        DEBRIEF NOTES - medical diversion, [[date:16/05/24]]
        Crew: [[name:Sam Ellwood]] (pilot), Dr [[name:Anjali Rao]], [[name:Pete]] (CCP)
        Aircraft: [[aircraft_registration:G-HNAA]]

        Tasked to meet [[flight_number:LS1827]], diverted into [[organisation:Kingsford Airport]] with a
        passenger in cardiac arrest, {{ROSC}} achieved by cabin crew with the onboard {{AED}}.
        - Airport fire service had us airside at the stand 3 mins after landing
        - Cabin crew lead [[name:Ana Paula]] gave an excellent handover incl. times of shocks
        - {{ECMO}} centre accepted within 20 mins, flown direct

        What went well: airport ops phone number ([[phone:+44 1632 960477]]) saved in the tasking desk
        system from last year's exercise. What could be better: no stand number passed via {{ARCC}},
        lost a few minutes on taxi. Crew to feed back to the {{Critical Care Desk}}.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind121", REPORTS))


if __name__ == "__main__":
    main()
