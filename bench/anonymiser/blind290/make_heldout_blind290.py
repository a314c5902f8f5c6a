"""Held-out blind corpus 290: 50 hand-written UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well de-identification generalises. Every person, organisation, place and number is
invented.

Three settings:
- social_care (17): unaccompanied asylum-seeking children (placements, hotels, age disputes,
  interpreters, missing episodes, transfers, leaving care);
- health (17): an emergency department's triage (streaming, pre-alerts, waits, wristbands,
  sepsis and chest-pain pathways, violence at the front door);
- aviation (16): airport ramp and baggage handling (belt loaders, pushback, holds, ULDs,
  dangerous goods, bag reconciliation, airside driving).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes with
attendance and apologies, pipe-separated and aligned tables, radio/RT and phone transcripts, and
shout-outs and thank-you notes.

`[[label:value]]` marks an identifier and `{{term}}` a mention that must not be redacted (roles,
agencies, frameworks, drugs, equipment, place types, look-alike acronyms, generic days/times).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind290.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (UASC)
    ("social_care", "incident", prose("""
nite shift - [[name:yonas]] (new lad, placed fri) went out abt 22:40 sayin he was goin to
{{church}}, its shut at that time?? rang his mob [[phone:07700 900318]] no ans. told
{{on call manager}} [[name:kez]] 23:10, she said give it till 23:30 then report
{{missing from care}}. rang {{101}} 23:35, log no [[case_reference:NV-0311-4471]]. he walked
back in 01:50 with another boy who said his name was [[name:filmon]], both smelt of weed n had
new phones. [[name:yonas]] v quiet, wouldnt say where. i think the guy from the {{car wash}} on
[[address:Tanner Rd]] is picking them up, silver {{Astra}} reg [[vehicle_registration:MF17 OKV]].
pls can days do the {{CE screening tool}} + book {{return home interview}} + tell his {{SW}}.
hes only [[age:15]] and has hardly any {{English}}, used {{Google translate}} for
{{Tigrinya}}. sorry for typos on my phone. [[name:T.M.]]
""")),
    ("social_care", "near_miss", block("""
NEAR MISS - INTERPRETING / REVIEW
Name: [[name:Zabihullah Ahmadzai]] (prefers [[name:Zabi]])
DOB (as recorded by {{Home Office}}): [[date_of_birth:01/01/2008]]
HO ref: [[case_reference:Z2290415]]   LA ref: [[case_reference:UASC-0392]]
Address: [[organisation:Larchfield House]], [[address:9 Kestrel Way, Brackenford]] [[postcode:BK4 7TW]]
Reported by: [[name:Agnieszka Wróbel]], {{residential support worker}}
Date of event: [[date:14 February 2024]]

What happened: a {{Pashto}} {{interpreter}} was booked through [[organisation:LinguaBridge Ltd]] for [[name:Zabi]]'s {{LAC review}}. The interpreter actually spoke {{Dari}} and [[name:Zabi]] only understood about half of it. He was about to sign his {{Pathway Plan}} agreeing to a move to {{supported lodgings}} when the {{IRO}}, Ms [[name:Haddad]], noticed he looked lost and paused the meeting.

Outcome: no harm. Review re-arranged for [[date:21/02]] with a face-to-face interpreter.
Learning: ask the young person which language AND dialect before booking and put it on the front sheet.
""")),
    ("social_care", "success", block("""
From: [[name:Hope Mensah]] <[[email:hope.mensah@brackenford.gov.uk]]>
To: UASC Team; [[email:virtualschool@brackenford.gov.uk]]
Sent: [[date:Fri 12 July 2024]] 16:02
Subject: GOOD NEWS for [[name:Semhar]]!!

Hi all,

Quick one before the weekend - [[name:Semhar]] has passed her {{ESOL}} {{Entry 3}} and has a place on the {{Level 2}} health and social care course at [[organisation:Brackenford College]] from {{September}}.

Massive thanks to her {{foster carer}} [[name:Rose]], who has done the college run every single morning since {{January}}, and to Mr [[name:Tesfay]] from [[organisation:Eritrean Community Link]], who came to every {{PEP}} to help with {{Tigrinya}}. [[name:Semhar]] asked me to pass on "thank you Auntie [[name:Rose]]" - her words!

Good example of the {{Virtual School}} and community groups working together. Can we share at {{Team Meeting}}?

[[name:Hope]]

[[name:Hope Mensah]] | {{Personal Adviser}}, {{Leaving Care}} | [[organisation:Brackenford Council]]
[[phone:01632 960417]]
""")),
    ("social_care", "incident", block("""
CHRONOLOGY - [[name:Abdirahman Warsame]] - [[case_reference:UASC-0417]]
[[date:Tues 9th April]]

10:05 {{Duty}} call from [[organisation:Harbourview Hotel]] ({{Home Office}} contingency hotel for adults). Manager Mr [[name:Brennan]] says a resident "looks about [[age:15]]" and is crying in reception.
10:40 [[name:Jess]] ({{duty social worker}}) and [[name:Oluwaseun]] attend. [[name:Abdirahman]] says he is [[age:16]], DOB [[date_of_birth:03/05/2007]]. Was recorded as [[age:23]] at the port as he had no papers.
11:30 {{Somali}} {{interpreter}} by phone. Describes 11 nights sharing a room with two adult men, one took his {{ASPEN card}}.
12:15 {{Team Manager}} agreed to accommodate under {{Section 20}}. Placed at [[organisation:Orchard Lodge]] pending {{age assessment}}.
13:00 {{Strategy discussion}} with {{police}} and {{MASH}}.
15:20 Home Office emailed; their ref [[case_reference:W1188207]].

Learning: hotel staff didn't know who to ring - the {{out of hours}} number on their poster was out of date.
""")),
    ("social_care", "near_miss", block("""
Teams chat - [[organisation:Orchard Lodge]] staff

[[name:Priya Raman]]  08:52
has anyone given [[name:Kawa]] his {{sertraline}} this morning? {{MAR}} not signed

[[name:Bill Hartley]]  08:54
i did at {{8am}} with his {{breakfast}} but couldnt find a pen lol, signing now

[[name:Priya Raman]]  08:55
ok good bc [[name:Eilidh]] was literally about to give it him again 😬

[[name:Eilidh MacLeod]]  08:57
yeah sorry i went off the blank box. he didnt say anything, think he just takes whatever hes given tbh

[[name:Bill Hartley]]  08:58
my bad. will fill in an {{incident form}}

[[name:Priya Raman]]  09:03
no harm done but pls everyone sign the MAR AT THE TIME. also can someone ask [[organisation:Hillside Pharmacy]] for the {{Kurdish Sorani}} leaflet for his meds so he knows what hes taking. ill let the {{CAMHS}} nurse and his {{key worker}} know
""")),
    ("social_care", "success", block("""
UASC TEAM - LEARNING FROM GOOD PRACTICE
[[date:5 March 2024]], Room 2, [[organisation:Brackenford Civic Centre]]

Present: [[name:Faith Adeyemi]] (Chair, {{Team Manager}}), [[name:Will Saunders]] ({{SW}}), [[name:Li Na]] ({{SW}}), [[name:Tendai Moyo]] ({{PA}}), [[name:Gurpreet]] ({{Virtual School}})
Apologies: [[name:Pat Kowalczyk]], [[name:J. Okonjo]]

