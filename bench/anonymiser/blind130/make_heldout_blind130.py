"""Held-out blind corpus 130: just-culture incident and learning reports from three UK services.

Setting: a local authority leaving care and unaccompanied asylum-seeking children's (UASC) team,
a hospice's inpatient unit and community palliative care team, and an air ambulance charity's
HEMS crews and dispatch desk. Style: what staff really type, in a mix of rushed lower-case notes
with typos, careful narratives, chronologies and timelines, e-mails with signatures,
Teams/WhatsApp-style chat, incident forms with field labels, handover sheets, debrief notes,
tech-log extracts and praise or shout-outs. Every name, place and number is invented.
Written blind, without sight of the system under test or of any other corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind130.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        visited [[name:Yonas]] at [[address:Flat 3, 27 Bellfield Road]] today ([[date:14/02]]) - no gas
        credit since the weekend, fridge empty. he said his {{PA}} hadnt been round since xmas. {{pathway
        plan}} still says weekly contact. rang the {{housing officer}} [[name:Dermot Keane]] on
        [[phone:07723 418902]] no answer, left vm. gave £20 from {{petty cash}} + a {{food bank}} voucher.
        need to flag at {{team meeting}}, this is the 2nd time contact has dropped off when [[name:Yonas]]'s
        worker is on leave. our {{UASC}} lads are too reliant on one person
    """)),
    ("social_care", "near_miss", block("""
        Subject: Age assessment paperwork - near miss, learning for all

        Hi all,

        Quick one for learning. On [[date:Tuesday 5th March]] the {{Merton-compliant age assessment}} report
        for [[name:Abdul Rahman Safi]] ([[case_reference:LCS-2291847]]) was nearly sent to the {{Home Office}}
        with the {{analysis}} section still showing another young person's details, because I had reused an
        old report as a template. [[name:Bronagh]] in {{business support}} spotted it while checking the
        attachments. Nothing left the building.

        Going forward please start from the blank template on {{SharePoint}}, never an old report.

        Thanks
        [[name:Tomasz Wiśniewski]]
        {{Senior Practitioner}}, [[organisation:Northgate Leaving Care & UASC Team]]
        [[phone:01632 960417]] | [[email:tomasz.wisniewski@northgate.gov.uk]]
    """)),
    ("social_care", "success", block("""
        [09:14] [[name:Funmi Adeyemi]]: massive shout out to [[name:Will]] who sat with [[name:Hamid]] at the {{Home Office}} {{substantive interview}} yesterday for 6 hours 🙌
        [09:15] [[name:Grace O'Connor]]: amazing. how did [[name:H]] get on
        [09:16] [[name:Funmi Adeyemi]]: {{interpreter}} was {{Dari}} not {{Pashto}} at first, [[name:Will]] challenged it politely and they rebooked for the afternoon rather than push on. [[name:Hamid]] said he felt listened to for the first time
        [09:16] [[name:Sky]]: that's what good {{advocacy}} looks like
        [09:18] [[name:Grace O'Connor]]: adding to the {{learning log}} for Thursday
    """)),
    ("social_care", "incident", block("""
        INCIDENT / CONCERN FORM
        Date of incident: [[date:18/01/2024]]
        Service: {{Leaving Care}}
        Young person: [[name:Shanice Clarke-Williams]]   DOB: [[date_of_birth:03/09/2005]]   Mosaic ID: [[case_reference:MOS-448120]]
        Location: {{semi-independent}} placement, [[address:41 Harrow Lane]], [[postcode:LS9 7QE]]
        Description: YP reported that a {{support worker}} at the placement entered her room at night without knocking to do a "{{room check}}". Provider says this is their night policy. YP is [[age:18]] and her {{licence agreement}} says staff knock and wait.
        Action taken: spoke to provider manager Mrs [[name:Okafor]], night checks suspended pending review. {{Commissioning}} informed.
        Reported by: [[name:K. Lindqvist]], {{Personal Adviser}}
    """)),
    ("social_care", "near_miss", prose("""
        On the evening of [[date:2 November]] the {{Emergency Duty Team}} worker took a call from police about a
        young man found sleeping at the bus station who gave his age as [[age:16]] and said he had arrived in
        the back of a lorry that morning. The worker's first plan was to advise police to take him to adult
        {{initial accommodation}} because he "looked older". The {{duty manager}}, [[name:Priya Raghunathan]],
        reminded the worker that where age is disputed the person is treated as a child until a lawful
        {{age assessment}} has been completed. He was placed that night with emergency foster carers
        [[name:Bill]] and [[name:Carol Hutchinson]]. Learning: the out of hours guidance has been updated and
        the {{Section 20}} checklist now puts the {{benefit of the doubt}} principle on the first page.
    """)),
    ("social_care", "success", prose("""
        Hi [[name:Mo]], just wanted to say thank you for the way you ran [[name:Daniela]]'s {{Staying Put}}
        meeting on Friday. The {{foster carers}} were anxious about money and you had the {{allowance}} figures
        ready before they even asked. [[name:D]] cried (the good kind). The {{IRO}} said afterwards it was the
        calmest {{pathway plan review}} she's chaired this year. Well done x [[name:Hope]]
    """)),
    ("social_care", "incident", block("""
        Chronology - missing episode, [[name:Kaveh Jafari]] ([[age:17]]), [[case_reference:LL-0093317]]

        [[date:Fri 12 Apr]] 16:40  YP leaves {{supported lodgings}} at [[address:9 Cobden Terrace]], says going to the mosque.
        22:30  {{host}} (Mrs [[name:Hollis]]) rings {{EDT}} - not returned, phone off.
        23:05  Reported missing to police, ref [[case_reference:WY-13120412-0877]].
        [[date:Sat 13 Apr]] 02:10  Located by {{BTP}} at a mainline station with two older males. Returned by police.
        [[date:Mon 15 Apr]]  {{return home interview}} offered - declined.
        [[date:Wed 17 Apr]]  {{strategy meeting}}, {{NRM}} referral agreed, concerns re {{county lines}}.

        Learning: 72hr RHI timescale missed because the police notification went to the generic inbox over the weekend.
    """)),
    ("social_care", "near_miss", prose("""
        just flagging - nearly gave [[name:amara]]'s new address to her ex's mum today. she rang the {{duty
        line}} saying she was [[name:amara]]'s aunt and needed to send post on. i had the {{case note}} open
        and was about to read it out then saw the {{safety plan}} alert on {{Mosaic}}. told her we cant share
        anything. [[name:amara]] moved because of {{DV}}. pls everyone check alerts b4 any third party call
        [[name:jas]]
    """)),
    ("social_care", "success", prose("""
        Good practice note. [[name:Tesfay]] ([[age:19]]) was granted {{refugee status}} on [[date:20 June]] but
        his {{BRP}} arrived with the wrong date of birth on it. His {{Personal Adviser}}, [[name:Mariam Osei]],
        noticed within a day of it arriving, helped him fill in the {{BRP error}} form at the
        [[organisation:Kirklees Refugee Welcome]] drop-in and chased it every week until the corrected card
        came. Without this his {{Universal Credit}} claim and his {{move-on}} flat would both have been held
        up past the 28-day {{move-on period}}, and he would very likely have been street homeless.
        [[name:Mariam]] also wrote up the steps so the rest of the team can use them.
    """)),
    ("social_care", "incident", block("""
        HANDOVER - duty, [[date:Thurs 7th]]

        - [[name:Lulu]] (LCS [[case_reference:1187345]]) - {{Section 17}} payment for rent arrears NOT processed, finance say cost code missing. Landlord threatening notice. First thing pls.
        - [[name:Arjun Mehta]] - in [[organisation:Pinderfields]] {{A&E}} after an overdose last night. {{CAMHS}} not involved as he's [[age:18]] now, {{crisis team}} assessing. {{Mum}} knows.
        - Interpreter for [[name:Zewdi]] Fri 10am cancelled by agency - rebook, {{Tigrinya}}, female interpreter pls.

        Incident: [[name:Arjun]]'s overdose was 2 days after his PA changed with no handover visit. Raising on the {{AIRS}} form today.
    """)),
    ("social_care", "near_miss", prose("""
        [[name:Dritan Hoxha]] turns [[age:18]] on [[date:30/05]] and his placement with the {{IFA}} had been set to
        end that same day. Nobody had booked a move-on flat, applied for {{asylum support}} or told the
        {{foster carers}} the end date was firm. Team manager [[name:Rhiannon Pritchard]] picked it up on the
        {{18+ tracker}} ten days before and the placement was extended under {{Staying Put}} while the plan was
        sorted. Learning: the tracker is now reviewed at every {{supervision}}, not just monthly.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Chidi Nwosu]]
        To: {{Information Governance}}
        Date: [[date:22 January 2024]]
        Subject: data breach - email to wrong recipient

        Hi,

        At 14:12 today I emailed a {{pathway plan}} for [[name:Roksana Begum]] (DOB [[date_of_birth:11/11/2006]], NI [[ni_number:JT 48 21 73 C]]) to [[email:r.begum88@gmail.com]] thinking it was hers. It was an old address on her file; she now uses [[email:roksana.b2006@outlook.com]]. I've emailed the wrong address asking them to delete it, no reply yet. I have told my manager and [[name:Roksana]]. My manager says we may need to report to the {{ICO}} within {{72 hours}}.

        [[name:Chidi]]
        {{Personal Adviser}} | [[phone:0113 496 0821]]
    """)),
    ("social_care", "success", prose("""
        shout out to [[name:Summer]] on reception who noticed a young lad had been sat waiting for nearly 3 hours
        without a drink. turned out he'd been sent up on the train from the {{Asylum Intake Unit}} with a letter
        and nobody here was expecting him. she rang {{duty}}, got him a sandwich and a {{phone charger}}, found a
        {{Farsi}} speaker on the {{Language Line}} and kept him company till a worker came. proper kindness 👏
    """)),
    ("social_care", "near_miss", block("""
        18+ MONEY CHECKS - tracker extract ([[date:01/03/24]])

        YP     Item                         Owner   Due        Status
        [[name:RB]]     {{Junior ISA}} transfer          [[name:KD]]      [[date:01/02]]      OVERDUE
        [[name:NT]]     {{Setting Up Home Allowance}}    [[name:AW]]      [[date:15/03]]      ok
        [[name:MZ]]     {{leaving care grant}} receipts  [[name:KD]]      [[date:20/03]]      ok

        Note: [[name:RB]] turned [[age:18]] in January and the {{Junior ISA}} (about £1,800 from the {{Staying Put}} years) was nearly left unclaimed because the provider wrote to the old placement. [[name:KD]] now chasing with the {{Share Foundation}}.
    """)),
    ("social_care", "incident", prose("""
        At about 02:00 on [[date:9 December]] the {{fire alarm}} went off at one of our commissioned
        {{supported accommodation}} services for older {{UASC}}. Two young people told us the next day that
        nobody came to get them, and they stood outside in the car park in socks for twenty minutes. One of
        them had left his country after his home was bombed; he was shaking and did not sleep for the rest of
        the night. The {{waking night}} worker said they were dealing with a third young person and thought
        everyone was out. There was no roll call against the {{fire log}} and the {{fire evacuation}} plan on
        the office wall was for a different building. The alarm turned out to be a burnt toaster. We visited
        both young people with an {{interpreter}} that afternoon. We have asked the provider for an updated
        plan and their {{Ofsted}} registration details, notified {{Commissioning}}, and asked {{CAMHS}} for
        advice on trauma-informed support.
    """)),
    ("social_care", "success", prose("""
        Learning we want to share: [[name:Nasrin]], who is [[age:17]] and came to the UK alone, told her social
        worker [[name:Ciarán]] she thought her older brother might be in Germany. [[name:Ciarán]] referred her
        to the {{British Red Cross}} {{family tracing}} service, went with her to every appointment and made
        sure her {{care plan}} said contact was her choice. Eight months later the brother was found and they
        spoke on a {{video call}} supported by an {{interpreter}}. Key things that worked: patience, not
        promising too much, and keeping her {{IRO}} in the loop.
    """)),
    ("social_care", "incident", prose("""
        phone call w [[name:Leon]] ([[case_reference:LCS 2205514]]) - says his {{UC}} got sanctioned as the
        {{Jobcentre}} appt letter went to his old address [[address:22b Pellon Lane]], [[postcode:HX1 5RB]].
        we never updated his address on the {{Change of Circs}} when he moved in Sept. thats on us
        not him. emailed his {{work coach}} w the tenancy agreement, asked for {{mandatory reconsideration}}.
        gave him £30 {{hardship}} payment. check all moves since summer have had address updated
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        Pt [[name:Eileen Rowbotham]] (NHS [[nhs_number:560 150 2218]]) on the {{IPU}}. Her {{syringe driver}}
        alarmed "{{occlusion}}" at 03:00 and was reset by a {{HCA}} without checking the line or telling the
        nurse in charge. By 06:00 the {{McKinley T34}} had stopped again and she was visibly agitated and in
        pain; it had delivered almost none of her {{midazolam}} or {{morphine}} overnight. The line was found to
        be kinked under the mattress. Staff nurse [[name:Joy Mensah]] gave {{PRN}} doses and re-sited the line.
        Family were told and were understanding. Learning: only registered nurses to respond to driver alarms,
        and a four-hourly check added to the {{end of life care plan}}.
    """)),
    ("health", "near_miss", block("""
        Ulysses ref: [[case_reference:ULY-24-03119]]
        Category: Medication - {{controlled drugs}}
        Date/time: [[date:06/04/2024]] 21:45
        Location: [[organisation:Larkspur Ward]], inpatient unit
        Description: During the evening {{CD check}}, two {{oxycodone}} {{oral solution}} bottles were found in the {{CD cupboard}} with the wrong patient labels swapped (patients in bays 2 and 4, different strengths). Nobody had been given a dose from the wrong bottle - the 20:00 doses were checked against the {{CD register}} and {{drug chart}} by two nurses, who noticed the strength did not match.
        Immediate action: pharmacy contacted, bottles quarantined, new supply.
        Reported by: [[name:Fiona McAllister]], Sister
    """)),
    ("health", "success", block("""
        From: [[email:hello.rosslyn@btinternet.com]]
        Sent: [[date:14 May 2024]] 19:02
        To: {{Inpatient Unit}}
        Subject: thank you

        To everyone on [[organisation:Tennyson Ward]],

        I don't know how to thank you for the last week of {{Dad}}'s life. The nurses let us bring his dog in every day and nobody minded the hair. When he got the {{death rattle}} you explained it was normal and gave him the {{hyoscine}} injection straight away. The {{night nurse}}, I think her name was [[name:Rose]], sat with me at 4am in the {{family room}} and made toast.

        With love,
        [[name:Janet Rosslyn]]
    """)),
    ("health", "incident", prose("""
        On [[date:28 February]] the community team were told that Mr [[name:Harold Pugh]] ([[age:79]]) had died
        at home the previous evening after paramedics attempted {{CPR}} for twenty minutes. He had {{motor
        neurone disease}} and had been clear for months that he did not want to be resuscitated. Our {{CNS}},
        [[name:Gwenllian Parry]], had completed a {{ReSPECT}} form and a {{DNACPR}} with him and his wife two
        weeks earlier. The original went with him to a clinic appointment and was never put back in the
        {{yellow folder}}, and the GP copy had not been scanned onto the shared record. When he became
        breathless and unresponsive, his wife [[name:Marjorie]] rang {{999}} in a panic. The crew could not find
        the form and she could not remember where it was, so they followed their protocol and started
        resuscitation. [[name:Marjorie]] has since told us that the memory of watching this is the hardest part
        of her grief. We have apologised to her in person under the {{Duty of Candour}}. Learning: the original
        form stays in the home, a scanned copy goes onto {{SystmOne}} the same day, and the CNS checks the
        folder at every visit. We are also asking the ambulance service whether crews can see {{EPaCCS}}
        records on their tablets.
    """)),
    ("health", "near_miss", prose("""
        two pts on my list today with same surname, both on the {{anticipatory medicines}}. got to
        Mrs [[name:Doherty]]s house (the one on [[address:14 Clover Street]]) and nearly drew up from the
        {{MAR chart}} in my bag which was for [[name:Pat Doherty]] on [[address:5 Ashgrove]] - different dose
        of {{levomepromazine}}. realised when i checked name + DOB against the {{authorisation sheet}} in the
        house. no harm. suggest we put NHS no. on front of every {{MAR}} + dont carry more than one pts
        charts at a time. [[name:sinead]]
    """)),
    ("health", "success", block("""
        [13:02] Dr [[name:Ifeoma Eze]]: Fast track for Mr [[name:Stanley]] on [[organisation:Ashdown Ward]] - wants to die at home, family on board. anyone got capacity?
        [13:05] [[name:Bethan Lloyd-Rees]]: I'll take it. {{CHC fast track}} form going in now
        [13:40] [[name:Bethan Lloyd-Rees]]: {{hospital bed}} + {{pressure mattress}} booked for 5pm, {{Marie Curie}} night sitter tonight
        [14:15] [[name:Kwame]]: {{just in case}} meds collected from pharmacy 👍
        [17:30] [[name:Bethan Lloyd-Rees]]: he's home. in his own room looking at the garden.
        [17:31] Dr [[name:Ifeoma Eze]]: brilliant teamwork all. under 5 hours door to door
    """)),
    ("health", "incident", block("""
        Falls timeline - bed 6, [[organisation:Chapel Ward]]
        Patient: [[name:Vera Kowalczyk]], [[age:84]], hospital no. [[case_reference:H0987213]]

        01:50  Call bell - asks for commode, assisted by [[name:Leanne]] (HCA).
        02:05  Found on floor beside bed by [[name:Leanne]]. Had tried to get back unaided. {{bed rails}} down per her {{risk assessment}}.
        02:10  {{Neuro obs}} started, {{Glasgow Coma Scale}} 15. Small skin tear left forearm.
        02:30  On-call doctor informed. Not on {{anticoagulants}}.
        07:00  Obs stable, daughter informed by phone.

        Contributing: {{sensor mat}} not switched on after the bed was moved.
    """)),
    ("health", "near_miss", prose("""
        A carer rang the {{24/7 advice line}} late on [[date:Sun 19th]] because the patient's pain was not
        controlled. The call handler wrote the callback number as [[phone:07946 210385]], but the carer had
        said [[phone:07946 201385]]. The {{on-call doctor}} could not get through and assumed the problem had
        settled. The carer rang back an hour later and got through to [[name:Tariq]] on the {{hospice switchboard}},
        who read the number back and noticed the mistake. A {{breakthrough dose}} was advised and a {{district
        nurse}} visited. Learning: always read numbers back, and call back anyone who does not answer twice.
    """)),
    ("health", "success", block("""
        IPU handover - shout outs

        * [[name:Precious]] on nights spotted that bed 3 had new {{hypercalcaemia}} symptoms (confused, thirsty, constipated) and got bloods done before the morning round - started {{IV fluids}} and {{zoledronic acid}} the same day.
        * Thank you [[name:Gareth]] for staying late to help with the {{last offices}} in room 9.
        * Chaplain says thank you for the {{Eid}} arrangements for the family in room 4.
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT - COMMUNITY
        Ref: [[case_reference:DTX-118842]]
        Patient: [[name:Nkechi Obi]]   NHS No: [[nhs_number:476 023 3318]]   DOB: [[date_of_birth:17/07/1958]]
        Address: [[address:Flat 12, Meadowbank Court]], [[postcode:BD7 2NX]]
        GP: [[organisation:Heatonfield Medical Practice]]
        Date identified: [[date:02/10/2023]]
        What happened: {{Category 3 pressure ulcer}} found on sacrum at first {{Palliative Care}} visit. Patient mainly in her chair for 3 weeks. No {{Waterlow}} had been done and the {{pressure-relieving cushion}} ordered from {{community equipment}} had not been delivered.
        Action: {{tissue viability}} referral, {{safeguarding}} considered (not met), equipment chased.
        Reporter: [[name:A. Szymańska]], {{CNS}}
    """)),
    ("health", "near_miss", prose("""
        Admission to the IPU on [[date:11 March]]. The {{penicillin}} allergy (anaphylaxis) recorded on
        the {{GP}} record had not come across on the referral letter or on our {{EPaCCS}} summary. The admitting
        doctor, Dr [[name:Salma Haque]], asked the patient's son directly and wrote it on the {{drug chart}}
        before the first dose of {{co-amoxiclav}} was due for his chest infection. Antibiotic changed to
        {{doxycycline}}. Learning: ask about allergies at every admission even if the referral says none.
    """)),
    ("health", "incident", prose("""
        got to Mr [[name:Baxter]]s at 11 for his pain review, {{key safe}} code on the system didnt work.
        could hear him calling out. no answer on the landline [[phone:01274 589031]]. rang the daughter
        [[name:Lorraine]] on [[phone:07812 664 017]] - code had been changed last week by the {{care agency}}
        and nobody told us. waited 40 mins for her. he had been in pain since 5am and missed his {{MST}} dose.
        gave {{oramorph}}. can we make key safe codes part of the {{weekly MDT}}?? this could have been really bad
    """)),
    ("health", "success", block("""
        Debrief notes - expected death, room 2
        Date: [[date:25/11/2023]]   Present: [[name:Mark]] ({{nurse in charge}}), [[name:Ayesha]] (SN), Dr [[name:Fenwick]], student [[name:Olu]]

        What went well:
        - {{verification of expected death}} done within the hour by [[name:Mark]], family not kept waiting
        - religious wishes ({{Jewish}}, burial within 24h) known in advance because [[name:Ayesha]] asked on admission; {{medical certificate}} ready same morning
        - [[name:Olu]] supported well for her first death, given time to talk after

        Even better if: the {{Tell Us Once}} leaflet was in the {{bereavement pack}}.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Hassan Mahmoud]], {{Palliative Care}} Pharmacist
        To: [[organisation:Oakleigh Surgery]]
        Date: [[date:3 August]]

        Hi, just a heads-up about a near miss. The {{FP10}} for [[name:Margaret Lowe]] (NHS [[nhs_number:549 020 5466]]) was written for {{fentanyl}} 75 micrograms/hour {{patches}}, but the {{palliative care}} plan was 25 micrograms/hour (converted from {{MST}} 30mg twice a day). The community pharmacy queried it before dispensing. We've spoken to the GP and a new prescription has been sent.

        Thanks,
        [[name:Hassan]]
        [[phone:01432 715602]]
    """)),
    ("health", "incident", block("""
        Safeguarding chronology - [[name:Doreen Platt]]

        [[date:4 Jan]]   CNS notes {{Mum}} keeps saying "the money's gone". Son [[name:Craig]] holds {{LPA}}.
        [[date:9 Jan]]   {{District nurse}} reports no food in the house and heating off.
        [[date:10 Jan]]  Raised with the local authority as a {{Section 42}} concern, police crime ref [[case_reference:13/4471/24]].
        [[date:16 Jan]]  {{Adult safeguarding}} strategy discussion; {{Office of the Public Guardian}} told.
        [[date:22 Jan]]  [[name:Doreen]] admitted to the IPU for {{symptom control}}.

        Learning: concerns raised by the CNS on [[date:4 Jan]] were not escalated for 6 days.
    """)),
    ("health", "success", prose("""
        We'd like to thank one of our {{bereavement volunteers}}, who has supported a young widower from our
        {{bereavement service}} every fortnight since [[date:18 April]]. He told his {{counsellor}} that their walks are the only
        time he does not feel alone. She also noticed he had stopped eating properly and encouraged him to see
        his {{GP}}, who diagnosed {{depression}}. A lovely example of how {{Compassionate Communities}} volunteers
        spot what the rest of us miss.
    """)),
    ("health", "near_miss", block("""
        IPU HANDOVER SHEET - late > night

        Bed 1  [[name:J. Okonkwo]]   {{CD}} due 22:00. Son [[name:Emeka]] staying over.
        Bed 4  [[name:Alan Jenkins]]   Was told "{{NBM}}" on day sheet - WRONG, that was another pt. He is eating. Corrected by [[name:Siobhán]] at {{handover}}.
        Bed 5  Mrs [[name:Clarke]]   {{syringe driver}} renewed 14:00, {{hyoscine butylbromide}} added.
        Bed 7  EMPTY - admission from [[organisation:St Luke's Hospital]] in the morning.

        NB: {{nil by mouth}} was copied from the old sheet. Please build a new sheet each shift.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        TECH LOG EXTRACT - [[aircraft_registration:G-HMBR]]   {{EC135 T3}}
        Sector: base - scene - {{major trauma centre}} - base
        Date: [[date:17/08/2024]]

        Defect: {{CHIP}} caption on {{main gearbox}} illuminated in the cruise, 8 minutes after scene departure. {{QRH}} actioned, patient on board, diverted and landed at the {{major trauma centre}} pad.
        Action: Aircraft grounded. {{chip detector}} removed, fine debris found, sent for analysis.
        Captain: [[name:R. Doyle]]   {{Engineer}}: [[name:Piotr Zieliński]]
        MOR submitted: [[case_reference:MOR-2024-08-1173]]
    """)),
    ("aviation", "near_miss", prose("""
        On short final to a school playing field {{HLS}} on [[date:9 May]], the {{HEMS Technical Crew Member}}
        called a {{drone}} hovering about 200 ft off the left side. The {{Captain}} went around and landed in the
        next field. A man in the car park was flying it for a local news website. Police were informed, and we
        filed an {{ASR}} ([[case_reference:ASR-24-0551]]) and a report to the {{CAA}}. Nobody was hurt but the
        patient, a [[age:9]] year old cyclist, reached the crew four minutes later than he would have.
    """)),
    ("aviation", "success", block("""
        DISPATCH DESK - GOOD CATCH
        Date: [[date:Sat 3 Feb]]
        Dispatcher: [[name:Kerry-Ann Blake]]

        A {{999}} call came in for a farmer trapped under a {{quad bike}}. The caller gave a {{what3words}} address but it put the job 40 miles away in another county. [[name:Kerry-Ann]] noticed the words sounded similar to others, asked the caller to read them out again, and got the right location by checking the {{AML}} handset location on the {{CAD}}. The aircraft was sent to the correct field. The crew said the scene was only reachable by air.

        Learning: always confirm {{what3words}} by reading all three words back.
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT (summary)
        Aircraft: [[aircraft_registration:G-EMSY]] ({{AW169}})
        Date: [[date:02 Oct 2023]]   Time: 18:12 local
        Phase: {{climb out}} from base, about 800 ft {{AGL}}

        Description: {{bird strike}}, believed a large gull, on the right {{windscreen}}. No cracking seen. Crew returned to base, no patient on board. Windscreen inspected by [[organisation:Skyline Rotary Engineering]] and cleared for flight next morning.
        Pilot: Capt [[name:Alasdair Munro]]   {{TCM}}: [[name:Chloe Fairweather]]
        {{MOR}}: [[case_reference:2023/19844]]
    """)),
    ("aviation", "near_miss", block("""
        [16:40] [[name:Nat]] (Dispatch): Next job is a {{Cat 1}} in the hills, 55 nm. Fuel ok?
        [16:41] Capt [[name:Iwan]]: on 45% now. We can go but no fuel for hospital and back
        [16:41] [[name:Nat]] (Dispatch): ok I'll book fuel at the airfield for the way back
        [16:52] Capt [[name:Iwan]]: airfield says fuel bowser closed at 16:30 today, {{NOTAM}} we didn't see
        [16:53] [[name:Nat]] (Dispatch): found fuel at the {{regional airport}} instead, 8 min detour
        [16:55] Capt [[name:Iwan]]: thanks. adding to {{debrief}} - we need to check NOTAMs at the {{pre-flight briefing}} not just weather
    """)),
    ("aviation", "success", prose("""
        Debrief from a {{paediatric}} job on [[date:Thursday 14th]]: the crew were called to a [[age:4]] year old
        who had fallen from a first floor window. Dr [[name:Yusuf Ansari]] and {{critical care paramedic}}
        [[name:Holly Brennan]] used the {{challenge-response checklist}} for the {{RSI}} even though both wanted
        to move fast, and the child was intubated first time. {{CRM}} was excellent: the pilot, [[name:Sam]], kept
        track of time and gave a "ten minute" call so the team did not get stuck on scene. Child now off
        the ventilator.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Gemma Thorpe]]
        To: {{Operations}}, {{Fleet}}
        Subject: RRV collision, no injuries

        Hi both,

        Letting you know the {{rapid response vehicle}} [[vehicle_registration:YK21 HVA]] was hit by a van at a roundabout on the ring road at about 19:30 on [[date:13/12]] while on blue lights to a {{cardiac arrest}}. The other driver (reg [[vehicle_registration:MW68 PZT]]) said he did not hear the {{sirens}}. Crew not hurt, job passed to the land ambulance. Car taken off the road, insurer told.

        Regards,
        [[name:Gemma]]
        {{Fleet and Facilities Manager}}
        [[phone:07700 900184]] | [[email:gemma.thorpe@northernaircharity.org.uk]]
    """)),
    ("aviation", "near_miss", prose("""
        [[date:wed 11th]] - landing at farm {{HLS}} the {{TCM}} spotted power lines running across the bottom of the
        field only at about 150ft, not on the {{moving map}} and the farmer hadnt mentioned them on the call.
        capt broke off and we came in from the other side. {{wire strike}} would have been fatal. pls can
        dispatch ask about wires on every farm job + we should update the {{landing site database}}.
    """)),
    ("aviation", "success", prose("""
        shout out to [[name:Ola]] on the desk today - heard {{agonal breathing}} on a "collapsed in the garden"
        {{999}} call, upgraded to {{cardiac arrest}}, had a bystander doing {{CPR}} + the village {{defib}} on
        before we lifted. pt got {{ROSC}} 💪
    """)),
    ("aviation", "incident", block("""
        HEMS SAFETY FORM
        Date: [[date:21/03/24]]
        Location: hospital {{helipad}}, rooftop
        Crew: Capt [[name:Liu Wei]], TCM [[name:Stuart Ferguson]], Dr [[name:Hannah Ogunleye]]
        What happened: Landed with a {{major trauma}} patient. The {{helipad fire crew}} had not arrived (pager not received), so the aircraft had to shut down with no fire cover. Patient transferred by crew alone using the {{lift}}.
        Immediate action: Site {{estates}} team contacted; {{bleep}} system test done.
        Follow-up: Meeting with the hospital; ASR [[case_reference:ASR-24-0203]] filed.
    """)),
    ("aviation", "near_miss", prose("""
        On the return leg on [[date:8 June]], the crew were given a {{transit}} through the {{control zone}} but
        the pilot read back the wrong {{squawk}} and missed a change of level instruction. {{ATC}} had to turn
        an inbound airliner, [[flight_number:EZY62KT]], to keep it clear. Nobody got close, but it was a close
        call. Capt [[name:Tadhg Ó Briain]] filed an {{MOR}} himself. We have since added a read-back check to
        the {{TCM}} duties.
    """)),
    ("aviation", "success", block("""
        NVG DEBRIEF - night job, [[date:27/10]]
        Aircraft: [[aircraft_registration:G-HMBR]]
        Crew: [[name:Fraser]] (P), [[name:Ngozi]] ({{TCM}}), Dr [[name:Patel]]

        + Unlit {{HLS}} on moorland found first time using {{NVG}}; {{recce}} done at 500ft
        + [[name:Ngozi]] called a loose {{tarpaulin}} on the ground before landing
        + Good use of the {{sterile cockpit}} on approach
        - Aircraft light switch confusion on {{shut down}} (old v new panel) -> training note
    """)),
    ("aviation", "incident", block("""
        Timeline - in-flight deterioration ({{Helimed}} job [[case_reference:CAD-240719-0142]])

        14:02  Lift from scene, pt [[age:34]] male, {{motorcycle}} vs car, {{GCS}} 9.
        14:09  {{SpO2}} dropping to 85%. Decision to use the {{bag-valve-mask}}.
        14:10  Spare {{oxygen cylinder}} found EMPTY - not swapped after the last job.
        14:11  Switched to main supply, sats recover.
        14:24  Landed at the {{major trauma centre}}.

        Learning: the kit check sheet for [[date:19/07]] was signed by [[name:JR]] but the cylinder had not been checked. Now a two-person check.
    """)),
    ("aviation", "near_miss", prose("""
        Two {{999}} calls came in to the {{dispatch desk}} eight minutes apart, both for a man called [[name:David Jones]]
        in the same town. The second was a {{stroke}} and the first a {{fall}}. [[name:Sunil]] almost closed
        the second one as a duplicate. He checked the {{CAD}} and saw the ages were different ([[age:81]] and
        [[age:47]]) and the addresses were different, and kept it open. Good catch. We've now asked the {{CAD}} supplier
        to flag duplicate names in a different colour.
    """)),
    ("aviation", "success", block("""
        From: [[email:sianedwards1971@hotmail.co.uk]]
        Subject: Thank you to the {{crew}}

        Dear all,

        I just wanted to thank the team that flew my son [[name:Rhys]] from the beach on [[date:Tuesday 28 May]] after his fall from the rocks. The {{pilot}} landed on the sand, and the {{paramedic}} (I think called [[name:Jodie]]) kept talking to me the whole time. [[name:Rhys]] is walking again. We're doing a {{sponsored swim}} for you in the summer.

        {{Diolch o galon}},
        [[name:Siân Edwards]]
    """)),
    ("aviation", "incident", prose("""
        lifting off from the {{HLS}} the {{DOOR}} caption came on - left rear {{cabin door}} not fully latched.
        landed again straight away, doc (Dr [[name:Morgan]]) opened it and shut it properly. patient and kit
        all secure. we think the {{stretcher}} strap was caught in the latch. no harm but could have lost kit
        out of the door over a built up area. {{ASR}} done for [[aircraft_registration:G-EMSY]], rota to brief all crews.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind130", REPORTS))


if __name__ == "__main__":
    main()
