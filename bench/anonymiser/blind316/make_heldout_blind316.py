"""Held-out blind corpus 316: 50 hand-written UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well the de-identifier generalises. Every person, organisation, place and number is invented.

Three settings:
- social_care (17): a council foster carer recruitment and support team (enquiries, Form F
  assessments, panel, supervising social workers, respite and emergency placements).
- health (17): a GP out-of-hours service (111 referrals, call handlers, treatment-centre bases,
  home-visiting cars and drivers, controlled drugs, clinical governance).
- aviation (16): an island inter-island air service (Islanders and Twin Otters, AFIS strips,
  a beach runway, medevac, loadsheets, ramp handling).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams/WhatsApp/Slack with handles), handover notes,
minutes with attendance and apologies, pipe-separated tables, RT transcripts, shout-outs and
thank-you notes. Identifiers are marked `[[label:value]]`; must-not-redact mentions (roles,
national bodies, clinical and aviation terms, equipment, generic times) are marked `{{term}}`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind316.jsonl"

SC, HE, AV = "social_care", "health", "aviation"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    (SC, "incident", prose("""
        rang back [[name:deb]] re her {{Form F}} 2nd visit - she said she got an email on fri
        w/ someone elses {{DBS}} paperwork attached!! looks like [[name:kasia]] sent the
        {{initial visit}} pack to [[email:debbie.hollins72@gmail.com]] not
        [[email:deb.hollis72@gmail.com]], {{autocomplete}} picked the wrong one. attachment had
        mr [[name:Adeyemi]]s full address ([[address:14 Kestrel Rise, Calderbrook]]
        [[postcode:CB4 7NW]]) + his {{NI}} no [[ni_number:JT 48 21 90 C]]. [[name:deb]] deleted
        it n confirmed by txt. told {{TM}} + logged w/ {{IG}} team, ref
        [[case_reference:IG-24-0317]]. need to ring mr [[name:Adeyemi]] tmrw to apologise,
        [[name:kasia]] v upset bless her. pls can we turn off autocomplete on the shared
        {{fostering inbox}}?? also shd we even be emailing {{DBS}} stuff, not via the {{portal}}
    """)),
    (SC, "near_miss", prose("""
        Panel papers for the {{fostering panel}} on [[date:Tuesday 9 April]] were prepared by the
        {{panel administrator}}. During the quality check on [[date:4 April]],
        [[name:Farah Siddiqui]] ({{Panel Adviser}}) noticed that the {{Form F}} assessment for the
        [[name:Okonjo-Reid]] household contained two paragraphs copied from a different
        assessment, including the first name of another applicant, [[name:Bronwen]], and her
        son's school, [[organisation:Pengarth Community Primary]]. The papers had not yet been sent
        to the {{Independent Chair}} or panel members. The {{assessing social worker}},
        [[name:Will Ferreira]], confirmed he had used a previous report as a template. The
        paragraphs were removed and the report reissued; no {{data breach}} notification was
        needed as the document had not left the service. Learning: templates should be blank
        master copies held on {{SharePoint}}, never old reports. Discussed at team meeting
        [[date:11/04/24]] and [[name:Will]] has agreed to present the learning at the next
        {{practice forum}}. Ref [[case_reference:FRS-NM-0412]].
    """)),
    (SC, "success", block("""
        [09:14] [[name:Joy Mensah]]: massive shout out to [[name:Hope]] 🙌 she stayed on the phone
        with the [[name:Karimi]] family till gone 10pm last night when their {{respite}} fell through
        [09:15] [[name:Joy Mensah]]: {{EDT}} had nobody, so she found an emergency {{respite carer}}
        (the [[name:Lindqvist]]s on [[address:Mill Lane, Ashcombe]]) & sorted the
        {{delegated authority}} form
        [09:16] [[name:Tomasz W]]: legend. [[name:hope]] u deserve a medal
        [09:17] [[name:Hope Adebayo-Clarke]]: lol thanks, [[name:Parisa]] did most of it tbh, she
        kept [[name:Dani]] ([[age:aged 11]]) calm on speaker while i did the {{placement plan}}
        [09:18] [[name:Joy Mensah]]: adding to the {{good practice}} log for {{supervision}} 👏
        ref [[case_reference:GP-2024-031]]
        [09:19] [[name:Tomasz W]]: and someone get the {{SSW}} a coffee
    """)),
    (SC, "incident", block("""
        From: [[name:Gareth Pryce-Evans]] <[[email:g.pryce-evans@calderbrook.gov.uk]]>
        To: Fostering Duty
        Sent: [[date:Monday 15 January 2024]] 16:42
        Subject: Carer address disclosed to birth parent - [[case_reference:CB/FC/7719]]

        Hi all,
        Raising this as an incident. At today's {{family time}} session at
        [[organisation:Northgate Family Centre]] the {{contact supervisor}} overheard
        {{birth mum}} tell [[name:Leah]] ([[age:aged 8]]) that she knew her carers lived on
        [[address:Rowan Crescent]]. It looks like a letter from the {{school nurse}} at
        [[organisation:St Bede's RC Primary]] went to mum with the carers' address as
        "home address". Carers ([[name:Sunny]] and [[name:Arjun Bhatt]]) informed at 15:30;
        {{safety plan}} reviewed with the {{child's social worker}} and {{team manager}}.
        {{Police}} not needed at this point.
        Actions: school to correct their {{MIS}} record; {{IRO}} informed; {{Reg 28}} not met.

        Thanks
        [[name:Gareth]]
        --
        [[name:Gareth Pryce-Evans]] | {{Supervising Social Worker}}
        [[organisation:Calderbrook Fostering Service]] | [[phone:01632 960 418]]
    """)),
    (SC, "near_miss", block("""
        Handover - {{duty SSW}}, Fri [[date:22/03]]
        - 14:05 [[name:Marek]] (carer) rang: his son [[name:Olek]] turns 18 on [[date:28 March]]
          and is moving back home for the {{Easter}} holidays.
        - 14:20 checked {{Mosaic}}: [[name:Olek]] will need a {{DBS}} + {{household member}}
          check before the [[name:Nowak]]s' {{respite}} weekend for [[name:Kyle]]
          [[date:29/03]]-[[date:31/03]]. Would have been an unchecked adult in the house.
        - 14:40 emailed the DBS link to [[email:marek.nowak@outlook.co.uk]]
        - 15:10 spoke to [[name:Kyle]]'s SW [[name:Nadia Haddad]]: agreed alternative
          {{respite}} with [[name:Pat]] & [[name:Bill Okafor]] ([[phone:07700 900 236]])
        - still to do: update {{safer caring policy}}, tell {{panel}} at {{annual review}}
        Near miss ref [[case_reference:NM-0329]]. Handed to [[name:Rhi]] for Mon.
    """)),
    (SC, "success", prose("""
        Learning from success - community recruitment evening at
        [[organisation:Eastfield Polish Saturday School]], [[date:18 May]]. Our enquiries from
        Eastern European families have been low for three years. This time an experienced
        {{foster carer}}, [[name:Agnieszka Wójcik]], co-hosted with our
        {{Recruitment Officer}} [[name:Faith Oyelaran-Hughes]] and spoke about her own journey in
        Polish. [[name:Faith]] had leaflets printed in Polish and Romanian and a dedicated
        enquiry line ([[phone:0800 046 1190]]) staffed that evening by [[name:Ionuț Popescu]].
        Result: 9 enquiries on the night, 4 {{initial visits}} booked, and 2 households now
        booked onto {{Skills to Foster}} in {{September}}. What made the difference:
        a trusted community venue, a carer voice rather than a {{social worker}} voice, and
        answering practical questions (spare bedroom, {{allowances}}, working full time) up
        front. We will repeat the model with the [[organisation:Al-Noor Community Centre]] in
        the autumn. Thanks also to {{Mrs}} [[name:Wójcik]]'s daughter [[name:Zuzia]] for
        the cakes!
    """)),
    (SC, "incident", block("""
        [[organisation:Calderbrook Fostering Service]] - incident review (minutes)
        Date: [[date:07/02/2024]]   Venue: {{Teams}}
        Present: [[name:Carys Lloyd]] ({{Team Manager}}, chair), [[name:Ibrahim Sesay]] ({{SSW}}),
        [[name:Mark Delaney]] ({{Placements Officer}}), [[name:Anh Nguyen]] ({{LAC nurse}})
        Apologies: [[name:Rose Kavanagh]] ({{IRO}}), [[name:JK]]

        1. Incident [[case_reference:INC-0207-14]]
        Carer Mrs [[name:Galloway]] gave [[name:Tyler]] ([[age:14yo]]) his evening {{melatonin}}
        twice on [[date:2 Feb]] after her husband had already given it. No harm; {{111}}
        advised monitoring. [[name:Tyler]] was fine and went to [[organisation:Brookside Academy]]
        as normal next day.
        2. Discussion
        [[name:Ibrahim]] noted there is no {{MAR chart}} in the home; each carer assumed the
        other hadn't done it. [[name:Mark]] said other households use a tick chart on the fridge.
        3. Actions
        - [[name:Ibrahim]] to take a MAR template to the [[name:Galloway]]s by [[date:9 Feb]]
        - [[name:Anh]] to add a {{medication}} refresher to {{Skills to Foster}} follow-on
        - [[name:Carys]] to share the learning at {{Fostering Panel}}
    """)),
    (SC, "near_miss", prose("""
        quick one for the log - left my work laptop on the back seat of the {{pool car}}
        ([[vehicle_registration:KX19 HBU]]) at [[organisation:Hollinsworth Leisure Centre]] while
        i ran the {{support group}} for an hour, car wasnt locked properly and the boot was open
        when i came back!! laptop still there thank god + the paper {{carer file}} for the
        [[name:Oduya]] household (has both kids {{care plans}} + carers {{bank details}}).
        nothing missing as far as i can tell. my fault, was juggling the flipchart + {{crèche}}
        bags. laptop has {{BitLocker}} so prob ok anyway but the paper file wouldnt have been.
        told [[name:Imogen]] ({{TM}}) straight away. learning - paper files shouldnt leave the
        office at all, scan what u need. also the fob on that car is dodgy, reported to
        {{fleet}}. - [[name:bex]]
    """)),
    (SC, "success", block("""
        Dear [[name:Ngozi]],
        Just a little card to say thank you from all of us. When [[name:Ellie-Mae]] first came
        to us on [[date:3rd November]] we honestly thought we'd bitten off more than we could
        chew. You rang every day that first fortnight, you came out on the {{Saturday}} when the
        {{social worker}} couldn't, and you got us onto the {{therapeutic parenting}} course at
        [[organisation:Harlow Road Family Hub]] within weeks. [[name:Ellie-Mae]] now does her
        reading with us every night and her {{teacher}} at [[organisation:Greenacre Primary]] says
        she's a different girl. Thanks also to [[name:Luis]] for the {{respite}} weekend, the
        boys still talk about the {{go-karts}}!
        With love and thanks,
        [[name:Grace]] & [[name:Femi Adewale-Brown]] xx

        (Card received [[date:15/01]], copied to the {{SSW}} team and the {{carer file}}.
        Added to the {{compliments log}} as [[case_reference:COMP-0091]].)
    """)),
    (SC, "incident", block("""
        Teams - Fostering Support chat - [[date:Thu 21 Mar]]
        [[name:priya.raman]] 10:02
        has anyone seen the carers' {{WhatsApp}} group this morning? one of the carers posted a
        pic from the {{Easter egg hunt}} with [[name:Mason]] and [[name:Lily-Rose]] in it,
        school jumpers and all ([[organisation:Oakfield Juniors]] logo clearly visible)
        [[name:dom.f]] 10:04
        oh no. [[name:Mason]]'s {{birth family}} aren't supposed to know what school he's at
        [[name:priya.raman]] 10:05
        exactly. 60+ people in that group incl {{prospective carers}} not yet approved
        [[name:Sade O]] 10:07
        I'm an {{admin}} on it, deleted it now. messaged the carer privately ([[name:Tina]]),
        she's mortified
        [[name:dom.f]] 10:09
        I'll let the {{CSW}} know + do the {{incident form}}, ref [[case_reference:INC-0321-02]]
        [[name:priya.raman]] 10:10
        can we repost the {{group rules}}? no pics of {{CLA}} ever, even from behind
    """)),
    (SC, "near_miss", block("""
        {{Health & Safety}} checklist - {{Form F}} stage 1 (revisit)
        Applicants: Mr [[name:Dariusz Kowalczyk]] & Ms [[name:Amber Leigh]]
        Address: [[address:The Old Forge, Hatch End Lane, Wickstead]] [[postcode:WK7 3PL]]
        Assessor: [[name:S. Achterberg]]   Date: [[date:12/06/24]]

        Item           | Status | Note
        Smoke alarms   | OK     | tested, 2 floors
        {{Garden pond}}    | FAIL   | uncovered, approx 1m deep - must be netted or fenced
        Dogs           | OK     | {{dog risk assessment}} done ({{Staffie}}, neutered)
        {{Firearms}}       | ???    | Mr [[name:Kowalczyk]] holds a {{shotgun certificate}}, not on form
        Medicines      | OK     | locked cabinet, kitchen

        Near miss: the previous assessor signed this section off on [[date:2 May]] without
        walking the garden or asking about the gun cabinet. Picked up on revisit before
        {{panel}}. Licence check requested from {{police}}; pond to be fenced before any
        {{placement}}.
    """)),
    (SC, "incident", block("""
        INCIDENT REPORT FORM - [[organisation:Calderbrook Council]] Children's Services
        Ref: [[case_reference:MFC-24-0558]]
        Child name: [[name:Kacper Zielinski]]
        DOB: [[date_of_birth:19/08/2010]]
        Placement address: [[address:22 Wren Close, Ashcombe]] [[postcode:AS2 9DG]]
        Carer(s): [[name:Shirley]] & [[name:Pat Mulholland]] ({{respite carers}})
        Date/time: [[date:26/04/24]] 21:30
        What happened: [[name:Kacper]] went to the shop and did not return by the agreed 9pm.
        Carers rang him 4 times, then reported him {{missing}} to {{police}} at 21:30 (log
        [[case_reference:PL-2604-1177]]) and {{EDT}}. He came back at 23:10 and said he'd been
        at a friend's on [[address:Denton Street]].
        What went wrong: as {{respite carers}} they only had the {{placement plan}}, not his
        {{missing from care protocol}}, which says to ring his {{key worker}} first.
        Actions: SSW to add the protocol to all {{respite}} packs; {{return home interview}}
        booked.
        Completed by: [[name:Olusegun Ade]], SSW
    """)),
    (SC, "near_miss", prose("""
        EDT log copied to fostering team - sat nite [[date:13/07]]. 2245 {{police}} need
        emergency bed for [[name:Reece]], [[age:13yo]], after {{PPO}}. 2300 found
        [[name:Jan]] & [[name:Steve Holloway]] on the {{emergency carers}} list, rang them,
        they said yes. 2320 when sending the {{placement info}} noticed the
        [[name:Holloway]]s are approved for 0-5 yrs only ({{approval range}}), so not within
        their approval. rang back n cancelled b4 child arrived, they were v understanding.
        2350 placed with [[name:Nkechi]] on [[address:Foxglove Way]] instead, approved 8-17.
        near miss cos the emergency carers list on the {{shared drive}} doesnt show approval
        range or {{vacancy}}. pls update!! - [[name:jd]] ({{EDT}})
    """)),
    (SC, "success", block("""
        Extract - {{Fostering Panel}} minutes, [[date:20 February 2024]]
        Item 3: Approval - [[name:Yusuf]] and [[name:Mariam Al-Sayed]], {{mainstream}} carers
        Panel: [[name:Helen Brightwater]] ({{Independent Chair}}), Dr [[name:Kwame Asante]]
        ({{Medical Adviser}}), [[name:Lowri]] ({{care-experienced member}}),
        [[name:Bill Thackeray]] ({{elected member}})
        Panel Adviser: [[name:Siobhán Ní Bhriain]]

        Panel commended the {{assessing social worker}}, [[name:Amara Osei]], for an
        exceptionally clear {{Form F}}. [[name:Amara]] arranged an Arabic interpreter for every
        visit from the start and completed the assessment in 19 weeks, well inside the
        {{Fostering Regulations}} timescale. Recommendation: approval for up to 2 children,
        {{short term}}. Unanimous.
        Learning to share: booking interpreters at the outset avoided the delays seen in
        [[case_reference:FP-23-114]].
    """)),
    (SC, "incident", block("""
        Chronology - allegation against foster carer (ref [[case_reference:LADO-0611-03]])
        [[date:10/06/24]] 16:10  [[name:Zainab]] ([[age:aged 15]]) tells a teacher at
                                 [[organisation:Ridgeway High School]] her foster carer
                                 grabbed her arm. {{DSL}} informs {{LADO}} and {{CSW}}.
        [[date:10/06/24]] 17:45  SSW [[name:Callum Rennie]] rings carer Mr [[name:Daniels]]
                                 to "check in" and mentions the allegation before any
                                 {{strategy meeting}}.
        [[date:11/06/24]] 10:00  Strategy meeting. {{Police}} concerned carer had time to
                                 speak to the other {{children in placement}}.
        [[date:12/06/24]]        {{Team Manager}} [[name:Harriet Moss]] reviews; SSW had not
                                 read the {{allegations procedure}} since induction.
        Learning: SSWs must not tell carers about an allegation until agreed at the strategy
        meeting ({{Working Together}}). Briefing by [[name:Harriet]] on [[date:19 June]].
    """)),
    (SC, "near_miss", block("""
        From: [[name:Rosa Pellegrini]]
        To: [[name:Dean Whitfield]]
        Cc: Fostering Recruitment
        Date: [[date:Wed 3 July]] 11:26
        Subject: RE: near miss - Skills to Foster invite

        Hi [[name:Dean]],
        As discussed, logging this. I drafted the joining instructions for the
        {{Skills to Foster}} course on [[date:13/07]] at [[address:Beacon House, Mill Street]]
        and put all 14 applicants' emails in the To field instead of {{BCC}}. Just as I hit
        send [[name:Hamza]] looked over and shouted, and I managed to {{Undo Send}} within
        the 10 seconds. Nothing went out (checked {{Sent Items}} and the message trace with
        IT, ticket [[case_reference:ITS-558213]]). Some applicants are {{connected persons}},
        so their names alone could identify {{looked after children}}.
        Suggestion: {{mail merge}} for every group email, and a second checker.
        Thanks,
        [[name:Rosa]]

        [[name:Rosa Pellegrini]] | {{Recruitment Officer}}
        [[phone:01632 960 771]] | [[email:rosa.pellegrini@calderbrook.gov.uk]]
    """)),
    (SC, "success", block("""
        WhatsApp - Kinship & Connected Persons
        [[date:02/08/2024]], 18:31 - [[name:Faith]]: Update - {{Reg 24}} temporary approval for
        {{nan}} ([[name:Maureen Kettle]]) agreed by the {{ADM}} today 🎉 [[name:Tilly]] &
        [[name:Ava]] stay with her tonight instead of going to strangers
        [[date:02/08/2024]], 18:33 - [[name:Olu]]: brilliant!! how did u get the {{DBS}} back so fast
        [[date:02/08/2024]], 18:35 - [[name:Faith]]: [[name:Wei]] in {{business support}} chased
        the police disclosure unit directly + the {{viability assessment}} was done on
        [[date:31 July]]. {{home visit}} same day
        [[date:02/08/2024]], 18:36 - [[name:Olu]]: team work 👏 [[name:wei]] ur a star
        [[date:02/08/2024]], 18:40 - [[name:Faith]]: nan's address for the {{placement plan}}:
        [[address:7 Harebell Court, Stanmoor]] [[postcode:SN8 2QA]] can someone update {{Mosaic}}
        [[date:02/08/2024]], 18:42 - [[name:Wei Zhang]]: done ✅
    """)),
    # ------------------------------------------------------------------ health (17)
    (HE, "incident", block("""
        Incident chronology - delayed home visit - ref [[case_reference:WUC-INC-24-0183]]
        Patient: [[name:Ethel Marchbank]], [[age:91]], NHS no [[nhs_number:401 023 2137]]
        [[date:Sat 16 Dec]]
        18:12  {{NHS 111}} referral: "drowsy, off legs, ?{{UTI}}" - 2 hour visit disposition
        18:40  Triage by Dr [[name:Obi]]: agrees {{home visit}} within 2h
        19:05  Visit car [[vehicle_registration:WU71 KTX]] held at
               [[organisation:Harbourside Treatment Centre]]: one driver covering two cars
        21:10  Daughter [[name:Lorraine]] rings back, "mum's much worse"; re-triaged by
               {{ANP}} [[name:Tendai Moyo]] and upgraded to 1h
        22:55  Visit: {{NEWS2}} 9, BP 82/50, temp 38.9. {{999}} called, {{Sepsis Six}} started
        23:40  Conveyed to [[organisation:St Oswald's Hospital]] {{ED}}
        Outcome: admitted for {{IV antibiotics}}, now recovering on the ward.
        Contributory factors: 1 of 3 cars off road, driver sickness, and no escalation to the
        {{on-call manager}} when the visit breached the {{NQR}} timeframe.
    """)),
    (HE, "near_miss", prose("""
        nearly gave a script for {{amoxicillin}} to the wrong mrs [[name:Khan]] at base tonite.
        2 pts in the waiting rm at the same time - [[name:Shazia Khan]]
        ([[date_of_birth:04/03/1988]]) with {{tonsillitis}} and [[name:Rubina Khan]]
        (DOB [[date_of_birth:11/09/1952]]) with a {{UTI}}, and Rubina is {{penicillin}} allergic
        + on {{methotrexate}}!! i called out "mrs [[name:Khan]]" n the wrong one came in, only
        realised when i did {{positive ID}} (name + DOB) b4 handing over the {{FP10}}. no harm,
        she hadnt left the room. we need to call pts by first name + surname, n reception cd
        flag same-surname pts on the {{Adastra}} board. [[name:ayesha]] on reception agreed to
        raise it at the {{huddle}}. - [[name:tom b]], {{ANP}}
    """)),
    (HE, "success", block("""
        #shout-outs - [[organisation:Wyvern Urgent Care]]
        [[name:mo.rahman]] 07:58
        huge thanks to our driver [[name:Sunny]] last night ❄️ the road to [[address:Upper Cleeve]]
        was shut so he took Dr [[name:Inês Carvalho]] up the farm track in the {{4x4}} and got her
        to a {{palliative}} patient so the {{syringe driver}} was running before 2am. family so
        grateful
        [[name:Inês Carvalho]] 08:03
        +1000, he also dug the car out twice 😂 and rang the family every 10 mins with an {{ETA}}
        [[name:Bea]] ({{rota}}) 08:10
        nominating him for {{Star of the Month}}
        [[name:Sunny]] 08:15
        cheers all, just doing my job. shout out to [[name:Marta]] on {{dispatch}} who kept
        ringing {{Highways}} for me, and [[name:Inês]] for putting up with my driving lol
    """)),
    (HE, "incident", block("""
        OOH INCIDENT FORM
        Incident ref: [[case_reference:DX-44127]]
        Date of incident: [[date:03/01/2024]]   Time: 02:15
        Reported by: [[name:Joanna Wiśniewska]], {{Call Handler}}
        Patient name: [[name:Aled Hughes]]
        DOB: [[date_of_birth:22/07/1979]]
        NHS no: [[nhs_number:485 777 3023]]
        Address: [[address:Flat 3, 41 Quay Street, Porthmadden]] [[postcode:PM3 1QE]]
        Registered GP: [[organisation:Castle Mews Surgery]]
        Description: the caller was matched on the {{PDS}} trace to another [[name:Aled Hughes]]
        with a different DOB. The {{GP}} triaged using the wrong {{SCR}}, which showed {{asthma}}
        but not his {{penicillin allergy}}. {{Co-amoxiclav}} was sent by {{EPS}} to
        [[organisation:Lomax Pharmacy]]; he took one dose and developed an itchy rash.
        Immediate action: Dr [[name:Hemi Parata]] rang him at 09:30, stopped the antibiotic,
        advised {{chlorphenamine}} and switched to {{clarithromycin}}. Harm: low.
        Learning: confirm DOB and first line of address before accepting a PDS match.
    """)),
    (HE, "near_miss", block("""
        Base handover - [[organisation:Kingsbridge Urgent Care Centre]] - nights to days, [[date:Sun 21st]]
        - {{CD register}}: {{morphine sulfate}} 10mg/1ml count 9 vs 10 in register at 07:00 check
        - Found: amp used at 03:20 by Dr [[name:Faisal Qureshi]] for Mr [[name:Tallis]]
          (case [[case_reference:AD-908812]]); written on the {{visit car}} CD sheet but not
          transferred to the base register
        - Reconciled 07:40, witnessed by [[name:Ruth]] ({{RN}}). Would otherwise have gone to
          the {{CDAO}} as a loss
        - Other: {{drug fridge}} 2-8 all night, {{AED}} checked, car [[vehicle_registration:WU68 RZP]]
          front tyres low, told {{fleet}}
        - [[name:Faisal]] aware and has signed the register
        Handed over to [[name:Grace Mwangi]] by [[name:Lewis]]
    """)),
    (HE, "success", block("""
        From: [[email:sandra.fogarty61@btinternet.com]]
        To: [[email:patientexperience@wyvernuc.nhs.uk]]
        Date: [[date:29 Jan 2024]]
        Subject: Thank you for looking after my dad

        To whom it may concern,
        My father [[name:Desmond Fogarty]], who is [[age:84]], became confused on {{Friday}} night
        and we rang {{111}}. Within the hour Dr [[name:Priya Venkataraman]] was at his door. She
        was calm and kind and noticed what three of us had missed: his {{furosemide}} had been
        put in his {{blister pack}} twice by mistake and he was badly dehydrated. She rang the
        {{on-call pharmacist}}, sorted his tablets and asked the {{district nurses}} to call on
        Saturday. {{Dad}} stayed at home, which is all he wanted. Please pass on our thanks.
        Kind regards,
        [[name:Sandra Fogarty]] (daughter)
        ---
        Fwd to {{Clinical Lead}} for {{Learning from Excellence}}; will share at GP forum. [[name:HJ]]
    """)),
    (HE, "incident", block("""
        From: [[name:Neil Cartwright]] <[[email:neil.cartwright@wyvernuc.nhs.uk]]>
        To: {{Clinical Governance}}; Ops Leads
        Date: [[date:12 May 2024]] 23:58
        Subject: Adastra outage tonight - incident [[case_reference:WUC-INC-24-0412]]

        All,
        Between 19:20 and 21:05 {{Adastra}} was down across all bases. We moved to the paper
        {{business continuity}} forms as planned, but 47 cases had to be re-keyed and one was
        missed: Mrs [[name:Beatrix Young]] ([[age:67]]), case [[case_reference:AD-913377]],
        {{chest pain}} callback. Dr [[name:Oyinlola Bankole]] called her back 3h late and sent
        her to {{ED}} at [[organisation:Royal Wyvern Infirmary]], where she had an {{NSTEMI}}.
        Contributory: the BC pack still lists an old number ([[phone:01632 960 044]]) for the
        {{IT on-call}}, so it took 50 minutes to reach anyone.
        I've asked [[name:Callie]] to reconcile every paper sheet against the system tomorrow.
        [[name:Neil]]
        --
        [[name:Neil Cartwright]], {{Operations Manager}}, [[organisation:Wyvern Urgent Care]]
        [[phone:07700 900 581]]
    """)),
    (HE, "near_miss", block("""
        Visit bag check - car [[vehicle_registration:WU19 AEF]] - [[date:08/08/24]] - [[name:Kofi]] & [[name:Liesel]]
        Item                   | Qty | Status
        {{Adrenaline 1:1000}}      | 3   | in date
        {{Benzylpenicillin}} 1.2g  | 2   | 1 EXPIRED last month !!
        {{Salbutamol}} nebules     | 6   | in date
        {{Glucagon}}               | 1   | missing - restocked
        {{Naloxone}}               | 2   | in date

        Near miss: at 21:40 Dr [[name:Elif Demir]] visited a [[age:4-year-old]] with fever and a
        {{non-blanching rash}} at [[address:Orchard View, Kings Barton]] and drew up the expired
        vial before noticing the date. Used the in-date vial instead. Child to
        [[organisation:St Oswald's Hospital]] by {{999}}.
        The bag had been signed as checked on [[date:1 Aug]] by "[[name:R.T.]]" but the expiry
        column was blank. Proposal: an {{expiry tracker}} per car, checked weekly by the
        {{shift lead}}.
    """)),
    (HE, "incident", block("""
        [[date:14/02/2024]], 01:12 - [[name:Gaz]]: just had a bump in car 3
        ([[vehicle_registration:WU70 BNE]]) at the lights on [[address:Stennack Road]], someone
        went into the back of us
        [[date:14/02/2024]], 01:13 - [[name:Hollie]] ({{sup}}): omg ok? anyone hurt? who's on board
        [[date:14/02/2024]], 01:14 - [[name:Gaz]]: Dr [[name:Wiremu]] + me, both fine, bit of
        {{whiplash}} maybe. other car is [[vehicle_registration:YD15 XKM]], driver was on his phone.
        got it on the {{dashcam}}
        [[date:14/02/2024]], 01:16 - [[name:Hollie]]: get photos + his {{insurance}}, do the
        {{Datix}} when back and ring {{fleet}} on [[phone:0345 601 2277]]. moving your 01:30
        visit to car 1 ([[name:Bogdan]])
        [[date:14/02/2024]], 01:18 - [[name:Bogdan]]: on it 👍
        [[date:14/02/2024]], 01:20 - [[name:Gaz]]: {{police}} not needed apparently. the
        {{end of life}} pt will be 40 mins late, {{GP}} has rung the family
    """)),
    (HE, "success", prose("""
        Learning from excellence. On [[date:Sunday 2 June]] at about 16:00 a
        [[age:14-month-old]] girl, [[name:Zofia Kamińska]], was brought into
        [[organisation:Harbourside Treatment Centre]] by her father, who had been told by
        {{111}} to attend within 2 hours for a "viral rash". The {{streaming}} nurse,
        [[name:Hywel]], noticed she was floppy and mottled and took her straight through to
        {{ANP}} [[name:Joy Akintola]]. [[name:Joy]] found a {{non-blanching rash}}, a capillary
        refill of 4 seconds and a heart rate of 190, recognised {{meningococcal sepsis}} using
        the {{NICE}} {{traffic light}} system, gave {{IM benzylpenicillin}} and called {{999}}.
        [[name:Zofia]] went to {{PICU}} at [[organisation:Royal Wyvern Infirmary]] and home ten
        days later. What went well: streaming by how the child looked rather than by the 111
        disposition; the ANP acting without waiting for a GP; a clear {{SBAR}} handover to the
        crew. We will use this case at the next {{paediatric}} study day.
    """)),
    (HE, "near_miss", block("""
        Call transcript (excerpt) - case [[case_reference:AD-771034]] - [[date:09/03/24]] 22:47
        {{CH}}: Out of hours, you're speaking to [[name:Nadia]], can I take the patient's name?
        Caller: It's my husband, [[name:Graham Pike]].
        CH: And his date of birth?
        Caller: [[date_of_birth:5th of May 1958]].
        CH: First line of the address and the postcode?
        Caller: [[address:Ty Gwyn, Llanfair Road, Pentre Isaf]], [[postcode:LL29 8TE]].
        CH: What's the main problem tonight?
        Caller: He's had a fall in the garden, he's on {{warfarin}} and he's bumped his head.
        CH: Okay, I'll book a call back from a {{clinician}} within two hours.

        Reviewer note ([[name:Ola Adeyemi-Brooks]], {{Clinical Navigator}}): a {{head injury}}
        on an {{anticoagulant}} should have reached an ambulance disposition in
        {{NHS Pathways}}; "fall" was selected, not "head injury". I spotted it on the queue
        6 minutes later and arranged {{ED}} via {{999}}. {{CT head}} clear. [[name:Nadia]] has
        had supportive feedback and a Pathways refresher.
    """)),
    (HE, "incident", block("""
        Clinical Governance Group - minutes
        Date: [[date:18 April 2024]]   Location: [[organisation:Wyvern Urgent Care]] HQ and {{Teams}}
        Present: Dr [[name:Hannah Lowe]] ({{Medical Director}}, chair), [[name:Chidi Eze]]
        ({{Head of Nursing}}), [[name:Patrick Owusu]] ({{Governance Lead}}), [[name:Lin Yao]]
        ({{Pharmacist}}), [[name:Dawn Ritchie]] ({{Patient Safety Partner}})
        Apologies: Dr [[name:Rhodri Bevan]], [[name:Ffion]]

        Item 4 - {{PSII}} [[case_reference:SI-2024-007]]: missed {{cauda equina syndrome}}
        A [[age:38-year-old]] man rang at 03:00 on [[date:2 March]] with back pain and "numbness
        down below". Triaged as routine {{musculoskeletal}} and advised {{naproxen}}. Seen in
        {{ED}} 30 hours later; {{MRI}} confirmed CES; surgery at
        [[organisation:Royal Wyvern Infirmary]]. Ongoing {{bladder}} symptoms.
        [[name:Patrick]] presented: {{red flag}} prompts missing from the clinician template;
        clinician was on a 13-hour shift.
        Actions: [[name:Lin]] and Dr [[name:Lowe]] to add CES red flags to the template by
        [[date:31 May]]; [[name:Dawn]] to co-produce the letter to the patient.
    """)),
    (HE, "near_miss", prose("""
        visited mr [[name:abbott]] at [[address:Larkspur Cottage, Fenny Lane]] for {{EOL}} call
        about 0310. wife [[name:june]] had panicked n rung {{999}} first, {{ambulance}} crew
        arrived same time as me n were about to start {{CPR}} as there was no {{DNACPR}} /
        {{ReSPECT}} form in the house. i found it on the {{SCR}} + {{EPaCCS}} on my laptop n
        showed the crew, they stood down. mr [[name:abbott]] died peacefully at 0340 with
        [[name:june]] holding his hand. near miss - the paper form shd have been in the house
        but was left at [[organisation:Millbrook Surgery]] after his review on [[date:5/11]].
        emailed the {{practice manager}}. also {{just in case meds}} were there but no
        {{authorisation chart}}, took ages. - dr [[name:f. achebe]]
    """)),
    (HE, "success", block("""
        SHOUT-OUT 🌟
        Please join me in thanking [[name:Kieran O'Dowd]], one of our {{call handlers}}, for a
        really difficult call on [[date:Friday 8th]]. A young woman rang in distress, said she
        had taken an {{overdose}} of {{paracetamol}} and {{sertraline}} and would not give her
        address. [[name:Kieran]] kept her talking calmly for 40 minutes while [[name:Robin]] on
        the next desk got {{police}} and {{ambulance}} moving. He picked up her mention of the
        bus stop outside [[organisation:Fernhill Community College]], which is how they found
        her. She is safe and now with the {{crisis team}}. [[name:Kieran]] went straight back
        on the phones afterwards, so please make sure he takes his {{wellbeing}} break and the
        {{TRiM}} offer. Thanks also to our {{mental health practitioner}},
        [[name:Holly Brennan]], for the debrief.
        [[name:Natasha]]
        {{Call Centre Manager}}
    """)),
    (HE, "incident", prose("""
        On [[date:27 December]] a [[age:72-year-old]] woman, Mrs [[name:Gwendolyn Price]]
        (NHS [[nhs_number:612 908 4471]]), was seen at [[organisation:Kingsbridge Urgent Care Centre]]
        with a chest infection. The treating {{GP}}, a locum new to the service, prescribed
        {{clarithromycin}} 500mg twice daily. She takes {{warfarin}} for
        {{atrial fibrillation}}; this was on her {{SCR}}, but the clinician did not open it, and
        no interaction alert fires when we prescribe on the paper {{FP10}} pad. Four days later
        her {{INR}} at [[organisation:Priory Fields Medical Practice]] was 8.2 and she had a
        {{nosebleed}} needing {{vitamin K}}. No lasting harm. The locum, Dr
        [[name:Stefan Lindgren]], has reflected with his {{appraiser}}, and the service has added
        a mandatory {{medicines reconciliation}} tick box for paper prescribing. Ref
        [[case_reference:WUC-INC-24-0011]]. Reported by [[name:Ama]] ({{Lead Nurse}}).
    """)),
    (HE, "near_miss", block("""
        #dispatch-nights
        [[name:carl.b]] 00:41 car 2 en route to [[address:12 Meadow Road, Elmbridge]] for
        Mr [[name:Ashworth]]'s {{blocked catheter}}
        [[name:amina.y]] 00:52 {{sat nav}} puts [[address:Meadow Road]] at [[postcode:EB4 6TD]]
        but the case says [[postcode:EB14 6TD]]??
        [[name:carl.b]] 00:53 can someone ring the {{pt}}
        [[name:fatima.k]] 00:55 rang the number on the case, he's at
        [[address:12 Meadow Road, Elmbury]], different town 25 miles away. {{111}} mis-keyed the
        postcode and the {{PAF}} lookup picked the nearest match
        [[name:amina.y]] 00:56 turning round. car 4 ([[name:Gethin]]) is nearer, can he take it?
        [[name:carl.b]] 00:58 reassigned to car 4, new {{ETA}} 01:30. logging as near miss
        [[case_reference:NM-DSP-2291]]
        [[name:fatima.k]] 01:02 Mr [[name:Ashworth]] uncomfortable but no {{fever}}, told him
        the car is coming. could the {{dispatcher}} screen show the postcode town?
    """)),
    (HE, "success", block("""
        Resus debrief - [[organisation:Harbourside Treatment Centre]] - [[date:Tue 9 Jan]]
        19:32  Man, [[age:58]], collapses in the waiting room. {{Receptionist}} [[name:Precious]]
               shouts for help
        19:33  {{HCA}} [[name:Tomás Ó Briain]] starts {{CPR}}; {{ANP}} [[name:Mark Ellery]]
               brings the {{AED}}
        19:35  AED advises shock, 1 shock delivered, CPR continued
        19:36  {{999}} called by [[name:Precious]]
        19:38  {{ROSC}}
        19:41  Dr [[name:Sushila Rao]] manages airway and {{oxygen}}; {{12-lead ECG}} shows {{STEMI}}
        19:52  Ambulance on scene, {{pre-alert}} to the {{cath lab}} at
               [[organisation:Royal Wyvern Infirmary]]
        Mr [[name:Conlon]] had {{PCI}} that night and came back last week to thank the team.
        What went well: CPR within a minute, AED where it should be, calm clear roles.
        Learning: the waiting room has no {{emergency buzzer}}; one is being fitted.
        Debrief led by [[name:Sushila]]; {{TRiM}} offered to [[name:Precious]] and [[name:Tomás]].
    """)),
    # ------------------------------------------------------------------ aviation (16)
    (AV, "incident", block("""
        AIR SAFETY REPORT - [[organisation:Skerra Airways]]
        ASR no: [[case_reference:ASR-24-061]]   Date: [[date:14/09/2024]]
        Flight: [[flight_number:HQ402]] [[organisation:Hallasay Airport]] to [[organisation:Torrsay Airfield]]
        Aircraft: {{BN-2B Islander}} [[aircraft_registration:G-HBRN]]
        Commander: Capt [[name:Eilidh MacAulay]]

        During the {{take-off roll}} on {{runway 25}} at about 40 kt a flock of
        {{oystercatchers}} rose from the grass on the left. Several struck the left
        {{wing leading edge}} and one hit the {{windscreen}}. I carried out a
        {{rejected take-off}} and taxied back to the {{apron}}; the 7 passengers disembarked
        normally. Engineer [[name:Angus Mòr Macleod]] found dents but no {{engine}} damage.
        The {{AFISO}}, [[name:Callum]], said the morning {{bird scaring}} run had been missed
        because the {{RFFS}} vehicle was away refuelling. {{MOR}} submitted to the {{CAA}}.
        Aircraft {{AOG}} until [[date:16/09]]; passengers rebooked on [[flight_number:HQ404]].
    """)),
    (AV, "near_miss", prose("""
        ramp nr miss this am - pax (elderly gent, think mr [[name:Buchanan]]) walked off towards
        the {{prop}} on the running side of [[aircraft_registration:G-ORSY]] after getting off
        [[flight_number:HQ211]]. our handler [[name:ross]] grabbed his arm about 3m from it.
        pilot ([[name:Jakub]]) had only shut down the pax side {{engine}} as per the
        {{quick turn}} {{SOP}} but there was only 1 handler on the {{apron}} as [[name:effie]]
        was in the {{baggage}} shed. mr [[name:Buchanan]] is hard of hearing + didnt hear the
        {{safety brief}}. suggest no {{engine running}} turnarounds with less than 2 handlers.
        [[name:ross]] a bit shaken, gave him a brew. - [[name:kirsty]] ({{ops}})
    """)),
    (AV, "success", block("""
        🌟 Thank you, [[name:Marsaili]]! 🌟
        On [[date:Sat 6 July]] the {{Coastguard}} asked at 22:50 whether
        [[organisation:Brinna Airstrip]] could open for the {{air ambulance}} to collect a
        [[age:2-year-old]] with breathing difficulties. [[name:Marsaili]], our {{AFISO}}, was on
        her day off but came straight in, got the {{runway lights}} and {{windsock}} lit, and
        with [[name:Donnie]] and [[name:Seonag]] from the {{fire crew}} had the strip ready in
        25 minutes. The {{King Air}} landed at 23:40 and the wee one reached
        [[organisation:Queen Margaret Children's Hospital]] that night and is doing well. Her
        mum has written in to say thank you.
        Brilliant teamwork under pressure, and a textbook {{NOTAM}} and log entry afterwards.
        [[name:Rob]], {{Ops Manager}}, [[organisation:Skerra Airways]]
    """)),
    (AV, "incident", block("""
        RT transcript - [[organisation:Torrsay Airfield]] {{AFIS}} - [[date:22 Oct 2024]] (UTC)
        14:02:10 [[flight_number:Skerra Four Zero Two]]: [[organisation:Torrsay Information]],
          [[flight_number:Skerra Four Zero Two]], ten miles south-west, two thousand feet,
          inbound with information {{Kilo}}
        14:02:25 AFISO: [[flight_number:Skerra Four Zero Two]], [[organisation:Torrsay Information]],
          runway 27, {{QNH}} niner niner six, surface wind 240 degrees 15 knots gusting 25
        14:02:35 [[flight_number:Skerra Four Zero Two]]: runway 27, QNH one zero zero six,
          [[flight_number:Skerra Four Zero Two]]
        14:06:50 [[flight_number:Skerra Four Zero Two]]: going around, {{TAWS}} warning

        Notes ([[name:Mairead]], {{AFISO}}): I did not catch the incorrect {{readback}}. With
        1006 set the altimeter over-read by about 300 ft on the {{RNP approach}}. Capt
        [[name:Fionnlagh Ross]] flew a {{go-around}} on the TAWS alert and landed on the second
        approach with 996 set. Flight [[flight_number:HQ402]], [[aircraft_registration:G-TWOT]]
        ({{DHC-6}}). {{MOR}} raised; readback discipline added to our {{CRM}} day.
    """)),
    (AV, "near_miss", block("""
        Ops log - [[organisation:Hallasay Airport]] - [[date:03/03/24]]
        0710  [[aircraft_registration:G-BVXL]] ({{Twin Otter}}) uplift 400 L {{Jet A-1}} recorded
              by bowser driver [[name:Hamish Gillies]]
        0725  Capt [[name:Siân Prydderch]] dips the tanks on the {{walkround}}: about 150 L less
              than the {{fuel docket}}
        0730  [[name:Hamish]] checks the {{bowser}} meter: reset fault, actual uplift ~250 L
        0740  Topped up and re-dipped, {{tech log}} entry corrected, witnessed by
              {{F/O}} [[name:Kenji Mori]]
        0755  [[flight_number:HQ120]] departs 25 min late
        Note: without the dip, [[flight_number:HQ120]] would have left with less than
        {{final reserve}} plus {{diversion}} fuel had the weather at
        [[organisation:Vallin Beach Airfield]] closed in. Bowser tagged {{u/s}}, engineering
        ref [[case_reference:ENG-0303-07]].
    """)),
    (AV, "success", block("""
        From: [[name:Catriona Beaton]] <[[email:c.beaton@skerra-air.co.uk]]>
        To: Ground Ops - [[organisation:Torrsay Airfield]]
        Date: [[date:Mon 19 Feb]] 08:15
        Subject: Thank you - [[flight_number:HQ305]] stretcher transfer

        Morning all,
        Passing on the captain's thanks for {{Friday}}. We had a {{stretcher}} patient for
        [[organisation:Stornhaven General Hospital]] booked late, plus a {{guide dog}} and a full
        load. [[name:Iain]] and [[name:Peigi]] reconfigured the cabin, fitted the
        {{stretcher kit}} and re-did the {{loadsheet}} in 20 minutes, and [[name:Peigi]] went
        through the {{DG}} form for the patient's {{oxygen}} cylinder with the
        {{nurse escort}}. We left on time. Capt [[name:Ruairidh]] said it was the smoothest
        stretcher turn he's had. I've put it in the {{safety}} newsletter as good practice.
        Thanks,
        [[name:Catriona]]
        --
        [[name:Catriona Beaton]]
        {{Duty Ops Controller}} | [[organisation:Skerra Airways]] | [[phone:01870 602 419]]
    """)),
    (AV, "incident", block("""
        LOADSHEET extract - [[flight_number:HQ215]] - [[aircraft_registration:G-SKRA]] - [[date:11 May 2024]]
        Seat | Passenger                                   | Std kg | Actual kg
        1    | [[name:MACINNES/KENNETH]] MR                       | 84     | n/a
        2    | [[name:ABUBAKAR/HALIMA]] MS                        | 84     | n/a
        3-8  | [[organisation:Torrsay Shinty Club]] (6 pax)       | 504    | 582
        Hold | team kit bags                               | 60     | 137

        Narrative: the sheet used {{standard weights}} and the team's kit (6 bags with
        {{camans}}) was estimated, not weighed. On take-off the {{Islander}} rotated early and
        the pilot, [[name:Ewan]], needed full forward {{trim}}; the {{CG}} was probably aft of
        limits. Landed normally. Bags weighed on arrival: 137 kg against 60 kg on the sheet.
        Causes: late {{check-in}}, handler [[name:Leanne]] under time pressure, and the
        {{check-in scales}} {{u/s}} since [[date:2 May]]. Ref [[case_reference:ASR-24-049]].
    """)),
    (AV, "near_miss", block("""
        WhatsApp - [[organisation:Brinna Airstrip]] ops
        [[date:27/08/2024]], 16:03 - [[name:Seonag]]: heads up, {{fire tender}} was still on the
        runway doing the {{FOD}} sweep when [[flight_number:HQ331]] called 4 miles final
        [[date:27/08/2024]], 16:04 - [[name:Marsaili]]: I know, my fault, I'd cleared them on
        then got a phone call. told the {{pilot}} runway occupied and he {{orbited}}
        [[date:27/08/2024]], 16:05 - [[name:Donnie]]: we were off in under a minute, no drama
        [[date:27/08/2024]], 16:07 - [[name:Rob]]: thanks for the honesty. pls put it on the
        {{SMS}} as a {{runway incursion}} near miss. was the {{strip board}} marked?
        [[date:27/08/2024]], 16:09 - [[name:Marsaili]]: no 😬 raising it now, ref
        [[case_reference:OCC-2708-01]]
        [[date:27/08/2024]], 16:10 - [[name:Rob]]: cheers. {{Just Culture}}, nobody's in trouble
    """)),
    (AV, "incident", block("""
        PASSENGER INJURY REPORT
        Ref: [[case_reference:PIR-24-0012]]
        Flight: [[flight_number:HQ118]]   Aircraft: [[aircraft_registration:G-HBRN]] ({{Islander}})
        Date: [[date:05/01/2024]]   Station: [[organisation:Vallin Beach Airfield]]
        Passenger name: [[name:Morag Nicolson]]
        DOB: [[date_of_birth:30/11/1941]]
        Address: [[address:Taigh na Mara, Ardnish]] [[postcode:HS9 4QW]]
        Tel: [[phone:07700 900 863]]
        What happened: Mrs [[name:Nicolson]] missed the bottom of the {{boarding step}} in
        {{sleet}} and fell onto the sand, grazing her wrist. Handler [[name:Donald John]]
        helped her up and gave {{first aid}}. She chose to travel and was met by the
        {{district nurse}} at [[organisation:Hallasay Airport]].
        Contributory: no {{handrail}} on the step; it was dark and the {{apron}} floodlight was out.
        Follow-up: seen at [[organisation:Hallasay Medical Practice]] next day, {{X-ray}} clear.
    """)),
    (AV, "success", block("""
        Safety Action Group - minutes
        Date: [[date:30 May 2024]]   Chair: [[name:Rob Sinclair]] ({{Head of Safety}})
        Attendees: Capt [[name:Eilidh MacAulay]], F/O [[name:Kenji Mori]],
        [[name:Marsaili Campbell]] ({{AFISO}}), [[name:Iain Mackinnon]] ({{Ground Ops}}),
        [[name:Zara Qureshi]] ({{Compliance}})
        Apologies: [[name:Catriona]], Capt [[name:Hugh-Angus Ferguson]]

        3. Good practice - crew {{CRM}} on [[flight_number:HQ227]]
        [[name:Kenji]] described how, on [[date:14 May]], he queried a {{tech log}} deferral for
        the {{pitot heat}} before departure into forecast {{icing}}. Capt [[name:MacAulay]]
        agreed to delay; engineering found a failed element. The group agreed this was an
        excellent example of {{speaking up}} by a junior pilot. [[name:Rob]] to write it up for
        the {{CAA}} safety culture review.
        4. Actions: add the case to {{recurrent training}}; [[name:Zara]] to check {{MEL}} wording.
    """)),
    (AV, "near_miss", block("""
        RT extract - [[organisation:Hallasay Airport]] {{AFIS}} - [[date:Thu 12th]] (UTC)
        09:14:05 [[flight_number:Skerra Two One One]]: [[organisation:Hallasay Information]],
          [[flight_number:Skerra Two One One]], lined up {{runway 07}}, ready for departure
        09:14:12 {{AFISO}}: [[flight_number:Skerra Two One One]], no reported traffic, take-off at
          your discretion, surface wind 050 degrees 10 knots
        09:14:20 [[flight_number:Rescue 977]]: [[organisation:Hallasay Information]],
          [[flight_number:Rescue 977]], short final runway 07, landing
        09:14:24 [[flight_number:Skerra Two One One]]: holding position, traffic on final

        Notes ([[name:Fenella]], {{AFISO}}): [[flight_number:Rescue 977]] had been working the
        {{Coastguard}} frequency and called us at 2 miles. The {{SAR}} ops room had not passed
        their inbound. Capt [[name:Jakub Nowicki]] saw the {{S-92}} {{landing light}} and held.
        No loss of separation but it was close. Agreed with the base that SAR will call on our
        frequency at 10 miles. {{MOR}} filed.
    """)),
    (AV, "incident", block("""
        Station handover - [[organisation:Torrsay Airfield]] - [[date:18/10]] evening
        - [[flight_number:HQ340]] ([[aircraft_registration:G-ORSY]]): smell of burning from the
          rear hold on taxi in. Captain [[name:Ewan]] shut down on {{stand}}, {{RFFS}} attended.
        - Source: {{vape}} switched on inside a checked holdall belonging to pax
          [[name:Lachlan Dunn]] (booking [[case_reference:SKR7QX]]). Bag singed, no fire.
          {{Dangerous goods}}: vapes are cabin baggage only.
        - Pax says nobody asked at check-in. Check-in was [[name:Leanne]]; the {{DG}} question is
          on the script but she was covering two desks.
        - {{DGOR}} to the {{CAA}} submitted 19:40 by [[name:Amber]], ref [[case_reference:DGOR-24-003]]
        - Aircraft cleared by {{engineer}} [[name:Sandy]], back in service for the morning.
        Handed to: [[name:Faye]] (nights)
    """)),
    (AV, "success", prose("""
        On [[date:8 August]] I was operating [[flight_number:HQ156]] from
        [[organisation:Brinna Airstrip]] to [[organisation:Hallasay Airport]] in {{Islander}}
        [[aircraft_registration:G-SKRA]] with 8 passengers, including a [[age:6-month-old]]
        baby on a lap. About 6 minutes after departure, at 1500 ft over water, the right engine
        began to run rough with a drop in {{manifold pressure}}. I followed the {{QRH}}:
        {{carb heat}} on and {{mixture}} rich, with no improvement, so I reduced power on that
        engine and made a {{precautionary return}}. The {{AFISO}}, [[name:Fenella]], had the
        {{fire crew}} on standby and the runway clear by the time I was on final. Landed without
        incident. Engineering found a cracked {{spark plug}} lead. What went well: the recent
        {{recurrent training}} on rough running, a good passenger brief, and
        [[name:Fenella]]'s calm calls. I would like [[name:Fenella]] recognised for this.
        Capt [[name:Ilse van der Berg]]
    """)),
    (AV, "near_miss", prose("""
        beach ops near miss - [[organisation:Vallin Beach Airfield]] [[date:tues 4th]].
        schedule had [[flight_number:HQ118]] landing 1150 but {{high water}} was 1208
        ({{spring tide}}) and the {{tide table}} on the ops board was last month's!!
        [[name:shona]] at the strip noticed water on the {{cockle strand}} end of the NE runway
        at 1120, rang ops, we held the {{a/c}} ([[aircraft_registration:G-HBRN]]) on the ground at
        [[organisation:Hallasay Airport]] for 90 mins. pax grumpy but fine. if it had gone on
        sched the {{landing area}} would have been part covered + {{wet sand}} braking. new
        tide tables printed + [[name:calum]] will do a weekly check. pls cd we get tide times
        into the {{flight planning}} system automatically. - [[name:morven]] ({{ops}})
    """)),
    (AV, "incident", block("""
        #ops-control - [[date:Fri 23 Aug]]
        [[name:leanne.m]] 15:12 🚨 our {{UM}}, [[name:Rory]] ([[age:aged 12]]), booked on
        [[flight_number:HQ227]] to [[organisation:Torrsay Airfield]], has been boarded on
        [[flight_number:HQ229]] to [[organisation:Brinna Airstrip]]. it's airborne
        [[name:catriona.b]] 15:13 ok. who's meeting him at the other end?
        [[name:leanne.m]] 15:14 his dad, [[name:Neil Hale]] [[phone:07700 900 744]], I've rung him
        [[name:catriona.b]] 15:15 ringing [[name:Fenella]] at the strip to keep [[name:Rory]]
        {{airside}} with her till we fly him back on the 16:30
        [[name:ewan.p]] 15:16 I'm {{captain}} on the 16:30, happy to take him. UM form needs
        reissuing
        [[name:leanne.m]] 15:20 {{gate}} handler matched the {{boarding card}} by surname only,
        2 boys in the {{lounge}}, and the {{UM lanyard}} was in his bag not round his neck
        [[name:catriona.b]] 15:22 {{occurrence report}} [[case_reference:OCC-2308-04]],
        {{duty manager}} informed. dad ok-ish
    """)),
    (AV, "success", block("""
        Dear [[organisation:Skerra Airways]],
        I want to thank your staff for [[date:12 April]]. My son [[name:Cian]] ([[age:9]]) is
        {{autistic}} and had never flown. [[name:Peigi]] at {{check-in}} let us come the day before to
        see the {{Islander}} and the {{terminal}}, and on the day Captain [[name:Bill Rennie]]
        showed him the {{cockpit}}, let him wear the {{headset}} and told him what every noise
        would be. [[name:Cian]] talked about the {{propellers}} the whole way to see his
        {{granny}}. We are flying back on [[flight_number:HQ101]] next week and he can't wait.
        With thanks,
        [[name:Aoife Ní Dhomhnaill]]
        [[address:2 Shore Cottages, Kilbride]]

        ({{Customer Relations}}: forwarded to [[name:Rob]] for the newsletter,
        ref [[case_reference:CR-24-0188]].)
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind316", REPORTS))
