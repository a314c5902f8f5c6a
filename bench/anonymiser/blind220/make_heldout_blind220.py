"""Held-out blind corpus 220: fifty UK incident, near-miss and success ("learning") reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well the de-identifier generalises. Three settings, all people, organisations, places and
numbers invented:

- social_care (17): a council fostering service -- supervising social workers, foster carers,
  the fostering panel, placement endings, family time/contact and allegations;
- health (17): an adult intensive care unit -- ICU nurses, the outreach team, ventilators,
  proning, the relatives' room and step-down to wards;
- aviation (16): a business jet charter operator and its FBO -- handling agents, private
  passengers, crew positioning, customs, catering and de-icing requests.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes with
attendance and apologies, pipe-separated or aligned tables, RT transcripts, shout-outs and
thank-you notes. `[[label:value]]` marks identifiers and `{{term}}` must-not-redact mentions
(roles, agencies, clinical and aviation terms, generic days and times, place types, acronyms).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind220.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
quick note b4 i forget - family time at [[organisation:Ashcombe Family Centre]] today
([[date:tues 4th]]) went badly. {{mum}} turned up 40 min late w new bf (calls himself
[[name:Deano]]) who is NOT on the {{contact plan}}. [[name:kayden]] ([[age:6yo]]) v unsettled,
hid under the table n wet himself. {{contact supervisor}} [[name:bev]] ended it early which was
the right call. rang {{duty SW}} twice, voicemail both times. {{foster carer}} [[name:Joy]]
collected him at {{4.15}}, he didnt settle til gone 10. need {{LADO}}? prob not, but needs
raising w {{IRO}} before his {{LAC review}} on [[date:19th]]. ref [[case_reference:FC-22871]].
- [[name:tw]]
""")),
    ("social_care", "incident", prose("""
On [[date:14 February 2024]] the {{supervising social worker}}, [[name:Lindiwe Mahlangu]],
received a call from the {{DSL}} at [[organisation:Crowmarsh Hill Academy]] reporting that
[[name:Ellis]] ([[age:13]]) had disclosed being pushed against a wall by his {{foster carer}},
Mr [[name:Gheorghe Popescu]], during an argument about a confiscated phone. A small bruise was
noted on his upper arm. The allegation was referred to the {{LADO}} the same afternoon and a
{{strategy discussion}} was held with {{police}} and the {{MASH}}. [[name:Ellis]] was moved that
evening to respite carers [[name:Faith]] and [[name:Desmond Oyelaran]] as a safeguarding
measure. Mr [[name:Popescu]] and his wife [[name:Ioana]] were informed by the
{{Team Manager}} and offered independent support, as the {{National Minimum Standards}}
require. Their other foster child, [[name:Bartek]] ([[age:aged 10]]), remains in placement
pending the outcome of the {{Section 47}} enquiry. Learning: the allegation came in on a
{{Friday}} afternoon and the duty rota meant the carers waited four hours for a call back. The
household will be re-presented to the {{fostering panel}} once the enquiry concludes.
Reference [[case_reference:ALG-24-0061]].
""")),
    ("social_care", "near_miss", block("""
From: [[name:Rhiannon Pugh]] <[[email:rhiannon.pugh@ashcombe.gov.uk]]>
To: {{Fostering Duty}}
Subject: Near miss - carers' address nearly sent to birth father
Date: [[date:Thu 7 Mar 2024]] 11:02

Hi all,

Flagging a near miss. When I prepared the {{family time}} letter for [[name:Zofia]]'s
{{birth father}}, the template auto-filled the carers' home address
([[address:22 Tollgate Rise, Ashcombe]], [[postcode:AC4 9PW]]) instead of the {{family centre}}.
Thankfully [[name:Arjun]] in {{Business Support}} spotted it at the {{franking}} stage and it never went out. The placement is
confidential for good reason (see the {{risk assessment}} on [[case_reference:CH-558120]]).

Can we get the {{LCS}} letter template fixed so it never pulls the placement address?

Thanks,
[[name:Rhiannon]]

[[name:Rhiannon Pugh]] | {{Supervising Social Worker}} | [[organisation:Ashcombe Fostering Service]]
[[phone:01632 960417]]
""")),
    ("social_care", "near_miss", block("""
[[name:Kwame Asante-Boateng]] 09:12
morning all, heads up re yesterday - [[name:Lily-Mae]]'s {{salbutamol}} inhaler didn't go in her bag for {{family time}}
[[name:Kwame Asante-Boateng]] 09:13
carer [[name:Sunny]] realised about 11 and drove it over to the {{contact centre}}. [[name:LM]] had a mild wheeze but fine after 2 puffs
[[name:Marta Kowalczyk]] 09:15
thanks [[name:K]]. is it on her {{care plan}}? contact worker should of checked
[[name:Kwame Asante-Boateng]] 09:16
it's on the {{health plan}} but not the {{contact handover sheet}}. will add a meds line. [[name:Sunny]] was mortified bless him
[[name:Marta Kowalczyk]] 09:18
no harm so {{near miss}}. log it pls + cc the {{LAC nurse}}
[[name:Kwame Asante-Boateng]] 09:20
done - [[case_reference:NM/2024/0147]]
""")),
    ("social_care", "success", prose("""
Huge shout-out to {{foster carers}} [[name:Bill]] and [[name:Maureen Tranter]], who supported
[[name:Oluwaseun]] ('[[name:Seun]]', [[age:22 months]]) through his move to his
{{adoptive parents}} on [[date:28 October]]. Over the two-week {{introductions}} plan they made
a memory box, recorded bedtime stories for the adopters to play, and let the adopters take over
bath time a week before the move. [[name:Maureen]] even sent his favourite blanket unwashed so
it still smelt of home. The {{adoption social worker}}, [[name:Hélène Marchetti]], said it was
the smoothest transition she has seen in years, and [[name:Seun]] is settling well.
{{Life story work}} and the {{later life letter}} are already underway with input from
[[name:Bill]]. This is exactly what {{Signs of Safety}} means by a {{safety network}}, and we'd
like [[name:Bill]] and [[name:Maureen]] to co-deliver the next {{Skills to Foster}} session.
- [[name:Dami]] ({{Team Manager}}), [[organisation:Ashcombe Fostering Service]]
""")),
    ("social_care", "incident", block("""
INCIDENT REPORT - FOSTERING SERVICE
Ref: [[case_reference:INC-FOS-24-0392]]
Child: [[name:Tyler-Jay Ambrose]]      DOB: [[date_of_birth:09/11/2010]]
Placement address: [[address:7 Heron Way, Little Sanford]], [[postcode:AC7 2LD]]
Carers: [[name:Graham]] and [[name:Pat Whitcombe]]
Date/time: [[date:02/03/24]], approx {{22:30}}
Reported by: [[name:Nkechi Eze]], {{SSW}}
Category: Unplanned {{placement ending}}

What happened: [[name:TJ]] came back three hours after his agreed time, smelling of cannabis,
and kicked through the kitchen door when [[name:Graham]] asked where he'd been. No one was hurt.
[[name:Pat]] rang {{EDT}} and said they could not keep him overnight. {{EDT}} placed him in an
emergency bed at [[organisation:Oakmere House]]. Carers had asked for extra support twice in
{{February}} and a {{stability meeting}} had not been arranged.

Actions: {{disruption meeting}} within 28 days; {{IRO}} informed; {{YOT}} worker updated;
carers offered {{supervision}} and a debrief.
""")),
    ("social_care", "success", block("""
FOSTERING PANEL - MINUTES (EXTRACT)
Date: [[date:16 January 2024]]    Venue: {{Committee Room 2}}, [[organisation:Ashcombe Civic Centre]]
Present: Dr [[name:Ruth Okoro]] ({{Chair}}), [[name:Henryk Nowak]] ({{Vice Chair}}),
[[name:Grace Adebayo-Lind]] ({{care-experienced member}}), [[name:Stuart Fairbairn]]
({{Panel Adviser}}), [[name:Mai Tran]] (minutes)
Apologies: Cllr [[name:Hugh Penhaligon]]; [[name:Ifeoma Chukwu]] ({{Medical Adviser}})

Item 3 - {{Form F}} assessment: Mr [[name:Yusuf Haddad]] and Mrs [[name:Amina Haddad]]
Presented by [[name:Celia Brand]], {{assessing social worker}}. Panel commended the assessment,
particularly the couple's reflections on {{contact}} with birth families and on {{safer caring}}.
References and {{DBS}} checks complete. Mrs [[name:Haddad]] spoke about her work as an interpreter.
Recommendation: approval as short-term foster carers, up to two children aged [[age:0-11]].
Unanimous. To the {{ADM}} for decision.

Learning noted: the couple credited their confidence to the mentoring scheme with experienced
carer [[name:Joy Lamptey]]. {{Panel Adviser}} to feed back to the recruitment team.
""")),
    ("social_care", "near_miss", prose("""
pls log - near miss at [[organisation:St Aidan's RC Primary]] pick up [[date:wed 13/3]]. taxi
{{escort}} [[name:dave p]] was sent to collect '[[name:Mason]]' for {{family time}} but there r
2 boys called [[name:Mason]] in {{yr 2}}. class teacher Miss [[name:Okafor]] stopped him bc she
didnt recognise him n he had no {{ID badge}} or photo of the child. she rang the {{office}} who
rang us, sorted in 10 mins n the right child ([[name:Mason]], [[age:aged 7]]) went in taxi
[[vehicle_registration:KX68 RVN]] from [[organisation:Castle Cars]]. no harm but cd easily have
gone wrong. asking {{transport team}} to add a photo + {{password}} to every
{{transport request}}. well done Miss [[name:Okafor]] - [[name:sx]]
""")),
    ("social_care", "success", block("""
[[date:03/09/2024]], 20:41 - [[name:Hope Mbeki]]: Evening [[name:Aleksandra]] sorry for late msg. [[name:Rosie]] did her first FULL day at [[organisation:Kingsmead Secondary]] 🙌 no calls from {{school}}!!
[[date:03/09/2024]], 20:43 - [[name:Aleksandra]]: Oh [[name:Hope]] that's brilliant!! How was she at {{pick up}}?
[[date:03/09/2024]], 20:45 - [[name:Hope Mbeki]]: Chatty! Her {{key adult}} Mr [[name:Tahir]] met her at the gate like they agreed at the {{PEP}}, and she has lunch in the {{Nurture Room}} for the first week
[[date:03/09/2024]], 20:46 - [[name:Hope Mbeki]]: {{Virtual School}} sorted the {{uniform grant}} in 2 days too
[[date:03/09/2024]], 20:49 - [[name:Aleksandra]]: Amazing. I'll put it in your {{supervision}} notes and let her {{IRO}} know before the review. Well done you x
[[date:03/09/2024]], 20:50 - [[name:Hope Mbeki]]: 😊 the {{transition plan}} worked, shld use it for others
""")),
    ("social_care", "incident", block("""
CHRONOLOGY - MISSING EPISODE - [[name:Destiny Campbell-Reid]] ([[age:15]])
Ref [[case_reference:MFC-24-0219]]

[[date:Fri 22 Mar]]
16:05  School confirm [[name:Destiny]] left at end of day, not on the {{school bus}}.
18:30  Carer [[name:Angharad Lewis-Bell]] rings {{EDT}}; [[name:D]] not answering her mobile ([[phone:07700 900562]]).
19:10  Reported missing to {{police}}, log [[case_reference:0412-220324]].
21:45  Seen by a {{PCSO}} near the bus station on [[address:Barrow Street]] with two older males.
23:20  {{police}} return her to placement. Carer reports she smelt of alcohol and had a new phone.

[[date:Sat 23 Mar]]
10:00  {{Return Home Interview}} offered via [[organisation:Safe Steps Ashcombe]], declined.
14:00  {{Strategy meeting}} booked; concerns re {{CCE}}/{{CSE}}. Referral to {{MACE}}; {{NRM}} to be considered.

Author: [[name:Farida Sheikh]], {{SSW}}
""")),
    ("social_care", "near_miss", block("""
OUT OF HOURS FOSTERING - WEEKEND HANDOVER
From: [[name:Jonah]] (Sat) -> [[name:Mo Rahman]] (Sun)

1. [[name:Errol]] & [[name:Bernadette Cole]], [[address:41 Quarry Lane, Hemsby Cross]] - asked
   for respite for [[name:Amber]] ([[age:9]]) as [[name:Errol]]'s dad passed away this am.
2. NEAR MISS: I nearly agreed respite with [[name:Colm O'Driscoll]] - when I checked the
   {{carer register}} his {{annual review}} had lapsed on [[date:1 Feb]] and his {{DBS}} renewal
   is outstanding. Spoke to the {{Team Manager}} on call. Used [[name:Tanvi]] & [[name:Rob Harrow]]
   instead (approved until [[date:Nov 2025]]).
3. [[name:Amber]]'s school is [[organisation:Fernleigh Junior School]]; [[name:Tanvi]] will drop
   her off {{Monday}}.
4. {{RAG}} on the [[name:Cole]] household: {{amber}}. Suggest a red flag on {{LCS}} for lapsed approvals -
   it only showed on the register.
[[name:J]]
""")),
    ("social_care", "success", prose("""
Learning summary - successful reunification. [[name:Yasmin]] ([[age:4]]) and [[name:Idris]]
([[age:6]]) returned home to their father, [[name:Karim Benali]], on [[date:8 April]] after
fourteen months with {{foster carers}} [[name:Ewa]] and [[name:Lloyd Marsh-Dunmore]]. What made
the difference was the carers' approach to {{family time}}: from the start [[name:Ewa]] invited
Mr [[name:Benali]] to school events and shared photos weekly, and [[name:Lloyd]] coached him on
bedtime routines during supervised visits at the carers' home. The {{children's guardian}} from
{{Cafcass}} told the {{Family Court}} that this "shared care" model gave real evidence of
change. The {{parenting assessment}} was positive and the {{Care Order}} was discharged in
favour of a {{Supervision Order}}. The family now has a {{CIN}} plan and the carers stay
involved as part of the {{safety network}} under {{Signs of Safety}}. Worker:
[[name:Adaeze Okonkwo]], [[organisation:Ashcombe Fostering Service]].
""")),
    ("social_care", "incident", block("""
From: [[name:Oksana Havrylenko]]
Sent: [[date:Monday 15 April 2024]] 16:47
To: [[email:fostering.duty@ashcombe.gov.uk]]; {{Information Governance}}
Subject: DATA BREACH - carer's mobile shared with birth parent

Hi,
Birth {{mum}} [[name:Kerry-Ann Doyle]] rang carer Mrs [[name:Adeyemi]] this afternoon on her
personal mobile ([[phone:07700 900771]]) and was abusive. We think the number came from the
{{LAC review}} minutes sent to mum on [[date:10 April]] - the carer's contact details were in
the attendance list and were not redacted before sending.
Mrs [[name:Adeyemi]] and the children are safe; no address was disclosed. {{Police}} not
involved at this stage.
Actions so far: breach logged [[case_reference:IG-2024-0877]]; {{IRO}} service informed; the
council will pay for a new {{SIM}}. {{ICO}} notification decision sits with the {{DPO}}.
Can we make redaction of carer details a mandatory step before minutes go out?

[[name:Oksana]]
{{Senior Practitioner}} | [[phone:01632 960238]]
""")),
    ("social_care", "near_miss", block("""
CARER MEDICATION RECORD AUDIT - [[date:May 2024]]
Household                        | Child                | Finding                                    | Outcome
[[name:Grace]] & [[name:Tom Ellery]]       | [[name:JB]] ([[age:11]])       | {{melatonin}} signed twice on [[date:12/5]]  | one dose given - {{near miss}}
[[name:Ravinder Kaur]]               | [[name:A.S.]] ([[age:14]])     | {{methylphenidate}} count 3 tablets short    | found in school bag
[[name:Will]] & [[name:Serena du Plessis]] | [[name:Noah]] ([[age:3]])      | {{Calpol}} given, no time recorded         | advice given
[[name:Ngozi]] & [[name:Femi Ajayi]]       | [[name:Tomasz]] ([[age:6]])    | {{MAR chart}} not started for {{amoxicillin}} | started same day
Summary: no harm to any child. Theme: {{MAR}} recording when the {{GP}} prescribes short courses.
All four households to attend the {{medication training}} refresher.
Reviewed by [[name:Fiona McAllister]], {{Practice Lead}}
""")),
    ("social_care", "incident", prose("""
fyi - [[name:callum]] ([[age:14]]) been messaging his older bro [[name:Reece]] on {{snap}} even
tho the court order says no direct contact. carer [[name:fatima]] found the msgs last nite
([[date:sun 9th]]). [[name:Reece]] sent pics of their mums new flat n said come round.
[[name:callum]] says he hasnt gone. {{placement}} address not shared as far as we can see. told
{{duty}} + {{IRO}}, will update the {{risk assessment}} n ask
[[organisation:Harlow Park School]] to keep an eye on his phone use at {{break}}. {{police}}
not needed atm. needs {{direct work}} + {{life story}} re why contact stopped - he doesnt
understand it. [[name:fatima]] was brilliant, stayed calm. - [[name:ak]] ({{SSW}})
""")),
    ("social_care", "success", block("""
GOOD PRACTICE NOTE - EMERGENCY SIBLING PLACEMENT
On the night of [[date:19 July]], {{EDT}} social worker [[name:Niamh Gallagher]] needed a
placement for three siblings after {{Police Protection}} was used at {{01:15}}. Carers
[[name:Mark]] and [[name:Sade Oduya]] (approved for two) agreed to take all three -
[[name:Tiana]] ([[age:8]]), [[name:Kai]] ([[age:5]]) and [[name:Ruby-Lou]] ([[age:4 months]]) -
so the children would not be split.
What went well:
- [[name:Niamh]] rang the {{Team Manager}} on call for a temporary {{exemption}}, agreed in 20 minutes.
- [[name:Mark]] had {{car seats}} and {{formula}} ready in the "emergency box" from {{Skills to Foster}}.
- Next morning [[name:Sade]] took [[name:Ruby-Lou]] to the {{health visitor}} and [[name:Tiana]] to school as normal.
Learning: add an "emergency box" list to every carer's handbook. Exemption to go to the {{ADM}}
by [[date:26 July]].
- [[name:Bogdan Ilie]], {{Placements Team}}
""")),
    ("social_care", "near_miss", block("""
FOSTERING TEAM MEETING - MINUTES
[[date:Wed 5 June 2024]], {{Room 4}}, [[organisation:Ashcombe Civic Centre]]
Attendees: [[name:Eilidh Ross]] (chair), [[name:Babajide Akinola]], [[name:Paweł Zieliński]], [[name:Faith Osei]], [[name:Imran]] ({{student SW}})
Apologies: [[name:K. Lindqvist]], [[name:Rhys]]

1. NEAR MISS - household members turning 18
[[name:Babajide]] reported that Mr and Mrs [[name:Harcourt]]'s son [[name:Jake]] turned
[[age:18]] on [[date:2 June]] and no {{DBS}} application had been started. Spotted at an
{{unannounced visit}}. No concerns about [[name:Jake]]; the {{DBS}} is now in progress and a
{{risk assessment}} is in place meanwhile.
Discussion: there is no system reminder for carers' own children turning 18. [[name:Paweł]]
said the same nearly happened last year.
Action: [[name:Faith]] to ask {{Business Support}} for a monthly report of birthdays due
within 3 months - by [[date:30 June]].
2. {{Ofsted}} inspection readiness - deferred to next meeting.
""")),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
INCIDENT CHRONOLOGY - unplanned extubation, bed 6, [[organisation:Calder Unit]] ({{ICU}})
Patient: [[name:Terence Halloran]], [[age:58]], hosp no [[case_reference:WGH4471920]]
Datix: [[case_reference:DW-118347]]

