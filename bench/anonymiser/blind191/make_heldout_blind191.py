"""Held-out blind corpus 191: UK incident, near-miss and learning reports, written blind.

Settings (everything inside them is invented):

* social_care - child protection conferences (initial, review, pre-birth), core groups and
  independent reviewing officers (IROs), including LAC reviews and conference business support.
* health - district and community nursing: insulin visits, pressure care, syringe drivers and
  end-of-life care at home, key safes, equipment services and scheduling.
* aviation - offshore helicopter transport: heliport check-in and manifests, HUET and survival
  suits, helidecks and deck crews, RT exchanges, tech log entries and safety forums.

Styles: handover tables and meeting minutes with attendance and apologies lists written in
initials and first names (the emphasis of this corpus), rushed lower-case notes, careful formal
narratives, timed chronologies, e-mails with headers and signatures, Teams/Slack/WhatsApp
exports, SBAR notes, forms with Name/DOB/Ref fields, RT transcripts and tech log entries,
debriefs and shout-outs. 50 reports: 17 social_care, 17 health, 16 aviation, with incidents,
near misses and successes in roughly equal measure.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind191.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        ICPC minutes - extract attached to incident
        Child: [[name:Kayden Mulholland]]   DOB: [[date_of_birth:02/11/2019]]   Ref: [[case_reference:CP-24-01873]]
        Conference date: [[date:14/03/2024]]

        Present: [[name:Ruth A]] ({{IRO}}, chair), [[name:Dami]] ({{SW}}), [[name:LB]] ({{HV}}), [[name:Fiona]] ({{DSL}}, [[organisation:Brackenside Primary]]), {{mum}}, PC [[name:Okoro]]
        Apologies: Dr [[name:Shah]] ({{GP}}), [[name:Kel]] ({{Early Help}})

        What happened: draft minutes were emailed to mum on [[date:18 March]] with para 4.2 unredacted, so they showed {{dad}}'s new address ([[address:12 Tanner Row, Holbeck]], [[postcode:LS11 9EW]]). Conference had agreed this would be withheld because of the {{non-molestation order}}. [[name:Dami]] noticed when mum rang and said "so that's where he's living". Recall failed, already opened. {{Police}} told same day, {{safety plan}} reviewed with [[organisation:Leeside Women's Aid]]. [[name:Ruth]] has asked {{business support}} to add a second check on any para flagged "withhold" before minutes go out.
    """)),
    ("social_care", "near_miss", prose("""
        core grp for the [[name:Haddad]] children was booked 4pm thurs at
        [[organisation:Oakfield Childrens Centre]] and no arabic {{interpreter}} booked AGAIN. {{mum}}
        has v limited english. only picked up at 3.10 when [[name:yasmin]] ({{FSW}}) rang to check the
        room. rang round, got [[name:Samir]] from [[organisation:Langbridge Interpreting]] on
        {{speakerphone}} for 4.15 so mtg went ahead late but ok. if [[name:yas]] hadnt rung we'd have
        done the {{core group}} in english and mum wd have agreed to a plan she didnt understand.
        booking was on the {{CP plan}} actions but nobody owned it. pls can interpreter be a standing
        item on the {{core group}} template. case ref [[case_reference:CP-23-00961]] . [[name:Tomasz]]
        ({{SW}})
    """)),
    ("social_care", "success", prose("""
        Shout-out to [[name:Grace Oyelaran]] ({{IRO}}) for how she chaired the {{review conference}}
        for [[name:Liliana]] ([[age:14]]) on [[date:Tuesday 9th April]]. [[name:Liliana]] had refused
        to come to every previous conference and the plan had been made about her without her.
        [[name:Grace]] went to see her at [[organisation:St Bede's Catholic Academy]] the week before,
        didn't push an {{advocate}} on her, and agreed [[name:Lili]] could write her views on cards and
        leave whenever she wanted. She stayed the whole hour and told the room herself that home is
        calmer since the {{CAMHS}} sessions started. The {{child protection plan}} ended with her
        agreement and a {{child in need}} plan she helped write. Thanks as well to Mr [[name:Petrov]],
        her {{head of year}}, who sat next to her throughout. Small thing, big difference.
        [[name:Becca]], {{team manager}}, [[organisation:North Locality Safeguarding Team]]
    """)),
    ("social_care", "incident", block("""
        From: [[name:Hope Mensah]] <[[email:hope.mensah@northbrook.gov.uk]]>
        To: [[name:Sunny Bhogal]] <[[email:sunny.bhogal@northbrook.gov.uk]]>
        Cc: [[email:iro.business.support@northbrook.gov.uk]]
        Sent: [[date:22 May 2024]] 14:31
        Subject: RCPC [[name:Brennan]] children - adjourned

        Hi [[name:Sunny]],

        Logging this as an incident as agreed. The {{RCPC}} for the [[name:Brennan]] children this morning was adjourned after 20 minutes because the parents had not seen my {{conference report}}. It should have been shared 3 {{working days}} before. Their {{advocate}} ([[name:Joe Pike]], [[organisation:Parents Voice Northbrook]]) quite rightly raised it at the start.

        The error is mine: I uploaded the report to {{Mosaic}} on Friday but didn't tick "share with family" and didn't follow up with a copy by post. {{Dad}} had taken unpaid leave to attend.

        New date is [[date:29/05/2024]], 10am, same venue. I've apologised to both parents. Could the {{IRO}} pre-meet checklist include "has the family had the report?"

        Thanks
        [[name:Hope]]

        [[name:Hope Mensah]] | {{Senior Social Worker}} | [[organisation:Northbrook Children's Services]]
        T: [[phone:01632 960447]] | M: [[phone:07700 900318]]
    """)),
    ("social_care", "near_miss", block("""
        Teams chat export - Locality 3 duty - [[date:07/08/2024]]
        [10:02] [[name:Gaz]]: anyone know why [[name:Mia]] is booked a {{taxi}} to dads tmrw??
        [10:03] [[name:Priya K]]: she shouldnt be. {{core group}} agreed {{supervised contact}} only, at [[organisation:Hillcrest Contact Centre]]
        [10:03] [[name:Gaz]]: transport sheet says pick up 3.30 from [[organisation:Grove Lane Primary]] drop at [[address:Flat B, 27 Marsh Lane]]
        [10:04] [[name:Gaz]]: thats his flat
        [10:05] [[name:Priya K]]: omg. cancelling now. [[name:Jonno]] can u ring [[organisation:Swift Cabs]] and get the job pulled, their ref [[case_reference:SC-55812]]
        [10:09] [[name:Jonno]]: done, driver wd have been [[name:Abdi]]. hes taken it off
        [10:11] [[name:Pryia K]]: ta. have rung {{mum}} and the {{school office}} too
        [10:14] [[name:Priya K]]: looks like the {{transport team}} used the request from BEFORE the {{ICPC}}. nobody told them the {{contact plan}} changed. will {{datix}}
        [10:15] [[name:Priya K]]: and gd catch [[name:Gaz]] 👍
    """)),
    ("social_care", "success", prose("""
        Good practice note: family network approach within the {{core group}}. Three siblings,
        [[name:Tyler]] ([[age:11]]), [[name:Ellie-Mae]] ([[age:8]]) and [[name:Ronan Kavanagh]]
        ([[age:3]]), became subject to {{child protection plans}} under the category of {{neglect}} in
        January. Instead of the usual round of professionals' actions, the allocated worker,
        [[name:Faith Adjei]], used the first core group to run a {{family network meeting}}. Their
        grandmother, [[name:Bridget Kavanagh]], of [[address:Ivy Cottage, Wood Lane, Stainforth]],
        [[postcode:DN7 5HG]], offered to do the morning school run and two teas a week; an uncle,
        [[name:Declan]], took on the {{dental}} appointments. Attendance at
        [[organisation:Stainforth Millfield Primary]] went from 74% to 95% in ten weeks. At the
        {{review conference}} on [[date:12 June 2024]] the {{IRO}}, [[name:Mark Tennant]], noted that
        every action on the plan had a named family member beside it. The plan ended with a
        {{child in need}} step-down. [[name:Faith]]'s approach has since been shared at the
        {{practice forum}}.
    """)),
    ("social_care", "incident", block("""
        Chronology - conference invite sent to wrong email address
        IG ref: [[case_reference:IG-2024-0412]]   Child: baby [[name:Noor]] ([[case_reference:CP-24-02290]])
        [[date:03/06/2024]]
        09:15 [[name:Kirsty]] ({{business support}}) sends {{ICPC}} invite + {{Teams}} link to 9 professionals
        09:16 {{health visitor}} address picked from {{Outlook}} autocomplete: went to [[email:amina.b1986@gmail.com]] instead of [[email:amina.bashir3@nhs.net]]
        10:58 recipient replies "I think this is not meant for me, I don't know this family"
        11:05 [[name:Kirsty]] tells {{team manager}} ([[name:Olamide]])
        11:20 link cancelled, new meeting issued, {{HV}} confirmed on the correct address
        11:40 {{IG team}} informed; recipient asked to delete, confirms by reply at 12:10
        13:00 conference goes ahead; {{parents}} told about the breach by [[name:Olamide]] and the {{chair}}
        Learning: the invite had the child's full name and DOB in the subject line. Business support now use initials + ref only in subjects, and autocomplete has been cleared for external addresses.
    """)),
    ("social_care", "near_miss", block("""
        IRO service - weekly handover  w/c [[date:15/07/24]]
        Present: [[name:Marta]] ({{TM}}), [[name:Sinead]], [[name:Dev]], [[name:Precious]], [[name:JH]]
        Apologies: [[name:Alun]] ({{A/L}})

        | Child | Ref | IRO | Next | Notes |
        | [[name:J.W.]] | [[case_reference:CP-22-4410]] | [[name:SO'D]] | {{RCPC}} [[date:17/07]] | {{police}} report outstanding |
        | [[name:A.P.]] | [[case_reference:CP-24-0172]] | [[name:DM]] | {{core group}} Thu | {{interpreter}} ({{Tigrinya}}) booked |
        | [[name:R-L.C.]] | [[case_reference:CP-24-0388]] | [[name:PN]] | {{ICPC}} [[date:19/07]] | {{pre-birth}}, EDD [[date:02/09]] |
        | [[name:K.M.]] | [[case_reference:LAC-0931]] | [[name:JH]] | {{LAC review}} | moved to [[organisation:Brook House]] |

        Near miss: [[name:Sinead]] starts leave Tues so [[name:J.W.]]'s RCPC had no chair on the rota. Picked up by [[name:Marta]] going through the table line by line. [[name:Dev]] to chair; {{dad}} was travelling from Hull for it.
    """)),
    ("social_care", "incident", prose("""
        On [[date:Friday 2 August 2024]] a copy of the {{child protection plan}} for
        [[name:Leo Walsh]] ([[case_reference:LCS-0458812]]) was posted to
        [[address:5 Kestrel Close, Walker]], [[postcode:NE6 2HD]], the home of an unrelated family who
        share the surname [[name:Walsh]]. The correct address was [[address:15 Kestrel Court]],
        [[postcode:NE6 3PB]]. The letter was handed back on [[date:5 August]] by Mrs [[name:Walsh]] at
        [[organisation:Byker Family Hub]], unopened according to her. Cause: the plan was generated from
        the {{case management system}} after {{business support}} searched by surname and street name
        only; both records had a "Kestrel" address. No second identifier (DOB or ref) was checked.
        [[name:Leo]]'s {{mother}} was informed by the {{IRO}}, [[name:Adaeze Nwosu]], the same day. The
        {{duty manager}} notified the {{Data Protection Officer}}. Actions: postal letters now need a
        check of name, DOB and ref against the plan; {{window envelopes}} are no longer used for plans.
    """)),
    ("social_care", "success", block("""
        CORE GROUP MEETING - MINUTES
        Family: [[name:Bailey]]   Ref: [[case_reference:CP-23-01554]]   Date: [[date:05.09.24]]
        Venue: [[organisation:Millbrook Family Hub]], room 2

        Attendees: [[name:CT]] ({{SW}}, chair), [[name:HK]] ({{school nurse}}), [[name:Faye]] ({{DSL}}, [[organisation:Millbrook Junior School]]), [[name:Joy]] ({{family support}}), {{mum}} ([[name:Shannon]]), {{maternal gran}}
        Apologies: [[name:Roisin O'Neill]] ({{drug and alcohol worker}}) - update sent by email

        1. Review of actions
        - School attendance: [[name:Kian]] 96% this half term (was 71% at {{ICPC}}). [[name:Faye]] said he is "a different lad".
        - Gran doing Mon/Wed/Fri school run - working well.
        - [[name:Shannon]] has attended every {{key work}} session with [[name:Roisin]]; 3 negative {{drug screens}}.
        2. What's working
        All agreed the rule that updates go via [[name:CT]] only has stopped mixed messages.
        3. Next
        Recommend to {{RCPC}} on [[date:24/10/24]] that the plan ends.
    """)),
    ("social_care", "near_miss", prose("""
        heads up - nearly showed {{foster carers}} addy in a {{LAC review}} today. [[name:Dylan]]s
        review at [[organisation:Fernside School]], birth {{mum}} dialled in on {{teams}} & i had the
        {{care plan}} on {{screen share}} with carers address
        ([[address:Flat 2, 9 Orchard Mews, Kirkby]]) on p1. [[name:Kemi]] ({{SSW}}) pinged me
        'CLOSE IT' before it was up long. tbh dont think mum saw but cant be 100%. as {{IRO}} i
        shouldve checked. told [[name:Marcus]] ({{mgr}}) straight after. suggestion - placement address
        shouldnt be on page 1 of care plan, put it in a separate confidential section?? [[name:ak]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT - CHILDREN'S SERVICES
        Name of child: [[name:Zofia Nowak]]
        DOB: [[date_of_birth:27.01.2012]]
        Ref: [[case_reference:CIN/88213]]
        Address: [[address:43 Victoria Terrace, Barrow-in-Furness]], [[postcode:LA14 2QD]]
        School: [[organisation:Furness Park Academy]]
        Reported by: [[name:Will Ashworth]], {{Independent Reviewing Officer}}
        Date of incident: [[date:11/10/2024]]

        Description:
        {{ICPC}} for [[name:Zofia]] went ahead without {{police}} attendance or a written police report. I judged the conference quorate with {{children's social care}}, school and {{health}} present. Decision: no {{child protection plan}}; {{CIN plan}} instead. On [[date:14/10/2024]] police shared that {{dad}} had been arrested on [[date:8 October]] after a {{domestic abuse}} incident at the home, with [[name:Zofia]] present. This would very likely have changed the decision.

        Immediate action: conference reconvened [[date:18/10/2024]]; plan made under {{emotional abuse}}.
        Learning: chairs to confirm police checks are complete before proceeding, not just "requested".
    """)),
    ("social_care", "success", block("""
        #iro-team (Slack)
        [[name:Tash]] 09:14  massive well done to [[name:Chidi]] 🙌 [[name:Rhys]] ([[age:15]]) came to his own {{LAC review}} yesterday, first time in 2 yrs
        [[name:Chidi]] 09:20  ah thanks!! honestly it was [[name:Rhys]]'s idea to do it at the {{skate park}} café lol
        [[name:Tash]] 09:21  still counts 😂
        [[name:Pete O]] 09:30  how did u get {{dad}} on board? he walked out of the last one
        [[name:Chidi]] 09:34  rang him {{the night before}} instead of sending the {{invite letter}}. talked thru the 3 things he wanted on the {{agenda}}. [[name:Rhys]] wrote his bit on his phone and read it out. {{advocate}} from [[organisation:Voice4Kids Carlisle]] ([[name:Ngozi]]) helped him prep
        [[name:Pete O]] 09:36  nice. can u do 5 mins on it at {{team meeting}} thurs
        [[name:Chidi]] 09:37  yep 👍
        [[name:Tash]] 09:38  adding to the {{good practice log}}
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Bill Hargreaves]] <[[email:b.hargreaves@ashvale.sch.uk]]>
        To: [[name:Carys Pryce-Jones]] <[[email:carys.pryce-jones@northbrook.gov.uk]]>
        Date: [[date:Mon 18 Nov 2024]] 08:47
        Subject: Conference invites - please use my direct address

        Morning [[name:Carys]],

        Just flagging a near miss. The invite and {{agenda}} for [[name:Tia]]'s {{review conference}} went to our {{general office inbox}} ([[email:office@ashvale.sch.uk]]) rather than to me. One of our {{admin team}} is [[name:Tia]]'s aunt. She recognised the name, didn't open the attachment and passed it straight to me, which was the right thing to do, but it could easily have gone another way.

        Could you update {{Mosaic}} so invites for [[organisation:Ashvale Primary]] come to me as {{DSL}} (or my deputy, Mrs [[name:Latif]]) only? I've also asked the office not to auto-forward anything marked {{OFFICIAL-SENSITIVE}}.

        Many thanks,
        [[name:Bill]]

        [[name:Bill Hargreaves]]
        {{Designated Safeguarding Lead}} / {{Deputy Head}}
        [[organisation:Ashvale Primary School]]
        Tel [[phone:01632 960 781 ext 214]]
    """)),
    ("social_care", "incident", prose("""
        Debrief after {{ICPC}} on [[date:21 Nov]] ({{civic centre}}, room 4). Present at debrief:
        [[name:Mo]] ({{chair}}), [[name:Aggie]] ({{SW}}), [[name:Stacey]] ({{reception}}),
        [[name:Lewis]] ({{security}}). What happened: once the decision for a plan was given, {{dad}}
        ([[name:Dean Foulkes]], [[age:34]]) stood up, threw a chair and stood in front of the door.
        [[name:Agie]] and the {{health visitor}} were on the far side of the room. [[name:Mo]] used the
        {{panic alarm}}, which sounded at reception, but [[name:Stacey]] wasn't sure which room it came
        from (the panel shows numbers, not room names). [[name:Lewis]] got there about 4 mins later.
        {{Police}} called; [[name:Foulkes]] left in his car ([[vehicle_registration:YK19 HTV]]) before
        they arrived. No one hurt. What we'd change: the {{risk assessment}} had flagged previous
        aggression but nobody checked the room had two exits. Room 4 no longer used for conferences
        where risk is flagged; alarm panel relabelled with room names.
    """)),
    ("social_care", "success", block("""
        IRO Team Meeting - [[date:09/01/2025]]
        Attendance: [[name:Deepa]] ({{TM}}), [[name:Steph]], [[name:Olu]], [[name:Rhiannon]], [[name:Kwame]], [[name:LT]] (student)
        Apologies: [[name:Marguerite]] (sick), [[name:Hal]] (training)

        Item 3 - Learning from good practice
        [[name:Steph]] presented the {{dispute resolution}} she raised for [[name:E.S.]] ([[age:6]]). Plan had been in place 18 months with the same actions rolled over at every {{RCPC}} - clear {{drift}}. [[name:Steph]] went to {{stage 2}} and then the {{Head of Service}}; case went to {{legal gateway}} within a fortnight and {{PLO}} started. [[name:E.S.]] now lives with her aunt under a {{Special Guardianship Order}} made on [[date:4 December]].
        [[name:Deepa]]: good example of using the {{IRO handbook}} escalation route rather than waiting for the next review.

        Item 4 - AOB
        Room bookings at [[organisation:Hatherley House]] moving to the new system from Feb. [[name:Olu]] to circulate guide.
    """)),
    ("social_care", "near_miss", block("""
        Near miss - pre-birth plan not flagged on maternity system
        Mother: [[name:Chantelle Rigby]] ([[age:19]])   EDD: [[date:20/02/2025]]   Ref: [[case_reference:CP-25-00118]]
        Hosp no: [[case_reference:RX4471902]]   NI no: [[ni_number:JM 47 21 83 C]]

        [[date:28/01/2025]] {{pre-birth ICPC}}; plan made, {{discharge planning meeting}} agreed before baby goes home
        [[date:29/01]] SW [[name:Nadia]] emails {{safeguarding midwife}} inbox with the plan
        [[date:04/02]] safeguarding midwife ([[name:Lorraine]]) on leave; email not actioned, no {{alert}} on the {{maternity system}}
        [[date:07/02]] 22:40 [[name:Chantelle]] attends [[organisation:Eastfield General]] {{labour ward}} in early labour
        [[date:07/02]] 23:15 midwife [[name:Hannah]] asks about home; [[name:Chantelle]] mentions "my social worker [[name:Nadia]]"; [[name:Hannah]] rings {{EDT}}
        23:50 EDT confirm {{CP plan}}, alert added
        [[date:08/02]] baby born 06:10, stays on ward pending the discharge planning meeting
        Learning: single inbox had no cover. Now a shared inbox with 3 named midwives, and SW to phone as well as email.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Patient: Mr [[name:Harold Pegg]], [[age:87]], NHS no. [[nhs_number:485 777 3023]],
        [[address:Hawthorn Bungalow, Mill Road, Wymondham]]. On [[date:3rd March 2025]] Mr
        [[name:Pegg]] received his morning {{Humulin I}} twice. He had two 08:00 visits on
        {{SystmOne}} after his schedule was rebuilt when he came off the {{virtual ward}}.
        [[name:Aimee]] ({{Band 5}}) visited at 08:10 and gave 24 units; an {{HCA}}, [[name:Gosia]],
        visited at 09:05 under the second booking, found the pen on the side and, as he is on
        {{assisted administration}}, gave 24 units. Neither visit was written on the {{paper chart}} in
        the home until after both doses. {{BM}} at 12:30 was 2.9; {{hypo}} treated with {{GlucoGel}} and
        toast by his daughter, [[name:Carol]], who rang the team on [[phone:01603 496 122]]. {{GP}}
        informed. No admission. Actions: duplicate-visit check added to the {{scheduling}} huddle;
        insulin to be recorded on the home chart before leaving.
    """)),
    ("health", "near_miss", prose("""
        nr miss w {{syringe driver}} this am. new 24hr {{T34}} for mrs [[name:ozturk]] at
        [[address:7 Beacon Rd]] - {{anticipatory meds}} chart said {{midazolam}} 10mg/24h but the
        {{authorisation form}} from {{hospice}} said 5mg. nearly drew up 10 as thats whats on the
        box label. [[name:jen]] double checked and spotted it, rang dr [[name:mahmood]] at
        [[organisation:Castle Surgery]] who confirmed 5mg, new chart faxed (yes faxed lol). pt
        comfortable. think chart was written from the old plan before the {{palliative team}} reduced
        it on [[date:12/5]]. pls can we always have 2 of us for new drivers even {{wknds}}.
        [[name:lou]] {{DN}}
    """)),
    ("health", "success", prose("""
        Huge thank you to [[name:Rose Akintola]] and [[name:Bex]] from
        [[organisation:Riverside Neighbourhood Nursing]] for their work with Mr [[name:Davies]]
        ([[age:79]]), who came home from [[organisation:Pinderfields]] with a {{category 3}}
        {{pressure ulcer}} on his sacrum in October. [[name:Rose]] got a {{hybrid mattress}} in within
        24 hours, set up an {{SSKIN}} bundle with his wife [[name:Glenys]] and did {{repositioning}}
        training with the {{care agency}}. [[name:Bex]] did twice-weekly dressings ({{Aquacel}},
        {{Allevyn}}) and photos on the {{wound app}}. On [[date:20 January]] it was signed off as healed.
        Mr [[name:Davies]] said "they never once made me feel like a job". Both nominated for the
        {{STAR award}}. [[name:Lyndsey]], {{clinical lead}}
    """)),
    ("health", "incident", block("""
        DN handover - {{nights}} to days  [[date:14/04/25]]
        Team: [[organisation:Brackley & Towcester DN Team]]
        Handed over by: [[name:KB]]   Received by: [[name:Tomi]], [[name:Ade]], [[name:Shaz]]

        Pt | NHS no | Issue | Action
        [[name:F.O'C]] | [[nhs_number:601 238 4572]] | {{syringe driver}} alarmed 02:10 "occlusion", line kinked under pt | resited by [[name:KB]] 02:55, re-primed, approx 1h of {{oxycodone}} missed
        [[name:R Mistry]] | [[nhs_number:712 905 3348]] | {{hypo}} 4.1 at 03:30 | carer gave {{Lift juice}}, recheck 6.2
        [[name:GH]] | [[nhs_number:438 610 9277]] | new {{grade 2}} on L heel | {{heel offloading boots}} needed

        Incident: [[name:F.O'C]]'s driver occluded because the line had been tucked under the edge of the {{pressure relieving mattress}} at the day visit. Pt in pain 02:00-03:00 ({{breakthrough}} given by [[name:KB]]). Daughter says she rang the {{SPA}} at 01:20 and waited 35 min for a callback. {{Datix}} raised.
    """)),
    ("health", "near_miss", block("""
        WhatsApp export - "Team East work" - [[date:22/04/2025]]
        07:41 - [[name:Sam T]]: can someone add new pt to list, Mr [[name:Khalil]], [[address:14 Elm Grove]], [[postcode:S63 7LU]], {{insulin}} {{BD}}, key safe 4471
        07:43 - [[name:Nisha]]: [[name:Sam]] thats the {{social group}} not the work one!! theres ex staff on here
        07:43 - [[name:Sam T]]: oh god deleting now
        07:44 - [[name:Sam T]]: deleted for everyone
        07:50 - [[name:Bev]] ({{team lead}}): thanks [[name:Nisha]]. [[name:Sam]] pls ring me. we'll get the {{key safe code}} changed today and let Mr [[name:Khalil]]'s son know. reminder - no pt details on {{WhatsApp}} at all, use {{Teams}} or {{SystmOne}} tasks
        08:20 - [[name:Bev]]: code changed by son, [[name:Khalil]] family fine about it. logged on {{Datix}} as near miss, ref [[case_reference:W-118204]]
    """)),
    ("health", "success", block("""
        From: [[name:Annette Le Roux]] <[[email:annette.leroux62@btinternet.com]]>
        To: [[email:westfield.dnteam@nhs.net]]
        Sent: [[date:30 May 2025]] 19:02
        Subject: Thank you from {{Dad}}'s family

        To the nurses at [[organisation:Westfield Community Nursing]],

        I wanted to write before too much time passes. My dad, [[name:Pieter Le Roux]], died at home on [[date:19th May]] as he wanted to. In his last ten days your team came out {{four times a day}}. [[name:Grace]] set up his {{syringe driver}} on the Saturday night and stayed until he was settled. [[name:Tunde]] showed us how to do {{mouth care}} and explained the {{breathing changes}} so we weren't frightened. [[name:Faith]] came at 3am when the {{driver}} alarmed and never once rushed us.

        Please pass on our thanks, especially to [[name:Grace]].

        [[name:Annette]]

        --- forwarded by [[name:Julie Mckenna]], {{Community Matron}}: lovely feedback, shared at {{huddle}} and added to the {{compliments log}}. Tel [[phone:0114 496 0873]]
    """)),
    ("health", "incident", block("""
        Timeline - {{category 4}} {{pressure ulcer}}, Mrs [[name:Edna Fairclough]]
        NHS: [[nhs_number:5261840937]]   DOB: [[date_of_birth:11/09/1936]]
        Address: [[address:22 Sefton Street, Ince]], [[postcode:WN2 2AU]]

        [[date:02/06]] referred by [[organisation:Ince Medical Centre]] for leg ulcer dressings x2 weekly
        [[date:02/06]] initial assessment; {{Purpose T}} not completed ("pt declined to be turned")
        [[date:05/06]]-[[date:23/06]] 6 visits by 4 different nurses, legs only
        [[date:26/06]] {{bank nurse}} [[name:Oksana]] asks to see sacrum - category 4, bone visible
        [[date:26/06]] 14:00 {{tissue viability}} ([[name:Liam H]]) visits, {{dynamic mattress}} ordered via [[organisation:Medequip Wigan]]
        [[date:27/06]] {{safeguarding}} concern raised ({{self-neglect}}?) - daughter [[name:Sharon]] lives in Spain

        Key learning: initial risk assessment left incomplete and nobody revisited it. Visits were task-focused. {{SSKIN}} prompts not used.
    """)),
    ("health", "near_miss", block("""
        NEAR MISS REPORT
        Patient name: [[name:Mohammed Iqbal]]
        DOB: [[date_of_birth:04-07-1951]]
        NHS No: [[nhs_number:389 052 7167]]
        GP: [[organisation:Park Lane Surgery]]
        Reported by: [[name:Sophie Whitlock]] ({{Band 6}} {{DN}})
        Date/time: [[date:17/07/2025]] 17:40

        What happened: At the {{tea-time}} visit the pen in the fridge labelled {{Lantus}} was actually {{NovoRapid}}. The pharmacy label had been stuck over the pen. Mr [[name:Iqbal]]'s son, [[name:Imran]], had collected both from [[organisation:Ashfield Pharmacy]]. I checked the pen colour and name before dialling up, as taught, and didn't give it. Would have been 26 units of {{rapid-acting}} insulin at tea-time.

        Action: rang pharmacy (spoke to [[name:Danuta]], {{pharmacist}}), correct pen delivered 19:00, dose given late, {{BM}} 11.4. Son shown how to tell the pens apart. {{Insulin passport}} updated.
    """)),
    ("health", "success", block("""
        {{Gold Standards Framework}} meeting - [[organisation:Holmfirth Valley Practice]]
        Date: [[date:Weds 6th Aug]]
        Present: Dr [[name:Anwar]] ({{GP lead}}), [[name:MH]] ({{DN}}), [[name:Chloe]] (DN), [[name:Sunita]] ({{CNS}}, [[organisation:Hollybank Hospice]]), [[name:Tom B]] ({{practice pharmacist}})
        Apologies: [[name:Hollie]] ({{care coordinator}}), Dr [[name:Wren]]

        Good practice
        - [[name:J.K.]] ([[age:91]]): died peacefully at home [[date:1/8]]. {{ReSPECT}} form and {{anticipatory medicines}} in place 3 weeks before. {{Syringe driver}} started by [[name:Chloe]] the same day the {{Just in Case}} meds ran low. No {{out-of-hours}} calls, no admission.
        - [[name:P.A.]] ([[age:66]]): {{fast track}} {{CHC}} approved in 48h after [[name:MH]] sent the form the same afternoon.
        Actions: [[name:Sunita]] to share the hospice's new symptom leaflet. Next meeting [[date:3/9]].
    """)),
    ("health", "incident", block("""
        From: [[name:Karen Whitehead]] <[[email:karen.whitehead4@nhs.net]]>
        To: [[name:Dominic Osei]] <[[email:dominic.osei@nhs.net]]>; [[email:ig.queries.northgate@nhs.net]]
        Subject: Car broken into - visit list taken

        [[name:Dom]],

        As discussed on the phone. Between 13:10 and 13:40 today ([[date:11/08/2025]]) my car ([[vehicle_registration:WR68 KFE]]) was broken into outside [[address:31 Cranbrook Avenue]] while I was on a {{visit}}. My bag was taken from the footwell. It had the {{printed visit list}} for the afternoon: 9 patients, names, addresses, key safe codes and brief notes ({{insulin}}, {{catheter}}, {{pressure area care}}). My {{laptop}} was in the {{boot}} and wasn't touched; {{smartcard}} was on me.

        {{Police}} ref [[case_reference:14/77231/25]]. I've rung the 3 patients with key safes to get the codes changed.

        I know we were told not to print lists, but the {{Lorenzo}} app keeps crashing where there's no signal, which is most of that estate.

        [[name:Karen]]

        [[name:Karen Whitehead]], {{Community Staff Nurse}}, [[organisation:Northgate Neighbourhood Team]]
        Mob [[phone:07700 900 662]]
    """)),
    ("health", "near_miss", block("""
        [Teams] DN Central - scheduling chat
        [[name:Lucy P]] 11:02: on my way to [[name:Margaret Jones]] for {{lunchtime}} {{insulin}}, {{SystmOne}} has her at [[address:4 Brook Street]]?? I've always gone to [[address:Brookside]]
        [[name:Emeka]] 11:04: STOP. there are two. [[name:Margaret Jones]] DOB [[date_of_birth:03/02/1940]] at [[address:4 Brook Street]] is {{compression bandaging}} only. insulin one is DOB [[date_of_birth:19/12/1947]] at [[address:Flat 4, Brookside Court]]
        [[name:Lucy P]] 11:05: omg ok. then the visit on my list has the wrong {{NHS no}}, should be [[nhs_number:650 371 2847]]
        [[name:Emeka]] 11:07: yep someone merged them when rebooking. will fix. {{3 identifiers}} pls before you {{draw up}} anything
        [[name:Lucy P]] 11:08: will do. glad I asked
        [[name:Emeka]] 11:15: fixed + both records flagged with a {{name alert}}. logged as a {{near miss}}, good shout [[name:Lucy]] 👍
    """)),
    ("health", "success", prose("""
        Learning debrief - [[organisation:Upper Dales Community Nursing]], [[date:2 September 2025]].
        Attended: [[name:Eilidh]], [[name:Joss]], [[name:Marie-Claire]], [[name:HW]], [[name:Becky]]
        ({{Marie Curie}} {{HCA}}); apologies Dr [[name:Rao]]. What went well: Mr [[name:Ingram]]
        ([[age:68]], {{MND}}) at [[address:Low Ghyll Farm, Keld]] wanted to die at home, 40 minutes
        from base with no mobile signal. [[name:Eilidh]] planned ahead: {{syringe driver}} kit, a spare
        {{T34}} battery and a second {{anticipatory meds}} pack kept at the farm; the {{landline}}
        number [[phone:01748 886 207]] put on his {{EPaCCS}} record so {{OOH}} could ring through; a
        {{night sitter}} booked. When the driver alarmed at 01:30 his wife rang, [[name:Joss]] talked her
        through checking the line and it restarted without a visit. He died comfortably two days
        later with his family there. Even better if: the spare battery had been charged.
    """)),
    ("health", "incident", prose("""
        pt [[name:Terry Bolt]] ([[age:54]]) had no tea time {{insulin}} visit sun [[date:14/9]] -
        wasnt on anyones list after the rota swap. nobody rang. son found him confused mon morning,
        {{999}}, admitted to [[organisation:Royal Blackburn]] with {{DKA}}. hes ok now, on ward 4.
        looked at {{EMIS}} - visit got moved to 'unallocated' when [[name:Caz]] went off sick sat and
        the {{co-ordinator}} ([[name:Bernadette]]) was covering 3 teams. there is no {{end of day check}}
        of unallocated visits at wkends. we need one!! also hes insulin dependent + lives alone so shd
        have a {{high priority}} flag which he didnt. rang son to apologise, [[name:Bernadete]] doing
        the {{duty of candour}} letter. [[name:nat]]
    """)),
    ("health", "near_miss", block("""
        Handover - [[name:Ffion]] > [[name:Callum]]  [[date:07/10/25]]
        1. Mrs [[name:Armitage]] ([[address:Flat 9, Lister Court]]) - {{air mattress}} was due yesterday from the {{equipment service}}, NOT delivered. She is {{Waterlow}} 22 with a {{category 2}} on her sacrum. Rang [[organisation:Nottingham Community Equipment]] ([[phone:0115 496 0349]]): order ref [[case_reference:NCE-0048817]] had been cancelled because her old address ([[address:Sherwood Rise]]) was on it. Reordered, coming tmrw am. {{2 hourly turns}} by {{carers}} from [[organisation:Kindred Homecare]] until then. Near miss as skin not worse yet.
        2. Mr [[name:Pat Okonkwo]] - {{syringe driver}} running well, 12 hrs left, next change 09:00
        3. [[name:Ivy]] - {{catheter}} change due, {{bladder scan}} if no output
        Pls chase equipment service about why an address change cancels the order instead of flagging it!!
    """)),
    ("health", "success", prose("""
        Learning from excellence: [[name:Yusuf Farouk]], [[age:72]], of
        [[address:Canal Side, Lock Lane, Sowerby Bridge]], needed two {{district nurse}} visits a day
        for {{insulin}} after a stroke left him with a weak right hand. [[name:Hamza]], one of our
        {{Band 6}} nurses and the team's {{diabetes link nurse}}, noticed he was watching every injection
        closely. Over five weeks they trialled a {{pen needle remover}}, a {{click-count pen}} and a
        {{large-print}} dose chart, and involved [[name:Yusuf]]'s granddaughter [[name:Safa]] ([[age:17]]),
        who lives with him. [[name:Yusuf]] now self-administers with a weekly check call, saving around
        60 visits a month, and his {{HbA1c}} has stayed at 58. [[name:Hamza]] has shared his
        {{competency checklist}} with the other teams in [[organisation:Calderdale South Community Nursing]]
        and two more patients are on the same pathway. Submitted to the {{learning panel}} by
        [[name:Ros]] ({{team leader}}).
    """)),
    ("health", "incident", block("""
        SBAR - {{controlled drug}} discrepancy
        S: At the 10:00 visit on [[date:23/10/2025]] the {{CD record}} at Mr [[name:Alan Steeples]]'s home (NHS [[nhs_number:472 118 6053]]) showed 7 ampoules of {{diamorphine}} 10mg remaining; 5 were in the box.
        B: [[name:Alan]] is end of life ({{lung ca}}), {{syringe driver}} changed daily. Last count [[date:22/10]] 10:15 by Sister [[name:Mensah]] and [[name:Wes]] ({{HCA}}). {{OOH}} nurse [[name:R. Dlamini]] documented one {{PRN}} dose on the {{MAR}} overnight but not in the CD book.
        A: That accounts for one ampoule. One is unaccounted for. Likely a recording error, but diversion can't be ruled out; several family members visit.
        R: Reported via {{Datix}} [[case_reference:DX-2025-11873]] and to the {{CDAO}}; OOH manager to speak to [[name:R. Dlamini]]; stock now counted at every visit. Family told in a non-accusatory way by [[name:Alan]]'s DN.
    """)),
    ("health", "success", prose("""
        Team newsletter - {{shout-outs}}. To [[name:Zainab]], our second-year {{student nurse}} on
        placement with [[organisation:Preston East DN Team]]: on a routine {{pressure area}} visit to
        Mrs [[name:Hilda Brannigan]] on [[date:Thursday 6 November]] she noticed [[name:Hilda]] was more
        muddled than on {{Monday}} and felt hot. She did a full set of {{obs}}, scored {{NEWS2}} 6 (temp
        38.6) and told her practice assessor [[name:Jo]] straight away instead of finishing the dressing.
        [[name:Hilda]] was admitted with {{urosepsis}} and is now back home. Well done [[name:Zainab]] -
        that is exactly the {{escalation}} we teach. Thanks also to [[name:Jo]] for a calm {{SBAR}} to
        the {{GP}}. [[name:Paula]], {{Practice Educator}}
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        On [[date:14 January 2025]] a passenger was flown to [[organisation:Brannock Bravo]] on
        [[flight_number:CRS241]] ([[aircraft_registration:G-CRSK]], {{S-92}}) with an expired {{HUET}}
        qualification. At check-in the {{check-in agent}}, [[name:Ewan Buchan]], got an amber warning
        on {{Vantage}}, but the passenger, [[name:Stuart McAllister]], showed a paper {{BOSIET}}
        certificate and said the system was "always wrong". His {{FOET}} had in fact lapsed on
        [[date:09/01/2025]]. [[name:Ewan]] overrode the warning. The {{OIM}} picked it up at the {{POB}}
        check and [[name:McAllister]] returned on [[flight_number:CRS244]] the same afternoon.
        Contributing factors: the override did not need a {{supervisor}}; 19 {{pax}} were queuing for
        a 07:10 departure with one agent on. Actions: supervisor PIN for any training override; two
        agents on the first wave; certificate dates shown in red on the check-in screen.
    """)),
    ("aviation", "near_miss", block("""
        RT / deck radio extract - [[date:03/02/2025]], approx 09:40Z
        [[flight_number:Caledonian 417]]: [[organisation:Corrie East]], [[flight_number:Caledonian 417]], five miles, request {{deck status}}
        [[organisation:CORRIE EAST]]: [[flight_number:417]], {{deck green}}, wind 240 25 knots, {{QNH}} 1002, eight passengers for you
        [[flight_number:417]]: Deck green, [[flight_number:417]]
        (approx 2 min)
        [[flight_number:417]]: [[organisation:Corrie East]], we see the {{crane}} jib over the deck, confirm deck status
        [[organisation:CORRIE EAST]]: Stand by ... [[flight_number:417]], deck is {{red}}, crane in operation, apologies
        [[flight_number:417]]: Red, holding to the south
        [[organisation:CORRIE EAST]]: [[flight_number:417]], deck now green, crane stowed, {{fire team}} in position

        Notes: {{commander}} [[name:Fraser Imlach]], {{FO}} [[name:Inês Carvalho]]. The {{radio operator}} ([[name:Gordie]]) read deck green off the pre-landing checklist before the {{HLO}}, [[name:Davie Reid]], had confirmed the crane was stowed. [[name:Davie]] was still on the crane channel. Raised as {{MOR}} [[case_reference:MOR-2025-0214]].
    """)),
    ("aviation", "success", prose("""
        Well done to [[name:Kenny Laing]] ({{HLO}}) and [[name:Tam]] ({{HDA}}) on
        [[organisation:Sgeir Alpha]]. During the {{FOD walk}} before [[flight_number:CRS118]] on
        [[date:Sunday 23rd Feb]] they found a {{cargo net}} hook wedged in the {{perimeter net}} on the
        north side, plus a 30cm tear in the net itself. With 35-knot winds the hook could easily have
        been lifted by {{rotor downwash}}. [[name:Kenny]] called a {{deck red}} and [[name:Tam]] cleared
        and tagged the net in under ten minutes, so the {{AW189}}, [[aircraft_registration:G-CRSN]],
        landed only 6 minutes late. Captain [[name:Alison Gow]] passed on her thanks at the
        {{rotors-running turnaround}}. Now used as an example in the {{toolbox talk}} for all deck crews.
    """)),
    ("aviation", "incident", block("""
        Chronology - {{dangerous goods}} found after {{bag drop}}
        Flight: [[flight_number:HSG306]]   A/C: [[aircraft_registration:G-HSGD]] ({{AW139}})   Date: [[date:18.03.25]]
        06:05 pax [[name:Lukas Baranauskas]] checks in, declares no DG, bag tag [[case_reference:BT-77102]]
        06:20 bags x-rayed; {{screener}} ([[name:Tanya]]) distracted by a {{belt}} jam, bag passes
        06:48 bags loaded by [[name:Robbo]] and [[name:Kev]] ({{ground crew}})
        06:55 pax boarded; {{safety brief}} video
        07:02 {{rotors running}}; [[name:Lukas]] mentions to the {{FO}} a {{vape}} and two large {{power banks}} in his hold bag
        07:04 {{captain}} ([[name:Sarah-Jane Mutch]]) shuts down, bag offloaded, items removed
        07:40 departs 38 min late
        MOR filed, ref [[case_reference:MOR-2025-0331]]. Learning: any bag on the belt during a jam to be rescreened; DG question asked verbally at check-in, not just on the kiosk.
    """)),
    ("aviation", "near_miss", block("""
        Slack #ops-dyce  [[date:Tue 8 Apr]]
        [[name:Nicky]] 05:52  {{boarding gate}} 2: manifest for [[flight_number:CRS512]] has [[name:Graham Stewart]] DOB [[date_of_birth:12/06/1979]] but the lad at the gate is a different [[name:Graham Stewart]], his ID says [[date_of_birth:30/11/1990]]
        [[name:Fergus]] 05:54  there's 3 of them on the system 🙄 contractor booked the wrong one
        [[name:Nicky]] 05:55  so weight on the {{manifest}} is 84kg and he says 112 with {{survival suit}}
        [[name:Fergus]] 05:57  ok holding boarding. [[name:Oddny]] can you redo the {{load sheet}}
        [[name:Oddny]] 06:03  done, {{W&B}} still within limits, but {{next of kin}} was wrong as well, fixed
        [[name:Nicky]] 06:05  boarding. wd have gone with the wrong NOK for {{emergency response}}
        [[name:Fergus]] 06:20  raised on {{Q-Pulse}}. asking the {{Vantage}} team to show DOB on the gate screen. ta [[name:Oddney]]
    """)),
    ("aviation", "success", block("""
        Debrief - {{HUET}} refresher, [[organisation:Altens Offshore Training]]
        Date: [[date:24 April 2025]]   Course ref: [[case_reference:HR-2504-07]]
        Present: [[name:DMcK]] (lead instructor), [[name:Olu]] ({{pool}} diver), [[name:Siobhan]], [[name:Ruairi]] (instructors), [[name:Pawel]] ({{winch}} op)
        Apologies: [[name:Jim]] ({{medic}})

        What happened: delegate 6 ([[name:T.A.]], [[age:58]]) froze on {{capsize}} run 3 and did not release his {{harness}}. [[name:Olu]] had eyes on and released him within 6 seconds of full inversion, as per the {{SOP}}. No water inhaled; checked by [[name:Siobhan]] ({{first aider}}).
        What went well: anxiety flagged at the pre-brief, so a {{1:1 diver}} was already allocated. [[name:DMcK]] offered a {{shallow water}} run and the delegate passed on his second attempt, including {{CA-EBS}} deployment.
        Action: keep 1:1 diver allocation for anyone who self-identifies as anxious.
    """)),
    ("aviation", "near_miss", block("""
        TECH LOG ENTRY   Page 04417
        A/C: [[aircraft_registration:G-NRTB]] ({{H175}})   Date: [[date:06/05/25]]   Flt: [[flight_number:NRT214]]
        Defect: On {{pre-flight}} walkround {{FO}} [[name:A. Kowalczyk]] found the {{push-out}} window at seat 6L had no pull tab fitted; window would not be usable in a {{ditching}}.
        Action: seat 6L blocked IAW {{MEL}}, pax reduced to 15. Tab refitted and window function checked by [[name:Bryn Hughes]] ({{B1}}), licence [[case_reference:UK.66.448201]]. {{CRS}} issued 07:15.

        Near miss narrative: tab removed during the overnight cabin clean by contractor staff ([[organisation:Humber Aviation Cleaning]]) who thought it was loose trim. Cabin clean card has no "do not remove" note for exit tabs. [[name:Kowalczyk]] only spotted it because of a recent {{HUET}} refresher.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Craig Duthie]] <[[email:craig.duthie@hallowenergy.co.uk]]>
        To: Heliport Ops <[[email:dyce.ops@caledonianrotor.com]]>
        Cc: [[name:Mhairi]] <[[email:m.strachan@hallowenergy.co.uk]]>
        Date: [[date:21/05/2025]]
        Subject: [[flight_number:CRS303]] - pax arrived without {{CA-EBS}}

        Hi all,

        Passenger [[name:Deividas]] (seat 11) arrived on [[organisation:Hallow Delta]] this morning on [[flight_number:CRS303]] ([[aircraft_registration:G-CRSL]]) in a {{survival suit}} with no CA-EBS in the pouch. [[name:Shona]] on deck crew noticed at {{suit return}}. He'd been through the {{suit check}} and {{safety brief}}; the suit had come back from maintenance without the unit and the {{suit store}} check didn't catch it. Our {{OIM}} has asked for this to be treated as an incident.

        Regards
        [[name:Craig Duthie]]
        {{HLO}} / {{Deck Crew Supervisor}}, [[organisation:Hallow Delta]]
        Tel [[phone:+44 1224 496 580]] | Mob [[phone:+44 7700 900 904]]
    """)),
    ("aviation", "success", block("""
        From: [[name:Rab Milne]], {{OIM}}, [[organisation:Brannock Bravo]]
        To: All deck crew; [[organisation:Caledonian Rotor Services]] ops
        Subject: Thank you - {{medevac}} [[date:Sat 31/05]]

        Saturday night's medevac for [[name:Kieran]] ([[age:42]], suspected {{MI}}) went as well as it possibly could. Our {{medic}}, [[name:Ola Nilsen]], had him packaged in 25 minutes. [[name:Kenny]] and the deck team had the {{helideck}} lit, {{fire team}} in place and the {{stretcher}} at the {{muster}} point before [[aircraft_registration:G-CRSR]] was on {{finals}}. Captain [[name:Lewis Ogilvie]] and {{FO}} [[name:Marit]] had him at [[organisation:ARI]] within the hour. He's now stable.

        Thanks all, that is exactly what the drills are for.
        [[name:Rab]]
        [[phone:01224 496 311]] ({{radio room}})
    """)),
    ("aviation", "near_miss", prose("""
        deck crew note - during {{RRR}} ({{rotors running refuel}}) on [[flight_number:CRS 620]] tonight
        the {{bonding lead}} went on AFTER the nozzle was in. [[name:jamie]] was on the nozzle, new lad,
        2nd week. i was on {{fire cover}} and shouted stop, [[name:gav]] let go of the {{deadman}}. no
        spill no spark. [[name:jamie]] says thats the order he was shown on [[organisation:Tarbat Charlie]].
        {{CAP 437}} and our {{helideck manual}} are clear - bond first. told the {{commander}} over the
        {{headset}} after. going to do a {{toolbox talk}} tmrw and buddy [[name:jamie]] up for 2 weeks.
        [[name:shona]] {{HDA}}
    """)),
    ("aviation", "incident", prose("""
        On [[date:12 June 2025]] [[flight_number:CRS 477]] ([[aircraft_registration:G-CRSP]], {{S-92}})
        flew a three-sector {{shuttle}}: [[organisation:Hallow Delta]], [[organisation:Sgeir Alpha]],
        [[organisation:Sgeir Bravo]]. At [[organisation:Sgeir Alpha]] a passenger bound for Bravo,
        [[name:Tomasz Zieliński]], got off with the Alpha passengers. The {{HDA}} counted six off
        against six expected on the {{deck sheet}}, but one Alpha passenger, [[name:Ross Kerr]], had
        stayed on because {{logistics}} had re-manifested him the night before and the paper deck
        sheet hadn't been updated. The headcount matched so nobody noticed. [[name:Tomasz]] realised
        at the {{POB}} desk and was flown on four hours later. {{POB}} on both installations was wrong
        for four hours, which matters for {{muster}}. Commander: Captain [[name:Hamish Rae]].
        Actions: {{name check}} against the live manifest on a tablet, not headcount; {{boarding cards}}
        colour-coded by destination.
    """)),
    ("aviation", "near_miss", block("""
        Heliport Ops shift handover - days to lates - [[date:01/07/2025]]
        On shift: [[name:MJ]] ({{duty ops}}), [[name:Kirsteen]], [[name:Ali R]], [[name:Bogdan]]
        Apologies for brief: [[name:Doug]] (sick), [[name:Lena]] ({{OPITO}} course)

        Flight\tA/C\tStatus\tNotes
        [[flight_number:CRS431]]\t[[aircraft_registration:G-CRSK]]\tdeparted 12:40\t1 pax {{no-show}} ([[name:P. Haldane]])
        [[flight_number:CRS433]]\t[[aircraft_registration:G-CRSN]]\tdelayed\t{{fog}} at [[organisation:Sgeir Alpha]]
        [[flight_number:CRS437]]\t[[aircraft_registration:G-CRSP]]\ton time\t2 pax {{HUET}} expiring this month

        Near miss: [[name:P. Haldane]]'s hold bag was still loaded on [[flight_number:CRS431]] after he failed to show. [[name:Ali R]] found it doing the {{bag reconciliation}} at {{engine start}}; bag offloaded before {{rotors turning}}. The {{no-show}} process relies on check-in telling the loaders by radio, which didn't happen. [[name:MJ]] to raise with {{ground handling}}.
    """)),
    ("aviation", "success", block("""
        [[date:19/07/2025]], 14:12 - [[name:Big Al]]: cheers all for today, 6 {{landings}} in 35 knots and not one hiccup
        [[date:19/07/2025]], 14:13 - [[name:Precious]]: 💪
        [[date:19/07/2025]], 14:15 - [[name:Big Al]]: special mention [[name:Precious]] for spotting the {{chock}} left by the {{crane op}} near the {{TLOF}} before the 2nd landing
        [[date:19/07/2025]], 14:16 - [[name:Lachie]]: and [[name:Al]] for the {{crosswind}} brief lol
        [[date:19/07/2025]], 14:20 - [[name:Precious]]: ha it was [[name:Isla]] up in the {{crane}} that radioed me. teamwork
        [[date:19/07/2025]], 14:22 - [[name:Big Al]]: putting in a {{Good Catch}} card for all 3 of yous. [[aircraft_registration:G-CRSN]] crew said the same at {{shutdown}}, Captain [[name:Mutch]] says thanks
    """)),
    ("aviation", "near_miss", block("""
        ATC transcript (extract) - [[date:02/08/2025]]
        RADAR: [[flight_number:Norther 331]], descend to altitude one thousand five hundred feet, {{QNH}} 988
        [[flight_number:NORTHER 331]]: Descend one thousand five hundred feet, QNH 998, [[flight_number:Norther 331]]
        (readback not corrected)
        RADAR: [[flight_number:Norther 331]], check altitude, {{Mode C}} shows one thousand two hundred
        [[flight_number:NORTHER 331]]: Level one thousand five hundred on 998 ... correction, setting 988, climbing
        RADAR: [[flight_number:Norther 331]], roger, QNH 988, maintain one thousand five hundred

        Crew: {{PF}} [[name:Dave Kinsella]], {{PM}} [[name:Yuki Tanaka]] ({{H175}}, [[aircraft_registration:G-NRTD]]). Controller [[name:Carla]] missed the wrong {{readback}} during a frequency change. Lowest height about 1,230 ft over the sea. {{MOR}} filed by both; {{CRM}} review to follow.
    """)),
    ("aviation", "incident", block("""
        PASSENGER INJURY REPORT
        Name: [[name:Jean-Baptiste Ndiaye]]
        DOB: [[date_of_birth:15 Feb 1984]]
        Employer: [[organisation:Hallow Energy]]
        Vantage ID: [[case_reference:VP-20419937]]
        Contact: [[phone:+33 6 12 84 77 03]] / [[email:jb.ndiaye@hallowenergy.co.uk]]
        NI no: [[ni_number:SH 38 45 12 A]]
        Flight: [[flight_number:CRS 655]]   A/C: [[aircraft_registration:G-CRSL]]   Date: [[date:27/08/2025]]

        Description: disembarking at {{the heliport}}, pax missed the bottom {{airstair}} step (wet, {{survival suit}} boots) and twisted his left ankle. Seen by {{first aider}} ([[name:Lynsey]]) in the {{arrivals hall}}; {{ice pack}}; taken to {{A&E}} by taxi. Diagnosed {{sprain}}.
        Contributing: {{step light}} not working, reported twice before. {{ground handler}} [[name:Wojtek]] was guiding another pax.
    """)),
    ("aviation", "success", block("""
        Quarterly Helideck Safety Forum - minutes
        Date: [[date:11 September 2025]]   Venue: {{Teams}}
        Attendees: [[name:RM]] ({{OIM}}, [[organisation:Brannock Bravo]]), [[name:KL]] ({{HLO}}), Capt. [[name:A. Gow]] ({{line training captain}}), [[name:Nicky]] ({{heliport ops}}), [[name:Tiago]] ({{HSE advisor}}), [[name:Lorraine]] ({{logistics}})
        Apologies: [[name:Craig D]], [[name:Oddny]], [[name:BH]]

        Item 2 - Good catches this quarter
        - [[name:Precious]] ([[organisation:Sgeir Alpha]]): {{chock}} near the {{TLOF}} before landing
        - [[name:Nicky]]: same-name pax on a manifest, wrong {{next of kin}} corrected before boarding
        - Check-in team: zero expired {{HUET}} departures since the supervisor PIN went live
        Item 3 - Actions
        [[name:KL]] to share the [[organisation:Sgeir Alpha]] deck crew's {{FOD walk}} card with other installations. [[name:Tiago]] to send Good Catch certificates.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind191", REPORTS))
