"""Held-out blind corpus 328: UK incident, near-miss and learning reports, hand-labelled.

Fifty reports written blind (without sight of the de-identifier or any other corpus) as
front-line practitioners type them into a confidential reporting system. Three settings,
all people, organisations, places and numbers invented:

- social_care (17): a leaving care team of personal advisers - pathway plans, Staying Put,
  housing, university and benefits.
- health (17): a community midwifery team - home births, booking, antenatal clinics,
  postnatal visits and safeguarding.
- aviation (16): an aircraft paint and interiors hangar - MRO, stripping and painting, seats,
  cabin refits and quality inspectors.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes,
minutes with attendance and apologies, pipe tables, transcripts (RT for aviation), and
shout-outs or thank-you notes. Identifiers are marked `[[label:value]]`; must-not-redact
mentions (roles, agencies, frameworks, drugs, equipment, aircraft types, place types and
look-alike acronyms) are marked `{{term}}`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind328.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
rang [[name:jade]] 2day re her {{UC}} - shes been sanctioned AGAIN, says the {{work coach}} never
told her abt the appt on [[date:weds 9th]]. no gas or elec since the wkend & [[name:Kacey-Mae]]
([[age:7mo]]) is in the flat with her, its freezing. put £40 emergency on her card, ok'd by
[[name:Tomasz]] on {{teams}}. {{foodbank}} voucher emailed to [[organisation:St Cuthbert's Pantry]].
txtd the {{HV}} so she knows. will ring [[organisation:Wrenfield Jobcentre]] tmrw + ask for a
{{mandatory reconsideration}}, [[name:jade]] wants me as her {{appointee}}?? dont think thats right,
check w/ {{welfare rights}}. {{pathway plan}} needs redoing - housing section says {{prepayment meter}}
top-ups r sorted, clearly not.
""")),
    ("social_care", "near_miss", block("""
From: [[name:Priya Raghunathan]] <[[email:priya.raghunathan@wrenfield.gov.uk]]>
To: LC {{Team Managers}}
Sent: [[date:14 February 2024]] 09:12
Subject: Near miss - old address on pathway plan letter

Hi both,

Flagging a near miss from yesterday afternoon. [[name:Aleksander]]'s updated {{Pathway Plan}} was
generated with his old {{supported lodgings}} address ([[address:22 Fennel Row, Kestlebury]]
[[postcode:KB4 7RN]]) instead of his new flat. His {{ex-partner}} still lives two doors from there
and he has a {{non-molestation order}} against her. The letter had already been printed by
{{business support}} and was sitting in the {{post tray}} when I spotted it.

Nothing left the building. I've corrected the record, shredded the printout and told
[[name:Aleks]] (he was fine, said thanks for checking). Suggest we stop auto-filling addresses
from the previous plan - the template pulls the {{last known address}} field, not the current one.

Thanks,
[[name:Priya]]
{{Personal Adviser}}, [[organisation:Wrenfield Leaving Care Service]]
[[phone:01632 960418]]
""")),
    ("social_care", "success", prose("""
Shout-out to [[name:Hope Mensah-Bright]] who spent the whole of [[date:Friday 8 March]] at
[[organisation:University of Harrowby]] with [[name:Dami]] ([[age:19]]) sorting out his
{{Student Finance}}, which had been stuck since {{September}} because his {{estrangement}} evidence
kept being rejected. [[name:Hope]] got the {{care leaver bursary}} released by the uni's
{{student support}} team AND a 52-week {{accommodation contract}} so he isn't homeless over the
{{summer}}. [[name:Dami]] messaged the {{duty phone}} afterwards: "tell [[name:Hope]] she's a legend".
This is what the {{Care Leaver Covenant}} is supposed to look like 🙌 — [[name:Will]] ({{TM}})
""")),
    ("social_care", "incident", block("""
CHRONOLOGY – [[name:Keziah Obi]] – {{Staying Put}} – ref [[case_reference:LC/23/0917]]

[[date:Sat 16/03]]
22:40  {{SP carer}} [[name:Bev]] texts {{EDT}}: [[name:K]] not home, phone off. [[name:K]] is [[age:18]]
       so not a {{missing child}} report, but [[name:Bev]] very worried.
23:10  EDT worker [[name:Rashid]] advises [[name:Bev]] to ring {{101}}. Police log [[case_reference:0114/16MAR]].
[[date:Sun 17/03]]
02:30  [[name:K]] home by taxi, says she was at a friend's on [[address:Holloway Terrace, Ashcombe]],
       phone died.
[[date:Mon 18/03]]
09:05  I only find out when [[name:Bev]] rings me - nothing passed from EDT to {{leaving care}}.
09:40  Home visit. [[name:K]] tearful, says an older male "[[name:Deej]]" asked her to keep a bag
       at hers. Possible {{CCE}}.
11:00  Discussed with {{TM}} [[name:Ng Wei Ling]]; {{exploitation screening tool}} done, referred
       to {{MACE}}.

Learning: the EDT-to-{{PA}} handover relies on an email that still goes to an ex-colleague's inbox.
""")),
    ("social_care", "near_miss", block("""
LEARNING / NEAR MISS FORM
Young person: [[name:Bilal Qureshi]]
DOB: [[date_of_birth:02/09/2005]]
LCS ref: [[case_reference:LC-24-00213]]
NI no: [[ni_number:JT 48 21 90 C]]
Address: [[address:Flat 3, 41 Gorse Lane, Wrenfield]] [[postcode:WF3 8HQ]]
Reported by: [[name:D. Kowalczyk]] ({{PA}})
Date of event: [[date:21/03/2024]]

What happened: [[name:Bilal]]'s {{PIP}} claim form was ready to post to {{DWP}} with a different
young person's NI number on page 2. A {{volunteer mentor}} from [[organisation:Brightpath Mentoring]]
had helped him fill it in using an old form as a guide. I checked it against his {{award letter}}
before sealing the envelope and spotted the mismatch.
Outcome: corrected, posted {{recorded delivery}}. No data sent.
Action: mentors not to keep copies of other YP's forms; {{GDPR}} refresher requested for
[[organisation:Brightpath]] via the {{Participation Lead}}.
""")),
    ("social_care", "success", block("""
LEAVING CARE PRACTICE MEETING – [[date:25 April 2024]]
Present: [[name:Grace Achterberg]] ({{TM}}, chair), [[name:Sunny Bhogal]] ({{PA}}),
[[name:Ruairidh MacLeòid]] (PA), [[name:Lindiwe Dube]] ({{Housing Options}} link officer)
Apologies: [[name:Marek]], [[name:Joy]] (annual leave)

3. Good practice
[[name:Sunny]] talked through her work with [[name:Thandi]] ([[age:20]]), who moved into her own
[[organisation:Calderbank Homes]] flat on [[date:2 April]]. Before sign-up [[name:Sunny]] got the
{{Council Tax}} {{care leaver exemption}} applied, set up {{direct debits}} with [[name:Thandi]] on her
phone, and used the {{Setting Up Home Allowance}} for a cooker and washer from
[[organisation:Rennick's Furniture Project]]. Six weeks on, [[name:Thandi]] has no arrears.
Agreed: [[name:Sunny]]'s move-in checklist to go into the {{pathway plan}} housing section.

Actions
- [[name:Ruairidh]] to circulate the checklist before next meeting
- [[name:Lindiwe]] to ask whether Housing Options can flag care leavers at
  {{homeless prevention}} stage
""")),
    ("social_care", "incident", block("""
[[date:03/05/2024]], 18:02 - [[name:Mark Ellery]]: hi [[name:Dorota]] its [[name:Mark]], [[name:Ruben]]'s old carer. £1,000 just landed in my acc ref LC BURSARY [[name:RUBEN]] ?? think its his {{HE bursary}}
[[date:03/05/2024]], 18:05 - [[name:Dorota]] {{PA}}: oh no. thank you for telling me. please don't move it yet, I'll ring {{finance}}
[[date:03/05/2024]], 18:06 - [[name:Mark Ellery]]: no worries. he'll be gutted tho, his rent's due {{Monday}}
[[date:03/05/2024]], 18:31 - [[name:Dorota]] {{PA}}: finance closed till {{Tuesday}}. I'll do an {{emergency payment}} tomorrow so he isn't short
[[date:03/05/2024]], 18:33 - [[name:Mark Ellery]]: 👍 tell him to ring me, miss the lad

Note added [[date:07/05/2024]]: payment was raised from [[name:Ruben]]'s old {{looked after}} record,
which still held [[name:Mark]]'s bank details from {{Staying Put}}. Money returned by [[name:Mark]]
same day. Incident logged - payee details must be checked at each {{pathway plan review}}.
""")),
    ("social_care", "near_miss", block("""
DUTY HANDOVER ({{PA}}) – [[date:Thu 16 May]] to [[date:Fri 17 May]]

• [[name:Amadou Diallo]] ([[case_reference:LC-22-00871]]) – {{Home Office}} interview re
  {{further leave to remain}} at 2pm tmrw.
  NEAR MISS: {{interpreter}} was booked for French, he needs {{Pular}}. [[name:Mihai]] read the
  booking back this morning and caught it. Rebooked with [[organisation:Langbridge Interpreting]],
  confirmation on file. Please make sure [[name:Amadou]] takes his {{ARC card}}; his
  {{immigration solicitor}} is Ms [[name:Farah Idowu]].
• [[name:Precious]] – moving into [[organisation:Harbour Lane Foyer]] {{Monday}}, keys confirmed,
  needs a {{bedding pack}} from the store. New mobile for [[name:Precious]]: [[phone:07700 900617]]
• [[name:Eilidh]] ([[age:22]]) rang re a {{Council Tax}} bill – should be exempt, forwarded to
  {{Revenues}}.

[[name:Anjali R]]
""")),
    ("social_care", "success", prose("""
Thank-you card from a care leaver, typed up for the learning log with his permission: "To
[[name:Rose]] and everyone in the {{leaving care}} team. I got my results today — a 2:1 in
{{Social Work}} from [[organisation:Northmoor Hallam University]]! When I was [[age:16]] I didn't think
I'd finish {{Year 11}}. Thanks for not giving up on me and for driving me to my {{open day}} when the
train got cancelled. [[name:Kwabena]]" {{PA}} note: [[name:Rose]] has been [[name:Kwabena]]'s
{{Personal Adviser}} since {{Year 12}}. What worked: {{Staying Put}} with Mr and Mrs
[[name:Ferreira]] through all three years, the {{HE bursary}} paid termly, and a named contact in the
uni's {{disability service}} for his {{dyslexia}} assessment. He starts as a
{{newly qualified social worker}} with [[organisation:Ashcombe Borough Council]] in {{September}}.
""")),
    ("social_care", "incident", prose("""
On [[date:4 June 2024]] at approximately 16:00, [[name:Tariq Mahmood-Hussain]] ([[age:18]])
telephoned me from outside [[organisation:Elmsgate Supported Living]], where he had lived since
{{January}}. His belongings had been left in bin bags by the back door and the locks changed. The
{{support worker}} on shift, [[name:Callum]], told me the {{licence agreement}} allowed immediate
exclusion after a {{final warning}}; no notice had been sent to the {{leaving care}} team. I contacted
the {{Housing Options}} {{duty officer}} and secured an emergency room at
[[organisation:The Beacon Hotel]], [[address:8 Station Parade, Ashcombe]] [[postcode:AC6 2LT]].
[[name:Tariq]] stayed there two nights before moving to a {{Staying Close}} flat. This has been
raised through the {{provider concerns}} process and {{commissioning}} are aware. [[name:Tariq]]'s
{{pathway plan}} will be reviewed within ten working days. Reported by [[name:Siobhán Ní Bhriain]],
{{Personal Adviser}}.
""")),
    ("social_care", "near_miss", block("""
#lc-duty
[[name:kaveh.r]]  10:14
had a weird one on the duty line. man says he's [[name:Ioana Popescu]]'s uncle, wants her new address to "drop her post off". he knew her {{DOB}} and her old {{placement}}

[[name:amber.j]]  10:15
DON'T. check the {{alerts}} on her file - dad is {{no contact}}, {{DV}} history

[[name:kaveh.r]]  10:16
🤦 hadn't opened the alerts tab. was literally about to read it off the screen. told him we can't confirm anything

[[name:amber.j]]  10:17
good catch tho. log it as a near miss + let [[name:Ioana]] know today. her {{PA}} is [[name:Tendai]], he's in {{court}} this morning

[[name:kaveh.r]]  10:19
logged as [[case_reference:NM-0442]]. number he rang from was [[phone:07700 900288]], passing to the police {{SPOC}}
""")),
    ("social_care", "success", block("""
EET WINS – TEAM B – {{Q2}}
| Young person | Age | Outcome | {{PA}} |
|---|---|---|---|
| [[name:Zainab H.]] | [[age:19]] | {{apprenticeship}} at [[organisation:Corrigan & Lowe Engineering]] | [[name:Will]] |
| [[name:Jordan]] | [[age:21]] | passed {{Level 2 Maths}} at [[organisation:Kestlebury College]] | [[name:Faith]] |
| [[name:Lily-Rose Hartigan]] | [[age:18]] | {{Access to HE}} place, starts {{September}} | [[name:Will]] |
| [[name:Mehmet Yıldız]] | [[age:20]] | paid placement, [[organisation:Wrenfield Parks Trust]] | [[name:Faith]] |

Comments: special mention to [[name:Faith]] for meeting [[name:Jordan]] at the college gates on his
first morning, and to [[name:Will]] for chasing the {{EET bursary}}. Figures go to
{{Corporate Parenting Board}}; our {{NEET}} rate is down again.
""")),
    ("social_care", "incident", prose("""
urgent for {{TM}} - [[name:summer]] txtd the work mob at 02:10 sayin shed taken tablets. didnt see it
til 07:30. rang {{999}}, ambulance went round, shes in [[organisation:Ashcombe General]] {{AMU}} now,
physically ok but waiting for {{liaison psych}}. problem: no1 monitors work mobiles overnight but YP
think we do. [[name:summer]]s {{pathway plan}} literally says "text ur {{PA}} any time". needs changing
on every plan to {{out of hours}} + {{Samaritans}} + {{crisis line}}. told [[name:jas]], {{safeguarding
adults}} concern done. visiting {{the ward}} later w/ [[name:summer]]'s fave snacks
""")),
    ("social_care", "near_miss", prose("""
Near miss – Staying Put payments. During a routine {{pathway plan review}} on [[date:26 June]],
[[name:Robin Achebe]]'s {{Staying Put}} carers, Mr and Mrs [[name:Okonkwo-Reyes]], mentioned a letter
from {{finance}} saying payments would stop on [[date:11 July]], when [[name:Robin]] turns
[[age:21]]. [[name:Robin]] is halfway through a {{Level 3}} course at
[[organisation:Kestlebury College]] and the {{Staying Put policy}} allows extension to course end. The
carers said they had been about to give {{notice}} and had told their {{fostering}} agency they were
free for a new placement. I escalated to the {{Head of Service}}, who authorised an extension to
[[date:31 August 2025]]. The letter had been generated automatically from the {{date of birth}}
field with no {{PA}} check. Reported by [[name:Bill Sørensen]].
""")),
    ("social_care", "success", block("""
From: [[name:Ngozi Eze]]
To: [[email:leavingcare.team@ashcombe.gov.uk]]
Date: [[date:Tue 9 July 2024]]
Subject: PIP tribunal - good news for [[name:MW]]

Morning all,

Quick bit of good news. [[name:MW]] ([[age:23]]) won his {{PIP}} appeal at {{tribunal}} yesterday —
{{enhanced daily living}} and {{standard mobility}}, backdated 14 months. [[name:Rafael]] from
[[organisation:Ashcombe Welfare Rights]] represented him and I went along as support. What made the
difference was the letter from his {{CMHT}} care coordinator and the diary [[name:MW]] kept for three
months with his {{PA}} at our {{drop-in}}.

He's asked me to say thank you to [[name:Gwen]] on {{reception}} who reminded him every {{Thursday}}.

[[name:Ngozi]]
[[name:Ngozi Eze]] | {{Personal Adviser}} (18-25) | [[phone:01632 960771]]
""")),
    ("social_care", "incident", block("""
VOICEMAIL – auto-transcribed – [[date:Tue 23 July]] 16:48 – from [[phone:07700 900951]]
"Hi, it's [[name:Dawn]] from [[organisation:Meadowcroft Lettings]]. I'm ringing about your young man
[[name:Kai Brennan-Fitzgerald]] at [[address:14b Oldfield Street, Wrenfield]]. The landlord's served a
{{Section 21}} because the council's {{rent guarantor}} payment hasn't come through since {{May}}.
Can someone ring me back? Thanks."

{{PA}} note ([[name:Sam O'Hare]]): [[name:Kai]] had no idea. The {{guarantor scheme}} payments stopped
when his {{Housing Benefit}} moved to {{Universal Credit}} housing costs and nobody updated the payment
schedule. [[name:Kai]] has {{ADHD}} and has already had one {{tenancy}} fail. Rang [[name:Dawn]] back,
arrears will be cleared by [[date:2 August]] from the {{leaving care}} budget and she'll ask the
landlord to withdraw the notice. Raised as an incident so finance and housing sort the handover
between schemes.
""")),
    ("social_care", "near_miss", prose("""
pool car [[vehicle_registration:WF19 KXT]] - took [[name:Destiny]] + all her stuff to
[[organisation:University of Northmoor]] on [[date:sun 22nd]] for {{freshers}}. {{tyre pressure
warning}} came on on the motorway, nearly ignored it, pulled in at the {{services}} - back nearside
tyre had a screw in it, down to 15 psi. {{breakdown cover}} came, 1hr wait, [[name:Destiny]] was
fine, made her {{halls}} check-in at 5. the car {{log book}} showed the same warning written up by
[[name:Gabi]] last wk but nobody booked it in at [[organisation:Fleetline Garage]]. {{fleet team}} say
defects go to them not the log book?? need a sticker in every pool car. [[name:K.O.]]
""")),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
HOME BIRTH – TIMELINE (written up by [[name:Siân Prosser]], {{community midwife}})
Woman: [[name:Rhiannon Prys]], {{G3P2}}, {{40+3}}. Ref [[case_reference:MAT-24-11873]]

