"""Held-out blind corpus 351: 50 invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
the anonymiser generalises. Three settings, all people, organisations, places and numbers
invented:

- social_care (17): an adoption and permanence team - matching, adoption panel,
  introductions, life story work, letterbox contact and adoption support.
- health (17): a hospital at night team - site managers, bleeps, deteriorating patients,
  junior doctors, handovers and night safety huddles.
- aviation (16): a drone operator doing infrastructure inspections - remote pilots,
  observers, operational authorisations, flight logs, airfield coordination.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, Teams/WhatsApp/Slack exports with handles, handover notes, minutes
with attendance and apologies, pipe-separated tables, radio/RT transcripts, shout-outs and
thank-you notes. Identifiers are marked [[label:value]]; must-not-redact mentions (roles,
national agencies, clinical terms, drugs, equipment, acronyms, generic times) are {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind351.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
ugh. the {{life story book}} for [[name:kayden]] ([[age:6yo]]) got posted to the adopters OLD
address not the new one. [[name:Hope]] and [[name:Dev Rathore]] moved in {{August}}, new addr
was on {{LCS}} but i copied it off the {{PAR}} 🙁 book went to
[[address:14 Larkspur Close, Millbridge]] [[postcode:MB4 7TW]]. new owners rang the office on
[[date:thurs 9th]], v kind, kept it sealed + handed it in at reception. nothing opened they said.
told my {{TM}} [[name:Bernie]] same day, {{data breach}} form done ref [[case_reference:IG-2291]],
{{DPO}} aware. [[name:hope]] n [[name:dev]] informed, [[name:hope]] was upset obvs, its got
{{birth mum}}'s photos in it + the {{later life letter}}. lesson = ALWAYS check address on system
b4 posting anything w/ {{birth family}} info. also why r we still posting these lol
""")),
    ("social_care", "incident", prose("""
During the second week of {{introductions}} for [[name:Lily-Mae]] ([[age:22 months]]), the
{{foster carer}}, Mrs [[name:Chiamaka Okonkwo]], posted a photograph on {{Facebook}} of
[[name:Lily-Mae]] with her prospective adopters at [[organisation:Pennyroyal Farm Park]]. The post
tagged the location and named the adopters as [[name:Grace]] and [[name:Tomasz]]. It was visible
to Mrs [[name:Okonkwo]]'s wider friends list, which we understand includes a cousin of
{{birth father}}. The {{supervising social worker}} from [[organisation:Bright Harbour Fostering]],
[[name:Ruth Amankwah]], was alerted by a colleague on [[date:17 October]] and the post was removed
within the hour. A {{risk assessment}} was completed with the {{child's social worker}} and the
{{team manager}} the same afternoon; there is no indication that {{birth father}} has seen it. The
adopters were informed and have been offered a meeting, and the {{IRO}} has been notified. We are
reviewing the {{safer caring}} guidance given to carers before {{introductions}} begin, including
explicit advice on {{social media}}, and [[organisation:Bright Harbour]] will raise it at
Mrs [[name:Okonkwo]]'s next {{supervision}}.
""")),
    ("social_care", "near_miss", block("""
From: [[name:Marguerite Achterberg]] <[[email:m.achterberg@severnvale-adoption.org.uk]]>
To: {{Panel Admin}}
Sent: [[date:Tue 4 Feb]] {{16:42}}
Subject: RE: panel papers – [[case_reference:SA/0417]]

Hi [[name:Ollie]],

Before these go out tomorrow – page 12 of the {{CPR}} for [[name:Remi]] ([[age:aged 4]]) and
[[name:Zayn Fairweather]] ([[age:aged 7]]) still has {{birth mum}}'s current address in full:
[[address:Flat 3, 22 Cinder Row, Oakhampton Vale]] [[postcode:OV2 9HD]]. It should have been
redacted before it reached {{panel}}.

Nothing has been sent so no harm done, but can you pull the pack and send it back to
[[name:Jas]] to redact? I've checked the {{PAR}} and the {{medical adviser}}'s report and they're fine.

Could we add a redaction check to the {{panel}} checklist? This is the second time since {{April}}.

Thanks,
[[name:Marguerite]]

[[name:Marguerite Achterberg]]
{{Panel Adviser}} | [[organisation:Severnvale Adoption]]
[[phone:01632 960418]]
""")),
    ("social_care", "success", block("""
📣 SHOUT OUT to [[name:Precious Ndlovu]], our {{student social worker}}, for the
{{life story book}} she made for [[name:Faith]] ([[age:aged 5]]).
She found photos of the unit where [[name:Faith]] was born ([[organisation:St Oswin's Maternity Unit]]),
got {{birth grandma}} to record a {{voice note}}, and used the {{Signs of Safety}} {{Three Houses}}
pages so it actually makes sense to a [[age:5yo]].
Adopters [[name:Sunny]] and [[name:Rob Achebe-Lund]] told us at the {{celebration hearing}} on
[[date:28th Nov]] that [[name:Faith]] asks for it every night.
The {{IRO}}, [[name:Kwabena]], also commented on the quality at the final {{LAC review}}.
[[name:Precious]] you're a star ⭐
– [[name:Gill]] & all of the {{Permanence Team}}, [[organisation:Brackenford Council]]
""")),
    ("social_care", "near_miss", block("""
Chronology – [[date:Weds 12 March]] – ref [[case_reference:PT-77310]]
{{08:50}} [[name:Aylin]] ([[age:3yo]]) dropped at [[organisation:Tumbledown Nursery]] by {{foster carer}} [[name:Pat Mercer]] as normal.
{{11:15}} {{nursery manager}} [[name:Deborah Quayle]] rings {{duty}}: a woman saying she is {{maternal grandmother}} is in reception asking to take [[name:Aylin]] out for lunch.
{{11:17}} {{Duty SW}} [[name:Farhan Qureshi]] confirms grandmother has no agreed contact since the {{placement order}}. Advises nursery NOT to release and to keep [[name:Aylin]] in the {{baby room}}.
{{11:30}} Grandmother leaves, no incident. She was still on the collection list from when [[name:Aylin]] lived with her – never updated when she came into care.
{{11:45}} [[name:Pat]] informed, collects [[name:Aylin]] early.
{{14:00}} List updated: only [[name:Pat]] and [[name:Steve Mercer]] authorised, password agreed. {{IRO}} and {{family finder}} informed.
Reported by [[name:F. Qureshi]], duty worker.
""")),
    ("social_care", "success", block("""
ADOPTION PANEL (MATCHING) – MINUTES – [[date:19/06/24]]
Present: Dr [[name:Imogen Stroud]] ({{Panel Chair}}); [[name:Kofi Mensah]] ({{independent member}}, adopted adult);
Cllr [[name:Bill Haverstock]] ({{elected member}}); [[name:Rasa Jankauskienė]] ({{medical adviser}});
[[name:Mark O'Driscoll]] ({{Panel Adviser}})
Apologies: [[name:Joy Eberhardt]] ({{Vice Chair}})
In attendance: [[name:Leanne Tibbs]] ({{child's SW}}), [[name:Tunde Bakare]] ({{adopters' SW}}), {{minute taker}} [[name:Jo]]

Item 2: Proposed match – [[name:Ellis]] (DOB [[date_of_birth:03/11/2021]], ref [[case_reference:SA/0388]])
with [[name:Amber]] and [[name:Joel Kittering]].
Panel noted an unusually clear {{CPR}} and a {{bridging}} plan built around [[name:Ellis]]'s routines with
his {{foster carers}}. Adopters spoke warmly about {{contact}} with his half-sister. [[name:Kofi]] asked
about {{Adoption Support Fund}} plans for {{therapeutic parenting}} – answered well.
Recommendation: match recommended, unanimous. Forwarded to the {{ADM}}.
Chair's note: a model set of papers – thanks to [[name:Leanne]] for the quality of the {{CPR}}.
""")),
    ("social_care", "near_miss", block("""
[[date:14/05/2024]], {{16:58}} - [[name:Nadia Kowalczyk]]: hi [[name:bronwen]] adopters just left w [[name:Oskar]] for the {{1st overnight}}
[[date:14/05/2024]], {{16:59}} - [[name:Nadia Kowalczyk]]: they had the wrong {{car seat}} tho?? forward facing {{high back booster}}, hes only [[age:14 months]]
[[date:14/05/2024]], 17:01 - [[name:Bronwen Pryce-Jones]]: oh no. which car
[[date:14/05/2024]], 17:02 - [[name:Nadia Kowalczyk]]: silver {{qashqai}} [[vehicle_registration:WK71 RZP]]. i said he needs his {{rear facing}} one but [[name:Mark]] said its fine for 20 mins
[[date:14/05/2024]], 17:04 - [[name:Bronwen Pryce-Jones]]: ringing them now
[[date:14/05/2024]], 17:15 - [[name:Bronwen Pryce-Jones]]: they've pulled into the {{services}}, [[name:Mark]] going back for the right seat. [[name:Oskar]] fine, asleep
[[date:14/05/2024]], 17:16 - [[name:Nadia Kowalczyk]]: 👍 thank god
[[date:14/05/2024]], 17:20 - [[name:Bronwen Pryce-Jones]]: will add seats to the {{introductions}} plan + tell {{TM}}. we shud of checked at the {{planning meeting}}
""")),
    ("social_care", "success", prose("""
Positive practice note for the {{Permanence Team}} meeting on [[date:2 April]]. Baby
[[name:Rosalind]] was placed at [[age:six days old]] with [[name:Aoife Brennan]] and
[[name:Siobhán Ní Bhriain]] under a {{Fostering for Adoption}} arrangement after a
{{pre-birth assessment}}. Throughout proceedings the carers brought [[name:Rosalind]] to
{{family time}} with {{birth mother}} three times a week at
[[organisation:Wychcombe Family Centre]], and [[name:Siobhán]] kept a shared diary that
{{birth mother}} said she valued. When the {{placement order}} was made at
[[organisation:Marlbrook Family Court]] on [[date:11 January]], [[name:Rosalind]] had had one
home and one set of carers from birth. The {{Children's Guardian}}, [[name:Yusuf Bhamjee]],
described it as "exactly what {{Early Permanence}} is for". Worth noting for other cases: the key
was the {{Legal Gateway}} meeting being held early (week 20 of pregnancy), and
[[name:Aoife]]'s employer agreeing {{adoption leave}} from placement rather than from the order.
""")),
    ("social_care", "incident", block("""
INCIDENT FORM – {{Letterbox}} contact
Reporter: [[name:Thandiwe Mokoena]], {{Letterbox Coordinator}}
Date of incident: [[date:07/08/2024]]
Ref: [[case_reference:LB-1183]]
Child: [[name:Jayden-Lee]]   DOB: [[date_of_birth:22/09/2016]]
Recipient: {{birth mother}}, [[name:Kerry-Anne Sowerby]]
Address: [[address:41 Brook Terrace, Ashcombe]], [[postcode:AC9 3LN]]

What happened: the adopters' annual letter was forwarded to {{birth mother}} unchecked. It was
signed "love from the [[name:Ashdown-Clarke]] family" and mentioned [[name:Jayden-Lee]]'s
{{Year 3}} teacher at [[organisation:St Barnabas C of E Primary]]. [[name:Kerry-Anne]] rang to say
thank you and mentioned the school by name.

Immediate action: adopters informed same day; school {{DSL}} informed; {{safety plan}} reviewed,
{{Police}} not involved at this stage.

Contributory factors: coordinator on {{annual leave}}, cover worker unfamiliar with the
{{letterbox}} redaction checklist; no second check.
""")),
    ("social_care", "near_miss", block("""
[[name:Harriet Olumide]]  10:14
has anyone checked [[name:Teddy]]'s {{Link Maker}} profile before it goes live??
[[name:Luca Bianchi]]  10:16
not yet, why
[[name:Harriet Olumide]]  10:16
the {{video}} has his {{school jumper}} in it, you can read [[organisation:Kestrel Lane Primary]] on the {{logo}} 😬
[[name:Luca Bianchi]]  10:17
oh god. it's scheduled for 12
[[name:Harriet Olumide]]  10:18
can u unpublish? i'm in {{court}} at 10.30
[[name:Luca Bianchi]]  10:22
done, pulled it. will ask [[name:Ade]] to re-edit with the logo blurred
[[name:Luca Bianchi]]  10:23
also the {{profile}} says "[[name:Teddy]] loves [[organisation:Brackenford Rovers]] juniors on {{Saturdays}}" – taking that out too
[[name:Harriet Olumide]]  10:25
ty 🙏 let's add "no identifying uniforms/clubs" to the {{Family Finding}} checklist. will raise at {{team meeting}}
""")),
    ("social_care", "incident", block("""
HANDOVER – [[name:Will Tresize]] → [[name:Ngozi Eze]] (covering from [[date:Mon 3rd]])
Family: [[name:Ruby]] & [[name:Carys Lloyd-Evans]] (adopters), [[name:Kai]] ([[age:11]])
Ref [[case_reference:AS-20984]] – {{ASF}} application pending
- adopters rang {{Friday}} pm: [[name:Kai]] threw a chair, [[name:Carys]] has a cut to her forearm, seen at {{UTC}} at [[organisation:Millbridge Community Hospital]], 3 {{steri-strips}}. NOT logged until today – my fault, I was off sick {{Mon}}/{{Tue}}.
- {{CAMHS}} referral sent [[date:2/10]], no reply yet. Please chase.
- {{adoption allowance}} form for [[name:Ruby]] came back – NI no [[ni_number:JR 41 73 52 C]] was wrong on it, now corrected.
- {{therapeutic parenting}} course: adopters on waiting list, place offered for {{January}}.
- school ([[organisation:Ravensmoor Academy]]): {{SENCo}} Mrs [[name:Eilidh Paterson]] aware, [[name:Kai]] on reduced timetable.
- {{risk assessment}} for the home not done yet. Needs doing this week + discuss {{CPV}} at {{supervision}}.
Sorry to leave this in a mess – [[name:Will]]
""")),
    ("social_care", "success", block("""
From: [[email:joyandsam.ferreira@postmail.co.uk]]
To: [[email:permanence@brackenford.gov.uk]]
Date: [[date:23 September 2024]]
Subject: thank you!!

Dear [[name:Orla]], [[name:Matteo]] and everyone in the team,

Yesterday the {{judge}} made the {{adoption order}} for [[name:Benji]] and we wanted to say thank
you. [[name:Orla]], you came to every {{review}}, answered our texts at silly o'clock, and stayed
calm when {{introductions}} had to stop for a week because of {{chickenpox}}. [[name:Matteo]],
your {{later life letter}} made us both cry (good tears). The {{life story book}} is already dog-eared.

[[name:Benji]] is [[age:4]] now and starts {{Reception}} at [[organisation:Orchard Vale Infants]]
next week – the {{Virtual School}} and his {{designated teacher}} have been brilliant too.

With love and huge thanks,
[[name:Joy]] & [[name:Sam Ferreira]]
[[phone:07700 900352]]
""")),
    ("social_care", "near_miss", prose("""
near miss – {{panel}} papers. {{independent panel member}} [[name:R.J.]] left her paper bundle
for [[date:thurs 6th]] {{panel}} on the train home. realised when she got in, rang
[[organisation:Northvale Rail]] {{lost property}} – found by the {{guard}} + returned next
morning, envelope still sealed w tape intact. 3 {{PARs}} + 1 {{CPR}} in it incl kids names, DOBs,
health info. treating as near miss not breach as nothing opened (checked w {{IG}},
[[name:Tariq]] agreed). [[name:RJ]] is the last member still on paper bc of her eyesight –
{{Panel Adviser}} to get her a large-print {{iPad}} on the {{secure portal}} instead.
[[name:mo]] to sort b4 next month. ref [[case_reference:IG-2307]]
""")),
    ("social_care", "success", block("""
INTRODUCTIONS REVIEW – [[name:Sofía]] ([[age:2y 4m]]) – {{Moving to Adoption}} model – ref [[case_reference:SA/0402]]
Day | Date | What happened | Who
1 | [[date:Mon 8 July]] | adopters visit {{FC}} home, bathtime | [[name:Gwen]], [[name:Huw Pritchard]], {{FC}} [[name:Lorraine]]
3 | [[date:Wed 10 July]] | adopters do breakfast to bedtime at FC home | [[name:Gwen]], [[name:Huw]]
5 | [[date:Fri 12 July]] | [[name:Sofía]] visits new home w FC, {{transitional object}} (bunny) left there | [[name:Lorraine]], adopters
8 | [[date:Mon 15 July]] | move day; FC drops off, short goodbye | all
12 | [[date:Fri 19 July]] | FC post-move visit, as planned | [[name:Lorraine]], {{SW}} [[name:Mehmet]]
Review ([[name:Mehmet Yılmaz]], {{child's SW}}): [[name:Sofía]] settled quickly, sleeping through by night 4.
What worked: [[name:Lorraine]] recorded videos of herself reading [[name:Sofía]]'s bedtime book, which the
adopters play at night; a {{reflective review}} was held on day 6 and the pace slowed by a day.
[[name:Huw]] says the {{FC}} visit "gave her permission to love us".
""")),
    ("social_care", "incident", prose("""
On [[date:Saturday 15 June]] adopter Mr [[name:Emeka Nwosu]] was approached in the car park of
[[organisation:Fairmarket Superstore]], [[address:Tollgate Road, Ashcombe]], by a man who said he
was the {{birth father}} of his daughter [[name:Destiny]] ([[age:aged 9]]). [[name:Destiny]] was
not present. The man said he had found the family through a photograph of [[name:Destiny]]'s
netball team, with full names, on the [[organisation:Ashcombe Gazette]] website. Mr
[[name:Nwosu]] did not engage, drove home and called the {{Emergency Duty Team}} ({{EDT}}).
{{Police}} were informed (log [[case_reference:0615-0883]]) and attended the family home that
evening. On [[date:17 June]] a {{strategy discussion}} was held and a {{safety plan}} agreed with
the family, the school's {{DSL}} and {{Adoption Support}}. The newspaper removed the photograph
on request. Learning: consent for school photos of adopted children needs revisiting every year,
not only at admission, and schools may not realise that naming a child in the local press can
undo years of careful {{life story work}}. With the {{Virtual School Head}} we have written to all
schools with children placed by [[organisation:Severnvale Adoption]] in the last five years.
""")),
    ("social_care", "near_miss", prose("""
nm – [[name:Gabi]] in {{admin}} spotted that the {{DBS}} for adopter
[[name:Rhys Tanaka-Morgan]] ran out on [[date:01/03]] and the family were due to start {{intros}}
with twins [[name:Mia]] & [[name:Ella]] ([[age:3]]) on the [[date:14th]]. {{family finder}} +
{{adopters' SW}} both missed it – {{PAR}} was done ages ago n the {{ADM}} letter had gone out.
new {{DBS}} applied same day, back clear [[date:12/03]] so intros went ahead on time. if she hadnt
caught it we'd have placed 2 kids w an out of date check = {{Ofsted}} nightmare.
[[name:gabi]] deserves a biscuit. suggest auto reminder on {{LCS}} 3 months b4 expiry.
– [[name:sk]]
""")),
    ("social_care", "success", block("""
LEARNING FROM GOOD PRACTICE – sibling {{direct contact}}
Children: [[name:Bartek]] ([[age:10]]) and [[name:Zosia]] ([[age:6]]) – placed separately after a {{Together or Apart}} assessment.
[[name:Bartek]] is in {{long-term foster care}} with [[name:Marjorie]] and [[name:Des Hollins]]; [[name:Zosia]] was adopted by
[[name:Faisal]] and [[name:Layla Haddad]] in the {{spring}}.
What went well: the two families met before the match went to {{panel}} and agreed the plan themselves rather than
having one imposed. They now meet at [[organisation:Rookery Wood Country Park]] every school holiday and video call on
the first {{Sunday}} of each month. [[name:Bartek]] told his {{IRO}}, [[name:Pauline Okafor]], that seeing [[name:Zosia]]
"is the best bit". [[name:Layla]] says it has helped [[name:Zosia]] understand her {{life story}}.
Why it matters: {{Ofsted}} and the {{Public Law Outline}} both expect sibling relationships to be actively supported,
but in our audit only 3 of 11 separated sibling groups had {{direct contact}} a year after placement.
Signed off: [[name:Helga Brandt]], {{Service Manager}}
""")),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
{{H@N}} chronology – Ward 9, night of [[date:12/01/24]]
Pt: [[name:Derek Allsop]], [[age:78]], hosp no [[case_reference:RFI2034871]]
{{22:40}} {{NEWS2}} 5 ({{RR}} 24, {{SpO2}} 91% on air). {{HCA}} tells nurse in charge [[name:Lowri]].
{{22:50}} {{FY1}} bleeped x2 on 4417, no answer – FY1 was at a {{peri-arrest}} on [[organisation:Annie Dobson Ward]].
{{23:25}} NEWS2 now 7. [[name:Lowri]] calls {{H@N coordinator}} [[name:Sunil Varghese]], who escalates to {{medical SpR}} Dr [[name:Inês Carvalho]].
{{23:40}} Reviewed. {{Sepsis Six}} started, {{lactate}} 3.8, {{IV antibiotics}} in at 00:05.
{{02:10}} Improving, NEWS2 4. Family (son [[name:Gary]]) updated by phone.
Issue: 45 mins between a NEWS2 of 5 and any review. Nobody escalated past the FY1 when bleeps went
unanswered – the {{escalation policy}} says go to the coordinator after 15 min.
Datix [[case_reference:W-118824]] – reported by [[name:S. Varghese]]
""")),
    ("health", "near_miss", prose("""
