"""Held-out blind corpus 239: 50 hand-written UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or of any other corpus) so that the corpus
measures how well de-identification generalises. Every person, organisation, place and number
is invented.

Settings:
- social_care (17): a children in need and private fostering team - CIN plans and reviews,
  private fostering notifications and visits, interpreters, schools and health partners.
- health (17): a sexual health and contraception clinic - walk-in and booked appointments,
  partner notification, under-16 safeguarding assessments, results by text, outreach.
- aviation (16): a flight training school's helicopter division - PPL(H) and CPL(H) students,
  instructors, hover and autorotation practice, refuelling from a bowser, the training area.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams/WhatsApp/Slack with handles), handover notes,
minutes with attendance and apologies, pipe-separated tables, radio/RT transcripts and call
transcripts, shout-outs and thank-you notes.

Mark-up (see markup.py): [[label:value]] marks an identifier, {{term}} a must-not-redact mention.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind239.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care (17)
    ("social_care", "incident", prose("""
pf visit [[date:tues 12th]] - {{private fostering}} arrangement for [[name:tobi]] ([[age:14yo]]) staying w
family friend mrs [[name:adeyemi]] at [[address:14 arkwright st, hulmeworth]]. {{interpreter}} booked for
{{Yoruba}} but didnt show, agency ([[organisation:LinguaBridge]]) say booking was for {{wed}} not {{tues}}.
did visit in english, [[name:tobi]] translated for mrs [[name:adeyemi]] which is NOT ok as hes the
subject of the {{assessment}}. couldnt check her understanding of {{DBS}} / {{reg 8}} stuff properly.
{{school}} ([[organisation:Fernlea High]]) not told yet hes living there. rebooked for [[date:19/3]] w face
to face interp. {{TM}} [[name:Gaz]] aware. need to raise w {{commissioning}} re the booking error, 3rd
time this qtr. - [[name:shaz]]
""")),
    ("social_care", "near_miss", block("""
From: [[name:Hope Mwangi]] <[[email:hope.mwangi@wakeworth.gov.uk]]>
To: {{CIN Practice Leads}}
Sent: [[date:04 March 2024]] 16:52
Subject: near miss - {{CIN review}} minutes nearly sent to wrong parent

Hi all,

Flagging a near miss from today. After the {{CIN review}} for the [[name:Kowalczyk]] children
([[case_reference:CIN/24/0381]]) I went to email the minutes and {{Outlook}} auto-filled {{dad}}'s
address instead of {{mum}}'s. {{Dad}} must not receive anything showing mum's new address (there is a
{{non-molestation order}} in place). I only noticed because the preview showed "[[name:Piotr K]]".
Minutes went to mum only, at [[email:agnieszka.k84@mailbox.co.uk]], and the address section has been
taken out of the version for dad.

Suggest we switch off auto-complete on shared laptops and add an address check to the
{{CIN review}} checklist.

Thanks,
[[name:Hope]]

[[name:Hope Mwangi]] | {{Social Worker}} | [[organisation:Ashgrove CIN Team]]
[[organisation:Wakeworth Metropolitan Borough Council]] | [[phone:07700 900418]]
""")),
    ("social_care", "success", block("""
