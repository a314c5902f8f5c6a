"""Held-out blind corpus 282: 50 hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well the de-identifier generalises. Every person, organisation, place and number is invented.

Three settings:
- social_care (17): a detached and outreach youth work service - youth workers on the streets and
  in parks, youth clubs, referrals into children's social care.
- health (17): a young people's eating disorders service - community team, day programme,
  NG feeding, meal support, families.
- aviation (16): an island airline flying small twin-engine aircraft between islands - pilots,
  island airstrip staff, passengers, freight, weather.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams/WhatsApp/Slack), handover notes, minutes with attendance and
apologies, pipe-separated and aligned tables, radio (RT) transcripts, shout-outs and thank-you
notes. `[[label:value]]` marks an identifier, `{{term}}` a mention that must not be redacted.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind282.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care (17)
    ("social_care", "incident", block("""
        [[date:sat 9th]] - out on {{detached}} w/ [[name:kez]] round [[address:bramley park]] approx {{21:40}}.
        grp of abt 8 yp by the {{skate ramp}}, one lad ([[name:tyler]] we think, [[age:14yo]]) v drunk,
        couldnt stand up. put him in {{recovery position}}, rang {{999}}, {{ambulance}} took 50 mins!!
        [[name:kez]] stayed w/ him, i kept rest of grp back + got names. {{mum}} ([[name:Shannon]]) came down
        eventually, v upset w/ us for not ringing her 1st - we didnt have her no. tbh.
        other yp said the vodka came from the offy on [[address:Carr Road]]. need to tell {{police}}
        + {{trading standards}}?? also NO {{first aid kit}} in the bag again, someone took it out
        after {{tuesday}}. not good enough. ref [[case_reference:DYW-24-0318]]
    """)),
    ("social_care", "near_miss", prose("""
        Near miss - delayed referral. On [[date:14 November 2024]] [[name:Precious Adeyemi-Clarke]]
        ({{Senior Youth Worker}}) completed a referral to {{MASH}} for a [[age:15-year-old]] girl
        (referred to here as [[name:B.K.]]) after a disclosure at [[organisation:Fennick Street Youth Club]]
        that her mother's partner had hit her. The referral was e-mailed to the old {{generic inbox}},
        which had been decommissioned in {{September}}; no bounce-back was received. The following
        {{Tuesday}} [[name:B.K.]] came to club and said nobody had been in touch. [[name:Precious]] rang the
        {{consultation line}} and found the referral had never arrived. It was resubmitted that
        afternoon and a {{strategy discussion}} held within 24 hours. No further harm is known.
        Learning: our {{referral flowchart}} still listed the old address. [[name:Gordon]] has updated it and
        the {{Children's Services}} front door number, [[phone:01632 960417]], is now printed on the
        back of every {{lanyard}} card.
    """)),
    ("social_care", "success", block("""
        [[[date:19/03/2024]], 22:51] [[name:Marta Kowalczyk]]: massive shout out to [[name:Hope]] tonight 🙌 stayed so calm with the lad at [[address:Moorgate bus station]], got him talking, got {{EDT}} out and he's safe at his {{nan}}'s
        [[[date:19/03/2024]], 22:53] [[name:Hope Mbeki]]: ah thanks [[name:Marta]] 😊 couldn't have done it without [[name:Dev]] tbh
        [[[date:19/03/2024]], 22:54] [[name:Dev]]: team effort. the {{duty social worker}} was brilliant too, Ms [[name:Osei]] from {{EDT}}, out within 40 mins
        [[[date:19/03/2024]], 22:55] [[name:Marta Kowalczyk]]: will put it in the {{learning log}} for {{Thursday}}. [[name:Hope]] can u do the {{case note}} before {{supervision}}?
        [[[date:19/03/2024]], 22:56] [[name:Hope Mbeki]]: yep, doing it now x
    """)),
    ("social_care", "incident", block("""
        Chronology - YP missing from {{Friday}} club trip, [[date:2 August 2024]]
        Ref: [[case_reference:YS/INC/0457]]
        17:30  Minibus [[vehicle_registration:YK19 HVP]] left [[organisation:Holloway Lane Youth Centre]], 11 yp + 2 staff
               ([[name:Sunny Bains]], [[name:Rhiannon Pugh]]) for {{bowling}} at [[organisation:Strikers Bowl]].
        19:05  Headcount on return to bus = 10. [[name:Kayden]] ([[age:13]]) not present.
        19:07  [[name:Sunny]] searched venue + {{toilets}}; [[name:Rhiannon]] kept group on bus.
        19:20  Rang [[name:Kayden]]'s {{mum}} on [[phone:07700 900382]] - no answer.
        19:32  Reported missing to {{police}} via {{101}}, log [[case_reference:PL-0208-1932]].
        19:58  [[name:Kayden]] found by a {{PCSO}} at the {{retail park}} {{drive-thru}}, said he "went for food".
        20:40  Handed to {{mum}} at the centre.
        Learning: no {{buddy system}} in place; headcount only done on the bus, not when leaving the
        lanes. {{Trip risk assessment}} to be updated by [[name:Sunny]] before next trip.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Joy Whitfield]] <[[email:joy.whitfield@harlowmere.gov.uk]]>
        To: {{Detached Team}}; [[name:Bill Ocampo]]
        Sent: [[date:06 February 2025]] 09:14
        Subject: near miss - work phone left at the rec

        Hi all,

        Last night ([[date:Weds 5th]]) I left the team {{mobile}} on the bench by the {{MUGA}} at
        [[address:Kiln Lane Rec]] when we packed up. Realised at the car about 15 mins later and went back -
        still there, locked, but it has the {{WhatsApp}} group with young people's first names and the
        {{CSE}} screening notes we'd photographed for [[name:Bill]]. Could easily have gone the other way.

        What helped: the phone has a PIN. What didn't: we're still photographing paper forms instead of
        using the {{secure app}}. Can we raise at {{team meeting}} and with {{IG}}? Logged as [[case_reference:NM-0091]].

        Thanks
        [[name:Joy]]

        [[name:Joy Whitfield]] | {{Youth Support Worker}} (Detached)
        [[organisation:Harlowmere Youth Service]]
        M: [[phone:07700 900614]]
    """)),
    ("social_care", "success", block("""
        Outreach & Detached Team Meeting - [[date:11/06/24]]
        Present: [[name:Faith Oyelaran]] (chair), [[name:Pat Gunn]], [[name:Lukas Brenner]], [[name:Aoife Ní Bhriain]], [[name:Rose]] ({{student}})
        Apologies: [[name:Will Tancred]], [[name:Mo]]

        1. Actions from last meeting - all done except {{DBS}} renewals ([[name:Pat]]).
        2. Good practice - [[name:Lukas]] shared his work with [[name:D.]] ([[age:16]]), met on {{detached}} at the
           [[address:Sandfield flats]] since {{March}}. Out of education since {{Year 10}}. [[name:Lukas]] went with him and
           his {{nan}} to the [[organisation:Harlowmere College]] open day, helped with the {{bursary}} form and
           linked him with the {{SENCO}}. [[name:D.]] started a {{Level 1}} motor vehicle course last week and told
           [[name:Lukas]] "no one's ever come with me before".
           [[name:Faith]]: exactly the {{relational practice}} we keep talking about - please write up for the
           {{quality assurance}} panel.
        3. AOB - [[name:Rose]] finishes placement on [[date:28 June]]; leaving do TBC.
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM - [[organisation:Harlowmere Youth Service]]
        Ref: [[case_reference:IR-2024-1183]]
        Date of incident: [[date:17/10/2024]]    Time: 20:15
        Location: [[organisation:The Hub @ Northfield]], {{sports hall}}
        Young person: [[name:Amber-Leigh Crossley]]    DOB: [[date_of_birth:22/09/2009]]
        Address: [[address:14 Tanner's Row, Northfield]]    Postcode: [[postcode:HM4 7QT]]
        Reported by: [[name:Kwabena Osei]], {{Youth Worker}}
        Type: {{Injury}} / {{Safeguarding}}

        Description: [[name:Amber-Leigh]] collided with another player during {{5-a-side}} and hit her head on
        the wall. Brief {{loss of consciousness}} (approx 10 sec). {{First aider}} ([[name:Kwabena]]) attended,
        {{head injury}} advice given. Tried to ring parent - both numbers on the {{consent form}} were dead.
        [[name:Amber-Leigh]] walked home with a friend before we reached anyone, which should not have happened
        after a head injury. {{Mum}} called back at 21:30 and took her to {{A&E}}; discharged same night.

        Actions: all {{consent forms}} to be re-checked each {{September}}; {{head injury}} = no one leaves
        without an adult.
    """)),
    ("social_care", "near_miss", block("""
        [[organisation:Harlowmere Youth Service]] - Teams - {{Detached North}} channel

        [[name:Gianluca Ferri]]  21:48
        quick one - [[name:Tia]] ([[age:15]]) is at the bus stop on [[address:Ridgeway Road]], last bus gone, she's asking me to drop her home. I'm on my own with my car. ok to do it??

        [[name:Hope Lindqvist]]  21:50
        NO - {{lone working policy}}, no yp in personal cars, esp not on your own. is she safe where she is?

        [[name:Gianluca Ferri]]  21:51
        yeah well lit, she's with me. i was literally about to say yes tbh

        [[name:Hope Lindqvist]]  21:52
        ring her {{mum}} first, if no joy ring {{EDT}} or use the {{taxi account}} - code's on the back of the {{ID badge}}. I'll call you in 5.

        [[name:Gianluca Ferri]]  22:20
        sorted, {{mum}} came for her. logging as near miss [[case_reference:NM-0097]]. think new starters need this in {{induction}} - nobody told me
    """)),
    ("social_care", "success", block("""
        To [[name:Grace]], [[name:Sami]] and everyone at the {{Friday}} night club,

        I just wanted to say thank you. When [[name:Kian]] started coming to [[organisation:St Bede's Youth Club]] last
        winter he wasn't talking to anyone at home, wasn't going to school and was having {{panic attacks}} most
        nights. We were on the {{CAMHS}} waiting list and his {{social worker}} had just changed again.

        [[name:Grace]] never pushed him. She let him just sit at the {{tuck shop}} and help, and when he was ready
        she helped him tell me what was going on. [[name:Sami]] came with us to the {{early help}} meeting and
        actually explained things so I understood them.

        [[name:Kian]] is back in school four days a week and has just started his {{GCSEs}}. He still talks about
        "[[name:Grace]]'s rules" for pool.

        You don't get thanked enough. With love,
        [[name:Dawn]] ([[name:Kian]]'s {{mum}}) x
    """)),
    ("social_care", "incident", block("""
        HANDOVER - {{detached}} south - [[date:Thu 23 Jan]]
        From: [[name:Ionuț Popescu]]   To: [[name:Summer Ashby]] + late shift

        - [[address:Marlpit estate]] quiet, 4-5 yp at the garages, usual faces.
        - [[name:J.T.]] and [[name:Rocco]]: NB {{PCSO}} told me at 16:00 that [[name:Rocco]] may be carrying a blade
          (photo on {{Snapchat}}). I meant to put this at the top of handover and didn't.
        - [[name:Summer]]'s team approached [[name:Rocco]] at 19:30 not knowing. He showed them a {{kitchen knife}} in
          his waistband, said it was "for protection". Staff withdrew, rang {{999}}.
        - {{Police}} attended 19:50, [[name:Rocco]] arrested. Incident no. [[case_reference:HYS-1409]]. {{DSL}} informed.
        - No one hurt. [[name:Summer]] and [[name:Femi]] shaken - debrief done with [[name:Ionuț]] + {{manager}}.

        Learning (mine): {{weapons}} info goes verbally AND written, first line of handover, every time.
        {{Contextual safeguarding}} referral for the garages to go in tomorrow.
    """)),
    ("social_care", "near_miss", prose("""
        nm - nearly sent {{CSC}} referral for the wrong yp. 2 x [[name:Harvey]] in the thurs grp at
        [[address:Brookside Park]] - [[name:Harvey Doyle]] ([[age:12]]) + [[name:Harvey Dunn]] ([[age:14]]). DOB on the form
        auto-filled from {{CRM}} when i typed "[[name:harvey d]]" & i picked the wrong one. [[name:abdi]] spotted it when
        checkin b4 it went to {{MASH}} - DOB said [[date_of_birth:03/05/2010]] but our lad is {{yr 7}}. fixed & sent
        at 17:10. if it had gone the wrong family gets a {{s47}} knock on the door. pls can {{CRM}}
        show photo/addr in the picker?? also {{Monday}} {{drop-in}} has same issue w/ 2 x [[name:Leah]]. - [[name:ss]]
    """)),
    ("social_care", "success", prose("""
        Learning summary - {{contextual safeguarding}}. Over three sessions in [[date:April 2024]] {{detached}}
        workers [[name:Yusuf Al-Amin]] and [[name:Nadia Mroczek]] noticed a change in a group of younger boys
        ([[age:aged 12-14]]) gathering at the {{underpass}} off [[address:Caldmore Road]]: new phones, designer
        clothes, and an older male in a grey {{Audi}} ([[vehicle_registration:KP68 WZC]]) who dropped them off and
        collected them. Rather than move the group on, the workers kept a regular, friendly presence, recorded
        what they saw on the {{mapping tool}} and shared it with the {{Exploitation Hub}} and {{police}} using the
        {{partnership information form}}. One boy, [[name:Lamar]], later told [[name:Yusuf]] he had been asked to
        "hold" a package. A {{strategy meeting}} followed, an {{NRM}} referral was made and the car was stopped
        on [[date:3 May]]. What worked: the same two workers every week, good contemporaneous notes, and
        [[name:Nadia]]'s note of the registration, which the {{police}} said was the piece they did not have.
    """)),
    ("social_care", "incident", block("""
        Session log - [[organisation:Northfield Youth Club]] - [[date:Tues 4th March]]
        Staff: [[name:Grace Ikemefuna]] (lead), [[name:Tomasz]], [[name:Ffion]]    YP: 28

        Time  | Who                       | What happened                              | Action
        19:10 | [[name:Leon]] ([[age:15]]), [[name:Bradley]] ([[age:16]]) | argument at the {{pool table}} over a {{vape}}   | separated, [[name:Grace]] spoke to both
        19:40 | [[name:Leon]], [[name:Bradley]]              | [[name:Bradley]] punched [[name:Leon]], cut lip            | {{first aid}} ([[name:Tomasz]]), club closed early
        19:45 | [[name:Leon]]                      | {{mum}} collected, advised {{A&E}} - declined    | {{body map}} done
        20:05 | -                         | {{police}}? {{mum}} did not want them called  | discussed with {{DSL}} next day

        Outcome: [[name:Bradley]] suspended 2 wks, restorative meeting booked. Ref [[case_reference:NYC-IR-0214]].
        Learning: {{vape}} confiscation policy unclear; ratio 3:28 too low for a {{Tuesday}}; [[name:Ffion]] to
        chase {{bank staff}}.
    """)),
    ("social_care", "near_miss", block("""
        Subject: RE: near miss - tracker nearly sent to wrong [[name:Sam]]
        From: [[name:Sunita Rao-Whelan]]
        To: {{IG Team}}
        Cc: [[name:Mark Fenwick]]

        Hi,

        As discussed. On [[date:12 September]] I was sending the monthly {{Early Help}} tracker (names, DOBs and
        addresses of 23 young people) to [[name:Sam Oduya]] at [[organisation:Brackenfield Academy]]. {{Outlook}}
        autocompleted "[[name:sam]]" to [[email:sam.oduya77@gmail.com]], a personal address, not the school's. I only
        noticed because of the {{External}} warning banner. Correct address is [[email:s.oduya@brackenfield.sch.uk]].
        Nothing was sent.

        [[name:Mark]] has suggested we clear the autocomplete cache for the team and send trackers via {{Egress}}
        only. I'd also like {{password protection}} on the spreadsheet as standard.

        Kind regards,
        [[name:Sunita]]
        {{Targeted Youth Support}} Coordinator | [[phone:01632 960288]]
    """)),
    ("social_care", "incident", block("""
        [[[date:27/07/2024]], 20:03] [[name:Dawn Reilly]]: guy at the park kicking off at us, saying we're "grooming" his son. he's filming us. moving to the {{car park}}
        [[[date:27/07/2024]], 20:04] [[name:Elif Demir]]: ok stay together, ring me if it escalates. what's he driving?
        [[[date:27/07/2024]], 20:06] [[name:Dawn Reilly]]: black {{Transit}} [[vehicle_registration:LD21 XRT]]. he's calling me [[name:Dawn]], must have read my {{lanyard}} 😬
        [[[date:27/07/2024]], 20:11] [[name:Dawn Reilly]]: he just drove at [[name:Wei]] in the {{car park}}, missed him but close. rung {{999}}
        [[[date:27/07/2024]], 20:40] [[name:Elif Demir]]: {{police}} log is [[case_reference:0411-27072024]]. both of you home now pls, {{debrief}} 9am. [[name:Wei]] r u ok?
        [[[date:27/07/2024]], 20:42] [[name:Wei Zhang]]: shaken but ok. lanyards need to be turned round on {{detached}}, first names only
        [[[date:27/07/2024]], 20:43] [[name:Elif Demir]]: agreed, I'll take it to {{SMT}} + do the {{incident form}}
    """)),
    ("social_care", "success", block("""
        SHOUT OUT 🌟 from the {{Early Help}} {{front door}}

        Huge thanks to [[name:Mark Abubakar]] and [[name:Cherry]] from the outreach team. On a cold night in
        {{January}} they noticed a little one, about [[age:7]], hanging around with the older lads at the
        {{rec}} at 10pm in a t-shirt. Rather than just walking her home they found out who she was (younger sister
        of one of the regulars), got her inside, and made a {{MASH}} referral that same night with really clear
        detail - what she was wearing, what she said about "no tea again".

        That referral led to a {{Child and Family Assessment}}, the family are now on a {{Child in Need}} plan, the
        {{foodbank}} is involved and [[name:Mark]] is still seeing big brother [[name:Reece]] every week.

        This is what good looks like.
        [[name:Gill]] - {{Team Manager}}, [[organisation:Harlowmere Children's Services]]
    """)),
    ("social_care", "near_miss", block("""
        Residential planning check-in - [[date:Mon 14/07]]
        Attendees: [[name:Harpreet Sandhu]], [[name:Ollie]], [[name:Nguyen Thi Lan]]
        Apologies: [[name:Rich]]

        Kit check for [[organisation:Ravensike Outdoor Centre]] (3 nights, 12 yp):
        - Meds bag: [[name:Lan]] found [[name:Ellis]]' ([[age:13]]) {{auto-injector}} was NOT in it, although the
          {{consent form}} says severe {{nut allergy}}. {{Mum}} had handed it to [[name:Ollie]] at club on
          [[date:Thursday 10th]]; it went in the office drawer, not the meds bag. Found 2 days before departure.
        - 3 consent forms missing {{GP}} details; [[name:Harpreet]] to chase.
        - Centre told about allergy? Not yet - [[name:Lan]] to ring them today.

        Actions: named {{meds lead}} for every trip ([[name:Lan]] this time), all meds logged on receipt and
        signed into the bag, no meds left in drawers. {{Risk assessment}} v2 to [[name:Rich]] for sign-off.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Incident [[case_reference:DATIX-118832]] - {{NG}} feed rate error. A [[age:14-year-old]] was admitted to
        [[organisation:Ashby Ward]] at [[organisation:Hollinsbrook General Hospital]] under joint care of the {{paediatric team}}
        and [[organisation:Calder Vale Eating Disorders Service]] for {{medical stabilisation}}. Overnight on
        [[date:8 January]] the {{NG}} feed ran at 100 ml/hr instead of the prescribed 50 ml/hr for about five hours,
        because the {{pump}} was programmed from a superseded {{feed plan}} left in the bedside folder. The error
        was found at the 06:00 check by {{staff nurse}} [[name:Beatriz Monteiro]]. {{Refeeding}} bloods at 08:00
        showed {{phosphate}} 0.68 mmol/L; {{IV}} replacement was given and {{cardiac monitoring}} started, with no
        lasting harm. The young person, [[name:Ellie]], told her {{key nurse}} she felt "tricked" by the extra feed.
        Her {{mum}} was told the same morning by Dr [[name:Hassan]] ({{registrar}}) under {{Duty of Candour}}.
        Actions: one current plan per bedside, old plans removed and shredded, and a {{two-person check}} of
        pump settings at every bag change.
    """)),
    ("health", "near_miss", prose("""
        nm: weighed both {{day programme}} girls called [[name:Maya]] back to back this am. put [[name:Maya O]]'s weight
        (41.2) into [[name:Maya K]]'s record on {{SystmOne}} by mistake - [[name:Maya K]] wld have looked like shed gained
        1.8kg in a wk and her {{meal plan}} was due to step down at {{MDT}} tmrw. [[name:bea]] noticed it didnt fit the
        {{centile}} trend before {{ward round}}. corrected + {{audit trail}} note added, no decisions made on it.
        suggest we always check {{NHS no}} + {{DOB}} on screen not just first name, and dont weigh 2 same-name
        pts consecutively. correct record for [[name:MO]] is [[nhs_number:439 849 9555]]. - [[name:Kemi]] ({{HCA}})
    """)),
    ("health", "success", block("""
        Dear [[name:Priya]], [[name:Tom]] and everyone in the {{day programme}} team,

        A year ago we didn't know how to sit at a table with our own daughter. [[name:Isla]] was [[age:13]], on the
        edge of needing an {{NG tube}}, and every meal ended in tears (ours as much as hers).

        [[name:Priya]], you taught us {{family-based treatment}} without ever making us feel we'd caused this.
        [[name:Tom]], your {{meal support}} sessions in our kitchen - with the timer, the "distraction box" and the
        terrible jokes - are the reason [[name:Isla]] ate her first full dinner at home. Thank you for teaching us to
        be "the calm in the storm".

        [[name:Isla]] is back at [[organisation:Kingsmead School]] full time, doing her {{GCSE}} options, and last
        {{Saturday}} she had pizza with friends. We never thought we'd see that.

        With love and enormous thanks,
        [[name:Grace]], [[name:Neil]] and [[name:Isla McAllister]]
    """)),
    ("health", "incident", block("""
        Timeline - missed {{refeeding}} bloods - [[case_reference:INC-2024-05512]]
        Pt: [[name:Oluwaseun Bakare]] ("[[name:Seun]]"), [[age:16]]   NHS no: [[nhs_number:754 208 0865]]

        Mon [[date:3/6]] 11:00  Admitted to {{paeds}} from [[organisation:Calder Vale EDS]] clinic. {{MEED}} high risk
                          ({{BMI}} 13.1, HR 42).
        Mon 14:30         Plan: {{U&Es}}, {{phosphate}}, {{magnesium}} daily x 5 days; {{thiamine}} started.
        Tue [[date:4/6]] 08:00  Bloods taken.
        Wed [[date:5/6]]        Bloods NOT taken - {{phlebotomist}} off sick, not handed over to {{FY1}}.
        Thu [[date:6/6]] 09:40  [[name:Seun]] c/o {{palpitations}} and {{dizziness}}. {{Phosphate}} 0.52, {{potassium}} 2.9.
        Thu 10:15         {{IV}} replacement, {{ECG}}, reviewed by {{HDU}} outreach.
        Fri [[date:7/6]]        Levels normalising. [[name:Seun]] and dad updated.

        Contributory: no named owner for daily bloods; {{e-obs}} did not flag a missed order.
        Reported by: Dr [[name:Anke Vos]], {{ST4}} {{CAMHS}}
    """)),
    ("health", "near_miss", block("""
        From: [[name:Rachel Oduro-Smith]] <[[email:rachel.oduro-smith1@nhs.net]]>
        To: [[name:Femi Adebayo]]
        Date: [[date:Thu 20 Feb 2025]] 16:52
        Subject: near miss in clinic today - {{blind weighing}}

        Hi [[name:Femi]],

        Flagging a near miss from {{clinic}} 3 this afternoon. Our {{student nurse}} was weighing [[name:Hope]] (the
        [[age:15yo]] on {{blind weights}}) and started to read the number out loud to me while [[name:Hope]] was still
        on the {{scales}} - she got as far as "forty..." before I stopped her. I don't think [[name:Hope]] heard, and
        she didn't mention it in {{session}}, but if she had it could have set back weeks of work.

        The student hadn't been told about blind weighing; it isn't in the {{placement induction}} pack. I've spoken
        to her kindly and she was mortified. Could we add a line to the induction and put a small "BW" sticker on the
        file cover?

        Thanks,
        [[name:Rachel]]
        {{Clinical Nurse Specialist}} | [[organisation:Calder Vale Eating Disorders Service]]
        [[phone:01632 960735]]
    """)),
    ("health", "success", block("""
        Teams - #cv-eds-community

        [[name:Lucy Tran]]  10:02
        massive thanks to [[organisation:Fairholme Surgery]] today 🙏 new referral, [[age:13yo]], dropped 9kg since {{Easter}}.
        their {{practice nurse}} [[name:Faith]] did a same-day {{ECG}}, {{lying and standing BP}} and {{bloods}} before we'd even triaged

        [[name:Jakub Wiśniewski]]  10:05
        wow. what did it show?

        [[name:Lucy Tran]]  10:07
        {{QTc}} 470, HR 39, {{postural drop}} 25. [[name:Faith]] rang {{paeds}} direct + got her admitted same day. Dr [[name:Lindgren]] there said it was exactly the right call

        [[name:Marguerite Ndlovu]]  10:11
        brilliant. could easily have sat in the {{routine}} pile for a week. [[name:Lucy]] can you send a thank you + put it in {{Learning from Excellence}}?

        [[name:Lucy Tran]]  10:12
        on it 👍
    """)),
    ("health", "incident", block("""
        CHRONOLOGY - YP left {{day programme}} without agreement - [[date:Wednesday 9 October 2024]]
        Service: [[organisation:Calder Vale EDS]] Day Unit   Ref: [[case_reference:CV-DU-0931]]

        12:30  Lunch. [[name:Tallulah]] ([[age:16]]) ate half main, refused pudding; {{meal support}} with [[name:Sorcha]].
        12:55  Asked to use toilet during {{post-meal}} {{supervision}} period; declined per plan.
        13:05  Left the building via the fire exit while [[name:Sorcha]] was with another YP. Door alarm not working.
        13:10  Staff search of grounds. {{Mum}} rung - no answer. Dad (Mr [[name:Okonkwo]]) rung - no answer.
        13:25  Reported to {{police}} as {{high risk}} missing (recent {{self-harm}}). Log [[case_reference:NYP-0913-25]].
        14:40  Found by {{police}} at [[address:Tollerby railway station]], unharmed. Returned home with dad.
        15:30  Debrief with {{team}}; [[name:Tallulah]]'s {{risk assessment}} updated.

        Issues: fire door alarm reported broken [[date:2 October]], not fixed; only one {{meal support worker}} for
        four YP at {{post-meal}}.
    """)),
    ("health", "near_miss", block("""
        REFERRAL - [[organisation:Calder Vale Eating Disorders Service]]
        Name: [[name:Zainab Hussain]]          DOB: [[date_of_birth:14/02/2011]]      Age: [[age:13]]
        NHS No: [[nhs_number:676 512 0300]]
        Address: [[address:7 Bleach Green Terrace, Tollerby]]   [[postcode:CV9 2LR]]
        GP: [[organisation:Tollerby Health Centre]] (Dr [[name:Papadopoulos]])
        Referrer: Ms [[name:Eve Langford]], {{school nurse}}, [[organisation:Tollerby High School]]
        Reason: {{restriction}}, {{amenorrhoea}}, weight loss 6kg/3 months

        TRIAGE NOTE ([[name:Jonty Barraclough]], admin, [[date:28/11/24]]):
        The {{NHS number}} on the referral belonged to [[name:Zainab]]'s older sister [[name:Amira]] - it was copied
        from an old {{GP}} letter. Spotted when the DOB didn't match on the {{Spine}}. Corrected number is the one
        above. Had it been booked as is, [[name:Amira]]'s record would have received the {{clinic}} letters and
        {{blood results}}. Referrer informed. Suggest {{PDS}} check before any referral is accepted.
    """)),
    ("health", "success", block("""
        TRANSITION REVIEW - [[date:21 March 2025]] - [[organisation:Calder Vale EDS]] / {{Adult Eating Disorders}}

        Attendees: Dr [[name:Siobhan Keogh]] ({{consultant psychiatrist}}), [[name:Farida Nazari]] ({{dietitian}}),
        [[name:Chris Molyneux]] ({{family therapist}}), [[name:Joy Appiah]] ({{care coordinator}}, adult team),
        [[name:RB]] (young person), {{mum}}
        Apologies: Dr [[name:Ben Asante]] ({{GP}}, [[organisation:Wharfside Medical Practice]])

        1. [[name:RB]] turns 18 next month. Three joint sessions held with [[name:Joy]] since {{January}} as planned.
        2. [[name:RB]]: "first time moving services didn't feel like falling off a cliff."
        3. Weight stable, {{BMI}} 18.9, {{bone density}} scan due; {{SSRI}} to continue, {{GP}} to prescribe.
        4. Mum asked for a crisis plan she can hold - [[name:Farida]] and [[name:Joy]] to write together.

        Noted as good practice: overlap sessions, same {{dietitian}} for 3 months post-transfer,
        {{CPA}} review booked for [[date:16 May]].
    """)),
    ("health", "incident", block("""
        From: [[name:Kofi Mensah-Bright]]
        To: {{Information Governance}}; [[name:Caroline Hurst]]
        Subject: INCIDENT - clinic letter sent to wrong parent
        Incident ref: [[case_reference:DATIX-120455]]

        Caroline,

        On [[date:4 April]] a {{clinic}} letter for [[name:Noah Fairweather-Ellis]] ([[age:15]]), including his
        {{diagnosis}} of {{ARFID}}, weight, {{SSRI}} dose and notes from {{family therapy}}, was posted to his father at
        [[address:22 Linthorpe Close, Ebbstone]] [[postcode:EB3 9WN]]. [[name:Noah]] lives with his mother; dad has {{parental
        responsibility}} but [[name:Noah]] had asked (and it was recorded) that letters go to mum only. The old address was still
        the "main" one on {{Rio}} because the change had been put in the alerts box, not the demographics.

        Dad rang [[name:Noah]]'s mum, who rang us very upset. [[name:Noah]] has said he feels he "can't trust" the team.
        I have apologised to both and will meet [[name:Noah]] with mum on [[date:Tuesday 9th]].

        [[name:Kofi]]
        {{Team Leader}}, Community {{CYP}} EDS
    """)),
    ("health", "near_miss", block("""
        NIGHT HANDOVER - [[organisation:Ashby Ward]] - [[date:Sun 17th]]

        Bed 4 - [[name:Lily-Mae]] ([[age:15]]) {{AN}}, {{NG}} fed overnight, {{1:1}} obs
        - HR 38 at 02:00 (asleep), 44 on waking. {{PEWS}} 3.
        - Night {{HCA}} ([[name:Rocío]]) recorded it but didn't escalate - thought "EDs are always low".
        - Spotted by me on obs review at 04:30, bleeped {{SHO}} (Dr [[name:Mensah]]). Dr [[name:Mensah]] reviewed 04:50:
          {{ECG}} sinus brady, {{QTc}} 430, {{glucose}} 4.8. Plan continue, {{cardiac monitor}} overnight.
        - No harm, but on the {{MEED}} guidance HR < 40 is red and should be escalated straight away.
        - [[name:Rocío]] is {{bank}} and hadn't had the ED ward brief. Have talked it through with her - she was great about it.

        Bed 6 - [[name:Ayaan]], settled, feed finished 05:00, {{BMs}} fine.

        Handed over by [[name:Aled]] RN to [[name:Precious]] RN, 07:30
    """)),
    ("health", "incident", prose("""
        day prog 14:15 - [[name:cerys]] in the toilets too long (over 10 mins) so [[name:jo]] knocked, no answer,
        used the override. superficial cuts to forearm w/ a pencil sharpener blade - she'd taken it out of
        the {{art room}} pencil case. {{first aid}}, {{steri-strips}}, didnt need {{A&E}}. [[name:cerys]] v distressed,
        said she'd had a "bad lunch". rang {{mum}} at 14:40, {{CNS}} [[name:Okafor]] saw her before home time.
        {{safety plan}} updated. problem: art box isnt locked and no one counts the sharpeners in/out.
        also the {{toilet}} timing rule ({{5 mins}}) wasnt followed cos we were down to 2 staff on a {{Friday}}.
        logged [[case_reference:CV-DU-1027]] - [[name:jo]]
    """)),
    ("health", "success", block("""
        #kudos  |  [[organisation:Calder Vale EDS]] Slack

        @[[name:fatima.r]]  2:14 PM
        Shout out to @[[name:mags.okonjo]] 🎉 - [[name:Magdalena]] rewrote our {{meal plans}} for the four YP with
        {{ARFID}} into picture-based plans and it's made a huge difference. [[name:Theo]] ate a new food (a
        {{yoghurt}}!) for the first time in two years this week

        @[[name:dan.whitlock]]  2:16 PM
        amazing. the families love them too - [[name:Theo]]'s dad asked for a spare to put on the fridge

        @[[name:mags.okonjo]]  2:20 PM
        aww thank you. honestly it was [[name:Theo]]'s idea to use photos of his own plate 😂 credit to him.
        happy to share the template at {{CPD}} {{Friday}}

        @[[name:fatima.r]]  2:21 PM
        yes please! nominating you for the {{Trust}} {{Star Award}} 🌟
    """)),
    ("health", "near_miss", block("""
        Meal plan check - {{day programme}} kitchen board vs {{dietitian}} plans - [[date:10/03/25]]

        YP    | {{Dietitian}} plan (from {{MDT}} [[date:07/03]]) | Kitchen board               | Match
        [[name:AK]]    | 3 meals, 3 snacks, 1x {{Fortisip}}      | 3 meals, 3 snacks, 1x Fortisip | yes
        [[name:JW]]    | 3 meals, 3 snacks, 2x {{Ensure Compact}} | 3 meals, 3 snacks, 1x Fortisip | NO
        [[name:Ruby]]  | 3 meals, 2 snacks                   | 3 meals, 2 snacks              | yes
        [[name:T-J]]   | {{gluten free}}, 3 + 3              | 3 + 3 (no GF flag)             | NO

        Found by [[name:Sunny Kaur]] ({{meal support worker}}) at 11:30, before lunch. [[name:JW]]'s supplement
        was increased at {{MDT}} on {{Friday}} but the board was never updated; [[name:T-J]] has {{coeliac disease}} and
        the GF flag had been wiped off. Both corrected before anything was served.
        Action: [[name:Sunny]] / {{dietitian}} to check the board every {{Monday}}; plans printed, not hand-written.
    """)),
    ("health", "incident", prose("""
        Incident [[case_reference:DATIX-121907]], [[organisation:Ashby Ward]], [[date:22/05/2025]]. A [[age:16-year-old]]
        receiving {{NG}} feeding under {{section 3}} of the {{Mental Health Act}} pulled her tube out at about
        21:00. An {{agency nurse}}, [[name:Gabriel Nwachukwu]], re-passed a new tube, which is within his
        competence. He was unable to obtain {{aspirate}} and, under pressure from a distressed young person,
        flushed 10 ml of water to "check it was clear" before an {{X-ray}} had confirmed position. The young
        person coughed and became briefly {{hypoxic}} ({{SpO2}} 91%), recovering within minutes. {{X-ray}}
        showed the tip in the {{oesophagus}}; the tube was removed. No lasting harm. This would have been a
        {{Never Event}} had a feed been started. [[name:Gabriel]] reported it himself straight away and has been
        open throughout. Learning: agency staff were not shown the ward's {{NG}} placement flowchart, and
        {{pH strips}} had run out on the ward. Sister [[name:Welsh]] has restocked and added the flowchart to
        the agency induction checklist.
    """)),
    ("health", "near_miss", block("""
        [[[date:03/12/2024]], 09:12] [[name:Bronwen]] (admin): had a call from a man saying he's [[name:Kacper]]'s dad, wants to know when his next appointment is
        [[[date:03/12/2024]], 09:13] [[name:Bronwen]] (admin): nearly just told him tbh, he knew [[name:Kacper]]'s DOB and everything
        [[[date:03/12/2024]], 09:15] [[name:Ade Ogunleye]]: DON'T - there's an alert on {{Rio}}, {{non-molestation order}} against dad, mum + [[name:Kacper]] moved because of him
        [[[date:03/12/2024]], 09:16] [[name:Bronwen]] (admin): omg. alert didn't pop up on the appointments screen only on the front sheet
        [[[date:03/12/2024]], 09:20] [[name:Ade Ogunleye]]: ok I'm ringing mum now + telling {{safeguarding team}}. can you datix it, near miss. and well done for checking first
        [[[date:03/12/2024]], 09:41] [[name:Bronwen]] (admin): done [[case_reference:DATIX-121003]]. asked IT if alerts can show on every screen
    """)),
    ("health", "success", prose("""
        Learning from Excellence - school meal support. [[name:Anjali Raghunathan]], {{assistant psychologist}},
        and [[name:Will Pemberton]], {{specialist nurse}}, worked with [[organisation:Ebbstone Academy]] so that
        [[name:Carys-Ann]], [[age:aged 14]], could return to school while still on a {{meal plan}}. Instead of a
        reduced timetable, they met the {{head of year}}, the {{SENCO}} and the canteen manager, Mrs [[name:Delia Frost]],
        and agreed a quiet space for lunch, a named adult to sit with her, and a snack
        card she could show in any lesson without explaining. [[name:Will]] ran a short session for staff on
        not commenting on food or bodies. [[name:Carys-Ann]] attended 95% of days in the first half term, ate
        every school lunch, and said the card meant she "didn't have to be the ED girl". The school has since
        used the same approach for a pupil with {{diabetes}}.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        {{MOR}} summary - bird strike on departure. On [[date:12 June 2024]] {{BN-2 Islander}}
        [[aircraft_registration:G-SKRA]], operating [[flight_number:SK214]] from [[organisation:Stennet Airport]] to
        [[address:Fennaway]] with seven passengers and 40 kg of mail, struck a large gull at about 60 ft after
        take-off from {{runway 09}}. The {{commander}}, Capt [[name:Isobel Drummond]], heard a loud bang and saw
        blood and feathers across the left {{windscreen}}. Engine indications were normal. She declared {{PAN}},
        flew a tight circuit and landed 11 minutes later without further incident. The duty {{licensed engineer}},
        [[name:Ruairidh MacAulay]], found a dent in the left {{wing leading edge}} and a cracked {{landing light}}
        lens, and the aircraft was grounded for two days. Gull activity around the {{fish farm}} skips at the
        end of the runway had been reported three times in {{May}}. The {{airfield operator}} has since agreed
        with the farm to keep the skips covered, and {{bird scaring}} runs will be made before the first
        departure each morning. {{CAA}} reference [[case_reference:MOR-2024-08815]].
    """)),
    ("aviation", "near_miss", block("""
        RT transcript ({{AFIS}} recording) - [[organisation:Hestholm Airfield]] - [[date:14/08/2024]] - ref [[case_reference:SKA-ASR-0233]]

        14:02:10  [[flight_number:SKW412]]  [[address:Hestholm]] Information, [[flight_number:Skerrow four one two]], five miles south, two thousand feet, request airfield information
        14:02:25  {{AFISO}}   [[flight_number:Skerrow four one two]], runway 27, surface wind 250 degrees 12 knots, {{QNH}} 1009
        14:04:50  [[flight_number:SKW412]]  [[flight_number:Skerrow four one two]], final 27
        14:04:55  {{AFISO}}   [[flight_number:Skerrow four one two]], runway 27 clear, wind 250 10
        14:05:20  FIRE1   {{Fire One}} entering runway at the {{threshold}} for {{inspection}}
        14:05:24  {{AFISO}}   Fire One NEGATIVE, vacate vacate, traffic short final
        14:05:27  [[flight_number:SKW412]]  [[flight_number:Skerrow four one two]] going around

        Note ({{AFISO}} [[name:Catriona Bain]]): the {{fire tender}} driver, [[name:Magnus]], was on the ops channel, not the
        {{tower frequency}}, and did not hear the final call. Aircraft was at about 150 ft; landed normally on the
        second approach. Both radios now fitted in the cab and {{runway entry}} only on AFISO instruction.
    """)),
    ("aviation", "success", prose("""
        👏 Shout-out to [[name:Hamish Tulloch]] at [[address:Orrisay]] strip. During the turnaround of
        [[flight_number:SK117]] ([[aircraft_registration:G-SKRB]]) on [[date:Tues 2nd]], while the pilot, [[name:Amber Fraser]],
        was doing her {{walk-round}} on the other side, [[name:Hamish]] noticed the {{nose baggage locker}} on the
        {{Islander}} wasn't fully latched after the freight went in (a tray of eggs and a {{defibrillator}} for the
        surgery). He stopped her before she got in, they re-latched and checked it together. An open nose locker
        in flight can lose the contents into the {{propeller}} - this could have been very serious.
        [[name:Amber]] has asked for a second-person check of all {{locker doors}} to go into the {{ground handling}}
        manual, and it will be on the agenda at the {{Safety Action Group}}. Thank you, [[name:Hamish]] - a great
        example of speaking up. [[name:Bill]], {{Head of Ground Operations}}
    """)),
    ("aviation", "incident", prose("""
        load sheet for [[flight_number:SK226]] [[date:13/9]] had the 3 pax from [[address:Mhorra]] at {{standard weights}}
        but they were the fish farm crew w/ kit bags, prob 30kg+ over each. didnt ask actual wts. a/c
        ([[aircraft_registration:G-HSTM]]) felt tail heavy on rotation, needed loads of fwd {{trim}}. landed ok.
        reweighed at [[organisation:Stennet Airport]] = 92kg over declared + bags in rear locker not fwd.
        {{CG}} prob outside aft limit on t/o. partly my fault, rushed bc {{weather}} closing in.
        strip staff ([[name:ewan]]) new + no scales at [[address:Mhorra]]. need: scales at every strip,
        {{actual weights}} for work crews, {{load sheet}} checked by 2nd person when weather is pushing. filed
        {{ASR}} [[case_reference:SKA-ASR-0241]]. - [[name:IK]]
    """)),
    ("aviation", "near_miss", block("""
        Weather near miss - [[flight_number:SK305]] [[address:Stennet]] - [[address:Fennaway]] - [[address:Orrisay]] - [[date:Fri 29 Nov]]
        A/c: {{Islander}} [[aircraft_registration:G-ORRY]]    Cmdr: [[name:Tobias Lindahl]]

        08:05  Briefed. {{TAF}} for [[address:Stennet]] fine; no forecast for the islands, [[address:Fennaway]] {{webcam}} showed good vis.
        08:40  Dep [[address:Stennet]]. {{VMC}}, cloud base approx 1500 ft.
        08:58  Landed [[address:Fennaway]], 2 pax off, 1 on. Strip attendant ([[name:Morag]]) said showers building from the west.
        09:06  Dep for [[address:Orrisay]]. Base lowering to approx 600 ft, vis 3 km in rain.
        09:12  Pressed on to "have a look". Vis dropped below 1 km over the {{sound}}, lost sight of the coast briefly.
               Turned back towards the lighter sky.
        09:20  Landed back at [[address:Fennaway]]. Pax ([[age:82-year-old]] going to a hospital appointment) upset.

        What I learned: I knew the minima. I pushed because of the passenger's appointment and because the
        {{webcam}} picture was 40 minutes old. {{Get-home-itis}} is real. Recommend {{Ops}} routinely rebook
        medical pax rather than leaving it to the {{commander}}.
    """)),
    ("aviation", "success", block("""
        From: Dr [[name:Hannah Sorensen]] <[[email:h.sorensen@orrisaysurgery.scot.nhs.uk]]>
        To: {{Ops}} - [[organisation:Skerrow Air]] <[[email:ops@skerrowair.co.uk]]>
        Date: [[date:25 November 2024]]
        Subject: Thank you for last night

        Dear all,

        I want to put on record my thanks for the way your team handled last night's {{air ambulance}} request.
        A [[age:4-year-old]] on [[address:Orrisay]] with suspected {{meningitis}} needed transfer and the {{SAS}}
        aircraft was weathered out elsewhere. Capt [[name:Sandy Rendall]] and the evening crew turned the
        {{Islander}} round in 35 minutes, [[name:Lorna]] and [[name:Jamie]] had the {{runway lights}} and
        {{fire cover}} ready at the strip, and the {{oxygen cylinders}} were loaded and documented properly
        as {{dangerous goods}}. [[name:Kirsty]] in Ops kept me and the family informed throughout.

        The child ([[name:Rory]]) is doing well on the {{paediatric ward}} at [[organisation:Stennet Infirmary]].

        With gratitude,
        [[name:Hannah Sorensen]]
        {{GP}}, [[organisation:Orrisay Surgery]]
    """)),
    ("aviation", "incident", block("""
        GROUND OCCURRENCE REPORT - [[organisation:Skerrow Air]]
        Report no: [[case_reference:GOR-24-061]]
        Date/time: [[date:02/04/2024]] 15:40      Location: [[organisation:Fennaway Airstrip]], {{apron}}
        Flight: [[flight_number:SK118]]      Aircraft: {{BN-2B}} [[aircraft_registration:G-SKRB]]

        Injured person: Mrs [[name:Euphemia Rousay]]      DOB: [[date_of_birth:11/01/1941]]
        Address: [[address:Gairsty, Fennaway]]      Postcode: [[postcode:KW18 2PD]]
        Tel: [[phone:01632 960552]]

        Description: On disembarking from the rear door, passenger slipped on the wet {{boarding step}} and fell
        onto the {{apron}}, injuring her left wrist. Pilot ([[name:Dougie Flett]]) and strip attendant
        ([[name:Morag]]) gave {{first aid}}; the {{district nurse}} attended and she was flown to {{A&E}} on the next
        rotation. Suspected {{Colles fracture}}, confirmed later.

        Contributory: step had no {{anti-slip}} tread (worn), no handrail on the {{Islander}} step, passenger
        carrying a handbag and a walking stick, heavy rain. Assisted-boarding request was not passed to the
        strip from the booking.

        Reported by: [[name:Dougie Flett]]    Reviewed: [[name:Pauline Harcus]], {{Safety Manager}}
    """)),
    ("aviation", "near_miss", block("""
        [[[date:08/01/2025]], 07:52] [[name:Innes]] [[address:Stennet]] Ramp: freight for the 0830 to [[address:Hestholm]] - parcel for the shop declared as "bike parts", feels v heavy, sticker on it says 48V
        [[[date:08/01/2025]], 07:54] [[name:Alasdair K]]: dont load it. sounds like an {{e-bike battery}} = {{lithium}} {{DG}}, {{UN3480}}. we're not approved to carry
        [[[date:08/01/2025]], 07:55] [[name:Innes]] [[address:Stennet]] Ramp: 👍 pulled off the cage. it was in the pile for the nose locker already
        [[[date:08/01/2025]], 08:10] [[name:Kirsty]] (Ops): rang sender, says didnt know. parcel held, [[organisation:Hestholm Stores]] told. DG occurrence report going to {{CAA}}, ref [[case_reference:DGOR-0017]]
        [[[date:08/01/2025]], 08:12] [[name:Alasdair K]]: good catch [[name:Innes]]. can we put the {{DG}} poster on the freight counter not in the back office
        [[[date:08/01/2025]], 08:13] [[name:Kirsty]] (Ops): will do, and {{acceptance checklist}} to get a "batteries?" tick box
    """)),
    ("aviation", "incident", block("""
        CREW / ENGINEERING HANDOVER - [[date:Sat 7 Sept]] - {{DHC-6}} [[aircraft_registration:G-SKRC]]

        From: F/O [[name:Yannick Dubois]]    To: [[name:Grzegorz]] ({{B1 engineer}}, late shift)

        - Last sector [[flight_number:SK240]] [[address:Orrisay]] -> [[address:Stennet]], landed 17:52.
        - HARD LANDING. {{Gusting}} 25 kt across, sink developed in the flare, firm touchdown on the left main.
          Capt [[name:Shona Isbister]] PF. Nobody hurt; pax shaken. Entered in the {{tech log}} (page [[case_reference:TL-03318]]).
        - {{Hard landing inspection}} per {{AMM}} required before next flight - aircraft {{AOG}} until then.
        - Left main tyre looks OK to us, but there's a new crease on the {{fairing}} by the left {{gear leg}}.
        - [[name:Shona]] filing {{MOR}}; {{FDM}} data not available on this type.

        Pax: 2 onward connections missed, Ops ([[name:Kirsty]]) rebooking.
        Call me on [[phone:07700 900771]] if you need anything - [[name:Yannick]]
    """)),
    ("aviation", "success", block("""
        SAFETY ACTION GROUP - MINUTES - [[date:15/10/2024]]
        Present: [[name:Pauline Harcus]] ({{Safety Manager}}, chair), Capt [[name:Sandy Rendall]] ({{Chief Pilot}}),
        [[name:Freya Linklater]] ({{Ground Ops}}), [[name:Stefan Novák]] ({{CAMO}}), [[name:Joy Drever]] (Pax Services)
        Apologies: [[name:Graham]] ({{Accountable Manager}})

        4. Recognition
        4.1 [[name:Dolly Muir]], strip attendant at [[address:Mhorra]], found a 30 cm pothole near the {{threshold}}
            on her morning {{runway inspection}} on [[date:2 October]] and closed the strip before the first arrival.
            {{NOTAM}} issued within 20 minutes. [[name:Sandy]] to present a certificate at [[address:Mhorra]].
        4.2 Reporting: 42 {{ASRs}} this quarter (18 last). [[name:Pauline]] credited the anonymous option
            and the "you said, we did" board in the {{crew room}}.
        5. AOB - [[name:Joy]] asked that strip attendants get the {{SMS}} newsletter by post, as not all
            have work e-mail. Agreed.
        Next meeting: [[date:14 January 2025]]
    """)),
    ("aviation", "near_miss", block("""
        PAX MANIFEST - [[flight_number:SK207]] [[address:Stennet]] > [[address:Mhorra]] - [[date:21 Aug]] - {{BN-2}} [[aircraft_registration:G-SKRA]]

        Seat  Name                      Wt   Bags
        1     [[name:MACLEOD/IAIN]] MR          84    12
        2     [[name:ZIELINSKA/AGATA]] MS       61    20
        3     [[name:ZIELINSKI/OSKAR]] MSTR     24     0
        4     [[name:O'HALLORAN/BRIDGET]] MRS   70     6
        5     [[name:NG/KA-WAI]] MR             77     9

        Note from Capt [[name:Ross Inkster]]: at the door I counted six souls, not five. [[name:Agata]] had her baby
        ({{infant}}, about [[age:8 months]]) in a sling; she had told the desk but it never reached the manifest
        or the {{load sheet}}, and there was no {{infant lifejacket}} or {{loop belt}} on board. Held the flight
        15 min, kit brought from the store, {{load sheet}} amended. Had we gone, we'd have been flying with an
        unknown person on board and nothing for the baby if we'd ditched. Booking system has no infant field for
        the island routes - raised as [[case_reference:SKA-ASR-0252]].
    """)),
    ("aviation", "incident", block("""
        Teams - {{Ops}} Chat

        [[name:Shona Isbister]]  11:41
        FYI struck a sheep on the landing roll at [[address:Orrisay]] just now, [[flight_number:SK121]], [[aircraft_registration:G-HSTM]]. about 40 kts. nobody hurt, sheep dead 😞

        [[name:Kirsty MacRae]]  11:42
        oh no. you ok? damage?

        [[name:Shona Isbister]]  11:45
        I'm fine. right {{main gear}} {{fairing}} cracked + blood up the {{flap}}. grounding it. pax off and going by {{ferry}}

        [[name:Hamish Tulloch]]  11:47
        gate on the north side was open - the {{runway inspection}} at 10:50 was clear, so they got in after. I'll find out whose they are

        [[name:Kirsty MacRae]]  11:49
        ok. [[name:Grzegorz]] will come out on the {{ferry}}. [[name:Shona]] can you do the {{MOR}}? [[name:Hamish]] pls photo the gate

        [[name:Hamish Tulloch]]  12:30
        sheep are [[name:Donnie Sinclair]]'s. he's fixing the gate + padlock today
    """)),
    ("aviation", "success", block("""
        Dear [[organisation:Skerrow Air]],

        On [[date:Thursday 18 July]] I flew with my husband, who has {{dementia}}, on the morning flight from
        [[address:Hestholm]] to [[address:Stennet]] for his appointment at the {{memory clinic}}. I was dreading it.
        He gets frightened by noise and small spaces and had not been on a plane in years.

        The young lady at the airstrip, [[name:Ffion]], had read my note on the booking and met us at the car. She
        let him sit in the little building until the last minute and showed him the plane from outside first. The
        pilot, Captain [[name:Adebayo]], sat him in the front seat next to him (he used to drive the lifeboat),
        explained every noise before it happened and gave him the headset to hold. He talked about it all the way
        home.

        Thank you for treating him like a person and not a problem.

        Yours sincerely,
        Mrs [[name:Margaret Kemp]]
        [[address:Tigh na Mara, Hestholm]]
    """)),
    ("aviation", "near_miss", prose("""
        Near miss - incorrect fuel nearly uplifted, [[organisation:Stennet Airport]], [[date:5 March 2025]]. The
        fuel bowser operator, [[name:Kenneth Rendall]], was asked by radio to refuel "the {{Islander}} on stand
        2". Stand 2 that morning had been swapped to the {{Twin Otter}} [[aircraft_registration:G-SKRC]] and the
        {{Islander}} [[aircraft_registration:G-SKRA]] was on stand 3. [[name:Kenneth]] drove the {{Jet A1}} bowser
        to stand 3, connected the nozzle to [[aircraft_registration:G-SKRA]] - which burns {{Avgas 100LL}} - and was
        about to start when the pilot, [[name:Priya Venkataraman]], came out of the {{crew room}}, saw the
        {{Jet A1}} decal and stopped him. The {{Islander}} filler is only placarded with a small sticker and the
        {{Jet A1}} nozzle does not physically prevent insertion. {{Misfuelling}} a piston engine with jet fuel can
        cause engine failure shortly after take-off. Actions: fuel requests by registration, never by type or
        stand; larger {{AVGAS ONLY}} placards; {{fuel order}} form signed by the pilot before any uplift.
        Reported as [[case_reference:SKA-ASR-0260]].
    """)),
    ("aviation", "incident", block("""
        RT / {{A/G}} log - [[address:Mhorra Strand]] (beach runway) - [[date:19/05/2024]]

        16:20  [[flight_number:Skerrow two two one]]   [[address:Mhorra]] Radio, [[flight_number:Skerrow two two one]], eight miles east, inbound, request beach status
        16:20  {{A/G}}             [[flight_number:Skerrow two two one]], [[address:Mhorra]] Radio, runway 11 in use, tide 2 hrs past low, beach clear, wind 090 8
        16:24  [[flight_number:Skerrow two two one]]   Final 11
        16:24  {{A/G}}             Roger, beach clear
        16:25  [[flight_number:Skerrow two two one]]   Person and dog on the runway, going around
        16:26  {{A/G}}             Roger. [[name:Calum]], can you get down there

        Narrative ([[name:Fiona Gillies]], {{A/G operator}}): a walker came on to the sand from the dunes at the
        far end, below the {{windsock}}, where the warning sign had been blown down in the {{storm}} the week before. The
        aircraft ([[aircraft_registration:G-ORRY]]) went around at about 200 ft. [[name:Calum]] escorted the walker
        off and the aircraft landed 8 minutes later. The walker was a holidaymaker and did not know it was a
        runway. Sign replaced [[date:20 May]]; two more signs and a flag on the path ordered.
    """)),
    ("aviation", "success", prose("""
        just want it logged as a positive - this morning ([[date:wed 12th]]) [[name:finlay]] rang ops at 0540 and said
        hed had about 3 hrs sleep (new baby, up all night) and didnt feel safe to fly the 0700 [[address:Stennet]]
        - [[address:Orrisay]] - [[address:Hestholm]] run. no drama, [[name:lorraine]] in crewing swapped him to the
        afternoon {{standby}} and called in [[name:Rosie Flett]] who was on a {{rest day}} but happy to. first
        departure went 15 mins late, that's all. this is exactly what our {{fatigue policy}} and {{FRMS}} is meant
        to do - report it, no questions, no blame. [[name:finlay]] said he'd been worried about looking "weak" cos hes
        only been with us 3 months. {{chief pilot}} has since rung him to say thank you. - [[name:PH]], {{Safety}}
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind282", REPORTS))
