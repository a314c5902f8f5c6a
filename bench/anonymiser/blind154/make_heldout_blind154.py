"""Held-out blind corpus 154: just-culture incident, near-miss and learning reports.

Settings: a children with disabilities team and its short-breaks unit (social care); maternity
triage and community midwifery (health); a flight training school and its club aircraft at a
small aerodrome (aviation). Written blind, the way UK staff type: rushed lower-case notes and
texts with typos, careful narratives, timed chronologies, e-mails with headers and signatures,
Teams/WhatsApp exports, incident forms, handover sheets and SBARs, minutes with attendance
lists, instructor debriefs, shout-outs and thank-you notes, tech log entries and A/G radio
transcripts. Every person, place, organisation and number is invented; NHS numbers pass the
mod-11 check and postcodes, NI numbers and registrations are in real formats.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind154.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        ok so writing this up quick before handover. [[name:kai]] ([[age:11]]) came in for his
        weekend stay at [[organisation:larkrise]] and his {{buccal midazolam}} wasnt in the bag.
        {{mum}} said she defo put it in, taxi driver (cab [[vehicle_registration:KX19 ZPT]]) said he
        never had a bag only the {{wheelchair}} and the {{feed pump}}. rang mum on
        [[phone:07700 900417]] no answer so rang {{the on call manager}} [[name:dev]] who said we
        cant accept overnight without {{rescue meds}} as per his {{epilepsy care plan}}.
        [[name:kai]] had no seizure thank god. mum turned up 19:40 with it, it was still on her
        kitchen side. i think the {{transport checklist}} needs a line for meds actually handed
        over not just "bag". also {{the escort}} wasnt on the taxi tonight which is prob why nobody
        checked. put on {{Mosaic}} under [[case_reference:CWD-22-0417]]. [[name:shaz]] (nights)
    """)),
    ("social_care", "incident", block("""
        From: [[name:Aisling Ní Bhriain]] <[[email:aisling.nibhriain@hensbury.gov.uk]]>
        Sent: [[date:07 March 2024]] 16:52
        To: CWD Managers; Information Governance
        Subject: DATA INCIDENT - CIN plan sent to wrong parent

        Hi both,

        Flagging a data incident from this afternoon. I sent the {{Child in Need plan}} for
        [[name:Reuben Ashworth-Kaur]] (DOB [[date_of_birth:19/02/2013]], [[case_reference:LCS 3318842]])
        to the wrong parent. {{Outlook}} {{autocomplete}} picked up [[name:Femi Okonjo]] instead of
        [[name:Reuben]]'s dad. Mr [[name:Okonjo]] rang me within ten minutes, very kindly, and
        confirmed he has deleted it without reading past page one. I've recalled the message,
        logged it with {{Information Governance}} (ref [[case_reference:IG-2024-0219]]) and told
        {{dad}} and {{mum}} the same afternoon.

        Learning for me and maybe the team: I was sending from my phone in the car between visits
        and didn't use {{Egress}}. Could we switch off autocomplete for external addresses?

        [[name:Aisling]]

        [[name:Aisling Ní Bhriain]] | {{Senior Practitioner}}
        {{Children with Disabilities Team}} | [[organisation:Hensbury Borough Council]]
        T: [[phone:01632 960284]]
    """)),
    ("social_care", "near_miss", block("""
        [[organisation:LARKRISE HOUSE]] - NIGHT HANDOVER - [[date:Sat 16/03/24]]
        On: [[name:Ola A.]], [[name:Bex]], [[name:Mo]] (sleep-in)

        Rm | YP | Notes
        1 | [[name:Amara]] ([[age:14]]) | {{PEG}} feed + water flush 22:00, {{baclofen}} given. Settled 23:10.
        2 | [[name:Jakub W.]] ([[age:16]]) | Footy on telly, {{seizure monitor}} on + tested. No concerns.
        3 | [[name:Tyler-James]] ([[age:9]]) | NEAR MISS 21:15 - [[name:Bex]] had the {{medium sling}} on the {{ceiling hoist}} ready for his bath. [[name:Ola]] checked the {{moving and handling plan}} on the door: he went up to LARGE after {{OT}} review last month. Swapped before any lift, no harm. Medium was left in his room from last stay.
        4 | empty - deep clean

        ACTION for {{the day senior}}: pls clear old slings out of rooms between stays + can we ask {{OT}} to date the sling labels
    """)),
    ("social_care", "success", prose("""
        SHOUT-OUT 🌟 for [[name:Marcus Oyelaran-Bright]] and [[name:Hollie]] at
        [[organisation:Larkrise House]]. [[name:Esme]] ([[age:12]]) had her first overnight short
        break since her {{spinal fusion}} in {{January}}, and {{mum}} [[name:Gemma Threlfall]] was
        terrified. [[name:Marcus]] did a {{home visit}} beforehand, watched mum do the {{log roll}}
        and her {{pressure care}}, and wrote it into the {{care plan}} in [[name:Esme]]'s own words.
        [[name:Hollie]] learnt the new {{Makaton}} signs [[name:Esme]] uses for "sore" and "turn me"
        and put a little card by the bed. [[name:Gemma]]'s message on {{Monday}} morning: "She came
        home and signed 'again'. First time in months I slept through." Nominated for the
        {{Outstanding Practice}} board by [[name:Rukhsana]] ({{team manager}}).
    """)),
    ("social_care", "incident", block("""
        Chronology - [[name:Tobias Mensah]] ("[[name:Toby]]", [[age:15]]) - missing from [[organisation:Larkrise House]], [[date:22/03/2024]]

        17:05 [[name:Toby]] in {{the sensory room}} with [[name:Kerry-Ann]] 1:1.
        17:20 [[name:Kerry-Ann]] called to help with a {{hoist transfer}}; [[name:Toby]] left with [[name:Nathan]] ({{agency staff}}, first shift), who was not told [[name:Toby]] is {{2:1 in the community}}.
        17:31 Side gate found open. Search of building and grounds.
        17:38 999 called per {{Philomena Protocol}}. Police ref [[case_reference:HB-20240322-0458]].
        17:40 {{Mum}} ([[name:Abena]]) informed on [[phone:07700 900862]].
        18:52 Found by police at {{the bus station}} watching buses (his special interest). Unhurt, calm.
        19:30 Back at unit. {{Return home interview}} offered.

        What went wrong: the {{keypad}} code for the side gate was written on the frame; agency induction didn't include [[name:Toby]]'s {{risk assessment}}; the 17:20 handover was verbal only.
    """)),
    ("social_care", "incident", block("""
        [Teams - CWD Duty chat - [[date:Tue 02/04/2024]]]
        [13:02] [[name:Priyanka Raghunathan]]: anyone heard from [[name:Dylan]]? he was due back from the visit at [[address:27 Foxglove Rise, Hensbury]] [[postcode:BB6 3RW]] by 12:30 and hasn't done his {{check-in}}
        [13:04] [[name:Sade Bankole]]: his mobile's going to voicemail [[phone:07700 900531]]
        [13:06] [[name:Priyanka Raghunathan]]: that's the family with the dog flagged on the {{lone working risk assessment}}. ringing {{the duty manager}}
        [13:15] [[name:Wojciech Nowak]]: starting the {{lone working procedure}}. [[name:Sade]] can you try the family landline
        [13:21] [[name:Sade Bankole]]: {{dad}} says he left at 12:40, car wouldn't start
        [13:48] [[name:Dylan Hughes]]: SO sorry all. phone dead, car dead, walked to the garage. safe
        [13:50] [[name:Wojciech Nowak]]: glad you're ok. incident form please, and let's talk about {{power banks}} and the {{Skyguard}} devices sitting in the cupboard
    """)),
    ("social_care", "incident", prose("""
        On the evening of [[date:Friday 12 April]], during a {{shared care}} overnight with
        {{family link carer}} [[name:Bernadette Flanagan]], [[name:Isaac Nwachukwu-Reid]]
        ([[age:7]]) was given twice his prescribed dose of {{melatonin}} {{oral solution}}. His
        {{MAR chart}} says "2mg at bedtime". The old bottle was 1mg/ml, so [[name:Bernie]] had
        always given 2ml. This week's bottle from [[organisation:Canal Street Pharmacy]] was 2mg/ml,
        and she measured 2ml as usual. She noticed the next morning when [[name:Isaac]] was very
        hard to wake, rang {{NHS 111}}, and was advised to observe; he was back to himself by
        lunchtime. [[name:Isaac]]'s mum [[name:Leanne]] was told the same day and was supportive.
        Nothing about the carer's practice was unusual: the label change was easy to miss. {{The
        supervising social worker}}, [[name:Tariq Mahmood]], is adding a strength check to the
        {{shared care agreement}} and the {{medication administration}} refresher.
    """)),
    ("social_care", "near_miss", block("""
        [[date:18/04/2024]], 08:12 - [[name:Jade]] Escort: Morning. Driver's been given a new route sheet and he's heading to [[organisation:St Aidan's Primary]] with [[name:Lily-Mae]] but she's at [[organisation:Brookfield School]] now since {{Easter}}
        [[date:18/04/2024]], 08:13 - [[name:Gurpreet]] Transport: ?? she moved in {{February}}. what's on your sheet
        [[date:18/04/2024]], 08:14 - [[name:Jade]] Escort: old sheet. ref [[case_reference:TR-0932]]
        [[date:18/04/2024]], 08:15 - [[name:Gurpreet]] Transport: ok tell him [[organisation:Brookfield]], I'll ring school. which vehicle?
        [[date:18/04/2024]], 08:15 - [[name:Jade]] Escort: [[vehicle_registration:YD21 HXL]] {{minibus}}
        [[date:18/04/2024]], 08:31 - [[name:Jade]] Escort: dropped at [[organisation:Brookfield]], {{the class teacher}} met us. [[name:Lily-Mae]] fine, just cross about her {{ear defenders}} lol
        [[date:18/04/2024]], 08:40 - [[name:Gurpreet]] Transport: thanks [[name:Jade]]. the {{route planner}} wasn't updated after the {{EHCP}} change of placement. near miss form to follow
    """)),
    ("social_care", "near_miss", block("""
        Subject: Near miss - review invite nearly sent to restricted address
        From: [[name:Callum McAllister]], {{SEND Case Officer}}
        Date: [[date:25 April 2024]]

        Quick one for the learning log. The {{annual review}} invitation for [[name:Zainab Hussain]] (DOB [[date_of_birth:04/11/2011]]) was queued in the {{mail merge}} to both parents. {{Dad}}'s address on our system, [[address:Flat 6, Harrow Court, Mill Lane, Hensbury]] [[postcode:BB2 8NF]], is covered by a {{Prohibited Steps Order}}: he must not be given the school or home address. [[name:Nkechi]] in the {{Children with Disabilities Team}} spotted the {{alert}} on {{Mosaic}} when I rang to check the meeting date, and we pulled the letter before printing.

        The flag sits on the social care system but not on the {{SEND system}}. Until the interface is fixed, please check Mosaic alerts before any mail merge.

        [[name:Callum McAllister]]
        SEND Team, [[organisation:Hensbury Borough Council]]
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS REPORT
        Service: {{Children with Disabilities Team}}, [[organisation:Hensbury Borough Council]]
        Date of event: [[date:03/05/2024]]
        Reported by: [[name:J.T.]] ({{social worker}})
        Child: [[name:Mason Riley]], DOB [[date_of_birth:21/08/2017]], NHS no. [[nhs_number:367 378 0743]]
        What happened: Referral from [[organisation:Greyfriars Child Development Centre]] for {{short breaks}}. Searching {{Mosaic}} by name brought up another [[name:Mason Riley]] (DOB [[date_of_birth:21/08/2015]], different locality) and the system offered to merge. I nearly accepted, which would have put this [[name:Mason]]'s {{autism assessment}} on the other child's file.
        How caught: the year of birth didn't fit the {{school year}} in the referral, so I checked the NHS number.
        Suggested action: make the NHS number a mandatory match before any merge (ask {{business support}} / {{the system team}}).
        [[name:JT]]
    """)),
    ("social_care", "success", block("""
        Transition planning meeting - [[name:Leon Fairweather]] ([[age:17]])
        [[date:09/05/2024]], [[organisation:Brookfield School]], Room 4

        Present: [[name:Leon Fairweather]] (first 20 mins), [[name:Denise Fairweather]] ({{mum}}), [[name:Obi Eze]] ({{social worker}}), [[name:Siân Pritchard]] ({{Adult Social Care}}), [[name:Anjali Mistry]] ({{transition nurse}}), [[name:Rob Keane]] ({{Preparing for Adulthood}} lead)
        Apologies: Dr [[name:Haider]] ({{community paediatrician}})

        What worked: [[name:Leon]] chaired the first item himself using his {{communication passport}}. Adults attended at 17, not 18, so the {{Care Act assessment}} can start well before his birthday in {{November}}. [[name:Denise]] said it was the first meeting where she didn't have to repeat his history.

        Actions:
        - [[name:Siân]]: start Care Act assessment by end of {{June}}
        - [[name:Obi]]: share {{EHCP}} and {{PIP}} paperwork ([[name:Leon]]'s NI no. [[ni_number:PC 62 41 08 A]]) with [[name:Denise]]'s consent
    """)),
    ("social_care", "success", prose("""
        Debrief, unannounced night {{fire drill}}, [[organisation:Larkrise House]],
        [[date:14 May 2024]] 02:10. Four young people in, three using wheelchairs, two waking staff
        plus a {{sleep-in}}. All out to the {{assembly point}} in 4 min 50 s against a {{PEEP}}
        target of 6. [[name:Chidi Okafor]] led, [[name:Ffion]] rang the {{fire service}} and did
        the roll call from the {{grab bag}}, and [[name:Sunny Dhillon]] used the {{evac chair}} on
        the stairs for the first time for real. What made it work: the {{PEEPs}} had been
        rewritten on the Friday with each young person's night routine, and [[name:Chidi]] had
        walked every night worker through them. Watch manager [[name:Andy Szymański]], who
        observed, said it was the calmest evacuation he'd seen at a children's unit. Only snag:
        the back fire door sticks. Reported to {{the landlord}}.
    """)),
    ("social_care", "success", block("""
        From: [[name:Leah Goldberg]] <[[email:l.goldberg@stjohnsacademy.org.uk]]>
        To: [[name:Mei Ling Tan]]
        Date: [[date:20 May 2024]] 15:41
        Subject: Thank you - [[name:Rayan]]

        Dear [[name:Mei Ling]],

        I wanted to put in writing how much difference your involvement has made. Since you joined the {{Team Around the Child}} meeting online in {{February}} and arranged the after-school {{short breaks}} under {{Section 17}}, [[name:Rayan]]'s attendance has gone from 58% to 91%. His mum told me it's the first term she hasn't been phoned to collect him.

        You answered every email, came to school when {{the educational psychologist}} visited, and explained {{the Local Offer}} to his mum in plain language. This is how it's meant to work.

        With thanks,
        [[name:Leah Goldberg]]
        {{SENCo}}, [[organisation:St John's Academy]]
        [[phone:01632 960771]] ext 214
    """)),
    ("social_care", "success", prose("""
        just want to say well done to [[name:reece]] (started 3 wks ago) who noticed a bruise on
        [[name:aaliyah]]s upper arm when helping her change after {{hydro}}. shes [[age:13]] and
        non verbal so cant tell us. he did the {{body map}}, told me straight away, didnt ask her
        any leading questions, wrote exactly what he saw. i rang {{MASH}} 14:20, ref
        [[case_reference:MASH-24-07781]], and {{the paediatrician}} saw her same day. turned out it
        was from the strap on her new {{standing frame}}, {{OT}} adjusting it. but the point is
        [[name:reece]] did everything the {{safeguarding training}} says and didnt second guess
        himself. [[name:bev]] (snr)
    """)),
    ("social_care", "incident", block("""
        STAFF INJURY / INCIDENT FORM
        Location: [[organisation:Larkrise House]], lounge
        Date/time: [[date:28/05/2024]] 16:45
        Employee: [[name:Tomasz Wiśniewski]]    NI no: [[ni_number:JT 48 21 96 C]]
        Home address: [[address:41 Cobden Street, Hensbury]] [[postcode:BB3 5DL]]
        Young person involved: [[name:Riley-Jo]] ([[age:15]])
        Description: During a {{distressed episode}} [[name:Riley-Jo]] bit [[name:Tomasz]]'s forearm while he was guiding her away from the window using a {{Team Teach}} hold. Skin broken. {{First aid}} given; attended {{A&E}} for {{tetanus}} review and {{antibiotics}}.
        Time off: unknown - {{RIDDOR}} to be reviewed by {{Health and Safety}} if over 7 days.
        Contributing factors: one below {{the rota}} due to sickness; her {{PBS plan}} early signs (rocking, humming) were noticed, but the {{low-arousal room}} was being used for storage.
        Reporting manager: [[name:Kemi Adebayo-Lawal]]
    """)),
    ("social_care", "success", prose("""
        [[name:Ayesha Qureshi]], mum to [[name:Yusuf]] ([[age:8]]), asked to use {{Direct
        Payments}} to employ her cousin [[name:Hamza Ali]] as {{personal assistant}} for
        [[name:Yusuf]]'s after-school care. Last year the same set-up took twelve weeks and the
        family gave up. This time [[name:Ayesha]] and {{the Direct Payments Support Service}} at
        [[organisation:Hensbury Independent Living Hub]] did the paperwork at one kitchen-table
        visit. [[name:Hamza]] flew back from a family wedding on [[flight_number:PK 793]] on the
        Thursday; his {{DBS}}, {{right to work}} check and {{payroll}} (NI [[ni_number:SH 73 05 42 B]],
        DOB [[date_of_birth:30/06/2001]]) were done in nine days. What helped: one named contact,
        [[name:Olu]] at the Hub ([[phone:01632 960 118]]), and the {{social worker}} booking the DBS
        appointment while still at the house. [[name:Yusuf]] now has the same face every day, and
        school report fewer {{meltdowns}} at pick-up.
    """)),
    ("social_care", "incident", prose("""
        On [[date:Sat 8 June]] four young people from [[organisation:Larkrise House]] went to
        [[organisation:Ashcombe Adventure Farm]]. [[name:Noah Baptiste]] ([[age:10]]) has a severe
        {{peanut allergy}}. Staff bought flapjacks from the café; the label said "may contain nuts"
        but this wasn't read. [[name:Kelechi]] noticed lip swelling and wheeze within ten minutes,
        gave his {{adrenaline auto-injector}} and called 999. The {{ambulance}} crew took
        [[name:Noah]] to {{A&E}} at [[organisation:Queen's Mead Hospital]], where he was observed
        for four hours and discharged. {{Mum}} ([[name:Claudette]]) was rung by [[name:Nicky]] from
        the farm. Learning: food on trips comes from home or is checked by {{the shift lead}}; his
        second auto-injector was in the {{minibus}}, not the bag, and his {{allergy action plan}}
        says both go everywhere with him.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Timeline - {{reduced fetal movements}}, {{maternity triage}}, [[organisation:Queen's Mead Hospital]]
        Woman: [[name:Chloe Bramwell]], [[age:29]], G1P0, 36+4. NHS [[nhs_number:677 914 4207]], hosp no [[case_reference:QM4482190]]
        [[date:11/01/2024]]
        20:02 Rang triage line, RFM since lunchtime. Advised to come in.
        20:41 Arrived. {{BSOTS}} initial assessment due within 15 min.
        20:44-21:38 Waiting room. Triage full (7 women, 2 midwives), one midwife on break.
        21:40 Seen by [[name:Oksana]] (MW). {{CTG}} on 21:52.
        22:12 {{Dawes-Redman}} criteria not met at 20 min. Escalated to {{the registrar}}, Dr [[name:Adeyemi]].
        22:30 Reviewed. Plan {{induction of labour}}; criteria met at 60 min. Baby well at birth.

        Key issue: 59 min from arrival to BSOTS assessment, no escalation to {{the coordinator}} although the board was red. [[name:Chloe]] told us she "nearly went home". Proposed: reception/{{MSW}} flag any RFM waiting over 15 min.
    """)),
    ("health", "incident", prose("""
        pn day 3 visit [[name:ruth]] at [[address:9 Elm Terrace, Hensbury]] [[postcode:BB5 1UA]],
        bp 154/101 then 152/98 on repeat, headache, no visual disturbance. ? {{postnatal
        pre-eclampsia}}. rang {{triage}} 13:05 engaged. 13:20 engaged. tried {{the coordinator}}
        bleep via switch, "not available". 13:45 still nothing so sent her in with her partner,
        told her go straight to triage and rang {{labour ward}} direct who said theyd let triage
        know. they didnt, she sat in the waiting room 40 mins. seen 15:10, started {{labetalol}},
        {{PET bloods}} ok thank god. [[name:ruth]] ok but shaken. 2 things: the {{triage phone}}
        has no second line or answerphone, and nobody knew she was coming. {{Datix}}
        [[case_reference:W-48213]]. [[name:Hannah B]] {{CMW}}
    """)),
    ("health", "incident", block("""
        From: [[name:Rosa Ferreira]] <[[email:rosa.ferreira2@nhs.net]]>
        To: [[email:qmh.maternityrisk@nhs.net]]
        Date: [[date:Mon 22 Jan 2024]] 09:17
        Subject: WBIT at [[organisation:Canal Street Surgery]] antenatal clinic

        Morning [[name:Gill]],

        Reporting a {{wrong blood in tube}} from {{Friday}}'s clinic. Two women were booked back to back, [[name:Fatima Noor]] and [[name:Fatema Nur]], both 28 weeks. I printed labels for both at the start ({{pre-labelling}}, I know) and [[name:Fatema]]'s {{group and save}} went into a tube labelled [[name:Fatima Noor]]. The lab rejected it because the group didn't match [[name:Fatima]]'s {{booking bloods}}, so nobody was given {{anti-D}} on a wrong result.

        Both women have been rung and re-bled. NHS nos: [[name:Fatima]] [[nhs_number:541 872 0848]], [[name:Fatema]] [[nhs_number:320 958 1673]].

        I've reflected: label at the bedside, one woman at a time, {{positive patient identification}} out loud.

        [[name:Rosa]]
        [[name:Rosa Ferreira]], {{Community Midwife}}, [[organisation:Riverside Community Midwives]] | [[phone:07700 900318]]
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT ({{Datix}})
        Ref: [[case_reference:W-48977]]
        Date/time: [[date:04/02/2024]] 03:25
        Location: home birth, [[address:Rose Cottage, Windle Lane, Ashcombe]] [[postcode:LA7 2PJ]]
        Person affected: [[name:Niamh O'Sullivan]], [[age:34]], P2
        Staff: [[name:Lauren Kerr]] ({{first midwife}}), [[name:Bola Adekunle]] ({{second midwife}})
        Description: {{PPH}} approx 1200ml 10 min after {{physiological third stage}}. {{Syntometrine}} IM, {{bimanual compression}}, 999 at 03:27. {{Ambulance}} arrived 03:58: crew had first gone to [[address:Rose Cottage, Church Road, Lowther]], four miles away. The postcode had not been given to the call handler and [[name:Niamh]]'s partner gave directions from memory.
        Outcome: transferred, EBL 1.6L, 2 units, home day 2.
        Learning: home birth front sheet to carry postcode and {{what3words}}; second midwife makes the 999 call and reads the address from it.
    """)),
    ("health", "incident", prose("""
        [[name:Mariam Ahmadzai]] ([[age:24]]), who speaks {{Dari}}, came to {{maternity triage}} at
        [[organisation:Queen's Mead Hospital]] on [[date:15 February 2024]] with abdominal pain at
        33 weeks. Her brother-in-law interpreted because the {{telephone interpreting}} queue was
        25 minutes. The pain was put down to {{Braxton Hicks}} and discharge was being planned
        when [[name:Precious Moyo]], the midwife taking over, booked a {{Language Line}} video call.
        Through a {{professional interpreter}} [[name:Mariam]] said she'd had a {{caesarean
        section}} two years ago, which she had not felt able to say in front of her brother-in-law.
        {{The registrar}} reviewed her: {{scar tenderness}}, {{CTG}} normal, kept in for
        {{steroids}} and observation. She was booked at [[organisation:Moorview Medical
        Practice]] and the caesarean was in her GP record but not on the maternity record. Family
        must not interpret clinical history; our {{interpreting policy}} says so, but the queue
        made it feel optional.
    """)),
    ("health", "incident", block("""
        [[date:27/02/2024]], 18:02 - [[name:Kayleigh]]: car's been broken into outside the gym. {{notes bag}} gone, had 3 sets of {{handheld notes}} in it 😩
        [[date:27/02/2024]], 18:03 - [[name:Shauna]]: omg are you ok?? whose?
        [[date:27/02/2024]], 18:05 - [[name:Kayleigh]]: [[name:P. Kowalczyk]], [[name:Hope Ashworth]] and the twins {{mum}} [[name:Danielle Rooke]]
        [[date:27/02/2024]], 18:06 - [[name:Jas]] ({{team leader}}): ring {{police}} first then me. dont touch the car till they come. whats the reg for the report
        [[date:27/02/2024]], 18:08 - [[name:Kayleigh]]: [[vehicle_registration:BK19 WNR]] silver polo. police ref [[case_reference:LAN-2702-0611]]
        [[date:27/02/2024]], 18:15 - [[name:Jas]]: ok I'll do {{Datix}} + {{IG}} tonight and ring all 3 women first thing before they hear from anyone else. was it in {{the lockable box}}?
        [[date:27/02/2024]], 18:16 - [[name:Kayleigh]]: back seat. I know. I was in there 5 mins
        [[date:27/02/2024]], 18:17 - [[name:Shauna]]: why are we still carrying paper when {{Badgernet}} is live 🙄
    """)),
    ("health", "incident", block("""
        SBAR - missed {{anti-D}} - [[organisation:Riverside Community Midwives]]
        S: [[name:Agnieszka Zielińska]], DOB [[date_of_birth:13/09/1996]], NHS [[nhs_number:193 684 0057]]. {{RhD negative}}, 22/40, fell on ice [[date:06/03/2024]], seen by {{GP}} (Dr [[name:Sandhu]], [[organisation:Moorview Medical Practice]]). No {{Kleihauer}}, no anti-D.
        B: {{Sensitising event}} after 20 weeks needs anti-D within 72h. GP letter went to {{the team inbox}} and sat there; seen day 4 by [[name:Ife]] back from leave.
        A: Outside 72h. Discussed with {{haematology}}: give anti-D now (may still offer some protection up to 10 days), Kleihauer sent.
        R: [[name:Agnieszka]] informed, apology given under {{Duty of Candour}}. Datix [[case_reference:W-49302]]. Team inbox to be checked daily by {{the day coordinator}}, including leave cover.
    """)),
    ("health", "near_miss", prose("""
        {{Near miss}}, {{triage}}, [[date:19 March 2024]]. [[name:Grace Oduya]] ([[age:31]]), 37
        weeks, {{pre-eclampsia}}, hosp no [[case_reference:QM5510372]], was prescribed
        {{nifedipine}} 20mg {{modified release}} for BP 162/108. The MR tablets aren't stocked in
        triage, so [[name:Lois Appiah]] picked up the immediate-release capsules from {{the stock
        cupboard}}, which sit right next to where MR used to be. Her second checker,
        [[name:Hyun-woo Park]], read the prescription back out loud and stopped at "MR". MR was
        fetched from {{labour ward}} and given 12 minutes later. [[name:Grace]] came to no harm.
        Learning: stock MR in triage; move the IR capsules to a separate shelf; keep doing the
        read-back even when it's busy. Thank you [[name:Hyun-woo]].
    """)),
    ("health", "near_miss", block("""
        Triage call log - [[organisation:Queen's Mead]] {{maternity triage}}
        [[date:02/04/2024]] 01:14
        Caller: [[name:Sophie-Louise Grant]], [[age:27]], P1, 39+2, {{SROM}} 00:30, contracting 2 in 10, strong. Previous labour 2 hours.
        Midwife: [[name:Eilidh]]
        01:16 Advised {{999}} because of {{fast first labour}} and 35 min drive.
        01:17 Read address back to her for the ambulance: system had [[address:Flat 3, 88 Queen Street, Hensbury]] [[postcode:BB1 4QG]], her old flat. She's now at [[address:15 Partridge Way, Lowther]] [[postcode:BB9 6EX]]. Corrected with {{ambulance control}}.
        01:49 Arrived by ambulance. Birth 02:31, well.
        Note: address change not updated on {{Badgernet}} at 36-week appt; {{the community midwife}} asked "any changes?" but answer not recorded. Always read the address back.
    """)),
    ("health", "near_miss", block("""
        [Teams - [[organisation:Riverside CMW]] chat - [[date:Wed 17/04/2024]]]
        [[name:Mei Chen]] 11:02: nearly sent the {{newborn blood spot}} card for baby [[name:Harper Lindqvist]] with mum's NHS number on it 🙈 [[nhs_number:303 967 4137]] is mum, baby's is [[nhs_number:174 113 4390]]. the sticker sheet in the {{NIPE}} folder was mum's
        [[name:Olamide Bakare]] 11:04: ooh glad you spotted. how?
        [[name:Mei Chen]] 11:05: card asks for baby's DOB ([[date_of_birth:12/04/2024]]) and the sticker had mum's [[date_of_birth:02/12/1993]] lol
        [[name:Olamide Bakare]] 11:06: that's the 2nd time this year. I'll take it to the {{safety huddle}} {{Monday}}. baby labels only go in the {{red book}}?
        [[name:Teodora]] 11:10: also the {{day 5}} template has {{mum}}'s label box at the top, maybe swap it round
    """)),
    ("health", "near_miss", prose("""
        Home birth kit check, [[date:23 April]], [[organisation:Riverside]] base. The second
        {{Entonox}} cylinder in the {{home birth bag}} for the {{on-call}} team was empty though
        its tag said full. It had gone out to [[name:Bethany Cole]]'s birth on the 19th and came
        back with the tag unchanged. [[name:Ngozi]] found it because she always opens the valve
        and reads the {{pressure gauge}} rather than trusting tags. The next booked home birth was
        that night; the on-call pair would have had one cylinder and a long wait for {{the
        ambulance}} if she'd needed more. Changes: {{the kit checklist}} now asks for the gauge
        reading, used cylinders go in the red crate, and {{BOC}} delivery day moves to Monday.
        Thanks [[name:Ngozi]].
    """)),
    ("health", "success", prose("""
        💐 Shout-out to [[name:Lorraine Okoro-Smith]], {{maternity support worker}} in
        {{triage}}. On [[date:Sunday 5 May]] she did routine obs on [[name:Keira Dunmore]]
        ([[age:19]]), 10 days {{postnatal}}, who'd come in "just for a wound check". Temp 38.4, HR
        124, RR 24. [[name:Lorraine]] didn't wait for the queue: she scored the {{MEOWS}} and
        pulled {{the coordinator}} straight in. {{Sepsis Six}} done within 40 minutes, {{IV
        antibiotics}}, {{lactate}} 3.1. [[name:Keira]] was on {{the ward}} by teatime and home on
        day 4. [[name:Keira]]'s {{mum}} wrote in: "She told my girl she looked poorly and she'd
        sort it. She did." Nominated by Sister [[name:Emma Blake]].
    """)),
    ("health", "success", block("""
        From: [[name:Aditi Rao]] <[[email:aditi.rao86@outlook.com]]>
        To: [[email:riverside.cmw@nhs.net]]
        Subject: Thank you from the [[name:Rao-Hennessy]] family

        Dear [[name:Marta]] and team,

        Our son [[name:Arjun]] was born at home on [[date:30 April]], calm and quick, exactly as we'd planned. After my first birth (an {{emergency caesarean}} elsewhere) I'd been told a {{VBAC}} at home was out of the question. [[name:Marta]] listened through two {{Birth Afterthoughts}} sessions, wrote a {{personalised care plan}} with {{the consultant midwife}}, and made sure every midwife on call knew it.

        When my waters went at 2am, [[name:Pippa]] answered {{the on-call phone}} and already knew who I was.

        If you ever want to use our story for training, please do: [[phone:+44 7700 900655]].

        With love,
        [[name:Aditi]] (and [[name:Conor]], and [[name:Arjun]])
    """)),
    ("health", "success", block("""
        Learning from Excellence - Maternity - [[date:16/05/2024]]
        Present: [[name:Efua Mensah-Boateng]] ({{Director of Midwifery}}, chair), [[name:Sam O'Neill]] ({{Patient Safety}}), [[name:Olu]] ({{PMRT}}), [[name:Lorraine Okoro-Smith]] ({{MSW}}), [[name:Rhys ap Gwilym]] ({{MNVP}}), [[name:Kaz Wright]] (triage lead)
        Apologies: Dr [[name:N. Raza]]

        1. {{Greatix}}: [[name:Lorraine]], postnatal sepsis in triage. Agreed any MSW can call the coordinator directly; add to the {{BSOTS}} SOP.
        2. Telephone triage audit: answer rate 94% in April after the second line went in. Thanks to [[name:Kaz]] and {{estates}}.
        3. MNVP {{15 Steps}} walk: families liked the new triage waiting signage; asked for a quiet room.
        Next meeting: [[date:20/06/2024]]
    """)),
    ("health", "success", prose("""
        Hot debrief, {{shoulder dystocia}}, [[organisation:Willow Birth Centre]],
        [[date:28 May 2024]] 14:37. Present: [[name:Bola]], [[name:Catriona Fraser]],
        [[name:Aba]] ({{MSW}}). Head-to-body interval 90 seconds. [[name:Catriona]] called it at
        the {{turtle sign}}, [[name:Aba]] hit {{the emergency buzzer}} and started the {{scribe
        sheet}}, and {{McRoberts}} plus {{suprapubic pressure}} delivered the anterior shoulder.
        Baby [[name:Theo]] Apgars 6 and 9; mum [[name:Jessica Hurst]] ([[age:36]]) had a
        second-degree tear only. What went well: everyone had done {{PROMPT}} in {{March}} and used
        the same words, so nobody talked over anybody. To improve: the {{neonatal}} team took six
        minutes because {{the bleep}} still goes to the main unit first.
    """)),
    ("health", "success", prose("""
        good practice from triage last night ([[date:7/6]]). [[name:courtney]] ([[age:22]]) who is
        {{deaf}} and uses {{BSL}} came in with {{bleeding}} at 30wks. her partner started
        interpreting and [[name:yasmin]] said no, kindly, and had the {{video relay}} BSL
        interpreter up on the {{iPad}} in 6 mins. known {{placenta praevia}} so she was admitted,
        {{steroids}} given, all explained properly. [[name:courtney]] said after it was the first
        time in a hospital shed understood everything without having to lipread through a mask.
        [[name:yasmin]] also wrote the plan on {{the whiteboard}} for the night staff. pls can we
        make sure the ipad stays charged in triage, it was on 9%. [[name:jo]]
    """)),
    ("health", "success", block("""
        {{Community midwife}} to {{postnatal ward}} handover
        Woman: [[name:Shannon Kiely]], [[age:20]], DOB [[date_of_birth:08/10/2003]], NHS [[nhs_number:584 328 8137]]
        Baby: girl, born [[date:11/06/2024]] 06:12

        Item | Status
        {{Pre-birth plan}} | Agreed at {{pre-birth conference}} [[date:14/05/2024]]: baby stays with [[name:Shannon]] under {{Child in Need}}
        Social worker | [[name:Femi Adeyemi]], [[organisation:Hensbury Borough Council]], [[phone:01632 960553]]
        {{Safeguarding midwife}} | [[name:Roisin Doherty]], aware, visiting today
        Partner | Not to visit (bail conditions), {{security}} aware
        Discharge | {{Discharge planning meeting}} today 14:00

        What went well: plan was on {{Badgernet}} alerts from 32 weeks so the night team knew without ringing anyone. [[name:Shannon]] said she felt "told, not talked about".
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        [[organisation:ASHCOMBE FLYING CLUB]] - {{TECH LOG}} - [[aircraft_registration:G-BSKA]] ({{PA-28-161}})
        [[date:14/01/2024]] | [[name:R. Achterberg]] | local | 0.8 hrs | 1 ldg
        DEFECT: L/H main tyre cord showing, found at post-flight. Aircraft had flown 3 sectors since {{daily inspection}} signed by [[name:K. Mwangi]]; tyre not noted.
        ACTION: aircraft {{grounded}}. Tyre replaced [[date:15/01/2024]], {{CRS}} by [[name:Lukas Brandt]], [[organisation:Brannock Aero Engineering]].

        {{CFI}} note: the daily inspection card says "tyres - condition" but nobody rolls the aircraft, so the bottom of the tyre is never seen. Four pilots looked and passed it. Card now says "move aircraft half a wheel turn and re-check". Not an {{MOR}}; shared at {{safety evening}}. No blame on [[name:K. Mwangi]].
    """)),
    ("aviation", "incident", block("""
        Transcript - [[organisation:Ashcombe Radio]] ({{A/G}}), [[date:Sat 17 Feb 2024]]
        14:21:05 [[aircraft_registration:G-CDFT]]: [[organisation:Ashcombe Radio]], [[aircraft_registration:Golf Charlie Delta Foxtrot Tango]], final two-four, touch and go
        14:21:10 [[organisation:Ashcombe Radio]]: [[aircraft_registration:Golf Foxtrot Tango]], surface wind two-three-zero one-zero
        14:21:31 [[aircraft_registration:G-OHEN]]: ...[[aircraft_registration:Golf Echo November]] lining up two-four
        14:21:36 [[organisation:Ashcombe Radio]]: [[aircraft_registration:Golf Echo November]], traffic on final
        14:21:44 [[aircraft_registration:Golf Foxtrot Tango]]: going around, aircraft on the runway

        Notes: instructor [[name:Imran Qadir]] with student [[name:Ellis]] in [[aircraft_registration:G-CDFT]]. [[aircraft_registration:G-OHEN]] flown by {{club member}} [[name:Malcolm Pryce-Jones]], who took the wind report as permission to line up. An {{A/G operator}} cannot give {{clearance}}; he knew this but was rushing to beat the weather. {{Go-around}} flown well. MOR ref [[case_reference:202402173]]. {{Radiotelephony}} refresher ({{CAP 413}}) at next club night.
    """)),
    ("aviation", "incident", prose("""
        Debrief notes: [[name:Zofia Kowalczyk]], solo {{qualifying cross-country}}, [[date:Thu
        21 March]], [[aircraft_registration:G-BYLM]] ({{PA-38 Tomahawk}}). At 2,500ft the engine
        went rough with about 150 rpm drop. [[name:Zofia]] applied {{carb heat}} after roughly 90
        seconds, by which time it was running very rough, and chose a {{precautionary landing}} at
        [[organisation:Hollins Farm]] strip, which we brief as a diversion. Landed safely. She rang
        {{the CFI}}, [[name:Gus Tull]], from the farmer's landline ([[phone:01632 960019]]).
        Temperature/dewpoint 9/7: serious icing at any power on the {{carb icing chart}}. Her
        {{FREDA}} checks had slipped because she was task-saturated with {{SkyDemon}} after a
        reroute. Ground run OK, [[name:Gus]] flew it home. {{MOR}} filed,
        [[case_reference:MOR-2024-03341]].
    """)),
    ("aviation", "incident", block("""
        From: [[name:Graham Tull]] <[[email:cfi@skylarkflighttraining.co.uk]]>
        To: All instructors and students
        Date: [[date:09 April 2024]]
        Subject: Prop strike [[aircraft_registration:G-OHEN]] - what happened and what we've changed

        All,

        On {{Saturday}} a student on their second solo flared high, bounced, and pushed forward on the second bounce. The nosewheel hit first and the prop struck the runway. Nobody hurt. [[aircraft_registration:G-OHEN]] is at [[organisation:Brannock Aero Engineering]] for a {{shock-load inspection}}.

        The student has agreed to me sharing this, and did exactly the right things after: shut down, reported, wrote it up honestly.

        What we found: their last three dual landings with [[name:Imran]] were bounced and recovered by him, and the {{solo sign-off}} was on a calm day. Saturday was 12 kt gusting 20. Changes: personal {{solo wind limits}} in every {{logbook}}, and {{bounced landing}} recovery ({{go-around}}) briefed before every first solo.

        {{MOR}} filed with {{the CAA}}; {{AAIB}} informed, not investigating.

        [[name:Graham]]
        [[name:Graham Tull]] | {{Chief Flying Instructor}} | [[organisation:Skylark Flight Training]]
        [[organisation:Ashcombe Aerodrome]], [[address:Moor Road, Ashcombe]] [[postcode:LA6 2HT]] | [[phone:+44 1632 960402]]
    """)),
    ("aviation", "incident", prose("""
        hangar door incident sun pm. pushing [[aircraft_registration:g-bska]] back in, 3 of us,
        [[name:ant]] on the tail, me and [[name:sunil]] on the struts. wind caught the {{hangar
        door}} and the edge hit the {{port wingtip}}, cracked the {{nav light}} lens and put a small
        dent in it. we didnt have a {{wing walker}} on that side cos we were one short.
        [[name:kev b]] says hes seen the door do that before and its on the {{snag list}} from last
        year. aircraft {{u/s}} til [[organisation:brannock aero]] look at it, written in the {{tech
        log}}. my fault as much as anyones, we were rushing cos it was getting dark.
        [[name:ro]]
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT (internal) - {{airspace infringement}}
        Date: [[date:02/05/2024]]  Time: 11:46 UTC
        Aircraft: [[aircraft_registration:G-CDFT]] ({{C172}}), solo student [[name:Daniel Osei-Tutu]], PPL course, 31 hrs
        Airspace: [[organisation:Brannock Airport]] {{CTR}} ({{Class D}}), 1.2nm inside for about 4 min
        What happened: [[name:Daniel]] was navigating from the paper chart; {{SkyDemon}} was running but muted and face down on the kneeboard. He was squawking 7000 rather than the {{frequency monitoring code}}, so [[organisation:Brannock Approach]] could not call him. [[flight_number:EZY64RT]] departing was stopped at 3000ft and [[flight_number:LOG7KN]] was held. No {{TCAS}} alert.
        ATC ref: [[case_reference:BRN-ATC-24-0117]]
        Follow-up: {{CAA}} {{Infringement Awareness Course}} offered. Our side: cross-country briefs now include the listening squawk, and moving-map alerts must be audible.
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp - [[organisation:Ashcombe]] line crew
        [[date:11/05/2024]], 09:47 - [[name:Bartek]]: guys the new lad just pulled the {{Jet A1}} bowser up to [[aircraft_registration:G-BSKA]] 😳
        [[date:11/05/2024]], 09:47 - [[name:Lewis]]: WHAT. did he fuel it
        [[date:11/05/2024]], 09:48 - [[name:Bartek]]: no, [[name:Hamid]] (owner) was at the aircraft and stopped him. the {{nozzle}} didnt fit and he was trying to force it
        [[date:11/05/2024]], 09:49 - [[name:Lewis]]: thank god. which bowser
        [[date:11/05/2024]], 09:49 - [[name:Bartek]]: [[vehicle_registration:R614 HDV]], parked where the {{AVGAS}} one normally lives
        [[date:11/05/2024]], 09:52 - [[name:Pat]]: this is why we check {{fuel grade}} against the {{refuel request}}. [[name:Bartek]] pls do a near miss form, I'll redo his {{fuelling induction}} today. nobody fuels solo til signed off. and we need proper {{grade decals}} on both bowsers
    """)),
    ("aviation", "near_miss", block("""
        [[date:Sun 26/05/2024]] - near miss, {{pitot cover}} left on, [[aircraft_registration:G-CDFT]]
        10:05 Student [[name:Ffion Parry]] signs out [[aircraft_registration:G-CDFT]] for solo circuits. {{Daily inspection}} with instructor [[name:Wei Li]].
        10:20 [[name:Wei]] called to the phone; [[name:Ffion]] finishes {{walk-round}} alone.
        10:31 [[name:Ffion]] lines up. [[name:Wei]], from {{the clubhouse}} window, sees the red streamer on the left wing and radios {{A/G}}.
        10:32 A/G: "[[aircraft_registration:Golf Foxtrot Tango]], hold position, instructor advises pitot cover still fitted"
        10:33 [[name:Ffion]] backtracks, vacates, shuts down, removes cover.
        Learning: interrupted walk-round = start again from the top. Covers to be counted into {{the glovebox}} bag before start. Streamer is too short and faded; replace with a longer {{REMOVE BEFORE FLIGHT}} tag.
    """)),
    ("aviation", "near_miss", prose("""
        Debrief, {{trial lesson}} [[date:8 June]], voucher [[case_reference:TL-24-1187]]. Booked by
        the gift buyer as "adult, about 85kg". On arrival Mr [[name:Olufemi Bello]] ([[age:52]])
        said, when asked, he was nearer 118kg. Instructor [[name:Niall Fitzgerald-Ryan]] redid the
        {{weight and balance}} for [[aircraft_registration:G-BYLM]] ({{Tomahawk}}): with full tanks
        we'd have been 14kg over {{MTOW}}. Swapped to [[aircraft_registration:G-BSKA]]
        ({{PA-28}}), inside the {{envelope}}, and flew. [[name:Niall]] admits he nearly didn't
        recheck because he was running late and the booking "looked fine". Learning: the
        {{booking system}} should ask for a weight band, and we ask every trial lesson pilot
        politely, at the desk, before they see the aircraft.
    """)),
    ("aviation", "near_miss", block("""
        Extract - [[organisation:Ashcombe Radio]], [[date:15/06/2024]]
        15:02:10 [[flight_number:Skylark two-one]]: downwind two-four, full stop
        15:02:25 [[aircraft_registration:G-AZNK]]: [[aircraft_registration:Golf November Kilo]] joining downwind two-four
        15:02:40 {{A/G}}: [[flight_number:Skylark two-one]], [[aircraft_registration:Golf November Kilo]], both reporting downwind two-four
        15:02:48 [[flight_number:Skylark two-one]]: traffic on {{SkyEcho}} two hundred feet same level, right one o'clock, visual, extending downwind

        Notes ([[flight_number:Skylark 21]], instructor [[name:Kwame Asante]], student [[name:Hattie Moss]]): visiting pilot joined the {{circuit}} straight into downwind instead of the {{overhead join}} in {{the AIP}} entry. Closest estimate 150m. [[name:Kwame]] credits {{electronic conspicuity}}; neither crew had seen the other. Visitor rang afterwards, very apologetic. Joining instructions to go on our website and in the {{PPR}} reply.
    """)),
    ("aviation", "success", prose("""
        ⭐ Shout-out: [[name:Aarav Sharma]] ([[age:17]]), first solo, [[date:Wednesday 19
        June]]. On his second circuit in [[aircraft_registration:G-BYLM]] the radio went quiet
        (turned out to be a loose {{PTT}} jack). He did exactly what we brief: squawked {{7600}},
        stayed in the circuit, rocked wings on final and looked for a {{green light}}. Our {{A/G
        operator}} [[name:Marjorie]] had the {{signal lamp}} out of the {{radio room}} in seconds.
        He landed beautifully. His instructor [[name:Chloë Baptiste-Reed]] says she's never been
        prouder, and [[name:Aarav]]'s dad [[name:Vikram]] got the whole thing on video from the
        {{viewing area}}.
    """)),
    ("aviation", "success", block("""
        [[organisation:Skylark Flight Training]] / [[organisation:Ashcombe Flying Club]] - Flight Safety Committee
        [[date:3 July 2024]], clubhouse
        Present: [[name:Graham Tull]] ({{CFI}}, chair), [[name:Imran Qadir]] ({{Deputy CFI}}), [[name:Pat Ogunleye]] ({{Aerodrome Ops}}), [[name:Lukas Brandt]] (engineering), [[name:Mary-Kate O'Hare]] (student rep), [[name:Bill Crossley]] (club safety officer)

        1. Infringements: none since the {{moving map}} briefing in {{May}}. Thanks to [[name:Imran]]'s {{Threat and Error Management}} evenings.
        2. {{Daily inspection}} card changes (tyres, pitot covers): 100% in spot checks by [[name:Bill]].
        3. {{CHIRP}}: our hangar door report was published anonymously in {{FEEDBACK}}.
        4. {{Just culture}}: 14 reports this quarter vs 4 same quarter last year. The committee sees this as good news, not bad.
        AOB: [[name:Mary-Kate]] asked for a winter {{night rating}} course.
    """)),
    ("aviation", "success", prose("""
        Note pinned up in the clubhouse: To [[name:Steph]], [[name:Yusuf Haddad]] and the lads
        from the {{fire cover}}. On [[date:Saturday 20 July]] my husband [[name:Derek Lomax]]
        ([[age:71]]) collapsed at the bar after his flight. [[name:Steph]] started {{CPR}} within a
        minute, [[name:Yusuf]] ran the {{defibrillator}} over from the {{fire shed}}, one shock and
        he was breathing. The {{air ambulance}} landed on the grass and took him to
        [[organisation:Queen's Mead Hospital]]. He's home now with an {{ICD}} fitted and already
        asking when he can fly again ({{the AME}} says not yet, [[name:Derek]]). Thank you for
        doing the {{first aid course}} nobody wants to do. With love, [[name:Brenda Lomax]].
        [ops: AED pads replaced [[date:22/07/2024]].]
    """)),
    ("aviation", "success", block("""
        Instructor debrief
        Student: [[name:Rhiannon Vaughan]]   Instr: [[name:A.K.]]   A/C: [[aircraft_registration:G-BSKA]]   Date: [[date:24/07/24]]
        Planned: Ex 16 {{forced landing without power}}, {{EFATO}} briefs.
        What actually happened: climbing out of two-four at 600ft, rough running and rpm dropping. [[name:Rhi]] lowered the nose to hold {{Vy}}, {{carb heat}} HOT, {{electric fuel pump}} ON, changed tanks, called "{{PAN PAN}}" on the A/G frequency, and turned downwind at a safe height with a field picked in case. I only touched the controls on final to say "your aircraft".
        Cause: fouled plug, found on ground run.
        Comment: she flew the {{checklist}} from memory and never stopped flying the aircraft. Signed off Ex 16 on the strength of it. [[name:Rhi]] to brief the next {{student evening}}.
    """)),
    ("aviation", "success", block("""
        From: [[name:Lukas Brandt]] <[[email:lukas@brannockaero.co.uk]]>
        To: [[name:Pat Ogunleye]]; [[name:Graham Tull]]
        Date: [[date:2 Aug 2024]]
        Subject: [[aircraft_registration:G-BYLM]] exhaust - well spotted

        [[name:Pat]], [[name:Graham]],

        Credit where it's due. The crack [[name:Kofi]] found on [[aircraft_registration:G-BYLM]]'s {{muffler}} during {{Tuesday}}'s {{A-check}} was 40mm along the weld, right under the {{carb heat shroud}}. That's {{carbon monoxide}} straight into the cabin. The {{CO detector}} card was going grey too. [[name:Kofi]] grounded it and rang us instead of "keeping an eye on it".

        Replaced under work order [[case_reference:WO-24-0688]], {{CRS}} attached. Worth a look at the other {{PA-38}} muffler while it's quiet.

        Cheers,
        [[name:Lukas]]
        [[name:Lukas Brandt]] | {{Licensed Engineer}} | [[organisation:Brannock Aero Engineering]] | [[phone:07700 900144]]
    """)),
    ("aviation", "success", prose("""
        On [[date:14 August 2024]] student [[name:Kacper Lewandowski]] ([[age:19]]), on his
        {{qualifying cross-country}} in [[aircraft_registration:G-CDFT]], became {{uncertain of
        position}} in haze. Rather than pressing on he did what we teach: climbed, kept flying
        the aircraft, and called "{{PAN PAN}}" on {{121.5}}. {{D&D}} found him on
        {{transponder}} 12nm north of track and steered him into [[organisation:Brannock Airport]],
        where {{ATC}} fitted him in behind [[flight_number:TOM2KB]] and waived the landing fee.
        [[name:Imran Qadir]] drove over and they flew back together the next morning.
        [[name:Kacper]]'s mum, who we rang on the number on file ([[phone:+48 512 630 418]]), said
        he called her from the tower "very proud of himself". He should be. Debrief focus:
        {{haze}} forecasting and the {{five Cs}}, not blame.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind154", REPORTS))