[[date:11/01/24]]
02:10  Decision to {{prone}} for worsening {{P/F ratio}} ({{ARDS}}). Team: [[name:Marisol Dela Cruz]] (nurse in charge), [[name:Chidi Nwosu]], [[name:Aoife Brennan]], {{SHO}} Dr [[name:Venkataraman]] at the head.
02:25  Turn started before {{ETT}} ties checked. No separate airway lead - {{SHO}} also managing lines.
02:27  {{Capnography}} trace lost; tube visibly out at the lips.
02:28  Turned {{supine}}, bag-mask with 100% O2, {{SpO2}} 71%.
02:31  Re-intubated by {{anaesthetics registrar}} Dr [[name:Oyelowo]], grade 1 view.
02:40  Proned successfully with the {{proning checklist}} read aloud.

Harm: moderate (temporary hypoxia). {{Duty of candour}} conversation with his wife
[[name:Bernadette]] by {{consultant}} Dr [[name:Imogen Tait]] at 09:00.
Learning: the airway person must not also be the team leader; checklist before every turn.
""")),
    ("health", "near_miss", prose("""
transfer to CT last nt - near miss. bed 3 mr [[name:achterberg]] ([[case_reference:WGH5580231]])
on the {{Hamilton C6}}, the {{O2 cylinder}} on the {{transfer trolley}} read nearly empty once we
were in the lift. i'd checked the {{transfer bag}} but not the cylinder gauge :( [[name:jun hao]]
ran back to the unit for a spare while the {{ODP}} got ready to hand bag. never desatted,
{{FiO2}} 0.6. scan done n back by {{23:50}}. learning - cylinder check on the
{{transfer checklist}} needs signing by 2 ppl not just ticked. also {{portering}} kept us
waiting 15 min at the lift. logged [[case_reference:DW-118502]] - [[name:bart]] (staff nurse,
{{nights}})
""")),
    ("health", "success", prose("""
