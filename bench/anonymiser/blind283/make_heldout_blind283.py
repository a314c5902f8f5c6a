"""Held-out blind corpus 283: 50 hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
de-identification generalises. Three invented settings:

- social_care (17): a children's centre and council-run nurseries - key workers, drop-offs and
  collections, safeguarding concerns, parents, room leaders.
- health (17): a hospital at night team - night nurse practitioners, bleeps, site managers,
  deteriorating patients, junior doctors.
- aviation (16): an airport's aircraft de-icing and winter operations crews - de-icing rigs,
  fluid, holdover times, pilots, snow clearance.

Styles are deliberately mixed: rushed lower-case notes with typos, formal narratives,
chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and signatures,
chat exports (Teams/WhatsApp/Slack), handover notes, minutes with attendance and apologies,
tables, radio transcripts, shout-outs and thank-you notes. Every person, organisation, place
and number is invented. `[[label:value]]` marks identifiers, `{{term}}` must-not-redact mentions.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind283.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        wrong person tried to collect [[name:kayden]] {{today}} abt {{3.10pm}}. lady said shes
        [[name:kayden]]'s aunty '[[name:shaz]]' but shes not on the {{collection list}} + didnt
        know the {{password}}. i said no n got {{room leader}} [[name:bex]]. mum
        [[name:tiffany]] not answering on [[phone:07700 914362]] so rang dad, he said
        [[name:Sharon]] is fine but hes not got {{PR}} so we didnt release. [[name:kayden]]
        stayed w me in {{Rainbow Room}} till mum came {{4.20}}, she was v apologetic, forgot
        to add her. [[name:shaz]] was quite upset at the door n swore at [[name:bex]] a bit.
        told {{DSL}} Mrs [[name:Okafor]] + logged on {{CPOMS}}. pls can we remind parents re
        updating {{collection passwords}} thx - [[name:lou]]
    """)),
    ("social_care", "near_miss", prose("""
        At approximately {{10:40}} on [[date:14 November]], during free-flow play in the
        {{garden}} at [[organisation:Hollybank Children's Centre]], {{practitioner}}
        [[name:Precious Dube]] saw a child, [[name:Mateo Ruiz-García]]
        ([[age:2 years 9 months]]), standing at the side gate, which had been left on the latch
        after the {{fruit and milk delivery}}. [[name:Precious]] brought [[name:Mateo]] back
        inside immediately and he was unhurt. The gate should be closed with the
        {{magnetic lock}} at all times; the driver from [[organisation:Dale Fresh Foods Ltd]]
        had propped it open with a crate. The {{Centre Manager}},
        [[name:Ruth Ellery-Baines]], was informed at {{10:45}} and a full {{headcount}} was
        done. No {{Ofsted}} notification was needed as there was no harm, but this was discussed
        with the {{Early Years Advisor}} at [[organisation:Westbridge Borough Council]].
        Actions: deliveries moved to the front entrance, {{risk assessment}} updated, gate alarm
        requested. Ref [[case_reference:NM-HB-0412]].
    """)),
    ("social_care", "success", block("""
        ⭐ SHOUT OUT ⭐
        Massive thank you to [[name:Grace]] in {{Toddler Room}} this week. On {{Wednesday}}
        she noticed our [[age:3yo]] [[name:Amara]] was really withdrawn and flinching at
        {{nappy change}}. [[name:Grace]] didn't brush it off - she wrote it up word for word on
        the {{concern form}}, told {{DSL}} [[name:Hope Adebayo]] before {{lunch}}, and stayed
        calm and warm with [[name:Amara]] all afternoon. [[name:Hope]] rang the {{MASH}} and a
        {{strategy discussion}} happened the same day.
        That is exactly what {{Working Together}} and all our training look like in real life.
        Proud of you [[name:Grace]] 💛
        - [[name:Mags]] ({{Nursery Manager}}), [[organisation:Little Wrens Nursery]]
    """)),
    ("social_care", "incident", block("""
        SAFEGUARDING CONCERN - [[organisation:Little Wrens Nursery]] ({{council-run}})
        Child: [[name:Oliwia Nowak]]      DOB: [[date_of_birth:02/06/2021]]
        Address: [[address:Flat 3, 27 Tanner Street, Westbridge]] [[postcode:WB2 4LQ]]
        Key person: [[name:Faith Mensah]]
        Ref: [[case_reference:SG-24-0318]]
        Date/time: [[date:07/03/24]] {{08:15}} ({{drop-off}})
        What was seen/said: red mark approx 3cm on left cheek + small {{bruise}} under left
        ear. Mum ([[name:Agnieszka]]) said [[name:Oliwia]] fell off the sofa on {{Sunday}}.
        [[name:Oliwia]] said "[[name:Tomek]] pushed" (older brother, [[age:aged 9]]).
        Action: {{body map}} done, passed to {{DSL}} [[name:J.K.]] at {{08:40}}. DSL rang
        {{MASH}} - advised {{Early Help}} + {{health visitor}} to follow up, not {{s47}}.
        Mum was told we were sharing the concern and was ok with it.
        Signed: [[name:F. Mensah]]      Role: {{Key Person}}
    """)),
    ("social_care", "near_miss", block("""
        Teams | Preschool leads | [[date:12/03/2024]]
        09:52  [[name:Joy Barker-Lynch]]: quick one - who put the {{hummus}} out at {{snack}}??
        09:53  [[name:Sunny Rahman]]: me n [[name:Kasia]] why
        09:53  [[name:Joy Barker-Lynch]]: [[name:Ibrahim]] ([[age:4]]) has {{sesame}} allergy, its on the {{allergy board}} 😬
        09:54  [[name:Sunny Rahman]]: omg. he didnt have any, [[name:Kasia]] clocked his red {{placemat}} and moved the bowl before he sat down
        09:55  [[name:Kasia Zielińska]]: yeah it was on the table for like 2 mins max. hes fine, checked him, no {{hives}}
        09:56  [[name:Joy Barker-Lynch]]: ok thank god. {{EpiPen}} in the grab bag?
        09:56  [[name:Sunny Rahman]]: yes checked, in date
        09:58  [[name:Joy Barker-Lynch]]: can u do a {{near miss form}} pls + I'll tell {{mum}} at {{home time}}. new cook from [[organisation:Westbridge Catering Services]] didnt know the {{allergen matrix}} I think
        09:58  [[name:Sunny Rahman]]: 👍 on it
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - collection concern - [[organisation:Hollybank Children's Centre]]
        Child: [[name:Tyler-Jay Dawson]] ([[age:4]])   Ref: [[case_reference:HCC/SG/0871]]
        [[date:Fri 21st]]
        {{16:55}} Dad (Mr [[name:Dawson]]) arrived to collect. Smelt strongly of {{alcohol}},
        unsteady, slurring.
        {{16:57}} {{Room leader}} [[name:Abdi Warsame]] kept [[name:Tyler-Jay]] in
        {{Sunflower Room}}, asked dad to wait in {{reception}}.
        {{17:00}} {{DSL}} [[name:Gemma]] spoke with dad. He refused to call anyone else.
        {{17:04}} Mum called on [[phone:07700 903 118]] - no answer.
        {{17:08}} Dad left, got into car [[vehicle_registration:WB17 KXR]]. [[name:Gemma]] rang
        {{999}}.
        {{17:25}} Police attended, log [[case_reference:CAD-0712]].
        {{17:45}} Maternal grandmother [[name:Linda Farrow]] (on collection list) collected
        [[name:T-J]].
        {{18:10}} {{MASH}} referral by [[name:Gemma]]. {{Emergency Duty Team}} informed.
        Learning: staff followed policy well, but [[name:Abdi]] had to leave his room over
        {{ratio}} to do it - need a second senior on late shift.
    """)),
    ("social_care", "success", block("""
        From: [[name:Rachel Oyelaran]] <[[email:r.oyelaran@westbridge.gov.uk]]>
        To: [[organisation:Hollybank CC]] Manager <[[email:hollybank.manager@westbridge.gov.uk]]>
        Date: [[date:Thursday 9 May 2024]] 14:12
        Subject: Thank you - [[name:Zainab]] & family

        Hi [[name:Ruth]],
        Just wanted to say how much the {{Early Help}} team appreciated your staff's work with
        [[name:Zainab]] and her mum this term. [[name:Kofi]] in particular - his
        {{home visits}} with the {{family support worker}} and the way he pulled together the
        {{TAF}} meeting made a real difference. Mum now has her {{30 hours}} funding sorted, the
        {{housing}} letter went in, and [[name:Zainab]]'s attendance is up from 40% to 92%. We
        stepped down to {{universal services}} at the review on [[date:2 May]].
        Please pass on our thanks.
        Best wishes
        [[name:Rachel]]

        [[name:Rachel Oyelaran]] | {{Early Help Practitioner}} | [[organisation:Westbridge Borough Council]]
        Tel [[phone:01632 960471]] | Mob [[phone:07700 900582]]
    """)),
    ("social_care", "near_miss", block("""
        END OF DAY HANDOVER - Baby Room - [[date:Tues 4th]]
        - [[name:Ellie-Mae]] ([[age:11 months]]): parent gave {{Calpol}} at home {{7am}} (told me
          at the door) - NOT written on {{medication form}}. We nearly gave another dose at
          {{11:00}} when she was 38.1. [[name:AB]] checked with mum by phone first - no dose
          given. Form now done + signed.
        - [[name:Reuben]]: slept 12.10-1.45, good bottle.
        - [[name:Noor]]: {{settling in}} day 3, cried at drop off, ok after 20 mins.
        - {{Steriliser}} in baby kitchen tripping the fuse again - told [[name:Pat]] ({{caretaker}}).
        Learning: ALL {{medicines}} given at home go on the {{arrival sheet}}, not just said at
        the door. To raise at {{staff meeting}}.
        Handed over by: [[name:RT]] to [[name:Chloe W]]
    """)),
    ("social_care", "incident", block("""
        ROOM LEADERS MEETING - MINUTES
        [[organisation:Little Wrens Nursery]] - [[date:18 January 2024]]
        Present: [[name:Rose Kimathi]] ({{Baby Room Lead}}), [[name:Mark Osei]] ({{Toddler Lead}}),
        [[name:Dee Fitzgerald]] ({{Deputy}}), [[name:Mags]] (Chair)
        Apologies: [[name:Bill Thornton]] ({{SENCo}}), [[name:Yetunde]] (sick)
        1. Sleep incident [[date:15/01]]: [[name:Rose]] reported that at {{13:20}} a baby
        ([[age:7 months]], initials [[name:L.P.]]) was found asleep on her front with a
        {{muslin}} near her face. {{Sleep checks}} should be every {{10 minutes}}; the
        {{sleep chart}} showed a 25 minute gap while staff covered lunches. Baby fine, parents
        told same day. Discussed {{safe sleep}} guidance ({{Lullaby Trust}}).
        2. Action: [[name:Mark]] to rota a named {{sleep monitor}} 12-2 daily. No muslins or
        soft toys in {{cots}}.
        3. AOB: [[name:Bill]] asked by email for {{SEND}} training dates - [[name:Mags]] to send.
        Next meeting: [[date:15 February]]
    """)),
    ("social_care", "incident", block("""
        ACCIDENT/INJURY LOG EXTRACT - [[organisation:Fernside Nursery]] - {{Pre-school}} room
        Date  | Child          | Injury                              | Staff  | Parent signed
        [[date:03/02]] | [[name:Leo Brannigan]]  | {{graze}} L knee (garden)              | [[name:HK]]     | Y
        [[date:05/02]] | [[name:Leo Brannigan]]  | bruise R upper arm - unwitnessed     | [[name:HK]]     | N
        [[date:06/02]] | [[name:Sadia Islam]]    | bumped head, {{head bump letter}} sent | [[name:Marek]]  | Y
        [[date:08/02]] | [[name:Leo Brannigan]]  | 2 bruises lower back "came in with"  | [[name:Toni]]   | N
        Note from {{room leader}} [[name:Toni Okonjo]]: 3 entries for [[name:Leo]] in a week, 2
        not signed by dad, and the [[date:08/02]] one was there on arrival so should have been an
        {{existing injury form}}, not the accident log. Passed to {{DSL}} [[date:9 Feb]].
        [[name:Leo]] is on a {{CIN plan}} so DSL emailed his {{social worker}} same day.
        Learning: existing injuries going in the wrong book meant we missed the pattern for 3 days.
    """)),
    ("social_care", "success", prose("""
        During {{Stay and Play}} on [[date:Tuesday 23 April]], a mum, Mrs [[name:Haddad]],
        quietly told {{family support worker}} [[name:Will Ashworth]] that her partner had
        pushed her against the kitchen door the night before and took her phone. [[name:Will]]
        moved her to the {{quiet room}} while a colleague stayed with her children
        ([[name:Yousef]], [[age:5]], and [[name:Lina]], [[age:18 months]]). He completed a
        {{DASH}} checklist with her (high risk) and, with her consent, referred to the
        {{IDVA}} service at [[organisation:Safer Homes Westbridge]]. {{DSL}}
        [[name:Ruth Ellery-Baines]] made the {{MASH}} referral the same afternoon and the case
        went to {{MARAC}}. What went well: [[name:Will]] did not promise to keep it secret,
        used her words on the form, checked it was safe to call her mobile, and made sure she
        left by the back entrance. Mrs [[name:Haddad]] later told us she came back to the
        centre because "[[name:Will]] listened". Shared at team briefing as good practice.
    """)),
    ("social_care", "near_miss", block("""
        [[date:26/02/2024]], 12:31 - [[name:Amber Lacey]]: whos in toddlers rn?? just walked past and theres only [[name:Dee]] with 9 of them
        [[date:26/02/2024]], 12:32 - [[name:Dee Fitzgerald]]: yep 😩 [[name:Kemi]] went on lunch + [[name:Tash]] took [[name:Harvey]] upstairs to get changed
        [[date:26/02/2024]], 12:32 - [[name:Amber Lacey]]: coming now. thats {{1:9}}, ratio in there is {{1:4}}
        [[date:26/02/2024]], 12:34 - [[name:Tash]]: sorry!! he had an accident, didnt think, only meant to be 5 mins
        [[date:26/02/2024]], 12:35 - [[name:Dee Fitzgerald]]: [[name:Amber]]'s here now, all ok, nobody hurt x
        [[date:26/02/2024]], 12:40 - [[name:Mags]]: thanks [[name:Amber]]. please nobody leaves the room without swapping in, even for 5 mins. [[name:Dee]] pls do a {{near miss}} on the {{staff portal}}. I'll look at the {{lunch rota}} - {{Ofsted}} would have a field day
        [[date:26/02/2024]], 12:41 - [[name:Kemi]]: 👍
    """)),
    ("social_care", "incident", block("""
        From: [[name:Comfort Asante]] <[[email:c.asante@fernside-nursery.org.uk]]>
        To: {{LADO}} <[[email:lado@westbridge.gov.uk]]>
        Cc: [[name:Gareth Pryce-Jones]]
        Sent: [[date:Mon 11 March 2024]] 09:14
        Subject: Allegation - agency staff member - [[organisation:Fernside Nursery]]

        Dear {{LADO}},
        I am the {{DSL}} at [[organisation:Fernside Nursery]]. On [[date:Friday 8th]] at about
        {{15:30}} an agency practitioner, [[name:Dylan Marsh]], supplied by
        [[organisation:Brightstart Staffing Ltd]], was seen by my colleague [[name:Nisha]] taking
        photos of children in the {{garden}} on his personal phone, against our
        {{mobile phone policy}}. When challenged he showed us three images (children fully
        clothed) and deleted them in front of [[name:Nisha]] and the {{room leader}}. The agency
        has been told and he has not returned. {{Ofsted}} notified, ref
        [[case_reference:NOT-552193]]. Parents of the three children have been informed.
        Statements attached. Details from the agency: DOB [[date_of_birth:17/09/1998]],
        NI [[ni_number:JT 48 22 91 C]].
        Kind regards
        [[name:Comfort Asante]]
        {{Nursery Manager}} & DSL | Tel [[phone:01632 960288]]
    """)),
    ("social_care", "success", prose("""
        fire drill {{today}} {{10.05}} at [[organisation:Millbrook Lane Nursery]], unannounced.
        all out in 2m40s inc {{baby room}} w 4 babies in the {{evac cot}}. register checked at
        {{assembly point}} by [[name:mo]] - all 31 children + 8 staff accounted for. visitor
        ({{speech and language}} lady from {{NHS}}) signed out ok too. [[name:jess]] remembered
        the {{grab bag}} & {{emergency contact sheet}} 🙌 only thing - {{Fire Marshal}} hi-vis
        wasnt on its hook so [[name:mo]] had to borrow [[name:danny]]'s. sorted now. well done
        all!! fab job esp new starters [[name:ayesha]] + [[name:Jude]]
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS REPORT
        Setting: [[organisation:Millbrook Lane Nursery]]    Ref: [[case_reference:MLN-NM-24-009]]
        Date: [[date:19/04/2024]]     Time: {{15:45}}
        Reported by: [[name:Faisal Chaudhry]] ({{Deputy Manager}})
        Child: [[name:Kiera-Leigh Boyd]]     DOB: [[date_of_birth:11/11/2020]]
        Address: [[address:41 Pennyroyal Way, Westbridge]] [[postcode:WB5 9HT]]
        Person collecting: [[name:Brandon Boyd]], brother, [[age:14yo]] (our
        {{collection policy}} is adults only)
        Details: [[name:Brandon]] was let into the {{lobby}} by another parent holding the door.
        {{Practitioner}} [[name:Joy]] had put [[name:Kiera-Leigh]]'s coat on before checking the
        list. I noticed and stopped the handover. Mum (Ms [[name:Boyd]]) rang - stuck at work at
        [[organisation:Harlow & Finch]], thought it was fine.
        Outcome: [[name:Kiera-Leigh]] stayed with us, Nan ([[name:Maureen Boyd]]) collected at
        {{16:30}}. Mum upset but understood.
        Learning: sign on the door about tailgating; coats not on until the collector is checked.
    """)),
    ("social_care", "success", block("""
        SUPERVISION NOTES (extract)
        Supervisee: [[name:Siobhán O'Brien]] ({{Key Person}}, {{Pre-school}})
        Supervisor: [[name:Hannah Lowe]] ({{Deputy DSL}})
        Date: [[date:30/05/24]]
        Reflection: [[name:Siobhán]] wrote the nursery report for [[name:Ruby]]'s
        {{Child Protection Conference}} (case [[case_reference:CP-77210]]). The {{IRO}} said it
        was the clearest report in the pack - dated observations, the child's voice, no jargon.
        The {{social worker}}, Mr [[name:Tanaka]], asked if he could share it as an example.
        [[name:Siobhán]] was nervous about speaking at conference but did it, and challenged
        (politely) a point about attendance that was wrong.
        Wellbeing: found it emotionally hard; offered {{EAP}} details.
        Actions: [[name:Siobhán]] to co-deliver a 20 min slot on report writing at
        {{INSET}} in {{September}}.
        Signed: [[name:HL]] / [[name:SO'B]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT TIMELINE - [[organisation:Hollybank Children's Centre]] - [[date:3 June]]
        Time   What happened                                                Who
        10:12  [[name:Olamide Bakare]] ([[age:3]]) fell approx 1.2m from {{climbing frame}},
               landed on left arm                                           [[name:Kerry-Ann Moss]]
        10:13  {{First aider}} attended, arm swollen, crying but responsive [[name:Deepak]]
        10:20  Mum ([[name:Funmi]]) called, on her way                      [[name:Deepak]]
        10:35  Mum took [[name:Olamide]] to {{A&E}} at [[organisation:Westbridge General Hospital]]
        14:50  Mum rang: {{greenstick fracture}}, {{cast}} for 4 weeks      [[name:Kerry-Ann Moss]]
        15:30  {{Ofsted}} notified (serious injury), ref [[case_reference:OFS-0932114]]
        Findings: 4 children were on the top platform; our rule is 2. [[name:Kerry-Ann]] was
        also supervising the sandpit. {{Safety surfacing}} was fine.
        Actions: {{zoned supervision}} outdoors, platform rule on a sign, parent sent accident
        form copy.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        night of [[date:16/17 Jan]]. pt on [[organisation:Harrowby Ward]] (bay 3 bed 14,
        [[case_reference:RCB4471920]]) had {{NEWS2}} of 7 at {{01:00}} obs, not escalated til
        {{03:10}}. {{HCA}} did obs on the {{e-obs}} ipad but didnt tell the nurse, nurse in
        charge was doing {{drug round}} for 2 bays + {{CD check}}. alert went to {{NNP}} bleep
        but i was at a {{2222}} on {{Ward 9}}. when i got there RR 30, sats 88% on 4L,
        {{lactate}} 4.1 so {{sepsis six}}, {{tazocin}} in by 03:40, called {{med reg}} dr
        [[name:ahmed]]. pt went to {{HDU}}. 2hr delay. not blaming anyone, 1 RN to 12 pts + 2
        {{side rooms}} with {{C diff}}. pls can e-obs alerts also go to {{site manager}} when NNP
        is at an arrest?? - [[name:nikki]] NNP nights
    """)),
    ("health", "near_miss", block("""
        Chronology - prescribing near miss - [[date:Sat 2nd March]]
        {{22:40}} {{FY1}} Dr [[name:Tom Lewis-Hart]] asked by [[organisation:Ashby Ward]] to
              prescribe {{insulin}} for Mrs [[name:E. Kowalczyk]] ([[case_reference:RCB6120385]]),
              {{BM}} 14.2, on {{VRIII}}.
        {{22:55}} {{Actrapid}} bolus prescribed on {{EPMA}} as 60 units (meant 6 units - extra
              zero typed from the {{sliding scale}}).
        {{23:20}} Staff nurse [[name:Marisol Quispe]] queried the dose before drawing up.
        {{23:25}} Bleeped FY1 x2, no answer (clerking in {{A&E}}).
        {{23:40}} {{NNP}} [[name:Kieran]] reviewed, confirmed error, Dr [[name:Lewis-Hart]]
              amended by phone + on EPMA.
        {{23:50}} 6 units given. BM 11.0 at {{01:00}}. No harm.
        Learning: [[name:Marisol]] used {{second checker}} + her own judgement - excellent.
        EPMA allows 60 units with no {{hard stop}}; raised with {{pharmacy}}.
        {{Insulin safety}} e-learning for FY1s at induction.
    """)),
    ("health", "success", block("""
        🙌 SHOUT OUT - Hospital at Night 🙌
        Huge thanks to [[name:Blessing]] ({{NNP}}) and [[name:Dawn]] from {{critical care outreach}}
        for the night of [[date:Tuesday 12 March]]. A [[age:34-year-old]] on
        [[organisation:Fenwick Ward]] looked "fine" but [[name:Blessing]] noticed his resp rate
        creeping up and he was mottled at the knees. She did a {{VBG}}, started the
        {{sepsis pathway}}, and got [[name:Dawn]] to see him within 15 mins. {{Antibiotics}} in
        within the hour, {{fluids}}, {{ITU}} review, and he went up before dawn. ITU consultant
        said he'd have arrested by morning.
        Proper {{Learning from Excellence}} - nominated for {{GREATix}}.
        [[name:Sunita]] (HaN Matron)
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT FORM
        Ref: [[case_reference:W-INC-2024-11873]]
        Patient: [[name:Harold Pennington]]    DOB: [[date_of_birth:14/08/1938]] ([[age:85]])
        Address: [[address:12 Quarry Bank Road, Calderbrook]] [[postcode:CB7 2NW]]
        NHS no: [[nhs_number:485 771 2318]]    Hosp no: [[case_reference:RCB0093817]]
        Ward: [[organisation:Fenwick Ward]], bed 22
        Date/time of incident: [[date:09/01/2024]] {{03:35}}
        Category: {{Fall}} - unwitnessed, {{head injury}}
        Description: Found on floor beside bed by {{HCA}} [[name:Joseph]]. On {{apixaban}}.
        Alert but new confusion. {{Falls sensor}} was not switched on after his wash.
        {{NNP}} [[name:Mariana Costa]] reviewed at {{03:50}}, {{CT head}} requested within 1h
        as per {{NICE}} (anticoagulated). CT not done until {{07:40}}: no {{porter}} available and
        single {{radiographer}} covering {{ED}}.
        Outcome: small {{subdural}}, {{neurosurgery}} advice - conservative, {{neuro obs}}.
        Harm: moderate.
        Reporter: [[name:M. Costa]], {{Night Nurse Practitioner}}, mob [[phone:07700 900764]]
    """)),
    ("health", "near_miss", block("""
        Teams chat - Site & Bed Management (nights)
        [[name:Hughes, Owain]]  00:41
        pt moved {{AMU}} to [[organisation:Ashby Ward]] bed 6 - [[name:Jordan]] on
        [[organisation:Ashby]] says his wristband has a different name to {{ePR}}??
        [[name:Nkechi Eze]]  00:43
        omg ok. which pt
        [[name:Hughes, Owain]]  00:44
        bed 6 should be [[name:Derek Sutton]] [[case_reference:RCB2209184]], band says
        [[name:Derrick Sutton]] [[case_reference:RCB2209841]] 🙈 two [[name:Suttons]] on AMU tonight
        [[name:Nkechi Eze]]  00:45
        has he had anything? {{IV abx}} were due midnight
        [[name:Hughes, Owain]]  00:46
        no - [[name:Jordan]] did {{positive patient ID}} before the {{meropenem}} and caught it.
        nothing given. AMU reprinted + checked the other Mr [[name:Sutton]] too
        [[name:Nkechi Eze]]  00:47
        good catch. pls {{datix}} it as near miss & I'll flag at the {{08:00}} {{safety huddle}}.
        can we get a {{similar name alert}} on {{PAS}}?
    """)),
    ("health", "incident", block("""
        From: Dr [[name:Priya Raghunathan]] <[[email:priya.raghunathan2@nhs.net]]>
        To: Hospital at Night Lead <[[email:han.lead@calderbrook.nhs.uk]]>
        Date: [[date:24 November 2023]] 08:32
        Subject: Unsafe medical cover overnight [[date:23/11]] - ref [[case_reference:W-INC-2023-13302]]

        Dear HaN Lead,
        Last night I was the only {{medical SHO}} covering 11 wards (approx 280 patients) after
        the {{F2}} {{rota gap}} was not filled by a {{locum}}. The {{medical registrar}} was in
        {{ED}} most of the night with a {{STEMI}} and two {{NIV}} patients. Between 01:00 and
        05:00 I had 23 outstanding jobs; a patient with {{hyperkalaemia}} (K+ 6.9) on
        [[organisation:Hartley Ward]] waited 70 minutes for review. The NNPs ([[name:Sarah]] and
        [[name:Andrzej]]) took on everything they could. I escalated to the {{site manager}} at
        01:30 and the {{on-call consultant}} (Dr [[name:Mbeki]]) at 02:15. I have also submitted
        an {{exception report}} to the {{Guardian of Safe Working}}.
        Nobody came to harm but it was luck.
        Regards,
        [[name:Priya]]
        {{IMT1}}, Medicine
    """)),
    ("health", "success", prose("""
        Dear night staff on [[organisation:Harrowby Ward]], Thank you for looking after our
        dad, [[name:Clive Marchetti]], on the night of [[date:14th February]] when he became so
        unwell with his {{chest infection}}. The nurse, [[name:Hope]], noticed he wasn't right
        and didn't leave his side, and the young doctor (we think his name was [[name:Ollie]])
        explained everything to mum at 3am in a way we could understand. Moving him to
        {{ICU}} was frightening but you kept us informed all night. He's home now and back in
        his allotment. We hope you all know how much it mattered. With love, [[name:Tina]],
        [[name:Paul]] & [[name:Gina Marchetti]] xx. (Ward Manager note: card passed on to
        [[name:Hope Ncube]] and Dr [[name:Oliver Tan]], {{FY1}}, and added to {{GREATix}}.)
    """)),
    ("health", "near_miss", block("""
        H@N HANDOVER 21:00 - [[date:Wed 10/04]]
        Bleep holder: [[name:Zeynep]] ({{NNP}}) | Med SHO: Dr [[name:Kwabena Ofori]] | Surg F1: [[name:Lily]]
        1. [[organisation:Fenwick Ward]] bed 4 - Mr [[name:A. Green]] [[case_reference:RCB7719254]]
           [[age:79]]M, {{AKI}}, K+ 6.1 at 18:00, repeat due 22:00. NEAR MISS: day team's
           {{insulin-dextrose}} written up but never given - found on {{drug chart}} at handover.
           Given 21:15 after {{calcium gluconate}}. Needs repeat {{ECG}}.
        2. [[organisation:Ashby Ward]] bed 11 - Ms [[name:Bhatt]] [[case_reference:RCB5530178]],
           {{DNACPR}} in place, {{end of life care}}, family aware, daughter staying.
        3. {{AMU}} - [[name:Barry Pugh]], {{GI bleed}}, Hb 71, 2 units {{red cells}}, OGD am.
        Outstanding: {{cannula}} x3 ([[organisation:Hartley Ward]]), {{TTOs}} x2 for
        {{discharge lounge}}.
        Handed over by: [[name:Will Ferris]] (day NNP)
    """)),
    ("health", "incident", block("""
        HOSPITAL AT NIGHT SAFETY MEETING - MINUTES
        [[organisation:Royal Calderbrook Infirmary]] | [[date:7 March 2024]] | via {{Teams}}
        Present: [[name:Femi Adeyemi-Clarke]] (Chair, {{HaN Lead}}), [[name:Joy Mwangi]] ({{NNP}}),
        Dr [[name:Fraser]] ({{Consultant}}, Acute Medicine), [[name:Ines Carvalho]] ({{Site Manager}})
        Apologies: [[name:Faith Obi]] ({{Matron}}), Dr [[name:Henrik Lund]]
        Item 1 - [[case_reference:W-INC-2024-12045]], delayed escalation on
        [[organisation:Hartley Ward]]. Patient [[age:67yo]], {{NEWS2}} rose 5 to 8 over 4h,
        {{critical care outreach}} not called. {{Cardiac arrest}} at {{04:10}}, {{ROSC}} after 2
        cycles, now on {{ITU}}. [[name:Joy]] presented the timeline: obs done on time, escalation
        went to the FY1 bleep which was handed to a locum who had no bleep.
        Actions:
        - [[name:JM]] to circulate bleep handover checklist by [[date:14/03]]
        - [[name:IC]] to add "who holds which bleep" to the 22:00 site huddle
        - Dr [[name:Fraser]] to feed back to {{Medical Staffing}} re locum induction
    """)),
    ("health", "success", prose("""
        On [[date:2 April 2024]] at about {{02:20}} a patient on [[organisation:Hartley Ward]]
        went into {{cardiac arrest}}. The ward nurse, [[name:Grace-Ann Whitlock]], put out the
        {{2222}} call, started {{CPR}} and attached the {{defibrillator}} before the
        {{crash team}} arrived. First rhythm was {{VF}}; one {{shock}} was given by
        [[name:Grace-Ann]] on the {{AED}} setting. The team, led by {{medical registrar}}
        Dr [[name:Nnamdi Eze-Okafor]] with {{NNP}} [[name:Connor]] doing airway, had {{ROSC}} at
        4 minutes. {{Adrenaline}} was not needed. The {{resus trolley}} had been checked that
        evening and nothing was missing. The patient was transferred to the {{cath lab}} and went
        home ten days later. A {{hot debrief}} was held on the ward at 03:15 using the
        {{TALK}} tool; the team highlighted clear role allocation and that
        [[name:Grace-Ann]]'s early shock made the difference. Shared at the {{Resuscitation
        Committee}} as good practice.
    """)),
    ("health", "incident", block("""
        BLEEP LOG - H@N coordinator [[name:Kay]] - night [[date:28/29 Feb]]
        | Time  | From                  | Reason                         | Answered |
        | 23:05 | [[organisation:Hartley Ward]]          | {{cannula}}                        | 23:06    |
        | 00:40 | {{AMU}}                   | {{chest pain}}, new {{ECG}} changes    | 00:41    |
        | 01:52 | [[organisation:Ashby Ward]]            | {{NEWS2}} 6, bed 3              | NO       |
        | 02:05 | [[organisation:Ashby Ward]]            | NEWS2 7, bed 3 (re-bleep)      | NO       |
        | 02:14 | [[organisation:Fenwick Ward]]          | {{hypoglycaemia}} 2.6           | NO       |
        | 02:41 | {{Switchboard}}           | "bleep system down 01:50-02:40"| 02:41    |
        Summary: {{bleep system}} outage for 50 mins, no {{overhead page}} or text alert to
        clinical staff. Ashby nurse [[name:Ngozi]] walked to the {{HaN office}} at 02:20.
        Bed 3 ([[case_reference:RCB3318062]]) reviewed 02:25, no lasting harm.
        {{IT}} ticket [[case_reference:INC0448125]].
    """)),
    ("health", "near_miss", block("""
        [[date:05/05/2024]], 02:11 - [[name:Ravi]] FY1: anyone know if lab rang about the K on
        [[organisation:Fenwick]] bed 9? just seen its 7.2 on {{ICE}} from 23:30 😳
        [[date:05/05/2024]], 02:12 - [[name:Alisha]]: nobody told me. who's the pt
        [[date:05/05/2024]], 02:12 - [[name:Ravi]] FY1: [[name:JW]], the {{AKI}} one. going now
        [[date:05/05/2024]], 02:19 - [[name:Ravi]] FY1: {{ECG}} peaked T waves. {{calcium gluconate}}
        going in, {{insulin-dextrose}} written. pls can someone tell [[name:Dave]] Med Reg
        [[date:05/05/2024]], 02:20 - [[name:Dave]] Med Reg: on my way up
        [[date:05/05/2024]], 02:41 - [[name:Ravi]] FY1: lab DID ring ward at 23:50, {{HCA}} took
        the msg and wrote it on the whiteboard. never got to nurse or us. K now 6.4
        [[date:05/05/2024]], 02:43 - [[name:Alisha]]: ok pls {{datix}}. critical results should
        go to a registered nurse only. and lol pls no more pt details on here
    """)),
    ("health", "incident", block("""
        CHRONOLOGY - night inter-site transfer ([[case_reference:W-INC-2024-12917]])
        Patient: Mr [[name:Eamon Gallagher]], [[age:88]], [[case_reference:RCB8804126]]
        [[date:14/03/24]]
        {{22:30}} {{Site manager}} [[name:Ines]] agreed step-down to
              [[organisation:Calderbrook Community Hospital]] to free an {{AMU}} bed.
        {{23:05}} {{Patient transport}} not used; booked with [[organisation:Pennine Medicare Ltd]].
        {{00:20}} Crew collected. No nurse escort; pt has {{delirium}} and {{insulin}}-treated
              {{diabetes}}. Handover to crew verbal only, no BM documented since 18:00.
        {{01:10}} Arrived. Receiving nurse [[name:Marta]] found BM 2.1, drowsy. {{Hypo box}} used,
              BM 6.8 by 01:40.
        Vehicle: [[vehicle_registration:YJ68 KVW]]
        Issues: transfer after 22:00 against {{transfer policy}}; no {{SBAR}} written handover.
        Reported by [[name:Marta Oliveira]], {{Nurse in Charge}}.
    """)),
    ("health", "success", block("""
        Teams - #han-nights - Praise 🌟
        [[name:Okoro, Chidi]] 05:58
        Shout out to [[name:Patience Oduya]] 🙏 took 20 mins at 4am (in the only quiet bit of
        the night!) to teach me {{ABG}} sampling properly + interpretation on a real pt on
        {{NIV}}. First one I've got first time. Best teaching I've had since {{F1}} started.
        [[name:Oduya, Patience]] 06:03
        aww [[name:Chidi]] you did all the work 😂 next week {{cannulation}} in the dark
        [[name:Raman, Leela]] 06:10
        love this. [[name:Patience]] this is exactly what {{H@N}} teaching should look like -
        putting it in the {{Learning from Excellence}} log 👏
    """)),
    ("health", "near_miss", prose("""
        nearly sent {{G&S}} sample w wrong label. 2 pts called [[name:smith]] in same bay on
        [[organisation:hartley]] ward (bed 2 [[name:j smith]], bed 5 [[name:jan smith]]).
        printed labels at {{nurses station}} for bed 2, walked to bed 5 by mistake bc the
        {{bleep}} went as i was walking. bled her, went to label at bedside, checked
        {{wristband}} against label like {{BTC}} training says n it didnt match. binned + redone
        for right pt. nobody hurt. {{transfusion lab}} might have caught it but
        {{WBIT}} is how people die. suggest no 2 same surnames in one bay + no bleeps mid
        {{venepuncture}}. - [[name:tk]] F1 nights [[date:11/11]]
    """)),
    ("health", "incident", prose("""
        On the night of [[date:19 December 2023]] Mrs [[name:Gwendolyn ap Rhys]]
        ([[nhs_number:621 940 3371]]), a [[age:91-year-old]] patient on
        [[organisation:Fenwick Ward]], was found unresponsive by an {{HCA}} at {{04:05}}. A
        {{2222}} call was made and {{CPR}} started. After about four minutes the {{NNP}},
        [[name:Tariq]], found a completed {{DNACPR}} form (dated [[date:12/12/2023]]) in the
        {{ReSPECT}} section at the back of the notes rather than the front, and resuscitation was
        stopped. Mrs [[name:ap Rhys]] died at {{04:12}}. Her son was informed by the
        {{night registrar}}, Dr [[name:Chukwuemeka]], and {{Duty of Candour}} has been
        started. Contributing factors: paper notes split across two folders after a ward move,
        no DNACPR flag on {{e-obs}}, and a {{bank nurse}} on her first shift on the ward.
        Graded moderate harm (distress to family). Ref [[case_reference:W-INC-2023-14480]].
    """)),
    ("health", "success", block("""
        From: [[name:Tadhg Ó Súilleabháin]] <[[email:tadhg.osullivan@calderbrook.nhs.uk]]>
        To: HaN Team; {{Site Managers}}; {{Outreach}}
        Sent: [[date:Friday 26 April 2024]] 10:02
        Subject: 6 weeks of the 23:00 huddle - thank you

        Hi all,
        Quick update. Since we started the {{23:00 huddle}} ({{NNPs}}, site, {{outreach}}, med reg)
        on [[date:11 March]]:
        - zero missed {{NEWS2}} escalations on {{e-obs}} audit
        - bleep calls after midnight down 18%
        - 2 deteriorating patients moved to {{HDU}} before 02:00 instead of after arrests
        Special mention to porters [[name:Sunny]] and [[name:Lenny]] who now join at 23:00 and
        plan CT runs - {{CT head}} waits for falls halved.
        Thanks,
        [[name:Tadhg]]
        {{Clinical Site Manager}} (nights) | [[organisation:Royal Calderbrook Infirmary]]
        Tel [[phone:01632 960 915]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        {{rig 4}} boom touched L wingtip {{nav light}} on [[organisation:Caledonia Skyways]]
        {{ATR 72}} [[aircraft_registration:G-CLDK]] on {{Pad 2}} abt {{05:50}}. op in the
        {{basket}} was [[name:gaz]], driver [[name:Lukasz]]. vis v poor, {{freezing fog}},
        {{spotter}} not used as we were 2 men short. lens cracked, engineer from
        [[organisation:Northmere Line Maintenance]] changed it, [[flight_number:CQ418]] delayed 55
        min. [[name:gaz]] shook up but ok. {{proximity sensor}} on rig 4 been u/s since last
        wk - reported to {{workshop}} twice!! need it fixed b4 next snow or someone is going to
        put a boom thru a window. - [[name:Mick]] shift lead {{de-ice}}
    """)),
    ("aviation", "near_miss", block("""
        RT TRANSCRIPT - {{de-icing frequency}} - [[date:17 Jan]] - {{Remote De-icing Pad}},
        [[organisation:Northmere Airport]]
        06:08:40 [[flight_number:HERON 2207]]: Iceman Two, [[flight_number:Heron 2207]] on pad, {{brakes set}}, ready for treatment.
        06:08:52 {{ICEMAN 2}}: [[flight_number:Heron 2207]], commencing {{Type I}} then {{Type IV}}, maintain position.
        06:14:30 {{ICEMAN 2}}: [[flight_number:Heron 2207]], {{anti-icing code}} Type four, one hundred percent, zero six one four.
        06:14:41 [[flight_number:HERON 2207]]: Copied, [[flight_number:Heron 2207]] taxiing.
        06:14:44 {{ICEMAN 2}}: STOP STOP STOP [[flight_number:Heron 2207]], rig still at right wing.
        06:14:48 [[flight_number:HERON 2207]]: Stopping, [[flight_number:Heron 2207]].
        06:15:30 {{ICEMAN 2}}: [[flight_number:Heron 2207]], {{post de-icing check}} complete, personnel and equipment clear.
        Note: aircraft moved approx 2m before stopping. Rig 1 operator [[name:Dariusz]] reversed
        clear. No contact. Crew had not waited for "equipment clear". Captain apologised on
        stand. {{A320}} [[aircraft_registration:G-HRNE]]. Filed as {{MOR}} by
        [[name:Svetlana Petrova]], {{De-icing Coordinator}},
        [[organisation:Frostline Aviation Services]].
    """)),
    ("aviation", "success", block("""
        ❄️ THANK YOU SNOW TEAM ❄️
        Big thanks to the {{Airfield Ops}} snow team for the night of [[date:Sun 26th Nov]]. We
        had 14cm between 01:00 and 05:00 and {{Runway 27}} was only closed for 35 mins.
        [[name:Jonno]], [[name:Priti]] and [[name:Hamish McAllister]] ran the {{sweepers}} and
        {{ploughs}} in formation all night, {{friction testing}} was done and the {{SNOWTAM}}
        out on time every cycle. [[name:Bogdan]] in {{Ground}} kept the {{snow desk}} updated so
        {{ATC}} could plan around us, and [[name:Faith Kamau]] on the {{stand clearance}} team
        got the {{apron}} ready for the first wave.
        Not a single diversion. Brilliant teamwork.
        [[name:Aled Rhys-Morgan]]
        {{Duty Airfield Manager}}, [[organisation:Northmere Airport]]
    """)),
    ("aviation", "incident", block("""
        GROUND OCCURRENCE REPORT
        Ref: [[case_reference:FAS-GOR-24-0057]]    Date: [[date:08/02/2024]]    Time: {{04:55}}
        Location: {{Stand 14}}, [[organisation:Northmere Airport]]
        Operator: [[organisation:Heron Airways]]   Flight: [[flight_number:HN2131]]
        A/C: [[aircraft_registration:G-HRNK]] ({{A320}})
        De-icing vehicle: {{Rig 6}}, reg [[vehicle_registration:NM19 FRD]]
        Reporter: [[name:Tomasz Wiśniewski]], {{Rig Operator}}
        Description: {{Type I}} {{proportional mix}} on Rig 6 was delivering a weaker mix than
        the display showed. The {{refractometer}} check at start of shift had been skipped.
        {{OAT}} -4°C so the {{freezing point buffer}} was marginal. Found when
        [[name:Tomasz]] did a refractometer check after treating [[flight_number:HN2131]].
        Action: crew told via {{Ops}}, aircraft re-treated from Rig 2, 40 min delay. Captain
        accepted. Rig 6 quarantined, engineering informed, {{Quality}} informed.
        Learning: start-of-shift fluid check is not optional.
    """)),
    ("aviation", "near_miss", block("""
        Chronology - {{holdover time}} exceeded - [[flight_number:CQ 562]] - [[date:Tues 13th]]
        A/C [[aircraft_registration:G-CLDR]] ({{ATR 72}}), {{Pad 1}}
        {{07:02}} {{Type II}} anti-icing complete. {{HOT}} from {{HOT tables}}: 20-45 min in
        moderate snow.
        {{07:20}} Held at {{holding point}}, 4 ahead, {{runway inspection}} in progress.
        {{07:35}} {{METAR}} updated to heavy snow.
        {{07:49}} {{Pad coordinator}} [[name:Róisín Kelly]] called crew: HOT for heavy snow
        exceeded, suggest {{pre-take-off contamination check}}.
        {{07:51}} Capt [[name:Ferreira]] said they were still inside 45 mins and intended to go.
        {{07:53}} {{First officer}} looked back at wing from the cabin - snow building on
        the upper surface.
        {{07:55}} Crew returned to pad for full re-treatment.
        {{08:21}} [[flight_number:CQ 562]] departed, inside new HOT.
        Learning: crews using the top of the HOT range when intensity goes up. Ops to issue
        a reminder; [[name:Róisín]] did exactly the right thing.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Anneliese Vogt]] <[[email:anneliese.vogt@frostline-aviation.co.uk]]>
        To: [[email:environment@northmere-airport.co.uk]]
        Cc: [[name:Dev Raman]]; {{Airside Duty Manager}}
        Date: [[date:22 January 2024]] 07:48
        Subject: Glycol spill - {{Stand 31}} - ref [[case_reference:ENV-2024-014]]

        Hi all,
        At approx {{05:20}} a hose coupling on {{Rig 3}} ([[vehicle_registration:NM21 DCE]])
        failed while filling from the {{bulk tank}}. Approx 150L of {{Type I}} concentrate was
        lost. Some of it reached a {{surface water drain}} before the {{spill kit}} and
        {{drain cover}} were down. Operator [[name:Kelly-Marie]] raised the alarm straight away.
        The {{interceptor}} has been checked and the {{Environment Agency}} notified by the
        airport. Coupling sent for inspection; all rigs' couplings checked before day shift.
        Thanks,
        [[name:Anneliese]]

        [[name:Anneliese Vogt]] | {{Station Manager}} | [[organisation:Frostline Aviation Services]]
        T: [[phone:01632 961055]]
    """)),
    ("aviation", "success", block("""
        WINTER OPS DEBRIEF - SNOW EVENT [[date:5-6 Feb]]
        [[organisation:Northmere Airport]] - {{Ops Centre}}, meeting room 2
        Attendees: [[name:Aled Rhys-Morgan]] ({{DAM}}, chair), [[name:Svetlana Petrova]]
        ([[organisation:Frostline]]), [[name:Wei Zhang]] ({{ATC}} {{Watch Manager}}),
        [[name:Ben Kettle]] ([[organisation:Heron Airways]] {{Station Manager}}),
        [[name:Amber Nwosu]] ({{RFFS}})
        Apologies: [[name:Grant Milne]], [[name:Olu]]
        What went well: 62 departures de-iced, zero {{HOT}} exceedances. New
        {{sequencing board}} in the {{de-icing cabin}} meant crews got slot times before
        pushback. {{Fluid stock}} never below 40%.
        Even better if: {{Type IV}} tank refill took 3h - delivery lorry stuck at the
        {{landside}} gate; {{Stand 40-44}} cleared late.
        Actions:
        - [[name:SP]] to share the sequencing board template with other stations
        - [[name:WZ]] to agree snow desk call times with Airfield Ops
        - [[name:BK]] to feed back crew praise to the de-icing teams
    """)),
    ("aviation", "incident", block("""
        [[date:29/11/2023]], 03:14 - [[name:Jonno]]: {{plough}} 2 slid on link taxiway {{Bravo}}, took out 3 panels of the {{airside fence}} by the {{fuel farm}}
        [[date:29/11/2023]], 03:14 - [[name:Jonno]]: [[name:Kev]] driving, hes ok just shaken
        [[date:29/11/2023]], 03:15 - [[name:Priti]]: on my way. reg?
        [[date:29/11/2023]], 03:16 - [[name:Jonno]]: [[vehicle_registration:NX63 PLW]]. {{black ice}} under the snow, {{gritter}} hadnt done that link yet
        [[date:29/11/2023]], 03:18 - [[name:Hamish]]: {{security}} informed, they're putting a guard on the breach. {{ATC}} told, Bravo closed
        [[date:29/11/2023]], 03:25 - [[name:Priti]]: [[name:Kev]] says neck bit sore. {{first aid}} checked him, going to get it looked at in the morning
        [[date:29/11/2023]], 03:40 - [[name:Hamish]]: {{occurrence report}} started [[case_reference:NMA-OR-23-1184]]. pls nobody on Bravo til gritted
    """)),
    ("aviation", "near_miss", block("""
        DE-ICING LOG - {{Pad 2}} - [[date:12/12/2023]] - Coordinator: [[name:Ifeoma Chukwu]]
        Flight  | Reg    | Type   | Fluid     | Start | End  | HOT (min) | Operator
        [[flight_number:HN2107]]  | [[aircraft_registration:G-HRNA]] | {{A320}}   | {{I + IV}}    | 0541  | 0553 | 35-75     | [[name:Lukasz]]
        [[flight_number:CQ411]]   | [[aircraft_registration:G-CLDM]] | {{ATR 72}} | {{I only}}    | 0600  | 0607 | 6-11      | [[name:Gaz]]
        [[flight_number:FJ8820]]  | [[aircraft_registration:EI-GKV]] | {{B737}}   | I + IV    | 0612  | 0625 | 35-75     | [[name:Dariusz]]
        NOTE: rig 2 clock was 8 mins fast. [[flight_number:CQ411]] treatment actually started
        0552, so crew were given a HOT start 8 mins too late. Spotted by [[name:Ifeoma]] when
        cross-checking against the {{pad camera}}. [[flight_number:CQ411]] was airborne at 0609
        so inside the real HOT, but only just.
        Action: rig clocks now synced to {{GPS}} time at start of shift; start time read from
        the coordinator's clock, not the rig.
    """)),
    ("aviation", "success", prose("""
        During the cold snap in [[date:January 2024]] we trialled a laminated crew
        {{briefing card}} handed to flight crews by the {{ramp agent}} before pushback, showing
        the pad layout, {{RT}} phrases and what "personnel and equipment clear" means. On
        [[date:18 January]] Captain [[name:Mark Eriksen]] of [[organisation:Fjordwing]]
        ([[flight_number:FJ8824]], [[aircraft_registration:EI-GKW]]) wrote to us to say it was
        the first time at a UK outstation that his {{first officer}},
        [[name:Hope Lindqvist]], had no questions on the {{de-icing frequency}}. The
        {{Type II}} treatment was completed in 9 minutes and the crew called "ready to taxi"
        only after the coordinator's clear. Since the trial, coordinator [[name:Svetlana]] has
        recorded zero premature-taxi events against six in [[date:December 2023]]. We have shared the
        card with {{Airport Operations}} and proposed it to the {{Winter Ops Working Group}}.
    """)),
    ("aviation", "incident", block("""
        SHIFT HANDOVER - De-icing - Nights -> Days - [[date:Fri 19 Jan]]
        Outgoing lead: [[name:Mick Doherty]]   Incoming: [[name:Sunny Bains]]
        - {{Rig 5}} ([[vehicle_registration:NM18 ZUX]]): {{heater}} failed approx 04:30, Type I
          going out at 38°C not {{60°C}} min at nozzle. [[name:Gaz]] missed it on the display for
          2 aircraft: [[flight_number:HN2113]] (re-treated, 25 min delay) and
          [[flight_number:CQ420]] (already departed - crew told via {{Ops}}, no issue reported).
          Rig 5 tagged {{U/S}}. {{Ground occurrence report}} [[case_reference:FAS-GOR-24-0031]].
        - Stock: {{Type IV}} tank B at 30%, delivery from [[organisation:Glacio Fluids Ltd]] booked
          {{Monday}}.
        - [[name:Ola]] off sick, [[name:Wiktoria]] covering till 14:00.
        - Pad 2 floodlight 3 out, {{Airfield Lighting}} job raised.
        Forecast: {{freezing drizzle}} from 10:00, expect busy.
    """)),
    ("aviation", "near_miss", block("""
        #deice-ops | Slack | [[date:Thursday 14 December]]
        [[name:priti.shah]]  5:47 AM
        just watched someone in dark clothes walk right behind {{rig 7}} while it was reversing off
        {{stand 22}} 😡 no {{hi-vis}}, no {{banksman}}
        [[name:jonno.m]]  5:48 AM
        was it one of ours?
        [[name:priti.shah]]  5:49 AM
        no, {{ramp}} agent from [[organisation:Skyline Handling]] I think. [[name:Wiktoria]]
        stopped the rig with about a metre to go. {{reversing alarm}} was on but you cant hear
        anything with {{APUs}} running
        [[name:sunny.bains]]  5:52 AM
        thanks for flagging. [[name:Wiktoria]] pls put a {{near miss}} in. I'll email their
        {{duty manager}} and ask for the {{rig movement area}} briefing again. We still need
        {{reversing cameras}} on 7 and 8
        [[name:jonno.m]]  5:53 AM
        +1 on the cameras
    """)),
    ("aviation", "success", block("""
        From: Capt. [[name:Idris Bello]] <[[email:idris.bello@heronairways.com]]>
        To: [[email:ops@frostline-aviation.co.uk]]
        Subject: Thanks - [[flight_number:HN2240]] [[date:3 Dec]]

        Hello,
        I'd like to thank the crew of {{Iceman 3}} this morning, [[name:Dariusz]] and
        [[name:Kelly-Marie]]. During the {{post de-icing check}} [[name:Kelly-Marie]] felt
        {{clear ice}} on the upper wing surface near the {{wing root}} that we could not see
        from the cabin - {{cold-soaked fuel frost}} after a long sector. They re-sprayed the
        area and talked us through exactly what they had found. Professional and calm at
        06:00 in -6°C.
        Our {{Safety Department}} may want to use this as a positive example.
        Kind regards,
        [[name:Idris Bello]]
        Captain, {{A320}} fleet, [[organisation:Heron Airways]]
    """)),
    ("aviation", "incident", prose("""
        At {{06:40}} on [[date:1 February 2024]], [[organisation:Caledonia Skyways]]
        {{ATR 72-600}} [[aircraft_registration:G-CLDS]], operating [[flight_number:CQ405]], was
        de-iced on {{Stand 9}} using {{Type I}} only. The {{tactile check}} of the wing upper
        surface was not carried out because the {{cherry picker}} assigned to Stand 9 was
        being used on another aircraft, and the operator, [[name:Rhys]], signed the
        {{de-icing record}} on the basis of a visual check from the ground. During her
        {{walkaround}}, {{First Officer}} [[name:Anaïs Dubois]] found a band of clear ice
        on the left wing and the aircraft was treated again. Team leader [[name:Callum]] has
        confirmed that no aircraft may be released without a tactile check where the
        {{OAT}} is at or below zero. Reported as an {{MOR}} to the {{CAA}}, internal ref
        [[case_reference:FAS-MOR-0113]].
    """)),
    ("aviation", "near_miss", prose("""
        [[name:kel]] was up in the {{basket}} on rig 2 w/out her {{lanyard}} clipped to the
        {{anchor point}}!! boom jolted when [[name:deano]] moved off the {{A320}} on {{pad 1}}
        and she grabbed the rail. no fall thank god. she said the {{karabiner}} was frozen shut
        and she didnt want to hold up the line. talked to her, shes fine, bit embarrassed.
        {{PPE}} check at start of shift shd include the clip - gonna add to the {{rig checklist}}
        + get {{de-icer spray}} for the clips. also [[name:deano]] to do pre-move call on
        {{intercom}} every time. - [[name:Sunny]] [[date:Sat 9th]]
    """)),
    ("aviation", "success", block("""
        RT - {{de-icing frequency}} - [[date:9 Dec]] - {{freezing fog}}, {{Central De-icing Pad}} bay 2
        05:31 [[flight_number:HERON 2219]]: Iceman One, [[flight_number:Heron 2219]], {{brakes set}}, {{APU}} running, request Type one only.
        05:31 {{ICEMAN 1}}: [[flight_number:Heron 2219]], be advised Type one {{HOT}} in {{freezing fog}} is short, recommend Type one then Type four.
        05:32 [[flight_number:HERON 2219]]: Agreed, Type one then Type four, [[flight_number:Heron 2219]].
        05:44 {{ICEMAN 1}}: [[flight_number:Heron 2219]], {{anti-icing code}} Type four, one hundred percent, zero five four two, post de-icing check complete, personnel and equipment clear.
        05:44 [[flight_number:HERON 2219]]: Type four, one hundred percent, zero five four two, clear, contact {{Ground}}, [[flight_number:Heron 2219]].
        Note ([[name:Svetlana]]): textbook. Good challenge from [[name:Ifeoma]] on the fluid,
        full readback, and the crew departed well inside HOT.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind283", REPORTS))
