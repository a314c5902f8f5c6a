"""Held-out blind corpus 207: fifty invented UK incident, near-miss and learning-from-success
reports, written blind (without sight of the de-identifier or any other corpus) so that the
corpus measures how well the de-identifier generalises.

Three settings, every person, organisation, place and number invented:

* social_care (17): a children's residential home - shift leaders, key workers, waking
  nights, the Regulation 44 visitor, missing-from-care episodes and police return interviews.
* health (17): an integrated sexual health clinic - walk-in, partner notification, PrEP,
  health advisers, under-16s safeguarding, vaccine fridges and reception.
* aviation (16): an approach radar unit at a regional airport - controllers, assistants,
  position handovers, level busts, TCAS RAs, infringements and watch logs.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes
with attendance and apologies, pipe-separated and aligned tables, RT transcripts, shout-outs
and thank-you notes. Identifiers are marked [[label:value]] and must-not-redact mentions
{{term}} (roles, agencies, frameworks, drugs, equipment, generic days and times, acronyms).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind207.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
{{missing from care}} - [[name:kayden]] ([[age:14]]) went awol approx {{22:40}} after a row
w/ [[name:tj]] over the xbox. climbed out his {{bedroom window}}, {{restrictor}} was off
AGAIN. rang {{101}} at 22:55, police log [[case_reference:KDP-240316-1187]]. [[name:kayden]]
came back on his own at 01:20 smelling of weed, says he was at [[name:Reece]]s mates flat on
[[address:Tanner St]] but wont say which number. no injuries seen, had toast n went to bed.
told {{EDT}} and left vm for [[name:Jo]] (his {{SW}}). police doing {{return interview}}
tmrw. restrictor needs fixing asap pls maintenance, 3rd time this month.
{{shift leader}} [[name:mo]]
""")),
    ("social_care", "success", block("""
SHOUT-OUT 🌟
Massive thank you to [[name:Grace]] and [[name:Will Ogunbiyi]] on {{nights}} [[date:Sat 9th]].
When [[name:Leah]] ([[age:15]]) told them an older lad had been picking her up outside
[[organisation:Moorside Academy]] in a grey {{Corsa}} ([[vehicle_registration:KX19 TFO]]) and
giving her vapes, they stayed calm, wrote it up in her own words, completed the
{{CSE screening tool}} and rang the {{MASH}} before 9am. [[name:Grace]] also remembered to
pass the reg to police on the {{partnership intelligence form}}. The {{social worker}} said
it was one of the best referrals she'd had from a {{residential}} home. That's
{{Working Together}} in practice. Proud of you both x
[[name:Bev]] ({{Registered Manager}}), [[organisation:Brackenlea House]]
""")),
    ("social_care", "incident", prose("""
At approximately {{19:15}} on [[date:12 February 2024]], young person
[[name:Tyler-James Mbeki]] (DOB [[date_of_birth:03/08/2009]]) became dysregulated in the
{{lounge}} following a phone call with his {{mum}}. He threw a mug which struck staff member
[[name:Anouk de Vries]] on the forearm. Two staff used a {{Team Teach}} {{single elbow}} hold
for approximately two minutes to guide [[name:Tyler-James]] away from the other young
people. [[name:Anouk]] was checked by the {{shift leader}}, [[name:Callum Reid]]; no first aid
was required beyond a cold compress. A {{physical intervention}} record (ref
[[case_reference:PI-2024-031]]) was completed and [[name:Tyler-James]] was offered a debrief
with his {{key worker}} the following morning, which he accepted. {{Mum}} and the
{{allocated social worker}}, [[name:Siobhan Kearney]] at
[[organisation:Kelworth Borough Council]], were informed on [[date:13 February]]. There was
no injury to the young person, so no {{Regulation 40}} notification to {{Ofsted}} was needed.
""")),
    ("social_care", "near_miss", block("""
NEAR MISS FORM - MEDICATION
Home: [[organisation:Brackenlea House]]
Young person: [[name:Ruby Tranter]]    DOB: [[date_of_birth:21.11.2010]]
NHS no: [[nhs_number:915 862 0370]]
Date/time: [[date:04/03/24]] {{08:05}}
Reported by: [[name:Pat Oyelaran]] ({{residential support worker}})
What happened: Went to give [[name:Ruby]] her {{melatonin}} with breakfast because the
{{MAR chart}} said 08:00. It is a {{night-time}} med. The MAR had been handwritten for the
new cycle and the times went in the wrong boxes. Checked with [[name:Ruby]], she had not
had anything. Nothing given. Rang {{111}} to be safe, no action needed.
Action taken: {{shift leader}} [[name:Sunny]] rewrote the chart from the {{pharmacy label}},
both of us signed. Emailed [[organisation:Cresswell Pharmacy]] asking for printed MARs.
Learning: check the label, not just the chart.
""")),
    ("social_care", "success", block("""
REGULATION 44 INDEPENDENT VISITOR REPORT (extract)
Home: [[organisation:Brackenlea House]], [[address:22 Orchard Rise, Kelworth]] [[postcode:KW4 2NX]]
Visit: [[date:27 March 2024]], unannounced. Visitor: Dr [[name:Hafsa Qureshi]]

Good practice noted
I spoke with three of the four young people. [[name:Kieran]] proudly showed me the allotment
he has been running with his {{key worker}}, [[name:Joy Adeyemi-Clarke]], and said staff
"actually listen now". {{Missing episodes}} have fallen from eleven in {{January}} to two in
{{March}}; staff credit the joint {{return home interview}} arrangement with
[[organisation:Kelworth & Dunmoor Police]] and the {{trusted adult}} rota. The
{{Registered Manager}}, [[name:Beverley Snaith]], has acted on my last recommendation about
the {{sanctions log}}.

Records sampled: {{daily logs}}, missing records for [[name:KB]] and [[name:L.M.]], the
{{complaints log}}.
Recommendation: share this learning at the {{Ofsted}} interim visit.
""")),
    ("social_care", "incident", block("""
WhatsApp chat export: "[[organisation:Brackenlea]] bank staff 💬" (41 participants)
[[date:14/03/2024]], 16:02 - [[name:Dani Kowalczyk]]: can anyone cover sleep in tmrw?? 🙏
[[date:14/03/2024]], 16:05 - [[name:Faith]] 🌸: rota pic attached
[[date:14/03/2024]], 16:05 - [[name:Faith]] 🌸: <Media omitted>
[[date:14/03/2024]], 16:09 - [[name:Dani Kowalczyk]]: [[name:faith]] the {{YP}} whiteboard is in the back of that pic!! [[name:Ellis]] full name + his {{CP plan}} dates are readable
[[date:14/03/2024]], 16:10 - [[name:Faith]] 🌸: omg deleting now sorry
[[date:14/03/2024]], 16:11 - [[name:Faith]] 🌸: This message was deleted

Report (added by {{shift leader}} [[name:Callum Reid]]): the photo was visible for about
6 minutes to 41 people, some of whom no longer work here. Told the {{Registered Manager}}
and the council {{DPO}}; [[name:Ellis]]'s {{social worker}} informed. Reminder sent that rotas
go on the staff app, not {{WhatsApp}}, and photos are never taken in the office.
Breach ref [[case_reference:IG-24-0339]].
""")),
    ("social_care", "near_miss", block("""
HANDOVER {{lates}} -> {{waking nights}}   [[date:Tues 19th]]
[[name:Ellis]] - settled, in room by 10. Phone handed in.
[[name:Kieran]] - asked to go to [[name:Marcus]]'s, told no (not on {{approved contacts}}), took it well.
[[name:Ruby]] - bit low after {{family time}}, chatted w/ [[name:Rose]], ok now.

!! NEAR MISS !! front door {{maglock}} didnt re-engage after [[name:Rose]] let the {{agency}}
worker out at 21:30. Found on the latch at 21:50 by [[name:Hope]] on her checks. Nobody
went out, all 4 {{YP}} accounted for. Tested x3 after, working. Rang
[[organisation:Fenwick Security Systems]] {{out of hours}}, job [[case_reference:FS-77102]],
engineer booked am. Please check the door panel light every hour til fixed.

Meds given & signed. {{Petty cash}} £43.20 counted w/ [[name:Rose]].
Handed over by [[name:Rose]] to [[name:Hope]] + [[name:Abdi]].
""")),
    ("social_care", "success", block("""
From: [[name:Aaliyah Brennan-Osei]] <[[email:a.brennan-osei@kelworth.gov.uk]]>
Sent: [[date:02 April 2024]] 09:14
To: [[name:Beverley Snaith]] <[[email:beverley.snaith@kelworth.gov.uk]]>
Subject: Thank you - [[name:Kieran]]'s PEP

Hi [[name:Bev]],

Just a quick one to say thank you to [[name:Mark]] for going with [[name:Kieran]] to his
{{PEP}} at [[organisation:Moorside Academy]] yesterday. He had clearly helped [[name:Kieran]]
get his thoughts down beforehand, and [[name:Kieran]] spoke for himself about wanting to stay
in {{mainstream}}. The {{designated teacher}} and the {{Virtual School}} rep both commented
on it. His {{IRO}}, [[name:Femi Adebayo]], has asked if we can use the same approach before
the {{LAC review}} next month.

Please pass this on to the team.

Kind regards,
[[name:Aaliyah]]

[[name:Aaliyah Brennan-Osei]]
{{Social Worker}} | {{Children in Care Team}} | [[organisation:Kelworth Borough Council]]
T: [[phone:01632 960 418]]   M: [[phone:07700 900 377]]
""")),
    ("social_care", "incident", block("""
CHRONOLOGY - MISSING EPISODE   Home ref: [[case_reference:MFC-0224-09]]
YP: [[name:Leah Morcombe]] ([[age:15]])   {{Risk level}}: {{medium}}

[[date:Fri 23/02]]
16:10  Not back from [[organisation:Moorside Academy]]. School say she left at 15:20.
16:40  Calls to her mobile [[phone:07700 900 213]] go to voicemail.
17:30  Reported missing under the {{Philomena Protocol}}, police ref [[case_reference:KDP-240223-0791]]. {{Grab pack}} given to PC [[name:Okonkwo]].
19:05  A friend tells [[name:Grace]] that [[name:Leah]] is "with [[name:Dex]]" near the bus station.
21:45  Police find [[name:Leah]] in a car on [[address:Carr Lane, Dunmoor]], reg [[vehicle_registration:KX19 TFO]]. Driver ([[age:19]]) spoken to.
22:20  Brought home by PC [[name:Okonkwo]]; {{safe and well check}} done, {{body map}} not needed.
[[date:Sat 24/02]]
11:00  {{Return home interview}} by [[name:Tamsin Ashworth]] ([[organisation:Safe Steps Kelworth]]). [[name:Leah]] would not discuss [[name:Dex]].
14:00  {{Strategy meeting}} requested via {{MASH}}; {{CSE}} risk now {{high}}.
""")),
    ("social_care", "near_miss", block("""
{{Teams}} - [[organisation:Brackenlea]] Shift Leaders
[[name:Callum Reid]]  07:42
anyone got the fob for the silver {{Zafira}} [[vehicle_registration:YH21 KPD]]? not in the {{key safe}}
[[name:Marta Zielińska]]  07:44
had it last night for [[name:Ellis]]'s {{family time}} at the {{contact centre}}, put it back about 9?
[[name:Callum Reid]]  07:51
found it. in the ignition. car unlocked on the drive all night, {{LAC review}} folder with [[name:Ellis]]'s full details + {{Care Plan}} on the back seat 😬
[[name:Marta Zielińska]]  07:53
oh no. so sorry. I was rushing because [[name:Ellis]] kicked off getting out
[[name:Beverley Snaith]]  08:06
Nothing taken and everything's there so this is a near miss, not a breach. [[name:Marta]] no
blame - pls log it. [[name:Callum]] can you put a {{sign-out sheet}} on the key safe today.
Files travel in the locked bag only.
""")),
    ("social_care", "success", block("""
[[organisation:BRACKENLEA HOUSE]] - TEAM MEETING MINUTES - [[date:07.05.2024]]
Present: [[name:Beverley Snaith]] ({{RM}}), [[name:Callum Reid]] ({{SL}}), [[name:Grace Ilori]], [[name:Mo Haddad]], [[name:Pat Oyelaran]], [[name:Rose Kavanagh]] (bank)
Apologies: [[name:Hope Mensah]] ({{A/L}}), [[name:Will Ogunbiyi]] (training)

1. Learning from success - no {{missing episodes}} for 6 weeks
[[name:BS]] thanked the team. What made the difference: the {{trusted adult}} rota, staff
waiting up at the door instead of ringing round, and joint {{RHI}}s with
[[organisation:Safe Steps]].
2. [[name:Leah]] completed her {{Duke of Edinburgh}} Bronze expedition on [[date:27 April]].
[[name:Grace]] and [[name:Mo]] went as volunteers.
3. {{Ofsted}} - interim inspection likely {{June}}. [[name:CR]] to update the
{{Statement of Purpose}}.
4. AOB - [[name:Pat]] asked about {{Team Teach}} refresher dates.
Actions: [[name:CR]] - {{SoP}} by [[date:31/05]]; [[name:BS]] - share learning with the
{{Reg 44}} visitor.
""")),
    ("social_care", "incident", prose("""
Incident summary - allegation against a member of staff. On [[date:15 April 2024]] at
around {{23:30}}, [[name:Ellis Fairweather]] ([[age:13]]) told the {{waking night}} worker,
[[name:Abdi Warsame]], that a relief worker had "grabbed my neck" in the corridor earlier
that evening. [[name:Abdi]] listened, did not ask leading questions and wrote down
[[name:Ellis]]'s words straight away. He informed the {{on-call manager}},
[[name:Zsófia Németh]], who contacted {{EDT}}. The {{Registered Manager}} referred to the
{{LADO}} on [[date:16 April]] (ref [[case_reference:LADO/24/0183]]). The relief worker,
[[name:Dwayne Pettifer]] (NI [[ni_number:JT 48 21 09 C]]), supplied by
[[organisation:Carefirst Staffing Ltd]], has been stood down pending the
{{strategy discussion}}. {{Body map}} completed: a faint red mark below the left ear.
{{Hallway CCTV}} footage has been retained. [[name:Ellis]]'s {{social worker}} and his
{{grandmother}} were informed the next morning.
""")),
    ("social_care", "near_miss", prose("""
near miss - new admission [[name:zain]] ([[age:12]]) has a {{nut allergy}} on his
{{placement plan}} but it wasnt on the kitchen board yet. {{lates}} ordered a {{chinese}}
on [[date:fri 10th may]] n [[name:amber]] spotted satay chicken in the bag before it was
dished up, binned it. [[name:zain]] didnt eat any. checked his {{epipens}} x2 - in date til
{{aug}}. kitchen board updated + allergy added to [[name:zain]]s {{YP profile}}. rang
[[organisation:Oakfield Surgery]] for a copy of his allergy letter as we only had the
{{social worker}}'s word. [[name:amber]] suggested allergies go on the
{{admissions checklist}} - [[name:bev]] agreed, shes updating it. no harm but could of been
v serious
""")),
    ("social_care", "success", block("""
LEARNING FROM SUCCESS - first overnight stay with family
YP: [[name:Kieran Boateng]]   Dates: [[date:20-21 April]]
Key worker: [[name:Joy Adeyemi-Clarke]]   SW: [[name:Aaliyah Brennan-Osei]]

What went well | Why it worked
Overnight at {{Nan}}'s, [[address:41 Linnet Close, Dunmoor]] [[postcode:DM3 8LT]], no incidents | Planned over three {{key work}} sessions with [[name:Kieran]]
[[name:Kieran]] rang the home at 8pm as agreed | He chose the call time himself
{{Nan}} (Mrs [[name:Boateng]]) felt confident | [[name:Joy]] visited her first and went through the {{risk assessment}}
Risk assessment realistic, not blanket | Agreed with the {{SW}} using {{Signs of Safety}} scaling
Back on time, {{Sunday}} 4pm | Nan dropped him off and had a cuppa with staff

Next steps: {{IRO}} to consider fortnightly overnights at the next {{LAC review}};
[[name:Kieran]] wants to show Nan the allotment.
""")),
    ("social_care", "incident", block("""
MISSING / ABSENT LOG - [[organisation:Brackenlea House]] - {{March}}
Date  | YP              | Out   | Back  | Police ref       | RHI by
[[date:02/03]] | [[name:L. Morcombe]]    | 19:40 | 23:10 | [[case_reference:KDP-240302-1044]] | [[name:T. Ashworth]]
[[date:09/03]] | [[name:K. Boateng]]     | 21:15 | 22:05 | {{absent}} only      | n/a
[[date:16/03]] | [[name:Kayden W]]       | 22:40 | 01:20 | [[case_reference:KDP-240316-1187]] | PC [[name:Lindqvist]]
[[date:23/03]] | [[name:E. Fairweather]] | 18:30 | 06:10 | [[case_reference:KDP-240323-0911]] | NOT DONE

INCIDENT NOTE ([[date:23/03]]): [[name:Ellis]] was not reported missing until 20:45, over two
hours after he was due back, because the {{on-call manager}} phone went to voicemail and the
{{shift leader}}, [[name:Nkechi Obi]], thought she needed authorisation first. Our
{{missing from care}} procedure says never wait. The {{RHI}} was still not done after
72 hours, outside the {{statutory guidance}}. Actions: on-call numbers rechecked;
[[name:Nkechi]] and two new starters booked on the {{Philomena Protocol}} briefing;
{{RM}} to chase [[organisation:Safe Steps Kelworth]] about the interview.
""")),
    ("social_care", "near_miss", prose("""
Near miss: unsupervised contact nearly arranged in breach of a court order. On
[[date:Wednesday 8 May]], [[name:Skye Fairclough]] (DOB [[date_of_birth:14/06/2011]]) asked
relief worker [[name:Jamie Li]] if she could meet her {{dad}} in town after school.
Mr [[name:Fairclough]] had also phoned the home from [[phone:07700 900 884]] saying the
{{social worker}} had "okayed it". [[name:Jamie]] was new to the home and agreed in
principle, intending to drop her at [[address:Kelworth Market Square]]. Before leaving,
{{key worker}} [[name:Eilidh MacLeod]] checked the {{placement plan}}, which records a
{{Child Arrangements Order}} ([[case_reference:KW23C00417]]) allowing only
{{supervised contact}} at the {{family centre}}. Contact did not happen. [[name:Skye]] was
upset and was supported by [[name:Eilidh]]. The {{allocated social worker}} confirmed she had
not agreed anything. Learning: contact arrangements should be on the front page of every
young person's file and included in the {{induction}} for agency and relief staff.
""")),
    ("social_care", "success", block("""
From: Sgt [[name:Harriet Vance]] <[[email:harriet.vance@kelworthdunmoor.police.uk]]>
To: [[email:brackenlea.managers@kelworth.gov.uk]]
Subject: RE: [[name:Leah]] - missing episode [[date:23 Feb]]

Morning all,

I wanted to feed back on how [[name:Leah]]'s missing episode was handled last month. The
{{grab pack}} your staff gave PC [[name:Okonkwo]] was the best we've had - recent photo,
known associates, and the reg [[vehicle_registration:KX19 TFO]] already flagged. Officers
went straight to [[address:Carr Lane]] and found her within the hour. That is down to
[[name:Grace Ilori]] keeping the {{Philomena Protocol}} form current.

Please pass on our thanks. I've shared it with our {{Missing Persons Coordinator}} as an
example for other homes.

Regards
[[name:Harriet]]

Sgt [[name:H. Vance]] | {{Missing from Home team}} | [[organisation:Kelworth & Dunmoor Police]]
""")),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
results txt for clinic no [[case_reference:LW-220871]] ({{chlamydia}} +ve) went to the OLD
mob on file, [[phone:07700 900 561]], not the new one he wrote on the {{walk-in}} form. form
never got inputted. person who got the txt rang in asking "whos [[name:Dan]] and why is a
{{sexual health}} clinic texting me". txt says "[[name:Dan]], please call
[[organisation:Linwood Centre]] about your recent test" so clinic name + his name out
there. [[name:Dan]] since rang + treated w {{doxy}} 100mg bd 7 days, {{PN}} started by
{{HA}} [[name:Kwame]]. can someone check reception are inputting forms same day?? logged
as {{IG}} incident. [[name:rh]] ({{SN}})
""")),
    ("health", "success", block("""
