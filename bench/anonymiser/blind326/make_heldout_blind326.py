"""Held-out blind corpus 326: 50 invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) to measure how well
de-identification generalises. Every person, organisation, place, reference and number is
invented; phone numbers use the Ofcom drama ranges and NHS numbers pass the mod-11 check.

Settings:
- social_care (17): a council kinship care and special guardianship support team
  (connected persons assessments, SGO allowances, family time, letterbox contact).
- health (17): an ambulance service clinical hub (999 and 111 calls, call categories,
  welfare calls, hear and treat, clinician callbacks).
- aviation (16): a flying training school (cadets, solo flights, navigation exercises,
  instructors, engineering, RT with ATC).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams, WhatsApp, Slack handles), handover notes, minutes
with attendance and apologies, pipe-separated and aligned tables, call and RT transcripts,
shout-outs and thank-you notes.

Mark-up: [[label:value]] for identifiers, {{term}} for must-not-redact mentions.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind326.jsonl"

SOCIAL_CARE = [
    # 1 rushed lower-case note
    ("social_care", "incident", prose("""
family time @ contact centre today went badly. dad ([[name:liam o'shea]]) turned up
smelling of drink, 20 mins late, shouting at {{nan}} in the car park. kids ([[name:kayden]]
[[age:6]] and [[name:rosie-mae]] [[age:4]]) were already inside w/ the {{family time worker}}.
i rang the {{duty manager}} and we ended the session early. nan (mrs [[name:brennan]]) v shaken,
says he knows where she lives now bc he followed her car last wk. need to update the
{{safety plan}} + tell {{allocated SW}}. no police called as he left b4 they wd have got there.
havent done the recording on {{LCS}} yet will do 2moro. {{Reg 24}} carers so {{fostering}}
need to know too. ref [[case_reference:KC-22817]] - [[name:dee]]
""")),
    # 2 formal narrative
    ("social_care", "near_miss", prose("""
During the annual {{means test}} review of the {{special guardianship allowance}} paid to
Ms [[name:Joy Adeyemi-Clarke]] (case [[case_reference:SGO/0419/22]]), [[name:Priyanka]] in
{{Payments}} noticed that the schedule was due to end on [[date:31 March]]. The end date had
been copied across from the earlier {{Regulation 24}} placement record rather than from the
{{SGO}} made on [[date:14 November 2022]]. Had it not been spotted, Ms [[name:Adeyemi-Clarke]]
would have lost the allowance for [[name:Tobi]] ([[age:aged 9]]) without notice, and she has
told us before that she could not keep the placement going without it. The record was
corrected the same day and the {{team manager}} has asked {{Finance}} to check every
allowance transferred from a {{connected persons}} placement in the last twelve months.
No harm to the family. Learning: end dates must not be carried over automatically when a
placement becomes an {{SGO}}.
""")),
    # 3 Teams chat shout-out
    ("social_care", "success", block("""
Teams | {{Kinship Support Team}} channel
[09:14] [[name:Hope Mensah-Boateng]]
Massive shout out to @[[name:Grace W]] for the {{connected persons assessment}} on the [[name:Kowalczyk]] family 👏 got it to panel on [[date:Thurs 9th]] even tho the court moved the date twice. {{Panel chair}} said it was one of the clearest {{Form C}}s she has read this year
[09:16] [[name:Bill Tranter]]
+1 grandad rang me yday just to say thanks, said [[name:Grace]] was the first person who explained what an {{SGO}} actually is without the jargon
[09:17] [[name:Grace Wainwright]]
aw thank you both!! couldnt have done it without {{Fostering}} and the {{IRO}} pushing for extra {{family time}} with [[name:Zofia]]
[09:18] [[name:Bill Tranter]]
🙌
""")),
    # 4 e-mail with headers and signature
    ("social_care", "incident", block("""
From: [[name:Faith Osei-Mensah]] <[[email:faith.osei-mensah@ellesby.gov.uk]]>
To: {{KST Duty}} <[[email:kst.duty@ellesby.gov.uk]]>
Cc: [[name:Sunny Rahman]] <[[email:s.rahman@ellesby.gov.uk]]>
Sent: [[date:06 February 2024]] 16:41
Subject: URGENT - carer address sent to birth parent ([[case_reference:IR-24-0117]])

Hi all,

Logging this as an incident. The {{SGO support plan}} review letter for [[name:Ayla]] (DOB [[date_of_birth:19/08/2019]]) went out to both parties from the {{post room}} today and {{mum}}'s copy still had the special guardians' full address on it: [[address:27 Larkspur Close, Denholme Vale]], [[postcode:EV4 7PT]]. The guardians (Mr and Mrs [[name:Haddad]]) moved there specifically so mum would not know where they live.

I have rung Mrs [[name:Haddad]] and apologised, told our {{Data Protection Officer}} and asked {{Legal}} about next steps. [[name:Sunny]] is checking whether mum has opened it - she is at [[organisation:Fernlea Women's Refuge]] at present so staff may be able to help.

[[name:Faith]]
{{Senior Practitioner}} | {{Kinship Support Team}}
[[organisation:Ellesby Borough Council]] | [[phone:01632 960418]]
""")),
    # 5 chronology with times
    ("social_care", "near_miss", block("""
Chronology - supervised {{family time}}, [[date:Sat 17 Feb]]
10:00 {{Family time supervisor}} [[name:Anwen Pryce]] collects [[name:Mason]] ([[age:aged 8]]) from kinship carers ({{paternal grandparents}}).
10:35 Arrive [[organisation:Brookside Family Centre]]. Dad, [[name:Jordan Leckie]], already waiting.
11:20 A woman arrives at {{reception}} saying she is [[name:Mason]]'s aunt and "has permission" to join.
11:22 Reception staff about to buzz her through. [[name:Anwen]] checks the {{contact agreement}}: aunt is not an approved person and there is a {{non-molestation order}} against her partner.
11:25 [[name:Anwen]] declines entry, aunt leaves. Dad upset but settles.
12:00 Session ends. [[name:Mason]] returned to carers, no distress noted.
12:40 Phoned the {{duty SW}}; case [[case_reference:KC-19902]] updated.
Learning: the centre's front desk did not hold the approved-visitor list. A copy is now kept at reception and reviewed monthly.
""")),
    # 6 formal success narrative
    ("social_care", "success", prose("""
Positive practice report. [[name:Amber Kilbride-Nwosu]], our {{education link worker}},
worked with the {{DSL}} at [[organisation:Holloway Lane Primary School]] after special
guardian Mr [[name:Dariusz Nowak]] mentioned that his granddaughter [[name:Lena]] ([[age:7]])
was being kept in at break most days. The school had not recorded [[name:Lena]] as previously
looked after, so she was getting neither {{Pupil Premium Plus}} nor any input from the
{{Virtual School}}. [[name:Amber]] sent the school a copy of the {{SGO}} dated
[[date:2 May 2023]], set up a meeting for [[date:Tuesday 16th January]] and attended it with
Mr [[name:Nowak]]. The school now has a {{trauma-informed}} plan and a key adult at lunchtime,
and the {{Designated Teacher}} has applied for the funding. Mr [[name:Nowak]] told us it was the
first time he had felt "listened to rather than judged". Learning: at every annual review,
ask the special guardian whether the school knows the child's status. Thank you [[name:Amber]].
""")),
    # 7 form with fields
    ("social_care", "incident", block("""
INCIDENT FORM - Kinship / {{Connected Persons}}
Child name: [[name:Tyler-James Fairweather]]
DOB: [[date_of_birth:03/11/2015]]
{{LCS}} ref: [[case_reference:2087741]]
Carer: Mrs [[name:Patricia Fairweather]] ("[[name:Pat]]"), {{maternal grandmother}}
Address: [[address:Flat 3, 11 Quarry Rise, Low Ashby]] [[postcode:LA9 2HN]]
Date of incident: [[date:22/01/2024]]
Description: [[name:Tyler-James]] was placed with his grandmother under {{Regulation 24}} on [[date:19 January]] after an emergency {{strategy meeting}}. On the {{Monday}} night he stayed over at [[name:Pat]]'s partner's house ([[address:4 Mill Row, Low Ashby]]) although the partner, [[name:Keith Royle]], had not had a {{DBS}} check or been seen for the {{viability assessment}}. We only found out when [[name:Tyler-James]] told his teacher at [[organisation:Low Ashby Academy]]. Breach of placement conditions.
Action: {{Team Manager}} informed; [[name:Pat]] advised in writing; DBS for Mr [[name:Royle]] submitted same day; {{IRO}} notified.
Reported by: [[name:Callum Deveraux]], {{Social Worker}}
""")),
    # 8 duty handover note
    ("social_care", "near_miss", block("""
DUTY HANDOVER - Kinship Support, Fri pm to Mon am
- [[name:Rose Whitlock-Achebe]] (SG for [[name:Kai]] + [[name:Ellis]], ref [[case_reference:SG-3318]]) rang 15:50, {{SGO allowance}} not in her account. Checked: payment run failed for 6 families on [[date:23/02]] due to a bank file error. {{Finance}} say rerun Mon but [[name:Rose]] has no money for food this wknd. {{Emergency payment}} of £150 agreed by [[name:Marguerite]] ({{TM}}) and sent by {{BACS}} 16:40. NEAR MISS - family could have gone without all weekend.
- Other 5 families not yet told. [[name:Jas]] to ring them first thing.
- [[name:JK]] still waiting for {{CAMHS}} to call back re [[name:Ellis]] referral.
- {{Out of Hours}} aware of [[name:Rose]].
Handed over by: [[name:Will Ashdown-Carr]]
""")),
    # 9 minutes with attendance and apologies
    ("social_care", "incident", block("""
Kinship Practice Learning Review - minutes
Date: [[date:7 March 2024]]
Present: [[name:Marguerite Oduya]] ({{Team Manager}}, chair), [[name:Callum Deveraux]], [[name:Grace Wainwright]], [[name:Mark Ellingham]] ({{Virtual School}}), [[name:Nkechi]] ({{Finance}})
Apologies: [[name:Sunny Rahman]]; Dr [[name:Aoife Gallagher]] ({{Designated Doctor}})

Item 1: SGO breakdown, [[case_reference:KC-17340]]
[[name:Harley]] ([[age:13]]) had lived with her uncle under an {{SGO}} for four years. The placement ended on [[date:12 February]] when he asked for her to be accommodated. He had asked for help three times in six months; each request was logged but no {{ASGSF}} application or {{support plan}} review followed. Group agreed the team has no tracker for post-order requests.
Actions:
- [[name:MO]] to set up a post-order request tracker by end of month.
- [[name:CD]] to complete {{ASGSF}} therapy application for [[name:Harley]] (now in {{foster care}}).
- [[name:GW]] to share learning at the {{Signs of Safety}} practice forum.
""")),
    # 10 WhatsApp export
    ("social_care", "near_miss", block("""
[[[date:14/03/2024]], 15:02] [[name:Kerry-Ann]] {{FTW}}: on way to drop [[name:Noah]] back at nans
[[[date:14/03/2024]], 15:03] [[name:Tomasz]]: which address?? they moved last wk
[[[date:14/03/2024]], 15:03] [[name:Kerry-Ann]] {{FTW}}: [[address:9 Saddler's Way]]? thats whats on the referral
[[[date:14/03/2024]], 15:04] [[name:Tomasz]]: no!! thats the old one, dad still lives round the corner from there. new one is [[address:61 Pennine View, Hepworth Bridge]] [[postcode:HX7 3RJ]]
[[[date:14/03/2024]], 15:05] [[name:Kerry-Ann]] {{FTW}}: omg ok turning round. thank god u said
[[[date:14/03/2024]], 15:21] [[name:Kerry-Ann]] {{FTW}}: dropped off safe. {{nan}} says hi x
[[[date:14/03/2024]], 15:22] [[name:Tomasz]]: will update {{LCS}}, the {{referral form}} was never changed 🙄 flagging to {{duty}} as near miss
""")),
    # 11 aligned table
    ("social_care", "near_miss", block("""
{{Allowance reconciliation}} - exceptions, period [[date:01/04/24]] to [[date:30/04/24]]
Ref | Guardian | Issue | Found by | Outcome
[[case_reference:SG-2904]] | Mrs [[name:Faith Lomax]] | paid twice (£412.60) | [[name:Nkechi]] | stopped before {{BACS}} run
[[case_reference:SG-3110]] | Mr [[name:I. Adeyemi]] | still paid after child ([[age:16]]) moved back to {{mum}} | [[name:Nkechi]] | carer contacted, repayment plan
[[case_reference:SG-3318]] | [[name:Rose W-A]] | {{birthday uplift}} not applied | [[name:BT]] | backdated
[[case_reference:SG-3407]] | Mr and Mrs [[name:Oyelowo]] | bank details changed by phone, no call-back | [[name:Nkechi]] | payment held, {{fraud}} check
Note: [[case_reference:SG-3407]] is the near miss - a caller claiming to be Mr [[name:Oyelowo]] changed the account details. Genuine {{special guardians}} confirmed they had not called. {{Counter Fraud}} informed.
""")),
    # 12 rushed success note
    ("social_care", "success", prose("""
just want to log a good one - {{SG}} {{nan}} (mrs [[name:ferreira-santos]]) rang to say the
{{life story}} book [[name:jo]] did for [[name:bella]] has finally made sense of things for her.
[[name:bella]] took it into school for show n tell at [[organisation:st columba's rc primary]]
lol. took [[name:jo]] ({{family support worker}}) months + loads of chasing old {{LAC}} files from
[[organisation:Harbridge Council]] as the {{care order}} was made there. worth it tho. also
{{CAMHS}} letter came today saying [[name:bella]] is being discharged. [[name:jo]] def deserves a
mention at {{team mtg}} on [[date:wed 24th]] x
""")),
    # 13 formal incident narrative (lone working)
    ("social_care", "incident", prose("""
At approximately 14:10 on [[date:Thursday 28 March 2024]], [[name:Siobhán Ní Bhriain]]
({{Senior Practitioner}}) visited the special guardians at
[[address:112 Vicarage Road, Thornleigh]] for a scheduled {{support plan}} review. The
guardians' adult son, [[name:Reece Gatling]], was present and became verbally aggressive when
{{family time}} with his sister (the child's {{birth mother}}) was discussed. He stood in the
doorway and prevented [[name:Siobhán]] from leaving for several minutes. She used the
{{lone working}} code phrase when ringing the {{duty desk}} ("can you check the red file") and
{{duty manager}} [[name:Farrokh Tehrani]] called the police (log [[case_reference:PL-240328-0931]]).
[[name:Reece Gatling]] left before officers arrived. [[name:Siobhán]] was not physically hurt but
was shaken and has been offered {{EAP}} support. Future visits will be joint and the
{{risk assessment}} for the address has been updated. A {{Signs of Safety}} mapping with the
guardians is planned.
""")),
    # 14 e-mail near miss
    ("social_care", "near_miss", block("""
Subject: Near miss - wrong child's details in SGO statement
Date: Mon [[date:15 April 2024]] 09:12
From: [[name:Tariq Al-Mansouri]]
To: [[name:Marguerite Oduya]]

[[name:Marguerite]],

Quick heads up. Proofreading my final {{special guardianship report}} for the [[name:Lindqvist]] family before filing with the {{Family Court}} (case no [[case_reference:ZW24P00318]]), I found section 6 still had two paragraphs about a different child, including her name ([[name:Poppy]]), her school ([[organisation:Greenacres Infant School]]) and the fact that her {{mum}} is in a {{refuge}}. I had used an old report as a template. Nothing was sent, but if filed it would have been served on all parties and the {{Children's Guardian}}.

Suggest we stop sharing completed reports as templates and use the blank one on the {{G drive}}.

[[name:Tariq]]
[[name:Tariq Al-Mansouri]] | {{Social Worker}} | [[phone:07700 900316]]
""")),
    # 15 Slack-style shout-out with handles
    ("social_care", "success", block("""
#kinship-wins
@[[name:hope.mensah]]: shoutout to @[[name:faisal.q]] ({{SW}}) 🎉 the [[name:Okonjo-Dube]] sisters got their {{SGO}} yesterday ([[date:12/04]]) after 14 months of {{care proceedings}}, 3 {{viability assessments}} and 1 very patient {{aunt}}
@[[name:faisal.q]]: ah thanks [[name:Hope]]. honestly {{aunt}} [[name:Nomvula]] did all the hard work. big thanks to [[name:Ravi]] in {{Legal}} for turning the {{support plan}} round in 48 hrs too
@[[name:bill.t]]: legend 👏 cake on {{friday}}?
@[[name:faisal.q]]: always 🍰
""")),
    # 16 txt-speak incident
    ("social_care", "incident", prose("""
urgent-ish. bm ([[name:shannon]]) has put a post on {{fb}} with a pic of [[name:lily-grace]] in
her [[organisation:Ravensworth High]] uniform n tagged the SGs street. {{nan}} (SG) v scared,
screenshot sent 2 me. rang {{MASH}} + police on 101, ref [[case_reference:KX/3381/24]]. asked fb
to take it down. need a {{strategy discussion}}?? {{TM}} on {{AL}} til [[date:mon 8th]] so
spoke to [[name:Patience]] ({{ATM}}). [[name:lily-grace]] is [[age:12]] btw so she has prob seen
it. will visit 2moro w/ [[name:Femi]].
""")),
    # 17 letterbox contact near miss
    ("social_care", "near_miss", prose("""
Letterbox contact - near miss. Our {{letterbox coordinator}}, [[name:Ewa Zielińska]], was
checking the annual letter from birth father [[name:Dmitri Volkov]] to his {{son}} [[name:Alfie]]
([[age:11]]) before forwarding it to the special guardians. A mobile number
([[phone:07700 900742]]) had been written on the back of one of the photos with the words
"ring me when your {{nan}}'s out". Direct contact details are not allowed under the
{{letterbox agreement}}, and the {{SGO}} was made partly because of {{coercive control}} by
[[name:Dmitri]] towards [[name:Alfie]]'s mother. [[name:Ewa]] removed the photo, photocopied it
for the file ([[case_reference:LB-0772]]) and the rest of the letter was forwarded. The
{{allocated worker}} has written to [[name:Dmitri]] reminding him of the agreement and told the
guardians. Learning: check the backs of photos, not just the letter.
""")),
]


HEALTH = [
    # 1 chronology with times
    ("health", "incident", block("""
Incident timeline - {{Cat 2}} {{stroke}} call, [[date:Sun 3 March]]
CAD ref [[case_reference:NV-240303-0447]]
18:02 999 call from daughter. Pt [[name:Eileen Cartwright]], [[age:81]], {{facial droop}} and slurred speech. {{NHS Pathways}} outcome Cat 2.
18:03 No resource available; call held in the Cat 2 stack.
18:32 First {{welfare call}} due - not made. Hub at {{REAP}} level 4, 3 clinicians on against 7 rostered.
19:31 Daughter rings back. {{EMD}} re-triages, outcome unchanged.
20:12 {{Clinical navigator}} [[name:Gemma Threlfall]] reviews the stack and rings daughter: onset now over 2 hours, {{FAST}} positive.
20:14 [[name:Gemma]] asks {{dispatch}} to divert the nearest {{DCA}} from a {{Cat 3}}.
20:31 Crew on scene ([[vehicle_registration:NV71 KHB]]), {{pre-alert}} to the {{HASU}} at [[organisation:Ravenhill General Hospital]].
20:58 Arrived. Mrs [[name:Cartwright]] outside the {{thrombolysis}} window.
Issues: two welfare calls missed; no clinical escalation on the daughter's callback.
""")),
    # 2 formal narrative
    ("health", "near_miss", prose("""
On [[date:27 February]] at about 07:15, {{EMD}} [[name:Krzysztof Nowicki-Bell]] took a 999
call from a woman reporting that her husband, [[age:74]], had collapsed at home in [[address:Chapel Street]].
The address auto-matched to [[address:8 Chapel Street, Eastwick]] and a {{DCA}} was assigned.
[[name:Krzysztof]] noticed the caller mention the [[organisation:Co-op]] opposite, which did not
fit, and the {{AML}} location from her mobile placed her about six miles away at
[[address:8 Chapel Street, Westwick]] [[postcode:WK2 5LB]]. He corrected the address and a
nearer crew arrived 9 minutes later. Had the first crew continued, roughly 20 minutes would
have been added to a {{Cat 1}} response for a patient found to be in {{VF}}. Incident
[[case_reference:NV-240227-0192]]. Learning: the {{gazetteer}} holds four Chapel Streets in
our area; {{Control Room}} systems have been asked for a town-level prompt on duplicate
street names. [[name:Krzysztof]]'s challenge of the auto-match is commended.
""")),
    # 3 shout-out
    ("health", "success", block("""
🌟 SHOUT-OUT 🌟
Huge thanks to [[name:Abi Carvalho]] ({{clinical advisor}}, {{111}}) for last night.
[[name:Abi]] was doing a {{callback}} to a mum whose [[age:2-year-old]], [[name:Oscar]], had a temperature and had been given a {{primary care}} disposition earlier in the evening. Mum mentioned "a few spots" on his tummy, so [[name:Abi]] talked her through the {{glass test}} on a {{video consultation}} - the rash did not fade. [[name:Abi]] upgraded straight to a {{Cat 1}} through the hub and the crew gave {{benzylpenicillin}} on scene.
[[name:Oscar]] is now off {{PICU}} at [[organisation:St Ebba's Children's Hospital]] and doing well. Brilliant {{safety-netting}} 👏
- [[name:Faye]] ({{Hub Manager}})
""")),
    # 4 form with fields
    ("health", "incident", block("""
PATIENT SAFETY INCIDENT FORM
Incident no: [[case_reference:PSI-0884]]
Patient: [[name:Harold Bevan-Jones]]
DOB: [[date_of_birth:14/07/1939]]
NHS no: [[nhs_number:174 076 1146]]
Address: [[address:Flat 12, Cedar Court, Wynford Road, Pellingham]] [[postcode:PG3 8DU]]
Date of call: [[date:09/01/2024]]
Category: {{Cat 3}} ({{fall}}, no injury reported)
Summary: Mr [[name:Bevan-Jones]] fell at home at 22:40 and could not get up. He lives alone and his {{pendant alarm}} provider ([[organisation:Kingfisher Telecare Ltd]]) rang 999. He waited 9h 20m on the floor. Two {{welfare calls}} were made; neither triggered a {{clinical review}} although he said he felt cold and had not passed urine. The crew found him {{hypothermic}} with {{pressure damage}} and suspected {{rhabdomyolysis}}; admitted to [[organisation:Pellingham District Hospital]].
Harm level: moderate.
Reported by: [[name:Tendai Musarurwa]], {{Clinical Safety Lead}}
""")),
    # 5 Teams chat
    ("health", "near_miss", block("""
Teams chat: {{EOC}} nights - [[date:Fri 12 Jan]]
[02:14] [[name:Lucy Ambrose]] ({{EMD}}): anyone merged [[case_reference:0211]] and [[case_reference:0213]]? both on [[address:Gorse Hill Rd]]
[02:15] [[name:Dev Chaudhary]]: yeah me, thought it was the same caller
[02:15] [[name:Lucy Ambrose]] ({{EMD}}): no!! [[case_reference:0211]] is a male [[age:40s]] {{chest pain}} at [[address:14 Gorse Hill Rd]], [[case_reference:0213]] is a female {{fall}} at [[address:41 Gorse Hill Rd]]
[02:16] [[name:Dev Chaudhary]]: 😳 unmerging now
[02:17] [[name:Dev Chaudhary]]: done, [[case_reference:0213]] back in the stack as {{Cat 3}}. sorry
[02:18] [[name:Lucy Ambrose]] ({{EMD}}): np, will put it in as a near miss. the {{merge prompt}} doesnt show house numbers
[02:19] [[name:Sam]] ({{Dispatch}}): thanks both, no crew went to the wrong one
""")),
    # 6 e-mail compliment
    ("health", "success", block("""
From: {{Patient Experience}} <[[email:patient.experience@northvale-ambulance.nhs.uk]]>
To: {{Clinical Hub}} managers
Subject: Compliment - ref [[case_reference:COMP-24-0392]]

Please pass on to the call handler and clinician concerned.

"On [[date:19th Feb]] my husband [[name:Reg]] rang 999 because I had {{collapsed}} in the {{kitchen}}. The lady on the phone, [[name:Precious]], stayed on the line the whole time and talked him through putting me in the {{recovery position}}. When the {{ambulance}} was delayed a {{paramedic}} called Mr [[name:Ó Súilleabháin]] rang back twice to check on me and explained exactly what to look out for. [[name:Reg]] is [[age:87]] and deaf in one ear and they were so patient with him. I am home now and doing well.
Mrs [[name:Margaret Oakes]]"

Kind regards
[[name:Lowri]]
{{Patient Experience Officer}}
[[organisation:Northvale Ambulance Service NHS Trust]]
""")),
    # 7 rushed note
    ("health", "incident", prose("""
{{111}} warm transfer to hub dropped x2, pt ended up waiting 3hrs. pt [[name:ahmed]]
[[age:34]] w/ {{renal colic}}, {{pathways}} dx to {{CAS}} for {{clinician callback}}. call came
thru at 01:40, i picked up n the line went dead as i clicked accept. tried ringing back on
[[phone:07700 900551]] no answer, left vm. 2nd attempt 02:05 same thing. think its the
{{softphone}} again (3rd time this wk). pt rang 999 at 04:50 in agony, went in as {{Cat 3}}
then upgraded {{Cat 2}}. IT ticket [[case_reference:INC0078812]]. {{shift lead}} aware.
- [[name:ro]]
""")),
    # 8 handover
    ("health", "near_miss", block("""
HUB HANDOVER 07:00 - [[date:Wed 10/04]]
Going off: [[name:Priya Raghunathan]] ({{paramedic}})
Coming on: [[name:Tom Sheridan]] ({{ANP}})
1. [[case_reference:NV-1044]] {{Cat 3}} {{hypo}}, {{BM}} 2.1 on last call, family giving {{Glucogel}}. NEAR MISS: this was sitting in the {{Cat 4}} queue after a keying error by the call handler. Found by [[name:Priya]] at 06:20 on stack review and recategorised. Needs {{welfare call}} by 07:30 ({{Cat 3}} {{ARP}} standard already breached).
2. [[case_reference:NV-1052]] {{mental health}}, police on scene, {{Street Triage}} attending. No ambulance unless police request.
3. [[case_reference:NV-1061]] [[name:Barry]] again from [[organisation:Oakwood House]] care home, 4th call tonight, {{frequent caller}} plan says {{GP}} in hours.
Stack: 14 waiting, longest {{Cat 3}} 3h12.
[[name:TS]] happy to take over.
""")),
    # 9 minutes (success)
    ("health", "success", block("""
Clinical Hub Governance Meeting - minutes
[[date:18 April 2024]], 14:00, {{Teams}}
Attendees: Dr [[name:Amara Oyelaran-Smith]] ({{Deputy Medical Director}}), [[name:Tendai Musarurwa]] ({{Clinical Safety Lead}}), [[name:Faye O'Connell]] ({{Hub Manager}}), [[name:Mark Jennings]] ({{EOC}} Duty Manager), [[name:JP]] ({{Pharmacy}})
Apologies: [[name:Bethan Lloyd-Hughes]], Sgt [[name:Owen Price]] (police liaison)

1. Actions from last meeting: all closed except A7 ([[name:Faye]]).
2. Good practice: {{hear and treat}} falls referrals to [[organisation:Pellingham Community Falls Response]]. 212 non-injury falls closed in the hub since [[date:1 February]] with no re-contacts within 24 hours. [[name:Tendai]] noted our {{safety-netting}} script is now being used by {{111}} as well.
3. [[name:JP]] reported no {{controlled drug}} issues.
AOB: [[name:Mark]] thanked the night team for covering {{REAP}} 3 over {{Easter}}.
""")),
    # 10 aligned table
    ("health", "incident", block("""
Welfare call audit - {{Cat 3}}/{{Cat 4}}, night of [[date:22/04/24]]
CAD       Age   Wait   WC due/made   Comment
[[case_reference:NV-2210]]   [[age:92]]    6h05   5/2           missed x3 during {{surge}}
[[case_reference:NV-2234]]   [[age:67]]    4h40   4/4           ok
[[case_reference:NV-2251]]   [[age:88]]    7h15   6/1           {{long lie}}, not escalated
[[case_reference:NV-2263]]   [[age:3]]     1h50   1/1           {{febrile convulsion}}, ok
Summary: 2 of 4 sampled calls had {{welfare calls}} missed. [[case_reference:NV-2251]] deteriorated on scene ({{NEWS2}} 9) and has been raised as a separate incident. Staffing was 4 clinicians against 8 on the {{rota}}.
Auditor: [[name:F. O'Connell]]
""")),
    # 11 call transcript (success)
    ("health", "success", block("""
Call transcript extract - [[case_reference:NV-240427-1193]], {{Cat 1}}
EMD ([[name:Joel]]): Ambulance service, is the patient breathing?
Caller: No - no he's not, it's my dad, he's gone grey
EMD: Okay, I'm going to help you. What's your name?
Caller: [[name:Hannah]]
EMD: [[name:Hannah]], get him flat on his back on the floor. Is there a {{defibrillator}} nearby?
Caller: there's one outside the [[organisation:Coach and Horses]]
EMD: Send someone for it now. Put the heel of your hand in the centre of his chest, push down hard and fast, I'll count with you...
Outcome: {{bystander CPR}} for 7 minutes, {{AED}} delivered one shock before crew arrival, {{ROSC}} on scene. Patient ([[age:58]]) discharged from [[organisation:Ravenhill General Hospital]] {{cardiology}} on [[date:6 May]].
Nominated for a {{Chain of Survival}} award by [[name:Gemma Threlfall]].
""")),
    # 12 formal narrative
    ("health", "incident", prose("""
At 23:40 on [[date:2 May 2024]] a {{111}} call was received from [[name:Kerry Brightwell]]
about her partner, [[name:Daniel Amoah]] ([[age:29]]), who had said he "didn't want to be here
any more". {{NHS Pathways}} reached a {{mental health crisis}} disposition and the call was
passed to the hub for a {{clinician callback}}. The callback was done at 01:15 by an agency
{{clinical advisor}}. Mr [[name:Amoah]] said he felt better and the call was closed with advice
to contact [[organisation:Wellgate Medical Practice]] in the morning. No referral to the
{{crisis team}} was made and no {{safety-netting}} was documented. At 06:50
[[name:Kerry]] rang 999: Mr [[name:Amoah]] had taken an {{overdose}} of {{sertraline}} and
{{paracetamol}}. He was treated at [[organisation:Ravenhill General Hospital]] and has since
been discharged. Incident [[case_reference:PSI-0911]]; {{Serious Incident}} declared and a
{{Duty of Candour}} letter sent by [[name:Tendai Musarurwa]].
""")),
    # 13 Teams chat near miss (medication)
    ("health", "near_miss", block("""
Teams - {{111}} clinical advisors
[21:03] [[name:Niamh Kavanagh]]: {{mum}} of a [[age:4yo]] ([[name:Kenji]]), 12kg, asking re {{paracetamol}} dose. was about to say 7.5ml then she read the bottle back to me - its {{Calpol Six Plus}}, not infant 😬
[21:04] [[name:Rashid Mahmood]] ({{Pharmacist}}): good catch. 7.5ml of the 250/5 would be 375mg, over 30mg/kg. on {{infant suspension}} 7.5ml is 180mg = 15mg/kg which is right
[21:05] [[name:Niamh Kavanagh]]: yep told her infant one only and the max doses in 24h. she hadnt given any yet
[21:06] [[name:Rashid Mahmood]]: 👍 worth a {{near miss form}}, 2nd this month
[21:07] [[name:Niamh Kavanagh]]: done - [[case_reference:NM-1187]]
""")),
    # 14 Slack kudos
    ("health", "success", block("""
#hub-kudos
@[[name:priya.r]]: kudos to @[[name:tom.s]] 🙌 he finally got a joint plan agreed with [[organisation:Larchfield Surgery]] and the {{community matron}} for [[name:Barry]] (our most {{frequent caller}}). 3 {{999}} calls in the 10 days since vs 41 the 10 days before
@[[name:tom.s]]: cheers [[name:Priya]], the {{GP}} (Dr [[name:Hussain]]) was great tbh. {{HIU}} lead helped too
@[[name:faye.oc]]: amazing. can you share the plan template at {{huddle}} on [[date:Thurs 16th]]?
@[[name:tom.s]]: 👍
""")),
    # 15 e-mail incident
    ("health", "incident", block("""
From: [[name:Mark Jennings]] <[[email:mark.jennings@northvale-ambulance.nhs.uk]]>
To: {{Clinical Hub}} leads
Date: [[date:Tue 30 April 2024]] 08:02
Subject: Stand-down error - [[case_reference:NV-240429-2207]]

Hi all,

Last night at 22:07 {{DCA}} [[vehicle_registration:NV22 PZE]] was stood down from a {{Cat 2}} {{breathing difficulty}} call (Ms [[name:Zainab Qureshi]], [[age:58]], {{COPD}}) after a {{hear and treat}} clinician closed what they believed was a duplicate. It was not. The call was reopened at 22:51 when Ms [[name:Qureshi]]'s son rang back; [[vehicle_registration:NV22 PZE]] was re-assigned and arrived 23:14. She was conveyed to [[organisation:St Ebba's Hospital]] with {{type 2 respiratory failure}}.

The clinician is very upset - please make sure they are offered {{TRiM}}.

Regards
[[name:Mark]]
[[name:Mark Jennings]] | {{EOC Duty Manager}} | [[organisation:Northvale Ambulance Service NHS Trust]]
[[phone:0117 496 0732]]
""")),
    # 16 lower-case near miss with NHS numbers
    ("health", "near_miss", prose("""
nearly wrote my {{hear and treat}} notes into the wrong record tonight. 2 pts on the stack both
called [[name:mohammed iqbal]], both dob [[date_of_birth:2nd sept]] - one [[date_of_birth:02/09/1961]]
(nhs [[nhs_number:589 215 1514]]) the other [[date_of_birth:02/09/1991]] (nhs
[[nhs_number:770 683 7386]]). {{PDS}} lookup pulled the older one when i opened the callback
for the younger one. only noticed cos he said hed never had {{diabetes}} and the record said
{{metformin}}. fixed before anything was saved. no harm. think we need a {{DOB}} + {{NHS number}}
read-back on every callback not just name. refs [[case_reference:NV-3321]] and
[[case_reference:NV-3327]]. [[name:kp]] ({{CSD}})
""")),
    # 17 formal success
    ("health", "success", prose("""
Learning from excellence. On [[date:6 May 2024]] {{mental health nurse}}
[[name:Kwame Asante-Bediako]], working in the hub, picked up a {{Cat 2}} call for
[[name:Ruth Pennington]] ([[age:46]]), who was on a bridge and had rung 999 herself. Instead of
waiting for a crew, [[name:Kwame]] rang her straight back and stayed on the line for 52 minutes
while police attended. He used her {{crisis plan}} from the {{shared care record}} and spoke to
her {{care coordinator}} at [[organisation:Hollins Park Community Mental Health Team]].
[[name:Ruth]] walked off the bridge with officers and was taken to a {{place of safety}}
without an ambulance being needed, freeing a {{DCA}} during {{REAP}} 4. [[name:Kwame]]'s calm,
structured approach is a model for {{hear and treat}} mental health calls. Nominated by
[[name:Faye O'Connell]].
""")),
]


AVIATION = [
    # 1 RT transcript (airspace infringement)
    ("aviation", "incident", block("""
RT transcript ({{ATC}} recording), [[date:11/03/2024]], {{solo}} {{navex}} 2
Aircraft: {{DA40}} [[aircraft_registration:G-WMFD]], cadet [[name:Arjun Venkataraman]]
11:42:10 [[organisation:Saxonbury Radar]]: [[aircraft_registration:Golf Foxtrot Delta]], you appear to be entering {{controlled airspace}} without clearance, turn left immediately heading two seven zero
11:42:22 [[aircraft_registration:G-WMFD]]: er, left two seven zero, [[aircraft_registration:Golf Foxtrot Delta]]
11:42:40 [[organisation:Saxonbury Radar]]: [[flight_number:Skyreach Four Six Two]], traffic information, light aircraft two miles ahead, not above you, turning left
11:42:48 [[flight_number:Skyreach Four Six Two]]: looking, [[flight_number:Skyreach Four Six Two]]
11:43:05 [[organisation:Saxonbury Radar]]: [[aircraft_registration:Golf Foxtrot Delta]], you are now clear of controlled airspace, possible {{airspace infringement}}, please telephone on landing
Note ({{CFI}}): the {{moving map}} had not been loaded with the new {{NOTAM}} and the cadet had mis-set the {{QNH}}. {{MOR}} filed with the {{CAA}}, ref [[case_reference:MOR-2024-03318]]. [[name:Arjun]] has completed the {{Infringement Awareness}} course and re-flown the route dual.
""")),
    # 2 formal narrative (fuel cap)
    ("aviation", "near_miss", prose("""
During the {{A-check}} walk-round before the first detail on [[date:Monday 8 April]], cadet
[[name:Bethany Okwuosa]] found the left fuel cap of {{Grob 115}} [[aircraft_registration:G-WMFB]]
resting on top of the wing rather than fitted. The aircraft had been refuelled from the
{{bowser}} the previous evening, after the {{line engineer}} was called away to a
{{flat tyre}} on another aircraft halfway through the job. An unsecured cap can allow fuel to
siphon from the tank in flight. [[name:Bethany]] left it untouched and reported it straight to
the {{duty instructor}} as briefed. {{Head of Engineering}} [[name:Stelian Popescu]] has
introduced a second signature on the fuel log for every uplift and a "cap check" line on the
refuel card. [[aircraft_registration:G-WMFB]] was inspected, tank contents confirmed and it was
released to service at 10:15. {{CFI}} [[name:Hugh Latymer]] thanked [[name:Bethany]] at the
{{morning brief}}.
""")),
    # 3 shout-out (titles outside name spans)
    ("aviation", "success", block("""
📣 Staff shout-out
Capt [[name:Marisol Etxeberria]] ("[[name:Mari]]") flew four extra {{circuit}} sorties in a week with cadet [[name:Will]] after his confidence took a knock from a {{go-around}} in a gusty {{crosswind}}. [[name:Will]] went {{solo}} on [[date:Friday 19 April]] in [[aircraft_registration:G-WMFA]] and flew three textbook circuits.
[[name:Mari]] also rewrote the {{crosswind}} briefing notes, which the whole {{Phase 1}} course now uses, and gave up her {{Saturday}} to run a {{ground school}} revision session.
Thank you from all of us.
[[name:Hugh]] ({{CFI}})
""")),
    # 4 pipe table (tech log)
    ("aviation", "incident", block("""
{{Tech log}} extract - [[aircraft_registration:G-WMFC]] ({{Tecnam P2008}})
Date | Sortie | Defect | Entered by | Action
[[date:02/04/24]] | {{circuits}} | {{intercom}} crackle, P2 side | [[name:T. Haugland]] | {{ADD}} raised
[[date:03/04/24]] | {{navex}} | left {{mag drop}} 180 rpm at {{power checks}} | not entered | aircraft flown again
[[date:03/04/24]] | {{navex}} | rough running in cruise, returned early | Capt [[name:I. Vasquez-Ortiz]] | grounded
Incident: the mag drop was found by cadet [[name:R. Mbatha]] and reported verbally to the {{duty instructor}} but never entered in the {{tech log}}, so the aircraft was dispatched for the afternoon {{navex}}. Plugs found lead-fouled. No injury. Reminder to all: if it isn't in the tech log, engineering don't know about it.
[[name:JR]] ({{Head of Engineering}} deputy)
""")),
    # 5 formal success (lost procedure)
    ("aviation", "success", prose("""
Cadet [[name:Oyinkansola Adebayo-Reid]] ("[[name:Kansola]]", [[age:20]]) was on her first
{{solo}} {{navex}} on [[date:25 March]] in [[aircraft_registration:G-WMFE]] when visibility
dropped below forecast and she became unsure of her position. She followed the
{{lost procedure}} exactly as briefed: she turned towards her last known position, decided a
{{7700}} squawk was not needed, and called {{Distress and Diversion}} on {{121.5}} for a
{{training fix}}. The {{D&D}} controller gave her a position and a heading, and she returned to
[[organisation:Coldharbour Airfield]] with 40 minutes of fuel remaining. Her instructor,
[[name:Lars Haugland]], said her RT was calm and textbook. [[name:Kansola]] has since briefed
the rest of {{Course 24/1}} on what it felt like and what helped.
""")),
    # 6 e-mail (bowser runway incursion)
    ("aviation", "incident", block("""
From: [[name:Gaspard Leclerc-Ward]] <[[email:g.leclercward@westmarch-fa.co.uk]]>
To: [[email:safety@westmarch-fa.co.uk]]
Sent: [[date:16 April 2024]] 17:20
Subject: {{Runway incursion}} - fuel bowser [[vehicle_registration:WX09 FBK]]

All,

At 15:48 today the fuel bowser ([[vehicle_registration:WX09 FBK]]) crossed runway 27 at the {{holding point}} Alpha without clearance while {{Grob 115}} [[aircraft_registration:G-WMFA]] was on a two-mile final. {{Tower}} instructed the aircraft to go around and it passed over the runway at about 300ft. The driver, a new contractor from [[organisation:Airside Fuels Ltd]], had a radio but was on the wrong frequency.

The driver's {{airside}} permit is suspended pending retraining and I have raised an {{MOR}}. [[name:Ngozi]] please add this to the {{Flight Safety Committee}} agenda.

[[name:Gaspard]]
{{Aerodrome Manager}}, [[organisation:Coldharbour Airfield]]
[[phone:01632 960883]]
""")),
    # 7 WhatsApp (weather minima)
    ("aviation", "near_miss", block("""
[[[date:22/03/2024]], 07:41] {{Duty Instructor Ops}}: morning, solo list: [[name:Ines]] ([[aircraft_registration:G-WMFA]] {{circuits}}), [[name:Tunde]] ([[aircraft_registration:G-WMFB]] {{navex}} 2)
[[[date:22/03/2024]], 07:44] [[name:Lars Haugland]]: {{TAF}} has {{TEMPO}} 2500 {{BR}} from 10z. navex 2 minimum for a first {{solo}} nav is 5km
[[[date:22/03/2024]], 07:45] {{Duty Instructor Ops}}: ah. the {{authorisation sheet}} says 3km, is that old??
[[[date:22/03/2024]], 07:47] [[name:Lars Haugland]]: yep old - {{Ops Manual}} amendment changed it last month. [[name:Tunde]] should go dual or wait
[[[date:22/03/2024]], 07:48] [[name:Tunde Bakare]]: no worries ill do the dual planning instead
[[[date:22/03/2024]], 07:52] {{Duty Instructor Ops}}: updated. sorry all, getting the auth sheets reprinted today
""")),
    # 8 minutes (success)
    ("aviation", "success", block("""
{{Flight Safety Committee}} - minutes, [[date:Wednesday 10 April 2024]]
Attendance: [[name:Hugh Latymer]] ({{CFI}}, chair), [[name:Stelian Popescu]] ({{Head of Engineering}}), [[name:Lars Haugland]] ({{FI}}), [[name:Ngozi Eze]] ({{Safety Manager}}), cadet rep [[name:Faith Mbeki]]
Apologies: Capt [[name:Pat Doherty]]

1. Good catches this quarter: fuel cap found on walk-round ([[aircraft_registration:G-WMFB]]), cracked exhaust found at the 50-hour check ([[aircraft_registration:G-WMFC]]), overdue check caught by {{Ops}}. All three reporters to receive a {{Just Culture}} certificate.
2. Reporting rate up 40% on last quarter; [[name:Faith]] said cadets feel safer reporting since the anonymous form went live.
3. {{SMS}} hazard log reviewed, no new red risks.
Actions: [[name:NE]] to order certificates; [[name:SP]] to brief engineers on the fuel cap learning.
Next meeting: [[date:10 July]].
""")),
    # 9 rushed note (bird strike)
    ("aviation", "incident", prose("""
bird strike short final rwy 27 today ([[date:tues 23rd]]) in [[aircraft_registration:g-wmfa]],
dual circuits. cadet ([[name:ines]]) was {{PF}}, i took control at approx 200ft, landed ok no
drama. {{leading edge}} l wing dented, blood + feathers all over, prob a {{buzzard}}?? told
{{tower}}, [[name:stel]] has it on the ramp now, aircraft {{AOG}}. [[name:ines]] a bit shaken
but fine, debriefed. not filed the {{MOR}} yet will do before 72hrs. also {{birdstrike}} form
for the {{aerodrome}}. - [[name:lh]]
""")),
    # 10 ops handover
    ("aviation", "near_miss", block("""
OPS DESK HANDOVER - [[date:Thu 2 May]], 13:00
From [[name:Agnieszka]] to [[name:Dougie]]
Fleet:
[[aircraft_registration:G-WMFA]] - serviceable, 46.2 hrs since last check
[[aircraft_registration:G-WMFC]] - {{AOG}}, exhaust (engineering)
[[aircraft_registration:G-WMFE]] - !! 49.6 hrs since {{50-hour check}}. Was booked for 2 x 1.0 hr {{navex}} this pm (cadets [[name:Chidi]] and [[name:Summer]]). Caught when I updated the board - it would have gone over the limit on the first sortie. Both sorties moved to [[aircraft_registration:G-WMFA]]. [[name:Stelian]] taking [[aircraft_registration:G-WMFE]] in at 14:00.
Other:
- {{NOTAM}} for the {{glider}} competition at the weekend - in the brief folder
- {{fuel bowser}} back from service
Logged as near miss: the booking system doesn't warn on hours to next check.
""")),
    # 11 thank-you note from cadet
    ("aviation", "success", prose("""
Dear [[name:Lars]], I just wanted to say a proper thank you for getting me through to my first
{{solo}} on [[date:3 May]]. After failing my {{Class 1 medical}} the first time and missing
three weeks I really thought I would be re-coursed, but you never made me feel behind. The
{{PFL}} practice on the Thursday evening made all the difference. Please also pass on my thanks
to [[name:Dot]] in {{Ops}} for rebooking everything around my appointments, and to the
{{engineers}} for having [[aircraft_registration:G-WMFE]] ready early. My mum cried when I
sent her the photo! See you on the {{navex}} phase. Best wishes,
[[name:Ines Carvalho-Lindgren]] (cadet, {{Course 24/2}})
""")),
    # 12 form (hangar injury)
    ("aviation", "incident", block("""
ACCIDENT / INJURY REPORT
Name: [[name:Tunde Bakare]]
DOB: [[date_of_birth:29/06/2003]]
Cadet no: [[case_reference:WFA-C-2417]]
Home address: [[address:Flat 7, Osprey House, 21 Marine Parade, Kelsby]] [[postcode:KB1 4EW]]
NI no: [[ni_number:JT 48 29 17 C]]
Date/time: [[date:07/05/2024]] 16:20
Location: {{Hangar 2}}
What happened: While hand-pushing {{DA40}} [[aircraft_registration:G-WMFD]] into the hangar using the {{towbar}}, the cadet's left hand was trapped between the {{tailplane}} and the door runner. {{First aid}} given by [[name:Stelian Popescu]]; cadet driven to [[organisation:Kelsby Minor Injuries Unit]]. {{X-ray}}: no fracture. Bruising only.
Contributing factors: only two people pushing (procedure says three plus a wing walker); low sun in the doorway.
{{RIDDOR}}: not reportable.
Reviewed by: [[name:Ngozi Eze]], {{Safety Manager}}
""")),
    # 13 RT transcript (circuit conflict)
    ("aviation", "near_miss", block("""
RT transcript - [[organisation:Coldharbour Tower]], [[date:30/04/2024]], runway 09 {{circuit}}
14:21:03 [[flight_number:Westmarch 23]]: [[flight_number:Westmarch 23]], downwind, full stop
14:21:08 {{Tower}}: [[flight_number:Westmarch 23]], number two, follow the {{PA-28}} on base
14:21:12 [[flight_number:Westmarch 23]]: number two, [[flight_number:Westmarch 23]]
14:21:40 [[aircraft_registration:G-CKZV]]: [[aircraft_registration:Golf Zulu Victor]], final
14:21:44 {{Tower}}: [[aircraft_registration:Golf Zulu Victor]], runway 09, cleared to land, wind 100 degrees 8 knots
14:22:10 {{Tower}}: [[aircraft_registration:Golf Zulu Victor]], go around, I say again go around, traffic turning final ahead of you
14:22:14 [[aircraft_registration:G-CKZV]]: going around, [[aircraft_registration:Golf Zulu Victor]]
Note: {{solo}} cadet [[name:Chidi Okonkwo]] saw a {{Cessna}} on a wide base and took it to be the traffic to follow, then turned in ahead of the PA-28. Closest point estimated 200m. Internal report [[case_reference:WFA-SR-0142]].
""")),
    # 14 Teams chat (engineering success)
    ("aviation", "success", block("""
Teams | {{Engineering}}
[08:12] [[name:Stelian Popescu]]: found this on [[aircraft_registration:G-WMFC]] during the {{50-hour}} this morning 📷 crack in the {{exhaust muffler}}, about 4cm, right next to the {{cabin heat}} shroud
[08:14] [[name:Ngozi Eze]]: wow. thats a {{carbon monoxide}} risk isnt it
[08:15] [[name:Stelian Popescu]]: yes, {{CO}} straight into the cabin once heat is on. {{CO detector}} card in that aircraft was out of date too
[08:16] [[name:Hugh Latymer]]: great find [[name:Stel]]. grounded til fixed. can we check the rest of the fleet this week
[08:20] [[name:Jonty]] ({{B1}}): on it, will do the others by lunch and swap all the CO cards
[08:21] [[name:Hugh Latymer]]: 👏
""")),
    # 15 chronology (heavy landing)
    ("aviation", "incident", block("""
Occurrence chronology - {{heavy landing}}, {{Grob 115}} [[aircraft_registration:G-WMFB]], [[date:Sat 11 May 2024]]
09:05 Dual {{circuit}} detail. Instructor [[name:Yusuf Demir]], cadet [[name:Mei-Ling Harcourt]].
09:41 4th circuit, {{flapless approach}}, cadet flying, gusting {{crosswind}} about 15kt.
09:42 Aircraft floated then ballooned; instructor late taking control; hard touchdown, bounce, second touchdown nosewheel first.
09:45 Taxied in. Visible damage to {{nose leg}} fairing.
10:10 Engineering ([[name:J. Rourke]]) inspection: nose leg bent, {{firewall}} to be checked. Aircraft grounded.
10:30 {{MOR}} submitted ([[case_reference:MOR-2024-05102]]). {{CFI}} informed.
11:00 Instructor and cadet debriefed. No injuries.
Contributing: instructor on his 6th sortie of the day; {{crosswind limits}} for flapless approaches not in the {{Ops Manual}}.
""")),
    # 16 aligned table (duty hours)
    ("aviation", "near_miss", block("""
Instructor duty check - week commencing [[date:13 May]]
Instructor         Mon    Tue    Wed    Thu    Fri    Week
[[name:Y. Demir]]           9.0    8.5    9.5    8.0    -      35.0
[[name:L. Haugland]]        8.0    9.0    8.0    11.5   9.0    45.5
Capt [[name:P. Doherty]]    -      8.0    8.0    8.0    8.0    32.0
[[name:M. Etxeberria]]      9.5    9.5    -      9.0    9.5    37.5
Near miss: {{Thursday}} roster had [[name:L. Haugland]] on an 11.5 hour duty (limit 10) because an evening {{night rating}} sortie ({{Night Qualification}}) was added after the roster was published. Spotted by [[name:Dot]] in {{Ops}} when checking {{FTL}} totals against the {{Ops Manual}} Part D. Night sortie moved to [[name:Y. Demir]].
""")),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind326", REPORTS))
