"""Held-out blind corpus 44: Midlands and East Anglia primary care, pharmacy, care homes, home care and business aviation.

Setting: GP significant event analyses, community pharmacy dispensing errors and controlled-drug
discrepancies, care-home MAR chart errors, district nursing, domiciliary care rota mix-ups, and
business/private aviation (FBO handling agents, VIP passengers, offshore and European registrations,
crew rosters) around Norwich, Cambridge, Leicester, Nottingham, Coventry and the Fens.
Voice: care co-ordinators texting, night seniors, pharmacists, GP practice managers, district
nurses, relatives writing complaints and thanks, handling agents, schedulers and captains; pasted
pipe tables, CSV export lines, SEA templates, SMS threads, voicemail transcripts and letters.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind44.jsonl"

REPORTS = [
    # 1 -- WhatsApp rota group, wrong address
    ("social_care", "incident", block("""
        [[[date:14/02/2024]], 06:12] [[name:Dawn]] (coordinator): morning all, rota change - [[name:kerry-ann]] off sick so [[name:Sunny]] pls pick up Mrs [[name:Kowalczyk]] 07:30 and Mr [[name:Ahmed]] 08:15
        [[[date:14/02/2024]], 06:40] [[name:Sunny Bains]]: ok will do. which [[name:Ahmed]]? we have 2 on the list
        [[[date:14/02/2024]], 06:41] [[name:Dawn]] (coordinator): [[name:Tariq]], [[address:14 Lime Tree Walk]]
        [[[date:14/02/2024]], 09:58] [[name:Sunny Bains]]: went to [[address:lime tree walk]], its [[name:Tariqs]] brother [[name:Yusuf]] at 14 now. [[name:Tariq]] moved to [[address:3 Osier Close, Sprowston]] [[postcode:NR7 8QT]] {{in jan}}!! nobody updated {{CM2000}}
        [[[date:14/02/2024]], 10:02] [[name:Dawn]] (coordinator): omg. ringing him now [[phone:07981 442 610]]
        [[[date:14/02/2024]], 10:20] [[name:Dawn]] (coordinator): hes ok but missed 8am meds + {{insulin}}. {{GP}} aware. {{Datix}} [[case_reference:DX-41187]] raised, [[name:Kez]] pls update his address on file when ur back
    """)),
    # 2 -- care home MAR, wrong resident
    ("social_care", "incident", prose("""
        Night senior report, [[organisation:Hollyhock House]], Market Harborough. At the 22:00 round on
        [[date:3rd March]] agency carer [[name:Bogdan]] (first shift with us) gave [[name:Edna Pickering]]
        ([[age:91]]) the evening meds belonging to [[name:Edith Pickford]] in room 9 - {{zopiclone}} 3.75mg,
        {{amlodipine}} 10mg and {{furosemide}}. Both ladies have a photo on the {{MAR}} but [[name:Edna]]'s was
        taken on admission in 2019 and she has lost a lot of weight since, and [[name:Bogdan]] had been told
        by the day team "[[name:Edie]] is the one by the window" - they both sit by a window. [[name:Edna]]
        was drowsy overnight, {{NEWS2}} 1 throughout, {{111}} advised hourly obs and she was fine by
        breakfast. [[name:Edith]] missed her evening doses and her BP was 168/94 at 06:00; Dr
        [[name:Forsyth-Grant]] reviewed at 10:00, no harm. Actions: photos retaken for all residents,
        agency induction now covers name + DOB check at the point of giving, not "who sits where".
        [[name:R. Mahlangu]], night senior
    """)),
    # 3 -- letter of thanks to home care agency
    ("social_care", "success", block("""
        Dear Ms [[name:Adeyemi-Clarke]],

        I am writing to say thank you to your carers, especially [[name:Faith]] and young [[name:Chase]], who looked after my father [[name:Frank Whitlock]] at [[address:27 Ketton Road, Stamford]] [[postcode:PE9 2RT]] until he passed away on [[date:9th January]].

        [[name:Faith]] noticed on the Tuesday morning that {{Dad}} wasn't himself, his speech was slurred and his mouth had dropped, and she didn't just write it in the book, she rang {{999}} and then rang me on [[phone:07700 918 245]] while the ambulance was coming. The paramedics said it was a {{stroke}} and that ringing straight away gave him extra time with us.

        [[name:Chase]] always made time to talk about {{Leicester City}} with him, Dad called him "the lad". Please pass this on to the management at [[organisation:Valley Care Partners]] and to whoever does the rota, [[name:Jo]] I think, who always kept the same faces going in.

        With gratitude,
        [[name:Margaret]] ([[name:Peggy]]) [[name:Whitlock-Horne]]
    """)),
    # 4 -- CSV exceptions export, double booking
    ("social_care", "near_miss", block("""
        Export: {{CM2000}} exceptions, branch [[organisation:Fenland Home Support (Wisbech)]], [[date:19/11/2024]]
        visit_id,client,carer,planned,in,out,status,note
        [[case_reference:V-558201]],"[[name:HUSSAIN]], [[name:Rukhsana]]",[[name:amber.t]],07:45,,,MISSED,"carer double booked w/ [[name:SHARMA]]"
        [[case_reference:V-558202]],"[[name:SHARMA]], [[name:Devendra]]",[[name:amber.t]],07:45,07:52,08:20,DONE,
        [[case_reference:V-558203]],"[[name:HUSSAIN]], [[name:Rukhsana]]",[[name:will.osei]],--,09:31,10:02,LATE-COVER,"alert 09:05, [[name:Will]] covered"

        Note from [[name:Lianne]] (scheduler): auto-fill put [[name:Amber]] on both 07:45 calls because Mrs [[name:Hussain]]'s time band was edited when her diabetic review moved. Missed-call alert fired at 08:00 but the on-call phone was on silent. [[name:Rukhsana]] had her {{metformin}} late, no harm. Branch RAG now {{amber}}. Clash check switched back on; on-call handset tested at every handover.
    """)),
    # 5 -- financial abuse concern, care home
    ("social_care", "incident", prose("""
        Concern raised by [[organisation:The Beeches]] (residential, Wymondham) to Norfolk {{adult safeguarding}},
        ref [[case_reference:SG-NCC-10442]]. Resident [[name:Doris Mayhew]], [[age:88]], has {{vascular dementia}};
        her nephew [[name:Craig Mayhew]] holds {{Lasting Power of Attorney}} for property and finance. Fees
        are now three months in arrears. When the manager ([[name:Femi]]) phoned [[name:Craig]] on
        [[phone:07403 119 562]] he said the money was "tied up". Post addressed to [[name:Doris]] shows
        her pension credit was stopped after a change of address to [[address:22 Barrack Street, Norwich]]
        [[postcode:NR3 1TS]] - which is not where she lives - and the letter quoted her NI number
        [[ni_number:JH 44 71 02 C]]. The {{Office of the Public Guardian}} has been contacted. Learning: the
        home had noticed her hairdresser and chiropody bills unpaid since [[date:1 July]] but nobody linked
        it to the fees; finance and care staff now meet monthly.
    """)),
    # 6 -- best interest meeting notes
    ("social_care", "success", block("""
        BEST INTEREST MEETING - NOTES
        Re: Mr [[name:Emmanuel Boateng]]   DOB [[date_of_birth:02.07.1938]]   NHS [[nhs_number:688 126 3406]]
        Venue: [[organisation:Lark Rise Nursing Home]], Mildenhall (conf room)
        Date: [[date:Thurs 6th June 2024]]

        Present:
          [[name:Tom Fairweather]] - {{Home Manager}}
          Dr [[name:A. Chaudhry]] - GP, [[organisation:Brook Lane Surgery]]
          [[name:Abena Boateng]] - daughter (by phone, [[phone:+233 24 412 7788]])
          Sister [[name:Niamh O'Dowd]] - DN team
          [[name:Kwame B]]. (grandson)
        Apologies: [[name:Rose]] from {{SALT}}

        Summary: [[name:Emmanuel]] lacks capacity re medication ({{MCA}} assessment [[date:29/05]]). He has been spitting out {{apixaban}} since the stroke. Agreed covert administration in yoghurt; [[organisation:Gorsebrook Pharmacy]] confirmed it can be crushed. Review in {{3/12}}.
        Outcome: agreed by all. [[name:Abena]] thanked staff for involving the family properly this time.
    """)),
    # 7 -- voicemail transcript, key safe
    ("social_care", "near_miss", block("""
        Voicemail - received 17:46 Fri [[date:12/01]] - transcribed by {{Carebeam}}
        "Hiya it's, um, [[name:Gosia]] from the Wellingborough run, [[name:Gosia Nowak]], er, calling about Mr [[name:Rafferty]] at number 8, [[address:Orchard Mews]]. When I got there the key safe code had been changed and the new one's on a bit of paper taped to the box, like, anyone could see it. His niece [[name:Siobhan]] done it I think. I got in and he's fine, but can someone ring her, she's on [[phone:oh-seven-eight-nine-oh, three-three-one, two-oh-seven]]. Also his blister pack from {{Boots}} has still got Tuesday's tablets in so he might've missed a day. Right. Bye. Oh it's [[name:Gosia]]. Bye."
    """)),
    # 8 -- supported living, lowercase typing
    ("social_care", "incident", prose("""
        incident [[date:09/03]] approx 23:30. staff member ([[name:jack]]) left the meds cabinet unlocked in
        the office at [[address:flat 2, 61 denman st]] after giving [[name:kyle]] his {{PRN}} {{lorazepam}}.
        [[name:kyle]] went in while [[name:jack]] was on the phone to on call and took his housemates
        ([[name:Dean]]) {{sertraline}} box but handed it back straight away when asked, nothing taken, counted
        by me and [[name:jack]] at 23:50 all correct. [[name:kyles]] mum rang at 08:00 very upset as [[name:kyle]]
        had told her about it. i have spoken to [[name:jack]] re the cabinet and the {{positive behaviour support}}
        plan says 2 staff for PRN which didnt happen. i hope this is ok to go on the system, [[name:Hope]] said
        to write it up as a near miss but i put incident as he did get in the cabinet. [[name:Rhys]] (senior)
    """)),
    # 9 -- CD register pipe table, nursing home
    ("social_care", "incident", block("""
        CD REGISTER RECONCILIATION - [[organisation:Ashcombe Court (Nursing)]], Northampton
        | Date | Resident | Drug | Expected | Counted | Checked by |
        |---|---|---|---|---|---|
        | [[date:21/08/24]] | [[name:B. Szymańska]] (Rm 12) | {{oxycodone}} 5mg caps | 18 | 18 | [[name:KO]] / [[name:LF]] |
        | [[date:22/08/24]] | [[name:B. Szymańska]] (Rm 12) | {{oxycodone}} 5mg caps | 16 | 15 | [[name:KO]] / [[name:Danuta]] |
        | [[date:22/08/24]] | [[name:J. McAllister]] (Rm 4) | {{fentanyl}} 25mcg patch | 4 | 4 | [[name:KO]] / [[name:Danuta]] |
        Discrepancy of 1 capsule found on the [[date:22/08]] night check by [[name:Kemi O]]. and [[name:Danuta W]]. The 14:00 dose was signed by an agency nurse with no witness signature; agency ([[organisation:Primecare Nursing Solutions]]) cannot reach her. {{CDAO}} informed, ref [[case_reference:ACC-CD-0087]]; police not yet. Mrs [[name:Szymańska]] had her doses, no harm to her.
    """)),
    # 10 -- e-mail praise, doorstep scam
    ("social_care", "success", block("""
        From: [[name:Harriet Gage]] <[[email:h.gage@fenlandhomecare.co.uk]]>
        To: Safeguarding Hub; [[email:mark.ellery@cambs-care.org.uk]]
        Sent: [[date:30 September 2024]] 14:09
        Subject: Praise - [[name:Summer Achterberg]] (carer) - doorstep scam stopped

        Hi [[name:Mark]],
        Quick one for the newsletter. Yesterday [[name:Summer]] was on her lunch call to Mrs [[name:Ivy Lockwood]] ([[age:87]]) in {{March}} (the town, not the month!) when two men turned up claiming to be from the water board and wanting £600 for "urgent pipe work". [[name:Summer]] stayed with [[name:Ivy]], took the reg of their van - [[vehicle_registration:WR68 KPU]] - and rang {{101}}, crime ref [[case_reference:CB-24-188371]]. {{Trading Standards}} have since linked the van to three other calls in the Fens.
        Can we put her forward for the quarterly award?
        [[name:Harriet]]
        [[name:Harriet Gage]] | Registered Manager | [[phone:01354 650 281]]
    """)),
    # 11 -- fall and transfer pack
    ("social_care", "incident", prose("""
        [[name:Gwenllian Pryce-Jones]] ([[age:84]], known as [[name:Gwen]]) fell in the lounge at
        [[organisation:Foxglove Lodge]], Lincoln, on [[date:Sunday 17 November]] at 14:10. Carer
        [[name:Oluwaseun Adebayo]] ("[[name:Seun]]") found her and she was taken by {{EMAS}} to
        [[organisation:Lincoln County Hospital]] with a suspected {{neck of femur}} fracture. The transfer pack
        went without her {{ReSPECT form}}, and the medication list in it was the old one from before Dr
        [[name:Iqbal]] stopped her {{alendronic acid}}. [[organisation:Waddington Ward]] rang at 19:40 asking
        about resuscitation status as the family were not answering; senior [[name:Bernadette]] emailed the
        form to [[email:ulht.waddingtonward@nhs.net]] at 20:05. [[name:Gwen]] had surgery next day.
        Learning: "grab sheet" checklist now on the front of every resident file and meds list printed
        fresh from the eMAR at the time of transfer.
    """)),
    # 12 -- SMS thread, possible double dose
    ("social_care", "near_miss", block("""
        SMS thread [[phone:07712 306 448]] <-> Office ([[phone:01473 729 551]])
        Tue [[date:08/10]] 19:52 from [[phone:07712 306 448]]: hi its [[name:bill]]. at mrs [[name:ferreira]] now, her daughter says she has already had her teatime meds from the other carer?? but MAR not signed. dont want to double dose
        Tue [[date:08/10]] 19:55 from Office: Hi [[name:Bill]], [[name:Grace]] here on call. Do NOT give. Who was the 5pm call?
        Tue [[date:08/10]] 19:58 from [[phone:07712 306 448]]: rota says [[name:Precious M]] but [[name:P]] says she was sent to Kesgrave instead
        Tue [[date:08/10]] 20:06 from Office: Spoke to [[name:Precious]], she did give at 17:20 but forgot to sign. Please write on MAR "given by [[name:PM]] per phone 20:05". Thank you for checking x
    """)),
    # 13 -- complaint letter, female carers only
    ("social_care", "incident", block("""
        [[address:14 Belvoir Drive]]
        [[address:Syston, Leicester]] [[postcode:LE7 1GQ]]

        [[date:28 November 2024]]

        Complaints Manager, [[organisation:Swan Lane Homecare Ltd]]
        Your ref: [[case_reference:CMP/0419]]   Client no: [[case_reference:SLH-20771]]

        Dear Sir/Madam,
        I am complaining on behalf of my mother, Mrs [[name:Khadija Begum Mirza]], about the visits on [[date:19th]] and [[date:20th November]]. Her care plan says female carers only, agreed with your assessor [[name:Stacey]] {{in August}}. On both mornings a male carer, I believe called [[name:Adrian]] or [[name:Adi]], arrived to do {{personal care}}. {{Mum}} was so distressed she would not let him in, and went without a wash and without her morning {{insulin}} until I got there at 11.
        When I rang the office ([[phone:0116 269 4410]]) I was told "the system put him on automatically because [[name:Fatima]] is on leave". This is not acceptable.
        Yours faithfully,
        [[name:Imran Mirza]]
        [[email:imran.mirza82@gmail.com]]
    """)),
    # 14 -- reablement success
    ("social_care", "success", prose("""
        Good news story for the team meeting. Mr [[name:Nguyễn Văn Dũng]] ("Mr [[name:Dung]]" on our rota
        because the system strips the accents) came home from the [[organisation:Norfolk and Norwich]] on
        {{Pathway 1}} after a long stay with pneumonia, expected to need a permanent package. [[name:Lech Zieliński]],
        our reablement worker, found out through his son [[name:Minh]] that he had been a chef for thirty years,
        so instead of the standard kitchen assessment OT [[name:Rhiannon]] got him cooking phở with a perching
        stool and a kettle tipper. Six weeks later he is independent with meals, washing and stairs and was
        discharged from [[organisation:Broadland Reablement]] on [[date:4/10/24]] with no ongoing care. [[name:Minh]]
        says his dad now cooks for the neighbours. Well done [[name:Lech]] - this is what {{strengths-based practice}} looks like.
    """)),
    # 15 -- pasted incident form, overdose
    ("social_care", "incident", block("""
        INCIDENT FORM (copied from {{Log my Care}})
        Service user: [[name:Phillips]], [[name:Roxanne]] "[[name:Roxy]]"
        DOB: [[date_of_birth:11/04/1979]]   NI: [[ni_number:NP238815B]]   Room/Flat: 3B
        Service: [[organisation:Cedar Rise Supported Living]], [[address:40 Coppice Road, Arnold, Nottingham]] [[postcode:NG5 7HJ]]
        Date/time: [[date:02/02/2025]] approx 03:40
        Staff on duty: [[name:Mihai Popescu]] (waking night), [[name:Jade K-Walsh]] (sleep-in)
        Description: [[name:Roxy]] found in kitchen having taken approx 10 x {{paracetamol}} 500mg from the PRN box, which had been left unlocked after the 22:00 round.
        Action: {{999}}, {{EMAS}} attended, taken to [[organisation:QMC]] {{ED}}. Key worker [[name:Chidi]] informed 07:00, crisis team informed.
        Incident no: [[case_reference:IR-CRS-0233]]
        Completed by: [[name:M. Popescu]]
    """)),
    # 16 -- double-up call, traveller site
    ("social_care", "near_miss", prose("""
        Double-handed call at [[address:Plot 6, Ferry Lane site, Cottenham]] on [[date:Thursday 23rd]]. Client
        [[name:Levi Boswell]] ([[age:67]]) has {{motor neurone disease}} and needs two carers for the {{hoist}}. The
        rota showed [[name:Teodora Lungu]] and [[name:Dawn Price]], but [[name:Dawn]] had been moved to a call in
        Histon by the auto-scheduler at 06:02, before dawn, and nobody told [[name:Teodora]]. [[name:Teodora]]
        arrived alone and [[name:Levi]]'s wife [[name:Cinderella]] ("[[name:Cinders]]") offered to help with the
        hoist. [[name:Teodora]] correctly said no, kept him comfortable in bed and rang the office
        ([[phone:01223 40 22 19]]); [[name:Marek]] arrived 40 minutes later and the transfer was done safely.
        [[name:Cinders]] said she has been asked to help "loads of times" by other carers - being followed up.
        Auto-scheduler must never split a double-up; now locked.
    """)),
    # 17 -- Teams chat, warfarin transcription
    ("social_care", "success", block("""
        [09:14] [[name:Priya Venkataraman]]: Morning [[name:Lou]] - new MAR for Mr [[name:Okonkwo]] came from the pharmacy, says {{warfarin}} 5mg daily but the hospital {{TTO}} says 3mg Mon/Wed/Fri and 4mg other days
        [09:16] [[name:Louise]] "[[name:Lou]]" [[name:Attwood]]: good spot!! dont give anything till we check. {{INR}} book says 3/4 alternating per Dr [[name:Sandhu]] [[date:14/3]]
        [09:31] [[name:Priya Venkataraman]]: pharmacist ([[name:Aled]]) confirmed their transcribing error, reprinting now. Logging it their end, ref [[case_reference:GB-PI-771]]
        [09:33] [[name:Louise]] "[[name:Lou]]" [[name:Attwood]]: brilliant. put it in the good catch book pls. [[name:Okonkwo]] family visiting at 2, ill let his son [[name:Chukwuemeka]] know
    """)),
    # 18 -- missed call, duplicate record with typo
    ("social_care", "incident", prose("""
        Missed tea call for Mrs [[name:Cartwright]] at [[address:5 Holly Bush Lane, Burbage]] on [[date:27/12]].
        The carer app showed the call as done because it was logged against Mrs [[name:Cartwight]] - a
        duplicate record with a typo created when she was re-referred after her hospital stay, so one record
        was live on the rota and the other in the app. Her grandson [[name:Alexander]] found her at 20:30 having
        not eaten or had her {{co-careldopa}} since lunch - time-critical for {{Parkinson's}}. [[name:Alex]] rang
        the out of hours line ([[phone:01455 611 804]]) and got the answerphone; [[name:Xander]] (as he signs his
        texts) then messaged branch manager [[name:Dionne]] directly. Mrs [[name:Cartwright]] was stiff and
        frightened but not injured. Actions: records merged, weekly duplicate search, and the OOH line now
        diverts to a mobile. Reference to the {{Get It On Time}} campaign added to induction.
    """)),
    # 19 -- eMAR photo near miss
    ("social_care", "near_miss", prose("""
        Near miss [[date:05/06/2024]], [[organisation:Rowan Court Care Home]], Peterborough. Senior [[name:Mark Oyelaran]]
        went to give [[name:Rose Tiller]] her 08:00 {{levothyroxine}} using the {{eMAR}} handheld and noticed the
        photo on screen was of [[name:Rosa Tilley]] from the floor above. The handheld reopens the last resident
        searched, and a search for "Ros Til" brings up both ladies. [[name:Mark]] did not mark it as given, closed
        the record and reopened from the room QR code. No medication was given in error. [[name:Rosa]]'s
        {{apixaban}} was due at the same time, so the outcome could have been serious. All seniors asked to
        scan the door QR code rather than search by name; [[name:Mark]] has shown the night team.
    """)),
    # 20 -- letter of thanks to night staff
    ("social_care", "success", block("""
        To all the night staff at [[organisation:Willowmere]], especially [[name:Eilidh]], [[name:Caoimhe]] and [[name:Abdul-Rahman]] ([[name:Abdul]]),

        Thank you for the way you cared for {{Mum}}, [[name:Patricia]] "[[name:Trish]]" [[name:Fenwick]], in her last week. On the night of [[date:2nd February]] when the end was close, [[name:Caoimhe]] rang me at 02:15 on my mobile ([[phone:07855 201 377]]) and then sat holding Mum's hand until I arrived from Bury. [[name:Abdul]] made me tea and toast and found me a blanket. [[name:Eilidh]] had already called the district nurses for the {{syringe driver}}, so Mum was peaceful.

        You never made me feel like I was in the way.

        Love from [[name:Jacqueline]] ([[name:Jackie]]) [[name:Fenwick]] and family,
        [[address:11 Mildenhall Road, Bury St Edmunds]] [[postcode:IP32 6EH]]
    """)),
    # ---------------------------------------------------------------- health
    # 21 -- GP SEA, same-name results
    ("health", "incident", block("""
        SIGNIFICANT EVENT ANALYSIS
        Practice: [[organisation:Saxon Fields Medical Practice]], Kettering
        SEA ref: [[case_reference:SEA-24/09]]   Date of event: [[date:12 July 2024]]   Meeting: [[date:07/08/2024]]
        Facilitator: Dr [[name:Catriona MacLeod]]
        Attendees: Dr [[name:R. Oduya]], [[name:Paula]] ({{practice manager}}), [[name:Kerry-Ann Fox]] ({{HCA}}), [[name:Jagdeep]] (reception)

        1. What happened?
        Bloods for Mr [[name:Daniel Hughes]] (DOB [[date_of_birth:03/05/1961]], NHS [[nhs_number:319 012 8464]]) were filed to the record of another Mr [[name:Daniel Hughes]] (DOB [[date_of_birth:14/10/1987]]). A raised {{PSA}} of 19 was not actioned for three weeks until the patient rang.
        2. Why?
        Request made on {{ICE}} by picking the name from a drop-down; DOB not checked; no alert for same-name patients.
        3. Learning / changes
        Three-point ID for every request; "same name" alert on {{EMIS}} for both records; [[name:Kerry-Ann]] to audit all same-name pairs.
    """)),
    # 22 -- dispensing error, LASA
    ("health", "incident", prose("""
        Dispensing incident, [[organisation:Wensum Valley Pharmacy]], Taverham, [[date:Wed 16 Oct]]. Patient
        [[name:Ho Mei-Ling]] (Mrs [[name:Ho]] on the PMR) had a prescription for {{prednisolone}} 5mg, six
        tablets once daily, which was dispensed as {{propranolol}} 40mg. Dispenser [[name:Kasia]] picked from
        the shelf where the two sit next to each other; the accuracy check by pharmacist [[name:Sanjeev Gill]]
        missed it ("I looked at the label, not the box"). Her daughter [[name:Wing]] noticed the tablets
        looked different from last time and phoned ([[phone:01603 867 240]]) before any were taken. Recorded
        on {{LFPSE}} and internal log [[case_reference:WVP-DI-2024-031]]. Learning: shelves separated, {{look-alike
        sound-alike}} shelf-talkers added, final check now done with the original pack in hand.
    """)),
    # 23 -- methadone CD discrepancy
    ("health", "incident", block("""
        Subject: CD discrepancy - {{methadone}} 1mg/ml - [[organisation:Abbey Road Pharmacy]], Leicester
        Running balance check [[date:Fri 4/10/24]] 18:20: measured 2,304ml vs register 2,340ml (-36ml).

        date,time,patient,cdc_ref,ml,balance,by
        [[date:2024-10-03]],09:10,[[name:K. Doherty]],[[case_reference:CDC-8812]],60,2440,[[name:AB]]
        [[date:2024-10-03]],09:40,[[name:L. Stanciu]],[[case_reference:CDC-9017]],40,2400,[[name:AB]]
        [[date:2024-10-04]],09:05,[[name:K. Doherty]],[[case_reference:CDC-8812]],60,2340,[[name:RT]]

        Locum [[name:Ravi Thakrar]] ([[name:RT]]) found that the 11:30 supervised dose for [[name:Malachy O'Brien]] ([[case_reference:CDC-7761]], 35ml) was made up and given but only written on the {{FP10MDA}}, never entered in the register. Remaining 1ml within pump tolerance. Entry made with annotation, witnessed by [[name:Asha Bhatt]] ([[name:AB]]). {{CDAO}} at the {{ICB}} informed. [[email:abbeyroad.pharmacy@nhs.net]]
    """)),
    # 24 -- district nursing insulin near miss
    ("health", "near_miss", prose("""
        District nurse [[name:Siân Prydderch]] (Lowestoft east team) visited [[name:Walter Cobbold]] ([[age:79]]) at
        [[address:Flat 11, Kirkley Court, London Road South]] on [[date:20/03/2024]], his first visit after
        discharge from [[organisation:James Paget]]. The handwritten insulin chart read "{{Humulin I}} 6u" and
        [[name:Siân]] had dialled the pen to 60 before she stopped: the "u" had been written so it looked like a
        zero. His usual dose was 6 units and his {{capillary blood glucose}} was 5.8. She rang the ward ([[phone:01493 452 101]]),
        the discharging nurse confirmed 6 units. Learning: units never abbreviated, charts to be
        printed, and all DN staff reminded of the {{insulin passport}}. Mr [[name:Cobbold]]'s daughter
        [[name:Lorraine]] has been shown how to check the dose.
    """)),
    # 25 -- GP telephony note, sepsis caught
    ("health", "success", block("""
        Telephony note - [[organisation:Brook Lane Surgery]] - [[date:11/01/25]]
        Caller: Ms [[name:Amina Yusuf-Hassan]] ({{mum}}) re [[name:Idris]], [[age:2y 3m]], DOB [[date_of_birth:14/09/2022]]
        Call back no: [[phone:+44 7723 410 988]]
        Taken by: [[name:Bethan]] ({{Care Navigator}})
        Notes: temp 39.6, mottled legs, "not himself", not feeding since last night. [[name:Bethan]] used the red-flag script (mottled skin = red flag), did not book the afternoon slot, transferred to duty doctor Dr [[name:Oyelaran]] straight away.
        Outcome: Dr [[name:Oyelaran]] spoke to mum 10:42, advised {{999}}. Taken to [[organisation:Ipswich Hospital]] paeds, treated for {{sepsis}}.
        Follow-up [[date:20/01]]: mum rang to say [[name:Idris]] is home and well and asked us to thank "the lady on the phone".
    """)),
    # 26 -- complaint about 2WW referral
    ("health", "incident", block("""
        [[name:Bronwen Ellis-Whyte]]
        [[address:The Old Forge, Church Lane, Hemingford Grey]]
        [[postcode:PE28 9DZ]]
        Tel [[phone:01480 46 33 92]]

        [[date:3rd September 2024]]

        The Practice Manager, [[organisation:Ouse Valley Surgery]]
        Re: my husband [[name:Geraint Ellis-Whyte]], DOB [[date_of_birth:22/01/1958]], NHS no [[nhs_number:965 515 4920]]

        Dear Mrs [[name:Ashworth]],
        I wish to complain about [[name:Geraint]]'s suspected cancer referral. Dr [[name:Kapoor]] saw him on [[date:2 July]] with blood in his urine and told us he would be seen within two weeks under the {{two week wait}}. We heard nothing. When I rang on [[date:30 July]] I was told the referral had been rejected by the hospital on [[date:5 July]] because the wrong {{e-RS}} service was selected, and the rejection went to a shared inbox that nobody monitored. He was finally seen at [[organisation:Hinchingbrooke]] on [[date:21 August]] and now awaits a {{cystoscopy}}.
        I want to know who checks that inbox and what has changed.
        Yours sincerely,
        [[name:Bronwen Ellis-Whyte]] (Mrs)
    """)),
    # 27 -- same-name bag hand-out
    ("health", "near_miss", prose("""
        Bag nearly handed to the wrong person. Counter assistant [[name:Frankie]] at [[organisation:Canal Side Pharmacy]],
        Loughborough, went to give Mr [[name:Li]]'s bag ([[name:Li Wei]], {{tamsulosin}} and {{finasteride}}) to a
        gentleman who had asked for "prescription for [[name:Lee]]". She asked for the first line of the address as
        per SOP; he said "[[address:48 Ashby Road]]", not the address on the bag ([[address:7 Forest Road]]), so she
        checked again and found Mr [[name:Anthony Lee]]'s bag in the fridge section with his {{Ozempic}} pens.
        The two surnames sound identical at the counter. Shared at huddle [[date:Tues 9th April]]; team to always
        ask for address or DOB, never confirm a name the customer has just said.
    """)),
    # 28 -- DN handover pipe table, similar names
    ("health", "incident", block("""
        DN handover - [[organisation:King's Lynn North DN team]] - Mon [[date:25/03]] am
        | Patient | Address | Freq | Issue | Nurse |
        | [[name:Faith Agyemang]] | [[address:19 Gaywood Rd]] | BD | Cat 2 sacral {{pressure ulcer}}, {{Waterlow}} 18 | [[name:SO]] |
        | [[name:Gordon Riches]] | [[address:Hillcrest Farm, Grimston]] | daily | leg ulcer, {{Doppler}} due | [[name:Ceri]] |
        | [[name:F. Agyeman]] | [[address:2 Loke Rd]] | weekly | B12 inj | [[name:SO]] |

        Huddle: [[name:Faith Agyemang]] was not visited Sat pm because weekend HCA [[name:Tomasz]] filtered the list for "[[name:Agyeman]]" and took the weekly patient. Sacral area was cat 3 by Monday. Two similar names on one caseload, never flagged. Family not told until [[name:Ceri]] rang her son [[name:Kofi]] on [[phone:07956 330 118]].
        Actions: name alert on {{SystmOne}}; risk reassessed; {{safeguarding}} referral not needed per team lead [[name:Sophie Oduro]] ([[name:SO]]).
    """)),
    # 29 -- forwarded e-mail, SMR finds duplicate ACE-i
    ("health", "success", block("""
        ---------- Forwarded message ---------
        From: [[name:Oksana Hrytsenko]] <[[email:oksana.hrytsenko1@nhs.net]]>
        Date: [[date:Tue, 14 May 2024]] at 16:02
        Subject: SMR findings - Mr [[name:Gerald Anstey]]
        To: [[email:k.sandhu3@nhs.net]]

        Hi [[name:Kam]],
        Did Mr [[name:Anstey]]'s {{structured medication review}} today at [[organisation:Wellbrook Care Home]]. He is on {{ramipril}} 10mg (from us) AND {{lisinopril}} 20mg, started by the cardiology clinic at [[organisation:Glenfield]] and added to the MAR by the home from the clinic letter but never reconciled on our system. K+ 5.9, eGFR down to 38. Stopped lisinopril with the home, repeat U&E booked [[date:17/05]]. Probably explains the falls too.
        [[name:Oksana]]
        PCN clinical pharmacist, [[organisation:Soar Valley PCN]]

        > [[name:Kam Sandhu]] wrote: Great catch - please bring to Thursday's clinical meeting. K
    """)),
    # 30 -- anticipatory medicines missing
    ("health", "incident", prose("""
        Verification of expected death at [[address:31 Saxon Way, Oakham]] on [[date:08/12/2023]] 04:15 by night
        DN [[name:Chiamaka Eze]]. On reconciling the {{just in case}} box against the {{anticipatory medicines}}
        chart, two {{midazolam}} 10mg/2ml ampoules were missing (10 supplied, 3 given by [[name:CE]] and
        [[name:Dawid]] over two nights, 7 expected, 5 present). His wife [[name:Valerie]] said a grandson
        ("[[name:Bradley]], he's a good lad") had "tidied the medicine box". Police informed via {{101}}, log
        [[case_reference:LEI-081223-0177]]; {{CDAO}} informed. Remaining CDs returned to
        [[organisation:Oakham Pharmacy]] with two signatures. Learning: the referral mentioned drug use in the
        household, but this never reached the DN care plan, so the box was not locked.
    """)),
    # 31 -- MDS tray texts
    ("health", "near_miss", block("""
        Texts to [[organisation:Hunstanton Pharmacy]] MDS line [[phone:07860 222 915]]
        Sat [[date:06/04]] 09:12 from [[phone:07412 558 903]]: hello its [[name:Jolene]], [[name:Maureen Pearsons]] daughter. mums new tray came yesterday but the days start on wednesday and her old one finishes saturday?? so she would take weds-fri twice. also the top says [[name:J PEARSON]] not [[name:M PEARSON]]
        Sat [[date:06/04]] 09:40 from Pharmacy: Hi [[name:Jolene]], thank you so much for flagging. Please don't start either new tray. [[name:Raj]] will drop corrected ones by 12 today.
        Sat [[date:06/04]] 12:05 from [[phone:07412 558 903]]: got them thanks [[name:Raj]] x

        Pharmacy note: both ladies on MDS at same address; labels swapped at sealing and start day keyed wrongly. Logged [[case_reference:HP-NM-0416]].
    """)),
    # 32 -- thank-you card to DN team
    ("health", "success", block("""
        Transcribed from card, put on DN team noticeboard [[date:19.02.25]]

        Dear Sister [[name:Grace]], [[name:Rhonda]], [[name:Bill]] and [[name:Ade]],
        Thank you for looking after my [[name:Stanley]] through his leg ulcers. For two years you came {{every Tues & Fri}}, rain or shine, and the {{four-layer bandaging}} finally did it! [[name:Bill]], you always knew when [[name:Stan]] wasn't right and got the doctor out. [[name:Stan]] says he will miss the gossip more than the bandages.
        God bless you all,
        [[name:Irene]] & [[name:Stan]] [[name:Fairbrother]]
        [[address:Brandon Road, Thetford]]
    """)),
    # 33 -- SEA, wrong vaccine
    ("health", "incident", block("""
        LEARNING EVENT - [[organisation:Nene Park Practice]], Peterborough - ref [[case_reference:NPP/LE/2024/06]]

        WHAT HAPPENED
        [[name:Lily-Mae Docherty]] (DOB [[date_of_birth:30/06/2021]], NHS [[nhs_number:056 177 3327]]), a [[age:3-year-old]], attended on [[date:12/06/2024]] for her pre-school booster and {{MMR}} dose 2. Nurse [[name:Shirin]] gave {{Infanrix hexa}} instead of {{Boostrix-IPV}}; both boxes were in the same fridge tray.
        IMMEDIATE ACTION
        Error spotted when recording batch number. {{Mum}} ([[name:Kayleigh]]) told same day, {{UKHSA}} advice sought: no harm, no extra dose needed, record amended.
        CONTRIBUTORY FACTORS
        Fridge restocked by a locum; similar packaging; clinic overrunning.
        ACTIONS
        Separate labelled trays ([[name:JH]], [[date:19/06]]); vaccine checked aloud with parent ([[name:Shirin]], done).
    """)),
    # 34 -- Datix-style form, methotrexate
    ("health", "near_miss", block("""
        Ref: [[case_reference:W182503]]
        Reported by: [[name:Harpreet Dhaliwal]], clinical pharmacist
        Location: [[organisation:Bridge Street Pharmacy]], Spalding
        Date of incident: [[date:21/02/2025]]
        Patient: [[name:EVANS]], [[name:Glenys]]   NHS No: [[nhs_number:430 060 5572]]
        Description: Repeat prescription via {{EPS}} from [[organisation:Holland Fen Surgery]] for {{methotrexate}} 2.5mg "take 4 tablets daily" - usual is 4 tablets ONCE A WEEK ({{Fridays}}). Queried with surgery: locum Dr [[name:Obi]] had re-keyed the item because the original was discontinued in error by reception. Corrected to weekly before dispensing.
        Harm: none (near miss)
        Manager informed: [[name:Alys]]
    """)),
    # 35 -- PCN governance minutes, lithium
    ("health", "incident", block("""
        [[organisation:Trent Bridge PCN]] Clinical Governance - [[date:10 April 2025]]
        Present: Dr [[name:H. Nakamura]] (chair), [[name:Ngozi Chukwu]] (ANP), [[name:Bill Harrow]] ({{PM}}), [[name:Tadeusz Nowicki]] (pharm)
        Apologies: [[name:Rosie]]

        Item 3 - SEA [[case_reference:TBP-SEA-2025-004]] - {{lithium}} monitoring
        {{Patient A}} ([[name:DL]], [[age:52]]) admitted to [[organisation:QMC]] [[date:28/02]] with lithium toxicity. Last level 11 months previously; the recall was deleted when the patient moved between two practices during the merger. Shared care agreement with the mental health trust not transferred either.
        Learning: merger checklist did not cover recalls. Monthly lithium search to be run by [[name:Ngozi]]; [[name:Tadeusz]] to check all shared care drugs by end of May.
    """)),
    # ---------------------------------------------------------------- aviation
    # 36 -- bags in wrong Global
    ("aviation", "incident", prose("""
        [[organisation:Fenland Jet Centre]] ({{FBO}}), Cambridge, [[date:Friday 12 July]]. Two {{Global 6000}}s on the
        west apron: [[aircraft_registration:M-AKOV]] (Isle of Man, for Nice) and [[aircraft_registration:VP-CLX]]
        (Cayman, for Geneva). Ramp agent [[name:Jordan Pike]] loaded six bags belonging to the Nice party into
        [[aircraft_registration:VP-CLX]] because the tags read "Global - 14:30" and both crews had filed for
        14:30. It was found by Capt [[name:Lindqvist]] of [[aircraft_registration:VP-CLX]] on his walkround when
        the hold count did not match his manifest. The Nice passengers, Mr [[name:Al-Qasimi]]'s party, were
        already boarding [[aircraft_registration:M-AKOV]]; delay 35 min while bags were moved. Learning: bag
        tags now carry the registration, not type and time, and a second agent signs the hold before closing.
        Shift lead [[name:Priyanka]] to brief all ramp staff.
    """)),
    # 37 -- crew roster pipe table, FDP
    ("aviation", "near_miss", block("""
        Crew roster - [[organisation:Broadland Executive Aviation]] - wk 32
        | Date | Tail | Sector | Capt | FO | CCM |
        |---|---|---|---|---|---|
        | [[date:06/08]] | [[aircraft_registration:9H-BXL]] | {{EGSH}}-LFMN-EGSH | [[name:D. Whelan]] | [[name:S. Hakimi]] | [[name:Amber Flood]] |
        | [[date:07/08]] | [[aircraft_registration:9H-BXL]] | EGSH-LGAV | [[name:D. Whelan]] | [[name:P. Novák]] | [[name:Amber Flood]] |
        | [[date:07/08]] | [[aircraft_registration:OE-IWC]] | EGSH-EGPH-EGSH | [[name:R. Oyinlola]] | [[name:S. Hakimi]] | - |

        On [[date:06/08]] [[aircraft_registration:9H-BXL]] returned 3h late (slot), so [[name:Declan Whelan]]'s rest before the 06:00 report would have been 9h15, below the 10h minimum in our {{FTL}} scheme. Scheduler [[name:Jonty]] had entered actual block times but the legality check only runs overnight. Caught by [[name:Amber]] at check-in asking "are we legal?". Standby captain [[name:Ewa Krawczyk]] operated.
    """)),
    # 38 -- e-mail complaint, FSII fuel
    ("aviation", "incident", block("""
        From: [[name:Reto Baumgartner]] <[[email:r.baumgartner@alpenair-ops.ch]]>
        To: [[email:handling@skylinefbo-norwich.co.uk]]
        Date: [[date:22 Jan 2025]] 07:48
        Subject: RE: [[aircraft_registration:HB-JKF]] fuel uplift Norwich - complaint

        Dear [[name:Nathan]],
        Our {{Challenger 605}} [[aircraft_registration:HB-JKF]] was fuelled last night with {{Jet A-1}} WITH {{FSII}}, although our fuel request (ref [[case_reference:APO-FR-25-0117]]) said "no additive". The crew found it on the delivery receipt this morning. Maintenance control says no harm, but tanks must be sampled before departure, 2h delay, and our principal has missed his meeting in Zürich.
        Please call me on [[phone:+41 79 555 12 34]].
        Regards, [[name:Reto]]

        > On [[date:21 Jan 2025]], at 19:10, [[name:Nathan Fry]] <[[email:n.fry@skylinefbo-norwich.co.uk]]> wrote:
        > Fuel for [[aircraft_registration:HB-JKF]] confirmed 21:00, Jet A-1, 6,200 kg.
    """)),
    # 39 -- letter of thanks, diversion with sick child
    ("aviation", "success", block("""
        Dear Ms [[name:Ogunleye]],

        On behalf of my principal and his family I would like to thank your team at East Midlands for [[date:Saturday 3 August]]. Their {{Falcon 7X}} [[aircraft_registration:VP-CFM]] diverted to you with the youngest son, [[name:Zayed]] ([[age:6]]), very unwell. Your duty manager [[name:Tobias Reinholt]] had an ambulance airside within eight minutes, and [[name:Gurpreet]] from the front desk stayed with the nanny, [[name:Marisol]], while the family went to [[organisation:Queen's Medical Centre]]. [[name:Zayed]] has made a full recovery.

        Nothing was too much trouble, from hotel rooms for the crew to finding a halal meal at midnight. Please share this with everyone on shift.

        Kind regards,
        [[name:Hélène Duvernoy]]
        Private Office | [[phone:+33 6 12 44 87 09]]
    """)),
    # 40 -- tow log CSV, one wing walker
    ("aviation", "near_miss", block("""
        tow_log.csv (extract) - [[organisation:Harrier Aviation Services]], Coventry
        date,time,reg,from,to,tug,driver,walkers,remarks
        [[date:2024-11-02]],15:05,[[aircraft_registration:G-OKLX]],H2,Stand 4,T3,[[name:b.mcginty]],[[name:kp]]/[[name:zz]],
        [[date:2024-11-02]],15:40,[[aircraft_registration:D-IOBA]],Stand 4,H2,T3,[[name:b.mcginty]],[[name:kp]],ONE WALKER ONLY see {{MOR}}

        [[aircraft_registration:D-IOBA]] ({{Citation CJ3}}) was towed into Hangar 2 with a single wing walker because [[name:Zsuzsanna]] ([[name:zz]]) had been called to the bowser. The left wingtip passed about 30cm from the tailplane of [[aircraft_registration:G-OKLX]]; tow stopped when [[name:Kasim Patel]] ([[name:kp]]) shouted. Driver [[name:Brendan McGinty]] says he "could not see the right side at all". Report [[case_reference:MOR-EGBE-24-117]]. No tow into a hangar without two walkers, no exceptions.
    """)),
    # 41 -- offshore manifest, wrong Sullivan
    ("aviation", "incident", prose("""
        Offshore shuttle [[flight_number:NSR204]], {{AW139}} [[aircraft_registration:G-NSRA]], Norwich to a southern
        North Sea platform, [[date:15/10/2024]]. Two passengers on the day's list: [[name:Ciarán Ó Súilleabháin]]
        (booked by the client as "[[name:Kieran Sullivan]]") and [[name:Jamie Sullivan]]. At check-in the agent
        [[name:Mags]] at [[organisation:Northsea Rotor Services]] scanned the {{OPITO}} card of [[name:Jamie]] but
        ticked "[[name:Sullivan]], K" on the manifest. [[name:Jamie]]'s {{BOSIET}} had expired on [[date:30 September]]
        and he flew without valid training; [[name:Ciarán]] was left at the heliport. Found by the platform
        {{OIM}} on arrival. Learning: manifests to show full names plus date of birth, and card scanning to
        populate the manifest directly. Internal ref [[case_reference:NRS-OPS-24-0512]].
    """)),
    # 42 -- similar callsigns
    ("aviation", "near_miss", prose("""
        Captain's report, [[flight_number:TWY41A]] ({{Phenom 300}}, [[aircraft_registration:G-TWYB]]), Luton to
        Cambridge, [[date:2 March 2025]]. A company aircraft, [[flight_number:TWY14A]], was on the same
        {{Essex Radar}} frequency. We were cleared to descend FL80 and my FO [[name:Hamish Nairn]] read it back;
        the controller did not catch that [[name:Hamish]] had said "one four alpha". [[flight_number:TWY14A]]
        (Capt [[name:Lowe]]) also began to descend before the controller stopped both of us. No {{TCAS}} alert,
        separation maintained. Same operator, same digits reversed, same time of day on the roster. Our ops
        ([[name:Imogen]]) has asked the scheduler to stop pairing these numbers. [[name:Mateusz Wiśniewski]], commander
    """)),
    # 43 -- catering allergen
    ("aviation", "incident", block("""
        CATERING ORDER - [[organisation:Cloud Nine Inflight Catering]]
        Order no: [[case_reference:C9-44817]]
        Aircraft: [[aircraft_registration:OE-LUX]]   Flight: [[flight_number:LXJ312]] Stansted-Vienna   [[date:14 Feb 2025]] 0900
        Pax: 7 (2 children)
        Special: PAX [[name:ANNIKA V]]. ([[age:9]]) - SEVERE TREE NUT ALLERGY - NO NUTS IN ANY ITEM

        Note by cabin attendant [[name:Paulina Żak]]: pastries were labelled "may contain" only, but the almond croissant was plainly frangipane. [[name:Annika]] had one bite before I took it away; lip swelling, her mother gave {{cetirizine}}, no {{EpiPen}} needed. Captain held departure until the parents were happy. Supplier's allergen sheet did not match the order. [[name:Tomek]] at the FBO collected replacement food.
    """)),
    # 44 -- voicemail from captain, passport
    ("aviation", "success", block("""
        Voicemail for [[organisation:Skyline FBO]] ops, left Sun [[date:16/06]] 22:47, transcribed:
        "Evening, it's Captain [[name:Tomás Ferreira-Lynch]] on [[aircraft_registration:M-YJET]], we're in Le Bourget now. Just wanted to say a massive thanks to [[name:Shaz]] on the desk. Our passenger, Mr [[name:Renaud]], had left his passport on the sofa in the lounge and [[name:Shaz]] spotted it and ran it out to the steps before we shut the door. Without it we'd have been turned straight round. Could someone pass that on to her manager? I'm on [[phone:plus four four, seven seven double-oh, nine hundred, four one two]] if you need me. Cheers."
    """)),
    # 45 -- GAR missing passenger
    ("aviation", "incident", prose("""
        The General Aviation Report for [[aircraft_registration:2-TRAV]] (Guernsey) departing Birmingham on
        [[date:09/05/2025]] listed five passengers, but six boarded. The sixth, Dr [[name:Viktor Hrabal]], had been
        added late by the principal's PA [[name:Natasha]] ([[email:natasha.k@orchardholdings.gg]]) in a WhatsApp
        to the captain, not to the handling agent. [[name:Keeley]] at the FBO had submitted the {{GAR}} from the
        original booking and did not re-check the passenger list against passports at the aircraft door.
        {{Border Force}} issued a warning, ref [[case_reference:BF-MID-25-00931]]. Learning: any change of
        passengers goes through handling in writing; the final head count at the door is checked against the
        submitted report by the agent and the captain together.
    """)),
    # 46 -- de-icing type
    ("aviation", "near_miss", prose("""
        [[aircraft_registration:OE-GZK]] ({{Learjet 75}}), East Midlands, [[date:28/01/2025]], freezing fog.
        De-icing by [[organisation:Midlands Aero Support]] finished at 06:52 with {{Type I}} only, although
        the crew had requested a two-step Type I/IV. FO [[name:Lukas Brunner]] noticed when the anti-icing
        code was read over the radio and queried the {{holdover time}}; with Type I alone in freezing fog it
        would have expired before reaching the holding point. The truck driver, [[name:Barry Tull]]
        ("[[name:Bazza]]"), said the request on his sheet was for Type I because the order was taken by
        phone at 05:30. Aircraft re-treated, departed 07:40. Requests now accepted only via the booking
        portal; copy of the crew's request carried on the truck.
    """)),
    # 47 -- tool control, torch in intake
    ("aviation", "incident", block("""
        TOOL CONTROL - Hangar 3 - [[organisation:Anglia Jet Engineering]], Norwich
        Job card [[case_reference:AJE-WO-24-3381]] - [[aircraft_registration:HB-VPX]] - #2 engine borescope
        Sign-out: torch 3/17   [[name:G. Mwangi]] 08:10   returned: --
        Sign-out: mirror 3/22  [[name:G. Mwangi]] 08:10   returned 11:45 [[name:GM]]
        Sign-out: borescope    [[name:L. O'Driscoll]] 08:30   returned 11:50 [[name:LOD]]

        Torch 3/17 was found in the #2 engine intake by Capt [[name:Schürch]] on his walkround on [[date:18 June]], the morning after the {{CRS}} was issued by [[name:Liam O'Driscoll]]. The shadow board showed the gap but the end-of-shift check was skipped because [[name:Grace Mwangi]] was called to an AOG. Engine inspected, no damage. Shadow-board check now a signed step on the job card.
    """)),
    # 48 -- WhatsApp medical diversion
    ("aviation", "success", block("""
        [[[date:03/09/2024]] 13:02] Ops Dispatch ([[name:Kat]]): [[flight_number:GMA441]] pls confirm position
        [[[date:03/09/2024]] 13:04] [[name:Jack Boateng]]: [[aircraft_registration:M-IKEY]] FL390 abeam Groningen. pax Mr [[name:Lindgren]] chest pain, {{MedAire}} on the line, recommend divert
        [[[date:03/09/2024]] 13:06] Ops Dispatch ([[name:Kat]]): agreed. Norwich closest with ambulance. calling [[organisation:Skyline FBO]] now [[phone:+44 (0)1603 408 772]]
        [[[date:03/09/2024]] 13:31] Ops Dispatch ([[name:Kat]]): ambulance + paramedic at stand 3 for your ETA 13:48. [[name:Shaz]] from FBO meeting you
        [[[date:03/09/2024]] 14:20] [[name:Jack Boateng]]: pax off to [[organisation:NNUH]], wife with him. thanks [[name:Kat]], textbook
    """)),
    # 49 -- consent letter, children with nanny
    ("aviation", "near_miss", prose("""
        [[organisation:Chiltern Gate FBO]], Luton, [[date:Sat 21/12]]. The nanny, [[name:Joy Mutasa]], arrived for
        [[aircraft_registration:VP-CRY]] with two children, [[name:Leo]] ([[age:4]]) and [[name:Aurelia Castellano-Reyes]]
        ([[age:7]]), whose surname differs from hers; parents were flying separately. Handling agent
        [[name:Rosalind Teague]] ("[[name:Roz]]") asked for the parental consent letter, which the booking
        said was attached - it was not. Rather than waving them through, [[name:Roz]] rang the father on the
        number in the booking ([[phone:+34 612 44 90 17]]), who e-mailed a signed letter within 20 minutes.
        [[name:Joy]] was calm and said it was a joy to be asked properly. Departure 25 min late. Shared as good
        practice in {{child trafficking awareness}} refresher; booking form now blocks without the letter.
    """)),
    # 50 -- chauffeur car airside
    ("aviation", "incident", prose("""
        Airside vehicle occurrence, Birmingham, [[date:Thursday 6 March]], ref [[case_reference:BHX-AS-0457]].
        A chauffeur's Mercedes ([[vehicle_registration:BF23 XKL]]) collecting a VIP from [[aircraft_registration:M-OLLY]]
        was to follow the handling agent's escort van ([[vehicle_registration:FE71 OVA]]) from the GA gate. At the
        service road junction the driver, [[name:Dariusz Kowalewski]], followed a fuel bowser instead and
        stopped short of the taxiway holding point. Marshaller [[name:Chase Holloway]] gave chase on foot,
        waved him down and walked the car back. No aircraft was moving at the time. The escort driver,
        [[name:Tunde]], had no radio contact with the car. Learning: VIP cars only airside with the escort
        in direct phone contact, and escort driver briefs the chauffeur face to face; {{ADP}} holders only.
    """)),
]


def main() -> None:
    records = build_records("blind44", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