🌟 Shout-out for our {{health advisers}} 🌟
Huge thanks to [[name:Marguerite Okafor]] and [[name:Benedikt Sauer]] for the
{{partner notification}} work on the {{infectious syphilis}} cluster this month. From one
index case ([[case_reference:LW-231145]]) they traced and tested 9 of 11 named contacts,
including two through {{dating apps}} using {{provider referral}}, and one at
[[organisation:HMP Dunmoor]] via the prison healthcare team. Four were positive and all have
had {{benzathine penicillin}}. [[name:Benny]] also spotted that two contacts gave the same
phone number and picked up a possible {{safeguarding}} concern, now with the {{MASH}}.
{{BASHH}} standard practice done brilliantly, and with real kindness. Thank you both!
[[name:Sunita]] ({{Lead Nurse}})
""")),
    ("health", "incident", prose("""
On [[date:Saturday 16 March]], a girl giving her age as [[age:14]] attended the {{walk-in}}
session requesting {{emergency contraception}}. She was accompanied by a man she called her
"boyfriend", who looked about [[age:25]] and answered several questions for her. The nurse,
[[name:Yetunde Balogun]], gave {{levonorgestrel}} and recorded a {{Fraser guidelines}}
assessment, but the {{Spotting the Signs}} proforma was not completed and the consultation
was not discussed with the {{safeguarding lead}} before the patient left. The gap was found
on [[date:18 March]] during the routine under-16s notes review by
[[name:Ciarán Ó Súilleabháin]] ({{named nurse for safeguarding}}). The patient had given a
first name, [[name:Tia]], a date of birth of [[date_of_birth:02/09/2009]] and her school,
[[organisation:Hallam Vale School]]. A {{MASH}} referral was made the same day (ref
[[case_reference:MASH-24-03187]]). Contributory factors: two nurses off sick, a 40-minute
walk-in queue and a {{locum}} unfamiliar with local pathways.
""")),
    ("health", "near_miss", block("""
