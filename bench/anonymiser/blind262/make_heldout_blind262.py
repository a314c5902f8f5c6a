"""Held-out blind corpus 262: 50 invented UK incident, near-miss and learning reports.

Written blind (without looking at the de-identifier or any other corpus) so that it measures
how well de-identification generalises. Every person, organisation, place and number is invented.

Settings:
- social_care (17): a parenting assessment and family drug and alcohol court (FDAC) team -
  key workers, drug and alcohol testing, court reviews, parents in recovery.
- health (17): an NHS ambulance service's emergency operations centre and crews - call
  handlers, dispatchers, paramedics, hospital handover delays, frequent callers.
- aviation (16): an airport's baggage handling and hold loading - baggage hall, loaders,
  dangerous goods in bags, mishandled bags, load sheets.

Styles are deliberately mixed: rushed lower-case notes with typos, formal narratives,
chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack), handover notes, minutes with attendance and
apologies, pipe tables, radio/interphone transcripts, shout-outs and thank-you notes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind262.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (FDAC)
    ("social_care", "incident", prose("""
urgent - hair strat results for [[name:kayleigh]] came back from [[organisation:Trident Toxicology]] with the
wrong details?? report says [[name:Kayla Doran]] and DOB [[date_of_birth:14/02/1996]] which isnt her, hers is
[[date_of_birth:19/07/1998]]. rang lab, they think a batch of 12 samples from [[date:wed 6th]] got mixed at
booking in. have NOT shared with {{parties}} or the {{CG}} yet. {{key worker}} [[name:tash]] aware. needs
sorting before the {{non-lawyer review}} on [[date:thurs 14th]] bc the {{cocaine}} level on this one is way
higher than last time + {{mum}} swears shes been clean since {{Easter}}. pls dont upload to the {{FDAC}} drive
till lab confirms. our ref [[case_reference:HD-FDAC-0917]], lab ref [[case_reference:TT/24/88213]]
""")),
    ("social_care", "near_miss", block("""
From: [[name:Priya Raghunathan]] <[[email:p.raghunathan@wexmoor.gov.uk]]>
To: FDAC Team
Sent: [[date:12 March 2024]] 16:42
Subject: Near miss - refuge address in draft bundle

Hi all,

Quick near miss from this afternoon. Paginating the bundle for [[name:Shannon]]'s {{final hearing}} I found the
{{parenting assessment}} addendum from [[organisation:Brightpath Recovery]] gave her new address in full:
[[address:Flat 3, 27 Lindley Street, Castlebridge]] [[postcode:WX11 4JP]]. She moved into a {{refuge}} last
month and the {{father}} is a party. Nothing had been served - I caught it before it went to the {{court}} or
the {{Guardian}}. A redacted version is now on {{CE-File}} and the original has been removed.

Could we add an "addresses redacted?" tick box to the {{bundle checklist}}, and remind {{partner agencies}} to
write "address withheld" in their reports?

Thanks
[[name:Priya]]

[[name:Priya Raghunathan]] | {{Social Worker}} | [[organisation:Castlebridge FDAC]] | [[phone:01632 960418]]
""")),
    ("social_care", "success", prose("""
Shout-out 🙌 to [[name:Hope]] from the {{recovery}} side of the team. On [[date:Friday 9th]] [[name:Dean]] turned
up at the {{FDAC}} hub at 4pm saying he'd used again and was going to "walk out of the whole thing".
[[name:Hope]] stayed until gone 8, rang round every {{detox}} provider and got him an emergency bed at
[[organisation:Ashgrove House]] for the Monday, then rang his {{sponsor}} to make sure he wasn't on his own that
night. He told the {{judge}} at his {{fortnightly review}} that he only stayed in the process because someone
didn't give up hope on him. {{Dad}}'s last three {{instant tests}} are clear and {{contact}} with
[[name:Tyler]], [[age:aged 6]], has moved to {{unsupervised}}. Brilliant, brave work. - [[name:Marguerite]]
({{team manager}})
""")),
    ("social_care", "incident", block("""
Chronology - contact concern [[date:Sat 17 Feb]] - case [[case_reference:WX23C00418]]
10:05  {{Contact supervisor}} [[name:Gwen ap Rhys]] arrives [[address:14 Mardale Close, Eastfield]] for {{community contact}}
10:12  {{Dad}} ([[name:Lee Whitcombe]]) slurring, smells of alcohol. [[name:Bella]], [[age:aged 4]], in lounge with him
10:15  [[name:Gwen]] asks [[name:Lee]] to do a {{breathalyser}} - refuses. Contact stopped
10:20  [[name:Gwen]] rings {{EDT}}, told to stay with [[name:Bella]] and wait
10:34  [[name:Lee]] becomes verbally aggressive, [[name:Gwen]] takes [[name:Bella]] to her car
10:41  {{Police}} called (log [[case_reference:WXP-170224-0388]])
11:10  PC [[name:Okafor]] attends. [[name:Bella]] taken to maternal gran [[name:Sandra]] per {{safety plan}}
12:30  {{Duty manager}} informed; [[organisation:Castlebridge FDAC]] {{key worker}} to update {{judge}} at {{review}}
Learning: contact was booked on a Saturday with no {{on-call}} cover from the team. [[name:Gwen]] was alone with an
intoxicated parent for 36 minutes.
""")),
    ("social_care", "near_miss", block("""
[09:14] [[name:Rob Kettering]]: anyone seen the {{urine cups}}? cupboard in room 2 empty
[09:15] [[name:Amaka Obi]]: top shelf in {{the clinic room}}. also heads up - near miss just now
[09:15] [[name:Amaka Obi]]: had two dads booked for {{observed samples}} at 9, same first name, same surname initial
[09:16] [[name:Amaka Obi]]: labels printed in wrong order, was about to stick [[name:Ryan Mullen]]'s label on the other one's pot
[09:16] [[name:Amaka Obi]]: only noticed cos DOB on label said [[date_of_birth:03/09/1989]] and he'd told me he was [[age:27]]
[09:17] [[name:Rob Kettering]]: 😬 good catch. did [[name:Ryan McCall]] see?
[09:17] [[name:Amaka Obi]]: no. both samples now labelled at the point of collection with the dad watching
[09:18] [[name:Rob Kettering]]: pls {{datix}} it + raise at {{huddle}}. we shd never batch print
[09:19] [[name:Amaka Obi]]: will do. {{chain of custody}} form updated too
""")),
    ("social_care", "success", block("""
