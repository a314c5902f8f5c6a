"""Held-out blind corpus 205: UK incident, near-miss and learning reports.

Written blind (only markup.py was read) to measure how well the anonymiser finds personal
identifiers. Settings, all invented:

* social_care - a local authority domestic abuse service and its MARAC (IDVAs, outreach,
  coordinator, police and housing partners) and the social care side of a community
  learning disability team (CLDT).
* health - the health side of community learning disability teams (LD nurses, SALT,
  psychiatry, LD liaison in hospital, annual health checks) and health-based IDVAs in ED
  and maternity.
* aviation - a general aviation aerodrome with an air/ground (A/G) radio service and a
  fuel bowser run by staff and flying-group volunteers.

Styles, deliberately mixed: meeting minutes with attendance and apologies lists, forms with
Name/DOB/Ref fields, rushed lower-case notes with typos, formal narratives, chronologies
with times, e-mails with headers and signatures, Teams/WhatsApp/Slack exports, handover
notes, pipe-separated tables, debriefs, shout-outs, A/G RT transcripts and tech log entries.
Names come from many languages and appear as full names, first names, surnames, nicknames,
initials, lower-case, possessives and everyday words (Hope, Joy, Will, Faith, Grace, Pat).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind205.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", block("""
        EASTBROOK MARAC - MINUTES (extract shared for learning)
        Date: [[date:07/03/2024]]   Venue: {{Teams}}
        Chair: DI [[name:Hollis]]
        Present: [[name:Rachel Okonjo-Pryce]] ({{MARAC coordinator}}), [[name:Farhana Miah]] ({{IDVA}}, [[organisation:Safer Homes Eastbrook]]), DS [[name:Tomasz Kowalczyk]], [[name:Gwen Pritchard]] ({{housing officer}}), [[name:Nnamdi Eze]] ({{health visitor}}), [[name:Ines Carvalho]] ({{children's social care}})
        Apologies: [[name:Lorraine Beech]] ({{CAMHS}}), [[name:Sunny Dhaliwal]] ({{probation}})

        Item 6 - information sharing incident
        [[name:Rachel]] reported that the research form for [[case_reference:MAR/24/0317]] (victim [[name:K.B.]], three children) was e-mailed on [[date:5 March]] to the {{generic inbox}} at [[organisation:Brookside Primary]] rather than the named {{DSL}}. The school office opened it. Deleted same day and confirmed in writing by the head. [[name:K.B.]] has been told by [[name:Farhana]] and is not worried about the school but is upset.
        Action: coordinator to use the secure distribution list only; {{DSL}} details re-checked before every meeting. Owner [[name:ROP]], due [[date:21/03/24]].
    """)),
    ("social_care", "near_miss", prose("""
        nearly left a vm for [[name:shaz]] w the new {{refuge}} details in it. rang the no on the
        {{referral}} [[phone:07700 900461]] and a man answered, prob the {{perp}}, said wrong number
        + hung up. her actual no is [[phone:07700 900388]] which was in the notes but not on the
        front sheet. [[name:deb]] on {{duty}} says front sheet was copied off the old {{police}}
        {{PPN}} from [[date:jan 23]]. nothing given out. updated front sheet + flagged on {{case
        notes}} DO NOT LEAVE MSGS. think we shd check numbers with the {{victim}} at every contact
        not trust the form. spoke to [[name:shazia]] today she was ok, said he took her old phone
        off her in the summer - [[name:KO]] {{IDVA}}
    """)),
    ("social_care", "success", prose("""
        Shout out to [[name:Bex]] and [[name:Jonno]] from the {{out of hours}} team who sat with a
        {{high risk}} victim and her two little ones in the {{police station}} foyer until 2am on
        [[date:Sat 16th March]] waiting for a {{refuge}} space. [[name:Jonno]] rang eleven refuges, [[name:Bex]]
        kept the kids going with a pack of {{Uno}} and a bag of crisps from the machine. Space found at
        [[organisation:Hestia House]] in the next county and the family were safe by breakfast. Also
        thanks to [[name:Grace]] in the {{council}} {{homeless team}} who authorised the taxi at
        midnight without a fight. This is what good looks like. - [[name:Fi]], {{team manager}},
        [[organisation:Eastbrook DA Service]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - {{DA Outreach}}
        Ref: [[case_reference:IR-2024-0088]]
        Reported by: [[name:Agnieszka Wróblewska]], {{Outreach Worker}}
        Date of incident: [[date:12.02.2024]]
        Service user: [[name:Hodan Warsame]]    DOB: [[date_of_birth:03/11/1989]]
        Address: [[address:Flat 4, 22 Tannery Lane, Eastbrook]] [[postcode:LS12 4QT]]
        NI no: [[ni_number:JM 45 67 89 C]]

        What happened: I printed a supporting letter for [[name:Hodan]]'s {{UC}} claim with her new address on it. She took it with her when she went back to the old address to collect belongings with a {{police}} escort. Her ex-partner picked the letter up off the kitchen side. He now knows the new area.
        Immediate action: {{emergency move}} requested, re-referred to {{MARAC}}, police informed (log [[case_reference:WY-1402-0613]]).
        Learning: letters for {{DWP}} do not need a home address - use the service address. Do not give clients paperwork with addresses on before a visit to the old home.
        Severity: {{moderate}}
    """)),
    ("social_care", "near_miss", block("""
        Exported from {{Teams}} - {{duty}} channel
        [10:02] [[name:Precious Ncube]]: quick one - [[name:Ionela Popescu]]'s kids, which {{school}}? doing the {{Operation Encompass}} notification
        [10:04] [[name:Dan H]]: [[organisation:St Wilfrid's RC Primary]] I think
        [10:04] [[name:Dan H]]: actually hang on
        [10:06] [[name:Dan H]]: there are two [[name:Popescu]] families on the list. ours are at [[organisation:Holmfield Academy]], the [[organisation:St Wilfrid's]] ones are a different case
        [10:07] [[name:Precious Ncube]]: omg I had the {{email}} to St W ready to go. sending to the {{DSL}} at [[organisation:Holmfield]] instead
        [10:08] [[name:Dan H]]: can we put {{DOB}} on the list not just {{surname}}? ours are [[name:Mihai]] ([[date_of_birth:14/06/2016]]) and [[name:Sofia]] ([[date_of_birth:02/09/2018]])
        [10:09] [[name:Precious Ncube]]: yes will raise at {{team meeting}}. nothing sent 👍
    """)),
    ("social_care", "incident", block("""
        Chronology - [[date:Tues 19/03]]
        09:40 [[name:Yousef Al-Hashimi]] ({{IDVA}}) in {{interview room}} 2 with client [[name:L.T.]]
        09:52 {{reception}} ([[name:Carol]]) phones through - man at the desk asking for "[[name:Lisa]]", says he is her brother
        09:53 {{lobby}} door was on the latch as the {{maglock}} had been broken since [[date:12 March]] ({{facilities}} ticket [[case_reference:FAC-55190]])
        09:55 [[name:Yousef]] sees him on {{CCTV}}, recognises the {{perpetrator}} from the photo on file, moves [[name:L.T.]] to the back office
        09:58 {{999}} called
        10:09 police attend, male already left on foot then drove off in [[vehicle_registration:YD67 XKM]] (seen by [[name:Carol]])
        11:30 [[name:Lisa]] taken to a safe place by [[name:Yousef]] and [[name:Marta]]
        Learning: door fault not escalated for a week; reception had no alert list or photos; nobody knew how he found out about the appointment - {{appointment text}} went to a phone he may have access to.
    """)),
    ("social_care", "success", prose("""
        Good practice summary. [[name:Daniel Mwangi]] ([[age:34]]) has a {{moderate learning
        disability}} and lives alone at [[address:11 Orchard Rise, Kirkby Moor]]. Earlier this year his
        {{landlord}} served a {{Section 21}} notice after neighbours complained about noise late at
        night. {{Community nurse}} [[name:Faith Adjei]] and {{social worker}} [[name:Owain Rees]] from
        the [[organisation:Kirkby Moor CLDT]] did joint visits, used {{easy read}} letters and found the
        noise was [[name:Daniel]] gaming with friends online because he could not sleep. A {{sleep
        hygiene}} plan, headphones and a meeting with the landlord followed. No {{best interests}}
        decision was needed as he had {{capacity}} for this. The notice was withdrawn on [[date:28
        February 2024]]. [[name:Daniel]] said "[[name:Faith]] and [[name:Owain]] listened to me and didn't
        talk over me." Learning: early joint visits and {{reasonable adjustments}} to letters kept a
        tenancy that was close to lost.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - {{duty}} desk CLDT - Fri pm
        from [[name:Sushila]] to [[name:Ade]]

        - [[name:P. Kerrigan]] - {{Care Act}} review booked Mon 10am, sister attending
        - NEAR MISS: nearly uploaded the {{capacity assessment}} for [[name:Bethan Lloyd]] onto [[name:Bethany Lloyd-Evans]]'s record (both on the [[organisation:Willowbank Day Centre]] list). Only spotted because the {{DOB}} didn't match ([[date_of_birth:09/01/1997]] vs [[date_of_birth:19/10/1979]]). Record nos [[case_reference:LAS-448120]] and [[case_reference:LAS-481120]] - nearly the same too!! pls can we get an {{alert}} on both files
        - [[name:Jo B]] rang re {{direct payments}} + {{DWP}} appointee form (NI [[ni_number:SH 20 91 44 A]]), call back on [[phone:01632 960183]]
        - {{out of hours}} aware of [[name:Sunita]], {{respite}} bed at [[organisation:The Larches]] confirmed
    """)),
    ("social_care", "incident", block("""
        From: [[name:Imran Qureshi]] <[[email:imran.qureshi@eastbrook.gov.uk]]>
        To: [[email:da.managers@eastbrook.gov.uk]]
        Cc: [[name:Siobhán Ní Bhriain]]
        Subject: Incident - appt letter to shared address ([[case_reference:DA-30951]])
        Date: [[date:Mon 22 Apr 2024]] 16:12

        Hi all,
        Flagging for the {{incident log}}. The {{appointment letter}} for our client ([[case_reference:DA-30951]]) was posted by the {{admin hub}} to [[address:37 Mercer Street, Eastbrook]] [[postcode:BD7 3HN]], the address she still shares with the {{alleged perpetrator}}, rather than the {{safe contact}} address on the {{risk}} tab. She rang [[name:Siobhán]] in tears; he had opened it. She is {{high risk}} on the {{DASH}} (17 ticks). Police aware and a {{welfare check}} done tonight.
        The letter template pulls the main address automatically. I've asked {{IT}} whether the safe contact field can override it.

        Kind regards
        [[name:Imran]]

        [[name:Imran Qureshi]]
        {{Senior Practitioner}}, [[organisation:Eastbrook Domestic Abuse Service]]
        [[phone:01632 960 447]] | mob [[phone:07700 900872]]
    """)),
    ("social_care", "success", block("""
        [[organisation:Riverside CLDT]] - Team Meeting Minutes
        [[date:Wednesday 10th April 2024]], {{Room 3}} / {{Teams}}
        Attendees: [[name:Joy Ebere]] (chair, {{team manager}}), [[name:Marek Nowicki]] ({{SW}}), [[name:Hope Adair]] ({{OT}}), [[name:Xiaoling Chen]] ({{LD nurse}}), [[name:Rūta Kazlauskienė]] ({{SALT}}), [[name:Kwabena Asante]] ({{support worker}})
        Apologies: [[name:Will Thackeray]], [[name:Eilidh MacLeod]] (A/L)
        Minutes: [[name:KA]]

        3. Learning - positive
        [[name:Xiaoling]] and [[name:Rūta]] presented the work with [[name:T.M.]] ([[age:19]], autistic, non-verbal) moving from [[organisation:Oakhurst College]] into adult services. Used {{PECS}} and {{Talking Mats}} over six sessions so he could choose his own {{PA}} and day activities. First {{transition}} this year with no crisis placement.
        Agreed: share the template across the team. Action [[name:Marek]] by [[date:24/04]].
    """)),
    ("social_care", "near_miss", block("""
        [[date:02/05/2024]], 17:41 - [[name:Gaz]]: whos got the {{pool car}} keys
        [[date:02/05/2024]], 17:43 - [[name:Nkechi O]]: me, parked on {{level 2}}
        [[date:02/05/2024]], 17:44 - [[name:Gaz]]: left my {{work phone}} in the glovebox 🙈 all the {{MARAC}} texts are on it
        [[date:02/05/2024]], 17:52 - [[name:Lucía]]: the silver one [[vehicle_registration:KN21 WFE]]? it was unlocked when i walked past at 5
        [[date:02/05/2024]], 17:53 - [[name:Gaz]]: ffs. going back now
        [[date:02/05/2024]], 18:10 - [[name:Gaz]]: got it, still there, {{PIN}} locked. car didnt lock cos the {{fob}} battery is dead
        [[date:02/05/2024]], 18:11 - [[name:Nkechi O]]: put it on the system pls + tell [[name:Dionne]] in {{fleet}}
        [[date:02/05/2024]], 18:12 - [[name:Lucía]]: and maybe dont keep client texts on phones lol we're meant to use {{Egress}}
    """)),
    ("social_care", "incident", block("""
        {{DASH}} re-scoring audit - {{Q4}} - new incidents without a re-assessment
        Case | Worker | Client | New incident | Re-scored? | Comment
        [[case_reference:DA-29877]] | [[name:FM]] | [[name:N.B.]] | [[date:03/01]] | N | {{PPN}} not seen for 9 days
        [[case_reference:DA-30012]] | [[name:AW]] | [[name:Elif Yıldız]] | [[date:11/01]] | Y | done same day
        [[case_reference:DA-30140]] | [[name:YAH]] | [[name:Chiamaka]] | [[date:29/01]] | N | worker on {{leave}}, no {{cover}}
        [[case_reference:DA-30203]] | [[name:FM]] | [[name:R.S.]] | [[date:06/02]] | N | {{police}} call-out logged as "verbal only"

        Outcome: 3 of 4 not re-scored. In [[case_reference:DA-29877]] the {{victim}} was assaulted again on [[date:14 January]] before anyone had looked at the new incident, and the case went to {{MARAC}} three weeks late. Recommend a {{duty}} check of all new PPNs daily and cover for {{caseloads}} during leave.
    """)),
    ("social_care", "success", prose("""
        Debrief - {{MARAC}} case [[case_reference:MAR/24/0402]] - what went well. {{IDVA}} [[name:Semhar
        Tesfay]] had done a {{safety plan}} with client [[name:Nasrin]] that included a code word to
        text to her next-door neighbour [[name:Bernie]]. On [[date:3 May]] he turned up drunk at 23:40
        and started kicking the back door. [[name:Nasrin]] texted the word, [[name:Bernie]] rang {{999}}
        and officers were there in seven minutes because the address had a {{domestic abuse
        marker}} added as a MARAC action by {{Sgt}} [[name:Rahman]] the week before. A {{Clare's
        Law}} disclosure had also been made so [[name:Nasrin]] knew his history. He was arrested and a
        {{non-molestation order}} followed. [[name:Semhar]]'s plan was simple and practised; the
        {{police}} marker made the difference.
    """)),
    ("social_care", "near_miss", block("""
        SAFEGUARDING CONCERN - {{Adults}}
        Ref: [[case_reference:SG/2024/1187]]
        Name of adult: [[name:Kofi Mensah-Baah]]
        DOB: [[date_of_birth:22-08-1971]]    Age: [[age:52]]
        Address: [[address:Rose Cottage, Back Lane, Hilsby]] [[postcode:HU5 2AB]]
        NHS no: [[nhs_number:454 511 1947]]
        GP: [[organisation:Hilsby Medical Practice]]
        Concern raised by: [[name:Maricel Dela Cruz]], {{support worker}}, [[organisation:Brightways Supported Living]]

        Details: [[name:Kofi]] told me his "friend" [[name:Dale]] takes him to the {{cash machine}} every {{pay day}} and he comes back with nothing. This nearly did not get reported - the {{team leader}} said it was his choice who he spends money with. [[name:Kofi]] was not sure of the amount. Possible {{mate crime}} / {{financial abuse}}; {{capacity}} around money not assessed. Raised with the CLDT {{duty}} worker on [[date:9th May]].
    """)),
    ("social_care", "incident", prose("""
        left my paper diary on the bus (the 36 from town) fri aftrnoon, had client initals in it and
        some adresses incl [[address:12 Farrier Walk]] and the {{refuge}} postcode [[postcode:WF10
        4LY]] on the back page. realised at home. told [[name:jen]] and [[name:mo]] straight away, rang
        the bus co lost property ref [[case_reference:LP884213]] nothing handed in yet. {{IG}} team say
        its a {{data breach}} and the {{DPO}} will decide re {{ICO}}. [[name:hannah]] from {{Refuge}}
        (the charity) says theyll risk assess the house. i know we shoudl use the {{Outlook}} calendar
        not paper, i just find it easier in {{court}}. very sorry. - [[name:T. Adeyemi]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Zsófia Nagy]]
        To: {{CLDT}} all staff
        Subject: THANK YOU 💐
        Sent: [[date:Friday, 17 May 2024]] 15:03

        Just wanted to say a massive thanks to [[name:Rhodri]], [[name:Mags]] and [[name:Delroy Campbell]] for getting [[name:Olamide]] to his {{mum}}'s {{funeral}} on Tuesday. Two {{social stories}}, a practice drive to [[organisation:St Jude's Church]], a {{quiet room}} booked with {{the vicar}}, and [[name:Delroy]] sitting next to him the whole service. [[name:Olamide]]'s {{aunt}} said it was the first family event he's stayed for in years. That's the {{reasonable adjustments}} stuff we talk about in {{supervision}} actually done properly.

        [[name:Zsófia]]
        {{Team Manager}}
        [[organisation:Northgate Community Learning Disability Team]]
        [[phone:0113 496 0721]]
    """)),
    ("social_care", "near_miss", prose("""
        At an initial {{home visit}} on [[date:8 April 2024]] to a {{Kurdish Sorani}}-speaking client,
        [[name:Shilan]], the booked {{telephone interpreter}} (booking [[case_reference:INT-775032]])
        introduced himself as "[[name:Hiwa]]". Part way through the {{risk assessment}} [[name:Shilan]]
        went quiet and wrote on a notepad that she recognised his voice as her husband's cousin. The
        worker, [[name:Anjali Raghunathan]], ended the call before any {{refuge}} options or the
        children's school were discussed, and rebooked with a female interpreter from out of area the
        next day. Learning: for {{domestic abuse}} work ask the client's preference, request an
        interpreter from outside the local community, and check the client is comfortable before any
        {{disclosure}}. Shared with the {{interpreting service}} and at the {{team meeting}}.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        On [[date:14/02/2024]] the {{LD nurse}} visiting [[name:Callum Fraser-Boyd]] ([[age:27]],
        {{Down syndrome}}, {{epilepsy}}; NHS [[nhs_number:671 877 3824]]) at [[organisation:Larch House]]
        supported living noticed the {{MAR chart}} still showed {{sodium valproate}} 500mg {{BD}}, while
        the {{neurologist}} had reduced it to 300mg BD on [[date:2 January]]. The new letter went to the
        GP at [[organisation:Millbrook Surgery]] but the {{repeat prescription}} and the {{blister pack}}
        from the pharmacy were never updated, so [[name:Callum]] had six weeks at the old dose. He had been
        more drowsy and staff put it down to winter. No lasting harm; {{levels}} taken. Actions: GP
        {{practice pharmacist}} [[name:Zainab]] to reconcile; provider to check new clinic letters
        against the MAR within 48 hours.
    """)),
    ("health", "near_miss", block("""
        LD liaison - timeline [[date:03.03.24]]
        13:05 [[name:Tobi Ogunleye]] ([[age:22]]) brought to {{ED}} by {{ambulance}} from {{day service}} after a {{seizure}}. {{Hospital passport}} not sent with him.
        13:40 {{HCA}} in {{resus}} about to take {{bloods}} wearing latex gloves. [[name:Tobi]] very distressed.
        13:42 mum [[name:Folasade]] arrives, tells staff he has a severe {{latex allergy}} - gloves changed, nothing had touched skin.
        14:10 [[name:Kemi]] ({{LD liaison nurse}}) attends, passport printed from {{EPR}} (hosp no [[case_reference:RX4-771203]])
        15:30 bloods done with {{numbing cream}} and mum present.
        Learning: allergy was on the passport but not on the ED alert; day service has no copy to send. Alert added same day.
    """)),
    ("health", "success", prose("""
        big shout out to [[name:Haruka]] ({{HCA}}) and [[name:Ciarán]] ({{LD nurse}}) - after six weeks
        of {{desensitisation}} visits (looking at the {{tourniquet}}, then holding it, then sitting in
        the {{phlebotomy}} chair at [[organisation:Millbrook Surgery]] with his ipad) [[name:Alfie]]
        finally had his {{bloods}} done today!!! first time in four years. {{HbA1c}} back already and
        his {{Annual Health Check}} is complete. his mum [[name:Shelley]] cried, tbh so did
        [[name:Ciarán]]. proper {{reasonable adjustments}} work, pls share at {{practice meeting}}
        - [[name:Leila]] ({{practice manager}})
    """)),
    ("health", "incident", block("""
        Incident Report Form
        Incident ID: [[case_reference:W-118204]]
        Date/time: [[date:21 Mar 2024]] 14:30
        Location: {{clinic room}} B, [[organisation:Fernlea Health Centre]]
        Patient name: [[name:Nguyen Thi Lan]]
        NHS No: [[nhs_number:133 239 5082]]
        DOB: [[date_of_birth:1985-07-30]]
        Reporter: [[name:Gurdeep Sandhu]], {{Midwife}}
        Category: {{Safeguarding}} / {{Information governance}}

        Description: At {{booking}} [[name:Lan]] disclosed {{domestic abuse}} when partner was out of the room. I wrote "disclosed DA - referred to [[organisation:Fernlea Health IDVA]]" in the {{handheld notes}} by mistake instead of only on the {{electronic record}}. Partner read the notes in the car. [[name:Lan]] attended {{ED}} the following day with bruising to her arms.
        Immediate action: IDVA contacted, {{MASH}} referral, {{police}} informed.
        Harm: {{moderate}}
    """)),
    ("health", "near_miss", block("""
        [[name:Eleni Papadopoulou]]  11:14
        {{referral}} for [[name:Kwame Osei]] going to {{memory clinic}} now - NHS no [[nhs_number:340 824 8958]]

        [[name:Abdirahman]]  11:16
        hold on, that's not his number, that's [[name:Kwesi Osei]]'s. the {{EPR}} search pulls up both

        [[name:Eleni Papadopoulou]]  11:17
        😬 you're right, [[name:Kwame]] is [[nhs_number:285 656 0814]]. same surname same street nearly same {{DOB}}

        [[name:Abdirahman]]  11:19
        [[name:Kwesi]] is the one with {{Down's syndrome}} we're screening for {{dementia}}, [[name:Kwame]] is his {{dad}}'s brother?? I'll ring the {{GP}} to check

        [[name:Eleni Papadopoulou]]  11:31
        confirmed with [[organisation:Cedar Road Surgery]]. correct referral sent. putting in a {{near miss}} + asking for a {{similar name alert}}
    """)),
    ("health", "success", block("""
        {{LeDeR}} local learning panel - minutes
        [[date:16 April 2024]], 10:00-12:00, {{Teams}}
        Present: Dr [[name:Ama Boateng]] ({{Clinical Lead}}, chair), [[name:Sarah-Jane Whitcombe]] ({{LD nurse}}), [[name:Krzysztof Zieliński]] ({{pharmacist}}), [[name:Bilal Chaudhry]] ({{GP}} rep), [[name:Mark Kavanagh]] ({{family carer}} rep)
        Apologies: [[name:Nia Prosser]], [[name:Oluwaseun Adeyemi-Cole]]
        Notes: [[name:SJW]]

        Review [[case_reference:LDR-2024-031]] - good practice
        [[name:Krzysztof]] described the {{STOMP}} medication review for a woman of [[age:63]] at [[organisation:Elmfield Care Home]]. {{Antipsychotic}} stopped over 12 weeks with a {{behaviour support plan}}; no increase in distress. Family say she is "more herself". [[name:Mark]] asked that families are told earlier when reviews start.
        Action: [[name:Bilal]] to share the review template with {{PCN}} practices.
    """)),
    ("health", "incident", prose("""
        Nights, {{majors}}. {{Triage nurse}} asked [[name:Begoña Ruiz]] ([[age:41]], fall down
        stairs) the {{routine enquiry}} question "does anyone at home hurt you?" while her partner
        was behind the {{curtain}} in the next {{bay}} fetching a coffee. She said no. He came back and
        said loudly "what did you tell them". The next morning, [[date:9th March]], the {{health IDVA}}
        ([[name:Nusrat]]) saw [[name:Begoña]] alone on the {{AMU}}; she
        disclosed years of abuse and said she was scared to go home after the question was overheard.
        {{MARAC}} referral made. Learning: only ask when the patient is alone and in a closed room;
        use the {{toilet}} or {{X-ray}} trip to separate; partners are not to wait in bays overnight.
    """)),
    ("health", "near_miss", prose("""
        booking appt today for [[name:ayesha]] 10+3 wks, husband wouldnt leave the room + was doing
        all the talking for her bc her english is limited. i nearly asked the {{DA}} q through him
        as the {{interpreter}}!! stopped myself. said i needed to do her {{bloods}} and {{urine}} on
        her own which is policy, got her in the loo w [[name:jas]] the {{MSW}} and rang {{language
        line}} on the ward phone. she said everything ok at home but wants the number for later, gave
        it hidden in a {{tampon}} box. pls can {{antenatal clinic}} book an independent interpreter
        for ALL bookings not just when asked. [[name:MH]] ({{community midwife}}) [[date:15/5]]
    """)),
    ("health", "success", block("""
        From: [[name:Priya Nair]] <[[email:priya.nair7@nhs.net]]>
        To: [[name:Bronwen Ellis-Hughes]] <[[email:bronwen.ellis-hughes@nhs.net]]>
        Subject: Re: [[name:Stan]]'s {{eating and drinking plan}}

        Hi [[name:Bronwen]],
        Just to let you know [[name:Stan]] ([[name:Stanley Pruszynski]], [[age:58]]) hasn't had a single {{chest infection}} since your {{dysphagia}} assessment in the autumn. Before that it was four courses of {{antibiotics}} and one {{admission}} last year. Staff at his house are using the {{IDDSI}} level 5 plan and the {{picture mat}} at every meal, and his {{sister}} says he's put weight back on.
        Really good work - I've put it forward to the {{practice}} newsletter.

        Best wishes
        [[name:Priya]]
        {{GP Partner}} | [[organisation:Tanner's Lane Surgery]]
        Tel [[phone:01632 960552]]
    """)),
    ("health", "incident", block("""
        {{Annual health check}} audit - [[organisation:Brook Street Surgery]] - {{LD register}} not seen in 2 yrs
        Patient | NHS no | Invites | Notes
        [[name:R.A.]] | [[nhs_number:538 413 7851]] | 3 letters | can't read, letters not {{easy read}}
        [[name:Gordon W]] | [[nhs_number:892 771 7147]] | 2 letters, 1 text | removed from list as {{DNA}} x3 (!)
        [[name:P.O'C.]] | [[nhs_number:747 564 4642]] | 1 letter | moved to [[organisation:Ashcroft House]], address not updated
        [[name:Fatuma]] | [[nhs_number:922 530 2916]] | 2 texts | phone belongs to carer who left

        Incident: [[name:Gordon W]] was taken off the practice list for non-attendance despite being on the LD register. He was admitted with {{sepsis}} on [[date:2 Feb]] with no registered GP. Reinstated. {{Practice manager}} to stop automatic removal for anyone with an {{LD flag}}; {{LD nurse}} to phone, not write.
    """)),
    ("health", "near_miss", block("""
        Handover - {{LD liaison}} - Thurs to Fri
        * [[name:Sophie-Anne Clarke]], [[age:38]], {{cerebral palsy}}, {{PEG}} fed, {{NBM}}. NEAR MISS overnight - {{agency nurse}} about to give {{paracetamol}} tablets orally, caught by [[name:Gabi]] the {{HCA}} who had read the passport. Hosp no [[case_reference:K4420981]]. Sign above bed now. Sister [[name:Roz]] on [[phone:07911 123456]] wants a call.
        * [[name:Anthony D'Souza]], [[age:71]], mild LD, {{delirium}} improving. Discharge planning with [[organisation:Westfield CLDT]], SW [[name:Pavel]] aware.
        * [[name:Maya]] - went home yesterday, {{TTOs}} done.
        [[name:CW]]
    """)),
    ("health", "success", prose("""
        Debrief - choking episode at [[organisation:Hazelmere Day Opportunities]], [[date:Tue 23 April]].
        What happened: [[name:Wiremu]] (service user, {{dysphagia}} on {{level 4}} diet) was given a
        sausage roll by another attendee's relative at the coffee morning and began choking. What went
        well: [[name:Danuta]] ({{support worker}}) recognised it immediately, did {{back blows}} then
        {{abdominal thrusts}}; airway cleared on the second thrust. [[name:Jamal]] rang {{999}} and met
        the {{paramedics}} at the gate. [[name:Wiremu]] checked in {{ED}} and home the same evening. All
        staff had done the {{choking}} refresher with the {{SALT}} team in March. Even better if: food
        at open events is labelled and visitors are told about {{modified diets}}.
    """)),
    ("health", "incident", block("""
        #cldt-nurses (Slack)
        [[name:ellie.m]] 09:12  did anyone take [[name:Jordan]]'s {{buccal midazolam}} on the {{Peak District}} trip yesterday?
        [[name:femi]] 09:14  I thought [[name:Sanj]] had it in the first aid bag
        [[name:Sanj]] 09:15  no it was in the {{med cabinet}} at the house, I didn't sign it out
        [[name:ellie.m]] 09:16  he had a 6 min {{tonic-clonic}} at the reservoir. staff had no rescue med, called {{999}}
        [[name:ellie.m]] 09:16  he's fine, {{paramedics}} gave it, home by 6
        [[name:femi]] 09:20  🙁 the {{epilepsy care plan}} says it goes everywhere with him
        [[name:Sanj]] 09:22  I'll do the {{Datix}}. think we need a sign-out sheet by the door
    """)),
    ("health", "near_miss", block("""
        From: [[name:Oluwadamilare Bankole]]
        Sent: [[date:29 April 2024]] 18:47
        To: {{Ward Manager}} Ward 12; [[name:Catriona Bell]]
        Subject: {{DNACPR}} - Mr [[name:Hussain]]

        Dear both,
        On today's {{ward round}} I found a DNACPR form for [[name:Tariq Hussain]] ([[age:45]], {{learning disability}}, admitted with {{pneumonia}}) with the reason written as "learning disability, poor quality of life". He had not been involved and his brother [[name:Zaid]] had not been asked. LD is not a reason for a DNACPR. I have discussed with the consultant and the form has been cancelled; a proper {{ReSPECT}} conversation is booked with [[name:Tariq]], [[name:Zaid]] and our {{LD liaison}} nurse tomorrow.
        No harm, but please share as a near miss.

        [[name:Dami]]
        {{Specialty Registrar}}, {{Acute Medicine}}
        Bleep 4471
    """)),
    ("health", "success", block("""
        GOOD PRACTICE NOMINATION
        Nominee: [[name:Grace Oyelaran-Smith]]
        Role: {{Community LD Nurse}}, [[organisation:Southdale CLDT]]
        Nominated by: [[name:Harpreet Kaur]] ({{Matron}})
        Date: [[date:3/6/24]]

        Why: [[name:Grace]] noticed Mr [[name:Tran]] ({{service user}}, [[age:49]]) had lost weight over three visits and was holding his {{jaw}}. She pushed for an urgent {{special care dentistry}} appointment at [[organisation:Riverside Dental Centre]] instead of waiting for the {{routine list}}, did a {{hospital passport}} with him, and went with him on the day. He needed four {{extractions}} under {{general anaesthetic}} and is now eating normally. Mr [[name:Tran]] told me: "[[name:Grace]] is the only one who asked me about my mouth."
    """)),
    ("health", "incident", block("""
        Chronology - annual health check letters
        [[date:08/01/2024]] {{LD register}} letters generated by [[organisation:Parkside Medical Group]] for {{AHC}} invitations.
        [[date:10/01/2024]] 42 letters posted; mail merge used the {{previous address}} column.
        [[date:22/01/2024]] [[name:Chinwe Okafor]], new tenant at one of the old addresses, rings to say she has a letter about someone's {{autism}} review.
        [[date:05/02/2024]] {{practice manager}} [[name:Deepa Lakhani]] confirms error; 9 letters with {{NHS numbers}} and {{diagnoses}} went to old addresses incl. [[address:Flat 2, 9 Cobden Terrace]] [[postcode:NE6 5RX]].
        [[date:07/02/2024]] {{IG}} lead informed, {{DSPT}} incident logged ([[case_reference:IG-24-017]]). Letters re-sent. {{Easy read}} apology sent to all nine.
    """)),
    ("health", "near_miss", block("""
        {{CLDT}} {{MDT}} minutes - [[date:Thursday 23rd May]]
        Attendance: [[name:Ngozi Eze]] ({{consultant psychiatrist}}), [[name:Ravi]] ({{CPN}}), [[name:Bill Harker]] ({{pharmacist}}), [[name:Alexandra Petrova]] ({{physio}}), [[name:Shona]] (student)
        Apologies: [[name:Ahmed Farouk]], [[name:Siân Morgan]]

        Item 2 - [[name:J.P.]] ([[case_reference:CLD0098341]])
        [[name:Bill]] flagged that the new {{GP}} prescription for {{amitriptyline}} for sleep was about to be started on top of {{clozapine}} and {{procyclidine}}; a high {{anticholinergic burden}} with a history of {{constipation}} admissions. Caught at the {{pharmacy}} check before first dose. GP contacted, alternative agreed.
        Action: add {{ACB score}} to the monthly med review - [[name:Ravi]].
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        On [[date:Saturday 13 April 2024]] at about 15:20 the {{Avgas}} {{bowser}}
        ([[vehicle_registration:FX19 KLN]]) was driven away from the {{refuelling point}} on the
        {{south apron}} with the {{bonding lead}} still clipped to the exhaust of [[aircraft_registration:G-BXLR]],
        a {{PA-28}}. The {{reel}} ran out to full length and the clip tore off. The fueller, [[name:Kieran
        Whitlock]] ([[age:19]], a weekend volunteer with [[organisation:Fenwold Flying Group]]), had been
        called to the {{radio room}} mid-uplift to cover the {{A/G}} set while [[name:Pat]] went for
        lunch. No damage to the aircraft; engineer [[name:Stelios Andreou]] inspected before flight.
        Contributing: one person covering fuel and radio on a busy day, and no {{walk-round}} before
        moving the bowser. Actions: pre-move check card on the dashboard; the fueller is never the
        radio cover during an uplift.
    """)),
    ("aviation", "near_miss", block("""
        Transcript - [[organisation:Fenwold Radio]] recording - [[date:27/04/24]]
        14:02:10 [[aircraft_registration:G-CKPE]]: [[organisation:Fenwold Radio]], [[aircraft_registration:Golf Charlie Kilo Papa Echo]], {{holding point}} Alpha runway two six, ready for departure
        14:02:18 A/G: [[aircraft_registration:Golf Papa Echo]], runway two six, surface wind two four zero one two, one aircraft on {{final}}
        14:02:25 [[aircraft_registration:G-CKPE]]: Lining up two six, [[aircraft_registration:Papa Echo]]
        14:02:31 [[aircraft_registration:G-OFNW]]: [[aircraft_registration:November Whiskey]] {{going around}}, aircraft on the runway
        14:02:36 A/G: [[aircraft_registration:November Whiskey]], roger

        Note ({{Duty A/G operator}} [[name:Mags Hollings]]): the student in [[aircraft_registration:G-CKPE]] ([[name:Arjun Mehta]], first {{solo}}) heard "runway two six" and took it as a clearance. {{CFI}} [[name:Dave Pearce]] has debriefed him. {{MOR}} filed, ref [[case_reference:FEN-24-019]]. Reminder to all: A/G gives information only, no {{clearances}}.
    """)),
    ("aviation", "success", prose("""
        Massive well done to [[name:Precious]] on the {{radio}} Sunday. A {{student}} from
        [[organisation:Marsh Benham Aero Club]] in [[aircraft_registration:G-AZTU]] called up
        {{lost}} above {{cloud}} somewhere north of us, a bit panicky. [[name:Precious]] stayed calm, asked
        for his last known point, got him to squawk {{7000}} and call {{London Information}}, then gave
        him our {{QDM}} from the {{VDF}} every minute until he saw the field. He landed on {{runway
        08}} with about 20 mins fuel. His {{instructor}} [[name:Liam O'Shaughnessy]] rang to thank us. This
        is exactly why we keep A/G staffed at weekends. Cake in the {{clubhouse}}, courtesy of [[name:Ron]].
    """)),
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-BSXK]] ({{C152}})
        Date: [[date:04 MAY 24]]   Sector: local   Pilot: [[name:H. Okonkwo]]
        Defect: {{fuel drain}} sample from LH tank showed water (approx 10ml) after refuel from {{bowser}}. Further drains clear after 6 samples. Aircraft NOT flown.
        Action: {{bowser}} {{sump}} drained by [[name:W. Jablonski]] - 150ml water found. Bowser placed U/S pending {{filter}} change and {{quality control}} check.
        Signed: [[name:Wojciech Jablonski]] {{LAE}}   Auth [[case_reference:UK.145.01933]]
        Note: bowser daily water check not recorded [[date:01/05]] to [[date:03/05]] after heavy rain. Check sheet missing from clipboard.
    """)),
    ("aviation", "near_miss", block("""
        [[organisation:Fenwold]] ops 🛩️ (WhatsApp)
        [21:48] [[name:Tony B]]: who left the {{bowser}} on {{taxiway}} Bravo?? nearly drove the {{tug}} into it, no lights on it
        [21:50] [[name:Sunny]]: not me, I put it back at 5
        [21:52] [[name:Kasia]]: i used it at 7 for the {{night rating}} lot, [[aircraft_registration:G-EKPL]]. thought I'd parked it by the {{fuel farm}}
        [21:53] [[name:Tony B]]: it's right on the {{centreline}} by the {{Bravo hold}}. {{beacons}} off. and there's a {{night circuit}} going on
        [21:55] [[name:Kasia]]: omg sorry 😞 coming up now
        [22:09] [[name:Kasia]]: moved. keys back in the box
        [22:10] [[name:Tony B]]: thanks. will put a note in for the {{safety meeting}}. we need a {{parking line}} painted and keys signed in
    """)),
    ("aviation", "success", block("""
        [[organisation:Fenwold Aerodrome]] - Safety Committee - minutes
        [[date:Tuesday 14 May 2024]], 19:30, {{clubhouse}}
        Present: [[name:Geoffrey Lamb]] ({{Aerodrome Manager}}, chair), [[name:Dave Pearce]] ({{CFI}}), [[name:Mags Hollings]] ({{A/G lead}}), [[name:Wojciech Jablonski]] (engineering), [[name:Kasia Nowak]] (fuel), [[name:Femi Adeyinka]] ({{member rep}})
        Apologies: [[name:Rose Tremayne]], [[name:Sunny Bhatt]]

        1. Positives since last meeting
        - Water found in the bowser on [[date:4 May]] was caught by a pilot doing a proper {{fuel drain}} - exactly what the {{briefing}} asked for. Thanks to [[name:Henry Okonkwo]].
        - Bowser parking line painted by [[name:Femi]] and a sign-out board in place; no more bowsers on the {{taxiway}}.
        - A/G recording now kept 30 days (was 7), helped with the {{MOR}} in April.
        2. {{Bird strike}} log - nil.
        Next meeting [[date:11 June]].
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT - internal
        Ref: [[case_reference:FEN/OCC/2024/07]]
        Date: [[date:19 May 2024]]   Time: 11:35 local
        Aircraft: [[aircraft_registration:G-CHZN]]   Type: {{Ikarus C42}} {{microlight}}
        Pilot: [[name:Graham Sutcliffe]]   Licence: {{NPPL}}   Phone: [[phone:07700 900215]]
        Location: {{fuel pumps}} / {{apron}}
        Description: Pilot self-fuelled from the {{Mogas}} can store rather than waiting for the bowser and spilled approx 5 litres over the {{hardstanding}} while filling from a jerry can on a stepladder. No {{fire extinguisher}} to hand. A/G operator [[name:Bill]] saw it, called {{fire cover}} and the spill kit was used.
        Outcome: no fire, no injury. Pilot reminded self-fuelling is not allowed airside. {{CAA}} not notified (internal only).
    """)),
    ("aviation", "near_miss", prose("""
        fuelling [[aircraft_registration:G-ROXY]] at the {{pumps}} about 4ish, {{bowser}} was out of action so
        using the {{fixed pump}}. realised halfway thru i hadnt clipped the {{earth lead}} on, it was
        windy + dry + the pilot was on his phone next to the {{wing}}. stopped, bonded it, carried on. no
        spark nothing happened but it cld have. the {{static}} reel on that pump is stiff and the clip
        is broken so you have to wrap it round the {{nosewheel}} leg which is why i skipped it i think.
        [[name:kasia]] knows, i told her. pls fix the clip. also the pilot mr [[name:fenwick]] shouldnt
        be using a phone within 6m of {{Avgas}} - {{signs}} are faded. [[name:jk]] {{fueller}}
    """)),
    ("aviation", "success", block("""
        From: [[name:Jean-Baptiste Moreau]] <[[email:jb.moreau@aeroclub-rouen.fr]]>
        To: [[email:ops@fenwoldaerodrome.co.uk]]
        Date: [[date:21/05/2024]]
        Subject: Thank you - [[aircraft_registration:F-GTVB]]

        Hello,
        I landed at your field on Saturday in {{DR400}} [[aircraft_registration:F-GTVB]] after my {{fuel computer}} showed less than I had planned, because of strong {{headwinds}} over the {{Channel}}. Your {{radio operator}} (I think his name is [[name:Will]]) understood my English very well, gave me the {{joining}} information slowly and [[name:Kasia]] refuelled me even though the {{bowser}} was closing. I paid my {{landing fee}} and left with the correct {{reserve}}. A very safe decision made easy by friendly people. Merci beaucoup.

        [[name:Jean-Baptiste Moreau]]
        {{PPL}}, [[organisation:Aéroclub de Rouen]]
        [[phone:+33 6 12 34 56 78]]
    """)),
    ("aviation", "incident", block("""
        Timeline - non-radio arrival [[date:Sun 26/5]]
        12:41 A/G ([[name:Ifeoma]]) on frequency; [[aircraft_registration:G-BHPK]] and [[aircraft_registration:G-OFNW]] in the {{circuit}} for runway 26
        12:44 Unknown {{Piper Cub}} seen joining {{downwind}} from the north, no call
        12:45 [[aircraft_registration:G-BHPK]] reports {{traffic}} close on {{base leg}}, {{extends downwind}}
        12:47 Cub lands, taxies to {{grass parking}}
        12:55 pilot comes to the {{radio room}}, says {{radio}} battery flat, had not booked {{PPR}}. Reg [[aircraft_registration:G-BCUB]], pilot [[name:Colin Prothero]] of [[organisation:Ridge Farm Strip]]
        13:20 [[name:Ifeoma]] and {{CFI}} talk to him; he accepts he should have diverted or phoned ahead on [[phone:01632 960999]]
        Outcome: {{airprox}} not claimed, but reported as an occurrence. Letter to [[organisation:Ridge Farm]] re {{non-radio}} procedures.
    """)),
    ("aviation", "near_miss", block("""
        {{Fuel uplift sheet}} - {{Bowser 1}} ({{100LL}}) - w/e [[date:02/06/2024]]
        Date | Aircraft | Litres | Meter start | Meter end | Fueller | Paid
        [[date:29/05]] | [[aircraft_registration:G-BSXK]] | 60 | 40210 | 40270 | [[name:KN]] | {{card}}
        [[date:30/05]] | [[aircraft_registration:G-EKPL]] | 85 | 40270 | 40355 | [[name:JK]] | {{account}}
        [[date:31/05]] | [[aircraft_registration:D-EFMT]] | 110 | 40355 | 40465 | [[name:KN]] | {{card}}
        [[date:01/06]] | [[aircraft_registration:G-CKPE]] | 45 | 40465 | 40610 | [[name:S.B.]] | account

        Note by [[name:Kasia N]]: the last line shows 145 on the {{meter}} but only 45 written. {{Pilot}} ([[name:Arjun]]) planned on 45 + what he thought was in. Checked with him before he flew - {{tanks}} were actually full, so no risk this time, but if it had been the other way round he would have gone with less than planned. {{Dipstick}} check before flight saved it. Meter vs sheet to be checked at every {{uplift}}.
    """)),
    ("aviation", "success", prose("""
        {{Debrief}} - {{engine failure after take-off}}, [[aircraft_registration:G-BHPK]], [[date:8
        June]]. At about 300ft climbing out from runway 26 the engine lost power. Instructor
        [[name:Nicolás Ferreyra]] took control and landed straight ahead in the stubble field beyond
        the {{upwind}} end, no damage. [[name:Ifeoma]] on A/G heard the call, told other traffic to hold
        off, rang {{999}} and sent the {{fire}} Land Rover through the farm gate within 4 minutes, as
        practised in the {{emergency orders}}. Student [[name:Yuki Tanaka]] said the {{PAPA}} brief
        before take-off made it feel "almost like an exercise". Cause: {{carb icing}} on a damp warm
        day, {{carb heat}} not used on the ground. Both went home uninjured.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Geoffrey Lamb]]
        To: [[name:Kasia Nowak]]; [[name:Wojciech Jablonski]]
        Subject: bowser vs wingtip - [[aircraft_registration:G-OFNW]]
        Date: [[date:12 Jun 2024]]

        [[name:Kasia]], [[name:Woj]],
        As discussed - this morning the {{bowser}} ([[vehicle_registration:FX19 KLN]]) clipped the {{wingtip}} of [[aircraft_registration:G-OFNW]] reversing out of the {{fuel bay}}. Driver was [[name:Callum]], it was his second week. No {{banksman}} and the {{reversing camera}} has been broken since March. {{Wingtip fairing}} cracked; [[name:Woj]] has grounded it pending {{inspection}}. {{Owner}} Mrs [[name:Harriet Sandford]] informed.
        I'm stopping all reversing without a banksman from today and have asked [[organisation:Lincs Fleet Services]] to fix the camera.

        [[name:Geoff]]
        {{Aerodrome Manager}}, [[organisation:Fenwold Aerodrome]]
        [[phone:01632 960310]]
    """)),
    ("aviation", "near_miss", block("""
        A/G recording - [[date:15/06/24]]
        10:12 [[aircraft_registration:G-DFSL]]: [[organisation:Fenwold]], [[aircraft_registration:Golf Delta Foxtrot Sierra Lima]], {{DA42}} on the {{apron}}, request fuel, Avgas both sides please
        10:12 A/G: [[aircraft_registration:Golf Lima]], bowser on its way
        10:19 {{Fueller}} ([[name:JK]]) on {{handheld}}: Radio, that's a DA42 with the diesel {{Austro}} engines, it says {{JET A-1}} ONLY on the {{filler caps}}. confirm with pilot
        10:20 A/G: [[aircraft_registration:Golf Lima]], fueller reports filler placards state Jet A-1 only, please confirm fuel required
        10:21 [[aircraft_registration:G-DFSL]]: ah... affirm, Jet A-1, apologies, {{hired aircraft}}, usually fly the {{Seneca}}
        Note: we don't hold Jet A-1. Pilot [[name:Tomasz Wiśniewski]] routed to [[organisation:Humberside]] for fuel. Good catch by [[name:JK]] - {{placards}} work.
    """)),
    ("aviation", "success", block("""
        A/G HANDOVER LOG - [[organisation:Fenwold Radio]]
        Sat [[date:22/06]] 13:00 [[name:Ifeoma Eze]] -> [[name:Will]]
        - 11:05 {{air ambulance}} [[flight_number:HLE58]] landed on the grass east of the {{windsock}} for a {{fuel stop}}, crew asked for {{Jet A-1}} - we don't hold it, they had {{fuel}} arranged by road from [[organisation:Northern Aviation Fuels]], tanker reg [[vehicle_registration:NX70 HKD]]. Circuit closed 11:05-11:40, all traffic informed. Smooth.
        - {{NPAS}} [[flight_number:UKP41]] passed overhead 12:10 at 1500ft, called us, no conflict
        - [[aircraft_registration:G-ROXY]] out to the coast, back approx 15:00
        - Bowser fuelled [[aircraft_registration:G-EKPL]] 12:30, sheet done
        - {{NOTAM}} for the {{fly-in}} on the 29th is out, [[name:Geoff]] has the {{PPR}} list
        Thanks [[name:Will]] 👍 - [[name:Ify]]
    """)),
    ("aviation", "incident", block("""
        #ops-fenwold
        [[name:rose.t]] 16:02: {{misfuel}} alert - [[aircraft_registration:G-DMND]] ({{DA40 NG}}, Jet A-1 only) had 20L of {{100LL}} put in the left tank this afternoon from the {{bowser}}
        [[name:rose.t]] 16:03: {{owner}} [[name:Alan Birtwistle]] spotted the blue colour in the {{fuel drain}} before start. NOT flown
        [[name:Woj]] 16:10: tank to be drained, engine not run so should be ok. ringing {{Austro}} support
        [[name:Kasia]] 16:15: it was me. he asked for "fuel" and I didn't look at the caps. our bowser is Avgas only so I just assumed 😔
        [[name:Geoff]] 16:22: thanks for being honest [[name:Kasia]]. {{just culture}} - we'll look at the process not you. Jet A-1 aircraft to get a {{red tag}} on the {{prop}} from now on. the DA42 one last week was a warning
        [[name:rose.t]] 16:30: logged as [[case_reference:FEN/OCC/2024/11]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind205", REPORTS))
