"""Held-out blind corpus 163: just-culture incident, near-miss and learning reports.

Settings: an unaccompanied asylum-seeking children's (UASC) team with age assessments and
interpreters (social care); a stroke unit with a hyperacute stroke unit and hyperacute
rehabilitation (health); an airport's security search area and its police liaison (aviation).
Written blind, the way UK staff type: incident forms with field labels, rushed lower-case notes,
chronologies with times, e-mails with headers and signatures, Teams and WhatsApp chat exports,
handover tables, minutes with initials in attendance lists, debriefs, shout-outs and thank-you
notes, security logs and RTF transcripts. Every person, place and number is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind163.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        INCIDENT / LEARNING FORM - Children's Services
        Team: [[organisation:Calderbrook UASC & Leaving Care Team]]
        Reported by: [[name:Aoife Brennan]] ({{senior practitioner}})
        Date of incident: [[date:14/02/2024]]
        Young person: [[name:Hemin Rashid]], claimed DOB [[date_of_birth:01/01/2008]], LCS ref [[case_reference:LCS-0448217]]
        What happened: 2nd session of the {{age assessment}}. The {{interpreter}} booked through [[organisation:Talkwell Language Services]] spoke Kurmanji; [[name:Hemin]] speaks {{Sorani}}. Neither assessor picked it up for about 40 mins - he was giving short yes/no answers. {{Appropriate adult}} [[name:Tomasz Wójcik]] raised it at the break.
        Impact: session abandoned. YP upset, said "they will write that I am lying". Assessment delayed 3 wks, he stays in his {{foster placement}} meantime.
        Immediate action: face to face Sorani interpreter rebooked, apology to [[name:Hemin]] and to his {{IRO}}.
        Learning: booking form only has one box for "Kurdish" - needs a dialect field. Check language AND dialect with the YP at the start of every session, as the {{ADCS}} age assessment guidance says.
    """)),
    ("social_care", "incident", block("""
        quick note, will write up properly tmrw
        - [[name:dawit t]] ([[age:16]]) not back at [[organisation:Ashgrove Supported Lodgings]] by 10pm curfew {{sat}}. provider didnt ring {{EDT}} till 01:40 - said they thought he was at church. he goes to [[organisation:St Michael's Eritrean Orthodox Church]] on {{sundays}}, not sat night
        - reported missing to police ref [[case_reference:CAD 0317 23/03]]. found 09:15 sun near the coach station on [[address:Mercer Street]] with 2 older males, had a new phone + £200 cash
        - {{return home interview}} done by [[name:Rach]] from [[organisation:Safe Steps Calderbrook]] mon, [[name:dawit]] wouldnt say much
        - worried re {{trafficking}} / {{county lines}}, {{NRM}} referral to be discussed at {{strategy meeting}}
        issues: provider had no {{missing from care protocol}} on file, no photo of him, didnt have our out of hours no. told them to save [[phone:0113 496 0781]] in the house phone AND staff mobiles
    """)),
    ("social_care", "incident", block("""
        From: [[name:Sandeep Gill]] <[[email:sandeep.gill@calderbrook.gov.uk]]>
        To: UASC Team Managers; Information Governance
        Sent: [[date:09 April 2024]] 16:52
        Subject: DATA INCIDENT - interpreter / community disclosure - PLEASE READ

        Hi all,

        Flagging a possible data breach, logged with {{IG}} under [[case_reference:IG-2024-0193]].

        On {{Friday}} an {{interpreter}} (agency, not one of our regulars) attended a {{LAC review}} for [[name:Bashir]]. Yesterday [[name:Bashir]]'s uncle in [[address:Eastfold]] rang the {{duty line}} quoting details from the review, including the placement postcode [[postcode:WF13 4JP]]. [[name:Bashir]] says he never gave the uncle that and has said before he doesn't want contact.

        Actions: moved to an {{emergency placement}} last night, police aware, agency informed and interpreter stood down pending their investigation. {{IRO}} [[name:Funmi Adebayo-Clarke]] aware.

        Learning: we don't routinely ask interpreters to sign our confidentiality agreement or check whether they know the family/community. From now on please ask at the start, in front of the YP, and record it.

        Thanks
        [[name:Sandeep]]

        [[name:Sandeep Gill]] | {{Team Manager}}, UASC
        [[organisation:Calderbrook Children's Services]] | [[phone:0113 496 0420]] | [[phone:07700 900318]]
    """)),
    ("social_care", "incident", block("""
        Chronology - [[name:Ahmad Zia Noori]] (claims [[age:15]]) - HO ref [[case_reference:N1187764]]
        [[date:02/05/24]] 23:10  arrives {{Kent Intake Unit}}. {{Home Office}} record DOB as [[date_of_birth:01/01/2004]] after a {{visual assessment}}; no Pashto {{interpreter}} used.
        [[date:03/05]] 14:00  dispersed to adult {{contingency hotel}}, [[address:Merrion Lodge Hotel, Station Road, Hebble Bridge]].
        [[date:07/05]] 11:30  hotel staff contact [[organisation:Refugee Welcome Calderbrook]] - he looks young, is being bullied, not eating.
        [[date:07/05]] 16:45  referral to us. {{duty social worker}} [[name:Lowri Pritchard]] visits with Pashto interpreter by phone.
        [[date:08/05]] 10:00  brief enquiry by [[name:LP]] and [[name:Kwame Asante]]: reasonable to treat as a child pending full {{Merton-compliant}} assessment. Placed at [[organisation:Fernlea Children's Home]].
        Time a possible child spent in adult accommodation: 4 nights.
        Learning: no route for hotel staff to refer directly to {{children's services}}; our {{front door}} number is now on the {{hotel safeguarding lead}}'s contact sheet.
    """)),
    ("social_care", "incident", block("""
        Teams chat - UASC duty - exported for incident review
        [10:14] [[name:Grace Mensah]]: did the bundle for the {{asylum solicitor}} go yest?
        [10:15] [[name:Olu Bankole]]: yep emailed to [[organisation:Harcourt Lyle Solicitors]] for [[name:Mohammed A]]
        [10:15] [[name:Grace Mensah]]: which [[name:Mohammed A]] 😬 we have two
        [10:16] [[name:Olu Bankole]]: the one at [[organisation:Oakfield]], DOB [[date_of_birth:12/09/2007]]
        [10:17] [[name:Grace Mensah]]: thats [[name:Mohammed Adam]]. [[organisation:Harcourt]] represent [[name:Mohammed Ali Hassan]] at [[address:Brayton Court]]. you've sent them [[name:Adam]]'s {{Initial Health Assessment}} and his {{age assessment}}
        [10:18] [[name:Olu Bankole]]: oh no. ringing them now
        [10:31] [[name:Olu Bankole]]: spoke to Ms [[name:Lyle]], deleted and confirmed in writing. logged with {{IG}} [[case_reference:IG-2024-0211]]
        [10:33] [[name:Grace Mensah]]: thanks for owning it. 2nd time the name + initial thing has caught us - taking to {{team meeting}}, suggest we use the {{LCS}} ID in subject lines not names
    """)),
    ("social_care", "incident", block("""
        Strategy meeting (s47) - minutes extract for learning review
        Date: [[date:21.06.2024]]   Via {{Teams}}
        Present: [[name:KA]] (chair, {{team manager}}), [[name:JT]] (allocated SW), DS [[name:Priya Nair]] ([[organisation:Pennine Vale Police]] exploitation team), [[name:RH]] ({{designated nurse for looked after children}}), [[name:Bernadette O'Leary]] ({{foster carer}}), Tigrinya interpreter via {{Language Line}}
        Apologies: {{Virtual School}}

        1. [[name:Yonas]] ([[age:15]]) placed with Ms [[name:O'Leary]] since {{March}}. Superficial cuts to forearm found [[date:19/06]], the day after his {{Home Office}} substantive interview.
        2. [[name:JT]]: [[name:Yonas]] still not registered with a GP 14 wks after placement - [[organisation:Millbrook Surgery]] refused, no proof of address/ID. No GP so {{CAMHS}} referral bounced back.
        3. [[name:RH]]: no ID or address is needed to register. [[name:RH]] to ring the practice manager today.
        4. DS [[name:Nair]]: no indication of exploitation at this stage.
        Actions: [[name:KA]] to add "GP registered" to the 7-day placement checklist. [[name:JT]] to chase {{IHA}}.
    """)),
    ("social_care", "incident", block("""
        UASC duty handover - [[date:Thurs 11 July]]
        YP | Issue | Action | Who
        [[name:Ali Reza Hosseini]] (LCS [[case_reference:0451093]]) | {{IHA}} now 34 working days (should be 20). Coughing at night, lost weight. {{TB screening}} never requested | rang {{LAC health team}}, slot [[date:15/07]]. Foster carer taking him to GP today re cough | [[name:MF]]
        [[name:Samir]] ([[age:17]]) | {{BRP}} arrived with wrong DOB ([[date_of_birth:01/01/2006]], should be [[date_of_birth:14/03/2007]]) NI no. letter also came ([[ni_number:SX614209A]]), kept on file | emailed {{Home Office}} + solicitor | [[name:Ewa]]
        [[name:Rahmatullah]] | enrolled for {{ESOL}} at [[organisation:Calderbrook College]] | none | -

        INCIDENT FLAG: [[name:Ali Reza]] - GP saw him [[date:11/07]] pm, chest X-ray abnormal, urgent referral to {{TB clinic}}. Carers and the other child in placement now need contact screening. The IHA request sat unactioned in the old team inbox for 3 weeks after the restructure - nobody was monitoring it.
    """)),
    ("social_care", "near_miss", block("""
        [[date:12/08/2024]], 08:47 - [[name:Shaz K]]: morning all, interpreter for [[name:Filmon]]'s {{LAC review}} at 10 is confirmed via {{Language Line}} - they've put Amharic??
        [[date:12/08/2024]], 08:49 - [[name:Dee Okafor]]: he's {{Tigrinya}} not Amharic!! he'll understand a bit but last time that happened he just nodded along to everything
        [[date:12/08/2024]], 08:50 - [[name:Shaz K]]: ringing them now
        [[date:12/08/2024]], 09:21 - [[name:Shaz K]]: sorted, Tigrinya interpreter [[name:Semhar]] on video at 10. booking ref [[case_reference:LL-88371024]]
        [[date:12/08/2024]], 09:22 - [[name:Dee Okafor]]: ty. think our {{referral form}} maps Eritrea -> Amharic automatically, the drop down is country not language
        [[date:12/08/2024]], 09:25 - [[name:Mairi]] ({{TM}}): good catch both 👏 [[name:Dee]] can u put it in as a {{near miss}} so the form gets fixed. also tell the {{IRO}}
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:3 September 2024]] I was preparing the {{Personal Education Plan}} for [[name:Ermal Hoxha]] ([[age:16]])
        before he starts at [[organisation:Brookside Academy]]. I dragged the wrong file from the shared drive and
        attached his full {{age assessment}} report instead of the {{PEP}} template. That report includes his account
        of the journey, his mother's name and his {{Home Office}} reference [[case_reference:H2279413]]. The e-mail was
        going to the {{designated teacher}}, [[name:Holly Ashworth]], copied to the {{Virtual School}} inbox.
        [[name:Kiran]] from the Virtual School was hot-desking next to me, saw the attachment name as I went to press
        send and stopped me. Nothing was sent. I think the risk comes from keeping everything for a young person in one
        flat folder with file names like "[[name:EH]] final v3". I've suggested sub-folders (Health / Legal /
        Education) and that age assessments are never attached to education e-mails at all. Thanks [[name:Kiran]].
        - [[name:Chinedu]], {{social worker}}
    """)),
    ("social_care", "near_miss", block("""
        Subject: Near miss - {{NTS}} transfer nearly went to the wrong LA
        Date: [[date:Mon 7 Oct 2024]]

        [[name:Jas]],
        Quick write-up as discussed. [[name:Abdirahman Warsame]] ([[age:16]]) was due to move to [[organisation:Westhaven Borough Council]] under the {{National Transfer Scheme}}. The taxi booked through [[organisation:Swift Transfers Ltd]] (vehicle [[vehicle_registration:YD19 KXP]]) had [[organisation:Westholme Council]] as the destination - a different authority, 90 miles the other way. The driver, [[name:Arturas]], rang our {{placements team}} at pick-up because the address didn't match the {{transfer form}}, and we caught it before they set off.
        Learning: the portal drop-down lists [[organisation:Westhaven]] and [[organisation:Westholme]] one under the other. We now read back the receiving LA, named {{social worker}} and address to the transport provider, and the {{escort}} carries a printed copy.
        Regards,
        [[name:Chantelle Reid]]
        {{Placements Officer}}, [[organisation:Calderbrook Children's Services]]
        [[phone:07700 900552]]
    """)),
    ("social_care", "near_miss", block("""
        Placements debrief - [[date:18/10/24]]
        Attendees: [[name:Hamza Qureshi]] ({{placements}}), [[name:Niamh Doherty]] (UASC SW), [[name:Precious Moyo]] ({{supported accommodation}} manager, [[organisation:Harbour House Living]])

        What happened: [[name:Amira]] (claims [[age:16]], {{age dispute}} ongoing) was matched to a room at [[organisation:Harbour House]], [[address:14 Lindley Road]], where one resident is an adult male (assessed [[age:23]] by the {{Home Office}}) waiting to move on to {{asylum accommodation}}. [[name:Precious]] spotted it reading the referral the night before move-in.
        What went well: [[name:Precious]] rang {{EDT}} and declined the match. [[name:Amira]] stayed at her {{emergency foster placement}}.
        What didn't: our placement system only shows claimed age, not the outcome of an age dispute.
        Actions: [[name:HQ]] to ask for an "assessed age" field; [[name:ND]] to add a {{risk assessment}} prompt for mixed-age houses.
    """)),
    ("social_care", "success", prose("""
        Shout-out to [[name:Farid Rahimi]], the Dari {{interpreter}} who has worked with the team for years. On {{Friday}}
        night he stayed until 1am at [[organisation:Calderbrook Central Police Station]] with a [[age:14]] year old boy,
        [[name:Zahir]], who had been found in the back of a lorry at [[organisation:Hebble Bridge Services]]. [[name:Farid]]
        explained every step to him in the {{custody suite}}, calmly and without adding anything of his own, and made
        sure the {{appropriate adult}} understood that [[name:Zahir]] had not eaten for two days. He then came with us to
        the {{emergency foster carer}}'s house so [[name:Zahir]] could ask questions about the house rules and the
        {{mosque}} nearby. The {{EDT}} worker, [[name:Rob Kitching]], said it was the smoothest out-of-hours arrival he
        has seen. Thank you [[name:Farid]] - this is what {{trauma-informed practice}} looks like.
    """)),
    ("social_care", "success", block("""
        Dear [[name:Kofi]] and the UASC team,

        Just a note to say how proud we all are of [[name:Nguyen Van Minh]]. [[name:Minh]] arrived with us in {{January}} with almost no English and this week passed his {{ESOL}} {{Entry 3}} exams and {{Functional Skills}} maths. He has been offered an {{apprenticeship}} with [[organisation:Greaves & Sons Joinery]] from {{September}}.

        A lot of this is down to his {{personal adviser}} [[name:Becky]] coming to every review and to his foster carers making sure he was in on time every day, even during {{Tết}}. Please pass on our thanks.

        Best wishes,
        [[name:Ruth Greenhalgh]]
        {{ESOL Curriculum Lead}}, [[organisation:Calderbrook College]]
        [[email:r.greenhalgh@calderbrook-college.ac.uk]]
    """)),
    ("social_care", "success", prose("""
        Learning review, good practice: {{age assessment}} of [[name:Abdullah Karimi]] (claimed DOB
        [[date_of_birth:17/04/2008]]). Assessors [[name:S.B.]] and [[name:Rhys ap Dafydd]] held three short sessions
        rather than one long one, each with an {{appropriate adult}} and the same Pashto {{interpreter}}, and let
        [[name:Abdullah]] choose the room at [[organisation:Heathfield Family Centre]] rather than the office. They
        checked his understanding at the start of each session, shared the {{minded-to}} findings with him and his
        {{independent advocate}} before concluding, and gave him the chance to explain the discrepancies in his account
        of his sister's age. The outcome (age accepted, [[age:16]]) was reached in 19 days. His solicitor at
        [[organisation:Moorgate Law Centre]] has said she will use the report as an example of a {{Merton-compliant}}
        assessment. We want to keep this as the model: short sessions, same interpreter, {{minded-to}} meeting every time.
    """)),
    ("social_care", "success", block("""
        GOOD PRACTICE REPORT
        Service: [[organisation:Calderbrook UASC & Leaving Care Team]]
        Date: [[date:27/11/2024]]
        Reporter: [[name:Ffion Lewis-Baptiste]], SW
        Summary: [[name:Tran Duc Anh]] ([[age:15]]) was found by police in a {{cannabis grow}} at [[address:22 Forge Lane]], [[postcode:HX3 9RT]] (police ref [[case_reference:PV-24-118273]]). As {{First Responder}} I submitted the {{NRM}} referral the same evening with police input. The {{Single Competent Authority}} gave a positive {{reasonable grounds}} decision in 5 days (ref [[case_reference:NRM-2024-33817]]), and an {{ICTG}} was allocated within a week.
        What helped: {{Vietnamese}} interpreter in person, police agreed not to interview [[name:Anh]] until placed, placement kept out of area and phone-free for the first 72 hours, {{missing}} risk plan written before he arrived.
        Outcome: no missing episodes to date.
    """)),
    ("social_care", "success", prose("""
        [[name:Habib Sultani]] turned 18 on [[date_of_birth:2 December 2006]] and this is the first time on our team that
        a young person's 18th birthday didn't end in a crisis. His {{refugee status}} came through in {{August}}, so
        [[name:joy]] (his {{personal adviser}}) used the three months before to get everything ready: {{NI number}}
        ([[ni_number:JM 48 21 93 C]]) in place, bank account open, {{Universal Credit}} claim booked for the day after
        his birthday, and a tenancy at [[address:Flat 3, 41 Greaves Street]], [[postcode:HX1 5QN]] signed with
        [[organisation:Calder Homes]]. His {{leaving care grant}} paid for the furniture. He has kept his college place
        at [[organisation:Calderbrook College]] and his foster carers are still his emergency contact. [[name:Habib]] said
        [[name:joy]] "made the birthday a birthday". Learning for us: start {{pathway planning}} for status at 17 and a half, not when the {{BRP}} arrives.
    """)),
    ("social_care", "success", block("""
        [[date:16/12/2024]] 14:05 [[name:Joanne Ilori]]: Update for the team 🎉 {{British Red Cross}} {{family tracing}} have found [[name:Salih]]'s mum in a camp in Chad!!
        [[date:16/12/2024]] 14:06 [[name:Gaz]]: no wayyy
        [[date:16/12/2024]] 14:08 [[name:Joanne Ilori]]: video call done this morning in the {{contact room}} with the Sudanese Arabic {{interpreter}}. her number is [[phone:+235 66 01 02 73]], saved on his file not his phone till we've done a {{risk assessment}} with the {{IRO}}
        [[date:16/12/2024]] 14:09 [[name:Gaz]]: how was he
        [[date:16/12/2024]] 14:11 [[name:Joanne Ilori]]: cried, laughed, showed her his football medal from [[organisation:Hebble Rovers Juniors]]. RC caseworker [[name:Marguerite]] was brilliant, 10 months of searching
        [[date:16/12/2024]] 14:12 [[name:Tariq]] ({{TM}}): that's amazing. [[name:Jo]] pls write it up as good practice for the {{quality assurance}} board
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Datix [[case_reference:W2407719]] - code stroke timeline (from EPR + ambulance sheet)
        Pt: [[name:Derek Hollis]], [[age:74]], NHS [[nhs_number:897 927 4351]]
        [[date:Tue 05/03/24]]
        15:52 pre-alert from {{ambulance crew}}, FAST positive, onset 15:20 witnessed by wife [[name:Sheila]]
        16:08 arrives {{ED resus}}, {{stroke registrar}} bleeped
        16:14 {{CT scanner}} 1 down (cooling fault) - stroke team not told
        16:31 moved to CT2 in main radiology, waited for porter
        16:44 {{CT head}} + CTA: no bleed, left {{M2 occlusion}}
        16:49 consented by Dr [[name:Anjali Menon]], weight estimated
        17:26 {{alteplase}} bolus given. {{door-to-needle}} 78 min (target under 60)
        17:40 discussed with [[organisation:Pennine Vale Neuroscience Centre]] - not for {{thrombectomy}}
        Contributing: no alert process when CT1 goes down; ED/stroke on different bleep systems. Mr [[name:Hollis]] has moderate residual {{aphasia}}.
    """)),
    ("health", "incident", block("""
        Datix ref: [[case_reference:W2408834]]
        Location: [[organisation:Larch Ward]] ({{HASU}}), bed 12
        Patient: [[name:Edna Farrow]]   NHS No: [[nhs_number:352 229 0151]]   DOB: [[date_of_birth:02/11/1939]]
        Date/time: [[date:17/03/2024]] 08:10
        Description: Pt {{NBM}} pending {{SLT}} review after failing {{bedside swallow screen}} on admission. Sign above bed said NBM but bank {{HCA}} (first shift on ward) gave her morning {{ramipril}} and {{atorvastatin}} with a beaker of water when her daughter [[name:Karen]] asked. Pt coughing++, sats dropped to 88% on air.
        Harm: moderate. {{aspiration pneumonia}} confirmed on CXR, IV {{co-amoxiclav}}, 2 extra days on HASU.
        Contributing factors: NBM not flagged on {{ePMA}} drug chart, bank staff given handover in the corridor, no swallow status on the patient board.
        Reported by: [[name:Nkechi Obi]], Band 6
    """)),
    ("health", "incident", block("""
        fall 03:40 - [[organisation:Wren Unit]] (hyperacute rehab) bay 2 bed 3
        pt mr [[name:t. bailey]] [[age:81]], on {{apixaban}} for AF. found on floor next to bed by [[name:agnieszka]] ({{HCA}}). unwitnessed, small haematoma L forehead, GCS 15
        {{neuro obs}} started. night reg dr [[name:ola]] reviewed 04:05 + requested {{CT head}} (anticoagulated so within 8h per {{NICE}})
        CT not done till 09:30 - no porter overnight + CT prioritised ED. no bleed thank god
        why: {{falls sensor mat}} was not plugged in, bay nurse moved to cover {{enhanced care}} in bay 4, mr [[name:bailey]] tried to get to toilet on his own (neglect side, forgets he cant weight bear)
        informed son [[name:Gareth]] 07:30 on [[phone:07700 900147]]
        - [[name:LB]] {{nurse in charge}}
    """)),
    ("health", "incident", prose("""
        On [[date:22 April 2024]] two patients on [[organisation:Kestrel Ward]] had almost the same name: [[name:Mary Evans]]
        (NHS [[nhs_number:201 781 9840]], bay 4) and [[name:Marie Evans]] (NHS [[nhs_number:725 821 5573]], side room 2).
        A repeat {{CT head}} was requested for [[name:Marie]], who was drowsy 24 hours after {{thrombolysis}}, but the
        request on the {{EPR}} was placed under [[name:Mary]]. The porter collected [[name:Mary]], who has severe
        {{expressive aphasia}}. The {{radiographer}} asked her name and date of birth and she nodded; the
        {{wristband}} was under her sleeve and was not checked. [[name:Mary]] received an unnecessary CT and
        [[name:Marie]]'s scan was delayed by two hours (no bleed). Reported under {{IR(ME)R}} and to the {{CQC}}. We
        have since agreed a "name alert" sticker for same or similar names and that aphasic patients are always
        wristband-checked by two people.
    """)),
    ("health", "incident", prose("""
        Serious incident summary ({{Never Event}}): [[name:Gurdev Bains]], [[age:68]], hospital number
        [[case_reference:RV3390117]], admitted to the {{HASU}} with a left {{TACS}} and failed swallow. A fine-bore
        {{NG tube}} was placed at 22:00 on [[date:9 May 2024]] by the night {{FY1}}. The aspirate pH was 6.5 so a
        {{chest X-ray}} was taken, and it was reviewed by a second FY1, Dr [[name:AK]], who documented "tip below
        diaphragm". The tip was in the right lower lobe bronchus. {{NG feed}} ran from 02:00 and Mr [[name:Bains]]
        desaturated at 06:10; the {{radiologist}}'s report at 08:15 confirmed the position. Feed was stopped, the tube
        removed, and he needed {{ICU}} support for two days. Neither FY1 had completed the trust's NG X-ray
        interpretation competency, and the {{NPSA}} four criteria were not written on the request. Dr [[name:AK]] has
        been supported and not blamed; the fix is that only competent decision-makers confirm NG position overnight.
    """)),
    ("health", "incident", block("""
        From: [[name:Deepa Raval]] <[[email:deepa.raval@nhs.net]]>
        To: [[name:Tom Fairweather]]
        Cc: Stroke Governance
        Date: [[date:14 June 2024]]
        Subject: {{DOAC}} restart - [[case_reference:RV4471902]]

        Hi [[name:Tom]],

        Heads up, I've put a Datix in ([[case_reference:W2410562]]). [[name:Stanisław Kowalczyk]], large right MCA infarct on [[date:10/06]] with {{haemorrhagic transformation}} on the 24h scan. {{apixaban}} 5mg BD was restarted on day 3 - the discharge-to-rehab {{TTO}} template pulled his pre-admission meds across and it was signed without the bleed being noticed. The plan in the notes was to wait until day 12 and {{re-image}}.

        Repeat {{CT}} today: small increase in the haemorrhage, no clinical change. Apixaban stopped, family (daughter [[name:Ola K]]) told by Dr [[name:Osei]].

        Can we add an "anticoag hold" flag to the {{stroke proforma}}? Happy to draft.

        Thanks,
        [[name:Deepa]]
        {{Advanced Clinical Pharmacist}} - Stroke
        Bleep 4471
    """)),
    ("health", "incident", prose("""
        Incident reported by the {{Early Supported Discharge}} team lead. [[name:Harold Nwachukwu]], [[age:79]], went home
        from [[organisation:Kestrel Ward]] on [[date:2 July 2024]] to [[address:8 Cobden Terrace]], [[postcode:OL14 6DX]]. The ward
        sent the {{ESD}} referral to our old generic inbox, which was closed in {{April}}, and no one looked at the bounce-back.
        He had no {{physiotherapy}} or {{OT}} visit for nine days. His wife [[name:Patience]] rang [[organisation:Todley Bridge Medical Practice]]
        when he fell in the {{kitchen}} on [[date:11 July]]; he was readmitted with a {{fractured wrist}}. When I rang her on
        [[phone:01706 496 022]] she said "we thought you'd forgotten us". She was right. We have now put the ESD referral
        on the {{electronic discharge checklist}} so it can't be closed without it, and {{the ward}} will phone-confirm every referral.
    """)),
    ("health", "near_miss", block("""
        NEAR MISS - thrombolysis dosing
        Area: {{ED resus}} / {{HASU}} in-reach
        Date: [[date:28/07/2024]]
        Pt: [[name:Beverley Sutcliffe]], NHS [[nhs_number:753 299 0583]]
        What nearly happened: {{alteplase}} dose worked out on an estimated weight of 110kg, which gives the 90mg max. Second checker [[name:Callum Ross]] ({{stroke nurse}}) asked for the {{weighing trolley}} as she looked much lighter. Actual weight 76kg = 68.4mg total. Over-dose of over 20mg avoided. Bolus given 4 min later than planned.
        Why: ED weighing trolley kept in majors, no weight on the {{ambulance handover}}, {{CT}} pressure on time.
        Suggested fix: weigh on the CT table (supplier says possible), or trolley kept in resus.
        Reporter: [[name:Callum Ross]], {{Band 6}}
    """)),
    ("health", "near_miss", block("""
        Teams - Stroke Reg / Thrombectomy coordination - [[date:3 Aug 2024]]
        [[name:Rhiannon Lloyd-Hughes]] 18:02: sent images via {{image exchange}} for the {{thrombectomy}} referral, {{basilar occlusion}}, pt in {{CT}} now
        [[name:Yusuf Patel]] ([[organisation:PVNC]] {{neuroradiology}}) 18:05: those images are of a 40s female with an {{ICH}} - is that right? your referral says 72M
        [[name:Rhiannon Lloyd-Hughes]] 18:06: no!! wrong {{accession}}. resending
        [[name:Rhiannon Lloyd-Hughes]] 18:09: correct study now - [[name:Gordon Mackie]], MRN [[case_reference:RV5520381]]
        [[name:Yusuf Patel]] 18:12: got it. accept, send him, ambulance booked?
        [[name:Rhiannon Lloyd-Hughes]] 18:13: yes {{HEMS}} not available, {{road crew}} 18:25
        [[name:Rhiannon Lloyd-Hughes]] 18:40: reflecting - the image exchange list showed the last study sent from CT, not my patient. I didn't check the name on the preview. Datix'd as near miss. thanks for catching [[name:Yusuf]]
    """)),
    ("health", "near_miss", block("""
        handover note - [[organisation:Wren Unit]] nights [[date:19/08]]
        bed 7 mrs [[name:o'brien]] - {{full hoist}}. day staff used MEDIUM {{sling}} on the {{chair transfer}}, she's LARGE per {{moving and handling}} assessment, found slipping forward in sling at 19:30, [[name:sunny]] + [[name:bash]] lowered her back onto bed safely. no injury, skin ok
        large slings were all in the laundry bag, only mediums on the ward
        asked [[name:Mo]] in {{facilities}} for 4 more larges. put sling size on the {{bedside board}} + her {{care plan}}
        {{near miss}} logged, told her son [[name:Declan]]
        reminder: CHECK SLING SIZE before every {{hoist}}, dont assume!!
    """)),
    ("health", "near_miss", block("""
        Debrief - {{board round}} [[date:Wed 4 Sept]], [[organisation:Larch Ward]]
        Present: [[name:TF]] ({{consultant}}), [[name:NO]] ({{ward manager}}), [[name:Aled Jenkins]] ({{SLT}}), [[name:Chen Li]] ({{FY2}})
        Issue: at board round [[name:Chen]] noticed the {{DNACPR}} form in bed 5's notes ([[name:Winifred Gale]]) was for a different patient - [[name:Winston Gale]], discharged last week, NHS [[nhs_number:198 132 2132]]. Mrs [[name:Gale]] (bed 5) is for full escalation and has never had a {{ReSPECT}} conversation.
        Risk: had she arrested overnight the {{crash team}} may have seen the wrong form and withheld CPR.
        Why: loose-filed form after discharge; both surnames [[name:Gale]]; front sheet not checked against the {{ReSPECT}} form.
        Actions: form returned to medical records; [[name:NO]] to audit all resus forms on ward today; forms to be checked against the {{wristband}} at every board round.
    """)),
    ("health", "success", prose("""
        Massive shout-out to everyone on the thrombectomy transfer on [[date:Saturday 21 September]]. [[name:Jean-Pierre Mbala]],
        [[age:58]], arrived at 14:10 with a left {{ICA}} occlusion, {{NIHSS}} 19. [[name:Hope Abara]] in {{CT}} had the {{CTA}}
        done and shared in 11 minutes, Dr [[name:Menon]] started {{tenecteplase}} in the scanner, and the crew of ambulance
        [[vehicle_registration:YX70 HKM]] stayed with us rather than waiting outside. Door-in-door-out was 52 minutes, our
        best ever. He had full recanalisation at [[organisation:Pennine Vale Neuroscience Centre]] and walked back onto
        [[organisation:Kestrel Ward]] five days later. Special thanks to [[name:Hope]] for staying after her shift, and to
        [[name:JP]]'s wife for letting us use her {{Lingala}} to reassure him. Let's keep the {{pre-alert}} huddle.
    """)),
    ("health", "success", block("""
        Thank you card (typed up for the {{ward board}})

        To all the staff on [[organisation:Wren Unit]],
        When {{Dad}} came to you in {{May}} he could not lift his arm or say our names. Six weeks later he walked out with his {{walking stick}} and told the {{physio}}, [[name:Rosa]], a very bad joke. Thank you to [[name:Rosa]], to [[name:Mags]] in {{OT}} who taught him to make a brew again, and to the {{night nurse}} [[name:Ade]] who always found him a cup of tea at 3am. You never made us feel in the way at {{visiting}}.

        With love,
        the [[name:Kaur-Whitfield]] family ([[name:Jaswinder]], [[name:Amrit]] & [[name:Lily]])
    """)),
    ("health", "success", block("""
        Stroke MDT / family meeting - [[date:10/10/2024]]
        Pt: [[name:Rashid Hussain]], [[age:72]], NHS [[nhs_number:307 618 5241]]
        Attendees: Dr [[name:R. Lloyd-Hughes]], [[name:Aled Jenkins]] ({{SLT}}), [[name:Marta]] ({{OT}}), [[name:Sadia]] ({{social worker}}), son [[name:Imran Hussain]], wife (via [[name:Kulvinder]], Punjabi {{interpreter}} in person)
        Notes: last time the son interpreted and the family left thinking Dad would "be back to normal by Eid". This time a professional interpreter was booked 2 weeks ahead and Mrs [[name:Hussain]] asked her own questions for the first time. Goals agreed: transfers with one, {{modified diet}} level 6, home with {{reablement}}.
        Good practice: never using family to interpret at goal-setting meetings.
    """)),
    ("health", "success", prose("""
        Debrief after the in-patient {{code stroke}} on [[organisation:Ward 14]] ({{orthopaedics}}) on [[date:30 October 2024]]. [[name:Bill Tranter]],
        [[age:84]], day 2 after a {{hip hemiarthroplasty}}, was found by {{staff nurse}} [[name:Kerry-Ann Fraser]] with a new facial
        droop at 10:05. She recognised it, used {{BE FAST}}, and called {{2222}} stroke rather than waiting for the ward round.
        Our {{stroke nurse}} [[name:Will Okoro]] arrived in six minutes and [[name:Bill]] was in CT at 10:24. Thrombolysis wasn't possible
        after surgery, but he had a {{thrombectomy}} at [[organisation:PVNC]] and is now on the {{HASU}}. What made the difference:
        [[name:Kerry-Ann]] had done our {{stroke awareness}} session in September. [[name:Will]] is offering it to every surgical ward.
    """)),
    ("health", "success", block("""
        Good catch - [[organisation:Larch Ward]] {{telemetry}}
        [[name:Bronwen]] (HCA, nights) noticed pt in bed 9, [[name:Frank Osei-Bonsu]] (NHS [[nhs_number:525 754 4806]]), had an irregular trace on the {{cardiac monitor}} at 02:30 and asked the nurse to look. 40 min of {{paroxysmal AF}} confirmed on the {{ECG}} - his {{24h Holter}} had been normal. Discussed at 09:00 huddle and {{apixaban}} started at day 14 per the stroke plan, avoiding a {{loop recorder}} and another admission. Well done [[name:Bronwen]] - quiet, thorough, and she spoke up 👏
    """)),
    ("health", "success", block("""
        From: [[name:Marta Nowak]] <[[email:marta.nowak1@nhs.net]]>
        Sent: [[date:25 November 2024]]
        Subject: home visit went brilliantly

        Hi all,
        Quick positive one. Joint {{OT}} and {{ESD}} home visit for [[name:Elsie Brathwaite]] ([[date_of_birth:11/06/1946]]) at [[address:27 Wharf Street, Sowley]] [[postcode:HX6 2BW]]. Her granddaughter [[name:Amber]] had already moved the bed downstairs after our phone call, the {{key safe}} was fitted and the {{commode}} delivered the day before. [[name:Elsie]] made us a cup of tea at the kitchen {{perching stool}}!
        ESD start [[date:28/11]], {{reablement}} from [[organisation:Calder Care at Home]] twice daily. GP ([[organisation:Sowley Health Centre]]) letter gone.
        Thanks to [[name:Amber]] ([[phone:07700 900864]]) for being so on it.
        [[name:Marta]]
        {{Occupational Therapist}}, Stroke
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        SECURITY OCCURRENCE REPORT   Ref: [[case_reference:SEC-OCC-24-0317]]
        Date: [[date:06/04/2024]]   Time: 05:40
        Location: {{central search}}, lane 4 ({{X-ray}} + {{security scanner}})
        Flight: [[flight_number:LS839]] to Alicante
        Details: 9cm {{lock knife}} found by {{cabin crew}} in a pax cabin bag at the {{gate}} re-check. Pax ([[name:Kevin Ashdown]]) said he forgot it was in his washbag. Image review shows the knife clearly visible on the lane 4 image at 05:12. The {{X-ray screener}} (ID [[case_reference:SO-4471]]) had been on the image for 41 min - max should be 20.
        Police: [[organisation:Pennine Vale Police]] airport unit informed, PC [[name:Craig Dunmore]] attended, words of advice, knife seized, log [[case_reference:PVP-240406-0087]].
        Contributing: 05:00-06:00 wave, two screeners off sick, supervisor [[name:Leanne W]] covering lane 2 so the rotation was missed.
        Reported to {{DfT}}: yes.
    """)),
    ("aviation", "incident", block("""
        Chronology - assault on {{security officer}} - {{central search}} - [[date:Sat 18 May 2024]]
        06:02 Pax [[name:Darren Whitlow]] (booked [[flight_number:EZY6217]] to Faro) told to put two 1L bottles of vodka in the {{LAGs}} bin. Argues.
        06:05 Pushes a tray into officer [[name:Zainab Hussein]]'s chest and grabs her arm. {{duty manager}} [[name:Gary Pugh]] calls police via {{Security Control}}.
        06:09 PC [[name:Shona McCrae]] + PC [[name:Tunde Bello]] attend. Pax arrested, crime ref [[case_reference:13/44720/24]].
        06:20 airline informed, pax {{offloaded}}, hold bag removed.
        06:45 [[name:Zainab]] seen by {{first aider}}, bruised forearm, went home. Welfare call done by [[name:Gary]].
        Learning: only one {{conflict management}} trained officer on the lanes, no {{body-worn video}} issued at start of shift, and staff didn't know they can call police direct on the {{panic alarm}}.
    """)),
    ("aviation", "incident", block("""
        RTF transcript extract - [[organisation:Eastmoor Approach]] 119.355 - [[date:17/08/24]] (UTC)
        2141:12 [[flight_number:SKL214]]: [[organisation:Eastmoor Approach]], [[flight_number:Skylark two one four]], request police to meet the aircraft, {{disruptive passenger}}, intoxicated, has assaulted {{cabin crew}}
        2141:30 APP: [[flight_number:Skylark two one four]], roger, police will meet you, expect stand one two
        2141:36 [[flight_number:SKL214]]: stand one two, [[flight_number:Skylark two one four]]

        Security note added by [[name:Janet Rowe]], {{police liaison}} coordinator: police were sent to stand 12 but {{ground ops}} re-allocated the aircraft ([[aircraft_registration:G-OSKL]]) to stand 7 at 2150 and nobody told {{Security Control}}. The {{captain}} and crew held the passenger at the rear for 14 extra minutes with other passengers still boarded. PC [[name:Dunmore]] arrested him at 2208 (ref [[case_reference:PVP-240817-0311]]).
        Action: {{stand changes}} for any aircraft with a police request now go to Security Control and the {{police radio channel}}.
    """)),
    ("aviation", "incident", block("""
        Hot debrief - suspect vehicle, terminal {{forecourt}} - [[date:02/09/2024]]
        Present: [[name:GP]] ({{Security Duty Manager}}), Insp [[name:Nadia Rahman]] (police), [[name:Maciej Zieliński]] ({{Terminal Duty Manager}}), [[name:Kez]] ({{CCTV}})
        What: silver estate [[vehicle_registration:LK18 WZP]] left unattended in the {{drop-off zone}} for 34 min, rear seats covered by a blanket. Police set a {{cordon}} at 11:52; terminal front doors closed 47 min, 9 departures delayed.
        What went wrong: cordon set at 50m, not 100m, for the first 10 min; pax still queuing at {{check-in}} inside the cordon; {{PA}} announcement in English only.
        Outcome: owner, a private hire driver ([[name:Faisal Mirza]]), found in the staff car park café. Vehicle searched, nothing found.
        Actions: [[name:GP]] - cordon distance card for {{Security Control}}; [[name:Maciej]] - PA messages in Polish, Urdu and Romanian; Insp [[name:Rahman]] - {{ANPR}} alert for drop-off over 10 min.
    """)),
    ("aviation", "incident", block("""
        SECURITY BREACH REPORT
        Ref: [[case_reference:SBR/24/061]]
        Location: {{Staff Search}} Post 3 (landside to {{airside}}, {{apron}} side)
        Date/time: [[date:21 September 2024]], 14:18
        Description: Contractor [[name:Liam O'Connor]] ([[organisation:Northline Catering]], {{ID pass}} [[case_reference:EMA-117845]]) was screened and went through. A colleague, [[name:Jamie-Lee Spence]] (pass [[case_reference:EMA-119202]]), followed him through the override gate while the officer was doing a {{hand search}}. Seen on CCTV 40 min later by [[name:Bola]] in the {{control room}}.
        Actions: search of the {{critical part}}; [[name:Jamie-Lee]] found at the catering stores and re-screened. Both passes suspended pending review; {{police liaison officer}} PC [[name:Dunmore]] told.
        Root cause: override gate left on the latch since the 06:00 delivery; no alarm on that gate.
    """)),
    ("aviation", "incident", block("""
        Supervisors chat - [[date:04/10/2024]]
        [07:12] [[name:Kerry Blake]]: heads up complaint coming from lane 6. pax had an {{insulin pump}} + {{CGM}}, told [[name:Will]] she couldnt go through the {{body scanner}} and showed her {{medical device card}}. he sent her through anyway
        [07:13] [[name:Daniel D'Souza]]: is the pump ok?
        [07:15] [[name:Kerry Blake]]: she says it alarmed after, ringing her {{diabetes team}}. on [[flight_number:BA1339]] at 08:05, no spare
        [07:16] [[name:Daniel D'Souza]]: offer the {{private search room}} + get a CSM down. what was [[name:Will]] thinking
        [07:18] [[name:Kerry Blake]]: says he thought the manufacturer advice was only for x-ray. he's new, 3rd week
        [07:41] [[name:Daniel D'Souza]]: spoke to Mrs [[name:Hollingworth]], pump reset ok, she made the flight. complaint ref [[case_reference:CX-24-2290]]. not on [[name:Will]] - training covers this on day 9, he's on day 7. pairing new starters with a mentor on lanes from now on
    """)),
    ("aviation", "near_miss", block("""
        From: HBS Supervisors <[[email:hbs.supervisors@eastmoor-airport.co.uk]]>
        To: Security Compliance
        Date: [[date:12 October 2024]] 18:37
        Subject: near miss - {{HBS}} level 3 image, bag nearly released

        At 17:55 a hold bag for [[flight_number:FR3154]] (tag [[case_reference:0210FR448291]]) came up at {{level 3}} with a pistol-shaped item. The operator, [[name:Haruto Sato]], was about 10 days qualified and was being pressed by the airline {{dispatcher}} on the phone to clear it as the flight was closing (aircraft [[aircraft_registration:EI-EVR]] on stand 9). He thought it might be a toy and was about to clear it when [[name:Patience Nkemelu]] (supervisor) asked to see the image.
        Bag taken to {{level 4}} {{reconciliation}} search with police present: {{blank-firing pistol}}, not declared. Pax [[name:Ionut Radu]] offloaded, police ref [[case_reference:PVP-241012-0559]].
        Learning: operators must never take calls from airlines while on image. Phone moved off the level 3 desk. Thanks [[name:Haruto]] for being honest about it at the debrief.
    """)),
    ("aviation", "near_miss", prose("""
        I want to report something that nearly got missed at {{central search}} on [[date:Sunday 3 November]]. A girl who
        looked about [[age:14]] was travelling with a man in his 40s on [[flight_number:W61842]] to Bucharest. She had no
        bag, wouldn't make eye contact and he answered every question for her, including her name. I mentioned it to my
        {{supervisor}}, who said it wasn't our job. I still rang the {{police liaison}} line on [[phone:01632 960815]].
        PC [[name:Ruth Okonjo]] came down, spoke to them separately at the {{gate}} and found that her passport was in a
        different name to the one he had given. The flight left without them and {{children's social care}} were called.
        I'm not naming the supervisor because I think it's a training gap: our {{safeguarding}} module only covers
        {{Hidden Disabilities Sunflower}} and not {{trafficking}} indicators. - [[name:Aisha Begum]], {{security officer}}
    """)),
    ("aviation", "near_miss", block("""
        Near miss report - {{lithium battery}}
        When: [[date:22/11/24]] 09:20
        Where: {{central search}} lane 2, {{divest}} point
        Who reported: [[name:Nathan Tse]], security officer
        What: pax [[name:Olivia Marsh-Gray]] ([[flight_number:EZY3402]] to Geneva) put a {{power bank}} in the tray. [[name:Nathan]] noticed it was swollen and hot to the touch before it went into the {{X-ray}} tunnel. Moved it to the {{fire containment bag}} in the search area per the {{dangerous goods}} procedure; {{airport fire service}} attended and took it away. Pax re-screened and travelled.
        Why near miss: the containment bag had been moved to lane 5 the night before and it took 2 min to find. If it had gone into thermal runaway inside the tunnel we'd have lost the lane and possibly evacuated.
        Fix: bag fixed to the wall at each end of search, checked on the opening checklist.
    """)),
    ("aviation", "near_miss", block("""
        SECURITY CONTROL LOG - [[date:28/11/2024]]
        19:42  [[flight_number:TOM6TK]] arr ex Tirana, stand 4, [[aircraft_registration:G-TAWZ]]. Non-{{one-stop security}} origin - pax must go to {{Arrivals}} / {{transfer search}}.
        19:48  {{ground handler}} [[name:Mark Fennell]] opens the wrong corridor door - 23 arriving pax walk towards the {{departure lounge}}.
        19:49  door alarm on D4 triggers. [[name:Hung Tran]] ({{CCTV}}) sees group, radios {{Security Duty Manager}} [[name:Siobhan Kearney-Ward]].
        19:51  security staff stop the group at the link bridge before they reach the sterile area; all 23 counted back to arrivals against the {{passenger manifest}}.
        19:58  sweep of the {{link bridge}} bridge, nothing found. No departures affected.
        20:10  [[name:Mark]] debriefed: door signage says "Arrivals" on both doors since the refit. Reported to [[organisation:Eastmoor Airport]] estates and {{DfT}} as a near miss.
    """)),
    ("aviation", "success", prose("""
        Shout-out for lane 3 on [[date:Wednesday 10 April]]. [[name:Amber Cheung]] spotted an unusual density in a
        {{hairbrush}} handle on the {{X-ray}} image and called for a bag search. [[name:Tomás Rivera]] did the search and
        found a 7cm {{ceramic blade}} built into the handle - something that a {{walk-through metal detector}} would never
        pick up. Police attended and the passenger, booked on [[flight_number:U22148]], was interviewed under caution. The
        {{CAA}} inspector who happened to be doing an audit that morning asked for the image for the national
        {{image library}}. [[name:Amber]] has been on the lanes eight months. This is what good {{image interpretation}} looks like -
        well done both. - [[name:Jules]], {{Security Training Lead}}
    """)),
    ("aviation", "success", block("""
        From: Insp [[name:Nadia Rahman]], [[organisation:Pennine Vale Police]] Airport Policing Unit
        To: {{Security Operations}}, [[organisation:Eastmoor Airport]]
        Date: [[date:19 June 2024]]
        Re: missing vulnerable adult - ref [[case_reference:MISPER 24-1183]]

        Dear [[name:Yvonne]] and team,

        On [[date:15 June]] we circulated a description of [[name:Albert Greenwood]], [[age:83]], who has {{dementia}} and had walked away from [[organisation:Rosebank Care Home]] in [[address:Hebble Bridge]]. {{Security officer}} [[name:Stacey-Jo Harrop]] noticed a man in slippers and a coat with no {{boarding card}} trying to get through {{central search}}, remembered the {{briefing}} and kept him talking by the {{priority lane}} with a cup of tea until our officers arrived. He was back at the home within the hour, cold but unhurt.

        Please pass on our thanks to [[name:Stacey-Jo]]. The {{Herbert Protocol}} form his family completed made the description quick to share - it worked exactly as it should.

        Regards,
        [[name:Nadia Rahman]]
        {{Inspector}}, Airport Policing Unit
    """)),
    ("aviation", "success", block("""
        Post-incident debrief - cardiac arrest at {{central search}} - [[date:14/07/2024]]
        Facilitator: [[name:D. D'Souza]]
        What happened: 13:26 pax, male ~60, collapsed in the {{reclaim}} area after {{divest}}. Officers [[name:Femi Adewale]] and [[name:Rosie Hall]] started CPR within 30 seconds; [[name:Kwabena]] brought the {{AED}} from lane 1 (1 shock advised, delivered 13:29). {{Airport fire service}} on scene 13:31, {{paramedics}} 13:40. {{ROSC}} before transfer to [[organisation:Pennine Vale Royal Infirmary]]. Family (via airline) say he's recovering after a {{stent}}.
        What went well: lanes closed and pax moved away without being asked; {{Security Control}} called 999 and the fire service at the same time; someone thought to keep his boarding pass ([[flight_number:LS1247]]) for the hospital.
        Even better if: AED signage on lane 1 is hidden behind the tray return - moving it.
        Welfare: {{TRiM}} offered to all involved; [[name:Rosie]] has taken it up.
    """)),
    ("aviation", "success", block("""
        From: [[name:Sharon Pike]] <[[email:sharonpike73@outlook.com]]>
        To: [[email:customer.relations@eastmoor-airport.co.uk]]
        Date: [[date:2 August 2024]]
        Subject: Thank you to your security team

        Hello,
        My {{son}} [[name:Reuben]] ([[age:11]]) is {{autistic}} and wears a {{Hidden Disabilities Sunflower}} lanyard. {{Security}} is always the worst part of any trip for us. This time an {{officer}} called [[name:Mike]] saw the lanyard and took us to the {{assisted lane}}, explained each step before he did it, and let [[name:Reuben]] watch his backpack go through the {{X-ray}} on the screen. When the {{body scanner}} alarmed, he did the {{pat-down}} on the back of the hand first so [[name:Reuben]] knew what it would feel like. No tears, no shouting, first time ever.
        We flew on [[flight_number:TOM2417]] on [[date:29 July]]. Please make sure [[name:Mike]] knows.
        [[name:Sharon Pike]]
        [[phone:+44 7700 900 233]]
    """)),
    ("aviation", "success", block("""
        Airport Security / Police Liaison quarterly meeting - minutes
        Date: [[date:05/12/2024]]   Location: {{Security Control}} briefing room
        Attendance: [[name:Y.O.]] (Head of Security, chair), Insp [[name:N.R.]] (police), PC [[name:C.D.]] ({{police liaison officer}}), [[name:P.N.]] ({{HBS}}), [[name:S.K-W.]] (SDM), [[name:Jo Alderton]] ({{Border Force}} liaison)
        1. Prohibited items: 1,102 knives/blades surrendered Q3; 14 referred to police under the joint {{knife referral}} process, 3 charged. [[name:C.D.]] said the new referral form has cut police attendance time from 22 to 9 min.
        2. Trafficking indicators: after the report in {{November}}, all officers to complete the {{Modern Slavery}} e-learning by {{March}}. [[name:Y.O.]] to send to {{DfT}} as good practice.
        3. Exercise Kittiwake ({{MTA}} live exercise) went well; lessons log to be circulated by [[name:N.R.]].
        Next meeting: [[date:06/03/2025]].
    """)),
    ("aviation", "success", block("""
        Radio log (Security ch.2) - [[date:Fri 20 December 2024]] - transcribed for the {{lost child}} good-practice file
        14:31 SEARCH 4: Control, Search 4, lost child at lane 5, girl, says she's [[age:6]], name [[name:Lola]], separated from dad at {{divest}}
        14:31 CONTROL: Search 4, Control, roger. Keep her at the {{supervisor desk}}, don't let her go airside. Putting it out to the {{PA}} and {{CCTV}}
        14:33 CCTV: Control, CCTV, male in red jacket looking for someone at the {{reclaim}}, lane 2
        14:34 SEARCH 2: Control, Search 2, have dad here, [[name:Martin Achebe]], booked [[flight_number:EZY6218]], says daughter is [[name:Lola Achebe]], in a yellow coat
        14:35 SEARCH 4: that's her, walking dad over
        14:37 SEARCH 4: reunited, ID checked against boarding passes. [[name:Lola]] got a sticker
        Note: 6 minutes from report to reunion. Officer [[name:Precious]] kept [[name:Lola]] calm by letting her "help" with the trays.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind163", REPORTS))
