"""Held-out blind corpus 159: just-culture incident, near-miss and learning reports.

Settings: a local authority's private fostering and kinship care team, with a family group
conference service (social_care); a hospice inpatient unit and a community palliative care team
(health); business aviation at a regional airport: an FBO, private jets, handling and fuelling
(aviation). Written blind, the way UK staff type: rushed lower-case phone notes, reflective
accounts, e-mails with signatures, Teams and WhatsApp exports, incident forms, handover tables,
minutes with attendance lists, debriefs, shout-outs, fuel and tech-log entries and RT transcripts.
Every person, place and number is invented; NHS numbers pass the mod-11 check.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind159.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        pf notification came thru to {{duty}} today from [[organisation:Moorfield Academy]], their
        {{DSL}} rang. [[name:kayden]] ([[age:14]]) has been living with a family friend [[name:shaz]]
        at [[address:22 Tenter Croft]] since end of {{september}}, {{mum}} gone back to pakistan to
        look after her dad who is poorly. thats 6+ wks before anyone told us, {{private fostering}}
        regs say we shud be told 6 wks before or within 48hrs if its an emergency arrangement. not
        [[name:shaz]]s fault she didnt know. visit booked tmrw, {{DBS}} + la checks to start, need to
        chase {{GP}} reg as hes still registered at old address. ref [[case_reference:PF/24/0193]].
        learning - schools dont always know pf is a thing?? raise at {{DSL network}} in {{november}}
    """)),
    ("social_care", "incident", block("""
        From: [[name:Bethan Pryce]] <[[email:bethan.pryce@hollinsbury.gov.uk]]>
        Sent: {{Thursday}} [[date:7 November 2024]] 16:52
        To: [[name:Louise Mbeki-Hart]]
        Subject: RE: Reg 24 extension - [[case_reference:KIN-2024-0311]]

        [[name:Lou]],

        Writing this up for the learning log as you asked. The {{Regulation 24}} temporary approval
        for the two children placed with {{maternal grandmother}} [[name:Efua Asante]] ended on
        [[date:4 November]]. The extension needed {{fostering panel}} and {{agency decision maker}}
        sign-off before then. The {{Form C}} assessment stalled when the assessing worker went off
        sick and the case sat unallocated for three weeks. Nobody had the end date diarised, so for
        three days the placement had no approval in place. The {{ADM}} signed the extension today
        after I escalated. No harm to the children and [[name:Efua]] was not affected, but it
        should not have happened.

        Suggested learning:
        - Reg 24 end date to be a mandatory alert on {{Mosaic}}
        - Reg 24 tracker reviewed weekly at team meeting
        - Reallocation checklist to include statutory deadlines

        Thanks,
        [[name:Bethan]]

        [[name:Bethan Pryce]] (she/her)
        {{Senior Practitioner}}, Kinship Assessment
        [[organisation:Hollinsbury Council]] Children & Families
        M: [[phone:07700 900431]]
    """)),
    ("social_care", "success", prose("""
        Massive shout-out to [[name:Tahmina Khatun]] ({{FGC coordinator}}). The conference for the
        [[name:Miah]] children had 19 family members, two joining by video from Bangladesh at 4am
        their time, and she had prepped every one of them beforehand, including [[name:Jamal]]'s
        {{dad}}, who hadn't been in a room with {{mum}} for three years. She booked a {{Sylheti}}
        interpreter, sorted a prayer room at [[organisation:Brook Street Community Centre]] and
        kept {{private family time}} genuinely private. The {{family plan}} came back with an aunt
        and uncle offering to be {{kinship carers}} and a rota for the school run. The {{IRO}} said
        it's the best plan she has seen this year. Exactly how {{Family Group Conferencing}} should
        work. - [[name:Gareth]] ({{team manager}})
    """)),
    ("social_care", "near_miss", block("""
        Chat export: Kinship duty (Teams) - [[date:14/10/2024]]

        [10:14] [[name:Kasia Nowak]]
        has the {{FGC plan}} for the [[name:Doherty]] kids gone out yet??
        [10:15] [[name:Dele Adeyemi]]
        about to send, why
        [10:15] [[name:Kasia Nowak]]
        page 3 has {{nan}}'s new address on it. {{dad}} isnt supposed to know where shes moved to, theres a {{non-mol}} in place
        [10:16] [[name:Dele Adeyemi]]
        oh god. not sent. pulling it now
        [10:21] [[name:Dele Adeyemi]]
        redacted version attached, address taken out, just says "{{kinship carer}}'s home". can you eyeball it before it goes to all attendees
        [10:24] [[name:Kasia Nowak]]
        looks good 👍 will flag at {{team meeting}}. the {{FGC}} template auto-fills address from {{Mosaic}}, thats the real problem
        [10:25] [[name:Dele Adeyemi]]
        ta [[name:K]]. logging as near miss
    """)),
    ("social_care", "incident", block("""
        INCIDENT / LEARNING REPORT - Children's Services
        Date of incident: [[date:02/09/2024]]
        Reported by: [[name:Aaron Whitlock-Sesay]], {{Social Worker}}
        Team: {{Private Fostering & Kinship}}
        Child: [[name:Leo Kaczmarek]], DOB [[date_of_birth:19/01/2019]] ({{Mosaic}} ID [[case_reference:2087734]])
        Category: Safer caring / vetting

        What happened:
        [[name:Leo]] was placed with his {{paternal aunt}} [[name:Marta Kaczmarek]] under {{Reg 24}} on
        [[date:30/08]] after {{police protection}}. Her partner, [[name:Stefan Brandt]], was not on
        the original paperwork but was living at the address. His {{DBS}} and police/LA checks were
        not started until [[date:02/09]] when I visited and found him there. Checks came back clear
        on [[date:05/09]].

        Why it matters:
        Reg 24 requires checks on all adult household members before approval. We relied on the
        aunt's verbal account at the {{viability}} stage, done by phone late on a {{Friday}}.

        Actions:
        - Household composition confirmed in person, not by phone
        - Viability template now asks "who else stays overnight?"
        - Discussed in {{supervision}} with [[name:Ruth]]
    """)),
    ("social_care", "success", block("""
        FGC REVIEW MEETING - MINUTES
        Date: [[date:21/11/2024]]   Venue: [[organisation:Hollinsbury FGC Service]], Room 2
        Present: [[name:Joy Ferreira]] ({{FGC Coordinator}}), [[name:Imran Siddiqui]] ({{allocated SW}}),
        [[name:Sharon 'Shaz' Bellamy]] ({{maternal grandmother}}), [[name:Ryan Bellamy]] ({{uncle}}),
        [[name:Chantelle]] ({{mum}}), [[name:Winston Clarke]] ({{family friend}}),
        [[name:Precious Mhlanga]] ({{advocate}} for mum)
        Apologies: [[name:Leon]] ({{dad}}), Fr [[name:Tom O'Driscoll]]

        1. Review of family plan agreed [[date:15/08/2024]] for [[name:Tia]] ([[age:9]]) and [[name:Marley]] ([[age:6]])
        - School attendance up from 71% to 96% since [[name:Shaz]] took over the school run.
        - [[name:Ryan]] has the children every other weekend as agreed, giving [[name:Shaz]] a break.
        - Mum's family time now unsupervised on {{Saturdays}}; no concerns raised.

        2. What worked
        - Family wrote the plan in their own words; it lives on the fridge.
        - The advocate helped mum speak up in {{private family time}}.

        3. Decision
        - Plan continues. SW to recommend step-down to {{Early Help}} at the next {{CIN review}}.

        Minutes: [[name:J.F.]]
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS - chronology (SGO support letter)
        [[date:Mon 16 Sept]]

        09:05  {{SGO}} annual support plan letter for [[name:Amelia-Rose Gallagher]] drafted by
               {{social work assistant}}, to go to [[organisation:St Bede's Catholic Primary]] and her
               {{special guardians}}.
        09:20  Letter built from last year's letter for her cousin [[name:Ruby-Mae Gallagher]]
               (same carers, same school).
        09:40  {{Business support}} ([[name:Pauline]]) does the pre-send check. DOB reads
               [[date_of_birth:04/06/2016]], which is [[name:Ruby-Mae]]'s. [[name:Amelia-Rose]]'s DOB
               is [[date_of_birth:22/01/2018]]. Para 3 also mentions [[name:Ruby-Mae]]'s {{EHCP}}.
        09:45  Returned to author, corrected, re-checked by {{senior practitioner}}.
        10:30  Correct letter sent. Nothing wrong left the building.

        Learning: don't reuse a sibling's or cousin's letter as a template; the {{two-person check}}
        works, keep it.
    """)),
    ("social_care", "incident", prose("""
        Reflective account. I think I let this one slip and I want the team to learn from it. On
        [[date:3 June]] we had a {{private fostering}} notification from
        [[organisation:Albion House Language School]] about [[name:Hyun-woo Park]], [[age:15]], who is
        staying for the academic year with a host family, [[name:Dennis]] and
        [[name:Jan Fairbrother]], while his parents are in Korea. We have to visit within seven
        working days. I had it in the diary for the {{Friday}}, then got pulled onto an urgent
        {{Section 47}} for another team and the visit didn't happen until [[date:19 June]], eleven
        working days. When I went, things were mostly fine, but [[name:Hyun-woo]] was sleeping in a
        loft conversion with no {{smoke alarm}} and didn't know who to call if he was worried,
        because nobody had been to tell him. What I'd do differently: tell my {{team manager}} as
        soon as a statutory visit is at risk instead of hoping I can fit it in, and ask {{duty}} to
        cover. We've now agreed that PF initial visits go on the duty board with the deadline
        date. I've also fed back to the school's {{homestay coordinator}} about fire safety checks.
        - [[name:Rhiannon]], {{Social Worker}}
    """)),
    ("social_care", "success", block("""
        WhatsApp export - [[organisation:Hollinsbury Kinship Carers]] 💜

        [12/11/2024, 20:41] [[name:Maxine Dunn]]: just wanted to say thank u to everyone from tues nite. I was in bits about the {{UC}} letter and [[name:Bev]] sat with me and went thru it all. theyve put the {{kinship carer}} easement on now so I dont have to look for work while the boys are little 🙏
        [12/11/2024, 20:44] [[name:Bev]]: ah bless you [[name:Max]] thats what were here for x
        [12/11/2024, 20:52] [[name:Gurpreet]] (Kinship Team): So glad [[name:Maxine]]! For everyone else - the {{Kinship}} advice line number is in the group description, and I'll bring the letter template for the {{work coach}} to next month's session 😊
        [12/11/2024, 21:03] {{Nanny}} [[name:Pat]]: wish id known about this group 2 yrs ago!!
        [12/11/2024, 21:05] [[name:Gurpreet]] (Kinship Team): That's why we keep telling the {{social workers}} to hand out the leaflet at the {{viability}} visit x
    """)),
    ("social_care", "incident", block("""
        DUTY HANDOVER - Kinship/PF - Fri [[date:25/10/24]]  (am [[name:Nkechi]], pm [[name:Callum]])

        Family | Ref | Issue | Outstanding
        [[name:Wright]] ([[name:Mercy-Lee]] [[age:6]], [[name:Tyler]] [[age:3]]) | [[case_reference:KIN-24-0457]] | {{Birth father}} [[name:Jason Wright]] rang duty: he has received the {{SGO allowance}} review letter meant for the carers, WITH their new address ([[address:14 Alder Grove]], [[postcode:WF10 4RN]]). Carers moved as part of the {{safety plan}}. INCIDENT - see below | Carers visited 14:10
        [[name:Hussain]] ([[name:Aleena]] [[age:12]]) | [[case_reference:PF-24-0188]] | {{Private foster carer}} wants to end arrangement | Visit {{Monday}}
        [[name:O'Connor]] | [[case_reference:FGC-24-122]] | FGC booked [[date:06/11]] | Coordinator [[name:Róisín]] to confirm venue

        Incident actions: letter cannot be recalled. Carers [[name:Gloria]] and [[name:Desmond Campbell]] told in person; safety plan reviewed with police and referred to {{MARAC}}. {{Information Governance}} breach form done ([[case_reference:IG-2024-0882]]). {{Team manager}} informed.
        Why: the letter was generated from the {{finance system}}, which still held dad's address as the "correspondence address" on the SGO record.
    """)),
    ("social_care", "near_miss", block("""
        Debrief notes - near miss, FGC invite list
        Date: [[date:03/12/2024]]   Coordinator: [[name:Róisín Tierney]]   SW: [[name:Callum Reid]]

        - Referral for {{FGC}} for [[name:Aleena]] and [[name:Zayn Hussain]] listed {{paternal grandfather}}
          [[name:Tariq Hussain]] as "key support, wants to attend".
        - [[name:Róisín]] did pre-meets by phone and was about to send invites and the venue.
        - On the {{pre-conference call}}, [[name:Callum]] mentioned grandad is subject to a
          {{Sexual Harm Prevention Order}}: no unsupervised contact with children under 16. It was
          in the {{case notes}} but not on the referral.
        - Invite not sent. Grandad to contribute by letter, read out by the coordinator in
          {{private family time}}; family told sensitively.

        What we learned: the referral form has no "who must not attend / conditions" box, and
        coordinators assume the SW has screened the list.
        Action: form updated; coordinator asks the question on every pre-conference call.
        Ref [[case_reference:FGC-24-131]]
    """)),
    ("social_care", "success", prose("""
        Quick one for the good practice log - [[name:Femi Oyelaran]] completed the
        {{viability assessment}} on {{great-aunt}} [[name:Dorothy]] in five working days, so the
        baby could go straight from the {{neonatal unit}} at [[organisation:Eastdale General Hospital]]
        to family instead of a {{foster placement}}. The {{IRO}} and the {{Children's Guardian}} both
        commented on it at the {{LAC review}}. Well done [[name:Femi]]! - [[name:JT]]
    """)),
    ("social_care", "incident", block("""
        From: [[name:Nkechi Obi]]
        To: Kinship & PF team
        Subject: Lone working - missed check-in, {{Tues}} [[date:8 Oct]]

        Hi all,

        Sharing this so we learn from it, not to blame anyone. [[name:Siân]] did an evening
        {{kinship assessment}} visit to [[address:Flat 9, Wheelwright Court, Mill Lane]],
        [[postcode:WF10 2HB]], due to finish 19:30. The {{lone worker app}} went amber at 19:45 and
        red at 20:00, but alerted the {{duty manager}} on the rota, who had swapped shifts and gone
        home. Nobody picked it up until [[name:Siân]]'s husband rang the {{out of hours}} team at 22:10.

        [[name:Siân]] was fine: phone died, she stopped for fuel, then sat in traffic. I rang her
        mobile ([[phone:07700 900862]]) repeatedly and was about to ask {{police}} for a welfare
        check when she got home at 22:35.

        What we're changing:
        1. Rota swaps updated in the app, not just on Teams
        2. Power banks for anyone doing evening visits
        3. Evening visits get a named buddy who confirms by text

        [[name:Nkechi]]
        {{Team Manager}}, Private Fostering & Kinship
        [[organisation:Hollinsbury Council]] | [[phone:01632 960144]]
    """)),
    ("social_care", "incident", prose("""
        contact at [[organisation:Hawthorn Family Centre]] finished 4.15, {{contact supervisor}} saw
        {{grandad}} put [[name:Oskar]] ([[age:3]]) in the front seat of his van
        [[vehicle_registration:YD63 KVF]], no {{car seat}}. supervisor tried to stop them but they
        drove off. rang grandad - he said seat was in his daughters car and it was only 5 mins.
        explained law + risk, he was v apologetic. seat now fitted, i checked it today at the
        house. {{team manager}} aware. [[case_reference:KIN-24-0502]]. think we need to ask about
        car seats in the {{kinship assessment}} and the {{contact agreement}}, we assume family
        have this sorted. also contact centre had no spare seat to lend, worth buying one? - [[name:dd]]
    """)),
    ("social_care", "success", prose("""
        Learning from good practice. After our {{private fostering}} awareness session for
        {{designated safeguarding leads}} in {{May}}, [[name:Oluwaseun Bakare]], the {{DSL}} at
        [[organisation:Highfield Park Academy]], went back through her Year 10 and 11 admissions
        and found three students whose registered carers were not parents or close relatives.
        One, [[name:Daniela Costa]] ([[age:15]]), had been living with a school friend's family at
        [[address:7 Sycamore Rise]], [[postcode:HD7 2QS]] since her {{mum}} went back to Portugal in
        the {{spring}}. We did all three initial visits within timescale, completed {{DBS}} and
        health checks, and all three arrangements are now assessed as suitable. [[name:Daniela]]
        has a named worker and knows who to ring. The school has added a private fostering
        question to its in-year admissions form, which we've shared with the
        {{education safeguarding}} team as a template. Notifications across the borough have gone
        from 4 last year to 11 so far this year. Thank you [[name:Seun]].
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Arjun Mehta]] <[[email:arjun.mehta@hollinsbury.gov.uk]]>
        To: Kinship Support Team
        Subject: Near miss - kinship allowance set-up

        Hi,

        Flagging a near miss. I was setting up the {{special guardianship allowance}} for
        [[name:Precious Ndlovu]] ([[case_reference:KIN-24-0390]], NI [[ni_number:JR 58 41 20 B]]). The
        {{bank mandate}} in the {{scan batch}} had her name but the NI number on it was
        [[ni_number:PN 73 02 16 A]], which belongs to [[name:Priscilla Ndhlovu]]
        ([[case_reference:KIN-24-0412]]), another carer whose forms were scanned the same morning.
        I always check the NI on the mandate against the {{means test}}, and they didn't match.

        If I hadn't, £1,240 of backdated allowance would have gone to the wrong {{carer}}'s account.

        Suggested learning:
        - scan each carer's pack as its own batch
        - two identifiers (NI and case ref) on every finance form
        - cover sheet signed by the {{social worker}}

        Thanks,
        [[name:Arjun]]
        {{Payments Officer}}, {{Children's Finance}}
        [[organisation:Hollinsbury Council]] | [[phone:01632 960417]]
    """)),
    ("social_care", "success", block("""
        Debrief - FGC for the [[name:Wiśniewski]] family, [[date:09/12/2024]]
        Coordinator: [[name:Lowri Evans]]   Ref: [[case_reference:FGC-24-117]]

        What went well
        - {{Polish interpreter}} in the room, plus two relatives in Poland on Teams; link tested the week before
        - Pre-meets with all 11 family members, including [[name:Zuzanna]] ([[age:13]]) with her {{advocate}}
        - [[name:Zuzanna]] read her own "what I want" letter in the {{information giving}} stage
        - Plan: {{maternal aunt}} [[name:Ewa Wiśniewska]] to be assessed as {{kinship carer}};
          grandparents to have the children for the {{summer holidays}}

        Even better if
        - Room at the family centre too small for 14 people, we ran over
        - Plan took 2 weeks to be translated into Polish; family waited for it
        - {{Social worker}} left before private family time ended

        [[name:LE]]
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        late call 17.40 to mr [[name:okafor]]. {{syringe driver}} alarmed empty at 17.20, should of
        run til 0900 tmrw. {{T34}} was set up this am by {{DN}} - duration looks to have been set to
        8hrs not 24, pump event log shows it. so he had 3x the {{midazolam}} and {{oxycodone}} rate
        all day. v drowsy but rousable, resps 12, no distress. daughter [[name:Chioma]] v frightened,
        stayed with her til settled. new driver set up with {{CNS}} on the phone, {{GP}} at
        [[organisation:Kingsway Surgery]] informed, {{Datix}} done [[case_reference:W-48213]]. NHS
        no [[nhs_number:627 383 9301]]. need to look at why no {{second checker}} - only one nurse
        on the am visit and the {{SOP}} says 2 for a new driver. will ring [[name:Chioma]] at 9
    """)),
    ("health", "incident", block("""
        Incident ref: [[case_reference:HSP-IR-24-0356]]
        Date/time: [[date:14/08/2024]] 03:15
        Location: [[organisation:Bramble Ward]], [[organisation:St Aldhelm's Hospice]] (Bed 6)
        Patient: [[name:Harold 'Harry' Pickering]]   NHS No: [[nhs_number:760 463 7647]]   DOB: [[date_of_birth:11/02/1941]] ([[age:83]])
        Reported by: [[name:Noreen Gallacher]], {{Staff Nurse}}
        Category: Slip, trip or fall - patient        Harm: Low

        Description: [[name:Harry]] was found sitting on the floor beside his bed by {{HCA}}
        [[name:Jola Adebayo]] at 03:15. He said he was trying to get to the toilet and didn't want
        to bother anyone. {{Bed rails}} not in use (assessed as not appropriate, agitation). The
        {{sensor mat}} was in place but had been unplugged when the bed was moved for cleaning in
        the evening. No head injury; {{skin tear}} to R forearm dressed. {{Neuro obs}} started.
        {{Son}} [[name:Clive]] informed at 08:00 as per [[name:Harry]]'s wishes.

        Learning: sensor mat check added to the post-clean checklist; shared at {{safety huddle}}.
    """)),
    ("health", "success", prose("""
        Transcribed from a card left at reception, shared with the family's permission: "To all
        the staff on [[organisation:Larch Ward]], especially [[name:Precious]] and [[name:Tomasz]]
        on nights. You made {{Mum}}'s last week the calmest she'd had all year. When she got
        frightened at 2am [[name:Tomasz]] sat and held her hand and played her old records, and
        [[name:Precious]] showed us how to do her {{mouth care}} so we felt useful instead of in the
        way. Thank you for letting her dog come in every day. With love, [[name:Lorraine]],
        [[name:Dean]] and [[name:Kelly-Ann Marsh]]." Shared at {{huddle}}. Learning: the
        {{pet visiting policy}} and involving families in {{comfort care}} meant more to this
        family than anything we did with a {{syringe driver}}.
    """)),
    ("health", "near_miss", prose("""
        While preparing a {{breakthrough}} dose of {{oxycodone}} 2.5 mg {{subcut}} for the patient in
        Bed 3 ([[name:Ayesha Rahman]], [[nhs_number:545 309 3676]]) on [[organisation:Bramble Ward]],
        I picked up a 50 mg/ml ampoule instead of the 10 mg/ml. The two boxes look almost the same
        and were stored side by side in the {{CD cupboard}}. My second checker, [[name:Craig]], read
        the label aloud as the {{double-check}} procedure says and stopped me before I drew it up.
        0.25 ml of the 50 mg/ml would have been 12.5 mg, five times the prescribed dose. No harm
        reached the patient. The high-strength ampoules are now on a separate shelf with a red
        HIGH STRENGTH label, and {{pharmacy}} have been asked whether we need to stock them on the
        {{IPU}} at all. I'm writing this up because I was tired and rushing at the end of a long
        day, and the check worked exactly as it should. - [[name:Ngozi]], {{RN}}
    """)),
    ("health", "incident", block("""
        From: [[name:Marcus Boateng]] <[[email:marcus.boateng1@nhs.net]]>
        To: Community Palliative Care Team
        Subject: Learning - preferred place of death not met

        Team,

        [[name:Derek Ellis]] ([[age:71]], NHS [[nhs_number:701 257 8335]]) lived at
        [[address:3 Coronation Terrace, Holmebridge]], [[postcode:HD9 7PJ]] and was clear he wanted
        to die at home. On {{Saturday}} night he became very breathless and his wife [[name:Sandra]]
        rang 999. The {{paramedics}} couldn't find his {{ReSPECT form}}: the yellow folder had gone
        with him to clinic on the {{Thursday}} and not come back. His {{EPaCCS}} record had not been
        shared, so the ambulance service couldn't see it either. He was conveyed to ED at
        [[organisation:Eastdale General Hospital]] and died on {{AMU}} 36 hours later. [[name:Sandra]]
        says he would have hated that.

        What we're doing:
        - {{ReSPECT}} copies stay at home; clinic gets a photocopy
        - EPaCCS sharing checked at every first visit
        - {{just in case}} box label to say where the ReSPECT form is

        [[name:Marcus Boateng]]
        {{Clinical Nurse Specialist}}, [[organisation:Eastdale Community Palliative Care Team]]
        Mob [[phone:07700 900518]]
    """)),
    ("health", "success", block("""
        Teams chat - Rapid discharge, [[date:19/09/2024]]

        [11:02] [[name:Hannah Brierley]] (Discharge Co-ord)
        {{fast track}} {{CHC}} for mr [[name:Iqbal]] approved!! 🎉
        [11:03] [[name:Yusuf Dar]] (CNS)
        brilliant. bed?
        [11:10] [[name:Hannah Brierley]] (Discharge Co-ord)
        {{community equipment}} delivering {{profiling bed}} + {{air mattress}} 14:00-16:00 to [[address:41 Brunswick Street]], [[postcode:BD3 9QS]]
        [11:12] [[name:Yusuf Dar]] (CNS)
        {{JIC meds}}?
        [11:20] [[name:Maria Fonseca]] (Pharmacy)
        ready at [[organisation:Moorside Pharmacy]], {{son}} collecting at 2
        [13:05] [[name:Yusuf Dar]] (CNS)
        {{DN}} first visit booked 17:00, {{syringe driver}} not needed yet. {{ReSPECT form}} going home with him
        [16:48] [[name:Hannah Brierley]] (Discharge Co-ord)
        he's home. family say he smiled when he saw the garden 💙 4h 20m from decision to door
    """)),
    ("health", "near_miss", block("""
        Chronology - near miss, patient identification
        [[date:02/10/2024]], [[organisation:Larch Ward]]

        08:00  Two patients with the surname [[name:Khan]] on the ward: [[name:Mohammed Khan]] (Bed 2,
               NHS [[nhs_number:832 844 9013]]) and [[name:Muhammad Khan]] (Bed 9, NHS
               [[nhs_number:126 829 8158]]). {{Name alert}} sticker on Bed 2's board only.
        09:40  {{Agency nurse}} [[name:Claire]] takes Bed 2's {{drug chart}} to Bed 9 and prepares
               {{levetiracetam}} 500 mg and {{dexamethasone}} 8 mg.
        09:42  {{HCA}} [[name:Faisal]] checks the {{wristband}} against the chart at the bedside: NHS
               numbers don't match. Meds not given.
        09:50  Nurse in charge informed; both patients' correct meds given on time.

        Learning: name alert on both boards and both charts; NHS number check at the bedside,
        every time; agency induction now includes our {{name alert}} process.
    """)),
    ("health", "incident", block("""
        COMMUNITY PALLIATIVE CARE - WEEKEND HANDOVER   Fri [[date:22/11]]

        Patient | NHS no | Key issues | Plan
        [[name:Irene Walsh]] ([[age:88]]) | [[nhs_number:915 374 7097]] | {{Category 3 pressure ulcer}} sacrum found today by {{DN}}, was cat 2 on [[date:15/11]]. {{Air mattress}} ordered [[date:15/11]] but not delivered, request went to the wrong depot. Daughter doing {{repositioning}} alone overnight | {{Datix}} [[case_reference:W-49107]]. {{TVN}} visit Sat. Mattress escalated, delivery Sat am
        [[name:Kwabena Osei]] ([[age:64]]) | [[nhs_number:136 317 6439]] | pain better on {{MST}} 30mg bd, {{constipation}} | review {{laxatives}} {{Monday}}
        [[name:Bernie Flanagan]] ([[age:77]]) | [[nhs_number:386 959 7623]] | {{syringe driver}} day 2, settled | {{DN}} to refill Sat/Sun

        [[name:Irene]]: the mattress order went on the old form, which defaults to the north depot.
        Nobody chased it for a week because everyone assumed someone else had. Handed to
        [[name:Bex]] for the weekend.
    """)),
    ("health", "success", block("""
        Learning from Excellence review - [[date:5 December 2024]]
        Attendees: Dr [[name:Anjali Varma]] ({{Consultant}}), [[name:Bex Thornton]] ({{CNS}}),
        [[name:Jo-Ann McBride]] ({{Learning Disability Liaison Nurse}}), [[name:Sunil]]
        ({{HCA}}, {{Hospice at Home}}), [[name:Hywel Jenkins]] ({{Chaplain}})
        Apologies: [[name:Gráinne O'Shea]]

        Patient: [[name:MD]], [[age:52]], {{learning disability}}, lived at
        [[organisation:Elmwood House]] supported living. Died at home, as he wanted.

        What went well
        - Easy-read {{advance care plan}} made with [[name:MD]] over three visits
        - {{Best interests}} meeting under the {{Mental Capacity Act}} for the one decision he
          couldn't make
        - Support staff taught to use {{DisDAT}} to spot pain, so they rang us early
        - The same two faces every visit; {{Hospice at Home}} sat with staff on his last night

        Actions: share the easy-read template with the {{DN}} teams; [[name:Jo-Ann]] to present
        at the regional network.
    """)),
    ("health", "incident", block("""
        WhatsApp export - Community Palliative (North) - [[date:03/01/2025]]

        [16:12] [[name:Lucy Ng]]: car's died on the bypass 😩 lease car [[vehicle_registration:KX19 GHU]], recovery 2hrs+
        [16:14] [[name:Sam O'Dowd]]: where are you meant to be?
        [16:15] [[name:Lucy Ng]]: mrs [[name:Hartley]] 16:30, taking her {{JIC meds}} from the chemist to the house. then {{T34}} check at [[name:Dafydd]]'s 17:30
        [16:20] [[name:Sam O'Dowd]]: I can do [[name:Dafydd]], not both
        [16:25] [[name:Rukhsana]]: I'll go to mrs [[name:Hartley]] but the meds are in your boot aren't they
        [16:26] [[name:Lucy Ng]]: yes 🤦‍♀️
        [16:40] [[name:Rukhsana]]: rang family, they'll ring {{111}} if she needs anything tonight

        Follow-up (added by [[name:Lucy]] next day): she became agitated at 20:00 and there was no
        {{midazolam}} in the house. {{OOH GP}} attended 22:45. {{Datix}} [[case_reference:W-50112]].
        Learning: family collect JIC meds wherever possible; meds never left in a car; lease
        breakdown number now saved in all our phones.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Raj Sandhu]] <[[email:raj.sandhu@moorsidepharmacy.co.uk]]>
        To: [[email:eastdale.palliative@nhs.net]]
        Subject: Prescription query - anticipatory meds

        Hello,

        This morning we received an {{FP10}} for {{anticipatory medicines}} ({{morphine sulfate}}
        10 mg/ml, {{midazolam}}, {{haloperidol}}, {{glycopyrronium}}) for [[name:Peter Lomax]],
        DOB [[date_of_birth:30/09/1948]]. The NHS number printed was [[nhs_number:549 445 2816]],
        which on our {{PMR}} belongs to his wife, [[name:Patricia Lomax]]. [[name:Peter]]'s is
        [[nhs_number:156 790 9086]]. It looks like her record was selected on {{SystmOne}}.

        As these include {{controlled drugs}} I didn't dispense, and rang the prescriber, who sent a
        corrected script within the hour. The family had the meds by 2pm.

        Worth flagging because the meds would have been recorded against [[name:Patricia]]'s
        record and {{MAR chart}}.

        Kind regards,
        [[name:Raj Sandhu]] MRPharmS
        {{Pharmacist}}, [[organisation:Moorside Pharmacy]]
        [[phone:01632 960228]]
    """)),
    ("health", "incident", prose("""
        Reflective account - [[name:Shona MacLeod]], {{Band 5}}, {{Hospice at Home}} nights.
        [[name:Grace Adjei]] died at home at 01:50 on [[date:19 January]]. Her daughter rang our
        advice line straight away. I wasn't yet signed off for {{verification of expected death}},
        and the only nurse on shift who was, [[name:Olu]], was with another family forty minutes
        away. The {{111}} route to the {{OOH GP}} took until 06:55. For five hours [[name:Grace]]'s
        daughter sat with her mum's body not knowing if she was allowed to call the
        {{funeral director}}, and rang us four times. I kept phoning her, but I felt helpless.
        Looking back, I could have gone out to sit with her even without verifying, and I should
        have woken the {{on-call manager}} earlier. Since then I've completed my
        {{VOED}} training, and the night rota now makes sure two trained nurses are on. I've also
        written a short script for what to tell families while they wait.
    """)),
    ("health", "success", prose("""
        Shout-out for [[name:Kez]] ({{HCA}}, {{day therapy}}). During {{Wednesday}}'s group
        [[name:Alan]] mentioned his legs felt "like jelly" and he'd nearly fallen getting off the
        bus. [[name:Kez]] knew that with his {{prostate cancer}} and bone mets this could be
        {{metastatic spinal cord compression}}, kept him sitting, and went straight to the nurse in
        charge instead of waiting for the end of the session. {{MSCC}} pathway started,
        {{dexamethasone}} given, {{MRI}} the same day at [[organisation:Eastdale General Hospital]]
        showed early compression at T10 and he started {{radiotherapy}} the next morning. He's
        still walking. That's what listening looks like. - [[name:Anjali]] ({{consultant}})
    """)),
    ("health", "incident", block("""
        From: [[name:Tracey-Ann Boyle]]
        To: {{Information Governance}}
        Cc: Hospice Manager
        Subject: IG incident - misdirected email [[case_reference:IG-25-0146]]

        At 09:47 on [[date:11/03/2025]] I sent the weekly {{GSF}} meeting list (names, NHS numbers
        and diagnoses for 23 patients) to [[email:emma.hollis@nhs.net]] instead of
        [[email:emma.hollis2@nhs.net]], the {{practice manager}} at
        [[organisation:Riverside Medical Centre]]. {{Autocomplete}} picked the wrong address and I
        didn't check. The recipient works for a trust in another region; she replied at 10:20 to
        say she had deleted it and has since confirmed that in writing.

        What I've done / suggest:
        - cleared my autocomplete list
        - the list now goes to the practice's {{shared mailbox}}, never to a person
        - send as a {{password-protected}} attachment

        I'm sorry this happened.
        [[name:Tracey-Ann]]
        {{Medical Secretary}}, [[organisation:St Aldhelm's Hospice]]
        Tel [[phone:01632 960553]] ext 2
    """)),
    ("health", "near_miss", prose("""
        near miss on visit today, went to change mr [[name:bakshi]]s {{fentanyl patch}}. daughter said
        old patch was on his L arm, it wasnt there so assumed it had fallen off. put new one on R
        chest, then on {{skin check}} found the old patch on his back. wd have left him with 2
        patches = double dose. old one removed, {{sedation score}} 0, {{naloxone}} not needed.
        {{patch chart}} + {{body map}} not filled in at last change. reminded family + {{DN}}s to use
        body map every change and to check whole body if cant find it. NHS [[nhs_number:142 625 0339]]
    """)),
    ("health", "success", prose("""
        When [[name:Hajra Begum]] ([[age:79]]) died at home on a {{Friday}} evening, her family
        needed her to be buried within 24 hours. Our {{CNS}}, [[name:Yusuf Dar]], had talked this
        through with them weeks earlier as part of {{advance care planning}} and agreed a plan with
        the {{GP}} at [[organisation:Whitecliffe Health Centre]] and the {{Medical Examiner}} office.
        That night the {{Hospice at Home}} nurse verified the death, the GP completed the
        {{MCCD}} first thing {{Saturday}}, the Medical Examiner's weekend service reviewed it by
        10am and the {{registrar}} gave an emergency appointment. She was buried at 2pm. Her son
        [[name:Shahid]] wrote: "You understood what mattered to {{Ammi}}." Learning: faith-based needs
        after death belong in the advance care plan, not in a phone call at midnight.
    """)),
    ("health", "success", block("""
        Debrief - Bed 4, [[organisation:Larch Ward]], [[date:27/02/2025]]
        Present: [[name:Wei Chen]] ({{RN}}), [[name:Fiona Kerr]] ({{Ward Sister}}), [[name:Hamza]] ({{SpR}}),
        [[name:Ffion]] ({{family support worker}})

        Patient: [[name:Zhang Xiulan]], [[age:86]], speaks Mandarin only. Grandson [[name:Kevin]]
        ([[age:19]]) had been interpreting for everything, including news about her scan.

        What went well
        - [[name:Fiona]] stopped a {{DNACPR}} conversation going through [[name:Kevin]] and booked a
          {{telephone interpreter}} the same afternoon
        - {{face-to-face interpreter}} for the family meeting on {{Tuesday}}; [[name:Kevin]] could
          just be her grandson
        - [[name:Wei]] speaks Mandarin but the team agreed staff don't interpret for significant
          conversations; she helped with day-to-day comfort instead
        - Translated {{What to expect}} leaflet for the family

        Even better if
        - Interpreter need flagged on referral, not on day 3
        - Interpreter details recorded in the {{care plan}} so nights can use the same service

        [[name:FK]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        FUEL INCIDENT REPORT - [[organisation:Halcyon Jet Centre]], [[organisation:Brackenfield Airport]]
        Date: [[date:18/06/2024]]   Time: 07:25 UTC
        Aircraft: [[aircraft_registration:M-ARLO]], {{Challenger 350}}   Flight: [[flight_number:AQX204]]
        Bowser: B3 ([[vehicle_registration:FJ15 WRT]])   Fueller: [[name:Gaz Pennington]]
        Fuel docket: [[case_reference:MAF-0448812]]

        What happened:
        Crew phoned the {{FBO desk}} at 06:40: "fuel to eight thousand", meaning 8,000 lb total.
        [[name:Anaïs]] wrote "8000" on the {{fuel request form}} with no units and no uplift/total
        tick. [[name:Gaz]] read it as an uplift of 8,000 litres of {{Jet A-1}} and fuelled until the
        tanks were full, about 6,280 L. {{The captain}} saw 14,100 lb on the gauges before engine
        start, too heavy for the planned short-runway destination. {{Defuel}} needed; 2 h 10 min
        delay. No injury, no spillage.

        Why: verbal order, no units, no {{read-back}} of the figure to the crew.

        Actions: new request form with mandatory units (LB / KG / L / USG) and UPLIFT or TOTAL;
        desk reads the figure back; fueller confirms with crew at the aircraft before starting.

        Reported by: [[name:Marnie Achterberg]], {{Duty Manager}}
    """)),
    ("aviation", "near_miss", prose("""
        Towing [[aircraft_registration:G-ZXVA]], a {{Global 6000}}, into {{Hangar 2}} at about 21:15
        for its night stop. I was on the {{tug}}, [[name:Ollie]] was {{wing walker}} on the left and
        [[name:Deepak]] on the right. A {{Phenom}} had been parked nose-in near the door so I had to
        come in at an angle. [[name:Deepak]] blew the whistle and gave the stop signal when the
        right {{winglet}} was about 40 cm from the door runner. I stopped straight away. We pulled
        back out, moved the Phenom and came in again. No contact. What helped: two wing walkers,
        even though the {{towing procedure}} only says one "where required". What didn't: the
        Phenom had been parked by another handler with no {{hangar plan}}, and the floor lines by
        the door are worn. I'd ask that all hangar parking goes through the {{duty manager}} and the
        lines get repainted. - [[name:Kieran]] ({{ramp}}), ref [[case_reference:SR-24-0391]]
    """)),
    ("aviation", "success", prose("""
        Shout-out to [[name:Tobi Adewale]] on the early. On the 05:30 {{sump check}} of bowser B2
        ([[vehicle_registration:WN17 PXE]]) he got a cloudy sample with free water in the bottom of
        the {{sample jar}}. Instead of draining and re-sampling until it looked clear, which, if
        we're honest, a few of us have done before, he {{quarantined}} the bowser, tagged it and rang
        the {{duty manager}}. Two jets due to uplift {{Jet A-1}} from B2 before 07:00 were moved to
        B1. The {{fuel supplier}}'s quality inspector found a failed seal on the
        {{filter water separator}}; elements changed, {{membrane test}} passed and B2 was back in
        service by lunchtime. Textbook. - [[name:Marnie]], {{Ops Manager}},
        [[organisation:Halcyon Jet Centre]]
    """)),
    ("aviation", "incident", block("""
        DRAFT MOR - vehicle incursion, taxiway Alpha - [[date:09/02/2025]]
        Extract from {{ATC}} tower transcript (UTC)

        14:31:05  FUEL 2: Tower, Fuel Two, request cross Alpha at Alpha Two to the north apron
        14:31:11  TWR: Fuel Two, hold short of Alpha, {{Citation}} taxiing left to right behind you
        14:31:15  FUEL 2: Hold short Alpha, Fuel Two
        14:31:24  TWR: Fuel Two STOP, STOP. [[aircraft_registration:G-HKLB]] hold position
        14:31:27  [[aircraft_registration:G-HKLB]]: Holding, [[aircraft_registration:Golf Lima Bravo]]
        14:31:30  FUEL 2: Stopped, Fuel Two, sorry

        Narrative: bowser [[vehicle_registration:WU68 FTJ]] ("Fuel 2"), driver [[name:Sandeep Gill]],
        read back "hold short" correctly but moved off and stopped about 15 m past the
        {{holding point}} marking, short of the {{taxiway}} edge. The Citation stopped with about
        60 m to spare. [[name:Sandeep]] says he was looking at the stand and "heard cross because I
        expected cross". He reported it himself straight away.
        Contributing: end of a 12-hour shift; holding point paint worn; no {{stop bar}} at A2.
        Actions: {{MOR}} to the {{CAA}} ([[case_reference:OR-2025/01733]]); {{RT}} refresher for all
        airside drivers; A2 markings repainted.
    """)),
    ("aviation", "near_miss", block("""
        Ramp team WhatsApp - [[date:21/07/2024]]

        [13:02] [[name:Dom]]: both [[name:Sørensen]] party jets loading now, [[aircraft_registration:9H-TKR]] to Nice, [[aircraft_registration:OE-HMV]] to Olbia
        [13:19] [[name:Aga]]: bag count for [[aircraft_registration:9H-TKR]] = 14, {{load sheet}} says 13??
        [13:20] [[name:Dom]]: checking
        [13:27] [[name:Dom]]: found it. grey hard case, pink tag, belongs to the {{nanny}} who's on [[aircraft_registration:OE-HMV]]. baby's meds + formula in it 😬
        [13:28] [[name:Aga]]: 🙈 move it before they close the {{hold}}
        [13:31] [[name:Dom]]: done, on [[aircraft_registration:OE-HMV]], hold closed. told the {{handling agent}} and the {{FO}}
        [13:40] [[name:Aga]]: nice one. I'll put a near miss in. both parties had the same colour tags and we used one {{baggage trolley}} for the lot
        [13:41] [[name:Marnie]]: thanks both. from now on one trolley per aircraft and the reg written on every tag please
    """)),
    ("aviation", "success", block("""
        From: [[name:Henrik Aasland]] <[[email:h.aasland@fjordjet.no]]>
        To: [[email:ops@halcyonjetcentre.co.uk]]
        Subject: Thank you - diversion [[flight_number:FJA318]], {{Sunday}} [[date:4 August]]

        Dear team,

        On behalf of my crew, thank you for {{Sunday}} evening. We diverted [[flight_number:FJA318]]
        into [[organisation:Brackenfield Airport]] with a passenger with chest pain. From our first
        call, [[name:Leanne]] on the FBO frequency had an {{ambulance}} at the stand,
        {{Border Force}} arranged, and the {{airport fire service}} with a {{defibrillator}} at the
        foot of the stairs. The passenger is recovering in hospital. [[name:Mo]] then sorted fuel,
        {{catering}}, a hotel for the other passengers and our {{crew rest}}, all before midnight.

        In 22 years of flying this was one of the smoothest diversions I have had. Please pass
        this on to everyone involved.

        Best regards,
        Capt. [[name:Henrik Aasland]]
        {{Chief Pilot}}, [[organisation:Fjord Executive Aviation AS]]
        [[phone:+47 912 34 567]]
    """)),
    ("aviation", "incident", block("""
        GROUND OCCURRENCE REPORT
        Ref: [[case_reference:SR-24-0455]]   Date: [[date:30/10/2024]]   Time: 11:40 local
        Aircraft: [[aircraft_registration:G-RDNJ]] ({{Phenom 300}})   Stand: 7, {{GA apron}}
        Vehicle: {{catering van}} [[vehicle_registration:LK19 XPD]] ([[organisation:Skyline Inflight Catering]])
        Driver: [[name:Nathan Poole]]   Escort: none
        Damage: scrape and dent to lower edge of {{airstair door}}; aircraft {{AOG}}

        What happened: the van reversed up to the door to load catering. No {{banksman}}, and the
        van's reversing camera wasn't working. The crew were in the FBO. The driver felt a bump
        and stopped.
        Why: caterer drivers aren't trained on our {{airside}} rules for reversing near aircraft;
        our ramp agent ([[name:Ollie]]) was covering two stands; escort is required by our
        {{ground handling manual}} but not enforced for "regular" suppliers.
        Outcome: inspection by [[organisation:Brackenfield Aero Engineering]]; aircraft released
        next day.
        Actions: no reversing to an aircraft without a banksman; caterer added to airside driver
        induction; {{stand}} cones out before any vehicle approaches.
    """)),
    ("aviation", "success", block("""
        AOG debrief - [[aircraft_registration:HB-JYT]] ({{Global 6000}}), night of [[date:12-13 March]]
        Present: [[name:Marnie Achterberg]] (Ops), [[name:Kwame Mensah]] ({{licensed engineer}}),
        [[name:Siobhán]] ({{FBO desk}}), {{captain}} by phone

        Arrived 19:10 with a {{hydraulic}} leak from a {{brake line}}. Crew due out 07:00 with
        passengers.

        What went well
        - Desk booked hotels for 9 passengers and 4 crew before the aircraft was on stand
        - [[name:Kwame]] had the part couriered from the operator's stores on a
          {{next flight out}} service; it arrived 02:30
        - Hangar cleared in 20 minutes, two wing walkers on every move
        - Warm crew room and hot food at 01:00 for the engineers
        - {{Certificate of release to service}} 05:50; departed 07:20

        Even better if
        - We kept a list of out-of-hours {{customs}} contacts for parts arriving at night
        - Engineer's {{duty time}} reached 15 hours: we need a second engineer on call

        Thanks everyone - [[name:MA]]
    """)),
    ("aviation", "incident", block("""
        Security occurrence - chronology (local times) - [[date:Fri 14 June 2024]]

        15:05  Passengers for [[aircraft_registration:VP-CLZ]] ({{Legacy 500}}) arrive at the FBO
               lounge; {{security screening}} by [[name:Halima]] ({{Security Officer}}).
        15:22  Crew call passengers. Ramp agent [[name:Jordan Pike]] starts escorting 5 pax.
        15:23  One passenger goes back to the lounge for a phone charger. Escort carries on with 4.
        15:26  Passenger leaves through the {{airside door}} alone (door propped by a cleaner's
               trolley), walks across the {{apron}} towards the wrong aircraft and is stopped by
               fueller [[name:Gaz]] next to [[aircraft_registration:G-ZXVA]], which is being fuelled.
        15:29  Passenger escorted to [[aircraft_registration:VP-CLZ]]. {{Duty manager}} informed.
        16:10  Aircraft departs.

        Why: no head count at the aircraft; escort assumed the group would stay together;
        airside door propped open.
        Actions: head count at the lounge and at the steps; door alarm repaired
        ([[case_reference:FAC-3318]]); reported to the {{airport security manager}}; {{CCTV}}
        reviewed with [[name:Jordan]], who has been supportive throughout.
    """)),
    ("aviation", "near_miss", block("""
        FUEL LOG - NEAR MISS ENTRY
        Date [[date:06/03/2025]]   Aircraft [[aircraft_registration:G-PCXL]] {{PC-12}}   Stand 11
        Requested: {{Jet A-1}}, 600 L uplift, {{overwing}}
        Bowser attending: {{AVGAS 100LL}} bowser [[vehicle_registration:R482 KFT]]
        Fueller: [[name:Lewis Tran]] (3 weeks in post)

        [[name:Lewis]] took the AVGAS bowser because the Jet bowser was on another stand and the
        job sheet said only "PC12 600" with no grade. At the aircraft, {{the captain}},
        [[name:Adaeze Nwosu]], asked to see the {{fuel grade}} decal on the bowser before
        connection, as she always does. Bowser: AVGAS 100LL. Aircraft filler placard: JET A-1.
        Fuelling stopped before the nozzle went in.

        Why: new fueller; a single-engine {{turboprop}} looks like a piston aircraft to some; no
        grade on the job sheet.
        Actions: grade on every fuel request; grade check with crew at the aircraft re-briefed
        (already in the {{SOP}}); new fuellers buddied for six weeks.
        Signed [[name:L.T.]] / [[name:M. Achterberg]], {{Duty Manager}}
    """)),
    ("aviation", "success", block("""
        Teams - FBO Ops - [[date:08/01/2025]] (snow)

        [05:02] [[name:Marnie Achterberg]]: morning all. 6 departures before 10:00, {{de-icing}} on all. [[name:Stu]] + [[name:Patryk]] on the {{de-icing rig}}, [[name:Siobhán]] on the desk
        [05:40] [[name:Stu Barraclough]]: {{Type II}} stock checked, both rigs serviceable, {{holdover time}} table on the board
        [06:15] [[name:Siobhán]]: [[flight_number:AQX311]] crew want de-ice at 06:50 for 07:10 off blocks
        [06:52] [[name:Patryk]]: [[flight_number:AQX311]] done 06:51, two-step, {{anti-icing code}} passed to crew
        [07:30] [[name:Siobhán]]: [[aircraft_registration:D-CKWE]] crew asking can they go first, pax early
        [07:31] [[name:Marnie Achterberg]]: no, keep the order, we told everyone the slots
        [09:58] [[name:Marnie Achterberg]]: all six away, none outside holdover, zero delays 👏 thanks team. big thanks to [[name:Stu]] for coming in at 4 to clear the stands with the {{snow plough}}
    """)),
    ("aviation", "incident", block("""
        From: [[name:Siobhán Keane]] <[[email:s.keane@halcyonjetcentre.co.uk]]>
        To: [[email:ops@solentaircharter.co.uk]]
        Cc: {{Duty Manager}}
        Subject: Inbound [[flight_number:SLX42]] [[date:17/05/2025]] - Border Force hold

        Hi [[name:Priyanka]],

        For your records and ours. On arrival from Geneva, {{Border Force}} held the 4 passengers
        on [[flight_number:SLX42]] ([[aircraft_registration:G-OSLX]]) for 50 minutes because the
        {{GAR}} didn't match two passports. Both dates of birth had been entered US-style:
        [[name:Amira Haddad]] showed as [[date_of_birth:04/11/1987]] but is
        [[date_of_birth:11/04/1987]], and her son [[name:Elias]] as [[date_of_birth:09/03/2015]]
        instead of [[date_of_birth:03/09/2015]]. Our desk keyed the GAR from the {{booking e-mail}} your
        office sent, which used the US format without saying so.

        Nobody did anything "wrong", but the passengers missed a connection. Suggestions:
        - booking e-mails to show dates as 04 NOV 1987
        - desk to cross-check the GAR against {{passport copies}} before submission

        Thanks,
        [[name:Siobhán]]
        {{FBO Desk Supervisor}}, [[organisation:Halcyon Jet Centre]]
        [[phone:+44 1632 960771]]
    """)),
    ("aviation", "near_miss", block("""
        Transcript - Ground, [[date:25/08/2024]] (local)

        16:02  [[flight_number:KRV71B]]: Ground, [[flight_number:Kestrel Seven One Bravo]], vacated, request taxi to the FBO
        16:02  GND: [[flight_number:Kestrel Seven One Bravo]], taxi via Alpha, follow the {{follow-me}} to stand 4
        16:02  [[flight_number:KRV71B]]: Alpha, follow-me to stand 4, [[flight_number:Kestrel Seven One Bravo]]
        16:05  [[flight_number:KRV71B]]: Ground, [[flight_number:Kestrel Seven One Bravo]], stopping, there's a jet on stand 4 and no marshaller
        16:05  GND: [[flight_number:Kestrel Seven One Bravo]], hold position, checking with the FBO
        16:07  GND: [[flight_number:Kestrel Seven One Bravo]], correction, stand 6, follow-me will lead

        Narrative: the FBO desk moved the arrival to stand 6 at 15:40 because
        [[aircraft_registration:D-CKWE]] had overstayed on stand 4, and told the {{marshaller}}
        ([[name:Ryan Okoro]]) but not {{ATC}} or the follow-me driver. {{The captain}} stopped about
        25 m from the parked {{Challenger}}'s tail, at dusk, with its {{GPU}} cable trailing behind.
        Learning: stand changes go to ATC and the follow-me by radio and on the {{stand plan}};
        the crew's instinct to stop with no marshaller saved this one. Ref [[case_reference:SR-24-0402]]
    """)),
    ("aviation", "success", prose("""
        Thank-you note forwarded by the {{operator}} on [[date:2 September]]: "Dear [[name:Jade]] and
        everyone at [[organisation:Halcyon Jet Centre]], I left my {{daughter}}'s {{insulin pens}} and
        {{glucose monitor}} in your {{lounge}} fridge when we flew to Nice. Before we had even landed
        you had rung my mobile ([[phone:+33 6 71 20 44 98]]), arranged a {{medical courier}}, and
        they were at our villa by the evening. [[name:Noor]] is [[age:7]] and had no idea how close
        we came to a very frightening night. Merci mille fois. [[name:Camille Rousseau-Hadid]]."
        Note from [[name:Marnie]]: [[name:Jade]] found them on the {{lounge check}} after departure
        and didn't wait to be asked. Learning: we now add a "medicines in the fridge" note to the
        {{passenger manifest}} so the desk asks before passengers walk out.
    """)),
    ("aviation", "incident", prose("""
        fuel spill stand 9 approx 14:20. fuelling [[aircraft_registration:G-WKSA]] {{king air}}
        {{overwing}}, it overflowed from the L wing filler, i was watching the meter not the neck,
        approx 40l on the {{apron}}. let go of the {{deadman}}, put out the {{spill kit}} and called
        {{RFFS}}. fire service attended, absorbent down, stand closed 50 mins, nobody hurt, pax not
        boarded yet. crew were good about it. {{pilot}} said the L gauge was u/s so asked for fill
        to the neck, i should of gone slower for the last bit and had someone on the wing watching.
        bowser [[vehicle_registration:FN66 RZT]], docket [[case_reference:MAF-0451093]]. - [[name:gaz]]
    """)),
    ("aviation", "success", block("""
        [[organisation:Halcyon Jet Centre]] - Quarterly Safety Action Group - minutes
        Date: [[date:15/04/2025]]
        Attendance: [[name:Marnie Achterberg]] (chair, {{Ops Manager}}), [[name:Kieran Doyle]] ({{ramp}}),
        [[name:Tobi Adewale]] ({{fuel}}), [[name:Siobhán Keane]] ({{FBO desk}}),
        [[name:Rafael Mendes]] ({{airport operator}}, {{Airside Safety}}),
        [[name:Helen O'Brien-Watts]] ({{CAMO}} rep)
        Apologies: [[name:Gaz Pennington]]

        1. Reports this quarter: 14 (9 near miss, 3 incident, 2 good catch), up from 8. Seen as a
           healthy sign of reporting, not of more risk.
        2. Good catches recognised: [[name:Tobi]] (water in bowser sump), [[name:Deepak]] (wing
           walker stop, Hangar 2), [[name:Lewis]] and the PC-12 captain (wrong fuel grade).
        3. Closed: fuel request form with units; stand-change radio call; one baggage trolley per
           aircraft.
        4. Open: repaint hangar door lines (airport operator, due end of {{May}}).
        5. AOB: {{just culture}} refresher for new starters; vouchers for the three good catches.
        Next meeting: {{July}}.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind159", REPORTS))