1. [[name:M.A.]] ([[age:17]], {{Sudanese}}) - first {{Signs of Safety}} mapping done with an {{Arabic}} interpreter in the room rather than on speaker. [[name:Will]] said it took twice as long but [[name:M.A.]] talked about his journey through {{Libya}} for the first time and named his own {{safety network}}.
2. Agreed the {{danger statements}} were written in plain English first, then translated.
3. [[name:Tendai]] noted the {{Pathway Plan}} template still says "parents" - not helpful for UASC.

Actions: [[name:Faith]] to raise template with {{QA}}; [[name:Li Na]] to book in-person interpreters for all {{CP}} visits by default.
""")),
    ("social_care", "incident", prose("""
Summary of missing episode. On the evening of [[date:22 October]] [[name:Nguyễn Văn Minh]]
([[name:Minh]], [[age:aged 16]]) did not return to his foster placement with Mr and Mrs
[[name:Osei]]. He had been in the UK for under three weeks and was assessed as high risk of
{{trafficking}} because he arrived in the back of a lorry and had a phone given to him by an
adult. The {{foster carer}} reported him missing to {{police}} at 21:10 (ref
[[case_reference:CAD 1870-22OCT]]). [[name:Minh]] was found four days later working in
[[organisation:Lucky Star Nails]] in [[address:Fenwick]] after a {{welfare check}} by the
{{Modern Slavery Unit}}. He had been told he owed £18,000. A {{referral}} to the {{NRM}} was
made by the {{social worker}}, [[name:Chiamaka Okonkwo]], on [[date:27/10/2023]] and a
{{strategy meeting}} held under {{Section 47}}. Learning: a {{trafficking risk assessment}} and
a photo should be completed on the day of placement, not at the first {{statutory visit}}; the
carers had no photo to give police.
""")),
    ("social_care", "near_miss", block("""
HANDOVER 22:00 - [[organisation:Ashcombe Lodge]]
On shift tonight: [[name:Dafydd]], [[name:Mo]] (agency)

[[name:RK]] - toothache worse, took {{ibuprofen}} 19:30. NOT registered with a {{GP}} or dentist yet!! Was going to move to {{supported lodgings}} on [[address:Sefton Road]] on Thurs - flagged to {{SW}} that {{initial health assessment}} hasn't been done either. Move on hold.
[[name:A.H.]] - fasting for {{Ramadan}}, eats after sunset. Food in fridge labelled.
[[name:Sunny]] - back from [[organisation:Hadley Park Academy]] football, fine. Has {{Home Office}} interview [[date:Wed 17th]], needs {{solicitor}} (Ms [[name:Ferreira]]?) told.
[[name:Kaveh]] - quiet day. Asked about {{Nowruz}}.

Near miss: agency staff nearly gave [[name:RK]] a second dose of {{co-codamol}} from [[name:A.H.]]'s box. Stopped by [[name:Dafydd]]. Meds re-labelled with photo.
""")),
    ("social_care", "success", block("""
WhatsApp chat: EDT + UASC out of hours

[[date:03/03/2024]], 02:14 - [[name:Dawn Fielding]]: Update for the morning. {{Police}} have a boy at {{custody}} after he got out of a lorry at [[organisation:Kelsall Moor Services]]. Says he is [[name:Ibrahim]], [[age:15]], from {{Darfur}}. No beds anywhere on the list 😩
[[date:03/03/2024]], 02:31 - [[name:Kwame Asante]]: try [[name:Marguerite]] at [[organisation:Brookside Fostering]], she told me ring anytime for emergencies
[[date:03/03/2024]], 02:58 - [[name:Dawn Fielding]]: [[name:Marguerite]] said YES. Picking him up now. {{Arabic}} speaker, she's got {{Google Translate}} on the tablet
[[date:03/03/2024]], 07:45 - [[name:Sarah-Jane]]: [[name:Dawn]] you're a star. [[name:Marguerite]] says he ate two plates of rice and slept from dawn till 7. Handing to {{UASC team}} for {{Section 20}} paperwork and {{TB screening}}
[[date:03/03/2024]], 07:46 - [[name:Kwame Asante]]: 👏👏 proper team effort. No {{B&B}}, no night in a {{cell}} for a child
""")),
    ("social_care", "incident", block("""
From: [[name:Marek Nowicki]] <[[email:marek.nowicki@brackenford.gov.uk]]>
To: {{Information Governance}} <[[email:ig.breaches@brackenford.gov.uk]]>
Cc: [[name:Faith Adeyemi]]
Date: [[date:18 June 2024]] 11:58
Subject: Data breach - age assessment report sent to wrong recipient

At 11:20 today I emailed the completed {{age assessment}} for [[name:Hamid Rezaei]] (LA ref [[case_reference:UASC-0455]], HO ref [[case_reference:R6610392]]) to what I thought was his {{solicitor}}, [[name:Leila Haddadi]] of [[organisation:Northgate Immigration Law]]. {{Outlook}} autofilled the address of a {{foster carer}} with a similar name, [[name:Leila Hadfield]] ([[email:leila.hadfield@outlook.example]]).

The report holds his full account of his journey, his claimed DOB and two photographs. Mrs [[name:Hadfield]] rang me at 11:45 to say she had opened it, realised, and deleted it. I have asked her to confirm this in writing.

I understand this may need reporting to the {{ICO}} within 72 hours under {{UK GDPR}}. Learning: I have cleared my autocomplete list and will use {{Egress}} for all reports going outside the council.

Regards,
[[name:Marek]]
[[name:Marek Nowicki]], {{Senior Practitioner}}, UASC Team
[[phone:0113 496 0725]]
""")),
    ("social_care", "near_miss", block("""
IHA / TB SCREENING TRACKER - audit [[date:June 2024]]
Audited by: [[name:Siobhán Ní Bhriain]] ({{LAC Nurse}})

YP         | DOB        | LA ref     | Arrived | {{IHA}} | TB screen   | Comment
[[name:S.T.]]       | [[date_of_birth:14/09/2007]] | [[case_reference:UASC-0461]] | [[date:02/05]]   | done    | done        |
[[name:Yared]]      | [[date_of_birth:01/01/2007]] | [[case_reference:UASC-0463]] | [[date:09/05]]   | done    | done        | {{scabies}} treated
[[name:Hamza A.]]   | [[date_of_birth:22/11/2006]] | [[case_reference:UASC-0466]] | [[date:16/05]]   | done    | {{DNA}} [[date:30/05]] | NOT REBOOKED
[[name:Bashir]]     | [[date_of_birth:01/01/2008]] | [[case_reference:UASC-0470]] | [[date:28/05]]   | booked  | booked      |

