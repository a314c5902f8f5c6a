#!/usr/bin/env python3
"""Blind held-out corpus 10: sixty hand-written practitioner reports with inline mark-up.

Setting: a northern English metropolitan borough (children's services and partners), the local
NHS acute trust with its community and mental health partners, and a regional airline, airport
and flying school. Every narrative below is invented; names, numbers and references are
fictional (NHS numbers are generated to pass the mod-11 check, nothing else is real).

Writes bench/anonymiser/corpus/heldout_blind10.jsonl deterministically and validates it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import nhs_ok, parse, write_records  # noqa: E402

LABELS = (
    "name", "address", "postcode", "phone", "email", "nhs_number", "ni_number",
    "case_reference", "date_of_birth", "date", "age", "organisation",
    "vehicle_registration", "aircraft_registration", "flight_number",
)
DOMAINS = ("social_care", "health", "aviation")
KINDS = ("incident", "near_miss", "success")
OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind10.jsonl"

POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$", re.I)
NI_NUMBER = re.compile(
    r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$")
TITLE = re.compile(r"^(mr|mrs|ms|miss|dr|dc|pc|sgt|capt|sister|nurse)\.?\s", re.I)

# (domain, kind, marked-up narrative)
REPORTS: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", """
Handover 22:40 - for {{night staff}} and {{on-call manager}}

[[name:Kayden]] ([[age:15]]) went missing from [[organisation:Oakbank House]] after tea, approx 19:15. Last seen by [[name:Jordan P]] walking towards [[address:Bradford Road, Batley]] with 2 older lads. They got into a grey Corsa, reg maybe [[vehicle_registration:YH17 KZW]] ([[name:Jordan]] only sure of the ZW).
20:05 reported on 101, log [[case_reference:13240086512]].
21:30 his sister [[name:Chelsea]] rang the house from [[phone:07823 416092]] saying he's at a mates on [[address:Track Road]] and "fine". Passed to police.
Not back at time of writing. {{Philomena Protocol}} form updated. Can days please request the return home interview and let [[name:Lorraine]] know first thing.
"""),
    ("social_care", "near_miss", """
not sure if this is the right place for this but our {{supervising social worker}} is on leave. on saturday my husband went to pick [[name:riley]] up from contact at the family centre and [[name:riley]]s {{birth dad}} was waiting in the car park which isnt meant to happen, contact is supervised. he tried to give [[name:riley]] a phone and a bag of sweets. my husband said no and got him in the car. nothing happened but it could of. the number he shouted was [[phone:07939 552180]] if thats any use. pls ring me [[phone:07712 804331]]
[[name:shaz]] ([[address:14 lowfield cres, thornhill]] [[postcode:wf12 0qt]])
"""),
    ("social_care", "success", """
Subject: Thank you - [[name:Amira]] and family

Dear [[name:Sadia]],

I just wanted to say thank you on behalf of everyone at [[organisation:Westborough High School]]. When [[name:Amira Begum]] (Y9) disclosed at the end of last term, your {{Early Help}} team picked it up the same afternoon and you personally visited Mrs [[name:Begum]] at home before the weekend. [[name:Amira]]'s attendance has gone from 71% to 96% since [[date:4 March]] and she told her form tutor last week that "home feels calmer". The family meetings you set up have genuinely worked and mum now rings us herself if something is wrong.

Kind regards,
[[name:Gareth Hollins]]
{{Designated Safeguarding Lead}}
[[organisation:Westborough High School]]
[[phone:01924 325 710]] | [[email:g.hollins@westborough.kirklees.sch.uk]]
"""),
    ("social_care", "incident", """
Youth Justice Service - incident record
Date of incident: [[date:09/01/2024]]
Young person: [[name:Tyrell Asante-Mensah]], DOB [[date_of_birth:03/08/2008]], YJS ref [[case_reference:YJ/23/0418]]

During a {{reparation}} session at the community allotment on [[address:Heckmondwike Road, Dewsbury Moor]], [[name:Tyrell]] was approached by a young man he later called "[[name:Deeno]]", who we believe is linked to the county lines concerns already recorded in his {{NRM}} referral. [[name:Tyrell]] became anxious and asked to leave early. Case manager [[name:Kofi Boateng]] drove him home and informed his mother, Mrs [[name:Asante]]. Information shared with the {{MASH}} and with PC [[name:Becky Walsh]] (exploitation team) the same afternoon. Allotment venue to be reviewed before [[name:Tyrell]]'s next session on [[date:16/01/2024]].
"""),
    ("social_care", "near_miss", """
SBAR - health visiting, [[organisation:Dewsbury West 0-19 Team]]
S: {{New birth visit}} nearly missed because of a wrong address.
B: Baby [[name:Oliwia Kaczmarek]], born [[date_of_birth:17/02/2024]] at [[organisation:Pinderfields Hospital]], NHS no. [[nhs_number:724 527 3790]]. Discharge notification gave [[address:27 Norman Road, Dewsbury]] [[postcode:WF13 3NT]]. Family had moved 3 weeks earlier to [[address:Flat 4, Crown Court, Ravensthorpe]]. Mum [[name:Marta]] told the {{community midwife}} but {{SystmOne}} was not updated.
A: Visit was booked for the old address on day 12, close to the day 14 target. Found the family through the GP practice, [[organisation:Ravensthorpe Health Centre]], who had mum's mobile [[phone:+48 512 447 903]].
R: Visit completed day 13 with a Polish interpreter. Please can midwifery check addresses at discharge. Datix [[case_reference:W131902]].
HV [[name:J. Lockwood]]
"""),
    ("social_care", "success", """
Fostering Service - practice learning: what went right

In [[date:March 2024]] we needed an emergency placement for three siblings, [[name:Hope]] ([[age:6]]), [[name:Bailey]] ([[age:4]]) and [[name:Ruby-Mae]] ([[age:2]]), after {{police protection}} was used late on a Friday. The out-of-hours team contacted Mr and Mrs [[name:Nwosu]], experienced carers in the north of the borough. [[name:Adaeze]] and [[name:Chinedu]] were only approved for two children but agreed to take all three so the siblings would not be split, and the {{Agency Decision Maker}} gave a temporary exemption by 9pm. Their own son [[name:Tobi]] gave up his room.

