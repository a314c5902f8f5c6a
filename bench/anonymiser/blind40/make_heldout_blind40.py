"""Held-out blind corpus 40: schools and early-years safeguarding, school nursing/HV, school trips and UMs.

Setting: East of England and London schools, nurseries, fostering services, 0-19 health teams,
Stansted/Luton school trips, unaccompanied minors and an airline training academy.
Voice: DSLs typing CPOMS/MyConcern logs, nursery room leads, transport escorts, SENCos, panel
minute-takers, supervising social workers, health visitors, school nurses, trip leaders, gate
agents, cabin crew and academy instructors -- hurried, abbreviated, often lower-case.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind40.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (20)
    ("social_care", "incident", block("""
[[organisation:Brampton Fields Academy]] - CPOMS export
Incident ID: [[case_reference:CP-24-01873]]
Student: [[name:JM]] (Y8)     DOB: [[date_of_birth:02/11/2011]]
Logged: [[date:14/03/2024]] 12:41 by [[name:K. Foley]] (TA)
Categories: {{Child-on-child abuse}}; Online safety
Alerted: [[name:SMc]] (DSL); [[name:RT]] (HoY8); Mr [[name:Ashdown]] (form tutor)

At lunch [[name:JM]] came to the LSU and said [[name:Tyler-Jay]] and "[[name:Dex]]" ([[name:Dexter Whitlock]], 8W) have been sharing a photo of him getting changed after pe. He said its on a snap group called "8W lads". He did not want his mum told. I explained I cant keep that a secret and walked him over to [[name:SMc]].

Action ([[name:SMc]] 13:20): both boys phones secured, {{searching, screening and confiscation}} guidance followed, image NOT viewed. Parents of all three phoned. Safer schools officer PC [[name:Dunmore]] informed, will do {{Outcome 21}} conversation.
""")),

    ("social_care", "incident", block("""
MyConcern ref [[case_reference:MC/2024/0457]] - typed from screenshots by [[name:A. Ilori]] (DDSL) [[date:Tue 23 April]]
Screenshots handed in by Y10 [[name:Bianca]] ([[name:BF]]). Originals not kept on a school device per {{UKCIS}} guidance.

grp "yr10 no snitches" (41 members)
[[name:lil.mads_x]]: who sent it first
[[name:deadeye_07]]: [[name:kaz]] did lol
[[name:kaz.ozturk]]: nah [[name:ttv_jonnoplayz]] had it b4 me
[[name:ttv_jonnoplayz]]: i got it off [[name:reece]] 💀
[[name:lil.mads_x]]: send it here then
[[name:Xx_Bianca_xX]]: ur all actually disgusting shes in yr9
[[name:deadeye_07]]: calm down [[name:B]]

Image said to be of Y9 girl [[name:EK]]. [[name:kaz]] = [[name:Kaan Öztürk]] 10R. [[name:deadeye_07]] thought to be [[name:Reece Dalby]]'s older brother at [[organisation:Harlow Fields College]]. [[name:ttv_jonnoplayz]] = [[name:Jonah Pryce]] 10T. [[name:EK]] and mum seen same day, shown {{Report Remove}}. {{police}} informed re adult sharing.
""")),

    ("social_care", "near_miss", block("""
[[organisation:Little Acorns Day Nursery]], Chelmsford
ACCIDENT / INCIDENT / NEAR MISS FORM              Ref: [[case_reference:LA/NM/0392]]
Child: [[name:Rosie-Mae Dunn]]        Age: [[age:2y 9m]]
Room: {{Caterpillars}}     Date: [[date:08.05.24]]     Time: 10:15
Staff present: [[name:Chantelle B]] (room lead), [[name:Bogusia]] (apprentice)

What happened: stair gate to the {{baby room}} stairs found unlatched after the photographer left. [[name:Rosie-Mae]] was on the 2nd step going up when [[name:Bogusia]] reached her. No injury. Photographer's pics not uploaded to {{Tapestry}} until consent checked.
Near miss?  YES     First aid: none     {{RIDDOR}}: n/a
Action: gate spring replaced by [[organisation:Tindall Maintenance]]; all visitors escorted from now on.
Parent informed: mum ([[name:Leanne Dunn]]) at collection, signed.
Manager: [[name:Dawn Pettifer]]     Signed: [[name:D.Pettifer]]
""")),

    ("social_care", "near_miss", prose("""
Escort incident report. Route HC14 (am), operator [[organisation:Stort Valley Cars Ltd]], minibus
[[vehicle_registration:EY19 KPL]], driver [[name:Gary Tuffin]], escort [[name:Marguerite Osei-Bonsu]] (me).
[[date:Thursday 6th June]]. On arrival at [[organisation:Woodlands Meadow School]] I counted 6 off but the
sheet said 7. We had pulled out to the layby before I did the walk through and found [[name:Bilal]]
([[name:BH]], Y4, autistic, mostly non verbal) asleep under the back seat with his ear defenders on. Not
harmed. We went straight back and handed him to Mrs [[name:Ferreira]] in reception. I have told
[[name:Gary]] the walk through is done before pulling away not after. Reported to {{Passenger Transport}}
(ref [[case_reference:PTU-2406-0117]]) and rang [[name:Bilal]]s dad on [[phone:07956 228 310]]. Nobody
at the school end checked the {{seat belt log}} either.
""")),

    ("social_care", "success", block("""
EHCP ANNUAL REVIEW - NOTES
Pupil: [[name:Oliwia Kowalczyk]] (Y5)   DOB [[date_of_birth:17.01.2014]]   EHC ref [[case_reference:EHC/HRT/3391]]
Meeting: [[date:19 June 2024]], [[organisation:Oakmere Primary School]], Bishop's Stortford
Present: [[name:Agnieszka Kowalczyk]] (mum); [[name:Paweł]] (dad, Teams); Mrs [[name:J. Okonedo]] (SENCo); [[name:Hannah Prideaux]] (EP); [[name:Tomasz]] ({{SALT}}); Miss [[name:Lacey]] (class teacher)
Apologies: [[name:Rhys]] ({{SENDIASS}})

[[name:Oli]]'s views: "I like reading with Mrs [[name:Okonedo]] and I have 2 best friends now."
Progress: expressive language outcome MET - 5-6 word sentences, {{Colourful Semantics}} down to 1x weekly. {{Zones of Regulation}} being used at home too (mum).
Agreed: Section F amended to add {{ELSA}} 6 wks with Mrs [[name:Bright]]. A {{bright}} year overall - dad thanked staff.
Transition: [[organisation:Birchwood High]] visits to start {{summer term}} of Y6, extra visits with [[name:Tomasz]].
""")),

    ("social_care", "success", block("""
