"""Held-out blind corpus 248: 50 hand-written UK learning reports (incident, near miss, success).

Written blind (without sight of the de-identifier or any other corpus) so that it measures how
well de-identification generalises. All people, organisations, places and numbers are invented.

Settings:
- social_care (17): a council's unaccompanied asylum-seeking children and care leavers' housing
  team - supported accommodation, Home Office appointments, interpreters, colleges.
- health (17): a minor injuries unit and urgent treatment centre - streaming, x-ray, fractures,
  safeguarding flags, GP out-of-hours, walk-outs.
- aviation (16): a seaplane and floatplane tour operator on a Scottish loch - pilots, dock hands,
  passenger briefings, mooring, weather calls, tour bookings.

Styles are deliberately mixed: rushed lower-case notes with typos, formal narratives,
chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports with handles, handover notes, minutes with attendance lists, tables,
radio transcripts, shout-outs and thank-you notes.

Mark-up: [[label:value]] marks an identifier, {{term}} a mention that must not be redacted.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind248.jsonl"

REPORTS = [
    ("social_care", "incident", prose("""
        v quick note, on duty so typing fast. [[name:abdi]] ([[age:16yo]]) moved into {{semi-independent}}
        placement at [[address:22 Tanner Row, Harrowfield]] [[postcode:HF3 9LW]] on [[date:tues 4th]] but
        nobody rebooked the {{interpreter}} so his {{Home Office}} {{screening interview}} on [[date:thurs 6th]]
        went ahead with no {{Somali}} interpreter. officer used a phone line that kept droping out.
        [[name:abdi]] says he didnt understand half of it and signed anyway. his {{PA}} [[name:Sunny]] only
        found out when he sent her a pic of the letter on {{WhatsApp}}. rang [[organisation:Clearvoice Interpreting]]
        - the booking was still under his old address at [[organisation:Marlowe House]] and got auto cancelled
        when that placement ended. nobody gets told when that happens!! {{legal rep}} at
        [[organisation:Dunmore & Shah Solicitors]] aware + asking for a re-interview. need a check of every
        move in the last month pls. ref [[case_reference:UASC/2291]] - [[name:kp]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Grace Mwangi]] <[[email:grace.mwangi@harrowfield.gov.uk]]>
        To: UASC Housing Team
        Date: [[date:14 March 2024]] 09:12
        Subject: Near miss - wrong DOB pre-filled on licence agreement

        Hi all,

        Flagging a near miss from yesterday. Preparing the {{licence agreement}} for [[name:Merhawi Tesfay]]
        ([[case_reference:CL-40718]]) at [[organisation:Northbank Supported Living]], I noticed the form had
        pre-filled DOB [[date_of_birth:02/09/2006]]. That belongs to a different young person,
        [[name:Merhawi Tesfaye]] ([[case_reference:CL-40733]]). Our [[name:Merhawi]]'s recorded DOB is
        [[date_of_birth:01/01/2007]] following his {{Merton-compliant age assessment}}.

        Had it gone to the provider he would have been treated as 18 and lost {{Section 20}} support.
        Both are {{Tigrinya}} speakers and both came via the {{National Transfer Scheme}}, so the
        {{case management system}} offered the wrong record first.

        Could we add NTS date or {{Home Office}} ref to the search screen?

        Thanks,
        [[name:Grace]]

        [[name:Grace Mwangi]] | {{Personal Adviser}} | [[organisation:Harrowfield City Council]] Leaving Care
        T: [[phone:01632 960417]]
    """)),
    ("social_care", "success", block("""
        {{Teams}} chat export - UASC & Care Leavers Housing - [[date:Fri 22 March]]

        [[name:Hope Adeyemi]] 09:41
        big shout out to [[name:Bill]] at [[organisation:Castlegate Lodgings]] 🙌 [[name:Yonas]] ([[age:17]]) had
        his {{substantive interview}} with the {{Home Office}} yesterday. [[name:Bill]] got up at 5, did the
        train with him, sat outside for six hours and brought him home

        [[name:Will Okonkwo-Reid]] 09:44
        legend. he also made sure [[name:Yonas]] had his {{ARC card}} and the letter from his {{GP}} about the
        nightmares, the {{legal rep}} said it really helped

        [[name:Hope Adeyemi]] 09:45
        @[[name:Faith]] can this go in the {{provider forum}} newsletter? and pls tell the {{IRO}} before his
        {{LAC review}} on [[date:2nd April]]

        [[name:Faith Lindqvist]] 09:52
        on it. will copy [[name:Yonas]]'s {{PA}} too. this is what good {{supported lodgings}} looks like 👍
    """)),
    ("social_care", "incident", block("""
        Chronology - [[name:Arman Rahimi]] ([[case_reference:UASC/1874]]), aged [[age:15]]
        {{Missing episode}} [[date:9-10 Feb 2024]]

        21:30  Support worker [[name:Jade]] at [[organisation:Lowfield Court]] notes [[name:Arman]] not back for
               curfew. Phone off.
        22:15  [[name:Jade]] rings {{EDT}} ({{emergency duty team}}). Advised to wait until 23:00.
        23:05  Reported missing to police, log [[case_reference:PH-0923-1104]]. {{Philomena Protocol}} form not
               on his file - only a blank template.
        00:40  Police ask for a recent photo and a {{Dari}}-speaking contact. Neither on file.
        02:10  [[name:Arman]] found at the {{bus station}} by officers, cold but unharmed. Says two older males
               offered him cash work at a {{car wash}}.
        09:00  {{Return home interview}} requested. {{CCE}} screening and {{NRM}} consideration sent to {{MASH}}.

        Learning: the {{Philomena}} form must be done at move-in with a photo. [[organisation:Lowfield Court]]
        changed manager in {{January}} and the packs were lost.

        Reported by [[name:D. Haworth]], {{Team Manager}}
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM - Leaving Care Accommodation
        Name: [[name:Elira Hoxha]]
        DOB: [[date_of_birth:17/05/2005]]
        Ref: [[case_reference:CL-38802]]
        NI No: [[ni_number:JT 48 21 93 C]]
        Address: [[address:Flat 3, 41 Quarry Lane, Harrowfield]] [[postcode:HF7 2DN]]
        Date of incident: [[date:28/02/2024]]
        Category: Tenancy / Fire safety

        Description: [[name:Elira]] ([[age:18]]) had no heating or hot water for nine days at her
        {{Staying Close}} flat. Landlord [[organisation:Pennine Lets Ltd]] told her the {{gas safety certificate}}
        had lapsed and an engineer "was booked". She used a camping stove indoors to heat water and caused a
        small kitchen fire. {{Fire and Rescue}} attended, no injuries. She is an {{Albanian}} speaker and had
        reported the fault twice via the landlord's app using a translation tool; neither report reached her
        {{PA}}.

        Action: {{emergency accommodation}} same day, {{environmental health}} referral, provider list review.
        Completed by: [[name:Rosa Delgado-Kerr]], {{Senior Practitioner}}
    """)),
    ("social_care", "near_miss", block("""
        {{WhatsApp}} - Housing Duty Phone
        [[date:11/04/24]], 07:52 - [[name:Tomasz]]: taxi for [[name:Habib]] still not here, his {{reporting event}} is at 10
        [[date:11/04/24]], 07:55 - [[name:Nkechi B]]: which firm?
        [[date:11/04/24]], 07:58 - [[name:Tomasz]]: [[organisation:A1 Harrow Cars]]. just rang, driver in
        [[vehicle_registration:YK21 OPF]] says the booking is for tomorrow
        [[date:11/04/24]], 07:59 - [[name:Nkechi B]]: 🙄 ok I'll take him in the pool car [[vehicle_registration:HF19 KZA]]
        [[date:11/04/24]], 08:03 - [[name:Tomasz]]: he's panicking, thinks he gets detained if he's late
        [[date:11/04/24]], 08:04 - [[name:Nkechi B]]: tell him we'll ring the {{reporting centre}} from the car
        [[date:11/04/24]], 09:41 - [[name:Nkechi B]]: made it 9.35. {{Home Office}} officer said late arrivals can
        get an {{absconder}} marker. close one. someone pls {{Datix}} it, {{Sat Nav}} sent me the long way
        [[date:11/04/24]], 09:44 - [[name:Tomasz]]: will do. taxi firm has a different date on their {{PO}} 🤦
    """)),
    ("social_care", "success", block("""
        UASC & Care Leavers Housing - Learning Panel minutes
        Date: [[date:Weds 17 April]]
        Present: [[name:Faith Lindqvist]] (chair, {{Service Manager}}), [[name:Kwame Asante]] ({{PA}}),
                 [[name:Joy Halloran]] ({{Commissioning}}), [[name:Rustam]] ({{young people's advocate}}),
                 [[name:M. Osei]] ({{IRO}})
        Apologies: [[name:Bill]] ([[organisation:Castlegate Lodgings]]), [[name:Hope Adeyemi]]

        1. College enrolment - what went well
        [[name:Kwame]] described how the {{ESOL}} department at [[organisation:Harrowfield College]] held six
        places open until [[date:30 September]] for young people whose {{BRP}} was delayed. 11 of 14 young
        people in our provision enrolled, up from 5 last year. Ms [[name:Begum]] at the college was the
        single named contact and met each young person with their {{key worker}}.

        2. Actions
        - [[name:Joy]] to add college liaison to the {{supported accommodation}} contract spec.
        - [[name:Rustam]] to collect feedback in {{Pashto}} and {{Tigrinya}}.
        - Next panel: [[date:15 May]].
    """)),
    ("social_care", "success", prose("""
        Thank-you card received by the team, translated for us by the {{interpreter}}:
        "To [[name:Mark]] and [[name:Amber]]. When I came I was [[age:15]] and I slept two nights at the
        {{police station}} because nobody had a bed. [[name:Mark]] found me a room at
        [[organisation:Ashdown Road Supported Housing]] and [[name:Amber]] took me to the {{GP}}, the
        {{dentist}} and every {{Home Office}} appointment. Now I am [[age:19]], I finished {{Level 2}}
        plumbing at [[organisation:Eastbrook College]] and on [[date:1 July]] I got the keys for my own
        {{council flat}}. Thank you for never giving up. From [[name:Samir]]."
        Note from {{Team Manager}}: the card is on the wall in the office. What worked - same worker from
        arrival to {{Pathway Plan}}, {{Staying Put}}-style extension agreed with the provider, and
        [[name:Amber]] pushing the {{housing register}} application early.
    """)),
    ("social_care", "incident", block("""
        HANDOVER - Out of Hours to Day Team - [[date:Sun 21/04]]

        1) [[name:Dawit]] ([[case_reference:UASC/2310]]) rang 01:20 from [[organisation:Marlowe House]]. Another
           resident threatened him with a kitchen knife over the shared fridge. Police attended, incident
           no. [[case_reference:CAD0114-21APR]]. [[name:Dawit]] unhurt but would not stay; moved at 03:00 to
           {{emergency accommodation}} with [[organisation:Brightstep Housing]] - NOT {{Ofsted}}-registered
           and he is only [[age:16]] - day team please review by noon.
        2) The other resident is also ours - [[name:L.T.]] ([[case_reference:UASC/2197]]). He was drunk, says
           no sleep for days since his {{refusal letter}}. Needs {{CAMHS}} follow-up, already open.
        3) Provider had one waking night worker for 11 rooms. Rota says two.

        {{On-call manager}} [[name:Viktor Hasani]] aware. Day team: strategy discussion? {{IRO}} to be told.
        - [[name:ruth]] (EDT)
    """)),
    ("social_care", "near_miss", block("""
        Provider visit log - fire safety spot checks - w/c [[date:6 May]]

        Property | Provider | Visited by | Finding
        [[address:9 Kiln Street]] | [[organisation:Brightstep Housing]] | [[name:TW]] | {{smoke alarm}} unplugged,
          YP said "goes off when cooking"
        [[address:Flat 2, 115 Canal Side]] | [[organisation:Northbank Supported Living]] | [[name:Pat]] |
          {{fire door}} wedged with a {{fire extinguisher}}
        [[address:14 Beech Grove]] | [[organisation:Castlegate Lodgings]] | [[name:TW]] | no issues
        [[address:3 Mill Yard]] | [[organisation:Brightstep Housing]] | [[name:Pat]] | {{Fire Risk Assessment}} out of date

        Why near miss: at [[address:9 Kiln Street]] [[name:Rizwan]] ([[age:17]]) had a pan fire on the hob two
        days before the visit - it went out by itself. Alarm would not have sounded. No {{PEEP}} for the
        resident with a hearing loss on the {{ground floor}}. Escalated to {{Commissioning}} and
        {{Contract Monitoring}}.
    """)),
    ("social_care", "incident", prose("""
        On [[date:3 June 2024]] the {{UASC team}} was contacted by [[organisation:Harrowfield Law Centre]]
        about [[name:Ibrahim Adam Yousif]], who had been placed by the {{Home Office}} in an adult
        {{contingency hotel}} at [[address:Station Approach, Harrowfield]]. He states he is [[age:16]] with a
        date of birth of [[date_of_birth:12 March 2008]]. He had been assessed as an adult at the
        {{port of entry}} on appearance alone and had been sharing a room with a [[age:34-year-old]] man for
        eleven days. A {{duty social worker}} visited the same afternoon with a {{Sudanese Arabic}}
        interpreter, found him credible, and under the {{benefit of the doubt}} principle in the {{ADCS}}
        {{age assessment guidance}} he was accommodated under {{Section 20}} that evening in {{foster care}}.
        Concerns: the hotel manager had raised his age with the {{Home Office}} contractor on
        [[date:27 May]] and nothing reached the council. Our {{MASH}} inbox shows no referral. Learning:
        agree a direct route with the {{asylum accommodation}} provider for age-dispute alerts, and brief
        hotel staff. Reported by [[name:Chiara Fontana]], {{Advanced Practitioner}}.
    """)),
    ("social_care", "success", prose("""
        Good practice note. [[name:Hevi Barzani]] turned [[age:18]] on [[date:19 August]] and his
        {{Pathway Plan}} review was held the week before at [[organisation:Castlegate Lodgings]]. His {{PA}}
        [[name:Olu]] asked for the plan to be written in {{Kurmanji}} as well as English, and booked the same
        {{interpreter}} who had done his {{Home Office}} interview so [[name:Hevi]] did not have to repeat his story to
        a stranger. [[name:Hevi]] chose his own goals: driving theory test, a Saturday job, and moving to
        [[organisation:Harrowfield City Council]] {{social housing}} near his cousin. Mrs
        [[name:Ferreira-Lund]] from the college attended by video. He said afterwards "this is the first time
        the plan is mine". Suggest we fund translated plans for all care leavers whose first language is not
        English - cost was [[organisation:Clearvoice Interpreting]]'s standard rate, about the price of one
        {{B&B}} night.
    """)),
    ("social_care", "near_miss", prose("""
        nearly missed [[name:yusuf]]s {{TB}} screening appt at [[organisation:Harrowfield Chest Clinic]] on
        [[date:tues 9th]]!! letter went to [[organisation:Marlowe House]] but he moved out on the [[date:2nd]] so it sat
        in the office. manager there ([[name:sandeep]]) spotted it on fri and rang me. {{IGRA}} blood test
        was booked + the {{new entrant screening}} nurse only does monday/tues. rebooked for same day, i took
        him. {{GP}} at [[organisation:Oakwell Medical Centre]] still has old address too, sent change of address
        form. think we need a checklist for moves - GP, dentist, college, {{Home Office}}, {{interpreter}}
        booking, {{optician}}. [[name:yusuf]] dob [[date_of_birth:03/11/2007]] ref [[case_reference:UASC/2265]].
        - [[name:Marta K]] ({{PA}})
    """)),
    ("social_care", "incident", block("""
        #leaving-care-housing ({{Slack}} export)

        @[[name:rosa.dk]] 10:02  um. I think I just emailed [[name:Aisha]]'s full {{referral pack}} to the wrong
        provider 😬 sent to [[email:referrals@northbanksl.co.uk]] instead of [[email:referrals@northgatesl.co.uk]]
        @[[name:kasia]] 10:03  what was in it?
        @[[name:rosa.dk]] 10:04  everything. her address [[address:27 Larch Close]] [[postcode:HF2 6RB]],
        {{Home Office}} ref [[case_reference:H1209874]], NI [[ni_number:SP 20 75 31 A]], the {{risk assessment}}
        incl. the trafficking history 😞
        @[[name:kasia]] 10:05  ring them now and ask them to delete, then {{IG}} form
        @[[name:rosa.dk]] 10:21  spoke to their manager [[name:Gareth]], deleted, confirmation email coming. {{IG}}
        form done, {{DPO}} copied. [[name:Aisha]] has been told with {{interpreter}}, she's upset
        @[[name:kasia]] 10:24  autocomplete in {{Outlook}} again. can we turn it off for referral mailboxes?
    """)),
    ("social_care", "success", prose("""
        Learning from success - {{eVisa}} transition. In the spring the service identified that 23 care leavers
        still held physical {{BRP}} cards due to expire. [[name:Nasrin Karimi]], {{Personal Adviser}}, set up
        drop-in sessions at [[organisation:Harrowfield Central Library]] every Thursday with laptops, a
        {{Dari}} and {{Farsi}} speaker and a volunteer from [[organisation:Open Door Refugee Project]]. Each
        young person created a {{UKVI account}}, linked their {{eVisa}} and got a {{share code}}. One young man,
        [[name:Ghulam]] ([[age:20]]), had a job offer withdrawn on [[date:4 April]] because the employer could
        not check his {{right to work}}; [[name:Nasrin]] helped him the same day and the offer was reinstated.
        All 23 completed before the deadline. Contributing factors: a named lead, a fixed weekly slot, and
        {{Team Manager}} [[name:Grace Mwangi]] protecting [[name:Nasrin]]'s diary time.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Andreea Popescu]] <[[email:a.popescu@eastbrook.ac.uk]]>
        Sent: [[date:Monday 23 September]] 16:47
        To: [[email:uasc.housing@harrowfield.gov.uk]]
        Subject: Student concern - [[name:Lam]] (ID [[case_reference:EB230417]])

        Dear Housing Team,

        [[name:Lam Van Duc]] ([[age:17]]) in my {{ESOL Entry 3}} class told me today that a man from
        his old {{nail bar}} job has been waiting outside his accommodation at [[address:6 Wharf Street]]. He
        showed me messages asking him to "pay back" his travel. He has not been at college since last
        Tuesday and asked if he can sleep at the college.

        I have logged this with our {{DSL}} and {{Safeguarding Lead}}. As far as I know nobody has told the
        council. I was not sure if I should also ring the police.

        Kind regards,
        [[name:Andreea]]

        [[name:Andreea Popescu]]
        {{ESOL Lecturer}} | [[organisation:Eastbrook College]]
        [[phone:0113 496 0582]]

        -- team note: [[name:Lam]] moved to a different provider that evening, {{NRM}} referral made,
        {{First Responder}} [[name:Kwame]].
    """)),
    ("social_care", "incident", block("""
        Call record - duty phone - [[date:12/07/2024]] 14:10
        Caller: [[name:Selam]] ([[case_reference:CL-39150]]), via telephone {{interpreter}} ({{Tigrinya}})
        Taken by: [[name:JK]]

        [[name:Selam]]: I don't want this interpreter. She is from my church.
        [[name:JK]]: Okay. Do you want me to end the call and book another?
        [[name:Selam]]: Yes. She will tell people about my baby.

        Call ended 14:13. Booked new interpreter via [[organisation:Clearvoice Interpreting]] for 15:00.

        Notes: Interpreter ID [[case_reference:CV-7731]] had also been used at [[name:Selam]]'s {{midwife}}
        appointment and {{Home Office}} {{further submissions}}. [[name:Selam]] ([[age:19]]) believes her
        pregnancy is now known in her community. Agency do not screen for community links in small
        language groups. Complaint raised with agency, {{Data Protection}} concern logged. Request made
        that interpreters state any prior link at the start of calls. [[name:J. Kowalczyk]], {{Duty Senior}}.
    """)),
    # ---- health ----
    ("health", "incident", prose("""
        [[name:Oluwaseun Bakare]], [[age:24]], attended [[organisation:Carrow Vale Urgent Treatment Centre]] on
        [[date:2 January]] after a {{FOOSH}} playing five-a-side (hospital no. [[case_reference:CV0048812]]).
        He was seen by a locum {{ENP}}. {{Anatomical snuffbox}} tenderness was documented, but the wrist
        {{x-ray}} was read as normal and he was discharged with {{ibuprofen}} and a {{wrist splint}}, without
        {{scaphoid views}} or a {{virtual fracture clinic}} referral. He came back on [[date:23 January]] with
        ongoing pain. Repeat imaging showed a displaced {{scaphoid waist fracture}} and he was referred to
        {{orthopaedics}} at [[organisation:St Aldhelm's Hospital]], where he is now listed for {{ORIF}}.
        Contributing factors: the locum had not been inducted on our {{scaphoid pathway}}; there is no
        {{radiology}} hot reporting after 17:00; the discharge template has no prompt for clinically
        suspected fractures with normal films. Actions: induction checklist updated, prompt added to the
        {{EPR}} template, case shared at the {{Minors}} teaching session. Mr [[name:Bakare]] has been
        contacted under {{Duty of Candour}}. Reported by Sister [[name:Ngozi Eze]], {{Clinical Lead}}.
    """)),
    ("health", "near_miss", block("""
        NEAR MISS REPORT
        Ref: [[case_reference:DTX-24-03317]]
        Date/time: [[date:18/03/24]] 11:40
        Location: {{X-ray}} waiting area, {{Minors}}

        Patient A: [[name:Dorothy Pryce]], DOB [[date_of_birth:04/06/1941]], NHS [[nhs_number:943 612 7588]]
        Patient B: [[name:Dylan Pryce]], DOB [[date_of_birth:22/10/2009]], NHS [[nhs_number:601 824 9375]]

        What happened: both patients were waiting for imaging at the same time (not related). The
        {{radiographer}} called "[[name:Pryce]]" and [[name:Dylan]] ([[age:14]]) went in. The request on
        screen was for a {{left hip}} x-ray for Mrs [[name:Pryce]] after a fall. Radiographer did the
        {{three-point ID check}} (name, DOB, first line of address) and stopped before exposure.

        Harm: none. Why it nearly happened: surname-only calling, both requests in the {{RIS}} queue
        together, [[name:Dylan]]'s mum in the toilet so no adult to check.

        Learning: always call full name; add an {{alert}} when two patients in the queue share a surname.
        Reported by: [[name:Fola Adebayo-Hughes]], {{Band 6}} {{Radiographer}}
    """)),
    ("health", "success", prose("""
        Shout out to [[name:Rose]] on {{streaming}} last night 🌹 A mum brought in a [[age:3-year-old]] with a
        temperature and a "few spots" on his legs, expecting to wait in {{Minors}}. [[name:Rose]] did the
        {{glass test}}, found a {{non-blanching rash}} and walked him straight round to {{Resus}} without
        waiting for a doctor to agree. Dr [[name:Achterberg]] gave {{IV}} {{benzylpenicillin}} within 15 minutes
        of arrival and {{paeds}} at [[organisation:St Aldhelm's Hospital]] took him by {{blue light}}. Mum
        rang this morning - he's on the {{PICU}} step-down and doing well. [[name:Rose]]'s instinct and
        confidence to escalate made the difference, and the {{Sepsis Six}} bundle was done in time.
        Thank you from all of us on nights - [[name:Sunny]] & [[name:Will]] ({{Nurse in Charge}})
    """)),
    ("health", "incident", block("""
        TIMELINE - walk-out of child with safeguarding flag - [[date:Sat 8 June]]

        19:05  [[name:Kayden Morris]] ([[age:2]]) booked in by mum with a {{scald}} to forearm.
               {{EPR}} shows a {{CP-IS}} flag ({{child protection plan}}, [[organisation:Northmoor Children's Services]]).
        19:12  {{Streaming nurse}} [[name:Pat Greenhalgh]] assesses: {{superficial partial thickness}}, 2%.
               Mechanism "pulled a cup of tea". Streamed to {{Minors}}, {{priority 3}}.
        19:50  Waiting room full, 3h wait displayed.
        20:35  Called - not present. {{CCTV}} shows mum leaving 20:18 with a male.
        20:40  [[name:Pat]] rings mum on [[phone:07700 900213]] - no answer.
        20:55  {{EDT}} informed. Advised to contact police for a {{welfare check}}.
        21:30  Police log [[case_reference:NM-240608-0771]]. Child found at home, dressing applied by mum.
        Next day  Seen by {{GP OOH}}, referred to {{burns clinic}}.

        Issues: flag was seen at streaming but no senior review; child was not prioritised; no
        {{safeguarding}} referral was made until after he left. NHS [[nhs_number:725 309 1469]].
        Reporter: [[name:Sian ap Dafydd]], {{Safeguarding Lead Nurse}}
    """)),
    ("health", "near_miss", block("""
        UTC night -> day HANDOVER 07:45 [[date:Tues 14/05]]

        Bay 3 - Mr [[name:Haddad]], [[age:67]], {{cellulitis}} L leg, awaiting {{IV}} abx + {{GP OOH}} plan.
          ** near miss ** {{co-amoxiclav}} drawn up at 05:30 - he has a {{penicillin allergy}} (rash, 2019)
          on the {{EPR}} but NO {{red wristband}} on. [[name:Grace]] caught it at second check. Now
          {{clarithromycin}}. Wristband applied. {{Datix}} done.
        Cubicle 5 - [[name:Ama]] ([[age:29]]) {{ankle}} injury, {{Ottawa ankle rules}} neg, just needs
          discharge + {{crutches}}. Partner picking up.
        Chair 2 - [[name:bobby]] ([[age:81]]) from [[organisation:Larkspur Care Home]], {{skin tear}}
          dressed, waiting for transport. Care home aware.
        Waiting - 4, longest 2h10.
        Staffing: {{HCA}} [[name:Mark]] off sick, {{bank}} requested.

        - [[name:Inés]] ({{NIC}} nights)
    """)),
    ("health", "incident", block("""
        From: Dr [[name:Imran Qureshi]] <[[email:imran.qureshi2@nhs.net]]>
        To: UTC Clinical Governance <[[email:carrowvale.utc.governance@nhs.net]]>
        Date: [[date:30 April 2024]] 08:03
        Subject: Referral not actioned - Mrs [[name:Winifred Clarke]]

        Dear colleagues,

        On [[date:Saturday 27 April]] our {{GP out-of-hours}} service referred Mrs [[name:Winifred Clarke]]
        ([[age:82]], NHS [[nhs_number:418 063 5291]]) to your unit for an x-ray of a likely
        {{Colles fracture}}. The referral went to the old generic mailbox which I understand is no longer
        monitored. Her daughter rang {{111}} again on Monday and she was finally seen at
        [[organisation:Redmarsh Minor Injuries Unit]] - {{distal radius fracture}}, {{manipulation}} needed.

        Could you confirm the correct referral route for {{OOH}} clinicians and whether the old address
        can auto-reply?

        Best wishes,
        [[name:Imran]]

        Dr [[name:Imran Qureshi]] | {{Clinical Lead}} | [[organisation:Medvia Urgent Care]]
        [[phone:0115 496 0737]]
    """)),
    ("health", "success", block("""
        {{Teams}} - UTC Nurses chat

        [[name:Kasia Nowak]] 14:02
        anyone know who sorted the {{plaster room}}?? it's like a new place 😍
        [[name:Bill Tanaka]] 14:04
        that was [[name:Amber]] on her {{protected time}} yesterday. labelled every drawer, {{Zimmer splints}},
        {{POP}} rolls by size, new {{backslab}} guide on the wall
        [[name:Kasia Nowak]] 14:05
        she's a star. a [[age:6yo]] with a {{buckle fracture}} was in and out in 20 mins
        [[name:Amber Oyelaran]] 14:11
        ahh thank you 😊 [[name:Lou]] from {{fracture clinic}} at [[organisation:St Aldhelm's]] gave me the
        idea, they use the same layout
        [[name:Bill Tanaka]] 14:12
        putting it in the {{learning from excellence}} form. [[name:amber]] u deserve a cake
    """)),
    ("health", "incident", block("""
        Walk-out follow-up audit - wk ending [[date:16 Feb]] ([[organisation:Carrow Vale UTC]])

        Init | Age | Presenting           | Left at | Flag?             | Follow-up done
        [[name:RT]]   | [[age:34]]  | {{head injury}}, ETOH     | 01:10   | none              | phoned, ok
        [[name:J-PM]] | [[age:16]]  | {{laceration}} hand    | 22:40   | {{CP-IS}}         | NO - not until [[date:19 Feb]]
        [[name:AK]]   | [[age:71]]  | fall, {{wrist}} pain   | 15:25   | {{falls risk}}    | {{GP}} letter only
        [[name:SL]]   | [[age:2]]   | {{pulled elbow}}       | 18:05   | none              | phoned, reduced at home

        Incident: the [[age:16-year-old]] ([[name:J-PM]]) left with an open wound and an active
        {{child protection}} flag. No call to {{children's social care}} for three days because the walk-out
        list is only checked on weekdays by the {{admin team}}. He returned with an infected wound on
        [[date:19 Feb]]. {{Safeguarding}} referral now made. Action: {{NIC}} to review the walk-out list at
        end of every shift. Audit by [[name:Hope Murray]].
    """)),
    ("health", "near_miss", prose("""
        quick one for datix - [[name:zara]] [[age:9yo]] fell off trampoline, wrist xray looked normal to me
        at 6pm, was about to d/c with {{sling}} + {{calpol}}. {{ECP}} [[name:dom]] had a look over my shoulder
        and spotted {{cortical}} bulge = {{buckle #}} distal radius. no harm, put in {{wrist splint}} and
        {{fracture clinic}} letter. i hadnt done paeds wrists since my {{ENP}} course tbh. also mum said
        [[name:zara]]s dad has her on [[date:weds]] so leaflet sent to both. hosp no
        [[case_reference:RM-0392771]]. could we have a paeds xray cheat sheet in {{Minors}} pls. [[name:B.]]
    """)),
    ("health", "success", block("""
        Clinical Governance meeting - [[organisation:Redmarsh Minor Injuries Unit]]
        Date: [[date:12 September 2024]]
        Present: Dr [[name:Farah Siddiqui]] (chair), [[name:Declan O'Rourke]] ({{ENP}}),
                 [[name:Precious Dube]] ({{Radiographer}}), [[name:Tom Wilde]] ({{Practice Educator}})
        Apologies: [[name:Ngozi Eze]], [[name:Will]]

        Item 3 - Learning from excellence: {{safeguarding}} catch
        [[name:Declan]] presented a case from [[date:Tues 3rd]]. A woman attended with a {{finger}} injury.
        [[name:Precious]] noticed old bruising on both upper arms while positioning for the x-ray, asked
        privately if she felt safe at home and used the {{Ask for ANI}} code word poster. She disclosed
        {{domestic abuse}}. Referred to the {{IDVA}} same day; {{MARAC}} referral made with her consent.
        Discussion: good use of the {{DASH}} form; the x-ray room is the only private room in the unit.
        Action: [[name:Tom]] to add {{routine enquiry}} to radiographer training.
    """)),
    ("health", "success", prose("""
        Card left at reception, addressed "to the lady with the purple hair and the Welsh doctor":
        Thank you so much for looking after my dad, Mr [[name:Stanislaw Wojcik]], on [[date:4th August]]. He
        is [[age:88]], has {{dementia}} and he was frightened after his fall. You found him a quiet room
        instead of the waiting area, you let me stay with him for the {{x-ray}}, and you rang his
        {{GP}} at [[organisation:Hollins Park Surgery]] so his {{warfarin}} could be checked. Nobody rushed
        him. The {{hip}} was not broken and he was home by tea time. With gratitude, [[name:Teresa]] and the
        [[name:Wojcik]] family. {{Team Leader}} note: purple hair = {{HCA}} [[name:Jade Lomax]], doctor = Dr
        [[name:Rhodri Pugh]]. Shared in the {{staff newsletter}} and at {{huddle}}.
    """)),
    ("health", "incident", block("""
        INCIDENT FORM - Slip / Trip / Fall
        Patient name: [[name:Harold Nkemelu]]          DOB: [[date_of_birth:09/02/1950]]
        NHS No: [[nhs_number:392 741 0853]]            Hosp No: [[case_reference:CV0051930]]
        Address: [[address:12 Orchard Mews, Carrow Vale]] [[postcode:CV9 4TH]]
        Date/time of incident: [[date:21/11/2024]] 16:50
        Location: main {{waiting room}}, by the {{vending machine}}

        Description: Mr [[name:Nkemelu]] attended with a {{laceration}} to the shin. After {{triage}} he got up
        to buy a drink, slipped on spilt water and fell, hitting his head. No {{loss of consciousness}}.
        He is on {{apixaban}}. Seen by {{ANP}} [[name:Faith]] and a {{CT head}} was arranged at
        [[organisation:St Aldhelm's Hospital]] per {{NICE}} guidance - normal.

        Contributing: wet floor sign was in the cupboard, not out; the water cooler drips; no
        {{falls risk}} assessment at triage for patients over 65.
        Reported by: [[name:F. Mensah]] ({{ANP}})
    """)),
    ("health", "near_miss", prose("""
        Ambulance arrived at 10:20 (vehicle [[vehicle_registration:WX68 KFD]]) with a patient the
        {{clinical hub}} had sent to our {{UTC}}: Mrs [[name:Lim Mei Ling]], [[age:74]], fall at home, query
        {{NOF}}. Leg shortened and externally rotated. We have no {{CT}}, no {{orthopaedics}} and the x-ray room
        closes at midday. The crew ([[name:Gaz]] and [[name:Oksana]]) were about to hand over and clear for
        their next job. {{ENP}} [[name:Callum]] stopped the handover in the {{ambulance bay}}, gave
        {{analgesia}} and asked the crew to take her on to the {{ED}} at [[organisation:St Aldhelm's Hospital]],
        as per our {{exclusion criteria}}. {{NOF}} fracture confirmed there. Near miss because she would have
        waited hours here and then needed a second transfer. The {{clinical hub}} had used an out-of-date
        {{Directory of Services}} entry. Reported by [[name:Callum Fraser-Bain]].
    """)),
    ("health", "incident", block("""
        #utc-clinical ({{Slack}})

        @[[name:deepa.r]] 09:14  FYI overnight {{radiology}} report back on [[name:Tyler Ashworth]] ([[age:12]]) - seen
          [[date:Thu 10th]], ankle xray "no fracture" by us, report says {{Salter-Harris II}} distal tibia
        @[[name:mattyb]] 09:16  who saw him?
        @[[name:deepa.r]] 09:16  locum {{ECP}}. d/c with {{tubigrip}}, no follow up. hosp no [[case_reference:CV0053318]]
        @[[name:mattyb]] 09:18  ok. needs recall today. parents number on {{EPR}}?
        @[[name:deepa.r]] 09:25  rang mum on [[phone:07700 900845]], coming in at 11. he's played football on
          it for 5 days 😬
        @[[name:mattyb]] 09:26  report took 5 days to come back - {{RIS}} backlog. that's the real issue
        @[[name:deepa.r]] 09:40  {{Datix}} [[case_reference:DTX-24-05102]] raised. copying [[name:Marek]] from
          [[organisation:Carrow Vale Imaging]] + {{Clinical Lead}}
    """)),
    ("health", "success", prose("""
        On [[date:29 October]] a [[age:4-month-old]] baby, [[name:Leo]], was brought to
        [[organisation:Redmarsh MIU]] by his father with a small bruise on the cheek, said to be from a toy.
        {{Streaming nurse}} [[name:Joy Ferreira]] recognised that a bruise in a {{non-mobile infant}} is never
        normal and followed the {{bruising protocol}}: no discharge, discussion with the on-call
        {{paediatric registrar}} at [[organisation:St Aldhelm's Hospital]], and referral to
        {{children's social care}} via the {{MASH}}. Father was told why in a calm, non-blaming way and
        agreed to transfer. A {{skeletal survey}} found two healing {{rib fractures}}. [[name:Leo]] is now
        safe with a family member while {{Section 47}} enquiries continue. Learning: the {{CP-IS}} check was
        clear, so the flag system alone would not have protected him; [[name:Joy]]'s knowledge of the
        protocol did. Recommend the protocol poster at every streaming desk. Reported by
        [[name:Ravi Chandrasekaran]], {{Named Nurse}} for Safeguarding Children.
    """)),
    ("health", "near_miss", block("""
        UTC Nights 🌙 ({{WhatsApp}})
        [[date:02/12/2024]], 23:14 - [[name:Hannah K]]: STOP before bed 4 gets {{ibuprofen}}!!
        [[date:02/12/2024]], 23:14 - [[name:Rob]]: was about to, 200mg drawn up under the {{PGD}}
        [[date:02/12/2024]], 23:15 - [[name:Hannah K]]: mum just said she gave {{Calpol}} AND {{Nurofen}} at 9
        at home. kid is [[age:6]], 19kg
        [[date:02/12/2024]], 23:16 - [[name:Rob]]: not given. phew. {{streaming}} note says "no meds"
        [[date:02/12/2024]], 23:20 - [[name:Eniola]]: that was me, mum said no meds, think she meant since
        arriving. will ask "any {{Calpol}} or {{Nurofen}} today?" from now on
        [[date:02/12/2024]], 23:22 - [[name:Hannah K]]: can we add brand names to the {{triage}} prompt? will
        raise at {{huddle}}. pt [[name:Poppy]] [[case_reference:CV0054471]] 👍
    """)),
    ("health", "incident", block("""
        Chronology - delayed {{ECG}} - [[date:Friday 19 July 2024]]
        Patient: [[name:Gurdeep Singh Bhamra]], [[age:58]], NHS [[nhs_number:560 287 3147]]

        13:02  Self-presents, "indigestion since lunch". Booked in by reception ([[name:Ellie]]).
        13:10  Streamed by {{HCA}} (streaming nurse on break) to {{GP stream}} as "dyspepsia".
        14:25  Seen by Dr [[name:Achebe]]: sweaty, grey. {{ECG}} 14:31 shows {{ST depression}} V4-V6.
        14:33  {{999}} called. {{Aspirin}} 300mg given, {{GTN}} spray.
        15:05  Transferred to {{CCU}} at [[organisation:St Aldhelm's Hospital]]. {{NSTEMI}} confirmed,
               {{PCI}} next day.

        Learning: our {{streaming}} policy says any chest pain gets an {{ECG}} within 10 minutes of
        arrival - it took 89. The HCA was covering breaks without a registered nurse and the
        {{Manchester Triage}} prompt was not used. Mr [[name:Bhamra]] and his son have had a
        {{Duty of Candour}} meeting.
        Reviewed by [[name:M. Oyelowo]], {{Matron}}
    """)),
    # ---- aviation ----
    ("aviation", "incident", prose("""
        On [[date:14 July 2024]] at about 10:40, while boarding tour [[flight_number:LAS102]] at the
        {{pontoon}} at [[address:Ardrain Pier, Inverardrain]], a passenger, Mrs [[name:Henrietta Bowes-Lyall]]
        ([[age:71]]), stepped from the pontoon towards the left {{float}} of {{DHC-2 Beaver}}
        [[aircraft_registration:G-BVRX]] just as the aircraft moved in the wake of a passing {{RIB}}. Her
        foot went into the gap and she fell onto her knees, cutting her shin on the {{float cleat}}. The
        {{dock hand}}, [[name:Calum]], caught the shoulder strap of her {{lifejacket}} and stopped her going
        into the water. {{First aid}} was given by Captain [[name:Moira Sutherland]] and she was driven to
        [[organisation:Glenardrain Health Centre]] for {{steri-strips}}. Contributing factors: only one
        dock hand on shift; the {{boarding step}} was not in use; the aircraft was held on a single line
        rather than two as the {{Operations Manual}} requires; no wake warning is given to boat users near
        the pontoon. Internal ref [[case_reference:LAS-OR-24-019]].
    """)),
    ("aviation", "near_miss", block("""
        RT extract (cockpit audio, transcribed by [[name:HB]]) - [[date:03/08/24]] - tour [[flight_number:LAS215]]
        Aircraft: {{Cessna 208}} {{amphibian}} [[aircraft_registration:G-ARDN]]

        10:52:10  {{PIC}}: Ops, [[aircraft_registration:Golf Delta November]], long final north lane, one minute.
        10:52:18  Ops ([[name:Kirsty]]): [[aircraft_registration:Delta November]], lane clear from here, wind
                  two-four-zero eight knots.
        10:52:40  {{PIC}}: White {{RIB}} crossing right to left at the touchdown point, {{going around}}.
        10:52:44  Ops: Copied, going around. I'll call the marina.
        10:53:30  {{PIC}}: [[aircraft_registration:Delta November]] {{downwind}}, boat now stopped mid-lane.
        10:56:05  Ops: [[aircraft_registration:Delta November]], marina say it's a hire boat, they're moving
                  him east.
        10:58:20  {{PIC}}: Landed, [[aircraft_registration:Golf Delta November]] taxying for the pontoon.

        Note by Captain [[name:Euan Mackintosh]]: the hire boat from [[organisation:Ardrain Marina]] had not
        been briefed on the {{seaplane lanes}}. Closest point about 150 m. Internal report only, no {{MOR}}.
    """)),
    ("aviation", "success", prose("""
        SHOUT-OUT 👏 Massive thanks to [[name:Wee Ewan]] on the pontoon on [[date:Saturday 10th]]. Doing the
        {{float pumping}} on [[aircraft_registration:G-BVRX]] before the first tour he got far more water than
        normal out of the {{No. 3 compartment}} on the right float. He didn't just write it down - he pumped
        it again after 20 minutes, saw it refilling, and grabbed Captain [[name:Joy Ballantyne]] before the
        passengers boarded. Engineer [[name:Lachie]] found a cracked {{keel}} weld. Tour
        [[flight_number:LAS101]] moved to the {{Caravan}} [[aircraft_registration:G-ARDN]] with a 20 minute
        delay and nobody minded. A float filling up on the {{step}} could have flipped the aircraft on
        take-off. This is exactly what our {{SMS}} is for - notice it, say it, stop it. {{Just Culture}} in
        action. - [[name:Fraser]] ({{Chief Pilot}})
    """)),
    ("aviation", "incident", block("""
        From: [[name:Mhairi Drummond]] <[[email:mhairi@lochardrainseaplanes.co.uk]]>
        To: Ops; {{Chief Pilot}}
        Date: [[date:19 August 2024]] 09:30
        Subject: Weights not collected - tour [[flight_number:LAS318]] [[date:Sun 18 Aug]]

        Hi [[name:Fraser]],

        Writing this up as an incident. Since the {{booking platform}} update, the "passenger weight" field
        is skipped for group bookings. A party of five booked by Mr [[name:D. Kovalenko]] for
        [[flight_number:LAS318]] had no weights, so Captain [[name:Ruaridh]] used {{standard masses}} on the
        {{load sheet}}. The Beaver ([[aircraft_registration:G-BVRX]]) sat low on the floats and the
        {{take-off run}} was very long; he {{rejected the take-off}}, returned to the pontoon and weighed
        everyone on the dock scales - 61 kg over {{MTOW}}. One passenger and the bags moved to
        [[flight_number:LAS319]].

        I've asked [[organisation:Tourbase Systems]] to make the field mandatory again.

        Thanks,
        [[name:Mhairi]]

        [[name:Mhairi Drummond]] | Bookings & Guest Experience
        [[organisation:Loch Ardrain Seaplanes]] | [[phone:01632 960 412]]
    """)),
    ("aviation", "near_miss", prose("""
        quick near miss - [[date:wed 21st]] 1615, [[aircraft_registration:G-FLOT]] ({{C185}} on floats) at
        the {{mooring buoy}}. i undid the {{bow line}} but the stern line was still on the {{cleat}}, [[name:pat]]
        in the left seat shouted clear and started up. aircraft swung round on the line and the {{prop}}
        came within a metre of the line and me in the {{dinghy}}. [[name:pat]] shut down straight away, no
        damage. we both thought the other had done the {{walk-round}}. wind was gusty so i was rushing.
        suggest a "lines in hand" call before {{mags on}}, like the {{Beaver}} crews do. - [[name:jamie t]]
        ({{dock hand}})
    """)),
    ("aviation", "success", block("""
        [[organisation:Loch Ardrain Seaplanes]] - {{Safety Action Group}} minutes
        Date: [[date:2 October 2024]]   Venue: crew room, [[address:Ardrain Pier, Inverardrain]] [[postcode:PH38 4QZ]]
        Attendees: [[name:Fraser Lamont]] ({{Chief Pilot}}), [[name:Moira Sutherland]] ({{Head of Flight Ops}}),
                   [[name:Lachlan Reid]] ({{CAMO}} / engineering), [[name:Mhairi Drummond]] (bookings),
                   [[name:Hamish]] ({{dock hand}} rep)
        Apologies: Dr [[name:Bill Sinclair]] ({{AME}})

        1. Season summary - 1,140 sectors, no passenger injuries since the new {{boarding step}} in July.
        2. What went well - weather calls. 37 tours cancelled for weather with no upheld complaints,
           credited to the {{go/no-go}} text at 07:30 and [[name:Mhairi]]'s rebooking script.
        3. What went well - {{float}} checks. [[name:Lachlan]] reported 3 leaks found at {{daily inspection}}
           this season, all before flight.
        Actions: [[name:Hamish]] to write up dock-hand induction; [[name:Fraser]] to share season data with
        the {{CAA}} {{GA Unit}} inspector.
    """)),
    ("aviation", "incident", block("""
        Occurrence chronology - [[flight_number:LAS226]], {{Cessna 208}} amphibian [[aircraft_registration:G-ARDN]]
        Date: [[date:Thurs 12 Sept]]   PIC: Capt [[name:Anya Kowalczyk-Ross]]   POB: 1 + 9

        13:40  {{TAF}} shows {{TEMPO}} showers, {{cloudbase}} 1200 ft. Go decision made by PIC.
        14:05  Depart base for 40-min {{glens}} tour.
        14:20  {{Scottish Information}} passes showers moving in from west. Cloud lowering on the ridge.
        14:31  PIC turns back; base now in heavy rain, {{visibility}} below 3 km.
        14:44  {{Precautionary landing}} in the sheltered bay at the south end of the loch.
        15:10  Passengers taken ashore at the slipway. Minibus [[vehicle_registration:SK70 LRB]] sent from
               base with [[name:Donnie]].
        16:20  Minibus arrives. Passengers cold and wet; one ([[age:12]]) had an {{asthma}} episode,
               used own {{inhaler}}.

        Findings: the last tour of the day was flown despite a marginal forecast; PIC reports feeling she
        "owed" the group after a morning delay. No dry kit or {{first aid kit}} on the slipway.
        Ref [[case_reference:LAS-OR-24-041]]. Reviewed by [[name:Fraser Lamont]].
    """)),
    ("aviation", "near_miss", block("""
        Dock & Crew 🛩️ ({{WhatsApp}})
        [[date:05/08/2024]], 11:02 - [[name:Shona]]: heads up - on the 11am the wee boy in row 2 ([[age:6]]) had an
        ADULT {{lifejacket}} on
        [[date:05/08/2024]], 11:03 - [[name:Iain M]]: 😳 spotted before start?
        [[date:05/08/2024]], 11:04 - [[name:Shona]]: yes at my {{pre-departure check}}. swapped for a
        {{child lifejacket}} with the crotch strap. [[flight_number:LAS111]] went 4 mins late
        [[date:05/08/2024]], 11:06 - [[name:Iain M]]: who fitted it?
        [[date:05/08/2024]], 11:09 - [[name:Shona]]: [[name:Kacper]], first week. he didn't know the child ones
        were in the blue box. not his fault, nobody showed him
        [[date:05/08/2024]], 11:15 - [[name:Fraser]]: good catch [[name:Shona]]. adult one would have come straight
        off him in the water. I'll add it to the {{dock hand}} induction + label the box. put it on the
        {{SMS}} please
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT - internal and {{MOR}} to the {{CAA}}
        Internal ref: [[case_reference:LAS-OR-24-044]]    {{ECCAIRS}} no: [[case_reference:UK-2024-118734]]
        Date: [[date:27/09/2024]]    Time: 16:12 local
        Aircraft: {{DHC-2 Beaver}} {{floatplane}} [[aircraft_registration:G-BVRX]]    Flight: [[flight_number:LAS340]]
        PIC: [[name:Ruaridh Campbell]]    POB: 1 + 6
        Phase: landing run

        Description: shortly after touchdown the right float struck a submerged log, about 3 m long, not
        visible on {{glassy water}}. Loud bang, aircraft yawed right. PIC kept straight with
        {{water rudders}} and taxied to the pontoon. Float dented, {{compartment}} 2 leaking.
        No injuries. Passengers disembarked normally.

        Contributing: storm on [[date:22 September]] brought debris down the river; no {{debris sweep}} by
        boat before flying resumed.
        Action: sweep by the safety boat after every storm; aircraft on ground pending float repair by
        [[organisation:Highland Float Repairs Ltd]].
    """)),
    ("aviation", "success", block("""
        From: [[name:Priya Venkataraman]] <[[email:priya.v.travels@outlook.com]]>
        To: [[email:hello@lochardrainseaplanes.co.uk]]
        Subject: Thank you!! (tour on [[date:16th June]])

        Hello [[organisation:Loch Ardrain Seaplanes]] team,

        I just wanted to say thank you. My mum is [[age:79]] and uses a {{wheelchair}}, and I was worried the
        whole time since booking. [[name:Hamish]] on the dock had already read my note, had the
        {{boarding step}} and a {{transfer board}} ready and got her into the {{Caravan}} without any fuss.
        Our pilot [[name:Grace]] did the {{safety briefing}} slowly, face to face with {{Mum}} because of
        her {{hearing aids}}, and showed her the {{lifejacket}} twice. {{Mum}} says it was the best day
        of her holiday.

        Please pass this on to them both.

        Warm regards,
        [[name:Priya]]
        Booking ref [[case_reference:LAS-B-77120]]
    """)),
    ("aviation", "near_miss", block("""
        Daily {{pre-flight}} sheets - spot audit by [[name:Lachlan Reid]], w/c [[date:9 Sept]]

        Date         | Aircraft                               | Pilot         | Item missed
        [[date:09/09]] | [[aircraft_registration:G-ARDN]]     | [[name:AK-R]] | none
        [[date:10/09]] | [[aircraft_registration:G-FLOT]]     | [[name:RC]]   | {{water rudder}} cable not signed
        [[date:11/09]] | [[aircraft_registration:G-BVRX]]     | [[name:JB]]   | {{float compartments}} "pumped", no litres
        [[date:12/09]] | [[aircraft_registration:G-FLOT]]     | [[name:PO]]   | {{fuel drains}} not ticked

        Near miss: on [[date:13/09]] [[name:Sunny Dhillon]] drained the wing tanks on
        [[aircraft_registration:G-FLOT]] and found water in the first two samples after overnight rain. The
        {{fuel cap}} O-ring was perished. The previous day's flight had gone without a drain. Engine
        stoppage on take-off over water was possible. Cap replaced by [[organisation:Highland Float Repairs Ltd]];
        {{AMM}} check of the {{fuel system}} clean. Reminder to all pilots: the {{Pilot's Operating Handbook}}
        drain check is not optional. Reported under our {{SMS}}, no {{MOR}} needed.
    """)),
    ("aviation", "incident", block("""
        #ops-dock ({{Slack}})

        @[[name:fraser]] 12:41  [[name:Kacper]] hurt on the pontoon catching [[aircraft_registration:G-FLOT]] on
          arrival - hand caught between {{float}} and pontoon edge. ice on, [[name:Shona]] driving him to
          [[organisation:Glenardrain Health Centre]]
        @[[name:moira.s]] 12:43  🙁 is he ok? who was flying?
        @[[name:fraser]] 12:44  [[name:Ruaridh]]. says a gust pushed him in faster than expected, 15 kt gusting 25
        @[[name:moira.s]] 12:45  we agreed no pontoon arrivals above 20 kt gusts, use the {{buoy}}. {{Ops Manual}} 8.3
        @[[name:fraser]] 12:47  yep. also [[name:kacper]] is week 2, hasn't done the {{catching}} training yet
        @[[name:moira.s]] 14:10  update: {{x-ray}} clear, bruised, 2 days off. raising
          [[case_reference:LAS-OR-24-038]]. not {{RIDDOR}}. [[name:Ruaridh]] ok to chat tomorrow about the
          {{gust limit}}, {{Just Culture}} not blame
    """)),
    ("aviation", "success", block("""
        OPS HANDOVER - evening to morning - [[date:Sat 24/08]]

        - Weather: cancelled the 17:00 and 18:00 tours at 13:30 on the {{TAF}} ({{PROB30}} {{TSRA}}). A
          {{CB}} built over the ridge at 16:45 and a {{squall}} came down the loch at 16:50, 35 kt. Would
          have caught both tours on the water.
        - All 14 passengers rebooked for Sunday, [[name:Mhairi]] did the calls, 1 refund only.
        - [[aircraft_registration:G-BVRX]] double-moored on the {{buoy}} before the squall;
          [[aircraft_registration:G-ARDN]] taxied up the slipway on wheels. No damage to either.
        - Morning: Capt [[name:Faith Okoro]] on the first tour [[flight_number:LAS101]] at 09:00 - do
          {{float pumping}} properly after the rain. [[name:Lachie]] in at 08:00 to check the {{pitot cover}}.
        - Well done [[name:Bill]] on the dock for getting the covers on in time.

        [[name:Iain]] ({{Duty Ops}})
    """)),
    ("aviation", "near_miss", block("""
        RT log - [[date:19 July]] - tour [[flight_number:LAS207]], {{Cessna Caravan}} [[aircraft_registration:G-ARDN]]

        11:14  {{PIC}}: {{Scottish Information}}, [[aircraft_registration:Golf Alpha Romeo Delta November]],
               {{Cessna Caravan}} {{amphibian}}, 1000 feet over the loch, request {{Basic Service}}.
        11:14  SCO INFO: [[aircraft_registration:Golf Delta November]], {{Basic Service}}, {{Regional Pressure}}
               one zero zero eight.
        11:15  {{PIC}}: {{Basic Service}}, one zero zero eight, [[aircraft_registration:Golf Delta November]].
        11:17  {{PIC}}: [[aircraft_registration:Golf Delta November]], {{drone}} just passed down our right side,
               same level, fifty metres.
        11:17  SCO INFO: [[aircraft_registration:Golf Delta November]], roger. Do you wish to file an {{Airprox}}?
        11:18  {{PIC}}: Affirm, will file on landing.

        Post-flight note (Capt [[name:Euan Mackintosh]]): passengers did not see it. Drone white, quadcopter,
        likely from the viewpoint car park. {{Airprox}} filed, ref [[case_reference:AP2024-187]]. Police
        informed, log [[case_reference:PS-20240719-1441]].
    """)),
    ("aviation", "incident", prose("""
        On [[date:1 June 2024]], tour [[flight_number:LAS109]] ({{Cessna 208}} amphibian
        [[aircraft_registration:G-ARDN]]) boarded while a couple who arrived late, Mr and Mrs
        [[name:Okonjo]], were still at the ticket hut. They were walked straight to the aircraft by a
        seasonal {{dock hand}} after the group {{safety briefing}} had finished and were given
        {{lifejackets}} without a demonstration. Ten minutes into the flight Mrs [[name:Okonjo]] unfastened
        her {{lap belt}} to take photos from the other side, and during a turn she fell against the
        {{emergency exit}} handle. The PIC, [[name:Will Armitage]], saw this in the mirror, levelled the
        aircraft and asked her to sit down. No injury and the door did not open. On landing it became clear
        neither passenger had seen the {{safety card}}. Contributing factors: pressure to keep to the
        schedule, no {{late joiner}} procedure, and the dock hand assuming the pilot would brief them.
        Action: no boarding without the full briefing, logged on the {{manifest}} with initials.
        Ref [[case_reference:LAS-OR-24-022]].
    """)),
    ("aviation", "success", block("""
        {{Teams}} - Seaplane Ops

        [[name:Grace Ng]] 16:22
        Quick win to share 🙌 the new picture-based {{briefing cards}} went live today. The group from
        [[organisation:Hanami Travel]] on [[flight_number:LAS214]] had no English at all and every one of them
        did the {{lifejacket}} demo back to me correctly
        [[name:Mark Fairbairn]] 16:25
        brilliant. was that the {{Mandarin}} / {{Japanese}} version [[name:Ying]] checked?
        [[name:Grace Ng]] 16:26
        yes, [[name:Ying]] went through every panel. [[name:Bill]] printed them waterproof
        [[name:Fraser Lamont]] 16:40
        this is great. send me a photo for the {{CAA}} and the {{Safety Action Group}}. also let
        [[name:Mhairi]] know so bookings can tell groups about it
        [[name:Mark Fairbairn]] 16:41
        🏆 [[name:Grace]] for employee of the month
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind248", REPORTS))
