"""Held-out blind corpus 286: fifty hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) to measure how well
the de-identifier generalises. Everything in it - people, organisations, places, numbers - is
invented.

Three settings:
- social_care (17): the boarding provision of a residential special school - care staff,
  house parents, waking nights, medication, parents and placing social workers.
- health (17): a hospital cardiology department - coronary care unit, cath lab, chest pain
  pathway, ECGs, cardiac nurses and inter-hospital transfers.
- aviation (16): a helicopter sightseeing and charter operator at a heliport - pilots, ground
  crew, passengers, weather and noise complaints.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes
with attendance and apologies, pipe-separated tables, RT transcripts, shout-outs and
thank-you notes. `[[label:value]]` marks an identifier and `{{term}}` a must-not-redact
mention (roles, agencies, drugs, equipment, place types, look-alike acronyms).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind286.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
waking nt log {{kestrel}}. 0210 did {{checks}}, bed empty for [[name:tyler]] (yr 9).
checkd {{bathroom}}, games rm, {{boot room}}, nothing. rang {{on call}} [[name:dawn]] who said
follow the {{missing from care}} protocol n ring {{police}} if not found in 20 mins. found him
0235 sat in the {{minibus}} in the car park, side door was unlocked. minibus reg
[[vehicle_registration:YK68 TVA]]. he said he cudnt sleep and wanted his phone back (they get
locked in the {{office}} at nite). no injurys, settled by 0300. told {{house parent}}
[[name:mo]] at {{handover}}. the minibus keys were on the hook by the door not in the
{{key safe}} - thats the real prob, anyone cud of took it. pls sort. [[name:bev]] ({{WN}})
""")),
    ("social_care", "near_miss", block("""
Near miss - medication
On [[date:14 November]] at approximately {{20:40}} I was completing the evening
{{medication round}} in {{Heron}} with my colleague [[name:Kasia Nowak]]. Two residents,
[[name:Amara Lindqvist]] and [[name:Amari Boateng]] (both [[age:aged 12]]), are prescribed
{{melatonin}} at different strengths. After the {{pharmacy}} delivery from
[[organisation:Kendrick's Pharmacy]] the {{MAR}} sheets had been put back in the folder in the
wrong order. I had popped the 3mg dose for [[name:Amari]] from the wrong blister pack before
[[name:Kasia]] did the {{second check}} against the photograph and saw that the photo on the
sheet was [[name:Amara]]. Nothing was given. Both young people received the correct dose by
{{20:55}}.
Actions: folder re-ordered with dividers; photos checked on every sheet; I have informed the
{{Head of Care}}, Mr [[name:Osei-Bonsu]], and the {{school nurse}}.
[[name:Lorraine Adebayo-Hughes]], {{Senior RCW}}
""")),
    ("social_care", "success", block("""
🌟 SHOUT OUT 🌟
Massive thank you to [[name:Hope]] on {{waking nights}} in {{Kestrel}} on [[date:Sat 9th]].
She heard [[name:Jayden]] ([[age:15]]) on the {{epilepsy sensor}} at about 3am, followed his
{{seizure care plan}} to the letter, timed it, gave {{buccal midazolam}} at the 5 minute mark
and rang {{999}}. The {{paramedics}} said her {{seizure chart}} was the clearest they'd seen.
[[name:Jayden]] was back with us by lunchtime and is fine. His {{mum}} rang the office in tears
to say thanks. We hope you know how much we appreciate you!
[[name:Grace]] & [[name:Tunde]]
{{House Parents}}, {{Kestrel}}
""")),
    ("social_care", "incident", block("""
From: [[name:Rhiannon Pryce-Jones]] <[[email:r.pryce-jones@ashcombepark.sch.uk]]>
To: [[name:Femi Adeyinka]] <[[email:femi.adeyinka@northwold.gov.uk]]>
Cc: {{DSL}}
Sent: [[date:Tuesday 3 December 2024]] 18:12
Subject: [[name:Kieran]] - return from contact - [[case_reference:NCC-CS-448213]]

Hi [[name:Femi]],

[[name:Kieran]] came back from weekend {{contact}} with {{dad}} at 17:30, an hour later than
agreed. {{Dad}} dropped him at the gate and drove off quickly (silver {{Astra}},
[[vehicle_registration:FN17 WZP]]). At tea staff noticed a bruise about 3cm across on his left
{{forearm}}. [[name:Kieran]] said he fell off his {{scooter}} but would not say where. I have
completed a {{body map}} and logged it with our {{DSL}}, [[name:Ifeoma Chukwu]], who asked me to
let you know today as his {{allocated social worker}}. He has eaten and is watching a film with
his {{key worker}}.

Could you let us know if contact goes ahead next weekend?

Kind regards
[[name:Rhiannon]]

[[name:Rhiannon Pryce-Jones]]
{{Residential Team Leader}} | [[organisation:Ashcombe Park School]]
[[phone:01632 960417]]
""")),
    ("social_care", "near_miss", block("""
[[[date:21/01/2025]], 22:47] [[name:Sunny Bhatt]]: anyone know why the {{door alarm}} on the {{fire exit}} by {{Heron}} lounge was switched off??
[[[date:21/01/2025]], 22:49] [[name:Marisol]]: omg. contractors were in today doing the {{fire panel}} service
[[[date:21/01/2025]], 22:50] [[name:Sunny Bhatt]]: back on now. [[name:Lewis]] has been trying that door all week 😬
[[[date:21/01/2025]], 22:51] [[name:Will Okonjo]]: good spot. ill put it on the {{maintenance log}} and tell [[name:Jan]] in the morning. do we know how long its been off
[[[date:21/01/2025]], 22:52] [[name:Sunny Bhatt]]: no idea. all 9 boys in on my {{11pm checks}}
[[[date:21/01/2025]], 22:53] [[name:Marisol]]: pls log it as a near miss + ask {{site team}} to sign doors back in w us after any {{contractor}} visit
[[[date:21/01/2025]], 22:55] [[name:Will Okonjo]]: 👍 will do
""")),
    ("social_care", "success", block("""
Boarding Placement Review - [[name:Zainab Hussain]] ([[case_reference:AP/YP/0642]])
Date: [[date:07/02/2025]]
Present: [[name:Bill Henshaw]] ({{Head of Care}}, chair); [[name:Ngozi Eze]] ({{key worker}});
Mrs [[name:Hussain]] ({{mum}}); [[name:Tom Reddy]] ({{social worker}},
[[organisation:Hallam Vale Borough Council]])
Apologies: [[name:Priyanka Sethi]] ({{IRO}}); Dr [[name:Abiodun]] ({{CAMHS}})
1. Progress: [[name:Zainab]] ([[age:14]]) has now had six planned {{overnight stays}} at home
without incident. {{Mum}} reports she is using her {{visual timetable}} and {{ear defenders}}
independently on the bus.
2. School: attendance 98%. {{EHCP}} annual review booked for [[date:19 March]].
3. Decision: move from {{52-week}} placement to {{weekly boarding}} from [[date:3 March]], home
every Friday to Monday.
Actions: [[name:NE]] to share the {{transition plan}} with mum; [[name:TR]] to update the
{{care plan}}; [[name:BH]] to confirm transport with the {{LA}}.
""")),
    ("social_care", "incident", block("""
Chronology - {{physical intervention}} - [[name:Callum Fairweather]] - Ref [[case_reference:PI-2025-031]]
16:05 [[name:CF]] back from school, says [[name:Deano]] took his {{Switch}} on the bus. Dysregulated.
16:12 Staff [[name:Joy Mensah]] offered {{quiet room}}, [[name:CF]] refused, threw a chair in the lounge.
16:18 [[name:CF]] climbed onto the {{window ledge}} in the lounge (first floor). [[name:Joy]] and
[[name:Piotr Zieliński]] used a {{Team Teach}} {{two-person}} hold to bring him down.
16:21 Released once calm. No injury to [[name:CF]]. [[name:Piotr]] scratch to left hand, {{first aid}} given.
16:45 {{Debrief}} with [[name:CF]] using a {{comic strip conversation}}. [[name:CF]] apologised to [[name:Joy]].
17:15 {{Mum}} informed by phone ([[phone:07700 900562]]). {{Social worker}} emailed. {{Switch}}
returned by [[name:Deano]]'s {{house parent}}.
Learning: {{window restrictor}} in the lounge not fitted - reported to {{site team}}.
Completed by [[name:Joy Mensah]] [[date:12/03/25]]
""")),
    ("social_care", "near_miss", block("""
HANDOVER - sleep-in to early shift - {{Heron}} - [[date:Tues 4th]]
- 9 in, all settled by 22:30 except [[name:Amber]] (up til midnight, {{PRN}} not needed)
- NEAR MISS: [[name:Amber]]'s packed lunch for the trip today had a {{cereal bar}} with nuts in
it. She has a {{nut allergy}} ({{EpiPen}} x2 in her bag). [[name:Faith]] spotted it when
checking bags at 07:15. Bar binned, lunch remade. Kitchen had used the new delivery, brand changed.
- told {{catering}}. pls check all {{allergy}} labels today + the {{allergen board}} in kitchen
- [[name:Olu]] has {{dentist}} 11:30 at [[organisation:Brightwater Dental Practice]], needs escort
- {{risk assessment}} for trip still {{amber}} - {{Deputy Head of Care}} to sign before 9
- [[name:Bilal]] mum phoning at 5
[[name:Faith]] / [[name:Ravi]]
""")),
    ("social_care", "incident", block("""
INCIDENT REPORT - RESIDENTIAL
Young person: [[name:Ethan Mbeki-Clarke]]
DOB: [[date_of_birth:19/06/2011]]   Age: [[age:13]]
YP ref: [[case_reference:AP/YP/0917]]   NHS no: [[nhs_number:714 608 2350]]
Home address: [[address:14 Larkspur Close, Denholme Cross]] [[postcode:HV12 3PW]]
Placing authority: [[organisation:Northwold County Council]]
Date/time: [[date:22 January 2025]], 19:10
Location: {{bathroom}}, [[organisation:Fairlow Lodge]]
Category: {{self-harm}}
Description: [[name:Ethan]] asked to have a bath after tea. On the {{15-minute checks}}
[[name:Hamza Qureshi]] noticed he had been quiet for a while and knocked. [[name:Ethan]] had used a
broken {{pencil sharpener}} blade to make superficial cuts on his thigh. Wounds cleaned,
{{steri-strips}} applied, no {{A&E}} needed per {{111}}. Blade handed over.
Immediate actions: {{room search}} with consent, {{CAMHS}} crisis line called,
{{on-call manager}} and {{DSL}} informed.
Reported by: [[name:Siobhán Ní Bhriain]], {{RCW}}
Manager: [[name:Dmitri Volkov]]
""")),
    ("social_care", "near_miss", prose("""
nrly sent wrong kid in {{taxi}} on [[date:fri 28th]]. 2 taxis frm [[organisation:Vale Cabs]]
came same time 3.15, one for [[name:jas]] (goes to his {{dad}} 4 wknd) one for [[name:Bash]]
({{respite}} at [[organisation:Orchard View]]). {{escort}} on 1st taxi didnt know either kid n
driver just said 'the boy for [[organisation:Northwold]]'. [[name:jas]] got in. luckily
[[name:kofi]] checked the {{transport sheet}} b4 it pulled off n swapped them. if [[name:jas]]
had gone to [[organisation:orchard view]] they wouldnt of had his {{meds}} or his {{PEG}} feed
stuff. pls can we get photos of kids on the transport sheet + escorts told names b4 pick up.
also {{LA}} transport team shd hav told us the escort changed. [[name:kofi]] is a legend tbh.
[[name:sam t]]
""")),
    ("social_care", "success", block("""
From: [[name:Agnieszka Wróbel]] <[[email:aga.wrobel82@mailbox.co.uk]]>
To: {{Kestrel}} staff
Subject: thank you!!

Dear all,
I just wanted to say thank you to [[name:Pat]] and [[name:Rose]] and everyone in {{Kestrel}}.
When [[name:Kacper]] started in {{September}} he could not sleep away from home and we all
thought {{boarding}} would not work. Last night he phoned me on {{FaceTime}} and told me about
{{Scouts}} and the film night and then said 'bye mum I'm busy'!! I cried (good tears).
[[name:Rose]]'s {{sleep diary}} and the little photo book [[name:Pat]] made of his room made such
a difference. Also thank you for ringing me every night the first two weeks even when it was late.
Please tell the {{house parents}} and the {{night staff}}.
With love,
[[name:Aga]] ([[name:Kacper]]'s {{mum}})
[[phone:07700 900731]]
""")),
    ("social_care", "incident", block("""
Teams - Boarding Leads chat - [[date:Mon 17 Feb]]
[[name:Lakshmi Venkataraman]]  08:02
Morning. [[name:Noah]] came back from home last night without his {{sodium valproate}}. {{Mum}}
had forgotten to pack it and we had no stock as it all goes home at weekends. So he missed his
8pm dose 😟
[[name:Gareth Lloyd]]  08:04
Did anyone ring {{111}} or the {{out of hours GP}}?
[[name:Lakshmi Venkataraman]]  08:06
Yes, night staff rang {{111}} at 21:30, advised give morning dose as normal and watch for
{{seizures}}. No seizure overnight. Morning dose given from a new supply from
[[organisation:Brightwater Medical Practice]] - [[name:Mercy]] collected it at 07:30.
[[name:Gareth Lloyd]]  08:09
Thanks. Can we add {{meds}} to the {{Sunday return checklist}} and agree a {{reserve supply}}
with the {{GP}}? I'll email {{mum}}.
[[name:Mercy Darko]]  08:11
{{Will}} also flag at {{handover}}. {{Medication incident form}} done, ref [[case_reference:MED-0214]]
""")),
    ("social_care", "near_miss", block("""
Night checks - {{Kestrel}} - [[date:Thurs 13 March]]
Time | Room | YP | Checked by | Notes
22:00 | 1 | [[name:Reuben]] | [[name:AK]] | asleep
22:00 | 2 | [[name:Dylan Osei]] | [[name:AK]] | awake, reading
23:00 | 4 | [[name:Yusuf]] | [[name:AK]] | asleep, {{CPAP}} on
00:00 | 4 | [[name:Yusuf]] | - | NOT DONE
01:00 | 4-6 | - | - | NOT DONE
02:00 | 4 | [[name:Yusuf]] | [[name:Lena]] | asleep, {{CPAP}} off - refitted
Note from {{Deputy Head of Care}}: the 00:00 and 01:00 checks for rooms 4-6 were not signed.
[[name:AK]] says the {{waking night}} phone was in {{Heron}} covering a {{restraint}}.
[[name:Yusuf]] has {{sleep apnoea}} and is on {{hourly checks}} per his {{care plan}}. No harm,
but this is a near miss. {{Waking night}} cover across both houses to be reviewed.
- [[name:Mark Adeyemi-Stone]]
""")),
    ("social_care", "success", prose("""
Learning from good practice - admission of a new boarder. When [[name:Ayodele Balogun]]
([[age:aged 10]]) joined us from [[organisation:St Ninian's Primary]] on [[date:6 January]],
his {{social worker}} warned us that his last two placements had broken down in the first
week. [[name:Charlotte]] ({{key worker}}) visited him at home three times before he came, made
a {{social story}} with photos of his bedroom, the dining room and the staff on his shift, and
arranged for his {{mum}} to eat tea with him on the first two evenings. We used his {{PECS}}
board from school so that communication was consistent. [[name:Ayo]] has had no
{{missing episodes}} and no {{physical interventions}} in his first six weeks. The {{IRO}} has
asked us to share the approach at his next {{LAC review}}. We will now offer pre-admission home
visits for all new boarders. Written up by [[name:Ellis Marchetti]], {{Head of Boarding}}.
""")),
    ("social_care", "incident", block("""
Strategy discussion - notes
Date: [[date:25/03/2025]] 14:00 (Teams)
Attendees: [[name:Hannah Greaves]] ({{LADO}}, [[organisation:Northwold County Council]]);
[[name:Bill Henshaw]] ({{Head of Care}}); [[name:Ifeoma Chukwu]] ({{DSL}}); DC [[name:Marcus Oyelowo]] ({{police}})
Apologies: [[name:Ruth Abernethy]] ({{HR}})
Staff member: [[name:KB]], {{night care worker}} (DOB [[date_of_birth:02/08/1989]], NI [[ni_number:JM 48 21 67 C]])
Summary: On [[date:23 March]] [[name:Leo]] ([[age:16]]) told his {{key worker}} that
[[name:KB]] had shown him videos on a personal phone during a {{waking night}} and asked him
to keep it secret. [[name:Leo]]'s account was recorded verbatim.
Decision: threshold met for {{LADO}} involvement; [[name:KB]] suspended as a neutral act
pending investigation; no further contact with [[name:Leo]].
Actions: [[name:BH]] to send the {{suspension}} letter; [[name:IC]] to update the
{{chronology}}; {{Ofsted}} notification under {{Regulation 40}}; [[name:HG]] to chair the
follow-up on [[date:8 April]].
""")),
    ("social_care", "near_miss", prose("""
Near miss - online safety. On the evening of [[date:2 April]], during phone hand-in at
{{21:00}}, [[name:Precious]] ([[age:15]]) handed in her phone and [[name:Mateus Ferreira]]
({{RCW}}) noticed a message on the {{lock screen}} from an unknown adult asking her to 'come to
the {{bus station}} Saturday'. Her {{location sharing}} was switched on. [[name:Precious]] said he
was a friend from a game. [[name:Mateus]] did not read further, put the phone in the
{{safe}} and informed the {{DSL}}. The next morning the {{DSL}} made a referral to the
{{MASH}} and {{police}} were informed (log [[case_reference:NW-20250403-0117]]). Her
{{CSE}} screening tool was updated and the {{Saturday}} trip was staffed 1:1. Nothing
happened and she is now doing some work with the {{school nurse}}. Learning: the
{{internet filter}} does not cover {{mobile data}}, so phone hand-in times matter.
""")),
    ("social_care", "success", block("""
Kudos board - [[organisation:Fairlow Lodge]] - week ending [[date:11/04/25]]
⭐ [[name:J.K.]] for staying calm with [[name:Max]] during the {{fire drill}} on {{Wednesday}}
and getting him out with his {{ear defenders}} in under 2 mins - first time he's managed it!
⭐ [[name:Sunita]] and [[name:Big Dave]] for the {{Easter}} egg hunt, even in the rain
⭐ [[name:Lily-Rose]] ({{waking nights}}) for spotting that the {{medication fridge}}
temperature log was out of range before the {{insulin}} was spoiled
⭐ Our {{Year 11s}} for getting through {{mocks}}!
Nominations in the box by the {{office}} - [[name:Nadia]] ({{Deputy HoC}})
""")),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
Incident summary - delayed recognition of {{STEMI}}
A [[age:58-year-old]] man, [[name:Gerald Pennington]] ([[case_reference:FGH4471902]]),
self-presented to {{ED}} at [[organisation:Fenmoor General Hospital]] on
[[date:9 October 2024]] at {{02:14}} with {{central chest pain}}. A {{12-lead ECG}} was
recorded at 02:26 but was not shown to a doctor until 03:05 because the department was at
{{OPEL 4}} and the {{triage nurse}} had been pulled into {{resus}}. The ECG showed an
{{inferior STEMI}}. {{Primary PCI}} was activated at 03:09 and he arrived in the {{cath lab}}
at 03:41; {{door-to-balloon}} time was 104 minutes against a standard of 90. The {{RCA}} was
stented. Mr [[name:Pennington]] has made a good recovery with mild {{LV impairment}}.
Contributory factors: no process for ECGs to be reviewed within 10 minutes when the triage
nurse is redeployed; the {{ECG machine}} in triage does not transmit to {{CCU}}.
Reported by: [[name:Nkechi Anyanwu]], {{Cardiac Nurse Specialist}}
""")),
    ("health", "near_miss", prose("""
