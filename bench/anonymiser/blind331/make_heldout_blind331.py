"""Held-out blind corpus 331: 50 invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well it
generalises. Three settings, all people, organisations, places and numbers invented:

- social_care (17): a missing and exploitation team - return home interviews, NRM referrals,
  county lines, police and youth workers;
- health (17): a GP out-of-hours service - home visits with drivers, treatment centres,
  on-call doctors and telephone triage;
- aviation (16): a drone survey operator - BVLOS flying under an operational authorisation,
  NOTAMs, remote pilots and observers.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes with
attendance and apologies, pipe tables, call and RT transcripts, shout-outs and thank-you notes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind331.jsonl"

SOCIAL_CARE = [
    ("social_care", "incident", prose("""
rhi for [[name:kayden]] done late. he was missing fri night into sat [[date:14/06]], found by
{{BTP}} at the {{train station}} w 2 older lads, £300 cash n 2 phones. {{mum}} [[name:Shanice]] v
upset he wasnt seen for 4 days - way over the 72hr {{RHI}} window. reason = rota gap, [[name:dev]]
off sick + no cover arranged. [[name:kayden]] now saying nothing to anyone. {{NRM}} not submitted
yet bc {{FR}} wanted the RHI 1st. {{CCE}} screening tool scored high, {{county lines}} phone
suspected. told {{EDT}} + [[name:Jas]] ({{TM}}). pls can sum1 own the cover rota.
ref [[case_reference:MET-2291]] - [[name:lou]]
""")),
    ("social_care", "near_miss", prose("""
On [[date:Thursday 3 March]] I was preparing the invite for a {{strategy meeting}} about
[[name:Precious]] ([[age:15]]), who has gone missing four times since her move to {{foster carers}}.
The draft, copied forward from an older meeting, still listed the carers' address
([[address:27 Wrenfield Road, Ashby Moor]], [[postcode:AM4 2TQ]]) and was addressed to everyone on
the old distribution list, which included her {{birth father}}, [[name:Emeka Okonjo]]. {{Police}} hold a
{{Child Abduction Warning Notice}} against him in relation to another young person. My colleague
[[name:Faith]] noticed before it went out because the surname caught her eye. Nothing was sent. I
have rebuilt the list from the {{MASH}} record and raised with the {{Team Manager}} that meeting
templates should never carry addresses. The {{IRO}} has been informed.
Ref [[case_reference:CB/24/08815]].
""")),
    ("social_care", "success", block("""
#met-shoutouts
[[name:grace.mensah]] 09:14
huge thank you to [[name:Will]] and [[name:Tomasz]] from {{detached youth work}} 🙌 they spotted [[name:JJ]] ([[age:14yo]]) at the {{bus station}} at 2am. he'd been {{missing}} since {{tues}} and was {{high risk}}
[[name:grace.mensah]] 09:15
they stayed with him, kept him talking, got him a hot choc + waited for {{response officers}}. home by 3
[[name:Sunny Baidoo]] 09:20
brilliant. in the {{RHI}} [[name:JJ]] said he only stayed bc [[name:Will]] knew his name and didnt lecture him. thats the job
[[name:Tomasz]] 09:31
cheers both. credit to [[name:Abi]] in {{Control}} too, she kept us updated the whole time
""")),
    ("social_care", "incident", block("""
Chronology – [[name:Aleksandra Nowak]] ([[age:16]]) – [[case_reference:MP-24-3317]]
[[date:Sat 22/06/24]]
18:40 Staff at [[organisation:Larchwood House]] report [[name:Ola]] not back from college.
19:10 Reported {{missing}} to police, log [[case_reference:CW-240622-0871]].
21:30 Police grade {{medium risk}}. Phone location puts her near [[address:Unit 4, Canal Side Trading Estate]].
23:05 {{On-call manager}} [[name:Ravi]] not reachable – rota still had his old mobile [[phone:07700 900417]].
00:20 [[name:Ravi]] rings back via {{EDT}}; agrees to push for {{high risk}}.
02:15 Found by {{PC}} [[name:Hussain]] in a car with two adult males; car ([[vehicle_registration:KX17 UMB]]) stopped and searched.
03:00 Home. {{CSE}} concerns, {{strategy meeting}} requested.
Issue: about 75 minutes lost to an out-of-date number on the on-call rota. {{Business Support}} have corrected it.
""")),
    ("social_care", "near_miss", block("""
From: [[name:Rhiannon Pryce]] <[[email:rhiannon.pryce@calderbrook.gov.uk]]>
To: {{MET Duty}}
Sent: [[date:12 February 2024]] 16:52
Subject: near miss - referral nearly sent to personal email

Hi all,

Flagging a near miss. When I went to send the {{NRM}} draft for [[name:Tyrese]] ([[age:aged 13]]) to his {{youth worker}} for checking, the address bar autofilled [[email:bigmarkyb88@gmail.com]] instead of [[email:mark.bello@calderbrook.gov.uk]]. The draft had [[name:Tyrese]]'s full account, his {{DOB}} and his school. I only caught it because of the yellow external-recipient banner.

I've spoken to [[name:Mark]], who has deleted old contacts from his phone, and asked {{IT}} whether we can turn on a delay-send rule for {{OFFICIAL-SENSITIVE}} mail.

Thanks,
[[name:Rhiannon]]

[[name:Rhiannon Pryce]] | {{Exploitation Practitioner}}
[[organisation:Calderbrook Missing & Exploitation Team]] | [[phone:01632 960218]]
""")),
    ("social_care", "success", block("""
{{MACE}} panel – minutes – [[date:09/05/24]]
Present: [[name:Hamid Karimi]] (chair), {{DS}} [[name:Joy Achterberg]], [[name:Bill Otieno]] ({{YOT}}), [[name:Ngozi]] ({{CAMHS}}), [[name:Pat Doherty]] ([[organisation:Brookfield High]])
Apologies: [[name:Siân Llewelyn]] ({{Education Welfare}}), [[name:Kofi]] ({{Housing}})