near miss, nights [[date:wed 5/6]]. bay 3 on {{AMU}} had mr [[name:John Barrowcliffe]]
([[age:81]]) and mr [[name:Jon Barraclough]] ([[age:79]]) in beds next to each other, hosp nos
[[case_reference:RFI2211907]] and [[case_reference:RFI2211970]] 🙃 i was asked by the
{{staff nurse}} to write up {{insulin}} for mr [[name:Barraclough]] – had
[[name:Barrowcliffe]]'s chart open on {{EPMA}} and nearly prescribed 10 units {{NovoRapid}} on it.
caught it only bc {{EPMA}} flagged 'no diabetes on problem list'. no harm, nothing given. pls can
we stop putting near-identical names in the same bay, the {{name alert}} sticker wasnt on the
board either. told {{NIC}} [[name:Blessing]] + {{site manager}}. – [[name:tom h]], {{FY2}} nights
""")),
    ("health", "incident", block("""
From: [[name:Kezia Brathwaite]] ({{Clinical Site Manager}})
To: [[email:patientsafety@royalfenwick.nhs.uk]]
Cc: Dr [[name:Henrik Solberg]]
Date: [[date:Sun 21 April 2024]] {{06:12}}
Subject: Unwitnessed fall – Ward 11 – [[case_reference:W-120377]]

