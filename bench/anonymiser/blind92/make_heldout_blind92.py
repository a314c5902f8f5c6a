"""Held-out blind corpus 92: confidential just-culture reports from Northern Ireland and the North of England.

Social care, health and aviation practitioners in HSC trusts, rural townlands, North East and Cumbrian
councils, virtual wards and remote-monitoring services, and helicopter emergency medical services write
about what went wrong and what went right. Styles mix formal incident forms and e-mails with informal
chats and notes; some writers use surnames only or nicknames, and several quote conversations, phone
calls and radio exchanges. Irish, Scottish, Gaelic-origin and many other names appear.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind92.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        Referral came through {{Gateway}} on [[date:Thurs 6 Feb]] re a [[age:4]]yo, address given as
        [[address:Hillview, Carnmore Road, Drumnaha]] [[postcode:BT47 9HX]]. Me and [[name:Orla]]
        ({{student social worker}}) went out same day. Turns out there are two houses called [[address:Hillview]] in
        the {{townland}} and we knocked the wrong one. The lady there knew the family and started asking
        questions on the doorstep, and [[name:Orla]] said "we're from the {{Trust}} about wee [[name:Cian]]"
        before I could stop her. Breach of confidentiality, no harm to the child that we know of, but
        the neighbour is related to dad's ex. Logged as [[case_reference:DTX-WH-55173]]. Learning: rural
        townland addresses in the [[organisation:Western HSC Trust]] patch need the {{Pointer}} reference
        or a landmark checked before a first visit, and students get briefed to say nothing until we've
        confirmed who we're talking to. [[name:Orla]] was upset; we had a proper debrief with my
        {{senior practitioner}} after and she's grand now. - [[name:Ciaran McG]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[email:fionnuala.breslin@examplehsc.org.uk]]
        To: [[email:cwd.duty@examplehsc.org.uk]]
        Subject: Near miss - review letter

        Hi all,

        Flagging this for the {{learning log}} before I forget. On [[date:14/03/25]] I drafted the
        {{Direct Payments}} review letter for [[name:Seamus Donnelly]] (ref [[case_reference:SET-CWD-20419]])
        by copying last week's letter for another family. [[name:Bernie]] in {{admin}} spotted that page two
        still had the other family's address ([[address:9 Kilmore Gardens]], [[postcode:BT24 8LQ]]) and
        their child's date of birth. She rang me: "[[name:Fionnuala]], this one has the wrong wean on page
        two, will I shred it?" Yes please!!

        Nothing went out. Only the draft was saved on {{PARIS}}.

        Learning: we need to stop cloning letters. The {{Self-Directed Support}} template is now locked
        on the {{shared drive}} and [[name:Bernie]] has offered to do a quick check on anything going out
        with financial details.

        [[name:Fionnuala Breslin]]
        {{Senior Social Worker}}, [[organisation:Children with Disability Team, Downpatrick]]
    """)),
    ("social_care", "success", prose("""
        Wanted to log a good one. Mr [[name:Farhad Ahmadi]], [[age:81]], came to us on {{reablement}}
        after a fall, with a {{pendant alarm}} and a {{bed sensor}}. On [[date:22nd January]] the
        {{monitoring centre}} rang [[name:Dawn]] on our team at 02:10 because the sensor showed he'd not
        got back into bed for 40 mins. [[name:Dawn]] tried his nephew [[name:Reza]] on
        [[phone:07700 900417]], no answer, so she went round herself, she lives five minutes from
        [[address:3 Hendon Court]]. Found him on the bathroom floor, cold but chatting. Paramedics did
        {{NEWS2}}, all fine, no admission. What went right: the out-of-bed threshold had been set to 30
        minutes not the default 60 because [[name:Ravi]] our {{OT}} noticed Mr [[name:Ahmadi]] is up a
        lot in the night. That one tweak probably saved him a long lie. Sharing so other teams check
        {{Telecare}} thresholds at set-up instead of leaving the factory setting.
        [[name:K. Hutchinson]], {{Team Leader}}, [[organisation:Sunderland Reablement South]]
    """)),
    ("social_care", "incident", block("""
        Teams chat copied into incident log [[case_reference:CUM-RES-2411-07]] by {{Registered Manager}},
        [[organisation:Beckside House]]

        [21:42] [[name:Shaz M]]: anyone seen [[name:Kayden]]? not in his room
        [21:43] [[name:Big Dave]]: went out for a smoke about 9, said 10 mins
        [21:44] [[name:Shaz M]]: thats 40 mins [[name:dave]]
        [21:51] [[name:Big Dave]]: rang his mob [[phone:07700 900662]] straight to voicemail
        [22:20] [[name:Shaz M]]: shall we ring it in?
        [22:21] [[name:Big Dave]]: give it till half 10 he always comes back

        Manager's reflection: staff followed habit, not the {{missing from home}} plan for
        [[name:Kayden]] ([[age:14]]), which says report to {{Cumbria Police}} at 30 minutes because of
        {{CSE}} risk. He was found at 01:15 in a car near the retail park with two adults. The
        {{Philomena Protocol}} form on file was a year out of date. Learning: plan re-shared, a
        laminated one-page summary is in the office, and [[name:Dave]] and [[name:Sharon]] are being
        supported through supervision, not blamed. The system let this drift, not just them.
    """)),
    ("social_care", "success", prose("""
        Positive practice note, Adult Safeguarding, [[organisation:Northern HSC Trust]]. On
        [[date:3 October 2024]] the {{Designated Adult Protection Officer}} received a call from
        [[name:Aoife Loughran]], a teller at [[organisation:Causeway Community Credit Union]]. She said:
        "I'm probably overstepping, but Mrs [[name:Ó Catháin]] has taken out four thousand twice this
        week and she's never done that in twenty years. There's a young fella waits in the car." Mrs
        [[name:Margaret Ó Catháin]] (DOB [[date_of_birth:11/07/1939]], H&C number
        [[nhs_number:689 889 4196]]) lives alone at [[address:Lisnagat House, Dromore Road]]. A protection
        plan was agreed with {{PSNI}} that afternoon under the {{Joint Protocol}}; the account was paused
        with her consent and she was supported to speak to a {{solicitor}}. What went right: a front-line
        teller trusted her gut and knew who to ring, because the Trust had run a
        {{Safeguarding Champions}} session for local credit unions earlier in the year. We will repeat it.
        [[name:P. Mulholland]], DAPO
    """)),
    ("social_care", "near_miss", prose("""
        near miss on my evening run. We've got two clients on the same street with the same surname,
        Mrs [[name:Hope]] at [[address:12 Coldwell Terrace]] and Mr [[name:Hope]] at
        [[address:31 Coldwell Terrace]], not related. The {{rota app}} had swapped the call notes so I
        walked into no. 31 with the {{blister pack}} meant for no. 12. [[name:Summer]] was double-up with
        me and read the name on the {{MAR chart}} out loud like we were taught on induction, and he says
        "that's not me pet, that's the lass at twelve, she's on the water tablets." Nothing given. Rang
        the office, [[name:Lorraine]] fixed it on {{CarePlanner}} in about two minutes. If I'd been on my
        own at 9pm and tired I'm not sure I'd have read it out. Please can we get a photo on the
        {{eMAR}} front sheet for everyone. [[name:Tash]] ({{care assistant}},
        [[organisation:Tyne Valley Homecare]])
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - ADULT SOCIAL CARE
        Ref: [[case_reference:NCC-ASC-25-00312]]
        Date: [[date:18/02/2025]]   Time: 03:40
        Service: [[organisation:Coquet View Care Home]], [[address:Harbour Road, Amble]], [[postcode:NE65 0QA]]
        Reported by: [[name:Hunter]] ({{Night Senior}})
        Person affected: [[name:E.R.]], [[age:92]], {{vascular dementia}}

        What happened: Resident left by the side fire exit. The {{door alarm}} on that exit had been
        muted for the {{fire drill}} on [[date:16 Feb]] and nobody reset it. A neighbour,
        Mr [[name:Szymański]], saw her in the car park in her nightie and rang us on
        [[phone:0191 498 0218]]. Back inside in under 10 minutes, obs normal, GP reviewed next morning.

        Immediate actions: alarm reset, all exits checked, {{CQC}} notified, family informed
        ([[name:E.R.]]'s son [[name:Graham]]).

        Learning: the drill checklist now has a 'reset alarms' sign-off line. Not a blame issue - the
        drill sheet never had it on.
    """)),
    ("social_care", "success", prose("""
        Credit where due to [[name:Quinn]] and [[name:Devlin]] from the
        [[organisation:Dungannon Family Support Hub]]. Family was referred by
        [[organisation:St Colmcille's PS]] because [[name:Odhrán]] ([[age:7]]) was arriving hungry and
        his {{mum}} had stopped answering the school. [[name:Quinn]] rang her {{every Tuesday}} for a
        month and never once sounded like {{Social Services}}; [[name:Devlin]] got the {{Sure Start}}
        worker and the {{Housing Executive}} round the one table. Mum said to me at review: "See that
        [[name:Devlin]] one, she didn't judge me about the damp or the drink." Step-down below
        {{UNOCINI}} threshold was agreed on [[date:12/11/24]] and the school says things are steady.
        What worked: consistency, plain language, one key worker. Our {{Principal Social Worker}} wants
        it used in induction. - [[name:McAleer]], {{Family Intervention Team}}
    """)),
    ("social_care", "incident", prose("""
        Data breach following a {{Section 47}} strategy discussion on [[date:27 January 2025]]. I was asked
        to circulate the minutes to the child's {{mother}}, Ms [[name:Agnieszka Kowalczyk]], at
        [[email:a.kowalczyk@example.co.uk]]. {{Outlook}} autocomplete offered
        [[email:a.kowalski@example.org]], which belongs to a parent from an unrelated case on my
        caseload, and I accepted it without checking. The recipient, Mr [[name:Kowalski]], replied within
        the hour to say he had received the wrong document and had deleted it; he was courteous about it.
        The minutes included the child's name, school ([[organisation:Harehills Park Primary]]) and
        details of a police investigation. The breach was reported to {{Information Governance}} as
        [[case_reference:IG-LCC-2025-0144]] and Ms [[name:Kowalczyk]] was told in person with an
        interpreter. Learning for me and the team: autocomplete cache cleared, and external minutes now
        go through {{Egress}} with a second-person check. [[name:R. Sandhu]], {{Social Worker}},
        [[organisation:Leeds Children's Social Work Service East]]
    """)),
    ("social_care", "success", block("""
        Call note - [[date:Sat 8 March]], 14:05
        Caller: [[name:Precious]], {{senior carer}}, [[organisation:Moorside Lodge]] ([[postcode:BD9 6RT]])
        Taken by: [[name:Jamal]], {{Virtual Ward}} nurse

        [[name:Precious]]: "Hiya, it's [[name:Precious]] at [[organisation:Moorside]], the tablet's
        flagged [[name:Edna]] in room 6 amber, her sats are 91 and she's a bit muddly."
        [[name:Jamal]]: "Is that new for her? Have you done the {{RESTORE2}}?"
        [[name:Precious]]: "{{NEWS2}} is 5. She's normally chatty, today she's not touching her tea.
        I've done the {{soft signs}} bit too."
        [[name:Jamal]]: "Brilliant. Keep her sat up, push fluids, I'll get the {{ACP}} to video call you
        within 20 minutes."

        Outcome: {{ACP}} [[name:Siobhan Kerr]] reviewed over video, started antibiotics for a chest
        infection, [[name:Edna]] stayed at home, no 999 call and no trolley wait.
        Why it worked: staff trusted the soft signs, not just the number, and had the escalation
        card by the phone.
    """)),
    ("social_care", "near_miss", prose("""
        Nearly signed the wrong consent form. I'm a {{foster carer}} with the
        [[organisation:South Eastern Trust]] fostering service and we have two wee girls in placement,
        [[name:Saoirse]] ([[age:6]]) and [[name:Caoimhe]] ([[age:9]]), not sisters. The {{dental practice}}
        phoned on [[date:2nd April]] to confirm a {{general anaesthetic}} extraction for "[[name:Caoimhe]]"
        but read out [[name:Saoirse]]'s date of birth. I nearly said yes on autopilot. I caught it only
        because [[name:Saoirse]]'s birthday is the week after mine. I rang our {{link worker}},
        [[name:Ruairí]], who said "Don't sign anything, I'll ring them, it's the Trust holds
        {{parental responsibility}} anyway." Their system had merged two records under the same
        {{Looked After Children}} address. Sorted before the appointment. Carers should be told clearly
        who can consent, and practices should use the child's {{H&C number}} rather than the foster
        address. - foster carer ([[name:Bridie]])
    """)),
    ("social_care", "incident", prose("""
        Long one, sorry. {{MHA}} assessment for a [[age:34]] year old man, [[name:Tommo]] to everyone
        ([[name:Thomas Brackenbury]]), at his mam's house, [[address:44 Seaton Terrace]]. Assessment
        done by 11:00, all agreed on {{Section 2}}. No bed until 19:30 and the ambulance came at 23:50.
        PC [[name:Oyelaran]] and PC [[name:Whitfield]] stayed the whole time. At about 8pm
        [[name:Oyelaran]] said to me "We can't leave, we can't take him, and there's nowhere to take him
        to" which summed it up. [[name:Tommo]] got more agitated as the day went on and punched a door.
        Logged [[case_reference:TEWV-AMHP-2503-19]]. Learning: escalation to the {{Bed Manager}} and the
        {{on-call director}} happened far too late, and we need an agreed trigger at 4 hours. What went
        right: his mam kept making tea and the same faces stayed, which kept things calmer than they
        could have been. [[name:Jules]] ({{AMHP}}, [[organisation:Tees Valley AMHP Service]])
    """)),
    ("social_care", "success", prose("""
        Small win but it took four months. [[name:Mehmet]] ([[age:19]]) came to the UK as an
        {{unaccompanied asylum-seeking child}} and is now on our {{Leaving Care}} caseload. His
        {{Universal Credit}} claim kept failing because {{DWP}} had two records, one under
        [[name:Mehmet Yildiz]] and one under [[name:Mehmed Yıldız]], and his NI number
        ([[ni_number:PA 47 19 83 B]]) was attached to the wrong one. [[name:Ferguson]] at the
        {{Jobcentre}} finally phoned me directly: "I can see it, I just need you to bring him in with the
        {{Home Office}} letter." We went in on [[date:9 Dec]], records merged, first payment landed the
        week after. His tenancy at [[address:Flat 2, 17 Claypath Court]] [[postcode:DH1 1QS]] is now
        secure. Learning: personal advisers should ask for a named contact at the Jobcentre early instead
        of ringing the helpline. - [[name:Lou]] ({{Personal Adviser}})
    """)),
    ("social_care", "incident", block("""
        From: [[email:gerry.oneill@example-hsc.net]]
        To: [[email:homecare.north@example-hsc.net]]
        Date: [[date:9 January 2025]]
        Subject: Missed calls - hill round, [[date:08/01]]

        Morning [[name:Niamh]],

        Logging for the learning panel. Last night's snow meant three of my evening calls were missed.
        The car ([[vehicle_registration:LKZ 4471]]) couldn't get up [[address:Ballysillan Brae]] at all.
        Mr [[name:Kerr-Bingham]] ([[age:88]], {{insulin}} at tea time) was one of them. I rang his
        daughter [[name:Alison]] at 17:40 and said "I can't get up the hill, can you do his pen?" She
        could, but that's not right, she's not trained and nobody told the {{district nurse}}.
        The {{rostering system}} showed the round as completed because [[name:Paddy]] had pressed the
        button to clear the alerts.

        What I think we need: a snow plan for the hill rounds and a rule that nobody clears a missed
        visit without phoning the {{coordinator}}.

        [[name:Gerry O'Neill]]
        {{Domiciliary Care Worker}}, [[organisation:Belfast HSC Trust Homecare]]
    """)),
    ("social_care", "near_miss", prose("""
        {{DoLS}} near miss. Mrs [[name:Olumide]]'s standard authorisation at
        [[organisation:Helm View Nursing Home]] was due to expire on [[date:30/04/2025]] and the renewal
        request had never been sent. I only noticed because her {{RPR}}, her nephew [[name:Tunde]],
        emailed from [[email:tunde.o@example.com]] asking when the {{BIA}} was coming. Rang the home, the
        manager said "we thought the council diarised it." We didn't; our tracker only reminds the home.
        Request went in on [[date:24 April]] and an {{urgent authorisation}} wasn't needed in the end.
        Without [[name:Tunde]] she would have been deprived of her liberty without lawful authority for
        weeks. Fix: both ends now get a 28-day reminder from {{LAS}}, and expiry dates are on the
        {{Mental Capacity Act}} tracker. [[name:Bryony]], [[organisation:South Lakes DoLS Team]]
    """)),
    ("social_care", "success", block("""
        Supervision note (extract) - learning to share
        Practitioner: [[name:Eimear]] ({{Family Support Worker}})
        Supervisor: [[name:C. Ní Dhuibhir]]
        Date: [[date:15/05/2025]]

        [[name:Eimear]] described how staff at [[organisation:Naíscoil na Fuiseoige]] and the
        {{health visitor}} picked up [[name:Tadhg]]'s speech delay early (he is [[age:3]]).
        Joint {{Sure Start}} referral, {{SLT}} assessment within six weeks, home visits in Irish and
        English.
        Mum [[name:Róisín]] told her: "Nobody ever rang me back before. This time they did."
        What helped: one shared plan, phone calls instead of letters, and the naíscoil leader
        [[name:Máiréad]] coming to the first {{Family Support Plan}} meeting.
        Agreed: [[name:Eimear]] to present at the next {{Early Intervention}} forum.
    """)),
    ("social_care", "incident", prose("""
        Left my work laptop on the 17:12 to Middlesbrough on [[date:Friday 21st March]]. Asset tag
        [[case_reference:RCBC-LT-40917]], encrypted with {{BitLocker}}, no paper files with it. Reported to
        the {{IT Service Desk}} and my manager [[name:Gaz]] within the hour, and to
        {{British Transport Police}}, ref [[case_reference:BTP-2503-7712]]. A conductor found it and
        handed it in at Darlington. Learning: I was tired and rushing after a
        {{child protection conference}}. Don't write your notes up on the train. - [[name:Amrit]],
        {{Child in Need}} team
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Virtual ward, respiratory pathway. Mr [[name:Desmond Brogan]] ([[age:71]], NHS
        [[nhs_number:872 195 0008]]) was on day 3 with us after a {{COPD}} exacerbation, monitored with a
        {{pulse oximeter}} paired to the {{Doccla}} tablet. Between 22:00 and 06:30 on [[date:11/12/24]] no
        readings came through. The dashboard showed a grey icon, not a red one, so the night nurse
        assumed he was asleep. At 07:15 his wife rang: "He's been breathing funny since three, I tried
        the machine and it's just spinning." Their home Wi-Fi had dropped. He was admitted to
        [[organisation:Ward 7, Tyneview General]] for {{NIV}} and has recovered. Datix
        [[case_reference:W-STVW-118842]]. Learning: no data has to be treated as an alert, not as
        reassurance. The escalation {{SOP}} has been rewritten and devices now fall back to {{4G}}.
        [[name:Kim]] ({{Band 6}}, [[organisation:South Tyneside Virtual Ward]])
    """)),
    ("health", "success", block("""
        Call summary - [[organisation:Northern Trust Hospital at Home]]
        [[date:Sun 16 Feb]], 10:20
        Patient: Mrs [[name:Bríd Mac Aoidh]], [[age:87]], H&C [[nhs_number:292 992 6724]]
        Caller: daughter [[name:Gráinne]] ([[phone:+353 87 900 0142]], lives in Donegal)

        [[name:Gráinne]]: "{{Mammy}}'s not right, she didn't know who I was this morning. Do I phone 999?"
        Nurse [[name:Ó Dochartaigh]]: "Tell me what she's like now. Is she warm? Has she passed water
        since last night?"
        [[name:Gráinne]]: "She's roasting and no, I don't think so."
        Nurse [[name:Ó Dochartaigh]]: "Right, we'll be with her inside the hour. Don't give her anything
        else for now."

        Outcome: {{4AT}} positive, {{urine dip}} positive, {{subcutaneous fluids}} started at home,
        {{IV antibiotics}} via the team for three days. No {{ED}} attendance.
        What went right: the daughter had the team number on the fridge and rang us before 999.
    """)),
    ("health", "near_miss", prose("""
        Remote {{blood pressure}} monitoring in pregnancy, [[organisation:Mourneview Maternity Unit]].
        Woman aged [[age:29]], 34 weeks, {{pre-eclampsia}} risk, uploaded 152/101 on a
        {{Saturday evening}}. The app sends amber readings to a shared inbox that is only checked
        {{Monday to Friday}}. Luckily she also rang the labour ward as her leaflet said: "The app said
        ring if it's over 150, so I'm ringing." {{Midwife}} [[name:Joy Agbaje]] brought her straight in,
        {{PlGF}} was low and she was delivered by {{caesarean section}} on [[date:23 June]]; mum and baby
        are well. If she had trusted the app alone nobody would have looked until the Monday. Logged as
        [[case_reference:SHSCT-MAT-4471]]. The app now pages the labour ward coordinator out of hours.
        Thanks to [[name:Joy]] for listening to her.
    """)),
    ("health", "incident", block("""
        Incident ID: [[case_reference:DATIX-231907]]
        Reported: [[date:04/03/2025]]
        Area: [[organisation:Leeds Virtual Ward - Heart Failure]]
        Category: {{Patient identification}}

        Description:
        Two patients with the same name, [[name:Mohammed Iqbal]], on the caseload (NHS
        [[nhs_number:127 165 6043]], aged [[age:58]], and NHS [[nhs_number:223 923 9271]], aged
        [[age:76]]). A weight alert (+2.1 kg in 48 h) for the older man was triaged against the younger
        man's record. I rang the younger Mr [[name:Iqbal]], who said "my weight's fine love, I'm off to
        the gym," so the alert was closed. The older patient was not contacted for 20 hours and was
        admitted with {{fluid overload}}.

        Actions: {{NHS number}} and DOB now mandatory on every alert triage in {{SystmOne}}; a
        {{same-name alert}} flag added to both records; shared at the {{Schwartz round}}.

        Reporter: [[name:S. Achterberg]], {{Heart Failure Nurse Specialist}}
    """)),
    ("health", "success", prose("""
        Nice catch by [[name:Sunny]] (our {{pre-registration pharmacist}}) at
        [[organisation:Foyleside Pharmacy]] on [[date:7th Nov]]. Out-of-hours had given Mr
        [[name:McLaughlin]], [[age:66]], {{clarithromycin}} for a chest infection. He's on
        {{simvastatin}} 80mg. [[name:Sunny]] spotted it on the {{PMR}} and rang
        [[organisation:Rosemount Medical Practice]]; the receptionist said "he's not one of ours for
        that, it was OOH" and she didn't give up, she got the duty GP on the phone. Statin held for the
        course, {{patient information leaflet}} gone through with his wife. She also left a note on the
        {{NIECR}} so the next person sees it. This is exactly what we want the new pharmacists doing,
        well done. [[name:Declan]], {{pharmacist manager}}
    """)),
    ("health", "incident", prose("""
        district nursing, West Cumbria. Visited Mrs [[name:Tyson]] ([[age:79]]) at
        [[address:Fell View, Moresby Parks]] on [[date:2/10]] for her evening {{insulin}}. The discharge
        letter had "4U {{NovoRapid}} with tea" handwritten, and it was transcribed onto our
        {{EMIS}} care plan as 40 units. The bank nurse gave 40. Her daughter found her clammy and
        confused at 9pm, {{BM}} 1.9, {{NWAS}} attended, glucagon given, she stayed home. Datix
        [[case_reference:NCIC-DN-24-3381]]. I've spoken to the nurse, who is devastated, and she
        followed what was on the system, so this is a system issue. Learning: "U" must never be used
        for units, every insulin transcription needs a second check, and we're auditing other care
        plans. [[name:M. Tiffin]], {{District Nursing Sister}}, [[organisation:Whitehaven North Neighbourhood Team]]
    """)),
    ("health", "near_miss", block("""
        From: [[email:path.results@example-nhs.uk]]
        To: [[email:pm@beechgrovesurgery.example]]
        Subject: Re: Potassium result received in error - [[case_reference:LAB-25-0831177]]

        Hi [[name:Bev]],

        Thanks for ringing straight away. Yes, the K+ of 6.8 for [[name:Arjun Mehta]]
        (DOB [[date_of_birth:02/09/1961]]) should have gone to [[organisation:Millfield Surgery]], not
        [[organisation:Beech Grove]]. The requesting code on the form was wrong. Our {{Biomedical Scientist}}
        had phoned it through to your duty line and your reception took the message because nobody
        checked the name against your list.

        We rang [[organisation:Millfield]] at 16:05 and the patient was in {{ED}} by 18:00. {{ECG}} changes, treated,
        discharged next day. A good outcome only because you noticed.

        We've added a second identifier check to the {{telephoned results}} procedure.

        Regards,
        [[name:Tomasz]]
        {{Duty Biochemist}}, [[organisation:Sunderland Pathology]]
    """)),
    ("health", "success", prose("""
        Trauma call at [[organisation:Belfast Northgate Hospital]] ED on [[date:19/04/2025]]. The HEMS
        team pre-alerted with a full {{ATMIST}}: motorcyclist, [[age:23]], suspected pelvic fracture,
        two units already running. When they came through the door Dr [[name:Okonkwo-Reid]] said "Hands
        off, ears on, handover coming" and the whole room actually went silent for 40 seconds. Paramedic
        [[name:Stevie]] then did the drugs and the lines. Our {{Trauma Team Leader}} had the
        {{Major Haemorrhage Protocol}} activated before the handover finished and he was in {{CT}} in
        11 minutes. Why I'm writing this: most handovers I see, three people are still cutting clothes
        while someone talks. This one worked because everyone knew the format and waited. Please keep
        the silent handover in the simulation programme. [[name:Hannah]], {{ED registrar}}
    """)),
    ("health", "incident", prose("""
        Remote monitoring for heart failure, [[organisation:Western Trust Cardiology]]. Over the week of
        [[date:13 January 2025]] the team received an average of 140 {{amber alerts}} a day from home {{weight
        scales}} and {{BP cuffs}}. Alerts were being acknowledged in batches to clear the screen. On the
        Wednesday an alert for Mr [[name:Seán Ó Floinn]] (H&C [[nhs_number:064 441 9806]]) showing a
        3 kg gain over three days was acknowledged with the rest and not reviewed. He was admitted two
        days later with {{pulmonary oedema}} via {{NIAS}}. Incident ref [[case_reference:WHSCT-CAR-7721]].
        Contributory factors: thresholds set at the manufacturer default, no protected time for triage,
        one nurse covering the list and clinics. Actions: personalised thresholds, daily {{triage}} rota,
        and an alert dashboard audit. [[name:Colm Devine]], {{Clinical Lead}}
    """)),
    ("health", "success", block("""
        Hospital at Home - overnight chat (exported)

        [02:14] [[name:mags.t]]: patch alert for Mr [[name:Adeyemi]] bed 4 (virtual), {{AF}} rate 150s
        [02:15] [[name:mags.t]]: rang him, says heart racing, no chest pain, {{NEWS2}} 4
        [02:17] [[name:dr_hussain]]: any previous {{AF}}? what's he on
        [02:18] [[name:mags.t]]: paroxysmal, on {{bisoprolol}} 2.5, missed his evening dose
        [02:20] [[name:dr_hussain]]: ok take it now and repeat obs in 30, call me if above 130
        [02:55] [[name:mags.t]]: 104 now, feeling better, stays home
        [08:10] [[name:Priya]]: great overnight work both. adding to huddle as good practice

        Learning noted at huddle on [[date:28/11/24]]: the {{ECG patch}} pick-up plus a quick call
        avoided an ambulance and an ED attendance for an [[age:84]]-year-old.
    """)),
    ("health", "incident", prose("""
        Long lie. Mr [[name:Hamill]], [[age:93]], fell in his kitchen at [[address:Tullyvar Cottage]]
        around 18:00 on [[date:Tues 4 March]] and waited 7 hours 40 minutes on the floor for
        {{NIAS}}. His {{pendant alarm}} worked and the call went in straight away. The control room told
        his neighbour on the phone: "I'm sorry, there isn't a crew free in the whole Southern area." When
        we saw him the next day on the {{frailty ward}} he had a {{pressure ulcer}} on his hip and
        {{rhabdomyolysis}}. Ref [[case_reference:SHSCT-2025-03114]]. This is a system problem, not the
        crew or the call handler. But the falls pick-up service that would use the {{ISTUMBLE}} tool and a
        {{lifting cushion}} only runs until 8pm. We're asking for it to run overnight. Submitted by
        Dr [[name:Aisling Cassidy]], {{Consultant Geriatrician}}
    """)),
    ("health", "near_miss", prose("""
        {{OOH}} base, [[organisation:Seacroft Urgent Treatment Centre]]. Mum rang back at 22:30 about her
        baby, [[age:9 months]], weighing 7.8 kg. The earlier clinician had advised {{paracetamol}} but
        the bottle at home was the {{6+ suspension}}, not {{infant}}. Mum said "it says 5ml on the spoon so
        I was going to give a full one." That's more than double the dose. [[name:Will]] on {{reception}}
        noticed she sounded unsure and passed her to me instead of just booking a {{callback}}. We talked
        through the bottle together. No dose given. Learning: when we give dosing advice by phone we
        should ask what strength bottle is in the house, and reception staff should feel able to pass
        straight to a clinician like [[name:Will]] did. Dr [[name:Nwosu]], {{GP}}
    """)),
    ("health", "success", prose("""
        Crisis line, late on [[date:New Year's Eve]]. A young man, [[name:Conor]], [[age:22]], rang
        from a bridge. Our call handler [[name:Dympna]] kept him talking for 55 minutes while her
        colleague [[name:Ferdia]] passed the location to {{PSNI}} on the other line. At one point he said
        "you're only being nice because it's your job," and she said "I am, and I'm still here, and I'd
        like you to still be here at midnight." Officers reached him and he agreed to come to the
        {{Emergency Department}}, where the {{Crisis Resolution Home Treatment Team}} saw him. He's
        engaging with {{Lifeline}} follow-up. What went right: two people on the call, a warm voice,
        and nobody rushed him. Shared at the {{Mental Health Service}} learning forum.
        [[name:B. Mac an tSaoi]], {{Service Manager}}, [[organisation:Belfast Crisis Response Team]]
    """)),
    ("health", "incident", prose("""
        Mrs [[name:Florentina Lăcătuș]], [[age:67]], was reviewed by phone about her {{rheumatoid arthritis}}
        on [[date:6 August]]. Her son [[name:Ionuț]] interpreted because we couldn't get
        {{Language Line}} for Romanian quickly. The {{methotrexate}} instruction "once a week on
        Monday" was interpreted as "once a day". Ten days later she came to the
        [[organisation:Bradford Northfield Acute Medical Unit]] with mouth ulcers and low {{neutrophils}}.
        She recovered after {{folinic acid}}. Datix [[case_reference:BTHFT-56210]]. I was the nurse on the
        call and I'm sharing this because I felt pressured by time and accepted the family member. Our
        policy already says professional interpreters for medication changes; the barrier was the wait.
        Now we book interpreters in advance for high-risk drug clinics. [[name:Gemma]],
        {{Rheumatology Nurse Specialist}}
    """)),
    ("health", "success", prose("""
        Good news story from the virtual ward. [[name:Frank Armstrong]], [[age:74]], farms near
        Allendale and flatly refused admission for his {{COPD}} flare in lambing time: "I'm not leaving
        the yows, you'll have to kill me first." We put him on the [[organisation:Hexham Virtual Ward]]
        with an {{oximeter}}, {{rescue pack}} and twice-daily calls. Our physio [[name:Becca]] did video
        sessions from the kitchen table between lambings. Sats dipped to 88 on [[date:3rd April]], we
        visited, added {{prednisolone}} and he turned the corner. His wife [[name:Marjorie]] said it was
        the first time the NHS had fitted round the farm instead of the other way round. Discharged from
        the ward on day 9. [[name:R. Charlton]], {{ANP}}
    """)),
    ("health", "incident", block("""
        {{SMS}} log review, [[organisation:Sunderland Sexual Health Service]]
        Incident: [[case_reference:DTX-SH-2025-0407]]

        [[date:02/04/25]] 09:12  Result text sent to [[phone:07700 900525]] "Please call the clinic
        about your recent results. Ref [[case_reference:SH-88214]]"
        [[date:02/04/25]] 13:40  Reply from [[phone:07700 900525]]: "who is this?? never been to a clinic"
        [[date:02/04/25]] 14:05  Staff ([[name:J. Pirelli]]) check record: number on file for
        [[name:Hollie-Mae Dunn]] is [[phone:07700 900552]]; digits transposed at booking

        No {{diagnosis}} was disclosed, but the clinic name was in the {{sender ID}}.
        Actions: patient contacted on correct number, apology given; booking now reads the number back
        to the patient; sender ID changed to a neutral {{NHS}} short code.
        Reported by: [[name:Pirelli]], {{Health Adviser}}
    """)),
    ("health", "near_miss", prose("""
        Home {{oxygen}} near miss. Mr [[name:Crossan]] ([[name:Bill]] to everyone), [[age:78]], lives at
        [[address:3 Loughview Park, Carrickfergus]] [[postcode:BT38 7QD]]. On a routine visit on
        [[date:10/09/24]] I smelt smoke and found a scorch mark on his {{nasal cannula}}. He admitted:
        "I take the tubes off when I have one, nearly always." He hadn't that time. Nobody was hurt and
        the {{concentrator}} was fine. With his consent I referred him for a {{Home Fire Safety Check}}
        with {{NIFRS}}, and the oxygen supplier fitted {{fire breaks}} the same week. His son
        [[name:Trevor]] ([[phone:028 9018 0633]]) is now doing a daily call. Learning: ask directly about
        smoking at every visit, not just at the oxygen assessment. [[name:Noreen]], {{respiratory nurse}},
        [[organisation:Carrickfergus Community Respiratory Team]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        {{HEMS}} scene landing, [[date:14 August]], aircraft [[aircraft_registration:G-UHEM]] callsign
        [[flight_number:Helimed 69]]. Landed in a {{silage field}} off the [[address:Ballynagross Road]] to
        reach a farm injury. On lift-off the {{downwash}} picked up a loose feed bag that went into the
        {{tail rotor}}. Vibration felt immediately; Capt [[name:Breen]] set it back down. Nobody hurt,
        but the tail rotor blade was damaged and the aircraft was off line for four days. {{MOR}}
        submitted, internal ref [[case_reference:AAU-SMS-24-031]]. We did walk the site before shutdown
        but nobody looked at the bags stacked by the gate. Learning: {{TCM}} to include a {{FOD}} sweep of
        the whole downwash footprint before lift, not only the landing area. [[name:Rory]] ({{TCM}}),
        [[organisation:Air Ambulance Ulster]]
    """)),
    ("aviation", "near_miss", block("""
        {{ATC}} transcript extract, [[organisation:Lough Neagh Airport]] Approach, [[date:21/09/2024]]

        APP: [[flight_number:Helimed 58]], remain clear of the final approach, traffic 6 miles
        [[flight_number:Helimed 58]]: remaining clear, [[flight_number:Helimed 58]]
        APP: [[flight_number:EI3582]], continue approach runway 25
        [[flight_number:EI3582]]: continue, [[flight_number:EI3582]]
        ...
        [[flight_number:EI3582]]: {{TCAS}} {{RA}}, climbing
        APP: [[flight_number:Helimed 58]], say position
        [[flight_number:Helimed 58]]: er, 4 miles final, sorry, changed to hospital frequency early

        Pilot's comment: I pre-selected the hospital frequency to get the landing site brief and
        missed the clear-of-approach instruction while on box 2. Minimum separation 0.8 nm and 300 ft.
        Our {{SOP}} now says no frequency changes inside the control zone without approval.
        - [[name:Kev Doherty]], {{HEMS pilot}}
    """)),
    ("aviation", "success", prose("""
        Night job back from the coast on [[date:12 Dec]], {{NVG}} sortie, snow showers forecast as
        isolated. They weren't. We went into a shower at 1,500 ft and lost the horizon. Because
        [[name:Macca]] had briefed the escape plan on the ground ("if we lose it, wings level, climb to
        3,000, heading 270, I call the {{MSA}}"), nobody had to think. I flew, he called heights, Doc
        [[name:Harrow]] kept quiet and watched the {{radalt}}. Popped out at 2,600 ft and recovered to
        base on {{instruments}}. Debrief points: the weather was poorer than the {{TAF}}, and our
        pre-brief habit actually worked when it mattered. Pilot ([[name:Izzy]]),
        [[organisation:North Pennines Air Ambulance]]
    """)),
    ("aviation", "incident", block("""
        GROUND HANDLING OCCURRENCE REPORT
        Ref: [[case_reference:GH-NCL-24-1187]]
        Date/time: [[date:30/10/2024]] 06:25
        Stand: 14
        Aircraft: {{Dash 8-400}} [[aircraft_registration:G-ZVKQ]], flight [[flight_number:LM617]]
        Vehicle: fuel bowser [[vehicle_registration:NL68 WKU]]
        Driver: [[name:S. Okoro]]
        {{Wing walker}}: none (short-staffed)

        Bowser reversed out of the stand and the top rail contacted the left {{wingtip}}. Damage to the
        {{nav light}} lens and a small dent. Flight cancelled, passengers rebooked.
        Driver statement: "I checked my mirror and [[name:Dunc]] was meant to be {{banksman}} but he got
        called to stand 11."
        Contributory: staffing, no camera on older bowsers, pressure of an on-time first wave.
        Actions: no reversing on stand without a banksman, no exceptions; {{reversing cameras}} ordered.
        Reporter: [[name:Liz Grundy]], {{Ramp Supervisor}}, [[organisation:Tyneside Ground Services]]
    """)),
    ("aviation", "near_miss", prose("""
        Scene landing in Gateshead on [[date:5 May]], [[aircraft_registration:G-NHEM]], {{road traffic
        collision}} near the {{Metro line}}. On short finals [[name:Jonny]] ({{front seat}}) shouted "drone, two
        o'clock, same height!" It was about 150 m away and hovering, clearly someone filming. We went
        around, orbited and landed on the second attempt once {{Northumbria Police}} had found the
        operator on a {{footbridge}}. Probably no malice, he just wanted footage. Reported to the {{CAA}}
        and the police ref is [[case_reference:NP-250505-0931]]. Learning: our crews are great at wires
        and vehicles but drones are new. {{Scene safety brief}} now includes "look up". Thanks to the
        officers who moved fast. Capt [[name:Achebe]]
    """)),
    ("aviation", "success", prose("""
        Engineering good catch. During the daily on [[aircraft_registration:G-KXPA]] at the
        [[organisation:Langwathby HEMS base]] on [[date:Mon 17 Feb]], [[name:Paddy Mulgrew]] noticed a
        hairline crack on the {{hoist}} mounting bracket while wiping off grease, well outside the area
        the {{AMM}} asks you to inspect. He stopped the aircraft and called the {{CAMO}}. The
        manufacturer confirmed a known issue with that bracket batch and issued an alert a week later.
        We were the first operator to report it. What made the difference: a tidy hangar, good light,
        and an engineer who felt no pressure to sign the aircraft off for the 07:00 shift. Our
        {{Accountable Manager}} has written to thank him. - [[name:Fiona]], {{Safety Manager}}
    """)),
    ("aviation", "incident", block("""
        Base fuel log - [[organisation:Causeway HEMS Base]]

        [[date:03/02/25]] 07:10 {{Daily sample}}, {{fuel bowser}} tank, clear and bright. Sig: [[name:RMcC]]
        [[date:04/02/25]] 07:05 Daily sample, water droplets visible. Drained 2 l, resampled, clear. Sig: [[name:AF]]
        [[date:04/02/25]] 07:30 Aircraft [[aircraft_registration:G-OHNI]] refuelled. Sig: [[name:AF]]
        [[date:04/02/25]] 11:45 {{Fuel filter}} bypass caption in flight, {{precautionary landing}}. Crew OK.

        Investigation summary: the bowser tank lid seal had perished. The second sample "clear" was
        taken too soon after draining and the aircraft was fuelled before the recommended {{settling time}}.
        Learning: after any water finding, the bowser is quarantined until the {{Jet A-1}} supplier
        retests it. {{Water detector capsules}} now used on every sample. Ref
        [[case_reference:CHB-OCC-2025-004]].
    """)),
    ("aviation", "success", prose("""
        Flight [[flight_number:EI3417]] from [[organisation:Lough Neagh Airport]] to Bristol,
        [[date:20 July 2024]]. Cabin crew [[name:Grace]] called us at top of climb: "We've got a
        gentleman collapsed in 9C, not breathing, [[name:Ahmed]]'s started CPR." A passenger, Dr
        [[name:Oyinlola]], came forward. We declared {{PAN PAN}}, then {{MAYDAY}} when the {{AED}}
        advised a shock, and diverted to the Isle of Man. The passenger, [[age:58]], had a pulse back
        before landing and paramedics met the aircraft. As {{Captain}} I want to record how calm the
        cabin was. [[name:Grace]] ran the cabin and gave me a 30-second update every few minutes
        without being asked, which let us fly the aircraft. [[name:Chiara]], {{First Officer}}, handled
        the diversion brilliantly. - Captain [[name:T. Gallagher]]
    """)),
    ("aviation", "near_miss", block("""
        CONFIDENTIAL REPORT (CHIRP style)
        Role: {{First Officer}}
        Airport: [[organisation:Foyle Regional Airport]]
        Date: [[date:08/11/2024]]
        Flight: [[flight_number:T3417]]

        Lined up on 26, cleared for take-off. As we started rolling the {{Captain}} saw a fuel truck
        ([[vehicle_registration:MXZ 2210]]) crossing the runway about 1,000 m ahead. Rejected at about
        40 kt. The truck driver had read back "hold short" but crossed. Tower said afterwards they had
        the same truck on a different frequency.

        What went right: the {{Captain}}, [[name:Aodhán]], was heads-up because we'd briefed that the
        airfield had works traffic that morning and no {{stop bars}}.
        Suggest: a single frequency for all runway crossings at airfields without a {{ground movement radar}}.
    """)),
    ("aviation", "incident", prose("""
        Disruptive passenger, [[flight_number:LS827]] Newcastle to Alicante, [[date:Sat 2 Aug]]. Male in
        14C, clearly drunk before boarding, became abusive when refused a third drink and grabbed
        [[name:Kelly-Ann]] by the wrist. [[name:Mags]] ({{SCCM}}) and [[name:Reuben]] used the
        {{restraint kit}} as trained. {{Captain}} considered diverting to Bordeaux but we were 40 min
        out so continued. {{Guardia Civil}} met the aircraft. The handling agent's number
        ([[phone:+34 965 900 417]]) went unanswered for 20 minutes on landing. [[name:Kelly-Ann]] has bruising
        and was signed off. Ref [[case_reference:JET-CS-24-8812]]. Learning: the gate team saw him
        drinking and boarded him anyway, and after a late night in Newcastle we were on our third
        early. I think fatigue made us slower. [[name:Reuben]], {{Cabin Crew}}
    """)),
    ("aviation", "success", prose("""
        Joint job with the {{coastguard}} on [[date:Sun 24 Aug]] on the southern slopes near
        [[address:Slievenaman Road]]. Hillwalker, [[age:61]], fall with {{lower leg fracture}} in cloud.
        Our aircraft [[aircraft_registration:G-UHEM]] couldn't get higher than 1,800 ft, so we landed at
        the road and our doctor and paramedic walked in with [[organisation:Slievenaman Mountain Rescue]].
        [[flight_number:Rescue 917]] winched the casualty once the cloud lifted, then handed over to us
        at the road for {{analgesia}} and transfer. Over the radio the {{winchman}} said "you take him from
        here, we've a second job." It worked because the {{ARCC}} set up the joint frequency early and
        everyone used plain English. [[name:Deirdre]], {{HEMS paramedic}}
    """)),
    ("aviation", "incident", block("""
        From: [[email:ops.control@examplewings.co.uk]]
        To: [[email:station.mgr.bhd@examplewings.co.uk]]
        Subject: Loadsheet error [[flight_number:LM541]] [[date:17/01/25]]

        [[name:Fergal]],

        The final loadsheet for [[flight_number:LM541]], aircraft [[aircraft_registration:G-VRTQ]],
        showed 28 passengers. Actual on board was 33: five late transfers were boarded after the
        {{DCS}} was closed and the {{dispatcher}} didn't reissue. Take-off weight was about 430 kg
        heavier than declared; still inside limits but the {{trim}} setting was wrong and the crew noted
        a heavy rotation.

        [[name:Ade]] on the gate told me: "I radioed it through, I assumed someone updated it." No one
        owned the last-minute change.

        Please make sure every {{LMC}} is confirmed to the flight deck in writing. {{MOR}} raised.

        [[name:Helena Ruiz-Fairbairn]]
        {{Duty Operations Controller}}
    """)),
    ("aviation", "near_miss", prose("""
        Landed at the playing field of [[organisation:Holy Trinity Primary, Ballykinler]] on
        [[date:11 June]] for a cardiac arrest in the village. We'd rung the school on the way in and the
        {{head}} said "they're all inside, you're grand." While we were still {{rotors running}} a {{P3 class}}
        came out for {{PE}} by the other door and ran towards the aircraft. The {{TCM}}, [[name:Oisín]],
        jumped out and held his arms up, and a teacher, Mrs [[name:Gill-Mackie]], got them back.
        Nobody got near the {{tail rotor}}, but it was 30 m. Learning: a phone call isn't enough for a
        school {{HLS}}; a member of staff has to be at the door. Reported as
        [[case_reference:AAU-SMS-25-012]]. - [[name:Breen]], {{Captain}}
    """)),
    ("aviation", "success", block("""
        HEMS desk call log, [[organisation:NIAS Air Desk]], [[date:Wed 9 Oct]]
        Caller: [[name:Dermot]] ([[phone:07700 900839]])

        Caller: "My da's trapped under the {{quad}}, we're in the top field."
        {{Dispatcher}} [[name:Yvonne]]: "Is he talking to you? What's the address?"
        Caller: "He's groaning. It's [[address:Derrylappen Farm]], but the field's a mile up the lane."
        [[name:Yvonne]]: "Open {{what3words}} on your phone and read me the three words."

        Outcome: the aircraft was tasked at 2 minutes from the {{999}} pick-up and landed 60 m from the
        patient using the {{what3words}} location. The {{road crew}} would have gone to the farmyard.
        Learning: ask for the exact spot early for rural jobs, not just the address.
    """)),
    ("aviation", "incident", prose("""
        Laser attack, [[date:27/02/2025]] about 19:40, on finals to the hospital pad at
        [[organisation:Wearside General]] in [[aircraft_registration:G-NHEM]]. Green laser from a
        housing estate to the west hit the front of the cockpit twice. The pilot, [[name:Marcus]],
        handed control to me, I was on {{NVG}} and looking the other way so wasn't dazzled. Landed
        safely. [[name:Marcus]] had after-images for 20 minutes and went to the eye clinic as a
        precaution; all clear. {{NPAS}} found the person within half an hour. {{MOR}} done and police
        ref [[case_reference:NP-20250227-1187]]. Good things: we'd rehearsed the {{laser SOP}}.
        [[name:Izzy]], {{HEMS pilot}}
    """)),
    ("aviation", "success", prose("""
        Live exercise at [[organisation:Eden Valley Airport]] on [[date:25 September 2024]]: simulated
        crash of a light aircraft with five casualties. {{RFFS}}, {{NWAS}}, our HEMS crew and the
        {{Fire and Rescue Service}} took part. What went well: the {{METHANE}} report from the first
        fire officer was clear and the airport's grid map was used by everyone. What didn't: the
        hospital couldn't hear the airport radio channel and the {{casualty clearing}} area was
        downwind of the smoke. All captured in the debrief led by [[name:Ewan McTaggart]], the
        {{Airport Fire Manager}}, who made the point "we practise so the real one is boring". Next
        exercise date agreed. [[name:Sal]], {{Airside Operations}}
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind92", REPORTS))


if __name__ == "__main__":
    main()
