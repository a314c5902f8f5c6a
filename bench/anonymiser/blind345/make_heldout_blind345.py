"""Held-out blind corpus 345: 50 invented UK incident, near-miss and success ("learning") reports.

Written blind (without looking at the de-identifier or any other corpus) to measure how well
de-identification generalises. Three settings, all people, organisations, places and numbers
invented:

* social_care (17): a child protection conference service - conference chairs, minutes,
  child protection plans, core groups, parents' attendance.
* health (17): an operating theatre suite - WHO checklist, swab counts, anaesthetics,
  recovery, implants.
* aviation (16): a flying club with aircraft for hire - PPL members, instructors, booking
  sheets, check-outs, airfield operations.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams/WhatsApp/Slack), handover notes, minutes with attendance and
apologies, pipe-separated and aligned tables, RT transcripts, shout-outs and thank-you notes.
Identifiers are marked [[label:value]] and must-not-redact mentions {{term}} (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind345.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care (17)
    ("social_care", "incident", prose("""
rushed one sorry. minutes from [[date:tues 4th]] {{ICPC}} for [[name:kayden]] ([[age:6yo]]) + his
sister went out to {{dad}} at [[address:14 fallow rd, hebden mills]] - thats the address {{mum}}
fled from, shes in {{refuge}} now. [[name:bev]] in admin used the old {{LCS}} contact screen not
the conf invite list. dad then rang [[name:bev]] to say thanks for the copy so he now knows the
school is [[organisation:st cuthberts primary]] and the {{core group}} date. told {{team manager}}
[[name:ayesha]] straight away, {{police}} {{DV}} unit informed via {{MASH}}, mum + {{IDVA}} aware.
safety plan being reviewed 2moro. log no [[case_reference:CPC/24/0917]]. can we get a hard stop
on old addresses in LCS pls??
""")),
    ("social_care", "near_miss", block("""
From: [[name:Lorraine Achterberg]] <[[email:l.achterberg@kettlesdon.gov.uk]]>
Sent: [[date:09 May 2024]] 16:52
To: {{Safeguarding Quality Assurance}} mailbox
Subject: Near miss - invite pack for [[case_reference:CP-24-0388]]

Hi all,

Logging this as a near miss. While preparing the {{RCPC}} invite pack for the [[name:Oyelaran]]
children I noticed the letter template had pulled through the {{father}}'s previous partner's
address ([[address:Flat 3, 22 Moss Lane, Kettlesdon]] [[postcode:KT9 5RB]]) rather than his
current one. There is a {{non-molestation order}} in place and the {{ex-partner}} must not
receive anything that identifies the children's new {{nursery}}.

[[name:Femi]] in {{Business Support}} double-checked against the {{social worker}}'s
{{case summary}} and we corrected it before anything was posted. Suggest the template stops
auto-filling "previous address" fields.

Kind regards
[[name:Lorraine]]

[[name:Lorraine Achterberg]] | {{Child Protection Conference Chair}} | [[organisation:Kettlesdon Borough Council]]
[[phone:01632 960418]]
""")),
    ("social_care", "success", prose("""
Shout-out for [[name:Grace]], our {{minute taker}}!! At the {{ICPC}} on [[date:Thursday 14th]]
the video link dropped twice and {{Grandad}} (who is the {{kinship carer}}) was getting really
upset. [[name:Grace]] calmly kept a note of exactly where we were, read back the
{{danger statements}} and {{safety goals}} so nobody lost track, and still had the draft
minutes to me by {{5pm}}. The family said afterwards it was the first meeting where they felt
they understood the plan. Chair [[name:T. Mbeki-Lowe]] has asked if [[name:Grace]] can show the
other minute takers her "read-back" method at the next {{team meeting}}. Proper
{{Signs of Safety}} practice. Thank you [[name:Grace]]! - [[name:Hope]]
({{Conference Service Manager}})
""")),
    ("social_care", "incident", block("""
CHRONOLOGY - {{ICPC}} [[date:21/03/24]] - ref [[case_reference:CPCS-2403-117]]
Family: [[name:Tesfaye]] / [[name:Ghebreyesus]]

09:30  {{Conference}} due to start. {{Tigrinya}} interpreter booked via [[organisation:LinguaBridge Ltd]]
       on [[date:12/03/24]], booking ref [[case_reference:LB-66120]].
09:35  Mr [[name:Tesfaye]] and Ms [[name:Ghebreyesus]] arrive. No interpreter.
09:40  Chair ([[name:Dev Raman]]) rings agency - interpreter booked for {{Amharic}} by mistake,
       nearest {{Tigrinya}} speaker 90 mins away.
09:50  {{Social Worker}} suggests a colleague who "speaks a bit" interprets. {{Chair}} declines,
       not independent.
10:05  Professionals' information shared; parents offered telephone interpreter.
10:20  Line poor; Mr [[name:Tesfaye]] visibly distressed, leaves room.
10:45  Conference adjourned. Children ([[age:aged 4]] and [[age:aged 9]]) remain on the
       {{strategy meeting}} safety plan.
11:10  {{Head of Service}} and {{Principal Social Worker}} informed.

Outcome: reconvened [[date:26/03/24]] with face-to-face interpreter. Parents' complaint received.
""")),
    ("social_care", "near_miss", block("""
NEAR MISS FORM - {{Conference Service}}
Reported by: [[name:Marisol Quintero-Baptiste]]
Role: {{Business Support Officer}}
Date of event: [[date:02/07/2024]]

Child name: [[name:Leilani Roberts]]
{{DOB}}: [[date_of_birth:17/11/2019]]
Ref: [[case_reference:CP/0456/LR]]
Address: [[address:7 Harebell Close, Wynford]] [[postcode:WF3 1LA]]

