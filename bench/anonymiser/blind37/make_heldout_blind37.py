"""Held-out blind corpus 37: West Midlands care proceedings, a Birmingham maternity unit and Midlands airside/flight-school reports.

Setting: family court and care-proceedings paperwork from Birmingham, Wolverhampton and Walsall
(chronologies, PLO letters, contact-centre notes, FGC summaries, genograms in words, parenting
assessments) for Pakistani, Bangladeshi, Punjabi, Polish, Romanian, Jamaican and Somali families;
a Birmingham maternity and neonatal unit (handovers, safeguarding referrals); Birmingham Airport
ground handling and a flight school at Wolverhampton Halfpenny Green. Voice: social workers,
legal and business-support staff, contact supervisors, midwives, neonatal nurses, ramp staff,
flight instructors and students -- typed fast, lower-case, abbreviated, copied from forms,
e-mails and chat.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind37.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", block("""
        CHRONOLOGY OF SIGNIFICANT EVENTS – [[name:Zara]] & [[name:Ibrahim]] [[name:Hussain]] ({{Mosaic}} ID [[case_reference:1184392]])
        Author: [[name:Kiran Dhaliwal]], Social Worker, [[organisation:Birmingham Children's Trust]] (East)

        [[date:14/02/2023]]  Referral from [[organisation:Saltley Gate Primary]]. [[name:Zara]] (aged [[age:6]]) told class teacher "abbu pushed ammi into the door". {{Section 47}} strategy discussion same day.
        [[date:16.02.23]]  HV to [[address:41 Couchman Rd, Alum Rock]] [[postcode:B8 1QT]]. Mother [[name:Samina Hussain]] denied. Father [[name:Tariq]] not present – said to be "in Pakistan for a wedding".
        [[date:3 March 2023]]  {{Nani}} ([[name:Nasreen Akhtar]]) rang duty from [[phone:07700 900417]]: [[name:Tariq]] back in UK and sleeping at the house.
        [[date:21/03/23]]  ICPC – both children subject to CP plans, category emotional abuse.
        [[date:09/05/2023]]  Police attended, log [[case_reference:2451-090523]]. [[name:Ibrahim]] ([[age:22 months]]) bruise L cheek; CP medical at [[organisation:Birmingham Children's Hospital]] – "consistent with slap".
        [[date:12/05/23]]  Legal gateway; {{PLO}} agreed. {{Dada}} and {{Dadi}} in Mirpur, not contactable.
        [[date:30/05/23]]  NOTE – the original chronology had [[name:Tariq]]'s DOB as the children's father's brother's ([[name:Asif Hussain]]). Corrected before filing.
    """)),
    ("social_care", "incident", block("""
        [[organisation:City of Wolverhampton Council]] – Children's Services, Families First (West)

        PRIVATE & CONFIDENTIAL – LETTER BEFORE PROCEEDINGS
        To: Ms [[name:Paulina Wiśniewska]] and Mr [[name:Dawid Nowak]]
        [[address:Flat 7, Tettenhall Court, 18 Lime Street, Whitmore Reans]] [[postcode:WV3 0AB]]
        Date: [[date:2 October 2023]]       Our ref: [[case_reference:PLO/WV/23/0871]]
        Child: [[name:Oliwia Nowak]], DOB [[date_of_birth:11.07.2019]]

        Dear [[name:Paulina]] and [[name:Dawid]],
        We are still very worried about [[name:Oliwia]]. Since the {{Child Protection Conference}} on [[date:18/07/2023]] the police have been called to your flat three times, most recently on [[date:24 September]] when [[name:Oliwia]] was found alone on the landing at 2am.
        You are invited to a Pre-Proceedings Meeting on [[date:Tuesday 17th October]] at 10.00 at [[address:Beldray Building, Mount Pleasant, Bilston]]. Please take this letter to a solicitor straight away – advice is free ({{Legal Aid}}). A Polish interpreter has been booked.

        Yours sincerely,
        [[name:Gemma Rowley-Price]]
        Team Manager
        Tel [[phone:01902 556904]] | [[email:gemma.rowley-price@wolverhampton.gov.uk]]
    """)),
    ("social_care", "near_miss", prose("""
        contact 14:00-15:30 at [[organisation:Caldmore Family Contact Centre]], supervisor [[name:bev]]. [[name:kuba]] ([[age:4]]) and
        [[name:lena]] ([[age:2]]) brought by foster carer [[name:Sharon]]. dad [[name:marek]] arrived 14:25, late again, smelt of
        beer but passed breath test so contact went ahead with [[name:bev]] in the room. good play with the duplo, dad sang polish songs,
        [[name:lena]] fell asleep on him. at 15:05 dad asked [[name:kuba]] where he lives now and [[name:kuba]] said "by the big {{tesco}} with
        aunty [[name:sharon]], her car is blue". [[name:bev]] redirected. NEAR MISS: the foster carers silver Zafira [[vehicle_registration:YX68 HVU]]
        was in the front car park not the rear and [[name:marek]] walked straight past it at handover, looked at it. dads partner
        [[name:Agnieszka]] waiting outside in her car [[vehicle_registration:FG15 ZKW]]. reported to SW [[name:Daniel Mroz]] same day,
        risk assessment updated, carers to use rear entrance + staggered 20 min departure.
    """)),
    ("social_care", "success", block("""
        FAMILY GROUP CONFERENCE – OUTCOME SUMMARY
        Family: [[name:Warsame]] / [[name:Abdi]]        Conference date: [[date:Sat 25 Nov 2023]]
        Coordinator: [[name:Hodan Ismail]], [[organisation:Family Voices Birmingham]] (independent of the Trust)

        Present:
         - [[name:Faadumo Warsame]] (mother)
         - [[name:Abdirahman Abdi]] (father) – joined on WhatsApp video from Leicester
         - {{Ayeeyo}} [[name:Khadra Mohamud]] (maternal grandmother), interpreter Mr [[name:Said]]
         - [[name:Ayaan]] (maternal aunt, "{{habaryar}}") and Uncle [[name:Guled]]
         - [[name:Liam Hendry]], social worker (first part only)
        Private family time: 1 hr 40.

        Family plan:
        [[name:Yusuf]] ([[age:9]]) and [[name:Ikram]] ([[age:5]]) to stay with {{Ayeeyo}} at [[address:112 Cooksey Road, Small Heath]] [[postcode:B10 0BS]] Mon–Thu; [[name:Faadumo]] collects from [[organisation:Golden Hillock Juniors]] Fridays. [[name:Guled]] does the school run (mob [[phone:+44 7700 900582]]). [[name:Ayaan]] is the named safety person if mum misses her {{methadone}} pick-up.
        Review FGC: [[date:09/02/24]].
        Outcome: plan accepted by Team Manager; case stepped down from {{PLO}} to Child in Need.
    """)),
    ("social_care", "incident", prose("""
        Genogram (in words, as the Visio won't open on the laptops): [[name:Marcia Campbell]] ([[age:41]]) has four children by three
        fathers. Eldest [[name:Tyrese]] ([[age:19]]) lives with his paternal grandmother in Lozells. [[name:Shanice]] ([[age:15]]) and
        [[name:Jermaine]] ("[[name:JJ]]", [[age:12]]) share a father, [[name:Delroy Grant]], who went back to Kingston in 2019 and
        rings on [[phone:+1 876 555 0142]]. The youngest, [[name:Amari]] ([[age:3]]), is [[name:Marcia]]'s child with current partner
        [[name:Leon Bailey-Morris]], stepfather to the other three. [[name:Leon]] has two children from a previous relationship
        ([[name:Kayden]] and [[name:Mya]]) who stay alternate weekends. Maternal grandmother [[name:Hyacinth Campbell]] ("{{Granny}}",
        [[address:Wretham Road, Handsworth]]) is the main protective factor. What went wrong: the genogram filed on [[date:7th Aug]] showed
        [[name:Leon]] as father of all four, and [[name:JJ]]'s {{half-sibling}} relationship to [[name:Amari]] was drawn as full. [[name:Delroy]]'s
        solicitor spotted it at the {{CMH}}; the court directed a corrected version within 48 hours. Lesson: genograms to be checked with
        the family, not built from the referral.
    """)),
    ("social_care", "near_miss", prose("""
        PARENTING ASSESSMENT ({{PAMS}} 4.0) – extract, session 6 of 10. Present: [[name:Florin Stoica]], [[name:Mirela Stoica]]
        (née [[name:Lăcătuș]]), baby [[name:Sara]] ([[age:7 months]]), interpreter from [[organisation:LinguaServe West Mids]]. The family
        speak Romanian to professionals and Romani at home. [[name:Mirela]] made up a feed correctly this week without prompts and
        checked the temperature on her wrist; [[name:Florin]] still props the bottle on a rolled towel, which we talked through again
        using the Bottle Feeding Checklist. NEAR MISS: the interpreter booked for [[date:19 Jan]] turned out to be [[name:Mirela]]'s
        cousin's wife – it only came out when [[name:Florin]] greeted her as "verișoară". She had already heard about the domestic abuse
        disclosure. Session stopped at 10.20, agency told (complaint ref [[case_reference:LS-88213]]). From session 7 we are using
        telephone interpreting through {{thebigword}} and asking the family before each booking whether they know the interpreter.
        Assessor: [[name:Claire Beddow]], [[organisation:Walsall Council]] Assessment Team.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Harpreet Sandhu]] <[[email:h.sandhu@sandhulaw.co.uk]]>
        Sent: [[date:Thursday, 11 January 2024]] 16:42
        To: [[email:legal.duty@walsall.gov.uk]]
        Cc: [[email:wm.tm3@cafcass.gov.uk]]
        Subject: URGENT – [[case_reference:BM23C50417]] – redaction failure

        Dear all,
        Page C87 of the bundle (s.7 addendum) gives my client's refuge address – [[address:14 Sycamore Walk, Bloxwich]] – in full. Ms [[name:Lewis]] fled there on [[date:28/12]] precisely because Mr [[name:Okonkwo]] found her last address. Please confirm by 10am who has been served.

        Regards
        [[name:Harpreet]]

        ---------- Forwarded message ---------
        From: [[name:Adele Foster]]
        To: [[name:Nathan Cope]]
        [[name:Nathan]] – pull the bundle off the portal asap and ring the {{guardian}}. Left msg for {{IRO}}. Refuge manager is [[name:Precious]] on [[phone:01922 650117]]. Need a {{Datix}} too.
        [[name:AF]]
    """)),
    ("social_care", "near_miss", block("""
        [09:14] [[name:Jas Bains]]: anyone free for a visit in kingstanding? mum [[name:kelly anne cooper]] not answering, school say [[name:rhys]] ([[age:5]]) not in for 4 days, sibling [[name:mia]] [[age:3]]
        [09:16] [[name:Tom O'Rourke]]: i can go after 11. addy?
        [09:16] [[name:Jas Bains]]: [[address:27 hawthorn rd]]
        [09:17] [[name:Jas Bains]]: wait NO thats the old one. new one is [[address:flat 3, 150 kings road, b44]] – {{Mosaic}} not updated
        [09:17] [[name:Tom O'Rourke]]: 😬 good catch
        [09:18] [[name:Jas Bains]]: [[address:hawthorn rd]] is where [[name:rhys]]'s dad [[name:Dean]] lives. {{non-mol}} in place. do NOT go there
        [09:19] [[name:Tom O'Rourke]]: noted. taking [[name:Priya]] with me
        [11:52] [[name:Tom O'Rourke]]: seen both kids, [[name:kelly-ann]] had flu and phone died. [[name:Rhys]] back in tmrw. address fixed + told {{business support}}
    """)),
    ("social_care", "success", prose("""
        Final hearing, [[organisation:Wolverhampton Family Court]], [[date:5/3/24]], before HHJ [[name:Rai]] ([[case_reference:WV23C00189]]).
        The court made a {{Special Guardianship Order}} to [[name:Manjit Kaur Gill]] ({{Bhua ji}}, paternal aunt) for [[name:Arjun]] ([[age:8]])
        and [[name:Simran]] ([[age:4]]). {{Children's guardian}} [[name:Ruth Okafor]] supported the plan and said in evidence that she
        had "rarely seen a support plan this well written". Mother [[name:Jasleen]] attended with her advocate and did not oppose;
        father [[name:Gurpreet Singh Gill]] ("[[name:Preet]]") attended by CVP from [[organisation:HMP Featherstone]]. What worked: the kinship team
        started the SGO assessment at the {{PLO}} stage, not after issue; the support plan covers contact at
        [[organisation:Bilston Contact Centre]] monthly, letterbox to [[name:Preet]], and help from the
        [[organisation:Guru Nanak Gurdwara, Sedgley Street]] with after-school care. Case closes to SGO support. SW [[name:Naomi Tennant]].
    """)),
    ("social_care", "incident", block("""
        LEGAL GATEWAY / PLANNING MEETING – MINUTES
        Date: [[date:Wed 21.06.2023]]          Venue: Teams
        Children: [[name:Aaliyah Brown]] (DOB [[date_of_birth:02/04/2017]]), [[name:Kai Brown-Mensah]] (DOB [[date_of_birth:19/10/2021]])
        Attendees: [[name:S. Whitehouse]] (TM, chair); [[name:Oluwaseun Adeyemi]] ("[[name:Seun]]", SW); [[name:R Bhatti]] (Solicitor, [[organisation:Walsall Council]] Legal); [[name:Nicola]] (minutes)
        Apologies: Dr [[name:Rahman]] (named GP, [[organisation:Pleck Health Centre]])

        1. Update ([[name:Seun]]): mother [[name:Chantelle Brown]] has missed 4 of 6 drug screens since [[date:7 June]]; [[name:Kai]] seen with unexplained marks on [[date:15/06]].
        2. INCIDENT: the minutes of the last meeting ([[date:07/06/23]]) were e-mailed by autofill to [[name:Kwame Mensah]]'s personal address ([[email:kwame.m86@gmail.com]]) instead of Legal. [[name:Kwame]] is [[name:Kai]]'s father and a party. Recall attempted; IG breach logged [[case_reference:IG-2023-0412]].
        3. Decision: threshold met. Issue care proceedings, seek {{ICO}}s, parallel planning.
        Actions: [[name:R Bhatti]] to draft application; [[name:Nicola]] to turn off autofill on team mailbox.
    """)),
    ("social_care", "near_miss", prose("""
        Visit to the [[name:Miah]] household, [[address:63 Green Lane, Small Heath]] [[postcode:B9 5DB]], [[date:Fri 8th Dec]]. Present:
        {{Dadi}} ([[name:Rahima Bibi]], [[age:72]]), {{Dada}} ([[name:Abdul Miah]]), father [[name:Shahid]], mother [[name:Salma Begum]] and the
        three boys [[name:Rayyan]], [[name:Zayan]] and [[name:Ayaan]] ([[age:7]], [[age:5]] and [[age:11 months]]). Home warm, food in, boys
        shared a bunk in {{Dadi}}'s room. Near miss: when I rang the landline [[phone:0121 496 0783]] on Wednesday to confirm, a man said
        "yes [[name:Shahid]] speaking" and I nearly discussed the Section 47 – it was [[name:Shahid]]'s brother [[name:Jamal]], who lives there
        too. [[name:Salma]] told me privately that [[name:Jamal]] listens to her calls. Her own mobile is [[phone:07700900916]]; the number on
        {{Mosaic}} was [[phone:07700 900961]] (digits transposed). Corrected. Plan: contact mum by mobile only, visits when the men are
        at the mosque on {{Friday}} lunchtime if she agrees.
    """)),
    ("social_care", "success", prose("""
        Connected persons viability – {{paternal grandmother}}. Mrs [[name:Beverley Lindo]] ([[age:63]]), [[address:9 Livingstone Road,
        Handsworth]] [[postcode:B20 3LN]], tel [[phone:0121 523 4419]]. Retired nurse, Pentecostal church member,
        lives with her brother [[name:Clive]] ("Uncle [[name:Bigga]]") who has a conviction from 1998 (DBS to follow). She is paternal
        grandmother to [[name:Kaiden-Jay]] ([[age:2]]) via her son [[name:Andre]]; mum is [[name:Kirsty Walsh]], who has not agreed to the
        assessment yet. [[name:Beverley]] has cared for [[name:Kaiden-Jay]] informally since [[date:1st April]] after police took him
        from mum's flat. Observed: warm, firm routines, knows his nursery ([[organisation:Little Acorns, Soho Road]]) staff by name, keeps
        a diary of contact. Recommendation: positive viability, proceed to full {{Form C}} assessment and interim {{Reg 24}} placement.
        Note for legal: her name is spelt "[[name:Beverly]]" on the {{C110A}} – [[name:Beverly]] is wrong, please amend.
    """)),
    ("social_care", "incident", block("""
        CONTACT RECORD – [[organisation:Walsall Family Contact Service]], Room 2
        Child: [[name:Hamza]] [[name:Jama]] ([[age:6]])   Adult: father, [[name:Abdiaziz Jama]]   Supervisor: [[name:Lorraine Pugh]]
        Ref: [[case_reference:WFC/1187/HJ]]   Date: [[date:17-04-24]]

        15:58  Dad arrives early, asks to wait in the foyer – refused, sat in waiting room.
        16:03  [[name:Hamza]] arrives with foster carer Mrs [[name:Evans]] via rear door.
        16:05  Warm greeting, dad gives him a football shirt (Villa).
        16:30  Dad on phone in Somali for ~5 min, [[name:Hamza]] playing alone.
        16:41  Dad says he needs the toilet and asks [[name:Hamza]] to come "to show him". Told no – policy.
        16:44  Dad picks [[name:Hamza]] up and walks to the fire exit. I stood in the doorway and pressed the {{panic alarm}}.
        16:45  [[name:Gary]] (centre manager) attended. Dad put [[name:Hamza]] down, said he was "only joking".
        16:52  Session ended. Dad's cousin waiting outside in black Prius [[vehicle_registration:BN21 OXR]].
        17:10  Police informed, ref [[case_reference:20/418875/24]]. SW [[name:Ifrah]] informed by phone.
    """)),
    ("social_care", "success", prose("""
        Supervision note, [[date:12/09/2023]]. Supervisee [[name:Faith Adebayo]] (SW), supervisor [[name:Hope Clarke]] (ATM). Discussed the
        [[name:Summer]] family. [[name:Summer]] ([[age:17]]) is now parenting baby [[name:Rose]] ([[age:6 weeks]]) at [[organisation:St Martin's Mother and
        Baby Unit]], and [[name:Faith]] described real progress: feeds logged, she asked for help with the {{Edinburgh Postnatal Depression Scale}}
        rather than hiding her score. Reflected on my own {{hope}} vs evidence – are we seeing what we want to see after the {{summer}} of
        crises? Agreed evidence is there (staff logs, health visitor [[name:Mark Lyons]]). [[name:Rose]]'s father [[name:Will]] ([[age:19]])
        has done 8 of 8 {{Caring Dads}} sessions. Actions: [[name:Faith]] to present at the RLAC review; [[name:Hope]] to ask the
        {{IRO}} about stepping down. Wellbeing: [[name:Faith]] has leave booked; caseload 14.
    """)),
    ("social_care", "incident", block("""
        MASH REFERRAL – copied from portal
        Referrer: PC [[name:Jordan Hickman]] 4417, [[organisation:West Midlands Police]] Sutton Coldfield NPU
        Crime ref: [[case_reference:20BW/290567/23]]    Incident log: [[case_reference:3315 of 02/11/23]]
        Child 1: [[name:Lily-Mae Price]]   DOB: [[date_of_birth:30/01/2015]]   School: [[organisation:Boldmere Junior]]
        Child 2: [[name:Freddie Price]]    DOB: [[date_of_birth:14/06/2020]]
        Parent/carer: [[name:Danielle Price]]   DOB: [[date_of_birth:08/08/1990]]   NI: [[ni_number:JK 48 21 93 B]]
        Address: [[address:22 Jockey Road, Sutton Coldfield]] [[postcode:B73 5XF]]
        Other adults: [[name:Craig Stokes]] (partner, not father), DOB [[date_of_birth:21.03.1986]], mob [[phone:07700-900-338]]
        Reason: DA incident [[date:01/11/23]] 23:40. [[name:Stokes]] strangled [[name:Danielle]] in front of [[name:Lily-Mae]] ([[age:8]]). {{DASH}} = high, {{MARAC}} referral made.
        Notes: [[name:Lily-Mae]] told officers "[[name:Craig]] does it when Mummy won't give him her bank card".
        INCIDENT: referral sent to {{MASH}} with [[name:Danielle]]'s NI number in the child field; system rejected it twice and sat in drafts for 19 hrs.
    """)),
    ("social_care", "incident", prose("""
        Placement disruption – [[name:Aleksander Kowalczyk]] ("[[name:Olek]]" at home, "[[name:Alex]]" at school, "[[name:Xander]]" on his
        gaming tag), [[age:14]]. Placed with [[name:Jan]] and [[name:Dorota Zielinski]] (Polish-speaking foster carers) at
        [[address:5 Wednesfield Road, Willenhall]] since [[date:20.08.23]]. On [[date:Sunday 4 Feb]] [[name:Olek]] left at 2am through the
        window and was found by police in Darlaston with two older males; one was [[name:Kacper W]], who is known to the exploitation
        team. Foster carers gave notice on [[date:6/2/24]]. {{Babcia}} ([[name:Halina]]) in Leeds offered to have him but is [[age:81]].
        Mum ([[name:Ewa]]) is in Poland and messages [[name:Olek]] on WhatsApp on [[phone:+48 601 234 567]]. Learning: the {{Return Home
        Interview}} after his first missing episode on [[date:14/01]] was done in English by a worker he had never met; [[name:Olek]] said
        afterwards "nobody asked me in Polish". {{NRM}} referral now made; CSE/CCE screening tool completed.
    """)),
    ("social_care", "near_miss", block("""
        s.31 STATEMENT – CHRONOLOGY (draft v3, not for filing)
        Family: [[name:Dumitru]] / [[name:Rostas]]     [[case_reference:BM24C00312]]

        [[date:12 Sept 22]] – [[name:Nicoleta Rostas]] ([[age:17]] then) books late at 31 wks; father of baby said to be [[name:Ionuț Dumitru]] ([[age:24]]).
        [[date:02/11/2022]] – [[name:Denisa]] born, [[organisation:City Hospital]].
        [[date:Jan 9 2023]] – Family move to [[address:88 Newhampton Road West, Whitmore Reans]] [[postcode:WV6 0RW]].
        [[date:2023-03-27]] – {{health visitor}} concerns: weight dropped from 50th to 9th centile.
        [[date:27th March]] (same day) – [[name:Ionuț]] tells HV the baby "belongs to my mother now" ({{Bunica}}, [[name:Florica Dumitru]]).
        [[date:4.4.23]] – Strategy discussion.
        NB (NEAR MISS): draft v2 listed the first entry as [[date:12 Sept 23]] and quoted [[name:Nicoleta]] as [[age:18]] – would have made her an adult at booking and removed the {{child in need}} context. Spotted by legal on QA.
    """)),
    ("social_care", "near_miss", block("""
        Text messages from mum (screenshot typed up for file, spelling as sent):

        [[date:Mon 15/01]] 22:14  hiya its [[name:Nikita]] can u tell [[name:Amy]] the SW i cant do tmrw
        22:15  [[name:Jayden]] has got temp and my phone is on 4% charge
        22:31  also tell her [[name:deano]] has been round, he was banged on the door 4 times
        22:32  im not letting him in i swear
        [[date:Tue 16/01]] 07:02  u there?? nobody answered the out of hours number [[phone:0121 675 4806]]
        07:05  hes outside again in the white van [[vehicle_registration:WU17 BFE]] i think
        07:40  [[name:Amy]] ?????

        Duty note ([[name:Marcus Oyelaran]], [[date:16/01/24]] 09:10): messages went to [[name:Amy Clarke]]'s work mobile, which was switched off as she is on leave. No out-of-office text. Police welfare check requested 09:15; [[name:Deano]] ([[name:Dean Wheeler]]) arrested 10:40. [[name:Jayden]] ([[age:4]]) fine. Learning: leave cover for work mobiles.
    """)),
    ("social_care", "success", block("""
        Dear [[name:Nadia]],

        Thank you for saying yes to a family meeting (we call it a {{Family Group Conference}}). It will be about [[name:Ayesha]] and [[name:Musa]] and how the family can keep them safe.

        When: [[date:Saturday 20 April]], 11am – 3pm
        Where: [[organisation:Palfrey Community Centre]], [[address:Dale Street, Palfrey, Walsall]] [[postcode:WS1 4AN]]
        Food: halal lunch provided.

        People you said you want there: your mum ({{Nani}}), {{Khala}} [[name:Rubina]], your brother [[name:Imran]], and [[name:Ayesha]]'s dad [[name:Zubair]] for the first part only.
        Interpreter: Urdu/Mirpuri – Mr [[name:Mahmood]] – you told me you know him and are happy with him.

        If anything changes ring me on [[phone:01922 658 240]] or text [[phone:07700 900 773]].

        Best wishes,
        [[name:Sadia]]
        [[name:Sadia Qureshi]], FGC Coordinator, [[organisation:Walsall Family Group Conference Service]]
    """)),
    ("social_care", "near_miss", prose("""
        handover for weekend duty – the [[name:Sidhu]] kids. [[name:Bobby]] (real name [[name:Balraj]], [[age:15]]) and [[name:Pinky]]
        ([[name:Prabhjot]], [[age:13]]) are staying with mums sister [[name:Sukhvinder]] ("[[name:Sukhi]]") in Great Barr since dads arrest. dad
        = [[name:Kulwant Sidhu]], on bail, condition not to contact the kids or attend [[address:201 Birchfield Rd]]. NEAR MISS today:
        [[name:Pinky]]'s school ([[organisation:Holly Lodge Girls]]) rang because an "uncle [[name:Sunny]]" tried to collect her at 3.15 –
        turns out [[name:Sunny]] is [[name:Kulwant]]'s best mate and was sent by him. office didnt release her as [[name:Sukhi]] is the only named
        adult on the {{safety plan}} – good work by reception ([[name:Dawn]]). police informed, bail breach ref [[case_reference:20/512906/24]].
        if anything kicks off over the weekend [[name:Sukhi]] is on [[phone:07700 900 158]]; {{EDT}} have the file. remember both kids call
        their grandad {{Bapu ji}} and he is fine – he is NOT the risk. [[name:MK]]
    """)),
    ("social_care", "incident", block("""
        From: [[email:dsl@stkeverne-academy.org.uk]]
        To: [[name:Callum Ferris]]
        Date: [[date:08/03/2024]] 12:37
        Subject: [[name:Roksana]] [[name:Begum]] Yr 9 – disclosure

        Hi [[name:Callum]],
        Following up my call. This morning [[name:Roksana]] ([[age:14]]) told her form tutor Ms [[name:Dhillon]] that her {{Chacha}}'s family are "arranging for her to go to Sylhet in the Easter holidays and not come back". She has a photo of a man on her phone she says is her "future husband". Her older sister [[name:Tahmina]] left school in Year 10 in the same way in 2021.
        Passports: mum says they are "with {{Dada}}".
        I've logged on {{CPOMS}} and made a {{Forced Marriage Unit}} enquiry. I have not told parents.

        [[name:Lauren]]
        [[name:Lauren Whitby]] | DSL | [[organisation:St Keverne Academy]], Bordesley Green
        [[phone:0121 464 2093]] ext 214
    """)),
    # ------------------------------------------------------------------ health
    ("health", "near_miss", block("""
        SBAR handover – Delivery Suite → [[organisation:Oak Ward]], [[date:22/05/24]] 19:30
        S: [[name:Iqra Shafiq]], [[age:19]] yo, P1, SVD 14:12 of baby girl, 3.1kg. MRN [[case_reference:W2384411]], NHS [[nhs_number:919 805 7812]].
        B: Pre-birth {{CP plan}} – [[organisation:Birmingham Children's Trust]] SW [[name:Nisha Rao]] ([[phone:07700 900 604]]). Baby NOT to be discharged until strategy meeting. Partner [[name:Danyal]] – NOT allowed on ward (police bail). MIL ({{Saas}}) is the approved visitor.
        A: Mum well, EBL 300, breastfeeding. Baby {{Apgar}} 9/9. BUT at 18:50 a man said to be "[[name:Dan]], the husband" buzzed at the ward door – HCA nearly let him in as the photo on the {{BadgerNet}} alert didn't load.
        R: Security informed, photo printed for the nurses' station. Alert to be verbal at every handover. Midwife [[name:K. Osei]] / coordinator [[name:Bethany]].
    """)),
    ("health", "incident", block("""
        SAFEGUARDING REFERRAL – MATERNITY (internal form, copy to {{MASH}})
        Patient: [[name:Andreea Munteanu]]      DOB: [[date_of_birth:03/09/2001]]      NHS no: [[nhs_number:7946672012]]
        Hospital no: [[case_reference:W2290175]]      EDD: [[date:14/07/2024]]
        Address: [[address:Flat 2, 31 Coventry Road, Bordesley]] [[postcode:B10 0RX]] (HMO – 9 adults)
        Contact: [[phone:+40 741 555 219]] (Romanian number), no UK phone
        Referrer: [[name:Chloe Ashworth]], Community Midwife, [[organisation:Birmingham Women's Hospital]] – Team Indigo
        Concern: booked at 29 wks ([[date:27/04/24]]). Partner [[name:Vasile]] answered all questions for her, kept her passport, said she "works cleaning" but could not name the employer. She had bruising to both wrists. When he left the room she said "no money, no phone, he sells". Possible trafficking / labour exploitation.
        Action: {{NRM}} discussed, police (ref [[case_reference:20/339012/24]]) informed, {{Modern Slavery Helpline}} advice taken.
        INCIDENT: interpreter was booked through the partner's phone – follow-up appt text went to [[name:Vasile]].
    """)),
    ("health", "success", prose("""
        Discharge planning meeting, Neonatal Unit, [[date:Tuesday 13th Feb]]. Baby [[name:Malik]] [[name:Ahmed]] (born 29+4, now [[age:9 weeks]]),
        NHS [[nhs_number:618 456 9953]]. Present: mum [[name:Hibo Ahmed]], dad [[name:Abdullahi]], neonatal outreach nurse [[name:Gemma]],
        Dr [[name:Chukwu]] (consultant), SW [[name:Ola Bankole]] and Somali interpreter Mrs [[name:Farah]]. Previous concerns
        (missed visits, mum's low mood) now resolved – mum scored 6 on the {{EPDS}} today and has been rooming in on {{transitional care}} for
        four nights with no concerns. Dad has done BLS training and knows the {{safe sleep}} advice. Home on low-flow oxygen to
        [[address:47 Highgate Road, Balsall Heath]] [[postcode:B12 9DR]]; outreach visit booked for [[date:15/02]], GP [[organisation:Balsall Heath Family Practice]]
        informed. SW closing the {{Child in Need}} plan after the first home visit. Lovely family, very proud of this one – the unit did this well.
    """)),
    ("health", "near_miss", prose("""
        {{Datix}} [[case_reference:WEB-481207]] – NEAR MISS. On [[date:2 Dec]] at 21:15 on [[organisation:Oak Ward]], baby girl of [[name:Kayleigh Ward]]
        (MRN [[case_reference:W2411893]]) was about to be handed to a woman who said she was the {{maternal grandmother}}. The baby is
        subject to a {{Police Protection}} discussion and the only approved carer is mum under supervision. The woman gave the name
        "[[name:Tracey Ward]]", which matched the surname on the cot card. HCA [[name:Amber]] checked the alert sheet and saw the
        approved grandmother is [[name:Jean Hollins]] (maternal, different surname). The visitor was actually the paternal aunt.
        Security attended; mum distressed. Learning: cot cards show mum's surname only and staff assumed; {{amber}} sticker now used for
        restricted-discharge babies. Reported by Sr. [[name:Gillian O'Neill]], Ward Manager.
    """)),
    ("health", "incident", block("""
        From: [[name:Temitope Adeleke]] (Safeguarding Midwife) <[[email:temitope.adeleke@nhs.net]]>
        To: [[email:Rebecca.Hall@birminghamchildrenstrust.co.uk]]
        Date: [[date:Fri 19 July 2024]] 15:02
        Subject: RE: baby [[name:Kovacs]] – unborn, EDD [[date:06/08]]

        Hi [[name:Becky]],
        Mum ([[name:Zsófia]] / "[[name:Zsofi]]" [[name:Kovacs]], NHS [[nhs_number:908 938 6106]]) attended {{triage}} last night with RFM. Her new partner – she calls him "[[name:Laci]]" ([[name:László]]), no surname given – brought her in and waited in the car park. She left before CTG was finished.
        Not sure if you know that the pre-birth assessment still lists her at her old address on [[address:Alcester Road]]. She told triage she's now at [[address:12 Hobmoor Road, Yardley]] [[postcode:B25 8TH]], mobile [[phone:07700 900 826]].
        Given the {{PLO}} we need the discharge plan sorted before 37 wks please.

        [[name:Temi]]
        Safeguarding Team, Ext 4460
    """)),
    ("health", "success", prose("""
        Community midwife visit, day 5 postnatal, [[date:4/11/23]]. [[name:Sahra Hassan]] ([[age:24]]) and baby [[name:Amina]] at
        [[address:Flat 14, Heathcote House, Druids Heath]]. Used {{Language Line}} Somali video interpreter (ID [[case_reference:LL-220918]]).
        Mum previously declined all appointments because her husband [[name:Mohamed]] (works nights) worried about "the social". Today
        I visited while he was home, explained the role of the {{health visitor}}, and he agreed to a {{FGM}} conversation: mum is Type 3,
        has {{deinfibulation}} planned, and both parents were clear they will not allow [[name:Amina]] to be cut. {{FGM Information Sharing}}
        flag added to [[name:Amina]]'s record (NHS [[nhs_number:820 034 3847]]). Weight 3.42kg, above birth weight. Handover to HV
        [[name:Anne-Marie Doyle]] at [[organisation:Druids Heath Health Centre]]. A good visit – patience over three attempts paid off.
    """)),
    ("health", "near_miss", block("""
        NNU COT LIST – NIGHT [[date:07/10/24]]
        ITU 1  Baby [[name:Okoro]] (twin 1)  26+2  MRN [[case_reference:N903315]]   vent, {{surfactant}} x2
        ITU 2  Baby [[name:Okoro]] (twin 2)  26+2  MRN [[case_reference:N903316]]   CPAP
        HDU 4  [[name:Ruby-Leigh Jones]]   34+0  MRN [[case_reference:N903187]]   {{NAS}} – {{Finnegan}} scores 4-hrly; SOCIAL: only mum + MGM [[name:Pam]] to visit, dad [[name:Ricky]] NOT (injunction)
        SC 9   Baby [[name:Wójcik]]   36+5   MRN [[case_reference:N903402]]   jaundice, phototx

        NEAR MISS 02:10: dad of SC 9 asked for "the [[name:Jones]] baby's" feeding chart by mistake and was handed HDU 4's folder (mum's address + SW details on front). Nurse ([[name:Agata]]) noticed within seconds. Folders now kept at the desk, not on cots. Names of twin 1 and twin 2 parents [[name:Chidi]] & [[name:Ngozi Okoro]] – please use cot numbers on phone updates.
    """)),
    ("health", "incident", block("""
        *** ALERT – DO NOT DISCHARGE BABY WITHOUT SW AGREEMENT ***
        Mother: [[name:Leanne Murphy]] ([[date_of_birth:12/12/1996]])   NHS [[nhs_number:904 437 2343]]
        Baby: due [[date:21/06/24]], {{ICO}} application to be made at birth by [[organisation:Sandwell Children's Trust]]
        SW: [[name:Rashid Iqbal]] – [[phone:0121 569 5700]] / out of hours {{EDT}}
        Risk: father [[name:Connor Fitzpatrick]] ("[[name:Fitz]]"), DOB [[date_of_birth:01/05/1993]], known violence, car [[vehicle_registration:KX19 LPU]].

        Incident [[date:22/06/24]]: baby boy born 03:48. At 08:00 handover the alert was on the paper notes but not the electronic record. Mum self-discharged with baby at 11:20 to "go to her Nan's". Police located them at 14:05 at [[address:16 Tame Road, Oldbury]]. Baby well. Ward: [[organisation:Cedar Ward]].
    """)),
    ("health", "success", prose("""
        Midwives' safeguarding supervision (group), [[date:3rd Oct]]. Attendees: [[name:Jo Tierney]], [[name:Parveen]],
        [[name:Gosia Lewandowska]], [[name:Efua]], [[name:Siobhán Mac Giolla]], facilitator Dr. [[name:Ng]]. Case shared by [[name:Parveen]]:
        a [[age:16-year-old]] booked with her "cousin" as the father of the baby; [[name:Parveen]] used the {{routine enquiry}} question
        alone with her and the girl disclosed the father is [[age:29]]. {{LADO}} not relevant; police and {{MASH}} informed same day; the
        girl is now in a mother and baby foster placement. [[name:Gosia]] said she'd have been nervous to separate them without an
        interpreter – group agreed the trick is to use the urine sample moment. [[name:Efua]]'s learning: don't accept "cousin". Good
        practice to share at the Trust safeguarding newsletter.
    """)),
    ("health", "near_miss", block("""
        WhatsApp – "Team Indigo mw 💜" (exported [[date:11/03/24]])

        [07:48] [[name:Chloe A]]: morning! anyone know if Mrs [[name:Rahman]] on the Kitts Green list still needs the interpreter?
        [07:52] [[name:Shaz]]: yes Bengali/Sylheti, she's 36 wks. hubby [[name:Rafiq]] tried to interpret last time 🙄
        [07:53] [[name:Chloe A]]: ok booked
        [08:20] [[name:Lou Hardy]]: girls pls don't put names/addresses in here!! [[name:Shaz]] you put [[name:Fatema]]'s full addy on Friday 🙈
        [08:21] [[name:Shaz]]: omg sorry deleting now
        [08:22] [[name:Lou Hardy]]: use initials + {{BadgerNet}} only. I'll mention at huddle
        [08:40] [[name:Marta Z]]: fyi the new girl [[name:FR]] at [[address:2 Colebourne rd]] is the one with the {{CP plan}}, don't visit alone
        [08:41] [[name:Lou Hardy]]: [[name:Marta]] 🙃 ^^^
    """)),
    ("health", "success", block("""
        ANTENATAL BOOKING – social history (extract)
        Name: [[name:Shapla Khatun]]   Age: [[age:22]]   Gravida 1   Gest 10+3 at booking ([[date:15.01.2024]])
        NHS: [[nhs_number:928 384 7091]]   GP: [[organisation:Warwick Road Surgery]], Tyseley
        Lives with: husband [[name:Rezaul Karim]] ([[age:26]]), his parents ({{Shoshur}} and {{Shashuri}}) and his brother's family, 11 people, 4-bed terrace.
        Language: Sylheti; reads Bengali. Husband speaks English.
        Routine enquiry (asked alone, via interpreter Ms [[name:Nahar]] by phone): no DA. Says mother-in-law "is kind, she cooks for me".
        Mental health: nil. Smoking: nil. Household smoking: FIL – CO monitoring 2ppm.
        Plan: continuity team, Healthy Start vouchers applied. Consented to {{GBS}} info in Bengali.
        Note (good practice): [[name:Shapla]] asked for a female doctor – flagged on {{BadgerNet}} so she doesn't have to ask each time.
        Midwife: [[name:R. Chowdhury]]
    """)),
    ("health", "incident", block("""
        OOH SAFEGUARDING CALL LOG – Maternity
        Log no: [[case_reference:MSG-24-0917]]      Taken by: [[name:Sinéad Kavanagh]], Bleep 2231
        [[date:Sun 29/09/24]] 01:35  Call from {{triage}}: [[name:Precious Moyo]] ([[age:31]]), 38 wks, attended with facial injury, says "fell".
        01:40  Checked records: previous DA disclosure [[date:June 2023]]; partner [[name:Tinashe]] ([[name:T. Ncube]]) flagged.
        01:52  Partner now at triage desk asking to take her home. Security called.
        02:10  Spoke to {{EDT}} (worker [[name:Hannah]]). [[name:Precious]] has a son [[name:Tawanda]] ([[age:4]]) at home with neighbour.
        02:30  Police attended, crime ref [[case_reference:20/607715/24]]. [[name:Tinashe]] escorted off site.
        03:15  [[name:Precious]] admitted to antenatal ward. Neighbour ([[name:Gloria]], [[phone:07700 900 371]]) keeping [[name:Tawanda]] overnight.
        INCIDENT: the triage whiteboard listed "[[name:Moyo]] – DA?" in view of the waiting area; partner saw it.
    """)),
    ("health", "near_miss", prose("""
        Perinatal mental health referral. [[name:Agnieszka Kamińska]] ("[[name:Aga]]"), [[age:33]], 4 weeks postnatal, NHS [[nhs_number:284 231 2694]],
        [[address:39 Holly Lane, Erdington]] [[postcode:B24 9JP]]. {{EPDS}} 21, question 10 scored 2. Says she has "bad thoughts" that baby
        [[name:Zuzanna]] would be better with her sister [[name:Kasia]] in Gdańsk. Partner [[name:Paweł]] works away (lorry driver), mother-in-law
        not supportive. NEAR MISS: the referral was first sent to the [[organisation:Birmingham Healthy Minds]] generic inbox on [[date:Friday 23rd]]
        and not picked up until Monday; the {{Perinatal Mental Health Team}} should have been contacted by phone. Crisis team saw
        her Monday evening, now on {{sertraline}} and daily visits. [[name:Aga]] said "I thought nobody read it". Referrer [[name:Hollie Grant]],
        community midwife ([[phone:0121 335 8014]]).
    """)),
    ("health", "success", block("""
        [[organisation:Birmingham Women's Hospital]] – Maternity Transfer of Care to Health Visiting

        To: 0-19 service, [[organisation:Lozells HV Team]]
        Re: [[name:Chevelle]] [[name:Morgan]] ([[age:20]]) and baby [[name:Josiah]], born [[date_of_birth:28/08/2024]], NHS [[nhs_number:880 541 9036]]
        Address: [[address:3 Gerrard Street]], [[postcode:B19 2BD]]   Tel: [[phone:(0121) 496 0512]]

        Summary: first baby. Mum was looked after until 18 (care leaver, PA [[name:Winston]] at [[organisation:Birmingham Children's Trust]] Leaving Care). Strong support from her {{godmother}} Sister [[name:Pauline]] at church. Baby's father [[name:Jerome]] involved and attended the birth. Breastfeeding well.
        Safeguarding: none current. Previous {{Early Help}} closed.
        Good practice: [[name:Chevelle]] did the {{Baby Steps}} programme and said it was the first time "professionals talked to me like a mum not a case".

        [[name:Alison Reid]], Community Midwife
    """)),
    ("health", "incident", prose("""
        incident statement – [[name:Grace Mbeki]], RM. on nights [[date:14-15 March]] i was looking after [[name:Ilinca]] [[name:Popescu]] (bed 12,
        MRN [[case_reference:W2518830]]) who had a PPH of 1.8L. her husband [[name:Cristian]] was very angry that he was asked to wait
        outside during the obstetric emergency. at approx 04:30 he pushed HCA [[name:Nnamdi]] against the wall and said he would
        "find where you live". security and police attended (crime no [[case_reference:20/223041/25]]). [[name:Ilinca]]'s sister [[name:Loredana]]
        interpreted afterwards and said [[name:Cristian]] controls the money and her phone – i have done a safeguarding referral and
        DA routine enquiry is on the notes for day staff. i was not hurt. [[name:Nnamdi]] has bruising to his arm and has been
        offered occupational health. {{grace}} period on the ward visiting rule was NOT the issue – the policy was followed.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        Ground damage report. Stand 54, [[organisation:Birmingham Airport]], [[date:23/07/2024]] 05:52 local. Aircraft [[aircraft_registration:G-JZHM]]
        ({{737-800}}), [[flight_number:LS873]] to Dalaman. During pushback the tug driver ([[name:Wayne Pritchard]], airside pass
        [[case_reference:BHX-AP-55218]]) stopped short when the headset operator [[name:Kamil]] called stop – but the belt loader
        [[vehicle_registration:BV19 NZR]] had not been fully withdrawn by [[name:Ricky]] and the aft cargo door sill contacted the belt
        rail. Dent approx 4cm. Aircraft returned to stand, pax deplaned, AOG. Delay 6h 10m. Driver and loader operator both from
        [[organisation:Midland Ramp Services Ltd]]. Root cause: walk-round done by [[name:Kamil]] before the loader moved; no second
        check. Reported under {{MOR}} and to the handling agent's safety manager [[name:Lisa Morton]] ([[email:l.morton@midlandramp.co.uk]]).
    """)),
    ("aviation", "near_miss", block("""
        OCCURRENCE REPORT – [[organisation:Halfpenny Green Flying School]]
        Date: [[date:16/05/24]]      Aircraft: {{PA-28-161}} [[aircraft_registration:G-BRBW]]
        PIC: [[name:Tomasz Nowicki]] (student, solo, 14.5 hrs)   Supervising instructor: [[name:Rhian Jenkins]]
        Phase: downwind RW28, circuit

        Narrative:
        Student reported joining downwind behind what he thought was the {{C152}} [[aircraft_registration:G-BNKP]]. It was actually [[aircraft_registration:G-OSFB]], a {{Robin DR400}} flying wide circuits. [[aircraft_registration:G-BNKP]] was on late downwind inside him. A/G operator ([[name:Clive]]) gave traffic info; student saw the Cessna at approx 300m, same level, and extended upwind. No {{TCAS}} fitted.
        Cause: student misidentified traffic by colour (both white/red).
        Action: [[name:Rhian]] debriefed [[name:Tomasz]]; school circuit brief now includes "confirm registration, not colour".
        Reporter contact: [[phone:01384 221 378]] / [[email:ops@hgflyingschool.co.uk]]
    """)),
    ("aviation", "success", prose("""
        Congratulations board post – [[date:Sat 8 June]]: first solo for [[name:Aisha Raza]] today in [[aircraft_registration:G-BOYH]] 🎉.
        Three circuits on 16 in a light westerly, greasy landings. Her instructor [[name:Pete]] "[[name:Bunny]]" [[name:Warren]] said the standout was her
        go-around on the second circuit when a {{Cherokee}} backtracked late – textbook decision. [[name:Aisha]] is [[age:17]], the
        youngest solo student this year and the first from the {{Air Cadets}} squadron at Wednesbury to go through the scholarship
        scheme. Her mum and her {{Nani}} came to watch with a flask of chai. Thanks to [[name:Sam]] in the tower and [[name:Deb]]
        on fuel. Next stop: PPL nav!
    """)),
    ("aviation", "near_miss", block("""
        RAMP LOG – South Apron, [[date:02.02.25]], early shift (lead: [[name:Marcin]])
        04:50  FOD walk stands 40–46 complete. Bag tag strap + bolt found stand 44. Bin.
        05:30  [[aircraft_registration:EI-EBK]] ([[flight_number:FR3162]], Kraków) on stand 42. Chocks on 05:31.
        05:41  Fuel bowser [[vehicle_registration:WX70 GHO]] approached from the wrong side of the ERA – driver stopped by [[name:Stevie]].
        05:58  de-icing requested by crew, {{Type I}} fluid, pad 2.
        06:14  NEAR MISS – coach driver ([[name:Abdul]], pass [[case_reference:BHX-AP-60477]]) drove across the stand while {{beacon}} on, ~10m ahead of the nose. Pushback held. Reported to {{Shift Manager}} [[name:Hayes]].
        06:20  [[flight_number:FR3162]] off blocks +9.
        Comments: 3rd coach incursion this month – coach company [[organisation:Arrow Airside Coaches]] informed.
    """)),
    ("aviation", "incident", block("""
        From: Chief Flying Instructor <[[email:cfi@hgflyingschool.co.uk]]>
        To: all instructors
        Date: [[date:Mon 3 March 2025]]
        Subject: Airspace infringement – N-reg aircraft, [[date:1/3/25]]

        All,
        On Saturday the privately-owned {{PA-32}} [[aircraft_registration:N4271K]] (based here, owner [[name:Gareth Llewellyn-Hughes]]) was flown by a member of the club, Mr [[name:Ifeanyi Eze]], with instructor [[name:Bogdan Marinescu]] in the right seat for a currency check. They infringed the Birmingham {{CTA}} by 400ft near Kidderminster. {{NATS}} filed an occurrence and the {{CAA}} will contact us. [[name:Bogdan]] is grounded from instructing pending the review, which is standard.
        Please re-read the Moving Map brief and remember the {{FAA}} licence/UK rules differences for N-reg currency.
        Any questions to me on [[phone:07700 900 455]].

        [[name:Helen]]
        [[name:Helen Marsh-Whitley]], CFI
    """)),
    ("aviation", "incident", prose("""
        Baggage hall incident, [[organisation:Birmingham Airport]] T1 make-up area, [[date:Wednesday 9 October]] approx 14:20. Baggage tug
        [[vehicle_registration:GN66 RFX]] (fleet no. B17) towing four carts for [[flight_number:EK40]] to Dubai clipped handler [[name:Jaswinder]] "[[name:Jazz]]" [[name:Bhogal]]
        on the heel in the carousel 5 lane. Driver [[name:Mihai Popa]] said his view was blocked by an oversized bag (golf clubs). [[name:Jazz]]
        was seen by the airport first aid team ([[name:Maria]]) and went to {{A&E}} at Heartlands by taxi; no fracture. {{RIDDOR}} not
        required as back at work within 7 days. Investigation by [[name:Owen Griffiths]], H&S Advisor, [[organisation:Skyline Handling UK]].
        Both staff agreed the walking route lines are worn. Facilities job [[case_reference:FM-229184]] raised.
    """)),
    ("aviation", "success", prose("""
        training note – [[name:Kuba]] ([[name:Jakub Wróbel]]) lesson 22, [[date:14/08/24]], {{PA-28}} [[aircraft_registration:G-ETDA]], instructor
        [[name:Frank Oduya]]. Exercise 12/13 {{PFL}} and engine failure after take-off. [[name:Kuba]] flew the {{EFATO}} brief word-perfect and
        picked a sensible field in the 11 o'clock. Really pleased with him – struggled with R/T for weeks as English is his second language
        and he used to freeze on the radio; the fix was writing his own crib card in Polish and English ("[[aircraft_registration:Golf Delta Alpha]] downwind" etc). He now
        gives position reports clearly. [[name:Frank]] recommends progress to nav. Note to self: [[name:Kuba]] prefers lessons before his
        shift at the warehouse, ring [[phone:+48 512 300 884]] or [[phone:07700900219]]. Be {{frank}} with him about the exam timeline – he
        wants honest feedback.
    """)),
    ("aviation", "near_miss", block("""
        TECH LOG – [[aircraft_registration:G-BOHR]]   {{PA-28-151}}   Sector 3, [[date:19 Apr 2024]]
        Pilot: [[name:A. Kaur]]   {{Hobbs}} out 2214.6 / in 2215.4

        Defect: on power check at the hold, LEFT mag drop 220 rpm, rough running. Returned to apron. Aircraft U/S.
        Entry by engineer [[name:D. Szymański]] ([[organisation:Wolverhampton Aero Engineering]], auth [[case_reference:UK.145.01877]]): plug fouling no.3 cyl, cleaned/gapped, ground run satisfactory.
        NEAR MISS: previous pilot ([[name:Bill Thornley]]) noticed the same roughness the evening before but only wrote "slightly rough, ok after lean" in the comments – not entered as a defect. Aircraft was booked for a student solo at 09:00; [[name:Amrit]] caught it on the power check.
        CRS: [[date:20/04/24]]  Sign: [[name:D.Sz]]
    """)),
    ("aviation", "near_miss", prose("""
        De-icing near miss, Pad 2, [[date:09/01/25]], 06:40. Aircraft [[aircraft_registration:G-TAWN]] ({{737 MAX 8}}, [[flight_number:BY4502]] to Tenerife).
        Rig (fleet DI-07), registration [[vehicle_registration:BK18 XUW]], operator [[name:Liam Hogan]]
        with cab spotter [[name:Nadia Lis]]. Crew (Capt [[name:Lowe]]) started engine 2 while the rig was still positioned at the left
        wing root, before the "de-icing complete, equipment clear" call. Spotter saw the {{beacon}} and told [[name:Liam]] to back off; rig
        cleared by about 15m. Language issue suspected: first officer called "clear" meaning the fluid application, [[name:Liam]] heard
        "clear to start". Reported via {{ASR}} and company safety ref [[case_reference:SR-2501-0093]]. Crew and de-icing team debriefed by
        Capt [[name:Lowe]] and [[name:Kev Sandhu]] (Ops Supervisor).
    """)),
    ("aviation", "success", block("""
        SAFETY ACTION GROUP – [[organisation:Skyline Handling UK]] BHX station
        [[date:28 November 2024]], Conference Room 3

        Present: [[name:Owen Griffiths]] (chair), [[name:Paramjit Sohal]] (Station Mgr), [[name:Yetunde]] (PRM lead), [[name:Jack Doherty]] (Ramp), [[name:Andrzej]] '[[name:Andy]]' [[name:Kołodziej]] (Training), [[name:Chase Whitmore]] (union rep)

        1. Stand damage events down from 11 (Q2) to 3 (Q3). [[name:Jack]] credited the new "two-person loader withdrawal" check.
        2. Near-miss reporting UP 40% – [[name:Chase]] said staff now trust the {{Just Culture}} policy after the [[flight_number:LS873]] event was handled fairly.
        3. PRM: zero dropped-assistance complaints since [[name:Yetunde]] introduced handover cards.
        4. AOB: [[name:Andy]] to run ground handling refreshers in Polish and Punjabi.
        Next meeting: [[date:23/01/25]].
    """)),
    ("aviation", "incident", prose("""
        PRM incident – passenger Mr [[name:Gulzar Ahmed Chaudhry]] ([[age:84]]), booked {{WCHC}} on [[flight_number:EK39]] arriving from Dubai, seat 42C, onward by car to [[address:Alum Rock Road]]. On arrival [[date:Sunday 15th]]
        the assistance team were told he was WCHR (can walk steps) and sent a standard wheelchair, not the ambulift. His son [[name:Nadeem]]
        (mob [[phone:+92 300 555 1182]], UK [[phone:07700 900 534]]) had phoned ahead. Mr [[name:Chaudhry]] waited 55 minutes on board; cabin crew
        and our agent [[name:Yetunde]] carried out a two-person assist down the rear steps, which is against procedure. No injury but
        he was distressed and the family complained (complaint ref [[case_reference:PRM-C-24-1173]]). Cause: {{SSR}} code changed in the
        PNL without the remarks. Learning: PRM desk to ring the family number when codes conflict.
    """)),
    ("aviation", "near_miss", prose("""
        Circuit near miss, Halfpenny Green, [[date:Sat 21/09/24]] ~11:25. [[aircraft_registration:G-BSVB]] (school {{PA-28}}, student
        [[name:Ellie Hughes-Parry]] with instructor [[name:Dafydd]]) turning final RW34 when a microlight ([[aircraft_registration:G-CFXZ]],
        pilot [[name:Terry Nash]]) joined straight-in on long final without calling. [[name:Dafydd]] took control and went around; closest
        approx 150ft vertical. Radio: microlight transmitting on the old frequency. [[name:Terry]] apologised on the ground, said his
        {{SkyDemon}} had the old frequency cached. Reported to the airfield manager [[name:Roz]] and via {{CHIRP}}. Our student
        said afterwards "I only saw it when [[name:Dafydd]] said my controls". Follow-up: airfield to email visiting pilots the new frequency and
        publish a {{NOTAM}}.
    """)),
    ("aviation", "incident", block("""
        AIRSIDE VEHICLE ACCIDENT FORM
        Date/time: [[date:12/12/24]] 23:05     Location: Airside road, Stand 60 junction
        Vehicle 1: Ford Transit crew van [[vehicle_registration:YF20 KXB]], driver [[name:Osman Warsame]], ADP no. [[case_reference:ADP-331902]]
        Vehicle 2: Hi-loader (fleet HL3), driver [[name:Nicu Lungu]], ADP no. [[case_reference:ADP-298714]]
        Aircraft involved: none ([[aircraft_registration:PH-EXA]] on stand 60, no contact)
        Injuries: none. Damage: van nearside mirror, hi-loader step.
        Description: van failed to give way to the hi-loader at the junction; driver says the give-way marking is worn and he was dazzled by apron floodlights. Hi-loader was reversing to load [[flight_number:KL1430]] and had a banksman ([[name:Marek]]) who shouted stop.
        Witness: [[name:Sunita]] ([[phone:07700 900 687]])
        Police: not attended. Airport Duty Manager: [[name:Phil Barker]].
        Supervisor signature: [[name:G. Omondi]]
    """)),
    ("aviation", "success", prose("""
        Shout-out for [[name:Rose]] (marshaller, [[organisation:Skyline Handling UK]]) – [[date:Sat 5th July]], stand 17. {{A321neo}}
        [[aircraft_registration:G-OATW]] was taxiing in on stand guidance when [[name:Rose]] noticed a catering hi-loader ([[vehicle_registration:MJ71 EOZ]]) parked
        inside the wingtip clearance line because its driver was on a break. She crossed her wands for an emergency stop. The captain
        stopped with the left wingtip about 3m from the hi-loader's cab. Crew came down afterwards to say thank you. The driver
        ([[name:Connor]]) was from [[organisation:Gate Gourmet]] and has been re-briefed. [[name:Rose]] has been nominated for the
        quarterly safety award – she said she "just did what the {{CAP 637}} says". Ops Manager [[name:Tariq Mahmood]].
    """)),
]


def main() -> None:
    records = build_records("blind37", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