nr miss on {{ccu}} bay 3 nite shift. pt on {{IV heparin}} infusion per the {{APTT}}
nomogram, 2am APTT came back 1.9 so rate shd have gone UP 2ml/hr, {{agency nurse}} (nice lad,
[[name:Joel]]) turned it DOWN bc he read the old row on the chart. i was doing the
{{double check}} n caught it b4 he pressed start. no harm. pt mrs [[name:quigley]] bed 14. the
nomogram chart has been photocopied so many times the rows r blurry, can we get clean copies
pls + agency induction shd cover it. also the {{pump}} {{drug library}} doesnt have heparin on
it?? [[name:ana-luisa]] {{CCU}} {{RN}}
""")),
    ("health", "success", block("""
📣 Shout out to the {{cath lab}} team on [[date:Sunday 16th]]!
{{PPCI}} call at 04:50 (Mr [[name:Doherty]], [[age:44]], {{anterior STEMI}}, {{VF arrest}} in
the ambulance) - on the table by 05:12, wire across by 05:18. {{Door-to-balloon}} 22 minutes.
Huge thanks to Dr [[name:Hassan]], [[name:Bronwen]] and [[name:Kit]] ({{radiographers}}),
[[name:Sunny]] from {{CCU}} who had the bed ready, and the crew from
[[organisation:East Fenland Ambulance Service]] who pre-alerted with the {{ECG}} sent from the
road. Mr [[name:Doherty]] is sitting up on {{CCU}} eating toast. Textbook.
- [[name:Marguerite]] ({{Cath Lab Manager}})
""")),
    ("health", "incident", block("""