Morning,

At 01:30 Mrs [[name:Edna Pilkington]] ([[age:88]], NHS [[nhs_number:620 944 173 4]]) had an
unwitnessed fall in a {{side room}} on Ward 11. She is on {{apixaban}}. The {{head injury proforma}}
was started but the {{CT head}} (within 8 hours per {{NICE}} for anticoagulated patients) was not
requested until 05:40, because the only {{FY1}} covering medicine, surgery and the ortho outliers
had 23 jobs on {{Nerve Centre}} at the time. CT done 06:05 – no bleed, thankfully. Daughter
[[name:Maureen]] informed at 07:00.

I think this is a staffing problem rather than an individual one and would like it on the
agenda for the {{H@N}} steering group.

[[name:Kezia]]

[[name:Kezia Brathwaite]] | Clinical Site Manager (Nights) | [[organisation:Royal Fenwick Infirmary]] | ext 5521
""")),
    ("health", "success", prose("""
Huge thanks to [[name:Amara Osei-Bonsu]], {{night sister}} on [[organisation:Harcourt Ward]],
who noticed that [[name:Leo]] ([[age:19]]), admitted with "{{viral illness}}", just didn't look
right at {{3am}} despite a {{NEWS2}} of 2. She asked for a {{VBG}} – {{lactate}} 5.1 – and called
the {{outreach}} team directly. [[name:Leo]] was on {{ITU}} within 90 mins with
{{meningococcal sepsis}} and is now home. {{Outreach}} nurse [[name:Faith]] and Dr
[[name:Grace Adebayo-Hale]] ({{ITU registrar}}) were brilliant too. This is what
"{{soft signs}}" look like. Nominated for {{Star of the Month}}. – [[name:Colm]], {{Matron}} for
nights
""")),
    ("health", "near_miss", block("""
