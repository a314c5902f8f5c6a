"""Held-out blind corpus 280: 50 hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
the de-identifier generalises. Three invented settings:

- social_care (17): a return home interview (RHI) service for children who go missing -
  interviewers, police, schools, parents, missing patterns and safety plans.
- health (17): a nursing home for older people - medication rounds, falls, GP ward rounds,
  families, agency nurses and end-of-life care.
- aviation (16): an airline's line training and pilot recruitment department - line training
  captains, cadets, type rating, base checks and simulator sessions.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack handles), handover notes, minutes with
attendance and apologies, pipe and aligned-column tables, RT transcripts, shout-outs and
thank-you notes. Every person, organisation, place and number is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind280.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        {{rhi}} for [[name:kayden]] ([[age:14yo]]) not done in {{72hrs}} - notification from
        [[organisation:northshire police]] came thru on {{fri}} but sat in the {{shared inbox}}
        til {{tues}}. by then he'd gone missing again ([[date:wed 9th]]). spoke to {{mum}}
        [[name:shelley]] on phone [[phone:07700 900 417]], she said no one rang her. log no
        [[case_reference:NP-24-118830]]. need a proper {{rota}} for checking inbox over
        {{wkend}}, this is the 2nd time. {{dsl}} at [[organisation:carrow park academy]] also
        didnt know he was missing. - [[name:jj]]
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:14 February]] I was due to complete a {{return home interview}} with
        [[name:Amara Osei-Bonsu]] ([[age:15]]) at [[organisation:Hollins Brook School]]. The
        {{Designated Safeguarding Lead}}, Mrs [[name:Deakin]], had booked the {{meeting room}}
        next to the {{Year 11}} common room. Before starting I noticed the internal window was
        open onto the corridor and [[name:Amara]]'s friends were waiting right outside. We moved
        to the {{medical room}}. [[name:Amara]] later said she would not have told me about the
        older male ('[[name:Tiggs]]') who picks her up in a silver car,
        [[vehicle_registration:KX19 VHT]], if anyone could have heard. The information went to
        the {{MASH}} the same afternoon and to DC [[name:Farrant]] in the {{Child Exploitation}}
        team. Learning: interviewers should check the room themselves rather than rely on the
        school, and schools need a short note on what a private room means for an {{RHI}}.
    """)),
    ("social_care", "success", prose("""
        Shout-out to [[name:Hope Adeyemi]] in the {{RHI team}}!! She did the interview for
        [[name:Callum]] ([[age:13]]) on [[date:Sat 2nd]] sat on a wall outside the {{chippy}}
        because he wouldnt talk at home. Took 40 mins but he told her about the 'shop' on
        [[address:Tanyard Row]] where older lads hand out {{vapes}} and ask kids to 'hold stuff'.
        [[name:Hope]] passed it straight to the {{exploitation hub}} and {{PCSO}}
        [[name:Briggs]] did a {{home visit}} the same week. [[name:Callum]]'s {{mum}} [[name:Rose]] rang
        to say thank you - first time in 6 {{episodes}} he's come home and stayed home. Well done
        [[name:Hope]] x - [[name:Tash]] ({{team manager}})
    """)),
    ("social_care", "incident", block("""
        Chronology - missing episode [[case_reference:MIS/24/0457]]
        [[date:17/03/24]]
        19:40 {{Foster carer}} [[name:Bernadette Nwachukwu]] reports [[name:Zofia Kowalczyk]]
        ([[age:12]]) not returned from {{youth club}}.
        21:15 Reported missing to police, log [[case_reference:NS-240317-0992]].
        23:50 Found by {{BTP}} at the {{railway station}} with two adults not known to us.
        [[date:18/03/24]]
        09:05 {{RHI}} allocated to [[name:M. Greenhalgh]].
        [[date:20/03/24]]
        16:30 RHI attempted at {{placement}} - [[name:Zofia]] asleep, carer declined to wake her.
        [[date:21/03/24]]
        10:00 RHI completed at [[organisation:Ferndale High]] - now {{out of timescale}}.
        [[name:Zofia]] disclosed being given train tickets by '[[name:Ky]]'.
        [[date:26/03/24]]
        Information shared with {{IRO}} and {{social worker}} - 5 days after disclosure.
        Learning: delay in RHI plus late sharing of an exploitation indicator.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Priya Raman]] <[[email:p.raman@westmarsh.gov.uk]]>
        To: RHI Duty <[[email:rhi.duty@westmarsh.gov.uk]]>
        Date: [[date:Tue 5 Mar 2024]] 08:12
        Subject: Near miss - wrong address on referral [[case_reference:RHI-5561]]

        {{Morning}} all,
        Yesterday I went to do the {{RHI}} for [[name:Tyler]] ([[age:14]]) using the address on
        the {{police notification}}: [[address:22 Quarry Bank, Westmarsh]] [[postcode:WM4 7LP]].
        The family moved out in {{January}}. The new {{tenant}} said he 'knew [[name:Tyler]]' and
        asked what it was about. I gave nothing away and left. The correct address was on
        {{Mosaic}} all along: [[address:Flat 3, 41 Lyle Street]] [[postcode:WM2 9DF]]. Nobody
        had updated the police record. Could we add a check against {{Mosaic}} before every
        visit? I've emailed the {{MISPER coordinator}}.

        Thanks
        [[name:Priya]]
        [[name:Priya Raman]] | {{Return Home Interviewer}} | [[organisation:Westmarsh Borough Council]]
        [[phone:01632 960 218]]
    """)),
    ("social_care", "success", block("""
        [[name:Leanne Marsh]] 09:02
        anyone able to pick up [[name:Kofi]]'s {{rhi}}? 3rd episode this month, school flagged it
        [[name:Dev Chauhan]] 09:05
        i'll do it, did his last one. he likes football so i'll take him to the {{astro}}
        [[name:Leanne Marsh]] 09:06
        amazing thank u
        [[name:Dev Chauhan]] 15:48
        done. he opened up loads - says he's been staying at his nan's on [[address:Ravel Close]],
        not out on the street, {{nan}} didn't know he'd been reported missing. spoke to nan +
        {{mum}} together and we've agreed a {{safety plan}}: he texts mum by 9. sharing with
        {{SW}} and {{MASH}} now
        [[name:Leanne Marsh]] 15:51
        brill. that's the kind of rhi we should be writing up as {{good practice}} 👏
    """)),
    ("social_care", "incident", block("""
        RETURN HOME INTERVIEW - CONCERN FORM
        Child name: [[name:Jayden-Lee Fortune]]
        DOB: [[date_of_birth:03/08/2009]]
        Ref: [[case_reference:RHI-24-0871]]
        Address: [[address:7 Orchard Mews, Stannington Vale]], [[postcode:SV3 2QN]]
        School: [[organisation:Stannington Vale Academy]]
        Interviewer: [[name:Faith Mulligan]]
        Concern: Interview completed {{in person}} on [[date:11 April]]. [[name:Jayden-Lee]]
        disclosed carrying a {{knife}} 'for protection' while missing. Interviewer rang the
        {{police non-emergency}} line ({{101}}) but made no {{MASH}} referral because the form
        says 'police informed'. Child not seen by {{social worker}} for 9 days. A
        {{strategy meeting}} should have been requested the same day.
        Action: [[name:Faith]] to complete MASH referral retrospectively; team briefing on
        {{contextual safeguarding}}.
    """)),
    ("social_care", "near_miss", block("""
        [[date:03/05/2024]], 22:41 - [[name:Gem]]: hiya just seen [[name:Ruby]] ([[age:15]]) on [[address:Hazel Parade]] getting in a blue {{corsa}} [[vehicle_registration:YD68 KRF]] with 2 older {{lads}}
        [[date:03/05/2024]], 22:42 - [[name:Gem]]: im {{off duty}} but she's one of ours, had her {{rhi}} last wk
        [[date:03/05/2024]], 22:44 - [[name:Marcus O]]: ring {{999}} not {{101}} if you think she's at risk. don't follow the car
        [[date:03/05/2024]], 22:47 - [[name:Gem]]: done, {{police}} sending a car. she's not been reported missing by the {{care home}} yet
        [[date:03/05/2024]], 23:30 - [[name:Marcus O]]: {{EDT}} aware and home have now reported her. good call [[name:gem]]
    """)),
    ("social_care", "success", block("""
        RHI Service - Monthly Practice Meeting
        Date: [[date:9 May 2024]]
        Present: [[name:Tash Evans]] ({{TM}}), [[name:Hope Adeyemi]], [[name:Dev Chauhan]],
        [[name:Priya Raman]], [[name:Will Ashworth]] ({{Police Missing Persons Coordinator}}),
        [[name:Sunny Bhatti]] ({{Education Welfare}})
        Apologies: [[name:Gemma Lloyd]], [[name:M. Greenhalgh]]
        1. {{Pattern analysis}}: [[name:Will]] shared data showing 5 of the 8 repeat missing
        girls from [[organisation:Ferndale High]] go missing from the same {{bus interchange}}
        on a {{Friday}}. [[name:Sunny]] to meet the school {{DSL}}.
        2. Good practice: [[name:Dev]]'s interview with [[name:KA]] ([[age:13]]) identified a
        {{county lines}} link - referral accepted by the {{NRM}} single competent authority.
        3. {{Philomena Protocol}} forms now in place for all children in residential homes -
        zero out-of-timescale RHIs in {{April}} for the first time.
        Next meeting: [[date:13 June]].
    """)),
    ("social_care", "incident", block("""
        HANDOVER - {{RHI duty}} [[date:Fri 24/05]] to [[date:Mon 27/05]]
        - [[name:Oskar Nowak]] ([[age:16]]) [[case_reference:RHI-6120]]: returned Sat am. NOT yet
          interviewed. {{Police}} log [[case_reference:NS-240525-0310]]. {{mum}} (Mrs [[name:Nowak]])
          speaks {{Polish}}, needs {{telephone interpreter}} - book before contact.
        - [[name:Leah-Rose Tanner]] ([[age:14]]): interview done by [[name:JK]] Sat. Disclosed
          sexual contact with an adult male. [[name:JK]] did not escalate to {{EDT}} over the
          {{wkend}}, just put it in the notes. Picked up by me Mon 08:30 -
          {{strategy discussion}} held Mon 11:00. ~60hr delay.
        - {{incident form}} done [[case_reference:IR-2024-0338]]; discussed with {{TM}}.
    """)),
    ("social_care", "near_miss", block("""
        Missing episodes - weekly tracker (w/c [[date:3 June]])
        {{Child}}               | {{Age}} | Ep | {{RHI by}} | {{Status}}
        [[name:Aisha Benali]]        | [[age:13]]  | 4  | [[name:Hope]]   | done
        [[name:Finn O'Driscoll]]     | [[age:15]]  | 1  | [[name:Mark T]] | done
        [[name:Precious Moyo]]       | [[age:14]]  | 2  | -      | {{NOT ALLOCATED}}
        Note: [[name:Precious]] was missed off the {{allocation list}} because her notification
        came from a {{neighbouring force}} ([[organisation:Eastholm Constabulary]]) after she was
        found {{out of area}}. Spotted by [[name:Mark]] on day 3 - allocated to [[name:Joy]],
        done day 4, just inside {{72 hours}}. {{Cross-border}} notifications need adding to the
        tracker by the {{duty worker}}.
    """)),
    ("social_care", "success", block("""
        Subject: Thank you

        Dear Ms [[name:Ogunleye]],
        I just wanted to say thank you for the way you handled [[name:Danny]]'s
        {{return home interview}} last week. As {{DSL}} I've seen a lot of these done as a
        {{tick-box}}, but you took the time to find out why he keeps running to his {{dad}}'s. The
        {{safety plan}} you agreed with him ({{trusted adult}} in school is our
        {{learning mentor}}, [[name:Amber]]) has really worked. [[name:Danny]] has not been
        missing since [[date:22 April]] and his {{attendance}} is up to 94%.

        {{Kind regards}}
        [[name:Patricia 'Pat' Harrow]]
        {{Designated Safeguarding Lead}}, [[organisation:St Anselm's RC Primary]]
        [[phone:01632 960 775]]
    """)),
    ("social_care", "incident", prose("""
        {{Incident summary}}: On [[date:2 July 2024]] a return home interview for
        [[name:Mia Cheung]], [[age:aged 14]], was carried out jointly with PC [[name:Holloway]]
        at the {{family home}}. This is contrary to our {{independent RHI}} model - children should
        be offered a worker who is not {{police}}. [[name:Mia]] gave minimal answers and at the end
        said 'I'm not grassing with him here.' Later that week the {{school nurse}} at
        [[organisation:Kingsmead College]] learned [[name:Mia]] had been staying with an adult,
        [[name:Lewis Prentice]] ([[age:23]]), at [[address:14 Canal Side, Ashby Fold]]. This
        was not in the {{RHI}}. Reviewed in {{supervision}}: the interviewer felt pressure from
        police to attend jointly because of the {{high-risk}} grading. Going forward joint
        visits only with the child's consent and {{team manager}} agreement.
    """)),
    ("social_care", "near_miss", prose("""
        nearly sent {{rhi}} report for [[name:ellie-mae]] to her dads email
        [[email:dazza.hendry77@mailbox.net]] - he's the one with the
        {{non-molestation order}}!! auto-fill on {{outlook}} picked him up from an old email
        {{email chain}}. caught it when i saw '[[name:Dazza]]' in the box. shld of gone to {{mum}}
        ([[name:Kerry]]) and {{sw}} only. pls can we turn off {{autocomplete}} or have a 2nd check
        when {{DV}} is flagged on the file. [[name:ros]]
    """)),
    ("social_care", "success", prose("""
        Learning from good practice: after three missing episodes over the {{summer holiday}},
        [[name:Kacper]] ([[age:12]]) agreed to an interview with [[name:Agnieszka Wrona]], who
        speaks {{Polish}}. [[name:Kacper]] explained through drawings, using the {{Three Houses}}
        tool from {{Signs of Safety}}, that he leaves when his {{step-dad}} drinks.
        [[name:Agnieszka]] shared this with the {{allocated social worker}} and the
        {{Child in Need}} plan was updated within 48 hours. {{CAMHS}} accepted a referral on
        [[date:4 September]]. No missing episodes since. Key factors: interviewer matched on
        language, child chose the venue ([[organisation:Brackley Park Library]]) and a visual
        tool that did not rely on talking.
    """)),
    ("social_care", "incident", block("""
        #rhi-team
        [[name:tash.evans]] 10:14: who had the {{pool laptop}} tues? [[name:Noor Haddad]]'s RHI isn't on {{Mosaic}}
        [[name:benji]] 10:16: me, saved it to the {{desktop}} as {{wifi}} was down at [[organisation:Oakfield Children's Centre]]
        [[name:tash.evans]] 10:17: laptop went back to {{IT}} for a reimage yesterday 😬
        [[name:benji]] 10:20: oh no. i have my handwritten notes, will redo from those today
        [[name:tash.evans]] 10:22: ok. log it as a {{data incident}} with {{IG}} pls and let the {{DPO}} know. [[name:Noor]] ([[age:15]]) disclosed a lot, {{CE}} concerns, so this matters
    """)),
    ("social_care", "near_miss", block("""
        {{Call note}} [[date:19/09/24]] 17:05 - caller: {{Dad}}, Mr [[name:Adebayo]], [[phone:07700 900 562]]
        States [[name:Tobi]] ([[age:13]]) told him the {{RHI worker}} said she'd 'keep it secret'
        about the older boys on [[address:Nettle Lane]]. {{Dad}} worried. Checked record: worker
        [[name:Grace Achterberg]] wrote 'explained {{confidentiality}} and limits' but child
        understood differently. Spoke to [[name:Grace]] - she agrees she said 'this stays between
        us unless you're in danger'. Near miss: had [[name:Tobi]] disclosed harm he may have
        expected it not to be shared by {{children's services}}. Actions: use the {{one-page}} confidentiality script;
        [[name:Grace]] to revisit [[name:Tobi]] with Dad's consent on [[date:Mon 23rd]].
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        {{night shift}} - Mrs [[name:Doris Ellery]] rm 14 found on floor 03:20 by {{hca}}
        [[name:Bogdan]], unwitnessed. on {{apixaban}} so per policy needs {{111}}/hosp.
        {{agency nurse}} ([[name:Adaeze]], first shift here) did {{obs}} + {{NEWS2}} of 1 and
        put her back to bed w the {{hoist}}... didnt ring 111 or family. found at
        {{handover}} 07:45. daughter [[name:Lyn]] not happy she wasnt told til 9. sent to
        [[organisation:Kingsbridge General]] {{ED}} for {{CT head}} - {{NAD}}. {{falls sensor
        mat}} was switched off at the wall. - [[name:sb]] {{RGN}}
    """)),
    ("health", "near_miss", prose("""
        During the 08:00 {{medication round}} on [[date:6 March]], the nurse was about to give
        [[name:Albert Fairweather]] his {{alendronic acid}} when the {{care assistant}} pointed
        out it had already been given at 06:30 by the night nurse. The {{MAR chart}} had not
        been signed because Staff Nurse [[name:Clegg]] was interrupted by a {{call bell}}.
        Mr [[name:Fairweather]] would have received a double weekly dose. Learning:
        {{weekly medicines}} are now flagged on the {{eMAR}} with a red banner, and staff must
        sign immediately after administration, not at the end of the round. Discussed with the
        {{community pharmacist}} at [[organisation:Holmes & Daughter Pharmacy]], who will add a
        day-of-week label to the box.
    """)),
    ("health", "success", block("""
        To everyone on {{the first floor}},

        Thank you for looking after {{Mum}} ([[name:Winifred 'Winnie' Hollis]]) in her
        {{last days}}. The night she died, [[name:Joy]] sat with her holding her hand so she
        wasn't alone while we drove over from [[address:Tern Hill Road, Saltmere]]. Dr
        [[name:Rahman]] from [[organisation:Brookside Medical Practice]] came out on the
        {{Saturday}} to start the {{syringe driver}}, and the {{anticipatory meds}} were
        already in {{the home}} thanks to Sister [[name:Mary]]. {{Mum}} always said
        [[organisation:Larchwood]] felt like home, and you made sure it did right to the end.

        With love and gratitude,
        [[name:Carol]], [[name:Ian]] & {{family}}
    """)),
    ("health", "incident", block("""
        Timeline - {{controlled drug}} discrepancy, [[organisation:Larchwood House]]
        [[date:12/04/24]]
        21:00 {{CD check}}: {{oxycodone}} 5mg/5ml liquid for [[name:Harold Pym]] - balance
        84ml, register says 94ml.
        21:10 RN [[name:Okafor]] and {{senior carer}} [[name:Tamsin]] recount - 84ml confirmed.
        21:25 Last entry 18:00 by {{agency nurse}} [[name:C. Mbeki]] (via
        [[organisation:Carefirst Staffing]]) - 10ml given, not recorded in the
        {{CD register}}.
        22:40 Agency contacted - [[name:C. Mbeki]] confirms dose given at 18:05 for
        {{breakthrough pain}}, forgot to sign.
        [[date:13/04/24]]
        09:00 Manager informed; reported to the {{CD Accountable Officer}}. Ref
        [[case_reference:LH-INC-0419]].
        Learning: agency nurses to be shown the CD register at {{induction}}.
    """)),
    ("health", "near_miss", block("""
        {{NEAR MISS REPORT}}
        Resident: [[name:Iris Kettleborough]]
        DOB: [[date_of_birth:21/11/1933]]
        NHS No: [[nhs_number:709 377 3966]]
        Room: 7 ({{Bluebell wing}})
        GP: Dr [[name:Okonjo-Hart]], [[organisation:Meadowbank Surgery]]
        Date: [[date:02/05/2024]]
        What happened: {{discharge letter}} from [[organisation:St Cuthbert's Hospital]]
        (hosp no [[case_reference:H8830215]]) listed {{warfarin}} 3mg. Our {{MAR}} still had
        5mg from before {{admission}}. Nurse on duty ([[name:Faisal]]) compared it with the
        {{INR}} result and queried before the {{teatime}} round. {{GP}} confirmed 3mg.
        Outcome: no harm. Action: all discharge letters checked by two nurses ({{med rec}}).
    """)),
    ("health", "success", block("""
        [[date:14/05/2024]], 07:58 - [[name:Marisol]]: Massive thank you to [[name:Bill]] on {{nights}}!! He spotted Mr [[name:Ashdown]] was more {{drowsy}} than usual, did {{NEWS2}} = 6 and rang {{111}} straight away. Turned out to be {{sepsis}} from a {{UTI}}, he's on {{IV antibiotics}} at [[organisation:Kingsbridge General]] and already sitting up asking for his paper 😂
        [[date:14/05/2024]], 08:03 - [[name:Grace]]: amazing [[name:Bill]] 👏👏
        [[date:14/05/2024]], 08:10 - [[name:Bill]]: {{team effort}}, [[name:Priscilla]] noticed he'd not touched his tea first 🙂
    """)),
    ("health", "incident", block("""
        From: [[name:Helen Varga]] <[[email:manager@larchwoodhouse.co.uk]]>
        To: [[email:practice.manager@meadowbank-surgery.nhs.uk]]
        Date: [[date:Wed 29 May 2024]]
        Subject: Missed GP ward round - Mr [[name:Sutcliffe]]

        Dear [[name:Joanne]],
        I'm writing to raise a concern. On [[date:Tuesday 28 May]] the {{weekly ward round}}
        was cancelled at 10am with no replacement. Mr [[name:Sutcliffe]] (NHS
        [[nhs_number:901 675 2668]]) was on the list for review of his {{pressure ulcer}} and
        {{pain relief}}. By {{Thursday}} he was in considerable pain and the
        {{district nurse}} found the ulcer had progressed to {{category 3}}. We then had to call
        {{out-of-hours}}. Please could we agree a named deputy GP for when Dr [[name:Lindqvist]]
        is on leave?

        Kind regards,
        [[name:Helen]]

        [[name:Helen Varga]], {{Registered Manager}}
        [[organisation:Larchwood House Nursing Home]] | [[phone:01632 960 443]]
    """)),
    ("health", "near_miss", block("""
        AM {{HANDOVER}} [[date:Sun 9 June]]
        Rm | Resident | Notes
        3  | [[name:Pat Lomax]] | {{PRN}} {{lorazepam}} given 02:00, settled
        9  | [[name:Edith 'Edie' Chambers]] | {{catheter}} bag changed, good output
        11 | [[name:Stanislav Horák]] | {{nil by mouth}} from 00:00 for {{gastroscopy}} - NOT on kitchen list, breakfast tray nearly given by {{bank HCA}} at 07:30, stopped by [[name:Jas]]
        14 | Mrs [[name:Ellery]] | {{sensor mat}} checked, working
        16 | [[name:Hope Stringer]] | family visiting pm, {{DNACPR}} discussion with daughter
        Action: kitchen to get the {{NBM}} list from the {{nurse in charge}} every night.
    """)),
    ("health", "success", block("""
        Falls Review Group - minutes
        Date: [[date:20 June 2024]]
        Attendees: [[name:Helen Varga]] ({{RM}}), [[name:Joy Mensah]] (Deputy), [[name:Rhodri Pugh]]
        ({{physio}}, [[organisation:Saltmere Community Therapy]]), [[name:Ama]] ({{HCA lead}})
        Apologies: Dr [[name:Lindqvist]]
        1. Falls down from 14 in {{March}} to 5 in {{May}} after introducing
        {{intentional rounding}} and the {{Stay Upright}} exercise group led by [[name:Rhodri]].
        2. Mr [[name:Kowalski]] ([[age:91]]) - no falls for 8 weeks since
        {{postural hypotension}} identified and {{doxazosin}} stopped at GP review.
        3. [[name:Joy]] to present the work at the {{ICB}} care homes forum.
        Actions: continue {{lying/standing BP}} for all new admissions.
    """)),
    ("health", "incident", prose("""
        Statement of [[name:Chidinma Eze]], {{agency RGN}}, [[organisation:Prime Nursing
        Solutions]]. I was working my first shift at the home on [[date:25 June]]. I was not
        given a {{medication induction}} or an {{eMAR}} login, so I used a colleague's login
        ([[name:Matt]]'s) to record. At the {{lunchtime round}} I gave {{paracetamol}} 1g to
        Mr [[name:Hewitt-Jones]], not realising he had had {{co-codamol}} at 10:00 from the
        {{nurse in charge}}; the system showed it under [[name:Matt]]'s name and I misread it.
        He received 2g of paracetamol within 4 hours. I reported it to the nurse in charge
        straight away and {{111}} advised {{monitoring}}; no harm came to him. I understand {{shared
        logins}} are not allowed. Signed: [[name:C. Eze]] [[date:26/06/24]]
    """)),
    ("health", "near_miss", block("""
        [[name:Faisal Qureshi]] 14:02
        Dr [[name:L]], the {{ReSPECT form}} for [[name:Nell Drummond]] still says
        {{for hospital transfer}} but the {{family meeting}} last week agreed {{comfort care}}.
        Can you update?
        [[name:Anders Lindqvist]] 14:30
        Thanks, I thought I had. {{Will}} do today.
        [[name:Faisal Qureshi]] 16:55
        Still showing the {{old version}} - [[name:Nell]] has a {{chest infection}} tonight. If
        she deteriorates overnight the {{ambulance crew}} will see the old form
        [[name:Anders Lindqvist]] 17:20
        Updated and signed now, sorry. Copy sent to the home and {{OOH}}.
    """)),
    ("health", "success", prose("""
        [[name:Ruth Abernethy]] ([[age:88]]) was admitted from
        [[organisation:St Cuthbert's Hospital]] on [[date:1 July]] for {{end-of-life care}}
        with {{metastatic breast cancer}}. Her {{son}} [[name:Gareth]] lives abroad and wanted to
        be present. The team arranged daily {{video calls}}, and the
        {{palliative care nurse specialist}}, [[name:Sunita]], helped adjust her
        {{syringe driver}} so she was comfortable but awake enough to talk. When
        [[name:Gareth]] arrived on [[date:9 July]] [[name:Ruth]] recognised him. She died
        peacefully two days later with him present. {{Care after death}} was completed in line
        with her wishes (she wanted her {{rosary}} with her). Learning: early
        {{advance care planning}} and proactive family contact made this possible.
    """)),
    ("health", "incident", prose("""
        fall 14:40 {{lounge}}. mr [[name:patel]] (rm 2) tried to stand from {{recliner}} w/o
        {{frame}}, {{sensor mat}} not plugged in agian. {{skin tear}} L forearm,
        {{steri-strips}} applied. {{body map}} done. {{neuro obs}} started - not on
        {{anticoag}}. son [[name:Vikram]] informed [[phone:07700 900 138]]. 2nd fall in 3 days
        & same issue w the mat. has nobody reported the broken plug??? - [[name:kasia]] {{hca}}
    """)),
    ("health", "near_miss", block("""
        Weekly {{MAR}} audit w/e [[date:21/07/24]] - [[organisation:Larchwood House]]
        Resident           Issue                                         Found by
        [[name:G. Whitlock]]        {{fentanyl patch}} site not recorded               [[name:Amber]]
        [[name:Ernest Boateng]]     {{insulin}} dose changed verbally, MAR not updated    [[name:Amber]]
        [[name:Mavis Crane]]        {{antibiotic}} course ended, still on MAR            [[name:Tom]] ({{agency}})
        {{Near miss}}: Mr [[name:Boateng]] would have received 18 units instead of the new 12 units
        at {{teatime}}. Caught because [[name:Amber]] checked the GP's {{ward round}} notes.
        Verbal changes must be confirmed in writing by the {{surgery}} before the MAR is changed.
    """)),
    ("health", "success", prose("""
        ⭐ STAR OF THE MONTH ⭐ [[name:Bronagh]] ({{night HCA}}). Nominated by
        Mrs [[name:Fielding]]'s daughter: '{{Mum}} has {{dementia}} and gets very frightened
        when she's {{sundowning}}. [[name:Bronagh]] learned the Welsh lullabies {{Mum}} sang to
        us and now sings them at bedtime. {{Mum}} hasn't needed her {{PRN}} {{haloperidol}} for
        three weeks.' Thank you [[name:Bronagh]] - this is {{person-centred care}} at its
        best! Voucher from [[organisation:Greenacre Garden Centre]] is in the office.
    """)),
    ("health", "incident", block("""
        {{Call log}} [[date:Sat 10 Aug]]
        22:15 Rang {{NHS 111}} re [[name:Florence Adebisi-Cole]], NHS [[nhs_number:744 587 7150]], {{chest pain}}.
        22:50 {{Clinical callback}} - advised {{999}}.
        23:05 999 called, ref [[case_reference:CAD-40918]].
        00:40 {{Ambulance}} still not arrived. Pain worse, no {{GTN spray}} prescribed. {{Son}} [[name:Kwame]] on his way.
        01:30 {{Crew}} arrived ([[organisation:Northdale Ambulance Service]]). Taken to [[organisation:Kingsbridge General]].
        Concern: 3h15 wait for a {{Category 2}} call; nurse [[name:Ola]] stayed with [[name:Florence]] the whole time, leaving 1 nurse for 42 residents.
    """)),
    ("health", "success", block("""
        Handover / induction - new process
        From [[date:1 September]] every {{agency nurse}} gets the laminated {{induction card}}
        + a 30 min {{buddy}} with a {{permanent nurse}} before their first round. Tonight
        [[name:Nkechi]] (agency, via [[organisation:Prime Nursing]]) buddied with
        [[name:Jas Sandhu]]. She picked up on her own that Mr [[name:Fairweather]]'s
        {{alendronic acid}} is weekly and checked before giving - exactly the {{near miss}} from
        {{March}}. 0 {{med errors}} by agency staff in {{August}} (4 in {{June}}). Thanks
        [[name:Jas]] and everyone for giving up breaks for this. - [[name:Helen]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        {{line trg}} sector [[flight_number:BH417]] [[date:04/03]] - {{cadet}} {{FO}}
        ([[name:Ollie]]) 3rd sector on type. on {{pushback}} he set {{flex temp}} for the wrong
        {{runway}} in the {{MCDU}}, i didnt catch it at the {{x-check}} bcos i was talking to
        {{dispatch}} abt an {{MEL}} item. caught by the {{takeoff config}} / perf check at
        line-up, {{ATC}} gave us time. no exceedance. my fault for splitting attention on a
        line trg flight. a/c [[aircraft_registration:G-HRNC]]. - [[name:RT]] {{LTC}}
    """)),
    ("aviation", "near_miss", block("""
        RT excerpt, [[date:12 March 2024]], {{base training}} circuits at [[organisation:Fenmoor Airport]]
        Reported by {{TRI}} Capt [[name:Sandeep Gill]]
        TWR: [[flight_number:Heron 9 Tango]], {{late downwind}}, number two, traffic a {{Cessna}} on {{base}}.
        CDT: Number two, [[flight_number:Heron 9 Tango]].
        TWR: [[flight_number:Heron 9 Tango]], {{continue approach}}.
        CDT: Cleared to land, [[flight_number:Heron 9 Tango]].
        TRI: Negative - continue approach, not cleared.
        TWR: [[flight_number:Heron 9 Tango]], {{go around}}, Cessna still on the runway.
        Narrative: Cadet [[name:Lukas Brandt]] anticipated the landing clearance. I corrected
        the readback but he still configured for landing; I took control at 400ft for the
        go-around. Debriefed {{expectation bias}} and readbacks under high workload. Aircraft
        [[aircraft_registration:G-HRNK]].
    """)),
    ("aviation", "success", block("""
        Subject: Well done - [[name:Amber Kovács]] {{line check}}

        Hi all,
        Just a quick note to say our {{cadet}} [[name:Amber Kovács]] passed her
        {{final line check}} yesterday with Capt [[name:Hamid]], only 42 sectors after her
        {{type rating}} - well under the 60 average. [[name:Hamid]] said her
        {{threat and error management}} briefs were better than some {{captains}}'. Huge
        credit to {{LTC}} [[name:Eilidh MacLeod]], who mentored [[name:Amber]] through the
        winter roster.

        Cheers,
        [[name:Mo]]
        [[name:Mohammed al-Rashid]]
        {{Head of Line Training}}, [[organisation:Blue Heron Airways]]
    """)),
    ("aviation", "incident", prose("""
        On [[date:18 March]] the {{recruitment team}} sent {{assessment day}} invitations for the
        {{cadet programme}} to 64 applicants using '{{To}}' rather than '{{Bcc}}'. All recipients could
        see each other's email addresses, including [[email:j.oyelaran94@mailbox.net]]. One
        applicant, [[name:Jide Oyelaran]], pointed this out by {{reply-all}}, which spread the list
        further. The email was sent by [[name:Sian]] in {{Crew Resourcing}}, who was covering
        the shared mailbox alone. It was reported to the {{DPO}} and logged as
        [[case_reference:DP-2024-017]]; it did not meet the {{ICO}} reporting threshold.
        Learning: recruitment mailings now go only through the {{ATS}}, and nobody sends bulk
        mail from the shared mailbox.
    """)),
    ("aviation", "near_miss", block("""
        #line-training
        [[name:eilidh.macleod]] 07:12: {{heads up}} - roster has {{cadet}} [[name:Pablo Iriarte]] paired with a non-{{LTC}} {{captain}} on [[flight_number:BH221]] tomorrow. he's only 6 sectors in
        [[name:kate.b]] 07:25: argh. the {{qualification}} flag for 'line training required' dropped off when we migrated to the new {{rostering system}}
        [[name:kate.b]] 07:31: fixed, swapped with Capt [[name:Dimitriou]]. checking all other cadets now
        [[name:eilidh.macleod]] 07:33: ty. that would've been unsupervised {{line flying}} for a cadet - a {{CAA}} issue. raise an {{ASR}} pls
        [[name:kate.b]] 07:40: done [[case_reference:ASR-24-1187]]. 3 other cadets affected, all fixed
    """)),
    ("aviation", "success", block("""
        Line Training Review Board
        [[date:4 April 2024]], {{Training Centre}} Room 2
        Present: [[name:Mohammed al-Rashid]] (Chair), [[name:Eilidh MacLeod]], Capt [[name:Hamid]],
        [[name:Rose Ng]] ({{Training Standards}}), [[name:Faith Adebanjo]] ({{HR}})
        Apologies: [[name:Sandeep Gill]]
        1. Cadet [[name:Marek Zielinski]] - extended line training. After 2 unsatisfactory
        sectors a {{LOFT}} session in the {{FFS}} targeting {{energy management}} was arranged.
        [[name:Marek]] completed his {{final line check}} on [[date:29 March]]. Board agreed
        release to line.
        2. {{Base check}} pass rate 100% for the {{spring}} intake.
        3. [[name:Rose]] to update {{OM Part D}} for the new {{CBTA}} grading.
        Next meeting: [[date:2 May]].
    """)),
    ("aviation", "incident", block("""
        Sim session chronology - {{type rating}} course, [[organisation:Aerocentre Fenmoor]] {{FFS}} 2
        [[date:Tues 16 April]]
        22:00 Session 7 brief, {{TRI}} [[name:Bill Tennant]]; candidates [[name:Chen Jiayi]] and [[name:Tomás Ruiz]].
        23:10 {{Motion}} fault, sim {{freeze}}; engineer called.
        23:55 Session resumed without re-briefing the {{engine fire}} exercise.
        00:40 During the {{V1 cut}} the motion jolted violently; candidate [[name:Chen]] struck head on the {{overhead panel}}. Session stopped.
        00:50 {{First aid}} given; not taken to hospital.
        [[date:17 April]]
        09:00 Reported to sim provider, ref [[case_reference:AF-TR-5520]]. Sim out of service 2 days.
        Learning: after any motion fault no session resumes without engineer sign-off.
    """)),
    ("aviation", "near_miss", block("""
        SAFETY REPORT [[case_reference:ASR-24-1302]]
        Reporter: [[name:Joaquim Pereira]] ({{cadet FO}})
        Date of event: [[date:28/04/2024]]
        Flight: [[flight_number:BH602]]
        Aircraft: [[aircraft_registration:G-HRNF]] ({{A320}})
        Phase: {{taxi}}
        Description: Under line training with Capt [[name:Tunde Bakare]]. At night on an
        unfamiliar {{apron}} I followed the {{lead-in line}} for stand 12 instead of 12A. The
        {{LTC}} stopped the aircraft; no {{marshaller}} was present. {{Wingtip}} clearance to
        the adjacent {{ATR}} estimated 3m.
        Contributing: {{airport chart}} out of date in the {{EFB}}; fatigue (4th sector).
        Suggestion: add an outstation stand brief to the line training file.
    """)),
    ("aviation", "success", block("""
        Hi [[name:Tunde]],
        I just wanted to say thanks for signing me off on [[date:Sunday 12th]]. After the {{stand}}
        mix-up in {{April}} I didn't think I'd get there, but the way you debriefed it - no
        blame, we both sat and looked at the {{chart}} together - made me want to report stuff, not
        hide it. My {{mum}} cried when I told her. I start as a {{line FO}} on the {{A320}}
        {{fleet}} next month.
        Thanks again,
        [[name:Jo]] ([[name:Joaquim Pereira]])
    """)),
    ("aviation", "incident", block("""
        From: [[name:Rose Ng]] <[[email:rose.ng@blueheron-air.co.uk]]>
        To: Crew Resourcing <[[email:crewresourcing@blueheron-air.co.uk]]>
        Date: [[date:Mon 13 May 2024]] 16:20
        Subject: Expired medical - {{DEC}} [[name:Yevhen Marchenko]]

        Hi [[name:Kate]],
        During the {{document check}} after today's {{base check}} I found {{DEC}}
        [[name:Yevhen Marchenko]]'s {{Class 1 medical}} expired on [[date:30 April]]. He flew
        the {{LPC}}/{{OPC}} in the {{FFS}} anyway and was rostered for line training on
        [[flight_number:BH118]] on [[date:15 May]]. The onboarding checklist shows 'medical -
        verified' ticked by a temp in the team. [[name:Yevhen]] has booked an {{AME}}
        appointment and is off the roster. Can we audit all direct-entry files from the
        {{March}} intake?

        [[name:Rose]]
        [[name:Rose Ng]]
        {{Training Standards Manager}} | [[phone:01632 960 901]]
    """)),
    ("aviation", "near_miss", block("""
        Reconstructed RT, [[flight_number:BH344]], [[date:02/06/24]], {{descent}}
        {{APP}}: [[flight_number:Heron 344]], descend {{flight level}} one zero zero.
        FO: Descend flight level one one zero, [[flight_number:Heron 344]].
        APP: [[flight_number:Heron 344]], negative, flight level one zero zero.
        FO: One zero zero, [[flight_number:Heron 344]].
        Narrative by {{LTC}} [[name:Niamh Ó Briain]]: the {{cadet}} FO set 110 on the {{FCU}}
        after the first {{readback}} and did not reset it after the correction; I was briefing the
        {{STAR}} and missed it. I noticed 110 in the window passing FL125 and corrected it
        before level-off. No deviation, no {{TCAS}} alert. Debrief: verify FCU against the
        final readback, and don't brief during a {{level change}}.
    """)),
    ("aviation", "success", block("""
        Cadet Line Training Tracker - {{Summer}} intake
        {{Cadet}}                       | {{LTC}}              | {{Sectors}} | {{Line check}}
        [[name:Hannah Fitzgerald-Obi]]  | [[name:N. Ó Briain]]       | 48      | passed [[date:11/06]]
        [[name:Sunny Lau]]              | [[name:T. Bakare]]         | 51      | passed [[date:14/06]]
        [[name:Marek Zielinski]]        | [[name:E. MacLeod]]        | 62      | passed
        [[name:Pablo Iriarte]]          | Capt [[name:Dimitriou]]    | 39      | booked [[date:28/06]]
        Comment: all four cadets from the [[organisation:Skyward Flight Academy]] {{pipeline}} on
        track, averaging 50 sectors against a target of 60. The {{mentoring}} scheme (each
        cadet paired with an {{SFO}} mentor) was credited by cadets in {{feedback}}. Well done
        all {{LTCs}}.
    """)),
    ("aviation", "incident", prose("""
        During the {{sim assessment}} for {{direct-entry}} {{first officers}} on [[date:20 June]]
        the {{assessor}}, Capt [[name:Greaves]], failed candidate [[name:Aditi Kulkarni]] for an
        {{engine failure}} handling error. Review of the {{sim data}} showed the failure had been
        triggered at the wrong point because the {{IOS}} script had been edited for a different
        {{scenario}} and not reset. Two other candidates that day, [[name:Ryan]] and
        [[name:Mei-Ling]], flew the correct profile, so the assessment was not fair.
        [[name:Aditi]] has been invited back and offered a new slot; the recruitment
        {{panel}} has been reminded to use the locked assessment script. Logged
        [[case_reference:HR-REC-0092]].
    """)),
    ("aviation", "near_miss", block("""
        [[date:08/07/2024]], 23:48 - [[name:Tunde]]: just finished sim assessing at [[organisation:Aerocentre Fenmoor]], {{rostered}} 05:10 report for [[flight_number:BH101]] with a {{cadet}}. thats not legal is it
        [[date:08/07/2024]], 23:50 - [[name:Niamh]]: no! {{FTL}} - {{sim}} counts as {{duty}}. call {{crewing}}
        [[date:08/07/2024]], 23:55 - [[name:Tunde]]: crewing say the rostering system didnt have the sim duty, {{training dept}} booked it in a {{spreadsheet}} 🙄
        [[date:09/07/2024]], 00:10 - [[name:Tunde]]: {{standby}} captain called in, cadet flying with Capt [[name:Dimitriou]] instead. filing a {{fatigue report}}
    """)),
    ("aviation", "success", prose("""
        Learning report: {{CRM}} in line training. On [[date:22 July]],
        [[flight_number:BH530]] ([[aircraft_registration:G-HRNB]], {{ATR 72}}), cadet FO
        [[name:Hannah Fitzgerald-Obi]] was {{PM}} on sector 9 of her line training. On the
        approach she noticed the captain, {{LTC}} [[name:Ewan Stroud]], had not selected
        {{engine anti-ice}} in {{icing conditions}}, and used the {{PACE}} model (Probe, Alert,
        Challenge, Emergency) to speak up. [[name:Ewan]] thanked her on the spot, and later
        told the story at the {{LTC standardisation day}} as an example of a cadet being
        given room to challenge. [[name:Hannah]] said she only felt able to because he had
        invited challenge in his {{pre-flight brief}}.
    """)),
    ("aviation", "incident", block("""
        Handover - Line Training Office, week ending [[date:9 Aug]]
        - [[name:Lukas Brandt]]: {{base training}} not signed off in his {{training file}}. {{TRE}}
          [[name:Mark Whitby]] says he signed it but the paper form was lost in the office move.
          [[name:Lukas]] flew two line training sectors ([[date:6 Aug]], [[date:7 Aug]]) with no
          evidence of completed base training on file - {{audit finding}}.
        - Further flights stopped until [[name:Mark]] re-signs from his {{logbook}} record.
        - {{CAA}} inspector visit [[date:Thu 15th]] - all cadet files to be scanned by {{Weds}}.
        - [[name:Faith]] ({{HR}}) chasing recruitment references for [[name:Olamide]] and [[name:Kristóf]].
        [[name:EM]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind280", REPORTS))
