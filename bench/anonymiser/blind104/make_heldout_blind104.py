"""Held-out blind corpus 104: just-culture incident-and-learning reports typed by front-line staff in
fostering recruitment and panels, family group conferences and supervised contact centres; community
midwifery, health visiting and GP practice safeguarding leads; and airport security screening, PRM
(passengers with reduced mobility) assistance and terminal operations. Styles are a realistic mix:
careful first-person narratives, panel and meeting notes that list the people present and the
actions agreed, timelines and duty logs, pasted e-mails and Teams/ops chat, structured incident
forms, and several quick reports typed in lower case with loose punctuation and short-form names.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind104.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        Supervised {{contact}} at [[organisation:Brookfield Family Contact Centre]], [[date:Sat 8 June]].
        Present: [[name:Kayden]] ([[age:6]]), his father [[name:Lee Marsh]], me as {{contact supervisor}},
        and {{sessional worker}} [[name:Priya]] on the door. About twenty minutes in, [[name:Lee]]'s mother
        arrived and was let into the foyer by reception because she said she was "expected". She is not on
        the {{contact plan}} and the {{care order}} conditions say dad only. [[name:Kayden]] saw her through
        the glass and became very upset, asking if he was going home with nan. I paused the session,
        [[name:Priya]] asked the grandmother to wait outside and I phoned the {{allocated social worker}},
        [[name:Femi Adeyemi]], who agreed to end contact early. Carer collected at 11.10. Learning:
        reception had no copy of the approved visitor list and the sign-in sheet only asks for the child's
        name. We have now put a laminated list per family behind the desk (initials only) and reception
        will ring the room before letting anyone through.
    """)),
    ("social_care", "success", prose("""
        Wanted to record some good practice from {{fostering panel}} on [[date:17th April]]. The {{Form F}}
        for [[name:Grace]] and [[name:Tomasz Nowak-Byrne]] (ref [[case_reference:FR-2291]]) was one of the
        clearest I have read as {{panel chair}}. [[name:Ana Ribeiro]], the {{assessing social worker}}, had
        triangulated the references properly, flagged the gap in [[name:Tomasz]]'s employment history
        herself and explained it, and the couple's own children ([[age:12]] and [[age:9]]) had been seen
        alone and their views quoted directly. Because nothing came as a surprise, panel questions were
        about support rather than gaps, and the {{agency decision maker}} signed off within five working
        days. The applicants told the {{panel adviser}} afterwards that the {{Skills to Foster}} course plus
        a mock panel question sheet had taken the fear out of it. Suggest we share [[name:Ana]]'s
        chronology template across the team.
        — [[name:R. Kaur-Doyle]], {{Panel Chair}}
    """)),
    ("social_care", "near_miss", prose("""
        near miss at handover today [[date:2/7]]. two kids called [[name:Mia]] in the centre at the same
        time, [[name:mia t]] ([[age:4]]) in room 2 and [[name:mia r]] ([[age:5]]) in the garden room.
        {{foster carer}} for [[name:mia r]] came early and the {{volunteer}} ([[name:bev]]) went to fetch
        "[[name:mia]]" from room 2. {{supervisor}} [[name:jason]] caught it at the door because he knew the
        carer by sight and it wasnt her. no harm, child didnt leave the room. we go by first names on the
        whiteboard which is the problem. have asked {{centre manager}} to use first name + surname initial +
        carer name on the board, and handover only by the {{contact worker}} who supervised, not
        volunteers. also need a proper {{handover sheet}} with photo id check for carers we dont know
    """)),
    ("social_care", "incident", prose("""
        I am the {{FGC coordinator}} for the [[name:Osei-Mensah]] family. On [[date:22 May 2024]] I posted
        invitation letters for the {{family group conference}} to eight family members. One letter, to the
        children's maternal aunt, had the foster carers' address ([[address:3 Larkspur Way, Hebden Bridge]],
        [[postcode:HX7 8QN]]) printed in the "venue/transport" box instead of the venue, because I had
        copied the template from the {{transport request}}. The aunt rang on [[date:24 May]] to ask why the
        conference was at a private house. I informed my manager [[name:Deborah Lyle]] and the {{IRO}} the
        same day and completed a {{data breach}} form (ref [[case_reference:IG/24/0187]]). The {{fostering
        team}} has assessed the risk to the placement as low but the carers have been told and were
        understandably upset. Changes: the venue box is now locked in the template, and letters are checked
        by a second coordinator before posting.
    """)),
    ("social_care", "success", prose("""
        Really positive {{family group conference}} on [[date:Thursday 13th June]] for [[name:Selam]]
        ([[age:3]]) and [[name:Dawit]] ([[age:7]]). Family are from Eritrea and grandmother
        [[name:Letebrhan]] speaks mainly {{Tigrinya}}, so we booked a {{Tigrinya interpreter}} through
        [[organisation:Calder Language Link]] and asked for a woman, as [[name:Letebrhan]] had said she would
        not talk freely otherwise. During {{private family time}} the family came up with a plan I would not
        have thought of: uncle [[name:Yonas]] will do school runs to [[organisation:Norland Fold Primary]]
        and the church community will cover Sundays. Social worker [[name:Hannah Brook]] accepted the plan
        with two small changes. What helped: meeting grandmother at home beforehand with the interpreter,
        holding it in the church hall not the {{council offices}}, and food. Review {{FGC}} set for
        {{in September}}.
    """)),
    ("social_care", "incident", block("""
        What happened:
        On [[date:03/06/24]] I forwarded the personal reference for prospective carers [[name:Chidi]] and
        [[name:Faith Okonkwo]] to [[email:j.fairbairn@example.org]] instead of
        [[email:j.fairburn@fostering.example.gov.uk]] (our {{independent assessor}} [[name:Jen Fairburn]]).
        {{Outlook}} autocompleted the address. The reference included [[name:Faith]]'s health history, a
        comment about a past {{Section 47}} enquiry on a relative, and both applicants' NI numbers
        ([[ni_number:JM 48 27 91 C]] and [[ni_number:NR630158B]]).

        Immediate actions:
        - recalled message (failed, external address)
        - emailed recipient asking them to delete, no reply yet
        - phoned [[phone:07700 900412]] from their signature, voicemail
        - told team manager [[name:Rob Sandhu]] and {{IG team}}, breach ref [[case_reference:DPB-0662]]
        - informed the applicants by phone on [[date:04/06/24]]

        Learning:
        Autocomplete should be switched off for the recruitment mailbox. External sends of {{Form F}}
        material should go via {{Egress}} only.
    """)),
    ("social_care", "near_miss", prose("""
        Panel papers for the [[date:9 July]] {{fostering panel}} went onto the secure portal at 4pm with the
        birth mother's current address still visible on page 14 of the {{CPR}} for [[name:Jayden-Lee]]
        ([[age:11]]). It read "[[address:Flat 6, Cotton Mill House, Ramsden Street]], [[postcode:OL16 2RT]]"
        and the applicants being matched live locally. {{panel adviser}} [[name:Marguerite Osu]] spotted it
        at 7.40pm while doing her pre-read, pulled the pack and re-uploaded a redacted version before any
        panel member or the applicants had opened it (the portal audit log confirmed no downloads). Near miss
        only. Cause: the {{Child Permanence Report}} was redacted by the {{child's social worker}} but the
        appendix (a {{LAC review}} minute) was added afterwards by admin. Recommendation: the final PDF is
        checked as one document by the adviser, and the upload moves to the morning so there is time to
        catch things.
    """)),
    ("social_care", "success", prose("""
        just want to log a good one. [[name:ollie]] ([[age:8]], {{autistic}}, mostly non verbal) has found
        {{contact}} with his mum really hard at the centre, lots of meltdowns in the big room. this time
        [[name:shaz]] (sessional) set up the small quiet room, dimmed the lights, took the ticking clock out
        and put his {{ipad}} on the table with the same video his {{foster carer}} uses. mum was briefed on
        the phone the day before by [[name:shaz]] about keeping voices low. he stayed the whole 90 mins for
        the first time since {{march}} and let mum do a puzzle with him. mum cried at the end (good tears).
        we wrote it into his {{contact plan}} and {{communication passport}} so whoever supervises next time
        does the same. credit to [[name:shaz]] for thinking of it
    """)),
    ("social_care", "incident", prose("""
        Escort/driver for [[name:Amelia]] ([[age:2]]) was booked through [[organisation:Swift Care Transport]]
        to bring her from her foster home to the 10am {{contact}} at [[organisation:Westgate Contact
        Centre]]. The driver arrived 50 mins late in a different car ([[vehicle_registration:YD19 KRP]]) to
        the one on the booking ([[vehicle_registration:YK67 WHL]]) and with no {{car seat}} fitted.
        {{Foster carer}} [[name:Summer Lindqvist]] refused to hand [[name:Amelia]] over, which was right.
        Mother had been waiting at the centre and left at 10.40 very angry; she then posted on {{Facebook}}
        naming the carer's first name. {{duty social worker}} [[name:Imran Qadir]] arranged for the post to
        be reported and contact was rebooked for [[date:Fri 21st]]. Issues: the transport firm subcontracted
        without telling us; no-one rang the centre to say the driver was late; mum had no way to be told.
        Raised with {{commissioning}} (ref [[case_reference:TRN-4471]]).
    """)),
    ("social_care", "success", prose("""
        Recruitment info evening at [[organisation:Thornleigh Community Library]] on
        [[date:Wednesday 5 March]], run by me and [[name:Dawn Achterberg]] from the {{recruitment team}},
        with two of our carers, [[name:Bill]] and [[name:Sunny Rahman]], doing a Q&A. 14 households came,
        our best turnout this year. What worked: [[name:Sunny]] talked honestly about a placement that ended
        badly and how {{supervising social worker}} support got them through it, which seemed to reassure
        people more than the glossy slides. [[name:Bill]] brought the {{Fostering Network}} allowance sheet
        and answered money questions straight. Four households booked {{initial home visits}} that night.
        One man asked about fostering with a {{criminal conviction}} from when he was [[age:19]];
        [[name:Dawn]] handled it privately afterwards and explained the {{DBS}} process without promising
        anything. Next time we need a quieter corner for those conversations, and more {{Skills to Foster}}
        dates.
    """)),
    ("social_care", "incident", block("""
        Family group conference – [[name:Kowalczyk]]/[[name:Hart]] family
        Date: [[date:14.08.24]]   Venue: [[organisation:St Aidan's Community Centre]]
        Present: [[name:Marta Kowalczyk]] (mum), [[name:Darren Hart]] (dad), [[name:Joy Hart]] (paternal
        gran), [[name:Piotr]] (maternal uncle), [[name:Sian Pryce]] ({{social worker}}), me
        ({{FGC coordinator}}), {{advocate}} for [[name:Oskar]] ([[age:13]])

        What happened: 25 mins into {{private family time}}, shouting from the room. Uncle and dad squaring
        up, a chair was thrown. I went in with [[name:Sian]] and asked [[name:Oskar]] and his advocate to go
        to the café. Centre staff called police (log [[case_reference:WY-0814-0392]]). No-one hurt.

        Why: the risk assessment listed the {{non-molestation order}} between [[name:Marta]] and
        [[name:Darren]] but I had read it as expired. It runs to [[date:30/11/24]].

        Actions: FGC paused, separate meetings offered; the risk assessment template now has an "orders in
        force" box, checked with the {{legal team}}.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss at the end of {{supervised contact}} on [[date:19th Oct]]. Mum ([[name:Kerry-Ann
        Whitlock]]) followed the {{contact worker}} out to the car park while the foster carer was collecting
        [[name:Tyler]] and started filming on her phone. The carer's car ([[vehicle_registration:LN21 OXB]])
        was in shot including the plate. [[name:Gary Fenwick]] stood between them, asked her to stop, and she
        deleted the clip in front of him, showing him the "recently deleted" folder too. The placement
        address is confidential and she could probably have traced the car. Nothing came of it but it could
        have. Learning: carers are supposed to use the rear car park and wait for a text; this carer was new
        and had not been told. The {{Fostering team}} will add it to the {{placement information record}}
        and the {{contact centre}} will put a sign up. Logged on {{Mosaic}} as a {{case note}} on
        [[name:Tyler]]'s file too.
    """)),
    ("social_care", "success", prose("""
        Good outcome at {{fostering panel}} on [[date:2nd December]] for a {{connected person}} placement
        under {{Reg 24}} moving to full approval. Present: [[name:Hope Mwangi]] (chair), Cllr [[name:Ahmed]],
        [[name:Frank Doherty]] ({{independent member}}), [[name:Lauren Beckett]] ({{medical adviser}}),
        [[name:Ewa]] (assessor), and the applicants, aunt and uncle [[name:Bernadette]] and
        [[name:Kieran McAllister]]. The children, [[name:Ruby]] ([[age:5]]) and [[name:Finn]] ([[age:3]]),
        have been with them since the summer. What went right: the {{viability assessment}} identified the
        small house as an issue early and the council's {{housing}} team moved them to a 3-bed on
        [[address:Coldwell Road]] before panel rather than after. [[name:Ewa]] also linked them with
        {{Kinship}} peer support. Unanimous recommendation; plan is to move towards {{Special Guardianship}}
        next year.
    """)),
    ("social_care", "incident", block("""
        {{Teams}} chat pasted in (times as shown):
        [[name:Nadia Farouk]] 08:12  morning, contact for [[name:Leo]] cancelled today - mum in hospital
        [[name:Carl Ibbotson]] 08:13  ok will tell the carer
        [[name:Nadia Farouk]] 08:40  did you get hold of them?
        [[name:Nadia Farouk]] 09:55  ??
        [[name:Carl Ibbotson]] 10:20  sorry got pulled into a {{strategy meeting}}, ringing now

        What happened next: the carer, Mrs [[name:Bankole]], had already driven [[name:Leo]] ([[age:7]]) 40
        minutes to the {{contact centre}} and he waited in reception for half an hour expecting mum. He was
        very upset and wet the bed that night (carer told her {{SSW}} on [[date:16/01]]).

        Learning: cancellations are being passed by chat between two people with no back-up. Agreed with the
        {{team manager}} that cancellations go to the {{duty line}} and the centre's shared inbox
        ([[email:contact.bookings@familyservices.example.gov.uk]]), who ring the carer and log it on {{LCS}}.
    """)),
    ("social_care", "near_miss", prose("""
        I nearly sent the joining instructions for the {{Skills to Foster}} course ([[date:Sat 12]] and
        [[date:Sun 13 October]]) to all 11 applicant households in the To: line. That would have shown
        everyone's personal e-mail addresses to each other, and one applicant, Mr [[name:Ferreira]], who
        teaches at [[organisation:Ravensknowle Academy]], had specifically asked for discretion about
        applying. [[name:Mark Tennant]] from the {{recruitment team}} was sat next to me and spotted the
        address line before I pressed send. I moved them all to {{BCC}}. Factors: Friday afternoon, doing it
        between two {{initial visits}}, and our {{CRM}} export puts addresses straight into To: by default.
        [[name:Mark]] has asked {{IT}} whether the export can default to BCC, and we now use the {{Egress}}
        group send for anything to applicants. Nothing was sent so no {{data breach}}.
    """)),
    ("social_care", "success", prose("""
        {{Contact supervisor}} [[name:Tunde]] noticed dad smelt of alcohol and was slurring slightly when he
        arrived for the 4pm {{contact}} with [[name:Isla]] and [[name:Freddie]] at [[organisation:Hillside
        Family Centre]] on [[date:28/02]]. Rather than confront him in reception, [[name:Tunde]] took him
        into the office, said calmly that contact couldn't go ahead today and why, and offered to ring
        someone to collect him. Dad agreed his brother would come. The children were still in the car with
        their carer so never saw him. [[name:Tunde]] rang {{EDT}} as it was after 5 by then and recorded it
        on the {{contact recording form}} with exact observations (speech, gait, smell) rather than "drunk".
        The {{LA}} used the record at the {{LAC review}}, and dad is now engaging with the local {{drug and
        alcohol service}}.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - Family Group Conference Service
        Reported by: [[name:K. Ahenkorah]], {{FGC coordinator}}
        Date of incident: [[date:07/05/2024]]
        Child: [[name:CLEGG, Harvey]]   DOB on referral: [[date_of_birth:11/09/2016]]
        Correct DOB: [[date_of_birth:11/09/2015]]   Case ref: [[case_reference:FGC-24-0319]]

        Description: the referral from the {{Child in Need}} team had the wrong year of birth, so the system
        matched [[name:Harvey]] to a different [[name:Harvey Clegg]] in the county (same name, aged
        [[age:8]]). I sent the pre-conference letter to the other family's address on
        [[address:Moorside Crescent]]. The recipient rang us, very kind about it, and returned it unopened.

        Contributing: the {{referral form}} DOB field is free text; {{Liquidlogic}} search returned one
        match so I didn't cross-check with the {{parent}}.

        Action: cross-check name + DOB + address with the referrer before any post. Reported to the
        {{Information Governance}} lead.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        Day 3 postnatal visit for [[name:Chloe Adebayo]] (NHS [[nhs_number:121 155 0397]]) booked for
        [[address:14B Tanner's Court, Kirkgate]], [[postcode:WF1 3HJ]]. The address on {{Badgernet}} was her
        old flat; she had moved to her mum's at [[address:27 Bramley Rise]] the day before discharge and
        told the {{postnatal ward}}, but it was written on the paper discharge summary only. I went to the
        old flat, no answer, rang her mobile [[phone:07700 900238]] three times, no answer (phone on silent).
        Visit happened at 15:30 instead of 10:00 after {{triage}} found the new address. Baby was jaundiced
        and needed an {{SBR}}; it was within range but the delay could have mattered. Learning: address
        changes at discharge must go into Badgernet, not just the letter. Have fed back to the
        [[organisation:Ward 32]] {{manager}}.
        — [[name:Jess]], {{community midwife}}, [[organisation:Riverside Community Midwifery Team]]
    """)),
    ("health", "success", prose("""
        {{New birth visit}} on [[date:10th January]] to [[name:Hiba]] and baby [[name:Zayn]]
        ([[age:12 days]]). Mum scored low on the {{Whooley questions}} at the {{antenatal contact}}, but on
        the day she was very flat, had not left the house since discharge and said something like "he'd be
        better off with someone else". I stayed longer, did a {{GAD-7}} and {{PHQ-9}} with her, and asked
        directly about thoughts of harming herself or baby, which she denied, though she had passive
        thoughts. With her consent I rang Dr [[name:Okafor]] at [[organisation:Beechwood Medical Practice]],
        who saw her the same afternoon and referred to the {{Perinatal Mental Health Team}}; they visited
        within 48 hours. Partner [[name:Sami]] was at work, so I phoned him with her permission and he took
        leave. At the 6-week check she is on {{sertraline}}, engaging, and feeding well. What helped: not
        rushing, and having the GP's duty number to hand.
        — [[name:Lou Garside]], {{Health Visitor}}
    """)),
    ("health", "near_miss", prose("""
        As {{GP safeguarding lead}} I was finishing our report for an {{initial child protection
        conference}} ([[date:Tues 4 June]]) on [[name:Kacper Zielinski]], DOB [[date_of_birth:03/03/2021]],
        NHS [[nhs_number:465 924 6078]]. The conference invite from the {{CP chair}} quoted NHS number
        [[nhs_number:983 107 8721]], which belongs to a different child with a similar name registered at
        [[organisation:Millstone Surgery]]. If I had searched by NHS number alone I would have pulled the
        wrong record and our report would have gone with someone else's history of {{A&E attendances}}. I
        checked name, DOB and address on {{EMIS}} and they did not match, so I rang [[name:Carol]] in the
        {{conference team}}, who corrected the invite. Learning for us: always match on three identifiers.
        For the conference team: the invite template pulls the NHS number from a free-text box. Raised via
        {{Datix}} [[case_reference:DX-118204]].
    """)),
    ("health", "incident", block("""
        Home birth - delay to second midwife
        [[date:18/08/24]]

        02:10  Called to [[address:Owl Barn, Long Lane]], [[name:Freya Castellano]] G2P1, {{SROM}} 01:30
        02:55  Arrived. Contracting 3:10, progressing well. Rang {{on-call}} second midwife ([[name:Bea]]),
               no answer
        03:05  Rang again + {{labour ward}} coordinator
        03:40  Coordinator confirms [[name:Bea]] had swapped on-call with [[name:Nkechi]], rota not updated
        03:48  [[name:Nkechi]] called, 35 mins away (rural)
        04:12  Baby born, I was alone. Baby girl, good condition
        04:20  {{PPH}} est 800ml. {{Syntometrine}} given, 999 called
        04:31  [[name:Nkechi]] arrived, {{paramedics}} 04:38
        05:15  Transfer to [[organisation:Lowfield Birth Centre]], mum stable

        Learning: on-call swaps must be updated on the {{e-roster}} AND texted to the coordinator. No birth
        should be attended by one midwife for that long.
        — [[name:Harriet W]], {{community midwife}}
    """)),
    ("health", "success", block("""
        Practice safeguarding meeting - [[organisation:Fernbank Surgery]] - [[date:Mon 3rd March]]
        Attendees: Dr [[name:S. Mahmood]] (safeguarding lead), Dr [[name:Ellis]], [[name:Rose]]
        ({{practice nurse}}), [[name:Aileen Foy]] ({{health visitor}}, [[organisation:North Hub 0-19 Team]]),
        [[name:Gav]] (admin)

        Good catch: [[name:Aileen]] raised that [[name:Tiana]] ([[age:2]]) had been {{was not brought}} to
        her 1-year {{immunisations}} twice and to the 2-year review. [[name:Rose]] found a third missed
        {{MMR}} appointment. Separately none of us were worried; together it was a pattern, plus mum had
        told Dr [[name:Ellis]] in {{January}} she was "struggling".

        Action: [[name:Aileen]] to do a home visit this week, mum to be phoned first by Dr [[name:Mahmood]].
        Outcome ([[date:10/03]]): visit done, mum accepted an {{Early Help}} referral, jabs rebooked.
        Worth keeping the "was not brought" list as a standing item.
    """)),
    ("health", "incident", prose("""
        Family moved into our area from Leicester in {{April}}: [[name:Ayesha]] and [[name:Ibrahim
        Noorzai]] with baby [[name:Maryam]], NHS [[nhs_number:322 820 8605]]. The {{6-8 week review}} was due
        [[date:2 May]] but our team ([[organisation:Eastside 0-19 Service]]) did not get the {{records
        transfer}} until [[date:29 May]], because the previous provider sent it to our old generic inbox
        which was closed in {{March}}. By then baby had missed the review and her 8-week {{immunisations}}.
        When I visited she had a {{plagiocephaly}} and mum was using a {{sling}} that is not recommended
        under 4 months. Nothing serious came of it, but a check at 6-8 weeks would have caught both.
        Actions: the regional {{SystmOne}} transfer list is updated, and we now run a weekly report of
        "moved in, no HV contact" from the {{Child Health}} system. — [[name:Tamsin]] HV
    """)),
    ("health", "near_miss", prose("""
        booking appt at [[organisation:Moor End children's centre]] clinic today, found bloods results for a
        different woman ([[name:k. brennan]], hosp no [[case_reference:K4471823]]) filed in
        [[name:tasha o'neill]]'s {{handheld notes}}. rhesus status different - other lady is {{rh neg}},
        [[name:tasha]] is pos. if i hadnt noticed someone might have given [[name:tasha]] {{anti-d}} for
        nothing or worse missed it for the other lady. think it happened at the {{phlebotomy}} clinic where
        both were seen the same morning on [[date:21/11]]. removed the sheet, checked the {{maternity
        system}}, both results correct on there. rang the other lady's midwife [[name:ange]] at
        [[organisation:Dewsbury Road team]] so she could check hers. {{datix}} done. maybe labels should be
        printed with nhs no and dob not just name
    """)),
    ("health", "success", prose("""
        Good practice example. [[name:Gul Bibi Safi]] ([[age:19]]) moved to the area via the {{asylum}}
        dispersal hotel on [[address:Station Road]] with her baby, now [[age:5 months]]. She speaks
        {{Pashto}} and little English, and previous contacts had used her husband to interpret. For the
        {{6-month review}} I booked a female telephone interpreter through {{LanguageLine}} and asked the
        husband to wait downstairs, as we should do routinely for the {{routine enquiry}} about domestic
        abuse. Given a safe space she disclosed that she is not allowed money or to go out alone. We made a
        safety plan and with consent I referred to the {{IDVA}} service and
        [[organisation:Halden Refugee Women's Hub]], and shared it with the GP safeguarding lead,
        Dr [[name:Haddad]]. Baby's weight and development fine. Point of learning: don't use family to
        interpret, ever, even for the "routine" bits. — [[name:Ffion]], {{HV}}
    """)),
    ("health", "incident", prose("""
        Mrs [[name:Joanne Pickersgill]], NHS [[nhs_number:272 397 1023]], disclosed domestic abuse to
        Dr [[name:Varga]] on [[date:6th February]] and asked that nothing be sent to
        [[address:41 Hawthorn Terrace]] as her husband opens her post. The {{safeguarding code}} and
        "no letters" {{alert}} were not added because it was a telephone consultation and the GP meant to
        add them after clinic. On [[date:19th February]] a letter from the hospital {{gynaecology}} clinic,
        which mentioned the referral reason (bruising), was posted to the house. She was assaulted that
        evening; police ref [[case_reference:13240219-0771]]. She is safe now via a {{refuge}}. As
        {{practice safeguarding lead}} I reviewed it: the gap was between the GP intending to code and
        actually coding, and referral letters pull the registered address automatically. Changes: codes are
        added during the consultation, before closing the record, and a {{MARAC}} flag now triggers a
        confidential address on {{e-RS}} referrals. {{SEA}} completed and discussed with the whole practice.
        — Dr [[name:Nwosu]]
    """)),
    ("health", "success", prose("""
        At booking on [[date:12.09.24]] [[name:Amina Hassan-Warsame]] ([[age:24]]), first pregnancy, told me
        she had been cut as a child when I asked the {{FGM}} question properly rather than as a tick box. I
        used the {{FGM risk assessment}} tool, explained the law on protecting a future daughter in a
        non-judgemental way, and she seemed relieved to talk. Referred to the {{FGM clinic}} at
        [[organisation:Ashgrove Women's Unit]] for a {{deinfibulation}} assessment before 20 weeks, made the
        {{FGM Enhanced Dataset}} entry and informed her GP at [[organisation:Crossflatts Health Centre]]. Her
        husband [[name:Abdi]] was in the room and she said she was fine with that, but I asked again
        privately with a {{Somali interpreter}} on the phone and she said the same. Learning: the quality of
        the question matters.
        — [[name:Dawn Fitzgerald-Moyo]], {{Community Midwife}}
    """)),
    ("health", "near_miss", prose("""
        At baby clinic on [[date:Thursday 27 March]] at [[organisation:Brackenhall Children's Centre]], baby
        [[name:Rio]] weighed 4.1kg, down from 4.6kg at last week's home visit. That would have been a >10%
        drop and an urgent referral to {{paediatrics}} for {{faltering growth}}. Before referring,
        {{nursery nurse}} [[name:Chantelle]] re-weighed on the second set of {{Seca}} scales and got 4.62kg.
        The first set had not been calibrated since last year and had been dropped at a previous clinic. We
        checked the three other babies weighed on it that morning: all re-weighed, one had been recorded
        wrongly in the {{red book}} and was corrected. Scales quarantined; estates asked to check all clinic
        scales. A mum could have gone through a frightening hospital referral for nothing.
        — [[name:Wiktoria]], {{Community Nursery Nurse}} lead
    """)),
    ("health", "incident", block("""
        From: [[email:sarah.mcgovern@gp.example.nhs.uk]]
        To: [[email:mash.health@example.gov.uk]]
        Sent: [[date:20 March 2024]] 16:52
        Subject: Safeguarding referral - [[name:Jordan Akers]] DOB [[date_of_birth:14/07/2010]]

        Please see attached our {{MARF}} for [[name:Jordan]] ([[age:13]]).

        What went wrong: the attachment was the MARF for a different child, [[name:Lily-Mae Brough]],
        NHS [[nhs_number:102 311 7983]], saved in the same folder with a similar filename. The {{MASH}}
        health practitioner, [[name:Gurpreet]], replied next morning that the names did not match.
        [[name:Jordan]]'s referral was therefore 16 hours late; he was seen by the {{duty team}} on
        [[date:21/03]]. [[name:Lily-Mae]]'s information went to the right agency, but not for her.

        Learning: save referrals with the NHS number in the filename and delete after sending; second person
        check before sending any referral by {{secure email}}.
        [[name:Sarah McGovern]], {{Safeguarding Administrator}}
    """)),
    ("health", "success", prose("""
        Weekly safeguarding huddle at [[organisation:Hollin Vale Medical Centre]]. The duty GP flagged that a
        [[age:15]]-year-old, [[name:Kaya]], had attended alone for a {{pregnancy test}} (positive) and asked
        that her mum not be told. Dr [[name:Rahman-Clarke]] had done a thorough {{Gillick}} assessment and
        recorded it well. In the huddle we asked the question no one had: who is the father? She had
        mentioned a boyfriend who "drives". The {{community midwife}}, [[name:Olu]], saw her the next day and
        gently established that he is [[age:22]]. With [[name:Kaya]]'s knowledge we referred to
        {{Children's Social Care}} and the {{CSE}} team. She still trusts the practice and has kept all her
        appointments. Learning: {{Fraser guidelines}} and confidentiality are about her capacity; they do
        not stop us thinking about {{exploitation}}.
    """)),
    ("health", "incident", prose("""
        My car ([[vehicle_registration:MA70 UZC]]) was broken into outside a visit on
        [[address:Clifton Street]] on [[date:Fri 15 Nov]] between 13:00 and 13:40. Stolen: work bag
        containing the {{visit diary}} for the day with 7 women's names and addresses, a {{Doppler}}, and
        paper notes for one woman ([[name:Hope Ellery-Tan]], hosp no [[case_reference:RX0098123]]). I know
        we're not meant to leave anything in the car but I'd been told to park away from the house as the
        partner is hostile. Police crime ref [[case_reference:14/88219/24]]. {{Datix}}
        [[case_reference:W-20931]]. All 7 women were phoned and told by [[name:Sinead]] ({{team leader}}) by
        5pm. Learning/ask: a {{lockable boot safe}} for community cars, and an electronic diary on the
        {{work phone}} instead of paper. [[name:Monique]], {{CMW}}
    """)),
    ("health", "near_miss", prose("""
        Twins [[name:Aria]] and [[name:Ava]] ([[name:Lindgren-Obi]]): at the 12-week {{immunisation}} clinic
        the {{red book}} for [[name:Aria]] showed NHS [[nhs_number:687 836 4000]] but {{SystmOne}} had that
        number against [[name:Ava]]. Swapped at registration. Nothing given wrongly, but [[name:Ava]]'s
        {{hip scan}} was booked under the wrong record. {{Child Health}} and {{PCSE}} contacted to correct.
        Good catch by [[name:Faisal]], practice nurse, [[organisation:Lowmoor Surgery]].
    """)),
    ("health", "success", prose("""
        Day 5 visit on [[date:1st August]] to baby boy [[name:Oluwaseun]] at [[address:Flat 2, 88 Queen's
        Road]], [[postcode:HD2 1XA]]. Mum ([[name:Temi]]) said he was "just sleepy". He was yellow to the
        knees and not waking for feeds. The {{bilirubin meter}} reading was high so I rang {{NNU}} at
        [[organisation:Hudderston Royal Infirmary]], who said bring him straight in. His {{SBR}} was above the
        treatment line and he had {{phototherapy}} for 36 hours. Home on [[date:4 August]], feeding well.
        What went right: I didn't accept "sleepy", and the {{feeding assessment}} tool made me look at
        nappies and feeds properly. The NNU registrar said earlier admission probably avoided an
        {{exchange transfusion}}. — [[name:Kat]], {{community midwife}}
    """)),
    ("health", "incident", prose("""
        lone working incident [[date:9/10]]. home visit to [[address:12 Sycamore Walk]], [[postcode:BD4 7LW]]
        for {{2 yr review}}. partner came home mid visit, shouting, stood in the doorway so i couldnt get
        out, said i was "taking notes to get the kids taken". i stayed calm, closed laptop, said i'd come
        back another day and he eventually moved. had checked in on the {{lone worker app}} but it didnt
        escalate when i missed my 12.30 check out because my phone had no signal in the flat. buddy
        ([[name:mags]]) didnt know i was late as she was in {{clinic}}. nobody knew where i was for 40 mins.
        no warning marker on {{systmone}} about him even though police had been out in {{june}}. have done
        {{incident form}} ref [[case_reference:INC-55120]], asked our gp safeguarding lead to share info,
        joint visits only from now on w/ [[name:anita]] from {{early help}}. [[name:bec]] hv
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        PRM passenger Mr [[name:Harbans Singh Gill]] ([[age:81]], {{WCHC}}) was dropped at gate 14 at 09:20
        for [[flight_number:EZY6274]] to Malaga by our {{PRM agent}} [[name:Niamh]], who was then called to
        an arrival. Boarding moved to gate 18 at 09:35 after a {{stand change}}. The gate screen updated but
        Mr [[name:Singh Gill]] could not read it and no one told the {{PRM desk}}. He was found at 10:05 by a
        {{cleaner}} after the flight had closed. He missed it and was rebooked on
        [[flight_number:EZY6276]] the following day with a hotel; his son rang us from India
        ([[phone:+91 90000 41873]]) very upset. Causes: the {{airline}} gate agent assumed PRM would pick up
        stand changes; our {{PRM system}} does not alert on gate changes; one agent was handling 3 jobs. Fix
        being tested: gate changes push to the PRM handheld, and WCHC passengers are never left at a gate
        without a named agent.
    """)),
    ("aviation", "success", prose("""
        Good practice, {{Central Search}} lane 6, [[date:23/05]] earlies. {{ETD}} alarm on an elderly
        passenger's laptop ([[flight_number:TOM1432]]) and she was very distressed. [[name:Ellie-Mae]]
        ({{searcher}}) took her to the private room, explained every step, got her water and a seat. Re-test
        clear (hand cream). 14 mins, made her flight. {{STL}} [[name:Hunter]] rang ahead to the gate.
        Passenger emailed to praise [[name:Ellie-Mae]] by name. Share at {{briefing}}.
    """)),
    ("aviation", "near_miss", prose("""
        Found {{airside}}/{{landside}} door T2-114 (baggage hall to {{arrivals}} corridor) wedged open with a
        fire extinguisher at 03:15 on [[date:Sun 2 Feb]]. It is an alarmed {{access-controlled door}}; the
        alarm had been acknowledged in the {{SOC}} but marked as "engineer working". The engineer had
        finished at 02:30. For 45 min anyone in the public corridor could have walked into the
        {{baggage reclaim}} airside area. No evidence anyone did (CCTV reviewed by [[name:Mo Begum]] in
        {{security control}}). I closed it and searched the area with [[name:Ritchie]]. Cause: the alarm
        acknowledge function has no time limit. Suggest: auto re-alarm after 15 min, and contractors sign
        doors back in with SOC. Report ref [[case_reference:TOPS-2025-0211]].
        — [[name:A. Ferreira-Lund]], {{Terminal Duty Manager}}
    """)),
    ("aviation", "incident", prose("""
        Passenger Ms [[name:Yewande Ogunleye]] ({{WCMP}}, travels with her own {{powered wheelchair}},
        lithium battery) arrived on [[flight_number:LM457]], aircraft [[aircraft_registration:G-LMRK]]. Her
        chair was brought up to the aircraft door with the joystick snapped and the frame bent. Ramp crew
        told my colleague they had laid it on its side to fit the hold door of the {{ATR 72}} because the
        seat back would not fold. Nobody had asked her how it folds, and the {{dangerous goods}} paperwork
        for the battery was correct but there was no handling information. She was left in an
        {{aisle chair}} for 2 hours while we sourced a loan chair. The airline raised a {{PIR}},
        [[case_reference:ABZLM21556]]. Our learning: at check-in, take a photo and ask the passenger for the
        folding instructions (many carry a card), and tag the chair with them. [[name:Yewande]] has agreed to
        us using her story in training.
    """)),
    ("aviation", "success", prose("""
        Shout out for [[name:Kofi]] and [[name:Lena]] on the {{PRM}} team. Mr [[name:David Ashworth-Kerr]]
        is blind and was travelling with his {{guide dog}}, Bramble, to Dublin on [[flight_number:EI3287]].
        The dog's paperwork ({{pet passport}} and the airline's {{assistance dog}} form) was fine, but
        security needed to hand-search the harness, which he had had bad experiences with before.
        [[name:Kofi]] explained every step and let him keep hold of the lead. They also took Bramble to the
        {{relief area}} before boarding and briefed the {{cabin crew}} so the dog could lie in the bulkhead
        row. He wrote to customer services saying it was the first time he had felt in control at an
        airport. [[name:Lena]] suggested we add a note on harness searches to the {{PRM handbook}}.
    """)),
    ("aviation", "incident", prose("""
        lost my {{airside pass}} on shift [[date:30/09]] somewhere between staff search and the
        {{hold baggage screening}} room. realised at break about 11.40. told my {{supervisor}}
        [[name:gemma]] straight away and she rang the {{ID centre}}, [[name:will]] there cancelled it
        (pass no [[case_reference:AP-0038816]]). found it in the staff car park at 14.00 by my car
        ([[vehicle_registration:FE16 NVY]]) so it had been outside the {{restricted zone}} for a couple of
        hours. if someone had picked it up they couldve tried to use it with a photo swap. it was cancelled
        so wouldnt have worked but its still an incident. why: lanyard clip broke, i had it clipped not round
        my neck. going to use a {{retractable reel}}. [[name:gemma]] says others have had the same clip break
        so maybe order different ones
    """)),
    ("aviation", "near_miss", prose("""
        Gate 22, [[date:14 July]]. Two passengers with the same name, [[name:Sofia Rossi]], one on
        [[flight_number:FR8342]] to Pisa and one on [[flight_number:FR8346]] to Bergamo, departing 20 mins
        apart from adjacent gates. At {{boarding}} the {{boarding pass}} scanner at gate 22 rejected the
        Bergamo Ms [[name:Rossi]] with a wrong-flight beep, but the agent, under pressure with a queue,
        overrode it thinking it was the usual scanner fault. The {{headcount}} didn't match {{DCS}} and the
        {{dispatcher}}, [[name:Jamal]], went through the cabin and found her in 14C. She was walked to the
        right gate in time; her bag was on the right aircraft. We also rang the mobile on her booking
        ([[phone:+39 347 555 0192]]) to confirm which passenger she was. Learning: never override a
        wrong-flight reject; call the {{team leader}}. Shared with our {{handling agent}},
        [[organisation:Skyport Handling Services]].
    """)),
    ("aviation", "success", prose("""
        Unaccompanied minor [[name:Leila]] ([[age:9]]) arrived on [[flight_number:TOM6155]] from Tenerife.
        Her dad, who was on the {{UM form}} to collect, was stuck on the {{M62}} after a crash. She was
        handed to our {{Passenger Services}} desk at 18:20. [[name:Kieran]] and [[name:Precious]] sat with
        her in the {{quiet room}}, got her food, and rang dad on the number on the form
        ([[phone:+44 7700 900917]]). He asked if her aunt could collect instead; we followed the airline
        procedure and did not release her to anyone not on the form. The airline's {{duty manager}} got
        written consent emailed from dad with the aunt's details, and her ID was checked when she arrived at
        19:45. [[name:Leila]] was calm and chatty the whole time. Good teamwork between us and the airline,
        and no shortcuts even though the aunt was frustrated.
    """)),
    ("aviation", "incident", block("""
        TERMINAL OPS LOG - [[date:07/12/24]]
        06:02  Belt 4 ({{check-in}} zone C) stopped, {{E-stop}} hit by [[name:Tomas]] ([[organisation:NorthStar Handling]])
        06:03  Child (approx [[age:4]]) had climbed onto the {{bag drop}} belt while mum paid an excess
               fee. Hand caught at the curtain
        06:05  First aider [[name:Dawn]] attended; {{airport fire service}} called
        06:12  AFS on scene, hand freed, minor abrasion, no fracture suspected
        06:40  Family continued travel on [[flight_number:LS1523]], airline informed
        07:15  Belt 4 inspected by {{engineering}}, returned to service
        Notes: the {{light curtain}} on belt 4 has been on the defects list since [[date:19 Nov]]
        (ref [[case_reference:ENG-77341]]). The child got past it because it didn't stop the belt.
        Escalated to {{Head of Terminal}}.
        Logged by: [[name:Shireen]], {{TDM}}
    """)),
    ("aviation", "success", prose("""
        Family with a {{Hidden Disabilities Sunflower}} lanyard came through {{Central Search}} on
        [[date:Saturday 17 August]]; their son ([[age:11]], autistic) was already overwhelmed.
        [[name:Joy Ndlovu]] on the {{divest}} point spotted the lanyard, moved them to lane 1 (quietest), and
        explained that his {{ear defenders}} would need to go in the tray for a few seconds only, letting mum
        carry them through. He alarmed on the {{WTMD}} (belt buckle) and instead of going straight to a
        pat-down she asked mum to show him on herself first. No meltdown, through in 10 mins. Mum,
        Mrs [[name:Tse]], wrote to us saying last year at another airport it was a disaster. Sharing
        because it's a small thing that made the difference, and we don't need a {{body scanner}} for
        everything.
    """)),
    ("aviation", "near_miss", prose("""
        {{Ambulift}} for 2 {{WCHC}} passengers on [[flight_number:EZY2154]]
        ([[aircraft_registration:G-UZHK]]) was sent to stand 41 but the aircraft was on stand 14: digits
        swapped on the {{PRM tasking}} screen by manual entry after a late {{stand change}}. Driver
        [[name:Colin Baptiste]] noticed the registration of the aircraft on 41 didn't match his job sheet
        ([[aircraft_registration:G-UZHK]]), radioed {{PRM control}} and got to 14 before doors opened. Had he
        not, passengers would have waited onboard, the turnaround could have been delayed, and worse, the
        crew might have tried to help someone down the stairs. [[name:Colin]] checks the reg every time,
        which isn't in the procedure but should be. Suggest: reg on the job sheet checked against the stand
        on arrival; stand changes fed from {{AODB}} automatically.
    """)),
    ("aviation", "incident", prose("""
        [[date:3rd April]], lane 3. A passport belonging to Mr [[name:Rajesh Iyer]] (travelling on
        [[flight_number:U28015]]) was left in a tray at the {{reconcile}} end and a {{security officer}}
        handed it to another passenger who asked "is that mine?". She put it in her bag without checking.
        Mr [[name:Iyer]] realised at the gate. We identified the other passenger on {{CCTV}}; she was on
        [[flight_number:BY5221]] and airline staff retrieved it at her gate, 10 minutes before she boarded.
        Mr [[name:Iyer]] made his flight. Had either flight left, one passenger would have been stranded
        and a passport in the wrong hands. Learning: ID documents found in trays go to the {{STL}}, who
        checks the photo against the person. Logged under [[case_reference:SEC-INC-4410]] at
        {{Central Search}}. [[name:Ronan]] (STL)
    """)),
    ("aviation", "success", block("""
        Ops chat summary, Departures, [[date:26/07/24]] (school holidays, busy)
        [[name:TDM_Ria]] 13:02 missing child reported at the {{pharmacy}} by mum, boy [[age:5]] yrs, red
        {{Paw Patrol}} t-shirt, name [[name:Alfie]]
        [[name:SOC_Dev]] 13:03 {{missing child procedure}} started, CCTV on it, exit to landside held
        [[name:Sec_Marcus]] 13:06 have a lad on his own by the play area near {{duty free}}, matches
        [[name:TDM_Ria]] 13:08 mum on way with [[name:Vikram]] from {{PRM}}
        [[name:Sec_Marcus]] 13:10 reunited, [[name:Alfie]] fine, was following the dinosaur on the
        {{Jurassic World}} poster lol
        [[name:TDM_Ria]] 13:11 stand down, thanks all

        What went well: 8 minutes from report to reunion and everyone knew their bit. Mum thanked
        [[name:Marcus]] at the gate.
    """)),
    ("aviation", "near_miss", prose("""
        Human factors near miss, night shift [[date:11 January]]. The {{X-ray}} operator on lane 2 missed two
        {{TIP}} images (a knife and an {{IED}} component) within 20 minutes at around 04:30. The {{STL}},
        [[name:Agnieszka]], noticed on the {{TIP report}} screen and rotated him off immediately. He said he
        had been on X-ray for 35 minutes (max should be 20) because the rotation broke down when
        [[name:Sam]] went on break and wasn't replaced, and he was on his sixth night in a row. No real
        threat missed as far as we know, but a real item could have been. Actions: rotation board now has a
        timer, STLs check every 20 minutes, and {{fatigue}} reporting is encouraged without blame. The
        operator ([[name:D.O.]]) is happy for this to be shared to show it's ok to speak up.
    """)),
    ("aviation", "incident", prose("""
        Passenger [[name:Eileen Marsh-Connolly]] ([[age:78]], {{dementia}}, {{WCHS}}), booked with assistance
        for [[flight_number:LS876]] to Alicante, was left in the {{PRM lounge}} at 10:10 while her daughter
        went to the toilet. At 10:25 she had gone. People involved: [[name:Callum]] (PRM agent, in the lounge,
        on the phone to control), [[name:Zofia]] (PRM team leader), [[name:Deepa Mistry]] ({{TDM}}), daughter
        [[name:Claire]]. She was found at 10:52 by a {{security officer}} at {{gate 9}}, calm but confused,
        trying to board another flight. Her flight was held 20 min and she did travel. Why: the lounge has
        one agent who also answers the control phone, and the door to the airside corridor isn't monitored.
        Actions: door chime fitted; {{dementia-friendly}} sign-in with carer; agent stays with passengers
        flagged with dementia whenever the carer is absent. Ref [[case_reference:PRM-INC-0944]].
    """)),
    ("aviation", "success", prose("""
        Medical emergency at gate 31 on [[date:Monday 18th November]]. A passenger collapsed in the queue for
        [[flight_number:KL1098]] to Amsterdam with no pulse. [[name:Bartosz]] from the {{gate}} team started
        {{CPR}} within a minute, [[name:Grace O'Driscoll]] ran for the {{AED}} from the pillar by gate 29, and
        the first shock was delivered at about 3 minutes. {{Airport Fire Service}} paramedics took over at 6
        minutes and he had a pulse on leaving for [[organisation:Millbrook General Hospital]]. We heard on
        [[date:20th November]] that he is recovering. What went right: staff knew where the AED was because
        of the {{quarterly walk-round}} introduced last year, gate staff had done {{Heartstart}} training,
        and the {{ground handling}} team cleared the area. [[organisation:KLM]] held
        [[aircraft_registration:PH-EXR]] on stand without argument.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind104", REPORTS))


if __name__ == "__main__":
    main()
