"""Held-out blind corpus 281: invented UK incident, near-miss and learning reports.

Fifty reports written blind (without sight of the de-identifier or any other corpus) as
front-line practitioners type them into a confidential reporting system:

- social_care (17): a children's placement commissioning and sufficiency team - out-of-area
  residential placements, providers, unregistered settings and placement searches.
- health (17): a paediatric diabetes team - insulin pumps, sensors, clinic, school care
  plans, DKA admissions and the on-call phone.
- aviation (16): an aerial firefighting and crop spraying operator - pilots, loaders,
  farmers, fire services and agricultural strips.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams/WhatsApp/Slack), handover notes, minutes with attendance
and apologies, pipe-separated and aligned tables, radio transcripts, shout-outs and thank-you
notes. Every person, organisation, place and number is invented. Identifiers are marked
[[label:value]]; must-not-redact mentions (roles, agencies, frameworks, drugs, equipment,
generic days and times, place types, look-alike acronyms) are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind281.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        placement search for [[name:kayden]] ([[age:14yo]]) still open day 9. sent referral
        to 38 providers thru {{the portal}}, 2 replies both no. [[organisation:Brightpath Care Ltd]]
        said they cd do it but only {{solo}} with 3:1 at £11k/wk, {{head of service}} wont sign.
        kid currently in {{the office}} w/ 2 agency staff overnight which is basically an
        {{unregistered setting}}... {{EDT}} were told. {{IRO}} ([[name:Deborah Ansah-Mensah]])
        emailed asking why no {{placement plan}}. honestly we r out of options, this is the
        3rd time this yr. needs escalating to {{DCS}} tmrw. ref [[case_reference:PLS-2024-0419]]
        - [[name:mo]]
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:14 February]] a placement offer was accepted for a young person ([[name:JR]],
        [[age:aged 15]]) at a {{children's home}} operated by
        [[organisation:Larchmont Residential Group]]. During {{pre-placement checks}} the
        {{commissioning officer}}, [[name:Funmilayo Adeyemi]], noticed that the home's
        {{Ofsted}} registration covered ages 8 to 13 only and the provider had not applied for a
        {{variation}}. The home had told the {{placing social worker}} it was "all sorted". The
        move was stopped about two hours before transport was due. Had it gone ahead, [[name:JR]]
        would in effect have been living in an unregistered arrangement. A bridging placement was
        found the same evening at [[organisation:Cedar View Children's Home]]. Learning: we
        check the registration certificate on the {{Ofsted}} website ourselves rather than
        relying on what the provider says; this has been added to the
        {{Placement Finding Checklist}}.
    """)),
    ("social_care", "success", block("""
        [09:14] [[name:Priya Raman]]: shout-out thread 🙌
        [09:15] [[name:Priya Raman]]: huge thanks to [[name:Joy]] who rang round every {{solo provider}} on our {{framework}} on a {{Friday}} night and found a bed for the [[age:12-year-old]] who was about to end up in {{police protection}}
        [09:17] [[name:Tomasz Wójcik]]: 👏👏 she also got {{delegated authority}} sorted with {{mum}} before 9pm
        [09:18] [[name:Joy Mbeki-Harris]]: aw thanks both, couldn't have done it without [[name:Sunny]] at [[organisation:Ashgrove Children's Services]] picking up the phone
        [09:20] [[name:Tomasz Wójcik]]: worth noting for {{the sufficiency strategy}} that the only yes came from a provider we met at the {{market engagement event}}
    """)),
    ("social_care", "incident", block("""
        From: [[name:Gareth Pryce]] <[[email:gareth.pryce@hollinsford.gov.uk]]>
        To: {{Placements Team}}
        Sent: [[date:Tuesday 5 March 2024]] 16:52
        Subject: Notice given – [[name:Amber]] – [[case_reference:CS/88213]]

        Hi all,

        [[organisation:Moorside Care Homes]] have served 28 days' notice on [[name:Amber]]'s
        placement following two {{missing episodes}} and one {{physical intervention}}. The
        manager, Mrs [[name:Okonkwo]], said on the phone that her staff "cannot hold her". We were
        not told about the restraint until it appeared in the {{Reg 40}} notification six days
        later, which is a breach of the {{individual placement agreement}}.

        [[name:Amber]] is [[age:13 years old]]. {{IRO}} and the {{allocated social worker}} are
        aware. Please start the search today, referral attached.

        Thanks, [[name:Gareth]]

        [[name:Gareth Pryce]] | {{Placement Commissioning Officer}}
        [[organisation:Hollinsford Borough Council]]
        T: [[phone:01632 960417]]
    """)),
    ("social_care", "near_miss", block("""
        Chronology – emergency placement, [[date:Sat 9/11]]
        15:10 {{EDT}} ask us to find a bed for [[name:LT]] ([[age:16]]) after {{family breakdown}}.
        15:40 Offer from [[organisation:Northway Supported Living]] – {{supported accommodation}}, 16+.
        16:05 I checked: provider not yet {{Ofsted registered}} under the {{supported accommodation regulations}}, application "pending".
        16:20 Escalated to {{service manager}} [[name:Rhiannon Beddoes]]; advised NOT to use.
        17:45 Alternative found with [[organisation:Grange Lea Homes]], registered, 2 miles from school.
        18:30 [[name:LT]] moved with {{social worker}}.
        Near miss – if I hadn't checked we would have placed a [[age:16-year-old]] somewhere unregistered.
        Suggest {{EDT}} get read-only access to the approved provider list.
        Logged by: [[name:K. Sandhu]]
    """)),
    ("social_care", "success", block("""
        Dear [[name:Hope]],

        I wanted to put in writing our thanks to you and the team at
        [[organisation:Fellside House]] for accepting [[name:Bilal]] at such short notice on
        [[date:22 December]]. [[name:Bilal]] is [[age:11]] and had been through three
        {{placement breakdowns}} in a year; {{panel}} had been told there was nothing available
        short of applying for a {{Deprivation of Liberty}} order. Your team's willingness to do
        {{joint visits}} with {{CAMHS}} and the {{virtual school}} before he moved made it the
        calmest transition we have seen. Three months on he is attending school full time.

        We have shared this as good practice at the {{Sufficiency Board}}.

        With thanks,
        [[name:Marguerite Oyelaran-Smith]]
        {{Head of Commissioning}}
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM – COMMISSIONING
        Ref: [[case_reference:INC-5521]]
        Child: [[name:Ellie-Mae Thornbury]]
        DOB: [[date_of_birth:03/07/2011]]
        Placement address: [[address:Unit 4, Brook Mews, Tallington Road, Halebridge]] [[postcode:HB4 2QT]]
        Provider: [[organisation:Sunrise Pathways Ltd]]
        Date of incident: [[date:18/01/2024]]
        What happened: Invoice received for the above address. On checking, it is not the
        registered home on our contract. Provider had moved [[name:Ellie-Mae]] to a "satellite
        flat" without telling us. No {{Ofsted}} registration covers the flat.
        Actions: {{social worker}} visited same day; {{Ofsted}} notified; {{Reg 44}} visitor
        asked to review; {{contract compliance}} meeting booked; provider suspended from
        {{the DPS}} pending review.
        Reported by: [[name:Daniel Whitlock-Ng]], {{Contracts Officer}}
    """)),
    ("social_care", "near_miss", block("""
        [22:03] [[name:Bex]]: anyone still up? provider for [[name:TJ]] just rang, want 2:1 from tmrw or theyll give notice
        [22:05] [[name:Sol]]: which provider
        [22:05] [[name:Bex]]: [[organisation:Kingfisher Lodge]]. they also said they'd "send him back to {{the LA}}" tonight if no answer 😳
        [22:07] [[name:Sol]]: they cant do that. ring {{EDT}} and log it. dont agree anything verbally without {{the HoS}}
        [22:10] [[name:Bex]]: done, {{EDT}} spoke to the {{RM}}, [[name:TJ]] staying put
        [22:11] [[name:Sol]]: 👍 pls put it on {{the provider concerns log}} in the morning + email [[name:Will]] in {{Quality Assurance}}
        [22:12] [[name:Bex]]: will do
    """)),
    ("social_care", "success", block("""
        Sufficiency & Commissioning Team Meeting – [[date:Thursday 6 June]]
        Present: [[name:Aisha Farooqui]] ({{Chair}}), [[name:Mark Ellery]], [[name:Grace]] (agency),
        [[name:Piotr Zieliński]], [[name:Nkechi Obi]]
        {{Apologies}}: [[name:Faith Armitage]], [[name:RB]]

        Item 3 – Learning: successful step-down
        [[name:Mark]] reported that [[name:Shay]] ([[age:15]]) has stepped down from a
        {{residential}} placement at [[organisation:Hollybush Farm Care]] to an
        {{in-house foster carer}} after 14 months. Key factors: step-down plan agreed at
        {{placement panel}} from day one; the provider agreed a two-week {{bed-hold}} so
        [[name:Shay]] could go back if it wobbled; {{keyworker}} from the home visited the
        carers' house weekly for a month. [[name:Grace]] noted the saving (about £6,200 a week)
        has been reinvested in the {{Edge of Care}} service.
        Action: [[name:Piotr]] to write up as a case study for {{the Sufficiency Strategy}}.
    """)),
    ("social_care", "incident", block("""
        Handover – {{duty commissioning}}, weekend of [[date:23 Aug]]
        1. [[name:Kofi A]] ([[case_reference:LAC-30917]]) – still in a holiday let at
           [[address:7 Saltings Row, Marhaven]] with [[organisation:Guardian Staffing Solutions]]
           staff. This is {{unregistered}}. {{DCS}} signed off, {{Ofsted}} notified {{Friday}}.
           Staff changed 4 times in 48h. [[name:Kofi]] told me he doesn't know who's on shift. Not ok.
        2. [[name:Sienna]] – search day 21. 3 offers turned down by {{SW}} as over 80 miles away.
        3. Transport for {{Monday}} booked – car [[vehicle_registration:KX68 ZTB]], driver [[name:Stan]].
        Please chase [[organisation:Guardian Staffing]] for a consistent rota and ask for the
        {{risk assessment}} they promised.
        Handed over by [[name:jas]] to [[name:Amira]] 17:30.
    """)),
    ("social_care", "near_miss", block("""
        Placement search tracker – w/c [[date:15 Jan]]
        Child      | Age | Status     | Provider                            | Notes
        [[name:AH]]         | [[age:9]]   | offer made | [[organisation:Little Oaks Care]]   | {{Statement of Purpose}} is {{EBD}} only
        [[name:Zara B]]     | [[age:14]]  | searching  | –                                   | 41 referrals, 0 offers
        [[name:Kai]]        | [[age:17]]  | matched    | [[organisation:Haven Steps]]        | {{16+ supported}}, registered

        NEAR MISS: [[name:AH]] needs {{overnight oxygen}} and {{PEG}} feeds. The offer from
        [[organisation:Little Oaks]] came with a glowing impact assessment but the home has no
        nursing cover. The {{social worker}} had said yes on the phone before the
        {{commissioning officer}} ([[name:Ruth]]) read the {{Statement of Purpose}}. Offer
        withdrawn, no harm done. Action: health needs checked against the
        {{Statement of Purpose}} before any verbal acceptance.
    """)),
    ("social_care", "success", prose("""
        Learning report: avoiding an unregistered placement through joint funding. Between
        [[date:2 October]] and [[date:9 October]] the team worked with the {{ICB}} and {{CAMHS}}
        to find a home for a [[age:15-year-old]], [[name:Rose]], who was ready for discharge from a
        {{Tier 4}} unit but had no placement to go to. Dr [[name:Yusuf Hallaj]], her
        {{consultant psychiatrist}}, joined daily calls chaired by [[name:Nasreen Qureshi]] from
        {{Commissioning}}. [[organisation:Pennine Ridge Care]] agreed to register a vacant two-bed
        home as a {{solo}} with {{Ofsted}} on an expedited basis, with {{Section 117}} aftercare
        funding agreed in principle before the move. [[name:Rose]] moved on day eight with a
        nurse-led {{transition plan}}. What worked: one decision-maker from each agency on every
        call, and a provider we already had a relationship with through the {{framework}}.
    """)),
    ("social_care", "incident", prose("""
        sent the referral pack for [[name:Dylan]] to the wrong provider!! meant to go to
        [[email:referrals@oakhurstcare.co.uk]] but outlook autofilled
        [[email:referrals@oakridgecare.co.uk]] 🤦 it had his full {{chronology}}, {{CP}} history,
        school + DOB [[date_of_birth:14.02.2010]]. rang [[organisation:oakridge]] straight away,
        spoke to [[name:pat]] who deleted it + confirmed by email. told my {{manager}}, logged with
        {{IG}} [[case_reference:DPI-0772]]. {{ICO}} threshold prob not met per {{IG}} but not my call.
        lesson: turn off autocomplete?? or we need a {{secure portal}} not email. [[name:Lou]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Chiara Benedetti]]
        To: [[name:Owen]]; {{Commissioning Duty}}
        Date: [[date:30 April 2024]]
        Subject: RE: Referral – two young people same name

        [[name:Owen]], flagging a near miss. We had two open searches for a [[name:Jordan Price]]
        this week. The referral sent to [[organisation:Riverside Youth Homes]] had the right name
        but the other [[name:Jordan]]'s DOB ([[date_of_birth:11/09/2007]]) and {{NI number}}
        ([[ni_number:JT 482193 C]]) pasted in from the {{care leaver}} file. The provider spotted
        the age didn't fit (they are {{16+}} provision and the [[name:Jordan]] we were referring
        is [[age:15]]) and queried it before accepting. Had they not, we would have placed an
        under-16 in {{supported accommodation}}, which is no longer lawful.
        Suggest we put the {{LCS}} ID in every referral header.

        [[name:Chiara]]
        {{Senior Commissioning Officer}} | [[organisation:Westbrook City Council]] | [[phone:0113 496 0582]]
    """)),
    ("social_care", "incident", block("""
        #placements-escalations
        [[name:pat.ogunleye]]  2:41 PM
        heads up [[organisation:Evergreen Childcare Group]] have emailed saying the fee for [[name:Maisie]] goes up from £7,800 to £9,450 a week from [[date:1st July]] "due to increased needs". no {{review meeting}}, no evidence
        [[name:will.hartigan]]  2:44 PM
        that's outside the {{IPA}}. they can't vary without 28 days notice + agreement. has {{the SW}} seen any change in needs?
        [[name:pat.ogunleye]]  2:50 PM
        no, SW says she's settled. provider also stopped sending {{daily logs}} since [[date:12 June]]
        [[name:will.hartigan]]  2:52 PM
        ok logging as incident – contract breach + info sharing. i'll raise at {{provider monitoring}} and loop in [[name:Fiona]] from {{Legal}}
    """)),
    ("social_care", "success", prose("""
        SHOUT-OUT 🌟 to [[name:Declan]] at [[organisation:Ravensmoor County Council]]. When our
        [[age:10yo]] ([[name:Lily-Rose]]) needed an emergency bed near her sister, [[name:Declan]]
        offered a vacancy in one of their {{in-house homes}} through the {{regional consortium}}
        instead of holding it for their own kids. It meant the girls stayed at the same school and
        kept {{family time}} every {{Sunday}}. Proper example of {{Stable Homes, Built on Love}}
        actually working. Thanks also to [[name:Ngozi]] in {{business support}} who turned the
        {{IPA}} paperwork round in an hour. – [[name:faith]] ({{team lead}})
    """)),
    ("social_care", "incident", block("""
        Missing during transport – [[name:Callum Reid]] ([[case_reference:LAC-41880]])
        [[date:Wed 17 Jan]]
        07:30 {{secure transport}} ([[organisation:SafeMove Escorts]]) collect [[name:Callum]] from [[organisation:Ashby Court]], vehicle [[vehicle_registration:YJ21 KPE]].
        09:55 Stop at {{motorway services}}. [[name:Callum]] asks for the toilet.
        10:05 [[name:Callum]] leaves via a fire exit. Only one escort present (two were booked).
        10:12 {{999}} call made, police log [[case_reference:CAD 0417-17JAN]].
        14:20 Found by {{BTP}} at a station, returned safe and well.
        Issues: booking said 2:1, one escort attended; provider had no {{missing protocol}} for the journey.
        {{Return home interview}} arranged, {{strategy discussion}} held, contract manager told.
        Reported by [[name:Sade Okoro]]
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        pt [[name:Ollie Fenwick]] [[age:8yo]] admitted via {{ED}} in {{DKA}} overnight, pH 7.1.
        mum says pump ({{Omnipod}}) alarmed {{occlusion}} at tea time, she changed the pod but
        didnt check {{ketones}} and nobody rang {{the on-call}}. our {{sick day rules}} leaflet is
        in the pack but dont think shes had a pump refresher since starting. {{PICU}} not needed,
        on {{DKA protocol}} on [[organisation:Elmdon Ward]]. NHS no [[nhs_number:848 216 0923]].
        need to look at who does pump starts + refreshers, its fallen between us and the {{DSN}}s.
        [[name:bd]]
    """)),
    ("health", "near_miss", block("""
        On-call phone log – [[date:Sun 3 March]]
        21:40 Call from dad of [[name:Aleksander Nowak]] ([[age:13]]), {{BG}} 24, {{ketones}} 1.9, on {{Tandem t:slim}}.
        21:45 {{registrar}} (Dr [[name:Hughes]]) advised a {{correction dose}} by pen using the {{ISF}} from the last clinic letter (1:2.5). Current ISF in the pump is 1:4.
        22:10 Dad rang back querying – he'd looked at the pump settings. Dose not given. Recalculated with current settings.
        23:30 Ketones 0.8, BG 14.
        Near miss: advice given from an out-of-date letter because on-call can't see the {{Glooko}} download off site. Potential overdose of ~40%.
        Learning: ask families to read current settings from the pump; IT request for remote access raised.
        [[name:Cat Ferreira]], {{CNS}}
    """)),
    ("health", "success", prose("""
        To [[name:Bernadette]] and the office team at [[organisation:St Wilfrid's RC Primary]] – a
        huge thank you from the diabetes team. When [[name:Amara]]'s sensor failed on the school
        trip on [[date:21st May]], you followed her {{IHP}} to the letter: {{finger-prick}} checks
        every hour, the {{hypo box}} in the rucksack, and you rang {{the diabetes nurse}} line
        rather than guessing her {{bolus}}. [[name:Amara]] is only [[age:6]] and {{mum}} said it was
        the first trip she hasn't spent glued to her phone. Your staff training with
        [[name:Lucy]] last term clearly paid off. With thanks, [[name:Deepa]],
        {{Paediatric Diabetes Specialist Nurse}},
        [[organisation:Calderbrook Children's Diabetes Service]]
    """)),
    ("health", "incident", block("""
        From: [[name:Tariq Mahmood]] <[[email:t.mahmood7@nhs.net]]>
        To: [[name:Sam]]
        Subject: Datix – hypo at school, care plan not followed

        Hi [[name:Sam]],

        [[name:Evie Lancaster]] (hosp no [[case_reference:RX4471203]]) had a {{severe hypo}} at
        [[organisation:Ferncliffe Academy]] on [[date:Thursday 8th]]. Staff found her drowsy in
        {{PE}}; the {{glucagon}} ({{Ogluo}}) was locked in the office and the trained TA was off.
        {{999}} called, {{paramedics}} gave {{IV glucose}}. The school's copy of the {{IHCP}} was
        a 2022 version that still says {{MDI}}, not the pump. [[name:Evie]] is [[age:12]].
        I've spoken to {{the SENCo}} and the {{school nurse}}. Can we raise at {{governance}}?

        Thanks, [[name:Tariq]]
        [[name:Tariq Mahmood]] | {{Paediatric Diabetes Specialist Nurse}} | [[phone:01632 960882]]
    """)),
    ("health", "near_miss", block("""
        CLINICAL NEAR MISS
        Patient name: [[name:Safiya Begum-Rahman]]
        DOB: [[date_of_birth:19/11/2014]]
        NHS No: [[nhs_number:216 407 6885]]
        Hosp No: [[case_reference:K2287450]]
        Address: [[address:41 Larkspur Close, Dunmere]] [[postcode:DN7 4HW]]
        Date: [[date:07/02/2024]]
        Description: In clinic the {{CGM}} data in our {{Dexcom Clarity}} clinic account was
        another child's – the sharing code had been linked to the wrong profile (same surname,
        different first name). {{Consultant}} was about to cut {{basal}} by 20% because of that
        child's overnight lows. Parent said "she never goes low at night" so we checked.
        Profiles unlinked and re-shared; all clinic links now checked against DOB.
        Reported by: [[name:Hannah O'Driscoll]], {{Dietitian}}
    """)),
    ("health", "incident", block("""
        [[name:Kerry Walsh]]  08:12
        morning, just picked up the on-call phone from the {{drawer}} – 6 missed calls overnight 😬 it wasn't diverted to {{switchboard}} when [[name:Amit]] went home
        [[name:Amit Chaudhary]]  08:15
        oh no. i thought the {{SpR}} had it. who called?
        [[name:Kerry Walsh]]  08:16
        one was [[name:Noah]]'s mum ({{Medtronic 780G}}), rang 3 times, ended up in {{ED}} at [[organisation:Northgate General]] with ketones 3.2. he's ok, home on {{sick day rules}}
        [[name:Amit Chaudhary]]  08:18
        I'll do the {{Datix}}. we need a proper handover of the phone, not leaving it on the side
        [[name:Kerry Walsh]]  08:20
        agree. also the {{voicemail}} still says [[name:Jo]] is on call and she left in {{January}}
    """)),
    ("health", "success", block("""
        Paediatric Diabetes MDT – [[date:12/09/23]]
        Attendees: Dr [[name:Ifeoma Nwosu]] ({{lead}}), [[name:Will Carter]] ({{CNS}}), [[name:Rosa]] ({{dietitian}}),
        [[name:Mei Lin Tan]] ({{psychologist}}), [[name:J.K.]] ({{youth worker}})
        {{Apologies}}: Dr [[name:Bryant]]

        Good news item: [[name:Harvey]] ([[age:15]]) {{HbA1c}} down from 98 to 61 since starting
        {{hybrid closed loop}} in {{June}}. Team agreed this is largely down to the
        {{transition clinic}} peer group run by [[name:J.K.]] and [[name:Will]] – [[name:Harvey]]
        said it was the first time he'd met anyone else his age on a pump.
        Action: [[name:Rosa]] to share the group format with the adult team.
    """)),
    ("health", "near_miss", block("""
        Ward handover – [[organisation:Rainford Ward]] – night [[date:4 Jan]]
        Bed 6: [[name:Zainab]], [[age:4 yrs]], new diagnosis {{T1DM}}. On {{sc insulin}} via pen.
        NB NEAR MISS 18:00 – {{FY2}} prescribed {{Levemir}} as "5u" on the paper chart, read by
        agency nurse as 50 units. Caught at {{second check}} by Nurse [[name:Grace]]. Rewritten on
        {{EPMA}} as "5 units". Nobody harmed.
        Overnight: {{BG}} 7–11, no ketones. Parents shown {{hypo}} treatment.
        Plan: education with [[name:Lorna]] ({{DSN}}) tomorrow 10:00; start {{care plan}} for
        [[organisation:Little Acorns Nursery]].
    """)),
    ("health", "incident", block("""
        Pump consumables not delivered – cases this week
        Patient          | Hosp No                    | Pump             | Supplier issue           | Impact
        [[name:R. Ahmed]]     | [[case_reference:K3310982]] | {{Omnipod 5}}     | sent to old address      | ran out of pods, admitted, ketones 2.4
        [[name:Tilly Brookes]] | [[case_reference:K3319045]] | {{t:slim X2}}     | wrong cartridges         | back on {{MDI}} for 48h
        [[name:Jakub]]        | [[case_reference:K3320117]] | {{780G}}          | no {{sensors}} sent      | no CGM for 5 days
        Summary: 3 families affected after [[organisation:MedSupply Direct]] changed systems on
        [[date:2 Oct]]. One admission. Escalated to {{procurement}} and the {{ICB}} contract lead.
        – [[name:Nadia]]
    """)),
    ("health", "success", block("""
        [19:02] [[name:Femi]]: just wanted to say well done [[name:Bill]] for spotting the {{Libre}} readings were off on [[name:Ruby]] in clinic and doing a {{finger prick}} – she was actually 2.9 while the sensor said 5.4
        [19:04] [[name:Bill Osei]]: thanks! sensor was on day 14, prob {{compression lows}}… anyway she's fine
        [19:05] [[name:Shaz]]: great catch. shall we put it in the {{learning bulletin}}? reminder to always check if symptoms don't match
        [19:07] [[name:Femi]]: yes pls. also her school ([[organisation:Hartside Primary]]) want a refresher – [[name:Bill]] can you do it with [[name:Nell]]?
        [19:08] [[name:Bill Osei]]: 👍
    """)),
    ("health", "near_miss", block("""
        On-call call (transcribed from notes), [[date:Sat 10 Feb]] 02:14
        CALLER: hi it's about [[name:Lena Schmidt]], she's [[age:9]], she's been sick twice and her sugars are 16
        {{NURSE}}: ok, can you do a blood ketone for me?
        CALLER: the meter just says HI
        {{NURSE}}: right, that's over 8 – I need you to take her to {{A&E}} now, don't wait till morning
        CALLER: {{111}} said give fluids and see how she is
        {{NURSE}}: please go now. I'll ring [[organisation:Northgate General]] so they expect her. Hospital number?
        CALLER: [[case_reference:K2209876]]
        Note: near miss – {{111}} had advised fluids and rest; family only rang us because
        [[name:Lena]]'s {{grandad}} insisted. Arrived in {{DKA}}, treated. Feedback sent to 111 via
        the {{ICB}}. – [[name:Sunita]], {{on-call CNS}}
    """)),
    ("health", "incident", prose("""
        Delay in transfer of a child in {{DKA}}. On [[date:28 November 2023]] [[name:Hamza Iqbal]]
        ([[age:aged 3]], NHS number [[nhs_number:203 148 9704]]) presented to the
        {{emergency department}} at [[organisation:Castleford District Hospital]] in {{severe DKA}}.
        The local team followed the {{BSPED}} guideline and contacted the retrieval service,
        [[organisation:NorthStar Paediatric Retrieval]], at 19:20. There was a four-hour delay
        because both teams were already out. While waiting, {{fluids}} were calculated from a
        weight estimated by age rather than a measured weight, giving a deficit about 30% too
        high. This was picked up by the {{consultant on call}}, Dr [[name:Aoife Byrne]], when the
        child was weighed at 21:05. No harm found at follow-up. Learning: always weigh; use the
        {{BSPED}} calculator; escalate early to {{PICU}}. Ref [[case_reference:W-23-1187]].
    """)),
    ("health", "success", prose("""
        Big shout out to [[name:Marisol]] (our {{dietitian}}) who ran the first {{carb counting}}
        group with Urdu and Polish interpreters last week, with [[name:Grzegorz]] from the
        {{interpreting service}} helping with the Polish families. 11 families came, 4 had never
        been to a group before. Mrs [[name:Akhtar]] said it was the first time she understood the
        {{insulin-to-carb ratio}} and she's now adjusting doses herself. Lovely comments on the
        {{PREMs}} too and [[name:Marisol]]'s picture cards are going in the {{clinic pack}}.
        – [[name:Ade]] x
    """)),
    ("health", "near_miss", prose("""
        twins [[name:alfie]] + [[name:freddie]] ([[age:7]]) both on pods. at clinic today realised
        the handsets were swapped – [[name:alfie]]'s {{PDM}} controlling [[name:freddie]]'s pod and
        v.v. since {{pod change}} sat night. basals similar so no harm but [[name:alfie]]'s {{ICR}}
        is 1:8 vs [[name:freddie]] 1:12 so [[name:freddie]] was getting more insulin per meal. mum
        had noticed a few lows but put it down to football. we've labelled the PDMs with names +
        colour stickers. pls can we add a twins/siblings check to the {{pump start}} checklist.
        ping [[name:mags]] if anyone has ideas. ref [[case_reference:DTX 90213]]
    """)),
    ("health", "incident", block("""
        From: {{Clinic Admin}}
        To: [[email:paeddiabetes.team@northgate.nhs.uk]]
        Subject: Clinic letter sent to old address

        Hi all, the clinic letter for [[name:Kacper Wiśniewski]] (NHS [[nhs_number:572 849 3629]])
        dated [[date:16/04/2024]] went to his old address, [[address:18 Quarry Bank, Eastleigh Moor]]
        [[postcode:EM3 9PJ]]. The family moved in {{March}} and told {{reception}}, but {{PAS}}
        wasn't updated, only the {{GP}} record. The new tenant opened it and rang us. It has his
        {{HbA1c}}, a {{safeguarding}} note about missed appointments and mum's mobile.
        Letter retrieved; {{Caldicott Guardian}} informed; family told and apologised to.

        Regards, [[name:Bronwen]]
    """)),
    ("health", "success", block("""
        GOOD PRACTICE REPORT
        Staff member(s): [[name:Olu Adebayo]], [[name:Mark Stephens]]
        Area: {{Paediatric Diabetes}} – {{transition clinic}}
        Date: [[date:19 July 2024]]
        What went well: [[name:Tyler]] ([[age:17]]) had not attended for 14 months. [[name:Olu]]
        arranged a joint appointment at his college ([[organisation:Westmere Sixth Form College]])
        with the {{adult team}}, and [[name:Mark]] brought a loan {{CGM}} so [[name:Tyler]] could
        start it there and then. He has since attended two {{virtual clinics}}.
        Why it matters: {{DNA}} rates in 16–18s are our biggest risk for {{DKA}} admissions.
        Nominated by: [[name:Priyanka]]
    """)),
    ("health", "near_miss", prose("""
        Community pharmacy ([[organisation:Parkway Pharmacy]]) dispensed {{NovoMix 30}} instead of
        {{NovoRapid}} for [[name:Gabriel Costa]], [[age:11]]. Mum noticed the cartridges looked
        different and rang the on-call phone ([[phone:07700 900318]]) before giving any. The
        prescription from [[organisation:Elm Tree Surgery]] was correct; the wrong item was picked
        (look-alike, sound-alike). Pharmacy contacted and correct insulin collected the same
        evening; incident reported to their {{superintendent pharmacist}}. Learning: we now remind
        families at every clinic to check the name on the pen or cartridge, and we've shared it
        with the {{LPC}}. Reported by [[name:Ruth Adeyemi]], {{CNS}}, [[date:Mon 22 Jan]].
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        loader note – spill at [[organisation:Brackenholt Farm]] strip today [[date:11/6]].
        coupling on the {{loading hose}} let go while filling [[aircraft_registration:G-ZAYK]]
        ({{AT-502}}), approx 40L of mixed {{fungicide}} onto the grass + my boots. had {{PPE}} on
        (gloves, visor) but not the {{apron}}. used the {{spill kit}}, bunded it, rang the farmer
        (Mr [[name:Dunmore]]). coupling is the one [[name:baz]] said was dodgy last wk, tagged it
        u/s now. {{COSHH}} sheet in the truck ([[vehicle_registration:WF19 HLO]]) was out of date
        too. washed boots at the {{decon}} point. [[name:dean]]
    """)),
    ("aviation", "near_miss", block("""
        Transcript – company VHF, [[date:14 July]] approx 10:42
        PILOT ([[name:Henrik]]): Base, [[aircraft_registration:G-CRSP]], first block complete, turning for the {{north block}}
        BASE ([[name:Chloe]]): Copy. Reminder, farmer says there's a new {{power line}} along the east hedge, not on the map
        PILOT: Say again?
        BASE: New {{11kV}} line on the east edge of the north block, went up last month, wooden {{poles}}, hard to see
        PILOT: ...visual now. I was about to run in low along that hedge. Pulling up, will do that edge from the other direction.
        Note by {{Chief Pilot}}: the line was reported to [[name:Chloe]] by [[name:Gwyn ap Rhys]]
        ({{farmer}}, [[organisation:Pen-y-Bryn Farm]]) only that morning. Our {{hazard map}} is
        updated yearly. Action: ask about new wires at every {{booking}}; {{recce}} for any
        change; [[name:Henrik]] to brief the team on {{wire strike}} cues.
    """)),
    ("aviation", "success", prose("""
        ⭐ Shout-out to [[name:Kasia]] on the loading team ⭐ During {{fuel sampling}} at the
        {{bowser}} on [[date:Tues 4th]] she got a cloudy sample with {{free water}} in the jar.
        Rather than keep re-sampling till it looked clear (we've all seen that done), she
        quarantined the bowser, told {{the Chief Pilot}} and rang
        [[organisation:Fenland Fuels Ltd]]. Turned out the delivery had water in it after their
        tank was re-lined. Three aircraft including [[aircraft_registration:G-FSPA]] would have
        fuelled from it that morning. Proper {{just culture}} stuff – thanks [[name:Kasia]]!
        – [[name:Rob]] & [[name:Faith]] ({{Ops}})
    """)),
    ("aviation", "incident", prose("""
        On [[date:2 May 2024]] our {{Cresco}} [[aircraft_registration:G-HKWN]] was spraying
        {{herbicide}} on {{oilseed rape}} at [[organisation:Lowfield Farms]] for the farmer,
        [[name:Richard Amos]]. At about 14:15 the wind backed and increased from 6 to 12 kt.
        A neighbour at [[address:Orchard Cottage, Sheepwash Lane, Thorncombe]]
        [[postcode:TN9 6DR]] reported spray on her garden and vegetable patch and a smell in the
        house. The pilot, Captain [[name:Lewis Mbatha]], had checked the wind at the start but not
        between runs. The {{buffer zone}} on the {{spray plan}} was 20 m; drift was seen up to
        60 m. The {{HSE}} and the {{CRD}} were informed, samples taken, and {{COSHH}} advice given
        to the resident. Ref [[case_reference:OCC-2024-031]]. Learning: a {{windsock}} at both ends
        of every block, a wind re-check every three runs, and stop above 10 kt.
    """)),
    ("aviation", "near_miss", block("""
        Chronology – moorland fire, [[date:Fri 19 April]]
        13:05 Tasked by [[organisation:Dalesmoor Fire and Rescue Service]] control, incident [[case_reference:DFRS/24/06114]].
        13:40 [[aircraft_registration:G-WFRE]] ({{AS350}} with {{Bambi bucket}}) on scene, dipping from the reservoir.
        14:10 {{AT-802F}} [[aircraft_registration:G-AFTK]], operating as [[flight_number:FBX22]], arrives to drop {{retardant}}. No {{air attack}} supervisor on scene.
        14:22 Helicopter climbs out of the dip into the run-in line of [[flight_number:FBX22]]; approx 300 ft vertical, 0.5 nm. Both pilots saw each other late.
        14:23 Helicopter pilot [[name:Seán]] calls holding; drop completed.
        14:30 {{Ground commander}} ({{WM}} [[name:Oduya]]) agrees sectors: helicopter west of the track, fixed-wing east.
        Learning: no common frequency with the {{FRS}} – we were relaying by mobile. Need an {{air-to-ground}} plan before two aircraft are tasked.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Ingrid Solberg]] <[[email:ingrid.solberg@skyfieldaerial.co.uk]]>
        To: All pilots
        Date: [[date:27 June 2024]]
        Subject: {{FTL}} exceedance – [[date:24 June]]

        All,

        On [[date:24 June]] one of our pilots flew 9h40 of spraying plus positioning, over the 9 h
        limit in our approved {{FTL}} scheme. He had started at 04:30 at the
        [[organisation:Marsh End Farm]] strip and kept going because {{rain}} was forecast and the
        farmer was pushing. Nobody in {{Ops}} was tracking his hours in real time. I have filed an
        {{MOR}} with the {{CAA}} (ref [[case_reference:MOR-7742]]).

        Reminder: the weather window is the farmer's problem, not yours. Call me if pressured.

        [[name:Ingrid]]
        [[name:Ingrid Solberg]] | {{Chief Pilot}} | [[organisation:Skyfield Aerial Services Ltd]] | [[phone:07700 900654]]
    """)),
    ("aviation", "success", block("""
        Safety Review Board – [[date:9 October 2023]]
        Attendees: [[name:Ingrid Solberg]] ({{Chief Pilot}}), [[name:Pat Keogh]] ({{Head of Maintenance}}),
        [[name:Joy Adeleke]] ({{Ground Ops}}), [[name:D. Ferreira]] ({{Safety Manager}}, {{chair}})
        {{Apologies}}: [[name:Kasia]]

        4. Positive reports, end of season
        - Zero {{wire strikes}} and no {{chemical}} exposures needing treatment this year.
        - [[name:Pat]] reported the new {{daily inspection}} card caught a cracked {{spray boom}}
          bracket on [[aircraft_registration:G-ZAYK]] before first flight on [[date:12 August]].
        - [[name:Joy]] credited the one-page farmer briefing sheet: 23 farms marked hazards on it.
        Action: [[name:D. Ferreira]] to send thanks to the loaders and include in the {{SMS}} annual review.
    """)),
    ("aviation", "near_miss", block("""
        [06:48] [[name:Tom H]]: on short final to the strip at [[organisation:Hollinside Grange]] and there's a {{quad bike}} + trailer parked halfway down. went around
        [06:50] [[name:Marek]]: 😳 u ok?
        [06:51] [[name:Tom H]]: yeah fine, landed 2nd attempt after farmer moved it. said he "forgot we were coming"
        [06:53] [[name:Marek]]: we rang [[name:Sunny]] yesterday to confirm 0630 😤
        [06:55] Ops - [[name:Lisa]]: logging it. reminder everyone: {{strip inspection}} by the loader before first landing, no exceptions. [[name:Marek]] were u there yet?
        [06:56] [[name:Marek]]: no stuck behind a {{tractor}} on the lane, 10 min out
        [06:57] Ops - [[name:Lisa]]: ok. adding a "loader on site" call before the aircraft leaves {{base}}
    """)),
    ("aviation", "incident", block("""
        Tech log defects – w/e [[date:10 Aug]]
        Reg                                  | Type                 | Defect                       | Found by               | Status
        [[aircraft_registration:G-ZAYK]]    | {{AT-502B}}          | {{chip detector}} light      | [[name:Baz]]           | {{AOG}}, borescope booked
        [[aircraft_registration:G-HKWN]]    | {{PAC Cresco}}       | spray pump seal leak         | [[name:dean]]          | fixed, {{CRS}} signed
        [[aircraft_registration:G-FSPA]]    | {{Thrush 510G}}      | {{ELT}} battery expired      | [[name:R. Nakamura]]   | replaced
        Incident: [[aircraft_registration:G-ZAYK]] flew two sorties on [[date:8 Aug]] after the
        chip light first flickered. Pilot did not enter it in the {{tech log}} ("thought it was
        the sensor"). Found by [[name:Baz]] at the evening {{daily}}. Engineering to brief all
        pilots that any caution light goes in the log.
    """)),
    ("aviation", "success", block("""
        Dear {{Station Manager}} [[name:Okafor]],

        Thank you to your crews at [[organisation:Harlow Moss Fire Station]] for the joint
        exercise on [[date:16 March]]. For the first time our pilots, [[name:Grace Kimani]] and
        [[name:Hamish]], were able to talk directly to your {{incident commander}} on the
        {{air-to-ground}} channel, and the {{water relay}} to the {{dip tank}} kept the
        {{AS350}} turning round in under four minutes. The {{debrief}} was honest and useful.
        We'd like to make this an annual fixture before the {{wildfire season}}.

        Kind regards,
        [[name:D. Ferreira]]
        {{Safety Manager}}, [[organisation:Skyfield Aerial Services]]
    """)),
    ("aviation", "near_miss", block("""
        NEAR MISS REPORT
        Ref: [[case_reference:NM-24-019]]
        Date/time: [[date:21/05/24]] 07:15
        Location: [[address:Top Field, Greystones Farm, Kellaby Road, Ashwick]] [[postcode:YO62 7QS]]
        Aircraft: [[aircraft_registration:G-CRSP]]
        Customer: [[name:Alan Pickering]], [[organisation:Greystones Farm Partnership]]
        Description: Loader ([[name:Sunil]]) was about to fill the {{hopper}} with {{glyphosate}};
        the {{work order}} was {{fungicide}} on {{spring barley}}. Both products were in
        {{IBC}}s on the same trailer with faded labels. Pilot [[name:Ana Sousa]] checked the
        product against the {{spray plan}} before mixing and stopped it. Wrong product would have
        killed about 30 ha of crop.
        Action: one product per trailer; labels checked by pilot and loader together.
    """)),
    ("aviation", "incident", block("""
        [[flight_number:SKF204]] / [[aircraft_registration:G-AFTK]] – RT extract, [[date:3 September]]
        PILOT: [[organisation:Kirkby Fell Approach]], [[flight_number:Skyfield 204]], {{bird strike}} on climb out, windscreen cracked, request return
        {{ATC}}: [[flight_number:Skyfield 204]], roger, right turn direct, runway 27, report {{final}}. Do you require assistance?
        PILOT: Negative, engine indications normal, [[flight_number:Skyfield 204]]
        {{ATC}}: [[flight_number:Skyfield 204]], {{fire service}} on standby, wind 250 at 8
        Narrative: the {{AT-802F}} was repositioning empty to the {{fire base}} when it flew
        through a flock of {{gulls}} off the landfill. Pilot [[name:Yaw Boateng]] landed safely.
        {{MOR}} filed; aircraft {{AOG}} for a windscreen.
    """)),
    ("aviation", "success", block("""
        Handover – end of {{spray day}}, [[date:Weds 12th]]
        From [[name:Marek]] to [[name:Rhys]]
        - 4 farms done, 312 ha. [[aircraft_registration:G-HKWN]] back at base, washed out, {{hopper}} {{triple-rinsed}}.
        - Good one today: [[name:Pearl]] at [[organisation:Cobb's Hill Farm]] had walked the field and marked two
          new {{wind turbines}} and a {{telegraph pole}} on the {{sketch map}} before we arrived. Saved a recce.
          Said she'd used our {{farmer briefing sheet}}. Worth a thank-you email from {{the office}}.
        - Tomorrow: 05:30 start at [[organisation:Ashby Holme Farm]], {{NOTAM}} check done, {{METAR}} fine till 11.
        - Truck [[vehicle_registration:WF19 HLO]] low on {{AdBlue}}.
    """)),
    ("aviation", "near_miss", block("""
        #ops-firefighting
        [[name:nadia.k]]  11:02
        just re-read the {{NOTAM}}s for tomorrow's standby – there's a {{parachute drop zone}} active 09:00–17:00 right next to the [[organisation:Crossfell Forest]] dip site and it wasn't on the brief I sent last night 🙈
        [[name:yaw.boateng]]  11:05
        I'd have been dipping there from 10 if we get tasked. good spot
        [[name:nadia.k]]  11:06
        updated brief attached. also rang the {{DZ}} operator, they'll call us on [[phone:01632 960534]] before they launch
        [[name:ingrid]]  11:20
        Thanks both. {{NOTAM}} check the night before AND morning of from now on. Logging as near miss.
    """)),
    ("aviation", "incident", prose("""
        backing the {{nurse tanker}} in at [[organisation:Elmswell Farm]] this morning,
        [[name:jonno]] clipped the left wingtip of [[aircraft_registration:G-FSPA]] with the
        tanker mirror (tanker [[vehicle_registration:PN16 VRC]]). no {{banksman}}, sun low. dent +
        scrape on the wingtip, {{aileron}} looks ok but not flying it till the engineers look.
        told {{Chief Pilot}} + [[name:Pat]] in maintenance. 2nd time this season a vehicle's got
        too close at a strip. we need a banksman rule + cones. pics on the {{group chat}}.
        [[name:Shannon]]
    """)),
    ("aviation", "success", prose("""
        Learning from a successful {{forced landing}}. On [[date:30 August 2023]] the engine of
        {{Thrush 510G}} [[aircraft_registration:G-WBLD]] lost power at 150 ft just after take-off
        from a farm strip with a full load. The pilot, [[name:Ekaterina Volkova]], used the
        {{emergency dump}}, kept the wings level and landed ahead in a stubble field at
        [[organisation:Marsh House Farm]] with no injuries and minor damage. Her actions matched
        the {{EFATO}} drill practised at the spring {{CRM}} day, and she credited the "land ahead,
        dump early" brief. The farmer, [[name:Hywel]], drove over with an extinguisher within two
        minutes. Cause was a failed {{fuel servo}}. Report [[case_reference:OCC-2023-088]]; the
        {{AAIB}} was informed and did not investigate.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind281", REPORTS))