Timeline - fall - [[organisation:Harrowden Ward]] ({{step-down}} from {{CCU}})
Patient: [[name:Edna Kowalczyk]], [[age:84]], NHS no [[nhs_number:485 721 3966]]
[[date:14/01/25]]
21:30 Post-{{TAVI}} day 2. {{Bed rails}} assessment not repeated after transfer from {{CCU}}.
22:45 {{Furosemide}} given late (due 18:00 - missed on transfer).
01:10 Found on the floor by her bed by {{HCA}} [[name:Mark Tobin]]. Pt says she was going to
the toilet. {{Call bell}} out of reach.
01:15 {{NEWS2}} 3. {{Head injury}} - on {{apixaban}}.
01:40 Reviewed by {{SHO}}, {{CT head}} requested.
03:20 CT head: no {{bleed}}. [[name:Mark]] stayed with her until the scan.
Issues: {{falls risk assessment}} not repeated on transfer; {{diuretic}} given late at night;
no {{sensor mat}} available.
Datix [[case_reference:W218845]] - [[name:Farhana Begum]], {{Ward Sister}}
""")),
    ("health", "near_miss", block("""
From: [[name:Oluwaseun Adeyemi]] <[[email:oluwaseun.adeyemi@fenmoor.nhs.uk]]>
To: {{Chest Pain Pathway}} leads
Date: [[date:3 February 2025]]
Subject: near miss - {{ECG}} not reviewed in {{CDU}}

