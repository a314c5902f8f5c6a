"""Blind held-out corpus 20: fifty hand-written just-culture reports from the West Midlands and the Marches.

Writes ``bench/anonymiser/corpus/heldout_blind20.jsonl`` deterministically. Standard library only, plus the
shared mark-up parser ``markup.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, flow, write_records  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind20.jsonl"

REPORTS: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ children's social care (18)
    ("social_care", "incident", block("""
        Missing episode - timeline (written up next morning, sorry for delay)
        - 21:40 [[name:Tyler-James Cooke]] (aged [[age:14]]) not back at placement, [[address:Ashdown House, \
12 Wolverley Road, Kidderminster]] [[postcode:DY10 3RT]]
        - 22:05 {{residential worker}} rang birth mum [[name:Shelley Cooke]] on [[phone:07812 443019]], \
no contact since the weekend
        - 22:30 reported to police via 101, ref [[case_reference:WMP-22-0419-1187]]
        - 01:15 found by PC [[name:Danby]] at the bus station in Wolverhampton with two older lads
        - {{return home interview}} not offered within 72 hours because the referral never arrived
        Learning: the referral form still goes to the old inbox.
        """)),
    ("social_care", "near_miss", flow("""
        nearly placed siblings with the wrong foster carers. [[name:amira]] and [[name:yusuf hassan]]
        ([[age:6]] and [[age:4]]) were due to go to the [[name:Brennans]] in telford but duty sw had pulled
        the matching form for a different [[name:hassan]] family. picked up by the {{fostering team manager}}
        when she rang to check allergies. no harm. the other family's ref was [[case_reference:LCS-4471902]],
        ours [[case_reference:LCS-4470385]]. we need 2 identifiers on every placement request not just surname
        """)),
    ("social_care", "success", block("""
        From: [[email:gemma.wright@stoke.gov.uk]]
        Sent: [[date:14 March 2024]] 16:52
        Subject: what went right - [[name:Harley]]'s {{section 47}}

        Just wanted to log this as a positive. The strategy meeting for [[name:Harley]] (DOB \
[[date_of_birth:03/09/2019]]) was pulled together inside four hours because Sgt [[name:Okafor]] from the \
{{MASH}} and Dr [[name:Priya Nwosu]] at [[organisation:Royal Stoke University Hospital]] both dialled in \
from their cars. Mum ([[name:Kerry-Ann Blake]]) was told the plan face to face that evening and for once \
nobody had to repeat their story. Thanks all.

        [[name:Gemma Wright]]
        Senior Practitioner, Hanley North
        """)),
    ("social_care", "incident", flow("""
        On [[date:5 March]] I completed an unannounced visit to [[address:41 Clifton Street, Alum Rock,
        Birmingham]] [[postcode:B8 1JQ]] for [[name:Zainab Bibi]] and her children. The children's uncle, Mr
        [[name:Tariq Mahmood]], interpreted because the booked {{Mirpuri}} interpreter had cancelled.
        Afterwards the school told us that [[name:Zainab]] had disclosed the uncle was the person she was
        frightened of. The visit record, case [[case_reference:BCT/0093814]], therefore rests on a
        conversation we now think was filtered. We should never use family members to interpret in {{child
        protection}} work, however late in the day it is.
        """)),
    ("social_care", "near_miss", flow("""
        A {{child in need}} plan for [[name:Saleh]] and [[name:Noor Al-Hakimi]] was about to be emailed to
        dad's solicitor with mum's refuge address on page 2 ([[address:Flat 3, 88 Oldbury Road, Smethwick]]
        [[postcode:B66 1HS]]). Business support spotted it as they were attaching it and checked with me. Dad
        ([[name:Abdulrahman Al-Hakimi]]) is subject to a {{non-molestation order}}. The template pulls the
        address through automatically from the child's record - it should be suppressed whenever there is a
        confidentiality flag.
        """)),
    ("social_care", "success", flow("""
        What went right: [[name:Kacper]] ([[age:15]]) finally has his passport in time for the school trip to
        Kraków. His {{social worker}} [[name:Ola Nowak]] chased the {{Passport Office}} every week since
        {{January}} and got his mum's consent form translated. Small thing but it really mattered to him.
        """)),
    ("social_care", "incident", flow("""
        Supervised contact at [[organisation:Canley Family Hub]] on [[date:09/03/24]]. Father [[name:Dean
        Rowley]] arrived smelling of alcohol and the {{contact supervisor}} ([[name:Marcia]]) allowed contact
        to go ahead for 20 mins before ending it, because she was on her own and didn't want to escalate in
        front of [[name:Lacey-Mae]] ([[age:3]]). Manager on call didn't answer [[phone:024 7683 1120]].
        [[name:Dean]]'s car, [[vehicle_registration:FX18 KLU]], was in the car park and he drove off. I rang
        police afterwards but not sure anything came of it. We need a second person for any contact where the
        {{risk assessment}} mentions alcohol.
        """)),
    ("social_care", "near_miss", flow("""
        Court bundle for the [[name:Pryce]] children nearly went to court with a chronology entry about a
        different child ([[name:Ellis Morgan]], DOB [[date_of_birth:11.02.2016]]) copied in from another
        family's {{chronology}}. Spotted by our {{legal services}} paralegal [[name:Rhiannon]] the night
        before filing. The [[name:Pryce]] family live at [[address:Cefn Farm, Llanfair Waterdine]]
        [[postcode:LD7 1TU]], and there is an injunction against paternal grandad, so disclosure the other way
        round would have been really serious. Copy and paste between chronologies is the root cause.
        """)),
    ("social_care", "incident", flow("""
        escalation re [[name:jordan watkins]] [[case_reference:HC-2024-08812]]. schl nurse rang 15:30 re
        fingertip bruising on [[name:jordan]]'s upper arm, hes [[age:8]]. i tried {{duty}} x3 no answer, then
        {{EDT}} after 5 who said not for them till morning. mum [[name:Stacey]] had collected him from
        [[organisation:Bromyard Primary]] at 3.15 before any of this so he went home. police did welfare check
        21:00, fine. BUT nobody looked at him for 18hrs. why does the duty phone ring out at 4pm on a friday??
        """)),
    ("social_care", "success", flow("""
        Wanted to record good practice. The family ([[name:Ionela]] and [[name:Marius Stoica]], [[address:27
        Leek Road, Hanley]] [[postcode:ST1 3NW]]) speak limited English and last time we relied on a phone
        app, which went badly. This time the {{Romanian}} interpreter was booked for 90 minutes not 30 and
        came to the {{core group}} in person. Mum said afterwards it was the first meeting she understood.
        [[name:Ionela]] phoned me herself the next day on [[phone:07900 318 664]] to ask about nursery funding
        for [[name:Denisa]] ([[age:2]]).
        """)),
    ("social_care", "near_miss", flow("""
        Care leaver [[name:Jamal Reid]] ([[age:19]]) nearly had his {{Universal Credit}} claim set up with
        another young person's NI number. His {{personal adviser}} had two tabs open and typed [[ni_number:JK
        48 21 93 C]] instead of [[ni_number:JK 48 21 39 C]]. The {{DWP}} work coach queried it because the
        date of birth didn't match ([[name:Jamal]]'s is [[date_of_birth:22/07/2004]]). Could have meant weeks
        without money. Suggest we stop keeping NI numbers in the shared spreadsheet.
        """)),
    ("social_care", "incident", flow("""
        Incident at [[organisation:Oakridge Children's Home]], Redditch, [[date:16 March 2024]]. [[name:Kai]]
        ([[age:14]]) was restrained by two staff ([[name:Lee Hartley]] and [[name:Sam Oduya]]) for 11 minutes
        after he threw a chair at the window. The hold used is not one taught in the {{Team Teach}} programme,
        and [[name:Sam]] has now said he was worried about [[name:Kai]]'s breathing at the time. No injury was
        recorded but [[name:Kai]] told his {{independent advocate}} the next day that his chest hurt. The
        Registered Manager notified {{Ofsted}} on [[date:18 March 2024]].
        """)),
    ("social_care", "success", block("""
        What went right - early help, [[name:Hodan Warsame]] & kids
        • referral from {{health visitor}} on [[date:4th March]], seen within 48 hrs
        • home visit at [[address:Flat 12, Nechells House, Lupin Street, Birmingham]] [[postcode:B7 4AQ]] \
with Somali-speaking {{family support worker}} [[name:Ayan]]
        • got [[name:Abdi]] ([[age:7]]) a school place at last, he'd been out of school since {{October}}
        • damp chased with [[organisation:BCC Housing]] - fixed in 2 weeks
        Why it worked: same worker throughout, no handoffs.
        """)),
    ("social_care", "near_miss", flow("""
        Nearly rang the wrong number for a {{section 17}} assessment. The referral listed grandma's number as
        [[phone:07734 552 981]] but it belonged to the children's father, who is not meant to know where they
        are. Grandma (Mrs [[name:Claudette Francis]], [[address:19 Stoney Stanton Road, Coventry]]
        [[postcode:CV1 4FS]]) only noticed because the appointment letter she got had his number on it.
        [[name:Tremaine]] and [[name:Shanice]] live with her under a {{Special Guardianship Order}}. Corrected
        the same day and the referral form now asks whose number it is.
        """)),
    ("social_care", "incident", block("""
        Hi [[name:Bethan]],

        Logging this as you asked. Yesterday ([[date:Wed 20th]]) [[name:Cai Lloyd-Jones]], aged [[age:11]], \
was dropped back to his foster placement at [[address:Tŷ Gwyn, Kerry Road, Newtown]] [[postcode:SY16 1BP]] \
but the taxi driver left him at the gate and drove off. Carers were out; [[name:Cai]] waited 50 mins in the \
rain until a neighbour saw him. Taxi plate [[vehicle_registration:CU19 WPF]]. I've spoken to \
{{school transport}} who say the driver hasn't done any {{safeguarding}} training.

        Diolch,
        [[name:Gwenllian]]
        """)),
    ("social_care", "near_miss", flow("""
        Near miss: the {{child protection plan}} for [[name:Gurpreet Kaur Sandhu]]'s baby had the baby's DOB
        as [[date_of_birth:02/11/2024]] when it is [[date_of_birth:11/02/2024]]. {{Health visitor}}
        [[name:Manjit]] spotted it because the system showed the baby as not yet born. Mum lives at
        [[address:7 Dunstall Hill, Wolverhampton]] [[postcode:WV6 0SP]]. Dates copied in US format off the
        discharge summary from the other hospital seem to be the cause.
        """)),
    ("social_care", "success", block("""
        Copied from a card left at reception, posted here as a what-went-right:
        'To [[name:Sharon]] and [[name:Dev]], thank you for not giving up on me when I was kicking off all \
the time. I got my flat now at [[address:22 Mill Street, Brierley Hill]] [[postcode:DY5 3NB]] and I'm on the \
plumbing course at college. I'm [[age:18]] on [[date:28 April]] and I'm not scared anymore. Love \
[[name:Chantelle]] x'
        [[name:Dev]] is her {{personal adviser}}; [[name:Sharon]] was her {{residential key worker}} \
for 3 years.
        """)),
    ("social_care", "incident", flow("""
        Email containing the {{strategy discussion}} notes for [[name:Alfie]] and [[name:Poppy Bennett]] was
        sent to [[email:j.bennett@gmail.com]] (a different [[name:J Bennett]]) instead of
        [[email:j.bennett@shropshire.gov.uk]], our colleague [[name:Jo Bennett]] in the Telford team.
        Autocomplete. The recipient replied kindly and deleted it, but it contained the home address,
        [[address:5 Meole Crescent, Shrewsbury]] [[postcode:SY3 9HA]], and mum's mental health history.
        Reported to the {{Information Governance}} team the same day, ref [[case_reference:IG-2024-0317]].
        """)),
    # ------------------------------------------------------------------ health (20)
    ("health", "incident", flow("""
        Patient [[name:Mohammed Iqbal]] (NHS no. [[nhs_number:992 777 5687]]), ward 14,
        [[organisation:Heartlands Hospital]]. Given his evening {{insulin}} twice on [[date:2 March]]: the
        first dose was signed on the paper chart that came up with him from ED, the second nurse only looked
        at the eMAR. BM 2.4 at 23:10, treated per {{hypoglycaemia}} protocol and recovered. Mr [[name:Iqbal]]
        is [[age:78]], lives alone and was very frightened. Dr [[name:Ferreira]] had the {{duty of candour}}
        conversation with his son [[name:Imran]] the next morning. Paper charts should not travel with
        patients once eMAR is live.
        """)),
    ("health", "near_miss", flow("""
        Two patients called [[name:Jones]] in bay 3 ([[name:Gwyneth Jones]], DOB [[date_of_birth:14/05/1941]],
        and [[name:Glenys Jones]], DOB [[date_of_birth:14/05/1944]]). Bloods taken at the bedside for
        [[name:Gwyneth]] very nearly went into the bag with [[name:Glenys]]'s request form. {{HCA}}
        [[name:Tomasz]] noticed the year. {{Positive patient identification}} at the bedside worked, but the
        forms were printed together at the desk, which is where it went wrong. [[organisation:Hereford County
        Hospital]], Frome ward.
        """)),
    ("health", "success", flow("""
        What went right: the receptionist at [[organisation:Moorland Medical Centre]] noticed that Mrs
        [[name:Begum]] had rung three times in a week asking for appointments for her son [[name:Rayyan]],
        aged [[age:9 months]], and each time the call was cut off. She flagged it to the duty GP, Dr
        [[name:Hollis]], who rang back and found mum couldn't speak freely. Referral made to the {{health
        visitor}} and the practice {{safeguarding lead}}. The receptionist ([[name:Lorraine]]) has been doing
        this 22 years and just had a feeling.
        """)),
    ("health", "incident", flow("""
        pt [[name:ron pickering]] [[age:84]]yo waited 7hrs in back of ambulance outside [[organisation:RSUH]]
        ED on [[date:11/03]], crew ([[name:Kev]] + [[name:Marta]]) did obs every 30 min, news went from 3 to 7
        at the 4h mark and nobody inside took the escalation call. eventually diagnosed {{sepsis}}, now on
        ITU. ambo reg [[vehicle_registration:YJ72 OZR]]. this is happening every day. {{cohorting}} area was
        full.
        """)),
    ("health", "near_miss", flow("""
        Community pharmacy at [[address:214 Soho Road, Handsworth, Birmingham]] [[postcode:B21 9LR]]. Two bags
        waiting on the shelf for [[name:Abdullahi Mohamed]] and [[name:Abdirahman Mohamed]], both regulars. Mr
        [[name:Abdirahman Mohamed]] was nearly handed the bag with the {{methotrexate}} in it. Our {{pharmacy
        technician}} [[name:Halima]] asked for his date of birth, he said [[date_of_birth:01/01/1970]], which
        matched both!! She then asked for his postcode and that's when it came out. We now ask for two
        identifiers other than DOB.
        """)),
    ("health", "incident", flow("""
        [[name:Shazia Akhtar]], [[age:24]], first pregnancy, came into triage at [[organisation:Birmingham
        Women's Hospital]] on [[date:7 March 2024]] at 02:40 with reduced fetal movements. Her husband
        interpreted - she speaks Pahari and some Urdu. She was sent home after a normal {{CTG}}. Two days
        later she came back and it emerged she had also been describing bleeding, which her husband hadn't
        passed on. Baby delivered by emergency {{caesarean section}}, both now well. NHS number
        [[nhs_number:291 733 6390]]. Telephone interpreting was available in triage and wasn't used because it
        was busy.
        """)),
    ("health", "success", flow("""
        What went right. Mr [[name:Dariusz Kowalczyk]] rang the crisis line on [[date:Saturday 16th]] at 03:00
        saying he was on a bridge over the M6. Call handler [[name:Becky]] kept him talking for 40 minutes
        while police and the {{street triage}} nurse got to him. He has been admitted informally to the
        [[organisation:Caludon Centre]] and his sister in Poznań has been contacted. [[name:Becky]] was new in
        post and followed the training exactly. Her manager has put her forward for a team award.
        """)),
    ("health", "near_miss", flow("""
        Discharge letter from [[organisation:Worcestershire Royal Hospital]] arrived at our surgery for
        [[name:Margaret Oakley]], but the NHS number on it, [[nhs_number:277 127 9878]], belonged to a
        different patient ([[name:Margery Oakes]], who is also on our list). Our {{workflow optimisation}}
        clerk [[name:Dawn]] noticed the date of birth didn't match ours ([[date_of_birth:30/06/1952]]). The
        medication changes (stopping {{warfarin}}) would have been applied to the wrong record. Reported back
        to the trust.
        """)),
    ("health", "incident", flow("""
        Fall with harm. [[name:Edna Harris]], [[age:91]], ward 5 at [[organisation:Alexandra Hospital]],
        Redditch. Found on the floor by her bed at 04:15 on [[date:19/03/2024]] with a fractured neck of
        femur. She was assessed as high {{falls risk}} on admission and was meant to have a {{bay nurse}} at
        all times, but the bay nurse had gone to help with a cardiac arrest next door and nobody replaced her.
        Night staffing was 3 RNs for 28 patients. Daughter [[name:Julie Harris]] informed by phone on
        [[phone:01527 602 771]] at 05:00.
        """)),
    ("health", "success", flow("""
        Just want to say how well the community team worked for Mr [[name:Emrys Pugh]] at [[address:Pentre
        Farm, Llanbister, Llandrindod Wells]] [[postcode:LD1 6TN]]. He was [[age:88]], end of life, and wanted
        to die at home. The {{district nurse}} [[name:Siân]] drove out twice a day in the snow, the
        out-of-hours GP left {{anticipatory medicines}} on the Friday, and the farm next door cleared the lane
        with a tractor. He died peacefully on [[date:26 February]] with his daughter [[name:Mair]] there.
        """)),
    ("health", "incident", block("""
        From: [[email:ward22.discharge@uhnm.nhs.uk]]
        To: Datix team
        Date: [[date:12 March 2024]]

        Patient [[name:Brian Salt]] ([[nhs_number:420 847 3487]]) was discharged by hospital transport to \
his old address ([[address:3 Birches Head Road, Hanley]] [[postcode:ST1 6LH]]) instead of his new \
{{care home}}. The house is empty. The driver waited 10 mins then left him with the neighbour, who \
called 999. The old address was still on the transport booking system. Patient unharmed but cold and \
distressed - he has {{vascular dementia}}.

        [[name:Anita Kaur]]
        {{Discharge Coordinator}}
        """)),
    ("health", "near_miss", flow("""
        Mrs [[name:Zielińska]] (Polish, limited English) was about to be given co-amoxiclav on the {{acute
        medical unit}} when her granddaughter [[name:Ola]] arrived and said she is allergic to {{penicillin}}
        - 'uczulenie' was written on her admission sheet and nobody knew what it meant. Her allergy band was
        not on. Nurse [[name:Kamara]] stopped the dose. DOB [[date_of_birth:08/08/1939]], hosp no
        [[case_reference:K2274119]]. Please can we get a list of common allergy words in the languages we see.
        """)),
    ("health", "success", block("""
        what went right - sepsis, [[date:Thurs 14/3]]
        0810 999 call from [[address:6 Jubilee Close, Pelsall]] [[postcode:WS3 4DE]], [[name:Kathleen Wall]] \
[[age:67]] confused, daughter worried
        0822 crew on scene ([[name:Paul]] & [[name:Nikita]]), NEWS 9, temp 39.4
        0830 {{sepsis}} screen positive, pre-alert to [[organisation:Manor Hospital]]
        0851 handed over in resus, straight into {{sepsis six}}
        0915 antibiotics in
        she's home now. pre-alert + no queue = antibiotics 65 min from the 999 call.
        """)),
    ("health", "incident", flow("""
        Patient [[name:Leon Campbell]] ([[age:32]]), detained under {{section 3}} at [[organisation:Hallam
        Street Hospital]], went AWOL on [[date:3rd March]] during escorted leave to the shop. The escort was a
        bank HCA who hadn't met him before and didn't know he'd been saying he wanted to go to his mum's in
        Lozells. Police found him there 6 hours later. His {{care coordinator}} [[name:Janet Obi]] says he had
        been asking for his leave to be with her. [[name:Leon]]'s mum, Mrs [[name:Campbell]], rang us on
        [[phone:0121 554 8830]] to say he was safe.
        """)),
    ("health", "near_miss", flow("""
        New starter pack for our band 5 nurse [[name:Adaeze Okonkwo]] (NI [[ni_number:SN 72 46 10 B]], DOB
        [[date_of_birth:19/10/1996]]) was scanned to the wrong trust's recruitment inbox,
        [[email:recruitment@sath.nhs.uk]] instead of [[email:recruitment@wvt.nhs.uk]]. Their team rang us and
        confirmed it was deleted. The scan-to-email address book at [[organisation:Wye Valley NHS Trust]] has
        both saved as 'Recruitment'. {{Information Governance}} informed.
        """)),
    ("health", "incident", flow("""
        {{Community midwife}} left a bag with three sets of handheld {{maternity notes}} in a taxi on
        [[date:Friday 8 March]] in Wolverhampton, taxi [[vehicle_registration:KX67 RMU]]. The notes belonged
        to [[name:Chloe Tranter]], [[name:Roksana Begum]] and [[name:Ifeoma Eze]]. The cab company found the
        bag on the {{Monday}} and returned it sealed. All three women informed. The midwife ([[name:Jen]]) was
        doing 11 visits that day across two sides of the city and had no car because hers was in for repair.
        """)),
    ("health", "success", flow("""
        [[name:Liam]] ([[age:26]], autistic, learning disability) needed bloods and a dental extraction and
        had refused all hospital visits since he was a teenager. The {{learning disability liaison nurse}} at
        [[organisation:Royal Shrewsbury Hospital]], [[name:Carys Edwards]], arranged for both to happen under
        one sedation, first on the list, with his mum [[name:Debbie]] in the anaesthetic room and the car
        parked at a side door. Took three planning meetings. He was home by lunchtime. This is what
        {{reasonable adjustments}} look like.
        """)),
    ("health", "incident", flow("""
        [[name:Kayden]], aged [[age:2]], was brought to [[organisation:Russells Hall Hospital]] ED with a burn
        to the back of his hand on [[date:10 March]]. Mum said he'd touched the oven door. Discharged with a
        dressing. On [[date:17 March]] he was back with a spiral fracture of the humerus. Only then did anyone
        check the {{child protection}} information sharing system and see he was on a plan. The first
        attendance had no {{safeguarding}} check because the flag wasn't visible on the ED board. NHS no
        [[nhs_number:738 098 9332]]. Referral to [[organisation:Dudley Children's Services]] done second time
        round.
        """)),
    ("health", "near_miss", flow("""
        rang 111 for mum ([[name:Nasreen Hussain]], [[age:71]]) on [[date:Sunday 24th]] about chest pain, the
        {{call handler}} put down 'indigestion' and said GP in 48h. I didn't agree so called back and asked
        for a clinician, who sent an ambulance. It was an {{NSTEMI}}. I'm posting this as her son and I'm a
        nurse myself. Mum's NHS number is [[nhs_number:944 266 9427]] if you want to look at the calls.
        Address [[address:58 Stratford Road, Sparkhill, Birmingham]] [[postcode:B11 1AN]]. [[name:Khalid
        Hussain]]
        """)),
    ("health", "success", block("""
        To everyone on the {{in-patient unit}} at [[organisation:St Richard's Hospice]],

        Thank you for looking after Dad ([[name:Geoffrey "Geoff" Burrows]]) in his last week. Nurse \
[[name:Precious]] sat with him on the night of [[date:5th March]] when we couldn't get there from \
[[address:Orchard Cottage, Welland]] [[postcode:WR13 6LN]] in time, and she rang us on \
[[phone:07421 993 106]] so we could talk to him on speaker. The {{chaplain}} came back twice. Dad loved his \
cricket and you put the radio on for him.

        With love, [[name:Sue]] and [[name:Martin Burrows]]
        """)),
    # ------------------------------------------------------------------ aviation (12)
    ("aviation", "incident", flow("""
        Ground incident, stand 54, [[organisation:Birmingham Airport]], [[date:13/03/2024]] approx 0615L.
        {{Belt loader}} reversed into the aft cargo door of [[aircraft_registration:G-TAWX]]
        ([[organisation:TUI]] flight [[flight_number:TOM4412]] to Dalaman) during loading. Driver
        ([[name:Shane Pritchard]], [[organisation:Swissport]]) said the banksman had waved him back; the
        banksman says he was signalling stop. Door frame dented, aircraft AOG 9 hrs, 189 pax rebooked. No
        {{wing walker}} on the second side. Recommend the {{turnaround}} briefing says who is marshalling each
        vehicle.
        """)),
    ("aviation", "near_miss", flow("""
        Runway incursion (no conflict). [[organisation:East Midlands Airport]], night of [[date:6 March]]. Tug
        towing [[aircraft_registration:D-AEAG]] from the [[organisation:DHL]] hub to a remote stand crossed
        holding point S1 without clearance while [[flight_number:BCS5712]] was on 4nm final. ATC issued a
        go-around. Tug driver ([[name:M. Szymański]]) had a taxi clearance but heard 'hold short of the
        runway' as 'cross'. Tower controller [[name:Hannah]] noticed on the {{A-SMGCS}} alert. Readback of
        {{hold short}} instructions was incomplete and not challenged.
        """)),
    ("aviation", "success", flow("""
        Good outcome worth sharing. Student [[name:Rhys Vaughan]] ({{PPL(H)}} trainee, 28 hrs) was solo in
        [[aircraft_registration:G-OTHL]], a {{Robinson R22}}, on [[date:14 March]] when the clutch light came
        on and stayed on. He followed the checklist, pulled the circuit breaker and made a precautionary
        landing in a field near Bridgnorth, then phoned the school on [[phone:01746 780 412]]. Instructor
        [[name:Graham Tolley]] drove out. Clutch actuator fault confirmed by engineering. [[name:Rhys]] had
        done the drill with [[name:Graham]] only two lessons before. School: [[organisation:Halfpenny Green
        Helicopters]].
        """)),
    ("aviation", "incident", flow("""
        Air ambulance [[aircraft_registration:G-MAAC]] ({{H145}}) on approach to a {{HEMS}} landing site on a
        school playing field in Leominster, [[date:21/03/2024]] 15:40. Drone seen at approx 300 ft, 100 m off
        the nose. Capt [[name:Owen Marsh]] aborted and landed in an adjacent field. Police traced the
        operator, a local man ([[name:Carl Beddoes]], [[address:4 Etnam Street, Leominster]] [[postcode:HR6
        8AQ]]), who was filming the helicopter for his son. Patient care delayed by approx 6 minutes. Reported
        to the {{CAA}}.
        """)),
    ("aviation", "near_miss", flow("""
        Winch launch at [[organisation:Midland Gliding Club]], Long Mynd, [[date:Sun 10/3]]. {{K21}}
        [[aircraft_registration:G-DDVH]], cable broke at about 300 ft. P1 [[name:Dave Hince]] with ab-initio
        [[name:Priya Rao]] lowered the nose and landed ahead as briefed. The near miss bit: the cable
        parachute came down 20 m from a walker on the common, who had walked past the 'launch in progress'
        sign. The {{launch point controller}} hadn't seen him. Suggest an extra lookout at the west end when
        the footpath is busy at weekends.
        """)),
    ("aviation", "success", flow("""
        What went right - tool control. During a {{C-check}} on [[aircraft_registration:G-JZHF]]
        ([[organisation:Jet2]] {{Boeing 737-800}}) in hangar 3 at [[organisation:Midlands Aero Engineering]],
        the shadow-board check at shift handover found a 10mm spanner missing. Shift lead [[name:Gaz Moore]]
        held the aircraft and the team found it in the wing access area after 2 hours. B1 engineer
        [[name:Farhan Qureshi]] put his hand up that he'd last used it there. Nobody was blamed and the
        aircraft made its slot for [[flight_number:LS871]] the next morning.
        """)),
    ("aviation", "incident", block("""
        Cabin crew report - disruptive passenger
        Flight [[flight_number:FR2631]] BHX-ALC, [[date:22 March 2024]], aircraft \
[[aircraft_registration:EI-EVJ]]
        Pax in 14C, [[name:Connor Maguire]] (booking ref [[case_reference:QX7H2P]]), intoxicated before \
boarding, became abusive to CC [[name:Ana-Maria Popescu]] when refused a second drink and grabbed her wrist. \
{{SCCM}} [[name:Liam Doherty]] issued a {{yellow card}} warning and pax calmed. Police met the aircraft at \
Alicante. [[name:Ana-Maria]] has bruising and is off for 3 days. The gate team had flagged him as loud but \
there is no process to pass this to the crew.
        """)),
    ("aviation", "near_miss", flow("""
        Fuel bowser [[vehicle_registration:AV19 BFU]] was positioned to refuel [[organisation:UPS]]
        [[flight_number:5X237]] at EMA with the {{anti-collision beacon}} still on and one engine still
        running down. The fueller ([[name:Jas]]) stopped as soon as he heard the engine and the captain
        apologised, they were rushing for a slot. No spillage. [[date:29/03]] 0320. Night shift was 2 fuellers
        short.
        """)),
    ("aviation", "incident", block("""
        From: [[name:Steve Lowe]] <[[email:s.lowe@wmaero-mro.co.uk]]>
        Sent: [[date:Mon 18 Mar 2024]] 07:12
        Subject: occurrence - MLG wheel change

        Morning [[name:Kirsty]],

        As discussed. Night shift changed the no. 3 main wheel on [[aircraft_registration:G-FBJE]] \
({{Embraer 175}}) and the axle nut was torqued to the figure in the old revision of the {{AMM}} task. The \
independent inspection was signed but the inspector ([[name:Petrovic]]) checked against the same old card. \
Picked up at the morning audit before flight. Root cause: old task cards printed and left in the wheel bay. \
I've binned them all. Can we get the printed-card thing into the {{human factors}} refresher?

        [[name:Steve]]
        """)),
    ("aviation", "success", flow("""
        Bird strike on departure from runway 33 at BHX, [[flight_number:EI3287]] to Dublin,
        [[aircraft_registration:EI-FAV]] ({{ATR 72}}), [[date:25 March]]. Multiple gull strikes at rotation,
        No.2 engine vibration. Crew flew the {{QRH}} procedure, declared PAN, returned and landed within 14
        minutes. Captain [[name:Siobhán Kelly]] said the controller gave them exactly what they needed and
        nothing more - 'no chatter'. Wildlife control ([[name:Dean]]) had dispersed a flock from the grass 20
        minutes earlier and logged it, which helped the investigation. Passengers bussed to hotel; none hurt.
        """)),
    ("aviation", "near_miss", flow("""
        Passenger with reduced mobility, Mrs [[name:Beatrice Okoro]] ([[age:82]]), travelling from Lagos via
        Amsterdam on [[flight_number:KL1427]] into BHX, was nearly left on board after everyone else had
        disembarked. The {{PRM}} assistance team had her on their list for the next flight because the flight
        number was keyed wrong. {{Cabin crew}} noticed at the cleaners' handover and called the desk. Her son
        [[name:Chidi]] had been ringing her mobile, [[phone:+44 7956 201 448]], for 40 minutes.
        """)),
    ("aviation", "incident", flow("""
        Airspace infringement. Student [[name:Aleksander Nowicki]] (solo nav exercise) in
        [[aircraft_registration:G-CKMV]] ({{Cabri G2}}) entered the Birmingham {{CTR}} by about 1.5 nm near
        Bromsgrove on [[date:27/03/24]] at 11:20. Birmingham Radar rang the school on [[phone:01384 221 350]]
        because he wasn't on frequency. Instructor [[name:Nadia]] reached him on the company frequency and he
        turned out. He had an out-of-date chart in his kneeboard. No loss of separation. We've introduced a
        pre-flight check of chart dates.
        """)),
]


def main() -> None:
    records = build_records("blind20", REPORTS)
    for rec in records:
        assert 1 <= len(rec["negatives"]) <= 3, (rec["id"], len(rec["negatives"]))
    write_records(OUT, records)


if __name__ == "__main__":
    main()
