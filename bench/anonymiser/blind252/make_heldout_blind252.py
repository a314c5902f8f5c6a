"""Held-out blind corpus 252: fifty hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures how
well the anonymiser generalises. Three invented settings:

* social_care (17): a children's residential respite home and an edge-of-care outreach service
  for families in crisis - evening outreach, family group conferences, missing episodes.
* health (17): an adult intensive care unit - ventilation, proning, line infections, the
  relatives' room, the critical care outreach team and transfers to other ICUs.
* aviation (16): an airport passenger assistance (PRM) service - wheelchairs, ambulifts,
  airline staff, lost mobility aids and boarding.

Styles are deliberately mixed: rushed lower-case notes with txt-speak, formal narratives,
timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, WhatsApp/Teams/Slack exports with handles, handover notes, minutes with attendance
and apologies, pipe-separated tables, radio/RT transcripts, shout-outs and thank-you cards.
Every person, organisation, place and number is invented. `[[label:value]]` marks an
identifier and `{{term}}` a mention that must survive de-identification.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind252.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
evening outreach [[date:tues 14th]] - got to [[address:flat 6, 22 cobden walk]] abt 7pm for
check in w/ [[name:tayo]] + {{mum}}. mum v tearful, said {{dad}} had been round earlier n
smashed the glass in the {{front door}}. [[name:tayo]] ([[age:13]]) had a cut on his hand, not
cleaned, no {{first aid kit}} in the flat. cleaned it w/ my kit + rang {{EDT}} at 19.40, spoke
to [[name:gemma]] who said log it n pass to {{allocated SW}} in the morning. didnt ring
{{police}} cos mum begged me not to - on reflection shd have, {{DV}} risk is escalating n there
was a child present. raised w/ {{team manager}} [[name:Ola B]] next day, she made the
{{MARAC}} referral. lesson learnt, wont happen again. ref [[case_reference:EOC-2291]]
""")),
    ("social_care", "near_miss", prose("""
On [[date:Saturday 9 March]] a planned day trip left [[organisation:Larkfield House]] at 10:15
with three young people and two {{support workers}}. At the minibus, {{senior residential
worker}} [[name:Precious Nyambura]] completed the {{outing checklist}} and noticed that the
{{emergency medication}} bag for [[name:Callum]] ([[age:aged 9]]), who has {{epilepsy}} and a
{{buccal midazolam}} protocol, was not on board. It had been left in the {{clinical room}} after
the morning {{MAR chart}} check. The trip was delayed by ten minutes while the bag was collected
and the {{seizure plan}} re-read with both staff. No harm occurred. Contributing factors: the
outing checklist is printed on the back of the {{sign-out sheet}} and is easily missed, and there
was agency cover on the morning shift. Action: checklist moved to the front, and a laminated tag
now hangs on the minibus keys. Reported by [[name:P. Nyambura]], ref
[[case_reference:LH/24/0317]].
""")),
    ("social_care", "success", prose("""
Massive shout-out to [[name:Faith]] in the {{FGC}} team 🙌 The {{family group conference}} for
the [[name:Adeyemi]] family on [[date:21/02/24]] was the first time in months that {{nan}}, both
aunties and {{dad}} were in one room. [[name:Faith]] spent her own evening ringing round and
sorted a Yoruba interpreter for Grandma [[name:Bisi]]. The family came up with their own plan:
[[name:Tobi]] ([[age:15]]) stays with {{auntie}} [[name:Yemisi]] Mon-Thu, respite at
[[organisation:Larkfield House]] one weekend a month, and {{private family time}} was respected.
{{Edge of care}} worker [[name:Kwame]] says it's the calmest he's seen the house. The {{IRO}} and
the {{CP chair}} both commented on how well prepared everyone was. This is {{Signs of Safety}}
actually working. Proper learning for all of us - ring the wider family early, not as a last
resort. Thanks [[name:Faith]] ❤️ - [[name:Siobhán]] ({{practice lead}})
""")),
    ("social_care", "incident", block("""
INCIDENT REPORT FORM - RESPITE
Name of young person: [[name:Jayden Okonkwo-Hart]]
DOB: [[date_of_birth:03/11/2011]]
Ref: [[case_reference:WBC-CIN-48831]]
Home address: [[address:14 Tenter Croft, Hexley]], [[postcode:HX3 8PW]]
Date of incident: [[date:17/03/24]]   Time: 21:50
Location: [[organisation:Larkfield House]] - {{back garden}}
Type: {{missing from care}}
Description: [[name:Jayden]] went into the garden after a row over {{Xbox}} time and climbed
the {{fence}} by the {{bin store}}. Staff ([[name:Rich]], [[name:Sunny M]]) followed at a
distance as per his {{risk assessment}} but lost sight of him at the end of the lane.
{{Police}} informed 22:05, {{missing episode}} log [[case_reference:PX-240317-0912]].
Returned 23:30 by police, no injuries, said he had gone to see a friend.
{{Return home interview}} to be offered.
Parent informed: Yes - mum ([[name:Lorraine]]) by phone 22:10
Reported by: [[name:R. Dlamini]], {{shift lead}}
""")),
    ("social_care", "near_miss", block("""
From: [[name:Hope Achterberg]] <[[email:hope.achterberg@wrexley.gov.uk]]>
To: {{Information Governance}} <[[email:ig.team@wrexley.gov.uk]]>
Cc: [[name:Marcus Feeney]]
Sent: [[date:Thursday 7 March 2024]] 16:42
Subject: near miss - letter nearly sent to wrong family

Hi,

Reporting a near miss. I was preparing the {{FGC}} invitation letters for the
[[name:Kowalczyk]] family and the {{mail merge}} pulled in the address of a different family
on our list ([[address:9 Ribble Street]]). I only spotted it because the {{postcode}} on the
envelope didn't match the one on [[name:Zofia]]'s {{referral form}}. The letters had not left
the office. I've shredded the printed batch and flagged it to {{team manager}} [[name:Marcus]].
Suggest we stop using the shared template and check each letter against {{Mosaic}} before
posting. Should this go to the {{Data Protection Officer}} as well? Not sure if a near miss
counts under {{GDPR}}.

Thanks,
[[name:Hope]]

[[name:Hope Achterberg]] | {{Family Group Conference Coordinator}}
[[organisation:Wrexley Borough Council]] | [[phone:01632 960418]]
""")),
    ("social_care", "incident", block("""
[[date:19/03/2024]], 20:14 - [[name:Dawn K]]: anyone still on? car wont start, im outside the [[name:Brennan]]s on [[address:Harrow Lane]]. pitch black n lads hanging round the {{garages}}
[[date:19/03/2024]], 20:15 - [[name:Dawn K]]: phone on 9%
[[date:19/03/2024]], 20:17 - [[name:Bill Osei]]: where exactly? ive not got you on the {{lone working app}}
[[date:19/03/2024]], 20:17 - [[name:Dawn K]]: forgot to {{check in}} 🙈 nr no 40
[[date:19/03/2024]], 20:18 - [[name:Bill Osei]]: stay in the car doors locked. calling you now. [[name:Amber]] can u ring the {{RAC}}
[[date:19/03/2024]], 20:19 - [[name:amber]] 🌻: on it, ref [[case_reference:RAC-77310452]]
[[date:19/03/2024]], 20:24 - [[name:Bill Osei]]: ill let {{EDT}} know
[[date:19/03/2024]], 20:51 - [[name:Bill Osei]]: [[name:Dawn]] is home safe, {{RAC}} jumped it. [[name:Dawn]] pls do an {{incident form}} tmrw - the check in is not optional esp on the {{estate}} after dark
[[date:19/03/2024]], 20:52 - [[name:Dawn K]]: will do, sorry all x
""")),
    ("social_care", "near_miss", block("""
HANDOVER - [[organisation:Larkfield House]] - {{late}} to {{night}} - [[date:Fri 22/3]]
On shift: [[name:Joy]], [[name:Mo Hassan]] -> nights: [[name:Krzysztof]], [[name:Tem]]
Young people in: 4
- [[name:Ellie-Mae]] ([[age:11]]) - settled, {{melatonin}} given 20:30, signed on {{MAR}}.
- [[name:Reuben]] ([[age:8]]) - first stay. !! NEAR MISS: {{kitchen}} had made {{peanut}} satay
  for tea. [[name:Reuben]] has a {{nut allergy}} ({{EpiPen}} x2 in office) - it's on his
  {{care plan}} but NOT on the {{allergy board}} because the board wasn't updated after his
  {{pre-admission visit}}. [[name:Joy]] spotted it at serving, he had pasta instead. No contact
  with nuts. Board now updated. Pls check board vs care plans for all weekend admissions.
- [[name:Lily]] + [[name:Aisha]] - both asleep by 21:00.
Mum of [[name:Reuben]] rang 19:00, happy.
Incident ref: [[case_reference:LH/24/0342]]
""")),
    ("social_care", "success", block("""
{{Edge of Care Team}} - Learning Review minutes
Date: [[date:28 February 2024]], [[organisation:Hexley Family Hub]], Room 2
Present: [[name:Grace Mbeki]] (chair, {{service manager}}), [[name:Pat Higgins]] ({{edge of care worker}}),
[[name:Tomasz Wójcik]] ({{family support worker}}), [[name:Nadia]] ({{school nurse}}),
[[name:Lewis]] ({{SENCo}}, [[organisation:St Wilfrid's Primary]])
Apologies: [[name:Alison Reyes-Barnett]] ({{IRO}}), [[name:Davinder Gill]]

1. Family [[case_reference:EOC-2207]] - case closing. Son ([[age:12]]) stepped down from
{{CP plan}} to {{Early Help}}. [[name:PH]] summarised: 14 weeks of evening visits, twice weekly
at first, focus on bedtime routine and mum's {{anxiety}}. Turning point was the {{GP}} appt that
[[name:Pat]] attended with mum.
2. What worked: one consistent worker, flexible hours, school in the loop weekly
([[name:Lewis]]).
3. Learning: evening outreach slots should not be cut in next year's budget. [[name:GM]] to take
to {{DMT}}.
Actions: [[name:TW]] to write up as a case study by [[date:15/03]].
""")),
    ("social_care", "incident", block("""
Physical intervention log - [[organisation:Larkfield House]] - w/e [[date:24/03/24]]
Date  | Time  | {{YP}}   | Staff                          | Hold                   | Mins | Injury        | Ref
[[date:18/03]] | 17:40 | [[name:K.O.]] | [[name:Will Ashdown]], [[name:Femi]] | {{standing hold}} | 2 | none | [[case_reference:PI-0451]]
[[date:20/03]] | 08:15 | [[name:K.O.]] | [[name:Will Ashdown]] | {{guide}} | <1 | none | [[case_reference:PI-0452]]
[[date:23/03]] | 19:05 | [[name:K.O.]] | [[name:Femi]], [[name:Ruth]] | {{seated hold}} | 6 | carpet burn, elbow | [[case_reference:PI-0455]]

Note from {{registered manager}}: three holds in one week with the same child after six weeks
with none. Debrief with [[name:K.O.]] done by his {{key worker}} ([[name:Femi]]). Trigger seems
to be {{contact}} with dad being cancelled twice ({{social worker}} off sick). The seated hold
went over the 5 minutes we aim for - {{Team Teach}} refresher booked for [[name:Ruth]].
Holds to be reviewed at the {{Reg 44}} visit. Not notifiable to {{Ofsted}}; placing authority
informed.
""")),
    ("social_care", "incident", block("""
Chronology - [[name:Maddison]] ([[age:14]]) - {{missing episode}} [[date:Sat 2 March]]
17:30 Picked up from [[organisation:Larkfield House]] by {{outreach worker}} [[name:Luca]] for home visit.
18:10 Arrived home, mum [[name:Shannon Price]] not in. [[name:Luca]] waited in car with [[name:Maddison]].
18:35 [[name:Maddison]] said she needed the toilet, went in with her own key.
18:50 Not come out. [[name:Luca]] knocked, no answer; {{back door}} open.
19:00 Rang {{on-call manager}} [[name:Heather]], advised ring police.
19:04 Police informed, log [[case_reference:WP-0302-1188]].
19:40 Mum home, says [[name:M]] probably at her "boyfriend's" - a [[age:19-year-old]] called [[name:Deano]].
21:15 Found by police at [[address:Unit 4, Foundry Yard]] with two adult males. Taken to {{A&E}}, intoxicated.
23:30 Returned to [[organisation:Larkfield]].
Learning: a toilet request gave unsupervised access to a house with a back exit. {{CSE}}
screening tool completed, referral to {{MASH}} and the {{Child Exploitation}} panel,
{{strategy meeting}} requested. Home visits for this {{YP}} now only when a parent is confirmed in.
""")),
    ("social_care", "near_miss", block("""
Teams chat - Edge of Care - [[date:12/03/2024]]
[10:02] [[name:Kasia Zielińska]]: quick one - has anyone sent the {{contact arrangements letter}} for the [[name:Mwangi]] kids yet?
[10:03] [[name:Mark Tran]]: yeah went to both parents yesterday
[10:03] [[name:Kasia Zielińska]]: STOP - mum is in a {{refuge}}, dad must not have her address. is it on the letter??
[10:05] [[name:Mark Tran]]: checking... it's got the {{supervised contact centre}} address not hers. phew
[10:05] [[name:Mark Tran]]: but the cc line has her new {{GP surgery}} - [[organisation:Wellbrook Medical Practice]]
[10:06] [[name:Kasia Zielińska]]: 😬 that's enough to find her. ringing the {{IDVA}} now
[10:20] [[name:Kasia Zielińska]]: {{IDVA}} ([[name:Sharon]]) says risk is lowish as the GP is other side of town but flagging to {{MARAC}}. can you log an IR? ref when you have it pls
[10:41] [[name:Mark Tran]]: logged - [[case_reference:IR-24-0615]]. also asked {{admin}} to add "{{ADDRESS CONFIDENTIAL}}" alert on {{Mosaic}}
""")),
    ("social_care", "success", block("""
Transcribed from a card handed in at [[organisation:Larkfield House]], [[date:5th April]]:

"To [[name:Grace]], [[name:Bogdan]], [[name:Jas]] and all the {{night staff}},
Thank you for looking after our [[name:Leo]] on his first ever sleepover away from home. He is
[[age:7]] and has {{autism}} and doesn't talk, so I was terrified. You read his
{{communication passport}} before he came, you had his {{weighted blanket}} and his {{PECS}} cards out and you
even found the same blue cup. He came home happy and asked (with his {{iPad}}) to go back.
First proper night's sleep me and his dad have had in 2 years.
Love [[name:Shaz]] & [[name:Dean]] x"

{{Registered manager}} note: sharing as good practice - the {{pre-admission}} {{home visit}} by
[[name:Bogdan]] is why this worked. Please keep doing them even when the {{rota}} is tight.
Shared at {{team meeting}} [[date:10/04]].
""")),
    ("social_care", "near_miss", prose("""
near miss - transport. [[date:wed 27/3]] took [[name:ruby]] ([[age:4]]) + her bro
[[name:alfie]] ([[age:6]]) from [[organisation:Little Acorns Nursery]] to {{contact}} at
[[organisation:Oakhill Family Centre]]. {{pool car}} ([[vehicle_registration:WX19 KPD]]) only
had 1 {{booster seat}} in the boot, [[name:ruby]] needs a {{high back car seat}}. did NOT drive,
rang {{duty desk}}, [[name:frank]] brought one over from the office, 25 min late for contact, dad
not happy. no harm. issue is pool car booking on {{Outlook}} doesnt say whats in the car + prev
user didnt return the seat. suggest checklist in the {{glovebox}} + seats logged in booking.
told {{SW}}. [[name:nk]] {{FSW}}
""")),
    ("social_care", "incident", prose("""
Statement of events - [[name:Emeka Nwosu]], {{residential support worker}},
[[organisation:Larkfield House]]. On the night of [[date:Sunday 31 March 2024]] I was on the
{{waking night}} with [[name:Beatriz]]. At approximately 01:20 during {{hourly checks}} I found
[[name:Chloé Marchetti]] ([[age:15]]) in her room with superficial cuts to her left forearm. She
had used the blade from a {{pencil sharpener}} which came in with her {{school bag}} on
admission and had not been searched, as her {{risk assessment}} did not identify self-harm. I
applied {{first aid}} and [[name:Beatriz]] rang {{111}}, who advised that hospital attendance was
not needed. I stayed with [[name:Chloé]] until she slept. {{On-call}} (Mr [[name:Okafor]]) was
informed at 01:45 and her mum at 08:00. Learning: [[name:Chloé]] disclosed she has self-harmed
for a year and her {{CAMHS}} worker knows. This was not in the referral from
[[organisation:Wrexley Children's Services]]. We will now ask the {{allocated social worker}}
directly about self-harm at every booking, and bags are checked with the young person on all
first stays. Signed [[name:E. Nwosu]] [[date:31/03/24]]
""")),
    ("social_care", "success", block("""
From: [[name:Amira El-Sayed]] <[[email:a.elsayed@hollinspark.sch.uk]]>
To: [[name:Owen Pritchard]] <[[email:owen.pritchard@wrexley.gov.uk]]>
Date: [[date:Mon 15 Apr 2024]] 08:47
Subject: RE: [[name:Kacper]] - attendance update

Morning [[name:Owen]],

Just wanted to let you know [[name:Kacper]] is at 94% for the half term, up from 61% in the
{{autumn}}. The {{morning check-in}} you set up, where you ring mum at 7.30 and our {{TA}}
Mrs [[name:Doyle]] meets him at the {{side gate}}, has made such a difference. He's not had a
single {{suspension}} since {{January}}. The {{attendance officer}} has taken him off the
{{fast track}} list and we're happy to reduce to half-termly {{TAF}} meetings.

Thank you - I know the 7.30 calls were before your shift even started.

Best wishes,
[[name:Amira]]
{{Deputy Head}} / {{DSL}}
[[organisation:Hollins Park Academy]] | [[phone:01632 960227]]
""")),
    ("social_care", "incident", block("""
#edge-of-care-team  ·  [[date:18 Apr]]
[[name:ben.adeyinka]]  21:12  lost my work phone 😩 think it fell out in {{the park}} on [[address:Mill Road]] after the session w the [[name:Carter]]s
[[name:ben.adeyinka]]  21:13  it's locked but has {{WhatsApp}} with 3 families on it
[[name:rosa]]  21:15  ok first thing - report to {{IT service desk}} now so they can wipe it. {{OOH}} number is on the {{intranet}}
[[name:ben.adeyinka]]  21:31  IT done, ticket [[case_reference:INC0048213]], {{remote wipe}} requested
[[name:rosa]]  21:33  👍 then {{DPO}} + {{incident form}} in the morning. and we need to talk about whatsapp w families, its not approved
[[name:hannah.k]]  08:05  found? mum of the twins ([[name:Carter]]) says a neighbour handed it in to the corner shop
[[name:ben.adeyinka]]  08:40  got it back 🙏 wipe had already gone through so no data exposure. learning: use {{Teams}} not WhatsApp
""")),
    ("social_care", "success", block("""
🌟 LEARNING FROM EXCELLENCE 🌟
Nominee: [[name:Victor Ansah]], {{night support worker}}
Nominated by: [[name:Leanne]] ({{deputy manager}})
Date: [[date:12 April 2024]]
What happened: [[name:Izzy]] ([[age:16]]), who is {{non-verbal}} and has {{cerebral palsy}},
became very distressed at 3am on her first night. Rather than put it down to a new place,
[[name:Victor]] used her {{pain profile}} (the {{PPP}}), scored her at 11 and rang {{111}}. She
was taken to [[organisation:Wrexley General Hospital]] and found to have a {{dislocated hip}}.
Why it matters: it would have been easy to call it "unsettled behaviour". [[name:Victor]] had
read her {{care plan}} properly, knew her baseline and trusted it. Dad said it was the first
time a service had listened to her.
""")),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
proning bed 7 at 14:10 [[date:3/4]], pt [[name:A. Ferreira]] [[case_reference:CGH4471902]].
5 of us, [[name:Sunny]] on the head. {{ETT}} came out during the turn - tube tie had been
loosened for {{oral care}} earlier n not re-secured. {{sats}} dropped to 70s, {{FiO2}} up to 1.0,
{{anaesthetist}} Dr [[name:Lindqvist]] re-intubated within 4 min, {{grade 1 view}}. pt stable
after, {{ABG}} ok. learning: {{proning checklist}} has "check tube security" but we rattle
through it - shd be {{challenge-response}}. also 5 ppl is the minimum, shd be 6 with one person
just watching the tube. datix [[case_reference:W-88104]]. [[name:jt]] {{band 6}}
""")),
    ("health", "near_miss", prose("""
