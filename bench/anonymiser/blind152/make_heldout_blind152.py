"""Held-out blind corpus 152: just-culture incident, near-miss and learning reports.

Settings: a local authority's virtual school and children missing education (CME) team; an
acute hospital's radiology department and ultrasound service; a regional airport's passenger
services, lost property and special assistance desk. Written blind, the way UK staff type:
rushed lower-case notes, careful narratives, chronologies, e-mails with signatures, Teams and
WhatsApp chat, incident forms with field labels, handover sheets, debrief notes and shout-outs.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind152.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        cme referral for [[name:kacper]] [[name:nowak]] ([[age:13]]) sat in the shared inbox from
        [[date:2 oct]] to [[date:16 oct]] bc the {{CME officer}} was on leave and nobody had delegated
        access. by the time i picked it up school ([[organisation:Hollins Park Academy]]) had already
        taken him off roll under the {{20 day rule}}. neighbour says family moved to
        [[address:41 Tenter Street]] [[postcode:LS11 6QT]] but nobody answering. {{MASH}} check nothing
        known, {{DWP}} trace on mums NI [[ni_number:PN 73 40 18 D]] pending. sibling at primary also not
        attending?? learning - {{out of office}} on a shared mailbox isnt cover, need a named deputy
        each week. logged as [[case_reference:CME-24-0318]]
    """)),
    ("social_care", "success", block("""
        [[name:Grace Adeyemi]]  10:14
        massive shout out to [[name:Tomasz]] in the {{CME team}} 👏 he spent his whole friday ringing round {{admissions}} in three LAs and found the [[name:Mensah]] twins on roll at [[organisation:St Aidan's C of E Primary]] in the next borough. they'd been off our radar since [[date:20 May]]
        [[name:Tomasz Wiśniewski]]  10:21
        ha thanks. to be fair the {{school census}} {{CTF}} was what cracked it, just had to chase the {{data manager}}
        [[name:Grace Adeyemi]]  10:22
        still, 2 kids back on the grid. closing [[case_reference:LCS 5521907]] and [[case_reference:LCS 5521908]] 🎉
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Siobhan Kearney]]
        Sent: [[date:Tuesday 12 March 2024]] 16:47
        To: Virtual School Team
        Subject: near miss - PEP nearly to wrong carer

        Hi all,

        Flagging a near miss so we can learn from it. I was sending the {{PEP}} for [[name:Aaliyah]] (Y9) and {{Outlook}} autofilled "Mrs [[name:Roberts]]" - but it was the wrong [[name:Roberts]], a foster carer for a different child on our books. The PEP has the school name, the {{SDQ}} score and contact arrangements with birth {{mum}} in it. The 2-minute {{delay send}} rule caught it and I pulled it back from the outbox.

        Suggest we all clear autocomplete and use the {{Egress}} secure link for PEPs, not attachments.

        Thanks
        [[name:Siobhan]]

        [[name:Siobhan Kearney]] | {{Designated Teacher Liaison Officer}}
        Virtual School for Children in Care
        [[phone:0113 496 0275]] | [[email:s.kearney@calderbrook.gov.uk]]
    """)),
    ("social_care", "incident", block("""
        CME chronology - [[name:Andrei]] and [[name:Ioana Popescu]] (LL ref [[case_reference:LL-882045]])
        [[date:04/09]]  neither child returned after summer. school ([[organisation:Moorside Junior School]]) rang {{mum}}'s mobile [[phone:07845 210 663]], no answer
        [[date:11/09]]  {{home visit}} by {{EWO}} to [[address:7 Carr Bank Road]], curtains drawn, post piling up
        [[date:18/09]]  referral to {{CME team}}. checks: {{Police}}, {{health}}, {{housing}} - all nothing current
        [[date:25/09]]  landlord says family "gone back to Romania" but no forwarding address
        [[date:09/10]]  school removed from roll WITHOUT our agreement - should have waited for CME sign-off
        [[date:14/11]]  {{dad}} turns up at {{Admissions}}, kids never left the UK, staying with aunt in [[postcode:BD3 9PL]] area
        learning: off-rolling before CME checks were complete meant ~6 wks where no agency was holding these children. nobody tried the interpreter line for the aunt either
    """)),
    ("social_care", "success", prose("""
        I want to record some really good practice from Ms [[name:Hope Okonkwo]], {{designated teacher}}
        at [[organisation:Brackenfield High School]]. [[name:Jayden]] ([[age:15]]) moved placement three
        times in Year 10 and his {{GCSE}} coursework was scattered across two previous schools.
        [[name:Hope]] personally contacted both schools, got the work re-submitted to the {{exam board}}
        before the deadline and arranged {{access arrangements}} (25% extra time and a reader) based on
        his {{EHCP}}. She also used {{Pupil Premium Plus}} to fund a maths tutor through the
        {{Virtual School}}. [[name:Jayden]] told his {{IRO}} at his last review that it was the first
        time a school "had his back". Please share at the next DT network meeting.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - Virtual School
        Date of incident: [[date:19/01/2024]]
        Reported by: [[name:D. Baptiste]]
        Child: [[name:Ruby-Mae Sinclair]]   DOB: [[date_of_birth:03/06/2011]]   Mosaic ID: [[case_reference:M1047732]]
        School: [[organisation:Oakwood Park Academy]]
        What happened: {{PEP}} recorded her as Year 6 instead of Year 7 after transition. {{Pupil Premium Plus}} claim for autumn term was rejected by the {{ePEP}} system and nobody noticed until the school chased in January. Tutoring stopped for 7 weeks.
        Immediate action: manual claim submitted, tutor reinstated from [[date:22/01]].
        Contributing factors: year groups not rolled over on ePEP for children who moved school in {{September}}; no exception report.
        Learning: ePEP rollover checklist, {{business support}} to run the exception report each half term.
    """)),
    ("social_care", "near_miss", block("""
        [[date:07/02/24]], 17:32 - [[name:Kez]]: just had a close one. birth {{dad}} rang the office asking which school [[name:Leo]] is at now, said he wanted to send a birthday card
        [[date:07/02/24]], 17:33 - [[name:Kez]]: new {{agency worker}} nearly told him [[organisation:Greenhill Primary]] before i grabbed the phone 😬
        [[date:07/02/24]], 17:33 - [[name:Farah]]: omg. theres a {{non-disclosure}} on [[name:Leo]]'s placement, its in the {{alerts}} on {{Liquidlogic}}
        [[date:07/02/24]], 17:35 - [[name:Kez]]: ye but the alert only shows on the child record, she was looking at the {{school list}} view. not her fault
        [[date:07/02/24]], 17:36 - [[name:Farah]]: ok will raise with {{systems team}} and put it on the induction sheet. well caught x
    """)),
    ("social_care", "success", block("""
        CME TEAM HANDOVER - wk commencing [[date:3 June]]
        Open cases: 14 (was 19)
        Closed this wk:
        - [[name:Summer Ellis]] - on roll [[organisation:Westfield Academy]], confirmed via {{S2S}}
        - [[name:Musa Abdi]] & sibling - {{elective home education}} visit done, suitable provision seen
        - [[name:Hyun-woo Park]] - moved to Scotland, receiving {{CME officer}} has accepted
        Still open / watch:
        - [[name:Bartek]] ([[age:8]]) - {{part-time timetable}} since Easter, no end date, needs challenge
        Well done: [[name:Ade]] for the S2S searches, brought 3 kids back into view in one morning.
        Next: {{CME panel}} [[date:Thu 6th]]
    """)),
    ("social_care", "incident", prose("""
        Learning review summary. In [[date:November 2023]] Mrs [[name:Kaur]] wrote to
        [[organisation:Highfield Lane Primary]] to say she would home educate her son [[name:Arjun]]
        ([[age:9]]). The school removed him from roll the same day and notified the {{EHE team}} by
        email, but the email went to an old address that was not monitored after the restructure. No
        {{safeguarding}} check was done. [[name:Arjun]] came to light in [[date:March 2024]] when the
        {{school nurse}} at his younger sister's nursery ([[organisation:Little Acorns Nursery]]) asked why
        he was never at school. He had not been receiving any education and had an untreated
        {{hearing loss}}. Learning: schools should phone as well as email the EHE team; the generic
        mailbox has been redirected; {{DfE}} guidance expects the LA to make informal enquiries and we
        had no record this child existed. Ref [[case_reference:EHE/23/1187]].
    """)),
    ("social_care", "near_miss", prose("""
        nearly sent the whole CME tracker (name, dob, address, reason for every kid, 212 rows) to the
        external {{Early Help}} provider instead of the one line for [[name:Olivia]]. {{data loss prevention}}
        popup stopped it as it spotted {{NI numbers}} in a column. i didnt even know that column was
        there. pls can we have a {{redacted}} version of the tracker for sharing and lock the master. no
        harm done. reported to {{IG}} anyway as near miss, ref [[case_reference:IG-NM-0442]]
    """)),
    ("social_care", "success", block("""
        Debrief notes - finding [[name:Chidi]] ([[age:14]]) - [[date:21/03/24]]
        Present: [[name:JM]] (CME lead), [[name:Rose Whitfield]] ({{school nurse}} manager), [[name:Lewis]] ({{Police}} missing persons coordinator)
        What went well:
        - {{health}} colleagues checked {{GP registration}} and found a new registration at [[organisation:Kingsway Medical Practice]] within 24h
        - {{DWP}} check on mum's NI no [[ni_number:JT 48 21 93 C]] gave the same address: [[address:Flat 3, Linden House, 22 Ashby Road]]
        - {{home visit}} same day, [[name:Chidi]] safe and well
        Even better if:
        - we'd asked health on day 1 not day 9
        - {{information sharing agreement}} with the ICB was unclear, [[name:Rose]] had to ring the {{Caldicott Guardian}}
    """)),
    ("social_care", "incident", block("""
        Subject: [[name:Yonas]] - 40 school days without a place

        Dear Mr [[name:Haddad]],

        I'm writing as {{Virtual School Head}} to formally raise the delay in securing a school place for [[name:Yonas Tesfaye]] ([[age:15]]), an {{unaccompanied asylum-seeking child}} placed in supported accommodation in your area on [[date:8 January]]. Three secondaries said they were full for Year 11 and one said it could not meet his {{EAL}} needs, which is not a lawful reason to refuse. He has now missed 40 school days. Under the {{Fair Access Protocol}} this should have gone to panel well before now. Please can we agree a place at [[organisation:Castleford Road Academy]] by Friday? I have copied in his {{social worker}} and {{IRO}}.

        Regards
        Dr [[name:Nadia Rahman]]
        Virtual School Head
        [[phone:01632 960 418]] | mob [[phone:07700 900 516]]
    """)),
    ("social_care", "success", prose("""
        Shout out to [[name:Bill]] our {{tutor}} who has kept going to [[name:Sky]]'s placement every
        tuesday even when she refuses to come downstairs. Last week she did 20 mins of {{phonics}} with
        him at the kitchen table. Small win but huge for a girl who's been out of school since year 3.
        {{Foster carer}} says she now asks when he's coming. Lovely to see {{trauma-informed}} practice
        in action. Logged on {{ePEP}}.
    """)),
    ("social_care", "near_miss", block("""
        Timeline - school transport near miss, [[date:Mon 15 April]]
        07:40  taxi [[vehicle_registration:YD68 KWT]] arrives at old placement [[address:19 Mill Lane]] for [[name:Ethan]] ([[age:10]])
        07:45  driver rings {{transport office}}, nobody there till 8
        07:52  old foster carer (Mrs [[name:Doyle]]) rings {{EDT}} - says she nearly gave the driver [[name:Ethan]]'s new address, which she'd heard at the {{LAC review}}
        08:05  transport office confirms change of address form was never sent by the {{Virtual School}}
        08:30  new carer drives [[name:Ethan]] to school herself; he's 40 mins late
        Why: our {{transport request form}} only goes to the team for new starters, not address changes
    """)),
    ("social_care", "incident", prose("""
        On [[date:14 October]] we discovered that the weekly {{CME}} return to the {{DfE}} had been
        submitted with duplicate records for the second half of September. The {{Power BI}} report
        pulled children from both the old and new {{Capita One}} tables after the system upgrade on
        [[date:29 September]], so children appeared twice and the numbers looked like a spike. Nobody
        at the team meeting questioned why referrals had doubled in a fortnight. The corrected return
        was sent on [[date:16 October]]. Learning: a sanity check against last year's figures before
        sign-off, and {{IT}} to tell teams when upgrades touch reporting.
    """)),
    ("social_care", "success", block("""
        [[name:Marek]]  09:02
        quick one - [[name:Ngozi]] at [[organisation:Sandal Magna Primary]] just rang, [[name:Tiana]] ([[age:6]]) is back in school 🙌 first full week since the {{part-time timetable}} ended
        [[name:Will]]  09:04
        brilliant. that {{TAF}} meeting was worth it then
        [[name:Marek]]  09:05
        yep credit to the {{SENCO}} and {{mum}} tbh. {{Early Help}} keyworker too
        [[name:Will]]  09:06
        can u update {{Mosaic}} and close the {{CME}} episode [[case_reference:CME-24-0511]]? i'll email [[name:Ngozi]] a thank you
    """)),
    ("social_care", "near_miss", block("""
        Near miss report
        Ref: [[case_reference:VS-NM-2024-017]]
        Reported: [[date:02/05/2024]] by [[name:Ciara O'Neill]], data officer
        Summary: Two children called [[name:Amelia Wright]] on {{Liquidlogic}}. Ours (DOB [[date_of_birth:11/11/2012]]) and a child in another LA's care (DOB [[date_of_birth:11/12/2012]]). The {{school census}} import tried to {{merge}} the records because name + postcode ([[postcode:WF1 3HS]]) matched. I noticed the {{PEP}} history would have been combined.
        Action: merge rejected; asked {{systems team}} to add DOB and {{UPN}} to the match rule.
        Potential harm: sharing one child's {{looked after}} status and placement details with the wrong {{designated teacher}}.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Datix ref: [[case_reference:W183377]]
        Date/time: [[date:23/02/2024]] 02:15
        Location: {{Emergency Department}} {{X-ray room 2}}
        Incident type: {{IR(ME)R}} - wrong patient exposed
        Description: Two patients called [[name:Jones]] in majors. Request for {{chest X-ray}} was for [[name:Gareth Jones]] (hosp no [[case_reference:RX4471208]]); radiographer collected [[name:Gwyn Jones]] from bay 6. Patient answered to "Mr [[name:Jones]]" and confirmed DOB when asked "is your date of birth [[date_of_birth:14/07/1958]]?" - a closed question. Exposure done before the error was seen on {{PACS}}.
        Immediate action: {{Radiation Protection Adviser}} informed, dose low (0.02 mSv), patient and family told under {{Duty of Candour}}.
        Learning: three-point ID using OPEN questions, always check wristband against request.
    """)),
    ("health", "near_miss", prose("""
        {{CT}} abdo/pelvis requested for a [[age:27]] yr old female from {{SAU}}. request card said
        {{pregnancy status}}: "N/A". radiographer ([[name:Priya]]) asked pt directly about {{LMP}} - 6 wks
        ago, not on contraception. {{urine hCG}} came back positive. scan changed to {{ultrasound}} after
        discussion with {{surgical reg}} and {{radiologist}}. no exposure. learning: N/A is not an answer,
        form needs a hard stop. well done [[name:Priya]] for not just cracking on at 3am with a full list.
    """)),
    ("health", "success", prose("""
        Good catch / learning from excellence. On [[date:Saturday 9 March]] [[name:Oluwaseun Adebayo]],
        {{sonographer}} in the {{Early Pregnancy Assessment Unit}}, was scanning a lady booked for a
        routine dating scan. She noticed free fluid in the {{pouch of Douglas}} and an adnexal mass, with
        no intrauterine pregnancy. Rather than send the patient back to the waiting area, [[name:Seun]]
        kept her in the room, called the {{gynae registrar}} directly and stayed with her until the team
        arrived. The patient went to theatre within the hour for a ruptured {{ectopic pregnancy}}.
        [[name:Seun]] also spent time afterwards with the {{student sonographer}} who had been observing,
        which was really thoughtful. Nominated for a {{Greatix}}.
    """)),
    ("health", "incident", block("""
        Ulysses ref [[case_reference:ULY-58213]]
        Pt: Mrs [[name:Halina Zielinska]]   NHS no [[nhs_number:185 110 4038]]   hosp no [[case_reference:K0928817]]
        Date: [[date:30/01/24]]
        Summary: {{contrast extravasation}} during {{CT pulmonary angiogram}}. ~60ml {{Omnipaque 350}} into L forearm. {{cannula}} was sited on [[organisation:Beech Ward]] earlier and not flushed/checked in CT as per {{SOP}}.
        Actions: limb elevated, cold compress, plastics advice, pt given leaflet, {{Duty of Candour}} letter sent.
        Follow-up: reviewed in {{ED}} at 48h, swelling settling, no {{compartment syndrome}}.
        Learning: re-flush with saline and ask pt about pain before every pump injection even if the cannula "looked fine".
    """)),
    ("health", "near_miss", prose("""
        MRI near miss [[date:15/05]]. Pt [[name:Declan Byrne]], [[age:71]], NHS [[nhs_number:174 073 5870]],
        came down from [[organisation:Cavell Ward]] for {{MRI}} lumbar spine. {{MRI safety questionnaire}}
        had been filled in by ward staff and ticked "no implants". In the changing area [[name:Declan]]
        mentioned his "heart box". It was an {{implantable loop recorder}}, not on the form. Scan
        postponed, {{cardiac physiologist}} contacted to check {{MR Conditional}} status. Learning:
        ward-completed forms to be re-checked face to face with the pt by the {{MR Authorised Person}}.
        Good job by [[name:Sinead]] on reception for overhearing and flagging it.
    """)),
    ("health", "success", prose("""
        Massive thank you to [[name:Winston]] from {{portering}} 👏 last night ({{Friday}}) we had 3
        {{CTs}} from {{resus}} back to back and only one porter. [[name:Winston]] stayed 40 mins past his
        shift, helped with {{pat slide}} transfers and kept the family of the {{stroke}} pt calm in the
        corridor. The {{thrombolysis}} decision was made within 20 min of arrival partly because he got
        the pt into the scanner so fast. Legend. — [[name:Becky]], {{CT}} band 6
    """)),
    ("health", "incident", block("""
        Timeline - unacknowledged {{incidental finding}}
        [[date:12/06/23]]  {{CT KUB}} for renal colic, pt [[name:Abdul-Karim Hassan]] ([[age:54]]), NHS [[nhs_number:608 215 3286]]. Stone confirmed. Radiologist (Dr [[name:Fenwick]]) also reports 14mm RLL nodule, recommends {{CT chest}} and {{Fleischner}} follow-up
        [[date:13/06/23]]  report flagged as unexpected finding on {{CRIS}}; alert goes to requesting {{FY1}} who has since rotated
        [[date:02/02/24]]  pt presents to GP ([[organisation:Beeston Hill Surgery]]) with haemoptysis
        [[date:09/02/24]]  {{CT chest}}: 22mm mass, referred on {{lung cancer pathway}}
        Contributing factors: alerts tied to an individual not a team; no {{failsafe officer}} in post for 5 months.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Mei Ling Chen]] <[[email:meiling.chen3@nhs.net]]>
        To: US superintendent
        Subject: near miss - L/R on request

        Hi [[name:Joanne]],

        Just logging before I forget. {{Ultrasound}} request for {{testicular}} scan said LEFT, pt ([[name:Robbie]], [[age:19]]) pointed to the right side when I asked him where the pain was. GP letter from [[organisation:Meadowbank Health Centre]] also said right. I scanned both sides (which we should anyway) and found a right {{varicocele}}, but if I'd only documented left the report would have been misleading. Requester contacted, {{ICE}} request amended.

        Maybe worth a reminder at the GP {{PLT}} session that laterality is free text on ICE?

        Thanks,
        [[name:Mei Ling]]
        {{Sonographer}} | Ultrasound Dept, ext 4417
    """)),
    ("health", "success", block("""
        Subject: FW: compliment for {{ultrasound}} team

        Hi all, passing this on from {{PALS}} - so lovely to read.

        "I came in on [[date:4th April]] for a scan of my {{thyroid}} lump and was terrified it was cancer. The lady who did the scan, [[name:Grace]], explained everything, held my hand during the {{FNA}} and the doctor (Dr [[name:Osei]]) came in to tell me the results were likely benign straight away. I've been anxious my whole life about hospitals and this was the kindest care I've had."

        Patient has given permission to share. Well done [[name:Grace]] and Dr [[name:Osei]] - this is exactly what {{Making Every Contact Count}} looks like.

        [[name:Lorraine]]
        {{Radiology}} Services Manager
    """)),
    ("health", "incident", prose("""
        Pt attended for {{transvaginal ultrasound}} on [[date:18 Jan]] (booked as {{pelvic ultrasound}},
        TV component not explained on the appointment letter). Male {{sonographer}} did not offer a
        {{chaperone}} as the HCA was covering the {{fluoroscopy}} list. Pt consented at the time but rang
        {{PALS}} the next day very upset. Pt is [[age:23]] and has a history of {{sexual assault}} that she
        did not feel able to mention in the room. Ref [[case_reference:DX-2024-00912]]. Learning:
        chaperone must be offered and documented for every intimate exam, not assumed; appointment
        letters updated to explain TV scans and that you can ask for a female sonographer.
    """)),
    ("health", "near_miss", prose("""
        pt on list for {{CT}} with contrast, {{eGFR}} on system 28 from last wk. request said "renal
        function fine". pt is on {{metformin}} too. [[name:ali]] on the desk spotted it when booking in and
        flagged to {{radiologist}} who changed to non-contrast and asked for an {{IV fluids}} plan anyway.
        nearly gave full dose of {{Omnipaque}}. the {{RCR}} guidance is clear, problem is the request form
        auto-fills "fine". pls can someone ask the {{ICE}} team to remove that. [[date:08/08]]
    """)),
    ("health", "success", block("""
        US HANDOVER   [[date:Wed 22/11]]   (am -> pm)
        Rm 1   [[name:Kasia]]    running 20 min late, {{DVT}} pt from {{AMU}} squeezed in
        Rm 2   [[name:Femi]]     {{obstetric}} list, 2 DNAs
        Rm 3   {{locum}}     liver list, needs support with {{elastography}}
        Urgent: [[name:Margaret O'Sullivan]] NHS [[nhs_number:980 117 7039]] - {{AAA}} 5.6cm on today's scan, vascular reg aware, pt in sub-wait for review
        Good stuff: [[name:Femi]] spotted a {{vasa praevia}} on a 20-wk scan, referred same day to [[organisation:Nightingale Fetal Medicine Unit]]. Great catch.
    """)),
    ("health", "incident", prose("""
        Mr [[name:Trevor Hughes]], [[age:86]], NHS [[nhs_number:803 216 7781]], slipped getting off the
        {{ultrasound couch}} in Room 4 on [[date:6 December]] after an abdo scan. {{ultrasound gel}} was on
        the step from the previous patient and the couch had not been lowered. He was on his own as his
        daughter had gone to move the car from the {{car park}}. He hit his hip; {{X-ray}} showed no
        {{fracture}}. {{Falls risk}} was not recorded on the request from [[organisation:Ty Newydd Surgery]].
        Learning: lower couch fully, wipe the step between patients, offer a {{walking aid}} and a second
        member of staff for frail pts.
    """)),
    ("health", "success", block("""
        HOT DEBRIEF - trauma CT, [[date:17/07/2024]], 23:50
        Pt: [[age:34]] M, motorbike RTC, arrived by {{HEMS}}
        Team: Dr [[name:Ahmed]] (radiology reg), [[name:Tash]] & [[name:Dylan]] (radiographers), {{trauma team leader}}
        What went well
        - pre-alert from {{ED}} at 23:20 so scanner cleared and {{whole-body CT}} protocol loaded
        - door-to-scan 11 min
        - {{hot report}} to TTL verbally within 5 min: splenic laceration, no {{active bleed}}
        - [[name:Tash]] spotted cannula in wrong arm for pump injection, swapped before starting
        Even better if
        - {{major trauma network}} transfer form still paper, had to re-type pt details twice
    """)),
    ("health", "near_miss", block("""
        [[name:Zainab Qureshi]]  14:02
        hi, can someone check something for me, I think the {{fluoro}} images from this morning went onto the wrong pt on {{PACS}}
        [[name:Zainab Qureshi]]  14:02
        {{barium swallow}} should be [[name:Stanislav Horvat]] [[case_reference:RX5520914]] but it's showing on [[case_reference:RX5520941]] which is someone else entirely
        [[name:Rhys]]  14:06
        yep digits swapped. has it been reported yet?
        [[name:Zainab Qureshi]]  14:07
        no, still unreported thank god
        [[name:Rhys]]  14:10
        ok I've moved them and logged a PACS correction. can you do a {{Datix}} as near miss. we really need the {{modality worklist}} working on that room so nobody types numbers in manually
    """)),
    ("health", "incident", prose("""
        {{Skeletal survey}} for [[name:Lily-Rose Campbell]] ([[age:4 months]]), DOB
        [[date_of_birth:02/01/2024]], NHS [[nhs_number:901 538 0694]], was requested on [[date:3 May]] by the
        {{paediatric registrar}} following an unexplained bruise. The survey was done but the
        {{follow-up views}} at 11–14 days were never booked because the request sat in the vetting queue
        as "routine". The {{safeguarding team}} chased on day 20. {{Mum}}'s new address
        ([[address:2 Wren Court]], [[postcode:M14 7HX]]) had not been updated on {{PAS}} so the appointment
        letter went to the old one. Follow-up done day 24. Learning: {{NAI}} requests to auto-flag as
        urgent; {{child protection}} follow-ups owned by a named radiographer.
    """)),
    ("health", "success", prose("""
        Learning from excellence, [[date:29 February]]. The {{IR}} suite ran its first full day of
        {{nephrostomy}} and {{PICC}} lines with the new {{WHO safety checklist}} adapted for interventional
        radiology. Every case had a proper {{time out}}, and a nurse stopped one case because the {{INR}}
        result was from a week ago. The radiologist thanked her in front of the whole room. That is the
        culture we want.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        On [[date:11 August]] [[flight_number:EZY6642]] from Alicante arrived on {{stand 14}} at 22:35. One
        {{PRM}} passenger, Mrs [[name:Bernadette Foley]] ([[age:79]], {{WCHC}}), was pre-notified but the
        {{ambulift}} was at the other end of the apron with an {{A321}} diversion. She waited on board
        [[aircraft_registration:G-EZTH]] for 58 minutes after the last pax disembarked, with cabin crew
        who were out of hours. Her son, waiting in arrivals, rang the {{assistance desk}} four times.
        Learning: the PRM agent had no visibility of the diversion; ambulift tasking needs to sit on the
        same screen as PRM arrivals, and a second vehicle on call after 22:00.
    """)),
    ("aviation", "success", prose("""
        Shout out 🙌 [[name:Ravi]] on the {{lost property}} desk found a {{passport}} handed in at
        {{security}} at 05:10 belonging to a Mr [[name:Olusegun Bello]]. He checked {{DCS}} and saw
        Mr [[name:Bello]] was booked on [[flight_number:KL1086]] to Amsterdam at 06:00, connecting to Lagos.
        He rang the gate, the {{dispatcher}} paged the passenger and [[name:Ravi]] ran it airside himself
        with a {{security escort}}. Passenger made the flight with minutes to spare. Brilliant initiative -
        without it he'd have missed his connection and his sister's wedding.
    """)),
    ("aviation", "near_miss", block("""
        NEAR MISS - LOST PROPERTY
        Date: [[date:14/09/2024]]   Ref: [[case_reference:LP-24-03391]]
        Item: black {{Samsonite}} laptop bag, found {{Gate 7}}
        A man came to the desk saying it was his. He knew the colour and brand and said "laptop and some papers". Agent ([[name:Chloe]]) was about to hand it over but remembered the {{release procedure}}: photo ID and something from inside. Name on the boarding pass in the bag was [[name:K. Vasquez]]; his ID said [[name:Liam Reid]]. He left. The real owner, Ms [[name:Karina Vasquez]], emailed that afternoon from [[email:karina.vasquez@outlook.es]].
        Learning: always match photo ID to something IN the item, not just the description. Reported to {{airport police}} and {{CCTV}} footage saved.
    """)),
    ("aviation", "incident", prose("""
        Pax [[name:Owain Pritchard]] travelled on [[flight_number:LS871]] to Palma ([[date:2 June]]) with his
        {{powered wheelchair}} ({{lithium-ion battery}}, 300Wh). The chair was taken at the gate by a
        {{ground handling}} agent who was not trained on that model and it was loaded on its side in the
        {{hold}}. On the return [[flight_number:LS872]] ([[date:9 June]]) the joystick was snapped and the
        frame bent. Mr [[name:Pritchard]] was stuck in a manual airport chair for 3 hours while a loan
        chair was sourced from [[organisation:Mobility Plus Leeds]]. He uses the chair for everything.
        Learning: {{Special Assistance}} bookings with powered chairs to trigger a {{DGR}} and handling
        briefing to the ramp before departure, with photos of the chair taken at the gate.
    """)),
    ("aviation", "success", prose("""
        Really want to recognise [[name:Shauna]] on the {{assistance desk}} on [[date:Sat 27 July]]. A family
        with a [[age:9]] yr old autistic boy wearing a {{Hidden Disabilities Sunflower}} lanyard got to
        {{security}} and he had a meltdown at the noise. [[name:Shauna]] took them through the
        {{Fast Track}} lane, found them a spot in the {{Quiet Room}} by gate 3 and walked them to the gate
        when boarding opened. His {{mum}} emailed afterwards to say it was the first holiday they'd managed
        in 4 years. Nothing fancy, just kindness and knowing the options.
    """)),
    ("aviation", "near_miss", block("""
        Ops log - {{unaccompanied minor}} handover, [[date:19/10]]
        15:42  [[flight_number:EI3218]] from Dublin on blocks, {{UM}} [[name:Aoife Brennan]] ([[age:11]]) escorted by cabin crew to {{arrivals hall}}
        15:55  woman approaches UM desk, says she's collecting "[[name:Aoife]]", has ID as [[name:Deirdre Brennan]]
        15:56  nominated adult on {{UM form}} is [[name:Patrick Brennan]] (father), tel [[phone:+353 87 214 9930]]
        15:58  agent ([[name:Ugo]]) refuses release, calls father - he says the woman is his ex-partner and there's a {{court order}}, not on form
        16:10  {{airport police}} attend; father arrives 16:40, [[name:Aoife]] released to him
        Learning: release checklist worked. Ask airline to add "persons NOT to release to" on the UM form.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Gemma Stott]]
        To: {{Data Protection Officer}}
        Subject: Possible breach - lost property spreadsheet

        Hi,

        This morning ([[date:Mon 4 March]]) I sent the weekly unclaimed items list to [[organisation:Northern Charity Auctions]] for collection. I attached the wrong tab - the one with owners' names, phone numbers and {{boarding pass}} details for 37 items, not the redacted one. I realised about 20 min later and rang their office; their manager ([[name:Dev]]) confirmed deletion by email at 10:12.

        I know the {{UK GDPR}} 72-hour clock may apply so wanted to tell you straight away. We probably need a separate file for the charity rather than tabs in the same {{Excel}} workbook.

        Sorry,
        [[name:Gemma]]
        {{Lost Property Supervisor}}, {{Passenger Services}}
        [[phone:07912 448 301]]
    """)),
    ("aviation", "success", block("""
        [[date:22/12/2023]], 08:14 - [[name:Tash Mensah-Boateng]]: morning all, that {{MacBook}} from yesterday's {{security tray}}, owner found!!
        [[date:22/12/2023]], 08:15 - [[name:Tash Mensah-Boateng]]: sticker on the back said "[[name:Oisin]]'s work laptop - [[organisation:Harbour & Quay Architects]]", googled the firm, rang reception, he's on [[flight_number:BA1337]] back tonight
        [[date:22/12/2023]], 08:16 - [[name:Big Al]]: nice one detective 🕵️
        [[date:22/12/2023]], 08:17 - [[name:Tash Mensah-Boateng]]: he'll collect at {{lost property}} on return, noted on the {{Lost Property Log}} under [[case_reference:LP-23-11872]]. ID + describe the wallpaper as per {{release procedure}}
    """)),
    ("aviation", "incident", block("""
        GSE DEFECT / INCIDENT
        Vehicle: {{ambulift}} [[vehicle_registration:PN19 XKD]] (fleet no. AL-02)
        Date: [[date:28/01/2024]]   Shift: nights
        Defect: platform stopped 1.2m short of {{cabin door}} sill on [[aircraft_registration:EI-FMV]] ([[flight_number:RK4412]], stand 22). {{PRM}} pax Mr [[name:Joseph Asante]] ({{WCHC}}) already on the platform in an {{aisle chair}}.
        Action: driver ([[name:Mick]]) lowered to ground on {{manual override}}, pax transferred via {{stairclimber}} with 2 staff. Delay 35 min. No injury.
        Previous defects: same fault [[date:12/01]] and [[date:19/01]], both "no fault found".
        Learning: repeat NFF should trigger removal from service. 3rd time lucky is not a control.
    """)),
    ("aviation", "near_miss", prose("""
        nm at assistance desk [[date:3/5]]. pax [[name:hamid]] turned up with his own
        {{oxygen cylinder}} for [[flight_number:TOM2104]] to Dalaman, no {{POC}} approval on the booking and
        no {{MEDIF}}. {{check-in}} agent was going to let it through as "he's got a doctor's letter". i
        stopped it and rang the airline ops desk - own cylinders not allowed in the cabin, only approved
        POCs. airline doctor approved {{medical oxygen}} supplied by them and he flew on the evening flight
        [[flight_number:TOM2106]]. if we'd let the cylinder through it would have been found at the gate or
        worse onboard. check-in staff need a 1-page oxygen flowchart.
    """)),
    ("aviation", "success", block("""
        TERMINAL DUTY MANAGER HANDOVER   [[date:Sun 18 Aug]]   early -> late
        - Lost child 11:20 in {{duty free}}: [[name:Zofia]] ([[age:5]]), found by {{Boots}} staff, brought to {{Information Desk}}. Tannoy NOT used (policy). Mum located via {{CCTV}} within 12 min at Gate 9, reunited 11:34. Great teamwork {{security}} + info desk, esp [[name:Ifeoma]].
        - [[flight_number:FR3074]] delayed 3h (tech), {{refreshment vouchers}} issued
        - {{Changing Places}} toilet out of order, engineer booked
        - Lost property: nothing outstanding
    """)),
    ("aviation", "incident", block("""
        Chronology - PRM missed connection, [[date:05/11/2024]]
        13:05  [[flight_number:KL1079]] lands, pax Mrs [[name:Eunice Campbell-Smith]] {{WCHS}}, booked onward by coach
        13:15  assistance agent allocated to 2 jobs at once (short staffed, sickness)
        13:50  pax still at gate in wheelchair, agent sent to other job
        14:20  pax misses pre-booked coach from {{forecourt}}
        14:35  daughter rings [[phone:0161 496 0732]] (assistance desk), no answer - line diverted to a vacant desk
        15:10  pax found by a {{cleaner}} near Gate 4, distressed and needing the toilet
        Outcome: {{complaint}} received, will feature in {{CAA}} accessibility return
        Learning: minimum staffing trigger, phone divert list checked each shift, and no WCHS pax left alone longer than {{ECAC Doc 30}} allows
    """)),
    ("aviation", "near_miss", prose("""
        quick nm - 2 pax called [[name:Mark Taylor]] on same flight [[flight_number:EZY3291]] to Geneva,
        {{bag drop}} agent printed the wrong {{bag tag}} for one of them (pulled up the first one in
        {{DCS}}). spotted at the belt because the tag said 2 bags and he only had 1. if it had gone through
        his skis would have been {{offloaded}} or worse flown as an {{unaccompanied bag}}. ask for DCS to
        show DOB or {{PNR}} on the duplicate names screen. — [[name:ruth]]
    """)),
    ("aviation", "success", block("""
        Debrief - diverted arrivals, night of [[date:21/02]]
        Fog at Manchester, we took 4 diversions incl an {{A330}} ([[aircraft_registration:G-VKRT]]) and a {{B737}} ([[aircraft_registration:N512XA]]).
        What went well:
        - [[name:Mohammed Al-Sayed]] (DM) activated the {{emergency coaches}} contract at 23:15 before the second aircraft landed
        - {{PRM}} team met all 9 assisted pax at the aircraft door, none waited > 10 min
        - [[name:Eilidh]] set up a welfare point with water + blankets in {{Arrivals}}
        - {{Border Force}} opened 4 desks after one phone call
        Even better if:
        - {{PA system}} messages in English only - most pax on the 737 were Spanish speakers
    """)),
    ("aviation", "incident", prose("""
        On [[date:Friday 12 July]] a [[age:16]] yr old, [[name:Haris Begović]], arrived on
        [[flight_number:W64427]] from Sarajevo with his school group. His hold bag with all his {{insulin}}
        and {{CGM}} sensors was left at Vienna. The group leader told the {{baggage services}} desk it held
        "medication" but the {{PIR}} was logged as standard priority. Bag took 3 days to arrive.
        [[name:Haris]] needed an emergency supply via {{NHS 111}} and an out-of-hours appointment. We were
        given his teacher's number [[phone:+387 61 224 819]] but nobody called it back. Learning: any PIR
        mentioning medication to be flagged priority and the passenger signposted to 111 at the desk.
    """)),
    ("aviation", "success", prose("""
        Shout out to the whole {{Passenger Services}} night shift for [[date:Christmas Eve]]. Two
        {{cancellations}}, a {{medical diversion}} and the {{baggage belt}} failure at 21:00, and not one
        complaint logged. People stayed late, the {{duty manager}} bought pizzas, and the
        {{lost property}} team cleared 40 claims before midnight so families could get their kids'
        presents back. Thank you.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind152", REPORTS))


if __name__ == "__main__":
    main()