Hi all,
Flagging a near miss from yesterday afternoon. A [[age:67-year-old]] lady on the
{{chest pain pathway}} in {{CDU}} had her {{repeat ECG}} at 3 hours as per pathway. It was printed
and put in her notes but not signed by a doctor. Our {{HCA}}, [[name:Sheila]], thought it looked
'different' to the first one and brought it to me. It showed new {{T-wave inversion}} in V1-V4
and her {{high-sensitivity troponin}} had risen from 8 to 61. The {{Cardiology SpR}} reviewed
within 15 min, started the {{ACS}} protocol and she went to {{CCU}}. No harm.
The pathway says ECGs must be reviewed within 10 min but there is no way of flagging them.
[[name:Sheila]] deserves recognition - she has done ECG training but it is not her job to interpret.
Thanks
[[name:Seun]]
[[name:Oluwaseun Adeyemi]], {{Band 6}} {{Staff Nurse}}, {{CDU}}
""")),
    ("health", "success", block("""
[[name:Priya Raman]]  10:14
Just to say the new {{transfer checklist}} for {{inter-hospital}} transfers to
[[organisation:Royal Wessbury Infirmary]] worked brilliantly this morning 🙌
[[name:Dan Whitlock]]  10:16
the {{TAVI}} work-up lady?
[[name:Priya Raman]]  10:17
yep. bloods, {{echo}}, {{CT}}, consent form, {{drug chart}} copy, all in the pack.
[[organisation:Wessbury]] rang to say it's the first complete pack they've had from us
[[name:Kemi]]  10:20
that's down to [[name:Rose]] on [[organisation:Linton Ward]] who trialled it for 3 weeks
[[name:Dan Whitlock]]  10:21
👏 can we present it at {{governance}} on [[date:28th]]?
[[name:Kemi]]  10:22
will ask her, she's on {{nights}} this week
""")),
    ("health", "incident", block("""
DATIX INCIDENT FORM
Ref: [[case_reference:W219402]]
Incident date: [[date:27/02/2025]]   Time: 11:20
Location: {{Cardiology Outpatients}}, [[organisation:Fenmoor General Hospital]]
Patient affected: [[name:Kwabena Mensah-Bonsu]]   DOB: [[date_of_birth:04/09/1961]]
Hospital no: [[case_reference:FGH2208315]]   NHS no: [[nhs_number:620 394 1581]]
Address: [[address:Flat 3, 27 Cobbold Road, Fenmoor]] [[postcode:FM4 2BX]]
Description: Mr [[name:Mensah-Bonsu]]'s {{ECG}} was saved in the {{ECG management system}}
under another patient, [[name:Kweku Mensah-Bonsu]], because the {{cardiac physiologist}}
picked from a drop-down list searched by surname only. The consultant, Dr [[name:Lindqvist]],
nearly reviewed the wrong trace in clinic and was about to reduce his {{bisoprolol}} for
{{bradycardia}}. It was noticed because the trace showed a {{paced rhythm}} and
Mr [[name:Mensah-Bonsu]] does not have a {{pacemaker}}.
Immediate action: trace moved to the correct record; both patients' records checked.
Reported by: [[name:Tendai Moyo]], {{Cardiac Physiologist}}
""")),
    ("health", "near_miss", block("""
