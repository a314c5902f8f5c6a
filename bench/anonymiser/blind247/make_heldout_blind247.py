"""Held-out blind corpus 247: 50 invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
de-identification generalises. Three settings, all people, organisations, places and numbers
invented:

* social_care (17): a children's home for young people with complex trauma - therapeutic staff,
  restraint and de-escalation, missing episodes, police, schools and therapists.
* health (17): an endoscopy unit - booking, bowel prep, sedation, nurse endoscopists,
  decontamination, histology samples and recovery.
* aviation (16): an air traffic control unit at a busy regional airport - tower and approach
  controllers, assistants, trainees and mentors, airspace infringements, runway incursions.

Styles are deliberately mixed: rushed lower-case notes with typos, formal narratives,
chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and signatures,
chat exports (Teams, WhatsApp, Slack), handover notes, minutes with attendance lists, tables,
RT transcripts, shout-outs and thank-you notes. Identifiers are marked `[[label:value]]` and
must-not-redact mentions `{{term}}` (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind247.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        nite shift, me + [[name:kez]] on, [[name:Danny O]] sleeping in. [[name:Tyler-Jay]] ([[age:15]])
        got out the bathroom window approx {{0140}}, {{door sensor}} on side gate went off. checked
        {{CCTV}} + grounds, nothing. rang {{101}} at {{0155}} as hes high risk (the {{CSE}} stuff) -
        log no [[case_reference:BP-0226-4471]]. told {{on call manager}} ([[name:Precious]]) and {{EDT}}.
        [[name:kez]] drove round the usual spots, the precinct + underpass by
        [[organisation:Fernleigh Academy]]. [[name:TJ]] came back himself {{0420}} in a taxi, smelt of
        weed, scratch on L hand. offered {{first aid}}, refused, went to bed. {{RHI}} needs doing
        within 72hrs - can day staff chase his {{SW}} pls. window restrictor broke AGAIN, 3rd time
        this month, reported to maintenance. sorry for spelling v tired
    """)),
    ("social_care", "incident", prose("""
        On [[date:14 March 2024]] at approximately 17:20, [[name:Kacper Wiśniewski]] ([[age:13]]) became
        dysregulated at the dinner table following a phone call with his {{birth father}}.
        {{Residential Support Worker}} [[name:Faith Adeyemi]] and {{Team Leader}}
        [[name:Ruaidhrí Ó Súilleabháin]] used {{PACE}} language, reduced demands and offered the
        {{sensory room}}. [[name:Kacper]] threw a plate which struck [[name:Faith]] on the forearm, then
        took a knife from the cutlery drawer. A two-person {{standing hold}} ({{Team Teach}}) was used
        for approximately three minutes until he dropped the knife. There were no injuries to
        [[name:Kacper]]; [[name:Faith]] was checked by the {{first aider}}. A {{debrief}} was offered to
        both staff the same evening and to [[name:Kacper]] the following morning with his
        {{therapist}}, [[name:Ines Carvalho]]. His {{social worker}} and {{IRO}} were informed.
        Restraint record ref [[case_reference:RPI-0314-02]].
    """)),
    ("social_care", "incident", block("""
        MISSING FROM CARE - INITIAL NOTIFICATION
        Young person: [[name:Shanice Mbeki-Clarke]]
        DOB: [[date_of_birth:02/09/2009]]   Age: [[age:14]]
        LA ref: [[case_reference:LCS-88213]]
        Placing authority: [[organisation:Halverton Borough Council]]
        Placement: [[organisation:Larchfield House]], [[address:14 Cobbett Lane, Ashby Marsh]], [[postcode:BK4 7QT]]
        Police ref: [[case_reference:MFH/24/1187]]
        Date/time last seen: [[date:06/04/24]] {{21:45}}
        Risk grading: {{Medium}}
        Description: black puffer jacket, grey joggers, white trainers with pink laces
        Known associates: [[name:Dionne]] and a male known as "[[name:Smokey]]", believed [[age:19]]
        YP mobile: [[phone:07700 900418]] (switched off)
        Actions: grounds searched, {{101}} called {{21:58}}, {{EDT}} + {{RM}} informed,
        {{Philomena Protocol}} form shared with police.
        Reported by: [[name:Grace Okafor]], {{Shift Lead}}
    """)),
    ("social_care", "success", block("""
        From: Dr [[name:Hannah Lowther]] <[[email:h.lowther@brightwatercare.co.uk]]>
        To: [[organisation:Larchfield]] team
        Date: [[date:26/04/2024]] 16:02
        Subject: Learning - this week's {{LAC review}}

        Hi all,

        Just wanted to share something from [[name:Rhiannon]]'s review on [[date:Tuesday 23rd]].
        Her {{IRO}} read out the {{incident log}} and there have been no {{physical interventions}}
        since {{January}}. When asked what changed, she said it was because "[[name:Joy]] and
        [[name:Sunny]] never shout back". The {{DDP}} training and the {{PACE}} huddles are clearly
        landing. Her school, [[organisation:Hollins Park School]], have noticed too - only one
        {{internal exclusion}} this term. Please keep doing the {{repair conversations}} after any
        rupture, even small ones.

        Thanks,
        [[name:Hannah]]

        Dr [[name:Hannah Lowther]], {{Clinical Psychologist}}
        [[organisation:Brightwater Care Group]] | [[phone:01632 960271]]
    """)),
    ("social_care", "near_miss", block("""
        [[date:19/05/2024]], 20:14 - [[name:Mo Rahman]]: did anyone sign the {{MAR}} for [[name:Aaliyah]]'s {{melatonin}}?? blank on the sheet
        [[date:19/05/2024]], 20:16 - [[name:Bill]]: not me, I was on the cinema trip w/ [[name:Kai]]
        [[date:19/05/2024]], 20:17 - [[name:Amber K]]: think [[name:Ola]] did it, the count is 1 down so prob given but not signed
        [[date:19/05/2024]], 20:19 - [[name:Mo Rahman]]: she's asking for it now saying she hasnt had it. not giving until we know, dont want a double dose
        [[date:19/05/2024]], 20:31 - [[name:Oladipo]]: sorry all my fault, gave it {{19:40}} forgot to sign, {{house phone}} was going. signing now as {{late entry}}
        [[date:19/05/2024]], 20:33 - [[name:Mo Rahman]]: ok ta. will put on {{Datix}} as {{near miss}}, she nearly got 2. lets all do the {{stock count}} before giving pls
    """)),
    ("social_care", "incident", block("""
        HANDOVER - {{lates}} to {{waking night}}, [[date:Sat 8 June]]
        On shift: [[name:Siobhán]] ({{SL}}), [[name:Marek]], [[name:Will]], agency - [[name:Chidi]]

        {{YP1}} [[name:Jayden]]: rough eve. Found out contact with {{mum}} cancelled again. Punched hole
        in lounge door ~19:10, kicked the {{TV}}. Followed his {{behaviour support plan}}, gave space,
        [[name:Will]] stayed with him in the garden. No restraint. Police NOT called (plan says only if
        risk to others). Calmer by 20:30, ate toast. 15 min checks tonight as per plan.
        {{YP2}} [[name:Aroha]]: fine, FaceTimed {{nan}}, in bed {{22:00}}.
        {{YP3}} [[name:Leo]]: staying at [[name:Pat]]'s (old {{foster carer}}), back tomorrow 12:00,
        [[name:Pat]] dropping him.
        Tasks: door + TV on maintenance sheet, incident form done ([[case_reference:IR 2406-118]]),
        email SW {{Mon}}, manager aware.
        [[name:Siobhán]]
    """)),
    ("social_care", "success", block("""
        Restraint Reduction Review - minutes
        Date: [[date:11 July 2024]], {{Training Room}}, [[organisation:Larchfield House]]
        Present: [[name:Grace Okafor]] ({{RM}}), [[name:Tomasz Zieliński]] ({{DM}}), [[name:Akosua Mensah]] ({{therapist}}),
        [[name:Hope Duncan]] ({{SW}}, [[organisation:Halverton Borough Council]]),
        PC [[name:Lee Garside]] ({{Missing Persons Co-ordinator}})
        Apologies: [[name:Ines Carvalho]], [[name:J.K. Brennan]] ({{Virtual School}})

        1. Data: restraints down from 23 in {{Q1}} to 7 in {{Q2}}. Missing episodes down from 11 to 4.
        2. What helped: {{trauma-informed}} huddles at handover; [[name:Tomasz]]'s "no audience" rule;
           {{Signs of Safety}} mapping with the young people; [[name:Hope]] agreed consistent visit days.
        3. Actions: [[name:HD]] to share the {{safety plan}} template with the other LA homes;
           [[name:GO]] to raise with the {{Reg 44}} visitor as good practice for {{Ofsted}}.
        Next meeting: [[date:10 October]]
    """)),
    ("social_care", "incident", block("""
        Physical intervention log - week ending [[date:21/07/24]]
        Date  | Time  | YP           | Staff                     | Hold            | Mins | Injury
        [[date:15/07]] | 16:40 | [[name:Nathaniel B]]  | [[name:Rose]] / [[name:Dmitri Volkov]]      | {{single elbow}}   | 2    | none
        [[date:17/07]] | 21:05 | [[name:Ximena]]       | [[name:Dmitri Volkov]] / [[name:Kwame]]     | {{figure of four}} | 6    | carpet burn YP knee
        [[date:17/07]] | 21:30 | [[name:Ximena]]       | [[name:Kwame]] / [[name:Sunny Bhatt]]       | {{seated}}         | 11   | staff bitten ([[name:Sunny]])
        Notes: second hold on [[date:17/07]] went over 10 mins - {{RM}} reviewing with {{Team Teach}}
        trainer. [[name:Ximena]] seen by {{GP}} at [[organisation:Moorside Surgery]] [[date:18/07]], no
        treatment. {{Body map}} on file. Refs [[case_reference:PI-0717-A]] and [[case_reference:PI-0717-B]].
    """)),
    ("social_care", "success", prose("""
        SHOUT OUT to [[name:Marcus]] and [[name:Ngozi]] on {{lates}} [[date:Thursday 1st Aug]]!!
        [[name:Ellie-Mae]] ([[age:12]]) was at the top of the climbing frame at the park threatening to
        jump after a message from her {{older brother}}. They didn't crowd her, sat on the bench,
        [[name:Marcus]] put her fav playlist on and [[name:Ngozi]] talked about the dog. 40 mins later
        she climbed down herself and asked for chips. No police, no hold, no {{missing from care}}.
        This is exactly what the {{therapeutic model}} looks like. Also thanks to the
        {{control room}} at [[organisation:Brackenshire Police]] who stayed on the phone and didn't send
        a car. proud of you both - [[name:Grace]] ({{RM}})
    """)),
    ("social_care", "incident", block("""
        Chronology - missing episode, [[name:Priyanka Desai]] ([[age:16]]), [[date:3-4 September 2024]]
        15:30  [[name:PD]] not back from [[organisation:Ashby Marsh College]]. Phone to voicemail ([[phone:07700 900562]]).
        16:15  Staff drove bus route. {{Snap Map}} showing her near the bus station.
        16:45  Reported missing to [[organisation:Brackenshire Police]], ref [[case_reference:MFH/24/2290]].
               Graded {{high risk}} ({{CCE}}/{{CSE}} concerns, known link to male "[[name:Dev]]", approx [[age:24yo]]).
        17:00  {{Manager on call}} ([[name:Tunde]]) + {{EDT}} informed. {{SW}} emailed.
        19:20  Police update - car seen, reg [[vehicle_registration:VX19 KHT]], believed [[name:Dev]]'s.
        22:50  [[name:PD]] located by police at a flat, [[address:41 Sorrel Road, Kingsgate]].
               Brought back by PC [[name:Amira Haddad]].
        23:30  Home. Tearful, said she's "fine". Offered food, shower. {{Body map}} - nil marks.
        [[date:4/9]] 10:00  Independent {{RHI}} booked with [[organisation:Barnardo's]].
    """)),
    ("social_care", "near_miss", block("""
        [[name:Dean Fairclough]] 09:12
        about to send the {{PEP}} to school, attaching "PEP summer term" from the shared folder

        [[name:Aleksandra Nowak]] 09:13
        WAIT - there are two with that name, one is [[name:Kai]]'s ([[organisation:St Bede's]]) one is
        [[name:Leon]]'s. check the name on page 1

        [[name:Dean Fairclough]] 09:15
        🙈 it was [[name:Kai]]'s. [[name:Leon]] goes to [[organisation:Hollins Park]]. removed the attachment,
        not sent. shall I rename the files with initials + DOB?

        [[name:Aleksandra Nowak]] 09:17
        initials only pls, no {{DOB}} in filenames ({{GDPR}}). I'll log as near miss
        [[case_reference:NM-24-031]] and raise at {{team meeting}}. good catch, and tell the
        {{Designated Teacher}} it's coming {{Friday}}
    """)),
    ("social_care", "near_miss", prose("""
        [[name:amani]] ([[age:14yo]]) nearly got into a car outside the home approx {{4pm}} today
        [[date:12/10]]. silver {{Golf}}, reg [[vehicle_registration:LK68 ZPW]] or similar, male driver
        maybe 20s, had been beeping. [[name:bill]] saw from kitchen window, went out, [[name:amani]]
        walked back in with him no fuss. car drove off. she said its a mate of [[name:Reece]]'s - not
        known to us. passed reg to police via {{101}} ref [[case_reference:BP-1012-0877]] and {{CE}}
        {{intelligence form}} done. informed {{SW}} and {{MASH}}. need to talk about this at
        {{team meeting}} as 2nd time this month a car has been hanging round, can we get {{CCTV}} at
        the front?? also {{mum}} phoned at 6 asking for [[name:amani]], told her ring back tomorrow
    """)),
    ("social_care", "success", prose("""
        Learning report - positive practice. On the evening of [[date:2 November 2024]],
        [[name:Zainab]] ([[age:15]]) returned from family time at
        [[organisation:Oakfield Contact Centre]] highly distressed and barricaded herself in the
        kitchen holding a pair of scissors. {{Senior Residential Worker}} [[name:Mark Ellison-Tait]]
        recognised the signs described in her {{trauma formulation}} (fear of being moved) and asked
        the other young people and staff to leave the area so that there was no audience. He sat on
        the floor outside the kitchen door, named what he thought she was feeling, and reminded her
        that nobody was ending her placement. After 25 minutes [[name:Zainab]] slid the scissors
        under the door. No {{physical intervention}} and no police involvement were needed. The
        {{Responsible Individual}}, [[name:Yusuf Demir]], has asked that this approach is shared at
        the next {{practice forum}} and written into her {{behaviour support plan}}. [[name:Mark]] was
        offered {{supervision}} the next day.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Lucy Hargreaves]] <[[email:lhargreaves@fernleigh.academy]]>
        To: [[email:larchfield.managers@brightwatercare.co.uk]]
        Cc: [[name:Femi Adebayo]] ({{SW}})
        Date: [[date:14/11/2024]] 13:47
        Subject: [[name:Connor]] - incident at lunch today

        Dear [[name:Grace]],

        I'm sorry to let you know that [[name:Connor]] was involved in a fight in the {{canteen}} at
        around 12:30. Another {{Year 10}} pupil made a comment about him being "in care".
        [[name:Connor]] hit him twice and then ran off site. Our {{DSL}}, Mr [[name:Okonkwo]],
        followed at a distance and rang your office, and [[name:Connor]] was found by your staff
        member [[name:Daoud]] near the retail park. He has a one-day {{fixed-term suspension}}; we
        will hold a {{reintegration meeting}} on [[date:Monday 18th]]. The other pupil's parents do
        not want police involvement. Please let me know if the {{PEP}} needs bringing forward.

        Kind regards
        [[name:Lucy Hargreaves]]
        {{Designated Teacher for Looked After Children}}
        [[organisation:Fernleigh Academy]] | [[phone:01632 960834]]
    """)),
    ("social_care", "near_miss", block("""
        [[name:Wojciech]] 17:02
        who did the shopping? the pesto in the fridge has {{pine nuts}} and [[name:Amelie]] has a {{nut allergy}}

        [[name:Anaïs Fontaine]] 17:04
        me 🙈 it was for the staff pasta, not for the kids menu

        [[name:Wojciech]] 17:05
        [[name:Shola]] nearly used it for tea, it was already open. [[name:Amelie]]'s {{EpiPen}} is in date but still

        [[name:Shola]] 17:07
        yeah I stopped when I saw the label. binned it. can we have a rule no nuts in the house at all? even staff food

        [[name:Anaïs Fontaine]] 17:09
        agreed, sorry. I'll put a sign on the fridge and tell [[name:Grace]] for the {{allergy risk assessment}}

        [[name:Wojciech]] 17:10
        logged as near miss [[case_reference:NM-24-044]]. thanks [[name:Shola]] good catch
    """)),
    ("social_care", "success", prose("""
        Thank you card (copied with permission for the {{learning log}}): "To [[name:Joy]],
        [[name:Big Dave]] and [[name:Little Dave]], thank you for not giving up on me when I was kicking
        off all the time. Thank you for coming to get me from the police station that night and not
        shouting. I am [[age:16]] now and I've got my place at [[organisation:Kingsgate College]] doing
        {{Level 2}} {{Motor Vehicle}}. I will miss the {{Sunday}} roasts. Love [[name:Jaz]] x" -
        [[name:Jaz]] moved to {{semi-independent}} accommodation on [[date:29 November]]; the
        {{leaving care}} {{personal adviser}}, [[name:Ravinder Kaur]], came to the leaving meal. Staff
        felt the {{keyworker}} sessions and a consistent team (very low agency use) made the
        difference.
    """)),
    ("social_care", "incident", prose("""
        Incident - allegation against staff. At 19:45 on [[date:9 December 2024]], [[name:Ebony]]
        ([[age:13]]) told {{waking night}} worker [[name:Faisal Qureshi]] that a member of staff, "the
        new one with the beard", had grabbed her wrist during an argument in the {{minibus}}
        ([[vehicle_registration:BK21 LRV]]) earlier that day. [[name:Faisal]] recorded her words
        verbatim on the {{disclosure form}} and did not ask leading questions. The
        {{Registered Manager}} was informed at 20:05 and the {{LADO}} at
        [[organisation:Halverton Borough Council]] was contacted the next morning (ref
        [[case_reference:LADO-24-0392]]). The staff member, [[name:Gareth Pryce]], has been placed on
        non-contact duties pending the {{strategy discussion}}. [[name:Ebony]]'s mother and
        {{social worker}} were informed and {{Ofsted}} notified under {{Regulation 40}}.
        [[name:Ebony]] was seen by the {{on-call therapist}} and said she felt safe.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        pt mr [[name:k ahmadi]] ([[age:71]]) came for {{colonoscopy}} on the {{0830}} list, had only
        taken half the {{Plenvu}} cos the letter he got was the OLD {{Moviprep}} one. {{BBPS}} 3,
        scope abandoned at {{sigmoid}}, rebooked. checked + 3 other pts on the [[date:thurs 16th]] list
        got same letter. rang them all - 2 fine, mrs [[name:o'driscoll]] hadnt started so talked her
        thru it. told {{booking team}} ([[name:shaz]]) - old template was still on the shared drive,
        she's deleted it. datix [[case_reference:W204518]]. pls everyone check letter version before
        sending!! also {{JAG}} will ask about this so [[name:AB]] can u add to {{Q&S}} agenda
    """)),
    ("health", "incident", prose("""
        On [[date:21 February 2024]] an [[age:84-year-old]] patient, [[name:Edith Marchetti]],
        attended the [[organisation:Lister Endoscopy Unit]] for an {{OGD}} under
        {{conscious sedation}}. She received {{midazolam}} 3 mg and {{fentanyl}} 50 micrograms, which
        exceeds the unit guideline for patients {{over 70}}. During the procedure her {{SpO2}} fell to
        82% and her {{respiratory rate}} to 6. The procedure was stopped and {{naloxone}} 200
        micrograms was given by the {{endoscopist}}, Dr [[name:Oluwaseun Bakare]]; she recovered within
        five minutes and was observed for four hours in {{recovery}} before going home with her
        daughter. Contributing factors: the {{sedation checklist}} was not completed because the list
        was running 40 minutes late, and the {{WHO sign-in}} does not prompt age-adjusted dosing.
        Hospital number [[case_reference:KGH4471903]]; Datix [[case_reference:W205137]]. Reported by
        Sister [[name:Maeve Donnelly]].
    """)),
    ("health", "incident", block("""
        SPECIMEN INCIDENT FORM
        Patient name: [[name:Nguyen Thi Lan]]
        DOB: [[date_of_birth:11/07/1958]]
        NHS No: [[nhs_number:750 570 9526]]
        Hosp No: [[case_reference:KGH2290175]]
        Address: [[address:Flat 3, 27 Mill Race Court, Kingsmere]] [[postcode:KM2 9LD]]
        Procedure: {{colonoscopy}} + {{polypectomy}} x3, [[date:05/03/2024]], {{Room 2}}
        Endoscopist: Dr [[name:Rafael Costa]]
        Issue: pots A and B correctly labelled, but pot C ({{rectal polyp}}) carried the previous
        patient's sticker ({{hospital number}} [[case_reference:KGH2290188]]). Picked up by
        {{cellular pathology}} reception at [[organisation:Kingsmere General Hospital]] on
        [[date:06/03]] when the request form didn't match.
        Immediate action: pot quarantined; endoscopist and nurse ([[name:Ana Lucía Ferreira]])
        confirmed sequence from report images; relabelled under {{two-person check}}.
        Outcome: no harm, result delayed 48h.
        Reported by: [[name:Björn Lindqvist]], {{Band 6}} {{Endoscopy Nurse}}   Ref: [[case_reference:W205688]]
    """)),
    ("health", "near_miss", block("""
        From: [[name:Dimitrios Papadakis]] <[[email:d.papadakis@kingsmere.nhs.uk]]>
        To: Endoscopy Team; [[name:Amber Whitfield]]
        Date: [[date:Wed 10 April 2024]] 11:20
        Subject: Near miss - scope C7 after {{AER}} cycle fail

        Hi all,

        Near miss this morning. Colonoscope C7 came out of {{AER}} 3 with a {{cycle fail}} (low
        {{disinfectant}} concentration) but the printout wasn't checked and it was hung in the
        {{drying cabinet}}. [[name:Amber]] picked it up for the 09:30 patient and noticed the tracking
        screen showed amber, not green. Scope not used, reprocessed and {{QA}} done.
        Root cause: printout check skipped during a busy changeover, and the {{AER}} alarm volume had
        been turned down. It's back up and I've asked [[organisation:Medisteril Services]] to lock the
        setting. Well done [[name:Amber]] - proper stop-the-line.

        Thanks
        [[name:Dimitri]]
        {{Decontamination Lead}}, [[organisation:Lister Endoscopy Unit]]
    """)),
    ("health", "near_miss", block("""
        [[name:Priya S]] 14:02
        @[[name:Callum]] pre-assessment call for Mr [[name:Hadley]] on tomorrow's {{ERCP}} list - he says nobody told him to stop his {{apixaban}}??

        [[name:Callum Reid]] 14:05
        he's down for {{sphincterotomy}} so high risk procedure, should've stopped 2 days ago ({{BSG}} guidance). checking booking notes

        [[name:Callum Reid]] 14:09
        booking form says "anticoagulant: none" - {{GP}} letter from [[organisation:Brook Lane Surgery]] says apixaban 5mg {{BD}} for {{AF}}

        [[name:Priya S]] 14:11
        ok I'll tell him not to take tonight's but tomorrow is too soon. moving him to the [[date:2nd May]] list, will ring him back on [[phone:07700 900733]]

        [[name:Callum Reid]] 14:12
        thanks. logging as NM [[case_reference:W206014]]. can we add a {{meds rec}} step for the booking clerks
    """)),
    ("health", "success", prose("""
        Shout out to [[name:Faith]] ({{nurse endoscopist}}) on the [[date:Thursday 23 May]] afternoon
        list! Her patient became distended and in a lot of pain after a difficult loop during a
        routine {{flexi sig}}. She stopped, examined him, sent him straight for an erect
        {{chest X-ray}} which showed {{free air}}, and escalated to the {{surgical registrar}} before
        the {{CO2}} had even cleared. He was in theatre within three hours and is recovering well on
        [[organisation:Nightingale Ward]]. The {{consultant}} said early recognition made all the
        difference. Perfect use of the {{perforation}} pathway we practised in the {{sim}} session in
        {{March}}. Thank you [[name:Faith]]! - [[name:Joanne]] & the {{Band 7s}}
    """)),
    ("health", "incident", block("""
        Timeline - patient fall, {{Recovery}} bay 4, [[date:30/05/2024]]
        Pt: [[name:Harold Jenkins-Baptiste]], [[age:79]], hosp no [[case_reference:KGH3318462]]
        10:05  {{colonoscopy}} complete, {{midazolam}} 2mg, {{fentanyl}} 25mcg. To recovery, {{NEWS2}} 1.
        10:35  Pt asked for toilet. {{HCA}} [[name:Lin]] assisted to {{commode}}, left briefly to answer call bell bay 2.
        10:38  Pt stood unaided, fell sideways, hit R elbow on trolley. No head strike.
        10:40  Reviewed by {{SHO}} (Dr [[name:Iqbal]]). {{Skin tear}} R elbow dressed. Neuro obs x4 normal.
        11:30  {{Falls risk assessment}} found not done pre-procedure (not on admission checklist).
        12:45  Discharged home with wife. {{Duty of candour}} conversation by Sister [[name:Donnelly]].
        Datix [[case_reference:W206311]]
    """)),
    ("health", "success", block("""
        Endoscopy Quality & Safety meeting - [[date:18 June 2024]]
        Attendees: [[name:Maeve Donnelly]] ({{Unit Manager}}), Dr [[name:Oluwaseun Bakare]] ({{Clinical Lead}}),
        [[name:Dimitrios Papadakis]] ({{Decon Lead}}), [[name:Rose-Marie Achterberg]] ({{Nurse Endoscopist}}),
        [[name:Haruto Sato]] ({{Histopathology}}), [[name:Bill Okoro]] ({{Booking}})
        Apologies: [[name:A. Fernández]], [[name:JK]]

        Item 3 - Specimen labelling: since the "label at the pot, in the room" rule started in
        {{April}}, 0 labelling errors in 1,240 pots (previously ~6 a quarter). [[name:Haruto]]
        thanked the team on behalf of {{cellular pathology}}.
        Item 4 - {{JAG}}: accreditation visit booked [[date:12 September]]. [[name:MD]] to circulate {{GRS}}.
        Item 5 - Booking letters: [[name:Bill]] confirmed the old {{Moviprep}} template is removed; letters
        now version-controlled.
        Actions: [[name:MD]] - {{GRS}} by [[date:1 Aug]]; [[name:BO]] - audit 20 letters a month.
    """)),
    ("health", "incident", block("""
        Histology tracking discrepancy - list of [[date:Tue 9 July]] ({{Room 1}}, Dr [[name:Costa]])
        Pot | Patient              | Hosp no     | Site                         | Sent | Recd path
        A   | [[name:G. Whitcombe]]         | [[case_reference:KGH1180234]]  | {{caecum}}                       | Y    | Y
        B   | [[name:G. Whitcombe]]         | [[case_reference:KGH1180234]]  | {{sigmoid}}                      | Y    | Y
        C   | [[name:Mehmet Yılmaz]]        | [[case_reference:KGH5529017]]  | {{D2}} biopsies                  | Y    | NOT RECEIVED
        D   | [[name:Sunita Ramaswamy]]     | [[case_reference:KGH4402961]]  | {{gastric antrum}} ({{CLO}})     | Y    | Y
        Pot C found [[date:11/07]] in the {{specimen fridge}} behind the {{formalin}} stock - missed by
        the {{porter}} round. Biopsies were for ?{{coeliac}}; processed late, no repeat needed. Pt
        informed by {{consultant}}. Action: porters to sign the tracking book.
        Ref [[case_reference:W207002]] - [[name:Hope]] (Endo {{Band 5}})
    """)),
    ("health", "near_miss", block("""
        RECOVERY HANDOVER - pm list [[date:24/07]]
        Bay 1 - [[name:Joseph Mwangi]], [[age:58]], {{OGD}} + {{banding}}, sedated. Lives alone. Booking
        said nephew [[name:Kwabena]] collecting - nephew rang 15:10 saying he's stuck at work.
        Pt tried to leave at 15:30 to "get a taxi". {{Sedation}} = no driving, not home alone for
        24 hrs. [[name:Tash]] sat with him and explained. Nephew now arriving 17:30, pt waiting in
        {{discharge lounge}} till then.
        Bay 2 - Mrs [[name:Lowe]], {{flexi sig}}, {{Entonox}} only - home.
        Learning: {{pre-assessment}} didn't confirm escort for sedation, booking just copied
        "escort: yes" from the referral. Suggest phoning the escort the day before.
        Near miss logged [[case_reference:W207215]] - [[name:Tash]]
    """)),
    ("health", "near_miss", block("""
        [[date:03/09/2024]], 07:48 - Sr [[name:Gemma]]: Morning all, reminder {{08:00}} {{safety huddle}}
        [[date:03/09/2024]], 08:52 - [[name:Rhys]]: Heads up - pt for 09:00 in room 3 (Mr [[name:Barzani]]) consent form says "diagnostic {{OGD}}" but referral is for {{dilatation}}. Nobody spotted at check-in
        [[date:03/09/2024]], 08:54 - Dr [[name:Chioma]]: Thanks [[name:Rhys]], I'll reconsent him properly for dilatation + risks ({{perforation}} 1 in 100). Don't start the {{WHO}} until I'm there
        [[date:03/09/2024]], 09:20 - Sr [[name:Gemma]]: Done, well spotted. [[name:Rhys]] can you {{Datix}} as near miss please
        [[date:03/09/2024]], 09:31 - [[name:Rhys]]: Done [[case_reference:W207590]] 👍
    """)),
    ("health", "success", prose("""
        Card received [[date:12 September]]: "Dear all at the endoscopy unit, especially
        [[name:Sunny]] and Nurse [[name:Pat]], I was terrified coming in for my camera test after a bad
        experience at another hospital. [[name:Pat]] held my hand, talked me through every bit and let
        me have the {{Entonox}} instead of the {{sedation}} so I could drive my granddaughter home
        afterwards. The doctor, I think Dr [[name:Adeyemi-Rowe]], showed me the screen which actually
        helped. Everything clear! I won't be scared of the next one. With thanks, [[name:Peggy Holloway]]"
        - Shared at {{huddle}} and added to the {{FFT}} comments. Lovely example of offering
        {{gas and air}} as a real choice at {{pre-assessment}}.
    """)),
    ("health", "near_miss", prose("""
        nearly scoped wrong pt!! 2 pts called [[name:Patel]] on the am list, not related - mr
        [[name:Dilip Patel]] {{flexi sig}} and mrs [[name:Hema Patel]] {{OGD}}. i called out
        "[[name:Patel]]" in the waiting area and mrs [[name:patel]] came thru, got as far as the
        {{procedure room}}. at the {{WHO checklist}} Dr [[name:Weng]] asked her {{DOB}} + what she was
        having done, she said "the one down below" (she was confused, her letter said OGD). checked
        wristband - wrong pt. no harm, nothing given. we now use full name + DOB at the door not
        surname. [[name:jk]] going to flag similar names on the list with a {{red dot}}. {{datix}} done
        [[case_reference:W207844]]
    """)),
    ("health", "success", prose("""
        Good practice report. During telephone {{pre-assessment}} on [[date:1 October 2024]],
        {{staff nurse}} [[name:Ifeoma Nwosu]] identified that [[name:Gordon McAllister]] ([[age:62]]),
        booked for {{ERCP}}, had severe {{obstructive sleep apnoea}} on {{CPAP}} and a {{BMI}} of 44,
        none of which was on the referral from [[organisation:Thornbury Medical Practice]]. She
        escalated to the {{anaesthetic}} team and the case was moved to a {{propofol}} list with an
        {{anaesthetist}} and {{capnography}}. On the day Mr [[name:McAllister]] brought his own CPAP
        machine as advised and the procedure was uneventful. Without this step he would have had
        {{midazolam}} and {{fentanyl}} on a standard list. [[name:Ifeoma]] has since added a
        {{STOP-BANG}} question to the pre-assessment script, now used across the unit. NHS number
        [[nhs_number:602 343 9683]] for reference.
    """)),
    ("health", "incident", block("""
        From: [[name:Beatriz Santos]] <[[email:beatriz.santos2@kingsmere.nhs.uk]]>
        To: [[email:interpreting.bookings@kingsmere.nhs.uk]]
        Cc: Sister [[name:Maeve Donnelly]]
        Date: [[date:15 October 2024]] 10:12
        Subject: Incident - no interpreter for 09:00 colonoscopy

        Hello,
        Our patient Mrs [[name:Fatoumata Diallo]] (hosp no [[case_reference:KGH6603319]]) attended for
        {{colonoscopy}} today. The booking requested a {{Pular}}-speaking interpreter (confirmation
        [[case_reference:INT-558120]]) but nobody arrived, and the telephone service
        ([[organisation:Tongues Direct Ltd]]) had no Pular speaker available. Her {{son}} ([[age:15]])
        offered to interpret but under our policy we cannot use family members, especially children,
        for {{consent}}. The procedure was cancelled after she had completed the full
        {{bowel prep}}, which she will now have to repeat. Could you confirm what happened with the
        booking? I have logged it on {{Datix}} ([[case_reference:W208120]]).

        Thanks,
        [[name:Beatriz]]
        {{Staff Nurse}}, [[organisation:Lister Endoscopy Unit]]
    """)),
    ("health", "success", block("""
        #endo-decon   [[date:Mon 4 Nov]]
        [[name:dimitri.p]]  07:31
        heads up - {{scope tracking}} system is down ({{IT}} say server issue). going to paper {{traceability}} forms
        [[name:sam.oyelaran]]  07:40
        paper forms are in the blue folder in the {{clean room}}. I'll stick the scope barcode to each pt's {{ICP}}
        [[name:dimitri.p]]  09:55
        all 14 scopes traced on paper so far, every {{AER}} printout matched to a patient
        [[name:rose.achterberg]]  16:02
        system back up. [[name:sam]] and I back-entered all 31 procedures, 100% match, no scope released without a pass 👏
        [[name:dimitri.p]]  16:05
        thanks both. writing this up as good practice for {{JAG}} - exactly why we kept the paper backup
    """)),
    ("health", "incident", block("""
        Chronology - delayed {{post-polypectomy bleed}}
        Patient: [[name:Wiremu Tane]], [[age:67]], NHS [[nhs_number:824 318 1407]]
        [[date:19/11/24]] 14:20  {{colonoscopy}}, 25mm {{EMR}} {{ascending colon}}, clips x2. {{Clopidogrel}} held 7 days as planned. Home 16:30 with {{discharge advice}} leaflet.
        [[date:20/11/24]] 22:10  Pt rang the unit number on the leaflet - answerphone (unit closed). Message not picked up.
        [[date:21/11/24]] 03:40  Attended {{ED}} by ambulance, {{Hb}} 78. Transfused 2 units.
        [[date:21/11/24]] 09:15  Repeat scope, bleeding point clipped. Admitted to [[organisation:Fleming Ward]].
        [[date:22/11/24]] 08:00  Answerphone message found by {{receptionist}} [[name:Lorraine]].
        Learning: leaflet gave the unit number, not {{ED}}/{{111}}, for out-of-hours. Leaflet updated
        [[date:25/11/24]] (owner [[name:Maeve]]). Datix [[case_reference:W209001]].
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        RT transcript extract - [[organisation:Eastmoor Tower]] 118.455, [[date:08 January 2024]]
        Prepared by [[name:Caoimhe Brannigan]] ({{Watch Manager}}) from the {{voice recorder}}
        1402:10 [[flight_number:SKR417]]: [[organisation:Eastmoor Tower]], [[flight_number:Skylark four one seven]], ready at {{Alpha One}}
        1402:14 {{TWR}}: [[flight_number:Skylark four one seven]], line up and wait runway two seven
        1402:18 [[flight_number:SKR417]]: Line up and wait two seven, [[flight_number:Skylark four one seven]]
        1402:31 {{BIRD1}}: Tower, {{Bird One}}, request cross two seven at {{Charlie}} for dispersal
        1402:35 {{TWR}}: {{Bird One}}, hold short two seven, traffic lining up
        1402:38 {{BIRD1}}: Crossing two seven at {{Charlie}}, {{Bird One}}
        1403:02 {{TWR}}: [[flight_number:Skylark four one seven]], cleared for take-off two seven, surface wind two five zero one two
        1403:05 [[flight_number:SKR417]]: Stopping, vehicle on the runway, [[flight_number:Skylark four one seven]]
        1403:07 {{TWR}}: {{Bird One}}, vacate the runway immediately
        Note: incorrect {{readback}} not challenged by the {{trainee}}, [[name:Elif Kaya]]; {{OJTI}}
        [[name:Jonty]] was on the landline. Vehicle [[vehicle_registration:YN17 WTR]]. {{MOR}} ref
        [[case_reference:MOR-24-0108]].
    """)),
    ("aviation", "incident", prose("""
        infringement approx {{1515}} - {{7000}} squawk popped up 4nm S of the field inside the
        {{CTR}} at 1800ft, no call. tried {{FIS}} freq + {{guard}}, got him eventually -
        [[aircraft_registration:G-BZTK]], {{PA-28}} out of [[organisation:Wexcombe Airfield]], student on
        first solo nav?? 2 {{IFR}} inbounds had to be vectored round him, [[flight_number:CBZ22M]] took
        about 12 extra track miles and [[flight_number:HRN802]] went into the hold at {{MOXEL}}. told
        [[aircraft_registration:G-BZTK]] to squawk {{7000}} + {{FMC}} next time. pilot gave name as
        [[name:jamie whitlock]], instructor at the club is [[name:Sven]]. filed {{MOR}} + infringement
        report to the {{CAA}}. [[name:dk]] was mentoring me so he saw it all, v busy session
    """)),
    ("aviation", "near_miss", prose("""
        At 0812 UTC on [[date:17 February 2024]], [[flight_number:Skylark 233]], an {{ATR 72}}, was
        instructed to go around from 3 nm final for runway 27 because the preceding arrival,
        [[flight_number:HRN5502]], an {{Embraer 175}}, was slow to vacate and missed the {{rapid exit}}
        at {{Delta}}. Spacing on final had been set at 5 nm by the {{Approach}} controller,
        [[name:Mateus Oliveira]], but a tailwind on the {{ILS}} compressed the gap to 3.4 nm. The
        {{Tower}} controller, [[name:Rose Fairbairn]], recognised the risk early and issued the
        go-around before minimum separation was lost; both aircraft were kept apart by the
        {{missed approach}} procedure and [[flight_number:Skylark 233]] landed 14 minutes later.
        Contributory factors: the {{spacing tool}} did not show the tailwind component, and
        [[name:Rose]] noted that landing clearance had not yet been given. Recommendation: add a
        tailwind advisory to the {{ATIS}} and review {{TBS}}.
    """)),
    ("aviation", "success", block("""
        From: [[name:Grzegorz Mazur]] <[[email:g.mazur@eastmoor-atc.co.uk]]>
        To: [[name:Olu Bankole]]; Unit Training
        Date: [[date:Thu 7 March 2024]] 18:40
        Subject: Well done - validation session today

        [[name:Olu]],

        Just a note while it's fresh. Your handling of the {{PAN}} from [[aircraft_registration:G-CKLM]]
        (rough-running engine, {{Cessna 172}}) while two [[organisation:Skylark Regional]] departures
        were climbing out was textbook: you gave him the direct track, kept the frequency calm and
        still remembered the {{traffic information}} for the {{VFR}} on the {{LARS}} frequency.
        I didn't have to touch the {{override}} once. I've recommended you for {{validation}} to the
        {{Unit Training Officer}}.

        Cheers
        [[name:Greg]]
        {{OJTI}} / {{ATCO}} Radar, [[organisation:Eastmoor Airport]]
    """)),
    ("aviation", "incident", block("""
        Event log - [[flight_number:CBZ781]] prolonged loss of comms, [[date:23/03/24]]
        1120  [[flight_number:CBZ781]] ({{A320}}) transferred from area control, no call on [[organisation:Eastmoor Radar]] 119.205.
        1123  Blind transmissions x3, no reply. Area tried on their freq - nothing. {{SSR}} shows {{Mode C}} {{FL090}} as cleared.
        1126  Asked [[flight_number:HRN340]] to relay on {{121.5}} - no contact.
        1128  {{Supervisor}} ([[name:Faisal Rahimi]]) informed. {{RFFS}} to {{local standby}}.
              [[organisation:Caledonian Breeze]] ops called on [[phone:01632 960555]] to try {{SELCAL}}.
        1131  [[flight_number:CBZ781]] called on Radar freq - had 119.250 selected by mistake. Apologetic.
        1144  Landed runway 27 normally. Local standby stood down.
        Compiled by [[name:Nikolai Petrov]], {{ATCO}} Radar. {{MOR}} to follow, ref [[case_reference:EMA-OR-24-0062]].
    """)),
    ("aviation", "near_miss", block("""
        [[date:Sat 13 April]]
        [[name:Hamid Rezaei]] 06:02
        morning, just taken over tower. handover said {{runway inspection}} done 0540?
        [[name:Lauren Tsang]] 06:03
        yes ops did it, all clear
        [[name:Hamid Rezaei]] 06:10
        ops just called asking to do the inspection now - they haven't done it. the 0540 was the {{AGL}} check
        [[name:Lauren Tsang]] 06:12
        oh no sorry. I marked the strip "insp complete" when it was the lighting. first departure is [[flight_number:SKR101]] at 0630
        [[name:Hamid Rezaei]] 06:14
        ok will hold [[flight_number:SKR101]] if needed, ops on the runway now. they found {{FOD}} near the {{Golf}} link - metal strip, removed
        [[name:Lauren Tsang]] 06:31
        logging as near miss. {{handover checklist}} needs separate lines for inspection vs lighting
    """)),
    ("aviation", "success", block("""
        [[organisation:Eastmoor ATC]] - Unit Safety Meeting minutes, [[date:2 May 2024]]
        Attendance: [[name:Caoimhe Brannigan]] ({{Watch Manager}}), [[name:Will Ashdown]] ({{ATCO}}, {{OJTI}}),
        [[name:Mark Fenwick]] ({{ATSA}}), [[name:Priti Vaghela]] ({{Safety Manager}}), [[name:Teodor Ionescu]] ({{ATCO}})
        Apologies: [[name:Grace Lim]], [[name:Nikolai Petrov]]

        1. Infringements: down 40% on last spring since the {{FMC}} briefings at
           [[organisation:Wexcombe Airfield]] and [[organisation:Eastmoor Flying Club]].
        2. {{Hot spot}} at {{Charlie}}: new {{stop bar}} in service, no incursions since installation.
        3. Reporting culture: 31 internal reports this quarter, highest ever - [[name:PV]] thanked
           the watches.
        Actions: [[name:WA]] to run the {{TRM}} session on {{readback}} errors; [[name:PV]] to share
        the {{CAA}} infringement data.
        Next meeting [[date:6 June]].
    """)),
    ("aviation", "incident", block("""
        Airspace infringement log - {{CTR}}/{{CTA}}, [[date:May 2024]]
        Date  | Time(Z) | Reg       | Type         | Alt   | ATCO | Outcome
        [[date:04/05]] | 1022    | [[aircraft_registration:G-CDVX]]    | {{C152}}         | 2100  | [[name:NP]]   | 2 {{IFR}} delayed, {{MOR}}
        [[date:11/05]] | 1447    | [[aircraft_registration:G-OJAZ]]    | {{Ikarus C42}}   | 1500  | [[name:HR]]   | {{TI}} issued, no impact
        [[date:11/05]] | 1510    | unknown   | ({{7000}})       | 2400  | [[name:HR]]   | [[flight_number:Skylark 609]] avoiding action
        [[date:19/05]] | 1205    | [[aircraft_registration:G-BZTK]]    | {{PA-28}}        | 1800  | [[name:LT]]   | repeat - {{CAA}} informed
        Note: 4 in a month. [[aircraft_registration:G-BZTK]] also infringed in {{March}}; the club
        ([[organisation:Wexcombe Airfield]]) has grounded the student pending retraining.
    """)),
    ("aviation", "success", prose("""
        Big shout out to [[name:Hope Kariuki]], our {{ATSA}} on the afternoon watch
        [[date:Sunday 26 May]]. While sorting the {{flight progress strips}} she spotted a large
        flock of {{lapwings}} settling on the grass beside runway 09. She told the tower controller,
        [[name:Aarav]], straight away; he held [[flight_number:HRN212]] at the {{holding point}} and
        called {{Bird Control}}, who dispersed the flock within six minutes. After the
        {{bird strike}} on the same runway last autumn this was a really sharp catch.
        [[name:Hope]] is going to talk about it at the next {{TRM}} day. Cheers,
        [[name:Caoimhe]] - {{Watch Manager}}
    """)),
    ("aviation", "near_miss", block("""
        [[organisation:Eastmoor Approach]] 119.205 - [[date:3 June 2024]] (transcribed by [[name:Teodor Ionescu]])
        0917:04 APP: [[flight_number:Skylark three one two]], descend altitude three thousand feet, {{QNH}} one zero one two
        0917:09 [[flight_number:SKR321]]: Descend three thousand, one zero one two, [[flight_number:Skylark three two one]]
        0917:40 [[flight_number:SKR312]]: [[organisation:Eastmoor]], [[flight_number:Skylark three one two]], still at five thousand, confirm descent?
        0917:44 APP: [[flight_number:Skylark three one two]], descend three thousand. [[flight_number:Skylark three two one]], stop descent, climb {{flight level}} five zero, you are not cleared
        0917:49 [[flight_number:SKR321]]: Climbing five zero, [[flight_number:Skylark three two one]], sorry
        Notes: {{STCA}} did not activate; closest 4.1 nm / 600 ft. Similar callsigns on frequency and
        no {{callsign confusion}} warning passed. [[organisation:Skylark Regional]] asked to change one
        callsign. {{MOR}} [[case_reference:EMA-OR-24-0139]].
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE REPORT (internal)          Ref: [[case_reference:EMA-OR-24-0177]]
        Date/Time: [[date:14/06/2024]] 1536Z
        Reporter: [[name:Adaeze Okonjo]]    Position: {{ADC}}
        Contact: [[phone:07700 900907]] / [[email:a.okonjo@eastmoor-atc.co.uk]]
        Aircraft: [[aircraft_registration:G-EMLX]] ({{DA42}}, [[organisation:Horizon Aero Training]])
        Other: [[flight_number:HRN614]] on 4 nm final, runway 27
        Description: [[aircraft_registration:G-EMLX]] was cleared to {{holding point}} {{B1}}. Pilot read
        back correctly but crossed the lit {{stop bar}} and stopped about 10 m onto the runway.
        [[flight_number:HRN614]] was sent around. Instructor [[name:Bogdan]] said the student
        mistook the {{runway guard lights}} for the taxiway centreline.
        Classification: {{runway incursion}}, {{Category C}}. {{MOR}} submitted to the {{CAA}}.
    """)),
    ("aviation", "near_miss", block("""
        WATCH HANDOVER - {{Tower}}, [[date:Fri 5 July]], 1400 changeover
        From: [[name:Rosa]]   To: [[name:Kwame Asante]]
        Runway 27 in use, {{ATIS}} {{Foxtrot}}, {{LVPs}} not in force.
        Traffic: [[aircraft_registration:G-SHRK]] circuits till 1500. [[flight_number:Heron 740]] now on stand.
        Event 1315: I cleared [[flight_number:Heron 740]] to land with {{Works 2}} still on the runway at
        {{Echo}} doing light repairs. Their strip was in the wrong bay (under "vacated").
        {{ATSA}} [[name:Pat]] noticed and shouted; [[flight_number:Heron 740]] sent around from 1.5 nm,
        landed 1332. {{MOR}} filed, {{Watch Manager}} aware. Works 2 now on the grass at {{Echo}}
        and must call before re-entering.
        Equipment: {{ILS}} normal, {{DVOR}} on test until 1600.
        [[name:Rosa]]
    """)),
    ("aviation", "near_miss", block("""
        [[date:20/07/2024]], 21:14 - [[name:Nikolai P]]: guys just noticed the roster has me on nights {{Sun}} then the early {{Mon}} 0630. that's under the 12 hr break - {{SRATCOH}} breach
        [[date:20/07/2024]], 21:16 - [[name:Joy Whitaker]]: that's the roster tool again, it did the same to [[name:Faisal]] in {{June}}
        [[date:20/07/2024]], 21:18 - [[name:Caoimhe]] ({{WM}}): thanks [[name:Nik]], good spot. I'll swap you with [[name:Elif]] - [[name:Elif]] you ok for Mon early?
        [[date:20/07/2024]], 21:25 - [[name:Elif]]: yep fine 👍
        [[date:20/07/2024]], 21:27 - [[name:Caoimhe]] ({{WM}}): logging as near miss + raising with [[organisation:Rostra Systems]]. nobody works a breach shift, ever, just shout
    """)),
    ("aviation", "success", prose("""
        At 1947 on [[date:11 August 2024]], [[flight_number:CBZ455]] ({{A320}}, inbound to another
        airport) declared a {{MAYDAY}} for a passenger in suspected {{cardiac arrest}} and requested the
        nearest suitable airfield. The {{Approach}} controller, [[name:Lior Ben-David]], gave a direct
        routing and continuous descent while {{ATSA}} [[name:Sunita]] coordinated the
        [[organisation:Eastmoor Airport]] {{fire service}}, {{ambulance control}} and the handling
        agent, [[organisation:Apex Ground Services]]. The {{Tower}} controller, [[name:Fintan]], held
        two departures and cleared the runway early. The aircraft landed at 2004 and paramedics were
        at the stand by 2009. The passenger, a [[age:64-year-old]] man, survived and was taken to
        [[organisation:Kingsmere General Hospital]]. Learning: the pre-agreed {{RVP}} for ambulances
        worked exactly as exercised; the {{debrief}} recommended adding the airline's medical desk
        number to the {{ATSA}} checklist.
    """)),
    ("aviation", "success", block("""
        From: Capt [[name:Rebecca Oduya]] <[[email:r.oduya@skylarkregional.com]]>
        To: [[organisation:Eastmoor ATC]] Watch Managers
        Date: [[date:2 September 2024]]
        Subject: Thank you - [[flight_number:SKR560]] hydraulic issue [[date:30 Aug]]

        Dear all,
        I was the {{captain}} of [[flight_number:Skylark 560]] on {{Friday}} evening. We had a
        {{hydraulic}} failure on the climb and needed time to run the {{QRH}}. The controller - I
        believe [[name:Dan]] - gave us exactly the space we asked for, a long final and no questions
        we didn't need. Please pass on our thanks to him and to the {{ATSA}} who phoned our ops. Our
        {{first officer}}, [[name:Kenji Watanabe]], said it was the calmest frequency he has heard.

        Regards
        [[name:Rebecca]]
        Captain [[name:R. Oduya]] | {{Base Captain}}, [[organisation:Skylark Regional]] | [[phone:07700 900284]]
    """)),
    ("aviation", "incident", block("""
        [[organisation:Eastmoor Radar]] - [[date:28/09/24]] - level bust, [[flight_number:HRN9WQ]]
        1633:20 RAD: [[flight_number:Heron niner whiskey quebec]], climb {{flight level}} six zero
        1633:25 [[flight_number:HRN9WQ]]: Climb flight level seven zero, [[flight_number:Heron niner whiskey quebec]]
        1633:26 (readback not corrected - {{ATCO}} on landline to [[organisation:Wexcombe Airfield]] re {{parachute dropping}})
        1634:50 {{STCA}} - [[flight_number:HRN9WQ]] passing {{FL064}} vs [[flight_number:SKR718]] {{FL070}} opposite direction
        1634:52 RAD: [[flight_number:Heron niner whiskey quebec]], {{avoiding action}}, turn left immediately heading one eight zero, descend flight level six zero
        1634:58 [[flight_number:HRN9WQ]]: Left one eight zero, descending six zero, {{TCAS RA}}, [[flight_number:Heron niner whiskey quebec]]
        Closest point 2.9 nm / 500 ft. Both crews filed. {{ATCO}}: [[name:Ezinne Obi]], on shift
        since 1300 with one break. {{Safety Manager}} reviewing landline priority during busy
        periods. Ref [[case_reference:EMA-OR-24-0201]].
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind247", REPORTS))