On [[date:14 February 2024]] at approximately 03:30 a {{staff nurse}} ran an {{arterial blood
gas}} on the {{blood gas analyser}} in bay 2 and the result was filed under the wrong patient,
because the analyser defaults to the last {{hospital number}} used. The result (potassium 6.8)
was attributed to Mr [[name:Hollis]] (bed 4, [[case_reference:CGH2209174]]) rather than
[[name:Kofi Boateng]] (bed 5, [[case_reference:CGH2218840]]). The {{Registrar}}, Dr
[[name:Saoirse Ní Bhriain]], was about to prescribe {{calcium gluconate}} and
{{insulin-dextrose}} for Mr [[name:Hollis]] when the nurse caring for him, [[name:Will]],
questioned it because his previous gas was normal and he had no {{ECG}} changes. Repeat gases on
both patients confirmed the error and no treatment was given. Learning: the analyser now forces
a barcode scan of the {{wristband}} and manual entry has been disabled. Reported via {{Datix}}
[[case_reference:W-87562]].
""")),
    ("health", "success", prose("""
#ICUshoutout for the {{proning team}} on [[date:Tues 9th]] nights 👏 Four proning episodes
between 22:00 and 04:00 with one {{ODP}} on site, and [[name:Nkechi]], [[name:Bartek]],
[[name:Holly-Anne]], [[name:Raj]] and {{physio}} [[name:Mags]] turned every patient safely -
zero new {{pressure injuries}} on the {{skin check}} next morning and no lines lost. The new
{{proning roles card}} ({{airway lead}}, {{lines lead}}, {{timekeeper}}) was used every single
time. {{Consultant}} Dr [[name:Varga]] said it was the slickest she has seen. Let's keep it
going! From [[name:Bev]] ({{Matron}}), [[organisation:Florence Unit]]
""")),
    ("health", "incident", block("""
