"""Held-out blind corpus 320: 50 hand-written UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
de-identification generalises. Three settings, all people, organisations, places and numbers
invented:

- social_care (17): a parent and baby foster placement team (carers, supervising social
  workers, parents and babies in placement, contact, court and health visiting).
- health (17): an eating disorders unit (meal support, nasogastric feeding, refeeding risk,
  Mental Health Act, MDT and family work).
- aviation (16): airline catering and cabin cleaning at a hub airport (high-loaders, galley
  loading, bonded stores, cabin cleans, turnaround and ramp safety).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams/WhatsApp/Slack), handover notes, minutes with attendance
and apologies, pipe-separated and aligned tables, radio/RT transcripts, shout-outs and
thank-you notes. Identifiers are marked [[label:value]] and must-not-redact mentions {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind320.jsonl"

SOCIAL_CARE = [
    # 1 rushed on-call note
    ("social_care", "incident", prose("""
    on call log - {{foster carer}} [[name:bev]] rang 23:40 [[date:sat 14th]]. mum [[name:kayleigh]]
    left the placement abt 22:15 saying she was goin to the garage for fags, not back, phone
    off. baby [[name:Tiago]] ([[age:6wks]]) settled w [[name:bev]], had last bottle 22:00. advised
    [[name:bev]] NOT to go looking, to ring {{police}} on {{101}} if not back by midnight as per
    the {{safety plan}}. [[name:kayleigh]] walked back in 00:20, smelt of {{cannabis}} per
    [[name:bev]], no concerns re handling baby - [[name:bev]] did the {{night feeds}}. ive emailed
    {{EDT}} + {{allocated SW}} [[name:Ruth Adeyemi]]. {{placement agreement}} says mum must not
    leave w/o telling carer - needs raising at the {{PLO}} mtg. {{datix}} ref
    [[case_reference:SC-24-1187]]. ps [[name:bev]] v tired, 3rd broken night this wk, pls ring her
    """)),
    # 2 near-miss form
    ("social_care", "near_miss", block("""
    NEAR MISS REPORT - Parent & Baby Placements
    Reporter: [[name:Gwen Ashdown-Price]] ({{Supervising Social Worker}})
    Date of event: [[date:07/03/24]]
    Child: [[name:Amara Nwosu-Bell]]   DOB: [[date_of_birth:19/01/24]]   Ref: [[case_reference:LCS-558102]]
    Parent: [[name:Precious Nwosu]]
    Placement address: [[address:41 Thistle Row, Cawley Green]], [[postcode:NB7 3LU]]
    Carer: Mrs [[name:Dorota Wiśniewska]]

    What happened:
    During a {{home visit}} I noticed the {{Moses basket}} had a folded {{cot bumper}} and two
    pillows inside. [[name:Precious]] said she uses them so baby "doesn't roll". Baby was not in
    the basket at the time. Mrs [[name:Wiśniewska]] said she had removed them twice already
    this week.

    Action taken:
    Items removed, {{safer sleep}} advice repeated with the {{Lullaby Trust}} leaflet and
    recorded in the {{parenting assessment}}. Asked the [[organisation:Cawley Green Health Visiting Team]]
    to revisit on {{Friday}}. Discussed at {{supervision}} with my {{Team Manager}}.
    """)),
    # 3 success Teams chat
    ("social_care", "success", block("""
    [09:12] [[name:Marcus Lindqvist]]: Massive shout-out to [[name:Hope]] and [[name:Femi]] 🙌
    [09:13] [[name:Marcus Lindqvist]]: [[name:Chloe]] (mum at the [[address:Brackley Road]] placement) had her {{final hearing}} yesterday and the {{Guardian}} recommended she goes home with baby [[name:Rio]] under a {{supervision order}}
    [09:13] [[name:Marcus Lindqvist]]: the {{Guardian}} quoted [[name:Hope]]'s daily recording word for word and said it was the clearest evidence of {{parenting capacity}} she'd seen
    [09:15] [[name:Femi Oyelaran]]: aw thank you!! it was all [[name:Hope]]'s {{night feed}} logs tbh
    [09:16] [[name:Hope Mwangi]]: team effort. [[name:Chloe]] did the hard work 💜
    [09:18] [[name:Sunny]] ({{Team Manager}}): brilliant. can someone add this to the {{learning log}} for the {{Ofsted}} file pls
    [09:19] [[name:Marcus Lindqvist]]: on it
    """)),
    # 4 formal narrative incident
    ("social_care", "incident", prose("""
    On [[date:Thursday 22 February]] at approximately 08:30 the {{foster carer}}, [[name:Joy Okafor]],
    noticed a small bluish mark, roughly 1cm across, on the left upper arm of [[name:Kacper]]
    ([[age:11 weeks]]) while changing him. [[name:Kacper]] is placed with his mother,
    [[name:Aleksandra Zielińska]], under an {{interim care order}}. As [[name:Kacper]] is a
    {{non-mobile baby}}, [[name:Joy]] followed the {{bruising protocol}} correctly: she
    photographed nothing herself, completed a {{body map}} and rang me as {{duty SSW}} at 08:41.
    A {{strategy discussion}} was held with {{MASH}} and {{police}} at 11:00 and a
    {{child protection medical}} took place at [[organisation:St Oswin's Children's Hospital]] that
    afternoon. The {{paediatrician}} could not exclude {{non-accidental injury}}. Ms
    [[name:Zielińska]] said the mark may have come from the poppers on his {{sleepsuit}}. The
    {{allocated social worker}}, [[name:Tomasz Brennan]], is leading the {{Section 47}} enquiry
    under {{Working Together}}. Reference [[case_reference:MASH-2402-0763]]. Learning: the carer's
    recording was timed and factual and is a good example for {{training}}.
    """)),
    # 5 near-miss e-mail
    ("social_care", "near_miss", block("""
    From: [[name:Rosa Delgado]] <[[email:rosa.delgado@harrowfield.gov.uk]]>
    To: P&B Team
    Cc: [[name:Bill Harcourt]]
    Subject: Near miss - contact at [[organisation:Marlowe House Family Centre]] [[date:Tues 5th]]

    Hi all,

    Flagging a near miss from {{contact}} on {{Tuesday}}. At the end of the session {{dad}}
    ([[name:Dean]]) asked to carry baby [[name:Mia-Rose]] out to the {{car park}} "to say bye to
    {{nan}}". The new {{receptionist}} was about to open the door for him. [[name:Dean]] is only
    approved for {{supervised contact}} inside the room and {{mum}} ([[name:Shannon]]) has a
    {{non-molestation order}} against him. I stepped in and [[name:Dean]] left calmly; his car
    ([[vehicle_registration:HF21 OXZ]]) was parked on the zig-zags with an engine running and
    someone in the passenger seat.

    Could [[name:Bill]] please make sure {{reception}} have the {{contact plan}} and photos of who
    is and isn't allowed out with babies? I've updated the {{risk assessment}}.

    Thanks,
    [[name:Rosa]]
    {{Contact Supervisor}}
    [[organisation:Harrowfield Borough Council]] | [[phone:01632 960418]]
    """)),
    # 6 success thank-you note
    ("social_care", "success", prose("""
    Compliment received - typed up by [[name:Lorraine]] for the {{compliments log}}. Card from
    [[name:Jade Kowalczyk]] to her {{foster carers}}: "To {{Auntie}} [[name:Pat]] and {{Uncle}}
    [[name:Des]], I dont know how to say thank you. When I came to you I was scared of
    everyone and I thought {{social services}} just wanted to take [[name:Nevaeh]] off me. You
    showed me how to bath her, how to wind her, you sat up with me at 3 in the morning when
    she had {{colic}} and you never once made me feel stupid. You came to every {{LAC review}}
    and to {{court}} and you told the {{judge}} I could do it. Now we've got our own flat and
    [[name:Nevaeh]] is [[age:seven months]] and rolling everywhere. I will never forget you. Love
    [[name:Jade]] and [[name:Nevaeh]] xxx". Shared with [[name:Pat]] and [[name:Des]] at
    {{supervision}} and passed to the {{Fostering Panel}} chair for their {{annual review}}.
    """)),
    # 7 chronology
    ("social_care", "incident", block("""
    CHRONOLOGY - unexpected event in placement
    [[date:02/04/24]]
    06:05  Carer [[name:Faith Oduya]] heard mum [[name:Bryony]] shouting from the nursery.
    06:06  Baby [[name:Eliza]] ([[age:9 days]]) limp and dusky around the lips after a feed.
           [[name:Faith]] took over, {{back blows}}, baby cried and pinked up within a minute.
    06:07  {{999}} called by [[name:Faith]]'s husband [[name:Gary]].
    06:14  {{Paramedics}} arrived, baby alert, {{obs}} normal.
    06:40  Conveyed with mum to [[organisation:Harrowfield General Hospital]] {{paediatric A&E}}.
    07:55  [[name:Faith]] rang the {{EDT}} and left message for {{SSW}}.
    10:15  {{SSW}} [[name:Kofi Asante]] spoke to ward; admitted for observation.
    [[date:03/04/24]]
    14:00  Discharged. Impression: {{BRUE}} linked to {{reflux}}, no further tests.
    LEARNING: [[name:Faith]]'s {{paediatric first aid}} refresher was overdue; [[name:Bryony]]
    had not yet done the {{baby first aid}} session offered at {{induction}}.
    """)),
    # 8 near-miss handover
    ("social_care", "near_miss", block("""
    HANDOVER - weekend duty to Monday team
    * [[name:Cerys]] / baby [[name:Alfie]] - settled wknd, nothing to note.
    * [[name:Ifeoma]] / baby [[name:Zion]] - NEAR MISS. Admin ([[name:Marie-Claire]]) was
      about to post the {{parenting assessment}} addendum to dad's solicitors
      ([[organisation:Pemberton Akhtar Solicitors]]) and spotted the unredacted placement
      address on p.3 ([[address:7 Larkspur Close, Denholm]]). Dad does not know where mum
      and baby are living - {{DA}} history, {{MARAC}} case. Letter stopped, address redacted,
      checked by {{Team Manager}}. Please note the template auto-fills the carer's address
      from the {{Form F}} record - {{IT}} ticket raised [[case_reference:INC0049912]].
    * Mr [[name:Bhatt]] (carer) asked for respite dates, will call him back.
    * {{Core group}} for [[name:Zion]] moved to {{Thursday}} 2pm, [[organisation:Denholm Children's Centre]].
    - [[name:S.O.]], {{weekend duty}}
    """)),
    # 9 success minutes
    ("social_care", "success", block("""
    Parent & Baby Team Meeting - minutes, [[date:18 April 2024]]
    Present: [[name:Sunita Rao]] (Chair, {{Team Manager}}), [[name:Will Achterberg]] ({{SSW}}),
    [[name:Mark O'Driscoll]] ({{SSW}}), [[name:Grace Tembo]] ({{Family Support Worker}}),
    [[name:Li Wei]] ({{IRO}}, item 2 only)
    Apologies: [[name:Ngozi Eze]], [[name:Amber]] ({{admin}})

    Item 1 - Learning review: successful reunification
    [[name:Mark]] presented the [[name:Hassan]] family. Mum [[name:Yasmin]] ([[age:19]]) came in on a
    {{12-week}} {{residential assessment}}; baby returned home on [[date:2 April]]. What worked:
    daily three-way check-ins (carer, mum, {{health visitor}}), {{Signs of Safety}} mapping every
    fortnight, and [[name:Grace]]'s budgeting sessions. [[name:Li Wei]] said the {{care plan}}
    was the most coherent she had reviewed this year.
    Action: [[name:Will]] to write a two-page practice note for the {{Practice Week}} event.

    Item 2 - {{IRO}} feedback: no issues.
    Next meeting [[date:16 May]].
    """)),
    # 10 WhatsApp export incident
    ("social_care", "incident", block("""
    Copied from carer's WhatsApp, sent to {{SSW}} for the record:
    [[date:12/05/2024]], 21:47 - [[name:Nadia Begum]]: [[name:Kwame]] sorry to text late, [[name:Tegan]] put a video of the baby on her {{story}} tonight
    [[date:12/05/2024]], 21:48 - [[name:Nadia Begum]]: you can see the front of my house and the street sign behind her 😟
    [[date:12/05/2024]], 21:52 - [[name:Kwame]]: Thanks [[name:Nadia]]. Has she taken it down?
    [[date:12/05/2024]], 21:53 - [[name:Nadia Begum]]: yes now but his cousin already commented "nice road 👀"
    [[date:12/05/2024]], 21:55 - [[name:Kwame]]: ok. Please keep doors locked, I'm calling {{EDT}} and {{police}} now. {{Will}} update you
    [[date:12/05/2024]], 23:10 - [[name:Kwame]]: {{Police}} log [[case_reference:CAD 2291-12MAY]], they'll do drive-bys. {{Emergency placement}} on standby if needed
    Note: birth father is subject to {{bail conditions}}; the {{placement address}} is now
    considered compromised. Move discussed at {{legal gateway}} next day.
    """)),
    # 11 rushed near-miss
    ("social_care", "near_miss", prose("""
    nr miss - {{carer}} [[name:mags]] got up 3ish to loo n found {{mum}} [[name:Leah]] asleep on the sofa
    w baby [[name:Roman]] ([[age:3wk]]) lying face down on her chest, throw half over him. baby
    fine, breathing ok, [[name:mags]] lifted him into the {{moses basket}}. [[name:Leah]] said she
    only sat down for 5 mins for a feed. shes on {{sertraline}} n was v drowsy. this is the
    2nd time, 1st was [[date:wed 10th]] but that was in the bed not sofa. done {{safer sleep}}
    again, [[name:mags]] to do {{2am}} check ins for next wk. need to tell {{HV}} + put in the
    {{risk assessment}} + ask {{GP}} re {{sertraline}} timing?? - [[name:Mags McAllister]]
    ({{foster carer}}) / logged by [[name:DT]]
    """)),
    # 12 formal success
    ("social_care", "success", prose("""
    Good practice note. [[name:Ellie]] ([[age:22]]) and her son [[name:Oisín]] were placed with
    {{foster carers}} [[name:Siobhán Ní Bhriain]] and [[name:Ray Kettle]] on a
    {{parent and baby}} arrangement. By {{day five}} [[name:Siobhán]] noticed [[name:Oisín]] was
    feeding for over an hour at a time and clicking, and that [[name:Ellie]] was in pain. Rather
    than suggesting {{formula}} she logged every feed and asked the {{health visitor}} to weigh him
    early; he had dropped 11% of {{birth weight}}. A {{tongue tie}} was identified and divided at
    the [[organisation:Northgate Infant Feeding Clinic]] on [[date:9 January]]. [[name:Ellie]] has
    continued {{breastfeeding}}, which she told her {{social worker}} was "the first thing I've
    done right". The {{parenting assessment}} now records this as evidence of her ability to
    prioritise the baby's needs. Shared with the {{Fostering Panel}} as an example of carers
    working with parents rather than for them.
    """)),
    # 13 table incident
    ("social_care", "incident", block("""
    Transport failures to {{family time}} - [[organisation:Cityline Escorts Ltd]] - {{Q1}}
    Date     | Family          | Driver        | Vehicle  | Issue
    [[date:09/01]]    | [[name:Ayodele]]/[[name:Fox]]   | [[name:Rav]]           | [[vehicle_registration:YR68 KDL]] | 40 min late, baby missed {{contact}}
    [[date:23/01]]    | [[name:Ayodele]]/[[name:Fox]]   | [[name:Rav]]           | [[vehicle_registration:YR68 KDL]] | no {{car seat}} fitted, {{carer}} drove
    [[date:14/02]]    | [[name:Kaur]]            | [[name:Lynne B]]       | [[vehicle_registration:MW19 PHA]] | wrong {{pick-up}} address used (old {{placement}})
    [[date:06/03]]    | [[name:Kaur]]            | unknown       | -        | no-show, no call
    Most serious: [[date:14/02]] - driver went to baby's previous carer's house and gave the
    family's surname at the door to a {{neighbour}}. {{Contract manager}} informed. {{Commissioning}}
    asked to review; interim: carers to transport babies themselves, {{mileage}} paid.
    """)),
    # 14 email incident
    ("social_care", "incident", block("""
    Subject: INCIDENT - ex-partner attended placement, [[date:22 June]]
    From: [[name:Tendai Moyo]], {{Supervising Social Worker}}
    To: {{Service Manager}}; {{LADO}} (fyi)

    At 19:30 carer Mr [[name:Colin Pryce]] phoned to say [[name:Liam Doherty]], ex-partner of mum
    [[name:Stacey]], was banging on the door at [[address:18 Weaver Street]], [[postcode:HB3 9RW]],
    shouting that he wanted "his son". [[name:Stacey]] and baby [[name:Harley]] ([[age:4 months]])
    were upstairs with Mrs [[name:Pryce]]. Mr [[name:Pryce]] did not open the door and rang
    {{999}}. Police arrived 19:44 and arrested [[name:Liam Doherty]] for breach of {{bail}}
    (police ref [[case_reference:HB-0622-3318]]). Nobody hurt.

    [[name:Stacey]] admitted she had messaged him on {{Snapchat}} earlier. Mum and baby moved
    to an {{emergency carer}} the same night. A {{strategy meeting}} is booked and the
    {{Form F}} household will need a rest before another {{DA}} referral.

    [[name:Tendai]]
    """)),
    # 15 Slack near-miss
    ("social_care", "near_miss", block("""
    #pb-team  (Slack)
    [[name:joanna.k]] 10:02  heads up - Baby [[name:Lily]]'s {{discharge letter}} from the {{postnatal ward}} has the wrong {{NHS number}} on it
    [[name:joanna.k]] 10:02  letter says [[nhs_number:781 785 1646]] but her {{red book}} says [[nhs_number:185 993 8728]]
    [[name:priya_s]] 10:05  omg. which one is right?
    [[name:joanna.k]] 10:06  {{red book}} - {{carer}} [[name:Marta]] checked with the {{midwife}} before giving the {{vitamin K}} follow-up details
    [[name:joanna.k]] 10:07  the letter number belongs to another baby discharged same day, so [[name:Marta]] would have been booked into their {{hearing screen}}
    [[name:priya_s]] 10:09  good spot. I'll ring [[organisation:Harrowfield General]] {{PALS}} and ask them to {{Datix}} it their end
    [[name:joanna.k]] 10:10  thx. logging our side as near miss [[case_reference:PB-NM-0417]]
    """)),
    # 16 success note with initials
    ("social_care", "success", prose("""
    Note for carer's file and {{annual review}}. I want to record how well [[name:Abimbola]] and
    [[name:Tunde Fashola]] supported [[name:Connor]] ([[age:24]]), our first {{father-and-baby}}
    placement. [[name:Connor]] had never changed a {{nappy}} and was anxious about being judged by
    women professionals. [[name:Tunde]] did the {{night routine}} alongside him for two weeks and then
    stepped back gradually, recording what [[name:Connor]] did independently each night. At the
    {{LAC review}} [[name:Connor]] spoke for himself for the first time. The {{IRO}} noted that the
    carers' recording was balanced and {{strengths-based}}. I'd recommend [[name:Tunde]] for the
    {{Skills to Foster}} co-facilitator role. - [[name:J.K.]], {{Supervising Social Worker}}
    """)),
    # 17 out-of-hours call record
    ("social_care", "incident", block("""
    {{EDT}} CALL RECORD   Ref: [[case_reference:EDT/24/08815]]
    Caller: [[name:Angharad Price-Lewis]] ({{foster carer}}), [[phone:07700 900284]]
    Time: 01:12, [[date:Sun 9 June]]
    Subject: [[name:Tasha]] (mum, [[age:17]]) and [[name:Malachi]] ([[age:5 weeks]])

    Carer reports [[name:Tasha]] has packed a bag and is threatening to leave with [[name:Malachi]]
    to go to her {{boyfriend}}'s. [[name:Tasha]] is a {{looked after child}} herself under a
    {{care order}}; [[name:Malachi]] is subject to an {{ICO}} with a condition that he remains in
    placement. Spoke to [[name:Tasha]] on speaker: she said she is "sick of being watched".
    Agreed she could go out for a walk alone and [[name:Malachi]] stays. She returned 02:30.
    No {{police}} involvement needed. Passed to {{day team}}; request urgent
    {{Personal Adviser}} visit.
    {{EDT}} worker: [[name:Gareth]]
    """)),
]

HEALTH = [
    # 1 rushed note - water loading
    ("health", "incident", prose("""
    weigh in this am - [[name:Ffion]] (bed 4) up +1.8kg overnight which isnt poss on her
    {{meal plan}}. {{hca}} [[name:Ricky]] noticed she was v pale + shaky n kept going to the loo.
    [[name:ffion]] admitted she drank approx 3L from the tap in the {{en-suite}} before
    {{weigh day}}. {{obs}} bp 88/50 hr 42. bloods sent - {{sodium}} 129. dr [[name:Okoye]]
    ({{SHO}}) reviewed, fluid restrict + repeat {{U&Es}} in 4hrs. {{en-suite}} water now off
    at the isolator per {{care plan}}. [[name:Ffion]] tearful, said she was 'trying to get
    leave'. need to review weigh-in procedure - {{blind weights}}? also [[name:Ffion]]'s
    {{named nurse}} [[name:Anouk]] needs telling when back on [[date:thurs 7th]].
    {{datix}} [[case_reference:W-88213]] - [[name:CJ]]
    """)),
    # 2 formal near-miss - NG position check
    ("health", "near_miss", prose("""
    At 17:50 on [[date:11 March]] an {{agency nurse}} on [[organisation:Seacole Ward]] was about to
    start a {{bolus feed}} via {{nasogastric tube}} for a patient, [[name:R.T.]] (hospital number
    [[case_reference:HN4471902]]), without first confirming tube position. The
    {{healthcare assistant}}, [[name:Blessing Achebe]], who had completed the unit's
    {{NG competency}}, asked whether the {{pH}} of the aspirate had been checked. It had not.
    The aspirate was tested at pH 6.5, so the feed was withheld and the {{on-call doctor}}
    arranged a {{chest X-ray}}, which showed the tip in the {{oesophagus}}. The tube was
    re-passed and confirmed at pH 4.0. Feeding into the lung is a {{Never Event}}. The agency
    nurse said she had not been shown the {{NG}} policy at {{local induction}}. Actions: agency
    induction checklist to include NG feeding, and the feed chart to have a mandatory
    "pH recorded" box before the {{Fortisip}} volume can be signed. [[name:Blessing]] has been
    thanked by the {{Ward Manager}}.
    """)),
    # 3 success Teams
    ("health", "success", block("""
    [[name:Priya Raman]]  11:04
    Just want to say well done to [[name:Faith]] and [[name:Rhys]] for yesterday's first
    {{family meal}} with [[name:Bea]] and her parents 🎉 [[name:Bea]] finished a full main and
    pudding with her {{mum}} and {{dad}} at the table for the first time since {{October}}
    [[name:Faith Ogunleye]]  11:06
    honestly it was all [[name:Bea]]. [[name:Rhys]]'s idea to do a practice run with the
    {{OT}} kitchen on {{Tuesday}} helped massively
    [[name:Rhys Penhaligon]]  11:07
    🥹 her {{dad}} cried. Can we use it as a case for the {{FBT}} {{training day}}?
    [[name:Priya Raman]]  11:09
    Yes - anonymise it and I'll take it to {{MDT}} on {{Monday}}. {{Consultant}} approved 👍
    """)),
    # 4 chronology - refeeding
    ("health", "incident", block("""
    CHRONOLOGY - delayed response to low phosphate
    Patient: Ms [[name:Harriet Vance]], [[age:34]], {{BMI}} 13.2, admitted [[date:14/03/24]]
    [[date:Sat 16/03]] 08:00  {{NG}} feed increased to 1,400 kcal per {{MARSIPAN}} plan.
    [[date:Sat 16/03]] 14:20  Bloods reported: {{phosphate}} 0.52. Result not viewed.
    [[date:Sun 17/03]] 09:00  No bloods taken (weekend; request not made).
    [[date:Mon 18/03]] 07:30  [[name:Harriet]] reported palpitations to night HCA [[name:Precious]].
    [[date:Mon 18/03]] 07:45  {{ECG}}: {{QTc}} 498 ms. {{On-call registrar}} Dr [[name:Mensah]] informed.
    [[date:Mon 18/03]] 08:30  {{Phosphate Polyfusor}} started, feed reduced.
    [[date:Mon 18/03]] 11:00  Transferred to [[organisation:Queen Adelaide Hospital]] {{AMU}} for {{cardiac monitoring}}.
    [[date:Wed 20/03]]        Returned to unit, phosphate 0.91.
    Contributory: no weekend process to check {{refeeding bloods}}; {{ICE}} results go to
    the {{consultant}}'s inbox only. Ref [[case_reference:DTX-24-30551]].
    """)),
    # 5 near-miss e-mail - coeliac meal
    ("health", "near_miss", block("""
    From: [[name:Grace Adebayo-Holm]] <[[email:g.adebayo-holm@heronsgate.nhs.uk]]>
    To: [[email:patientmeals@fairleaf-catering.co.uk]]
    Cc: [[name:Joy Whitlock]]
    Subject: Near miss - gluten meal on {{coeliac}} patient's tray, lunch [[date:2 April]]

    Hello,

    At lunch today I was doing the trolley check before {{meal support}} and found that the
    tray labelled for [[name:Eun-ji]] (bed 6, {{coeliac disease}} confirmed by {{biopsy}}) had
    standard pasta bake instead of the {{gluten-free}} option on her menu card. It had a
    gluten-free sticker on the lid. Nothing was eaten. On our unit a patient eating an
    unexpected item is also a big psychological setback, as she would have had to
    {{compensate}} or refuse everything. Could [[organisation:Fairleaf Catering]] please check
    the labelling at the production kitchen and confirm by {{Friday}}?

    Kind regards,
    [[name:Grace]]
    {{Specialist Dietitian}}
    [[organisation:Heronsgate Hospital]] {{Eating Disorders Service}}
    [[phone:0118 496 0372]]
    """)),
    # 6 form - AWOL
    ("health", "incident", block("""
    INCIDENT FORM - {{AWOL}}
    Patient name: [[name:Callum Fairweather]]
    DOB: [[date_of_birth:03/11/2001]]    NHS No: [[nhs_number:773 730 7230]]    Hosp No: [[case_reference:K0938271]]
    Address: [[address:Flat 2, 9 Cordwainer Street, Kilnworth]] [[postcode:KW2 8DS]]
    Legal status: {{Section 3}} {{MHA}}
    Date/time: [[date:28/03/24]] 15:20
    Description: [[name:Callum]] was on {{escorted leave}} ({{Section 17}}) to the hospital
    shop with HCA [[name:Pat Mulligan]]. At the lift he ran towards the main entrance.
    [[name:Pat]] followed but lost sight of him in the car park. {{Nurse in charge}} informed
    at 15:28, {{police}} at 15:35 ({{Herbert Protocol}} not applicable). {{BTP}} found
    [[name:Callum]] on a platform at the railway station at 17:40. Returned to ward 18:05,
    {{physical obs}} stable, {{BM}} 3.9. He said he "couldn't face another {{supper}}".
    {{RC}} and {{nearest relative}} informed.
    Reported by: S/N [[name:Kemi Adeyinka]]
    """)),
    # 7 success minutes
    ("health", "success", block("""
    LEARNING REVIEW - transition from {{CAMHS}} {{Tier 4}}
    Date: [[date:25 April 2024]]
    Attendance: Dr [[name:Rohan Mehta]] ({{Consultant Psychiatrist}}), [[name:Joy Whitlock]]
    ({{Ward Manager}}), [[name:Mariusz Nowak]] ({{Family Therapist}}), [[name:Hope Carrington]]
    ({{OT}}), [[name:Ade]] ({{Peer Support Worker}})
    Apologies: [[name:Summer-Lee Quinn]] ({{Social Worker}}), Dr [[name:Farah]]

    Summary: [[name:Rosie]] ([[age:18]]) moved from [[organisation:Elmhurst Adolescent Unit]] to us
    on her 18th birthday. Previous transitions in the service have led to weight loss in
    the first fortnight. This time: three joint {{CPA}} meetings before the move, our
    {{named nurse}} visited [[organisation:Elmhurst]] twice, and [[name:Rosie]] ate her first meal here with her
    [[organisation:Elmhurst]] {{keyworker}} present. Weight stable at two weeks.
    Learning: joint meals with the sending team should be standard. [[name:Joy]] to draft
    a protocol with {{NHS England}} {{provider collaborative}} leads.
    """)),
    # 8 incident - WhatsApp IG breach
    ("health", "incident", prose("""
    At handover on [[date:5 April]] a {{bank HCA}} showed me a message in a staff WhatsApp group
    called "{{Ward 7}} gals" posted at 23:02 by another HCA, [[name:Danuta Wróbel]]: "omg
    [[name:Carys]] in bed 2 is down to 31kg, her {{BMI}} must be like 11 lol". The group has 14
    members including two people who have left the Trust. [[name:Carys]]'s full name is not in
    the message but the bed number and weight would identify her to anyone who knows the
    ward. I asked [[name:Danuta]] to delete it, which she did at 07:40. Reported to the
    {{Caldicott Guardian}} and {{Information Governance}}; they will decide whether it meets
    the threshold to report to the {{ICO}}. [[name:Carys]] and her {{next of kin}} have not yet
    been told - {{Duty of Candour}} discussion pending. - [[name:A. Lindqvist-Osei]], {{Ward Sister}}
    """)),
    # 9 near-miss table - medicines reconciliation
    ("health", "near_miss", block("""
    MEDICINES RECONCILIATION - Mr [[name:Tobiah Lindgren]]   Hosp no [[case_reference:K1120384]]
    Source                          | {{Olanzapine}} | {{Sertraline}} | {{Thiamine}}
    GP letter ([[organisation:Kilnworth Medical Practice]]) | 2.5mg nocte | 100mg od | -
    Admission chart ([[date:19/04]])        | 25mg nocte  | 100mg od | 100mg tds
    {{Pharmacy}} check ([[date:20/04]])        | 2.5mg nocte | 100mg od | 100mg tds
    Finding: tenfold transcription error for olanzapine on admission. First dose due 22:00;
    {{ward pharmacist}} [[name:Xiaoling Chen]] caught it on her 16:30 round and the {{FY1}}
    rewrote the chart. Patient weighs 41kg and is {{bradycardic}}; 25mg could have caused
    significant {{sedation}} and {{hypotension}}. Contributing: decimal point faint on a faxed
    letter. Action: {{GP}} letters to be confirmed verbally or via {{SCR}}.
    """)),
    # 10 night handover
    ("health", "incident", block("""
    NIGHT HANDOVER [[date:Weds 24th]]
    Bed 3 [[name:Leonie]] - sister [[name:Poppy]] visited 18:00-19:30, seen passing a small packet.
      {{Room search}} with consent found {{senna}} x 30 in [[name:Leonie]]'s washbag. Removed,
      {{visiting}} now supervised, {{Datix}} done [[case_reference:DTX-24-31207]].
      [[name:Poppy]] spoken to by {{NIC}}, quite upset, says [[name:Leonie]] begged her.
    Bed 5 [[name:Obi]] - ate 100% supper, settled, {{obs}} fine.
    Bed 6 [[name:Saoirse]] - {{NG}} pulled out 02:10, re-passed by {{night coordinator}}
      [[name:Hyun-woo Park]] 03:00, pH 4.5, feed restarted. Needs {{restraint}} form for
      the hold.
    Bed 8 Mr [[name:Hale]]? (not sure of name) - new admission from {{A&E}}, {{bloods}} due 06:00.
    - [[name:Kasia]]
    """)),
    # 11 success thank-you card
    ("health", "success", prose("""
    Dear everyone on [[organisation:Seacole Ward]], it's a year to the day since we brought
    [[name:Isla]] to you, frightened and so poorly we thought we might lose her. She is now at
    [[organisation:Brampton Sixth Form College]], doing her {{A levels}}, and last week she ate a
    birthday cake that her {{little brother}} [[name:Alfie]] made. We wanted to thank Nurse
    [[name:Rose]] for the night she sat with [[name:Isla]] on the floor of the {{corridor}} until
    {{3am}}, Dr [[name:Adeyemi]] for never giving up on the {{family therapy}}, and [[name:Big Dave]]
    the {{HCA}} for his terrible jokes at {{snack time}}. We know {{anorexia}} hasn't gone for
    good, but she has her life back. With love and gratitude, [[name:Fiona]] and
    [[name:Graham Baxter]]. (Card displayed in the {{staff room}}; shared at {{team brief}}.)
    """)),
    # 12 formal incident - collapse
    ("health", "incident", prose("""
    At approximately 07:15 on [[date:8 May]] Ms [[name:Olamide Bankole]] ([[age:27]]), who is on
    {{modified bed rest}} with {{supervised bathroom}} use, was found on the floor of the
    {{shower room}} by {{HCA}} [[name:Will Tran]]. [[name:Will]] had been asked to step out for
    privacy by the patient and was waiting outside the door. She had a 2cm laceration to the
    forehead and was drowsy. {{Capillary glucose}} was 2.6 mmol/L; {{Hypostop}} was given
    and she recovered to 5.1 within 15 minutes. Lying and standing {{BP}} the previous evening
    had shown a {{postural drop}} of 28 mmHg, which had been recorded but not escalated.
    She was taken to the {{Emergency Department}} at [[organisation:Queen Adelaide Hospital]]
    for {{CT head}} (normal) and sutures. Learning: the {{NEWS2}} chart does not prompt
    escalation of postural drop; unit to add a local trigger. [[case_reference:DTX-24-31988]]
    """)),
    # 13 near-miss Slack - similar names
    ("health", "near_miss", block("""
    #edu-nursing
    [[name:tom.b]]  14:31
    did anyone file an {{ECG}} in [[name:Ellie Marsh]]'s notes this morning? {{QTc}} 512 ??
    [[name:sanjeev]]  14:33
    that's not hers surely, she's been 430s all week
    [[name:tom.b]]  14:35
    checked the {{trace}} - it's [[name:Elle Marsden]]'s (bed 9, [[case_reference:K1187763]]). filed in
    [[name:Ellie]]'s ([[case_reference:K1187736]]) because the {{sticker}} was from the wrong sheet
    [[name:sanjeev]]  14:36
    🤦 and [[name:Elle]]'s is the long one?? she's due {{citalopram}} tonight
    [[name:tom.b]]  14:38
    yes - told the {{SHO}}, {{citalopram}} held, repeat {{ECG}} done, still 505. moved to correct notes
    [[name:hollie_w]]  14:40
    we need {{name alerts}} on the board, 2nd time this month. putting it on the {{safety huddle}}
    """)),
    # 14 rushed success shout-out
    ("health", "success", prose("""
    shout out to [[name:bill]] on {{lates}} yest!! [[name:Nikolai]] threw his tray at {{lunch}} and
    was shouting at the whole table, 2 other {{pts}} started crying. [[name:bill]] didnt raise his
    voice at all, moved the others to the {{lounge}} with [[name:Esi]], then sat on the floor
    with [[name:Nikolai]] and just waited. after 20 mins [[name:Nikolai]] ate his {{supplement}}
    ({{Ensure Plus}}) + said sorry. no {{PRN}}, no {{restraint}}. this is exactly what the
    {{Safewards}} training says n he made it look easy. can we put [[name:bill]] forward for
    the {{staff awards}}? - [[name:mo]] ({{Deputy Ward Manager}})
    """)),
    # 15 safeguarding e-mail
    ("health", "incident", block("""
    From: [[name:Hélène Dubois-Carter]]
    Sent: [[date:14 May 2024]] 16:12
    To: [[email:edu.nursemanagers@heronsgate.nhs.uk]]
    Subject: SAFEGUARDING - {{diet pills}} brought in for [[age:17yo]] patient

    Dear colleagues,

    [[name:Kiera]] ([[age:17]]) told her {{keyworker}} that her boyfriend, [[name:Jordan Pike]]
    ([[age:24]]), has been bringing in {{diet pills}} bought online and telling her she "looks
    better thin". Staff saw him drop her off in a silver car, [[vehicle_registration:KW17 RZN]].
    As [[name:Kiera]] is a child, I have made a referral to {{MASH}} today and raised possible
    {{coercive control}}/{{CSE}}. {{Police}} have been informed. Visiting by [[name:Jordan Pike]] is
    suspended pending the {{strategy discussion}}. Please do not discuss this with him if he
    phones.

    [[name:Hélène]]
    {{Named Nurse}}, {{Safeguarding Children}}
    [[phone:0118 496 0815]] | [[email:h.dubois-carter@heronsgate.nhs.uk]]
    """)),
    # 16 chronology near-miss - Pabrinex
    ("health", "near_miss", block("""
    TIMELINE - {{Pabrinex}} omitted before start of feeding
    [[date:Mon 29 April]]
    19:40  Admission: Mr [[name:Rafael Souza]], {{BMI}} 12.1, {{NG}} plan written by {{SHO}}.
           Plan: {{Pabrinex}} IV, then start feed at 10 kcal/kg at 10:00 next day.
    21:00  Pabrinex prescribed on {{EPMA}} as "once only", start date entered as [[date:30/05]].
    [[date:Tue 30 April]]
    08:00  Not on the drug round (date a month ahead, so not showing).
    09:30  {{Dietitian}} [[name:Oluwaseun Bello]] asked if {{thiamine}} cover had been given.
    09:40  [[name:Oluwaseun]] and {{ward pharmacist}} [[name:Mei]] found the error.
    09:55  Pabrinex given. Feed started 10:35.
    Outcome: no harm. Without the check, feeding would have started without {{thiamine}},
    risking {{Wernicke's}}. Learning: {{EPMA}} once-only orders to default to today.
    """)),
    # 17 good practice nomination form
    ("health", "success", block("""
    LEARNING FROM EXCELLENCE - nomination
    Nominee: [[name:Tamsin Hall]], {{student nurse}}, [[organisation:University of Kilnworth]]
    Nominated by: Dr [[name:Yusuf Qureshi]], {{ST4}}
    Date: [[date:21/05/24]]
    What happened: On her third week, [[name:Tamsin]] was doing a routine {{ECG}} on a patient
    who had just started {{ondansetron}}. She noticed the machine's {{QTc}} reading had gone from
    440 to 489 and, although the auto-report said "borderline", she escalated to the nurse in
    charge rather than just filing it. The ondansetron was stopped and swapped for
    {{cyclizine}}; repeat QTc 447.
    Why it matters: nurses on the unit told me they might have filed it. [[name:Tamsin]] used
    {{SBAR}} perfectly and was confident to challenge.
    Shared with: {{Practice Education Facilitator}}, [[name:Tamsin]]'s {{practice assessor}}.
    """)),
]

AVIATION = [
    # 1 rushed note - high-loader contact
    ("aviation", "incident", prose("""
    stand 231 approx 06:50 - {{hiloader}} driver [[name:Kev]] was docking to {{door 2R}} on
    [[aircraft_registration:G-ALBK]] ({{A350-1000}}) for [[flight_number:AB1420]] and the
    {{bumper}} made contact w the door sill. no {{banksman}} as [[name:Sami]] was on the other
    truck. visible scuff + small dent just below the {{door seal}}. told {{dispatcher}}
    straight away, {{engineering}} ([[organisation:Ramplink Technics]]) inspected, a/c went
    {{AOG}} 3hrs and [[flight_number:AB1420]] left 10:02. [[name:Kev]] done {{D&A}} test per
    policy, neg. {{MOR}} raised by airline. our ref [[case_reference:SPC-HS-0931]]. [[name:kev]]
    v shaken, 11 yrs driving never touched an a/c. honestly we have been 2 banksmen short
    every early since [[date:1st march]] n this was always going to happen - [[name:Tariq]]
    ({{shift lead}}, [[organisation:SkyPantry Catering]])
    """)),
    # 2 RT transcript near-miss
    ("aviation", "near_miss", block("""
    TRANSCRIPT - {{Ground}} 121.9 (extract), [[date:19 March]]
    14:02:10 GND: [[flight_number:Norrland 552]], taxi via {{Alpha}}, {{Kilo}}, hold short {{Bravo}} 4.
    14:02:16 [[flight_number:Norrland 552]]: Alpha, Kilo, hold short Bravo 4, [[flight_number:Norrland 552]].
    14:02:38 GND: Pantry One Two, STOP, STOP, hold position, aircraft on Kilo.
    14:02:41 Pantry One Two: holding, Pantry One Two.
    14:02:44 GND: [[flight_number:Norrland 552]], stop immediately, vehicle ahead.
    14:02:47 [[flight_number:Norrland 552]]: stopping.
    Note: catering truck (callsign Pantry One Two, [[vehicle_registration:LV19 CZT]]) entered
    the {{taxilane}} from the {{airside road}} without a clearance. Closest point approx 40m
    from the nose of the {{B737-800}}. Driver [[name:Wojciech Mazur]] said he thought the
    lane was clear and did not hear the {{ATC}} call. {{ADP}} withdrawn pending retraining.
    {{Airport Operations}} log [[case_reference:AOC-24-01877]]; {{MOR}} filed by {{ATC}}.
    """)),
    # 3 success shout-out
    ("aviation", "success", block("""
    ⭐ {{SHOUT-OUT}} ⭐
    Huge thanks to [[name:Amber Nyarko]] on the {{night shift}} cleaning team. During the
    {{security search}} of [[aircraft_registration:G-ZBNQ]] before the {{first wave}} on
    [[date:Sat 6 April]], [[name:Amber]] found a {{multi-tool}} taped under a seat in {{row 41}}. She
    didn't touch it, kept the area clear and called {{AVSEC}} exactly as trained. The
    aircraft was re-searched and [[flight_number:AB207]] only left 25 minutes late. The
    {{airport police}} have the item and our {{Security Manager}}, [[name:Kwabena Mensah]], has
    asked that her name goes forward for the {{Aviation Security}} recognition scheme.
    Well done [[name:Amber]] - this is why we do the search properly every time, even at
    {{4am}} when it feels pointless.
    [[name:Rach]]
    {{Duty Manager}}, [[organisation:BrightCabin Services]]
    """)),
    # 4 e-mail - special meal missing
    ("aviation", "incident", block("""
    From: [[name:Lucía Fernández]] <[[email:l.fernandez@sahelatlantic.aero]]>
    To: [[email:ops.hub@skypantry.co.uk]]
    Subject: [[flight_number:SH731]] [[date:11/04]] - {{GFML}} not uplifted

    Good morning,

    On [[flight_number:SH731]] yesterday (seven hours, {{B787-9}}) the {{gluten-free meal}}
    pre-ordered by Mrs [[name:Ogunbiyi]] in 23K was not on board. The {{SPML}} list printed at
    your unit shows it, but the {{galley}} loading plan did not. The {{Cabin Service Director}}
    offered fruit and crisps from the {{bar cart}} only. Mrs [[name:Ogunbiyi]] has
    {{coeliac disease}} and has complained (booking ref [[case_reference:K7TQ2M]]).

    Please investigate why the special meal was dropped between the SPML list and the
    load sheet, and send a response to [[organisation:Sahel Atlantic]] {{Customer Relations}}
    within 5 working days.

    Regards,
    [[name:Lucía]]
    {{Catering Liaison Officer}}
    [[organisation:Sahel Atlantic Airways]]
    """)),
    # 5 near-miss form - oven packaging
    ("aviation", "near_miss", block("""
    GROUND SAFETY REPORT - NEAR MISS
    Reporter: [[name:Ayşe Kaya]], {{cabin crew}} ({{No.3}})
    Date: [[date:24/04/24]]   Flight: [[flight_number:NR118]]   Aircraft: [[aircraft_registration:TC-NRL]]
    Stand: 212   Caterer: [[organisation:SkyPantry Catering]]

    Description:
    During the {{pre-flight checks}} I opened both {{ovens}} in the forward {{galley}} before
    switching them on, as per {{SOP}}. All 32 {{casseroles}} in oven 2 were still in the
    outer plastic shrink-wrap. If the ovens had been switched on as usual at top of climb
    the plastic would have melted and possibly caught fire. I removed the wrap and told the
    {{Purser}}, [[name:Joanna]]. The {{catering supervisor}} on stand, [[name:Dimitri]], said a new
    loader had not done the "unwrap" step.
    Suggested action: a tag on each oven rack "WRAP REMOVED" signed by loader.
    """)),
    # 6 chronology - chemical splash
    ("aviation", "incident", block("""
    CHRONOLOGY - chemical splash, cabin cleaner
    [[date:Thursday 2 May]], [[flight_number:MD4410]], [[aircraft_registration:EI-HVS]], stand 105
    10:20  [[name:Thu Trang Nguyen]] decanting {{toilet cleaner}} from a 5L drum into a spray
           bottle in the aft {{galley}}. Splash to left eye. Not wearing {{goggles}}.
    10:21  Team leader [[name:Dev Raghunathan]] took her to the {{eyewash}} bottle in the van - empty.
    10:23  Rinsed with bottled water from the {{bar cart}}.
    10:31  {{Airport Fire Service}} attended, continued irrigation.
    11:15  Taken to [[organisation:St Cuthbert's Eye Unit]], {{corneal abrasion}}, discharged.
    Findings: decanting is banned under our {{COSHH}} assessment; the team had run out of
    ready-to-use bottles since the supplier ([[organisation:Clenza Hygiene]]) delivery failed
    on {{Monday}}. [[name:Thu Trang]] off 8 days - {{RIDDOR}} reportable.
    Ref [[case_reference:BCS-IR-2405-02]]
    """)),
    # 7 success minutes
    ("aviation", "success", block("""
    [[organisation:SkyPantry Catering]] - Unit 3 Health & Safety Committee
    Date: [[date:30 April]]
    Present: [[name:Gurpreet Sandhu]] (Chair, {{Unit Manager}}), [[name:Faisal Al-Amin]]
    ({{Security Manager}}), [[name:Hollie Dunn]] ({{H&S Advisor}}), [[name:Bogdan Ionescu]]
    ({{driver rep}}), [[name:Nomvula Dlamini]] ({{loader rep}})
    Apologies: [[name:Mark Ebdon]], [[name:Pat]] ({{Training}})

    1. {{Bonded stores}}: the {{AVSEC}} audit by [[organisation:Albion Skyways]] found zero seal
       discrepancies in Q1, the first clean audit in three years. Credit to [[name:Bogdan]]'s
       idea of photographing each {{tamper-evident seal}} on the handheld at loading.
    2. {{Hi-loader}} near misses down from 9 to 2 after the {{banksman}} rota change.
    3. [[name:Nomvula]] asked for the photo-log to be rolled out to the {{duty-free}} trolleys.
       Agreed; [[name:Faisal]] to speak to the {{CAA}}-approved {{Known Supplier}} lead.
    Next meeting: [[date:28 May]].
    """)),
    # 8 WhatsApp - cleaner on board at pushback
    ("aviation", "incident", block("""
    Screenshot from "Early Cleans {{T2}}" group, attached to report:
    [[date:21/04/2024]], 05:58 - [[name:Dario]]: where is [[name:Marisol]]?? she is not on the {{bus}}
    [[date:21/04/2024]], 06:00 - [[name:Lina Haddad]]: she was doing lavs on the {{A321}} on {{stand 14}}
    [[date:21/04/2024]], 06:01 - [[name:Dario]]: that aircraft is pushing back!!!!
    [[date:21/04/2024]], 06:01 - [[name:Lina Haddad]]: calling {{dispatch}} NOW
    [[date:21/04/2024]], 06:05 - [[name:Lina Haddad]]: they stopped and towed back on stand. [[name:Marisol]] was in the {{rear lav}} with headphones in 😳
    [[date:21/04/2024]], 06:20 - [[name:Sunil]] ({{Ops}}): everyone please sign OUT on the {{sign-out sheet}} at the {{L1}} door from today. no exceptions
    Flight [[flight_number:AB562]], [[aircraft_registration:G-ALTF]]. {{Cabin crew}} {{secure check}}
    did not include the rear lavs; cleaning {{headcount}} was not done. {{MOR}} raised.
    """)),
    # 9 near-miss table - vehicle checks
    ("aviation", "near_miss", block("""
    DAILY VEHICLE CHECK FAILURES - w/c [[date:13 May]]
    Vehicle reg     Type          Defect                          Found by          Status
    [[vehicle_registration:LK67 HFE]]        {{hi-loader}}     {{stabiliser interlock}} not working    [[name:Ion Popescu]]       VOR
    [[vehicle_registration:LK67 HFE]]        {{hi-loader}}     same (signed as fixed, not fixed)   [[name:Ama Owusu]]          VOR
    [[vehicle_registration:MX15 TGU]]        {{catering van}}  {{beacon}} inoperative               [[name:Ion Popescu]]       fixed
    [[vehicle_registration:GN20 ARJ]]        {{hi-loader}}     {{hydraulic}} weep at ram             [[name:Freddie]]           monitor
    Near miss: on {{Wednesday}} [[vehicle_registration:LK67 HFE]] was released to the early shift with the
    interlock still faulty after [[organisation:Harmer Fleet Services]] signed it off. [[name:Ama]]
    repeated the check before leaving the yard and caught it. Body could have lifted without
    the {{stabilisers}} down. Reported to {{workshop}} and fleet contract manager.
    """)),
    # 10 incident handover
    ("aviation", "incident", block("""
    CATERING DISPATCH HANDOVER - {{lates}} to {{nights}}
    - INCIDENT: truck [[vehicle_registration:LV19 DMA]] rolled back approx 1m on {{stand 220}} and
      touched the {{GPU}}. Driver [[name:Obinna]] had not applied the {{parking brake}} before
      going to the {{rear platform}}. No damage to aircraft ([[aircraft_registration:G-ALBW]]),
      {{GPU}} cable guard cracked. [[organisation:Ramplink Handling]] informed, report
      [[case_reference:SPC-HS-0947]].
    - [[flight_number:AB1188]] delayed 40 mins, {{hot meals}} re-heated, check temps.
    - [[flight_number:SH733]] needs 2 extra {{VGML}}, ordered from the {{kitchen}} 21:40.
    - {{bond}} store keys with [[name:Sunny Bains]] until 23:00 then {{Security}}.
    - [[name:Joy]] off sick tonight, [[name:Ahmed]] covering {{loader 3}}.
    - [[name:Grazyna]] ({{nights lead}}) - pls read the truck incident before briefing.
    """)),
    # 11 success thank-you from captain
    ("aviation", "success", prose("""
    Forwarded to the cleaning team by {{Station Manager}}: "To the {{cabin cleaning crew}} who
    met [[flight_number:NR553]] on {{Sunday}} evening. We diverted back after a passenger became
    very unwell in the climb and there was a lot of {{bodily fluid}} in rows 8 to 10. You had
    the cabin cleaned, the {{carpet}} section replaced and {{biohazard}} bags sealed in 22 minutes,
    so our 180 passengers could reboard on [[aircraft_registration:LN-NRC]] rather than waiting
    for a {{spare aircraft}}. [[name:Esperanza]], your {{team leader}}, briefed my {{Senior Cabin Crew}}
    clearly and everyone wore proper {{PPE}}. Please pass on my thanks to all of you. Kind
    regards, Captain [[name:Ingrid Solberg]], [[organisation:Norrland Air]]." Team on duty:
    [[name:Esperanza]], [[name:Kamal]], [[name:Grace]], [[name:Wiktor]], [[name:Yaw]].
    """)),
    # 12 rushed near-miss
    ("aviation", "near_miss", prose("""
    near miss - {{hiloader}} on stand 318 with {{stabilisers}} not down, body raised to the
    {{A380}} {{upper deck}} door in gusty wind (approx 35kt per the ops screen). i felt the
    whole box rock. [[name:jj]] was driving, new, said he thought the {{auto-deploy}} would do
    it, it doesnt on the old trucks. lowered it, deployed stabilisers, carried on. nobody hurt
    and we didnt touch the a/c but if it had tipped into the door.. flight was
    [[flight_number:AB09]]. we shld have a {{wind limit}} for raising to {{UD}} and it should be
    on the {{tablet}} checklist. also old trucks need a sticker. pls dont blame [[name:jj]],
    nobody told him. [[name:Leroy]] [[phone:07700 900731]] if u want to talk
    """)),
    # 13 formal incident - needlestick
    ("aviation", "incident", prose("""
    On [[date:17 May]] at about 15:40, {{cabin cleaner}} [[name:Mehwish Anwar]] was clearing seat
    pockets on [[aircraft_registration:9H-SAF]] (inbound [[flight_number:MD2917]]) when she
    sustained a {{needlestick injury}} to her right index finger from an uncapped
    {{insulin pen}} needle left in pocket {{27C}}. She was wearing standard {{nitrile gloves}},
    which do not protect against sharps. Her {{supervisor}}, [[name:Rob de Vries]], followed the
    {{sharps injury}} procedure: wound bled and washed, needle placed in a {{sharps bin}}, and
    [[name:Mehwish]] sent to the {{Occupational Health}} service at
    [[organisation:Ferrymead Medical Centre]] within the hour. Her {{hepatitis B}} immunity was
    confirmed. The airline ([[organisation:Meridia Airlines]]) could not identify the passenger.
    Actions: {{cut-resistant gloves}} for seat-pocket checks, and a request to the airline for
    a {{cabin announcement}} about sharps. [[case_reference:BCS-IR-2405-11]]
    """)),
    # 14 success Slack - FOD find
    ("aviation", "success", block("""
    #t2-cleaning-ops
    [[name:fatima.o]]  07:12
    🙌 shout out to [[name:Nkosana]] (2nd week!) - found a bolt with a washer on {{stand 209}} while
    walking out to [[aircraft_registration:G-ALTF]] and handed it in as {{FOD}}
    [[name:gareth_ramp]]  07:20
    {{engineering}} say it's from an {{access panel}} on the {{nose gear}} door of the SAME aircraft.
    panel was missing 2 fasteners. a/c held for {{rectification}} before [[flight_number:AB334]]
    [[name:fatima.o]]  07:21
    that's a properly good spot. he said they showed him the {{FOD walk}} in {{induction}}
    [[name:Hope]] ({{Training}})  07:30
    love this. adding it to the {{new starter}} slides, with his permission 😊 [[name:Nkosana]] you're a star
    """)),
    # 15 e-mail near-miss - wrong flight
    ("aviation", "near_miss", block("""
    From: [[name:Thabo Khumalo]]
    To: {{Catering Dispatch}}; {{Ramp Supervisors}}
    Subject: NEAR MISS - [[flight_number:NR2201]] / [[flight_number:NR2210]] catering swapped

    All,

    This morning the business-class load for [[flight_number:NR2201]] (the early departure) was driven
    to stand 207, which was [[flight_number:NR2210]]. The loader had the flight number read
    out over the radio with the digits swapped. The {{Purser}} on [[flight_number:NR2210]],
    [[name:Kari]], noticed the galley labels did not match her flight and refused the
    trolleys before they were loaded. Both flights left on time after the trucks swapped.

    Had it gone through, one flight would have had no {{special meals}} and the {{bond}}
    seals would have been on the wrong aircraft - a {{customs}} issue.

    From {{Monday}} please read flight numbers back digit by digit, e.g. "one-two-three-four",
    and check the {{stand}} against the {{load sheet}}.

    [[name:Thabo]]
    {{Ramp Duty Manager}} | [[phone:020 7946 0382]]
    """)),
    # 16 radio transcript - fall from steps
    ("aviation", "incident", block("""
    COMPANY RADIO (cleaning ch.2) - transcript from recording, [[date:Fri 24 May]]
    09:41  [[name:Bronwen]]: {{Control}}, {{Clean 4}}, we need an {{ambulance}}, {{stand 112}}, [[name:Patrice]]'s
           fallen off the {{rear steps}}.
    09:41  Control ([[name:Hamid]]): Clean 4, copied, is he conscious?
    09:42  [[name:Bronwen]]: Yes, talking, he's holding his wrist. Fell maybe 6 or 7 steps.
    09:42  Control: Don't move him. Calling {{AFS}} now. Keep everyone off the steps.
    09:49  [[name:Bronwen]]: {{Fire}} are here.
    Follow-up: [[name:Patrice Lumumba-Kalala]] was carrying two full {{rubbish bags}} down the
    {{mobile steps}} at [[aircraft_registration:G-ALBK]] with no free hand for the
    {{handrail}}. {{Fractured wrist}}. The handrail on that set of steps was loose and had been
    reported the day before. {{RIDDOR}} submitted; steps quarantined.
    """)),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind320", REPORTS))
