"""Held-out blind corpus 274: 50 hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
de-identification generalises to unseen settings:

- social_care (17): an early help family hub - family support workers, parenting groups,
  team around the family (TAF) meetings, step-up and step-down with children's social care.
- health (17): a community physiotherapy and musculoskeletal (MSK) service - clinics, home
  visits, first contact practitioners, exercise classes.
- aviation (16): an airline's load control and flight dispatch centre - weight and balance,
  load sheets, NOTOCs, dispatchers, captains on the phone.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams/WhatsApp/Slack), handover notes, minutes with attendance
and apologies, pipe tables, radio and phone transcripts, shout-outs and thank-you notes.
All people, organisations, places and numbers are invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind274.jsonl"

SOCIAL_CARE = [
    # 1 rushed lower-case note
    ("social_care", "incident", block("""
    {{fsw}} home visit {{tues}} [[date:14/3]] - left {{laptop bag}} in boot of my car ([[vehicle_registration:KN19 WBX]])
    outside [[address:22 Tansy Close, Wrenfield]] while i did the visit with [[name:mel]] + kids. came out approx 40 mins
    later, rear window smashed & bag gone. {{TAF}} plan for [[name:kayden]] ([[age:aged 6]]) and [[name:lacey-mae]] was in
    it, printed, has {{school}} + {{GP}} details on. laptop encrypted i think?? rang police, log no
    [[case_reference:WF-1403-0772]]. rang [[name:dee]] ({{team manager}}) who said ring {{IG}} and the
    {{data protection officer}} asap. told [[name:mel]] on the doorstep, she was ok about it but worried her ex might
    get hold of the address. shld have taken bag in, i know. will need new {{FSW}} parking permit too
    """)),
    # 2 formal narrative
    ("social_care", "near_miss", prose("""
    On [[date:2 February 2024]] an invitation letter for the {{Incredible Years}} parenting group at
    [[organisation:Ashcombe Family Hub]] was prepared for Ms [[name:Okonkwo-Bailey]]. The letter was addressed to her
    previous home at [[address:Flat 3, 41 Mercer Road, Ashcombe]], [[postcode:AC2 8HN]], which was still held on the
    {{case management system}} even though she had moved to a {{refuge}} following a {{domestic abuse}} incident. The
    error was noticed by the {{business support officer}}, [[name:Grace Adeyemi]], during the {{Friday}} post check,
    because a {{MARAC}} flag was showing on the family record ([[case_reference:EH-22-04189]]). The letter was not
    posted. Contributing factors: the change of address had been recorded in case notes but not in the address field,
    and the mail merge pulls from the address field only. Action: {{team leader}} [[name:Rhys]] has asked all workers
    to update the address field at the point of disclosure, and business support now check for MARAC flags before
    every mail merge.
    """)),
    # 3 chronology with times
    ("social_care", "incident", block("""
    {{Stay and Play}} - [[organisation:Brackley Lane Family Hub]] - [[date:Wed 6th March]]
    09:30 session opens, 11 families signed in, {{creche}} run by [[name:Shanice]] and [[name:Tomasz Wójcik]]
    10:45 {{Mum}} of [[name:Ayaan]] (a [[age:3-year-old]]) goes to the {{toilet}}, leaves him in creche
    10:52 adult male at creche door says he is {{dad}}, [[name:Ayaan]] goes to him happily. [[name:Tomasz]] lets him
    take [[name:Ayaan]] back to the main hall
    10:55 mum returns, very distressed - dad has a {{non-molestation order}} and should not be there
    10:56 [[name:Shanice]] raises alarm, {{DSL}} [[name:Bill Harrower]] rings 999, male leaves via {{fire exit}}
    carrying [[name:Ayaan]]
    11:20 police locate both at the {{bus station}}, [[name:Ayaan]] unharmed
    11:40 {{MASH}} informed, {{strategy discussion}} requested
    Police ref [[case_reference:CAD 4471 06/03]]
    Learning: creche sign-out needs the named adult on the form - we didn't check it. Creche door not on the {{fob}}.
    """)),
    # 4 form
    ("social_care", "incident", block("""
    EARLY HELP INCIDENT FORM
    Name of child: [[name:Harmony Lisowski]]
    DOB: [[date_of_birth:19/11/2011]]
    EH Ref: [[case_reference:EH-23-11872]]
    Address: [[address:7 Pilgrim Court, Ashcombe]] [[postcode:AC4 6RJ]]
    School: [[organisation:Ashcombe Park Academy]]
    Reported by: [[name:Faith Mbeki]], {{Family Support Worker}}
    Date of incident: [[date:11/01/24]]

    What happened: {{step-up}} request to {{MASH}} submitted {{Thursday}} after [[name:Harmony]] disclosed bruising
    from her {{stepdad}}. Request sat in a generic inbox over the weekend because the form went to the old
    {{Early Help}} mailbox, not the MASH one. Picked up {{Monday}} 10am by [[name:Nadia]] in business support.
    {{Section 47}} started same day, [[name:Harmony]] seen at school by the {{duty social worker}}.
    Harm: no further injury known but a 3 day delay.
    Immediate action: auto-reply added to old mailbox, step-up guidance re-sent to all FSWs.
    """)),
    # 5 e-mail
    ("social_care", "near_miss", block("""
    From: [[name:Joy Ramsbottom]] <[[email:joy.ramsbottom@wrenfield.gov.uk]]>
    To: {{Early Help Practice Lead}}
    Sent: [[date:18 April 2024]] 16:12
    Subject: near miss - TAF minutes

    Hi [[name:Sunny]],

    Flagging a near miss before I forget. I went to send the {{TAF}} minutes for the [[name:Begum]] family to
    everyone on the invite list and {{Outlook}} auto-filled [[email:k.begum88@gmail.com]] - that's {{dad}}, who is
    not part of the plan and whose contact is supervised via {{Children's Services}}. The minutes include {{mum}}'s
    new address and the children's school ([[organisation:St Anselm's RC Primary]]). I spotted it in the To line
    before pressing send. It should have been [[email:s.begum.home@outlook.com]] ({{mum}}).

    Could we turn off autocomplete or use {{Egress}} by default for anything with a plan attached?

    Thanks,
    [[name:Joy]]
    [[name:Joy Ramsbottom]] | {{Family Support Worker}} | [[organisation:Wrenfield Council]] Early Help
    [[phone:01632 960 418]]
    """)),
    # 6 Teams chat
    ("social_care", "near_miss", block("""
    [Teams chat - [[organisation:Wrenfield EH Duty]]]
    [[name:Priya Nair]] 09:14: morning, anyone know who has the [[name:Doherty]] {{step-down}}? came over from {{CIN}} on [[date:2nd May]]
    [[name:Marek K]] 09:15: not me, check the allocations tracker
    [[name:Priya Nair]] 09:17: tracker says "awaiting allocation" ... it's been 3 weeks 😬
    [[name:Hope Adebayo]] 09:20: oh no. {{social worker}} closed the CIN plan expecting us to pick up within 5 working days
    [[name:Hope Adebayo]] 09:21: ref is [[case_reference:EH-24-02210]] if anyone wants to look
    [[name:Marek K]] 09:25: I'll take it, can visit {{Thursday}}. [[name:Kerry-Ann]] is {{mum}} yeah? number on file [[phone:07700 900 331]]
    [[name:Priya Nair]] 09:26: ta [[name:Marek]]. raising as near miss - no one was checking the awaiting column
    """)),
    # 7 handover note
    ("social_care", "incident", block("""
    HANDOVER - {{fri}} pm to duty {{FSW}}
    - [[name:Abdi]] fam ([[address:14 Orchard Row]]): {{mum}} [[name:Hodan]] rang 3.40pm v upset, electric cut off,
      {{prepayment meter}} - gave {{fuel voucher}} code over phone. pls check it went thru on {{mon}}
    - INCIDENT: [[name:Lenny]] ([[age:15yo]]) from {{Parenting Teens}} kicked off in the car park after session,
      punched the fob panel, damage to door. no one hurt. [[name:Grace]] and I spoke to him + his {{nan}}. security
      log [[case_reference:SEC-0887]]. he's known to {{YOS}} - have emailed his {{YOS worker}} [[name:Col Brannigan]]
    - [[name:T.J.]] (student) didnt sign out keys for {{pool car}} [[vehicle_registration:WF21 KTO]] - keys found in kitchen
    - reminder {{TAF}} for [[name:Nowak]] family moved to [[date:Tues 21st]] 10am at school
    [[name:rose]]
    """)),
    # 8 minutes
    ("social_care", "success", block("""
    TEAM AROUND THE FAMILY - REVIEW MEETING
    Family: [[name:Oyelaran-Smith]]   Ref: [[case_reference:EH-23-09931]]
    Date: [[date:27/02/2024]]   Venue: [[organisation:Kestonbury Children's Centre]]
    Present: [[name:Amber Oyelaran-Smith]] ({{mum}}), [[name:Wes Frain]] ({{Lead Professional}}, FSW), Mrs [[name:Lister]]
    ({{DSL}}, [[organisation:Kestonbury Infants]]), [[name:Pat Quigley]] ({{health visitor}}),
    [[name:Carys]] ([[organisation:Brightpath Trust]] {{parenting practitioner}})
    Apologies: Dr [[name:Fenwick]] ({{GP}}, [[organisation:Millbrook Surgery]]), {{school nurse}}

    Summary: all 4 outcomes on the plan now green. [[name:Kofi]] ([[age:aged 9]]) attendance up from 71% to 96%.
    [[name:Amber]] completed {{Triple P}} and says bedtimes are "night and day". {{Signs of Safety}} scaling: family 8,
    professionals 7. Agreed: {{step-down}} to {{universal services}} with school as lead. Case to close
    [[date:31 March]]. Mrs [[name:Lister]] thanked [[name:Wes]] for his persistence with the {{housing}} application -
    family moved into [[address:3 Beech Walk]] in {{January}}.
    """)),
    # 9 table
    ("social_care", "near_miss", block("""
    Register check - {{Circle of Security}} wk 4 - [[organisation:Ashcombe Family Hub]]
    | Parent                   | Child (age)                      | Consent | Photo consent |
    | [[name:Leah Dunmore]]    | [[name:Ollie]] ([[age:2]])       | Y       | Y             |
    | [[name:Bashir Haidari]]  | [[name:Zainab]] ([[age:4]])      | Y       | N             |
    | [[name:Will Corrigan]]   | [[name:Mia-Rose]] ([[age:18 mths]]) | Y    | Y             |
    | [[name:jess]] ("[[name:Jessie]]") | [[name:Nevaeh]] ([[age:3]]) | Y    | N - {{CP plan}} |

    Group photo for the [[organisation:Wrenfield Council]] newsletter taken by the {{comms officer}} on
    [[date:9 May]]. [[name:Zainab]] and [[name:Nevaeh]] both in the background. Picked up by [[name:Faith]] when
    cross-checking against this table before it went to print. [[name:Nevaeh]] is subject to a {{Child Protection}}
    plan and her whereabouts must not be shared. Photo removed. Action: check register BEFORE photos, not after.
    """)),
    # 10 shout-out
    ("social_care", "success", prose("""
    Massive shout-out to [[name:Bev]] on the {{duty desk}} this week!! When [[name:Kasia]] rang in on {{Tuesday}} saying
    she couldn't cope with the baby and was having "thoughts", [[name:Bev]] stayed on the phone for 50 mins, got the
    {{perinatal mental health team}} to ring her back the same afternoon and arranged for {{health visitor}}
    [[name:Mo]] to do a joint visit next day. [[name:Kasia]] said afterwards [[name:Bev]] "was the first person who
    didn't make me feel like a bad {{mum}}". Baby ([[age:7 weeks]]) is doing well and [[name:Kasia]]'s now booked onto
    {{Baby Steps}} at [[organisation:Brackley Lane Family Hub]]. This is exactly what {{early help}} is for.
    Nominating [[name:Bev]] for the [[organisation:Wrenfield Council]] {{Star Award}} 🌟 - [[name:Sal]], {{Hub Manager}}
    """)),
    # 11 WhatsApp export
    ("social_care", "incident", block("""
    WhatsApp export - "Dads Matter Grp 🙂" (personal phone)
    [[date:03/06/2024]], 19:42 - [[name:Gemma]] FSW: Reminder lads session {{thurs}} 6pm at the hub 👍
    [[date:03/06/2024]], 19:50 - [[name:Big Dan]]: cheers [[name:gem]]
    [[date:03/06/2024]], 20:13 - [[name:Luka Petrović]]: anyone know this lad [[name:Reece]] says he lives [[address:9 Garner St]] been round mine shouting at my missus
    [[date:03/06/2024]], 20:14 - [[name:Luka Petrović]]: <Media omitted>
    [[date:03/06/2024]], 20:31 - [[name:Gemma]] FSW: [[name:Luka]] pls delete that, cant have addresses or pics on here. will ring u tmrw
    [[date:03/06/2024]], 20:33 - [[name:Luka Petrović]]: sorry [[name:gem]] deleted

    Incident note ([[name:Gemma Tully]], [[date:4 June]]): the group is on my personal phone, set up during
    {{lockdown}}, which is against the {{ICT acceptable use policy}}. The photo was of [[name:Reece]] ([[age:16]])
    outside his house. At least 11 members could have saved it before deletion. Reported to {{DSL}} and {{IG}}.
    Group closed today; reminders moving to the work {{text messaging}} system.
    """)),
    # 12 formal narrative
    ("social_care", "success", prose("""
    Learning report: {{step-down}} of the [[name:Marsh]] family. On [[date:15 January 2024]] {{social worker}}
    [[name:Ifeoma Chukwu]] ({{Assessment Team}}) and {{family support worker}} [[name:Mark Delaney]] did a joint
    handover visit to [[name:Tasha Marsh]] at [[address:11 Linnet Way, Kestonbury]] [[postcode:KB7 2DW]] before the
    {{Child in Need}} plan closed. [[name:Tasha]] had previously said she "hated social workers" and had disengaged
    from two earlier offers. Because [[name:Ifeoma]] introduced [[name:Mark]] in person and explained what would stay
    the same, [[name:Tasha]] agreed to an {{Early Help Assessment}} there and then. Her son [[name:Jayden]]
    ([[age:aged 13]]) chose his own goal: getting back into football at [[organisation:Kestonbury Rovers Juniors]].
    Eight months on there have been no re-referrals to {{MASH}}. What made the difference: a warm joint visit
    rather than a letter, consistent {{Signs of Safety}} language, and a named worker from day one. Recommend joint
    visits become standard in the {{step-down protocol}}.
    """)),
    # 13 rushed note
    ("social_care", "near_miss", block("""
    near miss - {{Incredible Yrs}} grp [[date:thurs 11th]]
    one of the {{mums}} ([[name:chantelle b]]) said at the end while we were packing up that her fella "only grabs her
    when shes being mouthy" - said it like a joke. my {{co-facilitator}} [[name:Ravi]] heard it, i didnt. he assumed id
    log it, i assumed he'd told the {{DSL}}. nobody did anything til [[date:mon 15th]] when [[name:ravi]] mentioned it
    in {{supervision}} w/ [[name:Helen]]. [[name:helen]] rang [[name:chantelle]] same day, she disclosed more, now
    referred to {{IDVA}} and {{MARAC}} checked - nothing previous. {{kids}} ([[age:4]] and [[age:8]]) at
    [[organisation:Hollins Lane Primary]]. ref [[case_reference:EH-24-03357]]
    learning: both facilitators do a 5 min "anything worrying?" debrief before leaving + write it on the
    {{session sheet}}. dont assume
    """)),
    # 14 e-mail thank-you
    ("social_care", "success", block("""
    From: Mr [[name:D. Achterberg]] <[[email:dachterberg@hollinslane.sch.uk]]>
    To: [[email:earlyhelp.north@wrenfield.gov.uk]]
    Date: [[date:Fri 12 July 2024]]
    Subject: Thank you - [[name:Kowalczyk]] family

    Dear all,

    I wanted to say thank you to [[name:Sunny Bhatt]] for the work with [[name:Zofia]] and the boys this term. When
    I made the request for support in {{March}}, [[name:Filip]] ([[age:aged 8]]) was refusing to come in most
    mornings and we were considering a {{part-time timetable}}. [[name:Sunny]]'s morning routine plan, the
    {{visual timetable}} and three joint meetings with our {{SENCO}} have turned it round - [[name:Filip]] has had
    100% attendance for six weeks and his little brother has settled in {{Reception}}. {{Mum}} told me at the gate
    that [[name:Sunny]] "never once made her feel judged". As {{DSL}} I see a lot of plans that sit on paper; this
    one changed things.

    Kind regards,
    [[name:Dan Achterberg]]
    {{Deputy Head}} / DSL, [[organisation:Hollins Lane Primary]]
    [[phone:01632 960 775]]
    """)),
    # 15 chronology
    ("social_care", "incident", block("""
    LONE WORKING INCIDENT - chronology
    Worker: [[name:Aleksandra Zielińska]] (known as [[name:Ola]]), {{FSW}}
    Date: [[date:22/08/2024]]
    Visit: [[name:Fitzgerald]] family, [[address:31 Dockside Terrace, Wrenfield]] [[postcode:WF9 3AB]]
    13:05 arrived, logged on via {{lone worker device}}
    13:10 {{mum}} [[name:Roisin]] answered; partner [[name:Gaz]] in lounge - not expected, not on the {{genogram}}
    13:25 [[name:Gaz]] verbally aggressive, stood in doorway, large dog ({{XL Bully}}) off lead in hall
    13:27 [[name:Ola]] used the {{code word}} on a call to the office, [[name:Hassan]] picked up
    13:31 [[name:Ola]] left, [[name:Roisin]] walked her out; scratch from dog on left hand
    13:45 back at car, rang {{team leader}}
    14:10 police informed, ref [[case_reference:WF/22824/117]]
    Follow-up: paired visits only, {{risk assessment}} updated, {{first aid}} logged, {{Occupational Health}} offered.
    """)),
    # 16 thank-you note
    ("social_care", "success", prose("""
    Thank you card received [[date:30 September]] from a {{dad}} who finished the {{Dads Matter}} course at
    [[organisation:Brackley Lane Family Hub]]: "To [[name:Callum]] and [[name:Yetunde]], when I first came I didnt
    even want to be in the room. My {{daughter}} [[name:Lily-Grace]] was [[age:two]] and I had only just got contact back
    through the {{family court}}. You never talked down to me. I now have her every other weekend and we go to the
    {{library}} on {{Saturdays}}, and {{Cafcass}} say contact can go up. Thank you for believing in me.
    [[name:Jordan]] (and [[name:Lily-Grace]])". [[name:Callum]] and [[name:Yetunde]] ran the group for 10 weeks with
    6 dads and 5 completed. Shared with the {{Service Manager}} and going in our {{Ofsted}} self-evaluation as an
    example of {{father-inclusive practice}}. - [[name:Amira]]
    """)),
    # 17 form
    ("social_care", "near_miss", block("""
    Near Miss Report
    Ref: [[case_reference:NM-EH-0419]]
    Reporter: [[name:Kwame Asante-Boateng]], {{FSW}}
    Date: [[date:5 Nov 2024]]
    Location: {{pool car}}, outside [[organisation:Wrenfield Library]]
    Description: I was about to transport [[name:Daisy]] ([[age:18 months]]) and her {{mum}} [[name:Bronwen]] to a
    {{dental appointment}} at [[organisation:Castle Street Dental Practice]]. The {{car seat}} from the hub store was
    the wrong stage (a {{high-back booster}}) and the {{ISOFIX}} base was missing. I only checked before strapping
    her in because [[name:Mark]] said last week the seats were mixed up. Journey cancelled, appt rebooked by phone.
    Contributing: no labels on car seats, no sign-out sheet, no {{transport risk assessment}} for under-2s.
    Action requested: label seats by stage and add to the {{vehicle checklist}}.
    """)),
]

HEALTH = [
    # 1 rushed note
    ("health", "incident", block("""
    hv [[date:12/3]] pm - mrs [[name:o'hare]] ([[age:84yo]]) post {{THR}} wk 3. doing {{stair assessment}}, {{zimmer}}
    left at top. she went to step down w/o rail on L, lost balance, i caught her under the arm + lowered her to sit on
    the step. no head strike, c/o L hip pain 4/10 after, no shortening or rotation. rang {{ortho}} on call via
    switchboard, advised obs + {{GP}} review today. daughter [[name:Siobhan]] came round 30 mins later.
    NHS no [[nhs_number:485 729 1630]]. {{datix}} done [[case_reference:DX-114203]]. my fault really - shld have
    checked which side the {{rail}} was + had a 2nd person for 1st stair attempt post op. discussed w [[name:JK]]
    ({{band 7}}), plan joint visit {{thurs}}
    """)),
    # 2 formal narrative
    ("health", "near_miss", prose("""
    On [[date:9 January 2024]] a {{first contact practitioner}} at [[organisation:Millbrook Surgery]] saw
    [[name:Daniel Ferreira-Lowe]] ([[age:aged 38]]) for {{low back pain}}. The {{SystmOne}} template auto-populated
    "{{CES}} screen: negative" from a consultation six months earlier. The FCP, [[name:Anjali Ramaswamy]], noticed the
    field was already filled and asked the questions again directly; the patient reported new {{urinary hesitancy}}
    and patchy {{saddle numbness}} since the weekend. He was sent to {{A&E}} at
    [[organisation:Kestonbury General Hospital]] for an {{emergency MRI}}, which showed a large {{L5/S1}}
    {{disc prolapse}} without compression. This is a near miss because the template could have been saved without
    the questions being asked. Reported on {{Datix}} ([[case_reference:DX-113871]]). Action: the template has been
    changed so that {{cauda equina}} questions default to blank and must be answered at every contact; shared at the
    {{MSK}} governance meeting and with the {{ICB}} FCP network.
    """)),
    # 3 chronology
    ("health", "incident", block("""
    {{Falls prevention}} class ({{Otago}}), [[organisation:Wrenfield Leisure Centre]] studio 2 - [[date:Tues 4th June]]
    10:00 class starts, 9 pts, {{physio}} [[name:Gráinne]] + {{rehab assistant}} [[name:Tobi]]
    10:18 Mr [[name:Ahmed]] (pt ref [[case_reference:RX4471902]]) c/o tight chest during {{sit-to-stand}} set, grey, sweaty
    10:19 sat down, class paused, [[name:Tobi]] took others to the {{waiting area}}
    10:20 999 called. {{GTN}} spray - pt had his own, self-administered
    10:22 obs: HR 112, {{SpO2}} 93%
    10:24 centre {{duty manager}} brought the {{AED}} - not needed
    10:34 {{paramedics}} on scene, {{ECG}} done, taken to {{A&E}}
    11:30 [[name:Gráinne]] checked register: Mr [[name:Ahmed]]'s {{angina}} was on the referral but NOT on the class risk sheet
    Outcome: admitted, {{NSTEMI}}, recovering. Datix [[case_reference:DX-115090]].
    """)),
    # 4 form
    ("health", "incident", block("""
    INCIDENT REPORT - COMMUNITY MSK
    Patient name: [[name:Rosalind Eze]]
    DOB: [[date_of_birth:02/04/1957]]
    NHS No: [[nhs_number:612 384 9077]]
    Address: [[address:18 Sorrel Gardens, Ashcombe]], [[postcode:AC2 5PQ]]
    Tel: [[phone:07700 900 186]]
    Date/time: [[date:21/05/2024]] 14:30
    Location: [[organisation:Ashcombe Health Centre]], {{MSK}} clinic room 3
    Description: Pt attended for {{shoulder}} review. Handed a printed {{home exercise programme}} that had another
    patient's name ([[name:R. Ezeh]]), their {{knee}} exercises and their phone number on it. Pt noticed on the bus
    and rang back. Similar names, booked consecutively, sheets printed together from {{Physitrack}}.
    Sheet retrieved same day by {{physio}} [[name:Callum Reid]]. Other patient informed and apologised to by the
    {{clinical lead}}. {{Duty of Candour}} not triggered (no harm). Ref [[case_reference:DX-114877]].
    """)),
    # 5 e-mail
    ("health", "near_miss", block("""
    From: [[email:faith.olowu@nhs.net]]
    To: [[email:msk.leads.kestonbury@nhs.net]]
    Date: [[date:Mon 8 July 2024]] 12:47
    Subject: near miss - {{acupuncture}} on an {{anticoagulant}}

    Hi both,
    Quick one for the near-miss log. This morning I was about to do acupuncture on a pt
    ([[case_reference:RX4480117]]) for chronic neck pain - referral from [[organisation:Brook Lane Medical Practice]]
    said "no relevant PMH". On my checklist I asked about blood thinners and she said she'd just been started on
    {{apixaban}} by {{cardiology}} 2 weeks ago for {{AF}}. Not on the referral and not on the {{GP}} summary we can
    see. Didn't needle; did manual therapy + exercise instead. Can we add anticoagulants as a hard stop on the
    acupuncture consent form?

    [[name:Faith]]
    [[name:Faith Olowu]] | {{Advanced Practitioner Physiotherapist}} | [[organisation:Kestonbury Community MSK]]
    [[phone:01632 961 204]] ext 4
    """)),
    # 6 Teams chat
    ("health", "near_miss", block("""
    [[name:Beth Ansah]] 11:02 - anyone discharging [[name:Terry Callaghan]] today? he's on my list as {{DNA}} x2
    [[name:Oskar L]] 11:04 - yeah I was about to, 2 {{DNAs}} = {{discharge}} per the {{access policy}}
    [[name:Beth Ansah]] 11:05 - hold on, just rang his {{wife}}, he's been in [[organisation:Kestonbury General]] since [[date:2 Oct]] with a {{PE}}. didn't get our letters
    [[name:Oskar L]] 11:06 - oh god ok not discharging. can u add an alert on {{SystmOne}}?
    [[name:Beth Ansah]] 11:08 - done. hosp no [[case_reference:K0928831]]. will rebook for when he's home
    [[name:Nell]] 11:15 - 2nd one this month, we should ring before discharging not just send a letter. putting it on the {{team meeting}} agenda for {{Thursday}}
    """)),
    # 7 shout-out
    ("health", "success", prose("""
    SHOUT-OUT 📣 for [[name:Ciarán]] and [[name:Joy]] from the {{home visiting team}}. Last {{Friday}}
    ([[date:17 May]]) they went to see Mr [[name:Szymański]], [[age:aged 91]], for a routine {{mobility review}} and
    noticed he was more confused than at his last visit, slurring slightly and dragging his right foot. Rather than
    put it down to his {{dementia}}, [[name:Ciarán]] did a {{FAST}} check, [[name:Joy]] called 999 and they stayed
    until the ambulance came. He was {{thrombolysed}} at [[organisation:Kestonbury General Hospital]]
    {{stroke unit}} within the window, and his son [[name:Piotr]] emailed to say the {{consultant}} told them the
    quick call "made all the difference". Really proud of you both - great clinical reasoning and teamwork.
    - [[name:Hannah]] ({{Team Lead}})
    """)),
    # 8 table
    ("health", "incident", block("""
    Equipment issue log - {{MSK}} store, [[organisation:Ashcombe Health Centre]] - w/c [[date:10/06/24]]
    Date  | Patient                    | Ref                          | Item                  | By        | Ht checked
    [[date:10/06]] | [[name:A. Kaur]]          | [[case_reference:RX4470031]] | {{elbow crutches}} x2 | [[name:TB]] | Y
    [[date:11/06]] | [[name:Wilf Hardcastle]]  | [[case_reference:RX4469812]] | {{walking stick}}     | [[name:TB]] | N
    [[date:12/06]] | [[name:Esi Mensah]]       | [[case_reference:RX4471550]] | {{knee brace}}        | [[name:LM]] | Y

    Incident: Mr [[name:Hardcastle]] fell at home on [[date:14/06]]. His stick had been issued at the shortest
    setting and never adjusted to his height (he is 6ft 2). The {{ferrule}} was also worn. He sustained a
    {{skin tear}} to his forearm, dressed by the {{district nurse}}. The log shows N - the {{rehab assistant}}
    ([[name:TB]]) was covering two clinics and the height check was missed. Datix [[case_reference:DX-115231]].
    Action: no stick leaves the store until the patient has stood for a height check; ferrules checked weekly.
    """)),
    # 9 rushed note
    ("health", "near_miss", block("""
    nm - inj clinic [[date:thurs 20/6]]. pt [[name:gloria p]] booked for L {{subacromial}} inj per referral. did the
    {{WHO}} style pause and asked her to point - she pointed R!! referral from dr [[name:nwosu]] at
    [[organisation:Elm Tree Surgery]] said L, our booking said L, but her {{US}} report said R. checked
    {{ultrasound}} report on {{ICE}} = R. injected R with {{Depo-Medrone}} 40mg + {{lidocaine}}, no issues. if id not
    asked her to point id have done L. emailed surgery. also our booking template dosnt pull the side from imaging.
    [[name:gloria]]'s NHS no [[nhs_number:703 516 2488]]. logged [[case_reference:DX-115402]] - [[name:sam]]
    """)),
    # 10 minutes
    ("health", "success", block("""
    {{MSK}} Service Governance Meeting - [[date:03/09/2024]]
    Present: [[name:Hannah Lockwood]] (chair, {{Clinical Lead}}), [[name:Rajesh Iyer]] ({{FCP}}),
    [[name:Mo Farouk]] ({{Band 6}}), [[name:Bryony Teale]] ({{admin}}), [[name:Sunny Kwok]] ({{rehab assistant}})
    Apologies: [[name:Amber Littlewood]], [[name:G. O'Sullivan]]

    Item 3 - Learning from excellence
    [[name:Rajesh]] presented the {{group clinic}} pilot at [[organisation:Wrenfield Leisure Centre]]:
    {{ESCAPE-pain}} for knee/hip {{OA}}, 8 groups since [[date:1 April]], 71 completed, wait for knee OA down from
    19 wks to 6. Feedback: "I didn't think exercise was for someone my age" (a [[age:79-year-old]] participant).
    Two pts came off the {{TKR}} waiting list with {{orthopaedics}}.
    [[name:Bryony]]'s booking script (phoning rather than letters) cut DNA rate from 14% to 5%.
    Actions: [[name:Hannah]] to share with {{ICB}}; [[name:Rajesh]] to submit to {{CSP}} conference;
    [[name:Mo]] to start a second group at [[organisation:Ashcombe Health Centre]] in {{October}}.
    """)),
    # 11 formal narrative
    ("health", "incident", prose("""
    Incident summary. On [[date:14 August 2024]] an {{SMS}} appointment reminder mentioning the
    "{{Pelvic Health}} clinic" at [[organisation:Kestonbury Community Hospital]] was sent to
    [[phone:07700 900 752]], a number that had belonged to patient [[name:Grace Whitfield]]
    ([[case_reference:RX4468190]]) until 2022 and now belongs to her ex-partner. Mrs [[name:Whitfield]] found out
    when he mentioned it to her; she had not told him about her {{pelvic floor}} treatment and was very upset. The
    new number she gave on her {{self-referral}} was recorded in free text but the demographics were not updated
    because the {{PDS}} trace had not been refreshed. Harm: moderate (psychological distress). {{Duty of Candour}}
    applied; apology letter sent by {{service manager}} [[name:Delroy Francis]]. Ref [[case_reference:DX-115612]].
    Actions: admin to update demographics at every self-referral and confirm the mobile number verbally at first
    contact; raised with the {{Caldicott Guardian}}.
    """)),
    # 12 handover
    ("health", "near_miss", block("""
    Handover to [[name:Lorna]] - home visits (north) w/c [[date:16/09]]
    1. Mr [[name:Kaczmarek]], [[address:5 Heron Court]] - {{TKR}} day 10, {{ROM}} 0-75, push flexion.
       {{keysafe}} code on {{SystmOne}} only, NOT on paper
    2. [[name:Queenie Adjei]] ([[age:88]]) - {{falls}}, {{Otago}} level 2, lives alone, {{carers}} QDS
    3. [[name:Bill]] (the pt, not a carer!) - [[name:William Stott]], [[address:40 Cotton Lane, Wrenfield]] -
       {{cellulitis}} L leg, mobilising with {{frame}}, check {{skin integrity}}

    NEAR MISS this wk: the keysafe code for no.1 was written on last week's paper list, which I nearly left in the
    {{waiting room}} at [[organisation:Millbrook Surgery]]. Picked up by [[name:Hope]] on reception who recognised
    our folder. Paper lists shredded, codes only on the {{tablet}} now. Reported [[case_reference:DX-115780]].
    - [[name:Ade]]
    """)),
    # 13 e-mail thank-you
    ("health", "success", block("""
    From: [[name:Marguerite Dubois-Clarke]] <[[email:mdc.gardens@btinternet.com]]>
    To: [[email:kestonbury.msk@nhs.net]]
    Date: [[date:28 October 2024]]
    Subject: Thank you to [[name:Raj]] and the {{Tuesday}} class

    Dear {{Physiotherapy Team}},

    I was referred after my fall in {{February}} and honestly thought at [[age:76]] my walking days were over.
    [[name:Raj]] assessed me at home, then got me into the {{strength and balance}} class at
    [[organisation:St Cuthbert's Church Hall]]. Twelve weeks later I have walked the whole canal path to
    [[organisation:The Lock Keeper]] café with my {{granddaughter}} [[name:Ellie]] - without my {{stick}}! Please also
    thank [[name:Precious]] on {{reception}} who always rang me when the class moved rooms.

    Yours gratefully,
    [[name:Marguerite Dubois-Clarke]] ({{Mrs}})
    """)),
    # 14 formal narrative
    ("health", "success", prose("""
    Learning from Excellence report. {{First contact practitioner}} [[name:Tendai Moyo]] saw a
    [[age:64-year-old]] man at [[organisation:Brook Lane Medical Practice]] on [[date:6 February]] with three months
    of thoracic back pain, initially put down to lifting at work. [[name:Tendai]]'s history picked up {{night pain}},
    unexplained weight loss of about 6kg and new fatigue. Although the examination was unremarkable, [[name:Tendai]]
    did not simply give {{exercise advice}}: she discussed him the same morning with the duty {{GP}}, Dr
    [[name:Chanda]], and requested urgent bloods including {{FBC}}, {{ESR}}, {{calcium}} and
    {{serum protein electrophoresis}}. The results showed a {{paraprotein}} and he was referred on the
    {{two-week wait}} pathway; {{multiple myeloma}} was confirmed and treatment started within a month. What went
    well: thorough {{red flag}} screening, acting on the history rather than the exam, and a documented
    {{safety-net}}.
    """)),
    # 15 Slack export
    ("health", "incident", block("""
    #msk-classes-wrenfield (Slack)
    [[name:oskar.l]] 2:14 PM
    incident at [[organisation:Wrenfield Leisure Centre]] class just now - {{theraband}} snapped during {{shoulder}} {{ER}}
    and hit Mrs [[name:Nakamura]] in the face just below the eye. no {{visual disturbance}}, small red mark, {{cold compress}}
    applied, {{first aider}} from the centre attended
    [[name:beth.ansah]] 2:16 PM
    omg is she ok? was that one of the old blue bands from the cupboard?
    [[name:oskar.l]] 2:18 PM
    yeah. perished at the handle loop. she's ok, declined {{A&E}}, husband [[name:Hiro]] collecting. advised {{MIU}} if
    any blurring. ref [[case_reference:RX4473309]]
    [[name:Nell Pritchard]] 2:25 PM
    thanks [[name:Oskar]]. pls {{Datix}} it and bin all the old bands, I'll order new. we need a band check on the
    class kit list
    """)),
    # 16 triage log
    ("health", "near_miss", block("""
    Telephone triage log - [[organisation:Kestonbury Community MSK]] {{SPA}}
    Caller: [[name:Lewis Okafor]] ([[age:27yo]])
    DOB: [[date_of_birth:14/09/1997]]
    NHS: [[nhs_number:921 047 6352]]
    Call 1 [[date:Mon 11/11]] 09:40 (admin [[name:Patsy]]): "bad back since gym", routine {{self-referral}}, given 6 wk wait
    Call 2 [[date:Tue 12/11]] 16:55 (admin [[name:Patsy]]): "numb down below, couldn't wee properly this morning" -
    not sure, put through to {{duty physio}}
    16:58 [[name:Amara Nwachukwu]]: {{CES}} symptoms confirmed, advised attend {{A&E}} now, rang A&E to warn
    Outcome: {{MRI}} same night, no compression, discharged with {{safety-net}} card.
    Near miss: call 1 script didn't prompt for bladder/bowel change or {{saddle anaesthesia}}. Admin scripts
    updated [[date:15/11/24]]. Thanks [[name:Patsy]] for escalating.
    """)),
    # 17 good practice form
    ("health", "success", block("""
    GOOD PRACTICE / LEARNING FORM
    Staff: [[name:Mark Oduya]], {{MSK Physiotherapist}}
    Date: [[date:19 November 2024]]
    Site: [[organisation:Ashcombe Health Centre]]
    Patient ref: [[case_reference:RX4479964]]
    What happened: patient ([[age:aged 45]], {{Dari}} speaker) had been seen twice for knee pain with her
    [[age:12-year-old]] son interpreting. [[name:Mark]] noticed that "{{interpreter}} declined" on the referral had
    been ticked by the son. He rebooked a double slot with a professional {{telephone interpreter}} from
    [[organisation:Clearvoice Interpreting]]. With the interpreter she disclosed the pain started after being pushed
    down the stairs at home. [[name:Mark]] followed the {{domestic abuse}} pathway, completed a {{DASH}} and, with
    consent, referred to the {{IDVA}} service, supported by {{safeguarding lead}} [[name:Shirin Karimi]].
    Learning: never use family members, especially children, to interpret; check who declined and why.
    """)),
]

AVIATION = [
    # 1 rushed note
    ("aviation", "incident", block("""
    ls error [[flight_number:SKH412]] {{PMI}} [[date:14/07]]. final {{ls}} sent 0612z w/ zone split 62/70/54 but
    {{CCM}} headcount after boarding showed zone C 68 not 54 - a group of 14 moved themselves to sit together.
    {{TOW}} fine but {{trim}} out by 1.8 {{MAC}}. capt [[name:ferreira]] didnt get the {{LMC}} til after
    {{pushback}}, took it on {{ACARS}}, recalc'd on {{EFB}}, within limits but 2 units diff on {{stab trim}}. shld
    have been caught at the gate - zone headcount before doors closed. acft [[aircraft_registration:G-SKHD]]
    {{A321}}. asr raised [[case_reference:ASR-24-0917]] - [[name:kb]]
    """)),
    # 2 formal narrative
    ("aviation", "near_miss", prose("""
    On [[date:3 March 2024]], flight [[flight_number:SKH2217]] from [[organisation:Kestonbury Airport]] to
    {{Faro}}, operated by [[aircraft_registration:G-SKHA]] ({{A320}}), was loaded with a consignment of
    {{UN3481}} {{lithium ion batteries}} packed with equipment in {{hold 4}}. The {{NOTOC}} was generated correctly
    by the {{load controller}} but the {{ramp agent}} printed it to the wrong stand printer. The {{captain}} signed
    the {{load sheet}} without the NOTOC. The discrepancy was spotted by the {{first officer}},
    [[name:Inês Carvalho]], who noticed the DG indicator on the load sheet and asked for the NOTOC before the doors
    closed. Departure was delayed by 11 minutes. Had it been missed, the crew and {{ATC}} would not have known about
    the {{dangerous goods}} in the event of a fire. Load control reference [[case_reference:LC-0303-0061]]; reported
    to the {{CAA}} as an {{MOR}}. Action: the NOTOC is now handed over by the {{turnaround coordinator}} in person
    and the captain signs the station copy.
    """)),
    # 3 chronology
    ("aviation", "incident", block("""
    Chronology - weight & balance event, [[aircraft_registration:G-SKHF]], [[date:22 Apr 24]] (all times UTC)
    0415 {{Tech Log}}: acft back from maintenance at [[organisation:Aerotec Engineering]], {{galley}} trolley
         stowage removed, new {{DOW}}/{{DOI}} issued as {{weight schedule}} rev 7
    0430 {{DCS}} aircraft table not updated - still rev 6
    0540 {{load controller}} [[name:Sanjay Mehta-Rowe]] produces load sheet for [[flight_number:SKH 106]] on rev 6 ({{DOW}} +84kg)
    0605 {{captain}} [[name:Olumide Bankole]] accepts load sheet
    0622 off blocks
    0950 {{technical records}} e-mail {{OCC}}: rev 7 effective from 0400
    1002 {{duty dispatcher}} [[name:Rose]] checks - 2 sectors flown on rev 6 data ([[flight_number:SKH 106]] and [[flight_number:SKH 107]])
    Assessment: 84kg heavier than actual, so conservative on weight; {{CG}} shift 0.2% {{MAC}}, within limits.
    No flight safety impact but a data integrity failure between tech records and load control.
    Ref [[case_reference:OCC-24-0422-03]]
    """)),
    # 4 form
    ("aviation", "incident", block("""
    OCCURRENCE REPORT FORM - LOAD CONTROL
    Reporter: [[name:Leanne Whitlock]], {{Load Controller}}
    Date: [[date:09/08/2024]]   Flight: [[flight_number:SKH318]]   Reg: [[aircraft_registration:G-SKHB]]
    Booking ref: [[case_reference:QX7T2L]]
    Passenger: Mrs [[name:Yusra Haddad]], DOB [[date_of_birth:05/02/1991]]
    Infant: [[name:Layla Haddad]], DOB [[date_of_birth:30/01/2024]] ([[age:6 months]])

    What happened: infant not added in {{DCS}} - family used {{kiosk}} check-in and the infant was added at
    {{bag drop}} on paper only. {{Load sheet}} showed 0 {{INF}}. Cabin crew counted 1 infant at the door;
    {{SCCM}} [[name:Jody]] told the captain. {{LMC}} issued (+1 INF), Capt [[name:Heller]] accepted it, and an
    {{infant life jacket}} was confirmed on board.
    Cause: bag drop agent ([[organisation:Apex Ground Services]]) did not update {{DCS}}.
    Action: infant fields to be mandatory at bag drop.
    """)),
    # 5 e-mail
    ("aviation", "near_miss", block("""
    From: [[name:Tomás Echeverría]] <[[email:t.echeverria@skyhaven-air.co.uk]]>
    To: [[email:ops.safety@skyhaven-air.co.uk]]
    Cc: {{Duty Ops Manager}}
    Date: [[date:Sat 14 Sept 2024]] 07:55
    Subject: Near miss - {{ZFW}} transposed on flight plan request

    Hi safety team,
    On the early {{bank}} I raised the {{OFP}} for [[flight_number:SKH 881]] ({{ALC}}) with a planned ZFW of 56.9t
    instead of 59.6t - digits transposed when I typed it in from the {{LDM}}. {{Captain}}
    [[name:Ngozi Adeyemi-Hart]] rang me from the {{flight deck}} because the {{EFB}} performance figures didn't look
    right for a full flight. We re-ran the OFP with 59.6t; fuel went up by 180kg and the {{V-speeds}} changed.
    Suggest the OFP request pulls ZFW straight from the DCS rather than being keyed by hand.

    [[name:Tomás]]
    {{Flight Dispatcher}} | [[organisation:Skyhaven Airways]] {{OCC}}
    Mob [[phone:07700 900 948]]
    """)),
    # 6 Teams chat
    ("aviation", "near_miss", block("""
    Teams - LC/Dispatch desk
    [[name:Gabi Nowicka]] 05:48: tail swap on [[flight_number:SKH204]] - now [[aircraft_registration:G-SKHC]] not [[aircraft_registration:G-SKHE]] (E is {{AOG}}, hyd leak)
    [[name:Dev]] 05:49: ok changing in {{DCS}}
    [[name:Gabi Nowicka]] 06:02: [[name:Dev]] the final ls just came thru with [[aircraft_registration:SKHE]] on it??
    [[name:Dev]] 06:03: 🤦 it kept the old tail's {{DOW}} too. E and C differ by 212kg. reissuing now
    [[name:Gabi Nowicka]] 06:05: {{captain}} hasn't signed yet, rang Capt [[name:Li]], he'll wait
    [[name:Dev]] 06:09: new LS sent, [[aircraft_registration:G-SKHC]] DOW correct, trim 27.4 {{MAC}}
    [[name:Gabi Nowicka]] 06:11: 👍 logging as near miss, ref [[case_reference:LC-0611-0114]]. DCS doesn't force a reload of aircraft data after a tail swap - known issue?
    [[name:Mandeep]] 06:20: yes same thing on [[date:2 Oct]]. raising with {{IT}} again
    """)),
    # 7 shout-out
    ("aviation", "success", prose("""
    Shout-out to [[name:Hope Mwangi]] on {{nights}} in {{load control}}! On [[date:Sunday 20th]] she noticed that the
    {{CPM}} for [[flight_number:SKH 991]] ex {{TFS}} showed two {{AKE}} containers in the {{forward hold}} but the
    {{DCS}} load plan had them in {{hold 4}}. She rang the {{outstation}}, who confirmed the CPM was right and the plan
    was wrong - so the {{trim}} would have been calculated with 1,100kg in the wrong place. [[name:Hope]] re-did the
    {{load sheet}} before the crew reported and briefed the {{captain}} on the phone. Brilliant attention to detail
    at 3am. Thank you [[name:Hope]] from all of us on the {{dispatch desk}} - [[name:Khalid]] & [[name:Bea]]
    """)),
    # 8 company radio transcript
    ("aviation", "incident", block("""
    Company frequency transcript (ops) - [[date:31/05/2024]]
    1352:10 [[flight_number:Skyhaven four seven two]]: Ops, [[flight_number:Skyhaven four seven two]], approaching
            the {{holding point}}, we only have the {{provisional}} load sheet on {{ACARS}}, no final.
    1352:25 OPS ([[name:Marcus]]): [[flight_number:Four seven two]], copy, stand by one.
    1352:58 OPS: [[flight_number:Four seven two]], apologies, final was not sent. {{LMC}} outstanding - 3 pax
            no-show, bags offloaded. Sending now.
    1353:40 [[flight_number:Four seven two]]: Received final, {{ZFW}} 61.2, {{TOW}} 71.8, {{trim}} 25.9, accepting.
    1353:50 OPS: Copy, thanks, sorry for that.

    Incident: [[flight_number:SKH472]] ([[aircraft_registration:G-SKHJ]]) pushed back at 1344 on the provisional.
    Procedure requires the final to be accepted before {{pushback}}. {{Dispatcher}} [[name:Kiran]] assumed the final
    had gone with the LMC. ASR [[case_reference:ASR-24-0788]].
    """)),
    # 9 table
    ("aviation", "near_miss", block("""
    Load sheet cross-check - [[flight_number:SKH530]] {{BCN}} [[date:07/10/24]] [[aircraft_registration:G-SKHG]]
    Item      | Provisional | Final    | Limit
    {{DOW}}   | 42,310      | 42,310   | -
    Pax       | 174         | 182      | 186 seats
    Bags      | 2,030 kg    | 2,950 kg |
    Cargo     | 1,200       | 1,200    |
    {{ZFW}}   | 60,480      | 62,130   | {{MZFW}} 62,500
    Fuel      | 9,800       | 9,800    |
    {{TOW}}   | 70,280      | 71,930   | {{RTOW}} 71,500

    Note: final TOW exceeded the RTOW ({{runway 09}} wet) by 430kg. {{Load controller}} [[name:Yaw]] spotted it on
    the {{limitation check}} because the {{DCS}} only flags {{MTOW}}. {{Captain}} [[name:Fiona McAllister]] agreed to
    offload 450kg of non-urgent {{mail}}. Late bags came from the delayed connection [[flight_number:SKH 77]].
    """)),
    # 10 minutes
    ("aviation", "success", block("""
    Load Control & Dispatch Safety Review - minutes
    Date: [[date:12 November 2024]]   Location: {{OCC}} briefing room, [[organisation:Kestonbury Airport]]
    Attendees: [[name:Gareth Pryce-Jones]] ({{Head of Ground Ops}}), [[name:Leanne Whitlock]] ({{LC}} lead),
    [[name:Dev Raghunathan]] ({{dispatch}}), [[name:Sunita]] ({{Safety}}), Capt. [[name:Amos Ferreira]] ({{Flight Ops}})
    Apologies: [[name:Mandeep Sohal]], [[name:Bea Lindqvist]]

    1. Good catches this quarter: [[name:Hope Mwangi]] (CPM/DCS mismatch, [[flight_number:SKH 991]]),
       [[name:Yaw Boateng]] (RTOW exceedance, [[flight_number:SKH530]]), [[name:Inês Carvalho]] (missing {{NOTOC}}).
    2. {{DCS}} tail-swap fix deployed [[date:4 Nov]] - aircraft data now forced to reload. No recurrences.
       Thanks to [[name:Gabi]] for persistent reporting.
    3. ASR rate up 22% - seen as a positive {{just culture}} indicator.
    Actions: [[name:Sunita]] to circulate {{CAA}} {{SMS}} audit dates.
    """)),
    # 11 WhatsApp export
    ("aviation", "incident", block("""
    WhatsApp - [[organisation:Apex Ground Services]] / [[organisation:Skyhaven]] dispatch
    [[date:19/12/2024]], 16:41 - [[name:Stevie]] ([[organisation:Apex]] {{ramp}}): [[flight_number:SKH 640]] closed up, off stand
    [[date:19/12/2024]], 16:49 - [[name:Tariq]] {{Disp}}: [[name:stevie]] where did the dog go? {{NOTOC}} says {{AVI}} hold 1
    [[date:19/12/2024]], 16:52 - [[name:Stevie]] ([[organisation:Apex]] {{ramp}}): {{hold 5}} {{bulk}}, with the {{pushchairs}}
    [[date:19/12/2024]], 16:52 - [[name:Tariq]] {{Disp}}: 5 isn't heated on the {{737}} mate. ringing crew
    [[date:19/12/2024]], 16:58 - [[name:Tariq]] {{Disp}}: {{captain}} informed, {{GVA}} handling will check the animal on arrival
    [[date:19/12/2024]], 18:40 - [[name:Tariq]] {{Disp}}: dog ok on arrival, cold but fine. owner Mr [[name:Van der Berg]] told by station

    Incident ref [[case_reference:GOR-1219-022]]. Live animal loaded contrary to {{LIR}} and NOTOC.
    """)),
    # 12 formal narrative
    ("aviation", "success", prose("""
    Learning from good practice. During pre-flight planning for [[flight_number:SKH1420]] to {{Innsbruck}} on
    [[date:27 December 2024]], {{flight dispatcher}} [[name:Aoife Ní Bhriain]] noticed a {{NOTAM}} issued only 40
    minutes earlier that withdrew a {{departure procedure}} at the destination, making the flight
    {{performance limited}} on the return sector. Rather than wait for the crew to find it on the {{EFB}}, she
    recalculated the {{OFP}} with revised alternate fuel, worked with load control ([[name:Sanjay]]) to cap the
    payload, and phoned Captain [[name:Ravi Menon]] before he left the crew room. Nine standby passengers were
    held back before boarding instead of being offloaded at the aircraft, and [[aircraft_registration:G-SKHK]]
    ({{A320neo}}) departed on time. The captain later said it was "the best brief from dispatch all winter".
    """)),
    # 13 rushed lower-case note
    ("aviation", "near_miss", block("""
    nm [[date:sat 8/2]] - [[flight_number:skh 1502]] {{GNB}} {{ski charter}}. {{ls}} built using {{standard bag weights}}
    but {{ramp}} rang, ~40 {{ski bags}} not tagged heavy + 12 {{snowboards}}. real bag wt approx 1.9t more than the ls.
    only caught bc [[name:jen]] on the ramp asked "do u want the actual?" - weighed carts on the {{belt scale}}.
    reissued ls, {{trim}} moved fwd 1.1%, within limits but {{TOW}} margin only 210kg. we dont have a seasonal rule
    for ski flights?? need one. {{captain}} [[name:o'driscoll]] happy after reissue. ref [[case_reference:LC-0208-0019]]
    acft [[aircraft_registration:g-skhl]]
    """)),
    # 14 e-mail thank-you
    ("aviation", "success", block("""
    From: Capt [[name:Hannah Brightwell]] <[[email:h.brightwell@skyhaven-air.co.uk]]>
    To: [[email:loadcontrol@skyhaven-air.co.uk]]
    Date: [[date:Thu 16 January 2025]]
    Subject: Thanks - last night's [[flight_number:SKH 2290]]

    Team,

    Just a note to say thank you to whoever was on the desk last night ([[name:Marcus]] I think?). We had a late
    aircraft change to a {{737-8}} with a different hold configuration. [[name:Marcus]] had the new load plan,
    {{CPM}} and {{load sheet}} on the {{EFB}} before we reached the aircraft, and called me to talk through the
    {{dry ice}} ({{UN1845}}) on the {{NOTOC}}. We pushed on time despite the swap. That's the kind of proactive call
    that makes our job safer. Please pass on to his manager.

    Regards,
    [[name:Hannah]]
    {{Captain}}, {{737 fleet}}
    """)),
    # 15 handover
    ("aviation", "incident", block("""
    DISPATCH HANDOVER 1800L - [[date:Fri 7 Mar]]
    Outgoing: [[name:KB]]   Incoming: [[name:R.S.]]
    - INCIDENT: [[flight_number:SKH 455]] load sheet went to the wrong {{ACARS}} address - captain of
      [[flight_number:SKH 461]] ([[aircraft_registration:G-SKHM]]) received it and queried. Not accepted.
      [[flight_number:SKH 455]] ([[aircraft_registration:G-SKHN]]) got its copy 6 mins late, 4 min delay.
      Cause: ACARS address table had [[aircraft_registration:SKHM]] against both regs after yesterday's {{avionics}} swap.
      {{IT}} ticket [[case_reference:INC0048821]], ASR [[case_reference:ASR-25-0102]] raised.
    - {{MEL}} item on [[aircraft_registration:G-SKHC]]: {{APU}} inop - needs {{GPU}} at outstations. Told {{PMI}} handling.
    - [[name:Rosie]] off sick tomorrow, [[name:Tunde]] covering 06-14.
    - coffee machine still broken 😡
    """)),
    # 16 phone transcript
    ("aviation", "success", block("""
    Recorded line - load control desk 2 - [[date:02/02/2025]] 05:31
    {{LC}}: {{Load control}}, [[name:Yaw]] speaking.
    CAPT: Morning, [[name:Ruth Abernethy]], {{captain}} on [[flight_number:SKH 129]], [[aircraft_registration:G-SKHB]].
    Your final says 148 adults but there's a {{school party}} on the {{manifest}}, 38 children. Load sheet has them as adults?
    LC: Checking... you're right. The group came through [[organisation:Horizon School Travel]] and the agent coded
    them {{ADT}}. I'll reclassify and reissue, two minutes.
    CAPT: No rush, we're not boarded.
    LC: New {{load sheet}} sent, {{ZFW}} down 1,330kg, trim 26.1 {{MAC}}.
    CAPT: Got it. Thanks [[name:Yaw]].
    Note: not a safety risk (weight overestimated) but correct figures matter for fuel and {{performance}}; group
    bookings from this agent now checked against the {{PNL}}. Good catch by the captain and quick turnaround by LC.
    """)),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind274", REPORTS))
