"""Held-out blind corpus 185: just-culture incident, near-miss and learning reports.

Settings: a youth justice service's reparation and victim liaison work (social_care); a
prison's mental health in-reach team (health); an aircraft paint shop and maintenance hangar
(aviation). Written blind, the way UK staff type: careful narratives, rushed lower-case notes
with typos and no apostrophes, chronologies with times, e-mails with headers and signatures,
Teams and WhatsApp exports, incident forms with field labels, handover sheets and tables,
minutes with attendance lists, debriefs with initials, shout-outs and thank-you notes, tech log
entries and ground movement radio transcripts. Every person, place and number is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind185.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        On {{Tuesday}} [[date:4 June 2024]] I sent the standard post-panel update letter to
        [[name:Kerry-Ann Walcott]], {{mum}} of [[name:Tyrese]] ([[age:15]]), after his first
        {{youth offender panel}}. I generated it from {{ChildView}} but picked the {{victim
        liaison}} template by mistake, and the merge field pulled the victim's address,
        [[address:27 Larch Rise, Eastwick]] [[postcode:BW6 3NF]], into the copy line. Mrs
        [[name:Walcott]] rang the office on [[date:6 June]] to say she had 'got the other family's
        address' and was upset rather than angry. I told my manager straight away. The {{data
        protection officer}} was informed the same day, the victim was visited by the {{VLO}} in
        person and offered a safety plan with {{police}}, and the breach was logged for the {{ICO}}
        decision. Case ref [[case_reference:BYJS/RO/24/0117]]. Learning: two templates with
        near-identical names sit next to each other in the drop-down; I was covering two caseloads
        that week and did not do the second-person check we used to do before anything left the
        building. We have asked for the victim template to be locked to the {{VLO}} role.
        [[name:Sinead Mulvaney]], case manager, [[organisation:Brackwater Youth Justice Service]]
    """)),
    ("social_care", "near_miss", prose("""
        quick one for the learning log - tues reparation at [[organisation:millfield community
        garden]] w [[name:kai]] ([[case_reference:YJ24-0386]]). got there and the volunteer on the
        gate was the victims nan, [[name:pat rowley]]. she didnt clock him i dont think, i turned
        round and took [[name:kai]] to the {{allotment}} site on foot instead and rang the office.
        nobody checked the volunteer rota against the {{victim liaison}} info and the {{VLO}} didnt
        know wed placed him there. no harm done but could of been a proper mess, the victim has
        opted in to {{restorative justice}} and bumping into each other like that wouldve wrecked
        it. suggest the {{reparation coordinator}} checks site rotas + victim details before placing
        anyone, and the garden just gets told 'not this lad on a {{tuesday}}'. [[name:pat]] knows
        nothing. {{safeguarding}} not needed per {{duty manager}}. [[name:dom]]
    """)),
    ("social_care", "success", block("""
        SHOUT-OUT - Restorative conference, [[date:19/03/2024]]

        Massive thanks to [[name:Olumide Bankole]] ("[[name:Mide]]") and [[name:Hannah Ferreira-Cole]] for the {{restorative justice}} conference between [[name:Jayden]] and the shop owner, Mr [[name:Qureshi]], at [[organisation:Eastwick Methodist Hall]].

        [[name:Mide]] did three preparation visits with [[name:Jayden]] because of his {{ADHD}} and kept the {{conference script}} to short questions. [[name:Hannah]], as {{VLO}}, met Mr [[name:Qureshi]] twice and agreed he could bring his son [[name:Bilal]] as a supporter. Nobody was rushed. The {{outcome agreement}} (a written apology, six hours of {{reparation}} clearing the alley behind the shop, and [[name:Jayden]] meeting [[name:Bilal]] to explain what he had done) was signed by both.

        Mr [[name:Qureshi]] emailed afterwards: "I expected a boy who didn't care. I met one who did."

        Well done both - this is what the {{RJC}} standards look like in real life.
        [[name:Bev]] ({{team manager}})
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - reparation session, [[organisation:Heron Park Wildlife Trust]]
        Young person: [[name:Connor Bleasdale]], DOB [[date_of_birth:11/09/2008]], ref [[case_reference:BYJS-YRO-2291]]
        Date: [[date:Sat 12 October 2024]]

        09:30  [[name:CB]] arrives with supervisor [[name:Gethin Pryce]] ([[name:GP]]). Also on site: [[name:Amaal Warsame]] and one other YP.
        10:40  Tea break. [[name:CB]] asks for toilet, goes to visitor centre alone (usual practice at this site).
        10:55  [[name:CB]] not back. [[name:GP]] checks visitor centre, car park. Not found.
        11:05  [[name:GP]] rings [[name:CB]] mobile [[phone:07700 900 382]] - straight to voicemail.
        11:10  [[name:GP]] rings {{duty manager}}. Decision: treat as {{missing from home}} given {{YRO}} curfew and known exploitation concerns.
        11:20  {{Police}} informed. {{Mum}} [[name:Leanne]] informed on [[phone:01632 960 418]].
        13:45  [[name:CB]] found by police at [[address:Crossley Street bus station]], unharmed.
        [[date:14/10/2024]]  {{Return home interview}} completed.

        Learning: toilet visits alone were never risk-assessed for YPs flagged for {{Child Criminal Exploitation}}; the {{AssetPlus}} flags were not shared with [[name:GP]]. Buddy rule now in place.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Rachel Obi]] <[[email:rachel.obi@brackwater-yjs.gov.uk]]>
        To: [[email:dpo@brackwater.gov.uk]]
        Cc: [[name:Wendy Tsang]]
        Sent: [[date:21 August 2024]] 16:52
        Subject: Near miss - victim personal statement almost sent to defence solicitor

        Hi,

        Reporting a near miss for our log. This afternoon I was sending the {{victim personal statement}} for [[case_reference:BYJS/VL/0944]] to the {{case manager}}, [[name:Liam Halloran]]. Outlook auto-completed "[[name:Liam H]]" to [[email:liam.hargreaves@hargreavesdefence.co.uk]], who is [[name:Ashley]]'s solicitor on the same matter. The 2-minute {{delay rule}} caught it and I pulled it back from the {{Outbox}} - it never left.

        Could we please ask {{IT}} to clear the external autocomplete cache for our team and add the [EXTERNAL] banner to recipient names, not just inbound mail? This is the second time someone has mentioned this in {{supervision}}.

        Thanks,
        [[name:Rachel Obi]]
        {{Victim Liaison Officer}}
        [[organisation:Brackwater Youth Justice Service]]
        [[phone:01632 960 771]] | [[phone:07700 900 615]]
    """)),
    ("social_care", "success", block("""
        [Teams chat - Victim Liaison / Reparation]

        [[name:Priya Chandrasekaran]] 09:14
        morning - the victim in [[name:Marley]]'s case has said yes to a letter of apology, not a meeting 🙂

        [[name:Tom Akers]] 09:16
        brilliant. he's been asking every week. I'll draft with him on {{thurs}}, {{SALT}} said keep it to one side of A4

        [[name:Priya Chandrasekaran]] 09:17
        she wants it sent via me not posted, and no mention of the street. she's also asked whether he's still at [[organisation:Kingsmead Academy]] - I said I'd check what I can share

        [[name:Tom Akers]] 09:19
        school details are his info, so no. can say he's in full time {{education}}?

        [[name:Priya Chandrasekaran]] 09:20
        perfect. I'll log the consent on [[case_reference:VL-2024-0212]] and tell the {{VLO}} inbox

        [[name:Tom Akers]] 09:22
        will put the {{indirect reparation}} in his {{intervention plan}} too so the {{panel}} see it 👍
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM
        Service area: {{Reparation}}
        Location: [[organisation:Hollins Lane Allotments]], [[address:Hollins Lane, Stanfield]] [[postcode:ST9 4RW]]
        Date/time: [[date:02/05/2024]] 14:20
        Person affected: [[name:Mohammed Iqbal]] (young person), [[age:16 yrs]], {{referral order}}
        School: [[organisation:Stanfield Park High School]]
        Reported by: [[name:Ffion Rees-Jones]], {{reparation supervisor}}
        Description: YP was cutting back bramble with loppers. Supervisor stepped away to fetch water. On return YP had picked up a petrol {{hedge trimmer}} left by a plot holder and cut the back of his left hand. Approx 3cm laceration.
        Immediate action: {{first aid}} given by [[name:FRJ]], YP taken to [[organisation:Stanfield Minor Injuries Unit]] by [[name:FRJ]] in pool car [[vehicle_registration:YK21 FWD]]. Steri-strips, no stitches. Dad ([[name:Tariq]]) informed 14:35.
        {{RIDDOR}}: not reportable (per {{H&S}} advice).
        Contributing factors: shared site, plot holders' tools left out, no tool-free zone agreed; supervisor on 1:3 ratio.
        Actions: site induction to cover third-party equipment; {{risk assessment}} reviewed [[date:07/05/2024]].
    """)),
    ("social_care", "incident", block("""
        LEARNING REVIEW - MINUTES
        Date: [[date:14 November 2024]], [[organisation:Carr House]] meeting room 2
        Present: [[name:Bev Lindqvist]] (chair, {{TM}}), [[name:Rachel Obi]] ({{VLO}}), [[name:Gurpreet Sandhu]] ({{CM}}), [[name:Dwayne Ellis-Baptiste]] ({{police}} YJ officer), [[name:Kasia Nowicka]] ({{practice lead}})
        Apologies: [[name:Tom Akers]]

        1. What happened
        Victim in [[case_reference:BYJS/VL/1032]] had opted out of all contact in {{June}}. In {{October}} [[name:GS]], not aware of the opt-out, asked the young person's {{youth offender panel}} to invite the victim to the next meeting and a letter went out. The victim phoned the police upset.

        2. Why
        - Opt-out recorded in the VLO's case notes, not as a flag on {{ChildView}}.
        - {{Victims' Code}} duty to respect withdrawal not in the CM induction pack.
        - Panel volunteers assume the VLO has cleared any invitation.

        3. Actions
        - [[name:RO]] to add a system flag for every opt-out (by [[date:30/11]]).
        - [[name:KN]] to update induction and brief the panel members at the {{December}} training.
        - [[name:BL]] to write to the victim with an apology; [[name:DEB]] to support.
    """)),
    ("social_care", "near_miss", block("""
        [WhatsApp - Rep Supervisors 🌱]
        [[date:08/07/2024]], 08:02 - [[name:Lorraine]]: morning all, {{minibus}} [[vehicle_registration:BK19 XWP]] is out of the garage 👍
        [[date:08/07/2024]], 08:03 - [[name:Sunny Dhaliwal]]: ta. picking up [[name:reece]] then [[name:jordan H]] for the canal clean
        [[date:08/07/2024]], 08:05 - [[name:Lorraine]]: WAIT. [[name:reece]] and [[name:jordan H]] are co-defs on the same robbery - theyve got a {{non-association}} on the order
        [[date:08/07/2024]], 08:05 - [[name:Sunny Dhaliwal]]: its not on the rota sheet??
        [[date:08/07/2024]], 08:07 - [[name:Lorraine]]: its in {{ChildView}} under conditions not on the excel. ill ring [[name:jordan]]s {{mum}} and move him to {{weds}}
        [[date:08/07/2024]], 08:09 - [[name:Sunny Dhaliwal]]: ok sorted. good spot lol i wouldve had them in the back of the bus together
        [[date:08/07/2024]], 08:20 - [[name:Lorraine]]: putting it on the near miss log. rota needs a non-assoc column, the {{reparation coordinator}} builds it from the {{court order}} printouts
        [[date:08/07/2024]], 08:21 - [[name:Marcus Achterberg]]: agreed, ill add it today and check the {{ISS}} kids too
    """)),
    ("social_care", "success", block("""
        Debrief - referral order panel, [[name:Aaliyah K]], [[date:3 Sept]]
        Present: [[name:HF]] ({{VLO}}), [[name:OB]] ({{CM}}), panel members [[name:J.T.]] and [[name:Rhiannon]], [[name:Aaliyah]], {{mum}}

        What went well
        - [[name:HF]] read out the {{victim impact statement}} in the victim's own words, with consent. [[name:Aaliyah]] listened and asked if she could reply in writing.
        - [[name:OB]] had prepped her the week before so she knew the format; {{speech and language therapist}} advice on pace followed.
        - [[name:J.T.]] kept the panel to 45 mins.
        - Contract agreed: 20 hrs {{reparation}} at [[organisation:St Bride's Community Pantry]], letter to victim via [[name:HF]], {{victim awareness}} sessions.

        Even better if
        - Room at [[organisation:Carr House]] was cold and next to the photocopier.
        - Mum asked about the {{Victims' Code}} and nobody had a leaflet.

        Rated: good practice, share at team meeting. -- [[name:OB]]
    """)),
    ("social_care", "incident", block("""
        HANDOVER - Reparation sessions w/c [[date:23/09/2024]]

        | YP | Ref | Session | Finish | Notes |
        |---|---|---|---|---|
        | [[name:Ellis Fairweather]] | [[case_reference:YRO-3371]] | Mon canal clean | 16:00 | {{EM}} tag, curfew 19:00 |
        | [[name:Dante Morrison]] | [[case_reference:RO-3402]] | Mon canal clean | 16:00 | - |
        | [[name:Lucy-Mae Fenwick]] | [[case_reference:RO-3390]] | Wed pantry | 13:00 | {{EHCP}} |
        | [[name:Nasir Osei]] | [[case_reference:YRO-3355]] | Thu garden | 15:30 | {{ISS}} |

        INCIDENT (Mon): minibus broke down on the return leg, everyone back at base 19:40. [[name:Ellis]] dropped home 20:05 = curfew breach flagged by the {{electronic monitoring}} provider overnight. Nobody rang {{EMS}} during the delay. {{Police}} visited the home address at 23:10 asking for him.

        Follow-up: CM [[name:Gurpreet Sandhu]] contacted EMS and the {{court}} officer Tue AM to explain - breach withdrawn. [[name:Ellis]]'s {{dad}} not happy (fair).

        Learning: supervisor to carry the EMS number and tag curfews on the session sheet.
    """)),
    ("social_care", "success", prose("""
        I want to record some good practice from [[organisation:Brackwater YJS]] that came out of
        case supervision this month. [[name:Isaac Nwachukwu]] is [[age:14]], has a diagnosis of
        {{autism}}, and his {{EHCP}} says he struggles with unfamiliar adults and noise. His
        {{referral order}} contract included twelve hours of {{reparation}}, and the standard group
        litter-pick was never going to work. His case manager, [[name:Grace Olawale]], worked with
        the {{speech and language therapist}} and his {{SENCO}} at [[organisation:Harefield Lane
        School]] to design a solo project: building bird boxes in the workshop at
        [[organisation:Heron Park Wildlife Trust]] with the same supervisor each week. The victim, a
        neighbour whose fence he had damaged, was told about it by the {{VLO}} and asked for one of
        the boxes. [[name:Isaac]] completed all twelve hours, attended every session, and wrote a
        short note to go with the box. The {{panel}} signed the order off early. Learning:
        reasonable adjustments to reparation are worth the planning time.
    """)),
    ("social_care", "near_miss", prose("""
        near miss - victim call [[date:28/02]]. rang the victim in [[case_reference:VL/24/0059]] on
        the number on file [[phone:07700 900 927]] to update on the {{court}} outcome. a man
        answered and said shes not here, im her partner, you can tell me. i nearly did. something
        felt off so i said id call back and checked the {{police}} summary - the offence was
        committed by her ex, and [[name:Stacey]] had said in the first contact that he still uses
        her old phone on a family contract. the number on file was the old one. called her new
        number ([[phone:07700 900 164]]) from the {{MG11}}, spoke to her, she confirmed she never
        gave us the old one. no info shared. learning: always do the {{ID check}} questions even
        when its quick, and police need to update contact details when they change not just on
        the {{witness statement}}. told {{victim liaison}} lead + {{DPO}}. [[name:hf]]
    """)),
    ("social_care", "incident", block("""
        To: {{Information Governance}}
        From: [[name:Kasia Nowicka]], {{Practice Lead}}
        Date: [[date:Thursday 16 January 2025]]
        Subject: Data incident - printed AssetPlus left at community venue

        On {{Wednesday}} evening a {{volunteer}} at [[organisation:Eastwick Community Centre]] found a printed {{AssetPlus}} summary on a table in the small hall after our {{group work}} session. It related to [[name:Frankie Doyle]] (DOB [[date_of_birth:27/04/2009]], ref [[case_reference:BYJS-RO-3418]]) and included his address at [[address:5 Quarry Bank Cottages, Stanfield]], [[postcode:ST11 8PB]], his school, and {{CAMHS}} history. The volunteer, [[name:Norman Wood]], rang our duty line next morning and [[name:Gethin Pryce]] collected it by 10:00. Mr [[name:Wood]] confirmed he had not copied it.

        The worker had printed it to prepare on the bus because the laptop battery was flat. We have spoken to [[name:Frankie]] and his {{mum}}, apologised, and logged it on the {{breach register}}. The {{DPO}} view is low risk but it is a breach.

        [[name:Kasia]]
        [[phone:01632 960 205]]
    """)),
    ("social_care", "success", block("""
        Forwarded by the VLO with the victim's permission, for the learning log

        "Dear [[name:Hannah]],

        I wanted to say thank you. When you first rang in {{March}} I didn't want anything to do with the lad who smashed my car. You didn't push. You explained what {{restorative justice}} was, left me the leaflet and rang back when you said you would.

        Meeting [[name:Reuben]] at the office was the hardest thing I've done since my wife died. He told me he'd been chased that night and panicked. I believe him. He's finished the {{reparation}} at the [[organisation:Eastwick Men's Shed]] - the lads there say he's a good worker.

        Please tell your manager you did a good job.

        [[name:Alf Greenhalgh]]"

        {{VLO}} note: shared with consent for the team's {{learning log}}. Case [[case_reference:VL-2024-0117]]. {{RJ}} facilitator: [[name:Olumide Bankole]]. {{Victim}} aged [[age:78]].
    """)),
    ("social_care", "incident", block("""
        Timeline - disclosure during reparation, [[name:Tiegan Marsh]] ([[age:15]]), [[case_reference:BYJS/RO/24/0288]]

        [[date:Fri 7 June 2024]]
        11:15  During the pantry session, [[name:TM]] tells supervisor [[name:Jaz Kaur]] she has been cutting and 'doesn't see the point'. Fresh marks seen on forearm.
        11:20  [[name:JK]] stays with [[name:TM]], asks the safety questions. [[name:TM]] says no plan today.
        11:40  [[name:JK]] calls [[name:TM]]'s case manager, no answer. Calls duty: [[name:Marcus Achterberg]].
        12:05  [[name:MA]] calls {{CAMHS}} crisis line, advised {{A&E}} only if plan or intent; {{urgent referral}} to be sent.
        12:30  [[name:TM]] home with {{mum}}; {{safety plan}} agreed by phone.
        15:55  [[name:MA]] sends {{MASH}} referral - form rejected as incomplete (no GP).
        [[date:Mon 10 June]]
        10:10  MASH referral resubmitted with {{GP}}, [[organisation:Moorside Medical Centre]]. Accepted 14:00.

        Learning: 3 day gap over a {{weekend}}. Duty staff did not know the GP field is mandatory, and the session sheet had no GP or CAMHS contact. [[name:JK]] praised for staying calm and not leaving [[name:TM]] alone.
    """)),
    ("social_care", "success", block("""
        Minutes - {{Restorative Justice}} quarterly review, [[date:10/12/2024]]
        Attendees: [[name:B. Lindqvist]] (chair), [[name:Rachel Obi]], [[name:Hannah Ferreira-Cole]], [[name:Olumide Bankole]], [[name:Chidi Eze]] ({{police}}), [[name:Sue O'Driscoll]] ({{panel volunteer}}), [[name:Wendy Tsang]] ({{business support}})

        Item 3: Good news
        - 14 victims contacted this quarter; 9 engaged with the {{VLO}} offer, 4 chose {{direct reparation}}. Highest since 2022.
        - [[name:Sue O'Driscoll]] fed back that the panel room changes (new chairs, no photocopier) have made a difference.
        - [[name:Chidi Eze]] reported that police now send victim contact details within 5 working days, against a target of 10, after the shared inbox was set up.
        - [[name:WT]]'s new victim flag on {{ChildView}} has been used on every case since {{November}}.

        Item 4: {{HMIP}} inspection prep - [[name:RO]] and [[name:HF]] to pull three case examples.

        Next meeting: [[date:11 March 2025]]
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        [[name:Darnell Whyte]], prison number [[case_reference:A4821CK]], NHS no.
        [[nhs_number:122 497 7629]], transferred to [[organisation:HMP Kelsall Heath]] from
        [[organisation:HMP Brigstock]] on [[date:3 April 2024]]. He has {{paranoid schizophrenia}}
        and was on {{paliperidone}} {{depot}} 150mg monthly, next due [[date:10 April]]. The
        transfer summary on {{SystmOne}} listed the depot under historic medication because the
        sending prison recorded it as given by their {{in-reach}} nurse rather than prescribed by
        the {{prison GP}}. {{Reception screening}} noted 'antipsychotic' but not the due date. He
        was not referred to us until [[date:2 May]], when {{wing staff}} reported he was
        barricading his cell and talking about cameras in the light fitting. The depot was given
        on [[date:3 May]], 23 days late. Nobody was hurt; Mr [[name:Whyte]] spent nine days on an
        {{ACCT}}. Learning: depots need a structured field in the transfer template, and reception
        nurses should phone the sending in-reach team for anyone on an antipsychotic. Reported by
        [[name:Abena Mensah-Boateng]], {{RMN}}, [[organisation:Wyvern Vale NHS Foundation Trust]].
    """)),
    ("health", "near_miss", block("""
        Chronology - {{clozapine}} bloods, [[name:Stefan Radu]] [[case_reference:A7719DZ]], [[organisation:Fenwick Wing]]

        [[date:Mon 15/07/24]]
        07:45  In-reach nurse [[name:Chloe Ashworth]] ([[name:CA]]) arrives to take the weekly {{FBC}}. [[name:SR]] not in cell - on the court production list since Friday, nobody told {{healthcare}}.
        08:10  [[name:CA]] rings {{Reception}}: [[name:SR]] left 07:20 on the escort van to [[organisation:Castlebridge Crown Court]].
        08:15  Last result green on [[date:08/07/24]] and valid until 09:00 tomorrow. Morning dose given on the wing at 07:00.
        08:30  [[name:CA]] escalates to consultant, Dr [[name:Anand Vyas]].
        08:40  Plan: {{court cells}} told he must come back today; if remanded elsewhere, the receiving prison to take bloods before the next dose.
        16:55  [[name:SR]] back at 16:30. Bloods taken by [[name:CA]], sent by {{pathology}} courier.
        [[date:Tue 16/07/24]]
        08:20  Result green; 09:00 dose given.

        Learning: court production lists are not shared with {{in-reach}}. A missed clozapine result can mean stopping and {{re-titration}}. Ask {{OMU}} to copy the in-reach inbox on daily lists.
    """)),
    ("health", "success", block("""
        SHOUT-OUT 🌟 [[organisation:Kelsall Heath In-Reach]]

        Huge thanks to [[name:Tunde Adewale]] for what he did in the {{segregation unit}} ({{CSU}}) on {{Friday}} [[date:22 November]].

        A man on the unit who had been refusing food and covering his observation panel became very distressed when the {{custodial manager}} arrived with a team to relocate him. [[name:Tunde]] asked for ten minutes, sat outside the door and talked to him through the hatch about football and his daughter. He agreed to come out without {{use of force}} and to take his {{olanzapine}} for the first time in four days.

        Officer [[name:Shaz Mahmood]] said afterwards it was the calmest relocation he had seen.

        [[name:Tunde]] put it all on {{SystmOne}} and rang the {{duty doctor}} before handover. Thank you - you made a big difference for him and for the officers.

        [[name:Jo]] and the team
    """)),
    ("health", "incident", block("""
        INCIDENT FORM ({{Datix}} ref [[case_reference:DX-118204]])
        Date of incident: [[date:09/02/2024]]   Time: 02:40
        Location: [[organisation:HMP Kelsall Heath]], [[organisation:Brindley Wing]] cell 3-14
        Patient: [[name:Kyle Ormerod]]   Prison no: [[case_reference:A3306FT]]   NHS no: [[nhs_number:489 472 8656]]
        DOB: [[date_of_birth:19/12/1996]]
        Category: Self-harm - ligature
        Description: Patient on {{ACCT}} with 2 observations per hour. {{Night officer}} found him at 02:40 with a ligature made from a torn sheet, tied to the window bars. Officer cut it with the {{fish knife}} and called a {{code blue}}. Healthcare night nurse attended 02:46. Patient conscious, red mark to neck, {{NEWS2}} 1. Ambulance not needed after review by the {{out-of-hours GP}}.
        Contributing factors: ACCT observations reduced at a review the day before. {{In-reach}} invited but rota clash - no mental health input to the review.
        Immediate actions: observations increased to {{constant supervision}}; in-reach review 09:30 by [[name:Nkechi Obi]].
        Reporter: [[name:Bryony Castle]], night nurse
    """)),
    ("health", "incident", block("""
        From: Dr [[name:Hamid Farouk]] <[[email:hamid.farouk@wyvernvale.nhs.uk]]>
        To: In-Reach Team Leads; [[email:mha.transfers@wyvernvale.nhs.uk]]
        Date: [[date:12 September 2024]]
        Subject: RE: Incident - delayed transfer under s47/49, [[name:J. Adeyemi-Kerr]]

        All,

        For the record and the {{Datix}}: [[name:Jerome Adeyemi-Kerr]] ([[case_reference:A5127HN]]) was assessed by two doctors on [[date:28 June]] and recommended for transfer under {{section 47}}/49 of the {{Mental Health Act}}. The {{NHS England}} standard is 28 days from first referral. He moved to [[organisation:Ravensmoor Medium Secure Unit]] on [[date:10 September]] - 74 days.

        During the wait he was held in the {{CSU}}, had two {{use of force}} incidents and lost weight. The delay was a bed issue plus a 3-week gap while the {{MoJ}} warrant was re-requested because the first one had his old prison number.

        I would like this to go to the {{regional mental health network}} as a system issue, not a team one.

        [[name:Hamid]]

        Dr [[name:Hamid Farouk]]
        {{Consultant Forensic Psychiatrist}}, In-Reach
        [[phone:0114 496 0783]]
    """)),
    ("health", "near_miss", block("""
        [Teams - In-Reach Duty]

        [[name:Nkechi Obi]] 10:02
        just stopped a near miss on [[organisation:Brindley Wing]]. {{pharmacy}} tech was about to hand {{lithium}} to the wrong Mr [[name:Patel]]

        [[name:Ravi]] (pharmacy) 10:04
        yep, two on the same landing, [[name:Vikram Patel]] [[case_reference:A2093KL]] and [[name:Vikesh Patel]] [[case_reference:A2190KR]]. both on the list as "[[name:V Patel]]"

        [[name:Nkechi Obi]] 10:05
        he gave his name as [[name:Vikesh]], tech didn't check the prison number or photo. I was on the landing and know them both

        [[name:Ravi]] 10:06
        ill put an alert on {{SystmOne}} for both - "same name on wing" - and ask {{OMU}} if one can move landing

        [[name:Nkechi Obi]] 10:08
        thanks. {{lithium level}} for [[name:Vikram]] is due fri anyway, no dose given to the wrong person. logging on {{Datix}} now

        [[name:Jo Kendrick]] 10:15
        good catch both 👏 lets add {{two identifiers}} at the {{medication hatch}} to the next team brief
    """)),
    ("health", "success", block("""
        Debrief - release planning, [[name:Carlton Reid]] ([[case_reference:A6640BM]])
        Date: [[date:31/01/2025]]   Facilitator: [[name:JK]]
        Attendees: [[name:JK]], [[name:Nkechi Obi]] ({{care coordinator}}), [[name:Fatima Zahra Benali]] ({{resettlement}}), {{probation}} ([[name:Ian Proctor]])

        What happened: [[name:CR]] released [[date:24/01/2025]] after 14 months. {{Bipolar affective disorder}}, on {{lithium}} and {{quetiapine}}.

        What went well
        - GP registration done 6 weeks ahead at [[organisation:Thornfield Surgery]]; first appointment booked for day 3.
        - 7 days' medication plus an {{FP10}} given at the gate.
        - Care coordinator from [[organisation:Castlebridge North CMHT]] visited twice before release.
        - {{Universal Credit}} advance claim started with NI number [[ni_number:JM 48 21 07 C]]; approved on day 1.
        - [[name:CR]] was met at the gate by his sister, [[name:Marcia]], and the CMHT worker.

        Even better if: lithium level at 7 days was missed because the lab form wasn't sent to the GP. {{CMHT}} picked it up on day 9.
    """)),
    ("health", "incident", block("""
        IN-REACH HANDOVER - Wed [[date:6 March]]
        Completed by: [[name:Mags O'Neill]]

        | Name | Prison no. | Wing | Status | Action |
        |---|---|---|---|---|
        | [[name:Lee Hutchins]] | [[case_reference:A1187CX]] | [[organisation:Brindley Wing]] | {{ACCT}} open | review 14:00 |
        | [[name:Arif Chowdhury]] | [[case_reference:A9043PW]] | [[organisation:Fenwick Wing]] | new referral | triage today |
        | [[name:Wojciech Zielinski]] | [[case_reference:A4456RT]] | {{CSU}} | {{Language Line}} | book Polish interpreter |
        | [[name:Kenny Adair]] | [[case_reference:A8812GH]] | [[organisation:Fenwick Wing]] | assessed today | see below |

        NOTE/INCIDENT: [[name:Kenny Adair]] was referred by his {{personal officer}} on [[date:12 Feb]] on the paper {{referral form}} in the wing office. It never reached us - found in the wing's {{apps box}} today when he asked why nobody had come. 3 weeks, no assessment. He has been hearing voices and not sleeping. Seen today by me, urgent {{psychiatry}} review booked with Dr [[name:Vyas]].

        Please, everyone: wing referrals must go via the {{SystmOne}} task or the healthcare inbox.
    """)),
    ("health", "incident", prose("""
        writing this up after shift sorry for typos. assessment in the {{interview room}} on
        [[organisation:brindley]] with [[name:tyler]] (prison no [[case_reference:A5521DK]]) - the
        {{officer}} wouldnt leave the door, said its policy for anyone on a {{CSIP}}. [[name:tyler]]
        wouldnt talk with him stood there, got more and more wound up, then threw the chair at the
        wall and it clipped my shoulder. no {{ambulance}} needed, just bruising. ive told {{OH}}
        and done the {{Datix}}. my view is the assessment should of been stopped earlier, i didnt
        want to waste the slot because hed waited 10 days. learning for me - stop and rebook.
        learning for the prison - we need a room with a window in the door so staff can observe
        without hearing, the old one on the {{healthcare}} corridor was fine but its a store now.
        not [[name:tyler]]s fault really, he has {{PTSD}} from a previous assault. {{adjudication}}
        not going ahead, i asked the {{SO}}. [[name:ca]]
    """)),
    ("health", "near_miss", block("""
        {{Mental Health In-Reach}} MDT - minutes
        Thursday [[date:18 April 2024]], healthcare meeting room
        Present: Dr [[name:Anand Vyas]] (consultant), [[name:Jo Kendrick]] (team lead), [[name:Nkechi Obi]], [[name:Tunde Adewale]], [[name:Ravi Bhattacharya]] ({{pharmacist}})
        Apologies: [[name:Chloe Ashworth]]

        4. Near miss - {{lithium}}
        [[name:RB]] reported that [[name:Owen Pritchard]] ([[case_reference:A3079LS]]) was prescribed {{naproxen}} by the {{prison GP}} on [[date:15/04]] for a wrist injury. The interaction with lithium was flagged on {{SystmOne}} but overridden. [[name:RB]] spotted it on the weekly high-risk medicines check. Naproxen stopped after 2 doses; level on [[date:16/04]] 0.9 mmol/L (in range). No harm.
        Discussion: GPs get many {{override alerts}} a day; this one is a high-risk interaction. [[name:AV]] to discuss with the {{clinical lead}} GP.
        Actions: [[name:RB]] to ask for lithium-NSAID interactions to be a hard stop. [[name:JK]] to add to the {{safety huddle}}.
    """)),
    ("health", "success", block("""
        Letter received by the team, [[date:January 2025]] - shared with the writer's permission

        Dear [[name:Mags]], [[name:Tunde]] and everyone,

        I'm [[name:Callum Brierley]]'s {{mum}}. When he went into [[organisation:HMP Kelsall Heath]] last year I thought I'd lose him. He'd tried to end his life twice on the outside and nobody listened to me.

        You did. [[name:Mags]] rang me the first week and asked what helps when he's low. You wrote it in his {{care plan}}. When he was put on an {{ACCT}} you let me know, and when he was moved to [[organisation:HMP Brigstock]] you phoned their {{healthcare}} team yourselves.

        He's home now, on his {{sertraline}}, and seeing the {{CMHT}} every fortnight. He's started at college.

        Thank you for treating him like a person and me like his mum.

        [[name:Denise Brierley]]
        [[address:41 Ferncliffe Road, Castlebridge]]
        [[postcode:CB4 7HT]]
    """)),
    ("health", "incident", block("""
        CHRONOLOGY - food and fluid refusal, [[name:Abdirahman Yusuf]] ([[case_reference:A6015QE]]), NHS [[nhs_number:921 228 0676]], [[age:27]]

        [[date:20/05/24]]  Stops eating; says food is poisoned. Wing refers to {{in-reach}}.
        [[date:21/05/24]]  Seen by [[name:TA]]. {{Psychotic}} symptoms. Offered {{olanzapine}}, declined. Daily {{NEWS2}} and weights started.
        [[date:23/05/24]]  Also refusing fluids. Dr [[name:Vyas]] review: capacity for food and fluid unclear - second assessment planned, not done.
        [[date:24/05/24]] 14:10  NEWS2 5, dizzy, BP low. Emergency escort to [[organisation:Castlebridge General Hospital]] {{A&E}} in escort vehicle [[vehicle_registration:WX68 KLT]], 2 officers.
        [[date:24/05/24]] 19:30  Admitted, {{IV fluids}}. {{Bed watch}} in place.
        [[date:28/05/24]]  Returned; eating hospital-packed food only. {{Section 47}} assessment requested.

        Learning: 4 days between fluid refusal and a clear decision on capacity. No shared {{food and fluid refusal protocol}} with the prison. {{Mental Capacity Act}} assessments to be documented the same day.
    """)),
    ("health", "success", block("""
        [Teams - Healthcare Kelsall Heath > Shout-outs]

        [[name:Jo Kendrick]] 17:41
        Want to shout out [[name:Precious Nyathi]] in reception last night. New arrival, [[age:19]], first time in custody, told officers he was "fine". [[name:Precious]] noticed he kept looking at the ceiling and whispering, asked a few more questions off the {{reception screening}} script and he disclosed {{command hallucinations}} telling him to hurt himself.

        [[name:Precious Nyathi]] 17:44
        thanks [[name:Jo]] 😊 it was his eyes really. I opened an {{ACCT}} and got him a cell near the office on the {{first night centre}}

        [[name:Tunde Adewale]] 17:46
        I saw him at 09:00 - first episode {{psychosis}}, now on {{risperidone}}. Without your referral he'd have gone to a normal wing

        [[name:Jo Kendrick]] 17:50
        Putting it in the {{Trust}} learning bulletin. This is exactly what {{secondary screening}} is for 👏
    """)),
    ("health", "near_miss", block("""
        From: [[name:Wendy Akintola]] <[[email:w.akintola@wyvernvale.nhs.uk]]>
        To: In-Reach Admin
        Date: [[date:03/10/2024]]
        Subject: Near miss - clinic letter addressed to wrong establishment

        Hi all

        Checking the out-tray this morning I found a {{discharge}} letter for [[name:Gary Lomax]] (NHS [[nhs_number:502 317 5642]], [[case_reference:A2268VB]]) addressed to {{Healthcare}}, [[organisation:HMP Brigstock]]. He came back to us from [[organisation:Brigstock]] 3 weeks ago - the address was pulled from an old {{PAS}} record. The letter includes his diagnosis and {{risk history}}.

        It hadn't been franked so it never left. I've corrected the address and told [[name:Mags O'Neill]].

        Could we add a check of the current establishment on {{NOMIS}} before letters go out? The {{Caldicott Guardian}} will want to know about this one even though no data left us.

        Thanks
        [[name:Wendy]]
        Admin, {{In-Reach}} | [[phone:0114 496 0219]]
    """)),
    ("health", "success", prose("""
        I would like to share an assessment that went well. [[name:Wojciech Zielinski]], a Polish
        national aged [[age:34]], was referred by {{Reception}} on [[date:5 March]] as 'low mood,
        language barrier'. His notes said 'understands English', but when I saw him with
        {{Language Line}} on speakerphone he told me he had not slept properly since his {{remand}},
        had a diagnosis of {{PTSD}} from his army service that nobody here knew about, and had been
        taking {{mirtazapine}} prescribed in Poland. We booked a face-to-face interpreter,
        [[name:Magda Lis]], for the follow-ups, the {{prison GP}} restarted his mirtazapine, and he
        was offered {{trauma-focused}} work with our psychologist. Mr [[name:Zielinski]] said it was
        the first time since arriving that anyone had asked him about himself rather than his
        offence. Learning: 'understands English' is not the same as being able to talk about your
        mental health in English. We now book an interpreter for the first {{in-reach}} assessment
        for anyone whose first language is not English, and record the language on {{SystmOne}}.
        [[name:Nkechi Obi]], {{mental health nurse}}
    """)),
    ("health", "incident", block("""
        Debrief notes - release without medication
        Patient: [[name:Shane McGuigan]], [[case_reference:A7302NJ]], NHS [[nhs_number:229 653 7081]], NI [[ni_number:SK 73 09 41 B]]
        Debrief held [[date:19/06/24]]: [[name:JK]] (chair), [[name:MO'N]] (in-reach), [[name:RB]] (pharmacy), [[name:Ian Proctor]] ({{probation}})

        Summary: [[name:SM]] was released from court on [[date:Fri 14/06]] (time served on remand) rather than from the prison. In-reach had planned release for [[date:21/06]] with 7 days' {{clozapine}}. He left court with nothing. Clozapine missed for 4 days; the {{CMHT}} found him on day 4 confused and unwell at his sister's flat, [[address:Flat 9, Albion Court, Castlebridge]].
        What helped: his sister rang the in-reach number on his discharge leaflet ([[phone:0114 496 0550]]).

        Learning
        - "Released from court" risk not on the {{care plan}}.
        - {{Liaison and diversion}} team at court had no clozapine alert.
        - After 48h missed, clozapine needs {{re-titration}} - CMHT did this.

        Actions: [[name:RB]] to add court release to the clozapine {{SOP}}; [[name:JK]] to ask {{OMU}} for a daily court list.
    """)),
    ("health", "success", block("""
        {{CPA}} review - minutes
        Patient: [[name:Leon Fagbemi]] ([[case_reference:A1154ZT]])   DOB [[date_of_birth:02/08/1989]]
        Date: [[date:27/11/2024]]
        Present: [[name:Leon]]; Dr [[name:Anand Vyas]]; [[name:Tunde Adewale]] ({{care co-ordinator}}); [[name:Hollie Marsh-Gray]] (psychology); wing officer [[name:Danny Cox]]; [[name:Leon]]'s partner [[name:Shontelle]] (by phone)

        Progress: [[name:Leon]] came back from [[organisation:Ravensmoor Medium Secure Unit]] in {{August}} on {{aripiprazole}} {{depot}}. No ACCTs, no {{adjudications}} since. Now working in the prison gardens. He said "I feel like me again".

        What made the difference ([[name:Leon]]'s words): the same nurse every time; being told what the depot is for; the {{Listener}} on his landing.

        Plan: continue depot 4-weekly; step down from enhanced CPA in 3 months if stable; {{hearing voices group}} from {{January}}.

        Team noted: a good example of the {{transfer and remission}} pathway working end to end.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-OPWX]]   {{ATR 72-600}}   Sector page 004812
        Date: [[date:17/08/2024]]   Flt: [[flight_number:SKV417]]

        DEFECT (entered by {{the captain}}): {{Rejected take-off}} at approx 40 kt. {{IAS}} disagree - Capt side reading zero, F/O side alive. Returned to stand.

        ACTION (B1 [[name:K. Szymanski]]): Found clear {{masking film}} and tape over Capt side {{static ports}}, left from livery work at [[organisation:Corvid Aircraft Finishing]] completed [[date:16/08]]. Removed. Ports inspected, no residue. {{Pitot-static}} leak check per {{AMM}} 34-11-00 satisfactory. {{CRS}} issued.

        LEARNING NOTE (Quality, [[name:Aisling Ní Bhriain]]):
        - Paint shop masking log showed 22 items masked, 20 signed off as removed.
        - Post-paint walk-round done at dusk under the hangar door, no torch.
        - {{MOR}} raised to the {{CAA}}, ref [[case_reference:HAS-OR-24-0311]]. Passengers re-accommodated on [[flight_number:SKV419]].
    """)),
    ("aviation", "near_miss", prose("""
        near miss in the {{spray booth}} bay 2, nights [[date:12/03]]. [[name:lewis]] was spraying
        {{topcoat}} on the {{rudder}} of [[aircraft_registration:G-CKTN]] and his {{air-fed mask}}
        hose had popped off the {{manifold}} behind him, he didnt notice cos the hood still felt
        like it had air for a bit. [[name:baz]] saw the hose on the floor thru the window and hit
        the stop. [[name:lewis]] said he could smell the {{isocyanate}} for maybe 20 secs, felt
        fine, went to {{first aid}} anyway. this is the 2nd time that quick-release has come off -
        the coupling is worn and weve been asking for new ones since xmas. also theres no low-flow
        alarm on the old booth. if [[name:baz]] wasnt there hed of been on his own. pls get the
        couplings changed and put a {{flow alarm}} on bay 2 like bay 1 has. {{COSHH}} assessment
        needs looking at too. [[name:Kez]] (booth lead)
    """)),
    ("aviation", "success", block("""
        SHOUT-OUT - good catch on [[aircraft_registration:EI-FKW]]

        Big thanks to [[name:Hamza Rafiq]] in the {{strip bay}} on [[date:28 January]]. While {{chemical stripping}} the lower fuselage ahead of the new livery, [[name:Hamza]] noticed blistering around two {{fasteners}} by the aft {{cargo door}} that nobody would have seen under the old paint. He stopped, marked it up and called the B1, [[name:Mariana Costa]].

        [[name:Mariana]]'s {{NDT}} check found {{exfoliation corrosion}} beyond {{SRM}} limits. The customer, [[organisation:Ardent Air]], has agreed a repair scheme with the manufacturer and the aircraft is staying with us an extra 6 days.

        [[name:Hamza]]'s only been with us 4 months. This is exactly the "if in doubt, stop and shout" we keep banging on about.

        Cheers,
        [[name:Dougie Baird]], {{Paint Shop Supervisor}}, [[organisation:Corvid Aircraft Finishing]]
    """)),
    ("aviation", "incident", block("""
        RTF TRANSCRIPT (extract) - [[organisation:Tarnbeck Airport]] {{Ground}} 121.755
        Date: [[date:05/11/2024]]   Tow of [[aircraft_registration:G-JMRB]] ({{A320}}) from the {{paint hangar}} to Stand 14

        22:14:05 TUG2: Ground, Tug Two, request tow [[aircraft_registration:Golf Juliet Mike Romeo Bravo]] paint hangar to stand one four.
        22:14:12 GND: Tug Two, tow approved via Bravo, hold short of Alpha.
        22:14:18 TUG2: Via Bravo, hold short Alpha, Tug Two.
        22:19:40 GND: Tug Two, STOP IMMEDIATELY, you have passed the {{holding point}} Alpha.
        22:19:42 GND: [[flight_number:Skyvale Eight Seven Two]], hold position, tow ahead.
        22:19:45 [[flight_number:SKV872]]: Holding, [[flight_number:Skyvale Eight Seven Two]].
        22:19:47 TUG2: Stopping, Tug Two.

        Summary: {{tug}} driver [[name:Reece Thornton]] crossed the Alpha holding point with the tow. The {{stop bar}} lights at Alpha were unserviceable (in the {{NOTAM}}) and the {{wing walker}}'s radio was on the company channel. [[flight_number:SKV872]] ({{Dash 8}}) was about 400 m away at taxi speed and stopped. No contact. {{ATC}} filed an {{MOR}}; internal ref [[case_reference:HAS-OR-24-0402]].
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Dougie Baird]]
        To: [[name:Aisling Ní Bhriain]]; Planning
        Date: Mon [[date:9 Sep 2024]] 07:31
        Subject: Near miss - wrong registration masks cut for [[aircraft_registration:G-LVNE]]

        [[name:Aisling]],

        {{Friday}} night the {{vinyl plotter}} cut the registration masks for [[aircraft_registration:G-LVNE]] from a job pack that had the marks for [[aircraft_registration:G-LVNF]], her sister ship, due in next month. [[name:Nisha]] spotted it when she laid the masks on the fuselage and the last letter didn't match the {{Certificate of Registration}} copy on the board. Nothing was sprayed.

        Cause: planning copied the last job's pack and only changed the works order number ([[case_reference:WO-24-11873]]). Our check against the {{CofR}} is at layout, not at cutting.

        If we had painted it, the aircraft would have gone out with the wrong marks - a breach of the {{ANO}} and a very public one.

        Can we make the CofR check a sign-off step before cutting?

        [[name:Dougie]]
        {{Paint Shop Supervisor}}
        [[organisation:Corvid Aircraft Finishing]] | [[phone:+44 1632 960 334]]
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT   Ref: [[case_reference:HAS-OR-24-0288]]
        Aircraft: [[aircraft_registration:G-TLMB]], {{Dash 8-400}}, operator [[organisation:Skyvale Regional]]
        Date found: [[date:22 July 2024]]
        Reporter: [[name:Callum Fraser-Doyle]], {{B1 licensed engineer}}

        What happened: Left {{elevator}} repainted in the paint shop [[date:15-16 July]] (scheme change). The {{AMM}} requires a {{mass balance}} check after repainting a {{flight control surface}}. Not carried out; task card not in the work pack. Aircraft released to service and flew [[flight_number:SKV1142]], [[flight_number:SKV1143]] and [[flight_number:SKV1150]] on [[date:19 and 20 July]]. Crew on [[flight_number:SKV1150]] reported light {{vibration}} in the {{control column}} at high speed. Aircraft grounded at base; balance found out of limits; paint thickness above spec.

        Contributing: paint job card was a "cosmetic" template; {{planning}} did not link cosmetic work to flight controls; the {{CRS}} signatory relied on the pack.

        Actions: elevator stripped and re-balanced; {{MOR}} to the {{CAA}}; job card template review.
    """)),
    ("aviation", "success", block("""
        Debrief - small fire, {{spray booth}} 1, Wed [[date:3 April]]
        Present: [[name:ANB]] (Quality), [[name:DB]], [[name:Kez Lawal]], [[name:Ollie Whitlock-Barnes]], [[name:Nisha Parmar]]

        What happened: 14:25 an {{extraction filter}} caught fire during {{primer}} drying; likely {{static discharge}} from an ungrounded trolley. [[name:Ollie]] hit the booth {{deluge}} and the {{fire alarm}}; [[name:Kez]] led the evacuation; the {{airport fire service}} arrived in 3 mins and confirmed it out. Aircraft [[aircraft_registration:2-TRBD]] ({{Embraer 190}}) undamaged.

        Went well
        - Everyone knew the {{muster point}}; headcount complete by 14:29.
        - Last month's drill had practised exactly this.
        - [[name:Ollie]] didn't try to fight it with an extinguisher.

        Even better if
        - The trolley earthing strap had been missing for weeks; nobody reported it.

        Actions: [[name:DB]] to add earthing to pre-use checks; [[name:ANB]] to share at the {{human factors}} refresher.
    """)),
    ("aviation", "incident", block("""
        SHIFT HANDOVER - Hangar 2 - Nights to Days - [[date:18/01/2025]]
        Outgoing: [[name:Gaz Pemberton]]   Incoming: [[name:Yasmin El-Amin]]

        | Reg | Type | Work | Status |
        |---|---|---|---|
        | [[aircraft_registration:G-OKRS]] | {{A321}} | {{C-check}}, paint prep | masking 60% |
        | [[aircraft_registration:OE-LWQ]] | A320 | {{borescope}} #2 eng | complete, paperwork with [[name:Dev]] |
        | [[aircraft_registration:G-CKTN]] | ATR 72 | post-paint {{engine ground run}} | SEE BELOW |

        INCIDENT: [[aircraft_registration:G-CKTN]] ground run at 03:10. #1 engine {{ITT}} spike, shut down. Found a paint shop {{tack rag}} ingested - it had been stuffed in the {{intake}} as a blank when the engine covers ran out. Damage to first-stage {{compressor}} blades, engine change likely.
        {{FOD}} check was signed before the run, but by the person who put the rag in, and {{tool control}} only counts tools, not consumables.
        [[name:Dev]] has quarantined the rags. Please don't touch [[aircraft_registration:G-CKTN]] until Quality have been.
    """)),
    ("aviation", "near_miss", block("""
        [Teams chat - Hangar 3 Ops]

        [[name:Yasmin El-Amin]] 06:12
        near miss - door 3 started closing with [[aircraft_registration:G-OKRS]] tail still in the door line. [[name:Marek]] shouted and hit the {{e-stop}}. stopped about 1.5m off the {{fin}}

        [[name:Tobi Adeyinka]] 06:14
        who pressed close??

        [[name:Yasmin El-Amin]] 06:15
        cleaning {{contractor}} - told to shut the hangar at end of shift and didnt know we had a tow in. no {{wing walker}} on the tail side

        [[name:Marek]] 06:16
        the {{door marshal}} wasnt covered tonight, [[name:Big Steve]] was off sick

        [[name:Tobi Adeyinka]] 06:20
        ok. {{key switch}} on the door panel from today, key lives with the {{shift lead}}. ill tell Quality and the contractor manager. thanks [[name:Marek]] 🙏
    """)),
    ("aviation", "success", block("""
        To the night shift in Hangar 1,

        Thank you for getting [[aircraft_registration:G-OPWX]] out of paint and through her {{A-check}} in time for the [[date:1 June]] delivery. I know it was tight and I know [[name:Kwame]] and [[name:Siobhán]] stayed on until 9.

        What I want to thank you for most is the call at 02:00 to defer the {{cabin}} item rather than rush it, and for raising it honestly in the {{tech log}} as an {{ADD}}. Nobody leaned on you, and if they had you would have been right to say no.

        The aircraft operated [[flight_number:SKV501]] on time and the customer's {{technical services manager}}, [[name:Deborah Ling]], rang to say thanks too.

        Pizza is on me on {{Friday}}.

        [[name:Rich Stanton]]
        {{Base Maintenance Manager}}, [[organisation:Harrowfield Aero Services]]
    """)),
    ("aviation", "incident", block("""
        CHRONOLOGY - {{isocyanate}} exposure, paint shop
        Employee: [[name:Piotr Wiśniewski]], sprayer, [[age:41]]   NI no: [[ni_number:NE 52 86 13 A]]

        Tue [[date:11 Feb 2025]]
        13:00  [[name:PW]] sprays {{polyurethane topcoat}} on [[aircraft_registration:G-TLMB]] {{flap}} in bay 2 using a half-mask {{respirator}} instead of an {{air-fed hood}} (hood away for repair, no spare).
        15:30  [[name:PW]] tells [[name:Kez Lawal]] he has a tight chest. Sent home.
        21:45  [[name:PW]] attends [[organisation:Castlebridge General Hospital]] A&E with wheeze.
        Wed [[date:12 Feb]]
        08:00  [[name:PW]]'s wife [[name:Agnieszka]] rings in: kept overnight, suspected {{occupational asthma}}.
        10:00  {{RIDDOR}} report made to the {{HSE}}.
        14:00  {{Occupational health}} referral. {{Health surveillance}} records show [[name:PW]]'s last {{spirometry}} was 18 months ago (due 12-monthly).

        Learning: half-masks are not suitable for isocyanates - the {{COSHH}} assessment says so but the supervisor on the day didn't know. No spare air-fed hoods. Health surveillance overdue for 5 of 9 sprayers.
    """)),
    ("aviation", "success", block("""
        {{Safety Action Group}} - minutes (extract)
        [[date:20 March 2025]], [[organisation:Harrowfield Aero Services]] training room
        Attendance: [[name:Rich Stanton]] (chair), [[name:Aisling Ní Bhriain]] (Quality), [[name:Dougie Baird]], [[name:Tobi Adeyinka]], [[name:Chen Wei]] (apprentice rep), [[name:Lorna McAllister]] ({{H&S}})

        Item 2 - Recognition
        [[name:LM]] presented the quarterly "Stop the Job" award to [[name:Jamal Hussain-Reid]], who stopped work on the {{docking platform}} at the tail of [[aircraft_registration:OE-LWQ]] on [[date:6 March]] when he found the {{edge protection}} gate unpinned and a {{fall arrest}} anchor with no rating plate. Nobody was hurt. The platform was quarantined, the supplier found a batch of wrong pins, and the other two platforms were checked the same day.

        [[name:RS]]: "This is what we want - [[name:Jamal]] didn't wait to be asked."

        Item 3 - Actions
        - Platform {{pre-use checklist}} to include pins.
        - {{LOLER}} inspection dates added to platform tags.
    """)),
    ("aviation", "success", prose("""
        I want to log a speak-up by one of our second-year apprentices, [[name:Ellie-Mae Dunn]]
        ([[age:19]]). On the night of [[date:14 October]] she was helping the {{B1 engineer}} refit
        the {{flap track fairings}} on [[aircraft_registration:G-OKRS]] after paint. She noticed the
        {{torque wrench}} she had been handed from the stores trolley had a {{calibration}} label
        that expired in {{September}}. She said so, quietly, to [[name:Sanjay]], who was signing the
        task. He stopped, checked the {{tool store}} system and found the wrench had been booked out
        of quarantine by mistake. All twelve fasteners done with it that shift were re-torqued with
        a calibrated wrench; two were found under-torqued. [[name:Ellie-Mae]] told me afterwards she
        almost didn't say anything because she is 'just the apprentice'. [[name:Sanjay]] thanked her
        in front of the shift. We have changed the stores system so a quarantined tool cannot be
        issued, and with her agreement her story is going into the {{human factors}} training.
        [[name:Tobi Adeyinka]], Hangar Manager, [[organisation:Harrowfield Aero Services]]
    """)),
    ("aviation", "incident", block("""
        From: Quality <[[email:quality@harrowfieldaero.co.uk]]>
        To: [[email:tech.records@ardent-air.com]]
        Cc: [[name:Dougie Baird]]
        Date: [[date:27 February 2025]]
        Subject: [[aircraft_registration:EI-FKW]] - radome damage during strip, occurrence [[case_reference:HAS-OR-25-0042]]

        Dear [[name:Fionnuala]],

        Further to our call this morning (I rang your mobile, [[phone:+353 87 555 0143]]): during chemical stripping on [[date:25 February]] the {{radome}} on [[aircraft_registration:EI-FKW]] was not fully protected and {{paint stripper}} ran under the masking onto the {{composite}} lower section. Stripper is prohibited on composites per the {{SRM}}. [[name:Hamza Rafiq]] noticed the surface softening and washed it off within about 10 minutes, but the {{laminate}} shows resin damage.

        The radome is unserviceable and we are sourcing a replacement at our cost, estimated 4 days' delay.

        Root cause is being investigated under our {{Part-145}} occurrence procedure; early findings are a masking sheet that peeled and no {{hold point}} to inspect masking before stripper went on.

        Regards
        [[name:Aisling Ní Bhriain]]
        {{Quality Manager}}, [[organisation:Harrowfield Aero Services]]
        [[phone:+44 (0)1632 960 912]]
    """)),
    ("aviation", "success", block("""
        [WhatsApp - Hangar 1 Lads & Ladies]
        [[date:22/06/2025]], 19:02 - [[name:Gaz Pemberton]]: {{shadow board}} 4 is missing a 10mm spanner. everyone stop pls, nothing gets towed till its found
        [[date:22/06/2025]], 19:04 - [[name:Siobhán]]: not me, mine are all back
        [[date:22/06/2025]], 19:10 - [[name:Kwame Asante]]: checked the [[aircraft_registration:G-OPWX]] {{nacelle}} and {{wheel wells}}, nothing
        [[date:22/06/2025]], 19:31 - [[name:Jack O'Hare]]: FOUND. on the {{horizontal stabiliser}} platform, up against the {{hinge line}}. sorry lads that was me
        [[date:22/06/2025]], 19:33 - [[name:Gaz Pemberton]]: no sorry needed mate thats the system working. logging it as a {{good catch}}
        [[date:22/06/2025]], 19:35 - [[name:Siobhán]]: 👏👏
        [[date:22/06/2025]], 19:40 - [[name:Gaz Pemberton]]: [[aircraft_registration:G-OPWX]] cleared for {{tow}}. {{tool control}} signed. ta all
    """)),
    ("aviation", "near_miss", block("""
        TECH LOG ENTRY
        A/C: [[aircraft_registration:G-LVNE]]   Page: 011207   Date: [[date:02/10/2024]]
        Sector: positioning flight [[flight_number:ADN4410]] out of paint
        Crew: Capt [[name:Ifeoma Chukwu]], F/O [[name:Ross Gilchrist]]

        DEFECT: On {{walk-round}} the F/O found {{pitot covers}} still fitted on all three {{pitot probes}}. The "remove before flight" streamers had been cut short and taped flat by the paint shop so they were not visible from the ground. Covers removed before engine start. No damage. {{ASR}} raised, ref [[case_reference:ADN-ASR-24-1187]].

        ACTION: B1 [[name:M. Costa]] inspected probes, {{probe heat}} test satisfactory per {{AMM}}. {{CRS}} issued 05:50.

        NOTE (Quality): streamers must never be altered. Paint shop to use the long covers with a {{red flag}} count on the masking log. Thanks to [[name:Ross]] for a thorough walk-round.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind185", REPORTS))