SBAR handover - {{CCU}} bed 6 - night to day - [[date:Weds 12th]]
S: Mr [[name:Abdullahi Warsame]], [[age:71]], {{NSTEMI}} day 3, awaiting {{angiogram}}.
B: {{CKD 3b}}, {{T2DM}}, on {{metformin}} (held) and {{ramipril}}.
A: {{Potassium}} 6.4 at 04:00 on {{VBG}}, repeat lab K+ 6.1. ECG no {{peaked T waves}}.
NB 20 mmol {{KCl}} had been prescribed in his {{maintenance fluids}} by the {{FY1}} at 18:00
off Monday's bloods (K 3.6). [[name:Tomasz]] noticed before putting the second bag up -
stopped, not given.
R: {{calcium gluconate}} not needed per {{reg}}, {{insulin-dextrose}} given 05:10, repeat K at
08:00, {{renal}} team aware. Please make sure the cath today is contrast-light and that
{{FY1}}s check the latest U&E before prescribing potassium.
Handed over by [[name:Tomasz Wójcik]] to [[name:Iris]]
""")),
    ("health", "incident", block("""
Cardiology {{M&M}} meeting - minutes
Date: [[date:Thursday 20 March 2025]]
Chair: Dr [[name:Rajiv Menon]]
Present: Dr [[name:Helen Achterberg]], Dr [[name:Yusuf Demir]] ({{SpR}}), [[name:Clare Holloway]]
({{CCU}} {{Matron}}), [[name:Adaeze Nnamdi]] ({{Cath Lab}} {{Sister}}), [[name:Will Fairbairn]]
({{pharmacist}})
Apologies: Dr [[name:Sánchez-Ortega]], [[name:Lin Zhou]]
Case 1 ([[case_reference:FGH3390027]]): {{femoral}} access {{haematoma}} after {{PCI}} on
[[date:2 March]]. {{Radial}} access had failed. Pressure applied 20 min, {{bed rest}} 4 hours,
but {{obs}} were not done hourly on [[organisation:Harrowden Ward]]. Hb dropped 131 to 92,
needed 2 units. Learning: femoral patients to stay on {{CCU}} for the first 6 hours.
Case 2: patient on {{ticagrelor}}, {{apixaban}} and {{aspirin}} discharged without a stop date
for the aspirin. [[name:Will]] to update the {{TTO}} template.
Actions: [[name:CH]] to draft a femoral {{post-procedure}} guideline by [[date:17 April]].
""")),
    ("health", "success", block("""
Transcribed thank-you card, pinned up in the {{CCU}} staff room:
'To all the wonderful staff on the {{Coronary Care Unit}}, especially [[name:Joy]],
Sister [[name:Okonkwo]] and the night nurse with the purple glasses (we think [[name:Benedikt]]?).
When my husband [[name:Alan]] was brought in on [[date:31st December]] after his
{{cardiac arrest}} we didn't know if he would see {{January}}. You explained every {{wire}} and
{{monitor}}, you let me stay past {{visiting}}, and you made him laugh when he was frightened.
He is now doing {{cardiac rehab}} at [[organisation:Fenmoor Leisure Centre]] twice a week and
moaning about it, which is how we know he is better! With our love and thanks,
[[name:Alan]] & [[name:Maureen Pike]] x'
Shared by [[name:Dominika]] ({{Ward Clerk}})
""")),
    ("health", "near_miss", block("""
{{Chest pain pathway}} - {{troponin}} tracker - {{CDU}} - [[date:08/04/2025]]
Bed | Patient | Hosp no | T0 | T3 | Action
1 | [[name:R. Castellanos]] | [[case_reference:FGH1187340]] | 4 | 5 | {{discharge}}
2 | [[name:Ong Bee Lian]] | [[case_reference:FGH2954018]] | 12 | 14 | {{discharge}}
3 | [[name:Faith Mwangi]] | [[case_reference:FGH4410726]] | 9 | NOT SENT | -
4 | [[name:Desmond Pryor]] | [[case_reference:FGH0739215]] | 27 | 88 | {{cardiology}} referral
Note ([[name:HL]], {{nurse in charge}}): bed 3's 3-hour {{hs-troponin}} was never sent - the
sample was left at the {{pod station}} while the {{pneumatic tube}} was down and nobody walked
it. [[name:Faith Mwangi]] was on the board as 'ready for discharge' at 16:00 and the {{ED}}
{{consultant}} nearly discharged her. I caught it at the {{safety huddle}}. Repeat troponin 10,
discharged 18:30. The tracker now has a 'sample sent by / time' column.
""")),
    ("health", "incident", prose("""
