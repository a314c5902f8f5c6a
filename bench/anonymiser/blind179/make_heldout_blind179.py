"""Held-out blind corpus 179: just-culture incident, near-miss and learning reports.

Settings: a local authority fostering team's recruitment and assessment (Form F) workers
(social_care); a sexual assault referral centre (SARC) with forensic nurse examiners, crisis
workers and ISVAs (health); an airport's baggage hall and lost luggage desk (aviation).
Written blind, the way UK staff type: careful narratives, rushed lower-case notes with typos
and no apostrophes, chronologies, e-mails with headers and signatures, Teams/WhatsApp exports,
incident forms, handover tables, minutes with attendance lists, debriefs, thank-you notes,
tech log entries and a ramp radio transcript. Every person, place and number is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind179.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        On [[date:14 March 2024]] I completed the fourth {{Form F}} session with [[name:Tariq Hussain]]
        and [[name:Nadia Hussain]] at their home, [[address:27 Larkspur Rise, Holmbrook]],
        [[postcode:HX3 8RN]]. I then drove on to a second visit and left my work bag on the back
        seat of my own car ([[vehicle_registration:FY19 KTD]]) while I collected my son from
        after-school club. When I got back the rear window had been smashed and the bag was gone.
        It held my handwritten session notes, a printed copy of the {{GP medical}} summary for
        [[name:Nadia]], and the couple's {{DBS}} certificate numbers. The laptop is encrypted and
        was in the boot, so it was not taken. I reported it to {{the police}} that evening (crime
        ref [[case_reference:WY/24/118342]]) and rang {{the team manager}}, [[name:Gareth Lewis-Owen]],
        at 19:10. {{Information Governance}} were told the next morning and decided it had to be
        reported to {{the ICO}}. [[name:Tariq]] and [[name:Nadia]] were told in person by
        [[name:Gareth]] and me. Learning for me and the team: paper notes should be scanned at the
        end of each visit and never left in a car. I had got into the habit of carrying paper
        because my tablet keeps dropping the {{VPN}} in rural areas. [[name:Ffion Pritchard]],
        {{assessing social worker}}
    """)),
    ("social_care", "near_miss", block("""
        near miss - nearly sent form f to wrong person

        was finishing the [[name:okafor]] {{form f}} late last nite for {{panel}} papers. went to
        email it to the {{panel adviser}} [[email:sandra.oduya@kelsworth.gov.uk]] and outlook
        autofilled [[email:sandra.oduah@outlook.com]] instead (applicant from last yr, nearly same
        name). only noticed cos the yellow external banner came up. didnt send.
        the draft had the full health history for [[name:chidi]] and [[name:ngozi]] from the
        {{medical adviser}} plus the ex husband reference. wouldve been a proper breach

        suggest: clear the outlook autocomplete list, use the {{secure email}} button for anything
        going outside, and panel admin send the papers from {{the shared mailbox}} not us
        - [[name:Bex]]
    """)),
    ("social_care", "success", prose("""
        Shout-out to [[name:Marguerite O'Hara]] and the {{Skills to Foster}} trainers! Our
        applicant [[name:Kofi Boateng]] is profoundly Deaf and nearly withdrew after the first
        evening because the booked {{BSL interpreter}} cancelled at an hour's notice. [[name:Marguerite]]
        moved the whole course to [[organisation:Brackenfield Deaf Centre]] on {{Saturday}} mornings,
        booked two interpreters so they could swap every 20 minutes, and asked our
        {{foster carer mentor}} [[name:Lindiwe Moyo]] to co-deliver the {{safer caring}} session.
        [[name:Kofi]] said it was the first training he had ever done where he "wasn't the problem
        in the room". He has finished {{stage one}} and his {{Form F}} assessor starts on
        [[date:2 May]]. A great example of {{reasonable adjustments}} done properly rather than
        grudgingly. Thanks [[name:Marg]]! [[name:Jas]] ({{recruitment officer}})
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM
        Service: [[organisation:Harrowfield Fostering Service]] - Recruitment & Assessment
        Reported by: [[name:Priya Raman]], {{Senior Practitioner}}
        Date identified: [[date:09/01/2024]]
        Category: Statutory checks

        Description: At {{fostering panel}} on [[date:08/01/2024]] the {{panel adviser}} noticed
        that the applicants' birth son, [[name:Callum Dobbs]] (DOB [[date_of_birth:21/11/2005]]),
        turned 18 during the assessment but no adult {{DBS}} check had been requested for him.
        The {{Form F}} still listed him as a child of the household. Panel deferred.

        Immediate action: DBS application submitted same day (ref [[case_reference:E0094417362]]).
        Applicants [[name:Kayleigh Dobbs]] and [[name:Stuart Dobbs]] told by phone on
        [[phone:07700 900318]].

        Contributing factors: no prompt in {{Mosaic}} for household members turning 18;
        assessor holding 9 assessments; checklist last reviewed 2019.

        Actions: household checks tracked by date of birth, not age at enquiry; "turns 18 before
        panel?" added to the {{stage one}} checklist; {{Agency Decision Maker}} informed.
    """)),
    ("social_care", "incident", block("""
        LEARNING REVIEW - Recruitment & Assessment Team
        [[date:Tuesday 6 February 2024]], 10:00, Room 2B, [[organisation:Kelsworth Civic Centre]]

        Present: [[name:Gareth Lewis-Owen]] (Team Manager, chair), [[name:Priya Raman]] ({{Senior Practitioner}}), [[name:Oisín Kavanagh]], [[name:Shabnam Akhtar]] (assessing social workers),
        [[name:Dave Jessop]] ({{Panel Adviser}})
        Apologies: [[name:Bex Thornton]]
        Minutes: [[name:Elif Demir]] (business support)

        1. Applicant [[name:Marcus St Clair-Brown]], case [[case_reference:FOS-A-0388]].
        2. What happened: the {{Form F}} went to panel saying "no significant previous
        relationships". After approval an anonymous caller said [[name:Marcus]] had a six-year
        relationship and a child. He confirmed it. No {{ex-partner reference}} had been sought.
        3. Discussion: [[name:OK]] said the chronology came only from the applicant's own account.
        The {{local authority check}} with [[organisation:Southmere Borough Council]], where he
        lived 2012-2018, was never sent because our request form only asks for current address.
        4. Actions: {{CoramBAAF}} ex-partner guidance re-circulated ([[name:PR]]); LA check form to
        ask for every address in the last ten years ([[name:DJ]]); {{Agency Decision Maker}}
        briefed and case back to panel for review ([[name:GLO]]).
        Next meeting [[date:5 March 2024]].
    """)),
    ("social_care", "near_miss", block("""
        Teams chat - R&A team channel (exported for near miss report)

        [17:58] [[name:Oisín Kavanagh]]: anyone still on? [[name:Shab]] was due back from her eve visit at 5.30 and isnt answering
        [18:04] [[name:Elif Demir]]: shes not on the {{lone working}} board, didnt sign out?
        [18:05] [[name:Oisín Kavanagh]]: think she went straight from the drop-in at [[organisation:Fernlea Family Hub]]
        [18:11] [[name:Elif Demir]]: tried her mobile [[phone:07700 900542]], straight to voicemail
        [18:19] [[name:Gareth Lewis-Owen]]: ok escalating per the {{lone working policy}}. Address from {{Mosaic}} is [[address:4 Quarry Bank Cottages, Netherby]] [[postcode:DL8 2HQ]], ringing {{the applicants}} now
        [18:27] [[name:Gareth Lewis-Owen]]: all fine. shes still there, phone on silent in her bag, [[name:Tomasz]] had a lot to say about his childhood
        [18:31] [[name:Shab]]: sorry all!!! mortified

        Learning ([[name:GLO]]): for about half an hour nobody knew where a worker was. Evening visits go on the board and use the {{SafeWork}} check-in on the {{work mobile}}. Near miss only because she was safe.
    """)),
    ("social_care", "incident", block("""
        From: Dr [[name:Hannah Goldberg]] <[[email:hannah.goldberg7@nhs.net]]>
        To: [[name:Priya Raman]] <[[email:priya.raman@harrowfield.gov.uk]]>
        Subject: RE: Panel [[date:18 April]] - [[name:Tunde]] and [[name:Folake Adeyemi]] - medical
        Sent: [[date:Wed 10 Apr 2024]] 16:42

        [[name:Priya]],

        I have just read the panel papers for [[name:Tunde]] and [[name:Folake]]. My {{AH form}}
        summary (sent [[date:12 February]]) recorded that [[name:Folake]] had two admissions to
        [[organisation:Ashgrove Mother and Baby Unit]] with {{postnatal depression}} in 2016 and is
        still on {{sertraline}}. Section C of the {{Form F}} says "no mental health history".

        I don't think this rules her out at all, but the panel has to see it, and the papers have
        already gone to all nine members. Please could you and {{the team manager}} agree an
        addendum today and let {{the panel chair}} know.

        [[name:Hannah]]

        Dr [[name:Hannah Goldberg]]
        {{Medical Adviser}} to the {{fostering panel}}
        [[organisation:Kelsworth Community Paediatrics]] | [[phone:01632 960447]]
    """)),
    ("social_care", "success", block("""
        Chronology - [[name:Jaswinder Kaur Sandhu]] and [[name:Harjit Sandhu]], [[case_reference:FOS-A-0412]]

        [[date:03/07/23]]  website enquiry; rung back same afternoon by [[name:Mo Ahmed]] ({{recruitment officer}})
        [[date:12/07/23]]  {{initial home visit}}
        [[date:04/09/23]]  {{Skills to Foster}} completed
        [[date:11/09/23]]  {{stage one}} checks started: {{DBS}} x3, {{LA checks}}, {{GP medical}}, six referees
        [[date:13/09/23]]  ID seen; NI nos [[ni_number:JR 62 19 84 A]] and [[ni_number:TM730428B]] verified for both applicants
        [[date:02/10/23]]  {{Form F}} sessions 1-8 booked in one go
        [[date:14/12/23]]  Form F signed off by {{Senior Practitioner}}
        [[date:08/01/24]]  {{fostering panel}}: unanimous recommendation
        [[date:15/01/24]]  {{ADM}} decision: approved, 0-2 yrs, two placements

        What went well: assessor [[name:Seren ap Gwilym]] booked every referee visit in the first
        fortnight, chased medicals weekly and shared a tracker with the couple so [[name:Jas]] and
        [[name:Harjit]] always knew what was outstanding. Six months from enquiry to approval,
        against a team average of nine.
    """)),
    ("social_care", "incident", block("""
        WhatsApp export (personal phones) attached to IR [[case_reference:IR-2024-0219]]

        [12/02/2024, 09:14] [[name:Kezia Lovell]]: morning! laptop wont connect so sending the ID for the [[name:Nowak]] stage 1 here so u can sign it off
        [12/02/2024, 09:14] [[name:Kezia Lovell]]: <image omitted>
        [12/02/2024, 09:15] [[name:Kezia Lovell]]: thats the passport for [[name:Zofia Nowak]] and her NI letter [[ni_number:SH 48 19 20 C]], DOB [[date_of_birth:30/06/1987]]
        [12/02/2024, 09:31] [[name:Rich]]: [[name:Kez]] please delete these now, we cant have ID docs on whatsapp. ringing you
        [12/02/2024, 09:33] [[name:Kezia Lovell]]: oh god sorry, deleted

        Manager note ([[name:Richard Pereira]], {{Team Manager}}): photos deleted from both phones
        and backups. {{Data Protection Officer}} advised not reportable to {{the ICO}}. Root cause:
        [[name:Kezia]] had waited three days for an {{IT service desk}} fix. Staff to use the
        {{Mosaic}} secure upload from the {{work mobile}} instead.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - [[name:Seren ap Gwilym]] to [[name:Oisín Kavanagh]] (leave [[date:29 July]] to [[date:16 August]])

        Applicants | Stage | Next step | Flags
        [[name:Amara]] & [[name:Daniel Obi]] | stage 2, session 5 of 8 | {{ecomap}} visit [[date:31/07]] | none
        [[name:Grzegorz Kowalczyk]] | stage 1 | chase {{LA check}} from [[organisation:Penmorra County Council]] | none
        [[name:Temperance Hale]] | stage 2, session 2 | referee visits | none
        [[name:Yusuf Abdi]] & [[name:Hodan Warsame]] | stage 1 | waiting {{DBS}} | none

        Manager note ([[name:Gareth Lewis-Owen]], [[date:1 August]]): checking the list against
        {{Mosaic}} I found [[name:Grzegorz]] had fostered for [[organisation:Brightpath Fostering]] and left in
        2021 after a {{LADO}} referral. It was in the {{previous agency reference}} received
        [[date:19 July]] but not on the handover. [[name:Oisín]] would have gone out without knowing.
        Caught before harm. Learning: add a column "new information since last visit"; previous
        agency references logged as a {{case alert}}.
    """)),
    ("social_care", "success", block("""
        Dear [[name:Shabnam]],

        We just wanted to say thank you. When we first rang the {{fostering team}} we were sure we
        would be turned down because [[name:Wojtek]]'s English is not perfect and we live in the flat
        above our shop. You never made us feel like that. You explained the {{Form F}} in plain
        words, let us do two sessions in Polish with [[name:Agnieszka]]'s sister [[name:Beata]]
        helping, and then checked with a proper {{interpreter}} that nothing had been lost. You told
        us honestly what {{panel}} might worry about. On [[date:Thursday 23 May]] the {{panel chair}}
        said our {{safer caring policy}} was one of the best she had read, and that was you pushing
        us to write it ourselves instead of copying the template.

        Our first little one, aged [[age:4]], comes to us next week. We are nervous and very happy.

        With love,
        [[name:Agnieszka]] & [[name:Wojtek Zieliński]]
        [[address:Flat 2, 118 Mill Lane, Kelsworth]] [[postcode:WF7 3DL]]
    """)),
    ("social_care", "incident", block("""
        Debrief notes - disclosure of kinship carer's address, [[case_reference:CP-2024-117]]
        Facilitator: [[name:Anand Mistry]], {{Practice Development Lead}}

        Background: {{Regulation 24}} temporary approval of maternal grandmother [[name:Bernadette Rourke]]
        ("[[name:Bernie]]", [[age:61]]) for [[name:Lacey-Mae]], aged [[age:3]], pending a full {{Form C}}.

        What happened: on [[date:27/03/2024]] the {{viability assessment}} outcome letter went to
        [[name:Lacey-Mae]]'s mother, copied to [[name:Bernie]]. A template merge field pulled
        [[name:Bernie]]'s address, [[address:9 Tanner's Row, Oakhurst]] [[postcode:BB4 6WJ]], into the
        mother's copy. The mother's partner, who is subject to a {{non-molestation order}}, lives with her.

        Immediate actions: {{the police}} informed same day, {{MARAC}} referral, safety plan with
        [[organisation:Oakhurst Women's Aid]], {{panic alarm}} fitted [[date:28/03]].

        Why: the letter was built in a rush by a covering worker; template not designed for
        two-party letters; nobody checked the copy.

        Learning: no address merge fields in letters going to more than one party; a second check
        by {{business support}} on all {{connected persons}} correspondence.
    """)),
    ("social_care", "success", block("""
        LEARNING FROM EXCELLENCE
        Nominated: [[name:Yusuf Abdi]] ({{recruitment officer}}) and [[name:Iqra Shafiq]] ({{foster carer}})
        Nominated by: [[name:Gareth Lewis-Owen]]

        What happened: During {{Ramadan}} [[name:Yusuf]] and [[name:Iqra]] ran four evening
        information sessions after iftar at [[organisation:Masjid al-Noor]] on [[address:Corporation Street]],
        with the imam's blessing and halal food from a local caterer. [[name:Iqra]] spoke about
        fostering a teenage boy with {{UASC}} status and answered questions about {{same-culture placements}}, {{Sharia}} and {{kafala}}.

        Result: 11 enquiries and 4 {{initial home visits}}; two households now in {{stage two}}.
        Last year we had one Muslim enquiry in the whole year.

        Why it worked: the message came from a carer the community already trusted, and
        [[name:Yusuf]] followed up by phone within 48 hours rather than by post.
        Share with: {{Fostering Network}} regional group.
    """)),
    ("social_care", "near_miss", prose("""
        On {{Saturday}} [[date:8 June]] I ran the fostering stall at the summer fair at
        [[organisation:St Aidan's Community Centre]] with [[name:Mei-Ling Chow]]. We used a paper
        sign-up sheet for people wanting a call-back. At 3pm we packed down in a hurry because of
        the rain and the clipboard was left on the table. One of the centre volunteers, [[name:Sunny
        Bhatti]], found it at 5pm and rang the number on our banner, which goes to the duty phone.
        It had 14 names, mobile numbers and some e-mail addresses on it, including one lady who had
        written that she was a {{care leaver}} herself. [[name:Mei-Ling]] drove back and collected
        it; [[name:Sunny]] confirmed nobody else had picked it up. Nothing was lost, so it was
        logged as a near miss with {{Information Governance}} ([[case_reference:IG-NM-0633]]).
        Learning: we now use the {{QR code}} form on the tablet at events, paper only as a backup,
        and the paper sheet stays in the {{locked cash box}}. Any sheet gets photographed into the
        {{CRM}} and shredded the same day. [[name:Dominika Wrobel]], {{recruitment officer}}
    """)),
    ("social_care", "success", block("""
        Supervision record (extract) - [[name:Ioana Popescu]] / {{supervisor}} [[name:Priya Raman]]
        Date: [[date:11/10/2024]]

        Case: applicant [[name:Jade Kirkbride]], [[age:27]], {{care leaver}} (looked after by
        [[organisation:Southmere Borough Council]] from age 9 to 18).

        Discussion: [[name:Ioana]] described how she planned the {{Form F}} sessions on [[name:Jade]]'s own
        childhood. Instead of asking [[name:Jade]] to retell her history she got consent to read her
        {{care records}} first, then let [[name:Jade]] choose which parts to talk about. They used a
        {{timeline}} rather than a {{genogram}} as [[name:Jade]] found family trees upsetting.
        [[name:Jade]]'s {{personal adviser}} was a referee.

        [[name:PR]] reflection: this is the most thoughtful analysis of {{resilience}} and {{attachment}} I
        have seen this year. [[name:Jade]] said she felt "assessed as an adult, not a case".
        Action: [[name:Ioana]] to present the approach at the {{practice forum}} in November.
    """)),
    ("social_care", "incident", block("""
        IT service ticket [[case_reference:INC0774512]] - raised by [[name:Elif Demir]], business support
        Priority: high (data breach)

        two enquirer records in the {{CRM}} got auto-merged overnight because same name and DOB
        format matched: [[name:Mohammed Khan]] of [[postcode:LE4 9SZ]] (enquired [[date:2 Sept]]) and
        [[name:Mohammed Khan]] of [[postcode:LE5 1NG]] (enquired [[date:4 Sept]]). merged record kept
        the second address. the {{info pack}} and the {{initial home visit}} letter for the first
        mr [[name:khan]] went to the second mr [[name:khan]] who rang us v confused on [[phone:0116 496 0731]].
        letter had first name, the date of the visit and that he had said hed like to foster
        teenagers. no health or {{DBS}} info.

        done so far: records unmerged by {{system admin}}, both men phoned and apologised to by
        {{the team manager}}, letter returned. {{DPO}} logged it.
        ask: switch off the {{duplicate rule}} on name + DOB only; need a human to approve merges.
    """)),
    ("social_care", "success", prose("""
        I want to record some good practice from the {{fostering panel}} on [[date:20 November 2024]].
        [[name:Anil Varma]] and his husband [[name:Callum Reid]] were applying to foster. [[name:Anil]]'s
        enhanced {{DBS}} showed a 2009 caution for possession of {{cannabis}} when he was 19. The
        assessor, [[name:Tendai Chikwanha]], raised it in the very first session instead of leaving
        it for the checks to surface, and wrote a full page in the {{Form F}} on what [[name:Anil]]
        had learned, how he talks to young people about drugs and why the {{referees}} thought he
        had changed. She also got a reference from his former youth worker at
        [[organisation:Eastgate Youth Project]]. The {{panel chair}}, [[name:Nkechi Obi]], said it was
        a model of how to handle a disclosure: honest, proportionate and child-focused. Panel
        recommended approval unanimously and the {{ADM}} agreed within a week. Learning to share:
        early, open conversation about convictions builds trust and stops the applicant feeling
        ambushed at panel. Submitted by [[name:Priya Raman]], {{Senior Practitioner}}.
    """)),
    # ------------------------------------------------------------------ health (SARC)
    ("health", "incident", block("""
        Chronology - exhibit labelling error, [[organisation:Westmoor SARC]]
        Prepared by [[name:Sinéad Doherty]], {{Forensic Nurse Examiner}}

        [[date:Sat 17/02/2024]]
        01:40  {{SOIT}} officer DC [[name:Ellis]] books an {{FME}} for [[name:Chloe Marsh]] ([[age:24]]), CRN [[case_reference:14/29117/24]], SARC no. [[case_reference:WM-24-0188]]
        02:55  [[name:Chloe]] arrives with DC [[name:Ellis]]; {{crisis worker}} [[name:Precious Moyo]] does welcome and {{consent}}
        03:20  examination starts, {{colposcope}} used
        05:10  examination complete, 11 exhibits
        05:15  I label the exhibits, copying the CRN from the booking sheet. The sheet had been reused and still had the previous client's CRN [[case_reference:14/28790/24]] at the top
        05:40  exhibits handed to DC [[name:Ellis]], {{continuity}} signed by both of us
        14:10  DC [[name:Ellis]] rings: CRN on labels does not match. Exhibits quarantined at [[organisation:Northgate Police Station]]
        15:30  {{Clinical Lead}} [[name:Aoife Brennan]] informed, {{Datix}} [[case_reference:W118204]]

        Learning: one booking sheet per client, never reused; CRN read back aloud at exhibit handover;
        second-person label check before exhibits leave the suite. [[name:Chloe]] was told by her
        {{ISVA}}. Exhibits accepted after a statement of correction.
    """)),
    ("health", "near_miss", block("""
        nm - EC + enzyme inducer

        pt [[name:M.K.]] [[age:19yo]], DOB [[date_of_birth:02/08/2004]], NHS [[nhs_number:3110847094]]
        self referral sat nite. id gone thru meds twice, she said none. was literally about to give
        {{ulipristal}} when she mentioned her epilepsy tabs - {{carbamazepine}}. enzyme inducer so
        UPA no good. rang on call pharmacist [[name:Ravi]] at [[organisation:Westmoor General]] to
        double check, he said {{levonorgestrel}} 3mg (double dose) and offer {{Cu-IUD}} first line as
        per {{FSRH}}. gave LNG 3mg, referred for IUD at [[organisation:Hollins Lane Sexual Health]] mon am

        learning - our {{EC proforma}} asks "any medication?" once and ppl forget epilepsy tabs, st johns
        wort, HIV meds. need a tick list of enzyme inducers on the form. also the {{PGD}} needs
        updating, it doesnt say cu-iud first
        [[name:sam]] (FNE)
    """)),
    ("health", "success", block("""
        To [[name:Precious]] and the night team,

        I'm the {{ISVA}} for the young woman you saw on [[date:Sunday 3 March]] (SARC ref
        [[case_reference:WM-24-0311]]). She asked me to pass this on in her own words:
        "[[name:Precious]] made me a hot chocolate and told me every single thing before it happened.
        I didn't feel like evidence."

        She was clear she didn't want {{police}} involvement that night, and you explained
        {{self-referral}} and {{forensic retention}} so well that last week she decided to report.
        The {{SOIT}} officer said the stored samples and the {{chain of custody}} paperwork were
        spotless. She is also now seeing [[organisation:Harbour Rape Crisis]] for {{counselling}}.

        Thank you from me too.
        [[name:Lucy]] x

        [[name:Lucy Okwu-Hart]], Senior {{ISVA}}, [[organisation:Westmoor ISVA Service]]
        [[phone:07700 900776]]
    """)),
    ("health", "incident", block("""
        INCIDENT FORM
        Ref: [[case_reference:W118377]]    Date/time: [[date:22/04/2024]] 09:15
        Location: office, [[organisation:Westmoor SARC]]
        Reporter: [[name:Aoife Brennan]], {{Clinical Lead}}
        Type: Information governance - confidentiality

        What happened: during {{peer review}} I found 38 {{colposcope}} images from an examination on
        [[date:19/04/2024]] saved in the general team folder on the shared drive instead of the
        encrypted {{intimate images}} store. Client [[name:R.T.]], SARC no. [[case_reference:WM-24-0402]].
        Access log: three staff opened the folder, none opened the images.

        Why: new {{photo-documentation}} software installed [[date:15/04]] defaults to the shared drive.
        The FNE on the night, [[name:Ama Owusu]], had not yet had the software training.

        Immediate action: images moved and copies deleted, {{Caldicott Guardian}} informed, consent
        form checked (images for peer review only).
        Severity: moderate - no harm, potential serious breach.
        Actions: IT to lock the save path; no use of the kit before training; checklist on the
        {{examination trolley}}.
    """)),
    ("health", "incident", block("""
        From: [[name:Tom Aldridge]] <[[email:t.aldridge@westmoorsarc.nhs.uk]]>
        To: SARC Clinical Team
        Subject: Sample freezer alarm over the bank holiday - please read
        Date: [[date:Tue 28 May 2024]] 08:51

        All,

        The {{sample freezer}} alarmed at 23:40 on [[date:Saturday 25 May]]. The alarm goes to the
        {{on-call manager}} phone, which was in a drawer here because the bank holiday rota had not
        been handed over. [[name:Kwabena]] found it when he opened up this morning; the
        {{data logger}} shows it sat at -4C for about 52 hours.

        Inside were 17 {{self-referral}} sample sets and two police sets awaiting collection (CRN
        [[case_reference:14/30226/24]] and [[case_reference:14/30251/24]]). The {{forensic provider}}
        thinks DNA will probably be fine but {{toxicology}} may not be. Each client will be contacted
        by their {{ISVA}} under {{duty of candour}}, not by letter.

        Learning: the on-call phone goes on the handover checklist and the alarm now also rings
        {{hospital security}}.

        [[name:Tom]]

        [[name:Tom Aldridge]] | Service Manager | [[organisation:Westmoor SARC]] | [[phone:0191 498 0263]]
    """)),
    ("health", "near_miss", block("""
        Teams chat - SARC coordinators

        [09:02] [[name:Naz Qureshi]]: quick one, the 10am booking. police put age 18 on the referral but ive just seen DOB [[date_of_birth:14/09/2008]] on the ED letter
        [09:03] [[name:Gemma Pike]]: so shes [[age:15]]?? she cant go through the adult pathway
        [09:03] [[name:Naz Qureshi]]: yep. booked into suite 1 with the adult FNE, no {{paediatrician}}
        [09:06] [[name:Gemma Pike]]: ringing the {{paediatric SARC}} at [[organisation:Riverside Children's Hospital]] now, and police on [[case_reference:14/31002/24]]
        [09:15] [[name:Gemma Pike]]: sorted. Dr [[name:Lamb]] will see her at 11 jointly, {{PEPSE}} decision theirs, referral to {{MASH}} going now
        [09:17] [[name:Naz Qureshi]]: thank god. would have been a {{Gillick}} assessment by an adult nurse on her own

        Learning note ([[name:GP]]): the age field is typed by police. Bookings must check DOB
        against {{PDS}} before allocating a suite. NHS no. [[nhs_number:439 345 8729]].
    """)),
    ("health", "success", block("""
        Hot debrief - night shift [[date:16-17 August]]
        Present: [[name:Sinéad Doherty]] (FNE), [[name:Kwabena Mensah]] and [[name:Charlie Finch]]
        ({{crisis workers}}), [[name:Olu Adebayo]] (on-call doctor)

        What happened: three attendances in eight hours with one suite out of use. Two clients were
        inside the {{forensic window}}, one a self-referral who arrived without warning.

        Went well:
        - {{DNA decontamination}} of suite 2 done to full standard between each client and logged,
        even at 4am
        - [[name:Charlie]] sat with client 3 in the {{family room}} with tea and {{grounding}} cards
        for 90 minutes and she chose to stay
        - [[name:Olu]] came in to do the {{PEPSE}} risk assessment face to face, not by phone
        - {{ISVA}} referrals for all three sent before 8am

        Even better if: a second on-call FNE on bank holiday weekends.
        Nobody missed a break. Thank you all. [[name:Sinéad]]
    """)),
    ("health", "incident", block("""
        Clinical governance - learning review
        Date: [[date:04/06/2024]], via Teams
        Attendees: [[name:Aoife Brennan]] (Clinical Lead, chair); [[name:Tom Aldridge]] (Service
        Manager); [[name:Ama Owusu]] (FNE); [[name:Farida Haidari]] ({{ISVA}}); [[name:Kwabena Mensah]]
        ({{crisis worker}}); [[name:Jo Whitfield]] ({{safeguarding lead}})

        Item 2 - interpreting
        [[name:AB]] outlined an incident on [[date:26/05/2024]]. A Dari-speaking client came with a
        male cousin who offered to interpret. {{Telephone interpreting}} had a 40-minute wait and the
        {{forensic window}} was closing, so he was accepted. During the {{forensic history}} he was
        seen to shorten her answers. Later she told [[name:Farida]], who speaks Dari, that the cousin
        is a friend of the suspect.

        Actions:
        1. Family and friends never interpret, even if the client asks - [[name:JW]] to reissue policy.
        2. Check contract for priority {{video interpreting}} - [[name:TA]].
        3. Client offered a repeat history with a female interpreter - done [[date:28/05]], police told.
    """)),
    ("health", "near_miss", block("""
        SARC HANDOVER 07:45 [[date:Mon 9 Sept]]    [[name:Ama]] (nights) to [[name:Gemma]] (days)

        Room        | Client                      | Status              | Outstanding
        Suite 1     | [[name:Kojo Ansah]], [[age:32]]      | exam done 03:10     | {{PEPSE}} 1st dose given, needs 28-day pack, {{HIV}} baseline
        Suite 2     | [[name:Siân Llewelyn]], [[age:45]]   | self-ref, exam done | samples in freezer, {{forensic retention}} form signed
        Family room | [[name:Deepa Nair]], [[age:22]]      | waiting             | {{SOIT}} eta 09:00

        Near miss: the PEPSE starter pack on the side for [[name:Kojo Ansah]] had [[name:Siân Llewelyn]]'s
        label on it. Both packs were made up at 04:00 by the same person from the {{stock cupboard}}.
        [[name:Siân]] did not need PEPSE. Spotted because we read names and {{date of birth}} aloud at
        handover. Relabelled and checked by two nurses against the {{prescription chart}}.
        Learning: make up one pack at a time, label straight away.
    """)),
    ("health", "success", prose("""
        Shout-out for [[name:Ama Owusu]]! On {{Friday}} night a client told [[name:Ama]] she had been
        "held by the neck for a few seconds" but felt fine, and there were no visible marks. [[name:Ama]]
        followed the {{non-fatal strangulation}} guidance anyway: checked for {{petechiae}}, asked
        about voice change and swallowing, and picked up a slight hoarseness. She rang the
        {{emergency department}} at [[organisation:Westmoor General]] and the client had a
        {{CT angiogram}} that showed a {{carotid artery dissection}}. She was started on
        {{aspirin}} and is recovering well. That is potentially a stroke prevented by someone who did
        not just accept "I'm fine". Please all re-read the {{FFLM}} strangulation guidance this month. [[name:Aoife]]
    """)),
    ("health", "incident", block("""
        sent the aftercare letter to the wrong address. well, right address, wrong person

        client [[name:leanne]] (sarc no [[case_reference:WM-24-0529]]) gave her mums address [[address:31 Beacon View, Hartside]]
        [[postcode:NE38 7QS]] as her safe address for post. the {{aftercare letter}} template pulls from
        {{SystmOne}} which still had her home address [[address:2 Fenwick Close, Hartside]] [[postcode:NE37 2AR]]
        where the partner lives. she rang crying, he opened it. it had her {{STI screen}} appt and
        {{PEPSE}} info in it

        {{police}} aware, {{IDVA}} doing urgent safety plan, {{MARAC}} referral done. datix [[case_reference:W119054]]

        learning - safe address has to go in the actual address field not a free text note, and
        letters need a 2nd check. honestly it was 4am and id been on since 7pm
        [[name:jo]]
    """)),
    ("health", "success", prose("""
        A [[age:52]]-year-old man, [[name:Graham Pilling]], self-referred on [[date:7 October 2024]]
        about an assault in 1986 when he was 14. He had never told anyone, including his wife. He
        rang three times and put the phone down before speaking to [[name:Kai Whitlock]], our
        {{crisis worker}}, who let him talk about football for ten minutes before anything else.
        Because it was {{non-recent}} there was no {{forensic medical examination}}, but [[name:Kai]]
        offered a face-to-face appointment on a quiet afternoon, used the side entrance and made sure
        only male staff were on the corridor, as [[name:Graham]] asked. With consent we wrote to his
        {{GP}} at [[organisation:Moorside Medical Practice]] (NHS no. [[nhs_number:529 994 2230]]) about
        {{PTSD}} symptoms and referred him to [[organisation:Survivors North]], which runs a men's
        group. He has since met an {{ISVA}} and is thinking about reporting. Learning: male
        survivors often test us several times before they speak. A {{trauma-informed}} first call,
        with no rush to the "business", made the difference.
    """)),
    ("health", "incident", block("""
        Event log - front door / coordinator phone, [[organisation:Westmoor SARC]], [[date:12/10/2024]]

        21:05  police control, PC [[name:Hussein]]: request FME for adult female, CRN [[case_reference:14/40115/24]]. Told earliest 23:00: suite 1 in use, suite 2 awaiting {{forensic clean}}
        21:40  police car arrives with client. Officer says the 23:00 time was not passed on
        21:42  {{crisis worker}} [[name:Bronwen Jones]] settles client in {{family room}}
        21:50  client asks for toilet. [[name:Bronwen]] offers staff toilet; client goes to the nearest door, suite 2 en-suite, while [[name:Bronwen]] is letting the cleaner in
        22:35  FNE [[name:Marta Kowalski]] told; documents {{contamination risk}} and adjusts {{forensic strategy}}
        23:05  examination in suite 1 after clean

        Issue: client entered an uncleaned forensic area before examination. Risk of {{DNA transfer}} from a previous client.
        Learning: police must not bring clients before the agreed time; uncleaned suites to be
        locked, not just signed; ask control room to read back the booking time.
        Reported by [[name:Bronwen Jones]], {{Datix}} [[case_reference:W120331]]
    """)),
    ("health", "near_miss", block("""
        From: [[name:Gemma Pike]] <[[email:gemma.pike3@nhs.net]]>
        To: SARC admin <[[email:sarc.admin@westmoorsarc.nhs.uk]]>
        Subject: near miss - GP letter nearly to wrong practice

        Hi all,

        Caught one this morning. The {{GP letter}} for [[name:Ewa Sadowska]] (DOB
        [[date_of_birth:03/03/1991]], NHS [[nhs_number:1400710898]]) about finishing her
        {{hepatitis B vaccine}} course was addressed to [[organisation:Hollybank Surgery, Ashton]] when
        her GP is [[organisation:Hollybank Medical Centre, Hartside]]. They sit next to each other in
        the drop-down. I only noticed because the practice code did not match the one on {{PDS}}.
        The letter also mentions {{emergency contraception}} and the {{HIV}} test, so this would have
        been a real breach.

        Could we pick GPs by practice code instead of name, and add a line to the {{letter checklist}}?

        Thanks,
        [[name:Gemma]]
        SARC coordinator | [[phone:0191 498 0270]]
    """)),
    ("health", "success", prose("""
        Good practice between the {{emergency department}} at [[organisation:Westmoor General]] and
        the SARC on [[date:2 November]]. A young woman was brought in by ambulance heavily intoxicated
        after a night out in town, saying she had been assaulted. She did not have {{capacity}} to
        consent to a forensic examination. The ED registrar, Dr [[name:Farhan Siddiqui]], rang our
        coordinator instead of trying to "do the kit" in ED. Following our joint {{capacity pathway}}
        the ED nurse took an {{early evidence}} urine sample and mouth swab with police, bagged her
        clothes, and kept her safe on {{the observation bay}}. When she woke at 11:00 she had capacity,
        chose to come to us, and our FNE [[name:Lorenzo Bianchi]] examined her that afternoon within
        the {{forensic window}}. She later said that being asked, sober, was what mattered most.
        Thanks to Dr [[name:Siddiqui]] and charge nurse [[name:Bola Adewale]].
    """)),
    ("health", "incident", block("""
        SBAR - missing {{early evidence kit}} urine sample

        S: The urine sample for {{DFSA}} {{toxicology}} from [[name:Nicole Fairbairn]] ([[age:20]]),
        CRN [[case_reference:14/41876/24]], cannot be found.

        B: PC [[name:Okonjo]] took it at the client's home at 04:10 on [[date:03/11/2024]] using the
        police early evidence kit and brought it in at 06:00 with the client. The crisis worker put the
        police bag in the {{specimen fridge}}. The FNE, [[name:Rhiannon Pryce]], took her own samples
        from 06:30. At 11:00 PC [[name:Okonjo]] collected exhibits; the early urine was not on our
        {{exhibit log}} so was not handed over. Nobody can find it now.

        A: the first, earliest sample for drugs is lost and with it the best chance of finding
        short-acting drugs. No clear process for police samples arriving with the client.

        R: police kits logged on arrival with a {{continuity}} signature; fridge checked against the
        log at every handover. Client told by her {{ISVA}}. [[name:Rhiannon]] has been supported.
    """)),
    ("health", "success", block("""
        FNE peer review - [[date:19 December 2024]]
        Present: [[name:Aoife Brennan]] (chair), [[name:Lorenzo Bianchi]], [[name:Sinéad Doherty]],
        [[name:Rhiannon Pryce]], [[name:Ama Owusu]], Dr [[name:Olu Adebayo]]

        Case presented by [[name:Lorenzo]] (SARC no. [[case_reference:WM-24-0877]], client aged [[age:38]]).
        Twenty-three injuries documented. Every one on the {{body map}} with size, colour and shape,
        photographed with the {{ABFO scale}}, and described in neutral language ("bruise" not
        "grab mark"). The {{FFLM}} proforma was complete with no blank boxes, and the account was
        recorded in the client's own words with times.

        Feedback: the group agreed it was the clearest set of notes reviewed this year and exactly
        what a court needs. [[name:Lorenzo]] said the {{preceptorship}} sessions on
        {{injury interpretation}} with Dr [[name:Adebayo]] helped most.
        Action: anonymised version to be used as an exemplar in {{induction}} ([[name:AB]]).
    """)),
    # ------------------------------------------------------------------ aviation (baggage)
    ("aviation", "incident", prose("""
        On {{Sunday}} [[date:14 July]] I raised a {{PIR}} at the {{lost luggage desk}} for
        [[name:Gurdeep Singh Bains]], whose case did not arrive on [[flight_number:LS 881]] from
        Dalaman. I typed the {{bag tag}} number off his {{boarding pass}} stub as
        [[case_reference:0455 LS 204817]] when it was actually [[case_reference:0455 LS 204871]].
        The {{WorldTracer}} file [[case_reference:HBYLS30419]] therefore never matched the bag, which
        Dalaman had found on hand the next morning. Five days later Mr [[name:Bains]] rang very upset:
        his mother's ashes were in the case. My colleague [[name:Niamh Geraghty]] re-read the tag from
        the stub photo and spotted the swapped digits in two minutes. The bag came in on the evening
        flight and [[name:Niamh]] drove it to [[address:42 Sandown Road, Brinsley]], [[postcode:NG16 3HU]]
        herself with the {{duty manager}}'s agreement. Learning: always scan the stub with the
        {{barcode reader}}, never type it, and read the tag number back to the passenger. I was on my
        own with a queue of about forty after two diversions, which is why I rushed.
        [[name:Callum Frew]], {{baggage services agent}}, [[organisation:Skyline Ground Handling]]
    """)),
    ("aviation", "near_miss", block("""
        near miss make up carousel 4 approx 0520 today

        [[name:dan]] climbed on the carousel to free a jammed {{ski bag}} without hitting the {{e-stop}}
        or doing {{LOTO}}. belt restarted on auto when the {{photo eye}} cleared and dragged him about
        2m before [[name:marcus]] hit the stop. no injury, bruised knee, wouldnt go to first aid.

        we were 3 down on shift and had [[flight_number:EZY6137]] and [[flight_number:TOM4521]] closing at
        the same time so everyone was rushing. not blaming [[name:dan]], weve all done it

        need: LOTO refresher for {{BHS}} jams, {{maintenance}} to look at why auto restart kicks in
        with someone on the belt, and more bodies on the 5am
        [[name:shaz]] - shift lead baggage hall
    """)),
    ("aviation", "success", prose("""
        Big shout-out to [[name:Thanh Nguyen]] on the lost luggage desk. On [[date:3 September]]
        [[name:Olive Marchetti]], who uses a custom-built {{power wheelchair}}, landed on
        [[flight_number:TOM 4522]] to find her chair had been loaded on the wrong flight and was in
        Tenerife. [[name:Thanh]] opened {{WorldTracer}} file [[case_reference:HBYBY21107]], rang the
        {{station}} in Tenerife directly instead of waiting for a teletype, and got the chair on the
        next morning's flight. Meanwhile she arranged a loan chair from
        [[organisation:Mobility Hire North]] with the {{PRM}} team so [[name:Olive]] could leave the
        airport with dignity, and booked {{special assistance}} to take her to her daughter's car.
        The chair was at her door by 2pm the next day. [[name:Olive]]'s daughter [[name:Rosa]] wrote
        in to say it was "the only bit of the trip that went right". Well done [[name:Thanh]]! From
        [[name:Paddy]], {{Baggage Ops Manager}}
    """)),
    ("aviation", "incident", block("""
        TECH LOG  A/C [[aircraft_registration:G-EZTK]]  Flt [[flight_number:EZY6137]]  HBY-ALC  [[date:21/06/2024]]
        Defect/Report: On arrival ALC one bag (23kg) found in {{bulk hold}} 4, not shown on the
        {{load sheet}} or {{LIR}}. Load control recalculated {{mass and balance}}, within limits.
        {{ASR}} raised [[case_reference:ASR-24-06-211]].   Capt [[name:J. Murray]]
        Action: nil tech. Hold 4 inspected, no damage.  Eng [[name:R. Osei]]

        Handling agent investigation (baggage hall):
        The bag was a {{rush bag}} for [[name:Eleni Papadopoulou]], sent down by the lost luggage desk
        at 17:48. Loader [[name:Kris Walker]] put it in hold 4 at 17:52, after the {{dispatcher}} had
        finalised the LIR. No {{last minute change}} was passed to the flight deck, so
        {{the captain}} signed a load sheet that was wrong by one bag. Learning: no bag goes on after
        the LIR is closed unless the dispatcher passes an LMC; rush bags to come down by 45 minutes
        before departure.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Declan Ó Briain]] <[[email:declan.obriain@skylinegh.co.uk]]>
        To: [[email:ops@swiftbagdelivery.co.uk]]
        Subject: Misdelivered bag - file [[case_reference:HBYFR44180]]
        Date: [[date:12 August 2024]] 10:06

        Hi team,

        Ms [[name:Aaliyah Grant]] should have had her delayed bag delivered to [[address:16 Orchard Way, Brinsley]],
        [[postcode:NG16 5PB]] on [[date:Friday 9 August]]. Her {{doorbell camera}} shows your van
        [[vehicle_registration:YK19 FJX]] stopping at 14:22, but the bag was left at number 61, where
        a neighbour opened it. Our {{PIR}} copy taped to the handle showed her mobile
        [[phone:07700 900215]] and e-mail, so her details were exposed as well as her belongings.

        Please confirm what the driver's {{proof of delivery}} shows and what {{GDPR}} training your
        drivers have. On our side we have stopped taping the full PIR to bags; the {{delivery label}}
        now shows the file reference and postcode only.

        Regards,
        [[name:Declan]]
        [[name:Declan Ó Briain]] | {{Baggage Services Supervisor}}
        [[organisation:Skyline Ground Handling]] | [[phone:01632 960812]]
    """)),
    ("aviation", "near_miss", block("""
        GROUND FREQUENCY - transcript for MOR follow-up, [[date:18 January 2024]]

        20:14:05  [[flight_number:EZY6137]]: Ground, [[flight_number:EZY6137]] stand 14, request taxi
        20:14:12  GND: [[flight_number:EZY6137]] taxi holding point A1 via Bravo, Alpha
        20:14:38  GND: Baggage 12, Ground, STOP, you are entering taxiway Bravo without clearance
        20:14:41  Baggage 12: Stopping, sorry, Baggage 12
        20:14:43  GND: [[flight_number:EZY6137]] hold position, vehicle ahead on Bravo
        20:14:46  [[flight_number:EZY6137]]: Holding, [[flight_number:EZY6137]]

        Summary: the tug driver, [[name:Aleksander Nowicki]], was towing four {{ULD}} dollies to
        stand 22 and used the {{airside road}} crossing at Bravo, which needs {{ATC}} clearance at
        night. The {{stop bar}} lights at the crossing were out (reported 3 days earlier). Closest
        distance about 60m. {{MOR}} sent to the {{CAA}}.
        Learning: {{ADP}} refresher for all night drivers, crossing lights fixed [[date:19/01]],
        and a NOTAM-style brief at shift start when crossing aids are out.
    """)),
    ("aviation", "success", block("""
        Baggage Operations Review - minutes
        [[date:Wed 10 April 2024]], 14:00, Ops Room 2

        Attendees: [[name:Paddy Quinn]] (Baggage Ops Manager, chair), [[name:Noor Al-Sayed]]
        (Security Manager), [[name:Femi Ogunleye]] ({{BHS}} engineering), [[name:Hollie Bright]]
        (airline rep), [[name:Ian McAllister]] ({{Duty Terminal Manager}})
        Apologies: [[name:Zara Haque]]

        Item 1 - {{HBS}} fault, [[date:6 April]]
        The level 1 {{EDS}} machine failed at 05:50 at peak. The team moved to the {{contingency plan}}: bags routed to level 3 {{manual search}}, extra screeners called in by [[name:NA]],
        and [[name:Femi]] had the machine back at 07:30. All 31 departures left with their bags;
        only two flights delayed, by under 10 minutes. No {{unscreened}} bags reached the make-up area.

        Discussion: [[name:HB]] said the airline had never seen a fault handled so calmly.
        Actions: write up as good practice for the {{DfT}} inspection ([[name:PQ]]); keep the
        call-out list current ([[name:NA]]).
    """)),
    ("aviation", "incident", block("""
        Teams chat - dispatch / baggage hall, [[date:02/05/2024]]

        [06:41] [[name:Rory Bain]]: [[flight_number:FR2264]] pax [[name:KHAN/SAIRA]] MS no show at gate, need her bag off, tag [[case_reference:0224 FR 771093]]
        [06:44] [[name:Bilal Hussain]]: its in the can in hold 1, sending [[name:Jonno]]
        [06:49] [[name:Rory Bain]]: doors at 06:55 mate
        [06:53] [[name:Bilal Hussain]]: cant find it, can is rammed
        [06:55] [[name:Rory Bain]]: captain wants to go, ill tell him were still looking
        [07:01] [[name:Bilal Hussain]]: it went. bag still on
        [07:03] [[name:Rory Bain]]: told {{the captain}} via ops, theyre coming back to stand

        Outcome: aircraft returned to stand, bag offloaded 07:24, departure 41 minutes late.
        Issue: push-back began with an {{unaccompanied bag}} on board, against
        {{passenger baggage reconciliation}} rules. The {{dispatcher}} heard "still looking" as
        "nearly done".
        Learning: no {{doors closed}} call while an offload is open; hold loading by {{bag tag}}
        position so bags can be found fast.
    """)),
    ("aviation", "success", block("""
        From: [[name:Ingrid Solberg]] <[[email:ingrid.solberg@online.no]]>
        To: [[email:lostbaggage@harrowbyairport.co.uk]]
        Subject: Thank you to [[name:Farah]]!!

        Hello,

        I want to thank [[name:Farah Abdullahi]] at your {{baggage desk}}. My son's cello did not
        arrive on [[flight_number:SK 4607]] from Oslo on [[date:15 October]], and he had an audition at
        [[organisation:Northern Conservatoire]] two days later. [[name:Farah]] checked {{WorldTracer}} and found it was still in Oslo
        within 20 minutes, called me on my Norwegian number ([[phone:+47 912 34 567]]) every evening
        with news, and arranged with {{the airline}} for it to come on the next flight and driven to our
        hotel by {{courier}}.

        He played well and has been offered a place. We will remember your airport for the right
        reason! P.S. The {{cabin crew}} and the staff in the {{arrivals hall}} were kind too.

        Best wishes,
        [[name:Ingrid]]
    """)),
    ("aviation", "near_miss", block("""
        DELAYED BAG STORE - shift handover [[date:Thu 5 Dec]] 14:00, [[name:Wes]] to [[name:Kiran]]

        Bay | File                    | Pax                       | Status
        A3  | [[case_reference:HBYU226611]]   | [[name:OKORIE/CHIDINMA]]         | courier booked 16:00
        A7  | [[case_reference:HBYBA90214]]   | [[name:FITZGERALD/SEAMUS]]       | pax collecting
        B2  | [[case_reference:HBYLS31150]]   | [[name:DA SILVA/MARIANA]]        | moved - see below
        C1  | [[case_reference:HBYEZ57702]]   | [[name:ABERNETHY/KEIR]]          | no contact yet, 3 calls

        Near miss: at 11:30 the B2 bag was hot to touch and hissing. [[name:Wes]] used the
        {{thermal gloves}}, moved it into the {{fire containment bag}} and called the
        {{airport fire service}}. A swollen {{power bank}} was inside. No fire, no injury.
        Learning: undeclared {{lithium batteries}} in delayed bags sit in our store for days. New
        rule: ask at the {{PIR}} stage if there are batteries, and store those bags in the metal
        cage by the {{fire blanket}}.
    """)),
    ("aviation", "incident", block("""
        Chronology - hand injury, reclaim belt 6, [[date:27/07/2024]]

        15:32  [[flight_number:W6 5673]] bags start on belt 6
        15:40  handler [[name:Adaeze Nwosu]] ([[age:34]]) reaches in to pull a stuck {{pushchair}} at the belt mouth; left hand trapped between roller and frame where the {{side guard}} is missing
        15:40  [[name:Stevie Kerr]] hits the {{e-stop}}
        15:44  {{first aider}} [[name:Stevie Kerr]] attends; ice and elevation
        15:58  {{airport fire service}} medics attend
        16:20  [[name:Adaeze]] taken to [[organisation:Harrowby Royal Infirmary]] by colleague
        19:05  [[name:Adaeze]] rings: fracture of two fingers, off work 4-6 weeks

        Findings: the guard was removed for a belt repair on [[date:24/07]] under work order
        [[case_reference:WO-558102]] and not refitted; no {{permit to work}} close-out check.
        Reportable under {{RIDDOR}} (over 7 days); {{HSE}} notified [[date:29/07]].
        Actions: all belts inspected for guards; work orders cannot be closed without a
        supervisor photo of the guard in place.
    """)),
    ("aviation", "success", block("""
        Debrief - disruption [[date:25-27 November]]
        Facilitator: [[name:Paddy Quinn]]
        Present: baggage hall leads [[name:Shaz Begum]], [[name:Tomi Adeleke]]; desk leads
        [[name:Niamh Geraghty]], [[name:Thanh Nguyen]]; [[name:Ian McAllister]] ({{DTM}})

        What happened: high winds closed the airport for 9 hours. About 1,400 bags were left behind
        or mishandled across 22 flights.

        What went well:
        - [[name:Shaz]] set up a "bag village" in the empty {{check-in}} zone F, sorted by flight
        - desk staff created {{WorldTracer}} files in bulk from {{BSM}} data, not one at a time
        - [[name:Tomi]] ran a volunteer rota, 14 office staff helping with {{manual handling}} training
        - {{the airlines}} agreed one courier contract instead of six
        - all bags reunited within 72 hours, zero complaints escalated to the {{CAA}}

        Even better if: we had a written {{mass disruption plan}} for baggage. [[name:NG]] to draft.
        Thank you everyone.
    """)),
    ("aviation", "success", prose("""
        learning from excellence - [[name:Hope Adjei]], lost luggage desk. a family came off
        [[flight_number:U2 2048]] at 22:40 on [[date:9 March]] without their case, which had their
        [[age:7]] year old son's {{insulin}} and {{CGM}} sensors in it ({{mum}} had been told to hold it,
        which is wrong). the next flight wasnt till the following evening. [[name:Hope]] didnt just
        raise the {{PIR}}, she rang {{NHS 111}} with {{mum}}, got the {{out-of-hours}} GP to send an
        emergency prescription to the 24hr pharmacy at [[organisation:Brinsley Retail Park]], and
        booked them a taxi there on the {{airline}}'s account. she also sent a note to
        {{the airline}} about their advice on medicines in hold bags. the case arrived the next
        night. we hope every agent would do this but honestly she went way beyond. the boy, [[name:Kai]],
        drew her a picture. [[name:Tomi]]
    """)),
    ("aviation", "near_miss", block("""
        SAFETY OCCURRENCE REPORT
        Report no: [[case_reference:SOR-24-1187]]      Date: [[date:03/02/2024]]  Time: 06:15
        Location: baggage road, between make-up area and stand 9
        Reporter: [[name:Lukasz Wiśniewski]], baggage handler, [[organisation:Skyline Ground Handling]]
        Type: near miss - vehicle

        Description: I was driving a {{baggage tug}} towing six {{dollies}} (limit is four) because
        two tugs were {{U/S}}. A contractor's van, [[vehicle_registration:WX21 HNU]], pulled out from the
        fuel farm gate without stopping. I braked hard; the train jack-knifed and the last dolly
        stopped about 1m from the van. Nobody hurt. The van driver's {{ADP}} showed he was from
        [[organisation:Brookfield Electrical]].

        Contributing factors: overloaded train (my decision, we were late), no {{give way}} marking at
        the gate, dark and wet.
        Suggested actions: enforce the four-dolly limit with spare tugs on standby; paint give-way
        lines at the gate; contractor {{airside driving}} briefing.
    """)),
    ("aviation", "success", prose("""
        Thank you to [[name:Joy Mthembu]] in the baggage hall. While clearing a jam on the
        {{sortation}} line on [[date:Monday 22 July]] she found a passport wedged under the
        {{tilt tray}}. It belonged to [[name:Rajesh Iyer]], who had checked in for
        [[flight_number:TK 1988]] to Istanbul and was already airside. [[name:Joy]] did not just hand
        it in: she rang the {{baggage control}} room, who called the {{gate}}, and she walked it
        up herself with a {{security}} escort. Mr [[name:Iyer]] was connecting to Chennai for his
        father's funeral and had not even noticed it was missing. The flight left on time. [[name:Joy]]'s
        {{supervisor}}, [[name:Bilal Hussain]], says this is typical of her.
    """)),
    ("aviation", "incident", block("""
        TECH LOG  [[aircraft_registration:G-JZHV]]  [[flight_number:LS 1279]]  HBY-PMI  [[date:30/08/2024]]  Capt [[name:A. Rahman]]

        Entry 04: On arrival PMI, handling staff found a {{lithium-ion}} {{mobility aid}} in the aft
        hold with the battery still fitted and switched on. No {{NOTOC}} was given to the commander.
        Battery label shows 480Wh. No damage, no heat found. {{Dangerous goods}} occurrence reported.

        Handling agent follow-up ([[name:Bilal Hussain]], baggage hall lead):
        The chair belonged to a {{PRM}} passenger, [[name:Terence Oyelaran]]. The {{check-in}} agent
        tagged it as a standard wheelchair. In the hall, [[name:Gaz]] saw a folding chair and loaded it;
        he did not know some folding chairs have removable lithium batteries over 300Wh that
        must travel in the cabin. Reported to the {{CAA}} under {{dangerous goods}} rules,
        ref [[case_reference:DGOR-24-0331]].
        Learning: {{mobility aid}} form at check-in must state battery type and Wh; hall to call
        the {{dispatcher}} before loading any powered chair.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind179", REPORTS))