NEAR MISS REPORT
Patient name: [[name:Oluwaseun Adewale-Thompson]]
DOB: [[date_of_birth:30/01/1997]]     NHS no: [[nhs_number:632 518 9043]]
Clinic no: [[case_reference:LW-240377]]
Date of event: [[date:21/03/2024]]    Location: {{Clinic Room 4}}
Reported by: [[name:Precious Nwachukwu]], {{HCA}}

Description: Two patients were in consecutive slots for {{STI screening}}. Labels for the
{{NAAT}} swab and {{HIV}}/{{syphilis}} bloods of the next patient, [[name:J. Hartigan]]
(clinic no [[case_reference:LW-240381]]), had been printed and were put on this patient's
samples. I noticed the mismatch when reading the name and DOB aloud before sending to the
lab. Samples relabelled correctly in front of the patient. No wrong results issued.
Contributing: one label printer shared between two rooms; labels printed in advance.
Suggested action: print labels at the point of sampling only.
""")),
    ("health", "success", block("""
From: [[name:Tomasz Wiśniewski]] <[[email:tomasz.wisniewski1@nhs.net]]>
Sent: [[date:Thursday 11 April 2024]] 17:26
To: [[organisation:Linwood]] nurses and {{HAs}}
Subject: Same-day PrEP starts - it worked!

