"""Held-out blind corpus 210: fifty invented UK incident, near-miss and success ("learning")
reports typed by front-line practitioners into a confidential reporting system, written blind
(without sight of the de-identifier or of any other corpus) to measure how well it generalises.

Settings (every person, organisation, place and number is invented):
- social_care: an unaccompanied asylum-seeking children's team (age assessments, interpreters,
  Home Office, supported lodgings, National Transfer Scheme);
- health: a renal dialysis unit (satellite units, fistulas, transport, line infections,
  transplant list);
- aviation: a Part 145 maintenance hangar on night shift (licensed engineers, B1/B2, tech log,
  task cards, tool control, shift handover, CRS).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams/WhatsApp/Slack with handles), handover notes, minutes with
attendance and apologies, tables, radio/RT and phone transcripts, shout-outs and thank-you notes.
Identifiers are marked [[label:value]]; must-not-redact mentions are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind210.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
    age assessmnt today w/ [[name:Ahmad Zia]] (claimed [[age:15]]) - interpreter booked thru [[organisation:LinguaBridge]] turned up speaking {{farsi}} not {{dari}}, {{YP}} said he understood "some" but clearly didnt. [[name:hope]] n me stopped after 20 mins.
    shud have been caught at booking, booking ref [[case_reference:LB-448102]].
    YP v upset, said "why nobody believe me". rebooked for [[date:thurs 14th]], asked for male dari speaker this time.
    {{IRO}} not told yet - will email. also {{Home Office}} had sent the {{screening interview}} notes w/ DOB [[date_of_birth:01/01/2008]] which is the usual default thing again, not what [[name:Ahmad Zia]] told us. not {{Merton}} compliant if we carry on like this tbh. {{duty manager}} aware, [[name:hope]] to update {{ChildView}}.
    - [[name:tk]]
    """)),
    ("social_care", "near_miss", block("""
    From: [[name:Faith Mbeki]] <[[email:faith.mbeki@castlemere.gov.uk]]>
    To: {{UASC}} Team Managers
    Subject: Near miss - supported lodgings match, [[case_reference:CM/UASC/2291]]

    Hi both,

    Yesterday ([[date:9 October]]) I was about to confirm a move for [[name:Dawit]] ([[age:16]], {{Tigrinya}} speaker) to a {{supported lodgings}} host at [[address:27 Pennyroyal Close, Castlemere]] [[postcode:CM7 2LW]]. When I checked the {{panel}} paperwork the host's {{DBS}} showed as expired on [[date:30 September]]. The {{placements team}} tracker still had it green. The reminder had gone to [[name:Bill Ashworth]]'s old inbox after he moved to {{Leaving Care}}, so nobody picked it up.

    [[name:Dawit]] stayed at his current {{semi-independent}} placement and the move is on hold until the renewal clears. No harm, but it was down to luck.

    Suggest reminders go to a shared mailbox not a named worker.

    Thanks,
    [[name:Faith]]

    [[name:Faith Mbeki]] | {{Senior Practitioner}}, Unaccompanied Children's Team
    [[organisation:Castlemere Borough Council]] | [[phone:01632 960418]]
    """)),
    ("social_care", "success", block("""
    Teams - UASC Team - chat export
    [[date:Tue 3 Sept]]
    [08:51] [[name:Grace Oyelaran]]: morning all, quick good news story for the {{learning log}}
    [08:52] [[name:Grace Oyelaran]]: [[name:Sunny]] from [[organisation:Ferrybank Youth Hub]] noticed [[name:Mohamed Adam]] ([[age:17]]) kept missing {{ESOL}} & was sleeping all day. turned out he was doing nights at a car wash - classic {{exploitation}} flags
    [08:53] [[name:Grace Oyelaran]]: she rang our {{duty line}} same day, {{strategy discussion}} by 4pm, {{NRM}} referral in next morning
    [08:55] [[name:Pat Quigley]]: brilliant. who's his {{PA}}?
    [08:56] [[name:Grace Oyelaran]]: [[name:Kwabena]] - he's been amazing too, went with him to the police interview
    [08:57] [[name:Pat Quigley]]: nominating [[name:Sunny]] for the {{partner award}}, will raise at {{SMT}} on [[date:Thursday 5th]]
    [08:59] [[name:Rose]]: 👏👏 love this
    """)),
    ("social_care", "incident", block("""
    CHRONOLOGY - [[name:Yonas Tesfamariam]] - [[case_reference:UAS-0719]]
    [[date:22/07/24]]
    09:15  {{NTS}} transfer confirmed by the {{Home Office}}; YP to travel from the {{reception centre}} with [[organisation:Swiftline Secure Transport]].
    13:40  Driver rings {{duty}}, says he has arrived at [[address:4 Orchard Mews, Wexcombe]]. Our placement is [[address:4 Orchard Way, Wexcombe]] [[postcode:WX3 8PJ]].
    13:55  Driver leaves [[name:Yonas]] at the door of [[address:4 Orchard Mews]] and departs. Nobody home.
    15:10  {{Placement provider}} ([[name:Joy Hennessy]]) rings to ask where he is.
    15:20  Reported missing to police, log [[case_reference:WX-240722-0311]]. {{Missing from care}} protocol started.
    17:45  [[name:Yonas]] found by a neighbour at the bus station, cold and frightened. No English.
    18:30  Arrives at placement. {{Return home interview}} offered via [[organisation:Northway Missing Service]].
    Learning: driver to read back full address incl. postcode; no child to be left without a handover to an adult. Vehicle [[vehicle_registration:KX71 BHD]].
    Completed by [[name:Ilse Vandermeer]], {{Team Manager}}.
    """)),
    ("social_care", "near_miss", block("""
    CONFIDENTIAL INCIDENT / NEAR MISS FORM
    Name of child: [[name:Rebin Aziz]]
    Claimed DOB: [[date_of_birth:12/03/2008]]
    Home Office ref: [[case_reference:R7716402]]
    LA ref: [[case_reference:HB-44187]]
    Current address: [[address:Flat 2, 119 Salter Street, Hollinbrook]] [[postcode:HB2 4TE]]
    Reported by: [[name:Amber Li]] ({{Social Worker}})
    Date of event: [[date:5 June 2024]]
    What happened: The completed {{age assessment}} (outcome: assessed as [[age:17]]) was attached to an email for the {{Home Office}} {{ASU}} mailbox. Before sending I noticed autocomplete had picked [[email:asu.lettings@hollinbrookhomes.org.uk]] ([[organisation:Hollinbrook Homes]], a housing association) instead. Not sent.
    Why: both addresses start "asu"; no {{DLP}} warning on external mail; I was rushing before the {{MASH}} meeting.
    Action: {{IT}} asked to add a warning banner; team reminded to type {{Home Office}} addresses from the {{contacts sheet}}.
    """)),
    ("social_care", "success", prose("""
    Learning note - good practice. I want to record thanks to our {{foster carer}} Mrs [[name:Lan Nguyen-Hartley]]
    of [[organisation:Brightpath Fostering]] and to {{IRO}} [[name:Des Ackroyd]]. [[name:Thanh]], [[age:15]], came to us
    on [[date:2 February]] via the {{National Transfer Scheme}}. Within a week Mrs [[name:Nguyen-Hartley]] noticed he
    had a second phone and was getting calls late at night from [[phone:07700 900216]]. She did not confiscate it
    (which could have pushed him away) but wrote the number down, spoke to him gently in {{Vietnamese}} and
    called the {{out of hours}} team. A {{strategy meeting}} was held next day, an {{NRM}} referral went to the
    {{Single Competent Authority}} and the number was passed to police. [[name:Des]] brought the {{LAC review}}
    forward so the {{placement plan}} could be updated. [[name:Thanh]] has since said he felt "safe to tell".
    Good example of curiosity, cultural knowledge and calm response. Written by [[name:Marguerite Osei]],
    {{Practice Lead}}.
    """)),
    ("social_care", "incident", block("""
    MINUTES - PROFESSIONALS MEETING
    Date: [[date:18 November 2024]]
    Present: [[name:Ilse Vandermeer]] ({{Team Manager}}, chair); [[name:Mark Obi]] ({{SW}}); [[name:Nasrin Haidari]] ({{Pashto}} interpreter, by phone); [[name:Ffion Rees-Pryce]] ({{Virtual School}}); [[name:Gulsen Yilmaz]] (welfare officer, [[organisation:Riverside Lodge Hotel]])
    Apologies: [[name:Pat Quigley]] ({{Head of Service}}); DS [[name:Holloway]] (police)

    1. Background: [[name:Bashir Noorzai]] was treated as an adult at the port. {{Home Office}} recorded DOB [[date_of_birth:01/01/2004]]; he says he is [[age:16]]. He was placed in the hotel for 23 days sharing a room with adult men.
    2. [[name:Gulsen]] raised concerns on [[date:11/11]] after he was seen crying in the corridor; {{MASH}} referral [[case_reference:MASH-24-06618]].
    3. [[name:Mark]] visited [[date:12/11]]; presents as a child. Moved to {{emergency foster placement}} same night.
    4. Incident: no one told the LA for three weeks. Hotel had no route to escalate.
    Actions: [[name:Ilse]] to write to {{Home Office}} contract lead; [[name:Mark]] to start {{Merton}} assessment; [[name:Ffion]] to arrange school place.
    """)),
    ("social_care", "near_miss", block("""
    [[date:12/03/2025]], 21:14 - [[name:Rose Kaminski]]: Hi [[name:Jo]] sorry late msg. letter came for [[name:Filmon]] at my house from {{home office}}, its for his {{substantive interview}} on the [[date:14th]]?? he never said
    [[date:12/03/2025]], 21:16 - [[name:Jo]] (UASC SW): 😳 thank you for flagging!! his solicitor hasnt been told I think. can u send pic
    [[date:12/03/2025]], 21:17 - [[name:Rose Kaminski]]: <Media omitted>
    [[date:12/03/2025]], 21:19 - [[name:Jo]] (UASC SW): ok ref is [[case_reference:K2290183]]. it went to your address not our office so {{legal}} never saw it. ill ring [[organisation:Calder & Whitlow Solicitors]] first thing + book {{Tigrinya}} interpreter
    [[date:12/03/2025]], 21:20 - [[name:Rose Kaminski]]: he's asleep, dont want to worry him tonite
    [[date:12/03/2025]], 21:21 - [[name:Jo]] (UASC SW): agree. well done u, if we'd missed it his claim cud have been treated as withdrawn
    """)),
    ("social_care", "success", prose("""
    Good practice - {{National Transfer Scheme}} arrival. On [[date:Wednesday 16 April]] we received
    [[name:Ardalan Karimi]], [[age:aged 14]], from the {{reception centre}}. Before he set off, {{duty social worker}}
    [[name:Will Achterberg]] rang the {{transferring authority}} and got a proper verbal handover, including that [[name:Ardalan]]
    had a dental abscess and had not eaten properly for two days. [[name:Will]] booked a {{Kurdish Sorani}} interpreter by
    video for arrival, arranged an emergency dentist at [[organisation:Millgate Dental Practice]] and made sure the
    {{foster carer}}, Mr [[name:Okonkwo]], had halal food and a phone charger ready. The {{Initial Health Assessment}}
    was booked within five working days and the {{LAC review}} within twenty. [[name:Ardalan]] told the interpreter it was "the
    first time someone knew I was coming". Small things, done early, made the difference. Thanks to [[name:Will]] and to
    [[name:Bernadette]] in {{business support}}.
    """)),
    ("social_care", "incident", block("""
    WEEKEND DUTY HANDOVER  [[date:Fri 7/2]] -> [[date:Mon 10/2]]
    from: [[name:Kwabena]]   to: [[name:Ruthie]]

    1) [[name:Ardit Hoxha]] ([[case_reference:CMB-39920]]) - !!! provider ([[organisation:Keystone Semi-Independent]]) texted Sat am saying they'd "end placement today as he's 18". He is NOT - assessed DOB [[date_of_birth:08/02/2008]] so he turned [[age:17]] that day. They'd used the {{Home Office}} DOB from his {{BRP}}. [[name:Ardit]] was packing when I rang. Told provider placement continues, {{EDT}} manager ([[name:Gwen]]) backed this. Needs formal letter to provider Monday + check what else they hold wrong.
    2) [[name:Sami Haddad]] - fine, {{Pathway Plan}} due, {{PA}} aware.
    3) Interpreter invoices - nothing urgent.

    {{Datix}}-equivalent done for item 1. [[name:Ardit]] very shaken, said "they wanted me on the street". Pls ring him Mon.
    """)),
    ("social_care", "near_miss", block("""
    nr miss - interp for [[name:semhar]]'s home visit today knew her family frm back home (same village apparently) + asked her where she lives now & which college. was about to answer + give the {{supported lodgings}} address when [[name:jo]] stepped in and ended visit.
    interp from [[organisation:Voxa Language Services]], booking [[case_reference:VX-88231]]. {{Tigrinya}} speaker.
    [[name:semhar]] ok but frightened, she has told us before her uncle may be looking for her ({{FGM}} risk + forced marriage).
    need: agency to ask about conflicts b4 sending, we shld use telephone interp for her till further notice. told {{DSL}} at college + {{IRO}}.
    [[name:nadia]]
    """)),
    ("social_care", "success", block("""
    From: [[name:Priya Raman-Sutherland]] <[[email:p.ramansutherland@castlemere-vs.org.uk]]>
    Sent: [[date:27 June 2024]] 16:02
    To: [[name:Faith Mbeki]]
    Subject: Thank you - [[name:Yonas]]

    Dear [[name:Faith]],

    I just wanted to say thank you. When [[name:Yonas]] was refused a place at [[organisation:St Anselm's Academy]] because "no paperwork", you sent the {{age assessment}} outcome and {{placement plan}} the same afternoon and came to the {{admissions}} meeting with us. He started in Year 11 on [[date:Monday 24th]] and his form tutor says he's already helping two younger boys with maths.

    The {{PEP}} is booked and {{ESOL}} support starts next week. This is what joined-up working should look like.

    Warm regards,
    [[name:Priya]]
    [[name:Priya Raman-Sutherland]]
    {{Head of Virtual School}}
    [[organisation:Castlemere Virtual School]] | [[phone:01632 960771]]
    """)),
    ("social_care", "incident", block("""
    IHA appointments missed - Q1 (interpreter no-shows)
    | Date       | YP               | LA ref            | Clinic                           | Language | Outcome        |
    | [[date:03/04]]      | [[name:Hamid R.]]         | [[case_reference:HB-45002]]          | [[organisation:Greaves Lane Surgery]]             | {{Pashto}}   | rebooked       |
    | [[date:11/04]]      | [[name:Zeynab]]           | [[case_reference:HB-45019]]          | [[organisation:Hollinbrook Children's Centre]]    | {{Arabic}}   | rebooked x2    |
    | [[date:29/04]]      | [[name:Esayas T]]         | [[case_reference:HB-45033]]          | [[organisation:Greaves Lane Surgery]]             | {{Tigrinya}} | not seen - 9wk |
    | [[date:07/05]]      | [[name:Hamid R.]]         | [[case_reference:HB-45002]]          | {{LAC nurse}} clinic                  | {{Pashto}}   | seen by phone  |
    Incident: [[name:Esayas T]] now outside the {{statutory}} 20-working-day window by 9 weeks. Scabies untreated.
    Logged by [[name:Siobhán Ní Bhriain]], {{LAC Nurse}}.
    """)),
    ("social_care", "near_miss", block("""
    Duty call - transcript from notes (call recorded)
    Date/time: [[date:4 Jan]] 10:42
    Caller: male, said he was "[[name:Abdullahi]]", uncle of [[name:Hodan Warsame]]
    DUTY ([[name:Ruthie]]): Duty team, how can I help?
    CALLER: I am her uncle. She is [[age:15]], she came on the lorry. Which house is she in? I want to bring her food.
    DUTY: I can't confirm anything about any child, but I can take your details.
    CALLER: Her foster mother is at [[address:30 Larkspur Road]], yes?
    DUTY: I can't share that. Can I take a number for you?
    CALLER: [[phone:07700 900583]]. Tell her [[name:Abdullahi]] called.
    Note: the caller had the correct address. I nearly said "she's not at that one" which would have confirmed. Passed to {{MASH}} and police as possible {{trafficking}} indicator, ref [[case_reference:CMB-51170]]. {{Foster carer}} alerted, {{safety plan}} updated.
    """)),
    ("social_care", "incident", prose("""
    Information governance incident. On [[date:19/08/2024]] I sent [[name:Mustafa Kareem]]'s {{Pathway Plan}} to his
    immigration solicitor at [[organisation:Ashgrove Law]]. The plan went to a different solicitor's firm,
    [[organisation:Ashfield Legal LLP]], because I picked the wrong contact in Outlook. The document contained his
    date of birth [[date_of_birth:23/05/2007]], his address at [[address:Room 6, 14 Canal Side, Redmarsh]]
    [[postcode:RM4 7QD]], his {{National Insurance}} number [[ni_number:JT 48 29 17 C]] and detail of his {{PTSD}}
    and {{asylum}} account. [[organisation:Ashfield]] confirmed deletion in writing the next day. [[name:Mustafa]] has been told in person with a
    {{Kurmanji}} interpreter and was understandably angry. {{Data Protection Officer}} informed, reference
    [[case_reference:IG-2024-0388]]; not reportable to the {{ICO}}. I am [[name:Tomás Echeverría]], {{Personal Adviser}}.
    """)),
    ("social_care", "success", prose("""
    shout out 🙌 to [[name:Will]] and [[name:Joy]] at [[organisation:Halvergate Supported Lodgings]] - [[name:Nasir]]
    ({{UASC}}, [[age:17yo]]) got his {{leave to remain}} letter on [[date:Friday 21st]] and panicked cos it said he
    had to do stuff "within 28 days". they sat with him all eve, helped him read it with google translate, rang
    our {{out of hours}} line and had him at the {{Leaving Care}} drop-in saturday morning. {{PA}} [[name:Kwabena]]
    sorted bank account + {{NI}} application same week. [[name:Nasir]] says he now wants to be a {{youth worker}} lol. proper
    team effort - [[name:Sunita]] ({{SW}})
    """)),
    ("social_care", "incident", block("""
    missing - [[name:Hevi Rasool]] [[case_reference:UAS-0844]]
    seen getting into silver vauxhall astra [[vehicle_registration:LR19 XNT]] outside [[organisation:Kelsworth College]] approx 15:30 [[date:Weds 9 Oct]] by the {{DSL}}. not back at lodgings by 22:00 - host [[name:Bill Okafor]] called {{EDT}}. police log [[case_reference:CM-0910-1177]].
    [[name:hevi]] is [[age:16]], {{Sorani}} speaker, been in country 6 wks. we had flagged {{CCE}} risk at {{strategy}} on [[date:30/09]] but the {{safety plan}} wasnt shared with college til after.
    returned [[date:10/10]] 07:10 in taxi, says "friend from home" took him to a house, wont say where. {{return home interview}} booked.
    [[name:amira]] (duty)
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
    pt mr [[name:okafor]] (bay 3, [[organisation:Kelsworth Road Satellite Unit]], hosp no [[case_reference:K0094417]]) - {{AVF}} infiltrated on {{cannulation}} 07:20, {{arterial needle}}. 2nd attempt by [[name:gemma]] (new starter, not signed off for {{buttonhole}} yet). big haematoma, arm v swollen, pt upset said "thats 3rd time this month".
    session cut to 2h30, {{UF}} goal not met, went home 1.8kg over {{dry weight}}.
    rang {{registrar}} dr [[name:venkataraman]], said ice + elevate, {{fistulogram}} if not settled by fri.
    nobody supervising [[name:gemma]] cos nurse in charge ([[name:marcus]]) was on phone to transport for 25 mins.
    need: new starters not to needle {{AVF}}s solo till competency signed, + someone else to take transport calls pls!!
    """)),
    ("health", "near_miss", block("""
    NEAR MISS REPORT - HAEMODIALYSIS
    Unit: [[organisation:Ashby Fold Renal Unit]]      Shift: twilight      Date: [[date:17/01/2025]]
    Patient A: Mr [[name:Harpreet Singh]]  DOB [[date_of_birth:03/09/1958]]  Hosp no [[case_reference:RX4471920]]  NHS [[nhs_number:943 476 5919]]
    Patient B: Mr [[name:Gurdev Singh]]    DOB [[date_of_birth:21/12/1966]]  Hosp no [[case_reference:RX4470388]]  NHS [[nhs_number:401 023 2188]]
    Reported by: [[name:Oluwaseun Adeyemi]], {{Staff Nurse}}
    Description: The {{dialysis prescription}} for Mr [[name:Gurdev Singh]] ({{dry weight}} 71.5kg) was loaded onto the machine for Mr [[name:Harpreet Singh]] (dry weight 84.0kg). The {{EPR}} worklist was sorted by surname and both men dialyse on the same shift. {{UF}} target showed 5.9L instead of 2.1L.
    Detected by: {{HCA}} [[name:Precious]] at the {{two-person check}} before connection, because the weight did not match what she remembered.
    Harm: none.
    Suggested action: alert flag for same-surname patients; worklist to show first name and DOB; never load prescriptions from the list, only from the wristband scan.
    """)),
    ("health", "success", prose("""
    Big thank you to [[name:Dave]] from [[organisation:Medivan Patient Transport]]. On [[date:Monday 11 November]] he
    went to collect Mrs [[name:Eleni Papadakis]] for her 07:00 slot and found her grey, sweaty and muddled at the door.
    Instead of bringing her in as usual he sat her down, rang {{999}} and then rang us so we could tell the crew she
    was a {{haemodialysis}} patient who had missed {{Friday}}'s session. Her {{potassium}} in {{ED}} was 7.4 and she
    needed {{calcium gluconate}}, {{insulin-dextrose}} and emergency dialysis. The {{consultant}} said another hour in
    the back of the van could have been fatal. Mrs [[name:Papadakis]] is home and doing well and asked us to pass her
    thanks on. [[name:Dave]], you are a star. Vehicle [[vehicle_registration:YJ68 WRP]] crew, please also pass on
    thanks to your controller [[name:Bev]]. - [[name:Rhiannon]], {{Unit Sister}}
    """)),
    ("health", "incident", block("""
    Timeline - suspected line-related bacteraemia - Mr [[name:Kazimierz Nowak]], MRN [[case_reference:2209174]]
    [[date:Sat 8 March]]
    07:05  Arrives at [[organisation:Brackenfield Satellite Unit]] by taxi. Temp 37.9. Reports rigors overnight.
    07:15  {{Tunnelled line}} exit site red with slight pus. No {{swab}} taken.
    07:30  Connected via line as usual. {{Rigor}} 20 min in; temp 39.4, BP 82/40, {{NEWS2}} 9.
    07:50  {{999}} called. {{Blood cultures}} from line and peripheral.
    08:40  Conveyed to {{A&E}} at [[organisation:St Brannoc's Hospital]].
    [[date:10/03]]  Cultures grew {{MSSA}}. Line removed; {{temporary femoral line}} inserted.
    Learning: {{sepsis}} screen should happen before connection, not after. Satellite has no {{sepsis}} trolley and no doctor on site at weekends. Mr [[name:Nowak]] had told the taxi driver he felt awful but there is no route for drivers to tell us.
    Nurse in charge: [[name:Aroha Ngata]]
    """)),
    ("health", "near_miss", block("""
    From: [[name:Ciara Fitzgerald-Lamb]] <[[email:ciara.fitzgerald-lamb@stbrannocs.nhs.uk]]>
    To: Renal Unit Managers
    Cc: [[name:Rhiannon Pugh]]
    Subject: Near miss - organ offer, patient uncontactable

    All,

    At 02:10 on [[date:Sunday 23rd]] we received a {{deceased donor}} kidney offer for Mrs [[name:Aisha Rahman-Boateng]] (NHS [[nhs_number:612 850 3470]]). The mobile on {{PAS}}, [[phone:07700 900145]], was disconnected and the landline [[phone:0117 496 0832]] rang out. I eventually found a newer mobile, [[phone:07700 900862]], in her dialysis notes from [[organisation:Kelsworth Road Satellite Unit]] and reached her at 03:05. She was transplanted that morning.

    This is a near miss: another 20 minutes and the offer would have gone to the next patient on the {{transplant list}}.

    Please can satellite units update {{PAS}}, not just the dialysis record, and could we add a contact check to every {{quarterly review}}?

    Many thanks,
    [[name:Ciara]]

    [[name:Ciara Fitzgerald-Lamb]]
    {{Recipient Transplant Coordinator}}
    [[organisation:St Brannoc's Hospital]] | [[phone:0117 496 0155]]
    """)),
    ("health", "incident", block("""
    Teams chat - Dialysis Unit - [[date:14 August]]
    [[name:Marcus Boateng]] 10:02
    anyone heard from transport? Mr [[name:Lindqvist]] not here again, 2nd time this week
    [[name:Bukola Eze]] 10:04
    rang [[organisation:Medivan]] - they say booking was cancelled?? not by us
    [[name:Marcus Boateng]] 10:05
    he's {{MWF}} mornings. did someone change his slot?
    [[name:Bukola Eze]] 10:11
    found it - booking was moved to the [[organisation:Brackenfield]] satellite when we swapped his shift, but the cancellation went through for both. he's been sat at home
    [[name:Marcus Boateng]] 10:12
    ring him pls and ask how he feels, he missed fri as well
    [[name:Bukola Eze]] 10:30
    he's breathless, ankles swollen. sent {{ambulance}}. {{K+}} 6.9 in {{ED}}
    Dr [[name:Obuya]] 10:41
    admitted to {{renal ward}}, will need extra session. pls {{Datix}}
    """)),
    ("health", "success", block("""
    RENAL CLINICAL GOVERNANCE - MINUTES (extract)
    Date: [[date:4 December 2024]]
    Present: Dr [[name:Rhiannon Pugh]] ({{Consultant Nephrologist}}, chair); [[name:Femi Adeyemi-Cole]] ({{Matron}}); [[name:Grace Tan]] ({{IPC}} nurse); [[name:Jakub Wróbel]] ({{vascular access}} nurse); [[name:Paddy Flood]] (unit manager, [[organisation:Brackenfield Satellite Unit]])
    Apologies: [[name:Aroha Ngata]]; Dr [[name:Obuya]]

    Item 4 - Good practice: line infections
    [[name:Paddy]] reported 212 days without a line-related bacteraemia at [[organisation:Brackenfield]], previously the worst performing unit. Contributing factors:
    - [[name:Jakub]]'s {{ANTT}} refresher for all staff including bank, with observed competency
    - {{chlorhexidine}} dressings and {{taurolidine}} lock for high-risk patients
    - 11 patients moved from {{tunnelled lines}} to {{AVF}} after [[name:Grace]] and [[name:Jakub]] started a joint "line to fistula" clinic on {{Thursdays}}
    [[name:Femi]] thanked the team. Agreed to roll out to [[organisation:Kelsworth Road Satellite Unit]] from {{January}}; [[name:Grace]] to present at the {{regional renal network}}.
    """)),
    ("health", "near_miss", block("""
    TWILIGHT HANDOVER  [[date:Weds 12/6]]
    Bay 1 - Mr [[name:T. Oyelowo]] - {{AVF}} L arm, {{dry weight}} 68, no issues
    Bay 2 - empty (Mr [[name:Haddad]] transplanted!! 🎉)
    Bay 4 - [[name:Rosa Delgado-Ruiz]], DOB [[date_of_birth:14/11/1949]], [[case_reference:RX4490021]] - {{HIT}} - NO {{HEPARIN}}, {{citrate}} lock only
       !! near miss: {{heparin}} prefilled syringe was on her trolley from the standard pack + loaded in the pump. [[name:Lyle]] saw the red {{alert band}} at the {{two-person check}} and removed it before connection. [[name:Rosa]] not harmed, aware + v grateful.
       -> pharmacy asked for heparin-free pack for her; alert added to {{EPR}}
    Bay 5 - Mrs [[name:Kaur]] - {{hypotensive}} x2, {{UF}} reduced, {{renal SpR}} to review tomorrow
    handed over by [[name:Bukola]] to [[name:Sunny]]
    """)),
    ("health", "incident", block("""
    Incident: blood samples mislabelled - [[organisation:Ashby Fold Renal Unit]], bled [[date:02/09/2024]]

    Patient                  | Hosp no                     | Hb reported | Hb actual | Effect
    [[name:EKWUEME, Chidi]]           | [[case_reference:RX4467710]]   | 88          | 121       | {{darbepoetin}} dose increased
    [[name:DE SOUZA, Marianne]]       | [[case_reference:RX4461095]]   | 121         | 88        | dose held, symptomatic {{anaemia}}

    Both patients were bled at the same time by {{HCA}} [[name:Nkechi]], who had pre-printed labels at the start of the shift and labelled away from the chair. Found on [[date:16/09]] when Mrs [[name:De Souza]] became breathless and needed a {{transfusion}}; Mr [[name:Ekwueme]]'s Hb had risen to 134 on the extra {{ESA}}. Both patients and families told ({{Duty of Candour}}). Label at the bedside, one patient at a time - this is in the {{SOP}} already but was not being followed on busy shifts.
    """)),
    ("health", "success", prose("""
    Learning from excellence. During {{cannulation}} prep on [[date:Tuesday 14 May]] {{HCA}} [[name:Mark Tremayne]]
    listened to Mr [[name:Adebayo Ogunleye]]'s fistula ([[age:aged 71]], [[organisation:Kelsworth Road Satellite Unit]])
    and thought the {{bruit}} sounded higher pitched than usual. He checked the {{venous pressure}} trend on the
    machine and saw it had crept up over three sessions, then flagged it to the nurse in charge and emailed our
    {{vascular access}} nurse [[name:Jakub]]. A {{fistulogram}} showed a tight {{stenosis}} and Mr [[name:Ogunleye]]
    had a {{fistuloplasty}} on [[date:20 May]]. Without this the fistula would probably have clotted, meaning a
    {{tunnelled line}} and a higher infection risk. [[name:Mark]] only finished his {{access}} training in
    {{February}}. Brilliant attention to detail - please share at {{huddle}}.
    """)),
    ("health", "incident", block("""
    Reporter comment: a patient photo was posted in a staff WhatsApp group with 46 members, including two ex-staff and a student. Excerpt below, names kept for the investigation only.

    [[date:03/02/2025]], 02:14 - [[name:Tash]]: anyone know what this rash is? [photo] pt is [[name:W. Achebe]] bay 6, NHS no [[nhs_number:485 777 3023]] visible in pic sorry 🙈
    [[date:03/02/2025]], 02:15 - [[name:Kofi]] 🏃: delete that!!! use the {{derm}} referral
    [[date:03/02/2025]], 02:15 - [[name:Tash]]: deleted, was just quick
    [[date:03/02/2025]], 02:21 - [[name:Lou-Ann]]: looks like {{vancomycin}} reaction tbh

    Photo was on the group for 1 minute but 9 people had viewed it. [[name:Tash]] has been supportive and honest. Group now closed; {{IG}} lead informed, ref [[case_reference:IG/REN/0412]]. Reminder: {{Caldicott}} rules apply to chats.
    """)),
    ("health", "near_miss", block("""
    wrong bath - 1K {{dialysate}} hung for mrs [[name:begum]] ([[case_reference:RX4488105]]) instead of her usual 2K. pre-dialysis {{K+}} was 3.4 so 1K cd have dropped her v low + {{arrhythmia}} risk, shes on {{digoxin}} too.
    caught by [[name:JK]] at 20 mins when she rechecked the bag vs the {{prescription}}.
    bags look almost same, both yellow labels, stored next to each other in the {{stock room}} since the new delivery [[date:mon 4th]].
    supplies + pharmacy told. can we get them split up + red label on 1K pls, there was another one at [[organisation:Brackenfield]] last month I heard.
    [[name:olu]]
    """)),
    ("health", "success", block("""
    From: [[name:Hope Mwangi]] <[[email:hope.mwangi@postmail.co.uk]]>
    To: [[email:renal.feedback@stbrannocs.nhs.uk]]
    Date: [[date:9 April 2025]]
    Subject: thank you from [[name:Samuel]]'s family

    Dear everyone at the {{dialysis unit}},

    My {{dad}} [[name:Samuel Mwangi]] (NHS [[nhs_number:720 391 8467]]) dialysed with you for six years. When he decided to stop and move to {{conservative care}}, nobody made him feel he was giving up. Sister [[name:Ama]] sat with us for an hour, explained what would happen and got the {{palliative care team}} and his {{GP}} at [[organisation:Hollybush Medical Practice]] involved the same week. [[name:Bill]], the {{volunteer}} with the tea trolley, came to say goodbye in his own time.

    Dad died at home on [[date:2 April]], as he wanted, with his hymns playing. We could not have done it without you.

    With love and thanks,
    [[name:Hope]] (and [[name:Faith]], his other daughter)
    """)),
    ("health", "incident", prose("""
    On [[date:28 January]] at about 12:40 Mr [[name:Declan Rafferty]], an [[age:84-year-old]] patient at
    [[organisation:Brackenfield Satellite Unit]], fell in the car park while walking to his taxi after dialysis. His
    post-dialysis blood pressure had been 96/54 and he had said he felt "a bit woozy", but he was keen to get home and
    was allowed to leave after ten minutes sitting. The car park lighting near the ramp has been broken since
    {{December}} and the kerb was icy. The driver from [[organisation:Castle Cabs]] told us their insurance does not let
    drivers help patients walk. Mr [[name:Rafferty]] was taken by {{ambulance}} to [[organisation:St Brannoc's Hospital]],
    where a {{fractured neck of femur}} was confirmed; he had surgery the next day. Contributing factors: no
    {{standing blood pressure}} check before discharge, no escort policy, and estates job [[case_reference:EST-55810]]
    for the lights still open. Reported by [[name:Paddy Flood]], unit manager.
    """)),
    ("health", "near_miss", block("""
    RENAL INCIDENT FORM
    Patient name: [[name:Bartholomew Ifeanyi]] (likes to be called [[name:Barty]])
    DOB: [[date_of_birth:30/06/1961]]     Age: [[age:63]]
    NHS no: [[nhs_number:462 198 0750]]
    Address: [[address:9 Furnace Lane, Brackenfield]] [[postcode:BF6 2NA]]
    Location: [[organisation:Brackenfield Satellite Unit]], chair 7
    Date/time: [[date:21/10/2024]] 15:40
    Category: {{venous needle dislodgement}} - no harm
    Description: [[name:Barty]] turned in his chair to reach his tea and the {{venous needle}} partly pulled out; the tape had lifted. The {{venous pressure}} alarm did NOT sound (pressure fell from 150 to 110, still inside limits). {{HCA}} [[name:Amber]] saw blood on the blanket within a minute because his arm was uncovered under the new "{{access visible}}" rule. Pump stopped, needle re-sited, estimated loss 100ml. {{Hb}} checked - stable.
    Reporter: [[name:Marcus Boateng]], {{Charge Nurse}}
    """)),
    ("health", "success", prose("""
    ⭐ STAR OF THE MONTH ⭐ This month's star is [[name:Pat]], {{dialysis assistant}} on the early shift, nominated by
    Mrs [[name:Winifred Oduya]] and by [[name:Sunny]] from the nursing team. Mrs [[name:Oduya]] had been quiet for weeks
    and told [[name:Pat]] she was thinking of "just stopping all this". [[name:Pat]] didn't brush it off - she sat with her,
    let her talk, then asked if she could tell the nurse in charge. That afternoon Mrs [[name:Oduya]] saw our
    {{renal psychology}} team, her {{PHQ-9}} score was high and she started support the same week. She is now
    training for {{home haemodialysis}} with her grandson. In her words: "[[name:Pat]] listened when I'd stopped
    talking to everyone else." Thank you [[name:Pat]] - a box of chocolates and a certificate are on their way.
    """)),
    ("health", "incident", block("""
    SBAR - missed dialysis / {{hyperkalaemia}}
    S: Mr [[name:Ilyas Qureshi]] ([[case_reference:RX4452286]], NHS [[nhs_number:839 120 5746]]) admitted [[date:19/07]] via {{ED}} with {{K+}} 7.1 and broad {{QRS}} after missing two sessions while on holiday.
    B: Holiday dialysis had been arranged at [[organisation:Seabright Renal Centre]]. Our referral letter gave the dates as [[date:5-12 August]] instead of [[date:15-22 July]]. The holiday unit had no slot when he turned up and told him to "go to {{A&E}} if unwell". He waited until he was.
    A: {{Transcription error}} in the referral; no one checked dates with the patient; holiday unit did not ring us.
    R: Holiday referrals double-checked by a second nurse and confirmed with the patient by phone; add a "ring home unit if no slot" line to our letter.
    Reporter: [[name:Lyle Mackintosh]], {{Band 6}} Staff Nurse
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
    nights [[date:20/11]] - [[aircraft_registration:G-BWYK]] ({{A320}}) in for {{A-check}} items. access panel {{574AB}} (under L wing) opened for the {{fuel quantity}} probe job, task card closed out by [[name:jonno]] at 04:10 but panel NOT refitted - screws were in a bag taped to the stand.
    aircraft towed out 05:15, no final walkround by anyone from our shift. {{first officer}} on [[flight_number:BWY221]] found it open on her walkround 06:20, {{tech log}} entry [[case_reference:TL 0048812]].
    no damage, 40 min delay. {{duty engineer}} [[name:Ewan]] refitted + signed.
    honestly we were 2 {{B1}}s down and everyone rushing. the "panels open" board in the hangar wasnt updated either. need a proper close-up check before tow, not just task card stamps.
    """)),
    ("aviation", "near_miss", block("""
    RT TRANSCRIPT - tow of [[aircraft_registration:G-CSKR]] ({{ATR 72}}), hangar 3 to stand 14 - [[date:02/12/2024]] 01:47Z
    TOW 2:  [[organisation:Redmarsh Ground]], Tow Two, ATR [[aircraft_registration:Golf Charlie Sierra Kilo Romeo]] at hangar three, request tow to stand one four via {{Bravo}}.
    GND:    Tow Two, [[organisation:Redmarsh Ground]], tow approved via Bravo, hold short {{Alpha}}.
    TOW 2:  Via Bravo, cross Alpha, Tow Two.
    GND:    (no response to incorrect {{readback}})
    GND:    Tow Two STOP STOP, hold position. Traffic [[flight_number:Brightwing four one eight]] taxiing Alpha left to right.
    TOW 2:  Stopping, Tow Two.
    [[flight_number:BWY418]]: [[flight_number:Brightwing four one eight]], tug in sight, holding.
    Notes (tow team lead [[name:Piotr Wiśniewski]]): tug stopped about 20m short of Alpha. Driver [[name:Gaz Fenwick]] read back "cross" and the controller missed it. {{Tug}} headset has a crackly mic - reported twice already. Brake rider was {{B1}} [[name:Callum]]. {{MOR}} raised; {{ATC}} doing their own {{occurrence report}}.
    """)),
    ("aviation", "success", prose("""
    Shout out to [[name:Dinesh Varadarajan]] ({{B2}}) on nights. On [[date:Thursday 6 March]] he was replacing a
    {{cabin}} handset on [[aircraft_registration:G-BWYA]] and, while the {{floor panels}} were up, noticed a wiring
    loom rubbing on a bracket near the {{forward cargo}} door. It wasn't on his task card and he could easily have
    closed up. Instead he raised a {{defect}} in the {{tech log}}, got [[name:Ewan]] to look, and they found two wires
    with the insulation worn through to the conductor - one of them feeding a {{smoke detector}}. Repair done per the
    {{SWPM}}, {{duplicate inspection}} by [[name:Kasia]], and the finding went to [[organisation:Brightwing Airways]]
    engineering who have now added a fleet check. Proper {{Human Factors}} stuff: curiosity beats the clock. Nice one
    [[name:Dinesh]]. - [[name:Neil]] ({{shift manager}})
    """)),
    ("aviation", "incident", block("""
    NIGHT SHIFT HANDOVER - HANGAR 2 - [[date:Sun 16 Feb]]
    Outgoing: [[name:Ewan McAllister]] ({{B1}}, shift lead)    Incoming: [[name:Kasia Nowicka]] ({{B1}})

    Type    Reg                              Status                Open items
    {{A320}}    [[aircraft_registration:G-BWYA]]    serviceable, RTS 05:50    none
    {{A320}}    [[aircraft_registration:G-BWYF]]    {{AOG}}                   #2 {{hydraulic pump}}, part due 09:00
    {{ATR 72}}  [[aircraft_registration:G-CSKP]]    in check              see {{task card}} pack

    Added by day shift lead: [[aircraft_registration:G-BWYA]] L/H main wheel changed on nights. {{Task card}} [[case_reference:TC-20931]] has no torque value entered for the {{axle nut}} second stage, but the {{CRS}} was issued at 05:48 and the aircraft operated [[flight_number:BWY102]]. Aircraft recovered at outstation, nut re-torqued and found within limits. [[name:Ewan]] says it was done but not written up. Occurrence [[case_reference:NVA-OR-25-031]] raised.
    """)),
    ("aviation", "near_miss", block("""
    Tool control near miss - [[aircraft_registration:G-OVNE]] ({{E190}}) - [[date:8 January]]
    02:40  #2 engine {{borescope}} complete ({{AMM}} task), intake cleared by mechanic [[name:Jonathan]] "[[name:Jonno]]" [[name:Pike]].
    03:30  End-of-task {{shadow board}} check by [[name:Jonno]]: torch missing. Reported to {{B1}} [[name:Lars Henriksen]].
    03:35  [[name:Lars]] stops the planned {{engine ground run}} and orders a {{FOD}} search.
    03:50  Torch found lying at the bottom of the #2 intake behind the {{spinner}}.
    04:20  Intake and {{fan blades}} inspected, no damage. Ground run completed 04:55.
    Comment: if the run had gone ahead the torch would almost certainly have been ingested. Good that the board check was done, but it should happen before the intake is signed clear, not after. Torches to be tagged and logged out like other tools.
    Reported by [[name:Lars Henriksen]]
    """)),
    ("aviation", "incident", block("""
    From: [[name:Kwame Asante-Boateng]] <[[email:k.asante-boateng@northvale-aero.co.uk]]>
    To: Quality <[[email:quality@northvale-aero.co.uk]]>
    Date: [[date:11 June 2024]] 06:12
    Subject: Occurrence - incorrect dash number fitted, [[aircraft_registration:G-BWYK]]

    Hi [[name:Rosalind]],

    On nights we replaced the {{Captain}}'s side {{pitot probe}} on [[aircraft_registration:G-BWYK]]. Stores issued a probe with a dash number that the {{IPC}} shows is not effective for this aircraft. Neither the fitter nor I (signing the {{CRS}}) checked effectivity - we checked part number against the card only. The aircraft flew one sector, [[flight_number:BWY307]], before {{Planning}} spotted it on the day shift records review.

    No airworthiness effect according to [[organisation:Brightwing Airways]] {{CAMO}}, but it is still the wrong part. I've raised [[case_reference:NVA-OR-24-117]] and think this should go as an {{MOR}}.

    Cheers,
    [[name:Kwame]]
    {{B1/B2}} Licensed Engineer, Nights
    [[organisation:Northvale Aero Engineering]] | [[phone:01632 960904]]
    """)),
    ("aviation", "success", block("""
    HUMAN FACTORS / SAFETY ACTION GROUP - MINUTES
    [[date:30 April 2025]], Hangar 2 crew room
    Attendees: [[name:Neil Garside]] (chair, {{shift manager}}), [[name:Mo Hussain]] ({{Quality}}), [[name:Kasia Nowicka]] ({{B1}}), [[name:Sunny Dhaliwal]] (stores), [[name:Bill Trench]] ({{union rep}})
    Apologies: [[name:Rosalind Achterberg]], [[name:Ewan McAllister]]

    3. Good catch of the quarter
    [[name:Sunny]] in stores noticed two {{O-rings}} in a kit for [[aircraft_registration:G-CSKP]] were from a batch on a {{supplier}} quarantine notice from [[organisation:Aerospares Direct]]. He held the kit and told {{Quality}} before anything was fitted.
    [[name:Mo]] confirmed the batch had a known material issue. Three other operators were informed through the {{CAA}} reporting route.
    Agreed: [[name:Sunny]] to receive the {{Just Culture}} good catch award; [[name:Bill]] asked for the quarantine list to be visible on the stores screen, not just emailed. Action: [[name:Mo]], by {{end of May}}.
    """)),
    ("aviation", "near_miss", block("""
    WhatsApp - "Nights Crew H2" - export
    [[date:15/10/2024]], 04:52 - [[name:Callum Reid]]: lads who did the {{brake wear}} check on [[aircraft_registration:G-BWYF]]? card says me but i didnt do it lol
    [[date:15/10/2024]], 04:53 - [[name:Baz]]: think that was [[name:Tomek]] before his break
    [[date:15/10/2024]], 04:55 - [[name:Tomek]]: yeah me, pins were fine, forgot to stamp sorry mate
    [[date:15/10/2024]], 04:56 - [[name:Callum Reid]]: nearly signed it cos my name was pre-filled on the card by {{planning}}. 4th night in a row, my heads gone
    [[date:15/10/2024]], 04:58 - [[name:Neil]] ({{shift mgr}}): good shout [[name:Callum]]. nobody signs for anything they didnt see. [[name:tomek]] come do it properly with the card now
    [[date:15/10/2024]], 05:40 - [[name:Neil]] ({{shift mgr}}): raised as near miss. also looking at the 4 nights roster, thats the 3rd one this month
    """)),
    ("aviation", "incident", block("""
    Chronology - hangar entry damage - [[aircraft_registration:G-CSKP]] ({{ATR 72}})
    [[date:Tuesday 22 July]] (night shift)
    23:10  Tow from stand 9 to {{Hangar 3}} begins. Tug [[name:Gaz Fenwick]]; wing walkers [[name:Mehmet]] (L) and [[name:Femi O.]] (R); brake rider {{B1}} [[name:Lars Henriksen]].
    23:24  Aircraft entering hangar. R wing walker stops to move a {{GPU}} cable; nobody takes his place and the tow carries on.
    23:25  R {{flap}} trailing edge contacts the top rail of a mobile {{work stand}}.
    23:26  [[name:Lars]] brakes on a shout from [[name:Mehmet]].
    23:40  60mm dent to flap trailing edge, outside {{SRM}} limits. Aircraft {{AOG}}.
    [[date:23/07]]  [[organisation:Celtic Skylink]] cancel [[flight_number:CSK561]] and [[flight_number:CSK562]].
    Factors: stand left in the tow path by day shift; wing walker left position without calling "stop"; hangar floor markings worn and hard to see under the lights.
    Occurrence [[case_reference:NVA-OR-25-066]]; {{MOR}} submitted to the {{CAA}}.
    """)),
    ("aviation", "success", prose("""
    Learning - good practice. On the night of [[date:3/4 September]] {{B1}} engineer [[name:Hannah-Mae Okoro]] was asked by
    the airline's {{MCC}} to clear a {{weather radar}} defect on [[aircraft_registration:G-BWYF]] as "no fault found"
    so the aircraft could operate the 06:00 [[flight_number:BWY811]]. The duty controller, Mr [[name:Faulkner]], was
    under pressure because there was no spare aircraft. [[name:Hannah-Mae]] carried out the {{ops test}} per the
    {{AMM}}, the fault repeated, and she declined to issue a {{CRS}} for a rectification that had not happened.
    She deferred it under the {{MEL}}, completed the {{(O)}} and {{(M)}} procedures and made sure the {{tech log}}
    entry was clear. With thunderstorms forecast at destination, {{Ops}} swapped aircraft. The radar
    {{transceiver}} was found faulty next day. She stayed calm, quoted the procedure and rang her
    {{shift manager}} for support - exactly what we want. Thank you [[name:Hannah-Mae]].
    """)),
    ("aviation", "incident", block("""
    TOOL CONTROL AUDIT - NIGHTS - w/c [[date:10 March]]
    Tool                    | Holder                    | Out   | Returned     | Issue
    {{torque wrench}} {{TW-07}}     | [[name:K. Nowicka]]               | 22:10 | 05:30        | cal sticker expired [[date:01/03/2025]]
    speed handle SH-3       | [[name:B. Trench]]                | 23:00 | NOT RETURNED | lost - see below
    {{crimp tool}} CT-12        | [[name:D. Varadarajan]]           | 01:15 | 04:00        | none
    10mm socket             | "[[name:Baz]]"                    | ?     | ?            | personal tool, not on register

    Speed handle SH-3 was found by day shift in the L main gear bay of [[aircraft_registration:G-BWYF]] after the aircraft had already flown [[flight_number:BWY455]] and [[flight_number:BWY456]]. No damage found on inspection. Shadow board was signed as complete at shift end by the storeman. [[name:Bill Trench]] says he put it back; CCTV being checked. Occurrence [[case_reference:NVA-OR-25-041]].
    """)),
    ("aviation", "near_miss", block("""
    #nights-h2 (Slack export, [[date:19 Aug 2024]])
    [[name:kasia.n]]  01:12  heads up - task card pack on stand 2 says [[aircraft_registration:G-BWYF]] in the header but the aircraft on stand 2 is [[aircraft_registration:G-BWYK]] ??
    [[name:dinesh.v]]  01:13  oh god. i've just opened the {{avionics bay}} on it for the {{AD}} inspection from that pack
    [[name:kasia.n]]  01:14  stop, dont sign anything. [[aircraft_registration:G-BWYF]] is on stand 5
    [[name:neil.garside]]  01:16  thanks [[name:Kasia]]. planning printed both packs tonight, they got swapped on the {{printer}}. [[name:dinesh.v]] close up what you opened (log it) and move to the right aircraft
    [[name:dinesh.v]]  01:17  👍 nothing disturbed, just panels
    [[name:neil.garside]]  01:40  raising near miss. if we'd signed that {{AD}} it'd have been recorded against the wrong tail and the real one would still be open
    """)),
    ("aviation", "success", block("""
    From: [[name:Yusuf Demir]] <[[email:yusuf.demir@brightwing-air.com]]>
    To: Nights Hangar 2; [[name:Neil Garside]]
    Date: [[date:Fri 24 January 2025]] 07:31
    Subject: Thanks - [[aircraft_registration:G-BWYF]] AOG recovery

    Morning all,

    Just a quick note from {{MCC}} to say thank you to the night shift. When [[aircraft_registration:G-BWYF]] came in {{AOG}} with the #2 {{hydraulic pump}} failure we expected to lose the morning. [[name:Kasia]], [[name:Dinesh]] and [[name:Will]] had the pump changed, {{leak check}} and {{duplicate inspection}} done and the {{CRS}} signed by 05:20, and [[flight_number:BWY640]] left on time with 174 passengers. The tech log entries were clear and complete, which made the morning handover easy.

    Please pass this on to stores as well - [[name:Sunny]] chased the part from the airport courier himself.

    Best regards,
    [[name:Yusuf]]

    [[name:Yusuf Demir]]
    {{Maintenance Control}} Duty Manager
    [[organisation:Brightwing Airways]] | [[phone:0161 496 0327]]
    """)),
    ("aviation", "incident", block("""
    slip - [[name:mehmet]] slipped on {{skydrol}} under [[aircraft_registration:G-CSKR]] nose gear bay approx 02:15 [[date:Sat 1st]]. leak from the earlier {{steering actuator}} job not cleaned up + no {{spill kit}} out, floor lights out that end too.
    he hit his wrist + back of head. first aider [[name:jas]] attended, took to {{A&E}} in company van [[vehicle_registration:NV22 KLP]] with [[name:baz]] driving. wrist fractured, head ok. wasnt wearing safety specs - skydrol near his eyes so cd have been worse.
    accident book [[case_reference:AB-2025-019]], {{RIDDOR}} tbc by {{H&S}}. [[name:mehmet]] off rest of week.
    pls can we get drip trays as std on any {{hydraulic}} job. reported by [[name:callum r]]
    """)),
    ("aviation", "near_miss", block("""
    MAINTENANCE OCCURRENCE REPORT (internal)
    Name: [[name:Hannah-Mae Okoro]]            Staff no: [[case_reference:NV0417]]
    Licence: {{B1}}, no. [[case_reference:UK.66.418223]]
    Aircraft: {{A320}} [[aircraft_registration:G-BWYA]]       Date: [[date:27/05/2025]]       Shift: Night
    Task: #1 engine {{oil filter}} replacement, task card [[case_reference:TC-21877]]
    What happened: During the {{independent inspection}} I found the {{lockwire}} missing on the filter housing. The fitter ([[name:Ahmed]]) had been called away to an {{AOG}} halfway through the job and the card already showed the lockwire step stamped. No {{engine ground run}} or flight had taken place.
    Why: interruption with no handover; steps stamped in advance; it was [[name:Ahmed]]'s first week on type.
    Action taken: lockwire fitted and inspected. Suggest an "interrupted task" tag on the cowl and a reminder that stamps go on after the step, never before.
    """)),
    ("aviation", "success", prose("""
    NIGHTS NEWSLETTER - thank-yous 🙏 A few shout-outs from the last month. To [[name:Grace]] from
    [[organisation:Spotless Airside Services]], who handed in a {{rivet gun}} she found on the {{apron}} by stand 11 at
    03:00 - it had been signed out to [[aircraft_registration:G-CSKP]]'s {{flap}} repair and nobody had noticed. To
    [[name:Will Okonjo]], our {{apprentice}}, who redid the hangar {{FOD walk}} after the bins were emptied and found two
    {{split pins}} and a washer. To "[[name:Big Al]]" for covering three extra nights when sickness hit and still
    refusing to break the {{fatigue}} limits. To [[name:Hannah-Mae]] for mentoring the new {{B2}}s on the
    {{tech log}} - the day shift say the entries are the best they've seen. And to [[name:Jas]] for the bacon rolls at
    04:00 on [[date:Christmas Eve]]. Keep the good catches coming - {{Just Culture}} means we want to hear about them.
    - [[name:Neil]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind210", REPORTS))