To the {{Critical Care Outreach}} team - thank you! On [[date:Sat 17th Feb]] our patient in
bay 2, Mr [[name:Olumide Bankole]] ([[age:67]]), had a {{NEWS2}} of 5 that everyone on the
ward felt was 'just his normal {{COPD}}'. [[name:Precious]] from Outreach came up anyway,
looked at his gas, spotted a rising {{CO2}}, and he was on {{NIV}} in {{HDU}} within the hour.
The {{consultant}} says if we had waited for the {{ward round}} he would probably have needed
intubating. [[name:Precious]] also stayed on to teach two of our {{HCAs}} how to escalate using
{{SBAR}}. From everyone on [[organisation:Tamar Ward]], especially Sister [[name:Ngozi Umeh]]
and [[name:Callum]], the {{F1}} who made the call. Cake is in the {{staff room}}!
""")),
    ("health", "incident", block("""
ADVERSE INCIDENT FORM - [[organisation:Wrenfield General Hospital]]
Incident ref: [[case_reference:DW-119006]]
Patient name: [[name:Wiktoria Zając]]
DOB: [[date_of_birth:23/06/1971]]    Age: [[age:52]]
NHS No: [[nhs_number:482 710 3658]]    Hosp No: [[case_reference:WGH6093317]]
Address: [[address:Flat 2, 9 Mercer Court, Wrenfield]] [[postcode:WZ9 4HJ]]
Location: [[organisation:Calder Unit]], bed 11
Date found: [[date:19 March 2024]]
Category: {{Pressure ulcer}} - {{Category 3}}, right cheek/chin, device-related ({{ETT}} holder)