FOSTERING PANEL - MINUTES (part 2, confidential)
Date: [[date:11/07/2024]]    Venue: County Hall, Norwich / Teams
Chair: Dr [[name:Ruth Ellingham]]
Members: [[name:Ade Bankole]] (independent, care-experienced); Cllr [[name:Sheila Pask]]; Dr [[name:Mandeep Sohal]] (medical adviser); [[name:Lorna McAteer]] (SW member)
Panel adviser: [[name:Giles Warrender]]     Minutes: [[name:Tasha Grint]]

Item 3 - {{Form F}}, mainstream applicants [[name:Emmanuel]] ("[[name:Manny]]") and [[name:Blessing Adeyemi-Cole]], [[address:22 Hellesdon Hall Rd, Norwich]] [[postcode:NR6 5HD]]. Household ref [[case_reference:FP-NFK-0219]]. Assessing SW [[name:Fran Delaney]] present.
[[name:Ade]] asked how they would help a child keep links with birth family. [[name:Blessing]] said contact is "a {{blessing}} not a threat" and gave examples from her nephew's {{special guardianship}}.
Dr [[name:Sohal]]: [[name:Manny]]'s type 2 diabetes well controlled, no concerns.
Recommendation: approval, 2 children 0-8, unanimous. To ADM [[name:Karen Thorogood]] ({{agency decision maker}}).
""")),

    ("social_care", "success", prose("""