NIGHT HANDOVER – Medicine – [[date:Fri 8/3]]
From [[name:Priyanka]] (day {{SHO}}) to [[name:Mateusz Zieliński]] ({{night SHO}})
1. Ward 6 bed 12 – [[name:Albert Cheung]], [[age:91]], [[case_reference:RFI1987342]]. {{aspiration pneumonia}}. {{ReSPECT}} form says not for CPR, ward-based care. Form in paper notes, NOT yet on {{Nerve Centre}} alert.
2. Ward 6 bed 3 – [[name:Siân Howells]], [[age:54]], [[case_reference:RFI2001556]]. {{K+}} 6.1 at 18:00, on {{insulin-dextrose}}, repeat VBG due 22:00.
3. Ward 2 – {{TTO}}s for 2 pts, not urgent.
---
Addendum {{04:10}} ([[name:MZ]]): {{2222}} call for bed 12 at 03:50. Crash team arrived, {{CPR}} about to
start when {{staff nurse}} [[name:Rosa]] found the ReSPECT form in the notes. No compressions given.
Mr [[name:Cheung]] died peacefully at 04:02 with his son present. Handover had it right but the alert
wasn't updated on the system, so the team didn't know. Datix [[case_reference:W-119460]].
""")),
    ("health", "incident", prose("""