Description: Proned 16 hrs/day for 4 days for {{ARDS}}. Head repositioning ({{swimmer's position}})
documented 2-hourly on days but with 5-hour gaps on the nights of [[date:17/3]] and [[date:18/3]].
Found by [[name:Ruby Castellanos]] (RN) at the {{skin bundle}} check. {{Tissue Viability}} reviewed same day.
Immediate action: {{Mepilex}} dressings, photographs, family informed, {{SSKIN}} refresher for the night team.
Reported by: [[name:R. Castellanos]]    Manager: [[name:Linh Pham]] ({{Band 7}})
""")),
    ("health", "near_miss", block("""
From: [[name:Jun Hao Lim]] <[[email:junhao.lim@wrenfield.nhs.uk]]>
To: {{ICU Practice Educators}}; [[name:Sajid Qureshi]]
Date: [[date:22 April 2024]] 08:14
Subject: near miss - heparin syringe concentration

Morning both,
Quick one for the {{safety huddle}}. Overnight I went to replace the {{heparin}} syringe for
bed 8 (Mrs [[name:Evangelou]], [[case_reference:WGH7712045]]) and the pre-filled syringe from
{{stores}} was 1,000 units/mL, not the 50 units/mL our {{APTT}} protocol is built around. The
labels look almost identical. My second checker [[name:Blessing]] noticed before we connected
it, so no harm. Both strengths are kept in the same drawer in the {{clean utility}}.
Could {{pharmacy}} take the high strength out of unit stock? Datix [[case_reference:DW-120114]].

Thanks,
[[name:Jun Hao]]
{{Staff Nurse}}, [[organisation:Calder Unit]]
""")),
    ("health", "success", prose("""
We want to record some excellent practice in the {{relatives' room}} on [[date:3 May]].
Following {{brainstem death testing}} for [[name:Daniel Ferreira-Costa]] ([[age:31]]), the
{{consultant}}, Dr [[name:Ibrahim-Noor]], and the {{SN-OD}}, [[name:Hannah Whitlock]], met his
parents and his partner [[name:Leo]]. An interpreter had been booked in advance for his
grandmother, [[name:Maria do Céu]]. The bedside nurse, [[name:Patience Ofori]], had cleared the
room of equipment boxes, set out tissues and water, and handed her bleep to a colleague so she
could stay throughout. The family said afterwards that they never felt rushed. They agreed to
{{organ donation}} and four organs were retrieved. [[name:Leo]] later wrote to the unit:
"[[name:Patience]] made the worst night of our lives bearable." Learning: pre-booking
interpreters before the {{family meeting}} and protecting the bedside nurse's time should be
standard. Shared at {{Learning from Excellence}} and with the {{NHSBT}} regional team.
""")),
    ("health", "incident", block("""
[02:04] [[name:Marisol Dela Cruz]]: bed 4 going to [[organisation:Ferncombe Ward]] now, {{site manager}} says we need the bed for {{ED}}
[02:05] [[name:Tomás Aguilar]]: he's only been off {{noradrenaline}} 6 hrs tho
[02:05] [[name:Marisol Dela Cruz]]: i know. consultant ok'd it on the phone :(
[06:40] [[name:Femi Adeyemi]]: fyi bed 4 pt from last night (Mr [[name:Kaczmarek]]) - {{MET call}} on [[organisation:Ferncombe]] at 05:50, {{MAP}} 52, back on the unit now
[06:42] [[name:Tomás Aguilar]]: called it
[06:45] [[name:Marisol Dela Cruz]]: I'll datix - out of hours discharge + readmission <48h. ref [[case_reference:DW-120877]]
[06:46] [[name:Femi Adeyemi]]: pls add the ward had 1 {{RN}} to 14 pts overnight and no proper {{handover}} of his {{vasopressor}} history
[06:47] [[name:Tomás Aguilar]]: and that {{GPICS}} says no discharges 22:00-07:00
""")),
    ("health", "near_miss", block("""
ICU NURSING HANDOVER - BED 9 - [[date:Sun 2 June]] - nights to days
Pt: [[name:Gwendolyn Achebe-Price]] ("[[name:Gwen]]"), [[age:74]], NHS [[nhs_number:6194027738]]
Dx: {{urosepsis}}, {{AKI}}, on {{CVVHF}} since Fri
A/B: {{self ventilating}}, 2L {{nasal cannulae}}
C: {{noradrenaline}} 0.05, weaning

!! NEAR MISS overnight: {{co-amoxiclav}} prescribed by the night {{F2}} and drawn up.
[[name:Gwen]]'s red allergy band was missing (cut off for an {{arterial line}} in {{ED}}) and
the allergy was never transcribed onto {{EPMA}}. Daughter [[name:Sunita]] rang at 03:00 and
mentioned "mum's penicillin rash" - dose not given. Changed to alternative per {{micro}}.
Band replaced, allergy on EPMA, Datix [[case_reference:DW-121340]].

Family: [[name:Sunita]] ([[phone:07700 900318]]) is {{NOK}}, visiting 14:00.
Handed over by [[name:Aoife]] to [[name:Kelechi]]
""")),
    ("health", "success", block("""
[[date:08/06/2024]], 07:52 - [[name:Linh Pham]]: Morning team! Shout out to [[name:Hope]] on nights 👏 she noticed bed 2's {{central line}} connector had come loose during a wash and clamped it straight away - could have been an {{air embolus}}
[[date:08/06/2024]], 07:55 - Dr [[name:Rashid]]: Well spotted [[name:Hope]]. Reminder to check {{Luer lock}} connections at every {{line change}}
[[date:08/06/2024]], 07:58 - [[name:Hope Adjei]]: thanks all 😊 just lucky I was looking
[[date:08/06/2024]], 08:01 - [[name:Sam]]: not luck, that's good practice!! nominating you for a {{Greatix}} 🏅
[[date:08/06/2024]], 08:06 - [[name:Linh Pham]]: will add to the {{safety brief}} and the {{Learning from Excellence}} board. Also reminder {{PPE}} audit Fri
""")),
    ("health", "incident", block("""
DATIX SUMMARY
Ref: [[case_reference:DW-121902]]    Date/time: [[date:14/06/2024]] {{04:35}}
Location: [[organisation:Calder Unit]], side room {{SR2}}
Patient: [[name:Kenji Morikawa]]    DOB: [[date_of_birth:02.12.1949]]    Hosp no: [[case_reference:WGH3309815]]
NHS no: [[nhs_number:735 088 1258]]    Age: [[age:74]]

Description: Day 3 post {{extubation}}, {{CAM-ICU}} positive ({{hyperactive delirium}}). Nurse
covering SR2 ([[name:Rosa Lindqvist]]) had been pulled to help at a {{cardiac arrest}} in bed 5.
Pt climbed over the {{bed rails}} and was found on the floor with his {{arterial line}} pulled
out, bleeding from the wrist. {{CT head}} normal. Small laceration to forehead.
Harm: low. Son [[name:Haruto]] informed by phone at 06:00.
Contributing: 1:2 ratio with 4 ventilated pts; no {{HCA}} on nights; {{bed exit alarm}} not
switched on; {{haloperidol}} dose delayed.
Reporter: [[name:K. Mensah]], {{Charge Nurse}}
""")),
    ("health", "near_miss", block("""
NEAR MISS LOG - CONCENTRATED POTASSIUM - [[date:June 2024]]
Date    | Bed | What happened                                       | Caught by           | Ref
[[date:03/06]]   | 7   | {{KCl}} 40 mmol bag hung on a {{peripheral cannula}}          | [[name:Olawale]]            | [[case_reference:DW-121022]]
[[date:09/06]]   | 12  | {{strong potassium}} ampoule found in {{clean utility}}     | [[name:E. Fitzgerald]]      | [[case_reference:DW-121377]]
[[date:11/06]]   | 3   | {{pump}} rate set 40 mmol/hr instead of 10            | [[name:Sunny Bhatti]]       | [[case_reference:DW-121455]]
[[date:20/06]]   | 1   | 2nd check signed before syringe drawn up            | [[name:Joy]] (bank)         | [[case_reference:DW-121890]]

Summary ([[name:Linh Pham]], {{Band 7}}): 4 near misses, no harm. Actions: ampoules removed from
the unit per the {{NPSA}} alert; {{smart pump}} {{drug library}} hard limits; independent double
check reminder at every {{safety huddle}}.
""")),
    ("health", "success", block("""
ICU MORBIDITY, MORTALITY & LEARNING MEETING - [[date:27 June 2024]]
Present: Dr [[name:Imogen Tait]] (chair), Dr [[name:Ibrahim-Noor]], [[name:Linh Pham]], [[name:Chidi Nwosu]],
[[name:Precious Dube]] (Outreach), [[name:Ewan McFadyen]] ({{physio}})
Apologies: Dr [[name:Okonjo]], [[name:Grace]] ({{pharmacist}})

Case 2 - what went well: Mrs [[name:Fairweather]] ([[age:81]]), stepped down to
[[organisation:Brunel Ward]] on [[date:20 June]]. {{Physio}}-led {{early mobilisation}}: sat out
day 2, walked 10 m on the {{ventilator}} on day 5 using the {{ICU Mobility Scale}}, extubated
day 6, home day 14. [[name:Ewan]] presented.
Key factors: daily {{ABCDEF bundle}}; {{SAT}}/{{SBT}} pairing; patient diary kept by her
husband [[name:Frank]].
Action: [[name:Ewan]] to present the case at the [[organisation:Northgate Critical Care Network]]
study day.
""")),
    ("health", "incident", prose("""
At approximately {{21:15}} on [[date:Friday 5 July]] a relative of the patient in bed 10 became
verbally aggressive in the {{relatives' room}} after the {{registrar}}, Dr [[name:Adebayo]],
told her that her brother [[name:Lewis Carrow]] was not responding to treatment. She threw a
chair, which struck the door glass. Staff Nurse [[name:Mark Devereux]] escorted two other
families out and pressed the panic alarm. {{Security}} attended within four minutes and
{{police}} were called (log [[case_reference:CAD2731]]). No one was physically injured, but
[[name:Mark]] and the {{HCA}}, [[name:Dolores]], were shaken. Ms [[name:Carrow]] later
apologised. Contributing factors: the news was given without a nurse present; the family had
waited three hours; the {{relatives' room}} has a single exit. A {{hot debrief}} was held and the
{{Violence and Aggression}} policy followed. Datix [[case_reference:DW-122310]].
""")),
    ("health", "near_miss", block("""
HOT DEBRIEF (transcribed) - proning, bed 6, [[date:12/07/24]]
Facilitator ([[name:Aoife Brennan]]): So what happened at the turn?
[[name:Chidi]]: On "three" the {{femoral}} line caught on the {{CVVH}} circuit. I shouted stop.
[[name:Aoife Brennan]]: Good. Did everyone hear?
Dr [[name:Sato]]: I did, I was on the airway, the tube stayed secure.
[[name:Grace]] ({{student nurse}}): I didn't hear a line check in the {{checklist}}, sorry.
[[name:Aoife Brennan]]: No, that's the point - we skipped "lines and drains" because we were rushing for the {{ward round}}.
[[name:Chidi]]: And the {{dialysis}} machine was on the wrong side of the bed.
Actions: {{proning checklist}} read by one person, not from memory; pause {{CVVH}} before turns;
"{{STOP}}" is everyone's call. Near miss logged [[case_reference:DW-122498]]; patient
([[case_reference:WGH8830146]]) unharmed.
""")),
    ("health", "incident", block("""
From: [[name:Precious Dube]] ({{Critical Care Outreach}})
To: [[email:seacole.ward@wrenfield.nhs.uk]]
Cc: Dr [[name:Imogen Tait]]
Date: [[date:Tue 16 July 2024]]
Subject: Incident - displaced trache, [[organisation:Seacole Ward]]

Hi [[name:Orla]],
As discussed, writing up last night. Mr [[name:Rajesh Venkatesh]] (hosp no [[case_reference:WGH2291174]], NHS [[nhs_number:5502936104]]),
stepped down from {{ICU}} on [[date:15/07]] with a {{tracheostomy}}, had a partial displacement
at 23:40 while being repositioned. The ward did not have his bedside emergency box, a
{{spare trache}} or {{tracheal dilators}}, and the {{NTSP}} bed-head sign was missing.
{{SpO2}} dropped to 79%. The {{anaesthetist}} on call re-sited it with help from
[[name:Kasia]] on our team. He is back on {{ICU}}. Datix [[case_reference:DW-122661]].
Learning: the {{step-down}} checklist says "trache box to accompany patient" but nobody checks
it on arrival.

Thanks,
[[name:Precious]]
{{Outreach Sister}} | direct line [[phone:01632 960553]]
""")),
    ("health", "success", block("""
LEARNING FROM EXCELLENCE REPORT
Nominee: [[name:Faith Kamara-Lindgren]], {{Staff Nurse}}, [[organisation:Calder Unit]]
Nominated by: Dr [[name:Sofia Marinelli]], {{ICU Consultant}}
Date: [[date:23/07/2024]]

What happened: [[name:Faith]] was caring for a {{ventilated}} patient with
{{Guillain-Barré syndrome}} who could only communicate by blinking. She made a laminated
communication board, learned a few phrases of Tigrinya from his cousin [[name:Semhar]], and
set up daily video calls with his wife abroad.
Why it matters: the patient, [[name:Yonas]] ([[age:44]]), told us after {{decannulation}} that
it was the first time in weeks he had felt like a person.
Please share with: {{Rehab}} team, {{SLT}}, {{Chaplaincy}}.
""")),
    ("health", "near_miss", block("""
[[name:Tomás Aguilar]] 10:02
just found bed 5 (Mrs [[name:Szabo]]) with an {{HME}} in the circuit AND the {{heated humidifier}} running 😳
[[name:Tomás Aguilar]] 10:02
she's fine, {{peak pressures}} ok, but that's how tubes block
[[name:Ewan McFadyen]] 10:04
{{physio}} here - i saw it on my 9am but assumed someone was swapping it over. should've said
[[name:Linh Pham]] 10:06
who set it up?
[[name:Tomás Aguilar]] 10:07
came back from {{IR}} on the {{transport vent}} with the HME on, reconnected to the {{Servo-u}} + humidifier. nobody took it off
[[name:Linh Pham]] 10:09
ok. Datix pls & let's add "remove HME" to the post-transfer {{checklist}}. thx [[name:TA]]
[[name:Tomás Aguilar]] 10:12
[[case_reference:DW-122705]] done
""")),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "near_miss", block("""
RT TRANSCRIPT ({{ATC}} recording) - [[date:09 Jan 2024]] - [[organisation:Harbridge Airport]]
Aircraft [[aircraft_registration:G-ZPEX]] ({{Citation XLS+}}), operating [[flight_number:AUJ41K]]

0712:05 {{GND}}: [[flight_number:Aurel 41K]], taxi holding point {{Alpha 1}} via {{Bravo}}, hold short {{runway 21}}.
0712:12 [[flight_number:41K]]: Taxi Alpha 1 via Bravo, hold short 21, [[flight_number:Aurel 41K]].
0714:40 {{GND}}: [[flight_number:Aurel 41K]], STOP, STOP, confirm you are holding short runway 21.
0714:44 [[flight_number:41K]]: Stopping, [[flight_number:Aurel 41K]], apologies.
0714:50 {{GND}}: [[flight_number:Aurel 41K]], roger, you are just beyond the {{stop bar}}, hold position.

Crew report (Capt [[name:Fenella Strachan]], {{FO}} [[name:Rustam Nazarov]]): {{FO}} was reprogramming
the {{FMS}} heads-down after a late {{SID}} change and both pilots lost the stop bar in low sun.
No conflicting traffic. Potential {{runway incursion}}; {{MOR}} filed, company ref [[case_reference:ASR-24-017]].
""")),
    ("aviation", "incident", block("""
From: [[name:Svetlana Orlova]] <[[email:s.orlova@aurelianjets.co.uk]]>
To: [[email:ops@skyplate-catering.co.uk]]
Cc: {{Safety Manager}}; {{Cabin Standards}}
Date: [[date:Fri 16 Feb 2024]] 19:22
Subject: Allergen incident - [[flight_number:AUJ208]] / [[aircraft_registration:M-YKOT]]

Dear [[organisation:Skyplate Catering]] team,
On today's flight the lead passenger's daughter ([[age:8 years old]]) has a documented
{{tree nut}} allergy, stated on both the catering order and the {{PAX manifest}}. The "nut-free"
children's box contained an {{almond}} flapjack. She ate part of it and developed lip swelling
about 20 minutes after take-off. Our {{cabin host}} [[name:Bree]] gave the family's own
{{antihistamine}}; the {{adrenaline auto-injector}} was not needed. Capt [[name:Lars Henningsen]]
considered a {{diversion}} but symptoms settled on {{ground medical support}} advice.
Please send your investigation by [[date:23 Feb]]. Our ref: [[case_reference:CSR-2024-044]].

Regards,
[[name:Svetlana Orlova]]
{{Head of Cabin Services}}, [[organisation:Aurelian Jets]]
[[phone:+44 1632 960884]]
""")),
    ("aviation", "success", prose("""
Thank you to [[name:Dmitri Volkov]] and [[name:Will Ashdown]] of
[[organisation:Frostguard Ground Services]] for their work on the night of
[[date:6 December]]. Our {{Challenger 350}}, [[aircraft_registration:G-RVNA]], was due out at
{{05:30}} as [[flight_number:AUJ115]] with six passengers, in {{freezing fog}} at minus 4. The
crew had asked for {{Type I}} and {{Type IV}} fluid the evening before, but the request never
reached the {{de-icing}} desk. [[name:Will]] noticed the aircraft on the {{FBO}} movements board
at 02:00, rang Capt [[name:Hiroshi Tanabe]] at the crew hotel to confirm, and had the rig ready
by 04:45. They briefed the {{holdover time}} clearly and [[flight_number:AUJ115]] left on time.
Learning: de-icing requests now go through the {{handling agent}} and are confirmed back in
writing; this is in the {{crew briefing pack}}. Nominated for our {{Just Culture}} good-catch
award. - [[name:Ana Paula Ferreira]], {{Ground Operations Manager}}
""")),
    ("aviation", "near_miss", prose("""
crew positioning near miss - [[date:sat 9/3]]. me n [[name:rusty]] ({{FO}}) positioned by car
from [[organisation:Harbridge]] to [[organisation:Tollmere Airfield]] to pick up
[[aircraft_registration:OE-HBX]]. motorway closure added 2.5 hrs. nobody in {{ops}} counted the
drive as {{duty}} so when we got there we had 40 mins left before max {{FDP}} for the return
sector [[flight_number:AUJ522]]. only noticed when i did the {{tech log}} + {{nav log}}. called
ops ([[name:kasia]]) n we swapped to the {{standby}} crew, pax only delayed 1h10. if we'd gone
we wd have been into {{commander's discretion}} w/o meaning to. {{positioning}} needs adding to
the {{FTL}} software automatically not by hand. hire car [[vehicle_registration:LV23 FKD]]
back in one piece lol - [[name:fen]]
""")),
    ("aviation", "incident", prose("""
On [[date:21 March 2024]], [[flight_number:AUJ330]] ([[aircraft_registration:9H-LQD]],
{{Phenom 300}}) arrived at [[organisation:Harbridge Airport]] from an {{EU}} airfield with
three passengers. The {{General Aviation Report}} ({{GAR}}) required by {{Border Force}} had
been drafted by the {{duty dispatcher}}, [[name:Kofi Mensah-Darko]], but not submitted: the
portal timed out and nobody checked for the confirmation screen. On arrival the {{FBO}}
customer service agent, [[name:Saoirse]], walked the passengers through the {{GA terminal}}
before {{Border Force}} had confirmed clearance. One passenger, Mr [[name:Al-Mansouri]], had
already left in his chauffeur car ([[vehicle_registration:BX72 HLT]]) and was asked to return.
{{Border Force}} issued a warning to the operator; no penalty was imposed. Contributing
factors: one dispatcher covering four movements, and GAR status not visible to the FBO. Actions:
a second person confirms every submission and the GAR reference
([[case_reference:GAR-7730412]]) goes to the FBO before {{ETA}}. Company ref
[[case_reference:ASR-24-031]].
""")),
    ("aviation", "near_miss", block("""
[[date:14/04/2024]], 15:02 - [[name:Lukas Brandt]]: fuel for [[aircraft_registration:G-KLMT]]? {{bowser}} just pulled up to {{stand 4}} with a request for 2,800 kg
[[date:14/04/2024]], 15:03 - Capt [[name:Ade]]: ?? we asked for 800 kg {{uplift}}. 2800 puts us over {{MTOW}} for the short runway at [[organisation:Pellingham]]
[[date:14/04/2024]], 15:03 - [[name:Lukas Brandt]]: order says 2800. stopping them now ✋
[[date:14/04/2024]], 15:09 - [[name:Nadia]] FBO: checked - typed as 2800 on the {{fuel release}} by our {{desk}}. sorry!! corrected to 800
[[date:14/04/2024]], 15:11 - Capt [[name:Ade]]: 👍 can we read back fuel figures in kg AND lb on the phone pls, {{FO}} [[name:Joy Mwangi]] took the original call
[[date:14/04/2024]], 15:14 - [[name:Lukas Brandt]]: Agreed. I'll raise an {{occurrence report}}, ref [[case_reference:GH-0419]]. {{Jet A-1}} uplift 800 kg confirmed
""")),
    ("aviation", "success", prose("""
On [[date:2 May]], during the cruise on [[flight_number:AUJ612]]
([[aircraft_registration:G-ZPEX]]), passenger Mrs [[name:Ingrid van der Berg]] ([[age:71]])
complained of chest tightness. The {{cabin host}}, [[name:Rosa-María Quintero]], recognised the
symptoms, gave {{oxygen}}, and after {{ground medical support}} advice gave {{aspirin}}. Capt
[[name:Sunny Gill]] declared a {{PAN}} and diverted to [[organisation:Carrick Field]], 25
minutes away. The {{handling agent}} there, [[name:Ruairí]] of
[[organisation:Carrick Aviation Handling]], had an {{ambulance}} at the aircraft four minutes
after {{chocks on}}. Mrs [[name:van der Berg]] was treated for an {{NSTEMI}} at
[[organisation:St Brigid's Hospital]] and is recovering. Learning: good {{CRM}}, a clear
{{NITS}} brief, and a handling agent who answered the company frequency first time. The crew
have been thanked by the family.
""")),
    ("aviation", "incident", block("""
GROUND DAMAGE REPORT - [[organisation:Harbridge Jet Centre]]
Report no: [[case_reference:GDR-2024-0088]]
Date/time: [[date:18/05/2024]] {{11:40}} {{local}}
Aircraft: [[aircraft_registration:OE-HBX]] ({{Learjet 75}})
Location: {{Hangar 2}} apron
Tug driver: [[name:Darren Hollis]]    Wing walker: [[name:Abdi]]    Tail walker: none

Description: During the tow into the hangar the {{towbar}} {{shear pin}} failed on a tight turn and
the {{nose gear}} steering stop was exceeded. Aircraft stopped without collision. Wing walker
had no radio and used hand signals only.
Damage: steering actuator replaced after inspection by {{Part 145}} engineer [[name:J.K. Oyelaran]]. {{AOG}} 2 days.
Owner's rep: Mr [[name:Farouk Haddad]], informed [[date:18/05]] 14:00.
{{MOR}} submitted to the {{CAA}}, occurrence no. [[case_reference:2024/11873]].
Draft root cause: turn-limit markings worn off the towbar; wing walker in his second week.
""")),
    ("aviation", "near_miss", block("""
#ops-harbridge
[[name:nadia.k]] 09:14
heads up for tmrw's [[flight_number:AUJ710]] - pax bringing a dog ({{French bulldog}} called {{Biscuit}})
[[name:lukas.b]] 09:20
do we have the {{AHC}} / {{pet passport}}? dogs can only come into the UK via an {{APHA}} approved route
[[name:nadia.k]] 09:22
😬 didn't know that. [[organisation:Harbridge]] isn't approved is it
[[name:ana.ferreira]] 09:30
correct, not an {{approved route}}. would have been seized on arrival. options: route into an approved airport with a listed {{pet handling agent}}, or the dog travels separately
[[name:nadia.k]] 09:41
spoke to their {{PA}} [[name:Marguerite]] ([[phone:+33 6 12 34 56 78]]) - rerouting to [[organisation:Carrick Field]] and we'll position pax by car
[[name:lukas.b]] 09:43
good catch. logging as near miss [[case_reference:ASR-24-052]]. can we add "animals?" to the {{booking form}}
""")),
    ("aviation", "incident", block("""
OCCURRENCE TIMELINE - [[date:Tue 11 June 2024]]
13:02  [[aircraft_registration:G-KLMT]] ({{Global 6000}}) on {{stand 3}}, chocks and cones placed.
13:10  Catering van [[vehicle_registration:WU67 KXE]] ([[organisation:Skyplate Catering]], driver [[name:Marek]]) arrives for [[flight_number:AUJ884]].
13:14  Van reverses towards the galley door with no {{banksman}}; rear corner contacts the left {{winglet}}.
13:15  {{Dispatcher}} [[name:Tolu Bamidele]] stops all activity, calls the {{duty engineer}}.
13:40  Paint damage and a 6 cm crack in the winglet fairing. Aircraft {{AOG}}.
14:30  Principal + 5 informed via their {{PA}}; [[aircraft_registration:G-RVNA]] positioned from [[organisation:Harbridge]].
17:05  [[flight_number:AUJ884]] departs on [[aircraft_registration:G-RVNA]], 3 h 50 late.
Notes: driver's {{ADP}} valid; the second crew member who normally guides reversing had called in sick.
{{MOR}} filed. Ref [[case_reference:ASR-24-061]].
""")),
    ("aviation", "success", block("""
SAFETY ACTION GROUP - MINUTES
[[date:3 July 2024]], {{Crew Room}}, [[organisation:Harbridge Jet Centre]]
Attendees: [[name:Ana Paula Ferreira]] ({{Ground Ops}}), Capt [[name:Fenella Strachan]] ({{Chief Pilot}}),
[[name:Lukas Brandt]] ({{FBO Manager}}), [[name:Grace Mbatha]] ({{Compliance Monitoring Manager}}), [[name:Tolu Bamidele]]
Apologies: [[name:Hiroshi Tanabe]], [[name:Pat O'Halloran]] ({{Safety Manager}})

Item 1 - Good catches this quarter
- Handling agent [[name:Saoirse Kinsella]] spotted an unlatched {{baggage door}} on [[aircraft_registration:9H-LQD]] after loading and told the crew before {{start-up}}.
- Pet-travel near miss ([[case_reference:ASR-24-052]]) led to the new "animals on board?" question on the booking form.
- De-icing confirmation in writing: no missed requests since the change in {{January}}.
Item 2 - {{SMS}} metrics: 14 reports, 9 voluntary, all closed within 30 days.
Actions: [[name:LB]] to send a thank-you letter to [[name:Saoirse]]; [[name:FS]] to update the {{OM Part A}}.
""")),
    ("aviation", "near_miss", block("""
OPS DESK HANDOVER - [[date:Fri 19/07]] - earlies to lates
Handed over by [[name:Kasia Nowicka]] to [[name:Jean-Baptiste Mbala]]

1. [[flight_number:AUJ903]] / [[aircraft_registration:M-YKOT]] - NEAR MISS: the {{PAX manifest}} showed 6 but 8 boarded at
   07:05 (two children, [[age:aged 4]] and [[age:6]], added by the client's {{PA}} by text to the {{FBO}} only).
   {{Load sheet}} and {{APIS}} not updated. {{FO}} [[name:Bartosz]] noticed the extra seats in use during the
   {{cabin check}} and stopped the start. Load sheet redone, APIS amended, 25 min delay.
   -> we need ONE inbox for pax changes, not WhatsApps to FBO staff.
2. [[aircraft_registration:G-ZPEX]] - {{MEL}} item (cabin temp controller) deferred until [[date:25/07]].
3. Crew car [[vehicle_registration:MA21 OPC]] - keys are with {{security}}.
4. Client Ms [[name:Okoye]] ([[phone:07700 900146]]) wants a callback about the {{empty leg}} on {{Saturday}}.
""")),
    ("aviation", "success", prose("""
Shout-out to [[name:Mark Ireland]] on the {{ramp}} team at [[organisation:Harbridge Jet Centre]].
While loading bags for [[flight_number:AUJ455]] on [[date:Sunday 28 July]] he noticed fluid
dripping under the left wing of [[aircraft_registration:G-KLMT]] and stopped to check rather
than assume it was condensation from the {{air conditioning}}. It was {{hydraulic fluid}} from a
chafed line. The aircraft was grounded, the {{engineers}} replaced the line, and the passengers were
moved to a {{Phenom 300}} with only a short delay. Capt [[name:Leif Sandberg]] called it a
textbook {{good catch}}, and [[name:Mark]] reported it through the {{SMS}} app within the hour.
This is exactly the {{Just Culture}} we want on the {{apron}}. - [[name:Ana]]
""")),
    ("aviation", "near_miss", block("""
RT - [[date:12 Dec 2023]] - [[organisation:Harbridge Airport]] - [[aircraft_registration:G-RVNA]] as [[flight_number:AUJ9TL]]
07:41 {{TWR}}: [[flight_number:Aurel Niner Tango Lima]], line up and wait runway {{27}}.
07:41 [[flight_number:AUJ9TL]]: Line up and wait, [[flight_number:Aurel Niner Tango Lima]].
07:48 {{TWR}}: [[flight_number:Aurel Niner Tango Lima]], expect five minutes delay, landing traffic.
07:53 [[flight_number:AUJ9TL]]: {{Tower}}, [[flight_number:Aurel Niner Tango Lima]], request return to stand, {{holdover time}} exceeded.
07:53 {{TWR}}: [[flight_number:Aurel Niner Tango Lima]], roger, vacate left at {{Charlie}}, contact {{Ground}}.

Crew comment (Capt [[name:Mikael Lindqvist]]): {{Type IV}} applied 07:12 on the {{de-icing pad}};
holdover in light snow 20-35 min. With the delay we'd have been at 44 min by take-off. {{FO}}
[[name:Aroha]] checked the {{HOT tables}} and called it. Pressure to go as the passengers had a
connection; {{Ops}} backed the decision. Re-deiced, departed 08:40. Ref [[case_reference:ASR-23-198]].
""")),
    ("aviation", "incident", block("""
From: [[name:Jean-Baptiste Mbala]]
To: {{Crew Scheduling}}; {{Compliance}}
Date: [[date:Mon 5 Aug 2024]]
Subject: Incident - APIS data error, [[flight_number:AUJ1207]]

All,
Yesterday's [[flight_number:AUJ1207]] ([[aircraft_registration:9H-LQD]]) was held 1 h 20 at
destination because the {{APIS}} data for one passenger was wrong. We sent: Name
[[name:Chen Wei-Ling]], DOB [[date_of_birth:14/08/1986]]; her {{passport}} shows
[[date_of_birth:08/04/1986]] - the date was keyed in {{US format}} from the {{client}}'s booking
spreadsheet. Ms [[name:Chen]] was interviewed by {{immigration}} and released; she was
understandably upset and the client ([[organisation:Lumen Ridge Capital]]) has complained.
Root cause: manual re-keying, no second check, no date format shown on the form.
Actions: passport scans checked against APIS by the {{dispatcher}} and a second person; date
fields changed to DD-MMM-YYYY. Ref [[case_reference:ASR-24-077]].

[[name:JB]]
[[name:Jean-Baptiste Mbala]] | {{Operations Controller}} | [[phone:01632 960771]]
""")),
    ("aviation", "success", block("""
WEEKEND OPS REVIEW - [[date:18-19 Jan 2025]] - GOOD PRACTICE
Flight  | Reg    | Crew                      | De-ice     | Notes
[[flight_number:AUJ140]]  | [[aircraft_registration:G-RVNA]] | [[name:Strachan]] / [[name:Nazarov]]      | {{Type I+IV}}  | on time, fluid pre-booked
[[flight_number:AUJ142]]  | [[aircraft_registration:G-ZPEX]] | [[name:Tanabe]] / [[name:Aroha Ngata]]    | {{Type I}}     | crew positioned night before ([[vehicle_registration:LV23 FKD]])
[[flight_number:AUJ148]]  | [[aircraft_registration:OE-HBX]] | [[name:Sandberg]] / [[name:Bartosz Wróbel]] | none     | hangared overnight
[[flight_number:AUJ151]]  | [[aircraft_registration:M-YKOT]] | [[name:Gill]] / [[name:Hope Ansah]]       | {{Type II}}    | {{customs}} pre-cleared, {{GAR}} confirmed

What worked: {{hangar}} space booked on {{Thursday}} by [[name:Lukas]]; de-ice confirmed in
writing to every crew; {{FTL}} checks included positioning time. Thanks to [[name:Saoirse]] and
[[name:Kofi]] on the {{desk}}, and to [[organisation:Frostguard Ground Services]].
- {{Ground Operations Manager}}
""")),
    # marker: end of aviation
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind220", REPORTS))
