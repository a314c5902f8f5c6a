"""Held-out blind corpus 43: adoption, fostering, leaving care and youth justice in the South of England.

Setting: personal advisers' case notes, Pathway Plan reviews, adoption panel minutes, foster carer
supervision, later-life letters, YJS records and appropriate-adult notes; a maternity/neonatal slice
(safeguarding birth plans, removal at birth, cord gases, NICU handovers); an aviation slice from a
flight training organisation and a Part-145 hangar (tech logs, licences, staff numbers, CRS refs).
Voice: hurried practitioners - lower-case names, nicknames, initials, forms, chats, e-mails, logs.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind43.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (20)
    ("social_care", "incident", prose("""
        PA case note. Home visit to [[name:kayleigh]] at her {{Staying Close}} flat
        ([[address:flat 3, 19 albert rd, southsea]] [[postcode:PO4 0JT]]) on [[date:Tues 9th Jan]].
        [[name:kay]] v tearful, says her ex [[name:Dwayne]] ("[[name:D-Man]]" on snap) has been coming
        round late and took her bank card + the {{16-25 Railcard}} I got her. she hasnt reported it.
        Explained {{Clare's Law}} and offered to go with her to the station, she said "no he'll kill me".
        Rang [[name:Bev Tanner]] (keyworker, [[organisation:Harbourside Supported Lodgings]]) to ask for a
        welfare check tonight. [[name:kayleigh]]s phone is cracked so she can only be reached on
        [[phone:07700 900 561]] or her nans landline [[phone:023 9273 1180]]. Discussed with TM
        [[name:Sanjay]] - agreed {{MARAC}} referral, {{DASH}} completed, score 15. Also flagged that
        [[name:kay]] turns [[age:19]] next month and her {{Setting Up Home Allowance}} is not spent.
        Next visit Fri.
    """)),
    ("social_care", "incident", block("""
        APPROPRIATE ADULT NOTES ({{PACE}} Code C) - YJS volunteer scheme
        Custody: [[organisation:Southampton Central PIC]]   Custody ref: [[case_reference:44/CU/118263]]
        DP: [[name:MENSAH-BOATENG, Tyrese]]   DOB [[date_of_birth:02/11/2008]] ([[age:15]])
        AA: [[name:Gemma Rudd]]

        19:42 call from Sgt [[name:Pryce]] - [[name:T]] arrested approx 17:00, {{mum}} not contactable.
        20:31 arrived. [[name:T]] in cell since 17:50, had not eaten. Asked for food + {{HCP}} check (asthma, no inhaler).
        20:55 NOK on custody record = [[phone:07700 900112]], disconnected. YJS file has mum ([[name:Abena]]) on [[phone:+44 7957 403218]]. Called her, on way.
        21:40 duty sol Mr [[name:Abiodun]] consult.
        22:05 interview, DC [[name:Hallett]] & PC [[name:Nowak]]. I intervened twice - [[name:T]] said he "understood" the caution but couldnt explain it back. Break requested.
        23:20 released under investigation, bail date [[date:14/03/24]].

        Issue: wrong NOK number = 2hr 40min with no parent or AA. [[name:tyrese]] said "nobody was coming for me". Raised with Insp [[name:Gale]].
        - [[name:G. Rudd]]
    """)),
    ("social_care", "success", block("""
        ADOPTION PANEL MINUTES - [[organisation:Wessex Coast Adoption]]
        Date: [[date:Wednesday 17th April 2024]]   Venue: [[address:Elmfield House, Winchester]]
        Present: [[name:Hilary Blunt-Adeyemi]] (Chair); Dr [[name:Priya Venkatesan]] (Medical Adviser); [[name:Tomasz Wiśniewski]] (independent, adopted adult); [[name:Carys Lloyd-Evans]] (Agency Adviser); [[name:Niamh Ó Súilleabháin]] (Legal Adviser)
        In attendance: [[name:Mark Sowerby]] (child's SW), [[name:Faith Odunsi]] (assessing SW)
        Minutes: [[name:Lou P]]

        Item 3 - Match: [[name:Summer]] ([[age:22 months]]) with [[name:Jack]] and [[name:Aled Pritchard-Hughes]]
        [[name:Mark]] summarised [[name:Summer]]'s needs incl. {{Foetal Alcohol Spectrum Disorder}} query and poor sleep. [[name:Faith]] described the couple's preparation: both did the {{Therapeutic Parenting}} course, [[name:Aled]] is a Welsh speaker and they will keep some Welsh in [[name:Summer]]'s routine. Dr [[name:Venkatesan]] confirmed the {{CoramBAAF}} health report was shared in full. [[name:Tomasz]] asked how they will talk about birth mum [[name:Shannon]]; [[name:Jack]] answered well and referred to the later-life letter draft.
        Recommendation: match. Unanimous.
        Chair's learning note: first match this year where the {{Adoption Support Plan}} was costed before panel - good practice.
    """)),
    ("social_care", "near_miss", prose("""
        Supervision notes - {{supervising social worker}} visit to [[name:Grace]] and [[name:Bill Hennessey]],
        [[address:4 Kestrel Close, Andover]] [[postcode:SP10 3LW]], [[date:26/02]]. Placement:
        [[name:Mihai]] ([[age:6]]) and his sister [[name:Ionela]] ([[age:9]]), both {{Section 20}}.
        Near miss discussed: at the weekend [[name:Mihai]] got into [[name:Grace]]'s handbag on the
        kitchen table and had two of her {{warfarin}} tablets in his hand before [[name:bill]] spotted
        him. No ingestion - [[name:Ionela]] confirmed, and {{NHS 111}} advised no action.
        [[name:Grace]] was very open about it. Agreed: meds into the locked tin per the
        {{safer caring policy}}, handbag hook in the utility. Reminded carers to record on the
        {{CHARMS}} log within 24hrs (they told me 3 days later). [[name:Mihai]]'s school,
        [[organisation:Harrow Way Infant School]], has asked for a {{PEP}} date - I will chase the
        {{Virtual School}}. [[name:Bill]]'s {{DBS}} renewal still outstanding.
    """)),
    ("social_care", "incident", block("""
        YJS - CASE SUMMARY (copied from {{ChildView}})
        Name:          [[name:OSMAN, Abdirahman]]
        Known as:      [[name:Abdi]]
        DOB:           [[date_of_birth:14.06.2007]]
        YJS no:        [[case_reference:YJ/HA/23/0917]]
        PNC:           [[case_reference:23/418627X]]
        Address:       [[address:27 Derby Road, Portswood]] [[postcode:SO14 0DW]]
        Case manager:  [[name:Jas Sandhu]]  [[phone:023 8083 4471]]  [[email:jas.sandhu@hants-yjs.example.gov.uk]]
        Order:         {{Referral Order}} (9 mths) - [[organisation:Southampton Youth Court]]
        Next hearing:  [[date:Mon 3rd June]], 10am (breach)

        Note [[name:JS]] [[date:23/05/24]]: [[name:Abdi]] missed his {{Youth Offender Panel}} on [[date:21/05]]. Letter went to old address (dad's flat) because {{ChildView}} was updated but the panel admin pulls from the court register. [[name:Abdi]] thought the panel was cancelled. Breach laid automatically. Spoke to [[name:Hodan]] (mum) - furious, he has his GCSE Somali exam that week. Asked court to vary; [[name:Abdi]] otherwise fully compliant, 100% attendance at [[organisation:Bitterne Park School]].
    """)),
    ("social_care", "success", prose("""
        Dear [[name:Rosie]], I am writing this letter for you to read when you are older, so you know
        some of the story of how you came to live with Mummy [[name:Helen]] and Daddy [[name:Craig]].
        My name is [[name:Abi Ferreira]] and I was your social worker when you were little. You were born
        on [[date_of_birth:3rd August 2019]] at [[organisation:St Richard's Hospital]] in Chichester.
        Your birth mummy is called [[name:Agnieszka]] - everyone called her [[name:Aga]] - and she came
        to England from Poland when she was [[age:17]]. You have a big brother, [[name:Kuba]], who
        lives with your birth grandma. [[name:Aga]] loved you very much but the drink made it hard for
        her to keep you safe ... [Manager's QA note [[date:12/12/23]]: letter audited as outstanding -
        honest about [[name:Aga]]'s drinking without blame, age-appropriate, sent with the
        {{Life Story Book}}. [[name:Abi]] to share at practice week.]
    """)),
    ("social_care", "near_miss", block("""
        PATHWAY PLAN REVIEW
        Young person: [[name:Dawn-Marie Kelleher]]      Pref. name: [[name:DM]]
        DOB: [[date_of_birth:30/09/2005]]    Age: [[age:18]]
        NI no: [[ni_number:JT 48 21 93 C]]
        LA ref: [[case_reference:LC-0043871]]
        PA: [[name:Olamide Adebayo-Clarke]]      {{IRO}}: n/a (post-18)
        Review date: [[date:07.03.2024]]

        Accommodation: [[address:Room 4, Tudor Lodge, 88 Sea Road, Bexhill]] [[postcode:TN40 1JL]] ({{HMO}})
        Education: Level 2 childcare, [[organisation:East Sussex College]]
        Finance: {{UC}} claim stuck 5 wks. [[name:DM]]'s NI number was typed as [[ni_number:JT482193D]] on the claim by the college support worker; she borrowed £200 from "a mate". Caught at this review, corrected with {{DWP}} same day via the {{Care Leaver Covenant}} contact.
        Health: pregnant 14 wks, booked at [[organisation:Conquest Hospital]]. Consent given to share {{Pathway Plan}} with {{community midwife}}.
        Next review: 6 mths or sooner (baby).
    """)),
    ("social_care", "incident", block("""
        [Teams chat - Leaving Care East - exported [[date:19/01/2024]]]
        [09:14] [[name:Nkechi Obi]]: morning - anyone heard from [[name:reza]]? missed his allowance pick up again
        [09:16] [[name:Tom Gillingham]]: no. his phone [[phone:07418 332 905]] goes straight to vm
        [09:17] [[name:Nkechi Obi]]: his mate [[name:Hamid]] says he went to Croydon for the {{Home Office}} interview weds and hasnt come back
        [09:21] [[name:Tom Gillingham]]: ok so hes [[age:18]], not a missing child, but he's {{UASC}} cohort and on the {{NRM}}
        [09:25] [[name:Siobhan]] (TM): report him missing anyway, put the ref here pls. and email [[name:Reza]]'s solicitor Ms [[name:Hakimi]]
        [10:02] [[name:Nkechi Obi]]: done, police log [[case_reference:SC-20240119-0331]]. HO ref is [[case_reference:K1423087]] if anyone needs it
        [16:40] [[name:Tom Gillingham]]: UPDATE he's back - was sleeping at [[name:Hamid]]'s cousin's, had no money for the train home. gave him a travel warrant
        [16:42] [[name:Siobhan]] (TM): thanks both. learning = {{Home Office}} appts should trigger travel money automatically, I'll raise it
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Philippa Norcross]] <[[email:p.norcross@adoptcoastline.example.org.uk]]>
        Sent: [[date:02 October 2023]] 16:47
        To: [[email:dan.and.ruth.a@example.com]]
        Subject: FW: letterbox for [[name:Kai]]

        Hi [[name:Dan]] & [[name:Ruth]], lovely news - [[name:Kai]]'s birth nan has written back, letter attached. Speak soon, [[name:Pip]]

        -----Original Message-----
        From: [[name:Maureen Doherty]] <[[email:moedoherty1957@example.net]]>
        Subject: letter for my grandson
        Hello [[name:Philippa]] please pass this to [[name:Kai]] ([[name:Kieran]] as was). my new address is [[address:12 Lilac Walk, Havant]] [[postcode:PO9 4EZ]] and phone [[phone:02392 471 036]] if the family ever want me to ring.

        [TM note [[date:03/10/23]]: [[name:Pip]] recalled within 20 min; [[name:Ruth]] rang to say she had not opened it. Protocol says strip the thread before forwarding - now using the {{Letterbox Contact}} template only. Not reportable to the {{ICO}}; logged as near miss.]
    """)),
    ("social_care", "incident", prose("""
        Incident - age dispute and unsafe placement. [[name:Yonas Tesfamariam]] (claims DOB
        [[date_of_birth:01/01/2008]]) came to us under the {{National Transfer Scheme}}. The
        {{Home Office}} had recorded him as [[age:19]] after a "visual assessment" at the port, so he was
        placed in a contingency hotel for adult men, [[address:the Marine Court Hotel, Eastbourne Road]],
        for 11 days. His cousin [[name:Selam]] contacted [[organisation:Sussex Refugee Youth Project]],
        who rang our duty line. A {{Merton-compliant}} assessment by [[name:Rhiannon Pugh]] and
        [[name:Abdullahi Warsame]], with {{Tigrinya}} interpreter [[name:Mehari]], concluded he is
        likely [[age:16]]. [[name:Yonas]] has since disclosed that a man at the hotel took his phone and
        asked him to "carry things". HO ref [[case_reference:T1198245]], our ref
        [[case_reference:UASC/24/061]]. Now placed with carers [[name:Abeba]] and [[name:Solomon Haile]].
        Learning: challenge age decisions early; don't wait for the child to self-advocate.
    """)),
    ("social_care", "success", prose("""
        Good news for the team bulletin! [[name:Frank]] and [[name:Hope Adeleke-Morris]] have agreed a
        {{Staying Put}} arrangement for [[name:Sunny]] (real name [[name:Sunil]]), who turns
        [[age:18]] on [[date:28 May]] and has lived with them since he was [[age:11]]. [[name:Sunny]]
        is doing A levels at [[organisation:Peter Symonds College]] and wants to stay until uni. Money was
        the sticking point - [[name:Hope]] had cut her hours to be there for him and the allowance gap
        was £96 a week; head of service [[name:Marcus Lindqvist]] agreed a top-up to the fostering rate.
        [[name:frank]] said "we never stopped being his family, we just needed the paperwork to say so".
        We {{hope}} other carers hear this. Well done [[name:Lydia]] (SSW) and [[name:Owen]] (PA).
    """)),
    ("social_care", "success", prose("""
        RJ conference outcome - [[name:Connor McAllister]] ([[age:16]], {{Referral Order}}, YJS ref
        [[case_reference:DOR-YJS-2391]]) met the owner of the corner shop he damaged, Mr
        [[name:Thambirajah]] ([[name:Raj]]), at [[organisation:Boscombe Community Hub]] on
        [[date:15 Nov]]. Facilitated by [[name:Chloë Fairbairn]] (YJS) and PC [[name:Ifeanyi Nwosu]].
        [[name:Connor]] read his letter, voice shaking. [[name:Raj]] told him his daughter had stopped
        helping in the shop after the window went in. They agreed [[name:Connor]] would do six Saturday
        mornings stacking shelves. Mr [[name:Thambirajah]] phoned two weeks later: "he turns up early".
        Victim satisfaction 10/10, {{Restorative Justice Council}} standards met.
    """)),
    ("social_care", "near_miss", prose("""
        AA note. [[name:Paddy Joe Ward]] ([[age:14]]), Irish Traveller, arrested for theft from a van
        near the [[address:Shepherd's Lane site, Canterbury]]. When I got to [[organisation:Canterbury
        custody]] the record said "reads and writes: yes". He can't read. He had signed the rights form
        because the DO told him "just sign here so you can go home". I stopped it before interview and
        asked for his rights and the {{notice of entitlements}} to be read aloud. His mammy
        [[name:Bridget]] arrived later; she also doesn't read and wanted his uncle [[name:Mikey]] to
        be the AA - explained why that couldn't happen after [[name:Mikey]] was named in the
        disclosure. Solicitor Ms [[name:Dhaliwal]] agreed the earlier signature should be disregarded.
        Custody ref [[case_reference:CT/02841/24]]. Flagged to Insp [[name:Carr]]: literacy question
        is ticked by default on the new system.
    """)),
    ("social_care", "incident", prose("""
        {{LADO}} referral - foster carer. On [[date:Thurs 11 Jan]] [[name:Chase]] ([[age:13]]) told his
        teacher at [[organisation:Oakwood Academy]] that foster carer [[name:Derek Amoah]] had "grabbed me
        by the neck" during a row about his {{Xbox}}. DSL Mrs [[name:Gill]] contacted the {{MASH}}, who
        passed it to me as duty. Visited school same day: red mark on the collarbone, no bruising.
        [[name:Chase]] said [[name:Derek]] "didn't mean it" and asked if he'd be moved. [[name:Angela
        Amoah]] (co-carer) said [[name:Derek]] put a hand on [[name:Chase]]'s shoulder to stop him
        leaving at 11pm. {{LADO}} ([[name:Pete Harrington]]) advised a strategy discussion; placement
        paused and [[name:Chase]] went to respite carers [[name:Hina]] and [[name:Imran Qureshi]] that
        night. Police ref [[case_reference:44240011238]]. Learning: carers had not done
        {{Team Teach}} refresher since 2019.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss - birth father at school gate. [[name:Rhys Penhaligon]] was waiting outside
        [[organisation:St Piran's CofE Primary]] at 3.15 on [[date:5/3]]. His contact with
        [[name:Ellie-May]] ([[age:7]]) and [[name:Tegan]] ([[age:5]]) is supervised {{family time}} only.
        Foster carer [[name:Amber Trevithick]] recognised his van ([[vehicle_registration:WK19 XHP]]) and
        kept the girls in the office; head Mr [[name:Nankervis]] rang 999 and [[name:Rhys]] drove off.
        How did he know the school? [[name:amber]] thinks the contact-centre sign-in sheet, which lists
        carers' names and the school for pick-up, was left face-up on the table at the last session.
        Sheet now kept by the {{contact supervisor}}. Police aware, ref [[case_reference:CC-240305-112]].
    """)),
    ("social_care", "incident", block("""
        STRATEGY MEETING (s47) - care leaver's newborn
        Date: [[date:22.02.24]]   Chair: [[name:RB]]
        Attendees:
          [[name:Rebecca Bright]] ([[name:RB]]) - Team Manager
          [[name:Femi Oladipo]] ([[name:FO]]) - PA, Leaving Care
          DS [[name:Kerry-Ann Lusk]] ([[name:KL]]) - {{CAIT}}
          [[name:Zainab Hussain]] ([[name:ZH]]) - safeguarding MW, [[organisation:Queen Alexandra Hospital]]
        Apologies: HV [[name:Nicola]]
        Minutes: [[name:jw]]

        Subject: [[name:Jordan Pike]] ([[age:19]], care leaver) and baby born [[date:20/02/24]], hosp no [[case_reference:RHU-778120]]
        [[name:FO]]: [[name:Jordan]] told me at 36 wks that partner [[name:Kyle]] hit her. I didn't share - she asked me not to.
        [[name:ZH]]: not on the maternity record; it would have changed the discharge plan.
        [[name:KL]]: [[name:Kyle]] known - two DV call-outs at [[address:31 Tangier Rd, Copnor]].
        Outcome: s47 to proceed, baby stays on {{the ward}} pending ICPC.
        Learning: PA held risk info alone; consent and {{Working Together}} thresholds to be covered in PA induction.
    """)),
    ("social_care", "success", prose("""
        SGO assessment completed for [[name:Precious Nwachukwu]], maternal aunt of [[name:Chidi]]
        ([[age:4]]) and [[name:Adaeze]] ([[age:20 months]]). The children have lived with her at
        [[address:Flat 9, Marlowe Court, Gillingham]] [[postcode:ME7 5QR]] since the
        {{Interim Care Order}}. Court: [[organisation:Medway Family Court]], case no.
        [[case_reference:ME23C00417]], final hearing [[date:8 July 2024]]. What worked: an early
        {{Family Group Conference}}, Auntie [[name:Precious]] had her own solicitor funded, and the
        support plan includes {{Special Guardianship}} allowance plus therapeutic support through the
        {{ASGSF}}. [[name:Chidi]] now calls her "Mummy Auntie". Birth mum [[name:Ngozi]] supports the
        plan and will have contact every school holiday.
    """)),
    ("social_care", "near_miss", block("""
        SMS log - PA work mobile [[phone:07781 220 346]] - exported [[date:12/06/2024]]
        08:02 IN  [[phone:+447700900823]]: hi its [[name:lexi]] new number. can u put my rent money in today pls landlord kicking off
        08:10 OUT [[phone:+447700900823]]: Hi [[name:Lexi]], I'll call you on this number in 5 mins
        08:13 IN  [[phone:+447700900823]]: cant talk at work just send it. new acc ending 4471
        08:20 OUT [[phone:(07700) 900417]]: [[name:Lexi]] have you changed your number?
        08:24 IN  [[phone:(07700) 900417]]: no?? still this one. whats happened
        PA note ([[name:Wes]]): not [[name:Lexi]] - she was on shift at [[organisation:Premier Inn Fareham]]. She thinks ex [[name:Ricky]] has her old SIM. Nothing paid. Bank details unchanged. Reported to police via 101.
        Learning: verify any number change by voice before changing payment details.
    """)),
    ("social_care", "incident", prose("""
        Remand transfer incident. [[name:Kacper Zieliński]] ([[age:17]]) was remanded to youth
        detention at [[organisation:Reading Magistrates' Court]] on [[date:Fri 26 April]] and moved by
        the escort contractor to [[organisation:Cookham Wood YOI]]. The {{Person Escort Record}} did not
        record his self-harm history or that he takes {{methylphenidate}}; YOT worker
        [[name:Grzegorz Lis]] had emailed both to the court cells at 11:40 but the PER had already been
        printed. [[name:Kacper]] went two nights without medication and told staff he "wanted to
        disappear". His mum [[name:Ewa]] rang us from [[phone:+48 512 334 901]] as she was in Poland.
        YOT ref [[case_reference:RDG-YOT-0562]]. Learning: send risk info to the escort provider
        directly, not only to cells, and phone to confirm.
    """)),
    ("social_care", "near_miss", prose("""
        Letterbox check caught this one. Adopters [[name:Will]] and [[name:Sophie Ashdown]] sent a
        lovely update about [[name:Maisie]] ([[age:6]] now) with three photos. In one she is wearing her
        [[organisation:Longfleet CE Primary]] PE top with the logo clear, and in another you can see the
        house number and the car ([[vehicle_registration:HF68 KTN]]) on the drive. Birth mum
        [[name:Jade]] has previously tracked [[name:Maisie]]'s older sibling via {{Facebook}}. I removed
        both photos and rang [[name:Will]] - mortified, "we just didn't think". Ref
        [[case_reference:LB/0912]]. Reminder going in the adopters' newsletter, and letterbox
        co-ordinator [[name:Trish]] will add a photo checklist to the {{Letterbox Contact}} guidance.
    """)),
    # ------------------------------------------------------------------ health (15)
    ("health", "near_miss", block("""
        BIRTH PLAN - SAFEGUARDING  (copy in handheld notes: NO)
        Mother: [[name:Chantelle Roberts-Imrie]]    DOB [[date_of_birth:19/04/2004]]
        NHS no: [[nhs_number:767 082 7092]]    Hosp no: [[case_reference:K2208815]]
        EDD: [[date:11/11/23]]
        Named MW: [[name:Sarah-Jane]] (safeguarding), bleep 4471
        - {{pre-birth assessment}} complete; LA will apply for an {{Interim Care Order}} at birth. Mother aware.
        - NO information to FOB [[name:Lee Carver]] (DOB [[date_of_birth:03/03/1989]]) - non-mol order, photo on file.
        - Baby to go to foster carer only after SW [[name:Obinna Eze]] ([[phone:01243 777 912]], EDT [[phone:01243 642 555]]) confirms the order.
        - Skin-to-skin and breastfeeding fine unless SW advises otherwise.
        ---
        Near miss [[date:12/11]] 02:10: a man rang {{Delivery Suite}} saying he was "[[name:Chantelle]]'s brother" and asked which room. HCA started to answer; MW [[name:Tolu]] took the phone. The plan was on paper only, not on {{BadgerNotes}}.
    """)),
    ("health", "incident", prose("""
        Datix [[case_reference:W-118402]]. Baby girl born [[date:14/01/24]] 06:52 to [[name:Demi]] (hosp
        no [[case_reference:RHM/0047219]]). {{ICO}} granted at 15:00; plan was separation on
        {{the ward}} at 17:00 with SW [[name:Femi]] and foster carer [[name:Dawn]] present. At 16:20
        [[name:demi]]'s partner [[name:Carl]] arrived with two relatives and [[name:Demi]] said she was
        taking baby for a walk. CCTV shows them leaving by the maternity entrance at 16:31. Police found
        mother and baby at [[name:Carl]]'s mum's, [[address:62 Vicarage Drive, Eastbourne]]
        [[postcode:BN20 8AJ]], at 18:10; baby well, temp 36.4. Learning: the plan depended on the
        {{ward clerk}} knowing; the {{baby tag}} had been removed for a bath at 15:50 and not replaced.
    """)),
    ("health", "incident", block("""
        CORD GAS - analyser printout, [[organisation:Cedar Ward]] labour suite
        Patient: [[name:NGUYEN THI HOA]]     MRN: [[case_reference:M0391174]]
        Date/time: [[date:04-Mar-2024]] 03:47
        ART  pH 6.94  pCO2 11.2  BE -17.8  Lac 12.1
        VEN  pH 7.01  pCO2 9.4   BE -15.2
        Operator: [[name:hpatel2]]

        Note ([[name:Hannah Patel]], RM): gases taken 22 min after birth - cord clamped late as I was alone in the room during the {{shoulder dystocia}} until 2nd MW arrived. Baby boy {{Apgar}} 2/5/7. Dr [[name:Oyelaran]] (reg) did a {{Sarnat}} assessment, {{passive cooling}} started, transferred to [[organisation:Princess Anne NICU]] for {{therapeutic hypothermia}}. [[name:Hoa]]'s husband [[name:Minh]] needed a Vietnamese interpreter; {{Language Line}} used. Datix [[case_reference:W-119330]].
    """)),
    ("health", "near_miss", block("""
        NICU HANDOVER - Nursery 2 - nights to days - [[date:Sat 23/03]]
        Cot 7  Twin I [[name:OKAFOR]] "[[name:Zuri]]"  31+2 CGA, NG 3hrly EBM, air
        Cot 8  Twin II [[name:OKAFOR]] "[[name:Zion]]"  31+2, {{CPAP}} 5, caffeine
        Cot 9  [[name:Lukas Dvořák]]  ex-26 wk, day 41, {{PDA}} - mum [[name:Petra]] rooming in, Czech, good English
        S: 05:40 EBM syringe labelled for [[name:Zion]] drawn up for [[name:Zuri]].
        B: twins' milk in same fridge bin, handwritten labels identical except I/II.
        A: caught at 2-person bedside check by [[name:Sunita]] + student [[name:Maja]]. Not given. Mrs [[name:Okafor]] informed.
        R: separate bins per baby, scan on {{BadgerNet}} feeding module.
        NHS: Twin I [[nhs_number:654 823 3689]]  Twin II [[nhs_number:465 324 3700]]
        Handed over: [[name:Ciarán]] RN -> [[name:Esi]] RN
    """)),
    ("health", "success", prose("""
        Compliment logged. [[name:Senait Gebremedhin]] ([[age:23]]) came to maternity {{triage}} at
        [[organisation:Royal Hampshire County Hospital]] at 38 weeks with reduced movements, speaking only
        Tigrinya. Midwife [[name:Rosa Mwangi]] refused to let her [[age:15-year-old]] cousin
        [[name:Filmon]] interpret and got a face-to-face interpreter, [[name:Hagos]], within 40 minutes.
        Through him [[name:Senait]] disclosed she was working unpaid at a house in
        [[address:Stanmore Lane, Winchester]]. [[name:Rosa]] followed the {{modern slavery}} pathway:
        {{NRM}} referral, safeguarding midwife [[name:Ellen Marsh]] informed, {{Salvation Army}} bed
        found that night. Baby delivered safely [[date:9th May]]. The {{Hope for Justice}} caseworker
        wrote that it was the first time a health professional had asked [[name:Senait]] directly.
    """)),
    ("health", "incident", prose("""
        [[name:Bailey]], a [[age:3 day old]] boy on [[organisation:Bluebell Ward]] (transitional care),
        born to [[name:Jodie-Leigh Parsons]] who is on {{methadone}} 60ml. Three {{Finnegan}} scores
        were not done overnight [[date:6-7 Feb]]. At 07:00 score was 14 and {{oral morphine}} started
        by Dr [[name:Adebisi]]. [[name:jodie]] says she told HCA [[name:Maggie]] around 2am he was
        "screaming and sneezing non stop" and was told he was "just hungry". Nights had one RN for nine
        babies and the NAS chart was in a folder at the nurses' station rather than at the cot.
        NHS [[nhs_number:958 752 8220]]. Datix [[case_reference:DX/2024/03317]]. Duty of candour
        conversation held with [[name:Jodie-Leigh]] by ward manager [[name:Gwen Probert]].
    """)),
    ("health", "near_miss", block("""
        From: [[email:safeguarding.maternity@dch.example.nhs.uk]]
        To: [[name:Hughes, Bethan]] (Community MW); [[name:Obi, Chinwe]] (HV)
        Cc: [[email:leavingcare.west@dorset.example.gov.uk]]
        Date: [[date:Mon 29 Jan 2024]] 11:03
        Subject: RE: [[name:Tayla]] / NHS [[nhs_number:471 053 9375]] - pre-birth plan

        [[name:Beth]] - just flagging we nearly sent the pre-birth plan to [[name:Tayla]]'s old PA ([[name:Gav]]) who left in Dec. The leaving care inbox above is the right route. Her PA now is [[name:Halima Yusuf]], [[phone:01305 221 904]].
        Also please don't record [[name:Tayla]]'s address ([[address:The Old Dairy, Bere Regis]] [[postcode:BH20 7JF]]) on the {{BadgerNotes}} app - her mum's partner can see her phone.
        Thanks
        [[name:Mags]]
        Named Midwife Safeguarding | [[organisation:Dorset County Hospital]] | ext 4471
    """)),
    ("health", "success", prose("""
        Transfer debrief. [[name:Ayaan Chaudhry]], born 29+5 at [[organisation:St Mary's Hospital
        Newport]] on [[date:17 December]] in a gale, needed transfer to a level 3 unit.
        Road/ferry was the only option; the crossing was held by [[organisation:Wightlink]] for
        25 minutes so the incubator could board last and leave first. Neonatal transport reg
        Dr [[name:Kwabena Asante]] and nurse [[name:Siân Roberts]] kept him stable on {{CPAP}}; the
        coastguard helicopter ([[flight_number:Rescue 175]]) was on standby but not needed. Mum
        [[name:Farah]] travelled with her sister [[name:Noor]] on the same crossing. Good comms through
        the {{SBAR}} call and one shared plan. Arrived [[organisation:Princess Anne
        NICU]] 14:52.
    """)),
    ("health", "near_miss", prose("""
        Postnatal ward near miss, [[date:2nd Sept]] approx 19:30. A woman in a hospital lanyard asked
        [[name:Aoife]] (MCA) which baby was "baby [[name:Kowalczyk]]" because she was "from the
        {{NICU}} outreach team". [[name:Aoife]] didn't recognise her and asked for her name and
        extension; the woman left. Baby [[name:Kowalczyk]] ([[name:Filip]], [[age:2 days]]) had a
        safeguarding alert - maternal grandmother [[name:Halina]] not to have contact. Security checked
        CCTV; the lanyard was a visitor one. Mum [[name:Marta]] moved to a side room near the desk.
        Learning: praise [[name:Aoife]]; all staff to challenge unknown "staff". Security log
        [[case_reference:SEC-0902-07]].
    """)),
    ("health", "incident", prose("""
        Community midwife [[name:Rachel O'Dwyer]] went to [[address:14a Wyndham Rd, Salisbury]] on
        [[date:Tues 16 April]] for a day 5 check, as on the referral. The man who answered was not the
        father and said "she's not here" - it was the ex-partner's address, which the woman had left
        because of DV. The correct address was [[address:Flat 2, 14 Wyndham Road]] [[postcode:SP1 3AR]]
        (refuge overflow). [[name:Rachel]] had said the woman's first name, [[name:Ioana]], at the door.
        Refuge moved [[name:Ioana]] and baby the same night. Root cause: two addresses on
        {{PAS}}, and the demographic update from {{Summary Care Record}} overwrote the safe one.
        NHS [[nhs_number:903 146 9513]]. Incident [[case_reference:SFT-MAT-24-118]].
    """)),
    ("health", "success", prose("""
        Shout-out to the maternity team and PA [[name:Jamal Whyte]]. [[name:Shanice]] ([[age:18]], care
        leaver, [[organisation:Hastings Leaving Care Team]]) was terrified her baby would be removed
        "because that's what happens to girls in care". [[name:Jamal]] came to every antenatal
        appointment at [[organisation:Conquest Hospital]], her named midwife [[name:Orla]] did the
        booking in a quiet room, and the {{pre-birth assessment}} concluded no plan needed. Baby
        [[name:Kayden]] born [[date:3.3.24]], 3.2kg, home on day 2 to her flat with {{Staying Close}}
        support. [[name:Shanice]] said "nobody treated me like a file". Family Nurse [[name:Becky]]
        picks up from next week.
    """)),
    ("health", "incident", block("""
        DATIX [[case_reference:DX-24-05571]] - newborn blood spot
        Location: [[organisation:Lavender Ward]]         Reported by: [[name:K. Baptiste]] (RM)
        Date of incident: [[date:11/05/2024]]
        What happened: blood spot card for baby [[name:BEGUM]] (NHS [[nhs_number:906 799 0736]]) was labelled with addressograph of baby [[name:BEGUM]] in bay 3 bed 2 - same surname, same day of birth, different mothers ([[name:Rukhsana Begum]] / [[name:Shilpi Begum]]). Lab ([[organisation:Wessex Newborn Screening Lab]]) flagged NHS no/DOB mismatch. Repeat taken day 8, 3 days late.
        Harm: none (result normal) but {{CHT}} screen delayed.
        Action: "name alert" sticker on both cots; {{Guthrie}} cards to be labelled at cot side with 2 IDs.
    """)),
    ("health", "success", block("""
        NICU DISCHARGE TO FOSTER CARE - checklist
        Baby: [[name:Ruby-Rose]] (legal surname withheld)     Hosp no: [[case_reference:PAH-N-220941]]
        Foster carers: [[name:Graham]] & [[name:Yvonne Stickland]], tel [[phone:01962 854 330]]
        SW: [[name:Kofi Mensah]] ([[email:kofi.mensah@hants.example.gov.uk]])
        [x] {{BCG}} given   [x] hearing screen   [x] car seat challenge passed [[date:28/08]]
        [x] carers did {{basic life support}} with [[name:Jess]] (outreach)
        [x] NAS weaning plan shared - {{oral morphine}} stopped
        [x] birth parents NOT told discharge date (per SW)
        Note: [[name:Yvonne]] roomed in for 3 nights, so [[name:Ruby-Rose]] went home feeding well. Smooth - first time the outreach team did a joint home visit on day 1. Signed [[name:Esi Agyeman]] RN.
    """)),
    ("health", "near_miss", prose("""
        Antenatal clinic, [[date:Thurs 8 Feb]]. Routine enquiry about domestic abuse was not done at
        booking because [[name:Zarghona Safi]]'s husband [[name:Wahid]] "interpreted" at every visit.
        At 28 weeks MW [[name:Nia Llewellyn]] sent him to get a parking ticket and asked through a phone
        interpreter (Pashto). [[name:Zarghona]] disclosed she is not allowed out alone and he holds her
        passport. [[name:Nia]] gave her the {{Bright Sky}} app details and referred to the
        {{IDVA}} ([[name:Lorraine]]). NHS [[nhs_number:927 430 8973]]. Near miss because for 16 weeks
        nobody noticed that "family member interpreting" was ticked. Safeguarding MW [[name:Ffion]] is
        adding a hard stop to the booking template.
    """)),
    ("health", "near_miss", block("""
        THEATRE 2 - count discrepancy - {{Cat 2}} LSCS
        Patient: [[name:ABIOLA, Temitope]]   MRN [[case_reference:M0402288]]   [[date:30/06/24]]
        Scrub: [[name:Kat]] (ODP)   Circ: [[name:Lewis]]   Surgeon: Mr [[name:Banerjee]]   Anaes: Dr [[name:Holm]]
        Closing count: swabs 19/20. Closure paused. X-ray requested.
        Swab found by [[name:Lewis]] in the clinical waste bag (stuck to drape) - count correct 20/20. Image cancelled.
        Contributing: {{Cat 2}} with {{PPH}} 1.4L, 3 handovers of circulator during case, whiteboard not updated after handover 2.
        Good catch: [[name:Kat]] refused to close until resolved despite pressure ("we'll sort it after").
        {{WHO checklist}} sign-out completed. Datix [[case_reference:W-121907]].
    """)),
    # ------------------------------------------------------------------ aviation (15)
    ("aviation", "incident", block("""
        TECH LOG PAGE [[case_reference:TLP 004512]]   A/C [[aircraft_registration:G-OWFA]]   Type {{PA-28-161}}
        Date [[date:18/02/24]]   Hrs 8841.3
        Defect: L mag drop 240rpm at run-up, rough running. Pilot: [[name:K. Mwangi]] (student [[case_reference:WFA-S-1187]])
        Action: plugs #2 & #4 lower fouled, cleaned & gapped, ground run satis.
        CRS: [[name:D. Whitlock]]  Auth [[case_reference:SAE/B1/027]]  Licence [[case_reference:UK.66.405512B]]
        ---
        QA finding ([[name:Małgorzata Kowal]], [[date:20/02/24]]): CRS time 14:35 but aircraft flew solo at 14:10 with [[name:Mwangi]]. Ops desk ([[name:Dev]]) released it on a verbal "it's done". Internal occurrence [[case_reference:OR-24-019]]; {{MOR}} to the {{CAA}}.
    """)),
    ("aviation", "near_miss", prose("""
        Student solo nav, [[date:3 May]]. [[name:Eilidh MacLeod]] in [[aircraft_registration:G-BSXK]]
        ({{Cessna 152}}, callsign [[flight_number:WESSEX 27]]) infringed the {{Solent CTA}} by about
        300 ft climbing out of Popham. Solent Radar gave [[flight_number:EZY46TL]] avoiding action;
        closest point 1.2 nm / 500 ft. [[name:Eilidh]] had {{SkyDemon}} running but on the previous
        month's chart because her tablet hadn't synced. She was frank about it and filed her own report
        - exactly what we want. Instructor Capt. [[name:Rhodri Lowe]] debriefed. FTO occurrence
        [[case_reference:FTO-24-031]]. Student licence ref [[case_reference:UK.FCL.SPL.228140]]. Action: pre-flight
        checklist to include "chart date" and {{Airspace Infringement}} e-learning before next solo.
    """)),
    ("aviation", "near_miss", block("""
        HANGAR 2 - TOOL CONTROL EXCEPTION
        Date: [[date:07 Nov 2023]]   W/O: [[case_reference:WO-23-3381]]   A/C: [[aircraft_registration:G-CKLM]] ({{DA42}})
        Raised by: [[name:Jakub Nowicki]] (staff no [[case_reference:40218]])
        17:30 end-of-shift board check: 1 x torch (shadow board 4, tag [[case_reference:T4-017]]) missing. A/C due out 07:00.
        [[name:Jakub]] & [[name:Sunny Bains]] ([[case_reference:40331]]) searched. Torch found inside R engine nacelle, resting on the {{FADEC}} harness. Last signed out to [[name:S.B.]] at 13:10.
        [[name:Sunny]]: "I used it for the borescope, put it down to take a photo."
        No damage. Nacelle re-inspected by [[name:Jakub]], independent check [[name:Ade Ogunleye]] ([[case_reference:40107]]).
        Learning: phone photos mid-task break the flow - {{Dirty Dozen}}: distraction.
    """)),
    ("aviation", "incident", prose("""
        Quality escape. On [[date:12th March]] a CRS for the 50-hour check on
        [[aircraft_registration:G-WFAB]] was signed by [[name:Liam O'Sullivan]] using the authorisation
        stamp of his supervisor [[name:Terry Gould]] (auth [[case_reference:SAE/B1/011]]), who was on
        leave. [[name:Liam]] holds a B1 licence ([[case_reference:IE.66.30877]]) issued in Ireland
        but his company authorisation ([[case_reference:SAE/B1/044]]) had not been issued yet -
        {{Part-145}} scope pending. Found at the [[date:15/03]] audit by [[name:Priya Nair]]. Aircraft
        grounded, work re-inspected and re-certified by [[name:Terry]] on return. [[name:liam]] said he
        thought "the stamp was the team's". {{Just Culture}} review: system issue - stamps were kept in
        an unlocked drawer.
    """)),
    ("aviation", "success", prose("""
        Good show! [[name:Amir Haddad]] (PPL student, [[age:17]]) on his first solo cross-country in
        [[aircraft_registration:G-BOZI]] got rough running and a 300rpm drop near Andover. He applied
        carb heat, the engine cleared, but he still chose to divert to Thruxton rather than press on,
        talked to {{ATC}} calmly and landed without fuss. Engineers ([[name:Ben]] and
        [[name:Chukwuemeka]]) found nothing beyond {{carb icing}} conditions. CFI [[name:Gill
        Ashworth]] recommended him for the school's airmanship award. His dad [[name:Youssef]] told us
        he'd been practising the {{PAN}} call in the car.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Kowal, Malgorzata]] <[[email:m.kowal@solentaero.example.co.uk]]>
        To: [[name:Whitlock, Dean]]; [[name:Okonkwo, Chidiebere]]; [[email:stores@solentaero.example.co.uk]]
        Date: [[date:Fri 05/04/2024]] 08:12
        Subject: Finding [[case_reference:QF-24-07]] - shelf life expiry

        [[name:Dean]], [[name:Chidi]],
        During yesterday's stores audit I found 3 x O-rings ([[case_reference:GRN 24-0611]]) fitted to [[aircraft_registration:G-OTRN]] fuel selector on W/O [[case_reference:WO-24-0412]] that were past shelf life by 4 months. The stores system ({{eStores}}) did not flag it because the cure date was entered as the receipt date.
        Please quarantine batch, raise a deferred defect for re-work, and check all GRNs since Jan.
        Regards
        [[name:Gosia]]
        Quality Manager | [[organisation:Solent Aero Engineering Ltd]] | [[phone:+44 (0)23 8061 9042]]
    """)),
    ("aviation", "near_miss", block("""
        SHIFT HANDOVER LOG - Hangar 1 - [[date:Sun 14 Jan]] nights -> days
        Out: [[name:Rob Tennant]] (lic [[case_reference:UK.66.311049A]])   In: [[name:Mariusz]] / [[name:Fern]]
        [[aircraft_registration:G-BRYN]]  100hr - open: L brake disc replaced, torque NOT yet applied to wheel nut. Tagged "DO NOT TOW".
        [[aircraft_registration:G-CFZL]]  oil change done, CRS signed, ready.
        [[aircraft_registration:G-WFAC]]  awaiting prop from overhaul.
        06:50 [[name:Fern]] noticed [[aircraft_registration:G-BRYN]] on the apron - ops had towed it out for the 07:30 slot. Tag had fallen off. Torque applied and inspected by [[name:Mariusz]] ([[case_reference:UK.66.298812B]]) before flight. No one flew it open.
        Ref [[case_reference:OR-24-003]]. Tags now cable-tied to the prop.
    """)),
    ("aviation", "success", prose("""
        Debrief notes, spin-awareness sortie, [[date:21/06/23]]. Instructor [[name:Hattie
        Fotheringham-Clarke]], student [[name:Duc Anh Pham]], [[aircraft_registration:G-ATKT]]
        ({{Cessna 152 Aerobat}}). During the incipient spin exercise [[name:Duc Anh]] took the
        standard recovery exactly as briefed - {{PARE}} - and recovered within half a turn, then
        recognised a secondary stall in the pull-out and relaxed the back pressure without prompting.
        [[name:Hattie]] notes this is the third student from [[name:Tunde]]'s ground school group to
        need no intervention; the new whiteboard sketch method seems to help. Recommend it goes into
        the training manual.
    """)),
    ("aviation", "incident", prose("""
        Ground occurrence, [[date:Wed 9 Aug]] 16:40. During towing of [[aircraft_registration:G-DAJZ]]
        into Hangar 3, the left wingtip contacted the door frame. Tug driver [[name:Kieran Mc
        Ginley]] (staff [[case_reference:40522]]), wing walker [[name:Bogdan]] on the right side only -
        second walker [[name:Shannon]] had gone to answer the phone. Damage: wingtip fairing cracked,
        nav light lens broken. {{Part-145}} internal report [[case_reference:OR-23-088]]. Aircraft AOG
        for 3 days pending fairing from [[organisation:Diamond Aircraft]]. Learning: tow cannot start
        without two walkers; added to the {{ramp procedures}} and hangar briefing.
    """)),
    ("aviation", "near_miss", prose("""
        Fuel near miss. On [[date:27 July]] the bowser driver from [[organisation:AvFuel South]]
        started to refuel [[aircraft_registration:G-BNKC]] with Jet A-1 instead of {{AVGAS 100LL}}
        after a {{DA42}} (diesel) had just been fuelled. Student [[name:Jasmine Kaur]] saw "JET A-1"
        on the nozzle and stopped him after about 2 litres. Engineer [[name:Oleksandr]] drained and
        sampled both tanks; aircraft released next morning. Supplier ref [[case_reference:AFS-2307-119]].
        [[name:Jasmine]] had only done the fuel awareness brief the week before - it worked. Nozzle
        spouts now have the correct restrictor.
    """)),
    ("aviation", "incident", block("""
        SUSPECT UNAPPROVED PART - internal report [[case_reference:SUP-24-002]]
        Part: alternator P/N {{ALX-8421}} (as per {{IPC}})
        Release doc: {{EASA Form 1}} / {{CAA Form 1}} tracking no. [[case_reference:UK-F1-24-55871]] - block 13a signature illegible, block 3 number already used on a different part (confirmed by supplier QA [[name:Faisal Rahman]], [[email:f.rahman@avparts.example.com]]).
        Received by: [[name:Chidi]] (stores) [[date:22/01/24]]   Inspected: [[name:D. Whitlock]]
        Not fitted. Quarantined. Reported to the {{CAA}} via MOR [[case_reference:MOR-2024-01193]].
        Note from [[name:Dean]]: the part came via a broker ([[organisation:Aerocomp Trading]]) not on the approved supplier list - buyer used it because the usual source quoted 6 weeks.
    """)),
    ("aviation", "near_miss", prose("""
        Medical expiry near miss. Ops booked [[name:Callum Fraser-Nkemelu]] for a solo on [[date:2 Oct]]
        in [[aircraft_registration:G-BOYH]]. His Class 2 medical had expired on [[date:30 September]] -
        the booking system shows the date but does not block. His instructor [[name:Aoibhinn]] noticed
        during the pre-flight brief when he mentioned he was "due a medical soon". Solo cancelled.
        [[name:Callum]]'s medical certificate ref [[case_reference:UK-MED-2-668104]]; AME Dr
        [[name:Sandhu]] could see him the following week. Learning: hard block in the booking system on
        expired medicals, licences and {{SEP}} ratings.
    """)),
    ("aviation", "incident", prose("""
        Runway incursion, [[date:Tuesday 12 September]], training circuit. Student [[name:Faith
        Oyelowo]] in [[aircraft_registration:G-BHAV]] crossed the hold at A1 while
        [[flight_number:LOG6MT]] ({{ATR 72}}) was on a 2 nm final. ATC ([[name:Graeme]]) instructed the
        ATR to go around. [[name:Faith]] had read back "hold short" correctly but then taxied on,
        saying she heard "line up" from another station. Her instructor [[name:Wojciech]] was in the
        right seat and didn't catch it either. {{ATC}} report [[case_reference:ATC-23-0917]], {{MOR}}
        filed. Learning: sterile cockpit on taxi, stop bars lit in daytime.
    """)),
    ("aviation", "success", prose("""
        {{Human Factors}} refresher, [[organisation:Solent Aero Engineering Ltd]], [[date:18 Jan]]. 14
        engineers attended. [[name:Deano]] and [[name:Gosia]] ran a session on the
        [[aircraft_registration:G-BRYN]] tow event using the real log (names removed), then
        {{MEDA}}-style group analysis. Best outcome: [[name:Rob]] volunteered that he'd have signed the
        same handover and suggested the cable-tie tag. Feedback 4.7/5. [[name:Mariusz]] asked for
        Polish subtitles on the video next time - agreed. Certificates issued under ref
        [[case_reference:HF-24-01]] to [[name:Ade]], [[name:Bogdan]], [[name:Shannon]] and others.
    """)),
    ("aviation", "success", block("""
        SAFETY REVIEW BOARD - [[organisation:Wessex Flight Academy]] - minutes [[date:06/12/23]]
        Present: [[name:GA]] (CFI, chair), [[name:RL]] (HoT), [[name:MK]] (QM), [[name:DP]] (ops), student rep [[name:Eilidh]]
        1. Airspace infringements down from 5 to 1 since the "chart date" check ([[name:RL]]).
        2. [[aircraft_registration:G-BSXK]] - recurring radio fault, 3rd tech log entry (TLP [[case_reference:004617]]); [[name:MK]] to chase [[organisation:Solent Aero]].
        3. Student medical expiry - booking system now blocks. Thanks [[name:Aoibhinn]].
        4. Fuel awareness - [[name:Jasmine]]'s catch shared at {{CAA}} safety evening.
        5. AOB: [[name:DP]] leaving in Jan. [[name:GA]] thanked him.
        Next: [[date:7 March]].
    """)),
]


def main() -> None:
    records = build_records("blind43", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