At approximately {{02:00}} on [[date:4 November]], {{potassium chloride}} 40 mmol in 500 ml
{{sodium chloride 0.9%}} was prescribed on {{EPMA}} by the {{FY1}}, Dr [[name:Hamish McAllister]],
for Mrs [[name:Marion Gallagher]] (DOB [[date_of_birth:14/02/1951]], NHS
[[nhs_number:558 316 027 6]]) on Ward 14, to run over 2 hours. This exceeds the trust's maximum
peripheral rate of 10 mmol per hour. The {{agency nurse}} set up the bag on a {{volumetric pump}}
without using the drug library. After around 30 minutes Mrs [[name:Gallagher]] complained of
burning along her arm; the nurse in charge, [[name:Oluwaseun]], stopped the infusion and contacted
the {{H@N}} team. An {{ECG}} was normal and the morning {{potassium}} was 4.1. No lasting harm.
Contributory factors: the FY1 had been on the {{acute take}} since 20:00 and had not prescribed IV
potassium before; the prescribing guidance is three clicks deep on the intranet; and the agency
nurse had not been shown our pumps. Actions: a pre-set rate on EPMA for KCl, pump training for
agency staff at induction, and discussion at the {{junior doctors' forum}}. Datix
[[case_reference:W-121005]].
""")),
    ("health", "success", block("""
Teams – #hospital-at-night – [[date:Sat 30 Nov]]
[[name:kez.b]] (Site) 01:12: anyone free? {{outreach}} need a hand on [[organisation:Paxton Ward]], [[age:34yo]] {{DKA}} not improving, bed 4
dr.[[name:ade]] 01:13: on my way, 2 mins
[[name:Sunil V]] 01:13: I'll hold [[name:Ade]]'s bleeps till he's back
[[name:kez.b]] 01:31: {{ITU}} bed confirmed, transfer 01:50
dr.[[name:ade]] 01:49: {{VBG}} pH 7.08, {{FRIII}} running, {{SBAR}} done, going now
[[name:Precious M]] (ITU) 01:58: received, thanks all, smooth handover
[[name:kez.b]] 07:45: morning all – just to say last night was textbook. {{escalation}} to {{ITU}} in under 50 min,
handover from [[name:Ade]] was perfect, and [[name:Sunil]] covering bleeps meant no other ward waited.
Putting in a {{Learning from Excellence}} for you three 👏
""")),
    ("health", "near_miss", block("""
{{Nerve Centre}} task extract, [[date:17/09/24]] 01:00–03:00 (for review – do not forward)
Time  | Ward | Patient | Hosp no | Task | Priority | Seen
01:04 | 8  | [[name:Gwyneth Parry]] | [[case_reference:RFI2210456]] | re-site {{cannula}} | routine | 01:40
01:12 | 15 | [[name:Abdi Warsame]] | [[case_reference:RFI1755302]] | chest pain, ECG done | routine | 02:35
01:30 | 8  | [[name:B. Kowalski]] | [[case_reference:RFI2199013]] | {{fluids}} review | routine | 01:55
02:05 | 3  | [[name:Hope Ingleby]] | [[case_reference:RFI1620877]] | {{warfarin}} dose | routine | 02:20

Mr [[name:Warsame]] ([[age:58]]) had central chest pain; the {{HCA}} did an {{ECG}} at 01:15 showing new
{{ST depression}}, but the task was logged as routine so it sat behind three others. {{Troponin}} came
back at 89 – {{NSTEMI}}. No harm identified; started on the {{ACS protocol}} at 02:50.
Learning: chest pain tasks should default to urgent, and any ECG should be shown to a doctor within 10 minutes.
Reported by [[name:Ollie Brennan-Yeo]], {{H@N practitioner}}
""")),
    ("health", "incident", prose("""
Missing patient. At around {{03:20}} on [[date:9 February]] Mr [[name:Raymond Tulloch]]
([[age:84]], hosp no [[case_reference:RFI1843390]]), who has {{delirium}} on a background of
{{vascular dementia}} and a {{DoLS}} application in progress, was found to be missing from bay 2
of [[organisation:Florence Ward]]. Enhanced observation ({{1:1}}) had been requested at the
{{safety huddle}} at 22:00, but no {{enhanced care}} staff were available and the
{{site manager}}, [[name:Bridget O'Hare]], was not told. {{Security}} were alerted at 03:35. At
03:50 a taxi driver, [[name:Faruk]], flagged Mr [[name:Tulloch]] down on the hospital approach
road and kept him warm in his cab ([[vehicle_registration:YN68 KTE]]) until security arrived. He
was cold (35.1) but unhurt. His daughter [[name:Sandra]] was informed at 04:10 and {{Police}} were
stood down. Learning: when 1:1 cannot be staffed the site manager must be told so they can move
staff or cohort patients; the ward door alarm had also been switched off because it "kept going
off".
""")),
    ("health", "success", block("""
NIGHT SAFETY HUDDLE – [[date:Thurs 14 March]] – 21:30, {{site office}}
Present: [[name:Kezia Brathwaite]] ({{CSM}}, chair), Dr [[name:Jun Watanabe]] ({{medical reg}}), [[name:Aoife]] ({{outreach}}),
[[name:Pat Oyelaran]] ({{H@N practitioner}}), [[name:Leszek]] ({{surgical FY1}}), [[name:Hana Novák]] ({{paeds}} nurse in charge)
Apologies: [[name:Rose Tremayne]] ({{bed manager}}), Dr [[name:Bill Sandhu]] ({{anaesthetist}})
1. Beds: 4 in {{ED}} awaiting, 2 {{ITU}} beds, no {{corridor care}}.
2. Watch list: Ward 14 bed 6 (NEWS2 5), [[organisation:Paxton Ward]] bed 4 (post-op, low urine output).
3. Good news: 3 weeks since the 21:30 huddle started – no unplanned {{cardiac arrests}} on the wards overnight in that
time, and 100% of NEWS2 ≥5 reviewed within 30 min last week (audit by [[name:Pat]]).
4. AOB: thanks to [[name:Leszek]] for the new jobs-list template.
Next huddle 02:00. Minutes: [[name:P. Oyelaran]]
""")),
    ("health", "near_miss", block("""
Subject: near miss – {{oxycodone}} / {{OxyContin}} mix-up
From: Dr [[name:Yaw Asante-Mensah]] ({{FY1}})
To: Dr [[name:Lucía Ferrer]] ({{educational supervisor}})
Date: [[date:22/10/2024]]

Hi [[name:Lucía]],

Reflecting on last night for my portfolio – I've also put it on {{Datix}} ([[case_reference:W-122871]]).
On [[organisation:Harcourt Ward]] I was asked to prescribe breakthrough analgesia for Mr
[[name:Ivor Penhaligon]] ([[age:67]]). I prescribed {{OxyContin}} 10 mg (modified release) when I meant
{{OxyNorm}} 5 mg immediate release {{PRN}}. The {{night pharmacist}}, [[name:Ama]], was on the ward for
another query and spotted it before the first dose. I changed it and told the {{nurse in charge}}.
I was on my fourth night and had been bleeped 40+ times; the EPMA picklist puts the two side by side.
I've re-read the {{BNF}} guidance and [[name:Ama]] suggested a "search by generic" setting.

Thanks,
[[name:Yaw]]
[[name:Yaw Asante-Mensah]] | FY1 | bleep 3318
""")),
    ("health", "incident", prose("""
incident – bleep system down approx {{01:40}}–{{02:25}} night of [[date:sat 2nd]]. switchboard
([[name:Mandy]] on) couldnt put out {{2222}} calls via bleeps, had to ring wards one by one.
{{cardiac arrest}} on Ward 17 (pt [[name:Kenneth Oduya]] [[age:72]]) – crash team arrived 6 min
late, {{ROSC}} after 2 cycles, now on {{ITU}}. unclear if delay contributed. {{IT}} on-call took
40 min to answer. we had no backup plan – nobody knew where the {{Ascom}} phones or the
{{major incident}} radios were kept. Dr [[name:Reyes]] ({{med reg}}) says we need a drill asap.
{{H@N}} coordinator [[name:jon]] wrote this. ref [[case_reference:W-121688]]
""")),
    ("health", "success", block("""
(card left at the {{nurses' station}}, Ward 21, [[date:3 Jan]] – typed up for the {{night staff}} noticeboard)

To the night team – especially the nurse called [[name:Joy]] and the young doctor with the Scottish accent ([[name:Callum]]?),

One night last week my {{husband}} [[name:Arthur]] became very muddled and breathless. [[name:Joy]] noticed straight
away that something wasn't right, fetched the doctor, and sat with me while they did his {{blood tests}}. They found
he had {{sepsis}} from his {{catheter}} and started {{antibiotics}} within the hour. The {{outreach nurse}} came too.
I was so frightened and nobody made me feel in the way. [[name:Arthur]] is home now and grumbling about the telly,
which means he's back to normal.

Thank you from the bottom of our hearts,
[[name:Margaret]] & [[name:Arthur Steadman]], [[address:9 Wheelwright Lane, Cotterby]]
""")),
    ("health", "incident", block("""
Transfer incident – [[date:25/07/24]] – Datix [[case_reference:W-120999]]
Pt: [[name:Lakshmi Raghunathan]], [[age:46]], NHS [[nhs_number:391 720 654 4]], {{subarachnoid haemorrhage}}, for neurosurgery at [[organisation:Wardley General Hospital]]
{{23:05}} Accepted by {{neurosurgical registrar}} Mr [[name:Dimitrios Pappas]].
{{23:40}} [[organisation:Northvale Ambulance Service]] crew arrive. {{GCS}} 14.
{{23:55}} Leaves with crew + {{anaesthetic}} {{ODP}}. Imaging link sent, but paper notes, drug chart and {{nimodipine}} prescription NOT sent – left on the desk in {{resus}}.
{{00:50}} [[organisation:Wardley]] ring: no drug chart, nimodipine overdue, unsure of GCS trend.
{{01:05}} {{H@N coordinator}} [[name:Sunny Gill]] scans + emails chart and gives verbal handover.
{{01:30}} Nimodipine given at receiving unit, ~90 min late.
Learning: no transfer checklist used at night; the day checklist lives in {{ED}}. Actions: checklist on the transfer trolley; {{site manager}} sign-off for all night transfers. – [[name:S. Gill]]
""")),
    ("health", "near_miss", block("""
DATIX FORM – {{transfusion}} near miss
Ref: [[case_reference:W-122130]]   Date: [[date:02/12/24]]   Location: {{Ward 10}}
Patient name: [[name:Mercy Adjei-Boateng]]
DOB: [[date_of_birth:30/06/1979]]
NHS no: [[nhs_number:713 502 848 1]]
Address: [[address:27 Cobbler's Yard, Fennick]], [[postcode:FN3 8QA]]
Reporter: [[name:Ionuț Popescu]], {{staff nurse}} (nights)

Description: At 02:15 the {{FY1}} asked me to put up the second unit of {{red cells}}. The patient had no
{{ID band}} on – it had been cut off for a {{cannula}} in {{ED}} and not replaced. The {{bedside check}}
could not be completed so I stopped. A unit in the fridge for a patient with a similar name
([[name:M. Adjei]]) was also on the ward.
Action: new band printed and checked by two RNs; transfusion given 02:50 with no issues.
{{Transfusion practitioner}} informed. Learning: bands must be replaced straight away – no band, no blood.
""")),
    ("health", "success", block("""
LEARNING FROM EXCELLENCE
Nominee: Dr [[name:Chidi Eze]] ({{FY1}}, nights)    Nominated by: [[name:Hamza]] ({{Medical Registrar}})
Date: [[date:Tue 11th June]]
What happened: At {{03:00}} [[name:Chidi]] was asked to review Mrs [[name:Violet Harrington]], [[age:92]], on
[[organisation:Keble Ward]] for "{{confusion}}". Instead of reaching for {{haloperidol}} he checked her
{{capillary glucose}} (2.1), treated the {{hypo}}, then worked out from the drug chart that her
{{gliclazide}} had been doubled on admission. He called me at the right time, stopped the gliclazide and set
up a {{glucose infusion}} plan with the ward team. He also phoned her son [[name:Roger]] at a sensible hour to explain.
Why it was excellent: calm and curious – he looked for a cause before sedating a frail patient.
""")),
    ("health", "incident", prose("""
sharps injury – me, [[name:Ella-Rose Whitlock]], {{FY1}}, about {{04:30}} [[date:19/5]]. taking
an {{ABG}} from pt in side room 2 on {{AMU}} (pt [[name:Gordon Fairley]],
[[case_reference:RFI2087715]]), he pulled his arm away and i got the needle in my thumb through
my gloves. bled it + washed, told {{NIC}} [[name:Sophie]]. went to {{ED}} as {{Occ Health}} is
shut at night – seen 06:10, bloods taken, source pt consented for {{BBV}} screen. {{PEP}} not
needed per {{micro}} on call. issues: no {{safety-engineered}} ABG syringes on AMU, only the old
ones, and i was on my own with nobody to hold the arm. ref [[case_reference:W-119002]]
""")),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
Occurrence report [[case_reference:OCC-24-017]]. On [[date:6 March]] a {{DJI Matrice 350 RTK}}
operated by [[organisation:Skyloft Inspection Ltd]] under its {{Operational Authorisation}}
([[case_reference:UAS 11846]]) was carrying out a close visual inspection of tower 41 on the 132 kV
line near [[organisation:Hartswood Substation]] for [[organisation:Northvale Power Networks]]. The
{{remote pilot}}, [[name:Callum Rees]], and {{observer}}, [[name:Nkechi Obi]], had completed the
{{pre-flight checklist}}. At 11:42, about 8 m from the tower, the aircraft showed a
{{compass error}} and dropped into {{ATTI mode}}. In a 14 kt crosswind it drifted towards the
conductors; the {{RP}} tried to climb away but the left rear propeller struck the earth wire and
the aircraft fell into the field below. Nobody was injured and the line did not trip. The
{{DNO}} control room was told at 11:50 and the landowner, Mr [[name:Geraint Bowen]], the same
afternoon. An {{MOR}} was submitted to the {{CAA}}. Initial findings: the 10 m minimum stand-off
in the task plan was not briefed, and {{magnetic interference}} near steel towers was not in the
risk assessment.
""")),
    ("aviation", "near_miss", block("""
Transcript – handheld radio, {{PMR446}} ch 3 – [[date:21/08/24]] – [[organisation:Eskmoor Wind Farm]] access track task
14:06:12 {{OBS}} ([[name:Jess]]): Pilot, observer – helicopter, low level, east, two miles, inbound.
14:06:18 {{RP}} ([[name:Tomasz Wójcik]]): Copy, descending now, holding at 30 metres.
14:06:30 OBS: Looks like the {{air ambulance}}, yellow. Heading straight for us.
14:06:34 RP: Landing, landing. Clear the pad.
14:06:58 RP: Drone on the ground, props stopped.
14:07:20 OBS: Helicopter passed overhead approx 500 feet, reg [[aircraft_registration:G-NVAA]], landing in the field by the road.
Post-flight note ([[name:T.W.]]): the {{HEMS}} aircraft (callsign [[flight_number:Helimed 62]]) was attending an
{{RTC}} on the road next to site. We had checked {{NOTAMs}} and {{Drone Assist}}, but HEMS don't NOTAM emergencies.
The observer's call gave us about 40 seconds. Learning: keep the {{observer}} facing away from the task and
consider an {{ADS-B}} receiver in the kit. Logged as near miss, [[case_reference:OCC-24-031]].
""")),
    ("aviation", "success", prose("""
Shout-out 🙌 to our {{observer}} [[name:Amber]] on the [[address:Coldharbour Viaduct]] job on
[[date:Tues 4th]]. During her {{walk-round}} of the {{Mavic 3 Enterprise}} she found a hairline
crack at the root of one {{propeller}} that neither the {{RP}} nor I had spotted when we unpacked.
Props swapped, crack photographed, the set quarantined and the fault reported to the
manufacturer, all recorded in the {{flight log}} and {{tech log}}. If that blade had let go over
the railway it could have been a very different day. Also a good reminder that the
{{observer}} role isn't just "looking at the sky". Nice one [[name:Amber]]. – [[name:Rich]]
({{Ops Manager}})
""")),
    ("aviation", "incident", prose("""
incident – {{LiPo}} swelled + smoked in the back of the van ([[vehicle_registration:KX19 BHT]])
on way back from [[address:Bramley Reservoir]] [[date:mon 17th]]. [[name:deano]] smelt it at
the lights, pulled onto the verge, got the {{TB65}} batts out w gloves into the {{LiPo bag}} +
sand bucket. no fire thank god. the batt was one we flew down to 8% bc of the {{RTH}} delay, then
charged in the van off the {{inverter}} – which we're not meant to do. {{ops manual}} says charge
on site only w someone watching. {{flight log}} shows that batt had 212 cycles so prob past it
anyway. binned + reported to [[name:Rich]]. pls can we get a proper fire bag for each van + stop
charging on the move. – [[name:kay]]
""")),
    ("aviation", "near_miss", block("""
Near miss chronology – task [[case_reference:SK-1093]], rail bridge inspection for [[organisation:Coldharbour Rail]]
[[date:Mon 2 Sept]] 16:20 – {{RP}} [[name:Hemi Walker]] submits {{flight plan}}: 45 min, 60 m {{AGL}}, bridge 1.1 km from [[organisation:Marshfield Airfield]].
[[date:Tue 3 Sept]] {{07:10}} – {{Ops Manager}} [[name:Rich Adeyemi]], reviewing plans, notices the site is inside the airfield {{FRZ}}. No permission on file.
{{07:15}} – task stood down. RP already driving to site.
{{07:40}} – Ops rings the airfield {{ATS}} unit ([[name:Moira]], [[phone:01632 960771]]) – {{glider}} launches planned from 09:00.
{{08:30}} – permission given for 13:00–15:00 with calls before and after.
{{13:02}} – task flown, no issues.
Why: the new mapping app layer didn't show the FRZ and the RP relied on it instead of the {{CAA}} {{drone safety map}}.
Fix: two-source airspace check on the planning form; Ops sign-off before any flight within 5 km of an {{aerodrome}}.
""")),
    ("aviation", "success", block("""
From: [[name:Siobhan Gallacher]] <[[email:s.gallacher@marlbrookwater.co.uk]]>
To: [[email:ops@skyloft-inspection.co.uk]]
Date: [[date:12 June 2024]]
Subject: [[address:Bramley]] spillway survey – thank you

Hi [[name:Rich]],

Just a note to say thank you to [[name:Kayode]] and [[name:Faith Lindqvist]] for the survey of the spillway at
[[address:Bramley Reservoir]] last {{Thursday}}. The {{thermal}} and {{photogrammetry}} outputs picked up a damp
seepage line on the downstream face that our {{Supervising Engineer}} had not seen on the walk-over. It's small, but
under the {{Reservoirs Act}} we'd rather find it now than at the next {{Section 12}} inspection.

The crew also briefed our {{gatekeeper}} properly, stayed outside the {{exclusion zone}} by the valve house and
left the {{flight log}} summary before they went. Really professional.

Best,
[[name:Siobhan]]

[[name:Siobhan Gallacher]] | {{Asset Engineer}} – Dams | [[organisation:Marlbrook Water]]
[[phone:07700 900614]]
""")),
    ("aviation", "incident", block("""
COMPLAINT / INCIDENT FORM
Ref: [[case_reference:CMP-0042]]
Date received: [[date:28/04/2024]]
Complainant: Mrs [[name:Dorothy Fenwick-Ayres]]
Address: [[address:The Old Forge, Mill Lane, Hartswood]] [[postcode:HW2 6EX]]
Phone: [[phone:01632 960205]]
Operator: [[organisation:Skyloft Inspection Ltd]]   {{Operator ID}}: [[case_reference:GBR-OP-7QX2KD4M]]
Crew: {{RP}} [[name:João Mendes]], {{observer}} [[name:Luke]] (trainee)

Summary: during a {{substation}} perimeter survey the aircraft ({{Matrice 30T}}) flew along the fence line next to
the complainant's garden at about 40 m. The {{thermal camera}} was recording and captured Mrs [[name:Fenwick-Ayres]]
and her grandson. She approached the crew, who had no site notice up and could not tell her who to contact. She
has complained to the {{CAA}} and the {{ICO}}.
Actions: footage reviewed and deleted with her agreement on [[date:2 May]]; {{privacy impact assessment}} updated;
crews to carry {{data protection}} leaflets and put up site boards before launch.
""")),
    ("aviation", "near_miss", block("""
#ops-uk | Slack export | [[date:9 Oct 2024]]
[[name:rich.adeyemi]] 07:02  morning – who's flying the [[organisation:Northvale Power]] pole survey today?
[[name:hemi]] 07:05  me + [[name:jess]], leaving at 8
[[name:sana.q]] 07:11  quick one – doing the {{training records}} audit and [[name:Hemi]]'s {{A2 CofC}} shows expired [[date:30/09]]?? the {{GVC}} is fine but this task is in the {{A2 subcategory}} near houses
[[name:hemi]] 07:13  🤦 yes, renewal exam booked for [[date:Fri 11th]]. sorry
[[name:rich.adeyemi]] 07:15  ok – swap roles, [[name:jess]] flies, [[name:hemi]] observes. [[name:Jess]] you current?
[[name:jess]] 07:16  yep {{GVC}} + {{CofC}} in date, {{Flyer ID}} [[case_reference:GBR-RP-9T3WQ18X]]
[[name:rich.adeyemi]] 07:20  👍 @[[name:sana.q]] can we add expiry alerts to the {{crew matrix}}? ta for catching
""")),
    ("aviation", "incident", block("""
Incident log [[case_reference:OCC-24-044]] – forced landing, [[address:Coldharbour Viaduct]] possession, night of [[date:10/11/24]]
Crew: {{RP}} [[name:Ravi Chandrasekaran]], {{observer}} [[name:Dawn McKechnie]], {{COSS}} (client) [[name:Terry Blunt]]
{{01:10}} {{line blocked}}, {{possession}} taken; permit to fly issued by COSS.
{{01:32}} Flight 3 of the night. Battery 62% at take-off (cold, 2°C).
{{01:41}} {{low battery warning}} at 31% – voltage sag in the cold. RP starts {{RTH}}.
{{01:42}} Critical battery, {{auto-land}} triggers at 18 m over the down line.
{{01:43}} Aircraft lands in the {{cess}} beside the track, upright, no damage. Track not affected.
{{01:50}} COSS [[name:Terry]] escorts [[name:Dawn]] to recover it. Possession unaffected.
Cause: batteries not pre-warmed; cold-weather procedure in the {{ops manual}} not followed.
{{MOR}} not required (no injury or damage) but logged internally and briefed to all crews.
""")),
    ("aviation", "success", block("""
SAFETY REVIEW MEETING – [[date:Wed 15 Jan]] – [[organisation:Skyloft]] office
Attendees: [[name:Rich Adeyemi]] ({{Ops Manager}}, chair), [[name:Sana Qureshi]] ({{Compliance}}), [[name:Hemi Walker]] ({{RP}}),
[[name:Jess Okoro]] ({{RP}}), [[name:Ravi]] (RP/{{trainer}})
Apologies: [[name:Dawn McKechnie]], [[name:Kayode]]
1. Q4 review: 212 flights, 3 occurrences ([[case_reference:OCC-24-031]], [[case_reference:OCC-24-044]], [[case_reference:OCC-24-051]]), none with harm.
2. Good practice: since the {{threat and error}} briefing card came in during {{October}}, every crew has recorded a
go/no-go decision in the {{flight log}}; 4 flights were stood down for wind above 20 kt with no client complaints.
[[name:Sana]] audited 40 logs – 100% complete vs 71% in Q3.
3. {{Operational Authorisation}} renewal due [[date:31 March]] – {{OSC}} update, [[name:Sana]] leading.
4. Thanks minuted to [[name:Jess]] and [[name:Hemi]] for designing the card.
Next meeting: [[date:16 April]]
""")),
    ("aviation", "near_miss", block("""
SHIFT HANDOVER – [[organisation:Eskmoor Wind Farm]] blade inspections – [[date:Thurs 22 Aug]]
From: [[name:Tomasz]] (am crew)   To: [[name:Kayode Balogun]] (pm crew)
Done: T3, T4, T7 – all 3 blades. {{leading edge}} erosion on T4 blade B, photos on the drive.
Outstanding: T9, T11.
⚠ NEAR MISS at T9: we were 25 m from blade A, {{rotor}} supposed to be locked (per site {{SAP}} [[name:Gareth Pugh]])
but it started turning slowly, ~1 rpm. {{RP}} backed off to 60 m, hovered, landed. [[name:Gareth]] confirmed the
turbine was only {{paused}}, not locked – {{LOTO}} not applied because {{SCADA}} showed it stopped.
For pm: DO NOT launch until the SAP confirms rotor lock in person AND on the radio. Wind 14 kt gusting 22 at
{{hub height}}, check again before T11. Batteries: 6 charged in the {{generator}} box.
– [[name:T.W.]]
""")),
    ("aviation", "incident", block("""
FLIGHT LOG EXTRACT – [[organisation:Northvale Power Networks]] pole survey, [[date:18/06/24]]
Flt | RP | Obs | Aircraft | T/O | Land | Max alt (m) | Notes
1 | [[name:K. Balogun]] | [[name:L. Fairclough]] | {{M30T}} #2 | 09:12 | 09:38 | 58 | –
2 | [[name:K. Balogun]] | [[name:L. Fairclough]] | M30T #2 | 09:55 | 10:21 | 61 | –
3 | [[name:K. Balogun]] | [[name:L. Fairclough]] | M30T #2 | 10:40 | 11:05 | 60 | –
4 | [[name:L. Fairclough]] | – | M30T #2 | 11:30 | 11:52 | 143 | "ridge"
Flight 4 was flown by [[name:Luke Fairclough]], a {{trainee RP}} without a {{GVC}}, with no {{observer}}, while
[[name:Kayode]] was on a call to the client. The aircraft reached 143 m above take-off, over the 120 m limit in our
{{OA}}. The handwritten log said "max 60"; the discrepancy was found in the {{FlightHub}} telemetry by [[name:Sana]]
during the monthly audit. Occurrence [[case_reference:OCC-24-051]]; {{MOR}} filed with the {{CAA}}.
""")),
    ("aviation", "success", prose("""
Learning from excellence – [[date:3 July]], gas pipeline survey near
[[address:Stanmoor Lane, Cotterby]]. [[name:Will Haraldsen]] ({{RP}}) had briefed the crew that the
{{pipeline patrol}} helicopter flies this route at low level on {{weekdays}}, after reading it in
the client's {{site induction}}. At 10:20 {{observer}} [[name:Bea]] heard it before she saw it;
because it had been briefed, [[name:Will]] had the aircraft descending to 10 m within five
seconds and it was on the ground before the {{AS355}} ([[aircraft_registration:G-PLNX]]) passed at
about 300 ft. He then phoned the patrol operator, [[organisation:Aerovista Patrols]], who thanked
us and now ask us to call before we fly near their routes. Good threat awareness, good use of
the {{observer}}, and a proper {{see and avoid}} culture within {{VLOS}}. Nominated by
[[name:Rich]] ({{Ops Manager}}).
""")),
    ("aviation", "near_miss", block("""
From: [[name:Olumide Fashola]] ({{Site Manager}}, [[organisation:Hartswood Substation]])
To: [[name:Rich Adeyemi]]
Date: [[date:Fri 27 Sept]]
Subject: Yesterday – drone and mobile crane

[[name:Rich]],

Following our call. Yesterday at about 14:30 your crew ([[name:Ravi]] flying, [[name:Dawn]] observing) launched for
the transformer bay survey while the contractor's 60 t {{mobile crane}} was slewing in bay 3. The lift was on the
{{permit to work}} ([[case_reference:PTW-3318]]) but your task sheet didn't reference it and nobody at the
{{site induction}} mentioned it to your team. Our {{banksman}} spotted the drone at roughly jib height and stopped
the lift; [[name:Ravi]] landed straight away. No contact, no damage.

From our side, all aerial work now goes on the daily {{coordination meeting}} agenda. Could you make sure your crews
ask for the {{lift plan}} on arrival?

Regards,
[[name:Olumide]]
[[name:Olumide Fashola]] | [[organisation:Northvale Power Networks]] | [[phone:07700 900187]]
""")),
    ("aviation", "incident", block("""
[[date:03/02/2025]], 19:42 - [[name:Kayode Balogun]]: [[name:rich]] van's been done in the [[organisation:Travelstay Lodge]] car park, back window smashed, {{M30T}} case gone + the {{tablet}}
[[date:03/02/2025]], 19:44 - [[name:Rich Adeyemi]]: are you ok? anyone hurt?
[[date:03/02/2025]], 19:45 - [[name:Kayode Balogun]]: we're fine, were in the restaurant. van is [[vehicle_registration:KX19 BHT]]
[[date:03/02/2025]], 19:47 - [[name:Rich Adeyemi]]: ring {{101}} and get a crime ref. what was on the {{SD card}}?
[[date:03/02/2025]], 19:52 - [[name:Kayode Balogun]]: todays {{substation}} footage incl the {{CCTV}} + fence layout 😬 tablet has a PIN tho
[[date:03/02/2025]], 20:31 - [[name:Kayode Balogun]]: police ref [[case_reference:MF/25/031177]]. {{Operator ID}} sticker is on the aircraft so if its found itll come back to us
[[date:03/02/2025]], 20:35 - [[name:Rich Adeyemi]]: ok. I'll tell the client + {{DPO}} tonight and lock the {{DJI}} account. [[name:Sana]] can do the {{ICO}} check in the morning. no kit left in vans overnight from now on
""")),
    ("aviation", "success", block("""
RT transcript – [[organisation:Marshfield Tower]] 118.325 – [[date:14/03/25]] – pre-arranged task inside the {{ATZ}}
10:58 {{RP}}: [[organisation:Marshfield Tower]], [[flight_number:Skyloft 27]], rail bridge site, ready to commence as agreed, max 200 feet.
10:58 {{TWR}}: [[flight_number:Skyloft 27]], commence, report complete, {{QNH}} 1018. Traffic is a {{PA-28}}, [[aircraft_registration:G-BRKX]], joining {{downwind}}.
10:59 RP: Commencing, QNH 1018, looking out for [[aircraft_registration:G-BRKX]], [[flight_number:Skyloft 27]].
11:24 TWR: [[flight_number:Skyloft 27]], land immediately, {{HEMS}} inbound from the north, [[flight_number:Helimed 58]], three minutes.
11:24 RP: Landing immediately, [[flight_number:Skyloft 27]].
11:25 RP: [[flight_number:Skyloft 27]] on the ground, props stopped.
11:41 TWR: [[flight_number:Skyloft 27]], [[flight_number:Helimed 58]] has departed, you may resume.
Debrief ([[name:Hemi Walker]], RP): 45 seconds from instruction to props stopped. {{ATC}} ([[name:Bryony]]) rang
afterwards to say it was the smoothest drone integration they've had. Credit to the pre-task call and to
having {{FRTOL}} holders on all airfield jobs.
""")),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind351", REPORTS))
