"""Held-out blind corpus 344: 50 hand-written UK incident, near-miss and learning reports.

Written blind (without looking at the de-identifier or any other corpus) so that the corpus
measures how well de-identification generalises. Every person, organisation, place and number
is invented. Three settings:

- social_care (17): a local-authority virtual school for children in care (personal education
  plans, suspensions and exclusions, tutoring, designated teachers, school moves).
- health (17): a community learning disability team (health facilitation, annual health checks,
  positive behaviour support, mental capacity and best interests, acute liaison).
- aviation (16): a police air support unit (helicopter crews, tactical flight officers, night and
  NVG operations, searches, pursuits, occurrence reporting).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack), handover notes, minutes with attendance and
apologies, pipe tables, radio (RT) transcripts, shout-outs and thank-you notes.

Mark-up: [[label:value]] marks an identifier, {{term}} a mention that must not be redacted.
"""

# ruff: noqa: E501
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind344.jsonl"

REPORTS = [
# ---------------------------------------------------------------- social care: virtual school
("social_care", "incident", prose("""
pls read b4 mon. {{PEP}} for [[name:kayden]] ([[age:13yo]], {{yr 8}}) at [[organisation:cleverdon academy]]
went ahead at 2pm but i attached the wrong draft to the invite - it was [[name:leila]]'s pep from
[[organisation:moorgate primary]] incl her {{SDQ}} scores + {{EHCP}} bits. went to [[name:kayden]]'s
{{foster carer}} [[name:dionne]] and to the {{IRO}}. [[name:dionne]] rang me within 10 mins, deleted it
+ confirmed by txt. IRO ([[name:piet]]) has deleted too, emailed to confirm. ive told [[name:leila]]'s
{{social worker}} and the {{DPO}}, logged as [[case_reference:VS-DB-0417]]. my fault, had both kids open
in the {{ePEP}} system and was rushing between meetings. from now on one pep per sitting + check the
name on the attachment b4 sending. - [[name:tash]]
""")),
("social_care", "near_miss", prose("""
On [[date:14 November]] the {{Designated Teacher}} at [[organisation:Ashdown Park Academy]],
Mr [[name:Idris Vaughan-Mbeki]], emailed to say that [[name:Sunny]] ([[age:aged 10]]) would move to a
{{reduced timetable}} of mornings only from the following {{Monday}}. This had been agreed verbally with
the {{foster carers}} but not with the {{social worker}}, the {{IRO}} or the {{Virtual School}}, and no
plan or end date was attached. [[name:Sunny]] has an {{EHCP}} that names {{1:1 support}} in the
afternoons. The {{Virtual School Head}}, [[name:Ros Adeyemi]], phoned the {{Head}} the same afternoon and
the change was paused pending an emergency {{PEP}} on [[date:17/11]]. At that meeting a
{{Pupil Premium Plus}} bid was agreed for extra {{TA}} hours instead. No harm occurred, but
[[name:Sunny]] would have lost around ten hours of education a week with no review date. Contributing
factor: the {{Designated Teacher}} was new in post and unaware of our part-time timetable protocol.
Action: protocol added to the termly {{DT}} induction pack. Ref [[case_reference:VSH/NM/2023/118]].
""")),
("social_care", "success", block("""
{{Teams}} – vs-caseworkers channel
[09:14] [[name:Grace Obuya]]: shout out to [[name:Will]] for sorting [[name:Jaydon]]'s {{tutor}} within 48 hrs of the {{suspension}} on [[date:2 Feb]] 👏 he'd have been sat at home with nothing
[09:15] [[name:Will Tremaine]]: ha thanks. [[organisation:Kestrel Tuition]] had a maths tutor free, {{DBS}} checked, 3 x 2hr a week at {{the library}} till the {{PRU}} place starts
[09:17] [[name:Hope Nakashima-Reid]]: nice one. did {{PP+}} cover it?
[09:17] [[name:Will Tremaine]]: yep, signed off by [[name:RA]] same day
[09:20] [[name:Grace Obuya]]: carer says he's actually looking forward to it. that's a first!!
[09:21] [[name:Hope Nakashima-Reid]]: 🙌 can we put it in {{Friday}}'s {{DT}} bulletin as good practice?
[09:22] [[name:Will Tremaine]]: go for it, just no names pls
""")),
("social_care", "incident", block("""
Incident chronology – unofficial exclusion
Child: [[name:Tomasz Wiśniewski]] ({{Year 10}}), [[organisation:St Bede's RC High School]]
Prepared by: [[name:Anjali Raghunathan]], {{Education Caseworker}}
Date of incident: [[date:07/03/2024]]

10:40  [[name:TW]] in an argument with a {{PE}} teacher in the changing rooms.
11:05  {{Deputy Head}} rings [[organisation:Oakhill House]] ({{children's home}}) to say [[name:TW]] is being "sent home to calm down". No letter. Not recorded as an {{exclusion}}.
11:30  [[name:TW]] put in a [[organisation:Streamline Cars]] taxi (reg [[vehicle_registration:YK19 HZD]]) on his own.
11:50  Taxi drops him at the home. One staff member on shift (two others at a {{CLA review}}). [[name:TW]] left in the lounge unsupervised for ~20 min.
13:10  {{Registered Manager}} emails the {{Virtual School}}.
14:00  I phoned the {{Headteacher}}. Agreed this was an {{unlawful exclusion}}; school to record it as a {{suspension}} and send the statutory letter.

Outcome: no injury. [[name:Tomasz]] told me he "liked going home early" – real risk this becomes a pattern. Raised with the {{DT}} and {{IRO}}. Logged [[case_reference:VS-INC-24-0093]].
""")),
("social_care", "near_miss", block("""
From: [[name:Bill Adebayo-Hart]] <[[email:b.adebayo-hart@harrowfield.gov.uk]]>
To: VS Duty <[[email:vsduty@harrowfield.gov.uk]]>
Sent: [[date:Thursday 23 May 2024]] 16:02
Subject: near miss - school letter to birth parent (ref [[case_reference:VS-NM-0288]])

Hi all,

Flagging a near miss. [[organisation:Pennington Vale Primary]] printed its {{SATs}} letters from the {{MIS}} today and the one for [[name:Faith]] ([[age:aged 11]]) was addressed to her birth mother at [[address:41 Coldharbour Road]], [[postcode:HX7 2RN]]. The MIS still had mum as {{priority contact 1}} from before the {{Care Order}}. The letter showed the school's name, logo and [[name:Faith]]'s class.

The office manager, [[name:Joy]], noticed the surname didn't match the {{foster carer}} and pulled it before the post went. Nothing was sent.

I've asked the {{DT}} to fix the contacts and flag "no contact – {{court order}}" on the MIS. We should check the other 3 children in care there too.

Big thanks to [[name:Joy]] for spotting it.

[[name:Bill]]
[[name:Bill Adebayo-Hart]] | {{Education Caseworker}} | [[organisation:Harrowfield Virtual School]]
[[phone:01632 960418]]
""")),
("social_care", "incident", block("""
MINUTES – emergency {{PEP}} following {{permanent exclusion}}
Date: [[date:19 January 2024]]    Venue: {{MS Teams}}
Child: [[name:Ruby-Mae Sinclair]]    DOB: [[date_of_birth:02/09/2009]]    LA ref: [[case_reference:CLA-55190]]

Present: [[name:Ros Adeyemi]] ({{VSH}}, chair); [[name:Daniel Ochieng]] ({{social worker}}); Ms [[name:Ingrid Halvorsen]] ({{DT}}, [[organisation:Ridgeway School]]); [[name:Pat]] and [[name:Gerry Lomax]] ({{foster carers}}); [[name:Ruby-Mae]] (first 15 mins)
Apologies: Dr [[name:Esme Kowalczyk]] ({{EP}}); [[name:Siobhán Ní Bhriain]] ({{IRO}})

1. [[name:Ruby-Mae]] was permanently excluded on [[date:16/01]] after an assault on a peer. The school did not contact the {{Virtual School}} before deciding, contrary to {{DfE}} exclusions guidance and our local protocol.
2. No {{sixth-day provision}} in place; [[name:RM]] has been at home since. [[name:Pat]] reports low mood and late nights.
3. Agreed: place at [[organisation:Lowfield Learning Centre]] from [[date:25 Jan]], transport via the LA. {{Governors}}' review – [[name:RA]] to attend.

Actions: [[name:RA]] to write to the {{Chair of Governors}}; [[name:DO]] to update the {{care plan}}; [[name:IH]] to send work packs daily until the start date.
""")),
("social_care", "success", block("""
Subject: thank you – [[name:Mo]]'s results
To: Mrs [[name:Harpreet Kaur-Bhamra]], {{Designated Teacher}}, [[organisation:Northfield Park School]]

Dear Mrs [[name:Kaur-Bhamra]],

I wanted to say a proper thank you. When [[name:Mohammed]] ("[[name:Mo]]") came to you in {{Year 10}} after three placement moves he had missed most of {{Key Stage 3}}. You pushed for {{Pupil Premium Plus}} to fund small-group English, made sure every {{PEP}} had targets he actually understood, and you were the one who rang his {{social worker}} when the placement wobbled in the spring. On [[date:22 August]] he collected a grade 5 in maths and 4s in English and science, and he starts the {{Level 2}} motor vehicle course at [[organisation:Harrowfield College]] in {{September}}.

[[name:Mo]] asked me to pass on "cheers miss". I am sharing this with our {{Corporate Parenting Board}} as an example of what a committed {{DT}} can do.

With thanks,
[[name:Ros Adeyemi]]
{{Virtual School Head}}, [[organisation:Harrowfield Virtual School]]
""")),
("social_care", "near_miss", block("""
[[date:12/06/2024]], 15:41 - [[name:Marisol Quispe]]: hiya, [[name:Leo]] says school took photos at sports day for the website + {{Facebook}}?? he's not meant to be in any pics
[[date:12/06/2024]], 15:44 - [[name:Kwame B]]: on it, ringing the office now
[[date:12/06/2024]], 16:02 - [[name:Kwame B]]: ok spoke to the {{DSL}}. 40ish photos in a draft album, NOT published yet. they've taken all of [[name:Leo]]'s out. his {{photo consent}} flag didn't transfer on the {{CTF}} when he moved from [[organisation:Brookside Juniors]]
[[date:12/06/2024]], 16:03 - [[name:Marisol Quispe]]: thank god. his birth dad's family follow that page
[[date:12/06/2024]], 16:05 - [[name:Kwame B]]: yep. logging it as a near miss ([[case_reference:VS-NM-0301]]) and asking them to check the flags for all their {{CLA}}
[[date:12/06/2024]], 16:05 - [[name:Kwame B]]: will let the {{SW}} know too
[[date:12/06/2024]], 16:06 - [[name:Marisol Quispe]]: thanks hun x
""")),
("social_care", "incident", block("""
INCIDENT REPORT FORM – {{Virtual School}}
Child name: [[name:Oluwaseun Bankole]] (known as [[name:Shay]])
DOB: [[date_of_birth:30/04/2010]]
LA ref: [[case_reference:CLA-48823]]
Placement address: [[address:Flat 3, 18 Tannery Walk, Harrowfield]] [[postcode:HX2 9PL]]
School: [[organisation:Harrowfield Academy]] ({{Year 9}})
Date of incident: [[date:08/02/2024]]
Reported by: [[name:Hope Nakashima-Reid]], {{Education Caseworker}}

What happened:
[[name:Shay]] told his {{key worker}} that his maths tutor from [[organisation:BrightPath Tutors Ltd]], Mr [[name:Grünewald]], had given him a personal mobile number ([[phone:07700 900583]]) and had been messaging him on {{Snapchat}} about "extra sessions" at weekends. The messages seen were not sexual, but this is outside the contract and our {{tutoring safeguarding code}}. No meeting took place.

Action taken:
- {{LADO}} consulted same day, ref [[case_reference:LADO-24-0116]]
- [[organisation:BrightPath]] suspended the tutor pending enquiries
- tuition moved into school with the {{DSL}} aware
- [[name:Shay]] and carers given {{online safety}} advice
""")),
("social_care", "success", prose("""
Good practice note. [[name:Rose]] ([[age:aged 14]]) had four {{suspensions}} in the {{autumn term}} at
[[organisation:Kingsmead Community School]] and the school had started talking about
{{permanent exclusion}}. After another incident on [[date:11 December]], instead of a fifth suspension
the {{Designated Teacher}}, [[name:Callum Fairweather-Osei]], asked us for an emergency {{PEP}}. Our
{{Educational Psychologist}}, Dr [[name:Nadia Benhamou]], observed [[name:Rose]] over two days and found
that nearly every incident followed {{unstructured time}} or a supply lesson. {{Pupil Premium Plus}}
funded a {{key adult}} at lunchtimes and a quiet base ({{The Den}}) she can use with a time-out card,
and staff had a twilight session on {{Emotion Coaching}}. Since [[date:8 January]] [[name:Rose]] has had
no suspensions and her attendance has gone from 71% to 94%. Asked what helped, she said "Mr [[name:F]]
doesn't shout and he notices stuff." Learning: ask for an {{EP}} view before a pattern becomes an
exclusion, and remember {{PP+}} can fund people, not just tuition. Shared with [[name:Callum]]'s
permission.
""")),
("social_care", "near_miss", block("""
HANDOVER – [[name:Jo Pemberton]] to [[name:Femi Adeleke-Stone]] (annual leave)
Week of [[date:13 May]]

1. [[name:Aisha Rahman]] ({{Y6}}) – NEAR MISS. Moved in an emergency to carers in [[address:Lower Wenford]] on {{Friday}} night. Nobody had arranged transport for {{SATs}} week. Carer rang me 07:50 Mon; I booked a taxi through the [[organisation:Caldermoor County Council]] transport team by 08:20 and she made the 09:00 reading paper with minutes to spare. Transport now booked to [[date:24/05]]. Needs a proper plan + {{PEP}} review. Logged [[case_reference:VS-NM-0295]].
2. [[name:Ellis]] – invoices from [[organisation:Kestrel]] for {{March}} still unpaid, finance chasing.
3. [[name:Noor]] & [[name:Zainab]] (sibs) – {{EHCP}} annual review [[date:16/05]] 10am, {{SENCO}} is Mrs [[name:Achterberg]].
4. {{DT}} training {{Thursday}} – slides in the shared drive.

Mobile if stuck: [[phone:07700 900127]]. Ta, [[name:Jo]]
""")),
("social_care", "incident", block("""
Subject: QA finding – suspensions not notified, [[organisation:Greyfriars Academy Trust]]

Found during termly {{PEP}} QA. Three suspensions of children in care at [[organisation:Greyfriars Hill Academy]] were never notified to us (protocol = same day, via the {{DT}}). One child lost 2 days with no work set.

| Child | LA ref | Suspension date | Days | How we found out | RAG |
| [[name:D. Mensah]] | [[case_reference:CLA-50214]] | [[date:04/03/24]] | 2 | PEP notes | {{Red}} |
| [[name:Kacper Zieliński]] | [[case_reference:CLA-49977]] | [[date:11/03/24]] | 1 | carer mentioned it | {{Amber}} |
| [[name:Ivy-Rose Tan]] | [[case_reference:CLA-51302]] | [[date:15/03/24]] | 0.5 (internal) | {{SDQ}} review | {{Green}} |

Raised with the {{Head}} and the Trust's {{safeguarding lead}}. [[name:DM]]'s {{social worker}} was also unaware. Incident ref [[case_reference:VS-INC-24-0131]].
– [[name:Femi]]
""")),
("social_care", "success", prose("""
shout out time 🎉 massive thanks to [[name:dawn]] in the {{admin team}} who noticed
[[name:jayden-lee]]'s {{PEP}} hadnt been signed off 3 days before his {{school move}} and chased everyone
so the new school ([[organisation:st cuthbert's]]) had it on day one. his new {{DT}} mr [[name:oyelowo]]
said its the first time a {{CLA}} pupil has arrived with a full pep + {{PP+}} plan + {{tutor}} details
already sorted. also ty [[name:big sal]] for the lift on [[date:tues 4th]] when the taxi didnt turn up
and for staying for the {{welcome meeting}}. teamwork!! - [[name:gracie]]
""")),
("social_care", "near_miss", prose("""
nm - [[name:chloe]] ([[age:16]]) has {{GCSE}} eng lit tmrw. found out at 4pm that one of the
invigilators at [[organisation:marlowe high]] is her birth aunt ([[name:sharon]], maternal side).
{{contact plan}} = no direct contact w maternal family, and [[name:chloe]] doesnt know [[name:sharon]]
works there. exams officer [[name:gaz]] v good, swapped [[name:chloe]] into the {{access arrangements}}
room w a diff invigilator + put [[name:sharon]] on the main hall only. {{SW}} [[name:nkechi]] aware,
will tell carers tonight. need to ask schools to check staff lists vs the {{genogram}}?? prob not
realistic but at least for {{exam season}}. logged [[case_reference:VS-NM-0310]] on [[date:14/05]].
[[name:k.a.]]
""")),
("social_care", "incident", block("""
From: [[name:Mark Szabó]] <[[email:mark.szabo@harrowfield.gov.uk]]>
To: [[name:Ros Adeyemi]]
Date: [[date:3 July 2024]]
Subject: tutoring not delivered – [[name:Kiera]] ([[case_reference:CLA-47710]])

[[name:Ros]],

Bad one I'm afraid. [[name:Kiera]]'s online English tuition through [[organisation:Apex Learning Partners]] was funded for 20 sessions from [[date:15 April]]. The provider's sheet shows 20 delivered and we paid the invoice on [[date:20 June]]. At her {{PEP}} yesterday [[name:Kiera]] said she'd had "about six" and the tutor kept not logging on. Her carer, [[name:Robin]], backs this up and has screenshots of the empty waiting room. That's potentially 28 hours lost in the run-up to her {{GCSEs}}.

I've put further payments to [[organisation:Apex]] on hold, asked for the platform login data and told {{Internal Audit}}. Incident ref [[case_reference:VS-INC-24-0152]].

We had no check other than the invoice – I think the {{DT}} or carer should confirm sessions monthly.

[[name:Mark]]
{{Senior Education Caseworker}}
[[phone:01632 960733]]
""")),
("social_care", "success", block("""
Transition meeting – notes
Date: [[date:2 July]]   Venue: [[organisation:Fernlea Primary School]]
Young person: [[name:Hamid Qaderi]] ({{UASC}}, [[age:11]])
Attendees: [[name:Will Okonkwo-Brandt]] ({{VS}} caseworker), [[name:Daria Popescu]] ({{DT}}, [[organisation:Fernlea]]), [[name:Zahra]] ({{Dari}} {{interpreter}}), [[name:Hamid]], foster carer [[name:Summer Achebe]], Mr [[name:Lindqvist]] ({{Head of Year 7}}, [[organisation:Westbury High]])
Apologies: [[name:Grace Obuya]]

- [[name:Hamid]] arrived in the UK in {{November}} with no English; now reading at about {{Year 3}} level and loves maths.
- [[organisation:Westbury]] have arranged 3 extra transition visits and a buddy who speaks Dari.
- {{ESOL}} sessions continue via {{PP+}}, twice weekly.
- [[name:Hamid]] showed us his "all about me" book (made with [[name:Zahra]]) – lovely.

What worked: planning from {{May}} not {{July}}; an interpreter at every PEP; the DT and Head of Year meeting face to face.
Action: [[name:WOB]] to send the PEP to [[organisation:Westbury]] by [[date:9 July]].
""")),
("social_care", "near_miss", block("""
Chronology – near miss, residential trip to France
Child: [[name:Bethany Carmichael]] ("[[name:Bee]]"), [[age:12]], [[organisation:Oakfield School]]
Ref: [[case_reference:VS-NM-0277]]

[[date:Mon 11 March]] – trip letter sent home, asks for passport details and a "parental" signature.
[[date:Tue 12 March]] – foster carer [[name:Sandy]] signs it. Carer does not hold {{delegated authority}} for overseas travel under the {{placement plan}}.
[[date:Wed 20 March]] – school office asks {{VS}} for {{PP+}} towards the cost; caseworker [[name:Amira El-Sayed]] checks the file and sees the {{Care Order}} requires LA consent and birth mum must be notified.
[[date:Thu 21 March]] – {{social worker}} confirms [[name:Bee]] has no passport; application needs an LA signatory. {{Team Manager}} signs consent; passport fast-tracked.
[[date:Fri 12 April]] – [[name:Bee]] travels with the group.

Could have happened: child turned back at the port, or travelling abroad without lawful consent.
Learning: add "overseas trips" to the {{DT}} checklist; remind carers what their delegated authority covers.
""")),
# ------------------------------------------------- health: community learning disability team
("health", "incident", prose("""
ahc for [[name:gareth]] ([[age:34]]) at [[organisation:hollins medical practice]] went badly this am.
{{HCA}} went for bloods w/o any of the {{reasonable adjustments}} in his {{hospital passport}} - no
{{EMLA}}, no quiet room, no {{desensitisation}} steps - and when he pulled his arm away she asked his
support worker to hold it. he bit the support worker ([[name:ngozi]]), skin not broken, she's ok. no
{{capacity assessment}} or {{best interests}} decision on file for bloods so holding him wasnt ok imo.
[[name:gareth]] v distressed, wouldnt get back in the car for 40 mins. rang practice mgr
[[name:leanne]] who was v apologetic, said the HCA was a locum + hadnt seen the {{LD register}} flag.
datix'd [[case_reference:W-24-0671]], {{safeguarding}} consult w team lead tmrw. will rebook w me
there. [[name:FK]]
""")),
("health", "near_miss", prose("""
Summary: out-of-date {{buccal midazolam}} in a day-service bag. On [[date:6 March 2024]] I visited
[[organisation:Millbrook Day Service]] to review the {{epilepsy care plan}} for
[[name:Aled Price-Hughes]] ([[age:aged 27]]), who has {{Lennox-Gastaut syndrome}} and
{{tonic-clonic seizures}} that can cluster. Checking his {{rescue medication}} bag, I found that both
{{Buccolam}} 10 mg syringes had expired on [[date:31 January]]. The bag travels between his supported
living flat and the day service and neither provider had a named person responsible for checking
expiry. The {{MAR chart}} at home was up to date, which had given staff false reassurance. He has not
needed rescue medication since {{December}}, so no harm occurred, but an expired dose during a cluster
could have led to {{status epilepticus}} and an {{A&E}} admission. Actions: new stock obtained the same
day from [[organisation:Castlegate Pharmacy]]; expiry check added to the weekly handover sheet for both
providers; our {{epilepsy nurse}}, [[name:Oksana Melnyk]], will audit every rescue-medication bag on
the caseload. Reported by [[name:Ceri Llewellyn]], {{Community LD Nurse}}.
""")),
("health", "success", block("""
{{Teams}} chat – CLDT Health Facilitation
[[name:Priya Venkataraman]] 11:02: GUYS. [[name:Stanley]] had his teeth looked at today!!! 🦷 first time in 9 yrs
[[name:Dominic Achterberg-Lowe]] 11:03: no way 😮 after all those {{DNA}}s??
[[name:Priya Venkataraman]] 11:05: 6 weeks of {{desensitisation}} – photo book of the surgery, then sitting in the car park, then the waiting room, then the chair. [[name:Hope]] at [[organisation:Brindle Lane Dental]] gave us the last slot of the day so it was empty
[[name:Dominic Achterberg-Lowe]] 11:06: brilliant. any treatment needed?
[[name:Priya Venkataraman]] 11:08: 2 fillings, {{GA}} list being discussed at a {{best interests}} meeting. but he opened his mouth for her and then shook her hand 😂
[[name:Sam Ojukwu]] 11:10: this is exactly why we do {{health facilitation}}. can you write it up for the {{LeDeR}} learning bulletin?
[[name:Priya Venkataraman]] 11:11: yep will do, with [[name:Stanley]]'s and his sister's ok
""")),
("health", "incident", block("""
Chronology – {{A&E}} attendance, [[organisation:Wexley General Hospital]]
Patient: [[name:Kieran Mulvaney]], [[age:41]], {{autism}} + {{moderate LD}}
NHS no: [[nhs_number:472 918 3053]]
Compiled by: [[name:Sunita Gurung]], {{Acute Liaison Nurse}}

[[date:Sat 17 Feb]]
19:40  Arrives with support worker after a fall, ?wrist fracture. {{Hospital passport}} handed to {{triage nurse}}.
19:55  Placed in main waiting room (passport says needs quiet space, max 30 min wait).
21:30  [[name:Kieran]] pacing, shouting. Security called.
22:10  Support worker asks for a {{side room}} – told none available.
23:45  [[name:Kieran]] leaves with support worker, not seen. Recorded as "{{DNW}}".
[[date:Sun 18 Feb]]
10:30  Provider rings {{CLDT}}; wrist very swollen. I arrange direct access to {{fracture clinic}} via Dr [[name:Bashir Yusuf]].
14:00  X-ray: {{scaphoid fracture}}, cast applied.

Learning: passport not read; no {{LD flag}} on the {{ED}} system; no route to {{Acute Liaison}} out of hours. Datix [[case_reference:WGH-INC-55821]].
""")),
("health", "near_miss", block("""
From: [[name:Rich Abernethy]] <[[email:richard.abernethy@nhs.net]]>
To: Dr [[name:Aylin Çelik]]
Cc: [[name:Mei Ling Zhang]] ({{PBS}} lead)
Sent: [[date:28/11/2023]] 09:12
Subject: RE: [[name:Sandra Okafor]] – {{risperidone}} review

Dr [[name:Çelik]],

Thanks for calling back. Just to put it in writing: the {{psychiatry}} clinic letter you were working from was dated [[date:4 March 2022]] and listed 2 mg {{bd}}. Since then the {{STOMP}} review has reduced her to 0.5 mg at night and her {{behaviour support plan}} has been updated. The repeat request that came through yesterday would have put her back on several times her current dose. I understand it was caught by the pharmacist at [[organisation:Hollins Medical Practice]] before it was issued – please thank her from us.

Could the practice update the summary and attach the latest clinic letter (re-sent today)? We are logging this as a near miss, ref [[case_reference:W-23-0988]].

Kind regards
[[name:Richard Abernethy]]
{{Learning Disability Nurse}} | [[organisation:Wexley CLDT]] | [[phone:01632 960281]]
""")),
("health", "incident", block("""
Best interests meeting – minutes
Re: [[name:Esther Nwachukwu]]   DOB: [[date_of_birth:14/06/1979]]   NHS: [[nhs_number:619 204 7731]]
Date: [[date:10 April 2024]]
Present: Dr [[name:Farah Siddiqui]] ({{consultant gynaecologist}}, [[organisation:Wexley General Hospital]]); [[name:Grace Adeyinka-Moss]] ({{LD nurse}}, chair); [[name:Obi]] (brother); [[name:Lorna McTaggart]] ({{IMCA}}); [[name:Joy]] ({{support worker}}, [[organisation:Cedarwood Support Services]])
Apologies: [[name:Ewan]] ({{GP}})

Background: [[name:Esther]]'s {{hysteroscopy}} on [[date:2 April]] was cancelled on the day because no {{capacity assessment}} had been recorded for consent to the procedure or the {{sedation}}. She had been fasted from 02:00 and waited 5 hours; she became very distressed, scratched her face and took 3 days to settle. This is the second cancellation.
Capacity: assessed today by [[name:GAM]] using {{easy read}} materials; [[name:Esther]] lacks capacity for this decision ({{MCA}} s.2/3).
Decision: in her best interests to proceed under {{GA}}, first on the list, with [[name:Joy]] present at induction and in recovery.
Incident logged: [[case_reference:WGH-INC-56110]].
""")),
("health", "success", prose("""
To everyone on [[organisation:Harland Ward]] – thank you. Our brother [[name:Dennis]] ([[age:58]]) has
{{Down syndrome}} and was admitted on [[date:3 September]] with {{pneumonia}}. We were dreading it after
how things went last time. This time the {{Acute Liaison Nurse}}, [[name:Sunita]], met us on
{{the ward}}, you read his {{hospital passport}} and let me stay overnight, the night nurse
([[name:Faith]], I think) sang with him all through his {{IV antibiotics}}, and the {{SALT}} came the
next morning so he could still have his cup of tea with {{thickener}}. Dr [[name:Bose]] explained
everything to [[name:Dennis]] himself, with pictures, not just to us. He came home on
[[date:11 September]] and keeps telling everyone about "the singing lady". Please pass on our thanks.
[[name:Marjorie]] and [[name:Alan Whitcombe]]
""")),
("health", "near_miss", block("""
#cldt-pbs ({{Slack}} export)
[[name:mei.ling]] 08:47 – heads up, near miss at [[address:12 Larkspur Close]] last night. new agency staff member didn't know [[name:Tyrone]]'s {{PBS plan}} and when he started {{head-banging}} she and another worker went to take him to the floor 😬
[[name:will.h]] 08:49 – is he hurt??
[[name:mei.ling]] 08:50 – no. the senior ([[name:Bogdan]]) came in and stopped it, used the {{secondary strategies}} (low voice, weighted blanket, clear the room) and he settled in 10 min. no {{restrictive intervention}} actually happened
[[name:will.h]] 08:52 – {{prone restraint}} would've been awful with his {{asthma}}
[[name:mei.ling]] 08:53 – exactly. agency ([[organisation:Staffline Care Ltd]]) say she'd done {{PBS}} e-learning but no {{RRN}}-certified training
[[name:sam.o]] 08:58 – need a rule: no agency staff on [[name:Tyrone]]'s shifts without reading the plan + a {{shadow shift}}. I'll raise it at the provider meeting {{Thursday}}
[[name:mei.ling]] 09:01 – logged [[case_reference:W-24-0733]]. also shout out to [[name:Bogdan]] 🙏
""")),
("health", "incident", block("""
CLDT INCIDENT FORM
Name: [[name:Dorota Wąsik]]
DOB: [[date_of_birth:21/02/1990]]
NHS number: [[nhs_number:385 660 1422]]
Address: [[address:Flat 2, Orchard Court, 7 Mill Lane, Wexley]] [[postcode:WX4 8BJ]]
GP: [[organisation:Brindle Lane Surgery]]
Date/time: [[date:22/08/2024]] approx 12:30
Reporter: [[name:Amber Whitlock-Nuñez]], {{SALT}}

Description: [[name:Dorota]] has {{cerebral palsy}} and {{dysphagia}}; her {{eating and drinking plan}} is {{IDDSI Level 5}} minced and moist with mildly thick fluids. At a family barbecue a cousin gave her a piece of burger. She coughed, went red, then quiet. Her support worker gave back blows and the piece came out; she recovered without {{CPR}}. {{NHS 111}} advised observation; no signs of {{aspiration pneumonia}} at review 48 hours later.
Contributing: family not trained; plan not shared with family; no {{mealtime placemat}} taken on outings.
Actions: family training with [[name:Amber]] on [[date:5 September]]; placemat copies made; {{GP}} informed. Ref [[case_reference:W-24-0815]].
""")),
("health", "success", prose("""
Learning from success: {{annual health check}} uptake at [[organisation:Kingfisher Health Centre]]
rose from 48% to 87% of people on the {{Learning Disability Register}} over the year. The practice
nurse, [[name:Bernadette O'Rourke]], and our {{health facilitator}}, [[name:Kwabena Asante]], wrote to
every patient in {{easy read}}, rang the ones who did not reply, and offered double appointments at
quiet times. People who had never attended were seen at home or at
[[organisation:Millbrook Day Service]]. [[name:Bernadette]] kept a simple spreadsheet of who had a
{{health action plan}} and who did not. Fourteen people had something new found, including two with
undiagnosed {{hypothyroidism}} and one with a {{breast lump}} referred on the {{two-week wait}} pathway,
which was benign. The practice now runs a monthly {{LD clinic}} afternoon. What made it work: one named
person in the practice, protected time, and our team doing the legwork on {{capacity}} and
{{reasonable adjustments}}.
""")),
("health", "near_miss", block("""
Handover – {{duty}} [[date:Fri 19/01]] → {{Mon}}
From [[name:Lucy]] to [[name:Tomás Ferreira]]

- Mr [[name:Abdi Warsame]] ([[age:63]]) – NEAR MISS: provider rang 3pm, he's lost ~6kg in 5 weeks and been "off his food". Nobody had weighed him since {{October}}. [[organisation:Wexley Vale Surgery]] had a {{SALT}} request for a {{MUST}} screen that was never actioned. Got him a same-day GP slot; bloods + ?{{dysphagia}}. Could easily have drifted over the weekend. Logged [[case_reference:W-24-0044]].
- [[name:Sky]] – {{STOMP}} review postponed, new date [[date:6 Feb]].
- [[name:Heather]] & her mum – chasing the {{DoLS}} application with [[organisation:Wexley Borough Council]].
- [[name:Abdi]]'s son [[name:Hassan]] wants a call {{Monday}} re results, mobile [[phone:07700 900342]].

Thanks, [[name:Lu]]
""")),
("health", "incident", block("""
Incident summary – discharges after missed appointments ({{Q2}})
Prepared for {{CLDT}} governance by [[name:Joaquín Herrera-Blake]]

Patient | Ref | Clinic | Missed | Discharged | Why missed
[[name:J.M.]] | [[case_reference:W-24-0590]] | {{cardiology}} | [[date:03/07/24]] | yes | letter not {{easy read}}
[[name:Philippa Osei]] | [[case_reference:W-24-0602]] | {{neurology}} | [[date:10/07/24]] | yes | no transport booked
[[name:Lwazi Mkhize]] | [[case_reference:W-24-0617]] | {{audiology}} | [[date:29/07/24]] | no (re-booked) | clashed with day centre
[[name:R. Pugh]] | [[case_reference:W-24-0655]] | {{diabetic eye screening}} | [[date:14/08/24]] | yes | letter went to old address

Three of these four people were discharged back to the {{GP}} after a single missed appointment, against the {{reasonable adjustments}} policy at [[organisation:Wexley General Hospital]]. [[name:J.M.]]'s {{echo}} was delayed 11 weeks. Raised with the {{Learning Disability Liaison}} lead; the {{DNA}} policy now requires a call to the carer before discharge.
""")),
("health", "success", prose("""
huge ty to [[name:rosie]] ({{OT}}) and [[name:kofi]] ({{physio}}) who spent all of {{friday}} at
[[name:pat]]'s flat sorting his new {{hoist}} + {{profiling bed}} so he could come home from
{{respite}} on time instead of waiting another wk. [[name:pat]] said "best day since {{christmas}}" lol.
also to dr [[name:adeyemi-clarke]] from the surgery who popped in and did his {{annual health check}}
while everyone was there - 3 jobs in one go 🙌 this is what joined up looks like. x [[name:bev]]
""")),
("health", "near_miss", prose("""
quick nm for the log. there are two men called [[name:Michael O'Brien]] on our caseload, both at
[[organisation:Parkside Surgery]], DOBs [[date_of_birth:03/05/1968]] + [[date_of_birth:03/05/1986]]
(!!). i was about to upload a {{capacity assessment}} re {{PEG}} feeding to the wrong one on
{{SystmOne}} - caught it cos the {{NHS no}} ended in a different digit to my notes. correct one is
[[nhs_number:903 117 4866]]. if id saved it the other [[name:Michael]]'s GP would have seen a
{{best interests}} decision about {{tube feeding}} that wasnt his + it could have gone on his
{{Summary Care Record}}. asked admin ([[name:Wendy]]) to add an alert to both records. pls everyone
check 3 identifiers not 2. [[name:Dom A-L]]
""")),
("health", "incident", block("""
From: [[name:Ifeoma Chukwu]] <[[email:ifeoma.chukwu@nhs.net]]>
To: {{Adult Safeguarding}} – [[organisation:Wexley Borough Council]]
Date: [[date:Wed 5 June 2024]] 14:20
Subject: safeguarding concern – [[name:Graham Tillotson]], NHS [[nhs_number:548 302 9178]]

Hello,

I'm the {{community LD nurse}} for [[name:Graham]] ([[age:52]]), [[address:27 Canal Street, Wexley]] [[postcode:WX2 5DT]]. At a {{health action plan}} review today he showed me his bank card and said his "friend" [[name:Craig]] keeps it for him and gives him £10 a week. [[name:Graham]] gets {{PIP}} and {{ESA}} and had no food in the flat apart from bread. He says [[name:Craig]] "borrows" the card to buy gaming stuff. There has been no {{capacity assessment}} about managing his money and I'm not confident he understands it.

I haven't confronted anyone. [[name:Graham]] is happy for me to share this. He's at {{the day centre}} {{Tuesdays}} and {{Thursdays}} if you'd like to meet him somewhere neutral.

Our ref [[case_reference:W-24-0701]].

[[name:Ifeoma]]
{{Learning Disability Nurse}}, [[organisation:Wexley CLDT]]
[[phone:01632 960592]]
""")),
("health", "success", block("""
Team meeting – good news item
Date: [[date:16 October]]
Attendance: [[name:Sam Ojukwu]] (chair), [[name:Priya V]], [[name:Bernard]], [[name:Olamide]], [[name:Neil Fairbairn]], [[name:Hye-jin Park]], [[name:Krisztina]]
Apologies: [[name:Frank]], [[name:Amina]] ({{A/L}})

Item 3: {{positive behaviour support}} outcome for [[name:Leon]] ([[age:19]]). Referred in the {{spring}} after 40+ incidents a month of hitting out at [[organisation:Thornleigh House]]. [[name:Hye-jin]] completed a {{functional assessment}} and found most incidents happened when his {{iPad}} was taken away at fixed times. The new {{PBS plan}} uses a visual timer, a choice board and "first/then". Incidents down to 3 last month; {{PRN}} {{lorazepam}} not used since [[date:1 August]]. Staff at the house say they "finally get him". [[name:Leon]]'s mum came to the review and cried (good tears).
Agreed: [[name:Hye-jin]] to present at the regional {{PBS}} forum; anonymised case study for the annual report.
""")),
("health", "near_miss", block("""
Timeline – near miss, [[name:Nasreen Akhtar]] ([[age:aged 45]])
Ref [[case_reference:W-24-0881]]

[[date:Mon 9 Sept]] – provider notes [[name:Nasreen]] "off her food", more {{self-injury}} (hitting her stomach). Put down to period pain.
[[date:Wed 11 Sept]] – bowel chart shows no BO for 6 days. Chart is on the kitchen wall; nobody totals it.
[[date:Thu 12 Sept]] 10:00 – {{health facilitator}} [[name:Marek Dvořák]] on a routine visit notices her abdomen is swollen, asks for the bowel chart.
10:20 – [[name:Marek]] rings the {{GP}}; {{clozapine}} is on her med list (high risk of {{constipation}}).
11:45 – GP home visit, sends her to {{SAU}} at [[organisation:Wexley General Hospital]].
16:00 – {{faecal impaction}}, treated with {{enemas}}, home next day. No {{bowel obstruction}}.

Learning: clozapine + LD + behaviour change = think bowels first. Senior to check bowel charts weekly; {{Bristol Stool Chart}} training for the provider. Thanks to [[name:Marek]] for not accepting "it's just her behaviour".
""")),
# ------------------------------------------------------------ aviation: police air support unit
("aviation", "incident", block("""
RT transcript extract – [[date:23/03/2024]], {{EC135}} [[aircraft_registration:G-TSHB]], callsign [[flight_number:Hawk 41]]
(from the mission recorder)

0214:07 TFO ([[name:Jamal]]): Target vehicle stopped at the [[address:Fenwick Lane]] junction, two running north.
0214:20 {{PILOT}}: Copied, orbiting left, twelve hundred feet.
0214:31 TFO2 ([[name:Kelly-Ann]]): DRONE, DRONE, right two o'clock, same level, close!
0214:33 PILOT: Visual, breaking left, climbing.
0214:40 [[flight_number:Hawk 41]]: [[organisation:Kelbury Radar]], [[flight_number:Hawk 41]], drone passed within an estimated fifty metres, twelve hundred feet, overhead [[address:Fenwick Lane]].
0214:52 [[organisation:Kelbury Radar]]: [[flight_number:Hawk 41]], roger, no known {{UAS}} activity notified.
0215:10 TFO ([[name:Jamal]]): Lost the runners on the camera. Drone lights heading east.
0215:30 PILOT: Resuming at fifteen hundred.

Note: no damage. Operator not traced despite ground units searching. {{MOR}} and {{Airprox}} report submitted, ref [[case_reference:ASU-OR-24-031]]. Commander: Capt [[name:Stewart Mackinnon]].
""")),
("aviation", "near_miss", prose("""
On the night of [[date:4 December]] [[flight_number:Hawk 42]] ({{H135}},
[[aircraft_registration:G-TSHC]]) was tasked to a {{high-risk missing person}} in the hills above
[[address:Carrbeck Reservoir]]. The crew (pilot [[name:Ola Nordström]], {{TFO}} [[name:Deepak Raval]],
{{TFO}} [[name:Wynn Tudor-Price]]) planned to land in a field to drop a {{search dog}} handler. The field
had been checked from height on {{NVG}} and appeared clear. On short final at around 80 feet
[[name:Wynn]], looking out of the rear left door with the {{FLIR}} in {{white-hot}}, saw the shadow of a
pole and called "GO AROUND". The pilot overshot immediately. On a second pass with the
{{searchlight}} on, {{11 kV}} cables were seen running diagonally across the approach path; they were
not on the {{moving map}} or the unit {{hazard map}}. The crew landed in an alternative field.
Contributing factors: cables not charted, reliance on NVG alone, no lit {{high recce}}. Actions: line
added to the unit hazard database; {{SOP}} amended to require a lit recce of unprepared sites at night
where task urgency allows. {{MOR}} filed with the {{CAA}}, ref [[case_reference:ASU-OR-24-109]].
""")),
("aviation", "success", block("""
SHOUT OUT 🚁 – from the {{Ops Room}}
Massive well done to the [[flight_number:Hawk 41]] crew on [[date:Sat 9 March]]: Capt [[name:Bill Fennimore]], {{TFO}} [[name:Precious Ndlovu]] and {{TFO}} [[name:Rhodri]] (first night back after {{paternity leave}} 👶).

[[name:Arthur]], [[age:87]], who has {{dementia}}, had walked out of [[organisation:Elmhurst Lodge]] in his slippers at about 2300 with frost forecast. [[name:Precious]] picked up a faint {{heat source}} on the {{thermal camera}} in a ditch at the edge of [[address:Brackendale Woods]] within 12 minutes of arriving overhead, and talked the ground crew in under the {{Nightsun}}. [[name:Arthur]] was hypothermic but is now back home and, according to his daughter, "complaining about the food, so he's fine".

Proper life saved. Brews on me.
Sgt [[name:Marcus Oyelowo]], {{Ops Sergeant}}
""")),
("aviation", "incident", block("""
Laser incident – chronology
Date: [[date:16 January 2024]]   Aircraft: [[aircraft_registration:G-TSHA]] ({{EC135 T2+}})   C/S: [[flight_number:Hawk 43]]
Crew: [[name:Nikolai Petrov]] ({{P1}}), [[name:Siân]] ({{TFO}}), [[name:Faisal]] (TFO)

2047 – Airborne from [[organisation:Ravensmoor]] for an {{ANPR}} vehicle of interest, [[vehicle_registration:LD21 OPW]].
2103 – Overhead [[address:Kingsway Retail Park]], 800 ft. Green {{laser}} from the north, approx 4 sec. P1 shields eyes, climbs to 1500 ft, {{laser glasses}} on.
2104 – TFO [[name:Siân]] locks the camera on the source – male on the roof of the multi-storey.
2106 – Ground units directed; male detained, laser pen recovered.
2110 – P1 reports blurred vision in right eye. Task abandoned, {{RTB}}.
2125 – Landed. Crew stood down, {{Ops Room}} informed.
2200 – P1 seen at {{A&E}}: {{flash blindness}}, no lasting damage.

Other: [[vehicle_registration:LD21 OPW]] not traced this flight. Log [[case_reference:TC-240116-0891]], {{MOR}} submitted.
""")),
("aviation", "near_miss", block("""
From: Capt [[name:Rosalind Hewett-Mbatha]] <[[email:rosalind.hewett-mbatha@tarnshire.police.uk]]>
To: ASU all crew
Date: [[date:2 August 2024]]
Subject: Fuel – near miss [[date:31/07]]

All,

Sharing a near miss so we can all learn from it. On [[date:31 July]] [[flight_number:Hawk 41]] landed at [[organisation:Ravensmoor]] with 62 kg of fuel, below our {{final reserve}} of 80 kg. The crew had extended on a {{pursuit}} into the neighbouring force area because [[organisation:Caldermoor Police]] were slow to pick it up.

Key points:
- {{Bingo fuel}} was called, but the TFOs asked for "two more minutes" three times.
- The {{low fuel caption}} came on 14 nm from base.
- The pilot (who has been very open about this) felt pressure not to drop the pursuit before {{handover}}.

Reminder: bingo is bingo. The pilot owns the fuel decision and nobody asks for more time once it's called. {{CRM}} refresher on this at the next {{STANEVAL}} day.

Thanks,
[[name:Roz]]
{{Chief Pilot}}, [[organisation:Tarnshire Air Support Unit]]
[[phone:01632 960877]]
""")),
("aviation", "incident", block("""
OCCURRENCE REPORT – internal / {{MOR}}
Unit ref: [[case_reference:ASU-OR-24-077]]
Date: [[date:18/05/2024]]   Local time: 0545
Aircraft type / reg: {{EC135 T3}} / [[aircraft_registration:G-TSHB]]
Callsign: [[flight_number:Hawk 42]]
Commander: [[name:Jonah Featherstonehaugh]]
Crew: TFO [[name:Ana Lúcia Ferreira]], TFO [[name:Dawn Pilkington]]
Location: 2 nm SW of [[organisation:Ravensmoor Airfield]], 600 ft, 110 kt
Phase: {{climb}} after departure
Weather: {{CAVOK}}, sunrise

Narrative: During the climb-out the crew saw a flock of {{gulls}} lift from a field. One bird struck the lower left windscreen with a loud bang. No cracking seen, no vibration. The commander declared a {{PAN}} with [[organisation:Kelbury Approach]] and returned to base. On shutdown engineer [[name:Tam Docherty]] found blood and feathers on the windscreen and a dent in the {{wire strike cutter}}. Aircraft {{AOG}} for inspection, back in service after 6 hours.

Contributing: seasonal gull activity near the landfill at [[address:Moss Lane]]; bird activity not in the {{pre-flight brief}}.
""")),
("aviation", "success", block("""
{{Teams}} – ASU crew room
[[name:Faith Omondi]] 07:02 – morning all, quick one: [[organisation:Tarnfell Mountain Rescue]] rang to say thanks for last night. [[name:Lily]] ([[age:15]]) is home safe
[[name:Hendrik van der Berg]] 07:04 – great news. tough one, {{low cloud}} on the tops
[[name:Faith Omondi]] 07:05 – [[name:Hendrik]] did an amazing job holding us at 500 ft under the cloud base, and [[name:Mark Lam]]'s {{thermal}} pick-up at 1.2 km was class
[[name:Mark Lam]] 07:07 – team effort. good {{CRM}} tbh, [[name:Hendrik]] said at the brief what his {{minima}} were and we stuck to them. no pressure to push on when it clagged in
[[name:Olu Adekunle]] 07:10 – nice. can someone put it in the {{safety bulletin}} as a good example re minima?
[[name:Faith Omondi]] 07:11 – will do 👍
""")),
("aviation", "near_miss", block("""
ENGINEERING → OPS HANDOVER   [[date:Tue 10/09]]
Aircraft: [[aircraft_registration:G-TSHA]]
From: [[name:Gav Mulholland]] ({{B1}})   To: night crew (Capt [[name:Ng]])

- {{Tech log}}: defect raised on days – {{NVG}}-compatible {{cockpit lighting}} flickering on the centre console. NOT deferrable under the {{MEL}} for night NVG ops.
- I (day shift) wrote it in the tech log but NOT on the {{whiteboard}} in the crew room. Night crew nearly walked out to fly at 2030; [[name:Lorraine]] in ops spotted the tech log entry while doing the {{NOTAM}} brief.
- Fixed 2115 (loose connector, replaced), {{CRS}} signed, serviceable 2130. Launch 40 min late for a {{CCTV}}-led search, no impact on the outcome.

Near miss, ref [[case_reference:ASU-OR-24-121]]. My bad. From now on defects go on the board AND in the tech log.
– [[name:Gav]]
""")),
("aviation", "incident", block("""
Flight Safety Meeting – minutes
Date: [[date:12 June 2024]]   Location: {{briefing room}}, [[organisation:Ravensmoor Airfield]]
Present: [[name:Rosalind Hewett-Mbatha]] ({{Chief Pilot}}, chair), [[name:Stewart Mackinnon]] ({{Safety Manager}}), [[name:Deepak Raval]] ({{TFO}} rep), [[name:Gav Mulholland]] (engineering), Insp [[name:Harriet Osei-Bonsu]] ({{Unit Commander}})
Apologies: [[name:Jamal Haddad]], [[name:Precious Ndlovu]]

Item 2 – Airspace infringement, [[case_reference:ASU-OR-24-088]]
On [[date:28 May]] [[flight_number:Hawk 43]] entered the [[organisation:Kelbury]] {{CTR}} ({{Class D}}) by ~2 nm without a clearance while following a suspect vehicle ([[vehicle_registration:KX19 BFE]]) east on the dual carriageway. The crew were on a different frequency; {{ATC}} saw the {{squawk}} and called on {{Guard}}. A [[organisation:Northlink Airways]] {{ATR 72}}, [[flight_number:NLK218]], on approach was given an avoiding turn; closest point 1.8 nm / 700 ft.
Discussion: workload in the pursuit; TFO managing three radios; {{moving map}} showed the CTR but the audio alert was off.
Actions: 1) {{SOP}} – call Kelbury before any pursuit east of the river ([[name:SM]]); 2) airspace alerting on by default ([[name:GM]]); 3) {{CAA}} {{MOR}} and {{UKAB}} liaison ([[name:RHM]]).
""")),
("aviation", "success", block("""
From: PC [[name:Dan Whitehouse]] <[[email:daniel.whitehouse@tarnshire.police.uk]]>
To: ASU Ops
Date: [[date:Friday 15 March 2024]]
Subject: thank you – [[flight_number:Hawk 41]] last night

Hi all,

Just wanted to say thanks to whoever was up last night over the [[address:Greenhill estate]]. We had a {{high-risk}} misper, [[name:Joel]] ([[age:17]]), who'd sent his sister a goodbye message. Your {{TFO}} found him on the railway embankment behind [[address:Oakfield Road]] within 15 minutes and kept eyes on him while PC [[name:Holly Ashworth]] and I walked the line once the {{BTP}} had the trains stopped. He's now with the {{CAMHS}} crisis team and safe.

Honestly the camera made the difference – we'd have walked straight past him in the dark. The crew kept the {{RT}} calm and clear too, which helped us stay calm. Please pass this on.

[[name:Dan]]
{{Response Team 3}}, [[organisation:Tarnshire Constabulary]]
""")),
("aviation", "near_miss", prose("""
quick one b4 i forget. after the 2nd sortie tonight on [[aircraft_registration:G-TSHC]] i found the
small {{Maglite}} from the {{TFO}} bag rolled forward under the pilot's {{collective}}. nobody had
noticed it was missing at the post-flight. if it had jammed the collective in a low {{hover}} it could
have been v bad. checked the {{loose article}} log - signed as all present by me at 2140 🙈 think i
counted the bag not the items. spoke to [[name:deepak]] + capt [[name:nordström]] who were both sound
about it. reported as nm [[case_reference:ASU-OR-24-133]]. suggest a shadow board or velcro for small
kit in the tfo bag, and the {{P1}} checks the pedal area on the {{walk-round}}. [[name:JH]]
""")),
("aviation", "incident", block("""
Duty hours – exceedance report, w/e [[date:11/08/24]]

Crew            | Role | Duty start | Duty end | Hrs   | Limit | Note
[[name:N. Petrov]]       | {{P1}}   | 1800       | 0745     | 13.75 | 13    | EXCEEDED
[[name:Rhodri Bevan]]    | {{TFO}}  | 1800       | 0745     | 13.75 | 14    | ok
[[name:Sunny Choudhury]] | TFO  | 1800       | 0800     | 14.00 | 14    | at limit

On the night of [[date:9 August]] a late task (firearms incident, {{Gold}} requested air support) took the crew past the pilot's {{FTL}} limit. [[name:Nikolai]] continued without a {{commander's discretion}} report being raised at the time; the rostering system flagged it the next day. Nobody was hurt and the task was appropriate, but the decision was not recorded or shared with the {{Ops Room}} sergeant. Ref [[case_reference:ASU-OR-24-140]].
Learning: discretion is allowed, but it must be logged at the time and {{Silver}} told if the aircraft will be unavailable the next shift.
""")),
("aviation", "success", block("""
RT transcript – {{pursuit}} of [[vehicle_registration:YR67 TNO]], [[date:02/11/2024]]

2231:04 {{CONTROL}}: [[flight_number:Hawk 41]], Control, {{ARV}}s losing sight of the silver {{Golf}}, [[vehicle_registration:YR67 TNO]], last seen [[address:Wharf Street]] heading west.
2231:15 [[flight_number:Hawk 41]]: Control, [[flight_number:Hawk 41]], we have it, westbound [[address:Canal Road]], speed six zero, through red lights. Suggest ground units back off, we'll commentate.
2231:40 CONTROL: All units, {{Tac Adviser}} directs ground units to drop back, air has the lead.
2233:02 [[flight_number:Hawk 41]]: Vehicle slowing, turning into [[address:Ferryhill Industrial Estate]]. Driver out, running towards the canal, grey hoodie.
2233:30 [[flight_number:Hawk 41]]: {{Dog unit}}, he's in the bushes by the lock, twenty metres ahead of you, your left.
2234:10 {{DOG UNIT}}: One detained.
2234:20 CONTROL: Great work, thanks [[flight_number:Hawk 41]].

Note: ground pursuit ended early on air advice; no collisions; driver (disqualified, no insurance) detained without injury. Good example of air-led tactics reducing risk. Log [[case_reference:TC-241102-1177]].
""")),
("aviation", "near_miss", block("""
[[date:21/10/2024]], 05:12 - [[name:Precious Ndlovu]]: honest q, anyone else feel wiped out? I nearly read back the wrong {{QNH}} to [[organisation:Kelbury]] on the last recovery
[[date:21/10/2024]], 05:14 - [[name:Nikolai Petrov]]: yeah 4th night in a row + the 0300 {{misper}} job. had a {{microsleep}} moment on the transit back tbh
[[date:21/10/2024]], 05:15 - [[name:Precious Ndlovu]]: 😳 that's not ok
[[date:21/10/2024]], 05:20 - [[name:Rhodri Bevan]]: should we have declined the last task? we were at 11 hrs duty
[[date:21/10/2024]], 05:22 - [[name:Nikolai Petrov]]: probably. I'll put a {{fatigue report}} in and speak to [[name:Roz]] in the morning. we need to be able to say no without it being a thing
[[date:21/10/2024]], 05:23 - [[name:Precious Ndlovu]]: 👍 put me on it too
[[date:21/10/2024]], 07:40 - [[name:Roz Hewett-Mbatha]]: Thanks for flagging. No blame – this is exactly what {{Just Culture}} is for. Chat at 10, and nobody flies today until we've talked.
""")),
("aviation", "incident", prose("""
On [[date:7 February 2024]] at approximately 1420, during a transit from
[[organisation:Ravensmoor Airfield]] to a {{public order}} task at [[address:Hatherley Park]], the right
rear {{sliding door}} of [[aircraft_registration:G-TSHA]] ([[flight_number:Hawk 43]]) was found not to
be fully latched. A {{police observer}} on a familiarisation flight, [[name:Callum O'Driscoll]], had
closed the door but the latch was not engaged to the second detent. The {{TFO}} noticed a whistling
noise and a gap of about 2 cm at 1,000 ft and 100 kt. The pilot reduced speed to 60 kt, the TFO
secured the door and the flight continued. Nothing was lost and nobody was harmed, but a door opening
at speed can strike the {{tail rotor}} or let loose articles out. The {{passenger brief}} card did not
mention the two-stage latch and the TFO had not physically checked the door before lift. The TFO,
[[name:Lena Hoffmann-Adjei]], has reflected openly on this. Actions: door check added to the
{{pre-take-off checklist}} as a challenge-response item; observers to be shown the latch on the ground.
Reported as an {{MOR}}, ref [[case_reference:ASU-OR-24-019]].
""")),
("aviation", "success", block("""
GOOD CATCH 🏆 – {{April}}
Nominee: [[name:Grace Tembo]], {{B1 engineer}}
Nominated by: [[name:Gav Mulholland]]

During a scheduled {{50-hour check}} on [[aircraft_registration:G-TSHC]] on [[date:22 April]], [[name:Grace]] spotted a hairline crack in a {{tail rotor}} {{pitch link}} bearing housing. It was outside the task card scope – she only saw it because she shone her torch a bit further than she needed to. Aircraft grounded, part replaced and reported to the manufacturer; a {{fleet check}} of [[aircraft_registration:G-TSHA]] and [[aircraft_registration:G-TSHB]] found nothing.

[[name:Gav]] says: "Textbook. That's the difference between a tick-box and an engineer."

Well done [[name:Grace]] – {{Just Culture}} isn't only about reporting mistakes, it's about noticing.
– [[name:Stewart]], {{Safety Manager}}
""")),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind344", REPORTS))
