"""Held-out blind corpus 232: 50 invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
de-identification generalises. Every person, organisation, place and number is invented.

Settings:
- social_care (17): a contextual safeguarding and child exploitation team - outreach workers,
  disruption work, county lines, partner agencies, return home conversations.
- health (17): a nursing home for older people - falls, pressure care, medication rounds,
  GP ward rounds, families, agency nurses, hospital transfers.
- aviation (16): a police air support helicopter unit - tactical flight officers, pilots,
  tasking from force control, night flying, thermal camera, landing sites.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack), handover notes, minutes with attendance
and apologies, pipe-separated and aligned tables, radio/RT transcripts, shout-outs and
thank-you notes.

Mark-up: [[label:value]] marks an identifier, {{term}} a must-not-redact mention.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind232.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care
    ("social_care", "incident", prose("""
        quick note b4 i forget - outreach last nite w/ [[name:dan]] round the {{parade}} on
        [[address:Holloway Street]]. saw [[name:kayden]] ([[age:15]]) get in a silver corsa
        [[vehicle_registration:RK19 TVW]] with 2 older lads, 1 of them def the one they call
        [[name:Stretch]]. we shouted over but he blanked us. rang {{101}} at {{22:40}}, log no
        [[case_reference:LG-0914-0312]]. {{mum}} says he wasnt home til {{3am}} and
        [[name:kayden]]'s phone is off now. pls can someone pick up the {{return home convo}}
        tmrw, im on {{lates}}. also think this needs a {{strategy discussion}} not just a
        {{MASH}} check, its the 3rd time in a fortnight. [[name:dan]] says the corsa was parked
        outside [[organisation:Brimsfield Academy]] gates on [[date:tues 10th]] too so prob
        worth telling the {{DSL}} there. ta - [[name:jas]]
    """)),
    ("social_care", "incident", prose("""
        On [[date:14 February 2024]] [[name:Amara Nwosu]] (DOB [[date_of_birth:03/07/2009]]) was
        reported missing by her {{foster carer}} after she did not return from
        [[organisation:St Columba's RC High School]]. She was located by police the following
        evening. A {{return home interview}} should have been offered within {{72 hours}} under
        the {{statutory guidance}}, but the notification went to the generic team inbox on a
        {{Friday}} afternoon and was not picked up until [[date:19 February]]. When
        {{Outreach Worker}} [[name:Tomasz Wiśniewski]] met [[name:Amara]] on
        [[date:20 February]] she disclosed that a man she knew only as "[[name:Deno]]" had
        bought her train tickets and a new phone, and that she had carried a package for him.
        This was not passed to the {{Missing Person Coordinator}} for a further week. Learning:
        the inbox needs a named {{duty}} owner at weekends, and the {{RHI}} clock should start
        from the police {{found}} notification rather than from when we open the e-mail.
        Referral to the {{MASH}} and {{NRM}} consideration now completed under
        [[case_reference:CE-2024-0417]].
    """)),
    ("social_care", "near_miss", block("""
        [[name:Bex Okonjo-Hart]]  {{09:12}}
        morning, has the {{CAWN}} for [[name:Leigh-Anne]] gone out yet? police want it served {{today}}
        [[name:Farhan Chowdhury]]  {{09:14}}
        drafted it last nite, address on it is [[address:22 Canal Row, Brimsfield]] [[postcode:BM4 7QX]]
        [[name:Bex Okonjo-Hart]]  {{09:15}}
        wait thats her {{nan}}'s address?? the adult lives at [[address:9 Tanners Court]]
        [[name:Farhan Chowdhury]]  {{09:17}}
        omg ur right, copied the wrong field from the {{chronology}}. pulling it now
        [[name:Farhan Chowdhury]]  {{09:31}}
        corrected version sent to DC [[name:Okafor]] for sign off. nothing left the building
        [[name:Bex Okonjo-Hart]]  {{09:32}}
        thank god. can we add a 2nd checker to the {{CAWN}} template pls, [[name:Leigh-Anne]]'s
        nan would of been terrified if police turned up at hers
    """)),
    ("social_care", "success", prose("""
        SHOUT OUT! Huge thanks to PC [[name:Grace Adeyemi]] from the {{Neighbourhood Team}} and
        our own [[name:Will Ashby]] for the work at [[organisation:Kestrel Park Leisure Centre]]
        on [[date:Saturday 9th]]. [[name:Will]] noticed that the same two [[age:14-year-olds]]
        were being handed bags by an adult in the car park every {{Saturday}}. Instead of just
        calling it in, [[name:Grace]] and [[name:Will]] worked with the centre manager
        [[name:Sunny Bhatti]] to get the {{CCTV}} reviewed, brief the reception staff on
        {{spotting the signs}}, and get a {{trespass notice}} served. The adult hasn't been back
        since. Both lads are now engaging with {{Outreach}} and one has started boxing at the
        centre. This is what {{contextual safeguarding}} looks like: changing the place, not
        just the kids. Thanks also to [[name:Sunny]] for giving up his {{Sunday}} morning.
        - [[name:Marguerite]] ({{Team Manager}})
    """)),
    ("social_care", "near_miss", block("""
        {{MACE}} Panel - minutes
        Date: [[date:6 March 2024]]   Venue: {{Room 2}}, [[address:Brimsfield Civic Centre, Market Street]]
        Present: [[name:Siobhán Ní Bhriain]] (Chair, {{Head of Service}}), DS [[name:Kowalczyk]]
        ({{Exploitation Hub}}), [[name:Rhys Pugh]] ({{YOT}}), [[name:Faith Mensah]] ({{school nurse}}),
        [[name:JK]] (Outreach)
        Apologies: Dr [[name:Hollis]] ({{CAMHS}}), [[organisation:Brimsfield Homes]]

        Item 3 - [[name:Mehmet Yıldız]] ([[case_reference:LCS 7712043]])
        [[name:JK]] reported that the draft {{disruption plan}} due to go to the
        {{Community Safety Partnership}} still had [[name:Mehmet]]'s home address and his
        sister's school in the open section. It was noticed by [[name:Faith Mensah]] while
        reading it on the screen and pulled before circulation. No one outside the panel saw it.
        Action: [[name:SNB]] to agree a redacted template for the {{CSP}} version by [[date:13/03/24]].
        Action: DS [[name:Kowalczyk]] to share the {{NRM}} outcome when received.
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM - Contextual Safeguarding Team
        Ref: [[case_reference:IR/CS/0288]]
        Young person: [[name:Precious Adebayo-Lowe]]
        DOB: [[date_of_birth:22.11.2008]]
        Address: [[address:Flat 4, Rowan House, Teasel Lane, Brimsfield]] [[postcode:BM7 2NA]]
        Reporting worker: [[name:Ricky Dunne]], {{Outreach Worker}}
        Date/time: [[date:02/03/2024]] approx {{16:50}}
        What happened: On a {{detached session}} near the {{bus station}} I saw [[name:Precious]]
        get out of a black Audi [[vehicle_registration:BM21 KZE]] driven by an older man. She had
        a {{cut lip}} and said she had fallen. She refused {{first aid}} and ran off towards the
        {{underpass}}. I rang {{999}} as she looked frightened; police log [[case_reference:CAD 3317]].
        {{Duty Social Worker}} [[name:Abi]] informed at {{17:20}}. Allocated {{SW}} on leave.
        Action taken: {{strategy meeting}} requested, {{vehicle marker}} requested via police.
        Manager sign-off: [[name:M. Delacroix]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Hannah Lyle]] <[[email:h.lyle@brimsfield.gov.uk]]>
        To: CS Team
        Sent: [[date:Thursday 21 March 2024]] {{15:04}}
        Subject: near miss - RHC notes nearly sent externally

        Hi all,
        Flagging a {{near miss}} so we can all learn from it. This morning I went to send the
        {{return home conversation}} notes for [[name:Tyrese Campbell]] ([[case_reference:CE-2024-0502]])
        to his {{IRO}}. Outlook auto-filled [[name:Tyrone Campbell]] at
        [[organisation:Campbell & Reid Joinery]], a contact from our old {{youth club}} contract.
        I only noticed because the {{Egress}} prompt didn't appear. Nothing was sent. I've
        cleared my auto-complete list. Could we ask {{IT}} to switch off external auto-complete for
        the {{team}}, and remind everyone that {{Egress}} is not optional for anything about
        [[name:Tyrese]] or any other child?

        Thanks,
        [[name:Hannah]]

        [[name:Hannah Lyle]] | {{Senior Practitioner}} | Contextual Safeguarding
        [[organisation:Brimsfield City Council]] | [[phone:0161 496 0732]]
    """)),
    ("social_care", "incident", block("""
        Export pasted from my personal WhatsApp as [[name:Tash]] asked - this is the night
        [[name:Lucja]] ended up with my own number.

        [[date:04/04/2024]], {{19:42}} - [[name:Kieran Doyle]]: hiya its [[name:Kieran]] from outreach, work phone died, this is my own just for tonite
        [[date:04/04/2024]], {{19:43}} - [[name:Lucja]]: ok
        [[date:04/04/2024]], {{23:58}} - [[name:Lucja]]: u up? theres a guy [[name:Benji]] says i owe him 300
        [[date:05/04/2024]], {{00:14}} - [[name:Lucja]]: pls answer
        [[date:05/04/2024]], {{07:02}} - [[name:Kieran Doyle]]: sorry only just seen this, are u safe? ringing {{EDT}} now

        Reflection: I should not have used my personal phone. A {{debt bondage}} disclosure sat
        unread overnight. [[name:Lucja]] ([[age:16]]) was safe but that was luck. {{Line manager}}
        informed, number blocked, {{EDT}} log [[case_reference:EDT-24-1193]].
    """)),
    ("social_care", "success", block("""
        Disruption activity - {{Q1}} summary for [[organisation:Brimsfield Community Safety Partnership]]

        Location                              | Action                        | Partner contact          | Outcome
        [[address:Holloway Street]] parade            | joint patrols {{Fri}}/{{Sat}}         | {{Neighbourhood Policing}} | no sightings since [[date:1 Feb]]
        [[organisation:Kestrel Park Leisure Centre]]          | staff briefing, {{trespass notice}} | centre mgr [[name:S. Bhatti]]    | adult excluded
        [[organisation:Quickbite Chicken]], [[address:Dyer Street]]    | {{Operation Makesafe}} training | owner Mr [[name:Haddad]]         | staff now ring {{101}}
        [[organisation:Premier Stay Hotel Brimsfield]]        | {{hotel watch}} briefing        | night mgr [[name:Joy]]         | 2 {{CAWNs}} served

        Four locations disrupted this quarter. Fewer young people reported missing from the
        town centre area. Next quarter focus: the {{canal towpath}} and the {{skate park}}.
        Prepared by [[name:R. Dunne]], [[date:28/03/24]]
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - [[date:Fri 12 April]] lates -> weekend on call
        - [[name:Zainab]]: {{RHC}} done, no concerns, back at {{resi}}. {{CP}} review [[date:Weds 17th]].
        - [[name:Ollie Fairbrother]] ([[age:13]]): nearly went out alone to meet 'a mate' at the
          bus stop on [[address:Sandpit Lane]]. {{Residential staff}} only stopped him at the door
          by chance - the {{missing protocol}} flag hadn't been updated so the {{agency worker}}
          on shift didn't know he was {{high risk}}. Flag now updated. PLEASE check the
          {{risk level}} on the system, not the whiteboard.
        - [[name:JJ]] ([[name:Jonah-James Sowerby]]): phone seized by police, expect him to be
          angry. {{Trusted adult}} is [[name:Pat]] at the {{youth club}}, mob [[phone:07700 900518]].
        anything urgent ring me ([[name:Kat]]) on [[phone:07700 900263]] til {{10pm}}
    """)),
    ("social_care", "incident", block("""
        Chronology - [[name:Mason Greer]] ([[age:15]]) found in {{cuckooed}} flat - [[date:23/04/24]]
        {{08:30}}  school ([[organisation:Northgate PRU]]) report [[name:Mason]] absent, 3rd day running
        {{11:05}}  {{Outreach}} ([[name:Dunne]]) home visit; {{mum}} [[name:Carly Greer]] says he's 'at a mate's'
        {{13:40}}  {{BTP}} call - [[name:Mason]] stopped on a train with £400 cash and two phones
        {{16:15}}  police warrant at [[address:Flat 12, Ashdown Court, Mill Road]] - [[name:Mason]] found with
                   three other boys; tenant Mr [[name:Pryce]] ([[age:68]]) appears to be {{cuckooed}}
        {{18:00}}  {{EDT}} take [[name:Mason]] to a {{place of safety}}
        {{21:30}}  {{RHC}} offered, declined
        Issues: school absence not shared with us for three days; no {{NRM}} raised by police at
        the time; {{Adult Social Care}} not told about Mr [[name:Pryce]] until the next day.
        Ref [[case_reference:CE-2024-0561]]
    """)),
    ("social_care", "success", prose("""
        {{Return home conversation}} with [[name:Hope Baptiste]] ([[age:14]]) on [[date:30 April]],
        after she had been missing for {{two nights}}. Previous conversations had been done at {{school}}
        in the {{head of year}}'s office and [[name:Hope]] said nothing. This time
        {{Outreach Worker}} [[name:Faith Osei]] took her for a hot chocolate at
        [[organisation:Dotty's Cafe]] and let [[name:Hope]] choose where to sit. After {{forty
        minutes}} she talked about a girl called [[name:Keisha]] who introduces younger girls to
        older men at a flat on [[address:Weavers Row]]. [[name:Faith]] shared this with the
        {{Exploitation Hub}} within the hour and police {{intelligence}} linked it to two other
        missing girls. Learning: giving young people control over the setting matters more than
        the {{form}}. [[name:Hope]] has asked to see [[name:Faith]] again next time.
    """)),
    ("social_care", "near_miss", block("""
        #cs-outreach
        [[name:marcus.b]]  {{10:02 AM}}
        heads up, i nearly drove [[name:Dion]] to his {{YOT}} appt in my own car with no second worker and my {{business insurance}} lapsed
        [[name:marcus.b]]  {{10:03 AM}}
        [[name:amy.t]] caught it at the {{sign-out board}} thank god. {{lone working}} policy says 2 staff for anyone on the {{high risk}} list and [[name:Dion]] is
        [[name:priya.k]]  {{10:05 AM}}
        not a dig but this is the 2nd time this month. can we get the pool car key box sorted so people aren't tempted
        [[name:amy.t]]  {{10:06 AM}}
        will raise at {{team meeting}} [[date:Tues 14th]]. [[name:Marcus]] pls log it on the {{near miss}} form
        [[name:marcus.b]]  {{10:07 AM}}
        done, ref [[case_reference:NM-0077]]
    """)),
    ("social_care", "success", prose("""
        Learning summary. On [[date:8 May 2024]] [[name:Oluwaseun Bakare]], known to everyone as
        [[name:Shay]], aged [[age:17]], was arrested in possession of class A drugs in a town
        forty miles from home. Our {{reachable moment}} worker [[name:Delphine Marchetti]] was
        called by the {{Custody Sergeant}} at {{02:00}} under the new protocol with
        [[organisation:Wessex Vale Police]]. She sat with [[name:Shay]] through the {{PACE}}
        interview alongside his {{appropriate adult}} and explained the {{NRM}} and the
        {{Section 45}} defence in plain language. For the first time [[name:Shay]] described
        being in debt to the line and being threatened. An {{NRM}} was submitted the same day
        and a {{Reasonable Grounds}} decision followed within a week. He is now living with his
        aunt [[name:Folake]] and attending [[organisation:Brimsfield College]]. What made the
        difference: a known face in custody at the moment he was most frightened.
    """)),
    ("social_care", "near_miss", prose("""
        pls read!! nearly gave out [[name:Dev]]'s new {{foster placement}} address this
        morning. a man rang the {{duty line}} saying he was [[name:Dev]]'s {{dad}} and needed to
        drop off his {{inhaler}}, knew his full name + {{DOB}} + school. i was literally typing
        [[address:4 Orchard Mews]] into the chat to read it out when [[name:Precious]] on the next
        desk asked who it was. checked the file - dad has a {{non-molestation order}} and is
        {{linked}} to the line [[name:Dev]] was running for. hung up, told {{police}}, log
        [[case_reference:CAD 5520]]. we need a {{call-back}} rule for any address request, no
        matter how legit they sound. sorry all, lesson learnt. [[name:lou]]
    """)),
    ("social_care", "incident", block("""
        Duty log - record of call, [[date:16/05/2024]] {{14:20}}
        Caller: Ms [[name:Gwen Ellery]], {{Deputy Head}}, [[organisation:Brimsfield Academy]], [[phone:0161 496 0815]]
        Taken by: [[name:Amir]] ({{duty worker}})
        Summary: Ms [[name:Ellery]] reported that a screenshot of our {{safety plan}} for
        [[name:Jaydn Marsh]] ([[age:14]]) is circulating in a {{Year 10}} {{Snapchat}} group. It
        names two older boys [[name:Jaydn]] identified as recruiting for the line. The plan had
        been e-mailed in full by the school's {{pastoral lead}} to [[name:Jaydn]]'s {{mum}}, and
        her partner photographed it. [[name:Jaydn]] was threatened outside the gates at
        {{lunchtime}} and has a bruised eye.
        Actions: {{strategy discussion}} today {{16:00}}; police aware, log [[case_reference:CAD 6104]];
        {{safety plan}} template now marked {{OFFICIAL-SENSITIVE}} and not to be shared in full.
        Our learning: we never agreed with the school how the plan would be shared or who with.
    """)),
    ("social_care", "success", block("""
        Card received at the office, typed up with permission:

        "To [[name:Rosa]], [[name:Will]] and everyone in the exploitation team. When my {{son}}
        [[name:Tayo]] went missing {{last summer}} I thought I would be burying him. You never gave
        up on him. [[name:Rosa]], you came to our house at {{midnight}} and sat with me in {{A&E}}.
        [[name:Will]], you drove up to the {{city}} three times to bring him home. He turned
        [[age:18]] on [[date:2 June]], he is working at [[organisation:Greenway Motors]] and he
        laughs again. I can't thank you enough. God bless, Mrs [[name:Abimbola]] ([[name:Tayo]]'s {{mum}})"

        Shared at {{team meeting}} and added to the {{compliments log}} for {{Ofsted}}.
        [[name:Rosa Quintero-Vale]] / [[name:Will Ashby]] - {{Outreach Workers}}
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        nights [[date:14/1]] - [[name:rose]] in rm 6 found on floor by bed {{0310}}. {{sensor mat}}
        was unplugged (think it got pulled out when the floor was mopped, nobody checked after).
        no obvious injury, {{obs}} done, {{NEWS2}} 1, {{neuro obs}} started as shes on
        {{apixaban}}. pain L hip when weight bearing so rang {{111}} -> {{ambulance}}, 4hr wait.
        daughter [[name:Michelle]] informed {{0400}}, not happy at all. [[name:rose]] went to
        [[organisation:St Aldhelm's]] {{A&E}} at {{0820}}. pls can days chase the {{x-ray}} result
        and finish the {{incident form}} properly i ran out of time. ALL sensor mats need
        checking at start of every shift not just when we remember. - [[name:tendai]] ({{RGN}})
    """)),
    ("health", "incident", prose("""
        Mrs [[name:Dorothy Ainsworth]], aged [[age:91]], NHS number [[nhs_number:413 114 4263]],
        was admitted to [[organisation:Larchfield House]] from [[organisation:Carrow Ward]] at
        [[organisation:St Aldhelm's Hospital]] on [[date:3 January]]. The discharge letter
        recorded intact skin. On [[date:10 January]] {{Nurse}} [[name:Joy Mbeki]] found a
        {{category 3 pressure ulcer}} on the left heel during {{skin inspection}}. Her
        {{Waterlow}} score on admission was 18, but the {{air mattress}} did not arrive from the
        {{equipment service}} until [[date:8 January]] and {{heel offloading boots}} were out of
        stock. {{Repositioning charts}} showed gaps of up to six hours on two night shifts. The
        {{tissue viability nurse}} has reviewed her and a {{safeguarding}} concern has been
        raised with the local authority, ref [[case_reference:SG-LH-24-003]]. Her son Mr
        [[name:Geoffrey Ainsworth]] has been informed under the {{Duty of Candour}}. Learning: we
        will not accept a high-risk admission without confirmed equipment, and repositioning gaps
        will be reviewed at the {{11:00}} safety huddle every day.
    """)),
    ("health", "incident", block("""
        Transfer to hospital - Mr [[name:Bill Thornbury]], NHS [[nhs_number:281 545 5137]]
        [[date:Sun 18 Feb]]
        {{14:05}}  {{HCA}} [[name:Marisol]] reports [[name:Bill]] drowsy, not drinking since breakfast
        {{14:20}}  {{obs}}: temp 38.6, {{RR}} 24, {{sats}} 91% on air, {{NEWS2}} 7
        {{14:25}}  {{RESTORE2}} escalation; {{111}} clinician advises {{999}}
        {{14:30}}  {{999}} call made, ref [[case_reference:AMB-5581023]]
        {{16:00}}  {{oxygen cylinder}} found empty - not on any check list, not reordered
        {{17:50}}  ambulance arrives (3 h 20 min wait); crew give {{oxygen}} and {{IV fluids}}
        {{18:40}}  [[name:Bill]] transferred to [[organisation:St Aldhelm's Hospital]]; {{red bag}} sent but
                   {{MAR chart}} and {{DNACPR}} form were NOT in it - e-mailed to {{ED}} at {{19:10}}
        {{19:15}}  daughter [[name:Lorraine]] phoned and updated
        Issues: empty cylinder; red bag checklist not used on a {{Sunday}}.
    """)),
    ("health", "near_miss", block("""
        MEDICATION NEAR MISS FORM
        Home: [[organisation:Larchfield House]]      Ref: [[case_reference:MED-NM-0142]]
        Date: [[date:27/02/2024]]      Time: {{08:15}}
        Resident 1: Mr [[name:John Holt]], DOB [[date_of_birth:14/05/1936]], NHS [[nhs_number:477 296 6919]], Room 11
        Resident 2: Mr [[name:Graham Holt]], DOB [[date_of_birth:02/09/1941]], NHS [[nhs_number:415 207 9568]], Room 14
        Staff involved: [[name:Kwabena Asante]] ({{agency nurse}}, [[organisation:CarePoint Staffing]])
        Description: During the {{morning round}} {{warfarin}} 3 mg was prepared for Mr [[name:G. Holt]]
        from Mr [[name:J. Holt]]'s {{MAR}}. The photo on that MAR had fallen off. {{Senior carer}}
        [[name:Nadia]] asked "which Mr [[name:Holt]]?" before it was given. NOT administered.
        Outcome: photos re-attached to all {{MARs}}; {{same-name alert}} stickers on both doors and
        both MARs; agency induction checklist now covers same-name residents.
    """)),
    ("health", "near_miss", block("""
        From: Dr [[name:Priya Raman]] <[[email:priya.raman3@nhs.net]]>
        To: [[email:manager@larchfieldhouse.co.uk]]
        Date: [[date:5 March 2024]]
        Subject: {{ward round}} yesterday - Mrs [[name:Ivy Pemberton]]

        Dear [[name:Sunita]],
        I want to flag a near miss from yesterday's {{ward round}}. The resident list printed for
        me showed Mrs [[name:Pemberton]]'s {{eGFR}} from last year (62), not the {{February}}
        result (28). I very nearly started {{nitrofurantoin}} for her {{UTI}}, which is not
        appropriate at that level of kidney function. Your {{deputy manager}} [[name:Ama]]
        questioned it because she remembered the {{AKI}} admission. We changed to {{cefalexin}}.
        Could the list pull the latest bloods in future, or could we look at them together on
        the {{EMIS}} screen during the round?

        Kind regards,
        [[name:Priya]]

        Dr [[name:Priya Raman]], {{GP Partner}}
        [[organisation:Fenwick Road Surgery]] | [[phone:01632 960418]]
    """)),
    ("health", "incident", block("""
        [[date:09/03/2024]], {{21:14}} - [[name:Kelly-Marie]]: look at [[name:Stan]] with his {{bingo}} hat on lol
        [[date:09/03/2024]], {{21:14}} - [[name:Kelly-Marie]]: <Media omitted>
        [[date:09/03/2024]], {{21:20}} - [[name:Olu Bankole]]: pls delete that, we're not allowed photos of residents on here
        [[date:09/03/2024]], {{21:22}} - [[name:Kelly-Marie]]: its only us lot
        [[date:09/03/2024]], {{21:23}} - [[name:Olu Bankole]]: theres {{bank staff}} and 2 ex staff in this group
        [[date:09/03/2024]], {{21:54}} - [[name:Kelly-Marie]]: This message was deleted

        Manager's note: the photo of Mr [[name:Stanley Okoro]] was visible for 40 minutes to 23
        members, including former staff. No consent, and [[name:Stan]] lacks capacity for this
        decision under the {{MCA}}. {{DPO}} informed, his son [[name:Chidi]] informed and given
        an apology. The group has been closed and replaced by an {{admin-only}} group for rota
        messages. {{GDPR}} refresher booked for all staff. - [[name:S. Varma]], {{Registered Manager}}
    """)),
    ("health", "near_miss", block("""
        Night -> day handover [[date:Tues 12/3]]
        Rm 2  [[name:Edith]] - settled. {{PRN}} {{Oramorph}} 2.5 mg x1 at {{0200}}, good effect.
        Rm 5  Mr [[name:Szymański]] - {{catheter}} bypassing, changed {{0500}}. fluids 900 ml.
        Rm 8  [[name:Pat]] ([[name:Patricia Lowe]]) - NEAR MISS: {{insulin}} pen left on her bedside
              table after the evening round by agency nurse. [[name:Pat]] has {{dementia}} and could
              have used it. Removed and returned to {{treatment room}} fridge. Told [[name:Sunita]].
        Rm 9  [[name:Amber]] - {{end of life}}, family staying, {{syringe driver}} checked {{0400}}.
        Rm 12 new admission tomorrow from [[organisation:Carrow Ward]], Mr [[name:Hussain]] -
              needs {{pressure-relieving mattress}} BEFORE he arrives
        - [[name:Dagmara]] ({{night nurse}})
    """)),
    ("health", "success", block("""
        Falls Huddle - [[organisation:Larchfield House]]
        Date: [[date:21 March 2024]]
        Attendees: [[name:Sunita Varma]] ({{Registered Manager}}), [[name:Tendai Moyo]] ({{RGN}}),
        [[name:Marisol Reyes]] ({{HCA}}, {{falls champion}}), [[name:Gareth]] ({{physio}},
        [[organisation:Aldhelm Community Therapy]])
        Apologies: Dr [[name:Raman]] ({{GP}})

        1. Falls down from 14 in {{January}} to 5 in {{February}} since {{sensor mat}} checks were
           added to the {{shift checklist}} and the {{falls champion}} role started.
        2. Mrs [[name:Rose Kettering]] - no falls in six weeks after {{postural hypotension}} was
           picked up by [[name:Tendai]]'s lying/standing {{BP}} and {{amlodipine}} was stopped by
           Dr [[name:Raman]].
        3. {{Hip protectors}} - [[name:Gareth]] to run a fitting session.
        Action: [[name:Marisol]] to present the figures at the {{provider forum}}.
    """)),
    ("health", "incident", block("""
        Medication incidents - {{March}}

        Date     Resident            Error                               Staff   Harm
        [[date:02/03]]    [[name:E. Walsh]]            {{amoxicillin}} dose omitted              [[name:KA]]      none
        [[date:11/03]]    [[name:B. Thornbury]]        {{bisoprolol}} given twice                [[name:DM]]      low
        [[date:19/03]]    [[name:R. Kettering]]        {{lactulose}} not signed for              [[name:OB]]      none
        [[date:24/03]]    Mr [[name:Adeyinka]]         {{paracetamol}} within 4 hours            [[name:TM]]      none

        The [[date:11/03]] error: Mr [[name:Thornbury]]'s bisoprolol was given at {{08:00}} by the
        night nurse and again at {{09:30}} on the day round because the {{MAR}} was not signed.
        Pulse 48 at {{11:00}}; {{GP}} advised {{ECG}} and monitoring; no lasting harm.
        His family were told the same day.
    """)),
    ("health", "success", prose("""
        Shout out to [[name:Joy]], our agency nurse from [[organisation:CarePoint Staffing]], on
        her very first shift with us on [[date:Saturday 6th]]. During the {{lunchtime}}
        {{medication round}} she noticed Mr [[name:Eli Rosenthal]] coughing after every sip of tea.
        She stopped, checked his {{SALT}} plan ({{IDDSI level 2}}, mildly thick fluids) and found
        the {{thickener}} had run out on the unit and nobody had said. [[name:Joy]] got a new tub
        from the {{treatment room}}, told the kitchen, updated the {{handover sheet}} and asked for
        a {{chest}} check from the {{GP}} on {{Monday}}. [[name:Eli]]'s daughter [[name:Naomi]]
        visited later and said it was the first time in weeks he had finished a drink.
        [[name:Joy]] has agreed to come back as a regular. Thank you [[name:Joy]]! -
        [[name:Sunita]]
    """)),
    ("health", "near_miss", block("""
        [[name:Ama Owusu]]  {{11:02}}
        quick one - the {{ReSPECT form}} for Mr [[name:Fairclough]] was filed in Mrs [[name:Fairbanks]]'s folder. found it doing the {{audit}}
        [[name:Dagmara Nowak]]  {{11:05}}
        omg. Mr [[name:Fairclough]] is for full escalation and Mrs [[name:Fairbanks]] is {{DNACPR}}. if either had arrested last night...
        [[name:Ama Owusu]]  {{11:06}}
        exactly. both back in the right folders now. [[name:Sunita]] can we check all 38 today?
        [[name:Sunita Varma]]  {{11:09}}
        yes - [[name:Dagmara]] and [[name:Ama]] pls split the floors. logging as near miss [[case_reference:NM-LH-0019]].
        I'll ask [[organisation:Fenwick Road Surgery]] to send fresh copies and we'll add {{CPR status}} to the {{grab sheet}}
    """)),
    ("health", "success", prose("""
        Mr [[name:Arjun Mehta]], aged [[age:88]], died peacefully at
        [[organisation:Larchfield House]] on [[date:2 April]] with his wife [[name:Kamala]] and
        grandson [[name:Rohan]] with him. What went well: an {{advance care plan}} was agreed with
        Dr [[name:Raman]] in {{January}}; {{anticipatory medicines}} ({{midazolam}},
        {{morphine}}, {{glycopyrronium}}) were prescribed early so there was no delay over the
        {{bank holiday}}; the {{district nurse}} [[name:Bryony]] set up the {{syringe driver}}
        within two hours of being called. Staff arranged for the family's priest, Pandit
        [[name:Shastri]], to visit and for [[name:Kamala]] to stay overnight on a fold-out bed, and
        followed the family's wishes for care after death. [[name:Kamala]] wrote that he was
        "treated like family". Learning: early conversations and medicines in the home avoided an
        unwanted hospital transfer at the end of life.
    """)),
    ("health", "incident", prose("""
        mr [[name:dobson]] rm 3 - son [[name:gary]] took him out for lunch [[date:sat 13th]] at
        {{11:30}}, said back by 2, actually back {{17:45}}. took no meds with him. mr
        [[name:dobson]] has {{parkinsons}} and his {{co-careldopa}} is {{time critical}} (due
        {{12:00}} and {{16:00}}), both missed. by tea he was v rigid, couldnt swallow, {{drooling}}.
        gave {{12:00}} dose late after {{111}} advice, {{GP}} OOH rang back {{19:20}}. he was ok by
        bedtime but a fall risk all evening. [[name:gary]] says nobody told him about the meds.
        we need a {{leave of absence}} form with meds + times for ANY trip out. [[name:bartek]]
        (snr carer)
    """)),
    ("health", "near_miss", block("""
        GP WARD ROUND - [[date:Thurs 25 April]] - Dr [[name:Okonkwo-Reid]] ({{locum GP}})
        Nurse with round: [[name:Faith Adu]]

        1. Mrs [[name:Hilda Brennan]] ([[nhs_number:286 403 2058]]) - {{cellulitis}} R lower leg.
           Plan {{flucloxacillin}} 500 mg QDS 7 days.
           ** NEAR MISS - [[name:Faith]] checked {{allergies}} on the home's {{eMAR}} before the script
           went to [[organisation:Kingsgate Pharmacy]]: Mrs [[name:Brennan]] is {{penicillin}} allergic
           (rash). Not on the locum's screen as the {{GP record}} had not been updated. Changed to
           {{clarithromycin}}.
        2. Mr [[name:Tadeusz Kamiński]] ([[nhs_number:005 531 3043]]) - {{BP}} review, no change.
        3. [[name:Grace Ilori]] - {{weight loss}} 4 kg, {{MUST}} score 2, refer {{dietitian}}.
        Action: allergy status to be read out for every new prescription on the round.
    """)),
    ("health", "success", block("""
        From: [[name:Margaret Quayle]] <[[email:mags.quayle62@gmail.com]]>
        Subject: Thank you
        To all the staff at [[organisation:Larchfield]],

        I wanted to say thank you for the care you gave my {{mum}} [[name:Winifred]] (she was always
        [[name:Winnie]] to you) over the last two years. Especially [[name:Tendai]] on {{nights}} and
        [[name:Hope]] in the {{kitchen}}, who made her a boiled egg exactly how she liked it every
        {{morning}}. When she fell in {{December}} you rang me straight away and someone sat with her
        in {{A&E}} until I got there. She never once had a {{pressure sore}}, even at the end.
        You made a {{care home}} feel like a home.

        With love and thanks,
        [[name:Mags]]
    """)),
    ("health", "incident", block("""
        Choking incident - Mrs [[name:Huang Xiuying]], Rm 21
        {{12:35}}  lunch served in the {{dining room}}. Mrs [[name:Huang]] is on {{IDDSI level 5}}
                   (minced and moist) but was served the standard cottage pie - new menu cards
        {{12:41}}  {{HCA}} [[name:Bartek]] sees her coughing, then silent. 5 {{back blows}}, then 2
                   {{abdominal thrusts}}, bolus cleared
        {{12:44}}  {{RGN}} [[name:Olu Bankole]] attends; {{sats}} 88%, 95% on {{oxygen}}
        {{12:50}}  {{999}} call, ref [[case_reference:AMB-5603377]]; {{paramedics}} assess, chest clear,
                   not conveyed
        {{13:30}}  son [[name:Wei]] informed
        {{14:00}}  Dr [[name:Raman]] rung: {{aspiration}} watch 48 h, {{SALT}} re-referral
        Root cause: new menu cards do not show the {{IDDSI}} level; weekend cook [[name:Pedro]]
        (agency) was not given the diet list.
    """)),
    ("health", "success", prose("""
        Good practice report. Between [[date:1 May]] and [[date:31 May]] the {{Willow Unit}} at
        [[organisation:Larchfield House]] trialled an hourly drinks round led by {{HCA}}
        [[name:Mark Ellison-Achebe]]. Residents chose the drinks, {{jelly drops}} were offered to
        those who struggle with cups, and {{fluid charts}} were totalled at {{14:00}} so the
        afternoon shift could catch up anyone behind. {{UTIs}} fell from six the previous month
        to one, and there were no admissions for {{AKI}} or {{dehydration}}. Mr [[name:Ossie Grant]],
        aged [[age:94]], called the new {{Friday}} mocktail hour "the best part of the week".
        Thanks to [[name:Mark]] and to the kitchen team led by [[name:Faith]]. We will roll it
        out to the {{Nursing Floor}} in {{June}}.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "near_miss", prose("""
        drone nr miss [[date:weds 6th]] approx {{2215}} over the retail park off
        [[address:Cranmere Way]]. we were at 1000ft in a left {{orbit}} for a {{MISPER}}, tfo
        [[name:gaz]] saw a {{drone}} with red + green lights approx 200m off the nose at our
        level. i turned away right and climbed 300ft. no {{ATC}} info, no {{NOTAM}}, nothing on
        {{FlySafe}}. passed to {{force control}}, ground units found the operator in a car park, a
        [[age:19yo]] with a {{DJI Mini}} who said he was flying 'to watch the police'. {{CAA}}
        {{MOR}} to follow. [[flight_number:Hawk 21]] / [[aircraft_registration:G-TSAX]]. honestly
        if [[name:gaz]] hadnt been looking out instead of at the {{camera}} screen we wd have hit
        it. - [[name:ines]]
    """)),
    ("aviation", "incident", prose("""
        At approximately {{21:47}} on [[date:17 January 2024]], [[flight_number:Hawk 22]]
        ([[aircraft_registration:G-TSAY]], {{H135}}) was tasked by {{Force Control}} to a report of
        a burglary in progress at [[address:Larkspur Close, Eastwick]]. While established in a
        left-hand orbit at 1,200 ft the aircraft was illuminated by a green {{laser}} from the
        south-east. The {{pilot}}, Capt [[name:Ines Carvalho]], turned away, and the {{TFO}}
        [[name:Gethin Morgan]] used the {{thermal camera}} to locate the source: a male in the rear
        garden of [[address:31 Oakhanger Road]]. Ground units detained a [[age:34-year-old]] man
        within eight minutes, police ref [[case_reference:WVP-240117-0912]]. Neither crew member
        suffered {{flash blindness}}, but the {{front-seat TFO}} had an after-image for twenty
        minutes and was later seen by the {{AME}}. An {{MOR}} has been submitted
        ([[case_reference:MOR-2024-0031]]). Learning: crews to brief {{laser glasses}} and the
        {{turn-away}} drill before every night sortie, not just when a laser threat is known.
    """)),
    ("aviation", "near_miss", block("""
        RT transcript (from {{ATC}} recording) - [[date:02/02/24]]
        {{21:03:10}}  [[organisation:Castlemoor Radar]]: [[flight_number:Hawk 21]], traffic twelve o'clock four miles opposite direction, an {{A320}} on the {{ILS}} descending through two thousand five hundred feet
        {{21:03:18}}  [[flight_number:Hawk 21]]: Looking, [[flight_number:Hawk 21]]
        {{21:03:40}}  [[organisation:Castlemoor Radar]]: [[flight_number:Hawk 21]], confirm maintaining not above one thousand five hundred feet
        {{21:03:45}}  [[flight_number:Hawk 21]]: Negative, passing one thousand eight hundred, descending now, apologies
        {{21:03:52}}  [[organisation:Castlemoor Radar]]: [[flight_number:EZY47QL]], traffic information, police helicopter one o'clock two miles, reported descending to one thousand five hundred feet
        {{21:03:58}}  [[flight_number:EZY47QL]]: Traffic in sight, [[flight_number:EZY47QL]]

        Crew note: {{TFO}} [[name:Bill Ashworth]] was heads-down on the camera following
        [[vehicle_registration:WV68 PLD]] and pilot [[name:Mark]] climbed with the target without
        checking the {{clearance}} limit. Closest point 1.2 nm / 700 ft. No {{TCAS RA}}. {{CRM}}:
        TFO to call altitude every orbit inside the {{control zone}}.
    """)),
    ("aviation", "incident", block("""
        Chronology - unplanned landing site, [[date:Tue 20 Feb]]
        {{14:10}}  Tasked by {{Force Control}} (log [[case_reference:WVP-0677]]) to collect a {{PolSA}} for a missing child search
        {{14:32}}  Recce of field at [[address:Upper Hollins Farm, Hollins Lane]]; wires noted on south boundary
        {{14:36}}  Landing. {{Downwash}} lifts a loose {{tarpaulin}} off a hay stack; it wraps on the fence 30 m away
        {{14:37}}  Pilot [[name:Rosalind Achterberg]] lifts to the hover and repositions 100 m north
        {{14:45}}  Shut down; farmer Mr [[name:Penhaligon]] says nobody phoned him before we came in
        {{15:20}}  {{Post-flight}} inspection: no damage to {{main rotor}} or {{tail rotor}}
        Issues: the {{landing site}} database entry had not been updated since the farm changed hands,
        and the {{TFO}} could not ring ahead because the landowner's number was wrong.
        Ref [[case_reference:TSASU-OR-24-011]]
    """)),
    ("aviation", "success", block("""
        From: Insp [[name:Colm Ó Dálaigh]] <[[email:colm.odalaigh@wessexvale.police.uk]]>
        To: TSASU crews
        Subject: Thank you - missing [[age:82-year-old]], [[date:Sat 24 Feb]]

        All,
        Mr [[name:Alfred Neale]], who has {{vascular dementia}}, walked out of his home at
        [[address:7 Juniper Walk]] at about {{01:00}} in {{sub-zero}} temperatures.
        [[flight_number:Hawk 22]] was overhead at {{02:14}}. {{TFO}} [[name:Anjali Deshpande]]
        picked up a heat source in a drainage ditch 600 m from his house, under trees that the
        search team had walked past twice. {{Pilot}} [[name:Tom Braithwaite]] held a steady orbit
        and used the {{Nightsun}} to guide officers in. His {{core temperature}} was 33 degrees in
        {{A&E}}; the consultant at [[organisation:St Aldhelm's Hospital]] told the family another
        hour would probably have been fatal. Please pass on my thanks to the whole crew.

        Kind regards,
        [[name:Colm]]
        Inspector [[name:Colm Ó Dálaigh]] | {{Duty Inspector}}
        [[organisation:Wessex Vale Police]] | [[phone:01632 960774]]
    """)),
    ("aviation", "near_miss", block("""
        [[date:11/03/2024]], {{23:40}} - [[name:Sunny Rai]]: landed. we were down to {{final reserve}} plus 5 min. not good
        [[date:11/03/2024]], {{23:41}} - [[name:Gethin M]]: what happened??
        [[date:11/03/2024]], {{23:44}} - [[name:Sunny Rai]]: {{Force Control}} kept extending the search, we'd agreed {{bingo fuel}} but nobody called it, TFO was flat out on {{Airwave}} and I was flying. my fault
        [[date:11/03/2024]], {{23:45}} - [[name:Ines C]]: glad ur down safe. pls do the {{safety report}} tonight while fresh, not a blame thing
        [[date:11/03/2024]], {{23:47}} - [[name:Sunny Rai]]: will do. also the {{fuel bowser}} at [[organisation:Hartmoor Airfield]] was locked so [[aircraft_registration:G-TSAX]] is sat there with 60 kg in it till the morning
        [[date:11/03/2024]], {{23:48}} - [[name:Gethin M]]: i'll ring [[name:Juan-Pablo]] at 7 for the key
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT
        Ref: [[case_reference:TSASU-OR-24-019]]
        Date: [[date:19/03/2024]]        Time (local): {{06:52}}
        Aircraft: [[aircraft_registration:G-TSAY]]     Type: {{H135}}     Callsign: [[flight_number:Hawk 22]]
        Crew: Capt [[name:T. Braithwaite]] ({{PIC}}), [[name:A. Deshpande]] ({{TFO}}),
              [[name:Lewis Oyelaran-Smith]] ({{TFO}} under training)
        Phase of flight: {{departure}}, approx 300 ft {{AGL}}
        Location: 1 nm north of [[organisation:Hartmoor Airfield]]
        Description: Single {{gull}} struck the lower {{chin window}}, which cracked. {{PIC}}
        returned and landed without further issue. No injuries. {{Engineering}}
        ([[organisation:Avonlea Helicopter Services]]) replaced the panel; aircraft off line for
        three days. The task (high-risk missing person) was passed to {{NPAS}}.
        Reporter: [[name:Lewis Oyelaran-Smith]]
    """)),
    ("aviation", "near_miss", block("""
        Flight Safety Meeting - minutes
        Date: [[date:28 March 2024]], {{crew room}}, [[organisation:Hartmoor Airfield]]
        Attendees: [[name:Ines Carvalho]] ({{Chief Pilot}}), [[name:Will Hendry]] ({{Safety Manager}}),
        [[name:Gethin Morgan]], [[name:Sunny Rai]], [[name:Anjali Deshpande]], Sgt [[name:Pat Keogh]] ({{Unit Sergeant}})
        Apologies: [[name:Tom Braithwaite]], [[name:Mark Ostrowski]]

        1. Fuel near miss [[date:11 March]] ([[case_reference:TSASU-SR-24-007]]). Agreed that
           {{bingo fuel}} is set before each search and called by the {{TFO}} every 5 minutes.
           [[name:SR]] to brief all crews.
        2. {{Landing site}} database - [[name:PK]] to phone all 46 landowners by end of {{April}}.
        3. {{NVG}} battery checks to be added to the {{pre-flight}} checklist.
        AOB: {{CAA}} audit date still to be confirmed.
    """)),
    ("aviation", "incident", block("""
        Tasking log extract - nights, [[date:06/04/24]]
        Time    Log no.      Task                                  Result
        {{22:05}}   [[case_reference:CAD-0811]]     {{vehicle pursuit}}, [[vehicle_registration:KX71 BNF]]       two detained
        {{23:40}}   [[case_reference:CAD-0934]]     {{MISPER}}, [[age:15yo]] female              found safe, [[address:Greylag Park]]
        {{01:15}}   [[case_reference:CAD-1022]]     suspects on foot, [[address:Tanyard Lane]]    NO RECORDING

        Note: at {{01:15}} the {{MX-10}} recorder showed REC but the {{SD card}} was full. The
        footage of two suspects dropping a bag over a wall was lost and the {{CPS}} have said
        the case may not proceed without it. Cards were not changed at {{shift change}} because
        the checklist still lists the old recorder. TFO [[name:Gaz Whitlock]]
    """)),
    ("aviation", "success", prose("""
        Big shout out to [[name:Anjali]] (aka [[name:AJ]]) for [[date:Fri 12th]]. On {{transit}} back
        from a job near [[address:Millbrook Road]] she spotted a bright hot spot on the {{thermal}}
        that didn't look like a chimney. Rather than ignore it on the way home she asked
        [[name:Tom]] to do one {{orbit}} and it was a {{roof space}} fire at a terrace with the lights
        off. [[name:AJ]] got {{Force Control}} to call {{Fire}} and a unit to knock doors. A
        couple in their 80s and a baby were got out before the fire got through the ceiling.
        {{Fire Service}} said the alarm had no battery. Great {{situational awareness}}, great
        {{CRM}}. - [[name:Will]] ({{Safety Manager}})
    """)),
    ("aviation", "near_miss", block("""
        Shift handover - days to nights, [[date:Mon 15 April]]
        Aircraft: [[aircraft_registration:G-TSAX]] serviceable, 80% fuel. [[aircraft_registration:G-TSAY]] {{U/S}}, {{chin window}} on order.
        NEAR MISS: new 90 m {{tower crane}} at [[address:Wharfside Quay]] is not yet on the {{moving map}}.
        [[name:Mark]] nearly flew into it at 500 ft on {{Sunday}} night in low cloud; saw the
        {{obstacle lights}} at half a mile. {{NOTAM}} was issued but wasn't in our brief pack.
        {{Met}}: {{CAVOK}} till {{0200}} then mist.
        Tonight: [[name:Mark Ostrowski]] / [[name:Bill Ashworth]]. Keys with [[name:Juan-Pablo]].
        {{PolSA}} request pending for {{Op}} tomorrow - ring {{Force Control}} on [[phone:01632 960 229]].
    """)),
    ("aviation", "incident", block("""
        #tsasu-ops
        [[name:will.h]]  {{09:14}}
        why was the {{downlink}} receiver in the front office on all night? a visitor waiting for lost property watched the whole {{drugs warrant}} at [[address:14 Cinder Row]] on the telly
        [[name:gethin.m]]  {{09:16}}
        that was us, {{Force Control}} asked for a feed and the receiver defaults to every screen in the building
        [[name:pat.keogh]]  {{09:20}}
        the visitor was Mr [[name:Lomax]], he lives two doors down. he recognised the house
        [[name:will.h]]  {{09:22}}
        logging as a {{data breach}} and telling the {{DPO}}. [[name:Pat]] pls get that screen moved behind the {{secure door}} today. ref [[case_reference:DB-24-006]]
    """)),
    ("aviation", "success", block("""
        Transcript - {{Airwave}} talkgroup, [[date:20/04/24]]
        [[flight_number:Hawk 21]]: Control, [[flight_number:Hawk 21]], eyes on the {{Golf}}, [[vehicle_registration:YD19 HRW]], northbound, speed 90 plus
        {{Control}}: Received, [[flight_number:Hawk 21]]
        [[flight_number:Hawk 21]]: Recommend {{ground units}} back off, we have it on camera, it's entering a {{30 limit}}
        Control: All units, {{pursuit}} to be discontinued, air has commentary
        [[flight_number:Hawk 21]]: Vehicle stopped rear of [[address:Sycamore Parade]], two occupants decamping over a fence, {{thermal}} has both in the garden of the {{end terrace}}
        Control: {{Dog unit}} two minutes

        Note: by taking commentary the aircraft let ground units drop out of a dangerous
        pursuit. Both detained, no collisions. Crew [[name:Tom Braithwaite]] / [[name:Gethin Morgan]].
    """)),
    ("aviation", "incident", prose("""
        During a night sortie on [[date:25 April 2024]] the {{pilot}}'s {{NVG}} ({{ANVIS-9}})
        failed without warning while [[aircraft_registration:G-TSAX]] was in a high hover at
        300 ft over unlit farmland near [[address:Swallowfield Lane]]. The pilot, [[name:Mark
        Ostrowski]], called "goggles failed", transitioned to instruments and climbed to
        {{minimum safe altitude}}. {{TFO}} [[name:Bill Ashworth]] took over the lookout on his
        own goggles and gave verbal guidance until the aircraft was clear of the
        {{wind turbines}} to the north. The task was abandoned. Engineering found the battery
        pack was from a batch past its shelf life, issued from {{stores}} without a date check.
        Report [[case_reference:TSASU-OR-24-023]]. Learning: battery date check to be a
        {{pre-flight}} item, and a spare pack carried for each crew member on every night flight.
    """)),
    ("aviation", "success", block("""
        Typed from a card left at the gate:

        "Dear {{helicopter crew}}, on [[date:4th May]] my little boy [[name:Jamie]], who is [[age:6]]
        and {{autistic}}, ran off at the {{country park}} when a dog barked at him. I have never
        been so scared. You found him in the reeds by the {{lake}} in under twenty minutes. The
        {{officer}} said you could see him on the {{heat camera}} when nobody could see him from the {{path}}.
        [[name:Jamie]] now says he wants to fly a helicopter. Thank you thank you thank you.
        Love from [[name:Sharon]], [[name:Jamie]] and [[name:Poppy]] (his {{sister}}) x"

        Crew: [[name:Ines Carvalho]] / [[name:Anjali Deshpande]]. Tasking ref [[case_reference:CAD-2210]].
        Card pinned up in the {{crew room}}.
    """)),
    ("aviation", "success", prose("""
        gd result [[date:fri 10th]] - tasked {{Grade 1}} to a {{firearms}} incident at
        [[address:Kingfisher Way]]. first time using the new {{LoA}} with
        [[organisation:Castlemoor Radar]], we rang them as we lifted and they had a straight
        through clearance ready so no holding at the {{CTR}} boundary. on scene 6 mins faster
        than the same route in {{March}}. {{ARV}} said the {{commentary}} on the suspect's
        position let them hold back and the male came out and surrendered. thanks
        [[name:Juan-Pablo]] at the ops desk for sorting the {{LoA}} paperwork, and
        [[name:Rosalind]] for flying it lovely. - [[name:gaz]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind232", REPORTS))
