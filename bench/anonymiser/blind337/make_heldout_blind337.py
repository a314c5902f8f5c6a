"""Held-out blind corpus 337: 50 hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well the
anonymiser generalises. Every person, organisation, place and number is invented.

Settings:
- social_care (17): a private fostering and children-in-need team (arrangements notified by
  schools, home visits, checks on carers, language schools and their host families).
- health (17): an orthopaedic trauma ward (hip fractures, traction, pressure areas, theatre
  lists, physio and discharge).
- aviation (16): a business jet charter operator (crew, handling agents, FBOs, catering,
  passenger manifests, fuel, RT).

Styles, deliberately mixed: rushed lower-case notes with typos and txt-speak, formal narratives,
chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack, with handles), handover notes, minutes with
attendance and apologies, pipe-separated tables, RT transcripts, shout-outs and thank-you notes.

`[[label:value]]` marks an identifier and `{{term}}` a must-not-redact mention (roles, agencies,
clinical and aviation terms, generic days and times, acronyms that look like initials).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind337.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "near_miss", prose("""
hv today {{14:10}} to [[address:14 Cobble Lane]] [[postcode:HB4 7QN]] re {{pf}} arrangemnt notifed by
[[organisation:westgate academy]] ({{dsl}} mrs [[name:okafor]]). {{yp}} is [[name:thi ha]], [[age:15yo]],
here frm vietnam for lang school, carer is [[name:bernie]] (family friend not relative). NO {{dbs}}, carer
said 'the agency does all that'. no contact no. for {{mum}} only a whatsapp that [[name:thi ha]] uses.
room ok but shares w/ 2 other students from [[organisation:Albion House School of English]] which wasnt
in the referral. nearly closed it as 'not {{pf}}' bc carer called it a homestay but stay is 40+ days so
it IS {{private fostering}} - {{tm}} [[name:gaz]] caught it in {{supervision}} b4 i closed. need
{{Reg 8}} write-up by [[date:tues 19th]], checks on [[name:bernie]] + household, {{school nurse}} to see
[[name:thi ha]].
""")),
    ("social_care", "incident", block("""
{{PRIVATE FOSTERING}} – DATA INCIDENT
Ref: [[case_reference:PF/24/0193]]
Child: [[name:Oyelaran, Temitope]]   DOB: [[date_of_birth:02/11/2009]]
Address: [[address:Flat 3, 27 Mercer Street, Harbridge]] [[postcode:HB1 2LT]]
Carer: Ms [[name:Dorota Wiśniewska]]   {{NI}}: [[ni_number:JT 48 21 73 C]]
Reported by: [[name:Kieran Fagbemi]], {{Social Worker}}, [[organisation:Harbridge Children's Services]]

What happened: On [[date:7 March]] the completed {{Regulation 8}} visit record for [[name:Temitope]]
was e-mailed in full to the notifying school, [[organisation:St Aldhelm's Catholic High School]],
instead of a short confirmation that we had received the notification. The record included
Ms [[name:Wiśniewska]]'s NI number, her {{DBS}} outcome and a note about a previous partner. The
{{DSL}} rang me the same {{afternoon}} to say it should not have come to her and that she had deleted it.

Actions: {{Information Governance}} informed ({{IG}} log [[case_reference:IG-2024-0412]]);
Ms [[name:Wiśniewska]] told by phone on [[date:8 March]] and apologised to. The letter template now
has a separate 'school copy' without carer details. {{Team manager}} aware.
""")),
    ("social_care", "success", block("""
From: [[name:Hope Adjei]] <[[email:hope.adjei@harbridge.gov.uk]]>
To: {{Children in Need}} – East
Subject: Thank you – language school homestays

Hi all,

Just a quick shout-out for [[name:Rose]] in {{business support}}. When the welcome list from
[[organisation:Lingua Bright Academy]] came through on [[date:12/02/24]] she noticed that four of the
under-16s were booked with host families for ten weeks, not the usual fortnight, and flagged them
to the {{duty social worker}} as possible {{private fostering}}. [[name:Will]] at the school (their
{{welfare officer}}) was brilliant too and sent the host details the same day.

All four now have {{Regulation 8}} visits done and the hosts have {{DBS}} checks under way. One host
had not mentioned an adult son living at home, which only came out at the visit.

This is exactly what {{Working Together}} looks like in practice.

Thanks,
[[name:Hope]]

[[name:Hope Adjei]] | {{Team Manager}}, [[organisation:Harbridge Children's Services]] | [[phone:01632 960418]]
""")),
    ("social_care", "incident", block("""
Chronology – {{unannounced visit}} – [[case_reference:CIN-88314]]
[[date:Thu 22 Feb]]
15:40  Arrived [[address:9 Haddon Row, Eastmoor]] with {{student social worker}} [[name:Faith]]. No answer.
15:52  [[name:Yusuf]] ([[age:14]]) opened the door. Said his carer Mrs [[name:Begum]] had gone abroad
       'for a few days'.
16:05  [[name:Yusuf]] said he had been on his own since [[date:Sunday 18th]]. Fridge nearly empty.
       School ([[organisation:Eastmoor Park Academy]]) had not flagged anything as he was attending.
16:10  Rang {{duty manager}} [[name:Sunil Rao]] – agreed {{Section 20}} not needed tonight if a
       suitable adult could be found.
16:30  {{Neighbour}} Mr [[name:Ahmed Choudhury]], known to [[name:Yusuf]], agreed to stay until the carer
       returns. Car on drive [[vehicle_registration:HN17 KXD]] belongs to Mrs [[name:Begum]]'s son, not seen.
17:15  {{Police}} {{welfare check}} requested, log [[case_reference:HB-240222-0987]]. {{EDT}} updated.
Learning: the carer had not told us about the trip; the {{private fostering}} agreement had no
contingency plan for carer absence.
""")),
    ("social_care", "near_miss", block("""
Teams chat – {{PF}} duty
[[date:05/03/2024]] 09:12 [[name:Lena Horvath]]: anyone know if the [[organisation:Marlow Fields High]] referral for the girl staying w her 'cousin' got allocated?
09:14 [[name:Dami O.]]: which one lol we have 3 from them
09:15 [[name:Lena Horvath]]: [[name:Precious]], [[age:13]], DOB [[date_of_birth:30/08/2010]]. school say cousin is actually a family friend from {{church}}
09:21 [[name:Dami O.]]: ah it's sat in the {{MASH}} tray unallocated since the [[date:26th]] 😬
09:22 [[name:Lena Horvath]]: that's way past the 7 working days for the first visit
09:25 [[name:Dami O.]]: i'll take it, visiting this {{pm}}. tagging @[[name:Gareth]] as {{TM}}
09:40 [[name:Gareth]]: thanks both. pls do {{DBS}} + {{LA}} checks on the friend, see [[name:Precious]] alone, and can someone find out why {{MASH}} didn't route it to {{PF}} duty
09:41 [[name:Lena Horvath]]: on it. will ask the {{DSL}} how she sent it
""")),
    ("social_care", "success", block("""
Private Fostering Steering Group – minutes
Date: [[date:14 March 2024]], Room 2.07, {{Civic Centre}}
Present: [[name:Hope Adjei]] (chair), [[name:Marek Nowak]] ({{IRO}}), [[name:Sunny Bhatti]] ({{Education Safeguarding}}),
[[name:Anna-Lise Berg]] ({{Designated Nurse}}), [[name:Tobi]] (minutes)
Apologies: [[name:Grace Mbeki-Lewis]], [[name:P. Dunne]]

1. Language schools. Since the awareness session run by [[name:Sunny]] in {{January}}, three schools
([[organisation:Albion House School of English]], [[organisation:Lingua Bright Academy]],
[[organisation:Kingsway International College]]) now send their host lists to the {{front door}}
every month. Notifications are up from 2 last year to 11 this term.
2. {{GP}} registration. [[name:Anna-Lise]] reported that surgeries now ask new patients under 16
who they live with; [[organisation:Millbrook Surgery]] made one notification this quarter.
3. {{Ofsted}} readiness: audit of 10 cases, all seen within timescale.
Actions: [[name:HA]] to write to the remaining schools; [[name:SB]] to repeat the session in {{summer term}}.
""")),
    ("social_care", "incident", prose("""
On [[date:Monday 4 March]] I received the enhanced {{DBS}} certificate for Mr [[name:Colin Treharne]], the
private foster carer for [[name:Aarav Menon]] ([[age:aged 11]]) at [[address:62 Lister Gardens, Harbridge]]
[[postcode:HB6 3DW]]. It disclosed a caution for {{common assault}} some years ago. The application had
been submitted on [[date:18 January]] but the {{DBS}} portal held the carer's old address and nobody
chased it, so [[name:Aarav]] had been living there for seven weeks before the check was complete.
I visited the same day with my {{practice supervisor}}, [[name:Nkechi]]. Mr [[name:Treharne]] was open
about the caution, which related to a dispute with a neighbour. [[name:Aarav]] said he felt safe and that
Uncle [[name:Colin]] takes him to football on {{Saturdays}}. {{Risk assessment}} completed with [[name:Nkechi]]
and the {{team manager}}; arrangement assessed as suitable with a written agreement. The delay is the
incident: our checklist has no chase date for outstanding checks and {{business support}} could not
see the application status. Log [[case_reference:PFI-0057]].
""")),
    ("social_care", "near_miss", block("""
{{HANDOVER}}  duty → {{EDT}}  [[date:Fri 8/3]]
1) [[name:Ji-woo Park]] ([[age:15]]), Korean student at [[organisation:Kingsway International College]],
   host Mrs [[name:Delaney]], [[address:3 Orchard Close, Wexcombe]]. Host flying out tmrw for a funeral
   and planned to leave [[name:Ji-woo]] with her [[age:19-year-old]] son [[name:Rhys]]. College
   {{welfare officer}} [[name:Bill]] rang it in at {{15:30}} – thank you [[name:Bill]].
   Agreed: [[name:Ji-woo]] moves to the college's {{reserve host}} [[name:Amara Eze]] tmrw am, already
   {{DBS}} checked + visited by us [[date:Jan 23]].
   {{EDT}} pls: if host rings, do NOT agree to the son caring. College 24h line [[phone:01632 960772]].
2) Nothing else pending for {{PF}}. {{CP}} rota as normal.
[[name:KF]]
""")),
    ("social_care", "incident", block("""
From: [[name:Tomás Ibarra]] <[[email:tomas.ibarra@harbridge.gov.uk]]>
Sent: [[date:19 March 2024]] 18:02
To: [[email:pf.duty@harbridge.gov.uk]]
Cc: [[name:Gareth Lloyd]]
Subject: Incident – lone working, [[address:Flat 12, Tanners Court, Harbridge]]

[[name:Gareth]],

Logging this as asked. I did an {{unannounced visit}} to the {{private fostering}} arrangement for
[[name:Li Na]] ([[age:14]]) this afternoon. The carer's partner, who we had not been told lived
there, became verbally aggressive when I asked to see [[name:Li Na]]'s bedroom and stood in the
doorway. I left at {{16:45}}. My {{lone working}} check-in on the app didn't go through (no signal in
the stairwell) and {{business support}} did not chase it for 40 minutes.

The {{DSL}} at [[organisation:Harbridge Academy]] will see [[name:Li Na]] first thing tomorrow.
{{Partner}}'s car: [[vehicle_registration:WX21 BFO]] – please add a {{warning marker}} to the file.

[[name:Tomás]]
{{Social Worker}} | Private Fostering
[[phone:07700 900316]]
""")),
    ("social_care", "success", block("""
WhatsApp – {{PF}} team 💬
[[date:21/03/2024]], 17:48 - [[name:Faith]]: good news!! got {{mum}} on video from Romania with the {{interpreter}} & she signed the consent + {{delegated authority}} form 🙌
17:49 - [[name:Faith]]: so [[name:Ionela]] can have her {{MMR}} at school next wk
17:52 - [[name:gaz lloyd]]: brilliant. first {{PF}} this yr where we've had parental consent inside 10 days
17:53 - [[name:Hope]]: nice one [[name:Faith]] 👏 put it in the {{learning log}} pls
17:55 - [[name:Faith]]: will do. carer [[name:Bogdan Popescu]] was so relieved, he'd been worried about {{GP}} registration at [[organisation:Millbrook Surgery]] too – sorted now
17:56 - [[name:Tobi]]: 🎉🎉
""")),
    ("social_care", "near_miss", block("""
Carer checks audit – [[case_reference:PF/24/0211]] – carer: [[name:Patience Owusu-Ansah]]
Check          | Person                        | Requested  | Back       | Notes
{{DBS}} enhanced   | [[name:Patience Owusu-Ansah]]          | [[date:02/02/24]]   | [[date:20/02/24]]   | clear
{{DBS}} enhanced   | [[name:Kwame Owusu-Ansah]]             | [[date:02/02/24]]   | [[date:22/02/24]]   | clear
{{DBS}} enhanced   | [[name:Ben Owusu-Ansah]] ([[age:17]])         | –          | –          | NOT REQUESTED
{{LA}} checks      | household                     | [[date:02/02/24]]   | [[date:05/02/24]]   | nil known
{{GP}} letter      | [[name:Patience Owusu-Ansah]]          | [[date:02/02/24]]   | chased     | outstanding
Carer NI: [[ni_number:PW 90 31 55 B]]
Found by [[name:Marek]] ({{IRO}}) at {{case audit}} on [[date:27 Feb]], before the arrangement was signed off as
suitable: the {{checklist}} asks for 'adults' and [[name:Ben]] was missed because he is still at school.
[[name:Ben]] now checked, clear [[date:11/03/24]]. Checklist reworded to 'everyone aged 16 or over'.
""")),
    ("social_care", "incident", prose("""
pls log - car broken into outside [[address:88 Silverdale Rd]] while i was in doing {{PF}} visit 4
[[name:Joy]] ([[age:12]]) & carer auntie [[name:grace]]. bag on back seat (i no i no) had my notebook w/
names + addresses of 3 {{PF}} kids + the visit record 4 [[name:Joy]]. {{laptop}} was in {{boot}} n ok thank god.
car is [[vehicle_registration:YD68 HNB]], reported to {{police}} ref [[case_reference:CRN 4410293]] on
[[date:25/3]]. told {{TM}} [[name:Gareth]] + {{IG}}. notebook had [[name:Joy]]'s {{dob}} + school
([[organisation:Silverdale Juniors]]) + {{mum}}'s mob. need to ring all 3 families tmrw am b4
{{duty}}. v sorry. [[name:dami]]
""")),
    ("social_care", "success", prose("""
{{Learning note}} – good practice. [[name:Soraya Haddad]] ([[age:aged 15]]) was notified to us by
[[organisation:Marlow Fields High]] in {{October}}, living with her older sister's friend
Ms [[name:Leyla Demir]] after a family breakdown. The {{school nurse}}, [[name:Rosa Quintero]], noticed
weight loss and low mood at a routine drop-in and, rather than just referring on, rang the {{allocated worker}}
[[name:Kwabena]] that day. A joint visit followed on [[date:3 November]]; [[name:Soraya]] disclosed
self-harm and was seen by {{CAMHS}} within the week, with {{Signs of Safety}} mapping that involved
Ms [[name:Demir]] and, by phone, [[name:Soraya]]'s father overseas. The arrangement was stabilised rather
than ending in an emergency {{Section 20}} placement. What worked: a named contact, a same-day call,
and the carer being included, not judged. Shared at the {{CIN}} practice forum and with the
{{Safeguarding Partnership}}.
""")),
    ("social_care", "incident", block("""
INCIDENT REPORT FORM
Service: {{Children in Need}} – Private Fostering
Date of incident: [[date:2 April 2024]]   Time: {{11:20}}
Reported by: [[name:Marta Kowalczyk]] ({{Senior Practitioner}})
Child: [[name:Jaden Clarke-Mensah]]   DOB: [[date_of_birth:17/05/2011]]   {{NHS}} No: [[nhs_number:401 023 7783]]
Ref: [[case_reference:CIN-90127]]
Carer address: [[address:5 Wren Terrace, Harbridge]] [[postcode:HB3 9PZ]]

Description: A man phoned the {{front door}} saying he was [[name:Jaden]]'s dad and asking which
school he was at now. The {{contact officer}} confirmed '[[organisation:Harbridge Academy]]' before
checking the file, which records a non-molestation order against the father. Noticed by [[name:Marta]]
reading the contact record at {{11:40}}.

Immediate action: rang the school {{DSL}}, Mr [[name:Oduya]], who put the office on alert; carer
Mrs [[name:Annan]] informed; {{police}} informed, log [[case_reference:HB-240402-0331]].
""")),
    ("social_care", "near_miss", block("""
From: {{Accommodation Office}}, [[organisation:Albion House School of English]] <[[email:homestay@albionhouse-english.co.uk]]>
To: [[name:Hope Adjei]]
Date: [[date:Tue 9 April]]
Subject: RE: {{host list}} {{April}} intake

Dear [[name:Hope]],

Thank you for flagging this. You were right – the host listed for [[name:Matteo Gallo]] ([[age:15]]) and
[[name:Yuki Tanabe]] ([[age:14]]) at [[address:41 Brook Street]] moved house in {{February}} and our
database still showed the old address, so your team would have visited the wrong house and the new
household (which includes a {{lodger}}) would not have been checked. The students arrive on {{Sunday}}.

We have now sent the new address, [[address:7 Fenwick Road, Wexcombe]] [[postcode:WX2 5HJ]], and the
lodger's details for a {{DBS}} check. We will confirm every host address at the {{start of each term}}.

Kind regards,
[[name:Anneliese]]

[[name:Anneliese Brandt]]
{{Homestay & Welfare Manager}}
[[phone:01632 960231]]
""")),
    ("social_care", "success", prose("""
Shout-out to [[name:Pat]] on reception at [[organisation:Eastmoor Family Hub]]! A lady came in on
[[date:Wed 10th]] to ask about nursery for a [[age:3-year-old]] who was 'staying with her for a few
months' while his {{mum}} works abroad. [[name:Pat]] recognised this could be {{private fostering}}, gave
her our leaflet, and rang the {{front door}} with her permission. [[name:Mark]] on {{duty}} visited within
the week, {{Reg 8}} done, {{DBS}} started, {{health visitor}} linked in. Without [[name:Pat]] we'd never
have known. Nominated for the {{Star Award}}. – [[name:Gareth]] ({{TM}})
""")),
    ("social_care", "incident", block("""
{{Supervision note}} – [[name:Gareth Lloyd]] / [[name:Kwabena Asante]] – [[date:15/04/24]]
Case: [[name:Dilnoza]] ([[age:16]]) – [[case_reference:PF/23/0877]]
Issue: arrangement closed on {{LCS}} in {{December}} as 'child returned to parent' on the word of the
carer, Mr [[name:Rustamov]], over the phone. No visit, no contact with {{mum}}, no check with college.
[[organisation:Wexcombe Sixth Form College]] flagged this week that [[name:Dilnoza]] is still living at
[[address:23 Linden Avenue, Wexcombe]] and has been missing lessons.
Agreed:
- reopen as {{CIN}} today; [[name:KA]] to visit by {{Thursday}} and see [[name:Dilnoza]] alone
- {{strategy discussion}} if any sign of {{exploitation}}
- {{practice standard}}: no {{PF}} closure without seeing the child and speaking to a parent
""")),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
Datix [[case_reference:W-245117]]. Patient [[name:Edith Larkin]], [[age:91]], admitted via {{A&E}} on
[[date:11 January]] with a right {{intracapsular neck of femur fracture}}, hospital no.
[[case_reference:WGH0448120]]. She was listed for {{hemiarthroplasty}} on the {{trauma list}} on
[[date:12 January]] but cancelled at {{17:30}} after being {{nil by mouth}} since midnight; she was kept
nil by mouth again the next morning and not operated on until [[date:14 January]], well outside the
36-hour standard in {{NICE}} guidance. On [[date:13 January]] the {{HCA}} found a category 2
{{pressure ulcer}} on her left heel. She had been on a standard trolley mattress in {{ED}} for nine
hours. {{Waterlow}} score on admission was 22 but no {{heel offloading}} was documented until day three.
Reported by Staff Nurse [[name:Chidi Nwosu]], [[organisation:Brunel Ward]].
""")),
    ("health", "near_miss", block("""
NIGHT → EARLY HANDOVER – [[organisation:Brunel Ward]] – [[date:Sat 3/2]]
Bay 4 bed 2 – Mr [[name:Harold Brierley]] ([[age:84]]) {{#NOF}} L, {{DHS}} {{Thurs}}. Likes to be called [[name:Harry]].
  NEAR MISS: {{enoxaparin}} 40mg written on BOTH the {{ED}} paper chart and {{EPMA}}. {{ED}} dose given
  22:10, {{EPMA}} dose due 22:00 still showing 'not given' – I nearly gave it. Checked with
  {{SHO}} Dr [[name:Adeyemi]], paper chart struck through. Datix [[case_reference:W-245390]].
Bay 4 bed 3 – [[name:Joan]] ([[age:78]]) {{skin traction}} R leg, for {{IMN}} on the list tmrw. Heels
  checked 2-hrly, {{Repose}} boot on. {{NBM}} from 02:00.
Side room 1 – Mrs [[name:Oyinlola Bankole]], {{delirium}} overnight, {{4AT}} 6, daughter aware.
[[name:Ros]] ({{RN}})
""")),
    ("health", "success", prose("""
Shout-out for the {{therapies}} team on [[organisation:Brunel Ward]] this week. [[name:Grace Akintola]]
({{physio}}) and [[name:Ollie]] ({{OT}}) had Mrs [[name:Ivy Parkes]], [[age:aged 93]], sitting out and
standing with a {{Zimmer frame}} on {{day 1}} after her {{hemiarthroplasty}}, even though her {{Hb}} was
89. They checked with the {{ortho-geriatrician}}, Dr [[name:Malhotra]], first and split it into two short
sessions. Mrs [[name:Parkes]] went back to [[organisation:Larkfield Lodge]] on {{day 5}} with no
{{pressure damage}}, and her daughter [[name:Amber]] wrote to say it was the first time her mum had smiled
since the fall. Brilliant work – Sister [[name:Joy Mutasa]], {{Ward Manager}}.
""")),
    ("health", "incident", block("""
Timeline – unwitnessed fall – [[organisation:Brunel Ward]] – [[date:18/02/24]]
Patient: [[name:Stanisław Kowal]], [[age:79]], hosp no [[case_reference:WGH0451978]], {{NHS}} no [[nhs_number:485 777 3457]]
02:15  {{HCA}} [[name:Bernadette]] heard a call from bay 2, found pt on floor beside bed. {{Bed rails}} down
       (assessed as not appropriate), {{falls sensor}} not switched on.
02:18  {{NEWS2}} 3, {{GCS}} 14 (baseline 15). On {{apixaban}}.
02:25  On-call {{FY1}} Dr [[name:Lin]] reviewed; {{CT head}} requested as anticoagulated.
03:40  {{CT}} – no bleed. Skin tear L forearm dressed.
06:00  Son [[name:Piotr]] informed by phone, [[phone:07700 900552]].
Contributing: sensor mat unplugged for a bed change at 23:00 and not reconnected; only 2 {{RNs}} for
28 beds after short-notice sickness.
Reported by: [[name:Ayo Bello]], {{Nurse in Charge}}
""")),
    ("health", "near_miss", block("""
Teams – Trauma Coordinators
[[date:Mon 26 Feb]] 07:41 [[name:Rachel Ng]]: morning! {{trauma list}} today – 1) [[name:Beryl Amos]] L {{#NOF}} 2) [[name:Jaswinder Kaur]] R {{ankle ORIF}} 3) Mr [[name:T. Quayle]] {{wrist MUA}}
07:58 [[name:Deepak]]: hang on – [[name:Jaswinder Kaur]] is R ankle on the list but the consent form + site mark say LEFT 🤔
08:02 [[name:Rachel Ng]]: checking… {{ED}} x-ray is LEFT, typo on the booking. fixing now
08:03 [[name:Deepak]]: pls datix. {{WHO checklist}} would've caught it but still
08:10 [[name:Rachel Ng]]: done, [[case_reference:W-245688]]. also [[name:Beryl]]'s {{INR}} was 1.9 so anaesthetist wants a recheck, might swap order
08:11 [[name:Mo Sharif]] ({{Anaesthetics}}): yes pls recheck {{INR}}, if <1.5 she goes first
""")),
    ("health", "incident", block("""
From: [[name:Femi Oladipo]] <[[email:femi.oladipo@wexcombe-nhs.uk]]>
To: [[organisation:Brunel Ward]] {{Sister}}
Date: [[date:29 February 2024]]
Subject: Cat 3 pressure ulcer – bed 14 – [[case_reference:WGH0439902]]

Hi [[name:Joy]],

Reviewed Mr [[name:Kwasi Mensah]] today ({{traction}} for {{acetabular fracture}}, day 12). He has a
category 3 {{pressure ulcer}} to the sacrum, 3 x 2 cm, which was documented as 'red, blanching' on
[[date:24 Feb]] and not reassessed for four days. Repositioning charts show gaps of 6–8 hours
overnight. Because of the {{traction}} he can only be tilted, and the team said they weren't sure how.

He now has a {{dynamic mattress}} (from [[organisation:Tilbury Medical Beds Ltd]]). I've reported it to
the {{Patient Safety}} team as a moderate harm incident and will run a {{tilting}} teaching session on
[[date:Tuesday 5 March]].

Thanks,
[[name:Femi]]
[[name:Femi Oladipo]], {{Tissue Viability Nurse Specialist}} | [[phone:01632 960904]]
""")),
    ("health", "success", block("""
Trauma & Orthopaedics Governance – minutes
[[date:7 March 2024]], {{Seminar Room B}}
Attendees: Mr [[name:Vikram Sethi]] ({{Consultant}}, chair), Sister [[name:Joy Mutasa]], [[name:Rachel Ng]] ({{Trauma Coordinator}}),
Dr [[name:Hannah Malhotra]] ({{Orthogeriatrics}}), [[name:Grace Akintola]] ({{Physio}})
Apologies: [[name:Femi Oladipo]], Dr [[name:Ewan McTaggart]]

Item 3 – {{NHFD}} figures. 78% of {{hip fracture}} patients went to theatre within 36 hours in
{{February}}, up from 54% in the autumn. Credit to the ring-fenced {{weekend trauma list}} and
[[name:Rachel]]'s {{07:45}} huddle with the {{anaesthetic}} lead. {{Day 1}} mobilisation 81%.
Item 4 – {{Pressure ulcers}}: no new category 3 since [[date:29 Feb]].
Actions: [[name:JM]] to put the figures on the ward board; [[name:RN]] to share the huddle template
with the elective unit. Next meeting [[date:4 April]].
""")),
    ("health", "near_miss", prose("""
pls datix - {{bay 3}} has 2 pts called [[name:margaret]] ([[name:m. holloway]] bed 1, [[age:88]] & [[name:m. holt]]
bed 4, [[age:90]]) both {{#NOF}}, both {{confused}}. went to give {{oramorph}} 5mg to bed 4 n [[name:margaret]]
in bed 1 said yes when i said her name. only checked {{wristband}} bc the {{allergy band}} colour looked wrong
n it was the wrong [[name:margaret]]. no harm, not given. asked {{bed manager}} to move one to {{bay 5}} + put
a {{name alert}} on the board. [[name:sj]] ({{HCA}}) mixed them up on {{obs}} earlier too. [[name:ayo]]
""")),
    ("health", "incident", block("""
INCIDENT FORM – [[case_reference:W-246002]]
Date/time: [[date:12/03/2024]] {{16:20}}
Location: [[organisation:Brunel Ward]], [[organisation:Wexcombe General Hospital]]
Patient: [[name:Dennis Waterhouse]]   DOB [[date_of_birth:04/09/1938]]   {{NHS}} [[nhs_number:612 904 3384]]
Home: [[address:Flat 6, Mayfield Court, 18 Church Lane, Wexcombe]] [[postcode:WX4 8RB]]
Category: Discharge / transfer
Description: Discharged home day 9 after {{DHS}} with a {{package of care}}. {{Patient transport}}
([[organisation:Swiftcare Ambulance Services]], vehicle [[vehicle_registration:WV70 PTL]]) took him to the
previous address still on {{PAS}}, his late wife's bungalow, now empty. Crew rang the ward at {{17:05}};
he was brought back to the ward at {{18:40}}, cold and distressed. Carers from
[[organisation:Homeward Care Ltd]] had gone to the correct flat and left.
Reporter: [[name:Callum Reid]], {{Discharge Coordinator}}
""")),
    ("health", "success", block("""
From: [[email:bev.castellano@fastmail.co.uk]]
To: {{PALS}}
Subject: Thank you, [[organisation:Brunel Ward]]

Dear Sister [[name:Mutasa]] and team,

My dad, [[name:Rocco Castellano]], was on your ward from [[date:2 March]] after breaking his hip at
[[age:87]]. I wanted to thank the {{night nurse}} [[name:Hope]], who sat with him at {{3am}} when he was
frightened and thought he was back in the {{army}}, and [[name:Bill]] the {{porter}}, who took the time to
wheel him to the window to see the snow. The {{pressure area}} care was excellent – he came home
without a mark. [[name:Ollie]] the {{OT}} even came out to the house to fit the {{raised toilet seat}}.

With thanks,
[[name:Beverley Castellano]] (daughter)
[[phone:07700 900781]]
""")),
    ("health", "incident", block("""
Traction check audit – Bay 6 – w/c [[date:11/03/24]]
Bed | Patient              | Traction                          | Wt prescribed | Wt found                | Checked
6.1 | [[name:A. Szabo]]            | {{skin traction}}                     | 3 kg          | 3 kg                    | [[name:KM]]
6.2 | [[name:Eileen Doherty]]       | {{skin traction}}                     | 2.5 kg        | none – weights on floor | [[name:KM]]
6.3 | [[name:R. Fairweather]]       | {{skeletal traction}} ({{Denham pin}})    | 8 kg          | 4 kg                    | [[name:KM]]
6.4 | empty                | –                                 | –             | –                       | –
Two of three patients on {{traction}} had the wrong weight at the {{10:00}} check on [[date:13 March]].
6.2 had the weights taken off for a wash and not put back; 6.3 had been changed after an {{X-ray}} with
no medical plan. {{Registrar}} Dr [[name:Ibrahim Sallah]] reviewed; repeat {{X-ray}} for 6.3 showed loss of
position. Datix [[case_reference:W-246077]]. Refresher booked with [[name:Kate Morrow]] ({{Practice Educator}}).
""")),
    ("health", "near_miss", prose("""
At the {{sign in}} stage of the {{WHO Surgical Safety Checklist}} on [[date:Friday 15 March]], the
{{ODP}}, [[name:Tariq Jaffer]], noticed that the {{group and save}} sample for Mr [[name:Leonard Pike]]
([[age:aged 82]], hospital number [[case_reference:WGH0452210]], {{NHS}} [[nhs_number:450 118 7638]]) had
expired at midnight. He was first on the list for a {{total hip replacement}} for a displaced
{{NOF}} fracture, with a pre-op {{Hb}} of 98. The ward checklist had been ticked 'G&S valid' by the
night team, who had looked at the date of the original sample rather than the {{blood bank}} expiry.
Surgery was delayed by 70 minutes while a new sample was processed; no harm. The
{{consultant anaesthetist}}, Dr [[name:Ngozi Ekwueme]], asked for the ward checklist to record the
expiry time, not just 'valid'. Datix [[case_reference:W-246140]]. Reported by [[name:Tariq Jaffer]],
{{Theatres}}.
""")),
    ("health", "incident", block("""
WhatsApp export – night team chat
[[date:20/03/2024]], 03:12 - [[name:Kemi]]: [photo] is this a {{cat 3}} or {{unstageable}}?? bed 9 sacrum
03:13 - [[name:Kemi]]: its Mr [[name:Danso]], {{wristband}}'s in the pic sorry
03:20 - [[name:Nat B]]: babe delete that!! patient identifiable on whatsapp 😬 use the {{TVN}} referral on {{EPR}} with the ward ipad
03:21 - [[name:Kemi]]: deleted. panicked, no {{TVN}} at night
03:25 - [[name:Nat B]]: fair. treat as unstageable, {{Mepilex}} + {{hybrid mattress}}, i'll datix the photo
03:30 - [[name:Marisol]]: it auto-saved to my phone 🙈 deleting now
(Exported by [[name:Natalie Brooks]], {{Deputy Sister}}, for the {{IG}} report [[case_reference:W-246301]] on [[date:20 March]])
""")),
    ("health", "success", block("""
Safety huddle {{08:30}} [[date:Thu 21/3]] – [[organisation:Brunel Ward]]
GOOD CATCH: {{student nurse}} [[name:Faith Oduro]] spotted new calf swelling in Mrs [[name:Gwen Pritchard]]
(bed 11, {{hemiarthroplasty}} {{day 2}}) and escalated to the {{SHO}} even though she was on {{enoxaparin}}.
{{Doppler}} confirmed a {{DVT}}; now on treatment dose. Well done [[name:Faith]]!
Falls: 0 in 72 hrs.   {{Pressure ulcers}}: 0 new.
Staffing: 5 {{RN}}, 4 {{HCA}}, bank [[name:Rose]] covering the {{late}}.
{{Physio}}: [[name:Grace]] off, cover from the {{elective}} team.
Discharges: beds 3, 7 (to [[organisation:Larkfield Lodge]]), 15.
Lead: [[name:JM]]
""")),
    ("health", "incident", prose("""
Missed {{time-critical medication}}. Pt [[name:Arthur Bellingham]], [[age:76yo]], {{Parkinson's}},
{{#NOF}} R, hosp no [[case_reference:WGH0453367]]. Kept {{NBM}} from 02:00 on [[date:23/03]] for the
trauma list and bumped twice. {{Co-careldopa}} doses at 06:00, 10:00 and 14:00 all charted 'NBM' and not
given – nobody realised they can be given with sips of water. By 16:00 he was rigid, unable to swallow,
{{NEWS2}} 5. {{Parkinson's nurse}} [[name:Ulla Lindqvist]] contacted via switchboard and advised a
{{rotigotine patch}}; {{SHO}} prescribed, applied 17:10. Op postponed to the next day. Wife [[name:Doreen]]
very upset and asked for a meeting – booked with Sister [[name:Mutasa]]. Datix [[case_reference:W-246388]].
Reported by [[name:R. Okonkwo-Hale]], {{RN}}.
""")),
    ("health", "near_miss", block("""
Phone call – critical result – [[date:25/03/24]] {{21:47}}
Caller: [[name:Ines]], {{biochemistry}}, [[organisation:Wexcombe Pathology]]
Taken by: {{HCA}} [[name:Lewis]] (answered the ward phone)
  [[name:Ines]]: Potassium of 6.9 for [[name:Mohammed Al-Rashid]], bed 8, hospital number [[case_reference:WGH0450081]].
  [[name:Lewis]]: I'm an {{HCA}}, I'll write it down and pass it on.
What happened next: the result was written on a paper towel and left at the nurses' station. Found
40 minutes later by the {{nurse in charge}}, [[name:Ayo Bello]]. {{ECG}} showed peaked T waves;
{{calcium gluconate}} and {{insulin-dextrose}} given by 22:50, repeat K+ 5.6. No lasting harm.
Learning: lab to read critical results only to a registered nurse or doctor; ward to keep a critical
results book by the phone. Datix [[case_reference:W-246412]] (patient {{NHS}} no. [[nhs_number:718 226 0913]]).
""")),
    ("health", "success", prose("""
Learning from excellence – submitted by [[name:Will Okonjo]], {{Orthopaedic Registrar}}. On the night of
[[date:28 March]] Mr [[name:Jerzy Malinowski]], [[age:aged 67]], on {{skeletal traction}} for a
{{femoral shaft fracture}}, became suddenly breathless and confused with a {{petechial rash}}.
{{Staff nurse}} [[name:Mercy Appiah]] recognised possible {{fat embolism}}, put out a {{MET call}}, started
high-flow {{oxygen}} and had the {{ABG}} kit and his last {{obs}} ready before the team arrived. The
{{outreach}} nurse, [[name:Colm]], arranged {{ITU}} review within 20 minutes. Mr [[name:Malinowski]] had his
{{intramedullary nail}} four days later and went home well on [[date:9 April]]. [[name:Mercy]]'s calm,
structured {{SBAR}} handover made the difference. Shared at {{M&M}} and on the ward's
{{Greatix}} board.
""")),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
{{Air Safety Report}} [[case_reference:ASR-24-031]]. [[date:6 February 2024]], flight [[flight_number:HXJ204]],
{{Challenger 350}} [[aircraft_registration:G-HXJC]], [[organisation:Harbridge Airport]] outbound to
Switzerland with seven passengers. The {{manifest}} from the {{broker}} listed a severe nut allergy for the lead
passenger's son, [[name:Luca Marchetti]] ([[age:8]]), and the {{cabin attendant}}, [[name:Bryony Hale]],
had written 'NUT FREE' on the order to [[organisation:Skyplate Catering]]. The snack boxes were labelled
nut free but contained a praline dessert. [[name:Luca]] ate part of it in the cruise at {{FL410}} and
developed lip swelling and wheeze; his mother used his own {{adrenaline auto-injector}} and the
{{commander}}, Capt [[name:Idris Rahman]], declared a {{PAN}} and diverted. [[name:Luca]] was handed to
paramedics on arrival and discharged the same evening. {{MOR}} submitted to the {{CAA}}; caterer has
suspended the dessert line and we are adding an allergen sign-off at the {{FBO}}.
""")),
    ("aviation", "near_miss", block("""
RT extract – [[organisation:Harbridge Airport]] {{TWR}} – [[date:14/02/24]] {{0842Z}}
{{TWR}}:  [[flight_number:Halcyon three one kilo]], runway two six, line up and wait.
[[aircraft_registration:G-HXJD]]:  Line up and wait two six, [[flight_number:Halcyon one three kilo]].
{{TWR}}:  [[flight_number:Halcyon one three kilo]], negative, hold position. [[flight_number:Halcyon three one kilo]], line up and wait two six.
[[aircraft_registration:G-HXJA]]:  Line up and wait two six, [[flight_number:Halcyon three one kilo]].

Crew report ({{PM}} [[name:Tom Reilly]]): both company aircraft were at {{holding point}} A1 as
[[flight_number:HXJ31K]] and [[flight_number:HXJ13K]]. We took the clearance for [[flight_number:31K]] and had
started to roll forward before {{ATC}} stopped us. {{PF}} and I both heard 'one three' because we were
expecting to be next. Learning: {{similar callsigns}} – ops to avoid rostering mirror-image flight
numbers out of the same base; {{SOP}} now to confirm full callsign before crossing the {{hold line}}.
""")),
    ("aviation", "success", prose("""
Shout-out to [[name:Marguerite Dubois]] at [[organisation:Meridian Jet Centre]]. On [[date:Sat 24 Feb]],
while checking passports against the {{GENDEC}} for [[flight_number:HXJ550]], she noticed a
[[age:6-year-old]] passenger travelling with an adult with a different surname and no consent letter
from the other parent. She calmly asked the broker to confirm, the child's mother was reached by
phone within 20 minutes and confirmed the trip in writing, and the flight left 35 minutes late with a
clean manifest. {{Border Force}} told us afterwards they appreciated the care taken. The crew,
Capt [[name:Rhiannon Hale]] and {{FO}} [[name:Deshawn Pryce]], said it was the most professional
{{handling}} they'd had all year. – [[name:Lottie]], {{Ops Controller}}
""")),
    ("aviation", "incident", block("""
From: [[name:Declan Murphy]] <[[email:d.murphy@halcyonjets.co.uk]]>
Sent: [[date:2 March 2024]] 22:14
To: {{Safety}} <[[email:safety@halcyonjets.co.uk]]>
Cc: [[name:Anja Reuter]]
Subject: Fuel uplift error – [[aircraft_registration:G-HXJC]]

Hi [[name:Anja]],

On today's [[flight_number:HXJ118]] the fuel request to [[organisation:Northgate Aviation Fuels]] was for
2,400 (meaning kg) but the {{bowser}} driver uplifted 2,400 litres – about 1,930 kg. The {{fuel slip}} was
signed by the {{first officer}} on the {{ramp}} without checking units, and the {{FMS}} fuel figure was
entered from the request, not the gauges. I noticed the discrepancy at {{top of climb}} comparing the
{{totaliser}} with the {{gauges}}. We diverted and refuelled; we'd have landed at destination close to
{{final reserve}}. No passengers on board ({{positioning}}). Bowser [[vehicle_registration:NG19 FUE]].
{{ASR}} [[case_reference:ASR-24-044]] raised.

[[name:Declan]]
Capt [[name:Declan Murphy]] | {{Line Training Captain}} | [[organisation:Halcyon Executive Jets]]
M: [[phone:07700 900145]]
""")),
    ("aviation", "near_miss", block("""
#ops-control – Slack export [[date:08/03/2024]]
[14:02] @[[name:lottie.g]]: heads up – the manifest for [[flight_number:HXJ702]] that went to [[organisation:Apex Ground Handling]] + {{APIS}} is yesterday's (the [[name:Abramov]] party) not today's 🙃
[14:03] @[[name:raj]]: 😳 how
[14:05] @[[name:lottie.g]]: template in the {{ops system}} didn't refresh after the broker changed {{pax}}. only spotted cos [[name:Desmond]] at [[organisation:Apex]] asked why there were 5 names when the booking said 3
[14:07] @[[name:raj]]: ok resubmit {{APIS}}, {{ETD}} 15:30 so we've time. did the old one have {{passport nos}}?
[14:08] @[[name:lottie.g]]: yes 😬 emailed [[organisation:Apex]] to delete + confirm. raising an {{ASR}} and telling the {{DPO}}
[14:20] @[[name:Desmond]]: deleted our side, new {{GENDEC}} received 👍
[14:21] @[[name:raj]]: thanks [[name:Des]] 🙏
""")),
    ("aviation", "success", block("""
OPS HANDOVER  day → night  [[date:Sun 10/3]]  ([[name:Priyanka]] → [[name:Marcus]])
• [[aircraft_registration:G-HXJC]] – [[flight_number:HXJ330]] {{ETD}} 21:00 now crewed by Capt [[name:Hale]] / {{FO}} [[name:Pryce]].
  Original captain [[name:Jonas Eriksen]] called himself fatigued at 15:10 after three early starts
  and a poorly child at home. Handled by the book: no questions, {{FRMS}} form done, standby crew
  called 15:25, no delay to pax. Good example of our {{fatigue policy}} working – pls mention at
  {{Tuesday}}'s huddle.
• [[aircraft_registration:G-HXJA]] – serviceable, back from {{A-check}} at [[organisation:Aerotech MRO]],
  tech log [[case_reference:TL-0882]] closed.
• Catering for [[flight_number:HXJ330]]: [[organisation:Skyplate Catering]] confirmed 4 x halal, delivered to the {{FBO}} 19:30.
• Crew car [[vehicle_registration:LK22 OXP]] in bay 4, keys in the {{crew room}}.
""")),
    ("aviation", "incident", block("""
Chronology – ground damage – [[aircraft_registration:G-HXJD]] ({{Phenom 300}}) – [[organisation:Meridian Jet Centre]] {{apron}} – [[date:15/03/2024]]
{{1905Z}}  Aircraft towed from the hangar to {{stand 7}} by [[organisation:Meridian Jet Centre]] line staff
       ([[name:Kyle]] driving tug [[vehicle_registration:MJ66 TGU]], one wing walker).
{{1907Z}}  Right wingtip contacted the {{GPU}} left on stand 6. Wing walker ([[name:Sione Taufa]]) was on the left.
{{1910Z}}  Damage to wingtip {{nav light}} and fairing. Duty engineer [[name:Amber Leigh]] informed.
{{1940Z}}  Crew arrived for [[flight_number:HXJ415]]; flight cancelled, charter pax moved to [[aircraft_registration:G-HXJA]].
{{2015Z}}  {{MOR}} to {{CAA}}, ref [[case_reference:MOR-2024-03117]]; {{FBO}} internal report [[case_reference:MJC-GH-0119]].
Contributing: single wing walker at night on a tight stand; {{GPU}} not stowed after use.
""")),
    ("aviation", "near_miss", prose("""
quick one for safety pls – [[flight_number:HXJ602]] [[date:sat 16th]], {{xls}} [[aircraft_registration:G-HXJA]].
we got held on {{stand}} cos pax late so {{walkround}} done early (0940) then catering + bags loaded after.
somewhere in there the {{engineer}} refitted the {{pitot covers}} for the wash?? not sure who. {{FO}}
[[name:jess]] did a 2nd walkround but only the left side bc the {{catering van}} was blocking the right.
[[name:bash]] the {{dispatcher}} from [[organisation:apex]] spotted the red flag on the R {{pitot}} as we
started engines n waved us down. no harm, 10 min delay. learning – redo the full {{walkround}} if anything
happens after it, n the van shouldnt park there. {{ASR}} to follow. [[name:rob]] ({{capt}})
""")),
    ("aviation", "success", block("""
From: [[name:Isabella Ferreira-Wong]] <[[email:isabella@ferreirawong-travel.com]]>
To: Charter Sales, [[organisation:Halcyon Executive Jets]]
Date: [[date:20 March 2024]]
Subject: Thank you – [[flight_number:HXJ810]]

Dear [[name:Oliver]],

Just passing on my client's thanks for {{Tuesday}}. Mrs [[name:Adeyemi-Clarke]]'s father, who uses a
wheelchair and has {{dementia}}, flew with you for the first time. Your {{cabin host}} [[name:Faith]] met the
family in the {{FBO}} lounge, went through the {{PRM}} handling with [[organisation:Meridian Jet Centre]]
beforehand and arranged the {{ambulift}} without being asked. Capt [[name:Rahman]] came back during the
cruise to explain the descent so he wasn't frightened. Small things, but they made the day.

Best,
[[name:Bella]]

[[name:Isabella Ferreira-Wong]] | {{Director}}, [[organisation:Ferreira Wong Travel]] | [[phone:020 7946 0871]]
""")),
    ("aviation", "incident", block("""
OCCURRENCE REPORT
Report no: [[case_reference:ASR-24-052]]
Date of occurrence: [[date:23/03/2024]]
Flight: [[flight_number:HXJ927]]    A/C: [[aircraft_registration:M-HXJE]] ({{Global 6000}})
Crew: Capt [[name:Idris Rahman]], {{FO}} [[name:Sanna Virtanen]], {{CA}} [[name:Bryony Hale]]
Category: {{FTL}} exceedance / {{commander's discretion}}
Narrative: Passenger arrival delayed 2h40 at the outstation. {{OCC}} advised the crew they could extend
under {{commander's discretion}}, but the {{ops controller}} worked out the {{FDP}} from the report time
in the {{crew roster}}, which had not been updated after the crew reported early for {{de-icing}}.
Actual {{FDP}} exceeded the maximum plus discretion by 35 min; found post-flight by
[[name:Priyanka Sood]] in {{crew planning}}. No crew member reported fatigue, but the limits were not met.
Notified: {{CAA}} via {{MOR}}. Crew given 14 h rest before next duty.
""")),
    ("aviation", "near_miss", block("""
{{Safety Action Group}} – minutes – [[date:27 March 2024]]
Present: [[name:Anja Reuter]] ({{Safety Manager}}), Capt [[name:Declan Murphy]] ({{Head of Training}}),
[[name:Priyanka Sood]] ({{Crew Planning}}), [[name:Marcus Oyelaran-Webb]] ({{OCC}}), [[name:Tom Reilly]] ({{FO}} rep)
Apologies: [[name:Amber Leigh]] ({{Engineering}}), [[name:Will]]

Item 2 – {{near miss}} [[case_reference:ASR-24-049]]. On [[date:21 March]] the {{passenger manifest}} for
[[flight_number:HXJ662]] ({{Challenger 350}}) listed 9 passengers but 10 boarded: a {{nanny}} was added by the
broker 20 minutes before departure and not passed to the crew. {{Weight and balance}} was still in
limits. Caught by the {{cabin attendant}} doing a {{headcount}} before {{door closure}}.
Actions: {{OCC}} to lock manifests at {{ETD}} minus 60 unless the {{duty manager}} agrees a change
(owner [[name:MO-W]]); broker contract wording to be reviewed ([[name:AR]]).
""")),
    ("aviation", "success", block("""
WhatsApp – XLS crew
[[date:29/03/2024]], 06:12 - [[name:Tom Reilly]]: morning all. FYI for anyone on [[flight_number:HXJ140]] – {{NOTAM}} just out, runway at destination closed 0900–1100Z for works, not in our brief pack
06:14 - Capt [[name:Rob]]: good spot [[name:Tom]], that's us. our {{ETA}} was 0915Z 😬
06:20 - OCC [[name:Marcus]]: thanks, re-planning for an earlier dep, pax told via broker, {{slot}} requested
06:31 - OCC [[name:Marcus]]: new slot 0750Z ✅ we'll look at why the {{briefing software}} filter missed it
06:33 - [[name:Sanna V]]: 👏 [[name:Tom]]
Follow-up [[date:2 April]]: filter radius fixed by the vendor; {{Safety Manager}} thanked [[name:Tom]] in the crew newsletter.
""")),
    ("aviation", "incident", prose("""
During unloading of [[flight_number:HXJ233]] ({{Citation XLS+}} [[aircraft_registration:G-HXJA]]) at
[[organisation:Harbridge Airport]] on [[date:1 April 2024]], the {{ramp agent}} from
[[organisation:Apex Ground Handling]], [[name:Gintaras Petrauskas]], noticed smoke and a burning smell
from a soft bag in the rear baggage compartment. The bag belonged to passenger
Mr [[name:Yannick Delacroix-Bah]] and contained an electric skateboard battery that had not been
declared to the crew or the broker. [[name:Gintaras]] used a {{fire containment bag}} and the
{{airport fire service}} attended; no injuries and no damage to the aircraft. The {{dangerous goods}}
question on the broker's booking form had been answered 'no'. Our {{cabin attendant}} had not asked the
{{DG}} question at the steps because the party came airside by car from the {{FBO}}
([[vehicle_registration:BF23 KLU]]) and loaded their own bags. {{MOR}} [[case_reference:MOR-2024-04020]].
""")),
    ("aviation", "near_miss", block("""
{{RT}} extract (crew recollection, {{ATC}} tape requested) – [[flight_number:HXJ518]] – [[date:03/04/24]]
{{APP}}:  [[flight_number:Halcyon five one eight]], descend altitude three thousand feet, {{QNH}} one zero zero three.
{{A/C}}:  Descend altitude three thousand feet, {{QNH}} one zero one three, [[flight_number:Halcyon five one eight]].
{{APP}}:  [[flight_number:Halcyon five one eight]], negative, {{QNH}} one zero zero three, read back.
{{A/C}}:  One zero zero three, [[flight_number:Halcyon five one eight]], apologies.

{{PM}} ([[name:Jess Llewellyn]]) read back 1013 out of habit having just left {{STD}}; {{PF}}
(Capt [[name:Robert Achterberg]]) had already set 1013 on both sides. A 10 {{hPa}} error is about 300 ft
high on the approach. {{ATC}} caught it. No {{level bust}}. Learning: both pilots to cross-check the
{{ATIS}} figure against the set value before reading back.
""")),
    ("aviation", "success", block("""
Q1 Safety Recognition – nominations
Name | Role | Date | What they did
[[name:Gintaras Petrauskas]] ([[organisation:Apex Ground Handling]]) | {{ramp agent}} | [[date:01/04/24]] | contained smoking battery in the hold of [[aircraft_registration:G-HXJA]]
[[name:Marguerite Dubois]] ([[organisation:Meridian Jet Centre]]) | {{FBO}} agent | [[date:24/02/24]] | queried a minor's consent letter on [[flight_number:HXJ550]]
[[name:Jonas Eriksen]] | {{Captain}} | [[date:10/03/24]] | reported fatigue early – crew swap, no delay
[[name:Tom Reilly]] | {{First Officer}} | [[date:29/03/24]] | spotted a missed {{NOTAM}} on [[flight_number:HXJ140]]
Winner (voted by the {{SAG}}): [[name:Gintaras]]. Voucher and certificate to be presented by [[name:Anja Reuter]]
({{Safety Manager}}) at the {{crew conference}}.
""")),
    ("aviation", "incident", prose("""
Reporting loss of an {{EFB}} iPad (asset [[case_reference:EFB-0217]]) after [[flight_number:HXJ771]] on
[[date:Fri 5 April]]. Crew taxi from [[organisation:Meridian Jet Centre]] to the hotel, firm
[[organisation:Cityline Cars]], reg [[vehicle_registration:KX19 WTA]], driver '[[name:Baz]]'. I left the iPad in
the seat pocket. It had the charts, the {{tech log}} app and that day's {{passenger manifests}} (names,
passport numbers and dates of birth for 6 pax) in the {{ops app}} offline cache. Noticed at {{22:40}}; rang
the cab firm, no answer until morning. Remote wipe via {{MDM}} done by IT ([[name:Kofi]]) at {{23:05}},
confirmed. Cab firm found it on [[date:6/4]] and returned it. Reported to the {{DPO}}.
{{FO}} [[name:Sanna Virtanen]], [[phone:07700 900268]]
""")),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind337", REPORTS))