SSW visit - connected persons carers [[name:Bernie]] and [[name:Con Quilligan]],
[[address:Plot 9, Fen Drove site, Willingham]] [[postcode:CB24 5LE]], [[date:2nd Aug]]. All four of
[[name:Con]]s sisters kids present: [[name:Mikey]] ([[age:11]]), [[name:Margaret]] ('[[name:Maggie]]',
[[age:8]]), [[name:Michael-John]] ([[age:6]]) and [[name:Bridgie]] ([[age:3]]). Good visit. [[name:Maggie]]
went back to [[organisation:Willingham Primary]] after {{Easter}} with support from the {{Traveller Education}}
worker [[name:Siobhan]] ('[[name:Shivon]]' in the school's notes, same person) and hasnt missed a day.
[[name:Mikey]] goes out with his uncle on Saturdays, discussed school first. [[name:Bernie]] said the site
warden had been round about the trailer extension, gave her the {{Friends Families and Travellers}} advice
line. Carers asked that letters are not sent as neither reads well - I will ring [[name:Bernie]] on
[[phone:07834 552190]] instead. {{Connected persons}} assessment going to panel [[date:Sept 12th]].
""")),

    ("social_care", "incident", block("""
Concern logged: [[date:07/02/24]] 15:32    By: Miss [[name:Aydin]] (6B)
Alerted: [[name:NK]] (DSL), Mr [[name:Chowdhury]] (HT)
Pupil: [[name:Kacper Nowicki]] ([[name:KN]])

[[name:Kacper]] showed me msgs on his tablet from a {{Roblox}} friend "[[name:RealBloxDaddy99]]" who moved him onto {{Discord}}. Typed exactly:
[[name:RealBloxDaddy99]]: ur my best mate fr
[[name:RealBloxDaddy99]]: i can get u 10k robux if u send a pic in ur pjs
[[name:kacpi_2013]]: why
[[name:RealBloxDaddy99]]: dont tell ur mum or [[name:Chowdhury]] hes sus

[[name:Kacper]] says he has not sent anything. NB his username has his birth year in it.
Actions ([[name:NK]]): {{CEOP}} report made; mum [[name:Magdalena]] told via interpreter, advised not to delete the account. Police log [[case_reference:37/18842/24]]. Online safety session for 6B booked.
""")),

    ("social_care", "success", prose("""
joint home visit today ([[date:12/3]]) - me ([[name:Cristina]], EWO) and [[name:Daniela Radu]]
([[organisation:Harlow Roma Community Project]]) to [[name:florin]] and [[name:roxana lăcătuș]] at
[[address:flat 2 over the hand car wash, 118 cambridge rd harlow]]. kids [[name:denisa]] (Y7,
[[organisation:Latton Green Academy]]), [[name:ionut]] ([[name:ionuț]] on some systems, Y5) and
[[name:marius]] (Rec, not started). [[name:roxana]] explained [[name:denisa]] was kept home to mind [[name:marius]]
while she works early shifts. agreed breakfast club place for [[name:ionut]], nursery/reception start
for [[name:marius]] on [[date:15 April]], uniform from {{Household Support Fund}}. UPDATE 6 wks: [[name:denisa]]
at 92% (was 61%), [[name:marius]] settled. [[name:florin]]s nos: [[phone:+40 741 552 908]] (romanian sim) /
[[phone:07405 118932]]. no {{fixed penalty}} needed.
""")),

    ("social_care", "incident", block("""
From: [[name:Selin Kaya]] <[[email:s.kaya@parkviewprimary.herts.sch.uk]]>
Sent: [[date:Monday, 3 June 2024]] 08:52
To: {{DSL Team}} <[[email:dsl@parkviewprimary.herts.sch.uk]]>
Subject: FW: [[name:Yusuf]] 3K - mark on face

Forwarding as I'm on PPA all morning. [[name:Selin]]

-----Original Message-----
From: [[name:Ellis, Jack]] <[[email:j.ellis@parkviewprimary.herts.sch.uk]]>
Sent: [[date:03 June 2024]] 08:47
To: [[name:Selin Kaya]]

[[name:Yusuf Demir]] came in with a red mark on his left cheek about 4cm. When I asked he said "babam terlikle vurdu" - [[name:Elif]] (sister, 5K) said it means dad hit him with a slipper. Otherwise seemed ok. Haven't asked anything else. Mum is [[name:Ayşe]], dad [[name:Mehmet]], I only have mums no [[phone:+44 (0)7723 410 665]].
[[name:Jack]]

DSL note ([[name:HC]] 09:15): body map done, {{MASH}} consultation ref [[case_reference:MASH/24/118820]], strategy to follow, parents NOT to be contacted yet.
""")),

    ("social_care", "incident", prose("""
Collection incident, [[date:Fri 22 Nov]], 15:20. Three [[name:Asante-Boateng]] brothers:
[[name:Kwame]] (Y6), [[name:Kwabena]] (Y4) and [[name:Kwaku]] (Y1) - staff regularly mix the boys up and
the office list just says '[[name:K. Asante-Boateng]] x3'. Uncle [[name:Kofi Mensah]] collected [[name:Kwaku]]
from the Y1 door; he is named on [[name:Kwame]]s form only. Mum [[name:Akosua]] ('[[name:Akos]]') phoned
15:45 asking where [[name:Kwaku]] was as she had sent family friend [[name:Nana Yeboah]]. [[name:Kwaku]] was
safe with [[name:Kofi]] at [[address:7 Bakers Lane, Tiptree]]. Learning: collection permissions held per
child not per family; photos added to {{Arbor}} for all named adults. [[name:Akosua]] was very calm about
it but we were lucky.
""")),

    ("social_care", "near_miss", prose("""
Y9 [[name:Oluwaseun Bello]] ('[[name:Seun]]') mentioned in {{PSHE}} that she has lived with her
'aunty' since Christmas and has not seen mum for a year. Admissions form (in-year, [[date:08/01/2024]])
listed Mrs [[name:Folake Adebayo-Johnson]] as 'parent'. HoY had just changed the {{SIMS}} contact to
'guardian' and closed it - [[name:Seun]]'s tutor Mr [[name:Ogunleye]] queried it and it came to me.
Aunty is a church friend of mum, not a relative: this is {{private fostering}} and should have been
notified at admission. Notified LA {{private fostering}} team [[date:15/01/24]], ref
[[case_reference:PF-ESX-0031]]. Mum [[name:Adaeze Bello]] in Lagos, [[phone:+234 803 555 0142]], agreed.
Admissions checklist now has a who-does-the-child-live-with question.
""")),

    ("social_care", "near_miss", prose("""
Near miss - collection. [[date:17/10]] approx 17:40 a man came to the door of
[[organisation:Tiny Steps Nursery]], Basildon, saying he was [[name:Shay]]s uncle [[name:Paddy]] and
[[name:Kathleen]] had sent him. Not on [[name:Shay McDonagh]]'s ([[age:3]]) collection list and didnt know the
password. [[name:Jodie]] (room lead) kept him at the door and came for me. Tried mum [[name:Kathleen]] on
[[phone:07700 900418]] x3, no answer. Second contact is nan [[name:Bridget Ward]] who said there is no uncle
[[name:Paddy]], it will be [[name:Shay]]s dad [[name:Johnny]] who has a {{non-molestation order}}. Man left when
I said I was phoning 999. Police ref [[case_reference:42/199210/24]]. [[name:Kathleen]] collected 18:05,
thinks it was [[name:Johnny]]. {{Ofsted}} notified. [[name:Dawn Keeble]], Manager
""")),

    ("social_care", "incident", prose("""
[[date:30/9]] 08:50 spoke w [[name:zuzia]]s mum ([[name:marta]]) at the gate, she says [[name:zuzia]] (Y2) told
her a Y6 boy is making her show her knickers in the tunnel on the trim trail at lunch. [[name:zuzia]] says
his name is "[[name:łukasz]] from big school" - only one Y6 [[name:Łukasz]] ([[name:ŁW]], 6M). mums english
is limited, pani [[name:ola]] from the office translated. alerted [[name:DH]] dsl + [[name:LS]] (6M teacher) by
09:05. lunchtime staff ([[name:bev]], [[name:tina]]) not told about tunnel being out of bounds since it was
moved. [[name:DH]] to complete {{AIM}} checklist, [[name:zuzia]] + [[name:ŁW]] separated at lunch, {{HSB}}
advice from LA.
""")),

    ("social_care", "incident", block("""
Residential Y7 WhatsApp (exported)
[[[date:12/02/2024]], 21:14] [[name:Gemma H]]: [[name:Sunny]] in 7C in bits, says [[name:Chase]] and [[name:Frankie]] been calling her a dirty {{gyppo}} all day and threw her bag out the coach window at the services
[[[date:12/02/2024]], 21:16] [[name:Mo Rahman]]: is she with you now?
[[[date:12/02/2024]], 21:17] [[name:Gemma H]]: yes in the staff room, [[name:Frank]] the instructor found her bag
[[[date:12/02/2024]], 21:18] [[name:Mo Rahman]]: log it on cpoms tonight as {{racist incident}} + bullying. separate activity groups for [[name:Chase]] tmrw. ill ring her nan [[name:Rose]] first thing
[[[date:12/02/2024]], 21:19] [[name:Gemma H]]: 👍 nans number on the trip sheet [[phone:07488 301 566]]
[[[date:13/02/2024]], 07:02] [[name:Mo Rahman]]: spoke to [[name:Rose]]. she wants [[name:Sunny]] to stay. [[name:Chase]]s parents called, [[name:Frankie]] denies. [[name:Will]] to sit with [[name:Sunny]] on coach home
""")),

    ("social_care", "incident", block("""
STRATEGY DISCUSSION (s47)        LCS ref [[case_reference:2093381]]
Children: [[name:Destiny Okafor]] ([[age:9]]), [[name:Precious Okafor]] ([[age:6]])
[[date:Fri 19.01.24]] 11:00 via Teams
Chair: [[name:Marcus Reilly-Hunt]], TM, [[organisation:Newham Assessment Team 3]]
Present: DC [[name:Liz Onwuachi]] ({{CAIT}}); [[name:Ngozi Eze]] (DSL, [[organisation:St Antony's Catholic Primary]]); [[name:Becky]] (school nurse); [[name:Fola]] (allocated SW)
Apologies: GP ([[organisation:Forest Lane Medical Practice]]) - info by email

Info: [[name:Destiny]] told her class teacher on [[date:18/1]] that mum's boyfriend "Uncle [[name:T]]" ([[name:Tunde Bakare]], DOB [[date_of_birth:22/05/1989]]) hit [[name:Precious]] with a belt. Mum [[name:Chinwe Okafor]]. School saw marks on [[name:Precious]]' legs in PE.
Decision: s47 single agency? NO - joint. {{ABE}} interview for [[name:Destiny]]; CP medical for [[name:Precious]] today; [[name:Tunde Bakare]] not to have contact pending enquiries.
""")),

    ("social_care", "success", prose("""
Reception, [[organisation:Hillside Infants]], [[date:4 March]]. [[name:Amber]] ([[age:4]]) and
[[name:Teddy]] ([[age:5]]) were found in the {{home corner}} with pants down 'playing doctors'. I used the
{{Brook Traffic Light Tool}}: mutual, same age, stopped when asked, so green / {{age-appropriate}}. But
[[name:Teddy]] had done this twice before with other children and got upset when stopped, so I logged it as
{{amber}}. DSL Mrs [[name:Hall]] spoke to both sets of parents that afternoon. [[name:Teddy]]s mum
([[name:Gina]]) said a teenage cousin had been babysitting. Early help conversation with the family,
{{NSPCC PANTS}} lessons for the whole class. Six weeks on, no repeats and [[name:Teddy]] is coming to
tell us when he is worried. Good joint work.
""")),

    ("social_care", "incident", prose("""
SSW note [[date:05/09/2024]]. Allegation against foster carer [[name:Frank Ellery]] by [[name:Leon]]
([[age:14]]), placed with [[name:Frank]] and [[name:Faith Ellery]] at [[address:3 Mill Cottages, Great Bardfield]]
since [[date:Feb 23]]. [[name:Leon]] told his tutor at [[organisation:Helena Romanes School]] that [[name:Frank]]
"grabbed my arm and shoved me into the door" when he came home at 1am. Small bruise above elbow. LADO
([[name:Sue Brockwell]]) consulted, ref [[case_reference:LADO-ESS-24-0318]]. [[name:Faith]] says she did not see
it and that [[name:Frank]] acted in good {{faith}} trying to stop [[name:Leon]] going out again. I had a
{{frank}} conversation with both about {{safe care}} and physical intervention. [[name:Leon]] moved to
respite carers ([[name:Amber]] and [[name:Jack Colley]]) pending strategy meeting. Carers' ref
[[case_reference:FC-1187]].
""")),

    ("social_care", "near_miss", prose("""
Near miss - child nearly off-rolled without {{CME}} checks. [[name:Tomas Petrauskas]] (Y6,
[[organisation:Beech Hill Primary]], Luton) was due to come off roll on [[date:1 October]] after 20 days
absence because the office had a note from mum's ex-partner saying the family 'went back to Lithuania'.
[[name:AP]] (attendance officer) checked with the LA {{CME}} team first as per policy. They found
[[name:Tomas]] and sister [[name:Gabija]] ([[age:3]]) registered with a Bedford GP; mum
[[name:Ieva Petrauskienė]] had fled DA and is at [[address:31a Ashburnham Rd, Bedford]]
[[postcode:MK40 1EA]]. Her Lithuanian no [[phone:+370 612 34567]] is dead. CME ref
[[case_reference:CME-LUT-24/077]]. If he'd been removed on the ex's note alone nobody would have looked.
""")),

    ("social_care", "success", prose("""
Family time record (supervised). [[organisation:Oak Tree Family Centre]], Basildon, [[date:Sat 9th Nov]]
10-12. Present: mum [[name:Stacey-Jo Hollis]], dad [[name:Will Hollis]], [[name:Alexander]] ([[age:10]],
prefers [[name:Xander]]), [[name:Alexis]] ('[[name:Lexi]]', [[age:7]]) and [[name:Alexa-Rose]]
([[age:14 months]]). Supervisor [[name:Kim O]]. [[name:Will]] arrived on time for the first time in 5
sessions and was sober. [[name:Xander]] read his school book to dad. [[name:Lexi]] brushed
[[name:Stacey-Jo]]s hair and asked if she could 'come home at Christmas' - mum answered gently, didnt
promise. Parents changed [[name:Rosie]] (their name for [[name:Alexa-Rose]]) together without prompting. No
phones used. Recommend move to 2 x weekly per {{care plan}}.
""")),

    # ------------------------------------------------------------------ health (15)
    ("health", "incident", block("""
HV NEW BIRTH VISIT - copied from {{SystmOne}}
Baby: [[name:Amira Hussain]]    NHS: [[nhs_number:7980343255]]    DOB: [[date_of_birth:02/04/2024]]
Address: [[address:Flat 11 Marsh House, Marsh Rd, Luton]] [[postcode:LU3 2QN]]
Mum: [[name:Sana Hussain]] ([[age:19]])    Tel [[phone:07398 224 017]]
GP: [[organisation:Bury Park Health Centre]]
Visit: [[date:23/04/2024]] (day 21 - LATE)

Why late: discharge notification went to the old generic inbox after the {{0-19}} restructure. Nobody checking it.
Weight 2.89kg, birth weight 3.31kg - >10% loss. Poor latch, sleepy baby. Per {{NICE NG75}} same-day review arranged with GP, referral to [[organisation:Luton Infant Feeding Team]]. [[name:Sana]] had been told by her mother-in-law to give water.
Datix [[case_reference:W-88121]]. HV: [[name:Roisin Flanagan]]
""")),

    ("health", "success", prose("""
Drop-in, [[organisation:Fenland Heights Academy]], [[date:Weds 17 Jan]]. Y10 [[name:KB]]
([[age:15]]) asked for the {{morning after pill}}. UPSI 4 days ago so outside 72h for
{{levonorgestrel}}; talked about {{ulipristal}} and the {{IUD}}. {{Fraser guidelines}} assessed and met.
Partner is Y11 [[name:LD]] ([[age:16]]), relationship 3 months, no pressure or gifts, {{Spotting the Signs}}
screening no concerns. Rang [[organisation:Brightwell Sexual Health]] on [[phone:01945 580 221]] and got her
a 14:00 slot; [[name:KB]] went with her older sister [[name:Shannon]]. Followed up next week - IUD fitted,
chlamydia test negative. [[name:KB]] asked if mum would be told: no, and she's now thinking about telling her
herself.
""")),

    ("health", "near_miss", prose("""
6-8 wk contact [[date:4th July]]. Mum [[name:Mihaela Popescu]] (NHS [[nhs_number:470 820 3977]]) and baby
[[name:Ana-Maria]] at [[address:47 Vicarage Rd, Peterborough]] [[postcode:PE1 5TH]]. Husband
[[name:Gheorghe]] offered to translate - I said no and used {{Language Line}} Romanian (interpreter ID
[[case_reference:LL-40981]]). {{EPDS}} 19 and 'sometimes' on Q10. She told me [[name:Gheorghe]] does not know
and she did not want him to. If he had interpreted we would have got 'fine'. Same-day referral to
[[organisation:Peterborough Perinatal Mental Health Team]], Dr [[name:Qureshi]] (GP) informed, safety plan
given in Romanian. Team saw her [[date:5/7]]. Reminder to all: family members are not interpreters, even
when the visit is 'just a weight'.
""")),

    ("health", "near_miss", prose("""
Spare {{AAI}} audit [[organisation:St Mary's CofE Primary]], Hitchin, [[date:10/09/24]]. [[name:Hope Adjei]]
(Y2, DOB [[date_of_birth:30/06/2017]]) - peanut + sesame, previous anaphylaxis. Both named {{EpiPen}}s in the
red grab bag in her classroom had expired in {{March}}. Mum [[name:Efua]] says no reminder letter came; the
school had her old address. School's spare pens ({{Jext}}) were in date so cover was there, but staff would
have grabbed the named ones first. [[name:Sunita]] (first aider) now holds the expiry tracker, and we
{{hope}} the text reminders from the pharmacy will help. New pens collected by dad [[name:Kojo]] same day.
Care plan updated with [[name:Hope]]'s new weight.
""")),

    ("health", "near_miss", block("""
IMMS SESSION - Y8 HPV - [[organisation:Chantry Academy]], Ipswich - [[date:20/11/23]]
Lead: Nurse [[name:Jo Ambrose]]; vaccinators [[name:Ruta]], [[name:Kemi A]]; HCA [[name:Dylan]]
Consent check ({{SIMS}} export v {{e-consent}} portal):
 8F  [[name:Ellie-May Fisk]]    DOB [[date_of_birth:14/02/2011]]   NHS [[nhs_number:816-055-3242]]   consent YES
 8K  [[name:Ellie Mae Fiske]]   DOB [[date_of_birth:03/09/2010]]   consent REFUSED (mum)

What happened: [[name:Dylan]] called "[[name:Ellie-May]]" from the queue and [[name:Ellie Mae Fiske]] came up. [[name:Ruta]] had the vaccine drawn up. On the 3-point ID check the girl gave DOB [[date_of_birth:3rd Sept]] - stopped. Not vaccinated. [[name:Ellie-May Fisk]] vaccinated later.
Learning: call by full name + form, never first name only. Logged [[case_reference:IMMS-SFK-231120-02]].
""")),

    ("health", "success", prose("""
HV visit to [[name:Gabriela Lakatos]] and baby [[name:Esmeralda]] ('[[name:Esme]]', [[age:5 weeks]]) at
[[address:14 Cromwell Rd, Peterborough]] [[postcode:PE1 2EH]]. Family arrived from Slovakia 2 months ago,
not registered with a GP so no 6-8 week check booked and baby had no NHS number on our system. Went with
[[name:Ladislav]] from [[organisation:Peterborough Roma Support Group]] who speaks Romani and Slovak. Same
afternoon registered at [[organisation:Millfield Medical Centre]], 8-week imms booked. Grandma [[name:Mária]]
also registered - she has untreated diabetes. Gave {{Red Book}} and {{Start for Life}} leaflets, family
phone [[phone:+421 905 338 172]] / [[phone:07488 902 114]]. [[name:Esme]] now on track, imms up to date.
""")),

    ("health", "incident", prose("""
School nurse incident report. Y4 [[name:Will Tanner]] ([[age:8]]), type 1, {{Omnipod}} pump and
{{Dexcom}} sensor, [[organisation:Greenacres Primary]], Colchester. [[date:Tues 5 March]] 11:20. Low
alerts go to the school phone, which had been left charging in the staffroom during PE. TA Mrs
[[name:Bhatt]] noticed [[name:Will]] pale and shaky on the field; BG 2.9. Treated with {{Lucozade}}
then biscuit, recovered in 15 mins. Mum [[name:Naomi]] saw the alarms on her own app and rang the office
on [[phone:01206 771 340]] twice. Agreed: phone clipped to the TA, not left in a room; back-up alert to
[[name:Will]]s class teacher Mr [[name:Chukwu]]. Care plan reviewed with [[organisation:Colchester Paeds
Diabetes Team]] on [[date:7/3]].
""")),

    ("health", "near_miss", prose("""
Birth visit, baby [[name:River]] ([[age:12 days]]), mum [[name:Summer]] ([[age:17]]), partner
[[name:Kai Brennan-Webb]] ([[age:19]]). Flat at [[address:6 Queensway Court, Southend]] [[postcode:SS1 2LP]].
[[name:Summer]] told me that on Saturday [[name:Kai]] fell asleep on the sofa with [[name:River]] on his chest
after "a few cans". She woke at 4am and moved the baby. Went through {{safer sleep}} with both, using
{{Lullaby Trust}} cards; they have a {{Moses basket}} but it was full of clothes. Cleared it together.
Over the {{summer}} they are moving to [[name:Kai]]s mum's ([[name:Tracey]]) - will follow up there.
Discussed with safeguarding supervisor [[name:Nadia]]: no referral, but {{ICON}} and safe sleep on the
plan, young parents' group. NHS no [[nhs_number:284 472 9371]].
""")),

    ("health", "incident", block("""
From: [[name:Precious Mensah]] (School Nurse) <[[email:precious.mensah2@nhs.net]]>
To: [[organisation:Riverside Surgery]] admin <[[email:riverside.admin@nhs.net]]>
Cc: [[email:schoolnursing.southend@nhs.net]]
Date: [[date:Wed 15 May 2024]] 16:02
Subject: [[name:Tobi]] [[name:ADEWALE]] DOB [[date_of_birth:09/10/2013]] - ADHD meds

Hi,
[[name:Tobi Adewale]] (NHS [[nhs_number:681 293 9900]]) has had no {{methylphenidate}} at school for 8 school days - the school supply ran out and the repeat wasn't issued because the shared care review with [[organisation:EPUT]] was overdue. School has logged 3 exclusions-from-class this fortnight. Dad ([[name:Femi]], [[phone:07932 114 580]]) thought the school was ordering it.
Could the duty GP issue a bridging prescription today?
Thanks, [[name:Precious]]
[[name:Precious Mensah]] | School Nurse | Southend {{0-19}} | [[phone:01702 534 811]]
""")),

    ("health", "incident", prose("""
Datix [[case_reference:W123456]]: {{NCMP}} result letter for Reception pupil [[name:Lily-Rose Hart]]
([[organisation:Westcliff Infants]]) was posted to the address of [[name:Lily Harte]] - same class,
names matched on first 8 characters in the mail merge. [[name:Lily Harte]]s mum ([[name:Danielle]]) rang
[[date:2nd July]] upset as the letter said 'very overweight' and she thought it was about her daughter.
Letter contained [[name:Lily-Rose Hart]]'s height, weight, DOB [[date_of_birth:19/01/2018]] and home address.
[[name:Lily-Rose Hart]]s parents told by team lead [[name:Marcia Okoro]] the same day. Reported to {{IG}}; not
{{ICO}}-reportable. Merge now uses NHS number. Apology letters sent.
""")),

    ("health", "success", prose("""
Transfer-in contact. [[name:Chiamaka Nwosu]] ([[age:2 years 4 months]]) and sister [[name:Chidinma]]
([[age:7 months]]), arrived from Enugu [[date:1 March]]; now at [[address:Flat 5, 90 Romford Road,
Stratford]] [[postcode:E15 4QZ]]. Mum [[name:Ifeoma]] brought their Nigerian vaccination cards. Compared
with UK schedule: [[name:Chiamaka]] had {{BCG}} (scar seen) but no {{MMR}} or {{MenB}}; [[name:Chidinma]]
is too old for {{rotavirus}} but needs {{MenB}} boosters. Plan sent to GP [[organisation:Stratford Village Surgery]] with the
{{UKHSA}} catch-up algorithm. Mum ringing [[phone:020 8534 2290]] to book. Also referred to
[[organisation:Newham Baby Bank]]. Both girls fully caught up by [[date:14/05]].
""")),

    ("health", "incident", prose("""
School nurse, [[organisation:Thurstable School]]. Y9 [[name:Mia-Jayne]] ([[name:MJD]]) disclosed cutting her
thighs for 3 months. Seen [[date:Mon 11 Nov]], wounds superficial, cleaned. {{CAMHS}} referral made
[[date:22/10]] by her GP had been declined ('insufficient risk') and nobody told school. On [[date:13/11]]
she took 16 {{paracetamol}} at school and told her friend [[name:Kacey]]; taken to {{A&E}} at Colchester,
{{NAC}} not needed. Mum [[name:Louise Drury]] says the decline letter went to her old email
[[email:lou.drury82@hotmail.co.uk]]. DSL Mr [[name:Halloran]] and I met {{CAMHS}} duty on [[date:15/11]]; now
open to [[organisation:Essex Crisis Team]]. Safety plan in her planner. Learning: declined referrals must be
copied to the referrer and school nurse.
""")),

    ("health", "success", block("""
2-YEAR REVIEW ({{ASQ-3}}) - [[name:Marley Sayers]]   DOB [[date_of_birth:28/08/2022]]
Seen at [[organisation:Pitsea Family Hub]] [[date:06/09/24]] by [[name:C. Omotayo]] HV

Development: all domains above cut-off, good speech.
Routine enquiry - asked when [[name:Jade]] was alone. She disclosed [[name:Lee]] ([[name:Lee Brennan]], not [[name:Marley]]'s dad) has been checking her phone, took her bank card, pushed her against the fridge last week. Scored 15 on {{DASH}} - not {{MARAC}} threshold but close.
Plan: referral to [[organisation:Changing Pathways]] {{IDVA}} with her consent, safe number [[phone:07700 900 221]] (only text, never ring). Info sharing with GP. Follow-up at hub [[date:13/9]].
UPDATE [[date:20/9]]: [[name:Jade]] and [[name:Marley]] in refuge. {{Operation Encompass}} notice to nursery.
""")),

    ("health", "near_miss", prose("""
Enuresis clinic, [[organisation:Enfield School Nursing]], [[date:12/06]]. [[name:Emre Çelik]] ([[age:9]]) on
{{desmopressin}} 120mcg melts. Dad [[name:Hasan]] showed me the box - he had been giving 2 melts as he
read the Turkish leaflet from the pharmacy as 'iki' (2). No symptoms of hyponatraemia, [[name:Emre]]
drinking normally. Used interpreter [[name:Zeynep]] via phone, went back through dosing + {{fluid restriction}}
rules. Stopped the extra melt, wrote the dose in Turkish on the box, and let GP Dr. [[name:Ng]] know. Asked [[organisation:Lancaster Road Pharmacy]] to add a Turkish label in future. Review booked [[date:26 June]].
""")),

    ("health", "success", prose("""
Outreach HV visit to [[name:Bridget Maughan]] ([[age:22]]) at [[address:Bay 4, Holly Tree Travellers Site,
Ardleigh]] [[postcode:CO7 7QT]]. Baby [[name:Patrick]] ('[[name:Paddy]]', 9 months) had missed the 12-month
imms letter and the 8-12 month review - post goes to the site office. [[name:Bridget]] keeps the {{Red
Book}} in the trailer and brought it out. Did the review there and then, weight on 50th. [[name:Bridget]]s
sister-in-law [[name:Nell Doran]] asked about her [[name:Johnny]] ([[age:4]]), not registered at school
yet - linked with the {{GRT}} education worker. Agreed: I ring [[name:Bridget]] on [[phone:07544 813 977]]
before any visit, no letters. All three children now up to date with {{MMR}}.
""")),

    # ------------------------------------------------------------------ aviation (15)
    ("aviation", "near_miss", block("""
TRIP LOG - Y9 Berlin - [[organisation:Ravensfield Academy]]
[[date:Sun 14/04]]
04:10 coach ([[organisation:Chambers & Son Coaches]], [[vehicle_registration:AK68 WRD]]) left school, 42 pupils + 5 staff
05:05 STN drop off. Mr [[name:Adeyemi]] leading check-in
05:20 bag drop: [[name:Zainab]] (9P) has brother [[name:Zaid]]s passport not hers - same surname + initial on the cover sticker "[[name:Z. Rahimi]]"
05:28 rang mum ([[name:Farah]]) [[phone:07423 668 105]], she is driving it in
06:35 passport here, [[name:Zainab]] through {{fast track}} with Miss [[name:Kemp]]
06:55 boarded [[flight_number:FR 144]]
07:12 pushback on time
LEARNING: passport check at school against the photo page, not just "has passport". [[name:Zaid]] is in Y7 - flag siblings on trip lists.
""")),

    ("aviation", "near_miss", prose("""
UM arrival, [[flight_number:TK1986]] IST-STN, [[date:27 Aug]]. UM [[name:Deniz Yılmaz]] ([[age:9]]), UM form
[[case_reference:UM-STN-88213]]. Collecting adult on the form: aunt [[name:Hatice Yılmaz]]. Man who came to
the desk was [[name:Hatice]]s husband [[name:Serkan Arslan]] with his passport and a WhatsApp from
[[name:Hatice]] saying he could collect. My colleague [[name:Tom]] had already started the release sheet.
I ([[name:Grace]]) stopped it as the name did not match the form. Rang [[name:Hatice]] on
[[phone:+44 7700 900 632]] - she was in the car park, came in with ID 10 mins later and [[name:Deniz]] was
released to her. [[name:Serkan]] was polite about it. We will brief the team again: no substitutions, even
family, even with a message.
""")),

    ("aviation", "incident", prose("""
Occurrence report, [[organisation:Anglia Air Training Academy]], Cranfield. Cadet
[[name:Ciarán Ó Súilleabháin]] ([[name:CÓS]]), first solo nav, {{DA40}} [[aircraft_registration:G-AATC]],
[[date:18 March 2024]]. Crossed holding point A1 and entered runway 21 without clearance while another
aircraft was on a 2 nm final; tower cancelled its landing clearance. [[name:Ciarán]] says he read back
"hold short" but his hand-written clearance said "line up". Headset check found a faulty jack so part of the
transmission was lost. Supervising instructor Capt [[name:Lowe]]. Reported to the {{CAA}} via
{{ECCAIRS}}, academy ref [[case_reference:AATA-OR-24-031]]. Cadet debriefed, welfare check by
[[name:Nkem]] (student support) - he was shaken but fine.
""")),

    ("aviation", "success", prose("""
UM [[name:Amara Nwosu]] ([[age:11]]) travelling LOS-IST-STN on [[flight_number:TK1984]] on
[[date:3rd August]]. Inbound delayed 3h so she missed the Stansted connection. Istanbul UM desk kept her
overnight in the lounge with staff member [[name:Elif]], who messaged her mum [[name:Chioma]]
([[phone:+234 809 221 4470]]) and the collecting adult in London, uncle [[name:Obinna Nwosu]]
([[phone:0044 7911 408 563]]) every 2 hours. Rebooked next morning; crew briefed, purser
[[name:Burak]] handed her over at STN with the full paper trail. [[name:Amara]] told her uncle it was 'like
a sleepover'. Good practice noted on file [[case_reference:UMNR-IST-24-5521]].
""")),

    ("aviation", "incident", prose("""
Ski trip, Y10, [[flight_number:EZY2215]] LTN-GVA, [[date:16/02/24]], aircraft [[aircraft_registration:G-EZRT]].
[[name:Mark Ostrowski]] ([[age:15]], nut allergy) started wheezing 40 mins after take-off; another passenger had
opened a bag of peanuts two rows back. His {{Jext}} pens were in his hold bag - the teacher's medical bag
had only his {{Piriton}} and inhaler. Crew ([[name:Shannon]], [[name:Precious]]) used the aircraft
{{EpiPen}} on my request and the captain requested paramedics at Geneva. Raised red {{mark}}s on neck, settled.
[[name:Mark]] discharged same day. Mum [[name:Dorota]] informed from the aircraft on landing. Trip leader:
Mrs [[name:Cavanagh]]. Learning: AAIs must be in cabin on the pupil, and ask the crew for a nut announcement.
""")),

    ("aviation", "incident", block("""
WELFARE CONCERN - [[organisation:Anglia Air Training Academy]] cabin crew course 24/07
Reported by: [[name:Chloe-Anne Pryor]] (trainee, [[age:17]] yrs 11 months)
To: [[name:Gurpreet]] (welfare lead)     Date: [[date:29/07/2024]]

[[name:Chloe-Anne]] showed me Instagram DMs from [[name:capt_daz_flies]] which she says is ground school instructor [[name:Darren Sykes]]:
"[[name:capt_daz_flies]]: youll pass dont worry ;) "
"[[name:capt_daz_flies]]: come for a drink after, ill tell you what's on the exam"
"[[name:capt_daz_flies]]: delete these x"
She is under 18 and he is in a {{position of trust}}. Screenshots saved to the welfare drive only.
Action: [[name:Sykes]] stood down from teaching pending investigation; HR ref [[case_reference:HR-INV-0722]]; LADO consulted as academy takes 16-17s. [[name:Chloe-Anne]] moved to [[name:Aoife Kinsella]]'s group. Mum ([[name:Tracy Pryor]]) told with her agreement.
""")),

    ("aviation", "near_miss", block("""
UNACCOMPANIED MINOR HANDLING ADVICE - [[organisation:StanGround Services]]
Ref: [[case_reference:UMNR/STN/0923-117]]
Flight: [[flight_number:TK 1982]] STN-IST     Date: [[date:23SEP24]]
UM: [[name:ALTUN/ZEYNEP]] MISS     Age: [[age:8]]
Dropped by: [[name:ALTUN/KEMAL]] (father)     Tel [[phone:+44 7911 620 314]]
Met by: [[name:SAHIN/ELIF]] (grandmother)     Tel [[phone:+90 532 417 2290]]

REMARKS: UM checked in on [[flight_number:TK 1982]] but handling advice printed with the inbound [[flight_number:TK 1986]], so the escort was booked for the arrival, not departure. Gate agent [[name:Priya]] noticed no escort at boarding and [[name:Zeynep]] was sitting alone at gate 42. Supervisor [[name:Dmitri]] escorted her on board and to the purser. Departure not delayed. System now pulls flight no from the PNR.
""")),

    ("aviation", "success", block("""
From: [[name:Harriet Oyelaran]] <[[email:h.oyelaran@kingsbrooke.essex.sch.uk]]>
To: Dr. [[name:Simon Whitfield]]
Date: [[date:Fri 31 May 2024]]
Subject: Krakow trip - evaluation

Hi [[name:Simon]],
Trip went well. One thing worth sharing: [[name:Sky]] (Y10, autistic) had a panic attack at Luton security. She was wearing the {{Hidden Disabilities Sunflower}} lanyard so staff took her and Mr [[name:Dunne]] to the assistance lane and let her go through at her own pace. Also used our ear defenders. She flew both ways on [[flight_number:W6 1305]] / [[flight_number:W6 1306]] with no further issues and said afterwards it was the best trip ever.
For next year: pre-book {{Special Assistance}} for any pupil with a plan, not on the day. [[name:Sky]]s mum ([[name:Natalie]]) has written to thank the airport.
[[name:Harriet]]
""")),

    ("aviation", "success", block("""
SIM SESSION REPORT - {{A320}} FFS - [[organisation:Anglia Air Training Academy]]
Trainee: [[name:Nkechi Obi]] (MPL, module 4)     Ref [[case_reference:AATA-TR-1044]]
Instructor: Capt. [[name:Marek Zieliński]]     Date: [[date:02-10-2024]]
Exercises: V1 engine failure, single-engine approach, {{ECAM}} handling, {{RNP}} approach.
Assessment: {{competency}} grades 4 in {{PRO}}, {{FPM}}, {{LTW}}; 3 in {{COM}}.
Comments: [[name:Nkechi]] managed the engine fire with clear {{TEM}} brief, and called a go-around herself when unstable at 500 ft. Earlier in the course she hesitated to challenge the captain; today she challenged me twice, correctly. Ready for LST. Discussed with [[name:Ifeanyi]] (head of training).
""")),

    ("aviation", "near_miss", prose("""
Gate supervisor note. UM [[name:Oskar Wiśniewski]] ([[age:10]]) for [[flight_number:PC 1170]] STN-SAW, escorted
airside by agent [[name:Ryan]] at 14:05 on [[date:Saturday 26/10]]. Gate changed from 48 to 40 at 14:10 on
the screens but [[name:Ryan]] had no radio and took [[name:Oskar]] to 48, where the Dalaman flight was
boarding. Boarding agent [[name:Sam]] scanned the UM pass and it rejected. [[name:Oskar]] was walked to
40 and boarded normally. Had the pass not been scanned he could have been in the queue for the wrong
aircraft. Mum [[name:Agata]] on [[phone:07700900559]] was told. Escorts to carry a radio at all times;
UM escort ref [[case_reference:STN-UM-26102-04]].
""")),

    ("aviation", "incident", prose("""
School netball tour, [[organisation:Kesgrave Girls School]], STN to Malaga on [[flight_number:LS 1741]],
[[date:8th April]]. Y11 [[name:Grace Kamara]] (type 1) packed her insulin pens in her hold case because
her cabin bag was 'full' - we did not check. Discovered at cruise when her Libre read 17. Luckily her
teammate [[name:Faith]] had a spare pen of the same insulin in her bag (also type 1) and the crew rang
MedLink, who advised. [[name:Grace]] took the correction dose. Bag retrieved at Malaga. It was only by
{{grace}} of [[name:Faith]] having the same insulin. Parents (Mrs [[name:Kamara]], [[phone:+44 1473 290 661]])
informed. Risk assessment now says insulin in cabin, checked by Miss [[name:Obasi]] at the gate.
""")),

    ("aviation", "success", prose("""
Line training report. Trainee FO [[name:Aoife Ní Bhriain]] ([[organisation:Anglia Air Training Academy]] graduate),
Training Capt [[name:Raj Sandhu]]. [[flight_number:LS 843]] STN-ALC, [[aircraft_registration:G-JZHX]],
[[date:15/06/2024]]. On approach into Alicante [[name:Aoife]] was PF; at 1000 ft speed +15 and not
configured. She called "unstable, go around" before I did and flew it accurately. Second approach normal.
Good decision, not a failure - she was worried it would go on her record. Debriefed using {{SOPs}} and the
{{stabilised approach}} criteria. Recommend she continues to line check. [[name:Raj Sandhu]]
""")),

    ("aviation", "incident", block("""
From: Group Bookings <[[email:groups@skyport-travel.co.uk]]>
To: [[email:trips@stpeterscollege.luton.sch.uk]]
Date: [[date:22/03/2024]] 09:14
Subject: RE: Denied boarding - booking ref [[case_reference:K7TQ2M]]

Dear Mrs [[name:O'Shaughnessy]],
We are sorry that your pupil [[name:Oluwadamilare Adeyinka]] was refused boarding on [[flight_number:U2 2045]] on [[date:18/03]]. The booking listed him as "[[name:Oluwadamilate Adeyinka]]" - the name was entered from your school's spreadsheet. The airline will only accept a one-letter correction free within 24 hours of booking.
We have reimbursed the new flight for [[name:Dami]] and his accompanying teacher, Mr [[name:Pawlak]].
Kind regards
[[name:Kelechi]] | Group Bookings | [[phone:01582 930 447]]
""")),

    ("aviation", "near_miss", block("""
LTN TERMINAL DUTY MANAGER LOG - [[date:Tue 9 July]]
06:42 Call from security: girl aged approx [[age:12]] alone and crying at lane 7, says she is with a school group. Named herself "[[name:Kitty]]" ([[name:Kateryna Bondarenko]]), [[organisation:Marlowe Park School]].
06:44 Group leader Mr [[name:Venables]] contacted on [[phone:+44 (0)7956 119 830]] - group already airside at gate 15 and headcount had been done before security, not after.
06:55 [[name:Kateryna]] escorted through fast track by DM [[name:Joss Whitby]] and handed to Mr [[name:Venables]] at the gate.
07:20 [[flight_number:EZY 2241]] boarded with all 24 pupils.
Note: [[name:Kitty]] speaks Ukrainian + some English, no phone. Recommend headcount AFTER security for school groups.
""")),

    ("aviation", "incident", prose("""
Cabin crew report, [[flight_number:LS 1732]] AYT-STN, [[date:24/08/24]]. UM [[name:Yasmin Kaya]] ([[age:12]]) seated
19C. Male pax in 19A (booking [[case_reference:RX5PLW]], seat 19A, named [[name:Gerald Hume]]) chatted to her
for most of the flight. On descent I saw him write on a napkin and give it to her; she showed me after landing:
"[[name:Gerry]] [[phone:07831 660 219]] text me if you get bored x". He also asked her which school she
goes to. I took the napkin, moved [[name:Yasmin]] to the crew seat area for landing and told the captain.
Handover to UM desk ([[name:Olena]]) included the napkin. {{police}} met the aircraft, log
[[case_reference:0412/24AUG]]. [[name:Yasmin]]s dad [[name:Orhan Kaya]] informed. Crew: [[name:Bex Lyall]].
UM seat allocation: never next to an unaccompanied adult.
""")),
]


def main() -> None:
    records = build_records("blind40", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
