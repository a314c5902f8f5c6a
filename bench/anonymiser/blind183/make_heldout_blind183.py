"""Held-out blind corpus 183: just-culture incident, near-miss and learning reports.

Settings: a children's home for younger children and its on-call managers (social care); a
community stroke and neuro rehab team (health); an airport's ground power, fuel farm and hydrant
dispensers (aviation). Written blind, the way UK staff type: rushed lower-case notes, careful
narratives, timed chronologies, e-mails with headers and signatures, Teams/WhatsApp exports,
incident and Datix forms, handover sheets, minutes, debriefs, shout-outs, tech log entries and an
ATC ground transcript. Every person, place and number is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind183.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        on call log sun nite. rang at 2140 by [[name:kaz]] ({{senior on shift}}) - [[name:Tyler]]
        ([[age:9]]) had gone over the back fence at [[organisation:Hazelbrook]] after phone call w
        {{dad}}. missing from care protocol started, rang {{police}} 2152 ref
        [[case_reference:PD-240317-1189]]. staff [[name:Bilal]] drove round the rec + chippy in
        [[vehicle_registration:YH68 KZV]], found him by the canal lock 2215, cold but ok. didnt do
        {{return home interview}} yet - needs doing within 72hrs. {{EDT}} informed, emailed
        [[email:edt.duty@harwick.gov.uk]]. my learning - dads calls on sundays always unsettle
        him, we keep saying this, needs to go in his {{placement plan}} + raise with {{IRO}}.
        [[name:Tyler]] had hot choc + bed by 2300. [[name:DP]] {{on call mgr}}
    """)),
    ("social_care", "near_miss", prose("""
        Near miss - medication. At 19:40 on [[date:Thursday 6th June]] our night
        {{residential support worker}} [[name:Precious Ndlovu]] was getting
        [[name:Lily-Mae]]'s {{melatonin}} ready when she noticed the label on the new box read
        "[[name:Kacper Wiśniewski]]" and the dose was 6mg, not [[name:Lily-Mae]]'s 2mg. Both
        children's monthly supply had been collected from [[organisation:Ryecroft Pharmacy]] on
        the same trip and the boxes went into the wrong slots of the {{medication cabinet}}.
        [[name:Precious]] stopped, did the {{two-person check}} with [[name:Gareth]] against the
        {{MAR chart}}, and neither child got the wrong dose. The {{on-call manager}}
        [[name:Noor Haq]] rang the {{pharmacy}} next morning; they confirmed a labelling error
        their end and re-issued. Learning: we check the name on the box, not just the slot.
        [[name:Precious]] did exactly what we want people to do - stop when something looks off.
        Ref [[case_reference:HZB-MED-24-017]].
    """)),
    ("social_care", "success", block("""
        [[date:18/05/24]], 21:47 - [[name:Shaz Begum]]: just want to say massive well done to [[name:Femi]] tonight 👏
        [[date:18/05/24]], 21:48 - [[name:Shaz Begum]]: [[name:Reubs]] was kicking off in the lounge after {{contact}} with his {{nan}} got cancelled, cushions flying, heading for the kitchen
        [[date:18/05/24]], 21:49 - [[name:Shaz Begum]]: [[name:Femi]] just sat on the floor, lowered his voice, did the whole {{PACE}} thing, curious not cross. no hands on at all, no {{restrictive physical intervention}}
        [[date:18/05/24]], 21:52 - [[name:Rhiannon Pugh]]: thats amazing. hes only been with us 3 weeks too
        [[date:18/05/24]], 21:55 - [[name:Femi Adeyemi]]: thanks guys 🙏 honestly it was [[name:Mo]] who clocked it early and moved the other two kids to the garden
        [[date:18/05/24]], 21:56 - [[name:Mo]]: team effort 😅 I'll put it on the {{daily log}} and flag for {{keyworker}} session tomorrow
        [[date:18/05/24]], 22:03 - [[name:Noor Haq]] ({{on call}}): brilliant. this is the stuff I want in the {{Reg 45}} report. get some sleep all x
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT - [[organisation:Hazelbrook House]]
        Ref: [[case_reference:HZB-IR-24-0092]]
        Date/time: [[date:02/07/2024]] 16:35
        Location: upstairs landing
        Young person: [[name:Kayden Mullins]]   DOB: [[date_of_birth:11/03/2015]]
        Placing authority: [[organisation:Harwick Borough Council]] - SW [[name:Tunde Bakare]]
        Staff involved: [[name:Gareth Lloyd]] ({{RSW}}), [[name:Anya Kowalczyk]] ({{senior}})
        What happened: [[name:Kayden]] went to hit [[name:Summer]] (another young person). [[name:Gareth]] and [[name:Anya]] used a {{Team Teach}} two-person hold for approx 90 seconds. During the hold [[name:Kayden]] pulled away and caught his forehead on the {{door frame}}. Small graze, no loss of consciousness.
        Actions: {{first aid}} given, {{head injury}} obs hourly til bed, {{body map}} done. Debrief with [[name:Kayden]] next morning.
        Notifications: {{Ofsted}} ({{Regulation 40}}) - submitted [[date:03/07/2024]]. {{Mum}} informed by phone 17:20. SW emailed.
        Learning: landing too narrow for holds - review {{individual risk assessment}}.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Helen Marsh]] <[[email:h.marsh@holmefield.harwick.sch.uk]]>
        To: [[name:Joanne Whitlock]] <[[email:joanne.whitlock@meadowgatecare.co.uk]]>
        Sent: [[date:15 May 2024]] 08:12
        Subject: [[name:Ellie-Rose]] - not collected [[date:Tues 14th]]

        Hi [[name:Jo]],

        As discussed, nobody arrived to collect [[name:Ellie-Rose]] at 3.15 on [[date:Tuesday 14th]]. The {{taxi}} firm said the booking had been cancelled by your office. She waited with our {{family support worker}} [[name:Marcus Oyelaran]] until 4.40. We rang the home on [[phone:01632 960418]] four times with no answer, then the {{on-call}} mobile [[phone:07700 900362]], which went to voicemail. [[name:Marcus]] eventually got your {{duty manager}}.

        [[name:Ellie-Rose]] was calm but asked if she "was being moved again", which worried me. Can we meet to agree a back-up plan and check the {{PEP}} has current contacts?

        Kind regards
        [[name:Helen Marsh]]
        {{Designated Safeguarding Lead}} / Deputy Head
        [[organisation:Holmefield Primary School]]
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - [[organisation:Hazelbrook]] - lates to nights - [[date:Fri 9 Aug]]
        Staff on: [[name:Dee]] / [[name:Tomasz]] ({{sleep-in}}) | On call: [[name:Joanne W]] [[phone:07700 900518]]

        | YP | Mood | Notes |
        | [[name:Amara]] ([[age:6]]) | settled | NEW - moved in weds. {{nut allergy}} ({{anaphylaxis}}), {{EpiPen}} x2 in office + 1 in her bag |
        | [[name:Kayden]] | ok | {{contact}} sat w/ {{mum}} 10-12, supervised |
        | [[name:Summer]] | tearful | missed dads call, reassured |

        NEAR MISS: tea was a takeaway from the Thai place. [[name:Tomasz]] checked the menu after ordering and the satay + pad thai had peanuts. Rang and changed [[name:Amara]]'s to plain rice + chicken, confirmed nut-free with the restaurant, [[name:Dee]] double-checked before serving. No reaction.
        Learning: allergy not on kitchen whiteboard yet + takeaways not in her {{care plan}}. Added both tonight. Please read her {{health care plan}} before any food out.
        Written by [[name:J.T.]]
    """)),
    ("social_care", "success", block("""
        Minutes - [[organisation:Hazelbrook House]] team meeting / learning review
        Date: [[date:23 September 2024]]
        Present: [[name:Joanne Whitlock]] ({{RM}}), [[name:Noor Haq]] (deputy), [[name:Femi Adeyemi]], [[name:Shaz Begum]], [[name:Rhiannon Pugh]], [[name:Bilal Chaudhry]], [[name:Precious Ndlovu]]
        Apologies: [[name:Gareth Lloyd]], [[name:anya k]]

        1. What went well - [[name:Reuben]]'s move to long-term {{foster carers}}
        - Planned over 6 weeks using {{Signs of Safety}} mapping; [[name:Reuben]] did his own {{three houses}} with [[name:Rhiannon]].
        - Carers came for tea twice, then an overnight. Goodbye party with the cake he chose.
        - SW [[name:Tunde Bakare]] ([[organisation:Harwick Borough Council]]) said it was the smoothest transition he has seen.
        2. What made the difference - same {{keyworker}} throughout, {{life story book}} finished before the move, school kept the same ([[organisation:St Bede's RC Primary]]).
        3. Actions - [[name:JW]] to share the transition plan template at managers' meeting; [[name:Noor]] to write up for {{Reg 45}}.
    """)),
    ("social_care", "incident", block("""
        Chronology - allegation against staff (RESTRICTED)
        [[date:12/10/2024]]
        16:05 [[name:Jayden]] ([[age:10]]) tells {{RSW}} [[name:Olu]] that "[[name:Craig]] grabbed my arm" at bedtime the night before. Small bruise upper arm noted.
        16:10 [[name:Olu]] completes {{body map}}, writes child's words verbatim, does not question further.
        16:20 [[name:Olu]] rings {{on-call manager}} [[name:Sinead O'Rourke]] on [[phone:07700 900744]].
        16:35 [[name:Sinead]] checks rota - [[name:Craig]] not on shift til {{Mon}}.
        16:50 {{LADO}} duty line rung. Advice: don't inform [[name:Craig]] yet, strategy discussion tomorrow. LADO ref [[case_reference:LADO/2024/0613]].
        17:15 [[name:Jayden]]'s SW and {{EDT}} informed. {{Ofsted}} {{Reg 40}} to follow.
        18:00 {{RM}} [[name:Joanne Whitlock]] informed; [[name:Craig]] suspended pending outcome as a neutral act.
        Learning: [[name:Olu]]'s recording was exemplary. Gap - the {{on-call pack}} had the old LADO number; now updated.
    """)),
    ("social_care", "near_miss", block("""
        [[name:Anya Kowalczyk]] 23:14
        is anyone on call tonight?? rung the on call mobile 3 times straight to vm
        [[name:Anya Kowalczyk]] 23:15
        [[name:Kacper]] has temp of 39.4 and says his neck hurts, giving {{calpol}} now, want to ring {{111}} but need mgr ok if he has to go out
        [[name:Bilal Chaudhry]] 23:19
        rota says [[name:Dave P]] but he swapped with [[name:Sinead]] i think?? try her on [[phone:07700 900921]]
        [[name:Anya Kowalczyk]] 23:31
        got [[name:Sinead]]. the {{phone divert}} was still set to [[name:Dave]]'s mobile and his was off. rang 111 anyway, they sent us to {{A&E}}, [[name:Bilal]] taking him
        [[name:Sinead O'Rourke]] 23:40
        sorry all. you did the right thing - never wait for on-call in a {{medical emergency}}, ring 111/{{999}} first
        [[name:Sinead O'Rourke]] 08:02
        update: [[name:Kacper]] home, viral, {{meningitis}} ruled out. learning - divert to be checked at every on-call handover, added to the {{on-call checklist}}
    """)),
    ("social_care", "success", prose("""
        SHOUT OUT 🌟 to [[name:Hope Mensah]] on nights [[date:Weds 30th Oct]]. [[name:Hope]]
        heard [[name:Dylan]] ([[age:8]]) wheezing at 02:10 on her {{waking night}} check. His blue
        {{inhaler}} wasn't helping after 10 puffs through the {{spacer}} so she rang {{999}}
        straight away rather than waiting - exactly what his {{asthma plan}} says.
        {{Paramedics}} took him to [[organisation:Kelderton General]], {{children's ward}}, home
        next day on {{steroids}}. [[name:Hope]] went in the ambulance, left [[name:Tomasz]] with
        the other two and rang {{on-call}} ([[name:Joanne]]) from the hospital. Calm, clear,
        brilliant. [[name:Dylan]] has asked for "the lady with the purple hair" at breakfast
        every day since 😂. Thank you [[name:Hope]]. - [[name:Noor]]
    """)),
    ("social_care", "incident", block("""
        Debrief - contact [[date:Sat 16/11]] - [[name:Summer Clarke]] ([[age:11]])
        Attended: [[name:Joanne W]], [[name:Bilal]], [[name:Rhiannon]], on-call [[name:Sinead]]

        What happened: contact with {{mum}} was at the {{family centre}} ([[organisation:Orchard Family Centre]]) and should be {{supervised}} under the {{care order}}. The contact supervisor went off sick; the centre rang [[name:Bilal]] at 9.30 to say mum could take her to McDonald's over the road and staff would "pop over". [[name:Bilal]] agreed, not knowing the order. Mum's new partner turned up. [[name:Summer]] came back quiet and later told [[name:Rhiannon]] he had asked for her phone number.

        Why: the {{contact plan}} in the office was the old one from before the {{LAC review}} in {{September}}.

        Actions: reported to SW [[name:Tunde]] and {{EDT}}, case ref [[case_reference:HBC-CS-771902]]. Only the SW can vary contact. Current plan now in the office file and on the on-call drive.
    """)),
    ("social_care", "incident", block("""
        [[name:Rhiannon Pugh]] 19:02 - just took the tablet off [[name:Jayden]], someone on {{Roblox}} asked him for pics and to move to {{Snapchat}}. screenshotted everything
        [[name:Joanne Whitlock]] 19:05 - well done. don't delete anything, don't reply. turn it off, bag it
        [[name:Joanne Whitlock]] 19:07 - who set the {{parental controls}} up on that tablet?
        [[name:Femi Adeyemi]] 19:09 - me, but I think [[name:jayden]] knows the pin, he's seen us type it 🙈
        [[name:Joanne Whitlock]] 19:12 - ok. I'll do the {{CEOP}} report + {{police}} on {{101}}, you let his SW know. [[name:Rhi]] can you sit with him, he'll think he's in trouble
        [[name:Rhiannon Pugh]] 19:40 - he's ok. said sorry. told him it's never his fault
        [[name:Joanne Whitlock]] 20:30 - police ref [[case_reference:PD-241119-0457]]. CEOP done. pin changed. new rule: pin entered away from the kids and changed monthly
    """)),
    ("social_care", "success", prose("""
        Learning from good practice - emergency admission. At 20:50 on [[date:5 December]] the
        {{EDT}} social worker rang {{on-call manager}} [[name:Dave Pritchard]] asking if we could
        take two siblings, [[name:Maisie Cartwright]] ([[age:6]]) and her brother
        [[name:Alfie]] ([[age:9]]), after their {{foster placement}} broke down. [[name:Dave]]
        checked the {{Statement of Purpose}} and did the {{impact risk assessment}} for the two
        boys already here before saying yes - 25 minutes, but the right call. Night staff
        [[name:Dee Sahota]] and [[name:Kwabena]] made up a shared room because [[name:Maisie]]
        had said she wouldn't sleep without [[name:Alfie]], put the night light on and bought the
        cereal the EDT worker said they liked. The children arrived at 22:30 with almost nothing;
        [[name:Dee]] had pyjamas and toothbrushes ready from the {{welcome box}}. Both slept. Next
        morning [[name:Kwabena]] rang [[organisation:Greenacre Academy]] so they weren't marked
        absent. SW feedback: "felt like they were expected, not squeezed in". We want this to be
        the standard for every {{emergency placement}}.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Bilal Chaudhry]]
        To: Hazelbrook staff team
        Subject: near miss - booster seat - please read

        All,
        Yesterday ([[date:Mon 13 Jan]]) I was about to take [[name:Amara]] to the {{dentist}} in the {{pool car}} [[vehicle_registration:YE21 HFW]] and realised the {{booster seat}} wasn't in it - [[name:Kwabena]] had moved it to the other car for the {{school run}} on {{Friday}} and it never came back. She's [[age:6]] and 115cm so legally needs one. I rebooked the dentist rather than go without.
        Nobody did anything "wrong" but we've got 1 booster for 4 kids under 12 and two cars. I've logged it on {{Clearcare}} and [[name:Joanne]] has approved 3 more {{high-back boosters}}. Until they come: check the car before you put a child in it, and sign the {{vehicle check sheet}}.
        Cheers
        [[name:Bilal]]
        {{Senior RSW}}, [[organisation:Hazelbrook House]]
    """)),
    ("social_care", "incident", prose("""
        bath time incident [[name:maisie]] 8.05pm. [[name:kwabena]] ran bath, checked with hand
        not thermometer (thermometer missing from bathroom since wknd). [[name:maisie]] got in +
        screamed, left foot + ankle red. out straight away, cool running water 20 mins per
        {{first aid}}, rang {{111}} - advised {{minor injuries}} if it blisters, none so far.
        photo + {{body map}} done. checked temp after - 48 degrees!! the {{TMV}} on that bath must
        of failed, should cap at 43. bath out of use, sign on door, maintenance ([[name:Stu]])
        coming am. {{EDT}} + on call ([[name:Sinead]]) told 8.40. {{mum}} to be told by SW tmrw.
        {{Reg 40}} to go. [[name:kwabena]] v upset, been offered {{debrief}} + support. no blame -
        kit failed + missing thermometer, but we need hand check AND thermometer every time.
    """)),
    ("social_care", "success", prose("""
        Extract - {{Independent Person}} ({{Regulation 44}}) visit, [[date:28/01/2025]]. I spoke
        with three children and four staff. [[name:Kayden]] ([[age:10]]) showed me his school
        attendance chart: 96% this term against 61% last year. He told me Miss [[name:Patel]]
        "lets me start in the {{nurture room}}". Staff described the morning routine they changed
        in the {{autumn}}: one adult does the {{school run}} with [[name:Kayden]] alone, same route,
        same music, and the {{on-call managers}} agreed that nobody is pulled off the school run
        to fill rota gaps. [[organisation:Holmefield Primary School]]'s {{SENCo}}
        [[name:Adaeze Nwachukwu]] confirmed the change and said his {{EHCP}} review was the most
        positive she had attended. [[name:Kayden]]'s {{virtual school}} head has asked to use it
        as an example. Recommendation: write the routine into the placement plan so it survives
        staff changes. [[name:Ruth Adebayo-Kerr]], Independent Person.
    """)),
    ("social_care", "success", block("""
        From: [[email:tunde.bakare@harwick.gov.uk]]
        Sent: [[date:07 February 2025]] 17:26
        To: [[email:hazelbrook.manager@meadowgatecare.co.uk]]
        Subject: RE: [[name:Summer]] - visit to Nan

        [[name:Joanne]],
        I wanted to put in writing how grateful I am for how the team handled [[name:Summer]]'s first visit to her {{nan}} at [[address:41 Wren Street, Harwick]] [[postcode:HD7 2JN]] on {{Sunday}}. [[name:Rhiannon]] did the {{risk assessment}} with {{Nan}} beforehand and stayed nearby rather than in the room, which [[name:Summer]] told me made it feel "like a normal visit". Nan would like to be assessed as a {{connected carer}}, which we'll take to {{permanence panel}}.
        [[name:Summer]]'s record: [[case_reference:HBC-CS-771902]], DOB [[date_of_birth:19/08/2013]] - please make sure the {{kinship assessment}} team has your notes.
        Thanks again,
        [[name:Tunde]]

        [[name:Tunde Bakare]] | {{Social Worker}}, {{Children in Care Team}} | [[organisation:Harwick Borough Council]] | [[phone:01632 960277]]
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        fall on HV [[date:4/3]]. pt [[name:Derek Holroyd]] ([[age:78]]), R {{hemiparesis}},
        {{ESD}} day 9. me ([[name:Jas]], {{RA}}) on my own bc [[name:Kat]] got pulled to an urgent.
        care plan says 2 for {{sit to stand}} w {{rota stand}} but [[name:Derek]] said "we do it
        all the time with the {{wife}}" so i went ahead. knee buckled, lowered him to floor, no
        head strike. couldnt get him up alone, rang {{ambulance}} for lift assist, waited 1h40 on
        floor w pillow + blanket. checked by crew, no injury. {{Datix}} done
        [[case_reference:W118374]]. my learning - shouldnt do a 2 person task alone even if pt
        insists, shouldve rebooked. team learning - if the 2nd person gets pulled the plan needs
        to say what one person CAN safely do. [[name:Jas]]
    """)),
    ("health", "near_miss", prose("""
        On a joint visit on [[date:19 March 2024]], {{rehab assistant}} [[name:Grace Oduya]]
        noticed that [[name:Bernadette Quinn]] ([[age:81]]), who is on {{IDDSI level 2}}
        {{mildly thick}} fluids after a {{dysphagia}} assessment by our {{SALT}}, was about to be
        given an unthickened cup of tea by the {{agency carer}} from
        [[organisation:Silverline Homecare]]. The {{thickener}} tin had run out and the carers'
        sheet still said "normal fluids" from before the stroke. [[name:Grace]] stopped the drink,
        made it up with {{Nutilis}} from her kit and rang the agency. Nobody had sent them the SALT
        report - it went to the {{GP}} only. [[name:Bernadette]] has had two
        {{chest infections}} since discharge. The agency is now on the SALT report distribution
        list and [[name:Oisín]] (SALT) did a teach session with the carers on [[date:21 March]].
        [[name:Grace]]'s instinct to check the tin and the sheet is what stopped this. NHS no.
        [[nhs_number:518 859 1367]].
    """)),
    ("health", "success", block("""
        From: [[name:Ayesha Siddiqui]] <[[email:ayesha.siddiqui84@gmail.com]]>
        Date: [[date:2 April 2024]]
        Subject: Thank you from Dad

        To everyone at the {{neuro rehab team}},
        I just wanted to say thank you for the last six weeks with my {{dad}}, [[name:Mohammed Siddiqui]]. When he came home from [[organisation:Kelderton General]] after the stroke he couldn't get to the bathroom and wouldn't speak to anyone because of his {{aphasia}}. [[name:Claire]] the {{physio}} and [[name:Bogdan]] the {{OT}} got him walking to the front door with his {{quad stick}}, and on {{Friday}} he walked to the {{mosque}} for prayers (with my brother, slowly!). [[name:Nia]] from {{speech and language therapy}} made him a picture book so he can tell us when he's in pain. The {{goal setting}} made him feel it was his plan, not ours.
        With love and thanks,
        [[name:Ayesha]] (and Dad, who says "good people")
    """)),
    ("health", "incident", block("""
        DATIX INCIDENT FORM
        Ref: [[case_reference:W119062]]
        Reported by: [[name:Claire Fenwick]], Band 6 {{Physiotherapist}}, [[organisation:Lowfield CNRT]]
        Date of incident: [[date:09/04/2024]]   Date reported: [[date:10/04/2024]]
        Patient: [[name:Keith Armitage]]   NHS No: [[nhs_number:158 829 9104]]   DOB: [[date_of_birth:22/06/1951]]
        Category: {{Pressure ulcer}} - device related
        Description: On visit found a {{category 2 pressure ulcer}} on the L lateral malleolus under the new {{AFO}} supplied by [[organisation:Pennine Orthotics]] on [[date:28/03/2024]]. {{Wife}} said he had worn it "all day, every day" since. No wearing-in schedule was given and no skin check was documented at our visits on [[date:2/4]] and [[date:5/4]].
        Immediate action: AFO removed, {{district nurses}} referred for dressing, {{TVN}} advice sought, orthotics asked to review fit.
        Harm: Low.
        Contributory factors: no team standard for skin checks with new {{orthoses}}; physio-orthotics handover by letter only.
        Learning: wearing-in schedule + skin check added to our AFO checklist.
    """)),
    ("health", "incident", block("""
        Timeline - {{recurrent stroke}} on visit, [[date:Tue 16 April]]
        10:02 [[name:Bogdan Lis]] ({{OT}}) arrives for kitchen assessment, pt [[name:Maureen Firth]] ([[age:69]]) at [[address:7 Millbank Terrace, Lowfield]] [[postcode:WF9 8RD]].
        10:06 Speech slurred, L facial droop, L arm drift. {{FAST}} positive. Last known well 09:30 per {{husband}}.
        10:07 {{999}} called, {{Cat 2}}.
        10:20 [[name:Bogdan]] rings again, no ETA. Calls team lead [[name:Priya Raman]].
        10:41 [[name:Priya]] escalates via the {{ambulance service}} {{clinical hub}}; still no ETA.
        11:15 Ambulance arrives.
        11:52 Arrives {{HASU}}, [[organisation:Kelderton General Hospital]]. Outside the window for {{thrombolysis}} by then.
        Learning: [[name:Bogdan]]'s recognition and his recording of time last known well were excellent. The 68-minute wait is outside our control but has gone to the ambulance trust via {{Datix}} [[case_reference:W119340]]. Team discussed whether staff should convey in their own car - agreed NO.
    """)),
    ("health", "near_miss", block("""
        [[name:Kat Brennan]] 14:12
        omg just realised I put this morning's visit notes on the wrong [[name:Ahmed]] 🙈 there's [[name:Ahmed Khan]] ([[nhs_number:559 305 8830]]) and [[name:Ahmad Khan]] on our caseload and I opened the first one off the search list
        [[name:Priya Raman]] 14:15
        ok don't panic. don't delete - mark it {{entered in error}} on {{SystmOne}} and re-enter on the right record. did the notes change anything?
        [[name:Kat Brennan]] 14:16
        yes I'd updated his {{falls risk}} and said ok to stop the {{rota stand}}... the other [[name:Ahmed]] still needs it
        [[name:Priya Raman]] 14:18
        so if [[name:Jas]] had read that tomorrow she might have stopped the rota stand for the wrong man. good catch. please {{Datix}} it as a near miss
        [[name:Kat Brennan]] 14:40
        done [[case_reference:W119511]]. also asked admin to put a {{name alert}} on both records
        [[name:Priya Raman]] 14:42
        👍 let's add "check DOB + NHS no. before writing" to {{Thursday}}'s {{huddle}}
    """)),
    ("health", "success", prose("""
        Shout-out for [[name:Nia Hughes-Pryce]] ({{SLT}}) from the whole team.
        [[name:Winston Clarke]], [[age:74]], has {{expressive aphasia}} after his stroke and had
        been getting more withdrawn. At a joint visit on [[date:30 April]], [[name:Nia]] used his
        {{communication book}} and {{supported conversation}} and he managed to tell us that his
        {{nephew}} had been "taking" his bank card. We raised a {{safeguarding}} concern with
        [[organisation:Harwick Adult Social Care]] the same afternoon (ref
        [[case_reference:ASC-SG-24-08817]]) and the bank has blocked the card at his request. He
        has {{capacity}} for this decision and wanted it sorted "quietly". Without
        [[name:Nia]]'s patience nobody would have known. Lovely work. - [[name:Priya]]
    """)),
    ("health", "incident", block("""
        From: [[name:Tendai Moyo]]
        To: [[name:Priya Raman]]; {{Lone Working}} lead
        Sent: [[date:14 May 2024]] 18:03
        Subject: Incident on visit today - not hurt but shaken

        [[name:Priya]],
        As promised, writing it down. At my 15:30 visit to [[name:Gary Tranter]] ([[address:3 Sycamore Rise, Lowfield]]) his {{son}} came in drunk, started shouting that we'd "given up" on his {{dad}}, and stood in the doorway so I couldn't get out. I said I was leaving and he let me past after a couple of minutes. I didn't press the {{Skyguard}} button because it was in my bag - I'd been using my phone for the {{exercise programme}} video.
        Also: nobody rang me when I didn't check out at 16:30. The {{buddy system}} board says [[name:Marek]] but he finished at 4.
        I'm ok but I don't want to go back alone. Can we put a flag on {{SystmOne}} and make it {{two-person visits}}?
        [[name:Tendai]]
        {{Physiotherapy Assistant Practitioner}} | [[phone:07700 900613]]
    """)),
    ("health", "incident", block("""
        CNRT HANDOVER - [[date:Fri 24 May]] (weekend cover: [[name:Rachel O]] / [[name:Sunny]])
        NAME | ISSUE | ACTION
        [[name:Gwen Ellery]] [[nhs_number:558 155 6229]] | {{AF}}, on {{apixaban}} 5mg BD. Discharged [[date:20/05]] from [[organisation:Ward 32]] - {{TTO}} had only 3 days' supply, ran out Thurs. Missed 2 doses before [[name:Sunny]] spotted it today doing {{medicines reconciliation}}. | GP ([[organisation:Moorside Medical Centre]]) issued script today, daughter collected 3pm. Datix [[case_reference:W120044]]. Watch for new neuro signs - low threshold for {{999}}.
        [[name:Len Barraclough]] | {{shoulder pain}}, R {{subluxation}} | ?strapping - OT Tues
        [[name:Chiamaka Eze]] | {{low mood}}, {{PHQ-9}} 18 | referred {{Talking Therapies}}, Mon review
        LEARNING: ward TTOs for {{DOACs}} should be 14 days minimum - [[name:Priya]] raising with the ward pharmacist.
    """)),
    ("health", "near_miss", prose("""
        nm - hoist sling. went to see [[name:ron pickersgill]] ([[age:83]]) this am w
        [[name:dom]] for first use of new {{mobile hoist}}. the equipment store
        ([[organisation:Calder Community Equipment]]) had delivered a {{medium sling}}, assessment
        said large + {{padded legs}} due to his {{spasticity}}. [[name:dom]] noticed when laying it
        out - label said M. didnt hoist, used {{stand aid}} w 2 instead which was ok today. rang
        the store, large coming tmrw. nobody at fault really, order form had size in the notes box
        not the size field. on {{datix}} [[case_reference:W120388]] as near miss. lesson: CHECK
        SLING LABEL + {{SWL}} every time b4 use even if new. also [[name:ron]]'s {{wife}} said shed
        nearly tried it herself w the {{carers}} last nite 😬 - told her pls dont til we've done it
        together.
    """)),
    ("health", "success", block("""
        ESD / CNRT interface MDT - minutes
        Date: [[date:6 June 2024]], 13:00, Teams
        Attendees: [[name:Priya Raman]] (team lead), Dr [[name:Ifeoma Okafor]] ({{stroke consultant}}, [[organisation:Kelderton General Hospital]]), [[name:Claire Fenwick]] ({{physio}}), [[name:Bogdan Lis]] ({{OT}}), [[name:Nia Hughes-Pryce]] (SLT), [[name:Jas Kaur-Dhillon]] (RA), [[name:Hamish McAllister]] ({{discharge coordinator}}, [[organisation:Ward 32]])
        1. What went well: [[name:Yusuf Farah]] ([[age:52]]) discharged day 6 to {{ESD}}. Referral via {{SystmOne}} task same day, first visit within 24h (target 72h). Home access visit done jointly by ward OT and ours.
        2. Why: [[name:Hamish]] sends the {{discharge summary}} and {{SSNAP}} data as one pack; daily 9.15 {{board round}} call.
        3. [[name:Yusuf]] now back at work part-time, {{phased return}} agreed, {{DVLA}} notified re his bus licence.
        Actions: keep the 9.15 call; [[name:Priya]] to share at the stroke network; [[name:Ifeoma]] to present at grand round.
    """)),
    ("health", "incident", block("""
        Debrief notes - delayed ESD referral
        Present: [[name:Priya R]], [[name:Claire F]], admin lead [[name:Lorraine]], {{patient experience}} rep
        Patient: [[name:Stanislav Horvat]], [[age:66]], NHS [[nhs_number:626 570 8597]]
        What happened: discharged from {{HASU}} on [[date:11/06/24]] with an {{ESD}} referral that the ward sent to our old generic inbox ([[email:lowfield.cnrt@pvch.nhs.uk]]), decommissioned in {{March}}. The auto-forward went nowhere. We didn't know he existed until his {{daughter}} rang {{PALS}} on [[date:2 July]]. Three weeks with no rehab; he has had a fall (no injury) and lost confidence on the stairs.
        Why: old address still on the ward's {{discharge checklist}}.
        Actions: [[name:Lorraine]] to set a bounce-back on the old inbox; new address [[email:pvch.lowfieldneurorehab@nhs.net]] sent to all referrers; [[name:Claire]] seeing him tomorrow; apology under {{Duty of Candour}} - [[name:Priya]]. Datix [[case_reference:W121007]].
    """)),
    ("health", "success", block("""
        [[date:26/08/2024]], 17:58 - [[name:Rachel Okoro]]: {{bank hol}} done 🙌 14 visits between 3 of us, everyone seen
        [[date:26/08/2024]], 17:59 - [[name:Rachel Okoro]]: huge thanks to [[name:Marek]] for swapping so we had 2 for [[name:Stan]]'s {{hoist}} transfer
        [[date:26/08/2024]], 18:01 - [[name:Marek Zieliński]]: no worries. [[name:Sunny]]'s idea to front-load the {{double-up}} visits in the morning was genius, no rushing
        [[date:26/08/2024]], 18:02 - [[name:Sunny]]: 😂 stole it from the {{district nurses}}
        [[date:26/08/2024]], 18:05 - [[name:Rachel Okoro]]: also the {{pharmacist}} at [[organisation:Lowfield Pharmacy]] sorted [[name:Beryl]]'s {{baclofen}} in 20 mins, sending them a card
        [[date:26/08/2024]], 18:10 - [[name:Priya Raman]]: you lot are ace. please add double-ups-first to the {{bank holiday plan}} template 💜
    """)),
    ("health", "incident", prose("""
        {{Information governance}} incident. On [[date:3 September 2024]] a clinic letter about
        [[name:Olumide Bankole]] (NHS [[nhs_number:599 530 4461]]) summarising his
        {{botulinum toxin}} injections for {{upper limb spasticity}} and his {{depression}} was
        posted to [[address:12 Kestrel Way, Brackenfield]] [[postcode:BD14 6TQ]], where he lived
        until {{May}}. The new occupant opened it and rang us. His current address
        ([[address:Flat 4, 88 Priory Road, Lowfield]] [[postcode:WF9 3LA]]) was on
        {{SystmOne}}, but our letter template merges from {{PDS}}, which the GP had not updated.
        We have recovered the letter, apologised to [[name:Olumide]] by phone and informed the
        {{Caldicott Guardian}}. Not reportable to the {{ICO}} after {{DSPT}} scoring. Learning:
        admin now check the address against the latest contact note before posting, and we have
        asked [[organisation:Moorside Medical Centre]] to update PDS. Datix
        [[case_reference:W122580]].
    """)),
    ("health", "near_miss", block("""
        From: [[name:Lorraine Pickles]] ([[email:lorraine.pickles@nhs.net]])
        Sent: [[date:Thu 10/10/2024]] 09:14
        To: CNRT all
        Subject: Near miss - key safe code

        Morning all,
        Yesterday I went to text the {{key safe}} code for [[name:Edna Sowerby]]'s house to [[name:Dom]] and my phone autofilled a different contact - the {{son}} of a patient we discharged last year, [[phone:07700 900158]]. I noticed before pressing send because the picture was wrong. If it had gone, a stranger would have had the code to the house of a frail lady who lives alone.
        Please:
        - never text key safe codes - they are on {{SystmOne}} under {{Alerts}}
        - if you must share one, phone and say it
        I've asked {{IT}} whether autofill can be turned off on {{work mobiles}}. Sorry [[name:Dom]], you'll have to log in!
        Thanks
        [[name:Lorraine]]
        {{Admin Lead}}, [[organisation:Lowfield Community Neuro Rehab Team]] | [[phone:01632 961044]]
    """)),
    ("health", "success", prose("""
        Reflection for my {{CPD}} portfolio - [[name:Ellie Thornton-Shaw]], 2nd year
        {{physiotherapy}} student, {{placement}} with the community neuro team. On
        [[date:15 October 2024]] my educator [[name:Claire]] and I visited
        [[name:Harold Pemberton]], [[age:88]]. He seemed more confused than on {{Monday}} and his
        {{wife}} said he'd been "off" since the night before. I remembered from uni to do a full
        set of {{obs}}: RR 26, sats 91%, temp 38.6, HR 118, BP 94/58 - {{NEWS2}} of 9.
        [[name:Claire]] let me lead the call to {{999}} using {{SBAR}}. He was taken to {{ED}} and
        treated for {{urosepsis}}, came home after a week and we restarted rehab. What I learned:
        new confusion can be {{sepsis}}, not "just the stroke", and I should trust what I notice
        even as a student. Educator comment: [[name:Ellie]] was calm and clear on the phone and
        her handover was better than many qualified staff. - [[name:C. Fenwick]]
    """)),
    ("health", "success", block("""
        Transcribed from a card left at {{reception}}, [[organisation:Lowfield Health Centre]], [[date:20/12/2024]]:

        "To [[name:Bogdan]], [[name:Tendai]], [[name:Jas]] and the girl with the nice laugh ([[name:Sunny]]?)
        When I came out of {{hospital}} in {{August}} I couldn't lift a kettle. Last week I dug my own leeks at the {{allotment}} on [[address:Beck Lane]] and gave half to the {{neighbours}}. You never once made me feel like an old woman who'd had a {{stroke}}. The {{exercise sheet}} is on my fridge forever. Merry {{Christmas}}.
        Love, [[name:Dot Greenwood]] ([[age:84]]!)"

        Team note: [[name:Dot]]'s goals at {{initial assessment}} were "kettle" and "leeks". Both met.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        OCCURRENCE REPORT - [[organisation:Northwind Aviation Fuels]], [[organisation:Calderfield Airport]]
        Ref: [[case_reference:NAF-OR-24-031]]   MOR: [[case_reference:2024/07715]]
        Date: [[date:17/03/2024]] 06:42   Stand: 12
        Aircraft: A320, [[aircraft_registration:G-UZMK]], [[flight_number:EZY417]]
        Vehicle: {{hydrant dispenser}} HD04
        Operator: [[name:Lee Crossland]]
        Summary: After fuelling, the operator moved the dispenser approx 1.5 m with the {{hydrant coupler}} still connected to the {{pit valve}}. The {{intake hose}} parted at the {{dry break}}; approx 15 L {{Jet A-1}} spilled. {{Emergency stop}} pressed, {{RFFS}} attended, spill contained with the {{spill kit}}. No injury, no aircraft damage, flight delayed 48 min.
        Finding: the {{brake interlock}} on HD04 had been reported "intermittent" twice in {{February}} but the vehicle was not taken out of service. Operator had 3 hrs sleep after a shift swap.
        Actions: HD04 VOR; all interlocks function-tested; {{fatigue}} reporting reminder. No blame on the operator.
        Reported by: [[name:Gillian Sutcliffe]], {{Duty Fuel Supervisor}}
    """)),
    ("aviation", "near_miss", block("""
        Extract, Calderfield {{GMC}} ({{Ground}}) 121.850, [[date:22/04/2024]] - transcript prepared for {{occurrence investigation}}
        21:14:05 [[flight_number:RYR4JQ]]: Ground, [[flight_number:Ryanair four juliet quebec]], vacated via Bravo, request taxi stand 21.
        21:14:12 GND: [[flight_number:Ryanair four juliet quebec]], taxi via Bravo, Alpha, stand 21.
        21:14:40 Tug 7: Ground, Tug seven, request cross Alpha to stand 19 with the ground power.
        21:14:46 GND: Tug seven, hold short of Alpha, traffic a Ryanair {{737}} taxiing left to right.
        21:14:58 GND: Tug seven, STOP, STOP. Confirm holding short?
        21:15:02 Tug 7: ...sorry Ground, stopped, stopped, past the line.
        21:15:10 GND: [[flight_number:Ryanair four juliet quebec]], hold position.
        Summary: the {{GPU}} tow driver ([[name:Kieran Shaw]], [[organisation:SwiftTurn Handling]]) heard "hold short" as "cross". Tug stopped about 40 m from the aircraft. {{MOR}} filed. Learning shared with all {{airside drivers}}: if in doubt ask for a repeat, and the {{readback}} must be in full.
    """)),
    ("aviation", "success", prose("""
        Shout-out 👏 to [[name:Amrit Sandhu]] on {{fuel farm}} nights. During the
        {{daily sump drain}} on Tank 3 on [[date:8 May]] he got a hazy sample with free water
        that failed the {{clear and bright}} check. Rather than re-drain and move on,
        [[name:Amrit]] took the tank out of service, quarantined it and called the on-call
        {{QC}} inspector ([[name:Ben Ashworth]]) at 03:30. The {{water detector}} capsule confirmed
        free water. A seal on the {{floating roof}} had failed after the storm. Tank 3 went back in
        service after draining, a {{microbial test}} and {{recertification}} four days later. No
        aircraft got wet fuel. This is exactly what {{JIG}} standards and our
        {{quality control}} checks are for. Thanks [[name:Amrit]] - [[name:Gillian]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Rob Kettlewell]] <[[email:r.kettlewell@calderfieldairport.co.uk]]>
        To: Ops Safety; [[email:duty.manager@swiftturn-handling.com]]
        Date: [[date:Sat 1 Jun 2024]] 14:20
        Subject: FEGP cable damage stand 8 - [[aircraft_registration:G-JZBK]]

        All,
        At 11:05 a {{baggage tug}} ran over the {{400Hz}} {{FEGP}} cable on stand 8 while it was connected to [[aircraft_registration:G-JZBK]] ([[flight_number:LS1845]]). The sheath split and the {{ramp agent}} saw sparking at the {{aircraft socket}}. He hit the {{E-stop}} straight away. No injury; engineers inspected the socket, no damage, aircraft dispatched on {{APU}} 35 min late.
        The cable was across the tug route because the {{cable retriever}} on stand 8 has been broken since [[date:20 May]] (our job [[case_reference:AE-WO-55812]]).
        Ask: [[organisation:SwiftTurn]] to brief drivers; we'll fit a temporary {{cable protector}} tonight and chase the retriever part.
        [[name:Rob Kettlewell]]
        {{Airfield Engineering}} Supervisor, [[organisation:Calderfield Airport]]
        [[phone:+44 1632 960731]]
    """)),
    ("aviation", "near_miss", prose("""
        nm fuel order. [[flight_number:TOM6RK]] stand 3 at 0530, 737-800
        [[aircraft_registration:G-FDZT]]. {{captain}} gave the {{fuel order}} as "add 4200" - i
        heard litres, he meant kg (about 5200L). dispensed 4200L and handed him the
        {{fuel docket}}, he looked at the {{density}} + uplift and queried it, didnt match his
        {{FOB}}. topped up another 1050L, 12 min delay. nobody hurt but if hed not checked theyd
        have gone with 800kg less than planned. not the first time - orders over the {{headset}}
        are rubbish with the {{APU}} running. suggest written order or {{ACARS}} every time + read
        back the units. [[name:dean w]]
    """)),
    ("aviation", "incident", block("""
        Chronology - hydrant pit leak, stand 15, [[date:Thursday 11 July 2024]]
        07:48 Dispenser operator [[name:Sadia Rashid]] connects {{coupler}} to {{pit valve}} for [[flight_number:BA1389]] ([[aircraft_registration:G-EUYX]]). Notices fuel weeping round the {{pit lid}}.
        07:49 Stops, does not open valve, presses the {{ESB}} on the stand. Radios {{fuel control}}.
        07:52 {{Airport Fire Service}} and {{Airside Operations}} attend; stand 15 closed. Approx 30 L on apron, contained with {{absorbent}} and drain covers.
        08:20 Aircraft towed to stand 17 and refuelled by {{bowser}}.
        09:10 Hydrant section isolated by the farm; pit valve {{flange gasket}} found failed.
        11:30 Gasket replaced, {{pressure test}} witnessed by [[name:Ben Ashworth]] ({{QC}}).
        Impact: 3 delays, stand closed 3h40. Nothing reached the {{interceptor}}.
        Learning: the gasket was 2 years past its planned replacement in the {{PPM}} plan; audit of all 46 pits underway. [[name:Sadia]]'s quick stop prevented a much bigger release.
        Ref [[case_reference:NAF-OR-24-058]]
    """)),
    ("aviation", "success", block("""
        Debrief - hose burst, stand 5, [[date:02/08/24]]
        Attendees: [[name:Tony Ferreira]] (operator), [[name:Jo-Ann Blackwood]] (supervisor), [[name:Amrit Sandhu]], [[name:Malik]] (AFS watch manager), [[name:K. O'Hara]] ({{Safety Manager}}, [[phone:+44 (0)7700 900512]])
        What happened: 14:03, fuelling [[aircraft_registration:EI-FZR]] ([[flight_number:EIN3ZK]]) with {{passengers on board}}. The {{delivery hose}} split near the {{underwing nozzle}}. [[name:Tony]] released the {{deadman}} and hit the {{ESB}} within 2 seconds; about 5 L sprayed on the apron.
        What went well: [[name:Tony]]'s reaction; {{cabin crew}} had doors and stairs ready as per the procedure; AFS on stand in 3 minutes; clean-up done in 25 minutes.
        Why: hose was inside its life but had been kinked under the deck.
        Actions: daily hose check to include the full length under the deck. [[name:Jo-Ann]] to share the footage at the {{toolbox talk}}.
    """)),
    ("aviation", "near_miss", block("""
        [[name:Ola Adebayo]] 10:31
        near miss stand 22 just now. {{pushback}} started on [[flight_number:EXS53KN]] with our {{GPU}} still plugged in. [[name:Craig]] on {{headset}} saw the cable go tight and shouted stop
        [[name:Ola Adebayo]] 10:31
        tug stopped within about 30cm, cable ok, plug ok
        [[name:Steph Ramsden]] 10:34
        how? GPU disconnect is on the {{dispatcher}}'s {{walkround}} list
        [[name:Ola Adebayo]] 10:36
        dispatcher did the walkround at 10:22 and GPU was off. then {{the captain}} asked for ground power back as the {{APU}} wouldn't start, [[name:Dom]] reconnected and nobody told the dispatcher
        [[name:Steph Ramsden]] 10:40
        ok so the check was right at the time. proper trap. can you {{MOR}} it + tell the airline. @[[name:Dom]] thanks for being honest. let's add "any reconnection = fresh walkround" to the briefing
        [[name:Dom Kowalski]] 10:52
        👍 sorry all
    """)),
    ("aviation", "incident", block("""
        ACCIDENT / INJURY REPORT ({{RIDDOR}} screening)
        Ref: [[case_reference:CFA-HS-24-0219]]
        Injured person: [[name:Nkechi Obi]]
        NI No: [[ni_number:JT 48 27 19 C]]
        Home address: [[address:29 Foundry Street, Calderfield]] [[postcode:HX2 7NW]]
        Tel: [[phone:07700 900847]]
        Date/time: [[date:14/08/2024]], 04:50
        Location: {{fuel farm}}, {{filter house}} 2
        Description: While changing {{filter elements}} in the {{filter water separator}}, [[name:Nkechi]] lifted the vessel lid (approx 28 kg) on her own because the {{davit arm}} was tagged out. Felt sharp pain in lower back.
        Treatment: seen by {{occupational health}}, then GP; off work 9 days, so RIDDOR reportable (over 7 days). Reported by [[name:K. O'Hara]] on [[date:26/08/2024]].
        Root cause: the task was not postponed when the lifting aid was unavailable; the {{permit to work}} didn't require it.
        Action: no lid lifts without the davit. {{Stop the job}} rule made explicit to all shifts.
    """)),
    ("aviation", "success", block("""
        From: [[name:Gillian Sutcliffe]]
        To: Fuel Farm team
        Date: [[date:Tue 7 Jan 2025]]
        Subject: Thank you - Sunday night

        Team,
        Huge thanks for {{Sunday}} night. With the A-road shut by snow and stocks at 1.6 days, [[name:Amrit]], [[name:Wojtek]] and [[name:Charlene]] received, sampled and discharged three {{road tankers}} ([[vehicle_registration:PN70 XKH]], [[vehicle_registration:PN70 XKJ]] and [[vehicle_registration:YT19 DFA]]) between 01:00 and 06:30, with every {{receipt check}} and {{conductivity}} test done properly at -6°C. [[name:Charlene]] even gritted the {{bund}} walkway. The first wave ([[flight_number:EZY401]] and on) left on time and we didn't need a fuel shortage {{NOTAM}}.
        Also thanks to [[name:Piotr]], the driver from [[organisation:Harrowby Haulage]] ([[phone:+48 601 555 214]]), who waited an extra hour for the gate escort without complaint.
        [[name:Gill]]

        [[name:Gillian Sutcliffe]] | {{Fuel Farm Manager}} | [[organisation:Northwind Aviation Fuels]] | [[phone:07700 900290]] | [[email:gillian.sutcliffe@northwindfuels.co.uk]]
    """)),
    ("aviation", "near_miss", block("""
        FUELLING SHIFT HANDOVER - nights to earlies, [[date:19/09/2024]]
        Dispensers: HD01 OK | HD02 OK | HD03 U/S (see below) | HD05 OK | Bowser B2 OK
        HD03: {{differential pressure}} on the {{filter monitor}} went 0.4 to 1.1 bar over 3 fuellings tonight (last: [[flight_number:WZZ5572]] at 03:40, [[aircraft_registration:HA-LVQ]]). Limit is 1.5 but the jump is too fast - parked it, tagged {{out of service}}, {{sample}} from the {{filter sump}}: clear, no water, some fine particulate. Told {{QC}} ([[name:Ben]]).
        NEAR MISS: [[name:Callum]] (days) was about to take HD03 for the 06:05 wave because it was at the front of the line and the tag had blown off. [[name:Yaw]] caught him at the gate. Tag re-fixed with a cable tie + keys moved to the office.
        Watch: check {{hydrant}} section 4 - if the particulate is from the system, other units will show it.
        Handed over by: [[name:R. Bhattacharya]]   Taken by: [[name:Callum Reid]]
    """)),
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-OBNX]]   Sector: [[flight_number:TOM2215]]   Page: [[case_reference:TLP 0048817]]
        Date: [[date:29 OCT 24]]
        DEFECT: ground equipment contact, LH wing leading edge {{slat}} 3, by {{hydrant dispenser}} {{lift platform}}. Dent approx 40 x 15 mm.
        ACTION: {{damage assessment}} IAW {{SRM}} - outside limits. A/C {{AOG}} pending repair. Eng: [[name:P. Nowicki]]

        Fuel company note: operator [[name:Darren Lockwood]] raised the platform to reach the {{fuelling point}} on a new dispenser with a higher deck and no {{proximity sensor}}, at night in rain. The {{height limiter}} had not been set for this aircraft type. [[name:Darren]] reported it straight away - no attempt to hide it - which is why the damage was found before flight. Just culture review: no blame; training gap on the new vehicle. AOG 19 hours, two cancellations.
    """)),
    ("aviation", "success", block("""
        [[organisation:Calderfield Airport]] - Quarterly Fuel & Ground Power Safety Meeting
        [[date:12 November 2024]], Ops Building, room 2.04
        Present: [[name:K. O'Hara]] (chair), [[name:Gillian Sutcliffe]], [[name:Rob Kettlewell]], [[name:Steph Ramsden]] ([[organisation:SwiftTurn]]), [[name:Ben Ashworth]] ({{QC}}), [[name:Wojtek Zając]], [[name:Fatima-Zahra Idrissi]] ({{RFFS}})
        Apologies: [[name:Sadia Rashid]]
        1. Good news: zero {{spills}} above 10 L this quarter (last quarter: 3). Credit to the pit {{PPM}} audit after the stand 15 leak and the new {{ESB}} signage.
        2. {{FEGP}} availability 98.7% (target 97) - cable retrievers all repaired; fewer {{APU}} runs and fewer noise complaints from [[organisation:Brackenfield Parish Council]].
        3. Reporting: 41 reports this quarter, 29 {{near misses}} - highest ever. Chair thanked teams: reports are how we find latent issues.
        4. AOB: {{CAA}} audit in {{January}}.
        Next meeting: [[date:11 February 2025]]
    """)),
    ("aviation", "near_miss", prose("""
        nm - bonding lead. [[date:3/12]] about 1910 stand 9, [[flight_number:LOG74B]]. new lad
        [[name:Ryan]] was about to connect the {{nozzle}} before the {{bonding lead}} was on the
        aircraft. i was doing his {{sign-off}} obs so stopped him. he said hed always done it on
        the other dispenser in training - the {{reel}} on HD05 is on the other side so he looked
        for it on the wrong side + forgot. no {{static}} issue this time but dry cold weather is
        exactly when you get a spark. told [[name:gill]] - suggest a bonding sticker on both sides
        of the deck + make it a call-out on the {{checklist}}. [[name:ryan]] was gutted, told him
        this is what sign-off is for. - [[name:Tony F]]
    """)),
    ("aviation", "incident", block("""
        [[date:14/12/2024]], 06:12 - [[name:Rob Kettlewell]]: {{FEGP}} stand 14 showing fault again. who reported it last night?
        [[date:14/12/2024]], 06:15 - [[name:Abdi Warsame]]: me. logged it on the {{fault app}} as stand 4 not 14 🤦 just seen
        [[date:14/12/2024]], 06:18 - [[name:Rob Kettlewell]]: so nights fixed a perfectly good unit on 4 and 14 sat broken. [[flight_number:BA1391]] had to run the {{APU}} for 50 mins on 14 = emissions + {{noise}}, and {{the captain}} wasn't happy as the APU had an {{MEL}} item
        [[date:14/12/2024]], 06:19 - [[name:Abdi Warsame]]: sorry
        [[date:14/12/2024]], 06:21 - [[name:Rob Kettlewell]]: not having a go, the app has stand as free text which is asking for it. I'll ask [[name:Lucy]] in {{IT}} for a dropdown
        [[date:14/12/2024]], 06:30 - [[name:Lucy Tan]]: can do by {{Weds}} 👍
        [[date:14/12/2024]], 06:32 - [[name:Rob Kettlewell]]: cheers. [[name:Abdi]] pls re-raise for 14 + I'll get [[name:Jermaine]] on it now
    """)),
    ("aviation", "success", prose("""
        Good catch. During the {{FOD walk}} on the morning of [[date:23 January 2025]],
        {{apprentice}} [[name:Tiegan Hartley-Jones]] ([[age:19]]) noticed that the
        {{hydrant pit}} lid on stand 11 was sitting about 5 mm proud and one {{hinge}} bolt was
        missing. She wasn't sure it mattered but radioed {{Airside Ops}} anyway. They coned off the
        pit and called fuel. [[name:Ben]] from {{QC}} found the lid {{latch}} cracked, probably by
        a heavy's tyre; if a {{777}} had caught it on the next turn it could have lifted the lid
        and damaged the {{pit valve}}. The pit was repaired by 14:00 and stand 11 reopened for
        [[flight_number:EK35]]. [[name:Tiegan]] got a {{Safety Star}} voucher, and her mentor
        [[name:Jermaine Campbell]] says she has "asked more questions in 3 months than the rest of
        us in 10 years". Keep asking, [[name:Tiegan]].
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind183", REPORTS))
