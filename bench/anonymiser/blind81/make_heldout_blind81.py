"""Held-out blind corpus 81: council safeguarding partnership, mental health trust, airport.

Social care reports are extracts from rapid reviews and child safeguarding practice reviews, MASH
front-door logs, MARAC minutes with attendee lists and IDVA notes, where published pseudonyms
('Child A', 'Harley') sit beside real names that must be labelled. Health reports come from a
mental health trust's acute wards and PICU and a learning-disability hospital: ward round notes,
Datix forms, seclusion records, chats and carers' letters. Aviation reports are airport police
and Border Force duty logs, unaccompanied-minor handovers and passenger-welfare e-mails and
debriefs. Everything is invented; phone numbers use the Ofcom drama ranges.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind81.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        [[organisation:Harrowmere Safeguarding Children Partnership]] - Rapid Review
        [[case_reference:RR/24/011]]. {{Child A}} (aged [[age:4 months]]) was brought to {{the
        Emergency Department}} on [[date:9th February 2024]] with a swollen forearm; a {{skeletal
        survey}} found two further fractures. Mother is [[name:Kayleigh Dunmore]], father
        [[name:Ryan Ashby]] ('[[name:Ry]]'). Both were known to {{Early Help}} through
        [[organisation:Fernside Family Hub]]. The {{health visitor}}, [[name:Precious
        Adebayo-Lewis]], recorded a bruise on [[date:22/01/2024]] but no {{Strategy Discussion}}
        followed because the baby was described as 'cruising'. A baby that young does not cruise.
        [[name:Kayleigh]] told the reviewers she had asked the {{GP}} at [[organisation:Millbrook
        Surgery]] about 'marks' twice. Learning for the partnership: the {{Bruising in Non-Mobile
        Infants}} protocol applies every time, whoever offers an explanation.
    """)),
    ("social_care", "near_miss", block("""
        MASH front door - contact log [[date:15/04/2024]]
        09:12 Call from Mrs [[name:Okafor]] ({{DSL}},
              [[organisation:St Aidan's CE Primary School]])
              re Yr 3 pupil [[name:Tyler-James Hurst]] DOB [[date_of_birth:03/11/2016]]. Mum's new
              partner '[[name:Deano]]' collected him, smelt of drink.
        09:20 Record check: [[case_reference:MASH-24-06617]]. Open {{Child in Need}} plan, SW
              [[name:Will Garside]].
        09:41 Tried [[name:Will]] on [[phone:07700 900418]] - voicemail.
        10:05 Nearly NFA'd as 'info only' by {{duty officer}}. Picked up by {{MASH Team Manager}}
              [[name:D. Kowalczyk]] - [[name:Deano]] matches a {{DVPN}} on the police system.
        10:30 {{Strategy Discussion}} booked for 11:30.
        Learning: no contact closed before police checks are back.
    """)),
    ("social_care", "success", block("""
        MARAC minutes - [[date:Thursday 7 March 2024]] (extract)
        Present: [[name:Sunny Dhaliwal]] (Chair, {{DI}}), [[name:Bev Ormerod]] ({{IDVA}},
        [[organisation:Harbour Women's Aid]]), [[name:Faith Mensah]] ({{Children's Social Care}}),
        [[name:Jon Treloar]] (housing, [[organisation:Corvale Homes]]), Dr [[name:Lena Varga]]
        ({{GP}} liaison), [[name:Tomasz Zielinski]] ({{Probation}})
        Apologies: [[name:Grace Whitlock]]

        Case 4 - [[case_reference:MR/24/0317]]
        Victim [[name:Aisha Rahman]], [[age:31]]. Perpetrator [[name:Imran Qureshi]].
        Actions from Feb: {{Sanctuary Scheme}} works at [[address:22 Coldharbour Rise]],
        [[postcode:NR7 9FD]] - DONE in 48 hrs. {{Clare's Law}} disclosure - DONE.
        [[name:Bev]] reports [[name:Aisha]] and the children safe, {{DVPO}} granted, no further
        call-outs in 6 months. Agreed: close to MARAC, IDVA to stay involved to end of month.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - Children's Services
        Ref: [[case_reference:INC-CS-24-0892]]
        Date of incident: [[date:28/05/2024]]
        Location: [[organisation:Tollgate Family Contact Centre]], room 2
        Reported by: [[name:Rose Pennington]], {{Contact Supervisor}}
        Children: [[name:Leo Ndlovu]] (aged [[age:6]]), [[name:Nia Ndlovu]] (aged [[age:3]])
        Description: During {{supervised contact}} father [[name:Sipho Ndlovu]] handed
        [[name:Leo]] his phone with a {{Life360}} map showing mum's new area. Contact stopped at
        15:20. {{foster carers}} [[name:Mark]] and [[name:Jade Holroyd]] told by phone 15:45.
        Immediate action: police informed (PC [[name:Farouk]]), {{legal services}} asked to
        review the {{Child Arrangements Order}}. Phones now to be handed in at reception.
    """)),
    ("social_care", "near_miss", block("""
        From: [[email:b.ormerod@harbourwa.org.uk]]
        To: [[email:dsl@kingsmead-academy.sch.uk]]
        Subject: RE: pick-up - URGENT

        Hi [[name:Hope]],
        Thanks for ringing. To confirm, [[name:Jasmin]]'s dad is NOT allowed to collect her.
        There is a {{non-molestation order}} (copy attached again) - I thought school had it
        since [[date:2 May]]. Really glad {{reception}} checked {{Arbor}} before letting her go,
        although the flag was nearly ignored because he is still down as an {{emergency contact}}.
        Can he come off the contacts today please? His number is still on there as
        [[phone:07700 900733]].

        Thanks
        [[name:Bev]]
        [[name:Bev Ormerod]] | {{IDVA}} | [[organisation:Harbour Women's Aid]]
        Tel [[phone:01632 960214]]
    """)),
    ("social_care", "success", prose("""
        Compliment received [[date:19/06/2024]], logged [[case_reference:COMP-2024-0441]]. 'I want
        to say thank you to [[name:Frank]] from the {{Leaving Care}} team. [[name:Frank]] never
        gave up on me even when I moved to Leeds and stopped picking up. He sorted my {{Setting Up
        Home Allowance}}, came with me to my {{PIP}} assessment and remembered my birthday. Thanks
        as well to [[name:Dawn]] on reception at [[organisation:Priory Road Hub]] who always made
        me a brew.' - [[name:Kyra-Leigh Bates]], [[age:19]]. Shared with {{Service Manager}}
        [[name:Anjali Rao]] and with [[name:Frank Idowu]]'s {{supervisor}} for his appraisal.
    """)),
    ("social_care", "incident", prose("""
        Child Safeguarding Practice Review, [[case_reference:CSPR/HSCP/2023/04]]. {{Child D}},
        known in this review as '{{Harley}}', was [[age:15]] when he was found in a {{county
        lines}} trap house at [[address:Flat 3, 41 Wharf Street]], [[postcode:IP14 2RX]].
        {{Harley}} had been reported missing eleven times; {{return home interviews}} were
        completed by [[organisation:Pathways Youth Project]] on only three occasions. His nan,
        [[name:Maureen Sowerby]], told the reviewer she 'rang everyone'. The {{Youth Justice
        Service}} worker, [[name:Kwame Asante]], escalated to the {{Exploitation Hub}} on [[date:4
        October 2023]] but the {{NRM}} referral was not made until [[date:30 November 2023]]. By
        then he had been stabbed. Mrs [[name:Sowerby]]'s calls were logged as 'concern noted'.
    """)),
    ("social_care", "near_miss", block("""
        [[date:12/03/2024]] 16:02 - [[name:Jade H]]: anyone know if the [[name:Petrov]] kids r open
        to us? school saying [[name:Mila]] has a burn on her hand
        [[date:12/03/2024]] 16:04 - [[name:Marek]]: [[name:Mila Petrova]] yeh mine,
        [[case_reference:CP-24-2231]]. on a {{CP plan}} under {{neglect}}
        [[date:12/03/2024]] 16:05 - [[name:Marek]]: mum said it was the {{air fryer}} last time too
        [[date:12/03/2024]] 16:09 - [[name:Jade H]]: pls dont put names on here!! this is my
        personal phone. use {{Mosaic}} case notes
        [[date:12/03/2024]] 16:10 - [[name:Marek]]: sorry deleting now. will ring
        [[organisation:Hillcrest Primary]] and do a {{body map}} request
    """)),
    ("social_care", "success", block("""
        Strategy Discussion - notes ([[date:23/07/2024]], via {{Teams}})
        - Attendees: [[name:Grace Whitlock]] ({{Team Manager}}, chair), DC [[name:Owen Pryce]]
          ({{CAIT}}), [[name:Nadia Farah]] ({{school nurse}}), [[name:Amrit Sandhu]] (SW)
        - Child: [[name:Kian Doyle]], DOB [[date_of_birth:17/09/2010]],
          [[address:9 Larkspur Close]], [[postcode:CB6 3LW]]
        - [[name:Kian]] disclosed to [[name:Nadia]] at [[organisation:Thornbury High School]] that
          stepdad hits him with a belt; marks seen.
        - Decision: {{Section 47}} joint enquiry; {{ABE interview}} same day.
        - Update [[date:24/07/2024]]: interview done, stepdad arrested, [[name:Kian]] with aunt
          [[name:Shona Doyle]] under a {{safety plan}}.
        - Chair noted all agencies in the call within 40 mins of referral - good practice.
    """)),
    ("social_care", "incident", block("""
        MARAC [[date:11 April 2024]] - repeat cases (extract)
        Ref        | Victim          | Concern          | Owner
        [[case_reference:MR/24/0288]] | [[name:Chantelle Booth]] | 3rd in 12 months |
                   |                 |                  | IDVA [[name:Kerry-Ann Wilde]]
        [[case_reference:MR/24/0291]] | [[name:Grazyna Nowicka]] | {{stalking}}, {{SPO}} |
                   |                 |                  | DS [[name:Alun Price]]
        [[case_reference:MR/24/0302]] | [[name:Hollie Vance]] | pregnant, 19 wks |
                   |                 |                  | {{midwife}} [[name:Faith]]

        Post-meeting: minutes went to the wrong distribution list (incl. the general inbox at
        [[organisation:Corvale Homes]]). Recalled after 25 min, 2 opened. Breach logged
        [[case_reference:IG-24-117]]; {{MARAC Coordinator}} to use the {{Egress}} list only.
    """)),
    ("social_care", "near_miss", prose("""
        Out of hours, [[date:Saturday 20 January 2024]]. The {{Emergency Duty Team}} took a call at
        01:40 from PC [[name:Hussain]] about [[name:Ellie-Mae Carter]], [[age:13]], found at the
        bus station with a man in his thirties. The {{duty social worker}}, [[name:tom b]], agreed
        she should go home to her {{foster placement}}. The address on {{Mosaic}} was the old one,
        [[address:5 Orchard View]], and officers were on their way there when the carer, Mrs
        [[name:Adeyemi]], rang at 02:10 to report her {{missing}}. That call corrected the address.
        The placement moved on [[date:2 January]] but the record was never updated.
    """)),
    ("social_care", "success", block("""
        Joint visit debrief - [[date:6 August 2024]]
        Who: {{IDVA}} [[name:Sam O'Leary]], SW [[name:Bill Chatterjee]]
        What happened: Visit to [[name:Dawn Whitby]] at [[address:Flat 12, Ropewalk Court]]
        after an {{Operation Encompass}} notice reached [[organisation:Saxon Way Nursery]].
        Ex-partner [[name:Craig]] turned up mid-visit.
        What went well: [[name:Dawn]] used the {{code word}} agreed at MARAC, [[name:Sam]] called
        {{999}} from the car, [[name:Bill]] kept the kids in {{the back bedroom}}.
        [[name:Craig]] left before police arrived but was arrested later.
        Even better if: we had checked bail conditions before going.
        Recorded on [[case_reference:CS-0093314]].
    """)),
    ("social_care", "incident", block("""
        From: [[name:Priya Natarajan]] <[[email:priya.natarajan@harrowmere.gov.uk]]>
        To: [[name:Rob Fairclough]]
        Subject: Data breach - CP conference letter

        Morning [[name:Rob]],
        Flagging an incident. The invite to the {{Initial Child Protection Conference}} for
        [[name:Amber Kettle]]'s children was posted to her old address, [[address:77 Denton Road]],
        [[postcode:NR3 1HB]], where the alleged perpetrator [[name:Lee Sillitoe]] still lives.
        [[name:Lee]] now knows the date ([[date:14/08/2024]]) and venue. [[name:Amber]] and the
        children are in a {{refuge}}. Logged as [[case_reference:DPB-2024-0219]];
        {{Information Governance}} are assessing whether it meets the {{ICO}} threshold.

        Regards
        [[name:Priya]]
        {{Business Support Officer}}, [[organisation:Harrowmere County Council]]
    """)),
    ("social_care", "near_miss", block("""
        [[organisation:Willowbrook Children's Home]] - night log [[date:02/09/2024]]
        22:00 All YP in. [[name:K.O.]] unsettled after call from dad.
        22:45 [[name:K.O.]] asked for {{paracetamol}}. {{MAR chart}} blank but day staff
              ([[name:JS]]) had given 2 at 20:00 - not handed over.
              Only found because [[name:K.O.]] said 'I already had some'.
        23:10 Rang {{on-call manager}} [[name:Sunita]] - advised hold, record.
        01:30 Window alarm room 3, [[name:Reece]] trying to go out, talked down by [[name:Mo]].
        06:50 Handover done. [[name:JS]] to be spoken to re {{MAR}} signing.
    """)),
    ("social_care", "incident", block("""
        Rapid review - chronology (extract), {{Child C}}
        [[date:03/01/2024]] {{Health Visiting}}: new birth visit,
                   mum [[name:Stacey Lumb]] low mood.
        [[date:17/01/2024]] GP ([[organisation:Castle Fields Medical Centre]]): {{sertraline}}.
        [[date:29/01/2024]] Police: DA call-out to [[address:4 Tanner's Yard]]; partner
                   [[name:Dale Nuttall]] arrested, NFA. No {{DASH}} done.
        [[date:30/01/2024]] MASH: notification not linked to baby (address mismatch).
        [[date:08/02/2024]] Hospital: {{Child C}}, aged [[age:7 weeks]], admitted, head injury.
        Key issue: the baby was never linked to [[name:Dale]] on any system.
    """)),
    ("social_care", "success", prose("""
        IDVA case closure, [[case_reference:IDVA-2024-1187]]. Client [[name:Magdalena Wiśniewska]]
        ('[[name:Magda]]'), [[age:38]], referred via MARAC after {{non-fatal strangulation}}. IDVA
        [[name:Kerry-Ann Wilde]] supported her at the {{Specialist Domestic Abuse Court}} and the
        perpetrator was convicted at [[organisation:Harrowmere Magistrates' Court]] on [[date:18
        September 2024]]. [[name:Magda]] now has a {{Polish}}-speaking counsellor through
        [[organisation:New Leaf Counselling]] and has started an {{ESOL}} course. {{DASH}} score
        down from 19 to 6. She asked that [[name:Kerry-Ann]]'s manager is told 'she believed me
        first time'.
    """)),
    ("social_care", "near_miss", block("""
        MASH triage record
        Contact ID: [[case_reference:MASH-24-09140]]
        Received: [[date:21/10/2024]] 14:26
        Referrer: {{Staff Nurse}} [[name:Ifeoma Chukwu]], [[organisation:Wren Ward]],
        tel [[phone:01632 960588]]
        Subject: unborn baby of [[name:Chloe Parfitt]] ([[age:17]]),
        NHS [[nhs_number:672 415 1694]]
        Address: [[address:Flat 2, 18 Gasworks Lane]], [[postcode:IP4 5DJ]]
        RAG: GREEN > AMBER. First triager nearly stepped down to {{Early Help}}; second check
        found father [[name:Connor Leach]] is managed under {{MAPPA}}.
        Outcome: {{pre-birth assessment}} allocated.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Ward round - [[organisation:Heron Ward]] ({{acute admissions}})
        [[date:Tues 5 March 2024]]
        Present: Dr [[name:Oyelaran]] ({{Consultant Psychiatrist}}),
        [[name:Sunny]] ({{Charge Nurse}}), [[name:Ella Brandt]] ({{OT}}), [[name:Rhys]] (pharmacy)
        Pt: [[name:Gary Flint]], [[age:52]], {{Section 3}}, NHS [[nhs_number:944 971 2190]]
        - Found 03:20 with a {{ligature}} (dressing gown cord) in the en-suite. Removed by
          night staff, no injury. Datix [[case_reference:W41276]].
        - [[name:Gary]] says voices told him to 'finish it'.
        - Obs up to {{Level 3}}, belt/cords removed, anti-ligature check of room.
        - Dr [[name:Oyelaran]] to review {{clozapine}} option with [[name:Rhys]].
    """)),
    ("health", "near_miss", block("""
        Datix ref: [[case_reference:DW-2024-05512]]
        Date: [[date:14/05/2024]]
        Location: [[organisation:Kingfisher Ward]], [[organisation:Marlowe Centre]]
        Reported by: [[name:Faith Oduya]], {{Staff Nurse}}
        Patient: [[name:Dmitri Sokolov]], hospital no [[case_reference:RX7734021]]
        Description: {{Clozapine}} charted to restart at 300 mg after a 3-day gap (pt was AWOL).
        Should have been re-titrated from 12.5 mg per the {{Clozapine}} protocol. Spotted by
        pharmacist [[name:Rhys Llewellyn]] before the evening dose.
        {{FBC}} sent, {{ZTAS}} informed.
        Harm: none (near miss).
    """)),
    ("health", "success", prose("""
        Dear Ward Manager, I am writing about my son [[name:Callum]]'s time on [[organisation:Larch
        Unit]] at [[organisation:Brackenfield House]]. When he came in from [[organisation:The
        Beeches]] he was being restrained most days. Your staff, especially [[name:Hope]] and
        '[[name:Big Dave]]', learnt his {{Makaton}} signs, followed his {{communication passport}}
        and stopped the {{PRN}} {{promethazine}}. Restraints went from fourteen a month to none.
        [[name:Callum]] laughed on the phone to me for the first time in two years. Please pass
        this to your {{PBS}} team. Kind regards, [[name:Linda Moorcroft]] ([[phone:07700 900261]])
    """)),
    ("health", "incident", block("""
        Seclusion record - [[organisation:Osprey PICU]]
        Pt: [[name:Tendai Moyo]]  NHS [[nhs_number:804 552 4197]]  Date [[date:18/06/2024]]
        14:05 Pt punched HCA [[name:Lucy Rourke]] in {{the lounge}}.
        14:07 Restraint, 4 staff. {{prone}} held approx 3 min - over local limit.
        14:12 {{IM}} {{lorazepam}} 2 mg.
        14:15 Seclusion started. Medical review due by 15:15.
        15:20 Dr [[name:Chaudhry]] arrives (held up in A&E). Review late.
        16:00 No {{NEWS2}} recorded after {{rapid tranquillisation}} - gap.
        Incident no [[case_reference:DW-2024-07781]]. [[name:Lucy]] referred to
        {{Occupational Health}}.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Rhys Llewellyn]] <[[email:rhys.llewellyn@htpft.nhs.uk]]>
        To: [[organisation:Kestrel Ward]] managers
        Subject: Lithium level - Mrs [[name:Brennan]]

        Hi all,
        Mrs [[name:Noreen Brennan]] ([[age:71]]) had a {{lithium}} level of 1.4 on [[date:3 July]].
        The result sat in {{ICE}} for two days unactioned and she had another two doses. She had a
        tremor and was a bit muddled, which was put down to her {{dementia}}. I picked it up on my
        weekly check. Dose held, {{U&Es}} repeated, level now 0.7 and she is back to herself.
        Could we add lithium results to the {{safety huddle}} board?

        Thanks
        [[name:Rhys]]
        {{Mental Health Pharmacist}}, [[organisation:Kestrel Ward]]
    """)),
    ("health", "success", block("""
        Ward round notes - [[organisation:Avocet Ward]] - [[date:12/08/2024]]
        Pt: [[name:Marcus Oyelowo-Grant]] ([[name:MOG]]), {{Section 2}} lapsed, informal.
        - Mood settled on {{aripiprazole}} 10 mg. No {{PRN}} for 9 days.
        - [[name:MOG]] says the gym and [[name:Rose]] ({{Peer Support Worker}}) 'kept him going'.
        - Housing: [[organisation:Corvale Homes]] confirmed flat at [[address:6 Kiln Court]],
          [[postcode:NR14 8UA]].
        - {{Home Treatment Team}} to visit day after discharge. {{Care Coordinator}}
          [[name:Femi Bankole]] attended.
        - Plan: discharge {{Friday}}. Team thanked for first {{Section 2}} on the ward this year
          with no restraint.
    """)),
    ("health", "incident", prose("""
        [[name:Liam Dacosta]], [[age:24]], detained under {{Section 2}} on [[organisation:Heron
        Ward]], absconded on [[date:2 September 2024]] by following a visitor through {{the
        airlock}}. He was missing for six hours and was found by PC [[name:Amara Obi]] on the
        footbridge over the ring road and returned under {{Section 18}}. The {{swipe card}} reader
        on the inner door had been faulty since [[date:28 August]] (estates job
        [[case_reference:EST-558210]]). His mother, [[name:Carol Dacosta]], rang the ward on
        [[phone:020 7946 0312]] four times before anyone told her. Datix
        [[case_reference:DW-2024-08830]].
    """)),
    ("health", "near_miss", block("""
        {{Teams}} chat - [[organisation:Curlew Ward]] staff group
        [[name:Kemi B]] 09:14  bed 6 [[name:jo]] says she hasnt had her {{insulin}}
                       but {{EPMA}} shows given 08:00??
        [[name:Dawn]] (HCA) 09:15  was that [[name:Joanne Hart]] bed 9? she came in yesterday
        [[name:Kemi B]] 09:16  omg. bed 9 is [[name:Joanna Hartley]] not on insulin at all
        [[name:Kemi B]] 09:18  ok checked - NOT given to either, night nurse clicked wrong pt on
                       {{EPMA}} and never drew up. giving [[name:jo]] her {{Lantus}} now
        [[name:Dawn]] 09:19  shall I do a {{name alert}} sticker on both?
        [[name:Kemi B]] 09:19  yes pls + I'll datix
    """)),
    ("health", "incident", prose("""
        At [[organisation:Brackenfield House]] on [[date:Sunday 14 April 2024]] [[name:Aaron]], a
        [[age:26]]-year-old man with autism and a learning disability, was restrained for 22
        minutes in {{the garden}} after throwing a chair. His {{PBS plan}} says a change of staff
        and quiet time in {{the sensory room}} should be offered first, but the two agency staff
        from [[organisation:Staffline Care]] had not read it. Nurse [[name:Willow Achterberg]] came
        over from [[organisation:Larch Unit]] and ended the hold. [[name:Aaron]] had a graze to his
        cheek. Incident [[case_reference:BH-24-0193]]; his dad, Mr [[name:Glynn Price]], has asked
        for a {{CETR}}.
    """)),
    ("health", "success", block("""
        Debrief - [[organisation:Osprey PICU]], [[date:29/07/2024]], 11:00
        Facilitator: [[name:Gemma Salt]] ({{Ward Manager}})
        Staff: [[name:Tunde]], [[name:Priyanka]], [[name:Mark Ferris]] (bank),
        [[name:Hope Nakamura]]
        Situation: [[name:Dylan]], newly admitted, barricaded in the {{de-escalation suite}} with a
        broken cup.
        What worked:
        * One voice ([[name:Tunde]]), others out of sight.
        * Offered {{oral}} {{olanzapine}} rather than going to {{IM}}; accepted after 25 min.
        * [[name:Hope Nakamura]] got his sister on speaker.
        * No restraint, no {{rapid tranquillisation}}, no injuries.
        Learning: keep the {{Safewards}} 'talk down' tips on the office wall.
    """)),
    ("health", "near_miss", block("""
        HANDOVER SHEET - [[organisation:Wren Ward]] (night to early) [[date:09/10/2024]]
        Bed | Name         | NHS no.      | Notes
        4   | [[name:Hussein Ali]]  | [[nhs_number:242 180 9975]] | {{Section 3}}, {{1:1 obs}}
        5   | [[name:Hussain Alli]] | [[nhs_number:436 442 6946]] | informal, bloods due
        Near miss: phlebotomy labelled bed 4's bloods with bed 5's NHS number. [[name:Ifeoma]]
        noticed at the {{safety huddle}} because bed 4 had refused bloods. Samples destroyed,
        both pts now have a {{similar name}} alert. Datix [[case_reference:DW-2024-10022]].
    """)),
    ("health", "incident", block("""
        From: [[email:safeguarding.team@htpft.nhs.uk]]
        Subject: Safeguarding adults referral - visitor on [[organisation:Kingfisher Ward]]

        Patient [[name:Samira Haddad]] ([[age:29]]) was visited on [[date:16/09/2024]] by her
        husband, [[name:Youssef Haddad]], although a {{Section 42}} enquiry and a MARAC referral
        ([[case_reference:MR/24/0451]]) were open. The visiting ban was in the {{RiO}} alerts but
        not on the ward whiteboard. [[name:Samira]] later told {{Staff Nurse}} [[name:Jade Okoro]]
        he had threatened her in {{the quiet room}}. Police informed, IDVA [[name:Bev Ormerod]]
        told. Ward to add {{visitor restrictions}} to the daily {{safety huddle}}.

        [[name:Claire Ashworth]], {{Named Nurse Safeguarding}}
    """)),
    ("health", "success", prose("""
        A thank-you card on [[organisation:Larch Unit]]: 'To all the team, thank you for helping
        our [[name:Bethan]] get her voice back. When she came to [[organisation:Brackenfield
        House]] in [[date:January 2024]] she would only use a whiteboard. Speech and language
        therapist [[name:Grace Olumide]] brought in the {{Proloquo2Go}} app on an {{iPad}}, and now
        she is ordering her own chips. Special thanks to [[name:frankie]] on nights who sat with
        her. Love, [[name:Gwen]] and [[name:Dai Morgan]].' Shared at the {{Team Brief}} and with
        the {{Learning Disability}} {{Quality Group}}.
    """)),
    ("health", "near_miss", block("""
        Environmental risk meeting - [[organisation:Heron Ward]] - [[date:23 May 2024]]
        * Present: [[name:Sunny Dhaliwal-Reid]] (Matron), [[name:Pete Osei]] (estates),
          [[name:Lorna Gilchrist]] ({{Health and Safety}})
        * New {{anti-ligature}} door handles fitted in rooms 1-10 last month; room 11 missed off
          the order ([[case_reference:PO-77213]]).
        * Patient [[name:Zara]] was in room 11 for 4 days on {{Level 2}} obs.
          Found by [[name:Pete]] on a walk-round, no harm.
        * Action: {{door top alarm}} check on all rooms by {{Friday}}; [[name:Lorna]] to update
          {{ligature risk assessment}}.
    """)),
    ("health", "incident", block("""
        To: [[email:heron.ward@htpft.nhs.uk]]
        Cc: Dr [[name:Oyelaran]]
        Subject: s17 leave - incident

        All,
        On [[date:Wed 21 Aug]] [[name:Ryan Kelsall]] (NHS [[nhs_number:346 158 3863]]) went on
        unescorted {{Section 17 leave}} to [[address:48 Brook Street]]. His {{Section 17}} form
        only authorises {{escorted leave}} in the grounds; the unescorted form was for
        [[name:Ryan Kelsey]] on the same ward. He came back on time but had been drinking.
        Incident [[case_reference:DW-2024-08417]]. From Monday the {{nurse in charge}} checks the
        form with a second nurse before any leave.

        [[name:Marcia]] ({{Ward Manager}})
    """)),
    ("health", "near_miss", block("""
        Night log - [[organisation:Rowan Lodge]], [[organisation:Brackenfield House]]
        [[date:11/11/2024]]
        23:00 Supper. [[name:Nathan]] given toast - his {{SALT}} plan says {{IDDSI Level 5}}
              ({{minced and moist}}) only. Bank HCA ([[name:R.T.]]) did not know.
        23:04 [[name:Nathan]] coughing, went red. Back blows by [[name:Shanice]], cleared.
        23:15 {{SpO2}} 97%, {{NEWS2}} 1. On-call Dr [[name:Bello]] informed.
        02:00 Settled, asleep.
        Action: diet plans now printed on the kitchen door. [[name:R.T.]] to do dysphagia
        e-learning before next shift.
    """)),
    ("health", "success", block("""
        MDT review - [[organisation:Larch Unit]] - [[date:04/12/2024]]
        Patient / Lead / Update
        [[name:Callum Moorcroft]] / [[name:Hope]] / zero restraints 10 wks;
            {{transition}} plan agreed
        [[name:Precious Nwosu]] / [[name:Willow]] / back to {{supported living}} at
            [[organisation:Elm Court]]
        [[name:Oskar Lindqvist]] / Dr [[name:Bello]] / {{Stopping Over-Medication}}:
            {{risperidone}} stopped
        Outcome: 3 of 4 patients now have discharge dates. {{CETR}} actions all closed.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        [[organisation:Eastmarsh Airport]] Police - duty log [[date:03/08/2024]]
        05:42 Call from {{Terminal Duty Manager}} - intoxicated male refusing to leave gate 12,
              flight [[flight_number:SK482]] to Alicante.
        05:50 PC [[name:Nkemelu]] and PC [[name:Hart]] attend. Male [[name:Darren Pugh]],
              DOB [[date_of_birth:14/02/1987]], aggressive, spat at {{gate agent}}.
        05:58 Arrested {{Section 4A}} Public Order + common assault. Bodycam on.
        06:30 [[name:Darren Pugh]] booked in, custody ref [[case_reference:EM/08/24/0419]].
        07:10 [[flight_number:SK482]] departed 28 min late. Gate agent [[name:Aleksandra]] offered
              {{TRiM}}.
    """)),
    ("aviation", "near_miss", prose("""
        {{Unaccompanied minor}} [[name:Sofia Marchetti]], [[age:9]], arrived on
        [[flight_number:SK217]] from Milan on [[date:22 July 2024]]. The {{UM form}} named her
        grandfather, [[name:Enzo Marchetti]], as the person collecting. At the {{UM desk}} a man
        gave the name [[name:Enzo]] but his passport said [[name:Lorenzo Ricci]]. The agent from
        [[organisation:Aerolink Handling]], [[name:Bill Tamsin]], nearly accepted his explanation
        that he was 'family', then phoned the number on the form, [[phone:07700 900952]]. The real
        grandfather was still in {{the car park}}. Mr [[name:Ricci]] turned out to be an uncle.
        Reminder: ID must match the form, no exceptions.
    """)),
    ("aviation", "success", block("""
        Border Force - Arrivals PCP, [[organisation:Eastmarsh Airport]] - [[date:10 June 2024]]
        {{Safeguarding and Trafficking}} referral - outcome summary
        - 16:40 [[flight_number:BV3316]] from Bucharest. Officer [[name:Jaswinder Gill]]
          noticed a girl ([[name:Ana-Maria]], stated [[age:17]]) travelling with an
          unrelated adult male, no return ticket.
        - Spoke to her separately with an interpreter on {{Language Line}}. She had a job offer
          on a phone message, address [[address:2 Station Terrace]], no employer name.
        - Referred to {{MASH}} and police; {{NRM}} referral made, she was placed in a
          {{place of safety}}. Male interviewed, released pending enquiries.
        - [[name:Ana-Maria]] has since contacted her mother. Excellent professional curiosity
          by Officer [[name:Gill]].
    """)),
    ("aviation", "incident", prose("""
        {{Passenger welfare}} incident [[case_reference:PW-24-0877]]. A taxi, registration
        [[vehicle_registration:KX19 ABF]], left an elderly passenger, Mrs [[name:Edna Clegg]],
        [[age:84]], at the {{drop-off zone}} on [[date:13/09/2024]] in heavy rain with a wheelchair
        booking for [[flight_number:TM5120]] to Tenerife. She was not on the {{PRM}} list because
        her travel agent, [[organisation:Sunward Holidays]], had not sent the {{SSR WCHR}} code.
        She waited 50 minutes outside before a cleaner, [[name:Joy Abubakar]], brought her in. She
        missed the flight. The taxi firm and [[organisation:Sunward Holidays]] have been contacted.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Olu Adeyinka]] <[[email:o.adeyinka@aerolink-handling.co.uk]]>
        To: UM coordinators
        Subject: UM on [[flight_number:SK604]] - paperwork

        Hi team,
        Yesterday ([[date:5 Oct]]) we boarded [[name:Theo Baptiste]], [[age:7]], on
        [[flight_number:SK604]] to Jersey with his {{UM envelope}} missing page 2
        (collecting adult). {{Cabin manager}} [[name:Rhiannon]] spotted it before
        doors closed and we faxed - yes, faxed -
        the page from the desk. Mum was reached on [[phone:020 7946 0587]].
        Please check all pages at {{check-in}}, not at {{the gate}}.

        [[name:Olu]]
        {{Customer Service Manager}}, [[organisation:Aerolink Handling]]
    """)),
    ("aviation", "success", prose("""
        Compliment, [[date:2 August 2024]]: 'My husband [[name:Ken]] has {{Parkinson's}} and I was
        dreading the airport. The {{Special Assistance}} team were brilliant from the moment we got
        to the {{Sunflower Lanyard}} desk. [[name:Sunny]] wheeled him all the way to the aircraft,
        used the {{ambulift}} so he didn't have to do the steps, and made sure his {{Madopar}} was
        in his hand luggage. On the way back [[name:Mariam]] met us at the aircraft door. Thank you
        [[organisation:Eastmarsh Airport]].' - Mrs [[name:Pauline Shaw]],
        [[email:pauline.shaw58@mailbox.co.uk]]
    """)),
    ("aviation", "incident", block("""
        Border Force duty log - Departures - [[date:27/07/2024]]
        10:15 {{Forced marriage}} concern from a teacher at [[organisation:Oakfield Academy]]
              (Ms [[name:Hanna Ström]]) - pupil [[name:Rukhsana Begum]], [[age:16]],
              may travel today.
        10:20 Checked {{API}}: booked on [[flight_number:PK7702]] via Doha, dep 12:40.
        11:55 [[name:Rukhsana]] and father at {{security}}. Officer [[name:Malik]] took her aside.
        12:05 She was scared and said she did not know. {{FMU}} contacted.
        12:30 Father became aggressive, airport police attended.
        Incident: handover from the police duty desk took 90 min, gap in the {{FMPO}} route.
        Ref [[case_reference:BF-EMA-24-3318]].
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp - Terminal DMs
        [[name:Dawn K]] 14:02: lost child at {{security}} - boy approx 5, red hoodie,
        name [[name:Alfie]]
        [[name:Jamal]] 14:03: mum at {{Boots}} airside, says he was with dad
        [[name:Dawn K]] 14:05: dad went through {{eGates}} already... boy came back landside??
        [[name:Jamal]] 14:07: found him, he walked back out the {{fast track}} exit,
        door was propped open
        [[name:Dawn K]] 14:08: FFS. [[name:Alfie]] with mum now.
        pls get {{Security}} to check that door
        [[name:Jamal]] 14:20: logged as [[case_reference:SEC-24-1102]]
    """)),
    ("aviation", "success", block("""
        Hot debrief - {{Stand 14}} - [[date:19/08/2024]]
        Aircraft [[aircraft_registration:G-SKLK]] ({{A321neo}}), [[flight_number:SK881]] inbound
        Event: male passenger, [[age:61]], {{cardiac arrest}} on taxi-in.
        - {{Senior Cabin Crew}} [[name:Gabriela Torres]] started CPR, {{AED}} used, 1 shock.
        - [[organisation:Eastmarsh Airport Fire and Rescue]] met aircraft on stand, took over.
        - Paramedics on board within 6 min; ROSC before leaving the aircraft.
        - {{Captain}} [[name:Hugh Abernethy]] kept other passengers seated and informed.
        Well done to all. Crew offered {{peer support}}.
    """)),
    ("aviation", "incident", block("""
        GROUND OCCURRENCE REPORT
        Report no: [[case_reference:GOR-2024-0655]]
        Date/time: [[date:30/04/2024]] 18:25
        Location: {{Stand 7}}
        Aircraft: [[aircraft_registration:G-OHRM]] ({{Boeing 737-800}}), [[flight_number:TM3431]]
        Reported by: [[name:Grant McKenna]], {{Ramp Supervisor}}
        Description: {{ambulift}} driven by [[name:Faisal]] reversed into the aircraft's rear door
        surround while a wheelchair passenger (Mr [[name:Ivor Llewellyn]]) was being transferred.
        Passenger shaken, no injury. Aircraft grounded for inspection, 142 pax delayed 3 h.
        Cause: banksman not present.
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:Monday 16 December 2024]] two unaccompanied minors were checked in for evening
        flights, [[name:Jayden Amoah]] ([[age:8]]) to Belfast on [[flight_number:BV214]] and
        [[name:Jaden Amos]] ([[age:10]]) to Edinburgh on [[flight_number:BV218]]. The {{lanyards}}
        were swapped at the {{UM desk}}. [[name:Jayden]] was walked to the wrong gate and was about
        to be handed to the {{cabin crew}} when {{Senior Cabin Crew}} [[name:Niamh]] compared his
        face with the photo on the {{UM form}}. Both children flew on the right aircraft. Handler
        [[organisation:Aerolink Handling]] now uses a different desk for each flight.
    """)),
    ("aviation", "success", block("""
        {{Operation Limelight}} - planning and outcome notes
        * Dates: [[date:15 July 2024]] to [[date:19 July 2024]],
          departures to {{FGM}}-risk countries
        * Partners: airport police (Sgt [[name:Nadine Kaur]]), Border Force, {{NSPCC}},
          [[organisation:Eastmarsh Airport]] Safeguarding Lead [[name:Will Marsh]]
        * 34 families spoken to; 2 referrals to {{MASH}};
          one {{FGM Protection Order}} obtained for a
          girl aged [[age:11]] booked on [[flight_number:ET0711]]
        * Feedback from [[name:Will]]: staff at {{check-in}} much more confident after the
          {{e-learning}}
    """)),
    ("aviation", "incident", block("""
        Airport police duty log - [[date:08/11/2024]]
        13:10 Vehicle [[vehicle_registration:AV68 TRN]] left unattended outside
              {{Departures}}, 20 min.
        13:15 {{Cordon}} set, terminal front closed. Flights delayed.
        13:32 Owner [[name:Mohammed Siddiqui]] returns - was helping his mum [[name:Zainab]] to
              {{Special Assistance}}. Contact no [[phone:07700 900145]].
        13:40 Vehicle searched, nothing found. [[vehicle_registration:AV68 TRN]] removed.
        13:45 Cordon lifted.
        Incident: {{PRM}} drop-off bay was blocked by contractors,
        so he parked in the {{red zone}}.
        Ref [[case_reference:EMP-24-2207]].
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Ama Owusu-Bekoe]] (Terminal Duty Manager)
        To: Passenger Services
        Subject: passenger with dementia found airside

        [[date:Fri 25 Oct]], approx 17:50. An older man was found by {{cleaning}} staff near
        {{Gate 3}} after boarding had closed for [[flight_number:SK338]].
        He was [[name:Arthur Penrose]],
        [[age:79]], who should have been with his daughter on that flight. He was wearing a
        {{Sunflower Lanyard}} but was not booked for {{Special Assistance}}. Daughter reached on
        [[phone:01632 960771]]; she had gone ahead to board thinking he was behind her. Gate held
        for 6 min, both flew.
        [[name:Ama]]
    """)),
    ("aviation", "success", block("""
        UM handovers - weekly summary (w/c [[date:02/09/2024]])
        Flight  UM               Collected by         Check
        [[flight_number:SK221]]  [[name:Lily-Rose Grant]]  [[name:Hope Grant]] (mum)  OK
        [[flight_number:SK604]]  [[name:Ibrahim Diallo]]   [[name:Mamadou Diallo]]    OK
        [[flight_number:BV3315]] [[name:Chloe Tan]]        [[name:Faith Tan]] (aunt)  OK
        (OK = ID matches form)
        All 3 handovers done within 20 min of {{on-blocks}}. No escalations to {{Duty Manager}}.
        Thanks to the {{UM desk}} team - first clean week since the new {{UM form}}.
    """)),
    ("aviation", "incident", block("""
        Crew debrief - [[flight_number:SK917]], [[aircraft_registration:G-SKLB]] ({{A320}})
        Date: [[date:21/12/2024]]
        - Passenger in 14C ([[name:Scott Leeming]]) drinking own duty free, became abusive.
        - Cabin crew [[name:Priya]] pushed into a galley trolley; bruised arm.
        - {{Captain}} [[name:Rebecca Oyinlola]] and {{First Officer}} [[name:Tariq]]
          diverted to Manchester.
        - Met by police; [[name:Scott Leeming]] arrested.
        - [[name:Priya]] signed off 2 weeks, {{CISM}} arranged.
        - Learning: {{duty free}} bags sealed in {{STEB}} should not be opened on board.
    """)),
]


def main() -> None:
    records = build_records("blind81", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
