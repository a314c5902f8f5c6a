"""Held-out blind corpus 275: fifty invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well de-identification generalises. Three settings, all people, organisations, places and
numbers invented:

* social_care (17): a domestic abuse service working alongside children's social care -
  MARAC, IDVAs, refuges, Clare's Law disclosures, children living with abuse.
* health (17): a school nursing service - immunisation sessions in schools, drop-ins, health
  assessments for children in care, safeguarding referrals.
* aviation (16): a coastguard search and rescue helicopter base - pilots, winch operators,
  winchmen, paramedics, taskings, hospital landing sites.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes with
attendance and apologies, pipe-separated and aligned tables, radio transcripts and thank-you
notes. Identifiers are marked [[label:value]]; must-not-redact mentions are marked {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind275.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        quick note b4 i forget - [[date:tues 12/3]]
        saw [[name:kerry-ann]] at the {{refuge}} re {{MARAC}} actions. her ex [[name:dwayne]] has found out which school the kids go to, [[name:kerry-ann]] thinks her sister let it slip. [[name:tia]] ([[age:9]]) saw him at the gates at pick up yday, he didnt approach just waved + drove off. grey {{corsa}} [[vehicle_registration:KX19 TLP]].
        rang [[organisation:St Bede's RC Primary]], spoke to {{DSL}} mrs [[name:okafor]] - she wasnt aware of the {{non-mol}} at all!! copy never got sent over from {{CSC}}. emailed it to her now.
        told {{police}}, log no [[case_reference:NMP-240312-0419]]. {{allocated SW}} on leave, left vm for {{duty}} x2 no answer
        todo: {{safety plan}} review w/ [[name:kerry-ann]], ask school about {{password}} for collection, flag to {{IDVA}} mgr
        cant believe the order wasnt shared tbh
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:14 February 2024]] I was completing the {{MARAC}} referral and research form for
        Ms [[name:Agnieszka Nowak]] (MARAC ref [[case_reference:MRC/24/0087]]). When I copied the
        children's details across from the {{Children's Services}} record I noticed that the address
        held for [[name:Zofia]] ([[age:aged 5]]) and [[name:Kuba]] ([[age:aged 2]]) was still the
        family home, [[address:22 Fennel Close, Brackenford]] [[postcode:BK4 7RW]], where the alleged
        perpetrator, Mr [[name:Marek Nowak]], still lives. Ms [[name:Nowak]] and the children have been
        in {{refuge}} since {{January}}. The draft list had already gone to the coordinator and would
        have been circulated to fourteen agencies ahead of the {{Thursday}} meeting; any of them could
        have posted letters or sent a {{health visitor}} to that address. I rang the {{MARAC coordinator}},
        [[name:Hope Adeyemi]], who pulled the list before circulation and replaced the address with
        'confidential - via {{IDVA}}'. No information left the service. Learning: the children's
        record is not updated when a family enters refuge, and our form auto-fills from it. I have
        asked that the {{referral form}} carries a mandatory 'current safe address confirmed' tick box.
    """)),
    ("social_care", "success", block("""
        Teams chat export - #idva-team - [[date:Fri 8 March]]
        [09:41] [[name:Leanne Boateng]]: massive shout out to [[name:Faith]] for yesterday 🙌 police wanted to do the {{Clare's Law}} disclosure to [[name:SM]] at home with the kids in the room. [[name:Faith]] pushed back, got {{PC}} [[name:Ollie Brandt]] to do it at the {{children's centre}} instead + sorted a {{creche worker}} so the little ones were out of earshot
        [09:43] [[name:Faith Mensah]]: aw thanks hun. honestly [[name:SM]] was amazing, she asked all the right qs. {{right to ask}} > {{right to know}} every time
        [09:44] [[name:Leanne Boateng]]: she's accepted a {{refuge}} space with [[organisation:Millhaven Women's Aid]] today, {{IDVA}} handover done
        [09:47] [[name:Dev]]: brill work 👏 can we put it in the {{learning log}}? disclosure venue + childcare as standard
        [09:48] [[name:Leanne Boateng]]: yes adding to team meeting [[date:14/3]] agenda
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - [[date:Saturday 2 March 2024]] - ref [[case_reference:DA-2403-118]]
        18:05 {{EDT}} call from refuge worker [[name:Grace Olatunji]] ([[organisation:Eastholme Refuge]]): resident [[name:Roxanne]] has left with both children ([[name:Kai]], [[age:4]], and [[name:Summer]], [[age:18 months]]) to go back to partner.
        18:20 Checked {{LCS}}: children on a {{CP plan}} under {{emotional harm}}. Partner [[name:Jordan Pike]] subject to {{bail conditions}} not to contact her.
        18:32 Rang [[name:Roxanne]]'s mobile [[phone:07700 900713]] - no answer x3.
        18:40 {{Police}} informed, {{CAD}} [[case_reference:CAD 1877 02/03]] opened for {{welfare check}}.
        20:15 Police attended [[address:9 Larch Walk, Corrington]]; [[name:Roxanne]] and children present, partner not there. Children asleep, no visible injuries.
        20:50 Plan agreed with {{EDT manager}}: {{strategy discussion}} first thing {{Monday}}, refuge to hold the room for 48 hrs.
        ISSUE: refuge had no {{out-of-hours}} number for the allocated SW so about an hour was lost before anyone checked the plan.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Tomasz Wiśniewski]] <[[email:t.wisniewski@brackenford-das.org.uk]]>
        To: Practice Lead - {{Children's Social Care}}
        Date: [[date:19 March 2024]] 16:22
        Subject: Near miss - {{chronology}} nearly sent to wrong solicitor

        Hi [[name:Bernadette]],

        Flagging a near miss from this afternoon. I was about to email the updated {{DASH}} and chronology for the [[name:Haddad]] children to the {{family court}} contact list held on the case. The top address in the list was dad's solicitor, not mum's. Dad is the alleged perpetrator and the chronology names the children's new nursery, [[organisation:Little Acorns Nursery]], and mum's {{refuge}} area.
        I only noticed because the autocomplete showed "[[organisation:Pryce & Dunmore Solicitors]]". Nothing was sent.
        Could we ask {{Legal}} to split contact lists into "safe to share" and "do not share"?

        Thanks,
        [[name:Tom]]

        [[name:Tomasz Wiśniewski]] | {{IDVA}} - Children and Families
        [[organisation:Brackenford Domestic Abuse Service]] | [[phone:01632 960418]]
    """)),
    ("social_care", "success", block("""
        MINUTES - {{Operation Encompass}} learning review - [[date:21/03/24]]
        Present: [[name:Rosa Delgado-Reyes]] ({{Safeguarding Lead}}, [[organisation:Corrington Borough Council]]), [[name:Mark Ilunga]] ({{IDVA}}), [[name:Niamh O'Sullivan]] ({{DSL}}, [[organisation:Hollybank Primary School]]), {{DS}} [[name:Kofi Asante]] ({{Public Protection Unit}})
        Apologies: [[name:Bill Stephens]] ({{health visitor}}), [[name:Pat]] ({{CAMHS}})

        1. What went well
        [[name:Niamh]] described the notification received at 08:10 on [[date:5 March]] after an overnight call-out to the home of pupil [[name:LW]] ([[age:aged 8]]). Because of the early notice the {{key adult}} met [[name:LW]] at the gate, gave her breakfast in the {{nurture room}} and let her sit out of {{PE}}. Mid-morning [[name:LW]] told her key adult that dad had "squeezed mum's neck". School rang the {{MASH}} and [[name:Mark]] the same morning; mum accepted IDVA support that afternoon and police recorded a {{non-fatal strangulation}} offence.
        2. Learning
        Timing is everything - notice before registration, not after lunch.
        3. Actions
        - [[name:Mark]] to share the school's gate-greeting script with other {{DSLs}}.
        - DS [[name:Asante]] to check notifications go out before 08:30 to all schools.
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT - CONFIDENTIAL
        Service: [[organisation:Brackenford Domestic Abuse Service]] - {{Children and Young People}} team
        Reported by: [[name:Chidi Eze]], {{CYP worker}}
        Date of incident: [[date:26/03/2024]]      Ref: [[case_reference:IR-24-0331]]
        Child: [[name:Oliwia Zając]]      DOB: [[date_of_birth:04/11/2011]]
        Address: [[address:Flat 3, 17 Sorrel Court, Millhaven]] [[postcode:MH2 5DJ]] (CONFIDENTIAL)
        Parent/carer: [[name:Ewa Zając]] (mum)
        NHS no: [[nhs_number:485 777 3457]]
        What happened: After the {{recovery group}} session at [[organisation:Quarry Road Community Centre]] the signing-in sheet, which lists each child's parent and home postcode, was left on a table. The {{caretaker}} found it next morning and rang us. [[name:Oliwia]]'s postcode was on it and her mother's ex-partner is known to use the centre's gym.
        Immediate action: sheet retrieved, mum told by phone the same day, {{DPO}} notified, {{Children's Social Care}} informed.
        Contributing factors: {{agency}} co-facilitator not inducted; no lockable bag for paperwork.
    """)),
    ("social_care", "near_miss", block("""
        [[date:02/04/2024]], 21:14 - [[name:Amber Clarke]]: hi sorry to msg so late, lady in rm 4 says her ex's mum has just turned up at the front door asking for her by name. new {{agency}} worker [[name:Dom]] answered the {{intercom}}
        [[date:02/04/2024]], 21:15 - [[name:Sunny Kaur]]: DO NOT confirm shes here. has he said anything??
        [[date:02/04/2024]], 21:16 - [[name:Amber Clarke]]: he was about to go and get her 🙈 i took over at the door and said we cant confirm or deny who lives here
        [[date:02/04/2024]], 21:17 - [[name:Sunny Kaur]]: ok good. ring {{999}} if she doesnt leave. is the resident ok?
        [[date:02/04/2024]], 21:25 - [[name:Amber Clarke]]: she's gone towards the {{bus stop}}. [[name:Marta]] shaken but staying put, kids asleep
        [[date:02/04/2024]], 21:31 - [[name:Sunny Kaur]]: thanks [[name:Amber]]. [[name:Dom]] needs the {{confidentiality}} briefing before his next shift, i'll do it tomoz + log as near miss [[case_reference:NM-0402-03]]. {{risk assessment}} for rm 4 to be reviewed w her {{IDVA}} in the morning
    """)),
    ("social_care", "success", prose("""
        Logged by [[name:Marguerite Osei]], {{refuge manager}}, [[date:9 April 2024]]. Sharing a card we
        received this week from a former resident, who is happy for it to be used for learning (I have
        removed her name). It reads: 'To [[name:Will]], [[name:Joy]] and everyone at
        [[organisation:Eastholme Refuge]] - when we came to you in {{November}} my son [[name:Jayden]]
        was [[age:13]] and hadn't been in school for four months. [[name:Will]] sat with him every
        {{Tuesday}} playing {{FIFA}} and then doing maths, and [[name:Joy]] fought to get him a place at
        [[organisation:Corrington Academy]] with the {{virtual school}} paying for a {{mentor}}. He has
        just been picked for the football team. Thank you for believing in him when I couldn't.' The
        learning for us is that the {{children's worker}} role made the difference: [[name:Jayden]] had
        been seen only as 'mum's son' by {{Children's Social Care}} and his {{Child in Need}} plan had no
        education goal until our team raised it at the review.
    """)),
    ("social_care", "incident", block("""
        HANDOVER - {{IDVA}} duty desk - [[date:Thurs 11 April]]
        From: [[name:JK]]   To: [[name:Marisol]]

        1. [[name:Fatima Al-Sayed]] ({{high risk}}, MARAC [[date:18/4]]) - INCIDENT: perp [[name:Yusuf]] released from custody yesterday pm and nobody told us or her. She found out when her daughter [[name:Layla]] ([[age:12]]) saw him outside the {{corner shop}}. {{OIC}} is {{DC}} [[name:Brennan]] - says the release notification went to the old team inbox. [[name:Fatima]] + kids staying at her mum's tonight.
           Need: raise formally with {{OIC}} + {{Probation}}, update {{safety plan}}, tell {{CSC}} (SW is [[name:Precious]]).
        2. [[name:Bex]] - wants to step down from support, fine, closure letter to SAFE address only (NOT [[address:14 Heron Way, Brackenford]]).
        3. Mrs [[name:Li]] - {{interpreter}} ({{Mandarin}}) booked [[date:Mon 15th]] 10am, booking ref [[case_reference:LANG-55102]].

        [[name:JK]]
    """)),
    ("social_care", "near_miss", prose("""
        I am reporting a near miss at [[organisation:Brightwater Family Contact Centre]] on
        [[date:Saturday 13 April]]. [[name:Arjun]] ([[age:aged 6]]) was having {{supervised contact}}
        with his father, Mr [[name:Suresh Raghunathan]], under a {{Child Arrangements Order}}. At the end
        of the session a woman came to reception and said she had been sent by his mother to collect
        [[name:Arjun]]. She gave the mother's name correctly. The volunteer on reception, [[name:Frank]],
        started to fetch [[name:Arjun]]'s coat. The {{session supervisor}}, [[name:Ifeoma Nwankwo]], checked
        the collection sheet, which said only Ms [[name:Devi Raghunathan]] or her sister
        [[name:Lakshmi]] could collect, with a password. The woman could not give the password and
        left; Ms [[name:Raghunathan]] later identified her as the father's new partner. [[name:Arjun]] did
        not see her. Volunteers are now shown the collection sheet at the start of every session.
        {{Police}} were informed (log [[case_reference:NMP-240413-1102]]) and the {{Cafcass}} officer has
        been updated.
    """)),
    ("social_care", "success", block("""
        Q1 LEARNING LOG - what went well ({{CYP}} team) - compiled [[date:12/04/24]]
        Ref       | Child(ren)                      | Worker             | What worked
        [[case_reference:CYP-1142]]  | [[name:Mia]] ([[age:7]]), [[name:Rose]] ([[age:11]])        | [[name:Priya]]              | {{Three Houses}} with both girls; their words went straight into the {{CP conference}} report and the {{Chair}} quoted them
        [[case_reference:CYP-1160]]  | [[name:Tyler-James]] ([[age:15]])          | [[name:Gareth]]             | refused {{CAMHS}}; [[name:Gareth]] met him at the skate park weekly instead, now attending {{YJS}} sessions
        [[case_reference:CYP-1171]]  | [[name:Nadia]] ([[age:4]])                 | [[name:Priya]] & [[name:Hollie]]   | joint visit with {{health visitor}}; [[organisation:Sunflowers Day Nursery]] now does a daily check-in
        [[case_reference:CYP-1188]]  | [[name:Emre]] & [[name:Deniz Yılmaz]]           | [[name:Gareth]]             | {{Turkish}}-speaking worker from partner agency so mum could do the {{DASH}} in her own language
    """)),
    ("social_care", "incident", block("""
        From: [[name:Hannah Bright]]
        Sent: [[date:Tuesday, 16 April 2024]] 09:12
        To: {{Team Manager}}, [[organisation:Corrington Children's Services]]
        Subject: Incident - home visit with perpetrator present ([[case_reference:CP-66731]])

        Hi [[name:Dawn]],

        Writing this up as agreed. Yesterday the newly allocated {{social worker}} made an unannounced {{home visit}} to Ms [[name:Kalinda Reid]] at [[address:5 Ashgrove Terrace, Corrington]] [[postcode:CR7 2NB]]. Mr [[name:Reid]] was home. She went through the {{DASH}} questions and the {{CP plan}} in front of him, including mum's disclosures to me. Ms [[name:Reid]] rang me at 17:40 terrified. Police did a {{welfare check}}; no assault, but risk is now much higher. [[name:Keanu]] ([[age:10]]) and [[name:Tiana]] ([[age:3]]) were in the house.
        The SW had not read the {{chronology}} and the transfer summary didn't say "do not discuss DA in front of father". I have asked for an urgent {{MARAC}} re-referral and a {{core group}}.

        [[name:Hannah]]
        {{Senior IDVA}}, [[organisation:Brackenford Domestic Abuse Service]]
        [[phone:07700 900256]]
    """)),
    ("social_care", "near_miss", block("""
        nm - [[date:wed 17/4]]
        new refuge referral from [[organisation:Westfield DA Hub]] (out of area) - mum [[name:shanice]] + 3 kids ([[age:8]], [[age:5]], [[age:6 wks]]).
        id pencilled her into [[organisation:Millhaven Women's Aid]] rm 2 as its the only family room free. then read the referral properly and perps family live in millhaven!! his brother works at the leisure centre there.
        also nearly sent the {{refuge address}} confirmation txt to her mobile which he's known to check (its in the {{DASH}} notes, Q17).
        stopped both, rang [[name:Ruth]] at the {{National DA Helpline}} and found a space out of county instead.
        learning - read the WHOLE {{referral}} before offering a space not just the risk summary on p1. also check where perps family are vs refuge
        gonna suggest a checklist at team mtg
        - [[name:sj]]
    """)),
    ("social_care", "success", prose("""
        Learning report - what went well. At the {{MARAC}} on [[date:25 April 2024]] an action was set
        for [[organisation:Corrington Homes]] to fit {{target hardening}} at the home of Mrs
        [[name:Gloria Mbeki]] under the {{Sanctuary Scheme}}, with {{IDVA}} [[name:Faith Okoro]] to
        coordinate. Mrs [[name:Mbeki]] cares for two grandchildren under a {{Special Guardianship Order}},
        [[name:Lerato]] ([[age:aged 9]]) and [[name:Thabo]] ([[age:aged 7]]), and the threat came from their
        father. The {{housing officer}}, [[name:Cyril Baptiste]], attended the same week with the
        contractor; a new door, a {{video doorbell}} and a {{fire-proof letterbox}} were fitted within
        nine days of MARAC, against a usual wait of six weeks. On [[date:12 May]] the father tried to force
        the door at 02:00; the doorbell footage led to his arrest for breach of his {{restraining order}}.
        The children were not woken. [[name:Faith]] said the key was [[name:Cyril]] treating the MARAC
        action as his own rather than passing it to the {{repairs}} queue. We propose a named housing
        contact for every MARAC case.
    """)),
    ("social_care", "incident", block("""
        Notes - {{strategy discussion}} (rescheduled) - [[date:29.04.24]]
        Chair: [[name:Olu Bankole]], {{Team Manager}}, [[organisation:Corrington Children's Services]]
        Attendees: [[name:Inês Ferreira]] ({{IDVA}}), {{DC}} [[name:Harriet Vance]] ([[organisation:Northmoor Police]] {{PPU}}), Dr [[name:Amara Singh]] ({{GP}}, [[organisation:Larkhill Surgery]]), [[name:Miles]] ({{school nurse}})
        Apologies: none

        Why rescheduled (INCIDENT): the original invite for [[date:26 April]] was sent from the {{shared mailbox}} with the family surname, [[name:Doherty]], in the subject line. One recipient was the children's father, [[name:Sean Doherty]], whose personal email was stored as "parent - contact" on the case system. He accepted the invite. Meeting cancelled as soon as [[name:Inês]] spotted it.
        Discussion: mum [[name:Claire Doherty]] told by [[name:Inês]] same day, {{safety plan}} updated. [[name:Aoife]] ([[age:6]]) and [[name:Conor]] ([[age:4]]) at home with mum; police {{marker}} on the address.
        Decision: {{Section 47}} enquiry to proceed.
        Actions: [[name:Olu]] to report the {{data breach}} to the {{DPO}}; invites to use case number [[case_reference:CS-2024-04417]] only, never a surname.
    """)),
    ("social_care", "success", block("""
        #cyp-team-wins | [[date:3 May 2024]]
        [[name:naz.h]]  10:04
        little win 🎉 [[name:Ellie-Mae]] ([[age:10]]) read out her own {{wishes and feelings}} letter at the {{Review Child Protection Conference}} today. chair Mr [[name:Dunne]] said it's the first time a child has spoken in one of his conferences this year
        [[name:gareth.p]]  10:06
        amazing!! how did you prep her?
        [[name:naz.h]]  10:09
        3 sessions with the {{Three Houses}} then she picked what to read. mum [[name:Keeley]] came too and the {{CP plan}} ended - stepping down to {{Child in Need}}
        [[name:robin.a]]  10:11
        brilliant. can we have a 5 min slot on this at {{team meeting}} {{Thursday}}? and pls ask [[name:Ellie-Mae]] if we can keep a copy (no names) for the {{practice guide}}
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        incident - {{hpv}} session [[organisation:Thornbridge High]] [[date:4/3]]
        2 x [[name:Ruby Hughes]] in yr 8, diff tutor groups + diff {{DOBs}}. one had consent, the other's mum DECLINED on the {{e-consent}} form.
        teacher sent "[[name:Ruby Hughes]]" from 8M, i checked name + tutor grp but not {{DOB}} cos the queue was massive & we were 2 nurses down. gave {{Gardasil 9}} L arm. 10 mins later 8T [[name:Ruby]] turned up w her consent printout...
        so wrong [[name:Ruby]] vaccinated :(
        told {{lead nurse}} [[name:Bernie]] straight away, rang mum (Mrs [[name:Hughes]]) - v upset, calmer once i explained no clinical harm + what to watch for. offered to meet her w [[name:Bernie]].
        {{datix}} [[case_reference:W-118392]]
        learning: 3 point ID check EVERY child inc DOB even when its chaos. flag duplicate names on the list the day BEFORE
    """)),
    ("health", "near_miss", block("""
        NEAR MISS REPORT
        Team: [[organisation:Corrington School Nursing Team]]
        Session: {{MMR}} catch-up, [[organisation:Al-Noor Girls' School]]      Date: [[date:7 March 2024]]
        Pupil: [[name:Maryam Hussain]]      DOB: [[date_of_birth:22/09/2012]]
        NHS number: [[nhs_number:612 304 8813]]
        Address: [[address:88 Linnet Road, Corrington]] [[postcode:CR3 8PL]]
        Reporter: [[name:Gwen Pryce-Jones]], {{staff nurse}}
        What happened: Parent's consent form asked for the gelatine-free vaccine ({{Priorix}}) for religious reasons. Session stock had been topped up with {{MMRVaxPro}}, which contains {{porcine gelatine}}, and both were in the same {{cool box}} tray. I had drawn up from an MMRVaxPro vial when the {{healthcare assistant}}, [[name:Jun Tanaka]], read the form back aloud and queried it. Dose discarded, Priorix given. No harm; parent told as a courtesy. Ref [[case_reference:NM-SN-0712]].
        Suggested change: separate labelled trays, and "Priorix only" flag on the class list.
    """)),
    ("health", "success", block("""
        From: [[name:Olivia Grant]] <[[email:olivia.grant@bchs.nhs.uk]]>
        Sent: [[date:Thu 14/03/2024]] 15:47
        To: School Nursing - all staff
        Subject: Thank you [[name:Precious]] and [[name:Kwame]] - {{anaphylaxis}} at Td/IPV session

        Hi all,
        A public thank you. At the Year 9 {{Td/IPV}} and {{MenACWY}} session at [[organisation:St Oswald's Academy]] on {{Tuesday}}, a student [[age:aged 14]] developed {{urticaria}} and {{stridor}} about three minutes after her MenACWY. [[name:Precious Adebayo]] recognised anaphylaxis at once, gave {{adrenaline}} 500 micrograms {{IM}} and called {{999}}, while [[name:Kwame]] cleared the hall and kept the other students calm. A second dose wasn't needed. She went to [[organisation:Corrington General Hospital]] by ambulance and was home that evening.
        The {{anaphylaxis kit}} check that [[name:Kwame]] brought in back in {{January}} meant everything was there and in date.
        Well done both!
        [[name:Liv]]

        [[name:Olivia Grant]] | {{Clinical Lead}}, School Nursing | [[organisation:Brackenford Community Health NHS Trust]]
    """)),
    ("health", "incident", block("""
        Cold chain incident - flu session, [[organisation:Meadowcroft Primary]] - [[date:Wednesday 16 October 2024]]
        07:45  {{Fluenz}} collected from base fridge by [[name:Tariq]] ({{HCA}}); fridge log 4.8°C. {{Data logger}} placed in the {{cool box}}.
        08:30  Arrived at school. Cool box left in the car while the team set up in the hall ({{caretaker}} had locked the side gate, long walk round).
        09:20  Cool box brought in. Logger reading 10.6°C, peak 11.2°C at 09:05.
        09:25  Vaccinating paused. {{Band 7}} [[name:Ana Costa]] informed.
        09:40  {{Medicines management}} advice line - stock quarantined pending manufacturer advice.
        11:10  Manufacturer: stock usable within stability data. Session resumed 11:30; 47 children vaccinated, 12 rebooked for [[date:23/10]].
        Ref: [[case_reference:DATIX 2024-10551]]
        Learning: the cool box goes in FIRST; carry spare ice packs; ask schools for gate codes in the pre-session call.
    """)),
    ("health", "near_miss", block("""
        [[date:Mon 25 March]] - Teams - {{LAC}} health chat
        [11:02] [[name:Bethan Rees-Morgan]]: quick q before i press send - the {{RHA}} summary for [[name:Callum]] ([[case_reference:LAC-3391]]) - the distribution list on the template has birth mum's address on it?? [[address:12 Kestrel Rise, Thornbridge]]
        [11:04] [[name:Samira Haddou]]: STOP dont send. his {{foster carer}}'s address is in section 4 and birth mum isnt meant to know where he's placed
        [11:05] [[name:Bethan Rees-Morgan]]: omg. not sent. its auto-populated from the old {{SystmOne}} record
        [11:07] [[name:Samira Haddou]]: ok send to {{IRO}}, {{social worker}} + carer only. i'll do the near miss form. [[name:Callum]]'s {{placement}} is only 3 wks old and mum has made threats
        [11:09] [[name:Bethan Rees-Morgan]]: done ✅ also asking {{Designated Nurse}} to get the template fixed so it never pulls birth parents by default
    """)),
    ("health", "success", block("""
        Team meeting minutes - [[organisation:North Corrington School Nursing]] - [[date:10/04/24]]
        Present: [[name:Ade]] (chair), [[name:Kasia]], [[name:Joy Mensah]], [[name:Harvey Lindqvist]]
        Apologies: [[name:Cerys]] ({{annual leave}}), [[name:Mo]] ({{study day}})

        Item 3 - Learning from practice (good news)
        [[name:Kasia]] shared a case from the {{drop-in}} at [[organisation:Ferngrove Academy]]. A Year 10 student, [[name:AB]] ([[age:15]]), came in asking about sleep. Using {{HEADSSS}} [[name:Kasia]] identified six weeks of {{self-harm}} (cutting). [[name:AB]] was assessed as {{Gillick competent}}; they agreed together to tell the {{DSL}} and refer to {{CAMHS}} {{SPA}}, and [[name:AB]] was seen within five days. [[name:AB]] came back to the drop-in to say thank you.
        Discussion: holding the drop-in in the library rather than the {{medical room}} makes it less visible to peers.
        Actions: [[name:Joy]] to update drop-in posters; [[name:Ade]] to share with the other locality teams.
    """)),
    ("health", "incident", block("""
        From: [[name:Nkechi Obi]] <[[email:n.obi@bchs.nhs.uk]]>
        To: [[email:safeguarding.team@bchs.nhs.uk]]
        Date: [[date:22 April 2024]] 08:55
        Subject: INCIDENT - delayed {{MASH}} referral

        Safeguarding team,
        Reporting an incident. On [[date:Friday 19 April]] I completed a MASH referral for [[name:Demi-Leigh Carter]] (DOB [[date_of_birth:30/06/2016]], NHS [[nhs_number:728 915 0465]]) after she told me at her {{health assessment}} that her stepdad "hits her with a belt". I emailed it to the old MASH address, which still auto-completes. The bounce-back went to my junk folder, so nobody had it until I chased at 08:30 today - nearly three days. I had rung the school {{DSL}}, Mr [[name:Achterberg]], on the {{Friday}} and he confirmed she went home with mum. [[name:Demi-Leigh]] is now subject to a {{strategy discussion}} this afternoon.
        Could the old address be removed from the global list?

        [[name:Nkechi]]
        {{School Staff Nurse}} | [[phone:01632 960771]]
    """)),
    ("health", "near_miss", block("""
        SESSION CHECK / near miss - [[organisation:Riverside Infant School]] flu session [[date:05/11/24]]
        Item               | Batch      | In date?        | Checked by | Notes
        {{Fluenz}} tray 1    | {{FX2291}}   | yes             | [[name:TO]]         | ok
        {{Fluenz}} tray 2    | {{FX1870}}   | NO - exp {{Oct}}   | [[name:TO]]         | removed before use
        {{adrenaline}} 1:1000 | {{AD7734}}   | yes             | [[name:Grace]]      | ok
        {{Spacer}} / {{BVM}}     | n/a        | yes             | [[name:Grace]]      | ok

        Tray 2 had been returned to the base fridge after the [[date:30 Oct]] session at [[organisation:Hillside Primary]] and not re-checked when it was packed again. [[name:Tomás O'Reilly]] ([[name:TO]]) found it during the two-person check at the school. No child received an expired dose. [[name:Grace]] has added "re-date returned stock" to the fridge sheet. Ref [[case_reference:NM-2024-1183]].
    """)),
    ("health", "success", prose("""
        Compliment logged [[date:2 December 2024]] by [[name:Shona]] ({{team leader}}). Message from a dad,
        passed on by [[organisation:Oakfield Special School]]: 'Please pass this on to the nurses,
        [[name:Hope]] and [[name:Rhys]]. [[name:Ollie]] is [[age:12]], {{autistic}} and terrified of needles.
        Last year he ran out of the hall and hid in the toilets. This year [[name:Hope]] sent us a
        {{social story}} with photos of the room and of her, let him bring his {{iPad}} and headphones,
        and did his {{HPV}} jab in the {{sensory room}} at 9am before anyone else arrived. [[name:Rhys]] let
        him put the "done" sticker on himself. He told me it was only two out of ten scary. We can't
        thank you enough.' Learning: the {{reasonable adjustments}} were planned with the {{SENCO}} a week
        before the session, not on the day, and that is the part we want every team to copy.
    """)),
    ("health", "incident", prose("""
        At about 10:40 on [[date:Thursday 9 May]], during the {{HPV}} session at
        [[organisation:Kingsmead School]], I ([[name:Daniel Okonkwo-Hart]], {{school staff nurse}})
        sustained a {{needlestick injury}} to my left index finger. The {{sharps bin}} on my table was
        above the fill line because the replacement bin had not been packed, and as I pushed a used
        needle in, another needle sticking out of the aperture went through my glove. I followed the
        {{inoculation injury}} procedure: bled and washed the wound, told the session lead
        [[name:Marianne Dubois]], and went to {{A&E}} at [[organisation:Thornbridge District Hospital]]
        where bloods were taken and a {{hepatitis B}} booster given. The source was unknown because the
        bin held needles from about thirty pupils. {{Occupational health}} follow-up is booked for
        [[date:16 May]]. Ref [[case_reference:INC-2024-2286]]. Contributing factors: no spare sharps bin
        on the packing list; session running 25 minutes late and pressure to keep going.
    """)),
    ("health", "near_miss", block("""
        [[date:15/05/2024]], 07:58 - [[name:Lou]]: morning all, quick confession before i write it up 🙈
        [[date:15/05/2024]], 07:59 - [[name:Lou]]: took a photo of the {{consent}} list for [[organisation:Greenacres Juniors]] to check names on the way in, went to send it to this group and had my netball chat selected instead. noticed before i hit send
        [[date:15/05/2024]], 08:01 - [[name:Ayesha Siddiqui]]: phew. but we really shouldnt be photographing lists at all, its names + {{DOBs}} + allergies
        [[date:15/05/2024]], 08:02 - [[name:Mark]]: agree. [[name:Lou]] pls delete from your camera roll + cloud too
        [[date:15/05/2024]], 08:04 - [[name:Lou]]: deleted both. will log it as a near miss, ref [[case_reference:IG-NM-0515]]
        [[date:15/05/2024]], 08:06 - [[name:Ayesha Siddiqui]]: thanks for being honest. raising at {{huddle}} - we need the lists on the {{tablets}} not paper, and this chat is for rotas only. {{IG}} rules apply on {{WhatsApp}} too
    """)),
    ("health", "success", block("""
        LEARNING FROM EXCELLENCE
        Child: [[name:Abdirahman Warsame]]      DOB: [[date_of_birth:01/01/2008]] (assessed)
        Ref: [[case_reference:UASC-0219]]      NHS no: [[nhs_number:401 662 9373]]
        Placement: [[organisation:Harbour View Supported Lodgings]]
        Staff member nominated: Sister [[name:Maeve Gallagher]]
        Date of {{Review Health Assessment}}: [[date:20 May 2024]]
        What happened: Young person, an {{unaccompanied asylum-seeking child}}, had been in the area three weeks. [[name:Maeve]] booked a {{Somali}} interpreter for a double appointment instead of using his {{key worker}} to translate. With time and a trusted interpreter he disclosed night sweats, weight loss and a cough for two months. [[name:Maeve]] arranged a same-week {{TB}} screen and chest X-ray; active TB was excluded and {{latent TB}} treatment started. She also picked up {{scabies}} in the house and arranged treatment for all residents.
        Why it matters: previous assessment had recorded "no concerns" with no interpreter.
        Nominated by: [[name:Aziz]] ({{Designated Nurse}} {{Looked After Children}})
    """)),
    ("health", "incident", block("""
        faint + head inj @ [[organisation:Holm Park School]] - [[date:thurs 6/6]]
        yr 8 boy ([[name:kacper]]) fainted straight after {{hpv}}, was sat on a chair but slid off + hit head on the {{radiator}}. small lac above L eye
        no {{first aider}} came - school said theirs was on a trip?? we r nurses obvs so managed but had to leave 40 kids queuing
        obs ok, {{GCS}} 15, no {{LOC}} per 2 witnesses. rang dad [[name:Paweł]] on [[phone:07700 900388]] - couldnt get there for 1hr. [[name:kacper]] stayed w {{HCA}} in the {{medical room}}
        called {{NHS 111}} - advised {{walk-in centre}} for {{steri-strips}}, dad took him at 12
        datix done [[case_reference:W-121047]]
        learning: lie fainters DOWN / low chairs only, risk assess the room b4 we start (radiator!!), confirm school first aider in the pre-session call
        - [[name:em]]
    """)),
    ("health", "near_miss", block("""
        From: [[name:Rashida Begum]] <[[email:rashida.begum@bchs.nhs.uk]]>
        Sent: [[date:01 October 2024]] 17:12
        To: {{Immunisation Team Lead}}
        Subject: Near miss - e-consent matched to wrong twin

        Hi [[name:Ffion]],

        Logging this as a near miss ([[case_reference:NM-SAIS-0931]]). Reconciling the {{e-consent}} returns for [[organisation:Glenview Primary]] tonight I found that the health questions for [[name:Iona MacLeod]] ([[age:aged 10]]) had been attached to her twin [[name:Isla]]'s record. [[name:Iona]] takes {{oral steroids}} for severe asthma, which means no {{LAIV}}. [[name:Iona]]'s own record, NHS [[nhs_number:550 123 7881]], showed "no health conditions", so tomorrow she would have been given {{Fluenz}}.
        Both girls have the same DOB and address, and the system matched on those plus surname. I have corrected both records and added an alert. [[name:Iona]] will be offered the {{injected flu vaccine}} instead.

        Thanks,
        [[name:Rashida]]
        {{Immunisation Nurse}}
    """)),
    ("health", "success", block("""
        #school-nursing-shoutouts
        [[name:priya.s]]  2:14 PM
        shoutout to [[name:Mattie]] 👏 at {{NCMP}} weighing at [[organisation:Abbotsford Primary]] on [[date:12 June]] she noticed a {{Reception}} child ([[age:4yo]]) with bad tooth decay, head lice and the same clothes as her class photo from {{September}}. instead of just sending the weight letter she rang the {{DSL}}, then mum, and did a joint visit with the {{health visitor}}
        [[name:mattie.o]]  2:20 PM
        ah thank you! mum was lovely actually, just really struggling - no working cooker since {{march}} with 3 little ones. {{Early Help}} referral accepted and {{Graded Care Profile}} done
        [[name:priya.s]]  2:22 PM
        exactly the curiosity we want. putting it in the {{newsletter}} if thats ok
    """)),
    ("health", "incident", block("""
        INCIDENT REVIEW MEETING - [[date:3 July 2024]] - ref [[case_reference:SI-SN-0044]]
        Attendees: [[name:Ruth Abernethy]] ({{Head of Service}}), [[name:Grace Liu]] ({{Named Nurse}} Safeguarding), [[name:Theo]] ({{school nurse}}, reporter), [[name:Rachel Mwangi]] ({{IG lead}})
        Apologies: [[name:Sunny]] ({{Deputy Head of Service}})

        Summary: At the drop-in at [[organisation:Castlegate High School]] on [[date:26 June]], [[name:Brooke]] ([[age:16]]) asked for {{emergency contraception}}. [[name:Theo]] assessed her under the {{Fraser guidelines}} and supplied {{levonorgestrel}} under the {{PGD}}. Notes were left on the desk of the shared {{pastoral office}} while [[name:Theo]] walked [[name:Brooke]] out. The {{pastoral lead}}, Ms [[name:Harker]], read them and phoned mum. [[name:Brooke]] has complained.
        Findings: clinical care appropriate; breach caused by the room (shared, no lockable storage) and paper notes.
        Actions: [[name:Rachel Mwangi]] to advise on duty of candour letter; [[name:Grace Liu]] to meet the head teacher re a private room; all drop-in notes on the tablet from [[date:1 September]].
    """)),
    ("health", "near_miss", block("""
        Near miss timeline - nasal flu, [[organisation:Elmwood C of E Primary]], [[date:Tue 8 Oct]]
        09:10  Class list printed; [[name:Zainab]] ([[age:6]]) shows "consent yes, no health issues".
        09:48  [[name:Zainab]] queued with her class. Teacher mentioned she has "been off a lot".
        09:50  {{Pre-vaccination check}} by [[name:Chloe]] ({{HCA}}) - nothing on the form.
        09:51  [[name:Halima]] ({{staff nurse}}) noticed a {{PICC line}} dressing on her upper arm; [[name:Zainab]] said it was for "my hospital medicine". Vaccine withheld.
        10:05  Rang mum on [[phone:07700 900541]]: [[name:Zainab]] started {{chemotherapy}} for {{ALL}} in {{August}} at [[organisation:Royal Thornbridge Children's Hospital]]; consent form was filled in before the diagnosis.
        10:20  Informed [[organisation:Parkside Medical Practice]] and the oncology {{CNS}}; to be offered {{inactivated vaccine}} via the hospital.
        Learning: {{LAIV}} is contraindicated in severe immunosuppression, and old consent forms don't capture new diagnoses - ask "anything changed since you filled it in?" at every check.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        RT / intercom transcript (extract) - tasking [[case_reference:ARCC-24-0417]] - [[date:09/03/2024]]
        Aircraft [[aircraft_registration:G-NWHC]] ({{AW189}}), callsign [[flight_number:Rescue 947]]
        14:02:10  [[flight_number:Rescue 947]]: [[organisation:Porthallow Lifeboat]], [[flight_number:Rescue 947]], two minutes, lowering the {{hi-line}} to your stern. Do not touch the line until it has earthed in the water, over.
        14:02:22  LIFEBOAT: [[flight_number:Rescue 947]], copy, stern, wait for earth.
        14:06:41  {{WOP}}: hi-line going down, on deck in three, two...
        14:06:52  WOP: crewman's grabbed it before it touched the water. He's down on the deck, he's down.
        14:07:01  {{CAPT}}: Roger, holding the {{hover}}. Ask them if he's OK.
        14:07:30  LIFEBOAT: He got a belt off the line, he's up, sore wrist, wants to carry on.
        14:09:15  WOP: winchman on deck, casualty going in the {{strop}}.
        Crew: Capt [[name:Dafydd Rowlands]], co-pilot [[name:Lena Schäfer]], WOP [[name:Gareth Pell]] ("[[name:Gaz]]"), winchman [[name:Idris Mahmood]].
        Note: lifeboat crewman [[name:Cai]] is a new volunteer; the {{static discharge}} brief was passed on {{VHF}} but not heard over engine noise.
    """)),
    ("aviation", "near_miss", block("""
        nm report - drone over [[organisation:Kelsmouth General]] {{HLS}} - [[date:sun 17th]] ~21:40
        inbound w/ pt ({{cardiac arrest}}, {{ROSC}} on scene) approx 1 min out, [[name:kris]] in the LH seat spotted a {{drone}} hovering over the {{multi-storey}} approx 150ft, right on our final approach. nav lights on so prob a hobbyist
        went around + held off to the W. called hospital security on the HLS phone [[phone:01632 960555]]
        security found a lad on the top deck of the car park filming us. police attended. 2nd approach from the N, landed 21:52, 8 min delay to handover. pt ok at handover in {{resus}}
        {{MOR}} filed, our ref [[case_reference:NWH-ASR-24-061]]
        bigger issue: no {{FRZ}} round hospital sites so he prob had no idea. {{Drone Code}} says keep away from helicopters but who reads it
        - [[name:jules]] ({{TCM}}), a/c [[aircraft_registration:G-NWSK]]
    """)),
    ("aviation", "success", prose("""
        SHOUT-OUT - night of [[date:23/24 March]]. Huge thanks to the crew of [[flight_number:Rescue 947]]
        for the cliff job. Two climbers were cragfast on a sea cliff with the tide coming in and a
        40-knot southerly. On {{NVG}}, [[name:Hollie Tan]] held a hover 60 ft from the rock face for
        nearly twenty minutes while [[name:Marcus Fairweather]] called the references and
        [[name:Robin Achebe]] ran a {{hi-line}} in to [[name:Bogdan Ionescu]] on the ledge. [[organisation:Tregarra Coastguard Rescue Team]]
        lit the cliff top and held back the crowd. The second climber, [[age:aged 19]], was {{hypothermic}}
        and [[name:Bogdan]]'s {{warming}} and {{hypothermia wrap}} meant she arrived at
        [[organisation:Royal Penwarne Infirmary]] with a core temp of 34.1. Both have since gone home. This
        was textbook {{CRM}}: the {{SOPs}} worked, everyone spoke up, and the {{sortie}} came in under the
        {{FDP}}. - [[name:Wendy Okafor-Blake]], {{Base Manager}}
    """)),
    ("aviation", "incident", block("""
        CHRONOLOGY - delayed launch - [[date:Tuesday 2 April 2024]] - base ref [[case_reference:PNW-OCC-0402]]
        02:11  {{ARCC}} tasking: fishing vessel taking water 18nm SW, 3 {{POB}}. [[flight_number:Rescue 948]] to launch.
        02:13  Crew to aircraft. Primary a/c [[aircraft_registration:G-NWHC]] in hangar with a {{tech log}} entry still open ({{hoist}} {{BITE}} fault from previous evening).
        02:19  Duty engineer [[name:Ravi]] called in from home.
        02:24  Commander [[name:Jo Kettering]] decides to take standby a/c [[aircraft_registration:G-NWSK]]; towed out, {{role kit}} moved across.
        02:48  Airborne - 37 mins after tasking against {{15 min readiness}}.
        03:09  On scene. [[organisation:Porthallow Lifeboat]] already alongside; pumps passed by winch. All 3 POB safe, vessel towed in.
        Learning: evening handover did not mention the open tech log item; standby a/c was not role-fitted; readiness was reported to ARCC as 15 mins in error.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Siân Llewellyn]] <[[email:sian.llewellyn@northwind-heli.co.uk]]>
        To: {{Safety Manager}}
        Date: [[date:Sat 20 April 2024]] 19:30
        Subject: {{ASR}} - member of public near {{tail rotor}} at [[organisation:St Merryn Community Hospital]] HLS

        Hi [[name:Phil]],

        Raising this as a near miss, ref [[case_reference:ASR-24-0112]], aircraft [[aircraft_registration:G-NWHC]]. After patient handover we were doing a {{rotors running}} turnaround. A man (the patient's son, who had driven to the hospital) came through the {{HLS gate}}, which the porter had left open, and walked round the back of the aircraft to ask which ward his dad was going to. Winchman [[name:Pádraig Ó Briain]] saw him and pulled him back about 5 m from the tail rotor. No injury.
        The hospital's {{Estates}} duty manager, [[name:Colin]], says the gate has a faulty closer. Could we ask for a {{marshaller}} at every rotors-running turnaround until it's fixed?

        Cheers,
        [[name:Siân]]
        {{Winch Operator}}, [[organisation:Northwind Helicopters]] | [[phone:07700 900634]]
    """)),
    ("aviation", "success", block("""
        HOT DEBRIEF NOTES - cliff rescue - [[date:4 May 2024]] - tasking [[case_reference:ARCC-24-1190]]
        Present: [[name:Ifan]] ({{aircraft commander}}), [[name:Nadia Petrova]] ({{co-pilot}}), [[name:Will Ashdown]] ({{winch operator}}), [[name:Grace Tembo]] ({{winchman paramedic}}), [[name:Ben]] ({{Coastguard Officer}}, [[organisation:Tregarra CRT]]), [[name:Leigh]] ([[organisation:Porthallow RNLI]])
        Apologies: [[name:Oksana]] ({{duty engineer}})

        What went well
        - CRT had a {{rope technician}} with the casualty (male, [[age:67]], 20 m fall, {{open fracture}} of femur) before we arrived and passed an {{ATMIST}} on channel 0.
        - [[name:Grace]] and CRT packaged him in a {{vacuum mattress}} and {{Sked}}; single lift, 11 mins on scene.
        - [[name:Will]] talked the pilots onto the ledge with clear, short patter despite the {{downdraught}} throwing spray.
        - Lifeboat stood off for a sea recovery - not needed.
        To improve
        - Channel 0 was busy; agree a working channel at tasking.
        - Take the {{pelvic binder}} out of the bag before the lift, not on the ledge.
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT (internal)                   {{MOR}} submitted: Y
        Report no: [[case_reference:NWH-OR-24-0219]]       Date: [[date:11/05/2024]]
        Aircraft: {{AW189}} [[aircraft_registration:G-NWSK]]        Callsign: [[flight_number:Rescue 947]]
        Reporter / injured person: [[name:Idris Mahmood]] ({{winchman}})
        Phase of flight: {{hover}}, {{double lift}} from a yacht
        Description: While I was recovering a crew member my left hand was trapped between the {{hook}} and the yacht's {{guard rail}} as the yacht rose on a swell. WOP [[name:Gareth Pell]] called "up gently" and the hand came free. The casualty ([[age:aged 58]], {{head injury}}) was recovered and I completed the task. At [[organisation:Kelsmouth General Hospital]] an X-ray showed a fracture of the fifth {{metacarpal}}.
        Days lost: 14
        Contributing: deck pitching ~3 m; {{hook}} attached close to rail because of rigging.
        Actions: refresher on hand position in deck work; trial of reinforced {{gloves}}.
    """)),
    ("aviation", "near_miss", block("""
        [[date:18/05/2024]], 23:52 - Ops - [[name:Faith]]: {{ARCC}} on the line, medevac from the island, {{STEMI}}, can you launch?
        [[date:18/05/2024]], 23:53 - [[name:Jo Kettering]]: hang on. we've had 3 taskings since 08:00 and last landed 23:30. i think i'm over {{FDP}} if we go
        [[date:18/05/2024]], 23:54 - [[name:Mihai Popescu]]: same, i'm at 15h40 duty. did you accept it [[name:Faith]]?
        [[date:18/05/2024]], 23:55 - Ops - [[name:Faith]]: i said yes provisionally 😬 the {{duty hours}} board hadn't been updated after the 3rd job
        [[date:18/05/2024]], 23:58 - [[name:Jo Kettering]]: ok ring them back + decline. suggest they task [[organisation:Kelsmouth SAR]] ([[flight_number:Rescue 951]])
        [[date:19/05/2024]], 00:05 - Ops - [[name:Faith]]: done, [[flight_number:Rescue 951]] launched 00:04. logging as near miss [[case_reference:NWH-NM-24-033]]
        [[date:19/05/2024]], 00:07 - [[name:Mihai Popescu]]: cheers. duty board needs to be live not a whiteboard
    """)),
    ("aviation", "success", prose("""
        Letter received [[date:30 May 2024]] and shared with the family's permission. 'Dear crew of
        [[flight_number:Rescue 948]], on [[date:14 May]] you lifted my husband [[name:Alun Pritchard]] off
        his fishing boat in a big sea after he collapsed with chest pain. I know the paramedic was called
        [[name:Bogdan]] because [[name:Alun]] keeps saying his name. The cardiologist at
        [[organisation:Royal Penwarne Infirmary]] told us that because your paramedic sent the heart
        tracing ahead, they were waiting for him in the {{cath lab}} and he had his stent within forty
        minutes of landing. He is [[age:61]] and back mending nets. Thank you all. [[name:Megan Pritchard]].'
        Learning: the {{12-lead ECG}} transmission and {{STEMI}} pre-alert from the aircraft, direct to the
        {{PPCI}} centre rather than via {{ED}}, is now {{SOP}}; this was one of the first cases after the
        change. {{Aspirin}} and {{GTN}} were given on board per {{JRCALC}}.
    """)),
    ("aviation", "incident", block("""
        DEFECT SUMMARY - [[aircraft_registration:G-NWHC]] - week ending [[date:08/06/24]]
        Date    | Tech log   | Defect                                             | Raised by     | Status
        [[date:03/06]]   | [[case_reference:TL-4471]]    | {{rescue hoist}} cable: broken strand at 2.1 m       | [[name:W. Baptiste]]   | cable replaced, {{AOG}} 6 hrs
        [[date:04/06]]   | [[case_reference:TL-4475]]    | {{FLIR}} turret drift in {{hover}}                    | [[name:Ravi]]          | deferred under {{MEL}}
        [[date:06/06]]   | [[case_reference:TL-4480]]    | cabin door seal torn                               | [[name:W. Baptiste]]   | closed

        Note on [[case_reference:TL-4471]] (incident): the broken strand was found on the post-flight inspection after a shock-load during a {{hi-line}} transfer. The cable had passed the daily inspection that morning, done by [[name:Ola]]. Reported to the {{CAA}} as MOR [[case_reference:MOR-2024-08812]]. Hoist usage log shows 41 lifts since the last cable change.
    """)),
    ("aviation", "near_miss", block("""
        RT extract - [[date:22 June 2024]] - [[flight_number:Rescue 947]] transit to [[organisation:Kelsmouth General Hospital]]
        16:41:05  [[flight_number:Rescue 947]]: [[organisation:Penwarne Radar]], [[flight_number:Rescue 947]], {{AW189}}, 6 miles west, 1500 feet on {{QNH}} 1009, request {{Traffic Service}}.
        16:41:14  [[organisation:Penwarne Radar]]: [[flight_number:Rescue 947]], Traffic Service. Traffic, 12 o'clock, 3 miles, opposite direction, indicating 1400 feet, not in contact.
        16:41:30  [[flight_number:Rescue 947]]: Looking, [[flight_number:Rescue 947]].
        16:42:02  [[organisation:Penwarne Radar]]: [[flight_number:Rescue 947]], previously reported traffic now 1 mile, same level.
        16:42:10  [[flight_number:Rescue 947]]: Visual, {{PA-28}}, descending left to avoid.
        16:43:25  [[organisation:Penwarne Radar]]: [[flight_number:ATK512]], traffic is a {{helicopter}} now south of you by 2 miles, manoeuvring.
        16:43:31  [[flight_number:ATK512]]: Copy, we had a {{TCAS}} {{TA}} on that, [[flight_number:ATK512]].
        Note: the PA-28 was identified as [[aircraft_registration:G-BXKT]] on a {{Basic Service}} with a different unit. Closest point estimated 0.3 nm / 100 ft. {{Airprox}} filed by commander [[name:Nadia Petrova]].
    """)),
    ("aviation", "success", block("""
        #crewroom-shoutouts
        [[name:wendy.ob]]  08:15
        passing this on 👇 from Dr [[name:Okwuosa]], {{ED consultant}} at [[organisation:Kelsmouth General Hospital]], re [[date:Sat 29 June]]:
        "The handover from your paramedic for the {{hypothermic}} kayaker was the best I've had this year - clear {{ATMIST}}, core temps with times, and a rewarming plan we could just carry on. Please thank him."
        that's [[name:Mohammed Farouk]] 🙌
        [[name:mo.farouk]]  08:31
        aw that's kind. credit to [[name:Sunny]] on the winch too, he got us in under the cliff so we could keep him horizontal
        [[name:gaz.pell]]  08:40
        legend. also the {{Bair Hugger}}-style wrap from the new kit worked well, worth a mention at {{CRM}} day
        [[name:wendy.ob]]  08:42
        will add to [[date:Thursday 11th]] agenda
    """)),
    ("aviation", "incident", block("""
        SHIFT HANDOVER - day to night - [[date:Fri 28/06]]
        Aircraft: [[aircraft_registration:G-NWSK]] online. [[aircraft_registration:G-NWHC]] in {{maintenance}}, back [[date:Sun 30th]].
        Taskings today: 2 - [[case_reference:ARCC-24-1622]] medevac from the island; [[case_reference:ARCC-24-1630]] search, stood down.
        INCIDENT: {{controlled drugs}} check at 18:00 - {{morphine}} count 9, register says 10. {{Paramedic}} [[name:Kat]] and I ([[name:Aled]]) rechecked the {{drug pouch}} and the {{medical bag}} on the aircraft. Not found. Last use recorded [[date:26/06]] by [[name:Mohammed Farouk]] (1 x 10 mg given, nil wasted). Could be a register error but treating as a loss until proven otherwise. {{Accountable Officer}} Dr [[name:Penhale]] told by phone ([[phone:07700 900912]]); [[name:Mohammed]] is on leave, she will call him tomorrow.
        Night crew: pouch resealed, CD check at start of shift please, two signatures.
        Other: {{NVG}} batteries swapped; {{life raft}} due service [[date:5 July]].
        - [[name:Aled]]
    """)),
    ("aviation", "near_miss", prose("""
        On the night of [[date:5 July 2024]] [[flight_number:Rescue 948]] ([[aircraft_registration:G-NWSK]])
        was tasked to transfer a [[age:4-year-old]] with {{sepsis}} from [[organisation:St Merryn Community Hospital]]
        to [[organisation:Royal Penwarne Infirmary]]. On approach to the {{rooftop}} {{HLS}} at the Infirmary,
        the {{floodlights}} and the {{TLOF}} perimeter lights went out at about 60 feet. The commander,
        [[name:Nadia Petrova]], flew a {{go-around}} and the crew discussed diverting to the ground-level
        site, which would have added a 12-minute ambulance transfer. The {{co-pilot}}, [[name:Marcus Fairweather]],
        rang the hospital switchboard, and the porter, [[name:Stephen]], found that the lights had been put
        on a timer by a contractor the day before. He reset them and the aircraft landed on the second
        approach using {{NVG}} and the {{searchlight}}. The child was handed over without delay to the {{PICU}}
        retrieval team. Reported as ASR [[case_reference:NWH-ASR-24-088]]. Hospital {{Estates}} have removed the timer and
        added the lights to their change-control list.
    """)),
    ("aviation", "success", block("""
        From: [[name:Colm Byrne]] <[[email:colm.byrne@northwind-heli.co.uk]]>
        Sent: [[date:15 July 2024]] 10:20
        To: [[name:Mercy Adjei]]; [[email:training@carndhu-mrt.org.uk]]
        Subject: {{SAREX}} [[date:13 July]] - thank you

        Hi [[name:Mercy]],

        Thanks to you and the team at [[organisation:Carn Dhu Mountain Rescue Team]] for Saturday's {{SAREX}}. Highlights from our side:
        - Your stretcher party briefed the {{winchman}} on the {{Bell stretcher}} rigging before we arrived, so the first lift took 4 mins not the usual 10.
        - The {{downwash}} brief for your new members worked - nobody lost a hat or a map.
        - [[name:Tomek]] on your radio gave a perfect {{ATMIST}} on the hill channel.
        Our learning: we need {{MRT}} radio channels pre-set on the aircraft; [[name:Sunny Adeyemi]] is on it.
        Next one pencilled for {{October}} at the quarry.

        Cheers,
        [[name:Colm]]
        {{Training Captain}}, [[organisation:Northwind Helicopters]] - [[organisation:Penwarne SAR]]
    """)),
    ("aviation", "incident", block("""
        laser strike - [[date:sat 20/7]] 22:47 - [[flight_number:Rescue 947]] / [[aircraft_registration:G-NWHC]]
        coming back from [[organisation:Kelsmouth General]] at 1000ft over the estates N of town, green {{laser}} hit the cockpit x3. co-pilot [[name:lena]] took a direct hit to R eye, couldnt see for approx 30 sec
        commander took control, turned away + climbed, passed posn to {{police}} via {{ARCC}}. {{NPAS}} not available so ground units only, they found a lad in a back garden on [[address:Tregony Road, Kelsmouth]] w the pen
        [[name:lena]] seen at {{A&E}} that night - no retinal damage, off flying 72 hrs
        police ref [[case_reference:CAD 4410 20/07]], {{MOR}} done, {{laser glasses}} were in the door pocket not on (!!)
        - [[name:dafydd]]
    """)),
    # ------------------------------------------------------------------ END
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind275", REPORTS))