[09:12] [[name:Dawn Achterberg]]: massive shout out to @[[name:Kwame]] for the {{PF notification}} last week 👏
[09:13] [[name:Dawn Achterberg]]: {{school nurse}} at [[organisation:St Wilfrid's]] flagged a {{Year 9}} girl living with an "{{aunt}}" who turned out to be no relation. [[name:Kwame]] had the notification logged, the visit done inside the 7 working days and {{DBS}} checks started before {{half term}}
[09:15] [[name:Kwame Asante-Boateng]]: thank u! team effort - [[name:Precious]] in {{business support}} got the {{Tigrinya}} interpreter booked same day
[09:16] [[name:Precious Ndlovu]]: 😊 happy to help
[09:17] [[name:Dawn Achterberg]]: and the {{IRO}} said the first {{PF}} review was the clearest she's read. this is what good looks like
[09:18] [[name:Dawn Achterberg]]: adding to the {{Practice Standards}} newsletter
""")),
    ("social_care", "incident", prose("""
On [[date:7 March 2024]] I attended for a statutory {{CIN visit}} to [[name:Lily-Mae Sutcliffe]],
[[age:aged 6]], at the address held on our case management system ({{Mosaic}}). The door was answered
by an elderly man who said the family had moved out in {{January}}. On checking, the new address
([[address:Flat 3, 22 Coldbeck Road]], [[postcode:WK7 2PB]]) had been given to {{health visiting}} and
to [[organisation:Brookside Primary]] but had not been passed on to us. Before realising, I had told
the occupier that I was a {{social worker}} from {{Children's Services}} looking for the family, which
is a breach of confidentiality. I apologised and left. {{Mum}}, [[name:Kerry Sutcliffe]], was contacted
on [[phone:07700 900235]] and the visit was completed that afternoon. The {{Information Governance}}
team have been notified (ref [[case_reference:DP-2403-117]]). Recommendation: addresses are checked
with {{school}} and {{GP}} before each visit, and the {{CIN plan}} front sheet shows the date the
address was last verified.
""")),
    ("social_care", "near_miss", block("""
CHRONOLOGY - near miss, {{CIN}} initial visit
Case: [[case_reference:CIN-24-0522]]   Child: [[name:Hevin Aziz]] (DOB [[date_of_birth:02/11/2013]])

10:05  Arrived at [[address:9 Quarry Bank Terrace]], [[postcode:WK3 9HD]] with {{interpreter}} booked via [[organisation:Brightwater Language Services]] ({{Kurmanji}}).
10:10  Interpreter introduced herself as "[[name:Rojda]]". {{Mum}} greeted her by name and hugged her.
10:12  Asked privately: interpreter is {{mum}}'s cousin by marriage. Not declared at booking.
10:15  Visit paused. Explained to mum we need an independent interpreter; mum agreed.
10:40  {{Telephone interpreter}} via [[organisation:TalkNow Interpreting]] used instead. Visit completed.
11:30  Informed {{practice supervisor}} [[name:Faith Oyelaran]]. Complaint raised with [[organisation:Brightwater]].

Outcome: nothing shared before the pause, but it would have compromised [[name:Hevin]]'s voice about the {{bruising}} reported by the {{DSL}} at [[organisation:Moorside Academy]].
Learning: ask every interpreter at the door to confirm they have no relationship with the family.
""")),
    ("social_care", "success", prose("""
Thank-you for the learning log. Big thanks to Mr [[name:Ferreira]] (the {{DSL}} at
[[organisation:Calderbrook Primary]]) and to [[name:Joy]] from the {{school nursing}} team for the
{{CIN review}} for [[name:Ayaan]] and [[name:Zara]] on [[date:Wednesday 20 March]]. Both sent written
updates 48 hours early as agreed in the {{CIN plan}}, and [[name:Joy]] had already booked the
{{paediatric}} appointment for [[name:Zara]]'s {{enuresis}}. {{Dad}} said it was the first meeting
where he didn't feel 'talked at', and [[name:Ayaan]] drew his own {{three houses}} picture for the
meeting. The {{Signs of Safety}} scaling moved from 3 to 6 and we agreed a step-down to {{Early Help}}
at the next review. Good partnership work - please pass this on to the [[organisation:Calderbrook]]
SLT. [[name:Bill]] ({{team manager}})
""")),
    ("social_care", "incident", block("""
HANDOVER Fri -> {{EDT}}   (from [[name:Sunny]] / [[name:R.K.]])

1) [[name:Mariam Haidari]], [[age:15]], {{PF}} with family friend Ms [[name:Gulnaz Rahimi]], [[address:41 Tanners Row]], [[postcode:WK2 5LU]].
   INCIDENT: {{school}} ([[organisation:Holme Valley College]]) rang 14:50 - [[name:Mariam]] not in since {{Tuesday}}. Ms [[name:Rahimi]] not answering [[phone:07700 900731]]. Not yet reported {{missing}}.
   I did not get out to visit (no pool car free). Pls do {{welfare check}} tonight. If no contact by 21:00, report to {{police}} as missing and notify {{MASH}}.
2) [[name:Dylan]] ([[case_reference:CIN-24-0190]]) - no issues, {{CIN plan}} visit done.

Pool car [[vehicle_registration:WK21 HZD]] back at {{the hub}} with 1/4 tank.
""")),
    ("social_care", "near_miss", block("""
[[date:14/03/2024]], 18:22 - [[name:Amber Kaczmarek]]: sorry all ignore pic above, wrong group!!
[[date:14/03/2024]], 18:22 - [[name:Amber Kaczmarek]]: deleted for everyone
[[date:14/03/2024]], 18:24 - [[name:Tash]]: what was it?
[[date:14/03/2024]], 18:25 - [[name:Amber Kaczmarek]]: page 1 of the {{CIN plan}} for the [[name:O'Donnell-Fraser]] boys. meant for our team chat not the {{netball}} group 🙈
[[date:14/03/2024]], 18:26 - [[name:Tash]]: did anyone open it?
[[date:14/03/2024]], 18:27 - [[name:Amber Kaczmarek]]: {{blue ticks}} say seen by 1 - [[name:Gemma]]. rang her, she's deleted it

Added by reporter: reported to {{IG}} as a near miss ([[case_reference:IG-NM-0419]]). Agreed no case info on personal phones or {{WhatsApp}} - {{Teams}} only. [[name:A.K.]]
""")),
    ("social_care", "success", block("""
{{CIN REVIEW}} MEETING - MINUTES
Child: [[name:Blessing Okonjo]] (DOB [[date_of_birth:19.06.2010]])   Ref: [[case_reference:CIN/23/1147]]
Date: [[date:26.03.2024]]   Venue: [[organisation:Hollybank Family Hub]]

Present: [[name:Blessing]]; {{Mum}} ([[name:Chiamaka Okonjo]]); [[name:Rose Tan]] ({{social worker}}, chair); [[name:Lorna McAvoy]] ({{Head of Year}}, [[organisation:Greystones Academy]]); Dr [[name:Iqbal]] ({{GP}}, [[organisation:Tenterfield Surgery]])
Apologies: [[name:Pat Hennessy]] ({{school nurse}}); {{CAMHS}}

1. Progress: [[name:Blessing]] attending 96%, no missing episodes since [[date:12 January]].
2. [[name:Blessing]] asked to be called "[[name:Bee]]" in meetings - agreed.
3. Outcome: close {{CIN plan}}, step down to {{Early Help}}; {{Team Around the Family}} led by [[name:Lorna]].

Learning: first review where the young person chaired part of the meeting herself - worked really well.
""")),
    ("social_care", "incident", block("""
PRIVATE FOSTERING - INCIDENT FORM
Reporter: [[name:Jakub Dvořák]], {{Family Support Worker}}
Young person: [[name:Nguyen Thi Lan]]   DOB: [[date_of_birth:03/08/2008]]   Ref: [[case_reference:PF-0093]]
Carer: Mrs [[name:Tran]]   NI no: [[ni_number:JT 48 21 93 C]]
Address: [[address:7 Weaver's Court, Millbridge]]   Postcode: [[postcode:WK9 3XD]]

What happened: On [[date:2 April]] I found that the {{private fostering}} notification for [[name:Lan]] had been in the {{generic inbox}} since [[date:11 March]]. It had not been opened because the subject line was in Vietnamese. The statutory visit within 7 working days was missed by 9 days.
[[name:Lan]] was safe and well when seen on [[date:3 April]].
Immediate action: {{Team Manager}} informed; {{Regulation 4}} visit completed; not notifiable to {{Ofsted}}.
Cause: the {{generic inbox}} has no named owner on {{Fridays}}.
""")),
    ("social_care", "near_miss", prose("""
near miss today - had the paper {{CIN}} meeting notes for [[name:ellis]] + [[name:jayden]] on the back
seat of my car ([[vehicle_registration:YF19 ORX]]) in [[organisation:Tesco]] car park. window smashed on
the car next to mine. mine fine but made me think - paper notes shdnt be in a car at all, we r meant to
be paperless since the {{Mosaic}} upgrade. told [[name:Mo]] ({{senior prac}}) + shredded them at the
office. suggest lockable box in pool cars or stop printing for {{CIN}} meetings full stop. also
{{GDPR}} refresher for {{newly qualified}} staff?? -[[name:kb]]
""")),
    ("social_care", "success", prose("""
Learning report - good practice. The {{CIN}} assessment for [[name:Marcus]] ([[age:aged 9]]) and his
sister [[name:Ivy]] ([[age:aged 4]]) involved {{Dad}}, [[name:Stefan Wróbel]], who is {{Deaf}} and uses
{{BSL}}, and {{Mum}}, who speaks {{Polish}}. Our practitioner, [[name:Grace Ahenkorah]], booked a
{{BSL interpreter}} and a {{Polish}} interpreter through [[organisation:Signal Access Ltd]] for the same
visit, arranged the seating so both parents could see each other, and asked the {{health visitor}}
from [[organisation:Ravensworth 0-19 Service]] to join for the second half. Both parents said it was
the first time they had been in the same conversation with professionals. The {{CIN plan}} was
written in plain English with a translated copy, and [[name:Grace]] recorded a signed summary video for
{{Dad}}, saved to the file. Sharing as a practice example for {{Practice Week}}.
""")),
    ("social_care", "incident", block("""
{{PF}} visit tracker - exceptions ([[date:w/c 8 April]])

Child        | Ref                             | Carer               | Due                | Seen               | Worker        | Note
[[name:Sana B]]       | [[case_reference:PF-0101]] | Mrs [[name:Begum]]      | [[date:08/04]] | [[date:12/04]] | [[name:HO]]   | late, carer abroad
[[name:Oskar]]        | [[case_reference:PF-0104]] | [[name:Henrik L]]   | [[date:09/04]] | not seen alone     | [[name:Will]] | INCIDENT
[[name:Thandi M]]     | [[case_reference:PF-0097]] | Ms [[name:Khumalo]]     | [[date:10/04]] | [[date:10/04]] | [[name:HO]]   | ok

INCIDENT: [[name:Oskar]] ([[age:16]]) was not seen alone on [[date:09/04]] because his {{uncle}} ([[name:Henrik]]) would not leave the room.
[[name:Will]] escalated to {{TM}}; joint visit with {{EWO}} booked. {{Regulation 8}} visit now overdue. {{School}} say attendance down to 71%.
""")),
    ("social_care", "near_miss", block("""
From: [[name:Sipho Dlamini]] <[[email:s.dlamini@wakeworth.gov.uk]]>
To: [[name:Eszter Horváth]]
Subject: RE: near miss - records nearly merged

Hi [[name:Eszter]],

Thanks for spotting this. Summary for the learning log:
[[organisation:Ravensworth 0-19 Service]] sent a referral for [[name:Amir Hassan]], DOB [[date_of_birth:14/05/2017]], {{NHS number}} [[nhs_number:401 023 2137]]. We already hold an [[name:Amir Hassan]] ([[date_of_birth:14/05/2016]], [[case_reference:CIN-22-0874]]), a different child at a different school. {{Mosaic}} suggested a merge and it was one click from being accepted. [[name:Eszter]] checked the {{NHS number}} against the existing record and they did not match.

Agreed with {{Business Support}} that merges now need two people and an {{NHS number}} check.

Regards,
[[name:Sipho]]
{{Data Quality Officer}}
""")),
    ("social_care", "success", block("""
⭐ SHOUT-OUT ⭐
To: [[name:Mark Oyelowo-Hart]] ({{Senior Practitioner}})
From: [[name:Sinéad]] and the {{duty}} desk
Re: the [[name:Nowak]] {{private fostering}} case

[[name:Mark]] noticed a {{Year 11}} student's {{free school meals}} form at [[organisation:Low Moor High School]] listed an adult at the address who wasn't a parent. It turned out [[name:Ola]] had been living with a family friend for 5 months and nobody had notified us. He did the visit with a {{Polish interpreter}} the same week, helped the carer complete the {{notification}}, and got [[name:Ola]] registered with [[organisation:Greenhead Medical Centre]].
{{Ofsted}}'s {{ILACS}} feedback named {{PF}} awareness as an area to develop, and this is exactly it. Thank you [[name:Mark]]!
""")),
    ("social_care", "incident", prose("""
Incident summary. On [[date:Monday 15 April]] a man phoned [[organisation:St Cuthbert's C of E Primary]]
claiming to be '[[name:Dan]] from {{Children's Services}}' and asked whether [[name:Ruby-Jean Marsh]]
([[age:aged 8]]) was in school and what time she finished. The {{school office}} confirmed both.
[[name:Ruby-Jean]] is on a {{CIN plan}} and her father is subject to a {{non-molestation order}}. Nobody
called [[name:Dan]] works in our team. The {{DSL}}, Mrs [[name:Hallworth]], realised when the
{{social worker}}, [[name:Joanna Pietrzak]], rang later that day. Police were informed (log
[[case_reference:0412]] of [[date:15/04]]) and {{Mum}} collected [[name:Ruby-Jean]] early. No harm
occurred. Actions: schools reminded to call back via the {{MASH}} switchboard on
[[phone:0113 496 0857]] before sharing anything; {{CIN plan}} updated with named collection
arrangements.
""")),
    ("social_care", "near_miss", block("""
#cin-duty   [[date:Thu 18 Apr]]
@[[name:jess.m]] 11:02  anyone booked the {{Arabic}} interp for the [[name:Haddad]] {{CIN review}} at 2?
@[[name:dev_p]] 11:04  thought [[name:Hana]] did?
@[[name:hana.s]] 11:05  I booked it for the [[date:28th]] not the [[date:18th]] 😬
@[[name:jess.m]] 11:05  omg
@[[name:hana.s]] 11:09  [[organisation:Brightwater]] can do 2pm by phone but not face to face
@[[name:dev_p]] 11:10  {{dad}}'s hearing isn't great, phone won't work. ask {{IRO}} to move to 3.30?
@[[name:jess.m]] 11:22  {{IRO}} ok w 3.30, interp confirmed in person 👍 {{school}} + {{HV}} told
@[[name:hana.s]] 11:25  logging as near miss. we need a 2nd check on interp bookings, the date box on the form is tiny
""")),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
quick one b4 clinic - {{chlamydia}} +ve result txt went to the wrong mob this am. pt [[name:kirsty]]
([[case_reference:SH-448201]]) updated her no. at {{reception}} on [[date:2/5]] but the {{EPR}} still had
the old one ([[phone:07700 900562]]). person on the old no. replied 'who is this??'. msg only said pls
call the clinic re your recent test so no result given, but the clinic name is in the {{sender ID}}.
rang [[name:kirsty]] on her new no., booked in for {{doxycycline}} + {{PN}} today. {{datix}} done
[[case_reference:DX-22914]]. [[name:Bola]] can u remind recep team to update the {{EPR}} not just the
paper slip. ta, [[name:Nic]] ({{HCA}})
""")),
    ("health", "near_miss", prose("""
A young person booked online for {{emergency contraception}} on [[date:Saturday 11 May]], giving her
age as [[age:16]]. At {{triage}}, {{Staff Nurse}} [[name:Delphine Mbeki]] noticed that the date of birth
on the [[organisation:Heathfield Grange Surgery]] summary record was [[date_of_birth:22/09/2009]],
making her [[age:14]]. The {{under-16 risk assessment}} had not been triggered because the online form
uses stated age only. [[name:Delphine]] completed the {{Fraser guidelines}} assessment and the
{{Spotting the Signs}} proforma, which identified a partner [[age:aged 23]]. A referral was made to
{{MASH}} the same day ([[case_reference:MASH-24-3318]]) and the {{named nurse}} was informed. This was a
near miss because the booking system would otherwise have let her be seen as an adult. Request: the
booking system should pull the date of birth from the {{Spine}} rather than rely on what is typed in.
""")),
    ("health", "success", block("""
From: [[name:Olamide Bankole]] <[[email:olamide.bankole@nhs.net]]>
To: {{Outreach Team}}
Subject: thank you for Friday's outreach

Hi all,

Just a quick thanks to [[name:Sunny Kapoor]] and [[name:Hazel]] for the outreach session at [[organisation:Marlowe College]] on [[date:17 May]]. 38 students tested for {{chlamydia}} and {{gonorrhoea}}, 12 {{C-Card}} registrations, and two young people disclosed concerns that [[name:Hazel]] handled brilliantly - {{under-16}} assessments done on site and the college {{DSL}} looped in.
The {{LARC}} leaflet in Ukrainian that [[name:Sunny]] translated with [[name:Olena]] from the student union was used three times. This is exactly what the {{commissioners}} want to see.

[[name:Olamide]]
{{Lead Nurse}}, [[organisation:Linden Centre for Sexual Health]] | [[phone:0161 496 0213]]
""")),
    ("health", "incident", block("""
INCIDENT TIMELINE - delayed {{PEPSE}}
Pt: [[name:Tomasz Wiśniewski]]   Hosp no: [[case_reference:LC 220917]]   NHS: [[nhs_number:485 777 3015]]

[[date:Sun 19 May]] 23:40  {{condom}} failure with partner of unknown {{HIV}} status
[[date:Mon 20 May]] 08:30  {{walk-in}} full; pt told by reception to come back {{Tuesday}}
10:15  pt rang {{helpline}}; {{Health Adviser}} [[name:Yaw Mensah]] recognised {{PEPSE}} need and called him back in
11:05  seen by {{SpR}} Dr [[name:Lindiwe Ncube]]; {{PEPSE}} started 11:25 (~36h post exposure, inside the 72h window)

Impact: no harm, but a 3 hr avoidable delay and a real risk he would not have come back.
Cause: the reception turn-away script does not list {{PEP}} or {{emergency contraception}} as "must see today".
Action: script updated [[date:22/05]]; reception briefed at {{huddle}}.
""")),
    ("health", "near_miss", block("""
[[name:Chloé Martin]]  13:02
anyone in clinic 3 seen the {{Depo}} fridge temp? display says 11.2
[[name:Ife]]  13:03
max is 8! was fine at the 9am check
[[name:Chloé Martin]]  13:04
door wasn't shut properly, someone propped it with a box of {{Nexplanon}} packs lol
[[name:Raj]]  13:10
quarantine everything, don't use. I'll ring the manufacturer's {{medical information}} line re {{Sayana Press}} and {{Depo-Provera}} stability
[[name:Raj]]  13:41
ok, within {{excursion}} limits as under 24h. back in use but log it please
[[name:Ife]]  13:43
logged as near miss [[case_reference:DX-23077]]. thanks [[name:Raj]] 🙏 will ask {{Estates}} for a door alarm
""")),
    ("health", "success", prose("""
Good practice report: {{partner notification}} for infectious {{syphilis}}. After a positive result on
[[date:3 June]], {{Health Adviser}} [[name:Rukhsana Bibi]] worked with the index patient
([[case_reference:LC 231144]]) over three conversations to identify five contacts, two known only by
first name and an app username. Using {{provider referral}} and anonymous {{PN}} texts, all five were
contacted within ten days; four attended and were treated with {{benzathine penicillin}}, one tested
negative. [[name:Rukhsana]] also linked with the {{UKHSA}} health protection team about a possible
cluster and set up a {{pop-up}} testing session at the [[organisation:Crown and Anchor]] with the
venue manager, [[name:Tony]]. The index patient fed back that he 'never once felt judged'. Shared for
the {{BASHH}} audit and team learning.
""")),
    ("health", "incident", block("""
INCIDENT REPORT FORM
Ref: [[case_reference:DX-23190]]          Date of incident: [[date:06/06/2024]]
Reported by: [[name:Siobhán Ní Bhriain]], {{Band 6}} {{nurse}}
Patient A: [[name:Jordan Pryce]]   DOB [[date_of_birth:12/01/1999]]   NHS [[nhs_number:612 938 4718]]
Patient B: [[name:Jordan Price]]   DOB [[date_of_birth:30/07/2001]]
Location: {{walk-in}} clinic, room 4

Description: two patients with near-identical names attended within 20 min. {{NAAT}} swabs for {{Patient A}} were labelled with {{Patient B}}'s barcode. Found by the lab at [[organisation:Kirkby Moor Pathology]] because the sample type ({{vulvovaginal swab}}) did not match the sex on the record. Both patients recalled for repeat tests.
Harm: none; 5-day delay in results.
Contributing factors: labels printed in batches; no {{positive patient identification}} at the point of labelling.
""")),
    ("health", "near_miss", prose("""
nr miss in {{LARC}} clinic - pt booked for {{Cu-IUD}} fit, {{UPSI}} 9 days ago, hca hadn't done the
{{pregnancy test}}. dr [[name:hussain]] caught it at the {{time out}} before {{speculum}} in. test +ve
(v early). fit cancelled, referred to {{EPAU}} at [[organisation:Kirkby Moor General]] + offered
{{counselling}}. checklist has the box but its right at the bottom & ppl tick it all at once.
[[name:Keertana]] suggested moving it to the top. pt [[name:jade]] ([[age:19yo]]) v upset, follow up call
booked w [[name:shaz]] for tmrw
""")),
    ("health", "incident", block("""
From: [[name:Aisha Al-Mansouri]] <[[email:a.al-mansouri@nhs.net]]>
To: [[name:Ben Whitlock]] <[[email:ben.whitlock@nhs.net]]>
Cc: {{Caldicott Guardian}}
Subject: Incident [[case_reference:DX-23301]] - result text read by parent

[[name:Ben]],

As discussed. On [[date:12 June]] a [[age:16-year-old]] patient, [[name:Ellie-Rae]], had her {{trichomonas}} result texted to the mobile on her record, [[phone:07700 900884]]. That number is her {{mum}}'s - she gave it at an earlier visit when her own phone was broken. Mum read the text and came to clinic angry. [[name:Ellie-Rae]] has since told us she does not feel safe at home. The {{safeguarding lead}} has seen her and a {{MASH}} referral has been made.
Learning: for under-18s we must confirm the number is theirs and private at every visit, and the text should say "please call" rather than name the infection.

[[name:Aisha]]
{{Clinical Lead}}, {{Young People's Service}}, [[organisation:Linden Centre]]
""")),
    ("health", "success", prose("""
Shout-out!! 🎉 Massive thanks to [[name:Joy]] on {{reception}} who noticed a girl hanging around the
{{waiting room}} on [[date:Tues 18th]] without booking in. [[name:Joy]] quietly offered her a drink and
a leaflet, found out she was [[age:13]] and had come with a much older 'boyfriend' who was waiting in a
car outside ([[vehicle_registration:KX68 TWF]]). She got {{Nurse}} [[name:Faith]] straight away, who did
the {{safeguarding}} assessment in a side room while [[name:Joy]] kept an eye on the car park. Police
attended and it is now a {{CSE}} investigation. [[name:Joy]] says she 'just had a feeling'. We'd all
love that feeling! From [[name:Tariq]] and the whole {{Tuesday}} team 💜
""")),
    ("health", "incident", block("""
HANDOVER - evening clinic -> {{am}}
- {{PEP}} pt ([[name:D.O.]]) given 5 day {{starter pack}}, needs 28 day supply from {{pharmacy}} - pharmacy shut at 7, NOT done. Pls call him first thing on [[phone:07700 900116]].
- INCIDENT: {{emergency contraception}} ({{ulipristal}}) given to [[name:Sophia Kouris]] ([[case_reference:LC 240562]]) who takes {{carbamazepine}} ({{enzyme inducer}}) - should have been offered {{Cu-IUD}} or double-dose {{levonorgestrel}}. Found when I reviewed notes at 19:50. Rang pt, she's coming back for {{IUD}}, booked 09:00. Datix still to do - [[name:Lucia]] pls help.
- Fridge temps fine. CD cupboard locked, keys w security.
[[name:Mei Ling]] ({{nurse in charge}})
""")),
    ("health", "near_miss", block("""
SAFETY HUDDLE - [[organisation:Linden Centre]] - [[date:Wed 26 June]]
Attendees: [[name:Mei Ling Chua]] (chair), [[name:Kofi Boateng]], [[name:Lucia Ferraro]], [[name:Amber Hughes]], [[name:Will Ogundipe]], [[name:Sage]] ({{student nurse}})
Apologies: Dr [[name:Rahimi]]

1. Near miss: an {{under-16}} {{safeguarding proforma}} was saved to the wrong patient's notes (same surname, [[name:Kovač]]) on [[date:24/06]]. Found by [[name:Kofi]] during the {{record-keeping audit}}. Moved and access logged; no disclosure.
2. {{Chaperone}} policy: [[name:Amber]] to update the sign on the {{clinic room}} doors.
3. {{Outreach}} bus ([[vehicle_registration:MX70 BHV]]) back from service {{Thursday}}.
Actions: two identifiers (name + DOB) checked before saving any {{proforma}} to the {{EPR}}.
""")),
    ("health", "success", block("""
CALL RECORD - verbatim extract ({{recorded line}}), [[date:2 July]] 14:12
{{HA}}: [[organisation:Linden Centre]], {{Health Adviser}} speaking, it's [[name:Dawit]].
Caller: hi um I got a text saying to ring about my results
HA: No problem. Can I take your full name and date of birth?
Caller: [[name:Chidera Eze]], [[date_of_birth:4th of March 2006]]
HA: Thanks [[name:Chidera]]. Before I go on - are you somewhere you can talk privately?
Caller: I'm at work... hang on... ok I'm in my car now
HA: Great. Your {{gonorrhoea}} test came back positive. It's very treatable, it's one injection. Could you come in today?
Caller: today? I finish at four
HA: I can book you for 16:30. We'll also talk about letting partners know - we can do that anonymously if you like.
Caller: yeah ok. thank you

Reviewer comment: textbook call - privacy checked before any result, {{ceftriaxone}} same day, {{partner notification}} started. Shared at {{team meeting}}. [[name:Grace Eluwa]], {{Lead Health Adviser}}
""")),
    ("health", "incident", block("""
SMS results batch [[date:08/07/24]] - failures (from {{SMS gateway}} log)

Patient              | Hosp no                         | Mobile                      | Status
[[name:K. Osei]]             | [[case_reference:LC 240711]] | [[phone:07700 900302]] | undelivered
[[name:Bartłomiej Zając]]    | [[case_reference:LC 240715]] | [[phone:07700 900649]] | undelivered
[[name:F Haddad]]            | [[case_reference:LC 240720]] | [[phone:07700 900077]] | delivered x3

Incident: the two undelivered messages were not followed up for 6 days because the failure report goes to a {{shared mailbox}} nobody checks on {{Mondays}}. One was a reactive {{HIV}} {{point-of-care test}} needing a confirmatory test. A gateway retry fault also sent the "please call the clinic" text three times to [[name:F Haddad]].
Action: ticket with supplier [[organisation:TextFlow Health Ltd]] ([[case_reference:TF-55021]]); daily failure check added to the {{admin}} rota.
""")),
    ("health", "near_miss", prose("""
During a booked {{contraception}} review on [[date:Thursday 11 July]], a woman ([[age:aged 24]])
attended with her husband, who insisted on staying and answering for her. A {{Dari}} interpreter from
[[organisation:Polyglot Link]] joined by phone. {{Nurse Practitioner}} [[name:Parisa Tehrani]] speaks
{{Dari}} and noticed the interpreter was softening the {{routine enquiry}} question about feeling safe at
home. [[name:Parisa]] asked the husband to step out for the examination, as our {{chaperone}} policy
allows, and asked the question directly. The woman disclosed {{coercive control}} and asked for an
{{implant}} without her husband knowing. {{IDVA}} [[name:Bushra]] from [[organisation:Safe Harbour Northfield]]
saw her the same day. Near miss: without [[name:Parisa]]'s {{Dari}} the disclosure would not have
happened. Feedback sent to the agency; {{face-to-face}} interpreters to be the default for
{{DVA}} routine enquiry.
""")),
    ("health", "success", prose("""
learning/good news - {{school nurse}} [[name:hannah w]] at [[organisation:Oakfield Academy]] rang re a
[[age:15yo]] lad asking abt {{PrEP}}. instead of just signposting she walked him over on
[[date:wed 17/7]] at lunch & stayed til he was seen by [[name:Kemi]]. {{Fraser}} competent, no {{CSE}}
flags, started {{PrEP}} + {{hep B}} vacc, {{STI screen}} neg. he said he'd never have come on his own.
nice joined up work, thx [[name:hannah]] + [[name:Kemi]] x - [[name:Pip]]
""")),
    ("health", "incident", block("""
#outreach-team
@[[name:tunde.a]] 16:40  heads up - lost the paper {{consent}} sheets from the [[organisation:Bridgeside Youth Club]] session today 😫
@[[name:noor]] 16:41  lost how??
@[[name:tunde.a]] 16:43  think they blew out of the van when we packed up in the car park. 9 names + DOBs, 2 were {{under-16}} assessments
@[[name:noor]] 16:44  going back now to look
@[[name:noor]] 17:20  found 6 sheets in the hedge, 3 still missing incl one {{under-16}} 😬
@[[name:c.martin]] 17:25  ok this needs {{Datix}} + {{IG}} breach report today. I'll tell Dr [[name:Whitlock]]. and we move outreach to tablets asap
@[[name:tunde.a]] 17:31  {{Datix}} done, [[case_reference:DX-23412]]. sorry all
""")),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
RT TRANSCRIPT (from {{tower tape}}) - [[date:14 March 2024]]
14:02:10  STU: [[organisation:Netherby Tower]], [[aircraft_registration:Golf Hotel Tango Kilo Charlie]], {{solo}}, at {{Hotel One}}, ready for departure to the {{training area}}
14:02:18  {{TWR}}: [[aircraft_registration:Kilo Charlie]], hold position, {{PA28}} on short final {{runway 27}}
14:02:22  STU: Cleared departure, [[aircraft_registration:Kilo Charlie]]
14:02:25  TWR: [[aircraft_registration:Kilo Charlie]], NEGATIVE, HOLD POSITION
14:02:29  STU: ...holding, [[aircraft_registration:Kilo Charlie]]

Note: [[aircraft_registration:G-HTKC]] ({{Robinson R22}}) lifted to the hover and moved about 10 m towards the runway before stopping. The {{PA28}} went around. Student [[name:Callum Reid]] ({{PPL(H)}}, 32 hrs) said he was expecting a departure clearance and heard what he expected. {{ATC}} filed an {{MOR}} ([[case_reference:OR-2024-03311]]). Debrief by [[name:Inês Carvalho]] ({{CFI}}); {{readback}} drills added to the pre-solo checks.
""")),
    ("aviation", "near_miss", prose("""
On [[date:Tuesday 2 April]] the duty {{refueller}} brought the {{Jet A-1}} bowser
([[vehicle_registration:NX17 FGK]]) to the {{helipad}} to refuel [[aircraft_registration:G-ROTR]], a
{{Robinson R22}} that runs on {{AVGAS 100LL}}. The student, [[name:Hamza Qureshi]], had asked {{Ops}} on
the radio for 'fuel for [[aircraft_registration:Romeo Tango Romeo]]' and the request was passed on
without the grade. The hose was being unreeled when instructor [[name:Joy Whitfield]] saw the black
{{Jet A-1}} decal and stopped it. No fuel was transferred. The two bowsers are parked side by side in
the {{fuel farm}} and look almost identical from the front. Actions: every fuel request states the
grade; the {{AVGAS}} bowser to be re-liveried red; the {{fuel order form}} to include registration and
grade.
""")),
    ("aviation", "success", prose("""
Shout-out to {{CPL(H)}} student [[name:Mateus Oliveira]] for his handling on [[date:8 April]]. On a solo
{{navex}} in [[aircraft_registration:G-HTBN]] he noticed a drop in {{MAP}} and rough running, applied full
{{carb heat}}, told [[organisation:Netherby Radar]] early and picked a field just in case. The engine
recovered; he came straight back and wrote it up in the {{tech log}} himself. Textbook
{{threat and error management}} on a damp {{April}} day - exactly when {{carb icing}} bites. Well done
too to [[name:Ray]] in {{Ops}}, who was on {{flight following}} and pre-warned the {{duty instructor}}.
- [[name:Inês]] ({{CFI}})
""")),
    ("aviation", "incident", block("""
OCCURRENCE CHRONOLOGY   Ref [[case_reference:HTS-OCC-0142]]
Aircraft: [[aircraft_registration:G-HTPZ]] ({{Cabri G2}})   Date: [[date:16/04/2024]]
Crew: {{FI}} [[name:Daniel Ashworth]]; student [[name:Yuki Tanaka]] ({{PPL(H)}}, 9.4 hrs)

10:20  {{Hover}} exercise on {{Area B}}, airfield grass.
10:34  Student practising {{spot turns}}; wind gusting 15 kt across.
10:36  Aircraft drifted back while turning downwind; {{tail guard}} touched the ground. FI took control.
10:38  Landed, shut down. Walk-round: scuffed tail guard, no visible {{Fenestron}} damage.
11:15  [[organisation:Kestrel Aero Maintenance]] grounded the aircraft for inspection.

Notes: [[name:Yuki]] had only flown hover exercises in light winds. No written wind limit for early hover lessons. {{MOR}} submitted to the {{CAA}}.
""")),
    ("aviation", "near_miss", block("""
RT EXTRACT - [[organisation:Netherby Radar]] - [[date:23 April]]
15:41:05  RAD: [[aircraft_registration:Golf Charlie X-ray]], traffic twelve o'clock, four miles, a {{Dash 8}} descending through two thousand feet on the {{ILS}}, report visual
15:41:14  HEL: Looking, [[aircraft_registration:Charlie X-ray]]
15:41:40  RAD: [[aircraft_registration:Charlie X-ray]], confirm altitude
15:41:44  HEL: Climbing through two thousand two hundred for another {{autorotation}}, [[aircraft_registration:Charlie X-ray]]
15:41:50  RAD: [[aircraft_registration:Charlie X-ray]], you are restricted not above one thousand five hundred feet, descend immediately
15:42:02  RAD: [[flight_number:Pennine Two One Seven]], traffic, a helicopter in your one o'clock, two miles, indicating two thousand one hundred feet, descending

Note: FI [[name:Bogdan Ionescu]] and student [[name:Leilani Kahale]] ({{CPL(H)}}) climbed to gain height for an {{autorotation}} entry and forgot the altitude cap on the part of the {{training area}} under the approach. Closest point about 1.2 nm / 400 ft. The [[flight_number:PX217]] crew did not file an {{Airprox}}. {{MOR}} raised by the school.
""")),
    ("aviation", "success", block("""
From: [[name:Priyanka Raghunathan]] <[[email:p.raghunathan@haverleigh-heli.co.uk]]>
To: All Ops; {{Engineering}}
Date: [[date:30 April 2024]]
Subject: Thank you - bowser water catch

Morning all,

A well-deserved thank you to [[name:Bill Kershaw]]. During the {{daily water check}} on the {{AVGAS}} bowser ([[vehicle_registration:YJ15 MUD]]) on [[date:Monday 29th]] he found a cloudy sample and quarantined the bowser before the {{morning wave}}. [[organisation:AeroFuel Northern]] have confirmed water got in through a perished {{filler cap}} seal. Six aircraft were due to fuel from it, including two {{first solos}}.
[[name:Bill]]'s persistence in re-sampling rather than just draining the {{sump}} and carrying on is exactly the culture we want.

Regards,
[[name:Priyanka]]
{{Head of Training}} | [[organisation:Haverleigh Helicopters]] | [[phone:0113 496 0774]]
""")),
    ("aviation", "incident", prose("""
occ report - sorry brief, off to next sortie. [[date:3/5]] {{autos}} practice w [[name:kasia]] in
[[aircraft_registration:G-HTMW]]. on the 3rd {{power recovery}} auto she raised the lever late in the
{{flare}} & we touched skids at ~10kts fwd speed on the {{grass strip}}. firm not hard. i shd have
taken control earlier, was watching her hands not the {{RRPM}}/height. engineers ([[name:baz]]) checked
{{skids}} + {{cross tubes}}, no damage, a/c released. talked it thru w [[name:kasia]], she's fine, 2 more
dual sorties before she does solo {{autos}}. {{MOR}} prob not reqd? asked [[name:Inês]]. - [[name:Rob]]
{{FI(H)}}
""")),
    ("aviation", "near_miss", block("""
[[name:Owen Pritchard]]  08:12
is the {{training area}} NOTAM'd today? there's a {{gliding}} comp at [[organisation:Eldwick Gliding Club]]
[[name:Keisha]]  08:14
yes - saw it late, the {{NOTAM}} came out last night. 3 sorties briefed without it 😬
[[name:Owen Pritchard]]  08:15
stop them, I'll re-brief
[[name:Matteo Rossi]]  08:20
[[name:Sam]] already airborne in [[aircraft_registration:G-HTLL]], just called them on {{company frequency}}, staying south of the {{motorway}}
[[name:Keisha]]  08:40
all crews re-briefed. problem is {{NOTAM}} emails go to the {{ops inbox}} which nobody checks before 08:30
[[name:Owen Pritchard]]  08:42
logging as near miss. from tmrw the {{duty instructor}} prints NOTAMs at 07:30
""")),
    ("aviation", "success", block("""
SAFETY REVIEW BOARD - MINUTES - [[date:15 May 2024]]
Present: [[name:Inês Carvalho]] ({{CFI}}), [[name:P. Raghunathan]] ({{HoT}}), [[name:Gareth Lloyd-Jones]] ({{Safety Manager}}), [[name:Ray Tembo]] ({{Ops}})
Apologies: [[name:Baz]] ({{Engineering}})

Item 3 - Learning: {{autorotation}} training
Since the new {{autorotation}} brief card came in on [[date:1 March]] there have been zero {{RRPM}} exceedances across 212 practice autos (previous quarter: 4). [[name:Gareth]] credited the card written by FI [[name:Chen Wei]] and the 'entry gate' check at 1,500 ft. Students [[name:Tayo]] and [[name:Rowan]] described using it in their {{CPL(H)}} {{skills test}} prep.
Action: adopt the card for the {{PPL(H)}} course; share with the [[organisation:Northern Rotor Safety Forum]] ([[name:Gareth]]).
""")),
    ("aviation", "incident", block("""
GROUND INCIDENT REPORT
Ref: [[case_reference:HTS-GND-0057]]      Date/time: [[date:21/05/2024]] 11:45
Reporter: [[name:Tadhg Ó Súilleabháin]], {{line engineer}}
Vehicle: {{AVGAS}} bowser [[vehicle_registration:YJ15 MUD]]   Driver: [[name:Lee]]
Aircraft: [[aircraft_registration:G-HTRS]] ({{R44 Raven II}})

What happened: the bowser drove off with the {{bonding lead}} still clipped to the aircraft's {{skid}}. The lead pulled tight and the clip snapped off. No damage to the aircraft, no fuel spilt, {{fire cover}} not needed. [[name:Lee]] had been called to a second aircraft on the radio part-way through the refuel.
Contributing: no walk-round of the bowser before moving; one person refuelling alone during the {{morning wave}}.
Actions: 'remove before drive' flag on the lead; two-person refuelling when more than 4 aircraft are waiting.
""")),
    ("aviation", "near_miss", block("""
OPS HANDOVER   [[date:Fri 24/05]] PM
- [[aircraft_registration:G-HTKC]] u/s - {{hydraulics}} caption, [[name:Baz]] aware, parts {{Monday}}.
- NEAR MISS: solo student [[name:Aleksander Nowicki]] reported {{wires}} at {{confined area}} site {{Charlie 3}} - new {{power lines}} since the last site survey. He saw them on his {{recce}}, aborted and climbed away. Site closed on the board until re-surveyed. Pls tell all FIs - [[name:Hope]] is briefing the {{CPL(H)}} course on Mon.
- {{AVGAS}} bowser at 40% - order placed with [[organisation:AeroFuel Northern]], PO [[case_reference:PO-88213]].
- Duty mobile [[phone:07700 900944]] on charge in the {{crew room}}.
Handed over: [[name:Keisha]] -> [[name:Owen]]
""")),
    ("aviation", "success", prose("""
Thank-you note for the {{Safety Bulletin}}. Thanks to [[name:Summer]] ({{PPL(H)}} student) for her
honest report after her solo on [[date:29 May]]. After landing she found the {{oil dipstick}} on
[[aircraft_registration:G-HTBN]] had not been fully secured, and reported it to the {{duty instructor}}
straight away instead of quietly fixing it. Because she did, we found that the {{pre-flight checklist}}
cards printed in {{March}} were missing that line. All cards have now been replaced and
[[organisation:Kestrel Aero Maintenance]] checked the engine bay - no oil loss. Thank you
[[name:Summer]] - that's what {{just culture}} is for. [[name:Inês]] & [[name:Gareth]]
""")),
    ("aviation", "incident", prose("""
During {{hover taxi}} back to the {{apron}} on [[date:5 June]], [[aircraft_registration:G-HTPZ]] passed
within 15 m of the visitor car park at [[organisation:Haverleigh Helicopters]]. {{Downwash}} lifted a
loose {{A-board}}, which struck a parked car ([[vehicle_registration:LD64 XRW]]) belonging to a
{{trial lesson}} customer, Mr [[name:Adeyinka]]. His daughter ([[age:aged 7]]) was standing about 5 m
away and was not hurt. The student, [[name:Jun-ho Park]], was following the taxi route painted on the
grass; instructor [[name:Will Fairbrother]] had not noticed that the route now ran closer to the car
park since it was extended, and neither the {{aerodrome}} chart nor the paint had been updated.
{{MOR}} submitted and the insurer informed. Actions: route re-painted 30 m further out, A-boards
weighted or removed, visitor area fenced.
""")),
    ("aviation", "near_miss", block("""
[[date:11/06/2024]], 07:51 - [[name:Jonny H]]: morning, who's got [[name:Anh]] for his solo {{nav}} at 9?
[[date:11/06/2024]], 07:53 - [[name:Grace]]: me. just checked his file - {{Class 2 medical}} expired [[date:9 June]]!!
[[date:11/06/2024]], 07:53 - [[name:Jonny H]]: 😳 he's already done the {{walk-round}}
[[date:11/06/2024]], 07:58 - [[name:Grace]]: told him, he's gutted. {{AME}} booked for thurs, today's now a dual lesson with me
[[date:11/06/2024]], 08:05 - [[name:Ray Tembo]]: {{booking system}} should flag this - it only checks the {{licence}}, not the medical. raising with [[organisation:FlightLogix]]
[[date:11/06/2024]], 08:07 - [[name:Grace]]: ta. near miss form done. we'd have sent him {{solo}} on an invalid {{medical}}
""")),
    ("aviation", "incident", block("""
TECH LOG EXTRACT - [[aircraft_registration:G-HTBN]] ({{R22 Beta II}})

Date           | Sortie | Crew                                              | Entry
[[date:17/06]] | 2      | [[name:A. Nowicki]] / FI [[name:Ashworth]]       | {{autos}}, nil defects
[[date:17/06]] | 3      | [[name:Kasia Zielińska]] / FI [[name:Rob Hale]]   | {{circuits}}, nil defects
[[date:18/06]] | 1      | FI [[name:Chen Wei]] ({{daily inspection}})       | {{overspeed indicator}} tripped - a/c grounded

Narrative: [[organisation:Kestrel Aero Maintenance]] confirmed the overspeed at the {{daily}}. FI [[name:Ashworth]] later said {{RRPM}} went briefly to about 112% in an {{autorotation}} {{flare}} on sortie 2, but he thought it was inside the transient limit so it was not written up. The aircraft was off line for 3 days for the {{overspeed inspection}}.
Actions: transient limits added to the {{autorotation}} brief card; every RRPM exceedance to be written up - no judgement calls.
""")),
    ("aviation", "success", block("""
#safety-wins
@[[name:ines.c]]  shout out to @[[name:dawid]] ({{PPL(H)}}, week 3) who called "{{knock it off}}" during a dual {{EOL}} on [[date:Thu 27 June]] when he spotted a dog walker on the {{grass strip}} 👏
@[[name:dawid]]  😅 just saw a hi-vis and a labrador
@[[name:gareth.lj]]  great call. 2nd time this month the {{public footpath}} gate's been left open. [[organisation:Dalesway Fencing]] are back [[date:Tue 2 July]] to fit a self-closer
@[[name:ines.c]]  adding to the {{Safety Bulletin}}. students - you can ALWAYS call it off, whoever is flying
""")),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind239", REPORTS))
