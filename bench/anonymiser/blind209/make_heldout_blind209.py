"""Held-out blind corpus 209: 50 hand-written UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures how
well de-identification generalises. All people, organisations, places and numbers are invented.

Three settings:
- social_care (17): kinship care and special guardianship - connected persons assessments,
  Regulation 24 placements, SGO support, family time/contact, the family court.
- health (17): a mental health crisis resolution and home treatment team (CRHTT) and a
  section 136 suite - AMHPs, s12 doctors, police, bed managers, street triage.
- aviation (16): a cargo airline's ramp and dangerous goods acceptance - loadmasters, DG
  checks, NOTOC, ULDs, weight and balance, RT with ground control.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes
with attendance and apologies, pipe-separated and aligned tables, RT transcripts, shout-outs
and thank-you notes.

Mark-up: [[label:value]] for identifiers (markup.LABELS) and {{term}} for must-not-redact
mentions (roles, agencies, frameworks, drugs, equipment, generic days and times, acronyms).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind209.jsonl"

REPORTS = [
    # ---------------- social care: kinship care and special guardianship ----------------
    # 1 rushed lower-case note
    ("social_care", "incident", prose("""
fam time tonight at {{contact centre}} not great. {{dad}} ([[name:gaz]]) turned up in the car
park, hes NOT on the {{contact plan}} & theres a {{non-mol}} in place. {{nan}} [[name:maureen]]
went out to talk to him bc she 'felt sorry for him' n left [[name:kayden]] ([[age:6]]) with the
{{supervisor}}. [[name:k]] saw him thru the window n was screaming, wet himself. [[name:leanne]]
ended session early. police not called till {{18:40}}, nobody rang {{EDT}}. think nan is still
struggling w the boundaries in the {{SGO support plan}}. need to update {{IRO}} + {{CSW}} on
{{mon}} n book a {{safety plan}} review. ref [[case_reference:SGO/24/1187]] - [[name:lw]]
""")),
    # 2 e-mail
    ("social_care", "near_miss", block("""
From: [[name:Priya Raghunathan]] <[[email:priya.raghunathan@wexcombe.gov.uk]]>
To: {{Kinship Duty}}; [[name:Tunde Bakare]]
Sent: {{Monday}} [[date:11 March 2024]] {{09:12}}
Subject: Near miss - Reg 24 move nearly went ahead without checks ([[case_reference:CP-0932]])

Hi both,

Logging this as a near miss. On {{Friday}} [[date:8 March]] baby [[name:Amara]] ([[age:11 months]]) was due to move to her maternal aunt [[name:Faith Oyelaran]] under {{Regulation 24}} at {{4pm}}. The {{placement request}} had "{{DBS}} and {{PNC}} - done" ticked, but the enhanced check for [[name:Faith]]'s partner [[name:Dele]] was still outstanding. [[name:Tunde]] noticed when he rang {{MASH}} to confirm and stopped the move until checks were back.

Nobody was hurt, but we would have placed a baby with an adult we hadn't checked. Ask: the {{ADM}} sign-off form to show who verified each check, not just a tick.

Thanks,
[[name:Priya]]

[[name:Priya Raghunathan]]
{{Senior Practitioner}}, {{Kinship & Connected Persons}}
[[organisation:Wexcombe Borough Council]] | [[phone:01632 960418]]
""")),
    # 3 shout-out
    ("social_care", "success", prose("""
Shout-out for [[name:Hope]] from the {{family time}} team at [[organisation:Kestrel House Family
Centre]]. On [[date:Saturday 20th]] she supervised a first session between [[name:Mila]]
([[age:8]]) and her {{birth mum}} after nearly a year of {{indirect contact}}. {{Mum}} arrived
upset after a court letter, and [[name:Hope]] took her aside for ten minutes, used the
{{Signs of Safety}} words-and-pictures book that [[name:Mila]]'s {{special guardian}}
[[name:Anneliese]] had made, and the session went ahead calmly. Her recording was detailed and
balanced, which the {{IRO}} and the {{Cafcass}} guardian both commented on at the {{review}}.
This is exactly the kind of practice that keeps {{kinship}} placements stable. Thank you,
[[name:Hope]]! - [[name:Jamal]], {{Team Manager}}
""")),
    # 4 form
    ("social_care", "incident", block("""
INCIDENT / DATA BREACH REPORT
Child: [[name:Lena Wiśniewska]]
DOB: [[date_of_birth:02/09/2017]]
Ref: [[case_reference:SG-2023-0417]]
Special guardian: Mrs [[name:Halina Wiśniewska]] ({{maternal grandmother}})
Address: [[address:7 Ferncroft Rise, Castlebridge]] [[postcode:CX9 4XT]]
Date of incident: [[date:16/01/2024]]

What happened: The {{SGO support plan}} filed with our response to the {{C1}} application at [[organisation:Castlebridge Family Court]] still showed the special guardian's full address. {{Legal}} served the bundle on {{father}} [[name:Marek]] without checking {{redaction}}. On [[date:19/01]] he messaged Mrs [[name:Wiśniewska]] saying he "knows where [[name:Lena]] sleeps now".

Immediate action: police informed (log [[case_reference:CX-240119-0623]]), {{Sanctuary scheme}} referral, locks changed, school {{DSL}} told. Breach reported to {{Information Governance}}; the {{DPO}} is considering {{ICO}} notification.
Reported by: [[name:K. Mahlangu]], {{Team Manager}}
""")),
    # 5 chronology
    ("social_care", "near_miss", block("""
Near miss - transport to family time - [[date:Tues 4th June]]
{{08:50}} Taxi booked via {{Transport Hub}} for [[name:Ellie-Mae]] ([[age:4]]) from the {{kinship carers}}' home to [[organisation:Kestrel House]]. Approved driver on record: [[name:Stan]], car [[vehicle_registration:KP19 XKT]].
09:05 A different car ([[vehicle_registration:KP19 XRT]]) arrives. Driver says he is "covering for [[name:Stan]]", no ID badge shown.
09:07 Carer [[name:Joy]] refuses to hand over [[name:Ellie-Mae]] or her {{car seat}}, rings the {{duty desk}} on speaker.
09:12 {{Duty SW}} [[name:Ana-Maria]] calls [[organisation:Linkline Cars]]; they confirm the driver is not {{DBS}} checked for {{escort}} work and not on our {{framework}} list.
09:20 Family time moved to 11:00. [[name:Joy]] drives [[name:Ellie-Mae]] herself; mileage agreed.
Outcome: no harm. {{Contracts}} to raise with the firm. Learning: carers to be told the driver's name and reg the day before. Praise to [[name:Joy]] for trusting her instincts.
""")),
    # 6 formal narrative
    ("social_care", "success", prose("""