Item 3 – [[name:RJ]] ([[age:16]]) – positive practice
No missing episodes for 8 weeks since the {{disruption plan}} began. {{CAWN}} served on [[name:Dean Fletcher]] ([[age:24]]) on [[date:2 April]]; police seized two phones. [[name:RJ]] now attending {{alternative provision}} 4 days a week and keeping {{CAMHS}} appointments.
Panel noted the joint visits by [[name:Bill]] and [[name:Pat]] as the turning point – consistent faces, same message.
Action: [[name:Joy]] to write to the {{Inspector}} with thanks to the {{neighbourhood team}}. Review in 12 weeks; step down to {{Early Help}} if stable.
""")),
    ("social_care", "incident", block("""
HANDOVER – {{EDT}} to day team – [[date:Mon 8th]]
• [[name:Destiny-Rae Campbell]] ([[age:14]]) – back at [[organisation:Holly Lodge]] 01:30 via police. Found at [[address:Flat 9, Heron Court, Moss Lane]]. New phone + nails done – gifts? {{CSE}} indicators. {{RHI}} needed by {{Wednesday}}.
• INCIDENT – her file was left open on our laptop at the {{front counter}} of the {{police station}} while I fetched the car. Desk officer closed it; unclear if anyone read it. Logged with {{IG}}, ref [[case_reference:IG-5530]].
• [[name:Ahmed]] ([[age:15]]) – still missing, log [[case_reference:CW-240708-0112]], {{high risk}}. Last seen getting into a silver {{Golf}} [[vehicle_registration:MA68 XZP]].
• {{Strategy meeting}} 10:00 – [[name:Dee]] chairing.
[[name:Carys]] ({{EDT}})
""")),
    ("social_care", "near_miss", block("""
WhatsApp export – MET on call – [[date:17/10/2023]]
21:03 - [[name:Yusuf Demir]]: u around? just seen [[name:Lexi]] on a live stream in a flat w older lads, she looks out of it
21:05 - [[name:Marguerite]]: she's meant to be at [[organisation:Oakhurst]] tonight, ringing them now
21:09 - [[name:Marguerite]]: staff said she's in bed!! they went back and checked - she's not. pillows under the duvet 🙈
21:10 - [[name:Yusuf Demir]]: ringing {{101}} now
21:31 - [[name:Yusuf Demir]]: log [[case_reference:CW-231017-1450]], {{response}} going to the flat. stream showed the block sign, [[address:Rowan Heights, Albion Street]]
22:40 - [[name:Marguerite]]: found safe, home by 11. near miss - night staff did a {{visual check}} from the door without going in. raising with {{RM}} [[name:Osagie]] tmrw
22:41 - [[name:Yusuf Demir]]: 👍 {{NRM}}?
22:42 - [[name:Marguerite]]: not yet, {{RHI}} first
""")),
    ("social_care", "success", block("""
Learning summary – positive practice
Young person: [[name:Mihai Popescu]], [[age:17]], {{unaccompanied asylum-seeking child}}
Ref: [[case_reference:CB-UASC-0093]]   NI: [[ni_number:PR 63 07 15 A]]

[[name:Mihai]] went missing from his {{supported accommodation}} three times in six weeks and was suspected of working unpaid at a hand car wash. The {{Exploitation Practitioner}}, [[name:Amber Kowalczyk]], arranged the {{return home interview}} at a café he chose, with a {{Romanian}} interpreter on the phone rather than his {{key worker}} translating. He disclosed a debt to the man who had paid for his journey. [[name:Amber]] completed the {{NRM}} that day and a positive {{Reasonable Grounds}} decision came back on [[date:21 November]]. With the {{Home Office}} and the police {{Modern Slavery}} lead, the car wash was visited and two other young men were safeguarded.
[[name:Mihai]] is now at [[organisation:Calderbrook College]] on an {{ESOL}} course with no further missing episodes.
What worked: the young person choosing the venue, an independent interpreter, and acting on the disclosure the same day.
""")),
    ("social_care", "incident", block("""
INCIDENT REPORT FORM – {{Missing & Exploitation}}
Ref: [[case_reference:INC/MET/0419]]
Name of child: [[name:Leon Ashworth-Byrne]]
DOB: [[date_of_birth:02/09/2009]]
Address: [[address:41 Tannery Row, Oldcastle]], [[postcode:OC2 6LW]]
School: [[organisation:Oldcastle Park Academy]]
Date of incident: [[date:27/04/2024]]
Reported by: [[name:Anoushka Iyer]], {{Exploitation Practitioner}}
Description: {{RHI}} held at home. {{Mum}}'s partner, [[name:Gaz]], stayed in the room and answered for [[name:Leon]]. I did not ask him to leave. Two days later [[name:Leon]] told his {{Learning Mentor}} he had been holding drugs for [[name:Gaz]]'s cousin and that he "couldn't say nothing" with him there.
Impact: disclosure delayed; possible {{intra-familial}} exploitation missed at first contact.
Immediate action: {{strategy discussion}}, referral to {{MASH}}, {{NRM}} submitted.
""")),
    ("social_care", "near_miss", prose("""
