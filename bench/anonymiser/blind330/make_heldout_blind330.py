"""Held-out blind corpus 330: 50 hand-written UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures how
well de-identification generalises. All people, organisations, places and numbers are invented.

Settings:
- social_care (17): an overnight short-breaks home for disabled children (moving and handling,
  epilepsy plans, PEG feeds, waking nights).
- health (17): an adult intensive care unit (ventilation, lines, proning, outreach, relatives).
- aviation (16): an airport rescue and firefighting service (standbys, foam tests, crash alarms,
  fire station watches).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack), handover notes, minutes with attendance and
apologies, pipe tables, radio (RT) transcripts, shout-outs and thank-you notes.

`[[label:value]]` marks an identifier and `{{term}}` a mention that must not be redacted.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind330.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        [[date:14/03]] waking nite - [[name:kayden]] ([[age:11]]) had a {{tonic clonic}} at {{0240}}ish in bed,
        lasted approx 6 min so gave {{buccal midaz}} as per his {{epilepsy plan}}. 2nd one started {{0305}} so
        rang {{999}}. {{paramedics}} came about 0320 n took him to [[organisation:Hollinsford Royal Infirmary]].
        rang his {{mum}} on [[phone:07723 418 906]] no ans, left vm, she rang back 0345 n met them there.
        [[name:jo]] + me on shift, [[name:jo]] did obs i did timings on the {{seizure chart}}. {{MAR}} signed.
        pls cn someone chase the plan review bc it still says the old dose!! {{on call}} mgr aware.
        tnx [[name:Shaz]]
    """)),
    ("social_care", "near_miss", prose("""
        During the bedtime transfer on [[date:9 March]], two staff members ([[name:Tomasz Wiśniewski]] and
        [[name:Hope Adeyemi]]) were preparing to hoist [[name:Lily-Mae]] ([[age:aged 13]]) from her
        {{wheelchair}} to bed using the {{ceiling track hoist}}. During the {{pre-use check}}, [[name:Hope]]
        noticed that the stitching on one of the shoulder loops of the {{sling}} was frayed and partly torn.
        The sling was not listed on the {{LOLER}} register, and we believe it was sent in from home with
        [[name:Lily-Mae]]'s overnight bag. The transfer was stopped and a spare sling of the correct size was
        taken from the {{equipment store}} after checking it against her {{moving and handling plan}}. No harm
        occurred. The {{shift lead}} quarantined the damaged sling and informed the {{registered manager}},
        Ms [[name:Okonkwo-Reid]], and the family's {{OT}}. Learning: slings arriving from home must be checked
        and logged on arrival, not at the point of use.
    """)),
    ("social_care", "success", block("""
        🌟 SHOUT OUT 🌟
        Massive thank you to [[name:Grace Whitlow]] and [[name:Dafydd ap Rhys]] for the weekend of [[date:16-17 March]].
        [[name:Ayaan]] came in with a new {{PEG}} regime after the {{dietitian}} changed his {{formula}}, and the
        paperwork didn't arrive till {{Friday}} 6pm. [[name:Grace]] rang the {{community nurses}} out of hours, got
        the updated {{feed plan}} emailed over, and [[name:Dafydd]] redid the {{pump}} settings and the {{MAR}} with
        her before the first feed. [[name:Ayaan]]'s {{mum}} said it's the first time he's come home with no sore
        {{stoma}} and no missed feeds. This is exactly what {{Outstanding}} looks like!
        [[name:Bev]] ({{Team Leader}})
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - [[organisation:Wrenfield Lodge Short Breaks]]
        Ref: [[case_reference:WL-INC-0412]]
        Child: [[name:Oscar Lindqvist]]
        DOB: [[date_of_birth:02/11/2013]]
        NHS No: [[nhs_number:910 680 5981]]
        Home address: [[address:14 Marlowe Close, Ashby Vale]], [[postcode:AV3 7RT]]
        Date of incident: [[date:21/03/2024]]   Time: {{17:40}}
        Location: {{dining room}}
        What happened: {{PEG}} {{extension set}} came apart at the {{button}} during a {{bolus}} feed,
        approx 60ml of feed spilled. [[name:Oscar]] was not distressed. Feed stopped, {{stoma}} site checked,
        no leakage. Reconnected with a new extension set as per {{care plan}}.
        Action: parents informed at pick-up, {{community nursing team}} emailed, stock of extension sets checked.
        Reported by: [[name:Mariana Costa]] ({{support worker}})
        Checked by: [[name:D. Okafor]] ({{shift lead}})
    """)),
    ("social_care", "near_miss", block("""
        [22:14, [[date:02/04/2024]]] [[name:Leanne W]]: hiya is the {{midaz}} for [[name:Reuben]] in the {{locked cab}} or did it go home w him last time??
        [22:16, [[date:02/04/2024]]] [[name:Femi]]: shd b in the cab, check his blue bag
        [22:21, [[date:02/04/2024]]] [[name:Leanne W]]: not there 😬 only 1 in his box n its the old {{5mg}} dose, plan says {{10mg}} now
        [22:22, [[date:02/04/2024]]] [[name:Femi]]: ring [[name:Sunny]] she's {{on call}}
        [22:40, [[date:02/04/2024]]] [[name:Leanne W]]: [[name:sunny]] says ring parents, {{dad}} is bringing the new one over. [[name:reuben]] fine, asleep on his {{sensor mat}}
        [23:05, [[date:02/04/2024]]] [[name:Leanne W]]: dad dropped it off, correct dose, checked w [[name:Femi]] on video, {{MAR}} updated. will do {{datix}} tmrw
    """)),
    ("social_care", "success", block("""
        Team meeting minutes – [[organisation:Wrenfield Lodge]]
        Date: [[date:4 April 2024]]
        Present: [[name:Bev Harrington]] ({{chair}}), [[name:Kwame Asante]], [[name:Priya R]], [[name:Joy Pennington]], [[name:Eilidh MacAulay]]
        Apologies: [[name:Will Ferrers]], [[name:Siobhán]]

        1. Good practice / learning
        [[name:Kwame]] presented the {{waking night}} checklist he drafted in {{February}}. Since it started there
        have been no missed {{2-hourly}} repositioning checks and every {{PEG}} pump change is countersigned.
        [[name:Joy]] said the tick boxes for {{SpO2}} and {{seizure}} observations make handover much quicker.
        2. {{Ofsted}}
        The {{Reg 44}} visitor praised the checklist. [[name:Bev]] to share it with [[organisation:Harbrook Short Breaks]].
        Actions: [[name:Kwame]] to laminate copies; [[name:Eilidh]] to add it to {{induction}}.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Rhiannon Pryce]] <[[email:rhiannon.pryce@ashcombe.gov.uk]]>
        To: {{Safeguarding Duty}} <[[email:sb.safeguarding@ashcombe.gov.uk]]>
        Sent: [[date:Tuesday 16 April 2024]] 09:12
        Subject: Unexplained bruise – [[name:M.T.]] – [[case_reference:SB/22871]]

        Hi,
        At {{07:30}} this morning, during personal care, the {{waking night}} staff noticed a 3cm bruise on
        [[name:M.T.]]'s left upper arm. It was not on the {{body map}} completed at admission yesterday.
        [[name:M.T.]] is {{non-verbal}} and transfers with a {{stand aid}}; staff think the strap may have
        caught him but no one saw it happen. Body map and photos done, his {{allocated social worker}} and the
        {{LADO}} have been informed and {{dad}} was told at pick-up.
        Kind regards
        [[name:Rhiannon]]

        [[name:Rhiannon Pryce]] | {{Deputy Manager}} | [[organisation:Wrenfield Lodge]] | [[phone:01632 960 418]]
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER {{sleep-in}} → {{waking night}}   [[date:Fri 19/04]]
        In tonight: [[name:Ellis]], [[name:Nia-Grace]], [[name:Hamza]], [[name:Pip]]

        [[name:Ellis]] – settled 20:30, {{melatonin}} given 19:45. {{2-hourly}} turns, L side next.
        [[name:Nia-Grace]] ([[age:9]]) – {{PEG}} feed on pump 21:00–05:00. !! NEAR MISS: at the 21:30 check
        [[name:Anya]] found the pump running at 100ml/hr not 60ml/hr (previous child's setting not cleared).
        Stopped, re-set, approx 15ml extra given, no vomiting. {{on call}} told and {{dietitian}} emailed.
        Please double-check the rate against the {{feed plan}} EVERY time.
        [[name:Hamza]] – {{VNS}} magnet in front pocket of his bag, not in the {{med room}}.
        [[name:Pip]] – first overnight, v anxious, likes the {{Makaton}} "sleep" sign + the star projector.

        Staff: [[name:Femi]] (waking), [[name:Anya Petrenko]] (sleep-in)
    """)),
    ("social_care", "success", prose("""
        Learning summary – successful first stays for [[name:Amelia Thorne]] ([[age:15]]). [[name:Amelia]] has
        {{Dravet syndrome}} and clusters of seizures overnight, and her family had been told by two previous
        providers that they could not meet her needs. Before her first stay on [[date:6 April]] we held three
        planning meetings with her parents, the {{epilepsy specialist nurse}} (Ms [[name:Delacroix-Hale]], from
        [[organisation:St Aldhelm's Children's Hospital]]) and her {{key worker}}. Every member of the night team
        completed {{buccal midazolam}} training and a practical on her {{oxygen}} and {{suction}}, and we started
        with a tea visit, then a single night with {{mum}} staying locally. [[name:Amelia]] has now had four
        stays without any rescue medication being needed, and staff recorded two short clusters accurately on
        the {{seizure diary}}, which her {{consultant}} used to adjust her {{stiripentol}}. What worked: planning
        early, practising with the real equipment and listening to mum, who knows [[name:Amelia]] best.
    """)),
    ("social_care", "incident", block("""
        MEDICATION ERRORS – [[organisation:Wrenfield Lodge]] – April
        Date | Child | What happened | Staff | Harm
        [[date:03/04]] | [[name:Zainab K]] | {{Keppra}} 30 min late ({{school bus}} early) | [[name:Pat]] | none
        [[date:11/04]] | [[name:Jaylen]] | {{omeprazole}} not given, MAR blank | [[name:Bill H]] | none
        [[date:18/04]] | [[name:Zainab K]] | evening Keppra given twice (2 staff, no check) | [[name:Amber]] | drowsy, {{111}} advice, obs overnight
        Summary: the [[date:18/04]] error is the incident being reported. [[name:Zainab]] was drowsy but rousable;
        her {{GP}} and parents were told next morning. Both staff had signed the {{MAR}} after giving.
        Action: second-checker rule for all evening meds, {{medication competency}} redone for [[name:Amber]]
        and [[name:Pat]]; {{Reg 40}} notification to {{Ofsted}} being considered by [[name:Bev]].
    """)),
    ("social_care", "near_miss", block("""
        [[name:Ciarán Ó Dálaigh]]  19:52
        anyone know where the {{bath thermometer}} went? {{tap}} on the {{assisted bath}} feels way hotter than normal
        [[name:Seo-yeon Park]]  19:54
        it's in the {{sluice}} drawer. don't put [[name:Tyler]] in till you've checked!!
        [[name:Ciarán Ó Dálaigh]]  19:58
        48°C 😳 {{TMV}} must have gone. Ran it 5 mins, still 46. Gave him a {{strip wash}} instead
        [[name:Seo-yeon Park]]  20:01
        good call. I'll put a sign on it and tell Mr [[name:Yilmaz]] in {{Estates}} first thing
        [[name:Ciarán Ó Dálaigh]]  20:03
        logging it on {{Datix}} now. [[name:Tyler]] fine, no harm, just annoyed about no bubbles
    """)),
    ("social_care", "success", block("""
        Dear everyone at [[organisation:Wrenfield]],
        Just a card to say thank you. [[name:Freddie]] has been coming to you for two years now and this was the
        first weekend we've ever had away as a couple. Knowing [[name:Mark]] and his {{key worker}} [[name:Rosa]]
        were on the {{waking night}} meant we actually slept! [[name:Mark]] even sent a photo of [[name:Freddie]]
        laughing at breakfast. The notes about his {{sats}}, {{PEG}} and {{seizures}} were so clear that his
        {{community nurse}} asked where we'd got the template.
        Please thank [[name:Rosa]] for sorting the strap on his {{Rifton}} chair too.
        Lots of love,
        [[name:Faith]] ([[name:Freddie]]'s {{mum}}) & {{Dad}}
    """)),
    ("social_care", "incident", block("""
        Chronology – [[name:Tyrese Mensah-Clarke]] ([[age:12yo]]), left the building unsupervised, [[date:21/04/24]]
        18:05 [[name:Tyrese]] in garden with [[name:AH]] ({{1:1}}). [[name:AH]] went in to get his {{ear defenders}}.
        18:08 {{side gate}} found open, [[name:Tyrese]] not in garden. Search of building and grounds.
        18:15 {{shift lead}} [[name:Kofi]] rang {{999}}. Police log [[case_reference:0871-210424]].
        18:22 {{on call manager}} informed.
        18:31 [[name:Tyrese]] found by a member of the public on [[address:Pennine Road]] outside the
        [[organisation:Co-op]], approx 400m away. PC [[name:Lowther]] brought him back.
        18:40 {{Body map}} – graze to left knee. {{mum}} informed.
        19:10 {{Missing from care}} return conversation done (short, he was tired).
        Learning: gate {{keypad}} had been left on the latch after the bin collection.
    """)),
    ("social_care", "near_miss", prose("""
        nr miss - {{sensor mat}} for [[name:Ruby]] rm 3 was unplugged at the wall when i did my {{0100}} check,
        no idea how long for. she's on the {{epilepsy alarm}} bc of her {{nocturnal seizures}}. plugged back in
        n tested w the {{test button}} - works. she was fine asleep, {{sats}} 97. think the {{cleaner}}
        unplugged it to hoover earlier, the plug is behind the bed. told [[name:marek]] ({{shift lead}}) n put a
        sign on the socket. pls can {{maintenance}} fit a cover or tape? shd be on the {{night checks}} list to
        test mats at start of shift. [[name:A.B.]] {{waking night}}
    """)),
    ("social_care", "success", prose("""
        Reflective account – [[name:Nomvula Dlamini]], {{support worker}}. Over three stays in {{March}} I noticed
        that [[name:Jasper]] ([[age:8 years old]]) kept "zoning out" for a few seconds while eating, usually with a
        lip smack. I wasn't sure it was anything, but I wrote each one on the {{ABC chart}} and the
        {{seizure diary}} with the time and what he was doing, and mentioned it at handover to [[name:Will]].
        [[name:Will]] asked me to film one on the work {{iPad}} with {{mum}}'s consent. The video went to
        Dr [[name:Raghunathan]], his {{paediatric neurologist}} at [[organisation:St Aldhelm's]], who confirmed
        {{focal impaired awareness seizures}} and started {{lamotrigine}}. Mum says school have noticed he's
        more alert. Learning for me: trust your gut, write it down, and use the {{epilepsy plan}} review route
        rather than waiting.
    """)),
    ("social_care", "incident", block("""
        Subject: Transport incident – no handover at drop-off – [[case_reference:WL-INC-0431]]
        To: [[email:transport.team@ashcombe.gov.uk]]
        Cc: [[email:b.harrington@wrenfieldlodge.org.uk]]

        Hello,
        On [[date:24 April]] [[name:Isla]] ([[age:aged 10]]) was collected from [[organisation:Meadowbank Special School]]
        by the contracted taxi ([[organisation:Ashby Cars]], reg [[vehicle_registration:KD68 WPL]]) for her stay.
        The {{passenger assistant}} was off sick and no replacement was sent, so the {{driver}} travelled alone
        with [[name:Isla]], who has {{absence seizures}} and must be watched on journeys per her {{travel plan}}.
        She arrived safely at {{16:10}} but her {{rescue meds}} bag had been left at school. The school's
        {{SENCO}} drove it over by {{17:00}}. Please can you confirm how the {{escort}} gap was missed?
        Thanks,
        [[name:Tariq Mahmood]]
        {{Shift Lead}}, [[organisation:Wrenfield Lodge]]
    """)),
    ("social_care", "success", block("""
        #nights-team
        @[[name:hope.a]]: just wanted to say the new colour coding for the {{hoist}} {{slings}} is 👌 did all 4 transfers
        tonight w/o having to dig through the {{laundry}}
        @[[name:tomasz.w]]: 🙌 credit to [[name:Rose]] the {{OT}}, it was her idea
        @[[name:bev.h]]: love this. [[name:Rose]] is coming in on [[date:2 May]] to do a {{moving & handling}}
        {{refresher}} for the {{bank staff}}, pls sign up on the {{rota}}
        @[[name:hope.a]]: also [[name:Lily-Mae]] loved picking her own purple one lol. {{waking night}} was calm af
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        unplanned extubation bed 6 ~{{0415}} during {{pressure area care}}. Mr [[name:Doyle]] v agitated despite
        {{propofol}} at 15ml/hr, {{RASS}} +2 at the time. {{ETT}} came out as we rolled him, only 3 of us bc the
        {{anaesthetist}} was in {{theatres}}. bagged on the {{Waters circuit}}, sats dropped to 82, {{reg}}
        Dr [[name:Ferreira]] reintubated at 0432, grade 2 view, no further probs. tube was tied not taped n the
        {{sedation hold}} from 0300 hadnt been restarted at the right rate. {{Datix}} [[case_reference:W231187]].
        need 4 for turns on agitated pts pls!!! - [[name:kat]] ({{nurse in charge}})
    """)),
    ("health", "near_miss", prose("""
        On [[date:12 February 2024]] at approximately {{22:00}}, a {{noradrenaline}} infusion was prepared for the
        patient in bed 11 (hospital number [[case_reference:HGH4471920]]). The syringe was drawn up as
        {{8mg in 50ml}} ({{double strength}}) but labelled as the unit's standard {{4mg in 50ml}}. Before
        connection the second checker, [[name:Aroha Ngata]] ({{Band 6}}), queried the label because the number of
        empty ampoules in the {{sharps bin}} did not match. The syringe was discarded and a new one prepared and
        checked independently. Had it run at the prescribed rate the patient would have received double the
        intended dose. Contributing factors: both concentrations stocked in the same {{CD cupboard}} drawer, the
        preparing nurse was interrupted by a {{relative}}'s phone call, and the {{smart pump}} drug library was
        not used. Shared at the {{safety huddle}}; our pharmacist [[name:Chiara Bellandi]] is reviewing storage.
    """)),
    ("health", "success", block("""
        SHOUT OUT – proning team, [[date:Sat 2nd March]] {{night shift}}
        Big thanks to [[name:Oluwaseun]], [[name:Rūta]], [[name:Sunny Dhaliwal]], [[name:JB]] and [[name:Hamid]], who
        proned bed 3 ({{ARDS}}, {{BMI}} 48) at {{02:00}} with {{ECMO}} cannulae in situ. [[name:Oluwaseun]] led the
        brief using the {{proning checklist}}, [[name:JB]] ({{ODP}}) managed the airway and [[name:Hamid]]
        ({{perfusionist}}) secured the circuit. Zero line displacements, {{P/F ratio}} up from 9 to 18 kPa by
        morning. Textbook!
        – Dr [[name:Ines Carvalho]], {{consultant}}
    """)),
    ("health", "incident", block("""
        PATIENT SAFETY INCIDENT – {{Critical Care}}
        Incident ID: [[case_reference:W231402]]
        Patient: [[name:Hyacinth Brathwaite]]   Hosp No: [[case_reference:HGH5520038]]
        NHS No: [[nhs_number:593 121 6383]]   DOB: [[date_of_birth:17/08/1951]] ([[age:72]])
        Address: [[address:Flat 3, 41 Sorrel Street, Hollinsford]] [[postcode:HF4 2NL]]
        NOK: [[name:Marlon Brathwaite]] ({{son}}) [[phone:07911 203 557]]
        Date/time: [[date:05/03/2024]] {{14:20}}
        Location: [[organisation:Fenwick Unit]], bed 9
        Description: {{arterial line}} flush bag found to be {{5% glucose}} instead of {{0.9% sodium chloride}}.
        {{Blood gas}} glucose readings falsely high (28 mmol/L) for approx 6 hours and the {{insulin}} infusion
        was increased twice. Patient became {{hypoglycaemic}} (2.1) when a {{capillary}} sample was checked.
        Treated with IV glucose, recovered, no lasting harm identified.
        Reported by: Sister [[name:Nuala Byrne]]
    """)),
    ("health", "near_miss", block("""
        Timeline – delayed escalation from [[organisation:Larchmere Ward]], [[date:08/03/24]]
        19:10 {{NEWS2}} 5 (RR 26, {{SpO2}} 91% on 4L). {{FY1}} bleeped.
        20:30 NEWS2 7. FY1 still at a {{resus}} call. No escalation to {{outreach}}.
        21:05 {{HCA}} [[name:Precious]] rechecked obs and told the {{nurse in charge}}, [[name:Dawn]]; [[name:Dawn]] rang outreach directly.
        21:20 Outreach nurse [[name:Will Okoye]] reviewed – {{sepsis six}} started, {{HFNO}} commenced.
        22:10 {{ICU}} {{registrar}} review, admitted to bed 4 at 22:45. Did not need intubation.
        Why a near miss: 2 h 35 min from first NEWS2 ≥5 to outreach review; policy says 30 min.
        Learning: ward nurses can and should call outreach without waiting for a doctor.
        Praise for [[name:Precious]] for trusting her instinct.
    """)),
    ("health", "success", block("""
        From: [[email:k.volkov1968@gmail.com]]
        To: [[email:fenwick.unit@harrowfield.nhs.uk]]
        Date: [[date:20 March 2024]]
        Subject: Thank you – my {{mum}} [[name:Olga Volkova]]

        Dear all,
        I wanted to thank the staff of the [[organisation:Fenwick Unit]] for the care my {{mother}} received over
        19 days on the {{ventilator}}. Special thanks to [[name:Bukola]], who kept the {{patient diary}} going
        every shift and explained every {{line}} and {{drain}} to me without once making me feel stupid, even
        after the {{tracheostomy}}, and to Dr [[name:Lindqvist]], who sat with us in the {{relatives' room}} the
        night we thought we would lose her. {{Mum}} read the diary last week on [[organisation:Larchmere Ward]]
        and cried. She's home now.
        With gratitude,
        [[name:Konstantin Volkov]]
        [[phone:07800 651 224]]
    """)),
    ("health", "incident", block("""
        [[name:Tendai Moyo]]  03:12
        bed 2 {{CVC}} {{distal lumen}} found disconnected + unclamped in the bed 😬 pt sat up coughing. {{bionector}} on the floor
        [[name:Zsófia Horváth]]  03:13
        is he ok?? lie him flat, {{left side}} down, head down
        [[name:Tendai Moyo]]  03:15
        done. {{sats}} 94 (was 97), HR 118. no obvious {{air embolism}} signs. bleeping the {{reg}}
        [[name:Zsófia Horváth]]  03:20
        Dr [[name:Nakamura]] on her way. I'll cover bed 1
        [[name:Tendai Moyo]]  03:41
        reviewed, {{ABG}} ok, {{CXR}} requested. Datix [[case_reference:W231655]] done. lumen was the {{propofol}} one - {{luer lock}} wasn't fully tightened after the syringe change at 02:00
        [[name:Zsófia Horváth]]  03:43
        thx [[name:Tendai]]. will flag at {{huddle}} re checking connections at {{safety checks}}
    """)),
    ("health", "near_miss", block("""
        SBAR handover – bed 7 – [[date:Wed 13/03]]
        S: [[name:Gwen Pritchard]], [[age:68]], day 4 post {{emergency laparotomy}}, {{extubated}} yesterday, on {{HFNO}} 40L/60%.
        B: {{Penicillin}} {{allergy}} (anaphylaxis 2019).
        A: NEAR MISS tonight – {{co-amoxiclav}} prescribed by the {{surgical}} team on {{EPMA}} and issued by pharmacy.
        The allergy was in the paper notes but her red {{allergy band}} had been cut off for the {{arterial line}} and
        never replaced, and the EPMA allergy field said "{{NKDA}}". [[name:Sam]] spotted it at the bedside check. Not given.
        R: band replaced, EPMA corrected by Dr [[name:Al-Sayed]], {{micro}} advice sought for an alternative.
        [[name:Gwen]]'s daughter aware and happy. Please check bands at every {{safety check}}.
    """)),
    ("health", "success", block("""
        Critical Care – Learning from Excellence meeting
        [[date:27/03/2024]], {{seminar room}} 2, [[organisation:Harrowfield General Hospital]]
        Attendees: Dr [[name:I. Carvalho]] ({{chair}}), [[name:Faith Mutasa]] ({{PDN}}), [[name:Rob Kinsella]],
        [[name:Leilani Kahale]], [[name:Jean-Baptiste Mbemba]] ({{ACCP}})
        Apologies: [[name:Pat Quigley]], Dr [[name:Sørensen]]

        1. Early mobility – [[name:Jean-Baptiste]] presented three patients stood on day 2 of ventilation using the
        {{tilt table}}, no adverse events. Physios thanked for weekend cover.
        2. Follow-up clinic – [[name:Leilani]]'s {{ICU follow-up clinic}} has now seen 40 patients; {{PICS}} screening
        picked up two with {{PTSD}} symptoms who were referred on to {{psychology}}.
        Actions: [[name:Faith]] to add mobility competencies to the {{Band 5}} pack; [[name:Rob]] to write it up for
        the {{ICS}} newsletter.
    """)),
    ("health", "incident", block("""
        Device-related {{pressure ulcers}} after proning – Q1 review, [[organisation:Fenwick Unit]]
        Hosp no | Found | Site | Category | Device
        [[case_reference:HGH3318047]] | [[date:09/01]] | forehead | 2 | {{ETT}} holder
        [[case_reference:HGH6604125]] | [[date:22/01]] | nasal bridge | 2 | {{NG}} bridle
        [[case_reference:HGH7012266]] | [[date:14/02]] | chin | 3 | {{ETT}} holder, no {{foam dressing}}
        Comment: the [[date:14/02]] category 3 on bed 12 ([[case_reference:HGH7012266]]) is the reportable
        incident ([[case_reference:W230981]]). Head position was not changed every 2 hours because the
        {{swimmer's position}} chart was not in use on that shift. Actions: {{TVN}} teaching at every proning
        session, {{Mepilex}} pre-applied before turning, {{head turns}} added to the proning checklist.
        [[name:Yusuf Demir]], {{Tissue Viability}}
    """)),
    ("health", "near_miss", block("""
        From: [[name:Chiara Bellandi]], {{Critical Care Pharmacist}}
        To: {{Band 7s}}, Critical Care
        Date: [[date:1 April 2024]]
        Subject: Near miss – strong potassium in the wrong cupboard

        Hi all,
        During the {{Sunday}} stock top-up I found two ampoules of {{strong potassium chloride}} 15% in the general
        {{IV fluids}} cupboard in {{Bay B}}, right next to the {{sodium chloride}} 0.9% ampoules, which look almost
        identical. These must only be kept in the locked {{controlled stock}} box. Nobody was harmed and all
        {{premixed}} bags were present. I suspect a {{pharmacy top-up}} error after the new shelving went in.
        Please check your bays and let me know if you find any more.
        Thanks,
        [[name:Chiara]]
        [[email:chiara.bellandi@harrowfield.nhs.uk]]
    """)),
    ("health", "success", prose("""
        Learning from excellence: family meeting with a professional interpreter. Mr [[name:Tesfaye]] ([[age:61]])
        was ventilated for severe {{pneumonia}} and his wife speaks {{Tigrinya}}. On the first day his son
        [[name:Dawit]] had been interpreting, which upset him and meant the family were not getting the full
        picture. Staff nurse [[name:Amber Lutterworth]] booked a face-to-face interpreter from
        [[organisation:Wordbridge Interpreting]] for the {{MDT}} meeting on [[date:3 April]], and Dr [[name:Okafor]]
        ({{consultant}}) used {{teach-back}} to check understanding of the {{tracheostomy}} plan and the
        {{ceiling of care}}. [[name:Dawit]] said afterwards it was the first time his mum had asked her own
        questions. This is now part of our {{relatives}} guidance and the {{interpreter}} booking form is on the
        {{intranet}}. Thank you [[name:Amber]].
    """)),
    ("health", "incident", block("""
        CT transfer – bed 10 – [[date:Thurs 21st March]] – chronology
        13:50 {{intra-hospital transfer}} checklist done by [[name:Lan Nguyễn]] ({{transfer nurse}}) and Dr [[name:Petrov]] ({{ST4}}).
        14:02 left unit on {{transport ventilator}}, FiO2 0.6, {{PEEP}} 10.
        14:09 in {{CT}}. {{Oxygen cylinder}} low-pressure alarm. Gauge in red zone.
        14:10 {{SpO2}} 84%. Switched to {{wall oxygen}} in CT, sats recovered to 93% in 2 min.
        14:25 scan done, returned with spare {{CD size}} cylinder from CT.
        Findings: cylinder had been ticked as full on the daily check but was the one used the previous night for
        a {{MRI}} transfer and put back on the trolley. Datix [[case_reference:W231590]].
        Action: full/empty tags on all cylinders; second cylinder on every transfer. – [[name:L.N.]]
    """)),
    ("health", "near_miss", prose("""
        near miss - {{CRRT}} bed 5 at 0600 handover. {{citrate}} bag had been hung on the line for the
        {{calcium}} pump (same size bag, same colour tubing). [[name:lan]] spotted it on the {{line trace}} before
        the pump was restarted after the bag change. wd have given {{calcium}} at citrate rate ie massive dose. no
        harm. pump had been stopped for {{filter}} change by [[name:M.K.]] who was also covering bed 6 with a
        {{GCS}} drop. think we need the coloured labels the {{renal}} unit uses. told {{Band 7}} [[name:Sunil]] and
        logged on datix [[case_reference:W231702]]
    """)),
    ("health", "success", block("""
        Card on the {{staffroom}} board, copied for the learning-from-excellence log:

        "To the angels on the {{Intensive Care}} unit,
        Thank you for giving us back our {{Dad}}. We will never forget [[name:Mo]] on {{nights}} who held his hand and
        played his {{Motown}} playlist, or [[name:Ifeoma]] who taught us how to do his {{mouth care}} so we felt useful.
        Dr [[name:Byrne-Hughes]] rang us every day at 11 even when there was no news. The {{outreach}} lady
        [[name:Gemma]] came to see him on the {{ward}} after and that meant the world.
        All our love,
        [[name:Derek]], [[name:Maureen]] and [[name:Kelly Fairbrother]]"

        Shared with the team at {{huddle}} on [[date:15/04/24]]. [[name:Mo]] says he'll do requests.
    """)),
    ("health", "incident", prose("""
        Information governance incident [[case_reference:W231744]]. On [[date:17 April 2024]] at about {{19:30}}
        a woman rang the unit and said she was the daughter of the patient in bed 8, [[name:Aisling Quigley]]
        ([[age:54]]). The {{Band 5}} nurse who answered gave a full update including the {{CT head}} result.
        The patient's actual daughter, [[name:Niamh]], arrived at {{visiting}} an hour later and said she had not
        rung; the caller turned out to be the patient's former partner, who the family had asked us not to speak
        to. The {{password}} system was on the {{care plan}} but not on the {{whiteboard}} at the
        {{nurse's station}}. The family have been given an apology under {{Duty of Candour}} and the
        {{IG}} team informed. We are re-launching the password check for every phone enquiry.
        Reporter: [[name:R. Okonjo]], {{Sister}}
    """)),
    ("health", "near_miss", block("""
        NAME ALERT – near miss, [[organisation:Fenwick Unit]], [[date:22/04/2024]]
        Bed | Patient | Hosp no | DOB
        4 | [[name:John Macdonald]] | [[case_reference:HGH2207731]] | [[date_of_birth:03/05/1958]]
        5 | [[name:Jon McDonald]] | [[case_reference:HGH2291804]] | [[date_of_birth:30/05/1958]]
        At 06:00 {{bloods}} were taken from bed 5 and the {{bedside printer}} labels for bed 4 were stuck on the
        tubes. The {{lab}} rejected the {{group and save}} sample because the handwritten time didn't match.
        No transfusion was given. {{Positive patient ID}} was not done against the {{wristband}}.
        Action: moved [[name:Jon McDonald]] to bed 9, {{name alert}} sticker on both charts.
        [[name:Faith]] ({{PDN}}) doing {{PPID}} teaching.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        RT transcript extract – {{Tower}}/Fire – [[date:11/03/2024]] – [[flight_number:HD3318]] ([[aircraft_registration:G-HDLM]])
        15:42:10 TWR: Fire, Tower, {{Full Emergency}}, [[flight_number:Haldane 3318]], {{ATR 72}}, number two
        {{engine fire warning}}, landing {{runway 27}}, eight minutes, 68 {{POB}}.
        15:42:20 FIRE: Fire copied, Full Emergency, [[flight_number:Haldane 3318]], 68 POB, deploying to holding point {{Alpha}}.
        15:44:05 {{Major 2}}: Fire 1, Major 2, {{PTO}} will not engage, no pump, remaining on station.
        15:44:15 {{Fire 1}}: Major 2, Fire 1, copied. {{Major 1}} and {{Rescue 3}} continue.
        15:49:55 TWR: Fire, [[flight_number:Haldane 3318]] landed, stopped on the runway.
        15:50:30 Fire 1: Tower, Fire 1, in attendance, no visible fire, crew report warning out after second {{bottle}}.
        Note by {{Watch Manager}} [[name:Tom Ashdown]]: with Major 2 unavailable we dropped below {{Category 7}}
        media, but {{ATC}} were not told until 15:58. Reduced category must be declared immediately.
    """)),
    ("aviation", "near_miss", prose("""
        {{Blue Watch}} foam changeover today - nearly topped up {{Major 3}} ([[vehicle_registration:YK21 OPV]]) with
        the old {{AFFF}} {{6%}} drums that were meant to be going for disposal, NOT the new {{fluorine free}} {{3%}}.
        [[name:gaz]] clocked the label as we were rigging the {{transfer pump}}. wd have contaminated the whole tank
        n failed the {{foam test}}, plus the {{PFAS}} issue. drums were stacked in the same bay w no "do not use"
        tape. moved them to the {{bund}} behind the {{appliance bay}} n taped them. pls can {{SM}}
        [[name:Hargreaves]] get them collected asap. [[name:dmc]]
    """)),
    ("aviation", "success", block("""
        🚒 WELL DONE {{RED WATCH}} 🚒
        On [[date:Tues 26th March]] at {{07:12}} a passenger collapsed at {{Gate 14}} while waiting to board
        [[organisation:Skelligan Airways]] [[flight_number:SK412]]. [[name:Ivy Tremayne]] and [[name:Frank]] were first on
        scene in {{Rescue 3}} inside 2 minutes, started {{CPR}}, and [[name:Frank]] delivered one shock with the
        {{AED}}. {{ROSC}} before the {{paramedics}} arrived, and [[name:Ivy]]'s handover to the {{HEMS}} crew was spot on.
        The gentleman was discharged from [[organisation:Hollinsford Royal Infirmary]] this week and his family have
        been in touch to say thank you.
        Proud of you both. – {{SM}} [[name:Hargreaves]]
    """)),
    ("aviation", "incident", block("""
        ACCIDENT / INJURY REPORT – {{RFFS}}, [[organisation:Castlemoor Airport]]
        Ref: [[case_reference:CMA-HS-2024-017]]
        Name: [[name:Kieran O'Shaughnessy]]
        DOB: [[date_of_birth:23.06.1989]]   NI No: [[ni_number:PK 73 19 52 B]]
        Address: [[address:7 Heron Rise, Saltby]], [[postcode:SB9 4WL]]
        Tel: [[phone:07456 882 310]]
        Watch: {{Green Watch}}   Role: {{Firefighter}}
        Date/time: [[date:18/03/2024]] {{10:15}}
        Location: {{hot fire training ground}}, {{aircraft fire simulator}}
        Description: During {{BA}} training, FF [[name:O'Shaughnessy]] slipped on a wet {{hose}} on the simulator's
        rear steps while carrying a {{charged line}} and fell about 1m onto his left wrist. {{First aid}} given by
        {{Crew Commander}} [[name:Lerato Nkosi]]. Taken to [[organisation:Saltby Minor Injuries Unit]], fracture
        confirmed. {{RIDDOR}} report required (over 7 days off).
    """)),
    ("aviation", "near_miss", block("""
        Chronology – crash alarm not heard in the gym – [[date:29/03/2024]]
        11:03 {{Local Standby}} called by {{ATC}}: {{Cessna 172}} [[aircraft_registration:G-BZKV]], rough running engine.
        11:03 {{crash alarm}} sounds; crews in the {{appliance bay}} and {{mess}} respond.
        11:04 [[name:Hussein]] and [[name:Joe Cartwright]] in the {{gym}} (headphones, treadmill) do not hear it. Gym {{strobe}} not working.
        11:05 {{Watch Manager}} [[name:Bronwen Lloyd]] does a roll call at the appliances, notes two missing, sends [[name:Danny]] to the gym.
        11:06 all vehicles at {{standby positions}}, within the {{response time}}, but {{Major 2}} one rider short for 90 seconds.
        11:14 aircraft landed safely, standby stood down.
        Actions: gym strobe repaired [[date:30/03]]; no headphones on duty; {{pagers}} to be worn in the gym.
    """)),
    ("aviation", "success", block("""
        {{White Watch}} meeting – notes
        Date: [[date:5 April 2024]]   Venue: {{crew room}}, [[organisation:Castlemoor Airport]] fire station
        Present: {{WM}} [[name:Bronwen Lloyd]], {{CC}} [[name:Lerato Nkosi]], [[name:Pat Mulrooney]], [[name:Bill Adeyinka]],
        [[name:Mei-Ling Chou]], [[name:Robin]]
        Apologies: [[name:Sunny]] (leave)
        1. Foam transition – all four vehicles now on {{fluorine-free foam}}; final {{foam test}} results within
        {{CAP 168}} limits first time. Thanks to [[name:Mei-Ling]] for writing the {{decontamination}} procedure
        and to [[name:Pat]] for logging every flush.
        2. {{CAA}} audit – the inspector commented positively on the foam records. No findings.
        3. AOB – [[name:Robin]] passed his {{LGV}} test 🎉
    """)),
    ("aviation", "incident", block("""
        From: [[name:Bronwen Lloyd]] <[[email:b.lloyd@castlemoorairport.co.uk]]>
        To: {{Airside Safety}} <[[email:airside.safety@castlemoorairport.co.uk]]>
        Date: [[date:9 April 2024]] 16:48
        Subject: Vehicle collision on {{Taxiway Delta}} – [[case_reference:CMA-AS-0388]]

        At {{14:31}} today, returning to station after a {{Local Standby}}, {{Rescue 3}} (reg
        [[vehicle_registration:CM20 FRB]]) made contact with a {{baggage tug}} (reg [[vehicle_registration:WX17 HTN]])
        operated by [[organisation:Pennant Ground Services]] at the junction of Taxiway Delta and the {{airside road}}.
        Low speed, no injuries. Damage to the nearside {{bumper}} of Rescue 3 and to the tug's towbar. Rescue 3 is
        off the run; {{RFFS category}} maintained with the remaining vehicles. {{Drug and alcohol}} tests negative
        for our driver, {{Firefighter}} [[name:Jakub Nowicki]]. {{Dashcam}} footage saved.
        Regards,
        [[name:Bronwen]]
        {{Watch Manager}}, {{White Watch}}
    """)),
    ("aviation", "near_miss", block("""
        [[date:12/04/2024]], 21:07 - [[name:Jonno]]: was that us on the radio just now?? {{ATC}} sounded fuming
        [[date:12/04/2024]], 21:08 - [[name:Kez]]: yeh {{Rescue 3}} went past {{holding point}} {{Bravo}} onto the {{runway}} without clearance. about 20m over the {{stop bar}}, nothing on {{finals}} thank god
        [[date:12/04/2024]], 21:09 - [[name:Jonno]]: who was driving
        [[date:12/04/2024]], 21:10 - [[name:Kez]]: new lad. [[name:Marco]] thought "{{hold short}}" was "cross". {{WM}} has taken him off driving til he's reassessed
        [[date:12/04/2024]], 21:15 - [[name:Amir Haddad]]: {{MOR}} going in tonight. [[aircraft_registration:G-OKTA]] was on a 6 mile final, would have been tight. pls everyone read back EVERY clearance word for word
        [[date:12/04/2024]], 21:16 - [[name:Jonno]]: 👍
    """)),
    ("aviation", "success", prose("""
        Learning summary – {{Exercise Kittiwake}}, [[date:20 April 2024]]. The full-scale {{aerodrome emergency
        exercise}} simulated an {{A320}} {{undershoot}} with 120 casualties. The {{RFFS}} went from {{crash alarm}}
        to first foam application in 2 minutes 40 seconds, inside the {{CAP 168}} standard. Liaison with
        [[organisation:Ashcombe Fire and Rescue Service]] worked far better than last time: their
        {{Station Commander}}, [[name:Rachel Oyelaran]], arrived at the {{RVP}} and was met by our
        {{Airport Fire Officer}}, [[name:Dimitris Papadakis]], within four minutes, and the shared {{JESIP}}
        {{METHANE}} message meant casualty numbers reached [[organisation:Hollinsford Royal Infirmary]] 15 minutes
        earlier than in the previous exercise. Students from [[organisation:Saltby College]] played casualties. What
        made the difference: a joint tabletop three weeks before, pre-agreed RVP codes and a single
        {{command channel}}.
    """)),
    ("aviation", "incident", block("""
        Foam test log – {{Q2}} – [[organisation:Castlemoor Airport]] {{RFFS}}
        Date | Vehicle | Reg | Expansion | 25% drain | Result | Tester
        [[date:02/04]] | {{Major 1}} | [[vehicle_registration:CM19 FRA]] | 7.8 | 3m10s | PASS | [[name:P. Mulrooney]]
        [[date:02/04]] | {{Major 2}} | [[vehicle_registration:CM19 FRC]] | 4.1 | 1m05s | FAIL | [[name:P. Mulrooney]]
        [[date:03/04]] | Major 2 | [[vehicle_registration:CM19 FRC]] | 7.5 | 2m58s | PASS | [[name:Mei-Ling]]
        Incident: after the fail on [[date:02/04]] Major 2 stayed declared available to {{ATC}} for about 22 hours,
        because the result was written on the sheet but not passed to the {{Watch Manager}}. Cause: the
        {{round-the-pump proportioner}} valve was sticking. Actions: any FAIL = vehicle off the run until a
        re-test passes; {{foam test}} results to be read out at {{shift change}}.
        Reported by {{CC}} [[name:Lerato Nkosi]], ref [[case_reference:CMA-OPS-0412]]
    """)),
    ("aviation", "near_miss", block("""
        RT – Fire channel – [[date:14/04/2024]]
        16:20:02 TWR: Fire, Tower, {{Full Emergency}}, [[aircraft_registration:G-BXTR]], {{PA-28}}, {{nose gear}} unsafe
        indication, landing runway 09, ten minutes, two POB.
        16:20:15 {{Fire 1}}: Fire 1 copied, Full Emergency, [[aircraft_registration:G-BXTR]], runway 09, two POB.
        16:20:30 Fire 1: Tower, Fire 1, confirm runway 09? {{ATIS}} and the {{windsock}} show 27 in use.
        16:20:38 TWR: Fire 1, apologies, correction, {{runway 27}}, two seven.
        16:20:45 Fire 1: Runway 27, Fire 1, positioning {{Echo}} and {{Foxtrot}}.
        16:29:10 TWR: Fire, [[aircraft_registration:G-BXTR]] landed, nose gear held, taxiing to the {{GA apron}}.
        Note: had crews deployed to the 09 threshold they would have been 2.4 km from touchdown. Good challenge by
        {{Crew Commander}} [[name:Ahmed Farouk]]. {{ATC}} {{watch supervisor}} informed.
    """)),
    ("aviation", "success", block("""
        From: [[name:Marguerite Achterberg]] <[[email:m.achterberg@skelligan-airways.com]]>
        To: [[email:rffs@castlemoorairport.co.uk]]
        Subject: Thank you – [[flight_number:SK208]], [[date:16 April]]

        Dear {{Chief Fire Officer}},
        On behalf of [[organisation:Skelligan Airways]] I want to thank your crews for their response to
        [[flight_number:SK208]] ([[aircraft_registration:G-SKLN]]) on [[date:16 April]], when our captain declared a
        {{PAN}} for a {{smoke}} smell in the cabin. Your crews met the aircraft on the runway, used the
        {{thermal imaging camera}} to clear the {{galley}} and {{avionics bay}} within minutes and kept our
        {{cabin crew}} informed throughout. Our {{first officer}}, [[name:Hannah Leigh]], particularly mentioned
        how calm [[name:Jim]] on the {{hose reel}} was with the passengers at the door.
        Kind regards,
        [[name:Marguerite Achterberg]]
        {{Station Manager}}, [[organisation:Skelligan Airways]]
    """)),
    ("aviation", "incident", block("""
        WATCH LOG – [[date:Sun 21/04]] – {{Red Watch}} (WM [[name:Ashdown]])
        0705 {{roll call}}, 9 riders, {{Category 7}} declared to {{ATC}}.
        0930 {{daily checks}} complete. {{Major 1}} {{BA set}} defect – swapped.
        1244 {{crash alarm}} – {{Aircraft Ground Incident}}, {{stand 6}}, fire in the engine bay of a
        [[organisation:Fairfield Flight Catering]] high-loader, reg [[vehicle_registration:GN16 XZE]].
        1246 {{Rescue 3}} in attendance, fire out with {{dry powder}} and {{CO2}}. Aircraft on stand
        ([[flight_number:HD3327]]) undamaged, boarding held.
        1305 driver, Mr [[name:Gill]], checked by the {{paramedic}} – smoke inhalation, declined hospital.
        1320 stood down. [[flight_number:HD3327]] departed 1 hr late.
        Log ref [[case_reference:CMA-OPS-0455]]. {{Airside Safety}} informed, vehicle impounded.
    """)),
    ("aviation", "near_miss", block("""
        [[name:Femi Adebisi]]  08:12
        morning - {{BA}} set 4 on {{Major 1}} cylinder only reading 110 bar. {{BA board}} from last night says 300 and signed by [[name:RJ]]
        [[name:Rhys Jenkins]]  08:15
        that was me 🙈 I think I read the gauge on set 3 twice
        [[name:Femi Adebisi]]  08:16
        no harm, swapped it. if we'd had a {{shout}} someone would've gone in with a third of a cylinder
        [[name:Bronwen Lloyd]]  08:20
        thanks for catching it [[name:Femi]]. [[name:Rhys]] no blame, but from tonight it's two signatures per set like
        {{Entry Control}}. I'll brief {{Blue Watch}} at {{changeover}} and put it in the {{SOP}}
    """)),
    ("aviation", "success", prose("""
        quick one for the good news log - [[name:bill]] ran his first {{hot fire}} as {{crew commander}} on
        [[date:23 april]] n it was proper smooth. {{RIV}} on scene fast, {{Panther}} monitor on, {{BA}} crew in n the
        {{sector commander}} brief was textbook. {{assessor}} ({{SM}} [[name:Hargreaves]]) signed off his
        {{competency}} on the spot. also big up [[name:faith]] in {{control}} who ran the {{mutual aid}} call
        practice at the same time. {{Green Watch}} 💪 - [[name:kb]]
    """)),
    ("aviation", "incident", prose("""
        Occurrence summary ([[case_reference:CMA-OPS-0467]]; {{MOR}} submitted to the {{CAA}}). On
        [[date:28 April 2024]] at {{18:52}}, [[organisation:Haldane Air]] [[flight_number:HD3341]], an
        {{Embraer 195}} registered [[aircraft_registration:G-HDKE]], carried out a {{high-speed rejected take-off}}
        on runway 27 after a {{bird strike}}. The crew reported {{hot brakes}} and requested the {{RFFS}}.
        {{Major 1}} and {{Rescue 3}} attended within two minutes. The {{thermal imaging camera}} showed brake
        temperatures above 500°C on the left main gear and one {{fusible plug}} released. During the attendance
        one firefighter approached the wheel in line with the axle to check the tyre, which is against our
        {{hot brakes procedure}}; he was recalled by the {{Crew Commander}} and no one was hurt. Passengers
        disembarked by steps after 40 minutes. The commander, Captain [[name:Eleni Markou]], was debriefed.
        Report by {{Watch Manager}} [[name:Tom Ashdown]].
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind330", REPORTS))
