"""Held-out blind corpus 162: just-culture incident, near-miss and learning reports.

Settings: a children's residential home for complex needs and its outreach workers; a
community mental health team for older adults and its memory clinic; a general aviation
airfield with a gliding club and a parachute centre. Written blind, the way UK staff type:
rushed lower-case handover notes, careful narratives, chronologies with four-digit times,
e-mails with headers and signatures, WhatsApp/Teams/Slack exports, incident and near-miss
forms with field labels, handover tables, minutes with attendance lists, debriefs,
shout-outs and thank-you cards, tech log entries and radio transcripts. Every person,
place and number is invented; NHS numbers pass the mod-11 check and phone numbers use the
Ofcom drama ranges where UK.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind162.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", block("""
        handover 2215 - [[name:kez]] to nights ([[name:dwayne]] + [[name:Ola]])

        [[name:Tyler-Jay]] kicked off after tea, wouldnt come off the xbox, threw the remote at the {{window}} in the {{lounge}}. glass cracked not smashed, nobody hurt. used {{Team Teach}} verbal + guided him to his room, no hold needed. hes calm now, had {{melatonin}} 2045 as per {{MAR}}.
        [[name:Ruby-Mae]] asleep by 2130 no issues.
        nb maintenance need to board the window tmrw - ive rang [[name:Gaz]] on [[phone:07700 900418]] left a msg. incident form done on {{Clearcare}}, {{Reg 40}} not needed per [[name:Hels]] ({{on call manager}}).
        pls do 30 min checks on [[name:TJ]] not hourly tonite, hes been saying hes gonna run
    """)),
    ("social_care", "incident", prose("""
        At about 1940 on [[date:Saturday 14 September]] [[name:Precious]] ([[age:15]]) left
        [[organisation:Larchfield House]] through the {{side gate}} while staff were supporting
        another young person. I ([[name:Marta Kowalczyk]], {{residential support worker}})
        followed at a distance as her {{missing from home protocol}} says and kept her in sight as
        far as the bus stop on [[address:Fernhill Road]]. She got on the 42 and I lost sight of
        her. I rang {{the police}} at 2005 and reported her missing, ref
        [[case_reference:MFH/24/08817]], and informed the {{on-call manager}} and {{EDT}}. Her
        {{social worker}} was updated on the {{Monday}}. [[name:Precious]] came back at 0115 by
        taxi smelling of alcohol and would not say who had paid for it. {{Return home interview}}
        requested. Learning: the side gate code had been shared in a group chat by another young
        person, so it has been changed and will now be changed monthly. Concerns about possible
        {{CSE}} were passed to the {{MASH}} the next morning.
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT FORM – MEDICATION (NEAR MISS)
        Service: [[organisation:Larchfield House]]
        Date/time: [[date:03/02/2025]] 0805
        Reported by: [[name:Aisha Rahman]] ({{RSW}})
        Young person: [[name:Oisín Doherty]]   DOB: [[date_of_birth:19/07/2011]]   NHS no: [[nhs_number:702 165 8176]]
        What happened: morning meds popped from the {{blister pack}} for [[name:Oisín]] were {{sertraline}} 50mg – his dose was changed to 25mg at his {{CAMHS}} review last week. New {{MAR}} chart was on file but the old pack from [[organisation:Kingsway Pharmacy]] was still in the {{meds cupboard}}. Second checker ([[name:Lewis]]) spotted the mismatch before anything was given.
        Action: old pack quarantined and returned, pharmacy told, {{GP}} at [[organisation:Millbrook Surgery]] e-mailed.
        Learning: when a dose changes, old stock comes out the same day. The two-person check worked.
    """)),
    ("social_care", "success", prose("""
        Just wanted to say a massive thank you to [[name:Bex]] and [[name:Tomasz]] from
        {{outreach}}. [[name:Kacey]] ([[age:13]]) had not been in school for six weeks ({{EBSA}}).
        They did the school run with her every single morning, first just to the gates of
        [[organisation:Hollins Park Academy]], then to the {{learning mentor}}'s room, then to
        registration. Today she did a full day and came home buzzing about {{food tech}}. Her
        {{IRO}} mentioned it at the {{LAC review}} and {{mum}} cried on the phone. Proper
        {{trauma-informed}} work – patient, consistent and never once made her feel like a
        problem. — [[name:Jules]] ({{deputy manager}})
    """)),
    ("social_care", "near_miss", block("""
        [[date:18/10/2024]], 16:42 - [[name:Dev]]: just had a bit of a situation
        [[date:18/10/2024]], 16:42 - [[name:Dev]]: [[name:Lacey]] opened the back door at {{the lights}} on [[address:Carr Lane]] while we were stopped n tried to get out
        [[date:18/10/2024]], 16:43 - [[name:Siobhan B]]: omg is she ok?? r u ok
        [[date:18/10/2024]], 16:44 - [[name:Dev]]: both fine, got her back in. {{child locks}} werent on in the {{pool car}} ([[vehicle_registration:YK21 HVP]])
        [[date:18/10/2024]], 16:45 - [[name:Siobhan B]]: ok pull in somewhere safe n ring me. log it on {{mosaic}} when ur back pls
        [[date:18/10/2024]], 16:52 - [[name:Dev]]: done. shes calm, had a meal deal, heading back to [[organisation:Larchfield]] now
        [[date:18/10/2024]], 17:31 - [[name:Siobhan B]]: emailed {{fleet}} to say child locks on by default in every pool car. [[name:Lacey]]'s {{risk assessment}} already says rear passenger side + locks so thats on us not you x
        [[date:18/10/2024]], 17:33 - [[name:Dev]]: thanks 👍
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Nadia Haque]] <[[email:nadia.haque@northmoor.gov.uk]]>
        To: [[organisation:Larchfield Outreach Team]]
        Date: [[date:11 March 2025]] 09:14
        Subject: near miss - placement plan nearly sent to mum

        Hi all,
        Quick one for learning. Yesterday I was about to email [[name:Callum]]'s updated {{placement plan}} to {{mum}} and noticed it still had his {{respite carer}}'s home address ([[address:27 Wren Close, Ashby Moor]], [[postcode:HG4 7QJ]]) on page 3. {{Mum}} must not know where respite is – there's a {{non-molestation order}} against her ex-partner. Nothing had gone. A redacted version went at 1600 after [[name:Phil]] double-checked it.
        Before anything goes to parents please use the {{redaction checklist}} on the shared drive and get a second pair of eyes. I've logged it with {{information governance}} (ref [[case_reference:IG-2025-0342]]).
        Thanks
        [[name:Nadia]]

        [[name:Nadia Haque]] | {{Senior Outreach Practitioner}}
        [[organisation:Northmoor Children's Services]]
        T: [[phone:01632 960 447]]  M: [[phone:07700 900 862]]
    """)),
    ("social_care", "success", block("""
        MINUTES – {{Team Around the Child}} meeting
        [[date:Thursday 6 February 2025]], 14:00, [[organisation:Larchfield House]]
        Present: [[name:Grace Oduya]] ({{Registered Manager}}), [[name:Ifan Pritchard]] ({{social worker}}), [[name:Mo Farouk]] (keyworker), [[name:Sharon-Louise Teague]] ({{SENCo}}, [[organisation:Kestrel Bank School]]), Dr [[name:Anand]] ({{CAMHS LD}})
        Apologies: [[name:Bernadette]] ({{IRO}})

        1. [[name:Ellis]] – move to {{step-down foster placement}}
        Introductions ran over 3 weeks as planned: tea visits, a sleepover, then a full weekend. [[name:Ellis]] took his weighted blanket and visual timetable with him. Carers said the {{transition passport}} [[name:Mo]] wrote was "the best thing we've ever been given".
        2. School
        Transport stays the same so he keeps the same driver. Attendance 96% this half term.

        Actions
        [[name:IP]] – update {{care plan}} and notify the {{Virtual School}} by [[date:14/02/2025]]
        [[name:MF]] – 2 x follow-up visits in the first month
        Noted: a really well-planned move. Thanks to the whole house.
    """)),
    ("social_care", "incident", block("""
        Chronology – allegation against staff, [[date:22/11/2024]]
        1915 [[name:Zainab]] ([[age:16]]) tells {{waking night}} [[name:Kwame Mensah]] that a {{bank staff}} member "grabbed my arm hard" at teatime.
        1925 [[name:KM]] writes down her words verbatim on the {{disclosure form}}, no leading questions, completes {{body map}}.
        1940 [[name:KM]] rings {{on-call manager}} [[name:Rhiannon]]. Bank worker ([[name:L.D.]]) stood down from shift and sent home.
        2010 Small red mark on left forearm, photographed with [[name:Zainab]]'s consent.
        Next day
        0915 Manager refers to the {{LADO}} (ref [[case_reference:LADO/0712/24]]); {{Ofsted}} notified under {{Reg 40}}.
        Learning: [[name:Kwame]] did everything right and [[name:Zainab]] says she felt believed. Gap found – the bank worker had no in-date {{Team Teach}} certificate. The agency must now evidence training before any booking is confirmed.
    """)),
    ("social_care", "incident", prose("""
        seizure in bath - [[name:Harvey]] ([[age:12]]) had a {{tonic clonic}} in the bath approx
        1830. his {{bath plan}} says staff outside with door ajar but door was shut, he asked for
        privacy and staff agreed. [[name:Sunny]] heard a bang went in, pulled the plug, kept his
        head up out the water, timed it. gave {{buccal midazolam}} at 5 mins as per his
        {{epilepsy care plan}}, rang {{999}}. ambulance 1851, took him to
        [[organisation:Northmoor General]] {{A&E}} with [[name:Sunny]], home by 2300 sleepy but
        ok. {{mum}} informed by [[name:Bev]] 1920. learning - privacy cant override the plan, we
        should of rang the {{epilepsy nurse}} to agree a safer way when he asked (bath sensor,
        knock every 2 mins). [[name:Sunny]] was brilliant tbh
    """)),
    ("social_care", "success", block("""
        Teams – [[organisation:Larchfield Outreach]] chat
        [[name:Priya Chauhan]] 10:02
        heads up, went to see [[name:Jaden]] at [[address:Flat 6 Brindley Court, Saltergate]] and {{mums new partner}} was there. hes flagged on {{Mosaic}} for {{DV}} but it wasnt on my visit sheet
        [[name:Priya Chauhan]] 10:03
        used the {{code word}} on {{Skyguard}} and [[name:Owen]] rang me 2 mins later with the "you're needed back at base" call so I left. all fine
        [[name:Owen O'Leary]] 10:05
        textbook 👏 glad ur ok
        [[name:Priya Chauhan]] 10:06
        [[name:Jaden]] seemed ok, will see him at school instead {{thurs}}
        [[name:Owen O'Leary]] 10:09
        ill get flags copied onto the {{visit sheet}} template + raise at {{supervision}}. shout out to [[name:Priya]] for using the {{lone working}} procedure exactly how its meant to be used
    """)),
    ("social_care", "success", prose("""
        Reflective account – [[name:Deji Afolabi]], {{senior residential worker}},
        [[date:2 December 2024]]. [[name:Summer]] ([[age:14]]) came back from family time very
        dysregulated, shouting and throwing shoes down the hallway. Rather than going straight to
        consequences I sat on the stairs at her level and used {{PACE}} – mostly acceptance and
        curiosity ("I wonder if today was a lot"). [[name:Ciaran]] quietly took the other young
        people into the {{kitchen}} for hot chocolate so she had no audience. After about twenty
        minutes she sat next to me, cried, and told me {{dad}} had cancelled contact again while
        she was waiting. No {{physical intervention}} was needed and nothing was broken. We have
        agreed with her {{social worker}} that staff will ring ahead to confirm contact so
        [[name:Summer]] is not left sitting in the {{family centre}}. What helped: the {{DDP}}
        training last month, and a colleague who read the room.
    """)),
    ("social_care", "incident", block("""
        HANDOVER – [[date:Sun 9 March]] – earlies to lates
        | YP | Update | Action |
        |---|---|---|
        | [[name:Kayden]] | Supervised contact at [[organisation:Orchard Family Centre]] stopped at 1110 – {{birth dad}} turned up smelling of alcohol and shouted at the {{contact supervisor}}, who ended the session. [[name:Kayden]] upset, cried in the car. | {{Keyworker}} 1:1 later. {{Social worker}} e-mailed. |
        | | Dad then followed our {{minibus}} in a silver Astra [[vehicle_registration:BD63 WXM]] as far as the {{roundabout}}. [[name:Yusuf]] drove straight back to the house and didn't stop. | Reported to {{police}} on {{101}}, ref [[case_reference:NM-20250309-0441]]. {{Safety plan}} review booked. |
        | [[name:Amira]] | Fine, cinema with [[name:Jordan]]. | none |
    """)),
    ("social_care", "success", prose("""
        Card pinned up in the staff room: "To everyone at [[organisation:Larchfield]], especially
        [[name:Hope]] and [[name:Big Rich]] – thank you for getting our [[name:Jacob]] through his
        {{GCSEs}}. We never thought we'd see the day. He got a 5 in maths!! You never gave up on
        him even when he gave up on himself. Love from [[name:Lorraine]] & [[name:Steve]]
        ([[name:Jacob]]'s {{mum and dad}}) x" Added by [[name:Grace]] ({{RM}}), results day
        [[date:22 August 2024]]: [[name:Hope]] sat with [[name:Jacob]] most evenings in the
        {{study room}} doing {{past papers}}, and [[name:Rich]] chased the school until his
        {{access arrangements}} (extra time and a {{reader}}) were in place. Sharing for our
        {{good practice log}}.
    """)),
    ("social_care", "incident", prose("""
        Data breach – lost documents. On [[date:17/01/2025]] I ([[name:Cerys Llewellyn]],
        {{Leaving Care PA}}) took [[name:Mihail]]'s documents to his {{Jobcentre}} appointment for
        his {{Universal Credit}} claim: his passport, birth certificate and the letter confirming
        his NI number [[ni_number:SW 73 04 18 D]]. I put the folder on the seat beside me on the
        14:20 {{bus}} and got off without it. I realised at 1500 and rang the bus company's lost
        property with no luck. Reported to my manager and {{Information Governance}} the same day,
        logged as [[case_reference:IG/25/0051]]. [[name:Mihail]] ([[age:18]], {{care leaver}},
        DOB [[date_of_birth:02/05/2006]]) was told face to face and I apologised; he was very
        gracious about it. The passport has been reported lost to {{HM Passport Office}}.
        Learning: originals should not travel unless the appointment really needs them – take
        copies, and use the zipped document wallet that clips to my bag.
    """)),
    ("social_care", "near_miss", block("""
        Debrief – night fire alarm, [[date:28/04/2025]] 0240
        Facilitator: [[name:Jas]] ({{deputy}}). On shift: [[name:Nkechi]], [[name:Brendan]], [[name:A. Nowak]] (agency).
        What happened: {{fire panel}} showed Zone 3 (upstairs bathroom). No fire – someone vaping. Evacuated to the {{assembly point}} in 4 min.
        What nearly went wrong: the {{roll call sheet}} in the {{grab bag}} still listed [[name:Leo]] (moved out in {{March}}) and didn't list [[name:Shaquille]], who arrived last week. [[name:Nkechi]] counted heads against the sheet and got "all present". [[name:Brendan]] realised [[name:Shaq]] wasn't outside – he was asleep with headphones in. [[name:Brendan]] went back in (against procedure) and got him.
        Actions: sheet now printed from {{Clearcare}} at every handover; {{PEEP}} done for [[name:Shaquille]] (heavy sleeper); reminder that nobody re-enters – wait for the {{fire service}}.
    """)),
    ("social_care", "success", block("""
        From: [[email:m.begum@stbedes.northmoor.sch.uk]]
        To: [[email:outreach@larchfieldhouse.co.uk]]
        Subject: Thank you – [[name:Frankie]]

        Hi [[name:Tomasz]],
        I just wanted to put in writing how much difference your team has made for [[name:Frankie]] this term. Since you started the {{check-in}} sessions on a {{Tuesday}} lunchtime, [[name:Frankie]] hasn't had a single {{suspension}} (six last term). The {{zones of regulation}} cards you made are now used across the whole of {{Year 8}}. [[name:Frankie]]'s {{EHCP}} review on [[date:20 May]] is going to be a very different conversation!
        Please pass our thanks on to [[name:Bex]] too.
        Best wishes,
        [[name:Mumtaz Begum]]
        {{SENCo}} | [[organisation:St Bede's RC Academy]]
        [[phone:01632 960 118]] ext 204
    """)),
    ("social_care", "incident", block("""
        Daily log – [[name:Alfie-Rae]] – [[date:Wed 12 Feb 2025]]
        0700 {{PEG}} feed via {{Kangaroo pump}} finished, flushed 30ml water. Site clean.
        0930 At school ([[organisation:Kestrel Bank School]]).
        1445 Back. Tape on {{extension set}} lifting – not re-taped.
        1620 During {{hoist}} transfer bed to chair the extension set caught on the {{sling}} and the PEG pulled out. Small bleed, gauze applied. Staff: [[name:Oluwaseun]] + [[name:Marek]].
        1625 Rang {{community children's nurse}} – cover it and get to hospital within the hour as the {{stoma}} can start to close.
        1710 [[organisation:Northmoor General]] {{paediatric ward}}. New {{balloon gastrostomy}} fitted 1930.
        2100 Home, settled, feed restarted at reduced rate.
        Learning: nobody checked lines before the hoist. Adding "lines secured?" to the {{moving and handling}} checklist.
        NHS [[nhs_number:328 091 7840]]
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        visit note - [[name:Doreen Whitlock]] [[age:79]] NHS [[nhs_number:384 363 4637]]. found
        her unsteady, coarse tremor, d+v x3 days, muddled, not herself per neighbour. on
        {{lithium}} 400mg nocte. last {{lithium level}} i can find on {{ICE}} is {{August}} - 5
        months ago, should be 3 monthly. GP ([[organisation:Harefield Medical Practice]]) thought
        we were doing them, we thought GP was. no {{shared care agreement}} on file. discussed w/
        Dr [[name:Osei]] on {{duty}}, sent to {{ED}} at [[organisation:Kelston Royal]], level 2.1,
        admitted. turns out a {{walk-in centre}} had also started her on {{ibuprofen}} for her
        knee. learning - nobody owned the bloods. datix [[case_reference:W284913]] done.
        - [[name:Ade]] {{CPN}}
    """)),
    ("health", "near_miss", block("""
        Incident type: Information governance – near miss
        Location: [[organisation:Ashgrove Memory Clinic]]
        Reported by: [[name:Paulette Grant]], {{medical secretary}}
        Date: [[date:07/05/2025]]

        Description: Two patients called [[name:John Roberts]] were seen in clinic the same week. The diagnosis letter ({{Alzheimer's disease}}, started {{donepezil}}) for [[name:John Roberts]] DOB [[date_of_birth:12/09/1944]], NHS [[nhs_number:959 304 0935]] had been attached to the record of the other [[name:John Roberts]], DOB [[date_of_birth:03/01/1951]], NHS [[nhs_number:794 664 5953]], who has {{mild cognitive impairment}} only. I picked it up doing the {{three-point ID check}} (name, DOB, NHS no.) before printing. Letter not sent.
        Immediate action: letter moved to the correct record. No disclosure so {{Caldicott Guardian}} not involved.
        Suggested: same-name alert on {{RiO}}; NHS number printed on every page of clinic letters.
    """)),
    ("health", "success", prose("""
        Dear [[name:Bibi]], Dr [[name:Chen]] and all the team at
        [[organisation:Ashgrove Memory Clinic]], thank you for the kindness you showed {{Dad}} –
        [[name:Tadeusz]] – and all of us over the last two years. When he was diagnosed with
        {{vascular dementia}} we were frightened, but [[name:Bibi]] explained everything in plain
        words and even found a Polish {{interpreter}} for the {{post-diagnostic support group}}.
        {{Dad}} died peacefully at home on [[date:3 March]] with us around him, and the
        {{advance care plan}} you helped him write meant nobody argued about {{hospital}} at the
        end. We will never forget it. With love, [[name:Agnieszka]] and [[name:Krzys]] x
        (Shared at {{team huddle}} – [[name:Lou]], {{admin}})
    """)),
    ("health", "incident", block("""
        Chronology – missing patient from day service
        Patient: [[name:Gwen Maddox]], [[age:84]], {{Alzheimer's}}, lives with husband [[name:Idris]] at [[address:3 Tanners Row, Kelston]] [[postcode:SY7 9LP]]
        [[date:Tuesday 15 October 2024]]
        1015 Arrived at {{day hospital}} by {{patient transport}}.
        1240 Lunch. Seen by {{OT}} [[name:Kat]].
        1330 Noticed missing, coat gone from the rack. Fire door to the {{garden}} found propped open by contractors.
        1335 Building and grounds searched.
        1345 {{999}}. {{Herbert Protocol}} form e-mailed to {{police}} (already on file with a recent photo – helped a lot).
        1410 [[name:Idris]] informed by [[name:Sanjeev]] ({{nurse in charge}}).
        1505 [[name:Gwen]] found by police at the bus station, 1.5 miles away, cold but unhurt.
        1530 Back on unit, {{physical obs}} normal.
        Learning: contractors had not been briefed on the door policy and the door alarm had been isolated for their work. Estates to brief every contractor; alarms never isolated without sign-off from the nurse in charge.
    """)),
    ("health", "incident", block("""
        From: [[name:Helen Okonkwo]] <[[email:helen.okonkwo3@nhs.net]]>
        Sent: [[date:24 January 2025]] 16:02
        To: [[email:harefield.admin@nhs.net]]
        Cc: {{Older Adults CMHT}} duty
        Subject: Learning – fall and bradycardia after donepezil titration

        Dear Dr [[name:Fairweather]],
        Your patient [[name:Ronald Asante]] (NHS [[nhs_number:721 622 1907]]) had a syncopal fall at home on {{Wednesday}} and was admitted to [[organisation:Kelston Royal]]; HR 41 on arrival. The memory clinic increased his {{donepezil}} to 10mg in {{December}}. He is also on {{bisoprolol}}. No baseline {{ECG}} was done before starting, which our {{prescribing guidance}} requires with a rate-limiting drug.
        The medical team have stopped the donepezil. I've logged this on {{Datix}} and it will go to our {{M&M}}. We are adding a pulse/ECG prompt to the initiation template.
        Kind regards
        [[name:Helen]]

        [[name:Helen Okonkwo]] | {{Advanced Nurse Practitioner}} | Memory Service
        [[organisation:Kelston & Dene NHS Foundation Trust]] | [[phone:0113 496 0582]]
    """)),
    ("health", "success", block("""
        Teams – OA CMHT North
        [[name:Marcus Thorne]] 11:47
        back from Mrs [[name:Ellery]]. new "lodger" been there 3 wks, her {{Attendance Allowance}} going into his account, fridge empty, {{oil tank}} empty
        [[name:Folasade Ige]] 11:49
        😟 does she have {{capacity}} re finances?
        [[name:Marcus Thorne]] 11:52
        did a {{decision-specific}} assessment, yes she does. she wants him gone but is scared. {{safeguarding adults}} referral made with her consent + rang the bank with her on speaker, card frozen. {{DWP}} want her NI no for the payee check, its [[ni_number:JH 28 55 61 A]]
        [[name:Folasade Ige]] 11:53
        brilliant. I'll ring {{Age UK}} re the emergency oil fund
        [[name:Marcus Thorne]] 15:20
        update: {{police}} attended, lodger gone, bank refunding £2,140. she said "first time I've slept properly in a month". good teamwork all
    """)),
    ("health", "near_miss", block("""
        NEAR MISS REPORT
        Date of event: [[date:19/06/2025]]
        Service: Older Adults CMHT – care home liaison
        Reporter: [[name:Rosa Delgado-Pérez]], {{care home liaison nurse}}
        Patient initials / ref: [[name:E.M.]] / [[case_reference:RIO-4471920]]
        Care home: [[organisation:Bramble Lodge Care Home]]

        What happened: at review, staff told me they planned to start crushing [[name:E.M.]]'s {{quetiapine}} into yoghurt that evening because she keeps spitting tablets out. The {{GP}} had said "fine" over the phone. There was no {{mental capacity assessment}}, no {{best interests}} decision and no {{pharmacist}} advice about crushing a {{modified-release}} tablet. Nothing had been given yet.
        What I did: asked them to hold; {{MCA}} assessment same day (lacks capacity re medication); best-interests discussion with daughter and GP; pharmacist switched her to a liquid. Covert plan written, review in 4 weeks per {{NICE}} guidance.
    """)),
    ("health", "incident", block("""
        Caseload handover – [[name:Jen]] (on leave from [[date:1/8]]) to [[name:Nav]]
        Name | NHS no | Risk | Plan
        [[name:Arthur Penhaligon]] | [[nhs_number:854 357 2894]] | HIGH – {{depression}}, said "no point going on" [[date:28/7]] | weekly visit {{Thurs}}, {{safety plan}} updated
        [[name:Bea Lindqvist]] | [[nhs_number:294 766 0676]] | low | {{memantine}} review {{Sept}}

        Incident addendum [[date:9/8]]: [[name:Arthur]]'s {{Thursday}} visits never went into [[name:Nav]]'s diary – the handover was sent as an e-mail, not booked on {{RiO}}. No contact for 9 days. His wife rang {{duty}} on [[date:8/8]]: he had taken extra {{mirtazapine}}. Seen in {{ED}}, medically fit, now with the {{crisis team}}.
        Learning: all visits booked on RiO before leave and checked by the manager. Datix [[case_reference:W291177]].
    """)),
    ("health", "success", block("""
        Memory Service Quality Meeting – minutes
        [[date:12 March 2025]], {{MS Teams}}
        Attendees: Dr [[name:Rukhsana Siddiqui]] (chair, {{consultant old age psychiatrist}}), [[name:Tom Feeney]] ({{service manager}}), [[name:Bibi Hassan]] ({{CNS}}), [[name:Lucy-Anne Moore]] ({{assistant psychologist}}), [[name:Kofi]] ({{admin lead}})

        1. Waiting times: referral to diagnosis down from 31 weeks to 11. Key changes: nurse-led {{ACE-III}} clinics at [[organisation:Harefield Medical Practice]] and [[organisation:Castle Street Surgery]]; {{CT head}} booked at triage; [[name:Kofi]]'s {{pre-assessment phone call}} cut DNAs from 18% to 6%.
        2. Feedback: 94% would recommend.
        Actions: [[name:TF]] to share with the {{ICB}}; [[name:BH]] to write up for {{MSNAP}} accreditation.
    """)),
    ("health", "incident", prose("""
        Depot clinic, [[date:Friday 7 February]]. Two patients with the surname
        [[name:Mahmood]] were booked ten minutes apart. I called "Mr [[name:Mahmood]]" into the
        {{clinic room}} and gave {{haloperidol decanoate}} 50mg, which was prescribed for
        [[name:Tariq Mahmood]] (NHS [[nhs_number:288 092 1643]]). The man I injected was
        [[name:Zafar Mahmood]] (NHS [[nhs_number:138 260 5277]]), who has a monthly
        {{aripiprazole}} {{long-acting injection}}. I did not read back name and date of birth
        against the {{prescription chart}}. I realised when [[name:Tariq]] arrived. [[name:Zafar]]
        was told straight away by me and the {{consultant}}; {{home treatment}} did checks for
        {{EPSE}} over 24 hours and he had only mild stiffness. {{Duty of candour}} letter sent.
        I'm upset about this but my manager [[name:Lorna]] has been really supportive. Changes:
        positive ID out loud with a photo card in depot clinic, and a same-surname alert on the
        clinic list. – [[name:Kemi]], {{CPN}}
    """)),
    ("health", "success", prose("""
        SHOUT-OUT 🌟 to [[name:Dawn]] ({{HCA}}) who visited Mr [[name:Banerjee]] on
        {{Tuesday}}. His wife said his memory had "fallen off a cliff" overnight and everyone
        assumed his {{dementia}} was progressing. [[name:Dawn]] noticed he was picking at the
        air and much drowsier than usual, did a {{4AT}} (scored 6) and flagged possible
        {{delirium}} to the {{duty doctor}}. The {{GP}} did a {{urine dip}}, a {{UTI}} was treated
        with {{nitrofurantoin}}, and by {{Friday}} he was back to doing the crossword. Without
        [[name:Dawn]] he could easily have ended up in a care home. — [[name:Tom F]], team manager
    """)),
    ("health", "near_miss", block("""
        Duty line call log – [[date:Mon 3 Mar 2025]]
        1012 Call from [[phone:+44 7700 900731]], says he is [[name:Gareth]], son of [[name:Maureen Pike]] (DOB [[date_of_birth:22.11.1938]]). Wants a copy of her {{memory assessment}} results, says he has {{Lasting Power of Attorney}}.
        1015 Said I'd ring back after checking. No LPA on {{RiO}}. [[name:Maureen]] previously said she did not want information shared with [[name:Gareth]] (recorded [[date:Jan 2024]]).
        1030 {{OPG}} search – LPA is property & financial affairs only, not {{health and welfare}}.
        1045 Rang back, explained we can't share clinical information. Annoyed but accepted. Offered to pass a message to [[name:Maureen]]'s {{care coordinator}}.
        Why a near miss: the {{student nurse}} who took the first call had started reading out the {{ACE-III}} score before I took over – stopped at "she scored".
        Learning: phone confidentiality refresher for students; check LPA type before sharing anything. – [[name:S. Achterberg]], {{duty worker}}
    """)),
    ("health", "incident", block("""
        Post-incident debrief – [[organisation:Rowan Ward]] (older adult mixed {{functional and organic}} ward)
        Date: [[date:2 April 2025]]
        Present: [[name:Chidi]] ({{ward manager}}), [[name:Ewa]], [[name:Sandy]], [[name:Raj]] ({{HCAs}}), [[name:Liam]] ({{psychologist}})
        Incident: at 1650 [[name:JK]] ({{advanced dementia}}) struck [[name:PD]] with his {{walking frame}} in the lounge. [[name:PD]] had a 3cm cut to forehead – steri-strips, {{head injury observations}}, CT as he is on an {{anticoagulant}} (NAD).
        Discussion: it happened at 1630–1700 when both staff were in handover and the lounge was unobserved. [[name:JK]]'s {{behaviour support plan}} already names late afternoon as his most distressed time.
        Agreed: staggered handover so one person always stays in the lounge; 1600 music/hand-massage session ({{Namaste care}}).
        Both families informed. {{Safeguarding}} referral ref [[case_reference:SG-25-1183]].
    """)),
    ("health", "success", block("""
        From: [[email:yaw.boateng@nhs.net]]
        To: [[email:sinead.mccourt@nhs.net]]
        Subject: Thank you – ACB project

        Hi [[name:Sinéad]],
        Just to say thank you to you and [[name:Hamza]] at [[organisation:Castle Street Surgery]] for the joint {{anticholinergic burden}} review. Of the 46 memory clinic patients registered with you, 19 had an {{ACB score}} of 3 or more; after {{structured medication reviews}} 14 have come down, mostly by stopping {{oxybutynin}} and {{amitriptyline}}. Two families have told us their relative seems "brighter".
        We'd love to present it at the {{Primary Care Network}} meeting in {{June}} if you're up for it.
        Best,
        [[name:Yaw]]

        Dr [[name:Yaw Boateng]], {{Specialty Doctor}}
        [[organisation:Ashgrove Memory Clinic]]
    """)),
    ("health", "incident", prose("""
        Incident – self-neglect, [[date:8 January 2025]]. I visited
        [[name:Clifford Hartley]] (known as [[name:Cliff]]), [[age:88]], at
        [[address:Flat 2, 41 Bishopsgate Terrace, Dene Vale]], [[postcode:DL8 3RT]]. No answer;
        the neighbour had a key. [[name:Cliff]] was in his chair in two coats, the flat was 9°C
        and the boiler had been off since before {{Christmas}} because he could not work the new
        thermostat. {{Tympanic temperature}} 34.8. Called {{999}}; admitted to
        [[organisation:Kelston Royal]] with {{hypothermia}}. He had cancelled his
        {{care package}} in {{November}} saying he was "managing", and nobody reviewed that
        decision against his {{dementia}} diagnosis. Learning: when someone with cognitive
        impairment cancels care, the {{care coordinator}} and {{adult social care}} should do a
        joint review including {{capacity}}. Safeguarding concern raised for self-neglect.
        – [[name:Mags]], community psychiatric nurse
    """)),
    ("health", "near_miss", block("""
        Referral timeline – [[name:Hyacinth Campbell]], [[age:76]], NHS [[nhs_number:295 556 9429]]
        [[date:04/11/2024]] GP ([[organisation:Millbrook Surgery]]) refers via {{e-RS}}: "memory decline, falls, ?{{Lewy body}}".
        [[date:05/11/2024]] Rejected automatically – retired clinic code. Rejection went to a {{generic practice inbox}}; nobody actioned it.
        [[date:13/01/2025]] Our quarterly {{rejected referrals audit}} ([[name:Kofi]], admin) picks it up.
        [[date:14/01/2025]] Rang Mrs [[name:Campbell]] and her daughter [[name:Marcia]] ([[phone:07700 900 219]]). Two more falls since {{November}}; seeing children in the garden who aren't there.
        [[date:20/01/2025]] Seen urgently, {{DaTscan}} requested, {{falls clinic}} referral.
        Near miss: 10-week delay, no harm identified so far. Surgery informed; asked the e-RS team to redirect the old code.
    """)),
    ("health", "success", prose("""
        Thank-you note left at reception, [[date:30 May 2025]]: "To the lovely lady on the
        {{front desk}}, I think your name is [[name:Jas]]? When I came with my husband
        [[name:Winston]] for his {{brain scan}} results I was in pieces in the {{car park}}. You
        came out with a cup of tea, sat with me, and walked us to the {{clinic room}} yourself. It
        made such a difference. God bless, [[name:Merle]] ([[name:Winston Abernethy]]'s wife)."
        Added by [[name:Jasmin O'Connell-Reid]] ({{receptionist}}): sharing because the
        {{Dementia Friends}} session honestly helped me spot she was struggling. Card now on the
        {{staff room}} wall.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        TECH LOG – [[aircraft_registration:G-BXRT]] ({{Robin DR400}} tug)
        Date: [[date:12/04/2025]]   Hours: 3412.6   Pilot: [[name:D. Okafor]]
        Defect: after 6th {{aerotow}}, oil on {{windscreen}} and {{cowling}}; oil pressure at bottom of the green on downwind. Released glider early over the field, landed normally. Oil filler cap found not locked – left loose at the {{A-check}} (I did the check, my error).
        Action: a/c grounded. {{Engineer}} [[name:Pete Lomax]] ([[organisation:Hartmoor Aero Engineering]]) inspected, no engine damage, oil topped up, {{ground run}} OK, released to service 1630, {{CRS}} signed.
        Learning: {{daily inspection}} sheet now has its own tick for "oil cap locked & wire-locked", plus second-person check on the tug before first flight.
        Reported on club {{SMS}} and to {{the CAA}} via {{ECCAIRS}}, MOR ref [[case_reference:2025/04318]].
    """)),
    ("aviation", "near_miss", block("""
        [[organisation:Hartmoor Radio]] – transcript from recording, [[date:Sun 18 May 2025]], RWY 24
        1402:10 Glider [[aircraft_registration:Victor Papa]]: [[organisation:Hartmoor Radio]], glider [[aircraft_registration:G-CJVP]], left hand downwind two-four
        1402:15 [[organisation:Hartmoor Radio]]: [[aircraft_registration:Victor Papa]], runway two-four, surface wind two-three-zero one-two, one tug on the ground
        1403:40 Glider [[aircraft_registration:Victor Papa]]: [[aircraft_registration:Victor Papa]] final two-four
        1403:55 Launchpoint: VEHICLE ON THE RUNWAY – [[aircraft_registration:Victor Papa]] go right, land on the grass right of the runway
        1404:05 Glider [[aircraft_registration:Victor Papa]]: landing right

        A member's car ([[vehicle_registration:WR70 KNE]]) drove across the {{threshold}} to the {{launch point}} without stopping at the {{crossing point}} or calling the {{radio operator}}. Glider landed on the grass, no damage. Driver ([[name:Hugh]]) joined last month and hadn't had the {{airfield familiarisation}} brief. {{Duty instructor}} spoke to him. Actions: new signs at the crossing; brief done before a gate code is issued. – [[name:Annie Fok]], {{CFI}}
    """)),
    ("aviation", "success", prose("""
        Shout-out for [[name:Isla McAndrew]] ([[age:16]]) on her fourth solo on {{Saturday}}.
        Her {{winch launch}} in [[aircraft_registration:G-CKRN]] had a {{cable break}} at about
        200ft. She lowered the nose straight away, waited for the approach attitude, pulled the
        {{release}} twice and landed ahead on the remaining runway exactly as practised. The
        {{weak link}} had failed – right colour, just its time. {{Winch driver}}
        [[name:Big Al]] and her {{instructor}} [[name:Oz]] both said it was the calmest
        break they've seen from a pre-Bronze pilot. Well done [[name:Isla]]! – [[name:Jez]]
        ({{CFI}}), [[organisation:Hartmoor Gliding Club]]
    """)),
    ("aviation", "incident", block("""
        BPA INCIDENT REPORT
        Drop zone: [[organisation:Skydive Hartmoor]]
        Date: [[date:06/07/2024]]   Load: 7   Aircraft: [[aircraft_registration:G-HRTJ]] ({{Cessna 208}})
        Jumper: [[name:Kieran O'Donoghue]]   DOB: [[date_of_birth:14/02/2001]]   Age: [[age:23]]   BPA no: [[case_reference:BPA 318827]]
        Category: {{RAPS}} student, 3rd jump. {{Student main}} 260, {{reserve}}, {{AAD}} fitted.
        Description: main deployed with a line-over. Student did his {{emergency procedures}} correctly, cutaway at about 2,200ft, reserve opened. Landed off the DZ in a stubble field 600m east, downwind, heavy landing. Suspected fracture left ankle.
        Ground crew ([[name:Shaz]], [[name:Tobi]]) reached him in 5 mins on the quad. Road ambulance to [[organisation:Kelston Royal]].
        Packer: [[name:M. Gallagher]] – pack reviewed by the {{Chief Instructor}}, no fault; line-over put down to body position on exit.
        [[name:Kieran]] rang us [[date:08/07/2024]] – ankle plated, in good spirits.
        Reported to {{BPA}} {{STC}} within 48 hrs.
    """)),
    ("aviation", "near_miss", block("""
        DZ frequency – extract, [[date:Fri 22 August 2025]]
        1522:30 [[organisation:Kelston Radar]]: Jump 1, traffic [[flight_number:EZY1483]] {{A319}} six miles southeast descending FL70, no factor
        1523:02 Jump 1 ([[aircraft_registration:G-HRTJ]]): two minutes to drop, eleven thousand
        1523:20 DZ Control: Jump 1 HOLD HOLD HOLD, glider circling over the DZ at about four thousand, got him on the {{FLARM}} screen
        1523:25 Jump 1: holding, going round
        1524:40 DZ Control: glider two miles west now, clear drop
        1525:05 Jump 1: jumpers away

        Glider [[aircraft_registration:G-CHLM]] ([[name:Bernard Nwosu]], [[organisation:Hartmoor Gliding Club]]) had followed a {{thermal street}} over the {{drop zone}} and didn't know a drop was imminent; the {{NOTAM}} was in the {{briefing}} but he wasn't listening on the DZ frequency. Learning: gliders operating within 3nm to monitor the DZ frequency; "two minutes" and "jumpers away" calls to go out on both frequencies. {{DZ controller}} [[name:Moz]] – great lookout.
    """)),
    ("aviation", "incident", prose("""
        Winch launch, runway 06, [[date:23 August 2024]], about 1120.
        [[aircraft_registration:G-CKFN]] ({{ASK 21}}), P1 [[name:Lance Whitby]]
        ({{basic instructor}}), P2 a trial lesson visitor, [[name:Ngozi]], aged [[age:41]]. The
        left wing dropped onto the grass in the {{ground run}} – the {{wing runner}} let go early
        when the {{cable}} snatched – and the glider {{ground looped}} about 40° left.
        [[name:Lance]] released straight away. Nobody hurt, but the left {{wingtip}} and
        {{tailskid}} are damaged and the aircraft is off line for repair. Contributing: a
        12-knot {{crosswind}} from the left, a wing runner who hadn't been briefed on crosswind
        launches, and a new {{winch}} driver taking up slack harder than usual. Actions: wing
        runner brief card at the launch point, the {{BGA}} wing-drop video at {{club night}},
        and a check flight with [[name:Stef]] for the winch driver. [[name:Ngozi]] was given a
        free lesson and came back the next weekend.
    """)),
    ("aviation", "success", block("""
        From: [[name:Bridget Carr-Harris]] <[[email:b.carr-harris@hartmoorairfield.co.uk]]>
        To: [[email:fire@hartmoorairfield.co.uk]]
        Date: [[date:2 June 2025]]
        Subject: Thank you - fuel spill Saturday

        Hi [[name:Gav]] and [[name:Yemi]],
        Just a note to say thank you for {{Saturday}}. When the {{bowser}} hose split while fuelling [[aircraft_registration:G-OKXB]] on the {{apron}}, you had the {{spill kit}} down and the area coned off inside two minutes, stopped the visiting pilot starting up, and had {{foam}} on standby without any fuss. About 40 litres of {{Avgas}} went into the {{drain interceptor}}, not the stream.
        [[name:Gav]] – the bowser is off for a new hose and full check, and the {{Environment Agency}} has been told as a precaution (ref [[case_reference:EA-NIRS-2025-118433]]).
        Really professional. Biscuits are in the {{crew room}}.
        [[name:Bridget]]

        [[name:Bridget Carr-Harris]]
        {{Airfield Manager}}, [[organisation:Hartmoor Airfield]]
        [[phone:01632 960 773]]
    """)),
    ("aviation", "near_miss", block("""
        Occurrence: visiting aircraft landed without {{PPR}} during winch launching
        Date: [[date:27/07/2025]] 1315L
        Reported by: [[name:Raymond Achebe]] ({{duty pilot}})
        Aircraft: [[aircraft_registration:D-EKLW]] ({{PA-28}})
        Pilot: [[name:Jürgen Hoffmann]], tel [[phone:+49 171 5550192]]
        What happened: aircraft joined overhead without calling [[organisation:Hartmoor Radio]] and landed on 24 while the {{winch cable}} was being laid out across the grass for the next launch. Stopped about 100m short of the cable. Pilot had an old frequency from before the {{8.33 kHz}} change in his {{flight guide}}, and didn't see the {{signals square}}.
        Action: pilot briefed by the {{CFI}}; our {{AIP}} entry checked and correct; flight guide publisher asked to update. Launching now stops whenever an unknown aircraft is seen in the circuit. MOR filed.
    """)),
    ("aviation", "near_miss", prose("""
        Near miss – misfuelling. {{Sunday}} [[date:14/09/24]] approx 1030. New fuel attendant
        [[name:Callum Reid]] (second week) drove the {{Jet A-1}} bowser over to the tug
        [[aircraft_registration:G-BXRT]], which takes {{Avgas 100LL}}. The parachute centre had
        asked for Jet A-1 for the {{Caravan}} and [[name:Femi]] had asked for avgas for the tug,
        and the two got mixed up. [[name:Femi]] was doing his {{walkround}} and saw the JET A-1
        decal on the bowser before the cap was off. Nothing went in. If it had, the engine could
        have run on the avgas in the lines and then quit on climb-out with a glider on tow. The
        Jet A-1 bowser had been fitted with a round nozzle after a repair instead of the
        {{J-spout}}. Fixed: correct spout refitted, bowsers colour-coded, every order now written
        on a {{fuel docket}} with registration and grade and checked against the
        {{fuel placard}}. [[name:Callum]] has been brilliant and helped write the new procedure.
    """)),
    ("aviation", "success", block("""
        Debrief – tandem day, [[date:Sat 21 June]]
        Present: [[name:Moz]] ({{DZ Controller}}), [[name:Kasia]], [[name:Ben T]], [[name:Sophie-Jane]] ({{tandem instructors}}), [[name:Len]] (pilot)
        WWW: [[name:Moz]] called a {{wind hold}} at 1330 with ground gusts of 19 kts – limit is 20 for tandems but the {{Met Office}} {{TAF}} and our {{anemometer}} were both trending up. 14 tandem students held in the {{packing shed}}; some grumbling. At 1405 a gust front came through at 31 kts. Load 6 would have been under canopy.
        EBI: students to be told at booking that holds happen – [[name:Dee]] on {{manifest}} took most of the complaints.
        Charity group from [[organisation:St Luke's Hospice]] rebooked free for [[date:5 July]].
        Thanks [[name:Moz]] – exactly the call we want people to make.
    """)),
    ("aviation", "incident", block("""
        MANDATORY OCCURRENCE REPORT – summary (club copy)
        Occurrence ref: [[case_reference:MOR 2024/11592]]
        Date/time: [[date:19/08/2024]] 1447 UTC
        Aircraft: glider [[aircraft_registration:G-CFZD]] ({{LS8}}), pilot [[name:Quentin Aldous-Sharpe]] ([[organisation:Hartmoor Gliding Club]])
        Other aircraft: [[flight_number:EZY2817]] ({{A320}}) inbound to [[organisation:Kelston Airport]]
        What happened: on a cross-country the glider climbed in a thermal to 5,600ft and entered the {{Class D}} {{CTA}} (base 4,500ft) for about 4 minutes. Pilot's {{moving map}} had an out-of-date airspace file. [[organisation:Kelston Radar]] saw the {{Mode S}} return and turned [[flight_number:EZY2817]] away; closest 1.2nm / 600ft.
        Pilot reported himself on landing.
        Club actions: airspace refresher at club night; all members to update moving map data every {{April}}. The {{CFI}} reviewed the flight with [[name:Quentin]] – honest error, promptly reported, and he has volunteered to give the talk. {{NATS}} and {{the CAA}} have the MOR.
    """)),
    ("aviation", "near_miss", block("""
        Safety Committee – minutes
        [[date:9 November 2024]], {{clubhouse}}
        Present: [[name:Annie Fok]] ({{CFI}}, chair), [[name:Rob Pennington-Smith]] ({{Safety Officer}}), [[name:Wen Li]] ({{tug master}}), [[name:Harj]] (parachute ops), [[name:Dougie Mac]] (hangar)
        Apologies: [[name:Bridget]]

        1. Near miss – {{hangar door}}, 3 Nov. In gusts of about 40 kts the west hangar door, left unbolted, rolled open and slammed along its track, stopping 30cm from the {{wingtip}} of the club {{Puchacz}} [[aircraft_registration:G-CHUV]]. Nobody in the hangar.
        Agreed: {{ground bolts}} dropped on both leaves every time; "last out checks doors" added to the {{closing-down checklist}}.
        2. {{FLARM}} – 3 club gliders still on old firmware.
        Actions: [[name:RPS]] – signs on doors. [[name:DM]] – firmware by end of month.
    """)),
    ("aviation", "success", prose("""
        {{Sunday}} afternoon, [[date:16 March 2025]]. One of our longest-standing members,
        [[name:Frank Delaney]] ([[age:74]]), collapsed in the {{clubhouse}} after flying.
        [[name:Nisha]] from the parachute centre, an off-duty {{paramedic}}, started {{CPR}}
        within a minute while [[name:Lewis]] fetched the {{AED}} from the hangar wall. It advised
        a shock on the second analysis. [[name:Frank]] had a pulse back before the
        {{air ambulance}} landed on the field. He is home now with an {{ICD}} and sent a card:
        "Thank you for my second go." It worked because everyone knew where the AED was from the
        {{induction}} briefing. – [[name:Rob P-S]], {{Safety Officer}}
    """)),
    ("aviation", "incident", block("""
        #dz-ops – [[date:Sat 6 Sep]]
        [[name:Harj]] 12:14
        heads up - fun jumper off load 4 landed in Mr [[name:Tregunna]]'s horse paddock at [[address:Wellow Farm]], horses bolted, one went through the fence
        [[name:Kasia]] 12:16
        is the jumper ok?? who
        [[name:Harj]] 12:17
        [[name:Dan W]], he's fine, says he misjudged the {{spot}}, {{uppers}} stronger than forecast. went straight over to help catch them
        [[name:Moz]] 12:31
        mare has a cut leg, vet coming. [[name:Tregunna]] not happy, fair enough. got his number [[phone:07700 900 554]] will ring tonight
        [[name:Moz]] 12:33
        standing down fun jumpers til ive spoken to the {{CI}}. {{exit order}} + spot need looking at
        [[name:Kasia]] 12:40
        for the record [[name:Dan]]'s {{canopy}} is a 150 and he's on 200 jumps – spot was the issue not his flying
        [[name:Moz]] 18:05
        spoke to mr [[name:tregunna]]. we pay the vet bill via {{BPA insurance}}, {{windsock}} going up on his side, paddock added to the {{DZ brief}} as a no-land area
    """)),
    ("aviation", "incident", block("""
        Duty pilot log – [[date:Wed 30/07/25]]
        1010 Briefing. Wind 270/12. 300km task set.
        1545 [[name:Olu]] outlanded in [[aircraft_registration:G-CJWB]] at [[address:Manor Farm, Little Stainby]] [[postcode:LN8 4QS]] – safe, hay field. Rang the farmer.
        1610 Retrieve crew [[name:Bryony]] + [[name:Nat]] left in [[name:Bryony]]'s Volvo [[vehicle_registration:GX17 PLD]] with the club {{trailer}}.
        1722 [[name:Bryony]] rang: trailer came off the {{towball}} on the A-road at about 40mph and went into the verge. {{Breakaway cable}} applied the trailer brake and it stopped. Nobody hurt, no other vehicle involved. {{Jockey wheel}} and nose damaged; glider checked later, no damage.
        1840 {{Police}} attended, no further action.
        Cause: {{hitch}} not fully over the ball – the {{hitch indicator}} was painted over and unreadable.
        Actions: indicators on all club trailers checked and repainted; "hitch & breakaway checked by second person" added to the {{retrieve checklist}}.
    """)),
    ("aviation", "success", block("""
        TECH LOG ENTRY – [[aircraft_registration:G-HRTJ]] {{Cessna 208}} Caravan (jump aircraft)
        [[date:03/05/2025]] {{daily inspection}} by [[name:Siân Rowlands]] ({{licensed engineer}}, B1)
        Finding: 4cm hairline crack RH {{exhaust stack}}, heat discoloration on adjacent {{cowling}} skin. Not present at last week's inspection.
        Action: aircraft {{AOG}}, load 1 cancelled, stack ordered.
        Comment – {{Chief Pilot}} [[name:Len Hargreaves]]: great spot by [[name:Siân]]. It's under the cowl lip and easy to miss at 0700 with a queue of jumpers waiting. An exhaust leak into the {{cabin}} on a full load is a {{carbon monoxide}} risk for 15 people. Thank you for not feeling pressured. {{CO detector}} cards in the cabin replaced at the same time.
        Released to service [[date:06/05/2025]] after new stack fitted, {{CRS}} ref [[case_reference:HAE/CRS/25/0219]].
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind162", REPORTS))
