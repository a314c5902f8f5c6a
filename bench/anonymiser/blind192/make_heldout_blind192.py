"""Held-out blind evaluation corpus 192: UK incident, near-miss and learning reports.

Written blind, without reference to how the anonymiser works. Fifty invented reports in three
settings:

* social_care - a residential special school for children with complex needs (houses, waking
  nights, medication rounds, transport, contact, physical intervention, fire drills);
* health - an emergency department's triage, minors and paediatric area (streaming, PEWS and
  NEWS2, safeguarding referrals, patient identification, discharge);
* aviation - airline ramp, baggage and pushback operations (tugs and tow bars, belt loaders,
  headsets, load instruction reports, dangerous goods, tech log entries).

Styles are deliberately mixed: chronologies with times, rushed lower-case notes with typos and
text-speak, formal narratives, e-mails with headers and signatures, Teams/WhatsApp/Slack chat
exports, handover notes, pipe-separated tables, minutes with attendance and apologies, debriefs,
shout-outs and thank-you cards, forms with Name/DOB/Ref fields, RT transcripts and tech log
entries. This corpus leans on chronologies, names that are ordinary English words (Hope, Will,
Grace, Faith, Joy, Sunny, Bill, Mark, Frank, Patience, Holly) and names in quotes and reported
speech. Every person, place and number is invented; NHS numbers pass the mod-11 check.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind192.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        Chronology - unauthorised absence from the house, [[organisation:Hollins Brook School]],
        evening of [[date:14/03/2024]]. 18:40 [[name:Hope]] ([[age:13]], {{autism}}, {{non-verbal}})
        left the {{dining room}} during {{tea}} while [[name:Will Garside]] ({{residential support
        worker}}) was helping another pupil. 18:43 [[name:Will]] noticed the side gate open and
        radioed the {{shift lead}}, [[name:Rose Mbatha]]. 18:45 [[name:Rose]] started the {{missing
        from care protocol}} and two staff searched the grounds. 18:52 [[name:Hope]] found by
        [[name:Dariusz]] from {{maintenance}} at the pond fence, calm, holding her {{ear defenders}}.
        18:58 back in the house, {{body map}} done, no injuries. 19:20 mum informed by phone and
        [[name:Rose]] e-mailed the {{on-call manager}}. Gate latch found to be sticking, estates job
        logged as [[case_reference:EST-22871]]. [[name:Will]] said afterwards "I only turned my back
        for a second, she's quick when she's decided". Learning: gate check added to the
        {{teatime}} routine.
    """)),
    ("social_care", "near_miss", prose("""
        near miss - meds. 08:05 went to give [[name:kai]] his am meds, {{MAR}} says
        {{levetiracetam}} 250mg but the box in the {{meds cab}} was 500mg tabs. pharmacy sent wrong
        strength agian. DIDNT give. checked name + dob on {{MAR}} [[date_of_birth:02/09/2011]]
        matched so its def the box thats wrong. rang {{on call nurse}} [[name:jen]] 08:12 she said
        hold the dose and ring [[organisation:Brightwell Pharmacy]]. they rang back 08:40 n sent the
        {{driver}} with the right stock, given 09:15 by me with [[name:gaz]] as {{2nd checker}}.
        {{parents}} not rung as no dose missed just late, [[name:jen]] said thats fine. 2nd time
        this term wrong strength has come, think we need to check deliveries against the {{MAR}}
        when they arrive not at {{med round}}. [[name:Bex]]
    """)),
    ("social_care", "success", prose("""
        Big shout out to [[name:Faith Oyelaran]] and [[name:Mark]] on {{nights}} last week.
        [[name:Tilly]] ({{Year 9}}) was up from 2am with a {{seizure}} cluster and [[name:Faith]]
        timed every one, gave {{buccal midazolam}} at 02:37 exactly as per her {{epilepsy care
        plan}} and stayed calm the whole time. [[name:Mark]] rang {{999}} and had the {{grab
        sheet}} and {{hospital passport}} ready at the door before the {{paramedics}} arrived. The
        crew told [[name:Faith]] "that's the best handover we've had from a school all year".
        [[name:Tilly]] is back with us and doing well. Proper teamwork - thank you both.
        [[name:Joy]] ({{Head of Care}})
    """)),
    ("social_care", "incident", block("""
        From: [[name:Sanjay Patel-Hughes]] <[[email:s.patel-hughes@fernleigh.sch.uk]]>
        To: [[name:Grace Whitlock]] <[[email:g.whitlock@fernleigh.sch.uk]]>
        Cc: {{DSL}} inbox
        Sent: [[date:07 May 2024]] 21:16
        Subject: RPI + staff injury tonight - [[name:Ollie]]

        Hi [[name:Grace]],

        Heads up before the {{incident form}} goes on tomorrow. About 19:30 [[name:Ollie]] ([[age:12]])
        got very distressed when his {{iPad}} died during {{free time}}. He went for [[name:Leanne]]
        and bit her forearm, skin broken. [[name:Leanne]] and [[name:Kofi]] used a two-person
        {{standing hold}} for under 3 mins until he was safe to release, then {{low-arousal}} space in
        the {{sensory room}}. [[name:Leanne]] went to {{A&E}} for a {{tetanus}} check, she's fine but
        off tomorrow. {{Mum}} (Mrs [[name:Kowalczyk]]) rang at 20:10, she was ok about it and said
        "he's been like this since the clocks changed".

        Third time this month the charging has been the trigger, can we talk about it Thursday?

        Thanks
        [[name:Sanjay]]

        [[name:Sanjay Patel-Hughes]]
        {{Deputy Head of Care (Residential)}}
        [[organisation:Fernleigh School]]
        T: [[phone:01632 960418]]  M: [[phone:07700 900412]]
    """)),
    ("social_care", "near_miss", block("""
        Teams chat - "Transport PM run" - [[date:Fri 19/01]]
        [16:02] [[name:Nat Briggs]]: is [[name:Lulu]] back on site?? {{register}} says 9 got on the {{minibus}} at school
        [16:03] [[name:Jonno]]: I've got 8 in the {{lounge}}
        [16:03] [[name:Nat Briggs]]: can u check the bus pls
        [16:06] [[name:Jonno]]: found her!! asleep on the back seat under her coat, {{seatbelt}} still on. she's fine, bit grumpy 😅
        [16:07] [[name:Nat Briggs]]: ok bring her in. who did the {{sweep check}}?
        [16:09] [[name:Jonno]]: [[name:Pete]] was driving, [[name:Kirsty]] was {{escort}}, think they both thought the other one did it
        [16:10] [[name:Nat Briggs]]: no blame but needs a {{form}}. bus was [[vehicle_registration:YX68 KPL]] for the form. I'll let [[name:Pete]] know and ring her {{nan}}
        [16:12] [[name:Jonno]]: 👍 [[name:Lulu]] says she wants fish fingers for {{tea}} so she's definitely ok
    """)),
    ("social_care", "success", prose("""
        Good practice - communication. Over the {{spring term}} the {{class team}} and the {{speech
        and language therapist}}, Ms [[name:Ní Bhriain]], introduced a {{core vocabulary}} page on
        [[name:Amara]]'s {{AAC device}}. [[name:Amara]] is [[age:11]], has {{Rett syndrome}} and
        before this communicated mainly by {{eye pointing}}. On [[date:12 March]] she used the
        device for the first time to ask a particular adult for help: "[[name:Sunny]] help please".
        [[name:Sunny]] ([[name:Sunil Rao]], {{teaching assistant}}) had been her most consistent
        partner at {{snack time}}. Residential staff have since copied the {{modelling}} approach in
        the evenings. Her {{dad}} told the {{annual review}} "it's the first time she's told us who
        she wants". Learning shared at {{whole-school INSET}}.
    """)),
    ("social_care", "incident", block("""
        RESIDENTIAL INCIDENT RECORD
        Ref: [[case_reference:HB-RES-24-0193]]
        Name: [[name:Reuben Achterberg]]
        DOB: [[date_of_birth:19.11.2009]]
        Placing LA: [[organisation:Kirkmoor Children's Services]]
        {{Social worker}}: [[name:Bill Osei]] - [[phone:01632 960771]]
        Home address (weekend contact): [[address:12 Larch Close, Norton Heath]] [[postcode:WF9 3QN]]
        Date/time: [[date:04/02/2024]] 21:50
        Staff: [[name:A.K.]] / [[name:JT]] / [[name:Hussain]]
        Type: {{fire risk}} / {{smoking}}

        Account: On return from {{home contact}} [[name:Reuben]] was found by [[name:JT]] to have a
        {{lighter}} and two cigarettes in his coat during the {{return search}}. He said "[[name:Bill]]
        knows I smoke, he said it's not a big deal at my dad's". Items removed to the {{office safe}}.
        [[name:A.K.]] informed the {{on-call manager}}. No fire-setting history but {{risk assessment}}
        to be reviewed with [[name:Bill]] on Monday.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER lates to nights - Thurs [[date:11/04]]

        Upstairs ([[name:Priya]]'s group)
        - [[name:Zainab]] - NEAR MISS at supper. Agency staff offered her a {{flapjack}} from the
          {{tuck box}}, it had {{sesame}} in. [[name:Callum]] read the label before she ate any.
          [[name:Zainab]] = {{anaphylaxis}}, 2 x {{adrenaline pens}} in {{grab bag}}. Form done.
          [[name:Priya]] to brief agency at tomorrow's {{huddle}}.
        - [[name:Mo]] - settled 20:30, {{melatonin}} 20:00 ({{MAR}} signed)
        - [[name:Ellis]] - on 15 min {{obs}}, all fine so far

        Downstairs ([[name:Dee]])
        - quiet. [[name:Tobi]] asked for his mum, rang her 20:15, settled after

        On nights: [[name:Dee]], [[name:Callum]], agency ([[name:Marius]])
    """)),
    ("social_care", "success", block("""
        HOUSE TEAM MEETING - MINUTES
        Date: [[date:23 January 2024]]
        Present: [[name:Rose Delaney]] ({{Chair}}, {{Head of Care}}), [[name:Temitope Adebayo]], [[name:Gary Whitfield]], [[name:Hope Carter]], [[name:M. Szymańska]]
        Apologies: [[name:Bill Mannion]] ({{annual leave}}), [[name:Sunita]]
        Minutes: [[name:Hope Carter]]

        1. Good news - {{physical intervention}} down from 14 in Nov to 3 in Dec across the house.
           [[name:Temi]] put this down to the new {{visual timetable}} at {{bedtime}} and moving
           {{shower}} times. [[name:Rose]] said "this is the team's work, not luck".
        2. [[name:Gaz]] shared the {{sleep diary}} for [[name:Keeley-Ann]] - now sleeping through 5
           {{nights}} out of 7.
        3. Actions: [[name:Hope]] to share the timetable template with {{Lower School}} by [[date:2 Feb]].
    """)),
    ("social_care", "incident", prose("""
        inc for log - abt 7.20pm {{lounge}} [[name:Dex]] threw a chair, hit [[name:marcy]] on the
        {{shin}}. shes ok {{ice pack}} on, {{body map}} done by me n [[name:shaz]]. [[name:dex]] went
        to {{calm room}} with [[name:Lewis]] came out 7.45 n said sorry 2 [[name:marcy]] unprompted
        which was gd. no {{PI}} needed. [[name:marcy]] {{mum}} rung by [[name:shaz]] 8pm left vm.
        {{keyworker}} to know tmrw. tbh lounge is too crowded after {{tea}} when upstairs n
        downstairs r both in there, this is the 3rd one this half term
    """)),
    ("social_care", "near_miss", block("""
        Fire evacuation near miss - [[organisation:St Aidan's Residential School]] - [[date:Wednesday 6 March 2024]]

        06:55 {{fire alarm}} activated ({{toaster}} in the {{staff kitchen}}).
        06:58 Roll call at the {{assembly point}} by [[name:Frank Oduya]]: 10 of 11 pupils.
        06:59 [[name:Frank]] shouted "[[name:Summer]]'s not here, someone check the sensory room".
        07:01 [[name:Honor]] ({{waking night}}) went back in, against procedure, and found
              [[name:Summer Hughes]] ([[age:15]]) in the {{sensory room}} wearing her {{ear defenders}}.
              She had not heard the alarm.
        07:03 Both out. {{Fire service}} attended, {{stand down}} 07:20.

        Learning: [[name:Summer]]'s {{PEEP}} says she needs a {{vibrating pager}} at night. It was not
        moved with her when she changed rooms. [[name:Honor]] said "I know I shouldn't have gone back
        in but I couldn't leave her".
    """)),
    ("social_care", "success", block("""
        [[date:14/06/2024]], 17:42 - [[name:Carla]]: Just dropped [[name:Ezra]] home, first overnight since Xmas. He walked in and said "hello house" 😭
        [[date:14/06/2024]], 17:44 - [[name:Wes T]]: ah brilliant. did he use the {{social story}} in the car?
        [[date:14/06/2024]], 17:46 - [[name:Carla]]: read it twice on the {{motorway}}, then asked for {{Thomas the Tank Engine}} music all the way
        [[date:16/06/2024]], 18:10 - [[name:Carla]]: Back safe. {{Mum}} said "best weekend in 2 years, tell [[name:Marley]] thank you for the pictures"
        [[date:16/06/2024]], 18:11 - [[name:Wes T]]: will put it in the {{good news log}} and tell [[name:Marley]] at {{handover}}. well done both of you 👏
        [[date:16/06/2024]], 18:15 - [[name:Carla]]: Also {{Nana}} [[name:Grace]] came round Sunday, he let her hug him!! that's never happened. {{keyworker}} notes to follow. {{sensory diet}} kept going at home too
    """)),
    ("social_care", "incident", block("""
        From: [[name:Lorraine Pugh]] <[[email:l.pugh@hollinsbrook.org.uk]]>
        To: [[email:dpo@hollinsbrook.org.uk]]
        Date: [[date:21/05/24]] 16:02
        Subject: Possible data breach - report sent to wrong parent

        This afternoon Mr [[name:Dunmore]] ({{class teacher}}) e-mailed [[name:Jayden Cole]]'s termly
        {{residential report}} to [[email:k.colley82@gmail.com]], the parent of another pupil
        ([[name:Kaiden Colley]]), instead of [[email:jcole.family@outlook.com]]. {{Autocomplete}}
        picked the wrong address. The report included [[name:Jayden]]'s DOB
        ([[date_of_birth:30/08/2012]]), NHS number [[nhs_number:352 262 2472]] and his {{epilepsy}}
        and {{continence}} information.

        Mrs [[name:Colley]] rang at 15:40 to tell us and has confirmed in writing that she deleted
        it. Both families have been told. I don't think this meets the threshold for the {{ICO}} but
        would like your view. I've asked {{IT}} to turn off autocomplete for external addresses.

        [[name:Lorraine Pugh]]
        {{School Business Manager}}
        [[organisation:Hollins Brook School]]
        [[phone:0113 496 0582]]
    """)),
    ("social_care", "near_miss", block("""
        {{Controlled drugs}} count discrepancy - {{CD book}} vs stock - [[date:Sun 28 Apr]]

        Time | Pupil | Drug | Book | Actual | Staff
        20:00 | [[name:R.M.]] | {{midazolam}} 10mg | 4 | 4 | [[name:DW]]/[[name:Faith]]
        20:05 | [[name:T.O'B.]] | {{methylphenidate}} 18mg | 23 | 22 | [[name:DW]]/[[name:Faith]]
        21:30 recount | [[name:T.O'B.]] | {{methylphenidate}} 18mg | 22 | 22 | [[name:Rob]]/[[name:Faith]]

        Explanation: the morning dose had been given from the new box and written on the wrong page
        of the {{CD book}} by [[name:DW]]. No dose missed or doubled, {{MAR}} checked. [[name:Faith]]
        escalated to on-call manager [[name:Rob Ansah]] at 20:20 who came in for the recount.
        Suggest one page per box per pupil and {{two signatures}} at every {{stock check}}.
    """)),
    ("social_care", "incident", prose("""
        At approximately 15:10 on [[date:9 October 2023]] a man believed to be [[name:Carl Renshaw]],
        father of [[name:Mia]] ([[age:10]]), arrived at the school gates in a {{silver Vauxhall}},
        registration [[vehicle_registration:BD17 XRW]]. Mr [[name:Renshaw]] has no contact under the
        current {{care order}}. {{Reception}} staff member [[name:Joy Beckford]] did not open the
        {{gate}} and called the {{Deputy Head}}, Mr [[name:Vance]]. Mr [[name:Renshaw]] told Ms
        [[name:Beckford]] "I just want to see my girl, I'm not here for trouble". [[name:Mia]] was in
        {{Class 3}} and was not aware. {{Police}} were called at 15:14 (log
        [[case_reference:WYP-231009-0611]]); he drove off at 15:20 before they arrived. The {{social
        worker}}, [[name:Ayesha Begum]] of [[organisation:Kirkmoor Children's Services]], was
        informed at 15:35. Learning: {{reception}} did not have a current photograph of Mr
        [[name:Renshaw]]; photographs are now held with the {{safeguarding file}}.
    """)),
    ("social_care", "success", prose("""
        Debrief - {{off-site visit}} to the {{aquarium}}, [[date:Sat 22 June]]. Present:
        [[name:Robert Quayle]] ("[[name:Robbo]]"), [[name:Beatrix Nwosu]], [[name:Kieran]] ({{1:1}}).
        What went well: [[name:Robbo]] noticed the early signs in the {{tunnel}} ([[name:Jack]]
        {{pacing}}, hands over ears) and used the agreed {{exit plan}} before it escalated.
        [[name:Bea]] carried on with the other four so their visit wasn't cut short. On the minibus
        home [[name:Jack]] told [[name:Robbo]] "you knew I was going to pop, didn't you". Even better
        if: the venue's {{quiet room}} was locked and [[name:Bea]] had to find a member of their
        staff. Next time ring the venue beforehand on [[phone:01632 960338]] and ask for it to be
        open. {{Risk assessment}} updated.
    """)),
    ("social_care", "near_miss", prose("""
        {{hoist}} nm. me n [[name:grace]] went to transfer [[name:lily-mae]] bed to chair 7.40am,
        {{sling}} on was the medium not the large, she started slipping thru the leg gap. [[name:grace]]
        spotted it, stopped + lowered her back onto the {{bed}}. no injury, she was laughing tbh.
        swapped to large sling. the slings arent labelled by size in the {{upstairs bathroom}}
        cupboard n the {{moving and handling plan}} just says "{{sling}} as per {{OT}}". can {{OT}}
        come n label them pls. {{key worker}} told. [[name:tash]]
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Delayed recognition - {{paediatric ED}}, [[organisation:Royal Pennine Infirmary]]
        Patient: [[name:Noah Fairweather]], [[age:2 years]], hosp no. [[case_reference:RPI4471920]]
        [[date:18/12/2023]]

        19:05 Booked in at {{reception}}. Mum reported {{fever}} and off feeds.
        19:22 {{Streamed}} to {{paeds triage}} by [[name:Hope]] ({{HCA}}).
        19:40 Triaged by SN [[name:Kemi Alade]]: {{PEWS}} 3, {{cap refill}} 3 sec. Cat 3.
        20:55 Mum told reception "he's gone floppy". Re-triaged by SN [[name:Alade]]: PEWS 7, moved to {{resus}}.
        21:02 Reviewed by paeds reg Dr [[name:Farouk]]. {{Sepsis pathway}}, {{IO access}}, {{fluid bolus}}, {{cefotaxime}} at 21:14.
        23:30 Transferred to {{PICU}}.

        Learning: no repeat obs between 19:40 and 20:55 (standard is hourly for PEWS 3). The
        department was at 142% capacity, one nurse for 19 children in paeds waiting. [[name:Kemi]]
        said at the debrief "I knew he needed rechecking, I just couldn't get back to him".
    """)),
    ("health", "near_miss", prose("""
        Near miss - {{bloods}} mislabelled in {{minors}}. Two patients with almost the same name in
        at the same time: [[name:Mark Evans]] ([[age:62]], {{cubicle}} 4, {{chest pain}}, MRN
        [[case_reference:K0492231]]) and [[name:Mark Evens]] ([[age:35]], cubicle 6, {{renal colic}},
        MRN [[case_reference:K1180457]]). The HCA took the cubicle 4 bloods and labelled them with
        the addressograph from cubicle 6. The lab rang at 16:20 because the {{group and save}} did
        not match the historic group: the {{BMS}} said "your Mr [[name:Evens]] is A pos on file and
        this sample is O". Bloods repeated with {{positive patient ID}} at the bedside. No
        {{transfusion}} given. [[name:Adaeze]] (NIC) noted the labels had been printed in advance
        and left on the {{phlebotomy trolley}}. Action: no pre-printed labels, and a name alert on
        the {{board}} when two similar names are in.
    """)),
    ("health", "success", prose("""
        Shout out to [[name:Joy]] in {{paeds triage}} on Saturday night. Baby [[name:Isla]]
        ([[age:4 months]]) came in with {{bronchiolitis}} symptoms, but [[name:Joy]] noticed a small
        {{bruise}} behind the ear while doing {{obs}}. She remembered the {{non-mobile infant
        bruising}} guidance, escalated to the {{paeds consultant}} and the {{MASH}} referral was made
        the same night (ref [[case_reference:MASH-23-88104]]). [[name:Joy]] told me afterwards "it
        was tiny, I nearly didn't say anything because mum was so nice". That is exactly why we
        look. Thank you. Dr [[name:Okonjo]], {{Named Doctor for Safeguarding}}
    """)),
    ("health", "incident", block("""
        From: [[name:Aled Pritchard]] <[[email:aled.pritchard@nhs.net]]>
        To: [[name:Ruth Bamford]]; ED Governance
        Date: [[date:Mon 15 Jan 2024]] 12:48
        Subject: Datix [[case_reference:W41872]] - missed {{scaphoid}} - for M&M

        [[name:Ruth]],

        Summary for the governance meeting. Ms [[name:Harriet Lomas]], [[age:34]], seen in {{minors}}
        on [[date:02/01/2024]] by an {{ENP}} after a {{FOOSH}}. {{X-ray}} read by the ENP as no bony
        injury, no {{scaphoid views}} requested, no {{snuffbox}} tenderness documented. Discharged
        with {{wrist splint}} advice only. Re-presented [[date:12/01/2024]]; the formal report
        (delayed by the {{reporting backlog}}) showed a {{scaphoid waist fracture}}. Now under
        {{fracture clinic}}.

        The ENP, [[name:Will]], has been really open about it and asked for extra supervision. He
        said to me "I looked at the lateral and talked myself out of it". I've told him this is a
        system issue as much as his.

        [[name:Aled]]

        Dr [[name:Aled Pritchard]]
        {{Consultant in Emergency Medicine}}, [[organisation:Royal Pennine Infirmary]]
        [[phone:07700 900583]]
    """)),
    ("health", "near_miss", block("""
        Paeds ED - NIC chat - [[date:03/03/24]]
        [14:11] [[name:Gemma]] (NIC): can someone look at bay 3 pls. [[name:Tariq]]'s mum says she gave {{Calpol}} at 13:00 at home and we gave 15mg/kg in triage at 13:50
        [14:12] [[name:Faz]]: 🙈 that was me. I asked "has he had any medicine today" and she said no
        [14:12] [[name:Faz]]: she's just told me she doesn't count Calpol as medicine
        [14:14] [[name:Gemma]] (NIC): spoke to {{the reg}}, total 30mg/kg so well under the {{toxic threshold}}, no bloods. next dose not before 19:00, written on the {{drug chart}}
        [14:15] [[name:Faz]]: I'll do the {{Datix}}. can we change the triage q to "any {{Calpol}} or {{Nurofen}} or anything from the chemist"?
        [14:17] [[name:Ifeoma O]]: yes please, happens all the time. I'll take it to {{paeds governance}}
    """)),
    ("health", "incident", prose("""
        verbal + physical aggression at {{triage}} 01:40ish. male pt [[age:30s]] [[name:Dean Sowerby]]
        known to dept, came in with {{hand lac}} after punching a window. kicked off at [[name:bex]] on
        triage when told {{4hr wait}} n threw the {{obs machine}} off the desk. {{security}}
        ([[name:Stan]] n [[name:Omar]]) there 01:45. {{police}} called, PC [[name:Gilmour]] attended 02:10
        log [[case_reference:CAD-0147]] [[date:19/11]]. as he was walked out he said "tell that nurse
        I know which car's hers". [[name:bex]] v shaken, went home 03:00, [[name:Nadia]] covered
        triage. her car is the red fiesta [[vehicle_registration:MA21 WDX]] so security to walk her
        to it from now on + she's parking in the {{staff multi-storey}}. {{Datix}} done, {{NIC}}
        aware, {{violence marker}} requested on his record.
    """)),
    ("health", "success", prose("""
        Learning from excellence - {{minors}}. On [[date:27 February 2024]] {{ENP}} [[name:Grace Ofori]]
        was seeing a [[age:78-year-old]] woman, Mrs [[name:Partridge]], booked as a {{fall}} with
        {{wrist pain}}. [[name:Grace]] thought she was more muddled than her daughter described and
        repeated the {{NEWS2}}: 6 ({{RR}} 24, sats 93%). She moved her to {{majors}} and the {{Sepsis
        Six}} was completed within 40 minutes of arrival; {{lactate}} was 4.1. The {{medical
        registrar}} said "without [[name:Grace]] she'd have sat in minors for four hours with a
        {{urosepsis}}". Mrs [[name:Partridge]] went home on day 6. Nominated by [[name:Simon]]
        ({{Band 7}}) and [[name:Ebony-Rae]] ({{HCA}}).
    """)),
    ("health", "near_miss", block("""
        PAEDS ED HANDOVER 19:30 [[date:Tues 9/4]]

        Bay | Pt | Age | Issue | Plan | Nurse
        P1 | [[name:Ruby H]] | [[age:6]] | {{asthma}} | 3rd {{burst}} due 20:00 | [[name:Liv]]
        P2 | [[name:Aarav S]] | [[age:14 mo]] | {{head injury}} | 4h {{obs}} | [[name:Liv]]
        P3 | [[name:Kacper W]] | [[age:9]] | {{tonsillitis}} | TTO {{amoxicillin}} written - PEN ALLERGIC per mum - NOT GIVEN | [[name:Dom]]
        P4 | empty | | | |

        P3 near miss: allergy was in the {{triage notes}} but not on {{EPMA}}. Caught by [[name:Dom]]
        at handover when mum said "he came out in a rash with {{Amoxil}} last year". Reg changed to
        {{clarithromycin}}. [[name:Kacper]] fine.
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT
        Ref: [[case_reference:RPI-IR-2024-03117]]
        Patient name: [[name:Ffion Llewellyn-Jones]]
        DOB: [[date_of_birth:14/05/2021]]     NHS No: [[nhs_number:345 476 3347]]
        Address: [[address:Flat 3, Alder Court, 41 Mill Lane, Brackenridge]] [[postcode:HX3 7LT]]
        GP: [[organisation:Moorside Medical Practice]]
        Location: {{Paeds ED}} cubicle 2
        Date/time: [[date:06/04/2024]] 16:25
        Reported by: [[name:Sian Hart]], {{Staff Nurse}}

        Description: [[name:Ffion]] ([[age:2]]) was on the {{trolley}} with {{cot sides}} down while
        dad went to the toilet. She rolled off onto the floor, approx 70cm. Cried immediately, {{GCS}}
        15, small {{haematoma}} to forehead. Reviewed by {{paeds SHO}}; {{NICE}} head injury criteria
        for {{CT}} not met, hourly obs for 4h. Dad said "I only left her for a minute, she was
        asleep". Cot sides were down because the catch is broken, reported to {{EBME}}
        ([[case_reference:EB-55102]]).
    """)),
    ("health", "success", prose("""
        Card received at {{paeds reception}}, copied here for the learning log: "To [[name:Hope]],
        [[name:Marcus]] and the lovely doctor with the pink {{stethoscope}}, thank you for looking
        after our [[name:Teddy]] when he swallowed the magnet on [[date:Boxing Day]]. [[name:Hope]]
        sang Baby Shark with him all the way through the {{X-ray}} and [[name:Marcus]] let him press
        the buttons on the {{bed}}. He still talks about 'the hospital party'. Love from
        [[name:Teddy]] ([[age:3]]), [[name:Kerry]] and [[name:Jason]] xx". Nice reminder that {{play}}
        and {{distraction}} matter as much as the {{magnet ingestion}} pathway. Passed on to
        [[name:Hope Abara]] ({{play specialist}}), [[name:Marcus Feeney]] ({{HCA}}) and Dr
        [[name:Amy Lau]] by {{Sister}} [[name:Dalton]].
    """)),
    ("health", "near_miss", block("""
        Button battery - nearly discharged - [[date:Sun 14 July 2024]]

        10:12 [[name:Leo Marchetti]], [[age:20 months]], arrived with dad: "coughing and drooling since breakfast".
        10:20 Triage by SN [[name:Patience Mensah]]. Obs normal, {{PEWS}} 1.
        10:35 Seen by {{ANP}} [[name:Conor]]. Chest clear, thought {{viral}}, plan discharge with {{safety netting}}.
        10:50 During discharge dad mentioned "the remote's battery cover was off this morning".
              [[name:Patience]] overheard and asked [[name:Conor]] to hold the discharge.
        10:58 {{Chest X-ray}}: {{button battery}} in the {{oesophagus}} ({{halo sign}}).
        11:05 {{Honey}} 10ml given per {{national guidance}}; regional {{paediatric surgeons}} called.
        11:40 Transferred by {{ambulance}} to [[organisation:St Cuthbert's Children's Hospital]],
              battery removed 14:30, mild mucosal burn.

        Learning: history did not include "any chance he swallowed something?". [[name:Conor]] said
        "I'd anchored on viral and stopped listening".
    """)),
    ("health", "incident", block("""
        ED Clinical Governance - Incident Review
        [[date:Thursday 8 February 2024]], {{seminar room}}

        Attendees: Dr [[name:Aled Pritchard]] (chair), [[name:Ruth Bamford]] ({{Matron}}), [[name:Tomasz Zieliński]] ({{Band 7}}), [[name:Lakshmi Iyer]] ({{Paeds ED lead}}), [[name:Will Hebden]] ({{ENP}})
        Apologies: [[name:Mark O'Driscoll]], [[name:Faith Adeyemi]] ({{pharmacy}})

        Item 2 - [[case_reference:W41990]] - wrong child given {{ibuprofen}} in paeds waiting.
        Two children called "[[name:Alfie]]" were waiting. The HCA called "[[name:Alfie]]?" and the
        wrong family came forward. [[name:Alfie Turner]] ([[age:5]]) was given the dose prescribed
        for [[name:Alfie Brooks]] ([[age:4]]). No allergy, no harm, both families told.
        [[name:Lakshmi]] said "first names only in a busy waiting room is a known trap".
        Actions: two identifiers (name + DOB) before any {{oral meds}} in waiting - [[name:Tomasz]]
        by [[date:1 March]]. {{Datix}} closed as {{no harm}}.
    """)),
    ("health", "near_miss", prose("""
        nm {{minors}} cube 5 about 14:30. [[name:Sunny]] was about to give first dose {{flucloxacillin}}
        for {{cellulitis}} and asked the pt "are you Mr [[name:Abdi]]?" and he said yes. [[name:faith]]
        was doing {{obs}} next door and realised the pt in cube 5 was actually Mr [[name:Abidi]], Mr
        [[name:Abdi]] had been moved to {{CDU}} 20 mins before and the {{board}} hadnt been updated.
        no {{wristband}} on Mr [[name:Abidi]] either. [[name:faith]] stopped it, checked name + dob
        against the {{drug chart}} n it was wrong pt. nothing given. Mr [[name:Abidi]] said afterwards
        "I thought she said my name, everyone says it wrong". [[name:Sunny]] v upset, we've talked.
        pls can we stop {{closed questions}} for ID, its in the {{policy}} already
    """)),
    ("health", "success", block("""
        #ed-good-news
        [[name:Mo Rahman]] 09:14: Massive thanks to nights in paeds 🙌 31 kids through in 8 hours with {{bronchiolitis}} and nobody waited over 4h for {{nasal suction}}
        [[name:Rosie]] 09:16: that was all [[name:Jonno]]'s idea - the {{fast track}} bay with two {{HFNC}} ready to go
        [[name:Jonno]] 09:18: team effort! [[name:bill]] made a laminated {{weight chart}} so we weren't doing {{feed volumes}} from scratch every time
        [[name:Mo Rahman]] 09:20: one mum said "it felt like you'd been expecting us" which is exactly it
        [[name:Rosie]] 09:21: putting it forward for {{GREATix}} 👏 and asking {{paeds outreach}} if we can keep the bay for the {{RSV season}}
    """)),
    ("health", "incident", prose("""
        On [[date:2 November 2023]] at 22:15 Mr [[name:Harold Vickers]] ([[age:84]], {{dementia}})
        was brought in by {{ambulance}} after a fall at home, [[address:7 Canal Side, Fellbeck]]
        [[postcode:HX6 2EU]]. He was triaged and placed on a chair in the {{corridor}} as there were
        no {{cubicles}}. At 23:40 Nurse [[name:Bartholomew]] went to do his obs and he was not there.
        {{CCTV}} showed him leaving through the {{ambulance bay}} doors at 23:18. {{Police}} informed
        at 23:50 ({{missing person}} ref [[case_reference:MP-2311-0294]]) and his son [[name:Graham]]
        called on [[phone:+44 7700 900614]]. Police found him at 01:10 at a bus stop about a mile
        away, cold but unhurt. [[name:Graham]] told us "he'll have been going home to feed the dog,
        the dog died in 2019". Learning: no {{enhanced observation}} assessment, and the {{This Is
        Me}} document stayed in the ambulance so nobody knew he wanders.
    """)),
    ("health", "near_miss", prose("""
        Near miss - patient ID in {{paeds}}. Two girls called [[name:Rose]] in at the same time: [[name:Rose
        Kaur]] ([[age:7]], {{cubicle}} 3, {{UTI}}) and [[name:Rose Kelly]] ([[age:8]], cubicle 6,
        ?{{appendicitis}}). The {{surgical SHO}}, Dr [[name:Fenwick]], came to consent "[[name:Rose]]"
        for theatre and was pointed to cubicle 3. [[name:Rose Kaur]]'s mum said "we're not here for an
        operation, she's got a water infection". [[name:Bea]] ({{staff nurse}}) checked and took him
        to cubicle 6. No harm. The {{whiteboard}} only had first names. Learning: surname and
        {{name alert}} on the board when names match, and the SHO now asks for the {{hospital number}}
        before {{consent}}.
    """)),
    ("health", "success", prose("""
        Hot debrief - paeds {{resus}} [[date:21/08/24]] 03:10 - {{status epilepticus}},
        [[age:6yo]]. Present: [[name:Sam Whitaker]] ({{team leader}}), [[name:Ngozi Eze]],
        [[name:Kev]], [[name:Pip]] (student). What went well: [[name:Sam]] used {{closed loop}}
        for every drug; second {{benzodiazepine}} given on time; [[name:Ngozi]] drew up
        {{levetiracetam}} from the {{drug calculator}} and said "I double-checked the weight with mum
        because the {{Broselow}} said 22 and she said 18". Seizure stopped at 03:31. Even better if:
        {{airway trolley}} was missing a {{bougie}} - [[name:Kev]] restocked and added it to the
        {{daily check}}. [[name:Pip]] said it was the first resus she had seen and the debrief helped.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        Tow bar shear pin failure during pushback - stand 14 - [[date:03/10/2023]]

        05:52 [[flight_number:LS1287]] ([[aircraft_registration:G-JZHT]], {{B737-800}}) cleared to push by {{GMC}}.
        05:54 {{Tug}} driver [[name:Gary Hollins]] ("[[name:Gaz]]") started the push, headset [[name:Mo]].
        05:55 {{Shear pin}} failed on the turn, aircraft free-rolling slowly. [[name:Mo]] called "brakes brakes brakes".
        05:55 {{Flight crew}} set the {{parking brake}}. Aircraft stopped about 2m from the tug, no contact.
        06:20 {{Engineering}} inspected the {{nose gear}}, no damage.
        06:48 Pushed with the spare {{tow bar}}, {{off blocks}} 06:55 (58 min delay).

        [[name:Mo]] said afterwards "the captain was on the brakes before I'd finished the word".
        [[name:Gaz]] thinks the pin was the wrong part number; tow bar quarantined for {{GSE}}.
    """)),
    ("aviation", "near_miss", block("""
        RT extract - {{Ground}} - [[date:12 Jan 2024]] (times UTC)

        06:41:10 {{GND}}: [[flight_number:Northway 418]], stand 22, push and start approved, face west.
        06:41:15 [[flight_number:Northway 481]]: Push and start approved, face west, [[flight_number:Northway 481]].
        06:41:20 GND: [[flight_number:Northway 481]] negative, hold position, that was for [[flight_number:Northway 418]].
        06:41:31 [[flight_number:Northway 418]]: Push and start approved face west, [[flight_number:Northway 418]], sorry we were blocked.

        Ramp note: on stand 21 the [[flight_number:481]] {{flight deck}} told {{headset operator}} [[name:Kwame]] "we're cleared
        to push". [[name:Kwame]] had heard the {{readback}} correction on his {{handheld}} and told the
        {{tug}} driver to hold. Nothing moved. Both aircraft were {{A320}}s with similar
        {{callsigns}}; {{ATC}} have raised it with the airline.
    """)),
    ("aviation", "success", prose("""
        Shout out to [[name:Sunny]] and [[name:Bill]] in {{baggage make-up}} on earlies
        [[date:Fri 9th Feb]]. A checked bag for [[flight_number:TOM614]] came down the belt warm and
        buzzing. [[name:Sunny]] isolated it straight away per the {{DG}} procedure and
        [[name:Bill]] called the {{duty manager}}. The passenger, Mr [[name:Hendry]], was brought down
        from the gate and opened it: a {{power bank}} and two {{vapes}}, one switched on.
        [[name:Sunny]] said "I could feel it through the case, it wasn't right". Items moved to
        {{cabin}}, the bag flew. This is exactly what {{security awareness}} training is for - thank
        you both. [[name:Lorna]] ({{Baggage Team Leader}})
    """)),
    ("aviation", "incident", block("""
        STAFF INJURY REPORT ({{RIDDOR}} screening)
        Ref: [[case_reference:NAS-HS-24-0412]]
        Name: [[name:Tomasz Wiśniewski]]
        Employee no: [[case_reference:E20931]]
        NI No: [[ni_number:JT 48 21 73 B]]
        DOB: [[date_of_birth:11/02/1990]]
        Home address: [[address:22 Sycamore Road, Hexley]], [[postcode:LU4 9SR]]
        Phone: [[phone:07700 900857]]
        Date/time: [[date:17/02/2024]] 14:05
        Location: {{baggage hall}}, {{reclaim belt}} 4

        Description: [[name:Tomasz]] was clearing a jammed {{bag tag}} at the {{belt}} join when his
        glove was drawn in. [[name:Ash]] hit the {{emergency stop}}. Crush injury to left ring
        finger; {{first aid}} given and taken to {{A&E}}, tip fractured. The {{guard}} at the join was
        missing. Line manager [[name:Nicola Brandt]] informed 14:20.
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:29 May]] on stand 7, during the turn of [[flight_number:EZY6241]]
        ([[aircraft_registration:G-EZUP]], {{A320}}), a {{belt loader}} driven by new starter
        [[name:Reece]] approached the rear {{hold}} too fast and began turning towards the {{engine
        cowling}}. {{Wing walker}} [[name:Anjali]] shouted "STOP" and he stopped about a metre short.
        No contact. [[name:Reece]] said "I thought the {{brake test}} had been done, it felt soft".
        The {{turn lead}}, [[name:Craig]], took the loader out of use. {{GSE}} found the brakes needed
        adjustment. [[name:Reece]] had only had one {{buddy shift}} on belt loaders; he is now back on
        supervised driving until signed off.
    """)),
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-OBMS]] - page [[case_reference:TL 048812]]
        Sector: [[flight_number:BCY2231]] - Date: [[date:05/09/2023]]

        Defect: Dent approx 40mm x 15mm aft of FWD {{cargo door}}, lower frame, paint cracked.
        Found on {{walkround}}. Suspected {{belt loader}} contact during {{turnaround}}.
        Capt [[name:R. Sandhu]]

        Action: Inspected IAW {{SRM}}. Within limits. {{ADD}} raised [[case_reference:ADD 23/117]]
        for permanent repair. Aircraft {{serviceable}}. [[name:K. Lindqvist]] ({{B1}})

        Ramp note: belt loader operator [[name:Dwayne]] told the {{ramp supervisor}} "I felt it
        nudge but thought it was the bumper". Bumper rubber found split.
    """)),
    ("aviation", "success", prose("""
        Debrief - {{snow ops}}, [[date:Tues 28 Nov]]. Six departures between 06:00 and 07:30 all got
        airborne inside {{holdover time}}. What worked: [[name:Holly]] on {{headset}} and [[name:Jim Frost]]
        in the {{de-icing}} rig agreed the order on the {{radio}} before each push, so nobody sat on
        {{stand}} after {{Type II fluid}}. Captain [[name:Ames]] said on the {{interphone}} "that's the
        slickest de-ice and push I've had here". [[name:Holly]] pointed out that the {{tug}} driver
        [[name:Lenny]] had pre-positioned for the next stand each time. Even better if: the {{ice
        scrapers}} for the tow bar pins were missing, [[name:Jim]] is ordering more. Good work all.
    """)),
    ("aviation", "near_miss", block("""
        [[date:08/08/2023]], 13:12 - [[name:Big Dave]]: {{lads}} theres a full bag of {{cable ties}} n a {{chock}} on stand 31 right where [[flight_number:NWY2207]] is about to park
        [[date:08/08/2023]], 13:13 - [[name:Kels]]: on it
        [[date:08/08/2023]], 13:15 - [[name:Kels]]: got it 👍 think its from the {{GPU}} repair this morning
        [[date:08/08/2023]], 13:16 - [[name:Paddy]]: lucky the {{FOD walk}} caught it, {{APU}} was running on the one next door
        [[date:08/08/2023]], 13:18 - [[name:Big Dave]]: [[name:kels]] can u do a {{near miss}} form, {{engineering}} need to sign their kit out properly
        [[date:08/08/2023]], 13:19 - [[name:Kels]]: yep will do after the {{turn}}
    """)),
    ("aviation", "incident", block("""
        From: [[name:Hannah Reid]] <[[email:hannah.reid@northgate-aviation.co.uk]]>
        To: [[name:Stuart Mace]]; [[email:ops.control@skybridgeair.com]]
        Date: [[date:25/04/2024]] 09:30
        Subject: {{DG}} in wrong hold - [[flight_number:SBX 721]]

        [[name:Stuart]],

        Last night a consignment of {{UN3481}} (lithium batteries packed with equipment) was loaded
        in hold 1 on [[flight_number:SBX 721]], not hold 4 as shown on the {{NOTOC}}. The captain
        therefore had the wrong position. Found on arrival by the outstation. Loaders were
        [[name:Yusuf]] and [[name:Liam O'Hara]]. [[name:Yusuf]] told me "the {{LIR}} said 4 but 4 was
        full so we swapped it and meant to tell load control". Nobody told {{load control}}. Both
        have been stood down from DG loading pending {{refresher training}}. {{MOR}} to follow.

        Regards
        [[name:Hannah Reid]]
        {{Duty Station Manager}}
        [[organisation:Northgate Aviation Services]]
        [[phone:+44 (0)1632 960905]]
    """)),
    ("aviation", "near_miss", block("""
        Headset comms loss on push - [[flight_number:LS872]] - [[aircraft_registration:G-JZBK]] - [[date:Sun 2 June 2024]]

        13:05 {{Push}} started from stand 9. {{Headset}} [[name:Chris Morgan]] ("[[name:Taff]]"), {{tug}} [[name:Aiden]].
        13:06 Headset lead snagged on the {{tow bar}} and pulled out. [[name:Taff]] lost comms.
        13:06 {{Flight deck}} started {{No. 2 engine}} without ground clearance.
        13:07 [[name:Aiden]] stopped the push when he saw the {{anti-collision light}} and engine
              spooling. [[name:Taff]] moved clear of the {{engine intake}} zone and used {{hand signals}}.
        13:12 Lead reconnected, push completed.

        The {{captain}} told us "we heard 'clear to start' and assumed it was you". [[name:Taff]] had not
        said it. Lead had been taped up - replaced. {{Company safety report}} filed by the crew.
    """)),
    ("aviation", "success", block("""
        Ramp Safety Action Group - minutes
        [[date:Wed 17 April 2024]], {{crew room}}

        Present: [[name:Olu Bankole]] (chair), [[name:Grace Tan]], [[name:Devendra Shah]], [[name:Mark Lyle]], [[name:Sinéad]]
        Apologies: [[name:Rob Hart]], [[name:Ewa]]

        1. Good catch award - [[name:Mark]] spotted a cracked {{shear pin}} housing on a {{tow bar}}
           during the {{daily check}}. [[name:Olu]] said "that's a push failure that didn't happen".
        2. {{Pushback}} incidents down 40% since the "{{brakes set}}" confirmation call was added.
           [[name:Dev]] to put the numbers on a poster for the {{crew room}}.
        3. {{Hi-vis}} stock - [[name:Grace]] to order more XL.
        Next meeting [[date:15 May]].
    """)),
    ("aviation", "incident", prose("""
        tug 23 hit the {{GPU}} on stand 9 abt 1645 while towing 4 {{dollies}}. driver [[name:kyle b]]
        says brakes were soft n the dollies jackknifed, pulled the {{GPU}} cable out of
        [[aircraft_registration:G-EZWT]] which was on {{ground power}}, crew started the {{APU}}. no
        injuries. [[name:kyle]] ok but shaken, done {{D&A}} test as per policy, clear.
        [[name:jonno]] from {{GSE}} says brake fluid v low on 23 n it was signed off on the {{daily
        check}} this morning by nights. tug out of service. aircraft checked by {{engineering}}, no
        damage to the {{receptacle}}. flight [[flight_number:EZY4471]] went 25 mins late.
    """)),
    ("aviation", "near_miss", block("""
        Load discrepancy - [[flight_number:NWY 2214]] - [[aircraft_registration:G-NWYC]] - [[date:30/06/2024]]

        {{Hold}} | {{LIR}} | Actual | Checked
        1 | 42 bags | 42 | [[name:SK]]
        3 | 38 bags + 1 {{AVIH}} | 38 bags, no AVIH | [[name:SK]]
        4 | 61 bags | 61 | [[name:L.P.]]

        The AVIH for hold 3 (a dog called {{Biscuit}}) was still in the {{oversize}} area. [[name:SK]]
        queried it at 10:38 and [[name:Precious]] found the {{crate}} at 10:42, loaded 10:49 before {{doors}}.
        The {{load controller}} had already told the {{flight deck}} "it's on the LIR so it's on". Learning:
        AVIH to be physically confirmed by the {{hold supervisor}}, not taken from the LIR.
    """)),
    ("aviation", "success", prose("""
        Thank you to [[name:Rhys]] on the {{ramp}} for [[flight_number:LS1944]] on [[date:Sat 3 Aug]].
        A {{cool bag}} with a child's {{insulin}} had gone in the {{hold}} by mistake with the
        {{gate-delivered}} pushchair. [[name:Rhys]] noticed the {{pharmacy label}} after the last bag,
        pulled it and ran it up to the {{gate}} before the {{doors closed}}. {{Gate agent}} [[name:Kasia]]
        rang the {{mother}}, Mrs [[name:Nowak]], on [[phone:+48 601 234 567]] as she had already boarded.
        Mrs [[name:Nowak]] said "[[name:Rhys]] is our hero, [[name:Antek]] would have had nothing for
        the whole flight". [[name:Antek]] is [[age:9]] with {{type 1 diabetes}}. Great spot.
    """)),
    ("aviation", "near_miss", block("""
        EARLIES -> LATES handover [[date:Mon 11/03]]

        - Stand 18 {{tow bar}} pin sheared on [[flight_number:SBX 404]] push, swapped. Old bar in the {{GSE}} cage, [[name:Chalky]] did the form
        - NEAR MISS: [[name:Hamza]] nearly drove the {{belt loader}} under the wing of [[aircraft_registration:G-SBXE]] on stand 20. {{Wing walker}} [[name:Rosa]] stopped him. Had a chat, he's fine, no {{D&A}} needed. Ref [[case_reference:NM-0311-07]]
        - {{Reclaim}} 2 belt running slow, {{engineering}} called
        - [[name:Kev]] off sick, [[name:Ola]] covering his lates
        - {{de-icing}} rig 2 still u/s
    """)),
    ("aviation", "incident", prose("""
        At 18:32 on [[date:22 December 2023]], during the departure of [[flight_number:SBX 738]]
        ([[aircraft_registration:G-SBXK]], {{A321}}) from stand 4, the {{tow bar}} was disconnected
        before the flight crew had set the {{parking brake}}. The aircraft rolled forward about 1.5
        metres on the {{apron}} slope towards the {{tug}}. Headset operator [[name:Will Danjuma]]
        called "stop, set brakes" and the {{tug}} driver, [[name:Ferdy]], reversed clear. No contact.
        [[name:Will]] had heard "brakes set" on the {{interphone}}, but the {{First Officer}} later said
        "I was reading the checklist out, not confirming to ground". Learning: standard phraseology
        "{{brakes set, pressure normal}}" to be used, and no disconnect until it is heard. {{MOR}}
        submitted to the {{CAA}}.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind192", REPORTS))
