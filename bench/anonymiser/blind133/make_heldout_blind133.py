"""Held-out blind corpus 133: just-culture incident, near-miss and learning reports.

Settings: a unitary authority's children's residential respite and short breaks units; a GP
out-of-hours service and urgent treatment centre; a regional airport's security, PRM assistance
and terminal operations. Styles are what UK staff really type: rushed lower-case notes with
typos, careful narratives, chronologies and timelines, e-mails with signatures, Teams/WhatsApp
chat, incident forms with field labels, handover sheets, debrief notes and shout-outs. Written
blind, without sight of the system under test or of any other corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind133.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        fri eve at [[organisation:Larchfield House]] - [[name:kacper]] ([[age:11]]) arrived off the
        school taxi with no {{epilepsy rescue plan}} in his bag and no {{buccal midazolam}}. rang
        {{mum}} on [[phone:07723 418906]] no answer x3. escalated to {{on call manager}}
        ([[name:Denise]]) who said he can stay if we get meds within the hour. dad dropped them in
        at 19:40. [[name:kacper]] fine all night no seizures. learning - {{transport escort}} needs
        to check the {{meds bag}} at handover not us at the door. logged on {{Mosaic}}
        [[case_reference:MOS-2281734]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Hope Adebayo-Clarke]] <[[email:h.adebayo-clarke@wrexfordbc.gov.uk]]>
        To: Short Breaks Team
        Subject: shout out - Saturday sleepover

        Hi all,

        Just wanted to say a proper thank you to [[name:Rhys]] and [[name:Siobhan]] for Saturday night at [[organisation:The Willows]]. [[name:Tyler]] ([[age:14]]) was really unsettled after a change to his {{PEG feed}} regime and they stuck to his {{positive behaviour support plan}} word for word, used the {{sensory room}} and got him settled by 11. No {{restrictive physical intervention}} needed for the first time in months. {{Dad}} rang Monday to say [[name:Tyler]] told him he "liked the quiet room lady".

        Brilliant work, this is exactly what we talk about in {{supervision}}.

        [[name:Hope]]
        {{Registered Manager}}
        [[organisation:The Willows]] | [[phone:01632 960 417]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT - CHILDREN'S RESIDENTIAL
        Unit: [[organisation:Birchwood Respite Centre]]
        Date/time: [[date:14/02/24]] 07:15
        Child: [[name:Amelia-Rose Okafor]]   DOB: [[date_of_birth:03/09/2012]]   LCS ID: [[case_reference:LCS 4471902]]
        Staff involved: [[name:J. Mensah]] (RSW), [[name:P. Kowalczyk]] (senior)
        Category: Medication error - omitted dose

        Description: Morning {{lamotrigine}} not given. {{MAR chart}} was signed at 07:15 but tablet found in the {{blister pack}} at 09:30 when [[name:Amelia-Rose]] had already left on the {{school bus}} to [[organisation:Oakfield Special School]]. School nurse informed, {{111}} advice was give dose now, given at school 10:05.
        Action: {{Duty manager}} informed, parent informed by phone, {{two-person check}} reinstated for all morning meds.
        Ref: [[case_reference:DATIX-SC-0392]]
    """)),
    ("social_care", "near_miss", block("""
        [18:02] [[name:Leanne]]: taxi here for [[name:Mo]] but its not the usual firm, driver says hes from [[organisation:Castle Cars]]
        [18:03] [[name:Leanne]]: reg [[vehicle_registration:YK19 HBN]] not on the list
        [18:03] [[name:Dev]]: dont let him go. ring transport
        [18:05] [[name:Leanne]]: transport desk closed. ringing {{EDT}}
        [18:11] [[name:Leanne]]: EDT say booking was changed today by school, nobody told us. driver has no {{DBS}} badge on him tho
        [18:12] [[name:Dev]]: keep [[name:Mo]] here, ill ring {{mum}} on the number in his {{one page profile}}
        [18:20] [[name:Dev]]: mum collecting herself. driver gone. wll put on {{Liquidlogic}} and email {{transport commissioning}}
    """)),
    ("social_care", "success", prose("""
        During a planned short break on [[date:Saturday 9 March]], [[name:Grace]] ([[age:9]]), who
        has {{Rett syndrome}}, was being supported with personal care when {{residential support
        worker}} [[name:Ifeoma Eze]] noticed a small red mark on her left heel. Rather than assume it
        was from her {{AFO splints}}, [[name:Ifeoma]] checked the {{body map}} from the previous stay
        and found no mark recorded. She completed a new body map, photographed it in line with policy
        and rang {{mum}}, who explained the splints had been re-cast that week at
        [[organisation:Kingsmead Child Development Centre]]. [[name:Ifeoma]] passed this to the
        {{physiotherapist}} the following Monday and the splints were adjusted. This is good
        practice: curious, proportionate, and recorded properly in the {{daily log}}.
    """)),
    ("social_care", "incident", block("""
        Chronology - missing from placement, [[organisation:Hawthorn Lodge]]
        [[date:22/06/2024]]
        16:40  [[name:Corey Walsh]] ([[age:15]]) in garden with [[name:Sam]] (RSW)
        16:52  [[name:Corey]] not in garden, side gate found open
        16:55  Search of grounds and [[address:Fenwick Road]]; {{shift leader}} [[name:Bogdan]] informed
        17:05  Rang {{police}} on 101 as per {{missing from care protocol}}, incident ref [[case_reference:NE-20240622-1187]]
        17:10  {{Mum}} rung on [[phone:07984 220 613]], no answer, voicemail left
        17:48  [[name:Corey]] found by {{PCSO}} outside the shops at [[address:2 Station Parade]], returned 18:05
        18:30  {{return home interview}} requested via {{MASH}}
        Learning: side gate padlock broken since [[date:18th]], reported to facilities but not chased.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - [[organisation:Maple Court]] - night to early - [[date:Tue 5/11]]
        Rm 1 [[name:Zainab]] - settled, {{hoist}} sling label frayed, DO NOT USE sling B, taken out of use, tagged. maintenance rung
        Rm 2 [[name:Ollie P]] - {{gastrostomy}} site a bit red, photo on {{Mosaic}}, tell mum at pick up
        Rm 3 empty (cancelled - sickness)
        Rm 4 [[name:Bill]] - slept through. {{melatonin}} given 19:30 signed
        NEAR MISS: at 22:10 nearly used sling B for [[name:Zainab]] transfer, [[name:Chiamaka]] spotted fraying on the {{pre-use check}}. good catch. {{LOLER}} inspection due anyway, form sent to [[email:facilities.childrens@wrexfordbc.gov.uk]]
    """)),
    ("social_care", "success", block("""
        [[name:Marcus Bell]] 10:14
        Quick one for the team channel - massive thanks to [[name:Summer]] on the {{Short Breaks}} rota. She noticed [[name:Aleksander]]'s {{epipen}} expired end of last month while doing the {{medication audit}}, flagged it to {{mum}} and to [[organisation:Riverside Surgery]] and a new script was in before his stay on [[date:Friday 12th]]. Could have been very different with his {{nut allergy}}.

        [[name:Marcus Bell]] 10:16
        also reminder everyone to check expiry dates on {{emergency meds}} at every admission not just monthly
    """)),
    ("social_care", "incident", block("""
        Subject: Safeguarding concern raised during stay - [[name:Jayden]] [[case_reference:LL-0098214]]

        Dear [[name:Nadia]],

        I'm writing to confirm what I passed to the {{MASH}} by phone at 20:15 yesterday. During his bath [[name:Jayden]] ([[age:8]]) told {{RSW}} [[name:Callum McGregor]] that "Uncle [[name:Dean]] hits me with the belt when I wet the bed". [[name:Callum]] did not ask leading questions, wrote the words down exactly and informed me straight away. We completed a {{body map}}; there was faded bruising to the back of the left thigh.

        MASH have allocated to the {{Children with Disabilities team}} and a {{strategy discussion}} is planned for today. [[name:Jayden]] has been told he will stay with us tonight.

        Kind regards,
        [[name:Wiktoria Nowak]]
        {{Registered Manager}}, [[organisation:Ashgrove Short Breaks]]
        [[phone:01632 960 882]] / [[phone:07700 900 316]]
    """)),
    ("social_care", "success", block("""
        Debrief notes - fire evacuation (real alarm), [[organisation:Larchfield House]], [[date:3 Jan]]
        Present: [[name:TK]], [[name:RB]], [[name:Sinead O'Driscoll]] (night senior)
        What happened: {{fire alarm}} activated 02:40 (toaster in staff kitchen). 4 young people in, 2 non-ambulant.
        What went well:
        - {{PEEPs}} were up to date and in the {{grab file}}
        - {{evac chair}} used for [[name:Kian]] on the first floor, out in under 4 mins
        - [[name:Sinead]] did roll call at the {{assembly point}} against the {{signing-in book}}
        Even better if: night staff had done an evac chair drill since September - [[name:TK]] and [[name:RB]] hadn't.
        Action: drills quarterly, [[name:Sinead]] to lead.
    """)),
    ("social_care", "incident", prose("""
        [[name:shanice]] hit head on door frame in the {{lounge}} when she threw herself back during a
        {{meltdown}} approx 15:20. small lump above right eye. {{head injury observations}} started as
        per {{first aid}} training, no vomiting, pupils equal. rang {{111}} they said monitor.
        {{mum}} informed at 15:45 shes ok with it. {{accident form}} done + on {{LCS}}. think we need
        soft padding on that frame its the 2nd time this month - [[name:Gaz]]
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Sunday 14 April]] the family of [[name:Ruby Hughes]] ([[age:12]]) arrived to collect
        her at 16:00, but it was her {{grandad}}, Mr [[name:Alan Hughes]], who was not on the
        {{authorised collectors}} list in her {{care plan}}. The new {{bank worker}} on the door knew
        Mr [[name:Hughes]] from previous stays and started to bring [[name:Ruby]]'s bag down.
        {{Shift leader}} [[name:Olumide]] checked the list, saw a note that grandad was not to collect
        following a {{court order}} from last year, and kept [[name:Ruby]] in the unit while she rang
        {{mum}} and the {{EDT}}. Mum collected at 17:10. No harm, but it was close. The collector list
        is now printed on the front of the {{admission pack}} and bank staff get it in their induction.
        On reflection, the bank worker did nothing unusual: grandad was friendly, known to staff and
        had collected before the order was made. The restriction sat in a case note on {{Mosaic}}
        rather than the front of the plan, which is what staff read at handover. We have asked the
        Children with Disabilities team to e-mail the unit about any change to who can collect, and
        [[name:Olumide]] will add a collector check to the start of every Sunday shift.
    """)),
    ("social_care", "success", block("""
        COMPLIMENT / GOOD PRACTICE RECORD
        From: {{Independent Reviewing Officer}} [[name:Yusuf Rahman]]
        About: [[name:Kerry-Ann Campbell]], {{shared care carer}}
        Child: [[name:Liam]] ({{Mosaic}} [[case_reference:2093318]])
        Date: [[date:29.05.24]]

        At [[name:Liam]]'s {{CLA review}} today his {{social worker}} and school both said how much progress he's made since overnight stays with [[name:Kerry-Ann]] started. She keeps a {{communication book}} that goes between home, school and her house, used {{Makaton}} signs at the review and brought photos of him at [[organisation:Brackenbury Farm]] feeding the goats. [[name:Liam]] signed "happy" when her name came up.
    """)),
    ("social_care", "incident", prose("""
        lost {{medication cupboard}} key fob end of lates [[date:11/7]], found in {{night senior}}s
        coat next am. no meds missing, {{CD register}} balances ok w {{manager on call}}.
        {{key safe}} code changed. need {{sign out sheet}} for keys
    """)),
    ("social_care", "success", prose("""
        Good catch: when preparing for [[name:Idris]]'s first overnight stay, {{senior RSW}}
        [[name:Bethan Price]] read the {{transition plan}} from [[organisation:Ysgol Bryn Derw]] and
        noticed his {{dysphagia}} guidance said {{IDDSI level 4}} puréed, but the kitchen allergy sheet
        said level 6 soft and bite-sized. She rang the {{speech and language therapist}}, who confirmed
        level 4 was correct and the sheet was out of date. [[name:Bethan]] updated the menu, briefed
        the team and added a line to the {{admission checklist}} so diet textures are checked against
        the latest SLT letter every time.
    """)),
    ("social_care", "incident", block("""
        Information governance incident - letter sent to wrong address
        Ref: [[case_reference:IG-2024-0417]]
        Date identified: [[date:8 August 2024]]

        Summary: The {{short breaks}} offer letter for [[name:Aisha Begum]] ([[age:6]]) was posted to [[address:27 Cranleigh Gardens]] instead of [[address:72 Cranleigh Gardens]], [[postcode:WF10 3RS]]. It included her {{EHCP}} summary and {{mum}}'s {{National Insurance}} number [[ni_number:JT 48 21 93 C]] copied from the {{Direct Payments}} form.
        The neighbour, Mrs [[name:Doreen Platt]], handed it in to reception.
        Cause: address typed manually into a {{Word template}} instead of merged from {{Liquidlogic}}.
        Actions: {{Data Protection Officer}} informed, family apologised to in person, {{ICO}} threshold not met per DPO.
    """)),
    ("social_care", "near_miss", block("""
        [[name:Rosie]] 21:47
        hiya just to flag, [[name:Harvey]]'s {{overnight oxygen}} cylinder was showing just under a quarter at start of shift, {{spare}} in the cupboard was empty too. rang [[organisation:Medigas North]] out of hours, delivery by 23:00. using the {{concentrator}} in meantime as per his {{health care plan}}

        [[name:Femi]] 21:52
        good shout. whoever did the {{stock check}} sunday signed it as full?? will pick up with [[name:Sandra]] in the am, not a blame thing just need to know how
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        Datix ref: [[case_reference:W213457]]
        Location: [[organisation:Millbrook Urgent Treatment Centre]], {{minors}}
        Date of incident: [[date:02/03/2024]]
        Patient: [[name:Stanislaw Wozniak]]   NHS no [[nhs_number:757 595 8908]]   DOB [[date_of_birth:17/11/1948]]
        Description: Pt attended with fall and wrist pain. {{X-ray}} reported as no fracture by {{ENP}}. Pt waited 3h 40m. {{NEWS2}} at triage 1, not repeated. At discharge pt confused, {{capillary glucose}} 2.1. Treated with {{Glucogel}} and oral intake, transferred to [[organisation:Royal Barnsford Infirmary]] ED by {{999}}. Pt on {{gliclazide}}, missed lunch while waiting.
        Harm: low
        Learning: repeat obs for long waits, ask about diabetes meds at triage.
        Reporter: [[name:K. Adeyemi]], {{Nurse Practitioner}}
    """)),
    ("health", "success", block("""
        From: Dr [[name:Fiona MacLeod]] <[[email:fiona.macleod3@nhs.net]]>
        Subject: Thank you - home visit [[date:Sat 16th]]

        Hi team,

        I want to highlight the call handling by [[name:Precious]] on Saturday evening. A daughter rang about her dad, [[age:84]], "just a bit off". [[name:Precious]] noticed he was breathing fast when she asked her to count, and escalated to a {{clinical callback}} within 10 minutes rather than leaving it at the 2 hour {{disposition}}. I spoke to them and arranged a home visit; our {{driver}} [[name:Tony]] got us there in 20 mins. He had a {{NEWS2}} of 9, query {{sepsis}} from a chest source, and went in on a {{blue light}}. The family tell us he's home and recovering.

        Good {{call handler}} instinct, and exactly why we ask people to trust their gut.

        [[name:Fiona]]
        {{Clinical Lead}}, [[organisation:Vale Out of Hours]]
    """)),
    ("health", "near_miss", prose("""
        nearly gave {{co-amoxiclav}} to pt in bay 3 with {{penicillin allergy}} - allergy was on the
        {{SystmOne}} record but not on the {{Adastra}} case as 111 hadnt passed it on. pt (Mrs
        [[name:Kaur]]) said "am i ok with that one" when i handed it over. switched to
        {{doxycycline}}. learning - always check the {{Summary Care Record}} not just the 111 notes.
        adastra case [[case_reference:2450913]]. [[name:jk]] ANP
    """)),
    ("health", "incident", block("""
        Timeline - delayed home visit (SI screening)
        Patient: Mr [[name:Declan Moriarty]], [[age:79]], [[address:Flat 6, Lindisfarne Court]], [[postcode:NE23 6TQ]]
        NHS: [[nhs_number:1444306863]]
        [[date:25/12/2023]]
        14:12  111 referral, {{Green 2}} disposition (home visit within 2h)
        15:30  Visit car 2 out of service, {{clutch}} failure, [[vehicle_registration:NX68 KLT]] recovered
        16:05  Case not re-prioritised; {{shift manager}} covering two sites
        17:40  Daughter rang back, "he's not making sense"
        17:52  Upgraded, {{999}} advised
        18:10  {{ambulance}} on scene, {{hypothermia}}, heating had failed
        Learning: no {{escalation}} prompt in {{Adastra}} when a visit breaches; single car on the {{bank holiday}} rota.
    """)),
    ("health", "success", prose("""
        Good catch at reception. On [[date:Monday 4 March]] {{receptionist}} [[name:Marsha Grant]]
        noticed [[name:Ayaan]] ([[age:2]]) floppy in his dad's arms in the queue, with a
        {{non-blanching rash}} on his legs. She used the {{glass test}} she had been shown at
        in-house {{sepsis}} training and walked him straight into {{resus}} without waiting for
        {{streaming}}. {{IV antibiotics}} were started within 25 minutes of arrival and he was
        transferred to [[organisation:Puffin Ward]] at [[organisation:St Cuthbert's Hospital]], where
        {{meningococcal disease}} was confirmed. He has made a full recovery. [[name:Marsha]] is not a
        clinician and did exactly the right thing by trusting what she saw.
    """)),
    ("health", "incident", block("""
        Subject: Wrong practice sent discharge message

        Hi [[name:Gareth]],

        Raising this on {{Ulysses}} too ([[case_reference:ULY-88213]]) but wanted you to have it before the {{governance}} meeting.

        On [[date:19 Feb]] we sent the {{post-event message}} for [[name:John Smith]], DOB [[date_of_birth:04/06/1961]], to [[organisation:Harefield Road Surgery]]. He is registered at [[organisation:Parkview Medical Practice]]. There are two patients called [[name:John Smith]] on the system with DOBs a year apart; the clinician picked the wrong one from the {{PDS}} trace. The surgery rang us and we have re-sent. No clinical harm, but the wrong practice saw his {{PHQ-9}} scores and his {{sertraline}} dose.

        Suggest we make {{NHS number}} the required field for the trace, not name and DOB.

        Thanks,
        [[name:Anjali]]
        {{Governance Lead}}
    """)),
    ("health", "near_miss", block("""
        [21:14] [[name:Nkechi]]: {{CD}} box in car 1 short 1 amp of {{morphine 10mg}}. register says 5 box has 4
        [21:15] Dr [[name:Obi]]: who signed it out?
        [21:17] [[name:Nkechi]]: [[name:Luke]] at 18:00 handover, both signed 5
        [21:20] [[name:Luke]]: sorry just seen - used 1 at the {{palliative}} visit at [[address:3 Ropewalk Lane]] 19:30, forgot to write it in the {{CD register}}, its on the {{Adastra}} notes
        [21:22] Dr [[name:Obi]]: ok phew. please both go back and do it as a late entry, witnessed. and put it on {{Datix}} as a near miss, not blaming anyone
        [21:23] [[name:Luke]]: will do 👍
    """)),
    ("health", "success", block("""
        Hot debrief - cardiac arrest in waiting room
        Date: [[date:Thursday 11 January]]
        What went well:
        - {{receptionist}} shouted for help & pressed the {{emergency buzzer}} immediately
        - {{AED}} pads on within 2 minutes, first shock at 2:40
        - {{HCA}} did great quality {{CPR}}, swapped every 2 mins
        - {{ROSC}} after 2 shocks, before {{HEMS}} arrived
        Even better if:
        - {{airway}} bag missing i-gel size 4, restocked after
        - nobody allocated to look after the wife
        Staff offered {{TRiM}} follow-up.
    """)),
    ("health", "incident", prose("""
        pt [[name:hollie jenkins]] [[age:23]] hosp no [[case_reference:RBI2210458]] discharged from
        {{minors}} with {{ankle sprain}} dx, came back 3 days later and xray showed {{Weber B}}
        fracture. {{Ottawa ankle rules}} documented as neg but no bony tenderness exam actually
        recorded. i was the {{ENP}} ([[name:DH]]). reflected with [[name:Wendy]] in {{clinical
        supervision}}, ive done the x-ray requesting refresher. pt has had a {{walking boot}} fitted
        at {{fracture clinic}} and was ok about it when i rang her to apologise
    """)),
    ("health", "near_miss", prose("""
        On [[date:27 October]], a {{prescription}} for {{amoxicillin}} oral suspension was issued by
        the out-of-hours doctor for [[name:Noah Baptiste]] ([[age:4]]) at 250mg/5ml, 10ml three times
        daily, double the intended dose. The {{community pharmacist}} at [[organisation:Kingsway
        Pharmacy]], [[name:Mei Ling Chow]], queried it with the base by phone and the prescription was
        corrected before it was dispensed. The prescriber, Dr [[name:Hamid Farouk]], had selected the
        wrong strength from the {{EPS}} drop-down after a system update changed the order of the list.
        Dr [[name:Farouk]] reported it to the {{Medicines Optimisation}} team and the {{Adastra}}
        supplier has been asked to fix the picklist.
    """)),
    ("health", "success", block("""
        Compliment received via {{PALS}}
        Ref: [[case_reference:PALS/24/0712]]
        Received: [[date:12/04/2024]]
        From: Mrs [[name:Ewa Zielinska]], [[address:9 Pendle View]], [[postcode:BB9 7PD]]

        "I brought my son [[name:Filip]] ([[age:7]]) to the walk-in at 11pm after a {{febrile convulsion}}. The nurse [[name:Abi]] kept me calm and explained everything, even with my English. She got a {{Language Line}} interpreter on the phone in Polish within five minutes. Dr [[name:Chen]] explained the {{safety netting}} advice and wrote it down for me. [[name:Filip]] is well now. Please thank them."

        Action: shared with team at {{huddle}}, added to {{staff newsletter}}.
    """)),
    ("health", "incident", block("""
        SBAR - escalation to {{shift manager}}
        S: Pt [[name:Olusegun Bakare]], [[age:61]], NHS [[nhs_number:214 206 5929]], left the {{UTC}} before being seen after waiting 4h. Triage {{ECG}} showed new {{ST depression}} but was not reviewed by a clinician before he left.
        B: Attended 19:10 with "indigestion". ECG done by HCA 19:25, put in the tray instead of handed to the {{GP}}.
        A: Possible {{ACS}}. High risk.
        R: Called pt on [[phone:07956 331 084]] at 23:40, no answer. Asked {{police}} for a {{welfare check}} at [[address:41 Harrow Crescent]]. Pt found at home, taken to ED by ambulance, {{troponin}} raised.
        Datix: [[case_reference:DX-55190]]
    """)),
    ("health", "near_miss", prose("""
        Pt booked onto the OOH home visit list twice under different {{Adastra}} case numbers
        ([[case_reference:2451102]] and [[case_reference:2451187]]) after 111 and the {{district
        nurses}} both referred. Two clinicians nearly drove out to the same {{end of life}} patient in
        separate cars on a night with a 3 hour backlog. Spotted by {{dispatcher}} [[name:Will]], who
        noticed the same postcode, [[postcode:LS14 2QX]], twice on the {{visit board}}. Merged and one
        car stood down.
    """)),
    ("health", "success", block("""
        [[name:Tash]] 08:02
        just wanna say thanks to [[name:Nev]] and Dr [[name:Alwyn]] for last night. {{phone lines}} went down at 1am ({{BT}} fault) and they got the {{business continuity plan}} out, rang {{111}} to divert and ran calls off the {{backup mobile}} [[phone:07700 900 451]] til 4. not one call lost. legends

        [[name:Kasia]] 08:05
        👏👏 will put it in the {{governance}} report as good practice
    """)),
    ("health", "incident", prose("""
        A [[age:16]]-year-old girl, [[name:Kayleigh Moss]], attended the {{UTC}} on [[date:Saturday 20
        July]] with a man she said was her "cousin", aged about 30, asking for {{emergency
        contraception}}. The clinician supplied {{levonorgestrel}} under a {{PGD}} but did not complete
        the {{CSE screening tool}} or record the man's details. The next day a social worker from
        [[organisation:Tyneside MASH]] rang asking whether [[name:Kayleigh]] had attended, as she was
        missing from home. Our record had no safeguarding flag. Learning: the screening tool is now a
        mandatory field in {{Adastra}} for under-18s presenting for sexual health, and
        {{safeguarding lead}} [[name:Rose Ogunleye]] is running refresher sessions.
    """)),
    ("health", "near_miss", block("""
        OOH base handover 08:00 [[date:Sun 7 Apr]]
        - car 3 ([[vehicle_registration:YD21 UPR]]) - {{tyre pressure warning}} on, DO NOT use until checked. nearly sent out by [[name:Mick]] at 05:00, Dr [[name:Sekhon]] noticed the light
        - {{fridge}} temp 9.2 max overnight, {{cold chain}} breach? vaccines quarantined pending {{pharmacy}} advice
        - pt [[name:E. Ward]] (NHS [[nhs_number:4192915154]]) callback outstanding, rang twice no answer, {{safety net}} msg left
        - {{ECP}} [[name:Chidi]] off sick, rota gap 12-20
    """)),
    ("health", "success", prose("""
        Learning from excellence: on the evening of [[date:5 June]], Dr [[name:Eleri Vaughan]] was
        doing telephone triage when a call came through for Mr [[name:Brennan]], [[age:67]], with
        "back pain". Rather than give {{analgesia}} advice, she asked about the pain going through to
        his tummy and a near-faint on the toilet, and remembered he had a {{AAA}} under
        {{surveillance}} from his {{Summary Care Record}}. She called {{999}} herself and stayed on the
        line with his wife. He had a leaking {{aneurysm}}, had emergency {{EVAR}} and went home from
        [[organisation:Tennyson Ward]] three weeks later. [[name:Eleri]] says it was the wife's worry
        that made her dig deeper.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        AIR SAFETY REPORT
        ASR no: [[case_reference:ASR-24-0188]]
        Date: [[date:03/05/2024]]   Flight: [[flight_number:LS1447]]   Reg: [[aircraft_registration:G-HLMX]]   Type: {{B737-800}}
        Stand: {{stand 7}}
        Event: {{PRM}} passenger ({{WCHC}}) left on board 35 min after all other pax disembarked. {{ambulift}} delayed as only one unit serviceable and it was at {{stand 12}} with [[flight_number:FR 4416]].
        {{SCCM}} [[name:Hannah Boyd]] stayed with the pax. Pax missed her connecting coach. Complaint received.
        Reported by: {{Captain}} [[name:R. Malik]]
    """)),
    ("aviation", "success", block("""
        From: [[name:Malcolm Fraser]] <[[email:malcolm.fraser@eastmoorairport.co.uk]]>
        To: PRM team
        Subject: Well done - [[flight_number:EZY6249]] diversion

        All,

        Last night we took the [[flight_number:EZY6249]] diversion with 3 PRMs on board, one {{WCHC}} gentleman with his own {{powered wheelchair}} and two {{WCHR}}. [[name:Aoife]] and [[name:Kwame]] met the aircraft at {{stand 3}}, got the {{ambulift}} on within 10 minutes, and [[name:Aoife]] walked the {{lithium battery}} paperwork through with the {{dispatcher}} so the chair went on the coach transfer to Manchester without a hitch. The passenger emailed this morning to say it was the best assistance he'd had anywhere.

        Thank you both.

        [[name:Malcolm]]
        {{Duty Terminal Manager}}
        [[organisation:Eastmoor Airport]] | [[phone:01632 960 214]]
    """)),
    ("aviation", "near_miss", prose("""
        lane 2 {{x-ray}} approx 06:20 peak - bag cleared by screener but [[name:Gosia]] on {{image
        review}} called it back, {{ceramic knife}} in the lining of a laptop bag. pax (on
        [[flight_number:T3 341]] to Aberdeen) said forgot it was there. {{police}} attended, knife
        surrendered. screener had been on x-ray 38 mins, over the 20 min {{rotation}} because
        [[name:Darren]] was covering {{staff search}}. rotation breach flagged to {{STL}} [[name:Mo
        Hussain]]. not about blame - we were 2 down
    """)),
    ("aviation", "incident", block("""
        Terminal Ops log - [[date:Sat 17 Aug]]
        04:55  {{baggage belt}} 2 ({{hold baggage screening}} feed) tripped
        05:10  engineer [[name:Craig Dunn]] on site, {{E-stop}} found pulled
        05:25  manual bag reconcile started, bags for [[flight_number:LS1321]] and [[flight_number:BY 4107]] hand-carried to the {{EDS}} room
        06:40  belt back. 23 bags missed [[flight_number:LS1321]] ([[aircraft_registration:G-DRWN]]), sent on next flight
        07:15  {{CCTV}} review: E-stop hit by a trolley, guard missing since [[date:12/08]]
        Learning: damaged guard was reported on the {{fault reporting}} app but not triaged over the weekend
        By: [[name:Sky Roberts]], {{TDM}}
    """)),
    ("aviation", "success", block("""
        [[name:Jas]] 14:32
        shoutout to [[name:Magda]] on {{Central Search}} today - she spotted an older lady with a {{Hidden Disabilities Sunflower}} lanyard wandering back through {{fast track}}, asked her gently and found out she'd been separated from her husband after the {{boarding card}} scan. got {{PRM}} to meet her, husband paged from {{gate 4}}, both on the [[flight_number:EI3317]] to Dublin on time. really kind and calm 🌻

        [[name:Mark]] 14:40
        brilliant, will nominate for a {{STAR award}}
    """)),
    ("aviation", "incident", prose("""
        MOR [[case_reference:MOR 2024/11482]]: On [[date:9 November]], during boarding of
        [[flight_number:LM 562]] ({{ATR 72}}, [[aircraft_registration:G-LMRT]]) on {{stand 2}}, a
        passenger aged [[age:71]] tripped on the bottom step of the {{airstairs}} and cut her shin.
        Ground staff member [[name:Eilidh Murray]] gave {{first aid}} and the {{airport fire
        service}} attended. The passenger chose to travel. The {{apron floodlight}} on the stand was
        found to be partly out; it had been reported to {{airfield ops}} at 18:10 but not fixed
        before the evening wave. Learning: stand lighting faults are now a same-shift fix, and
        boarding moves to a lit stand if one is free.
    """)),
    ("aviation", "near_miss", block("""
        [07:41] [[name:Terry]]: {{staff search}} - contractor tried to come airside with a {{Stanley knife}} in his tool belt, not on the {{tools register}}
        [07:42] [[name:Ola]]: name?
        [07:43] [[name:Terry]]: [[name:Kieran Doyle]], [[organisation:Northline Electrical]], {{airside pass}} [[case_reference:ID 55873]]
        [07:45] [[name:Ola]]: hold him landside, call his supervisor. its a {{prohibited article}} unless its on the register
        [07:58] [[name:Terry]]: supervisor says the paperwork went to an old email. knife logged and he's been escorted to {{tool control}}
        [08:02] [[name:Ola]]: good. {{DfT}} reportable? ask [[name:Bronwen]]
        [08:10] [[name:Bronwen]]: not reportable, internal only, but put it on the {{occurrence log}}. nice one [[name:Terry]]
    """)),
    ("aviation", "success", prose("""
        On [[date:Thursday 22 February]], a [[age:12]]-year-old autistic passenger, [[name:Ethan]],
        travelling with his {{dad}} on [[flight_number:LS 882]] to Alicante, became very distressed
        in the {{security}} search area because of the noise and the {{body scanner}}. {{Security
        officer}} [[name:Nasreen Ali]] recognised his {{sunflower lanyard}}, offered a
        {{private search}} instead, explained each step before doing it and let [[name:Ethan]] hold
        his tablet throughout. A {{PRM}} colleague, [[name:Hope]], then walked them to the
        {{quiet room}} until boarding was called. His dad emailed to say it was the first time
        they had got through an airport without a meltdown.
    """)),
    ("aviation", "incident", block("""
        PRM INCIDENT FORM
        Ref: [[case_reference:PRM-0931]]
        Date: [[date:21/09/24]]
        Flight: [[flight_number:FR2314]] arr from Malaga   Reg: [[aircraft_registration:EI-GXQ]]
        Pax: Mrs [[name:Beverley Osei-Tutu]]   Contact: [[phone:+44 7811 403 295]]
        Category: {{mobility aid}} damaged
        Details: Pax's own manual {{wheelchair}} brought to the {{aircraft door}} with left footplate snapped. Handler says damage happened at Malaga. {{PIR}} raised with the airline. Loan chair issued from the {{PRM desk}}. Pax very upset, missed her train home.
        Handled by: [[name:Gabriel]] ({{PRM agent}})
    """)),
    ("aviation", "near_miss", prose("""
        During {{walk-out boarding}} on {{stand 1}} on [[date:14 August]], three passengers followed a
        {{ground handling}} agent who turned back for a pushchair, and began walking towards a {{Dash
        8}} on {{stand 3}} whose right engine was still running at idle. A {{ramp agent}} shouted and
        stepped in front of them about 20 metres from the {{propeller}} arc. No one was hurt. The
        {{barrier tape}} route had not been laid because the cones were in use elsewhere on the
        apron. Learning: boarding does not start until the walkway is coned, and the dispatcher
        confirms it with the {{gate agent}} before calling passengers.
    """)),
    ("aviation", "success", block("""
        Debrief - unattended bag, {{check-in hall}}, [[date:04/01/2024]]
        Attendees: {{STL}} [[name:Rachel Ng]], [[name:Fergus]] ({{terminal duty manager}}), PC [[name:Dawson]]
        Summary: black holdall left by pillar 14 for approx 20 mins.
        What went well:
        - [[name:Fergus]] applied the {{HOT principles}}, cordon at 100m, {{PA announcement}} in 3 mins
        - owner traced on {{CCTV}} to the café
        - owner, booked on [[flight_number:KL 1086]], came back in 12 mins, bag cleared, no evacuation
        Even better if: the {{cordon tape}} kept in check-in desk 1 drawer hadn't run out.
    """)),
    ("aviation", "incident", prose("""
        pax became aggressive at {{tray return}} after being told his {{liquids}} over 100ml had to go
        in the bin, threw a tray which hit [[name:kayode]] on the wrist. {{police}} called, pax
        arrested and offloaded from [[flight_number:EZY 3105]], crime ref
        [[case_reference:WY-24-118734]]. [[name:kayode]] seen by {{first aider}} then went to A&E,
        sprain, off 2 days. {{body worn camera}} footage saved by {{STL}} [[name:Jo]]. we need the
        {{LAGs}} signs bigger at the start of the queue, most of the kickoffs are at the bin. [[name:dw]]
    """)),
    ("aviation", "success", block("""
        Subject: Good catch at gate 6

        Hi [[name:Carys]],

        Just to let you know [[name:Oisín]] at {{gate 6}} did a great job this morning on [[flight_number:BY 6411]]. He noticed a family with a baby in a sling but no {{infant}} on the {{DCS}}. The infant had been missed at check-in; he got it added to the {{loadsheet}} and the crew got an extra {{infant lifejacket}} and {{loop belt}} before pushback. [[aircraft_registration:G-TAWX]] still left on time. Small thing, but exactly what the infant count is for.

        Thanks,
        [[name:Barry Quinn]]
        {{Customer Service Manager}}
        [[phone:07700 900 732]]
    """)),
    ("aviation", "near_miss", block("""
        Occurrence log extract
        Ref: [[case_reference:OCC-24-0562]]
        Date: [[date:15/03/24]] 23:40
        Location: Gate 9 {{airside}}/{{landside}} door (D-114)
        Event: door found unsecured, {{maglock}} not engaging after an {{access control}} upgrade by [[organisation:Secure Axis Ltd]] earlier that day. Door alarm had been muted during the works and not re-enabled.
        Found by: {{patrol officer}} [[name:Imran Qureshi]] on routine {{perimeter}} check
        Action: door guarded until 02:15, contractor engineer [[name:Stuart]] recalled. {{CCTV}} reviewed 15:00-23:40, no unauthorised access seen. {{Security Manager}} Ms [[name:Hart]] informed; considered for {{DfT}} notification.
    """)),
    ("aviation", "success", block("""
        PRM desk handover 13:00 - [[date:Mon 19th]]
        AM went smooth, all 14 PRMs on time, no delays to any flight 🙌
        - Mr [[name:Gill]] {{BLND}} w/ {{guide dog}}, dep [[flight_number:LS 1529]] 16:20, dog paperwork checked ok, meeting at {{PRM desk}} 14:30
        - Ms [[name:Oyelaran]] {{WCHS}} arr [[flight_number:KL 1087]] 15:05, needs {{ambulift}}, booked
        - family [[name:Wójcik]] - {{DEAF}} + {{MAAS}}, arrived early, waiting in the {{quiet room}}
        - {{aisle chair}} 2 back from repair
        shout out [[name:Shona]] who sorted the guide dog paperwork with the airline last night
    """)),
    ("aviation", "incident", prose("""
        At about 10:15 on [[date:6 April]], a {{power bank}} in a passenger's hand luggage started
        smoking in a tray on lane 4 just after the {{X-ray}}. {{Security officer}} [[name:Rhiannon
        Lewis]] moved the tray to the floor away from the queue and the {{airport fire service}}
        attended within four minutes and put it in a {{containment bag}}. The lane was closed for 25
        minutes. The passenger, a [[age:19]]-year-old booked on [[flight_number:FR 1893]], said it had
        been dropped the day before. Nobody was hurt. Debrief learning: the {{fire blanket}} for lane 4
        had been moved to lane 2, and only lanes 1 and 3 had {{thermal runaway}} kits. Kits have now
        been ordered for all lanes through [[organisation:Eastmoor Airport]] procurement.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind133", REPORTS))


if __name__ == "__main__":
    main()
