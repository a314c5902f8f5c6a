"""Held-out blind corpus 55: shouting systems - ALL-CAPS operational logs beside ordinary prose.

Setting: UK emergency and out-of-hours work where old systems upper-case every field: police
and ambulance CAD logs, council EDT contact records (SURNAME, Forename), hospital PAS screens,
pilots' and ATC occurrence reports, ACARS up/downlinks, NOTAM-style text, coastguard SAR logs,
airport fire service watch logs, HEMS ops logs, plus a few normal-case reflective reports.
Voice: terse capitals, abbreviations and acronyms everywhere (RP, PPN, ATMIST, TCAS RA, RFFS),
names written as SMITH J, MRS PATEL, initials, lower-case chat handles, phonetic-alphabet and
bird names that look like people, mixed with plainer learning-review prose.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind55.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        [[organisation:HARROWFIELD CHILDREN'S SERVICES]] - EDT CONTACT RECORD
        REF: [[case_reference:EDT/24/08817]]        RECEIVED: [[date:17/02/2024]] 23:40
        SURNAME: [[name:OKONKWO]]   FORENAME: [[name:CHIDERA]]   DOB: [[date_of_birth:03/11/2011]]   AGE: [[age:12]]
        ADDRESS: [[address:FLAT 6 MARLOWE COURT, 41 KESTREL ROAD]], [[postcode:LS9 7RB]]
        CONTACT TYPE: {{POLICE PROTECTION}}
        DETAILS: CALL FROM PC [[name:HARGREAVES]]. CHILD FOUND ALONE, NO FOOD IN PROPERTY, HEATING OFF.
        MOTHER [[name:NGOZI OKONKWO]] NOT CONTACTABLE ON [[phone:07700 900418]]. MOTHER NI NO: [[ni_number:PW 63 91 04 B]].
        PP POWERS USED 23:15.
        CHILD TAKEN TO MATERNAL AUNT [[name:ADAEZE EZE]] AT [[address:22 HOLLY BANK]], [[postcode:LS8 2DW]].
        AUNT CHECKED ON {{PNC}} AND LOCAL SYSTEM - NIL TRACE.
        ISSUE: SYSTEM WOULD NOT SAVE PP END TIME SO FIELD LEFT BLANK. {{DAY TEAM}} DID NOT KNOW THE
        72 HOURS WAS RUNNING UNTIL 14:00 NEXT DAY. [[name:CHIDERA]] STAYED WITH AUNT THROUGHOUT.
        SW ON CALL: [[name:R MISTRY]]   MANAGER: [[name:DONNELLY]]
    """)),
    ("social_care", "near_miss", prose("""
        At 02:10 on [[date:9 March 2024]] I took a call on the {{Emergency Duty Team}} line from a
        {{foster carer}}, Mrs [[name:Dunmore]], reporting that [[name:Zofia]] ([[age:15]]) had not come
        home. Our out-of-hours system lists children surname first in capitals, and the record I opened
        was [[name:WOJCIK, ZOFIA]] at a previous placement on [[address:Birchfield Terrace]]. I was about to
        give police that address when Mrs [[name:Dunmore]] said "she's never lived there". There are two
        records; the current one is under the Polish spelling [[name:WÓJCIK]], which the caps field
        displays differently. I corrected the log, confirmed the address as [[address:7 Linnet Close]],
        [[postcode:WF3 1HN]], and made sure the {{Philomena Protocol}} profile sent to police had the right
        photo and details. She was found at 04:30 at a friend's. Learning: search by date of birth
        ([[date_of_birth:22/08/2008]]) as well as name, and ask IT to merge the duplicate.
    """)),
    ("social_care", "incident", block("""
        CAD LOG [[case_reference:0947]]  [[date:21/04/24]]  CALL TYPE: CONCERN FOR SAFETY - CHILD
        22:31 RP MS [[name:DEVI]] ([[phone:01632 960284]]) STATES TWO CHILDREN AGED [[age:4]] AND [[age:6]]
        LEFT ALONE AT [[address:14 CORNFLOWER WAY]], [[postcode:NG5 8HT]]. CRYING HEARD THROUGH WALL.
        22:33 GRADED IMMEDIATE.
        22:49 UNITS ON SCENE. NO ANSWER. ENTRY FORCED UNDER {{S17 PACE}}.
        22:52 CHILDREN [[name:KAYDEN]] AND [[name:MIA-ROSE BARKER]] LOCATED SAFE. NO ADULT PRESENT.
        23:05 MOTHER [[name:BARKER LEANNE]] TRACED BY PHONE, AT WORK ON NIGHTS. STATES CHILDMINDER
        [[name:SHARON]] LET HER DOWN.
        23:20 {{PPN}} SUBMITTED. {{EDT}} INFORMED - SW [[name:ADEYEMI]] ADVISES PP NOT REQUIRED IF MOTHER
        HOME WITHIN 20 MINS.
        23:58 MOTHER HOME. OFFICERS REMAINED UNTIL ARRIVAL.
        CLOSING: CRIME REF [[case_reference:20/117203/24]] RAISED FOR DAMAGE TO DOOR.
    """)),
    ("social_care", "success", prose("""
        Out-of-hours placement that went well. [[name:Deshawn Clarke-Osei]], [[age:16]], was brought in
        under {{police protection}} at 21:00 on [[date:3 May 2024]] after a serious row at home. Rather than
        a B&B, the EDT worker ([[name:Kel]]) rang the {{Staying Close}} on-call and found a bed at
        [[organisation:Ashgrove Supported Lodgings]]. His youth worker, [[name:Marcus]], was allowed to come
        and sit with him until midnight. By 10:00 the next morning the {{day team}} had a {{Section 20}}
        agreement signed with dad, Mr [[name:Osei]], and a family meeting booked. What made it work: the
        on-call list was current and had a mobile ([[phone:07700 900731]]) that was actually answered, and
        [[name:Deshawn]] was asked where he wanted to go.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Siobhan Gallagher]] <[[email:s.gallagher@northmoor.gov.uk]]>
        To: {{EDT Managers}}
        Date: [[date:Tue 11 Jun 2024]] 07:52
        Subject: RECORD ERROR - [[case_reference:CS-0041187]] / [[case_reference:CS-0041871]]

        Overnight the worker opened "[[name:AHMED, YUSUF]]" on the legacy system to add a {{Section 47}}
        note. Two children share that name in our area and the system shows DOB only on the second
        screen. The note went on the wrong child (DOB [[date_of_birth:14/02/2016]]) instead of the boy
        at [[address:39 Quarry Lane]] (DOB [[date_of_birth:04/12/2015]]).
        Picked up by the {{MASH}} admin at 07:15. Note moved, both records audited, no information
        shared outside the service. I have asked IT to show DOB and postcode on the search list.

        [[name:Siobhan]]
    """)),
    ("social_care", "near_miss", block("""
        EDT HANDOVER TO DAY TEAMS  [[date:02 JUN 24]]  0830
        1. [[name:PRICE]], [[name:TIA-LOUISE]] ([[age:14]]) - {{MISPER}} FROM [[organisation:BRACKEN HOUSE]] CH.
        RETURNED 03:10 BY TAXI, STAFF NOTED REG [[vehicle_registration:YR19 KXP]]. {{CSE}} CONCERNS - SAME CAR
        SEEN [[date:28 MAY]]. {{RHI}} NEEDED. NB POLICE HAD HER AS "[[name:TIA PRICE]]" - TWO MISPER
        REPORTS OPEN. ASK POLICE TO CLOSE DUPLICATE BEFORE IT IS RE-GRADED.
        2. FAMILY [[name:NOWAK]] - NIL FURTHER CALLS.
        3. CALL FROM [[organisation:ST CATHERINE'S]] {{A&E}} RE [[name:J.M.]] ([[age:9]]), {{NAI}} QUERY. PAEDS
        REVIEW 0900. MOTHER AWARE. NOT TO GO HOME UNTIL SEEN.
        ON CALL: [[name:FARAH]]
    """)),
    ("social_care", "success", prose("""
        {{Police protection}} handled well overnight. On [[date:14 July 2024]] officers found
        [[name:Gethin]] ([[age:3]]) in his pyjamas on the lane near [[address:Tŷ Gwyn, Heol y Felin]] at
        01:30. PC [[name:Bethan Pryce]] recognised him from a {{Team Around the Family}} meeting, found both
        parents heavily intoxicated, used her powers and took him straight to his grandmother, Mrs
        [[name:Morgan]], who rang EDT on [[phone:01632 960519]]. Our worker [[name:Huw]] visited within the
        hour, checked the home and agreed a safety plan in Welsh with the family, which {{Nain}} said made
        all the difference. No night in a police station, no stranger carers.
    """)),
    ("social_care", "incident", block("""
        INCIDENT LOG [[case_reference:MP/3310/24]] - MISSING CHILD ({{LAC}})
        NAME: [[name:KHALIL, SAMIR]]   DOB: [[date_of_birth:19/07/2009]]
        PLACEMENT: [[organisation:WILLOWMEAD HOUSE]], [[address:2 PARK EDGE]], [[postcode:BD10 9QS]]
        19:50 STAFF REPORT [[name:SAMIR]] NOT RETURNED FROM COLLEGE.
        20:15 STAFF MEMBER [[name:CONNOR]] SAW HIM GET INTO SILVER GOLF [[vehicle_registration:KM68 WFT]]
        OUTSIDE THE SHOP ON THE CORNER.
        20:40 GRADED HIGH RISK. {{CSE}} MARKERS ON RECORD.
        21:05 EDT SW [[name:A. BHATTI]] INFORMED, ADVISED STRATEGY DISCUSSION IF NOT FOUND BY 0000.
        23:55 FOUND BY PATROL AT [[address:FLAT 3, 118 MANNINGHAM ROAD]] WITH TWO ADULT MALES.
        ISSUE: VEHICLE REG NOT PUT ON {{ANPR}} FOR 2 HRS AS LOG HELD IT IN FREE TEXT ONLY.
    """)),
    ("social_care", "near_miss", prose("""
        At 04:20 on [[date:6 August 2024]] {{Border Force}} rang EDT about a young person at the airport,
        [[name:Hamid Rahimi]], who said he was [[age:16]]. The referral gave his date of birth as
        [[date_of_birth:01/01/2008]], which he told us later was written by an officer, not him. The
        {{Home Office}} contractor planned to move him to an adult hotel because he "looked over 18".
        Our worker, [[name:Nadia]], challenged this and insisted he was treated as a child until a
        {{Merton-compliant}} assessment. With a {{Dari}} interpreter on the phone, [[name:Farid]], he
        was placed with emergency carers in [[address:Ferncliffe Road]] by 07:00. Learning: we nearly
        accepted an age on a form over the young person's own account.
    """)),
    ("social_care", "success", block("""
        SECURE WELFARE - BED SEARCH OUTCOME
        CHILD: [[name:FLYNN, CARA-JADE]]   AGE: [[age:13]]   LA REF: [[case_reference:SW/7719/C]]
        DATE: [[date:19.09.2024]]
        REQUEST LODGED WITH {{SECURE WELFARE COORDINATION UNIT}} 18:10. THREE SELF-HARM INCIDENTS IN 48 HRS.
        BED CONFIRMED 22:45 AT [[organisation:GLENMORE SECURE UNIT]]. {{DOLS}} ORDER NOT NEEDED.
        TRANSPORT: TWO STAFF FROM [[organisation:BRACKLEY CARE]] PLUS EDT SW [[name:O'SULLIVAN]].
        MOTHER [[name:JADE FLYNN]] CONSENTED BY PHONE [[phone:07700 900285]] AND SPOKE TO [[name:CARA-JADE]]
        BEFORE SHE LEFT. ARRIVED SAFELY 02:30.
        WHAT HELPED: MANAGER [[name:K. OYELARAN]] PHONED EACH UNIT DIRECTLY RATHER THAN WAITING FOR E-MAIL.
    """)),
    ("social_care", "incident", prose("""
        Strategy discussion held out of hours on [[date:2 October 2024]] about [[name:Aiyana]] ([[age:5]])
        after police attended a domestic at [[address:58 Corporation Street]]. Dad, [[name:Kristian Holt]],
        had left before police arrived. To find him the police analyst used his National Insurance
        number, [[ni_number:JT 48 27 61 C]], against {{DWP}} records, and then read the number and his new
        address out on the open Teams call, which included a {{school nurse}} and an agency worker not
        involved with the family. Mum, [[name:Shona Holt]], was in the room with the officer at the time
        and heard it. This was a breach and put her at risk of being blamed. Raised with DS
        [[name:Fairweather]] and with our {{Information Governance}} lead.
    """)),
    ("social_care", "near_miss", block("""
        [Teams chat - EDT on call - [[date:24/10/2024]]]
        [23:12] [[name:jas]]: anyone know if [[name:ruby m]] is on a {{cp}} plan? police at [[address:9 seacole st]] with mum
        [23:13] [[name:kel]]: which [[name:ruby]]. there's 2
        [23:13] [[name:jas]]: [[name:ruby martin]] dob [[date_of_birth:5/5/17]]
        [23:15] [[name:kel]]: not on plan. the other [[name:ruby]] ([[name:ruby mcdermott]]) is, neglect
        [23:16] [[name:jas]]: police were told she IS on a plan by their {{control room}}. correcting now
        [23:18] [[name:kel]]: they might have removed on that. ring sgt back on [[phone:01632 960633]]
        [23:24] [[name:jas]]: done, stays home, {{ppn}} to follow. will log as learning for [[name:dionne]]
    """)),
    ("social_care", "incident", prose("""
        {{Emergency Protection Order}} sought out of hours on [[date:Friday 8 November 2024]] for Baby
        [[name:Lowe]], [[age:4 days]] old, after mum, [[name:Kayleigh Lowe]], tried to leave the ward with
        him against advice. The on-call legal adviser, Mr [[name:Okafor]], agreed to hear it by phone at
        22:30. Our application was sent to [[email:family.oohs@example.gov.uk]] but the order came back to
        a general council inbox that nobody reads at weekends, so the midwives at
        [[organisation:Fernbrook Maternity Unit]] had no copy when security asked for it at 01:00. Baby
        stayed safe because {{police protection}} was still in place. We have asked for a secure route for
        orders under the {{Children Act 1989}}, and {{Cafcass}} has been notified.
    """)),
    ("social_care", "success", prose("""
        Late on [[date:30 November 2024]] police took [[name:Tyson]] ([[age:8]]) and [[name:Lacey Lee]] ([[age:6]])
        into {{police protection}} when their dad was arrested at the site. The first plan was stranger
        foster carers forty miles away. The EDT worker, [[name:Grainne]], asked the children who they
        trusted and they said their uncle [[name:Jimmy Smith]] on [[address:Plot 4, Marsh Lane]]. She
        checked him, did a viability visit at midnight and the children slept in their own community,
        with their nan [[name:Mary Lee]] next door. A {{Family Group Conference}} was booked for the
        Monday and {{kinship}} assessment started. The family told us it was the first time they felt
        listened to by the council.
    """)),
    ("social_care", "incident", block("""
        {{POLICE PROTECTION}} - RECORD OF DETENTION ({{S46 CA 1989}})
        OFFICER TAKING CHILD INTO PP: PC [[name:IQBAL]]
        {{DESIGNATED OFFICER}}: INSP [[name:WALSH M]]
        CHILD: [[name:DOBROWOLSKI, ALEKS]]   AGE: [[age:7]]   DOB: [[date_of_birth:11/03/2017]]
        REMOVED FROM: [[address:44B STATION ROAD]], [[postcode:ST4 2QE]]
        DATE/TIME: [[date:07/12/2024]] 01:20
        PLACED: EMERGENCY FOSTER CARERS VIA EDT (ADDRESS WITHHELD)
        ISSUES: DESIGNATED OFFICER NOT INFORMED UNTIL 06:00 - SHOULD BE IMMEDIATE.
        PARENT [[name:DOBROWOLSKA, EWA]] NOT GIVEN WRITTEN NOTICE, ENGLISH LIMITED, NO INTERPRETER USED.
        FORM SIGNED '[[name:J.K.]]' - OFFICER NOT IDENTIFIABLE. [[name:J.K.]] LATER CONFIRMED AS DETENTION OFFICER.
    """)),
    ("social_care", "near_miss", block("""
        EDT LOG [[date:15/01/2025]]
        01:40 CALL FROM {{NIGHT WARDEN}} AT [[organisation:CALDER VIEW HOSTEL]] - [[name:ROBYN O'HARE]] ([[age:17]])
        NOT BACK. WARDEN THINKS SHE IS WITH BOYFRIEND [[name:DANNY]] SO RATED LOW RISK.
        01:55 RANG [[name:ROBYN]] ON FILE NUMBER - DEAD LINE.
        02:10 KEYWORKER [[name:PAULA]] CALLED BACK, GAVE NEW NUMBER [[phone:07700 900662]] FROM HER DIARY.
        02:15 [[name:ROBYN]] ANSWERED, DISTRESSED, NOT WITH [[name:DANNY]], ALONE AT BUS STATION, NO MONEY.
        02:20 POLICE ASKED TO ATTEND. ALSO ASKED {{SPORTS HALL}} NIGHT SHELTER TO HOLD A BED.
        03:15 FOUND AND TAKEN BACK TO HOSTEL.
        NEAR MISS: HOSTEL HAD OLD NUMBER. RISK GRADE BASED ON GUESS. NUMBER ONLY IN KEYWORKER DIARY.
    """)),
    ("social_care", "success", prose("""
        A call at 20:45 on [[date:21 February 2025]] from a neighbour about shouting at
        [[address:12 Shapla Row]], [[postcode:E1 6RL]]. Police found mum, [[name:Rahima Begum]], with a cut
        lip and three children. Dad had gone. The EDT worker used {{Language Line}} for {{Sylheti}} rather
        than letting [[name:Sabbir]] ([[age:13]]) interpret, and spoke to each child alone. Mum agreed to go
        with the children to her sister, [[name:Shirin]], and we arranged the {{IDVA}} call for the morning.
        Good joint working with PC [[name:Lockhart]]; no child had to translate his mother's injuries.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        PATIENT ADMINISTRATION SYSTEM - ED ATTENDANCE
        SURNAME: [[name:MCALLISTER]]        FORENAME: [[name:EWAN]]
        NHS NO: [[nhs_number:132 412 4156]]   HOSP NO: [[case_reference:K0482216]]
        DOB: [[date_of_birth:12/06/1958]]   SEX: M
        ADDR: [[address:3 DRUMMOND WYND, KIRKTON]]   PC: [[postcode:KY12 8PL]]
        GP: [[organisation:KIRKTON MEDICAL PRACTICE]]
        ARRIVAL: [[date:03/01/2024]] 14:22   MODE: {{HEMS}}
        INCIDENT: PT ARRIVED AS "UNKNOWN MALE {{ZULU}}". ID FOUND IN JACKET 14:40 AND SECOND RECORD CREATED
        FOR [[name:MCALLISTER EWAN]]. {{MAJOR HAEMORRHAGE PROTOCOL}} BLOODS ON ONE RECORD, CT ON THE OTHER.
        RESULTS NOT VISIBLE TO THEATRE FOR 35 MIN. RECORDS MERGED BY SN [[name:BAIRD]] 16:05.
    """)),
    ("health", "near_miss", block("""
        AMBULANCE CAD [[case_reference:2407-0318]]   [[date:07/07/24]]
        14:02 999 CALL. CALLER [[name:ROSS]] - PARTNER [[name:KERRY-ANNE WHYTE]] [[age:31YO]] COLLAPSED AT WORK,
        [[address:UNIT 4, LOWFIELD TRADING ESTATE]]. NOT BREATHING NORMALLY.
        14:03 {{CAT 1}}. CPR INSTRUCTIONS GIVEN. {{AED}} ON SITE.
        14:05 NO LOCAL DCA. HEMS TASKED.
        14:09 CREW REPORT NO UNIT 4 AT GEOCODED LOCATION - ADDRESS MATCHED TO [[postcode:DN4 6XJ]],
        WRONG ESTATE.
        14:11 CALLBACK ON [[phone:07700 900154]], [[name:ROSS]] GIVES LANDMARKS.
        14:21 [[aircraft_registration:G-HMKT]] LANDED ON PLAYING FIELD AT [[organisation:LOWFIELD ACADEMY]].
        14:26 {{ROSC}} AFTER 2 SHOCKS.
        NOTE: 4 MIN LOST TO GAZETTEER ERROR. SAME ESTATE NAME EXISTS TWICE IN COUNTY.
    """)),
    ("health", "success", prose("""
        {{HEMS}} success. On [[date:22 August 2024]] the crew of [[aircraft_registration:G-HMZB]] were tasked
        to a farmer, [[name:Idris Jones]] ([[age:67]]), trapped under a quad bike at
        [[address:Cefn Mawr Farm]]. Dr [[name:Anjali Rao]] and paramedic [[name:Tom Griffiths]] gave
        {{pre-hospital blood}} on scene, applied a {{pelvic binder}} and flew him 18 minutes to
        [[organisation:Ysbyty Glan Tawe]] where the trauma team met them on the pad. His wife,
        [[name:Ceri]], later wrote that the crew phoned her before they lifted so she wasn't left
        guessing. He went home after nine days.
    """)),
    ("health", "incident", prose("""
        Mr [[name:Tadeusz Kowalczyk]], [[age:44]], was brought to the ED by police at 01:15 on
        [[date:19 January 2024]] after being found on the pavement smelling of alcohol. He was put in
        {{Majors}} as "intoxicated, for obs". His {{Glasgow Coma Scale}} was recorded as 14 and not
        repeated for three hours. When his son [[name:Piotr]] arrived and said his dad doesn't drink
        much, a repeat GCS was 10. CT showed an extradural. The {{Canadian CT Head Rule}} would have
        triggered an immediate scan at triage. Learning: alcohol is not a diagnosis; the triage nurse,
        [[name:Lauren]], has since led a teaching session.
    """)),
    ("health", "near_miss", block("""
        EPR EXTRACT - ALLERGIES: {{NKDA}}
        SURNAME: [[name:ADEBAYO-SMITH]]   FORENAME: [[name:FOLAKE]]   NHS: [[nhs_number:624 501 6452]]
        DOB: [[date_of_birth:17/10/1949]]   WARD: ED CUBICLE 7
        [[date:11/04/2024]] 19:30 PT DAUGHTER [[name:TEMI]] STATES SEVERE REACTION TO {{PENICILLIN}} IN 1990S.
        ALLERGY FIELD SHOWS NKDA - CARRIED OVER FROM OLD SYSTEM WHERE BLANK WAS READ AS "NONE".
        19:45 IV {{CO-AMOXICLAV}} DRAWN UP FOR CAP. STOPPED AT BEDSIDE BY SN [[name:HALLORAN]] WHO HEARD
        THE DAUGHTER EARLIER. NOT GIVEN.
        ACTION: ALLERGY UPDATED. DATIX [[case_reference:W-118204]]. PHARMACY ASKED TO AUDIT MIGRATED "NKDA".
    """)),
    ("health", "success", block("""
        ATMIST PRE-ALERT  [[date:15/09/2024]] 16:40  TO [[organisation:HUNTERSFIELD]] {{MTC}}
        A: [[age:19]] M - NAMED BY POLICE AS [[name:KIERAN DOYLE]]
        T: 16:05
        M: MOTORCYCLE V CAR, EST 40MPH. M/C [[vehicle_registration:WP21 HZD]]
        I: OPEN # L TIB/FIB, ?PELVIS, ABRASIONS
        S: HR 128 BP 92/60 RR 24 GCS 15
        T: {{TXA}} 1G, BINDER, SPLINT, 2 UNITS BLOOD
        ETA 12 MIN BY AIR
        OUTCOME: TRAUMA TEAM ASSEMBLED BEFORE LANDING, BLOOD READY, THEATRE 17:20. MUM [[name:CLAIRE DOYLE]]
        MET BY FAMILY LIAISON NURSE [[name:JOANNA]] AT ED DOOR.
    """)),
    ("health", "incident", prose("""
        Two patients called [[name:Mohammed Khan]] were in {{Resus}} together on [[date:4 March 2024]]. The
        PAS labels read "[[name:KHAN, MOHAMMED]]" (NHS [[nhs_number:593 372 2340]], DOB
        [[date_of_birth:02/03/1971]]) and "[[name:KHAN, MOHAMMED ASIF]]" (NHS [[nhs_number:827 342 6793]]).
        A {{group and save}} sample was labelled at the wrong bed from a printed sheet instead of the
        wristband. The lab flagged a {{WBIT}} because the group did not match history and rejected it,
        so the bleeding patient waited 40 minutes longer for group-specific blood and had four units of
        {{O negative}}. Sister [[name:Achterberg]] has since stopped pre-printed label sheets in Resus.
    """)),
    ("health", "near_miss", prose("""
        An [[age:11-week-old]], [[name:Alfie-James]], came to Paeds ED on [[date:28 April 2024]] with a small bruise
        on his cheek. Reception typed the address as [[address:16 Tannery Close]] and the old system
        upper-cased and auto-matched him to his sister's record, [[name:ALFIE-JAMES WARD]] becoming
        [[name:AMBER WARD]] on the screen, so the safeguarding flag sat on the wrong child. The SHO,
        Dr [[name:Nwosu]], followed the {{TEN-4-FACESp}} rule anyway, discussed with the {{Named Nurse}}
        and referred to {{MASH}}. Only the next day did we see the record mix-up. Learning: the
        {{bruising in non-mobile infants}} protocol protected him, not the system.
    """)),
    ("health", "incident", block("""
        CD REGISTER DISCREPANCY - [[organisation:NORTHERN FELLS AIR AMBULANCE]]
        DATE: [[date:30 OCT 24]]   AIRCRAFT: [[aircraft_registration:G-NFLZ]]   MISSION: [[case_reference:NF24-1187]]
        {{KETAMINE}} 200MG AMPOULE X1 UNACCOUNTED FOR AT END OF SHIFT CHECK.
        {{MIDAZOLAM}} BALANCE CORRECT. {{RSI}} ON SCENE AT 11:40, DOSES GIVEN RECORDED ON PCR ONLY, NOT IN REGISTER.
        SECOND AMPOULE LIKELY DRAWN UP AND DISCARDED, NOT WITNESSED.
        SIGNED: DR [[name:O. FASHOLA]] / PARA [[name:MCKAY]]
        REVIEWED: [[name:GRANT]] (CD ACCOUNTABLE OFFICER) - POLICE NOT INFORMED, INTERNAL LEARNING.
    """)),
    ("health", "success", prose("""
        A [[age:nine-year-old]], [[name:Precious Mensah]], arrived in Resus on [[date:6 June 2024]] floppy and
        mottled. Her {{PEWS}} was 9. Staff nurse [[name:Dermot]] called a {{paediatric sepsis}} alert from
        the triage desk, and the {{Sepsis Six}} was complete in 38 minutes: IO access, cultures,
        antibiotics, fluid, lactate. [[name:Precious]] was on {{PICU}} by 14:00 and home a week later.
        Her mum, [[name:Abena]], sent the team a card. What went right: one leader, a clear checklist, and
        nobody waiting for the registrar before giving antibiotics.
    """)),
    ("health", "incident", block("""
        ED DISCHARGE SUMMARY
        PATIENT: MRS [[name:JOSEPHINE ABERNETHY]]   DOB: [[date_of_birth:28/02/1939]]   NHS: [[nhs_number:916 140 4454]]
        GP: DR [[name:V. SUBRAMANIAM]], [[organisation:CASTLEGATE SURGERY]]
        ATTENDED: [[date:09/05/2024]]   DISCHARGED: [[date:10/05/2024]]
        DIAGNOSIS: FALL, NO FRACTURE. {{WARFARIN}} WITHHELD, {{INR}} 6.8.
        INCIDENT (ADDED BY CONSULTANT): LETTER GENERATED IN CAPITALS WITH INSTRUCTION "RESTART WARFARIN
        WHEN INR < 3" TRUNCATED TO "RESTART WARFARIN". PRINTED COPY GIVEN TO DAUGHTER [[name:HEATHER]]. PT
        RESTARTED NEXT DAY BY CARERS AT [[organisation:ELMFIELD CARE HOME]]. READMITTED [[date:14/05/2024]]
        WITH BLEED. SYSTEM FIELD LIMIT 60 CHARACTERS. REPORTED BY DR [[name:QURESHI]].
    """)),
    ("health", "near_miss", prose("""
        {{NHS 111}} call at 03:00 about [[name:Rhiannon Price-Evans]], [[age:2]], with a fever. The call
        handler's screen shows caller and patient on one line, both upper-cased, and recorded the
        caller, her dad [[name:GARETH]], as the patient aged [[age:38]]. The algorithm gave a "see GP within
        12 hours" outcome. The {{clinical navigator}}, [[name:Funmi]], was auditing and noticed the age did
        not fit a "teething" history, called back on [[phone:01632 960848]] and heard a non-blanching rash
        described. Ambulance sent, {{meningococcal}} sepsis confirmed, child recovered. A near miss
        caused by one field.
    """)),
    ("health", "success", block("""
        {{HMCG}} CASUALTY HANDOVER - ED [[organisation:PORT ELLIS GENERAL]]   [[date:23/11/2024]] 05:50
        CASUALTY: [[name:FERGUS MACLEOD]]   AGE: [[age:54]]   FISHERMAN, IN WATER APPROX 40 MIN
        RECOVERED BY {{WINCHMAN}} 05:12, HORIZONTAL LIFT. CORE TEMP 31.2. GCS 13.
        {{HYPOTHERMIA}} - RE-WARMING PATIENT-LED, {{BAIR HUGGER}} READY.
        NEXT OF KIN: WIFE [[name:MORAG]] [[phone:07700 900907]] - INFORMED BY {{COASTGUARD}} OPS.
        ED NOTE: TEAM READY 15 MIN BEFORE LANDING, ECMO CENTRE ON STANDBY, NOT NEEDED. PT DISCHARGED DAY 3.
        THANKS TO CREW AND DR [[name:AKINOLA]].
    """)),
    ("health", "incident", prose("""
        On [[date:2 December 2024]] a {{trauma call}} was put out for an unresponsive child but the
        switchboard paged the adult trauma team. The paediatric consultant, Dr [[name:Nkechi Obi]], only
        heard about it when the registrar, [[name:Sam]], rang her mobile ([[phone:07700 900377]]) from
        Resus twelve minutes later. The {{bleep}} system lists teams in capitals and "PAED TRAUMA" and
        "ADULT TRAUMA" sit next to each other in the drop-down. No harm to the child, [[name:Leo]], but the
        delay in a senior arriving was real. Switchboard manager [[name:Debbie Fensome]] has separated the
        two options.
    """)),
    ("health", "near_miss", prose("""
        Mr [[name:Abdirahman Warsame]], [[age:71]], waited on a trolley in the corridor for 9 hours on
        [[date:15 January 2025]]. His daughter, [[name:Hodan]], was interpreting and told the nurse he was
        "more sleepy than usual". His {{NEWS2}} had been 3 at triage and was not repeated because
        {{corridor care}} patients were not on the electronic obs list. When the HCA, [[name:Bogdan]],
        rechecked, it was 7 with sats of 86%. He was moved into {{Resus}} and treated for pneumonia. We
        nearly missed a deteriorating patient because of where his trolley was parked.
    """)),
    ("health", "success", block("""
        JOINT POLICE / AMBULANCE LOG  [[date:03/02/2025]]
        21:14 MALE ON BRIDGE PARAPET, [[address:VICTORIA BRIDGE]]. IDENTIFIED BY FRIEND AS [[name:LIAM O'CONNELL]] ([[age:23]]).
        21:20 MH TRIAGE CAR ON SCENE - PARAMEDIC [[name:DEV]] AND PC [[name:CHALMERS]].
        21:52 TALKED DOWN. NO {{S136}} NEEDED - AGREED TO ATTEND ED VOLUNTARILY WITH PARAMEDIC.
        22:30 SEEN BY {{LIAISON PSYCHIATRY}}, CRISIS TEAM FOLLOW-UP ARRANGED.
        SUCCESS: NO POLICE CELL, NO RESTRAINT. [[name:LIAM]] SAID BEING ASKED HIS NAME AND CALLED BY IT HELPED.
        POLICE REF [[case_reference:CAD 2203 03FEB25]] (LINKED).
    """)),
    ("health", "incident", block("""
        HANDOVER FORM (AMBULANCE TO ED)   [[date:19/02/2025]]
        PATIENT: [[name:WONG, MEI LING]]   DOB: [[date_of_birth:30/09/1936]]   NHS: [[nhs_number:421 967 7712]]
        FROM: [[organisation:LARCH HOUSE NURSING HOME]], [[address:1 ORCHARD RISE]], [[postcode:CB5 8PF]]
        WITH PATIENT: {{RESPECT}} FORM "NOT FOR CPR".
        INCIDENT: ON REVIEW THE FORM BELONGED TO ANOTHER RESIDENT, MRS [[name:WANG]], ROOM 12. PT'S OWN
        FORM SAYS FOR FULL ESCALATION. FOUND BY FY1 [[name:ADEOLA]] BEFORE ANY DECISION MADE.
        HOME HAD FILED FORMS ALPHABETICALLY BY SURNAME IN CAPITALS - "[[name:WANG]]" AND "[[name:WONG]]" ADJACENT.
        {{DNACPR}} STATUS CONFIRMED WITH SON [[name:KEVIN WONG]].
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        AIR SAFETY REPORT
        DATE: [[date:12/03/2024]]   FLT: [[flight_number:EZY64RT]]   REG: [[aircraft_registration:G-UZLK]]   TYPE: {{A320}}
        CAPT: [[name:HOLDSWORTH D]]   F/O: [[name:NAKAMURA K]]
        NARRATIVE: ON DESCENT CLEARED FL110. SIMILAR CALLSIGN [[flight_number:EZY46RT]] ON SAME FREQ
        CLEARED FL90. WE READ BACK FL90 IN ERROR AND ATC DID NOT CATCH IT. DESCENDED THROUGH FL105
        BEFORE {{TCAS}} TA, STOPPED DESCENT AT FL102, RETURNED TO FL110. NO RA.
        CONTRIBUTING: CALLSIGN SIMILARITY, HIGH WORKLOAD, F/O ON FIRST WEEK OF LINE FLYING.
        {{LEVEL BUST}} REPORTED TO ATC ON FREQ. MOR FILED.
    """)),
    ("aviation", "near_miss", block("""
        {{ACARS}} UPLINK  [[date:05APR24]] 0412Z
        TO: [[flight_number:TOM76KP]] / [[aircraft_registration:G-TAWZ]]
        FM: OPS
        RE YOUR MSG PAX 23F MRS [[name:D OYELARAN]] CHEST PAIN. {{MEDLINK}} ADVISES DIVERT NEAREST.
        SUGGEST [[organisation:SANTA MARIA]] - RPT [[organisation:SANTA MARIA]]. PLS CFM.
        ACARS DNLK: CFM [[organisation:SANTA MARIA]] NO CARDIAC FACILITY PER DR ON BOARD [[name:PETRAKIS]]. PREFER LISBON.
        REQ RECONFIRM.
        CREW NOTE: OPS LIST OF DIVERSION AIRFIELDS DID NOT SHOW HOSPITAL CAPABILITY. CAPT [[name:FERREIRA]]
        OVERRULED AND DIVERTED LISBON. PAX TO {{CATH LAB}}, SURVIVED.
    """)),
    ("aviation", "near_miss", block("""
        {{NOTAM}} [[case_reference:H2291/24]]
        B) [[date:2409250600]]  C) [[date:2409301800]]
        E) MOBILE CRANE ERECTED 0.4NM SE [[organisation:ROYAL BEACON INFIRMARY]] HELIPAD, 312FT AMSL,
        LIT. CONTACT SITE MANAGER [[phone:01632 960402]].

        HEMS PILOT REPORT [[date:27/09/2024]]: NOTAM NOT ON OUR {{PIB}} AS HELIPAD IS NOT AN AERODROME.
        APPROACHED AT NIGHT ON {{NVG}}, CRANE SEEN LATE AT APPROX 400M. GO-AROUND FLOWN.
        CAPT [[name:R. NAIDOO]], [[aircraft_registration:G-HMVA]].
        ACTION: HOSPITAL ESTATES NOW COPY US DIRECT ON ANY CRANE WORK.
    """)),
    ("aviation", "incident", block("""
        RFFS WATCH LOG - [[organisation:TEESHAM AIRPORT]] - [[date:18/05/2024]] - {{RED WATCH}}
        WATCH MANAGER: [[name:STOKES]]
        1422 LOCAL STANDBY CALLED BY ATC - [[flight_number:LOG7ZA]] {{ATR72}} REPORTING HYD FAILURE.
        1424 ALL APPLIANCES TO {{RVP ALPHA}}. MAJOR FOAM TENDER 2 FAILED TO START.
        1431 A/C LANDED SAFELY, VACATED UNDER TOW.
        1440 STANDBY STOOD DOWN.
        INCIDENT: MFT2 BATTERY ISOLATOR LEFT OFF AFTER SERVICING BY [[organisation:NORTHCOTE FLEET SERVICES]].
        CATEGORY MAINTAINED BY REMAINING VEHICLES. FF [[name:GREGG]] AND FF [[name:AKHTAR]] CHECKED OTHERS.
        DAILY VEHICLE CHECK SHEET NOW INCLUDES ISOLATOR. REF [[case_reference:RFFS-24-031]].
    """)),
    ("aviation", "success", block("""
        {{HMCG}} SAR LOG - INCIDENT [[case_reference:24/0619]]
        [[date:08/06/2024]]
        0211 {{MAYDAY}} RELAY, YACHT TAKING WATER 6NM W OF POINT. 2 POB.
        0214 RESCUE HELICOPTER [[aircraft_registration:G-MCGK]] SCRAMBLED. [[organisation:PORTHALLOW LIFEBOAT]] LAUNCHED.
        0240 A/C ON SCENE. CASUALTIES IN WATER, LIFEJACKETS ON, STROBE SEEN.
        0301 BOTH WINCHED: [[name:DARREN PIKE]] [[age:44]] AND [[name:JACK PIKE]] [[age:17]].
        0322 HANDED TO AMBULANCE AT HOSPITAL PAD. MILD {{HYPOTHERMIA}} ONLY.
        SUCCESS: {{PERSONAL LOCATOR BEACON}} REGISTERED AND ACTIVATED - OWNER CONTACT [[phone:07700 900540]] ANSWERED BY
        SHORE CONTACT MRS [[name:PIKE]] WHO CONFIRMED POB.
    """)),
    ("aviation", "near_miss", prose("""
        During a primary mission on [[date:2 February 2024]] in [[aircraft_registration:G-HMBX]] we were
        tasked to an {{RTC}} on a rural road. I (Capt [[name:Lewis Baird]]) selected a field next to the
        scene as the {{HLS}}. On short finals the {{HEMS TC}}, [[name:Amara Chukwu]], called "wires, wires"
        - a power line ran across the field between two hedgerows and was not on our moving map. We
        overshot and landed in the next field. Dusk, flat light, and the poles hidden by trees. Reported
        to the {{network operator}} and the database. Good crew call by [[name:Amara]].
    """)),
    ("aviation", "incident", block("""
        ATC OCCURRENCE REPORT   [[case_reference:ATC/OR/24/0412]]
        DATE/TIME: [[date:27 JUN 2024]] 1612Z   UNIT: [[organisation:SOLWAY APPROACH]]
        CONTROLLER: [[name:A.P.]]
        A/C: [[aircraft_registration:G-BXRM]] PA28, VFR, NO CLEARANCE.
        {{CTR}} INFRINGEMENT 3NM FROM THRESHOLD RWY 07. SQUAWK 7000, NOT ON FREQ.
        [[flight_number:LOG4RN]] ON 6NM FINAL GIVEN AVOIDING ACTION RIGHT TURN, MINIMUM 1.2NM / 400FT.
        PILOT CONTACTED BY PHONE ON LANDING: MR [[name:KEOGH]], STATES SET WRONG FREQ AND DID NOT USE
        {{FREQUENCY MONITORING CODE}}. REPORTED TO {{CAA}}.
    """)),
    ("aviation", "near_miss", block("""
        BIRDSTRIKE / NEAR MISS REPORT   [[date:16/07/2024]]
        FLT [[flight_number:BCY3318]]  {{E190}}  RWY 27 DEPARTURE
        AT ROTATION LARGE FLOCK OF {{ROOK}} AND {{HOUSE MARTIN}} CROSSED AHEAD. CAPT [[name:OSEI-BONSU]]
        CONSIDERED REJECT ABOVE V1, CONTINUED. NO STRIKE FOUND ON INSPECTION.
        WILDLIFE CONTROL ([[name:GAZ]]) HAD PATROLLED 20 MIN EARLIER, BUT SILAGE CUTTING STARTED ON
        FARM NEXT TO RWY 27 AT 1500 AND NOBODY TOLD ATC.
        ACTION: FARMER MR [[name:ELLWOOD]] NOW PHONES TOWER BEFORE CUTTING.
    """)),
    ("aviation", "success", prose("""
        {{Exercise Kestrel}} at [[organisation:Carrbrook Airport]] on [[date:10 September 2024]] tested
        a night aircraft-fire scenario with 60 casualty actors. Watch Manager [[name:Bev Ashworth]] ran
        the incident from the {{Crew Commander}} vehicle and first foam was on target in 2 minutes 50,
        inside the {{ICAO}} three-minute response. New recruit [[name:Olu Adekunle]] led the casualty
        triage sector and the local ambulance {{HART}} team said it was the cleanest handover they had
        seen. [[name:Olu]] has been put forward for the sub-officer course.
    """)),
    ("aviation", "incident", prose("""
        On [[date:1 August 2024]] a student pilot from [[organisation:Wolds Flying Club]], [[name:Harpreet
        Sandhu]], backtracked {{Runway 24}} in [[aircraft_registration:G-AVPJ]], a {{Cessna 152}}, while
        the grass-cutting tractor was still crossing the far end. The {{A/G radio}} operator,
        [[name:Pete]], had passed "runway clear" from memory. Neither saw the other until 200 m. No
        collision. The tractor driver had no radio. We now require the tractor to carry a handheld
        and the A/G operator to check visually before saying clear. CFI [[name:Morwenna Tregear]].
    """)),
    ("aviation", "near_miss", block("""
        COASTGUARD SAR HELICOPTER - AIRPROX REPORT   [[date:29/08/2024]]
        A/C [[aircraft_registration:G-MCGR]] ON SEARCH, 300FT, CLIFF LINE.
        DRONE SIGHTED 50M LEFT, SAME LEVEL, INSIDE {{TEMPORARY DANGER AREA}} PROMULGATED FOR THE SEARCH.
        EVASIVE CLIMB. DRONE LANDED IN CAR PARK.
        POLICE TRACED OPERATOR: [[name:CALLUM RENNIE]], [[address:5 SHORE ROW]], [[postcode:TD14 5JB]],
        OPERATOR ID [[case_reference:GBR-OP-7XK2M9QW4TFR]], EMAIL [[email:callum.rennie@example.org]]. STATES WAS FILMING THE SEARCH FOR SOCIAL MEDIA.
        NOT AWARE OF TDA. {{DRONE CODE}} BREACH PASSED TO POLICE. MISSING WALKER FOUND 40 MIN LATER.
    """)),
    ("aviation", "incident", block("""
        CABIN REPORT   [[flight_number:RYR81MX]]   [[date:14AUG24]]   STN-DUB
        {{UM}}: [[name:LUCAS FERREIRA]] [[age:11]], SEAT 2C.
        ON ARRIVAL UM HANDED BY CC [[name:NIAMH]] TO ADULT GIVING NAME "[[name:ANA]]" - CORRECT ON FORM.
        GROUND STAFF THEN FOUND ID WAS FOR [[name:ANA PAULA COSTA]], NOT THE NAMED COLLECTOR [[name:ANA LUIZA COSTA]].
        SAME FIRST NAME AND SURNAME, DIFFERENT PERSON (AUNT). CHILD KNEW HER, MOTHER CONFIRMED BY PHONE.
        NO HARM BUT HANDOVER DONE ON FIRST NAME ONLY.
        {{PIC}} INFORMED. REPORT BY {{SCCM}} [[name:DOYLE-HART]].
    """)),
    ("aviation", "incident", prose("""
        Fuel spill on {{stand 12}} at [[organisation:Carrbrook Airport]] on [[date:22 October 2024]]. A fuel
        bowser, [[vehicle_registration:MX17 BFO]], from [[organisation:Airlink Fuels]] pulled away with the
        hose still coupled, and about 150 litres of {{Jet A-1}} went onto the apron. The {{Airport Fire
        Service}} blanketed it and the stand was closed 90 minutes. The driver, [[name:Stuart]], was on
        his third shift and the deadman check was skipped because the dispatcher, [[name:Reece]], was
        pushing for an on-time departure. Passengers had already been boarded.
    """)),
    ("aviation", "success", block("""
        HEMS OPS LOG - [[organisation:TAMAR VALE AIR AMBULANCE]]   [[date:05/05/2024]]
        10:14 TASKED {{CAT 1}} - CHILD [[age:8]] FALL FROM HEIGHT, [[address:TRELOWEN FARM, ST KEW]].
        10:16 LIFT [[aircraft_registration:G-TVAA]]. CREW: CAPT [[name:HAWKEN]], DR [[name:MUNRO]], CCP [[name:SULLIVAN]].
        10:29 {{HLS}} FIELD ADJACENT, LANDOWNER [[name:TOM PASCOE]] CLEARED CATTLE.
        10:58 AIRBORNE WITH PT AND MUM. 11:17 [[organisation:TAMAR GENERAL]] PAD.
        SUCCESS: CRASH-GATE KEY HELD BY FARMER, NO DELAY. PARENT FLOWN WITH CHILD.
    """)),
    ("aviation", "incident", block("""
        POLICE CAD [[case_reference:0512 21NOV24]] - LASER ATTACK ON AIRCRAFT
        18:42 ATC REPORT [[flight_number:EXS45LM]] ON FINAL, GREEN LASER FROM HOUSING ESTATE 2NM EAST.
        F/O TEMPORARY FLASH BLINDNESS, CAPT LANDED.
        18:50 {{NPAS}} HELICOPTER TASKED, SOURCE TRACED TO REAR GARDEN [[address:27 CHAPEL GARTH]], [[postcode:HU9 4NL]].
        19:05 OFFICERS ATTEND. [[name:BRADLEY WOODS]] ([[age:19]]) ARRESTED, {{CLASS 3B}} POINTER SEIZED.
        19:40 DETAINED IN CUSTODY. CRIME REF [[case_reference:HU/55108/24]].
        ISSUE: F/O NOT CHECKED BY AIRPORT MEDICAL FOR 2 HRS - AIRLINE DID NOT KNOW WHO TO CALL.
    """)),
    ("aviation", "near_miss", prose("""
        Airprox near [[organisation:Heddon Edge Gliding Club]] on [[date:13 April 2024]]. I was flying a
        positioning leg in [[aircraft_registration:G-HMXA]] at 1,500 ft when an {{ASK 21}} two-seater
        came out of cloud base about 200 m ahead. We both turned right. The glider had {{FLARM}}, we
        did not; our {{Mode S}} traffic showed nothing. Pilot [[name:Sunita Verma]]. The club's CFI,
        [[name:Geoff Allinson]], called me the same evening and we agreed we would route east of the
        ridge on busy soaring days.
    """)),
]


def main() -> None:
    records = build_records("blind55", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
