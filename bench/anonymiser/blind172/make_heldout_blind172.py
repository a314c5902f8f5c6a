"""Held-out blind corpus 172: just-culture incident, near-miss and learning reports.

Settings: a children's social care out-of-area placements team and its commissioners
(placement search, host-authority notification, Regulation 44, missing from care, DoL orders,
Virtual School); an ambulance hazardous area response team (confined space, water, height,
CBRN) and an urgent care centre (streaming, triage, sepsis, X-ray recall); an airline's cargo
and mail handling at a hub (dangerous goods, ULD build-up, CN38s, screening, ramp and tech log).
Written blind, the way UK staff type: incident forms with field labels, rushed lower-case
notes with typos and no apostrophes, chronologies, e-mails with signatures, Teams and WhatsApp
exports, handover tables, minutes with attendance lists, debriefs, shout-outs, a tech log
entry and a ground movement radio transcript. Every person, place and number is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind172.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        OUT OF AREA PLACEMENTS - INCIDENT / LEARNING FORM
        Ref: [[case_reference:OOA/24/0317]]
        Date of incident: [[date:06/09/2024]] (reported [[date:13/09/2024]])
        Reported by: [[name:Fatima Begum]], {{placement officer}}
        Child: [[name:Kayden Marsh]], DOB [[date_of_birth:11/02/2009]], LCS ID [[case_reference:1048213]]
        Placement address: [[address:Flat 2, 19 Quarry Lane, Tindale]] [[postcode:NE46 3RT]]

        Description:
        Emergency placement agreed at 18:40 on a {{Friday}} after the previous home gave notice. The provider ([[organisation:Harbourside Living Ltd]]) is {{supported accommodation}} and cannot lawfully care for a [[age:15 year old]]. Checks were done from the provider's website, not the {{Ofsted}} register. The {{host authority}} ([[organisation:Fellside County Council]]) was not notified, and the {{IRO}} only heard 6 days later from [[name:Kayden]]'s {{social worker}}.

        Immediate action: {{team manager}} [[name:Gavin Pryce-Jones]] moved [[name:Kayden]] to a registered {{children's home}} on [[date:09/09/2024]].

        Learning: out-of-hours matches to include a screenshot of the live Ofsted registration, and host notification sent the same night by {{EDT}}.
    """)),
    ("social_care", "near_miss", prose("""
        near miss - nearly sent wrong referral. was doing the {{placement referral}} for [[name:aj]]
        ([[case_reference:CLA 50127]]) on the {{placement portal}} and the attachmnt i picked up was the
        {{care plan}} for a different lad, same surname ([[name:Tyler Wood]]), incl his mums address
        [[address:44 Ferncliffe Rd, Brackendale]] [[postcode:BD7 2LN]] which is meant to be withheld as theres a
        {{non molestation order}}. didnt notice til the preview screen showed his DOB [[date_of_birth:30.07.2012]]
        not [[name:AJ]]s. cancelled before it went out to the 37 providers on the list. told my {{senior}} [[name:Nat]]
        straight away. think its cos the shared drive folders are by surname only and both lads are [[name:Wood]].
        can we have folders by {{LCS}} number pls. also the portal lets you attach anything with no second
        check - other LAs do a {{two person check}} when theres a {{restricted address}} flag. - [[name:shaz]], placements
    """)),
    ("social_care", "success", block("""
        From: [[name:Olu Adeyemi]] <[[email:olu.adeyemi@brackendale.gov.uk]]>
        To: Placements Team; Commissioning Team
        Subject: Thank you - [[name:Ruby]] and [[name:Lily-Mae]]
        Sent: [[date:Thursday 14 March 2024]] 17:52

        Hi all,

        Just wanted to say a massive thank you to [[name:Bernadette]] in the {{placements team}} and [[name:Dev Mistry]] in {{commissioning}}. When the girls' {{foster carer}} gave 28 days' notice everyone assumed they'd have to be split up. [[name:Bernadette]] kept ringing round {{IFAs}} every morning and [[name:Dev]] negotiated a {{sibling uplift}} with [[organisation:Brightpath Fostering]] so one household could take both of them (aged [[age:7]] and [[age:9]]). They moved on a {{Saturday}} with their {{life story}} boxes and the hamster, and [[name:Ruby]] is staying at [[organisation:Greenholme Primary]].

        The {{IRO}} said it's the first time in ages she's seen a {{sibling assessment}} actually drive the match. Please pass on to managers.

        [[name:Olu]]
        [[name:Olu Adeyemi]] | {{Social Worker}}, {{Children in Care Team}} | [[phone:07700 900264]]
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - missing episode, [[name:Jayden-Lee Cooper]] (LCS [[case_reference:1061985]])
        Placement: [[organisation:Larkspur House]], [[address:3 Mill Brow, Hexley]] [[postcode:CA12 5PG]] (provider [[organisation:Evergreen Care Group]])

        [[date:21/11/2023]]
        19:15 [[name:JL]] did not return from college. Home staff ([[name:Bev]]) rang {{host police}}, log [[case_reference:NF-231121-0433]].
        21:30 Home rang our {{EDT}}; no {{missing from care}} protocol for the host area on file.
        23:50 Police graded as "absent". They had not been told [[name:JL]] is {{looked after}}, aged [[age:16]], with {{CSE}} concerns from a {{strategy meeting}} in {{October}}.
        [[date:22/11/2023]]
        06:10 Found by police at [[address:Hexley bus station]] with an older male. Returned to home.
        [[date:01/12/2023]]
        {{Return home interview}} finally done, 9 days after - host area service had a waiting list.

        Learning: {{placement plan}} and risk summary must go to host police on day one, and [[organisation:Evergreen Care Group]] asked to complete the {{Philomena Protocol}} profile for every child we place. - [[name:K. Oduya]], {{Senior Practitioner}}
    """)),
    ("social_care", "near_miss", block("""
        Teams chat - Placements & Commissioning
        [[name:Ewa Kowalczyk]]  09:41
        transport for [[name:Marley]] tomorrow - booking conf from the {{secure transport}} firm says pick up from [[address:12 Orchard Close]] ?? he's not been there since {{May}}
        [[name:Hamza Ali]]  09:43
        oh no. that's the old {{foster placement}}. I copied it from the "current address" field in {{LCS}}
        [[name:Ewa Kowalczyk]]  09:44
        he's at [[organisation:The Willows]] now, [[postcode:DL8 4QS]]. if they'd turned up at [[address:Orchard Close]] the ex-carers would've seen the new home's details on the booking form
        [[name:Hamza Ali]]  09:52
        fixed + re-sent. rang the {{escort}} lead [[name:Del]] to confirm verbally
        [[name:Ewa Kowalczyk]]  09:53
        thanks. logging as a near miss - the {{change of placement form}} sat in the {{business support}} queue for 11 days so LCS was never updated
    """)),
    ("social_care", "incident", block("""
        LEARNING REVIEW - MINUTES
        [[date:8 February 2024]], Room 3.12 / Teams
        Present: [[name:Sunita Rao]] ({{Head of Service}}, chair), [[name:Callum McAllister]] ({{IRO}}), [[name:Grace Nwosu]] ({{commissioning officer}}), [[name:Tomasz Zieliński]] ({{social worker}}), [[name:J. Whitfield]] ({{Virtual School}})
        Apologies: [[name:Rhiannon Price]]

        1. Summary: [[name:Leon]] ([[age:14]]) left [[organisation:Oakridge Lodge]] after 19 days following a {{restraint}} and his arrest.
        2. The provider's {{Regulation 44}} report from {{December}} flagged 60% agency staffing and two {{physical interventions}} with no debrief. It was e-mailed to the shared commissioning inbox and nobody read it.
        3. [[name:Leon]]'s {{impact risk assessment}} was completed by the home before the match, but referred to staff who had left.
        4. Actions: Reg 44 reports logged and RAG-rated within 5 working days ([[name:GN]]); unannounced monitoring visit to [[organisation:Oakridge Lodge]] ([[name:GN]]/[[name:CM]]); review of shared inbox ownership ([[name:SR]]).
    """)),
    ("social_care", "success", prose("""
        I want to record some good practice. When [[name:Amira El-Sayed]] ([[age:13]]) moved to {{foster carers}} with
        [[organisation:Northern Lights Fostering]] she had already been out of school for four weeks and has an {{EHCP}}.
        The {{Virtual School Head}} for the host area, Mr [[name:Kwame Boateng]], agreed an emergency {{PEP}} within 48 hours,
        and [[organisation:Stainmore Academy]] admitted [[name:Amira]] on [[date:4 June]] with a {{key adult}} and a reduced
        timetable for the first fortnight. The {{SENCO}}, Mrs [[name:Helen Achterberg]], came to the {{placement planning meeting}}
        herself. Our {{commissioner}} had written education support costs into the {{individual placement agreement}} up front,
        so there was no argument about who pays for the {{teaching assistant}}. [[name:Amira]] told her {{IRO}} it was the first
        school where "nobody made me say why I moved". - [[name:Niamh Gallagher]], {{Senior Practitioner}}, out of area placements
    """)),
    ("social_care", "incident", block("""
        From: [[name:Declan O'Rourke]] <[[email:declan.orourke@brackendale.gov.uk]]>
        To: [[email:legal.childrens@brackendale.gov.uk]]
        Cc: [[name:Sunita Rao]]
        Subject: URGENT - DoL order lapsed - [[name:C.B.]] - [[case_reference:FD24P00731]]
        Date: [[date:Mon 22/07/2024]] 09:12

        All,

        Flagging an incident. [[name:C.B.]]'s {{deprivation of liberty}} order under the {{inherent jurisdiction}} expired at 4pm on [[date:19 July]]. The {{review hearing}} was never listed because the request went to [[name:Yusuf]]'s inbox while he was on leave, and our {{tracker}} only shows orders once a hearing date exists. The provider, [[organisation:Pennine Crest Care]], kept locked doors and 2:1 in place overnight with no lawful authority.

        The home manager [[name:Roxanne]] spotted it on {{Saturday}} morning. Out-of-hours application to the {{duty judge}}; interim order granted [[date:20/07/2024]] at 13:05, so roughly 21 hours unauthorised.

        Ask: expiry dates in the tracker regardless of hearing status, and reminders 28 days out.

        [[name:Declan O'Rourke]]
        {{Team Manager}}, Placements
        [[phone:07700 900418]]
    """)),
    ("social_care", "success", block("""
        [[date:15/05/2024]], 16:02 - [[name:Jas Gill]]: hiya [[name:Keisha]] its [[name:Jas]] from placements. is {{contact}} still ok for [[name:Mason]]s birthday sat? mum has confirmed shes coming
        [[date:15/05/2024]], 16:05 - [[name:Keisha Campbell]]: yes all sorted 😊 booked the room at the family centre 11-2, {{contact supervisor}} is [[name:Dot]] who he knows
        [[date:15/05/2024]], 16:06 - [[name:Jas Gill]]: amazing. train tickets for mum are booked thru {{business support}}, shes getting in at 10:20
        [[date:15/05/2024]], 16:09 - [[name:Keisha Campbell]]: ill send our {{key worker}} to meet her at the station so she doesnt get lost
        [[date:18/05/2024]], 15:47 - [[name:Keisha Campbell]]: update - [[name:Mase]] had the best day. no incidents, he did a speech thanking mum for coming 🥹 hes asked if she can come in the {{summer holidays}}
        [[date:18/05/2024]], 15:50 - [[name:Jas Gill]]: made my week. will put it to the {{IRO}} for the {{care plan}} review
    """)),
    ("social_care", "near_miss", block("""
        PLACEMENTS DUTY HANDOVER - [[date:Tues 2 April 2024]]
        From: [[name:Robyn Ashworth]]   To: [[name:Bilal Khan]]

        | Child | LCS | Status | Action |
        | [[name:Harley P]] | [[case_reference:1072240]] | moved to [[organisation:Fernhill Cottage]] today | chase {{placement plan}} signatures |
        | [[name:Oakley]] | [[case_reference:1069917]] | awaiting {{panel}} | {{IPA}} in draft |
        | [[name:Skye M]] | [[case_reference:1058402]] | moving homes | see below |

        NEAR MISS: [[name:Skye]]'s {{melatonin}} and {{sertraline}} were not in her bag when {{transport}} arrived at 14:30. The old home said the {{MAR chart}} went with the {{escort}}, but the meds were still in the locked cabinet. The escort, [[name:Dimitar]], checked the bag against the {{medication handover}} sheet before setting off and sent them back in. New home is 180 miles away and {{GP}} registration there can take a week.
        [[name:Robyn]]
    """)),
    ("social_care", "incident", prose("""
        incident - data breach. on [[date:17/10]] the {{placement referral}} for [[name:ellie-rose]] went out on the
        {{regional portal}} to 52 providers with her mums new address in section 4 ([[address:Flat 9, Kingsmead Court, Ashby Road]]
        [[postcode:LE11 3TN]]). mum moved after {{MARAC}} and the address is restricted, dad has a history of tracking her down.
        {{DPO}} informed, {{ICO}} notification being considered. recall request sent to all providers, 41 have confirmed
        deleted so far. the social worker [[name:Tash]] had updated the {{chronology}} but the referral form auto pulls
        "family address" from {{LCS}} and nobody reviews before send. mum has been told by [[name:Tash]] + {{IDVA}}.
        [[name:mo]] - placements duty
    """)),
    ("social_care", "success", block("""
        Debrief - step down from residential to fostering
        Child: [[name:Rocco]] ([[age:11]]), [[case_reference:CLA/3391]]
        Date: [[date:30 August 2024]]
        Attendees: [[name:Eilidh MacLeod]] ({{SW}}), [[name:Parveen Akhtar]] ({{commissioning}}), [[name:Chris]] and [[name:Dawn Hollings]] ({{foster carers}}, [[organisation:Brightpath Fostering]]), [[name:Marcus Thompson]] ({{registered manager}})

        What went well
        - 9-week {{transition plan}}: visits, tea, then overnight stays, all led by [[name:Rocco]]'s pace
        - [[name:Marcus]] sent [[name:Rocco]]'s {{key worker}} [[name:Lowri]] with him for the first week back and forth
        - {{therapeutic parenting}} training for the carers paid from the {{step-down}} fund
        - stayed at [[organisation:St Bede's RC Primary]], so no school move

        Even better if
        - {{CAMHS}} transfer took 14 weeks; [[name:PA]] to raise at the regional {{commissioning}} forum
    """)),
    ("social_care", "incident", prose("""
        Commissioning incident note. [[organisation:Redmoor Children's Services Ltd]] is a {{framework}} provider (Lot 2).
        On [[date:6 March 2024]] {{Ofsted}} judged [[organisation:Redmoor House]] ({{URN}} [[case_reference:SC487221]]) inadequate
        and issued a {{compliance notice}}. We only learned of it from the published report on [[date:27 March]], three weeks later.
        The {{Registered Manager}} had left in {{January}} and the {{Responsible Individual}}, [[name:Stephen Okafor]], had not
        notified us as the contract requires. We had two children there, [[name:L.H.]] and [[name:D.K.]]; neither {{IRO}} knew.
        [[name:L.H.]] had two missing episodes in that period which the home reported to police but not to us. Actions: both
        children reviewed within a week; {{contract manager}} [[name:Anjali Desai]] to add a monthly Ofsted register check
        for every provider we use, not just framework ones. [[name:Anjali Desai]], [[phone:0113 496 0817]]
    """)),
    ("social_care", "success", prose("""
        Shout out to [[name:Hodan Warsame]] ({{personal adviser}}, {{leaving care}}). [[name:Dimitri]] (DOB [[date_of_birth:03/10/2006]])
        is placed 90 miles away in {{semi-independent}} and was about to turn [[age:18]] with no NI number, no bank account and
        no ID, which would have meant no {{Universal Credit}} and no way to sign a tenancy. [[name:Hodan]] drove up twice,
        sat with him on hold to {{HMRC}}, got his number through ([[ni_number:SK 41 72 09 C]]) and opened a basic account the
        same afternoon using the {{care leaver}} letter. She also got the host council to accept him on their housing register
        because of our {{Local Offer}}. [[name:Dimitri]] texted her "ur actually the best" which I think says it all.
        - [[name:Giles]], {{team manager}}
    """)),
    ("social_care", "incident", block("""
        Chronology - [[name:Tayo Adebayo]], Year 9, {{EHCP}}
        [[date:04/01/2024]]  placed at [[organisation:Cedar Grange]] (host LA [[organisation:Ravensmoor Council]]) - {{planned move}}, no school named
        [[date:08/01/2024]]  our {{SEND}} team sends {{consultation}} to 3 schools
        [[date:19/01/2024]]  [[organisation:Ravensmoor High School]] declines - cannot meet need
        [[date:06/02/2024]]  {{Virtual School}} escalates to host SEND manager
        [[date:22/02/2024]]  {{tutor}} 5 hrs/wk starts at the home
        [[date:25/03/2024]]  starts at [[organisation:Brookfield Specialist College]]

        Impact: 11 school weeks lost; [[name:Tayo]] says he "gave up on learning" in that time.
        Learning: for a planned move the {{Virtual School Head}} must be consulted and a school identified before the placement starts, as the {{Care Planning Regulations}} expect.
        [[name:R. Ogunleye]], {{Education Lead}}
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Aleksandra Petrova]]
        Sent: [[date:11 June 2024]] 10:27
        To: [[name:Liam Doherty]]
        Subject: Near miss - [[organisation:Hollybank Homes]] offer

        [[name:Liam]],

        Before {{matching panel}} this afternoon I cross-checked [[organisation:Hollybank]]'s offer for [[name:Kacper]] ([[case_reference:CLA 61730]]) and their {{impact risk assessment}} is about another boy - it says no {{CSE}} concerns and lists a {{peanut allergy}}. [[name:Kacper]] is high risk on the {{CRE}} screening tool and has no allergies. Their admin confirmed they'd used the wrong template. If we'd matched on that, the home would have planned for the wrong child, and he could have been placed with two lads linked to the same {{county lines}} network.

        Panel deferred to {{Thursday}}. I've asked that every offer quotes our LCS number on each page.

        [[name:Aleks]]
        [[name:Aleksandra Petrova]] | {{Commissioning Officer}} | [[phone:0113 496 0732]] | [[email:aleksandra.petrova@brackendale.gov.uk]]
    """)),
    ("social_care", "success", block("""
        Placement Sufficiency Panel - notes
        [[date:19/09/2024]]
        Attendance: [[name:Sinéad Byrne]] (chair), [[name:Femi Adeyinka]], [[name:Chen Wei]], [[name:Lorraine Tate]], [[name:Giorgos Papadopoulos]] ({{finance}})

        Item 2 - good news
        Twelve months after launching our {{Mockingbird}} hubs, 5 of the 8 children brought back from out-of-area {{residential}} are still settled in-house. Example: [[name:Zara]] ([[age:12]]) came home from a £6,800/wk placement to carers in the [[organisation:Elmfield constellation]]; her attendance at [[organisation:Brackendale Girls' High]] is now 97%.
        [[name:FA]] credited the {{hub carer}} sleepovers for avoiding two likely breakdowns.
        [[name:GP]] noted the saving funds another {{supervising social worker}} post.
        Action: [[name:CW]] to write up as a case study for the {{regional sufficiency}} group and {{DfE}} returns.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        INCIDENT REPORT (Datix)
        Ref: [[case_reference:W-118342]]
        Date/time: [[date:12/01/2024]] 02:40
        Location: [[organisation:Cottonfield Water Treatment Works]], [[address:Ings Lane, Brackendale]] [[postcode:BD4 8UR]]
        Reporter: [[name:Gareth Pryce]], {{HART paramedic}}
        Patient: [[name:Ade Oyelaran]], [[age:52]], NHS no. [[nhs_number:533 450 6780]]

        Description: {{Confined space}} rescue of a contractor collapsed in a valve chamber. Our {{four-gas monitor}} had no {{bump test}} logged since the previous shift. Entrant [[name:Wojtek]] went in at 02:52 with it. At 02:58 the {{FRS}} monitor at the entry point alarmed for {{H2S}} at 12 ppm while ours read 0. [[name:Wojtek]] withdrawn, no harm. Patient brought out by fire in {{BA}} and conveyed.

        Our monitor then failed a bump test at base ([[organisation:Calderbrook HART]]).
        Learning: bump test at every shift start, recorded in the {{VDI}} app, and no entry on a single unverified monitor.
    """)),
    ("health", "success", prose("""
        Massive shout out to Blue Watch at [[organisation:Calderbrook HART]] for {{Sunday}} night. Swift water call to
        [[address:Stainton Weir, River Ayre]] - a [[age:19 year old]] clinging to a branch below the weir in the dark.
        [[name:Jordan]], [[name:Kofi]] and [[name:Hannah G]] set up {{downstream safety}}, got a {{throw line}} to him first
        time and had him on the bank before {{FRS}} boat arrived. Full {{hypothermia}} management in the back of
        [[vehicle_registration:YJ21 KHF]] - core temp 33.1 when found, 35.4 at handover at [[organisation:Brackendale Royal Infirmary]]. {{Tactical advisor}}
        [[name:Steve Okoro]] kept {{EOC}} and fire on one plan the whole way. This is what the {{water rescue}} training is for. Proud of you all.
        - [[name:Lou]], {{HART Manager}}
    """)),
    ("health", "near_miss", prose("""
        near miss. pt in the waiting room at [[organisation:Millbrook UCC]] streamed as green (uti symptoms). obs at 18:20 HR 118
        temp 38.9 but {{sepsis screen}} not done cos the triage nurse got pulled into {{resus}}. {{HCA}} [[name:Precious O]] repeated
        obs at 19:05 - {{NEWS2}} 7 - and came straight to me. {{Sepsis Six}} started, {{lactate}} 3.8, iv {{antibiotics}} by 19:40 and
        999 transfer to [[organisation:Brackendale Royal Infirmary]]. pt is mrs [[name:D Hussain]], [[age:74]], nhs [[nhs_number:739 074 9164]].
        no harm as far as we know but 45 mins lost. learning - {{e-triage}} should force a sepsis screen when temp over 38 or HR over 90,
        and obs shouldnt wait for the same nurse. well done [[name:Precious]]. - [[name:ade]], nurse in charge
    """)),
    ("health", "incident", block("""
        Timeline - [[name:Alfie Nowak]], [[age:2 yrs]], DOB [[date_of_birth:08/05/2022]], NHS [[nhs_number:136 076 9773]]
        [[date:Sat 16/11/2024]]
        15:48 booked in at [[organisation:Hallam Road Urgent Care Centre]], reason "fell off sofa"
        16:02 seen by {{streaming nurse}}, sent to minors queue; {{safeguarding}} questions not asked
        17:55 dad ([[name:Piotr]]) asked how long; told 2-3 hours
        18:30 left without being seen
        18:31 onwards: no call-back, although policy says under-5s who {{LWBS}} get a call within 1 hour
        [[date:Mon 18/11/2024]]
        10:10 {{health visitor}} saw bruising to the ear at a home visit; referral to {{MASH}}

        Findings: bruising to the ear fits the {{TEN-4-FACESp}} rule and should have prompted a {{paediatric}} review and a {{child protection}} check on the day.
        Actions: under-5 head injuries streamed straight to the paeds pathway; LWBS list checked by the nurse in charge at every handover.
        Reviewed by [[name:S. Kaur-Bains]], {{Named Nurse}}
    """)),
    ("health", "incident", block("""
        Transcript - EOC HART talkgroup, [[date:03/03/2024]]
        02:14:10 EOC ([[name:Sam]]): HART 3-1, Control.
        02:14:16 HART 3-1: Go ahead.
        02:14:20 EOC: Male fallen into a {{slurry lagoon}}, {{confined space}} type, caller is his wife [[name:Margaret]]. Address [[address:Hollins Farm, Back Lane, Oxworth]] [[postcode:HG3 9LD]].
        02:14:31 HART 3-1: Received, mobile.
        02:31:40 HART 3-1: Control, on scene at [[address:Hollins Farm]]. No incident here, occupier says try [[address:Hollin Farm]], up the hill.
        02:32:05 EOC: Apologies. Caller gave [[address:///lamps.crowned.tickle]], that resolves 2.4 miles north. Rerouting.
        02:41:12 HART 3-1: On scene correct farm. {{FRS}} also went to wrong location.

        Note by [[name:Ruby D'Souza]], {{EOC Duty Manager}}: {{CAD}} gazetteer auto-completed "Hollins" and the call taker did not cross-check the {{what3words}} location the caller read out. 18-minute delay to a {{time-critical}} patient. Patient survived, now in {{ICU}}.
    """)),
    ("health", "success", block("""
        HOT DEBRIEF - RTC with entrapment, [[address:B6240 at Scar Top]]
        Date: [[date:27 October 2024]]
        Present: Dr [[name:Ifeoma Eze]] ({{BASICS}}), [[name:Rhys Llewellyn]] ({{HART team leader}}), Stn Cdr [[name:Baz Hughes]] ({{FRS}} {{Incident Commander}}), [[name:Tegan]] ({{paramedic}})

        What went well:
        - {{METHANE}} message within 4 mins of arrival; {{JESIP}} joint decision model done at the car by all three services
        - {{pelvic binder}} and {{TXA}} on before extrication
        - roof off in 22 mins, patient ([[age:34]], male) out on a {{long board}}, airborne with {{HEMS}} at 36 mins
        - driver of the other vehicle ([[vehicle_registration:MW67 TXE]]) assessed and discharged on scene

        To improve: two radio channels in use for the first 10 mins.
        [[name:RL]]
    """)),
    ("health", "near_miss", block("""
        UCC Clinical Team - chat, [[date:09/02/2024]]
        [[name:Anand Krishnan]]  14:03
        just caught myself about to give {{amoxicillin}} under the {{PGD}} to the lady in room 4 - she said "not penicillin, it makes my lips swell" as I handed her the cup
        [[name:Ruth Ogunleye]]  14:05
        is it on her record?
        [[name:Anand Krishnan]]  14:06
        on the {{SCR}} yes, but not on our {{Adastra}} record. the front desk imports demographics only. pt is [[name:Joyce Whitlock]], [[nhs_number:854 060 6674]]
        [[name:Ruth Ogunleye]]  14:08
        good catch. swap to {{clarithromycin}}, I'll do the {{Datix}}. putting the allergy import on the agenda for {{Weds}} huddle
        [[name:Anand Krishnan]]  14:09
        👍
    """)),
    ("health", "incident", block("""
        From: Fleet Desk <[[email:fleet.north@ncas.nhs.uk]]>
        To: [[name:Kieran Walsh]]
        Subject: Off road - [[vehicle_registration:YK70 HRT]] - tyre failure
        Date: [[date:28 June 2024]]

        [[name:Kieran]],

        Confirming [[vehicle_registration:YK70 HRT]] (HART {{incident response unit}}) is {{VOR}}. Nearside rear tyre delaminated on the M62 under {{blue lights}} at about 70 mph yesterday evening; crew pulled over safely, no injuries.

        The tyre was 7 years old and had visible cracking. The {{VDI}} for that morning shows "tyres OK" entered under [[name:D. Ivanov]]'s PIN, but he was on annual leave. It looks like a shared PIN is being used at the base.

        Please can you raise a {{Datix}} and remind the team that VDI PINs are personal. We'll age-check every HART vehicle's tyres this week.

        Regards
        [[name:Paulette Graham]]
        {{Fleet Coordinator}} | [[phone:0114 496 0390]]
    """)),
    ("health", "success", prose("""
        Dear staff at [[organisation:Millbrook Urgent Care Centre]], I'm writing to thank {{the nurse}} who saw {{my dad}},
        [[name:Harold Bright]], on [[date:26th December]]. We'd come in because he'd had a fall and we thought he'd hurt his
        {{wrist}}. Nurse [[name:Mei Ling]] noticed his speech was a bit slurred and his smile was lopsided, did the {{FAST}} test
        and got him a {{999}} {{ambulance}} straight to the {{stroke unit}}. He had {{thrombolysis}} within the hour. He is [[age:81]] and
        is now home walking with a stick and complaining about the telly, which is completely normal for him. We will never
        forget what she did. With love and thanks, [[name:Linda Bright]] and family, [[address:7 Harewood Mews, Otterley]] [[postcode:LS29 8QF]]
    """)),
    ("health", "incident", block("""
        UCC -> ED TRANSFER SHEET (copy attached to Datix [[case_reference:DW-2024-22917]])
        | Field | On sheet | Correct |
        | Name | [[name:Mohammed Iqbal]] | [[name:Mohammed Iqbal]] |
        | DOB | [[date_of_birth:14/06/1961]] | [[date_of_birth:02/11/1958]] |
        | NHS no. | [[nhs_number:960 659 2790]] | [[nhs_number:662 294 4377]] |

        What happened: reception traced the patient by name only on the {{PDS}} lookup and picked the first match. The {{ECG}} and {{triage}} notes were filed against the other [[name:Mohammed Iqbal]]. ED bloods then went on the wrong record too, and the wrong patient's {{warfarin}} and {{INR}} history was used to plan {{anticoagulation}}. Caught by the ED {{pharmacist}} at 23:10 when the patient said he had never taken warfarin.

        Learning: trace on name + DOB + postcode, and read back the DOB to the patient at booking.
        [[name:Tariq Mahmood]], {{UCC Lead Nurse}}
    """)),
    ("health", "near_miss", prose("""
        During the start-of-shift {{kit check}} on [[date:2 May]] at [[organisation:Eastgate HART base]], [[name:Chloe Mensah]] found
        that two {{full body harnesses}} in the {{rope rescue}} kit had {{LOLER}} inspection tags that expired six weeks earlier.
        The asset system showed them as in date because the new harnesses bought in {{March}} had been given the old asset
        numbers. At 11:20 the team was sent to a {{working at height}} job on a scaffold at [[address:Wharfside Quay]], and the
        harnesses would have gone with them. [[name:Chloe]] swapped them out before the call came and quarantined the old pair.
        No harm. The {{HART Manager}} has asked for a full audit of the {{PPE}} register and for tags to be checked against the
        physical item, not just the screen. Reported by [[name:Chloe Mensah]], {{HART paramedic}}.
    """)),
    ("health", "success", block("""
        [[date:04/04/2024]], 21:14 - [[name:Rhys]]: job at [[address:Flat 6, Pennine View]] done. 31 stone gent, {{long lie}} wedged between bath and wall upstairs for 2 days
        [[date:04/04/2024]], 21:16 - [[name:Rhys]]: used the {{bariatric}} kit and the {{Mangar ELK}} to get him up, then {{Sked}} down the stairs with the {{rope}} system. no need to take the window out
        [[date:04/04/2024]], 21:18 - [[name:Jit]]: brilliant. how is he
        [[date:04/04/2024]], 21:19 - [[name:Rhys]]: {{CK}} 14,000 so {{rhabdo}}, went to resus. dignity kept the whole way, [[name:Mo]] talked to him the entire time
        [[date:04/04/2024]], 21:22 - [[name:Amarjit Sandhu]]: great work all. daughter rang {{EOC}} to say thank you. putting this up for the {{Trust}} awards
        [[date:04/04/2024]], 21:23 - [[name:Mo]]: 🙌
    """)),
    ("health", "incident", prose("""
        [[name:Shauna Reilly]], [[age:23]], was seen at [[organisation:Hallam Road UCC]] on [[date:14 August 2024]] with wrist pain
        after falling off a bike. The {{ENP}} reviewed the {{X-ray}} and discharged her in a {{futura splint}} as a soft tissue injury.
        The {{radiologist}} report three days later said {{scaphoid fracture}}. The {{discrepancy}} report went to the UCC generic
        inbox, which had not been monitored since the {{admin}} post became vacant in {{July}}. We tried her mobile
        ([[phone:07700 900582]]) and wrote to [[address:Flat 3, 61 Chapeltown Road]] [[postcode:LS7 3HY]] on day 19. [[name:Shauna]]
        now needs {{ORIF}} because of the delay. {{Duty of candour}} conversation held by [[name:Tariq]], clinical lead, on
        [[date:5 September 2024]]. Actions: discrepancy reports to go to a named clinician daily; missed {{fracture clinic}}
        referrals audited for the past six months.
    """)),
    ("health", "success", block("""
        MINUTES - UCC Quality & Governance
        [[date:21 Nov 2024]], Seminar Room 2
        Present: [[name:Frankie Lowe]] ({{ANP}} lead, chair), [[name:Lee Chan]] ({{Band 6}}), Dr [[name:Nkechi]] ({{GP}} sessional), [[name:Bartek]] ({{reception}} lead)
        Apologies: [[name:Anand Krishnan]]

        Item 4 - Time to triage
        Median time to initial assessment fell from 42 to 14 minutes after the {{rapid assessment}} nurse role was introduced in {{September}}. [[name:Lee]] designed the rota and trained 11 nurses in four weeks. No {{12-hour}} waits this quarter.
        [[name:FL]] thanked [[name:Lee]] and reception; [[name:Bartek]] noted fewer complaints at the front desk.

        Item 5 - {{Sepsis}} audit: 96% screened within 15 mins (was 71%).
        Next meeting [[date:19 Dec 2024]].
    """)),
    ("health", "incident", block("""
        INCIDENT FORM - HART / CBRN
        Incident no: [[case_reference:INC-24-3306]]
        Date: [[date:10/03/2024]]
        Event: suspected chemical exposure, [[organisation:Ashgrove Leisure Centre]] pool plant room
        Patient affected by this report: [[name:Hakan Yilmaz]], [[age:45]], NHS [[nhs_number:432 418 0857]]
        Home address: [[address:22 Sefton Street, Brackendale]] [[postcode:BD3 0HS]]

        What happened: 14 people went through {{IOR}} and {{mass decontamination}}. Property bags were marked with a number only and the {{property log}} sheet got wet and was unreadable. [[name:Hakan]]'s bag, with his {{insulin pump}} handset and phone, was lost and has not been found. He needed an unplanned {{DKA}} risk admission overnight.

        Learning: waterproof tags with name and {{triage}} number, and a named {{property loggist}}.
        Reporter: [[name:Liam Cassidy]], {{HART team leader}}
    """)),
    ("health", "near_miss", block("""
        Chronology - near miss conveyance, [[date:07/06/2024]]
        10:12 {{crew}} ([[vehicle_registration:YX19 KLP]]) on scene, male [[age:58]], {{central chest pain}} 40 mins, pale, sweaty
        10:20 {{Directory of Services}} search returned [[organisation:Millbrook UCC]] as "chest pain - low risk"; crew planning to go there as it was 6 mins away
        10:24 {{12-lead ECG}} not yet done, pt keen to go quickly
        10:31 crew rang UCC to {{pre-alert}}; {{nurse}} [[name:Nia Roberts]] asked for the ECG before accepting
        10:34 ECG: {{STEMI}}. Redirected to {{PPCI}} at [[organisation:Brackendale General]]; door-to-balloon 61 mins

        Learning: UCC does not take undifferentiated chest pain; the DoS profile wording is being corrected. Credit to [[name:Nia]] for the challenge.
        [[name:J.T.]], {{Clinical Team Leader}}
    """)),
    ("health", "success", prose("""
        Debrief note - trench collapse, [[address:Moorside Road]] roadworks, [[date:19/08/2024]]. A groundworker,
        [[name:Kwabena Asante]] ([[age:29]]), was buried to the chest when the side of a 2 m trench gave way. HART arrived 11 mins after
        the call. The {{tactical advisor}}, [[name:Siobhán Ní Bhriain]], held everyone back from the edge until {{FRS}} shored the
        trench, which stopped a second collapse from burying the two workmates who were digging with their hands. {{Crush injury}}
        managed with {{fluids}} before release and a {{tourniquet}} ready. [[name:Kwabena]] went to the {{major trauma centre}} and was
        discharged 12 days later. Good {{JESIP}} communication, and the site manager gave us the {{risk assessment}} on arrival.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        CARGO SAFETY OCCURRENCE REPORT
        Occurrence no: [[case_reference:CSR-24-0412]]
        Date: [[date:19/02/2024]]   Shift: Nights
        Flight: [[flight_number:AB0147]]   AWB: [[case_reference:388-40217763]]
        Shipper: [[organisation:Kestrel Components Ltd]], [[address:Unit 7, Dunstall Trading Estate, Wolverhampton]] [[postcode:WV6 0PJ]]

        Description: consignment declared as "electronic parts" (2 pcs, 38 kg). {{X-ray}} operator [[name:Ngozi]] saw cell shapes and called the {{DG}} desk. Opened under supervision: 40 {{lithium ion}} {{power banks}}, no {{UN3480}} marks, no {{Class 9}} labels, no {{shipper's declaration}}. Already accepted and allocated to a {{ULD}} for build-up.
        Action: offloaded, quarantined in the {{DG cage}}, reported to the {{CAA}} as a dangerous goods occurrence within 72 hours.
        Learning: the acceptance agent did not query the weight per piece. Acceptance checklist to add "batteries?" prompt.
        Reported by: [[name:Dean Hartley]], {{Duty Cargo Manager}}
    """)),
    ("aviation", "near_miss", prose("""
        near miss stand 412, [[flight_number:AB 0923]] reg [[aircraft_registration:G-ALBK]]. the {{ULD}} with 620kg of mail was loaded in
        the aft hold in the position planned on the {{LIR}} for a 140kg container of empties, and the empties went where the mail
        should of been. [[name:wojciech]] ({{dispatcher}}) caught it on his walk round when the tags didnt match the LIR and we swapped
        them back before doors closed. if it had gone the {{loadsheet}} {{trim}} would have been wrong and the captain
        wouldnt have known. cause - two {{AKE}} tags had been stuck on top of old ones and the {{loading team}} read the old ones.
        we were short 2 on the team and had 35 min turn. - [[name:kev]], {{ramp supervisor}}
    """)),
    ("aviation", "success", block("""
        🎉 SHOUT-OUT - MAIL TEAM 🎉
        Week ending [[date:22 December 2023]]

        412 tonnes of {{Royal Mail}} and {{international mail}} through the shed, every {{CN38}} reconciled, zero {{RESDIT}} errors and not one receptacle left behind.

        Special mention to [[name:Bernie]] for covering three nights in a row, to [[name:Sanjay 'Sanj' Mehta]] for sorting the {{CARDIT}} feed when it went down on {{Tuesday}}, and to [[name:Olamide]] and [[name:Rosa Delgado]] for the {{screening}} flow that kept the {{X-ray}} queue under 20 mins even on peak night.

        Pizza in the crew room {{Friday}} - [[name:Sanj]] is choosing, so apologies in advance.
        [[name:Gail Pickering]], {{Mail Operations Manager}}, [[organisation:Albion Airways]] Cargo
    """)),
    ("aviation", "incident", block("""
        [[date:08/07/2024]] - mail receptacles left on stand, [[flight_number:AB 0212]] ([[aircraft_registration:G-ALBR]])
        16:40 {{mail trolley}} with 14 receptacles delivered to stand 22 by the {{mail team}}
        17:05 {{loader}} ([[name:Tomasz]]) scans 11 receptacles; 3 on a second trolley behind the {{GPU}} not seen
        17:20 {{RESDIT}} sent showing all 14 "loaded" because the message is generated from the {{CN38}}, not from scans
        17:32 doors closed, off blocks 17:41
        19:50 {{ramp}} cleaner finds 3 wet receptacles on stand 22 in the rain
        20:15 receptacles to the {{mail shed}}; {{postal authority}} informed; re-booked on [[flight_number:AB 0216]] next day

        Contributing: nobody reconciles scans against the CN38 before doors close; stand lighting poor behind the GPU.
        [[name:Nadia Hussein]], {{Cargo Duty Manager}}
    """)),
    ("aviation", "incident", block("""
        GMC transcript (from {{NATS}} replay), [[date:14/05/2024]]
        16:42:05 GND: [[flight_number:Albion 441]], continue via Alpha, hold short Bravo Four.
        16:42:11 [[flight_number:Albion 441]]: Via Alpha, hold short Bravo Four, [[flight_number:Albion four four one]].
        16:43:02 GND: Cargo One Two, hold position, traffic crossing your front.
        16:43:09 GND: Cargo One Two, STOP, STOP.
        16:43:14 GND: [[flight_number:Albion 441]], hold position.
        16:43:17 [[flight_number:Albion 441]]: Holding, we have the tug in sight, about sixty metres.

        Summary: the {{tug}} "Cargo 12" was towing five {{dollies}} of ULDs from the {{cargo shed}} and crossed taxiway Bravo without clearance. The driver, [[name:Hassan Jama]], had a {{radio}} but it was on the shed channel. {{MOR}} filed by {{ATC}}; internal investigation [[case_reference:GSI-2024-077]]. Driver stood down from airside driving pending {{ADP}} retraining. No contact.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Isobel Farrant]] <[[email:i.farrant@albionairways.co.uk]]>
        To: Cargo Load Control
        Subject: NOTOC query [[flight_number:AB1184]] [[date:12 Apr]]

        Hi,

        Raising this as a near miss. On the {{NOTOC}} for [[flight_number:AB1184]] ([[aircraft_registration:G-ALBW]]) the {{dry ice}} ({{UN1845}}) in the forward hold was shown as 25 kg. The {{first officer}} noticed the pharma AWB in the pack said 250 kg across 10 boxes. Load control confirmed 250 kg; the figure was mistyped at acceptance and nobody cross-checked.

        250 kg is above what we normally carry in that hold with {{AVI}} in the bulk, so we had to move the animal shipment and amend the {{loadsheet}}. Departure delayed 28 mins.

        Please can the acceptance screen flag a mismatch with the AWB weight?

        Capt [[name:Isobel Farrant]]
        {{Captain}}, A330 fleet
    """)),
    ("aviation", "success", prose("""
        Debrief - {{AVI}} shipment on [[flight_number:AB0560]], [[date:3 August 2024]]. The flight went technical for three hours on
        a 31 degree afternoon with a Labrador already in its {{kennel}} at the aircraft side. The {{ramp supervisor}},
        [[name:Hannah Goldberg]], refused to leave the dog on the {{apron}} and had it taken back to the {{animal reception centre}},
        where the duty {{vet}} checked it and gave water. Before re-loading she confirmed with the {{captain}} that {{hold heating}}
        was selected for the {{bulk hold}} and put it on the {{NOTOC}}. The owner, Mrs [[name:Joy Akande]], was told at each stage by our
        {{customer service}} team and wrote in to say how calm she felt. A good example of the {{Live Animals Regulations}} done properly
        under pressure.
    """)),
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-ALBT]]   Page [[case_reference:TL 004417]]
        Date: [[date:23/05/24]]   Flt: [[flight_number:AB0655]]   Stn: hub

        DEFECT: Aft {{cargo door}} lower seal torn approx 30 cm and sill lining dented. Reported by ground staff after {{lower deck loader}} contacted sill during ULD offload.
        ACTION: Inspected IAW {{AMM}} 52-34-00. No structural damage found. Seal replaced, door operated and checked x3 satisfactory. {{CRS}} issued.
        Engineer: [[name:M. Abbasi]]   Licence: [[case_reference:UK.66.1184207]]

        Ground ops note: loader operator [[name:Terry]] had not done the {{bumper}} check; the loader's {{platform}} sensor was inoperative and nobody had reported it. Aircraft delayed 2 h 10 min. {{GSR}} raised.
    """)),
    ("aviation", "success", block("""
        Teams - Cargo Screening
        [[name:Xin Li]]  03:12
        {{ETD}} alarm on consignment from a {{known consignor}}, AWB [[case_reference:388-66302180]]. re-swabbed, second alarm. stopping it
        [[name:Xin Li]]  03:13
        rung {{security manager}}
        [[name:Mark Bell]]  03:15
        right call. hold it in the {{secure area}}, no one else touches it. calling the {{police}} desk now
        [[name:Mark Bell]]  04:40
        update: hand cream residue on the outer packaging from the shipper's staff. cleared, rescreened, made the {{flight}}
        [[name:Mark Bell]]  04:41
        [[name:Xin]] - textbook. you followed the {{EU}}-derived {{screening}} procedure exactly even with the pressure of a 05:30 departure
    """)),
    ("aviation", "near_miss", block("""
        CARGO SHIFT HANDOVER - [[date:Wed 17/07/2024]] Days -> Lates
        Handed over by: [[name:Ade Ogunbiyi]]   Received by: [[name:Shona Rankin]]

        | Flight | Item | Status |
        | [[flight_number:AB0480]] | 2x {{RKN}} active containers, pharma, AWB [[case_reference:388-51230944]] | NEAR MISS - see below |
        | [[flight_number:AB0482]] | 6 {{PMC}} general | built, on dollies |
        | [[flight_number:AB0490]] | mail, 22 receptacles | waiting {{screening}} |

        NEAR MISS: the two RKNs sat on stand 18 in full sun from 11:10 to 12:35 after a gate change. {{Battery}} on one was at 18%, the {{cool chain}} limit is 2-8°C and it was climbing. [[name:Shona]]'s team lead [[name:Tariq]] spotted the display, got them back to the {{cool room}} and on charge. No excursion recorded.
    """)),
    ("aviation", "incident", block("""
        SECURITY & SAFETY ACTION GROUP - minutes
        [[date:15/01/2024]]
        Attendees: [[name:Rosa Delgado]] (chair), [[name:Nadia Hussein]], [[name:Will Ashcroft]] ({{Head of Security}}), [[name:P. Nnamdi]] ({{mail}}), [[name:Craig Dunlop]] (handling agent, [[organisation:Crossways Cargo Services]])

        Item 3 - unscreened mail loaded
        On [[date:09/01/2024]] nine receptacles were loaded on [[flight_number:AB0331]] without a valid {{consignment security declaration}}. The {{screening}} status was "pending" but the {{mail}} team saw a green tick on an old version of the screen. Reported to {{DfT}} (Aviation Security) the same day.
        [[name:WA]]: system upgrade in {{December}} changed the colour coding without briefing.
        Actions: CSD status to be checked at the aircraft by the {{dispatcher}} ([[name:ND]]); refresher briefing for all mail staff ([[name:PN]]); [[organisation:Crossways]] to confirm their staff have been briefed ([[name:CD]]).
    """)),
    ("aviation", "success", prose("""
        A big thank you to [[name:Hunter Osei]], {{HGV driver}} for [[organisation:Pennyroyal Logistics]], who was unloading
        [[vehicle_registration:WU21 HTK]] at Dock 6 on [[date:21 February]] and noticed a brown stain spreading on a wrapped pallet
        that had been declared as "cleaning products". He stopped, kept his distance and called the {{dock supervisor}}. It turned
        out to be a leaking {{Class 8}} corrosive with no {{DG}} marking. Our team used the {{spill kit}}, the {{fire service}} made it
        safe, and nobody was hurt. If it had gone into a {{ULD}} it would have been next to the {{mail}} on a passenger flight.
        [[name:Hunter]]'s instinct and calm were exactly right. - [[name:Dean Hartley]], {{Duty Cargo Manager}}
    """)),
    ("aviation", "incident", block("""
        [[date:03/10/2024]], 22:41 - [[name:Baz]]: {{FLT}} clipped [[name:Marek]]s foot in build-up area 3. hes sitting down, {{first aid}} with him
        [[date:03/10/2024]], 22:43 - [[name:Lisa Onwuemene]]: is he ok? who was driving
        [[date:03/10/2024]], 22:44 - [[name:Baz]]: agency driver, reversing with a {{PMC}} on the forks so couldnt see. no {{banksman}}
        [[date:03/10/2024]], 22:50 - [[name:Baz]]: foot swollen, sending him to {{A&E}}. truck [[vehicle_registration:PO68 ZRV]] is still on dock 4 waiting to tip
        [[date:03/10/2024]], 22:52 - [[name:Lisa Onwuemene]]: ok. stop that FLT, keep the {{CCTV}}, I'll do the {{accident form}}. could be {{RIDDOR}} if hes off 7 days
        [[date:04/10/2024]], 07:15 - [[name:Lisa Onwuemene]]: [[name:Marek]] has a fractured metatarsal. walkways in build-up 3 to be re-marked today
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:2 September 2024]] a {{PMC}} pallet built for [[flight_number:AB0781]] weighed 1,180 kg on the {{build-up}} scale at
        position 4. The {{ULD controller}}, [[name:Summer Reed]], thought it looked heavy for the contents on the AWB and had it
        reweighed on the dock scale: 1,640 kg. The position 4 scale had been zeroed with an empty {{dolly}} on it after a fault
        earlier in the shift. The wrong weight would have gone onto the {{loadsheet}} and the {{weight and balance}} would have
        been 460 kg out on that pallet alone. The other three pallets weighed at position 4 since the re-zero were also
        reweighed and corrected. Scale 4 is now tagged out until the {{calibration}} contractor visits, and zeroing is a
        two-person task. Well spotted [[name:Summer]].
    """)),
    ("aviation", "success", block("""
        From: [[name:Lucy Tran]] <[[email:lucy.tran@albionairways.co.uk]]>
        To: [[email:mail.ops@crosswayscargo.co.uk]]
        Cc: [[name:Gail Pickering]]
        Subject: Thanks - misrouted mail [[flight_number:AB1120]]
        Date: [[date:Fri 8 Nov 2024]] 14:02

        Hi [[name:Craig]],

        Thank you to your night team, especially [[name:Ewan]] and [[name:Priya]], for last night. 31 receptacles for Lagos arrived on [[flight_number:AB1120]] labelled for another destination. Your team spotted it from the {{CARDIT}} mismatch, held them in the {{bonded}} area, worked with {{Border Force}} and the {{postal authority}}, and had them on the onward flight within four hours.

        The {{IMC}} confirmed nothing was missed for the {{Monday}} delivery.

        Best,
        [[name:Lucy]]
        {{Mail Product Manager}} | [[phone:+44 20 7946 0318]]
    """)),
    ("aviation", "success", block("""
        DEBRIEF - weather diversion handling, [[date:16/01/2024]]
        Aircraft: [[aircraft_registration:G-ALBN]] ([[flight_number:AB0902]]) diverted into the hub with 6.2 t of cargo incl. {{dangerous goods}} (Class 3 and {{Class 9}})
        Attendees: [[name:Dean Hartley]], [[name:Ngozi Eze]], [[name:Callum Fraser]] ({{load control}}), [[name:Jo]] ({{ramp}})

        What went well:
        - [[name:Ngozi]] re-checked every DG item against the {{NOTOC}} before offload; all matched
        - cargo transferred to [[flight_number:AB0906]] and a road feeder ([[vehicle_registration:LB68 WZC]]) within 3 h
        - [[name:Callum]] issued a fresh loadsheet in 12 mins
        - {{HMRC}} transit paperwork done by the {{customs}} desk before the aircraft landed

        Even better if: the {{ops control}} diversion message reached cargo earlier - we heard from the ramp first.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind172", REPORTS))