FDAC Team Meeting - Minutes - [[date:25 April 2024]]
Present: [[name:Faith Adeyemi]] (Chair, {{Service Manager}}), [[name:Tomasz Wójcik]] ({{substance misuse worker}}),
[[name:JK]] ({{Social Worker}}), [[name:Siobhán Ní Bhriain]] ({{Clinical Psychologist}}), [[name:Pat]] ({{Parent Mentor}})
Apologies: [[name:Bill Treharne]] ({{Adult Psychiatrist}}), [[name:Sunny Dhillon]]

Item 3 - Learning from good outcomes
The [[name:Nowak]] family case concluded on [[date:22 April]] with a {{supervision order}} rather than the
{{placement order}} sought at the outset. HHJ [[name:Marlowe]] said mum's 11 months of clear {{hair strand tests}}
and {{EtG}} results were "the most convincing I have seen". [[name:Zofia]] and [[name:Kuba]] return home full time
from [[date:6 May]].
[[name:JK]] noted the turning point was the {{joint session}} with [[organisation:Brightpath Recovery]] where the
plan was written in {{Polish}} as well as {{English}}. [[name:Faith]] asked that bilingual plans become standard.
ACTION: [[name:Tomasz]] to share template. Next meeting {{Thursday}}.
""")),
    ("social_care", "incident", block("""
INCIDENT FORM - Information Governance
Reported by: [[name:Chloe Batt]], {{Key Worker}}
Date of incident: [[date:02/04/2024]]
Service user: [[name:Mercy Addo-Boateng]]
DOB: [[date_of_birth:23.11.1991]]
NI No: [[ni_number:JT 48 21 93 C]]
Ref: [[case_reference:WXC-556231]]
Current address: [[address:22 Hollins Row, Castlebridge]] [[postcode:WX4 7RD]]
Description: Letter confirming [[name:Mercy]]'s random {{drug testing}} schedule for {{April}} was posted to her
previous address, which is still the home of her ex-partner. There is a {{domestic abuse}} history and the case
was heard at {{MARAC}} in January. The letter was generated from the old record on {{Mosaic}} because the
address change had only been made on the {{FDAC}} spreadsheet.
Immediate action: {{IDVA}} [[name:Rhiannon]] informed, [[name:Mercy]] told in person, {{safety plan}} reviewed,
police flag requested. {{Caldicott Guardian}} notified.
""")),
    ("social_care", "near_miss", prose("""
nr miss - did a {{home visit}} to [[address:41b Tanners Yard]] on my own yest ([[date:tues 23rd]]), forgot to
log out on the {{lone worker app}} + didnt tell anyone in the office. dad there w 2 {{XL bullies}} & a mate i
didnt know. was there nearly 2 hrs bc his {{methadone}} script had been stopped & he was in a state. nobody
knew where i was, phone died. [[name:mo]] noticed my car wasnt back at 5 & rang round, thank god. no harm done
but could of been v bad. think we need the {{duty desk}} to chase anyone not signed back in by 4, and the 2
worker rule for new dads shd apply to this one too. sorry all. [[name:amber]]
""")),
    ("social_care", "success", block("""
(card left at {{reception}}, copied with permission)

To [[name:Will]], [[name:Nadia]] and everyone at [[organisation:Castlebridge FDAC]],

i will never forget the day you told me i could keep him. a year ago i didnt think id be alive never mind a
{{mum}}. you never judged me even when my tests came back dirty in the {{summer}}. [[name:Nadia]] you sat with
me at every {{review}} and [[name:Will]] you found me the {{mother and baby unit}} place when no one else would.
[[name:Alfie-Ray]] is [[age:14 months]] now and walking everywhere!! im 9 months clean, back at {{college}} and
[[organisation:Little Acorns Nursery]] have him 3 days a week.

thank you from the bottom of my heart

[[name:Jodie]] xxx
""")),
    ("social_care", "incident", block("""
WEEKEND HANDOVER - FDAC duty - Sat [[date:6 July]]
- Mr [[name:Haddad]] ([[case_reference:FD-4471]]) attended Sat {{testing clinic}} 09:30 with baby in pram. Smelt
strongly of alcohol, {{breath test}} 0.62. Refused to wait for {{Duty SW}}. Left on foot with baby.
- [[name:Ahmed]] (duty) rang police 09:44 for a {{welfare check}}. Mr [[name:Haddad]]'s partner [[name:Leila]] found
them outside the chippy on [[address:Ridgeway Road]] and took baby home.
- Baby ([[name:Yusuf]], [[age:5 months]]) checked by {{GP OOH}}, no concerns.
- Dad told not to drive; his car [[vehicle_registration:WX17 HDF]] left in our car park, keys with police.
- Mon: {{key worker}} to inform {{judge}} via {{FDAC}} coordinator; {{CP}} strategy discussion?
- Learning: Sat clinic only has one worker and no {{SW}} on site. [[name:Ahmed]] had to leave the clinic
unstaffed to follow him out.
""")),
    ("social_care", "near_miss", prose("""
Near miss - confidential information in a draft court report. On [[date:29 January 2024]] a draft
{{addendum parenting assessment}} for the [[name:Osei]] family (case [[case_reference:WX24C00117]]) was sent
to {{QA}} before filing. The {{Practice Lead}}, [[name:Rose Fairbairn]], noticed that paragraph 4.6 referred to
"[[name:Lily-Mae]]'s speech delay" and to a {{Section 20}} placement - details which belong to a different FDAC
family (case [[case_reference:WX23C00985]]). The assessing worker had used the previous report as a template
and one paragraph had not been overwritten. Had the report been filed, [[name:Lily-Mae]]'s name,
{{health needs}} and {{care history}} would have been disclosed to the [[name:Osei]] parents and their
solicitors. The paragraph was removed and the report filed on time. Learning: reports must be started from the
blank {{template}} on {{SharePoint}}, never from a previous family's document; [[name:Rose]] has added a
"{{find and replace}}" check to the QA sheet.
""")),
    ("social_care", "success", block("""
