"""Held-out blind corpus 240: 50 hand-written UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures
how well de-identification generalises.  All people, organisations, places and numbers are
invented.

Settings:
- social_care (17): a school attendance and children-missing-education (CME) service -
  education welfare officers, elective home education visits, attendance panels, penalty
  notices, schools.
- health (17): an emergency eye department (eye casualty) - triage nurses, ophthalmology
  registrars, chemical injuries, drops and prescriptions, follow-up clinics.
- aviation (16): an airport's central security search area and staff screening - security
  officers, prohibited items, staff passes, tray returns, supervisors, queue times.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes
with attendance and apologies, pipe-separated tables, radio/RT transcripts, shout-outs and
thank-you notes.  `[[label:value]]` marks identifiers and `{{term}}` must-not-redact mentions.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind240.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care
    ("social_care", "incident", prose("""
        did {{CME}} chk on [[name:tyler brennan]] [[age:12yo]] today, 3rd visit to
        [[address:14 Fenwick Close, Harrowby]] [[postcode:HW4 7PL]] and no answer again. nbr
        says {{mum}} + kids left in a white van around the [[date:18th]], thinks gone to her
        sisters in wales?? school ([[organisation:Oakridge Academy]]) took him off roll on
        [[date:22/01]] under {{Reg 8}} without telling us til today - shld have done
        {{joint enquiries}} first. thats 9 school days lost. logged as
        [[case_reference:CME-24-0381]] + passed to {{MASH}} as {{missing from education}} and
        poss {{safeguarding}} concern. [[name:tyler]] has an {{EHCP}} so also emailed
        {{SEN team}}. not great tbh. [[name:dk]] ({{EWO}})
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Folasade Adebayo-Clarke]] <[[email:f.adebayo-clarke@harrowby.gov.uk]]>
        To: {{Attendance & CME Team}}
        Sent: [[date:5 March 2024]] 16:42
        Subject: Near miss - {{penalty notice}} nearly sent to wrong parent ([[case_reference:PN/2024/0117]])

        Hi all,

        Flagging a near miss from this afternoon. The {{penalty notice}} run for
        [[organisation:Ashgrove Primary School]] included a notice addressed to
        Mr [[name:Darren Whitlock]] at [[address:7 Mill Lane, Castleby]] for [[name:Maisie]]'s
        {{unauthorised absence}}. Mr [[name:Whitlock]] has not lived with [[name:Maisie]] since
        2021 and there is a {{non-molestation order}} in place, so the {{covering letter}}
        would have disclosed {{mum}}'s new address to him.

        [[name:Hope]] in {{business support}} caught it during the {{mail merge}} check. I have
        pulled the notice and added a {{warning flag}} on the {{EMS}} record.

        Thanks,
        [[name:Fola]]

        [[name:Folasade Adebayo-Clarke]] | Senior {{Education Welfare Officer}}
        [[organisation:Harrowby Borough Council]] | [[phone:01632 960 418]]
    """)),
    ("social_care", "success", block("""
        {{Teams}} chat - attendance team
        [09:14] [[name:Grace Oyelaran-Mensah]]: shout out to [[name:Will]] for the {{EHE}} visit yesterday 🙌
        [09:15] [[name:Will Thornton]]: ha cheers
        [09:16] [[name:Grace Oyelaran-Mensah]]: seriously tho - family at [[address:Flat 3, 22 Orchard Row, Castleby]] had refused every contact since {{Sept}}, [[name:Will]] got them to agree a {{home education}} review and they sent the {{education plan}} same day
        [09:17] [[name:Bilal]]: nice. is that the one [[name:JK]] flagged at {{attendance panel}}?
        [09:17] [[name:Will Thornton]]: yep, twins [[age:aged 9]] - [[name:Amara]] and [[name:Kofi]]. {{suitable education}}, not a {{CME}} case any more so closing [[case_reference:EHE-0922]]
        [09:18] [[name:Grace Oyelaran-Mensah]]: 👏 adding to the good practice log for {{Ofsted}} / {{ILACS}}
    """)),
    ("social_care", "incident", prose("""
        On [[date:14 November 2023]] a {{School Attendance Order}} warning letter relating to
        [[name:Oskar Wiśniewski]] (DOB [[date_of_birth:03/07/2011]]) was posted to his former
        address, [[address:41 Kestrel Way, Dunmore]], [[postcode:DN9 3RB]]. The address held on
        {{SIMS}} by [[organisation:Dunmore Community College]] had been updated in
        {{September}}, but the {{Local Authority}} {{EMS}} record had not, and the
        {{caseworker}} generated the letter from the old record. The current occupant,
        Mrs [[name:Halloran]], telephoned on [[date:17 November]] and returned it unopened. The
        family were informed by the {{EWO}}, [[name:Rhiannon Pryce]], the same day and an
        apology was given in Polish through the {{interpreting service}}. Reported to the
        {{Information Governance}} team as a {{data breach}} (ref [[case_reference:IG-23-1147]])
        and assessed as not reportable to the {{ICO}}. Learning: both systems are to be checked
        before any statutory letter is produced.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - {{CME}} duty desk - [[date:Fri 12 Jan]]
        From: [[name:Marta]]  To: [[name:Sunny]] ({{Mon}} cover)

        1. [[name:Ayaan Chaudhry]] [[age:aged 14]] - ref [[case_reference:CME-24-0012]]. School ([[organisation:Holloway Lane School]]) say family gone to Pakistan, no return date. I nearly closed as 'left country' today but we have no confirmation - then {{GP}} ([[organisation:Millbrook Medical Centre]]) said he had an appt there on [[date:9 Jan]]!! so he is HERE. DO NOT close. {{Home visit}} booked [[date:Mon 15th]] 10am with {{PCSO}}.
        2. [[name:Lily-Mae]] ([[age:6]]) - {{EHE}} notification, {{part-time timetable}} dispute w school. {{LADO}} not needed, just chase the {{head}}.
        3. {{Dad}}'s number on [[name:Ayaan]]'s file is wrong ([[phone:07700 900 317]] is a takeaway lol). Try [[phone:07700 900 652]].

        [[name:Marta K]]
    """)),
    ("social_care", "success", prose("""
        Just wanted to say a massive thank you to [[name:Joy]] from the attendance team.
        [[name:Kayden]] in {{Year 10}} was on 41% in the {{autumn term}} and we were heading for
        {{prosecution}}. [[name:Joy]] did three {{early morning}} door-knocks, got him a
        {{CAMHS}} referral for his anxiety and set up a {{reduced timetable}} with a proper
        review date ([[date:26 February]]). He was in every day last week. His {{mum}},
        [[name:Sharon]], cried at the {{attendance panel}} - in a good way! Please pass this on
        to her {{manager}}. [[name:Ruth Ellingham]], {{DSL}}, [[organisation:Fairbourne High School]]
    """)),
    ("social_care", "incident", block("""
        Chronology - {{lone working}} incident, {{EHE}} review visit, [[date:28/02/24]]
        13:05 [[name:Piotr Nowak]] ({{EWO}}) arrives at [[address:Unit 2, Tanners Yard, Crossmoor]] for pre-arranged review of [[name:Ellie-Rose Dunn]] ([[age:11]]).
        13:10 Father, Mr [[name:Dunn]], refuses entry, shouting and swearing. [[name:Piotr]] leaves.
        13:12 [[name:Piotr]] back in car, not followed. {{Lone worker app}} check-in missed - no signal.
        13:40 Office cannot reach [[name:Piotr]]; {{team manager}} [[name:Beatriz Almeida]] rings police on {{101}}, log [[case_reference:CAD 2244 28/02]].
        13:52 [[name:Piotr]] rings in from a {{petrol station}}, safe and well.
        Issues: visit not flagged as a {{two-worker visit}} despite a {{warning marker}} from 2022; the lone worker app has no coverage in the valley.
        Ref [[case_reference:LW-0219]]
    """)),
    ("social_care", "near_miss", block("""
        {{Attendance Panel}} - minutes
        Date: [[date:7 March 2024]] | Venue: {{Teams}}
        Present: [[name:Faith Okonkwo]] (Chair, {{Head of Inclusion}}), [[name:Tomasz Zieliński]] ({{EWO}}), [[name:Pat O'Rourke]] ({{SENCO}}, [[organisation:St Cuthbert's RC Primary]])
        Apologies: [[name:Mark Ferreira]] ({{Early Help}})

        Item 1 - [[name:Zainab]] and [[name:Yusuf Hassan]] ({{Y4}}, {{Y6}}): {{persistent absence}}, 78% and 81%.
        Panel was about to agree a {{penalty notice}} when [[name:Pat]] pointed out that [[name:Yusuf]] is on {{SEN support}} with an {{EHC needs assessment}} pending, and that most absences are covered by {{medical evidence}} from [[organisation:Brookfield Children's Centre]] that had not been uploaded. A notice would have gone against the {{DfE}} attendance guidance.
        Decision: no penalty notice. {{Attendance contract}} offered instead.
        Action: [[name:TZ]] to meet parents by [[date:21 March]].
    """)),
    ("social_care", "incident", block("""
        [[date:03/10/2023]], 08:47 - [[name:Nadia R]]: morning. just been in [[organisation:Westgate Primary]], {{Y2}} register is wrong AGAIN
        [[date:03/10/2023]], 08:48 - [[name:Callum]]: wrong how
        [[date:03/10/2023]], 08:50 - [[name:Nadia R]]: [[name:Ruby Tan]] marked present all last wk but office says shes been at her {{nan}}'s out of area since the [[date:25th]]. nobody noticed bc the {{supply teacher}} was just ticking everyone
        [[date:03/10/2023]], 08:51 - [[name:Callum]]: omg so she's basically been {{CME}} a wk and nobody knew
        [[date:03/10/2023]], 08:53 - [[name:Nadia R]]: yep. {{DSL}} logging on {{CPOMS}}, ive done a {{MASH}} enquiry [[case_reference:MASH-77120]]. nan's address [[address:9 Brook Terrace, Hebden Row]]
        [[date:03/10/2023]], 08:54 - [[name:Callum]]: ok. ring {{school nurse}} too + {{head}} needs to sort {{register}} checks
        [[date:03/10/2023]], 08:55 - [[name:Nadia R]]: 👍
    """)),
    ("social_care", "success", block("""
        {{CME}} closures - good practice log, w/e [[date:19 April]]

        Ref | Child | Outcome | Officer
        [[case_reference:CME-24-0402]] | [[name:Mateo Ruiz]] | found on roll at [[organisation:Lindenfield Academy]], moved in-county | [[name:Hope B]]
        [[case_reference:CME-24-0407]] | [[name:Aleksandra Lis]] | {{EHE}} confirmed, first visit done | [[name:Will T]]
        [[case_reference:CME-24-0411]] | [[name:Jayden Okafor-Baptiste]] | moved to Scotland, confirmed with [[organisation:Glenmorrow Council]] | [[name:Hope B]]
        [[case_reference:CME-24-0415]] | [[name:Ffion]] + [[name:Gethin Price]] | back in school after {{Early Help}} plan | [[name:Saoirse]]

        Notes: all four resolved inside {{20 school days}}. [[name:Hope B]]'s tracing through {{Admissions}}, {{HMRC}} {{Child Benefit}} and the {{s.436A}} checklist found [[name:Mateo]] in two days. Worth sharing at the regional {{CME}} network.
    """)),
    ("social_care", "near_miss", prose("""
        A {{deregistration}} letter for [[name:Leo Marchetti]] ([[age:13]]) was received by
        [[organisation:Brackenfield School]] on [[date:Monday 8 January]] and forwarded to the
        {{EHE}} team. The {{admin officer}} began processing it as routine. Before the
        {{Reg 8}} removal was confirmed, [[name:Amber Solanki]] ({{EHE adviser}}) checked
        {{Liquidlogic}} and found that [[name:Leo]] is subject to a {{Child Protection Plan}}
        under the category of {{neglect}}. His {{social worker}},
        [[name:Kwame Asante-Boateng]], had not been told. A {{strategy discussion}} was held the
        same day and the school kept [[name:Leo]] on roll pending a {{multi-agency}} meeting on
        [[date:11 January]]. No harm occurred. Ref [[case_reference:EHE-NM-0031]]. Learning:
        admin staff to check {{CP}} status on every {{EHE}} notification, in line with
        {{Working Together}}.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - Attendance & {{Inclusion Service}}
        Reporter: [[name:H. Lindqvist]]    Role: {{Attendance Officer}}
        Date of incident: [[date:22/05/2024]]
        Child: [[name:Darius Moradi]]    DOB: [[date_of_birth:19/10/2015]]
        Address: [[address:88 Quarry Hill Road, Stenbury]] [[postcode:SB3 8JD]]
        School: [[organisation:Stenbury Junior School]]
        Ref: [[case_reference:ATT-24-5531]]
        What happened: {{penalty notice}} posted to family in English only. Parents ({{Farsi}} speakers) did not understand it and paid twice (£160 each) after the second letter. {{Finance}} refund requested. {{Mum}} phoned on [[phone:01632 960 744]] very distressed.
        Action: translated letters and an {{interpreter}} for all {{Code of Conduct}} meetings.
        Signed: [[name:H.L.]]
    """)),
    ("social_care", "success", prose("""
        shoutout 2 [[name:rose]] in {{business support}} for spotting that 2 kids on the
        {{CME}} list were actually the same girl, [[name:Keeley Marsh]] ({{Year 3}}), on roll at
        [[organisation:Parkside Primary]] AND [[organisation:Hollins Green Primary]]!! saved us a
        {{dual registration}} mess + a wasted {{home visit}}. she checked DOB
        ([[date_of_birth:02/02/2016]]) on {{SIMS}} and the {{UPN}}s matched. {{Admissions}}
        fixing it now. legend. [[name:gabi]] ({{EWO}}, north team)
    """)),
    ("social_care", "incident", block("""
        #attendance-cme
        [[name:oluwaseun.b]] 10:02
        pls can someone check - [[organisation:Riverside Free School]] sent a {{CME}} referral w another child's {{medical info}} attached (wrong pdf)
        [[name:jess.moran]] 10:04
        ugh. whose?
        [[name:oluwaseun.b]] 10:05
        a boy called [[name:Antoni]] in {{Y7}}, his {{epilepsy}} {{care plan}}. our referral is for [[name:Shanice Boakye]] DOB [[date_of_birth:11.09.2012]]
        [[name:jess.moran]] 10:06
        delete it from the {{shared inbox}}, tell the school {{DPO}} + log it as [[case_reference:DPB-2024-088]]
        [[name:oluwaseun.b]] 10:09
        done. their DPO is Mr [[name:Haddad]], emailed [[email:dpo@riversidefree.sch.uk]]. school saying {{admin}} did it in a rush before {{half term}}
        [[name:jess.moran]] 10:10
        ok ty. {{IG}} will want it by 5
    """)),
    ("social_care", "near_miss", prose("""
        phone call frm a man saying hes [[name:Archie]]s dad, asking wat school [[name:archie]]
        ([[age:8yo]]) is at now + the new addres. i nearly read it off the {{CME}} screen
        ([[organisation:Bellway Road Primary]]) then saw the {{alert}} - {{non-molestation order}}
        against dad, {{mum}} fled {{DA}} last yr. told him we cant share + to go thru a
        {{solicitor}}. number he rang from [[phone:07700 900 981]], passed to {{MARAC}}
        coordinator [[name:Sian]] + added to case note [[case_reference:CME-23-0874]]. the alert
        was in a tab not on the front screen, shd be a {{pop-up}}. [[name:Tariq]]
    """)),
    ("social_care", "success", prose("""
        Good practice: between [[date:4 September]] and [[date:16 October 2023]] the {{CME}}
        team located and placed five children from the [[name:Lakatos]] family, who had arrived
        from Hungary and were living at [[address:Caravan 6, Marsh Lane Site, Ebbington]].
        [[name:Dorina]] ([[age:15]]) had never attended school in the UK.
        [[name:Florin Dumitrescu]], the {{Gypsy, Roma and Traveller}} liaison worker, built trust
        over several visits and helped the family complete {{in-year admission}} forms.
        [[organisation:Ebbington Vale Academy]] and
        [[organisation:St Mary Magdalene CE Primary]] offered places within ten days, with
        {{EAL}} support and a {{buddy}} scheme. Attendance for all five is now above 90% and the
        {{Fair Access Protocol}} panel was not needed. Thanks to [[name:Florin]],
        [[name:Bill Ashworth]] ({{admissions}}) and {{health visitor}} [[name:Nkechi]].
    """)),
    ("social_care", "incident", block("""
        Incident ref: [[case_reference:IG-24-0332]]
        Reported by: [[name:Wojciech Kamiński]] ('[[name:Voy]]'), {{EWO}}
        Date/time: [[date:Thu 18 April 2024]], approx 17:30
        Summary: encrypted {{laptop}} and a paper {{attendance register}} printout for [[organisation:Kingsgate Primary]] {{Year 5}} left on the 17:12 train. Printout held names and {{attendance codes}} for 28 pupils, no addresses. Laptop is {{BitLocker}} encrypted. Reported to {{British Transport Police}} (ref [[case_reference:BTP-0418-2291]]) and {{IG}}.
        Outcome: both handed in to lost property and recovered [[date:19/04]]. {{ICO}} notification not required.
        Learning: no paper registers off-site. [[name:Voy]] has completed {{GDPR}} refresher.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        pt came in w/ {{alkali}} splash both eyes ({{oven cleaner}}), booked in 14:20 but sat in
        waiting rm 35 mins bc reception put 'eye irritation' not {{chemical injury}}. no {{pH}}
        at booking. i spotted him rubbing eyes + took straight thru, pH 10 R / 9 L,
        {{irrigated}} 2L {{Hartmann's}} via {{Morgan lens}}, {{reg}} Dr [[name:Achterberg]] saw
        him. {{limbal ischaemia}} 2 clock hrs R. pt [[name:Gary Pocock]] [[age:52]], hosp no
        [[case_reference:K4471902]], now on {{hourly drops}}. this is the 2nd time this month,
        reception need a {{red flag}} list!! [[name:sj]] {{triage nurse}}
    """)),
    ("health", "near_miss", block("""
        From: [[name:Priyanka Raghunathan]] <[[email:priyanka.raghunathan@nhs.net]]>
        Sent: [[date:12 February 2024]] 09:03
        To: {{Eye Casualty Nursing}}; [[name:Tom Beckwith]]
        Subject: Near miss - {{chloramphenicol}} / {{atropine}} boxes

        Hi [[name:Tom]],

        Overnight our {{HCA}} [[name:Blessing]] nearly handed a {{TTO}} pack of {{atropine 1%}}
        to the {{mum}} of a [[age:4-year-old]] instead of {{chloramphenicol 0.5%}}. Both come in
        white boxes with red text and sit side by side in the {{drug cupboard}}. She re-checked
        the label against the prescription at the door and swapped it. Patient
        [[name:Isla McAllister]], {{MRN}} [[case_reference:RX0082114]]. No harm.

        Can we separate them and add {{shelf alerts}}? Logged on {{Datix}} [[case_reference:W-118827]].

        Thanks,
        [[name:Priyanka]]
        [[name:Priyanka Raghunathan]], {{Senior Sister}}, {{Eye Casualty}}, [[organisation:St Aldhelm's Eye Hospital]]
    """)),
    ("health", "success", prose("""
        Huge thanks to Dr [[name:Oluwaseun Akande]] ({{ST4}}) who on a packed {{Saturday}}
        spotted a {{retinal detachment}} in a [[age:29-year-old]] who had been triaged as
        {{floaters}} and was about to go home with a routine clinic letter. [[name:Olu]] did a
        dilated {{fundoscopy}} anyway, found a {{macula-on}} detachment and got him on the
        {{VR}} list at [[organisation:Kingsmere General]] the same night. He is now {{6/6}}.
        Thanks also to [[name:Faith]] on the {{front desk}} for fast-tracking him back. From all
        the {{nurses}} on [[organisation:Nightingale Unit]] 💙
    """)),
    ("health", "incident", block("""
        Timeline - delayed treatment, {{acute angle closure}}
        Patient: [[name:Doreen Achebe-Wallis]], [[age:71]], {{NHS no}} [[nhs_number:485 771 2369]]
        [[date:03/04/24]]
        19:40 Arrives {{eye casualty}} with {{GP}} letter from [[organisation:Elmhurst Surgery]]: 'painful red eye, vomiting'.
        19:55 Triaged {{category 3}}. {{VA}} {{HM}} right. {{IOP}} not measured - {{Tonopen}} missing from triage room.
        21:10 Seen by {{SHO}} [[name:Ewan]]. IOP 58 right.
        21:25 {{Acetazolamide}} 500 mg {{IV}} and {{pilocarpine}} 2% given.
        21:40 {{Registrar}} Dr [[name:Adeyemi]] informed; {{laser PI}} booked for [[date:4 April]].
        Arrival to treatment: 1 h 45 min.
        Issues: no IOP at triage; vomiting recorded but not escalated; only one Tonopen in the department.
    """)),
    ("health", "near_miss", block("""
        [[name:Hannah Kowalczyk]] 14:02
        anyone know why bed 3 pt has 2 {{wristbands}}??
        [[name:Rafael Oliveira]] 14:03
        which bed
        [[name:Hannah Kowalczyk]] 14:03
        one says [[name:Mohammed Iqbal]] [[date_of_birth:04/06/1958]], other says [[name:Mohammed Iqbal]] [[date_of_birth:14/06/1985]]. i was about to put {{cyclopentolate}} in for {{dilation}}
        [[name:Rafael Oliveira]] 14:04
        stop!! the younger one is in {{minors}} with a {{foreign body}}. {{PAS}} must have merged them at booking
        [[name:Hannah Kowalczyk]] 14:06
        ok checked {{hosp no}} - right one is [[case_reference:K3310045]]. wrong band cut off, will {{datix}}
        [[name:Rafael Oliveira]] 14:07
        ty. tell [[name:Mo]] on {{reception}} pls, and the {{EPR}} team
    """)),
    ("health", "success", block("""
        Dear all at the {{eye casualty}},
        I was brought in by my {{son}} on [[date:27th December]] after getting {{bleach}} in my eye while cleaning the bathroom. The {{nurse}}, I think her name was [[name:Mercy]], rinsed my eye for what felt like an hour and kept checking it with little paper strips. The young {{doctor}}, Dr [[name:Siddiqui]], explained everything and phoned me the next day to see how I was. I was so frightened of going blind and now I can see perfectly. Thank you from the bottom of my heart.
        [[name:Peggy Hollis]], [[address:12 Larch Avenue, Wexcombe]]

        [Note from {{Sister}} [[name:Clare]]: {{pH}} strips, 40 mins {{irrigation}} and a {{Morgan lens}} - well done [[name:Mercy]]!]
    """)),
    ("health", "incident", prose("""
        On [[date:19 June 2024]] a [[age:34-year-old]] man, [[name:Adrián Castillo]] (hospital
        number [[case_reference:HEC-552031]]), attended with a red, watery left eye and was
        diagnosed by a {{locum}} {{SHO}}, Dr [[name:L. Petrova]], with {{anterior uveitis}}. He
        was discharged with {{dexamethasone}} 0.1% drops. {{Fluorescein}} staining was not
        performed. He returned on [[date:22 June]] with worsening pain and a large
        {{dendritic ulcer}} consistent with {{herpes simplex keratitis}}. The steroid was
        stopped, {{ganciclovir}} gel started and he was reviewed in the {{cornea clinic}} at
        [[organisation:Harcourt Eye Centre]]. He has a residual {{stromal scar}} and vision of
        {{6/12}}. Learning: fluorescein must be used for every red eye before
        {{topical steroids}} are prescribed, as in {{RCOphth}} guidance; the locum induction pack
        now says so.
    """)),
    ("health", "near_miss", block("""
        EYE CAS NIGHT -> DAY HANDOVER [[date:Sat 9/3]]
        {{Nurse in charge}}: [[name:Joy]] -> [[name:Bernadette]]
        - {{Cubicle 2}}: [[name:Kieran Doyle]] [[age:19]], {{penetrating eye injury}} L (hammering metal), {{NBM}} since 02:00, for {{theatre}} am. {{Agency nurse}} nearly put {{tetracaine}} + {{fluorescein}} in before the {{shield}} was on - caught by [[name:Joy]]. Shield on now, {{tetanus}} given.
        - Cubicle 4: Mrs [[name:Olabisi]], ?{{CRAO}}, {{reg}} aware, {{ESR}}/{{CRP}} sent, awaiting.
        - {{FU clinic}}: [[name:Jun Watanabe]] booked [[date:Mon 11th]] 09:00.
        - {{Slit lamp}} 2 bulb gone, reported to {{EBME}}.
        [[name:Joy]] x
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT - {{Ophthalmology}} ({{Eye Casualty}})
        Ref: [[case_reference:INC-24-06617]]
        Date/time: [[date:27/08/2024]] 16:15
        Patient: [[name:Suleiman Abdi]]
        NHS No: [[nhs_number:632 419 8057]]
        DOB: [[date_of_birth:30/11/1979]]
        Address: [[address:Flat 9, Coldharbour House, 3 Station Approach, Wexcombe]] [[postcode:WX2 4LQ]]
        Tel: [[phone:07700 900 233]]
        Description: Patient discharged after {{cataract surgery}} on the RIGHT eye with {{prednisolone acetate 1%}} ({{Pred Forte}}). {{TTO}} label printed '1 drop LEFT eye 4x day'. Patient used it in the left eye for 2 days until he phoned the {{follow-up clinic}}. Right eye {{post-op inflammation}} worse at review; {{IOP}} normal. No lasting harm expected. Label came from a template in {{ePMA}} copied from the previous patient.
        Reporter: [[name:A. Nwachukwu]], {{Staff Nurse}}
    """)),
    ("health", "success", block("""
        {{Eye Casualty}} {{Clinical Governance}} - minutes, [[date:16 May 2024]]
        Attendees: Mr [[name:R. Kapoor]] ({{Consultant}}, chair), [[name:Sinéad Gallagher]] ({{Matron}}), Dr [[name:Yifan Chen]] ({{registrar}}), [[name:Hope Ibekwe]] ({{ENP}}), [[name:Ama]] ({{ECLO}})
        Apologies: [[name:Will Rutherford]], [[name:Grace]]

        1. Good catch - [[name:Hope]] recognised {{giant cell arteritis}} in a patient [[age:aged 78]] referred by an optometrist as {{CRAO}}. {{ESR}} sent and {{IV methylprednisolone}} started within the hour; {{temporal artery biopsy}} booked. Vision in the other eye preserved.
        2. {{Manchester Triage System}} eye flowchart to be adopted from [[date:1 June]].
        Actions: [[name:RK]] to present the case at regional teaching; [[name:SG]] to update triage competencies.
    """)),
    ("health", "near_miss", prose("""
        nr miss - pt [[name:jade]] [[age:23]] w {{contact lens}} related {{keratitis}} nearly
        sent home w just {{chloramphenicol}} by me b4 i clocked shed been sleeping in lenses 2
        wks + {{swimming}} in them. {{reg}} said cld be {{acanthamoeba}}, needs {{scrape}} +
        {{PHMB}} + {{cornea clinic}} tmrw. hosp no [[case_reference:K5092238]]. prob need a
        {{CL}} prompt on the {{triage proforma}} tbh. {{ENP}} [[name:Cat]]
    """)),
    ("health", "incident", block("""
        [[date:21/07/2024]], 22:14 - [[name:Ngozi]]: anyone still on? man in {{waiting room}} kicking off, says waited 4 hrs with a {{foreign body}}
        [[date:21/07/2024]], 22:15 - [[name:Stef Kuznetsova]]: on my way. have u called {{security}}
        [[date:21/07/2024]], 22:15 - [[name:Ngozi]]: yes theyre coming. he threw a chair at the {{triage}} window, glass cracked
        [[date:21/07/2024]], 22:19 - [[name:Stef Kuznetsova]]: police too? pls get his {{hosp no}}
        [[date:21/07/2024]], 22:21 - [[name:Ngozi]]: [[case_reference:K6620193]], name [[name:Lee Garside]]. doing {{Datix}}, police log [[case_reference:CAD 5521]]
        [[date:21/07/2024]], 22:40 - [[name:Stef Kuznetsova]]: all ok?
        [[date:21/07/2024]], 22:41 - [[name:Ngozi]]: yeah. {{reg}} [[name:Paddy]] still saw him, {{rust ring}} removed lol. nobody hurt, {{Police}} took statements
    """)),
    ("health", "success", block("""
        Learning from excellence - {{eye casualty}}, {{Q2}} 2024
        Date | Staff | What they did
        [[date:02/04]] | [[name:Sunny Bains]] ({{HCA}}) | child [[age:aged 6]] with {{pH}} 11 after a splash - started {{irrigation}} before the doctor arrived
        [[date:19/04]] | [[name:Anneliese Vogt]] ({{optometrist}}) | {{virtual review}} of {{OCT}} scans picked up {{wet AMD}}; {{anti-VEGF}} given within 9 days
        [[date:08/05]] | Mr [[name:Obi]] ({{consultant}}) | stayed late for a {{lateral canthotomy}} on a {{retrobulbar haemorrhage}} after an {{RTC}}
        [[date:30/06]] | [[name:Rosie-Mae]] & [[name:Ife]] ({{reception}}) | rebooked 40 {{follow-up clinic}} patients by phone during the {{IT outage}}
        Nominations to [[email:eyecas.lfe@stcaldwell.nhs.uk]]
    """)),
    ("health", "incident", prose("""
        A [[age:61-year-old]] woman seen in the {{eye casualty}} at
        [[organisation:Penhallow Hospital]] on [[date:2 January 2024]] with
        {{flashes and floaters}} was found to have a {{horseshoe tear}}, treated with
        {{laser retinopexy}} by the {{retina fellow}}. A two-week {{follow-up}} was requested on
        the paper {{outcome form}}, but the form was not scanned during the {{EPR}} changeover
        and no appointment was made. She re-presented on [[date:29 January]] with a
        {{macula-off}} {{retinal detachment}} and underwent {{vitrectomy}}; final
        {{visual acuity}} is {{6/36}}. Patient: [[name:Teresa Okoro-Lindgren]], {{NHS number}}
        [[nhs_number:943 026 7183]]. A {{Duty of Candour}} letter was sent by
        Mr [[name:Haverford]]. Learning: paper outcome forms withdrawn; all follow-ups are now
        booked on the EPR before the patient leaves.
    """)),
    ("health", "near_miss", block("""
        Phone triage log - {{eye casualty}} advice line, [[date:8 October 2024]]
        Caller: [[name:Kerry-Ann Baptiste]] ({{mum}}), tel [[phone:01632 960 582]]
        Child: [[name:Zion Baptiste]], [[age:3]]
        Call taker: {{HCA}} [[name:Bogdan]]

        14:31 Caller says [[name:Zion]] squeezed a {{dishwasher tablet}} and got some in his eye 10 mins ago. Crying, rubbing eye.
        14:32 [[name:Bogdan]] advised bathing with water and booking a {{GP}} appt; coded as {{routine advice}}.
        14:36 {{Triage nurse}} [[name:Pat]] overheard 'dishwasher' at the next desk, recognised {{alkali}} risk and rang back.
        14:38 Advised continuous rinsing under the tap for 20 mins then come straight in; {{999}} if unable to travel.
        15:20 Arrived. {{pH}} 9, {{irrigated}}, {{fluorescein}} negative, home with {{chloramphenicol}}.
        Learning: any chemical = same-day attendance. Advice card updated.
    """)),
    ("health", "success", block("""
        #eyecas-kudos
        [[name:amara.osei]] 11:20
        kudos to [[name:bill.fenwick]] 🎉 pharmacy tech who came down himself at 19:30 with {{fortified}} {{cefuroxime}} + {{gentamicin}} drops for a {{microbial keratitis}} pt when {{pharmacy}} was shut. drops in within 40 min of {{scrape}}
        [[name:leon.papadopoulos]] 11:22
        +1, pt (Mrs [[name:Hadfield]]) had a {{hypopyon}} and is improving already
        [[name:bill.fenwick]] 11:25
        aw thanks both. {{on-call pharmacist}} [[name:Zara]] did the checking tho!
        [[name:amara.osei]] 11:26
        kudos to [[name:Zara]] too then 😄 sending to the {{Greatix}} inbox
    """)),
    ("health", "incident", block("""
        Subject: Misdirected discharge letter - [[case_reference:INC-24-07702]]
        From: [[name:Duncan MacLeod]] <[[email:duncan.macleod@nhs.net]]>
        Date: [[date:Wed 4 September 2024]]
        To: Dr [[name:Fairweather]]

        Dear Dr [[name:Fairweather]],

        Thank you for letting us know that you received an {{eye casualty}} discharge letter for Ms [[name:Evangelina Moreno]] (DOB [[date_of_birth:17/08/1990]]), who is not registered with [[organisation:Thornfield Medical Practice]]. Her {{GP}} changed to [[organisation:Castlegate Health Centre]] in {{May}}, but our {{PAS}} had not refreshed from the {{Spine}}. The letter contained her diagnosis of {{optic neuritis}} and a plan for {{MRI}} and {{neurology}} referral. Please securely destroy it. We have sent a copy to the correct practice and apologised to Ms [[name:Moreno]]. This has been reported to our {{Caldicott Guardian}}.

        Kind regards,
        [[name:Duncan]]
        {{Patient Safety}} Lead, {{Ophthalmology}}
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        staff search {{lane 2}} approx 05:40, contractor from
        [[organisation:Fresh Wings Catering]] had a 10cm {{lock knife}} in his jacket, said he
        forgot it was there. pass no [[case_reference:SP-88214]], name [[name:Dean Hollister]].
        {{STSO}} [[name:kev]] notified, pass suspended + {{police}} informed per {{SOP}}, knife
        bagged. he'd already walked thru the {{archway}} b4 the {{X-ray}} alarmed bc he threw
        his jacket in the {{tray}} late, so the tray nearly went unwatched at the end of the
        belt. ref [[case_reference:SEC-INC-2417]]. [[name:mb]]
    """)),
    ("aviation", "near_miss", block("""
        Radio log - {{Central Search}} channel, [[date:14/08/2024]]
        06:12 {{CSA 4}}: Control, CSA 4, {{unattended bag}} at {{tray return}}, {{lane 6}}, over.
        06:12 {{Control}}: CSA 4, Control, describe, over.
        06:13 CSA 4: Grey {{wheelie case}}, bag tag [[flight_number:NVX 2231]] to Alicante, nobody claiming, over.
        06:13 Control: Roger, cordon 10 metres, {{Duty Manager}} en route, over.
        06:16 [[name:Yasmin]] ({{DM}}): On scene. Passenger Mr [[name:Gheorghe]] has just come back, says he left it to go to the {{toilets}}. Bag {{rescreened}}, clear. Stand down, over.
        06:17 Control: Stand down, logged as [[case_reference:CSA-LOG-1182]], out.
    """)),
    ("aviation", "success", block("""
        From: [[name:Colette Baptiste-Harding]] ({{Security Manager}})
        To: All {{CSA}} staff
        Date: [[date:2 July 2024]]
        Subject: Well done {{Saturday}} team!

        Team,

        A huge thank you to everyone on {{A shift}} on Saturday. With two {{CT scanners}} down we
        still kept {{queue times}} under 15 minutes for 94% of the day. Special mention to
        [[name:Hamza]], who spotted a {{realistic replica firearm}} in a child's rucksack on
        {{lane 3}} despite the pressure, and to [[name:Mark O'Sullivan]] for reorganising the
        {{tray return}} on the fly. {{DfT}} inspector Ms [[name:Frobisher]] happened to be
        observing and commented on how calm the {{divest}} area was.

        [[name:Colette]]
        [[organisation:Bramley Moor Airport]] Security | [[phone:01632 961 077]]
    """)),
    ("aviation", "incident", prose("""
        At approximately 14:20 on [[date:9 March 2024]] an employee of
        [[organisation:Skyvale Airways]] attempted to enter the {{staff search}} area at
        {{Gate 12}} using an {{airside ID pass}} belonging to a colleague. The
        {{security officer}}, [[name:Anjali Deshpande]], noticed that the photograph did not
        match and challenged him; he gave his name as [[name:Ryan Colquhoun]]. The pass (number
        [[case_reference:AID-40377]]) was registered to [[name:Connor Bell]], who had reported it
        lost two days earlier, but the loss had not been processed by the {{ID Centre}} and the
        pass was still active on {{access control}}. Mr [[name:Colquhoun]] was refused entry,
        {{Airport Police}} attended and [[organisation:Skyvale]] was informed. Reported to the
        {{DfT}} as a {{security incident}}. Learning: lost passes are now cancelled at the point
        of report, {{24/7}}, and {{supervisors}} can suspend a pass from the {{CSA}} desk.
    """)),
    ("aviation", "near_miss", block("""
        [[date:11/11/2023]], 04:52 - [[name:Sanjay]]: heads up {{lane 5}} {{archway}} wasnt tested at open, {{AM}} {{test sheet}} blank
        [[date:11/11/2023]], 04:53 - [[name:Roxanne]]: 😬 we've put about 40 pax thru it already
        [[date:11/11/2023]], 04:54 - [[name:Sanjay]]: closing it. [[name:Dmitri]] can u do the {{test piece}} now
        [[date:11/11/2023]], 05:01 - [[name:Dmitri]]: done, passed first time
        [[date:11/11/2023]], 05:02 - [[name:Sanjay]]: ok reopen. ill put it on the {{shift log}}, {{nights}} left it with no sheet
        [[date:11/11/2023]], 05:03 - [[name:Roxanne]]: tell [[name:Big Pete]] 😂
        [[date:11/11/2023]], 05:03 - [[name:Sanjay]]: lol [[name:Pete]] knows. {{STSO}} wants the 40 pax count for the {{occurrence report}}
    """)),
    ("aviation", "success", block("""
        {{CSA}} weekly summary - w/c [[date:15 April 2024]]

        Day | Pax screened | Max queue | {{Prohibited items}} | Supervisor
        {{Mon}} | 9,412 | 12 min | 311 | [[name:Aoife]]
        {{Tue}} | 8,977 | 9 min | 287 | [[name:Aoife]]
        {{Wed}} | 9,105 | 8 min | 264 | [[name:Jean-Baptiste Mbeki]]
        {{Thu}} | 10,220 | 14 min | 352 | [[name:Jean-Baptiste Mbeki]]
        {{Fri}} | 11,874 | 15 min | 401 | [[name:Lucia]]

        Notes: best week since the {{CT}} install - every day inside the 15-min {{SLA}}. {{LAGs}} still the top item. Thanks to [[name:Lucia]] for rebuilding the break rota and to [[name:J-B]] for covering two {{lates}}.
    """)),
    ("aviation", "incident", block("""
        Chronology - injury at {{ATRS}} ({{automated tray return}}), {{lane 1}}
        [[date:Sun 23 June 2024]]
        07:31 {{Tray}} jam at the {{divest}} point. Officer [[name:Gintarė Petraitytė]] reaches into the {{rollers}} to free it without using the {{E-stop}}.
        07:31 Left hand caught; colleague [[name:Fergus]] hits the E-stop.
        07:35 {{First aider}} [[name:Bill]] attends; suspected fracture of two fingers.
        07:50 Taken to [[organisation:Bramley General Hospital]] by a colleague.
        08:10 Lane 1 closed; engineer from [[organisation:Trayflow Systems Ltd]] called.
        08:40 Engineer finds the {{guard}} has been missing since maintenance on [[date:20 June]].
        {{RIDDOR}} reportable. Ref [[case_reference:HS-24-0093]].
    """)),
    ("aviation", "near_miss", block("""
        STAFF SCREENING - NEAR MISS FORM
        Ref: [[case_reference:SS-NM-0558]]
        Date: [[date:05/02/2024]]   Time: 11:05
        Location: {{Staff Search}} Point B ({{Pier 2}})
        Officer: [[name:Tendai Moyo]]   ID: [[case_reference:SO-2210]]
        Person screened: [[name:Gareth Pryce-Jones]], [[organisation:Kelso Engineering]]
        Vehicle: [[vehicle_registration:KX19 RWT]] (airside van)
        Details: Tool bag contained a {{Stanley knife}} that was not on his {{tools list}}. {{X-ray}} image was flagged by the {{CT}} operator, [[name:Precious]], but the {{supervisor}} nearly released it, assuming all contractor tools were on the {{tool register}}. Officer [[name:Moyo]] checked the list and held the item.
        Action: {{tool control}} briefing for all contractors; reminder to supervisors.
    """)),
    ("aviation", "incident", block("""
        [[name:Leanne Foster]] 05:58
        queue now back past the {{escalators}}, 45 min+
        [[name:Obinna Eze]] 05:59
        only 4 lanes open, 3 off sick + [[name:Kasia]] stuck in traffic
        [[name:Leanne Foster]] 06:05
        {{Fast Track}} shut too. [[organisation:Skyvale]] asking about [[flight_number:SKV 412]] to Faro, 23 pax still in the queue
        [[name:Obinna Eze]] 06:07
        ask the {{Terminal Duty Manager}} to call {{Airline Ops}} + open {{lane 7}} with me on it
        [[name:Leanne Foster]] 06:30
        [[flight_number:SKV 412]] gone without 11 pax. {{complaints}} incoming. logging as [[case_reference:OPS-24-3321]]
        [[name:Obinna Eze]] 06:31
        and {{SLA}} breach for the {{CAA}} return? pls flag to [[name:Colette]]
    """)),
    ("aviation", "success", prose("""
        I travelled through your airport on [[date:18 May]] with my {{son}} [[name:Alfie]], who
        is {{autistic}} and [[age:aged 10]], and I want to thank the {{security officer}} called
        [[name:Sunita]] (I think) who saw he was struggling with the noise at the {{trays}}. She
        took us to the {{assistance lane}}, let him put his own {{tablet}} through the
        {{X-ray}} and showed him the {{body scanner}} before he went in. She had noticed his
        {{Sunflower lanyard}} straight away. We made our [[organisation:Aerlinea Norte]] flight
        [[flight_number:AN 7719]] with time to spare and he talked about 'the kind lady' all the
        way to Tenerife. Please pass this on. [[name:Claire Ndlovu]],
        [[email:clairendlovu77@mailbox.co.uk]]
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:30 October 2023]] at about 17:45 a {{screener}} on {{lane 4}} had been on
        {{X-ray}} image interpretation for 48 minutes, well beyond the 20-minute {{rotation}}
        limit, because the {{rota}} had not been updated after two officers went home sick. A
        bag containing a {{stun gun}} disguised as a torch was initially cleared, but the
        {{second-line}} officer, [[name:Rui Carvalho]], was watching the same image and stopped
        the bag. The passenger, [[name:Viktor Halász]], booked on [[flight_number:NVX 4408]], was
        handed to {{police}} and did not travel. The screener, [[name:Eleni]], was rotated off
        and supported. Supervisor [[name:Patience Addo]] has rebuilt the rotation spreadsheet so
        that overruns show in red, and the {{Security Manager}} has reminded all {{STSOs}} of the
        {{screener fatigue}} rule. Ref [[case_reference:SEC-NM-0771]].
    """)),
    ("aviation", "incident", block("""
        {{Security}} {{Ops}} meeting - [[date:Tues 4th June]]
        Present: [[name:Colette]] (chair), [[name:Hamza Qureshi]], [[name:J.K.]], [[name:Fatima-Zahra Bennani]], [[name:Rhys]] ({{union rep}})
        Apologies: [[name:Pat Moriarty]]

        1. Incident: {{staff pass}} holder [[name:Ollie Grant]] ([[organisation:Jetclean Services]]) found with {{cannabis}} at {{staff search}} on [[date:1 June]]. Police dealt; pass revoked; {{ID Centre}} informed.
        2. {{CCTV}} over {{lane 8}} not working since [[date:20 May]]. {{Facilities}} chasing.
        3. {{CAA}} audit prep - [[name:Fatima-Zahra]] to pull {{training records}}.
        AOB: [[name:J.K.]]'s leaving do on the [[date:28th]].
    """)),
    ("aviation", "success", prose("""
        gd catch by [[name:hassan]] on {{CT}} {{lane 9}} - {{vape}} w/ a modified
        {{lithium battery}} hidden inside a {{teddy}}, pax on [[flight_number:EZK 1183]] to
        Dalaman. no drama, item surrendered, pax made flight. shows the {{TIP}} training paying
        off. {{STSO}} [[name:yvonne]] says put him fwd for {{Star of the Month}} 👍 [[name:t.m]]
    """)),
    ("aviation", "incident", block("""
        RT transcript extract - [[date:12 Sept 2024]] - {{Ground}} frequency
        07:42 {{GND}}: [[flight_number:SKV412]], hold position, {{security}} request, expect return to stand.
        07:42 [[flight_number:SKV412]]: Holding, [[flight_number:SKV412]]. Reason?
        07:43 GND: [[flight_number:SKV412]], possible unscreened passenger on board, {{Airport Ops}} request return to {{stand}} 14.
        07:43 [[flight_number:SKV412]]: Roger, return to stand 14, [[flight_number:SKV412]].
        Background: at 06:55 a {{fire door}} between {{landside}} and the {{departure lounge}} was propped open by a contractor. {{CCTV}} showed a man walking through without screening and later boarding. Aircraft [[aircraft_registration:G-SKVB]] ({{A320}}) was deplaned and all 174 pax and {{cabin bags}} rescreened. Delay 2h10. Ref [[case_reference:SEC-INC-2520]]. {{DfT}} notified.
    """)),
    ("aviation", "near_miss", block("""
        SUPERVISOR HANDOVER - {{CSA}} - {{lates}} -> {{nights}}, [[date:Fri 26/07]]
        - {{ETD}} machine lane 3 still giving {{false alarms}}, {{engineer}} booked Sat a.m. (job [[case_reference:WO-77815]])
        - Near miss 19:20: [[name:Ikenna]] nearly let a [[organisation:Jetclean]] cleaner through {{staff search}} on an expired {{ID pass}} (exp [[date:25/07/24]]). Spotted by [[name:Mirela]] at the {{pass reader}}. Name: [[name:Shauna Devlin]], pass [[case_reference:AID-51190]]. Escorted landside, her manager [[name:Gordon]] phoned on [[phone:07700 900 446]].
        - Lost property: {{laptop}} from lane 6, in the safe, tag [[case_reference:LP-2291]].
        - Staffing: [[name:Faith]] and [[name:Rose]] off sick tomorrow.
        Any probs ring me - [[name:Wes]]
    """)),
    ("aviation", "success", prose("""
        Following a {{CAA}} inspection finding that {{staff screening}} at {{Pier 1}} was rushed
        at shift change, the {{Security Training}} lead, [[name:Magdalena Wróbel]], and {{STSO}}
        [[name:Ade]] redesigned the flow. Staff now pre-book a five-minute slot when they swipe
        their {{ID pass}}, and a second {{archway}} opens automatically when more than ten people
        are waiting. Between [[date:4 March]] and [[date:31 March]] the peak wait fell from 19 to
        6 minutes and no {{ground handling}} staff missed a {{pushback}}.
        [[organisation:Meridian Ground Handling]] has asked to adopt the same booking screen at
        {{Pier 3}}. Thanks to [[name:Ade]] and [[name:Magdalena]], and to officers
        [[name:Chidi]] and [[name:Ruth]] who trialled it on {{early shifts}}.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind240", REPORTS))
