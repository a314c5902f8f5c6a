"""Held-out blind corpus 229: 50 invented UK incident, near-miss and success ("learning") reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
de-identification generalises. Three settings, all people, organisations, places and numbers
invented:

- social_care (17): a private children's residential home provider - registered managers, shift
  leaders, Regulation 44 visits, missing episodes, key workers, the placing authority.
- health (17): a hospital children's ward with a high-dependency bay - play specialists,
  cannulas, sepsis screening, parents staying overnight, the outreach team.
- aviation (16): an airport's passenger assistance (PRM) service - ambulifts, wheelchairs,
  special assistance requests, gate staff, cabin crew handovers.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams/WhatsApp/Slack), handover notes, minutes with attendance and
apologies, pipe-separated and aligned tables, radio (RT) transcripts, shout-outs and thank-you
notes. Identifiers are marked [[label:value]] and must-not-redact mentions {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind229.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        missing from home - [[name:kayden]] ([[age:15]]) not back from [[organisation:Oakbridge College]]
        by 16:00, curfew is 21:00 so we waited per his {{risk assessment}}. tried his mob x3 no
        answer, snap map showed him near the {{retail park}}. {{shift leader}} [[name:dee]] rang
        police at 21:20, log [[case_reference:NM-240611-0932]]. {{EDT}} informed + on call mgr.
        found by police 23:45 at a mates flat on [[address:Fennel Road]], brought back, v hyper,
        no injuries seen. {{return home interview}} requested thru the {{placing authority}}. nb
        this is his 3rd {{missing episode}} since [[date:2 june]] so pls can the {{RM}} look at the
        {{MFH protocol}} again as [[name:kayden]] knows we dont report till curfew. body map done,
        {{Philomena Protocol}} grab sheet updated w new photo.
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:14 March]] at approximately 08:10 a near miss occurred during the morning
        {{medication round}} at [[organisation:Larchfield House]]. {{Residential support worker}}
        [[name:Ifeoma Chukwu-Adeyemi]] was preparing [[name:Tyler]]'s {{methylphenidate}} when she
        noticed that the {{MAR chart}} stated 36mg while the pharmacy label on the new box read
        27mg. The entry had been handwritten by a colleague after a dose change made by {{CAMHS}}
        consultant Dr [[name:Okonkwo]] at clinic the previous {{Thursday}}. [[name:Ifeoma]] did not
        administer, phoned [[organisation:Greenway Pharmacy]] and the on-call {{registered manager}},
        and the dose was confirmed as 27mg against the clinic letter. [[name:Tyler]] received his
        medication at 08:40 and went to school slightly late. No harm. Learning: handwritten {{MAR}}
        entries are to be double-signed and checked against the prescriber's letter, and the
        {{medication policy}} will be re-shared at team meeting. {{Shift leader}}
        [[name:Bea Lindqvist]] has since audited the other three charts in the home and found no
        further discrepancies.
    """)),
    ("social_care", "success", block("""
        SHOUT OUT - lates [[date:Sat 8th]]
        massive thank you to [[name:Hope]] and [[name:Will]] on the late shift. [[name:Jaz]] (our
        newest lad, [[age:13]]) was really unsettled after {{family time}} got cancelled last min
        by his {{social worker}}. [[name:Hope]] sat with him on the trampoline for nearly an hour
        and [[name:Will]] cooked his nan's jollof recipe with him off a video call. no {{PRN}}, no
        {{physical intervention}}, he went to bed at 22:30 and told the {{waking night}} staff it
        was a good day. this is exactly the {{PACE}} approach we talked about in {{supervision}}.
        proud of you both x
        - [[name:Marguerite]] ({{RM}})
    """)),
    ("social_care", "success", block("""
        From: [[name:Rhona Galloway]] <[[email:rhona@galloway-consult.co.uk]]>
        To: [[email:m.achterberg@brackenridgecare.co.uk]]
        Cc: {{Responsible Individual}}
        Subject: {{Regulation 44}} visit - [[organisation:Hawthorn Lodge]] - [[date:19 April 2024]]

        Hi [[name:Marguerite]],

        Headline from today's visit before the full report follows: really positive. I spoke with
        two of the young people (with their consent) and both named their {{key worker}} as
        someone they trust. [[name:Mikey]] showed me the bedroom he decorated with [[name:Sunny]]
        and talked about starting his {{CSCS card}} course at college.

        Records were in good order - {{missing from care}} logs are cross-referenced to the
        {{return home interview}} outcomes, and the {{Location Risk Assessment}} has been updated
        since my last visit on [[date:22 March]].

        One small action: the {{Statement of Purpose}} on the office wall still lists [[name:Dale]]
        as deputy.

        Best wishes
        [[name:Rhona]]

        [[name:Rhona Galloway]] | {{Independent Person}} (Reg 44)
        [[phone:07723 418956]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT - RESTRICTIVE PHYSICAL INTERVENTION
        Young person: [[name:Mikey O'Dowd]]      DOB: [[date_of_birth:09/11/2009]]
        Home: [[organisation:Hawthorn Lodge]]    Ref: [[case_reference:BRK-PI-0417]]
        Placing LA: [[organisation:Castlebridge City Council]]   SW: [[name:Anjali Raman]]
        Date/time: [[date:21/04/24]] 19:35
        Staff involved: [[name:J. Kowalczyk]], [[name:Sunny Bassi]]
        Hold: {{Team Teach}} two-person {{single elbow}}, approx 3 mins

        Account: [[name:Mikey]] was on the phone to his {{mum}}, became very distressed and started
        punching the lounge window. Staff used {{de-escalation}} (space, low voice, offer of a
        walk) for around 10 mins. When the glass cracked [[name:JK]] and [[name:Sunny]] guided him
        away into the {{quiet room}}. Released as soon as he said he was ok. Small cut to right
        knuckle, cleaned, {{first aid}} by [[name:Sunny]].
        Debrief with YP: next morning with {{key worker}}.
        Notified: on-call manager; {{social worker}} by email; {{Ofsted}} notification not required.
    """)),
    ("social_care", "near_miss", block("""
        [Teams chat - [[organisation:Hawthorn Lodge]] {{shift leads}}]
        [09:12] [[name:Priya Desai]]: morning! about to send [[name:Leon]]'s {{PEP}} notes to the
        {{designated teacher}} at [[organisation:Kingsmead Academy]]
        [09:14] [[name:Tomasz]]: hold on which file did u attach?
        [09:14] [[name:Priya Desai]]: PEP_latest.docx from the {{shared drive}}
        [09:15] [[name:Tomasz]]: thats [[name:Corey]]'s!! someone saved over the name. his has
        the {{CSE}} screening tool in it
        [09:16] [[name:Priya Desai]]: omg. {{NOT}} sent, deleted from drafts. thank u
        [09:20] [[name:Tomasz]]: ill rename the folders by initials + {{LA}} ref so it cant happen
        again e.g. [[name:LM]] - [[case_reference:CC-88213]]
        [09:22] [[name:Priya Desai]]: good shout. logging as {{near miss}} + telling
        [[name:Marguerite]]. {{GDPR}} breach avoided 😅
    """)),
    ("social_care", "incident", block("""
        HANDOVER - [[organisation:Larchfield House]] - nights -> earlies [[date:Tues 4th June]]
        On shift: [[name:Gintaras]] ({{SL}}), [[name:Faith]], agency [[name:Ola]]

        [[name:TB]] - settled, asleep by 23:00. {{door alarm}} 02:10, came down for toast, back
        up 02:30.
        [[name:Tyler]] - INCIDENT 00:40: found with a lighter in his room. Refused to hand it over,
        eventually left it on the landing. Small scorch mark on curtain. Lighter in office safe.
        {{Fire risk assessment}} needs reviewing today. Spoke to him calmly, he said he "just
        wanted to see". Logged [[case_reference:LH-IR-2231]].
        [[name:Reece]] - still {{missing}} (since 19:00 yesterday), police log
        [[case_reference:CB-1606-0447]], {{EDT}} updated 06:00. {{Mum}} rang 05:50 says he
        messaged her from a party on [[address:Cobden Street]].

        To do: {{RM}} to notify {{placing authority}} re lighter. [[name:Faith]] to chase the
        {{RHI}} once [[name:Reece]] is back.
    """)),
    ("social_care", "near_miss", block("""
        Minutes - team meeting, [[organisation:Rowan Court]] - [[date:11/06/2024]]
        Present: [[name:Nadia Haddad]] ({{RM}}), [[name:Craig Mbeki]] ({{Deputy}}), [[name:Pat]],
        [[name:Grace O'Sullivan]], [[name:Kwame]], [[name:Liesl]]
        Apologies: [[name:Bill Ferreira]], [[name:Rosa]] (annual leave)

        1. Near miss [[date:7 June]] - approx 22:15 an adult male knocked at the front door asking
        for [[name:Kezia]]. [[name:Kezia]] ([[age:16]]) had sent him the address on Snapchat.
        [[name:Kwame]] did not open the door, used the intercom, took a description and the car
        reg [[vehicle_registration:YD63 KFN]]. Passed to police as {{child exploitation}}
        intelligence, ref [[case_reference:INT/24/55102]].
        2. Learning: staff confident with the {{door protocol}} - good. Gap: {{CCTV}} doorbell was
        not recording (subscription lapsed). [[name:Craig]] to renew by {{Friday}}.
        3. [[name:Kezia]]'s {{safety plan}} updated, {{strategy meeting}} requested via {{MASH}}.

        Actions: [[name:CM]] - CCTV. [[name:NH]] - notify {{Ofsted}} ({{Reg 40}}) and the
        {{placing authority}}.
    """)),
    ("social_care", "incident", block("""
        MISSING FROM CARE LOG - [[organisation:Larchfield House]] - [[date:May 2024]]
        YP     | Date              | Out   | Back  | Police log                      | RHI
        [[name:Reece]]  | [[date:03/05/24]] | 18:30 | 01:15 | [[case_reference:CB-0305-1198]] | done
        [[name:Reece]]  | [[date:11/05/24]] | 20:05 | 23:40 | [[case_reference:CB-1105-0621]] | declined
        [[name:Tyler]]  | [[date:18/05/24]] | 16:10 | 16:55 | not reported ({{absent}})       | n/a
        [[name:Reece]]  | [[date:26/05/24]] | 21:00 | 09:30 | [[case_reference:CB-2605-1034]] | chased x2

        Note for {{RM}}: [[name:Reece]] now 3 episodes this month incl. one overnight, found each
        time near the {{bus station}}. Meets threshold for a {{MACE}} referral. {{Key worker}}
        [[name:Dmitri]] to raise with {{social worker}} Mrs [[name:Okafor]] and the {{IRO}} before
        the {{LAC review}} on [[date:20 June]].
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp - [[organisation:Brackenridge]] North staff 🚗
        [[[date:07/06/2024]], 07:48] [[name:Shauna B]]: morning all, doing {{car checks}} on
        [[vehicle_registration:LN21 WZT]] before i take [[name:Kezia]] to {{contact}}
        [[[date:07/06/2024]], 07:49] [[name:Shauna B]]: rear {{child locks}} were {{OFF}}!! both sides. she's tried
        to jump out at lights before
        [[[date:07/06/2024]], 07:51] [[name:Adebayo]] 🙏: that was me sorry, had the {{IRO}} in the back
        yday and she couldnt get out
        [[[date:07/06/2024]], 07:52] [[name:Shauna B]]: no worries, fixed now. adding child locks to the
        {{vehicle checklist}} + telling [[name:Nadia]]
        [[[date:07/06/2024]], 07:55] [[name:Nadia H]]: thanks [[name:Shauna]] great spot. pls log as
        {{near miss}} on the system and we'll talk about it at {{handover}}
    """)),
    ("social_care", "success", prose("""
        Learning report - good practice. On the evening of [[date:23 May]]
        [[name:Aleksandra Nowak-Fielding]], residential support worker at
        [[organisation:Rowan Court]], noticed that [[name:Kezia]] ([[age:16]]) had a second phone,
        new trainers and a bottle of perfume she could not explain. Rather than confronting her,
        [[name:Aleksandra]] used the car journey to {{college}} for a relaxed conversation, and
        [[name:Kezia]] disclosed that an older male called "[[name:Deano]]" had been giving her
        gifts and asking her to carry bags. [[name:Aleksandra]] recorded the disclosure verbatim,
        did not ask leading questions, and informed the {{DSL}} and the {{placing authority}} the
        same evening. A {{NRM}} referral was made and a {{strategy meeting}} held within 48 hours.
        The {{social worker}} fed back that the quality of the recording made the
        {{child exploitation}} assessment straightforward. {{Registered manager}}
        [[name:Nadia Haddad]] asked for this to be shared as an example of {{trauma-informed}}
        practice across the provider.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Nadia Haddad]] <[[email:nadia.haddad@brackenridgecare.co.uk]]>
        To: [[organisation:Castlebridge Children's Services]] duty <[[email:cs.duty@castlebridge.gov.uk]]>
        Cc: {{LADO}}; {{Responsible Individual}}
        Subject: Notification - allegation against staff - YP ref [[case_reference:CC-88213]]

        Good afternoon,

        On [[date:12 June]] at about 16:30 [[name:Kezia]] told her {{key worker}} that a member of
        night staff, [[name:GF]], had grabbed her arm during an argument about her phone the
        previous night. A small bruise was seen and recorded on a {{body map}}. [[name:GF]] has
        been asked not to attend work while the {{LADO}} is consulted. {{Ofsted}} have been
        notified under {{Regulation 40}}. [[name:Kezia]] is safe and was seen by {{GP}} at
        [[organisation:Millfield Surgery]] this morning.

        Please let me know whether you want a {{strategy discussion}}.

        Kind regards
        [[name:Nadia]]
        {{Registered Manager}}, [[organisation:Rowan Court]] | [[organisation:Brackenridge Care Ltd]]
        [[phone:01632 960 447]]
    """)),
    ("social_care", "near_miss", block("""
        Chronology - waking night [[date:30/05/24]] - [[organisation:Hawthorn Lodge]]
        22:45  all {{YP}} in rooms. [[name:Mikey]] music loud, asked to turn down, did.
        00:30  {{room checks}} (15 min for [[name:Mikey]] per {{risk assessment}}) - all ok.
        01:15  [[name:Joy]] ({{waking night}}) felt a draught on the {{landing}}. [[name:Mikey]]'s
               window open approx 30cm, {{window restrictor}} unscrewed and on the sill. He was in
               bed, dressed, trainers on, bag packed.
        01:20  [[name:Joy]] called {{on-call}} (Mr [[name:Achterberg]]). Window closed, restrictor
               refitted with tape as temp measure.
        01:40  [[name:Mikey]] said he was "going to see [[name:Chantelle]]". Talked it through,
               agreed to stay. Now on {{15-min obs}} till morning.
        08:30  [[organisation:Pennine Property Services]] booked to fit tamper-proof screws.
        Comment: first floor drop onto the {{patio}}, could have been a serious injury as well as a
        {{missing episode}}. All restrictors in the home to be checked this week.
    """)),
    ("social_care", "success", block("""
        Dear [[name:Mo]], [[name:Kat]] and everyone at [[organisation:Rowan Court]],

        i just wanted to say thank you for the last 2 years. when i came i was [[age:15]] and i
        hated everyone lol. [[name:Mo]] you never gave up on me even when i was {{missing}} all the
        time. [[name:Kat]] thanks for teaching me to cook and do my washing and for coming to my
        {{PEP}} meetings when my {{social worker}} forgot.

        i got my keys for the {{flat}} on [[date:1st July]] and my {{PA}} from the {{leaving care}} team
        says im doing really good. im going to [[organisation:Ashbury Sixth Form]] in {{September}}
        to do {{health and social care}}.

        plz tell [[name:Grace]] i said hi and that the {{sunday dinner}} rule is still on
        love [[name:Lily-Mae]] xx
    """)),
    ("social_care", "incident", prose("""
        [[name:reece]] kicked off at tea after being told no to going out, threw a plate which hit
        [[name:amber]] (staff) above her eye. she went to {{minor injuries}}, 2 {{steri strips}}.
        [[name:stefan]] and me got the other yp upstairs. police called on {{101}} at 17:50 ref
        [[case_reference:CB-2406-0312]], they came out at 19:30 and spoke to him, no further
        action as [[name:amber]] didnt want to press charges. [[name:reece]] calmed by 18:30 and
        said sorry to her. we know hes been using {{cannabis}} again. {{on call}} was
        [[name:tariq]], he said to do a {{staff debrief}} tmrw and book [[name:amber]] for
        {{occupational health}}. need to update {{behaviour support plan}} + let {{SW}} know
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Thursday 13 June]], a newly started {{relief worker}} at
        [[organisation:Larchfield House]] answered the {{house phone}} to a man who said he was
        [[name:Tyler]]'s father and asked to speak to him. [[name:Tyler]] has no direct contact
        with his father under the current {{care order}}, and the {{contact plan}} only allows
        supervised letters through the {{placing authority}}. The worker, [[name:Rosalind]],
        started to walk the phone upstairs but the {{shift leader}} [[name:Gintaras]] overheard and
        took the call. The caller gave his name as Mr [[name:Darren Whitlock]] and number
        [[phone:07700 900316]]. He was told politely that staff could not confirm who lived at the
        home. The call was reported to {{social worker}} Ms [[name:Anjali Raman]] the same
        afternoon. Learning: the {{induction}} checklist did not include reading each young
        person's {{contact plan}}; this has been added and a one-page contact summary is now in the
        {{office}} for relief and {{agency staff}}.
    """)),
    ("social_care", "success", block("""
        #good-news (Slack) - [[organisation:Brackenridge Care]]
        [[name:ben.ochieng]]  10:04
        {{Ofsted}} feedback for [[organisation:Hawthorn Lodge]] just in - {{Good}} in all areas 🎉
        {{inspector}} specifically mentioned how the {{YP}} talked about their {{key worker}}s
        [[name:marguerite.a]]  10:06
        so proud of this team. special mention to [[name:Sunny]] and [[name:JK]] for the bedroom
        projects and to [[name:Joy]] for {{nights}}
        [[name:Rhys ap Gwilym]]  10:09
        also the {{Reg 44}} reports from [[name:Rhona]] were quoted as evidence of
        {{independent scrutiny}} 👏
        [[name:ben.ochieng]]  10:11
        {{RI}} will write to everyone. cake at {{team meeting}} [[date:Wed 26th]]
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        INCIDENT FORM ({{Datix}})
        Patient: [[name:Zainab Qureshi]]   DOB: [[date_of_birth:17/02/2021]]   Age: [[age:3y]]
        NHS no: [[nhs_number:823 864 3929]]   Hosp no: [[case_reference:WGH4471902]]
        Location: [[organisation:Ashdown Ward]], {{HDU bay}} bed 3
        Date/time: [[date:09/05/2024]] 03:20
        Category: {{IV therapy}} / {{extravasation}}

        Description: maintenance {{IV fluids}} running via 22G {{cannula}} L hand. At 03:20 during
        {{PEWS}} obs I noticed swelling up to the forearm, cool and blanched. Pump had not alarmed.
        Infusion stopped, cannula removed, limb elevated. {{Reg}} Dr [[name:Mensah]] reviewed at
        03:40, {{plastics}} advice by phone, photos taken with consent. {{Mum}} (staying on the
        {{parent bed}}) informed, understandably upset; {{duty of candour}} conversation by Sr
        [[name:Ellis]] in the morning. Last documented site check was 01:00 (hourly required).

        Reported by: [[name:Chloe Adjei-Brown]], {{RN}}
    """)),
    ("health", "near_miss", block("""
        Timeline - delayed escalation, [[name:Alfie]] ([[age:7 months]]), bed 12, [[date:18/06]]
        14:05  {{Mum}} told {{HCA}} baby "not himself", floppy. [[name:Maddie]] did obs: HR 178,
               RR 58, T 38.9. {{PEWS}} 5. Not escalated.
        14:10  nurse in charge on break, allocated nurse busy in {{HDU bay}}.
        14:35  student nurse [[name:Oluwaseun]] rechecked, {{CRT}} 4s, escalated to NIC
               [[name:Gareth]].
        14:40  {{sepsis screening tool}} started - red flag. {{SHO}} bleeped.
        14:52  Dr [[name:Varga]] reviewed. {{cannula}} 2nd attempt, {{blood cultures}}, lactate 3.1
        15:04  {{ceftriaxone}} given - 59 min from first abnormal obs.
        16:30  {{outreach team}} review, stable, stayed on ward.
        Comment: antibiotics within the hour but only because [[name:Oluwaseun]] rechecked. HCA
        staff unsure PEWS 5 needs escalating to a nurse straight away - teaching planned.
    """)),
    ("health", "success", block("""
        {{GREATIX}} - learning from excellence
        Who: [[name:Joy]] ({{play specialist}}) and [[name:Ben Osei]] ({{ANP}})
        Where: [[organisation:Ashdown Ward]], treatment room, [[date:Mon 3 June]]

        [[name:Ruby]], [[age:6]], very needle phobic (previous hold for bloods elsewhere), needed a
        {{cannula}} for {{IV antibiotics}}. [[name:Joy]] met her and her dad the evening before
        and made a plan with her: {{Ametop}} cream, the {{Buzzy}}, iPad with her own playlist, and
        [[name:Ruby]] choosing who held her hand. [[name:Ben]] waited until she said "ready" and
        got it first time. No restraint, no tears, and she gave [[name:Ben]] a sticker. Dad said
        it was the first time a procedure hadn't ended in a fight.

        What we can learn: {{preparation play}} the day before works - could referral to
        [[name:Joy]]'s team be automatic for any child flagged needle phobic?
        Submitted by Sister [[name:Ngozi Eze]]
    """)),
    ("health", "incident", prose("""
        On the night of [[date:27 May 2024]] [[name:Luca Dragomir]] ([[age:4]]), admitted to
        [[organisation:Ashdown Ward]] with {{tonsillitis}} and poor oral intake, received two doses
        of {{paracetamol}} within two hours. His mother, Mrs [[name:Dragomir]], who was staying
        overnight, gave him 7.5ml of her own {{Calpol}} at about 02:00 because he woke crying and
        she did not want to bother the nurses. At 04:00 the allocated nurse, [[name:Precious]],
        gave the prescribed dose from the ward stock after checking the {{drug chart}}, which of
        course showed nothing since midnight. {{Mum}} mentioned the earlier dose at 06:30. The
        {{SHO}} calculated the total 24-hour dose, checked {{TOXBASE}} and confirmed it was below
        the threshold for a level; no harm resulted. Contributing factors: the {{parent
        information leaflet}} does not mention medicines brought from home, and the admission
        checklist question about own medicines is only asked about the child's regular
        prescriptions. Actions: leaflet to be revised by the {{ward manager}} and the
        {{pharmacy}} team, and {{Medicines Management}} to be reminded at safety huddle.
    """)),
    ("health", "near_miss", block("""
        [Teams] [[organisation:Ashdown Ward]] - {{pharmacy}} queries
        [[name:Harriet Oyelaran]] (Pharmacy) 10:02
        hi all - bed 8 [[name:Finn]], {{oral morphine}} written as 2mg/kg 4 hourly?? he's 14kg so
        thats 28mg. think it should be 200 micrograms/kg
        [[name:Kamila Nowicka]] 10:04
        omg yes not given yet, next dose due 10:30. will get it re-written now
        [[name:Harriet Oyelaran]] (Pharmacy) 10:05
        ty. {{ePMA}} defaulted to the adult unit, its the known issue from the last {{MHRA}} alert
        [[name:Kamila Nowicka]] 10:12
        Dr [[name:Aldous]] has amended to 2.8mg. double checked with [[name:Harriet]] against
        {{BNFc}}. {{Mum}} aware
        [[name:Harriet Oyelaran]] (Pharmacy) 10:14
        thanks [[name:Kamila]] 🙏 can u {{Datix}} it as a near miss - 10x error, no harm. ill flag
        to the {{Medication Safety Officer}}
    """)),
    ("health", "near_miss", block("""
        {{SBAR}} handover - {{HDU bay}} bed 2 - nights to days [[date:Sun 16th]]
        S: [[name:Hamza]], [[age:11 months]], {{bronchiolitis}} day 3, on {{high flow}} 2L/kg
           21% now 30%. NHS [[nhs_number:874 180 2314]]
        B: {{ex-prem}} 32/40, {{RSV}} positive, parents [[name:Samira]] and [[name:Yusuf]] both
           staying, [[name:Samira]] breastfeeding.
        A: at 05:50 I found the {{Optiflow}} tubing disconnected at the humidifier end - sats 86%
           in air. Reconnected, back to 95% within 2 min. Not sure how long - last check 05:15
           and the {{SpO2}} alarm had been silenced (not muted off, volume turned right down).
        R: alarm volumes locked to minimum 3 now. {{outreach team}} aware, Dr [[name:Lindgren]] happy
           to continue on ward. Please do hourly {{circuit checks}}. {{Datix}} done.
        Handed over by [[name:Cerys]] -> [[name:Abdi]]
    """)),
    ("health", "success", block("""
        Safety huddle notes - [[organisation:Ashdown Ward]] - [[date:Friday 21 June]]
        Present: [[name:Cerys Pritchard]] (NIC), [[name:Mark]] ({{HCA}}), [[name:Faith Adeyinka]]
        ({{play specialist}}), Dr [[name:Aldous]] ({{SHO}}), [[name:Kamila]] ({{RN}})
        Apologies: [[name:Rose]] ({{ward manager}}), {{outreach team}}

        Good catch of the week: [[name:Mark]] noticed on the 02:00 obs that the boy in bed 14 was
        drowsier than at midnight though his {{PEWS}} was only 2, and told the nurse because {{Mum}}
        "didn't think he was right". {{Blood glucose}} 2.1 - treated with {{glucose gel}} and
        {{IV dextrose}}, recovered fully. Everyone agreed: trust parents, trust your gut.
        Other: {{Resus trolley}} check missed [[date:19/06]] - [[name:Faith]] to add to night
        checklist. {{HDU}} beds 2/4 occupied.
        Next huddle 08:15 as usual.
    """)),
    ("health", "success", block("""
        From: [[name:Rose Fairbairn]] <[[email:rose.fairbairn@wexcombe.nhs.uk]]>
        Sent: [[date:24 June 2024]] 17:42
        To: {{Critical Care Outreach}} <[[email:ccot.wgh@wexcombe.nhs.uk]]>
        Subject: Thank you - bed 5 on {{Saturday}}

        Dear all,

        I wanted to say a proper thank you to [[name:Tunde]] and [[name:Petra]] for Saturday
        night. When [[name:Milo]] (DKA, [[age:9]]) dropped his {{GCS}} at 01:30, you were on the
        ward within five minutes, supported [[name:Emily]] ({{newly qualified}}, her first
        {{DKA}}) through the fluid calculations and {{cerebral oedema}} management, and stayed
        until the {{PICU}} {{retrieval team}} from [[organisation:Northern Children's Transport]]
        arrived. Mum told me this morning that [[name:Tunde]] explained every step to her.

        [[name:Emily]] said she felt supported rather than taken over. That is exactly what we
        want from {{outreach}}.

        Many thanks,
        [[name:Rose]]
        [[name:Rose Fairbairn]] | {{Ward Manager}}, [[organisation:Ashdown Ward]]
        [[organisation:Wexcombe General Hospital]] | [[phone:01632 960 274]]
    """)),
    ("health", "incident", block("""
        PEWS review - bed 9, [[name:Theo Marchetti]], hosp no [[case_reference:WGH5520188]]
        Date: [[date:02/07/24]]

        Time   | HR  | RR | SpO2 | Temp | PEWS | Action documented
        18:00  | 132 | 32 | 97   | 37.8 | 1    | none
        22:00  | 151 | 40 | 95   | 38.6 | 3    | "{{Calpol}} given"
        02:00  | 164 | 46 | 93   | 39.1 | 5    | "NIC aware"
        04:00  | 172 | 50 | 91   | 38.9 | 6    | {{SHO}} called 04:25
        04:45  |  -  | -  | -    | -    | -    | {{sepsis six}} started, {{outreach}} called

        Findings: PEWS 5 at 02:00 should have triggered a doctor review within 30 min per the
        {{escalation policy}}. NIC ([[name:Gareth]]) says he was not told the score. Nurse
        ([[name:L.K.]]) agency, first shift on the ward, not shown the {{PEWS}} escalation card.
        Outcome: {{pneumonia}}, transferred to {{HDU bay}}, no lasting harm.
        Reviewer: [[name:Cerys Pritchard]]
    """)),
    ("health", "incident", prose("""
        bed 4 - [[name:ellie-rose]] ([[age:22 months]]) climbed over the {{cot sides}} at approx
        13:10 while dad was in the loo, fell onto floor from about 90cm. i heard the bang, she was
        crying straight away, no {{LOC}}. {{head injury obs}} started, {{SHO}} [[name:priya]]
        reviewed at 13:25, small bump on occiput, {{NICE}} criteria not met for {{CT}}. obs normal
        x4. dad [[name:kofi]] very upset, blamed himself. cot was on lowest side setting but she's
        too tall for it now really, should have been moved to a bed. i've asked {{estates}} for
        a low bed and done a {{falls risk assessment}}. pls can days chase. - [[name:jess]] (RN)
    """)),
    ("health", "near_miss", block("""
        WhatsApp - [[organisation:Ashdown]] nights 🌙
        [[date:08/07/2024]], 21:14 - [[name:Bronwen]]: heads up - 2 x [[name:Khan]] in {{HDU bay}} now.
        [[name:Aisha Khan]] bed 1 and [[name:Ayaan Khan]] bed 3. {{NOT}} related
        [[date:08/07/2024]], 21:15 - [[name:Dami]] 💉: just caught it - [[name:Ayaan]] had
        [[name:Aisha]]'s {{ID band}} on 😳 the {{label printer}} gave me the wrong one in {{admissions}}
        [[date:08/07/2024]], 21:15 - [[name:Dami]] 💉: hosp no [[case_reference:WGH6603417]]
        instead of [[case_reference:WGH6603471]]. caught at {{positive patient identification}}
        before his {{IV antibiotics}}
        [[date:08/07/2024]], 21:17 - [[name:Bronwen]]: phew. well done 👏 swap it + {{name alert}}
        stickers on both charts + whiteboard pls
        [[date:08/07/2024]], 21:18 - [[name:Dami]] 💉: done. will {{datix}} in the morning
    """)),
    ("health", "success", prose("""
        This learning summary concerns a {{Call for Concern}} made under {{Martha's Rule}} on
        [[date:5 July 2024]]. [[name:Stanislav Horvat]], father of [[name:Iris]] ([[age:2]]), who
        was on [[organisation:Ashdown Ward]] with {{gastroenteritis}}, rang the
        {{outreach team}} number displayed by the bed at 23:40 because he felt his daughter was
        "fading" and the ward team had reassured him twice. Outreach nurse [[name:Petra Holub]]
        attended within fifteen minutes, noted a prolonged capillary refill and a low blood
        pressure for age, and escalated to the {{paediatric registrar}}. A {{fluid bolus}} was
        given, a {{venous gas}} showed a significant {{metabolic acidosis}}, and [[name:Iris]] was
        moved to the {{HDU bay}} by 01:00. She made a full recovery. The family later said
        being listened to mattered more than anything. Learning: the scheme worked as intended;
        the ward team have reflected on how reassurance can feel like dismissal, and the
        {{play specialist}} team are adding the number to the {{bedside}} welcome pack.
    """)),
    ("health", "incident", block("""
        From: [[email:blood.sciences@wexcombe.nhs.uk]]
        To: [[email:ashdown.ward@wexcombe.nhs.uk]]
        Date: [[date:11 July 2024]] 09:26
        Subject: {{WBIT}} - sample rejected - [[case_reference:LAB-24-193377]]

        Good morning,

        The {{group and save}} sample received at 07:50 labelled as [[name:Oscar Penhaligon]],
        NHS [[nhs_number:540 036 9049]], grouped as {{O RhD positive}}. The historic group on our
        system for this patient is {{A RhD negative}}. This is a {{wrong blood in tube}} event. Both
        samples must be repeated and the {{Datix}} completed by the ward. No blood has been
        issued.

        Please contact the {{transfusion practitioner}}, [[name:Yolanda Ferreira-Mbatha]], on
        [[phone:01632 960 629]] if you need to discuss.

        Regards
        [[name:Ian]] | {{Biomedical Scientist}} | {{Blood Sciences}}
        [[organisation:Wexcombe General Hospital]]
    """)),
    ("health", "near_miss", block("""
        Chronology - transfer to {{MRI}} - bed 1 ({{HDU bay}}) - [[date:14/07]]
        10:05  [[name:Noah]] ([[age:5]]), {{post-ictal}}, on 2L {{nasal cannula}} O2. Transfer
               checklist done by [[name:Arjun]] ({{RN}}) and porter [[name:Des]].
        10:07  portable {{oxygen cylinder}} gauge read "full" - not checked by opening the valve.
        10:18  at lift on level 2 [[name:Arjun]] noticed no flow. Cylinder empty (gauge stuck).
               SpO2 94% -> 89%.
        10:19  [[name:Des]] ran to [[organisation:Brunel Ward]] for a spare. Sats back 97% by 10:22.
        10:40  scan done, no further issue. {{Anaesthetist}} informed.
        Learning: {{cylinder}} checks need the valve opened and flow seen, not the gauge alone.
        Faulty cylinder quarantined and returned to [[organisation:Medigas Supplies]] with tag. Shared at
        [[organisation:Wexcombe]] {{Patient Safety Group}}.
    """)),
    ("health", "success", block("""
        To all the {{staff}} on [[organisation:Ashdown Ward]],

        Thank you for looking after our [[name:Amelia-Grace]] for 3 weeks after her {{operation}}.
        Special thanks to [[name:Sunita]] on {{nights}} who made me tea at {{3am}} and let me cry, to
        [[name:Joy]] and [[name:Faith]] for the {{slime}} and the birthday banner when she turned
        [[age:5]] on the {{ward}}, and to Dr [[name:Van der Merwe]] who always sat down to explain
        things. You made the worst time of our lives bearable.

        We've donated the money from her birthday to the ward {{play room}}.

        With love,
        [[name:Donna]], [[name:Craig]] and [[name:Amelia-Grace Whitfield]] xxx
    """)),
    ("health", "incident", prose("""
        At approximately 20:30 on [[date:16 July]] the partner of a patient's mother became
        verbally aggressive at the nurses' station on [[organisation:Ashdown Ward]] after being
        told that only two parents or carers could stay overnight. He shouted at {{staff nurse}}
        [[name:Wiktoria]] and the {{HCA}}, swore in front of children in the {{HDU bay}}, and
        kicked the {{drug trolley}}. The nurse in charge, [[name:Gareth Lloyd]], called
        {{security}} on 2222 and the man left before they arrived. Police were informed later,
        incident number [[case_reference:WX/240716/1187]]. The patient's {{named nurse}} has since
        learned that there is a {{non-molestation order}} in place between the man and the child's
        mother, which was not known to the ward on admission. The {{safeguarding team}} have been
        informed and a {{ward alert}} added to the record. [[name:Wiktoria]] was offered
        {{TRiM}} support and went home early. Action: the {{admission proforma}} to include a
        question about court orders and who may visit.
    """)),
    ("health", "near_miss", block("""
        MEDICATION NEAR MISS - ALLERGY
        Patient name: [[name:Jasper Olumide-Vance]]
        DOB: [[date_of_birth:03/12/2016]]   NHS no: [[nhs_number:886 586 4303]]
        Address: [[address:14 Tillingham Close, Wexcombe]] [[postcode:WX4 7RP]]
        Ward: [[organisation:Ashdown Ward]] bed 10    Date: [[date:19/07/2024]]

        What happened: {{co-amoxiclav}} IV prescribed on admission by {{ED}} doctor. Child has
        documented {{penicillin allergy}} (rash + {{angioedema}}, [[date:Aug 2021]]) on {{GP}} summary
        from [[organisation:Tillingham Road Surgery]]. No red allergy band was applied in
        {{ED}}. Staff nurse [[name:Orla]] asked mum about allergies at the bedside before drawing
        up - mum said "penicillin, it's on his letter". Not given.
        Action: {{SHO}} changed to {{clarithromycin}}, red band applied, ED lead informed.
        Reported by: [[name:Orla Brennan]]
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        On [[date:3 August 2024]] a passenger travelling on [[organisation:Skylark Airways]]
        flight [[flight_number:SLX402]] from [[organisation:Calderbrook Airport]]
        arrived to find his {{powered wheelchair}} had been damaged in the {{hold}}. The
        passenger, Mr [[name:Raymond Achebe-Hollis]], had pre-booked {{WCHC}} assistance and
        provided the battery type ({{lithium-ion}}, removable) at check-in. Our {{PRM}} agent
        [[name:Connor]] disconnected and bagged the battery correctly and handed the chair to the
        loading team at the foot of the {{ambulift}} at 06:40. The loading supervisor was not
        present and the chair was loaded on its side by the {{baggage}} team to fit the
        {{aft hold}} of the {{Airbus A320}} ([[aircraft_registration:G-SLXB]]). The joystick
        housing was cracked and the chair could not be driven on arrival. The airline's station
        has arranged a loan chair and a repair. Under {{EC 1107/2006}} the mobility equipment
        must be handled with care; our learning is that {{mobility aid}} loading must be
        supervised and the {{mobility aid tag}} must carry the "upright only" instruction. Ref
        [[case_reference:AAGS-IR-0891]].
    """)),
    ("aviation", "near_miss", block("""
        Chronology - {{ambulift}} gap at aircraft door - stand 22 - [[date:05/08/24]]
        Vehicle: Ambulift 3, reg [[vehicle_registration:KX67 HLB]]
        Flight: [[flight_number:BWG1187]] ([[organisation:Brightwing]]), {{Boeing 737-800}}
        [[aircraft_registration:G-BWGE]]
        07:12  Ambulift docked at L2 door, driver [[name:Stelios]].
        07:14  {{bridge plate}} lowered. {{cabin crew}} opened door.
        07:18  {{PRM}} agent [[name:Amber Nicholls]] wheeling pax ({{WCHC}}) onto aircraft noticed
               approx 15cm gap - aircraft had settled as fuel/bags loaded, plate no longer
               resting on sill.
        07:19  STOPPED. Pax reversed back into cabin of ambulift. [[name:Amber]] called driver to
               re-level.
        07:24  Re-docked, {{bumper}} contact confirmed, boarded safely.
        Comment: {{SOP}} says re-check docking before every transfer. [[name:Stelios]] says the
        {{level sensor}} light was green. Defect raised, vehicle off-road pending check by
        [[organisation:Hartwell GSE Ltd]].
    """)),
    ("aviation", "success", block("""
        ⭐ SHOUT OUT ⭐ - PRM team, [[date:Tues 6th]]
        Huge thanks to [[name:Dawn]] and [[name:Rafi]] on the earlies. A gentleman travelling to
        his wife's funeral (booked {{WCHS}}, {{deaf}}, no English) came through security 40 mins
        before departure with no {{SSR}} on the booking. [[name:Dawn]] used the {{BSL}} video app
        and a translation card, [[name:Rafi]] got gate 9 on the radio to hold the {{priority
        boarding}} slot, and they had him on [[flight_number:ECB516]] with time to spare. The
        {{dispatcher}} from [[organisation:Aer Corrib]] emailed to say it was the smoothest
        unexpected {{PRM}} she'd seen all summer.
        This is what {{customer first}} looks like. 👏
        - [[name:Gav]] (Duty Manager)
    """)),
    ("aviation", "incident", block("""
        From: [[name:Priyanka Shetty]] <[[email:p.shetty@assistair-gs.co.uk]]>
        To: [[email:prm.ops@calderbrookairport.co.uk]]
        Cc: {{Station Manager}}, [[organisation:Skylark Airways]]
        Subject: Missed flight - assisted {{pax}} - [[flight_number:SLX771]] - [[date:07/08/2024]]

        Hi all,

        Passenger [[name:Edith Marlowe]] ([[age:84]], {{WCHS}}) was brought to gate 14 by our
        agent at 13:05 and left seated in the {{gate area}} with the gate staff informed. At the
        {{gate}} change to 17 (announced 13:20) nobody collected her. She was found by a {{cleaner}}
        at 14:10, after [[flight_number:SLX771]] had closed. She was distressed and had not been
        able to reach the toilet.

        Contributing: the handover to gate staff was verbal only; gate staff were from
        [[organisation:Skyport Handling]] agency and did not know the {{PRM}} procedure; our
        {{dispatch}} screen did not alert us to the gate change.

        She was rebooked on the evening flight, given a {{meal voucher}} and escorted throughout by
        [[name:Leanne]]. Complaint ref [[case_reference:CBA-CX-22907]].

        Regards
        [[name:Priyanka]]
        {{Shift Manager}} | [[organisation:AssistAir Ground Services]]
        [[phone:01632 960 811]]
    """)),
    ("aviation", "near_miss", block("""
        RT transcript (apron control), [[date:09/08/24]] 16:41-16:43
        AMB 2:    Apron, {{Ambulift}} Two, request approach stand one-four, [[flight_number:Skylark 402]].
        APRON:    Ambulift Two, hold position, beacon still on, aircraft not yet chocked.
        AMB 2:    Holding, Ambulift Two.
        (30 sec)
        AMB 2:    Apron, Ambulift Two, beacon off, proceeding to stand one-four.
        APRON:    Ambulift Two, negative, negative, STOP. Engine two still running.
        AMB 2:    Stopping, Ambulift Two, sorry.
        APRON:    Ambulift Two, wait for the {{dispatcher}} thumbs-up. Approach now, caution
                  {{tug}} on one-five.
        Note by driver [[name:Wojciech Zielinski]]: I looked at the wrong aircraft's
        {{anti-collision beacon}} ({{A321}} on stand 15). Stopped about 20m from the engine.
        {{Ground handling}} supervisor [[name:Marcus]] informed, {{MOR}} to be considered by
        {{Airside Safety}}. Ref [[case_reference:AS-NM-4410]].
    """)),
    ("aviation", "incident", block("""
        SPECIAL ASSISTANCE REQUEST - POST-EVENT REVIEW
        Name: Mr [[name:Tobias Fairweather]]
        DOB: [[date_of_birth:22/06/1951]]     Booking ref: [[case_reference:QX7HTR]]
        Address: [[address:Flat 3, 27 Linden Parade, Calderbrook]] [[postcode:CB9 2LW]]
        Mobile: [[phone:07700 900 482]]
        Flight: [[flight_number:BWG1190]]   Date: [[date:10/08/2024]]
        Assistance booked: {{WCHR}}    Assistance needed: {{WCHC}} (cannot weight-bear)

        Summary: the airline's {{PNL}} showed {{WCHR}} only. On arrival at the aircraft on a remote
        stand, no {{ambulift}} had been booked. Agent [[name:Hollie]] and a colleague carried the
        passenger up the steps in an {{evacuation chair}}-style carry, against the
        {{manual handling}} {{risk assessment}}. [[name:Hollie]] strained her back and is off
        work. Passenger unhurt but embarrassed.
        Root cause: booking made by a travel agent who selected the wrong {{SSR}} code.
    """)),
    ("aviation", "near_miss", block("""
        PRM HANDOVER TO CABIN CREW - [[flight_number:ECB518]] - [[aircraft_registration:EI-FRK]]
        Date: [[date:11 Aug]]   Agent: [[name:Will Ashdown-Reyes]]   Crew: {{SCCM}} [[name:Fionnuala]]

        Seat 3C  Mrs [[name:Okoye]]  {{WCHC}} - needs {{aisle chair}} for the toilet, own
                 wheelchair in {{hold}} (tagged, {{lithium battery}} removed and in cabin).
        Seat 3D  daughter [[name:Chiamaka]], travelling companion, speaks for mum.
        Medical: uses a {{portable oxygen concentrator}} - NOT on the booking, no {{MEDIF}}.
                 Found when [[name:Will]] asked about the bag at the gate.

        Outcome: {{captain}} consulted, device model on the airline's approved list, two spare
        batteries checked as within limits. Travelled. Airline {{SSR}} updated by station.
        Learning: if I had not asked, the device would have been switched on in flight with no
        crew awareness. Gate script to include "any medical equipment today?".
        Signed: [[name:W. Ashdown-Reyes]] / [[name:F. Ní Bhriain]]
    """)),
    ("aviation", "success", block("""
        Minutes - PRM monthly performance review - [[date:14 August 2024]]
        Attendees: [[name:Gavin Throssell]] (Duty Mgr, chair), [[name:Priyanka Shetty]],
        [[name:Bogdan Ionescu]] ({{Airside Safety}}), [[name:Summer Kaur]] (Training),
        [[name:Hyun-woo Park]] ([[organisation:Brightwing]] station)
        Apologies: [[name:Leanne]], airport {{PRM}} {{Access Forum}} rep

        1. Performance: 97.8% of pre-booked pax met within {{ECAC}} Doc 30 times, best month this
           year. {{CAA}} {{accessibility framework}} submission due {{September}}.
        2. Good practice: [[name:Summer]]'s {{dementia-friendly}} refresher now done by 41 of 46
           agents. Two compliments naming [[name:Dawn]].
        3. Ambulift 3 ([[vehicle_registration:KX67 HLB]]) back in service after sensor repair.
        4. [[organisation:Brightwing]] to send {{PNL}} 36h before departure instead of 24h.

        Actions: [[name:SK]] - chase {{Access Forum}} rep. [[name:GT]] - publish figures.
        Next meeting: [[date:11/09/2024]]
    """)),
    ("aviation", "incident", block("""
        {{AMBULIFT}} DEFECT LOG - [[organisation:AssistAir Ground Services]] - w/c [[date:19/08/24]]
        Unit  Reg        Date     Defect                              Reported by   Status
        AL1   [[vehicle_registration:AE18 PKV]]   [[date:19/08]]    platform hydraulic leak             [[name:Stelios]]       off road
        AL2   [[vehicle_registration:LB66 TRU]]   [[date:20/08]]    rear camera intermittent            [[name:M. Osei]]       fixed
        AL3   [[vehicle_registration:KX67 HLB]]   [[date:21/08]]    cabin door interlock failed         [[name:Robin]]         INCIDENT
        AL2   [[vehicle_registration:LB66 TRU]]   [[date:22/08]]    tyre low                            [[name:Stelios]]       fixed

        Incident note ({{AL3}}): the {{cabin door}} opened while the body was being raised with a
        passenger ({{WCHS}}) seated inside. [[name:Robin]] was holding the handrail beside her and
        closed it immediately. No fall, no injury. Vehicle quarantined; [[organisation:Hartwell GSE Ltd]]
        found a worn {{microswitch}}. All three {{ambulift}}s now have the {{interlock}} tested at
        the {{daily check}}. Reported to {{Airside Safety}}, ref [[case_reference:AS-IR-4475]].
    """)),
    ("aviation", "incident", prose("""
        lady fell during transfer from {{aisle chair}} to {{seat 12A}} on [[flight_number:SLX226]]
        approx 09:50. me and [[name:kiran]] doing the transfer, strap on the aisle chair was
        undone when we got to the row (think it came loose on the step in) and she slid forward
        as we turned. lowered her to the floor kind of controlled, she hit her knee on the
        {{armrest}}. {{cabin crew}} [[name:hayley]] got the {{first aid kit}}, small graze, pax said
        she was fine and wanted to fly. {{captain}} ok'd it after talking to her. pax is mrs
        [[name:jenkins]], [[age:78]], booked {{WCHC}}. her son [[name:darren]] has my number
        [[phone:07700 900 153]] in case she wants to follow up. i didnt recheck the strap after
        the steps, will do from now on. pls can someone look at the {{velcro}} on {{chair 4}} its worn
        - [[name:tash]]
    """)),
    ("aviation", "near_miss", block("""
        #prm-dispatch ({{Slack}})
        [[name:joe.mcallister]] 05:52
        {{AL1}} is showing on two jobs at 06:30 - [[flight_number:BWG1181]] stand 31 AND
        [[flight_number:SLX118]] stand 8. both {{remote}}, both {{WCHC}}
        [[name:sana.iqbal]] 05:54
        thats the new {{rostering}} system, it doesnt block double allocation if the job is
        created from the {{PNL}} import 🙄
        [[name:joe.mcallister]] 05:55
        {{AL2}} is off road so we only have AL1 and AL3
        [[name:Gav T]] 05:58
        move [[flight_number:SLX118]] to AL3, [[name:Pete]] can start 15 min early. ill ring the
        {{dispatcher}}s
        [[name:sana.iqbal]] 06:01
        done. would have been a 40 min delay + a missed slot if [[name:joe.mcallister]] hadnt
        spotted it
        [[name:Gav T]] 06:03
        nice one [[name:Joe]]. raising a ticket with the {{vendor}} + logging near miss
        [[case_reference:AAGS-NM-0312]]
    """)),
    ("aviation", "success", block("""
        Dear [[organisation:Calderbrook Airport]],

        I travelled with my husband [[name:Lionel]], who has {{Parkinson's}} and uses a
        {{wheelchair}}, on [[date:23 August]] to visit our granddaughter. I was dreading it.
        I want you to know how kind your staff were, especially a young man called
        [[name:Ibrahim]] who met us at the {{drop-off}} zone, and [[name:Grace]] at the
        {{assistance lounge}} who remembered [[name:Lionel]] takes his {{tablets}} at 11 and fetched
        him water without being asked.

        At the aircraft the {{ambulift}} driver ([[name:Frank]], I think) explained everything and
        the {{cabin crew}} already knew about us. It felt as if one {{team}} had talked to the next.

        Please pass on our thanks.
        {{Yours sincerely}},
        [[name:Margaret Ellingworth]] (Mrs)
        [[address:9 Rookery Lane, Hesketh Moss]]
    """)),
    ("aviation", "incident", block("""
        Chronology - assisted passenger not located - [[date:Sat 24 Aug]]
        10:20  Mr [[name:Hughie Kerrigan]] ([[age:81]]), {{WCHS}}, arrived {{assistance lounge}}.
               Daughter mentioned {{dementia}}; not on the booking. Flight [[flight_number:ECB520]] 12:05.
        10:55  Agent [[name:Nkechi]] took another pax to gate 3. Lounge left with one agent,
               [[name:Callum]], dealing with 6 pax.
        11:10  [[name:Callum]] noticed Mr [[name:Kerrigan]] not in lounge. Searched toilets.
        11:18  {{Terminal Duty Manager}} and {{security}} informed, description on radio.
        11:35  Found by {{CCTV}} operator in the {{baggage reclaim}} corridor (had followed
               a door left open by a contractor). Unhurt, confused.
        11:50  Escorted to gate by [[name:Nkechi]], stayed with him until boarding. Made flight.
        Learning: {{hidden disabilities}} not captured at booking; lounge minimum staffing of two
        not met; {{airside}} door propped - passed to {{Airport Security}} ref
        [[case_reference:SEC-24-07731]].
    """)),
    ("aviation", "near_miss", block("""
        {{WhatsApp}} - {{PRM}} arrivals team
        [[[date:25/08/2024]], 22:41] [[name:Marta K]]: guys - [[flight_number:BWG1194]] arrival, we just
        brought up a blue {{manual wheelchair}} for seat 2A but it belongs to the 14C pax
        [[[date:25/08/2024]], 22:42] [[name:Marta K]]: {{tags}} were swapped at {{origin}} i think. both same model
        [[[date:25/08/2024]], 22:43] [[name:Dele]]: dont let 2A use it!! 14C's one has a custom cushion for
        {{pressure sores}}
        [[[date:25/08/2024]], 22:45] [[name:Marta K]]: sorted, checked the serial numbers on the
        {{PIR}} copy. both pax have their own chairs now
        [[[date:25/08/2024]], 22:47] [[name:Hope Adjoa]]: great catch. can u send me the {{bag tag}}
        numbers and ill report to [[organisation:Brightwing]] {{baggage}} at {{outstation}}
        [[[date:25/08/2024]], 22:48] [[name:Marta K]]: will do [[name:Hope]] 👍
    """)),
    ("aviation", "success", prose("""
        On the morning of [[date:28 August]] a family travelling on [[flight_number:SLX590]]
        arrived at the {{security}} lanes with their [[age:10-year-old]] son, [[name:Kit]], who is
        autistic and was wearing a {{Hidden Disabilities Sunflower}} lanyard. [[name:Kit]] became
        very distressed at the {{body scanner}} and lay on the floor. A {{PRM}} agent,
        [[name:Sunny Oyelowo]], who was passing with an empty wheelchair, recognised the lanyard,
        asked the parents what helped, and arranged with the {{security supervisor}} for the family
        to use the quieter {{fast track}} lane with a {{hand search}} instead of the scanner. She
        then took them to the {{sensory room}} until boarding and liaised with the gate so they
        boarded first. The father later wrote that it was the first time an airport had worked
        for their son. This is being shared as good practice: [[name:Sunny]] used the
        {{autism awareness}} training and her own judgement, and didn't wait to be asked.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Órla Mac Giolla]] <[[email:orla.macgiolla@aercorrib.ie]]>
        To: [[email:prm.ops@calderbrookairport.co.uk]]
        Subject: [[flight_number:ECB516]] [[date:30 Aug]] - PRM handover

        Hi,

        Flagging a near miss on today's departure ([[aircraft_registration:EI-FRL]]). The
        passenger in 1A was booked {{DPNA}} (learning disability, travelling alone) but the
        handover from your agent to me at the door was just "one {{WCHR}} in 1A". We found
        out when he tried to leave the aircraft during the {{safety demonstration}} to find his
        carer, who had been told she couldn't come {{airside}}. The {{first officer}} and I
        settled him and he travelled fine.

        Could your team please use the written {{handover card}} for every PRM, and check that
        {{DPNA}} passengers have a named contact at destination?

        Thanks,
        [[name:Órla]]
        {{Senior Cabin Crew Member}}, [[organisation:Aer Corrib]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind229", REPORTS))
