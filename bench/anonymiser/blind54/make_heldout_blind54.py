"""Held-out blind corpus 54: formal investigation documents (PSII, CSPR, AAIB/MOR-style).

Setting: NHS Patient Safety Incident Investigations, Child Safeguarding Practice Review and
rapid-review extracts, and aviation occurrence / mandatory occurrence write-ups, with numbered
sections, plain-text tables, chronologies, interviewee lists and document appendices.
Voice: formal third person; names, initials, references and dates scattered through tables,
chronologies, signature blocks and e-mail headers rather than only in running prose.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind54.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        [[organisation:Brackenridge Safeguarding Children Partnership]]
        CHILD SAFEGUARDING PRACTICE REVIEW – {{Child K}}
        Review ref: [[case_reference:BSCP/CSPR/2023-04]]

        4. AGREED CHRONOLOGY (extract)

        Date       | Time  | Agency                   | Event
        [[date:03/10/2023]] | 09:12 | [[organisation:Holmfield Primary School]] | Class teacher [[name:A. Okafor]] ([[name:AO]]) notes bruise behind left ear; logged on {{CPOMS}}.
        [[date:03/10/2023]] | 11:40 | {{MASH}}                     | Contact from {{DSL}} [[name:Rhian Pattinson]]; rated amber, no strategy discussion.
        [[date:04/10/2023]] | 14:05 | {{Children's Social Care}}   | Home visit by SW [[name:Tendai Moyo]] ([[name:TM]]); mother [[name:Kasia Wiśniewska]] says [[name:Kacper]] ([[age:4]]) fell from a scooter.
        [[date:12/10/2023]] | 08:30 | {{Emergency Department}}     | [[name:Kacper]] presents with a spiral fracture of the left humerus.

        4.3 The panel notes that [[name:AO]] was not asked to contribute to the assessment and that
        [[name:TM]]'s case note made no reference to the bruise recorded by the nursery on [[date:21/06/2023]].
    """)),
    ("social_care", "near_miss", prose("""
        RAPID REVIEW – [[organisation:Calderbrook Safeguarding Partnership]], ref [[case_reference:RR-24-011]].
        1. Terms of reference. 1.1 To examine the planned discharge of baby [[name:Ayaan Chowdhury]]
        (born [[date_of_birth:29/01/2024]]) from [[organisation:Kestrel Ward]],
        [[organisation:Calderbrook General Hospital]], on [[date:14 February 2024]].
        2. Summary. 2.1 The discharge summary listed the home address as
        [[address:41 Tanner Row, Calderbrook]], [[postcode:HX7 3QD]]. This was the address of the
        father, [[name:Shahid Chowdhury]], against whom the mother, [[name:Nusrat Begum]], had
        obtained a {{non-molestation order}} on [[date:02/01/2024]]. 2.2 The {{ward clerk}} had copied
        the address from the {{Spine}} record, which had not been updated after the move to a refuge.
        2.3 The {{community midwife}}, [[name:Fiona McAllister]] ([[name:FM]]), recognised the address
        at the discharge huddle and halted the discharge.
        3. Findings. 3.1 [[name:FM]] acted on knowledge from the {{MARAC}} list that was not visible to
        ward staff. 3.2 No harm occurred; the partnership records this as a near miss.
    """)),
    ("social_care", "success", block("""
        APPRECIATIVE LEARNING REVIEW – [[organisation:Northmoor Safeguarding Children Partnership]]
        Ref: [[case_reference:NSCP/ALR/0032]]

        Appendix B – Practitioners who contributed
        Initials   Role                      Agency
        [[name:DO]]         Detached youth worker     [[organisation:Eastfield Youth Project]]
        [[name:S-JH]]       {{Personal Adviser}}          {{Leaving Care Service}}
        [[name:MA]]         {{School Nurse}}              [[organisation:Westmoor Academy]]
        [[name:GL]]         Police Constable          {{Missing Persons Unit}}

        5. What worked well
        5.1 [[name:DO]] ([[name:Dominic Osei]]) kept weekly contact with [[name:Levi]] ([[age:15]]) at the
        skate park for eleven months, including after {{CAMHS}} closed the referral.
        5.2 [[name:Levi]]'s words, recorded by [[name:S-JH]] on [[date:19 March 2024]]: "[[name:Dom]] never
        gave up on me, even when I told him to."
        5.3 [[name:GL]] shared intelligence within 24 hours under the {{Philomena Protocol}}, which the
        panel considers exemplary practice.
    """)),
    ("social_care", "incident", prose("""
        ALLEGATION AGAINST A FOSTER CARER – SUMMARY OF LEARNING. 1. Incident. 1.1 On
        [[date:22/07/2023]] foster carer Mr [[name:Brian Hollis]] restrained
        [[name:Jayden Campbell-Reid]] ([[age:12]]) on the landing of the placement home, causing carpet
        burns to both forearms. [[name:Jayden]] disclosed to his form tutor at
        [[organisation:Oakbridge Middle School]] on [[date:24/07/2023]]. 1.2 The {{LADO}} threshold was
        met, but the strategy meeting did not take place until [[date:03/08/2023]], outside
        {{Working Together}} timescales. 2. Contributory factors. 2.1 The supervising social worker,
        [[name:Precious Nyathi]], had raised concerns about Mr [[name:Hollis]]'s use of holds at the
        annual review, but these were not recorded on {{Mosaic}}. Appendix A – Documents reviewed:
        A1 {{LADO}} referral, ref [[case_reference:LADO-2023-0419]]; A2 placement plan dated
        [[date:03/03/2023]]; A3 supervision notes ([[name:P. Nyathi]]); A4 police log
        [[case_reference:WP-230722-1187]]; A5 [[organisation:Tamarside Fostering]] annual review report.
    """)),
    ("social_care", "near_miss", block("""
        NOTIFICATION OF SERIOUS INCIDENT ({{Regulation 40}}) – [[organisation:Larchfield House]]
        Young person: [[name:Chantelle B.]]   Age: [[age:14]]   LA ref: [[case_reference:LCS-88214]]

        Chronology
        [[date:09.11.23]]  21:40  [[name:Chantelle]] leaves via the fire door; RSW [[name:KW]] follows at a distance.
        [[date:09.11.23]]  21:52  Silver Audi [[vehicle_registration:WR68 KZT]] pulls up; [[name:KW]] calls to her and she walks back.
        [[date:09.11.23]]  21:58  Registration passed to police, ref [[case_reference:NP-23-55190]].
        [[date:10.11.23]]  10:00  {{Return Home Interview}} completed by [[name:Joel Ibekwe]], missing from care worker.

        Comment: near miss. [[name:KW]] ([[name:Kerry Walsh]]) followed the home's missing protocol; the
        car has since been linked to an adult known to police.
        Signed: [[name:O. Adeyemi]], {{Registered Manager}}
    """)),
    ("social_care", "incident", prose("""
        TERMS OF REFERENCE – LOCAL CHILD SAFEGUARDING PRACTICE REVIEW. 1. Background. 1.1
        [[name:Idris Farah]] (DOB [[date_of_birth:17/05/2007]]) sustained a stab wound on
        [[date:30 September 2023]] and was notified to the national {{Child Safeguarding Practice Review Panel}}.
        2. Scope. 2.1 The review covers [[date:1 September 2022]] to [[date:30 September 2023]].
        3. Agencies asked for chronologies: [[organisation:Northgate Pupil Referral Unit]];
        {{Youth Justice Service}}; [[organisation:Riverside Medical Practice]]; {{Children's Social Care}}.
        4. Key lines of enquiry. 4.1 Was the permanent exclusion from
        [[organisation:St Aidan's Catholic High School]] on [[date:12/01/2023]] shared with the allocated
        worker, Ms [[name:H. Sandhu]]? 4.2 Were the concerns [[name:Idris]]'s mother,
        [[name:Hodan Farah]], raised with the {{Emergency Duty Team}} on [[date:03/08/2023]] about older
        males collecting him acted on? 4.3 How were {{contextual safeguarding}} approaches used?
        5. Lead reviewer: Dr [[name:Colette Marsh]], independent.
    """)),
    ("social_care", "success", block("""
        PATHWAY PLAN REVIEW – GOOD PRACTICE NOTE
        Ref: [[case_reference:LC/PP/20931]]
        Young person: [[name:Răzvan Popescu]]   DOB: [[date_of_birth:08-12-2005]]   NI No: [[ni_number:PT 48 19 62 B]]
        New address: [[address:Flat 2, 19 Orchard Street, Westmoor]] [[postcode:WM3 8HF]]

        Summary
        [[name:Răzvan]] ("[[name:Raz]]") had no NI number on file when his {{Universal Credit}} claim stalled
        on [[date:8 January 2024]]. {{Personal Adviser}} [[name:Beatrix Chung]] ([[name:BC]]) obtained it from
        {{HMRC}} within a week, attended the {{Jobcentre}} with him and negotiated a tenancy starting
        [[date:6 March 2024]] with [[organisation:Westmoor Community Housing]].

        Reviewed by: [[name:BC]] / team manager [[name:Yasmin Qureshi]]
    """)),
    ("social_care", "incident", block("""
        CSPR – PRIVATE FOSTERING ARRANGEMENT NOT NOTIFIED
        Section 5 – Findings (extract)

        5.1 [[name:Elif Demir]] ([[age:13]]) lived with a family friend, Mrs [[name:Gül Arslan]], at
        [[address:88 Kingfisher Way, Hartcliffe]] from [[date:05/09/2022]]. The admission form at
        [[organisation:Hartcliffe Community School]] named Mrs [[name:Arslan]] as carer, but the school did
        not notify the local authority under the {{Children Act 1989}} private fostering duties.
        5.2 [[name:Elif]] was seen at {{A&E}} twice with self-harm injuries; neither attendance prompted a referral.

        Table 2 – Interviews
        Interviewee              | Role                 | Date
        [[name:N. Adebayo-Clarke]]       | Head of Year 8       | [[date:14/02/2024]]
        [[name:Gül Arslan]]               | Private foster carer | [[date:16/02/2024]]
        [[name:Elif]]                     | Subject child        | [[date:20/02/2024]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Harjit Dhillon]] <[[email:harjit.dhillon@westmoor.gov.uk]]>
        To: [[email:cp.admin@westmoor.gov.uk]]
        Date: [[date:Tue 7 May 2024]] 10:14
        Subject: NEAR MISS – ICPC minutes, [[case_reference:CP-2024-0788]]

        Minutes of the {{Initial Child Protection Conference}} for [[name:Lacey]] and [[name:Tyler Greaves]]
        were queued for post to [[address:23 Wellgate Terrace]], [[postcode:WM2 4LP]] – the address of
        the father, who is excluded under a {{non-molestation order}}. Admin officer [[name:Bronwen Pugh]]
        noticed the address did not match the {{Child Protection Plan}} front sheet and pulled the letter.
        Please log on the {{information governance}} register (ref [[case_reference:IG-NM-0193]]).

        [[name:Harjit]]
        Child Protection Chair
    """)),
    ("social_care", "incident", prose("""
        CHILD SAFEGUARDING PRACTICE REVIEW – SECTION 6, ANALYSIS. Theme 2: engagement with a mobile
        family. 6.1 Health visitor [[name:Siobhan Keane]] ([[name:SK]]) made four unannounced visits to
        [[address:Plot 4, Longmoor Lane Traveller Site]] between [[date:02/08/2022]] and
        [[date:27/09/2022]] and found no one home. Mother [[name:Kathleen Doherty]] later said she had
        been at her sister's in Wrexham. 6.2 Baby [[name:Patrick]] was [[age:7 months]] when admitted
        to [[organisation:Westmoor Children's Hospital]] on [[date:19/10/2022]] with {{faltering growth}};
        the {{Red Book}} showed no weight since [[date:14/06/2022]]. 6.3 The {{Gypsy, Roma and Traveller}}
        liaison worker, [[name:Johnny Price]], knew the family well but was not told of the missed
        contacts. 6.4 [[name:SK]] held a caseload of 640 families at the time.
    """)),
    ("social_care", "success", block("""
        EARLY HELP – CASE CLOSURE SUMMARY FOR GOOD PRACTICE PANEL
        Family ref: [[case_reference:EH-33017]]
        Lead professional: [[name:Aisha Rahman]], Family Support Worker, [[organisation:Brightwater Family Hub]]
        Children: [[name:Mia Kowalczyk]] ([[age:6]]), [[name:Noah Kowalczyk]] ([[age:9]])

        Date        | Meeting    | Outcome
        [[date:12/09/2023]]  | {{TAF}} 1      | Attendance 71%; mum [[name:Justyna]] isolated, debt letters unopened.
        [[date:07/11/2023]]  | {{TAF}} 2      | Debt advice via [[organisation:Brightwater Citizens Advice]]; breakfast club place for [[name:Noah]].
        [[date:16/01/2024]]  | {{TAF}} 3      | Attendance 96%; [[name:Mia]] reading at expected level.

        Panel comment: a strong example of {{Early Help}} preventing escalation; [[name:Aisha]]'s plan was
        written in the family's words and translated into Polish.
    """)),
    ("social_care", "near_miss", prose("""
        CONTACT CENTRE INCIDENT REVIEW – [[organisation:Heronsgate Contact Centre]]. Ref
        [[case_reference:HCC/IR/24/006]]. 1. Summary. On [[date:Saturday 2 March 2024]], during supervised
        contact between [[name:Ruby-Mae Sutcliffe]] ([[age:3]]) and her father, contact supervisor
        [[name:Desmond Agyeman]] saw a grey van, registration [[vehicle_registration:YX17 HPN]], parked
        across the entrance. He recognised it from the {{Child Arrangements Order}} bundle as belonging
        to the paternal grandfather, who must not have contact. 2. Action. [[name:Des]] moved the session
        to the inner family room, informed the {{duty social worker}} and logged the registration. Police
        attended; log ref [[case_reference:WYP-20240302-0419]]. 3. Learning. Vehicle details should be
        added to the referral form as standard; [[name:Desmond]]'s vigilance is commended.
    """)),
    ("social_care", "incident", block("""
        MULTI-AGENCY CHILD EXPLOITATION REVIEW – EXTRACT
        Subject: [[name:Kyle Brennan-Hart]] ([[age:15]])   {{NRM}} ref: [[case_reference:NRM-0623-88172]]

        Table 3 – Handsets seized on [[date:18/06/2023]]
        Handset | Number          | Attributed to
        1       | [[phone:07700 900417]]   | [[name:Kyle]]
        2       | [[phone:07700 900982]]   | "[[name:Snoop]]" – adult, believed to be [[name:Marcus Fenwick]]
        3       | [[phone:07700 900355]]   | Unknown ("{{deal line}}")

        7.2 [[name:Kyle]] had been reported missing 11 times before the {{Complex Safeguarding}} team were
        involved. Calls from [[phone:07700 900982]] were noted by his mother on [[date:02/04/2023]] but
        were not shared beyond the {{MASH}} record.
    """)),
    ("social_care", "success", prose("""
        GOOD PRACTICE SUMMARY FOR THE PRACTICE REVIEW GROUP, [[date:28 November 2023]]. The
        [[name:Mahmoud]] family (ref [[case_reference:CF-0045521]]). [[name:Zainab]] ([[age:8]]) and
        [[name:Yusuf]] ([[age:5]]) returned home to their father, [[name:Karim Mahmoud]], on
        [[date:6 October 2023]] after eleven months in foster care. Social worker
        [[name:Gemma Thornton-Hall]] used {{Signs of Safety}} mapping and a {{Words and Pictures}}
        explanation, reviewed with the children at each visit. The safety network included paternal aunt
        [[name:Rasha]], the family's imam and the learning mentor at [[organisation:Greenhill Primary]].
        The {{Independent Reviewing Officer}}, [[name:Lionel Baptiste]], recorded a safety scale of 8
        from every network member. No re-referral at the six-month point.
    """)),
    ("social_care", "incident", prose("""
        CSPR EXTRACT – SECTION 7: AGE DISPUTE. 7.1 [[name:Dawit Haile]] arrived at the port on
        [[date:17/06/2023]] stating he was [[age:15]]. {{Border Force}} recorded his age as [[age:19]] and
        he was placed in adult hotel accommodation at
        [[address:Regent Lodge Hotel, 2-6 Marine Parade, Seaworth]]. 7.2 A {{Merton-compliant}} age
        assessment was not requested until [[date:25/07/2023]]. The assessing social workers,
        [[name:L. Fairweather]] and [[name:Inês Carvalho]], concluded he was most likely [[age:15 or 16]].
        7.3 During six weeks in adult accommodation [[name:Dawit]] was approached by an adult male
        offering work at a car wash. {{Home Office}} ref [[case_reference:H1187452]]. 7.4 The panel finds
        that the {{Duty Manager}} at the hotel had raised concern by e-mail on [[date:29/06/2023]].
    """)),
    ("social_care", "near_miss", block("""
        ADOPTION SERVICE – NEAR MISS REVIEW
        Agency: [[organisation:Three Rivers Adoption]]   Ref: [[case_reference:TRA/LB/2024/112]]

        What happened
        On [[date:15/04/2024]] a {{letterbox contact}} letter from adopters Mr and Mrs [[name:Thackeray]] to
        birth mother [[name:Sinéad O'Brien]] was checked by the co-ordinator, [[name:Parveen Akhtar]]. A photo
        of [[name:Ellie]] ([[age:7]]) showed the badge of [[organisation:St Bede's C of E Primary]], and the
        envelope's return address read [[address:The Old Forge, Hinton Lane]], [[postcode:GL54 2RW]].

        Outcome
        [[name:Parveen]] removed both before sending. No disclosure occurred.

        Action: update adopters' guidance leaflet (v3) to cover school uniforms and {{Facebook}} searches.
    """)),
    ("social_care", "incident", prose("""
        SECTION 3 – SUMMARY OF THE INCIDENT. 3.1 On [[date:Friday 8 December 2023]]
        [[name:Oliver Nakamura-Shaw]] ([[age:11]]), who is autistic and communicates using
        {{Makaton}}, was left on a minibus for 40 minutes after arriving at
        [[organisation:Cherry Tree Short Breaks]]. The vehicle, [[vehicle_registration:FD19 WBK]], was
        driven by [[name:Terry Gould]] with passenger assistant [[name:Agnieszka]] (surname not recorded
        on the rota). 3.2 [[name:Oliver]] was found by the {{Duty Manager}}, [[name:Nkechi Ugwu]], at 16:25.
        He was distressed but uninjured. 3.3 The head count sheet had been signed as complete.
        4. People interviewed: [[name:TG]] (driver); [[name:NU]] ({{Duty Manager}}); parents
        [[name:Hiro]] and [[name:Claire Nakamura-Shaw]]. 5. Related document: complaint ref
        [[case_reference:CSB-COMP-2312-04]].
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        PATIENT SAFETY INCIDENT INVESTIGATION – EXTRACT
        [[organisation:Westmere NHS Foundation Trust]]    {{PSIRF}} priority: recognition of deterioration
        PSII ref: [[case_reference:PSII-2024-017]]    {{Datix}}: [[case_reference:W118452]]
        Patient: Mr [[name:Olusegun Bamidele]], [[age:67]]    NHS No: [[nhs_number:678 477 6372]]

        Section 5 – Timeline
        Date/time         | Source        | Entry
        [[date:18/02/2024]] 02:10  | Obs chart     | {{NEWS2}} 5; HCA [[name:LT]] informs nurse in charge.
        [[date:18/02/2024]] 02:40  | Nursing notes | SN [[name:B. Quaye]] plans repeat obs in 1 hour; not escalated.
        [[date:18/02/2024]] 04:55  | Medical notes | FY1 Dr [[name:Wen Ng]] reviews; lactate 4.1.
        [[date:18/02/2024]] 06:45  | Drug chart    | {{Sepsis Six}} completed.

        Section 6 – Staff interviewed: [[name:LT]] (HCA), [[name:BQ]] (staff nurse), [[name:WN]] (FY1),
        Sister [[name:J. Pryce]] (ward manager, [[organisation:Elm Ward]]).
    """)),
    ("health", "incident", prose("""
        PSII – WRONG-SITE NERVE BLOCK ({{Never Event}}). Ref [[case_reference:PSII/24/0093]]. 1. Summary.
        1.1 On [[date:6 March 2024]] Mrs [[name:Dorothy Pennington]] ([[age:81]], hospital no.
        [[case_reference:RX4471093]]) received a left {{fascia iliaca block}} in the anaesthetic room of
        {{Theatre 3}} before a right {{hip hemiarthroplasty}}. 1.2 The site mark had been made by the
        orthopaedic registrar, Dr [[name:Tomasz Zieliński]], but was covered by a {{Bair Hugger}}
        blanket. 1.3 The {{Stop Before You Block}} check was not performed; the anaesthetist, Dr
        [[name:Aoife Gallagher]] ([[name:AG]]), was covering two lists. 2. Investigation team:
        [[name:Ruth Emmanuel]] (lead investigator), Dr [[name:K. Hussain]] (clinical adviser).
        3. Engagement: [[name:Dorothy]]'s son, [[name:Alan Pennington]], was informed under the
        {{Duty of Candour}} on [[date:07/03/2024]]. [[name:AG]] has contributed to the
        learning response and consented to being named internally.
    """)),
    ("health", "near_miss", prose("""
        NEAR MISS REVIEW – PRESCRIBING. Area: [[organisation:Ashgrove Ward]],
        [[organisation:St Luke's Hospital, Penbury]]. {{Datix}} [[case_reference:ASH-NM-2209]]. On
        [[date:11/09/2023]] a prescription for {{Humalog Mix25}} 40 units was written as "40u" for Mr
        [[name:Harold Lindqvist]] (NHS no. [[nhs_number:463 307 8798]]). The ward pharmacist,
        [[name:Deepa Venkatesan]], recognised that "40u" could be read as 400 and contacted the
        prescriber, Dr [[name:Felix Armitage-Boateng]], who rewrote the entry in full before the evening
        dose. The {{EPMA}} roll-out had not yet reached the ward, so paper charts were still in use.
        Learning: abbreviation "u" added to the Trust's prohibited list; [[name:Deepa]]'s intervention
        shared at the {{Medication Safety Group}} on [[date:3 October 2023]].
    """)),
    ("health", "success", block("""
        LEARNING FROM EXCELLENCE – REPORT TO {{Maternity Safety Champions}}
        Ref: [[case_reference:LfE-MAT-0457]]    Date of event: [[date:23.01.2024]]

        Who                       | Role                       | What they did
        [[name:Grace Oyelaran]]            | Band 6 midwife             | Recognised 1,200 ml {{PPH}} at 02:14 and pulled the emergency bell.
        [[name:Morven]]                    | {{Maternity support worker}}   | Fetched the {{PPH trolley}} and kept the scribe sheet.
        Dr [[name:Imran Siddiqui]]         | Obstetric registrar        | {{Bakri balloon}} inserted 02:31.

        Woman: [[name:Chloe Anderton]], [[age:29]], [[organisation:Rosewood Birth Centre]].
        [[name:Chloe]] wrote afterwards: "[[name:Grace]] stayed calm and held my hand the whole time."
    """)),
    ("health", "incident", prose("""
        PSII EXTRACT – INPATIENT FALL WITH HEAD INJURY. Ref [[case_reference:PSII-2023-041]],
        [[organisation:Ysbyty Glan Teifi]]. Patient: Mr [[name:Gwilym Rees]], DOB
        [[date_of_birth:14/02/1938]], NHS no. [[nhs_number:958 464 8217]], [[organisation:Ward Cwm]].
        4. Chronology. [[date:02/11/2023]] 23:15 – found on the floor beside his bed by HCA
        [[name:Mariana Costa]]; {{Glasgow Coma Scale}} 15. 23:40 – {{falls bundle}} not commenced.
        [[date:03/11/2023]] 03:20 – GCS 12; [[name:MC]] escalates to the {{Hospital at Night}} team; CT
        head shows acute {{subdural haematoma}}. 5. Findings. 5.1 A request for enhanced supervision
        made on [[date:01/11/2023]] was declined by the site manager, [[name:Steffan Lewis]], owing to
        staffing. 5.2 Mr [[name:Rees]] had been on {{apixaban}}; the post-fall protocol was not followed.
    """)),
    ("health", "near_miss", block("""
        INCIDENT REVIEW – PATIENT IDENTIFICATION (NEAR MISS)
        {{Datix}} ref: [[case_reference:DX-339120]]    Area: [[organisation:Bluebell Ward]]

        Bay | Name          | NHS number    | DOB
        2   | [[name:Ahmed KHAN]]    | [[nhs_number:447 906 0545]]  | [[date_of_birth:03/05/1951]]
        3   | [[name:Ahmad KHAN]]    | [[nhs_number:602 263 0371]]  | [[date_of_birth:30/05/1951]]

        On [[date:19 June 2023]] at 14:30 student nurse [[name:Ellis]] prepared {{warfarin}} 5 mg for Bay 3
        using the Bay 2 chart. Staff nurse [[name:Rosa Fitzgerald]] ([[name:RF]]) did the second check
        against the wristband, found the mismatch and stopped administration. No similar-name alert had
        been placed on either chart or the bed board.
    """)),
    ("health", "incident", prose("""
        PSII – UNAUTHORISED ABSENCE FROM [[organisation:Larkspur Unit]]. Ref
        [[case_reference:PSII-MH-2024-006]]. 2. Background. [[name:Jamal Osei-Bonsu]] ([[age:24]]),
        detained under {{Section 3}} of the {{Mental Health Act}}, was granted 15 minutes' escorted
        {{Section 17 leave}} on [[date:9 April 2024]]. 3. Event. The escorting support worker,
        [[name:Callum Reid]], lost sight of [[name:Jamal]] at the hospital shop at 16:20. [[name:Jamal]] was
        found by police at his mother's home, [[address:14 Prospect Hill, Ellesby]], at 19:10; police log
        [[case_reference:CAD-0904-2231]]. 4. Findings. 4.1 Leave was authorised by the responsible
        clinician, Dr [[name:Meera Iyer]], but the risk assessment had not been updated since
        [[date:21/03/2024]]. 4.2 Escorts were not briefed on {{AWOL}} procedure. 4.3 [[name:CR]] had been
        on shift for 13 hours.
    """)),
    ("health", "success", block("""
        EXCELLENCE REPORT – {{Day Surgery Unit}}, [[organisation:Penbury Community Hospital]]
        Reported by: [[name:Nuala Brennan]], Theatre Manager    Date: [[date:2023-10-05]]
        Patient: Ms [[name:T. Ogunleye]], [[age:34]], hospital no. [[case_reference:PCH0098123]]

        10:02  {{co-amoxiclav}} IV started at induction.
        10:04  Stridor and flushing noted by {{ODP}} [[name:Sanjay Kapoor]] ([[name:SK]]).
        10:05  {{adrenaline}} 500 micrograms IM given; anaphylaxis call put out.
        10:11  Second dose; patient stabilised; transferred to [[organisation:Harbour ICU]].

        Comment: [[name:SK]] recognised the reaction within two minutes and led the {{Resuscitation Council}}
        algorithm until Dr [[name:Okonjo]] arrived. Allergy referral made.
    """)),
    ("health", "incident", prose("""
        PSII – OMITTED TIME-CRITICAL MEDICATION. Ref [[case_reference:PSII-2024-029]],
        [[organisation:Harbourside University Hospitals]]. 1. Summary. Mr [[name:Vikram Malhotra]]
        ([[age:72]]), who has {{Parkinson's disease}}, was admitted on [[date:27/01/2024]] and made
        {{nil by mouth}} for suspected bowel obstruction. Four doses of {{co-careldopa}} were omitted over
        19 hours. He developed severe rigidity and aspiration pneumonia. 2. Contributory factors. No
        {{NG tube}} was placed; the on-call registrar, Dr [[name:Ellen Sørensen]], was not told of the
        omissions; the {{Get It On Time}} alert did not fire on the electronic chart. 3. Family
        involvement. Mr [[name:Malhotra]]'s daughter, [[name:Anjali]], raised concerns via {{PALS}} on
        [[date:29/01/2024]] (ref [[case_reference:PALS-24-0311]]).
    """)),
    ("health", "near_miss", block("""
        TRANSFUSION NEAR MISS – {{SHOT}} report draft
        Trust ref: [[case_reference:TX-2023-118]]    Location: {{Ward 12}}, [[organisation:Kingsmead General]]

        Time   | Event
        21:02  | Sample labelled at bedside for Mrs [[name:Precious Banda]] (NHS [[nhs_number:427 339 0787]]).
        21:05  | Same label applied in error to sample for bed 4, Mrs [[name:Joan Whitlock]] (NHS [[nhs_number:666 665 8078]]).
        23:40  | Lab scientist [[name:Kwame Asante]] notes group O Rh D negative vs historical A pos; rejects sample.
        23:55  | [[name:KA]] phones ward; nurse [[name:Lucy-Anne Ferris]] re-bleeds both patients.

        Date of event: [[date:04/12/2023]]
        Learning: labelling away from the bedside; [[name:KA]]'s check prevented a {{wrong blood in tube}} event.
    """)),
    ("health", "incident", prose("""
        MATERNITY PSII – EXTRACT, SECTION 4. 4.1 Mrs [[name:Shanice Clarke-Boateng]] ([[age:31]], G2P1)
        was admitted to [[organisation:Willowbank Labour Ward]] at 41+3 weeks on [[date:14/08/2023]].
        4.2 The CTG was classified as pathological at 03:10 by midwife [[name:Hannah Lowry]], but the
        {{Dawes-Redman}} criteria were applied inappropriately during labour. 4.3 The registrar,
        Dr [[name:Chidi Okeke]], was in theatre; escalation to the consultant, Mr
        [[name:Peter Vaughan-Lee]], occurred at 04:25. 4.4 Baby [[name:Malachi]] was born at 05:02 with
        {{Apgar}} scores of 3 and 6 and was transferred to the {{neonatal unit}} for {{therapeutic cooling}}.
        Referred to {{MNSI}}; local ref [[case_reference:MAT-PSII-23-014]].
    """)),
    ("health", "success", block("""
        SHARED LEARNING BULLETIN – GOOD CATCH
        [[organisation:Eastmoor Urgent Treatment Centre]]    Ref: [[case_reference:EUTC-LFE-0091]]

        On [[date:10 January 2024]] a call handler at {{NHS 111}} booked [[name:Ibrahim Yusuf]] ([[age:2]])
        into a routine slot with "fever and rash". Receptionist [[name:Leanne Holt]] noticed the mother,
        [[name:Fadumo]], saying the rash did not fade under a glass and alerted ANP [[name:Carys Meredith]].
        [[name:Carys]] assessed within 4 minutes, gave IM {{benzylpenicillin}} and arranged blue-light
        transfer to [[organisation:Eastmoor Children's Hospital]]. {{Meningococcal septicaemia}} confirmed.

        [[name:Ibrahim]] was discharged well on [[date:19/01/2024]].
        Nominated by: Dr [[name:Ruairi Dunne]], Clinical Lead
    """)),
    ("health", "incident", prose("""
        PSII – MISPLACED NASOGASTRIC TUBE ({{Never Event}}). Ref [[case_reference:PSII-2023-058]].
        Patient: Mrs [[name:Hui Ling Chen]], [[age:79]], NHS number [[nhs_number:435 741 0878]],
        [[organisation:Foxglove Stroke Unit]]. 3. Chronology. [[date:21/05/2023]] 11:30 – NG tube passed
        by nurse [[name:Zofia Lis]]; aspirate pH 6, not recorded. 12:15 – chest X-ray reviewed by FY2
        Dr [[name:Ayo Balogun]], interpreted as gastric. 13:00 – feed started. 15:40 – desaturation;
        repeat film shows tube in the right main bronchus. 4. Findings. 4.1 The X-ray was not reviewed
        against the {{NPSA}} four criteria. 4.2 Dr [[name:Balogun]] had not completed {{NG placement}}
        competency training. Interviewees: [[name:ZL]], [[name:AB]], Sister [[name:M. Fenwick]].
    """)),
    ("health", "near_miss", block("""
        IG NEAR MISS – DISCHARGE SUMMARY ADDRESSED TO WRONG PRACTICE
        Ref: [[case_reference:IG-2024-0277]]    Reported: [[date:12/02/2024]]

        Patient: [[name:Rhys Llewellyn]]   DOB: [[date_of_birth:22/09/1990]]   NHS: [[nhs_number:672 795 8459]]
        Registered GP: [[organisation:Bryn Road Surgery]]
        Letter addressed to: [[organisation:Bryn Medical Centre]], [[address:5 Station Road, Llanfair]] [[postcode:LL62 5TH]]

        Summary: the {{PAS}} auto-populated the practice from an old record. Medical secretary
        [[name:Gaynor]] checked the summary against the {{GP Connect}} record before release and corrected it.
        Contact: [[email:gaynor.hughes@westmere.nhs.example.org]] / [[phone:01632 960418]]
    """)),
    ("health", "incident", prose("""
        PSII EXTRACT – CATEGORY 4 PRESSURE ULCER. Ref [[case_reference:PSII-CN-2023-012]]. 1. Patient:
        Mr [[name:Albert Okoro]], [[age:88]], resident at [[organisation:Meadowcroft Care Home]],
        [[address:2 Larch Avenue, Penbury]], [[postcode:PB4 6EJ]]. 2. Summary. District nurses visited
        weekly for leg dressings between [[date:03/07/2023]] and [[date:11/09/2023]]. The {{Waterlow}}
        score was recorded as 12 on admission and never repeated. A sacral wound was found by the care
        home deputy manager, [[name:Kelly-Marie Stubbs]], on [[date:14/09/2023]]. 3. Findings. 3.1
        The {{SSKIN}} bundle was not used. 3.2 The caseload holder, [[name:Farida Mirza]], had 41
        patients. 3.3 The {{Braden}} tool was used at the care home but not shared with the
        [[organisation:Penbury North District Nursing Team]].
    """)),
    ("health", "success", prose("""
        COMPLIMENT AND LEARNING RECORD – [[organisation:Penbury Community Stoma Service]]. Ref
        [[case_reference:CSS-COMP-0145]]. Mrs [[name:Marjorie Ellison]], aged [[age:74]], was discharged
        after a {{Hartmann's procedure}} on [[date:02/02/2024]]. Stoma nurse specialist
        [[name:Adaeze Nwosu]] visited on day 2 and noticed a high output of 2.1 litres; she arranged
        {{loperamide}} and a same-day blood test, which showed an acute kidney injury. Admission was
        avoided. Mrs [[name:Ellison]]'s husband, [[name:Clifford]], wrote: "Nurse [[name:Adaeze]] picked up
        what nobody else had." Shared at the {{Patient Safety Partners}} forum on [[date:14 March 2024]].
    """)),
    ("health", "near_miss", block("""
        NEAR MISS – OXYGEN DURING INTRA-HOSPITAL TRANSFER
        {{Datix}}: [[case_reference:KG-77105]]    Date: [[date:29 Aug 2023]]

        Patient: Mr [[name:Declan Morrissey]], [[age:56]], {{Ward 7B}} to CT.
        Porter [[name:Stanislav]] and HCA [[name:Bukola Adeyinka]] ([[name:BA]]) set off with a {{CD cylinder}}
        reading a quarter full. At the lift, [[name:BA]] noticed the gauge near empty and the patient's
        SpO2 falling to 88%. She connected to wall oxygen in {{Bay 4}} of the {{Acute Medical Unit}}.

        Contributory: no transfer checklist; cylinder not changed after the previous transfer.
        Reviewer: [[name:Owain Jenkins]], Matron
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        FIELD INVESTIGATION SUMMARY (club internal copy, {{AAIB}} format)
        Aircraft Type and Registration:  {{Piper PA-28-161 Warrior II}}, [[aircraft_registration:G-BZKT]]
        Date & Time (UTC):               [[date:14 August 2023]] at 1532 hrs
        Location:                        Runway 24, [[organisation:Felbridge Airfield]]
        Type of Flight:                  Private
        Persons on Board:                Crew – 1    Passengers – None
        Commander's Licence:             {{LAPL(A)}}
        Commander's Age:                 [[age:58]] years
        Information Source:              Report form from the pilot, [[name:Graham Tulloch]], and CFI [[name:Ifeoma Nwachukwu]]

        Synopsis
        The aircraft touched down long on the wet grass runway and overran into the boundary hedge.
        Mr [[name:Tulloch]] had flown 3 hours in the previous 90 days. The CFI has introduced a
        currency check before solo hire ([[name:IN]], [[date:01/09/2023]]).
    """)),
    ("aviation", "near_miss", prose("""
        AIRPROX REPORT EXTRACT. Airprox [[case_reference:2023187]]. Date: [[date:02/07/2023]], 1410 UTC.
        Aircraft 1: {{ASK 21}} glider, [[aircraft_registration:G-DHKX]], from
        [[organisation:Moorside Gliding Club]], flown by instructor [[name:Hamish Urquhart]] with trainee
        [[name:Zara Bibi]]. Aircraft 2: {{Cessna 172}}, [[aircraft_registration:G-OBFM]], pilot
        [[name:Piotr Nowicki]], receiving a {{Basic Service}} from {{Farnborough Radar}}. The glider was
        thermalling at 3,200 ft when [[name:Zara]] saw the Cessna in the one o'clock; [[name:Hamish]] rolled
        out and the Cessna passed about 100 ft below. The Cessna's {{FLARM}} was not fitted. The
        {{UKAB}} assessed the risk as Category B. Mr [[name:Nowicki]] said he had not seen the glider
        site on his chart.
    """)),
    ("aviation", "incident", block("""
        GROUND OCCURRENCE REPORT – [[organisation:Northfleet Regional Airport]]
        MOR ref: [[case_reference:MOR-2024-01563]]    Internal: [[case_reference:NRA-GH-0417]]

        Date: [[date:05/01/2024]]   Time: 06:12 local   Location: {{Stand 12}}
        Aircraft: {{Embraer 190}} [[aircraft_registration:G-FXRN]], operating [[flight_number:JZ 2204]]
        Vehicles: pushback tug T7; catering high-loader [[vehicle_registration:AE21 LFN]]
        Handler: [[organisation:Skyline Ground Services Ltd]]

        06:05  High-loader positioned by driver [[name:Mehmet Yılmaz]] without a {{wing walker}}.
        06:10  Tug driver [[name:Lee Sharples]] starts pushback on call from headset operator [[name:D. Kaur]].
        06:12  Right winglet contacts high-loader; damage to winglet and loader rail.

        Interviewed: [[name:MY]], [[name:LS]], [[name:DK]]; {{Duty Manager}} [[name:Alfie Broadbent]].
    """)),
    ("aviation", "success", prose("""
        OPERATOR SAFETY REVIEW – COMMENDATION. Ref [[case_reference:SR-24-066]]. 1. Occurrence. On
        [[date:11 March 2024]] {{ATR 72-600}} [[aircraft_registration:G-ISLC]], operating
        [[flight_number:HBR 317]] from [[organisation:Stenmore Airport]], had a No. 2 engine fire warning
        passing FL110. Captain [[name:Eilidh MacRae]] (PF) flew the aircraft while First Officer
        [[name:Ravi Chandrasekaran]] (PM) ran the {{QRH}} drill and declared a {{MAYDAY}}. The fire
        warning cleared after the first bottle. 2. Good practice. 2.1 Use of {{DODAR}} before
        committing to the return. 2.2 Senior cabin crew member [[name:Beth Aldous]] prepared the cabin
        in nine minutes. 3. No injuries; 46 passengers disembarked normally. The crew ([[name:EM]],
        [[name:RC]], [[name:BA]]) are commended.
    """)),
    ("aviation", "near_miss", block("""
        MANDATORY OCCURRENCE REPORT – LEVEL BUST
        Operator ref: [[case_reference:FSR-10882]]    {{CAA}} MOR: [[case_reference:202405512]]
        Flight: [[flight_number:TWL86G]]   A/C: {{Boeing 737-800}} [[aircraft_registration:G-TWLK]]   Date: [[date:20 May 2024]]

        Transcript (UTC)
        0712:04  ATC:     "[[flight_number:Tawlink 86 Golf]], climb flight level seven zero."
        0712:09  [[flight_number:TWL86G]]:  "Climb flight level one seven zero, [[flight_number:Tawlink 86 Golf]]."
        0713:30  ATC:     "[[flight_number:Tawlink 86 Golf]], stop climb, I say again, stop climb."

        The aircraft reached FL076 and a {{TCAS}} TA was generated against traffic at FL080.
        Crew: Capt [[name:S. Abernethy]] (PF), F/O [[name:Hui Min Tan]] (PM). Controller: [[name:JC]].
    """)),
    ("aviation", "incident", prose("""
        CABIN SAFETY INVESTIGATION – SEVERE TURBULENCE INJURY. Ref [[case_reference:CSI-2023-044]].
        Flight [[flight_number:QX 771]], {{Airbus A321}} [[aircraft_registration:G-QXMB]],
        [[date:08/08/2023]]. 1. Event. At 11:42 UTC, during the service, the aircraft encountered
        {{clear air turbulence}} over the Alps. Cabin crew member [[name:Natalia Grabowska]] fell against
        a trolley and fractured her wrist. The seat belt sign had been switched on 90 seconds earlier.
        2. Findings. 2.1 The PA was made by the captain, [[name:Andrew Kilbride]], but the
        {{cabin interphone}} call to the senior crew member, [[name:Femi Adewale]], was not made. 2.2 The
        {{SIGMET}} for moderate turbulence had not been briefed. 3. Interviewees: [[name:NG]], [[name:AK]],
        [[name:FA]], F/O [[name:Roisin Dempsey]].
    """)),
    ("aviation", "success", block("""
        MAINTENANCE OCCURRENCE – GOOD CATCH
        Organisation: [[organisation:Westway Aero Engineering]] (Part 145)    MOR: [[case_reference:MOR-2023-09112]]
        Aircraft: {{Dash 8 Q400}} [[aircraft_registration:G-WAEQ]]    Date found: [[date:17/11/2023]]

        During a scheduled A-check, B1 engineer [[name:Tariq Mehmood]] ([[name:TM]]) found a 14 mm crack in
        the left main landing gear retraction actuator bracket, not called up on the work pack.
        Task card [[case_reference:WP-4471-22]] amended; fleet inspection raised via {{EASA}} channels.

        Signed: [[name:T. Mehmood]]          Checked: [[name:Gareth Pryce-Jones]], Shift Lead
    """)),
    ("aviation", "near_miss", prose("""
        RUNWAY INCURSION – OCCURRENCE SUMMARY. [[organisation:Kelsby Airport]], MOR
        [[case_reference:MOR-2024-00298]]. On [[date:23/01/2024]] at 07:54 an airfield operations van,
        registration [[vehicle_registration:KE70 RWP]], callsign "Ops 3", driven by [[name:Jordan Bell]],
        entered runway 09 at holding point A1 without clearance while [[flight_number:LXR 402]], an
        {{Embraer 175}}, was on a two-mile final. The tower controller, [[name:Priya Menon]], instructed
        the aircraft to {{go around}}. 3. Findings. 3.1 The driver read back "hold short" but misheard
        the instruction owing to a stuck transmit button on another vehicle. 3.2 {{Stop bars}} were not
        in use in daylight. Driver [[name:JB]] had completed airside driving training 3 weeks earlier.
    """)),
    ("aviation", "incident", block("""
        BIRD STRIKE REPORT – SUMMARY
        Ref: [[case_reference:BS-24-0087]]    Date: [[date:2024-04-16]]
        Aircraft: {{Airbus A320}} [[aircraft_registration:G-EZTN]]    Flight: [[flight_number:ZT 6150]]
        Airport: [[organisation:Harrowden Airport]], runway 27, rotation

        Species: herring gull (x3)   Damage: No. 1 engine fan blades, radome dent
        Crew: Capt [[name:Oluwaseun Adeleke]], F/O [[name:Matteo Ricci]]
        Wildlife controller on duty: [[name:Shaun Doyle]]

        The flock had been reported by [[name:SD]] six minutes earlier but no {{ATIS}} warning was issued.
        Return to stand; 174 passengers disembarked. {{Pitot}} heads inspected, no damage found.
    """)),
    ("aviation", "success", prose("""
        FLIGHT SAFETY REPORT – PILOT INCAPACITATION, HANDLED WELL. Ref [[case_reference:FSR-24-0213]].
        On [[date:2 February 2024]] the captain of [[flight_number:MNX 58]] ({{Boeing 757}},
        [[aircraft_registration:G-MNXA]]), [[name:Richard Ashworth-Lyle]], became unresponsive in the
        cruise. First Officer [[name:Amara Eze]] took control, used the {{PAN PAN}} call to
        {{Scottish Control}} and requested a diversion to [[organisation:Carrowmore Airport]]. Purser
        [[name:Lukas Becker]] and an off-duty nurse, [[name:Gráinne Connolly]], gave oxygen in the flight
        deck. F/O [[name:Eze]] landed single-pilot 28 minutes later. The captain made a full recovery.
        The review found the {{CRM}} recurrent session held on [[date:17/10/2023]] directly helpful.
    """)),
    ("aviation", "near_miss", block("""
        MOR – FUEL BELOW PLANNED FINAL RESERVE
        Operator ref: [[case_reference:OR-2023-1178]]    Date: [[date:30/12/2023]]
        Flight: [[flight_number:BLK 904]]    Aircraft: {{Embraer 195}} [[aircraft_registration:G-BLKF]]

        Time  | Event
        1802  | Holding at LAM for 26 minutes owing to storm.
        1829  | Diversion to [[organisation:Aldhurst Airport]] commenced.
        1851  | "{{MAYDAY FUEL}}" declared by Capt [[name:Jonas Lindgren]].
        1907  | Landed with 980 kg (final reserve 1,050 kg).

        Findings: discretionary fuel not loaded despite {{TAF}} TEMPO; dispatcher [[name:Ciaran Whelan]] not
        consulted. F/O [[name:Ama Owusu]] queried the figure at the briefing.
    """)),
    ("aviation", "incident", prose("""
        HEMS OCCURRENCE INVESTIGATION – HARD LANDING. Operator: [[organisation:Northern Skies Air Ambulance]].
        Aircraft: {{AW169}} [[aircraft_registration:G-NSAA]]. Date: [[date:04/03/2024]]. Ref
        [[case_reference:NSAA-OI-24-03]]. 1. Summary. During a night landing at a pre-surveyed site,
        [[organisation:Tollerby Cricket Club]], the aircraft touched down heavily after a
        {{brownout}} on an unexpected snow patch. The pilot, [[name:Callum Fraser]], and technical crew
        member [[name:Mandeep Gill]] were uninjured; Dr [[name:Leah Rosenthal]] suffered a back strain.
        2. Findings. 2.1 {{NVG}} use was in accordance with the operations manual. 2.2 The site survey
        dated [[date:12/09/2021]] did not record the slope. 3. Interviewees: [[name:CF]], [[name:MG]],
        [[name:LR]].
    """)),
    ("aviation", "near_miss", prose("""
        OCCURRENCE SUMMARY – INCORRECT ALTIMETER SETTING. [[organisation:Barrowden Flying Club]], internal
        ref [[case_reference:BFC-OCC-0412]]. Date: [[date:19 April 2024]]. A student, [[name:Kwabena Mensah]],
        flying {{Cessna 152}} [[aircraft_registration:G-BOWN]] solo, set the {{QFE}} of 998 instead of the
        {{QNH}} of 1011 before joining the circuit at a neighbouring field. The aircraft was about
        360 ft lower than indicated. {{Mode S}} readout alerted the {{FISO}}, [[name:Margaret Blythe]],
        who queried the height. The instructor, [[name:Dev Raghavan]], debriefed [[name:Kwabena]] and
        added a setting check to the pre-solo briefing.
    """)),
    ("aviation", "success", block("""
        CABIN OCCURRENCE – MEDICAL DIVERSION (commendation)
        Flight: [[flight_number:SVR 1209]]    Aircraft: [[aircraft_registration:G-SVRE]]    Date: [[date:07/07/2023]]
        Ref: [[case_reference:CMD-23-0655]]

        A passenger, Mr [[name:Hamid Rostami]], [[age:63]], seat 14C, developed chest pain 40 minutes after
        departure. Cabin manager [[name:Sian Morgan-Price]] used {{MedLink}} and the {{AED}}; a passenger
        doctor, Dr [[name:Kalinda Roy]], assisted. Captain [[name:Neil Foster]] diverted to
        [[organisation:Ravensmere Airport]].
        Outcome: {{STEMI}} confirmed, stented same day. Crew ([[name:SMP]], [[name:NF]]) commended.
    """)),
    ("aviation", "incident", prose("""
        DANGEROUS GOODS OCCURRENCE – CABIN FIRE. MOR [[case_reference:MOR-2024-02219]],
        [[date:15/05/2024]], [[flight_number:KV 3388]], {{Airbus A319}} [[aircraft_registration:G-KVAJ]].
        1. Event. A power bank in a seat pocket at 22F went into {{thermal runaway}}. Cabin crew
        [[name:Oisín Kelly]] and [[name:Yetunde Afolabi]] used a halon extinguisher and the
        {{fire containment bag}}; smoke entered the cabin for about four minutes. 2. Passenger. The
        owner, Ms [[name:Lena Vogt]], had been told at the gate to keep the power bank with her, which
        was correct, but not to stow it in the seat pocket. 3. Crew action. The captain,
        [[name:Bartosz Wrona]], declared a {{PAN}} and continued to destination. [[name:Oisín]] suffered
        minor smoke inhalation. 4. Findings. Detection was delayed by the seat pocket location; the
        {{Dangerous Goods Regulations}} briefing card did not mention seat pockets.
    """)),
    ("aviation", "near_miss", block("""
        LASER ILLUMINATION REPORT
        Flight: [[flight_number:FJN 84]]    Aircraft: {{ATR 42}} [[aircraft_registration:G-FJNC]]
        Date: [[date:12/11/2023]]    Time: 1814 UTC    Position: 4 nm final runway 33, [[organisation:Corran Field]]

        The first officer, [[name:Beatriz Santos]], was illuminated by a green laser from the left at 1,300 ft
        and briefly lost sight of the {{PAPI}}. The captain, [[name:Gethin Howells]], took control and
        continued the approach. Police attended an area near [[address:Harbour View Caravan Park]];
        crime ref [[case_reference:CR/0045871/23]]. [[name:Beatriz]] was seen by the company doctor with no
        lasting eye injury. Reported to the {{CAA}} via MOR [[case_reference:MOR-2023-10417]].
    """)),
]


def main() -> None:
    records = build_records("blind54", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
