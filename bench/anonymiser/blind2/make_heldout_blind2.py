#!/usr/bin/env python3
"""Second blind held-out set for the anonymiser benchmark.

70 hand-written narratives (social care, health, aviation; incidents, near misses,
successes), written without reading anonymiser/, tests/anonymiser/, the generator
scripts or the texts of the other corpora.

Mark-up: [[label:value]] is a labelled span, {{term}} is a must-not-redact mention.
The mark-up is stripped to compute exact character offsets. The script validates
every span (labels, offsets, no overlaps, no stray whitespace, no possessive 's in a
name), every NHS number's mod-11 check digit, NI number and postcode formats, and
writes bench/anonymiser/corpus/heldout_blind2.jsonl (deterministic).

    python3 bench/anonymiser/blind2/make_heldout_blind2.py
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import nhs_ok, parse  # noqa: E402

LABELS = {
    "name", "address", "postcode", "phone", "email", "nhs_number", "ni_number",
    "case_reference", "date_of_birth", "date", "age", "organisation",
    "vehicle_registration", "aircraft_registration", "flight_number",
}

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind2.jsonl"

# (domain, kind, text)
R = []


def add(domain, kind, text):
    R.append((domain, kind, text.strip("\n")))


# ---------------------------------------------------------------- social care
add("social_care", "incident", """Unannounced visit to [[address:14 Larch Close, Rotherham]] [[postcode:S65 2QT]] on [[date:12/03/24]]. mum [[name:Kayleigh Barraclough]] initially refused entry, said {{the duty social worker}} had already been out. eventually let me in. [[name:tyler]] ([[age:6]]) had a bruise to L cheek approx 3cm, mum says he fell off the trampoline at his nans. Not consistant with explanation imo. Discussed with my {{team manager}} and rang {{MASH}}, {{Section 47}} strat booked for tmrw 10am. Mosaic [[case_reference:2281937]]
[[name:Jo Fairclough]] (SW, [[organisation:Rotherham Children's Social Care]])""")

add("social_care", "success", """Just a quick note to say [[name:Hope]] has had an amazing week!! she got star of the week at [[organisation:Greenfield Primary]] for her reading and she read the certificate out to us at tea. Contact with mum is {{every Thursday}} and this week was the first time she didnt cry in the car after. [[name:Will]] (our eldest) has been teaching her to ride a bike, thanks to [[name:Sandra]] her sw for sorting the bike money.
[[name:Bev]] & [[name:Keith Holroyd]] (foster carers)""")

add("social_care", "incident", """[[name:Reece]] ([[age:15]]) went missing from {{the home}} at approx 22:40 after an argument with staff over his phone. Reported to police at 23:15, ref [[case_reference:14/88213/24]]. Returned 02:10 by police to [[address:Oakwood House, 3 Mill Lane, Dewsbury]], smelling of cannabis, said he'd been with '[[name:Deano]]' and some lads at the park. Return home interview requested. Staff on shift: [[name:M. Kowalczyk]], [[name:Priya]], [[name:Dan]]. {{Reg 40}} notification to {{Ofsted}} to be done by RM.""")

add("social_care", "near_miss", """Near miss - the review minutes for [[name:Amira]] and [[name:Hamza Yusuf]] were nearly posted to dad's address ([[address:Flat 7, Brunswick Court, Wolverhampton]]) which mum fled due to DA. Caught by admin ([[name:Lorraine]]) before it went in the post. Correct address is held on the restricted part of the file only. Have asked for an alert on [[case_reference:LCS-503381]] and [[case_reference:LCS-503382]].
{{IRO}} [[name:Ifeoma Nwachukwu]]""")

add("social_care", "success", """[[name:danny o'connor]] (care leaver, [[age:19]]) signed for his own tenancy today at [[address:22b Harehills Lane]], [[postcode:LS8 5HS]]!! Took a while. sorted his NI number ([[ni_number:JT 48 12 93 C]]) with {{DWP}} so UC can go through and set up council tax. his new mobile is [[phone:07700 900461]]. Setting up home allowance spent on bed + washer. proud of him.
[[name:Shaz]] (PA, [[organisation:Leeds Leaving Care Team]])""")

add("social_care", "incident", """Visited [[name:Ionela]] and the kids at [[address:58 Coronation Road]] [[postcode:B29 6AN]]. no gas on, house v cold, [[name:Andrei]] ([[age:4]]) had no coat on and a chesty cough. [[name:ionela]] says she topped up but the key isnt working. rang the supplier with her on speaker using [[organisation:Language Line]] (Romanian) and got emergency credit. she wants us to ring her husband [[name:Mihai Popescu]] on [[phone:+40 721 345 678]] as he is working away untill [[date:28 April]]. Will follow up monday.
FSW [[name:Gemma]]""")

add("social_care", "near_miss", """Referral came thru to duty from [[organisation:St Bede's RC Primary]] re [[name:Kacper Nowak]] DOB [[date_of_birth:03/11/2016]] - school reported he said "daddy hits mummy". The referral was logged under the wrong child ([[name:Kacper Nowakowski]], diff family) for about 2hrs. Spotted by {{the duty senior}} when checking the chronology. Corrected, both records ([[case_reference:1176204]] / [[case_reference:1190356]]) checked, no info shared with wrong family. Lesson: check DOB AND address when logging.""")

add("social_care", "success", """Really positive {{core group}} today for [[name:Faith]], [[name:Precious]] and [[name:Blessing Adeyemi]]. Mum ([[name:Funmilayo]]) has attended every session of the {{Freedom Programme}} and the kids attendance at [[organisation:Holy Trinity C of E Primary]] is now 97%. Used {{Signs of Safety}} scaling, everyone scored 7 or above incl {{the health visitor}}. Plan to step down to {{CIN}} at next review on [[date:Tues 21st May]].
cc [[name:Dawn Pearce]] (TM), Mr [[name:Okonkwo]] ({{DSL}})""")

add("social_care", "incident", """At 19:05 [[name:JB]] ([[age:13]]) threw a mug at [[name:Amber]] (RSW) which hit her arm. [[name:JB]] was then held in a seated hold by [[name:Amber]] and [[name:Lewis Grant]] for approx 3 mins using {{Team Teach}}, no injuries to YP. [[name:Amber]] had an ice pack, no further treatment. Debrief done. YP said he was angry cos his mum didnt turn up to contact again. Placing authority sw informed by email [[email:k.mensah@walsall.gov.uk]]. Logged as [[case_reference:IR-2024-0317]].""")

add("social_care", "near_miss", """nearly gave [[name:sky]] her {{melatonin}} twice tonight, my husband [[name:Frank]] had already given it at 7 and hadn't written it on the sheet. i checked the bottle and asked him before giving it. no harm done. we're going to keep the sheet on the fridge from now on. Have told our supervising social worker [[name:Ruth Evans-Pryce]] at [[organisation:Foster Wales Ceredigion]].""")

add("social_care", "incident", """Allegation made by [[name:Keeley-Ann]] ([[age:14]]) against a teacher at [[organisation:Castle View Academy]] that he has been sending her messages on social media. {{LADO}} contacted ([[name:Martin Doyle]]), referral ref [[case_reference:LADO/24/0561]]. Teacher (Mr [[name:P. Hughes]]) suspended pending investigation. Police informed, crime no [[case_reference:CRI/12/2024/08891]]. spoke to [[name:Keeley-Ann]]'s mum [[name:Tracey]] who is supportive.""")

add("social_care", "success", """SGO granted today at [[organisation:Bradford Family Court]] for [[name:Mohammed Ali Hussain]] ([[age:2]]) to his paternal aunt [[name:Shabana Begum]]. Massive thanks to [[name:Imran]] (kinship assessor) and to the {{children's guardian}} [[name:Teresa McBride]]. [[name:Shabana]] cried, said she cant believe its real. Support plan: allowance reviewed yearly, kinship carers group {{every second Tuesday}}.""")

add("social_care", "incident", """EDT call 01:20 from Mrs [[name:Gwen Parry]] (grandmother) [[phone:01970 612 884]] saying [[name:Rhys]] ([[age:16]]) and [[name:Cerys Parry]] ([[age:12]]) had turned up at hers after mum [[name:Sian]] was arrested at [[address:4 Heol y Bryn, Aberystwyth]]. Police ref [[case_reference:DP-20240609-0114]]. Nan happy to keep them overnight, checks done on our system, no concerns. Passed to day team for follow up.
{{EDT}} worker [[name:Gareth]]""")

add("social_care", "near_miss", """During supervised contact at the [[organisation:Beeches Family Centre]] dad ([[name:Lee Whitworth]]) tried to give [[name:Mason]] a phone with his number saved under "football". I saw it and took it off him before [[name:Mason]] left. Contact agreement says no phones or gifts without agreement. Reported to allocated sw [[name:Nadia Rahman]] and {{the IRO}}. Dad left in a silver Corsa [[vehicle_registration:YT68 RNV]].""")

add("social_care", "success", """[[name:Jack]] got his GCSE results today - 5 passes incl maths!!! he went in to [[organisation:Northfield School]] with [[name:Hunter]] (his keyworker) and came back grinning. This is a lad who wasnt in education at all 18 months ago when he moved into {{a children's home}} for the first time. Everyone at [[organisation:Maple Lodge]] is so proud of him. Celebration tea friday.
- [[name:Carol]], RM""")

add("social_care", "incident", """[[name:Senait Tesfay]] ([[age:18]], care leaver, came as UASC) told me today an older man called '[[name:Yonas]]' has been letting her stay at his flat, [[address:Flat 12, Malta House, 90 Commercial Road]] [[postcode:E1 1LN]], in return for 'helping'. She has stopped going to [[organisation:Tower Hamlets College]]. Concerns re exploitation/trafficking, {{NRM}} referral considered. Discussed w/ my manager, strategy mtg requested. Her new number is [[phone:07956 118 204]]. Her NI no [[ni_number:SK449107A]] has come through at last. Tigrinya interpreter used.""")

add("social_care", "success", """Matching panel today recommended the match for [[name:Lily-Mae]] ([[age:18 months]]) with [[name:Tom]] and [[name:Aled Williams-Jones]]. Chair Dr [[name:Kate Summers]] said the report was one of the best she has read. Introductions will start {{in March}}. Thank you [[name:Rosie]] for all the life story work x""")

add("social_care", "incident", """[[name:may]] ([[age:14]]) disclosed to her foster carer she has been cutting again, wounds on forearm superficial, cleaned and dressed by carer. Rang {{CAMHS}} crisis line, appt tmrw 2pm. Safety plan updated and shared with the {{DSL}} at [[organisation:Ysgol Bro Dinefwr]]. Carer [[name:Lynne Pritchard]] [[phone:07831 440 992]].""")

add("social_care", "near_miss", """I nearly emailed the {{child protection conference}} report for the [[name:Nguyen]] family to [[email:thanh.nguyen88@gmail.com]] (dad's personal email) instead of [[email:thanh.nguyen@nottinghamcity.gov.uk]] who is a colleague with the same name!! Outlook autofill. Caught it before sending. Children [[name:Bao]] ([[age:9]]) and [[name:Linh]] ([[age:7]]). Raised with IG. Ref [[case_reference:CP/2024/0377]].""")

add("social_care", "success", """Update - [[name:Oksana Kovalenko]] and her son [[name:Artem]] ([[age:11]]) have moved out of the hotel into their own flat at [[address:31 Victoria Street, Bangor]] [[postcode:LL57 1TW]]. [[name:Artem]] started at [[organisation:Ysgol Tryfan]] on [[date:Monday 8th January]], settled well, teacher says he loves football. [[name:Oksana]]'s phone [[phone:+380 67 123 4567]] still works + new UK sim [[phone:07412 553 019]]. Closing to early help next month.""")

add("social_care", "incident", """[[name:Rojin]] ([[age:15]]) didnt arrive at school today. Brother [[name:Baran Demir]] says she was taken abroad by their uncle on [[date:2nd Feb]] for a "holiday". concerns re forced marriage. Contacted the {{Forced Marriage Unit}} + police, ref [[case_reference:MPS-240202-4471]]. Family home [[address:19 Grange Rd, Hackney]]. strategy meeting 3pm today, chaired by [[name:Hussein]] (TM).""")

add("social_care", "success", """Chronology entries for [[name:Bill]] and [[name:Rose Kerrigan]]:
- [[date:04/01/2024]] visit, home conditions much improved
- [[date:18/01/2024]] {{ICPC}}, plans made under {{child protection}} (neglect)
- [[date:02/02/2024]] dad [[name:Paddy Kerrigan]] completed parenting course at [[organisation:Riverside Family Hub]]
- [[date:27/03/2024]] RCPC - no longer subject to CP plans, stepped down to {{CIN}}
good outcome. allocated sw [[name:Siobhan]]""")

add("social_care", "near_miss", """Taxi firm sent a driver for [[name:Kai]] ([[age:8]]) who wasnt on our approved list - escort [[name:Barbara]] noticed the driver was different and the car reg [[vehicle_registration:WR21 OZK]] didnt match. She refused to let [[name:Kai]] go and rang {{the duty social worker}}. Taxi firm ([[organisation:A2B Cars]]) said the regular driver was off sick. raised with commissioning.""")

add("social_care", "incident", """placement with Mrs [[name:Hamilton-Scott]] has broken down, she rang at 16:30 asking for [[name:Grace]] ([[age:12]]) to be moved by [[date:Friday 14 June]] after [[name:Grace]] damaged her car. Emergency placement found with [[name:Mark]] and [[name:Jenny Thorpe]] at [[address:Rosewood, Church Lane, Little Hadham]]. [[name:Grace]]'s school ([[organisation:Bishop's Stortford High]]) told. Disruption meeting to be arranged by {{the IRO}}.""")

add("social_care", "success", """{{CIN}} review for [[name:Ayaan]] and [[name:Zara Chowdhury]]. Mum [[name:Rukhsana]] said having the same Bengali interpreter made a big difference. [[name:Zara]] now at [[organisation:Brick Lane Nursery]] 3 days, speech improving with {{SALT}}. [[name:Ayaan]] was diagnosed with {{autism}} by community paeds at the [[organisation:Royal London Hospital]] on [[date:3rd April]]. Case to close [[date:30/06/24]].
[[name:A. Sheikh]] SW ext 4471""")

# ---------------------------------------------------------------- health
add("health", "incident", """Pt [[name:Margaret Oyelaran]], [[age:82]], bed 14 on {{the ward}}, found on floor at 03:15 by HCA [[name:Tendai]]. Hit head, on {{apixaban}} so head injury pathway followed, CT head NAD. {{NEWS2}} 0 post fall. Son [[name:Tunde]] ([[phone:07824 339 102]]) informed at 07:00. DATIX [[case_reference:W104477]]. Falls bundle in place but bed rails were down. {{the charge nurse}} ([[name:Kieran]]) aware.""")

add("health", "near_miss", """Near miss – prescription for Mr [[name:Ahmed Raza]] (NHS no [[nhs_number:186 091 3903]]) for {{methotrexate}} 10mg DAILY, should be weekly. Picked up at clinical check. Contacted prescriber Dr [[name:Lowe]] at [[organisation:Parkside Medical Practice]], corrected to 10mg once a week on {{Mondays}}. pt counselled.""")

add("health", "success", """Lovely outcome for [[name:Aisha Mohamed]] (G3P2) who had a {{PPH}} with her last baby. Delivered a girl at 03:42 on [[date:17/02/24]] at [[organisation:Liverpool Women's]], EBL 350ml, active 3rd stage, {{TXA}} given prophylactically. Somali interpreter by phone. Baby [[name:Hodan]] 3.4kg, BF established. Discharged day 1 to community midwife [[name:Bronagh]]. Hosp no [[case_reference:LWH0448127]].""")

add("health", "incident", """Called to [[address:27 Sycamore Avenue, Hull]] [[postcode:HU5 3QZ]] for [[age:4yo]] with breathing difficulty. Pt [[name:Ollie Marsh]], {{PEWS}} 6, RR 48, sats 89% on air. Neb {{salbutamol}} x2 with improvement. Conveyed to [[organisation:Hull Royal Infirmary]] ED, 52 min delay at handover due to queueing. NHS [[nhs_number:937 865 7974]]. Incident [[case_reference:CAD-2304-1187]]. Crew: [[name:Danny]] / [[name:Rachel P]]""")

add("health", "near_miss", """{{HV}} new birth visit to [[name:Ewa]] and baby [[name:Zofia Wiśniewska]] (born [[date_of_birth:2/5/24]]) at [[address:Flat 3, 112 Stanley Road]] [[postcode:L5 2QA]]. Baby was asleep in the pram in the hallway with a pillow. Mum said just for today. Safe sleep advice given again with Polish leaflet. Dad [[name:Tomasz]] [[phone:+48 512 348 771]] works nights. Flagging as near miss for {{SUDI}} risk.""")

add("health", "incident", """Delayed recognition of {{sepsis}} in pt [[name:Derek Lambourne]] ([[age:67]]) MRN [[case_reference:00412876]]. Came via ED at 18:00 with UTI sx, lactate not repeated, abx given 23:40 (5h40 after arrival). Went to ITU next day, now recovering. Reviewed by Dr [[name:Chidi Eze]] and {{the sepsis lead}}. Learning: {{Sepsis Six}} within the hour. {{Duty of candour}} conversation with his wife [[name:Pauline]] done [[date:9 Oct 2023]].""")

add("health", "success", """Thanks to [[name:Nia]] on reception at [[organisation:Tŷ Bryn Surgery]] who noticed Mr [[name:Dafydd Morgan]] hadn't collected his {{insulin}} for 3 months and rang him. He'd been in [[organisation:Glangwili]] and his repeat had been stopped by mistake. Reinstated same day. pt DOB [[date_of_birth:14.08.1951]], NHS [[nhs_number:9960308243]].""")

add("health", "incident", """Wrong patient x-rayed - [[name:John Smith]] (DOB [[date_of_birth:01/06/1948]]) was called for a chest x-ray and [[name:Jon Smyth]] (DOB [[date_of_birth:12/09/1961]]) answered and came through. Positive ID was not done properly (only name asked). Dose 0.02 mSv. {{IR(ME)R}} notification to {{CQC}} required. Hosp nos [[case_reference:RHQ4471920]] / [[case_reference:RHQ3308125]]. radiographer [[name:L. Chen]]""")

add("health", "near_miss", """Noticed at handover that the {{heparin}} infusion for bed 6 (Mrs [[name:Kowalska]]) was running at 10ml/hr instead of 1ml/hr - pump programmed wrong at 02:00. Stopped, APTT sent, within range. No harm. Double checking of infusions to be reinforced at huddle. Reported by [[name:Joy]] (staff nurse), datix [[case_reference:INC-2024-04471]].""")

add("health", "success", """Big shout out to [[name:Sunita]] and [[name:Kwame]] on {{the ward}} for spotting that baby [[name:Ruby]] ([[age:6 weeks]]) had a rising {{PEWS}} overnight and escalating via {{SBAR}} to {{the reg}}. Cultures and abx within 40 mins, turned out to be group B strep {{meningitis}}. [[name:Ruby]] is doing well and went home on [[date:Sunday 3rd March]]. Mum [[name:Stacey]] has written a card to the team at [[organisation:Sheffield Children's]].""")

add("health", "incident", """[[name:Ciarán Ó Súilleabháin]] ([[age:34]]), detained under {{Section 3}}, absconded from {{the ward}} at the [[organisation:Royal Edinburgh Hospital]] while on 15 min obs. Police informed. Found 2 hrs later at his sister's, [[address:8/3 Easter Road, Edinburgh]] [[postcode:EH7 5PX]], returned safely. Obs increased to 1:1. Unit no [[case_reference:A229104]]. Nurse in charge [[name:Morag]].""")

add("health", "near_miss", """Dispensing near miss – [[name:Fatima Begum]] was almost handed [[name:Fatma Begum]]'s bag, both live on [[address:Cheetham Hill Rd]] ([[address:14 Cheetham Hill Road]] and [[address:141 Cheetham Hill Road]])!! Caught at handout by checking DOB ([[date_of_birth:22/07/1979]]). Bag had {{sertraline}} and {{omeprazole}}. Will seperate the shelves. Pharmacist [[name:Adeel]], [[organisation:Crumpsall Pharmacy]]""")

add("health", "incident", """Home birth at [[address:Tŷ Gwyn, Llanfair Road, Ruthin]], baby born before 2nd MW arrived. {{Shoulder dystocia}}, resolved with {{McRoberts}}. Baby [[name:Elis]] apgars 6 and 9. Ambulance took 70 min (rural). WAST ref [[case_reference:WAS-118832]]. MW [[name:Ffion Hughes]] and student [[name:Bethan]]. Mum [[name:Catrin]] and baby both well.""")

add("health", "success", """Practice team at [[organisation:Millbrook Health Centre]] picked up Mr [[name:Osei]]'s persistent cough at a routine review. [[name:Kofi Osei]] ([[age:58]]) referred on 2WW, diagnosed early-stage lung ca at [[organisation:Royal Blackburn Hospital]], lobectomy went well. His wife [[name:Abena]] rang to say thank you, and his son in Accra ([[phone:+233 24 412 3456]]) emailed too. NHS no [[nhs_number:628 194 8211]].""")

add("health", "incident", """Verbal abuse and threats to staff in {{resus}} by a relative, [[name:Wayne Dobbs]] (brother of pt). Security and police called, police log [[case_reference:LC-20240414-0411]]. Staff affected: Dr [[name:Amaka Obi]], Staff Nurse [[name:Lee]]. Pt [[name:Shane Dobbs]] ([[age:29]]) with stab wound, stable. Debrief held, offered support through {{occupational health}}.""")

add("health", "near_miss", """Pt [[name:Parveen Akhtar]] DOB [[date_of_birth:11/3/1990]] NHS no. [[nhs_number:5432319489]] has a documented {{penicillin}} allergy ({{anaphylaxis}}) but it wasnt on the drug chart. {{Co-amoxiclav}} prescribed and nearly given — [[name:Grace]] (student nurse) checked the red wristband first. Well done [[name:Grace]].""")

add("health", "success", """Mr [[name:Bill Henderson]] ([[age:79]]) with {{Parkinson's}} has been struggling with the timing of his meds. Worked with his daughter [[name:Alison]] and the pharmacist at [[organisation:Boots Keswick]] to get a dosette with alarms. No falls in 6 wks! DN visits {{every Monday}}. Address [[address:3 Greta Bank, Keswick]] [[postcode:CA12 5EX]].
DN [[name:Sharon Lister]]""")

add("health", "incident", """Retained swab found on post-op xray for [[name:Li Xu]] following laparotomy on [[date:22/05/2024]] in theatre 3 at [[organisation:St James's University Hospital]]. Count was documented as correct. Returned to theatre, swab removed, no harm. {{Never Event}} declared, StEIS [[case_reference:2024/11873]]. Scrub nurse [[name:Trish]], consultant Mr [[name:Haworth]].""")

add("health", "near_miss", """999 call handler entered [[postcode:NG7 2UH]] instead of [[postcode:NG7 2HU]] for a cardiac arrest at [[address:45 Lenton Boulevard]]. Crew went to wrong street, {{the dispatcher}} [[name:Marcus]] spotted the mismatch with the callers description within 3 min and redirected. {{CPR}} in progress by caller [[name:Ngozi]]. {{ROSC}} achieved. Incident [[case_reference:EMAS-0923-7781]].""")

add("health", "success", """[[name:Ellie-Rose Fitzgerald]] ([[age:9]]) has {{type 1 diabetes}} and started on a sensor this term. Staff at [[organisation:St Anne's Catholic Primary]] were trained by me on [[date:15 Jan]]. Mum ([[name:Dawn]]) says no hypos in school since.
School nurse [[name:Helen Marsh]], [[email:helen.marsh4@nhs.net]]""")

add("health", "incident", """Dr [[name:Thilini Jayawardena]] (FY2) covered 4 wards alone on nights. Pt [[name:Edith Crowther]] ([[age:91]]) on ward 22 deteriorated, {{NEWS2}} 7, and wasnt reviewed for 2 hours, family complained. Escalated to {{the site manager}} who said no extra cover available. Exception report submitted. Hosp no [[case_reference:K229104]].""")

add("health", "near_miss", """Baby tag alarm went off at 14:10 on {{the postnatal ward}} when dad [[name:Yusuf Al-Hashimi]] tried to take baby [[name:Maryam]] out to the car in her car seat before discharge paperwork was done. Stopped at the door by {{the ward clerk}}. MRN [[case_reference:7712094]]. Reminded family of the process, no harm.""")

add("health", "success", """Really good joined up work for [[name:Tran Thi Mai]] and baby [[name:Minh]]. Interpreter [[name:Hoa]] came to every visit and the GP at [[organisation:Aston Medical Centre]] booked double appts. Baby's weight now back on the 25th centile. Baby DOB [[date_of_birth:09-12-2023]], NHS [[nhs_number:993 518 1901]].
{{HV}} [[name:Lucy Adebayo-Clarke]]""")

add("health", "incident", """[[name:Cameron]] ([[age:17]]) with {{Crohn's}} transferred from the [[organisation:Royal Hospital for Children Glasgow]] to adult services at [[organisation:Glasgow Royal Infirmary]] and his {{infliximab}} on [[date:3rd September]] was missed because the referral was never recieved. Flared, admitted 5 days later. Mum [[email:lorna.mcgregor1975@hotmail.co.uk]] has complained, ref [[case_reference:COMP/24/1189]].""")

# ---------------------------------------------------------------- aviation
add("aviation", "incident", """Bird strike on rotation from [[organisation:Bristol]] RWY 27, [[flight_number:EZY6231]], [[aircraft_registration:G-EZUK]] ({{A319}}). Multiple gulls, no abnormal indications, continued to [[organisation:Belfast International]]. Engineering found a dent in the radome. Capt [[name:J. Whitlock]], {{FO}} [[name:Sam Adeyemi]]. ASR [[case_reference:4471823]].""")

add("aviation", "near_miss", """Level bust - [[flight_number:RYR82TK]] cleared FL110 climbed to FL117 before correcting. Conflict with [[flight_number:BAW1432]] descending, min sep 2.1nm / 600ft. STCA activated and {{the controller}} issued avoiding action. Unit: [[organisation:Swanwick]]. MOR [[case_reference:2024/12211]].""")

add("aviation", "success", """Medical emergency on [[flight_number:TOM2781]] [[organisation:LGW]]-[[organisation:DLM]], pax Mrs [[name:Hayley Brennan]] ([[age:44]]) seat 23C collapsed. {{the SCCM}} ([[name:Lola Martins]]) put out a PA and Dr [[name:Yusuf Karim]] who was travelling assisted. Hypo, given glucose gel and orange juice, recovered well. {{the captain}} decided to continue. Good CRM throughout.""")

add("aviation", "incident", """Found incorrect torque on LH main wheel axle nut on [[aircraft_registration:G-JZHF]] ({{Boeing 737-800}}) at [[organisation:Leeds Bradford]] during daily check. Previous wheel change signed by [[name:K. O'Driscoll]] on nights [[date:11/07]]. Retorqued IAW AMM, no damage found. Tech log page [[case_reference:0044129]]. Engineer [[name:Piotr Zieliński]]""")

add("aviation", "near_miss", """Tug driver nearly reversed into the wingtip of [[aircraft_registration:EI-DWF]] on stand 12 while pushing [[aircraft_registration:EI-EBM]]. Wing walker [[name:Aidan]] shouted stop, clearance approx 1m. Both {{Boeing 737-800}}s. {{the apron}} was congested due to delays. Handler [[organisation:Swissport]]. Report by [[name:Mehmet Yilmaz]], dispatcher, [[phone:+44 7700 900 812]].""")

add("aviation", "incident", """Disruptive pax on [[flight_number:LS1127]] [[organisation:MAN]]–[[organisation:ALC]], seat 14F, [[name:Ryan Tolley]] ([[age:31]]), intoxicated and verbally abusive to crew member [[name:Chloe]]. Level 2. {{the captain}} requested police on arrival, Guardia Civil met the aircraft. Pax address from booking [[address:9 Derwent Drive, Stockport]] [[postcode:SK6 2LA]].""")

add("aviation", "success", """Thanks to [[name:Chris]] on [[organisation:Scottish Control]] who spotted [[aircraft_registration:G-BSVK]], a {{Cessna 152}} squawking 7600, and got the pilot ([[name:Hamish Dunbar]]) safely into [[organisation:Cumbernauld]] using light signals with the tower. He'd had a total electrical failure.""")

add("aviation", "near_miss", """Runway incursion at [[organisation:Stansted]]: we were cleared to line up RWY 22 and a follow-me vehicle ([[vehicle_registration:OU64 BWF]]) was crossing at the holding point. {{the first officer}} saw it and called stop, speed below 30 kts. [[flight_number:RYR4ZP]], Capt [[name:Darius Nowicki]], {{FO}} [[name:Amy-Louise Kerr]].""")

add("aviation", "incident", """FOD found in #2 engine intake of [[aircraft_registration:G-EUYM]] ({{A320}}) at [[organisation:Heathrow]] T5. A bolt, suspected from previous night's work. Engine borescoped, no damage. Reported to quality by [[name:Kwabena Asante]] (B1), ref [[case_reference:QN-24-0419]].""")

add("aviation", "success", """Good catch by dispatcher [[name:Fiona]] who noticed the loadsheet for [[flight_number:BA2710]] had 12 more pax than the manifest – an infant entry error. Amended before departure from [[organisation:Gatwick]]. {{the captain}} thanked her personally.
[[name:Fiona MacLeod]], [[email:fiona.macleod@ba.com]]""")

add("aviation", "incident", """Severe turbulence FL340 over Biscay on [[flight_number:EZY8741]] ({{A321neo}}, [[aircraft_registration:G-UZMA]]) on [[date:6 August 2024]]. Crew member [[name:Wiktoria]] fell in the aft galley and hurt her wrist, taken to [[organisation:Hospital Universitario de Canarias]] on arrival. 2 pax minor injuries, seatbelt sign was on. MOR filed with the {{CAA}}.""")

add("aviation", "near_miss", """Wrong ZFW entered in the FMC, 10 tonnes low, caught at cross check by {{the captain}} ([[name:Imran Qureshi]]) before takeoff. Flight [[flight_number:EXS77BN]], [[aircraft_registration:G-JZBL]]. Fatigue a factor, 4th sector of the day. Crew: [[name:Lauren Hope]] ({{FO}}).""")

add("aviation", "success", """Smell of burning in the forward cabin on [[flight_number:VS25]]. CSD [[name:Olumide]] found the source, an overheating IFE box at seat 3A, power isolated and {{the captain}} informed. No diversion needed, landed [[organisation:JFK]] on time. Aircraft [[aircraft_registration:G-VNEW]] ({{Boeing 787-9}}).""")

add("aviation", "incident", """Hold loader [[name:Marek]] hurt his back loading [[aircraft_registration:9H-QBE]] at [[organisation:East Midlands Airport]] on [[date:Sat 17th]]. Hold was overloaded with late bags. {{RIDDOR}} report submitted. Ground supervisor [[name:Tariq Hussain]] [[phone:01332 810 447]].""")

add("aviation", "near_miss", """Drone sighted approx 200ft left of [[flight_number:EIN3KT]] on final RWY 28L at [[organisation:Dublin]] by {{the first officer}}. Reported to tower, Gardaí informed, PULSE [[case_reference:21448812]]. Aircraft [[aircraft_registration:EI-CVA]] {{A320}}, no avoiding action taken.""")

add("aviation", "incident", """Green laser on approach to [[organisation:Birmingham]] at 21:47, 4nm final RWY 33. {{the captain}} ([[name:Will Fenwick]]) briefly dazzled and the {{FO}} took control. [[flight_number:TOM4C]]. Police informed, ref [[case_reference:20/188812/24]]. Eye check next day all clear.""")

add("aviation", "success", """Shout out to [[name:Stelian]] and [[name:Nasir Khan]] on nights at [[organisation:Glasgow]] who found a cracked bracket on the nose gear of [[aircraft_registration:G-LGNE]] ({{Saab 340}}) that wasnt on the task card. Replaced before first wave. [[organisation:Loganair]] quality have added it to the fleet check.""")

add("aviation", "near_miss", """Door 2L not disarmed on arrival at [[organisation:Alicante]], crew member [[name:Ioana Dumitrescu]] noticed during the crosscheck before ground staff opened it - slide would have deployed. [[flight_number:EZY3012]], [[aircraft_registration:OE-IVE]] ({{A320}}). Spoke to [[name:Ioana]] and [[name:Bradley]] after, no blame culture.""")

add("aviation", "incident", """Loss of comms with [[flight_number:AFR1081]] for 6 mins after handover to [[organisation:London Control]], aircraft had selected the wrong freq. {{Typhoon}} scramble not required, contact regained with [[flight_number:EZY74BM]] relaying. Controller [[name:Gurpreet Sandhu]], watch supervisor [[name:Dave]].""")

add("aviation", "success", """HEMS tasking to an RTC on the A470, pt ([[age:22]], male) trapped in a car [[vehicle_registration:CU15 HVX]]. [[aircraft_registration:G-WASN]] ({{H145}}) landed in an adjacent field, Dr [[name:Elin Rowlands]] and CCP [[name:Jack Pugh]] did an RSI on scene and flew him to [[organisation:Morriston Hospital]] in 19 min. pt now out of ITU. Great teamwork with {{the fire service}}.""")

add("aviation", "incident", """Pax [[name:Nguyen Van Long]] (12D) reported his power bank smoking in the seat pocket on [[flight_number:VN50]] [[organisation:LHR]]–[[organisation:SGN]]. Crew ([[name:Pham Thu Ha]], [[name:Minh Anh]]) used the containment bag, {{the captain}} declared PAN, continued after no further smoke. Power bank now stored in galley.""")


# ---------------------------------------------------------------- processing
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$")
NI_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
PC_RE = re.compile(
    r"^(?:[A-PR-UWYZ]\d|[A-PR-UWYZ]\d\d|[A-PR-UWYZ][A-HK-Y]\d|[A-PR-UWYZ][A-HK-Y]\d\d|"
    r"[A-PR-UWYZ]\d[A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y]\d[ABEHMNPRVWXY]) \d[ABD-HJLNP-UW-Z]{2}$")


def validate(rid, text, spans, negs):
    errs = []
    assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text, rid
    for s in spans:
        v = text[s["start"]:s["end"]]
        if s["label"] not in LABELS:
            errs.append(f"{rid}: bad label {s['label']}")
        if not v or v != v.strip():
            errs.append(f"{rid}: whitespace at span edge {v!r}")
        if s["label"] == "name" and (v.endswith("'s") or v.lower().startswith(("mr ", "mrs ", "dr ", "capt"))):
            errs.append(f"{rid}: name span includes title/possessive {v!r}")
        if s["label"] == "nhs_number" and not nhs_ok(v):
            errs.append(f"{rid}: bad NHS check digit {v!r}")
        if s["label"] == "ni_number":
            c = v.replace(" ", "")
            if not NI_RE.match(v) or c[:2] in NI_BAD_PREFIX:
                errs.append(f"{rid}: bad NI number {v!r}")
        if s["label"] == "postcode" and not PC_RE.match(v):
            errs.append(f"{rid}: bad postcode {v!r}")
    for t in negs:
        v = text[t["start"]:t["end"]]
        if v != t["term"] or v != v.strip():
            errs.append(f"{rid}: negative mismatch {v!r}")
    allr = sorted([(s["start"], s["end"], "span") for s in spans] + [(t["start"], t["end"], "neg") for t in negs])
    for a, b in zip(allr, allr[1:]):
        if b[0] < a[1]:
            errs.append(f"{rid}: overlap {a} {b}")
    return errs


def main():
    rows, errs = [], []
    for i, (domain, kind, marked) in enumerate(R, 1):
        assert domain in {"social_care", "health", "aviation"}
        assert kind in {"incident", "near_miss", "success"}
        rid = f"blind2-{i:03d}"
        text, spans, negs = parse(marked)
        errs += validate(rid, text, spans, negs)
        rows.append({"id": rid, "domain": domain, "kind": kind, "text": text,
                     "spans": spans, "negatives": negs})
    if errs:
        print("\n".join(errs), file=sys.stderr)
        sys.exit(1)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    labels = Counter(s["label"] for r in rows for s in r["spans"])
    print(f"wrote {OUT} : {len(rows)} reports, {sum(len(r['text']) for r in rows)} chars, "
          f"{sum(labels.values())} spans, {sum(len(r['negatives']) for r in rows)} negatives")
    print("domains", dict(Counter(r["domain"] for r in rows)), "kinds", dict(Counter(r["kind"] for r in rows)))
    print("labels", dict(sorted(labels.items())))


if __name__ == "__main__":
    main()