INFECTION INCIDENT FORM
Patient name: [[name:Dorota Kamińska]]
NHS No: [[nhs_number:904 823 5472]]
Hosp No: [[case_reference:CGH3390125]]
DOB: [[date_of_birth:22/08/1961]]
Address: [[address:3 Weavers Row, Castlebrook]] [[postcode:CK4 2LU]]
Unit: {{ICU}} bed 12
Date identified: [[date:19/03/2024]]
Type: {{CLABSI}} - {{central line}} ({{right IJ}}, inserted [[date:11/03]])
Organism: {{Staphylococcus aureus}} ({{MSSA}})
Description: line day 8. Pyrexial 39.1, {{CRP}} rising. {{Blood cultures}} from line and
peripheral both positive. Line removed, tip sent. {{Care bundle}} audit shows dressing not
changed on day 7 (due), and two missing {{daily line review}} entries on [[date:16/03]] and
[[date:17/03]] (weekend).
Reported by: [[name:Chidi Eze]], {{IPC nurse}}
Datix: [[case_reference:W-88023]]
""")),
    ("health", "near_miss", block("""
From: [[name:Rhys Llewellyn]] <[[email:rhys.llewellyn@nhs.net]]>
To: [[email:icu.governance@castlebrook.nhs.uk]]
Date: [[date:7 March 2024]] 09:02
Subject: Near miss on transfer to [[organisation:Royal Hexley Infirmary]] [[date:6/3/24]]

