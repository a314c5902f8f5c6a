"""Held-out blind corpus 234: UK incident, near-miss and learning reports, hand-labelled.

Fifty reports written blind (without sight of the de-identifier or of any other corpus), as
front-line practitioners really type them into a confidential reporting system:

* social_care (17): a children's social care emergency duty team (out of hours) - on-call
  social workers, police protection, emergency placements, the duty manager.
* health (17): an inpatient eating disorder unit for young people - nasogastric feeding,
  meal support, observations, families, school, weight charts.
* aviation (16): a hot air balloon ride operator - pilots, chase crews, landowners,
  passengers, weather calls, landings in fields, retrieval vehicles.

Each domain mixes incidents, near misses and successes ("learning" reports). Styles are
deliberately mixed: rushed lower-case notes with typos and txt-speak, formal narratives,
timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, Teams/WhatsApp/Slack exports with handles, handover notes, minutes with
attendance and apologies, pipe-separated and aligned tables, radio (RT) transcripts,
shout-outs and thank-you notes.

Every person, organisation, place and number is invented. Identifiers are marked
[[label:value]] and must-not-redact mentions {{term}} (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind234.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care (17)
    ("social_care", "incident", prose("""
        {{EDT}} log [[case_reference:EDT/24/3381]]. ph call frm {{police control room}} 01:40,
        {{PPO}} taken on [[name:kayden]] [[age:13yo]] after {{mum}} ([[name:shanice]]) found v
        intoxicated at [[address:22 Moss Lane, Calderbrook]]. no {{emergency placement}} in
        borough so rang 4 {{IFAs}}, nothin. ended up sitting w him in the {{custody}} foyer til
        05:10 which is NOT ok for a kid. {{duty manager}} [[name:tariq]] ok'd spot purchase w
        [[organisation:Brightstone Fostering]] but carer cudnt take til 8am. he had no coat + no
        {{melatonin}}, mum had it in her bag. pls can someone look at out of hrs {{sufficiency}},
        3rd time this month ive had a kid in a {{police station}} overnight. passed to
        [[organisation:Calderbrook North CIN Team]] by email. {{Datix}} to follow. - [[name:dee]]
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT / NEAR MISS FORM - Children's Services Out of Hours
        Ref: [[case_reference:IR-2024-0917]]
        Date of event: [[date:Sat 9 March 2024]]   Time: {{22:15}}
        Reported by: [[name:Oluwaseun Bankole-Adeyemi]] ({{Senior Practitioner}}, {{EDT}})
        Child: [[name:Mia-Rose Kettering]]   DOB: [[date_of_birth:14/06/2011]]
        LCS ID: [[case_reference:4471092]]
        Home address: [[address:Flat 3, Ribble Court, Harlow Road, Calderbrook]] [[postcode:CK7 4QT]]
        Category: Placement / transport
        What happened:
        [[name:Mia-Rose]] needed an {{emergency placement}} after {{police protection}} ({{s46}}).
        The [[name:Hollis]] family agreed to take her. The {{placement plan}} template auto-filled
        the carers' address from an old record ([[address:9 Wentworth Close, Farrowby]]
        [[postcode:FB2 8LJ]]) - they moved in {{January}}. The taxi firm
        ([[organisation:Apex Cars Calderbrook]]) was given the old address. I checked the address
        against {{LCS}} before she left and rang the driver on [[phone:07700 900418]] to redirect.
        Immediate action: {{Duty Manager}} informed; {{fostering team}} asked to correct record.
        Harm: none. Potential: child left at an empty house at 23:00.
    """)),
    ("social_care", "success", block("""
        From: [[name:Grace Liddell]] <[[email:grace.liddell@calderbrook.gov.uk]]>
        To: PC [[name:Emeka Oduya]] <[[email:emeka.oduya@calderbrook.police.uk]]>
        Cc: [[name:Joy Fairbairn]] ({{Duty Manager}})
        Sent: [[date:Sunday 17 March 2024]] 09:12
        Subject: Thank you - last night

        Hi [[name:Emeka]],

        Just wanted to say a proper thank you for last night. You stayed with the two little ones
        in {{A&E}} at [[organisation:Calderbrook General Hospital]] for nearly three hours while I
        sorted the {{emergency placement}}, and [[name:Hope]] ([[age:aged 4]]) wouldn't let go of
        your hand by the end. You had the {{police protection}} paperwork and the {{VPA}} on the
        system before I arrived, which made the {{Duty Manager}} call really quick. The
        {{foster carer}} said [[name:Hope]] and [[name:Lacey]] were both asleep within twenty
        minutes.

        I've flagged this to our {{Principal Social Worker}} for the {{learning log}}.

        Thanks again,
        [[name:Grace]]

        [[name:Grace Liddell]] | {{Social Worker}}, {{Emergency Duty Team}}
        [[organisation:Calderbrook Metropolitan Borough Council]] | [[phone:0161 496 0732]]
    """)),
    ("social_care", "incident", block("""
        EDT chronology - [[name:Jakub]] & [[name:Zofia Wiśniewska]]
        Refs [[case_reference:CB-118204]] / [[case_reference:CB-118205]]   [[date:Fri 22/03/24]]

        19:05  [[organisation:Moorside House]] rang - [[name:Jakub]] ([[age:15]]) not back from
               college. Reported {{missing}}, police log [[case_reference:PL-0322-1187]].
        20:30  [[name:Zofia]] ([[age:12]]) told staff he was meeting "[[name:Kacper]]" at the bus
               station. Passed to police.
        21:10  Tried {{interpreter}} line for mum ({{Polish}}) - 25 min wait.
        22:45  [[name:Jakub]] found by police at [[address:Unit 4, Mill Street, Calderbrook]],
               very intoxicated. Taken to {{A&E}}.
        23:40  I attended. Home could not release staff (only one on nights).
        00:50  {{CCE}} concerns - {{strategy discussion}} with {{Duty Manager}}
               [[name:Ruth Ocampo]] and police {{DS}}.
        02:15  Back to [[organisation:Moorside]] with [[name:Jakub]]. [[name:Zofia]] still up.

        Issues: a [[age:15-year-old]] in A&E for 3 hrs with no familiar adult; home staffing
        below the {{Statement of Purpose}}; I left two other calls waiting. Requesting review
        with {{Registered Manager}}.
    """)),
    ("social_care", "near_miss", block("""
        Teams - EDT on-call chat - [[date:02/04/2024]]

        [[name:Priya Venkataraman]] 21:47
        anyone know if the {{emergency flat}} at [[address:Flat 2, 41 Canal Wharf]] is free tonight?
        got a [[age:16yo]] needing somewhere

        [[name:Tom O'Driscoll]] 21:49
        should be, key safe code is on the {{SharePoint}}

        [[name:Priya Venkataraman]] 21:58
        ok. doing {{LCS}} check on YP first ([[name:Dylan Marsh]])

        [[name:Priya Venkataraman]] 22:06
        STOP. {{MASH}} note from last week - [[name:Lee Curtis]] has a {{CAWN}} re [[name:Dylan]]
        and his last known address is flat 5 same block 😳

        [[name:Tom O'Driscoll]] 22:08
        omg. glad u checked. i'll tell [[name:Marcus]] ({{DM}}) and get the {{housing}}
        {{SPOC}} to take that flat off our list till it's looked at

        [[name:Priya Venkataraman]] 22:15
        placed w {{emergency foster carer}} instead. will do the near miss form
    """)),
    ("social_care", "success", block("""
        EDT HANDOVER TO {{DAY TEAM}} - [[date:Mon 18/03/24]]
        From: [[name:Kwabena]] ({{EDT SW}})   To: {{Duty}},
        [[organisation:Calderbrook South Assessment Team]]

        1. [[name:Rosie-Mae Thornton]] ([[age:8]]) [[case_reference:CB-120931]]
        - {{PPO}} taken 23:30 Sat after dad arrested ({{DA}} incident, police ref
          [[case_reference:PL-0316-0923]]).
        - Sun am: {{strategy discussion}}, then joint visit with {{CAIU}}.
        - {{Signs of Safety}} mapping with nan [[name:Pauline Thornton]],
          [[address:5 Beck Row, Farrowby]] [[postcode:FB1 3NS]], mob [[phone:07700 900155]].
        - Police protection ended 14:00 Sun. [[name:Rosie-Mae]] stayed with nan under a written
          {{safety plan}} - no {{foster placement}} needed, school ([[organisation:Beck Row Primary]])
          aware via {{DSL}}.
        - {{S47}} to continue with your team.

        Worth logging as good practice: family network asked about at the first call, not at
        the end. Kid slept in her own bed at nan's.
        [[name:Kwabena]]
    """)),
    ("social_care", "incident", prose("""
        On [[date:Tuesday 26 March 2024]] at approximately 20:40, while covering the {{EDT}}
        inbox, I sent the notes of a {{strategy discussion}} about [[name:Amber Kowalski]]
        ([[age:aged 14]]) to the wrong recipient. I intended to send them to [[name:Hope Adeyinka]],
        {{IRO}}, at [[email:hope.adeyinka@calderbrook.gov.uk]], but {{Outlook}} auto-completed to
        [[email:hope.adams@brightpathtutoring.co.uk]], a private tutor who had emailed the team
        about another matter. The notes included [[name:Amber]]'s address, school and details of
        the {{CSE}} concerns. I realised at 20:52 when the {{recall}} failed. I phoned Ms
        [[name:Adams]] on [[phone:07700 900863]] at 21:05; she confirmed she had not opened the
        attachment and deleted it while we spoke, and followed up in writing. I informed the
        {{Duty Manager}}, [[name:Sam Whitlow]], and logged it with {{Information Governance}} as
        [[case_reference:IG-24-0388]]. The {{DPO}} will assess against the {{ICO}} threshold.
        Learning: external addresses now flagged in the EDT mailbox; I will type recipients in full
        and not rely on auto-complete.
    """)),
    ("social_care", "incident", block("""
        WhatsApp - EDT cover (exported)
        [[date:12/04/2024]], 02:13 - [[name:Bill Ferreira]]: pool car has died on the bypass 🙄
        {{AA}} saying 90 mins. [[vehicle_registration:KX19 FBN]] again
        [[date:12/04/2024]], 02:14 - [[name:Bill Ferreira]]: still need to get to
        [[organisation:Calderbrook General]] {{maternity}}, mum trying to leave with baby
        ({{pre-birth plan}}, [[case_reference:CB-121877]])
        [[date:12/04/2024]], 02:16 - [[name:Aisha Rahman-Lowe]]: can't, i'm at the
        {{custody suite}} w the 2 from earlier. ring police?
        [[date:12/04/2024]], 02:17 - [[name:Bill Ferreira]]: done, {{control room}} said no units
        free. {{midwife}} has asked {{hospital security}} to stay at the door
        [[date:12/04/2024]], 02:41 - [[name:Bill Ferreira]]: taxi came. mum had already left
        with baby [[name:Ava]] by the time i got there
        [[date:12/04/2024]], 03:30 - [[name:Aisha Rahman-Lowe]]: police found them at
        [[address:Flat 11, Tern House, Farrowby]]. baby ok. {{EPO}} going to court in the morning
        [[date:12/04/2024]], 03:32 - [[name:Bill Ferreira]]: this is the 3rd time that car's
        failed. someone needs to escalate
    """)),
    ("social_care", "near_miss", block("""
        EDT Learning Review - minutes
        Date: [[date:Thursday 4 April 2024]], 10:00, Room 2.14,
        [[address:Calderbrook Civic Centre, Town Hall Square, Calderbrook]]

        Present: [[name:Joy Fairbairn]] ({{EDT Manager}}, chair); DS [[name:Harjit Gill]]
        ([[organisation:Calderbrook Police]] {{CAIU}}); [[name:Faith Nwachukwu]]
        ({{Fostering Team Manager}}); [[name:Mark Ellery]] ({{EDT SW}}); [[name:Anja Lindqvist]]
        ({{LAC nurse}})
        Apologies: [[name:Pat Dunleavy]] ({{Head of Service}}); [[name:Sunny Bhardwaj]] ({{IRO}})

        1. Near miss [[case_reference:IR-2024-1032]]
        [[name:Tyler]] ([[age:9]]), {{epilepsy}}, placed with {{emergency foster carers}} on
        [[date:23 March]] without his {{buccal midazolam}}. Carer noticed at 07:00 reading the
        {{Placement Information Record}}. [[name:Mark]] collected it from home with police by
        09:00. No seizure.

        Actions
        - Medication prompt added to the EDT {{placement checklist}} - [[name:JF]] by [[date:30/04]]
        - Carers' emergency pack to list {{out-of-hours pharmacy}} numbers - [[name:FN]]
        - {{GP}} summary request route to be agreed with {{health}} - [[name:AL]]
    """)),
    ("social_care", "success", block("""
        #edt-shoutouts
        [[name:joy.fairbairn]]  08:02
        Big shout out to @[[name:will.tan]] and @[[name:shaz_k]] for Sat night 🙌 three {{PPOs}},
        then a [[age:17-year-old]] in {{crisis}} on the station footbridge. [[name:Will]] kept him
        talking for 40 min with {{BTP}} while [[name:Shaz]] got {{CAMHS}} {{on-call}} to agree an
        assessment at [[organisation:Calderbrook General]] instead of a {{s136}} in a cell.
        Nobody hurt, lad is safe and {{Tier 4}} bed found by Sunday lunch.

        [[name:will.tan]]  08:15
        cheers [[name:Joy]] - team effort, [[name:Shaz]] did the hard bit on the phone

        [[name:shaz_k]]  08:20
        🥹 ty. can we put the {{BTP}} sgt on the thank-you list too, think it was
        [[name:Okonjo]]?

        [[name:joy.fairbairn]]  08:22
        will do - emailing their {{Inspector}} today
    """)),
    ("social_care", "incident", block("""
        EDT call log extract - [[date:Sat 13/04/24]] - worker [[name:A. Mensah]]

        Time  | Ref          | Child / family             | Summary                          | Outcome
        18:20 | [[case_reference:EDT/24/4102]] | [[name:Ruby Calloway]] ([[age:6]])       | {{contact}} handover row at {{McDonald's}} | advice
        18:55 | [[case_reference:EDT/24/4103]] | [[name:Deng]] children (x3, under 5) | {{NSPCC}} referral - left alone? | NOT ALLOCATED
        19:30 | [[case_reference:EDT/24/4104]] | [[name:Ollie P]] ([[age:16]])           | {{missing}} from {{semi-independent}} | police aware
        21:40 | [[case_reference:EDT/24/4105]] | [[name:Deng]] children     | 2nd call, police attended        | {{PPO}}

        Incident: the 18:55 referral was typed in just before {{shift change}} and the log was not
        re-read at 19:00. Police went on the second call, 2 hrs 45 min later, and found
        [[name:Nyibol]] ([[age:4]]) looking after both babies. Mum ([[name:Achol Deng]]) at work.
        No injuries. {{Duty Manager}} informed; the log needs an "unallocated" column.
    """)),
    ("social_care", "near_miss", prose("""
        quick one for the log - nearly sent {{PPO}} paperwork out w the wrong kids details. police
        form came thru for [[name:JK]] ([[age:7]]) but the {{DOB}} on it was
        [[date_of_birth:03/09/2019]] which is the cousin [[name:J.K.]] not our kid. theyre
        [[name:jodie-kay]] + [[name:jaxon]], both [[name:Kaur-Bassi]], lived same addr
        ([[address:17 Orchard Row, Farrowby]]) til last yr so {{PNC}} merged them?? i nearly
        forwarded it to the {{placement}} + {{LAC health}} team, wud have messed up the {{IHA}}
        and the {{IRO}} booking. spotted cos {{LCS}} age didnt match. rang the {{OIC}}
        ([[name:Dunmore]]) who reissued w correct dob, ref [[case_reference:PL-0419-2210]].
        suggest we always check dob vs LCS before sending anything on. -[[name:mo]]
    """)),
    ("social_care", "success", prose("""
        At 03:10 on [[date:Wednesday 10 April]], [[organisation:Calderbrook Police]] contacted
        {{EDT}} after a young man was found by staff at the {{motorway services}}. He gave his
        name as [[name:Yonas Tesfamariam]] and said he was [[age:15]]. I arranged a {{Tigrinya}}
        interpreter through {{Language Line}} within ten minutes. We agreed that no
        {{age assessment}} would be attempted out of hours, that any later assessment would be
        {{Merton-compliant}}, and that [[name:Yonas]] would be treated as a child in the meantime.
        The {{Duty Manager}}, [[name:Elif Demir]], approved a placement with {{emergency foster carers}}
        [[name:Rahel]] and [[name:Dawit Gebremedhin]], who speak Tigrinya. He was with them,
        warm and fed, by 05:30. Police completed an {{NRM}} referral; the day team will link with
        the {{Home Office}} and the {{National Transfer Scheme}}. Learning: the carers-by-language
        list we built last year saved hours and meant he heard his own language all night.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Marcus Oyelaran]]
        To: {{EDT}} team; [[email:it.servicedesk@calderbrook.gov.uk]]
        Date: [[date:15 April 2024]] 08:31
        Subject: OOH line down approx 45 mins Sun night - {{incident}}

        All,

        Between 23:20 and 00:05 the out-of-hours number ([[phone:0161 496 0500]]) diverted to a
        dead {{voicemail}} after the {{telephony}} upgrade. [[organisation:Calderbrook Police]]
        could not reach us about a {{police protection}} and rang my personal mobile in the end.
        A [[age:2-year-old]] waited in a {{patrol car}} for 35 min longer than needed.

        Actions:
        - {{IT}} ticket [[case_reference:INC0048821]] raised, marked P1.
        - Backup number [[phone:07700 900921]] sent to police {{control room}}, {{ambulance service}}
          and the {{out-of-hours GP}}.
        - Please test the line at the start of every shift until {{IT}} confirm the fix.

        [[name:Marcus]]

        [[name:Marcus Oyelaran]]
        {{EDT Duty Manager}} | [[organisation:Calderbrook Metropolitan Borough Council]]
    """)),
    ("social_care", "near_miss", block("""
        Call record - EDT - [[date:20/04/24]] 21:32
        Caller: [[name:Shannon Pryce]] (mum) [[phone:07700 900377]]
        Child: [[name:Lily Pryce]] ([[age:5]]) - in {{police protection}} since 18:00

        SW: Hi, is that [[name:Shannon]]? It's the {{emergency duty}} social worker.
        Mum: Yeah. Is [[name:Lily]] coming home tonight or what, the police said you'd ring.
        SW: I'm looking at that now. Who's at home with you?
        Mum: Just me. And my fella, [[name:Craig]], he's staying over.
        SW: Can I take [[name:Craig]]'s surname and date of birth?
        Mum: [[name:Hetherington]]. Why's that matter?

        Note: I was about to agree [[name:Lily]]'s return. {{LCS}} and {{MASH}} check on
        [[name:Craig Hetherington]] showed a {{Schedule 1}} offence and a {{Sarah's Law}}
        disclosure to a previous partner. Return not agreed; {{emergency foster placement}} made.
        The police note did not mention a partner. Learning: always ask who is in the home,
        even when the police view is "safe to return".
    """)),
    ("social_care", "success", block("""
        Card left at reception for the night team, [[date:22 April]] (typed up by admin):

        "To [[name:Pat]] and [[name:Sunny]] (the night social workers)
        thank u for coming at 3 in the morning when i rang the number on my card. you didnt shout
        at me and [[name:Pat]] let me bring my school bag and my bunny. [[name:Sunny]] got me a
        hot chocolate from the garage. now im at auntie [[name:Grace]]'s and i have my own room
        love [[name:Tiana]] [[age:age 12]] xx"

        {{Team Manager}} note: [[name:Tiana]] was placed with her aunt as a
        {{connected person}} under {{Regulation 24}} after the {{PPO}}, instead of going to
        {{residential}}. Passed to the {{Principal Social Worker}} for the {{compliments log}}
        and the {{Ofsted}} evidence folder. - [[name:RO]]
    """)),
    ("social_care", "incident", block("""
        TIMELINE - YP awaiting {{Tier 4}} bed / placement
        [[name:Keeley Armitage]]  [[age:15]]  [[case_reference:CB-119566]]
        NHS no. [[nhs_number:401 928 3753]]

        Date/time         Event                                            By
        [[date:26/04]] 19:10      brought to {{A&E}} by {{BTP}} under {{s136}}          police
        [[date:26/04]] 23:55      {{CAMHS}} assess - not detainable, no bed        Dr [[name:Oyin]]
        [[date:27/04]] 02:00      EDT: no placement, 1:1 agency staff booked      [[name:L. Farrell]]
        [[date:27/04]] 14:00      {{ward}} refuses admission (not a {{paeds}} case)  -
        [[date:28/04]] 04:20      YP assaults security guard, police called         EDT
        [[date:29/04]] 11:30      {{DoL order}} granted, {{High Court}}               legal
        [[date:29/04]] 18:00      moves to [[organisation:Oakridge Therapeutic Care]]   day team

        [[name:Keeley]] spent 71 hours in a side room off {{A&E}} with agency staff from
        [[organisation:Safeguard Staffing Solutions]] who did not know her. Escalated to
        {{Director of Children's Services}}. {{Serious Incident}} notification being considered.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        {{NG}} feed 12:30 started by agency {{HCA}} b4 {{pH}} checked?? i was on break.
        [[name:ellie]] ([[age:14]]) started coughing + went dusky abt 5 min in, feed stopped by
        [[name:jas]], {{sats}} 91% → 97% on air once sat up. {{SHO}} dr [[name:fenwick]] reviewed,
        {{CXR}} confirmed tube in {{stomach}} thank god, prob coughing from the {{Fresubin}} going in
        too fast on the {{gravity}} set. BUT if it had been in the lung this is a {{Never Event}}.
        agency {{hca}} from [[organisation:CareFirst Staffing]] says she's "done NG loads" but no
        competency on file. [[name:ellie]]'s mum [[name:Bernadette]] rang at 14:00 + was told.
        pls can agency NG competency be checked at the door. {{NEWS2}} 0 by 13:30.
        - [[name:Sian]] {{RMN}}
    """)),
    ("health", "near_miss", block("""
        [[organisation:ASHBY LODGE]] - INCIDENT REPORTING FORM
        Ref: [[case_reference:W-58213]]   Date: [[date:04/03/2024]]   Location: {{clinic room}}
        Patient: [[name:Maisie Tran]]   DOB: [[date_of_birth:22/11/2009]]
        NHS No: [[nhs_number:485 720 3618]]   Hospital No: [[case_reference:RX7734021]]
        Reported by: [[name:Tomasz Zieliński]], {{Staff Nurse}}
        Grade: Near miss - no harm

        Description:
        At the {{Monday}} {{blind weigh}}, the {{HCA}} entered [[name:Maisie]]'s weight (38.4 kg)
        on the {{weight chart}} of [[name:Maisy Tan]], bed 6. [[name:Maisy]]'s chart then showed a
        2.1 kg gain in a week and the {{dietitian}} drafted a step down of her {{meal plan}}. At
        {{MDT}} the {{consultant}} queried the jump against her {{%mBMI}} trend; the paper
        {{weight book}} showed the error.

        Action: weights corrected on {{RiO}}; two-person check of name and DOB at the scales;
        similar names flagged on the board. Both families informed by [[name:Tomasz]].
    """)),
    ("health", "success", block("""
        ⭐ SHOUT OUT ⭐ (staff room board, typed up for the learning log)

        To [[name:Faith]] and [[name:Kofi]] on the {{late shift}} [[date:Sat 16th]] -
        [[name:Hannah]] had refused her {{evening snack}} for nine days and was being
        {{topped up}} via {{NG}}. [[name:Faith]] sat with her at the end of the {{dining room}}
        table, gave the {{5-minute warning}} calmly, and [[name:Kofi]] kept the {{distraction}}
        game going (the {{Uno}} tournament is now legendary). [[name:Hannah]] finished the
        {{Fortisip}} AND the biscuit - first time since admission - and didn't need the tube.
        Her mum cried on the phone. Simple, consistent {{meal support}} works.

        Thank you both!
        [[name:Bron]] ({{Ward Manager}})
    """)),
    ("health", "incident", block("""
        CHRONOLOGY - {{AWOL}} from escorted leave
        Patient: [[name:Nadia Haddad]] ([[age:16]]), [[case_reference:RX7790154]], {{Section 3}} {{MHA}}
        [[date:Tues 12 March]]

        14:00  {{Section 17}} escorted leave to town, 2 staff ([[name:Bea]], [[name:Lorcan]]).
        14:35  [[name:Nadia]] ran from staff on [[address:Bridge Street, Wexley]]; lost in crowd.
        14:40  Police informed, log [[case_reference:WX-240312-0455]]. {{Missing person}} form sent.
        15:10  Dad ([[name:Karim Haddad]]) informed on [[phone:07700 900612]].
        16:25  Found by {{BTP}} on a platform at the station, cold and tearful.
        17:05  Back on the unit. {{HR}} 41, {{BP}} 84/50, {{BM}} 3.6. {{ECG}} done.
        17:40  {{Duty doctor}} review; {{Level 3 obs}} overnight.

        Learning: leave plan not updated after the {{ward round}} on [[date:Monday 11th]] when
        {{AWOL}} risk was raised; escorting staff were unaware of it.
    """)),
    ("health", "near_miss", block("""
        Teams chat - [[organisation:Ashby Lodge]] {{MDT}} - [[date:19/03/24]]

        [[name:Reuben Asante]] ({{Pharmacist}}) 10:14
        Morning - [[name:Aoife McAllister]] is down for meal plan {{stage 4}} today but her
        {{phosphate}} from Monday was 0.62. Has anyone seen it? Not on the {{ward round}} list

        [[name:Priya Okonkwo-Hale]] 10:19
        No!! {{ICE}} result not acknowledged. Holding the increase.

        [[name:Priya Okonkwo-Hale]] 10:21
        Starting {{Phosphate Sandoz}} 1 BD, repeat {{U&Es}} + {{Mg}} tomorrow. Per {{MEED}} she's
        still at {{refeeding}} risk

        [[name:Reuben Asante]] 10:23
        I'll screen it now 👍

        [[name:Ciara]] ({{NIC}}) 10:30
        Told [[name:Aoife]], she's upset it's on hold - will let mum know at visiting

        [[name:Priya Okonkwo-Hale]] 10:41
        Thanks all. Can we add bloods to the daily handover sheet so this doesn't depend on
        someone spotting it. Near miss form please [[name:Ciara]]
    """)),
    ("health", "incident", block("""
        From: [[name:Rhiannon Pugh]] <[[email:r.pugh@wexley-hes.org.uk]]>
        To: [[name:Kemi Oladipo]] <[[email:kemi.oladipo@nhs.net]]>
        Date: [[date:Thu 21 March 2024]] 16:05
        Subject: Information sent to home school in error

        Dear [[name:Kemi]],

        I need to report that on [[date:Tuesday 19th]] I sent my fortnightly progress summary for
        [[name:Isla Fraser-Nkemelu]] to her home school, [[organisation:St Aldhelm's Academy]]. By
        mistake I attached the {{ward round}} summary instead, which included her
        {{weight chart}}, {{%mBMI}} and {{NG}} plan. The {{SENCo}} forwarded it to the
        {{Head of Year}} before realising. Both have deleted it and confirmed this in writing.

        [[name:Isla]]'s dad phoned me today, very upset; I've apologised and said the unit will be
        in touch. I have told our {{DSL}} and the {{Caldicott Guardian}} has been informed.

        Kind regards,
        [[name:Rhiannon]]

        [[name:Rhiannon Pugh]]
        {{Teacher in Charge}}, [[organisation:Wexley Hospital Education Service]]
    """)),
    ("health", "success", block("""
        HANDOVER late → nights  [[date:Thurs 21st]]   NIC: [[name:Gethin]]

        Bed 1 [[name:Poppy Lawal]] - {{Level 2}}. Ate 100% tea. Settled.
        Bed 2 [[name:Joy Adebayo-Lind]] - ** GOOD NEWS ** first full meal in the {{family meal}}
          session with mum + dad and [[name:Ines]] ({{family therapist}}). No {{NG}} top-up.
          [[name:Joy]] asked for it to go in her {{goals book}}. Dad said it's the first meal
          they've eaten together since [[date:Boxing Day]].
        Bed 3 [[name:Hamza Siddiqui]] - {{NG}} bolus x3 as plan, {{Level 3 obs}}, {{pH}} all <5.5.
        Bed 4 [[name:Ffion]] - {{bed rest}}, {{HR}} 44 at 18:00, {{lying/standing BP}} at 22:00.
        Bed 5 empty (admission from [[organisation:Carrick Ward]] tomorrow, [[name:Z.Q.]]).

        For the learning log: keep the family meal slot protected - it was nearly cancelled for
        a staffing gap and [[name:Gethin]] moved the {{break}} rota to save it.
    """)),
    ("health", "incident", block("""
        {{Intermittent observations}} - [[name:Chloe Varga]] [[case_reference:RX7801247]] - [[date:23/03/2024]]

        | Time  | Level         | Location     | Staff       | Comment                     |
        | 13:00 | {{Level 2}}   | {{bedroom}}  | [[name:DW]] | reading                     |
        | 13:15 | Level 2       | bedroom      | [[name:DW]] | settled                     |
        | 13:30 | -             | -            | -           | NOT RECORDED                |
        | 13:45 | -             | -            | -           | NOT RECORDED                |
        | 14:00 | Level 2       | {{en-suite}} | [[name:KP]] | door wedged, {{sit-ups}}, 3 empty bottles |

        [[name:DW]] was called to a {{restraint}} on the corridor at 13:25 and did not hand
        [[name:Chloe]]'s obs to anyone: a 45 min gap. [[name:Chloe]] had been {{water loading}}
        before the {{weigh-in}}, so her weight is probably ~1.5 kg falsely high. {{Nurse in charge}}
        [[name:Kasia Wróbel]] informed; {{duty doctor}} checked {{sodium}} (131). Learning: obs must
        be handed over in person with the {{obs sheet}}, including during alarms.
    """)),
    ("health", "near_miss", block("""
        [[organisation:ASHBY LODGE]] {{SAFETY HUDDLE}} - [[date:Weds 27/3]] 09:15
        Present: [[name:Kemi Oladipo]] ({{Ward Manager}}), Dr [[name:Elias Haas]] ({{ST4}}),
        [[name:Rose Tyrell]] ({{pharmacist}}), [[name:Gethin]] ({{HCA}}),
        [[name:Mei Ling Chua]] ({{dietitian}})
        Apologies: [[name:Will Osei]] ({{Matron}})

        1. Near miss [[case_reference:W-58307]]: {{Phosphate Sandoz}} written up TDS instead of BD
           for [[name:L.M.]] on the {{drug chart}} after transcription from the {{TTO}}.
           [[name:Rose]] picked it up on {{clinical check}} before the first extra dose. No harm.
           Action: double-check transcriptions at admission - [[name:EH]].
        2. {{CQC}} visit likely next week; {{ligature}} audit to be finished - [[name:KO]].
        3. {{Ensure Plus}} vanilla out of stock again, {{Fortisip}} only till {{Friday}} -
           [[name:MLC]] to chase.
    """)),
    ("health", "success", prose("""
        Dear everyone at [[organisation:Ashby Lodge]], We wanted to write before [[name:Lottie]]'s
        discharge on [[date:5 April]] to say thank you. When she came to you from
        [[organisation:Wexley Royal Infirmary]] in {{November}} she was on {{NG}} feeds, couldn't
        sit at a table with us, and we honestly thought we'd lost her. Nurse [[name:Amaka]] was the
        first person who made us feel like parents rather than visitors. [[name:Bilal]] in the
        kitchen learned exactly how she likes her toast. Dr [[name:Sato]] explained
        {{refeeding}} to us three times without ever making us feel stupid. The
        {{family therapy}} sessions were hard, but they're why we can eat {{Sunday}} dinner
        together again. [[name:Lottie]] starts back at [[organisation:Harrowfield Grammar School]]
        on a {{phased return}} after {{Easter}}, with the {{CAMHS community team}} following her
        up. We won't forget any of you. With love and thanks, [[name:Joanne]] and [[name:Gary]]
        ([[name:Lottie]]'s mum and dad)
    """)),
    ("health", "incident", prose("""
        On [[date:28 March 2024]] at approximately 17:50, [[name:Saoirse Ní Bhriain]]
        ([[age:15]]), detained under {{Section 3}} of the {{Mental Health Act}}, declined her
        evening {{NG}} feed after a distressing phone call. In line with her {{care plan}} and the
        {{best interests}} decision recorded by her {{Responsible Clinician}}, the feed was given
        under {{seated restraint}} by four {{PMVA}}-trained staff. During the hold, {{HCA}}
        [[name:Dominik Nowak]] sustained a bite to the right forearm which broke the skin. He was
        relieved from the hold, the wound was cleaned and he attended {{Occupational Health}} the
        next morning ({{hepatitis B}} booster given). The feed was completed at 18:20.
        [[name:Saoirse]] was offered a {{debrief}} at 19:00 and the {{IMHA}} service was contacted
        on her behalf. Her mother was informed by phone at 19:30. Logged on {{Datix}} as
        [[case_reference:W-58342]]. Learning: phone calls immediately before feeds to be reviewed
        in her care plan.
    """)),
    ("health", "near_miss", prose("""
        nr miss 15:20 visiting - gran of [[name:amelie k]] brought in a "care parcel". {{bag search}}
        by [[name:jas]] found a strip of {{senna}} + {{bisacodyl}} hidden inside a box of
        {{Yorkshire Tea}} bags. gran (mrs [[name:kowalczyk]]) v apologetic, says [[name:amelie]]
        asked for "stomach tablets" on the phone. not given to pt. told {{NIC}} + {{on-call reg}}.
        [[name:amelie]] now on {{Level 2}} + phone calls supervised for 48h per {{care plan}}
        review. if search had been skipped (we were 2 down) she'd have had them - pls dont drop bag
        searches when short staffed!! also can visitors get the {{contraband}} leaflet at the door.
        ref [[case_reference:W-58360]]
    """)),
    ("health", "incident", block("""
        From: Dr [[name:Leila Farahani]] <[[email:leila.farahani1@nhs.net]]>
        To: [[email:paeds.carrick@wexleyroyal.nhs.uk]]
        Cc: [[name:Kemi Oladipo]]
        Date: [[date:09/04/2024]] 11:02
        Subject: Transfer of [[name:Zara Qureshi]] - concerns

        Hello,

        [[name:Zara]] (NHS [[nhs_number:612 384 9026]]) transferred to us from
        [[organisation:Carrick Ward]] at 21:30 yesterday with no {{discharge summary}}, no
        {{drug chart}} and no bloods since [[date:Friday 5th]]. Our {{night nurse}} could not reach
        your {{registrar}}. This morning her {{potassium}} was 2.9 and her {{ECG}} showed a
        {{QTc}} of 478 ms, so she has gone back to {{paediatrics}} at
        [[organisation:Wexley Royal Infirmary]] by {{ambulance}}.

        I've logged this as [[case_reference:W-58371]]. Could we agree a {{transfer checklist}}
        (bloods within 24h, summary, {{MEED}} risk rating) before the next one?

        Best wishes,
        [[name:Leila]]
        Dr [[name:Leila Farahani]], {{Specialty Doctor}}, [[organisation:Ashby Lodge]]
    """)),
    ("health", "success", block("""
        Teams - [[organisation:Ashby Lodge]] staff channel - [[date:Fri 12 April]]

        [[name:Bronwen Ellis-Hughes]] 15:47
        📣 shout out to [[name:Mark]] ({{OT}}) and [[name:Mei Ling]] ({{dietitian}}) -
        [[name:Priyanka]] cooked and ate her own {{snack}} in the {{therapy kitchen}} today, a
        {{fear food}} (cheese toastie!!) that's been top of her {{exposure hierarchy}} since
        admission. [[name:Mark]] spent three {{OT}} sessions building up to it with her.

        [[name:Mei Ling Chua]] 15:52
        all [[name:Priyanka]] tbh 💪 she chose it. linking it to her {{CBT-E}} goals

        [[name:Mark Obuya]] 15:55
        she's asked to do {{pizza}} next week 😂 will need {{1:1}} in the kitchen so pls
        don't pull me for {{escorts}} on Weds

        [[name:Bronwen Ellis-Hughes]] 15:58
        noted on the rota 👍
    """)),
    ("health", "near_miss", prose("""
        nm - 07:50 agency RN about to give [[name:hamza]]'s 08:00 {{bolus}}. got a {{pH}} of 5
        so she thought ok. [[name:gethin]] asked what the {{cm marking}} at the nostril was - 45cm.
        {{NEX}} at insertion was 55cm, documented on the {{NG chart}}. so tube had come up 10cm,
        tip prob in {{oesophagus}}. feed NOT given. {{on-call}} dr [[name:haas]] informed, tube
        removed + reinserted by [[name:tilly]] ({{band 6}}), pH 3 + length correct so no
        {{CXR}}. [[name:hamza]] v distressed, was pulling at it in the night which explains it.
        need the external length check on the bedside prompt card, agency staff arent told abt
        it at {{induction}}. ref [[case_reference:W-58388]]
    """)),
    ("health", "incident", block("""
        [[organisation:ASHBY LODGE]] - INCIDENT FORM (event off site)
        Name: [[name:Olamide Bello]]   DOB: [[date_of_birth:07/02/2008]]
        NHS: [[nhs_number:730 156 4821]]
        Address: [[address:31 Kestrel Way, Harrowby, Wexley]]   Postcode: [[postcode:WX4 9HB]]
        GP: [[organisation:Orchard Lane Surgery]]
        Event: collapse during {{overnight leave}}, [[date:Sat 6 April]]
        Reported by: [[name:Ciara Byrne]] ({{Charge Nurse}}) on behalf of family

        Details: [[name:Olamide]]'s mum ([[name:Funmi]], [[phone:07700 900284]]) rang {{Sunday}}
        09:40. [[name:Olamide]] fainted in the shower on {{Saturday}} night and hit her head on the
        sink. Taken to {{A&E}} at [[organisation:Wexley Royal Infirmary]]; {{CT head}} normal,
        home at 03:00. Returned to the unit Sunday 16:00, weight down 1.2 kg on Monday.

        Contributory: {{leave plan}} covered Saturday meals only; no plan for missed {{snacks}};
        family not given {{postural}} dizziness advice; {{lying/standing BP}} not done before leave.
    """)),
    ("health", "success", prose("""
        Learning report - supported return to school. [[name:Ksenia Morozova]] ([[age:16]]) was
        admitted to [[organisation:Ashby Lodge]] in {{September}} with {{anorexia nervosa}} and
        missed most of {{Year 11}}. Over six weeks the {{hospital school}} and her home school,
        [[organisation:Harrowfield Grammar School]], ran a {{phased return}}: first one lesson a
        week with a member of unit staff waiting in the car park, then half days. The
        {{Head of Year}}, Mrs [[name:Okeke]], arranged a quiet space for lunch, a named adult
        (Mr [[name:Dale]]) and {{reasonable adjustments}} for {{GCSE}} {{mock exams}}.
        [[name:Ksenia]] sat three mocks and kept her weight stable throughout. The key learning
        was the three-way meeting on [[date:14 February]] with [[name:Ksenia]], her parents and
        both schools, where she set the pace herself. She was discharged on [[date:19 April]] and
        the {{community eating disorder service}} will continue her care.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        Occurrence report [[case_reference:HVB-OCC-0412]]. On the evening of
        [[date:Saturday 18 May 2024]], {{Cameron Z-375}} [[aircraft_registration:G-HVBL]], flown by
        [[name:Gareth Pryce-Williams]] ({{commercial pilot}}) with 14 passengers, launched from
        [[address:Kettleby Showground]] at 19:05. The {{forecast}} surface wind was 6-8 kt; at the
        landing site near [[address:Lower Hollins Farm, Sedgecombe]] it had increased to about
        14 kt. The pilot briefed the {{landing position}} twice and pulled the
        {{parachute valve}} at the hedge line. The {{basket}} tipped on touchdown and dragged
        approximately 40 m. A passenger, Mrs [[name:Dorota Kaczmarek]] ([[age:67]]), had turned
        to look behind her and twisted her left ankle. The {{chase crew}} gave first aid and her
        son drove her to [[organisation:Harnley District Hospital]], where a {{fracture}} was
        confirmed. The occurrence has been reported to the {{CAA}} as an {{MOR}}. Learning:
        re-brief the landing position in the last two minutes, not only at launch, and use the
        {{ground speed}} trend on the {{GPS}} rather than the {{TAF}}.
    """)),
    ("aviation", "near_miss", block("""
        RT transcript (pilot's {{GoPro}} audio) - [[aircraft_registration:G-CKRW]] - [[date:02/06/24]]

        06:41 [[aircraft_registration:G-CKRW]]: [[organisation:Cressley Radar]], good morning,
              [[aircraft_registration:Golf Charlie Kilo Romeo Whiskey]], {{hot air balloon}},
              3 miles south of [[address:Thornwick]], 1500 feet {{QNH}} 1016, drifting north-east
              12 knots, request {{Basic Service}}.
        06:42 RADAR: [[aircraft_registration:Golf Romeo Whiskey]], Basic Service, QNH 1016. You are
              2 miles from the {{CTR}} boundary, remain outside controlled airspace.
        06:44 RADAR: [[aircraft_registration:Golf Romeo Whiskey]], traffic is
              [[flight_number:Skybridge 417]], an {{A320}} on 6 mile final, 2000 feet.
        06:45 [[aircraft_registration:G-CKRW]]: Traffic in sight,
              [[aircraft_registration:Golf Romeo Whiskey]] descending to land before the zone.

        Pilot note ([[name:Sunil Varghese]]): wind at 2000 ft was 20 kt, not the 12 forecast.
        I launched late after a delayed {{pibal}} and left too little margin to the zone.
        Landed 06:52 with 0.8 nm to spare. Learning: plan the landing box before launch.
    """)),
    ("aviation", "success", block("""
        SHOUT OUT 📣 from the office

        Huge thanks to chase crew [[name:Dev]] and [[name:Amber]] for Sunday's retrieval of
        [[aircraft_registration:G-OVLY]] from the tiny field off [[address:Stoney Lane, Ellerby Cross]].
        The gate was padlocked, so [[name:Amber]] walked half a mile to find the landowner,
        Mr [[name:Atkinson]], who came down with the key AND his tractor. [[name:Dev]] reversed the
        {{trailer}} down a lane barely wider than the {{Land Rover}}, they packed the {{envelope}}
        and {{basket}} without touching his {{winter barley}}, and left it all as per the
        {{Countryside Code}}. Mr [[name:Atkinson]] rang on {{Monday}} to say they were "the best
        behaved balloonists he's ever had" - he's now a green on our {{landowner map}}.
        {{PIC}} [[name:Jonty]] says the passengers loved it too. Cake in the office 🎂
        - [[name:Rachel]] ({{Ops}})
    """)),
    ("aviation", "incident", block("""
        From: [[name:Hywel Rees]] <[[email:hywel@cwmderwenfarm.co.uk]]>
        To: [[email:bookings@harnleyvaleballoons.co.uk]]
        Date: [[date:Mon 27 May 2024]] 07:58
        Subject: Your balloon over my horses AGAIN

        Whoever reads this,
        Last night one of your balloons ([[aircraft_registration:G-BZTN]], I got the letters off
        the side) came over [[address:Cwm Derwen Farm, Llanfryn]] at what looked like 200 foot
        with the {{burner}} roaring. My daughter's mare went through the fence and needs
        stitches, vet's bill to follow. Second time this year and I told your pilot last time we
        are a {{sensitive area}}. Ring me on [[phone:01632 960417]].
        [[name:H. Rees]]

        --- Ops note ([[name:Rachel Oyelowo-Barnes]], [[date:27/05]]): pilot [[name:Jonty Hale]]
        confirms a burn at ~300 ft over the farm. The farm IS on our {{sensitive area map}} but
        the {{tablet}} in the chase vehicle had last year's version. Apology call made, vet bill
        accepted. Reported to {{BBAC}} landowner relations. Ref [[case_reference:HVB-OCC-0419]].
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp - [[organisation:HVB]] Chase 🎈 - [[date:25/05/2024]]
        19:52 - [[name:Gaz]]: heading NNE ~8kts, looking at landing past [[address:Ellerby Cross]],
        fields by the {{church}}
        19:53 - [[name:Nell Ashworth]]: ok on our way in [[vehicle_registration:YR17 KPD]]
        19:58 - [[name:Nell Ashworth]]: [[name:GAZ]] there are {{11kV}} lines along the lane behind
        the church, wooden poles, v hard to see w the sun
        19:58 - [[name:Nell Ashworth]]: ⚠️⚠️ LINES
        19:59 - [[name:Callum Reid]]: called him on the {{VHF}}, he's climbing
        20:01 - [[name:Gaz]]: thanks both. didnt see them at all into sun. landing next field east
        20:09 - [[name:Gaz]]: down. all ok. {{pax}} happy
        20:15 - [[name:Nell Ashworth]]: can we get those lines on the {{hazard map}}? not on the
        {{OS}} layer
        20:30 - [[name:Rachel O]]: added. pls fill in a near miss form [[name:Gaz]] 👍
    """)),
    ("aviation", "incident", block("""
        VEHICLE INCIDENT REPORT - [[organisation:Harnley Vale Balloons Ltd]]
        Date: [[date:01/06/2024]]   Time: {{20:40}}
        Location: field entrance, [[address:Marsh Lane, Sedgecombe]]
        Vehicle: {{Land Rover Defender 110}} [[vehicle_registration:FX68 WNU]] + {{balloon trailer}}
        Driver: [[name:Callum Reid]]   Banksman: none
        Third party: [[name:Priti Sharma]] (passenger's daughter), {{Toyota Yaris}}
        [[vehicle_registration:LB21 ZTA]], tel [[phone:07700 900736]]

        What happened: reversing the trailer out of the landing field I hit the front wing of
        Ms [[name:Sharma]]'s car. She had followed the {{chase vehicle}} to the field to collect
        her parents after the flight. No one hurt. Dent and cracked headlight.

        Why: no {{banksman}} (second crew member was packing the {{envelope}}); low light;
        passenger cars are not meant to come to the field but nobody told her at the
        {{landing}}.

        Insurer: [[organisation:Ridgeway Mutual]], claim [[case_reference:RM-CL-2291847]].
    """)),
    ("aviation", "success", prose("""
        Weather call, [[date:Sun 9 June]] morning flights. At 04:30 the {{TAF}} for
        [[organisation:Cressley Airport]] showed {{PROB30}} {{TEMPO}} {{TSRA}} from 07:00 while the
        {{METAR}} was benign. Pilot [[name:Sunil Varghese]] released a {{pibal}} at
        [[address:Kettleby Showground]] at 04:55 which showed the wind backing and increasing above
        1000 ft, and the {{rainfall radar}} had a line of {{CB}} 40 miles south-west. He cancelled
        both balloons ([[aircraft_registration:G-HVBL]] and [[aircraft_registration:G-OVLY]]) at
        05:10 with 31 passengers already on site, some of them unhappy. At 06:45 a {{gust front}}
        came through at 28 kt. Another operator's balloon was reported by
        [[organisation:Cressley Radar]] making a fast landing near [[address:Thornwick]]. All our
        passengers were rebooked by [[name:Rachel]] by lunchtime. Learning: cancelling under
        pressure is still the right call when the picture is changing, and the pibal was decisive.
    """)),
    ("aviation", "near_miss", block("""
        Flight log extract - [[aircraft_registration:G-HVBL]] - [[date:14/06/24]] - PIC [[name:S. Varghese]]

        Cyl | Type        | Pre-flight | 40 min | Landing | Filled by
        M1  | {{master}}  | 100%       | 60%    | 35%     | [[name:TD]]
        M2  | {{master}}  | 100%       | 100%   | 55%     | [[name:TD]]
        M3  | {{slave}}   | 100%?      | 15%    | 10%     | [[name:TD]]
        M4  | {{slave}}   | 100%       | 100%   | 70%     | [[name:cal]]

        M3 read 100% on the {{float gauge}} at pre-flight but was nearly empty on first use at
        40 min - gauge stuck. I cut the flight short and landed at 55 min with reserves above
        the {{minimum fuel}} in the {{Ops Manual}}. If two cylinders had been affected I'd have
        been landing with about 10 min of {{propane}} over a built-up area. Recommend weighing
        cylinders after filling, not trusting gauges. Cylinder quarantined and reported to the
        supplier, [[organisation:Northgas Supplies]].
    """)),
    ("aviation", "incident", block("""
        Chronology - passenger medical - [[date:Fri 21/06/24]] - booking [[case_reference:HVB-B-77310]]
        Balloon [[aircraft_registration:G-CKRW]], PIC [[name:Ifeoma Chukwu]]

        18:10  Launch from [[address:Kettleby Showground]], 12 pax.
        19:20  Smooth landing, field near [[address:Thornwick]]. Basket upright.
        19:31  Mr [[name:Patrick Brennan]] ([[age:78]]) went pale and collapsed while climbing
               out of the {{basket}}. Crew put him in the {{recovery position}}.
        19:33  {{999}} called by [[name:Callum]]. Responsive again at 19:35.
        19:58  {{paramedics}} on scene, {{ECG}} normal, likely {{vasovagal}}.
        20:30  Taken to [[organisation:Harnley District Hospital]] by {{ambulance}} as a
               precaution, daughter ([[name:Siobhan]]) with him.

        Notes: his {{medical declaration}} said "no conditions"; daughter says he skipped his
        tablets and lunch. The {{AED}} in the chase vehicle was not needed. Follow-up call
        [[date:22/06]]: discharged home.
    """)),
    ("aviation", "success", block("""
        [[organisation:Harnley Vale Balloons]] - Safety Review Meeting
        [[date:20 June 2024]], 10:00, office
        Attendees: [[name:Rachel Oyelowo-Barnes]] ({{Head of Flight Operations}}, chair),
        [[name:Jonty Hale]] ({{Chief Pilot}}), [[name:Sunil Varghese]] ({{pilot}}),
        [[name:Nell Ashworth]] ({{Crew Chief}}), [[name:Ifeoma Chukwu]] ({{pilot}})
        Apologies: [[name:Bill Nakamura]] ({{Accountable Manager}}), [[name:Callum Reid]]

        1. Good catch awards: [[name:Nell]] (power lines, [[date:25/05]]) and [[name:Sunil]]
           (weather call, [[date:09/06]]).
        2. Learning from both: crew now send a photo of any landing hazard to the pilot's
           phone; pilots re-check the {{pibal}} within 30 min of launch.
        3. {{SMS}} risk register - {{wires}} risk now {{Amber}} (was {{Green}}).
        4. {{CAA}} {{oversight}} visit confirmed for {{July}}.
        Actions: [[name:RO-B]] to update {{Ops Manual}} Part B; [[name:NA]] crew briefing cards.
    """)),
    ("aviation", "near_miss", prose("""
        refuel at the yard 16:10 - some bloke (pax on the 17:30 i think, husband of a booking)
        wandered thru the gate into the {{refuelling area}} VAPING while [[name:tom]] had the
        {{propane}} hose on. [[name:becks]] shouted + he went back out. no leak, {{fire extinguisher}}
        was to hand. sign says {{No Smoking}} but nothing abt vapes, + the gate was left open after
        the {{Sprinter}} delivery. yard at [[address:unit 7 Sandpit Lane, Harnley]] needs the gate
        kept shut during fills + a proper {{exclusion zone}} sign. also pax shouldnt be coming to
        the yard at all, the {{booking confirmation}} email gives the yard postcode
        [[postcode:HV3 6PW]] not the {{launch site}}. - [[name:jonty]]
    """)),
    ("aviation", "incident", block("""
        BOOKING RECORD - [[case_reference:HVB-B-80152]]
        Lead passenger: [[name:Marguerite Delacroix-Hunt]]   DOB: [[date_of_birth:30/08/1951]]
        Address: [[address:The Old Forge, Church Lane, Ellerby Cross]]   [[postcode:HV7 2DJ]]
        Tel: [[phone:07700 900549]]   Email: [[email:mdh51@webmail.co.uk]]
        Flight: [[date:Sat 29 June 2024]] (am)   Balloon: [[aircraft_registration:G-BZTN]]
        Medical declaration: "none"   Weight band: B

        Incident note (pilot, [[name:Jonty Hale]]):
        On approach Mrs [[name:Delacroix-Hunt]] could not adopt the {{landing position}} and told
        crew she'd had a {{hip replacement}} in {{March}}, which was not declared. The landing was
        gentle but she jarred her back. Crew helped her out with the {{step}}; she declined an
        {{ambulance}} and her husband drove her to {{A&E}}. The {{T&Cs}} record shows the medical
        questions were answered online by her granddaughter.
        Action: phone check the day before for passengers over 70.
    """)),
    ("aviation", "success", block("""
        From: [[name:Cian Mulrooney]] <[[email:cian.mulrooney@postbox.ie]]>
        To: [[email:hello@harnleyvaleballoons.co.uk]]
        Subject: She said YES!!!

        Hi all,

        Just a note to say thank you to [[name:Jonty]] and the crew for Saturday evening
        ([[date:22 June]]). We'd flown in on [[flight_number:SBX208]] the night before so I was a
        bag of nerves. [[name:Jonty]] picked a sheltered field by the river so I could get down
        on one knee in the {{basket}} before the {{champagne}} came out, and [[name:Amara]] said yes!
        [[name:Nell]] on the {{chase crew}} filmed it all on my phone. The
        {{flight certificate}} is already framed.

        Voucher ref was [[case_reference:HV-GV-33817]] if you need it for your records.

        Thanks again,
        [[name:Cian]] (and [[name:Amara]] - the future Mrs [[name:Mulrooney]]!)
    """)),
    ("aviation", "near_miss", block("""
        Pilot's account - [[aircraft_registration:G-OVLY]] - [[date:Sat 6 July]] am

        06:12  Launch, 9 {{pax}}. Surface wind calm, 8 kt at 1000 ft.
        07:05  Decided to land. Chose a field west of [[address:Sedgecombe]] behind a
               {{tree line}}.
        07:18  Approach at ~10 kt. At 150 ft hit {{sink}} and {{rotor}} off the trees -
               {{rate of descent}} jumped to 700 ft/min.
        07:18  Both {{burners}} full, pax told "landing positions NOW".
        07:19  Descent arrested at ~30 ft, cleared the next hedge, landed firmly but upright
               200 m on.
        07:25  {{Smart Vent}} deflation normal, no injuries.

        Assessment: I underestimated the {{lee}} effect of the trees in a building breeze.
        With a single burner we'd have gone into the hedge.
        [[name:Jonty Hale]], {{Chief Pilot}}
    """)),
    ("aviation", "incident", block("""
        #ops-incidents - [[date:29/06]]

        [[name:rachel.ob]] 14:02
        tether at the [[organisation:Ellerby Cross Primary School]] summer fair - what happened??

        [[name:nell.a]] 14:10
        gust caught us ~13:40 on the 4th lift. {{downwind}} {{tether stake}} pulled out of soft
        ground and the {{basket}} skidded ~3m before [[name:callum]] and I got hold of the
        {{handling line}}. kids were behind the barrier thank god. {{anemometer}} had been
        reading 6-8kt. [[name:callum]] has rope burns on both hands, sent him to the
        {{walk-in centre}}

        [[name:nell.a]] 14:12
        for the form: [[name:Callum Reid]], NI [[ni_number:JT 48 27 19 C]]

        [[name:rachel.ob]] 14:15
        pls delete that, NI no. goes on the paper {{accident book}} not slack 🙈 will check
        {{RIDDOR}}. [[name:jonty.h]] can you pull the {{tether}} SOP for review

        [[name:jonty.h]] 14:20
        yep. we were on 60cm stakes, should have used the {{ground screws}} on a wet field
    """)),
    ("aviation", "success", block("""
        LINE CHECK DEBRIEF - first commercial flight as {{PIC}}
        Pilot: [[name:Ifeoma Chukwu]]   Check pilot: Capt [[name:Lars Henriksen]]
        Date: [[date:13 July 2024]], pm   Balloon: [[aircraft_registration:G-BZTN]]
        ({{Cameron Z-275}}), 8 pax
        Launch [[address:Kettleby Showground]] 18:40, landed 19:52 near [[address:Thornwick]]

        Strengths: thorough {{passenger briefing}} incl. {{landing position}} demo; good
        {{fuel management}}; calm {{RT}} with [[organisation:Cressley Radar]]; rang the landowner
        (Mrs [[name:Okafor]]) from the air and chose a field with a clear {{approach}} and no
        livestock.
        Points: start the approach a little earlier; brief the {{chase crew}} on the gate before
        landing, not after.
        Result: PASS.

        Signed [[name:L. Henriksen]] / [[name:I. Chukwu]]

        Chase crew comment ([[name:Dev]]): smoothest landing of the season, pax clapped 👏
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind234", REPORTS))
