"""Held-out blind corpus 181: just-culture incident, near-miss and learning reports.

Settings: a family drug and alcohol court (FDAC) team and its parenting assessments; a hospital
discharge lounge and the patient transport service (PTS) that serves it; a flight simulator
training centre and its instructors and sim engineers. Written blind, the way UK staff type:
rushed lower-case notes, chronologies with four-digit times, e-mails with headers and
signatures, WhatsApp and Teams exports, incident forms, handover tables, minutes, debriefs,
thank-you notes, tech log entries and radio transcripts. Every person, place and number is
invented; NHS numbers pass the mod-11 check.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind181.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        quick one sorry - rushed. at 1420 today i sent the {{hair strand}} results for
        [[name:kayleigh]] ([[case_reference:FDAC-0417]]) to the wrong solicitor, went to
        [[name:dwayne]]s brief at [[organisation:Harcourt Lyle Solicitors]] instead of hers.
        {{Outlook}} autocomplete picked [[email:j.okonjo@harcourtlyle.co.uk]] not
        [[email:j.okonkwo@brightwell-law.co.uk]]. results show {{cocaine}} and {{alcohol}}
        markers so v sensitive. rang them on [[phone:0161 496 0372]] straight away and they
        deleted + confirmed in writing by 1500. told {{my manager}} [[name:Bernie]] and the
        {{court clerk}}. {{mum}} not told yet, {{key worker}} seeing her {{tomorrow}} at the
        {{family centre}}. think we need autocomplete switched off on the {{FDAC}} shared
        mailbox, this is the 2nd time this yr
    """)),
    ("social_care", "incident", block("""
        Supervised contact chronology - [[name:Leon Marsh]] / [[name:Ruby-Jade Marsh]] (aged [[age:3]])
        Ref: [[case_reference:LCS/CP/22871]]    Date: [[date:Thurs 6 June 2024]]

        0955  {{contact supervisor}} [[name:Tamsin Hale]] arrives at [[organisation:Ashgrove Family Centre]], room set up
        1002  {{dad}} arrives, smells of {{alcohol}}, speech slightly slurred. [[name:Tamsin]] asks him to wait in {{reception}}
        1005  {{breathalyser}} offered as per {{FDAC}} written agreement - declined
        1010  [[name:Tamsin]] rings {{duty social worker}} [[name:Mo Rahman]] - voicemail
        1018  dad walks into the contact room while [[name:Tamsin]] still on phone and picks [[name:Ruby-Jade]] up
        1020  [[name:Ruby-Jade]] crying, dad refuses to put her down. {{centre manager}} [[name:Precious Moyo]] attends
        1031  dad hands [[name:Ruby-Jade]] back and leaves on foot. No injury seen
        1045  [[name:Mo]] calls back, {{police}} not needed, {{foster carer}} collects

        Learning: lone supervisor could not both phone and stay in the room. Contacts flagged
        high risk to have two staff, and the escalation number to go straight to the
        {{team manager}} not the duty line.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Harriet Osei-Bonsu]] <[[email:harriet.osei-bonsu@calderbridge.gov.uk]]>
        Sent: [[date:14 October 2024]] 16:52
        To: FDAC Practice Leads
        Subject: near miss - refuge address in draft PAMS report

        Hi all,

        Flagging this so we learn from it, nobody is in trouble. The draft {{PAMS}} {{parenting assessment}}
        for [[name:Chantelle]] ([[case_reference:ZC24C50091]]) had her {{refuge}} address,
        [[address:Flat 2, 19 Wexcombe Road, Bradley Fold]] [[postcode:BD7 3QA]], in the background section
        because it was copied from the {{referral form}}. It was due to go to all parties, including
        {{the respondent father}}, who is subject to a {{non-molestation order}}.

        [[name:Ifeoma]] spotted it during {{manager sign-off}} and it was removed before anything
        was filed. Could everyone please use "address withheld - known to {{the local authority}}" and
        run the {{redaction checklist}} before {{upload}}.

        Thanks,
        [[name:Harriet]]
        {{Practice Lead}}, [[organisation:Calderbridge FDAC]]
        [[phone:01274 496 118]]
    """)),
    ("social_care", "success", prose("""
        To [[name:Nkechi]] and everyone at {{FDAC}}, i wanted to write this properly because i
        never said it in court. when i first came in i didnt trust any of you and i thought you
        was just there to take [[name:Alfie]] off me for good. you never gave up on me even when i
        failed my first two {{drug tests}}. the {{non lawyer reviews}} every fortnight with
        {{Judge}} [[name:Pemberton]] were scary but she always asked how i was actually doing. on
        [[date:12th March]] [[name:Alfie]] came home for good and on [[date:2 May]] i graduated.
        im 9 months clean now and doing my level 2 at [[organisation:Hollins Park College]].
        special thanks to [[name:Nkechi]]s {{parent mentor}} [[name:Dawn]] who walked to the
        {{clinic}} with me every week. [[name:Alfie]] says thank you too (hes 2 so he mostly says
        {{biscuit}}). love [[name:Stacey-Leigh]] x
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM - {{Children's Social Care}}
        Date of incident: [[date:03/09/2024]]        Time: 11:40
        Reported by: [[name:Gurpreet Sandhu]], {{Substance Misuse Specialist}}, [[organisation:Tameford FDAC]]
        Service user: [[name:Wojciech Nowak]]   DOB: [[date_of_birth:17/01/1991]]
        NI no. (lab ID check): [[ni_number:JM 48 27 19 C]]
        Court case no.: [[case_reference:ZE24C50318]]

        Category: {{Sample handling / chain of custody}}

        Description: {{hair strand}} sample taken at the {{FDAC}} office by [[name:G.S.]] and
        [[name:Wojciech]] signed the {{chain of custody form}}. Envelope was left in the
        {{post tray}} over the {{weekend}} and went to the lab without the barcode sticker.
        Lab rejected it on [[date:09/09/2024]]. Re-sample delayed the {{final hearing}} report by
        three weeks and [[name:Wojciech]] lost a {{contact}} increase.

        Immediate action: apology to Mr [[name:Nowak]] and his solicitor; re-sample booked.
        Learning: samples to be posted same day with a second-person check, and the
        {{courier log}} kept with the {{testing kit}}.
    """)),
    ("social_care", "near_miss", block("""
        [[[date:09/10/2024]], 08:47] [[name:Shaz]]: morning, im doing the {{PAMS}} home session at [[address:44 Gorse Lane, Nettlesworth]] at 10, see u after
        [[[date:09/10/2024]], 08:52] [[name:Kez O'Driscoll]]: [[name:shaz]] wait - isnt that where the new partner is staying? theres a {{police}} marker from {{MASH}} on friday
        [[[date:09/10/2024]], 08:53] [[name:Shaz]]: oh no i hadnt seen that, its not on the front sheet
        [[[date:09/10/2024]], 08:55] [[name:Kez O'Driscoll]]: its in the {{case notes}} not the {{alerts}}. dont go alone. i can come at 10 or do it at the {{family centre}}
        [[[date:09/10/2024]], 08:58] [[name:Shaz]]: moving it to the centre, will text {{mum}} on [[phone:07700 900461]]
        [[[date:09/10/2024]], 09:20] [[name:Tolu]]: {{team manager}} here - thanks both. ill get the marker copied to {{alerts}} today and raise it at {{huddle}}
    """)),
    ("social_care", "success", block("""
        FDAC team meeting - minutes
        [[date:Wed 20/11/2024]], Room 3, [[address:Riverside House, Kemble Street, Tameford]]

        Present: [[name:Nkechi Obi-Adeyemi]] (chair, {{team manager}}), [[name:Gurpreet Sandhu]],
        [[name:Harriet Osei-Bonsu]], [[name:Dafydd Pritchard]] ({{parent mentor}}), [[name:Anjali Mistry]]
        ({{CAMHS}} link), [[name:Ruaridh]] ({{student social worker}})
        Apologies: [[name:Tolu Adebayo]], [[name:J.T.]]

        1. Celebrating [[name:Aaliyah]] (ref [[case_reference:FDAC-0388]]) - {{final hearing}} on
        [[date:18 November]], {{supervision order}} only, both children stay home. [[name:Nkechi]]
        read out the letter from the {{judge}}. [[name:Dafydd]] noted it was the peer mentor
        group that got her to detox, not us.
        2. What worked: weekly {{non-lawyer review}}, same {{key worker}} throughout, {{Signs of Safety}}
        mapping done with [[name:Aaliyah]] in the room, health visitor at every review.
        3. Action: [[name:Gurpreet]] to write it up as a learning case for the {{Centre for Justice Innovation}}
        network (anonymised).
        Next meeting [[date:4/12/24]].
    """)),
    ("social_care", "incident", block("""
        FDAC weekly handover - w/c [[date:15/07/2024]]

        | Family | Ref | Issue | Action | Owner |
        | baby [[name:Zara Hussain]] | [[case_reference:ZC24C50207]] | DOB on court bundle and {{placement plan}} shown as [[date_of_birth:07/05/2024]]; correct DOB [[date_of_birth:05/07/2024]] (day/month swapped). {{Health visitor}} search by DOB pulled the wrong baby's {{red book}} entries. NHS no [[nhs_number:910 553 4534]] now checked with [[organisation:Larchfield Surgery]] | bundle re-filed, {{Cafcass}} told, {{Datix}} done | [[name:Anjali]] |
        | [[name:Callum McAllister]] | [[case_reference:FDAC-0402]] | missed 2 {{urine screens}} | {{review}} brought forward | [[name:Gurpreet]] |
        | [[name:Precious]] | [[case_reference:FDAC-0411]] | new {{tenancy}} starts {{Monday}} | {{key worker}} to visit | [[name:Ruaridh]] |

        Note from [[name:Nkechi]]: please search records by NHS number, never by DOB alone.
    """)),
    ("social_care", "success", prose("""
        SHOUT-OUT of the week goes to [[name:Rhiannon Evans]] for the way she ran the {{parenting
        assessment}} sessions with [[name:Mebrat]], whose first language is Tigrinya. [[name:Rhi]]
        booked the same {{interpreter}}, [[name:Yonas]] from [[organisation:Langlink Interpreting]],
        for all eight sessions, used the {{PAMS}} picture cards, and checked understanding with
        {{teach-back}} at the end of every session rather than asking "is that ok?". When
        [[name:Mebrat]] went quiet about her {{drinking}}, [[name:Rhiannon]] stopped, gave her the
        {{Alcohol Change UK}} leaflet in her own language and came back to it the next week. The
        {{guardian}} said in court on [[date:Friday 27th]] it was the fairest assessment she had read
        this year. Nominated by [[name:Dafydd]] and {{the FDAC judge}}'s clerk.
    """)),
    ("social_care", "incident", prose("""
        Summary for the learning panel. [[name:Darren Whitlock]] ([[age:38]]) has been on a
        {{methadone}} script through [[organisation:Tameford Recovery Hub]] since {{January}}
        and was engaging well with his {{parenting assessment}}. His script ended on the {{Friday}}
        before the {{August bank holiday}}. The renewal was e-mailed by the prescriber to
        [[organisation:Kemble Street Pharmacy]] instead of the pharmacy he now uses near his new
        flat, and neither pharmacy opened on the {{Monday}}. [[name:Darren]] went without for three
        days, bought {{heroin}} and had a positive {{urine screen}} on the {{Tuesday}}. His
        session with his son [[name:Kai]] was cancelled and the assessment timetable slipped.
        Nobody did anything wrong on their own; the gap was that no one owned the script end date.
        We now record script end dates on the {{FDAC}} tracker and check them against
        bank holidays, and every parent on opioids has a {{naloxone}} kit.
    """)),
    ("social_care", "near_miss", block("""
        [[name:Anjali Mistry]]  10:14
        has anyone got the {{IRH}} for the [[name:Kowalczyk]] family in the diary? the {{court order}} says [[date:21 Jan]] but our {{team calendar}} says the [[date:28th]]

        [[name:Bernadette Quinn]]  10:16
        i put it in from the {{listing}} email... checking

        [[name:Bernadette Quinn]]  10:21
        found it - listing email was for the other [[name:Kowalczyk]] case at [[organisation:Tameford Family Court]] ([[case_reference:ZE24C50112]] vs ours [[case_reference:ZE24C50121]]). ours is definitely [[date:21 Jan]]. would have missed the {{hearing}} and the {{parenting assessment}} addendum is due 5 days before 😬

        [[name:Anjali Mistry]]  10:23
        phew. can we put the {{case number}} in the calendar title not just surname? same surname twice is asking for it

        [[name:Bernadette Quinn]]  10:24
        yep doing it for all of them now + telling the {{court admin}} team
    """)),
    ("social_care", "incident", block("""
        From: [[name:Tomasz Zieliński]] <[[email:tomasz.zielinski@tameford.gov.uk]]>
        To: [[email:ig.breaches@tameford.gov.uk]]
        Cc: [[name:Nkechi Obi-Adeyemi]]
        Subject: Data breach - letter to old address (IG ref [[case_reference:IG-2024-0719]])

        On [[date:22/08/2024]] a support letter for [[name:Leanne Pryce]]'s {{Universal Credit}} claim
        was posted by the {{FDAC}} admin team. It included her NI number [[ni_number:SK 731055 B]]
        and DOB [[date_of_birth:30.04.1996]] and went to her previous address,
        [[address:7 Brackenfield Court, Tameford]] [[postcode:TF4 2NW]], where her ex-partner still lives.
        He rang [[name:Leanne]] about it the next day. She is now at a new address we hold as
        confidential.

        Cause: the letter template pulls the address from {{Mosaic}}, and the change of address
        had been recorded in a {{case note}} only, not in the {{address field}}.

        Done so far: [[name:Leanne]] told and apologised to, {{safety plan}} reviewed with her
        {{IDVA}}, {{police}} aware. Proposal: letters with personal identifiers to be checked by a
        second person against the {{case summary}}.

        [[name:Tomasz]]
        {{Business Support Officer}}
        [[phone:01952 496033]]
    """)),
    ("social_care", "success", block("""
        DEBRIEF - after {{final hearing}}, [[date:Tues 8 Oct]]
        Facilitator: [[name:Nkechi]]. Present: [[name:Dafydd]], [[name:Ruaridh]], [[name:G.S.]]

        What happened: after the {{judge}} approved the {{care plan}} for [[name:Tyler]] to live with
        his nan, {{dad}} ([[name:Reece Dunmore]]) shouted at [[name:Ruaridh]] in the {{court corridor}}
        and threw a water bottle. {{court security}} were at the other end of the building.

        What went well: [[name:Dafydd]], who had mentored [[name:Reece]] for six months, stepped in,
        used his name, walked him outside and stayed with him 40 mins. No one hurt. [[name:Reece]]
        rang [[name:Dafydd]] next morning to apologise and has kept his {{SMART}} appointment.
        [[name:Ruaridh]] was offered {{supervision}} the same afternoon.

        Learning: plan for bad news before the hearing - agree who stays with the parent,
        book a {{side room}}, tell {{court security}} in advance.
    """)),
    ("social_care", "incident", block("""
        [[organisation:Meadowbank Parenting Assessment Unit]] - night log [[date:11-12/02/2025]]
        Resident: [[name:Ellie-Mai]] (mum, [[age:19]]) and baby [[name:Reggie]] ([[age:6 wks]]), Flat 4

        2200  settled. {{safe sleep}} talk done again by [[name:Femi]], {{Moses basket}} next to bed
        2340  mum up for feed, says shes fine, lights off 0005
        0140  [[name:Femi]] on {{observation round}}, finds mum asleep on the {{sofa}} with [[name:Reggie]] on her chest, blanket over both. woke mum, baby pink and breathing, moved to basket
        0145  rang {{on-call manager}} [[name:Sunny Bhatti]], advised {{body map}} and check in 30
        0215  check - both asleep in correct places
        0700  handed to day staff ([[name:Bex]]) + {{allocated social worker}} emailed

        Learning / why: mum on {{pregabalin}} from her {{GP}} that the unit didnt know about, v drowsy. medication list at admission only covered what mum told us. now ask GP for a {{summary care record}} on admission. also CCTV in lounge was off since {{Jan}} - reported to {{estates}}
    """)),
    ("social_care", "near_miss", prose("""
        Case note / reflective entry, [[name:Oksana Kovalenko]], {{parenting assessor}}. During the
        third session of the {{ParentAssess}} for [[name:Jodie Farrant]] ([[case_reference:FDAC-0426]])
        a man introduced himself as "[[name:Jase]], her new fella" and offered to help with bath
        time for [[name:Mylo]] ([[age:14 months]]). He was not on our {{household composition}} and
        had not had {{police checks}} or a {{DBS}}. I asked him to wait in the kitchen and finished
        the session with [[name:Jodie]] only. I rang the {{allocated social worker}} afterwards and
        {{MASH}} checks came back that evening: [[name:Jason Garside]], DOB [[date_of_birth:02/11/1987]],
        has a previous conviction for {{assault}} on a child. [[name:Mylo]] was not left alone with
        him. Learning: ask at the start of every session who lives in or regularly visits the home,
        not just at the {{initial visit}}, and put it on the {{session checklist}}.
    """)),
    ("social_care", "success", block("""
        From: [[name:Marguerite Fontaine-Lewis]] ({{Children's Guardian}}, {{Cafcass}})
        To: [[email:fdac.team@tameford.gov.uk]]
        Date: [[date:3 December 2024]]
        Subject: [[name:Jenkins]] children - thank you

        Dear all,

        I wanted to say thank you for your work with [[name:Carys]] and [[name:Owain Jenkins]]
        ([[case_reference:ZE23C50476]]). The {{FDAC}} {{intervention plan}} was clear, the {{drug testing}}
        was explained to the parents in plain words, and your {{parenting assessment}} gave the court
        a balanced picture instead of a list of failures. [[name:Owain]]'s honesty about his relapse in
        week 12 only happened because he trusted [[name:Gurpreet]].

        All three children go home on a {{supervision order}}. I will be recommending the same model
        in my next case at [[organisation:Llanfair Family Court]].

        Kind regards
        [[name:Marguerite]]
        [[phone:+44 7700 900385]]
    """)),
    ("social_care", "incident", block("""
        Learning review summary - missed testing not escalated
        Family: [[name:Big Mick]] / [[name:Sian Howells]], ref [[case_reference:LCS/CP/23105]]

        | Date | Event | What should have happened |
        | [[date:02/04/2025]] | Dad misses {{breathalyser}} at 9am | {{key worker}} to ring same day |
        | [[date:09/04/2025]] | misses again, text says car broke down | pattern flagged to {{team manager}} |
        | [[date:16/04/2025]] | {{urine screen}} not done, no reason | {{non-lawyer review}} brought forward |
        | [[date:24/04/2025]] | {{police}} called to home, dad drunk, baby present | - |

        Finding: each worker saw one missed test; nobody saw three. The {{testing tracker}} spreadsheet
        was owned by [[name:Hamish Ross]] who was off sick from [[date:1 April]] and no one picked it up.
        No blame to [[name:Hamish]] - single point of failure.
        Change: missed tests now trigger an automatic alert in {{Mosaic}} to the {{duty manager}}.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        DISCHARGE LOUNGE - shift log [[date:Mon 13/01/2025]] (days)
        Staff: [[name:Marisol]] (RN), [[name:Kwabena]] (HCA). 6 chairs, 2 trolleys

        0915  Mr [[name:Albert Finch]] ([[age:88]]) down from [[organisation:Heron Ward]], NHS [[nhs_number:773 130 0455]]. {{Waterlow}} 18, for {{stretcher}} transport home
        0930  {{PTS}} booked via portal, ref [[case_reference:PTS-4471902]], ETA "by 1100"
        1300  chased PTS control - "on the list"
        1400  [[name:Albert]] asking to lie down. both trolleys in use, sat in {{recliner}}
        1530  chased again, escalated to {{site manager}} [[name:Bola]]
        1645  crew arrive. skin check before transfer: {{category 2 pressure ulcer}} to {{sacrum}}. transfer delayed, {{tissue viability}} bleep, {{Datix}} done
        1810  left lounge. 9 hrs after arriving

        Why: stretcher crews short, we had no way to see his place in the queue. chair was not a
        {{pressure-relieving}} surface.
        Learning: Waterlow over 15 = trolley or stay on the {{ward}}; escalate at 2 hours not 5.
    """)),
    ("health", "near_miss", prose("""
        At about 1415 on [[date:29 April]] two ladies were waiting in the {{discharge lounge}} with
        nearly the same name: Mrs [[name:Parveen Khan]] from [[organisation:Beech Ward]] and Mrs
        [[name:Patricia Khan]] from the {{AMU}}. {{Pharmacy}} sent both {{TTO}} bags down together.
        The {{porter}} handed the bag labelled for [[name:Patricia]] (which had {{apixaban}} and
        {{bisoprolol}} in it) to [[name:Parveen]]'s son, who was about to take her home. Our
        {{HCA}} [[name:Wren]] did the {{discharge checklist}} and read the NHS number on the bag
        ([[nhs_number:444 965 6431]]) against [[name:Parveen]]'s {{wristband}}
        ([[nhs_number:720 317 9869]]); they did not match, so the bags were swapped back before
        anyone left. No harm. We have asked pharmacy to send TTOs in named trays, one per patient,
        and we now flag any two patients with the same surname on the {{whiteboard}} with a
        "{{name alert}}" sticker.
    """)),
    ("health", "incident", block("""
        DATIX INCIDENT REPORT   Ref: [[case_reference:W-118402]]
        Incident date: [[date:07/03/2025]]   Location: {{Discharge Lounge}}, [[organisation:Kingsmead General Hospital]]
        Patient: [[name:Ivy Okonkwo-Banks]]   DOB: [[date_of_birth:14/09/1941]]   NHS No: [[nhs_number:9220964686]]
        Discharged from: [[organisation:Foxglove Ward]]
        Harm: Low

        What happened: Patient transferred home by {{PTS}} with a {{peripheral cannula}} still in her left
        forearm. Her daughter found it at 2100 and rang {{NHS 111}}. The {{district nurse}} removed it next
        morning; early {{phlebitis}} noted, {{antibiotics}} started by her {{GP}} at
        [[organisation:Moorside Medical Practice]].

        Contributing factors: the cannula was documented on the {{VIP chart}} on the ward but the
        {{e-discharge}} checklist has no cannula question. Lounge nurse ([[name:Siobhan O'Rourke]]) was
        covering 11 patients alone.

        Actions: "cannula out? Y/N" added to lounge handover sheet; lounge staffing raised at
        bed meeting. Feedback given to [[name:Siobhan]] - supportive, no fault.
        Reporter: [[name:Dev Chauhan]], {{Matron}} - {{Patient Flow}}
    """)),
    ("health", "success", prose("""
        To the two lovely {{ambulance}} men, [[name:Gaz]] and [[name:Olu]], I never got your surnames
        but the ambulance was [[vehicle_registration:YK19 HBZ]] and you took me home from {{the
        hospital}} on [[date:Tuesday 4th Feb]]. I was frightened about going back to an empty
        bungalow after my {{hip}} and you could see it. You put the {{heating}} on, made me a
        cup of tea, checked the {{key safe}} worked and moved the rug I always trip on and put my {{walking frame}} where I could reach it. [[name:Olu]]
        even rang my son [[name:Ravi]] on [[phone:07700 900218]] so he knew I was in. You were
        kind and patient and never rushed me although you must have had other jobs. Please pass
        this to your {{manager}} at [[organisation:Amberline Patient Transport]]. With many
        thanks, [[name:Kamala Pillai]] (aged [[age:81]]), [[address:3 Willowherb Close, Kingsmead]]
    """)),
    ("health", "incident", block("""
        From: [[name:Lowri Pritchard]] <[[email:lowri.pritchard3@nhs.net]]>
        To: {{PTS}} Control; Discharge Lounge
        Date: [[date:19 Nov 2024]] 09:12
        Subject: concern - patient left at home without care package

        Morning,
        I am the {{district nurse}} for Mr [[name:Bill Hardcastle]] ([[nhs_number:279 526 5036]]),
        [[address:12 Ravenscar Terrace]], [[postcode:KM3 8PJ]]. He was discharged from the
        {{lounge}} yesterday at 1900 by {{PTS}}. The {{discharge letter}} said a {{care package}}
        (QDS) would start the same evening; it actually starts {{Thursday}}. The crew let him in
        with the {{key safe}}, left him in his chair and went. His neighbour found him on the floor
        at 0730 today, cold and incontinent. {{ambulance}} not needed, no fracture, but he will be
        readmitted for falls review.

        I don't think the crew could have known - nothing on the booking said "check carer arrives".
        Could the lounge check the care package start date with the brokerage team before
        booking late transport? Happy to talk.

        [[name:Lowri]]
        {{District Nursing}}, [[organisation:Kingsmead North Neighbourhood Team]]
        [[phone:0113 496 0947]]
    """)),
    ("health", "near_miss", block("""
        [[date:21/02/2025]], 14:02 - [[name:Jas Kaur]]: crew 12 here, just picked up the lady from {{discharge lounge}} for [[organisation:Holly Lodge Care Home]]. shes on 2L {{oxygen}} and the {{cylinder}} they gave us is reading nearly empty
        [[date:21/02/2025]], 14:03 - [[name:Jas Kaur]]: {{journey}} is 50 mins with traffic
        [[date:21/02/2025]], 14:04 - [[name:Connor]] ({{PTS control}}): dont set off. swap for one of yours?
        [[date:21/02/2025]], 14:05 - [[name:Jas Kaur]]: only have a CD size on board, thats fine. changed over, {{sats}} 95%
        [[date:21/02/2025]], 14:06 - [[name:Connor]] ({{PTS control}}): nice one. who checked the {{lounge}} cylinder?
        [[date:21/02/2025]], 14:11 - [[name:Jas Kaur]]: no one it came down from the ward on the chair. {{lounge}} nurse [[name:Ama]] says theyll add cylinder level to the {{transfer checklist}}
    """)),
    ("health", "success", prose("""
        GREATIX / shout-out for [[name:Adaeze]] in the {{discharge lounge}}. On [[date:Saturday 8
        March]] Mrs [[name:Joy Ferreira]] ([[age:74]]) came down from [[organisation:Willow Ward]]
        waiting for {{PTS}} with a {{NEWS2}} of 1. [[name:Adaeze]] noticed she was quieter than
        at handover and did a full set of {{obs}} even though none were due: {{NEWS2}} 6, temp
        38.4, new confusion. She stopped the transport, called the {{outreach team}} and started
        the {{sepsis six}} with the {{FY1}}, Dr [[name:Ahmadi]]. [[name:Joy]] had a
        {{urosepsis}} and went back to the {{ward}} on {{IV antibiotics}}; she went home well five
        days later. Easy to assume a "medically fit" patient stays fit. Nominated by [[name:Kwabena]]
        and [[name:Marisol]].
    """)),
    ("health", "incident", block("""
        Lounge -> PTS handover sheet  [[date:Thu 27/06/2024]]  (completed by [[name:Ama Boateng]])

        | Patient | NHS no | From | Mobility | Destination | Docs | Notes |
        | [[name:Edwin Clarke]] | [[nhs_number:927 018 5540]] | [[organisation:Heron Ward]] | {{stretcher}} | [[organisation:Holly Lodge Care Home]] | {{ReSPECT form}} - NOT SENT | see below |
        | [[name:Hope Adeyemi]] | [[nhs_number:672 323 7692]] | {{AMU}} | walker | home, [[postcode:KM2 4DX]] | {{TTOs}}, letter | son collecting |
        | Mr [[name:P. Nguyen]] | - | {{SDEC}} | wheelchair | home | letter | {{interpreter}} needed (Vietnamese) |

        [[name:Edwin]]: crew ([[name:Stu]] and [[name:Marta]]) asked for his {{DNACPR}} / {{ReSPECT}}
        form; it was still in the ward notes. Crew went without it as the home was expecting him. At
        the home at 1720 he became unresponsive; staff had no ReSPECT form so {{CPR}} was started
        and 999 called. He died in {{ED}}. Family distressed that CPR was done against his wishes.

        Learning: originals must travel with the patient; lounge to photocopy and keep a copy; crews
        can refuse to leave without it and will be backed by {{PTS control}}.
    """)),
    ("health", "incident", prose("""
        sorry this is late, end of a long one. approx 1535 pt in chair 4 (Mr [[name:Reginald Tooley]],
        "[[name:Reg]]") left the {{discharge lounge}} while i was doing {{TTO}} check with {{pharmacy}}.
        hes got {{dementia}}, waiting for {{PTS}} back to [[organisation:Greystones Nursing Home]].
        [[name:kwabena]] was on break, {{porter}} had the door propped open for a trolley. noticed
        at 1550, rang security + {{site manager}}, put out {{missing patient}} call. found
        1612 by security in the multi storey level 3 trying to find "his van". cold but not hurt,
        obs fine. NOK ([[name:Sandra]], daughter) informed [[phone:07700 900774]]. he should
        have been on {{1:1}} or at least in a chair we can see from the desk, ward didnt hand over
        he was {{wandering}}. need {{enhanced care}} flag on the lounge board + doors on maglock
        not propped. - [[name:marisol]] RN
    """)),
    ("health", "success", block("""
        Discharge & Transport Improvement Group - minutes, [[date:12 September 2024]]
        Attendees: [[name:Dev Chauhan]] ({{Matron}}, chair), [[name:Ama Boateng]] ({{lounge}} sister),
        [[name:Faisal Mahmood]] ({{pharmacy}}), [[name:Chloe-Mae Harris]] ([[organisation:Amberline Patient Transport]]),
        [[name:Ewan MacLeod]] ({{Patient Flow}}), [[name:Pat O'Neill]] ({{Healthwatch}} rep)
        Apologies: [[name:Siobhan O'Rourke]]

        1. Results of the {{TTO}} trial: {{TTOs}} now made the day before for planned discharges on
        [[organisation:Beech Ward]] and [[organisation:Heron Ward]]. Median lounge wait fell from 4h10 to
        2h25 over eight weeks. [[name:Faisal]] thanked the {{ward pharmacists}}.
        2. {{PTS}} live tracker: [[name:Chloe-Mae]] showed the screen the lounge can now see - no more
        chasing calls. Crews report fewer aborted journeys.
        3. [[name:Pat]] fed back from patients: the {{hot meal}} offer and a named nurse made the biggest difference.
        Actions: [[name:Ewan]] to roll {{TTO}} day-before to {{AMU}} by [[date:31/10/2024]].
    """)),
    ("health", "near_miss", prose("""
        I was doing the final check in the {{lounge}} for Mr [[name:Tariq Aziz]] ([[age:67]], NHS
        [[nhs_number:621 887 0731]]), who was going home after a {{PE}}. The {{discharge summary}}
        listed "{{apixaban}}" with no dose and no duration, and his {{TTO}} box held 10mg tablets,
        which is the loading dose. His {{GP}} at [[organisation:Northgate Health Centre]] would
        have had no way to know when to step down to 5mg. I held the discharge and bleeped the
        {{junior doctor}} on [[organisation:Kestrel Ward]], who had copied the drug from the
        drug chart without the second line. Pharmacy corrected the box and the letter; he left
        ninety minutes later with an {{anticoagulation}} counselling leaflet. Mr [[name:Aziz]] said
        he would not have known either. This is the second {{DOAC}} letter this month. Request:
        the {{e-discharge}} system should not allow an anticoagulant without dose and end date.
        [[name:Gráinne Doherty]], {{Staff Nurse}}
    """)),
    ("health", "incident", block("""
        Chronology - fall during {{tail-lift}} transfer
        Date: [[date:Wednesday 15 January 2025]]. Vehicle: [[vehicle_registration:WX70 KPL]] ({{PTS}} crew 7)
        Patient: Mrs [[name:Florence Adjei]], [[age:79]], {{wheelchair}} user

        1705  Crew [[name:Dean]] and [[name:Mikołaj]] collect [[name:Florence]] from {{discharge lounge}} in her own wheelchair
        1712  At the {{ambulance bay}}, wheelchair reversed onto tail-lift. Lap belt fastened, brakes on
        1713  Lift raised. Front castor rolls off the edge of the platform - the {{roll-off barrier}} had not flipped up. Chair tips forward, [[name:Florence]] falls approx 1m onto the tarmac
        1715  {{999}} call from [[name:Dean]]; lounge nurse [[name:Ama]] attends with first aid kit
        1740  {{ED}} - {{wrist fracture}}, laceration to forehead. Admitted overnight
        [[date:16/01/2025]]  Vehicle taken off road. fleet engineer finds barrier spring broken; daily {{vehicle check}} sheet for that morning ticked "lift OK"

        Contributing: daily check asks "lift works" not "barrier deploys"; bay lighting poor.
        Actions: check sheet rewritten with photo guide; duty of candour letter sent by
        [[organisation:Amberline Patient Transport]]; lighting job raised with {{estates}}.
    """)),
    ("health", "success", block("""
        {{Teams}} chat - Discharge Lounge / PTS Control

        [[name:Ifeanyi Obi]] 08:31
        Morning! Heads up - 14 planned today incl 3 {{stretchers}} and Mr [[name:Lim]] for [[address:Flat 9, Carlow Court, Kingsmead]] who needs {{two crew}} + {{carry chair}} (3rd floor, no lift)

        [[name:Becca]] ({{PTS}}) 08:34
        thanks [[name:Ifeanyi]] 👍 booked him first at 10:00, crew 4 with [[name:Nate]] who knows the building

        [[name:Ifeanyi Obi]] 11:02
        all 3 stretchers gone by 11! Mr [[name:Lim]]'s daughter rang to say he is home and settled 😊

        [[name:Becca]] ({{PTS}}) 11:05
        the early heads-up is what makes it work. if we get the list by 0830 we can plan the {{stairs}} jobs properly instead of sending the wrong vehicle

        [[name:Ifeanyi Obi]] 11:06
        will keep doing the 0830 message. thank you team, shout-out to [[name:Nate]] and [[name:Kofi]] 🙌
    """)),
    ("health", "near_miss", block("""
        NEAR MISS FORM
        Ref: [[case_reference:W-119377]]        Date/time: [[date:02/05/2025]] 16:20
        Area: Discharge Lounge                  Reporter: [[name:K.M.]] ({{Band 5 RN}})
        Patient: [[name:Arthur Penhaligon]]     DOB: [[date_of_birth:23.08.1949]]    Hosp no: [[case_reference:KGH4471029]]

        What nearly happened:
        {{TTO}} bag arrived with {{Oramorph}} 10mg/5ml 100ml bottle loose in the bag. Not entered in the
        ward {{CD register}} as "sent with patient", no second signature. Patient is for {{end of life care}}
        at home via {{fast track}}; {{PTS}} crew were already in the lounge.

        What stopped it:
        I did the {{CD}} check against the {{discharge summary}} before handing over. Bottle
        returned to [[organisation:Kestrel Ward]] for the register to be completed and signed by two
        nurses, then back to us 25 mins later. Crew ([[name:Shanice]]) happy to wait.

        Suggested fix: CDs for discharge to come down in a sealed bag with the register page number
        written on it. {{Pharmacy}} and {{CD lead}} copied in.
    """)),
    ("health", "success", prose("""
        Debrief notes, complex discharge of Mr [[name:Kenny Baptiste]], [[date:6 August 2024]].
        Present: [[name:Ewan]] ({{Patient Flow}}), [[name:Chloe-Mae]] ({{PTS}}), [[name:Ama]]
        (lounge), {{bariatric}} {{physio}} [[name:Zeynep Aydın]]. [[name:Kenny]] weighs about 240kg
        and had been on [[organisation:Heron Ward]] for 11 weeks, medically fit for 3 of them
        because of transport. What went well: a single planning call 48 hours ahead; the
        {{bariatric ambulance}} booked from [[organisation:Westfield Ambulance Services]] with a
        {{winch}} and a four-person crew; [[name:Zeynep]] visited the house first and measured the
        doorways; the {{hoist}} and {{profiling bed}} were delivered by {{community equipment}}
        the day before. [[name:Kenny]] was never moved to the lounge chairs, which are rated to
        160kg. He said it was the first time in years he felt people had planned around him rather
        than around a problem. Next time: start transport planning on the day of admission.
    """)),
    ("health", "success", block("""
        [[address:22 Larkhill Road]]
        [[address:Stannington]]
        [[postcode:KM7 1RU]]
        [[date:10th October 2024]]

        Dear {{Chief Executive}},

        I am writing about my mum, [[name:Rosa Castellano-Moore]] (DOB [[date_of_birth:2/2/1937]]), who
        was discharged from your hospital last week. I have complained before, so I think it is only fair
        to write when things go right.

        The nurse in the {{discharge lounge}}, Sister [[name:Ama]] I think, noticed {{Mum}} was not
        wearing her {{hearing aids}} and that nobody had explained her new {{inhaler}}. She sat
        with her for twenty minutes with the {{spacer}} until Mum could do it herself, and rang me
        on [[phone:+34 612 555 019]] (I live in Spain) so I could hear the plan. The transport crew
        waited while she finished.

        Mum has not needed her {{GP}} since. Please thank them.

        Yours faithfully,
        [[name:Lucía Castellano]]
        [[email:lucia.castellano.m@correo-ejemplo.es]]
    """)),
    ("health", "success", block("""
        PTS CONTROL LOG - [[organisation:Amberline Patient Transport]], north hub
        [[date:28/11/2024]]  Controller: [[name:Connor Ferris]]

        1342  Crew 9 ([[vehicle_registration:LT21 OVF]]) - [[name:Abdi]] and [[name:Summer]] - picked up Mr [[name:Hassan Warsame]] ex {{discharge lounge}}, to [[address:5 Orchard Mews, Kingsmead]]
        1358  Crew report pt now grey, clammy, c/o chest pain. {{obs}}: HR 128 irreg, BP 92/60. Advised pull over, {{999}}
        1359  999 call by [[name:Summer]], {{cat 2}}. AED pads on as precaution
        1401  Informed lounge - [[name:Ama]] says pt was discharged after {{AF}} episode, {{NEWS2}} 0 at 1330
        1411  ambulance on scene, pt conveyed to {{ED}}
        1530  ED confirm fast {{AF}}, {{cardioversion}}, stable

        Note for learning: good recognition and escalation by crew 9 - they stopped and did obs
        rather than "get him home". Recommend {{GREATix}} for [[name:Abdi]] and [[name:Summer]].
        Also asked lounge to send obs chart / last {{ECG}} with cardiac patients.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        SIMULATOR TECHNICAL LOG - {{FFS}} 2 ({{A320}})      Entry: [[case_reference:STL-2024-0922]]
        Date: [[date:17/06/2024]]   Session: 0600-1000 {{type rating}} sess 7
        Instructor: [[name:Nuno Ribeiro]] ({{TRI}})   Crew: [[name:A. Khalil]] / [[name:B. Lindqvist]]

        Defect: at 0842 during {{engine failure after V1}} exercise, motion jerked violently (felt like a
        heave bump) then {{motion}} went to {{emergency stop}} by itself. Trainee in RHS struck head on
        {{overhead panel}} - small cut, not wearing {{lap strap}} as it was a "ground" exercise.
        {{IOS}} showed fault "ACT 4 POS ERR".

        Action taken: session stopped, first aid by instructor, accident book filled, trainee
        declined hospital. Sim engineer [[name:Rob "Tiny" Hughes]] attended 0855: actuator 4 position
        transducer connector loose. Reseated and tested.

        Status: {{sim}} returned to service 1310 after full motion {{QTG}} check.
        Follow-up: reminder to all instructors - harness/lap straps on whenever motion is on.
        Signed [[name:R.H.]] / [[name:N.R.]]
    """)),
    ("aviation", "near_miss", prose("""
        Reporting this as a near miss on myself. On [[date:3 February]] I ran a combined {{LPC}}/{{OPC}}
        in {{FFS}} 4 for two [[organisation:Skyrose Airways]] captains. I had the form filled in
        and was about to sign Capt. [[name:Marcus Oyelaran]]'s licence revalidation when the
        {{TRE}} observing for standardisation, [[name:Helen Ashworth-Kaye]], asked when we had done
        the {{manual landing}} without {{autothrust}}. We hadn't: I had changed the scenario order
        after the {{visual system}} reset and dropped that item. It is a mandatory {{Appendix 9}}
        item, so the revalidation would have been invalid and he would have been flying the
        line on an invalid rating. We re-ran it the same afternoon. What I have changed: I now tick
        the items off on the {{IOS}} checklist as they are flown, not from memory at the end.
        [[name:Yusuf Barre]], {{TRE}}/{{TRI}}, [[organisation:Northvale Flight Training Centre]]
    """)),
    ("aviation", "success", prose("""
        hi [[name:Jules]], just wanted to say a proper thank you now the dust has settled. passed
        my {{skills test}} on [[date:the 14th]] with [[name:Ken]] as {{examiner}} and the {{single
        engine go-around}} that I was making a mess of all through week 2 was the best bit of the
        ride. you never once made me feel stupid in the {{debrief}}, even the session where I forgot
        to arm the {{ground spoilers}} twice. the little card you made with the {{flows}} is still
        in my {{flight bag}}. first {{line training}} sector is next week, [[flight_number:EZY6421]]
        - will let you know how it goes. drinks on me next time
        you are at the crew room at [[organisation:Northvale]].
        cheers, [[name:Thandiwe "Thandi" Mokoena]] ({{FO}}, {{A320}} course [[case_reference:NV-A320-24-11]])
    """)),
    ("aviation", "incident", block("""
        Event chronology - fire alarm activation, Sim Hall B, [[organisation:Northvale Flight Training Centre]]
        [[date:Sunday 24 November 2024]]. Compiled by [[name:Oluwaseun Adeleke]], {{Duty Sim Engineer}}

        0214  {{fire alarm}} activates (smoke head, computer room B). {{FFS}} 3 and {{FFS}} 5 in session, both on {{motion}}
        0215  FFS 5 instructor ([[name:Paddy Gallagher]]) selects {{motion off}}, sim settles, {{access bridge}} lowers, crew out by 0217
        0215  FFS 3 instructor ([[name:Li Wei]]) selects motion off. Bridge shows "NOT READY" and does not lower
        0219  I arrive, confirm no fire in FFS 3 bay, lower bridge using {{manual override}} key
        0221  FFS 3 crew (2 trainees + instructor) out. All at {{muster point}} 0224
        0240  {{fire service}} attend, false alarm - dust from air con work that day
        0315  bridge fault: hydraulic pressure sensor on FFS 3 reads low after motion-off, interlock holds bridge up

        Findings: crew in FFS 3 waited 6 minutes. {{escape rope ladder}} was stowed behind the rear seats and
        [[name:Li Wei]] did not know where it was. Actions: escape brief added to every sim pre-brief;
        bridge interlock fault raised with manufacturer, ref [[case_reference:CAS-88172-K4N2]].
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Beatriz Alvarenga]] <[[email:b.alvarenga@northvale-ft.co.uk]]>
        To: Head of Training; Rostering
        Date: [[date:Fri 11 Apr 2025]] 07:55
        Subject: fatigue - self report ({{ASR}} [[case_reference:ASR-NV-25-031]])

        Hi [[name:Graham]],

        Just so it's on record. I'm rostered in {{FFS}} 1 tonight 2200-0200 as {{TRI}}. I found out
        yesterday that my {{line flying}} with [[organisation:Celtic Link]] was changed: I operated
        [[flight_number:CLK 482]] and [[flight_number:CLK 483]] yesterday, landing 2340, so I'd have had
        less than 24h off and I've slept about 5 hours. Under our {{FRMS}} that's not a breach on paper,
        because the two rosters don't talk to each other, but I wouldn't be safe to run an
        {{engine fire}} / {{rejected take-off}} session at 0100.

        [[name:Ollie]] from rostering has found cover ([[name:Kwame Asante]]). Could we look at a
        shared declaration for instructors who also fly the line?

        Thanks
        [[name:Bea]]
        [[phone:+44 7700 900157]]
    """)),
    ("aviation", "success", block("""
        {{LOFT}} debrief notes - {{FFS}} 4 ({{B737-800}}), [[date:09/01/2025]]
        Instructor: [[name:Siân Llewellyn]]   Crew: {{Capt}} [[name:Arjun Menon]] / {{FO}} [[name:Kasia Wróbel]]

        Scenario: {{hydraulic system A}} loss after departure, weather below minima at planned alternate.

        What went well (crew's own words first):
        - [[name:Kasia]] spotted the fuel prediction error on the {{FMC}} before [[name:Arjun]] did and said so clearly: "I'm not happy with that figure"
        - [[name:Arjun]] handed PF to [[name:Kasia]] so he could run the {{QRH}} and talk to "company" - good workload split
        - {{NITS}} brief to cabin was short and complete
        - Diversion decision made with 20 mins to spare, not at minimum fuel

        To work on: flap limit speeds on the {{alternate flap}} approach - briefed late.

        Instructor note: best use of {{TEM}} I've seen on this course. Recommend this debrief is shared
        (anonymised) at the next {{instructor standardisation}} day.
    """)),
    ("aviation", "incident", block("""
        DATA PROTECTION INCIDENT FORM
        Ref: [[case_reference:DPI-0147]]     Date found: [[date:30/07/2024]]
        Reported by: [[name:Mehreen Qureshi]], {{Training Records}} Admin, [[phone:01632 960 418]]

        What happened: on [[date:29/07/2024]] I sent the monthly {{course attendance}} spreadsheet to
        [[organisation:Skyrose Airways]] crew training. I attached the wrong tab export: it also held the
        payroll sheet for 23 contract instructors with DOBs, home addresses and NI numbers. One
        instructor, [[name:Duncan Mbeki]], found his own details ([[ni_number:PW 29 81 46 A]], DOB
        [[date_of_birth:11/03/1979]]) quoted back to him by a [[organisation:Skyrose]] {{rostering}} clerk.

        Containment: [[organisation:Skyrose]] confirmed deletion on [[date:31/07/2024]]. Not reportable
        to the {{ICO}} after {{risk assessment}} by our {{DPO}}. All 23 instructors written to.

        Cause: one {{Excel}} workbook used for two purposes; export sends the whole file.
        Fix: payroll moved to the {{HR system}}; external sends via secure portal only.
    """)),
    ("aviation", "success", prose("""
        Shout-out from the night shift! Huge thanks to [[name:Dariusz "Darek" Nowicki]] in {{sim
        engineering}}. {{FFS}} 2 lost its {{visual system}} projector 3 at 2300 on {{Tuesday}}
        with a full day of [[organisation:Skyrose Airways]] {{recurrent}} checks booked from 0500. Rather
        than cancel, [[name:Darek]] swapped in the spare projector, re-ran the {{visual alignment}}
        and the {{QTG}} tests overnight and had it signed back into service at 0440 with a clean entry
        in the {{tech log}}. Twelve pilots kept their {{OPC}} dates and nobody lost their {{recency}}.
        He also left a really clear handover for [[name:Tash]] on days and a note on which spares
        we now need to reorder. Above and beyond - cake is in the engineering office.
        - [[name:Graham Whitby]], {{Head of Training}}
    """)),
    ("aviation", "incident", block("""
        {{ATC}} transcript extract - {{base training}} detail following {{FFS}} phase
        Aircraft [[aircraft_registration:G-ZKTW]], callsign [[flight_number:SKR71T]]
        Date [[date:22 May 2024]]. Trainer: [[name:Yusuf Barre]] ({{TRI}}). Transcribed from {{NATS}} recording.

        1411:02  {{TWR}}: [[flight_number:Skyrose 71 Tango]], hold at Alpha 1, runway 27, landing traffic
        1411:07  [[flight_number:SKR71T]]: Hold at Alpha 1, [[flight_number:Skyrose 71 Tango]]
        1412:40  TWR: [[flight_number:Skyrose 71 Tango]], after the landing Dash 8 line up and wait runway 27
        1412:46  [[flight_number:SKR71T]]: Lining up runway 27, [[flight_number:Skyrose 71 Tango]]
        1412:50  TWR: [[flight_number:Skyrose 71 Tango]], negative, HOLD POSITION
        1412:55  [[flight_number:SKR71T]]: Holding, sorry, [[flight_number:Skyrose 71 Tango]]

        Narrative: the trainee read back "lining up" without the condition. The aircraft stopped
        about 5m short of the {{stop bar}}; the trainer was head-down on the EFB. Reported as
        {{MOR}} [[case_reference:MOR-2024-05517]] ({{runway incursion}} risk).
        Link to sim: {{conditional clearances}} were not in the FFS ATC scripts. Added from {{June}}.
    """)),
    ("aviation", "near_miss", block("""
        [[[date:05/03/2025]], 04:41] [[name:Tash Greenwood]]: morning. FFS 1 is loaded with the {{A321neo}} config and Innsbruck database - is that right for the 0500?
        [[[date:05/03/2025]], 04:43] [[name:Nuno Ribeiro]]: no!! its [[organisation:Celtic Link]] {{A320ceo}} recurrent, {{LVO}} at home base. who booked it?
        [[[date:05/03/2025]], 04:44] [[name:Tash Greenwood]]: booking system says [[organisation:Skyrose]] neo {{special airport}} training. think the slots got swapped when the 0100 cancelled
        [[[date:05/03/2025]], 04:46] [[name:Nuno Ribeiro]]: the crew would have done the whole {{pre-brief}} on ceo {{FCOM}} numbers. {{engine}} model and {{performance}} all different
        [[[date:05/03/2025]], 04:58] [[name:Tash Greenwood]]: reloaded ceo config + {{IOS}} lesson plan, {{config check}} done and signed. 2 min late start
        [[[date:05/03/2025]], 05:30] [[name:Graham Whitby]]: thanks both. [[name:Tash]] pls {{ASR}} it, we need the config shown on the booking confirmation
    """)),
    ("aviation", "success", block("""
        Instructor Standardisation Meeting - minutes
        Date: [[date:18/02/2025]]   Venue: Briefing Room 2, [[organisation:Northvale Flight Training Centre]]
        Present: [[name:Graham Whitby]] ({{Head of Training}}, chair), [[name:Helen Ashworth-Kaye]] ({{TRE}}),
        [[name:Yusuf Barre]], [[name:Siân Llewellyn]], [[name:Nuno Ribeiro]], [[name:Beatriz Alvarenga]],
        [[name:Li Wei]], [[name:Paddy Gallagher]] (all {{TRI}}), [[name:o.adeleke]] ({{sim engineering}})
        Apologies: [[name:Kwame Asante]]

        1. Good catches this quarter: [[name:Yusuf]]'s self-reported {{LPC}} item (now on the
        {{IOS}} checklist); [[name:Bea]]'s {{fatigue}} report led to a shared roster declaration
        from [[date:1 March]]. Chair thanked both for reporting openly.
        2. {{Grading}} calibration: all watched the same recorded {{EBT}} session and graded it;
        spread was 2 points on {{workload management}}, 1 elsewhere. [[name:Helen]] to run a
        second calibration in {{May}}.
        3. {{Escape}} brief: now part of every pre-brief after the Hall B alarm.
        Next meeting: [[date:20/05/2025]]
    """)),
    ("aviation", "incident", prose("""
        ok writing this up myself before i forget. thurs [[date:9th jan]] about 1520 in ffs 3,
        {{MCC}} course day 4, two cadets from [[organisation:Aeroline Academy]] ([[name:lewis]] and
        [[name:amira]]). i needed the loo and stepped out of the
        {{sim}} for maybe 4 mins. didnt {{freeze}} it, they were in {{cruise}} on {{autopilot}} and i
        thought theyd be fine. while i was out the {{IOS}} ran the next scripted event from the
        lesson plan ({{dual hydraulic failure}}) on its timer. they handled it ok actually but
        [[name:lewis]] (PF) disconnected the {{autopilot}} and got a {{bank angle}} warning with no
        one watching, and they got really rattled. no damage obviously its a sim but from a
        training pov thats a {{negative learning}} event and not fair on them. should have frozen
        it + told them. i debriefed them both and apologised, spoke to [[name:Graham]]. suggest
        {{auto-freeze}} when the instructor seat {{sensor}} is empty. - [[name:pg]]
    """)),
    ("aviation", "near_miss", block("""
        SIM ENGINEERING SHIFT HANDOVER   [[date:Sat 12/10/2024]]  nights -> days
        Outgoing: [[name:Darek Nowicki]]   Incoming: [[name:Natasha "Tash" Greenwood]]

        | Device | Status | Notes |
        | {{FFS}} 1 | serviceable | {{QTG}} due [[date:15/10/2024]] |
        | FFS 2 | serviceable | projector 3 new, watch {{colour balance}} |
        | FFS 3 | U/S | {{hydraulic}} fluid on floor under actuator 2 found 0530 on walkround. {{motion}} locked out, {{LOTO}} tag 118 applied |
        | FFS 4 | serviceable | - |
        | {{FTD}} | serviceable | keyboard sticky on {{CDU}} |

        FFS 3 detail: leak was from a weeping hose union, about 2 litres on the floor by the
        {{motion}} pit steps - the same steps crews use. If it had not been found, the 0600 crew
        would have walked through it at the {{access bridge}} and the pump would have run low.
        Not on last night's checklist because walkround is "end of shift". Suggest walkround at
        start and end. {{Spill kit}} used, area coned. Parts ordered, PO [[case_reference:PO-558031]].
        [[name:DN]]
    """)),
    ("aviation", "success", block("""
        From: [[name:Helen Ashworth-Kaye]] <[[email:h.ashworth-kaye@northvale-ft.co.uk]]>
        To: [[name:Priya Raman]] <[[email:priya.raman.fo@gmail.com]]>
        Date: [[date:26 June 2024]]
        Subject: your ASR - thank you

        Dear [[name:Priya]],

        Thank you for your {{ASR}} after {{Tuesday}}'s {{LPC}}. You told us that during the {{TCAS RA}}
        exercise your {{captain}} responded to the {{TA}} by climbing, and that you felt you could
        not challenge him because he was "the {{examiner}}'s mate". That took courage.

        We have reviewed the recording. You were right, and the examiner should have picked it up.
        We have changed our pairing rules so that candidates are never paired with a friend of the
        examiner, and your report is now used (anonymously) in our {{CRM}} module on {{speaking up}}.

        Good luck with your {{line check}} on [[aircraft_registration:G-LVNQ]] next week.

        Best wishes,
        [[name:Helen]]
        {{TRE}}, {{Head of Checking}}, [[organisation:Northvale Flight Training Centre]]
        [[phone:+44 (0)1632 960 772]]
    """)),
    ("aviation", "incident", prose("""
        On [[date:Thursday 13 March 2025]] at about 1045, during the second session of his
        {{type rating}} in {{FFS}} 5, [[name:Femi Oladipo-Clarke]] ([[age:27]]) became pale and
        sweaty, said he felt sick and then briefly lost consciousness in the {{left seat}}. The
        instructor, [[name:Li Wei]], froze the sim, selected {{motion off}} and called for help on
        the intercom. Two engineers helped him out over the {{access bridge}}; he came round
        within a minute. The first aider found he had not eaten since the previous evening and had
        had no water in the four-hour session, which was on full {{motion}} with repeated
        {{stalls}} and {{upset recovery}}. {{Paramedics}} checked him and he went home with his
        partner; his {{AME}}, Dr [[name:Ogunleye]], has since found nothing of concern and his
        {{Class 1 medical}} is unaffected. Learning: breaks are in the syllabus but were being skipped
        to catch up time after a sim fault that morning; water is now allowed on the flight deck in a
        sealed bottle, and the instructor must call a break after two hours whatever the schedule.
    """)),
    ("aviation", "success", block("""
        [[name:Graham Whitby]]  18:47
        Bit of a long shot - [[name:Kwame]] has gone home ill and we have the [[organisation:Celtic Link]] {{command upgrade}} {{LPC}} in FFS 4 at 2100. Anyone current on the {{B737}} able to cover? Crew are staying at the [[organisation:Airport Lodge Hotel]] and fly home tomorrow

        [[name:Siân Llewellyn]]  18:52
        I can. Last 737 session was [[date:3rd Nov]] so I'm in date. Can someone send me the {{lesson plan}}?

        [[name:Graham Whitby]]  18:53
        you're a star. [[name:Oluwaseun]] can you do the {{pre-flight}} on FFS 4?

        [[name:Oluwaseun Adeleke]]  19:05
        done, {{QTG}} valid, {{motion}} checked. good to go 👍

        [[name:Siân Llewellyn]]  23:40
        All done. Both candidates passed, really strong crew. {{Grading}} is on the {{ETMS}}

        [[name:Graham Whitby]]  23:52
        Thanks [[name:Siân]] - saved the airline a repositioning flight and the candidates a week's wait. Will make sure it's recognised.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind181", REPORTS))
