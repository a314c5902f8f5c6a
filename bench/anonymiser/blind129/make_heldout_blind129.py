"""Held-out blind corpus 129: just-culture incident and learning reports from three UK settings.

Settings: a city council's disabled children's team and SEND transport service; a maternity
unit, neonatal unit and community midwifery teams; an air traffic control unit with approach
radar at a regional airport. Styles mix rushed lower-case notes with typos, careful narratives,
chronologies and timelines, e-mails with signatures, Teams/WhatsApp-style chat, incident forms
with field labels, duty handovers, debrief notes, and praise or shout-outs. Identifiers are
marked `[[label:value]]` and must-not-redact terms `{{term}}` (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind129.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        dropped off at school 0850 but [[name:kian]] ([[age:9]]) was still asleep on back seat of the
        {{minibus}}, {{PA}} didnt do the walk through check. driver [[name:Gary]] found him at depot at
        0935 when cleaning. {{mum}} not told til 1010. vehicle [[vehicle_registration:YX19 KHD]], operator
        [[organisation:Northway Community Transport]]. school [[organisation:Greenfield Academy]] didnt ring
        to say absent as they thought he was off sick. raised with {{SEND transport team}} + {{LADO}}
        consulted re PA. need {{end of route check}} signed every run not just ticked.
        {{mosaic}} [[case_reference:1184452]]
    """)),
    ("social_care", "success", block("""
        Subject: Shout out - Tuesday's emergency short break

        Hi all,

        Just wanted to say a massive thank you to [[name:Precious Adebayo]] on the {{duty}} desk yesterday
        ([[date:Tues 11th]]). [[name:Precious]] picked up that {{mum}} of [[name:Tomasz]] ([[age:14]]) had been
        admitted to hospital and dad was stuck in Poland, only reachable on [[phone:+48 601 229 874]].
        She had an emergency {{overnight short break}} sorted at [[organisation:Willow House]] within three
        hours, checked the {{PEG feed}} regime with the {{community nursing team}} and got the
        {{epilepsy care plan}} over before he arrived. Calm, thorough and kind.

        Thanks,
        [[name:Helen Carr-Whitley]]
        {{Team Manager}}, [[organisation:Disabled Children's Team North]]
        [[phone:0113 496 0721]]
    """)),
    ("social_care", "near_miss", block("""
        Date of incident: [[date:03/10/2024]]
        Location: pick-up point outside [[address:27 Marsh Lane]], [[postcode:LS11 6QR]]
        Child: [[name:Aaliyah Hussain]], DOB [[date_of_birth:14/02/2013]], LCS ref [[case_reference:LCS-2290417]]
        What happened: new escort from [[organisation:A2B Private Hire]] arrived without the {{car seat}}/harness
        listed on the {{transport plan}}. Driver intended to take [[name:Aaliyah]] with a standard {{lap belt}}.
        {{Dad}} refused and rang {{SEND Transport}}.
        Immediate action: journey cancelled, [[name:Aaliyah]] taken in by dad, taxi rebooked with correct
        {{Crelling harness}}.
        Learning: equipment list not passed to the sub-contracted firm. Plans to be sent with each new
        driver allocation.
        Reported by: [[name:J. Okafor]], {{transport coordinator}}
    """)),
    ("social_care", "incident", prose("""
        On [[date:Saturday 16 March]] a group of four young people from [[organisation:Elmwood Short Breaks Unit]]
        went to the {{trampoline park}}. Staff realised on arrival that [[name:Rhys Llewellyn]] ([[age:12]]),
        who has {{Dravet syndrome}}, did not have his {{buccal midazolam}} with him - it had been signed out on
        the {{MAR chart}} but left in the {{medication cabinet}} in the office. [[name:Rhys]] did not have a
        seizure. The shift lead, [[name:Bronwen]], returned the group to the unit straight away and informed
        {{mum}} by phone. We have since introduced a two-person {{grab bag}} check at the door and the
        {{registered manager}} has notified {{Ofsted}} as a precaution. Reference [[case_reference:SB-24-0071]].
    """)),
    ("social_care", "success", block("""
        [09:12] [[name:Sky Mensah]]: anyone free to cover a joint visit w {{OT}} at 11? [[name:Summer]]'s {{hoist}} has failed again
        [09:14] [[name:Dan O'Neill]]: I can. which address
        [09:14] [[name:Sky Mensah]]: [[address:8 Brookfield Terrace]]. mum is [[name:Nadia]], mob [[phone:07700 918 442]]
        [11:58] [[name:Dan O'Neill]]: done. OT got an emergency {{ceiling track}} repair booked for tmrw and loaned a {{mobile hoist}}. mum v relieved. also clocked {{Disability Living Allowance}} hadnt been renewed so helped her start the form (her NI [[ni_number:JT 482193 B]]) 👍
        [12:01] [[name:Sky Mensah]]: legend. pls put on {{Liquidlogic}} and I'll flag to {{TM}}
    """)),
    ("social_care", "near_miss", block("""
        Chronology - [[name:Oliver Brennan-Shaw]] (Mosaic [[case_reference:MOS-770315]])
        [[date:02/09]] 07:40  New {{passenger assistant}} (agency) allocated to route 14 for start of term.
        [[date:02/09]] 07:55  Transport booking shows {{epilepsy training}} 'N/A' - field left blank by provider.
        [[date:03/09]] 08:10  [[name:Oliver]] has a brief {{absence seizure}} on bus; PA unsure what to do, driver pulls over on the {{ring road}}.
        [[date:03/09]] 08:14  Seizure self-resolves (<1 min). Driver rings school; {{school nurse}} meets bus at [[organisation:Beckside Special School]].
        [[date:03/09]] 09:30  {{Social worker}} informed by school. Mum informed by school.
        [[date:04/09]]        Route paused until trained PA available. {{Commissioning}} to audit training records for all routes.
        Outcome: no harm. Near miss - {{rescue medication}} would not have been given if needed.
    """)),
    ("social_care", "incident", block("""
        From: [[email:m.kowalczyk@citycouncil.gov.uk]]
        To: DCT Managers
        Subject: Data breach - letter sent to wrong family

        Hi [[name:Grace]],

        Reporting that the {{short breaks}} review letter for [[name:Ayo Bankole]] (DOB [[date_of_birth:22/07/2015]])
        was posted to [[address:41 Harrow Road]] instead of [[address:14 Harrow Road]]. The other family rang us today
        and have returned it. The letter includes his diagnosis and the {{CIN plan}} summary. I've logged it with
        {{Information Governance}} (ref [[case_reference:IG-2024-1193]]) and spoken to {{mum}}, who was
        understandably upset.

        I think the house number was mis-keyed when the {{EHCP}} was imported into {{Mosaic}}.

        [[name:Magda]]
        [[name:Magdalena Kowalczyk]] | {{Social Worker}} | Disabled Children's Team
        [[phone:0113 378 5520]] | [[phone:07418 602 913]]
    """)),
    ("social_care", "success", prose("""
        Good catch to share. Our {{SEND transport}} driver, [[name:Bill Thornton]], noticed that [[name:Hope]]
        ([[age:7]]), who uses a {{wheelchair}}, had been sitting in a wet pad on three mornings running and seemed
        hungry when she got on. Rather than just mention it at the depot he rang the {{MASH}} himself and followed
        up by email to the {{DSL}} at [[organisation:Rowan Tree Primary]]. The {{social worker}} visited the next
        day; mum had lost her job and the {{direct payments}} had stopped after a missed review. Support is now
        back in place and the family were referred to the {{food bank}}. [[name:Bill]]'s been thanked by the
        {{Head of Service}}.
    """)),
    ("social_care", "incident", prose("""
        {{EDT}} note [[date:sat 21/9]] 2315 - call from {{foster carer}} [[name:shazia]] ([[phone:07956 330 218]])
        re [[name:leo]] [[age:15]] ({{autism}}, non verbal) who hasnt come back from contact w birth dad. was due
        back 7pm. dad not answering. police informed, DS [[name:Harris]] rang back, ref
        [[case_reference:CAD 4417 21/09]]. [[name:leo]] located 0040 at dads flat, safe, dad had 'lost track of
        time' and phone dead. contact arrangments need reveiwing, no {{contact supervisor}} was in place bc it was
        stepped down at {{LAC review}} in july. passed to {{IRO}} + {{SW}} for mon. [[name:TB]]
    """)),
    ("social_care", "near_miss", block("""
        DUTY HANDOVER - [[date:Fri 8 Nov]]
        1. [[name:Zainab Osei]] ([[case_reference:LL-559821]]) - {{respite}} at [[organisation:Meadowbank]] tonight. Unit flagged no {{oxygen cylinder}} sized for her {{portable concentrator}} - sorted w/ {{BOC}} delivery for 5pm. CHECK it arrived.
        2. [[name:Ethan Gill]] - nearly sent home in wrong taxi. Route sheet still had old address ([[address:Flat 3, Kingsway Court]]), new address [[address:112 Wetherby Road]], [[postcode:LS8 4TJ]]. Transport updated. Near miss, logged.
        3. [[name:Kaya]] - {{CP}} strategy meeting Mon 10am, {{chair}} [[name:Roisin]].
        Nothing else outstanding. {{On-call manager}} tonight is [[name:Will Fairbrother]] [[phone:07827 114 306]].
    """)),
    ("social_care", "success", block("""
        Debrief - transition of [[name:Marcus]] to adult services

        What went well:
        - {{Preparing for Adulthood}} meeting held when [[name:Marcus]] was [[age:16]], not at the last minute.
        - {{Adult Social Care}} worker ([[name:Chidi]]) joined two home visits before his 18th.
        - {{Continuing Healthcare}} checklist done early so no gap in nursing hours.
        - [[name:Marcus]]'s NI number ([[ni_number:PC 71 40 28 A]]) came through in time for the {{PIP}} claim.
        - College ([[organisation:Parkside College]]) had his {{communication passport}} on day one.

        Even better if:
        - {{Court of Protection}} application started sooner - still waiting.
        - Family said they had 11 different professionals' numbers. One key worker next time.

        Attendees: [[name:R. Singh]], [[name:L. McAllister]], [[name:Chidi Nwosu]], mum.
    """)),
    ("social_care", "incident", block("""
        [07:52] [[name:Dee]] (PA route 6): {{wheelchair clamp}} on the back left not locking on new bus
        [07:53] [[name:Dee]] (PA route 6): driver says its fine
        [08:06] [[name:Dee]] (PA route 6): chair shifted on the {{roundabout}} and [[name:Jayden]] banged his arm on the window. hes ok but crying
        [08:07] [[name:Marie]] (Transport office): pull over and ring me now
        [08:15] [[name:Marie]] (Transport office): ok [[vehicle_registration:BD70 XLM]] off the road. {{wheelchair accessible vehicle}} coming from depot. Ill ring his mum and school
        [08:40] [[name:Marie]] (Transport office): school {{first aider}} checked arm, bruise only. {{body map}} done. doing {{incident form}} + informing {{H&S}}. [[name:Dee]] you did the right thing
    """)),
    ("social_care", "near_miss", prose("""
        During a file audit on [[date:12 June]] the {{Practice Manager}} noticed that a
        {{Child and Family Assessment}} for a child with a new diagnosis of {{cerebral palsy}} had been open for
        61 working days, well past the {{45-day}} timescale. The allocated worker had gone on long-term sick and
        the case was not reallocated because the {{workflow}} in the case system still showed her as the owner.
        No harm came to the child, whose needs were being met through existing {{short breaks}}, but an
        {{equipment}} request had stalled. The child's mother had emailed the team inbox twice asking about a
        {{specialist buggy}}, and both emails had been forwarded to the absent worker's mailbox, where nobody
        saw them. When we spoke to her she was very gracious, but said she had assumed we had simply decided
        not to help. Looking back, there were three points where someone could have noticed: the supervision
        record had not been updated for two months, the out-of-office reply gave no alternative contact, and
        the weekly allocation meeting only looked at new referrals. We now run a weekly 'orphaned cases'
        report, team managers review it {{every Monday}}, and out-of-office messages must name a covering
        worker. The buggy has been delivered and the assessment completed.
    """)),
    ("social_care", "success", prose("""
        Shout out to [[name:Kwame]] and [[name:Ffion]] in the {{transport office}} who re-planned 23 routes
        overnight when [[organisation:Castle Coaches]] pulled out. Every child got to school on time on
        [[date:Monday 4th]], {{passenger assistants}} briefed, {{medical plans}} checked 👏👏 {{Head of SEND}}
        wants the {{contingency plan}} written up.
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT - SEND TRANSPORT
        Ref: [[case_reference:TR/24/0388]]
        Date/time: [[date:19/11/2024]] 15:40
        Route: 22 ([[organisation:Moorside Academy]] - home)
        Operator: [[organisation:Apex Cars (Leeds) Ltd]]
        Vehicle: [[vehicle_registration:YH68 FPA]]
        Pupil: [[name:Eliza-Mae Dunne]], Y8, age [[age:12]]
        Description: Pupil told her {{teaching assistant}} the next morning that the driver shouted at her and
        grabbed her wrist to stop her unclipping her {{seatbelt}}. Redness noted, no lasting mark. Pupil has
        {{ADHD}} and {{ASC}}.
        Actions: Driver stood down pending enquiry. {{LADO}} referral made [[date:20/11]]. Parents informed by
        {{DSL}}. {{CCTV}} requested from operator.
        Reported by: [[name:Sunil Mistry]], {{Transport Compliance Officer}}
    """)),
    ("social_care", "near_miss", prose("""
        quick one for the learning log - [[name:amir]] ([[age:6]]) booked into [[organisation:Little Acorns]]
        holiday club for {{summer holiday}} {{short breaks}}. referral form i sent them was the old template which
        doesnt have the {{allergies}} box. he has {{anaphylaxis}} to peanuts + carries an {{EpiPen}}. mum
        mentioned it at the settling in visit so club caught it before he started. no harm but could of been bad.
        old template now deleted from the {{shared drive}}, pls use the one on {{SharePoint}}. [[name:kez]]
    """)),
    ("social_care", "success", prose("""
        I want to record some good practice from [[name:Ioana Popescu]], {{student social worker}}, during a review
        for [[name:Caleb]] ([[age:11]]) on [[date:27 February]]. [[name:Caleb]] is non-verbal and uses
        {{Makaton}} and a {{PECS}} book. Rather than rely only on his parents' account, [[name:Ioana]] spent two
        sessions at [[organisation:Hollybank School]] with his {{speech and language therapist}} building a
        simple happy/sad board about his {{overnight respite}}. [[name:Caleb]] clearly showed he disliked the
        weekend stays because of the noise, and loved the after-school club. The {{child in need}} plan was
        changed to reflect this and his parents said it was the first time they felt he had really been
        listened to. [[name:Ioana]] has offered to share the board template at {{team meeting}}.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Datix ref: [[case_reference:W448213]]
        Date: [[date:07/01/2025]]  Time: 03:20
        Location: [[organisation:Larkspur Birth Centre]]
        Patient: [[name:Chloe Barnes]], [[age:31]], hosp no [[case_reference:K1290443]], NHS [[nhs_number:482 955 6536]]
        Description: {{PPH}} approx 1800ml following {{SVD}}. {{MEOWS}} triggered at 03:05 (HR 124, BP 88/50) but
        {{obstetric registrar}} not called until 03:20 as midwife was alone in room and {{emergency bell}} in
        room 4 not working. {{Syntometrine}} given, bimanual compression, transferred to {{delivery suite}} theatre.
        Harm: moderate - 3 units blood.
        Immediate actions: bell reported to estates (job [[case_reference:EST-77120]]), all room bells tested.
        Reporter: [[name:Anita Kovács]], {{Band 6}} RM
    """)),
    ("health", "success", block("""
        Subject: Thank you - Bay 3 last night

        Dear [[name:Adaeze]],

        I just wanted to pass on how impressed I was with your care of the [[name:Rahman]] twins on {{NICU}} last
        night. You noticed twin 2 was mottled with a subtle rise in {{heart rate}} before any alarm went off,
        called {{ANNP}} [[name:Paul]] straight away, and a {{septic screen}} and {{antibiotics}} were given within
        the hour. The {{blood culture}} has since grown {{GBS}}. Without your early escalation this could have been
        much worse.

        I've copied in your {{matron}} and put this through {{Learning from Excellence}}.

        Best wishes,
        Dr [[name:Fiona McLeod]]
        {{Consultant Neonatologist}}, [[organisation:Daisy Neonatal Unit]]
    """)),
    ("health", "near_miss", prose("""
        home visit day 3 - lone working. went to [[address:22 Cotton Street]] for pn check on [[name:jess]] + baby.
        door answered by partner who was clearly drunk and aggressive, wouldnt let me in, said [[name:jess]] was
        asleep. left and rang {{lone worker}} line. couldnt get through to {{safeguarding midwife}} til 2pm.
        [[name:jess]] rang back later from her mums, ok but scared. {{MARAC}} referral done. learning: address was
        flagged on the {{GP}} record but not on {{BadgerNet}} so we didnt know to {{double up}}. pls check both.
        [[name:CW]] {{CMW}} [[organisation:Eastside Community Midwives]]
    """)),
    ("health", "incident", prose("""
        On [[date:14 August]] a bottle of {{expressed breast milk}} labelled for baby [[name:Novak]] was given to
        baby [[name:Chen]] in the next cot on [[organisation:Seahorse Ward]]. The nurse checked the name on the
        fridge label but not the {{hospital number}} against the {{ID band}}, and both babies were born the same
        day. It was noticed at the next feed by the {{nursery nurse}}. Both mothers were told the same shift in
        line with {{Duty of Candour}}, and baby [[name:Chen]]'s mother was offered {{blood-borne virus}}
        screening, which was negative. The unit has since moved to {{barcode scanning}} for all milk feeds.
    """)),
    ("health", "success", block("""
        [[name:Rose]] ({{MIC}}): huge thanks to the {{Fresh Eyes}} pair on room 9. [[name:Kasia]] spotted the {{CTG}} baseline had crept up from 130 to 155 over 2 hrs - not obvious on the hourly review
        [[name:Rose]] ({{MIC}}): {{reg}} reviewed, {{FBS}} lactate 5.1, {{Cat 2 section}}, baby needed 2 inflation breaths then fine, {{Apgars}} 6 and 9
        [[name:Tunde]]: nice one [[name:Kasia]] 👏
        [[name:Kasia]]: ta! tbh the new {{CTG sticker}} with the trend box made it easy to see
    """)),
    ("health", "incident", block("""
        Timeline - planned home birth, [[address:Rose Cottage, Mill Lane]], [[postcode:HG3 2NP]], [[date:22/03/24]]
        01:10  {{CMW}} 1 arrives. Woman ([[name:Siobhan Gallagher]], G2P1) 6cm.
        02:35  {{Meconium}}-stained liquor noted. Transfer advised, woman agrees.
        02:37  999 call - given {{Category 2}}, est wait 40 mins.
        02:50  Second midwife arrives.
        03:25  Call back from ambulance service, still no vehicle. Escalated to {{labour ward coordinator}}.
        03:42  Ambulance arrives.
        04:15  Arrives [[organisation:St Brigid's Maternity Unit]]. {{FHR}} decelerations noted.
        04:31  {{Ventouse}} delivery. Baby to {{NNU}} for observation, back with mum day 2.
        Learning: transfer criteria to be discussed with the {{ambulance trust}} - request Category 1 for
        meconium + FHR concerns.
    """)),
    ("health", "near_miss", block("""
        Type: Near miss
        Area: {{Antenatal Clinic}}, [[organisation:Hawthorn Wing]]
        Patient: [[name:Marta Wiśniewska]], NHS No [[nhs_number:860 654 3144]], DOB [[date_of_birth:03/05/1996]]
        What happened: {{Rh negative}} woman attended at 28/40 for routine {{anti-D}}. Appointment booked as a
        standard MW check so anti-D not ordered from {{blood bank}}. Woman mentioned she thought she was due
        'an injection'. HCA checked notes, anti-D obtained and given 45 mins later.
        Why it matters: missed routine anti-D = risk of {{rhesus sensitisation}}.
        Action: {{Maternity IT}} asked to make anti-D an automatic prompt on {{BadgerNet}} at 28 weeks.
        Reported by: [[name:Gwen Pritchard]]
    """)),
    ("health", "success", prose("""
        On [[date:Thursday 6 June]] we ran an unannounced {{PROMPT}} drill on {{delivery suite}} simulating a
        {{cord prolapse}} at 2am staffing levels. Decision to delivery was 19 minutes. What went well: the
        {{knee-chest position}} was adopted immediately, {{bladder filling}} with a {{Foley catheter}} was done
        without prompting, and the {{theatre team}} were ready before the woman arrived. Communication using
        {{SBAR}} was clear. Learning: the {{emergency box}} in room 2 had an out-of-date giving set. Thanks to
        everyone who took part, especially the student midwives who played the family.
    """)),
    ("health", "incident", prose("""
        Baby [[name:Amelia-Rose Taylor]], born [[date_of_birth:02/11/2024]], NHS [[nhs_number:490 506 7294]], was
        discharged from [[organisation:Jasmine Ward]] on [[date:04/11/2024]]. Her {{newborn blood spot}} card was
        completed with the mother's previous address, [[address:9 Pendle Way]], [[postcode:BB9 7TD]], and the
        {{health visitor}} notification went to the wrong {{0-19 team}}. The results letter came back
        undelivered and the community team only picked up that the {{day 5}} test had been done when mum
        ([[name:Lauren Taylor]], [[phone:07984 221 635]]) rang the unit on [[date:25/11]] asking why no one had
        visited. No harm to baby, results were normal, but the {{new birth visit}} was three weeks late.
        Datix [[case_reference:W451902]].
    """)),
    ("health", "near_miss", prose("""
        nearly started {{morphine infusion}} on cot 6 (baby [[name:Idris]]) at 10x the prescribed rate, pump
        programmed at 200 mcg/kg/hr instead of 20. {{second checker}} [[name:Ngozi]] caught it before start.
        {{smart pump}} library had been bypassed because the {{Alaris}} {{drug library}} didnt include the neonatal
        concentration. both of us v shaken. {{pharmacy}} informed. pls dont override the library without a second
        check. night of [[date:12/4]] - [[name:priya]] {{NNU}}
    """)),
    ("health", "success", prose("""
        #shoutout for [[name:Summer Ojo]] ({{CMW}}, [[organisation:Riverside Team]]) who on a routine 34/40 home
        visit to [[address:Flat 7, Albion House]] found BP 152/101 with {{proteinuria}} and a headache the woman had
        put down to 'just tiredness'. [[name:Summer]] didn't wait for the {{GP}} - sent her straight in to
        {{triage}}, rang ahead with an {{SBAR}}, and followed up that evening. {{PET}} bloods abnormal, started on
        {{labetalol}}, delivered safely at 36/40. Lovely work. - [[name:Mel]], {{Community Matron}}
    """)),
    ("health", "incident", block("""
        From: [[name:Jo Harrington]] <[[email:jo.harrington@nhs.net]]>
        Subject: Baby tag alarm - [[organisation:Fenwick Ward]] - [[date:18/02]]

        Team,
        At 16:10 on [[date:18/02]] the {{baby tagging}} alarm sounded at the main doors. A visitor had left carrying
        a {{car seat}} with a baby in it. The doors locked as designed and {{security}} attended within 2 minutes.
        It was the baby's grandfather taking her to the car ahead of discharge - the discharge had not been
        completed and the tag not removed. No one was harmed but mum was very distressed by the response.
        Please remind families that babies leave with a {{midwife}} escort and the tag is cut at the desk.
        Ulysses ref [[case_reference:ULY-38814]]; I've spoken to the family.

        [[name:Jo]]
        {{Ward Manager}}
    """)),
    ("health", "near_miss", block("""
        Debrief notes - WBIT near miss, {{MAU}}
        Present: [[name:S. Begum]] ({{MIC}}), [[name:Tom Fitzgerald]] ({{ST5}}), [[name:Orla]] (RM), [[name:Hannah Lewis]] ({{transfusion practitioner}})
        What happened: {{group and save}} for bay 2 labelled with bay 3's details after both sets of labels were printed together. Lab rejected sample as {{blood group}} didn't match historic record.
        Why: labels printed in batch at the desk; two women with the same surname ([[name:Khan]]).
        Good: {{two-sample rule}} worked as designed.
        Actions: no batch printing; label at bedside only; {{PDA}} scanning to be rolled out to MAU ([[name:Orla]] to chase IT).
    """)),
    ("health", "success", prose("""
        Feedback received via the {{Friends and Family Test}} from the parents of baby [[name:Yusuf]], who spent
        seven weeks on {{SCBU}} at [[organisation:Kingfisher Neonatal Unit]]: "From day one the nurses taught us to
        do his {{cares}}, {{tube feeds}} and {{kangaroo care}}. Nurse [[name:Bev]] on nights made sure we were at
        every {{ward round}}. We felt like his parents, not visitors." The {{FICare}} programme was introduced
        last year and this is lovely to hear. Shared with the team at {{safety huddle}}.
    """)),
    ("health", "incident", block("""
        Summary for {{PSII}} panel - baby [[name:Lily O'Driscoll]] (NHS [[nhs_number:370 261 0529]])
        [[date:09/07]] 05:52  Born at [[organisation:Calder Valley Hospital]] ({{LNU}}), {{Apgars}} 2/4/6, {{cord gas}} pH 6.89.
        06:20  Meets criteria for {{therapeutic hypothermia}}. {{Passive cooling}} started.
        06:35  Referral to {{transport service}}. Team out on another job, ETA 3 hrs.
        08:10  Temp 32.4C - overcooled. Passive cooling paused, rectal probe placed.
        09:45  Transport team arrives; {{active cooling}} on {{Tecotherm}}.
        11:20  Admitted to [[organisation:Daisy Neonatal Unit]] {{NICU}}.
        Issues: no continuous temp monitoring during passive cooling; one transport team for the region overnight.
        Family: mum [[name:Ciara]] and dad informed, met consultant.
    """)),
    ("health", "near_miss", block("""
        [[name:Grace]]: anyone been to see [[name:Blessing Mwangi]] today? she was on my list but I got pulled to cover {{triage}}
        [[name:Aoife]]: no not on mine
        [[name:Grace]]: ugh. she's day 5 post {{CS}}, wound looked a bit red yesterday
        [[name:Aoife]]: I'm nearby, going now
        [[name:Aoife]]: temp 38.4, HR 110, wound oozing. rang triage, she's going in. {{sepsis six}} started on arrival
        [[name:Grace]]: thank god. this is why we need the {{handover board}} updated when someone's pulled. logging as near miss
        [[name:Mo]] ({{team lead}}): agreed, will raise at {{huddle}} tmrw
    """)),
    ("health", "success", prose("""
        A woman who speaks only {{Tigrinya}} attended {{triage}} at 36 weeks with {{reduced fetal movements}} on
        [[date:3 October]]. Rather than use her [[age:13]]-year-old son to interpret, the triage midwife,
        [[name:Esi Boateng]], booked a {{telephone interpreter}} via {{LanguageLine}} and, when the line dropped,
        waited for a reconnection before continuing. Through the interpreter she established the woman had also
        had {{vaginal bleeding}}. A {{CTG}} and scan were arranged and a small {{placental abruption}} was
        diagnosed. The woman was admitted and delivered safely. [[name:Esi]]'s practice has been shared as an
        example for the {{Saving Babies' Lives}} audit.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        MOR ref: [[case_reference:MOR-2024/11872]]
        Unit: [[organisation:Northmoor Approach]]
        Date/UTC: [[date:14/05/2024]] 1742
        A/c: [[flight_number:EZY47QK]], {{A320}}, [[aircraft_registration:G-EZRT]]
        Summary: Aircraft cleared to descend to {{FL80}} on handover from {{London Control}}; read back correctly.
        Observed on {{Mode S}} {{SFL}} showing 6000 ft - crew had set an altitude from an earlier expectation given
        by the previous sector. {{ATCO}} noticed the SFL discrepancy and questioned crew; aircraft levelled at
        FL76, 3.1 nm and 700 ft from [[flight_number:RYR8KT]] ({{B738}}). {{STCA}} activated.
        ATCO: [[name:Nat Kaur]] (APC), {{OJTI}} [[name:D. Walsh]].
        Classification: {{level bust}}, loss of separation.
    """)),
    ("aviation", "success", block("""
        Subject: Well done - PAN yesterday
        To: Watch C

        All,
        A quick note to say thanks to [[name:Gareth Pugh]] on {{Approach}} and [[name:Mei Lin]] on {{Tower}} for how
        they handled the {{PAN}} from [[aircraft_registration:G-BXTW]], a {{PA-28}} with a rough-running engine and a
        low-hours student on board. [[name:Gareth]] gave a {{direct routing}} and a {{straight-in approach}} for
        {{RWY 24}}, kept the RT calm and simple, and [[name:Mei]] had the {{RFFS}} at the holding point in time. The
        aircraft landed without further issue. The instructor from [[organisation:Westfield Flying School]] rang
        to pass on their thanks.

        Regards
        [[name:Alison Reeve]]
        {{Watch Manager}} - ATC
        [[email:alison.reeve@northmoorairport.co.uk]] | [[phone:01423 558 907]]
    """)),
    ("aviation", "near_miss", prose("""
        tower ~1420 ops vehicle {{Ops 3}} (driver [[name:kev]]) entered {{rwy 06}} at {{holding point A2}} without
        clearance while [[flight_number:TOM2PK]] on 3nm final. {{ATCO}} saw it visually, issued {{go-around}} at
        ~2nm. driver says he heard 'cross' when it was 'hold short', {{RT}} tape confirms hold short. {{runway
        incursion}}, ASR [[case_reference:ASR/24/0193]] raised + MOR to follow. [[name:kev]] stood down from
        {{airside}} driving pending review. {{stop bars}} not in use as {{LVP}} not in force - maybe they should be
        H24??
    """)),
    ("aviation", "incident", prose("""
        At about 0915 on [[date:Tuesday 2 July]] two aircraft with similar callsigns were on the approach
        frequency: [[flight_number:LOG452]] and [[flight_number:LOG425]], both {{ATR 72}}s. The {{radar
        controller}} instructed [[flight_number:LOG452]] to descend to 4000 ft but [[flight_number:LOG425]] read
        back and took the clearance. The incorrect {{read-back}} was not detected during a busy period with a
        {{trainee}} on the adjacent position. Minimum separation was 2.4 nm and 400 ft against the required
        {{3 nm}} or {{1000 ft}}; both crews received a {{TCAS TA}} only. The unit has reinstated the
        {{similar callsign}} warning on the {{flight progress strip}} and the airline has been asked to change one
        of the callsigns.
    """)),
    ("aviation", "success", prose("""
        Debrief note, [[date:Sunday 20 October]]. Storm conditions, gusts 45 kt. [[flight_number:EXS62LD]]
        ({{B737-800}}) reported {{windshear}} on short final {{RWY 24}} and went around. Tower controller
        [[name:Siân Morgan]] immediately issued the {{missed approach}} instruction, passed the windshear report to
        the following aircraft, [[flight_number:LOG8MG]], and coordinated with {{Approach}} to extend spacing to
        8 nm. Both aircraft landed safely on the next attempt. What worked: the 'one voice' principle from
        {{TRM}}, an {{ATIS}} update within 4 minutes, and the {{assistant}} starting the {{MOR}} without being
        asked. [[name:Siân]] said the adverse weather {{TOI}} refresher last month really helped.
    """)),
    ("aviation", "near_miss", block("""
        [16:02] [[name:Zofia]] (ATC Ops): {{drone}} reported by [[flight_number:EXS41C]] on 4nm final 24, approx 300ft, left of {{centreline}}
        [16:03] [[name:Zofia]] (ATC Ops): departures stopped, next arrival [[flight_number:KLM1058]] told to expect delay. police informed, ref [[case_reference:NYP-24-118273]]
        [16:10] [[name:Craig McBride]] (Airfield Ops): team out on the {{perimeter road}}, nothing seen
        [16:22] [[name:Zofia]] (ATC Ops): resuming normal ops after 20 mins no sightings. {{MOR}} submitted
        [16:25] [[name:Craig McBride]] (Airfield Ops): worth reminding everyone the {{Flight Restriction Zone}} leaflet drop is next week. ops desk is [[phone:+44 1423 558 900]] if anyone gets more reports
    """)),
    ("aviation", "incident", block("""
        ATC WATCH LOG EXTRACT - [[date:27/01/25]]
        0612  {{PSR}} fault alarm, {{SSR}} remains. Eng ([[name:Harvey]]) attending.
        0615  {{Approach}} advises all traffic primary radar u/s, {{Deconfliction Service}} limited.
        0652  Unknown non-squawking traffic reported by [[flight_number:EXS19TR]] 3nm E of field, not visible on SSR-only display.
        0658  Traffic info passed, crew visual, no confliction.
        0705  {{NOTAM}} raised.
        0815  PSR restored, {{magnetron}} replaced.
        Note: NOTAM should have been raised at time of failure, not 53 mins later. {{Engineering}} and ATC to agree one checklist.
        WM [[name:P. Ní Bhriain]]
    """)),
    ("aviation", "success", prose("""
        Shout-out for [[name:Ibrahim Haddad]], {{ATSA}} on the approach desk on [[date:Saturday 9 March]]. A student
        pilot flying [[aircraft_registration:G-OSFB]] from [[organisation:Bracken Hill Airfield]] called
        {{Approach}} unsure of position above cloud. While the {{controller}} worked the aircraft, [[name:Ibrahim]]
        phoned the flying school, got the student's planned route and {{fuel state}}, and alerted the
        {{Distress and Diversion Cell}}, which helped them give a {{training fix}} and steer the aircraft back.
        It landed here with 35 minutes' fuel remaining. Textbook teamwork.
    """)),
    ("aviation", "near_miss", block("""
        Occurrence type: {{Airspace infringement}}
        Date: [[date:11 Aug 2024]]  Time: 1303Z
        Aircraft: [[aircraft_registration:N418JR]], {{TBM 850}}, squawk 7000
        Details: Aircraft entered the {{CTR}} at 2400ft without clearance 4nm south of field, tracking north.
        {{Approach}} controller [[name:Rob Henderson]] broadcast blind and gave avoiding action to
        [[flight_number:KLM83R]] on base leg. Closest point 1.8nm / 300ft. Pilot called 3 mins later on the
        {{LARS}} frequency and reported his {{SkyDemon}} tablet had frozen.
        Reported to {{CAA}} via MOR ([[case_reference:MOR 2024-15331]]).
    """)),
    ("aviation", "near_miss", block("""
        Handover to night watch [[date:5/12]]:
        - {{ILS}} 24 {{glidepath}} u/s from 1900, {{RNP}} approaches only. NOTAM raised.
        - Earlier (1652) I gave [[flight_number:TOM64W]] QNH 1013 instead of 1003 - caught by crew on {{ATIS}} cross-check (info Hotel had 1003). No deviation. Logged as MOR, [[name:Sam Odukoya]] aware. My error, tired end of 4th day.
        - {{Fatigue}}/staffing: only 3 valid on {{APC}} for tomorrow's day shift. {{SATCO}} informed.
        - Bird activity high round {{stand 12}}, {{BCU}} told.
        [[name:AL]]
    """)),
    ("aviation", "success", block("""
        Debrief - diversion of [[flight_number:RYR2QV]] ({{B737-800}}), [[date:16/06]]
        Background: crew declared {{MAYDAY}}, passenger in {{cardiac arrest}} en route to Alicante. Diverted to us.
        What went well:
        - {{Approach}} ([[name:Hamid]]) gave track miles early and vectored for a 12nm final.
        - Tower coordinated {{Airport Fire Service}} and ambulance to meet the aircraft on {{stand 3}}.
        - Handler [[organisation:Aeroserv Handling]] had steps at the door within 2 mins of on-blocks.
        Learning:
        - Passenger name and details were passed over open {{RT}} - should go by phone to ops.
        Passenger survived and was admitted to [[organisation:Northmoor General]] {{CCU}}.
    """)),
    ("aviation", "incident", prose("""
        On [[date:28 May]] at 1134 [[flight_number:LOG7FN]], an {{ATR 72}} on a 6 nm final, received a
        {{TCAS RA}} 'climb' against a {{microlight}} that had entered the {{Class D}} zone without clearance.
        Capt [[name:Okonkwo]] and the {{FO}} followed the RA and reported it to {{Tower}}. The microlight was not
        transponding and was lost on the {{PSR}} in clutter from the wind farm. Minimum separation was estimated
        at 0.3 nm and 200 ft. The microlight pilot, later traced through [[organisation:Eastfield Microlight Club]],
        said he had been following a road and lost track of the zone boundary. This is our third infringement
        in that area this year and the unit has asked for a {{Transponder Mandatory Zone}} to be considered.
    """)),
    ("aviation", "near_miss", block("""
        [[name:Becky]] ({{TWR}}): just flagging - I nearly let [[flight_number:EXS5HP]] roll without a release. strip was in the released bay but [[name:Mark]] hadn't actually given it
        [[name:Mark]] ({{APP}}): yeah i'd put it there to remind myself to ring you. sorry
        [[name:Becky]] (TWR): only caught it because the {{SID}} box on the {{strip}} wasn't ticked
        [[name:Mark]] (APP): there was [[aircraft_registration:EI-FMK]] inbound at 3000 on the SID track as well. could have been close
        [[name:Becky]] (TWR): I'll put it in as a near miss. think we need a rule - nothing goes in that bay unless its actually released
        [[name:Mark]] (APP): agreed, {{SATCO}} will want it for the {{safety meeting}} anyway
    """)),
    ("aviation", "success", prose("""
        Good catch on {{Approach}}, [[date:Fri 15 Nov]]. Trainee [[name:Ewan Stewart]], under OJTI
        [[name:Priya Nair]], noticed that [[aircraft_registration:G-WACL]], a {{Cessna 172}} from the club, was being
        sequenced only 4 nm behind a {{B767}} freighter, [[flight_number:UPS219]], and increased the gap to the
        {{wake turbulence}} minimum before handing over to {{Tower}}. [[name:Ewan]] also told the pilot to expect
        a longer final and why. [[name:Priya]] said she had deliberately waited to see whether he would spot it.
        Shared at the {{TRM}} session as a good example of {{situational awareness}}.
    """)),
    ("aviation", "incident", block("""
        Occurrence report
        Ref: [[case_reference:ASR-NMA-2025-014]]
        Date: [[date:02/04/2025]] 0758 UTC
        Flight: [[flight_number:RYR4PW]] / [[aircraft_registration:EI-DWL]], {{B737-800}}
        Phase: take-off / initial climb {{RWY 06}}
        Event: multiple {{bird strike}} ({{lapwings}}) at approx 100 ft. Crew reported {{engine vibration}} no. 2,
        declared PAN, returned and landed 0821.
        ATC actions: {{runway inspection}} requested; remains found; runway closed 14 mins, 2 arrivals held.
        Contributory: {{Bird Control Unit}} patrol on the far side of the airfield due to staffing; lapwings had
        settled after the last {{dispersal}} at 0730.
        Reported by: [[name:Callum Fraser]], {{ATCO}} (TWR)
    """)),
    ("aviation", "success", prose("""
        shout out to [[name:Yasmin]] on tower last night ([[date:Weds 13th]] ~2240). [[aircraft_registration:N525XL]]
        ({{Citation CJ3}}) cleared to line up {{rwy 24}} from {{holding point B1}} and she clocked it turning onto
        {{taxiway Bravo}} instead, which runs parallel and looks like the runway in the dark. stopped him before
        he started his {{take-off roll}}. crew v apologetic, first time at the airfield. [[name:Yasmin]] has
        suggested a note on the {{AIP}} {{hot spot}} chart and asked {{airfield lighting}} to check the
        {{centreline lights}} on B. nice job 🙌
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind129", REPORTS))


if __name__ == "__main__":
    main()
