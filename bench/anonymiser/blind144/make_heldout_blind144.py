"""Held-out blind corpus 144: just-culture incident and learning reports, hand-marked.

Setting: a London borough's children with disabilities (CWD) team and its transitions to adult
social care; an ambulance service's patient transport (PTS) and urgent care crews; a business
aviation operator's flight dispatch desk and the handling agents it uses.
Style: what UK staff really type: rushed lower-case notes with typos, careful narratives,
chronologies and timelines, e-mails with signatures, Teams/WhatsApp-style chat, incident forms
with field labels, handover sheets, debrief notes, tech-log extracts, praise and shout-outs.
Written blind, without sight of the system under test or of any other corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind144.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        home visit to [[name:Tyrese]] ([[age:14]]) at [[address:22 Orchard Rise]] [[postcode:SE18 3NW]] today.
        {{mum}} said {{respite}} at [[organisation:Maple Lodge]] cancelled again and nobody rang her.
        checked {{Mosaic}} - cancellation logged [[date:3/10]] but no case note, no call. {{short breaks}}
        coordinator on leave, no cover. mum v upset, [[name:T]] has {{autism}} and {{epilepsy}} and relies on
        routine, hes been hitting his head since. have raised w {{team manager}}. ref [[case_reference:MOS 1182734]].
        learning: cancellations need a named person to phone the family same day not just a sytem note
    """)),
    ("social_care", "success", prose("""
        Shout-out to [[name:Grace Adebayo-Okoro]] in the {{transitions team}} who pulled together the
        {{Care Act assessment}} for [[name:Kieran]] ([[age:17]]) in three weeks so that his {{EHCP}} review and
        his adult {{direct payments}} lined up before his birthday on [[date:2 February]]. She met {{dad}} at
        [[organisation:Brookfield Special School]] after pick-up because he works nights, and got the {{OT}} from
        [[organisation:Southmere Adult Social Care]] to come to the same meeting. [[name:Kieran]] keeps his PA,
        [[name:Dariusz]], across the move, which was the one thing he asked for. This is what good
        {{transition planning}} looks like. - [[name:Lou]] ({{Team Manager}}, CWD)
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Priya Raghunathan]]
        Sent: [[date:Thursday 14 March 2024]] 16:52
        To: CWD Duty
        Subject: near miss - wrong address on {{referral form}}

        Hi all,

        Quick one for the learning log. The {{MASH}} referral for [[name:Amira Haddad]] (DOB [[date_of_birth:09/06/2011]], {{LCS}} [[case_reference:LCS-774019]]) still had her old address, [[address:Flat 6, Crane Court]], instead of [[address:41 Wellesley Road]] [[postcode:E17 8HU]]. I nearly sent the {{OT}} to the old flat. Caught it only because {{mum}} had texted me the new one from [[phone:07723 418906]] last month.

        Please check addresses against {{Liquidlogic}} AND with the family before booking visits.

        Thanks
        [[name:Priya]]

        [[name:Priya Raghunathan]] | {{Social Worker}} | Children with Disabilities
        [[phone:020 8496 0317]] | [[email:priya.raghunathan@walthamside.gov.uk]]
    """)),
    ("social_care", "incident", block("""
        Chronology - missed {{medication}} at respite unit
        [[date:Fri 7 June]]
        17:10 [[name:Zain]] ([[age:12]]) arrives at [[organisation:Cedar House]] for weekend stay. {{MAR chart}} from home not in bag.
        17:40 Staff ring {{mum}} on [[phone:07958 330214]], no answer.
        19:00 Evening {{Keppra}} due. Not given - no chart, staff unsure of dose.
        19:25 {{on-call manager}} [[name:Bernadette Kelly]] contacted, advises ring {{111}}.
        20:15 Mum calls back, confirms dose. Given 75 min late.
        [[date:Sat 8 June]]
        No {{seizure}} activity over the weekend.
        Learning: a current {{medication profile}} should be held at the unit and updated at each review, not rely on paper coming from home. Mosaic ref [[case_reference:3349817]].
    """)),
    ("social_care", "success", block("""
        [[date:19/04]]
        [09:14] [[name:Hope]]: morning, just to say [[name:Femi]] did brilliant at the {{transition review}} yesterday, spoke for himself for the first time
        [09:15] [[name:Hope]]: used the {{Talking Mats}} the {{SALT}} left with us
        [09:16] [[name:Ciaran]]: ah thats amazing!! 🙌
        [09:16] [[name:Ciaran]]: did adults turn up this time
        [09:18] [[name:Hope]]: yes [[name:Marta]] from {{LD team}} came, stayed the whole hour
        [09:19] [[name:Ciaran]]: put it in the {{case notes}} as good practice pls, {{IRO}} will want to see it
        [09:20] [[name:Hope]]: will do x
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT / NEAR MISS FORM
        Date of event: [[date:22/01/2024]]
        Location: {{school transport}} pick-up, outside [[organisation:Oakwood Primary]]
        Child: [[name:Lily-Mae Turner]], age [[age:8]], {{cerebral palsy}}, {{wheelchair}} user
        Record no: [[case_reference:LL/CH/0092215]]
        What happened: minibus ([[vehicle_registration:LN67 WKD]]) began to pull away before the {{passenger assistant}} had checked the {{wheelchair clamps}} were locked. Driver [[name:Sunil]] saw the chair move in his mirror and stopped. No injury.
        Immediate action: clamps secured, transport provider informed, {{Travel Assistance}} manager emailed.
        Reported by: [[name:S. Mensah]], {{Family Support Worker}}
    """)),
    ("social_care", "incident", prose("""
        On [[date:1 April]] [[name:Jordan Whitfield]] turned [[age:18]] and his children's package of
        {{short breaks}} ended at midnight. The adult {{Care Act assessment}} had been requested five months
        earlier but was still sitting unallocated in the transitions queue. His mother, Mrs [[name:Whitfield]],
        found out when the agency carer did not arrive on the Tuesday. For eleven days the family had no support.
        [[name:Jordan]] has {{Duchenne muscular dystrophy}} and needs two-person {{hoist}} transfers, so his
        mother and his [[age:15]]-year-old sister did the lifting between them. We have reviewed this with the
        {{Principal Social Worker}} and the family have had a written apology. Learning points: transitions cases
        should be flagged in year 9, with a joint visit well before the 18th birthday; no package ends without a
        named adult worker agreed in writing; and the {{Preparing for Adulthood}} tracker needs one owner, not
        two teams. Mosaic [[case_reference:1029384]], adult ref [[case_reference:AS-55820]].
    """)),
    ("social_care", "success", block("""
        [[name:Tunde Okafor]] ({{Service Manager}}): Team, lovely feedback below for [[name:Will]], please add to his {{supervision}} notes. A really good example of {{relational practice}}.

        ---------- Forwarded message ---------
        From: [[name:Sandra O'Neill]] <[[email:sandraoneill64@gmail.com]]>
        Date: [[date:Mon, 9 Sept 2024]]
        Subject: thank you

        Dear Mr [[name:Okafor]],

        I just wanted to say thank you to [[name:Will]] for everything he has done for [[name:Rosie]] since she was [[age:5]]. When her discharge from [[organisation:St Columba's Children's Hospital]] fell apart in August he came to the ward on a Saturday, sorted the {{continuing care}} paperwork with the {{discharge coordinator}} and got the {{overnight carers}} in place. He always rings back, which nobody else ever did.

        Please pass this on to whoever needs to know.
        [[name:Sandra]] ([[name:Rosie]]'s {{mum}})
    """)),
    ("social_care", "near_miss", block("""
        DUTY HANDOVER - CWD - [[date:Wed 16/10]]
        Outgoing: [[name:KB]]   Incoming: [[name:rj]]

        1. [[name:Aaliyah Noor]] ([[age:10]]) - {{gastrostomy}} feeds. {{Community nurse}} visit moved to Thurs. OK.
        2. [[name:Mason]] - {{strategy discussion}} 2pm re bruising, police ref [[case_reference:CAD 4471/16OCT]].
        3. NEAR MISS: I nearly closed [[name:Noah Brennan]] on {{Liquidlogic}} in error (clicked wrong child in the sibling group). Caught at {{manager authorisation}} by [[name:Siobhan]]. Pls double-check the ID before closing anything: [[name:Noah]] is [[case_reference:LL 3310457]], brother [[name:Jack]] is [[case_reference:LL 3310462]].
        4. Transitions meeting for [[name:Efe]] moved to [[date:28 Oct]], adults aware.
    """)),
    ("social_care", "incident", prose("""
        quick note - call from {{school nurse}} at [[organisation:st aidans high]] re [[name:danny o'shea]], his
        {{epipen}} in school bag expired in july. parents thought school had a spare, school thought parents did.
        no reaction today thank god. rang dad on [[phone:07412 559 083]], hes collecting new script from
        [[organisation:Parkview Medical Centre]] tmrw. logged on our {{IR1}}, ref [[case_reference:IR-2024-0611]].
        {{health care plan}} needs to say WHO checks expiry dates, not just that they get checked. also copy to
        {{SENCO}}
    """)),
    ("social_care", "success", block("""
        Debrief - {{Team Around the Child}} meeting, [[date:5 March]]
        Present: [[name:Bogdan Ionescu]] (SW), Dr [[name:Shah]] ({{community paediatrician}}), school, dad

        What went well
        - {{interpreter}} booked in Tigrinya in advance for dad (Mr [[name:Tesfaye]])
        - paediatric letter circulated 48h before
        - [[name:Senait]] ([[age:11]]) joined for the first 20 mins with her {{communication book}}
        - {{SENCO}} from [[organisation:Hollybush Lane Primary]] brought the actual seating plan, not just a report

        Even better if
        - minutes from last TAC never reached the {{health visitor}}

        Actions: [[name:BI]] to send minutes by Friday
    """)),
    ("social_care", "incident", block("""
        [[name:Nadia Chowdhury]] 11:02
        anyone know why [[name:Reece]]'s {{direct payment}} stopped? {{PA agency}} saying no money since the [[date:31st]]
        [[name:Gareth Pryce]] 11:05
        he turned [[age:18]] on the [[date:30th]], DP was on the childrens {{ContrOCC}} record, adults havent set one up
        [[name:Nadia Chowdhury]] 11:06
        so nobody paid his PA for 3 wks?? he's been working unpaid
        [[name:Gareth Pryce]] 11:09
        looks like it. ive emailed [[email:adults.brokerage@walthamside.gov.uk]] and {{finance}}. raising on the {{incident log}} too
        [[name:Nadia Chowdhury]] 11:10
        thx. PA is [[name:Bill]], [[phone:07831 204 667]], NI [[ni_number:PN 48 21 93 B]] for the backpay - can you ring him to apologise
    """)),
    ("social_care", "near_miss", prose("""
        During a {{joint visit}} with the {{CHC}} nurse on [[date:18 July]] I noticed that the {{moving and handling}}
        plan kept in the house for [[name:Oluwaseun]] ('[[name:Seun]]') still showed his old {{sling}} size. He has
        grown a lot since his {{spinal fusion}} at [[organisation:Kingsmead Children's Hospital]] and carers from
        [[organisation:Bluebell Homecare]] had been using the medium sling because that was what the plan said.
        The {{OT}} came out the same day and re-measured; he needed a large. No harm, but a fall from the hoist was a
        real risk. Learning: equipment reviews after surgery should be triggered by the {{discharge summary}}, not
        left to the annual review. - [[name:Ffion Davies]], SW
    """)),
    ("social_care", "success", prose("""
        Massive thanks to [[name:Summer]] on {{duty}} {{Friday}} who spotted that [[name:Ayaan]]'s {{respite}}
        booking clashed with his {{hospital appointment}} at [[organisation:Whittington Court Clinic]] and
        sorted it with the unit before {{mum}} even knew there was a problem. Small thing, big difference
        for that family. - [[name:Rose]]
    """)),
    ("social_care", "incident", block("""
        TIMELINE - [[name:Chloe Ward]] ([[age:17]]), transitions
        [[date:02/05/24]] - {{Section 47}} closed, case stepped down to CWD.
        [[date:13/05/24]] - [[name:Chloe]] tells her tutor at [[organisation:Riverside College]] that {{stepdad}} takes her {{PIP}} (NI [[ni_number:JT 48 21 93 C]]).
        [[date:14/05/24]] - College refer to MASH. Forwarded to adult {{safeguarding}} as she is nearly [[age:18]]. Adults send it back: "under 18, children's responsibility".
        [[date:20/05/24]] - Nobody has acted. {{IRO}} [[name:Desmond Clarke]] escalates.
        [[date:21/05/24]] - Joint children/adults {{strategy meeting}} held.
        Learning: 17-year-olds fall between two front doors. Agreed {{protocol}}: whoever receives the referral owns it until a joint decision is recorded. Crime ref [[case_reference:6029411/24]].
    """)),
    ("social_care", "near_miss", prose("""
        nearly sent the {{EHCP}} draft for [[name:ellie-rose]] to the wrong parent - both have
        {{parental responsibility}} but theres a {{non-molestation order}} and dads address is confidential.
        outlook autofilled [[email:k.mcbride88@hotmail.co.uk]] (mums old email that dad now uses??).
        [[name:fatima]] in {{SEN team}} spotted it when i cc'd her. please everyone check autofill!!! flag on
        {{Mosaic}} now says address withheld. [[date:tues 12th]]
    """)),
    ("social_care", "success", prose("""
        Learning from good practice: {{Family Group Conference}} for the [[name:Kowalczyk]] family,
        [[date:27 November 2023]]. [[name:Zofia]] ([[age:16]]) has {{Down syndrome}} and had been refusing to go
        to {{respite}}. Instead of pushing harder, the {{FGC coordinator}}, [[name:Rhiannon Lewis]], met
        [[name:Zofia]] three times at her {{youth club}} at [[organisation:Beacon Hill Community Centre]] before
        the conference. [[name:Zofia]] chose who came, including her aunt from Kraków on video. The plan that came
        out of it, weekends with aunt [[name:Agnieszka]] plus one {{short breaks}} night a month, has held for four
        months with no breakdown. A Polish {{interpreter}} was used throughout and [[name:Zofia]] had her own
        easy-read copy of the plan.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        pts job to [[organisation:Ashcombe Renal Unit]] for {{dialysis}}, pt Mr [[name:Doyle]] ([[age:78]]) at
        [[address:9 Marlowe Gardens]]. not ready at 0640, carer said booking cancelled. {{PTS control}} had no
        cancellation on system. waited 25 mins then left. pt missed his session and came in via {{ED}} next day
        with {{potassium}} of 7.1. vehicle [[vehicle_registration:WX19 KPT]]. datix [[case_reference:W112873]].
        cancellations phoned into the unit dont reach control - needs fixing before someone {{arrests}}
    """)),
    ("health", "success", prose("""
        Shout out to {{EMT}} [[name:Kwame Asante]] and {{ECA}} [[name:Ruby]] on [[vehicle_registration:YN70 HFE]]
        who picked up {{sepsis}} on a 'routine' PTS transfer on [[date:Sunday 4th]]. Patient ([[age:81]]) was booked
        for an {{outpatient}} appointment but was more confused than usual, {{NEWS2}} of 7, temp 38.9. They did a
        full set of obs, called the {{Clinical Hub}} and diverted to [[organisation:Northwick General]] with a
        {{pre-alert}}. {{antibiotics}} within the hour. Great catch - this is exactly why we do obs on PTS.
        - [[name:Mark]] (PTS {{Team Leader}})
    """)),
    ("health", "incident", block("""
        ULYSSES INCIDENT REPORT
        Ref: [[case_reference:ULY-2024-18832]]
        Date/time: [[date:13/02/2024]] 03:40
        Vehicle: [[vehicle_registration:BK72 ZRU]]
        Crew: [[name:A. Nwosu]] ({{Paramedic}}), [[name:C. Ferreira]] ({{EMT}})
        Patient: [[name:Irene Wallace]], DOB [[date_of_birth:17/08/1936]], NHS [[nhs_number:707 126 1679]]
        Location: [[address:Flat 3, Juniper House, Tollgate Road]], [[postcode:E6 5LW]]
        Description: {{Cat 3}} fall. {{carry chair}} tipped forward on 2nd step of communal stairs. Pt slid, no head strike, crew took her weight. Chair later found to have a worn {{track}} belt. Removed from service.
        Harm: none
        Actions: {{VDI}} at start of shift to include tracks. Fleet informed.
    """)),
    ("health", "near_miss", prose("""
        I want to record a near miss from our shift on [[date:19 January]]. We were sent to a
        [[age:34]]-year-old with {{chest pain}} at [[address:62 Hartington Street]]. The first {{ECG}} on the
        {{Corpuls}} looked unremarkable and the patient, [[name:Hamid]], was keen to stay at home. My crewmate,
        [[name:Ewa Zielinska]], asked to repeat it after fifteen minutes because his pain had changed character. The
        second trace showed {{ST elevation}} in the inferior leads. We went straight to the {{PPCI}} centre at
        [[organisation:St Barnabas Heart Centre]] and he was stented within 70 minutes of our arrival. If we had
        left after the first trace he would have been at home alone. Learning: serial ECGs when symptoms change,
        and listen to the quieter voice on the crew. CAD [[case_reference:CAD 240119-0457]].
    """)),
    ("health", "incident", block("""
        [[date:21/05]]
        [[name:Dev]]: who had [[vehicle_registration:LJ21 OWB]] last night
        [[name:Dev]]: {{Entonox}} cylinder empty and not tagged, found out on a {{Cat 2}} #NOF this morning
        [[name:Tommo]]: not us we had 2-1
        [[name:Kasia]]: us. sorry, used it on a dislocated shoulder at 4am, forgot to swap at station, was straight back out
        [[name:Dev]]: np but pt had to wait for {{morphine}} instead, 20 mins in agony
        [[name:Dev]]: putting it on {{Datix}} so we can get a {{spare cylinder}} on every truck not just at station
        [[name:Kasia]]: fair. ta
    """)),
    ("health", "success", block("""
        Dear Sir or Madam,

        On [[date:Saturday 8 June]] my wife [[name:Margaret]] fell in the garden at [[address:Rose Cottage, Pennywell Lane]], [[postcode:CR4 2FD]] and could not get up. The two ambulance ladies, I think their names were [[name:Chantelle]] and [[name:Bronwen]], were wonderful. They gave her {{paracetamol}} and the {{gas and air}}, put a {{pelvic binder}} on very gently, and explained everything to me as I am hard of hearing. At [[organisation:Croydon Vale Hospital]] she was found to have a broken {{hip}} and had her {{operation}} the next day.

        Her NHS number is [[nhs_number:937 236 0716]] in case you need it to find them. Please thank them from us both.

        Yours faithfully,
        [[name:Geoffrey Pembury]]
        [[phone:01689 552 418]]
    """)),
    ("health", "near_miss", block("""
        PTS HANDOVER - EARLY TO LATE - [[date:Thu 3 Oct]]
        Outstanding:
        - Mrs [[name:Ng]], [[address:Flat 12 Ravenscroft Court]], discharge from [[organisation:Tennyson Ward]] - needs 2 crew + {{stretcher}}, was booked as walker. CHANGED by me after ringing ward. NEAR MISS - booking form said mobility 'independent', copied from last yr's booking.
        - Mr [[name:Ellis-Boateng]] - {{oxygen}} 2L, check cylinder level, {{renal}} return 16:30.
        - Vehicle [[vehicle_registration:KY68 DCX]] {{tail lift}} sticking, reported to fleet, still on road.
        - {{bariatric}} job tomorrow not confirmed by {{discharge lounge}}, chase first thing.
        Handed over by [[name:Sky]] to [[name:Jas]]
    """)),
    ("health", "incident", block("""
        Chronology - delayed response to {{Cat 1}} call
        [[date:24/12/2023]]
        21:03  999 call, [[age:2]]-year-old, {{febrile convulsion}}, [[address:5 Bramley Walk]] [[postcode:SE9 4QJ]]
        21:04  Cat 1 assigned. Nearest {{DCA}} held at hospital in handover queue.
        21:11  {{RRV}} allocated from 14 miles.
        21:26  RRV on scene. Child post-ictal, {{GCS}} 13.
        21:41  DCA on scene.
        22:02  Arrive [[organisation:Lewisham Park Children's ED]]
        Pt: [[name:Amelia-Rose Griffiths]], NHS [[nhs_number:384 340 6189]]
        Learning: {{hospital handover delays}} on [[date:Christmas Eve]] pulled four crews out of the area. Request {{HALO}} cover when 3+ crews waiting over 30 mins.
        Reviewer: [[name:R. Achterberg]], Clinical Team Manager
    """)),
    ("health", "success", block("""
        Hot debrief - [[date:15 August]] - {{cardiac arrest}} at [[organisation:Eastgate Leisure Centre]]
        - {{bystander CPR}} started by lifeguard [[name:Connor Mulligan]] within 1 min
        - {{AED}} from reception used, 2 shocks before crew arrived
        - {{ROSC}} on scene after 3rd shock, {{amiodarone}} given
        - Pt Mr [[name:Adeyemi]] ([[age:52]]) to {{cath lab}} at [[organisation:Kingsbridge Cardiac Centre]]
        What went well: clear roles, {{HEMS}} stood down appropriately, lifeguard offered a defuse after
        Even better if: {{LUCAS}} was on the 2nd vehicle - it was off for service
        [[name:Connor]] nominated for a community life saver award.
    """)),
    ("health", "incident", prose("""
        attended mrs [[name:o'brien]] ([[age:91]]) fall at home, {{UCR}} referral done via {{SPoA}} at 1400. at 1800
        daughter rang 999 again, nobody from UCR had come. turns out referral went to wrong borough team because
        postcode [[postcode:BR3 1TZ]] sits on the boundary. pt on floor again approx 3 hrs, {{rhabdo}} risk, {{CK}}
        raised, conveyed to ED in the end. {{Ulysses}} [[case_reference:134672]]. need the {{DoS}} updated for
        boundary postcodes
    """)),
    ("health", "near_miss", block("""
        From: [[name:Tariq Mahmood]] <[[email:tariq.mahmood3@nhs.net]]>
        To: PTS Control Supervisors
        Date: [[date:7 March 2024]]
        Subject: Near miss - {{DNACPR}} not travelling with patient

        Hi [[name:Lorraine]],

        Crew on [[vehicle_registration:EY23 NTP]] collected Mr [[name:Petrov]] from [[organisation:Larkfield Hospice]] for transfer home. The hospice said his {{ReSPECT form}} was "on the system" but PTS tablets don't have {{EPaCCS}} access. He deteriorated on the M25 and the crew had no paperwork to hand. He recovered and they got him home, but if he had arrested they would have had to start {{CPR}} against his wishes.

        Could we add a "ReSPECT/DNACPR seen" tick box to the booking screen?

        Regards,
        [[name:Tariq]]

        [[name:Tariq Mahmood]] | {{PTS Operations Manager}}
        M: [[phone:07700 900 412]]
    """)),
    ("health", "success", block("""
        [[name:Bola]] 14:22
        just had a lovely one - pt [[name:Hyacinth Campbell]] ([[age:88]]) discharged from [[organisation:Marigold Ward]], crew [[name:Stefan]] + [[name:Orla]] noticed no food in the flat and heating off
        [[name:Bola]] 14:23
        they rang {{Age UK}} hospital-to-home and the {{falls team}}, stayed till a neighbour came, put heating on
        [[name:Priyanka]] 14:25
        that's above and beyond 👏 send me their names for {{Star of the Month}}
        [[name:Bola]] 14:26
        will do. also flagging to the ward, {{discharge checklist}} said "package in place"
        [[name:Priyanka]] 14:27
        good shout, that's a {{Datix}} back to the trust
    """)),
    ("health", "incident", block("""
        INCIDENT FORM - CLINICAL
        Datix ID: [[case_reference:DW-41127]]
        Date of incident: [[date:30/09/2024]]
        Service: Urgent Care - {{Community First Responder}} backup
        Patient name: [[name:Tomasz Wiśniewski]]   Hospital no: [[case_reference:RVJ8830172]]   NHS no: [[nhs_number:539 396 1766]]
        Summary: Pt with known {{type 1 diabetes}} found hypo, BM 1.9. {{glucagon}} in kit had expired [[date:06/2024]]. Gave {{oral glucose gel}} as pt could swallow, BM 4.6 after 15 min, left at home with neighbour.
        Contributory: kit {{restock audit}} missed it.
        Reporter: [[name:LF]]
    """)),
    ("health", "near_miss", prose("""
        While loading a bariatric patient on [[date:Wednesday 22 May]] at [[organisation:Fairhaven Care Home]], the
        {{winch}} on our {{bariatric vehicle}} ([[vehicle_registration:AF66 RVO]]) cut out halfway up the ramp. My
        colleague [[name:Joe]] held the stretcher while I hit the {{emergency stop}} and we brought it back down by
        hand. The resident, Mr [[name:Bartholomew]], was calm and unhurt. We found the winch had been logged as faulty
        on the {{VDI}} two days before but the vehicle stayed on the road because there was no spare. I'm not blaming
        anyone, the fleet is stretched, but a winch failing with a 190kg patient on it could have been very serious.
        I'd like the {{VOR}} rules to treat winch faults as off-road straight away. - [[name:Nkechi]]
    """)),
    ("health", "success", prose("""
        Big thank you to our {{call handler}} in {{EOC}} who stayed on the line giving {{T-CPR}} to a [[age:9]] year
        old doing compressions on her {{grandad}} on [[date:New Year's Day]] until we got there. Calm, clear and
        kind the whole way through. Grandad was in {{VF}}, shocked twice, and is home now. Can someone make sure
        this gets back to her. - crew 4-3
    """)),
    ("health", "incident", block("""
        timeline re pts no-show
        [[date:11/11]] 0715 booking made online by [[organisation:Chestnut Surgery]] for Mr [[name:Karim]], {{chemo}} at [[organisation:Riverside Oncology Unit]] 1000
        0930 no vehicle, pt rings {{PTS control}} on [[phone:0300 123 7788]]
        1010 control say job "not on system"
        1040 pt gets taxi, £38, misses start of {{infusion}} slot, chemo postponed a week
        cause: {{online booking portal}} timed out, {{GP surgery}} got no error msg
        ulysses [[case_reference:ULY-2024-20417]] / NHS [[nhs_number:932 964 2411]]
        pls can {{IT}} check how many other bookings dropped that morning
    """)),
    ("health", "near_miss", prose("""
        Near miss - {{controlled drugs}}. On [[date:2 Feb]] during the {{CD check}} at
        [[organisation:Millbrook Ambulance Station]] I found the {{morphine}} pouch on
        [[vehicle_registration:GX20 LMA]] sealed with a tag number that didn't match the {{CD register}}. Turned out
        the previous crew ([[name:O'Sullivan]] / [[name:Baptiste]]) had resealed after a job and written the new tag
        on the wrong line. Stock was correct. Caught before it became an {{audit}} discrepancy and a formal
        {{investigation}}. Suggest one line per pouch on the register page. - [[name:HP]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        dispatch error [[date:14/06]] - [[flight_number:VCX412]] [[aircraft_registration:G-LXJT]] ({{CL350}})
        FAB-NCE. fuel release sent to handler as 4800 KG when crew wanted 4800 LB. handler
        ([[organisation:Azur Jet Handling]]) queried it bc it was way over what a 350 normaly takes, good catch
        by them. {{Capt}} [[name:Hollis]] confirmed lb, no over-uplift done. cause: new {{PPS}} template defaults
        to kg, old one was lb. flagged to {{ops manager}}. {{ASR}} [[case_reference:ASR-24-117]] - [[name:jm]]
    """)),
    ("aviation", "success", block("""
        Subject: Thanks - [[aircraft_registration:M-YSKY]] diversion
        From: [[name:Olivia Brennan-Shaw]], {{Head of Flight Operations}}

        Team,

        A note of thanks to [[name:Aditya]] on the night desk on [[date:Sat 20 April]]. When [[flight_number:GMA27]] diverted to Lyon with a {{hydraulic}} caution, he had {{ground handling}}, {{crew hotel}}, a {{catering}} swap and the engineering call-out to [[organisation:Rhône Aero Maintenance]] sorted before the aircraft was on {{stand}}. He also rang the client's PA, Ms [[name:Hartley]], before she saw it on {{FlightAware}}. Passengers continued on the recovered aircraft next morning with no complaint.

        That's great {{CRM}} from the ground.

        [[name:Olivia]]
        [[phone:+44 1252 338 904]] | [[email:o.brennanshaw@halcyonexec.aero]]
    """)),
    ("aviation", "near_miss", block("""
        GROUND HANDLING OCCURRENCE REPORT
        Agent: [[organisation:Northolt Executive Handling]]
        Date: [[date:03/03/2024]]   Time: 1615Z
        Aircraft: [[aircraft_registration:N650GX]] ({{Global 6500}}), {{stand 7}}
        Reporter: [[name:Lukasz Dabrowski]], {{ramp agent}}
        Event: {{GPU}} cable still connected when tug driver started {{pushback}}. {{Wing walker}} [[name:Precious]] shouted stop, tug halted approx 1m short. No damage.
        Contributing: {{headset}} to flight deck u/s, crew couldn't confirm GPU disconnect. Shift change at 1600.
        Action: no push without visual "GPU clear" hand signal.
        MOR: [[case_reference:MOR-2024-0891]]
    """)),
    ("aviation", "incident", block("""
        Chronology - passenger walked airside without escort
        [[date:9 October]]
        1402  [[flight_number:TWY881]] ({{Phenom 300}}, [[aircraft_registration:G-WLTN]]) on blocks at [[organisation:Cranfield Jet Centre]]
        1405  Handling agent [[name:Shauna]] meets aircraft, 3 pax
        1407  Pax 2 (Mr [[name:Al-Sayed]]) walks off towards the hangar on his own while [[name:Shauna]] helps with bags
        1410  Pax found in {{crew room}}, escorted to {{GA terminal}}
        1430  {{Border Force}} informed, {{CCTV}} reviewed
        Cause: one agent for 3 pax + bags; {{escort policy}} says 1:1 for non-{{Schengen}} arrivals.
        Fix: second agent rostered for all inbound international.
    """)),
    ("aviation", "success", block("""
        Crew debrief - [[flight_number:HXJ15]] - [[date:28 Jan]] - {{rejected take-off}}
        {{Captain}}: [[name:Gwen Parry]]   {{FO}}: [[name:Haruto Sato]]
        - {{RTO}} at 80 kt on {{CAS}} message ENG 2 FIRE
        - Textbook call-out by FO, Capt took control, stopped with plenty of {{runway}} left
        - Dispatcher [[name:Will Kamara]] had {{fire service}} and handler briefed before crew even called
        - Fire warning spurious (sensor), confirmed by [[organisation:Jetcare Engineering]]
        - Pax incl. [[age:4]] yr old looked after by cabin host [[name:Elena]]
        Learning: use this RTO as the worked example in the next {{SOP}} review.
    """)),
    ("aviation", "incident", prose("""
        {{FDP}} exceedance. [[flight_number:AEV203]] ([[aircraft_registration:EI-KJD]]) held 3hrs at Geneva in the
        {{de-icing}} queue, crew went over by 40 min under {{commander's discretion}} but dispatch didnt log it on
        {{Leon}} till next day. capt [[name:Fitzgerald]] did the right thing, we didnt. {{discretion report}} now
        filed late to {{CAA}}. ref [[case_reference:OPS/DR/24/019]]. we need a prompt on the desk for any delay over
        2h. [[date:16 Dec]] - [[name:Siân]]
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:Monday 2 September]] I was the duty dispatcher for an empty-leg positioning to Dubai and then a
        charter on to Riyadh on [[aircraft_registration:G-HMEX]]. When I built the {{gen dec}} I copied the crew list
        from the previous trip. It still had {{FO}} [[name:Ciara Nolan]], whose {{passport}} had eight days left,
        instead of FO [[name:Yusuf Demir]]. The handler in Dubai, [[organisation:Gulf Star Aviation]], rejected the
        {{APIS}} submission because of the validity and emailed me from [[email:ops@gulfstaraviation.ae]]. We swapped
        the paperwork forty minutes before departure. If it had gone through, the crew member would likely have been
        refused entry at Riyadh. I have asked for the crew list to be pulled fresh from {{Leon}} every time rather than
        copied, and added a passport-expiry check to the {{dispatch checklist}}.
    """)),
    ("aviation", "success", block("""
        [17:02] [[name:Darnell]]: [[aircraft_registration:G-OKRA]] just landed, pax asking for a {{wheelchair}} that wasn't on the {{handling request}}
        [17:03] [[name:Ioana]]: on it, borrowing one from main terminal {{PRM}} desk
        [17:05] [[name:Darnell]]: also [[age:3]] yr old with them, need a {{car seat}} for the {{limo}}
        [17:06] [[name:Ioana]]: rang [[organisation:Apex Chauffeurs]] [[phone:01582 708 113]], they have one, 10 mins
        [17:19] [[name:Darnell]]: all done, pax v happy, didn't even wait
        [17:20] [[name:Ioana]]: 💪 will email dispatch so the {{pax info form}} asks about mobility next time
    """)),
    ("aviation", "incident", block("""
        TECH LOG EXTRACT - [[aircraft_registration:G-CKVN]] - Sector 3 - [[date:21/07/2024]]
        Defect: {{APU}} bleed valve fault on start, {{MEL}} 36-11-01 applied by crew.
        Dispatch note: a/c released as [[flight_number:VCX77]] with {{GPU}} and {{ACU}} to be requested at destination. Handler at Palma not told -> no ACU, cabin 34C at boarding, elderly pax ([[age:84]]) felt faint, seen by airport {{paramedics}}, OK.
        Root cause: MEL (O) procedure requires dispatch to notify handler; step not in our {{dispatch checklist}}.
        {{CAMO}} ref [[case_reference:TL-0447821]]   Reported by: [[name:P. Ogunleye]]
    """)),
    ("aviation", "near_miss", block("""
        From: [[email:duty.manager@skygatehandling.co.uk]]
        To: Dispatch
        Date: [[date:Fri 12 Jan 2024]] 22:40
        Subject: {{dangerous goods}} - undeclared

        Evening all,

        During bag loading for [[flight_number:LYN5]] ([[aircraft_registration:G-RNDL]], {{Citation Latitude}}) our agent [[name:Rafael]] spotted a {{lithium battery}} power bank in a hold bag, plus a camping gas canister. Pax said nobody had told them. Both removed; power bank carried in the cabin per {{DG regs}}, canister confiscated.

        Could you make sure the {{pre-flight pax brief}} goes out with the DG leaflet attached? This one didn't.

        Kind regards
        [[name:Mairead Quinn]]
        {{Duty Manager}}, [[organisation:Skygate Handling]]
        [[phone:01234 756 220]]
    """)),
    ("aviation", "success", prose("""
        Shoutout to [[name:Kofi]] in {{dispatch}} who noticed the {{NOTAM}} taking out the {{ILS}} at Sion for
        [[date:Tues 5th]] and re-planned our ski charter ([[flight_number:AEV340]]) into Geneva with a
        {{helicopter transfer}} before the client had even boarded at Biggin Hill. Saved the trip and the client
        never knew. - {{Capt}} [[name:Rossi]]
    """)),
    ("aviation", "incident", prose("""
        On [[date:8 May]] [[aircraft_registration:G-SJCM]] was refuelled at [[organisation:Kidlington Aviation Services]]
        with two passengers still on board and no {{fire cover}} in attendance, contrary to our
        {{Operations Manual}} Part A. The {{fuel bowser}} driver, [[name:Stuart McIntyre]], asked whether anyone was
        on board and was told "no" by a handling agent who had not checked. The cabin door was open and the {{FO}}
        was in the cockpit, but nobody had briefed {{refuelling with passengers on board}}. No harm resulted. We have
        reported this as an {{MOR}} ([[case_reference:MOR 2024/05127]]) and are working with the handler on a simple
        "pax on board Y/N" card that the crew hand to the fueller. Reported by [[name:Sarah-Jane Foulkes]],
        {{Ground Operations Manager}}.
    """)),
    ("aviation", "near_miss", block("""
        [[name:Nikhil Rao]] 06:12
        morning - {{load sheet}} for [[flight_number:HXJ9]] has 6 pax but the {{manifest}} says 8??
        [[name:Abena Owusu]] 06:14
        oh no, client's office added 2 last night by email, went to the old {{ops inbox}}
        [[name:Nikhil Rao]] 06:15
        ok redoing {{W&B}} now, crew report 0700
        [[name:Abena Owusu]] 06:21
        the 2 extra need {{APIS}} and one is a [[age:16]] yr old travelling without parents, need a {{consent letter}}?
        [[name:Nikhil Rao]] 06:22
        yes for Morocco. ask [[name:Chen Wei]] at the client office, [[email:chen.wei@marlowfamilyoffice.com]]
        [[name:Abena Owusu]] 06:40
        got it. all sorted before crew in. we need that old inbox redirected today pls
    """)),
    ("aviation", "incident", block("""
        Ground damage debrief - [[aircraft_registration:G-FBKJ]] - [[date:Boxing Day]] - hangar 2
        Summary: {{winglet}} contacted hangar door frame during {{tow}} out. {{towbarless tug}} driver was on his first solo tow on the {{Global 7500}}. One {{wing walker}} instead of two because of holiday staffing.
        Damage: winglet leading edge, aircraft {{AOG}} 6 days.
        Just culture review: driver did exactly what he'd been shown. The {{towing procedure}} doesn't say a minimum number of walkers for large types. Not a blame issue - it's a procedure gap.
        Actions: 2 walkers minimum for wingspan over 30m; type-specific sign-off for tug drivers.
    """)),
    ("aviation", "success", prose("""
        Good practice report. At 23:10 on [[date:17 February]] the night dispatcher, [[name:Ifeoma Nwachukwu]], took a
        request from [[organisation:Medflight Assist]] to fly a [[age:6]]-year-old home from Málaga after surgery. She
        built the trip on [[aircraft_registration:G-CJMV]] as [[flight_number:HXJ60]], checked the {{oxygen}} and
        {{stretcher kit}} with engineering, got a {{PPR}} slot at Farnborough for 05:30 and arranged an {{ambulance}} to
        meet the aircraft {{airside}}. She also spotted that the child's {{fitness to fly}} letter was unsigned and got
        the Spanish doctor to re-send it before departure. The crew had a full brief on arrival at 01:00. Wheels up
        02:15, child home by breakfast. Thank you [[name:Ifeoma]].
    """)),
    ("aviation", "near_miss", prose("""
        nearly loaded wrong bags - two {{Phenom}}s on adjacent {{stands}}, [[aircraft_registration:G-DRBN]] and
        [[aircraft_registration:G-DRBM]], both going to Ibiza 20 min apart. i had the {{bag tags}} for
        [[flight_number:TWY402]] on the trolley for [[flight_number:TWY404]]. ops [[name:ahmed]] noticed the count
        didnt match ({{pax manifest}} said 4 pax, trolley had 7 bags, should have been 5). recounted and swapped before
        anything went in the {{hold}}. tags now get a coloured dot per tail. [[date:sat 29th]], [[name:gemma]]
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind144", REPORTS))


if __name__ == "__main__":
    main()
