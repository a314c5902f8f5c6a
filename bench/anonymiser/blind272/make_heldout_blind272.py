"""Held-out blind corpus 272: fifty invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
the de-identifier generalises. Three settings, all people, organisations, places and numbers
invented:

* social_care (17): a local authority virtual school for children in care - PEPs, designated
  teachers, exclusions, tutors, carers.
* health (17): a community nursing team for people with learning disabilities - annual health
  checks, hospital passports, carers, GPs.
* aviation (16): an aerodrome's airside operations and safety team - vehicle permits, FOD,
  wildlife, works, marshalling.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams/WhatsApp/Slack), handover notes, minutes with
attendance and apologies, pipe-separated tables, RT transcripts and shout-outs.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind272.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care
    ("social_care", "incident", prose("""
        quick note b4 i forget - {{PEP}} for [[name:tyler-jay]] ([[age:14yo]], {{yr 10}}) at
        [[organisation:oakmere academy]] went ahead this morning w/o the {{foster carer}}. nobody
        sent her the invite. carer [[name:bernadette]] rang me after, v upset, said she only found
        out from [[name:tyler-jay]] at pick up. {{designated teacher}} mr [[name:o'hara]] assumed
        {{virtual school}} had sent it. checked the {{ePEP}} - invite went to her old email
        [[email:bkwarteng62@fostermail.co.uk]], she gave us the new one on [[date:3rd jan]] but it
        never got updated. {{IRO}} wasnt invited either. targets set w/o carer input so the
        {{PEP}} needs redoing, rebooked for [[date:thurs 18th]]. action: whoever takes carer
        contact changes shd update {{ePEP}} same day pls. - [[name:dk]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Grace Achterberg]] <[[email:grace.achterberg@harrowfield.gov.uk]]>
        To: {{Virtual School Duty}} <[[email:vsduty@harrowfield.gov.uk]]>
        Date: [[date:12 February 2024]] {{09:14}}
        Subject: {{Near miss}} - {{PEP}} sent to wrong school

        Hi all,

        Flagging a near miss from {{Friday}}. I attached the draft {{PEP}} for [[name:Mikael]]
        ([[case_reference:VS-20418]]) to an email meant for [[organisation:St Cuthbert's RC Primary]]
        but autocomplete picked [[organisation:St Cuthbert's C of E Junior]]. Their {{SENCO}},
        [[name:Joy Mensah-Bonsu]], saw the child's name in the subject didn't match any of
        her pupils, did not open the attachment and rang me straight away.

        Recall done, their {{IT}} team deleted it and it's logged with {{Information Governance}}.
        Suggest we switch off autocomplete for school addresses and use the {{secure email}}
        template for anything with a {{PEP}} attached.

        Thanks,
        [[name:Grace]]
        {{Education Caseworker}} | [[organisation:Harrowfield Virtual School]]
        [[phone:01632 960418]]
    """)),
    ("social_care", "success", prose("""
        Shout-out to [[name:Faith]] from [[organisation:Kestrel Tutoring Ltd]], who has been
        tutoring [[name:Dawid Wiśniewski]] ([[age:aged 15]]) since his move to
        [[organisation:Brackenridge High]]. [[name:Dawid]] had missed most of {{Year 9}} after two
        {{placement moves}} and arrived with no {{GCSE}} options chosen. [[name:Faith]] ran
        sessions at the {{foster carer}}'s kitchen table twice a week, liaised with the
        {{designated teacher}} and got his {{EAL}} support reinstated. At the {{PEP}} review on
        [[date:7 March]] [[name:Dawid]] told his {{IRO}} it was "the first time school made sense".
        He is now predicted a 5 in {{Maths}}. Thank you [[name:Faith]] - this is exactly what
        {{Pupil Premium Plus}} is for.
        - [[name:Hope Carrington]], {{Virtual School Head}}
    """)),
    ("social_care", "incident", prose("""
        On [[date:Tuesday 23 January]] a {{child in care}}, [[name:Precious Oyelaran-Smith]]
        ([[age:13]]), was given a three-day {{suspension}} by
        [[organisation:Thornbury Park Academy]]. The school did not notify the {{virtual school}}
        or the allocated {{social worker}} as the {{DfE}} {{exclusion guidance}} requires. We only
        became aware on [[date:26 January]] when her {{residential}} key worker, [[name:Amber]],
        emailed asking for work to be sent home. By then [[name:Precious]] had missed three days
        with no work set. The {{designated teacher}} post had been vacant since {{Christmas}} and
        the {{Head of Year}} was not aware of the duty. {{Virtual School Head}} Ms [[name:Leung]]
        has spoken to the {{headteacher}}. Ref [[case_reference:EXC-24-0117]]. Actions: school to
        name an interim {{DT}} this week; our exclusions officer to resend the notification
        reminder to every secondary in the authority.
    """)),
    ("social_care", "near_miss", block("""
        [09:02] [[name:Rosie Nakamura]]: morning - has anyone got the new address for [[name:JB]]?
        carer moved house over {{half term}}
        [09:04] [[name:Will Ferreira]]: it's on {{Mosaic}} i think,
        [[address:14 Fennel Close, Ashby Wharf]] [[postcode:HR7 4QT]]
        [09:05] [[name:Rosie Nakamura]]: thanks. {{school transport}} still booked to old address tho 😬
        [09:06] [[name:Will Ferreira]]: oh no. who's the taxi firm?
        [09:07] [[name:Rosie Nakamura]]: [[organisation:Cresswell Cabs]]. rang them - driver was
        about to knock at the old house and {{birth mum}} lives 2 streets away. redirected him,
        [[name:JB]] got to school at 9.40
        [09:10] [[name:Will Ferreira]]: i'll log it as a {{near miss}}. who updates the
        {{transport request}} when a {{placement}} changes??
        [09:11] [[name:Rosie Nakamura]]: falls between {{SW}} and us i think. raise at
        {{team meeting}} {{Weds}}?
    """)),
    ("social_care", "success", block("""
        {{PEP Quality Panel}} - minutes
        Date: [[date:Thursday 14 March 2024]]
        Present: [[name:Hope Adeyemi]] ({{Chair}}, {{Deputy Head of Virtual School}}),
        [[name:Mark Lindqvist]] ({{Education Adviser}}), [[name:Sunny Bhattacharya]]
        ({{Designated Teacher}}, [[organisation:Millbrook Primary]]), [[name:Pat O'Driscoll]] ({{IRO}})
        Apologies: [[name:Bill Hartigan]], [[name:Ngozi]] ({{CAMHS}})

        Item 2 - Good practice
        [[name:Sunny]] presented the {{PEP}} for a {{Year 5}} pupil, [[name:Leo]] ([[age:9]]).
        [[name:Leo]]'s targets were {{SMART}} and linked to his {{EHCP}} outcomes. [[name:Pat]]
        noted the child's voice section was in [[name:Leo]]'s own words, gathered with a
        {{Widgit}} symbol board. Panel rated it {{Outstanding}}. [[name:Mark]] to share an
        anonymised version as an exemplar.

        Actions: [[name:ML]] - circulate exemplar by [[date:28/03]].
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM - {{Virtual School}}
        Ref: [[case_reference:VSIR-0093]]
        Child: [[name:Aleksandra Petrović]]
        DOB: [[date_of_birth:19/06/2010]]
        {{LAC}} no: [[case_reference:LAC-558201]]
        School: [[organisation:Greystone Community College]]
        Placement address: [[address:Flat 3, 22 Tannery Row, Kelsham]] [[postcode:KL3 9DN]]
        Reported by: [[name:Jasmine Okafor]], {{Education Caseworker}}
        Date of incident: [[date:05/02/2024]]

        Description: {{1:1 tutor}} from [[organisation:BrightPath Tuition]] did not have an
        enhanced {{DBS}} on file with us. Tutor ([[name:R. Hollis]]) delivered 4 sessions at the
        {{placement}} before the carer queried ID. Agency confirmed the {{DBS}} had been applied
        for but not issued. No concerns raised by [[name:Aleksandra]] or carer. {{LADO}}
        consulted - threshold not met. Sessions paused; agency reminded of contract terms.
        {{Commissioning}} to audit all tutor {{DBS}} records.
    """)),
    ("social_care", "near_miss", block("""
        [[date:22/04/2024]], 07:48 - [[name:Maureen D]]: morning love, school rang, they want
        [[name:Kai]] in for a "reintegration meeting" at 9 but he's not been excluded?? confused
        [[date:22/04/2024]], 07:55 - [[name:Femi]] ({{VS}}): Hi [[name:Maureen]], let me check.
        Please don't sign anything in that meeting until we've spoken x
        [[date:22/04/2024]], 08:20 - [[name:Femi]] ({{VS}}): Spoke to {{head of year}}. They sent
        [[name:Kai]] home {{Friday}} "to calm down" - that's an {{unofficial exclusion}}. They were
        going to ask you to agree a {{part-time timetable}} today.
        [[date:22/04/2024]], 08:22 - [[name:Maureen D]]: they never said it was an exclusion!!
        [[date:22/04/2024]], 08:31 - [[name:Femi]] ({{VS}}): I know. Any {{reduced timetable}} needs
        {{PEP}} agreement and {{social worker}} sign off. {{DT}} Mrs [[name:Barzani]] is joining at
        9 and I'll dial in.
        [[date:22/04/2024]], 08:32 - [[name:Maureen D]]: thank u, he's only [[age:11]] he needs to
        be in school
    """)),
    ("social_care", "success", block("""
        Subject: Thank you - [[name:Rose]]'s transition
        Date: [[date:4 October 2024]]

        Dear Mr [[name:Achebe]],

        I wanted to say thank you from the {{virtual school}} for the way
        [[organisation:Fernlea Junior School]] handled [[name:Rose]]'s move up to {{Year 7}} at
        [[organisation:Castlegate Academy]]. You arranged six extra transition visits, a
        {{key adult}} and a photo book of the new building, and your {{SENCO}} sat in on her first
        {{PEP}} at the new school on [[date:9 September]]. [[name:Rose]] has not missed a day this
        term and her {{attendance}} is 100%. Her carers, [[name:Grace]] and [[name:Tomasz]], say
        the difference from last {{September}} is night and day.

        Kind regards,
        [[name:Nadia Haddad-Lowe]]
        {{Senior Education Adviser}} ({{Primary}})
        [[organisation:Harrowfield Virtual School]]
    """)),
    ("social_care", "incident", block("""
        Chronology - [[name:Ahmed Sultani]] ([[age:15]]), {{UASC}}
        [[date:Mon 4 Nov]]
        08:05 taxi ([[organisation:Cresswell Cabs]], [[vehicle_registration:KX19 HTP]]) drops
        [[name:Ahmed]] at [[organisation:Kelsham Academy]] gate
        08:40 [[name:Ahmed]] not in form - marked absent, no call made
        10:15 {{interpreter}} ({{Dari}}) arrives for {{PEP}} - [[name:Ahmed]] not there
        10:30 {{designated teacher}} rings {{virtual school}}; [[name:Kwame]] ({{VS}}) rings
        {{supported accommodation}} key worker
        11:20 [[name:Ahmed]] found in the town library, thought school was shut for {{INSET}} -
        the letter home was in English only
        12:00 {{PEP}} held with [[name:Ahmed]], interpreter present
        Learning: {{first-day calling}} not done for a {{CLA}} pupil; school letters not translated.
        Logged [[case_reference:VS/INC/2411-07]].
    """)),
    ("social_care", "near_miss", block("""
        Handover - [[name:Leanne]] to [[name:Oluwaseun]], w/c [[date:15 July]]
        - [[name:Harvey Sloan-Matthews]] ([[age:16yo]]): {{GCSE}} results day [[date:22 Aug]],
          tutor invoice still outstanding.
        - NEAR MISS: nearly sent [[name:Harvey]]'s {{ePEP}} (incl. carer's address) to his
          {{birth mum}} bc she's still listed as "parent" on the school {{MIS}}. Caught it because
          the recipient [[name:Kerry Sloan]] looked wrong. [[organisation:Deanshaw High]] now
          updated - {{parental responsibility}} shared with the {{LA}} under a {{care order}}.
        - [[name:Mia]] ([[age:aged 6]]): {{PEP}} due [[date:19/07]], {{DT}} is Ms [[name:Farouk]],
          [[phone:01632 960 771]].
        - [[name:Joy]]'s tutor finishes this week, closure report needed.
    """)),
    ("social_care", "success", block("""
        #virtual-school-wins
        [[name:amara.o]]  10:12
        massive well done to @[[name:dan.kowalczyk]] 🎉 he got [[name:Lacey]] ([[age:16]]) a place
        on the {{T Level}} at [[organisation:Kelsham College]] after she was
        {{permanently excluded}} in {{Year 10}}. took 3 panels and a {{fair access}} appeal
        [[name:dan.kowalczyk]]  10:15
        ha thx but it was [[name:Lacey]] who did the work tbh. and her carer [[name:Bev]] who
        drove her to every interview
        [[name:hope.r]]  10:16
        love this. can we put it in the {{annual report}}? (anonymised obvs)
        [[name:amara.o]]  10:20
        yes! {{college}} have also agreed a {{bursary}} top-up from {{PP+}}
    """)),
    ("social_care", "incident", block("""
        {{PEP}} completion audit - {{Autumn term}} exceptions (late/missing)

        Child | School | {{DT}} | Due | Status
        [[name:C. Mbeki]] | [[organisation:Oakmere Academy]] | Mr [[name:O'Hara]] | [[date:30/09]] | overdue, {{DT}} off sick
        [[name:Jaden R]] | [[organisation:Millbrook Primary]] | [[name:S. Bhattacharya]] | [[date:04/10]] | held, not uploaded
        [[name:Zofia K]] | [[organisation:St Cuthbert's RC Primary]] | {{vacant}} | [[date:11/10]] | not held
        [[name:Tyrone]] | [[organisation:Wexcombe Council]] (OOA) | tbc | [[date:18/10]] | no reply from {{host VS}}

        4 of 212 {{PEPs}} missed the {{statutory}} deadline this term. [[name:Tyrone]]'s
        {{out of authority}} school has not answered three requests. Escalated to the
        {{Virtual School Head}} and the {{IRO}} service. Incident ref [[case_reference:VSIR-0101]].
    """)),
    ("social_care", "near_miss", prose("""
        A {{near miss}} occurred on [[date:Wednesday 8 May]] when the {{placement address}} of a
        child in a confidential {{foster placement}} was almost passed to a {{mentoring}} charity,
        [[organisation:Stepping Stones Mentoring CIC]], funded through {{Pupil Premium Plus}}. The
        referral form completed by school listed [[address:7 Larkspur Way, Ellerby]]
        [[postcode:EL4 2WB]] as the meeting venue. The child, [[name:Nuala]] ([[age:12]]), is
        placed at a confidential address because of risk from an extended family member. The
        {{Education Caseworker}}, [[name:Priya Raghunathan]], noticed before the form was
        forwarded and replaced the address with the school. The charity's system auto-shares
        addresses with its volunteer drivers. The {{social worker}} was informed and agreed no
        {{strategy discussion}} was needed. Learning: our referral template should not have a
        home address field for {{children in care}}. Ref [[case_reference:NM-VS-0412]].
    """)),
    ("social_care", "success", prose("""
        good news 4 the log - [[name:shay]] ([[age:8]]) went a whole {{half term}} with no
        {{internal exclusion}} at [[organisation:hollybank primary]]!! {{dt}} [[name:jo]] and the
        {{ta}} did {{zones of regulation}} with him every morning + used the {{ppg+}} for
        {{play therapy}}. his {{carer}} [[name:faith]] says hes sleeping better too. {{pep}} is next
        wk, want to add this as a strength. shout out to [[name:jo]] & mrs [[name:kaur]] :) -
        [[name:rd]]
    """)),
    ("social_care", "incident", block("""
        Subject: Incident - {{PEP}} meeting held in a public area
        Date: [[date:Fri 17 Jan 2025]]

        At the {{PEP}} for [[name:Olamide]] ([[age:aged 14]]) at [[organisation:Brackenridge High]]
        today, the meeting was held in the school library at lunchtime because no room had been
        booked. Other pupils could hear us discussing [[name:Olamide]]'s {{CAMHS}} input and his
        {{contact arrangements}}. [[name:Olamide]] later told his {{foster carer}} a classmate
        repeated some of it to him. I raised it with the {{DSL}}, Mr [[name:Iqbal]], who has
        apologised and will speak to the pupils concerned. I have asked that every {{PEP}} is
        booked into a private room at least a week ahead. His {{IRO}} has been informed.
        Ref [[case_reference:VSIR-0117]].

        [[name:Wiremu]]
        [[name:Wiremu Tane]] | {{Education Adviser}} | [[phone:07700 900384]]
    """)),
    ("social_care", "incident", block("""
        DUTY LOG [[case_reference:DL-24-3381]]
        Caller: Sister [[name:Bernadette Quayle]], {{designated teacher}},
        [[organisation:Our Lady of Lourdes Catholic Primary]]
        Time: 15:52, [[date:29/02/2024]]
        Re: [[name:Ikenna]] ([[age:7]])
        Summary: [[name:Ikenna]] told his {{TA}} that his {{foster carer}} "locked him in his
        room" at the weekend. School have already referred to {{MASH}}. Asked whether the {{PEP}}
        on [[date:1 March]] should go ahead - advised to postpone until after the
        {{strategy meeting}}. Informed {{social worker}} [[name:Dee Pryce-Williams]] by phone; she
        confirmed {{LADO}} has been notified re the carer. Not {{VS}}-led but logging for the
        chronology.
        Took call: [[name:AO]]
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        Mr [[name:Desmond Akinyemi]] ([[age:47]]), who has a {{learning disability}} and
        {{autism}}, attended {{A&E}} at [[organisation:Kelsham General Hospital]] on
        [[date:2 October]] after a fall at his {{supported living}} flat. His
        {{hospital passport}} went with him in his bag but was not looked at. Staff tried to take
        bloods without the {{desensitisation}} steps it describes, he became very distressed and
        security were called. His support worker, [[name:Chidi]], says she showed the passport at
        {{triage}} and was told "we'll get to it". The {{acute liaison nurse}} was on leave with no
        cover. [[name:Desmond]] left without treatment and was seen by our team the next day; a
        fractured wrist was later confirmed at {{fracture clinic}}. {{Datix}}
        [[case_reference:W-118274]] raised by [[name:Lorna Baptiste]], {{Community LD Nurse}}.
    """)),
    ("health", "near_miss", prose("""
        nm - at [[organisation:larch house]] ({{care home}}) today the {{buccal midazolam}}
        {{epilepsy}} protocol in [[name:kerry-ann]]'s folder was actually for another resident,
        [[name:keri]] - diff dose ({{5mg}} v {{10mg}}). staff said it had been there since the
        {{annual review}}. no seizures so no harm but if [[name:kerry-ann]] had seized they'd
        have given the wrong dose. swapped them over, rang {{epilepsy nurse}} [[name:tomasz]] who
        will reissue both w photos on the front. told the {{manager}} [[name:alison]]. will
        {{datix}} when back at base. [[name:kerry-ann]] dob [[date_of_birth:03/11/1998]] nhs
        [[nhs_number:260 693 4687]]. - [[name:bk]] {{cldt}}
    """)),
    ("health", "success", prose("""
        Huge thank you to [[name:Hope Nwachukwu]], {{practice nurse}} at
        [[organisation:Millgate Medical Centre]], and to our own [[name:Ravi]].
        [[name:Stanley]] ([[age:58]]) hadn't had a blood test in over ten years because of
        {{needle phobia}}. Over five visits [[name:Ravi]] used a {{social story}}, let
        [[name:Stanley]] handle a {{tourniquet}} at home, and [[name:Hope]] booked the last
        appointment of the day so the waiting room was empty. On [[date:14th June]] bloods were
        taken with {{EMLA}} cream and his brother holding his hand. Results showed undiagnosed
        {{hypothyroidism}}, now treated with {{levothyroxine}}. This is what
        {{reasonable adjustments}} in the {{Annual Health Check}} are meant to look like.
        - Dr [[name:Sabine Oyelowo]], {{Clinical Lead}}
    """)),
    ("health", "incident", block("""
        INCIDENT FORM - {{Community Learning Disability Team}}
        Incident ref: [[case_reference:INC-2024-04471]]
        Patient name: [[name:Bronwen Ffrancon-Davies]]
        DOB: [[date_of_birth:14.08.1976]]
        NHS No: [[nhs_number:547 360 3580]]
        Address: [[address:Flat 9, Cedar Court, 41 Mill Road, Ashby Wharf]], [[postcode:HR7 2LF]]
        GP: [[organisation:Sandpiper Lane Surgery]]
        Date/time: [[date:11/03/2024]] 14:20
        Category: {{Medication}} - {{omitted dose}}

        What happened: On visiting, found {{sodium valproate}} not given for 2 days.
        [[organisation:Greenway Pharmacy]] had switched to {{liquid}} but the {{MAR chart}} was not
        updated by the {{domiciliary care}} agency ([[organisation:CareWell Homecare Ltd]]). No
        seizure. {{GP}} informed, dose restarted. {{Safeguarding}} concern raised with
        {{adult social care}}.
        Reported by: [[name:Mohammed Al-Rashid]], {{RNLD}}
    """)),
    ("health", "near_miss", block("""
        [[name:Ffion Reece]] 10:02
        has anyone seen the consent form for [[name:Abdi]]'s {{flu jab}}? {{GP}} wants it before {{Thurs}}
        [[name:Marek Dvořák]] 10:05
        I thought we decided he lacked {{capacity}} for that one and it's a {{best interests}} decision?
        [[name:Ffion Reece]] 10:06
        oh god yes you're right. his sister [[name:Halima]] signed a form last yr & the surgery has
        it on file as "consent" - she doesn't have {{LPA}} for health
        [[name:Marek Dvořák]] 10:08
        so if they'd gone ahead on that form it'd have been without a proper {{MCA}} assessment.
        good catch. can you book a {{best interests meeting}}? [[name:Halima]] should def be there
        [[name:Ffion Reece]] 10:10
        will do. ringing [[organisation:Castle Street Surgery]] now to flag. logging as {{near miss}}
    """)),
    ("health", "success", block("""
        From: [[name:Ines Carvalho]] <[[email:ines.carvalho@nhs.net]]>
        To: [[name:Mark Tilbury]]
        Subject: {{Easy Read}} {{AHC}} invites - it worked!

        Hi [[name:Mark]],

        Quick update: since [[organisation:Fairbrook Surgery]] started sending our {{Easy Read}}
        {{annual health check}} invitation with a photo of the {{practice nurse}}, uptake on their
        {{LD register}} went from 41% to 78% between {{April}} and {{September}}. The practice
        manager, [[name:Joy Ashworth]], said the biggest change was phoning each person's carer a
        week before. Two people had {{cervical screening}} for the first time. Can we present
        this at the {{ICB}} {{LeDeR}} panel?

        Thanks,
        [[name:Ines]]
        {{Learning Disability Liaison Nurse}} | [[organisation:Kelsham Community LD Team]]
        Mob: [[phone:07700 900152]]
    """)),
    ("health", "incident", block("""
        Timeline - [[name:Wayne Osei]] ([[age:34]]), {{Down's syndrome}}, {{dysphagia}}
        [[date:Sat 9 Nov]]
        12:30 At a family party, given a sausage roll by a relative despite {{IDDSI level 5}} diet
        12:40 Choking episode, {{back blows}} given by brother [[name:Lloyd]]
        12:52 {{999}} called
        13:20 {{paramedics}} assess, sats 91%, conveyed to [[organisation:Kelsham General Hospital]]
        [[date:Mon 11 Nov]]
        09:00 Our team notified by the {{acute liaison nurse}}; {{aspiration pneumonia}} diagnosed
        Contributing: wider family not given updated {{SALT}} guidance after [[name:Wayne]]'s
        review in {{August}}.
        Actions: [[name:Siobhán]] ({{SALT}}) to run family training; {{hospital passport}} updated.
        Ref [[case_reference:INC-2024-05102]].
    """)),
    ("health", "near_miss", block("""
        Handover - [[date:Fri 21/06]] - [[name:Pat]] to [[name:Gabriel]]
        * Mrs [[name:Oduya]] - {{AHC}} tomorrow at [[organisation:Hillcrest Health Centre]], needs
          quiet room, {{hospital passport}} printed
        * NEAR MISS: [[name:Barnaby]]'s new {{risperidone}} dose on the {{discharge letter}}
          ({{2mg}}) did not match the {{GP}} script ({{0.5mg}}). Rang
          [[organisation:Hillcrest Health Centre]] - GP had copied the wrong line. Corrected before
          the {{pharmacy}} dispensed. {{STOMP}} review booked.
        * [[name:Rose]] - still waiting for {{audiology}}, chase
        * [[name:Lucas Fernández]] - carer [[name:Bill]] off sick, {{respite}} at
          [[organisation:The Beeches]] from {{Monday}}?
    """)),
    ("health", "success", block("""
        {{LeDeR}} Learning into Action meeting
        [[date:17 January 2025]], {{Teams}}
        Attendees: [[name:Grace Obi]] ({{Chair}}), [[name:Will Petersen]] ({{Acute Liaison}}),
        [[name:Faith Muriuki]] ({{CLDT}}), Dr [[name:Anand]] ({{GP}} lead)
        Apologies: [[name:Sunny Leigh]]

        3. Good practice - {{constipation}} project
        [[name:Faith]] reported that the {{bowel chart}} pilot in six {{supported living}} services
        has led to zero {{A&E}} attendances for constipation since {{October}}, against four the
        year before. Staff at [[organisation:Oakhill Supported Living]] asked for the chart in
        {{Easy Read}}. [[name:Will]] to share at the {{acute trust}} {{Oliver McGowan}} session.
        Actions: [[name:GO]] to write up for the {{ICB}} newsletter.
    """)),
    ("health", "incident", prose("""
        pls can someone pick this up - visited [[name:eilidh]] on
        [[organisation:nightingale ward]] at [[organisation:kelsham general]] today, she's got a
        {{dnacpr}} on her notes with the reason written as "{{learning disability}}". thats not
        ok. no {{mca}} assessment, no discussion w her mum [[name:morag]] who is her
        {{deputy}}. spoke to the {{sho}} who said the {{consultant}} did it on {{admission}}. escalated to
        {{ward manager}} [[name:kofi]] + our {{acute liaison}} [[name:will]]. i'll {{datix}} tonight.
        she's [[age:29]], no life limiting condition. hosp no [[case_reference:K4471923]]
        - [[name:lb]]
    """)),
    ("health", "near_miss", prose("""
        On [[date:Thursday 6 June 2024]] a {{phlebotomy}} sample taken at
        [[organisation:Westgate Medical Practice]] during an {{annual health check}} was nearly
        labelled with the wrong {{NHS number}}. Two men on the {{LD register}} share the name
        [[name:John Smith]] and the {{practice nurse}} selected the first record. Our {{CLDT}}
        nurse, [[name:Aoife Ní Bhriain]], was there as a {{reasonable adjustment}} and noticed the
        record said [[age:82]] when the man in front of her was [[age:44]]. The label was
        reprinted before the sample left the room; the correct number is
        [[nhs_number:366 054 8669]]. Had it not been caught, a raised {{HbA1c}} would have gone to
        the wrong record and a new {{type 2 diabetes}} diagnosis could have been missed. The
        practice has added a {{photo ID}} alert to both records. Logged on {{Datix}} as
        [[case_reference:NM-0662]].
    """)),
    ("health", "success", block("""
        [[date:03/09/2024]], 16:12 - [[name:Sharon]] ({{Carer}}): He did it!!! [[name:Jamal]] had his
        teeth cleaned at the {{special care dental}} clinic, first time in 6 yrs 😭
        [[date:03/09/2024]], 16:14 - Nurse [[name:Priya]]: Amazing!! So proud of him. Did the
        {{visual timetable}} help?
        [[date:03/09/2024]], 16:15 - [[name:Sharon]] ({{Carer}}): yes + the {{sensory}} visit last wk
        where he just sat in the chair. {{Dentist}} Mr [[name:Kowalski]] was brilliant, let him
        hold the mirror. no {{general anaesthetic}} needed
        [[date:03/09/2024]], 16:17 - Nurse [[name:Priya]]: I'll tell the team. Can I put it in our
        {{good news bulletin}} without his name?
        [[date:03/09/2024]], 16:18 - [[name:Sharon]] ({{Carer}}): course u can xx
    """)),
    ("health", "incident", block("""
        From: [[name:Tendai Moyo]]
        Sent: [[date:Monday, 13 May 2024]] 17:41
        To: {{CLDT Team Leads}}
        Subject: {{IG}} incident - {{hospital passport}} left on bus

        Hi both,

        Reporting an {{information governance}} incident. A paper {{hospital passport}} for
        [[name:Philippa Gaunt-Orme]] was left on the bus by a support worker from
        [[organisation:Unity Care Partnership]] after her {{ECG}} appointment. It contains her
        {{NHS number}}, address, {{epilepsy}} plan and {{DNACPR}} status. A passenger handed it to
        the driver and [[organisation:Kelsham Buses]] returned it the next day. The agency is
        investigating; [[name:Philippa]] and her dad, [[name:Clive]], have been told.
        IG ref [[case_reference:IG-24-0319]]. Suggest we push the {{digital passport}} instead.

        [[name:Tendai]]
        [[name:Tendai Moyo]] | {{Team Leader}} | [[phone:01632 960582]]
    """)),
    ("health", "near_miss", block("""
        {{AHC}} catch-up clinic - [[organisation:Brookfield Surgery]] - [[date:Wed 5 March]]

        Time | Patient | Adjustments | Nurse
        09:00 | [[name:Gwen Llewellyn]] | {{hoist}}, 40 min slot | [[name:AK]]
        09:45 | [[name:Thabo Dlamini]] | {{BSL interpreter}} booked | [[name:AK]]
        10:30 | [[name:Amber Hughes]] | {{last slot only}} | [[name:RF]]

        Near miss: [[name:Amber Hughes]]'s {{hospital passport}} says last appointment of the day
        only, as a busy waiting room triggers her {{PTSD}}, but she was booked at 10:30.
        [[name:RF]] spotted it at 08:15 and swapped her with the 16:30 {{phlebotomy}} slot.
        Reception could not see the {{reasonable adjustment flag}} on the system.
    """)),
    ("health", "success", prose("""
        We want to record good practice at [[organisation:St Winifred's Hospital]] on
        [[date:24 April]], when Mr [[name:Yusuf Hassan]] ([[age:63]]) was admitted for a planned
        {{colonoscopy}}. The {{acute liaison nurse}}, [[name:Bea Thornton]], met him and his
        {{advocate}} at the entrance. The ward used his {{hospital passport}} to plan a side room
        and let him keep his {{weighted blanket}}, and the {{anaesthetist}} explained
        {{sedation}} using the pictures we had sent. {{Bowel prep}} was done at home with daily
        calls from our {{Community Nurse}}, [[name:Gareth]]. Mr [[name:Hassan]] said it was "not
        scary at all". A {{polyp}} was removed and he went home the same evening.
    """)),
    ("health", "incident", prose("""
        incident - just found out [[name:dom]] ([[age:38yo]]) was taken OFF the {{ld register}}
        at [[organisation:riverbank practice]] when they merged systems in {{feb}}. so no {{ahc}}
        for 2 yrs + no {{flu}} invite. hes got {{down's}} + {{hypothyroid}}, last {{tsh}} was ages
        ago. rang practice, reception said "he's not coded". re-coded today. his mum
        [[name:jackie]] furious & fair enough. worried there's others - asked {{practice manager}}
        [[name:dev]] to run a search against our caseload. {{datix}}
        [[case_reference:INC-2024-06228]], nhs no [[nhs_number:282 199 5229]] - [[name:gm]]
    """)),
    ("health", "success", block("""
        Thank you card (typed up for the {{compliments log}})

        To [[name:Joy]], [[name:Rashida]] and everyone at the [[organisation:Kelsham Community LD Team]],
        Thank you for helping our [[name:Tommy]] get his heart checked. We didn't know his
        {{annual health check}} was even a thing until [[name:Joy]] came and sorted the {{ECG}}
        with the {{GP}}. The {{echo}} found a {{valve}} problem and the {{cardiologist}} says he'll
        have it fixed at [[organisation:Northfield Heart Centre]] in the {{spring}}. You never once
        talked over him.
        Love from [[name:Mags]] and [[name:Tommy Brennan-Lacey]] xx

        Logged by: [[name:R. Chaudhry]], [[date:8/12/24]]
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        RT transcript extract - [[date:14/08/2024]] - {{TWR}} / {{GND}}
        1542:10 {{GND}}: {{Ops 3}}, proceed to holding point {{Alpha 2}}, hold short {{runway 27}}.
        1542:18 {{Ops 3}}: Hold short 27 at Alpha 2, Ops 3.
        1543:02 {{TWR}}: [[flight_number:Northwind 3318]], runway 27, cleared to land, wind 250 degrees 8 knots.
        1543:05 [[flight_number:Northwind 3318]]: Cleared to land 27, [[flight_number:Northwind 3318]].
        1543:20 {{GND}}: Ops 3, STOP, STOP, you are past the holding point.
        1543:23 Ops 3: Stopping... Ops 3 stopped.
        1543:25 {{TWR}}: [[flight_number:Northwind 3318]], go around, vehicle on the runway.

        Notes: [[flight_number:NWR3318]] went around from about 400 ft. Vehicle
        [[vehicle_registration:KX68 FZP]], driver [[name:Callum Reid-Ferguson]], {{ADP}}
        [[case_reference:ADP-1187]], crossed the {{stop bar}} by about 10 m. {{MOR}} submitted to
        the {{CAA}}, ref [[case_reference:MOR-2024-0821]]. Driver stood down pending retraining.
    """)),
    ("aviation", "near_miss", prose("""
        {{fod}} walk 0545 - found a bundle of bag tags and a 30cm metal strip on {{stand 7}} right
        behind where [[flight_number:SKY452]] was about to push. told [[name:rui]] on the {{tug}} to
        hold. strip looks like its off a {{baggage dolly}} from [[organisation:apex ground services]].
        bagged it, photos on the {{fod}} log [[case_reference:FOD-0932]]. aircraft
        [[aircraft_registration:G-SKYM]] pushed 10 mins late, no damage. stand had been "checked" by
        the {{dispatcher}} (initials [[name:tb]]) - clearly not. need a proper {{FOD}} check b4
        every push not just a glance from the {{headset}} position. - [[name:Danny]]
    """)),
    ("aviation", "success", prose("""
        Shout-out to [[name:Grace Ekwueme]] on the {{wildlife control}} team. On
        [[date:Sunday 6 October]] she spotted a flock of about 200 {{lapwing}} settling on the
        grass between {{taxiway Bravo}} and the runway at 06:50, ten minutes before the first
        departure, [[flight_number:SKY101]]. She called {{ATC}}, used {{distress calls}} and a
        {{pyrotechnic}} cartridge from the {{Land Rover}}, and the area was clear by 06:58 with no
        delay. [[name:Grace]] also noticed the grass had been cut too short by the contractor,
        [[organisation:Greenline Grounds Maintenance]], which attracts lapwing, so the
        {{long grass policy}} is being re-briefed. Nice one [[name:Grace]]!
        - [[name:Tariq]], {{Airside Safety Manager}}
    """)),
    ("aviation", "incident", block("""
        AIRSIDE INCIDENT REPORT
        Report no: [[case_reference:ASR-24-0377]]
        Date/time: [[date:21 March 2024]], 11:05
        Location: {{Stand 12}}, {{West Apron}}
        Aircraft: {{ATR 72-600}} [[aircraft_registration:G-NWRB]] ([[flight_number:NWR241]])
        Vehicle: {{GPU}}, [[vehicle_registration:WR17 LNX]]
        Driver: [[name:Stanisław Nowak]], [[organisation:Apex Ground Services]], {{ADP}} [[case_reference:ADP-2290]]

        Description: {{GPU}} driven onto the stand while the aircraft {{anti-collision beacon}}
        was still on. Driver did not wait for {{chocks}} or the {{marshaller}}'s signal. GPU
        stopped about 2 m from the left {{wingtip}}. No contact.
        Immediate action: {{ADP}} suspended, {{handling agent}} notified, {{MOR}} filed.
        Reporter: [[name:Fiona Mac an tSaoir]], {{Duty Airside Operations Officer}}
    """)),
    ("aviation", "near_miss", block("""
        Airside Ops (WhatsApp) - [[date:08/07/2024]]
        13:02 [[name:Jonno]]: anyone know why there's a contractor van on {{taxiway Charlie}} with no escort??
        13:03 [[name:Mei-Ling Chua]]: which one
        13:03 [[name:Jonno]]: white transit, [[vehicle_registration:BD20 XUR]], says [[organisation:Hendry Civils]] on the side
        13:05 [[name:Mei-Ling Chua]]: they're on the {{AGL}} works but their escort [[name:Bill]] went for a brew. ffs
        13:05 [[name:Mei-Ling Chua]]: {{Tower}} told, they're holding [[flight_number:SKY318]] on stand
        13:07 [[name:Jonno]]: I'm there now, leading them back to the {{works area}}. no {{ADP}} on the dash either
        13:08 [[name:Jonno]]: the {{NOTAM}} says those works are {{night only}} anyway??
        13:10 [[name:Patience Asante]]: I'll raise the {{near miss}} and pull {{works permit}}
        [[case_reference:WP-24-118]]. nobody goes back on Charlie without my say so
    """)),
    ("aviation", "success", block("""
        From: [[name:Ahmad Karimi]] <[[email:a.karimi@kelshamairport.co.uk]]>
        To: {{Airside Ops All}}
        Date: [[date:Sat 27 July 2024]]
        Subject: Thank you - {{Stand 4}} fuel spill

        All,

        A quick thanks for last night. At 22:40 a {{bowser}} from [[organisation:AeroFuel UK]]
        spilled about 60 litres of {{Jet A-1}} on {{Stand 4}} while fuelling
        [[aircraft_registration:G-NWRF]]. [[name:Rose Adebayo]] stopped fuelling at once,
        [[name:Kieran]] called the {{RFFS}} through {{ATC}} and had {{spill kits}} down within four
        minutes, and the stand was closed, cleaned and reopened by 23:35. Passengers were held at
        the gate so nobody walked through it. [[flight_number:NWR559]] left 40 minutes late but
        safely.

        [[name:Ahmad]]
        [[name:Ahmad Karimi]]
        {{Head of Airside Operations}}, [[organisation:Kelsham Airport]]
    """)),
    ("aviation", "incident", block("""
        {{Bird strike}} - chronology
        [[date:Tue 10 Sept]]
        07:12 [[flight_number:SKY207]] ({{A320}}, [[aircraft_registration:G-SKYR]]) reports a bird strike on rotation, {{runway 09}}
        07:14 {{ATC}} advises {{Ops}}; {{wildlife controller}} [[name:Mateo]] to the runway
        07:20 {{Runway inspection}} - remains of two {{herring gulls}} at the 1,200 m mark
        07:25 Aircraft continues, engine indications normal
        07:40 Runway reopened
        09:30 Engineers at destination find a damaged {{fan blade}}; aircraft {{AOG}}
        Notes: {{bird patrol}} last swept at 06:30 and logged gulls over the landfill to the east.
        Gull numbers up since [[organisation:Brakeley Landfill]] started extended hours.
        {{MOR}} [[case_reference:MOR-2024-0904]]. Wildlife hazard assessment to be reviewed by
        [[name:Mateo]] and the {{Airside Safety Manager}}.
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:Friday 15 November]] at about 16:20 an inbound {{Embraer 195}},
        [[flight_number:NWR872]], was marshalled onto {{Stand 9}} by a trainee {{marshaller}} who
        gave the stop signal about 3 m late. The {{nose wheel}} stopped past the {{stop line}} and
        the right wingtip came within 1.5 m of the {{airbridge}}. The supervisor,
        [[name:Rhiannon]], was on the stand but watching a {{baggage tug}} that had entered the
        {{ERA}}. The {{VDGS}} on {{Stand 9}} had been out of service for a week. No contact. The
        trainee, [[name:Oskar Lindgren]], reported the event himself. Actions: VDGS repair
        escalated to [[organisation:Kelsham Airport]] engineering; trainees not to marshal
        {{Code C}} aircraft onto contact stands without a second supervisor present.
        Ref [[case_reference:ASR-24-0455]].
    """)),
    ("aviation", "success", prose("""
        big up [[name:sunny]] on nights - did the {{runway inspection}} at {{0310}} and found a
        {{runway edge light}} lens cracked n sticking up. got {{electrical}} out and had it fixed
        b4 the first {{mail flight}} [[flight_number:PXM401]] came in at {{0445}}. wouldve been {{FOD}} for
        sure. logged [[case_reference:FOD-0977]]. proper job mate 👍 - [[name:lee]] ({{duty mgr}})
    """)),
    ("aviation", "incident", block("""
        {{Airside Safety Committee}} - minutes
        Date: [[date:4 December 2024]]
        Present: [[name:Tariq Mahmood]] ({{Chair}}), [[name:Hope Kinsella]] ({{Airside Compliance}}),
        [[name:Joy Adeleke]] ({{RFFS}}), [[name:Mark Tennant]] ([[organisation:Apex Ground Services]])
        Apologies: [[name:Faith Oduro]] ({{ATC}})

        4. Incidents
        4.1 [[case_reference:ASR-24-0502]] - {{tug}} hit a {{baggage cart}} train on the
        {{service road}} near {{Stand 2}}. Driver held an {{ADP}} but not the {{tug endorsement}}.
        [[name:Mark]] confirmed [[organisation:Apex]] has since audited all endorsements and found
        6 drivers towing without one.
        4.2 Speeding: 14 vehicles over 20 mph on the {{airside road}} in {{November}}; worst was
        [[vehicle_registration:LM19 PKE]] at 34 mph.
        Actions: [[name:HK]] to reissue the {{Airside Driving Rules}}; [[name:Mark]] to send
        training records by [[date:18/12]].
    """)),
    ("aviation", "near_miss", block("""
        RT extract - [[date:02/05/2024]] - {{Ground}}
        09:31:04 [[flight_number:Skylark 612]]: Ground, [[flight_number:Skylark 612]], stand 11, request taxi.
        09:31:10 {{GND}}: [[flight_number:Skylark 612]], taxi holding point {{Alpha 1}} via {{Bravo}}, {{Charlie}}.
        09:31:16 [[flight_number:Skylark 612]]: Alpha 1 via Bravo, Charlie, [[flight_number:Skylark 612]].
        09:33:40 {{Ops 2}}: Ground, Ops 2, be advised taxiway Charlie is closed, works in progress.
        09:33:48 {{GND}}: [[flight_number:Skylark 612]], STOP, hold position.
        09:33:52 [[flight_number:Skylark 612]]: Holding, [[flight_number:Skylark 612]].
        09:34:20 {{GND}}: [[flight_number:Skylark 612]], apologies, taxi via Bravo, {{Delta}}, holding point Alpha 1.

        Notes: Charlie closed by {{NOTAM}} for {{AGL}} works. Ops 2 ([[name:Yaw Boateng]]) saw the
        {{A319}} ([[flight_number:SKY612]]) turning towards the {{works barriers}}. Stopped about
        80 m short. Ref [[case_reference:ASR-24-0219]].
    """)),
    ("aviation", "success", block("""
        To: [[name:Keeley Armitage]], {{Airside Works Coordinator}}
        From: [[name:Ben Osagie-Kane]], {{Project Manager}}, [[organisation:Hendry Civils Ltd]]
        Re: {{Runway 09/27}} {{rubber removal}} and {{AGL}} replacement - close-out, [[date:30 June 2025]]

        [[name:Keeley]],

        Thanks to you and the airside team for 22 nights of works with no runway incursions and
        no {{FOD}} found after handback. The {{runway handback}} checklist your team brought in,
        with [[name:Will]] and [[name:Amber]] doing a joint sweep with our {{foreman}}, caught a
        spanner and a cone base on night 9 before the runway reopened. Our operatives said
        [[name:Keeley]]'s {{toolbox talks}} were the clearest they've had on any airport job.

        Regards,
        [[name:Ben]]
    """)),
    ("aviation", "incident", block("""
        Ops handover - nights to days, [[date:Mon 20/01]]
        - {{LVPs}} in force 0200-0640, {{CAT III}} ops.
        - INCIDENT: [[organisation:Apex Ground Services]] tug [[vehicle_registration:YF66 RDO]] found
          parked on the edge of {{taxiway Delta}} at 0415, driver gone to the {{terminal}}.
          {{ILS}} {{critical area}} not breached but close. Driver [[name:Gaz]]
          ([[organisation:Apex]]) - {{ADP}} [[case_reference:ADP-3051]] withdrawn, incident
          [[case_reference:ASR-25-0014]].
        - [[name:Shirin]] still has the {{bird scaring}} vehicle keys.
        - {{Stand 6}} {{floodlight}} out - reported to engineering.
        Handed over: [[name:Oluwadamilare]] to [[name:Carys P.]]
    """)),
    ("aviation", "near_miss", block("""
        Airside vehicle permit spot check - {{Gate 3}} {{Security Search}} - [[date:19/03/25]]

        Reg | Company | {{AVP}} no | Issue
        [[vehicle_registration:HN21 OKW]] | [[organisation:Hendry Civils]] | [[case_reference:AVP-0441]] | expired [[date:28/02/25]]
        [[vehicle_registration:PJ70 TXA]] | [[organisation:AeroFuel UK]] | [[case_reference:AVP-0189]] | no {{obstruction light}}
        [[vehicle_registration:SV18 GZC]] | [[organisation:Sky Catering Co]] | [[case_reference:AVP-0512]] | no {{beacon}} fitted

        3 of 27 vehicles stopped would have gone airside non-compliant. The expired permit had
        been waved through at {{Gate 3}} the week before by an agency {{security officer}}.
        Checked by [[name:Precious Mbatha]] and [[name:J. Kowalewski]]. Logged as a {{near miss}}.
    """)),
    ("aviation", "success", block("""
        [[name:Chloe Fairweather]] 14:02
        {{FOD bins}} data is in 🙌 38 kg collected on the apron in {{August}} vs 12 kg last year
        [[name:Sergei Volkov]] 14:04
        thats the new {{FOD Boss}} sweeper + the bins at every stand?
        [[name:Chloe Fairweather]] 14:05
        yep and [[name:Faith]]'s "FOD of the week" photo on the {{crew room}} tv
        [[name:Faith Mwangi]] 14:07
        ha 😂 the handlers love it. [[organisation:Apex]] asked if they can do it at their other stations
        [[name:Sergei Volkov]] 14:09
        zero {{FOD}}-related {{engine damage}} reports this summer too. putting it in the {{SMS}}
        review for the {{CAA}}
    """)),
    ("aviation", "incident", prose("""
        At 21:47 on [[date:Saturday 12 April]] the crew of [[flight_number:NWR903]], an
        {{ATR 72}} registered [[aircraft_registration:G-NWRK]], reported a {{muntjac}} deer on the
        runway on final approach and carried out a {{go-around}}. {{Wildlife control}} officer
        [[name:Faisal Qureshi]] found the deer near the {{PAPIs}} and it was removed. A gap under
        the {{perimeter fence}} was found beside the contractor compound used by
        [[organisation:Marlow & Byrne Groundworks]], where the fence had been lifted to run a
        cable and not reinstated. The aircraft landed safely on its second approach.
        [[name:Faisal]] had reported the fence on the {{Friday}} but the email sat in the works
        inbox over the weekend. {{MOR}} ref [[case_reference:MOR-2025-0412]]; fence inspections
        are now daily during works.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind272", REPORTS))
