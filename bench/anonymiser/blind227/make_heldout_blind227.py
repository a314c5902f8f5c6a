"""Held-out blind corpus 227: 50 invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures
how well de-identification generalises. All people, organisations, places and numbers are
invented. Three settings:

- social_care (17): a missing-from-home return interview service for teenagers (return
  interviewers, police missing persons units, exploitation screening, parents, carers);
- health (17): a hospital endoscopy unit (nurse endoscopists, sedation, bowel prep,
  decontamination, biopsies, consent, recovery);
- aviation (16): a helicopter maintenance organisation and its line station (licensed
  engineers, tech logs, borescopes, tool control, night shifts, CAMO queries).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams/WhatsApp/Slack), handover notes, minutes with
attendance and apologies, tables, RT transcripts, shout-outs and thank-you notes.

`[[label:value]]` marks an identifier, `{{term}}` a mention that must not be redacted.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind227.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care
    ("social_care", "incident", prose("""
        rhi for [[name:tia-mae]] ([[age:15]]) done late - 4 days after return, not within the
        {{72 hrs}}. she went missing [[date:sat 9th]] from {{mums}}, came back [[date:sun 10th]] am.
        referral from {{MPU}} sat in the {{shared inbox}} over the bank hol wkend and nobody picked
        it up cos the {{duty rota}} had a gap. by the time i saw her she'd clammed up, said "already
        told the {{police}} everything". did mention a lad called [[name:Deeks]] with a silver car,
        reg [[vehicle_registration:YK19 XFT]] she thinks. screened amber on the {{CE screening tool}},
        passed to {{MASH}} and the {{DSL}} at [[organisation:Oakhurst Academy]]. learning - inbox
        needs checking daily incl bank hols, raised w/ {{team manager}}. [[name:fo]]
    """)),
    ("social_care", "near_miss", block("""
        RETURN INTERVIEW - NEAR MISS
        Name: [[name:Oskar Nowak]]
        DOB: [[date_of_birth:03/11/2009]]
        Ref: [[case_reference:MFH-24-0917]]
        Address: [[address:Flat 6 Lister Court, Bramley Street, Harrowfield]] [[postcode:HX4 9RL]]
        Police log no: [[case_reference:HP-2024-118842]]
        Interviewer: [[name:Sunny Dhaliwal]], {{Return Interviewer}}

        What happened: home visit booked for [[date:14 May]]. {{Stepdad}} answered and said
        [[name:Oskar]] was "at football, he's fine". I very nearly recorded it as {{declined}} and
        closed the episode. Something felt off so I rang the {{attendance officer}} at
        [[organisation:Kingsmoor High School]] from the car - [[name:Oskar]] hadn't been in since
        [[date:Friday 10th]]. Re-reported to {{police}} as a fresh {{missing episode}}; he was found
        two days later at an address in another force area.
        Learning: don't take a parent's word on whereabouts without checking. Discussed at
        {{team meeting}}.
    """)),
    ("social_care", "success", block("""
        Teams chat - Return Interview Team
        [[name:Grace Adeyemi-Boateng]]  16:42
        massive shout out to [[name:Bill]] 👏 stayed on past 6 to do a joint RHI with the {{YOT}}
        worker for [[name:Kai]] ([[age:14yo]]). 7th episode since {{Easter}} and the first time [[name:Kai]]
        has actually talked. he said older lads at the chicken shop on [[address:Denholme Road]]
        gave him a burner and "tick" and sent him out of town. [[name:Bill]] did the {{CCE}} screening there
        and then, rang {{MASH}} before 6 and got a {{strategy meeting}} booked for tomorrow
        [[name:Bill Okafor]]  16:55
        thanks [[name:Grace]] 😊 honestly credit to [[name:Kai]]'s {{nan}}, she made it feel safe.
        {{NRM}} referral going in tonight
        [[name:Grace Adeyemi-Boateng]]  16:57
        legend. putting it in the {{learning log}} x
    """)),
    ("social_care", "incident", prose("""
        On [[date:2 October 2024]] I sent the return interview summary for
        [[name:Liberty Hammond]] ([[age:13]]) by secure e-mail to what I believed was her
        {{mother}}'s address. Outlook had auto-completed it to [[email:s.hamid1984@outlook.com]],
        the parent of another young person on our caseload, [[name:Lilah Hamid]]. The summary
        contained [[name:Liberty]]'s disclosures about a {{peer}} and named her school,
        [[organisation:Thornbury Girls' School]]. The error came to light the next morning when
        Mrs [[name:Hamid]] phoned the office; she confirmed she had deleted it. I reported it to
        {{Information Governance}} (ref [[case_reference:IG-2024-0311]]) and to [[name:Liberty]]'s
        {{social worker}}. [[name:Liberty]] and her mother, Ms [[name:Hammond]], were told the same day by
        my {{team manager}}, [[name:Faith Oduya]]. IG advised it did not meet the threshold for the
        {{ICO}}. Learning: auto-complete has been cleared on the shared laptops and summaries now
        go only to addresses verified on {{Mosaic}}.
    """)),
    ("social_care", "near_miss", block("""
        Chronology - near miss (record merge), [[date:Tues 4th]]
        09:05  Referral from [[organisation:Harrowfield Police]] {{MPU}}: [[name:Aaliyah Rahman]],
               DOB [[date_of_birth:21/06/2010]], log [[case_reference:HP-2024-120077]]. Returned
               02:30 after 19 hrs missing.
        09:20  {{Business support}} attached it to existing record [[case_reference:MFH-22-0455]]
               ([[name:Aaliyah Rahman]], DOB [[date_of_birth:21/06/2008]]) - same name, different girl.
        10:10  [[name:Pat]] ({{RI}}) prepping for the visit sees school on record is
               [[organisation:Brackenfield Sixth Form College]] - doesn't fit a [[age:14 year old]].
        10:25  Checked with {{MPU}} - 2010 DOB correct. Record split, referral moved to new file
               [[case_reference:MFH-24-1032]].
        13:30  Visit done, {{exploitation screening}} completed on the right history.
        Would have gone in with 2 previous episodes and a {{CSE}} flag belonging to someone else.
        Learning: match on DOB + address, never name alone. [[name:P. Ellison]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Hope Mwangi]] <[[email:h.mwangi@fairhaven.sch.uk]]>
        Sent: [[date:11 June 2024]] 15:02
        To: Return Interviews <[[email:rhi.team@harrowfield.gov.uk]]>
        Subject: Thank you - [[name:J.T.]]

        Hi all,

        Just a quick note to say thank you to [[name:Amber]] for the way she handled
        [[name:Jayden]]'s return interview last week. He had told us he would "never talk to
        {{social}}", so she came into school, let him do it walking round the field at lunch and
        didn't take notes in front of him. He told her about his older cousin and the flat above
        the takeaway. Because she rang me as {{DSL}} straight after, we had a {{safety plan}} and a
        referral to the {{Exploitation Hub}} in place before {{half term}}, and his
        {{attendance}} is already better.

        It made a real difference.

        Kind regards
        [[name:Hope]]

        [[name:Hope Mwangi]]
        {{Designated Safeguarding Lead}} | [[organisation:Fairhaven Academy]]
        [[phone:01632 960418]]
    """)),
    ("social_care", "incident", block("""
        From staff WhatsApp, [[organisation:Ridgeway House]] {{children's home}} (pasted by {{RI}}):
        [[date:18/08/24]], 22:14 - [[name:Marta K]]: [[name:Demi]] still not back, {{curfew}} was 10
        [[date:18/08/24]], 22:31 - [[name:Robbo]]: give her til 11 she always turns up
        [[date:18/08/24]], 23:40 - [[name:Marta K]]: phone off now
        [[date:19/08/24]], 01:52 - [[name:Robbo]]: shall we ring it in?

        RI note: [[name:Demi]] ([[age:15]]) was reported to {{police}} at 02:05, nearly 4 hours
        after curfew. Her {{missing protocol}} says report after 1 hour if her phone is off,
        because she is high risk of {{CSE}}. The {{on-call manager}} was not contacted. She came
        back at 07:00 in a taxi paid for by an unknown adult male. At the RHI she said she
        "wasn't missing, staff knew where I was". Shared with the {{Registered Manager}} and the
        {{Reg 44}} visitor; home asked to complete a {{Philomena Protocol}} profile.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - RI duty, Fri pm -> Mon am
        - [[name:Ibrahim Sesay]] [[age:16]] - returned {{Sat}} 03:00, RHI booked {{Mon}} 10:00 at
          [[organisation:Harrowfield Foyer]]. NB the {{police}} log has his mobile as
          [[phone:07700 900 781]] - that is actually his brother [[name:Musa]]'s. I nearly sent the
          appointment text to [[name:Musa]], who [[name:Ibrahim]] says is the one "sorting" him. Correct
          number is [[phone:07700 900 296]] (from his {{key worker}}). DON'T use the log number.
        - [[name:Precious]] [[age:13]] - not returned yet, {{Philomena Protocol}} profile missing
          from the police file, {{EDT}} aware
        - [[name:Ollie W]] - RHI done, no concerns, close
        Any probs ring me - [[name:sam]]
    """)),
    ("social_care", "incident", block("""
        MISSING & EXPLOITATION PANEL - MINUTES
        Date: [[date:23 January 2025]]   Venue: {{Civic Centre}}, {{Room 4}}
        Present: [[name:Faith Oduya]] (Chair, {{Team Manager}}), DS [[name:Alun Prydderch]] ({{MPU}}),
        [[name:Grace Adeyemi-Boateng]] ({{RI}}), [[name:Niamh Ó Súilleabháin]] ({{CAMHS}}),
        [[name:Will Teague]] ({{Education Welfare}})
        Apologies: [[name:Kemal Aydın]] ({{YOT}}), [[name:Joy Ncube]] ({{ISVA}})

        Item 3 - Incident [[case_reference:IR-0147]], [[name:Rhianna Doyle]] ([[age:15]])
        [[name:Rhianna]] has had 9 missing episodes in 6 weeks. RHIs were completed for only 4. The
        other 5 were "offered by letter" to [[address:27 Cawthorne Walk]], where she has not lived
        since moving to her {{nan}}'s in {{November}}. Nobody updated the address after the {{CIN}}
        review. [[name:Grace]] reported that when finally seen [[name:Rhianna]] said "nobody came so I
        thought nobody cared". {{CSE}} screening now high.
        Actions:
        - [[name:FO]] to audit all open cases for out-of-date addresses
        - [[name:AP]] to share police address updates with the team weekly
        - [[name:Grace]] to complete RHI and {{safety plan}} this week
    """)),
    ("social_care", "success", block("""
        RHI GOOD PRACTICE LOG - Q3 (for {{team meeting}})
        | Date | {{YP}} | Interviewer | What worked |
        |------|----|-------------|-------------|
        | [[date:03/07]] | [[name:T.B.]], [[age:12]] | [[name:Rose]] | offered the RHI in {{Welsh}} (his first language) - first full account of the {{County Lines}} "shifts" |
        | [[date:19/07]] | [[name:Chardonnay]], [[age:15]] | [[name:Mark]] | met at the {{skate park}} not home; disclosed older boyfriend ([[age:23]]) |
        | [[date:02/08]] | [[name:Aryan S]], [[age:16]] | [[name:Zofia]] | paper {{timeline}} - he spotted himself that every episode was a {{Friday}} after {{PE}} |
        | [[date:27/09]] | [[name:Leon]], [[age:14]] | [[name:Rose]] + {{PCSO}} | joint visit agreed with {{MPU}}, {{NRM}} referral same day |
        Theme: choice of place and language matters. Bring examples to {{supervision}}.
    """)),
    ("social_care", "incident", block("""
        Call record (typed up straight after) - [[date:Mon 3 Feb]], 17:20
        Caller: Ms [[name:Ferreira-Quinn]], {{mum}} of [[name:Bea]] ([[age:14]])
        Taken by: [[name:Sunny]] ({{RI}})

        MUM: Why has [[name:Callum]] got a letter with our new address on it?
        RI: I'm sorry - can I check who [[name:Callum]] is?
        MUM: Her dad. There's a {{non-molestation order}}. Your letter about [[name:Bea]]'s
        interview went to him, and it says "home visit at [[address:9 Orchard Rise, Netherby]]".
        He's been outside twice tonight.
        RI: I'm really sorry. Are you and [[name:Bea]] safe right now?
        MUM: Doors are locked. I've rung {{999}}.
        RI: OK. I'm going to speak to my manager straight away and call you back within 30 minutes.

        Note: the RHI letter template pulls both parents from {{Mosaic}}. The {{court order}} flag
        is not visible on the RHI screen. Escalated to {{Team Manager}}; {{police}} and
        Ms [[name:Ferreira-Quinn]]'s {{IDVA}} informed. Incident ref [[case_reference:IR-0162]].
    """)),
    ("social_care", "near_miss", block("""
        Slack #missing-duty
        @[[name:zofia.b]] 08:47  anyone else getting {{MPU}} referrals with no "found at" field??
        [[name:Oliver Price-Whyte]] ([[case_reference:HP-2024-131509]]) just says "returned"
        @[[name:dev]] 08:49  yep 🙄 I rang them for [[name:Oliver]]'s yesterday
        @[[name:zofia.b]] 08:50  and??
        @[[name:dev]] 08:52  found at [[address:Flat 3, 41 Kestrel Way]] - known {{cuckooing}}
        address. I was about to do a basic RHI at home and would have missed it completely.
        screened red for {{CCE}}, {{MASH}} notified, {{strategy}} tomorrow
        @[[name:zofia.b]] 08:53  😬 raising with the {{DI}} at {{MACE}} thurs. think it's the new
        {{Niche}} template
        @[[name:jk]] 09:01  +1 happened to me twice last month
    """)),
    ("social_care", "success", prose("""
        Good practice - joint response with {{British Transport Police}}. On [[date:28 November]]
        [[name:Nkechi Eze]] ([[age:15]]), who lives at [[organisation:Ashgrove Children's Home]],
        was found by PC [[name:Danny Hollis]] at the station after 30 hours missing. Rather than take
        her back and leave the {{return interview}} for another day, PC [[name:Hollis]] phoned our
        {{duty line}} from the platform. [[name:Will]] (on duty) met them at the {{BTP}} office
        within the hour, with her {{key worker}}. Because it was done while things were fresh,
        [[name:Nkechi]] was able to describe the man who bought her train ticket and the flat she
        was taken to. {{Exploitation screening}} scored high, a {{strategy meeting}} was held the
        same evening and an {{NRM}} referral was made. Learning: early, warm contact matters more
        than the formal {{72-hour}} window. We have agreed a direct number for BTP and the
        {{Missing Persons Unit}} to call.
    """)),
    ("social_care", "incident", prose("""
        lone visit gone wrong. went to [[address:112 Stanhope Terrace]] 4 [[name:jas]]'s RHI
        ([[age:14]], 3rd missin episode this mth). {{police}} log had a {{warning marker}} 4 the
        {{uncle}} (violence, dog) but it wasnt on our system so i went on my own. uncle answered, v
        aggressive, said we'd "grassed" [[name:jas]] up, dog off lead. i left after 2 mins, no RHI
        done. sat in car shaking. couldnt log on the {{lone working}} app cos it was down so no1
        knew where i was 4 about 40 mins. rang {{team manager}} after. [[name:jas]] did the RHI next
        day at [[organisation:Harrowfield Youth Zone]] instead - fine. pls can markers from police
        logs come across 2 our system. [[name:cal]] x
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS FORM
        Reported by: [[name:Rosa Benítez]], {{Return Interviewer}}
        Young person: [[name:Kacper Zieliński]]   DOB: [[date_of_birth:17/02/2011]]   Age: [[age:13]]
        Ref: [[case_reference:MFH-24-1188]]
        School: [[organisation:St Wilfrid's Catholic High School]]
        Date of RHI: [[date:29/10/2024]]

        What happened: I scored [[name:Kacper]]'s {{exploitation screening}} as {{LOW}} after a
        short RHI at home - he said he'd been "at a mate's". I was going to recommend no further
        action. In {{supervision}} the next day my {{Practice Lead}} ([[name:Ade]]) asked about
        anything new he had. I'd noted new trainers, two phones and £200 cash but hadn't connected
        them to the screening questions. Re-scored {{MEDIUM}}, shared with {{MASH}} and the
        {{Exploitation Hub}}; {{police}} later linked him to a {{County Lines}} line.
        Learning: complete the tool straight after the RHI with the notes open, not from memory.
    """)),
    ("social_care", "success", block("""
        ⭐ KUDOS BOARD - week ending [[date:7 March]] ⭐
        ⭐ [[name:Joy]] - took [[name:Tamsin]] ([[age:16]]) to the {{sexual health}} clinic straight
        after her RHI when she disclosed. [[name:Tamsin]] said it was the first time an adult "just
        came with" her
        ⭐ [[name:Faith]] - whole team hit 100% of RHIs offered within {{72 hours}} in {{February}} 🎉
        ⭐ [[name:Big Dave]] from {{business support}} - spotted the {{MPU}} had sent us
        [[name:Leo Marchetti]]'s referral twice under two log numbers
        ([[case_reference:HP-2025-010442]] / [[case_reference:HP-2025-010519]]), saved a duplicate visit
        ⭐ [[name:Nazanin]] - first RHI in {{Farsi}} without an interpreter, the family were so grateful
        ⭐ {{Ofsted}} mock went well - thanks all!!
    """)),
    ("social_care", "incident", block("""
        From: [[name:Hollie Baxendale]] <[[email:hollie.baxendale@harrowfield.police.uk]]>
        Sent: [[date:14 March 2025]] 09:31
        To: [[name:Faith Oduya]]
        Subject: RE: [[case_reference:HP-2025-014215]] - [[name:Ruby-Jo Kerr]] RHI summary

        Morning [[name:Faith]],

        Thanks for the RHI summary for [[name:Ruby-Jo]], which reached us yesterday. For info, the
        car she described to [[name:Rosa]] (black {{Audi}}, [[vehicle_registration:HF21 OKD]]) was
        stopped by {{Roads Policing}} on [[date:12th]] with a different [[age:14-year-old]] girl in
        it, also reported missing. The RHI was done on [[date:6 March]], so we got the plate a week
        late. Had it come through on the {{partnership intelligence}} form the same day we might
        have acted before a second child was put at risk.

        Can we pick this up at {{MACE}} on {{Thursday}}? I appreciate you're short-staffed.

        Kind regards
        [[name:Hollie]]

        DS [[name:Hollie Baxendale]]
        {{Missing Person Coordinator}} | [[organisation:Harrowfield Police]]
        [[phone:01632 961 204]]
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        {{colon}} abandoned today, prep v poor ({{Boston}} 2). pt mr [[name:szymanski]] [[age:67]]
        hosp no [[case_reference:K0029873]]. he'd been moved from the {{am list}} to the pm list by
        {{booking}} last wk but his letter still had the am {{split dose}} times so he finished his
        {{Plenvu}} at 6am and then had lunch!! 2nd time this month. rebooked for [[date:19/03]] with
        correct instructions + a call from the {{pre-assessment}} nurse. {{datix}}'d. can booking
        pls resend letters when they move pts between lists. [[name:ks]] ({{NE}})
    """)),
    ("health", "near_miss", block("""
        NEAR MISS - SEDATION
        Patient: Mrs [[name:Aroha Ngata-Williams]]
        DOB: [[date_of_birth:14/08/1941]]
        NHS no: [[nhs_number:485 271 3065]]
        Hosp no: [[case_reference:K0048217]]
        Date: [[date:07/05/2024]]    Room 2, {{afternoon list}}
        Reported by: [[name:Tomás Ó Briain]], {{Nurse Endoscopist}}

        At {{Sign In}} our {{HCA}} [[name:Ewa]] read back "{{midazolam}} 5 mg" from the syringe on
        the trolley. The plan on the {{sedation record}} for Mrs [[name:Ngata-Williams]] was 1 mg
        titrated - she is [[age:83]], {{frail}} and on {{home oxygen}}. The 5 mg syringe had been
        drawn up for the previous patient, whose {{OGD}} was converted to {{propofol}} with the
        {{anaesthetist}}, and it was never discarded. Syringe binned, correct dose drawn up,
        procedure went ahead, no harm, {{flumazenil}} not needed.
        Learning: no pre-drawn sedation left between cases. The {{Sign In}} read-back works -
        thank you [[name:Ewa]].
    """)),
    ("health", "success", block("""
        Card left at reception, [[date:Friday 14 June]] (typed up for the {{learning board}}):

        "To [[name:Grace]], [[name:Hamza]] and the lovely lady in {{recovery}} with the purple
        glasses (I think [[name:Joy]]?) - I was terrified of my {{colonoscopy}} after last time at
        [[organisation:St Aldhelm's Hospital]] and nearly didn't come. You let me have {{Entonox}}
        instead of {{sedation}} so I could drive my {{mum}} home after, talked me through every
        bend and showed me the {{polyp}} on the screen. Nobody made me feel silly for crying.
        Thank you. [[name:Rhiannon]] (the one in the blue {{dressing gown}}!)"

        Manager note: shared at the {{safety huddle}}. [[name:Joy]] is our {{HCA}}
        [[name:Joy Abubakar]]; [[name:Grace]] and [[name:Hamza]] were the {{nurse endoscopist}}
        and {{room nurse}}. Team nominated for the [[organisation:KGH]] {{Stars}} award.
    """)),
    ("health", "incident", prose("""
        On [[date:21 February 2024]] a {{gastroscope}} was used on the morning list in {{Room 3}}
        before its {{EWD}} cycle had been confirmed as complete. The overnight cycle had failed with
        a {{low detergent}} alarm, but the scope had been moved into the {{drying cabinet}} at the
        end of the late shift. The {{decontamination}} technician on the early, [[name:Barty]], was
        off sick and the cover from theatres did not check the {{traceability}} printout. The scope
        was used for an {{OGD}} on Mr [[name:Derek Illingworth]] ([[case_reference:K0051190]]),
        and the error was found at 11:40 during the routine tracking check.
        {{Infection Prevention and Control}} advised a {{look-back}} and blood-borne virus testing.
        Mr [[name:Illingworth]] was informed the same afternoon under {{Duty of Candour}} by
        Dr [[name:Oluwaseun Adebayo-Clarke]], {{Consultant Gastroenterologist}}. Incident reference
        [[case_reference:DTX-88213]]. Learning: a scope cannot now be booked out on the tracking
        system until the {{EWD}} record is accepted, and cover staff get a decon induction.
    """)),
    ("health", "near_miss", block("""
        Chronology - consent near miss, [[date:Weds 12 June]]
        Room 1, Dr [[name:Lindqvist]]'s list
        08:15  {{Pre-assessment}} by {{SN}} [[name:Mark Ekwueme]]. Pt [[name:Harold Brierley]],
               [[age:79]], hosp no [[case_reference:K0039654]], for {{colonoscopy}} +/- {{EMR}}. Has
               {{vascular dementia}}; daughter [[name:Sue]] holds health {{LPA}}.
        08:40  {{Consent Form 1}} signed by Mr [[name:Brierley]] himself in admissions. No {{MCA}}
               assessment documented.
        09:05  {{Time Out}}: {{nurse endoscopist}} [[name:Rhys]] asks Mr [[name:Brierley]] what
               he is having done - he says "my knee". Procedure paused.
        09:10  [[name:Mark]] rings [[name:Sue]] ([[phone:07700 900 514]]), she comes in from the
               car park.
        09:35  Capacity assessed as lacking; best interests discussion with [[name:Sue]];
               {{Consent Form 4}} completed by Dr [[name:Lindqvist]].
        10:05  Procedure done, one polyp removed, no complications.
        Learning: admissions checklist to prompt a capacity check when {{dementia}} is on the alerts.
    """)),
    ("health", "success", block("""
        Teams - Endoscopy Nurses
        [[name:Amber Lau]]  14:05
        just want to flag what [[name:Kwabena]] did in {{recovery}} earlier 🙌 pt in bay 4 ({{OGD}},
        2mg {{midazolam}} + 50mcg {{fentanyl}}) was chatting fine then sats drifted to 86%.
        [[name:Kwabena]] noticed she'd gone quiet before the alarm went, stim'd her, {{jaw thrust}},
        O2 up, called the {{NE}} - {{NEWS2}} 6. {{naloxone}} given, back to 97% in 2 mins. textbook
        escalation and the {{SBAR}} to Dr [[name:Rose]] was spot on. sending him a
        {{Learning from Excellence}} nom
        [[name:Kwabena Osei]]  14:11
        aw thanks 😅 [[name:Grace]] helped loads
        [[name:Rose Gathoni]]  14:20
        agree, great work both. bringing it to {{M&M}} as good practice
    """)),
    ("health", "incident", block("""
        From: [[name:Priya Raghunathan]] <[[email:priya.raghunathan@kirkbridge.nhs.uk]]>
        Sent: [[date:Tue 9 July 2024]] 10:12
        To: Endoscopy Unit Manager; [[name:Ciarán Mac Giolla Phádraig]]
        Subject: Mislabelled specimen - lab no [[case_reference:H24-19822]]

        Hi [[name:Ciarán]],

        We received a {{biopsy}} pot yesterday labelled "[[name:WOODHOUSE, Jean]]", DOB
        [[date_of_birth:02/02/1958]], NHS [[nhs_number:619 304 8278]], but the request form with it
        is for Mr [[name:Jonah Woodhouse]], hosp no [[case_reference:K0060314]], and describes
        "{{gastric}} biopsies x4, {{CLO}} negative". The pot contains what look like {{duodenal}}
        biopsies. Both patients were on the [[date:8 July]] list in Room 2, one after the other.

        Under our {{labelling policy}} we can't process either sample, so both patients may need a
        repeat {{OGD}}. I've logged it as [[case_reference:DTX-90117]].

        Happy to talk it through.
        [[name:Priya]]

        [[name:Priya Raghunathan]]
        {{Biomedical Scientist}}, {{Cellular Pathology}}
        [[organisation:Kirkbridge General Hospital]]
        [[phone:01632 962 350]]
    """)),
    ("health", "near_miss", block("""
        PM HANDOVER - Admissions/{{Recovery}}  [[date:16/10/24]]
        Bed 2 - Mr [[name:Ó Dálaigh]] - {{ERCP}} cancelled, {{INR}} not done. Rebooked [[date:23/10]].
        Bed 4 - Mrs [[name:Rukhsana Begum]] [[age:72]] - {{T1DM}}. Arrived with {{BM}} 3.1!! Had
        taken her full {{basal insulin}} dose while on clear fluids. The diabetic prep sheet
        (yellow one) wasn't in her pack - booking sent the standard leaflet. {{Hypo}} treated with
        {{Glucogel}} + 2 biscuits, BM 6.8 on recheck, went ahead with {{flexi sig}}, BM 7.2 post.
        Husband ([[name:Anwar]]) taking her home. Datix [[case_reference:DTX-91550]].
        Bed 6 - [[name:Lenny]] ({{LD}}, {{hospital passport}} in notes) - done, eating and drinking,
        {{escort}} = carer [[name:Pat]], picking up 5pm.
        ** Please check EVERY diabetic pt had the yellow leaflet before prep is posted - near miss
        today **
        [[name:Niamh]] x
    """)),
    ("health", "incident", block("""
        ENDOSCOPY USERS GROUP - MINUTES
        [[date:5 September 2024]], {{Seminar Room B}}, [[organisation:Kirkbridge General Hospital]]
        Present: Dr [[name:Rose Gathoni]] (Chair), [[name:Amber Lau]] ({{Unit Manager}}),
        [[name:Tomás Ó Briain]] ({{NE}}), Dr [[name:Hiroshi Tanabe]] ({{SpR}}),
        [[name:Bill Ferris]] ({{Decon Lead}})
        Apologies: Dr [[name:Lindqvist]], [[name:Faith Chikwanha]] ({{JAG}} lead)

        4. Serious incident [[case_reference:KGH-SI-2024-031]]
        Mr [[name:Alfie Thornycroft]] ([[age:58]]) had {{oesophageal dilatation}} on
        [[date:12/08/24]] and developed a {{perforation}}; admitted to {{Ward 24}} then {{ITU}}, now
        recovering. The consent form listed bleeding and {{aspiration}} but not perforation - the
        pre-printed dilatation form in Room 1 was a 2019 version. [[name:RG]] noted the {{BSG}}
        consent guidance has been updated since.
        Actions:
        - [[name:AL]] to remove all old pre-printed forms from rooms by [[date:13/09]]
        - [[name:TÓB]] to audit consent for all dilatations since [[date:1 January]]
        - [[name:RG]] to meet the family with {{PALS}}
    """)),
    ("health", "success", block("""
        LEARNING FROM EXCELLENCE - Q2 nominations ({{Endoscopy}})
        Date | Nominee | Role | Nominated by | Why
        [[date:02/04]] | [[name:Ewa Kamińska]] | {{HCA}} | [[name:T. Ó Briain]] | read-back at {{Sign In}} stopped a wrong-dose {{midazolam}} syringe
        [[date:19/04]] | [[name:Sunny Banerjee]] | {{decon tech}} | [[name:Bill]] | spotted a hairline crack on a {{colonoscope}} during the {{leak test}}
        [[date:24/05]] | [[name:Marguerite]] | {{ward clerk}} | [[name:Amber]] | rang all 11 pts when the list moved to pm and re-timed their prep
        [[date:11/06]] | Dr [[name:Tanabe]] | {{SpR}} | [[name:Rose G]] | booked a {{Tigrinya}} interpreter at 20 mins notice so consent was valid
        All four get a certificate at the {{governance day}}.
    """)),
    ("health", "incident", prose("""
        pt went home on the bus after {{midaz}} 2mg with no escort. [[name:jo]] in {{recovery}}
        thought the man in the waiting rm was his son - it was someone elses relative. pt
        ([[name:ahmed y]], [[age:61]], [[case_reference:K0044310]]) rang the unit at 16:40 from a
        bus stop feeling woozy, his daughter went and got him. no harm but could have been v bad.
        {{duty of candour}} convo done by [[name:amber]] next day. our discharge check just says
        "escort? Y/N" - think it needs name + mob no + who actually saw them. also we were 2 nurses
        down in recovery. [[name:lou]] ({{RN}})
    """)),
    ("health", "near_miss", block("""
        [[date:02/12/2024]], 07:58 - [[name:Tomás]]: heads up, pt on my list [[name:Bronisław Zieliński]] (bed 3) still taking {{apixaban}}, last dose last night. {{pre-assessment}} sheet says "stopped" 🙃
        [[date:02/12/2024]], 08:01 - [[name:Faith C]]: 😳 was he for {{EMR}}?
        [[date:02/12/2024]], 08:02 - [[name:Tomás]]: yes 2cm {{sigmoid}} polyp. would have bled for sure
        [[date:02/12/2024]], 08:10 - [[name:Tomás]]: spoke to him - he thought "stop the blood thinner" meant his {{aspirin}}, which he'd stopped years ago. doing diagnostic only + rebook
        [[date:02/12/2024]], 08:12 - [[name:Rose Gathoni]]: well caught. can the pre-assess call ask for the drug BY NAME please. [[name:Amber]] can you add to {{huddle}}
        [[date:02/12/2024]], 08:13 - [[name:Amber]]: 👍 will do + {{datix}}
    """)),
    ("health", "success", prose("""
        Good practice - reasonable adjustments. [[name:Kieran Mulholland]] ([[age:34]]) has a
        {{learning disability}} and {{autism}}, and two previous {{colonoscopy}} attempts at
        [[organisation:Ryeford Community Hospital]] had been abandoned. The {{LD liaison nurse}},
        [[name:Hope Obi]], met [[name:Kieran]] and his {{support worker}} at home beforehand with
        photos of the unit and his {{hospital passport}}. We put him first on the list on
        [[date:3 October]], used the side room with the lights down, let him keep his headphones on
        and had the same two staff throughout. {{Bowel prep}} was split into smaller volumes after a
        {{pharmacist}} review. The procedure was completed with {{propofol}} given by the
        {{anaesthetist}}, and {{bloods}} were taken at the same time so he needed only one visit.
        [[name:Kieran]] gave the team a thumbs-up in {{recovery}} and his {{mum}} e-mailed to say it
        was "the first good hospital day in years". [[name:Hope]] has shared the plan as a template.
    """)),
    ("health", "incident", block("""
        From: Dr [[name:Rose Gathoni]] <[[email:rose.gathoni@kirkbridge.nhs.uk]]>
        To: [[email:endoscopy.governance@kirkbridge.nhs.uk]]
        Cc: [[name:Amber Lau]]
        Date: [[date:28 January 2025]]
        Subject: Unactioned histology - [[case_reference:K0027741]]

        All,

        Histology from a {{surveillance}} {{OGD}} on [[date:17 September 2024]] for
        Mr [[name:Daniel Okonjo]] ([[age:52]]) showed {{high-grade dysplasia}} in
        {{Barrett's oesophagus}}. The result went to the inbox of the {{nurse endoscopist}} who did
        the list, who left the trust in {{October}}. Her {{ICE}} inbox was never reassigned, so
        nobody saw it until his {{GP}}, Dr [[name:Farah Siddiqui]] at
        [[organisation:Millbeck Surgery]], rang on [[date:24 January]] asking about the plan - a
        delay of four months.

        He has been seen urgently by the {{upper GI}} team and listed for the {{MDT}}. I have spoken
        to him and his wife under {{Duty of Candour}}.

        Please can we (1) reassign results inboxes on the day a leaver goes, and (2) add a weekly
        unacknowledged-results report to the {{JAG}} dashboard.

        [[name:Rose]]

        Dr [[name:Rose Gathoni]], {{Consultant Gastroenterologist}} and {{Endoscopy Lead}}
    """)),
    ("health", "near_miss", block("""
        NEAR MISS - MEDICATION (Endoscopy)
        Name: [[name:Siobhán Nic Aodha]]
        DOB: [[date_of_birth:30/04/1987]]
        Address: [[address:Flat 2, 88 Wellgate Road, Kirkbridge]] [[postcode:KB7 2TJ]]
        NHS No: [[nhs_number:732 859 1404]]
        GP: [[organisation:Wellgate Medical Practice]]
        Date: [[date:20/11/2024]]

        What happened: during an {{OGD}} under {{throat spray}} only, the {{nurse endoscopist}}
        asked for {{Buscopan}} 20 mg IV because of {{peristalsis}}. As the room nurse
        ([[name:Faith]]) was drawing it up, the patient said she uses eye drops "for pressure".
        [[name:Faith]] paused. Her {{GP}} letter (scanned, not on the {{EPR}} alert list) confirmed
        {{angle-closure glaucoma}}, where {{hyoscine}} is contraindicated. {{Glucagon}} was used
        instead.
        Learning: GP referral letters are scanned but not reviewed for alerts at booking. Raised
        with the booking lead. Reported by [[name:F. Mensah]].
    """)),
    ("health", "success", prose("""
        SHOUT OUT 📣 to the decon team - [[name:Bill]], [[name:Sunny]], [[name:Marek]] and
        [[name:Dolores]] - for [[date:Sat 20th]]. Both {{EWDs}} went down at 08:30 with 14 pts
        booked, including two {{GI bleeds}} from {{A&E}}. Instead of cancelling, [[name:Bill]] rang
        the {{service engineer}}, [[name:Sunny]] and [[name:Marek]] arranged loan scopes from
        [[organisation:St Aldhelm's Hospital]] via {{transport}}, and [[name:Dolores]] tracked every
        scope on paper so {{traceability}} was never lost. Only 2 routine pts rescheduled, both
        bleeds scoped within the hour and zero tracking gaps on the {{JAG}} audit. Proper teamwork.
        Cake in the staff room! - [[name:Amber]] ({{Unit Manager}})
    """)),
    ("health", "incident", block("""
        Incident chronology - wrong patient enema, [[date:Mon 4 March]]
        Ref [[case_reference:DTX-87740]]
        07:30  Two patients called [[name:Gareth Pugh]] in admissions: [[case_reference:K0070112]]
               (DOB [[date_of_birth:09/09/1949]], {{flexi sig}}) and [[case_reference:K0070987]]
               (DOB [[date_of_birth:22/01/1976]], {{OGD}}). Not flagged as same-name on the list.
        07:55  {{HCA}} calls "[[name:Gareth Pugh]]" from the waiting area; the younger man comes
               forward.
        08:05  {{Phosphate enema}} given in bay 5 to the OGD patient. Wristband not checked against
               the hosp no - name + DOB read out and the patient "agreed".
        08:40  Error found at {{Sign In}} for the OGD.
        08:45  Patient informed, apology, observed; no harm beyond discomfort. {{Duty of Candour}}
               letter sent.
        Learning: same-name alert on the admissions board; patients to SAY their DOB, not confirm
        it; wristband v hosp no at every step.
        - [[name:Obiageli]] ({{Sister}}, Admissions)
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        nights, [[aircraft_registration:G-OSKH]] {{AW169}}. end of shift {{tool check}} 10mm ring
        spanner missing off [[name:deano]]'s {{shadow board}}. a/c had already been released at
        04:10 for first wave [[flight_number:SOH412]]. rang {{ops}}, a/c held on {{stand}} and
        engines not started thank god. searched, found the spanner sat on the {{MGB}} deck behind
        the LH cowling. no damage, {{duplicate inspection}} done, released 05:55,
        [[flight_number:SOH412]] went 20 mins late. tool check should be BEFORE the {{CRS}} not
        after, we've been doing it backwards on nights cos of the handover rush. [[name:taff]]
        ({{B1}})
    """)),
    ("aviation", "near_miss", block("""
        INTERNAL OCCURRENCE REPORT
        Ref: [[case_reference:NRE-OR-24-0193]]
        Date: [[date:17 Apr 2024]]      Location: [[organisation:Brantham Heliport]], {{Hangar 2}}
        Aircraft: {{H145}} [[aircraft_registration:G-NHRE]]    {{W/O}}: [[case_reference:WO-55218]]
        Reporter: [[name:Gráinne Mhic Mhathúna]], {{B1}} {{LAE}}
        Category: Near miss

        Summary: the {{borescope}} inspection of the No 2 engine (task card 14 of 22) was started
        on days by [[name:Jakub]] and handed over part-done. The card was not stamped and the
        handover sheet just said "boro done?". On nights I was preparing the {{CRS}} and had got as
        far as the {{tech log}} entry when I noticed card 14 had no stamp. Rang [[name:Jakub]] at
        home - he had only done the first stage. I completed the inspection, found minor
        {{tip erosion}} within {{AMM}} limits, and recorded it.
        Contributing: free-text handover sheet; no "open tasks" check before CRS.
        Suggested action: an "open cards" box on the handover sheet.
    """)),
    ("aviation", "success", block("""
        From: [[name:Ingrid Solberg]] <[[email:i.solberg@aerocontinuity.co.uk]]>
        Sent: [[date:Thursday 5 December 2024]] 08:14
        To: [[name:Will Pemberton]] <[[email:will.pemberton@nhre-eng.co.uk]]>
        Cc: {{Quality}} <[[email:quality@nhre-eng.co.uk]]>
        Subject: Thank you - [[aircraft_registration:G-CDVL]] tail rotor {{AD}} query

        Hi [[name:Will]],

        Just wanted to say thanks for your query at 02:30 on [[date:Tuesday 3rd]]. You were right to
        ask whether the new {{EASA}} {{AD}} on tail rotor pitch link bearings applied to
        [[aircraft_registration:G-CDVL]] - our {{AMP}} tracking had filtered it out because of an
        old part number in the {{CAMO}} system. It did apply, and the aircraft was 6 hours short of
        the compliance time. We have embodied it, raised an {{MOR}} and checked the rest of the
        fleet - two more aircraft affected.

        Really appreciated you stopping the job and asking rather than assuming.

        Kind regards,
        [[name:Ingrid]]

        [[name:Ingrid Solberg]]
        {{Continuing Airworthiness Manager}}
        [[organisation:Aerocontinuity Ltd]]
        [[phone:01632 963 770]]
    """)),
    ("aviation", "incident", block("""
        RT transcript extract - [[organisation:Brantham Tower]] {{118.505}}, [[date:03/09/2024]]
        Post-maintenance {{check flight}}, {{AW139}} [[aircraft_registration:G-ZTRX]], after an
        {{MGB}} oil filter change (W/O [[case_reference:WO-56031]])

        14:31:48 [[aircraft_registration:G-ZTRX]]: [[organisation:Brantham Tower]], [[aircraft_registration:Golf Zulu Tango Romeo X-ray]], MGB oil pressure caution, returning to the field, request straight in to the {{FATO}}.
        14:31:55 {{TWR}}: [[aircraft_registration:Golf Romeo X-ray]], straight in approved, wind 240 degrees 12 knots, {{emergency services}} alerted.
        14:32:02 [[aircraft_registration:G-ZTRX]]: Straight in, [[aircraft_registration:Golf Romeo X-ray]].
        14:34:40 [[aircraft_registration:G-ZTRX]]: [[aircraft_registration:Golf Romeo X-ray]] on the ground, shutting down.

        Engineering note: oil on the MGB deck. The filter bowl had been fitted hand-tight and
        {{lockwired}} but never torqued. The {{independent inspection}} was signed from the
        paperwork without looking, because the cowlings were already closed. {{MOR}} raised,
        [[case_reference:NRE-OR-24-0241]].
        - [[name:Kwame Asante]], {{Base Maintenance Manager}}
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp - "[[organisation:NRE]] line nights" (exported)
        [[date:22/01/2025]], 19:02 - [[name:Kwame]]: evening all. [[aircraft_registration:G-OSKH]] tech log pg [[case_reference:004417]] - the {{ADD}} for the wx radar expires TONIGHT at midnight. did anyone send the extension request to {{CAMO}}??
        [[date:22/01/2025]], 19:09 - [[name:Lukasz P]]: not me, thought days did it
        [[date:22/01/2025]], 19:15 - [[name:Hannah-Rose]]: 🤦‍♀️ no. a/c is on the board for [[flight_number:SOH118]] 06:40 tomorrow
        [[date:22/01/2025]], 19:31 - [[name:Kwame]]: rang [[name:Ingrid]] at home, she can't extend, {{MEL}} cat C limit reached. either we fix it or it doesn't fly
        [[date:22/01/2025]], 19:33 - [[name:Lukasz P]]: spare receiver in {{stores}}, I'll fit it
        [[date:23/01/2025]], 01:50 - [[name:Lukasz P]]: fitted + {{ground test}} ok, ADD closed, {{CRS}} signed 👍
    """)),
    ("aviation", "success", block("""
        NIGHT SHIFT HANDOVER - {{Hangar 1}} - [[date:Sun 9 Feb]]
        Shift lead: [[name:Rhys ap Dafydd]]   Team: [[name:Grzegorz]] ("[[name:Greg]]"),
        [[name:Smudge]], apprentice [[name:Leah]]

        [[aircraft_registration:G-NHRE]] {{H145}} - 600 hr check, cards 1-40 complete, 41-52 open
        (listed on the board).
        [[aircraft_registration:G-LYNC]] {{EC135}} - No 1 engine {{borescope}} per {{SB}}. GOOD
        CATCH by [[name:Leah]]: while I was on the scope she spotted a dent on the {{compressor}}
        inlet that wasn't in the last set of images. Compared with the [[date:14/11]] images - new.
        Photos on the shared drive. {{CAMO}} query raised ([[case_reference:CQ-2025-0087]]),
        engine u/s pending {{OEM}} reply. Aircraft NOT to fly.
        Tools: all boards complete, torque wrench {{TW-12}} out for calibration.
        [[name:Rhys]]
    """)),
    ("aviation", "incident", block("""
        SAFETY REVIEW BOARD - MINUTES
        Date: [[date:14 August 2024]]   Venue: {{Crew Room}}, [[organisation:Brantham Heliport]]
        Attendees: [[name:Kwame Asante]] ({{BMM}}, chair), [[name:Ingrid Solberg]] ({{CAMO}}),
        [[name:Dafydd Evans]] ({{Quality Manager}}), [[name:Bill Tranter]] ({{Stores}}),
        [[name:Yuki Hoshino]] ({{B1}})
        Apologies: [[name:Will Pemberton]], Capt [[name:Hamish Drummond]]
        ([[organisation:Skyline Offshore Helicopters]])

        Item 2 - Unapproved part fitted, [[aircraft_registration:G-CDVL]]
        (occurrence [[case_reference:NRE-OR-24-0207]])
        A tail rotor {{gearbox}} bolt was fitted from the loose-parts bin in {{Stores}} without an
        {{EASA Form 1}}. Found at the {{Quality}} audit on [[date:2 August]], 3 sectors after
        fitment. Bolt removed and quarantined; no damage. {{MOR}} submitted to the {{CAA}}.
        Discussion: the loose bin was "for consumables" but had become a dumping ground. Night
        shift had no storeman.
        Actions: [[name:BT]] - remove loose bin, quarantine contents; [[name:DE]] - audit last 90
        days of parts issue; [[name:KA]] - night stores access procedure.
    """)),
    ("aviation", "near_miss", block("""
        Chronology - near miss, tow out, [[date:Weds 6 Nov]], [[organisation:Brantham Heliport]]
        05:20  [[aircraft_registration:G-OSKH]] on {{ground handling wheels}}, tow from {{Hangar 1}} to
               {{Stand 4}} for [[flight_number:SOH204]]. {{Tug}} driver [[name:Femi]],
               {{wing walker}} apprentice [[name:Oisín]], {{brakeman}} [[name:Yuki]].
        05:24  Ops van [[vehicle_registration:NX68 BHW]] parked on the tow route by the fuel farm,
               no lights.
        05:25  [[name:Oisín]] shouts stop; tug stops approx 1 m short with the {{tail rotor}}
               guard level with the van's roof.
        05:27  Van moved by its driver ([[name:Jonno]], {{ops}}).
        05:40  Aircraft on stand, walk-round no damage, {{duplicate inspection}} of the TR by
               [[name:Yuki]].
        Factors: dark, rain, tow route not marked, van normally parks airside on days only.
        Actions: "no parking" hatching on the route; vans to use the compound from 22:00.
    """)),
    ("aviation", "success", prose("""
        Shout-out to [[name:Smudge]] ([[name:Paul Smithson]]) on nights for spotting a {{chafed}}
        {{hydraulic}} pipe behind the {{firewall}} on [[aircraft_registration:G-LYNC]] during a
        routine {{daily}} - nowhere near his task card, but he'd got a torch in there because
        something looked shiny. Fluid had just started weeping. Pipe replaced, {{CAMO}} happy,
        [[flight_number:SOH301]] left on time next morning. Also big thanks to [[name:Anneliese]] in
        {{Stores}} who found the pipe at 3am, and [[name:Faith]] from {{Planning}} for rejigging the
        next day's work package. This is what a good safety culture looks like. - [[name:Kwame]]
    """)),
    ("aviation", "incident", prose("""
        On [[date:30 May 2024]], during a {{trend review}}, our {{powerplant}} engineer
        [[name:Joanna Wiśniewska-Hart]] found that three sets of {{borescope}} images from the No 1
        engine of [[aircraft_registration:G-NHRE]] had been saved in the folder for
        [[aircraft_registration:G-NHRF]], its sister aircraft. The borescope kit's default file
        naming uses the last aircraft entered, and the night-shift engineer had not changed it. As
        a result a developing {{nick}} on a first-stage {{compressor}} blade of
        [[aircraft_registration:G-NHRE]] appeared to be a new finding on
        [[aircraft_registration:G-NHRF]], while the trend on [[aircraft_registration:G-NHRE]]
        looked clean for 150 hours. Once the images were reassigned the damage was found to be
        close to the {{AMM}} limit and the engine was removed early for a {{shop visit}}. No flight
        safety event occurred. {{Quality}} raised [[case_reference:NRE-OR-24-0166]]. We have added
        a mandatory registration check screen to the kit and a second-person check of file names
        at the end of each borescope task.
    """)),
    ("aviation", "near_miss", block("""
        TOOL CONTROL - near misses logged, {{October}} (line station, all shifts)
        | Date | Shift | Tool | Signed out to | Found | Aircraft |
        | [[date:03/10]] | N | 6" {{screwdriver}} | [[name:G. Wiśniewski]] | on engine {{cowling}} at walk-round | [[aircraft_registration:G-OSKH]] |
        | [[date:11/10]] | N | {{torch}} | [[name:hannah-rose]] | left in the {{baggage hold}} | [[aircraft_registration:G-CDVL]] |
        | [[date:19/10]] | D | {{torque wrench}} | [[name:Temitope]] | not returned, in a locker | n/a |
        | [[date:27/10]] | N | {{lockwire pliers}} | (no signature) | {{MGB}} deck during the {{daily}} | [[aircraft_registration:G-LYNC]] |
        All 4 caught before flight. 3 of 4 on nights, 2 of 4 after a tool check had been signed
        complete. Proposal: photo of the {{shadow board}} attached to every {{CRS}}.
        - [[name:RaD]]
    """)),
    ("aviation", "success", block("""
        From: Capt [[name:Hamish Drummond]] <[[email:h.drummond@skyline-offshore.co.uk]]>
        To: Line Station <[[email:line.station@nhre-eng.co.uk]]>
        Date: [[date:19 March 2025]]
        Subject: [[flight_number:SOH412]] / [[aircraft_registration:G-ZTRX]] - thank you

        Team,

        Last night [[aircraft_registration:G-ZTRX]] came back from the rig with a No 2 engine
        {{chip light}}. I fully expected to lose the aircraft for the morning and cancel
        [[flight_number:SOH412]] with 14 pax for the {{platform}}.

        [[name:Yuki]] and [[name:Grzegorz]] had the {{chip detector}} out within 20 minutes, found
        fuzz within limits, did the flush and {{ground run}} per the {{AMM}}, and then - the bit I
        want to highlight - rang [[organisation:Aerocontinuity]]'s duty {{CAMO}} to check the
        repeat-chip rule before signing, rather than assuming. The aircraft left on time with a
        properly documented {{CRS}}.

        Please pass on my thanks.

        [[name:Hamish]]
        Capt [[name:Hamish Drummond]], {{Chief Pilot}}
        [[organisation:Skyline Offshore Helicopters]]
    """)),
    ("aviation", "incident", prose("""
        did 16 hrs last nite (stayed on after [[name:mo]] went sick), torqued the tail rotor blade
        bolts on [[aircraft_registration:g-oskh]] to the old {{AMM}} value not the new {{rev}}. only
        picked up by [[name:yuki]] doing the {{independent}} next morn. re-torqued, nothing flew.
        honestly i was knackered and used the card from my toolbox not the live one on {{AMOS}}.
        we keep getting asked to stay on bc of {{staffing}} and nobody checks {{duty hours}}. pls
        look at {{fatigue}} on nights. [[name:lukasz]]
    """)),
    ("aviation", "near_miss", block("""
        NEAR MISS - FUEL
        Date/Time: [[date:08/07/2024]] 06:10
        Location: {{Fuel farm}}, [[organisation:Brantham Heliport]]
        Bowser: [[vehicle_registration:PJ17 WZK]] ({{Bowser 2}})
        Aircraft: [[aircraft_registration:G-LYNC]] {{EC135}}
        Refueller: [[name:Callum O'Rourke]] ([[organisation:AvFuels North Ltd]])
        Engineer: [[name:Temitope Adeyemi]], {{B1}}

        Description: {{Bowser 2}} was refilled overnight from the tanker. The {{water check}} /
        {{fuel sample}} was not done before the first uplift because the refueller assumed nights
        had done it. I asked to see the sample jar before fuelling
        [[aircraft_registration:G-LYNC]]; it hadn't been taken. The sample then showed free water
        and {{sediment}} - bowser quarantined, aircraft fuelled from Bowser 1 after a clear sample.
        Risk: {{engine flame-out}} / {{fuel contamination}}.
        Suggested: daily sample record on the bowser door, countersigned by the engineer.
    """)),
    ("aviation", "success", block("""
        Teams - #line-station-chat
        [[name:Dafydd Evans]] ({{Quality}})  10:02
        Big well done to [[name:Leah Okoro-Barnes]] (2nd yr {{apprentice}}) 👏 On the {{daily}} for
        [[aircraft_registration:G-CDVL]] she noticed {{tech log}} page [[case_reference:002981]] had
        an {{ADD}} transferred without the {{CAMO}} reference. She asked [[name:Yuki]] instead of
        just initialling. Turned out it had been transferred from the wrong page and the defect
        ({{hoist}} cable fray) had never been assessed. Hoist placarded {{INOP}}.
        [[name:Yuki Hoshino]]  10:05
        she's sharp! told her to always ask 👍
        [[name:Leah Okoro-Barnes]]  10:09
        thank you 😊 [[name:Kwame]] said at induction "if it looks wrong, it is"
    """)),
    ("aviation", "incident", block("""
        From: [[name:Dafydd Evans]] <[[email:dafydd.evans@nhre-eng.co.uk]]>
        To: [[email:safety@nhre-eng.co.uk]]
        Sent: [[date:Fri 11 April 2025]] 16:48
        Subject: Missing tech log page - [[aircraft_registration:G-LYNC]] - {{MOR}} raised

        All,

        During the {{CAMO}} records review today [[name:Ingrid]] found that {{tech log}} page
        [[case_reference:003312]] for [[aircraft_registration:G-LYNC]] is missing from the book.
        Page [[case_reference:003311]] ends with a {{hydraulic}} leak defect entry on
        [[date:7 April]]; page [[case_reference:003313]] starts on [[date:9 April]] with a {{CRS}}.
        The yellow copy of [[case_reference:003312]] is not in the station file either.

        The aircraft flew 4 sectors in between, including [[flight_number:SOH226]], with no
        recorded rectification. We have grounded it, found and re-inspected the leak (pump
        {{O-ring}} replaced, probably by nights on [[date:8 April]], no paperwork) and raised an
        {{MOR}} with the {{CAA}} ([[case_reference:MOR-2025-04417]]).

        Please do not remove pages from the tech log for any reason.

        [[name:Dafydd]]
        [[name:Dafydd Evans]]
        {{Quality Manager}}, [[organisation:Northhaven Rotorcraft Engineering Ltd]]
        [[phone:07700 900 632]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind227", REPORTS))