Hi all,

Flagging a near miss from yesterday's {{inter-hospital transfer}} ({{ECMO}} referral, pt
[[case_reference:CGH1187302]]). Twenty minutes into the journey I realised the running
{{noradrenaline}} syringe had about 40 min left and the spare had never been made up, although
the {{transfer checklist}} was signed as complete. I made one up in the back of the
{{ambulance}}, which is far from ideal. We arrived safely and handed over to Dr
[[name:Oyelaran]] at [[organisation:Royal Hexley]] {{ICU}}.

The checklist had been done by two people and each thought the other had done the drugs. The
{{ODN}} transfer guideline says carry twice the expected infusion duration. Suggest the drugs
section is signed by the transferring doctor only.

Cheers,
[[name:Rhys]]
{{ST5 Anaesthetics}} | [[organisation:Castlebrook General Hospital]]
""")),
    ("health", "incident", block("""
[[date:27/02/2024]], 15:02 - [[name:Chantelle]]: heads up {{relatives room}} is kicking off, bed 3s family. son shouting at Sister [[name:Nowak]] abt {{visiting}}
[[date:27/02/2024]], 15:03 - [[name:Yusuf Demir]]: {{security}} called?
[[date:27/02/2024]], 15:04 - [[name:Chantelle]]: yes on their way
[[date:27/02/2024]], 15:10 - [[name:Lou]]: he's punched the {{vending machine}}, glass everywhere. nobody hurt. daughter in there crying
[[date:27/02/2024]], 15:24 - [[name:Yusuf Demir]]: security walked him out. [[name:Agnieszka]] ok but shaken, sent her for a brew
[[date:27/02/2024]], 15:30 - [[name:Chantelle]]: someone pls {{datix}} it. and the relatives room is a dead end - no {{2nd exit}} and no {{panic alarm}}
[[date:27/02/2024]], 15:41 - [[name:Lou]]: done [[case_reference:W-87911]]. tagged {{estates}} re the alarm
""")),
    ("health", "incident", block("""
Timeline - delayed escalation - Mrs [[name:Gladys Ferreira-Pinto]], [[age:78]],
[[case_reference:CGH0937718]], admitted to {{ICU}} [[date:8 March 2024]]
02:15 {{NEWS2}} 5 on [[organisation:Beaumont Ward]]. {{FY1}} bleeped.
02:50 FY1 reviewed, fluids, plan hourly {{obs}}.
04:00 NEWS2 7. Ward nurse [[name:Mercy]] bleeped {{Critical Care Outreach}} x2, no answer.
04:40 Outreach nurse [[name:Dom Keane]] attended (had been in {{ED resus}}; bleep diverted wrongly).
05:05 {{ABG}} lactate 5.1, {{Sepsis Six}} started.
05:30 Reviewed by ICU {{SpR}} Dr [[name:Abioye]].
06:20 Admitted ICU bed 9, started {{vasopressors}}.
Learning: when outreach is in ED the bleep divert goes to a {{switchboard}} holding list, not to
the second outreach nurse. The {{escalation policy}} says call 2222 if no response in 15 min -
the ward nurse did not know this. Ref [[case_reference:W-88201]].
""")),
    ("health", "near_miss", block("""
