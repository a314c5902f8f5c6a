"""Held-out blind corpus 258: fifty invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) to measure how well
de-identification generalises. Three settings, all people, organisations, places and numbers
invented:

- social_care (17): a secure children's home - education staff, care staff, single
  separation, the health team, court-ordered placements and visits.
- health (17): a community midwifery and health visiting team - home births, postnatal and
  new birth visits, safe sleep and feeding support.
- aviation (16): an in-house drone (UAS) inspection team at a utility company - remote
  pilots, observers, permissions, flyaways and landowners.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, Teams/WhatsApp/Slack exports with handles, handover notes, minutes with
attendance and apologies, pipe-separated tables, radio/RT transcripts, shout-outs and
thank-you notes. `[[label:value]]` marks identifiers and `{{term}}` must-not-redact mentions.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind258.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care (17)
    ("social_care", "incident", prose("""
        late entry sorry - approx 1940 on {{the landing}} [[name:kyle]] kicked off after phone
        call w his {{dad}}, smashed the {{fire extinguisher}} cover. me + [[name:Tash]] used
        {{MAPA}} hold abt 4 mins then {{single separation}} in his room 1948-2011, obs every 5
        mins by [[name:dev]]. [[name:kyle]] has cut on knuckle, {{the nurse}} to see him in
        the morning. {{SSM}} ([[name:Aoife Ní Bhriain]]) told at 1955. forgot to ring {{IRO}}
        till [[date:sat 9th]] cos rota was chaos - my bad. {{YOT}} worker also needs telling
        before court on [[date:14/03]]. think the dad call shud of been supervised, its in his
        {{care plan}}. also can sum1 check the {{PRN}} log, he had {{promethazine}} at 2030??
        not sure who signed it
    """)),
    ("social_care", "near_miss", prose("""
        During period 3 on [[date:Tuesday 7 May]], {{Maths}} teacher Mr [[name:Okonkwo-Bassey]]
        noticed that a young person, [[name:Lacey-Mae Dunwoody]] ([[age:aged 15]]), had removed
        the blade from a {{pencil sharpener}} in {{the education block}} at
        [[organisation:Larkfield House]]. The blade was recovered before it was used.
        Sharpeners should be counted in and out of each lesson using the {{tool log}}, but the
        period 2 count had been signed by a {{supply teacher}} who had not been shown the
        system. [[name:Lacey-Mae]] later told her {{keyworker}}, [[name:Grace]], that she had
        planned to hurt herself that evening. No {{search}} was needed as she handed the blade
        over. {{Head of Education}} [[name:Precious Adeyemi-Clarke]] has since removed bladed
        sharpeners from every classroom, and supply staff induction now covers the tool log.
        Safeguarding log [[case_reference:LH-SG-2291]]; her {{IRMP}} was updated and
        {{observations}} increased to {{Level 2}} for 72 hours. Learning: this near miss
        depended on one observant teacher, not on the system.
    """)),
    ("social_care", "incident", block("""
        Incident chronology - supervised visit, [[date:Sunday 16 June]]
        Young person: [[name:JD]] (ref [[case_reference:YP-0417]])
        Visitor: maternal aunt, Ms [[name:Fatima Rahimi]]

        14:02  Aunt arrived at {{reception}}; ID checked and property locked away by [[name:Bill Haworth]] ({{Duty Manager}}).
        14:10  Visit started in {{Family Room 2}}, supervised by [[name:Faith]] ({{RCW}}).
        14:37  [[name:Faith]] saw the aunt pass a folded item under the table.
        14:38  Visit paused. Item was a {{SIM card}} wrapped in a sweet wrapper.
        14:45  Visit ended in line with the {{visits policy}}. [[name:JD]] very distressed, punched wall.
        14:50  [[name:JD]] supported to {{the quiet lounge}} by [[name:Faith]] and [[name:Kwame]]; no hold needed.
        15:20  {{Police}} informed, log [[case_reference:0884-160624]].
        15:40  {{Social worker}} [[name:Dorota Wiśniewska]] ([[organisation:Marshfield Borough Council]]) emailed. Aunt's visits suspended pending {{risk assessment}}.

        Note: the {{wand}} at reception does not pick up SIM cards. [[name:Bill]] suggests no sweets in visits.
    """)),
    ("social_care", "success", block("""
        From: [[name:Hope Ferreira]] <[[email:h.ferreira@larkfieldhouse.org.uk]]>
        To: [[name:Tomasz Nowak]]
        Cc: {{Registered Manager}}
        Date: [[date:Thu 21 March 2024]] 09:14
        Subject: Good practice - dental visit

        Hi [[name:Tomasz]],

        Please log this as learning. [[name:Reuben]] ([[age:14]]) has refused every health
        appointment since admission on [[date:2 February]]. [[name:Sunny Bhatt]] from {{the health team}}
        built a desensitisation plan with him: two look-around visits to
        [[organisation:Brookside Dental Practice]], a {{social story}} with photos of the waiting
        room, and letting him hold the {{mirror}} and {{probe}} first. Yesterday he had his
        check-up and {{fluoride varnish}}, and agreed to go back for a filling. [[name:Sunny]]
        wants to use the same approach for {{optician}} and {{sexual health}} appointments.
        Credit also to {{night staff}} for a calm morning.

        Thanks,
        [[name:Hope]]
        {{Health Team Lead}}, [[organisation:Larkfield House]]
        [[phone:01632 960418]]
    """)),
    ("social_care", "near_miss", block("""
        [09:02] [[name:Priya Venkataraman]]: morning all, quick one - nearly gave [[name:Callum]]'s {{sertraline}} to [[name:Kai]] at {{breakfast meds}}
        [09:03] [[name:Priya Venkataraman]]: caught it on the second check, both boys' {{MAR}} sheets were in the same plastic wallet
        [09:03] [[name:Rob Mwangi]]: glad you caught it. who was 2nd checker?
        [09:04] [[name:Priya Venkataraman]]: [[name:J.K.]] from {{bank}}, she spotted the photo didn't match
        [09:05] [[name:Rob Mwangi]]: ok pls do a near miss form. [[name:Kai]]'s on {{melatonin}} only, could've been nasty
        [09:06] [[name:Hamid Rezaei]]: {{health team}} here - we'll split the wallets today and put photos on the front of each {{MAR}}. [[name:Callum]] {{GP}} review due anyway
        [09:07] [[name:Priya Venkataraman]]: ta. ref is [[case_reference:NM-0192]]
        [09:08] [[name:Rob Mwangi]]: 👍 will raise at {{team meeting}} {{Thurs}}
    """)),
    ("social_care", "incident", block("""
        HANDOVER - {{nights}} to {{earlies}} - [[date:05/04/24]]
        On shift: [[name:Marcus]], [[name:Joy Oyelaran]], [[name:P. Szabo]] (agency)

        YP1 [[name:Tia]] - settled, asleep by 22:30.
        YP2 [[name:Rose]] - ligature (made from {{bra strap}}) found at 03:10 during {{15-min obs}} by [[name:Joy]]. Removed, no marks, no {{first aid}} needed. {{On-call manager}} [[name:Sanjay]] informed 03:25. {{Body map}} done, room search found nothing else.
        YP3 [[name:Dominic]] - {{single separation}} ended 23:00, reviewed by {{SSM}}. Slept well after.

        ACTIONS
        - [[name:Rose]] to be seen by {{CAMHS}} (Dr [[name:Lindqvist]]) today - [[name:Joy]] has emailed.
        - Incident form [[case_reference:IR-24-0338]] half done, [[name:Marcus]] to finish before 10.
        - Clothing risk assessment for [[name:Rose]] needs reviewing - raise with {{Reg 44}} visitor?
    """)),
    ("social_care", "success", block("""
        Restraint Reduction Group - minutes
        Date: [[date:11 July 2024]]   Venue: {{training room}}
        Present: [[name:Angharad Price]] (chair, {{Registered Manager}}), [[name:Will Asante]] ({{Deputy Manager}}), [[name:Mei-Ling Cho]] ({{Education}}), [[name:Hamid]] ({{Health}}), [[name:Olu]] ({{RCW}})
        Apologies: [[name:Mark Donnelly]], [[name:D. Ferreira-Lopes]]

        1. Data - {{physical interventions}} down from 41 in {{Q1}} to 19 in {{Q2}}; {{single separation}} hours halved.
        2. What worked - {{PACE}} training for every care shift; [[name:Olu]]'s "calm box" on the first floor; education starting 30 mins later after bad nights.
        3. Young people's voice - survey run by the {{independent advocate}} from [[organisation:Voices First Advocacy]]; 9 of 12 said staff "listen more".
        4. Actions - [[name:Will]] to present the data to {{Ofsted}} at the next inspection; [[name:Mei-Ling]] to write a one-page summary for [[organisation:Marshfield Borough Council]] commissioners.
        Next meeting: [[date:12 September]].
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM
        Young person: [[name:Ellis Brannigan-Shaw]]
        DOB: [[date_of_birth:03/11/2009]]
        Ref: [[case_reference:LH/2024/0761]]
        Home address: [[address:14 Foundry Row, Eastholme]], [[postcode:EH4 7PD]]
        Placing authority: [[organisation:Marshfield Borough Council]]
        Legal status: {{Section 25}} {{Children Act 1989}} - {{secure accommodation order}} until [[date:28 August]]
        Incident type: assault on staff

        Description: at 16:20 in {{the dining room}} [[name:Ellis]] threw a plate, which struck {{RCW}} [[name:Amber Kaczmarek]] on the forearm. [[name:Amber]] was checked by {{the nurse}}; bruising only. [[name:Ellis]] went to his room voluntarily; no {{restraint}} needed.
        Staff injury: [[name:Amber Kaczmarek]], NI no. [[ni_number:JT 48 21 93 C]] - {{RIDDOR}} not required.
        Police informed? Yes - crime ref [[case_reference:CR/55190/24]]
        Completed by: [[name:K. Mensah]], {{Shift Leader}}
    """)),
    ("social_care", "near_miss", block("""
        [[date:12/05/2024]], 23:41 - [[name:Nadia K]]: heads up the {{airlock}} inner door was on the latch when i did my 23:30 walk round 😳
        [[date:12/05/2024]], 23:42 - [[name:Big Steve]]: wot?? since when
        [[date:12/05/2024]], 23:43 - [[name:Nadia K]]: think since the {{GP}} visit at 6ish. the {{fob}} thing was beeping n no one reset it
        [[date:12/05/2024]], 23:44 - [[name:Lottie]]: omg. all {{yp}} were in rooms by 9 tho so no one got near it
        [[date:12/05/2024]], 23:45 - [[name:Big Steve]]: still a near miss. [[name:Nadia]] can u do the form + tell {{on call}}. {{CCTV}} will show who last went thru
        [[date:12/05/2024]], 23:47 - [[name:Nadia K]]: yep done, rang [[name:Sanjay]]. ref [[case_reference:NM-0207]]
        [[date:12/05/2024]], 23:48 - [[name:Lottie]]: shud we add a door check to the {{handover sheet}}?? its not on there
        [[date:12/05/2024]], 23:49 - [[name:Big Steve]]: defo. gonna mention at {{shift leaders}} meeting, and the {{locksmith}} can look at the closer
    """)),
    ("social_care", "success", prose("""
        SHOUT-OUT 🎉 Massive thank you to [[name:Siobhán]] and Mr [[name:Tshabalala]] in
        {{education}} who stayed late every day of {{exam week}} so that [[name:Leon]] and
        [[name:Zara-Jade]] could sit their {{Functional Skills}} exams on site instead of being
        escorted out. The invigilator from [[organisation:Eastholme College]] said it was the
        calmest exam room she'd ever seen. [[name:Leon]] passed {{Level 1}} {{English}} - his
        first qualification ever, [[age:aged 16]]. Also thanks to [[name:Pat]] on {{reception}}
        for sorting the papers when the courier went to the wrong gate, and to [[name:Yusuf]]
        for covering the {{lunch rota}}. This is exactly what the {{Children's Homes
        Regulations}} mean when they say education is everyone's job. From [[name:Angharad]]
        ({{RM}}) x
    """)),
    ("social_care", "incident", prose("""
        On [[date:3 October]] [[name:Connor Whitlock]] ([[age:15]]) was taken to
        [[organisation:Ravensmoor Youth Court]] for a review of his {{secure accommodation
        order}}. Transport was provided by [[organisation:Sentinel Secure Escorts]] in vehicle
        [[vehicle_registration:YX21 KFD]], with {{RCW}} [[name:Eilidh MacAulay]] as escort from
        the home. [[name:Connor]]'s {{placement plan}} states that {{handcuffs}} must not be used
        unless authorised by the {{Registered Manager}}. At the court entrance the escort crew
        handcuffed [[name:Connor]] without seeking authorisation; [[name:Eilidh]] challenged this
        but was told it was "company policy". [[name:Connor]] became distressed and refused to
        enter the courtroom, and the hearing was adjourned to [[date:10 October]]. On return he
        said a crew member had sworn at him. A complaint has been raised with the provider (ref
        [[case_reference:SSE-CMP-4471]]), the {{IRO}} and {{YOT}} have been informed, and the
        {{LADO}} has been consulted. Learning: escort bookings must include the child's plan,
        and our own escort must carry a copy.
    """)),
    ("social_care", "near_miss", block("""
        Allergy near miss - school kitchen - [[date:Wed 22 Jan]]

        Time  | Who                            | What happened
        10:45 | [[name:Kofi]] (teacher)         | Handed out cereal bars as a reward in {{Food Tech}}
        10:46 | [[name:Ruby-Ann]] (YP)          | Opened bar - contains {{hazelnut}}; she has a {{nut allergy}} ({{EpiPen}} kept in {{health room}})
        10:46 | [[name:Gosia]] ({{TA}})         | Recognised the wrapper, took the bar before it was eaten
        10:50 | [[name:Hamid]] ({{nurse}})      | Checked [[name:Ruby-Ann]], no {{reaction}}, obs normal
        11:30 | [[name:Precious]] ({{HoE}})     | Rewards box removed; allergy list now pinned in each classroom

        Cause: the {{allergy register}} was kept in the health room only and not shared with education. [[name:Kofi]] was agency and had no induction on allergies.
    """)),
    ("social_care", "success", prose("""
        [[name:Mariam]] ([[age:13]]) had not had any contact with her father, who is at
        [[organisation:HMP Brackmoor]], since her placement began in {{January}}. Her {{social
        worker}} [[name:Nkechi Obi]] and our {{family time coordinator}} [[name:Rhodri]] set up
        supervised video calls through the prison's {{secure video}} system. Approval took three
        weeks because the prison needed the {{court order}} details and our {{Ofsted}} URN
        ([[case_reference:SC487211]]). The first call was on [[date:8 March]], with
        [[name:Rhodri]] sitting with [[name:Mariam]] in {{the family room}}. She had written
        questions on cards beforehand with her {{keyworker}}. Since then she has had four calls,
        incidents on the unit have dropped, and she asked to start {{life story work}}. What made
        it work: planning with the {{prison family services}} team, a consistent supervising
        adult, and preparing her for what the prison setting would look like on screen. We will
        use the same checklist for two other young people.
    """)),
    ("social_care", "near_miss", prose("""
        quick one for the log - {{single separation}} room cam in the {{separation suite}}
        wasnt recording last night, screen showed live but the {{DVR}} was full since
        [[date:19th]]. noticed by [[name:Maciej]] when {{SM}} asked for footage of
        [[name:Harvey]]'s separation (22:10-22:40). obs were done in person every 5 mins so
        [[name:Harvey]] was safe + {{separation record}} is complete, but if there'd been an
        allegation we'd have had nothing. {{IT}} ([[name:gary]] @ [[organisation:Tekserve
        Solutions]]) says the overwrite setting was turned off in the update. pls add weekly
        DVR check to the {{maintenance log}}. also {{Reg 45}} report needs this. - [[name:M.W.]]
    """)),
    ("social_care", "incident", block("""
        Subject: Incident - [[name:Skye]] - {{A&E}} attendance [[date:28/08]]
        From: [[name:Sunny Bhatt]] ({{Health Team}})
        To: {{RM}}; {{Duty Manager}}; [[email:safeguarding@marshfield.gov.uk]]

        At about 19:15 [[name:Skye]] told [[name:Olu]] she had swallowed two {{AA batteries}} from
        the lounge TV remote. Three staff took her to A&E at [[organisation:St Wilfrid's Hospital]]
        in the home's minibus ([[vehicle_registration:MF70 HZT]]). {{X-ray}} showed both batteries
        in the stomach; no {{button battery}}. She was kept in for observation and discharged the
        next day; the batteries passed. Hospital no. [[case_reference:SWH 4471902]], NHS no.
        [[nhs_number:614 820 7354]].

        Issues: remotes in the lounge have unscrewed battery covers; she was on {{level 1 obs}};
        {{Working Together}} notifications done by [[name:Olu]].

        [[name:Sunny]]
    """)),
    ("social_care", "success", block("""
        #larkfield-care-team
        [[name:angharad.price]]  10:12
        Huge well done to everyone on the admission of [[name:TB]] late on [[date:Friday 5th]] - placed on a {{Section 25}} order by [[organisation:Ravensmoor Family Court]] at 6pm. Room ready with his team's colours, {{welcome pack}} done, calm arrival.
        [[name:kwame_b]]  10:15
        he told me it was the first time anyone asked what he liked for tea 🙂
        [[name:sunny.bhatt]]  10:20
        {{initial health assessment}} done Sat within 24h, {{LAC}} health referral sent, {{asthma}} inhaler sorted with {{the pharmacy}}
        [[name:mei-ling]]  10:31
        [[name:TB]] came to {{education}} on Monday for a taster, did 2 hours of {{PE}} and art
        [[name:angharad.price]]  10:34
        Learning for the {{admissions checklist}}: ring the {{placing social worker}} for likes/dislikes before arrival, not after.
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Sat 2 Nov]] a man arrived for a booked visit to [[name:Lily-Rose Adebayo]]
        saying he was her uncle, Mr [[name:D Osei]]. {{Reception}} checked his ID against the
        {{approved visitors list}} and the name matched, but the date of birth on his driving
        licence ([[date_of_birth:14/02/1986]]) did not. [[name:Anwen]] on reception refused entry
        and called the {{Duty Manager}}. The {{social worker}} later confirmed the man was
        [[name:Lily-Rose]]'s stepfather, who is subject to a {{non-molestation order}}.
        {{Police}} informed, log [[case_reference:PL-1207-0211]]. The booking had been made by
        phone from [[phone:07700 900582]], which nobody checked against the contact list.
        Learning: the approved list must hold date of birth and a photo for each visitor, and
        phone bookings must be called back on the number held on file.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        home birth [[date:23/09]] 0410 - Mrs [[name:Begum]] {{G3P2}}, {{SVD}} in the {{birth
        pool}}, baby fine. then {{PPH}} approx 900ml after the {{placenta}}. gave
        {{syntometrine}} IM + {{fundal massage}}, 2nd midwife [[name:Lou]] got {{IV access}}.
        rang 999 at 0422, told ambulance 40+ mins - eventually arrived 0455. bleeding slowed by
        then. transferred to {{labour ward}} at [[organisation:Kestrel Bridge Hospital]], EBL
        1100ml in the end, no transfusion. mum + baby home day 2. issues: only 1 bag of {{IV
        fluids}} in the kit (shud be 2), and no {{HCP}} line number saved on the new work phones
        so we went thru the normal 999 queue. pls escalate to {{LSA}}?? or whoever. -
        [[name:ruth o]] {{RM}}
    """)),
    ("health", "near_miss", prose("""
        During a {{new birth visit}} on [[date:14 November]], {{health visitor}} [[name:Faith
        Kamau]] found [[name:Jayden]] ([[age:12 days old]]) asleep on the {{sofa}} wedged between
        his father and a cushion. The father said he had had "a couple of cans" the night
        before. [[name:Jayden]] was woken and was well. The {{Moses basket}} was being used to
        store clean laundry. [[name:Faith]] went through {{safe sleep}} advice using the
        {{Lullaby Trust}} card, cleared the basket with the parents and agreed a plan for
        nights. Family address: [[address:Flat 3, 27 Wharf Street, Ashby Vale]],
        [[postcode:AV2 6NR]]. Information shared with [[organisation:Millbrook Surgery]] and
        the family's {{midwife}}. A {{MASH}} referral was discussed with the {{safeguarding
        supervisor}} and not felt necessary, but {{Early Help}} was offered and accepted.
        Learning: ask about alcohol and where baby sleeps at every contact, not only once.
    """)),
    ("health", "incident", block("""
        Chronology - home birth transfer - [[name:Anneliese Vogt]], NHS [[nhs_number:401 235 6798]], DOB [[date_of_birth:02/06/1991]]
        [[date:Sat 6 July]]
        21:05  {{Midwife}} [[name:Cerys]] arrived, 6cm, {{FHR}} 140s.
        22:30  {{SROM}}, thick {{meconium}}. Transfer advised, [[name:Anneliese]] agreed.
        22:34  999 called.
        22:58  Ambulance arrived; crew could not get the {{carry chair}} up the narrow stairs at [[address:Mill Cottage, Back Lane, Thornby]].
        23:10  [[name:Anneliese]] walked down between contractions with [[name:Cerys]] and the {{paramedic}}.
        23:35  Arrived {{delivery suite}}, [[organisation:Kestrel Bridge Hospital]]. {{CTG}} showed late decelerations.
        00:12  {{Category 1 caesarean}}. Baby [[name:Otto]], {{Apgars}} 6 and 9, to {{NNU}} for 24h.

        Issues: no access/stairs check in the {{home birth risk assessment}} at 36 weeks; 2nd midwife [[name:Dee]] not called until 22:40.
        {{Datix}} [[case_reference:W88213]]
    """)),
    ("health", "near_miss", block("""
        NEAR MISS REPORT - {{Health Visiting}}
        Reporter: [[name:Grace Oduya]], {{HV}}
        Team: [[organisation:Ashby Vale Health Visiting Team]]
        Date of event: [[date:02/10/2024]]
        Child (correct): [[name:Amelia Kowalczyk]], DOB [[date_of_birth:19/09/2024]], NHS [[nhs_number:729 516 3042]]
        Child (record opened in error): [[name:Amelia Kowalczyk]], DOB [[date_of_birth:20/09/2024]], NHS [[nhs_number:485 072 1966]]
        Address (correct child): [[address:88 Linden Road, Thornby]], [[postcode:TH3 9BW]]

        What happened: two babies with the same name were born a day apart. I searched by name
        and started typing the {{new birth visit}} entry (weight, {{feeding}}, {{EPDS}}) into the
        wrong record on {{SystmOne}}. I noticed when the {{GP}} on screen was
        [[organisation:Canal Street Medical Centre]] and not [[organisation:Millbrook Surgery]].
        Entry discarded before saving.
        Learning: search by NHS number, then confirm DOB and address ({{three-point ID}}) before typing.
    """)),
    ("health", "success", block("""
        From: [[name:Bushra Qureshi]] <[[email:bushra.qureshi@tyneford-ashby.nhs.uk]]>
        Sent: [[date:Monday 4 March 2024]] 16:52
        To: [[organisation:Ashby Vale Midwives]]; [[name:Marta]]
        Subject: Thank you - feeding support for baby [[name:Ivy]]

        Hi all,
        Some good news. [[name:Marta]] ({{MSW}}) noticed on her day 3 visit that [[name:Ivy]] was
        clicking at the breast, mum had cracked nipples and was about to switch to {{formula}}.
        Rather than just ticking the {{feeding assessment}}, she stayed an extra 40 minutes,
        watched a full feed and rang me. We suspected {{tongue tie}} and got a {{frenulotomy}}
        appointment at the {{infant feeding clinic}} at [[organisation:Kestrel Bridge Hospital]]
        the next day. [[name:Ivy]] is now exclusively breastfed at 6 weeks and gaining well. Mum
        ([[name:Ola]]) asked for her thanks to be passed on. This is the {{UNICEF Baby Friendly}}
        standard in action.

        [[name:Bushra]]
        {{Infant Feeding Lead}}
        [[phone:0113 496 0712]]
    """)),
    ("health", "near_miss", block("""
        [[date:17/01/2025]], 19:02 - [[name:Han S]]: has any1 heard from [[name:Neha]]? she was due to text safe at 6.45 after her visit at [[address:41 Kiln Lane]]
        [[date:17/01/2025]], 19:05 - [[name:Teresa]]: tried her twice, straight to {{voicemail}}. its 20 mins now, starting {{escalation}} per the {{lone working policy}}
        [[date:17/01/2025]], 19:06 - [[name:Han S]]: ill drive over, im 10 mins away
        [[date:17/01/2025]], 19:06 - [[name:Teresa]]: no - dont go alone. ringing the family first then {{police}} if needed
        [[date:17/01/2025]], 19:11 - [[name:Teresa]]: family say she left at 6.30
        [[date:17/01/2025]], 19:14 - [[name:Neha]]: SO sorry!! phone died, was in the [[organisation:Tesco]] car park charging it 🙈
        [[date:17/01/2025]], 19:15 - [[name:Teresa]]: glad ur ok x. pls get a {{car charger}}. raising as near miss, we need the {{lone worker device}} back for {{late visits}}
        [[date:17/01/2025]], 19:16 - [[name:Han S]]: and a {{buddy}} list on the rota pls
    """)),
    ("health", "incident", block("""
        Handover - community midwives - [[date:Weds 12th]]
        From [[name:Ruth]] to [[name:Kasia]]

        - Baby [[name:Tobi]] ([[name:Chiamaka Nwosu]]'s baby) readmitted last night, day 5, {{jaundice}}. I saw him day 3 ([[date:Mon 10th]]) - {{student}} noted "a bit yellow", {{TcB}} not done as the {{bilirubinometer}} was flat and I didn't take blood for {{SBR}}. {{GP}} sent him in, SBR 390, {{phototherapy}} on {{Ward 12}} at [[organisation:Kestrel Bridge Hospital]]. No exchange needed. My fault, {{Datix}} done.
        - Mrs [[name:Hollis]] day 2 - {{BP}} 148/96, recheck at 1700 today.
        - [[name:Sian]]'s baby - weight loss 9%, {{feeding plan}} in notes.
        - ACTION: TcB charging log, spare device from [[organisation:Thornby Birth Centre]] until ours is fixed.
    """)),
    ("health", "success", block("""
        Safe Sleep Learning Review - minutes
        [[date:24 April 2024]], via {{Teams}}
        Attendees: [[name:Teresa Lindgren]] (chair, {{Team Leader}}), [[name:Abimbola Fashola]] ({{HV}}), [[name:Jo-Ann Pryce]] ({{Safeguarding Nurse}}), [[name:Hope Mahlangu]] ({{Midwife}}), [[name:R. Castellanos]] ({{Nursery Nurse}})
        Apologies: [[name:Faisal]] ({{Student HV}}), [[name:Bethan Rhys-Jones]]

        1. Background - two {{SUDI}} deaths in the county last year (neither on our caseload).
        2. What we changed - {{safe sleep}} conversation at every contact, not just the {{NBV}}; asking "where will baby sleep when you're away?" before holidays; {{Lullaby Trust}} cards; {{baby box}} pilot with [[organisation:Ashby Vale Family Hub]].
        3. Results - audit of 60 records: safe sleep documented at 96% of contacts (was 58%). [[name:Abimbola]] shared a case where a grandmother's {{sofa}} plan for {{Christmas}} was changed in time.
        4. Actions - [[name:Hope]] to add safe sleep to {{antenatal classes}}; [[name:Jo-Ann]] to link with {{ICON}} messages.
    """)),
    ("health", "incident", block("""
        Home birth kit check - incident [[case_reference:W88476]]
        Birth: [[date:18/02/25]], [[address:5 Orchard Close, Ashby Vale]]

        Item                  | Expected     | Found                        | Checked by
        {{Entonox}} cylinder  | full         | gauge "full", ran out at 7cm | [[name:L.M.]] ([[date:15/02]])
        {{Oxygen}} cylinder   | full         | full                         | [[name:L.M.]]
        {{Bag-valve-mask}}    | 1            | 1                            | [[name:L.M.]]
        {{Syntometrine}}      | 2            | 2, in date                   | [[name:L.M.]]
        {{IV fluids}}         | 2            | 2                            | [[name:L.M.]]

        Summary: Entonox ran out at 7cm. The woman ([[name:Gwen]]) chose to stay at home with {{TENS}} and the pool; a second cylinder came from the {{on-call}} midwife [[name:Kehinde]] 50 minutes later. [[name:Gwen]] described the gap as "unbearable" and has complained. The gauge was stuck, so the visual check passed. Learning: weigh cylinders and log gauge readings.
    """)),
    ("health", "success", prose("""
        🌟 Shout-out for [[name:Nomvula]], our third-year {{student midwife}}! On her
        {{postnatal visit}} to [[name:Chloe]] on [[date:Friday 9 August]] she noticed
        [[name:Chloe]]'s {{blood pressure}} was 152/100 and that she had a headache and "sparkly"
        vision on day 6. She followed the {{NICE}} guidance, repeated the BP, did
        {{urinalysis}} and called her {{practice assessor}} [[name:Bill]] straight away.
        [[name:Chloe]] went to {{Maternity Triage}} at [[organisation:Kestrel Bridge Hospital]]
        and was treated for {{postpartum pre-eclampsia}} with {{labetalol}}. The {{consultant}}
        said the quick escalation may well have prevented a seizure. Well done
        [[name:Nomvula]], you'll make a brilliant midwife 💜 - [[name:Jas]] and all at
        [[organisation:Ashby Vale Community Midwifery Team]]
    """)),
    ("health", "incident", prose("""
        At a {{new birth visit}} on [[date:21 May]], [[name:Leila Haddad]] ([[age:24]])
        disclosed {{domestic abuse}} by her ex-partner, [[name:Craig Tunstall]], and said she had
        moved out. The {{health visitor}}, [[name:Isabelle Fontaine]], completed a {{DASH}} risk
        assessment (high risk) and referred to {{MARAC}} and the {{IDVA}}. However, the
        demographic record on {{SystmOne}} was not updated, and the letter for the {{6-8 week
        review}} was generated to the old address, [[address:12 Tanner's Yard, Thornby]],
        [[postcode:TH1 4LG]], where [[name:Craig Tunstall]] still lives. He rang the clinic on
        [[date:3 June]] asking where [[name:Leila]]'s "new place" was; reception did not
        disclose anything and alerted [[name:Isabelle]]. [[name:Leila]] and the IDVA have been
        told. Her new address had only been recorded in a {{safeguarding}} note. Incident
        [[case_reference:W88302]]; the {{Caldicott Guardian}} has been informed. Learning: update
        demographics and add an address-confidential flag on the same day as a disclosure.
    """)),
    ("health", "near_miss", prose("""
        hv visit 2day [[date:3/6]] nr miss - [[address:22 Hawthorn Dr]] for the 6-8wk check.
        family have a new dog (XL bully??) which wasnt on the {{lone worker}} alert. mum
        ([[name:kayleigh]]) said its fine its friendly then it jumped up at me while the baby
        ([[name:rio]], [[age:7wks]]) was on the {{changing mat}} on the floor. dad grabbed it. no
        one hurt. i left + did the check at {{clinic}} instead. we need a pets q on the
        {{referral form}} + a {{risk flag}} on {{SystmOne}}. told [[name:abi]] ({{TL}}). dog
        shud be shut away b4 visits, thats on the {{home visit checklist}} but nobody asks. [[name:jas]]
        x
    """)),
    ("health", "incident", block("""
        [[name:Kasia Zielinska]]  08:47
        Baby [[name:Oscar Finch-Hatton]] readmitted overnight, 13% weight loss, {{hypernatraemia}} Na 152
        [[name:Teresa Lindgren]]  08:49
        oh no. who did the day 5 weigh?
        [[name:Kasia Zielinska]]  08:50
        nobody - discharge summary from the {{postnatal ward}} never reached us, it went to [[organisation:Canal Street Medical Centre]] but family are registered at [[organisation:Millbrook Surgery]]. we didn't know he was home until the {{HV}} rang
        [[name:Dami Ogunleye]]  08:52
        same thing happened with a baby on [[name:Sunita]]'s caseload in {{June}}
        [[name:Teresa Lindgren]]  08:55
        ok {{Datix}} pls. I'll email the {{ward manager}}. hospital no for [[name:Oscar]] is [[case_reference:KBH-0094418]]
        [[name:Kasia Zielinska]]  08:58
        done, [[case_reference:W88519]]. mum is devastated, she thought the {{jaundice}} was why he was so sleepy
    """)),
    ("health", "near_miss", block("""
        From: [[name:Abimbola Fashola]]
        To: [[name:Teresa Lindgren]]
        Date: [[date:Tue 8 Oct 2024]]
        Subject: Near miss - wrong interpreter booked

        Hi [[name:Teresa]],
        For the log: for the {{antenatal contact}} with [[name:Senait Tesfaye]] (NHS [[nhs_number:532 691 8404]])
        the referral from [[organisation:Kestrel Bridge Hospital]] said "Ethiopian - Amharic", so
        [[organisation:LinguaLink Interpreting]] sent an {{Amharic}} interpreter. [[name:Senait]] speaks
        {{Tigrinya}}. She understood some Amharic and nodded along, but when I asked the
        {{Whooley questions}} it was clear she wasn't following. I stopped and rebooked a
        {{telephone interpreter}} for the next day. Nothing clinical was missed, but she had
        nearly consented to a {{flu vaccine}} referral she didn't understand.
        Learning: confirm language with the woman herself, using a {{language ID card}}.

        Thanks, [[name:Abi]]
        [[name:Abimbola Fashola]] | {{Health Visitor}} | [[organisation:Ashby Vale Health Visiting Team]] | [[phone:07700 900914]]
    """)),
    ("health", "success", block("""
        Learning from excellence - home birth, [[date:30 January 2025]]
        Midwives: [[name:Cerys Llewellyn]] (1st), [[name:Dee Okafor]] (2nd)

        02:14  Baby [[name:Noah]] born, floppy, no respiratory effort.
        02:15  Dried and stimulated; five {{inflation breaths}} with the {{bag-valve-mask}} by [[name:Dee]]. [[name:Cerys]] rang 999 and started the clock.
        02:16  Chest movement seen, {{heart rate}} over 100.
        02:18  [[name:Noah]] crying and pink.
        02:45  {{Paramedics}} arrived; transfer to {{NNU}} at [[organisation:Kestrel Bridge Hospital]] for observation, home well 24h later.

        What went well: both midwives had done their {{NLS}} update two weeks before; kit checked that evening by [[name:Dee]]; clear roles; dad ([[name:Tomás]]) given a job holding the torch.
    """)),
    ("health", "near_miss", block("""
        Handover note - [[date:Friday 13 Dec]] - near miss, records left in car

        - {{Student midwife}} [[name:Oksana]] found the {{pool car}} ([[vehicle_registration:KP68 WNF]]) unlocked in the {{hospital car park}} at 07:30.
        - {{Handheld notes}} bag on the back seat with notes for [[name:A. Mensah-Boateng]], [[name:Rhiannon]] and Mrs [[name:Daly]]. All present, nothing taken.
        - Car was last used by {{nights}}; the {{key fob}} lock button is faulty so it looked locked.
        - [[name:Oksana]] told {{IG}} lead ([[name:Graham]]) - no breach as nothing was accessed.
        - ACTION: fleet to fix fob; notes never left in cars overnight, take them in.
    """)),
    ("health", "success", block("""
        Thank-you card, typed up for the {{compliments log}} - received [[date:07/03/2025]]

        "Dear [[name:Joy]] and everyone at [[organisation:Ashby Vale Health Visiting Team]], when I had
        [[name:Mateo]] I didn't think I'd ever get out of bed. [[name:Joy]] noticed I wasn't right at the
        {{6-8 week check}} and didn't just give me a leaflet. She did the {{EPDS}} with me, rang my
        {{GP}} at [[organisation:Millbrook Surgery]] that day and came back every week until the
        {{perinatal mental health team}} saw me. I'm on {{sertraline}} now and [[name:Mateo]] is
        [[age:8 months]] and crawling everywhere. Thank you for seeing me. Love, [[name:Valentina]] x"

        Team note: this is the {{perinatal pathway}} working as it should - [[name:Joy]] used the
        {{Whooley}} questions and followed up. - [[name:Teresa]] ({{TL}})
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        flight log note [[date:wed 3rd]] - 3rd sortie of the day, {{m30t}} lost {{C2 link}} at
        approx 380m out along the line, went into {{RTH}} but climbed to 120m first cos the
        {{RTH altitude}} had been changed the day before by sum1 else and not put back. wind
        was 18kt so it drifted downwind on the climb. [[name:rhys]] was {{VO}} and lost sight
        behind the {{tree line}} for about 40 sec. came back n landed ok, 22% batt left. not
        sure if its a {{MOR}}? pls check w the {{ops manager}} ([[name:Lorna]]). think RTH alt
        needs to go on the {{pre-flight checklist}} not just be left in the app. - [[name:DK]]
    """)),
    ("aviation", "near_miss", prose("""
        Occurrence summary [[case_reference:UAS-OCC-2024-031]]. On [[date:19 August 2024]] the
        team was inspecting the 132kV line near [[address:Greystone Farm, Moor Lane,
        Hollinsedge]] under the company's {{Operational Authorisation}}. {{Remote pilot}}
        [[name:Nasrin Chowdhury]] was flying a {{Matrice 350 RTK}} at 45 m {{AGL}} with
        [[name:Gareth Pugh]] as {{observer}}. At 11:42 [[name:Gareth]] heard a helicopter and
        called "aircraft, descend". [[name:Nasrin]] descended to 10 m and held. An air
        ambulance, later identified as [[aircraft_registration:G-HMAV]] (callsign
        [[flight_number:HELIMED 84]]), passed about 300 m east at an estimated 400 ft. No
        {{ADS-B}} alert was received because the receiver on the {{controller}} had been
        switched off. A {{MOR}} was submitted to the {{CAA}} and
        [[organisation:North Pennine Air Ambulance]] was contacted; their crew did not see the
        drone. Learning: ADS-B In check added to the pre-flight list, and {{HEMS}} traffic
        briefed as a specific hazard for low-level line work.
    """)),
    ("aviation", "near_miss", block("""
        Transcript - RT with [[organisation:Haverford Tower]], [[date:Tues 12 March]], flight inside the {{FRZ}} under permission [[case_reference:FRZ-HVF-0392]]

        11:02 RP ([[name:Ewa]]): [[organisation:Haverford Tower]], [[flight_number:BRACKEN 01]], ready to launch at site 4, maximum height 200 feet, request activation
        11:02 TWR: [[flight_number:BRACKEN 01]], hold, traffic is a {{PA-28}} [[aircraft_registration:G-BSKY]] joining {{downwind}} {{runway 27}}
        11:03 RP: Hold, [[flight_number:BRACKEN 01]]
        11:06 TWR: [[flight_number:BRACKEN 01]], cleared to operate not above 200 feet, report complete
        11:06 RP: Cleared not above 200 feet, [[flight_number:BRACKEN 01]]
        11:19 TWR: [[flight_number:BRACKEN 01]], land immediately, [[aircraft_registration:G-BSKY]] extending downwind towards you
        11:19 RP: Landing now, [[flight_number:BRACKEN 01]]
        11:20 RP: [[flight_number:BRACKEN 01]] on the ground

        Note by [[name:Ewa Lewandowska]] ({{RP}}): our {{observer}} ([[name:Ifan]]) was watching the line, not the approach side, and did not see the {{PA-28}} until about 0.5 nm. Observer position now briefed to face the {{approach}}.
    """)),
    ("aviation", "success", block("""
        From: [[name:Lorna McAllister]] <[[email:lorna.mcallister@brackenridge-energy.co.uk]]>
        To: {{UAS Team}}
        Date: [[date:Fri 26 April 2024]]
        Subject: Good news - [[address:Highcross Farm]]

        Hi team, quick good-news story. Mr [[name:Hargreaves]] at [[address:Highcross Farm]] has
        refused access for two years after a contractor's drone spooked his {{ewes}} during
        {{lambing}}. [[name:Kemi]] rang him three weeks ahead, went out in person with the
        {{site survey}}, and agreed we'd avoid the lambing fields until [[date:20 May]] and take
        off from the lane instead. She left him the {{ops desk}} number ([[phone:01632 960205]]).
        Yesterday we flew the full 11 km section with no complaints, and he has offered his yard
        as a {{take-off and landing site}} next year. This is the {{landowner engagement}}
        procedure doing its job - well done [[name:Kemi Adeyinka]].

        [[name:Lorna]]
        {{Head of UAS Operations}}
        [[organisation:Brackenridge Energy Networks]]
    """)),
    ("aviation", "incident", block("""
        #uas-ops
        [[name:tom.achebe]]  14:31
        forced landing off [[address:Carr Lane, Edgeley Moor]]. {{TB60}} pair went from 41% to 12% in about 30 sec, {{critical battery}} auto-land kicked in. came down in a field with cows about 150m from us 😬
        [[name:jess.oyelowo]]  14:33
        anyone hurt? cows ok?
        [[name:tom.achebe]]  14:34
        all fine, landed upright, cows moved off. landowner ([[name:Dafydd]]) not in, left a card. one {{propeller}} chipped
        [[name:Lorna McAllister]]  14:40
        ok ground that battery pair, {{quarantine tag}}, and log it as [[case_reference:UAS-OCC-2024-044]]. is it the {{cold soak}} thing again? it was 2°C this morning
        [[name:tom.achebe]]  14:42
        yeah batteries were in the van overnight, {{battery heater}} not used. cycle count 187
        [[name:jess.oyelowo]]  14:45
        same as {{Jan}}. we need the heater on the {{pre-flight checklist}} tbh
    """)),
    ("aviation", "incident", block("""
        Chronology - contact with conductor - [[date:08/07/2024]]
        Site: 33kV spur, [[address:Low Fold Lane, Kirkby Hallam]], [[postcode:KH7 2RA]]
        RP: [[name:Aleksander Nowicki]]   Obs: [[name:Grace Whitfield]]

        09:40  Pre-flight brief; no {{line outage}} needed (15 m {{stand-off}} per the {{ops manual}}).
        10:05  Take-off, {{Mavic 3 Enterprise}}.
        10:21  Close-up of {{insulator}} string; {{obstacle avoidance}} switched off to get closer (not permitted).
        10:22  Gust; aircraft drifted, {{propeller}} struck the conductor; aircraft fell into the field.
        10:23  [[name:Grace]] informed the {{control room}} ([[phone:0113 496 0388]]); line tripped and auto-reclosed.
        10:40  Wreckage recovered; {{LiPo}} swollen, placed in a {{fire bag}}.
        11:15  {{Ops Manager}} informed; {{MOR}} submitted, [[case_reference:UAS-OCC-2024-038]].

        Factors: pressure to finish before afternoon rain; [[name:Aleksander]] had flown 4 sorties without a break.
    """)),
    ("aviation", "near_miss", block("""
        Weekly permissions audit - w/c [[date:2 September]]

        Job                              | RP                      | Landowner consent | {{NOTAM}}             | RAG
        [[case_reference:BEN-1187]]      | [[name:Ifan]]           | written           | n/a                   | {{Green}}
        [[case_reference:BEN-1190]]      | [[name:Pat O'Rourke]]   | verbal only       | n/a                   | {{Amber}}
        [[case_reference:BEN-1193]]      | [[name:Hyun-woo]]       | written           | required - NOT filed  | {{Red}}

        Notes: [[case_reference:BEN-1193]] is inside the {{ATZ}} of [[organisation:Haverford Airport]]; the NOTAM request had been drafted but never sent. Caught by [[name:Lorna]] at the {{audit}} the day before the flight, which moved to [[date:9 Sept]]. [[name:Pat]] to get written consent from Mrs [[name:Ellwood]] before [[case_reference:BEN-1190]] flies.
    """)),
    ("aviation", "success", block("""
        UAS Safety Action Group - minutes, [[date:16 Jan 2025]]
        Present: [[name:Lorna McAllister]] ({{Head of UAS Ops}}), [[name:Kemi Adeyinka]] ({{Compliance}}), [[name:Siddharth Rao]] ({{Chief Remote Pilot}}), [[name:Rhys]] ({{RP}}), [[name:Jess]] ({{Observer}})
        Apologies: [[name:Tom Achebe]], [[name:Mark]] ({{Safety Manager}})

        1. Flyaways: none in {{Q4}}, down from four in Q3, since {{RTH}} altitude was added to the checklist.
        2. {{CAA}} audit passed with no findings; {{Operational Authorisation}} renewed, [[case_reference:UAS-OA-10472]].
        3. Cold-weather battery procedure - [[name:Rhys]] reported zero battery events since heaters became mandatory.
        4. Thanks to [[name:Siddharth]] for rewriting the {{ops manual}} section on {{ADS-B}}.
        Actions: [[name:Kemi]] to share the audit summary with [[organisation:Brackenridge Energy Networks]] board; [[name:Mark]] to review the {{ERP}}.
    """)),
    ("aviation", "incident", block("""
        INCIDENT FORM - third party
        Reported by: [[name:Ifan Pritchard]] ({{observer}})
        Date/time: [[date:22/05/2024]] 13:10
        Location: [[address:Blackbeck Farm, Hollinsedge]], [[postcode:HL4 8ZS]]
        Third party: [[name:Derek Aspinall]], tel. [[phone:07700 900341]]
        Vehicles: his {{Land Rover}} [[vehicle_registration:PN15 XRT]] parked across the gate, blocking our van [[vehicle_registration:BF72 UAS]]

        What happened: Mr [[name:Aspinall]] came across the field shouting that he had never agreed to drones and would "shoot the thing down". Our {{wayleave}} letter was addressed to the previous owner. [[name:Nasrin]] ({{RP}}) landed, we packed up and left once he moved the vehicle. No physical contact.
        Police: {{101}} log [[case_reference:LOG-0617-220524]].
        Follow-up: {{wayleave team}} to check ownership via {{Land Registry}}; no flights there until consent.
    """)),
    ("aviation", "success", prose("""
        Big shout-out to [[name:Jess]] for her sharp eyes on [[date:Thurs 27th]] at the ridge job
        near [[address:Cragg End]]. While [[name:Bartek]] was flying the {{M30T}} along the line
        at 50 m, [[name:Jess]] spotted a {{paraglider}} launching from the edge about 1 km upwind
        and called "stop, traffic" straight away. [[name:Bartek]] landed well before the
        paraglider passed over at low level. Textbook {{see and avoid}} and {{CRM}}. The
        {{NOTAM}} was in place but paraglider pilots don't always check, so we've contacted
        [[organisation:Pennine Soaring Club]] to share our schedule in future. Thanks also to
        [[name:Lorna]] for the quick follow-up. - [[name:Sid]] ({{CRP}})
    """)),
    ("aviation", "near_miss", block("""
        Handover - UAS kit - [[name:Rhys]] to [[name:Hyun-woo Park]] - [[date:Mon 14 Oct]]

        - {{M350}} #2 ("{{Big Bird}}") auto-updated overnight when plugged into {{DJI Pilot 2}} on the new tablet.
        - After the update the {{geofence}} unlock for the [[organisation:Haverford Airport]] {{FRZ}} was wiped and the {{RTK}} base would not pair.
        - Spotted on the pre-flight in the yard, not on site - otherwise we might have flown near the lines without RTK.
        - ACTION: auto-update off on every tablet; firmware versions go in the {{tech log}}. Ref [[case_reference:NM-UAS-0058]].
        - Van [[vehicle_registration:BF72 UAS]] needs its {{MOT}} by [[date:31/10]].
    """)),
    ("aviation", "near_miss", block("""
        [[date:05/06/2024]], 10:14 - [[name:Bartek]]: heads up 2 walkers + dog on the {{bridleway}} under span 14-15
        [[date:05/06/2024]], 10:14 - [[name:Sid Rao]]: hold position. wheres the {{cordon marshal}}?
        [[date:05/06/2024]], 10:15 - [[name:Hope T]]: [[name:Mike]] went for a brew 🙄 im going down now
        [[date:05/06/2024]], 10:16 - [[name:Bartek]]: holding at 40m, theyre right underneath now
        [[date:05/06/2024]], 10:19 - [[name:Hope T]]: walkers past, lady wasnt happy, said shes ringing the {{council}}. gave her the {{ops desk}} no
        [[date:05/06/2024]], 10:20 - [[name:Sid Rao]]: ok. that was an {{overflight}} of {{uninvolved persons}}, not allowed under our {{OA}}. near miss form pls [[name:Bartek]]
        [[date:05/06/2024]], 10:31 - [[name:Bartek]]: done [[case_reference:NM-UAS-0061]]. marshal breaks need cover, {{signage}} wasnt up on the north side either
    """)),
    ("aviation", "incident", prose("""
        On [[date:11 November]] the UAS team van, [[vehicle_registration:YJ23 KWL]], was reversed
        into a gate post in the yard at [[address:Netherby Substation, Quarry Road, Kirkby
        Hallam]]. The driver, {{observer}} [[name:Will Fairbrother]], was reversing without a
        {{banksman}} because the {{remote pilot}} was on a call. The rear doors were pushed in
        and the {{Matrice 350 RTK}} case behind them was crushed; the {{gimbal}} and one
        {{landing gear}} leg were damaged. Nobody was hurt. [[name:Will]] reported it
        immediately and has been open about it. Fleet ref [[case_reference:FLT-22817]]; aircraft
        grounded pending inspection by the {{maintenance}} provider. The {{reversing camera}} had
        been reported faulty twice on the {{vehicle defect sheet}}. Learning: reversing in yards
        needs a banksman every time, and repeated defects on vehicles carrying aircraft must be
        escalated to the {{Head of Flight Ops}}.
    """)),
    ("aviation", "near_miss", prose("""
        nr miss 4 the log: got to site at [[address:Tarn Head]] [[date:1/5]] and the {{FlySafe}}
        unlock for the {{FRZ}} had expired the day before, we'd put the wrong end date in the
        app. [[name:hyun-woo]] nearly launched without checking the {{NOTAM}} + {{ATC}}
        permission letter, which was only valid to [[date:30/4]] anyway. [[name:DK]] spotted it
        on the {{checklist}}. rang [[organisation:Haverford Airport]] {{ATSU}}, got a new
        permission same day ([[case_reference:FRZ-HVF-0417]]) but lost 3 hrs. suggest permission
        end dates go on the {{job pack}} front sheet in red. cheers
    """)),
    ("aviation", "success", block("""
        From: [[name:Siddharth Rao]] <[[email:s.rao@brackenridge-energy.co.uk]]>
        To: [[name:Marguerite Obi-Lawson]] ({{Asset Manager}})
        Date: [[date:Wednesday 19 June 2024]]
        Subject: Thermal find - outage avoided

        [[name:Marguerite]],
        On [[date:Monday 17 June]] [[name:Ewa]] and [[name:Ifan]] flew the {{M30T}} {{thermal survey}}
        on the 11kV feeder. They found a {{compression joint}} at 87°C against about 20°C ambient.
        {{SAP}} notification [[case_reference:NOT-4400918]] was raised the same afternoon and the
        joint replaced under a planned outage on Tuesday. That feeder supplies around 2,300
        customers including [[organisation:Hollinsedge Primary School]] and
        [[organisation:Moorview Care Home]]. A failure would have been an unplanned outage.

        Regards,
        [[name:Sid]]
        {{Chief Remote Pilot}}, {{UAS Operations}}
        [[phone:07700 900677]]
    """)),
    ("aviation", "success", block("""
        Radio log (recorded for training) - [[date:09/09/2024]] - job [[case_reference:BEN-1244]]
        RP: [[name:Nasrin]]   Obs: [[name:Mark]]

        OBS: [[name:Nasrin]], [[name:Mark]]. Traffic, low-level helicopter, north, two kilometres, heading towards us.
        RP: Copy, descending to 15 metres, holding over the track.
        OBS: It's a {{Robinson R44}}, white, reg looks like [[aircraft_registration:G-CDFX]]. Following the line.
        RP: Copy. Landing now.
        RP: On the ground, props stopped.
        OBS: Traffic passing overhead the line now, about 300 feet.

        Debrief note: the helicopter was a manned line survey by [[organisation:Aerial Line Patrol Ltd]], not shown on our {{deconfliction}} sheet. Clear standard calls, fast landing, no {{MOR}} required. Good example for {{recurrent training}}.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind258", REPORTS))