Learning from good practice: connected persons assessment for [[name:Yusuf]] and [[name:Gulistan
Demir]]. The paternal grandparents of [[name:Rojda]] ([[age:2]]) speak {{Kurmanji}} and have
limited English. Rather than relying on their son to translate, the assessing social worker,
[[name:Fionnuala Byrne]], booked the same {{interpreter}} for all eight sessions and adapted the
{{Form C}} questions into shorter, concrete prompts. She held the {{genogram}} and {{ecomap}}
sessions at the grandparents' kitchen table using photographs rather than diagrams. The
{{viability assessment}} had been negative because of a misunderstanding about an old caution;
the full assessment clarified it with {{police}} disclosure. At the {{final hearing}} on
[[date:9 February]], {{HHJ}} [[name:Oduya]] at [[organisation:Wexcombe Family Court]] described
the assessment as "careful, fair and genuinely culturally competent" and made a {{Special
Guardianship Order}} with a three-year {{SGO support plan}}. [[name:Fionnuala]]'s approach will
be shared at the next {{practice week}}.
""")),
    # 7 WhatsApp export + note
    ("social_care", "incident", block("""
Attached to incident [[case_reference:IR-SC-5521]] - WhatsApp export provided by carer
[[[date:03/04/2024]], 21:14] [[name:Rose Kaminski]]: first day at new school!! so proud of this one 💙 <photo>
[[[date:03/04/2024]], 21:16] [[name:Tash]]: aww look at him in the [[organisation:Tillbrook Primary]] jumper 😍
[[[date:03/04/2024]], 21:31] [[name:Darren K]]: which school is that then
[[[date:03/04/2024]], 21:33] [[name:Rose Kaminski]]: never mind x
[[[date:03/04/2024]], 21:40] [[name:Darren K]]: dont worry ill find it

Note by [[name:Siobhán Ní Bhriain]] ({{SSW}}), [[date:4 April]]: the "Family [[name:Kaminski]]" group includes {{birth father}} [[name:Darren]], who must not know [[name:Callum]]'s school under the {{SGO}} and a {{prohibited steps order}}. [[name:Rose]] deleted the photo but not before he saw it. {{DSL}} and {{head teacher}} informed; {{police}} aware; drive-past checks agreed. [[name:Rose]] was very distressed. We need {{kinship carer}} training on social media - our {{SGO support}} offer has nothing on it.
""")),
    # 8 minutes
    ("social_care", "near_miss", block("""
MINUTES - Kinship Permanence Tracking Meeting - [[date:Thursday 18 April 2024]]
Present: [[name:Mark Ellison]] ({{Service Manager}}, chair), [[name:Jamal Haddad]] ({{IRO}}), [[name:Ana-Maria Popescu]] ({{Kinship SW}}), [[name:Olumide Adeyemi]] ({{Senior Practitioner}})
Apologies: [[name:Rhiannon Pryce-Jones]] ({{Legal}}), [[name:Deividas Petrauskas]] ({{Fostering}})

Item 3 - [[name:Will Moreira]] (uncle, {{connected person}}) - [[case_reference:CPA-24-0078]]
[[name:Ana-Maria]] reported that the {{Reg 24}} approval for [[name:Will]] expires on [[date:2 May]]. Preparing for {{fostering panel}}, she found his {{DBS}} was a portability copy from a previous employer and had never been re-run for us. The extension request almost went to the {{ADM}} on that basis. New check applied for today.
Actions: [[name:AM]] to track DBS; [[name:ME]] to ask {{QA}} to audit all open {{Reg 24}} placements for check dates.

Item 4 - AOB: none. Next meeting [[date:16 May]].
""")),
    # 9 thank-you note
    ("social_care", "success", block("""
Dear Ms [[name:Chau]] and everyone in the {{SGO support}} team,