ICU NURSING HANDOVER - bed 14 - [[date:Thu 21/3]] nights -> days
Pt: [[name:Jonas Petraitis]] [[age:52]]M  NHS [[nhs_number:740 194 7145]]
Dx: {{severe pneumonia}}, {{ARDS}}, day 5 {{ventilated}}, {{prone}} 16h overnight, {{supine}} 06:00
Sedation: {{propofol}} 2% 15 ml/h + {{alfentanil}}. {{RASS}} -3.
NEAR MISS overnight: propofol syringe changed 03:00 by [[name:Becca]] - the 1% was picked up
(stock in the wrong bin in the {{drug room}}), would have halved his dose. [[name:Emre]] did the
{{second check}} and caught it before connecting. Bins swapped back, pharmacy told (ref
[[case_reference:PH-1128]]).
Lines: {{art line}} L radial, {{CVC}} R femoral day 3 - dressings intact.
Family: wife [[name:Rūta]] visiting 11:00, wants an update from the {{consultant}}.
Handed over by [[name:Becca]] to [[name:Abi]].
""")),
    ("health", "success", block("""
ICU Morbidity & Mortality / Learning Meeting - [[date:20 March 2024]]
Chair: Dr [[name:Imogen Hartley-Shaw]] ({{Clinical Lead}})
Present: [[name:Sadia]] ({{PDN}}), [[name:Grant]] ({{ACCP}}), [[name:Tom]] (pharmacy),
Dr [[name:Mensah]], [[name:Bogusia]] ({{Band 7}}), [[name:Ffion]] (outreach)
Apologies: [[name:Ravi Sundaram]], [[name:Ellen]]