Incident narrative - {{inter-hospital transfer}}. On [[date:5 May 2025]] a
[[age:49-year-old]] woman, [[name:Rosalind Achebe]] ([[case_reference:FGH5062281]], NHS
[[nhs_number:539 277 0428]]), with a {{Type A}} {{aortic dissection}} on {{CT}} was accepted by
the {{cardiothoracic}} team at [[organisation:St Aldhelm's Heart Centre]] at 19:20. A
{{time-critical transfer}} was requested from [[organisation:East Fenland Ambulance Service]] at
19:25 (incident [[case_reference:EF-250505-3318]]) but the crew did not arrive until 21:10
because the call had been triaged as {{Category 3}}. During the wait her {{systolic BP}} rose to
170 despite a {{labetalol}} infusion and she needed an {{arterial line}}. The
{{cardiac nurse}} escort, [[name:Grace O'Malley]], was taken from the {{CCU}} rota and the unit
ran one nurse short for 5 hours. Mrs [[name:Achebe]] had surgery the same night and survived.
Issues: transfer category not agreed between clinicians and {{EOC}}; no escort cover plan.
""")),
    ("health", "near_miss", block("""
Cath lab huddle chat (Teams) - [[date:19/05/25]]
[[name:mags.oconnor]] 13:02: taking {{TR band}} off bed 2 at 13:00 as per protocol?
[[name:b.haddad]] 13:03: NO - bed 2 is on {{tirofiban}}, band stays on longer, see the {{post-procedure}} sheet
[[name:mags.oconnor]] 13:04: sorry! saw the 2h deflation plan on the whiteboard, that was bed 1's
[[name:b.haddad]] 13:05: np, whiteboard has had the wrong bed numbers since they swapped beds after lunch. I'll fix
[[name:mags.oconnor]] 13:06: band still inflated, no bleed, {{radial pulse}} fine. will datix as near miss
[[name:Jules Tran]] 13:10: thanks both - let's put the deflation time on the band itself with a
sticker like [[organisation:Royal Wessbury]] do
""")),
    ("health", "success", block("""
{{Learning from Excellence}} nomination
Nominee: [[name:Hamish MacLeod]], {{Cardiac Physiologist}}
Nominated by: Dr [[name:Zofia Brzezińska]], {{Cardiology Registrar}}
On [[date:Tuesday 10 June]] [[name:Hamish]] was fitting a routine {{Holter}} monitor in
{{outpatients}} for a [[age:19-year-old]] student referred by [[organisation:Marlpit Lane Surgery]]
with {{palpitations}}. While attaching the leads he noticed a {{delta wave}} and
{{pre-excitation}} typical of {{WPW}}. Rather than just fitting the monitor and sending her
home, he ran a {{12-lead}}, bleeped me and kept her in the department. She was reviewed the same
afternoon and listed for an {{EP study}} and {{ablation}}. She told me she had twice been told
it was anxiety. [[name:Hamish]]'s curiosity and confidence made a real difference to her.
""")),
    ("health", "incident", prose("""
telemetry incident {{ccu}} [[date:sat 21/6]]. bed 9 pt mr [[name:halvorsen]] ({{post MI}}) had
a 28 sec run of {{VT}} at 03:12 on the central {{tele}} screen, alarm went off but nobody
responded for about 2 min bc we had 40+ alarms that hour mostly {{leads off}} and {{SpO2}}
probe. i was in bay 2 with a {{confused}} pt and [[name:Dimitra]] was on break. hca
[[name:faisal]] eventually came to get me. pt self terminated, {{asymptomatic}}, K 3.4
replaced, {{reg}} aware, {{amiodarone}} started. no harm but cud of been. pls can we look at
{{alarm limits}} + who covers the {{monitor}} on breaks. [[name:cerys]] {{RN}}
""")),
    ("health", "near_miss", block("""
From: [[name:Lucia Ferraro]]
Sent: [[date:Monday, 7 July 2025]] 09:41
To: [[name:Kathy Nwosu]]; {{Cath Lab Bookings}}
Subject: Near miss - contrast allergy not on booking - [[case_reference:FGH6175534]]

[[name:Kathy]],
Patient [[name:Harold Bramwell]] (DOB [[date_of_birth:12/11/1948]]) was listed for an
{{elective}} {{angiogram}} today. At {{WHO checklist}} sign-in he mentioned he 'came out in a
rash' after a scan at [[organisation:Whitcross Community Hospital]] in 2019. This was not on the
{{booking form}} or the {{ePR}} alerts. The {{pre-assessment}} had been done by phone and the
question wasn't asked. The {{consultant}} postponed him to the afternoon; he had
{{prednisolone}} and {{chlorphenamine}} and the procedure was uneventful.
Can we add the contrast question to the phone pre-assessment script?
Thanks, [[name:Lucia]]
[[name:Lucia Ferraro]] | {{Cath Lab Sister}} | [[organisation:Fenmoor Hospitals NHS Trust]]
[[phone:01632 960884]]
""")),
    ("health", "success", block("""
{{Safety huddle}} - Cardiology - [[date:Fri 25 July]]
Attendance: [[name:Precious Ndlovu]] ({{CCU}}), [[name:Evan]] ({{cath lab}}), [[name:Siân]]
({{bed manager}}), [[name:Pat]] ({{HCA}} lead)
Apologies: Dr [[name:Menon]]
Good catch of the week: [[name:Evan]] noticed the {{defibrillator}} in {{Cath Lab 1}} had
paediatric {{pads}} after the {{resus trolley}} restock and swapped them before the first case.
Celebration: zero {{pressure ulcers}} on {{CCU}} for 100 days!
{{Chest pain pathway}} audit (June): 94% of patients had their {{ECG}} reviewed within 10 minutes,
up from 71% since the ECG alert flag went live.
Bed state: 2 {{CCU}} beds free, 1 transfer to [[organisation:Royal Wessbury Infirmary]] awaited.
Thank you [[name:Pat]] for covering the {{HCA}} gap on [[organisation:Harrowden Ward]] all week.
""")),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
Ground incident - passenger control
On [[date:Saturday 17 August]] during the {{rotors-running}} passenger change on {{Pad 2}} at
[[organisation:Kelbrook Heliport]], a passenger from the 14:30 {{sightseeing}} tour
([[flight_number:TMK14]]) walked towards the {{tail rotor}} of [[aircraft_registration:G-TMRK]]
({{AS350 B3}}) to take a photograph. The {{ground marshal}}, [[name:Kyle Dunmore]], was escorting
a wheelchair user and had briefed the group to wait at the {{blue line}}, but there was no
second escort. [[name:Kyle]] shouted and the passenger stopped about 4 metres from the tail. The
pilot, Capt [[name:Imogen Frayne]], could not see him from the cockpit. The aircraft was shut
down and the group re-briefed. No injuries.
Actions: two {{ground crew}} minimum for rotors-running loads; the safety brief card to be
translated (the group were {{Korean}}-speaking); {{MOR}} submitted to the {{CAA}}.
Reported by [[name:Kyle Dunmore]], {{Ground Operations}}
""")),
    ("aviation", "near_miss", block("""
RT transcript - [[date:2 September 2025]] - extracted for safety report
11:42:10 HELI: [[organisation:Thamesmere Radar]], [[aircraft_registration:Golf Romeo Sierra]], {{EC130}},
lifting [[organisation:Kelbrook]] for the {{river tour}}, not above one thousand five hundred
feet, {{QNH}} one zero one four, request {{Basic Service}}
11:42:25 RADAR: [[aircraft_registration:Golf Romeo Sierra]], {{Basic Service}}, report at the bridge
11:44:51 HELI: [[aircraft_registration:Golf Romeo Sierra]], {{drone}} sighting, just passed a drone
same level, about fifty metres, left side, over the {{marina}}
11:45:02 RADAR: [[aircraft_registration:Golf Romeo Sierra]], roger, any description?
11:45:10 HELI: small quad, grey, hovering, no lights
11:45:20 RADAR: Roger, passing to {{police}}, report {{airprox}} on the ground
Pilot comment ([[name:Rafael Quintero]], [[aircraft_registration:G-TMRS]]): the drone was inside
the {{FRZ}} of the heliport. No avoiding action possible - seen as we passed. 6 pax on board,
not aware. {{Airprox}} filed, police ref [[case_reference:CAD 4418/02SEP]].
""")),
    ("aviation", "success", block("""
Shout-out from the ops room 👏
Big thanks to [[name:Bryony]] and [[name:Nasser]] on the {{ramp}} on [[date:Sun 7th]]. With a
40-minute {{weather hold}} for {{low cloud}} they had 3 tours of nervous passengers (including a
hen party of 11 and a proposal flight!) and kept everyone calm, fed and informed.
[[name:Nasser]] spotted that the proposal gentleman had left the ring in the {{crew room}}
toilet 😅 and got it back to him before {{start-up}}. She said yes 💍
Also [[name:Will]] for being first in at 06:00 to pull [[aircraft_registration:G-OKLB]] out of
the {{hangar}} and get the {{daily inspection}} done, so the first flight went on time once the
{{cloud base}} lifted.
Great teamwork all.
[[name:Sunny]] ({{Ops Manager}})
""")),
    ("aviation", "incident", block("""
From: [[name:Margaret Ellory]] <[[email:mellory1954@fenmail.co.uk]]>
To: [[email:noise@tamariskhelicopters.co.uk]]
Date: [[date:Sat 14 Jun 2025]] 19:02
Subject: Helicopter AGAIN over our house

To whom it may concern,
I live at [[address:Pear Tree Cottage, 6 Mill Lane, Oxwick]], [[postcode:KB7 3RE]] and for the
THIRD time this month one of your helicopters has flown directly over my house very low. Today
at about 18:40 it was so low the washing blew off the line and my dog was terrified. I could
read the letters on the side - [[aircraft_registration:G-HKBW]]. You promised the
{{noise abatement}} route would avoid {{the village}}. I want to know who the pilot was and I
am copying in my {{MP}} and the {{CAA}}.
[[name:Margaret Ellory]] ({{Mrs}})
[[phone:01632 960238]]

-- Internal note ([[name:Rashid]]): {{flight track}} for [[aircraft_registration:G-HKBW]]
confirms a deviation ~400 m north of the route at 600 ft {{AGL}}, pilot avoiding a
{{shower}}. Route brief is not clear about {{weather}} deviations. Apology letter to go.
""")),
    ("aviation", "near_miss", prose("""
quick one for the safety box. thurs pm charter back from
[[organisation:Hollins Park Racecourse]] in [[aircraft_registration:G-TMRK]], {{TAF}} said
{{BKN}} 1500 but the {{cloud base}} dropped to like 600ft over the {{ridge}} n {{vis}} went to
3km in rain. i pushed on 2-3 min longer than i shud have bc the 5 pax needed to make
[[flight_number:NL2281]] at [[organisation:Stansford Airport]]. then turned back + went round
the long way via the valley. got in 25 min late, they still made it. lesson -
{{commercial pressure}} is real even when nobody says anything. shd have had a plan B set b4
departure. pls can ops put {{decision points}} on the charter {{nav logs}}. [[name:jonno]]
""")),
    ("aviation", "success", block("""
Subject: Thank you from the [[name:Nakamura]] family

Dear [[organisation:Tamarisk Helicopters]] team,
We flew with you on [[date:23rd August]] for our son [[name:Ren]]'s birthday - he turned
[[age:10]]. [[name:Ren]] is autistic and loud noise is very hard for him. [[name:Chloe]] on
the phone booked us the first flight of the day so the {{terminal}} was quiet, e-mailed photos
of the helicopter and the {{headsets}} beforehand, and the pilot, Captain [[name:Ade]], let him
sit in the {{front seat}} and explained every switch. He has not stopped talking about the
{{Squirrel}} (he now tells everyone it is an {{AS350}}). Thank you for making it possible.
[[name:Hiroshi]] & [[name:Emma Nakamura]]

-- forwarded to [[name:Ade]] and [[name:Chloe]] with thanks, {{Ops}}
""")),
    ("aviation", "incident", block("""
Chronology - fuel bowser - [[date:11/09/25]]
07:40 Bowser ([[vehicle_registration:KX63 HFD]]) driven onto {{Pad 1}} by [[name:Ollie Brandt]]
for {{Jet A-1}} uplift to [[aircraft_registration:G-TMRS]].
07:46 Uplift started (approx 60 L delivered).
07:52 {{Fuel sample}} from the bowser taken late; {{water detector}} capsule turned green.
07:55 [[name:Ollie]] stopped the uplift and informed the {{Chief Pilot}}, [[name:Magnus]].
08:10 Aircraft {{quarantined}}; tours moved to [[aircraft_registration:G-TMRK]].
09:30 Engineer drained aircraft tanks - {{sump}} samples clear. Bowser {{water separator}}
found not drained since [[date:1st Sept]] - daily drain sheet blank for 8 days.
Root cause: drain check fell between our {{ground crew}} and the fuel supplier,
[[organisation:Harland Aviation Fuels]], after the contract change. Sample to be taken before
every uplift, not after.
Reported by [[name:Nomvula Dube]], {{Safety Manager}}
""")),
    ("aviation", "near_miss", block("""
{{Weight and balance}} - tour [[flight_number:TMK22]] - [[aircraft_registration:G-TMRK]] - [[date:Sat 20 Sept]]
Seat | Passenger | Declared kg | Actual kg
Front L | [[name:D. Kaur]] | 60 | 62
Rear L | [[name:Bill O'Brien]] | 85 | 118
Rear C | [[name:Amrit Kaur]] ([[age:8]]) | 25 | 27
Rear R | [[name:Shaun Tierney]] | 80 | 111
Total | | 250 | 318
Note: passengers self-declare weight when booking. The {{check-in}} scales were out of order so
{{ground crew}} accepted the declared weights. The pilot, [[name:Aoife]], thought the aircraft
felt heavy in the {{hover}} and set back down on the pad before departure. Re-weighed on the
{{portable scales}}: {{CG}} within limits but only 12 kg below {{MTOW}} on a hot day. Spare
scales now kept in {{Ops}}; no weights accepted without weighing.
""")),
    ("aviation", "incident", block("""
PASSENGER INCIDENT FORM
Ref: [[case_reference:TH-INC-0388]]
Passenger name: [[name:Dolores Fitzgerald-Ameh]]
DOB: [[date_of_birth:30/01/1957]]   Age: [[age:68]]
Address: [[address:Flat 12, Saxon Court, 40 Quayside Road, Marlow Heath]] [[postcode:MH2 9DA]]
Phone: [[phone:07700 900146]]   Email: [[email:dolores.fa@quickpost.net]]
Booking ref: [[case_reference:TMK-BK-77215]]
Flight: [[flight_number:TMK09]], [[aircraft_registration:G-HKBW]] ({{Bell 505}})
Date: [[date:4 October 2025]]
What happened: Passenger caught her foot on the {{skid}} while boarding and fell against the
{{door frame}}; graze to shin and bruised wrist. Ground crew [[name:Reece]] was holding the
door and did not see her foot catch. {{First aid}} given in the {{terminal}}. She chose to fly.
Contributing factors: {{skid}} step not marked; no boarding step carried for the {{Bell 505}};
passenger wearing open sandals despite the booking advice.
""")),
    ("aviation", "success", block("""
{{Safety Review Board}} - minutes - [[date:Wednesday 15 October 2025]]
Present: [[name:Nomvula Dube]] ({{Safety Manager}}, chair), Capt [[name:Magnus Eriksen]]
({{Chief Pilot}}), [[name:Sunny Oyelaran]] ({{Ops Manager}}), [[name:Ravi Chandrasekhar]]
({{CAM}}), [[name:Jess]] ({{ground crew}} rep)
Apologies: [[name:Teodora Ilieva]] ({{Accountable Manager}})
1. {{SMS}} stats Q3: 31 reports, 2 {{MOR}}s, no injuries to passengers in flight.
2. Good news: noise complaints down from 19 to 4 since the new {{noise abatement}} routes and
the {{Fly Neighbourly}} briefing. [[organisation:Oxwick Parish Council]] wrote to say thank you.
3. {{Just culture}}: [[name:Magnus]] praised the open reporting of {{commercial pressure}} by
line pilots - three reports this quarter, none before.
Actions: [[name:RC]] to circulate the revised {{MEL}} summary; [[name:ND]] to reply to the
parish council; {{next meeting}} [[date:14 January]].
""")),
    ("aviation", "near_miss", block("""
#ops-kelbrook (Slack export)
[[name:harvey.k]]  08:12  heads up - {{NOTAM}} out for a {{crane}} at the new flats on the waterfront, 320ft {{AMSL}}, right under the {{river tour}} route
[[name:aoife.mcg]]  08:15  wasn't in my {{brief pack}} this morning?? I did the 08:00 [[flight_number:TMK03]] right past it
[[name:harvey.k]]  08:16  it was issued last night after the packs were printed 🙈 you were at 800ft so ok but
[[name:magnus.e]]  08:18  ok pulling the 09:00 until everyone has seen it. [[name:harvey]] can you add it to the board + re-print
[[name:harvey.k]]  08:19  done
[[name:magnus.e]]  08:25  lesson: brief pack needs a {{NOTAM}} re-check right before each wave, not just at 07:00. [[name:aoife.mcg]] please file it as a near miss
""")),
    ("aviation", "incident", block("""
{{MOR}} narrative - bird strike
Aircraft: [[aircraft_registration:G-TMRS]] ({{EC130 T2}})
Date: [[date:29/10/2025]]
{{Commander}}: [[name:Rafael Quintero]]
Tour [[flight_number:TMK31]], 6 passengers. At 15:20, approx 700 ft over {{the estuary}}, the
aircraft struck a large {{gull}} which hit the {{windscreen}} on the left side, cracking the
outer ply. I declared a {{PAN}} with [[organisation:Thamesmere Radar]] and returned to
[[organisation:Kelbrook Heliport]], landing at 15:31. Passengers shaken but uninjured; a
[[age:12-year-old]] boy in the front seat had small fragments on his jacket. The {{engineer}}
found no further damage; the aircraft is {{AOG}} awaiting a replacement windscreen.
Reported to the {{CAA}}, ref [[case_reference:MOR-2025-41187]].
""")),
    ("aviation", "near_miss", block("""
OPS HANDOVER - late to early - [[date:Fri 31 Oct]]
• [[aircraft_registration:G-OKLB]] - {{snag}}: {{hydraulic}} caution flicker on last flight,
{{tech log}} entry by [[name:Ade]], NOT yet cleared. ⚠ Still on the {{flight schedule}} for the
09:00 {{trial lesson}} - pls swap to [[aircraft_registration:G-HKBW]]. It nearly got dispatched
tonight for a late {{charter}} - [[name:Elif]] caught it checking the {{tech log}} before the
pax walked out. Schedule and tech log don't talk to each other!!
• [[flight_number:TMK50]] charter for [[organisation:Brackenbury Events]] confirmed 11:30,
4 pax, contact Mr [[name:Oduya]] [[phone:07700 900893]]
• {{Fuel}} bowser topped up, sample clear
• {{Met}}: fog till 10, {{TAF}} improving
Handed over: [[name:Elif]] → [[name:Pat]]
""")),
    ("aviation", "success", prose("""
Learning report - good decision. On [[date:8 November]] Capt [[name:Aroha Ngata]] was
returning to [[organisation:Kelbrook Heliport]] in [[aircraft_registration:G-TMRK]] with a
{{charter}} party. On {{short final}} to {{Pad 3}} she saw that a member of the public had
climbed the {{perimeter fence}} to film the landing and was standing inside the {{FATO}}. She
went around, called ops on the {{company frequency}} and held off until {{security}} escorted
the man off site. He was reported to {{police}} (ref [[case_reference:TV/25/110834]]). The
passengers were reassured by a clear {{PA}}. [[name:Aroha]] said afterwards she nearly dismissed
it because 'people lean on that fence all the time'. Her early decision to go around, rather
than land on the other pad, is exactly what our {{SOPs}} aim for. Fence height to be raised and
{{CCTV}} coverage of the {{FATO}} extended. - [[name:Nomvula Dube]], {{Safety Manager}}
""")),
    ("aviation", "incident", block("""
From: [[name:Sunny Oyelaran]] <[[email:s.oyelaran@tamariskhelicopters.co.uk]]>
To: [[name:Magnus Eriksen]]; [[name:Nomvula Dube]]
Date: [[date:Mon 17 Nov 2025]] 10:05
Subject: [[flight_number:TMK44]] - missed connection / complaint

[[name:Magnus]], [[name:Nomvula]],
Charter [[flight_number:TMK44]] yesterday (2 pax, Mr and Mrs [[name:Vandersteen]]) was due off
{{Pad 1}} at 12:00 to connect with [[flight_number:NL2281]] at [[organisation:Stansford Airport]].
[[aircraft_registration:G-TMRS]] went {{u/s}} at {{start-up}} ({{starter generator}}). Our
{{standby}} aircraft was out on a tour and nobody had told that pilot it was the backup. We flew
them at 12:50; they missed [[flight_number:NL2281]] and rebooked at their own cost (£640).
They are asking for a refund plus costs. I've apologised. Two issues: 1) standby allocation
isn't written on the {{daily plan}}; 2) we didn't offer a {{taxi}} as a fallback. Can we talk at 2?
[[name:Sunny]]
[[name:Sunny Oyelaran]] | {{Ops Manager}} | [[organisation:Tamarisk Helicopters Ltd]]
[[phone:01632 960771]]
""")),
    ("aviation", "near_miss", block("""
[[[date:22/11/2025]], 13:04] [[name:Reece]]: who left the {{golf buggy}} on the edge of {{pad 2}}??
[[[date:22/11/2025]], 13:05] [[name:Bryony]]: not me
[[[date:22/11/2025]], 13:05] [[name:Jess Amankwah]]: think it was the {{photographer}} from the wedding
[[[date:22/11/2025]], 13:06] [[name:Reece]]: [[aircraft_registration:G-HKBW]] was on final and [[name:Aoife]] called the pad blocked on {{company freq}}, did an orbit. buggy moved now
[[[date:22/11/2025]], 13:08] [[name:Bryony]]: buggy keys need to live in {{ops}} not in the buggy. and visitors shouldnt be {{airside}} without {{hi-vis}} + escort
[[[date:22/11/2025]], 13:09] [[name:Jess Amankwah]]: the wedding co ([[organisation:Lace & Linen Weddings]]) had an {{airside pass}} for 1 person, there were 3 of them 🙄
[[[date:22/11/2025]], 13:10] [[name:Reece]]: ill write it up. near miss, nobody hurt
""")),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind286", REPORTS))
