"""Held-out blind corpus 58: e-mail threads, chats and invites pasted into report forms.

Setting: UK children's safeguarding (MASH, schools, fostering, refuges), hospital discharge
(wards, district nursing, transport, pharmacy) and airline/airport operations (ops control,
ground handling, crew control, a GA airfield), where the evidence is the correspondence itself.
Voice: practitioners paste Outlook chains with From/To/Cc/Sent headers, "On ... wrote:" lines,
'> ' quoted replies, signatures, disclaimers, out-of-office replies, Teams/Slack messages and
meeting invites, then add a line or two of their own learning.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind58.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", block("""
        Pasted from Outlook by the Team Manager - misdirected chronology.

        From: [[name:Whitfield, Leanne]] <[[email:leanne.whitfield@oakfield.example.sch.uk]]>
        Sent: [[date:Tuesday, 4 March 2025]] 16:42
        To: {{MASH}} Referrals <[[email:mash.referrals@northby.example.gov.uk]]>
        Subject: FW: [[name:Tyler-James B]] (Yr 3) - chronology

        Hi, I need to report a breach. Forwarding the chronology to our attendance officer [[name:Jade Rowe]], auto-complete picked [[email:jade.r1990@example.com]] - that is mum's personal address. Mum ([[name:Jade Richardson]]) left the home after police attended on [[date:1 March]] and must not learn where [[name:TJ]] is staying with nan. Recall has been attempted. I've rung your {{Duty Manager}}.

        [[name:Leanne]]

        [[name:Leanne Whitfield]] | {{Designated Safeguarding Lead}} | [[organisation:Oakfield Primary School]]
        [[address:Coppice Lane]], Northby [[postcode:NB4 7QS]]
        T: [[phone:01632 960218]] | M: [[phone:07700 900417]]

        > From: [[name:Jade Rowe]]
        > Sent: [[date:04 March 2025]] 15:10
        > Hiya can you fwd [[name:Tyler-James]]'s chronology for Thursday's attendance panel x

        Manager note: recall failed. Police informed (log [[case_reference:NB-0403-1177]]); safety plan reviewed with nan the same evening.
    """)),
    ("social_care", "near_miss", block("""
        Near miss - strategy discussion invite. Teams chat copied in with both workers' agreement, [[date:11 Feb 2025]].

        [[name:Oluwaseun Adeyemi]] 09:02
        morning [[name:Gaz]] - before I send the strat invite for the [[name:Hussain]] children ([[name:Zara]] [[age:6]], [[name:Ayaan]] [[age:3]]) can you check the list?
        Required: DS [[name:Kemi Okafor]] ({{CAIT}}); [[name:Shabana Akhtar]] ({{health visitor}}, [[organisation:Brookfield Health Centre]]); Mr [[name:Ahmed]] (DSL); [[name:Imran Hussain]] <[[email:imran.h.1984@example.com]]>
        [[name:Gareth Pritchard]] 09:06
        STOP. [[name:imran]] is dad - he's the subject of the discussion. Did you copy the old {{Child in Need}} review invite?
        [[name:Oluwaseun Adeyemi]] 09:07
        yes 🙈 removed him. thank you
        [[name:Gareth Pritchard]] 09:09
        no harm done [[name:Seun]]. Log it as a near miss and build invites from blank, not 'Copy meeting'. I'll raise the {{Outlook}} template issue at the {{Duty Manager}} huddle.

        Learning: a strategy invite copied from a family-facing meeting carries family members with it. Invite was sent at 09:15 to professionals only.
    """)),
    ("social_care", "success", block("""
        Good practice: an out-of-office that actually routed a missing episode.

        From: [[name:Agnieszka Nowak]] <[[email:aga.nowak77@example.com]]>
        Sent: [[date:Fri 11 Apr 2025]] 17:52
        To: [[name:Natarajan, Priya]] <[[email:priya.natarajan@northby.example.gov.uk]]>
        Subject: [[name:Ellie-Mae]] not home

        [[name:Priya]] she is not back from college, phone off. What do I do?? [[name:Aga]]

        Automatic reply: [[name:Ellie-Mae]] not home
        I am on annual leave until [[date:Monday 14 April 2025]]. For urgent matters about children supported by the [[organisation:Northby West Children in Care Team]] please ring duty on [[phone:01632 960550]]. Out of hours call the {{Emergency Duty Team}} on [[phone:01632 960999]]. If a child is missing and at risk, call 999.
        [[name:Priya Natarajan]], Social Worker

        Learning: [[name:Agnieszka]] rang EDT within ten minutes of the auto-reply. EDT logged it ([[case_reference:EDT/25/04/1187]]) and passed the {{Philomena Protocol}} profile already on file to police. [[name:Ellie-Mae]] ([[age:15]]) was found safe at a friend's in Hillcrest by 20:30. Her carer said the clear auto-reply was "the only reason I didn't just sit and wait". We are sharing it as the model out-of-office for the team.
    """)),
    ("social_care", "incident", block("""
        Incident - two children merged on the case record system. Chain pasted by [[name:Marcus Thompson]] ({{Practice Manager}}).

        On [[date:Wed 19 Feb 2025]] at 11:26, [[name:Ravinder Sandhu]] <[[email:ravinder.sandhu@example.police.uk]]> wrote:
        > Hi [[name:Marcus]], the DOB on your strat minutes for [[name:Kayden]] is [[date_of_birth:03/09/2012]] but our [[name:Kayden Smith]] is [[date_of_birth:30/09/2012]]. Crime ref [[case_reference:47/22183/25]] relates to the second boy. Could you have two kids merged on {{LCS}}?
        > [[name:Rav]]
        > {{Public Protection Unit}}

        [[name:Rav]] - you're right and I'm mortified. There are two children called [[name:Kayden Smith]] on LCS (IDs [[case_reference:1184562]] and [[case_reference:1190337]]). A duty worker attached the police notification for one to the other in January, so the strategy discussion on [[date:17 Feb]] shared the wrong boy's school and address with partners. I've unpicked the records, asked attendees to delete the minutes and logged it with {{Information Governance}}.
        [[name:Marcus]]

        [[name:Marcus Thompson]] | Practice Manager, [[organisation:Northby Assessment Team]] | [[phone:01632 960304]]
        This e-mail may contain {{OFFICIAL-SENSITIVE}} information. If you are not the intended recipient please delete it.
    """)),
    ("social_care", "near_miss", block("""
        Near miss - conference report nearly sent to the wrong GP.

        From: [[name:Siobhan Gallagher]]
        To: Dr [[name:Deepa Shah]] <[[email:deepa.shah2@example.nhs.uk]]>
        Subject: {{OFFICIAL-SENSITIVE}}: ICPC report - [[name:Amelia]] & [[name:Ruby Doyle]] - [[date:Thu 6 Mar 2025]]
        Attachments: ICPC_report_final.pdf

        Dr [[name:Shah]], please find attached the report for the {{Initial Child Protection Conference}} for [[name:Amelia]] ([[age:9]]) and [[name:Ruby]] ([[age:4]]).

        [[name:Siobhan]]'s note: I typed "Dr [[name:Shah]]" in the To: box and picked the first suggestion. When I clicked Send, {{Egress}} warned that I had never e-mailed this recipient about this family. I checked: the girls' GP is Dr [[name:Anjali Shah]] at [[organisation:Hollins Park Medical Practice]], not Dr [[name:Deepa Shah]] at [[organisation:Millbrook Surgery]]. Resent to [[email:anjali.shah@example.nhs.uk]]. Nothing left my outbox.
    """)),
    ("social_care", "success", block("""
        Success - family meeting with a proper interpreter. Invite pasted below.

        Subject: TAF review - [[name:Warsame]] family
        Location: [[organisation:Riverside Family Hub]], Room 2 / {{Microsoft Teams}}
        Start: [[date:Tue 25/03/2025]] 10:00
        Organiser: [[name:Megan Evans]] ({{Lead Professional}})
        Required attendees: [[name:Hodan Farah]] (Somali interpreter); [[name:Abdi Warsame]]; [[name:Sahra Warsame]]; [[name:Callum Fraser]] (SENCo, [[organisation:St Bede's RC Primary]]); [[name:Niamh Quinn]] (school nurse)
        Optional: [[name:Tendai Chikwanha]] ({{Early Help}} Team Manager)

        [[name:Megan]]'s note: previous TAFs used [[name:Abdi]]'s eldest ([[name:Ilhan]], [[age:14]]) to interpret, which put her in the middle of conversations about her own behaviour. This time we booked [[name:Hodan]] two weeks ahead through {{Language Line}} and sent the invite in the parents' names so they could see who was coming. [[name:Sahra]] said afterwards it was the first meeting where she understood the plan. [[name:Ilhan]] went to school instead. Interpreter booking is now on our {{Team Around the Family}} checklist.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Tomasz Wiśniewski]] <[[email:tomasz.wisniewski@northby.example.gov.uk]]>
        Sent: [[date:03 February 2025]] 13:07
        To: CSC-Northby-All
        Subject: RE: Room bookings w/c [[date:3 Feb]]

        Sorry all - please ignore and delete previous, meant for [[name:Kerry]] only.

        -----Original Message-----
        From: [[name:Tomasz Wiśniewski]]
        Sent: [[date:03 February 2025]] 13:02
        To: CSC-Northby-All
        Subject: RE: Room bookings w/c [[date:3 Feb]]

        [[name:Kerry]] can you book a room for Weds? Mum and kids are now at [[address:14 Larch Close]], [[postcode:NB7 2HD]] (refuge move fell through), new school is [[organisation:Greenside Academy]]. Dad must NOT get this.
        [[name:Tom]]

        Reporter note ({{Team Manager}}): the distribution list has 212 members, including agency staff who also work for the neighbouring authority and a business support officer who is related to the father. IT purged the message at 14:30 and the {{Information Commissioner's Office}} reportability assessment is under way. The family moved to emergency accommodation that night.
    """)),
    ("social_care", "near_miss", block("""
        Near miss - LADO chain nearly forwarded to the member of staff concerned.

        From: [[name:Delroy Francis]] <[[email:d.francis@willowbank-home.example.org]]>
        Sent: [[date:Mon 10 Mar 2025]] 08:15
        To: {{LADO}} <[[email:lado@northby.example.gov.uk]]>
        Subject: Allegation - night staff - young person [[name:J.M.]]

        Morning, as discussed by phone, [[name:J.M.]] ([[age:16]]) alleges that a night worker, [[name:Craig Hollis]], pushed him against a door frame on [[date:8 March]]. [[name:Craig]] is off shift pending your advice. {{Ofsted}} notified under {{Regulation 40}}.

        [[name:Delroy Francis]]
        {{Registered Manager}}, [[organisation:Willowbank Children's Home]]
        [[phone:01632 960677]]

        Note from [[name:Delroy]]: the LADO ([[name:Esther Boateng]]) replied asking for the rota. Our deputy pressed Forward on the whole chain and typed the first letters of his name out of habit - Outlook offered [[email:craig.hollis@willowbank-home.example.org]] because [[name:Craig]] normally receives the rota. She saw his name in the To: line before sending. LADO correspondence now sits in a restricted folder and is never forwarded from.
    """)),
    ("social_care", "success", block("""
        Success - care leaver had his NI number before his first payday.

        From: [[name:Kofi Asante]] ({{Personal Adviser}})
        Sent: [[date:24 January 2025]] 15:40
        To: [[name:Dylan Hughes]]
        Subject: good news 🙂 (sent via {{Egress}})

        Hi [[name:Dyl]], the {{DWP}} letter came to the office today. Your NI number is [[ni_number:JM 72 41 08 B]]. I've given it to [[name:Lowri]] in payroll at [[organisation:Castle Bakery]] so your first wage on [[date:31 Jan]] won't go on emergency tax. Original letter is in the safe - bring ID when you collect it.
        [[name:Kofi]]

        [[name:Gwen Parry]] 16:02 (Teams)
        brilliant [[name:Kofi]] - that's three care leavers this year with NI numbers sorted before day one. Can you write up the steps for the {{Staying Close}} team?

        Learning: [[name:Kofi]] applied the week [[name:Dylan]] turned [[age:18]] (DOB [[date_of_birth:2 November 2006]]) and diarised a chase at four weeks.
    """)),
    ("social_care", "incident", block("""
        Incident - placement e-mail read by a foster carer's adult son.

        On [[date:Sun, 2 Feb 2025]] at 21:14, [[name:Steph Morley]] <[[email:morleyfamily@example.com]]> wrote:
        > Hi [[name:Bogdan]], [[name:Lee]] (my son, [[age:24]]) has just told me he read your email about [[name:Mason]] on the family {{iPad}} and recognised the birth dad's name from the gym. He says he hasn't said anything. I'm really worried. [[name:Steph]]

        Reporter: [[name:Bogdan Popescu]], {{Supervising Social Worker}}, [[organisation:Brightstart Fostering]]
        My e-mail of [[date:31 Jan]] named [[name:Mason]]'s father ([[name:Ryan Cole]]) and said he had moved to [[address:Victoria Road]]. I sent it to the address on the household's {{Form F}}, not realising the whole family share one account and one tablet. I have spoken to [[name:Lee]], who is a member of the fostering household but not DBS-checked as an adult. Risk assessment completed with the child's social worker; no evidence the information has gone further.
        Learning: at annual review we now ask each carer who can see their e-mail, and carers get a separate address.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Quigley, Sean]] <[[email:s.quigley@hawthornhigh.example.sch.uk]]>
        Sent: [[date:17 February 2025]] 11:02
        To: [[name:Rahman, Nadia]]
        Subject: Automatic reply: Info request - [[name:Ruby-Leigh Carter]] ([[date_of_birth:14/06/2012]])

        Thank you for your email. School is closed for half term and I will reply on my return on [[date:24/02/2025]].

        Worker note ([[name:Nadia Rahman]], {{MASH}} social worker): the referral came from police via {{Operation Encompass}} and needed a same-day RAG rating. The auto-reply gave no alternative contact, so I rang [[organisation:Hawthorn Learning Trust]] central office on [[phone:01632 960741]] and was put through to the deputy DSL, [[name:Olamide Bakare]], within the hour. She told me [[name:Ruby-Leigh]] had made two recent disclosures about home that were not on our system. Without that call the decision would have been made on partial information.
        Learning: we have asked all schools to put a named holiday safeguarding contact in their out-of-office.
    """)),
    ("social_care", "incident", block("""
        Incident - personal data posted in the all-staff Teams channel.

        Channel: Northby CSC - General
        [[name:Ciaran Doherty]] 14:31
        anyone know [[name:Shanice Bailey]] DOB [[date_of_birth:09/07/2009]]? she's at reception saying she's been kicked out, lives [[address:22 Rowan Court, Eastfield Estate]] [[postcode:NB2 9LP]], says she knows someone in CIC
        [[name:Precious Moyo]] 14:33
        [[name:Ciaran]] this is the all-staff channel 😬 over 400 people. Delete and message {{Duty}} directly
        [[name:Ciaran Doherty]] 14:34
        oh god. deleted

        Reporter note: the post was visible for three minutes and the channel analytics show 11 views, including staff from commissioned providers. [[name:Shanice]] ([[age:15]]) was seen by duty that afternoon and accommodated under {{Section 20}}. [[name:Ciaran]] is a business support apprentice in his second week and had not had Teams induction.
    """)),
    ("social_care", "success", block("""
        Success - pre-birth plan worked at 3am.

        From: [[name:Ifeoma Eze]] ({{Specialist Safeguarding Midwife}})
        Sent: [[date:12 March 2025]] 08:20
        To: [[name:Hamza Qureshi]]; [[organisation:Northby Children's Services]] EDT
        Cc: [[name:Gurpreet Dhillon]]
        Subject: Baby of [[name:Chelsea Ward]] - born overnight

        Hi [[name:Hamza]],
        Baby girl born 03:12 on [[date_of_birth:12/03/2025]] at [[organisation:Northby General Hospital]] (hospital no. [[case_reference:NGH 6627190]]). Because the pre-birth plan was on {{BadgerNet}}, the {{labour ward}} coordinator rang EDT at 03:30 rather than waiting for day staff, and baby stayed on [[organisation:Lotus Ward]] with supervised contact until you arrived. [[name:Chelsea]] was calm and said she felt she'd been kept informed all along.
        [[name:Ifeoma]]

        Social worker's addition: baby was discharged on [[date:14 March]] to foster carers [[name:Jan]] and [[name:Peter Hale]] as planned under the {{Child Protection Plan}}. No {{police protection}} needed.
    """)),
    ("social_care", "near_miss", block("""
        Near miss - photo of another child nearly sent to a birth parent, [[date:3 March 2025]].

        Draft found in Outbox, not sent:
        To: [[name:Kerry Brown]] <[[email:kerrybrown86@example.com]]>
        Subject: pics from today x
        Attachments: [[name:Lily F]] 03-03.jpg; [[name:Lily F]] 03-03 (2).jpg

        Hi [[name:Kerry]], here are the photos of [[name:Lilly-Mae]] from {{family time}} like I promised. See you next week!

        Note from [[name:Sinead Kelly]], {{Family Time Supervisor}}: I supervise [[name:Lilly-Mae Brown]] ([[age:2]]) and [[name:Lily Fenton]] ([[age:3]]) on Mondays in the same room at [[organisation:Hillside Contact Centre]]. Our tablet saves photos by first name and initial, and I picked the wrong pair. The 4G dropped so the e-mail sat in the Outbox; when I reopened it the preview showed [[name:Lily]]'s red coat. Deleted. Photos are now named by LCS ID, e.g. [[case_reference:1201884]], and I open every picture before attaching.
    """)),
    ("social_care", "incident", block("""
        Incident - auto-forward rule found on a leaver's mailbox.

        From: IT Service Desk <[[email:servicedesk@northby.example.gov.uk]]>
        Sent: [[date:Thursday, 27 February 2025]] 10:11
        To: [[name:Demir, Esra]]
        Subject: Ticket [[case_reference:INC0458821]] - mailbox rule

        During leaver processing for [[name:Jordan McAllister]] we found an {{Outlook}} rule named "fwd all" sending every incoming message to [[email:jordymac91@example.com]] since [[date:6 January 2025]]. Approx 1,340 messages, including {{MASH}} referrals and {{Section 47}} notes. Rule removed, account disabled.

        > On [[date:27/02/2025]] 12:40 [[name:Esra Demir]] wrote:
        > Thank you. I spoke to [[name:Jordan]] on [[phone:07700 900862]]. He says he set it up while his laptop was broken so he could keep on top of visits, and has now deleted the personal account's contents. He has signed a declaration. Referred to the {{Data Protection Officer}}.

        Learning: external auto-forwarding should never have been possible. It is now blocked for the whole tenant.
    """)),
    ("social_care", "success", block("""
        Success - {{Early Help}} closure, family voice in their own words.

        From: [[name:Marta Lewandowska]] <[[email:marta.lew@example.com]]>
        Sent: [[date:7 March 2025]] 19:48
        To: [[name:Anna Zielińska]]
        Subject: Re: zamknięcie sprawy / case closing

        Pani [[name:Anno]], dziękuję za wszystko. [[name:Oliwia]] chodzi do szkoły codziennie, a [[name:Piotr]] znowu ma pracę.

        ---------- Forwarded message ----------
        From: [[name:Anna Zielińska]] <[[email:a.zielinska@example.org]]>
        To: [[name:Shabnam Karim]]
        Subject: FW: case closing - [[name:Lewandowska]]

        [[name:Shabnam]], translation for the closure summary: "Thank you for everything. [[name:Oliwia]] goes to school every day and [[name:Piotr]] has work again." Attendance went from 71% to 97% over the plan. [[name:Marta]] says being able to text me in Polish made the difference.
        [[name:Anna]]
        Bilingual Family Support Worker, [[organisation:Polish Family Centre Northby]]

        Manager's note: closed as outcomes met under {{Supporting Families}}; [[name:Oliwia]] ([[age:7]]) stays on the school's watch list.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Morag Sutherland]] <[[email:morag@havenrefuge.example.org]]>
        Sent: [[date:Sat 15 Feb 2025]] 22:40
        To: [[name:Yusuf Ahmed]] <[[email:yusuf.ahmed@northby.example.gov.uk]]>
        Subject: URGENT - vehicle seen

        [[name:Yusuf]], a silver {{Audi}} [[vehicle_registration:WX19 KLM]] was parked opposite the refuge from 21:05 for about 20 minutes. [[name:Leah]] thinks it is [[name:Darren]]'s. Police called, log [[case_reference:CAD 1452-15022025]]. [[name:Leah]] and the children are staying in tonight.
        [[name:Morag]], [[organisation:Haven Refuge]] night cover

        On [[date:Mon 17 Feb 2025]] at 09:12, [[name:Yusuf Ahmed]] wrote:
        > Thanks [[name:Morag]]. Police confirm [[vehicle_registration:WX19 KLM]] is registered to a neighbour, not [[name:Darren]]. But it made me recheck the draft court bundle due to be served on his solicitor: the refuge address was in [[name:Leah]]'s statement at page 14. Redacted before service.

        Learning: every bundle for a family in refuge now gets a second-person redaction check before it goes out. Shared at {{MARAC}} with the {{IDVA}}.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Incident - discharge summary sent to a practice with a near-identical name.

        On [[date:Wed, 22 Jan 2025]] at 09:40, [[organisation:Westfield Surgery]] Reception <[[email:westfield.reception@example.nhs.uk]]> wrote:
        > Hi, we have received a discharge summary for a Mr [[name:H Jenkins]], DOB [[date_of_birth:17/08/1941]], who is not registered with us. We have deleted it. Please check your records. Thanks, [[name:Carol]]

        From: [[name:Fatima Begum]] ({{Ward Clerk}}, [[organisation:Kingfisher Ward]])
        Sent: [[date:22 January 2025]] 10:05
        To: [[name:Whelan, Aoife]]
        Subject: FW: misdirected summary - Mr [[name:Harold Jenkins]]

        [[name:Aoife]], looks like mine, sorry. I picked [[organisation:Westfield Surgery]] from the drop-down instead of [[organisation:Westfields Medical Centre]].

        Ward manager note: Mr [[name:Jenkins]] ([[age:83]], NHS [[nhs_number:933 303 7659]], hospital no. [[case_reference:RK4 550198]]) went home on [[date:20 Jan]] on new {{apixaban}}. His own practice had no summary for 48 hours, so {{DOAC}} follow-up bloods were not booked. Summary resent, GP phoned, bloods done [[date:24 Jan]]. We have asked IT to show the practice postcode next to each name in the drop-down.
    """)),
    ("health", "near_miss", block("""
        Near miss - TTOs nearly went home with the wrong patient. Teams chat, [[organisation:Heron Ward]], [[date:4 Feb 2025]].

        [[name:Mei Ling Wong]] (Pharmacy Technician) 14:10
        TTO bag for bay 3 bed 2 is on the trolley - [[name:Doris Evans]], NHS [[nhs_number:447 964 9107]]
        [[name:Sanjay Mistry]] (Staff Nurse) 14:22
        transport here for [[name:Doreen Evans]] bay 4, grabbing her TTOs
        [[name:Mei Ling Wong]] 14:23
        wait - which [[name:Evans]]? the bag on the trolley is [[name:Doris]]. [[name:Doreen]]'s is still being screened, her {{Oramorph}} isn't signed off
        [[name:Sanjay Mistry]] 14:24
        😳 checked label against wristband - you're right, NHS number doesn't match. bag back on trolley

        Reporter ([[name:Sanjay]]): two ladies with near-identical names in adjacent {{bays}}, both on {{Oramorph}}, both going home the same afternoon. There was no {{name alert}} sticker on either set of notes. We now add one whenever names are similar and check the wristband against the bag at the bedside, never at the station.
    """)),
    ("health", "success", block("""
        From: [[name:Kwame Mensah]] <[[email:kwame.mensah@example.nhs.uk]]>
        Sent: [[date:Fri 7 Feb 2025]] 09:15
        To: {{Transfer of Care Hub}} <[[email:toch.northby@example.nhs.uk]]>
        Cc: [[name:Svetlana Ivanova]] <[[email:s.ivanova@carefirst.example.co.uk]]>
        Subject: Mrs [[name:B. Okonkwo]] - {{Pathway 1}} today?

        Mrs [[name:Blessing Okonkwo]], NHS [[nhs_number:737 178 6505]], [[organisation:Wren Ward]]. {{Medically optimised}} since Tuesday, mobilising with a frame, lives alone at [[address:Flat 3, Beacon House, Mill Street]], Northby [[postcode:NB1 3UA]]. Needs QDS calls for a week. Key safe in place.

        On [[date:Fri 7 Feb 2025]] at 10:02, [[name:Svetlana Ivanova]] wrote:
        > We can pick up from tea-time today, carer [[name:Joy]] knows the building. [[name:Lana]]
        > [[name:Svetlana Ivanova]] | Care Coordinator | [[organisation:CareFirst Homecare]] | [[phone:01632 960835]]

        Learning: copying the agency into the first e-mail cut out two days of hub back-and-forth. Mrs [[name:Okonkwo]] ([[age:88]]) was home by 15:30 under {{Discharge to Assess}} and had not been readmitted at 30 days.
    """)),
    ("health", "incident", block("""
        Automatic reply: DN referral - Mr [[name:A Rahman]] - insulin BD from Sat
        I am on leave until [[date:Monday 3 March]]. Please send all referrals to the team inbox [[email:dn.eastfield@example.nhs.uk]].
        [[name:Paula Jennings]], {{District Nursing}} Team Leader, [[organisation:Eastfield Neighbourhood Team]]

        Reporter (discharge coordinator): I e-mailed the referral to [[name:Paula]] directly at 16:55 on [[date:Fri 28 Feb 2025]] for twice-daily {{NovoMix 30}} from Saturday morning. The auto-reply came back after I had gone off shift and nobody else reads my inbox. Mr [[name:Rahman]] ([[age:71]], NHS [[nhs_number:124 024 4290]]) had no visit on Saturday. His son [[name:Bilal]] found him drowsy on Sunday with a capillary glucose of 24.1 and he came back through {{A&E}} (hospital no. [[case_reference:NGH 7740213]]).

        Learning: DN referrals only go to team inboxes, and the sender checks for a read receipt or a call-back before going home on a Friday. Mr [[name:Rahman]] and [[name:Bilal]] have had a {{Duty of Candour}} conversation.
    """)),
    ("health", "near_miss", block("""
        Near miss - ward handover list nearly e-mailed to a personal account.

        From: [[name:Rhys Llewellyn]] <[[email:rhys.llewellyn@example.nhs.uk]]>
        To: [[email:rhysllew@example.com]]
        Subject: handover for weekend
        Attachments: Ward 12 handover.xlsx

        Message blocked - "Your message contains sensitive information (NHS Number x38) and can't be sent to an external recipient. First match: [[nhs_number:300 290 5658]]."

        [[name:Gwen Parry]] ({{Ward Manager}}) 08:31, Teams
        [[name:Rhys]] can we have a quick chat when you're in? Got an alert from IG

        Reporter: [[name:Rhys]] ({{F2}}) was covering {{Ward 12}} and wanted to prep the {{weekend handover}} at home. The {{DLP}} rule stopped it. He was open about it and has since been shown how to use the remote {{EPR}} handover view, which needs no downloads. Shared at the junior doctors' forum as "the e-mail that didn't go".
    """)),
    ("health", "success", block("""
        Success - adult safeguarding disclosure acted on before discharge.

        From: [[name:Sophie Marchetti]] <[[email:sophie.marchetti@example.nhs.uk]]>
        Sent: [[date:Tue 11 Feb 2025]] 18:20
        To: Adult Safeguarding Team <[[email:safeguarding.adults@example.nhs.uk]]>
        Subject: Concern - [[name:Parveen Akhtar]], [[organisation:Orchid Ward]]

        Mrs [[name:Akhtar]] ([[age:67]], NHS [[nhs_number:393 799 1212]]) told me tonight, with her daughter out of the room, that her grandson has her bank card and she has had no money for food since {{Christmas}}. She has capacity and wants help but does not want police involved.

        > On [[date:Wed 12 Feb 2025]] at 09:05, [[name:Ahmet Yilmaz]] wrote:
        > Thanks [[name:Sophie]]. I'll come to the ward at 11. Please don't discharge before we've spoken.

        Learning: [[organisation:Northby Adult Social Care]] replied within 15 hours. Using {{Making Safeguarding Personal}}, [[name:Ahmet]] and Mrs [[name:Akhtar]] agreed a plan (new card, {{Lasting Power of Attorney}} discussion with her daughter) and she went home on [[date:14 Feb]]. A {{Section 42}} enquiry is open.
    """)),
    ("health", "incident", block("""
        From: [[name:Olivia Grant]] ({{Health Visitor}}) <[[email:olivia.grant@example.nhs.uk]]>
        Sent: [[date:Mon 10 Mar 2025]] 08:47
        To: {{Named Nurse}} Safeguarding Children
        Subject: FW: ED attendance - [[name:Leo Walsh]] [[date_of_birth:13/01/2025]]

        Forwarding the ED notification that landed in our inbox this morning. [[name:Leo]] ([[age:7 weeks]]) was brought in on Saturday night by dad, [[name:Kieran Walsh]], with a cough, and discharged home with him at 02:10. [[name:Leo]] is on a {{Child Protection Plan}}; the written agreement is that [[name:Kieran]] does not care for him unsupervised. Mum ([[name:Courtney]]) was at work.

        > ED attendance notification [[case_reference:ED-25-031842]]
        > Patient: [[name:WALSH, Leo]]  NHS No [[nhs_number:745 774 7214]]
        > Diagnosis: {{bronchiolitis}}. Discharged: home with father.

        The flag was on {{CP-IS}} but triage did not open it - the department was at full escalation. Social worker informed 09:05. Baby well.
    """)),
    ("health", "near_miss", block("""
        Near miss - MDT invite with identifiers nearly sent to a personal e-mail.

        Meeting invite (draft, not sent)
        Subject: Frailty MDT - [[name:Jean Paterson]] [[nhs_number:304 417 8940]] / [[name:Arthur Bell]] [[nhs_number:208 304 0031]]
        When: [[date:Thursday 20 February 2025]] 13:00-14:00
        Where: {{Microsoft Teams}} meeting
        Required: Dr [[name:Nkechi Obi]]; [[name:Harriet Lowe]] ({{Community Matron}}); [[name:Dave Pickering]] <[[email:davepick55@example.com]]>; [[organisation:Linden Lodge Care Home]]

        Note: [[name:Dave]] volunteers with [[organisation:Age Well Northby]] and was carried over from a non-clinical planning meeting. Our coordinator, [[name:Gemma Price]], noticed the external address when the "external participants" banner appeared. She removed him and took the NHS numbers out of the subject line. Learning: invites are not a secure channel - subject lines now use initials only (e.g. [[name:JP]] / [[name:AB]]) and clinical detail goes in the {{EMIS}} record.
    """)),
    ("health", "success", block("""
        Success - pharmacist challenge on Teams stopped dual anticoagulation.

        [[name:Hamid Karimi]] (Ward Pharmacist) 10:41
        @[[name:Lucy Brennan]] bed 14 on [[organisation:Ash Ward]], Mr [[name:Thomas O'Rourke]] - he's charted {{apixaban}} 5 mg BD AND {{enoxaparin}} prophylaxis since admission. Can you hold the {{enoxaparin}} and I'll get the F1 to amend?
        [[name:Lucy Brennan]] (Nurse in charge) 10:43
        held, thanks [[name:Hamid]]. he had one dose last night
        [[name:Hamid Karimi]] 10:44
        ok - no more. I've messaged Dr [[name:Adebayo]]. please {{datix}} as a good catch

        Reporter note: Mr [[name:O'Rourke]] ([[age:79]]) was admitted from [[organisation:Beechcroft Nursing Home]], whose MAR listed his anticoagulant only by brand name ({{Eliquis}}), so the clerking doctor did not recognise it. No bleeding. This is the second dual-anticoagulation catch from that home this month; the pharmacy team has written to them and added a brand/generic check to medicines reconciliation.
    """)),
    ("health", "incident", block("""
        From: {{PALS}} <[[email:pals@example.nhs.uk]]>
        Sent: [[date:Wed 5 Feb 2025]] 11:30
        To: [[name:Charlotte Ng]] (Matron, Surgery)
        Subject: FW: complaint - my father's care on [[organisation:Sandpiper Ward]]

        [[name:Charlotte]], please see below and respond within 3 working days.

        > From: [[name:Gary Shaw]] <[[email:g.shaw.1962@example.com]]>
        > Sent: [[date:02 February 2025]] 21:16
        > My father [[name:Dennis Shaw]] (DOB [[date_of_birth:05/05/1938]]) was left in a wet bed for six hours on [[date:31 January]]. Nobody answered the call bell. My mobile is [[phone:07700 900233]].

        {{Matron}}'s note: I forwarded this whole chain to the "Surgery Band 6+" list to ask for statements. The list turned out to hold 86 people across four wards, one of whom lives on Mr [[name:Shaw]]'s street. [[name:Gary]] heard about it from a neighbour and raised a second complaint about confidentiality. Apology given in person. Learning: I now request statements with the complaint reference only ([[case_reference:PALS-25-0417]]) and share the text with named staff.
    """)),
    ("health", "near_miss", block("""
        Near miss - next-of-kin number on the discharge letter belonged to a stranger.

        From: [[name:Bola Adeyinka]] (Ward Clerk)
        To: [[name:Kaur, Jaspreet]]
        Subject: Mr [[name:Ivor Pugh]] - NOK number wrong

        Hi [[name:Jas]], before sending Mr [[name:Pugh]]'s discharge letter I rang the NOK number on {{PAS}} ([[phone:07700 900586]]) to say transport was booked. A lady answered who has never heard of him and says the number has been hers for three years. His daughter's real number ([[phone:07700 900591]]) was in the nursing admission notes all along.

        > On [[date:18/02/2025]] 15:12, [[name:Jaspreet Kaur]] wrote:
        > Brilliant spot [[name:Bola]]. Please update PAS and the letter, and check the other two going out today. [[name:JK]]

        Learning: Mr [[name:Pugh]] ([[age:90]]) lives alone and his daughter is his only contact; the letter would have told a stranger his discharge date. PAS details are now checked against the {{Summary Care Record}} and the patient at admission.
    """)),
    ("health", "success", block("""
        From: [[name:Mariam Siddiqui]] <[[email:manager@heatherbank.example.co.uk]]>
        Sent: [[date:Sat 1 Mar 2025]] 19:02
        To: {{Rapid Response}} Team
        Subject: thank you - [[name:Edna]]

        I wanted to say thank you to [[name:Connor]] and the nurse who came out this afternoon. [[name:Edna]] was frightened after her fall and we would normally have rung 999. Your team were here in under two hours.

        [[name:Mariam Siddiqui]]
        {{Registered Manager}}, [[organisation:Heatherbank Care Home]], [[address:2 Chapel Row]], Northby [[postcode:NB5 6DF]] | [[phone:01632 960422]]

        > From: [[name:Connor Reid]]
        > Sent: [[date:01 March 2025]] 19:40
        > Thanks [[name:Mariam]], lovely to hear. Passing to the team.

        Learning: Mrs [[name:Edna Marsh]] ([[age:94]]) had no injury but {{NEWS2}} 3 and a confused picture; {{urinalysis}} and history pointed to a UTI and she was started on {{nitrofurantoin}} at home. She avoided an ED wait and a likely admission. Care home calls to the team have doubled since the home managers' forum.
    """)),
    ("health", "incident", block("""
        Incident - patient transport took a discharged patient to her old address.

        From: [[name:Tracey Holt]] <[[email:tracey.holt@example.nhs.uk]]>
        Sent: [[date:Thu 13 Feb 2025]] 21:48
        To: Patient Transport Bookings <[[email:pts.bookings@example.nhs.uk]]>
        Subject: RE: Booking [[case_reference:PTS-884120]] - Mrs [[name:Nora Flynn]]

        Mrs [[name:Flynn]] has just come back to the ward in your vehicle. The crew took her to [[address:31 Quarry Hill]], [[postcode:NB3 8RJ]] - she moved to [[address:7 Saxon Way]], [[postcode:NB9 4EW]] in December, which is on her nursing notes and was on my booking form. The house was empty and the {{key safe}} code didn't work. She is [[age:81]] and very upset.
        [[name:Tracey]], {{Nurse in Charge}}, [[organisation:Linnet Ward]]

        Reporter note: the transport system pulled the address from {{PAS}} rather than the free-text booking field. PAS had not been updated because her GP re-registration was still pending. Mrs [[name:Flynn]] stayed overnight and went home safely next morning. Both systems now flag when addresses differ.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Lee Chapman]] ({{Paramedic}}) <[[email:lee.chapman@example.nhs.uk]]>
        Sent: [[date:Mon 24 Feb 2025]] 17:30
        To: Ward Manager, [[organisation:Curlew Ward]]
        Subject: {{ReSPECT}} form - transfer of Mr [[name:Alan Whitaker]]

        Hi, we collected Mr [[name:Whitaker]] ([[age:86]], NHS [[nhs_number:911 070 8472]]) today for transfer to [[organisation:Oakwood Hospice]]. The ward said his ReSPECT form was "in the notes", but the notes were not travelling with him. My crewmate went back up and found the original filed behind the drug chart. If he had arrested en route we would have had no documented decision and would have started {{CPR}}.

        [[name:Lee Chapman]]
        {{Paramedic}}, [[organisation:Northby Ambulance Station]]

        > On [[date:25/02/2025]] 08:55, [[name:Ngozi Eke]] wrote:
        > Thank you [[name:Lee]]. Agreed this was a near miss. From today the {{ReSPECT}} form goes in the transfer envelope and is checked off on the discharge checklist.
    """)),
    ("health", "success", block("""
        Success - young person home within 48 hours with a plan everyone could see.

        Meeting invite: Discharge planning - [[name:A.B.]] ({{paediatric}} ward)
        When: [[date:Wed 19 Mar 2025]] 14:00
        Required: [[name:Aaliyah Bennett]]; [[name:Michelle Bennett]] (mum); Dr [[name:Sunita Rao]] ({{CAMHS}} crisis); [[name:Jess Morgan]] (school nurse, [[organisation:Hawthorn High School]]); [[name:Tariq Mahmood]] (ward nurse)

        From: [[name:Tariq Mahmood]]
        Sent: [[date:19 March 2025]] 16:10
        Subject: RE: Discharge planning - [[name:A.B.]]

        Thanks all. [[name:Aaliyah]] ([[age:14]]) is medically fit after the {{paracetamol}} overdose and {{NAC}} course. Safety plan attached; she chose who sees it and agreed [[name:Jess]] can hold a copy at school.

        Learning: [[name:Aaliyah]] wrote the plan with [[name:Sunita]] in her own words, so she used it - she texted the crisis line on day 3 instead of self-harming.
    """)),
    ("health", "incident", block("""
        Incident - wound photos e-mailed from a personal account.

        From: [[name:Chloe Armitage]] <[[email:chloe.arm92@example.com]]>
        Sent: [[date:Sun 9 Mar 2025]] 20:03
        To: [[email:chloe.armitage@example.nhs.uk]]
        Subject: pics for TVN referral
        Attachments: IMG_4471.jpg; IMG_4472.jpg

        sacral sore bed 6, Mr [[name:Donnelly]] - {{category 3}} I think. will upload to the referral tomorrow

        Reporter ([[name:Chloe]], Staff Nurse, [[organisation:Kestrel Ward]]): the ward camera had been broken for two weeks, so I used my own phone to photograph Mr [[name:Raymond Donnelly]]'s {{pressure ulcer}} and e-mailed the photos to my work address. The second photo shows his wristband with his name and NHS number ([[nhs_number:955 805 1225]]). My phone backs up to {{iCloud}}, so copies sat on a personal cloud account for four days until the {{Tissue Viability}} nurse asked where the pictures had come from.

        Outcome: photos deleted from the phone, cloud and both mailboxes with IG watching. Mr [[name:Donnelly]] ([[age:77]]) and his wife were told. A replacement ward camera arrived [[date:14 March]].
    """)),
    ("health", "near_miss", block("""
        From: Radiology Reporting <[[email:radiology.urgent@example.nhs.uk]]>
        Sent: [[date:Fri 14 Mar 2025]] 16:20
        To: Dr [[name:Alistair Crawford]]
        Cc: [[organisation:Bittern Ward]] Nurses
        Subject: UNEXPECTED FINDING - CT chest - [[name:MOHAMMED, Yasmin]] [[case_reference:NGH 5519034]]

        Incidental 31 mm right upper lobe mass. Please action.

        Automatic reply: I am on annual leave, returning [[date:31 March 2025]]. For clinical matters please contact my secretary.

        On [[date:Fri 14 Mar 2025]] at 16:41, [[name:Yaw Owusu]] wrote:
        > Thanks [[name:Becky]] for forwarding the auto-reply to me. I've seen Mrs [[name:Mohammed]] ([[age:62]]) and explained the finding, and referred her on the {{two-week wait}} lung pathway. Discharge is on hold until the respiratory team review.
        > [[name:Yaw]] ({{medical registrar}})

        Learning: our ward clerk, [[name:Becky Sanderson]], spotted the auto-reply because the ward was copied in. Without that, the result would have waited 17 days and the patient would have gone home on Saturday. Radiology now sends unexpected findings to the ward and the consultant's team inbox, not just the named consultant.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        Incident - deferred defect not passed to crew after a tail swap.

        From: [[name:Rajesh Patel]] <[[email:rajesh.patel@skylark.example.com]]>
        Sent: [[date:16 March 2025]] 11:02
        To: Flight Safety <[[email:flightsafety@skylark.example.com]]>
        Subject: ASR - [[flight_number:SKL214]] APU inop not briefed

        Operating [[flight_number:SKL214]] this morning we were swapped at short notice from [[aircraft_registration:G-SKLA]] to [[aircraft_registration:G-SKLD]]. The swap message from {{Ops Control}} (below) gave the new tail but not the open {{MEL}} item for the {{APU}}. We found it in the tech log after boarding. The destination had no serviceable {{GPU}}, so we had a 50-minute delay on stand; cabin temperature reached 29°C and one passenger fainted. Cabin crew handled it very well.
        Capt [[name:Raj Patel]], {{ATR 72-600}} fleet

        > From: Ops Control <[[email:opscontrol@skylark.example.com]]>
        > Sent: [[date:16/03/2025]] 05:48
        > [[flight_number:SKL214]]/[[flight_number:SKL215]] now [[aircraft_registration:G-SKLD]] (was [[aircraft_registration:G-SKLA]], bird strike inspection). Crew pls ack. [[name:Dom]]

        Safety team note: the swap template now pulls open MEL items automatically and the controller phones the commander.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Amir Haddad]] <[[email:amir.haddad@northby-linemx.example.co.uk]]>
        Sent: [[date:Tue 4 Feb 2025]] 07:22
        To: [[organisation:Northby Into-Plane Fuels]] Duty Supervisor; {{Airport Duty Manager}}
        Subject: Fuelling near miss - stands 5/6

        At 06:40 bowser [[vehicle_registration:NX67 FTB]] was positioned and the hose was being connected to [[aircraft_registration:G-OFEN]] on {{stand 5}}. The fuel order was for [[aircraft_registration:G-OFEP]] on {{stand 6}}, needing 2,400 kg of {{Jet A-1}}. [[aircraft_registration:G-OFEN]] had an open engineering task on the left wing tank with panels off. I stopped the fueller, [[name:Lukasz]], before any fuel flowed.
        [[name:Amir Haddad]], B1 Licensed Engineer

        > On [[date:04/02/2025]] 09:10, [[name:Paul Greaves]] wrote:
        > Thanks [[name:Amir]]. [[name:Lukasz Mazur]] says the order on his handheld showed stand 5 - the aircraft were re-stood at 06:15 and the order was never updated. From today fuellers must confirm the registration with the engineer or dispatcher before connecting.

        Learning: the check is now on the fuel order itself, not on the stand number.
    """)),
    ("aviation", "success", block("""
        From: [[name:Margaret Kinnear]] <[[email:mkinnear48@example.com]]>
        Sent: [[date:Mon 3 Feb 2025]] 10:15
        To: Customer Relations <[[email:customer.relations@skylark.example.com]]>
        Subject: Thank you - booking [[case_reference:K7TQ2M]]

        Dear Sir/Madam, my husband [[name:Robert]] has used a wheelchair since his stroke and we were dreading our trip to Jersey on [[flight_number:SKL108]] on [[date:31 January]]. A young man called [[name:Tunde]] at the assistance desk stayed with us from check-in to the aircraft door, and the steward, I think [[name:Ollie]], explained the {{aisle chair}} to [[name:Robert]] before using it. He felt like a person, not a parcel.
        Kind regards, [[name:Margaret Kinnear]]

        Forwarded by [[name:Aisha Mahmoud]], Customer Relations: please pass on to [[name:Tunde Bakare]] ({{PRM}} team, [[organisation:Aeroserve Handling]]) and cabin crew [[name:Oliver Pryce]]. Booked as {{WCHC}} with 48 hours' notice, so the handling agent had the right equipment and a named assistant waiting. This is the {{Special Assistance}} journey working as designed.
    """)),
    ("aviation", "incident", block("""
        Incident - crew committed to exceed max FDP without the commander deciding.

        Teams chat, Crew Control, [[date:Fri 21 Feb 2025]]
        [[name:Leanne Carter]] (Crew Control) 19:58
        hi [[name:Ben]], [[flight_number:SKL377]] inbound is 1h40 late. you'd finish 00:55 which is 10 mins over max {{FDP}}. you ok to do it? need an answer in 5 or I'll have to cancel
        [[name:Ben Okafor]] (FO) 20:01
        I'm not the commander - have you asked Capt [[name:Gill]]?
        [[name:Leanne Carter]] 20:02
        can't get hold of him, he's parking. just need a yes 🙏
        [[name:Ben Okafor]] 20:04
        ok yes I suppose

        Reporter (Capt [[name:Harjit Gill]]): I found out at the aircraft. {{Commander's discretion}} is my decision after considering the whole crew's fatigue; here it was effectively made by a {{First Officer}} under time pressure over Teams. We were fit and operated, but I have filed an ASR so the process can be reviewed under {{Just Culture}}. Nobody is to blame individually - [[name:Leanne]] was covering two desks.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Fiona Drummond]] (ATC Watch Manager) <[[email:atc.watch@northby-airport.example.co.uk]]>
        Sent: [[date:Sat 8 Mar 2025]] 16:05
        To: Airside Operations; [[organisation:Aeroserve Handling]] Safety
        Subject: Vehicle incursion - {{holding point Charlie}} 14:37

        At 14:37 handling van [[vehicle_registration:YK21 HVN]] crossed the taxiway at {{holding point Charlie}} without clearance from {{Ground}}, about 200 m ahead of an {{Embraer 175}} ([[flight_number:BLX622]]) taxiing for {{runway 27}}. {{Tower}} stopped the aircraft. No contact.

        > On [[date:08/03/2025]] 17:20, [[name:Liam Gorman]] wrote:
        > I was the driver. I'd been told to get a GPU to stand 14 urgently and I thought the stop bar was off. I'm really sorry.

        [[name:Fiona]]'s note: the stop bar was lit. [[name:Liam]]'s airside driving permit ([[case_reference:ADP-30417]]) is suspended pending retraining; his supervisor says he had been on shift for eleven hours. The handling company is reviewing why GPU requests are being passed as "urgent" by radio.
    """)),
    ("aviation", "success", block("""
        From: [[name:Lin, Wendy]] <[[email:wendy.lin@example.com]]>
        Sent: [[date:Sun 16 Feb 2025]] 21:30
        To: Customer Relations
        Subject: [[name:Harvey]]'s flight - thank you

        I want to thank the staff who looked after my son [[name:Harvey Lin]] ([[age:11]]) on [[flight_number:SKL419]] to Aberdeen today. My sister collected him, but her passport is in her married name ([[name:Mei Chen]]) so it didn't match the {{UMNR}} form. Your agent [[name:Grace Olabode]] didn't just hand him over - she rang me on [[phone:07700 900728]], asked the security questions, and saw a photo of the marriage certificate before releasing him. It took ten minutes and I was glad of every one.
        [[name:Wendy]]

        Station note: [[name:Grace]] followed the {{unaccompanied minor}} handover procedure exactly, under pressure from a queue. Recognition sent via [[organisation:Aeroserve Handling]] Aberdeen.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Stuart Noble]] <[[email:stuart.noble@skylark.example.com]]>
        Sent: [[date:Wed 26 Feb 2025]] 14:12
        To: {{Data Protection Officer}}
        Subject: Data breach - passenger manifest [[flight_number:SKL530]]

        At 05:30 today our outstation controller sent the final manifest for [[flight_number:SKL530]] (68 passengers: names, passport numbers, seats and {{SSR}} codes) to [[email:ops@avonhandling.example.com]] instead of our agent, [[email:ops@avonground.example.com]]. The wrong company is a competitor at the same airport.

        > On [[date:26/02/2025]] 11:48, [[name:Debbie]] at [[organisation:Avon Handling]] wrote:
        > Hi, we've received a manifest that isn't ours - deleted from inbox and deleted items. [[name:Debs]]

        [[name:Stuart Noble]] | Station Manager | [[phone:01632 960390]]

        Learning: the manifest included four {{MEDA}} passengers' medical codes, which raises the severity. Outstation addresses are now locked contacts rather than typed. The DPO will decide on {{ICO}} notification within 72 hours.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Dariusz Kowalczyk]] (B1 Engineer)
        Sent: [[date:Thu 6 Mar 2025]] 18:35
        To: Technical Services; {{Ops Control}}
        Subject: [[aircraft_registration:G-SKLE]] - bird strike report sent to a dead inbox

        Capt [[name:Eilidh MacLeod]] and crew of [[flight_number:SKL233]] reported a possible bird strike on approach at 16:50 and e-mailed [[email:linemx.nby@skylark.example.com]], which was retired in January. The auto-reply said "this mailbox is no longer monitored". [[aircraft_registration:G-SKLE]] was planned out again at 17:40. I only saw the entry because I read the {{tech log}} while on board for another task. Found {{snarge}} on the left propeller spinner and the radome; inspection nil damage, released 18:20 with a 40-minute delay.

        > On [[date:06/03/2025]] 19:02, [[name:Eilidh MacLeod]] wrote:
        > Thanks [[name:Darek]]. We did write it in the tech log too, but assumed the e-mail would get someone out to us.

        Learning: retired mailboxes must redirect, not just auto-reply.
    """)),
    ("aviation", "success", block("""
        From: [[name:Kirsty Allan]] ({{Senior Cabin Crew Member}})
        Sent: [[date:Sun 23 Feb 2025]] 09:10
        To: Flight Safety
        Subject: [[flight_number:SKL902]] diversion - thank you to crew

        On [[date:Sat 22 Feb 2025]] [[flight_number:SKL902]] ([[aircraft_registration:G-SKLF]]) diverted to Manchester after Mr [[name:Desmond Clarke]] ([[age:58]], {{seat 9C}}) developed chest pain. Dr [[name:Aisling Byrne]], travelling as a passenger, assisted; we gave oxygen and his own {{GTN}} spray, and the captain declared {{PAN PAN}}. Paramedics met the aircraft on stand.

        > On [[date:Wed 26 Feb 2025]] at 10:15, [[name:Lorraine Clarke]] <[[email:lorraine.clarke@example.com]]> wrote:
        > My husband had a heart attack and has had a stent fitted. The cardiologist said the quick landing made the difference. Please thank the crew and the doctor. [[name:Lorraine]]

        Learning: the crew used the medical checklist and the {{MedLink}} call together rather than one after the other, which saved time.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Nicola Fairbairn]] <[[email:nicola.fairbairn@skylark.example.com]]>
        Sent: [[date:Tue 11 Mar 2025]] 22:10
        To: Flight Safety; Cabin Services
        Subject: MOR - smoke from power bank, [[flight_number:SKL641]] [[aircraft_registration:G-SKLB]]

        About 35 minutes after take-off a power bank in the seat pocket of {{14A}} began to smoke. The passenger, Mr [[name:Jiahao Chen]], alerted [[name:Kyle]], who fetched the {{Halon}} extinguisher while I got water. The device went into the {{fire containment bag}} and was monitored for the rest of the flight. Capt [[name:Nadeem Shah]] elected to continue. No injuries.

        [[name:Nicola Fairbairn]] | Cabin Manager | [[phone:07700 900655]]

        > On [[date:12/03/2025]] 08:30, [[name:Kyle Brennan]] wrote:
        > Mr [[name:Chen]] had three power banks in total. Nobody at the gate mentioned them when bags were tagged for the hold.

        Learning: gate staff now ask about spare lithium batteries for every gate-tagged bag.
    """)),
    ("aviation", "near_miss", block("""
        From: Load Control <[[email:loadcontrol@aeroserve.example.co.uk]]>
        Sent: [[date:Sun 2 Mar 2025]] 06:52
        To: [[name:Hannah Goldberg]]
        Subject: Revised loadsheet [[flight_number:SKL611]] - edition 2

        [[name:Hannah]], revised loadsheet sent after the crew query. Original showed 14 bags in {{hold 1}}, actual 41 per the {{LIR}}. {{MACTOW}} moved from 24.1 to 27.9.

        > ACARS 06:40
        > LOADSHEET QUERY [[flight_number:SKL611]] HOLD 1 BAGS 14 NOT CONSISTENT WITH DISPATCHER REPORT OF FULL HOLD PLS CHECK [[name:ROBERTS]]

        Reporter ([[name:Hannah]], load agent): I transposed the figure from the radio call. Capt [[name:Gwyn Roberts]] noticed because the dispatcher, [[name:Femi]], had told him hold 1 was full. The trim would still have been inside limits, but only just. Learning: hold figures are now read back by the loader and entered from the LIR, not from memory.
    """)),
    ("aviation", "success", block("""
        Success - separated child found in 12 minutes. Slack #terminal-ops, [[date:Sat 12 Apr 2025]].

        [[name:shauna.p]] 11:02 AM
        lost child at security lane 4 - boy, [[age:5]], [[name:Musa]], red {{Spider-Man}} jacket. parents Mr and Mrs [[name:Diallo]] with {{Terminal Duty Manager}}
        [[name:kev.o]] 11:04 AM
        CCTV has him through lane 2 with another family at 10:55
        [[name:shauna.p]] 11:09 AM
        found in {{WHSmith}} airside with [[name:Jordan]] from retail. walking him back
        [[name:shauna.p]] 11:14 AM
        reunited with mum [[name:Aminata]] 👍

        Reporter ([[name:Shauna Pickett]]): [[name:Kevin]] in the CCTV suite went straight to the footage rather than waiting for a full search, and [[name:Jordan]] kept [[name:Musa]] at the till and talked to him about his jacket until we arrived. Learning: lane staff now ask "who is this child with?" when children pass through trays separately.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Gemma Whitlock]] <[[email:gemma.whitlock@aeroserve.example.co.uk]]>
        Sent: [[date:Sat 1 Feb 2025]] 18:20
        To: ID Centre <[[email:idcentre@northby-airport.example.co.uk]]>
        Subject: LOST airside pass [[case_reference:ASC-558201]]

        Hi, I've lost my airside ID pass, number [[case_reference:ASC-558201]], probably in the staff car park. Please cancel it. [[name:Gemma]]

        Automatic reply: LOST airside pass [[case_reference:ASC-558201]]
        The ID Centre is open Monday to Friday, 08:00-16:00. Your e-mail will be dealt with on the next working day.

        Reporter (Security Compliance): the pass was not cancelled until 09:10 on [[date:Mon 3 Feb]]. At 05:30 on Sunday it was presented at {{Staff Search}} Post 2 by a man who was not [[name:Gemma]]; the officer saw the photo didn't match and held him. Police log [[case_reference:PL-0202-0044]]. Lost passes must be reported at any hour to the {{Security Control Room}}, and the auto-reply now says so with the number, [[phone:01632 960100]].
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Ken Aldridge]] <[[email:airfieldmanager@ashbyvale.example.org.uk]]>
        Sent: [[date:Sun 9 Mar 2025]] 19:40
        To: All members; [[organisation:Ashby Vale Flying Club]] instructors
        Subject: Safety notice - runway incursion today

        Members, at 14:22 [[aircraft_registration:G-BZRT]] ({{Cessna 152}}) backtracked {{runway 24}} while [[aircraft_registration:G-CKNT]] was on a two-mile final. The {{Air/Ground}} operator, [[name:Sue]], called it and [[aircraft_registration:G-CKNT]] went around. Both pilots have spoken to me and I am grateful for their honesty; names withheld.

        Please: call "lining up and backtracking" on the frequency, and look up the final approach before you enter. Radio is not a clearance here.

        [[name:Ken Aldridge]]
        Airfield Manager, [[organisation:Ashby Vale Airfield]]
        [[address:Manor Farm, Long Lane]], Ashby Vale [[postcode:LE9 3TN]] | [[phone:01632 960184]]
        Please do not forward this notice outside the club.
    """)),
    ("aviation", "success", block("""
        Success - de-icing shared fairly in freezing fog. Slack #deice-coord, [[date:Tue 14 Jan 2025]].

        [[name:dan.whelan]] 05:41
        fog and -4, two rigs only. proposed order: [[flight_number:SKL101]] stand 3, [[flight_number:BLX610]] stand 8, [[flight_number:KTR22]] stand 11?
        [[name:abi.n]] ([[organisation:Skylark]] ops) 05:43
        [[flight_number:SKL101]] boarded, ready when you are
        [[name:tomasz.k]] 05:44
        [[flight_number:KTR22]] can wait, crew still doing walkround
        [[name:dan.whelan]] 05:52
        rig 1 on [[flight_number:SKL101]], {{Type II}}, start 05:51. {{holdover time}} to crew by radio

        Reporter ([[name:Daniel Whelan]], De-icing Coordinator): one channel for all three operators meant nobody jumped the queue on the radio and every crew knew their slot. All three departed within 20 minutes of schedule with no re-sprays.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Joanne Pearce]] ({{SCCM}})
        Sent: [[date:Fri 28 Mar 2025]] 23:55
        To: Security; Flight Safety
        Subject: Disruptive passenger [[flight_number:SKL755]] - police met aircraft

        Passenger in {{seat 22F}}, Mr [[name:Lewis Hargreaves]], was drunk on boarding and became abusive to [[name:Amrit]] when refused a third drink. He was given a {{yellow card}} warning, then grabbed [[name:Amrit]]'s wrist. Capt [[name:Ola Adeyemi]] requested police, who met the aircraft on stand. Crime ref [[case_reference:NB/25/118842]].

        > On [[date:29/03/2025]] 08:14, [[name:Amrit Sohal]] wrote:
        > I'm ok, bit bruised. Happy to give a statement.

        Learning: the gate agent had flagged him as "merry" but the note never reached the cabin. {{Operation Disrupt}} guidance is being re-briefed to ground staff.
    """)),
]


def main() -> None:
    records = build_records("blind58", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