[[date:Sun 14 April]]
03:20  Called by partner [[name:Gethin]]. {{Contractions}} 3:10. Attended with second midwife
       [[name:Amber Lowther]].
04:15  In the {{pool}}, {{FHR}} normal on {{Doppler}}.
05:02  Baby born in pool, {{Apgars}} 9 and 10.
05:30  {{Placenta}} delivered, {{EBL}} 600ml, ongoing trickle. {{Syntometrine}} given IM.
05:41  EBL now ~1100ml. {{999}} called, ambulance ref [[case_reference:AMB-2204-773]]. Category 2.
06:34  Ambulance arrives (53 min). {{Bimanual compression}} by [[name:Amber]] until then.
06:58  Transfer to [[organisation:St Aldhelm's Maternity Unit]], {{labour ward}}.

Outcome: total EBL 1.9L, 2 units. Home next day, baby well.
Incident raised for ambulance response time. Both midwives debriefed with {{PMA}}
[[name:Joy Ferrante]].
""")),
    ("health", "near_miss", prose("""
booking clinic [[date:tues 2nd]] at [[organisation:Larkfield Surgery]]. had 2 ladies surname
[[name:Nguyen]] back to back, [[name:Lan]] and [[name:Thi Hoa]]. printed the {{booking bloods}}
labels for the 2nd one but the system had kept the 1st ladys record open (NHS no
[[nhs_number:401 523 8761]] instead of [[nhs_number:612 049 3352]]). only noticed bc the
{{blood group}} form said {{Rh neg}} + {{anti-D}} hx and she told me shes never had that. relabelled,
{{phlebotomy}} box not collected yet so no harm. pls can we have DOB on the clinic list not just
surname + initial, [[name:L. Nguyen]] / [[name:T. Nguyen]] look the same when ur rushing. {{Datix}}
done. - [[name:ruby]] {{MW}}
""")),
    ("health", "success", block("""
[[date:19/04/2024]], 21:47 - [[name:Blessing Adeyemi-Hart]]: Massive shout out to [[name:Holly]] tonight 👏👏 lady out at [[address:Ridgeway Farm, Upper Coldstream]] went really fast, roads flooded. [[name:Holly]] talked dad through it on the phone till she got there, baby born on the kitchen floor 2 mins after she walked in. all well, no {{PPH}}, {{skin to skin}} by the {{wood burner}} 😍
[[date:19/04/2024]], 21:49 - [[name:Holly]]: aw thank u. dad did the hard bit lol. {{second midwife}} [[name:Oksana]] was amazing too
[[date:19/04/2024]], 21:50 - [[name:Oksana Hrytsenko]]: 🥰 team effort
[[date:19/04/2024]], 21:53 - [[name:Pat]] ({{Band 7}}): Brilliant. pls both put it on the {{learning log}} as a success, {{Maternity Voices Partnership}} want rural {{BBA}}-avoided stories. hot choc on me tmrw
""")),
    ("health", "incident", block("""
INCIDENT REPORT – {{Community Midwifery}}
Name: [[name:Mariam Tesfaye]]
DOB: [[date_of_birth:17/01/1998]]
NHS no: [[nhs_number:734 208 9168]]
Hospital no: [[case_reference:RX4471203]]
Address: [[address:Flat 12, Kingfisher Court, Mill Road, Ashcombe]] [[postcode:AC2 5JP]]
Baby: boy, born [[date_of_birth:03/06/2024]], {{SVD}}

Summary: {{Day 3}} {{postnatal visit}} missed. The discharge letter from
[[organisation:St Aldhelm's]] gave her previous address in [[address:Larkfield]]. [[name:Mariam]] moved
at 34 weeks; the change was made by her {{GP}} but not on the {{maternity EPR}}. Midwife
[[name:Caro]] visited the old address on day 3, no answer, left a card. Baby first seen day 5 after
[[name:Mariam]] rang {{triage}} (with a {{Tigrinya}} interpreter): {{jaundice}}, {{SBR}} 389,
readmitted to {{NNU}} for {{phototherapy}}. Now home and feeding well.

Reporter: [[name:Caroline Mbeki-Jones]], {{community midwife}}
Incident ref: [[case_reference:W-88213]]
""")),
    ("health", "near_miss", block("""
From: [[name:Marisol Quintero]] <[[email:m.quintero@staldhelms.nhs.uk]]>
To: Community MW Team – [[organisation:Larkfield Hub]]
Sent: [[date:Mon 13 May 2024]] 08:05
Subject: Home birth bag – {{Entonox}} cylinder out of date

Hi all,

Checking the home birth kit this morning ahead of the booked {{home birth}} for [[name:Gabriela]]
({{EDD}} [[date:16 May]]), I found the Entonox cylinder in bag 2 expired in {{March}}, and the
{{neonatal resus}} bag was missing the size 0 {{face mask}}. If she'd gone into labour overnight the
{{on-call}} midwife would have grabbed that bag.

Both replaced from {{maternity stores}}. I've added expiry dates to the {{kit checklist}} and asked
[[name:Robin]] ({{MSW}}) to do the checks every {{Friday}}.

Thanks,
[[name:Marisol]]

[[name:Marisol Quintero]] {{RM}} | Community Midwife | [[organisation:Larkfield & Coldstream Team]]
[[phone:01632 960205]]
""")),
    ("health", "success", prose("""
Card left at [[organisation:Harrowby Road Children's Centre]] for the team, copied in with
permission: "Dear [[name:Faith]], [[name:Ewa]] and [[name:Grace]], thank you for our beautiful
{{home birth}}. After what happened with [[name:Leo]] in hospital I never thought I'd feel safe
again. You listened at every {{antenatal}} appointment, wrote my {{birth plan}} with me and came to
the house for the {{36-week}} visit so my husband could be there. [[name:Stanisław]] was born in the
living room on [[date_of_birth:6 May]] weighing 3.9kg, no {{stitches}}! Love from [[name:Dorota]],
[[name:Piotr]] & [[name:Leo]] xx" Added by the {{team leader}}: shared with the
{{Head of Midwifery}} and the {{Birth Reflections}} service, who supported [[name:Dorota]]'s
{{birth trauma}} debrief last year.
""")),
    ("health", "incident", block("""
Teams chat – {{Safeguarding}} – [[date:22/05/2024]]

[[name:Ekaterina Volkova]]  09:12
Has anyone seen the {{MASH}} outcome for [[name:Chantelle]] ([[case_reference:MAT-24-09931]])? {{Willow Ward}} say she's for discharge at 11 to [[address:7 Corporation Row, Larkfield]]

[[name:Jas Gill]]  09:15
that's HIS address. she's on a {{CP plan}} - the {{pre-birth}} plan says she goes to her mum's in [[address:Upper Coldstream]]

[[name:Ekaterina Volkova]]  09:16
ward have nothing about it on the discharge. ringing them now

[[name:Jas Gill]]  09:40
too late, she left at 09:20 with him in a taxi. I've rung the {{allocated social worker}} [[name:Leon]] and the {{Safeguarding Midwife}}

[[name:Ekaterina Volkova]]  09:58
[[name:Leon]] + police {{welfare check}} done. Baby and mum safe, moved to her mum's. Raising as an incident - the birth plan alert never made it onto the ward's {{EPR}}
""")),
    ("health", "near_miss", block("""
COMMUNITY HANDOVER – [[date:Fri 31 May]] – [[organisation:Coldstream]] team → {{on-call}}

1. [[name:Aisha Bello]], day 2 {{PN}}, [[address:18 Tanner's Yard, Larkfield]].
   NEAR MISS: {{anti-D}} due ({{Rh neg}}, baby Rh pos) - NOT given before discharge although the
   letter says given. Caught by [[name:Mark]] checking the {{Kleihauer}} result. Booked into the
   {{Maternity Day Unit}} tmrw 10:00, still within {{72 hours}}. Please ring [[name:Aisha]] at 08:30
   to remind her: [[phone:07700 900342]].
2. [[name:Chidinma]] - {{BP}} 148/96 today, no {{headache}}, {{urine}} NAD. Recheck tmrw, low
   threshold for {{pre-eclampsia}} bloods.
3. New booking - [[name:Ffion]], [[age:aged 16]]. {{safeguarding}} screen done, {{FNP}} referral sent.

Handed over by [[name:Mark]], received by [[name:Dawn]].
""")),
    ("health", "success", block("""
HOME BIRTH GROUP – LEARNING MEETING – [[date:12 June 2024]]
Attendees: [[name:Pat Okafor]] (chair, {{Band 7}}), [[name:Nia]], [[name:Suki Tanaka]],
[[name:Rose Abernethy]] ({{consultant midwife}}), [[name:Bill]] ({{paramedic}},
[[organisation:Northmoor Ambulance Service]])
Apologies: [[name:Hope]], [[name:F. Adeyinka]]

Item 1 – Success: {{shoulder dystocia}} at home, [[date:28 May]]
[[name:Suki]] presented. Head to body 2 min with {{McRoberts}} and {{suprapubic pressure}};
{{Apgars}} 6 and 9, neonatal review normal. What went well: the {{PROMPT}} drill run in the team in
{{March}}, the second midwife already in the room, and a clear {{SBAR}} to ambulance control.
[[name:Bill]] said the crew knew exactly what they were coming to.

Actions
- [[name:Nia]] to write it up for the team newsletter
- [[name:Rose]] to share at {{Maternity Governance}}
""")),
    ("health", "incident", prose("""
On [[date:Wednesday 19 June]] at around 14:30 I attended a {{postnatal visit}} at
[[address:33 Quarry Bank, Larkfield]] [[postcode:LF4 9DW]]. The woman's partner, who I later
learned was [[name:Craig Danby]], became verbally aggressive when I asked to speak to her alone for
{{routine enquiry}}. He stood in the doorway and would not let me leave for about five minutes; I
left when she asked him to move. My car ([[vehicle_registration:LF68 WZT]]) was then followed to the
edge of the estate by a silver van. My {{lone worker device}} was not switched on as it had not been
charged since it was issued. I rang my {{team leader}}, [[name:Sunita Ramaswamy]], from a
supermarket car park. Police were informed (log [[case_reference:1402-19062024]]), a {{MASH}}
referral was made and a {{DASH}} completed. Future visits will be paired or at the
{{children's centre}}. [[name:Lowri]], {{Band 6}} midwife
""")),
    ("health", "near_miss", block("""
ANTENATAL CLINIC – [[organisation:Oakmere Health Centre]] – [[date:Thu 4 July]]

Time  | Woman                       | NHS no                      | Gest      | Notes
09:00 | [[name:Hana Kovač]]         | [[nhs_number:485 771 3020]] | {{28+1}}  | {{GTT}} result, {{anti-D}}
09:20 | [[name:Joanne Reilly]]      | [[nhs_number:903 416 2575]] | {{34+0}}  | {{SFH}} plotting
09:40 | [[name:Parveen Akhtar]]     | [[nhs_number:558 302 1470]] | {{16+3}}  | booking bloods review

Note ([[name:Suki]]): near miss. The GTT result filed against [[name:Joanne Reilly]] was actually
[[name:Hana]]'s - the lab had swapped the labels. I'd started telling [[name:Hana]] her sugars were
fine when I saw the sample date didn't match her appointment. Her real {{fasting glucose}} was 6.1.
Lab re-linked both results, [[name:Hana]] referred to the {{diabetes antenatal clinic}}, [[name:Joanne]]'s
result normal.
""")),
    ("health", "incident", prose("""
needlestick in my car after {{heel prick}} on baby [[name:Amari]] at [[address:9 Hollins Close]] this
am [[date:8/7]]. {{lancet}} was in the {{sharps bin}} but the lid wasnt shut n it tipped over in the
footwell, caught my finger reaching for my {{BP cuff}}. used lancet so low risk but rang
{{Occ Health}} and went to [[organisation:Ashcombe General]] {{A&E}} for bloods. mum
([[name:Kerry-Ann]]) consented to {{BBV}} testing, all done. the sharps bins in the cars r the old
ones with no {{temporary closure}}. [[name:dee]] says same thing happened to her last month and she
never reported it. pls can we get new ones. - [[name:A.M.]]
""")),
    ("health", "success", block("""
From: [[name:Niamh O'Donoghue]] <[[email:niamh.odonoghue@staldhelms.nhs.uk]]>
To: [[name:Pat Okafor]]
Date: [[date:15/07/2024]]
Subject: Good practice – late booking with {{Tigrinya}} interpreter

Hi [[name:Pat]],

Wanted to log this one as a success. [[name:Selam]] ([[age:19]]), an {{asylum seeker}} placed at
[[organisation:The Northgate Inn]] {{contingency hotel}}, was referred at 24 weeks with no
{{antenatal}} care. We booked a face-to-face interpreter from
[[organisation:Clearvoice Language Services]] for a double appointment rather than using the phone
line. With time and a female interpreter she disclosed {{FGM}} (type 3), so we got her to the
{{FGM clinic}} for {{deinfibulation}} planning before 30 weeks, plus {{HIV}} and {{hepatitis B}}
screening. She's now registered with a {{GP}} and has a named midwife.

[[name:Niamh]]
Community Midwife, [[organisation:Oakmere]] team | [[phone:07700 900134]]
""")),
    ("health", "near_miss", block("""
Chronology – weight loss, baby of [[name:Jemima Fairweather-Lund]] – ref [[case_reference:MAT-24-13370]]

[[date:Fri 19/07]]  Day 2 visit, {{breastfeeding}} well per mum. {{Day 3}} visit planned.
[[date:Sat 20/07]]  Day 3 visit converted to a phone call ({{staffing}} - 2 off sick). No weight.
[[date:Mon 22/07]]
10:10  Day 5 visit by [[name:Grace]]. Baby sleepy, 2 wet nappies in 24h, {{jaundiced}}.
10:25  Weight 3.02kg, birth weight 3.45kg = 12.5% loss.
10:40  Discussed with {{neonatal registrar}}; same-day review on {{Transitional Care}}.
13:30  {{Sodium}} 147, admitted for {{feeding plan}} and {{top-ups}}. Home after 48h.

Near miss: {{hypernatraemic dehydration}} caught before harm, but phone contact replaced a day 3
weigh with no risk check. [[name:Grace]] suggests {{NICE}} weigh days are never converted to calls.
""")),
    ("health", "incident", block("""
SBAR – {{BBA}} – [[date:29 July 2024]]

S: Baby born before arrival at [[address:Flat 4, 27 Canal Street, Ashcombe]] at 02:15, delivered by
{{paramedics}}. Baby {{hypothermic}} (35.8) on arrival at [[organisation:St Aldhelm's]].
B: [[name:Yasmin Haddad]], [[age:31]], {{G2P1}}, booked for the {{MLU}}. Rang {{maternity triage}}
at 01:20. Call queued 11 minutes, then advised to stay home as {{early labour}}, no call-back time
given. [[name:Yasmin]]'s first labour was 4 hours.
A: Triage had one midwife covering phones and walk-ins. {{BSOTS}} phone questions on
{{parity}} and previous labour length were not asked. Risk of harm to mother and baby.
R: Second triage midwife overnight; {{BSOTS}} prompts mandatory on the phone template; debrief for
[[name:Yasmin]] and her partner via {{Birth Reflections}}.

Reported by Mx [[name:Rowan Tate]], {{Band 6}} community midwife. Ref [[case_reference:W-90156]].
""")),
    ("health", "near_miss", block("""
[[date:02/08/2024]], 13:04 - [[name:Ivy Chen-Marsh]]: ladies STOP ME. just nearly sent the pic of [[name:Leanne]]'s baby's {{cord}} to my family whatsapp 😱 both chats start with "M"
[[date:02/08/2024]], 13:05 - [[name:Sunita]]: 😬 did it go??
[[date:02/08/2024]], 13:05 - [[name:Ivy Chen-Marsh]]: no, saw the name at the top before i pressed send. deleted off my phone now
[[date:02/08/2024]], 13:07 - [[name:Sunita]]: ok good. NO photos on personal phones tho pls, use the {{trust app}} on the work mobile. {{IG}} will say the same
[[date:02/08/2024]], 13:08 - [[name:Ivy Chen-Marsh]]: i know, work phone died at [[name:Leanne]]'s. will log it as a near miss
[[date:02/08/2024]], 13:10 - [[name:Blessing]]: happens to all of us. {{IG lead}} is [[name:Tom Akerele]] if u want to check anything. {{car chargers}} for the work phones are in the {{clinic room}}
""")),
    ("health", "success", prose("""
Learning from good practice. At a {{booking appointment}} on [[date:7 August]],
[[name:Faith Mwangi-Holt]], {{community midwife}}, asked the {{routine enquiry}} question about
{{domestic abuse}} while [[name:Tanisha Blackwood]]'s partner had gone to move the car.
[[name:Tanisha]] disclosed controlling behaviour and one strangulation episode. [[name:Faith]] stayed
calm, extended the appointment, completed a {{DASH}} (16 ticks, high risk), referred to {{MARAC}} and
to the {{IDVA}} service at [[organisation:Harbour Women's Aid]], and spoke to the
{{Safeguarding Midwife}} the same day. A {{pre-birth assessment}} was started by
{{children's social care}}. [[name:Tanisha]] moved to a {{refuge}} at 30 weeks and later gave birth
at [[organisation:St Aldhelm's]] with her sister present. [[name:Faith]]'s use of a code word on
the appointment card kept contact safe.
""")),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
On [[date:9 January 2024]], during {{chemical stripping}} of [[aircraft_registration:G-ORVK]]
({{A320}}) in the {{strip bay}}, technician [[name:Lukas Brandt]] received a splash of
{{benzyl alcohol}} stripper to the left side of his face when a {{pressure pot}} hose coupling
released. He was wearing his {{half-mask respirator}} but had lifted his {{face visor}} to clear
condensation. [[name:Lukas]] was at the {{eyewash station}} within 20 seconds and was irrigated for
15 minutes by {{first aider}} [[name:Dev]], who then drove him to
[[organisation:Kestlebury Royal Infirmary]] {{eye casualty}}. No lasting injury; he returned to work
on [[date:11 January]]. The coupling was found to be a non-{{self-sealing}} type issued from general
stores. All pots have been quarantined and checked, and anti-fog visors ordered. Reported by
[[name:Gareth Pugh-Evans]], {{shift supervisor}}, [[organisation:Aerocoat Finishing Ltd]].
""")),
    ("aviation", "near_miss", block("""
RT / INTERCOM TRANSCRIPT – tow of [[aircraft_registration:G-EZPV]] ({{A321}}) to paint hangar – [[date:17/02/2024]]

21:02 TUG 7: {{Ground}}, tug seven, towing [[aircraft_registration:G-EZPV]] from {{stand 41}} to the paint hangar, request route.
21:02 {{GND}}: Tug seven, tow via {{Bravo}}, hold short {{Charlie}}.
21:03 TUG 7: Via Bravo, hold short Charlie, tug seven.
21:09 TUG 7: Tug seven holding short Charlie.
21:09 GND: Tug seven, cross Charlie, {{wing walkers}} required at the hangar.
21:14 INTERCOM, wing walker left ([[name:Sam]]): STOP STOP STOP, left wingtip, door.
21:14 INTERCOM, tug driver ([[name:Ola]]): stopped.

Note by [[name:Tomasz Wiśniewski]], {{tow team lead}}: {{hangar door}} 4 had only opened to about
36 m because a {{door bogie}} was jammed, and the driver of the tug ([[vehicle_registration:KX17 TGV]])
lined up on the painted {{centreline}} assuming full opening. Left wingtip stopped about half a metre
from the door leaf. [[name:Sam]] was exactly where a wing walker should be. Doors now to be confirmed
fully open by the {{hangar controller}} on the radio before any tow-in.
""")),
    ("aviation", "success", prose("""
Big shout-out to [[name:Oluwaseun Adeyemo]] ('[[name:Shaun]]') in {{NDT}}. During the
{{post-strip inspection}} of [[aircraft_registration:G-TCXB]] on [[date:Tues 5th]], [[name:Shaun]]
spotted {{filiform corrosion}} under the old {{livery}} on the {{lower lobe}}, just outside his
{{task card}} zone, and extended the inspection on his own initiative. Raised as {{NRC}}
[[case_reference:NRC-24-0418]]; the {{blend-out}} was within {{SRM}} limits and done before
{{primer}}. If we had painted over it, [[organisation:Trans-Celtic Air]] would not have seen it until
the next {{C-check}}. Their {{CAMO}} has written in to say thanks. Cheers [[name:Shaun]] –
[[name:Marta]] ({{Quality Manager}})
""")),
    ("aviation", "incident", prose("""
cabin refit on [[aircraft_registration:G-OKTA]] went out fri nite. crew on [[flight_number:KV317]]
found seat {{14C}} loose on the {{seat track}} at {{preflight}} sat am, told the {{flight deck}}, ac
delayed 50 min. rear {{track fitting}} {{shear plunger}} not engaged. {{line engineer}} at the
outstation secured it + sent pics. task card for row 14 stamped by [[name:jk]] and countersigned by
[[name:R. Osei]]. {{independent inspection}} isnt required for seat install in our {{MOE}} but it
should be IMO. talked to [[name:jk]], was his 3rd 12hr night on the bounce. {{MOR}} going in via
quality. [[organisation:Kestrel Vale]] want a call tmrw. -[[name:vas]]
""")),
    ("aviation", "near_miss", block("""
From: [[name:Anneliese Krüger]] <[[email:a.kruger@aerocoat-finishing.co.uk]]>
To: Stores; Quality; Trim Shop
Date: [[date:27 Feb 2024]] 11:40
Subject: QUARANTINE – seat dress cover fabric – wrong {{burn test}} cert

All,

Fabric for the dress covers on [[organisation:Solent Sky Airways]]' {{A319}}
[[aircraft_registration:G-SSKA]] arrived from [[organisation:Tessaro Textiles]] with a {{CoC}} quoting
batch [[case_reference:TT-8812]]. The roll labels say [[case_reference:TT-9035]], and there is no
{{12-second vertical burn}} report for [[case_reference:TT-9035]]. The trim shop had already cut 40
covers when [[name:Hamid]] compared the roll label with the CoC before sewing. Nothing fitted to
aircraft.

Fabric and cut covers are in the {{bonded store}} cage, red-tagged. Supplier asked for
{{CS 25.853}} test evidence; if none, we scrap.

Regards
[[name:Anneliese]]

[[name:Anneliese Krüger]] | {{Goods Inward Inspector}} | [[phone:01632 961044]]
""")),
    ("aviation", "incident", block("""
TAPE LEFT ON {{STATIC PORTS}} – [[aircraft_registration:G-HBRN]] ({{Dash 8-400}}) – post-repaint

Task                  | Card                          | Done by               | Date
Mask {{pitot}}/static | [[case_reference:TC-7781-04]] | [[name:Bogdan L.]]    | [[date:04/03/24]]
De-mask pitot/static  | [[case_reference:TC-7781-19]] | [[name:Bogdan L.]]    | [[date:08/03/24]]
Final {{walkround}}   | [[case_reference:TC-7781-30]] | [[name:C. Fairbairn]] | [[date:08/03/24]]

What happened: aircraft released [[date:9 March]]. On the {{pre-flight walkround}} for
[[flight_number:HB802]] at [[organisation:Harrowby Airport]] the {{captain}} found clear
{{high-tack}} tape over both static ports on the right side. Flight delayed, tape removed,
{{leak check}} by line engineers. The de-mask card was signed; [[name:Bogdan]] says he de-masked
the left side and was then called away. Clear tape was used instead of the red-flagged
{{remove before flight}} covers required by the {{masking procedure}}, and the final walkround did
not include a close look at the ports. {{MOR}} submitted.
""")),
    ("aviation", "success", block("""
INTERIORS SHOP – SAFETY & QUALITY MEETING – [[date:3 April 2024]]
Present: [[name:Rosa Fernández]] ({{Interiors Manager}}), [[name:Kwame Asante]] ({{B1}}),
[[name:Frankie]] ({{apprentice}}), [[name:Mo Rahimi]] ({{Quality}})
Apologies: [[name:Reed]], [[name:Harjit Sandhu]]

1. Good catch
[[name:Frankie]] noticed the {{exit placards}} in the refit kit for [[aircraft_registration:EI-FVR]]
were for the {{A320}} door layout, not the {{A321}} with {{overwing exits}}. Caught at kit check, not
at install. [[organisation:Signet Aero Graphics]] reissued the set next day.
2. {{FOD}}: zero tools unaccounted for in {{March}}. {{Shadow boards}} working.
3. {{Human Factors}} refresher booked for all shifts.

Actions: [[name:Mo]] to put [[name:Frankie]] forward for the quarterly {{Good Catch}} award;
[[name:Kwame]] to add a layout check to the kit-in sheet.
""")),
    ("aviation", "near_miss", block("""
SHIFT HANDOVER – PAINT HANGAR – nights → days – [[date:Sat 13 Apr]]
A/C: [[aircraft_registration:G-OWLS]] {{737-800}} – {{topcoat}} day 2 of 3

- NEAR MISS: {{LED torch}} missing from {{tool control}} board {{N-14}} at end of shift.
  [[name:Dariusz]] found it at 05:40 in the {{aft cargo}} (liners out for {{sidewall}} masking).
  It would have been closed up today. Board user was an {{agency}} sprayer with no tool control
  induction - flagged to planning.
- {{Booth}} 2 extraction filter {{delta-P}} high, logged with [[organisation:Fenwright Facilities]]
  ref [[case_reference:FF-55120]].
- {{Air-fed hood}} #3 fault on the {{isocyanate}} line, tagged {{U/S}}.
- [[aircraft_registration:G-OWLS]] livery proof still not signed by customer rep
  (Mr [[name:Abiodun]]), due 10:00.

Handed over: [[name:Ricky Stokes]]    Received: [[name:Amber Nwosu]]
""")),
    ("aviation", "incident", block("""
Teams – {{Hangar 3}} Supervisors – [[date:Wed 24 April]]

[[name:Connor Bright]]  10:22
fyi [[name:Andrei]] went over on the {{wing dock}} steps, {{overspray}} dust on the treads. ankle looks bad. {{first aider}} [[name:Mandy]] with him

[[name:Ama Owusu]]  10:24
is he ok? was he clipped on?

[[name:Connor Bright]]  10:25
steps not the dock so no {{fall arrest}} needed. no ambulance, I'm taking him to [[organisation:Kestlebury Minor Injuries Unit]] in my car

[[name:Ama Owusu]]  10:31
ok. I'll barrier the steps + get them cleaned. {{accident book}} pls, and it's a {{RIDDOR}} if he's off more than 7 days. who's covering his {{scuff sanding}} on [[aircraft_registration:G-DRKE]]?

[[name:Connor Bright]]  10:33
[[name:Sunny]] from days, I'll brief him

Update [[date:06/05/2024]]: [[name:Andrei]] off 12 days, fractured ankle. RIDDOR ref [[case_reference:RID-2024-1187]].
Step treads now cleaned every shift during sanding.
""")),
    ("aviation", "success", block("""
From: [[name:Ian Marr]] <[[email:ian.marr@harrier-regional.aero]]>
To: [[name:Nkechi Okonjo]]
Date: [[date:19 April 2024]]
Subject: Thank you – [[aircraft_registration:G-HRRA]] back in service

Dear [[name:Nkechi]],

On behalf of [[organisation:Harrier Regional]], a big thank you to the hangar team for turning
[[aircraft_registration:G-HRRA]] ({{ATR 72-600}}) round in nine days: full repaint into the new
livery and a {{cabin refresh}} with new {{seat covers}} and {{carpets}}. She operated
[[flight_number:HRG118]] yesterday morning on time, and our {{CAMO}} said the {{CRS}} pack was the
tidiest they have had from any {{MRO}}.

Please pass particular thanks to [[name:Yusuf]] for the hand-finished {{cheatline}} and to
[[name:Bud Harris]] in the {{paint shop}} for the daily updates.

Kind regards
[[name:Ian Marr]]
{{Fleet Technical Manager}}, [[organisation:Harrier Regional]]
[[phone:01632 961377]]
""")),
    ("aviation", "near_miss", block("""
[[date:Tue 23 April]] – strip prep, [[aircraft_registration:G-TCXF]] ({{ATR 72}}), [[organisation:Trans-Celtic Air]]

07:15  Strip prep starts in {{Bay 1}}. Task card [[case_reference:TC-8020-02]] (fleet generic).
07:40  [[name:Xu Wen]] and [[name:Mihaela]] masking {{radome}} and wingtips.
08:05  [[name:Mihaela]] notices this airframe has a {{composite}} {{rudder}} fitted under a mod, not
       the {{aluminium}} one the card assumes. Card says strip the whole {{fin}} including rudder.
08:07  Stop called. {{Chemical stripper}} would attack the composite resin.
08:30  {{Planning}} ([[name:Gus]]) confirms the mod is on the aircraft records but not on the card.
09:10  Rudder masked off, to be sanded per {{SRM}}. Card amended.

Outcome: no damage. Action: mod status to be printed on every strip card; [[name:Mihaela]]
nominated for {{Good Catch}}.
""")),
    ("aviation", "incident", block("""
ACCIDENT / INCIDENT FORM – EMPLOYEE
Name: [[name:Mohammed Al-Rashidi]]
DOB: [[date_of_birth:30/11/1987]]
NI no: [[ni_number:PW382715B]]
Home address: [[address:61 Brackenridge Road, Kestlebury]] [[postcode:KB9 2UH]]
Contact no: [[phone:07700 900582]]
Date / time: [[date:02/05/2024]] 14:20
Location: {{seat shop}}, bench 3
Ref: [[case_reference:IR-24-0119]]

Description: [[name:Mohammed]] cut his left palm with a {{Stanley knife}} while trimming
{{seat cushion}} foam for [[aircraft_registration:G-SSKA]]. He was wearing {{cut-resistant gloves}}
rated level B; the {{risk assessment}} specifies level D for foam trimming. Level D had been out of
stock in the {{PPE}} vending machine since last week.
First aid by [[name:Mel]] ({{first aider}}). Four stitches at
[[organisation:Kestlebury Royal Infirmary]]; back at work on light duties.
Manager: [[name:Rosa Fernández]]
""")),
    ("aviation", "near_miss", block("""
[[date:10/05/2024]], 15:41 - [[name:Gaz]] 🎨: mate the stencil for the tail reg is reading [[aircraft_registration:G-OKLN]] not [[aircraft_registration:G-OKLM]]??
[[date:10/05/2024]], 15:43 - [[name:Wiktor]]: just checked the {{work order}}, it's definitely [[aircraft_registration:G-OKLM]]. vinyl came from the {{sign shop}}, someone's typed it wrong
[[date:10/05/2024]], 15:44 - [[name:Gaz]] 🎨: not sprayed yet thank god, only masked on the left side of the {{fin}}
[[date:10/05/2024]], 15:50 - [[name:Pat Keegan]] ({{Insp}}): good spot lads. no {{reg marks}} get sprayed until {{QA}} sign the proof against the {{certificate of registration}}. putting it in the next {{quality notice}}
[[date:10/05/2024]], 15:52 - [[name:Wiktor]]: {{underwing}} too? they're on the same vinyl sheet
[[date:10/05/2024]], 15:53 - [[name:Pat Keegan]] ({{Insp}}): yes all of it, nothing goes on till it's checked
""")),
    ("aviation", "success", prose("""
⭐ Shout-out board – w/c [[date:20 May]] ⭐ [[name:Sky Morrison]] (2nd-year {{apprentice}},
interiors). During the {{VIP}} cabin refit on [[aircraft_registration:2-LMNO]] ({{Global 6000}}),
[[name:Sky]] noticed the new {{floor path marking}} had been laid over the {{photoluminescent}}
section the drawing called for, with the old strip's {{connector}} left loose under the carpet.
[[name:Sky]] stopped, asked {{inspector}} [[name:Faisal]] to have a look, and it was relaid before
the {{cabin conformity}} check. The customer's {{project manager}}, Mrs [[name:Lindqvist]], was told
at handover and said she was impressed. Nice one [[name:Sky]] — from [[name:Rosa]] and the whole
{{trim shop}}.
""")),
    ("aviation", "incident", prose("""
Following a cabin refit, [[aircraft_registration:G-ZVMB]] ({{A320neo}}) was released to
[[organisation:Zephyr Vale Airlines]] on [[date:28 May 2024]]. On [[date:1 June]] a
{{line engineer}} at [[organisation:Northmoor Airport]], clearing a deferred {{PSU}} defect at row 22,
found three {{chemical oxygen generators}} with their {{transport safety pins}} still fitted. With
the pins in, the masks would have dropped in a {{decompression}} but produced no oxygen. The aircraft
had flown six sectors, including [[flight_number:ZV1102]] and [[flight_number:ZV1103]]. Our
{{task card}} listed removal of the pins as a sub-step, signed as complete by the {{B1}} certifier,
[[name:Stefan Ionescu]]; the {{stage inspection}} by [[name:C. Fairbairn]] did not include opening
the PSUs. An {{MOR}} has been submitted, every aircraft refitted in the last 12 months is being
checked, and the card now needs a pin count witnessed by a second person. Reporter:
[[name:Marta Kowalewska]], {{Quality Manager}}.
""")),
    ("aviation", "success", block("""
QUALITY AUDIT SUMMARY – PAINT & INTERIORS – {{Q2}} 2024
Auditor: [[name:Lakshmi Venkataraman]] ({{Part 145}} Quality)

Area            Findings   Level             Auditee
Paint booth 1   0          –                 [[name:Hassan Demir]]
Paint booth 2   0          –                 [[name:Hassan Demir]]
Seat shop       1          {{Level 3}} obs   [[name:Rosa Fernández]]
Bonded stores   0          –                 [[name:Anneliese Krüger]]
Tool control    0          –                 [[name:Ray Doyle]]

Summary: first quarter with no {{Level 1}} or {{Level 2}} findings since
[[organisation:Aerocoat Finishing]] gained approval. The seat shop observation was an out-of-date
{{calibration}} label on one {{torque wrench}}, fixed on the day. The {{CAA}} surveyor visit on
[[date:12 June]] closed with no findings. Credit to [[name:Hassan]] for the {{booth}} records and
to [[name:Ray]] for the tool-control audit trail.
""")),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind328", REPORTS))
