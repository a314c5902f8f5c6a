"""Held-out blind corpus 219: 50 hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures how
well de-identification generalises. Every person, organisation, place and number is invented.

Settings:
- social_care (17): a youth justice service - YOT case managers, referral order panels, bail
  and remand, police custody, appropriate adults and victim workers.
- health (17): maternity triage and the labour ward - midwives, obstetric registrars, CTG,
  PPH, the triage phone line and birth partners.
- aviation (16): an airport rescue and firefighting service (RFFS) - watch managers, crash
  tenders, standbys, fuel spills and full-emergency calls from ATC.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes (SBAR),
minutes with attendance and apologies, pipe-separated tables, RT transcripts, call
transcripts, shout-outs and thank-you notes.

Mark-up: [[label:value]] marks an identifier, {{term}} a mention that must not be redacted.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind219.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
quick note b4 i forget - [[name:kayden]] ([[age:15yo]]) arrested approx 2330 last nite, taken to {{custody}} at [[organisation:Hartwell Police Station]]. {{appropriate adult}} not requested til 0340?? {{EDT}} said nobody on the AA rota after midnight. {{mum}} [[name:Shanice]] not answering, i tried [[phone:07700 900512]] x3 this am.
so he sat in a cell 4hrs+ with no AA & no solicitor. DS [[name:Mallory]] told the {{custody sgt}} interview cld wait til morning which is fine but nobody checked {{PACE}} {{Code C}} for a juvenile. also not offered food til 0600 acc to him.
{{YOT}} ref [[case_reference:YJ/24/0388]]. have emailed {{HoS}} + will do the incident form properly on [[date:Weds 14th]]. also need to check his {{bail}} from [[date:3 Feb]] - think its still live
- [[name:tb]]
""")),
    ("social_care", "near_miss", prose("""
On [[date:9 April 2024]] I was preparing the pack for an initial {{referral order panel}} for a
[[age:16-year-old]]. The pack included the {{victim impact statement}} from Mrs
[[name:Grace Adebayo-Lowe]], who had opted into {{restorative justice}} but had asked that her
home address was not shared. While proof-reading I noticed the header of the statement still
showed her full address, [[address:14 Tennyson Close, Brackenfield]], [[postcode:BK4 7RD]], and
her mobile [[phone:07700 900733]]. The pack was due to be posted to the young person's family and
to the two {{panel members}} that afternoon. I stopped the post, redacted the header and
re-checked every page. Mrs [[name:Adebayo-Lowe]] was not told as nothing left the office, but I
have discussed with my manager [[name:Rhodri]] whether she should be. The template pulls contact
details from the victim record in {{ChildView}} automatically. I suggest the {{victim liaison}}
fields are removed from the template and a second check is added before panel packs leave the
{{YOT}}. Case ref [[case_reference:RO-2024-0157]]. {{IG}} advised the {{ICO}} threshold was not
met.
""")),
    ("social_care", "success", block("""
Teams chat - YJS team channel
[09:02] [[name:Priya Ramaswamy]]: massive shout out to [[name:Hope]] for yesterday's {{referral order panel}} 🙌 young person was refusing to come in, she went out to the house, sat with him + his {{nan}} on the doorstep for 40 mins and got him there for 4pm
[09:04] [[name:Hope Okonkwo]]: aw thank you! tbf [[name:Stevie]] from {{ETE}} did the heavy lifting, he already knew the lad from [[organisation:Castlegate Academy]]
[09:05] [[name:Stevie Laird]]: team effort 😄 {{panel chair}} Mr [[name:Hussain]] was brilliant too, kept it really informal
[09:07] [[name:Priya Ramaswamy]]: contract signed, 3 months, {{reparation}} at [[organisation:Saltmere Community Allotments]] starting [[date:Sat 20th]]. {{victim}} consented to an {{indirect reparation}} letter. Really good {{restorative}} practice - putting it in the {{learning log}} 👍
[09:08] [[name:Hope Okonkwo]]: 💛
""")),
    ("social_care", "incident", block("""
Chronology - remand to {{YDA}} - [[name:Mateus Carvalho-Reid]] ([[age:16]]) - [[date:Thursday 11 July]]
10:15 Listed at [[organisation:Brackenfield Magistrates' Court]] ({{youth court}} sitting). {{Bail}} opposed by {{CPS}}.
12:40 Remanded to {{youth detention accommodation}}. {{YCS}} {{Placement Team}} contacted by court officer [[name:Leanne]].
13:30 Placement confirmed at [[organisation:Fellbrook Secure Children's Home]].
14:05 I completed the {{Person Escort Record}}; flagged {{ADHD}} meds ({{methylphenidate}}) and {{self-harm}} history.
16:20 Escort van [[vehicle_registration:KX72 TNB]] left court. Meds not handed over - still in {{Mum}}'s bag, she was in the waiting area.
19:45 [[organisation:Fellbrook]] rang the duty mobile: arrived, no meds, and the {{PER}} was missing the self-harm flag.
20:10 {{Mum}} ([[name:Claudette]]) agreed to drop meds at reception next morning.
21:00 Night staff put him on 15-min {{obs}} as a precaution.
Learning: the printed PER differed from the version I completed on the {{PECS}} portal - raised with {{YCS}} (ref [[case_reference:PER-0719-4482]]).
""")),
    ("social_care", "near_miss", block("""
From: [[name:Dawn Fairweather]] <[[email:dawn.fairweather@brackenfield.gov.uk]]>
To: YJS Managers
Sent: [[date:22 May 2024]] 08:17
Subject: Near miss - wrong curfew address on {{ISS}} bail

Morning all,

Flagging a near miss from {{Tuesday}}. [[name:Ibrahim]] ([[case_reference:YJ/24/0231]]) was granted {{bail with ISS}} and an {{electronically monitored curfew}}. The court register listed his old address ([[address:7 Lime Kiln Row, Saltmere]]) rather than his {{nan}}'s ([[address:41 Peel Street, Brackenfield]] [[postcode:BK1 2WS]]). The {{EM}} provider had booked the tag fit at the old address for 19:00. His {{case manager}} [[name:Kwame]] spotted it on the confirmation at 16:30 and rang the {{legal adviser}}, who re-issued the order before the visit.

If the tag had gone on at the wrong address he'd have been in breach from night one.

Action: case managers to check the court result sheet against {{AssetPlus}} on the day, not next morning.

Thanks
[[name:Dawn]]

[[name:Dawn Fairweather]]
{{Team Manager}}, Court & Bail
[[organisation:Brackenfield Youth Justice Service]]
Tel: [[phone:01632 960418]]
""")),
    ("social_care", "success", block("""
Thank-you card received by the {{victim worker}} team on [[date:2 March]] - typed up with permission for the {{learning log}}:

Dear [[name:Faith]],
When you first rang us after the burglary we wanted nothing to do with {{restorative justice}}. You never pushed. You came to the house three times, explained what a {{conference}} would look like and even brought the {{facilitator}}, Mr [[name:Yusuf]], to meet us first. Sitting across from that boy at [[organisation:St Aidan's Community Centre]] was the hardest thing we have done, but [[name:Bill]] says he slept properly afterwards for the first time since the break-in. His letter is on our fridge.
With love and thanks,
[[name:Marguerite]] & [[name:Bill]]

Manager's note: {{RJ}} conference held [[date:15/02/24]], victim satisfaction 10/10 on the {{YJB}} survey. Brilliant work [[name:Faith]].
""")),
    ("social_care", "incident", block("""
INCIDENT REPORT FORM - {{Youth Justice Service}}
Name of young person: [[name:Tyler-James Rourke]]
DOB: [[date_of_birth:17/08/2009]]
YJ Ref: [[case_reference:YJ/23/1140]]
PNC: [[case_reference:23/0098765X]]
Address: [[address:Flat 3, 22 Marsh Lane, Saltmere]] [[postcode:SM2 9EL]]
Allocated case manager: [[name:Bartosz Wiśniewski]]
Date of incident: [[date:02/05/24]]
Location: {{interview room}} 2, [[address:Unit 4, Harbour Road, Saltmere]]
Type: {{Violence / aggression}}
Description: [[name:TJ]] attended for his {{supervision}} appointment. While discussing his {{ISS}} timetable he became agitated and threw a chair, which struck the glass panel. [[name:Bartosz]] pressed the {{panic alarm}}; {{duty manager}} [[name:Soo-ah Kim]] attended within a minute. No injuries. [[name:TJ]] left the building; police not called at the time. {{Mum}} informed by phone.
Actions: {{risk assessment}} updated, {{AssetPlus}} review brought forward, next appointments to be two-staff.
Completed by: [[name:B. Wiśniewski]]
""")),
    ("social_care", "near_miss", block("""
WhatsApp - YJS court duty
08:41 - [[name:Joy N]]: morning, {{PSR}} for [[name:C.M.]] about to go to court, which email do we use now the {{list office}} moved?
08:43 - [[name:Marek]]: [[email:hartwellyouth.listings@justice.gov.uk]] (the {{CJSM}} one)
08:52 - [[name:Joy N]]: oh god. {{autocomplete}} gave me [[email:hartwell.listing@gmail.com]] first - thats [[name:C.M.]]'s uncle?? he emailed us last week about lifts 😳
08:53 - [[name:Marek]]: STOP dont send
08:53 - [[name:Joy N]]: didnt!! caught it on the {{To line}}. sent to the secure one instead
08:55 - [[name:Marek]]: phew. can u clear the autocomplete + tell [[name:Aisling]]? its happened before w the {{CPS}} inbox
08:56 - [[name:Joy N]]: done. will log as a {{near miss}} on the {{IG}} form, ref [[case_reference:IG-NM-0412]]
""")),
    ("social_care", "success", block("""
Minutes - {{Referral Order}} progress panel / multi-agency review - [[date:18 June 2024]]
Present: [[name:Rosalind Achebe]] ({{panel chair}}, community volunteer), [[name:Tomasz Grabowski]] ({{case manager}}), [[name:Amber Li]] ({{CAMHS}} link), PC [[name:Okoro]] ({{police officer}}, YOT), [[name:Siobhán Ní Mhurchú]] ({{victim worker}})
Apologies: [[name:Will Stanbury]] ({{ETE}}), [[name:Ngozi]] (school)
1. Progress: [[name:KO]] ([[age:aged 15]]) has completed 14 of 18 {{reparation}} hours at [[organisation:Fairfield Food Bank]]. Attendance at [[organisation:Saltmere Pupil Referral Unit]] up from 41% to 86%.
2. Health: [[name:Amber]] confirmed {{CBT}} sessions continuing; {{SDQ}} score improved.
3. Victim: [[name:Siobhán]] reported the victim was pleased with the letter of apology.
4. Decision: panel agreed to recommend early revocation to the {{Youth Court}} for good progress.
Action: [[name:Tomasz]] to draft the report for court by [[date:2 July]].
""")),
    ("social_care", "incident", block("""
OOH handover - {{EDT}} -> {{YOT}} duty, [[date:Sat 6 Jan]]
- [[name:Rhiannon Pugh]] ([[age:14]]) arrested for {{criminal damage}}, released from [[organisation:Hartwell Police Station]] at 02:10 under {{RUI}}. No AA present at release, {{mum}} not contactable, custody let her walk out alone - no taxi, phone dead.
- Turned up at her {{sister}} [[name:Kerys]]'s flat approx 03:30.
- Custody record [[case_reference:HW/00982/24]].
- {{social worker}} [[name:Gav]] aware, will raise with the {{custody inspector}}.
- {{MASH}} referral done by EDT overnight.
- Worry: 3rd time this yr a juvenile released from [[organisation:Hartwell]] at night without an {{appropriate adult}}. needs escalating.
- To do today: check-in call, update {{AssetPlus}}.
handed over by [[name:Mo]] (EDT) to [[name:jules]]
""")),
    ("social_care", "incident", block("""
Disclosure error - timeline | ref [[case_reference:YJS-IR-24-061]]
Date | Time | What happened | Who
[[date:04/03]] | 11:20 | {{PSR}} for [[name:L.D.]] emailed to the wrong firm ([[organisation:Pemberton Law]], acting for the co-defendant) | [[name:Ayesha Chowdhury]]
[[date:04/03]] | 15:05 | [[organisation:Pemberton]] rang to say received, deleted, confirmation email sent | [[name:Howard Leigh]]
[[date:04/03]] | 15:30 | Reported to {{team manager}} and {{Data Protection Officer}} | [[name:Ayesha]]
[[date:05/03]] | 09:00 | [[name:L.D.]] and {{mum}} informed, apology given | [[name:Ayesha]] / [[name:Gethin]]
[[date:06/03]] | - | {{ICO}} not notified ({{DPO}} decision: low risk, deleted within 4 hrs) | {{DPO}}
Learning: the report also contained a sibling's {{CSC}} history. Solicitor addresses are picked from a drop-down where [[organisation:Pemberton Law]] sits directly above [[organisation:Pembridge & Co]], the correct firm.
""")),
    ("social_care", "near_miss", prose("""
nearly had victim + yp in reception at the same time today!! [[name:sunny]] ({{victim worker}}) had
booked mrs [[name:khatun]] in for 2pm to go through the {{RJ}} letter and i had [[name:jayden]]'s
{{supervision}} at 2.15, same building same reception. realised at like 1.40 when i saw the room
booking on {{outlook}}. rang mrs [[name:khatun]] and asked her to come to the side door, moved
[[name:jayden]] to the annex. no harm but she wd have been v distressed - he broke her sons nose.
theres no flag on {{ChildView}} for victim/yp in the same office. pls can we add one?? also the
{{sign in book}} at {{reception}} shows full names on one page, anyone can read it. sorry for typos
on my phone. [[name:Mark]]
""")),
    ("social_care", "success", prose("""
Learning from success: bail support package avoided a remand. On [[date:28 March 2024]]
[[name:Kofi Mensah-Bright]], [[age:aged 17]], appeared at [[organisation:Hartwell Magistrates' Court]]
charged with {{robbery}}. The {{CPS}} opposed {{bail}}. Our court officer [[name:Grace Whitlock]] had
put a package together overnight: {{ISS}}, a {{curfew}} at his grandmother's, a mentoring slot at
[[organisation:Kickstart Boxing Club]] and a confirmed place at [[organisation:Hartwell College]],
with a supporting letter from his {{social worker}}. The {{District Judge}} granted bail. Eight
weeks on, [[name:Kofi]] has had no breaches and has attended every {{ISS}} session. What made the
difference was having the {{ETE}} place confirmed in writing before the hearing and
[[name:Grace]]'s early call to the {{defence solicitor}}, so the package was argued rather than
improvised. We would like this approach built into the {{court duty}} checklist.
""")),
    ("social_care", "incident", block("""
From: [[name:Oyelaran, Tunde]] <[[email:tunde.oyelaran@saltmere.gov.uk]]>
To: [[email:dsl@stbedes.sch.uk]]
Date: [[date:Mon 15 Apr]]
Subject: RE: information shared in error - [[case_reference:YJ/24/0099]]

Dear Ms [[name:Feeney]],

Thank you for letting us know. I can confirm that the {{AssetPlus}} extract I sent to [[organisation:St Bede's RC High School]] on [[date:11 April]] should have been the education section only. The attachment also included a sibling's details and {{mum}}'s {{domestic abuse}} history from {{MARAC}}.

Please delete it from your inbox and deleted items and confirm by return. I have reported this to {{Information Governance}} as a {{data breach}} (ref [[case_reference:IGB-2024-077]]) and will speak to the family today. As {{DSL}} you were absolutely right to flag it.

Kind regards
[[name:Tunde]]

[[name:Tunde Oyelaran]] | {{Case Manager}} | [[organisation:Saltmere Youth Offending Team]] | [[phone:01632 960227]]
""")),
    ("social_care", "near_miss", block("""
#yjs-transport (Slack export)
[[name:sam.okafor]] 10:14: heads up - nearly put [[name:Lewis]] and [[name:Dion]] in the same car this morning for {{reparation}} 🚗
[[name:sam.okafor]] 10:15: both going to the [[organisation:Brackenfield Canal Trust]] site. didnt clock they're co-defendants on the same {{robbery}} + {{non-association}} condition on [[name:Dion]]'s {{bail}}
[[name:hollie.b]] 10:17: omg. who caught it?
[[name:sam.okafor]] 10:18: [[name:Pat]] from {{admin}} when she logged the pool car ([[vehicle_registration:YF21 OPK]]) - she cross-checked the {{bail conditions}} list. legend
[[name:hollie.b]] 10:20: we need a flag on the {{transport sheet}}. will raise at {{team meeting}} [[date:Thurs 9th]]
[[name:sam.okafor]] 10:21: 👍 logging it as a {{near miss}}
""")),
    ("social_care", "success", prose("""
Shout-out 🌟 to Sgt [[name:Ellis]] and {{detention officer}} [[name:Marisol]] at
[[organisation:Hartwell Police Station]] on [[date:12/08]] for phoning our {{duty officer}} the
minute a [[age:13-year-old]] was booked in, holding the {{interview}} until the
{{appropriate adult}} ([[name:Hamza]]) got there, and keeping him in the {{detention room}} rather
than a cell. {{Liaison and Diversion}} saw him within the hour and he was home by 9pm. This is
exactly what the {{Concordat on Children in Custody}} asks for. Thanks from all of us at the
{{YOT}} - [[name:Ros]]
""")),
    ("social_care", "incident", block("""
Incident - {{PACE}} transfer not achieved - [[name:Ahmad Zadran]] ([[age:15]]), {{UASC}}
[[date:Wed 17 Jan]]
18:40 charged, refused {{bail}} by the {{custody sergeant}} at [[organisation:Hartwell Police Station]]. s.38(6) transfer requested from {{Children's Services}} {{EDT}}.
19:15 EDT ([[name:Lorraine]]) - no {{local authority accommodation}} available, {{secure}} not required.
20:30 {{interpreter}} (Pashto) arrives, 2 hrs after charge.
22:30 still no bed. Insp [[name:Thackeray]] signed the certificate that transfer was impracticable.
next day 09:30 produced at court from custody, bailed to his {{foster carer}} [[name:Bronwen Tait]].
Learning: 4th {{PACE}} transfer failure this quarter. [[name:Ahmad]] spent 15 hrs in a cell. Needs raising at the {{Youth Justice Partnership Board}} with {{Children's Services}}.
""")),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
triage line - missed call back
lady [[name:Precious Adjei]] {{34+3}}, rang 0215 with {{reduced FM}}, told by the {{MCA}} to 'have a cold drink and ring back if no better'. shd have been invited straight in as per {{RCOG}} + our {{BSOTS}} guidance.
rang again 0610, came in 0705, {{CTG}} {{pathological}}, {{cat 1 LSCS}} 0748. baby to {{NNU}}, cord gases ok-ish.
triage log doesnt show the 0215 call at all?? only found it on the phone system.
hosp no [[case_reference:SW2271904]]
pls review {{triage phone line}} staffing at night - its 1 {{MW}} + the MCA covering the whole of {{MAU}}
- [[name:kemi]] {{B6}}
""")),
    ("health", "near_miss", prose("""