Hi all,

Quick update on the {{same-day PrEP}} pilot. Since [[date:1 March]] we've started 38 people
on {{PrEP}} at their first walk-in visit instead of asking them back, using the
{{point-of-care}} {{HIV}} test and a {{creatinine}} sent the same day. Nobody has needed to
stop because of their {{eGFR}}. Best of all, 11 were from groups we usually lose to
follow-up, including three trans women referred by [[organisation:Sunflower Trans Support]]
and two men from the [[organisation:Balkan Community Association]].

Special thanks to [[name:Rhiannon ap Gwilym]] for the {{PGD}} and to [[name:Lan]] on
reception for the new triage question.

Best wishes,
[[name:Tomasz]]

[[name:Tomasz Wiśniewski]]
{{Advanced Nurse Practitioner}} - {{HIV prevention}}
[[organisation:Dunmoor Community Health NHS Trust]]
Ext [[phone:4417]]
""")),
    ("health", "incident", block("""
{{Teams}} chat - [[organisation:Linwood]] clinic floor - [[date:Mon 25/03]]
[[name:Gülşen Yıldırım]] 16:48
walk-in list closed, 14 still waiting, told the rest to come back tmrw
[[name:Raghunathan, Pradeep]] (Dr) 16:52
ok. anyone at the desk with a {{PEPSE}} query??
[[name:Gülşen Yıldırım]] 16:55
one guy earlier said "condom split sat night" but I sent him away before I saw this sorry 😞
[[name:Raghunathan, Pradeep]] (Dr) 16:56
pls try to call him back - do we have a number
[[name:Gülşen Yıldırım]] 17:03
he didn't leave one, just first name [[name:Arjun]]

Incident note ([[name:P. Raghunathan]], {{consultant}}): a patient with a possible PEPSE
indication at about 44 hours was turned away at the desk. He came back on
[[date:Weds 27/03]] at 08:00, outside the 72-hour window. {{Baseline HIV}} test negative;
{{PrEP}} discussed and started. Reception {{triage script}} to ask the {{PEP}} question first
when the list closes. Ref [[case_reference:DTX-24-1128]].
""")),
    ("health", "near_miss", block("""
