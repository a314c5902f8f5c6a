"""Held-out blind corpus 146: just-culture incident and learning reports, hand-written blind.

Settings: a county's residential special school and its short-break foster carers (social
care); a hospital's paediatric diabetes team, children's ward and children's outpatients
(health); a flying training school's ground school, students and instructors (aviation).
Style: the ordinary mix UK staff really type - rushed lower-case notes with typos, careful
narratives, chronologies, e-mails with signatures, Teams/WhatsApp-style chat, incident forms
with field labels, handover sheets, tech-log extracts, debrief notes, praise and shout-outs.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind146.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        quick note b4 i go off shift. [[name:kayden]] ([[age:14]]) got out thru the side fire door
        on [[organisation:Willow House]] at about 7.40pm, door alarm went but {{waking night}} staff
        werent on yet and me and [[name:Tash]] were doing meds. found him 10 mins later sat in the
        {{staff car park}} by the minibus, not hurt, bit upset about phone time. did the
        {{missing from care}} checklist, didnt need to ring {{police}} as within the time. told
        {{mum}} by phone 8.15. think the {{maglock}} on that door is still on the snagging list from
        [[date:2nd Oct]]?? can someone chase {{estates}} pls. logged on {{Clearcare}} too.
        [[name:Jodie W]]
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS - SHORT BREAKS
        Carer(s): [[name:Bernadette Quigley]] and [[name:Seamus Quigley]]
        Child: [[name:Amara Nwosu]], [[age:9]], LCS [[case_reference:LCS-2209417]]
        Date of stay: [[date:Fri 14/06/2024]] - [[date:Sun 16/06/2024]]
        What happened: On arrival {{dad}} handed over a new box of {{melatonin}} along with the usual
        {{risperidone}}. Label on the melatonin said 3mg, the {{MAR chart}} we were given at the last
        {{placement planning meeting}} says 2mg. [[name:Bernadette]] noticed when doing the count-in.
        Action: Did not give. Rang the {{out of hours}} line and then dad on [[phone:07700 900 318]].
        Dose had been changed by the {{community paediatrician}} the week before but nobody had
        updated the short breaks plan.
        Learning: the count-in caught it. We need a way for parents to tell us about changes
        between stays, not just at the 6-monthly review.
    """)),
    ("social_care", "success", prose("""
        Shout-out for [[name:Grace]] and [[name:Kwame Asante-Boateng]] on nights in
        [[organisation:Rowan House]] last week. [[name:Lily-Mae]] had a long
        {{tonic-clonic seizure}} at 02:10 on [[date:Wednesday 12th]]; [[name:Grace]] timed it from
        the start, gave {{buccal midazolam}} at 5 mins exactly as per the {{epilepsy care plan}},
        and [[name:Kwame]] rang {{999}} and had the {{grab sheet}} and meds bag at the front door
        before the {{paramedics}} arrived. Crew said it was the clearest handover they'd had all
        week. [[name:Lily-Mae]] was home from {{A&E}} by lunchtime. Really proud of you both, this
        is what good looks like. [[name:Helen]] ({{Head of Care}})
    """)),
    ("social_care", "incident", block("""
        Incident form - [[organisation:Hollybrook School]] residential
        Date/time: [[date:03/03/2024]] 16:50
        Location: {{sensory room}}, [[organisation:Beech House]]
        Young person: [[name:RT]] (Y10)
        Staff involved: [[name:M. Kowalczyk]], [[name:D. Campbell]]
        Description: [[name:RT]] became distressed after {{contact}} with dad was cancelled by text.
        Threw the {{beanbag}} and then the {{iPad}} at the window. Staff used a two-person
        {{Team Teach}} escort to move [[name:RT]] away from the glass. Hold lasted approx 2 mins.
        Graze to left forearm - {{body map}} done, first aid given by [[name:D. Campbell]].
        Debrief with young person next morning: said he "just wanted to see dad".
        Parent informed: yes, 18:05
        {{Ofsted}} notification: not required (reviewed by {{Registered Manager}})
    """)),
    ("social_care", "incident", block("""
        From: [[name:Marcia Thompson]] <[[email:marcia.thompson@wexleyshortbreaks.org.uk]]>
        To: [[name:Priya Raghunathan]]
        Sent: [[date:Tue 05/11/2024]] 09:12
        Subject: incident on the school run - [[name:Tyrone]]

        Hi [[name:Priya]],
        Just letting you know about this morning before I forget. Was driving [[name:Tyrone]] to
        [[organisation:Greenacre Academy]] in my car ([[vehicle_registration:WR68 HDN]]) and about
        5 mins from school he undid the {{harness}} on his {{booster seat}} and climbed into the
        front footwell. Pulled into the lay-by straight away, nobody hurt. He was laughing, I was
        not! Got to school 20 min late and explained to the {{SENCo}}.
        I think he's worked out the buckle, could we look at a {{harness guard}} or a different
        seat? Happy to talk at my next {{supervision}}.
        Thanks
        [[name:Marcia]]
        --
        [[name:Marcia Thompson]]
        {{Short Break Carer}}
        Mob: [[phone:07700 900 524]]
    """)),
    ("social_care", "near_miss", block("""
        [[date:Sat 9 Mar]]
        [18:02] [[name:Sky]]: hiya quick one is [[name:Oskar]] allergic to anything?? about to do tea and theres nothing on his {{one page profile}}
        [18:04] [[name:Danuta]] (link worker): not that i know of, why?
        [18:05] [[name:Sky]]: his mum said "no nuts" on the doorstep as she was going but its not written anywhere
        [18:06] [[name:Danuta]]: dont give him anything with nuts then, ill ring her now
        [18:19] [[name:Danuta]]: spoke to mum, he has a {{peanut allergy}}, diagnosed in the summer, has an {{EpiPen}} at home, she forgot to pack it. driving back with it now
        [18:20] [[name:Sky]]: omg ok. doing pasta, checked all the labels. keeping him away from the biscuit tin lol
        [18:48] [[name:Sky]]: pen arrived 👍
        [18:49] [[name:Danuta]]: thank you!! will get the {{health care plan}} updated monday and flag to {{CWD team}}
    """)),
    ("social_care", "incident", block("""
        Chronology - [[name:Zainab Al-Rashid]] ([[age:12]]), Mosaic [[case_reference:1184502]]
        [[date:11/04/24]] 15:30 - [[name:Zainab]] tells her TA (Mrs [[name:Okonjo]]) at [[organisation:Hollybrook School]] that a man at her short break carers' house "shouts and grabs".
        [[date:11/04/24]] 15:45 - {{DSL}} [[name:Rebecca Hollins]] informed. {{MASH}} referral 16:20.
        [[date:11/04/24]] 17:10 - {{LADO}} consulted as the adult is an approved {{short break carer}}. Stay that weekend cancelled.
        [[date:12/04/24]] 10:00 - {{strategy discussion}}: police, CSC, school, health. DS [[name:Farrell]] attending, crime no. [[case_reference:43/18812/24]].
        [[date:15/04/24]] - {{ABE interview}}.
        [[date:02/05/24]] - LADO outcome unsubstantiated; approval to be reviewed at {{fostering panel}} [[date:20/06/24]].
        Learning: her {{safety plan}} said "tell a teacher" and she did, and the referral was on time. But the carers weren't told why the stay was cancelled until 3 days later, which caused a lot of conflict with the family.
    """)),
    ("social_care", "success", prose("""
        I want to record how well [[name:Dylan Pryce]]'s move from {{short breaks}} to a full-time
        placement went, because we usually only write things down when they go wrong.
        [[name:Dylan]] is [[age:11]], autistic and non-verbal, and has stayed with [[name:Hope]] and
        [[name:Gareth Lewis]] one weekend a month since he was [[age:seven]]. When his {{mum}} became
        unwell in January the team agreed he would stay with them full-time rather than move to
        strangers. [[name:Hope]] made a {{social story}} with photos of his new bedroom,
        [[organisation:Ysgol Bryn Celyn]] kept his bus driver the same, and the {{IRO}} held the first
        {{LAC review}} in the house so he didn't have to go to an office. He has needed no {{PRN}}
        for six weeks. Small things, done carefully, by people who knew him.
    """)),
    ("social_care", "incident", block("""
        HANDOVER - [[organisation:Rowan House]] - lates to waking night - [[date:Thurs 21/11]]
        On shift: [[name:Ade]], [[name:Kasia]] | Waking night: [[name:Bill]], [[name:Niamh]]

        [[name:Ellis]] - good eve, swimming, meds given 20:00 (see {{MAR}}). in bed 21:15
        [[name:Summer]] - unsettled after phone call w/ nan. bruise approx 3cm R upper arm noticed at bath time, says she "banged it on the bus". {{body map}} done, {{Clearcare}} log done, email to {{DSL}} 21:40. PLEASE check arm in morning & hand over to day staff
        [[name:Jamal]] - {{hypo}} 3.6 at 19:30, {{Lift}} given, rechecked 5.8. BG check 02:00 pls as per plan
        [[name:Ellis]]'s hearing aids on charge in office
        Fire panel: zone 3 fault still showing - {{estates}} aware, job no [[case_reference:EST-77310]]
    """)),
    ("social_care", "success", prose("""
        good catch - packing meds for the saturday short break at [[organisation:Larkspur Lodge]].
        the bag for [[name:Freddie]] had a {{buccal midazolam}} syringe with another child's name on
        the pharmacy label (same surname, [[name:Harris]], different first name). spotted by
        [[name:Ola]] on the double check before the taxi came. swapped for the right one from the
        {{controlled drugs cupboard}}, both checked against the {{epilepsy protocol}}. no harm. we
        think it went back in the wrong slot after the trip on [[date:Wed 7th]]. suggestion: photo
        of the child on each meds wallet not just the name, and separate slots in the
        {{CD cupboard}}. {{Registered Manager}} informed
    """)),
    ("social_care", "incident", block("""
        Subject: Data breach - review minutes sent to wrong parent
        To: Information Governance

        Hi,
        Reporting a data breach from this afternoon. The {{Child in Need}} review minutes for
        [[name:Chen Wei]] (Mosaic [[case_reference:2037719]]) were emailed by me to
        [[email:j.harrison77@gmail.com]] instead of [[email:j.harrington77@gmail.com]] - {{Outlook}}
        autocomplete picked the wrong contact. The minutes include his address
        ([[address:4 Marsh Lane]], [[postcode:WX7 3LD]]), his diagnosis and the {{EHCP}} summary.
        Mr [[name:Harrison]] rang us 20 mins later to say he'd got it, confirmed he has deleted it
        and emailed to confirm. [[name:Wei]]'s mum has been told and was understandably upset.
        I've turned off autocomplete on my account. Happy to talk to the {{DPO}}.

        [[name:Aoife Brennan]]
        {{Team Manager}}
        [[organisation:Eastbrook Children with Disabilities Team]]
        Tel [[phone:01632 960 447]]
    """)),
    ("social_care", "success", block("""
        Fwd: thank you

        Dear all at [[organisation:Hollybrook]],
        I just wanted to say thank you for this term. [[name:Ibrahim]] has come home every Friday
        happy and has not once asked to stay home on a Sunday night, which for us is a first.
        Please pass on thanks to [[name:Will]] who does his evenings - the {{visual timetable}}
        and the "worry box" have made such a difference, we are using them at home now.
        Also to Mrs [[name:Achterberg]] in the {{medical room}} who rang me straight away about
        his {{inhaler}} instead of waiting for the {{home-school diary}}.
        With thanks
        [[name:Samira Yusuf]] ({{mum}})
        ---
        Note for {{Ofsted}} evidence folder & {{staff supervision}} - [[name:HB]]
    """)),
    ("social_care", "near_miss", prose("""
        nm - found the {{fire door}} at the top of the stairs in [[organisation:Beech House]] wedged
        open with a rolled up towel again at 10pm. [[name:Kofi]] said it was so he could hear the
        {{night staff}}. took it out & explained, he was ok about it. not the first time, also on the
        [[date:28th]] and the [[date:3rd]]. {{fire risk assessment}} says these have to close on
        alarm. could we get a {{Dorgard}} type holder fitted so it stays open safely but shuts when
        the alarm goes? speak to big [[name:Dave]] in maintenance, cc {{fire marshal}}. -- [[name:sarah k]]
    """)),
    ("social_care", "incident", block("""
        Debrief notes - minibus incident [[date:Tuesday 8 October]]
        Present: [[name:Callum McKinnon]] (driver), [[name:Folake]] (escort), [[name:Rose Edwards]] ({{deputy head of care}})
        What happened: on the way back from the {{swimming pool}} [[name:Archie]] ([[age:15]]) took his {{seat belt}} off and tried to open the side door at the lights. [[name:Folake]] got between him and the door. [[name:Callum]] pulled into the bus stop, {{hazards}} on. Nobody hurt. Minibus [[vehicle_registration:KX19 LRV]].
        What went well: escort sat next to the door as per the {{transport risk assessment}}. [[name:Callum]] stayed calm.
        What didn't: second escort off sick and we went anyway with one.
        Actions: no trips with fewer than 2 escorts for [[name:Archie]] ([[name:Rose]] to update plan); ask {{transport team}} about {{child locks}} on [[vehicle_registration:KX19 LRV]].
    """)),
    ("social_care", "success", block("""
        [[name:Nadia Hussain]]  10:14
        morning! just want to say great catch by [[name:Ben]] yesterday
        [[name:Nadia Hussain]]  10:15
        he was booking the taxi for [[name:Mia]]'s first short break and noticed {{Liquidlogic}} still had her old address ([[address:22 Foxglove Way]]). she's been at the {{refuge}} since sept and the ex-partner is still at [[address:Foxglove Way]]
        [[name:Ben Adeyemi]]  10:17
        thanks! just seemed odd the taxi firm asked for a postcode we'd never used. changed it and flagged to [[name:Lorraine]]
        [[name:Lorraine Fitzpatrick]]  10:20
        that could have been really serious, it's a {{MARAC}} case. I've added "check address on every booking" to the {{short breaks checklist}} and will raise at {{team meeting}}. well done [[name:Ben]] 👏
    """)),
    ("social_care", "near_miss", prose("""
        During the evening bath routine on [[date:16 January]] a member of staff ran the bath in the
        {{accessible bathroom}} and checked it with the {{bath thermometer}} before helping a young
        person in - it read 47°C. The {{TMV}} (thermostatic mixing valve) on that bath should cap it
        at 43-44°C. The bath was emptied and re-run with cold added, and the bathroom was taken out
        of use. {{Estates}} came the next morning and found the valve had failed. Nobody was hurt,
        but two of our young people can't tell us if water is too hot. Learning: always check with
        the thermometer, even when the valve has been 'fixed'; monthly TMV checks to be added to the
        {{H&S}} audit alongside the {{Legionella}} flushing.
    """)),
    ("social_care", "incident", prose("""
        Incident - confidential information. On [[date:Mon 22/07]] the {{fostering}} finance team
        posted the {{short break carer}} allowance statement for [[name:Maureen O'Sullivan]] to
        [[name:Patrick Dunne]], another carer on our books. It showed her NI number
        ([[ni_number:JR 48 21 73 C]]), bank details, her address ([[address:Thornfield, Church Road]])
        and the first names of the two children she looks after. [[name:Patrick]] rang his
        {{supervising social worker}} [[name:Ewa Zielinska]] the same day and posted it back.
        [[name:Maureen]] was told by [[name:Ewa]] on [[date:23/07]]. Cause: the mail-merge pulled the
        wrong address after [[name:Patrick]] and [[name:Maureen]]'s records were edited in the same
        session. Reported to the {{DPO}}; not reportable to the {{ICO}} after risk assessment.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        [[name:Ruby Akhtar]] ([[age:13]], NHS [[nhs_number:229 512 9419]]) was admitted to
        [[organisation:Puffin Ward]] via {{ED}} on [[date:5 February 2024]] in moderate {{DKA}}
        (pH 7.14). She uses an {{Omnipod}} and a {{Dexcom G7}}. The family had been seeing high
        readings since the previous evening and rang the diabetes on-call line twice. Both times
        they were advised to give a correction by pump; neither call asked about {{ketones}} or
        suggested a {{pen injection}} and a pod change, which is what our {{sick day rules}} say.
        Blood ketones on arrival were 4.8. [[name:Ruby]] recovered on the {{DKA protocol}} and went
        home after 48 hours. The pod cannula was found kinked. Timeline of the calls: 21:40 first
        call, taken by the SpR covering general paediatrics; 02:15 second call, same doctor, same
        advice. Neither call was written up on the {{EPR}} until the morning, so the day team had no
        idea the family had rung. At 07:30 {{mum}} found [[name:Ruby]] vomiting and drove her in. The
        registrar was very open at the review and said she had never had any pump teaching. Learning: the on-call script now
        prompts for ketones on every high-glucose call, and Dr [[name:Osei]] is running a teaching
        session for the registrars on pump failure.
    """)),
    ("health", "near_miss", block("""
        Datix [[case_reference:W-118432]] - near miss - prescribing
        Ward: [[organisation:Mary Seacole Ward]]
        Patient: [[name:Leo Gallagher]], [[age:6]], hosp no [[case_reference:K4417092]]
        Summary: new diagnosis. {{Actrapid}} prescribed on the {{IV insulin}} chart as 1 unit/kg/hr
        instead of 0.1 unit/kg/hr (weight 21kg, so 21 units/hr instead of 2.1). Caught by the ward
        pharmacist on the 09:30 round before the infusion was made up.
        Contributing factors: prescriber was a {{locum}} {{FY2}} new to {{EPMA}}; the dose field
        drops the leading zero if you type ".1"; very busy post-take.
        Immediate action: chart amended, prescriber informed, nurse in charge aware.
        Reporter: [[name:F. Adebayo]], {{Paediatric Pharmacist}}
    """)),
    ("health", "success", prose("""
        Big thank you to [[name:Shauna]], our {{HCA}} in [[organisation:Kingfisher Outpatients]],
        this morning. She noticed a [[age:10]] year old in the waiting room for the
        {{dermatology}} clinic looking pale and sweaty and asked his {{grandad}} if he was ok. He
        has {{type 1 diabetes}} and they had skipped breakfast to get here on time. She did a
        {{capillary glucose}} - 2.9 - gave him {{GlucoGel}} and biscuits, rechecked at 15 mins
        (5.1) and let his clinic know. Dermatology were running an hour late and he would have
        just sat there. She didn't wait to be asked. - [[name:Mark Benson]], {{Charge Nurse}}
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT (Ulysses)
        Ref: [[case_reference:ULY-2024-03318]]
        Date of incident: [[date:27/03/2024]]
        Specialty: {{Paediatric Diabetes}}
        Category: Information governance - wrong recipient
        Description:
        Clinic letter for [[name:Isla Mackenzie]] (NHS [[nhs_number:5036486242]], DOB [[date_of_birth:14/09/2011]])
        was posted to the family of [[name:Isla McKenzie]] (NHS [[nhs_number:5100706279]], DOB
        [[date_of_birth:02/01/2012]]), [[address:58 Kiln Road]], [[postcode:GL20 6RX]]. Both girls are
        in the same clinic cohort. Secretary picked the patient from the {{PAS}} search by name only.
        Receiving family phoned on [[date:2 April]] and returned the letter.
        Harm: none physical; {{HbA1c}} result and {{CAMHS}} referral details disclosed.
        Actions: {{Duty of Candour}} conversation with [[name:Isla Mackenzie]]'s mum by Dr [[name:Ng]];
        secretaries to search by NHS number and DOB, never by name alone.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Cerys Llewellyn]]
        To: [[email:senco@stmarksprimary.sch.uk]]
        Sent: [[date:Mon 13/05/2024]] 16:47
        Subject: [[name:Tomasz]] - residential trip next week

        Hi Mrs [[name:Bartlett]],
        Thanks for ringing back. Just to confirm what we agreed: [[name:Tomasz]] ([[age:9]]) can't go
        on the {{Year 4}} trip to the outdoor centre on [[date:20 May]] until at least two of the staff
        going have done the {{insulin pump}} training. At the moment none of the staff on the trip
        list have, and his {{IHP}} says he needs overnight checks. I can run a session at
        [[organisation:St Mark's Primary]] on Thursday after school. {{Mum}} ([[name:Katarzyna]]) is happy
        to be on the end of the phone but shouldn't have to go on the trip herself.
        Kind regards
        [[name:Cerys]]
        --
        [[name:Cerys Llewellyn]] {{RGN}}
        {{Children's Diabetes Specialist Nurse}}
        [[organisation:Kingsmead Paediatric Diabetes Team]]
        T: [[phone:01632 960 782]] | M: [[phone:07700 900 861]]
    """)),
    ("health", "incident", block("""
        Timeline - severe hypo at school, [[name:Aaliyah Campbell-Reid]] ([[age:11]])
        [[date:Thurs 7 Nov]]
        10:55 {{Libre}} alarm in maths, 3.3. TA gave {{Dextrose}} tablets, told to wait 15 mins
        11:10 reading 2.6 and dropping, [[name:Aaliyah]] drowsy, slurred speech
        11:14 first aider Mr [[name:Haddad]] gave {{GlucaGen}} IM as per care plan, 999 called
        11:31 ambulance on scene, BG 5.9, alert
        12:40 arrived {{ED}} at [[organisation:Kingsmead General]]
        15:20 discharged home with mum
        Review ({{PDSN}} [[name:Abena]], [[date:8/11]]): she'd had {{PE}} first lesson and no snack,
        {{basal}} not reduced. School followed the plan exactly and the glucagon was in date -
        well done to them. Plan updated: 10g carbs before PE, and a {{temp basal}} on PE days.
    """)),
    ("health", "near_miss", block("""
        [[name:Nair, Priya]] (Dr)  14:02
        hi all - just seen [[name:Jacob]] in room 3, his weight on the {{clinic sheet}} is 62kg but he's clearly not 62kg, he's about 30
        [[name:O'Connell, Tasha]]  14:04
        oh no sorry that's his dad's, he got on the {{scales}} with him holding the bag 🤦‍♀️ will reweigh now
        [[name:Nair, Priya]] (Dr)  14:05
        thanks. would have been a big problem, I was about to work out his new {{insulin to carb ratio}} and {{correction factor}} from it
        [[name:Chowdhury, Rahim]]  14:09
        fyi the {{Seca}} scales in room 2 reset to lb when they're unplugged, caught one in stone last week
        [[name:O'Connell, Tasha]]  14:11
        will put a "kg only - child alone on scales" sign on both and mention at {{huddle}}
    """)),
    ("health", "success", prose("""
        #shoutout to [[name:Agnieszka]] (our {{dietitian}}) who stayed till 7 on [[date:Friday 12th]]
        to finish a {{carb counting}} session with a family who'd been sent home twice because the
        {{interpreter}} didn't turn up. She booked a {{Language Line}} video interpreter herself, did
        the session, then made them a picture book of carb portions for the dishes they actually
        cook (jollof, eba, plantain) instead of our standard {{Carbs & Cals}} sheet. Rang them on the Monday to check
        in. {{HbA1c}} three months later down from 92 to 61. Properly life-changing work.
        - [[name:Rhys]], {{PDSN}}
    """)),
    ("health", "near_miss", block("""
        [[organisation:Puffin Ward]] - nursing handover - nights [[date:14/10]]
        Bed 3 | [[name:Harvey Doyle]] | [[age:4]] | new {{T1DM}}, {{MDI}} by parents with nurse supervision, BG 2hrly overnight, last 8.4 @ 22:00. Mum staying.
        Bed 6 | [[name:Noor Hassan]] | [[age:15]] | DKA resolved, back on s/c insulin. has own {{t:slim}} pump but NOT connected - pump settings on file are from 2022!! do not reconnect till {{PDSN}} checks in am. nearly reconnected by day staff, caught by [[name:Gemma]] at 18:00
        Bed 9 | [[name:Kai]] | [[age:8]] | {{gastroenteritis}}, not diabetic, {{IV fluids}} till midnight then review
    """)),
    ("health", "near_miss", prose("""
        sharps nm [[date:19/2]] - in clinic rm 4 found a used {{pen needle}} still on a {{NovoPen}}
        left on the desk after the 11.20 pt. the [[age:3]] yr old sibling of the next pt reached
        for it, mum grabbed it off him. no injury. {{sharps bin}} in that room is full and behind the
        door so ppl are carrying needles to rm 5. need a bin on the desk & {{safety needles}} for
        clinic demos. reported to [[name:kelly]] ({{NIC}}). [[name:jw]]
    """)),
    ("health", "incident", prose("""
        [[name:Andrei Popescu]] ([[age:7]]) came for his first outpatient review on
        [[date:10 June]] with both parents, who speak Romanian and very little English. The need for
        an {{interpreter}} was on the referral but none was booked. Rather than rebook, the
        consultant, Dr [[name:Fitzgerald]], explained the dose changes through his grandmother on
        speakerphone from Romania ([[phone:+40 722 418 903]]). Two days later {{mum}} gave the
        {{Levemir}} dose twice, having understood the change to the {{NovoRapid}} dose as an extra
        long-acting dose. [[name:Andrei]] had a mild {{hypo}} overnight treated at home; no
        admission. Learning: family members are not interpreters for clinical advice; clinics are
        not to go ahead without a professional interpreter, booked through {{Language Line}} at the
        point of referral.
    """)),
    ("health", "success", prose("""
        Positive feedback from our first joint {{transition clinic}} with the adult team.
        [[name:Jordan]] ([[age:17]]) told us afterwards it was "the first appointment where people
        talked to me not my mum". [[name:Bronwen Hughes]] from
        [[organisation:Kingsmead Young Adult Diabetes Service]] came over to {{children's outpatients}}, saw him
        with Dr [[name:Obi]], and they booked his first adult appointment at 5pm so he doesn't miss
        college. Reminders go by text through the {{patient portal}}. His {{DNA}} rate last year was
        3 out of 4. He came. Small changes - late slot, same faces, {{HEADSS}} done with him on his
        own - worth keeping.
    """)),
    ("health", "near_miss", block("""
        Near miss - phlebotomy, children's outpatients
        Date: [[date:18.09.24]]
        Two children called [[name:Mohammed Ali]] in the waiting area at the same time (one [[age:8]], one [[age:14]]).
        Phlebotomist called "[[name:Mohammed Ali]]" and the 14 yr old came in, holding the 8 yr old's form.
        On {{positive patient identification}} (asked name and DOB) the DOB didn't match
        ([[date_of_birth:03/05/2010]] vs form [[date_of_birth:22/11/2015]]). Stopped before samples taken.
        Why it matters: form was for {{coeliac screen}} and {{TFTs}} - results would have gone on the wrong record.
        Action: ask DOB and first line of address every time, never "are you...?"; use {{hospital number}} labels.
        Reported by: [[name:Lucy]] ({{phlebotomist}})
    """)),
    ("health", "incident", prose("""
        {{Was Not Brought}} - [[name:Kayla-Rose Bennett]], [[age:12]], NHS
        [[nhs_number:9379366574]]. Third missed diabetes clinic in a row on [[date:4 December]]; last
        {{HbA1c}} 108, two {{DKA}} admissions this year. No glucose uploads on {{CareLink}} for 9
        weeks. Both numbers on the system ([[phone:07700 900 236]] and [[phone:0116 496 0583]]) are
        dead. {{School nurse}} says she's missing a lot of school at [[organisation:Oakhurst Academy]].
        Discussed with the {{named nurse for safeguarding}}; {{MASH}} referral made for
        {{medical neglect}} with her {{GP}} at [[organisation:Fernlea Medical Centre]] copied in.
        Learning: we were too slow. The first missed appointment in July should have started the
        WNB pathway, not a rebook letter.
    """)),
    ("health", "success", block("""
        Forwarded message from [[name:Hope]]'s dad (shared with his permission):
        "Just wanted to say thank you. At 3am the {{Dexcom Follow}} app woke me up, [[name:Hope]]
        was 2.8 and dropping. I'd never have known before. Treated with {{Glucojuice}}, back up to 6
        by half 3. This is exactly why you pushed for the {{CGM}} last year. [[name:Kev]]"

        Team note: [[name:Hope]] ([[age:6]]) had two night-time seizures before CGM. Credit to
        Dr [[name:Shah]] and [[name:Bisi]], who wrote the {{IFR}} funding application twice.
        Adding to the {{ICB}} business case.
    """)),
    ("health", "near_miss", prose("""
        On [[date:3 August]] the {{drug fridge}} in the children's outpatient treatment room was
        found at 14°C at the morning check. The {{min/max thermometer}} showed it had been above 8°C
        for most of the weekend; the {{fridge alarm}} had been switched off, we think during cleaning
        on the Friday. It held {{insulin}} starter packs, {{GlucaGen}} kits and vaccines. Everything
        was quarantined, {{pharmacy}} advised disposal, and no stock was given to patients. Waste
        about £1,900. The alarm now can't be silenced without a key, and temperatures are logged
        remotely with a text to the nurse in charge.
    """)),
    ("health", "success", block("""
        Hot debrief - children's outpatients - [[date:Wed 29/01]]
        Facilitator: [[name:Ciarán Doherty]] ({{Clinical Educator}})
        Case: [[age:2]] yr old referred by GP (Dr [[name:Ahmed]], [[organisation:Harefield Road Surgery]]) as "weight loss ?UTI", routine.
        {{Triage}} nurse [[name:Joy]] smelt ketones, did a finger-prick BG: HI. Blood ketones 5.2. Moved to {{resus}}, {{PEWS}} 5.
        What went well: [[name:Joy]] trusted her gut and didn't send him back to the waiting room; reg there in 4 mins; {{BSPED}} DKA calculator used; transferred to {{PICU}} within 90 mins.
        Even better if: referral letter said "routine". Feedback on the {{4Ts}} (Toilet, Thirsty, Tired, Thinner) to primary care.
        Action: [[name:Ciarán]] to write to the practice with {{DigiBete}} resources.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        On [[date:14 May 2024]] student [[name:Ethan Marsh]], on his first solo nav, taxied past
        holding point {{A1}} for {{runway 26}} in [[aircraft_registration:G-CKTW]] without a clearance
        to line up. A {{DA42}} on short final was told to {{go around}}. [[name:Ethan]] had read back
        "hold short" correctly; in interview he said he was heads-down setting the {{GNS 430}} and
        "the line crept up on me". An {{MOR}} was filed with the {{CAA}}, ref
        [[case_reference:MOR 2024/06112]]. Our {{CFI}}, Capt [[name:Gurpreet Sandhu]], has made clear
        this is a just-culture review, not a disciplinary one. Learning: no heads-down tasks while
        moving; stop, look and confirm at every holding point, now in the taxi brief.
        [[name:Ethan]] has flown dual since and is cleared to resume solo.
    """)),
    ("aviation", "success", prose("""
        ground school - good catch. during the {{flight planning}} lesson on [[date:Tues 9th]]
        [[name:Yasmin]] asked "why is my answer different from the book" and it turned out the
        {{PA-28}} fuel worksheet on the shared drive still had usable fuel in US gallons while the
        {{POH}} extract we hand out is in litres. 3 of 8 students' plans came out with about an hour
        of endurance they didnt have. nobody flew on it as it was classroom only, but
        [[name:Lewis]] had planned his {{qualifying cross-country}} for the next day on the same
        sheet. sheet withdrawn, corrected and reissued, [[name:Lewis]] re-planned with his {{FI}}.
        thanks [[name:Yasmin]] - always ask
    """)),
    ("aviation", "success", prose("""
        Just want to record a great bit of flying from [[name:Chloe Whitaker-Lee]] ([[age:19]]).
        We were climbing out of {{runway 08}} in [[aircraft_registration:G-BOZR]] on [[date:3 March]]
        when the engine ran rough and lost about 300 rpm. Before I'd said anything [[name:Chloe]] had
        {{carb heat}} on, checked mags and fuel, told {{ATC}} she was returning and flew a tight
        circuit to land. The rough running cleared in about 20 seconds. Textbook {{carb icing}}:
        temp 9°C, dewpoint 7°C, which we'd looked at on the {{carb icing chart}} in the brief. She
        said afterwards "I just did what's on the card". That's the point.
        - [[name:Rob Kemp]], {{FI}}
    """)),
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-CFHD]] ({{Cessna 152}})
        Sector | Date       | Pilot             | Remarks
        12     | [[date:22/08/24]] | [[name:Nowak]] / [[name:Ibe]]      | Oil on windscreen & cowling after 20 min. Returned. Oil cap found loose. Oil qty 4 qts (6 at {{daily inspection}}).
        12     | [[date:22/08/24]] | Eng [[name:T. Byrne]]   | Engine inspected, no damage, oil topped to 6, cap secured. {{CRS}} issued. A/c serviceable.

        Ops note: the student {{pre-flight}} was supervised but the oil cap check is not on our
        {{walk-round}} checklist card, only in the {{POH}}. Card amended and reissued to all aircraft.
    """)),
    ("aviation", "near_miss", block("""
        From: Ops - [[organisation:Halberton Flight Academy]] <[[email:ops@halbertonflight.co.uk]]>
        To: All students; All instructors
        Date: [[date:Friday 6 September 2024]] 08:15
        Subject: NOTAM screen in briefing room - please read

        Morning all,
        Yesterday two of you planned solo navs straight through an active {{parachute drop zone}}
        because the screen in the {{briefing room}} was still showing Wednesday's {{NOTAM}}s - the
        auto-refresh had frozen. Both were picked up at the {{authorisation sheet}} check. Thank
        you [[name:Kieran]].
        From today:
        - always pull NOTAMs yourself on {{SkyDemon}} or the {{NATS AIS}} site, not just the screen
        - the screen shows a "last updated" time top right - check it
        Any questions give me a shout.
        [[name:Ayesha Siddiqui]]
        {{Head of Training}}
        [[organisation:Halberton Flight Academy]]
        Tel [[phone:01632 960 305]]
    """)),
    ("aviation", "incident", block("""
        Chronology - airspace infringement, student solo, [[date:17/07/24]]
        13:02  [[name:Marcus Adeyemi-Cole]] departs solo in [[aircraft_registration:G-SFTB]] ({{PA-28}}) for a land-away.
        13:38  Cloud lowering; climbs above a layer to stay VMC, {{SkyDemon}} airspace warning silenced.
        13:41  Enters {{CTA}} (base 2500 ft) at 2700 ft, squawking {{7000}}.
        13:43  [[flight_number:EZY6172]] on approach given a {{TCAS}} traffic advisory; [[flight_number:LS1394]] vectored.
        13:44  {{Listening squawk}} call from approach; [[name:Marcus]] descends, apologises.
        14:20  Lands at destination, rings school.
        16:00  Phone debrief with {{CFI}}; student completes an {{ASR}}, ref [[case_reference:ASR-24-0193]].
        Learning: never silence warnings; {{Take 2}} (stay 200 ft below CTA base); land or turn back when weather forces you up - [[name:Marcus]] said he "didn't want to let anyone down".
    """)),
    ("aviation", "near_miss", block("""
        PPL students 🛩️
        [07:52] [[name:Finn]]: anyone flying [[aircraft_registration:G-OHFA]] first slot?
        [07:53] [[name:Mei Lin]]: me w/ [[name:Bartek]] at 9
        [07:55] [[name:Finn]]: fyi dipped it last night after my lesson and it was 25L a side but the {{tech log}} says full tanks?? nobody refuelled after
        [07:56] [[name:Mei Lin]]: 😬 thanks will dip before
        [08:40] [[name:Mei Lin]]: yep 25L. bowser called. [[name:Bartek]] says well done and put it in a {{safety report}} not just here lol
        [08:41] [[name:Finn]]: will do. honestly thought the {{fuel gauges}} in the {{DA40}} were enough
        [08:43] [[name:Bartek]]: never trust the gauges. {{dipstick}} every time. and the tech log entry was mine, my mistake, sorry all
    """)),
    ("aviation", "success", prose("""
        Good catch in ground school: [[name:Li Na Chen]], one of our {{ATPL theory}} students, noticed
        during the {{mass and balance}} module on [[date:25 Oct]] that the spreadsheet the ops desk
        uses had the baggage arm for the {{Warrior}} set to the rear seat arm. With two adults in the
        back and full baggage, the sheet put the {{CG}} inside the envelope when hand calculations put
        it aft of the limit. Ops had used it for about six months; a check of past loadsheets shows
        nobody flew near the limit. Spreadsheet locked and version-controlled, arms checked against
        the {{POH}}. Thank you [[name:Li Na]] - exactly the questioning attitude we want.
        - [[name:Graham Tait]], {{CGI}}
    """)),
    ("aviation", "near_miss", block("""
        Debrief notes - go-around, circuit, [[date:Sat 12 Oct]]
        Crew: {{FI}} [[name:Jenny Alder]], student [[name:Oisín Kearney]]
        Aircraft: [[aircraft_registration:G-BTAW]]
        What happened: on late finals {{runway 26}} a visiting {{Cirrus SR22}}, [[aircraft_registration:EI-FRK]], lined up without clearance. [[name:Oisín]] called "going around" himself at about 200 ft, offset to the {{dead side}} and flew it well.
        Why: [[aircraft_registration:EI-FRK]] pilot says he heard "line up" - the {{A/G}} operator had said "hold". Unfamiliar airfield, radio blocked by another call.
        Points: student's go-around decision was excellent. [[name:Jenny]] didn't need to touch the controls.
        Reported via {{MOR}}; visiting pilot apologetic and reported to the {{IAA}} too.
    """)),
    ("aviation", "near_miss", prose("""
        nm apron 14:30 today - fuel bowser ([[vehicle_registration:YN14 KRT]]) reversing towards
        [[aircraft_registration:G-BXLM]] on the {{fuel pad}} while a student was still doing
        {{post-flight}} checks by the wing. no banksman. i shouted, driver stopped about a metre off
        the {{wing tip}}. he said the {{reversing camera}} was misted up. nobody hurt no damage. this
        is the 2nd time with [[vehicle_registration:YN14 KRT]]?? pls can ops talk to
        [[organisation:Skyline Fuels]] about a {{banksman}}. [[name:Al]]
    """)),
    ("aviation", "incident", prose("""
        Incident: on [[date:2 February]] a student, [[name:Sophie Grant]], flew a 1.1 hr solo
        consolidation in [[aircraft_registration:G-CLNZ]] with a {{Class 2 medical}} that had expired
        on [[date:28 January]]. Nobody noticed until the {{training records}} audit the next week.
        Her {{AME}} had issued it with a shorter validity because of a limitation and she'd assumed
        the normal period. Our booking system, {{FlightLogger}}, holds medical expiry dates, but
        hers had been typed into the notes field, so no warning fired. [[name:Sophie]] was upset
        but completely open about it. Actions: solo bookings blocked without a valid medical date;
        the authorising instructor checks the medical certificate itself before every solo.
        Reported to the {{CAA}} as required.
    """)),
    ("aviation", "success", prose("""
        Shout out to [[name:Bev]] and [[name:Olu]] on the {{ops desk}} on Sunday. When the weather
        clamped in faster than the {{TAF}} said with four solo students out on navs, they rang each
        student's planned {{diversion}} airfield, tracked all four on {{SafeSky}}, and had a car on
        the way to collect [[name:Yusuf]] before he'd even shut down. Everyone safe on the ground by
        six and nobody had to ask them for anything. Calm and organised. - Capt
        [[name:Ian Morrison]], {{CFI}}
    """)),
    ("aviation", "near_miss", prose("""
        Near miss on the apron, [[date:19 June]]: a visiting {{King Air}},
        [[aircraft_registration:N350KT]], started up on the visitors' stand and turned with its
        {{propwash}} directly across our line, where two students were doing a walk-round on
        [[aircraft_registration:G-TECK]] ({{Tecnam P2008}}) about 20 m behind. A {{chock}} was blown
        away, an open oil flap slammed and one student was knocked off balance. No injuries. The
        pilot hadn't seen them. Learning: the visitors' stand is too close to our line; we've asked
        airfield ops for a {{marshaller}} for visiting {{turboprop}}s, and students stand clear when
        anything nearby is starting up.
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT - [[organisation:Halberton Flight Academy]]
        Ref: [[case_reference:HFA-SR-2024-041]]
        Date/time: [[date:04/04/2024]] 10:22 local
        Aircraft: [[aircraft_registration:G-BRWX]] ({{PA-28-161 Warrior}})
        Crew: {{FI}} [[name:Will Ashcroft]]; {{SPL}} [[name:Ahmed Farouk]]
        Phase: climb-out, approx 400 ft, {{runway 08}}
        Description: single large bird (prob. {{buzzard}}) struck L wing leading edge. Instructor took control, {{PAN}} declared, returned and landed normally.
        Injuries: nil
        Damage: L wing leading edge dented ~15 cm, aircraft {{AOG}}
        Reported: {{MOR}} submitted same day; remains photographed for the airfield wildlife log.
        Comment: [[name:Ahmed]] handled the radio call while instructor flew - good CRM.
    """)),
    ("aviation", "success", prose("""
        From the {{Safety Manager}}: thank you to the student who self-reported a firm landing on
        [[date:Thursday 20 June]]. Engineers found a cracked {{nosewheel fork}} - the next crew could
        have had a {{nosewheel collapse}} on take-off. This is what {{just culture}} is for.
        {{SMS}} ref [[case_reference:SR-0457]].
    """)),
    ("aviation", "near_miss", block("""
        Near miss - rejected take-off
        Date: [[date:11/11/24]]
        What happened: during the take-off roll the {{ASI}} stayed at zero. Student rejected the
        take-off at low speed, as briefed. The {{pitot cover}} was still on.
        Why: the walk-round was interrupted by a phone call, and the "remove before flight"
        streamer had come off the cover.
        What went well: {{rejected take-off}} briefed and flown correctly, {{ATC}} informed.
        What we've changed: new covers with long streamers; the {{walk-round}} restarts from the
        beginning after any interruption; added to the {{Threat and Error Management}} session in
        ground school.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind146", REPORTS))


if __name__ == "__main__":
    main()
