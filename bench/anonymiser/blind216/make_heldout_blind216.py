"""Held-out blind corpus 216: 50 hand-written UK incident, near-miss and success ("learning")
reports of the kind front-line practitioners type into a confidential reporting system.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well de-identification generalises. Every person, organisation, place and number is invented.

Settings:
- social_care (17): adult safeguarding and care homes - section 42 enquiries, DoLS, provider
  concerns, care home managers.
- health (17): a children's emergency department - triage, sepsis, safeguarding flags,
  paediatric resus, the liaison health visitor.
- aviation (16): offshore helicopter transport to North Sea platforms - HLOs, passenger
  manifests, weather holds, heliport operations. Named installations (platforms, FPSOs),
  heliports and named ATC units are labelled as organisations.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams/WhatsApp/Slack, with handles), handover notes, minutes with
attendance and apologies, pipe-separated and aligned tables, radio (RT) transcripts, shout-outs
and thank-you notes.

`[[label:value]]` marks an identifier and `{{term}}` a mention that must survive redaction
(roles, national agencies and frameworks, clinical terms and drugs, generic days and times,
place types, equipment and aircraft types, acronyms that look like initials).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind216.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        rushed note sorry. visited [[organisation:Larchfield House]] 2day re {{s42}} for mrs
        [[name:agnes mcbride]] ([[age:87yo]]), unexplained bruising both forearms found by night
        carer [[name:tanvi]] on [[date:sat 9th]]. {{body map}} done but not dated, {{MAR chart}}
        shows {{PRN}} {{lorazepam}} given x3 in 2 days w no rationale. spoke to
        {{registered manager}} [[name:Gail]] who said agency staff from
        [[organisation:Brightwell Staffing]] were on. [[name:agnes]]'s daughter [[name:Hope]] v
        upset, wants police told. have rung {{101}}, log [[case_reference:PS-20240309-0412]].
        {{SAM}} to decide re {{provider concern}} mtg. my ref [[case_reference:ASC/42/0917]].
        need to chase {{GP}} re skin tear dressing. - [[name:rk]]
    """)),
    ("social_care", "incident", prose("""
        On [[date:14 February 2024]] it was identified during a routine audit that the
        {{Standard Authorisation}} under {{DoLS}} for Mr [[name:Desmond Achterberg]] had expired on
        [[date:2 February]] without a renewal request being submitted by
        [[organisation:Oakmere Lodge Nursing Home]]. Mr [[name:Achterberg]] lacks capacity to decide
        on his residence and care and remains under continuous supervision and control, with a
        keypad-locked front door. The {{managing authority}} kept a tracker, but the previous deputy
        manager, [[name:Faith Oyelaran-Hughes]], left in {{January}} and the task was not reassigned.
        The {{supervisory body}}, [[organisation:Thornbury Borough Council]], was notified the same
        day; the home granted an {{urgent authorisation}} and an expedited
        {{best interests assessment}} was completed by [[name:Ciarán Ó Briain]] ({{BIA}}). His
        {{RPR}}, his nephew [[name:Bill]], was informed by phone on [[phone:07700 900418]].
        Learning: every tracker needs a named owner and a deputy. Ref
        [[case_reference:DOLS-TBC-23-1188]].
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Priyanka Raghunathan]] <[[email:p.raghunathan@thornbury.gov.uk]]>
        To: {{Safeguarding Adults Hub}}
        Sent: [[date:Tuesday 5 March 2024]] 16:42
        Subject: Near miss - wrong resident's medication, [[organisation:Willow Bank Care Home]]

        Hi all,

        Flagging a near miss reported to me by the deputy manager at [[organisation:Willow Bank]]
        today. At the {{lunchtime}} {{medication round}}, agency nurse [[name:Joy]] prepared
        {{warfarin}} 3mg for Mrs [[name:Irene Stott]] (room 14) but it was prescribed for
        Mrs [[name:Irene Scott]] (room 41) - same first name, similar surnames, no photos on the
        {{MAR}}. Senior carer [[name:Marek Wiśniewski]] noticed before it was given. No harm.
        Mrs [[name:Stott]] is a [[age:92-year-old]] on no anticoagulant at all.

        I have asked the home for photos on every MAR by {{Friday}} and told the {{CQC}}
        relationship owner. Not a {{section 42}} (no harm, no abuse) but logging as a provider
        quality concern, ref [[case_reference:PQC-0344]].

        Thanks
        [[name:Priyanka]]

        [[name:Priyanka Raghunathan]] | {{Senior Practitioner}}, Adult Safeguarding |
        [[organisation:Thornbury Borough Council]] | [[phone:01632 960 271]]
    """)),
    ("social_care", "success", prose("""
        Massive shout out to [[name:Sunny]] ({{night senior}}) at [[organisation:Hollins Court]] 🙌
        Around {{3am}} on [[date:Sun 17th]] he noticed [[name:Edna]] in room 6 was more confused
        than usual and a bit hot. Instead of leaving it for days he did a {{NEWS2}} (scored 6), rang
        {{111}} and pushed for an ambulance. Turned out to be {{urosepsis}} and she's now back home
        with us doing well. He also remembered to send her {{hospital passport}} and her
        {{DNACPR}} form. Her son [[name:Tomasz]] rang to say thank you. This is exactly what
        {{Stop and Watch}} training is for. Well done [[name:Sunny]]!! - [[name:Dawn]] ({{manager}})
    """)),
    ("social_care", "incident", block("""
        Chronology - missing resident, [[organisation:Fernlea Residential Home]]
        Resident: [[name:Reginald Pryce]] (known as [[name:Reg]]), [[age:aged 79]],
        {{vascular dementia}}, subject to {{DoLS}}

        14:05 [[name:Reg]] seen in the {{lounge}} by carer [[name:Amber]].
        14:40 [[name:Reg]] not at afternoon tea. Search of building and garden started.
        14:55 {{Herbert Protocol}} form located. 999 called, police log [[case_reference:CAD2291]].
        15:10 Fire door by the {{laundry}} found unlocked - {{maglock}} fault reported
              [[date:16/04]] but not fixed.
        15:48 [[name:Reg]] found by PC [[name:Okonjo]] on [[address:Mill Lane]], cold but well.
        16:20 Back at home, checked by {{district nurse}}, no injuries. Daughter [[name:Rose]]
              informed.

        Actions: contractor [[organisation:Keyline Security Ltd]] chased re door;
        {{section 42}} referral made via adult {{MASH}}. Ref [[case_reference:FRH-INC-0071]].
        Reported by: [[name:Amber Knowles-Mbeki]], {{deputy manager}}
    """)),
    ("social_care", "near_miss", block("""
        [09:02] [[name:Kwabena Asante-Darko]]: morning all, nearly sent the {{s42}} outcome letter
        for Mrs [[name:Lakshmi Patel]] to the alleged {{PiP}} (her son) instead of her
        {{advocate}} 😬 the address on the system was his
        [09:03] [[name:Grace]]: omg. did it go?
        [09:04] [[name:Kwabena]]: no caught it at the {{franking machine}}. her address is
        [[address:14 Ferrier Close, Dunholm]] [[postcode:DH9 4TW]] not his
        [09:05] [[name:Grace]]: ok good. update {{contacts tab}} + flag the PiP address as
        {{DO NOT USE}}
        [09:06] [[name:Kwabena]]: done. case [[case_reference:ASC-558120]]
        [09:07] [[name:Nadia Haddad]]: can we raise at {{team meeting}} {{thurs}} - letters
        template pulls 'main contact' by default
        [09:07] [[name:Grace]]: yep I'll add to agenda. nice catch [[name:K]]
    """)),
    ("social_care", "incident", block("""
        ADULT SAFEGUARDING CONCERN FORM
        Name: [[name:Olamide Fashola]]
        DOB: [[date_of_birth:03/11/1958]]
        NHS No: [[nhs_number:401 023 2137]]
        NI No: [[ni_number:JT 48 21 67 C]]
        Address: [[address:Flat 2, 88 Quarry Road, Ebbsfield]] [[postcode:EB4 7NL]]
        Ref: [[case_reference:SAF-24-03317]]
        Category: {{financial abuse}} / {{self-neglect}}
        Concern raised by: [[name:Will Drummond]], {{home care}} coordinator,
        [[organisation:Kindred Home Care]]

        Details: [[name:Olamide]]'s {{carers}} report that a lodger, known only as
        '[[name:Jonno]]', has been collecting her pension and keeping her bank card. Fridge empty
        on 3 visits. She says he 'helps' and does not want police involved. She has capacity re
        finances per the {{MCA}} assessment done by {{OT}} [[name:Mark]] on [[date:20 March]].
        Using {{Making Safeguarding Personal}}, her wish is to stay safe without [[name:Jonno]]
        being made to leave. Shared with the bank's {{vulnerable customer team}} and
        {{Trading Standards}}.

        Outcome wanted: to keep her money safe.
        Signed: [[name:W. Drummond]]    Date: [[date:22/03/24]]
    """)),
    ("social_care", "success", block("""
        Provider Concerns Meeting - [[organisation:Marsh View Care Centre]]
        Date: [[date:11 April 2024]], 10:00, {{Teams}}
        Present: [[name:Helen Brightwater]] (Chair, {{Head of Safeguarding}}),
        [[name:Tunde Ajayi]] ({{CQC}} inspector), [[name:Saoirse Nic Giolla]] ({{ICB}} quality
        nurse), [[name:Patience]] ({{registered manager}}), [[name:JB]] (minutes)
        Apologies: Dr [[name:Ferreira]] ({{GP}} lead, [[organisation:Riverside Medical Practice]])

        1. Progress since {{embargo}}: all 9 {{section 42}} enquiries closed. Falls down 40% since
           the {{falls champion}} role started.
        2. {{Pressure ulcer}} audit: no new grade 3 or above since {{January}}.
        3. Agreed: lift {{placement embargo}} from [[date:15 April]], monthly monitoring visits
           until {{July}}.
        4. Chair thanked [[name:Patience]] and team - 'a real turnaround'.
        Next meeting: [[date:9 May]]
    """)),
    ("social_care", "near_miss", block("""
        Handover to [[name:Faisal]] from [[name:lou]] - {{duty desk}} [[date:Fri 26/04]]
        1) [[case_reference:ASC-601277]] Mr [[name:Kowalczyk]] ([[age:81]]) -
        [[organisation:Queen's General]] {{discharge lounge}} nearly sent him to
        [[organisation:Elm Lodge]] (old placement, {{section 42}} still open there!) instead of
        [[organisation:Beech Lodge]]. Transport crew queried it. {{Discharge to Assess}} team
        updated. Need to email {{ward manager}} re {{trusted assessor}} form - old address
        pre-populated.
        2) [[case_reference:ASC-599812]] Miss [[name:Robin Akande]], {{self-neglect}},
        {{hoarding}} - {{fire service}} home safety visit booked [[date:Mon 29th]], pls confirm w
        her on [[phone:07700 900 662]].
        3) {{DoLS}} queue 34, nothing urgent flagged.
        4) {{PiPoT}} query from [[organisation:Kindred Home Care]] re a carer - left msg, pls call
        back.
        Have a good wkend!! x
    """)),
    ("social_care", "incident", prose("""
        I am reporting a {{grade 4 pressure ulcer}} identified on [[date:3 May 2024]] on the sacrum
        of Mr [[name:Hamish Gilchrist]], [[age:aged 74]], a resident at
        [[organisation:Glenview Care Home]] since his discharge from
        [[organisation:Kirkhaven Community Hospital]]. The {{Waterlow}} score had not been updated
        for 19 days and the {{repositioning charts}} had gaps of up to 9 hours overnight. The
        {{airflow mattress}} was set for a person weighing 50kg although [[name:Hamish]] weighs
        88kg. The {{district nursing}} team ([[organisation:Kirkhaven North DN Team]]) raised the
        concern through the {{safeguarding portal}}. Applying the {{Safeguarding Adults Board}}
        decision-support guidance, this meets the threshold for a {{section 42}} enquiry and a
        {{provider concern}} review. Enquiry officer: [[name:Anya Petrovna Sokolova]]. Ref
        [[case_reference:S42-GCH-0522]]. His wife [[name:Maureen]] has been kept informed and has
        asked to be involved in the enquiry.
    """)),
    ("social_care", "success", block("""
        [[[date:12/05/2024]], 18:21] [[name:Bev Oduya]]: Just want to say well done to
        [[name:Chidi]] for today's {{best interests}} meeting for [[name:Stanley]] at
        [[organisation:Harrowgate Mews]]. He made sure [[name:Stanley]]'s views were front and
        centre, used the {{talking mat}}, and got the {{IMCA}} there in person.
        [[[date:12/05/2024]], 18:24] [[name:Chidi]]: aw thanks [[name:Bev]] 😊 [[name:Stan]] did all
        the hard work, he told us straight he wants to stay near the bowls club
        [[[date:12/05/2024]], 18:25] [[name:Joy Fairweather]]: brilliant. {{MSP}} in action. Can we
        put it in the {{learning bulletin}}?
        [[[date:12/05/2024]], 18:30] [[name:Bev Oduya]]: will ask his {{RPR}} first 👍
    """)),
    ("social_care", "incident", block("""
        Provider concern log - [[organisation:Ashdown Park Care Home]] - [[case_reference:PC-2024-019]]
        Date  | Resident | Issue | Staff | Action
        [[date:02/06]] | [[name:E. Lindqvist]] | {{insulin}} missed at 18:00 | [[name:Carly]] (agency) | {{GP}} advice, BMs monitored
        [[date:04/06]] | [[name:Norman Bell]] | {{paracetamol}} given twice | [[name:Carly]] (agency) | {{111}}, no harm
        [[date:07/06]] | [[name:E. Lindqvist]] | insulin pen not dated | night {{RGN}} | pen replaced
        [[date:09/06]] | [[name:Ruby-Mae Tierney]] | {{covert medication}}, no {{best interests}} record | [[name:Pat]] (deputy) | {{pharmacist}} review
        Summary: 4 errors in 8 days, 2 involving the same agency worker. Agency
        [[organisation:Apex Nursing Solutions]] informed. {{Section 42}} not met for individual
        residents; whole-home {{provider concerns}} process started. Lead: [[name:Hannah Oyinlola]]
    """)),
    ("social_care", "near_miss", prose("""
        msg from [[name:gurpreet]] at [[organisation:Cedar Vale]] - nearly put a {{bed rail}} on
        room 3 lady (mrs [[name:O'Hare]]) w/o assessment after she rolled out of bed last nite.
        nurse stopped it as shes on {{DoLS}} w conditions that say no restrictive equipment without
        {{OT}} review + {{best interests}} decision. used {{low-low bed}} + {{crash mat}} instead. no
        injury. ive asked them to do a {{bed rail risk assessment}} + notify us. also reminded re
        {{CQC}} notification if any injury. ring back on [[phone:01632 960 883]] b4 5. ref
        [[case_reference:DOLS-44921]]. - [[name:jp]]
    """)),
    ("social_care", "success", prose("""
        Learning from a good outcome. In [[date:June 2024]] a {{section 42}} enquiry concerning
        [[name:Marguerite Nkemelu]], [[age:aged 68]], who has a {{learning disability}} and lives in
        {{supported living}} run by [[organisation:Hearthstone Housing Trust]], was concluded with
        her fully involved throughout. The enquiry officer, [[name:Siddharth Venkataraman]], met
        [[name:Marguerite]] four times at the café she chose and used {{Easy Read}} materials. Her
        concern, that a support worker called '[[name:Frankie]]' had been borrowing money, was
        substantiated; the provider dismissed him and referred him to the {{DBS}}.
        [[name:Marguerite]] said 'they listened to me proper.' What helped: continuity of worker, an
        {{independent advocate}} from [[organisation:Speakwell Advocacy]], and the {{Care Act}}
        advocacy duty applied from day one. Ref [[case_reference:S42-HHT-0188]].
    """)),
    ("social_care", "incident", block("""
        From: [[email:manager.rowanleigh@carelink-homes.co.uk]]
        To: [[email:adultsafeguarding@thornbury.gov.uk]]
        Date: [[date:28 June 2024]] 21:15
        Subject: Allegation - staff member - {{URGENT}}

        Dear {{Safeguarding Team}},

        At 19:40 tonight a {{senior carer}} reported that she saw night carer
        [[name:Dariusz Kamiński]] push resident Mr [[name:Alwyn Prosser]] ([[age:89]]) back into his
        chair and swear at him. [[name:Alwyn]] has a small red mark on his left wrist; {{body map}}
        completed. [[name:Dariusz]] has been sent home and suspended pending investigation. Police
        informed, ref [[case_reference:NP-0628-3317]]. [[name:Alwyn]]'s son [[name:Gareth]] informed
        by phone. We will notify {{CQC}} and will consider a {{DBS}} referral once the outcome is
        known.

        Kind regards,
        [[name:Faith]]

        [[name:Faith Adeyemi-Clarke]]
        {{Registered Manager}}, [[organisation:Rowanleigh House]] ([[organisation:Carelink Homes Ltd]])
        Tel [[phone:01632 960 514]]
    """)),
    ("social_care", "near_miss", block("""
        DUTY CALL LOG  [[case_reference:CL-77104]]
        Caller: Sister [[name:Nkechi Obi]], {{Ward 7}}, [[organisation:Kirkhaven General]]
        Time: 11:20   Taken by: [[name:Hope Larkin]]
        Re: [[name:Albert Nwosu]], DOB [[date_of_birth:17/08/1936]]

        Summary: ward about to discharge [[name:Albert]] home to his wife [[name:Ivy]], his main
        carer, but [[name:Ivy]] herself was admitted to [[organisation:St Cuthbert's Hospice]] on
        [[date:1 July]]. Nobody at home. Discharge held. {{Reablement}} and {{Rapid Response}}
        contacted; {{respite}} bed found at [[organisation:Larchfield House]] from [[date:3 July]].
        [[name:Albert]] has capacity and agreed. {{Carer's assessment}} for [[name:Ivy]] was
        overdue (due in {{March}}) - flagged to {{team manager}}.
        Outcome: near miss, no harm.
    """)),
    ("social_care", "success", prose("""
        Lovely thank-you email forwarded by the family of [[name:Walter Hargreaves-Ng]]: 'Dear
        [[name:Rose]], [[name:Winston]] and the {{DoLS}} team, thank you for sorting {{Dad}}'s
        authorisation so quickly when he moved to [[organisation:Primrose Court]]. You explained
        the {{RPR}} role to my sister [[name:Fenella]] in plain English and she felt able to take it
        on.' Team manager [[name:Mei-Ling Chua]] adds: this was an {{urgent authorisation}} turned
        round in 5 days against a six-month backlog because {{BIA}} [[name:Winston]] spotted the move
        on the {{hospital discharge}} list. Shared at {{team meeting}} on [[date:19/07/24]] as good
        practice for the {{Liberty Protection Safeguards}} planning group.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Timeline - delayed {{sepsis}} recognition, {{CED}}, [[date:07/01/24]]
        Pt: [[name:Leo Marchetti]], [[age:22 months]], hosp no [[case_reference:WRI4471026]]
        19:12 Booked in by reception. {{Mum}} reports fever 2/7, floppy.
        19:40 Triaged by {{SN}} [[name:Okafor]] using {{Manchester Triage}} - yellow. {{PEWS}} 4,
              {{CRT}} not recorded.
        20:55 Mum came to the desk: [[name:Leo]] 'mottled'. Moved to {{resus}}.
        21:02 {{Sepsis 6}} started by {{SHO}} Dr [[name:Anand]]. {{lactate}} 5.1.
        21:15 {{IO}} access after 2 failed {{cannula}} attempts. {{ceftriaxone}} given 21:20.
        22:10 {{PICU}} retrieval by [[organisation:KIDS North Retrieval]].
        Issues: triage at 28 mins ({{RCEM}} standard 15); no sepsis screen at triage; PEWS not
        escalated.
        Reported by [[name:Ewa Bartoszewicz]], {{Band 7}}
    """)),
    ("health", "near_miss", prose("""
        near miss in {{resus}} ~2am. [[age:4yo]] [[name:Jaxon]] #{{femur}} after trampoline fall,
        {{SHO}} wrote {{IV morphine}} 1mg/kg instead of 0.1. [[name:grace]] (staff nurse) did the
        {{double check}} w [[name:Taini]] and queried it - {{registrar}} Dr [[name:Kapoor]]
        corrected. no harm, 0.1mg/kg given. {{BNFc}} was open on the screen the whole time lol.
        also think the {{Broselow}} tape needs a re-check as it said 18kg, actual weight 16.2kg.
        hosp no [[case_reference:WRI4480337]]. good catch [[name:gracie]] x
    """)),
    ("health", "success", prose("""
        Shout-out 🎉 to [[name:Tyrese]] ({{HCA}}) and [[name:Aoife]] ({{band 5}}) for spotting a
        {{non-blanching rash}} on a [[age:9-month-old]] in the waiting room on
        [[date:Saturday 20 January]] during a {{re-triage}} round. Baby went straight to
        {{resus}}, {{meningococcal sepsis}} confirmed, {{antibiotics}} within 14 minutes of
        recognition and the child is now home. Parents [[name:Kemi]] and [[name:Olu]] wrote in to
        say thank you. The {{waiting room}} re-check standard works! - Dr [[name:Siti Helmi]],
        {{consultant}}, [[organisation:Westmoor Royal Infirmary]] {{CED}}
    """)),
    ("health", "incident", block("""
        INCIDENT FORM
        Ref: [[case_reference:INC-2024-08812]]
        Date of incident: [[date:29/01/2024]]
        Location: {{CED}} {{minors}}
        Patient: [[name:Kacper Nowicki]]   DOB: [[date_of_birth:14/06/2022]]   NHS: [[nhs_number:612 845 0938]]
        Address: [[address:7 Heron Walk, Saltmere]] [[postcode:SM3 8QD]]
        Description: [[age:19-month-old]] seen with a {{burn}} to the back of the hand, discharged by
        {{ANP}}. {{CP-IS}} flag (child on a {{child protection plan}}) was showing but not opened.
        {{Liaison health visitor}} [[name:Bronwen]] picked it up next morning on the
        {{paediatric liaison}} review. [[name:Kacper]]'s social worker [[name:Ifeoma Eze]]
        ([[organisation:Saltmere Children's Services]]) informed; {{strategy discussion}} held.
        Child seen by the {{CP}} {{paediatrician}} the same day.
        Harm: moderate (delay)
        Reporter: [[name:B. Lloyd-Pritchard]], {{Paediatric Liaison HV}}
    """)),
    ("health", "near_miss", block("""
        [14:02] [[name:Chloe Nakamura-Reid]]: anyone in {{cubicle 4}}?? two kids called [[name:Ali]]
        on the board
        [14:03] [[name:Femi]]: yes [[name:Ali Hassan]] [[age:6yo]] {{asthma}} in c4,
        [[name:Ali Rahimi]] [[age:6yo]] {{head injury}} in c9
        [14:03] [[name:Chloe]]: ok bc bloods labelled for c4 came back with the c9 sticker on the
        form. caught it at the {{pneumatic tube}}
        [14:05] [[name:Femi]]: 😳 pls re-bleed + log it
        [14:06] Sr [[name:Mbatha]]: adding {{name alert}} to both + {{NAME ALERT}} stickers on the
        notes. well spotted [[name:chloe]]
        [14:07] [[name:Chloe]]: ta 👍 refs [[case_reference:WRI4490115]] / [[case_reference:WRI4490132]]
    """)),
    ("health", "incident", prose("""
        A [[age:4-month-old]] infant, [[name:Ayaan]], attended on [[date:11 February]] with his
        father [[name:Sadiq]] after 'rolling off the sofa'. A small bruise on the left ear was
        documented by the {{triage nurse}} but the {{bruising in non-mobile infants}} protocol was
        not followed and he was discharged by a {{locum}} {{SHO}} without discussion with the
        {{paediatric registrar}}. [[name:Ayaan]] re-presented on [[date:15 February]] with a
        {{subdural haemorrhage}} and is now on {{PICU}} at
        [[organisation:Northgate Children's Hospital]]. A {{section 47}} enquiry is under way with
        [[organisation:Saltmere Children's Services]] and the police. Contributing factors: locum
        induction did not cover the protocol; the {{ED}} was at {{OPEL 4}}; the protocol sits in a
        different {{intranet}} folder from the {{NICE}} guidance. Ref [[case_reference:SI-24-0041]].
        Reported by [[name:Hyun-woo Park]], {{named nurse}} for safeguarding.
    """)),
    ("health", "success", block("""
        {{Nurse in charge}} handover 07:30 {{CED}} [[date:Weds 6/3]]
        - {{Resus}} 1: [[name:Mila Horvat]] [[age:3y]] {{status epilepticus}}, {{buccal midazolam}}
          x1 + {{levetiracetam}}, seizure-free 3hrs, awaiting {{HDU}} bed on
          [[organisation:Florence Ward]]. Mum with her.
        - Resus 2 empty.
        - overnight win: {{PEWS}} escalation worked brilliantly for [[name:Bailey]] in c6 -
          [[name:Olly]] noticed RR creeping, escalated at PEWS 5, reg came in 4 mins,
          {{high flow}} started before he tired.
        - staffing: 1 short, [[name:Precious]] from {{bank}}. [[name:TJ]] in {{triage}} until 10.
        - {{HV liaison}} form needed for [[name:Mila]] (2nd attendance this month).
        handed over by [[name:Marta]] to [[name:Joy]]
    """)),
    ("health", "near_miss", block("""
        From: Dr [[name:Callum Fairbairn]] <[[email:callum.fairbairn@westmoor.nhs.uk]]>
        To: CED Nursing Team; {{Paediatric Pharmacy}}
        Date: [[date:2 April 2024]]
        Subject: near miss - {{co-amoxiclav}} and penicillin allergy

        Hi all,

        Quick learning from {{Sunday}} night. A [[age:7-year-old]], [[name:Sienna]]
        ([[case_reference:WRI4503388]]), was prescribed {{co-amoxiclav}} for {{cellulitis}}. Her
        {{penicillin allergy}} was on the {{GP summary}} but not on the {{ED}} record, and her red
        allergy band had been cut off for an {{X-ray}}. Student nurse [[name:Ngozi]] asked {{mum}}
        before giving the first dose and mum confirmed {{anaphylaxis}} at [[age:age 2]]. Switched
        to {{clindamycin}}.

        Please re-apply bands after imaging.

        Thanks,
        [[name:Callum]]
        {{ED}} {{ST6}}, [[organisation:Westmoor Royal Infirmary]]
    """)),
    ("health", "incident", prose("""
        child left waiting room w/o being seen ({{LWBS}}). [[name:finley]] [[age:14mo]], high temp,
        came w dad ~22:00, triaged {{yellow}}, waited 3h20 then left. no {{safeguarding}} check done
        when he left, no call home. found out next day when the {{GP}} at
        [[organisation:Parkside Surgery]] rang as he'd been admitted to
        [[organisation:Northgate Children's Hospital]] w {{bronchiolitis}} needing {{HFNC}}. our
        LWBS policy says all under 2s must be reviewed by a dr before leaving + phoned within 1h.
        dad's mob on system [[phone:07700 900 231]] was wrong (1 digit off). ref
        [[case_reference:INC-2024-09957]]. ppl were drowning tbh, 38 in dept at {{1am}}. -
        [[name:sj]] {{band 6}}
    """)),
    ("health", "success", block("""
        {{CED}} Safeguarding Huddle - minutes
        Date: [[date:16 April 2024]]
        Attendees: [[name:Rhiannon Teague]] ({{named nurse}}), Dr [[name:Wanjiru Obuya]]
        ({{named doctor}}), [[name:Lisbeth]] ({{liaison health visitor}}), [[name:Hamza Qureshi]]
        ({{ED}} {{matron}}), [[name:Bea]] (note-taker)
        Apologies: [[name:Mark Ellingham]] ({{social worker}}, {{MASH}})
        1. Audit: {{CP-IS}} checks at triage 96% in {{March}} (61% in {{December}}).
        2. Good practice: [[name:Lisbeth]]'s follow-up of a [[age:15yo]] attending with
           {{self-harm}} led to {{CAMHS}} seeing her within 48h and a school nurse plan at
           [[organisation:Hollybrook Academy]].
        3. Actions: [[name:Bea]] to circulate the {{Think Family}} prompt card. [[name:Hamza]] to add
           the CP-IS check to the triage template by [[date:30 April]].
        Next: [[date:14 May]]
    """)),
    ("health", "near_miss", block("""
        NEAR MISS - transfer to {{CT}} with empty O2 cylinder
        Ref:       [[case_reference:NM-0417]]
        Patient:   [[name:Zainab Al-Sayed]], [[age:11 yrs]], hosp no [[case_reference:WRI4512907]]
        When:      [[date:Thurs 25th April]], 16:50
        Who:       {{ODP}} [[name:Cormac]], {{porter}} [[name:Stevie]], Dr [[name:Li]]
        What:      {{CD size}} cylinder on the {{paediatric trolley}} had a 'full' tag but the gauge
                   read near zero. [[name:Cormac]] checked it before leaving resus and swapped it.
                   Child on 10L via {{non-rebreathe}} mask after a {{seizure}}.
        Why:       no owner for cylinder checks since resus moved to {{Bay B}}.
        Fix:       added to the daily {{resus checklist}}, signed off by the {{NIC}}.
    """)),
    ("health", "incident", prose("""
        On [[date:3 May]] an {{ED}} discharge summary for [[name:Tallulah Brennan-Osei]]
        ([[age:aged 8]]) was posted automatically to her father's address,
        [[address:22 Larkspur Rise, Eastwick]] [[postcode:EW7 2HB]], although [[name:Tallulah]] and
        her mother had moved to a {{refuge}} in {{March}} and a {{non-molestation order}} was in
        place. The new address had been given to {{reception}} verbally but the {{PDS}} record had
        not updated. The father rang the department asking which ward she was on and was later seen
        in the car park in a silver Astra, [[vehicle_registration:EW68 PZK]]. The {{IDVA}}
        [[name:Shona]] and the family's social worker at
        [[organisation:Eastwick Family Safeguarding Team]] were told the same day and the safety
        plan reviewed. Police log [[case_reference:EW-0503-118]]. Learning: where {{domestic abuse}}
        is disclosed, reception must set a {{sensitive record}} flag and stop automatic letters.
        Ref [[case_reference:IG-24-0212]].
    """)),
    ("health", "success", block("""
        [[name:Nia]] 🩺: team, just want to say that {{paeds resus}} call for the [[age:2yo]] with
        {{anaphylaxis}} was textbook. [[name:Kai]] had IM {{adrenaline}} in under 2 mins,
        [[name:Bogdan]] ran the {{APLS}} algorithm out loud, and [[name:Hope]] did the family
        support bit with {{grandma}} in the {{relatives room}}
        [[name:Kai]]: cheers [[name:Nia]]!! {{sim}} training last month paid off haha
        [[name:Bogdan]]: 🙏 credit to Dr [[name:Amadi]] for the {{debrief}} after, first time I've
        felt ok after a resus
        [[name:Nia]]: agree. gonna nominate you all for {{Learning from Excellence}} 🌟
    """)),
    ("health", "incident", block("""
        {{DKA}} fluids incident - chronology
        Patient [[name:Oscar Lindgren-Matu]], [[age:13 yo]], NHS [[nhs_number:720 391 5549]]
        [[date:Sun 12 May]]
        03:10 arrived by ambulance, {{capillary ketones}} 6.2, {{pH}} 7.08
        03:35 {{BSPED}} DKA calculator used by {{FY2}} Dr [[name:Oyelowo]] - weight entered as
              65kg (actual 56kg)
        03:50 {{0.9% sodium chloride}} + {{potassium chloride}} started
        04:30 {{insulin infusion}} at 0.1 units/kg/h on the wrong weight
        06:15 night reg [[name:Ibrahim]] reviewed, spotted the weight error, rates corrected
        Harm: low - over-rate ~16% for 2.5h, sodium stable, no {{cerebral oedema}}
        Why: old clinic weight pre-filled from the {{EPR}}
        Reporter: [[name:Ana Lúcia Ferreira]], {{CNS}} diabetes
    """)),
    ("health", "near_miss", prose("""
        nearly did a {{MASH}} referral for the wrong kid!! brothers [[name:Jayden]] and
        [[name:Jaden]] (twins, [[age:15yo]]), same DOB [[date_of_birth:02/09/2008]] obv, one came
        in w a {{stab wound}} to the leg, the other brought him. I started typing the referral on
        the wrong one's record as they were both open on {{Symphony}}. [[name:Rahel]] in the
        {{safeguarding office}} spotted the {{NHS number}} didnt match before it went. would b good
        if the {{EPR}} didnt let u have 2 same-surname records open. {{CCE}} concerns discussed w
        {{PC}} [[name:Ashworth]] from the {{Safer Schools}} team. - [[name:em]]
    """)),
    ("health", "success", prose("""
        Thank you letter received by the {{ED}} from Mrs [[name:Abimbola Okonkwo]]: 'Please thank
        the nurse with the purple hair, I think her name was [[name:Sky]], and the
        {{play specialist}} [[name:Bethan]] who helped my son [[name:Chukwudi]] ([[age:aged 5]])
        when he needed stitches on [[date:1 April]] without a {{general anaesthetic}}. She used
        bubbles and the {{iPad}} and he now says he wants to be a doctor.' {{Liaison health visitor}}
        [[name:Yusra]] also noted that the follow-up letter reached
        [[organisation:Brookfield Health Centre]] within 24h. Shared on the {{GREATix}} board by
        [[name:A.J.]]
    """)),
    ("health", "incident", block("""
        #ced-nic-channel
        [[name:tom.okeke]] 10:41 - {{Symphony}} down again, triage on paper. {{ePEWS}} not calculating
        [[name:hollie.w]] 10:43 - paper {{PEWS}} charts in resus drawer 2
        [[name:tom.okeke]] 11:58 - problem: [[age:8wk]] baby ([[case_reference:WRI4520664]])
        triaged on paper at 10:50 as green, sheet went in the wrong tray. seen 11:50, temp 38.4.
        under 3 months with fever = should be {{orange}} per {{NICE NG143}}
        [[name:amir_s]] 12:02 - is baby ok?
        [[name:tom.okeke]] 12:03 - yes {{septic screen}} + {{cefotaxime}} done, admitted to
        [[organisation:Florence Ward]]
        [[name:hollie.w]] 12:05 - will raise downtime process at {{ops meeting}}. log =
        [[case_reference:INC-2024-11203]]
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        On [[date:8 January 2024]] flight [[flight_number:NL412]] from
        [[organisation:Dunmarsh Heliport]] to [[organisation:Torran Alpha]] departed with a
        {{passenger manifest}} showing 14 passengers when 15 were on board. The extra passenger,
        [[name:Andrzej Kowalewski]], had been added at {{check-in}} as a late change but the manifest
        was printed before the update synchronised. The {{HLO}} on [[organisation:Torran Alpha]],
        [[name:Gus Ramsay]], identified the discrepancy during the headcount on the {{helideck}}.
        {{Mass and balance}} was recalculated; the {{S-92}} [[aircraft_registration:G-NLYB]] had
        been within limits but with only 60kg margin. An {{MOR}} has been submitted to the {{CAA}}.
        Internal ref [[case_reference:NLH-OSR-24-0019]]. Reported by Capt [[name:Ingrid Solberg]],
        {{commander}}.
    """)),
    ("aviation", "near_miss", block("""
        RT transcript (abridged) - [[date:22/01/24]] - {{AW189}} [[aircraft_registration:G-TORQ]]
        14:02 [[flight_number:Nordlys 21D]]: [[organisation:Skelda Bravo]], [[flight_number:Nordlys 21D]], ten miles, request deck status and winds
        14:02 [[organisation:Skelda Bravo]] {{HLO}}: [[flight_number:Nordlys 21D]], deck is green, wind three four zero at two eight, {{pitch roll heave}} within limits
        14:05 [[organisation:Skelda Bravo]] {{HLO}}: [[flight_number:Nordlys 21D]] {{STOP STOP}}, {{crane}} slewing over the deck, hold off
        14:05 [[flight_number:Nordlys 21D]]: holding, [[flight_number:Nordlys 21D]]
        14:09 [[organisation:Skelda Bravo]] {{HLO}}: [[flight_number:Nordlys 21D]], crane parked, deck green
        Note: the {{crane op}} was not monitoring the {{helideck}} radio channel during the
        {{inbound}} call. Reported by HLO [[name:Rab McIntyre]]; {{OIM}} [[name:Sven]] informed.
        Ref [[case_reference:SKB-HLO-0122]].
    """)),
    ("aviation", "success", block("""
        From: [[name:Moira Baird]] <[[email:moira.baird@nordlys-heli.co.uk]]>
        To: [[organisation:Dunmarsh Ops]] All
        Subject: Thank you - {{fog}} day [[date:Friday 2 Feb]]

        Hi everyone,

        {{Friday}} was the worst fog we've had all winter: 8 hours of {{weather hold}} and 230
        passengers in the terminal. Special thanks to [[name:Joy-Anne]] and [[name:Pradeep]] on the
        desk for keeping everyone fed and informed, to [[name:Big Davie]] and the {{ramp}} team, and
        to {{ops controller}} [[name:Lukas Baumgartner]], who re-planned the whole schedule so no
        crew went out of {{FTL}} limits. Not one complaint, and nobody rushed a {{go/no-go}}
        decision.

        Cheers,
        [[name:Moira]]

        [[name:Moira Baird]] | {{Base Manager}} | [[organisation:Nordlys Helicopters]] | [[phone:01632 960 917]]
    """)),
    ("aviation", "incident", prose("""
        pax [[name:d. mcallister]] had a {{vape}} + spare {{lithium batteries}} loose in his hold
        bag, found when the bag split open on the {{helideck}} at [[organisation:Torran Alpha]].
        flight [[flight_number:NL388]] [[date:13/02]]. pax said nobody asked at {{check-in}}. the
        {{DG}} questions on the kiosk were skipped bc kiosk was down + manual desk v busy. no fire or
        smoke. {{HLO}} bagged them in the {{fire containment bag}}. ive done the {{MOR}} + our ref
        [[case_reference:DG-24-0031]]. ramp lead [[name:shaz]] says 3rd time this month. pls can
        someone sort the kiosk - [[name:kc]]
    """)),
    ("aviation", "near_miss", block("""
        Chronology - {{fuel sample}} near miss, [[organisation:Merrow]] {{FPSO}}
        [[date:Wed 28 Feb]]
        07:15 {{HDA}} [[name:Kofi]] drew the daily {{Jet A-1}} sample from the helideck fuel
              system - free water present, {{water detector}} capsule changed colour.
        07:20 System quarantined. {{HLO}} [[name:Eilidh MacAskill]] informed the
              {{helicopter operator}} ([[organisation:Caledan Air]]).
        09:40 [[flight_number:CDN207]] inbound with {{rotors running refuel}} planned. Plan
              changed: no refuel, fuel uplift at [[organisation:Dunmarsh Heliport]] increased for
              the return leg.
        11:30 Filter {{coalescer}} found saturated; {{sump}} drains not done after storm on
              [[date:26/02]].
        Outcome: no contaminated fuel reached an aircraft. Ref [[case_reference:MRW-HD-0228]].
        Good catch by [[name:Kofi]].
    """)),
    ("aviation", "success", block("""
        [[name:Jamie B]]: Big well done to [[name:Tadhg]] on nights. Spotted a {{helideck net}}
        tie-down loose on his walk round at {{05:30}}, fixed before first flight
        [[name:Tadhg]]: cheers lads, was flapping like a flag in the 40kt wind
        [[name:Ruaridh]]: 👏👏 that'd have been a {{FOD}} nightmare for the {{H175}}
        [[name:Jamie B]]: logging it as a {{good catch}} card, [[case_reference:GC-TRN-0304]]
        [[name:Ruaridh]]: {{OIM}} says there's a {{Star Award}} for it too on
        [[organisation:Torran Alpha]] 🙂
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT FORM
        Report No: [[case_reference:OR-2024-0147]]
        Date: [[date:11/03/2024]]   Flight: [[flight_number:NL415]]   A/C: [[aircraft_registration:G-NLYC]] ({{S-92}})
        Route: [[organisation:Dunmarsh Heliport]] - [[organisation:Skelda Bravo]]
        Passenger: [[name:Oluwaseun Adebayo-Reid]]   Employer: [[organisation:Tarbat Subsea Ltd]]
        Description: passenger flew offshore with an expired {{CA-EBS}} certificate (expired
        [[date:2 March]]). The {{POB}} system showed an amber warning which the desk agent
        overrode, thinking it was the {{offshore medical}} reminder. Pax held a valid {{HUET}} but
        not the CA-EBS refresher. Returned on [[flight_number:NL416]] the same day.
        Cause: warning text is the same colour for medical and training expiry.
        Reporter: [[name:Shona Gunn]], {{passenger services}}
    """)),
    ("aviation", "near_miss", block("""
        RT log - [[date:19/03/24]] - {{AW139}} [[aircraft_registration:G-CVKR]]
        1512 [[organisation:Dunmarsh Radar]]: [[flight_number:Caledan 311]], {{cumulonimbus}} reported vicinity [[organisation:Marram Delta]], {{lightning}} observed, say intentions
        1513 [[flight_number:Caledan 311]]: will hold at twenty miles, request latest {{METAR}}
        1514 [[organisation:Dunmarsh Radar]]: [[flight_number:Caledan 311]], no METAR available, {{HLO}} reports lightning five miles
        1520 [[flight_number:Caledan 311]]: returning to [[organisation:Dunmarsh]]
        Comment ({{PIC}}): the {{TAF}} showed no {{CB}} so we nearly pressed on. Good call by
        {{co-pilot}} [[name:Nnamdi]] to query it. {{weather policy}} needs a clearer lightning
        distance. Capt [[name:Fraser Lomax]]
    """)),
    ("aviation", "incident", prose("""
        pax tripped on the {{helideck}} stairs getting off [[aircraft_registration:G-NLYB]] at
        [[organisation:Torran Alpha]], hurt wrist. wind 45kts gusting, {{HDA}}s were on the stairs
        but no {{handrail}} on left side since the {{scaffold}} job started [[date:Mon 25th]]. pax
        name [[name:Hemi Walker]], [[age:52]], from [[organisation:Tarbat Subsea]] - seen by the
        {{medic}}, {{sprain}} not fracture, back to work. flight [[flight_number:NL421]]. {{HLO}}
        [[name:Gus]] raised a {{PTW}} question - why wasnt handrail removal risk assessed for heli
        ops. {{RIDDOR}}?? checking w {{HSE}} adviser. ref [[case_reference:TA-INC-0388]] -
        [[name:marie-claire]]
    """)),
    ("aviation", "success", block("""
        Flight Safety Review - minutes
        Date: [[date:4 April 2024]]   Venue: [[organisation:Dunmarsh Heliport]] briefing room 2
        Present: Capt [[name:Ingrid Solberg]] (Chair, {{Head of Flight Safety}}),
        [[name:Lachlan Ure]] ({{HLO}} rep, [[organisation:Torran Alpha]]), [[name:Amira Benali]]
        ({{Safety Manager}}), [[name:Ollie Fenwick-Taylor]] ({{engineering}}), [[name:Will]]
        ({{CAA}} observer)
        Apologies: Capt [[name:Bjørn Haugland]]
        1. Good catch review: {{HDA}} [[name:Kofi Mensah]]'s fuel contamination find on
           [[organisation:Merrow]] - recommended for company award.
        2. {{HUMS}} trend on [[aircraft_registration:G-NLYC]] caught an {{MGB}} chip early - gearbox
           changed before any in-flight indication. Thanks to {{licensed engineer}}
           [[name:Grace Thorsen]].
        3. Action: {{FDM}} data sharing with platform HLOs - [[name:LU]]
        Next meeting [[date:2 May]]
    """)),
    ("aviation", "near_miss", block("""
        [07:48] [[name:Callum Stroud]] ({{Ops}}): morning [[name:Eilidh]], [[flight_number:CDN207]] pax list coming now
        [07:52] [[name:Eilidh MacAskill]] ({{HLO}} [[organisation:Merrow]]): got it - why is
        [[name:Piotr Zając]] on it? he's {{POB}} for [[organisation:Marram Delta]] not us
        [07:53] [[name:Callum Stroud]] ({{Ops}}): checking...
        [07:58] [[name:Callum]]: yep booked to the wrong installation code by his company. would've
        landed on [[organisation:Merrow]] with no bed & no {{muster}} card 😬 pulled him off,
        re-booked on [[flight_number:CDN209]]
        [07:59] [[name:Eilidh]]: ta. also {{freight}} manifest says 3 items, i've got 4 on the
        {{DG}} list
        [08:04] [[name:Callum]]: 4th added late - {{ramp}} confirmed, manifest updated
    """)),
    ("aviation", "incident", prose("""
        At approximately 09:20 on [[date:16 April 2024]] a contractor's van, registration
        [[vehicle_registration:SN19 WXF]], entered the {{apron}} at
        [[organisation:Dunmarsh Heliport]] through gate 4, which had been left open for a
        {{fuel bowser}} delivery, and drove behind [[aircraft_registration:G-HLOX]], an {{H175}}
        with rotors running preparing for flight [[flight_number:NL430]]. The {{marshaller}},
        [[name:Connor Reekie]], stopped the van using hand signals and the {{commander}} held the
        aircraft on the {{stand}}. The driver, from
        [[organisation:Harlaw Facilities Management]], said he was following his {{sat nav}} to the
        hangar. No contact and no injuries. The {{airside}} access log showed the gate guard had
        been redeployed to the terminal for a {{VIP}} visit. The {{airport operator}} has suspended
        the contractor's airside pass and an {{MOR}} was filed. Ref
        [[case_reference:DHP-AS-24-007]].
    """)),
    ("aviation", "success", block("""
        From: [[email:oim.vailacharlie@northbrae-energy.com]]
        To: [[name:Ingrid Solberg]]; [[name:Moira Baird]]
        Subject: {{Medevac}} [[date:21/04]] - thank you

        [[name:Ingrid]], [[name:Moira]],

        On behalf of everyone on [[organisation:Vaila Charlie]], thank you to the crew of
        [[aircraft_registration:G-NLYD]] for {{Sunday}} night's medevac. Our {{scaffolder}},
        [[name:Sione Taufa]], had {{chest pain}} at 23:10 and was in
        [[organisation:Kinloch Royal Infirmary]] by 01:40 despite 35kt winds and a low
        {{cloud base}}. Capt [[name:Adaeze Nwachukwu]] and {{co-pilot}} [[name:Mattias Ek]] were calm
        and clear with our {{HLO}} throughout. [[name:Sione]] had a {{stent}} fitted and is
        recovering well.

        Best,
        [[name:Rory Dunbar]]
        {{OIM}}, [[organisation:Vaila Charlie]] | [[organisation:Northbrae Energy]]
    """)),
    ("aviation", "incident", block("""
        Pax weight audit - [[flight_number:NL440]] - [[date:29/04/24]] - [[aircraft_registration:G-NLYB]]
        Seat  Name                             Declared  Actual
        1A    [[name:F. Okonedo]]                     95kg      104kg
        1B    [[name:Rasmus Kjær]]                    88kg      97kg
        2A    [[name:Mhairi O'Donnell]]               70kg      71kg
        2B    [[name:Dmitri]] (surname n/k)           85kg      112kg (incl. {{survival suit}} + {{EBS}})
        Total declared 338kg / actual 384kg (+46kg)
        Finding: {{standard weights}} used at {{check-in}} instead of actual scales after a scale
        fault. Aircraft within {{MTOM}} but {{CG}} not recalculated.
        Reported by [[name:Yusuf Demir]], {{ops controller}}. Ref [[case_reference:NLH-WB-0429]]
    """)),
    ("aviation", "near_miss", prose("""
        fri [[date:10/05]] - deck status given as green to [[flight_number:Caledan 207]] but the
        {{FRT}} was only 2 of 3 on deck, 3rd was at {{lifeboat}} drill. [[name:Wojtek]] ({{HDA}})
        noticed and called amber on the radio b4 {{finals}}. aircraft went round, landed 6 mins
        later with full {{fire team}}. no one's fault really, drill timing clashed w the flight
        schedule and the {{radio room}} didnt know. suggest {{OIM}} checks heli schedule b4 setting
        {{muster}} drills. on [[organisation:Marram Delta]]. - [[name:Rab]]
    """)),
    ("aviation", "incident", block("""
        Chronology - {{air turnback}} [[flight_number:NL455]], [[date:Tue 14 May]]
        Aircraft [[aircraft_registration:G-NLYC]], {{S-92}}, 16 pax, Capt [[name:Chiara Bellandi]] /
        {{FO}} [[name:Dev Raman]]
        10:05 departed [[organisation:Dunmarsh Heliport]] for [[organisation:Skelda Bravo]]
        10:22 pax in seat 4C ([[name:Amarjit Singh Bains]]) signalled distress to the pax beside
              him, {{panic attack}}; {{window exit}} handle partially pulled
        10:24 crew informed via {{intercom}}, decision to return
        10:41 landed [[organisation:Dunmarsh]], met by {{ambulance}} and company medic
              [[name:Lindsay]]
        Findings: pax had told {{check-in}} he felt unwell; this was not passed to the crew. The
        {{safety briefing}} video does not cover exit handles.
        Ref [[case_reference:NLH-OSR-24-0061]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind216", REPORTS))
