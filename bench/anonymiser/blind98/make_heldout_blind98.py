"""Held-out blind corpus 98: adoption, special guardianship and private/public family-court work
(Cafcass-style Section 7 and guardian reports, panel admin, contact centres), maternity, obstetric and
general theatres and adult critical care, and air cargo at a regional airport (freight forwarders,
cargo screening, ramp and load control, bonded warehouse and customs clearance). Styles mix formal
court-style chronologies and clinical documentation carrying dates of birth, case numbers, hospital and
NHS numbers, Datix/SBAR forms, people-and-roles tables typed as text, e-mails, duty logs and chat
transcripts, with a few short candid lower-case near-miss notes.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind98.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        LEARNING REVIEW – DISCLOSURE OF CONFIDENTIAL ADDRESS
        Court: [[organisation:Kirkford Family Court]]    Case No: [[case_reference:KF24C00317]]
        Child: [[name:Amelia-Rose Whitcombe]]    DOB: [[date_of_birth:14/02/2021]]    Age: [[age:3]]
        Proposed special guardians: [[name:Denise Whitcombe]] (maternal grandmother), [[name:Kwame Asante]]

        1. On [[date:3 June 2024]] the {{Local Authority}} filed and served its {{special guardianship}}
        assessment. The {{Annex A}} support plan at page C41 gave the applicants' new address,
        [[address:22 Larch View]], [[postcode:KF7 3QD]], in full.
        2. At the {{IRH}} on [[date:14 May 2024]] it had been agreed that the address would be withheld
        from the {{birth mother}} because of previous threats made to Mrs [[name:Whitcombe]].
        3. The error was identified the next morning by the {{Children's Guardian}}, Ms [[name:Farrah Iqbal]],
        who contacted the allocated worker, [[name:Liam Pardoe]]. The bundle was recalled from the
        mother's solicitor and an undertaking obtained not to disclose.
        4. Contributing factors: the assessment template was copied from an earlier report; there was no
        second-reader check before filing; the worker was covering two final hearings that week.
        5. Actions: a {{C8}} prompt has been added to the filing checklist, and a redaction check is signed
        by a {{team manager}} before any {{SGO}} assessment is filed.
        """)),
    ("social_care", "near_miss", prose("""
        Near miss – quick one. I was about to post this year's {{letterbox contact}} letter from a
        {{birth dad}} to the wrong adopters. Two families on my caseload are both called [[name:Hughes]]
        (no relation), one on [[address:Meadow Rise]] and one at [[address:The Old Forge]],
        [[postcode:HX4 8TL]]. Only clocked it because the letter opened "Dear [[name:Tyler]]" and the family
        I'd addressed it to have a little girl. Put it back, rang [[name:bev]] (our {{letterbox coordinator}})
        and she confirmed [[name:Tyler]]'s adopters are the other household. From now the {{LB}} ref
        ([[case_reference:LB-0918]] for this one) goes on the envelope sleeve and the names get checked against
        {{Mosaic}} by a second person. {{RAA}} procedure already says two identifiers – I'd only checked one.
        Tired, end of a long day, no excuse but worth saying.
        """)),
    ("social_care", "success", prose("""
        What went well: [[name:Faith Mensah-Boateng]] became special guardian to her nephew [[name:Jaylen]],
        now aged [[age:9]], two years ago. This autumn the placement looked fragile – two exclusions from
        [[organisation:St Aidan's CE Primary]] and months of broken sleep. Rather than wait for the annual
        review, the [[organisation:Calderbrook Post-Order Support Team]] applied to the {{Adoption and Special
        Guardianship Support Fund}} for twelve sessions of {{DDP}} with a therapist from
        [[organisation:Threadneedle Therapeutic Services]]. Funding was approved on [[date:17 September 2024]],
        nine days after submission. By the review on [[date:5 December]] school reported no further
        exclusions and [[name:Jaylen]] had started going to {{Cubs}}. [[name:Faith]] said the difference was
        that "someone actually rang me back". Learning: the fast-track form and a named duty worker
        ([[name:Sanjay Venkataraman]], {{Senior Practitioner}}) made this work; we should offer the same single
        point of contact to all {{SGO}} families, not only adopters. The {{Virtual School}} joined the
        {{TAF}} meeting too, which helped.
        """)),
    ("social_care", "incident", block("""
        Incident: unapproved adult at goodbye contact – [[date:Sat 20 April 2024]]
        Venue: [[organisation:Brightways Family Contact Centre]], [[address:3 Chapel Street]], [[postcode:BD18 2NP]]

        Name                    | Role                               | Status
        [[name:Rhiannon Pryce]] | {{contact supervisor}} (sessional) | on duty
        [[name:Lee Gorton]]     | {{birth father}}                   | approved
        [[name:Darren Gorton]]  | paternal uncle                     | NOT approved
        [[name:Ellis]] ([[age:4]])  | child, {{placement order}} [[date:11/01/2024]] | -

        Summary: [[name:Darren]] arrived with [[name:Lee]] and walked into the family room before
        [[name:Rhiannon]] could check the approved list. He filmed [[name:Ellis]] on his phone.
        [[name:Rhiannon]] paused the session, asked for the video to be deleted in front of her and phoned
        the {{EDT}}. It was deleted but we cannot be sure it was not shared first.
        Why: reception staff changed that morning and did not have the {{contact plan}}; no sign-in at the door.
        Since: the {{contact plan}} is e-mailed to the centre the day before and door sign-in is enforced.
        Reported to {{Cafcass}} and the {{IRO}}.
        """)),
    ("social_care", "success", block("""
        From: [[name:Marguerite Oyelaran]] <[[email:m.oyelaran@adoptnorthpennines.example]]>
        To: [[email:panel.admin@adoptnorthpennines.example]]
        Date: [[date:Thu 9 May 2024]]
        Subject: good practice – matching panel [[case_reference:ANP/M/24/0112]]

        Hi all,
        Quick note for the learning log. Yesterday's {{matching panel}} for [[name:Ruby]] ([[age:6]]) and
        [[name:Alfie]] ([[age:2]]) with [[name:Will]] and [[name:Jonah Fairbairn-Lowe]] was the smoothest I have
        chaired this year. The {{CPR}} and {{PAR}} arrived a full ten working days early, the
        {{Adoption Support Plan}} was costed, and [[name:Jonah]]'s medical had been updated after his knee op.
        Panel members had time to read properly, the questions were about the children rather than the
        paperwork, and the recommendation went to the {{Agency Decision Maker}} the same afternoon.
        Credit to [[name:Chloe Whitlock]] (family finder) and [[name:Sam]] in panel admin.
        Thanks,
        [[name:Marguerite]]
        {{Panel Adviser}}, [[organisation:Adopt North Pennines]]
        """)),
    ("social_care", "incident", prose("""
        Incident summary – {{Section 7}} report, [[organisation:Castlebridge Family Court]], case
        [[case_reference:CB23P00891]]. The {{Family Court Adviser}} filed a report recommending that
        [[name:Isla Whitley]] (DOB [[date_of_birth:09/09/2017]]) spend only supervised time with her father,
        [[name:Connor James Whitley]]. The recommendation relied on a police disclosure (ref
        [[case_reference:NY/24/118734]]) listing a {{non-molestation order}} and an assault conviction. At the
        hearing on [[date:22 January 2024]] the father's counsel showed that the disclosure related to a
        different [[name:Connor Whitley]], born [[date_of_birth:20/08/1991]], whereas the father was born
        [[date_of_birth:02/08/1991]]. The hearing was adjourned for six weeks and [[name:Isla]] lost time with
        her father that she would otherwise have had. Contributing factors: the police search was matched on
        name and month of birth only; the adviser did not cross-check address history; the
        {{safeguarding letter}} template has no "identity confirmed" field. Actions: {{PNC}} requests now carry
        full date of birth and previous addresses; the adviser, [[name:Bernadette Okwu]], has presented the
        learning at the regional practice forum, and the {{Designated Family Judge}} has been informed.
        """)),
    ("social_care", "near_miss", block("""
        Teams chat – Panel admin – [[date:Tue 16 July]]
        [09:12] [[name:jo.mcbride]]: has the panel pack gone for the [[name:Ahmadi]] approval?
        [09:13] [[name:SamK_PanelAdmin]]: sending now via {{Egress}}
        [09:14] [[name:jo.mcbride]]: STOP. the {{PAR}} appendix still has both their NI numbers on
        [09:14] [[name:SamK_PanelAdmin]]: ffs. pulled it, still in outbox
        [09:16] [[name:jo.mcbride]]: thank god. [[ni_number:PW 80 15 92 A]] and [[ni_number:NE 73 49 02 B]] on p.14,
        plus the {{DBS}} certificate numbers
        [09:17] [[name:SamK_PanelAdmin]]: redacting now, will resend once [[name:Hassan]] has checked
        [09:40] [[name:hassan.r]]: checked, clean. adding "strip NI/DBS" to the {{Form F}} checklist
        [09:42] [[name:jo.mcbride]]: logging as near miss. {{Adoption Panel}} is Thursday so no delay
        """)),
    ("social_care", "success", prose("""
        Practice learning – positive. The adoptive parents of [[name:Joy]] ([[age:7]]) wrote to thank the team
        for her {{life story book}} and {{later life letter}}, written by [[name:Gráinne O'Sullivan]] before she
        left the service. They said it was the first time [[name:Joy]] had asked about her {{birth mum}} without
        getting upset. What made it good: [[name:Gráinne]] had photographed the {{foster carers}},
        [[name:Pam]] and [[name:Keith Rowntree]], their dog Biscuit, and the baby room at
        [[organisation:Little Acorns Nursery]] where [[name:Joy]] spent her first year; she used simple language
        a young child can read, with a separate adult version for later. She also recorded a short video of
        [[name:Pam]] reading a bedtime story. Too often these books are late or generic. Suggest we make the
        {{CoramBAAF}} good-practice checklist standard and give workers protected time, as [[name:Gráinne]]
        was given, before the {{Adoption Order}} hearing.
        """)),
    ("social_care", "incident", block("""
        Chronology – adjourned final hearing, Re [[name:Zainab Sharif]] ([[age:5]]), [[case_reference:FD24C00562]]
        [[date:30/09/24]]  {{CMH}} – order records that mother needs a {{Pashto}} interpreter at all hearings.
        [[date:01/10/24]]  Allocated SW [[name:Ollie Grant]] e-mails legal asking them to book.
        [[date:07/10/24]]  Legal assistant on leave; request sits unread in shared inbox.
        [[date:21/10/24]]  {{Final Hearing}} 10:00. No interpreter. Mother, [[name:Laila Sharif]], joins by
                           {{CVP}} from a refuge. HHJ [[name:Pemberton]] adjourns; the court books its own
                           interpreter (booking ref [[case_reference:INT-448201]]).
        [[date:04/11/24]]  Hearing effective. {{Care Order}} and {{Placement Order}} made.
        Impact: two weeks' delay to permanence for [[name:Zainab]]; mother distressed; a wasted court day.
        Learning: interpreter bookings are the {{Local Authority}}'s job under our protocol with
        [[organisation:Kirkford Family Court]]. We now book on the day the order is made and save the
        confirmation to the child's file.
        """)),
    ("social_care", "near_miss", prose("""
        near miss re a viability assessment. i'd written up uncle [[name:frank]] ([[name:Francis Delaney]],
        [[address:7 Quarry Bank Road]]) as positive for {{Reg 24}} approval so [[name:Mia]] could move there
        from {{emergency foster}} care over the weekend. manager was about to sign it off. then i realised the
        {{DBS}} had come back "information disclosed" and i hadn't opened the attachment – it had been sitting
        in my inbox since [[date:12th March]]. turned out to be an old drink-driving thing, nothing
        child-related, and he'd told me about it, so the outcome didn't change. but if it HAD been something
        else, [[name:Mia]] ([[age:2]]) would have been placed there. fix: {{Fostering Panel}} admin now won't
        book a Reg 24 visit until the DBS field on {{LCS}} is ticked by someone other than the assessor. also
        my caseload is 24, for what it's worth.
        """)),
    ("social_care", "success", block("""
        LEARNING & PRACTICE FORM – what went well
        Practitioner: [[name:Tomasz Wiśniewski]], {{Family Court Adviser}}
        Team: [[organisation:Ravensworth Private Law Team]]
        Case no.: [[case_reference:RW24P01177]]    Hearing: [[date:02.12.2024]]
        Children: [[name:Eden Brennan-Clarke]] ([[age:11]]), [[name:Noah Brennan-Clarke]] ([[age:8]])

        Summary: long-running {{child arrangements}} dispute, {{Section 7}} report directed. Both children had
        already been interviewed by three professionals. I agreed with the {{DSL}} at
        [[organisation:Hallam Bridge Academy]], Mrs [[name:Achterberg]], to see them together in the school's
        nurture room using the {{Three Houses}} tool rather than separately at our office. [[name:Eden]] drew
        her "house of worries" and said for the first time that she wanted to see dad at weekends but not
        overnight. [[name:Noah]] agreed with her.
        Outcome: parents accepted the recommendation at the {{DRA}}; consent order made, no contested hearing.
        Why it worked: familiar setting, trusted adult nearby, one conversation instead of three.
        """)),
    ("social_care", "incident", prose("""
        Adoption disruption – learning summary. Child: [[name:LINDQVIST, Freya]] (DOB
        [[date_of_birth:30.06.2020]]). Prospective adopters: [[name:NWOSU, Chinedu]] and [[name:NWOSU, Adaeze]],
        approved [[date:18.10.2023]]. Ref [[case_reference:ADP-2023-0417]]. Introductions were compressed from
        fourteen to eight days because the {{foster carer}}, Mrs [[name:Petra Hollis]], had a holiday booked.
        [[name:Freya]] moved on [[date:02.02.2024]] and the placement ended on [[date:19.03.2024]] when
        Mrs [[name:Nwosu]] said she could not manage the night waking and aggression. The
        {{disruption meeting}}, chaired independently by [[name:Rajesh Kothari]], found that the
        {{transition plan}} followed the {{UEA Moving to Adoption}} model on paper but not in practice; the
        {{adoption support}} worker was on sick leave and not replaced; and the adopters' own network was
        thinner than the {{PAR}} suggested. [[name:Freya]] returned to her foster home, which was the right
        outcome for her. Recommendations: no compression of introductions without {{Agency Decision Maker}}
        sign-off; cover for support workers; a review of report quality assurance.
        """)),
    ("social_care", "success", prose("""
        Good news story. Grandad [[name:Bill]] ([[name:William Ashworth]], [[age:71]]) was granted a
        {{Special Guardianship Order}} for [[name:Kai]] at [[organisation:Kirkford Family Court]] on
        [[date:8 August 2024]]. In the past we have seen kinship placements like this wobble within a year,
        usually over money. This time the {{Family Group Conference}} co-ordinator, [[name:Hana Kobayashi]], had
        brought in [[name:Bill]]'s daughter and his neighbour before the final assessment, so the support plan
        had real names in it, not just "wider family". The allowance was agreed before the hearing rather than
        after, and our {{welfare rights officer}} sorted the {{Universal Credit}} and {{Carer's Allowance}}
        questions in one visit to [[address:Moorcroft, Long Lane]]. Six months on, [[name:Kai]] is settled at
        [[organisation:Kirkford Community Primary]] and [[name:Bill]] has joined the {{kinship carers}} group.
        Please share: money and named support agreed before the order.
        """)),
    ("social_care", "incident", block("""
        From: Dr [[name:Nkechi Eze]] <[[email:nkechi.eze@calderbrook-nhs.example]]>
        To: [[email:adoption.team@calderbrook-council.example]]
        Date: [[date:25 Feb 2025]]
        Subject: URGENT – {{AH}} report sent to wrong recipient

        Dear [[name:Marcus]],
        I'm afraid auto-complete picked the wrong "[[name:Marsh]]" yesterday. The adoption health report for
        [[name:Leo Marsh]] (NHS [[nhs_number:173 605 0060]], DOB [[date_of_birth:27/07/2023]]) went to
        [[email:k.marsh@marshlaw.example]] – a solicitor who acted for the birth family in an earlier case –
        instead of the adoption team. It contains the birth mother's {{hepatitis C}} status and the adopters'
        names. I have asked for deletion and had a reply confirming it. We have logged this with our
        {{Information Governance}} team (ref [[case_reference:IG-2025-0211]]) and they will decide about
        reporting to the {{ICO}}. I suggest we stop sending these by e-mail and use the {{secure portal}} only.
        Regards,
        [[name:Nkechi]]
        {{Medical Adviser}} to the {{Adoption Panel}}
        """)),
    ("social_care", "success", block("""
        Early permanence – what went right
        Baby: [[name:Oscar]] (born [[date_of_birth:03/03/2024]], placed at [[age:5 days]] old)
        Team around baby:
          {{FfA carers}}           [[name:Dawn Featherstone]] & [[name:Yusuf Featherstone]]   [[phone:07700 900318]]
          {{Supervising SW}}       [[name:Ngozi Adebayo]]   [[phone:0161 496 0732]]
          Birth mother's SW      [[name:Alex Rimmer]]
          {{Health Visitor}}       [[name:Jenna]] @ [[organisation:Fairfield Children's Centre]]

        Notes: our first fostering-for-adoption placement where the {{birth mother}} met the carers before
        [[name:Oscar]] left hospital. [[name:Ngozi]] arranged it on {{the postnatal ward}} with the
        {{midwife}} present. Mum later told the {{Children's Guardian}} that knowing [[name:Dawn]] was
        "a kind person" helped her decide not to contest the {{placement order}}. [[name:Dawn]] and
        [[name:Yusuf]] kept a daily diary for her. The {{ADM}} approved the match in under four weeks.
        """)),
    ("social_care", "near_miss", prose("""
        Near miss: the draft {{Placement Order}} I was sent to check had the child as "[[name:Aaliyah]]" –
        she's [[name:Aliyah]], one a. Same mistake on the {{Schedule}} for her brother [[name:Zayn]]. It would
        have gone to DJ [[name:Rao]] for sealing that afternoon. If it's sealed wrong it follows her to the
        {{Adoption Order}} and the {{Adopted Children Register}}, and it's a faff to fix. Only picked up because
        I read it against her {{birth certificate}}, not our own system, which also had it wrong. Corrected on
        {{CE-File}} and told [[name:Priya]] in legal. – [[name:MB]]
        """)),
    ("social_care", "incident", prose("""
        Incident – confidential address disclosed in private law proceedings. [[name:Hope Adeyemi-Stewart]]
        applied for a {{Child Arrangements Order}} and asked that her address be kept confidential because of
        domestic abuse; she completed a {{C8}} form. The address – [[address:Flat 4, 19 Tannery Lane]],
        [[postcode:LS12 6RW]] – was nevertheless typed into the safeguarding letter prepared at
        {{Schedule 2}} stage by a new practitioner, [[name:Callum Reid]], who had copied it from the {{C100}}.
        The letter was served on both parties on [[date:10 October 2024]]. Ms [[name:Adeyemi-Stewart]] and her
        children, aged [[age:6]] and [[age:3]], had to move to emergency accommodation; the case was referred to
        {{MARAC}} and her {{IDVA}} supported the move. Learning: the C8 sits as a separate document and the
        address field in our letter template auto-fills from the application. Actions: the template now leaves
        the address blank by default when a C8 is on file, and {{practice supervisor}}
        [[name:Olamide Ajayi]] has run briefings for all new starters. We have apologised in writing.
        """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        DATIX INCIDENT FORM
        Ref: [[case_reference:W118204]]    Date of incident: [[date:19/03/2024]]    Time: 03:40
        Location: [[organisation:Larkspur Birth Centre]] (midwife-led), transfer to {{Delivery Suite}},
        [[organisation:St Cuthbert's Hospital]]
        Patient: [[name:ODUYA, Blessing]]    Age: [[age:28]]    DOB: [[date_of_birth:08/04/1996]]
        Hosp no: [[case_reference:RX4471902]]    NHS no: [[nhs_number:590 560 7486]]
        Category: Maternity – {{postpartum haemorrhage}}    Harm: moderate

        Description: {{SVD}} at 02:55. Estimated blood loss 600 ml at 03:10, 1.4 L by 03:40.
        {{Syntometrine}} given; second-line {{carboprost}} not stocked in the birth centre. Transfer requested
        03:20, ambulance arrived 03:58 (category 2). {{MEOWS}} score of 5 not escalated until 03:35.
        Total EBL 1.9 L, 2 units transfused, {{EUA}} in theatre. Discharged day 3.
        Reporter: [[name:Kirsty Blyth]], {{Band 6 midwife}}
        Immediate learning: PPH box at [[organisation:Larkspur Birth Centre]] restocked and checked weekly;
        direct line to ambulance control agreed for time-critical transfers.
        """)),
    ("health", "near_miss", prose("""
        near miss, theatre 2, cat 2 section last night. count at closure came up one large swab short.
        [[name:jas]] (scrub) called it straight away and the {{registrar}} stopped closing without arguing,
        which was good. we checked the floor, the bins, under the {{Bair Hugger}}, and {{X-ray}} was on the way
        when [[name:tosin]] found it stuck to the underside of a {{drape}} on the trolley. it had been counted in
        but not written on the whiteboard after the top-up pack was opened. honestly the board is too small and
        it was 2am. asking for a bigger whiteboard and for top-ups to be called out loud every time, per
        {{NatSSIPs}}. nobody harmed. [[name:R.K.]], {{ODP}}
        """)),
    ("health", "success", prose("""
        Good practice report – [[organisation:Cedar Critical Care Unit]], [[organisation:Royal Wensley
        Infirmary]]. Mr [[name:Iwan Gruffydd]], [[age:47]], hospital number [[case_reference:K2209817]], was
        admitted on [[date:4 January 2025]] with severe {{ARDS}} secondary to influenza. By day two his P/F
        ratio was below 10 kPa despite {{prone positioning}} and neuromuscular blockade. The consultant on
        call, Dr [[name:Ama Owusu-Ansah]], referred early to the regional {{ECMO}} service at
        [[organisation:Northgate University Hospital]] rather than waiting for the morning ward round, and the
        retrieval team arrived within four hours. Nursing staff, led by charge nurse [[name:Gethin Morgan]],
        had the line list, bloods and transfer bag ready, and the family had been spoken to with a
        {{Welsh}}-speaking nurse present because Mr [[name:Gruffydd]]'s mother has limited English. He was
        decannulated on day eleven and has since stepped down to the ward. Learning: the
        {{Severe Respiratory Failure}} referral criteria poster beside the {{blood gas analyser}} worked –
        keep it there.
        """)),
    ("health", "incident", block("""
        PATIENT SAFETY INCIDENT – INITIAL REVIEW (72 h)
        Datix: [[case_reference:W120561]]
        Event: retained vaginal pack following instrumental birth ({{Never Event}})
        Woman: Mrs [[name:J. Kowalczyk]]    MRN [[case_reference:RX5038816]]    Age [[age:34]]
        Birth: [[date:11/05/2024]], {{Kiwi}} ventouse then {{Neville-Barnes}} forceps in {{Theatre 4}},
        [[organisation:St Cuthbert's Hospital]]
        Found: [[date:17/05/2024]] by community midwife at a postnatal visit (offensive loss)

        Staff on shift
          Dr [[name:H. Al-Rashid]]     {{ST5 O&G}}, operator
          [[name:Marta Silva]]         scrub midwife
          [[name:Ben Thackeray]]       runner / {{MCA}}
          Dr [[name:Ifeoma Chukwu]]    anaesthetist

        Initial findings: swab count of 10 recorded as correct. A vaginal pack had been inserted for the tear
        repair and was never written on the count board. Handover to the postnatal ward said "no packs".
        Immediate actions: packs to be recorded at {{WHO checklist}} sign-out and on a wrist tag; all staff
        involved to contribute to a {{PSIRF}} learning response.
        """)),
    ("health", "success", block("""
        From: [[name:Rosalind Achebe]] <[[email:rosalind.achebe@stcuthberts.nhs.example]]>
        To: {{Labour Ward}} team
        Date: [[date:Sat 14 Sept]]
        Subject: Thank you – shoulder dystocia, room 7

        Team,
        I want to name what went right on the night of [[date:12–13 September]]. [[name:Emi Nakamura]]
        ([[age:36]], second baby, {{BMI}} 38) had a shoulder dystocia at 04:12. [[name:Hollie]] pulled the
        emergency bell within seconds, called "shoulder dystocia" clearly, and the team used {{McRoberts}} and
        {{suprapubic pressure}} exactly as we practise at {{PROMPT}}. Head-to-body interval was 2 min 40 s.
        Dr [[name:Varga]] delivered the posterior arm; baby had {{Apgars}} of 5 and 9 and went to {{NNU}} for
        observation only. [[name:Hollie]] also wrote timings on the wall sheet as it happened, which made the
        debrief and the notes easy.
        [[name:Emi]] and her partner have asked me to pass on their thanks.
        [[name:Ros]]
        {{Consultant Midwife}}
        """)),
    ("health", "near_miss", prose("""
        Near miss – ICU bed 6. At the 21:30 handover I noticed the new {{noradrenaline}} syringe being made up
        was double strength (16 mg in 50 ml) but the {{Alaris}} pump was still set to the single-strength
        library entry. Patient's {{MAP}} was 68 on 0.12 mcg/kg/min; started like that he would have had twice
        the dose. The nurse drawing it up, [[name:Grace]], had followed the prescription on {{MedChart}}, which
        had been changed to double strength by the {{outreach}} team earlier to reduce syringe changes. Nobody
        had changed the pump entry. We stopped, re-programmed with a second checker, and the {{Guardrails}}
        library now has both strengths with different colour labels. I've spoken to pharmacy
        ([[name:Dimitri]]) about making any concentration change need a {{pharmacist}} review. Good catch by
        independent double checking at handover – keep doing it. [[name:A. Nikolaidis]], {{Band 7}}
        """)),
    ("health", "incident", prose("""
        Incident (moderate harm) – baby identification, {{postnatal ward}}, [[organisation:Ward 22]]. On
        [[date:2 July 2024]] two babies born within an hour of each other were in adjacent bays: Baby
        [[name:Khan]] (mother [[name:Samina Khan]]) and Baby [[name:Khanom]] (mother [[name:Rupa Khanom]]). The
        second baby's printed labels were put on the {{newborn blood spot}} card for the first. The error came to
        light when the screening laboratory flagged a mismatch with NHS number [[nhs_number:450 738 2629]].
        Baby [[name:Khanom]]'s blood spot had to be repeated on day 9, outside the recommended window, and the
        family were understandably upset. Contributing factors: labels for both babies printed at once and left
        on one trolley; the {{BadgerNet}} screen shows the surname only in large font; the {{MCA}} was in her
        first week. Actions: labels printed at the cot only; baby's NHS number read aloud against the
        {{ID band}} before any sample; a {{Trust}}-wide alert issued.
        """)),
    ("health", "success", block("""
        SBAR – transfer ICU to {{CEPOD}} theatre    [[date:28/11/2024]] 14:05
        S: [[name:McALLISTER, Fiona]]  DOB [[date_of_birth:12.12.1958]]  MRN [[case_reference:C0093318]]
           NHS [[nhs_number:983 498 2380]]. Day 3 post {{laparotomy}}, suspected {{anastomotic leak}}, for re-look.
        B: FiO2 0.5 on {{PEEP}} 10; noradrenaline 0.2 mcg/kg/min; {{CRRT}} paused 13:30.
        A: High risk of desaturation on transfer – {{transfer checklist}} completed.
        R: Two-person transfer, spare oxygen cylinder, {{Oxylog}} pre-set.

        Team
          Anaesthetic reg    Dr [[name:Sunil Bhattacharya]]
          ICU nurse          [[name:Dawn-Marie Pike]]
          Porter             [[name:Errol]]
          Receiving ODP      [[name:Lukas Brandt]]

        What went well (added after): in the lift her saturations fell to 84%. Because the checklist made us
        bring the spare cylinder and a {{BVM}} with a {{PEEP valve}}, [[name:Sunil]] recruited her in the lift
        and we reached theatre with sats of 95%. Without the checklist we would not have had that kit.
        """)),
    ("health", "incident", prose("""
        Drug error – main theatres, [[date:Monday 3 June]]. Mrs [[name:Anh Tran]] ([[age:62]]) was having an
        elective laparoscopic cholecystectomy. At the end of the case the anaesthetist, Dr
        [[name:Bogdan Ionescu]], asked for {{ondansetron}}; the {{ODP}} had drawn it up and labelled it
        correctly, but an unlabelled syringe of {{rocuronium}} had been left in the tray from induction. That
        syringe was given in error at 11:42 as she was waking. She became weak and distressed;
        {{sugammadex}} was given and she was re-sedated and ventilated briefly before a smooth extubation. She
        was told what had happened the same day under {{Duty of Candour}}. Causes: an unlabelled syringe; the
        tray not cleared between stages; an interruption from a {{bleep}} at the critical moment. Actions:
        "no label, no syringe" audit; all unused syringes discarded before emergence; theatre safety group to
        review tray layout. Datix [[case_reference:W119930]].
        """)),
    ("health", "near_miss", block("""
        near miss – pls read before next shift
        Bed 12 ([[name:RT]], hosp no [[case_reference:C0087741]]) – {{penicillin}} allergy was on the {{ICE}}
        referral and the admission clerking, but someone had written NKDA on the paper {{drug chart}} in
        recovery. Night team nearly gave {{co-amoxiclav}} at 02:00. [[name:Priti]] spotted the red
        {{allergy band}} on the wrist just before hanging the bag. Cancelled; {{micro}} advised
        {{clarithromycin}}.
        Please ALWAYS check the band, not just the chart. Chart is being reviewed by Dr [[name:Lowe]]'s team.
        – [[name:Ifor]], {{nurse in charge}}
        """)),
    ("health", "success", prose("""
        What went right – antenatal triage. [[name:Selam Gebremedhin]], [[age:23]], {{G1P0}} at 37 weeks,
        attended triage with a headache. She speaks {{Tigrinya}} and very little English; she had arrived in
        the UK four months earlier and was registered with [[organisation:Fernhill Medical Practice]]. The
        triage midwife, [[name:Bríd Ní Bhriain]], booked a {{Language Line}} video interpreter rather than rely
        on the friend who came with her. Through the interpreter [[name:Selam]] described visual disturbance
        and epigastric pain. BP was 162/108, {{PlGF}} was low, and {{MgSO4}} was started. The {{CTG}} met
        {{Dawes-Redman}} criteria. She was induced the next day and had a healthy baby. [[name:Bríd]] said
        afterwards that the friend had told her on the phone it was "just tiredness". Learning: always use a
        professional interpreter – a friend may under-report symptoms. Shared at the {{MDT}} safety huddle on
        [[date:9 October]].
        """)),
    ("health", "incident", block("""
        From: [[email:icu.discharges@royalwensley.nhs.example]]
        Sent: [[date:15 April 2025]] 16:48
        To: [[email:admin.abbeyfield@gp.example]]
        Subject: ICU step-down summary – [[name:NOWAK, Przemysław]]

        Incident note added by [[name:Carys Pugh]], ward clerk, [[date:17/04/2025]]:
        The step-down summary above was meant for [[organisation:Abbeydale Surgery]] but went to
        [[organisation:Abbeyfield Surgery]], who rang to tell us. Both appear in the drop-down when you start
        typing the name. The summary included Mr [[name:Nowak]]'s NHS number [[nhs_number:368 182 6250]],
        address [[address:31 Coopers Yard]], [[postcode:WF3 1JU]], and details of his alcohol withdrawal and
        {{tracheostomy}}. The practice manager ([[name:Lorraine]], [[phone:01632 960184]]) confirmed deletion.
        Re-sent correctly via {{NHSmail}} on [[date:16/04/2025]]; Mr [[name:Nowak]] told by the {{ward sister}}.
        Learning: the address book is not filtered by {{ODS code}}; we now check the practice code on the
        {{Spine}} record before sending.
        """)),
    ("health", "success", block("""
        Cat 1 LSCS – hot debrief
        Date: [[date:06/08/24]]   Decision 02:14   Knife to skin 02:27   Delivery 02:31 (DDI 17 min)
        Woman: [[name:K.O.]]   Hosp no [[case_reference:RX5520871]]   {{cord prolapse}} at 8 cm
        Team: [[name:Mark]] (anaes reg), [[name:Summer]] (scrub), [[name:Dev]] (ODP), [[name:Chiara]] (midwife),
        Mr [[name:Abiodun]] (obs reg)

        Went well:
        - [[name:Chiara]] kept the presenting part off the cord with knee-chest position and a filled bladder,
          as drilled at {{PROMPT}}.
        - [[name:Mark]] went straight to {{GA}} with {{RSI}}; {{WHO checklist}} sign-in done out loud in 40 s.
        - Paeds ({{neonatal reg}}) in the room before knife to skin.
        Even better if:
        - Theatre 1 had been set up for {{Cat 1}} – took 90 s to find the {{Doyen retractor}}.
        Baby: {{cord gases}} pH 7.21, no admission needed.
        """)),
    ("health", "incident", prose("""
        Maternity triage telephone advice – learning summary. On [[date:23 February 2024]] at 19:20
        [[name:Chloe Barraclough]], [[age:31]], at 34+2 weeks, phoned the triage line
        ([[phone:0113 496 0771]]) reporting reduced fetal movements for most of the day. The call was answered
        by a {{maternity support worker}} covering the phone while both triage midwives were with women; she
        advised her to lie on her left side, have a cold drink and ring back if nothing changed. She rang again
        at 22:45 and was asked to come in. On arrival no fetal heart was heard with the {{Pinard}} and scan
        confirmed an {{intrauterine death}}. Findings: the line was not staffed by a registered midwife,
        contrary to the {{BSOTS}} model, and the advice did not follow {{Saving Babies' Lives}} guidance that
        reduced movements need same-day assessment. The case has been referred to {{MNSI}} (ref
        [[case_reference:MI-024817]]). Family liaison is through [[name:Nadia Rahman]],
        {{bereavement midwife}}. Actions: the triage phone is now held only by a midwife; calls are recorded.
        """)),
    ("health", "near_miss", prose("""
        Near miss – blood transfusion, {{critical care}}. Two patients called [[name:Mohammed Ali]] were on the
        unit, in bays 3 and 5, with different DOBs ([[date_of_birth:04/05/1949]] and
        [[date_of_birth:17/11/1988]]). A unit of {{O negative}} red cells collected for bay 5 was taken to
        bay 3, where the patient also had a {{crossmatch}} pending. At the bedside [[name:Nkosi]], a newly
        qualified nurse, scanned bag and wristband with the {{BloodTrack}} handheld and it alarmed on the NHS
        number ([[nhs_number:724 812 0774]] vs [[nhs_number:858 080 8359]]). She stopped, even though a senior
        colleague said "it's the same name, it'll be fine". Reported to {{SHOT}} as a near miss. Actions:
        name-alert stickers, same-name patients nursed at opposite ends of the unit, and a thank-you letter
        from the {{Transfusion Practitioner}}, [[name:Heather]].
        """)),
    ("health", "success", prose("""
        Speaking up – what went well. Trauma list, [[organisation:Royal Wensley Infirmary]],
        [[date:Thursday 14 November]]. The {{consultant}} was ready to start a left {{hemiarthroplasty}} before
        the {{Time Out}} had been done; the list was over-running and he said "we all know who this is".
        [[name:Brook Halliwell]], an {{ODP}} in her first year, said "I'm not comfortable – can we do the time
        out, please?" The team stopped. During the time out it was found that the consent form said left but
        the site mark was hard to see under the {{Betadine}}; the side was confirmed from the imaging. Nothing
        was wrong, but [[name:Brook]] did exactly what the {{WHO Surgical Safety Checklist}} asks, under
        pressure. The consultant thanked her in front of the team at the end of the case, and [[name:Brook]]
        has agreed to speak during {{Freedom to Speak Up}} month. Submitted by [[name:Olu Adewale]], theatre
        team leader.
        """)),
    ("health", "incident", block("""
        Unplanned extubation – {{ICU}} bed 9 – learning timeline
        Patient: Ms [[name:Yetunde Bakare]], [[age:52]], MRN [[case_reference:K2214460]],
        NHS [[nhs_number:434 019 0764]]
        Date: [[date:Sun 2 March 2025]]

        10:05  Prone-to-supine turn started, 5 staff. {{ETT}} at 22 cm at lips.
        10:07  {{Capnography}} trace lost. ETT found at 15 cm; tie had slipped.
        10:08  Crash call; FiO2 1.0 via {{BVM}}. Sats 78%.
        10:11  Re-intubated by Dr [[name:Felix Ansah-Mensah]] using {{VL}} ({{C-MAC}}), grade 1 view.
        10:25  Sats 96%. No lasting harm.

        Why: the turn leader ([[name:Jordan]]) was also holding the head, so nobody was solely watching the
        tube and calling the turn; tube tie not re-checked since 06:00.
        Actions: dedicated airway person for every turn; tie check added to the {{safety huddle}} list;
        {{proning}} video refresher for all unit staff.
        """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        CARGO OCCURRENCE REPORT    Ref: [[case_reference:EHA-OCC-24-0193]]
        Date: [[date:12 Feb 2024]]   Flight: [[flight_number:NX418]]   Aircraft: [[aircraft_registration:G-NFRT]]
        ({{ATR 72-200F}})
        Station: [[organisation:Eastholm Airport]] cargo shed
        Forwarder: [[organisation:Skylane Forwarding Ltd]]   AWB [[case_reference:176-40918833]]

        Narrative: consolidation of 14 pieces declared as "spare parts – machinery". On {{X-ray}} our screener
        saw cell-shaped objects in three cartons. Opened under the {{Regulated Agent}} procedure: 42
        {{lithium ion}} power banks, loose, no {{UN3480}} marks, no Section II label. Shipment offloaded;
        flight left 25 min late with the balance of the load.
        Forwarder's contact [[name:Dean Hollingworth]] ([[phone:07700 900547]]) said the shipper had
        "always sent them like that".
        Reported to the {{CAA}} as a {{dangerous goods occurrence}} within 72 h. [[organisation:Skylane]] have been asked for
        their DG training records.
        Reporter: [[name:P. Oyelowo]], {{Cargo Duty Manager}}
        """)),
    ("aviation", "near_miss", prose("""
        nearly put the {{K-loader}} into the forward cargo door on [[aircraft_registration:EI-FXR]] this
        morning, stand 4. sun low, platform up, no {{banksman}} cos [[name:gaz]] had been pulled to the other
        {{freighter}}. I had the guard rail up and the {{bumper}} was maybe 10 cm off the door sill when
        [[name:Kasia]] on the aircraft shouted. stopped, no contact. flight [[flight_number:NX7710]] went on
        time. we've been one short on every early this month. the {{SOP}} says no approach without a
        marshaller and I knew that but the {{ATR}} was waiting and you feel it. please sort the roster, not just
        another {{toolbox talk}}. – [[name:Lew]]
        """)),
    ("aviation", "success", block("""
        From: [[name:Harpreet Sandhu]] <[[email:h.sandhu@brightwater-logistics.example]]>
        To: [[email:imports@eastholm-cargo.example]]
        Cc: [[name:Olu Bamidele]]
        Date: [[date:7 March 2024]]
        Subject: MRN [[case_reference:24GB7XK3D9P0Q1R8A2]] – amended before release, thanks

        Hi [[name:Niamh]],

        Just to say thank you. Your team flagged at 06:30 that the {{import declaration}} for the
        [[flight_number:QK481]] consignment (AWB [[case_reference:615-22047381]]) had {{commodity code}} 8507
        for what was physically a crate of e-bike frames with no batteries. Our new starter had copied the
        previous line. We amended on {{CDS}} before {{Border Force}} or {{HMRC}} selected it, so no penalty,
        no hold, and the goods reached the customer in Leeds the same day.
        We've added a second check for any line where description and code don't match, and I've shown
        [[name:Olu]] and the team your e-mail.
        Cheers,
        [[name:Harpreet]]
        {{Customs Compliance Lead}}, [[organisation:Brightwater Logistics]]
        """)),
    ("aviation", "incident", prose("""
        Load control incident – [[flight_number:NTR902]], [[aircraft_registration:G-CLGO]]
        ({{Boeing 737-400SF}}), [[date:28 August 2024]]. The final {{load sheet}} used the weights on the
        forwarder's manifest for six {{PMC}} pallets. During the walk-round the {{Captain}} queried the
        aircraft's nose-down attitude on stand. The loadmaster, [[name:Ruairí Dempsey]], re-weighed two
        pallets on the shed scale: each was over 400 kg heavier than declared, a total error of 1,380 kg
        forward. Maximum take-off weight was not exceeded, but the {{CG}} was close to the forward limit. Two
        pallets were moved aft and a new load sheet issued; delay 48 minutes. The forwarder,
        [[organisation:Pennine Airfreight Services]], had started entering net rather than gross weights after
        a change to their {{Cargowise}} template. Actions: pallets built by third parties are weighed on our
        scale before acceptance; a meeting was held with the forwarder's operations manager,
        [[name:Gillian Royce]], on [[date:3 September]]. Reported internally as
        [[case_reference:EHA-OCC-24-0611]] and to the operator's {{Safety Management System}}.
        """)),
    ("aviation", "success", prose("""
        Good catch – cargo screening, [[organisation:Eastholm Cargo Centre]], [[date:Friday 17 January]].
        Screener [[name:Aisha Bello]] was reviewing a consignment from a {{Known Consignor}} that would normally
        go straight through. On the {{EDS}} image she noticed a dense object inside a box declared as
        textiles. She stopped the belt, called her supervisor, [[name:Mikey Tran]], and they followed the
        alarm resolution procedure including {{ETD}} swabbing. It turned out to be a cast-iron door stop the
        shipper had packed as ballast, not a threat, but the consignment was mis-described, so it went back to
        the shipper's {{Regulated Agent}} and the {{DfT}} inspector was informed. [[name:Aisha]] had joined six
        weeks earlier. What went well: she used the "when in doubt, stop" rule from training and was backed by
        her supervisor, even though the {{freighter}} was due out in 20 minutes. Nominated for the quarterly
        {{just culture}} award.
        """)),
    ("aviation", "near_miss", block("""
        Teams – #ramp-warehouse – [[date:Tue 11 June 2024]]
        [13:02] [[name:ops_dan]]: pharma for [[flight_number:NX422]], 2 x {{Envirotainer}} units – where are they?
        [13:05] [[name:Shaz]] (Warehouse): on the apron by stand 6 since 12:15, waiting for the {{tug}}
        [13:05] [[name:ops_dan]]: in this sun?? they're 2-8 degrees
        [13:06] [[name:Shaz]] (Warehouse): they're active cooled, should be ok
        [13:09] [[name:ops_dan]]: {{temperature logger}} on unit 1 shows 7.6 internal and rising. pulling them
        back into the {{CRT}} room now
        [13:31] [[name:kwabena.a]]: back down to 5.1. no excursion. flight loaded 13:50
        [13:35] [[name:ops_dan]]: logging as near miss. apron isn't a holding area for {{GDP}} goods, whatever
        the {{SLA}} says
        """)),
    ("aviation", "incident", block("""
        VEHICLE INCIDENT – bonded warehouse door 3
        Ref [[case_reference:EHA-VI-24-0077]]    [[date:09/09/2024]] 05:40

        Vehicle           Reg                                  Driver                   Company
        HGV tractor unit  [[vehicle_registration:YK21 HFD]]  [[name:Stelian Popa]]  [[organisation:Danube Haulage SRL]]
        Forklift FLT 12   n/a                                  [[name:Wes Ingram]]    [[organisation:Eastholm Cargo Centre]]
        Van               [[vehicle_registration:LR19 XTB]]  [[name:Ahmed Yousef]]  [[organisation:Pennine Airfreight Services]]

        What happened: the HGV reversed onto door 3 while the van was still parked in the loading bay
        behind it. The trailer struck the van's rear doors and pushed it into the door frame. [[name:Wes]],
        on the forklift inside, saw it on camera and sounded the horn. No injuries. Driver [[name:Popa]] said
        a {{banksman}} had waved him back; there was no banksman on duty at 05:40.
        Haulier contact: Mr [[name:Dobre]], [[phone:+40 721 555 019]].
        Actions: no reversing onto doors without a banksman in {{hi-vis}}; the {{loading bay}} marked
        no-parking; shared with {{Border Force}} because door 3 is the {{ETSF}} entrance.
        """)),
    ("aviation", "success", prose("""
        Customs – transit closed properly. A {{T1}} transit movement for [[organisation:Harrow & Lyle Freight]]
        (MRN [[case_reference:24GB00T1Z8QW4Y6K3]]) arrived on [[flight_number:QK487]] on
        [[date:14 May 2024]], destined for an inland depot. Our bond clerk, [[name:Rukhsana Begum]], noticed
        that the seal numbers on the {{NCTS}} record did not match those on the {{ULD}}. Instead of releasing
        it and sorting it out later, she contacted {{Border Force}} and the forwarder's customs agent,
        [[name:Sean O'Driscoll]], before the movement was arrived. Officers examined the unit and found the
        seal had been replaced at the origin hub after a legitimate re-pack that was documented but never
        updated. Nothing was missing. Because it was raised before arrival, the transit was corrected and
        discharged with no {{guarantee}} claim and no penalty. [[name:Rukhsana]] has since written a one-page
        seal-mismatch guide for the {{bond office}}.
        """)),
    ("aviation", "incident", prose("""
        Incident – labels swapped, shipment flown to the wrong country. Two {{consols}} for
        [[organisation:Skylane Forwarding Ltd]] were built on the same afternoon, [[date:30/07]]: one for
        Dublin, one for Amsterdam. [[name:bex]] printed the {{house air waybill}} labels for both and left
        them in one pile; [[name:Tariq]] applied them while she was on a call. The Amsterdam boxes went out
        on [[flight_number:NX419]] to Dublin under the wrong {{HAWB}} ([[case_reference:SKY-H-558203]]).
        Spotted by the Dublin handling agent next morning. Cost: £1,900 re-forwarding and an angry customer
        whose machine part was holding up a production line. Honestly this was us – two people, one printer,
        no check. What we've changed: labels printed per shipment only, the person who prints is the person
        who applies; {{piece count}} and destination checked on the {{cargo manifest}} before the {{ULD}} is
        closed. [[name:Tariq]] and [[name:Rebecca]] ([[name:bex]]) are both fine with this being shared.
        """)),
    ("aviation", "near_miss", prose("""
        Near miss – {{ULD}} restraint. During the pre-departure walk-round of [[aircraft_registration:SE-MAQ]]
        (flight [[flight_number:NVR233]], [[date:2 October 2024]]) the {{First Officer}},
        [[name:Ingrid Solberg]], looked in at the {{main deck}} door and saw that the {{XL lock}} aft of
        position C was down but not engaged. The load had been built and locked by a contracted team from
        [[organisation:Apron Services (Eastholm) Ltd]]. The {{loading supervisor}}, [[name:Darius Farahani]],
        re-checked every lock on both decks and found one more only partly engaged. With two locks open a
        pallet could have shifted on take-off. The {{LIR}} had been signed as complete. Actions: lock check
        added as a separate line on the LIR, signed by a second person; briefing for all contractor staff.
        Credit to [[name:Ingrid]] for looking rather than assuming.
        """)),
    ("aviation", "success", block("""
        CARGO OPS DUTY LOG – [[organisation:Eastholm Airport]] – [[date:Wed 23/10/2024]]
        Duty Mgr: [[name:N. Fitzgerald-Ruiz]]
        0415  [[flight_number:QK481]] ([[aircraft_registration:D-ACGF]]) on blocks stand 7. 9 PMCs, 2 AKEs.
        0440  {{Border Force}} request to hold AWB [[case_reference:615-22049912]] for exam. Moved to {{ETSF}} cage.
        0505  Fog. {{ATC}} advises {{LVPs}} in force. Ramp speed limits reminded on channel 2.
        0550  [[flight_number:QK481]] unload complete, no damage.
        0610  [[name:Summer Okafor]] (ramp lead) reports K-loader 2 u/s, hydraulic leak. Tagged out, {{GSE}} told.
        0730  Exam complete, goods released by officer [[name:Gill]].
        0915  [[flight_number:QK482]] departed on time, 11.2 t.
        Handover: good shift in poor vis. Thanks to [[name:Summer]] and team for keeping to the {{LVP}} rules
        on the ramp, and to [[name:Gill]] for a quick exam.
        """)),
    ("aviation", "incident", block("""
        From: [[email:cargo.customer@eastholm-cargo.example]]
        To: [[name:Hunter Vaughan-Price]] <[[email:hvp@vaughanprice.example]]>
        Date: [[date:Mon 24 June 2024]]
        Subject: Your dog's shipment – our apology, ref [[case_reference:AVI-24-0317]]

        Dear Mr [[name:Vaughan-Price]],
        I am writing to apologise properly for what happened to Bramble on [[date:Saturday 22 June]]. She
        arrived on [[flight_number:XE3106]] from Jersey and should have gone straight to the
        {{animal reception centre}}. Because the {{AVI}} entry on the {{NOTOC}} was not passed to the
        warehouse, her crate sat with general cargo for 50 minutes in a shed that reached 27°C. Our warehouse
        operative, [[name:Chidi]], heard her and moved her to the {{cool room}}; the {{on-call vet}} checked
        her and found no harm.
        Live animals now trigger a phone call from the ramp, not just a paper note, and the
        {{IATA Live Animals Regulations}} checklist is posted at the warehouse door.
        Please call me directly on [[phone:07700 900264]].
        Yours sincerely,
        [[name:Eleanor Fitch]]
        {{Customer Services Manager}}, [[organisation:Eastholm Cargo Centre]]
        """)),
    ("aviation", "success", prose("""
        New starter spots a DG misclassification. [[name:Ji-woo Park]] had been with
        [[organisation:Harrow & Lyle Freight]] for three weeks when she queried a
        {{Shipper's Declaration for Dangerous Goods}} for perfume samples booked on [[flight_number:NX418]].
        The declaration gave {{UN1266}}, {{Class 3}}, in a quantity per package above the passenger aircraft
        limit, yet ticked "passenger and cargo aircraft". The shipper's contact, [[name:Luc Moreau]]
        ([[phone:+33 1 99 00 48 21]]), had used an old template. [[name:Ji-woo]] asked her supervisor,
        [[name:Tunde]], who confirmed it had to be {{Cargo Aircraft Only}}; it was re-labelled and
        re-documented before it reached the airport. The {{freighter}} could have carried it legally, but on a
        disruption day it might have been moved to a passenger flight. She is being put forward for her
        {{Cat 6}} course early. Thanks to the team for making it easy for a new person to ask.
        """)),
    ("aviation", "near_miss", prose("""
        honest near miss. double shift on tugs on [[date:Sunday 8th]] – finished 22:30, back on at 04:30
        because the rota said so and nobody checked. about 05:15 I was towing three {{dollies}} of mail past
        the fuel farm, drifted over the {{airside road}} edge line and nearly clipped a {{fuel bowser}} parked
        by stand 9. the bowser driver flashed me and I corrected. I genuinely don't remember the 30 seconds
        before. I told [[name:Rose]] (shift supervisor) and she took me off driving for the rest of the shift
        and put me on {{ULD}} build, which was the right call. the {{rota system}} doesn't block less than 11
        hours between shifts for ramp staff, only for {{ATCOs}} and pilots. asking for it to.
        – [[name:D.M.]], ramp agent, {{Cargo Ops}}
        """)),
    ("aviation", "incident", prose("""
        Customs control failure – goods released from temporary storage before clearance. On
        [[date:19 November 2024]] eleven cartons of footwear (AWB [[case_reference:615-22051270]]) were
        collected from the [[organisation:Eastholm Cargo Centre]] {{ETSF}} by a haulier in vehicle
        [[vehicle_registration:BN72 KPF]] before the import declaration had been accepted on {{CDS}}. The
        warehouse system, {{Hermes WMS}}, showed "released" because a permission-to-progress message for a
        different consignment with a similar AWB ([[case_reference:615-22051207]]) had been matched on the
        first eight digits only. The error was found two days later by the customs broker,
        [[name:Rashida Mahmood]] of [[organisation:Brightwater Logistics]], when the declaration was rejected.
        The consignee paid duty and {{VAT}} in full and all goods were accounted for. {{HMRC}} was notified in
        writing (our ref [[case_reference:EHA-CUS-24-031]]) and has taken no penalty action. Actions: supplier
        patch to match on the full AWB and MRN; a second-person release check until the patch is proven; a
        review of our {{Temporary Storage}} authorisation conditions by the compliance lead,
        [[name:Neil Ashcroft]].
        """)),
    ("aviation", "success", block("""
        AOG spares – how we got it through in 3 hours
        Date: [[date:Fri 6 Dec 2024]]

        Who                       Role                             Contact
        [[name:Conor Keane]]      {{Maintenance Control}}, Dublin  [[phone:+353 1 555 0198]]
        [[name:Yasmin Haddad]]    {{import broker}}                [[email:yasmin.h@harrowlyle.example]]
        [[name:Pete]]             on-call bond clerk               [[phone:07700 900981]]
        {{Border Force}} duty officer

        [[aircraft_registration:EI-FXR]] went AOG on our stand with a failed starter generator. The
        replacement came in on [[flight_number:NX4110]] and was flagged AOG on the AWB and in the
        {{pre-lodged}} declaration, so [[name:Pete]] had it in the shed and on the {{CDS}} queue before the
        freighter was off stand. [[name:Yasmin]] cleared it under {{end-use relief}} within 40 minutes.
        Aircraft back in service at 17:20, two rotations saved.
        What made it work: one shared phone list (above) and everyone knowing who to ring.
        """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind98", REPORTS))


if __name__ == "__main__":
    main()