Item 2 - Good catch. Transfer of pt [[case_reference:CGH5520981]] to
[[organisation:St Cuthbert's Hospital]] {{neuro ICU}} on [[date:12/03]]. At the pre-departure
check [[name:Grant]] noticed the {{pupils}} were newly unequal and stopped the transfer; repeat
{{CT}} showed a rebleed and the {{neurosurgical}} plan changed.
Discussed: the pre-departure "pause" ({{ABCDE}} + pupils) added in {{January}} is working.
[[name:IHS]] to present it at the regional {{ODN}} meeting.
Actions: [[name:Sadia]] to add the pause to the {{induction}} pack.
""")),
    ("health", "incident", block("""
{{CVC}} / {{art line}} surveillance - {{ICU}} - week ending [[date:29/03/2024]]
Bed | Hosp no | Line | Inserted | Day | Bundle | Issue
2 | [[case_reference:CGH6602114]] | CVC R IJ | [[date:20/03]] | 9 | ✔ | -
6 | [[case_reference:CGH6617053]] | CVC L subclavian | [[date:14/03]] | 15 | ✘ | dressing lifted, undated
9 | [[case_reference:CGH6629980]] | {{PICC}} | [[date:02/03]] | 27 | ✔ | -
11 | [[case_reference:CGH6631207]] | {{Vascath}} R fem | [[date:25/03]] | 4 | ✘ | {{chlorhexidine}} not used (allergy), no alternative documented
Positive cultures this week: bed 6 ({{CoNS}}, ?contaminant, repeat sent).
Comment ([[name:A. Mukherjee]], {{IPC}}): the bed 6 line at day 15 with a lifted dressing is the
one I'm worried about - please review the need for every line daily. Bed 11: {{povidone-iodine}}
is the alternative and it is in the policy. Datix [[case_reference:W-88317]] for bed 6.
""")),
    ("health", "near_miss", block("""
Teams - ICU Transfer Team - [[date:Fri 5 Apr]]
[[name:Olu Bakare]] 11:20  about to take bed 8 to {{CT}}, {{portable ventilator}} plugged in
[[name:Olu Bakare]] 11:22  👀 the {{O2 cylinder}} on the {{transfer trolley}} reads 40 bar. thats like 15 min at {{FiO2}} 0.6
[[name:Gina]] 11:23  it was "checked" this morning per the sheet. swap it, full {{CD}} cylinders in the {{equipment bay}}
[[name:Olu Bakare]] 11:31  swapped. gone now
[[name:Will Okoro]] 12:05  back safe, scan done. [[name:Gina]] did the sheet say who checked?
[[name:Gina]] 12:07  just a tick, no initials. raising it at {{safety huddle}} and datixed [[case_reference:W-88460]]
""")),
    ("health", "success", block("""
Card from the family of bed 10, received [[date:2 April]], typed up for {{Learning from Excellence}}:

"Dear everyone on [[organisation:Florence Unit]], especially [[name:Rose]], [[name:Kamal]] and
Dr [[name:Achebe]],
Dad ([[name:Bernard]]) was with you for 23 days. When he was {{proned}} you still let us hold
his hand, and you explained every {{alarm}} even at 3am. When he came off the {{ventilator}}
[[name:Rose]] had his radio ready with the cricket on. You let us sleep in the
{{relatives' room}} the night we thought we'd lose him. The {{ICU diary}} you kept is helping him with the
nightmares and the {{delirium}} memories, and the {{follow-up clinic}} has been brilliant.
We will never forget you.
[[name:Margaret]], [[name:Steph]] and [[name:Bernie]] xx"
""")),
    ("health", "incident", prose("""
pressure injury bed 5 - mr [[name:o'driscoll]] [[case_reference:CGH7704318]]. found
{{category 3}} {{pressure ulcer}} on chin + {{device-related}} damage under the {{ETT}} tie after
3 {{prone}} cycles. {{skin bundle}} says 2hrly head turns + {{Mepilex}} on chin but nothing
documented 02:00-08:00 on [[date:28th]]. agency nurse didnt know the {{swimmer's position}}.
{{TVN}} [[name:jo p]] reviewed, photos on {{Datix}} [[case_reference:W-88099]]. family told by
[[name:Kelechi]]. we need a proning competency for agency staff before they take prone pts.
""")),
    ("health", "success", block("""
From: [[name:Sunita Rao]] <[[email:sunita.rao@castlebrook.nhs.uk]]>
To: {{Critical Care Outreach Team}}
Date: [[date:15 April 2024]] 13:10
Subject: Thank you - outreach follow-up

Hi [[name:Faith]] and team,

I wanted to feed back about Mr [[name:Dubois]], who stepped down from {{ICU}} to
[[organisation:Nightingale Ward]] on [[date:1 April]]. Your {{step-down}} review at 24 hours
picked up his new {{AF}} and rising {{NEWS2}} before anyone on the ward had twigged, and
[[name:Faith]] stayed with my {{junior nurse}} until the {{cardiology}} {{SpR}} arrived. He avoided
{{readmission}} and went home on [[date:Friday 12th]]. My team learnt a lot from watching how she
escalated.

Many thanks,
[[name:Sunita]]
{{Ward Manager}}, [[organisation:Nightingale Ward]] | [[organisation:Castlebrook General Hospital]]
[[phone:01632 961304]]
""")),
    ("health", "incident", prose("""
Incident summary - {{insulin}} infusion error. On the night of [[date:23/24 March]], patient
[[name:Hamid Karimi]] ([[age:aged 44]], NHS [[nhs_number:418 341 1637]]) was admitted to bed 6
with {{DKA}}. The {{fixed-rate insulin infusion}} was programmed at 10 ml/h rather than 1 ml/h
because the {{smart pump}} drug library was bypassed and the pump was run in {{basic infusion}}
mode. {{Blood glucose}} fell to 2.1 mmol/L at 04:10 and he became drowsy. {{Staff nurse}}
[[name:Jing Wei]] recognised the error at the hourly check, stopped the infusion and gave
{{glucose 20%}} as per the {{hypoglycaemia}} protocol; the {{SHO}} attended within five minutes.
He recovered fully. Contributing factors: two admissions at once, and the pump library did not
list the unit's insulin concentration. Learning: basic infusion mode now locked for insulin, and
{{duty of candour}} conversation held with his brother. Ref [[case_reference:W-88355]].
Reported by [[name:Ngozi Eke]], {{Band 7}}.
""")),
    ("health", "near_miss", block("""
#icu-safety
[[name:patrick.b]]  09:14  near miss bed 13: {{NG tube}} placement. {{pH}} 6 so went to {{CXR}}, and the {{FY2}} had documented "NG in stomach" - off the previous film from [[date:Mon 25th]] 😬
[[name:hana.sato]]  09:17  omg. did anything go down it?
[[name:patrick.b]]  09:18  no, [[name:Joy]] hadn't started the {{feed}} and she checked the film date on {{PACS}} herself. new film: tube in right main bronchus
[[name:sam.ibrahim]]  09:40  thanks all, {{Never Event}} narrowly avoided. I'll speak to the FY2 and to {{radiology}} about defaulting to the latest image
[[name:hana.sato]]  09:42  datix [[case_reference:W-88412]]. pt [[case_reference:CGH8813560]], family informed (no harm so no formal {{duty of candour}})
""")),
    ("health", "success", prose("""
Huge thanks to [[name:Mark]] ({{charge nurse}}) and [[name:Aleksandra]], our {{SNOD}} from
{{NHSBT}}, for how they supported the family of the [[age:24-year-old]] in bed 1 on
[[date:Sun 14 April]]. {{Brainstem death testing}} was done in the afternoon and the family had
already been in the {{relatives' room}} for two days. [[name:Mark]] kept the same nurse with
them all shift, arranged the {{chaplain}}, and took {{hand prints}} for his little sister.
[[name:Aleksandra]] was involved early, before the {{organ donation}} conversation, so she wasn't
a stranger. The family agreed to donation and later wrote "you made the worst day bearable".
Learning: early {{SNOD}} involvement and continuity of nurse matter more than any leaflet.
- Dr [[name:Gupta]], {{ICU consultant}}
""")),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
{{wchc}} pax off [[flight_number:BW 3417]] stand 14 [[date:sat 16/3]] 22:40, mr
[[name:k. adebayo]]. his own {{power chair}} ({{Permobil}}) came up from the {{hold}} w/ the
{{joystick}} snapped off + footplate bent. {{ground handlers}} ([[organisation:Apexa Ground]])
said it was like that at origin, pax says no way. photos taken, {{PIR}} raised w/ airline at
{{baggage services}} ref [[case_reference:EMABW22871]]. pax couldnt get home in a manual chair,
gave him a {{loan chair}} + [[name:Sharna]] rang the {{mobility repair}} co, took 2hrs. nobody
photographed the chair at departure. suggest we photo ALL power chairs our end before loading.
[[name:dk]] {{PRM agent}}
""")),
    ("aviation", "near_miss", block("""
RT transcript - Ground Movement - [[date:11/03/2024]] (times local)
06:51:10 LIFT 2: [[organisation:Eastmoor Ground]], Lift Two at {{stand 24}}, request proceed stand 31 via the {{airside road}}.
06:51:18 {{GND}}: Lift Two, proceed via the airside road, give way to the {{A321}} pushing from stand 26.
06:51:24 LIFT 2: Give way to the pushing A321, Lift Two.
06:52:02 GND: [[flight_number:Brightwing 409]], {{push and start}} approved, facing west.
06:52:40 GND: Lift Two STOP, STOP, STOP, aircraft pushing behind you.
06:52:44 LIFT 2: Lift Two stopped.
Summary: {{ambulift}} driver [[name:Iwan Morgan]] took the give-way to mean the stand 24 push
and moved off; stopped about 15 m from the {{tug}}. No contact. {{ATC}} filed an {{MOR}}.
Ambulift [[vehicle_registration:EY21 KFT]], our ref [[case_reference:PRM-SR-0388]].
Learning: read back the stand number, not just "give way", and never cross behind a
{{beacon}}-on aircraft.
""")),
    ("aviation", "incident", block("""
PRM INCIDENT FORM - [[organisation:ClearPath Assist]] @ [[organisation:Eastmoor Airport]]
Passenger: [[name:Grace Olamide-Brooks]]
DOB: [[date_of_birth:09/05/1948]]   Age: [[age:75]]
Address: [[address:Flat 2, Larch Court, 18 Spinney Road, Eastmoor]] [[postcode:EM7 3QJ]]
Tel: [[phone:07700 900531]]
Flight: [[flight_number:ZQ 2208]]   Date: [[date:02/04/2024]]
Booking ref: [[case_reference:K7TQ9M]]
{{SSR}}: {{WCHS}}
Location: {{Gate 9}}, {{jet bridge}}
Details: pax chose to walk down the jet bridge with her {{walking stick}} rather than stay in the
{{wheelchair}}. The {{slope}} at the aircraft end was steep as the aircraft was light. She lost
her balance and fell onto her left wrist. {{First aid}} by {{Airport Fire Service}}, assessed by
{{paramedic}}, taken to [[organisation:Eastmoor Royal Infirmary]] with a suspected fracture.
Flight missed; airline rebooked.
Learning: re-offer the chair at the top of the jet bridge, and accompany WCHS pax on slopes.
Reported by: [[name:Tomás Ferreira]], {{PRM agent}}
""")),
    ("aviation", "incident", block("""
From: [[name:Deepa Raghunathan]] <[[email:deepa.r@clearpathassist.co.uk]]>
To: [[email:baggage.ema@skylarkair.com]]
Cc: [[name:Stuart Blaine]]
Date: [[date:Tue 19 Mar 2024]] 09:15
Subject: URGENT - missing {{rollator}} - [[flight_number:SK 511]] / PIR [[case_reference:EMASK30417]]

Hello,

Our passenger Mrs [[name:Halima Yusuf]] arrived on [[flight_number:SK 511]] yesterday evening
(aircraft [[aircraft_registration:G-OSKL]]). Her rollator was tagged {{DAA}}
({{delivery at aircraft}}) but was not returned to the {{aircraft door}} and has not been found in the
{{hold}} or in {{oversize baggage}}. Without it she is effectively housebound.

Please can you confirm whether it was offloaded at origin. We have lent her a
{{walking frame}} from our stock in the meantime. She can be reached on [[phone:07700 900882]].

Kind regards,
[[name:Deepa]]
{{Duty Manager}}, {{PRM}} Service
[[organisation:ClearPath Assist]] - [[organisation:Eastmoor Airport]]
""")),
    ("aviation", "near_miss", block("""
[[date:21/03/2024]], 17:02 - [[name:Kev Dunmore]]: who has the {{WCHC}} for [[flight_number:ZQ 1830]]? pax in a chair at {{gate 14}} on her own
[[date:21/03/2024]], 17:03 - [[name:Paulina]]: thought [[name:Ravi]] had her
[[date:21/03/2024]], 17:04 - [[name:Ravi S]]: not me, im on the {{ambulift}} at stand 40 with the [[flight_number:BW 772]] arrivals
[[date:21/03/2024]], 17:05 - [[name:Kev Dunmore]]: shes been there 35 min, needs the {{toilet}} + cant {{self-transfer}}. shes upset
[[date:21/03/2024]], 17:05 - [[name:Paulina]]: omw 2 mins
[[date:21/03/2024]], 17:09 - [[name:Paulina]]: with her now, Mrs [[name:Ivanova]] is ok, v apologetic which made me feel worse
[[date:21/03/2024]], 17:14 - [[name:Kev Dunmore]]: the job was on the {{app}} as assigned to "{{agent 12}}" - a login nobody has used since {{Feb}}
[[date:21/03/2024]], 17:15 - [[name:Ravi S]]: will log it as a {{near miss}}, ref [[case_reference:NM-0219]]
""")),
    ("aviation", "incident", block("""
Chronology - [[flight_number:BW 1162]] ({{A320}} [[aircraft_registration:G-BWAK]]), stand 52 ({{remote stand}}), [[date:Sunday 24 March]]
21:05 On blocks. 3 x {{WCHC}} pax booked, 1 x {{WCHS}}.
21:12 Ambulift [[vehicle_registration:EY19 NZB]] ({{Lift 4}}) positioned at rear door - {{scissor lift}} fault, platform won't rise past 1.2 m.
21:20 Only other ambulift ({{Lift 2}}) on a job at stand 31, approx 25 min.
21:25 Crew wanted to hand the aircraft to cleaners; {{SCCM}} [[name:Inès]] agreed to wait.
21:48 Lift 2 arrives. First pax, Mr [[name:Bogdan Ilie]], disembarked.
22:20 Last pax off. Total wait onboard 75 min. Mr [[name:Ilie]] missed his pre-booked {{coach}}.
Learning: no standby lift on weekend evenings, and the fault had been written in the
{{defect log}} on [[date:22/03]] but the lift was not taken off run. Ref
[[case_reference:PRM-SR-0402]]. Compiled by [[name:Joanne Ritchie-Mbatha]], {{shift supervisor}}.
""")),
    ("aviation", "success", prose("""
👏 Shout-out to [[name:Bill]] on lates yesterday ([[date:Wed 3rd]]). A family arrived for
[[flight_number:SK 204]] with [[name:Noah]] ([[age:10]]), who is {{autistic}} and was wearing a
{{Sunflower lanyard}}. [[name:Noah]] was overwhelmed at {{security}} and lay down on the floor.
[[name:Bill]] took them to the {{quiet room}}, let [[name:Noah]] watch the planes from the
window, and arranged with the [[organisation:Skylark Air]] {{dispatcher}} for them to board
first via the {{jet bridge}}. The {{captain}} even came out to say hello. Mum emailed to say it
was the first flight that didn't end in tears. This is exactly what our {{Hidden Disabilities}}
training is about. - [[name:Priya]] ({{Ops Manager}})
""")),
    ("aviation", "near_miss", block("""
PRM HANDOVER - earlies -> lates - [[date:Mon 8 Apr]]
Staffing: 9 agents, [[name:Marek]] + [[name:Jo]] on ambulifts. [[name:Summer]] off sick.
{{Lift 3}} ([[vehicle_registration:EY20 LMU]]) back from workshop, OK.
Open jobs:
- [[flight_number:ZQ 4421]] 15:10 - WCHC pax Mr [[name:Haddad]] uses a {{POC}}
  ({{portable oxygen concentrator}}). NEAR MISS this morning: airline had no {{MEDIF}} on file
  and his battery only covered 2h, flight is 3h40. [[name:Jo]] caught it at {{check-in}} and the
  airline sorted spare batteries + clearance. Do the {{battery}} check for EVERY POC pax, not
  just at the gate.
- [[flight_number:BW 2290]] arr 16:45 - 2 x {{WCHR}}, 1 x {{BLND}} pax with {{guide dog}},
  {{Border Force}} meeting at the aircraft.
- Lost {{crutches}} from yesterday's [[flight_number:SK 118]] still not found - ref
  [[case_reference:EMASK30588]].
Handed over by [[name:Lorna]].
""")),
    ("aviation", "success", block("""
PRM Service Quality Meeting - [[date:16 April 2024]] - Terminal Ops, room 2
Attendees: [[name:Priya Nandakumar]] ([[organisation:ClearPath]] {{Ops Manager}}),
[[name:Hugh Gallagher]] ([[organisation:Eastmoor Airport]] {{Accessibility Lead}}),
[[name:Mercedes Alonso]] ([[organisation:Skylark Air]] {{Station Manager}}),
[[name:Tunde]] ({{Airport Accessibility Forum}} rep), [[name:Charlie]] (agent rep)
Apologies: [[name:Ffion Parry]] ([[organisation:Brightwing Airlines]])

1. {{CAA}} {{accessibility framework}}: [[organisation:Eastmoor]] moved from "needs
improvement" to "good".
2. Success: wheelchair damage down from 11 in {{Q3}} to 3 in {{Q4}} since the
{{photo-at-hold}} procedure (idea from agent [[name:Charlie]]). [[name:MA]] confirmed
[[organisation:Skylark]] claims are also down.
3. Waiting times: 97% of pre-booked arrivals met within 10 min of the last passenger off;
target 98% ({{ECAC Doc 30}}).
Actions: [[name:HG]] to share the photo procedure with the other handlers.
""")),
    ("aviation", "incident", block("""
Mobility aid loss/damage log - w/c [[date:25/03/24]]
Date  | Flight | Pax | Aid | Issue | {{PIR}}
[[date:25/03]] | [[flight_number:SK 517]] | [[name:H. Gordon-Lisle]] | {{manual w/c}} | wheel bent | [[case_reference:EMASK30499]]
[[date:26/03]] | [[flight_number:BW 3050]] | [[name:Coleman]] | {{rollator}} | not returned at door | [[case_reference:EMABW11902]]
[[date:27/03]] | [[flight_number:ZQ 2211]] | [[name:S. Mirza]] | {{mobility scooter}} | {{lithium battery}} removed at origin, not sent | [[case_reference:EMAZQ08813]]
[[date:29/03]] | [[flight_number:SK 733]] | [[name:Baptiste L.]] | {{power chair}} | {{joystick}} snapped | [[case_reference:EMASK30655]]
Summary by [[name:Ade]]: 4 in a week, 2 on [[organisation:Skylark]]. The scooter one is the
most serious - pax stranded at destination with no battery and no way of charging. Escalated
to the {{station manager}} and to the airline's {{customer relations}}.
""")),
    ("aviation", "incident", block("""
Teams - {{PRM}} Supervisors - [[date:Thu 28 Mar]]
[[name:Callum Reid]] 10:42  incident on [[flight_number:ZQ 2260]] boarding. {{WCHC}} pax slid off the {{aisle chair}} transferring to {{seat 3A}}, agents lowered him to the floor controlled, no injury reported
[[name:Ayo]] 10:44  were the straps done?
[[name:Callum Reid]] 10:45  {{chest strap}} yes, {{leg strap}} no - agent [[name:Hannah]] says pax asked not to use it. pax is Mr [[name:Rahimi]]
[[name:Ayo]] 10:47  he can refuse but then it's a 3 person transfer, not 2
[[name:Callum Reid]] 10:50  agreed. {{captain}} and {{SCCM}} informed, Mr [[name:Rahimi]] happy to fly. ref [[case_reference:PRM-SR-0415]]
[[name:Ayo]] 10:51  pls check {{manual handling}} refresher dates for [[name:Hannah]] and [[name:Sean]] too
""")),
    ("aviation", "success", block("""
From: [[name:Tadhg Ó Súilleabháin]] <[[email:tadhg.os@mailbox.ie]]>
To: [[email:feedback@eastmoorairport.co.uk]]
Date: [[date:9 April 2024]] 19:31
Subject: Thank you to your assistance team - [[flight_number:BW 1507]] on [[date:7 April]]

Dear {{Sir/Madam}},

I'm a {{T4 paraplegic}} and fly a lot, usually with dread. On {{Sunday}} I flew out on
[[flight_number:BW 1507]]. [[name:Rosie]] and [[name:Amir]] met me at {{check-in}}, took my
{{cushion}} and {{side guards}} off the chair themselves and bagged them so nothing went
missing. When the {{ambulift}} was delayed, [[name:Rosie]] updated me every five minutes instead
of leaving me wondering. At the aircraft they used the {{aisle chair}} with real care and asked
how I like to transfer. On my return my own chair was waiting at the {{aircraft door}}.

Please pass on my thanks.
[[name:Tadhg]]
""")),
    ("aviation", "near_miss", prose("""
Near miss report - {{dangerous goods}}. On [[date:Friday 29 March 2024]] a passenger booked on
[[flight_number:SK 640]] ({{Boeing 737-800}}, [[aircraft_registration:G-SKLR]]) presented a
{{power wheelchair}} with a {{lithium-ion battery}} rated 620 Wh, which the airline had recorded
from the booking as 300 Wh. {{PRM agent}} [[name:Obinna Chukwu]] read the battery label at the
{{hold door}} as part of our {{DGR}} check and stopped the loading. The {{dispatcher}} and the
{{captain}} were informed and the airline's {{DG desk}} confirmed the chair could not be carried
with that battery. The passenger, [[name:Lars Henriksen]], was rebooked onto the next day's
service using his spare pair of smaller batteries. Learning: pre-notification relied on the
passenger's own figure; agents will now check the label against the booking for every powered
aid. Ref [[case_reference:PRM-SR-0409]]; {{MOR}} submitted to the {{CAA}} by the airline.
""")),
    ("aviation", "incident", block("""
PRM radio, channel 3 - [[date:02/03/2024]]
14:02 CONTROL: PRM 7, pick up {{WCHR}} at {{check-in zone C}} for [[flight_number:BW 880]].
14:03 PRM 7 ([[name:Shaz]]): Seven, copied.
14:19 PRM 7: {{Control}}, Seven at zone C, no pax here. Name please?
14:19 CONTROL: MRS [[name:AUDREY KEMP]], [[flight_number:BW 880]], {{gate 6}}.
14:25 PRM 7: Control, found her airside - family took her through {{security}} themselves. She's
fallen on the {{escalator}}, sat up and talking, bleeding from her shin.
14:26 CONTROL: {{Airport Fire}} requested to the escalator.
Summary: pax booked WCHR ({{wheelchair for distance}}); control took 16 min to dispatch an agent
due to two arrivals at once, and the family gave up waiting. Minor laceration dressed by the
{{first aider}}, pax flew. Learning: if dispatch will be over 10 min, call the pax on the number
on the booking. Reported by [[name:Shaz Begum]], ref [[case_reference:PRM-SR-0396]].
""")),
    ("aviation", "near_miss", block("""
#prm-ops  ·  [[date:10 Apr]]
[[name:nat.h]]  07:12  flagging: {{ambulift}} {{tablet}} showed [[flight_number:ZQ 3102]] on {{stand 44}} but aircraft was on 47. we drove onto 44 while an {{A321neo}} was on the {{lead-in line}} - {{marshaller}} waved us off
[[name:big_will]]  07:14  was that [[aircraft_registration:9H-ZQB]]? saw it swing in, v close
[[name:Marguerite]]  07:20  stand change was in {{AODB}} at 06:58, tablet didn't refresh
[[name:nat.h]]  07:31  ref [[case_reference:PRM-SR-0421]], also told {{ramp control}}
[[name:Marguerite]]  07:35  {{IT ticket}} raised. until fixed: confirm stand with ramp control on the {{radio}} before moving
""")),
    ("aviation", "success", prose("""
Learning summary - {{stretcher}} passenger, [[date:10 April 2024]]. A [[age:67-year-old]]
passenger, Mr [[name:Ekow Mensah-Bonsu]], was repatriated on [[flight_number:SK 902]] with a
{{stretcher kit}} fitted to [[aircraft_registration:G-SKLD]]. Agents [[name:Pat]],
[[name:Faisal]] and [[name:Kerry-Ann]] held a {{planning call}} 48 hours before with the airline
and the [[organisation:Medflight Escorts]] nurse, so the {{ambulift}} was pre-positioned,
{{ATC}} and {{airside operations}} had agreed the {{ambulance}} escort route, and the
{{oxygen}} supply was checked against the {{MEDIF}}. Boarding took 22 minutes and the flight left
on time. What made it work: one named lead ([[name:Pat]]), a written plan shared with everyone
and a walk-through at the {{remote stand}} the day before. - [[name:Hugh]]
""")),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind252", REPORTS))