I just wanted to say thank you. When I became [[name:Tyler]]'s {{special guardian}} two years ago I didn't know what {{life story work}} was or that I could ask for help with school. This year you got me on the {{therapeutic parenting}} course, sorted the {{Adoption and Special Guardianship Support Fund}} application for his {{play therapy}}, and [[name:Mei]] came to the {{EHCP}} meeting at [[organisation:St Aldhelm's Academy]] with me when I was too nervous to speak. [[name:Tyler]] had his best report ever, and family time with his mum is now in the park without a supervisor, which he loves.

You have made a real difference to us both.

Love from {{Nana}} [[name:Bea]] and [[name:Tyler]] ([[age:9 and three-quarters]]!)
""")),
    # 10 handover
    ("social_care", "incident", block("""
{{EDT}} -> Day Team handover, [[date:Sat 11/05]]
Young person: [[name:Jaden Campbell]] ([[age:15]]), lives with older sister [[name:Kerry-Ann]] under {{SGO}} - ref [[case_reference:SGO/22/0451]]
- 23:10 [[name:Kerry-Ann]] rang EDT: [[name:Jaden]] not home from football, phone off. Reported {{missing}} to police, log [[case_reference:CX-20240511-1147]].
- 01:30 Found by police at [[address:Flat 3, 41 Mill Lane]] with two older males. {{CCE}} concerns - had £200 and a new phone.
- 02:15 Returned home. [[name:Kerry-Ann]] exhausted, says this is the 3rd time in a month and she "can't do it on her own".
Incident/learning: 3rd {{missing episode}}, but no {{strategy discussion}} after the 2nd because the SGO case is closed to {{CSC}} and the {{return home interview}} referral went to a generic inbox.
For Day Team: {{RHI}} within 72 hrs, {{strategy discussion}} {{Monday}}, consider {{NRM}}, talk to [[name:Kerry-Ann]] about {{SGO support}} and {{respite}}.
[[name:Colm]] ({{EDT SW}})
""")),
    # 11 pipe table
    ("social_care", "near_miss", block("""
Family time room bookings - [[organisation:Kestrel House]] - w/c [[date:10 June]]

Date | Time | Child(ren) | Attending | Supervisor | Room
[[date:Mon 10/06]] | 10:00-11:30 | [[name:Ruby]] & [[name:Finn O'Hare]] | {{mum}} ([[name:Shauna]]) | [[name:Hope]] | {{Blue Room}}
[[date:Mon 10/06]] | 10:00-12:00 | [[name:Alfie Brennan]] | {{dad}} + {{paternal gran}} | [[name:Pat]] | {{Blue Room}}
[[date:Tue 11/06]] | 15:30-17:00 | [[name:Zainab]] | mum, aunt [[name:Noor]] | [[name:Leanne]] | {{Garden Room}}

Note: rows 1 and 2 double-booked into the same room, spotted by [[name:Pat]] on {{Friday}}. The [[name:O'Hare]] and [[name:Brennan]] families are related and there is a {{non-molestation order}} between [[name:Shauna]] and [[name:Alfie]]'s father. Both families would have been in the one {{waiting area}}. Second session moved to the {{Family Room}} at {{the Hub}}. Booking system doesn't warn on clashes - raised with {{business support}}.
""")),
    # 12 formal narrative (data breach)
    ("social_care", "incident", prose("""
Data breach - viability assessment sent to the wrong recipient. On [[date:27 February]] I
emailed the {{viability assessment}} on {{paternal grandmother}} [[name:Patricia Osei]] to our
legal assistant so it could be filed before the {{Issues Resolution Hearing}}. {{Outlook}}
autocompleted the address and it went to [[email:amber.hollins@ferrisandco.co.uk]], a solicitor
we dealt with on a previous case, instead of [[email:amber.hollis@castlebridge.gov.uk]]. The
report included [[name:Patricia]]'s address, her health history, the children's names and a
{{CAMHS}} summary for the eldest, [[name:Kofi]] ([[age:13]]). I realised within about twenty
minutes when [[name:Amber Hollis]] asked where it was. I phoned [[organisation:Ferris & Co
Solicitors]], who confirmed deletion in writing that afternoon. Reported to {{Information
Governance}} as [[case_reference:IG-24-0219]]; the {{DPO}} judged it not reportable to the
{{ICO}}. I have turned off autocomplete and now use {{secure email}} for court documents. -
[[name:Grace]], {{Kinship SW}}
""")),
    # 13 txt-speak shout-out
    ("social_care", "success", prose("""
massive well done to [[name:JK]] n [[name:Deividas]] 🙌 got the {{connected persons}} assessment
for {{grandad}} [[name:tadeusz]] done in 6 wks start to finish incl {{fostering panel}}.
court timetable was tight ({{PLO}} wk 20) & they did joint visits, chased the {{GP}} report from
[[organisation:Mosslea Medical Practice]] in person when it was late, got {{DBS}} back via
{{Fast Track}}. [[name:Zofia]] ([[age:5]]) moved in on the [[date:14th]] n is already settled,
{{nursery}} say shes smiling again. v good practice pls share at {{team meeting}} {{thurs}}. -
[[name:Bex]]
""")),
    # 14 Slack export
    ("social_care", "near_miss", block("""
#kinship-legal (Slack export)
[[name:mei.chau]] 10:02
@[[name:r.pryce-jones]] the draft {{SGO}} order for the [[name:Ndlovu]] children has [[name:Thandiwe]]'s DOB as [[date_of_birth:11/03/2016]] - it's [[date_of_birth:03/11/2016]]. US date format in the template? {{Cafcass guardian}} flagged it this morning.
[[name:r.pryce-jones]] 10:09
ugh, good catch. checked [[name:Sipho]]'s, his is right. will send a corrected draft to the court before {{Thursday}}.
[[name:mei.chau]] 10:11
thanks. logging as near miss - if sealed with the wrong DOB the order needs amending and {{school}} + {{GP}} records would mismatch. {{@ops.support}} can we lock the date field to dd/mm/yyyy?
{{ops.support}} 10:15
👍 raised ticket [[case_reference:INC0048812]] with {{IT}}
""")),
    # 15 formal narrative
    ("social_care", "success", prose("""
Good practice: family group conference leading to a kinship arrangement. After the
{{pre-proceedings}} meeting for [[name:Leo]] ([[age:22 months]]) and [[name:Isla]] ([[age:4]]),
{{FGC}} coordinator [[name:Sunny Adebayo]] spent two weeks contacting wider family, including
a great-aunt, [[name:Marjorie Flint]], who had lost touch after a family fall-out.
[[name:Sunny]] met her at [[organisation:Northgate Children's Centre]] and she came to the
conference on [[date:5 October]] with her partner [[name:Dev]]. The family's own plan, built on
{{Signs of Safety}} danger statements and a weekend rota, meant the children moved to
[[name:Marjorie]] under a {{Child Arrangements Order}}, later an {{SGO}}, without going into
unrelated {{foster care}}. The {{Local Authority}} avoided {{care proceedings}} altogether.
[[name:Sunny]]'s persistence - 31 phone calls and two home visits - made the difference.
""")),
    # 16 e-mail (finance)
    ("social_care", "incident", block("""
From: {{SGO Allowances}} <[[email:sgo.allowances@wexcombe.gov.uk]]>
To: [[name:Bogdan Lungu]] <[[email:bogdan.lungu@wexcombe.gov.uk]]>
Date: [[date:22 July 2024]]
Subject: RE: [[name:Costel Ionescu]] - allowance stopped in error

Hi [[name:Bogdan]],

Apologies - the {{special guardianship allowance}} for Mr [[name:Ionescu]] was stopped on [[date:1 July]] when his annual {{means test}} form was marked as not returned. It had been returned but was scanned to another carer's record with the same surname.

Mr [[name:Costel Ionescu]], [[address:15 Beacon Terrace, Wexcombe]] [[postcode:WX2 8LN]], NI [[ni_number:JT 48 21 93 B]], has been reinstated and a backdated payment of £1,148 goes out on [[date:26 July]]. I understand he had to use a {{food bank}} and his landlord sent a {{Section 21}} warning. I'm very sorry.

We now do a two-point check (name + DOB) before any {{allowance}} is suspended.

Kind regards,
[[name:Lorna]]
{{Payments Officer}}, {{Children's Finance}}
""")),
    # 17 chronology (court)
    ("social_care", "near_miss", block("""
Near miss - [[organisation:Wexcombe Family Court]], [[date:12/06/24]]
09:30 Arrived with special guardian [[name:Nadia Haddad]] for the {{SGO}} {{final hearing}} (child [[name:Samir]], [[age:7]]). {{Special measures}} and a separate waiting room were requested on the {{C1}} but never confirmed.
09:40 {{Usher}} showed us into {{Waiting Room 2}}. {{Birth father}} [[name:Karim]] and his {{McKenzie friend}} were already there. [[name:Nadia]] has a {{non-molestation order}} against him.
09:41 I took [[name:Nadia]] out to the corridor and asked {{security}} for a side room.
09:50 Side room found; {{Cafcass}} officer [[name:Ruth Ogunleye]] informed.
Outcome: no contact between them, but it was seconds away. I hadn't rung the {{listing office}} the day before to confirm - I assumed {{Legal}} had.
Learning: allocated SW to phone listing 24 hrs before any hearing with a {{non-mol}} and record who confirmed.
- [[name:Ana-Maria Popescu]], {{Kinship SW}}
""")),
    # ---------------- health: CRHTT and section 136 suite ----------------
    # 1 chronology
    ("health", "incident", block("""
Incident: delayed access to {{section 136 suite}}, [[organisation:Ashcombe Hospital]] - [[date:Sat 2 March]]
Person detained: [[name:Sandeep Gill]] ('[[name:Sunny]]'), [[age:34]], known to {{CRHTT}}
21:05 Detained under {{s136}} by PC [[name:Harding]] and PC [[name:Yeboah]] ([[organisation:Northmoor Police]]) on a bridge parapet. Log [[case_reference:NMP-0302-2211]].
21:20 Suite phoned - occupied since 14:00 by a patient awaiting a {{PICU}} bed. Advised {{ED}}.
21:50 ED at capacity, declined as no physical health need. [[name:Sunny]] held in the police van in the car park.
23:40 {{AMHP}} [[name:Joy Whitfield]] arrives; no {{s12 doctor}} available until morning.
00:55 [[name:Sunny]] banging his head on the cage; officers restrain; {{ambulance}} called, minor head wound.
02:30 Suite cleared; [[name:Sunny]] moved in.
08:10 Dr [[name:Mark Lindqvist]] ({{s12}}) attends; {{MHA assessment}} completed 09:30, detained {{s2}}.
Total 11 hrs in police care, much of it in a van. {{24-hour}} limit not breached but this is not a {{place of safety}}. {{Bed manager}} escalated to the {{on-call director}}.
""")),
    # 2 rushed handover
    ("health", "near_miss", prose("""
htt pm handover - NEAR MISS pls read. pt [[name:tomasz w]] ([[age:52yo]]) on {{lithium}} 800mg,
last {{level}} [[date:5/3]] was 0.9. {{GP}} ([[organisation:Fernhill Surgery]]) started
{{ibuprofen}} + {{ramipril}} last wk for back pain n none of us knew. today he was shaky,
vomiting x2, bit confused - {{HCA}} visit nearly just logged it as 'gastro'. [[name:gemma]]
({{student}}) asked about his tremor so we sent him to {{ED}}, level came back 2.1 = {{toxic}},
now on {{AMU}}. learning: {{med rec}} every visit incl {{OTC}} + GP changes, lithium pts need a
{{bloods}} flag on the {{board}}. [[name:rk]]
""")),
    # 3 shout-out
    ("health", "success", prose("""
Massive thank you to [[name:Pat Dunmore]], night {{bed manager}}, for {{Tuesday}} night. We had
three people waiting in {{ED}} on {{section 2}}, the {{s136 suite}} full and no beds anywhere in
the trust. Instead of going straight to an {{out of area}} placement, [[name:Pat]] rang every
ward, found a {{leave bed}} on [[organisation:Larkfield Ward]] that could be freed, booked
{{secure transport}} with [[organisation:Castle Secure Transport]] and had [[name:Wiktoria]]
([[age:19]]) admitted locally by {{3am}}, two miles from her family instead of two hundred. She
also phoned the {{AMHP}} hub to update them, which never happens. Our {{CRHTT}} night staff and
the {{liaison psychiatry}} team all noticed. [[name:Pat]], you're a star. - [[name:Chidi]] & the
night team
""")),
    # 4 form
    ("health", "incident", block("""
INCIDENT FORM - ABSCONSION FROM PLACE OF SAFETY
Ref: [[case_reference:W-24-03318]]
Date/time: [[date:14/04/2024]] {{16:45}}
Location: {{s136 suite}}, [[organisation:Ashcombe Hospital]]
Patient name: [[name:Liam Fairbrother]]
DOB: [[date_of_birth:22/07/1998]]
NHS no: [[nhs_number:802 941 2150]]
Hospital no: [[case_reference:ASH0447192]]
Address: [[address:Flat 12, Kingfisher Court, Dalby Road, Northmoor]] [[postcode:NM4 2HJ]]
Detained: {{s136}} at 13:10 by [[organisation:Northmoor Police]]

Description: Patient asked to use the toilet; {{HCA}} escorted. Police had left at 15:30 after handover. The {{airlock}} door was propped open by {{domestic}} staff cleaning the corridor and he ran out via the {{ambulance bay}}. {{Security}} and police informed 16:47; {{AWOL}} procedure followed. Found 19:20 at his mother's address, returned, {{MHA assessment}} completed by {{AMHP}} [[name:Femi Salako]] and Dr [[name:Anjali Rao]]. No harm.
Contributory: 1 {{RMN}} + 1 HCA for the suite; door alarm faulty since [[date:2 April]] (estates job [[case_reference:EST-55120]]).
Reporter: [[name:Callum MacLeod]], RMN, {{Nurse in Charge}}
""")),
    # 5 e-mail
    ("health", "near_miss", block("""
From: [[name:Joy Whitfield]] <[[email:joy.whitfield@northmoor.gov.uk]]>
To: {{CRHTT Managers}}; [[name:Ravi Menon]]
Subject: Near miss - wrong NHS number on medical recommendation

Hi [[name:Ravi]],

Flagging a near miss from last night's {{MHA assessment}} in [[organisation:Ashcombe Hospital]] {{ED}}. The second {{medical recommendation}} had the right name, [[name:Aleksander Nowak]], but NHS number [[nhs_number:751 023 9753]], which belongs to another [[name:Aleksander Nowak]] ([[age:71]]) on your caseload. Our patient's number is [[nhs_number:142 998 9807]]. The doctor had pulled details from an {{EPR}} search without checking DOB.

I spotted it before signing the {{application}} and the doctor corrected and re-signed. Had it gone through, the detention papers would have been defective and the older man's record would show a {{section 2}}.

Could {{HTT}} add a {{same-name alert}} to both records?

[[name:Joy]]
{{AMHP}} | {{Approved Mental Health Professional}} Service, [[organisation:Northmoor Council]]
[[phone:07700 900582]]
""")),
    # 6 formal narrative
    ("health", "success", prose("""
Learning from excellence: avoiding admission through home treatment. [[name:Ewa Kowalczyk]],
[[age:28]], was referred on [[date:3 January]] after her {{GP}} found {{psychotic}} symptoms six
weeks after the birth of her daughter. The {{perinatal}} team had no capacity that week. Our
{{CRHTT}} offered twice-daily visits with a Polish-speaking {{support worker}}, [[name:Marta]],
and involved her partner [[name:Rafał]] and her mother, who travelled over to help. Dr
[[name:Nkemdirim]] started low-dose {{olanzapine}} after discussing breastfeeding with
{{perinatal psychiatry}}. The {{health visitor}} and {{midwife}} were updated daily. {{Mum}} and
baby stayed together at home throughout and no {{Mother and Baby Unit}} admission was needed. At
discharge on [[date:7 February]] [[name:Ewa]] said "you treated me like a mother, not a risk".
What worked: language-matched staff, a daily {{MDT}} huddle, and flexibility on visit times.
""")),
    # 7 Teams chat
    ("health", "incident", block("""
Teams chat - "AMHP / Bed Mgmt" - [[date:19/06/2024]]
[09:14] [[name:Femi Salako]]: still no {{s12}} for Mr [[name:Hamid Rezaei]] in {{ED}} - he's been here since 02:00. anyone?
[09:20] [[name:Pat Dunmore]] ({{Bed Mgr}}): no bed yet either, 2 discharges pending on [[organisation:Fenwick Ward]]
[10:42] [[name:Femi Salako]]: s12 list - rang 9 drs, 2 on leave, 4 no answer, 3 can't till tomorrow
[11:05] Dr [[name:Lindqvist]]: can do 16:00 after my clinic
[16:30] [[name:Femi Salako]]: assessment done, {{s2}} recommended. bed??
[19:55] [[name:Pat Dunmore]] ({{Bed Mgr}}): {{out of area}} bed at [[organisation:Whitmore House Hospital]], 140 miles
[21:40] [[name:Femi Salako]]: {{secure transport}} not till tomorrow am 😞

Reporter note: Mr [[name:Rezaei]] waited over 19 hours in ED, much of it in a corridor, and his family could not visit him after transfer. {{12-hour}} breach reported. Root issue: the {{s12 approved}} doctor list is out of date and there is no daytime rota.
""")),
    # 8 pipe table
    ("health", "near_miss", block("""
HTT visit board - [[date:Wed 8 May]] ({{AM}}) - near miss flagged at the 14:00 huddle

Pt | Hosp no | Visit | Meds | Staff | Done
[[name:A. Okonjo]] | [[case_reference:ASH0391146]] | 09:00 home | {{clozapine}} 300mg + {{FBC}} due | [[name:Ricky]] | ✓
[[name:J. Mahmood]] | [[case_reference:ASH0512287]] | 10:30 phone | {{sertraline}} | [[name:Bronwen]] | ✓
[[name:L. Doherty]] | [[case_reference:ASH0488530]] | 11:00 home | {{depot}} {{aripiprazole}} due | - | ✗
[[name:S. Begum]] | [[case_reference:ASH0470014]] | 12:00 home | {{lithium}} level | [[name:Ricky]] | ✓

Note: Mr [[name:Doherty]]'s depot visit had no staff allocated after [[name:Bronwen]] went off sick at 08:30; the board showed a dash but nobody re-allocated it. Picked up at the huddle by [[name:Precious]] ({{band 6}}), visited 15:15, depot given within the window. His last relapse followed a late depot. Action: {{shift coordinator}} to check blank cells at 09:00, not 14:00.
""")),
    # 9 handover
    ("health", "incident", block("""
{{CRHTT}} night -> day handover, [[date:Sun 23 June]]
** INCIDENT - please read **
Pt: [[name:Gemma-Louise Hart]], [[age:23]], NHS [[nhs_number:412 635 9265]], on HTT since [[date:17/06]]
- Evening visit 20:15 by [[name:Dan]] + [[name:Ifeoma]]: low, said she had "sorted things". Meds check done, {{blister packs}} counted.
- 01:50 call from partner [[name:Kieran]] - [[name:Gemma]] had taken approx 40 {{paracetamol}} bought from a {{petrol station}} plus {{quetiapine}} from an old supply her {{mum}} kept.
- 999, {{ambulance}} to [[organisation:Ashcombe Hospital]] {{ED}}, {{Parvolex}} started 03:10. Medically stable this am, {{liaison psychiatry}} to see.
- Issue: the {{safety plan}} of [[date:18/06]] says "meds held by mum" but nobody checked the old quetiapine at mum's house. {{Means restriction}} not revisited when risk went up.
Incident [[case_reference:W-24-04102]] logged. {{72-hour}} review needed - [[name:Ravi]] aware.
""")),
    # 10 thank-you e-mail from family
    ("health", "success", block("""
From: [[name:Linda Mercer]] <[[email:lindamercer62@mailbox.co.uk]]>
To: {{CRHTT Admin}}
Subject: Thank you from [[name:Josh]]'s family

Dear all,

Please pass this on to the team, especially [[name:Amira El-Sayed]] and the student nurse [[name:Will]]. When our son [[name:Josh]] ([[age:19]]) came home from the {{s136 suite}} in {{April}} you came to our house every day for three weeks. [[name:Amira]] sat with him on the kitchen floor when he wouldn't come out from behind the sofa, and [[name:Will]] talked to him about football when he wouldn't talk about anything else. You explained his {{medication}} and the {{crisis line}} to us properly, which nobody had ever done. He is back at [[organisation:Northmoor College]] now and doing {{CBT}} with {{Talking Therapies}}. We honestly think you kept him alive.

With love and thanks,
[[name:Linda]], [[name:Gareth]] and [[name:Josh Mercer]]
[[address:9 Holly Bank, Northmoor]] [[postcode:NM7 5RW]]
[[phone:07700 900317]]
""")),
    # 11 minutes
    ("health", "near_miss", block("""
Minutes - {{s136}} Multi-agency Monitoring Group - [[date:Wednesday 10 July 2024]]
Attendees: [[name:Ravi Menon]] ({{CRHTT manager}}, chair); {{Insp}} [[name:Gareth Rowlands]] ([[organisation:Northmoor Police]]); [[name:Joy Whitfield]] ({{AMHP Lead}}); [[name:Chidi Okeke]] ({{Bed Management}}); Dr [[name:Anjali Rao]] ({{consultant psychiatrist}})
Apologies: [[name:Hollie Marsden]] ({{ED matron}}), [[name:Faith Acheampong]] ({{Street Triage}})

Item 2 - Near miss, [[date:28 June]]: officers attended a man in crisis inside his own flat and were about to use {{s136}}, which cannot be used in a {{private dwelling}}. The {{Street Triage}} nurse on the phone advised against it; he went to ED voluntarily instead. Insp [[name:Rowlands]] said newer officers are confused after the {{Right Care, Right Person}} changes.
Actions: [[name:GR]] to circulate a one-page {{aide-memoire}}; [[name:JW]] to confirm the {{AMHP}} out-of-hours number for briefings; [[name:RM]] to add the case to the {{quarterly}} data.
Next meeting: [[date:9 October]]
""")),
    # 12 formal narrative
    ("health", "incident", prose("""
At approximately {{03:20}} on [[date:11 August]] a woman detained under {{section 136}},
[[name:Keisha]] ([[age:26]]), was found by {{HCA}} [[name:Obinna]] in the {{en-suite}} of the
{{s136 suite}} at [[organisation:Ashcombe Hospital]] with a {{ligature}} made from the drawstring
of her joggers tied to the door handle. Observations were at 15-minute intervals rather than
{{continuous}}, because the {{RMN}} had been called to {{ED}} to help with another patient.
[[name:Obinna]] used the {{ligature cutter}} from the {{grab bag}} and called for help;
[[name:Keisha]] was conscious and breathing throughout, and the duty {{SHO}} found no injury.
The handle is a standard lever type that was identified as a risk in the last environmental
audit. Her clothing was not checked on arrival because police had already searched her.
Actions: {{anti-ligature}} handles ordered; clothing check added to the suite admission
checklist; minimum of two staff in the suite at all times. Ref [[case_reference:W-24-05577]].
""")),
    # 13 WhatsApp (IG breach)
    ("health", "incident", block("""
WhatsApp - "HTT Nights 💙" (screenshot submitted with incident [[case_reference:W-24-06010]])
[[[date:02/09/2024]], 23:48] [[name:Shaz]]: anyone know if [[name:Leon Pryce]] at [[address:27 Wellgate]] is still open to us? his mum just rang the office screaming
[[[date:02/09/2024]], 23:51] [[name:Big Dave]]: yeah he's on a {{CTO}}, [[name:Jonny]] has him. NHS no is [[nhs_number:348 923 0973]] if you need it for {{RiO}}
[[[date:02/09/2024]], 23:52] [[name:Shaz]]: ta 👍

Manager note: this group is not an approved channel. It has 23 members including two staff who have left the trust, and {{patient-identifiable data}} (name, address, NHS number) was shared. Group closed [[date:3 Sept]]; {{Caldicott Guardian}} and {{IG}} informed; staff reminded to use {{Teams}} and the {{EPR}} only. Learning: nights used WhatsApp because {{Teams}} won't run on personal phones and the {{coordinator}} has no work mobile. - [[name:Ravi Menon]]
""")),
    # 14 chronology (success)
    ("health", "success", block("""
Good practice - joint response, [[name:Ayaan]] ([[age:16]]) - [[date:Fri 13 Sept]]
17:40 {{Street Triage}} car ({{RMN}} [[name:Faith Acheampong]] + PC [[name:Osei]]) called to a {{multi-storey car park}} - young man on the top deck.
17:55 [[name:Ayaan]] talks to [[name:Faith]] and agrees to step back from the edge. No {{s136}} needed.
18:10 [[name:Faith]] rings {{CAMHS}} crisis; {{on-call}} clinician [[name:Ngozi]] answers first time.
18:30 [[name:Ayaan]] goes voluntarily to [[organisation:Ashcombe Hospital]] {{paediatric ED}} in the triage car, not a police van, with his {{dad}}.
19:15 Seen by {{paeds}} and CAMHS; admitted to the {{children's ward}} overnight for safety.
Next day: CAMHS {{home treatment}} follow-up; {{DSL}} at [[organisation:Kingsmead Academy]] informed with consent.
Why it went well: a nurse in the car, CAMHS answering straight away, nobody detained, and [[name:Ayaan]] kept his dignity.
""")),
    # 15 rushed note
    ("health", "near_miss", prose("""
nearly went to wrong address today. referral from {{ED}} for [[name:Kelly Ann Burrows]] had
[[address:14 Larch Grove]] but the {{EPR}} had [[address:41 Larch Grove]]. went w the ED one -
turns out its her ex [[name:Wayne]]'s flat, {{MARAC}} case, flagged on the police side but not
ours. neighbour said 'she doesnt live there anymore love, and he's in'. rang office,
[[name:Bex]] checked the {{GP}} record at [[organisation:Fernhill Surgery]], she's at 41. {{lone
working}} app wasnt even switched on (my bad). shd be a {{DV}} flag on the EPR front sheet + ED to
check addresses against the {{Spine}}. [[name:sunny]] ({{CPN}})
""")),
    # 16 Slack kudos
    ("health", "success", block("""
#crhtt-kudos
[[name:ravi.menon]] 08:31
Kudos 🎉 to [[name:Ioana]] (2nd year {{student nurse}}, [[organisation:Northmoor University]]) - on {{Tuesday}}'s visit she noticed Mr [[name:Abiodun]] was sweaty, twitchy, temp 38.4 with {{clonus}} in both ankles, two days after his {{sertraline}} went up and he'd started {{tramadol}} from the dentist. She remembered {{serotonin syndrome}} from a lecture and flagged it to [[name:Kwabena]] ({{band 6}}), who sent him to {{ED}}. Confirmed, {{cyproheptadine}} given, home in 48 hrs.
[[name:kwabena.o]] 08:40
100%. I'd have put it down to anxiety tbh 🙏
[[name:joy.w]] 08:52
brilliant. please nominate her for the {{Learning from Excellence}} award
""")),
    # 17 form
    ("health", "near_miss", block("""
NEAR MISS - MEDICINES RECONCILIATION
Ref: [[case_reference:W-24-06644]]
Service: {{CRHTT}}
Patient: [[name:Róisín Quigley]]   DOB: [[date_of_birth:30/11/1955]]   NHS: [[nhs_number:564 803 6612]]
GP: [[organisation:Fernhill Surgery]]

What happened: The discharge letter from [[organisation:Fenwick Ward]] listed {{olanzapine}} 10mg {{nocte}}. The {{GP}} summary and [[organisation:Kaur & Sons Pharmacy]] both showed 20mg, because the ward reduced the dose on [[date:20 October]] but the {{TTO}} letter never reached the GP. The HTT {{prescriber}} was about to write up 20mg from the GP list. {{Pharmacy technician}} [[name:Dorota]] did the {{med rec}} against the ward {{EPMA}} and spotted it.
Outcome: no incorrect dose given. A doubled dose would have risked sedation and falls in a [[age:68-year-old]].
Actions: ward to send TTOs to GP within 24h; HTT to treat ward EPMA as source of truth.
Reported by: [[name:Dorota Zielińska]]
""")),
    # ---------------- aviation: cargo ramp and DG acceptance ----------------
    # 1 formal narrative
    ("aviation", "incident", prose("""
Hidden dangerous goods found at screening. On [[date:6 March]] a consolidation from
[[organisation:Tranter Logistics]] under master AWB [[case_reference:617-40118263]] was booked on
[[flight_number:CVX214]] as general cargo ("auto parts"). During {{X-ray}} screening in the
{{export shed}}, [[name:Kwame Asante]] saw cell-shaped objects and the piece was opened under the
{{hidden DG}} procedure. It held 40 {{e-scooter}} {{lithium ion batteries}} ({{UN3480}}) with no
{{Class 9}} labels, no {{shipper's declaration}} and a {{state of charge}} well above 30%. Under
{{PI 965}} these are {{CAO}} only and would have needed a {{NOTOC}} entry. The consignment was
quarantined, the shipper refused and the {{CAA}} notified by {{MOR}}
([[case_reference:OR-2024-03177]]). Our {{DG acceptance}} checklist worked; the failure was at the
forwarder. Action: [[organisation:Tranter Logistics]] suspended pending audit; reminder to all
{{known consignor}} accounts.
""")),
    # 2 RT transcript
    ("aviation", "near_miss", block("""
Transcript - ops frequency, [[date:Thurs 21st]], [[flight_number:CVX412]] ([[aircraft_registration:G-CVXE]], {{B767-300F}}), {{stand}} 14
CREW: {{Ops}}, [[flight_number:Corvex 412]], doors closed, we have a problem with the {{NOTOC}}.
OPS ([[name:Dev]]): [[flight_number:Corvex 412]], go ahead.
CREW: NOTOC shows one-five-zero kilos {{dry ice}} in position 32. {{Loadmaster}} told us two-fifty at the door. Confirm actual.
OPS: Stand by, checking.
OPS: [[flight_number:Corvex 412]], loadmaster [[name:Bartek]] confirms two-five-zero kilos across positions 31 and 32. NOTOC was from the earlier build. Amended copy coming out with [[name:Bartek]] now, hold on stand.
CREW: Holding, request {{GPU}} back on, we'll delay {{pushback}}, [[flight_number:Corvex 412]].

Note (Capt [[name:Solberg]]): 250 kg is within the hold limit, but we set {{ventilation}} and {{CO2}} precautions from the NOTOC figure. Would have departed with an incorrect NOTOC. Delay 22 min.
""")),
    # 3 shout-out
    ("aviation", "success", prose("""
Shout-out to [[name:Faith Mwangi]] in {{DG acceptance}} on the night shift of [[date:12 April]].
A consignment of diagnostic samples from [[organisation:Helix Diagnostics]] came in as {{UN3373}}
{{Biological Substance, Category B}}, but the {{shipper's declaration}} also listed {{dry ice}}
({{UN1845}}) with a different net quantity from the box (5 kg marked vs 12 kg declared), and the
{{Class 9}} label was missing. [[name:Faith]] stopped it, phoned the shipper's {{DG}} contact,
had it re-packed and re-labelled in 40 minutes and it still made [[flight_number:CVX118]].
Those samples were for a hospital lab, so missing the flight would have mattered. She also
wrote it up clearly so the {{DG trainer}} can use it in {{recurrent training}}. Well done
[[name:Faith]]! - [[name:Jürgen]], {{Cargo Duty Manager}}
""")),
    # 4 chronology
    ("aviation", "incident", block("""
Occurrence [[case_reference:OR-2024-04420]] - ULDs loaded in swapped positions
Flight [[flight_number:CVX305]], [[aircraft_registration:G-CVXB]] ({{B757-200F}}), [[date:28/04/24]]
02:10 {{LIR}} issued by {{Load Control}} ([[name:Hana Nováková]]): {{PMC}} 2,850 kg in position 3, PMC 980 kg in position 12.
02:35 Loading team swaps the two PMCs to get the heavy one past a {{contour}} problem at the door. Change passed verbally to the {{ramp supervisor}} only.
02:50 {{Loadmaster}} [[name:Eamon Doyle]] signs the LIR "as loaded" without walking the {{main deck}}.
03:05 Departs. {{Loadsheet}} based on the unamended LIR.
06:15 Arrival station reports ULD positions differ from the {{CPM}}.
Analysis ([[name:Hana]]): actual {{CG}} further aft than the loadsheet, still inside the {{envelope}}, but crew set {{take-off trim}} from the wrong figure. Captain [[name:Olu Bankole]] reported a slightly heavy nose on rotation.
Causes: verbal change not fed back to Load Control; LIR signed without a physical check; nights one loadmaster short.
""")),
    # 5 rushed note
    ("aviation", "near_miss", prose("""
near miss {{stand}} 7 about {{0130}}. {{hi-loader}} 4 driven up to the {{main deck door}} on the
{{757}} ([[aircraft_registration:G-CVXB]]) with no {{banksman}} - [[name:robbo]] was on his own cos
[[name:sione]] got pulled to the {{bulk hold}}. came within maybe 30cm of the {{No.1 engine}}
{{cowling}}. i shouted n he stopped. no contact, checked by {{engineer}} [[name:Aisling]] anyway,
all ok. this is the 2nd time this month we've been short on nights, rota only had 5 on for 3
turns. also the {{proximity sensor}} on hi-loader 4 has been u/s since the [[date:9th]]. not
doing an {{MOR}} cos no damage but pls can someone look at nights staffing. - [[name:kyle b]]
""")),
    # 6 e-mail
    ("aviation", "incident", block("""
From: [[name:Yuki Tanaka]] <[[email:y.tanaka@ardenthandling.co.uk]]>
To: [[name:Jürgen Haas]] <[[email:j.haas@corvexcargo.com]]>
Cc: {{Safety Office}}
Date: [[date:15 May 2024]] 07:48
Subject: {{Class 7}} package - not on NOTOC - [[flight_number:CVX411]]

[[name:Jürgen]],

Overnight incident on [[flight_number:CVX411]] ([[aircraft_registration:G-CVXK]], {{A330-200F}}). A {{radioactive}} package, {{UN2915}} {{Type A}}, {{Category II-Yellow}}, {{TI}} 0.8, was accepted correctly by [[name:Sid]] at 21:30 but was on a late-closing {{AKE}} and never made it onto the {{NOTOC}}. The captain wasn't told, and separation from the {{live animals}} (two dogs in the {{bulk hold}}) was never checked. The arrival station found it on breakdown; separation turned out adequate by luck.

MOR raised ([[case_reference:OR-2024-05102]]). The AKE was built after the {{DG cut-off}} because the agent, [[organisation:Bluewave Forwarding]], arrived late and the {{shift supervisor}} let it through.

[[name:Yuki Tanaka]]
{{DG Compliance Manager}} | [[organisation:Ardent Handling]]
[[phone:01632 960771]]
""")),
    # 7 Teams chat
    ("aviation", "success", block("""
Teams - Ramp Nights - [[date:Sat 1 June]]
[[name:Sione Tuilagi]] 23:12: {{PMC}} for pos 4R on the {{767}} has a ripped {{net}} and 2 {{seat track}} fittings missing, not building on it
[[name:Dawn Pickering]] 23:14: good shout. tag it {{U/S}}, {{ULD control}} will swap - [[name:Olly]] can you bring a spare from {{shed B}}?
[[name:Olly Fenwick]] 23:21: on way
[[name:Dawn Pickering]] 23:40: new base built, rest of the load on time for [[flight_number:CVX217]]
[[name:Sione Tuilagi]] 23:41: 👍

Manager comment ([[name:Dawn]]): a damaged net could have let cargo shift in flight. Checking the ULD before build is in the {{SOP}} but gets skipped when we're rushed; [[name:Sione]] did it at the busiest point of the night. Logged as good catch [[case_reference:GC-0612]].
""")),
    # 8 aligned table
    ("aviation", "near_miss", block("""
DG ACCEPTANCE CHECKLIST - AWB [[case_reference:617-40125570]] - Shipper: [[organisation:Norvane Chemicals Ltd]]
Checked by: [[name:R. Castillo]]   Date: [[date:03/07/24]]   Flight: [[flight_number:CVX220]]

Item                                   Y/N/NA   Notes
1  {{Shipper's Declaration}}, 2 copies     Y
2  {{UN number}} / {{PSN}} match package    Y        {{UN1263}} {{Paint}}, {{Class 3}}, {{PG II}}
3  Net qty within {{PI 364}} limits       Y        4 x 5 L
4  {{Hazard labels}} correct              Y
5  {{CAO}} label if required             NA
6  Declaration signed                   N        <-- unsigned
7  {{Emergency contact}} 24h              Y        [[phone:+44 1632 960552]]

Comment: item 6 first ticked Y by me at 14:10. On second check by [[name:Nkechi]] ({{DG supervisor}}) at 14:25 the declaration was found unsigned. Consignment held; shipper's driver ([[name:Gary]], lorry [[vehicle_registration:YX21 KTV]]) sent back for a signature. Would have been accepted on an invalid declaration. Cause: I checked the scan, not the original.
""")),
    # 9 handover
    ("aviation", "incident", block("""
Export shed handover - days -> nights, [[date:Tue 16/07]]
1. SPILL - {{UN1263}} paint ({{Class 3}}) drum from [[organisation:Norvane Chemicals Ltd]], AWB [[case_reference:617-40131204]], leaking onto the {{roller bed}} in {{bay 3}} at 15:40. {{Forklift}} tine punctured it during breakdown - driver [[name:Kurt]] didn't see the {{orientation arrows}}.
- {{Spill kit}} used, area cordoned, {{airport fire service}} attended 15:52, declared safe 16:30.
- Approx 3 L lost. Drum overpacked and quarantined in the {{DG cage}}. Shipper informed.
- [[name:Kurt]] had an {{eye wash}} as a precaution - {{first aider}} [[name:Mariam]], no injury.
2. Bay 3 still closed, rollers need cleaning by contractor tomorrow ({{COSHH}} sheet on board).
3. Occurrence [[case_reference:OR-2024-07019]] open, {{MOR}} decision with {{Safety}}.
4. [[flight_number:CVX221]] cut-off moved to 21:00 because bay 3 is out.
Handed over by [[name:Jas]] to [[name:Brendan]]
""")),
    # 10 formal narrative
    ("aviation", "success", prose("""
Good catch - tail tipping prevented. On [[date:19 August]] [[aircraft_registration:G-CVXB]], a
{{Boeing 757-200F}}, was being loaded for [[flight_number:CVX302]] on a remote stand after a late
aircraft change. Because the main deck was being loaded aft-first to suit the ULD sequence,
{{loadmaster}} [[name:Will Ashworth]] worked out that the aircraft would approach the {{tail
tip}} limit before the forward positions were filled. He stopped loading, had the {{tail stand}}
fitted (it had been missed on the quick turn) and asked {{Load Control}} for a revised {{LIR}}
loading the forward positions first. The {{ramp supervisor}} pushed to keep going because of the
slot. [[name:Will]] held his ground and explained the risk. Loading resumed after 12 minutes and
the flight left within its {{CTOT}}. Learning: tail stand fitting added to the arrival checklist
as a hold point. [[name:Will]]'s actions show {{just culture}} and stop-and-check working as
intended.
""")),
    # 11 minutes
    ("aviation", "near_miss", block("""
Ground Safety Action Group - minutes - [[date:Wed 11 September 2024]]
Attendance: [[name:Jürgen Haas]] ({{Head of Ground Ops}}, chair), [[name:Dawn Pickering]] ({{Ramp Manager}}), [[name:Hana Nováková]] ({{Load Control}}), [[name:Yuki Tanaka]] ([[organisation:Ardent Handling]]), Capt [[name:Ingrid Solberg]] ({{Flight Ops}})
Apologies: [[name:Eamon Doyle]], [[name:Mo Idris]] ({{Security}})

3. Near miss - over-contour ULD, [[date:2 Sept]], [[flight_number:CVX217]]
A main deck ULD was 6 cm over contour on the left side. Found by [[name:Sione]] at the door when the {{PDU}}s stalled and the net rubbed the {{door sill}}. It had passed the {{contour gauge}} at build because the gauge side plate was bent. Rebuilt; no damage to the aircraft.
Discussion: [[name:HN]] said weights were correct; the problem is the gauge. [[name:DP]] confirmed the bay 2 gauge was replaced on [[date:4 Sept]].
Actions: [[name:DP]] - monthly gauge inspection on the checklist; [[name:YT]] - brief the build team; [[name:IS]] - share at the crew {{CRM}} day.
""")),
    # 12 form
    ("aviation", "incident", block("""
GROUND INJURY REPORT ({{RIDDOR}} check)
Injured person: [[name:Mateusz Grabowski]]
DOB: [[date_of_birth:17/02/1991]]
Home address: [[address:31 Coppice Road, Holmbridge]], [[postcode:HB3 6DW]]
Contact: [[phone:07700 900946]]
Employer: [[organisation:Ardent Handling]]
Date/time: [[date:05/10/24]] 04:20   Location: {{main deck}}, {{B767-300F}} [[aircraft_registration:G-CVXE]], stand 12
What happened: while guiding a {{PMC}} on the {{roller deck}}, [[name:Mateusz]]'s left hand was caught between the ULD base and a {{side guide}} when the {{PDU}} was driven from the control panel by an operator who could not see him. {{PPE}} gloves worn. Suspected fractured fingers; {{first aid}} given, taken to [[organisation:Holmbridge General Hospital]] by a colleague.
Witness: [[name:Tomás Reyes]] (operator)
Immediate actions: deck isolated; {{CCTV}} preserved; {{HSE}} report likely (over 7 days).
Reporter: [[name:D. Pickering]]
""")),
    # 13 thank-you e-mail
    ("aviation", "success", block("""
From: [[name:Ingrid Solberg]] <[[email:ingrid.solberg@corvexcargo.com]]>
To: {{Ramp Team}}
Subject: Thanks - [[flight_number:CVX 7731]] {{AOG}} charter

Hi all,

A note of thanks from me and {{FO}} [[name:Mateus Ribeiro]] for last night's AOG charter, [[flight_number:CVX7731]]. We arrived 50 min late with an engine on a {{transport stand}} for another operator's stranded aircraft, plus 300 kg of {{lithium metal batteries}} ({{UN3090}}, {{PI 968}}). [[name:Dawn]]'s team had the straps and {{tie-down}} kit ready, [[name:Faith]] had pre-checked the DG so the {{NOTOC}} reached us complete and correct first time, and [[name:Robbo]] talked us through the {{restraint}} calculation on the {{main deck}}. We were off blocks 35 minutes after arrival.

That's what good looks like. Please pass my thanks to everyone.

[[name:Ingrid]]
{{Captain}}, {{B767}} fleet, [[organisation:Corvex Cargo]]
""")),
    # 14 WhatsApp
    ("aviation", "near_miss", block("""
WhatsApp - "Export Shed Leads"
[[[date:22/10/2024]], 13:02] [[name:Kwame A]]: lorry at {{dock 2}} from [[organisation:Bluewave Forwarding]], 6 drums, driver says "just cleaning fluid, no paperwork needed"
[[[date:22/10/2024]], 13:03] [[name:Kwame A]]: drums have {{Class 8}} corrosive diamonds on them 🤨
[[[date:22/10/2024]], 13:05] [[name:Nkechi]] {{DG}}: DO NOT ACCEPT. nothing comes off that truck without a {{DGD}}. whats the reg
[[[date:22/10/2024]], 13:06] [[name:Kwame A]]: [[vehicle_registration:LK70 HBU]]
[[[date:22/10/2024]], 13:07] [[name:Nkechi]] DG: ok coming down. who booked it in?
[[[date:22/10/2024]], 13:15] [[name:Mo]]: booking system says "general cargo - detergent" on the {{pre-alert}} 🙄
[[[date:22/10/2024]], 13:40] [[name:Nkechi]] DG: {{UN1760}} {{Corrosive liquid, n.o.s.}} confirmed, sent back. emailing the forwarder + logging near miss

Note: booking desk accepted the pre-alert without querying "detergent". Had it been tipped off it would have sat in general cargo overnight.
""")),
    # 15 RT transcript
    ("aviation", "incident", block("""
RT transcript - [[organisation:Holmbridge Ground]], [[date:Mon 18 November]], 06:42
[[flight_number:Corvex 305]]: [[organisation:Holmbridge Ground]], [[flight_number:Corvex 305]], stand 12, request taxi.
GND: [[flight_number:Corvex 305]], taxi holding point {{A1}} via {{Alpha}}, {{Bravo}}.
[[flight_number:Corvex 305]]: Taxi A1 via Alpha, Bravo, [[flight_number:Corvex 305]].
GND: [[flight_number:Corvex 305]], STOP IMMEDIATELY, vehicle crossing Bravo ahead of you.
[[flight_number:Corvex 305]]: Stopping, [[flight_number:Corvex 305]].
GND: {{Tug}} on Bravo, you are not cleared to cross, vacate to the {{service road}} and report.
TUG: Sorry, vacating.

Summary: [[aircraft_registration:G-CVXD]] stopped about 80 m short of a tug (driver [[name:Lee Marsh]], [[organisation:Ardent Handling]]) that crossed taxiway Bravo without clearance. The driver had been told to "get round to cargo quick" and used the taxiway instead of the {{vehicle lane}}. {{ATC}} filed an {{MOR}}. [[name:Lee]]'s {{ADP}} suspended pending retraining.
""")),
    # 16 rushed lower-case
    ("aviation", "success", prose("""
quick good catch from nights, [[date:wed 6th]]. [[name:bartek]] was doing the final walkround on
the {{767}} for [[flight_number:cvx220]] n noticed the {{Class 3}} paint tins ({{UN1263}}) were
built on the same {{PMC}} as 2 boxes of {{Class 5.1}} {{oxidiser}} - {{segregation}} fail, they
cant be next to each other per {{DGR}} table 9.3.A. {{NOTOC}} didnt flag it cos the {{LIR}} had
them on diff ulds (build team changed it last min). he stopped it, got [[name:nkechi]] over,
rebuilt in 25 min, NOTOC reissued and {{captain}} briefed. zero delay on the {{CTOT}}. proper
bit of work. - [[name:dawn p]]
""")),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind209", REPORTS))