Timeline - near miss, {{ceftriaxone}} and {{penicillin allergy}}
Patient: [[name:Mehmet Aydın]], clinic no [[case_reference:LW-239902]], NHS [[nhs_number:401 023 7198]]
Reason: {{gonorrhoea}} contact
[[date:09/04/24]]
14:10  Seen by {{FY2}} Dr [[name:Abigail Thorne]]. Allergy box on the {{EPR}} reads {{NKDA}}. Patient mentions "penicillin makes me swell up" - not written down.
14:25  {{Ceftriaxone}} 1g {{IM}} prescribed per the {{BASHH}} guideline.
14:32  Nurse [[name:Faith Mwangi]] repeats the allergy check before drawing up; patient describes {{anaphylaxis}} to {{amoxicillin}} treated at [[organisation:St Cuthbert's Hospital]] {{A&E}}.
14:40  Not given. Discussed with consultant Dr [[name:Adaeze Okoro]]; {{gentamicin}} plus {{azithromycin}} given instead.
14:55  EPR allergy updated; {{GP}} at [[organisation:Fernbank Medical Practice]] asked to confirm the history.
Learning: at booking the allergy question is only a tick box. The nurse's check before
administration caught it.
""")),
    ("health", "success", block("""
{{Partner Notification}} {{MDT}} - minutes - [[date:18 April 2024]]
Attendees: [[name:Marguerite Okafor]] ({{Senior HA}}, chair), [[name:Benedikt Sauer]] ({{HA}}), Dr [[name:Adaeze Okoro]], [[name:Tomasz Wiśniewski]] ({{ANP}}), [[name:Lan Nguyen]] (admin, notes)
Apologies: [[name:Sunita Bhattacharya]], [[name:Hope]] (student nurse)

1. Learning from success - {{HIV}} {{PN}} case [[case_reference:LW-238814]]
[[name:MO]] presented. New diagnosis in {{February}}; all three partners in the
{{look-back period}} tested within 10 days, one positive and now on {{ART}}. What helped:
[[name:MO]] agreed the PN plan with the patient on day one; the {{anonymous text}} service
was used for one contact; [[name:Benny]] did a home visit to
[[address:Flat 3, 17 Weaver Court, Dunmoor]] [[postcode:DM1 5HW]] with consent.
2. PN within 4 weeks now 82% (target 60%).
3. Actions: [[name:LN]] to add the case to the {{GUMCAD}} audit; [[name:BS]] to write it up for
the {{UKHSA}} regional meeting.
""")),
    ("health", "incident", block("""
FRIDGE TEMPERATURE BREACH - {{Clinic Room 2}} vaccine fridge
Date     | Time  | {{Min}} | {{Max}} | Now  | Checked by
[[date:13/05/24]] | 08:45 | 2.9 | 7.6  | 5.1  | [[name:AK]]
[[date:14/05/24]] | 08:50 | 3.1 | 7.8  | 4.9  | [[name:AK]]
[[date:15/05/24]] | -     | -   | -    | -    | not done
[[date:16/05/24]] | 09:05 | 1.8 | 14.2 | 11.6 | [[name:Shahana]]

[[name:Shahana]] found the door not fully shut on [[date:Thurs 16th]] - a box of
{{Gardasil 9}} was stopping the seal. All stock quarantined (about £6,900, including 120
doses of {{HPV}} vaccine plus {{hep A}} and {{hep B}}). Pharmacist [[name:Niall Buckley]]
contacted the manufacturers: 60 doses usable, the rest destroyed. 23 patients vaccinated on
[[date:15/05]] and [[date:16/05]] are being reviewed by the {{immunisation lead}}. No check
was done on [[date:15/05]] because the {{HCA}} who does it was off and nobody covered. The
{{data logger}} is now set to alarm. Ref [[case_reference:DTX-24-1342]].
""")),
    ("health", "near_miss", block("""
Reception handover - lates - [[date:Mon 20/05]]
* 3 {{unmatched}} lab results left in [[name:Dee]]'s tray
* {{Tigrinya}} interpreter booked for clinic no [[case_reference:LW-240512]] tmrw 10:30
* NEAR MISS: a woman phoned asking if her partner [[name:Craig Mullan]] had "been in for his
results yet". I still had his record open from an earlier call and nearly said yes. Stopped
myself and said we can't confirm who attends. She got angry and said she'd "find out at the
{{walk-in}}". Told [[name:Kasia]] ({{duty HA}}) in case it's a {{DV}} situation - she's added
an alert and will ring [[name:Craig]] on the number he gave us, [[phone:07700 900 146]].
* Reminder to all: close records between calls!!
[[name:Precious]]
""")),
    ("health", "success", block("""
Compliment - {{Friends and Family Test}} card, [[date:May 2024]]
"I came in on [[date:Friday 3rd]] really scared after a positive {{HIV}} {{self-test}} I did at
home. The health adviser [[name:Jude]] sat with me for nearly an hour and explained
everything. The {{confirmatory test}} came back the next day and the doctor,
Dr [[name:Ferreira]], started my medication the same afternoon. I'm [[age:19]] and I honestly
thought my life was over. [[name:Jude]] even helped me ring my {{GP}} on speaker so I didn't
have to do it alone. Please tell them they probably saved me." - {{Anonymous}}

Manager's note: shared with [[name:Jude Abara]] and Dr [[name:Inês Ferreira]].
{{Rapid ART}} start in line with {{BHIVA}} guidance; {{peer support}} linked via
[[organisation:Positive Pathways Dunmoor]]. Both nominated for {{Team of the Month}}.
""")),
    ("health", "incident", block("""
From: [[name:Sunita Bhattacharya]] <[[email:sunita.bhattacharya@nhs.net]]>
To: {{Information Governance}} <[[email:dch.ig@nhs.net]]>
Date: [[date:22/05/2024]] 11:02
Subject: IG incident - appointment letter sent to home address

Hi [[name:Kofi]],

Reporting a breach. A patient who had opted out of postal contact (clinic no
[[case_reference:LW-238190]]) was sent a {{colposcopy}} follow-up letter at
[[address:8 Dovecote Lane, Hallam Vale]], [[postcode:DN7 4QS]], with our logo on the
envelope. Her husband opened it. She rang today very distressed and says there is now
"trouble at home". The {{duty HA}}, [[name:María José Ortega]], completed a {{DASH}} risk
assessment with her (high) and referred to {{MARAC}} and the {{IDVA}} service.

Cause: the {{no letters}} flag on the {{EPR}} does not carry over to referrals booked by
[[organisation:St Cuthbert's Hospital]] colposcopy, which prints its own letters.
Also logged on {{Datix}} ([[case_reference:W-114207]]).

Thanks,
[[name:Sunita]]
{{Lead Nurse}}, [[organisation:Linwood Centre]]
""")),
    ("health", "near_miss", block("""
[[name:Wiśniewski, Tomasz]] 10:14
has anyone looked at the bloods for [[case_reference:LW-237655]]? {{eGFR}} 52 on his {{PrEP}} monitoring, down from 88 in {{Jan}}
[[name:Okoro, Adaeze]] (Dr) 10:20
no - result came in [[date:2 May]] and was filed as normal in the batch sign-off 😬 he collected another 3 months of {{Truvada}} on [[date:8 May]]
[[name:Wiśniewski, Tomasz]] 10:22
I'll call him now. switch to {{event-based dosing}}? or stop?
[[name:Okoro, Adaeze]] (Dr) 10:24
stop daily for now, repeat {{U&E}} this week, ask about {{NSAIDs}} and {{creatine}} - he's a bodybuilder I think
[[name:Wiśniewski, Tomasz]] 10:41
spoke to him - on creatine + {{ibuprofen}}. stopping both, bloods Fri. near miss as no harm yet
[[name:Okoro, Adaeze]] (Dr) 10:43
thanks [[name:Tom]]. I'll take the batch sign-off to {{governance}} - abnormal {{renal}} results shouldn't be filed by admin
""")),
    ("health", "incident", prose("""
needlestick - [[date:28/5]] approx {{15:40}} {{clinic rm 3}}. taking {{bloods}} for
{{HIV}}/{{syph}} screen, pt jumped as i was taking out the {{butterfly}} and it went into my
left thumb thru the glove. bled it + washed under running water, told [[name:Stef]] (nurse
in charge). source pt ([[case_reference:LW-240688]]) consented to {{BBV}} testing,
{{rapid HIV}} neg. went to {{OH}} at [[organisation:St Cuthbert's]] next morn, {{hep b}}
immune. sharps bin in rm 3 was overfull so i couldnt dispose straight away which is why i
was still holding it. bins in 3 + 5 now changed. pls can {{facilities}} collect more often.
[[name:Ngozi A]] {{HCA}} ext [[phone:4432]]
""")),
    ("health", "success", prose("""
Learning from excellence - accessible consultation for a {{Deaf}} young person. On
[[date:30 April 2024]] a [[age:17-year-old]] Deaf young man attended the {{under-25s}}
clinic with his {{youth worker}} from [[organisation:Dunmoor Deaf Youth Project]]. Reception
noticed on the booking note that he uses {{BSL}} and, rather than relying on his youth
worker or written notes, [[name:Bilal Chaudhry]] rebooked the slot for 45 minutes and
arranged a registered {{BSL interpreter}} through [[organisation:SignLink North]]. In the
consultation the nurse, [[name:Róisín McAteer]], was able to explore consent and
relationships properly; his partner was also [[age:17]] and there were no {{CSE}} concerns.
He had a full {{STI screen}}, {{condom}} advice and {{hep B}} vaccination. He later emailed
to say it was the first health appointment that had "talked to me not about me". Learning
shared: the {{Accessible Information Standard}} flag works when reception act on it.
[[name:Bilal]] has been nominated for the Trust's {{Star Award}}.
""")),
    ("health", "near_miss", block("""
SBAR - NEAR MISS - under-16 {{contraceptive implant}}
S: On [[date:Tuesday 4 June]] a {{Nexplanon}} fit was booked for a patient the system showed
as [[age:16]]. Clinic no [[case_reference:LW-240733]], NHS no [[nhs_number:729 304 6154]].
B: She registered online and typed her DOB as [[date_of_birth:19/05/2008]]. At the pre-fit
check nurse [[name:Hannah-Mae Corrigan]] asked her to say her DOB aloud:
[[date_of_birth:19/05/2009]]. She is [[age:15]].
A: Under 16, so the {{under-16s safeguarding proforma}}, a {{Fraser guidelines}} assessment
and a discussion with the {{safeguarding lead}} were all needed first. None had been
triggered because the age flag runs off the online DOB.
R: Fit delayed 40 minutes while these were done; no concerns; fitted same day. {{IT}} asked
to add a DOB confirmation field and flag under-18 online bookings for {{triage}}.
Reported by [[name:H. Corrigan]], {{Band 6}} nurse.
""")),
    ("health", "success", block("""
Posted in {{General}} by [[name:Sunita Bhattacharya]] - [[date:14 June]]
Please join me in thanking [[name:Lan]] and [[name:Gülşen]] on reception 👏
On {{Wednesday}} a woman at the desk quietly used the {{Ask for ANI}} code word. [[name:Lan]]
took her straight to a private room without any fuss while [[name:Gülşen]] kept her
partner, who had followed her in, chatting about parking permits. The {{duty HA}},
[[name:Joy]], saw her within five minutes, and she left with a safety plan, an {{IDVA}}
referral to [[organisation:Harbour Women's Aid]] and a safe number to call. Textbook - and
exactly what we practised in the {{SafeLives}} session in {{March}}.
❤️ 14   👏 9
[[name:Benny Sauer]]: absolute legends 🙌
[[name:rhi]]: so proud of you both x
[[name:Kasia Wróblewska]]: 💜 this is why reception are the front line
""")),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
Occurrence ref [[case_reference:HVA-OR-24-0117]]. On [[date:6 March 2024]] at
{{1412 UTC}}, [[flight_number:NWD412]], an {{ATR 72}} operated by
[[organisation:Northwind Air]] departing [[organisation:Haverleigh Airport]] runway 27, was
instructed by the {{APS}} controller to climb to {{FL70}} and turn right heading 330 against
an inbound {{Embraer 175}}, [[flight_number:SKR27K]], level at {{FL80}}. The readback was
correct. The controller did not notice the {{Mode S}} {{SFL}} showing FL80. The aircraft
climbed through FL70 and {{STCA}} activated at FL73. The controller,
[[name:Oisín Gallagher]], gave {{avoiding action}}: "[[flight_number:Northwind 412]], descend
immediately flight level seven zero". Minimum separation was 2.6 nm and 500 ft. The crew
reported they had set FL80 from their {{SID}} briefing. No {{TCAS RA}}. Assistant
[[name:Priya Sundaram]] informed the {{watch manager}}, [[name:Lars Eklund]], who took the
controller off position. An {{MOR}} has been submitted to the {{CAA}}.
""")),
    ("aviation", "near_miss", block("""
RT TRANSCRIPT (extract) - [[organisation:Haverleigh Approach]] 119.355 - [[date:14/03/24]]
1523:04 {{APP}}: [[flight_number:Northwind four one two]], descend altitude three thousand feet, {{QNH}} one zero one two
1523:10 [[flight_number:NWD421]]: Descend three thousand feet, one zero one two, [[flight_number:Northwind four two one]]
1523:14 {{APP}}: [[flight_number:Northwind four two one]], negative, maintain flight level eight zero, that was for [[flight_number:Northwind four one two]]
1523:19 [[flight_number:NWD421]]: Maintaining eight zero, [[flight_number:Northwind four two one]], sorry
1523:22 {{APP}}: [[flight_number:Northwind four one two]], descend altitude three thousand feet, QNH one zero one two
1523:28 [[flight_number:NWD412]]: Descend three thousand feet, one zero one two, [[flight_number:Northwind four one two]]

Reporter [[name:Amira Haddad]] (trainee; {{OJTI}} [[name:S. Petrov]]): both
[[organisation:Northwind]] flights were on frequency for 6 minutes. No
{{similar callsign}} warning was passed and the {{flight strips}} were next to each other.
[[flight_number:NWD421]] had not started down ({{SFL}} still 80). Suggest the {{ATSA}} marks
similar callsigns on the strips.
""")),
    ("aviation", "success", block("""
Well done [[name:Bex]]! 👏
On [[date:Friday 22nd]] our {{ATSA}} [[name:Rebecca Thornycroft]] spotted a {{7600}} squawk
15 miles south while the {{APS}} controller was busy with three inbounds. She pulled the
{{flight plan}}, identified it as {{PA-28}} [[aircraft_registration:G-BXLV]] from
[[organisation:Elmstead Flying Club]], rang the club on [[phone:01632 960 733]] and got the
instructor, [[name:Gwilym Pryce]], to confirm the student's intentions. The controller
cleared the area ahead of him and he landed safely on runway 27 on a green light from
{{Tower}}. Calm, quick, and she told the controller exactly what she'd done. That is the
{{TRM}} we train for.
[[name:Lars]] ({{Watch Manager}}, {{Blue Watch}})
""")),
    ("aviation", "incident", block("""
WATCH LOG - {{APPROACH RADAR}} - [[date:Sun 07 Apr 2024]]    {{WM}}: [[name:DF]]
0600  Watch open. [[name:DF]], [[name:KO]], [[name:AL]] ({{ATSA}}). {{SSR}} and {{PSR}} serviceable.
0642  [[name:KO]] on {{APS}}, [[name:DF]] {{OJTI}} for [[name:AL]] on the assistant desk.
0715  SSR lost - main and standby. Primary only. {{Engineering}} informed on ext [[phone:2276]].
0716  On freq: [[flight_number:CDN6HP]] 20 nm E, [[aircraft_registration:G-OKRP]] VFR 12 nm N. Both asked to report levels; {{procedural}} separation applied.
0722  [[flight_number:CDN6HP]] reports FL60, [[aircraft_registration:G-OKRP]] 2400 ft. [[organisation:Pennine Control]] informed, inbound releases restricted.
0731  [[aircraft_registration:G-OKRP]] reports 3200 ft - not cleared above 2500 ft. Traffic info to [[flight_number:CDN6HP]]. Est 1000 ft / 4 nm.
0758  SSR restored. Engineering ref [[case_reference:ENG-24-0412]].
0810  {{MOR}} raised, [[case_reference:HVA-OR-24-0131]]. [[name:KO]] relieved for a {{TRiM}} chat.
""")),
    ("aviation", "near_miss", prose("""
handover at 1330 was rushed, [[name:jas]] took over {{APS}} from me ([[name:kev]]) w 5 on
freq + 2 pre-notes. i didnt mention the {{glider}} comp from
[[organisation:Wendlebury GC]] even tho it was on the {{ops board}} + in the {{NOTAM}}.
10 mins later [[name:jas]] vectored [[flight_number:SKR31B]] ({{E175}}) thru the NOTAM'd
area at 4000ft, {{primary contacts}} popping up everywhere. [[name:Magda]] (assist) saw it
and flagged it. [[name:jas]] turned him left 30 deg, no {{TCAS}}, closest maybe 2nm. my
fault - the {{handover checklist}} does have "{{airspace activity}}" on it but i went from
memory. pls can we make the checklist actually get used. [[name:K.M.]]
""")),
    ("aviation", "success", block("""
From: [[name:Teodor Ionescu]] <[[email:teo.ionescu82@outlook.com]]>
Sent: [[date:Sun 28 Apr 2024]] 19:47
To: [[email:atc.feedback@haverleigh-airport.co.uk]]
Subject: Thank you - [[aircraft_registration:G-CKTW]] this afternoon

Dear [[organisation:Haverleigh Radar]] team,

I was flying {{Cessna 152}} [[aircraft_registration:G-CKTW]] this afternoon - a new {{PPL}}
on my first solo cross-country since passing. I got {{uncertain of position}} in haze, was
worried about fuel, and called you around 15:20.

The controller (a lady called [[name:Marisol]], I think) was so calm. She gave me a squawk,
found me within a minute and gave me headings straight to
[[organisation:Haverleigh Airport]] while keeping other traffic away. I landed with about
25 minutes of fuel. I've booked a {{nav}} refresher with my instructor at
[[organisation:Skyward Aviation Academy]].

Please pass my thanks to [[name:Marisol]] and whoever phoned the {{fire crew}} just in case.

Kind regards,
[[name:Teo Ionescu]]
[[phone:07700 900 952]]

{{WM}} note ([[name:L. Eklund]]): logged as {{learning from success}}, no {{MOR}} needed.
{{Will}} share at the next {{TRM}} day.
""")),
    ("aviation", "incident", block("""
TCAS RA REPORT - [[organisation:Haverleigh Approach]]
Date/time: [[date:18/04/2024]] {{0951 UTC}}     Ref: [[case_reference:HVA-OR-24-0152]]
Controller: [[name:Dagny Halvorsen]] ({{APR}})   Assistant: [[name:Sunny Bains]]

Callsign | Reg    | Type            | Cleared | Mode C
[[flight_number:CDN6HP]]   | [[aircraft_registration:G-CLDN]] | {{DHC-8-400}}     | 4000 ft | 4000 ft
[[flight_number:NWD88Y]]   | [[aircraft_registration:EI-FNW]] | {{ATR 72-600}}    | 5000 ft | 4600 ft

Narrative: [[flight_number:NWD88Y]] was cleared to 5000 ft on {{QNH}} 998 but the crew had
left {{standard pressure}} (1013) set. {{STCA}} alerted as it passed 4800 ft; before the
controller could transmit, [[flight_number:NWD88Y]] reported "{{TCAS}} climb".
[[flight_number:CDN6HP]] got an {{RA}} "monitor vertical speed". Minimum 1.2 nm / 600 ft.
The QNH was passed on first contact and read back as "nine nine eight". Both operators,
[[organisation:Caledon Airways]] and [[organisation:Northwind Air]], informed. {{MOR}} filed.
""")),
    ("aviation", "near_miss", block("""
#approach-ops ({{Slack}})
@[[name:marisol.v]]  14:02
heads up - {{ATIS}} {{Information Kilo}} still says QNH 1009, met obs is 1006 since 1350
@[[name:ben.h]]  14:03
oh no I've just given 1009 to [[flight_number:SKR19D]] and [[aircraft_registration:G-HVLN]]
@[[name:marisol.v]]  14:04
correct them now, I'll get {{TWR}} to update the ATIS
@[[name:ben.h]]  14:06
done, both read back 1006. [[aircraft_registration:G-HVLN]] was at 2000ft on {{base leg}}, fine
@[[name:tunde.okonjo]]  14:20
good catch. how did it happen?
@[[name:marisol.v]]  14:22
new {{METAR}} came in, [[name:Ali]] on Tower was on a break, relief didnt see it. 3 hPa = ~90 ft lower than they think, {{MSA}} margin fine today but wouldnt be in cloud over the hills
@[[name:tunde.okonjo]]  14:25
ok one of you put in a near miss report pls, and link it to the [[date:2 May]] one, same issue
""")),
    ("aviation", "success", block("""
UNIT SAFETY MEETING - [[organisation:Haverleigh ATC]] - [[date:09/05/2024]]
Attendance: [[name:Tunde Okonjo]] ({{ATC Manager}}, chair), [[name:Lars Eklund]] ({{WM}}), [[name:Marisol Valdés]], [[name:Ben Hargreaves]], [[name:Faith Achterberg]] ({{SMS}} manager), [[name:Will]] (student {{ATCO}})
Apologies: [[name:Priya Sundaram]], [[name:Mark Dunleavy]] ({{Engineering}})

Item 3 - Learning from success
[[name:FA]] presented three {{good catches}} from {{Q1}}:
a) ATSA spotted a 7600 squawk on [[aircraft_registration:G-BXLV]] ([[case_reference:HVA-LS-24-004]])
b) wrong ATIS QNH caught by cross-check ([[case_reference:HVA-OR-24-0166]])
c) [[name:Will]] challenged an unclear handover on [[date:12 April]] and asked for it again -
the {{handover checklist}} working as intended.
[[name:TO]]: the unit will now report good catches as routinely as occurrences; the
{{Just Culture}} statement to be re-briefed on {{TRM}} days.
Action: [[name:LE]] to add a good catch category to the {{SMS}} database by [[date:31 May]].
""")),
    ("aviation", "incident", block("""
RT EXTRACT - [[organisation:Haverleigh Radar]] 120.925 - [[date:11/05/2024]]
1102:30 {{RAD}}: Unknown aircraft squawking 7000, 3 miles west of [[organisation:Haverleigh Airport]], altitude 2100 feet, this is [[organisation:Haverleigh Radar]] on 120.925, if you hear, call me.
1102:55 {{RAD}}: [[flight_number:Skylark two seven kilo]], avoiding action, turn left immediately heading 180 degrees, traffic was 12 o'clock 2 miles, unverified 2100 feet.
1103:01 [[flight_number:SKR27K]]: Left 180, traffic in sight, [[flight_number:Skylark two seven kilo]].
1104:40 [[aircraft_registration:G-ZN]]: {{Radar}}, [[aircraft_registration:Golf Zulu November]], sorry, we were with [[organisation:Pennine Information]], think we clipped your zone.
1104:48 {{RAD}}: [[aircraft_registration:Golf Zulu November]], squawk 4621, remain outside controlled airspace, report full callsign and intentions.

Summary: {{infringement}} of the {{CTR}} by {{DR400}} [[aircraft_registration:G-BAZN]] from
[[organisation:Fenhurst Aero Club]]. Closest point with [[flight_number:SKR27K]] 1.1 nm /
200 ft. Pilot asked to phone the unit after landing. Infringement report sent to the
{{CAA}}; pilot referred to the {{Take 2}} guidance.
""")),
    ("aviation", "near_miss", block("""
POSITION HANDOVER - {{APS}} - [[date:Tue 14 May]] 1600
Off: [[name:Niamh Ó Briain]]    On: [[name:Haruto Sato]]
Rwy 27 in use. {{Runway change}} to 09 likely ~1630, wind backing.
Traffic: [[flight_number:NWD230]] downwind 27, 15 nm; [[aircraft_registration:G-WHHV]] holding at the {{VRP}} north.
Equipment: all serviceable. {{ATIS}} {{Information Mike}}, {{QNH}} 1017.

Post-handover note ([[name:H. Sato]], 1625): NEAR MISS. {{Tower}} changed to 09 at 1612
after a phone call with [[name:Niamh]] that she meant as "let's discuss" and they took as
agreed. I had [[flight_number:NWD230]] on a 5 nm final for 27 when [[name:Gintarė]]
({{ATSA}}) asked why the {{strip bay}} showed 09. Broke off [[flight_number:NWD230]],
re-sequenced for 09, +12 track miles, no loss of separation. Agreed with {{TWR}} supervisor
[[name:Bill Ashcombe]]: a runway change is only agreed on the {{recorded line}} using the
words "runway change agreed".
""")),
    ("aviation", "success", prose("""
Learning from success - {{PAN PAN}} medical, [[date:26 May 2024]]. At {{1738 UTC}}
[[flight_number:SKR552]], an {{E175}} operated by [[organisation:Skylark Regional]], was
transferred from [[organisation:Pennine Control]] at {{FL120}} declaring PAN for a
[[age:64-year-old]] passenger with a suspected {{stroke}}, requesting the nearest suitable
airport. {{APS}} controller [[name:Kwabena Asante-Darko]] gave a direct track and a
{{continuous descent}} while assistant [[name:Joy]] phoned the airport {{fire service}}, the
{{duty manager}} and the {{ambulance}} desk so that [[organisation:Haverleigh General Hospital]]
was pre-alerted. Two inbounds, [[flight_number:NWD230]] and [[flight_number:CDN4TR]], were
held in the {{hold}} to give a clear approach. The aircraft landed 13 minutes after first
call and paramedics were at the stand on arrival. [[organisation:Skylark Regional]] later
told us the passenger had {{thrombolysis}} within the {{golden hour}}. Why it went well:
{{emergency checklist}} used word for word, clear split of tasks, early coordination with
{{Tower}}.
""")),
    ("aviation", "incident", prose("""
drone sighting [[date:2/6]] approx 2040 local. [[flight_number:CDN4TR]] on 6nm final rwy 27
reported a {{drone}} down the left side "same level, 50 metres, white {{quadcopter}}".
landed ok. stopped arrivals 18 mins - [[flight_number:NWD88Y]] + [[flight_number:SKR19D]]
held, [[flight_number:NWD88Y]] diverted to [[organisation:Marston Field]] on fuel. rang
police on {{999}}, incident no [[case_reference:HC-0602-1531]], they sent a unit to the
{{industrial estate}} under the approach but nothing found. {{MOR}} + {{UAS}} report done,
{{watch log}} updated. [[name:Bill]] ({{WM}}) rang [[organisation:Northwind Air]] ops re the
diversion. 3rd one this month, we need a proper {{drone detection}} convo at the safety
mtg. [[name:hv]]
""")),
    ("aviation", "near_miss", block("""
OCCURRENCE REPORT FORM (internal)
Reporter: [[name:Zeynep Arslan]]      Role: {{ATCO}} ({{APS}})
Date: [[date:20/06/24]]   Time: {{1215 UTC}}   Ref: [[case_reference:HVA-NM-24-021]]
Aircraft: [[flight_number:NWD714]] ([[aircraft_registration:G-NWDF]]); {{Cessna 172}} [[aircraft_registration:G-BRTJ]]
Category: near miss - wrong aircraft identified

Description: Two aircraft were showing squawk 4632: [[aircraft_registration:G-BRTJ]]
(allocated) and a {{conspicuity}} aircraft that had set the same code by mistake. I
identified the wrong one from a position report and was about to give
[[aircraft_registration:G-BRTJ]] a heading across the {{final approach}} track of
[[flight_number:NWD714]]. Before I transmitted, assistant [[name:Dev]] pointed out that the
{{Mode S}} aircraft ID on that track read [[aircraft_registration:G-ORMA]]. Re-identified
[[aircraft_registration:G-BRTJ]] by {{ident}}. No instruction went to the wrong aircraft.
Why: reliance on a position report alone; Mode S ID not in the default {{track label}}.
Suggestion: add the Mode S aircraft ID to the default label.
Signed: [[name:Z. Arslan]]
""")),
    ("aviation", "success", block("""
WhatsApp - "{{C Watch}} 🛫"
[[date:03/07/2024]], 22:41 - [[name:Tunde]]: Just read the night report. Fantastic job tonight [[name:Hamza]] and [[name:Rosa]] 👏
[[date:03/07/2024]], 22:43 - [[name:Hamza Al-Rashid]]: cheers boss. 4 {{SRAs}} back to back after the {{ILS}} went u/s at 2105, cloud 300ft. [[name:Rosa]] had the {{missed approach}} plan briefed before I'd even asked
[[date:03/07/2024]], 22:44 - [[name:Rosa Kerr-Lindqvist]]: team effort 😊 last one was [[flight_number:NWD1190]] and the captain said it was the best talkdown he'd had
[[date:03/07/2024]], 22:47 - [[name:Tunde]]: Please both do a quick {{learning from excellence}} write-up for the {{SMS}}. [[name:Lars]] can we use it at the next {{TRM}} day?
[[date:03/07/2024]], 22:52 - [[name:Lars Eklund]]: 100%. And [[name:Hamza]] that's your {{SRA}} {{competency}} well and truly proven 😄
""")),
    ("aviation", "incident", block("""
LOSS OF SEPARATION - HOLDING - [[date:Saturday 13 July 2024]]
Ref: [[case_reference:HVA-OR-24-0219]]   Controller: [[name:Emre Yıldız]] ({{APS}})   Assistant: [[name:Gracjan Nowak]]
Weather: {{CB}} overhead, arrivals held in the {{hold}}.

1611     Stack: [[flight_number:SKR19D]] 5000 ft, [[flight_number:NWD412]] 6000 ft, [[flight_number:CDN6HP]] 7000 ft.
1617     Weather clears. [[flight_number:SKR19D]] cleared to leave the hold heading 090, descend 3500 ft.
1618     [[flight_number:NWD412]] told to descend 5000 ft. [[flight_number:SKR19D]] was still turning on the {{outbound leg}} at 4800 ft.
1618:40  {{STCA}} white then red. [[flight_number:SKR19D]] 4600 ft, [[flight_number:NWD412]] passing 5300 ft, 1.8 nm.
1618:50  [[flight_number:NWD412]] told to stop descent at 5500 ft; crew had already levelled off on a {{TCAS TA}}.
1620     1000 ft restored.

Minimum 700 ft / 1.6 nm (required 1000 ft or 3 nm).
Controller comment ([[name:E. Yıldız]]): "I saw [[flight_number:SKR19D]]'s label start to drop
and used the level before the {{Mode C}} showed it clear."
{{Watch Manager}} [[name:Lars Eklund]] relieved [[name:Emre]]; {{TRiM}} offered; {{MOR}} filed.
""")),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind207", REPORTS))
