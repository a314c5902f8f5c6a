"""Held-out blind corpus 347: fifty UK incident, near-miss and success ("learning") reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures how
well de-identification generalises. Every person, organisation, place and number is invented.

Settings:
- social_care (17): a children's social care front door and MASH - contacts, referrals,
  strategy discussions, police and health partners.
- health (17): an out-of-hours GP service - 111 referrals, home visits, base appointments,
  drivers and prescriptions.
- aviation (16): a hot air balloon flight operator - pilots, retrieve crews, passengers,
  launch sites and landowners.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams/WhatsApp/Slack), handover notes, minutes with attendance
and apologies, pipe and column tables, radio (RT) transcripts, shout-outs and thank-you notes.

Identifiers are marked [[label:value]]; must-not-redact mentions (roles, agencies, frameworks,
drugs, generic times, place types, equipment, look-alike acronyms) are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind347.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "near_miss", block("""
        front door notes {{tues pm}}
        contact from [[organisation:Hollins Park Primary]] abt [[name:kayden]] [[age:aged 6]], bruise
        {{upper arm}}, {{DSL}} mrs [[name:okoro]] phoned it in 14:50. i started the contact on the
        wrong record - {{cousin}} [[name:kaydon]] same surname, near enough same address. only spotted
        when {{DOB}} didnt match ([[date_of_birth:02/09/2017]] v [[date_of_birth:14/01/2018]]).
        moved it over b4 it went up to the {{consultant social worker}} for {{RAG}}. no harm but
        cud have ended up as a {{strat}} on the wrong kid. pls can we get an alert on both files -
        [[case_reference:CS-448120]] and [[case_reference:CS-448131]]. also told {{EDT}} in case
        anything else comes in overnight. sorry all, mad afternoon on the {{front door}}.
        [[name:tl]]
    """)),
    ("social_care", "incident", prose("""
        On [[date:14 November]] a {{strategy discussion}} was convened by the {{MASH}}
        {{team manager}}, [[name:Rukhsana Iqbal]], for [[name:Tyler-James Hartley]]
        ([[age:11]]) following a {{Section 47}} threshold decision on contact
        [[case_reference:MASH/23/09817]]. The invite to the police {{Public Protection Unit}} was
        sent to [[email:ppu.refferals@northvale-police.uk]] (misspelt) rather than the monitored
        inbox [[email:ppu.referrals@northvale-police.uk]]. Health were represented by the
        {{named nurse}}, [[name:Bronwen Lloyd-Evans]]. Police did not attend and the meeting went
        ahead as a two-agency discussion, which does not meet {{Working Together}} expectations.
        DS [[name:Farrow]] later confirmed there was relevant intelligence about the mother's
        partner that would have changed the plan for the visit, and the visit went ahead the
        next morning with a {{social worker}} alone rather than jointly. Nobody was harmed.
        Learning: use the address book entry, never free-typed addresses, and the chair must
        confirm all three statutory partners are present before opening. Reported by
        [[name:R. Iqbal]], {{Team Manager}}, [[organisation:Northvale Children's Services]].
    """)),
    ("social_care", "success", block("""
        [09:12] [[name:Sunny Dhaliwal]]: morning all, big shout-out to @[[name:Grace Mwangi]] for {{yesterday}} 🙌
        [09:13] [[name:Grace Mwangi]]: aw stop it 😅
        [09:14] [[name:Sunny Dhaliwal]]: no seriously. contact came in 16:40 from the {{health visitor}}
        re baby [[name:Oliwia]] ([[age:7 weeks]]), low level, looked like a {{universal}} one.
        [[name:Grace]] did the checks anyway and spotted mum's maiden name matched a sibling who was
        on a {{CP plan}} in [[organisation:Ashby Cross Borough Council]] - different surname so the
        system never linked them. she rang their {{duty desk}}, got the {{chronology}} and had it
        to the {{TM}} by 17:30. {{strategy discussion}} same evening with police and the
        {{safeguarding midwife}}.
        [09:15] [[name:Kofi Asante-Baah]]: that's brilliant [[name:Grace]], exactly the curiosity we talk about in {{Signs of Safety}} training
        [09:16] [[name:Sunny Dhaliwal]]: logging it as good practice on the {{learning log}} (ref [[case_reference:LL-0392]])
    """)),
    ("social_care", "near_miss", block("""
        {{MASH}} REFERRAL - NEAR MISS NOTE
        Name: [[name:Amara Nwachukwu-Bell]]
        DOB: [[date_of_birth:23/06/2015]]
        Ref: [[case_reference:REF-2024-33107]]
        Address: [[address:Flat 4, 19 Cobden Terrace, Eastmoor]] [[postcode:WF3 8QJ]]
        Referrer: {{school nurse}}, [[organisation:Eastmoor Academy]]
        Parent: [[name:Chiamaka Nwachukwu]] [[phone:07700 914 388]]

        What happened: referral screened on {{Monday}} and passed to the {{assessment team}} with
        the address above. Family had in fact moved to [[address:22 Lark Rise, Thornbury Green]]
        [[postcode:WF4 2NU]] in the {{summer}}; school records were updated but ours were not.
        The allocated worker, [[name:Delroy]], rang mum before setting out and she gave the new
        address. The old flat is now let to another family.
        Why it matters: an {{unannounced visit}} to the wrong address would have disclosed the
        referral to strangers ({{GDPR}} breach) and delayed seeing [[name:Amara]].
        Suggested fix: {{MASH}} {{business support}} to check {{PDS}}/school address before
        passing on.
    """)),
    ("social_care", "incident", block("""
        Chronology - missing episode, [[name:Leon]] ([[age:15]]), [[date:Sat 9th]]
        19:05 {{EDT}} call from {{residential}} staff at [[organisation:Brookfield House]], [[name:Leon]] not back from college
        19:40 reported {{missing}} to police, log [[case_reference:NV-24-118877]]
        21:10 police ask {{MASH}} for known associates; {{EDT}} worker can't access the {{exploitation}} screening tool out of hours
        22:30 {{EDT}} leave voicemail for {{Team Manager}} [[name:Mark Ellery]], no answer (off shift)
        [[date:Sun 10th]]
        02:15 [[name:Leon]] found by {{BTP}} at the station with two older males, one named on the {{CE}} map
        08:30 [[name:Mark]] picks up voicemail, shares the map with police - six hours later than it could have been

        Impact: 7 hours {{missing}}, {{return home interview}} done by [[name:Aisha Lungu]]
        on [[date:12 November]]. Associates' details would have targeted the search.
        Action: read-only {{CE}} access for {{EDT}}, raised with [[name:Ellery]] and {{head of service}}.
    """)),
    ("social_care", "success", block("""
        From: [[name:Pat Obi]] <[[email:p.obi@kestrelvale-hc.nhs.uk]]>
        To: {{MASH}} {{Health Hub}}
        Date: [[date:Thu 21 March]] 16:02
        Subject: Thank you - [[case_reference:MASH-77413]]

        Hi all,
        Just a quick note to say thank you to [[name:Joy]] and [[name:Hamza]] in your {{front door}}
        team. The {{information sharing}} request for [[name:Ruby-Mae Sutcliffe]] came through
        this morning with a clear question, the {{consent}} position set out and a deadline, which
        made it easy for me to pull the {{A&E}} attendances and {{GP}} records in one go. We had
        the {{health summary}} back by 12:00 and it went straight into the {{strategy meeting}}.
        [[name:Joy]] also rang me back to say what was decided, which almost never happens!
        This is how {{MASH}} is supposed to work.

        Kind regards
        [[name:Pat]]
        [[name:Patience Obi]]
        {{Specialist Safeguarding Nurse}} | [[organisation:Kestrel Vale Healthcare NHS Trust]]
        [[phone:01632 960 417]]
    """)),
    ("social_care", "incident", prose("""
        I'm reporting this myself. On [[date:3rd Feb]] I was working from home and our {{Teams}}
        was down, so to get a quick answer I messaged a photo of the contact screen for
        [[name:Dominik Wiśniewski]] ([[age:9]]) to our team {{WhatsApp}} group, which is on
        personal phones. The photo showed his address, [[address:41 Pelham Road, Sowerby]],
        {{school}} and mum's {{mobile}} [[phone:07700 900 562]]. [[name:Emeka]] pointed out within about
        ten minutes that this wasn't ok and I deleted it, but at least six people would have
        seen it, including [[name:Bill]] who has since left. I have told my {{practice
        supervisor}} [[name:Faith Adebayo]] and the {{Information Governance}} team, reference
        [[case_reference:IG-2024-118]]. Nobody outside the team saw it as far as we know.
        Learning for me: the {{contingency}} route is a phone call to the {{duty TM}}, not a
        {{chat app}}. Can we please get a proper backup when {{Teams}} goes down? - [[name:C.W.]]
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER {{front door}} > {{EDT}}   [[date:Fri 17/05]]   17:00
        - [[name:Ibrahim Sesay]] [[age:4]] - {{nursery}} ([[organisation:Little Acorns Day Nursery]]) concern re mark on cheek.
          {{GP}} appt booked for 17:30 at [[organisation:Carlton Lane Surgery]]. NOT yet had
          {{CP medical}}. if {{GP}} recommends one, ring {{on-call paediatrician}} at the hospital
        - [[name:Rosa]] & [[name:Lily Pemberton]] ([[age:12]] & [[age:8]]) - {{DV}} notification from police,
          {{MARAC}} referral done. perpetrator bailed to [[address:7 Cairn View, Hexley]], which
          is 2 doors from the kids' nan. near miss: bail address only noticed at 16:50 when
          [[name:Hope]] rang {{IDVA}}. police aware, {{duty inspector}} reviewing
        - ref nos: [[case_reference:CS-450007]] ([[name:Ibrahim]]) / [[case_reference:CS-449982]] ([[name:Pemberton]] girls)
        Any probs ring me on [[phone:07700 900 219]] til 18:00 - [[name:JK]]
    """)),
    ("social_care", "incident", block("""
        {{MASH}} Partnership Meeting - Minutes - [[date:6 June 2024]]
        Present: [[name:Helen Brooke-Smythe]] (Chair, {{Head of Service}}), {{DI}} [[name:Okonkwo]]
        ({{Police}}), [[name:Marisol Vega]] ({{Health}}), [[name:Tariq Mahmood]] ({{Education}}),
        [[name:Will Dunmore]] ({{Early Help}})
        Apologies: [[name:Yusuf Osman]] ({{Probation}}), [[name:Amber Nightingale]] ({{CAMHS}})

        Item 3 - Incident [[case_reference:INC-0611]]
        [[name:HBS]] summarised: a police {{PPN}} for [[name:Kezia Bramwell-Ode]] ([[age:16yo]]) was
        graded {{Amber}} on [[date:20 May]] but not screened for four working days because of the
        backlog. On [[date:23 May]] [[name:Kezia]] was reported {{missing}} and found the next day
        in [[address:Dockside Walk, Port Elvan]]. [[name:Will]] noted {{Early Help}} already had an
        open plan and could have been asked to make contact same day.
        Agreed: repeat {{PPN}}s for the same young person to be auto-escalated to {{Red}}.

        Actions
        1. Weekly backlog figures to partners - [[name:HBS]]
        2. Police to flag repeat {{PPN}}s at source - {{DI}} [[name:Okonkwo]]
        3. {{Early Help}} open cases visible on the {{MASH}} dashboard - [[name:W. Dunmore]]
        Next meeting: [[date:4 July]], 10:00, {{Conference Room 2}}
    """)),
    ("social_care", "success", block("""
        Front door weekly learning - w/c [[date:15/07/24]]
        Contact ref | Child | Age | Source | Outcome | Note
        [[case_reference:CT-88120]] | [[name:Noah Fairweather]] | [[age:3]] | {{Police}} {{PPN}} | {{Early Help}} | consent same day
        [[case_reference:CT-88134]] | [[name:Zainab Al-Hashimi]] | [[age:13]] | school {{DSL}} | {{Section 17}} | interpreter booked first time
        [[case_reference:CT-88151]] | [[name:Bartek Kowal]] | [[age:6]] | {{GP}} | {{Section 47}} | strat within 2 hrs
        [[case_reference:CT-88177]] | baby [[name:Precious]] | [[age:5 wks]] | {{Midwife}} | {{Pre-birth}} {{CIN}} | checks done overnight by {{EDT}}
        All four decided inside 24 hours, which is a first since the restructure. Special mention
        to [[name:Dawn Achterberg]] for the {{Section 47}} - {{GP}} at [[organisation:Melrose Medical Practice]]
        said it was the clearest call-back she has had from us.
        Compiled by [[name:Grace-Ann Whyte]], {{Business Support Officer}}
    """)),
    ("social_care", "near_miss", block("""
        From: DC [[name:Siobhán Ní Bhriain]] <[[email:siobhan.nibhriain@northvale-police.uk]]>
        To: [[email:mash.triage@northvale.gov.uk]]
        Cc: {{DS}} [[name:Farrow]]
        Subject: RE: Checks - [[name:Jayden Kruger-Moss]] [[case_reference:MASH/24/01188]]

        Morning,
        Heads up on a near miss with this one. Your request gave dad's {{DOB}} as
        [[date_of_birth:04/07/1988]] and I ran it as [[date_of_birth:4 July]], which came back {{no trace}} on
        {{PNC}} and {{PND}}. [[name:Kwame]] from your team rang to chase and mentioned dad is
        South African and the form had been filled in by the {{school}} from his passport copy,
        so I re-ran it as [[date_of_birth:07/04/1988]] - three {{DA}} call-outs and a
        {{non-molestation order}} in [[organisation:Pennine Vale Constabulary]]'s area.
        If [[name:Kwame]] hadn't chased, the {{RAG}} would have gone out as {{Green}}.
        Could your form ask for {{DOB}} with the month written out? I will do the same on ours.

        Thanks
        [[name:Siobhán]]
        {{Detective Constable}} | {{MASH}} Police Team | [[phone:01632 960 733]]
    """)),
    ("social_care", "incident", prose("""
        Incident summary ({{Data Protection}}). A referral for [[name:Mehmet Yılmaz]] ([[age:14]])
        came in from a {{Jobcentre}} {{work coach}} on [[date:11/03/24]] with dad's {{National
        Insurance}} number ([[ni_number:JT 48 21 67 C]]) and benefit details typed into the
        free-text box. When we shared the referral with the {{DSL}} at
        [[organisation:St Aldhelm's CE Academy]] for information, the whole form went rather than
        the summary. The {{DSL}}, Mr [[name:Kaczmarek]], rang on [[date:13 March]] to say he had
        deleted it, but it had already been printed for the {{safeguarding file}}. {{Dad}},
        [[name:Emre Yılmaz]], found out when the school mentioned his benefits at a meeting and
        has complained ([[case_reference:COMP-24-0419]]). Contributing factors: no redaction
        step for third-party data, agency worker on day 2, and the {{MASH}} template prints every
        field. Actions: {{IG}} breach log [[case_reference:IG-2024-131]]; template changed so only
        the {{threshold}} summary is shared; apology letter from the {{Service Manager}},
        [[name:Nadia Haddad]]. Reported by [[name:Liam O'Rourke-Dunne]].
    """)),
    ("social_care", "success", prose("""
        Shout-out of the month goes to [[name:Hope Adeyemi-Clarke]] on the {{MASH}} {{health
        desk}}! On [[date:Wednesday 8 May]] a {{111}} call handler passed on a contact about a
        [[age:4-month-old]] with a small bruise on the ear. It could easily have been logged and
        left for the morning. [[name:Hope]] knew the {{TEN-4-FACESp}} rule, recognised the bruise
        in a non-mobile baby as a red flag, and got the baby seen by the {{paediatric}}
        {{registrar}} at [[organisation:Queen Adelaide Hospital]] that night. A {{skeletal
        survey}} found an older fracture. Without [[name:Hope]]'s persistence this child would
        have gone home. Dr [[name:Wole Bankole]], the {{named doctor}}, has asked for the case
        to be used in {{Level 3}} training. Thank you [[name:Hope]] - from everyone at the front
        door, and especially from [[name:Sal]] and [[name:Bea]] who were on shift with you.
    """)),
    ("social_care", "near_miss", block("""
        #mash-duty  ·  [[date:Tue 2 Apr]]
        [[name:rose.t]]  10:02  strat for the [[name:Gebremedhin]] kids booked 11:00 - police + {{school nurse}} confirmed
        [[name:dawit_k]]  10:05  is there an {{interpreter}}? dad only speaks {{Tigrinya}}, mum some english
        [[name:rose.t]]  10:06  ...no 🙈 I assumed {{school}} would have flagged it
        [[name:dawit_k]]  10:06  {{LanguageLine}} can't do {{Tigrinya}} at 1hr notice. try [[organisation:Harbour Interpreting Ltd]]?
        [[name:rose.t]]  10:21  booked, [[name:Selam]] can do 11:30. moved {{strat}} to 11:30 and told {{DS}} [[name:Achebe]]
        [[name:mo.begum]]  10:24  good catch. we'd have been planning the {{s47}} visit with {{mum}} interpreting for dad, which is exactly what the {{DA}} section says not to do
        [[name:rose.t]]  10:25  adding "language / interpreter" as a mandatory field on the strat booking form. ref [[case_reference:MASH/24/02201]]
    """)),
    ("social_care", "incident", prose("""
        Formal account for the {{complaints}} team. On [[date:19 September]] a contact came in
        from a {{dental practice}} about [[name:Olamide Bakare]], [[age:aged 5]], who had missed
        three appointments. It did not meet the threshold for {{Section 17}} or {{Section 47}}
        and parental consent had not been sought. Despite this, {{MASH}} checks were started
        with {{Health}}, {{Education}} and {{Police}}. Dad, Mr [[name:Tunde Bakare]], was told
        by the {{school}} office that "social services are checking on you" and rang the
        front door very upset. He was right to be: the {{Working Together}} and {{GDPR}} position
        is that we seek consent unless doing so would place the child at risk, and nothing
        suggested risk here. The screener, [[name:Francesca]], was new and had been told by a
        colleague that "we always do the checks". Outcome: apology given by [[name:Ngozi Emenike]],
        {{Practice Manager}}; case closed to {{universal services}} with a signpost to
        [[organisation:Smile Bright Dental]]. Learning session for all screeners booked for
        [[date:30/09]]. Complaint ref [[case_reference:CF-2291]].
    """)),
    ("social_care", "success", prose("""
        Learning from good practice - joint visit. On a {{Friday}} evening at about 18:15 a
        {{DSL}} rang about [[name:Aylin]] ([[age:12]]) who had told a {{teaching assistant}}
        that her step-dad hits her with a belt. The {{duty social worker}}, [[name:Robin Farquharson]],
        and PC [[name:Sky Lam]] held a quick {{strategy discussion}} by phone with the {{EDT}}
        manager and the {{paediatric}} {{on-call}}, then visited together by 20:00. [[name:Aylin]]
        was placed with her aunt, [[name:Derya Öztürk]], at [[address:5 Juniper Close, Lowfield]]
        under a {{safety plan}}, and a {{CP medical}} was done at [[organisation:Lowfield
        Children's Centre]] the next morning. What went well: one phone call rather than three
        e-mails; [[name:Robin]] and [[name:Sky]] agreed who would say what before going in; the
        aunt was checked on {{PNC}} before placement. [[name:Aylin]] said afterwards that "the
        police lady was kind". Case ref [[case_reference:CS-452310]].
    """)),
    ("social_care", "near_miss", block("""
        omg nearly a big one today. {{CIN}} letter for mum ([[name:kerry-ann]]) was printed w her
        NEW address on it - [[address:flat 2b, 88 Mill St, Northvale]] - and put in the envelope
        for dad ([[name:darren]]) cos both parents get a copy. dads the reason shes in a
        {{refuge}}!!! [[name:ade]] on {{business support}} spotted it in the post tray b4 {{4pm}}
        collection, thank god. {{DV}} flag was on mums record but not on the kids ([[case_reference:CS-447753]] /
        [[case_reference:CS-447754]]) so the letter template didnt know. pls pls pls can {{IT}}
        make the flag copy across to the kids files. told my {{TM}} [[name:gabi]] and its on
        the {{IR1}}. {{MARAC}} coord aware. x [[name:fi]]
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        {{NHS 111}} REFERRAL - {{OOH}} CASE [[case_reference:OOH-5581024]]
        Patient: [[name:Margaret Hollingworth]] (prefers [[name:Peggy]])
        DOB: [[date_of_birth:17/02/1940]]   Age: [[age:84]]
        NHS No: [[nhs_number:924 437 8841]]
        Address: [[address:3 Tanner's Row, Hexley]] [[postcode:HX7 4LB]]
        Tel: [[phone:01632 960 284]]   Registered GP: [[organisation:Fernbank Surgery]]
        111 disposition: {{primary care within 2 hours}}. Symptoms: {{shortness of breath}},
        new {{confusion}}, {{housebound}}.

        INCIDENT: case went into the {{base}} queue at [[organisation:Hexley Treatment Centre]]
        instead of the {{home visit}} queue because the housebound flag was not carried over
        from 111. First call-back 21:50, 3h10 after referral, by Dr [[name:Ioana Popescu]], who
        realised [[name:Peggy]] could not travel. Visit at 23:40 by Dr [[name:Popescu]] and
        driver [[name:Gaz]]: {{NEWS2}} 7, admitted with {{sepsis}}. Family upset about the wait.
        Logged on {{Datix}} as [[case_reference:DTX-30918]].
    """)),
    ("health", "near_miss", prose("""
        Near miss - prescribing. At about 02:10 on [[date:Sun 14 Jan]] I saw
        [[name:Callum Reid-Anand]] ([[age:27]]) at the {{base}} with {{tonsillitis}}
        ({{Centor}} 4) and prescribed {{phenoxymethylpenicillin}}. I asked about allergies and
        he said none; I didn't open the {{SCR}} because he was keen to get off. The {{EPS}}
        prescription went to [[organisation:Kirkby Lane Pharmacy]], where the pharmacist,
        [[name:Anjali Mistry]], saw a {{penicillin}} allergy ({{anaphylaxis}} as a teenager) on
        their own record and rang me on the {{clinician line}}. Changed to {{clarithromycin}}
        and [[name:Callum]] then remembered "a rash when I was a kid". No harm done.
        Prescription token [[case_reference:A1F3C9-Z81044-52D2EK]]. Learning for me and for the
        {{induction pack}}: look at the {{SCR}} before any {{antibiotic}}, even when the patient
        says no allergies. [[name:Tomasz Zieliński]], {{sessional GP}}
    """)),
    ("health", "success", block("""
        ⭐ SHOUT-OUT ⭐
        Huge thanks to [[name:Bill Mackintosh]], one of our {{drivers}}, for {{Saturday}} night.
        [[name:Bill]] took Dr [[name:Pugh]] ([[name:Nye]] to most of us) to a visit in car 4
        ([[vehicle_registration:YJ21 KXT]]) for an [[age:89-year-old]] with headache and vomiting,
        Mr [[name:Oduya]]. On the doorstep [[name:Bill]] noticed the {{boiler}} flue was
        blackened and the {{CO alarm}} was hanging off the wall with no battery. He stopped
        [[name:Nye]] going in, got Mr [[name:Oduya]] out into the fresh air and rang the
        {{gas emergency line}}. {{Carboxyhaemoglobin}} was high and Mr [[name:Oduya]] was
        admitted for {{oxygen}}. Honestly, without [[name:Bill]] we might have had three
        casualties. He has asked that we all carry a personal {{CO monitor}} on visits -
        ordering them this week.
        [[name:Pearl]], {{Operations Manager}}
    """)),
    ("health", "incident", block("""
        Home visit delay - chronology [[date:28/12/23]]
        19:32 {{111}} referral, {{palliative}} pt [[name:Arthur Dobbs]] ([[age:76]]), {{syringe driver}} alarming,
              agitated. Addr [[address:Rose Cottage, Brook Lane, Nether Copley]] [[postcode:DN9 6XW]]
        19:50 allocated Dr [[name:Eilidh MacLeod]], car 2 [[vehicle_registration:WM70 HZA]], driver [[name:Stuart]]
        20:05 left {{base}}
        20:40 sat-nav brings car to a farm 9 miles away - postcode on the case was [[postcode:DN6 9XW]]
        21:15 [[name:Stuart]] rings wife [[name:Joan Dobbs]] on [[phone:01632 961 052]] from the lane, directions given
        21:35 arrived. line {{occluded}}, re-sited, {{midazolam}} 2.5mg {{subcut}} stat, {{JIC}} meds used
        22:20 left, pt settled, {{district nurse}} to review am
        Impact: ~55 min avoidable delay for a dying man in distress; [[name:Joan]] very upset.
        Cause: digits transposed when 111 keyed the postcode; our crew had no way to cross-check
        the address against the {{SCR}} in the car.
        Actions: drivers to confirm address with caller before leaving; ask {{111}} provider to
        review. Ref [[case_reference:OOH-5590377]] / {{Datix}} [[case_reference:DTX-31102]]. [[name:E.M.]]
    """)),
    ("health", "near_miss", block("""
        {{Teams}} - {{OOH Clinicians}} chat
        [22:41] [[name:Lucía Fernández]]: anyone else got a case for [[name:Kwabena Asare]]? I did him at 21:15, {{UTI}}, gave {{nitrofurantoin}}
        [22:42] [[name:Chidi Okafor]]: 😳 yes - just opened him, about to send {{trimethoprim}} to the same pharmacy
        [22:42] [[name:Lucía Fernández]]: same {{NHS number}}? mine is [[nhs_number:160 152 0352]]
        [22:43] [[name:Chidi Okafor]]: yep [[nhs_number:160 152 0352]]. mine came from his wife ringing {{111}} again, not a {{callback}}
        [22:43] [[name:Lucía Fernández]]: he was told the pharmacy would text him, they hadn't, so she panicked and rang
        [22:44] [[name:Chidi Okafor]]: closing mine as a duplicate. ref [[case_reference:OOH-5612840]] merged into [[case_reference:OOH-5612771]]
        [22:45] [[name:Lucía Fernández]]: thanks [[name:Chidi]] - will {{IR}} it. {{Adastra}} didn't flag the duplicate because 111 spelt it [[name:Kwabina]]
        [22:46] [[name:Chidi Okafor]]: 👍 and I'll ring Mrs [[name:Asare]] to explain
    """)),
    ("health", "incident", block("""
        From: [[name:Priya Raghunathan]] <[[email:priya.raghunathan@hexley-ooh.nhs.uk]]>
        To: {{CD Accountable Officer}}
        Cc: Dr [[name:Jean-Luc Moreau]]
        Sent: [[date:Sunday 7 April 2024]] 08:12
        Subject: {{CD}} discrepancy - car 3 ([[vehicle_registration:VN19 PLK]])

        Hi,
        At the end of the night shift the {{CD}} box in car 3 was one {{diamorphine}} 10mg
        ampoule short of the register. The last entry is by Dr [[name:Moreau]] at 01:40 for
        Mr [[name:Leonard Quayle]] ({{case}} [[case_reference:OOH-5620019]]), one ampoule
        used, countersigned by the driver [[name:Ahmed]]. The count after that visit was never
        done, and the tamper seal number ([[case_reference:0048815]]) does not match the
        one recorded at 19:00. [[name:Jean-Luc]] thinks he may have drawn up from a second
        ampoule after a breakage and not recorded the waste.
        I have quarantined the box, informed the {{on-call manager}} and started a {{Datix}}
        ([[case_reference:DTX-31377]]). This will need reporting to the {{CDLIN}}.

        Thanks,
        [[name:Priya]]
        {{Lead Pharmacist}}, [[organisation:Hexley Urgent Care CIC]]
        [[phone:07700 900 781]]
    """)),
    ("health", "success", block("""
        Compliment received via {{Patient Experience}} - please share with the team

        "Dear Sir/Madam, I want to thank the doctor and driver who came out to my dad,
        [[name:Frank Whitlow]], on [[date:New Year's Eve]]. He had fallen and we didn't know
        whether to call an ambulance. Dr [[name:Sato]] spent nearly an hour with him, checked
        him over properly, sorted out his {{catheter}} and rang his {{GP}} at
        [[organisation:Orchard Way Medical Centre]] so they'd know. The driver, [[name:Marcus]],
        found Dad's spare glasses and made him a cup of tea while we waited. Dad is [[age:93]]
        and very {{frank}} about doctors (!) but he said they were 'proper gents'. I know it must
        be a hard job on a {{bank holiday}} night. Thank you both.
        [[name:Julie Whitlow]], [[address:14 Orchard Way, Pelsby]]"

        Note from {{Clinical Lead}}: [[name:Haruto]], [[name:Marcus]] - lovely to read. Good
        example of a {{falls}} assessment plus {{safety-netting}} and {{continuity}} with the
        practice. Added to the {{Good Practice}} log [[case_reference:GP-LOG-114]].
    """)),
    ("health", "near_miss", block("""
        HANDOVER night > day   07:55   [[date:Mon 3/6]]
        Outstanding
        - Mrs [[name:Ruth Ambrose]], [[organisation:Hillcrest Care Home]] rm 12, {{palliative}}, {{DN}} to
          review {{syringe driver}} am. Family aware.
        - [[name:Desmond Achterberg]] [[age:52]], {{base}} appt 09:30 for {{wound check}}, abx started overnight
        Near miss (IR done): at [[organisation:Hillcrest Care Home]] at 03:20 the carer handed
        Dr [[name:Nowak]] the {{DNACPR}} form for the wrong resident - Mrs [[name:Ruth Ambrose]]'s
        form was in the file of Mr [[name:Albert Ambroise]] (rm 21). Dr [[name:Nowak]] checked
        the {{DOB}} ([[date_of_birth:09/11/1931]]) before acting, realised, and found the right
        form. Nobody was being resuscitated, but it could have been the other way round.
        Home manager [[name:Bernadette]] informed, asked to audit all {{ReSPECT}} /
        {{DNACPR}} filing today.
        Prescription for [[name:Desmond]] still on the printer in {{Room 3}} - uncollected!!
        [[name:F.W.]] (shift lead)
    """)),
    ("health", "incident", block("""
        Clinical Governance Group - minutes - [[date:18 January]]
        Attendees: Dr [[name:Xu Wei]] ({{Medical Director}}), [[name:Mary-Kate O'Sullivan]]
        ({{Head of Nursing}}), [[name:Dafydd ap Rhys]] ({{Ops Manager}}), [[name:Rocky Bains]]
        ({{driver rep}})
        Apologies: Dr [[name:Fatuma Warsame]], [[name:Ivy]] ({{rota}})

        {{SEA}} [[case_reference:SEA-24-003]] - febrile child
        [[name:Isla Brennan-Kaur]] ([[age:22 months]]) was seen at the {{base}} at 20:10 on
        [[date:2 January]] with fever and poor feeding. Discharged with {{safety-netting}}
        advice. Re-presented to {{ED}} at 02:30 with a {{non-blanching rash}}; diagnosed
        {{meningococcal septicaemia}}, {{PICU}} for four days, now home and well.
        Review found: no {{capillary refill}} or {{heart rate}} documented; the {{NICE}}
        {{traffic light}} table was not used; the locum had done two back-to-back shifts.
        [[name:MKO]] noted parents were given verbal advice only.
        Actions: {{paediatric}} template made mandatory for under-5s ([[name:XW]]); written
        safety-netting leaflet in {{Urdu}} and {{Punjabi}} ([[name:MKO]]); no more than 12 hours
        clinical work in 24 for locums ([[name:DaR]]). Family letter sent by Dr [[name:Wei]].
    """)),
    ("health", "success", block("""
        Call-back audit, week ending [[date:12/05/24]]
        Clinician | P1 cases | <20 min | median
        Dr [[name:A. Mensah]] | 14 | 14 | 9 min
        Dr [[name:Warsame]] | 11 | 10 | 12 min
        [[name:Björn Lindqvist]] ({{ANP}}) | 17 | 17 | 8 min
        [[name:Kemi]] ({{ECP}}) | 9 | 9 | 11 min
        Total | 51 | 50 | 10 min
        98% of {{P1}} cases called back inside 20 minutes - best week since the {{CQC}}
        visit. The one breach was during the {{Adastra}} outage at 23:00 on {{Saturday}}.
        Thank you to [[name:Autumn]] on the {{rota}} desk who moved the {{ANP}} onto {{P1}}
        triage when the queue hit ten, and to [[name:Björn]] for staying late. Shared at
        huddle; [[name:D. ap Rhys]], {{Ops}}.
    """)),
    ("health", "near_miss", block("""
        reception nr miss - {{sat nite}}
        2 x [[name:mohammed ali]] in {{base}} waiting rm at same time!! i called "[[name:mohammed ali]]"
        for dr [[name:haruto]] and the wrong one went thru (he was there for {{BP}} / {{chest pain}}
        f/u, the one booked was a {{D&V}} [[age:19yo]]). dr [[name:haruto]] did the 3 point ID check
        - name, {{DOB}}, first line of address - and the {{DOB}} was [[date_of_birth:30/08/1961]]
        not [[date_of_birth:12/03/2005]] so he sent him back out b4 anything happened. both
        pts v good about it. wud have been a wrong pt consult + notes on wrong record.
        idea: call by first name + surname initial + age?? or ticket nos like the {{pharmacy}}.
        also {{Adastra}} shows both as "[[name:ALI, Mohammed]]" w no warning.
        [[name:sunny]] ({{receptionist}})
    """)),
    ("health", "incident", prose("""
        Incident report - {{EPS}} routing. At 17:40 on [[date:Friday 24 May]] [[name:Gwen
        Tallis-Ford]] ([[age:67]]), who has {{type 1 diabetes}}, rang {{111}} because she had
        left her {{insulin}} pens at her daughter's house and had none for the weekend. Our
        {{ANP}}, [[name:Björn Lindqvist]], issued an emergency supply of {{NovoRapid}} and
        {{Lantus}} at 19:05. The prescription went by default to her nominated pharmacy,
        [[organisation:Broadgate Pharmacy]], which had closed at 18:00 and does not open on a
        {{Saturday}}. Nobody checked the opening hours on the {{DoS}} and the patient was told
        "it's at your usual chemist". She found it shut, missed her evening {{basal}} dose, and
        attended {{A&E}} at [[organisation:Queen Adelaide Hospital]] at 01:10 with a blood
        glucose of 24 and {{ketones}} 1.9. She was treated and discharged; no {{DKA}}. Learning:
        for time-critical medicines the clinician must nominate an open pharmacy and tell the
        patient which one; the {{EPS}} screen will now show a warning. Case
        [[case_reference:OOH-5638845]]; reported by [[name:B. Lindqvist]] and reviewed by
        Dr [[name:Xu Wei]].
    """)),
    ("health", "near_miss", block("""
        [[date:02/02/2024]], 23:14 - [[name:Kev]] (car 1): anyone else getting the {{tyre light}} on [[vehicle_registration:KY68 DFU]]?
        [[date:02/02/2024]], 23:15 - [[name:Gaz]] (car 2): had it {{tues}}, told the {{office}}
        [[date:02/02/2024]], 23:15 - [[name:Kev]] (car 1): ignoring it, doc's got 3 visits left
        [[date:02/02/2024]], 23:41 - [[name:Kev]] (car 1): scrap that. pulled into the {{lay-by}} on the {{bypass}}, rear nearside nearly flat, screw in it. on the {{spare}} now
        [[date:02/02/2024]], 23:42 - [[name:Mags Ferreira]]: glad ur ok. pls dont drive on a warning light with a {{clinician}} in the car, ring the {{on-call manager}}
        [[date:02/02/2024]], 23:44 - [[name:Gaz]] (car 2): {{fleet sheet}} says [[vehicle_registration:KY68 DFU]] {{MOT}} + service overdue too
        [[date:02/02/2024]], 23:46 - [[name:Mags Ferreira]]: ok I'll {{Datix}} it. [[name:Kev]] which visit were you going to? dont put names in here
        [[date:02/02/2024]], 23:47 - [[name:Kev]] (car 1): the one out at [[address:Hagg End Farm]], {{palliative}}. 25 min late now, doc rang ahead
    """)),
    ("health", "success", prose("""
        Good practice - {{safeguarding adults}}. On a routine {{home visit}} for a chest
        infection, Dr [[name:Kemi Adeyinka]] and driver [[name:Faisal]] found Mr
        [[name:Harold Pike]], [[age:91]], living in one room at [[address:26 Gasworks Lane,
        Pelsby]] with no heating, little food and {{pressure damage}} to both heels. His grandson,
        who lives with him, said he "handles the money". Rather than just treat the chest and
        leave, [[name:Kemi]] spoke to Mr [[name:Pike]] alone, established he had {{capacity}} and
        wanted help, and made a {{Section 42}} {{safeguarding}} referral by phone to the
        {{out-of-hours}} team at [[organisation:Pelsby Borough Council]] (their ref
        [[case_reference:ASC-2024-06637]]). [[name:Faisal]] checked the {{fridge}} and
        {{heating}} and found the {{gas meter}} was on an emergency credit. A {{district nurse}}
        visited the next day and {{adult social care}} the day after. This is exactly the
        professional curiosity the {{Care Act}} asks for - thank you both.
    """)),
    ("health", "incident", block("""
        Incident: failed contact - patient with hearing loss
        Case [[case_reference:OOH-5649002]], [[name:Deepa Chaudhary]] ([[age:38]]), {{NHS no}} [[nhs_number:883 064 6520]]
        Mob on case: [[phone:07700 900 846]]; 111 notes say "profoundly deaf, uses text relay"
        18:22 case received, {{P2}} ({{abdo pain}}, vomiting)
        19:05 call-back attempt 1, no answer
        19:25 attempt 2, no answer, voicemail
        19:50 attempt 3, no answer; case closed per {{failed contact}} SOP by [[name:Oskar]]
        21:30 [[name:Deepa]]'s partner rang {{999}}; {{appendicitis}}, theatre at
        [[organisation:Queen Adelaide Hospital]]
        What went wrong: the note was in free text, not the {{communication needs}} field;
        nobody used {{Relay UK}} or sent an {{SMS}}; the {{SOP}} assumes voice calls.
        Outcome: no lasting harm but a 3-hour delay. {{Accessible Information Standard}}
        breach; apology by [[name:Mary-Kate O'Sullivan]]. {{Datix}} [[case_reference:DTX-31540]].
    """)),
    ("health", "near_miss", block("""
        From: [[email:oluwaseun@pillboxpharmacy.co.uk]]
        To: {{OOH}} {{clinical queue}}
        Subject: Interaction - [[name:Pearl Hutchinson-Baptiste]] - {{warfarin}}

        Hello,
        I have an {{EPS}} script from your service tonight for {{clarithromycin}} 500mg {{BD}}
        for Mrs [[name:Hutchinson-Baptiste]] ({{DOB}} [[date_of_birth:05/10/1949]]). She is on
        {{warfarin}} (our records, {{INR}} target 2.5, {{AF}}). {{Clarithromycin}} can push the
        {{INR}} up significantly and there was nothing on the script about extra {{INR}}
        checks. I have not dispensed it yet. Could the prescriber ring me on
        [[phone:01632 960 559]] before 22:00? {{Doxycycline}} might be a safer choice, but
        that's your call.
        Many thanks,
        [[name:Oluwaseun Adeyemi]] {{MRPharmS}}
        [[organisation:Pillbox Pharmacy]], [[address:9 Market Place, Hexley]] [[postcode:HX7 1DA]]
        ---
        Reply from Dr [[name:Sophie-Grace Lund]] 21:18: thank you [[name:Seun]] - rang, switched to
        {{doxycycline}}, {{INR}} booked {{Monday}} with her practice. Good catch.
    """)),
    ("health", "success", prose("""
        Learning from excellence - call handler. At 20:05 on [[date:Tuesday 16 July]]
        [[name:Summer Lowe]], a {{call handler}} at our {{base}}, took a call from a man booking
        a {{GP}} appointment for his wife, [[name:Halina Nowicka]] ([[age:58]]), who had a
        "funny turn". [[name:Summer]] noticed that when Mrs [[name:Nowicka]] came on the line
        her speech was slurred and she could not lift the phone with her right hand. Rather
        than book a base slot, [[name:Summer]] ran through {{FAST}}, stayed on the line and put
        a {{999}} call through with the {{duty clinician}}, Dr [[name:Rajan]]. Mrs
        [[name:Nowicka]] reached the {{stroke unit}} at [[organisation:Queen Adelaide Hospital]]
        within the {{thrombolysis}} window and has gone home walking. Her husband,
        [[name:Zbigniew]], rang on [[date:1 August]] to say thank you. [[name:Summer]] has been
        with us only three months; this is what good {{induction}} and good instincts look like.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        PILOT OCCURRENCE REPORT                     Internal ref: [[case_reference:OCC-24-017]]
        Date: [[date:11/05/2024]]   Launch: 06:02   Landed: 07:14
        Aircraft: [[aircraft_registration:G-CLVB]] ({{Cameron Z-350}}, 16 pax {{basket}})
        {{PIC}}: [[name:Torsten Ahlberg]]   Retrieve: [[name:Dusty]] / [[name:Nkechi Obi]]
        Launch site: [[address:Copley Hall]] {{cricket field}}
        Landing: stubble field off [[address:Moor Lane, Great Elvan]]

        Narrative: surface wind picked up to ~12 kt on approach, more than {{forecast}}. Briefed
        pax for a {{fast landing}} ({{landing position}}, backs to direction of travel, hold the
        rope handles). {{Basket}} tipped and dragged approx 40 m. Passenger [[name:Hyun-woo Park]]
        ([[age:64]]) had turned to look forward just before touchdown and twisted his left
        ankle. First aid by [[name:Nkechi]]; taken by his son to
        [[organisation:Queen Adelaide Hospital]] - {{fracture}} confirmed next day.
        Reported to {{CAA}} via {{MOR}} ({{ECCAIRS}} [[case_reference:2024-1187]]).
        Signed: [[name:T. Ahlberg]], {{Chief Pilot}}
    """)),
    ("aviation", "near_miss", block("""
        RT transcript (from {{ATC}} tape), [[date:22 June]], 19:47 local
        [[organisation:Hexley Radar]]: [[aircraft_registration:Golf Oscar Zulu Uniform Mike]], you are two miles south of the {{zone}} boundary, drifting north, say intentions
        [[aircraft_registration:G-OZUM]]: [[aircraft_registration:Golf Uniform Mike]], descending now to land short of the {{zone}}, field in sight
        [[organisation:Hexley Radar]]: [[aircraft_registration:Golf Uniform Mike]], roger, {{squawk 7000}}, {{QNH}} 1009, report landed
        [[aircraft_registration:G-OZUM]]: {{QNH}} 1009, wilco, [[aircraft_registration:Golf Uniform Mike]]
        ... 19:58
        [[aircraft_registration:G-OZUM]]: [[organisation:Hexley Radar]], [[aircraft_registration:Golf Uniform Mike]] landed, thanks for the service

        Pilot's note ([[name:Ruairí Mac Giolla Phádraig]]): the wind backed and strengthened after
        launch and I was slow to check track against the {{CTR}}. Landed 0.8 nm short of
        {{controlled airspace}} with little fuel margin (two {{cylinders}} at 20%). {{Will}} plan
        evening flights with a mandatory land-by point and brief the {{retrieve}} crew on it.
    """)),
    ("aviation", "success", block("""
        From: [[name:Margery Hobday]] <[[email:m.hobday@brackenfold-farm.co.uk]]>
        To: [[email:ops@highcloudballoons.co.uk]]
        Subject: Thank you - landing on [[date:Sunday 4th]]

        Dear all,
        I wanted to say thank you to your pilot [[name:Rhiannon]] and her crew for how they
        handled landing in our top field on {{Sunday}} evening. She radioed the crew to ring
        me first, so my husband [[name:Clem]] had time to move the {{ewes}} and {{lambs}} into
        the lower paddock. Your {{retrieve}} driver kept the {{Land Rover}} on the track,
        closed every gate, and the passengers stayed off the {{silage}} grass. You even left a
        bottle of fizz and a card with the {{landowner}} hotline, [[phone:01632 960 902]].
        You are welcome back any time - please pass this on to [[name:Rhiannon Pryce-Jones]]
        and the lad with the red beard!
        Best wishes,
        [[name:Margery]]
        [[organisation:Brackenfold Farm]], [[address:Brackenfold Lane, Hexley Moor]] [[postcode:HX9 6RT]]
    """)),
    ("aviation", "incident", block("""
        {{WhatsApp}} - {{Retrieve}} Crew
        [[date:14/08/24]], 20:31 - [[name:Jojo]]: on our way to [[aircraft_registration:G-CJTW]], landed near the {{pylons}} off the back road
        [[date:14/08/24]], 20:49 - [[name:Hamish B]]: stuck. {{Land Rover}} [[vehicle_registration:SN15 OVX]] bogged in at the gate, {{trailer}} jack-knifed
        [[date:14/08/24]], 20:52 - [[name:Jojo]]: i'll walk the {{pax}} out to the lane
        [[date:14/08/24]], 21:20 - [[name:Hamish B]]: {{farmer}} not happy. gate left open while we dug out, about 30 {{heifers}} out on the lane 😬
        [[date:14/08/24]], 21:22 - [[name:Valentina Rossi-Burke]]: on my way in [[vehicle_registration:YH66 BRT]] with the {{tow strap}}. who left the gate??
        [[date:14/08/24]], 21:24 - [[name:Hamish B]]: me. my fault. was trying to get the trailer round
        [[date:14/08/24]], 22:05 - [[name:Valentina Rossi-Burke]]: all cattle back, farmer is Mr [[name:Ghafoor]] [[phone:07700 900 337]], i've said we'll pay for the gatepost. {{incident form}} tomorrow pls [[name:Hamish]], and NO gates open unless someone is standing in it
    """)),
    ("aviation", "near_miss", block("""
        Near miss - {{power lines}} on approach. Chronology ({{local time}}), [[date:Sat 7 Sept]]
        18:40 launch from [[address:Lowfield Rec]], [[aircraft_registration:G-BYNF]] ({{Lindstrand 210A}}), 10 pax, {{PIC}} [[name:Thandiwe Dlamini]]
        19:35 {{retrieve}} ([[name:Kiran]] + [[name:Mateus Oliveira]]) suggest field beyond the B-road
        19:41 on final approach, {{11kV}} line across the far hedge not seen until ~300 m - it
        was not on the {{hazard map}} and the poles were hidden in the hedgerow
        19:41 {{burner}} on, climb, overflew the line with an estimated 40-50 ft clearance
        19:52 landed safely two fields on at [[address:Whinmoor Top Farm]]
        19:58 pilot rang the {{DNO}} on {{105}} to report the line position
        Why: wind lighter than forecast so the landing area was new to us; {{hazard map}} last
        updated by [[name:Saoirse]] over a year ago. [[name:Thandiwe]] says she relied on the
        crew's field choice rather than her own scan.
        Actions: crew to ride the lane first; map update by [[name:S. Keane]]; {{CAA}}
        {{MOR}} filed ([[case_reference:OCC-24-029]]).
    """)),
    ("aviation", "success", prose("""
        Shout-out to [[name:Faith Nakamura-Reid]], our {{crew chief}}, for the morning flight on
        [[date:29 June]]. Among the 12 passengers was a [[age:9-year-old]] with {{autism}},
        [[name:Alfie]], and his {{grandad}}, who uses a {{hearing aid}}. [[name:Faith]] spotted at
        {{check-in}} that the standard {{safety briefing}} over the noise of the {{inflation fan}} would
        not work for either of them. She walked them through the {{landing position}} in the
        {{basket}} before the {{cold inflation}}, drew the steps on the back of a {{weather
        sheet}}, and swapped them into the corner compartment next to the {{pilot}},
        [[name:Bryn]], so he could remind them by hand signal. On a bumpy landing both adopted
        the position perfectly. [[name:Alfie]]'s mum e-mailed to say it was the best day of his
        year. Small thing, big difference - thank you [[name:Faith]]. ([[name:Ollie]],
        {{Operations}})
    """)),
    ("aviation", "incident", prose("""
        Incident - fuel leak at launch. At 05:50 on [[date:Thursday 18 July]], during
        {{pre-flight}} checks at [[address:Sandleigh Common]] launch site, {{crew}} member
        [[name:Ahmad Karimi]] heard hissing from the liquid valve of {{master cylinder}} 3 on
        [[aircraft_registration:G-CKZT]]. The {{pilot}}, [[name:Aroha Ngata]], shut the cylinder
        off, cleared the 14 passengers 30 m upwind and called a stop; no ignition source was
        present because the {{pilot light}} had not yet been lit. The O-ring in the
        {{Rego valve}} was found perished. The cylinder had passed its {{annual inspection}}
        in {{March}} but had been left in the sun in the trailer of [[vehicle_registration:FX17 KLR]]
        all the previous afternoon. The flight was cancelled and passengers rebooked. Actions:
        O-ring checks added to the daily {{checklist}}; cylinders to be stored shaded;
        {{engineering}} report by [[name:Piotr Zając]], {{BBAC}} inspector, ref
        [[case_reference:ENG-0733]]. Reported as an {{MOR}}. [[name:A. Ngata]]
    """)),
    ("aviation", "near_miss", block("""
        OPS HANDOVER - evening slot [[date:Fri 2 Aug]] (from [[name:Ollie]] to [[name:Gwilym]])
        * Balloons flying: [[aircraft_registration:G-CLVB]] ([[name:Torsten]]), [[aircraft_registration:G-OZUM]] ([[name:Rhiannon]]), [[aircraft_registration:G-BYNF]] ([[name:Thandiwe]])
        * {{Met}}: {{TAF}} good till 21Z, {{PROB30}} {{TSRA}} after - watch the {{CB}} line to the west
        * {{NOTAM}} out for a {{para drop}} zone at [[organisation:Elvan Parachute Centre]] until 20:00 !!
        * Near miss this morning: [[aircraft_registration:G-OZUM]] launched without anyone checking
          the {{NOTAMs}}. [[name:Rhiannon]] heard jumpers on the frequency and landed early. She
          was about 3 nm from the drop zone.
        * Landowner for [[address:Copley Hall]]: Mrs [[name:Gale]] [[phone:07700 900 140]] - she
          asked for an hour's notice before a launch, not 10 mins
        * Pax note: [[name:Bao Ngoc Tran]] on [[aircraft_registration:G-CLVB]] tonight is 8 weeks pregnant -
          [[name:Torsten]] to speak to her about the {{landing position}} before she signs the {{disclaimer}}
        Action for ops: {{NOTAM}} brief to be a tick box on the {{flight log}}. [[name:OP]]
    """)),
    ("aviation", "incident", block("""
        [[organisation:High Cloud Balloons Ltd]] - Safety Review Meeting
        Date: [[date:9 September 2024]]   Location: hangar office
        Present: [[name:Torsten Ahlberg]] ({{Chief Pilot}}), [[name:Oliver Pemberton-Shah]]
        ({{Ops Manager}}), [[name:Valentina Rossi-Burke]] ({{Crew Chief}}), [[name:Aroha Ngata]] ({{pilot}})
        Apologies: [[name:Rhiannon Pryce-Jones]], [[name:Mark Tuilagi]] ({{Head of Training}})

        1. Occurrence [[case_reference:OCC-24-031]] - passenger fall on exit
        After landing at [[address:Greystones Farm]] on [[date:31 August]], passenger
        [[name:Dorothy Ames]] ([[age:78]]) climbed out before the {{pilot}} had called
        "basket stable". The basket shifted as the {{envelope}} deflated and she fell from the
        top of the basket wall onto her side. Bruised hip, no fracture; seen at
        [[organisation:Pelsby Minor Injuries Unit]].
        [[name:TA]]: the {{deflation}} was done with the {{rip line}} before all pax were briefed
        to stay in. [[name:VRB]]: the crew was short-handed, only one person on the {{crown line}}.
        Agreed: nobody exits until the {{pilot}} says so and a crew member is at the basket;
        older passengers offered the {{step}} and two-person assist.
        Actions: revise {{passenger briefing}} card ([[name:OPS]]); refresher for all crew
        before [[date:1 October]] ([[name:Valentina]]).
    """)),
    ("aviation", "success", block("""
        Season summary - flights where we said no (and were right)
        {{Date}} | {{Balloon}} | {{Pilot}} | Reason | Outcome
        [[date:12 Apr]] | [[aircraft_registration:G-CKZT]] | [[name:Aroha]] | {{METAR}} gusts 18 kt | front came through 40 min later
        [[date:3 May]] | [[aircraft_registration:G-CLVB]] | [[name:Torsten]] | low {{cloud base}} | {{fog}} all morning
        [[date:21 Jun]] | [[aircraft_registration:G-BYNF]] | [[name:Thandiwe]] | {{pibal}} showed shear | two other operators had hard landings
        [[date:16 Aug]] | [[aircraft_registration:G-OZUM]] | [[name:Rhiannon]] | {{thermals}}, late start | no issues, rebooked
        Four good {{cancellations}} out of 23 this season. Every one was unpopular on the day (one
        group had driven three hours to get here) and every one was the right call. Thanks
        to [[name:Sunny Oyelaran]] in the {{office}} for rebooking 47 passengers without a single
        complaint reaching {{Trustpilot}}. - [[name:Torsten]]
    """)),
    ("aviation", "near_miss", block("""
        pilot notes - {{am flight}} [[date:17/06]] - [[aircraft_registration:G-CJTW]]
        - load calc done on booking weights. 2 {{pax}} clearly way over what they'd put (one
          said 13st, more like 18). total was ~90kg over my {{MTOM}} margin at that temp
        - didn't spot it til {{hop-on}}, re-weighed on the {{crew scales}} and took 1 pax off
          (mr [[name:brennan]], offered him tmrw)
        - pressure from his party: his {{wife}} [[name:lorraine]] had a flight, [[flight_number:EZY6218]],
          at 14:30 from [[organisation:Hexley Airport]] so "it's now or never". nearly caved
        - also {{OAT}} was 19C at 06:00 which eats lift - should have re-done the calc
        - want: scales at every {{launch site}} + {{booking form}} to warn about honest weights
          (ref [[case_reference:OCC-24-022]])
        [[name:cal]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Gareth Llewellyn-Hughes]] <[[email:gareth@ty-gwyn-farms.co.uk]]>
        To: [[email:ops@highcloudballoons.co.uk]]
        Date: [[date:Mon 26 Aug 2024]] 07:58
        Subject: Your balloon in my barley - AGAIN

        To whoever is in charge,
        Last night your balloon [[aircraft_registration:G-CKZT]] came down in the middle of
        my standing {{barley}} at [[address:Ty Gwyn, Lon Isaf, Llanelwy Fach]]
        [[postcode:LL17 0HW]], about a week off harvest. Your {{pilot}} (a woman with a
        {{Kiwi}} accent) did not radio anyone first and your {{retrieve}} {{pick-up}}
        ([[vehicle_registration:FX17 KLR]]) drove straight across two rows to reach it. I
        reckon a strip 60 m long is flattened. This is the second time since {{June}}.
        I am on the {{no-land}} list with your company - my son [[name:Dylan]] rang your
        office to arrange it in {{spring}}. I expect someone to call me on
        [[phone:07700 900 655]] today to agree compensation or I will go to the {{NFU}}.
        [[name:G. Llewellyn-Hughes]]

        -- Ops note ([[name:Oliver]]): confirmed [[address:Ty Gwyn]] was added to the
        {{sensitive area}} map but the {{GPS}} overlay in the balloon was last synced in
        {{May}}. [[name:Aroha]] has been told. Claim ref [[case_reference:LC-24-009]].
    """)),
    ("aviation", "near_miss", block("""
        {{Safety Comm}} transcript, {{122.480}}, [[date:Sat 20 July]] approx 07:10
        [[aircraft_registration:G-BYNF]]: Any traffic [[address:Elvan Valley]], balloon [[aircraft_registration:Golf Yankee November Foxtrot]], two thousand feet over the {{reservoir}} drifting east
        (no reply)
        [[aircraft_registration:G-BYNF]]: {{microlight}} approaching the reservoir from the north, low level, balloon [[aircraft_registration:Golf Yankee November Foxtrot]] is directly ahead of you at two thousand
        [[aircraft_registration:G-MZXR]]: {{Microlight}} [[aircraft_registration:Golf Xray Romeo]], sorry, visual now, turning left, passing behind
        [[aircraft_registration:G-BYNF]]: Thank you, [[aircraft_registration:Golf Yankee November Foxtrot]]
        ---
        Pilot's account ([[name:Thandiwe Dlamini]]): the {{microlight}} passed about 300 m
        behind and 200 ft below. Not sure he saw me until I called. No {{transponder}} on
        either aircraft. Reported as an {{Airprox}} to the {{UKAB}} (their ref
        [[case_reference:2024/151]]). Learning: the morning {{microlight}} traffic out of the
        {{farm strip}} is routine - add it to the local brief.
    """)),
    ("aviation", "success", prose("""
        thank u note for the crew board 💐 - on {{sunday}} morning ([[date:8th Sept]]) one of
        our pax, a lady called [[name:Rose Okereke]], went grey and fainted in the
        {{basket}} about 20 mins into the flight. [[name:Will Ashdown]] was flying
        [[aircraft_registration:G-CLVB]] and kept calm, got her sitting on the floor of the
        compartment with her legs up on the {{cylinder}} cover, asked the other pax to give her
        room, and radioed the {{retrieve}}. [[name:Will]] then picked a big flat field next to
        the road so we could get to her quick. [[name:Jojo]] and [[name:Precious Banda]] (who
        is an off-duty {{paramedic}}!) met the balloon with the {{first aid kit}} and
        {{oxygen}}. [[name:Rose]] came round fine, turned out she'd skipped breakfast and was
        on {{beta blockers}}. she's since emailed to say she wants to rebook!! proper
        teamwork, and a good reminder to ask about breakfast at the {{briefing}}. -
        [[name:val]] x
    """)),
    ("aviation", "incident", block("""
        #ops-office  ({{Slack}} export)
        [[name:sunny.o]] 09:14  🚨 the reminder e-mail for tomorrow's {{sunrise}} flight went out with all 38 passengers in {{CC}} not {{BCC}}
        [[name:sunny.o]] 09:14  that's names + emails visible to everyone. one reply-all already from [[email:k.mcallister77@mailbox.co.uk]] asking about parking
        [[name:oliver.ps]] 09:16  ok. don't send anything else. can you recall it?
        [[name:sunny.o]] 09:17  tried, {{Outlook}} says recall failed for external
        [[name:torsten]] 09:20  also it had the wrong launch site - it says [[address:Copley Hall]], should be [[address:Sandleigh Common]]
        [[name:oliver.ps]] 09:22  ugh. ok: 1) {{data breach}} log + tell {{DPO}} 2) correction e-mail, individually, {{BCC}} 3) ring anyone travelling far
        [[name:sunny.o]] 09:25  one couple are flying in on [[flight_number:BE1412]] tonight, have their mobile [[phone:07700 900 412]], will ring
        [[name:oliver.ps]] 09:40  {{ICO}} threshold? 38 emails, no special category - {{DPO}} says log it, probably not reportable. ref [[case_reference:DB-2024-04]]
        [[name:oliver.ps]] 09:41  going forward the booking system sends reminders, nobody uses {{Outlook}} for groups
    """)),
    ("aviation", "success", prose("""
        Learning from a good decision - aborted launch. On the evening of [[date:5 October]]
        [[name:Hyeon-jin Baek]] ("[[name:Jin]]") was inflating [[aircraft_registration:G-CJTW]] at
        [[address:Lowfield Rec]] with 12 passengers waiting. The {{pibal}} and {{TAF}} were
        within limits, but during {{hot inflation}} a gust from the tree line laid the
        {{envelope}} over and pushed the {{basket}} sideways about a metre. [[name:Jin]] shut
        down the {{burner}}, pulled the {{parachute}} open and told the crew to walk the
        envelope down, then explained to the passengers why they were not flying. Two were
        angry because it was a birthday treat; one, Mr [[name:Abernethy]], filmed the gust and
        later posted it saying "glad we didn't go". The {{Chief Pilot}} reviewed the video with
        all pilots: the site is sheltered in a westerly until you are ten feet up, then rotor
        off the trees takes over. [[address:Lowfield Rec]] is now marked "no evening launch in
        W/SW above 6 kt" in the {{site guide}}. No damage to the {{fabric}}. Well done
        [[name:Jin]] - the hardest call is the one in front of a crowd. Ref
        [[case_reference:OCC-24-038]].
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind347", REPORTS))