On the night shift of [[date:3 November]] there were two women with the surname
[[name:Kowalczyk]] on the {{labour ward}}: [[name:Agnieszka Kowalczyk]] in room 4 ({{induction}},
{{O negative}}) and [[name:Natalia Kowalczyk]] in room 9. A {{group and save}} and {{FBC}} were
taken from the woman in room 9 by the {{obstetric registrar}}, Dr [[name:Oyelowo]], who printed
labels from the {{EPR}} by picking the first matching surname - the room 4 hospital number,
[[case_reference:SGH1182765]]. The {{midwife}} in charge, [[name:Maeve]], noticed at the bedside
check that the date of birth on the label ([[date_of_birth:14/06/1991]]) did not match the
wristband before the bottles were sealed. New labels were printed (hospital number
[[case_reference:SGH1194410]]) and the samples sent correctly. Had they gone, this would have been
a {{wrong blood in tube}} event with a real risk of incorrect {{anti-D}} decisions. Suggest a
same-name alert on the {{whiteboard}} and that labels are only ever printed at the bedside, as the
{{SHOT}} guidance already says.
""")),
    ("health", "success", block("""
To: Labour Ward team
Subject: THANK YOU - {{PPH}} room 7, [[date:Fri 9th]]

Hi all,
A huge thank you to everyone who came to the {{obstetric emergency}} call on {{Friday}} night - a 2.4L {{major obstetric haemorrhage}} after a {{forceps}} delivery. [[name:Joy]] pulled the {{emergency buzzer}} straight away, [[name:Rahul]] ({{ST5}}) was in the room in under a minute, and our {{anaesthetist}} Dr [[name:Fitzgerald-Obi]] had two large-bore lines in while the team gave {{carboprost}} and {{tranexamic acid}} and got the {{Bakri balloon}} ready. {{Cell salvage}} was set up before we went to {{theatre}}.
She is doing well on {{HDU}} and has had skin-to-skin with her baby. Her {{birth partner}}, [[name:Dele]], said how calm the room felt.
Thanks again,
[[name:Clare]]
[[name:Clare Hennessy]] | {{Consultant Midwife}} | [[organisation:Saltmere Women's Unit]]
""")),
    ("health", "incident", block("""
Timeline - delayed escalation of {{pathological CTG}} - [[case_reference:DX-M-24-0517]]
Patient: [[name:Yasmin Haddad]], NHS no [[nhs_number:943 621 7706]], [[age:29]], {{G2P1}}, {{39+5}}, {{spontaneous labour}}
[[date:14/02/24]]
21:10 admitted to the labour ward, {{CTG}} normal, 5cm
22:35 {{late decelerations}} noted by {{MW}} [[name:Leah]]; {{fresh eyes}} by [[name:Carmen]] - 'suspicious', plan {{IV fluids}}, left lateral
23:05 {{baseline}} rising to 160, reduced {{variability}}. [[name:Leah]] bleeped the {{registrar}} - no answer (in theatre for an {{elective LSCS}})
23:20 second bleep; {{coordinator}} not told (covering triage)
23:40 Dr [[name:Abubakar]] reviewed: pathological, {{FBS}} not possible, decision for {{category 1 CS}}
23:58 knife to skin. {{Apgars}} 3, 7, 9. {{cord pH}} 7.09. Baby to {{NNU}} for obs.
Issues: {{DDI}} 18 min was fine, but 35 min from pathological features to escalation. Coordinator unaware because of triage cover. No second {{on-call}} registrar.
""")),
    ("health", "near_miss", block("""
From: [[name:Tamsin Oduya]] <[[email:t.oduya@nhs.net]]>
Sent: [[date:07 March 2024]] 09:12
To: Maternity Governance
Subject: {{near miss}} - {{oxytocin}} infusion rate

Hi team,
Logging this for learning. Last night on the {{Delivery Suite}} a woman on {{syntocinon}} for {{augmentation}} had the pump running at 36 ml/hr instead of 3.6 ml/hr after {{handover}}. The second checker, {{student midwife}} [[name:Faith Mwangi]], noticed the missing decimal point on the {{Alaris}} screen when she came in to do the {{partogram}}. Pump paused within 2 minutes, {{CTG}} stayed normal, no {{hyperstimulation}}, reviewed by the {{SHO}}. The woman and her {{birth partner}} were told ({{Duty of Candour}} not triggered - no harm).
Hospital no. [[case_reference:RK0039218]]
Proposal: oxytocin only from the {{drug library}} so the {{dose error reduction}} limits apply, and a read-back at every handover.
Thanks
[[name:Tamsin]]
{{Band 7}} {{Delivery Suite Coordinator}}, [[organisation:Kingsmead Maternity Unit]]
""")),
    ("health", "success", block("""
Teams chat - Maternity Triage
[[name:Rosa Delgado]] 14:02: can I just say [[name:Will]] was amazing on the triage line today
[[name:Rosa Delgado]] 14:02: lady rang at 11, {{headache}} + {{visual disturbance}} at 36 wks, sounded vague. [[name:Will]] kept her talking and got her partner to bring her straight in rather than wait for {{antenatal clinic}}
[[name:Will Achterberg]] 14:04: haha stop 😂 it was the {{BSOTS}} questions tbh
[[name:Rosa Delgado]] 14:05: BP 168/112 on arrival, {{PET}} bloods, {{magnesium sulphate}}, {{labetalol}} - she's on the labour ward now, stable
[[name:Nkechi]] 14:06: well done [[name:Will]]!! thats textbook 👏
[[name:Will Achterberg]] 14:07: cheers all. [[name:Hannah-Mae]] on {{MAU}} sent the {{PlGF}} too
""")),
    ("health", "incident", block("""
MATERNITY INCIDENT FORM
Reporter: [[name:Aoife Gallagher]], {{Midwife}}, Triage
Date of incident: [[date:19/09/2024]]
Patient name: [[name:Hope Ransome-Kaur]]
DOB: [[date_of_birth:02/02/1998]]
NHS No: [[nhs_number:485 772 0310]]
Hosp No: [[case_reference:KMU5518302]]
Address: [[address:Flat 12, Wyvern House, Cobden Road, Kingsmead]] [[postcode:KM3 4BJ]]
Tel: [[phone:07700 900186]]
Category: {{Triage}} - {{delay in assessment}}
Description: Attended triage 13:20 with {{SROM}} at 37+1 and {{meconium}}-stained liquor. Should have been seen within 15 minutes ({{BSOTS}} {{orange}}). Seen 14:45 - six women waiting and one midwife. [[name:Hope]]'s partner raised concerns at the desk twice. {{CTG}} normal at 14:50.
Immediate action: escalated to the {{bleep holder}}; second midwife moved from {{ANC}}.
Harm: none known.
""")),
    ("health", "near_miss", block("""
WhatsApp - LW coordinators (exported [[date:22/10/2024]])
19:48 - [[name:Bex]]: heads up, {{PPH box}} in room 2 had no {{carboprost}} or {{ergometrine}} in it at the start of shift 😬
19:49 - [[name:Bex]]: only found it bc [[name:Ifeoma]] does the box check at handover properly. day staff used it at 14:00 and nobody restocked
19:51 - [[name:Ifeoma]]: the {{fridge}} stock was there, just not in the box. restocked + signed
19:53 - [[name:Gráinne]]: thank god. room 2 had a {{grand multip}} who bled 900 at 21:00 so we'd have needed it
19:55 - [[name:Bex]]: exactly. can we make the restock a named job on the {{SBAR}} sheet?
19:56 - [[name:Gráinne]]: yes and add a tamper tag like {{resus}} trolleys. will raise at {{safety huddle}}. [[name:Bex]] can u do a {{Datix}} pls
19:58 - [[name:Bex]]: done, [[case_reference:W298014]]
""")),
    ("health", "incident", block("""
SBAR handover - Labour Ward -> {{Postnatal}}
S: Mrs [[name:Efua Boateng]], [[age:38]], room 6. {{PPH}} 1.6L after {{SVD}} at 16:40 today. Incident form done re delayed response.
B: {{G4P3}}, anaemic antenatally (Hb 94), declined {{iron infusion}}.
A: {{syntocinon}} infusion running, {{EBL}} 1600, {{MEOWS}} 2 (HR 108). 1 unit {{packed red cells}} given. {{MOH}} call put out at 17:02 but switchboard bleeped {{gynae}} instead of the {{obstetric registrar}}, who arrived 17:11.
R: repeat Hb 06:00, fundal checks hourly, {{VTE}} assessment due. Husband [[name:Kojo]] at home with their daughter ([[age:aged 4]]).
Hosp no [[case_reference:KMU5520117]], NHS [[nhs_number:729 155 3083]]
Handed over by: [[name:Ines]] (LW) to: [[name:Dorothea]] (PN)
""")),
    ("health", "success", block("""
Minutes - {{PPH}} skills drill debrief, Labour Ward
Date: [[date:Tuesday 5 March 2024]]
Present: Dr [[name:Mensah]] ({{consultant obstetrician}}), [[name:Lily Tran]] ({{labour ward coordinator}}), [[name:Pat Odhiambo]] ({{MCA}}), [[name:Bogdan Ionescu]] ({{ODP}}), [[name:Sunny Bains]] ({{SHO}}), [[name:Marta]] (student MW)
Apologies: [[name:Rhiannon Hale]] ({{anaesthetics}}), [[name:Fatima-Zahra Benali]] ({{PMA}})
1. Unannounced drill, room 3, 10:15. Team at the bedside within 40 seconds.
2. {{PPH box}} complete; {{oxytocin}} and {{ergometrine}} given by 3 minutes.
3. [[name:Pat]] kept the {{scribe sheet}} - times accurate and legible. [[name:Sunny]] started {{bimanual compression}} without prompting.
4. Learning: the {{blood bank}} extension on the wall poster is out of date; {{Code Red}} call took 2 attempts.
Actions: [[name:Lily]] to replace posters by [[date:19/03]]. Next drill to include the {{birth partner}} role.
""")),
    ("health", "incident", block("""
Triage waits - night of [[date:27 July]] (Datix [[case_reference:W291877]])
Time in | Woman | Reason | {{BSOTS}} | Seen | Wait
22:10 | [[name:R. Osei]] | {{SROM}} 38/40 | {{green}} | 23:50 | 100 min
22:25 | [[name:Bianca Ferreira]] | {{abdominal pain}} 31/40 | {{orange}} | 23:05 | 40 min
22:40 | [[name:J. McAllister]] | {{reduced FM}} 36/40 | {{yellow}} | 00:10 | 90 min
23:15 | [[name:Saanvi]] | {{PV bleeding}} 28/40 | {{red}} | 23:20 | 5 min
00:30 | Mrs [[name:Dlamini]] | {{headache}}, BP 150/100 | {{orange}} | 01:55 | 85 min
Notes: one triage midwife ([[name:Kat]]) from 22:00 - the second was pulled to the labour ward for a {{1:1 care}} gap. [[name:Bianca]] and Mrs [[name:Dlamini]] breached the 15-min orange target. Mrs [[name:Dlamini]] was later diagnosed with {{pre-eclampsia}}. Escalated to the {{manager on call}} at 23:30 - no response.
""")),
    ("health", "near_miss", prose("""
nr miss - {{anti-D}} nearly given to the wrong lady in triage. had 2 {{rh neg}} ladies after a
{{PV bleed}}, bays 2 + 3. checked the dose w [[name:amber]] ({{MW}}) at the desk but when i got to
bay 2 it was [[name:marisol]] not [[name:dee]]?? [[name:dee]] had been moved to bay 3 by the {{MSW}}
while we were checking. caught it bc i read the wristband out loud + her {{DOB}} didnt match. no
harm. the whiteboard still said bay 2 = [[name:dee]]. pls can bay moves be written on the board
straight away!!! ref [[case_reference:W301244]]. - [[name:chi]]
""")),
    ("health", "incident", prose("""
At about 03:00 on [[date:Sunday 2 June]] the {{birth partner}} of a woman in room 11 became
verbally aggressive towards her {{midwife}}, [[name:Olamide Bankole-Fraser]], after being asked to
step out during a {{vaginal examination}} at the woman's request. He blocked the doorway and
shouted. The {{coordinator}}, [[name:Rosemary]], pressed the {{panic alarm}}; {{security}} arrived
in six minutes. Police were called (log [[case_reference:CAD 0219-020624]]) and PC
[[name:Lindqvist]] and PC [[name:Adeyemi]] removed him from the unit. The woman later disclosed
{{domestic abuse}}; the {{safeguarding midwife}} [[name:Hollie Vance]] completed a {{MASH}}
referral and an {{IDVA}} was contacted. [[name:Olamide]] was shaken and was offered a
{{hot debrief}} and {{TRiM}}. Learning: there is no process for restricting a named visitor at
{{reception}} out of hours, and the {{labour ward}} doors were propped open.
""")),
    ("health", "success", prose("""
Shout out 🌟 to [[name:Dorcas]] on triage on [[date:Sat 12th]]. A woman who speaks only
{{Tigrinya}} rang the {{triage line}} in labour with her third baby. [[name:Dorcas]] had
{{Language Line}} on a three-way call in under two minutes, recognised she was about to deliver,
got a {{999}} ambulance going and talked her neighbour through until the {{paramedics}} arrived.
Baby was born in the ambulance outside [[organisation:Kingsmead General Hospital]], both well.
Thanks also to [[name:Yonas]], the interpreter, who stayed on the line the whole way. From
[[name:Bernie]] and the {{Triage}} team
""")),
    ("health", "near_miss", block("""
Triage call transcript (recorded line) - [[date:08/01/2025]] 02:37 - ref [[case_reference:TRI-250108-014]]
MW: Maternity triage, [[name:Ana]] speaking, can I take your name and date of birth?
Caller: It's [[name:Chloe Brannigan]], [[date_of_birth:30th of April 1996]].
MW: Thanks [[name:Chloe]]. Hospital number if you've got your notes?
Caller: [[case_reference:KMU5571940]].
MW: How many weeks are you?
Caller: 33. I've got this headache, it won't shift with {{paracetamol}}, and I feel a bit sicky.
MW: Any problems with your eyes, flashing lights?
Caller: Bit blurry maybe.
MW: I'd like you to come in and be checked now. Is there someone who can drive you?
Caller: My partner's on nights. I'll get a taxi in the morning.
[Note by [[name:Ana Vukovic]]: call was nearly closed as 'advice given'. Rang back 02:50 after the {{coordinator}} challenged it; she came in 03:40, BP 158/104, {{PET}} bloods sent. Flagged so {{BSOTS}} symptom prompts are read out in full on the {{triage phone line}}.]
""")),
    ("health", "incident", block("""
From: [[email:maternity.governance@kingsmead.nhs.uk]]
To: [[name:Hussein Farah]]
Date: [[date:30 Sept 2024]]
Subject: {{IG}} incident - discharge summary to wrong {{GP}} - [[case_reference:W312058]]

Dear [[name:Hussein]],
Following your report, the {{postnatal discharge}} summary for the woman below went to the wrong practice.
Woman: [[name:Deborah Ampofo]] (NHS [[nhs_number:613 409 8256]])
Correct GP: [[organisation:Riverside Medical Practice]], [[address:2 Mill Wharf, Kingsmead]] [[postcode:KM1 6TQ]]
Sent to: [[organisation:Riversdale Surgery]] (similar name on the {{Spine}} lookup)
[[organisation:Riversdale]] phoned on [[date:26 Sept]] and confirmed destruction. [[name:Deborah]]'s {{health visitor}} had not seen the summary, which included {{perinatal mental health}} information.
Actions: {{Caldicott Guardian}} informed; practice selection to be confirmed with the woman at discharge.
Regards,
[[name:Noor]]
[[name:Noor Al-Khatib]], {{Maternity Governance Lead}}
""")),
    ("health", "success", block("""
LEARNING FROM EXCELLENCE - nomination
Nominee: [[name:Mark Delacroix]], {{obstetric registrar}} ({{ST6}})
Nominated by: [[name:Gwen]], {{MW}}, Labour Ward
Date: [[date:11 December]]
What happened: {{cord prolapse}} in triage room 2, a first-time mum [[age:aged 19]]. [[name:Mark]] ran down from the labour ward, had her in {{knee-chest}} with {{bladder filling}} and called a {{category 1}} section. {{DDI}} 14 minutes, {{Apgars}} 8 and 9.
Why it was excellent: calm, clear {{closed-loop communication}}. He came back afterwards to explain everything to the woman and her {{mum}}, and ran a {{hot debrief}} that included our {{MCA}} [[name:Blessing]], who had never seen one before.
""")),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
rushed notes for the watch report - finish after shift
- {{full emergency}} 1412 from {{ATC}} - [[flight_number:NLK 472]], {{ATR 72}} [[aircraft_registration:G-NLKE]], {{hydraulic failure}}, {{rwy 27}}
- {{Tender 2}} ([[vehicle_registration:KS65 FHN]]) wouldnt start - {{battery isolator}} left off after the wash by nights
- rolled w T1 + T3 + the {{RIV}}, T2 followed 4 mins later. first two still at the {{RVP}} inside 3 mins so within {{CAP 168}} but only just
- landed safe 1421, taxied to stand 12 with us following, no {{hot brakes}}
- [[name:Daz]] (night {{WM}}) says isolator is on the {{vehicle checks}} sheet - it wasnt ticked
- need to check w [[name:Ffion]] re {{MOR}}
WM [[name:G.R.]]
""")),
    ("aviation", "near_miss", block("""
RT transcript (Tower, recorded) - [[date:16 Aug 2024]] - occurrence [[case_reference:KSN-OR-24-0291]]
15:02:11 {{Fire 1}}: Tower, Fire 1, request cross {{runway 09}} at {{Alpha 3}} to the {{fire station}}
15:02:16 TWR: Fire 1, hold short runway 09 at Alpha 3, traffic on {{final}}
15:02:19 Fire 1: Holding short, Fire 1
15:02:40 TWR: [[flight_number:Celtic 118]], runway 09, cleared to land, wind 110 degrees 8 knots
15:02:44 [[flight_number:Celtic 118]]: Cleared to land runway 09, [[flight_number:Celtic 118]]
15:02:52 {{Fire 2}}: Tower, Fire 2 crossing
15:02:54 TWR: FIRE 2 STOP, STOP, STOP
15:02:57 Fire 2: Stopping, Fire 2
15:03:31 [[flight_number:Celtic 118]] touchdown
Reporter note ({{Crew Commander}} [[name:Kiran Bhattacharya]], Fire 2): my driver took the readback for Fire 1 as covering both vehicles and crossed the {{stop bar}}; we stopped about 3 m past the {{holding point}}, clear of the runway. Reported as a potential {{runway incursion}}. Both crews briefed on individual clearances.
""")),
    ("aviation", "success", prose("""
Thank you from the {{Airside Operations}} team to {{Blue Watch}}. On [[date:Wed 3rd]] a
{{fuel bowser}} from [[organisation:Aeroserv Fuelling Ltd]] had a hose coupling failure on stand
22, putting about 200 litres of {{Jet A-1}} on the apron beside a
[[organisation:Northlink Airways]] {{Embraer 175}} ([[aircraft_registration:G-NLKS]]) boarding as
[[flight_number:NLK 209]]. {{Watch Manager}} [[name:Rose Adeyemi]] had a {{foam blanket}} down
within minutes, stopped boarding, and worked with the {{apron controller}} to get {{spill kits}}
and the {{sweeper}} in. Passengers already on board came off via the rear steps. The stand was
back in use in 70 minutes and the flight left only 55 minutes late. Special thanks to
[[name:Rose]], [[name:Tomás]] and [[name:Wiremu]] for a calm, textbook job. -
[[name:Jenny Calloway]], {{Duty Airside Manager}}
""")),
    ("aviation", "incident", block("""
CHRONOLOGY - {{Full Emergency}} - [[flight_number:BRZ 3305]] - [[date:2 October 2024]]
Aircraft: {{A320}} [[aircraft_registration:EC-NQB]], [[organisation:Aerolínea Brisa]], 174 {{POB}}
13:47 crew report {{bird strike}} on departure, {{No. 2 engine}} {{fire warning}}, returning (from ATC tapes)
13:51 RFFS alerted on the {{crash line}} as a {{Local Standby}} - not a full emergency
13:52 watch turned out to {{standby positions}}
13:54 crew declared {{MAYDAY}}; {{ATC}} upgraded to Full Emergency at 13:56
13:59 landed runway 27, stopped on the runway, {{fire bottle}} discharged by crew
14:00 T1 + T2 at aircraft; {{TIC}} showed no fire, cowling 180°C
14:06 precautionary {{foam}} onto No. 2 engine
14:22 towed to stand 5, passengers off by steps
Issue: 5 minutes between the MAYDAY and our upgrade; the {{ATCO}} ([[name:PJ]]) had not passed the fire warning on the first call.
{{Watch Manager}}: [[name:Olusegun Bakare]]. Log [[case_reference:RFFS/24/0412]].
""")),
    ("aviation", "near_miss", block("""
From: [[name:Ingrid Solberg]] <[[email:ingrid.solberg@kessington-airport.co.uk]]>
To: RFFS Watch Managers
Cc: [[name:Callum Reid]]
Date: [[date:Thu 23 Jan 2025]]
Subject: Near miss - wrong foam concentrate delivered for {{Tender 3}}

All,
During the {{daily inspection}} on {{Tuesday}}, FF [[name:Jaroslav Novák]] was about to decant the new {{IBC}} delivered on [[date:20/01]] by [[organisation:Fenwick Fire Supplies]] into the foam tank of Tender 3. He checked the drum label first: it was {{3% AFFF}}, not our {{fluorine-free}} 6% concentrate. The delivery note said the right product. Mixing the two would have left an off-spec foam on a front-line vehicle and {{PFAS}} contamination of a tank we spent a fortune cleaning.
Tender 3 stayed on the run with its existing stock. The supplier has apologised (ref [[case_reference:FFS-DN-88231]]).
Action: the {{batch label}} is now checked against the {{delivery note}} by the receiving FF, and again before any decant.
Well done [[name:Jaroslav]].
[[name:Ingrid]]

[[name:Ingrid Solberg]]
{{RFFS Manager}} | [[organisation:Kessington Airport]] | M: [[phone:07700 900659]]
""")),
    ("aviation", "success", block("""
WhatsApp - Red Watch 🚒
[[date:14/06/2024]], 07:31 - [[name:Big Al]]: shout out to [[name:Sade]] + [[name:Joe P]] for last night - {{cardiac arrest}} in {{baggage reclaim}}, {{CPR}} + 2 shocks with the {{AED}}, {{ROSC}} before the {{ambulance}} got there
[[date:14/06/2024]], 07:40 - [[name:Sade]]: 🙏 [[name:Joe P]] did most of the compressions tbh
[[date:14/06/2024]], 07:42 - [[name:Joe P]]: team effort. that {{first responder}} refresher paid off
[[date:14/06/2024]], 09:15 - [[name:Mags]]: just heard from [[organisation:Kessington Royal Infirmary]] - hes sitting up in {{CCU}} talking!!
[[date:14/06/2024]], 09:16 - [[name:Big Al]]: get in 💪 putting it through as {{learning from excellence}}. [[name:Sade]] u ok? first one for u
[[date:14/06/2024]], 09:20 - [[name:Sade]]: yeah all good, had the {{defusing}} with [[name:Wiremu]] this morning
""")),
    ("aviation", "incident", block("""
OCCURRENCE REPORT - RFFS
Ref: [[case_reference:OCC-24-1187]]
Date: [[date:05/11/2024]]   Time: 21:40 local
Location: {{Stand 31}}, {{remote apron}}
Aircraft type / reg: {{B737-800}} / [[aircraft_registration:G-SKLR]]
Operator / flight: [[organisation:Skylark Holidays]] / [[flight_number:SKL 1204]]
Reporter: [[name:Nathaniel Osei-Bonsu]], {{Crew Commander}}, {{Green Watch}}
Vehicle: {{RIV}} [[vehicle_registration:KX19 BLU]]
Category: {{APU fire}} / smoke
Description: called by {{ATC}} to {{smoke}} from the {{APU}} exhaust during the turnaround. On arrival light grey smoke, flight crew had already shut down the APU. No visible flame, {{TIC}} reading falling. {{DCP}} not required. Boarding halted; the 12 passengers on board disembarked.
Injuries: one {{ground handler}} from [[organisation:Swiftport Handling]] treated for smoke inhalation by our {{first responder}}.
Damage: none to vehicle.
""")),
    ("aviation", "near_miss", block("""
Watch handover - Blue -> Red - [[date:Sun 9 March]]
- {{Tender 1}}: back on the run, pump seal replaced by [[organisation:Hartmann Fire Engineering]]
- {{Tender 2}}: no defects
- {{RIV}} ([[vehicle_registration:KN68 ZRV]]): offside {{beacon}} intermittent, reported
- NEAR MISS 16:20: leaving for the {{refuelling standby}} on [[flight_number:CSK 4410]], T2 reversed out of the {{appliance bay}} and nearly hit a {{fuel bowser}} ([[vehicle_registration:AS17 FUE]]) parked across our {{egress lane}}. No {{banksman}} out. FF [[name:Holly]] shouted stop. Bowser driver from [[organisation:Aeroserv]] said he didnt know the hatching meant RFFS.
- reported to {{Airside Safety}}, ref [[case_reference:ASR-0927]]
- staffing: [[name:Mo Hassan]] on {{light duties}} (knee), [[name:Paddy]] on leave from [[date:12th]]
- {{Cat 7}} maintained all shift
Handed over: [[name:Faith Ogundipe]] ({{WM}} Blue) -> [[name:Gareth]] ({{WM}} Red)
""")),
    ("aviation", "incident", block("""
RFFS log - radio dead spots during {{Aircraft Ground Incident}} [[date:28/03/25]] - ref [[case_reference:KSN-RFFS-25-044]]
Aircraft: [[organisation:Celtic Skies]] {{Dash 8-400}} [[aircraft_registration:G-CSKY]], flight [[flight_number:CSK 2271]], {{brake fire}} indication on {{Taxiway Echo}}
Time | Callsign | Location | Issue | Logged by
10:04 | {{Fire 1}} | {{Echo 2}} | no readback from {{ATC}} on main channel | [[name:J. Abernethy]]
10:05 | {{Fire 3}} | Echo 2 | {{handheld}} unreadable to crew at the wheel | [[name:Wojtek]]
10:07 | {{Command}} | {{RVP}} | lost contact with Fire 3 for 90 s | [[name:Ruth Eze-Williams]]
10:09 | Fire 1 | aircraft | relayed via {{runner}} to the flight deck | [[name:J. Abernethy]]
Outcome: brakes cooled with water fog, no fire, aircraft towed at 10:41. The same dead spot around Echo 2 was reported in {{November}} and not fixed. Radio survey requested from [[organisation:Kessington Airport]] {{IT}}.
""")),
    ("aviation", "success", block("""
Debrief minutes - {{live exercise}} ({{Emergency Orders}} test), [[date:Saturday 17 May 2025]]
Present: [[name:Harriet Mukherjee]] ({{Airport Duty Manager}}), [[name:Faisal Qureshi]] ({{RFFS Manager}}), {{SM}} [[name:Delyth Probert]], [[name:Grant Mackie]] ([[organisation:Northshire Fire and Rescue Service]]), [[name:Bobbie]] ({{ATC}}), Insp [[name:Szymanski]] ([[organisation:Northshire Police]]), [[name:Patience Ayodele]] ({{HART}})
Apologies: [[name:Florin Popescu]] (handling agent)
1. Scenario: simulated {{engine fire}} on landing, {{mock-up}} on the {{fire ground}}, 60 casualties played by students from [[organisation:Kessington College]].
2. Went well: first tender in attendance in 1 min 48 s; {{RVP}} and {{marshalling area}} set up quickly; {{triage sieve}} done inside 15 minutes.
3. Improve: {{casualty clearing}} tent took 20 min to arrive; radio handover to {{FRS}} {{incident commander}} unclear.
Actions: [[name:Faisal]] to revise the {{handover brief}} card; [[name:Delyth]] to re-site the tent store by [[date:30 June]].
""")),
    ("aviation", "incident", prose("""
On [[date:12 February]] during {{hot fire training}} at the {{fire training ground}}, Firefighter
[[name:Callum O'Rourke]] sustained a {{scald}} to his left wrist where a gap opened between his
{{gauntlet}} and {{tunic}} cuff. The {{Crew Commander}} running the session, [[name:Esi Owusu]],
stopped the exercise, applied cooling with the {{hose reel}} and {{burns gel}}, and
[[name:Callum]] was driven to {{A&E}} at [[organisation:Kessington Royal Infirmary]] in the
station van ([[vehicle_registration:KE20 WXT]]). He has a {{superficial partial-thickness burn}}
and will be off for ten days, so the injury is {{RIDDOR}} reportable. The {{PPE}} inspection found
the elastic in the cuff had perished; the tunic passed its last check. We have withdrawn all
tunics from the same batch for inspection, reminded crews to do a {{buddy check}} before entry,
and logged it as [[case_reference:HS-2025-019]].
""")),
    ("aviation", "near_miss", prose("""
near miss stand 4 this am - [[flight_number:nlk 318]] started {{refuel w pax on board}} at 0612
but nobody called us for the {{standby}}. we only clocked it cos [[name:kaz]] saw the bowser from
the {{watchroom}}. got there 0618. {{dispatcher}} from [[organisation:swiftport]] said he'd rung
{{ATC}} but ATC have no call logged. no harm but if there'd been a {{fuel spill}} w the
{{doors open}} and steps on... reg [[aircraft_registration:g-nlkt]]. the {{SOP}} says the handler
must confirm RFFS in position b4 fuel goes on. 3rd time w [[organisation:swiftport]] this month
imo. - [[name:ollie]] ff
""")),
    ("aviation", "success", prose("""
Big shout-out to {{Watch Manager}} [[name:Amber Nwosu]] and the whole of {{White Watch}} for the
{{full emergency}} on [[date:Tues 4th]]: [[flight_number:SKL 811]] from
[[organisation:Skylark Holidays]] with an {{unsafe gear indication}}, holding for 40 minutes to
burn fuel. [[name:Amber]] had the {{RVPs}} briefed, {{foam}} pre-positioned either side of the
{{runway}} and the {{ambulance}} and [[organisation:Northshire Fire and Rescue Service]] both at
the {{RVP}} before the aircraft turned {{final}}. The landing was uneventful but the preparation
was textbook, and the crews were back on the run within 10 minutes. Thanks also to [[name:Mike]]
in the {{tower}} for clear updates every 5 minutes. - [[name:F. Qureshi]], {{RFFS Manager}}
""")),
    ("aviation", "incident", block("""
#rffs-ops (Slack export) [[date:11 Sep 2024]]
[[name:liam.k]] 11:02 anyone know if T3 is off the run? heard it clipped something
[[name:dee.mensah]] 11:04 yeah, coming back from the standby for [[flight_number:BRZ 3306]] it clipped a {{baggage tug}} at the {{Zulu crossing}}. tug from [[organisation:Swiftport Handling]], driver [[name:Darius]] ok, shaken
[[name:dee.mensah]] 11:05 our nearside mirror gone + dent to {{locker}} 4. no injuries
[[name:liam.k]] 11:06 was the tug crossing w/o lights?
[[name:dee.mensah]] 11:08 no {{beacon}} on and he says he didnt see us. our driver [[name:Kwesi]] reckons 15 mph. {{CCTV}} requested
[[name:dee.mensah]] 11:12 T3 [[vehicle_registration:KX66 HNR]] off the run so we're down to {{Cat 7}}, {{ATC}} informed
[[name:liam.k]] 11:13 👍 {{ASR}} ref?
[[name:dee.mensah]] 11:15 [[case_reference:ASR-1044]]
""")),
    ("aviation", "near_miss", block("""
RT extract - Tower - [[date:3 April 2025]] - occurrence [[case_reference:KSN-OR-25-0108]]
10:31:05 TWR: Fire, Tower, {{full emergency}}, [[flight_number:Northlink 556]], {{ATR 72}}, 48 {{POB}}, {{smoke in the flight deck}}, landing runway 27 in 6 minutes, rendezvous {{RVP Alpha}}
10:31:18 {{Fire 1}}: Tower, Fire 1, confirm RVP Alpha for runway 27?
10:31:24 TWR: Fire 1, correction, {{RVP Charlie}}, RVP Charlie
10:31:28 Fire 1: RVP Charlie, Fire 1, all appliances proceeding
10:37:40 TWR: Fire, [[flight_number:Northlink 556]] landed, vacating at {{Delta}}, crew request you follow
Reporter comment ({{WM}} [[name:Chinedu]]): RVP Alpha is 1.5 km from the runway 27 threshold and would have added about 90 s. The {{ATCO}}, [[name:Lotte]], was covering a split position. Aircraft [[aircraft_registration:G-NLKB]] was inspected on stand; no fire found. Suggest the RVP is read off the {{grid map}} by runway in use, not from memory.
""")),
    ("aviation", "success", prose("""
Learning from success - fuel leak spotted on a routine standby. On [[date:21 July 2025]]
{{Green Watch}} was covering a {{refuelling standby}} for an [[organisation:Aerolínea Brisa]]
{{A321neo}} ([[aircraft_registration:EC-OJV]]) operating [[flight_number:BRZ 3318]].
Firefighter [[name:Oksana Hrytsenko]] noticed a steady drip of fuel from under the left wing after
the refuel had finished, out of sight of the {{dispatcher}}. She told {{WM}}
[[name:Jonjo Keane]], who stopped the {{pushback}} and called {{ATC}} and the airline's
{{licensed engineer}}, [[name:Baptiste Moreau]]. A faulty {{drain valve}} was confirmed; the
aircraft was withdrawn from service and passengers were moved to a later flight.
[[name:Oksana]]'s observation has been shared at the {{Safety Action Group}} and reported to the
{{CAA}} through an {{MOR}} ([[case_reference:MOR-2025-07-3391]]).
""")),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind219", REPORTS))