Near miss: [[name:Hamza]] had a cough and {{night sweats}} for three weeks. His {{chest clinic}} appointment was missed because the taxi went to his old placement. Nobody rebooked. Picked up only by this audit; seen at [[organisation:St Cuthbert's Chest Clinic]] on [[date:25 June]], {{X-ray}} clear, no active TB.
Learning: {{DNA}} for TB screening to be escalated to the {{SW}} and {{LAC Nurse}} same day.
""")),
    ("social_care", "success", prose("""
Learning summary - age assessment. [[name:Yohannes Berhane]] arrived at [[organisation:Dovegate
Intake Unit]] in {{August}} and was initially treated as an adult. He was referred to us by
[[organisation:Haven Rights Project]] after a volunteer, [[name:Joy]], noticed he was still
growing out of his shoes. Rather than placing him in a hotel while waiting, the {{duty manager}}
agreed to treat him as a child from the outset. The {{age assessment}} was carried out by two
qualified {{social workers}}, [[name:Rhiannon Price]] and [[name:Kofi Boateng]], over four short
sessions with a {{Tigrinya}} interpreter and an {{appropriate adult}} present, following
{{Merton}} guidance and the {{ADCS}} practice guidance. [[name:Yohannes]] was given the
provisional view and a chance to respond before it was finalised. He was assessed as [[age:16]]
and now lives with {{foster carers}} in [[address:Marlow Heath]]. What worked: no rush, breaks and
food, the same interpreter each time, and asking [[name:Joy]] for background. His {{solicitor}}
wrote to say it was the fairest assessment she had seen this year.
""")),
    ("social_care", "incident", prose("""
[[date:sat 3rd]] approx 4pm. [[name:ardit]] and [[name:rebin]] had argument over the xbox which
kicked off, [[name:ardit]] pushed [[name:rebin]] into the {{fire door}} and he cut his eyebrow.
first aid given by me + [[name:grace]], {{steri strips}} didnt hold so took him to {{a&e}} at
[[organisation:Brackenford General]], 3 stitches, home by 9. [[name:rebin]] is fasting for
{{ramadan}} + hadnt eaten since 4am so prob why he was short tempered too. both lads [[age:17]].
[[name:ardit]] said [[name:rebin]] called his mum something in {{kurdish}}, he doesnt speak it but
knew what it meant lol. both said no {{police}}. {{on call}} ([[name:will b]]) informed 16:40.
{{body map}} done and on file, {{SW}} for both to be emailed monday. staff ratio was 1:4 at the
time as [[name:sam]] off sick - think this is part of it tbh. [[name:grace]] to do {{restorative}}
chat with both tmrw. - [[name:Jo]]
""")),
    ("social_care", "near_miss", block("""
MINUTES - {{National Transfer Scheme}} placement review
Date: [[date:11/09/2024]] ({{Teams}})
Attendees: [[name:Mark Ellery]] ({{Service Manager}}), [[name:Farah Siddiqui]] ({{SW}}), [[name:Patience Nkemelu]] ({{LAC Nurse}}), Ms [[name:Ward]] ([[organisation:Thornbury County Council]])
Apologies: [[name:Nikos Papadakis]], [[name:Rose]] from {{commissioning}}

Item 1 - transfer of [[name:E.G.]] ([[case_reference:NTS-24-0871]])
[[name:E.G.]] ([[age:aged 15]], {{Albanian}}) was due to travel by taxi to [[address:Thornbury]] on [[date:9 September]]. On the morning of travel [[name:Patience]] noticed the transfer pack had no health information at all - nothing about his {{type 1 diabetes}} or {{insulin}}. The receiving carers had not been told.
[[name:Farah]] stopped the taxi, rang the carers, and sent the {{IHA}} and spare {{insulin pens}} with the driver. Transfer went ahead at 2pm.

Agreed: no NTS transfer leaves without the health section signed by the LAC Nurse. [[name:Mark]] to update checklist by [[date:20/09]].
""")),
    ("social_care", "success", block("""
⭐ SHOUT-OUT OF THE MONTH ⭐  ({{UASC team}} newsletter, {{October}})

This month's goes to [[name:Sunny]] ([[name:Sandeep Akhtar]]) in our {{leaving care}} team!

When [[name:Daniyal]] turned [[age:18]] and got his {{refugee status}} letter, he had 28 days to leave his {{Home Office}} accommodation. [[name:Sunny]] had already helped him open a bank account, apply for {{Universal Credit}} and register with [[organisation:Cobbett Street Surgery]], so on day one he had a flat with [[organisation:Greenway Housing]] instead of sleeping on a friend's floor.

"[[name:Sunny]] never gives up on anyone" - [[name:Olga]], {{Housing Options}}

Nominated by: [[name:Tendai Moyo]] and [[name:Gift]] ({{PA}})

Thank you [[name:Sunny]], it was a sunny day for [[name:Daniyal]] 😊
""")),
    ("social_care", "incident", block("""
RECORD OF TELEPHONE CALL
Date/time: [[date:Thursday 14 November 2024]], 19:35
Caller: PC [[name:Rahman]], [[organisation:Kelsall Moor Police]] {{custody}}
Taken by: [[name:Ngozi Eze]], {{Emergency Duty Team}}
Young person: "[[name:Ali]]" (no surname given), claims [[age:14]]. Police ref [[case_reference:KMP-24-113902]].

PC [[name:Rahman]] said [[name:Ali]] was found at the {{port}} 6 hours earlier and had been kept in a {{cell}} "for his own safety" as no accommodation could be found. {{Custody sergeant}} unhappy about him being there. I explained a child should not be held in custody and that {{EDT}} should have been called straight away.
Placed at [[organisation:Orchard Lodge]] 21:10. {{Pashto}} interpreter via phone.

Concern: 6 hours in custody for a child who committed no offence. Police had an old EDT number ([[phone:01632 960 100]]) - current is [[phone:01632 960 155]]. Raised with {{MASH}}; {{LADO}} referral not needed. {{Incident form}} completed.
""")),
    ("social_care", "near_miss", block("""
From: [[name:Nikos Papadakis]] ({{IRO}})
To: [[name:Farah Siddiqui]]
Subject: RE: RE: "uncle" visit - [[name:Filmon]]

[[name:Farah]],

Just to record what nearly happened. A man calling himself [[name:Filmon]]'s {{uncle}}, [[name:Tesfalem]], phoned [[organisation:Larchfield House]] asking for the address so he could "bring food". The new {{relief worker}} had started to give it out before [[name:Kez Whitworth]] took the phone off her. He rang from [[phone:07700 900761]].

[[name:Filmon]] says he has no uncle in the UK. Given the {{trafficking}} indicators at his {{initial assessment}}, please can we treat this as a {{safeguarding}} concern, pass the number to {{police}} and the {{Single Point of Contact}}, and remind staff: no details about a child to any caller without checking with the {{SW}}.

No information was actually given.

Thanks,
[[name:Nikos]]
{{Independent Reviewing Officer}} | [[organisation:Brackenford Council]]

> From: [[name:Farah Siddiqui]]
> Sent: [[date:02 December 2024]] 15:12
> Happy to discuss at his review on [[date:10/12]].
""")),
    # ------------------------------------------------------------------ health (ED triage)
    ("health", "incident", prose("""
Delayed recognition of {{sepsis}} at triage. On [[date:14 January 2025]] Mrs [[name:Dorothy
Pennington]] ([[age:78]], NHS [[nhs_number:612 384 9077]]) self-presented with her son at 18:40
with new confusion and a fever. {{Reception}} streamed her to the {{waiting room}} as "?UTI,
walking". {{Triage}} did not take place until 20:15 because the only {{triage nurse}} had been
pulled into {{resus}} and there was no second triage nurse on the {{rota}}. At triage her
{{NEWS2}} was 7 (HR 124, BP 88/50) and {{lactate}} 4.1. The {{Sepsis Six}} was started at 20:32
and she was reviewed by the {{medical registrar}}, Dr [[name:Adaeze Nwosu]]. She was admitted to
{{Kestrel Ward}} and later stepped up to {{ITU}}; she has since been discharged home. Learning:
reception to use the {{red flag}} prompt card; the {{streaming nurse}} to record a NEWS2 within 15
minutes of arrival; escalate to the {{Nurse in Charge}} whenever triage is uncovered. Datix
[[case_reference:W-2025-00419]].
""")),
    ("health", "near_miss", prose("""
near miss ~03:10. 2 pts in wr both surname [[name:patel]] - [[name:Hitesh Patel]] [[age:54]] chest
pain + [[name:Harish Patel]] [[age:81]] fall. i called "mr [[name:patel]]" and the wrong one came
up lol. got halfway thru {{obs}} + was about to put the {{wristband}} on with hosp no
[[case_reference:RH4471902]] when i did the {{3 point check}} and DOB didnt match. [[name:Hitesh]]
was the chest pain + needed {{ECG}} within 10 mins so his was delayed by abt 8 min. ECG {{NSR}},
no {{STEMI}} thank god. learning: ALWAYS full name + dob when calling from wr not just surname,
and can we get a 2nd screen in {{triage}} for the queue. not a datix-able harm but logging as
{{near miss}} per {{NIC}}. - [[name:Magda]] {{RN}} triage
""")),
    ("health", "success", block("""
From: [[name:Amara Obi]] <[[email:amara.obi2@rrh.nhs.uk]]>
To: ED All Staff
Subject: Thank you [[name:Joy]] 💐

Hi all,

I want to say a huge thank you to [[name:Joy Mbeki]], our {{HCA}} in {{streaming}}, on the night of [[date:Sat 8 March]].

[[name:Joy]] was doing repeat {{obs}} in the {{waiting room}} when she noticed that a man booked in with a "sore arm", Mr [[name:Lewandowski]] ([[age:61]]), now had a facial droop and slurred speech. She did a {{FAST}} check, got him straight into {{resus}} and put out a {{stroke call}}. He was in {{CT}} within 20 minutes and {{thrombolysed}} well inside the window. The {{stroke team}} told me he is now walking on the ward.

Not her job description, just good nursing. [[name:Joy]], you are a joy to work with!

[[name:Amara]]

Sister [[name:Amara Obi]]
{{Band 7}}, {{Nurse in Charge}}, Emergency Department
[[organisation:Ravensholme Royal Infirmary]]
""")),
    ("health", "incident", block("""
TIMELINE - [[name:Lily-Mae Carter]] ([[age:2 yrs]]) - hosp no [[case_reference:RH5530871]]
[[date:27/11/2024]]

16:02  Booked in by {{mum}}: "rash and temp since lunch".
16:05  Streamed to {{paeds waiting area}} by reception.
16:48  Triaged by RN [[name:Costa]]. {{Manchester Triage}} cat 3 (yellow). Temp 38.9, HR 165. Rash noted as "blotchy", {{glass test}} not documented.
17:50  Mum at desk, says rash spreading. Not re-triaged.
18:35  Seen by {{SHO}} Dr [[name:Imran Qureshi]]: {{non-blanching}} {{purpuric rash}}, CRT 4s. Moved to {{resus}}.
18:41  {{IV ceftriaxone}}. {{PICU}} retrieval team called.
22:10  Transferred to [[organisation:St Brannoc's Children's Hospital]].

Outcome: {{meningococcal septicaemia}}; [[name:Lily-Mae]] is recovering.
Learning: re-triage every 30 min for under-5s with fever; non-blanching rash to be a mandatory question at triage ({{NICE}} {{NG143}}). 72h review led by Dr [[name:Sunniva Holt]].
""")),
    ("health", "near_miss", block("""
Teams - ED Majors Nurses

[[name:Amber Lowe]]  10:14
ambulance handover for {{cubicle 6}} - [[name:Kenneth Blythe]] [[age:72]], ?{{cellulitis}} L leg. crew said {{NKDA}}

[[name:Tomasz Zieliński]]  10:31
about to give {{co-amoxiclav}} and his daughter has just turned up saying hes {{penicillin}} allergic, {{anaphylaxis}} in 2019!!

[[name:Amber Lowe]]  10:32
STOP. ok checked - {{ePR}} from [[organisation:Northvale Ambulance Service]] says NKDA but his {{Summary Care Record}} has the allergy

[[name:Tomasz Zieliński]]  10:35
not given 👍 switched to {{clarithromycin}} after speaking to Dr [[name:Oyelaran]]. red {{allergy band}} on now

[[name:Amber Lowe]]  10:41
thanks [[name:Tomasz]]. he was triaged {{amber}} so sat on the corridor a while, no one checked the SCR at triage. datix [[case_reference:W-2025-01102]] done
""")),
    ("health", "success", block("""
ED CLINICAL GOVERNANCE - MINUTES
[[date:Wed 19 February 2025]], Seminar Room B

Present: Dr [[name:Helen Achterberg]] ({{Clinical Lead}}), [[name:Grace Tan]] ({{Matron}}), [[name:Mark Fitzgerald]] ({{ANP}}), [[name:Noura Al-Sayegh]] ({{Practice Educator}}), Dr [[name:Frank Ibe]] ({{ST4}})
Apologies: [[name:Bill O'Rourke]] ({{Patient Safety}}), [[name:Yuki Tanaka]]

3. Learning from excellence
3.1 [[name:Noura]] presented the {{Rapid Assessment and Treatment}} ({{RAT}}) pilot at the front door: median time to triage fell from 41 to 12 minutes over six weeks, with no extra staff.
3.2 Excellence report [[case_reference:LFE-0088]]: [[name:Mark]] picked up a leaking {{AAA}} in a [[age:59-year-old]] streamed as "renal colic", using bedside {{POCUS}} at triage. Straight to {{vascular}}; patient survived surgery.
3.3 Dr [[name:Ibe]] asked that the "sick or not sick" question stays on the streaming card.

Actions: [[name:Grace]] to take RAT data to {{Divisional Board}} in {{April}}; [[name:Noura]] to add POCUS to triage competency pack.
""")),
    ("health", "incident", block("""
INCIDENT REPORT FORM
Incident ref: [[case_reference:W-2025-00877]]
Date/time: [[date:02/03/2025]] 14:20
Location: ED, {{Triage Room 2}}
Patient name: [[name:Gwendolyn Ashby]]
DOB: [[date_of_birth:17/06/1941]]
NHS no: [[nhs_number:457 201 8367]]
Hospital no: [[case_reference:RH2208764]]
Address: [[address:Flat 3, 27 Quarry Bank Road, Ravensholme]] [[postcode:RV2 9HN]]
NOK: [[name:Philip Ashby]] (son), [[phone:07700 900214]]
Reported by: [[name:Chidi Okafor]], {{Staff Nurse}}

Description: Patient attended after a fall at home with a head injury. At triage the medication list was not asked about and her {{apixaban}} was not recorded, so she was triaged as {{standard}} rather than under the {{anticoagulated head injury}} pathway. {{CT head}} was done 3h 40m after arrival (standard: within 8 hours, but within 1 hour if on {{anticoagulant}} with other risk factors). CT showed a small {{subdural haematoma}}; {{neurosurgery}} advised conservative management.
Harm: moderate. {{Duty of Candour}} conversation held with [[name:Philip]] by Dr [[name:Mensah-Bonsu]].
""")),
    ("health", "near_miss", block("""
NIC HANDOVER 19:30 - [[date:Sun 6/4]]
Waiting: 34 | longest wait 5h10 | time to triage 55 min ⚠
{{Resus}}: full (4/4). {{Majors}}: 2 on corridor.

C1  [[name:JW]]  [[age:44]]  chest pain, {{trop}} x2 pending
C3  Mrs [[name:Ferenczi]]  [[age:90]]  {{#NOF}}, {{fascia iliaca block}} done 18:40
C5  [[name:Kai]] (no surname yet) ?[[age:19]]  {{OD}} {{paracetamol}} 24 tabs, {{Pabrinex}} not needed, levels at 4h
C8  Mr [[name:Adeyinka]]  [[age:58]]  ECG delayed - see below

Near miss: Mr [[name:Adeyinka]] walked in at 17:55 with central chest pain. The ECG machine in triage had a flat battery and the spare was in {{Paeds}}. His ECG was done at 18:36 (41 min, standard 10 min). Luckily no {{ST elevation}}. [[name:Pat]] ({{HCA}}) flagged it. Estates job [[case_reference:EST-55013]] for a charging dock.
Day NIC: [[name:Rosalind]]. Night NIC: [[name:Ifeoma]].
""")),
    ("health", "success", prose("""
Dear all at the {{A&E}} department of [[organisation:Ravensholme Royal Infirmary]], I am writing
to thank the nurse who triaged my dad, [[name:Stanley Whitlock]], on [[date:New Year's Eve]]. I
think her name was [[name:Faith]] or possibly [[name:Fay]], she had a Welsh accent and red
glasses. Dad has {{dementia}} and was very frightened by the noise in the {{waiting room}}, he kept
trying to leave. She noticed straight away, put the {{butterfly}} sticker on his notes, found us a
quiet {{side room}} and let me stay with him while she did his {{blood pressure}} and the
{{urine dip}}. She explained everything twice without ever making him feel silly. It turned out
he had a {{chest infection}} and he is now home and back to his crosswords. It was a busy night
and I know you were all under pressure, but you made a horrible night bearable. Please pass this
on to her and to the lovely porter, [[name:Desmond]]. With thanks, [[name:Carol Whitlock]]
(daughter), [[address:Hawthorn Close, Ravensholme]]
""")),
    ("health", "incident", block("""
From: [[name:Bronwen Pryce]]
To: [[name:Grace Tan]] ({{Matron}}); {{Security}}
Date: [[date:Sat 22 March 2025]] 03:47
Subject: Assault on triage nurse tonight

[[name:Grace]],

Sorry to email at this hour. At about 01:30 a patient, Mr [[name:Darren Fogarty]] ([[age:39]], hosp no [[case_reference:RH7719330]]), became aggressive at the {{triage}} desk when told the wait was around 6 hours. He had been drinking. He threw his phone, which hit [[name:Luisa]] ({{Staff Nurse}}) on the cheek, then grabbed her lanyard.

{{Security}} ([[name:Wayne]] and [[name:Kofi]]) restrained him and {{police}} attended; crime ref [[case_reference:NV/25/031177]]. [[name:Luisa]] has a bruise and was seen by the {{ED consultant}} and went home. I've referred her to {{Occupational Health}} and she knows about the {{Employee Assistance Programme}}.

Two things for learning: the {{panic alarm}} in triage still doesn't work (reported twice), and {{body-worn cameras}} were in the office, not being worn.

Datix to follow.
[[name:Bronwen]]
{{Nurse in Charge}}, nights
""")),
    ("health", "near_miss", block("""
TRIAGE TIME AUDIT - night [[date:12-13 May 2025]] (sample)
Arr.  | Pt       | Hosp no     | {{MTS}} cat            | To triage | Note
22:04 | [[name:A.B.]]     | [[case_reference:RH6601245]] | 2 {{orange}}               | 6 min     |
22:17 | [[name:K.O'N.]]   | [[case_reference:RH6601251]] | 4 {{green}}                | 48 min    |
22:31 | [[name:R.S.]]     | [[case_reference:RH6601263]] | 3 {{yellow}} -> 2 orange   | 71 min    | see below
23:02 | [[name:G.H.-W.]]  | [[case_reference:RH6601270]] | 5 {{blue}}                 | 90 min    | {{GP}} hours query

[[name:R.S.]] ([[age:29]]) was booked at reception as "abdo pain". While waiting she told [[name:Honey Barua]] ({{HCA}}) that she was about 7 weeks pregnant and had shoulder tip pain. [[name:Honey]] got her re-triaged at once: {{hCG}} positive, HR 118, referred to {{gynae}} as ?{{ectopic}} and taken to theatre. Good outcome.

Near miss because pregnancy status is not asked at reception or at streaming. Audit by [[name:Anneliese Vogt]], {{Practice Educator}}.
""")),
    ("health", "success", prose("""
Learning from excellence report [[case_reference:LFE-0102]]. On [[date:9 June]] a [[age:23-year-old]]
woman, [[name:Ruth Kaminski]], who is profoundly Deaf and uses {{BSL}}, came to the {{front door}}
with her flatmate, who does not sign. She was vomiting and looked unwell. The streaming nurse,
[[name:Oisín]], did not rely on the flatmate or on written notes: he set up the {{video relay}}
{{BSL interpreter}} on the triage iPad within five minutes. Through the interpreter [[name:Ruth]]
explained she had {{type 1 diabetes}} and had run out of {{insulin}} two days earlier. A capillary
{{ketone}} of 5.8 was found at triage and she went straight to {{majors}} on the {{DKA}} pathway
rather than waiting in the {{waiting room}} as "D&V". [[name:Ruth]] later said it was the first
time in a hospital she had not had to write everything down. What went well: confidence with the
kit, knowing the {{Accessible Information Standard}}, and not using a friend as interpreter.
Nominated by Sister [[name:Ngozi Adebayo-Reid]].
""")),
    ("health", "incident", prose("""
pt [[name:dean]] (surname ?[[name:mccarthy]]) [[age:34]] left w/o being seen approx 02:00 after
waiting 4hrs w/ RIF pain, triage cat 3. nobody noticed he'd gone till he was called at 03:15.
rang his mob [[phone:07700 900655]] x2 no ans, left vm. didnt inform {{GP}} as none registered.
he came back by {{ambulance}} at 07:40 w/ {{perforated appendix}} + {{peritonitis}}, straight to
{{theatre}}. [[name:dean]] told the {{paramedic}} he left cos he "couldnt sit in that chair any
more" + no one told him how long. {{LWBS}} policy says {{NIC}} shd be told + pt called within
30 min + {{safety-netting}} text sent, none of that happened, wr was 50+ all night. [[name:steph]]
(nic) aware now. datix [[case_reference:W-2025-01377]]. feel awful tbh. [[name:jb]]
""")),
    ("health", "near_miss", block("""
PRE-ALERT - transcribed from recorded line, [[date:30/08/2025]] 14:52

CREW: Emergency Department, this is [[organisation:Northvale]] {{Delta 41}}, pre-alert.
NIC ([[name:Lerato]]): Go ahead, Delta 41.
CREW: {{ATMIST}}. Age [[age:76]]. Male, [[name:Raymond Keane]], K-E-A-N-E. Time of onset 13:30. Mechanism: collapse at home. Injuries nil obvious. Signs: GCS 13, BP 90 over 50, sats 91 on air. Treatment: {{oxygen}}, {{IV access}}. ETA 10 minutes.
NIC: Received, age [[age:67]], [[name:Ray Keen]]. {{Resus}} 2.

Note from {{NIC}}: I misheard the age and spelling. The {{registrar}} used "[[name:Ray Keen]], [[age:67]]" to pull up old notes and found a {{DNACPR}} form for a different [[name:Raymond Keen]] ([[nhs_number:738 562 0140]]). The team were about to treat Mr [[name:Keane]] as not for resuscitation. When he arrived the {{wristband}} check against the {{ePR}} showed the mismatch. Correct patient NHS [[nhs_number:401 928 3753]], full escalation.

Learning: read back ATMIST in full, and never act on a DNACPR until identity is confirmed with the patient present.
""")),
    ("health", "success", block("""
Slack #ed-front-door

[[name:kat.nowak]]  9:02 PM
shout-out to @[[name:oluwadamilare]] for tonight 👏 [[age:8 month old]] brought in for "not feeding", he noticed a bruise behind the ear at triage and asked the right questions instead of just streaming to {{paeds}}

[[name:oluwadamilare]]  9:05 PM
thanks!! {{non-mobile baby}} + bruise = {{safeguarding}}, just followed the {{NICE}} thing. [[name:Bronwen]] in {{paeds ED}} took it from there

[[name:bronwen-p]]  9:11 PM
yep {{paeds consultant}} seen, {{skeletal survey}} booked, {{MASH}} called, ref [[case_reference:MASH-25-40418]]. mum and baby staying on {{Puffin Ward}} tonight

[[name:kat.nowak]]  9:12 PM
this is why we don't skip the {{body map}} at triage folks. excellent work [[name:Dami]]
""")),
    ("health", "incident", block("""
72-HOUR REVIEW - MINUTES
Incident: [[case_reference:W-2025-01590]] - patient left triage waiting area while awaiting {{mental health}} assessment
Date of meeting: [[date:17 July 2025]]
Present: Dr [[name:Helen Achterberg]] (chair), [[name:Grace Tan]] ({{Matron}}), [[name:Sanjay Gill]] ({{Liaison Psychiatry}}), [[name:Kerry-Ann Douglas]] ({{Security}}), [[name:Faith Oduya]] ({{Patient Safety}})
Apologies: [[name:Miłosz Kaczmarek]]

Summary: [[name:Jordan Ellis]] ([[age:19]], NHS [[nhs_number:529 614 0737]]) attended on [[date:14/07/2025]] at 23:10 with suicidal thoughts. {{Mental health triage}} scored him {{medium risk}}; he was placed in the main {{waiting room}} with {{15-minute observations}}. At 00:40 he was not found. Observations at 00:15 and 00:30 were not recorded. {{Police}} found him on [[address:Castle Street bridge]] at 02:05 and brought him back under {{Section 136}}. No physical injury.

Learning: no safe space in the waiting area; obs chart not handed over at shift change.
Actions: [[name:Kerry-Ann]] to review {{CCTV}} cover; [[name:Sanjay]] to agree a {{quiet room}} with {{RMN}} cover.
""")),
    ("health", "near_miss", block("""
From: [[name:Ifeoma Chukwu]] <[[email:ifeoma.chukwu@rrh.nhs.uk]]>
To: ED Senior Nurses
Date: [[date:4 November 2025]]
Subject: {{Symphony}} downtime last night - lost triage card

Hi everyone,

During the {{EPR}} outage (21:00-01:30) we went to paper triage as per the {{business continuity}} plan. One paper card for [[name:Esi Mensah]] ([[age:67]], DOB [[date_of_birth:08/02/1958]], NHS [[nhs_number:686 103 4525]]) was put in the wrong tray and she dropped off the queue. Her triage cat was 2 (query {{PE}}, sats 92%). [[name:Bill]] ({{HCA}}) noticed her still sitting there at 23:40 and asked when she had last been seen. Reviewed by Dr [[name:Tan Wei Ming]] within 10 min, {{CTPA}} negative.

Learning: use the {{whiteboard}} as the master list during downtime, and one named person to own the paper queue. I've updated the downtime pack.

Thanks [[name:Bill]] for keeping his eyes open.

[[name:Ifeoma]]
[[name:Ifeoma Chukwu]] | {{Senior Sister}}
""")),
    # ------------------------------------------------------------------ aviation (ramp/baggage)
    ("aviation", "incident", prose("""
Ground damage - {{belt loader}} contact with aircraft. On [[date:17 May 2025]] at approx 06:20 on
{{Stand 23}} at [[organisation:Kestleigh Airport]], a belt loader being positioned to the
{{forward hold}} of {{A320}} [[aircraft_registration:G-SRTA]], operating [[flight_number:SR418]],
made contact with the {{cargo door}} sill, leaving a 4 cm dent. The driver, [[name:Kieran Doyle]]
of [[organisation:Skyport Ground Services]], approached without a {{banksman}} and did not carry
out the {{brake check}} at the {{equipment restraint line}}. The {{dispatcher}}, [[name:Anika
Sørensen]], stopped the turn and informed the {{captain}}. {{Engineering}} declared the aircraft
{{AOG}} and [[flight_number:SR418]] was cancelled; 174 passengers were re-accommodated. [[name:Kieran]] was
on his sixth consecutive early and said he was "on autopilot". Drug and alcohol test negative. An
{{MOR}} has been submitted to the {{CAA}} (operator ref [[case_reference:OR-25-0613]]). Learning:
second person to guide all GSE to the aircraft, and review of the early-shift roster pattern.
""")),
    ("aviation", "near_miss", block("""
HEADSET / RTF TRANSCRIPT - pushback, {{Stand 41}}, [[date:02/06/2025]]

FLT DECK:  Ground from flight deck, {{brakes}} released, cleared to push.
HEADSET ([[name:Marcus]]):  Roger, pushing now, tow bar connected, {{bypass pin}} in.
GND ATC:  [[flight_number:Bluewing 771]], push approved, face east.
FLT DECK:  Push approved face east, [[flight_number:Bluewing 771]].
HEADSET:  STOP STOP STOP. Person behind the left main gear.
FLT DECK:  Setting {{parking brake}}... brakes set.
HEADSET:  Brakes set, thank you. Stand by.

Ramp note ([[name:Marcus Oyelowo]], {{headset operator}}): after the {{doors}} were closed and the {{wing walker}} had done the final check, a handler, [[name:Jonny Pike]], went back under the aircraft to pick up a {{bag tag}} he had dropped. He was about 3 m from the left main wheels when the tug started to move. [[flight_number:BW771]] ([[aircraft_registration:G-OBWK]]) departed 12 minutes late. No injury.
Reported to [[organisation:Skyport Ground Services]] safety, ref [[case_reference:SGS-NM-0871]].
""")),
    ("aviation", "success", block("""
🔥 SAFETY STAR OF THE WEEK: [[name:Precious Dube]] 🔥

On [[date:Sunday 13th July]] [[name:Precious]] was loading the {{bulk hold}} of [[flight_number:AU2207]] ([[aircraft_registration:G-AUJK]]) when she smelled burning from a soft holdall. She stopped loading, told the {{loading supervisor}}, and took the bag off the {{belt loader}} to the {{burn bag}} at the stand. The {{RFFS}} attended and found a swollen {{power bank}} that was hot to touch and starting to smoke.

The passenger, Mr [[name:Haddad]], was brought down from the gate and was very apologetic; he didn't know {{lithium batteries}} must go in the cabin. Flight left 25 minutes late.

If that bag had been at cruise in the hold it could have been a very different story. Textbook {{dangerous goods}} awareness, [[name:Precious]] - THANK YOU.

[[name:Lucky Moyo]]
{{Duty Ramp Manager}}, [[organisation:Skyport Ground Services]], [[organisation:Kestleigh Airport]]
""")),
    ("aviation", "incident", block("""
CHRONOLOGY - bag reconciliation failure, [[date:29/06/2025]]

05:10  Passenger [[name:Eleni Papadopoulou]] checks in for [[flight_number:SR452]], 1 hold bag, tag [[case_reference:0217448311]].
05:40  Bag sorted to {{make-up}} lateral 6 and loaded into an {{AKE}} for [[flight_number:SR452]].
06:05  [[name:Eleni]] taken ill at the {{security}} search area and does not travel.
06:20  Gate closes; {{BRS}} shows 1 "unauthorised" bag in the AKE.
06:24  {{Loading supervisor}} [[name:Gary Kettle]] overrides the BRS alert, says "will be a {{rush bag}}". Hold closed.
06:41  [[flight_number:SR452]] ([[aircraft_registration:G-SRTE]]) departs with bag of a passenger not on board.
08:15  Error found by {{baggage services}}; [[organisation:Saltire]] {{Ops Control}} informed.

Learning: the override function did not require a second authorisation; supervisor was covering two flights at once. Reported to the {{DfT}} and {{CAA}} as a {{security occurrence}}; [[organisation:Saltire Air]] ref [[case_reference:SLT-SEC-25-044]].
""")),
    ("aviation", "near_miss", block("""
WhatsApp - Ramp Team B 🛄

[[date:14/08/2025]], 11:02 - [[name:Raz]]: whoever left a {{cargo strap}} on stand 14 it just nearly went into the no.2 engine of the {{737}} on 15 😡 jet blast took it right across
[[date:14/08/2025]], 11:03 - [[name:Big Al]]: wasnt us we were on 9 all morning
[[date:14/08/2025]], 11:05 - [[phone:+44 7700 900873]]: think it came off the {{ULD}} dolly from the {{cargo}} lads
[[date:14/08/2025]], 11:06 - [[name:Raz]]: who is this?
[[date:14/08/2025]], 11:06 - [[phone:+44 7700 900873]]: [[name:Dougie]] new phone lol
[[date:14/08/2025]], 11:09 - [[name:Shona Baird]]: ok everyone {{FOD}} walk on 12-16 NOW before the next arrival pls. ive told {{Airfield Ops}}. [[name:Raz]] can you do a {{good catch}} report
[[date:14/08/2025]], 11:31 - [[name:Raz]]: done ref [[case_reference:GC-2208]]. found another strap + 2 {{chocks}} by the {{blast screen}}
""")),
    ("aviation", "success", block("""
RAMP SAFETY ACTION GROUP - MINUTES
[[date:Tue 9 September 2025]], {{Ops}} briefing room, [[organisation:Kestleigh Airport]]

Present: [[name:Lucky Moyo]] (Chair, {{Duty Ramp Manager}}), [[name:Siân Llewellyn]] ({{H&S}}), [[name:João Ferreira]] ({{GSE}} workshop), [[name:Summer Bright]] ({{Ops}}), [[name:Viktor Hrabal]] ([[organisation:Saltire Air]] {{station engineer}})
Apologies: [[name:Robin Chaudhry]], [[name:D. O'Leary]]

1. {{Manual handling}}: reportable back injuries down from 7 to 2 over the summer since the {{vacuum lifters}} went into {{make-up}}. [[name:João]] thanked for getting them serviced on time.
2. Good catch scheme: 47 reports this quarter, up from 19. [[name:Summer]] said staff now see reporting as normal, not "grassing".
3. {{Chocks}} and {{cones}} compliance at 98% on spot checks.

Actions: [[name:Siân]] to share the good catch poster with [[organisation:Aurelia Airways]]; [[name:Viktor]] to feed back to [[organisation:Saltire]] {{Safety Review Board}}.
""")),
    ("aviation", "incident", block("""
EMPLOYEE ACCIDENT / INJURY REPORT
Name: [[name:Dariusz Wójcik]]
Staff no: [[case_reference:SGS-10447]]
DOB: [[date_of_birth:11/04/1989]]
NI no: [[ni_number:JT 48 21 93 C]]
Home address: [[address:22 Ferrybridge Lane, Kestleigh]] [[postcode:KE6 2LP]]
Mobile: [[phone:07700 900402]]
Department: {{Baggage}} - {{make-up hall}}
Date/time: [[date:03/01/2025]] 16:45
Supervisor: [[name:Charmaine Wilkes]]

Description: Lifting a suitcase off the {{reclaim belt}} into an {{AKE}}. Bag was labelled 23 kg but later weighed at 31 kg with no {{heavy tag}}. Felt sharp pain in lower back and could not straighten. {{First aider}} [[name:Blessing]] attended. The {{vacuum lifter}} for lateral 4 had been out of service for 9 days (job [[case_reference:GSE-3381]]).
Off work from [[date:04/01/2025]]; if more than 7 days this is {{RIDDOR}} reportable.
""")),
    ("aviation", "near_miss", block("""
SHIFT HANDOVER - {{Turnaround Coordinators}} - late to night - [[date:20/10/2025]]

- [[flight_number:BW214]] ([[aircraft_registration:G-OBWR]]) off blocks 18:55, 20 min late, {{ATC slot}}.
- [[flight_number:SR771]] inbound 40 late, crew bus [[vehicle_registration:YR68 KDF]] has a flat, use spare.
- {{Stand 7}} {{PCA}} unit u/s, GPU only.

NEAR MISS: {{aft cargo door}} on [[aircraft_registration:EI-FVQ]] ([[flight_number:AU2219]]) found closed but NOT locked - handle not flush - on the final {{walkround}} by [[name:Ayesha]] ({{dispatcher}}) after the {{loading supervisor}} had signed the {{LIR}}. Captain told, door re-closed and checked by the {{engineer}}. Could have opened in flight or caused a {{rejected take-off}}. {{ASR}} raised by [[name:Ayesha]].

Handed over by [[name:Conor]], taken by [[name:Jack]] (night TC).
""")),
    ("aviation", "success", block("""
From: Captain [[name:Isabelle Fournier]] <[[email:i.fournier@saltireair.example]]>
To: [[email:ramp.duty@skyportgs.example]]
Subject: Thank you - [[flight_number:SR433]] [[date:18 November]]

Good afternoon,

I'd like to thank the ramp team on my turnaround yesterday, in particular [[name:Hêvî Zana]] and [[name:Callum]].

A passenger told our {{cabin crew}} after boarding that her daughter's {{insulin}} cool bag had been checked into the hold by mistake. [[name:Hêvî]] went into the {{aft hold}}, found the bag within four minutes from the description, and brought it up to the {{L1}} door, while [[name:Callum]] re-secured the {{netting}} and updated the {{LIR}}. We pushed back on time.

A small thing that made a real difference to a [[age:9-year-old]] with {{type 1 diabetes}} on a four-hour flight.

Kind regards,
Capt [[name:Fournier]]
{{Captain}}, {{A321neo}} fleet, [[organisation:Saltire Air]]
""")),
    ("aviation", "incident", prose("""
bag tug 22 towing 4 dollys round the back of {{pier B}}, last dolly came unhitched on the bend
and rolled into the {{GPU}} on {{stand 9}}. no one hurt thank god, bit of damage to the gpu panel.
{{tow pin}} wasnt in proper, {{safety clip}} missing (been missing for a while apparently, ppl
using a cable tie). driver was [[name:macca]] ([[name:lee mcallister]]), he was doin abt 15 in a
10 zone on the bend, hes got his {{ADP}} 2 months only. also the {{ops van}}
[[vehicle_registration:KX21 RFO]] was parked on the {{airside road}} blocking the view round the
corner. [[name:macca]] v shaken. told {{duty manager}} [[name:shona]] at 14:20 on
[[date:thurs 23rd]], {{GSE}} workshop took the dolly off, [[name:joão]] checking all pins on the
fleet tmrw. tbh the dollys are knackered. - [[name:D.K.]] {{team leader}} ramp
""")),
    ("aviation", "near_miss", block("""
LOAD CHECK - [[flight_number:AU2231]] / [[aircraft_registration:G-AUJN]] / [[date:08/12/2025]]

Hold     | {{LIR}} planned      | Actually loaded     | Checked by
1 (fwd)  | 1,240 kg / 52 bags | 1,240 kg / 52 bags  | [[name:W.K.]]
3 (aft)  |   890 kg / 38 bags |   170 kg / 7 bags   | [[name:W.K.]]
4 (aft)  |   620 kg / 0 bags  | 1,340 kg / 31 bags  | [[name:Ngọc Anh]]
5 (bulk) |   150 kg / 6 bags  |   150 kg / 6 bags   | [[name:Ngọc Anh]]

Near miss: 31 late {{transfer}} bags planned for hold 3 were put in hold 4 next to the {{mail}}, and the change was not reported to {{load control}}. The {{loadsheet}} was out by 720 kg in the aft holds. [[name:Ngọc Anh]] ({{load controller}}) saw the LIR did not match the {{ULD}} tags and stopped the doors closing. A {{LMC}} was issued and the {{trim}} recalculated; within limits. Aircraft {{A319}}, 14 min delay.
Reported by [[name:Wojtek Kamiński]], {{loading supervisor}}.
""")),
    ("aviation", "success", block("""
Slack #kestleigh-ramp-ops

[[name:summer.bright]]  06:12
🌨️ snow plan worked!! 11 departures deiced and out before 8, zero bags left behind

[[name:lucky.moyo]]  06:15
massive shout to [[name:Mariam]] who had the {{de-icing}} bays planned the night before and [[name:Tino]]'s crew who got the {{AKE}}s covered so no wet bags

[[name:mariam.yusuf]]  06:18
team effort. [[name:Grace]] on the {{baggage}} {{BHS}} desk kept the late bags flowing, and the {{Ops}} van crew gritted the {{stand}} walkways

[[name:grace.o]]  06:19
🙌 also no slips reported this morning, first snow day in 3 years with none

[[name:lucky.moyo]]  06:22
putting this forward for the {{Just Culture}} award. [[name:Summer]] can you pull the {{OTP}} numbers for [[date:Mon 12 Jan]]?
""")),
    ("aviation", "incident", block("""
From: [[name:Róisín Gallagher]] <[[email:roisin.gallagher@skyportgs.example]]>
To: Station Manager; {{PRM}} Team
Date: [[date:Fri 6 February 2026]]
Subject: Damaged powered wheelchair - [[flight_number:SR433]]

Hi [[name:Bill]],

Reporting a damaged {{mobility aid}} on arrival of [[flight_number:SR433]] ([[aircraft_registration:G-SRTE]]) last night. The passenger, Ms [[name:Hannah Blackwood]], uses a {{powered wheelchair}} ({{lithium-ion}}, battery removed and carried in the cabin as per {{DG}} rules).

On arrival the chair came up the belt on its side. The joystick was snapped and a footplate bent. Ms [[name:Blackwood]] could not use it and had to be transferred to an airport chair; she was very distressed. It looks like it was loaded lying down in the {{bulk hold}} and not strapped, despite the {{PRM}} tag saying "UPRIGHT - DO NOT TIP".

{{PIR}} raised, ref [[case_reference:KSLSR10984]]. [[organisation:Saltire Air]] are arranging a loan chair. She may claim under the {{Montreal Convention}}.

[[name:Róisín]]
{{PRM Coordinator}} | [[phone:01632 961 208]]
""")),
    ("aviation", "near_miss", block("""
RTF TRANSCRIPT - [[organisation:Kestleigh]] {{Ground}} - [[date:5 February 2026]]

1402:05  GND:      [[flight_number:Saltire 4-1-8]], taxi via {{Bravo}}, hold short {{Delta}}.
1402:09  [[flight_number:SLT418]]:   Via Bravo, hold short Delta, [[flight_number:Saltire 4-1-8]].
1402:15  GND:      {{Tug Tango 7}}, hold position at the Bravo crossing, aircraft passing left to right.
1402:19  (no reply)
1402:26  GND:      Tango 7, STOP, STOP, STOP.
1402:28  T7:       Stopping, Tango 7, sorry, stopping.
1402:31  [[flight_number:SLT418]]:   [[flight_number:Saltire 4-1-8]] braking, tug ahead.

Note: the tug towing an empty {{dolly train}} ([[name:Hassan Al-Amin]], {{ramp agent}}) entered the {{taxiway}} crossing without a {{readback}} while the {{A320}} was 150 m away; it stopped about 40 m clear. [[name:Hassan]] said his {{radio}} volume was down. {{Runway incursion}}-type event reported as MOR; {{ATC}} ref [[case_reference:KSL-ATC-0219]].
""")),
    ("aviation", "success", prose("""
Learning report - {{thunderstorm}} stop. On the afternoon of [[date:21 August]] the {{Met Office}}
{{lightning}} warning for [[organisation:Kestleigh Airport]] went to {{red}} at 15:42 with 9
aircraft on the ground. {{Shift leader}} [[name:Mariam Yusuf]] broadcast the {{Red Alert}} stop
within one minute and personally checked every stand on {{pier C}}. [[name:Mark Okafor]] and
[[name:Wiremu]] found two agency handlers sheltering under the wing of an {{ATR 72}}, which is the
worst place to be, and got them into the {{baggage hall}}. Headset operators stayed inside the
flight deck, as trained, rather than on the {{tow bar}}. A strike was recorded 2 km away at
15:51. The stop lasted 38 minutes; no one was hurt and no aircraft was struck. What went well:
the new {{toolbox talk}} in {{June}}, the {{pager}} alert reaching agency staff for the first time,
and team leaders doing a head count. [[name:Mariam]] has asked that agency staff keep their
pagers for the whole season. Reported by [[name:Faith Mwangi]], {{Safety Manager}}, [[organisation:Skyport Ground Services]].
""")),
    ("aviation", "incident", block("""
Teams chat - Load Control

[[name:Ray Bukowski]]  13:58
why is there 2 boxes of {{dry ice}} on the cargo manifest for [[flight_number:AU2240]] and no {{NOTOC}}??

[[name:Joy Adomako]]  14:00
it was accepted late by [[organisation:Fleetline Freight]], i didnt get the {{DG}} paperwork 😬 aircraft already closed up

[[name:Ray Bukowski]]  14:01
its 40 kg total. captain has to know. ringing dispatch now

[[name:Joy Adomako]]  14:07
[[name:Ayesha]] got to the aircraft, captain has been told + signed a NOTOC, {{CO2}} limit for the {{A320}} was fine. doors re-opened, 9 min delay

[[name:Ray Bukowski]]  14:12
ok. still an {{occurrence}}, aircraft was pushing with undeclared {{UN1845}}. doing the report. [[name:Joy]] can you send me the {{AWB}} and a screenshot of when it hit the manifest
""")),
]


if __name__ == "__main__":
    write_records(OUT, build_records("blind290", REPORTS))