[[date:18/03/2024]], 19:02 - [[name:Pat Gallagher]]: just dropped [[name:Kelly-Ann]] home after her first {{NA}} meeting at [[organisation:St Cuthbert's Church Hall]] 🙏
[[date:18/03/2024]], 19:03 - [[name:Pat Gallagher]]: she was shaking going in but stayed the full hour and got a {{sponsor}}
[[date:18/03/2024]], 19:05 - [[name:Joy Mensah]]: omg thats massive. she told me last week she'd "never sit in a circle with strangers"
[[date:18/03/2024]], 19:06 - [[name:Pat Gallagher]]: lol i know. she wants to go again {{Thursday}}, said id take her
[[date:18/03/2024]], 19:08 - [[name:Joy Mensah]]: I'll put it in the {{mentor log}} for her {{review}} on the [[date:27th]]. {{Judge}} will love this
[[date:18/03/2024]], 19:10 - [[name:Pat Gallagher]]: 👍 shes asked for my number on her own phone, ok to give? its [[phone:07700 900562]]
[[date:18/03/2024]], 19:12 - [[name:Joy Mensah]]: check with [[name:Faith]] first re {{boundaries}} but prob fine for {{mentors}}
""")),
    ("social_care", "incident", block("""
Sample collection log - {{FDAC}} clinic - w/c [[date:8 April]]
| Time  | Parent         | Ref        | Test            | Collector |
| 09:10 | [[name:D. Kowalczyk]]   | [[case_reference:FD-3312]]    | {{urine}} + {{EtG}}     | [[name:AH]]        |
| 09:40 | [[name:Shaz Begum]]     | [[case_reference:FD-3290]]    | {{mouth swab}}      | [[name:AH]]        |
| 16:55 | [[name:Craig Tolley]]   | [[case_reference:FD-3345]]    | {{urine}} + {{EtG}}     | [[name:Steph]]     |
Incident ([[date:Fri 12 Apr]]): [[name:Craig Tolley]]'s sample was collected after the courier's last pick-up and
left in the office instead of the {{sample fridge}}. Found {{Monday}} - lab rejected it as degraded. [[name:Craig]]
had to re-test, the result missed the deadline for his {{IRH}} on [[date:16 April]] and the hearing was adjourned.
[[name:Steph]] had not been shown the late-sample procedure. Fridge now labelled and procedure laminated.
""")),
    ("social_care", "near_miss", block("""
From: [[name:Marcus Fenwick-Lowe]]
Sent: [[date:Wed 15 May]] 11:20
To: FDAC Managers
Subject: near miss - autocomplete

Morning,

Logging a near miss. I was sending the {{CIN}} plan and latest {{hair strand}} results for the [[name:Abimbola]]
family to the {{allocated social worker}}, [[email:sam.hollins@wexmoor.gov.uk]]. {{Outlook}} autofilled
[[email:sam.hollis@moorsidefostering.co.uk]] - a {{foster carer}} I'd emailed once last year about another
child. The external-recipient banner popped up and I spotted it before pressing send.

Suggest we ask {{IT}} to switch on the "confirm external recipients" prompt for everyone, not just managers.
Also worth reminding people to clear the autocomplete list ({{File}} > {{Options}} > {{Mail}}).

[[name:Marcus]]
{{Senior Practitioner}}, [[organisation:Castlebridge FDAC]]
Tel [[phone:01632 960771]]
""")),
    ("social_care", "incident", block("""
Rapid Review Debrief - baby [[name:Nova]] - [[date:3 June 2024]]
Attendees: [[name:Faith Adeyemi]] (chair), Dr [[name:Hameed]] ({{Consultant Paediatrician}}, [[organisation:Castlebridge Royal Infirmary]]),
[[name:Ellie Vance]] ({{Key Worker}}), [[name:Gareth]] ({{CDS}} {{prescriber}})
Apologies: [[name:Jo-Jo Martins]] ({{Health Visitor}})
Summary: [[name:Nova]] ([[age:10 weeks]]) was brought to {{ED}} by {{mum}} on [[date:31 May]], drowsy with
pinpoint pupils. Urine positive for {{methadone}}. Admitted to {{PICU}}, recovered. Mum is on a
{{daily supervised}} methadone script but had been given 3 days' take-home doses over the {{bank holiday}}. The
{{lockable box}} provided by [[organisation:Wexmoor Recovery Partnership]] was found open.
Learning: FDAC was not told that take-homes had been agreed. Prescriber and FDAC to share any change in
dispensing the same day. {{Child Safeguarding Practice Review Panel}} notified.
""")),
    ("social_care", "success", prose("""
Good practice / learning. [[name:Mehari Tesfay]] joined FDAC in [[date:November 2023]] after his son
[[name:Abel]], [[age:aged 2]], was removed following an incident linked to {{khat}} and alcohol use.
[[name:Mehari]] speaks {{Tigrinya}} and early sessions with a telephone interpreter were not working - he later
said he "said yes to everything". From the third week the team booked the same face-to-face interpreter,
[[name:Yonas]], for every session and {{review}}, and his key worker, [[name:Mark Ellery]], used
{{Signs of Safety}} {{three houses}} drawings instead of written plans. [[name:Mehari]]'s {{family network}}
(his sister [[name:Saba]] and a church elder, Mr [[name:Gebremedhin]]) came to a {{Family Group Conference}} at
[[organisation:Holy Trinity Eritrean Church]]. [[name:Abel]] went home under a {{supervision order}} on
[[date:14 May 2024]]. What made the difference: a consistent interpreter, visual tools, and involving the
community rather than working round it.
""")),
    ("social_care", "near_miss", block("""
#fdac-admin
[[name:mark]]  10:02
hey just spotted [[name:destiny clarke]]s review is in the {{team diary}} for [[date:tues 11th]] but the {{court order}} says [[date:mon 10th]] at 2pm?? who typed it up
[[name:lou.b]]  10:04
oh no that was me 🙈 copied from the old order. have messaged her + her {{solicitor}}
[[name:mark]]  10:05
np. she wd have missed it & {{non-attendance}} goes straight in the {{judge}}'s notes. can we get the {{court}} listings emailed to the shared inbox not just to whoever's in court?
[[name:lou.b]]  10:06
yep will raise at {{team meeting}}. also checked the other 6 reviews this month, all right
""")),
    # ------------------------------------------------------------------ health (ambulance EOC and crews)
    ("health", "incident", prose("""
call at 02:14 [[date:sun 3rd]] - [[age:58yo]] male, caller (wife [[name:Bernadette]]) said "indigestion" so i
went down the {{abdo pain}} path not {{chest pain}}, came out {{Cat 3}}. didnt ask about sweating/radiation cos
she was v calm and kept saying he'd had a curry. 2nd call at 03:01 said hes grey + clammy, upgraded to
{{Cat 1}}, crew on scene 03:12, {{STEMI}} on the {{12 lead}}, taken for {{PPCI}} at
[[organisation:Royal Kelham Infirmary]]. pt survived but 47 min delay. my fault i think. need a refresher on
{{NHS Pathways}} when the caller minimises. inc [[case_reference:NM-240303-0117]]. [[name:gav]] ({{EMD}})
""")),
    ("health", "near_miss", block("""
From: [[name:Ifeoma Nwachukwu]], {{Dispatch Team Leader}}
To: {{EOC Governance}}
Date: [[date:19 February 2024]]
Subject: Near miss - duplicate street names

At 14:37 a {{Cat 2}} call for a fall with head injury was received from [[address:7 Mill Lane, Hatherby]]. The
{{CAD}} address match defaulted to [[address:7 Mill Lane, Ormsby]], 23 miles away, and the nearest crew to
that address, callsign {{Delta 22}}, was assigned.

The {{call handler}}, [[name:Dafydd Rowlands]], read the postcode back as part of {{address verification}} and
the caller corrected him: [[postcode:HB6 2TL]], not [[postcode:OM3 8JW]]. {{Delta 22}} was stood down after 90
seconds and {{Echo 14}} was sent to the correct address. Arrival 19 min.

Learning: the {{Gazetteer}} ranks exact street matches by alphabetical town, not proximity. Reported to the
CAD supplier. Please keep reading back postcodes every time - it worked.

[[name:Ifeoma]]
""")),
    ("health", "success", prose("""
Massive well done to [[name:Grace]] on {{EOC}} nights 👏 [[date:Tues 12 March]], 04:20 - a
[[age:16-year-old]] rang because her dad had collapsed in the kitchen. [[name:Grace]] got her doing
{{compressions}} within 90 seconds, kept her counting out loud for 11 minutes, and talked her little brother
through unlocking the front door and fetching the {{AED}} from the {{community defib}} cabinet on
[[address:Oakfield Parade]] (code given over the phone). The crew got {{ROSC}} after 2 shocks and dad walked
out of the {{cardiac unit}} at [[organisation:Dunmore General Hospital]] last week. His daughter [[name:Ruby]]
has asked if she can meet "the lady on the phone". Amazing. - [[name:Sal]], {{Clinical Supervisor}}
""")),
    ("health", "incident", block("""
HANDOVER DELAY - [[organisation:Dunmore General Hospital]] {{ED}} - [[date:08/01/2024]]
Crew: [[name:Kasia Zielińska]] ({{Paramedic}}), [[name:Tom Ashworth]] ({{ECA}}), vehicle [[vehicle_registration:YX21 OTB]]
Pt: [[age:84yo]] F, fall at home, ?{{NOF}}, inc [[case_reference:NM-240108-2231]]
19:42 arrived ED, {{Cat 2}}, {{HALO}} informed
20:15 pt in the {{corridor}} on our stretcher, {{obs}} stable
22:30 pt confused, {{NEWS}} 5, asked ED nurse for review - "no cubicles"
23:05 reviewed by {{ED registrar}}, {{IV fluids}} started on our trolley
00:02 handed over (4 h 20 min). {{pressure area}} noted on sacrum
Meanwhile 14 {{Cat 2}} calls waiting in the stack, longest 3 h 10 min.
Comments: HALO went off shift at 21:00, no escalation to {{Tactical}} on-call. [[name:Kasia]]
""")),
    ("health", "incident", block("""
INCIDENT REPORT - {{EOC}}
Reporter: [[name:Lewis Carmody]] ({{Clinical Navigator}})
Patient name: [[name:Maureen Tickle]]
DOB: [[date_of_birth:11/06/1957]]
NHS No: [[nhs_number:485 777 3457]]
Address: [[address:3 Gorse Walk, Ormsby]] [[postcode:OM2 5QD]]
Incident no: [[case_reference:NM-240412-0904]]
What happened: [[name:Maureen]] is a {{frequent caller}} (31 calls in March) with an agreed {{care plan}} saying
all calls go to a {{clinician}} for {{hear and treat}}. On [[date:12 April]] the plan was not showing on {{CAD}}
because it had expired on [[date:31 March]] and nobody had renewed it. The call handler followed
{{NHS Pathways}} and dispatched a {{Cat 2}} for "breathing problems". Crew found her well and she declined
conveyance - ambulance off the road for 1 h 40 min while a {{Cat 1}} in the same area waited 14 min.
Action: {{High Intensity Use}} lead [[name:Dee]] to renew plan; plan expiry dates added to the weekly report.
""")),
    ("health", "near_miss", block("""
[[name:Chris Oduya]]  15:02
are inc [[case_reference:4471]] and [[case_reference:4479]] the same job? both {{RTC}}s on the A-road by the garden centre
[[name:Niamh Keohane]]  15:03
looks like it, linking them
[[name:Chris Oduya]]  15:05
WAIT - [[case_reference:4479]] caller says motorbike, [[case_reference:4471]] says two cars. diff {{grid refs}}?
[[name:Niamh Keohane]]  15:05
oh god yes 400m apart, unlinking. sending {{Alpha 9}} to [[case_reference:4479]] now
[[name:Chris Oduya]]  15:06
{{HEMS}} desk aware? rider was unconscious per caller
[[name:Niamh Keohane]]  15:06
yes [[name:Bash]] on the HEMS desk has it
[[name:Chris Oduya]]  15:12
phew. lets {{datix}} - {{CAD}} auto-suggested the link because same road name + same 10 min window
""")),
    ("health", "success", block("""
From: [[name:Helen Price-Jones]] <[[email:helenpj63@postmail.co.uk]]>
Sent: [[date:Monday 4 March 2024]] 21:10
To: {{Patient Experience}}
Subject: Thank you to the crew who came to my mum

Dear Sir/Madam,

My mother, [[name:Olwen Price]], [[age:91]], fell at her home on [[address:Llanfair Road, Ormsby]] on
[[date:29 February]] and was on the floor for nearly five hours because of the waits. I know how stretched you
are. When the crew arrived - a {{paramedic}} called [[name:Jaz]] and a {{student}}, [[name:Ollie]] - they were so
kind. [[name:Jaz]] sat on the floor with her, made her a cup of tea, and they rang me three times to keep me
updated on the way to [[organisation:Dunmore General]]. {{Mum}} kept talking about "the nice boy with the earring".

Please pass on our thanks.

[[name:Helen Price-Jones]]

-- forwarded to {{Station Manager}} at [[organisation:Ormsby Ambulance Station]] for the crew's {{PDR}}s
""")),
    ("health", "incident", prose("""
Violence and aggression - crew [[name:Marsha Quinlan]] ({{paramedic}}) and [[name:Ade]] ({{AAP}}) were sent to
[[address:Flat 12, Kestrel House, Beacon Estate]] at 23:40 on [[date:Fri 26 Jan]] for "male fitting". On entry
the patient, known to us as a {{frequent caller}}, [[name:Darren]], was not fitting and became aggressive, threw a
chair and grabbed [[name:Ade]]'s {{radio}}. Crew pressed the {{red button}} and withdrew to the vehicle.
{{Police}} attended at 00:25. Both crew shaken; [[name:Ade]] has bruising to the forearm and went off duty. The
address had a {{warning marker}} from two years ago but it had been removed in the {{CAD}} cleanse in {{December}}
as "no incidents for 12 months". EOC did not know. Crew asks that markers for violence are never auto-expired
and that the {{call handler}} is shown previous history. Ref [[case_reference:NM-240126-3350]]; police ref
[[case_reference:WXP-260124-1192]].
""")),
    ("health", "near_miss", block("""
Near miss - {{controlled drugs}}
Station: [[organisation:Hatherby Ambulance Station]]   Date: [[date:14/05/24]]
Vehicle: [[vehicle_registration:WX68 KPD]]   Reporter: [[name:O. Mbatha]]
At {{VDI}} I opened the {{CD pouch}}: register said 4 x {{morphine sulfate}} 10mg, pouch had 4 but one ampoule
was {{midazolam}} in the morphine slot - same size, similar blue label. Previous shift's register entry signed
by [[name:KW]] and countersigned by [[name:RT]] shows morphine given at 03:10 ([[case_reference:NM-240514-0311]])
and "1 x morphine restocked". Checked with [[name:KW]] by phone - he restocked from the {{station safe}} in the
dark. If I hadn't looked at the label I could have drawn up midazolam for {{analgesia}}. Ampoule quarantined,
{{Pharmacy}} and the {{CD Accountable Officer}} informed. Suggest separate trays in the safe.
""")),
    ("health", "success", block("""
EOC Learning Forum - minutes - [[date:7 November 2023]]
Attendance: [[name:Rosa Delgado]] (chair), [[name:Hugh Ferris]], [[name:Aisha Rahman]], [[name:Pete]] ({{UNISON}}), [[name:F. Olawale]]
Apologies: [[name:Marcin]], [[name:Bronwen Hale]]

1. Welfare call success
[[name:Aisha Rahman]] presented a case from [[date:21 October]]. A [[age:79-year-old]] man, {{Cat 3}} "fall, no
injury", had been waiting 6 hours. On the 4-hourly {{welfare call}} [[name:Aisha]] noticed he was now slurring
and his wife said his face "looked funny". Re-triaged to {{Cat 2}} {{stroke}}, crew on scene in 12 min,
{{thrombolysed}} at [[organisation:Royal Kelham Infirmary]].
[[name:Hugh]] noted this is the third stroke picked up by welfare calls this quarter.
ACTION: [[name:Rosa]] to share the recording (with consent) for {{call handler}} training.
2. {{AOB}}: none.
""")),
    ("health", "incident", block("""
EOC NIGHT HANDOVER [[date:22/02]] -> days
- {{CAD}} down 02:10-02:47. {{business continuity}} invoked, paper {{log sheets}} + {{radio}}. [[name:Jordan]] was {{loggist}}.
- INCIDENT: one call (chest pain, [[age:63]] M, [[address:19 Wharf Street, Hatherby]]) taken on paper at 02:19
  and put in the wrong tray. Not dispatched until 02:37 when [[name:Jordan]] re-checked the trays. 18 min delay.
  Pt fine, {{ACS}} ruled out. Paper ref [[case_reference:BC-0219-07]], back-entered as [[case_reference:NM-240222-0164]].
- Trays need colour coding - the paper process hasn't been tested since the {{drill}} in the summer.
- {{IT}} say root cause was a failed {{server}} patch. {{Duty Manager}} [[name:Hollie]] has datix'd.
- {{Cat 1}} mean overnight 9:52. 11 crews held at [[organisation:Dunmore General]] from 04:00.
""")),
    ("health", "near_miss", prose("""
nearly started CPR on a pt with a valid {{DNACPR}}. [[date:weds 31st]] early hrs, {{Cat 1}} cardiac arrest at
[[address:4 Orchard Rise]]. pt Mr [[name:Pemberton]], [[age:88]], in bed, not breathing. i had the pads on and
[[name:Tariq]] was about to start {{compressions}} when his daughter [[name:Joy]] came running in with the purple
{{ReSPECT form}} from the kitchen drawer. form signed by his {{GP}} at [[organisation:Bramley Road Surgery]] in
Jan. call handler hadnt asked about DNACPR/ReSPECT and nothing on {{CAD}} as the {{SCR}} flag wasnt linked. if
she'd been upstairs we wd have started. no harm but distressing for everyone. suggest call handlers ask "is there
a ReSPECT form or DNACPR?" on all expected-death calls. [[name:Steph D]] {{paramedic}}
""")),
    ("health", "incident", block("""
Long waits - day shift [[date:Sat 13 Jan 2024]] (for {{PSII}} screening)
Inc ref          | Cat | Complaint       | Wait   | Outcome
[[case_reference:NM-240113-0412]]   | 2   | {{stroke}} sx       | 2h 48m | conveyed [[organisation:Royal Kelham]] {{HASU}}
[[case_reference:NM-240113-0520]]   | 2   | chest pain      | 1h 55m | conveyed, {{NSTEMI}}
[[case_reference:NM-240113-0731]]   | 3   | fall, long lie  | 9h 05m | {{rhabdo}}, admitted
[[case_reference:NM-240113-0902]]   | 1   | {{SOB}}             | 0h 14m | {{Cat 1}} target missed by 7 min
Context: 19 crews held at [[organisation:Dunmore General]] at 14:00 ({{OPEL 4}}). The fall patient, Mrs
[[name:Agnieszka Wróbel]] ([[age:81]]), had three {{welfare calls}}; on the last her son said she was "a bit
muddled" but it was not upgraded. {{Clinical Safety Plan}} level 4 declared at 10:20. Reviewer: [[name:R. Delgado]].
""")),
    ("health", "success", prose("""
To [[name:Faith]] and the whole dispatch desk - thank you for [[date:Thursday 18th]]. The
{{multi-vehicle RTC}} on the {{dual carriageway}} at [[address:Sandley Cross]] came in at 07:48 with 11 patients
and you had 9 resources, {{HART}} and the {{air ambulance}} moving within 10 minutes while still covering the rest
of the county. [[name:Faith]] kept the {{METHANE}} reports flowing to {{Tactical Command}}, and [[name:Big Steve]]
on the {{Airwave}} talk group was a calm voice for the crews on scene. Every patient was at the right
{{Major Trauma Centre}} or unit within 90 minutes and nobody waiting for a {{Cat 1}} elsewhere went over target.
That is a huge achievement on a morning when we were already at {{REAP 4}}. Proud of you all.
[[name:Nkechi]], {{Head of EOC}}
""")),
    ("health", "incident", prose("""
Incident summary. On [[date:2 December 2023]] at 16:05 a call was received from the wife of
[[name:Geoffrey Lumb]], [[age:78]], of [[address:Holly Bank Cottage, Fell Lane, Ormsby]] [[postcode:OM7 1AZ]],
reporting that he had "gone weak down one side". {{NHS Pathways}} gave a {{Cat 2}} disposition. With 23
vehicles waiting to hand over at hospitals, the first resource, a {{Rapid Response Vehicle}}, arrived at 18:02
and the transporting crew at 18:31. Mr [[name:Lumb]] reached the {{Hyper Acute Stroke Unit}} at
[[organisation:Royal Kelham Infirmary]] at 19:20, outside the window for {{thrombolysis}}, and now has a
significant {{left-sided weakness}}. NHS number [[nhs_number:612 039 8848]]. The family have complained
([[case_reference:PALS-23-7781]]). This is being considered as a {{PSII}} under {{PSIRF}}. Learning so far:
stroke calls are not prioritised within the {{Cat 2}} stack, and no {{clinical validation}} was done during
the wait.
""")),
    ("health", "near_miss", prose("""
nr miss [[date:27/06]] - caller (think his name was [[name:Danny]]?) said friend had taken something & wasnt
waking up, gave "[[address:Flat 2, 18 Station Rd]]" then line dropped. 2 Station Rds in our area + no town given.
{{AML}} came thru on {{CAD}} 20s later - showed the caller in a field 3 miles from either. rang back x3 no
answer. nearly sent to the first one in the list. [[name:Kez]] on the {{clinical hub}} said check the mobile
against {{previous calls}} - number [[phone:07700 900318]] had rung 2 wks ago from the {{festival}} site. sent
crew + {{police}} to the festival {{welfare tent}} and pt was there, {{GCS}} 8, {{naloxone}} given. dont just
pick the top address!! - [[name:bex]] {{EMD}}
""")),
    ("health", "success", block("""
Subject: Good news - high intensity user plan
From: [[name:Deirdre Moss]] ({{HIU}} Lead)
To: EOC Team Leaders <[[email:eoc.teamleaders@nmas.nhs.uk]]>
Date: [[date:10 July 2024]]

Hi all,

Some good news. Mr [[name:Kuldip Singh]] (ref [[case_reference:HIU-0042]]) rang us 212 times between January
and March, mostly at night, usually "chest pain" but really loneliness and alcohol. Working with his {{GP}} at
[[organisation:Church Street Medical Practice]], the {{community mental health team}},
[[organisation:Ormsby Borough Council]]'s housing team and his son [[name:Gurpreet]], we agreed a
{{response plan}} and he now gets a daily call from a volunteer at [[organisation:Age Well Ormsby]]. In June
Mr [[name:Singh]] rang 4 times, all appropriate. That's roughly 150 hours of ambulance time back.

Special thanks to [[name:Hamza]] in the {{clinical hub}}, who spotted the pattern and pushed for a plan instead of
just sending another crew.

[[name:Deirdre]]
{{High Intensity Use}} Lead, [[organisation:North Marches Ambulance Service]]
""")),
    # ------------------------------------------------------------------ aviation (baggage and hold loading)
    ("aviation", "incident", prose("""
smoke from a bag on belt 3 in the {{baggage hall}} 05:50 [[date:sat 20th]], {{hold bag}} for
[[flight_number:KS512]]. [[name:deano]] spotted it + hit the {{e-stop}}. smelled like burning plastic. we used the
{{fire containment bag}} + rang the {{airport fire service}}. opened w/ {{security}} present - {{power bank}} + 2
{{vapes}} in a wash bag, power bank swollen + hot. pax Ms [[name:L. Ferreira]], bag tag
[[case_reference:0612 448190]], called back to {{check-in}} + spoken to. [[flight_number:KS512]] left 25 min late.
{{DG}} not declared, the {{self bag drop}} doesnt ask. {{MOR}} raised by [[organisation:Kestrel Air]] duty mgr.
shout if u need a statement - [[name:Gaz P]]
""")),
    ("aviation", "near_miss", block("""
{{RT}} transcript - ramp channel 2 - [[date:14 Aug 2024]] - {{stand}} 31, [[flight_number:OX2207]], [[aircraft_registration:EI-ORJ]]
10:41 LOAD CONTROL: TL 31, load control, confirm distribution for [[flight_number:OX2207]], over.
10:41 TL31: Hold 1 forty-four bags, hold 4 fifty-two bags and the mail, over.
10:42 LOAD CONTROL: Negative, {{LIR}} has the mail in hold 1. Say again where the mail is.
10:42 TL31: Mail is in hold 4, all twelve sacks. Loaders were told hold 4 at the briefing.
10:43 LOAD CONTROL: Copy. Hold the doors. Sending an {{LMC}}, do not close up until I confirm.
10:47 LOAD CONTROL: {{Load sheet}} edition 2 issued, {{trim}} within limits. You can close 4.
10:48 TL31: Closing 4, thanks [[name:Marta]].
Note (TL [[name:Kwame Asante]]): verbal {{briefing}} at 10:05 said hold 4 for mail, the {{LIR}} printed at 10:20
said hold 1 and nobody compared them. Without the radio check the load sheet the {{captain}} signed would not
have matched the aircraft.
""")),
    ("aviation", "success", prose("""
Shout out to [[name:Hamid]] and [[name:Lauren-Jade]] on {{late shift}} 👏 [[date:Wednesday 2 October]], loading
[[flight_number:KS1184]] on {{stand 7}}, [[name:Hamid]] noticed a wet patch on a case in the {{bulk hold}} and a
smell of petrol. Instead of carrying on he stopped loading, got everyone out of the hold, called the
{{ramp supervisor}} and {{ARFF}}. The case had two fuel canisters for a camping stove and a bottle of
{{lighter fluid}} in it - undeclared {{dangerous goods}}. [[name:Lauren-Jade]] offloaded the neighbouring bags
and wiped down the {{hold liner}} under supervision so the aircraft wasn't contaminated. Delay only 18 min.
[[organisation:Kestrel Air]]'s {{DG}} team have put it in their {{safety bulletin}}. This is exactly what
"{{if in doubt, stop}}" means. Thanks both. [[name:Sunita]] - {{Duty Baggage Manager}}
""")),
    ("aviation", "incident", prose("""
Ground damage report. At 13:22 on [[date:5 September 2024]] a {{belt loader}} (fleet no. 112) being positioned
at the aft hold of [[aircraft_registration:G-KSTB]] ({{A321neo}}), operating [[flight_number:KS743]], contacted the
lower edge of the {{cargo door}} frame. The driver, [[name:Callum Reid]], reports that the {{guide person}} had
been called away to help with a {{wheelchair}} and he carried on without a {{banksman}}, against the
{{Ground Operations Manual}}. A dent of approx. 4cm was found by the {{engineer}}.
[[aircraft_registration:G-KSTB]] was taken out of service and [[flight_number:KS743]] was cancelled; 186
passengers were rebooked by [[organisation:Kestrel Air]]. An {{MOR}} has been submitted to the {{CAA}}.
[[name:Callum]] has been stood down from driving pending {{retraining}}. Ref [[case_reference:GSR-24-0391]].
Reported by [[name:Anton Vasile]], {{Ramp Duty Manager}}, [[organisation:Tarnbridge Aviation Services]].
""")),
    ("aviation", "near_miss", block("""
Timeline - near miss, bag count vs load sheet - [[flight_number:OX481]] - [[date:11/11/2024]]
17:05 37 bags offloaded from hold 3 after 14 pax denied boarding ({{overbooking}})
17:12 {{Dispatcher}} [[name:Ngozi E.]] tells {{load control}} by phone; no {{LMC}} as she is at the {{gate}}
17:20 {{Load sheet}} edition 1 still shows 142 bags / 2,130kg in hold 3
17:24 {{captain}} asks dispatcher for final figures
17:25 [[name:Ngozi E.]] notices the bag count on her {{ground handling tablet}} (105) does not match the load sheet
17:31 edition 2 issued with corrected hold 3 figures, signed by captain
17:34 doors closed, off blocks 17:41
Learning: verbal updates to load control are not read back. An offload of more than 10 bags should always
trigger a written LMC. Reported by [[name:Eduardo Salgado]], {{Load Control}}.
""")),
    ("aviation", "incident", block("""
PROPERTY IRREGULARITY REPORT - DAMAGED MOBILITY AID
File ref: [[case_reference:WHVKS40218]]
Passenger: Mrs [[name:Philippa Okonedo-Hart]]
Address: [[address:9 Lantern Court, Sefton Vale]] [[postcode:SV2 6HG]]
Tel: [[phone:07700 900847]]    Email: [[email:pip.oh@qmail.co.uk]]
Flight: [[flight_number:KS306]] arr [[date:17/10/2024]]    Tag: [[case_reference:0612 451077]]
Item: {{powered wheelchair}}, lithium battery removed and carried in cabin per {{DG}} rules
Damage: footplate snapped, joystick housing cracked
Handling notes: loaded flat in the {{bulk hold}} at the outstation; on arrival at
[[organisation:Westhaven Airport]] the chair was sent to {{reclaim}} on the {{oversize belt}} instead of to the
aircraft door as booked ({{WCMP}} {{SSR}} was in the {{PNR}}). Passenger waited 55 min in an {{aisle chair}}.
Our agent [[name:Tiago]] did not see the {{PSM}}. Temporary chair loaned from [[organisation:Mobility Hire North]].
""")),
    ("aviation", "success", block("""
From: [[name:Rhodri Evans-Bell]] <[[email:r.evansbell@tarnbridge-as.co.uk]]>
To: Baggage Hall - All Shifts
Date: [[date:2 January 2025]]
Subject: THANK YOU - Christmas peak

Team,

Between [[date:21 and 28 December]] we put just under 96,000 bags through the hall, with the {{HBS}} line down
for 9 hours on [[date:23 December]]. Our {{mishandling rate}} was 3.1 per 1,000 - the best {{Christmas}} figure we've
recorded. Special mentions:
- [[name:Bogdan]] and [[name:Precious]] for running manual {{reconciliation}} during the HBS outage with zero
  unaccompanied bags flown
- [[name:Will Hartigan]] for re-routing {{transfer bags}} off [[flight_number:OX119]] by hand so 40 connecting
  passengers kept their bags
- [[name:Mei-Lin]] on {{lost property}}, who got a child's teddy back to a family overseas within 24 hours

Breakfast in the {{crew room}} {{Friday}} is on me.

[[name:Rhodri]]
{{Baggage Operations Manager}}, [[organisation:Tarnbridge Aviation Services]]
""")),
    ("aviation", "incident", block("""
INJURY REPORT
Name: [[name:Jaroslav Novák]]   Staff no: [[case_reference:TAS-20931]]
DOB: [[date_of_birth:30/01/1987]]   Role: {{Loader}}
Date/time: [[date:09/07/2024]] 15:40   Location: {{bulk hold}}, [[aircraft_registration:G-KSWL]], {{stand}} 12
Flight: [[flight_number:KS2290]]
Description: Working alone in the bulk hold (kneeling, 1.1m headroom) stacking bags for [[flight_number:KS2290]].
Lifted a case labelled 23kg which was actually 32kg - no {{heavy tag}}. Felt sharp pain in lower back. Finished
loading then reported to TL [[name:Rosie]]. Attended the {{airport medical centre}}, sent on to
[[organisation:Westhaven General Hospital]] {{A&E}}. Off work since.
Contributory: {{check-in}} agent did not apply heavy tag; weight on tag not checked; second loader
reallocated to another stand. {{RIDDOR}} threshold likely (7+ days). Witness: [[name:Kofi]].
Reported by [[name:Rosie Chandler]], {{Team Leader}}.
""")),
    ("aviation", "near_miss", block("""
[[name:Ellie Sutton]]  06:52
{{gate}} says pax [[name:OYELARAN/T]] MR seat 23F on [[flight_number:OX3310]] is a {{no-show}}, {{BRS}} shows 2 bags loaded ([[case_reference:0375 220914]], [[case_reference:0375 220915]])
[[name:Farid Haddadi]]  06:53
we're closing hold 1 now, they're in a {{ULD}} at the rear
[[name:Ellie Sutton]]  06:53
must come off. {{PPBM}} - no pax no bag
[[name:Farid Haddadi]]  06:54
captain won't be happy lol. ok getting [[name:Sunny]] + [[name:Abdi]] to pull the can
[[name:Ellie Sutton]]  06:58
btw BRS didn't flag it - i only saw because i checked manually. the {{DCS}} {{offload}} message never reached BRS
[[name:Farid Haddadi]]  07:09
both bags off, tags match. [[flight_number:OX3310]] off blocks 07:11
[[name:Ellie Sutton]]  07:10
raising a {{safety report}} - interface fault, BRS would have let them fly
""")),
    ("aviation", "success", block("""
Baggage Safety Action Group - minutes - [[date:16 January 2025]]
Present: [[name:Sunita Rao]] (chair), [[name:Callum]], [[name:Dmitri Volkov]] ([[organisation:Brenner Conveyor Systems]]),
[[name:Bill]] ({{H&S}}), [[name:Ana-Maria Popescu]] ({{Unite}} rep)
Apologies: [[name:Mark O'Connell]], [[name:Rhodri Evans-Bell]]

Item 2 - Jam clearance success
Since the new {{lock-out tag-out}} ({{LOTO}}) procedure started on [[date:1 November]] there have been 214 jams
cleared on the {{sorter}} with no injuries, against 3 finger injuries in the same period last year.
[[name:Dmitri]] reported that {{isolation}} now takes under 2 minutes because the padlocks are kept at the
{{MCP}} panels. [[name:Ana-Maria]] said staff feel able to stop the line without being told off.
[[name:Sunita]] thanked [[name:Bill]] and the {{shift leads}} and asked for the procedure to be shared with the
{{cargo shed}}.
ACTION: [[name:Bill]] to submit it for the {{airport safety awards}}.
""")),
    ("aviation", "incident", block("""
{{HBS}} level 3 / {{reconciliation area}} log - [[date:Tue 4 Feb]]
Time  | Bag tag      | Flight  | Status                       | Officer
06:14 | [[case_reference:0612 460332]] | [[flight_number:KS880]]   | L3 alarm - cleared, searched | [[name:RM]]
06:31 | [[case_reference:0612 460517]] | [[flight_number:KS880]]   | L3 alarm - pax not found     | [[name:RM]]
06:58 | [[case_reference:0375 230011]] | [[flight_number:OX1432]]  | L3 alarm - cleared           | [[name:T.Y.]]
Incident: bag [[case_reference:0612 460517]] was marked "pax not found" at 06:31 and left in the {{rec room}} so
the {{security officer}} could try again, but it was loaded to [[flight_number:KS880]] by a loader collecting the
cleared bag at 06:40 - both bags were on the same trolley. Noticed at 07:05 when the {{screening}} system showed
the bag as {{uncleared}}. [[flight_number:KS880]] was already airborne. The {{operator}} and {{DfT}} informed.
""")),
    ("aviation", "near_miss", prose("""
near miss airside road by {{pier B}} 21:15 [[date:fri 7th]] - driving the {{tug}} w 4 {{dollies}} from the
{{make-up area}}, a {{pedestrian}} in {{hi-vis}} walked out between 2 {{GPUs}} right in front of me. braked hard,
last dolly swung out and clipped a {{cone}}. no contact. she was a new cleaner from
[[organisation:Sparkle Aviation Cleaning]] who said nobody told her about the {{zebra crossing}} at the pier.
lighting by stand 9 is out again too - reported twice. we need the {{airside driving}} briefing in the cleaners
induction. tbh the dollies were overloaded as well, my bad. [[name:sully]] ({{loader}})
""")),
    ("aviation", "success", block("""
Dear [[name:Kerry-Lou]] at Lost Baggage,

I just wanted to say thank you. My suitcase with my wedding dress in it went missing on
[[flight_number:OX742]] on [[date:Thursday 22 May]], two days before my wedding. You told me you would keep
looking yourself and you did - you found it in [[organisation:Westhaven Airport]]'s {{rush bag}} area, where it
had ended up after the {{tag}} came off, and you got a {{courier}} to bring it to our hotel,
[[organisation:Glenmorrow Lodge]], by 8pm on the {{Friday}}.

My husband [[name:Euan]] and I (Mrs [[name:Faith Mackintosh]] now!) can't thank you enough.

Our reference was [[case_reference:WHVOX51173]] if you need it for your {{manager}}.

With love,
[[name:Faith]] and [[name:Euan]]
""")),
    ("aviation", "incident", block("""
[[date:03/03/2025]], 18:40 - [[name:Big Tony]]: lads why is there a full cart of [[flight_number:KS618]] bags still on {{lateral 6}}??
[[date:03/03/2025]], 18:41 - [[name:Stelian]]: thought [[name:Dwayne]]'s team took them
[[date:03/03/2025]], 18:42 - [[name:Dwayne Pryce]]: we loaded 2 carts, {{tug}} driver said thats all for [[flight_number:KS618]]
[[date:03/03/2025]], 18:44 - [[name:Big Tony]]: its gone. pushed back 18:30. 63 bags left behind 🤦
[[date:03/03/2025]], 18:45 - [[name:Stelian]]: the {{sorter}} split it across 3 carts cos of the {{late check-in}} surge, 3rd was on a different lateral
[[date:03/03/2025]], 18:47 - [[name:Dwayne Pryce]]: nobody told us 3 carts. {{BRS}} said "loaded" for all the bags in the carts we did
[[date:03/03/2025]], 18:49 - [[name:Big Tony]]: ok. [[name:Marisol]] in {{baggage services}} doing {{rush tags}} for the first flight tmrw. someone datix pls
[[date:03/03/2025]], 18:50 - [[name:Stelian]]: on it
""")),
    ("aviation", "near_miss", block("""
Interphone / {{RT}} transcript - [[aircraft_registration:G-KSRE]], [[flight_number:KS1021]], {{stand}} 22 - [[date:28/01/2025]]
07:02:10 GROUND (dispatcher [[name:Oskar Lindqvist]]): Flight deck, ground, all doors closed, {{chocks}} removed, ready for push.
07:02:30 FLIGHT DECK ({{first officer}}): Brakes released, cleared to push, face south.
07:02:41 RAMP (TL [[name:Precious]], ramp channel): Stop stop stop, hold the push, we're a man short, [[name:Billy]] not at the {{headcount}}.
07:02:44 GROUND: Flight deck, ground, hold position, set brakes please.
07:02:47 FLIGHT DECK: Brakes set. Say reason.
07:03:30 GROUND: We have a {{loader}} possibly in the {{forward hold}}, opening it now.
07:04:55 GROUND: Confirmed loader in forward hold, out and uninjured. Closing again.
Note: [[name:Billy]] was re-stacking bags at the back of the hold when a colleague closed the door. The
{{hold check}} was not done. The {{tug}} had not moved. Reported to the {{CAA}} via {{MOR}}.
""")),
    ("aviation", "success", block("""
Baggage hall shift handover - earlies -> lates - [[date:Sun 9 March]]
- All 41 departures out, 0 short-shipped.
- Belt 2 {{photo-eye}} fault fixed by [[organisation:Brenner Conveyor Systems]] engineer at 10:15
- GOOD CATCH: [[name:Olu]] spotted a {{hold bag}} for [[flight_number:OX1190]] with a {{camping gas}} canister showing
  through a tear at {{make-up}}. Pax traced via tag [[case_reference:0375 233408]], came back landside, canister
  removed and {{DG}} form done. [[flight_number:OX1190]] on time. Nominated for {{Safety Star}} this month.
- Still 6 rush bags for [[flight_number:KS1184]] in {{baggage services}}, {{forwarding}} booked on the 16:40.
- [[name:Rosa]] off sick, [[name:Joy]] covering {{laterals}} 4-6.
- {{Tug}} 14 in the {{MT workshop}}.
[[name:Grace O.]] ({{Shift Lead}})
""")),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind262", REPORTS))
