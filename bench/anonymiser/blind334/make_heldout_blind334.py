"""Held-out blind corpus 334: confidential incident, near-miss and learning reports.

Fifty invented UK reports written blind (without sight of the de-identifier or of any other
corpus) as front-line practitioners type them into a confidential reporting system:

- social_care (17): a residential special school with 52-week placements, waking nights,
  sensory needs and positive behaviour support;
- health (17): an orthopaedic trauma ward (hip fractures, falls, VTE, pressure areas, physios);
- aviation (16): airport security screening (hold baggage, staff search, prohibited items,
  archway alarms).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams/WhatsApp/Slack), handover notes, minutes with attendance
and apologies, pipe-separated tables, RT transcripts, shout-outs and thank-you notes.
All people, organisations, places and numbers are invented. Identifiers are marked
[[label:value]] and must-not-redact mentions {{term}} (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind334.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        waking night [[date:3/4 march]]. approx 0240 [[name:kacper]] up n banging on his
        bedroom door, v distressed, hands over ears - {{fire alarm panel}} in the {{corridor}}
        beeping (low battery i think). me and [[name:dev]] followed his {{PBS plan}}, dimmed
        lights, offered {{ear defenders}} n {{weighted blanket}}, he hit [[name:dev]] in the face
        w open hand x2. [[name:dev]] ok no mark. rang {{on call manager}} ([[name:Faith]]) 0255
        who said log it + tell {{maintenance}} in am. [[name:kac]] settled by 0330,
        {{physical intervention}} not used, {{body map}} not needed. pls can sum1 chase the
        panel its been beeping since the wknd!! - [[name:tj]]
    """)),
    ("social_care", "near_miss", prose("""
        At approximately 20:15 on [[date:11 February 2025]] I was preparing evening medication
        in the {{medication room}} at [[organisation:Ashby Lodge]] for
        [[name:Oluwaseun Adeyemi]] ([[age:aged 13]]). The {{MAR chart}} had no signature
        against his {{melatonin}} 2mg, so I drew up the dose. Before giving it, my second
        checker [[name:Agnieszka Kowalczyk]] asked [[name:Seun]] if he had already had his
        "sleepy tablet" and he said yes, "the tall man gave it". A stock count was one lower
        than expected. [[name:Bill]] from the {{day team}} confirmed by phone that he had given
        it at 19:50 but was called to an incident in the {{sensory room}} before he could sign.
        The second dose was not given and [[name:Seun]] came to no harm. The {{team leader}}
        was informed and the {{out-of-hours pharmacy}} line was not needed. Learning: sign the
        {{MAR}} at the point of administration, every time; the {{two-person check}} worked as
        intended. Ref [[case_reference:MED-25-0117]].
    """)),
    ("social_care", "success", block("""
        SHOUT-OUT!! 🌟
        Massive thank you to [[name:Grace]] and [[name:Will]] on {{waking nights}} in
        [[organisation:Corran House]] this week. [[name:Tayo]] has really struggled with
        {{transitions}} since coming back from {{home leave}} on [[date:Sunday 16th]].
        [[name:Grace]] noticed he was calmer when his {{visual timetable}} was moved down to his
        eye level, so she and [[name:Will]] made him a {{now-and-next board}} for bedtime and
        wrote it straight into his {{PBS plan}} for the {{day staff}}. Three nights in a row
        with no {{incidents}} and he slept through for the first time this term.
        This is exactly the kind of small change that makes a big difference.
        [[name:Mark]]
        {{Head of Care}}
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - {{missing from care}}
        YP: [[name:Zainab Hussain]] ([[age:15yrs]])   Ref: [[case_reference:FHS/YP/0342]]
        [[date:Sat 22/03]]
        16:40  [[name:Z]] in {{quiet lounge}} with [[name:Rhiannon]] ({{1:1}})
        16:52  {{fire door}} by {{art room}} found open, [[name:Z]] not in building
        16:55  {{missing from care protocol}} started, site search ({{grounds}}, {{trampoline}},
               {{polytunnel}}, car park)
        17:05  [[name:Rhiannon]] + [[name:Jean-Luc]] out in car towards [[address:Bramble Lane]]
        17:10  {{police}} informed, incident no. [[case_reference:WD-250322-0459]]
        17:12  {{mum}} (Mrs [[name:Hussain]]) informed, not at home
        17:34  [[name:Z]] found by [[name:Jean-Luc]] at bus shelter outside the
               [[organisation:Co-op]], calm, said she "wanted chips"
        17:40  back on site, {{police}} updated re [[case_reference:WD-250322-0459]]
        18:10  {{social worker}} Ms [[name:Adebayo]] emailed, {{return home interview}} to be
               offered via {{LA}}
        18:30  {{RM}} to consider {{Reg 40}} notification to {{Ofsted}}
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Kwame Mensah]] <[[email:k.mensah@fernleahall.org.uk]]>
        To: {{Transport Team}}; [[name:Siobhán Ní Bhriain]]
        Sent: [[date:Thu 6 Mar 2025]] 09:12
        Subject: near miss - minibus [[vehicle_registration:YK68 RZT]]

        Hi [[name:Siobhán]],

        Just flagging that when we got back from {{swimming}} at
        [[organisation:Haddersby Leisure Centre]] yesterday, [[name:Mateus]] was still strapped
        in on the back row of [[vehicle_registration:YK68 RZT]] after everyone else had gone
        inside. He is {{non-verbal}} and didn't call out. [[name:Joy]] spotted him on the
        {{final walk-through}} about 4 mins later. He was fine, {{ear defenders}} on, humming away.
        The {{headcount}} at the door was done but we counted 6 not 7 because [[name:Lior]] had
        gone in earlier with the {{school nurse}}. Can we change the {{transport checklist}} to a
        name-by-name check instead of numbers?

        Cheers,
        [[name:Kwame]]

        [[name:Kwame Mensah]] | {{Senior Residential Support Worker}} | [[organisation:Fernlea Hall School]]
        Tel: [[phone:01632 960418]]
    """)),
    ("social_care", "success", block("""
        MINUTES - {{PBS}} review meeting, [[organisation:Fernlea Hall School]]
        Date: [[date:14/03/2025]]
        Present: [[name:Ioana Popescu]] ({{BCBA}}), [[name:Chidi Okonkwo]] ({{Head of Care}}),
        [[name:Amber Walsh]] ({{keyworker}}), [[name:Rajinder Kaur Sandhu]] ({{SLT}}),
        [[name:Pat]] ({{waking night}} rep)
        Apologies: Dr [[name:Faisal Rahman]] ({{CAMHS}}), [[name:L. Okafor]] ({{IRO}})

        1. [[name:Dylan]] ([[age:16]]) - {{restrictive physical interventions}} down from 11
        last term to 2 this half-term. Team credited the new {{sensory diet}} and the
        {{Makaton}} signs for "stop" and "help" which [[name:RKS]] introduced. Night staff
        also report calmer evenings.
        2. Good practice to be written up as a learning report and shared at the
        {{Regulation 45}} review.
        Actions:
        - [[name:AW]] to update {{behaviour support plan}} by [[date:28/03]]
        - [[name:IP]] to share data with {{placing authority}}
        - [[name:Pat]] to feed back to nights
    """)),
    ("social_care", "incident", block("""
        HANDOVER - {{Cottage 2}} - [[date:Mon 24th]] lates -> nights
        [[name:Amara]] - head banging x3 around 18:30 after {{iPad}} battery died. {{helmet}} on
        as per plan, small red mark L forehead, {{body map}} done, {{first aid}} by [[name:Hope]].
        pls 30 min {{obs}} overnight.
        [[name:Sunny]] - fine, ate well, {{melatonin}} given 19:45 (signed!!)
        [[name:freya-rose]] - phone call with {{dad}} went ok, bit teary after, had hot choc
        [[name:Bilal]] - {{seizure}} 20:10 approx 40 secs, {{tonic-clonic}}, no
        {{buccal midazolam}} needed, {{epilepsy care plan}} followed + {{seizure chart}} filled in
        {{IR}} done for [[name:Amara]] - [[case_reference:IR-2503-221]]
        On shift: [[name:Hope]], [[name:Dariusz]], [[name:mo]]
        [[name:Hope]] ({{shift lead}})
    """)),
    ("social_care", "near_miss", block("""
        [18:02] [[name:Yusuf Demir]]: anyone know if the flapjacks from the {{bake sale}} have
        nuts in? [[name:Aditya]] wants one
        [18:03] [[name:Ellie B]]: NO dont!! they've got {{peanut butter}} in, [[name:Lan]] made them
        [18:03] [[name:Yusuf Demir]]: ok binned. he's having a rice krispie square from the
        sealed pack instead
        [18:05] [[name:Nguyen Thi Lan]]: so sorry everyone, they were labelled in the
        {{staff room}} but someone moved them to the {{dining room}}
        [18:07] [[name:Chidi Okonkwo]]: Thanks all. [[name:Aditya]] has an {{anaphylaxis}} plan
        and 2 {{EpiPens}} in the {{medical room}}. Pls log as a near miss and I'll raise at
        {{H&S}} tomorrow. Home-made food stays in the staff room from now on with
        {{allergen}} labels.
    """)),
    ("social_care", "success", prose("""
        Learning from good practice. [[name:Theodore]] ("[[name:Teddy]]", [[age:12]]) had not
        tolerated a dental check since his placement started. Over six weeks his keyworker
        [[name:Rose Ferreira]] used a {{social story}}, photos of the {{dental chair}} and short
        practice sessions with a {{mirror}} and {{torch}} in the {{sensory room}}, always ending
        with his favourite {{trampoline}} time. On [[date:4 April]] he attended
        [[organisation:Marlpit Lane Dental Practice]] with [[name:Rose]] and our {{OT}}
        [[name:Sunita]] and allowed a full check and clean. The {{dentist}}, Dr
        [[name:Kowalski]], had agreed to a quiet first appointment of the day and turned the
        radio off. The approach is now in [[name:Teddy]]'s {{communication passport}} and has
        been shared with the {{school nurse}} so it can be used for his {{flu vaccine}}. Well
        done [[name:Rose]]!
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM
        Young person: [[name:Rhys Pritchard-Evans]]
        DOB: [[date_of_birth:09/11/2010]]
        Ref: [[case_reference:FHS-2025-0198]]
        Placing authority: [[organisation:Wendale County Council]]
        Home address: [[address:27 Cobden Terrace, Stallbridge]], [[postcode:WD4 7NQ]]
        Date/time: [[date:19/03/2025]] 07:35
        Location: {{bathroom}}, {{first floor}}
        Category: injury to young person
        Description: During {{personal care}} [[name:Rhys]] became dysregulated when the
        {{shower}} suddenly ran cold, pulled away from staff, slipped and banged his right elbow
        on the {{sink}}. Staff present [[name:Tomasz Wróbel]] and [[name:Faith Odukoya]].
        {{Ice pack}} applied, seen by {{school nurse}} at 08:30, no swelling, full movement.
        {{Maintenance}} checked the {{TMV}} and found it faulty; shower out of use until replaced.
        Parent informed: yes - {{dad}}, [[phone:07700 900362]]
        {{Social worker}} informed: yes - Ms [[name:Karimi]] by email
        Completed by: [[name:T. Wróbel]]
    """)),
    ("social_care", "near_miss", prose("""
        nm - on {{room checks}} 21:00 found the {{window restrictor}} on [[name:niamh]]'s bedroom
        window snapped off, window opens fully, 1st floor!! she was in the {{lounge}} w
        [[name:abi]] at the time so no harm. moved her stuff to the spare room for tonight, she
        wasnt happy but ok after her {{sensory box}}. rang {{maintenance on call}} ([[name:Gaz]])
        fixed by 22:30 with new {{restrictor}} + checked all the others on that landing, 2 more
        loose. {{environmental risk assessment}} needs updating + think this shld be in the
        {{weekly H&S walk}}? {{Ofsted}} wld have a field day lol. [[name:gearóid]]
    """)),
    ("social_care", "success", block("""
        [[date:12/04/2025]], 19:41 - [[name:Ama Owusu]]: Just back from the cinema with [[name:Sunny]]!! First time he's managed a whole film 🎬
        [[date:12/04/2025]], 19:42 - [[name:Ama Owusu]]: [[organisation:Regal Picturehouse]] did a {{relaxed screening}}, lights half up, sound down. He wore his {{ear defenders}} for the adverts then took them off himself
        [[date:12/04/2025]], 19:44 - [[name:Dafydd ap Rhys]]: brilliant!! all that {{desensitisation}} work with the {{social story}} paid off
        [[date:12/04/2025]], 19:45 - [[name:Bill]]: proper made my night that. well done [[name:Sunny]] and well done [[name:Ama]] 👏
        [[date:12/04/2025]], 19:47 - [[name:Ama Owusu]]: will write it up as a {{learning report}} tmrw for his {{keyworker}} file. No {{PRN}} needed either
    """)),
    ("social_care", "incident", prose("""
        On the evening of [[date:Friday 28 March]], [[name:Liang Wei]] ([[age:aged 14]]) went on
        {{home leave}} to his grandmother's flat at
        [[address:Flat 4, 61 Whitcombe Road, Stallbridge]]. His evening {{lamotrigine}} had not
        been packed in the {{home leave medication bag}}. His grandmother, Mrs [[name:Liang]],
        rang the {{on-call manager}} at 21:10 when she could not find it. [[name:Bill Armitage]]
        collected the blister pack from the {{medication cupboard}} and drove it over, arriving
        at 22:05, and the dose was given about an hour late. {{NHS 111}} advised no further
        action and there was no {{seizure}} over the weekend. The {{leave checklist}} had been
        signed by an agency worker (initials [[name:D.K.]]) who had not been shown where leave
        medication is kept. Actions: {{medication competency}} sign-off before agency staff
        complete leave checklists; {{pharmacy}} to supply a separate leave pack. Ref
        [[case_reference:MED-25-0131]].
    """)),
    ("social_care", "near_miss", block("""
        Weekly {{sensory room}} equipment check - [[organisation:Ashby Lodge]]
        Item          | Checked by | Date    | Result
        {{Lycra swing}}   | [[name:PK]]         | [[date:07/04]]   | ceiling hook 2 moving - OUT OF USE
        {{Ball pool}}     | [[name:PK]]         | [[date:07/04]]   | ok
        {{Bubble tube}}   | [[name:Marta]]      | [[date:07/04]]   | ok, cable tidy replaced
        {{Crash mat}}     | [[name:Marta]]      | [[date:07/04]]   | ok
        Note from [[name:PK]]: [[name:Kofi]] was about to put [[name:Jordan]] ([[age:11]]) on
        the swing when I checked, so nobody was on it when the hook moved. Swing taken down and
        bagged, sign on door. Estates job [[case_reference:EST-44817]]. Can the swing go on the
        {{pre-use check}} list for staff, not just the weekly one? [[name:Jordan]] is also over
        the {{SWL}} on the old label, needs checking.
    """)),
    ("social_care", "success", prose("""
        Good practice report. During the {{waking night}} of [[date:2nd-3rd April]],
        [[name:Marek Nowak]] heard unusual sounds on the {{audio monitor}} from
        [[name:Kieran]]'s room at 03:12. He went straight in, recognised a {{focal seizure}}
        from the {{epilepsy care plan}}, started timing, placed [[name:Kieran]] in the
        {{recovery position}} and radioed the second waking night, [[name:Precious]]. The
        seizure stopped at four minutes, so {{rescue medication}} was not needed, and
        [[name:Marek]] stayed with him until he was settled, then did 15 minute checks until
        morning. His notes were clear and timed. The {{epilepsy nurse}}, [[name:Jo Whitfield]]
        from [[organisation:Stallbridge Children's Hospital]], said the record helped her adjust
        [[name:Kieran]]'s medication the same week. A good reminder why we keep the monitors on
        and why every waking night does the {{epilepsy training}}. Thank you [[name:Marek]].
    """)),
    ("social_care", "incident", prose("""
        At about 15:30 on [[date:Weds 9th]] a contractor from
        [[organisation:Brightwell Electrical Ltd]] left a toolbag unattended on the
        {{landing}} outside the {{laundry}} while fitting new {{emergency lighting}}.
        [[name:Mohammed Al-Amin]] ([[age:16]]) picked up a {{Stanley knife}} from the bag and
        took it to his room. [[name:J.K.]] saw him pass with something in his sleeve and asked
        him to show her; he handed it over after about ten minutes of calm talk using the
        {{script}} from his {{PBS plan}}. No one was hurt. [[name:Mohammed]] said he "just wanted
        to see it". The contractor had signed in at {{reception}} but was not given the
        {{contractor induction}} sheet and was not escorted. {{DSL}} informed, {{LADO}} not
        required. Actions: contractors to be escorted in {{residential areas}}; {{sharps}} and
        tools to be kept on the person at all times; site manager [[name:Phil Hayward]] to speak
        to the company.
    """)),
    ("social_care", "near_miss", block("""
        {{Teams}} chat - Nights group
        [22:14] [[name:Precious Moyo]]: pic from tonight's pamper session 💅 [image]
        [22:15] [[name:Grace Liu]]: [[name:Precious]] delete!! [[name:Amber]]'s face is in the background and she doesn't have {{photo consent}}
        [22:15] [[name:Precious Moyo]]: omg sorry, deleted
        [22:16] [[name:Grace Liu]]: np, easy done. also this group has the new {{bank staff}} in it who havent done {{GDPR}} training yet
        [22:20] [[name:Precious Moyo]]: will log it on the system as a near miss. maybe a reminder at {{team meeting}}? the {{consent list}} is in the {{office}} but not on our phones
        [22:31] [[name:Ifeanyi]] ({{deputy manager}}): thanks both, good catch. I'll get the consent list added to the {{shift plan}} and remind everyone at {{handover}}
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        unwitnessed fall bay 3 bed 4 approx 0410 [[date:17/02]]. pt Mr [[name:Okonjo]]
        [[age:84yo]] day 2 post {{DHS}} R hip found on floor by {{HCA}} [[name:lisa]], said he
        was going to the toilet. {{call bell}} out of reach + {{falls sensor}} not plugged in.
        no obvious head injury but on {{apixaban}} so {{CT head}} requested per
        {{falls policy}}, {{neuro obs}} started. {{reg}} Dr [[name:Varga]] reviewed 0450,
        {{NEWS2}} 1. CT clear at 0720. family aware (daughter [[name:Bernadette]]). {{datix}}
        done [[case_reference:INC-2025-10391]]. pls can we check sensors are plugged in at
        {{safety huddle}}, 3rd one this month
    """)),
    ("health", "near_miss", prose("""
        On [[date:Monday 3 March]] at about 18:00 I was about to give {{enoxaparin}} 40mg to
        [[name:Dorothy Fairweather]] ([[age:aged 88]], hospital no.
        [[case_reference:KGH0714482]]) on [[organisation:Elmstead Ward]] as prescribed in the
        {{VTE prophylaxis}} section of her {{drug chart}}. On checking, I noticed she had been
        restarted on her usual {{apixaban}} 2.5mg twice daily by the {{orthogeriatric}} team
        that morning, prescribed on a different page. Giving both would have meant double
        {{anticoagulation}} two days after her {{hemiarthroplasty}}. I held the dose and bleeped
        the {{FY1}}, Dr [[name:Aoife Brennan]], who crossed off the enoxaparin. Her {{eGFR}} was
        also 28, so the dose would have needed review anyway. Learning: the
        {{electronic prescribing}} alert for duplicate anticoagulants does not fire when one drug
        sits on the {{VTE assessment}} page. {{Pharmacist}} [[name:Hamid Rezaei]] has raised this
        with the {{EPMA}} team. {{Staff Nurse}} [[name:M. Castillo]]
    """)),
    ("health", "success", block("""
        #GreatixShoutout 🙌
        Huge thanks to [[name:Joy]] and [[name:Kasia]] from {{physio}} who got Mrs
        [[name:Patterson]] ([[age:96]]) up and sitting out on day 1 after her
        {{dynamic hip screw}}, even though she was {{hypotensive}} first thing. They waited for
        her {{fluids}} to go through, checked a {{lying and standing BP}} and took it slowly
        with the {{rotunda}}. By the afternoon she had walked to the {{bay}} window with a
        {{zimmer frame}} and told everyone she'd be dancing by {{Friday}}. Early mobilisation is
        one of our {{NHFD}} {{KPIs}} and this is what it looks like done well.
        From Sister [[name:Adaeze Nwosu]], [[organisation:Brancaster Ward]]
    """)),
    ("health", "incident", block("""
        PATIENT SAFETY INCIDENT - pressure damage
        Patient name: [[name:Albert Nkemelu]]
        DOB: [[date_of_birth:02/07/1938]]
        NHS no: [[nhs_number:485 721 3966]]
        Hosp no: [[case_reference:KGH0698831]]
        Ward: [[organisation:Brancaster Ward]], [[organisation:Kingsmere General Hospital]]
        Admitted: [[date:08/03/2025]] with {{# NOF}} (L)
        Date identified: [[date:15/03/2025]]
        Description: {{Category 3 pressure ulcer}} L heel found at {{skin check}} by
        [[name:Ruth]] ({{HCA}}). {{Waterlow}} 22 on admission, {{SSKIN bundle}} in place but
        {{heel offloading boots}} not documented for 3 of the previous 7 days. Pt had been on a
        {{trolley}} in {{ED}} for 11 hours before admission. {{Tissue viability}} nurse
        [[name:Femi]] reviewed [[date:16/03]], dressing plan in notes. Son (Mr [[name:Nkemelu]]
        jnr) informed by phone.
        Reported by: [[name:Charlotte Hughes-Adu]], {{Band 6}}
        Ref: [[case_reference:INC-2025-10447]]
    """)),
    ("health", "near_miss", block("""
        From: [[name:Rafael Mendes]] <[[email:rafael.mendes4@kingsmere.nhs.uk]]>
        To: [[email:trauma.governance@kingsmere.nhs.uk]]
        Date: [[date:21 March 2025]] 13:47
        Subject: Near miss - side discrepancy, {{CEPOD}} list

        Hi all,
        Raising this from this morning's {{trauma list}}. At the {{WHO sign-in}} for Mr
        [[name:Aleksandr Petrov]] ([[case_reference:KGH0720315]]) the {{consent form}} said LEFT
        {{hemiarthroplasty}} but the {{X-ray}} on {{PACS}} and the {{skin marking}} were both
        RIGHT. The {{ODP}}, [[name:Sam]], spotted it and stopped the check. We went back to the
        {{clerking}}, the ward and the patient, who was clear it was his right hip. The consent
        had been written by a {{locum}} from a template and the side never changed. Consent was
        re-done by the {{registrar}}, Mr [[name:Idowu]], before any anaesthetic was given. No
        harm. Please can we share at {{M&M}} and look at taking the side out of the template.
        Thanks,
        [[name:Rafael]]

        [[name:Rafael Mendes]]
        {{Theatre Coordinator}}, {{Trauma & Orthopaedics}}
        Tel: [[phone:01632 574417]]
    """)),
    ("health", "success", block("""
        Hip Fracture Governance Meeting - minutes
        [[date:2 April 2025]], {{seminar room}} 2, [[organisation:Kingsmere General Hospital]]
        Attendees: Dr [[name:Priya Raghunathan]] ({{orthogeriatrician}}, chair), Mr
        [[name:Tobias Engel]] ({{consultant}} {{T&O}}), [[name:Will Saunders]] ({{physio}}
        lead), [[name:Mercy Adjei]] ({{ward manager}}), [[name:Hannah O'Rourke]] ({{NHFD}}
        audit coordinator)
        Apologies: [[name:Faith Ogunleye]] ({{anaesthetics}}), [[name:Bill]] ({{OT}})

        1. Time to theatre: 81% within 36 hrs in Q4, up from 62%. [[name:HOR]] presented the
        data. Credit to the {{trauma coordinator}} role and the extra {{Saturday}} list.
        2. {{Delirium}}: {{4AT}} completion now 94% on admission. [[name:PR]] thanked nights.
        3. Falls: 2 falls in the month, both no harm.
        Actions: [[name:WS]] to share the {{early mobilisation}} rota; [[name:MA]] to present at
        {{Trust board}} in {{May}}.
    """)),
    ("health", "incident", block("""
        SBAR handover - bay 2 bed 6 - {{night shift}}
        S: Mrs [[name:Violet Szabo]] [[age:91yo]], {{# NOF}} R, {{cannulated screws}}
        [[date:Tues 11th]]. Pulled out her {{cannula}} at 23:40, bled onto sheets, site pressed
        5 mins, small bruise.
        B: known {{dementia}}, lives at [[organisation:Heatherbank Care Home]], usually settled
        when her daughter [[name:Gail]] visits. On {{IV co-amoxiclav}} for {{UTI}}.
        A: {{hyperactive delirium}} since 22:00, {{4AT}} 8, {{NEWS2}} 2 (temp 37.9). 02:00
        antibiotic dose missed while re-cannulation attempted x2 by {{SHO}} Dr [[name:Tan]].
        R: re-cannulated 03:10, dose given 03:15. {{Datix}} [[case_reference:INC-2025-10612]].
        Needs {{orthogeriatrics}} review in am, consider {{enhanced observation}}, ask
        [[name:Gail]] if she can come in.
        [[name:Kofi A.]], {{RN}}
    """)),
    ("health", "near_miss", block("""
        {{Teams}} chat - [[organisation:Brancaster Ward]] nurses
        [[name:Hye-jin Park]] 02:17
        just did {{intentional rounding}} in bay 5 - Mr [[name:Doyle]]'s {{sensor mat}} was on
        the floor but not plugged into the {{call system}}. he was halfway out of bed looking for
        his glasses
        [[name:Hye-jin Park]] 02:18
        got him back in safely, no fall. {{bed rails}} not appropriate per his
        {{bed rails assessment}}, {{low bed}} in place
        [[name:Tunde]] 02:20
        that mat was swapped at 22:00 after the old one failed, whoever did it didnt connect the
        lead 🙈 prob me tbh
        [[name:Hye-jin Park]] 02:21
        happens! ive logged it as a near miss. can we add 'mat connected + tested' to the
        {{falls checklist}}?
        Sister [[name:Okafor]] 07:05
        great catch [[name:Hye-jin]], yes will add. everyone please test the mat by pressing it
        after any swap
    """)),
    ("health", "success", prose("""
        I want to say a proper thank you to [[name:Sunny Bhattacharya]] ({{HCA}}) for
        [[date:Saturday 5 April]]. Doing {{obs}} on Mr [[name:Harold Grimes]] ([[age:79]]),
        four days after his {{total hip replacement}} revision, [[name:Sunny]] felt he "wasn't
        himself" even though his {{NEWS2}} was only 3. [[name:Sunny]] told me straight away and
        we rechecked: resp rate 24, new confusion, and his wound was leaking. We started the
        {{Sepsis Six}} within the hour, {{blood cultures}} and {{lactate}} were taken and
        {{IV antibiotics}} were given before the {{outreach team}} arrived. He went to {{HDU}}
        overnight and is now back with us and eating. The {{soft signs}} that [[name:Sunny]]
        picked up are exactly what the {{RESTORE2}} training talks about. Well done.
        [[name:Nadia]] ({{nurse in charge}})
    """)),
    ("health", "incident", block("""
        Timeline - delayed escalation - [[name:Eileen Marsh]] [[case_reference:KGH0731190]]
        [[date:26/03/25]]
        14:05 back from theatre ({{hemiarthroplasty}} R), {{NEWS2}} 2
        16:00 NEWS2 4 ({{BP}} 96/54, HR 108), {{fluid bolus}} prescribed by {{FY1}}
        18:00 obs due, not done (bay short-staffed, 1 {{RN}} to 9 pts)
        19:40 NEWS2 7 found by [[name:Carys]] ({{RN}}), pt clammy, {{urine output}} 10ml/hr
        19:45 {{SHO}} bleeped x2, no answer (in {{ED}})
        20:10 {{Critical Care Outreach}} called directly by nurse in charge [[name:Ola]]
        20:25 reviewed, {{Hb}} 71 (pre-op 112), {{transfused}} 2 units
        21:30 NEWS2 3, stable
        Contributing: missed obs, escalation delay, SHO covering 3 wards. Harm: moderate
        (transfusion, longer stay). {{Duty of Candour}} conversation with son [[name:Gareth]] on
        [[date:27/03]] by Mr [[name:Engel]]. Ref [[case_reference:INC-2025-10533]].
    """)),
    ("health", "near_miss", block("""
        Pressure-relieving mattress audit - [[organisation:Elmstead Ward]] - [[date:09/04/2025]]
        Bed | Pt | {{Waterlow}} | Mattress | Setting correct? | Comment
        1 | [[name:GE]] | 18 | {{dynamic}} | Y |
        2 | [[name:RW]] | 24 | {{dynamic}} | N | set for 60kg, pt 104kg
        3 | [[name:DF]] | 12 | {{foam}} | Y |
        4 | [[name:MK]] | 16 | {{hybrid}} | Y |
        5 | [[name:HT]] | 21 | {{static}} | N | should be dynamic, pump left in {{sluice}}!
        Beds 2 and 5 could have led to {{pressure damage}} within a shift. Found by
        {{student nurse}} [[name:Lwazi Dube]] on audit with [[name:Eve]] from {{TVN}}. Both
        fixed by 11:00. Suggest pump setting and weight are added to the {{SSKIN}} chart.
    """)),
    ("health", "success", block("""
        [[date:19/04/2025]], 15:02 - [[name:Mercy Adjei]]: ⚠️ {{bay 4}} - Mr [[name:Emeka Obi]] not in bed, last seen 14:40. {{missing patient policy}} started
        [[date:19/04/2025]], 15:04 - [[name:Rosie T]]: checking {{day room}} + toilets
        [[date:19/04/2025]], 15:05 - [[name:Ahmed]]: I'll do the {{stairwell}} and {{main entrance}}
        [[date:19/04/2025]], 15:09 - [[name:Ahmed]]: found him!! at the {{hospital shop}} buying a paper in his gown and {{slipper socks}} 😅 walking well with his {{frame}}
        [[date:19/04/2025]], 15:10 - [[name:Mercy Adjei]]: brilliant. bring him back slowly. 8 mins from alert to found, great teamwork all. Will add his photo to the {{grab sheet}} for {{security}} as discussed
    """)),
    ("health", "incident", prose("""
        At the 21:30 {{controlled drug}} check on [[date:Thursday 10 April]], the {{oxycodone}}
        5mg {{immediate release}} capsule stock on [[organisation:Brancaster Ward]] was 2
        capsules lower than the {{CD register}} balance. [[name:Beatriz Oliveira]] and I
        recounted twice. The last entry, at 18:10, was for Mr [[name:Kwabena Asante]] (hospital
        number [[case_reference:KGH0702268]]) and was signed by one nurse only; the witness box
        was blank. The nurse who gave that dose, [[name:Lucy]], had gone home; when we rang her
        she said she gave one capsule and her witness was called to a {{buzzer}} before the
        stock was counted. We could not account for the second capsule. The
        {{nurse in charge}} informed the {{site manager}}, and the {{pharmacy}} {{CD}} lead,
        [[name:Stefan Kovač]], attended the next morning. The register and {{MAR}} are under
        review and the {{Accountable Officer}} has been notified. Ref
        [[case_reference:CD-25-0089]]. Reported by [[name:Grace Mbeki]], {{RN}}.
    """)),
    ("health", "near_miss", prose("""
        nearly sent a {{G&S}} sample w the wrong pt label - 2 pts called [[name:Khan]] in bay 1
        (Mr [[name:Tariq Khan]] bed 1 + Mr [[name:Rashid Khan]] bed 3). i had printed labels for
        bed 3 [[case_reference:KGH0690054]] but the bloods were from bed 1
        [[case_reference:KGH0688712]]. noticed at the bedside checking the {{wristband}} against
        the label as per {{positive patient ID}}, relabelled properly, no harm. shld have printed
        at the bedside with the {{PDA}} but it was flat. think we need a {{name alert}} on the
        board for same surname pts like on my old ward. [[name:ellie]] {{HCA}}/{{phlebotomy}}
    """)),
    ("health", "success", prose("""
        Learning from excellence - [[name:Pat Okoye]], {{ward housekeeper}}. Since
        [[date:1 March]] [[name:Pat]] has kept a simple {{food and fluid}} tick list for every
        patient on a {{red tray}} or {{red jug}}, and tells the {{nurse in charge}} at 14:00 and
        19:00 who has drunk less than a litre. Over the month the number of post-op patients
        with {{AKI}} fell from 7 to 2, and the {{dietitian}}, [[name:Mariam El-Sayed]], says
        {{MUST}} scores are being repeated on time because [[name:Pat]] reminds people. Several
        patients with {{dementia}}, including Mrs [[name:Hollis]] ([[age:aged 97]]), ate more
        because [[name:Pat]] sat with them during {{protected mealtimes}}. It costs nothing and
        is being adopted on the other {{trauma wards}}. Nominated by [[name:Ngozi]] and
        [[name:Tom]] ({{ward managers}}), [[organisation:Elmstead Ward]].
    """)),
    ("health", "incident", block("""
        From: [[name:Jennifer Aldous]] <[[email:jen.aldous@heatherbankcare.co.uk]]>
        To: [[email:pals@kingsmere.nhs.uk]]
        Date: [[date:Mon 14 April 2025]] 10:26
        Subject: Discharge of [[name:Peggy Lowther]], NHS [[nhs_number:601 384 2752]]

        Dear colleagues,
        [[name:Peggy]] was discharged back to us from [[organisation:Brancaster Ward]] at 21:40
        on [[date:Friday 11 April]] after her hip fracture. She arrived without her {{TTOs}} (no
        {{edoxaban}}, {{paracetamol}} or {{laxatives}}) and without a {{discharge summary}}. Our
        nurse rang the ward twice and was told {{pharmacy}} had closed. Her {{anticoagulant}}
        was missed all weekend and on {{Sunday}} she became short of breath and was readmitted
        via {{999}} with a suspected {{PE}}. Her daughter, [[name:Sandra]], is understandably
        very upset. Please can someone look at why she was sent at that time without medication?

        Kind regards,
        [[name:Jennifer Aldous]]
        {{Registered Manager}}, [[organisation:Heatherbank Care Home]]
        [[address:2 Sedge Road, Kingsmere]] [[postcode:KM3 8DB]]
        [[phone:01632 960771]]
    """)),
    ("health", "near_miss", block("""
        Telephone note - {{pharmacy}} call, [[date:23/04/25]] 16:50
        Caller: [[name:Olumide]], {{ward pharmacist}}
        Re: Mr [[name:Bartholomew Quaye]], DOB [[date_of_birth:30/01/1941]], NHS [[nhs_number:729 056 1848]]
        [[name:Olumide]]: the {{gentamicin}} level from this morning is 3.1 and he's due his next
        dose at 18:00. That's above the threshold, please hold it.
        Me: ok, it's on the {{drug chart}} as regular once daily and the level wasn't back when
        the {{SHO}} reviewed. I'll hold and flag it.
        [[name:Olumide]]: his {{creatinine}} has also gone from 88 to 141 since surgery, might be
        {{AKI}}.
        Me: will bleep the {{ortho}} SHO now.
        Outcome: dose held, Dr [[name:Lindqvist]] reviewed 17:30, gentamicin stopped and
        switched on {{micro}} advice. If the level hadn't been chased the dose would have gone
        in on an AKI.
        Logged by [[name:R. Baptiste]], {{RN}}
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        approx 0520 [[date:08/03]] at {{staff search}} a {{ground handler}} from
        [[organisation:Swiftserve Handling]] had a {{lock knife}} (approx 8cm blade) in his
        {{hi-vis}} pocket, picked up on {{x-ray}} of his jacket. he said its for cutting
        {{cable ties}} on bags n he forgot it was there. knife retained, {{prohibited article}}
        form done, pass no [[case_reference:HD-44721]] noted, {{duty manager}}
        ([[name:Dimitra]]) informed 0530. refused entry airside + his supervisor
        [[name:gaz okafor]] came to collect him. {{police}} not needed as per procedure,
        {{airside pass}} suspended pending review by {{ID centre}}. screener [[name:mish]] + me
        [[name:Kev D]]
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:Tuesday 18 March]] at approximately 06:40, during the {{morning peak}} in
        {{Central Search}} at [[organisation:Harrowdale Airport]], a passenger alarmed the
        {{archway}} ({{WTMD}}) on {{lane 4}}. The {{archway operator}}, [[name:Pat Loughlin]],
        was distracted by a {{tray return}} jam and waved the passenger through to collect their
        bags without completing a {{pat-down}} or {{security scanner}} resolution. The
        {{search supervisor}}, [[name:Oksana Hrytsenko]], saw this from the {{podium}}, stopped
        the passenger at {{reclaim}} and brought them back for a full pat-down, which found a
        belt buckle and coins only. The alarm was resolved within two minutes. [[name:Pat]] was
        stood down from the archway, completed a {{re-brief}} with [[name:Oksana]] and resumed
        later in the shift. Learning: no alarm is left unresolved, whatever the queue length;
        the tray return fault has been reported to {{engineering}}. Ref
        [[case_reference:SEC-NM-2025-0311]].
    """)),
    ("aviation", "success", block("""
        ⭐ SHOUT-OUT ⭐
        Well done [[name:Amber]] on {{hold baggage screening}} {{Level 2}} last night! She spotted
        a {{stun gun}} disguised as a {{mobile phone}} in a checked bag for
        [[flight_number:NJ417]]. The image was really subtle (dense block, couple of wires) and
        she still referred it straight to {{Level 3}}. The bag was reconciled, the passenger was
        offloaded and {{police}} attended. A textbook {{HBS}} referral, and [[name:Amber]] only
        passed her {{CBT}} three weeks ago.
        Thanks also to [[name:Rob]] on Level 3 and [[name:Sunita Rao]] in the
        {{baggage hall}} for the quick search.
        - [[name:Ewa]], {{Shift Manager}}, [[organisation:Bastion Aviation Security]]
    """)),
    ("aviation", "incident", block("""
        SECURITY INCIDENT REPORT
        Incident ref: [[case_reference:HDA-SEC-2504-017]]
        Date: [[date:04/04/2025]]   Time: 14:20   Location: {{Central Search}}, {{lane 2}}
        Passenger name: [[name:Callum Jay Henshaw]]
        DOB: [[date_of_birth:17/08/1989]]
        Address: [[address:41 Tenter Street, Harrowdale]] [[postcode:HD9 3LW]]
        Flight: [[flight_number:SBW 2281]] ([[organisation:Skybridge Airways]])
        Details: Pax became verbally abusive when told his 2 x 500ml bottles of {{spirits}}
        could not go through as they exceeded the {{100ml}} {{LAGs}} limit. Threw a {{tray}}
        at the {{bag search}} officer, [[name:Kemi Alabi]], striking her arm. Lane closed,
        {{police}} called via {{Security Control}}, attended 14:27. Pax arrested. Airline
        informed and pax offloaded from [[flight_number:SBW 2281]]. Officer [[name:Alabi]]
        checked by a {{first aider}}, minor bruising, went home.
        Witnesses: [[name:Declan Reyes]], [[name:Ng Wai Man]]
        Completed by: [[name:B. Ferenczi]], {{STL}}
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Tomasz Zieliński]] <[[email:t.zielinski@bastionavsec.co.uk]]>
        To: {{HBS}} Ops; [[email:engineering.hda@harrowdale-airport.co.uk]]
        Sent: [[date:Sat 26 April 2025]] 05:58
        Subject: Near miss - bag from reject line nearly loaded unscreened

        Morning all,
        At about 04:50 the {{EDS}} machine on {{line B}} faulted and bags were diverted to the
        {{manual line}}. One bag for [[flight_number:NJ 209]] came off the {{reject conveyor}}
        and a {{baggage handler}} from [[organisation:Swiftserve Handling]] put it on the
        {{make-up carousel}} before it had been cleared at {{Level 3}}. [[name:Chiara]] on
        Level 3 noticed the {{bag tag}} number missing from her cleared list during
        {{reconciliation}} and we pulled it from the {{ULD}} at 05:20. It was screened and
        cleared at 05:31. No unscreened bag left the building.
        The handler said the reject line and the clear line look the same when the
        {{beacons}} are off. Can engineering fix the beacon on B, and can we put the physical
        barrier back?
        Thanks
        [[name:Tomasz]]
        {{Duty Security Manager}} (HBS)
        [[phone:07700 900518]]
    """)),
    ("aviation", "success", block("""
        Security Ops Meeting - minutes - [[date:30/04/2025]]
        Present: [[name:Ewa Lindgren]] (chair), [[name:Dele Okonkwo-Hart]], [[name:Mark]]
        (training), [[name:Sinéad Gallagher]] ({{compliance}}), [[name:Rubén Castaño]]
        ({{Airport Police}} liaison)
        Apologies: [[name:Hope Akande]], [[name:Viktor]] ({{engineering}})

        1. {{CAA}} unannounced {{compliance inspection}} [[date:23 April]]: no findings in
        {{Central Search}} or {{staff search}}. Inspector praised {{archway}} alarm resolution
        and the {{ETD}} procedure. Thanks to all teams.
        2. {{TIP}} scores: team average 91% detection this month, highest since contract start.
        [[name:Mark]] credited the weekly {{image interpretation}} huddles.
        3. {{Hidden Disabilities Sunflower}} feedback: 14 compliments via
        [[organisation:Harrowdale Airport]] customer services.
        Actions: [[name:EL]] to circulate inspection letter; [[name:SG]] to add huddles to the
        {{training matrix}}.
    """)),
    ("aviation", "incident", block("""
        RT log - {{Security Control}} - [[date:13/04/25]]
        07:12 {{Search 6}}: {{Control}}, Search 6. Person has tailgated through the
        {{staff search}} {{turnstile}} behind a {{crew}} member, male, orange {{hi-vis}}, heading
        towards {{Pier B}}. Over.
        07:12 Control: Search 6, Control. Received. Do you have eyes on? Over.
        07:13 Search 6: Negative, lost him at the {{airside}} door. Over.
        07:13 Control: All stations, tailgate from staff search, male, orange hi-vis, last seen
        Pier B. {{Patrol 2}} respond. Over.
        07:16 Patrol 2: Control, Patrol 2, have him at {{stand 14}}. Name [[name:Ryan Whitlock]],
        {{ID pass}} [[case_reference:HD-39017]], says his pass wouldn't scan. Over.
        07:17 Control: Patrol 2, escort him back to staff search for full screening. Over.
        07:31 Search 6: Control, Search 6, [[name:Whitlock]] screened, nothing found. Pass expired
        [[date:12/04]]. Over.
        07:32 Control: Received, pass retained, {{Airside Pass Office}} informed. Log
        [[case_reference:SC-0413-07]]. Out.
    """)),
    ("aviation", "near_miss", block("""
        [[name:Lerato Khumalo]] 05:47
        anyone know when {{ETD}} unit 3 in {{Central Search}} was last checked? sticker says
        [[date:14/03]] and its meant to be daily {{verification}}
        [[name:Sunny Gill]] 05:49
        {{verification log}} has nothing since [[date:Weds 16th]] 😬 i thought nights did it
        [[name:Lerato Khumalo]] 05:50
        we've been swabbing with it since 04:30. taking it out of use now, using unit 1
        [[name:Stephen]] ({{STL}}) 05:55
        good catch both. unit 3 verified now, passed first time so results stand, but log as
        near miss pls. ETD daily check is going on the {{opening checklist}} in bold
        [[name:Lerato Khumalo]] 05:57
        done, ref [[case_reference:SEC-NM-2025-0402]]
    """)),
    ("aviation", "success", prose("""
        Compliment received via customer services and passed on with thanks to
        [[name:Faith Mwangi]] and [[name:Jonas]] in {{Central Search}}. Mrs
        [[name:Teresa Whelan]] was travelling on [[date:20 April]] with her son [[name:Rory]]
        ([[age:9]]), who is autistic and wore the {{Sunflower lanyard}}. [[name:Rory]] alarmed
        the {{archway}} because of a metal toy in his pocket and was very frightened of being
        touched. [[name:Faith]] knelt down, explained each step, showed him the {{HHMD}} first
        and offered the {{security scanner}} instead of a {{pat-down}}, which [[name:Rory]]
        chose. [[name:Jonas]] kept their {{trays}} together so nothing went missing. Mrs
        [[name:Whelan]] wrote: "the two people at security made our holiday start well." A
        great example of {{reasonable adjustments}} and the {{PRM}} guidance in practice.
        [[name:Ewa]]
    """)),
    ("aviation", "incident", block("""
        Chronology - {{sterility}} breach, {{Pier A}}
        [[date:Fri 2 May 2025]]
        09:58 {{CCTV}} operator [[name:Anil]] sees {{arrivals}} door A7 propped open with a
              {{fire extinguisher}}
        10:00 door alarm had been {{isolated}} by a contractor from
              [[organisation:Kestrel Facilities Ltd]] for works, no {{permit}} seen by
              {{Security Control}}
        10:02 door closed and guarded; {{Duty Security Manager}} [[name:Dele Okonkwo-Hart]]
              informed
        10:10 decision to re-search Pier A gates 2-6; 3 departures held incl.
              [[flight_number:NJ 552]] and [[flight_number:SBW 2290]]
        10:12 passengers at gates 2-6 moved back through {{Central Search}}
        10:55 sweep of Pier A complete, nothing found
        11:20 [[flight_number:NJ 552]] departed, 58 min delay
        Cause: {{alarm isolation}} done without a {{work permit}} or security escort. The
        contractor's supervisor [[name:Lee Brannigan]] says he was told verbally by someone in
        {{Estates}}.
        Ref [[case_reference:HDA-SEC-2505-003]]
    """)),
    ("aviation", "near_miss", block("""
        {{X-ray}} rotation check - lanes 1-4 - [[date:Sun 11 May]] 15:00-16:00
        Lane | Screener        | On X-ray from | Mins | OK?
        1    | [[name:K. Mahlaba]]   | 15:00         | 20   | Y
        2    | [[name:joy w]]        | 15:00         | 38   | N
        3    | [[name:Bartek]]       | 15:20         | 20   | Y
        4    | [[name:R.D.]]         | 15:20         | 20   | Y
        Note: [[name:joy w]] stayed on x-ray on lane 2 for 38 mins because her relief
        ([[name:Abdi]]) was sent to cover {{staff search}}. She flagged it herself at 15:35 and
        said she was "seeing spots". The {{20-minute rule}} was breached; no known missed items
        and all {{TIP}} images in that period were detected. {{STL}} to make sure relief is in
        place before anyone is moved. - [[name:Marguerite]]
    """)),
    ("aviation", "success", block("""
        [[date:17/05/2025]], 11:02 - [[name:Hope Akande]]: lost child at {{Central Search}} reclaim, girl approx [[age:5yo]], pink coat, says her name is [[name:Lily-Mae]], can't see parents
        [[date:17/05/2025]], 11:03 - [[name:Will Osei]]: checking {{lane 6}} and the {{family lane}}
        [[date:17/05/2025]], 11:04 - [[name:Hope Akande]]: {{Security Control}} putting out a {{PA}} now
        [[date:17/05/2025]], 11:07 - [[name:Will Osei]]: found {{dad}} at lane 6, he was held for a {{bag search}} and she wandered through the {{archway}} on her own to reclaim. reunited 🙌
        [[date:17/05/2025]], 11:09 - [[name:Hope Akande]]: nice one [[name:Will]]. 7 mins. i'll log it as good practice + we need to look at where kids wait during bag search
    """)),
    ("aviation", "incident", block("""
        HANDOVER - {{Vehicle Checkpoint}} ({{VCP}}) 2 - earlies to lates - [[date:21/05]]
        - 10:40 contractor van [[vehicle_registration:LT21 XKW]]
          ([[organisation:Pennine Roofing & Cladding]]) arrived for {{Stand 22}} works. Driver
          [[name:Jakub Nowicki]] had an {{airside pass}} but his passenger had an
          {{escorted pass}} and no escort. Refused entry, escort arranged, back through 11:25.
        - 12:15 search of [[vehicle_registration:LT21 XKW]] found a {{nail gun}} and 2 boxes of
          {{cartridges}} not on the {{tools list}}. Van held, {{Airside Operations}} + {{police}}
          informed. Cartridges confirmed for the nail gun, added to list, allowed in 13:05.
          Incident ref [[case_reference:HDA-SEC-2505-021]]
        - {{under-vehicle mirror}} is cracked, reported to [[name:Dele]]
        - radio battery 4 not holding charge
        On shift: [[name:Fatima Zahra]], [[name:Osman]], [[name:Pete]]
    """)),
    ("aviation", "near_miss", prose("""
        not sure if this counts as a near miss but... on {{HBS}} {{level 2}} last nite
        [[date:22/5]] the {{screening workstation}} froze for about 90 sec with a bag image on
        screen and when it came back the bag had moved on as {{auto-cleared}}. flagged to
        [[name:Rav]] ({{STL}}) who got {{IT}} to pull the log, bag was for
        [[flight_number:NJ 611]] tag [[case_reference:0754118402]]. bag pulled + re-screened at
        {{level 3}} before loading, all clear. apparently this has happened before on
        {{workstation 4}}?? needs reporting to the {{vendor}}. the {{fail-safe}} shld send it to
        level 3 not clear it!! - [[name:dani]]
    """)),
    ("aviation", "success", block("""
        #hbs-ops
        @[[name:siobhan.k]] 23:14
        Level 3 have a {{firearm component}} (looks like a {{slide}}) in a hold bag for the last
        [[flight_number:NJ 488]], not declared. bag held, {{police}} on way
        @[[name:marcus.b]] 23:16
        airline says aircraft [[aircraft_registration:G-NJTC]] is boarding on {{stand 9}}, they
        want to know if they can close doors
        @[[name:siobhan.k]] 23:17
        not yet, {{offload}} the pax. police want to speak to him
        @[[name:marcus.b]] 23:31
        pax offloaded, bag + pax with police. [[aircraft_registration:G-NJTC]] pushed 23:40, 12 min
        delay
        @[[name:siobhan.k]] 23:52
        for the record: [[name:Precious]] called this in under a minute from a messy image and
        [[name:Marcus]] kept the {{dispatcher}} calm. {{Level 3}} search by the book. really
        good job all 👏 writing it up for {{learning}}
    """)),
    ("aviation", "incident", block("""
        RT transcript - [[date:29 May 2025]] - {{Security Control}} / {{ATC}} liaison
        16:04 {{Search 2}}: Control, Search 2, passenger has run through the {{archway}} on
        {{lane 5}} without being screened, male, grey hoodie, black rucksack, heading to
        {{departures}}. Over.
        16:04 Control: Received. All stations, {{unscreened passenger}} airside, grey hoodie,
        black rucksack. Over.
        16:09 {{CCTV}}: Control, CCTV, he's at {{gate 11}}, boarding [[flight_number:SBW 2306]].
        Over.
        16:10 Control: {{Airside Ops}}, Control, request [[flight_number:SBW 2306]]
        ([[aircraft_registration:G-SKBW]]) is held on stand, do not close doors. Over.
        16:10 Airside Ops: Control, Airside Ops, passed to ATC and dispatcher, aircraft holding.
        Over.
        16:22 {{Patrol 1}}: Control, Patrol 1, with police at gate 11, male detained. Name given
        as [[name:Lukas Brenner]]. Over.
        16:41 Control: All stations, aircraft [[aircraft_registration:G-SKBW]] to be
        {{re-searched}} and all pax and hold bags re-screened. Over.
        Log [[case_reference:SC-0529-16]]. {{MOR}} to be raised by {{Head of Security}}
        [[name:Ewa Lindgren]].
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind334", REPORTS))