What happened: Typing up the {{child protection plan}} I noticed the DOB on the front sheet was
[[date_of_birth:17/11/2017]] (copied from older sibling [[name:Kai]]'s plan). The plan would
have gone to the {{health visitor}} and {{school nurse}} with the wrong age and the {{GP}}
could have matched it to the wrong child.
Action taken: corrected, checked against {{LCS}} and the {{birth certificate}} copy on file.
{{Chair}} ([[name:Ngozi]]) re-signed.
Contributing factors: copy-and-paste from sibling's plan; no second check.
""")),
    ("social_care", "success", block("""
[{{Teams}} chat - {{CP}} Chairs]
[[name:Bilal Hussain]] 10:02
anyone done a conf with a parent in custody? {{dad}} for the [[name:Kowalczyk]] {{RCPC}} is on remand at [[organisation:HMP Ashgrove]]
[[name:Sunny Adeyemi]] 10:05
yes - book a {{video legal visit}} via the prison's {{OMU}}, need 5 working days. did one in {{Feb}}
[[name:Bilal Hussain]] 10:06
legend. conf is [[date:18 June]] so tight
[[name:Sunny Adeyemi]] 10:09
ring [[name:Orla]] at the OMU direct [[phone:01632 960733]], tell her [[name:Sunny]] sent you 😄
[[name:Bilal Hussain]] 16:40
sorted!! dad joined for the whole conf, first time he's engaged with the {{plan}}. agreed to
{{parenting assessment}} on release and {{core group}} booked. ty [[name:Sunny]] 🙏
[[name:Sunny Adeyemi]] 16:42
🙌 put it on the {{practice wall}}
""")),
    ("social_care", "incident", block("""
MINUTES - {{Initial Child Protection Conference}}
Child: [[name:Ruby-Mae Clifford]] ([[age:3 years]])   Ref: [[case_reference:ICPC-7734]]
Date: [[date:Wed 8 Nov]]   {{Chair}}: [[name:Pat Okonkwo]]   Minutes: [[name:Rose]]

Present: [[name:Jade Clifford]] ({{mother}}), [[name:Will Harrop]] ({{Social Worker}},
[[organisation:Brookvale Children's Services]]), [[name:Faith Lindqvist]] ({{Health Visitor}}),
PC [[name:Dunmore]] ({{Police}})
Apologies: none received - see 1

1. No report or representative from [[organisation:Little Acorns Day Nursery]]. The invite had
gone to a generic address the nursery stopped using in the summer; they did not know the
conference was happening.
2. Conference agreed it could not assess risk without the nursery's information about
{{bruising}} seen on [[date:30 October]].
3. Decision: adjourned for 5 working days. [[name:Pat]] to phone the {{nursery manager}} directly.
Service action: update the {{agency contact list}}; invites to be followed up by phone.
""")),
    ("social_care", "near_miss", block("""
Handover - chair cover w/c [[date:15 Jan]]
From: [[name:MJ]]   To: [[name:Kemal]]

* [[name:Ashworth]] children - {{RCPC}} {{Tues}}. {{Mum}}'s new partner [[name:Ryan Tully]] NOT to get a
  copy of the plan: {{police}} intel, {{Schedule 1}} offender. Nearly went wrong last week -
  [[name:Ryan]] turned up to the {{core group}} at school and the {{SW}} ([[name:Agnieszka]]) only
  realised when the {{DSL}} asked who he was. He left, nothing shared. Make sure front desk at
  [[organisation:Mill Street Family Centre]] have his description and the room booking screen in
  reception doesn't show the family name.
* [[name:Baptiste]] - {{ICPC}} on [[date:17th]], {{Portuguese}} interpreter confirmed today.
* [[name:Nadia]] off sick so [[name:Lottie]] minuting all week.

Any probs ring me [[phone:07700 900562]]. [[name:MJ]]
""")),
    ("social_care", "incident", prose("""
On [[date:6 February 2024]] the {{Initial Child Protection Conference}} for [[name:Aaliyah]] and
[[name:Zain Mirza]] (ref [[case_reference:CPC-2402-031]]) made both children subject to
{{child protection plans}} under the category of {{neglect}}. {{Working Together}} requires the
first {{core group}} within 10 working days. The conference service did not circulate the plan
to the allocated {{social worker}} until [[date:20 February]] because the chair's draft sat in a
shared drive folder nobody was monitoring while the chair, Mr [[name:Olusegun Bankole]], was on
annual leave. The first core group took place on [[date:26 February]], outside timescale.
During this period [[name:Zain]] ([[age:aged 2]]) was seen at
[[organisation:Eastgate Medical Practice]] with severe {{nappy rash}} and weight loss; the
{{GP}} was unaware a plan existed. No lasting harm has been identified, but the
{{health visitor}} contacts set out in the plan did not start on time. Learning: drafts now go
to a monitored mailbox and the {{Conference Service Manager}} checks the tracker daily.
""")),
    ("social_care", "success", block("""
Passed on by [[name:Joy Abernethy]] ({{parent advocate}}, [[organisation:Family Voice Northfield]]),
re Mrs [[name:Kaur]]:

"dear mrs [[name:kaur]] i just want to say thank you. i was so scared walking in on the [[date:3rd]]
and you let me bring my {{nan}} and you said my sons name right ([[name:Tadhg]]) which no one
ever does. you explained what the {{category}} meant and didnt use words i didnt know. when the
{{police}} lady talked about the night of the fight you stopped and asked if i needed a break.
im still angry they put him on a {{plan}} but i get why now and i will do the
{{parenting course}}. thank you. [[name:Shannon]]"

[[name:Joy]] adds: first {{conference}} where {{mum}} has stayed to the end. Worth sharing at
the next chairs' {{practice forum}}.
""")),
    ("social_care", "near_miss", block("""
{{WhatsApp}} export - "{{Conf Service Admin}}" 🗂️
[[[date:12/09/2024]], 08:41] [[name:Dani P]]: morning all, 10am {{RCPC}} for [[name:Eastwood]] fam, agenda attached
[[[date:12/09/2024]], 08:42] [[name:Dani P]]: 📎 agenda_[[case_reference:CP-24-0612]].docx
[[[date:12/09/2024]], 08:44] [[name:Dani P]]: {{OMG}} that went to my {{street group}} not this one 😱😱 deleted for everyone
[[[date:12/09/2024]], 08:45] [[name:Tomasz]]: did anyone open it??
[[[date:12/09/2024]], 08:47] [[name:Dani P]]: 1 person read it, [[name:shaz]] from over the road. says she only saw the file name not the contents
[[[date:12/09/2024]], 08:52] [[name:Hope Mensah]]: ok dont panic. screenshot everything and log it as a {{near miss}}, I'll tell {{IG}} and the {{chair}} ([[name:Lewis]]). and PLEASE take work stuff off your personal phone, WhatsApp isnt approved for {{CP}} info
[[[date:12/09/2024]], 08:53] [[name:Dani P]]: 👍 sorry
""")),
    ("social_care", "incident", block("""
{{RCPC}} timescale tracker - exceptions this quarter (for {{QA}} panel)

{{Ref}} | Child(ren) | Due | Held | {{Chair}} | Note
[[case_reference:CP-23-1140]] | [[name:M. Osei]], [[name:K. Osei]] | [[date:04/01/24]] | [[date:18/01/24]] | [[name:Faith]] | chair sick, no cover
[[case_reference:CP-23-1162]] | [[name:Brodie Naylor]] | [[date:11/01/24]] | [[date:11/01/24]] | [[name:Bill]] | in time
[[case_reference:CP-23-1207]] | [[name:Esmé Vidal]] | [[date:25/01/24]] | [[date:09/02/24]] | [[name:Faith]] | room booking lost

Narrative: two {{review conferences}} held late. [[name:Esmé]]'s review was 15 days late; in
that gap {{mum}} resumed contact with the ex-partner named in the plan and nobody outside the
{{core group}} knew. No {{strategy discussion}} was triggered because the plan "looked current"
on the system. Two late reviews in one quarter breaches our {{KPI}}; escalated to the
{{Head of Service}}. Cover rota for sickness agreed with [[name:Bill]].
""")),
    ("social_care", "success", prose("""
Good practice to share. At the review conference for [[name:Kofi Danquah-Reid]] ([[age:15yo]]),
ref [[case_reference:RCPC-3381]], held at [[organisation:Oakhurst Academy]] on
[[date:27 November]], the chair, [[name:Amber Feeney]], met [[name:Kofi]] on his own beforehand
using the {{Three Houses}} tool and agreed he would open the meeting by reading his own
"worries and wishes". With his {{advocate}} beside him he did, and then stayed for the
{{danger statement}}. The {{Designated Safeguarding Lead}} and the {{CAMHS}} worker both said
it changed the tone of the whole conference. The {{YOT}} officer agreed to move appointments
out of school hours at [[name:Kofi]]'s request. The plan continues under
{{emotional abuse}}, but for the first time the {{safety goals}} are in his words. [[name:Amber]]
has written up the approach for the {{Signs of Safety}} practice group.
""")),
    ("social_care", "near_miss", prose("""
nr miss - doing {{redactions}} on the {{SW}} report for baby [[name:leon]]'s conf on fri. report
had {{mum}}s new address at the {{refuge}} ([[address:unit 2, 41 cobden terrace]]) in the
{{genogram}} box AND in the {{chronology}}. i'd blacked out the chronology one but totally
missed the genogram. [[name:pri]] spotted it proof reading before it went to {{dad}}'s
solicitors ([[organisation:Hartley & Nwosu]]). fixed + re-pdf'd. we need a 2nd checker on EVERY
report going to a parent where theres {{DV}}, not just when we remember. also can {{IT}} stop
the {{genogram}} pulling addresses thru automatically?? thx [[name:k.b.]]
""")),
    ("social_care", "incident", block("""
#cp-chairs ({{Slack}})

[[name:rosie.t]]  9:58 {{AM}}
@[[name:mark.f]] are you in {{room 2}}? i've got the [[name:Dlamini]] {{ICPC}} family waiting in {{reception}}
[[name:mark.f]]  10:01 AM
no?? i'm at [[organisation:Riverside Children's Centre]] doing the [[name:Petrov]] review. the [[name:Dlamini]] one was moved to me on the system yesterday but i never got a notification
[[name:rosie.t]]  10:03 AM
{{mum}} has come on 2 buses with a [[age:6-week-old]]. who's chairing??
[[name:hannah.o]]  10:10 AM
Neither of you can - {{ICPC}} stood down. I'll apologise to mum in person, reimburse travel and rebook within 48h. Logging as an incident. {{Business Support}} please pull the audit trail on the reallocation from {{LCS}}.
[[name:rosie.t]]  10:12 AM
ok. {{SW}} is sitting with her now
""")),
    ("social_care", "success", block("""
From: [[name:Yusuf Demir]]
To: [[name:Ciara Ní Bhriain]]
Cc: {{Conference Service}}
Date: [[date:Mon 15 Apr 2024]]
Subject: [[name:Hollis]] children - stepped down to {{CIN}}

[[name:Ciara]],

Just wanted to say thank you for how you have run the {{core groups}} for the [[name:Hollis]]
family. {{Nine months}}, every {{core group}} on time, notes out within 48 hours, and you always
had {{Dad}}'s shift pattern in mind when booking. At today's {{RCPC}} the decision to end the
plans and step down to a {{Child in Need}} plan was unanimous. Mr [[name:Hollis]] said it was
the first time he felt "worked with, not done to". That is down to you.

{{Best}},
[[name:Yusuf]]
{{Independent Chair}}, [[organisation:Halbrook City Council]]
""")),
    ("social_care", "near_miss", block("""
Agency reports checklist - {{ICPC}} [[name:Farouk]] family - [[date:Thurs 11 July]], 2pm
Ref [[case_reference:CP-24-0702]]

Agency                        Invited  Report  Shared w/ parents
{{Children's Social Care}}        Y        Y       Y
[[organisation:Holmcroft Primary School]]      Y        Y       N*
{{Health Visiting}}               Y        N       -
{{Police}}                        Y        Y       N
[[organisation:Greenways Housing]]             N**      -       -

* School report names the children's {{aunt}}, [[name:Samira]], and says she disclosed the
  concerns; she asked not to be identified. Caught by [[name:Al]] on the {{checklist}} before
  the {{pre-meet}} with parents. School re-sent a redacted version.
** {{Housing}} not invited although the family has {{rent arrears}} and a {{Section 21}}
   notice - spotted by the chair ([[name:Ifeoma]]), invited same day.
""")),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
count discrepancy [[date:23/4]] {{lap chole}} list, pt mrs [[name:o'hare]] hosp no
[[case_reference:H4471920]]. at closing count 1 {{raytec}} short. {{runner}} ([[name:bart]]) had
already wiped the count board thinking case was done so we had nothing to check against.
searched floor, bins, drapes - nothing. {{consultant}} (mr [[name:finch]]) wanted to close
& x-ray in {{recovery}} but [[name:jas]] ({{scrub}}) refused per policy, {{image intensifier}}
brought in, swab seen under the liver. removed, recount correct. pt under {{GA}} extra 55 mins,
no harm so far. [[name:jas]] did exactly the right thing & got a bit of grief for it tbh. board
must not be wiped until {{sign out}} done. pls can the {{swab count}} policy be re-sent to
everyone inc locums
""")),
    ("health", "near_miss", block("""
{{WHO Surgical Safety Checklist}} - near miss
Location: {{Theatre 6}}, [[organisation:Fenwick Day Surgery Unit]]
Date: [[date:14/05/24]]
Patient: [[name:Ewa Zielińska]]   Age: [[age:71]]
Hosp no: [[case_reference:RF0093321]]   NHS no: [[nhs_number:482 715 6395]]
Procedure on list: LEFT {{carpal tunnel decompression}}

What happened: at {{Time Out}} the {{ODP}} ([[name:Tunde]]) read "left" from the list, but the
site arrow was on the right wrist and the {{consent form}} said right. The list had been typed
from a clinic letter that said left in one paragraph and right in another. {{Surgeon}}
(Mr [[name:Castellanos]]) stopped, re-checked notes and consent and asked the patient, who was
awake under a {{regional block}} already sited in the right arm.
Outcome: correct side operated. List corrected; booking team and {{pre-assessment}} informed.
Reported by: [[name:Bea Lindgren]], {{Scrub Practitioner}}
""")),
    ("health", "success", prose("""
{{Learning from Excellence}} nomination 🌟 for [[name:Mo]] ({{ODP}}). On [[date:Sat 9th]] we had
a {{ruptured ectopic}} come straight up from {{ED}} at 3am, [[age:24yo]] woman, {{Hb}} 58 and
dropping. By the time the {{registrar}} arrived [[name:Mo]] had the {{rapid infuser}} primed,
{{cell salvage}} set up and had already asked the {{coordinator}} to activate the {{MHP}}. He
also noticed the second {{cannula}} had tissued and re-sited it while the {{anaesthetist}} did
the {{RSI}}. Calm, clear voice the whole time, closed-loop on every drug. Patient went to the
ward the same afternoon. Thank you [[name:Mo]], you made a horrible night feel controlled.
- Dr [[name:Ibe]] and Sister [[name:Harmony Wu]]
""")),
    ("health", "incident", block("""
Timeline - {{anaphylaxis}} in {{anaesthetic room}}, [[organisation:St Brannock's Hospital]], [[date:02/10/2023]]
Incident ref: [[case_reference:INC-118840]]

08:12  Pt ([[name:Gareth Pryce-Jones]], [[age:58]]) arrives. No allergy band - ward says "fell off in the shower".
08:15  {{Sign In}}: anaesthetist (Dr [[name:Shah]]) asks about allergies; pt drowsy after {{premed}}, says "none I think".
08:24  {{Co-amoxiclav}} 1.2 g IV given as {{prophylaxis}}.
08:27  Flushing, {{bronchospasm}}, BP 62/30. {{Adrenaline}} 50 mcg IV, anaphylaxis algorithm started.
08:45  Stabilised. Case cancelled, transferred to {{ICU}}.
09:30  {{GP}} record from [[organisation:Penhallow Surgery]] shows {{penicillin}} allergy (rash and wheeze as a child).
Notes: {{ward}} pre-op checklist ticked "allergy band on". Mr [[name:Pryce-Jones]] recovered and was discharged day 3.
""")),
    ("health", "near_miss", block("""
INCIDENT / NEAR MISS REPORT
Category: Patient identification
Location: {{Theatre Reception}}
Date: [[date:Tues 19 March]]

Patient 1 (intended): [[name:John Michael Reilly]], {{DOB}} [[date_of_birth:04/06/1951]], {{NHS}} [[nhs_number:613 902 7489]]
Patient 2 (sent): [[name:John Reilly]], DOB [[date_of_birth:22/01/1948]], NHS [[nhs_number:705 381 2642]]
Ward (both): [[organisation:Ravensworth Ward]]

Description: {{porter}} was asked to collect "[[name:John Reilly]]" for {{TURP}}. The ward sent patient 2.
At {{Sign In}} the {{theatre reception}} nurse ([[name:Chidi]]) checked the {{wristband}} against the
list - DOB did not match. Patient 2 was booked for {{flexible cystoscopy}} the next day and had
been kept {{NBM}} unnecessarily. Returned to ward, patient 1 sent for.
Contributing: two patients with the same name on one ward, no name alert on the board.
""")),
    ("health", "success", block("""
From: [[name:Siobhán Carrick]] <[[email:s.carrick@northvale.nhs.uk]]>
To: {{Ortho}} theatres team
Date: [[date:11 Jan 2024]]
Subject: Well done - implant check

Hi all,

Quick thank you to [[name:Kwame]], scrubbed for the {{total hip replacement}} on {{Thursday}}.
When the {{acetabular cup}} came to the table he read the size out loud as per our
{{implant verification}} step: 52. The {{templating}} and Ms [[name:Adebayo-Frost]]'s request
were for 54. The {{rep}} from [[organisation:Corvanta Orthopaedics]] had put the wrong box on the
trolley. Swapped before anything was opened, stickers in the {{implant register}} match, no
delay worth mentioning. Patient [[case_reference:NV2290417]] is doing well on the ward.

This is exactly why we say it out loud. Thanks [[name:Kwame]].

[[name:Siobhán]]
{{Theatre Manager}}, {{Orthopaedics}}
""")),
    ("health", "incident", block("""
RECOVERY HANDOVER -> {{Ward 12}}
Pt: [[name:Delroy Campbell]]  [[age:63]]M  Hosp no [[case_reference:K7730152]]
Proc: {{laparoscopic right hemicolectomy}}, {{GA}} + {{TAP blocks}}

Issue: on transfer theatre -> {{recovery}} the {{O2}} cylinder on the bed was empty (not checked).
Sats dropped to 84% in the corridor. Anaesthetist (Dr [[name:Leclerc]]) noticed, bagged using
recovery supply. Back to 97% on 4L.
Since: {{PONV}} x2, {{ondansetron}} 4mg 14:20, {{cyclizine}} prescribed PRN. {{PCA}} running.
Obs stable last 40 mins.

Handed to: [[name:Nkechi]] ({{staff nurse}}) by [[name:Ellie]] ({{recovery practitioner}})
Incident logged: [[case_reference:INC-230877]]
""")),
    ("health", "near_miss", block("""
{{Teams}} - {{Theatre 2}} coordination - [[date:07/08/2024]]

[[name:Lukas Brandt]]  13:05
pt 3 on this afternoon's list has a {{pacemaker}} - not on the list or the {{pre-op}} notes, just spotted the scar when positioning
[[name:Amara Osei-Bonsu]]  13:06
who's the {{anaesthetist}}?
[[name:Lukas Brandt]]  13:06
[[name:Rob]] (Dr [[name:Halloran]]). {{monopolar diathermy}} planned + {{return electrode}} already on
[[name:Amara Osei-Bonsu]]  13:08
stop there. calling {{cardiac physiology}} to check/reprogram, ask surgeon about {{bipolar}}
[[name:Amara Osei-Bonsu]]  13:20
physiologist coming 14:00, case delayed 1h. Good catch [[name:Lukas]] 👏 pls feed back to {{pre-assessment}}. Pt [[case_reference:HN 8830271]]
""")),
    ("health", "incident", block("""
THEATRE SAFETY HUDDLE - MINUTES
Date: [[date:Fri 12 April]]
Present: [[name:K. Varga]] ({{Theatre Matron}}), Dr [[name:S. Menon]] ({{Clinical Director}}),
[[name:Ruth]] ({{ODP Lead}}), [[name:Hassan]] ({{Recovery}}), [[name:Gwen Pryor]] ({{Sterile Services}})
Apologies: [[name:Mark Eriksen]], [[name:Ade]]

1. Incident [[case_reference:INC-231402]]. On [[date:10/04]] a {{laparoscopic}} set arrived in
{{Theatre 4}} with a tray list showing a {{Johan grasper}} that was not in the tray. The
{{scrub practitioner}} ([[name:Dariusz]]) did not notice at the initial count; it came to light
at the closing count. Patient X-rayed on table - negative. Instrument found later at
[[organisation:Lowmoor HSDU]], never packed. Patient under {{GA}} 40 extra minutes.
Actions: [[name:Gwen Pryor]] to review tray-list sign-off in {{HSDU}}; [[name:Ruth]] to remind all scrub
staff that initial count is against the tray list, item by item.
""")),
    ("health", "success", prose("""
Card received in the theatre coffee room, copied here for the {{learning board}}: "To the team
in {{Theatre 1}} and {{recovery}} on [[date:28th August]]. At [[age:82]] I was terrified of the
{{general anaesthetic}} after what happened to my {{sister}}. The lady with the purple hat (I
think [[name:Bella]]?) held my hand and talked to me about my dog until I went off, and when I
woke up [[name:Sunil]] in recovery already knew I am {{claustrophobic}} and kept the curtain
open. Thank you all, [[name:Marjorie Hewitt-Blyth]]." Note from the {{Team Leader}}:
[[name:Bella]] is our {{anaesthetic practitioner}}; the claustrophobia came through because she
wrote it on the {{handover}} sheet. Small thing, big difference - please do the same.
""")),
    ("health", "near_miss", block("""
{{Cataract}} list - {{IOL}} check log - [[organisation:Ellerby Eye Unit]] - [[date:03/06/24]]

Pt | {{Hosp no}} | Eye | Planned IOL | Lens opened | Checked
[[name:A. Nowak]] | [[case_reference:E1029384]] | {{R}} | {{+21.5D}} | +21.5D | [[name:JB]]/[[name:RK]]
[[name:D. Fitzgerald]] | [[case_reference:E1034471]] | {{L}} | +19.0D | +19.0D | [[name:JB]]/[[name:RK]]
[[name:P. Achebe]] | [[case_reference:E1040016]] | R | +23.0D | +22.0D ({{STOPPED}}) | [[name:JB]]/[[name:RK]]

Note: pt 3 - {{biometry}} printout said +23.0D but the lens brought from the {{store room}} was
+22.0D. [[name:JB]] read the box aloud at the {{WHO}} implant check; [[name:RK]] compared it to the
biometry sheet and it did not match. Correct lens fetched before the {{phaco}} started. No harm.
The store room has +22 and +23 on adjacent shelves in identical boxes.
""")),
    ("health", "incident", prose("""
At approximately 15:40 on [[date:19 July 2024]], during closure of an {{abdominal hysterectomy}}
in {{Theatre 5}} at [[organisation:Queen Adelaide Hospital]], the {{scrub practitioner}},
[[name:Precious Nyathi]], sustained a {{needlestick injury}} to her left index finger from a
{{suture needle}} left on the {{Mayo table}} instead of being returned to the needle counter.
[[name:Precious]] followed the {{sharps injury}} procedure: encouraged bleeding, washed,
informed the {{Theatre Coordinator}} and attended {{Occupational Health}} the same afternoon.
The source patient consented to {{BBV}} testing. Staff number [[case_reference:EMP-55182]].
Contributing factors: a {{locum}} surgeon unfamiliar with the local {{neutral zone}} passing
technique, and the needle counter was out of reach on the back trolley. Actions: needle counter
to be placed on the Mayo table for every case; neutral zone briefing added to the
{{team brief}} when a locum is present.
""")),
    ("health", "near_miss", block("""
WhatsApp - "Obs theatre night team"
[[date:14/12/2023]], 02:14 - [[name:Gabi]]: {{Cat 1}} {{LSCS}} coming to {{T7}}
[[date:14/12/2023]], 02:15 - [[name:Gabi]]: anyone know if the {{machine check}} was done on T7? no sticker
[[date:14/12/2023]], 02:15 - [[name:Olamide]]: not by me, it was closed all day
[[date:14/12/2023]], 02:16 - [[name:Gabi]]: doing a quick check now... big leak, {{APL valve}} cracked!!
[[date:14/12/2023]], 02:17 - Dr [[name:Whitlock]]: move to {{T6}}, that was checked at 20:00. tell the {{midwife}} + {{SCBU}}
[[date:14/12/2023]], 02:24 - [[name:Gabi]]: in T6, knife to skin 02:29
[[date:14/12/2023]], 03:10 - [[name:Olamide]]: baby fine {{Apgars}} 9 and 10 🙏 T7 labelled {{DO NOT USE}}, {{EBME}} emailed
""")),
    ("health", "success", prose("""
Shared learning (good practice). On [[date:Sunday 3 March]] [[name:Yiannis Georgiou]],
[[age:aged 44]], {{BMI}} 48 with {{OSA}}, came for an emergency {{appendicectomy}}. The
anaesthetist, Dr [[name:Marguerite Okoye]], recognised a predicted difficult airway and ran a
two-minute pre-induction briefing based on the {{DAS guidelines}}: plan A {{videolaryngoscope}},
plan B {{second-generation SGA}}, plan C facemask, plan D {{front-of-neck access}}, with the
{{FONA}} kit opened and the {{ODP}} ([[name:Jayden]]) named as the person to call "can't intubate,
can't oxygenate". First attempt failed; second, with a {{bougie}}, succeeded. Sats never below
91%. At the {{hot debrief}} everyone said the briefing meant nobody was guessing. [[name:Jayden]]
has offered to turn it into a laminated card for each anaesthetic room.
""")),
    ("health", "incident", prose("""
specimen mislabel!! {{histology}} rang [[name:lou]] this am re the {{breast WLE}} list on
[[date:22/1]]. specimen from {{pt A}} ([[name:Nirmala Pillai]], [[case_reference:T0398812]]) had
{{pt B}}'s sticker on it ([[name:D Hurst]], [[case_reference:T0401176]]). the {{sentinel node}}
pot was right so {{histo}} noticed the names didnt match. stickers for the next pt had been
printed early and left on the {{specimen bench}}. results very nearly went on the wrong record,
{{MDT}} for mrs [[name:pillai]] now delayed 1 wk :( pls pls only print labels for the pt in the
room. {{datix}} done by [[name:CH]]
""")),
    ("health", "near_miss", block("""
From: Dr [[name:Farah Qureshi]]
To: {{Theatre Governance}}; {{Transfusion Practitioner}}
Date: [[date:Wed 6 November 2024]]
Subject: Near miss - no blood available for revision {{THR}}

At {{Sign In}} for the second case, a {{revision THR}} for Mr [[name:Alistair Greaves]]
({{NHS}} [[nhs_number:450 629 3177]]), the checklist question "is blood available?" was answered
yes from the ward pre-op checklist. When I looked on {{ICE}}, the {{group and save}} sent on
[[date:28 October]] had been rejected by the lab for a labelling error and never repeated. No
units were crossmatched. Expected blood loss was well over a litre.

Case delayed 70 minutes for an urgent sample and two units {{crossmatched}}. No harm.
Suggest "blood available" is confirmed on ICE at Sign In, not from the ward paperwork.

[[name:Farah]]
{{Consultant Anaesthetist}}
""")),
    ("health", "success", block("""
{{LEARNING FROM EXCELLENCE}} - {{Paeds}} dental list [[date:Thurs 25/07]]
Nominated by: [[name:Lia Moreau]] ({{Play Specialist}})
Nominee: [[name:Hope Adjei]] ({{Anaesthetic Nurse}})

What happened: [[name:Noah]] ([[age:4yo]], {{autism}}, non-verbal) came for extractions under
{{GA}}. A previous attempt at [[organisation:Calderbridge Children's Hospital]] was abandoned
because he was so distressed. [[name:Hope]] phoned {{mum}} the week before, found out he loves
{{Thomas the Tank Engine}} and hates bright lights. She put him first on the list, dimmed the
lights, had the engine video on the tablet and did a {{gas induction}} with him on mum's lap.
He went off calmly. No restraint, no {{premed}} needed.
Why it matters: one phone call turned a traumatic experience into a good one.
""")),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
booking clash AGAIN!! i had [[aircraft_registration:G-BRTW]] booked 10-12 on [[date:sat 6th]] for
a {{nav ex}}, turned up & she was gone. paper {{booking sheet}} in the {{clubhouse}} had my name
crossed out in pencil with "[[name:DK]]" written in. nobody rang me. [[name:DK]] apparently
"thought it was free coz the online one hadnt synced". lost my {{met}} window, {{instructor}}
([[name:fran]]) had to cancel & i still got charged the {{briefing}} fee?! we cant keep running
2 booking systems. also pretty sure [[name:DK]] isnt even {{checked out}} on the {{PA-28}} yet,
worth someone checking the {{tech log}} entry for that flight. [[name:jamie c]]
""")),
    ("aviation", "near_miss", block("""
{{A/G}} recording transcript - [[organisation:Penmoor Aerodrome]] - [[date:14 August]] - {{runway 27}}

1402:10  [[aircraft_registration:G-OKMA]]: [[organisation:Penmoor Radio]], [[aircraft_registration:Golf Oscar Kilo Mike Alpha]], {{holding point}} {{Alpha}} runway 27, ready for departure
1402:18  [[organisation:Penmoor Radio]]: [[aircraft_registration:Kilo Mike Alpha]], one on final, {{surface wind}} 250 12
1402:24  [[aircraft_registration:G-CDLF]]: [[aircraft_registration:Golf Lima Fox]], final 27
1402:30  ([[aircraft_registration:Kilo Mike Alpha]] seen crossing the hold line, no call)
1402:33  [[aircraft_registration:Golf Lima Fox]]: {{going around}}, aircraft entering the runway

Narrative: pilot of [[aircraft_registration:KMA]], club member [[name:Viktor Haugen]], heard "one on
final" as permission to line up. {{A/G}} operators cannot issue clearances. [[name:Viktor]] has
about 60 hours and usually flies from a {{towered}} airfield. {{FI}} [[name:Shona McPhail]] debriefed him
and is adding "look both ways, you are not cleared" to the club {{differences briefing}}.
""")),
    ("aviation", "success", prose("""
Shout-out to [[name:Bill Ostrowski]] ({{FI}}). {{Member}} [[name:Sunita]] came in for a club
{{check-out}} on [[aircraft_registration:G-AZNE]] after about 14 months off. Before going near
the aircraft [[name:Bill]] went through her {{logbook}}, {{licence}} and medical properly rather
than just ticking the form, and spotted that her {{Class 2 medical}} had expired on
[[date:31 March]]. No flying, obviously. Instead they did an hour of {{ground school}} on the
{{PA-28}} fuel system and {{emergency drills}}, and [[name:Bill]] helped her book an {{AME}}.
[[name:Sunita]] emailed afterwards to say she was embarrassed but grateful. This is what a
check-out is for. Thanks [[name:Bill]].
""")),
    ("aviation", "incident", prose("""
On [[date:Sunday 22 September]] the {{Cessna 152}} [[aircraft_registration:G-BYRX]] was
refuelled from the club {{bowser}} ([[vehicle_registration:KX09 TFU]]) after two days of heavy
rain. The pilot, club member [[name:Owain Llewellyn]], completed the {{A-check}} but took a
{{fuel sample}} from the left tank drain only. The engine ran rough at about 400 ft on climb-out;
he applied {{carb heat}}, declared on the {{A/G}} frequency and landed back on runway 09. Later
sampling found water in the right tank and the {{gascolator}}. The bowser {{water trap}} had not
been drained that morning and the refuelling log for [[date:21/09]] was blank. [[name:Owain]]
flew the aircraft well. Reported as an {{MOR}} to the {{CAA}}; club ref
[[case_reference:PFC-SR-24-09]]. Bowser now tagged and checked daily by the {{duty pilot}}.
""")),
    ("aviation", "near_miss", block("""
{{WhatsApp}} - "[[organisation:Penmoor Flying Club]] members 🛩️"
[[date:03/05/2024]], 17:22 - [[name:Gaz Whitfield]]: anyone flown [[aircraft_registration:G-EFLK]] today? left brake very spongy taxiing back
[[date:03/05/2024]], 17:24 - [[name:Priyanka]]: yeah i had it this morning, same. thought it was just me
[[date:03/05/2024]], 17:25 - [[name:Gaz Whitfield]]: did you put it in the {{tech log}}?
[[date:03/05/2024]], 17:31 - [[name:Priyanka]]: no 😬 sorry
[[date:03/05/2024]], 17:40 - [[name:Ken]] ({{CFI}}): {{Everyone}} - if it's not in the tech log the next pilot doesn't know. [[aircraft_registration:G-EFLK]] grounded, {{ADD}} raised. [[name:Stavros]] at [[organisation:Midmarsh Aero Engineering]] will look {{Monday}}.
[[date:06/05/2024]], 12:05 - [[name:Ken]] ({{CFI}}): update: low {{brake fluid}} + leaking {{caliper}}. next booking was a {{trial lesson}} on a short wet runway. please write it up!
""")),
    ("aviation", "incident", block("""
AIRFIELD OPS LOG - [[organisation:Penmoor Aerodrome]] - [[date:Sat 17 Feb]]
10:05  {{Duty pilot}} [[name:Lorna Baxendale]] opens {{A/G}}. Grass {{runway 04/22}}, 22 in use.
11:48  Silver {{VW Golf}} [[vehicle_registration:YK19 HVP]] seen on the {{perimeter track}}, then onto
       runway 22 near the {{threshold}}.
11:49  [[aircraft_registration:G-BSWN]] on {{short final}} goes around; pilot [[name:Arjun Nair]] reports car.
11:50  [[name:Lorna]] broadcasts "all traffic hold, vehicle on runway".
11:55  Car stopped by {{groundsman}} [[name:Fred]]. Driver visiting the {{café}} had followed satnav
       for [[address:Penmoor Lane, Little Ashby]]. Driver: Mr [[name:T. Corrigan]], [[phone:07700 900318]].
12:10  Runway inspected, reopened.
Notes: {{crash gate}} left open after the fuel delivery at 11:30. Padlock now on gate; sign
requested for the café car park entrance.
""")),
    ("aviation", "success", block("""
From: [[name:Ken Aldridge]] <[[email:ken.aldridge@penmoorflyingclub.co.uk]]>
To: {{All members}}
Date: [[date:13 May 2024]]
Subject: A good decision - thank you [[name:Amber]]

{{Members}},

On [[date:Saturday 11 May]] [[name:Amber Lestrange]] had [[aircraft_registration:G-BRTW]] booked for
a trip to [[organisation:Carnlough Airfield]]. The {{TAF}} was marginal and the {{METAR}} at
lunchtime showed the {{cloud base}} coming down. [[name:Amber]] has about 70 hours and no
{{IR(R)}}. She rang me, we talked it through and she cancelled. That afternoon two visiting
aircraft diverted into us in {{poor visibility}}.

I would much rather the club lose a booking than a member. {{Cancellation fee}} waived, and I
hope everyone reads this as a {{success story}}.

[[name:Ken]]
{{CFI}}, [[organisation:Penmoor Flying Club]]
[[phone:01632 960127]]
""")),
    ("aviation", "near_miss", block("""
{{NEAR MISS}} - MEMBER RECORDS
Member: [[name:Dominik Wasilewski]]    {{Membership no}}: [[case_reference:PFC-0412]]
{{DOB}}: [[date_of_birth:09/12/1986]]
Address: [[address:2 Tern Cottages, Saltley Marsh]], [[postcode:TN22 5HW]]
Tel: [[phone:07700 900871]]    Email: [[email:dom.wasilewski@mailbox.example]]
{{NI no}} (for payroll, {{tug pilot}}): [[ni_number:JT 48 27 61 C]]
{{Licence}}: {{UK PPL(A)}} [[case_reference:GBR.FCL.PA.00173325]]
{{Medical}}: {{Class 2}}, expiry recorded as [[date:30/04/2025]], actual expiry [[date:30/04/2024]]

What happened: member booked [[aircraft_registration:G-OKMA]] for [[date:04/05/2024]]. Booking system
showed medical valid because the expiry year had been mistyped. At the annual {{check-out}}
the {{instructor}} ([[name:Will Tennant]]) asked to see the certificate - expired. No flight.
Actions: record corrected; audit of all member medical dates against certificates.
""")),
    ("aviation", "incident", block("""
[[organisation:Penmoor Flying Club]] - {{Safety Committee}} - minutes
Date: [[date:Tues 9 July 2024]], {{clubhouse}}
Present: [[name:Ken Aldridge]] ({{CFI}}, chair), [[name:Shona McPhail]] ({{FI}}),
[[name:Roz Ferreira]] ({{Safety Officer}}), [[name:Mark Tibbs]] ({{Treasurer}})
Apologies: [[name:Will Tennant]]

1. Incident [[case_reference:PFC-SR-24-07]]: nosewheel damage to [[aircraft_registration:G-AZNE]]
after a bounced landing by member [[name:Idris]] on [[date:29 June]]. {{Crosswind}} 15 kt,
above his personal minimums; he had flown 80 days earlier, so the club {{90-day rule}} was
not breached. [[name:Idris]] reported it promptly and honestly.
Actions:
- [[name:Shona]]: crosswind refresher evening for low-hours members
- [[name:Roz]]: submit {{MOR}}, share summary in newsletter
- Aircraft to [[organisation:Midmarsh Aero Engineering]] for {{shock strut}} and firewall inspection
- [[name:Mark]]: insurance claim
""")),
    ("aviation", "near_miss", block("""
Booking sheet - [[aircraft_registration:G-CDLF]] ({{PA-28-161 Warrior}}) - [[date:Sun 21 April]]

Time | Pilot | {{Instr}} | Type | Checked out?
09:00 | [[name:R. Haddad]] | [[name:SM]] | {{PPL lesson}} | {{n/a}}
11:00 | [[name:Joe Brennan-Wu]] | - | {{hire}} | {{NO}} - see note
13:00 | [[name:Cat Delaney]] | - | hire | Y
15:00 | [[name:Ife]] | [[name:KA]] | {{trial lesson}} | n/a

Note ([[name:SM]]): [[name:Joe]]'s {{check-out}} on the {{Warrior}} was booked for [[date:14 April]] but
scrubbed for weather, and the online system still let him book solo hire. I caught him walking
out to the aircraft with the keys. We flew the check-out together instead. Can the system
block hire until an instructor signs the check-out?
""")),
    ("aviation", "success", block("""
{{RT}} extract - [[organisation:Castlemoor Radar]] - [[date:30/10/2024]]
[[aircraft_registration:G-BSWN]]: {{PAN PAN PAN}}, [[organisation:Castlemoor Radar]], [[aircraft_registration:Golf Sierra Whiskey November]], {{PA-28}}, rough running engine, 2500 feet, 6 miles north of [[organisation:Penmoor Aerodrome]], one {{POB}}, request vectors [[organisation:Penmoor]]
[[organisation:Castlemoor Radar]]: [[aircraft_registration:Golf Whiskey November]], roger {{PAN}}, {{squawk 7700}}, [[organisation:Penmoor]] bears 180, 6 miles
[[aircraft_registration:Golf Whiskey November]]: 7700, {{carb heat}} on, power coming back, continuing to [[organisation:Penmoor]]

Narrative: member [[name:Eleni Papadakis]] ([[age:62]]) recognised {{carburettor icing}} on a
humid day, applied full carb heat, accepted the rough running while the ice cleared and declared
early. Landed safely. [[organisation:Castlemoor]]'s {{controller}} phoned the club to say it was
"textbook". {{FI}} [[name:Shona McPhail]] has asked [[name:Eleni]] to talk at the next safety evening.
""")),
    ("aviation", "incident", block("""
HANGAR HANDOVER - [[date:Fri 8 Nov]] evening -> {{Sat}} {{duty pilot}}

- [[aircraft_registration:G-OKMA]] {{LEFT WINGTIP}} damaged. Pushed back in by [[name:kev]] and new member
  [[name:Tomás]] around 18:30; wingtip hit the {{hangar door}} runner. Two people, no
  {{wing walker}}, light fading. {{Nav light}} lens cracked, scuff on fairing. In the {{tech log}},
  aircraft {{U/S}} until [[organisation:Midmarsh Aero Engineering]] inspect.
- Please cancel Sat bookings for [[aircraft_registration:KMA]]: [[name:Sunny]] at 10:00 and the 14:00
  {{trial lesson}} (Mr [[name:Abara]], [[phone:07700 900244]]).
- {{Club car}} [[vehicle_registration:LR68 TXO]] low on diesel.
- Everything else locked, {{fuel}} log done.

[[name:Benedikt]]
""")),
    ("aviation", "near_miss", block("""
#safety-reports - [[organisation:Penmoor Flying Club]] {{Slack}}

[[name:lukasz.m]]  19:02
Filing this for learning. Today ([[date:15/06]]) flying [[aircraft_registration:G-EFLK]] to the coast, routed under the
[[organisation:Castlemoor]] {{CTA}} (base 2500). Climbing over rising ground I got to 2400 before
{{SkyDemon}} warned me. {{Radar}} then called traffic, an {{airliner}} ([[flight_number:EZY4721]]) descending
through 3500 about 3 miles away. I had not set the {{QNH}} after departure - was still on the
{{QFE}}, so I was actually higher than I thought.
[[name:shona.mcp]]  19:20
thanks for writing this up [[name:Łukasz]]. {{altimeter}} setting is now on the after-take-off
check card. would you be ok sharing at the next {{safety evening}}?
[[name:lukasz.m]]  19:22
yes of course
""")),
    ("aviation", "success", prose("""
Just wanted to say a massive thank you to [[name:Shona]] for getting me to {{first solo}} on
[[date:Wednesday 2nd October]] 🎉 At [[age:67]] I honestly thought it wouldn't happen when my
daughter gave me a {{trial lesson}} voucher. What made the difference was that my
{{instructor}} noticed I was fixating on the {{ASI}} on {{final}} and taught me to look out at
the {{aiming point}} instead. She also made me do three {{go-arounds}} the week before, "just
because", and I needed one on the day. Thanks also to [[name:Lorna]] on the {{A/G}} radio for
the calm voice and to [[name:Fred]] for the cup of tea afterwards.
[[name:Grahame Wetherall]] ("[[name:Gus]]" to most of you)
""")),
    ("aviation", "incident", prose("""
{{self-report}}. flew [[aircraft_registration:G-BYRX]] solo local on [[date:12/08]]. went to sign
for my next booking & [[name:roz]] pointed out my {{SEP}} rating expired end of {{july}}. i did
my {{revalidation}} flight with an {{instructor}} in {{june}} but never sent the {{SRG1119}}
form to the {{CAA}}, and it wasnt signed in my {{licence}} by an {{examiner}}, so ive been
flying on an invalid rating. means the insurance didnt cover that flight either. grounded
myself until sorted. sorry all, lesson learned. [[name:nikhil]] ([[case_reference:PFC-0388]])
""")),
    ("aviation", "near_miss", prose("""
On [[date:25 May 2024]] [[name:Teodora Ionescu]], a {{PPL}} holder with about 140 hours, hired
[[aircraft_registration:G-CDLF]] for a day trip to [[organisation:Westray Bay Airfield]] and
back. She planned the return leg on the outbound fuel figures and intended to top up at
[[organisation:Westray]], but the pumps were shut for a card reader fault. The return
{{headwind}} was stronger than forecast. On landing at [[organisation:Penmoor Aerodrome]] the
{{dipstick}} showed about 6 {{US gal}} usable, under the club minimum of 45 minutes
{{reserve}}. [[name:Teodora]] reported it herself via the club {{safety reporting}} scheme, ref
[[case_reference:PFC-SR-24-11]]. Learning: plan each leg on its own fuel, always phone ahead to
check pumps, and use the {{POH}} figures not the {{fuel gauges}}. The {{CFI}} has added a "can
I get fuel there?" line to the {{nav log}}.
""")),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind345", REPORTS))