nr miss - nearly gave [[name:tia]]'s new placement addy to her {{aunt}} over the phone. aunt rang
{{duty}} sayin she was {{next of kin}} n wanted 2 drop clothes round. i was abt to read it off the
system then saw the {{alert}} at the bottom - aunts bf is the adult we think is grooming
[[name:tia]] ({{CSE}}). said id pass a msg on instead. told {{SW}} [[name:bev]] + {{DSL}} at
[[organisation:St Anselm's]]. pls can alerts show at the TOP of the page not buried under
{{chronology}}?? [[name:ck]]
""")),
    ("social_care", "success", block("""
RHI timeliness audit – {{Q2}} – good practice
| Practitioner | RHIs due | Done <72h | Note |
|---|---|---|---|
| [[name:Faith Oduya]] | 14 | 14 | evening visits to fit round {{school}} |
| [[name:Zoltán Horváth]] | 11 | 11 | used {{Hungarian}} with 2 families |
| [[name:Mei-Ling Chau]] | 9 | 8 | 1 declined, 3 attempts logged |
| [[name:Oisín Mac Giolla]] | 12 | 12 | joint visits with {{YOT}} |
| [[name:Hope]] ({{agency}}) | 6 | 6 | first quarter with us |
Overall 51/52 (98%) within 72 hours, up from 71% last quarter. Thanks to [[name:Faith]] and [[name:Hope]] for building the evening rota, and to {{Business Support}} for the daily {{missing}} lists. Shared with the {{Head of Service}} and the {{Safeguarding Partnership}}.
""")),
    ("social_care", "incident", prose("""
On [[date:5 August]] I collected [[name:Kieran Walsh]] ([[age:15]]) from a {{police station}} out of
area after a {{missing}} episode. Policy is two staff for {{high risk}} returns, but my colleague was
pulled to another job and I went alone in pool car [[vehicle_registration:LR70 FHD]]. At the
{{motorway services}} [[name:Kieran]] asked to use the toilet and I waited outside. He left by the
other exit and got into a waiting car. I rang {{999}} at 16:42. He was found the next morning at
[[address:12 Quarry Bank, Hulme Street]] with an adult known to police (police ref
[[case_reference:WCP-24-556102]]). {{Duty manager}} [[name:Rosa Ferreira]] has reviewed: the
{{risk assessment}} said two staff and a direct route, and my decision to go alone was not
escalated. [[name:Kieran]] is safe and I have apologised to his {{carers}}.
""")),
    ("social_care", "near_miss", block("""
#met-duty
@[[name:priya.r]] 10:02 about to merge the two {{missing}} records for [[name:Jayden Smith]], looks like a duplicate
@[[name:olu]] 10:05 hold on - check DOB. one [[name:Jayden Smith]] is [[date_of_birth:11/03/2011]], lives with mum, [[organisation:Greystone Academy]]
@[[name:olu]] 10:06 the other [[name:Jayden Smith]] is [[date_of_birth:30/07/2008]], {{looked after}}, at [[organisation:Northgate Children's Home]]. different kids
@[[name:priya.r]] 10:07 omg. police referral had the wrong DOB so the system matched them 🙈
@[[name:olu]] 10:09 if you'd merged, the {{CSE}} intel on the older one would sit on the [[age:13yo]]'s record and go to his {{PEP}}
@[[name:priya.r]] 10:12 not merging. asked {{MASH}} to correct it + added {{alert}} "two CYP same name" to both. refs [[case_reference:MASH-77120]] / [[case_reference:MASH-77134]]
@[[name:Tunde]] 10:15 good catch both. add it to {{team brief}} {{Friday}} pls
""")),
    ("social_care", "success", block("""
Note left at reception, typed up for the {{learning log}} – [[date:Fri 19 July]]

"to [[name:sunny]] n [[name:Precious-Grace]], thank u for not giving up on me when i kept doing one. u always came even wen i was rude. i didnt think anyone wud believe me about what them lot made me do but u did n now im going to [[organisation:Westbrook College]] in {{september}} to do motor vehicle. tell [[name:kev]] from the {{youth club}} i said thanks 4 the boxing. from [[name:Dom]] ([[age:16]] now lol)"

{{Team Manager}} comment: [[name:Dom]] had 23 missing episodes last year and none since {{March}}. His {{NRM}} {{Conclusive Grounds}} decision came through this month. Same two workers throughout – consistency was the key factor.
""")),
    ("social_care", "incident", block("""
From: [[name:Thabo Nkosi]]
To: [[name:Lindiwe Dube]]; {{Health & Safety}}
Date: [[date:Wed 3 April 2024]]
Subject: Lone working incident – [[address:7 Coldharbour Walk]]

[[name:Lindiwe]],
As discussed, summary of today:
14:10 arrived alone for {{RHI}} with [[name:Callum]] ([[age:16]]) – booked as a joint visit but the {{PCSO}} was stood down.
14:15 door answered by two adult males; [[name:Callum]] not there. Property is on the police {{cuckooing}} list.
14:18 one male blocked the hallway and asked who had "grassed". I left and sat in the car, doors locked.
14:25 rang {{999}}; officers attended 14:50. Log [[case_reference:WCP-240403-0398]].
I wasn't hurt but I was shaken. The address was flagged on the {{police system}} but not ours, so my {{lone working}} check didn't pick it up.
[[name:Thabo]]
""")),
    ("social_care", "near_miss", block("""
Voice note (auto-transcribed) – [[name:Aoife]] to {{duty}}, 19:48
"hiya its [[name:Aoife]]. so a near miss really, i was about to drop [[name:Marcus Oyelaran]] home from the {{youth hub}} and realised the address on the {{transport request}} was his old one, [[address:15 Fieldfare Way]], which is where the {{county lines}} lot picked him up before. the new address is on the {{Child in Need}} plan but the request form pulls from the old referral. rang his {{mum}} to check and she was like dont bring him here, they still watch the house. so yeah took him to the new place. can someone fix the form. also his sister [[name:Rose]] is [[age:12]] now and was at the hub with older lads, worth a look from {{Early Help}}. ta"
""")),
]

HEALTH = [
    ("health", "incident", prose("""
driver note - [[date:sat 11th]] nights. car [[vehicle_registration:YJ21 KFA]] satnav took us to
[[address:Mill Lane, Hepworth]] not [[address:Mill Lane, Hepton]] - 2 villages same st name. lost
35 min. pt [[age:82yo]] w {{chest pain}} - {{Dr}} [[name:Nwosu]] rang back en route n told family
ring {{999}}. {{ambulance}} got there 1st, pt ok per {{ED}}. prob: address not checked w
{{postcode}} at triage, field was blank. can we make it mandatory?? [[name:gaz]] ({{driver}})
""")),
    ("health", "near_miss", block("""
NEAR MISS – telephone triage
Ref: [[case_reference:FUC-NM-2024-0137]]
Service: [[organisation:Fernleigh Urgent Care]] {{OOH}}
Date/time: [[date:24/12/2023]] 19:20
Clinician: [[name:Priyanka Raghunathan]], {{ANP}}
Patient: [[name:Margaret Ellis]], DOB [[date_of_birth:04/05/1941]], NHS [[nhs_number:401 023 2137]]
Summary: Call from daughter re. {{UTI}} symptoms. Two patients called [[name:Margaret Ellis]] at the same practice ([[organisation:Brookvale Medical Practice]]). I opened the wrong record (DOB [[date_of_birth:14/05/1941]]) and started a {{nitrofurantoin}} prescription. The {{eGFR}} of 24 on that record made me stop; the daughter then confirmed the DOB didn't match. Correct patient's {{renal function}} normal; prescribed appropriately.
Learning: three-point ID (name, DOB, first line of address) before opening the {{Summary Care Record}}.
""")),
    ("health", "success", block("""
Teams – #learning-from-excellence
[[name:Osei, Hannah]] 07:58
Want to recognise [[name:Will]] ({{driver}}) from last night. Home visit to [[address:3 Cherry Tree Walk]] – we arrived to find the patient collapsed in the hallway. {{Cardiac arrest}}. [[name:Will]] started {{CPR}} while I got the {{defib}} from the car. 2 shocks, {{ROSC}} before the crew arrived. He's on {{ICU}} at [[organisation:Ashmere Royal Infirmary]] and doing ok this morning.
[[name:Tariq Mahmood]] 08:03
Amazing. [[name:Will]] did his {{BLS}} refresher 2 weeks ago 👏
[[name:Osei, Hannah]] 08:05
He was calm, counted out loud, swapped with me every 2 mins. Textbook. Nominating him for the {{Learning from Excellence}} award.
""")),
    ("health", "incident", block("""
Chronology – delayed home visit – [[case_reference:FUC-INC-8842]]
[[date:Sun 17 March]]
16:05 Call via {{111}} – [[name:Elif Yıldız]], [[age:29]], 10 days {{post-partum}}, fever, rigors. Disposition: {{GP OOH}} home visit within 2 hrs.
16:40 Clinical navigator re-triaged as 6-hour visit.
18:10 Only 2 cars on for the whole county; {{Dr}} [[name:Lindgren]] still on previous visits.
20:55 Husband rang back: "she's confused". Upgraded; advised {{999}}.
21:30 Conveyed to [[organisation:St Wilfrid's Hospital]]. {{NEWS2}} 9, {{sepsis}} from {{endometritis}}; {{IV antibiotics}}, {{HDU}}.
Issues: downgraded without a clinical call-back; post-partum red flags not in the navigator script; no escalation when the visit queue passed 4 hours.
Duty of candour completed by {{Medical Director}} [[name:Sanjay Bhatt]].
""")),
    ("health", "near_miss", block("""
From: [[name:Bogdan Ionescu]] <[[email:b.ionescu@fernleighuc.nhs.net]]>
To: {{CD Accountable Officer}}
Cc: [[name:Joanne]] ({{Base Lead}})
Sent: [[date:2 January 2024]] 08:11
Subject: CD check discrepancy – car [[vehicle_registration:WU19 BXN]]

Morning,

At the start-of-shift check the {{morphine sulfate 10mg/1ml}} count in the car's {{CD}} safe was 4, but the register said 5. Before escalating I found the fifth ampoule loose in the side pocket of the {{drugs bag}}, intact. The previous clinician, {{Dr}} [[name:Kalu]], confirmed he had drawn it for a {{palliative}} patient, not needed it, and put it in the bag instead of the safe at 04:00 without signing it back. No harm, but it sat unsecured in a car at the {{treatment centre}} for 4 hours.

Suggest a sign-back prompt on the {{CD register}} and a second signature at handover.

Regards
[[name:Bogdan]]
[[name:Bogdan Ionescu]], {{Paramedic Practitioner}}, [[organisation:Kingsholme Treatment Centre]]
[[phone:0113 496 0581]]
""")),
    ("health", "success", block("""
Clinical Governance Group – minutes – [[date:14.02.24]]
Attendees: [[name:Sanjay Bhatt]] ({{Medical Director}}, chair), [[name:Mariam Haddad]] ({{Head of Nursing}}), [[name:Grace Ofori]] ({{Pharmacist}}), [[name:J.K.]] (minutes), [[name:Tom]] ({{Driver Supervisor}})
Apologies: {{Dr}} [[name:Ruiz]], [[name:Hope Nakamura]]

4. Good practice
4.1 Urgent home visits within 2 hours: 92% in {{January}} (target 95%, up from 78%). Credited to the dynamic car allocation [[name:Tom]] piloted with the drivers at the [[organisation:Ashby Road]] and [[organisation:Kingsholme]] bases.
4.2 [[name:Grace]] presented the {{antimicrobial}} audit: {{co-amoxiclav}} prescribing down 30% since the {{NICE}} guidance session.
Action: [[name:J.K.]] to circulate both to all {{sessional GPs}} before the next {{CQC}} visit.
""")),
    ("health", "incident", block("""
HANDOVER [[date:Tue 5/3]] 08:00 – [[organisation:Ashby Road Treatment Centre]]
- {{Receptionist}} off sick, {{HCA}} [[name:Blessing]] covered the front desk + obs all night.
- INCIDENT 02:40: Mr [[name:Abernethy]] ([[age:73]]) fell in the waiting room getting up from the low chairs. Seen by {{Dr}} [[name:Zhang]]: forehead laceration, on {{apixaban}}, so sent to {{A&E}} by taxi with his son. Chairs have no arms – raised before. Ref [[case_reference:FUC-INC-8910]].
- {{Vaccine fridge}} 9.1°C at 06:00 – stock quarantined, [[name:Blessing]] has emailed {{pharmacy}}.
- Car 2 ([[vehicle_registration:YE70 PLD]]) tyre warning light – {{driver}} [[name:Mick]] thinks it's the sensor, please check before it goes out.
- [[name:Abernethy]] family want a call back re. the fall: [[phone:01632 960774]].
Handed over by [[name:Ruth]] ({{ANP}})
""")),
    ("health", "near_miss", block("""
[[name:Hyun-woo Park]] 23:14
quick sense check – ringing back a [[age:6-year-old]] with {{tonsillitis}}, {{FeverPAIN}} 4, about to do {{phenoxymethylpenicillin}}
[[name:Hyun-woo Park]] 23:16
scratch that, {{Summary Care Record}} says {{penicillin allergy}} – {{anaphylaxis}} at [[age:age 2]]. mum didn't mention it when I asked 🙃
[[name:Faith Adebayo]] 23:17
yikes. {{clarithromycin}} then, weight-based. did she not know?
[[name:Hyun-woo Park]] 23:19
she's the stepmum, dad usually does meds. I asked "any allergies" and she said "not that I know". Script should say "ask who normally gives the medicines"
[[name:Faith Adebayo]] 23:20
put it on the near-miss log, good one for the {{CAS}} huddle
""")),
    ("health", "success", block("""
Dear [[organisation:Fernleigh Urgent Care]],

I want to thank the {{doctor}} and {{driver}} who came to my mother, [[name:Dorothy Hughes]], at [[address:Flat 2, 18 Beacon Terrace, Ashmere]] on the night of [[date:30 December]]. Mum was dying and we had been told to ring {{111}} if things changed. The doctor, I think her name was [[name:Anjali]], sat with us for an hour, sorted the {{syringe driver}} with the {{district nurses}} and explained the {{Cheyne-Stokes}} breathing so we weren't frightened. The driver, an older man called [[name:Frank]], made us all tea. {{Mum}} died peacefully at 4am. I will never forget how kind they were.

Yours faithfully,
[[name:Gwen Hughes-Parry]]
[[email:gwenhp1962@gmail.com]]
""")),
    ("health", "incident", block("""
OOH INCIDENT FORM
Incident ref: [[case_reference:FUC-INC-9023]]
Date: [[date:19/01/2024]]   Location: home visit
Patient name: [[name:Kwabena Asante]]
DOB: [[date_of_birth:22/11/1956]]
NHS number: [[nhs_number:612 845 3074]]
Address: [[address:9 Saxon Drive, Kingsholme]], [[postcode:KH3 9PB]]
Registered GP: [[organisation:Millbrook Surgery]]
Staff involved: {{Dr}} [[name:Rao]] ({{sessional GP}}), [[name:Dean]] ({{driver}})
What happened: {{COPD}} exacerbation. {{Clarithromycin}} issued from car stock; patient takes {{simvastatin}} 40mg ({{interaction}}, {{rhabdomyolysis}} risk). Interaction not checked – the car tablet's {{BNF}} app needs data and there was no signal. Own GP spotted it next day, switched antibiotic and paused the statin. No harm.
Contributing: no offline formulary; car stock list has no interaction prompts.
""")),
    ("health", "near_miss", prose("""
nr miss tonight - call from care home [[organisation:Brambles]] re resident [[age:91]] w fall, on
{{DOAC}}. i triaged as no head injury, home visit 6h. then realised id written it up on
[[name:edna]]'s record not [[name:edith]]'s - sisters in next door rooms, same surname. noticed
when [[name:edith]]'s {{NEWS}} didnt match what the carer said. {{head injury}} advice given, moved
notes across + rang senior {{GP}} [[name:jo]]. no harm but if the {{paramedic}} had gone to
[[name:edna]]... pls make the care home pick list show DOB. - [[name:rb]] ({{ANP}})
""")),
    ("health", "success", block("""
Learning from excellence – {{December}} nominations
| Name | Role | Nominated by | Why |
|---|---|---|---|
| [[name:Amara Eze]] | {{call handler}} | {{Dr}} [[name:Fenwick]] | spotted {{FAST}} signs on a "toothache" call, straight to {{999}} |
| [[name:Luka]] | {{driver}} | [[name:S. Qureshi]] | got a visit through flood water safely with the {{fire service}} |
| [[name:Mark Oyelowo]] | {{GP}} | [[name:Tasha]] ({{HCA}}) | stayed 3 hrs over to clear the visit queue |
| {{Sister}} [[name:Nolan]] | {{ANP}} | [[name:Amara Eze]] | talked a caller through {{naloxone}} for her son |
All four receive a card from the {{Medical Director}}; [[name:Amara Eze]] also shortlisted for the regional award.
""")),
    ("health", "incident", block("""
Triage call transcript (extract) – [[case_reference:FUC-CALL-449120]] – reviewed after complaint
C = {{Dr}} [[name:Ojo]], {{on-call GP}}   P = [[name:Harpreet Kaur]], mother
C: Hello, is that [[name:Harpreet]]? I'm calling about [[name:Arjun]].
P: Yes, he's [[age:9 months]], he's been floppy since lunchtime and he won't feed.
C: Any rash?
P: I don't think so, he's got a bit of a blotch on his leg.
C: OK, sounds like a {{viral illness}}. {{Calpol}}, fluids, and ring back if he's worse.
[call ends 3m 12s]
Review: no {{glass test}}, no {{capillary refill}} or feed volumes asked, {{safety-netting}} vague. [[name:Arjun]] was taken to {{A&E}} by his father 2 hours later with {{meningococcal sepsis}}; recovering at [[organisation:Ashmere Children's Hospital]]. {{NICE}} {{traffic light}} {{amber}} features missed.
""")),
    ("health", "near_miss", prose("""
On the night of [[date:8 December]] I drove the north car ([[vehicle_registration:FY22 TGO]]) for a
12-hour shift after working my day job. At about 05:10, coming back along the {{bypass}} from a
visit, I drifted onto the {{verge}} and the {{rumble strip}} woke me. The {{GP}} in the back,
[[name:Ewa Zielińska]], was asleep. I pulled into a {{lay-by}}, told her, and we rang the
{{shift supervisor}}, [[name:Colin]], who sent a taxi for her and a {{relief driver}} for the car. No
collision and no patient in the car. I have since found out that drivers are never asked about
second jobs or rest before a night. I would like the rota to include an 11-hour rest check like
the {{Working Time Regulations}}. Reported by [[name:Sunil Varma]], {{driver}},
[[organisation:Kingsholme]] base.
""")),
    ("health", "success", block("""
OOH docs 🩺 – WhatsApp – [[date:03/06/2024]]
22:47 - [[name:Nadia Rahimi]]: anyone got {{midazolam}} in their car? {{end-of-life}} pt at [[address:The Old Forge, Church Lane, Hepton]], {{JIC}} meds never delivered and {{community pharmacy}} closed
22:52 - [[name:Ben]]: north car has 2 amps, I'm 20 min away, on it
22:53 - [[name:Nadia Rahimi]]: legend. I'll ring the {{DN}} team re {{syringe driver}}
23:30 - [[name:Ben]]: done, pt settled, family grateful. {{CD register}} signed
23:31 - [[name:Kemi O]]: this is why the shared car stock list works 👏 logging it for {{governance}}
""")),
    ("health", "incident", block("""
From: [[name:Anjali Menon]]
To: Governance; [[name:Sanjay Bhatt]]
Date: [[date:28/08/2024]]
Subject: Incident [[case_reference:FUC-INC-9156]] – {{DNACPR}} not available at home visit

Dear [[name:Sanjay]],
I attended Mr [[name:Gallagher]] ([[age:88]], NHS [[nhs_number:728 160 4955]]), {{metastatic prostate cancer}}, at [[address:21 Wellfield Crescent]]. He was in {{cardiac arrest}} when we arrived; the family said there was a DNACPR but could not find the form. A {{ReSPECT}} form was on the GP record at [[organisation:Hollins Lane Surgery]] but not in a {{Special Patient Note}}, so I could not see it. My driver, [[name:Kasia]], started {{CPR}} per policy until I could confirm with the family and the {{EPaCCS}}. This was distressing and his daughter [[name:Bernadette]] has complained.
Kind regards,
[[name:Anjali]]
{{Dr}} [[name:Anjali Menon]], {{Locum GP}}
""")),
    ("health", "near_miss", block("""
Handover [[date:Sun 14/1]] – {{CAS}} → day team
1. NEAR MISS: [[name:Sophie-Louise Barnes]] ([[age:aged 3]]) – overnight advice to {{mum}} was 10 ml of {{ibuprofen}} 100mg/5ml. Should have been 5 ml. Caught by {{pharmacist}} [[name:Parisa]] on the call-back audit; she rang {{mum}} at 06:15 before the next dose. No harm.
2. Visit queue: 3 outstanding, all {{routine}}.
3. [[name:Barnes]] family number [[phone:07700 900562]] if re-contact needed.
4. {{Dr}} [[name:Achebe]] leaving at 08:00 sharp.
– [[name:Ife]]
""")),
]

AVIATION = [
    ("aviation", "incident", prose("""
On [[date:16 May 2024]] we were flying a {{BVLOS}} survey of the upper reservoir dam for
[[organisation:Northvale Water]] under our {{operational authorisation}}
([[case_reference:UAS 10472]]). Aircraft {{M350 RTK}}, remote pilot [[name:Oluwaseun Adeyemi]],
observer [[name:Kirsty]] on the far bank. At 11:42 the {{C2 link}} dropped for 38 seconds at 2.1
km. The aircraft followed its {{lost-link}} procedure ({{RTH}} at 120 m) as planned, but climbed
8 m above our {{operational volume}} ceiling because the RTH height is set {{AGL}} from take-off and
the take-off point was below the dam crest. No other traffic. Reported to the {{CAA}} as an
{{MOR}}, internal ref [[case_reference:KG-OR-0217]]. Cause: the relay antenna on the observer mast
had not been deployed. Actions: RTH height now calculated from the highest point in the volume;
antenna added to the {{checklist}}.
""")),
    ("aviation", "near_miss", block("""
Airband monitor transcript – [[date:Tue 9 July]] – survey near the [[organisation:Eastmoor Airport]] {{ATZ}}
14:06:12 [[aircraft_registration:G-BXKT]]: [[organisation:Eastmoor Radar]], [[aircraft_registration:Golf Xray Kilo Tango]], {{PA-28}}, 2 miles north of the power station, 1200 feet, request {{Basic Service}}
14:06:20 [[organisation:Eastmoor Radar]]: [[aircraft_registration:Golf Kilo Tango]], Basic Service, {{QNH}} 1014. Drone activity 1 mile east of you, surface to 400 feet, {{NOTAM}} [[case_reference:H2871/24]]
14:06:31 [[aircraft_registration:Golf Kilo Tango]]: Basic Service, 1014, looking for the drone
Crew note: 14:07 {{observer}} [[name:Dafydd]] visual on the PA-28 heading for us, well below 1200 ft. {{Remote pilot}} [[name:Mehmet Yılmaz]] descended from 110 m to 30 m and held. It passed about 300 m north at roughly 500 ft.
Learning: reported altitude was wrong; observer call-out worked. Ref [[case_reference:KG-OR-0211]].
""")),
    ("aviation", "success", block("""
#ops-kudos
[[name:fionnuala.b]] 16:20
shout out to [[name:Precious]] ({{observer}} on today's {{BVLOS}} powerline job). she spotted a {{paraglider}} ridge soaring towards the line about 14:30 – nothing {{NOTAM}}'d and {{FLARM}}/{{ADS-B}} showed nothing. called "traffic, hold" on the radio, [[name:Jakub]] stopped and descended to 20 m, paraglider passed ~400 m away
[[name:Jakub W]] 16:24
proper sharp eyes. the {{detect and avoid}} box would never see a paraglider
[[name:fionnuala.b]] 16:26
logged as good catch [[case_reference:KG-GC-0057]]. [[name:Precious]] gets the brew mug this month ☕
""")),
    ("aviation", "incident", block("""
Occurrence chronology – [[case_reference:KG-OR-0224]]
Date: [[date:03/08/2024]]   Client: [[organisation:Severnside Power Networks]]
Site: substation, [[address:Marsh Road, Elmbridge Levels]], [[postcode:EL7 4RN]]
10:02 Take-off, {{VLOS}} mapping, {{RP}} [[name:Hiroshi Tanaka]], observer [[name:Bill]].
10:19 {{Compass error}} warning; aircraft dropped into {{ATTI mode}}.
10:20 Drifting east in 22 kt wind; RP unable to hold position.
10:21 Crossed the {{geofence}}; {{flight termination}} not triggered (set to warn only).
10:23 Hard landing in the next field, 180 m outside the {{flight geography}}. No injuries; two arms damaged.
10:40 Landowner Mr [[name:Pritchard]] informed and apologised to.
11:30 Ops manager [[name:Rose Amankwah]] grounded the aircraft; {{MOR}} submitted.
Cause: compass not recalibrated after transport next to the {{generator}} in the van. [[name:Rose]] has changed termination to automatic.
""")),
    ("aviation", "near_miss", block("""
From: [[name:Santiago Ruiz]] <[[email:s.ruiz@kestrelgeo.co.uk]]>
To: [[name:Eilidh]]
Date: [[date:Fri 6 September 2024]] 18:02
Subject: NOTAM dates wrong for Monday's BVLOS job

Hi [[name:Eilidh]],

Doing my pack for {{Monday}} I checked the {{NOTAM}} for the [[organisation:Pennine Rail Infrastructure]] viaduct survey. It's published as [[case_reference:H3390/24]] but for [[date:9–10 October]], not [[date:9–10 September]] – the request had the month wrong. Our {{OA}} needs an active NOTAM for {{BVLOS}}, so we'd have flown outside our authorisation without anyone knowing. I've rung {{AIS}} and a corrected one is being issued; I'll check it's live before we launch.

Suggest the {{ops manager}} checks every NOTAM once published, not just the request.

Cheers,
[[name:Santi]]
[[name:Santiago Ruiz]] | {{Chief Remote Pilot}}
[[organisation:Kestrel Geomatics Ltd]] | [[phone:07700 900381]]
""")),
    ("aviation", "success", block("""
Safety Review Board – [[date:20/11/24]]
Attendees: [[name:Rose Amankwah]] ({{Accountable Manager}}), [[name:Santiago Ruiz]] ({{Chief Remote Pilot}}), [[name:Lars Eriksen]] ({{Safety Manager}}), [[name:Kirsty]] (ops)
Apologies: [[name:Mehmet Yılmaz]], [[name:Nkechi]]

1. Good catches: 9 reported in {{Q3}} against 2 in {{Q2}}, since the anonymous form went live.
2. The [[organisation:Northvale Water]] {{BVLOS}} campaign finished: 62 sorties, no occurrences. [[name:Lars]] credited the revised {{ERP}} drills and pairing every {{RP}} with a dedicated {{VO}}.
3. {{CAA}} audit of {{OA}} [[case_reference:UAS 10472]] closed with no findings.
Actions: [[name:Lars]] to present the good-catch figures at the {{all-hands}}; [[name:Kirsty]] to write up the {{ERP}} drill as a template.
""")),
    ("aviation", "incident", prose("""
batt fire at van - [[date:tues 23rd]]. after 3rd sortie put a {{TB65}} pack on charge in the van off
the {{inverter}}. ~15 min later smoke from the case. [[name:kai]] pulled it out w gloves + put it
in the {{LiPo bag}} then the {{sand bucket}}. no injuries but van [[vehicle_registration:SN71 WKH]]
stinks + scorch mark on the ply floor. pack was 2 yrs old, 280 cycles, not flagged. charging in
the vehicle is against {{ops manual}} 7.4 but we were behind for [[organisation:Hartwell Estates]].
told [[name:lars]] ({{SM}}). - [[name:dmitri]]
""")),
    ("aviation", "near_miss", block("""
[[organisation:Kestrel]] crew 🛰️ – [[date:14/05/2024]]
07:52 - [[name:Hao]]: on site. theres a {{public footpath}} right across our take off area that isnt in the survey pack 😬
07:53 - [[name:Hao]]: + 40ish cows in the field
07:55 - [[name:Gurpreet]] (ops): do NOT launch there. {{site survey}} was done in {{march}} before the path was reopened
08:01 - [[name:Hao]]: moved to the corner by the gate, 60 m from the path. farmer [[name:Jim]] says cows are fine. will put a {{cordon}} up + [[name:Parveen]] on the path as 2nd {{observer}}
08:10 - [[name:Gurpreet]] (ops): ok, update the {{risk assessment}} + send me a photo. good call
08:14 - [[name:Hao]]: done, launching 08:20
12:30 - [[name:Parveen]]: dog walker came through 10:40, we held on the ground 4 min. would've been overhead if we'd used the original spot
""")),
    ("aviation", "success", block("""
From: [[name:Ama Boateng]] <[[email:ama.boateng@penninerail.co.uk]]>
To: [[name:Rose Amankwah]]
Date: [[date:1 October 2024]]
Subject: Thank you – viaduct inspection

Dear [[name:Rose]],

Thanks from our {{structures team}} for last week. Your crew flew the {{BVLOS}} inspection over a live line inside a four-hour {{possession}} window and the {{3D model}} has already found two areas of {{spalling}} we'd missed from the ground.

Special thanks to [[name:Hamish]] and [[name:Yaw]], who re-planned on the night when the possession started 50 minutes late, and to your {{observer}} [[name:Faith]], who spotted a {{track worker}} outside the safe zone and held the flight until the {{COSS}} had cleared him.

Best wishes,
[[name:Ama]]
[[name:Ama Boateng]] | {{Structures Engineer}} | [[organisation:Pennine Rail Infrastructure]]
""")),
    ("aviation", "incident", block("""
OCCURRENCE REPORT – [[organisation:Kestrel Geomatics Ltd]]
Ref: [[case_reference:KG-OR-0231]]
Date/time: [[date:12/10/2024]] 15:37 local
Operator ID: [[case_reference:GBR-OP-7KX29QMD4T1E]]
Remote pilot: [[name:Chidi Okonkwo]]   Flyer ID: [[case_reference:GBR-RP-3HW8LPZQ]]
Aircraft type: {{Matrice 350 RTK}}
Location: [[address:Hollybank Quarry, Stanedge Road]], [[postcode:HX7 3DU]]
Injured person: [[name:Joy Mwangi]] ([[age:19]], {{apprentice}}), NI [[ni_number:JT 48 21 93 C]]
Description: on landing a gust moved the aircraft 2 m towards the crew. [[name:Joy]] reached up to grab a {{landing leg}}, contrary to the briefing. Propeller cut to right hand; {{first aid}} on site, {{steri-strips}} at [[organisation:Calder Valley Minor Injuries Unit]], discharged same day.
Root cause: "never hand-catch" is in the briefing, but she arrived after the briefing and was not re-briefed.
Reported: {{MOR}} (injury to person), {{RIDDOR}} not required.
""")),
    ("aviation", "near_miss", block("""
Pre-flight check findings – w/c [[date:4 Nov]]
| Date | Crew | Finding | Outcome |
|---|---|---|---|
| [[date:04/11]] | [[name:Nkechi]] | hairline crack on prop 3 | prop set replaced |
| [[date:05/11]] | [[name:Tomás Ó Briain]] | {{RTH}} height 40 m; pylons on route 52 m | reset to 80 m – NEAR MISS |
| [[date:06/11]] | [[name:Hope Sinclair]] | {{NOTAM}} [[case_reference:H4102/24]] not yet active | launch delayed 25 min |
| [[date:07/11]] | [[name:Nkechi]] | {{RTK}} base on wrong coordinates | re-surveyed |
Row 2 is the one to share: had the link dropped, the aircraft would have flown home through the {{132 kV}} line at 40 m. The RTH height was left over from the last job on flat ground. Action: RTH height becomes a {{challenge-response}} item read aloud by the {{observer}}.
""")),
    ("aviation", "success", block("""
Crew handover – day 2 of 3 – [[organisation:Severnside Power Networks]] {{line patrol}}
From [[name:Yaw]] to [[name:Ingrid]]
- {{OA}} conditions reviewed; {{NOTAM}} [[case_reference:H4187/24]] active 0800–1700.
- Yesterday 14 km flown {{BVLOS}}, no occurrences.
- Good practice to keep: the {{air ambulance}} came through twice. [[name:Ravi]] had rung [[organisation:Eastmoor Radar]] before each sortie ([[phone:01632 960905]]) and they phoned traffic info both times – we were on the ground before it arrived.
- {{Van}} [[vehicle_registration:SN71 WKH]] back from repair, floor replaced.
- Wind 15G25 tomorrow pm, consider stopping at 13:00.
- {{Spare batteries}}: 6 charged, 2 quarantined (swelling).
[[name:Yaw]]
""")),
    ("aviation", "incident", block("""
Phone/RT log – {{FRZ}} permission, [[organisation:Eastmoor Airport]] – [[date:21 Jan 2025]]
15:02 [[organisation:Eastmoor Tower]]: [[organisation:Kestrel]] drone ops, your permission expired at 15:00, confirm you're on the ground?
15:02 {{RP}} ([[name:Lucía Fernández]]): Negative, aircraft at 60 metres, landing now.
15:03 [[organisation:Eastmoor Tower]]: Land immediately, I'm holding a departure for you.
15:04 RP: On the ground, motors off.
15:04 [[organisation:Eastmoor Tower]]: Thank you. Expect a call from the {{ATC}} {{supervisor}}.
Note by RP: permission was 13:00–15:00. We overran by 6 minutes because the last battery swap was late; I lost track of time and the {{observer}} was talking to a member of the public. Departure [[flight_number:SKV573]] was held about 4 minutes. {{MOR}} filed, ref [[case_reference:KG-OR-0240]].
""")),
    ("aviation", "near_miss", prose("""
On [[date:27 February]] radio contact between the {{remote pilot}}, [[name:Hamish McAllister]], and
the {{visual observer}}, [[name:Sunny Adeyemi-Clarke]], failed for about three minutes during a
{{BVLOS}} pipeline survey when the {{PMR446}} handset battery died. During the gap a
{{police helicopter}} ({{EC135}}, [[aircraft_registration:G-WCPA]]) transited low along the valley.
[[name:Sunny]] saw it but could not alert [[name:Hamish]], who only picked it up on the
{{ADS-B}} receiver at about 1 km. The drone descended from 90 m to 20 m; estimated separation was
250 m lateral. Backup mobiles were in the van, not on the crew. Actions: spare radio batteries on
the observer, mobile on a lanyard, and a "no comms, land" rule after 30 seconds of silence.
""")),
    ("aviation", "success", prose("""
ok so quick one for the {{learning log}}. [[name:amber]] ({{vo}}, 2nd week with us!!) noticed during the
brief that the {{KML}} on the {{controller}} was the old {{operational volume}} from before the {{OA}}
variation - it still had the playing field of [[organisation:St Cuthbert's Primary]] in it. we'd have
been ok-ish on {{VLOS}} but not on the new {{BVLOS}} ops. she asked the question nobody else did.
reloaded + [[name:dmitri]] double checked. pls say well done to her at {{friday}} huddle.
- [[name:chidi]]
""")),
    ("aviation", "incident", block("""
From: [[name:Lars Eriksen]] <[[email:lars.eriksen@kestrelgeo.co.uk]]>
To: All pilots
Date: [[date:Mon 10 Feb 2025]]
Subject: Incident [[case_reference:KG-OR-0247]] – blade contact at [[organisation:Moorside Wind Farm]]

All,
On {{Thursday}} our {{M350}} contacted a blade tip during an inspection at [[organisation:Moorside Wind Farm]] for [[organisation:Greenrigg Renewables]]. The turbine should have been locked, but the {{LOTO}} was released by a site technician at 11:15 without telling the crew. The blade rotated a few degrees and struck the aircraft, which fell inside the exclusion zone at the tower base. No injuries; aircraft written off.
{{Pilot}} [[name:Tomás]] and {{observer}} [[name:Ibrahim Sesay]] followed procedure. The gap was ours: no positive confirmation from the {{Senior Authorised Person}} before each blade.
From now on: verbal lock confirmation, recorded in the flight log, before every blade.
{{MOR}} submitted; {{AAIB}} informed and not investigating.
[[name:Lars]]
{{Safety Manager}}
""")),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind331", REPORTS))