Over the weekend [[name:Adaeze]] rang the children's nan, [[name:Brenda Shaw]], so the children could hear a familiar voice, and she kept a diary of everything [[name:Ruby-Mae]] ate and how she slept, which was invaluable for the health assessment. Within a week [[name:Hope]] was back at [[organisation:Crossley Fields Junior and Infant School]] and [[name:Bailey]] had started at the nursery attached. The {{supervising social worker}}, [[name:Hannah Iqbal]], visited on the Monday and every few days after.

What made it work: carers who were already known and trusted, a quick management decision, and keeping the children together. The children have since moved to a long-term placement together.

[[name:P. Greenwood]], Team Manager
"""),
    ("social_care", "incident", """
From: [[name:Rachel Dyson]] <[[email:r.dyson@stpaulsjunior.org.uk]]>
To: [[organisation:Duty and Advice]] <[[email:duty.advice@kirklees.gov.uk]]>
Cc: [[name:Imran Hussain]]
Sent: [[date:15 May 2024]] 08:52
Subject: URGENT Y3 pupil - bruising

Morning,
[[name:Zayn]] (3H, DOB [[date_of_birth:22.10.2016]]) came into breakfast club with finger-tip bruising to his left upper arm. When asked he said "uncle [[name:Tariq]] grabbed me cos I was slow". Uncle lives with the family at [[address:5 Beaumont Street, Batley Carr]]. Logged on {{CPOMS}}. Dad is due to collect at 3:15.
[[name:Rachel]]
DSL, [[organisation:St Paul's Junior School]]

-----
From: [[name:Lucy Whitham]]
Sent: [[date:15 May 2024]] 09:40
Thanks [[name:Rachel]]. We are holding a strategy discussion at 11. Please do not speak to parents or let [[name:Zayn]] go home before you hear from me. Likely {{section 47}}.
[[name:Lucy]], Duty SW, [[phone:01484 414960]]
"""),
    ("social_care", "near_miss", """
Joint visit for {{section 47}} enquiry, [[date:Thurs 6th June]]. DC [[name:Shabana Kauser]] and SW [[name:Mo Ashraf]] attended [[address:12 Cemetery Road, Heckmondwike]] in error - the family actually live further up the same road. The neighbour, Mrs [[name:Greaves]], started asking about "the kids up the road" and DC [[name:Kauser]] nearly confirmed the reason for the visit before [[name:Mo]] noticed the house number. Nothing disclosed. The address on the referral had been mistyped by {{the referrer}}. Crime ref [[case_reference:13240117702]].
"""),
    ("social_care", "success", """
what went well - [[name:Dawn K]] & kids (EH ref [[case_reference:EH-22931]])
- mum [[name:dawn kirkbride]] self referred in jan, 3 kids, rent arrears, eldest [[name:Connor]] ([[age:11]]) caring for her after her op
- {{TAF}} every 4 wks, {{school nurse}} [[name:Bev]] came to all of them
- got housing to move them from [[address:Flat 9, Thornhill Court]] (black mould) to a 3 bed on [[address:Headfield Rd]]
- [[name:Connor]] now goes to {{young carers}} on tuesdays and his attendance is 98%
- mum says she finally feels listened to
closing to EH end of month, step down to universal. [[name:Kerry]] x
"""),
    ("social_care", "incident", """
Medication error - [[organisation:Ashfield Lodge]] children's home
Young person: [[name:Ellie-Mae Fairburn]], aged [[age:14]]
On [[date:2/3/24]] [[name:Ellie-Mae]] was given her evening {{melatonin}} twice. [[name:Kasia]] gave it at 20:30 but did not sign the MAR until after she had dealt with an incident in the lounge; at 21:10 [[name:Bill Naylor]] saw the blank MAR and gave a second dose. Error found at handover. {{NHS 111}} contacted: advised observations only, no harm. [[name:Ellie-Mae]] was told and was OK about it. GP at [[organisation:Eightlands Surgery]] informed Monday. Mum ([[name:Jodie]]) informed by phone.
{{Regulation 40}} notification to Ofsted submitted by Mr [[name:Pryce]], Registered Manager. Both staff to redo medication competency.
"""),
    ("social_care", "near_miss", """
Near miss - interpreting. At the initial visit for [[name:Rêbaz Hamid]] ({{UASC}}, states [[age:16]], DOB given as [[date_of_birth:01/01/2008]]) on [[date:12 February]] the agency interpreter turned out to be a Sorani speaker from the same town in Iraqi Kurdistan who knew of [[name:Rêbaz]]'s family. [[name:Rêbaz]] went quiet and afterwards told his foster carer [[name:Joyce]] he was scared the man would tell people back home where he is. We have stopped using that interpreter for him and booked a telephone interpreter through [[organisation:The Big Word]] for the {{age assessment}} instead. Home Office ref [[case_reference:H1187734]]. Should we be asking agencies to check for this with every unaccompanied child?
SW [[name:Shilan Karimi]]
"""),
    ("social_care", "success", """
Good news story!! [[name:Lewis]] has finished his {{referral order}} - all 9 months, no further offences, and he's got an apprenticeship at [[organisation:Kirkwood Joinery]]. Huge thanks to his panel volunteers and to [[name:Ade]] who never gave up on him even when he missed 3 appts in a row {{over Christmas}}. [[name:Lewis]] asked me to say thanks to "the woman with the dog" - that's [[name:Mags]] from reparation 😂
"""),
    ("social_care", "near_miss", """
Near miss at [[organisation:Little Acorns Day Nursery]], [[address:Wellington Road, Dewsbury]]
At 17:35 on [[date:Wednesday 10 April]] a woman came to collect [[name:Mia Horváthová]] ([[age:3]]) saying she was her aunt. She wasn't on [[name:Mia]]'s collection list and didn't know the {{collection password}}. A bank staff member was about to let [[name:Mia]] go because [[name:Mia]] ran to her and called her "teta". Room leader [[name:Sam]] stepped in and rang mum, [[name:Denisa]], on [[phone:07380 224 915]]. Mum said the aunt ([[name:Ružena Giňová]]) is family but she had forgotten to add her. [[name:Mia]] went home safely with her aunt after mum confirmed on a video call.
Learning: bank staff to be briefed on the collection procedure at the start of every shift. {{Key person}} to update the list.
"""),
    ("social_care", "incident", """
Domestic abuse notification - children present
Attending officer PC [[name:Lee Hallas]]. Called to [[address:33 Chapel Fold, Heckmondwike]], [[postcode:WF16 0PS]] at 23:50 on [[date:18/05/24]] after a neighbour reported shouting and banging. [[name:Ciarán Doherty]] ([[age:38]]) was in the kitchen. Partner [[name:Niamh Doherty]] had a swollen lip and said he had pushed her into the door frame. Children [[name:Aoife]] ([[age:7]]) and [[name:Cillian]] ([[age:3]]) were upstairs; [[name:Aoife]] was awake and crying. [[name:Ciarán]] arrested for assault. {{DASH}} completed - high risk, referral to {{MARAC}}. School to be informed through {{Operation Encompass}} - [[name:Aoife]] attends [[organisation:Holy Spirit Catholic Primary]]. Crime ref [[case_reference:13240098215]].
"""),
    ("social_care", "near_miss", """
I need to report a data breach. On [[date:Friday 22nd]] I emailed the {{child protection conference}} minutes for the [[name:Nowakowski]] children to [[email:agnieszka.nowak@outlook.com]] instead of their mother at [[email:a.nowakowska1985@gmail.com]]. Outlook autocompleted the wrong [[name:Agnieszka]] - [[name:Agnieszka Nowak]] is a parent on another of my cases. I realised within about 5 minutes, rang Ms [[name:Nowak]] and she agreed to delete it and confirmed this by email. The minutes included the address of the children's placement. Reported to {{Information Governance}}, ref [[case_reference:IG-2024-0193]]. My manager [[name:Graham]] is aware. I've turned off autocomplete.
"""),
    ("social_care", "success", """
Really pleased to share this one. [[name:Precious Adeyemi]] ([[age:19]]) moved into her own tenancy at [[address:Flat 11, Weavers Court, Firth Street, Huddersfield]] [[postcode:HD1 3BD]] on [[date:1st July]]. She's been in {{Staying Put}} with her former foster carers [[name:Jean]] and [[name:Malcolm]] since she was [[age:18]] and they helped her get everything for the flat. We finally sorted her NI number ([[ni_number:PW 19 38 47 A]]) so her Universal Credit is in place. She's starting nursing at [[organisation:University of Huddersfield]] in September. What worked: planning started a year early, she chose the area herself, and [[organisation:Housing Solutions]] kept her on the priority list.
[[name:Tom]], {{personal adviser}}, Leaving Care
"""),
    ("social_care", "incident", """
Incident: {{physical intervention}}
[[name:Bradley]] ([[age:13]]) became very distressed after a phone call with his {{dad}} at about 18:00 on [[date:Sunday 21st April]]. He was kicking the kitchen door and then picked up a kitchen knife. Staff [[name:Ifeoma Eze]] and [[name:Dave Ramsden]] used a {{Team Teach}} two person hold for approx 2 minutes until he dropped the knife. [[name:Bradley]] has a carpet burn on his right elbow, recorded on body map. [[name:Dave]] had a scratch to his hand. Debrief held with [[name:Bradley]] at 19:30, he said sorry and said his dad had told him he wasn't coming to visit after all. Mum [[name:Stacey Marsh]] informed on [[phone:07450 118327]]. Social worker to be informed Monday. [[name:Bradley]]'s LCS id [[case_reference:1184273]].
"""),
    ("social_care", "near_miss", """
Near miss - school office. Mr [[name:Qureshi]] asked at reception for [[name:Hamza]]'s report and new office staff started printing it. {{Non-molestation order}} and alert on {{Arbor}}. Mrs [[name:Ahmed-Khan]] spotted it. Nothing handed over.
"""),
    ("social_care", "incident", """
Early Help concern escalated to {{MASH}} - [[date:27/06/24]]
I visited [[address:88 Wakefield Road, Dewsbury]] [[postcode:WF12 8DH]] about [[name:Vy]]'s attendance ([[age:9]], [[organisation:Purlwell Infant and Nursery School]], 71% this term). Mum, [[name:Lê Thị Hoa]], was out; her partner Mr [[name:Nguyen]] let me in. Sitting in the kitchen was a boy I had not seen before, who said his name was [[name:Trần Văn Minh]] and that he is [[age:16]]. He is not on the tenancy and not on any school roll I can find. Strong smell of cannabis from the loft and a new padlock on the hatch. [[name:Minh]] speaks very little English. Mr [[name:Nguyen]] said he is a "cousin" visiting from London but couldn't give his date of birth. [[name:Minh]] looked thin and frightened and kept looking at Mr [[name:Nguyen]] before answering. [[name:Vy]] later told her teacher that [[name:Minh]] "works upstairs" and sleeps there.
I left and rang 999 from the car. Sgt [[name:Draper]] and DC [[name:Okonkwo]] attended. [[name:Minh]] was taken to a place of safety and is now with emergency foster carers. Referral made under the {{NRM}} as a possible victim of {{modern slavery}}. Telephone interpreter [[name:Phạm Thu Hà]] was used at the police station.
"""),
    ("social_care", "success", """
From: [[name:Joanne Mellor]], Head of the {{Virtual School}}
To: all designated teachers
Re: GCSE results - a success worth sharing

I want to share [[name:Jayden Smith-Hartley]]'s results. [[name:Jayden]] ([[age:16]]) had five school moves before coming into care in year 9 and was on a reduced timetable. His {{designated teacher}} at [[organisation:Batley Grammar School]], Ms [[name:Oduya]], set up weekly tutoring funded through his {{PEP}}, and his carer [[name:Sue]] sat with him every night through revision. He got 6 passes including English and maths at grade 5 and starts at [[organisation:Kirklees College]] in September.
[[name:Joanne]]
"""),
    ("social_care", "near_miss", """
near miss re contact transport. the taxi for [[name:Lily-Rose]] ([[age:5]]) from [[organisation:Ace Cars]] turned up with a different driver not on our approved list and no {{DBS}} badge showing. {{foster carer}} Mrs [[name:Hirst]] refused to put her in the car and rang me. taxi reg [[vehicle_registration:PN19 XTC]], driver said he was covering for "[[name:Naz]]". contact went ahead an hour late with [[name:Lily-Rose]] driven by me. spoke to [[name:KB]] in transport team and have emailed [[organisation:Ace Cars]] to ask why.
"""),
    ("social_care", "incident", """
[[name:Gabija Petrauskaitė]] ([[age:14]]) at [[organisation:Oakbank House]] told her {{key worker}} [[name:Rūta]] tonight that a man called "[[name:Darren]]" she met online has been sending her money for pictures and wants to meet her at [[organisation:Kingsgate Shopping Centre]] on Saturday. He sends the money to her bank card. Screenshots taken of the chat only and phone kept safe in the office. Police called, crime ref [[case_reference:13240124460]]. Mum in Lithuania informed on [[phone:+370 612 48305]] with [[name:Rūta]] interpreting. {{CEOP}} report made. Exploitation screening tool to be updated by SW tomorrow. [[name:Gabija]] is safe at home tonight and waking night staff are aware.
"""),
    # ------------------------------------------------------------------ health
    ("health", "incident", """
Incident type: Medication - wrong dose
Location: [[organisation:Bronte Ward]], [[organisation:Dewsbury and District Hospital]]
Patient: [[name:Margaret Appleyard]], [[age:84]], hospital no. [[case_reference:K0417732]], NHS [[nhs_number:420 875 1355]]
Description: Patient prescribed {{enoxaparin}} 40 mg once daily for VTE prophylaxis. Admission bloods showed an {{eGFR}} of 22, which was not reviewed against the dose. Two doses given before the ward pharmacist flagged it on [[date:08/04/2024]]. {{The registrar}} reviewed, dose reduced, anti-Xa level requested, no bleeding seen. Daughter ([[name:Julie Appleyard]]) informed under Duty of Candour by Sister [[name:Nwachukwu]].
Reporter: [[name:Abena Owusu-Ansah]], Staff Nurse
"""),
    ("health", "near_miss", """
Dispensary near miss. {{Hydroxyzine}} picked instead of {{hydralazine}} for [[organisation:Larch Ward]] bed 14. Same shelf, similar boxes. Caught at final check by [[name:Priya]]. Patient Mr [[name:T. Ellis]] not affected. Shelves separated.
-- [[name:SK]]
"""),
    ("health", "incident", """
ed majors v busy 40+ pts. pt in cubicle 9 [[name:dennis lonsdale]] [[age:67]]yo came in w chest pain at 14:10, triaged as non cardiac by agency nurse and {{ECG}} not done until 15:02. showed inferior {{STEMI}}. cath lab called, door to balloon delayed ~50 mins. pt ok now on CCU. his wife said she told the {{triage nurse}} he had a stent in [[date:2019]]. we need the 10 min ECG rule enforced even when busy. - [[name:Lauren]] (nic)
"""),
    ("health", "success", """
Compliment received at [[organisation:Dewsbury Birth Centre]] - card transcribed for the staff board:
"To [[name:Sinéad]], [[name:Bex]] and Dr [[name:Chowdhury]], we can't thank you enough for the night [[name:Ayaan]] was born ([[date_of_birth:2nd June 2024]]). When his shoulder got stuck you all stayed so calm and [[name:Sinéad]] explained everything while it was happening. We know now it was {{shoulder dystocia}} and that the {{McRoberts}} position helped. He is perfect. All our love, [[name:Tahmina]], [[name:Rahim]] & big sister [[name:Nusrat]] xx"
"""),
    ("health", "near_miss", """
Near miss - wrong side. At {{WHO checklist}} sign-in for [[name:Kwame Owusu]] (hospital no. [[case_reference:D2290147]]), booked for left {{inguinal hernia}} repair, the consent form said left but the site mark was on the right groin. Mr [[name:Owusu]] confirmed it was the left side. Mr [[name:Sandhu]] re-marked and the list was delayed 15 mins. The mark had been made on the ward by the F1, Dr [[name:Fraser]], who was covering two wards. Credit to ODP [[name:Kev Lumb]] for stopping the line.
Reported by Dr [[name:Fiona MacLeod]], anaesthetist, [[date:Tues 23/04]]
"""),
    ("health", "incident", """
District nursing - [[organisation:Batley and Birstall Neighbourhood Team]]
Patient [[name:Harold Sutcliffe]], DOB [[date_of_birth:11/11/1936]], [[address:6 Mount Pleasant Terrace, Birstall]], [[postcode:WF17 9HD]], NHS no [[nhs_number:6090323489]].
On first visit ([[date:14/10/23]]) found a category 3 {{pressure ulcer}} to sacrum. Mr [[name:Sutcliffe]] lives alone with a 4x daily care package from [[organisation:Helping Hands Homecare]]. Carers wrote "red skin" in their notes 9 days earlier but no referral was made to us. {{Waterlow}} never done. Pressure relieving mattress delivered same day. Safeguarding concern raised re the care agency. Son [[name:Keith]] (lives in Scotland, [[phone:01463 718 204]]) informed.
DN [[name:Ruth Mallinson]]
"""),
    ("health", "incident", """
Delayed handover - [[organisation:Pinderfields Hospital]] ED
Crew: [[name:Gemma Wood]] (paramedic) and [[name:Ash Rahman]] (ECA), vehicle [[vehicle_registration:YX21 BKF]], CAD [[case_reference:240311-0487]]
Patient: lady in her [[age:90s]] with {{#NOF}} after a fall at home. Arrived 16:20, handed over 22:35. Held on the vehicle for over 6 hours as the department was full and there was no {{HALO}} on shift after 18:00. Pt needed toileting on the trolley, which was undignified and she was distressed. Given IV paracetamol and oramorph per {{JRCALC}}. During this time 3 x Cat 2 calls were held in our sector with no resource. Please escalate.
"""),
    ("health", "success", """
Compliment / learning - Crisis Resolution and Home Treatment
[[name:Chidi Okeke]] ([[age:23]]) was brought to the [[organisation:Priestley Unit]] by his flatmate on [[date:3rd Feb]] after stopping his {{olanzapine}}. Because of bed pressures the plan was an out of area admission to [[organisation:Cygnet Hospital Bierley]]. Instead [[name:Ros]] (CRHT) and Dr [[name:Aled Pritchard]] agreed to try home treatment with twice daily visits, with his mum [[name:Ngozi]] staying with him. He was not detained under the {{Mental Health Act}}. Two weeks later he is back at work and back on his medication. [[name:Chidi]] said it was the first time he'd felt "treated like a person". A good example of positive risk taking.
"""),
    ("health", "near_miss", """
Near miss - baby identification, [[organisation:Maple Ward]] (postnatal), night shift [[date:29/01]]
Two babies on the ward both named [[name:Muhammad]]: [[name:Muhammad Ali Khan]] (mum [[name:Sana Khan]], bed 3) and [[name:Muhammad Yusuf Hussain]] (mum [[name:Rukhsana Hussain]], bed 7). {{MCA}} [[name:Tracy]] brought expressed breast milk from the fridge labelled for baby [[name:Khan]] to bed 7. Mrs [[name:Hussain]] noticed the name on the bottle before feeding. No milk given. Name alert stickers had not been put on either cot.
Actions: {{name alert}} process reiterated at huddle; two-person check for EBM. {{Midwife in charge}} [[name:Esther Boakye]] informed.
"""),
    ("health", "incident", """
CD discrepancy in a patient's home. Patient [[name:Doreen Haigh]], end of life, [[address:Holly Cottage, Hey Lane, Honley]], [[postcode:HD9 6QE]]. At the 10:00 visit DN [[name:Chloe]] counted 4 x {{morphine sulfate}} 10mg/1ml ampoules; the CD record showed 7. Last entry signed by the night sitter. Grandson ([[name:Jake Haigh]], [[age:19]]) has been staying. No-one has been accused. Reported to the {{CD accountable officer}} and police informed per policy, ref [[case_reference:13240044187]]. Remaining stock removed and {{just in case}} meds re-prescribed by [[organisation:Honley Surgery]]. Dr [[name:Venkatesh]] aware.
"""),
    ("health", "success", """
What went right - paeds ED, [[date:Sat 16 Dec]]. [[name:Olivia]] ([[age:2]]) triaged at 02:10, {{PEWS}} 5, mottled. Nurse [[name:Kirsty]] escalated straight away, {{sepsis six}} done within 35 mins, IO access by Dr [[name:Banerjee]] first go. Transferred to PICU stable. Great teamwork all round.
"""),
    ("health", "incident", """
From: [[name:Vikram Patel]]
Sent: [[date:08 July 2024]] 16:02
To: [[name:Helen Crabtree]]; [[name:Jo Firth]]
Subject: RE: discharge concern

Thanks [[name:Helen]], agree this meets the threshold. I spoke to [[name:Florin]] this afternoon and he is staying with his dad for now. Added to Tuesday's agenda. [[name:Jo]] - can you pull the discharge checklist from [[organisation:Ash Ward]]?
[[name:Vik]]

-----Original Message-----
From: [[name:Helen Crabtree]] <[[email:helen.crabtree4@nhs.net]]>
To: [[name:Vikram Patel]]
Subject: RE: discharge concern - Mr [[name:V Lakatos]]

[[name:Vikram]],
Following up from this morning. [[name:Vasile Lakatos]] ([[age:71]], MRN [[case_reference:K1183360]], NI no. on EPR [[ni_number:SH 48 21 77 C]]) was discharged from [[organisation:Ash Ward]] on [[date:Friday 5 July]] without an interpreter. He speaks Romani and some Romanian. His son [[name:Florin]] was not called, despite being next of kin on [[phone:+40 723 118 492]] and a UK mobile, [[phone:07418 552 036]]. He was found by a neighbour at [[address:41 Oxford Road, Dewsbury]] confused and without his {{furosemide}}. Nobody used a telephone interpreter at any point. Please can we discuss at Tuesday's safeguarding meeting and whether this needs a {{section 42}} referral?
Thanks
[[name:Helen]]

[[name:Helen Crabtree]] | Named Nurse, Adult Safeguarding | [[organisation:Mid Yorkshire Teaching NHS Trust]]
"""),
    ("health", "near_miss", """
Near miss theatres [[date:14/03]]. First closing count one 10x10 swab short during {{lap chole}} (Mrs [[name:Kowalczyk]], Mr [[name:Adebayo]]'s list). Surgeon stopped closing and the swab was found under the liver retractor. {{Scrub nurse}} [[name:Sian]] and circulator [[name:Bogdan]] recounted, correct. No harm. Count was done during a staff break swap, which is when it goes wrong.
"""),
    ("health", "incident", """
Inpatient fall - [[organisation:Elm Ward]], 03:20 [[date:12/09/2023]]
[[name:Arthur Bamforth]], [[age:89]], NHS [[nhs_number:474 222 7557]], admitted with UTI and {{delirium}}. Found on the floor next to his bed by {{HCA}} [[name:Nasreen]]. Bed rails had been put down so he could reach the commode. No enhanced observation as the ward was one HCA short and the bank shift was not filled. CT head per {{NICE}} head injury guideline showed a small subdural. Transferred to [[organisation:Leeds General Infirmary]] neurosurgery for review. Family ([[name:Pauline]], daughter, [[phone:0113 268 4471]]) informed by night site manager [[name:Carl]] at 04:10.
"""),
    ("health", "success", """
Sharing some good practice. [[name:Bernard Walsh]] (known to everyone as [[name:Bernie]]), [[age:76]], wanted to die at home at [[address:Top o' th' Hill Farm, Scapegoat Hill]], [[postcode:HD7 4NS]]. Access is a single track road and there is no mobile signal at the farm. The team ([[name:Sarah B]], [[name:Mandeep]] and me) made a plan in advance with the family, {{just in case}} medicines were in the house a week early, and [[name:Bernie]]'s grandson [[name:Callum]] drove down to the road end to meet us for every out-of-hours call. His {{ReSPECT}} form was on the kitchen table where the {{OOH GP}} could see it. He died peacefully with his wife [[name:Maureen]] beside him on [[date:27th December]]. [[name:Maureen]] rang to say thank you.
[[name:Cath]], palliative care nurse
"""),
    ("health", "incident", """
AWOL detained patient - [[organisation:Poplars Ward]], [[organisation:Fieldhead Hospital]], [[date:20 August 2024]]
[[name:Liam O'Rourke]] ([[age:31]]), detained under {{section 3}}, was on escorted ground leave with {{HCA}} [[name:Pete]] when he ran off through the back gate at 14:40. Police informed 14:55, log [[case_reference:WYP-20240820-0891]]. [[name:Liam]]'s brother [[name:Declan]] phoned the ward at 17:00 to say [[name:Liam]] was at their mum's, [[address:19 Park Lodge Lane, Wakefield]], and police returned him at 18:30 unharmed. He said he panicked after a phone call about his kids. His risk assessment already named the back gate as a risk but leave was still taken that way. {{AWOL}} policy followed.
"""),
    ("health", "near_miss", """
Near miss - wrong patient CT request. Two patients called [[name:John Smith]] on the {{AMU}} at the same time. A CT abdomen was requested on {{ICE}} for [[name:John Smith]] DOB [[date_of_birth:04/05/1958]] (MRN [[case_reference:K2201834]]) but was intended for [[name:John Smith]] DOB [[date_of_birth:19/09/1971]] (MRN [[case_reference:K0988452]]). Radiographer [[name:Mariusz]] noticed when checking ID that the first patient had no abdominal pain and had had a CT the day before. Requester was a locum SHO. Could have meant unnecessary radiation and a delayed scan for the right patient. Suggest a "{{same name alert}}" on the whiteboard.
"""),
    ("health", "incident", """
Cat 1 - delayed response due to address. Caller (Mrs [[name:Jagger]], wife, in her [[age:70s]]) gave "[[address:2 Station Road]]" and the postcode [[postcode:HD8 8DE]] but CAD matched it to a Station Road in a different village. Crew on [[vehicle_registration:YJ19 FWA]] went to the wrong one, 7 mins lost. Second crew found the correct address from the caller's phone location. Patient [[name:Geoffrey Jagger]] was in {{VF}} arrest, bystander CPR by neighbour [[name:Aziz]] ongoing, {{ROSC}} after 2 shocks. Conveyed to [[organisation:Leeds General Infirmary]] for PCI. Incident [[case_reference:YAS-INC-77120]].
"""),
    ("health", "success", """
Learning from excellence. On [[date:Sunday 7th]] HCA [[name:Joy Mbeki]] noticed that bed 6 (Mr [[name:Pawel Wisniewski]], [[age:58]], day 2 after a bowel resection) "just didn't look right" even though his {{NEWS2}} was only 2. She told staff nurse [[name:Ewa]], who called outreach. [[name:Ciara]] from outreach found a lactate of 4.1 - an early {{anastomotic leak}}. He was back in theatre by 14:00 and is now recovering on [[organisation:Holly Ward]]. [[name:Joy]]'s instinct, and a nurse who listened to her, made a real difference.
"""),
    ("health", "near_miss", """
nearly gave {{co-amoxiclav}} to a pen allergic pt - mrs [[name:o'connor]] side room 2, [[organisation:Rowan Ward]]. ED paper chart said NKDA, red band was on her wrist but i didnt see it till i went to scan. she said "i go all blotchy with penicillin love". stopped. dr [[name:ng]] changed it to {{clarithromycin}}. ED and ward use different systems so the allergy didnt carry over. [[name:bethany]] RN
"""),
    ("health", "incident", """
SBAR - major obstetric haemorrhage
S: [[name:Funmilayo Bakare]], [[age:34]], NHS [[nhs_number:491 812 6952]], delivery suite, [[organisation:Pinderfields Hospital]]. 2.8 L blood loss after a normal delivery at 04:12 on [[date:19/11/2023]].
B: Para 2. Hb 96 at 36 weeks, not treated because the iron infusion clinic had no slots. Syntocinon infusion ran out at 03:50 and was not replaced for 20 mins.
A: {{Uterine atony}}. Major haemorrhage protocol activated 04:25, 4 units O neg then group specific. {{Carboprost}} x2. EUA in theatre and {{Bakri balloon}}. Transferred to ICU for monitoring. Husband ([[name:Olumide]]) with baby [[name:Temi]] on the ward.
R: Review infusion checks and iron clinic capacity. Consultant Ms [[name:Wardle]] to lead the review.
"""),
    ("health", "near_miss", """
Discharge summary for [[name:Ahmed Raza]] (NHS [[nhs_number:673-429-8213]]) was sent electronically to [[organisation:Greenhead Family Doctors]] - the practice on his record from [[date:2019]] - rather than his current GP, [[organisation:Dewsbury Health Centre]]. The summary included a new {{apixaban}} start and a request for bloods in 1 week. Picked up when Mr [[name:Raza]]'s daughter [[name:Hina]] rang the ward on [[date:11th March]] asking why the surgery didn't know about it. Forwarded same day. {{PDS}} not checked at discharge.
Reported by [[name:N. Chaudhry]], {{ward clerk}}
"""),
    ("health", "success", """
What went right. [[name:Daniel Kirkpatrick]] ([[age:27]]) has {{Down's syndrome}} and a severe needle phobia, and needed dental extractions and bloods under GA. The {{learning disability liaison nurse}}, [[name:Moira NicLeòid]], arranged for him to be first on the list, come in through the side entrance to avoid the waiting room, and for his mum [[name:Carol]] to stay with him in the anaesthetic room. All the bloods were taken while he was asleep so he only had one procedure. He went home the same day. His support worker from [[organisation:Mencap]] emailed to say [[name:Daniel]] has talked about "the nice hospital" all week.
"""),
    ("health", "incident", """
Violence and aggression, ED [[organisation:Huddersfield Royal Infirmary]], [[date:Sat 30/03/24]] 01:15.
Male patient, later identified as [[name:Jamie Lee Brook]], DOB [[date_of_birth:14.02.1995]], intoxicated with a head wound. Became aggressive when asked to wait, punched the {{triage}} room door and spat at HCA [[name:Grace Akinola]]. Security ([[name:Steve]] and [[name:Zbigniew]]) attended and police were called. PC [[name:Farrar]] and PC [[name:Hussain]] arrested him. Crime ref [[case_reference:13240061930]]. [[name:Grace]] went home shaken and has been offered staff support. Patient address given as [[address:Flat 3, 118 Manchester Road, Huddersfield]] [[postcode:HD4 5QQ]]. {{Body worn camera}} footage requested.
"""),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", """
ASR [[case_reference:ASR-24-0317]]. [[flight_number:PE318]] [[organisation:LBA]]-[[organisation:BHD]], [[aircraft_registration:G-PENA]], {{ATR 72-600}}. Rwy 22 {{ILS}}, unstable at 500 ft, +18 kt, late descent and tailwind. Go-around, second approach normal. Capt [[name:R. Haworth]] PF, FO [[name:Kasprzak]] PM. Debriefed.
"""),
    ("aviation", "near_miss", """
Near miss on {{stand 7}} at approx 06:10 on [[date:2 Nov]]. [[aircraft_registration:G-PENF]] ({{Dash 8-400}}) preparing for pushback as [[flight_number:PE2141]] to [[organisation:Amsterdam Schiphol]]. Headset operator gave "chocks removed, clear to push" but the GPU cable was still connected. Spotted by loader [[name:Lukas Žukauskas]] who shouted and stopped the tug. Tug driver [[name:Wayne]] from [[organisation:Swissport]]. No damage. Handling agent investigating, ref [[case_reference:SWP/LBA/1124/07]].
"""),
    ("aviation", "success", """
What went right: in-flight medical on [[flight_number:PE 522]] from Aberdeen, [[date:17 Jan 2024]], aircraft [[aircraft_registration:G-PENC]].
Passenger in 14C, Mrs [[name:Eilidh MacAulay]], [[age:62]], became pale and confused 30 mins after take-off. Her husband said she is a {{type 1}} diabetic. {{SCCM}} [[name:Donna]] took charge, checked a BM (2.4) with the passenger's own meter, and gave {{GlucoGel}} and sugary drinks from the bar. A retired GP on board, Dr [[name:Obi]], assisted. The captain contacted [[organisation:MedLink]] and decided to continue. BM 7.1 on landing and paramedics met the aircraft on stand. Mrs [[name:MacAulay]] has since written to thank the crew.
"""),
    ("aviation", "incident", """
MOR [[case_reference:MOR-2024-11853]] / internal ref [[case_reference:QN-0446]]
Aircraft: [[aircraft_registration:G-PENB]], {{ATR 72-600}}
During the daily check at [[organisation:Leeds Bradford Airport]] on [[date:28/02/24]] the engineer found a 10mm socket inside the No.2 engine cowling, loose on the lower nacelle. The aircraft had flown 2 sectors, [[flight_number:PE201]] and [[flight_number:PE202]] to [[organisation:Jersey Airport]] and back, since overnight maintenance in the hangar by [[organisation:Airedale Technics Ltd]]. The tool board showed all tools returned because the socket was a personal tool and not on the {{shadow board}}.
The socket belonged to contract mechanic [[name:Tomasz Wójcik]], who was on his fourth consecutive night and had been moved from the No.1 engine task to the No.2 task part way through the shift. {{B1 engineer}} [[name:Gary Oddie]] signed the CRS without a final visual inspection of the cowling area as the aircraft was needed for the 06:30 departure. No damage found on borescope.
Actions: personal tools banned airside pending review; shift pattern for contract staff to be reviewed with [[organisation:Aerotech Contract Services]]. Questions to Quality, [[name:Sandra Pickles]], [[email:quality@airedaletechnics.co.uk]] or [[phone:0113 250 9917]].
"""),
    ("aviation", "near_miss", """
Occurrence report - [[organisation:Leeds Radar]]
[[flight_number:PNE41R]] climbing out, cleared FL70, read back correctly, but climbed through to FL85 before the crew corrected. Conflict with [[flight_number:EZY83DK]] descending FL90 - minimum separation 2.1 nm / 600 ft, STCA activated. Controller [[name:Siobhán]] gave avoiding action. Crew reported the altitude preselect was still set to FL100 from the previous sector. {{NATS}} and the {{CAA}} informed. Controller relieved from position and supported under {{TRiM}}.
[[name:A. Ní Bhriain]], Watch Manager
"""),
    ("aviation", "incident", """
Flying school occurrence - student solo airspace infringement
Student [[name:Hassan Mirza]] in {{PA-28}} [[aircraft_registration:G-BNXY]] on a solo nav exercise from [[organisation:Sherburn Aero Club]] on [[date:16/05]]. Entered [[organisation:Leeds Bradford]] controlled airspace without clearance by approx 1.5 nm at 3100 ft while trying to avoid cloud. [[organisation:Leeds Radar]] contacted him and he left the zone. No conflict. [[name:Hassan]] was honest and reported it himself on landing. Debriefed by {{the CFI}}, [[name:Bob Inglis]], with extra dual nav before next solo.
"""),
    ("aviation", "success", """
What went right - winter ops, morning of [[date:28 Nov]]. Freezing fog, 6 departures due between 06:00 and 07:00 and only one de-icing rig serviceable. Duty manager [[name:Kerry-Ann Lodge]] sequenced the aircraft by slot time rather than stand order, and [[name:Femi]] and [[name:Macca]] on the rig worked without a break. [[name:Kerry-Ann]] also agreed with Tower to hold [[flight_number:PE101]] on stand rather than at the holding point so its {{Type II}} fluid wouldn't run out. All six departures went within their {{holdover times}} and no flight lost its slot.
"""),
    ("aviation", "incident", """
Cabin report - disruptive passenger
Flight [[flight_number:PE766]], [[date:31/08/24]], seat 23F. Passenger (booking ref [[case_reference:K7XQ2M]], name on manifest [[name:Connor Brannigan]]) was drinking from his own bottle of vodka. When No.3 [[name:Aleksandra]] took it off him he stood up and swore at her. He tried to open the overhead locker and nearly hit a child in 23E. The {{SCCM}} issued a {{Level 1}} warning card and informed {{the captain}}. Calm for rest of flight. Police met the aircraft on arrival. Passenger's friend ([[name:Shaun]]) apologised.
Crew: [[name:Aleksandra Wróbel]], [[name:Jade]], SCCM [[name:Mark Tennant]]
"""),
    ("aviation", "incident", """
[[flight_number:PE230]] / [[aircraft_registration:G-PENE]]. Multiple bird strike (gulls) at rotation, approx 140 kt. Engine indications normal, slight smell in cabin. Returned, overweight landing checklist actioned, landed 14:22. Eng found blood and feathers on {{radome}} and No.1 engine inlet, no fan damage. Aircraft {{AOG}} 4 hrs for inspection. Pax transferred to [[aircraft_registration:G-PENH]].
Capt [[name:J. Saddiq]]
"""),
    ("aviation", "near_miss", """
near miss - loadsheet for [[flight_number:PE455]] showed 48 pax but actual was 68 as the late group (school trip from [[organisation:Heckmondwike Grammar School]]) wasn't added after the DCS crashed. Trim calculated on wrong figures. FO [[name:Ng Chi-wai]] noticed the cabin looked a lot fuller than 48 on the walkround and queried it with the {{dispatcher}}, [[name:Leanne]]. Revised loadsheet issued, 12 min delay. {{Dash 8-400}} [[aircraft_registration:G-PENK]].
"""),
    ("aviation", "success", """
Learning from a good outcome. On my solo qualifying cross-country in {{C152}} [[aircraft_registration:G-BSXA]] on [[date:Saturday 8 June]] the engine went rough at 2500 ft. I applied {{carb heat}} straight away like we practise, the rough running got worse for about 20 seconds and then cleared. I had already picked a field using the {{PFL}} drill. I told [[organisation:Humberside Radar]] and diverted to [[organisation:Breighton Airfield]] as it was closer. Landed fine. My instructor [[name:Fionnlagh]] met me there and said carb icing is very likely in those conditions (temp 12, dew point 10). I'm writing this up because the drills actually worked.
[[name:Ollie]]
"""),
    ("aviation", "incident", """
Staff injury - crew car park. At approx 05:20 on [[date:04/07/2024]] the crew transport minibus ([[vehicle_registration:KX62 PLO]], driven by [[name:Des]] from [[organisation:Airport Cars Yorkshire]]) reversed into handler [[name:Kyle Dempsey]], who was walking behind it wearing hi-vis. [[name:Kyle]] fell and has a suspected fractured wrist; taken to [[organisation:Airedale General Hospital]] by colleague [[name:Róisín]]. No {{banksman}} and the reversing alarm was not working. Employee NI [[ni_number:JT552091B]] for the insurance form. {{RIDDOR}} reportable if more than 7 days off. Ref [[case_reference:HS-LBA-2024-0231]].
"""),
    ("aviation", "near_miss", """
Runway incursion - vehicle. [[date:19 March 2024]] 22:47. Airfield ops vehicle ([[vehicle_registration:YE70 HRT]]) driven by [[name:Paul Coates]] entered the runway at A1 without clearance from Tower while [[flight_number:PE990]] was on 4 nm final. ATCO [[name:Gillian]] saw it on ground radar and instructed [[flight_number:PE990]] to go around. Driver said he heard "cleared to enter" but the transmission was for the fire vehicle. He had been on shift since 14:00. {{RT}} phraseology refresher and fatigue review to follow. MOR filed as a {{runway incursion}}.
"""),
    ("aviation", "success", """
FYI for the crew newsletter - lovely email below.

From: [[name:Shahana Begum]] <[[email:shahana.begum87@hotmail.co.uk]]>
To: [[email:customer.relations@pennineregional.co.uk]]
Subject: Flight [[flight_number:PE604]] on [[date:26 July]] - booking [[case_reference:PX4J9T]]

Hi, I just wanted to say thank you. My son [[name:Ibrahim]] is [[age:9]] and autistic and was wearing his {{Sunflower lanyard}}. [[name:Kelly]] at check-in let us board first, and [[name:Tomás]] on the plane noticed he was getting overwhelmed and took him to see the {{flight deck}} before take-off. [[name:Ibrahim]] hasn't stopped talking about it. It was the first holiday we have managed as a family. Please pass this on.
[[name:Shahana]]

[[name:Nicola]], Customer Relations, [[organisation:Pennine Regional]]
"""),
]


def build() -> list[dict]:
    records = []
    for i, (domain, kind, marked) in enumerate(REPORTS, start=1):
        text, spans, negatives = parse(marked.strip(), labels=LABELS)
        records.append({
            "id": f"blind10-{i:03d}",
            "domain": domain,
            "kind": kind,
            "text": text,
            "spans": spans,
            "negatives": negatives,
        })
    return records


def validate(records: list[dict]) -> None:
    ids = set()
    for rec in records:
        rid, text = rec["id"], rec["text"]
        assert rid not in ids, f"duplicate id {rid}"
        ids.add(rid)
        assert rec["domain"] in DOMAINS, rid
        assert rec["kind"] in KINDS, rid
        assert 1 <= len(rec["negatives"]) <= 3, f"{rid}: {len(rec['negatives'])} negatives"
        words = len(text.split())
        assert 30 <= words <= 220, f"{rid}: {words} words"
        intervals = []
        for span in rec["spans"]:
            assert span["label"] in LABELS, rid
            value = text[span["start"]:span["end"]]
            assert value and value == value.strip(), f"{rid}: bad span {value!r}"
            label = span["label"]
            if label == "nhs_number":
                assert nhs_ok(value), f"{rid}: NHS number {value!r} fails mod-11"
            elif label == "ni_number":
                assert NI_NUMBER.match(value), f"{rid}: NI number {value!r}"
            elif label == "postcode":
                assert POSTCODE.match(value), f"{rid}: postcode {value!r}"
            elif label == "name":
                assert not TITLE.match(value), f"{rid}: title inside name {value!r}"
                assert not value.endswith(("'s", "’s")), f"{rid}: possessive in {value!r}"
            intervals.append((span["start"], span["end"], value))
        for neg in rec["negatives"]:
            value = text[neg["start"]:neg["end"]]
            assert value == neg["term"] and value and value == value.strip(), f"{rid}: {value!r}"
            intervals.append((neg["start"], neg["end"], value))
        intervals.sort()
        for (_s1, e1, v1), (s2, _e2, v2) in zip(intervals, intervals[1:]):
            assert e1 <= s2, f"{rid}: overlap {v1!r} / {v2!r}"


def main() -> None:
    records = build()
    validate(records)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
