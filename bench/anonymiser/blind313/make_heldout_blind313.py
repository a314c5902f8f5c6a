"""Held-out blind corpus 313: 50 invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) to measure how well
de-identification generalises. Three settings, all people, organisations, places and numbers
invented:

- social_care (17): a domestic abuse refuge for mothers and children
- health (17): an adult intensive care unit
- aviation (16): a flight training school

Each domain mixes incident, near_miss and success ("learning") reports. Styles are deliberately
mixed: rushed lower-case notes with typos and txt-speak, formal narratives, chronologies with
times, forms with Name/DOB/Ref/Address fields, e-mails with headers and signatures, chat exports
(Teams/WhatsApp/Slack), handover notes, minutes with attendance and apologies, pipe tables,
RT transcripts, shout-outs and thank-you notes.

`[[label:value]]` marks an identifier and `{{term}}` a must-not-redact mention (roles, agencies,
frameworks, drugs, equipment, aircraft types, place types, generic days and times, acronyms).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind313.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care (17)
    ("social_care", "incident", prose("""
        nightshift - approx {{22:40}} {{CCTV}} showed a male sat in a car opp {{the gate}}, silver
        {{Corsa}} reg [[vehicle_registration:YD67 KRX]]. resident in flat 3 ([[name:kayleigh]])
        id'd him as her ex [[name:Darren Whitlock]] - he has a {{non-mol}} against him.
        [[name:kayleigh]] v shaken, both kids ([[name:tyler]] [[age:6yo]],
        [[name:mia-rose]] [[age:18mths]]) asleep thank god. rang {{999}} as per her
        {{safety plan}}, police there in 15 mins but [[name:Whitlock]] gone b4 they arrived. log no
        [[case_reference:0744-19032024]]. informed {{on call manager}} ([[name:Jas]]) + left msg
        for her {{IDVA}}. need to chk how he got the addr?? only new thing is [[name:kayleigh]]
        registered at [[organisation:Fenwick Road Surgery]] last wk. will flag at {{MARAC}}.
        - [[name:ob]]
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT / NEAR MISS FORM
        Service: [[organisation:Larkhill House Refuge]]
        Ref: [[case_reference:LHR-NM-2024-031]]
        Date of event: [[date:07/02/2024]]
        Resident: [[name:Shabnam Qureshi]]    DOB: [[date_of_birth:23/11/1991]]
        Child: [[name:Zayan Qureshi]]    DOB: [[date_of_birth:02/05/2019]]
        Reported by: [[name:Ewa Kowalczyk]] ({{Children's Worker}})

        What happened:
        [[name:Zayan]]'s new school, [[organisation:Highfield Junior School]], generated a letter
        to "parents/carers" and the {{MIS}} still had {{dad}} listed with
        {{parental responsibility}} at [[address:41 Carrow Street, Norwich]] [[postcode:NR3 1QX]].
        The letter included the {{after-school club}} pick-up location. {{Mum}} saw it on the
        {{parent app}} at 08:30 and rang us; the {{school office}} pulled dad's copy from the
        {{post tray}} before it went.

        Action: spoke to the {{DSL}}, Mrs [[name:Oyelaran]]. Dad's contact details now restricted
        and {{Children's Services}} {{SW}} informed. Added to our intake checklist: ask schools to
        check every contact record, not just the "main" one.
    """)),
    ("social_care", "success", prose("""
        Shout-out to [[name:Hope]] on the {{children's team}} 🌟 The [[age:9-year-old]] in flat 6
        hadn't said a word to any adult since she arrived, and yesterday she sat with
        [[name:Hope]] for the whole {{play therapy}} session and drew her "new bedroom". {{Mum}}
        cried when she saw it. [[name:Hope]] has been so patient, three weeks of sitting on the
        floor doing {{Lego}} with no pressure at all. We {{hope}} it carries on when she starts at
        [[organisation:St Anselm's RC Primary]] on [[date:Monday 15th]]. Also thanks to
        [[name:Grace]] from {{CAMHS}} for the advice on {{trauma-informed}} play, and to
        {{Ofsted}}-registered childminder [[name:Lyudmila]] for covering the {{crèche}}.
        - [[name:Nkechi]] ({{Refuge Manager}})
    """)),
    ("social_care", "incident", block("""
        From: [[name:Rachel Mbeki-Harrison]] <[[email:rachel.mbekiharrison@northgatewa.org.uk]]>
        To: [[email:safeguarding@northgatewa.org.uk]]
        Sent: [[date:12 March 2024]] {{16:52}}
        Subject: Incident - address disclosed on social media

        Hi all,

        Just to log formally: this afternoon resident [[name:Joy Adeyemi]] showed me that her
        [[age:15-year-old]] son ([[name:Kwame]]) had posted a {{TikTok}} with the bus stop and
        our front door in the background. [[name:Kwame]] didn't realise. It had about 300 views
        before he took it down at {{4pm}}.

        I've redone the {{risk assessment}} with [[name:Joy]], contacted her {{IDVA}} at
        [[organisation:Oakmere Domestic Abuse Service]] and we're looking at a {{move-on}} to
        another refuge via the {{national helpline}}. {{Police}} informed, ref
        [[case_reference:NP-24-118302]].

        Can we do an online safety session with the teens at {{house meeting}} on {{Thursday}}?

        Thanks
        [[name:Rachel]]

        [[name:Rachel Mbeki-Harrison]]
        {{Senior Support Worker}} | [[organisation:Northgate Women's Aid]]
        T: [[phone:01632 960 418]]
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp export - "Refuge Nights 🌙" - [[date:18 Apr 2024]]
        21:03 - [[name:Bex]]: anyone know if [[name:Amber]] came back in?? her bed's empty n the kids r in the lounge with [[name:Sunny]] ({{relief}})
        21:05 - [[name:Marek]]: she signed out at 6, said going to her sisters
        21:06 - [[name:Bex]]: {{curfew}} is 10 but she isnt answering, [[phone:07700 900637]] goes straight to {{vm}}
        21:14 - [[name:Marek]]: [[name:sunny]] says [[name:amber]]'s ex has been messaging her again 😬 do we ring {{on call}}?
        21:15 - [[name:Bex]]: yes ringing [[name:Paulette]] now
        21:31 - [[name:Paulette]]: spoken to {{police}}, logged as {{missing person}} given her {{DASH}} score, they're doing a {{welfare check}} at the sister's. kids ok to stay up w [[name:Sunny]]
        21:48 - [[name:Bex]]: [[name:AMBER]] BACK!!! got the wrong bus + phone died. she's fine
        21:50 - [[name:Paulette]]: thank god 🙏 stand police down pls + write it up as a {{near miss}} - we never took the sister's number at {{intake}} so no way to check. adding it to the form tmrw
    """)),
    ("social_care", "success", block("""
        [[organisation:Brambleside Refuge]] - Multi-agency review meeting (minutes)
        Date: [[date:Wed 24 April 2024]]
        Present: [[name:Funmi Adebayo]] ({{Refuge Manager}}), [[name:Will Carrington]] ({{Social Worker}}, [[organisation:Kirkdale Children's Services]]), [[name:Patience Mwangi]] ({{IDVA}}), [[name:Hannah O'Rourke]] ({{Health Visitor}})
        Apologies: Dr [[name:Lucía Fernández]] ({{GP}}, [[organisation:Millbrook Medical Centre]])
        Family: [[name:Chantelle]], children [[name:Rio]] ([[age:4]]) and [[name:Faith]] ([[age:10 months]])

        1. {{CP plan}} stepped down to {{Child in Need}} - unanimous. [[name:Will]] to update the record and send minutes to the {{IRO}}.
        2. [[name:Faith]] now registered with the {{HV}} service, {{1-year review}} booked, {{immunisations}} up to date.
        3. [[name:Chantelle]] completed the {{Freedom Programme}} last week (certificate presented 🎉).

        What worked: one named worker per agency, a weekly 15-min call, and {{Signs of Safety}} language used with {{mum}} so she understood the plan.

        Actions: [[name:WC]] to close {{CP}} on the system by [[date:1 May]]. [[name:HOR]] to transfer to the {{0-19 team}}. Next review [[date:5 June 2024]].
    """)),
    ("social_care", "incident", block("""
        Chronology - [[date:Sat 9 March]] - ref [[case_reference:BR/INC/0392]]
        08:10  Resident [[name:Nadia Haddad]] reports purse + refuge {{key fob}} missing from the {{communal kitchen}}.
        08:25  [[name:Tomasz]] checked {{CCTV}} - nothing; kitchen camera not recording since the {{power cut}} on {{Thurs}}.
        09:00  Fob deactivated on the {{access system}}. [[organisation:KeyFast Locksmiths]] booked to change the flat 2 lock.
        10:15  [[name:Nadia]]'s {{Universal Credit}} card was in the purse. Rang {{DWP}} with her, NI no [[ni_number:JT 48 21 93 C]] confirmed, card stopped.
        11:40  Lock changed.
        12:30  Purse handed in by Mrs [[name:Begum]] (flat 4) - found behind the {{microwave}}, nothing taken.
        14:00  Debrief with [[name:Lou]] ({{deputy manager}}). Learning: the CCTV fault was never reported - {{maintenance log}} now checked every shift.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - lates to nights - [[date:03/05]]
        Flat 1 - [[name:Precious]] + [[name:Blessing]] ([[age:7]]) - settled. [[name:P]] has {{GP}} appt tmrw at [[organisation:Ashgrove Health Centre]] 10:20, needs a reminder.
        Flat 4 - [[name:Leanne]] - NEAR MISS: her {{sertraline}} left on the {{kitchen worktop}}, [[name:Rocco]] ([[age:3]], flat 5) was on a chair reaching for it. [[name:Yasmin]] grabbed it. [[name:Leanne]] reminded re {{locked med box}}, on the {{incident log}} now.
        Flat 5 - [[name:Dawn]] - told re above, a bit defensive but fine. Wants a {{key worker}} session am.
        Flat 6 - empty, ready for {{MASH}} referral [[case_reference:24/0581]] arriving approx 11.
        Staff: [[name:Yasmin]] on {{sleep-in}}, [[name:Kit]] {{waking night}}.
        - [[name:JK]]
    """)),
    ("social_care", "success", prose("""
        Card from a former resident, typed up for the {{learning log}} with her permission: "Dear
        Aunty [[name:Mo]], [[name:Ifeoma]] and everyone at [[organisation:Cedar Lodge]], a year
        ago today ([[date:2nd June]]) I came to you with two bin bags and my boys.
        [[name:Dami]] just finished {{Year 2}} and [[name:Tobi]] got {{star of the week}} at
        [[organisation:Westfield Infants]]! I've got my own {{tenancy}} with
        [[organisation:Harrow Vale Housing]] and I started my {{NVQ}}. Thank you for sitting with
        me at {{court}} for the {{non-molestation order}} and for teaching me to {{budget}}. Love
        always, [[name:Bisi]] x" Learning for the team: the {{resettlement}} work started early
        and the {{floating support}} follow-up was what made it stick.
    """)),
    ("social_care", "incident", prose("""
        On [[date:14 May 2024]] at approximately 19:30 a resident, Ms [[name:Teodora Ionescu]],
        disclosed to the {{duty worker}} that her ex-partner appeared to know where she was
        staying. With her consent the {{iPad}} belonging to her son, [[name:Luca]],
        [[age:aged 11]], was checked and {{Find My}} location sharing was found switched on to the
        account [[email:d.ionescu77@gmail.com]]. Police were called (ref
        [[case_reference:WMP-2024-55120]]) and Ms [[name:Ionescu]] and [[name:Luca]] were moved to
        emergency space at [[organisation:Saltwell Refuge]] the same night by {{taxi}}. Learning:
        the {{device check}} on admission was missed because the family arrived
        {{out of hours}} through the {{National Domestic Abuse Helpline}}; a {{tech safety}}
        checklist has now been added to the out-of-hours admission pack. Reported by
        [[name:Aoife Brennan]], {{Team Leader}}.
    """)),
    ("social_care", "near_miss", block("""
        Weekly medication audit - [[organisation:Larch House]] - w/c [[date:20/05/2024]]

        Flat | Resident                | Item                                        | Issue                               | Checked
        2    | [[name:S. Okonkwo]]     | {{Calpol}}                                  | no label / no {{MAR}} entry          | [[name:Mark]]
        3    | [[name:Ruby-Jo Pearce]] | {{melatonin}} ([[name:Alfie]], [[age:8]])   | 2 tabs missing - found in his bag   | [[name:Mark]]
        5    | [[name:Hajra]]          | {{salbutamol}} inhaler                      | expired [[date:Feb 2024]]           | [[name:Pat]]

        NEAR MISS (flat 3) - note from [[name:Mark]]: {{mum}} keeps [[name:Alfie]]'s tablets in her
        handbag, not the {{locked cabinet}}. Discussed, she agreed. {{Pharmacy}}
        ([[organisation:Boots Meadowhall]]) to dispense in a {{blister pack}} from next week.
    """)),
    ("social_care", "success", block("""
        #refuge-team | Slack | [[date:Fri 7 June]]
        [[name:priya.s]] 09:12  huge thanks to @[[name:olu]] for yesterday 🙏 got [[name:Ayaan]] ([[age:13]]) a place at [[organisation:Parkside Academy]] in 4 days via the {{Fair Access}} panel. he's been out of school since {{Easter}}
        [[name:olu]] 09:20  team effort tbh, [[name:Gemma L]] in the {{LA}} admissions team pushed it through. and [[name:Ayaan]]'s {{mum}} did all the forms at midnight lol
        [[name:kamila_w]] 09:31  👏👏 adding to the {{learning log}}: the {{school liaison}} contact list saved us days. uniform from the {{welfare fund}}?
        [[name:priya.s]] 09:33  yes already ordered, {{PE kit}} too
        [[name:olu]] 09:40  🙌 {{EHCP}} review still outstanding, i'll chase the {{SENCO}}
    """)),
    ("social_care", "incident", prose("""
        incident - [[name:rose]] (flat 2) had a {{panic attack}} after {{contact}} handover at the
        {{contact centre}} today. [[name:cody]] ([[age:5]]) came back w a bruise on his upper arm n
        said "daddy grabbed me". rang {{EDT}} 17:45, spoke to [[name:sam]], told to take him to
        [[organisation:Royal Albion Hospital]] for a {{CP medical}}. took them in the car,
        {{paed}} saw him about 9pm. police aware, crime ref [[case_reference:46/88120/24]].
        [[name:rose]] wants contact stopped, her {{solicitor}} Ms [[name:Hardcastle]] at
        [[organisation:Dunmore & Co]] is applying for a {{prohibited steps order}}. {{body map}}
        done + on file. mgr pls ring [[name:rose]]'s {{sw}} tmrw ([[name:Ade Bankole]]) - i
        havent got his number. - [[name:shaz]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Kamala Rao]] <[[email:k.rao@brambleside.org.uk]]>
        To: [[name:Sinéad Gallagher]]
        Date: [[date:Tue 11 June 2024]] 09:14
        Subject: Near miss - taxi booking had our address

        Hi [[name:Sinéad]],

        Quick one for the near-miss log. This morning's booking for Mrs [[name:Obi]] to the
        {{Family Court}} went through [[organisation:Swift Cars]] and the {{booking confirmation}}
        had the refuge street address rather than the {{pick-up point}} we normally use (the
        supermarket car park). I noticed at 08:50, rang them and it was changed before the driver
        set off (reg [[vehicle_registration:KP21 UXW]]). Mrs [[name:Obi]] wasn't aware and we
        haven't worried her with it.

        Suggest we add to the {{transport protocol}}: always the pick-up point, never the
        {{refuge address}}, and check the confirmation text. Can you raise at {{team meeting}}?

        Thanks,
        [[name:Kamala]]

        [[name:Kamala Rao]] | {{Family Support Worker}} | [[phone:07700 900214]]
    """)),
    ("social_care", "success", prose("""
        LEARNING REVIEW (success) - [[name:Mariam Yusuf]], [[age:19]], came to
        [[organisation:Holly House]] at 34 weeks pregnant after fleeing from another county. Her
        {{midwife}} at [[organisation:Eastbrook Maternity Unit]] flagged that the perpetrator's
        family knew her {{due date}}. [[name:Holly]] (our {{specialist worker}}) pulled together a
        {{pre-birth assessment}} with {{Children's Social Care}}, a {{birth plan}} with a
        {{code word}} and restricted visitors on the {{labour ward}}, and an alert on the hospital
        system. Baby [[name:Noor]] was born on [[date:11 July]], both well, and came back to us
        after two nights with no safeguarding incidents. [[name:Noor]]'s NHS number
        [[nhs_number:485 729 1363]] is registered with the {{GP}} under the
        {{confidential address}} process. What worked: one plan, shared early, with
        [[name:Mariam]] in the room for every meeting. - [[name:Deborah]]
    """)),
    ("social_care", "incident", block("""
        SAFEGUARDING ALERT - CHILD
        Ref: [[case_reference:SA-2024-0219]]
        Child: [[name:Kacper Nowak]]    DOB: [[date_of_birth:30/01/2013]]    Age: [[age:11]]
        NHS No: [[nhs_number:943 610 2755]]
        Mother: [[name:Agnieszka Nowak]]
        Previous address: [[address:Flat 7, 22 Denmark Road, Coventry]] [[postcode:CV2 4HJ]]
        School: [[organisation:Whitmore Park Academy]]

        Concern: [[name:Kacper]] showed {{Children's Worker}} [[name:Faith]] superficial cuts to
        his left forearm during {{homework club}}. Said he did it with a {{pencil sharpener}} blade
        after his dad messaged him on {{Snapchat}}. {{First aid}} given. {{Mum}} informed and present.

        Actions: rang {{CAMHS}} crisis line 16:20 - seen next day. {{DSL}} at school informed.
        Snapchat contact reported to {{police}} as a breach of {{bail conditions}}.

        Completed by: [[name:F. Osei]]    Date: [[date:02/07/2024]]
    """)),
    ("social_care", "success", prose("""
        big up to [[name:bill]] on maintenance 😂 came out on a {{sunday nite}} when we rang in a
        flap and fixed the {{intercom}} + the {{panic alarm}} in flat 5. alarm tested w {{police}}
        at {{20:10}} and [[organisation:Sentinel Alarms]] rang back to confirm its live on their
        {{monitoring}} again. [[name:jolene]] n her girls feel safe to go to bed again. legend. pls
        can someone put it in the {{staff newsletter}} / {{learning log}}.
        ([[name:Dee]], {{night worker}})
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        {{Datix}} [[case_reference:W204877]]. On [[date:02/03/2024]] at approximately 03:15 on
        {{Critical Care}}, [[organisation:St Petroc's Hospital]], a {{noradrenaline}} syringe of
        16 mg in 50 ml ({{double strength}}) was put up on a pump still programmed for
        {{single strength}} during a {{syringe change}} for the patient in bed 9, Mr
        [[name:Harold Penberthy]] ([[age:78]], hospital number [[case_reference:RHC4471902]]). His
        {{MAP}} rose from 68 to 112 over about ten minutes. The {{second checker}}, {{SN}}
        [[name:Ines Duarte]], noticed the mismatch on the {{pump library}} when she came back to
        co-sign, and the pump was reprogrammed. No lasting harm; {{SHO}} and consultant informed,
        and Mr [[name:Penberthy]]'s daughter told under {{Duty of Candour}}. Contributing factors:
        both strengths stocked in the same drawer, and the check was done after, not before,
        connecting. Reported by [[name:Callum Reid]], {{Band 6}}.
    """)),
    ("health", "near_miss", prose("""
        near miss - 2 pts same-ish name in bays 4 + 5 ([[name:J Smith]] [[age:64]] and
        [[name:Jean Smyth]] [[age:71]]). [[name:jo]] noticed {{K+}} 6.8 on [[name:j smith]]'s
        bloods, she's been 4.1 all wk so rang {{lab}} - sample was actually
        [[name:jean smyth]]'s, wrong {{sticker}} printed off the {{bedside printer}}. no tx given
        (nearly started {{insulin-dex}}!!). rpt {{ABG}} K 4.2. both pts now have a {{name alert}}
        on {{ICCA}} + moved so not side by side. pls everyone do {{positive patient ID}} off the
        {{wristband}} not the board. [[name:tasha]] {{CN}}
    """)),
    ("health", "success", prose("""
        {{Learning from Excellence}} 🌟 Massive thank you to [[name:Sunny]] (our {{ODP}}) and Dr
        [[name:Achterberg]] for the airway last night. Mr [[name:Okoro]] in side room 2
        desaturated to 70% at 02:00 after a {{cuff leak}}, with a {{grade 4 view}} on the first
        look. They called for help early, followed the {{DAS}} {{difficult airway}} plan step by
        step, {{videolaryngoscope}} and {{bougie}} on the second attempt, tube in, {{EtCO2}} trace,
        sats back up within two minutes. [[name:Sunny]] had the {{front of neck access}} kit
        opened and ready without being asked. Calm voices, closed-loop comms and a proper
        {{hot debrief}} afterwards with the {{night team}}. This is what good looks like.
        - [[name:Rhiannon]] ({{Sister}}, {{ICU}})
    """)),
    ("health", "incident", block("""
        Timeline - unplanned extubation, bed 12 - [[date:Thurs 18 April]]
        Pt: Mrs [[name:Maureen Whitfield]], hosp no [[case_reference:K0938812]]
        10:40  {{Proning}} team assembled: [[name:Bogdan]] (head), [[name:Chidi]], [[name:Anneliese]], [[name:Kofi]], Dr [[name:Ravindran]] ({{airway}}).
        10:52  Turn completed. {{ETT}} noted to have moved from 23 cm to 19 cm at the lips.
        10:53  Loss of {{EtCO2}} trace, sats 84%. Dr [[name:Ravindran]] put out a {{2222}} airway call.
        10:55  {{Bag-valve-mask}} ventilation in {{prone}} - difficult. Decision to turn back {{supine}}.
        11:02  Re-intubated by the {{anaesthetic registrar}}, {{grade 2}} view. Sats 94%.
        11:30  {{Hot debrief}} led by [[name:Bogdan]].
        Contributing: tube tie loosened for {{mouth care}} at 10:15 and not re-secured; no ETT position check in the {{proning checklist}} before the turn.
        Reported: [[name:Anneliese Vogt]], {{Practice Educator}}
    """)),
    ("health", "near_miss", block("""
        From: [[name:Siobhán Ní Bhriain]] <[[email:siobhan.nibhriain@nhs.net]]>
        To: [[name:Rose Akinola]]
        Cc: {{ICU}} {{Pharmacy}}; [[email:medsafety.wgh@nhs.net]]
        Date: [[date:22 May 2024]]
        Subject: Near miss - {{potassium chloride}} concentrate in {{IV fluids}} cupboard

        Hi [[name:Rose]],

        During the {{controlled drug}} check today [[name:Thabo]] found two ampoules of strong
        potassium chloride 15% in the IV fluids cupboard in {{pod B}}, next to the
        {{sodium chloride}} 0.9% flushes. The ampoules look almost identical. Nothing was given
        and they've been returned to the {{CD cupboard}}.

        As you know this would be a {{Never Event}} if one had been used. Could you remind staff
        at {{safety huddle}}, and can we get [[name:Thabo]]'s find into the
        [[organisation:Wexcombe General Hospital]] {{learning bulletin}}?

        Best wishes
        [[name:Siobhán]]

        [[name:Siobhán Ní Bhriain]]
        {{Lead Pharmacist}}, {{Critical Care}}
        Tel [[phone:01632 960 772]]
    """)),
    ("health", "success", block("""
        {{Critical Care}} {{M&M}} / {{Learning from Excellence}} - minutes
        Date: [[date:6 June 2024]], {{seminar room 3}}
        Present: Dr [[name:Kwabena Asante]] (chair), Dr [[name:Priya Raman]], [[name:Lukas Schmid]] ({{ACCP}}), [[name:Grace Tan]] ({{Band 7}}), [[name:Ffion Pryce]] ({{physio}}), [[name:Dominik]] ({{pharmacist}})
        Apologies: [[name:Mark Oduya]], Dr [[name:Hiroshi Yamada]]

        Item 2 - success case ({{ICNARC}} ref [[case_reference:ICN-24-0617]])
        [[age:52-year-old]] man, {{ARDS}} after {{influenza A}}, 28 days {{ventilated}}, 9 days {{proning}}. {{ECMO}} referral discussed early but not needed. [[name:Ffion]] started {{early mobilisation}} on day 4 of the {{trachy}} wean; he walked out of the unit on day 41. {{ICU diary}} kept by the nurses - family said it helped with {{PICS}}.
        Learning: daily rehab goals on the ward round board; physio and nursing set them together.

        Actions: [[name:GT]] to share the {{rehab}} pathway with the [[organisation:Havenbrook]] follow-up clinic. Next meeting {{first Thursday}} of the month.
    """)),
    ("health", "incident", block("""
        SBAR - incident follow-up
        S: Bed 3, [[name:Tadeusz Wiśniewski]] ([[age:58]]), NHS [[nhs_number:612 847 3091]]. {{Category 2}} {{pressure ulcer}} to left corner of mouth / lower lip from the {{ETT}} holder, day 6 of {{ventilation}}.
        B: {{Type 2 respiratory failure}}, {{COPD}}. Holder last repositioned per the chart on [[date:14/06]] - a gap of ~36 hrs.
        A: Should be moved 2-hrly with {{mouth care}}. Nights were 1:2 with an {{agency}} nurse unfamiliar with the {{AnchorFast}} device.
        R: {{Datix}} done [[case_reference:W209311]]. {{TVN}} review booked. Wife ([[name:Halina]]) informed by [[name:Tyrone]] today. Please reposition and document every 2 hrs; {{tissue viability}} photos on the {{EPR}}.
    """)),
    ("health", "near_miss", block("""
        Teams chat: {{ICU}} {{nurse in charge}} / ICU registrars - [[date:Sun 30 June]]
        [[name:Oluwaseun Bakare]] 14:02
        bed 7 - {{heparin}} infusion prescribed at 18 ml/hr on {{EPMA}}, protocol says 18 {{units/kg/hr}} - she's 62kg so should be ~11 ml/hr with the 1000 units/ml syringe? not started yet
        [[name:Wei Li]] 14:05
        good spot. my error - calc used ml not units. cancelled + represcribed at 11.2 ml/hr, can you check it with me in person
        [[name:Oluwaseun Bakare]] 14:07
        👍 will do, {{APTT}} due 6 hrs after start
        [[name:Wei Li]] 14:20
        checked together at the bedside. thanks [[name:Seun]]. I'll put in a {{Datix}} as a {{near miss}} - EPMA lets you pick ml/hr for a weight-based protocol which is the trap
        [[name:Niamh Keane]] 14:31
        adding to {{safety huddle}} tomorrow + emailing the {{digital pharmacy}} team re the order set
    """)),
    ("health", "success", prose("""
        Dear everyone at {{Critical Care}}, [[organisation:Westmoor General]], my {{dad}}
        [[name:Bill Hargreaves]] was with you for 23 days in {{January}} after his
        {{cardiac arrest}} and I wanted to say thank you properly. [[name:Joy]] on nights held my
        hand when we were told he might not wake up. [[name:Mo]] explained the {{ventilator}} and
        every alarm without ever making us feel stupid. The lovely [[name:Will]] shaved him because
        he would have hated the stubble. Dr [[name:Okonjo-Baptiste]] phoned us every single day at
        {{4pm}}. The {{patient diary}} you kept is on our kitchen table and {{Dad}} reads it most
        mornings; he still can't believe he was in {{ICU}}. He turned [[age:80]] last week and
        walked to the end of the garden. With love and thanks, [[name:Lorraine]], [[name:Dave]]
        and all the family
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT - {{intra-hospital transfer}}
        Ref: [[case_reference:INC-2024-08813]]
        Date/time: [[date:19/07/2024]] 15:10
        Patient: [[name:Kerry-Anne Doyle]]    DOB: [[date_of_birth:04/12/1969]]
        NHS No: [[nhs_number:705 392 8144]]    Hosp No: [[case_reference:M2256107]]
        Address: [[address:16 Gorse Lane, Hexley]] [[postcode:HX4 2PL]]
        Location: {{CT scanner}}, {{Radiology}}

        Description: during transfer to CT for a {{CTPA}} the {{oxygen cylinder}} on the
        {{transfer ventilator}} ran empty in the scanner. Patient desaturated to 81%.
        {{Anaesthetist}} (Dr [[name:Petrova]]) hand-ventilated with a {{Waters circuit}} from the
        wall supply until a new cylinder arrived (4 min). Sats recovered to 95%. The cylinder
        showed "half" at departure; the {{transfer checklist}} was not fully completed because the
        scan slot was "now or never".

        Reporter: [[name:Marcus Lindqvist]], {{Transfer Nurse}}    Harm: low
    """)),
    ("health", "near_miss", block("""
        {{Blood transfusion}} bedside check audit - {{ICU}} - week ending [[date:26/07/2024]]

        Bed | Pt          | Product         | Issue                                              | Checkers
        2   | [[name:R.T.]]     | {{red cells}}   | NHS no on unit did not match wristband - NOT given | [[name:Eleni]] / [[name:Grant]]
        6   | [[name:A.M-S.]]   | {{FFP}}         | {{2-person check}} done at the desk, not bedside   | [[name:Hui Min]] / [[name:Jack]]
        10  | [[name:F.L.]]     | {{platelets}}   | no issues                                          | [[name:Eleni]] / [[name:Sophie]]

        Bed 2 near miss: the unit was labelled with NHS no [[nhs_number:398 215 6475]], which
        belonged to a patient with a similar name in {{ED}} resus. [[name:Eleni]] stopped at the
        wristband check. {{Blood bank}} informed and a {{SHOT}} report submitted via the
        {{transfusion practitioner}} ([[name:Bernadette]]).
    """)),
    ("health", "success", prose("""
        great catch by [[name:pat]] today 👏 bed 11 (step-down, due to go to the {{ward}} at 2) -
        [[name:pat]] noticed {{lactate}} creeping 1.4 -> 2.9 + {{HR}} 118 even tho {{NEWS2}} was
        only 4. didnt just accept it, got the {{reg}} to review, {{CT abdo}} showed an
        {{anastomotic leak}}. back to {{theatre}} by 5pm instead of going off on
        [[organisation:Ashdown Ward]] overnight. pt's wife ([[name:Dorota]]) said thank u to the
        whole team. sharing at {{huddle}} tmrw as {{LfE}}. - [[name:gemma]] {{CNM}}
    """)),
    ("health", "incident", block("""
        From: [[name:Andrzej Zieliński]]
        To: {{Information Governance}}; [[name:Claire Battersby]]
        Subject: Handover sheet found in {{hospital restaurant}} - [[date:Mon 5 August]]

        Hi [[name:Claire]],

        At 13:20 a member of the public handed a {{nursing handover sheet}} from {{Critical Care}}
        to the restaurant till staff, who passed it to me as {{duty manager}}. It lists all 16 beds
        with patient names, ages, hospital numbers and diagnoses, including a
        {{police custody}} patient. I've secured it and not copied it. The footer shows it came
        from the {{nurse in charge}} printer at 07:34 and "[[name:Ola]] - pod A" is written on it
        in biro.

        Logged on {{Datix}} as [[case_reference:W213560]]. I've not contacted the nurse - I think
        that's for the {{matron}}. Will this need reporting to the {{ICO}} via the {{DSPT}}?

        Thanks,
        [[name:Andrzej]]
        {{Site Duty Manager}}, [[organisation:Kingsmere University Hospital]]
        [[phone:01632 960 145]] / [[email:andrzej.zielinski@kingsmere.nhs.uk]]
    """)),
    ("health", "near_miss", block("""
        {{Outreach}} call log - [[date:12/08/2024]]
        19:05  Call from [[organisation:Fernhill Ward]] ({{Staff Nurse}} [[name:Amara]]) re Mr [[name:Kenneth Boateng]], [[age:67]], hosp no [[case_reference:Q7730145]]. {{NEWS2}} 7, {{RR}} 28, {{SpO2}} 89% on 4L.
        19:06  Advised escalate to {{medical registrar}} + {{VBG}}. Outreach ([[name:Rui]]) to attend.
        19:40  [[name:Rui]] attends - pt on 15L {{NRB}}, {{GCS}} 13. Med reg not yet seen, was at a {{cardiac arrest}}.
        19:45  ICU reg Dr [[name:Sasha Obradović]] asked to review directly.
        20:10  Admitted to {{ICU}} for {{HFNO}} - {{pneumonia}}.
        Near miss: 35 min gap - the ward's escalation went to the med reg's {{bleep}} only; nobody knew he was at a {{2222}}. Outreach should be called in parallel for NEWS2 >=7 per {{trust policy}}. Ward manager ([[name:Kerry]]) aware.
    """)),
    ("health", "success", block("""
        {{ICU}} rehab group 💪 - [[date:23 Aug]]
        [[name:Ffi]]: BED 8 SAT OUT IN THE GARDEN TODAY 🌞 day 37 and first time outside
        [[name:Kemi A]]: omg!! [[name:Faith]] was so poorly, i remember the {{ECMO}} retrieval chat
        [[name:Ffi]]: took 6 of us + {{portable O2}} + the {{trachy}} bag but so worth it. she asked for a cup of tea and a sausage roll from the {{canteen}} 😂
        [[name:Dom]]: {{SLT}} said thin fluids ok after her {{FEES}} yesterday so the tea was legit
        [[name:Kemi A]]: her daughter sent a pic of her {{mum}} with the {{physio}} team ❤️ can we put it on the {{Learning from Excellence}} board
        [[name:Ffi]]: yes!! consent form signed. keep the {{faith}} everyone x
    """)),
    ("health", "incident", prose("""
        Incident summary ([[case_reference:W215002]]): on the night of [[date:28 August 2024]] the
        {{arterial line}} for the patient in bed 5, Mr [[name:Desmond Achebe]] ([[age:44]], NHS
        [[nhs_number:526 083 9714]]), was connected to a {{5% glucose}} flush bag instead of
        {{0.9% sodium chloride}}. {{Blood glucose}} samples from the line read 18-24 mmol/L and the
        {{insulin}} infusion was increased three times under the {{VRIII}}. At 05:40
        [[name:Bronwen]] ({{HCA}}) noticed he was sweaty and a {{capillary glucose}} read
        2.1 mmol/L. {{Hypoglycaemia}} was treated with {{glucose 20%}} and he recovered with no
        apparent harm. The flush bag had been changed at 22:00; the bags are stored together and
        look alike. Actions: glucose bags removed from the {{pressure bag}} area, line labels
        introduced, and the national {{patient safety alert}} re-circulated. Investigator: Dr
        [[name:Yusuf Demir]].
    """)),
    ("health", "near_miss", block("""
        NEAR MISS - {{NG tube}} placement - bed 14 - [[date:Tues 3rd Sept]]
        Pt: [[name:Ayesha Siddiqui]] ([[age:39]]), [[case_reference:RX5501298]]
        - NG re-sited 16:30 by [[name:Liam]] after pt pulled it out
        - {{pH}} aspirate not obtainable, {{CXR}} requested
        - {{FY1}} (Dr [[name:Hamid]]) reviewed CXR at 18:10, documented "tip below diaphragm, ok to feed"
        - nights ([[name:Teresa]]) about to start {{feed}} at 20:00 but the {{NG placement}} box on the {{EPR}} wasn't complete (4 criteria) so she asked the {{SpR}}
        - SpR Dr [[name:Mbeki]] reviewed: tip in the right main {{bronchus}}. Tube removed. NO FEED GIVEN.
        Learning: would have been a {{Never Event}}. Criteria only checked because of the hard stop in the EPR. FY1s to complete {{NG X-ray}} e-learning - Sister [[name:O'Malley]] to chase.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        Occurrence report [[case_reference:WAA-SMS-24-017]]. On [[date:9 February 2024]] at 11:20
        local, {{solo}} student [[name:Arjun Mehta]] landed {{PA-28}}
        [[aircraft_registration:G-BTKZ]] on {{runway 26}} at
        [[organisation:Ashbury Down Airfield]]. The aircraft bounced and the second touchdown was
        {{nosewheel}} first, resulting in a {{prop strike}}. The student taxied back unaware. The
        {{post-flight inspection}} by {{FI}} [[name:Catriona Munro]] found both propeller tips
        curled. Aircraft grounded pending a {{shock-loading inspection}} by
        [[organisation:Kestrel Aero Engineering]]; {{CAA}} {{MOR}} submitted. Student uninjured.
        Contributing: the {{crosswind}} was within his {{solo limits}} when the
        {{authorising instructor}}, Capt [[name:Forsyth]], checked the {{METAR}}, but it was
        gusting 18 kt by the third circuit. Action: solo students to call {{Ops}} for a wind
        re-check before every {{circuit detail}}.
    """)),
    ("aviation", "near_miss", block("""
        RT transcript - [[organisation:Ashbury Tower]] - [[date:14/03/2024]] (times {{UTC}})
        1041:05 [[aircraft_registration:G-CDFJ]]: [[organisation:Ashbury Tower]], [[aircraft_registration:Golf Charlie Delta Foxtrot Juliett]], {{holding point}} {{Alpha One}}, ready for departure
        1041:12 TWR: [[aircraft_registration:Golf Foxtrot Juliett]], hold position, one on two mile {{final}}
        1041:16 [[aircraft_registration:G-CDFJ]]: line up and wait, [[aircraft_registration:Golf Foxtrot Juliett]]
        1041:20 TWR: NEGATIVE [[aircraft_registration:Golf Foxtrot Juliett]], HOLD POSITION, acknowledge
        1041:24 [[aircraft_registration:G-CDFJ]]: holding, [[aircraft_registration:Golf Foxtrot Juliett]]
        1041:27 TWR: [[flight_number:WAX23]], go around, I say again go around
        1041:30 [[flight_number:WAX23]]: going around, [[flight_number:WAX23]]

        {{CFI}} note: solo student [[name:Ioana Popescu]] heard "hold position" as "line up" and
        crossed the {{hold line}} by about 3 m before stopping. [[flight_number:WAX23]] ({{FI}}
        [[name:Tariq]] + student) went around from 300 ft. {{ATC}} have filed an {{MOR}}.
        [[name:Ioana]] self-reported within the hour. Learning: more {{readback}} practice in the
        sim, and no solo departures from Alpha One when the circuit is busy.
    """)),
    ("aviation", "success", prose("""
        Shout-out 👏 to student [[name:Mark Delaney]] on his {{QXC}} on [[date:Tue 2 April]] in
        [[aircraft_registration:G-BRLM]]. Over high ground at 3,000 ft he noticed a 150 {{RPM}}
        drop and rough running, applied full {{carb heat}}, got the expected further drop and then
        recovery, and told {{FIS}} what he was doing. Textbook {{carb icing}} recognition on a day
        with temperature 8 and {{dewpoint}} 6 - the {{icing chart}} said serious icing at any
        power. [[name:Mark]] had briefed exactly this in his {{pre-flight}} {{TEM}} brief. Well
        done, and thanks for writing it up so the rest of the {{PPL}} students can learn from it.
        - [[name:Sandeep]], {{CFI}}
    """)),
    ("aviation", "incident", block("""
        WhatsApp - "[[organisation:Wessex Aero Academy]] FIs" - [[date:Sat 20 April]]
        07:52 - [[name:Gaz]]: morning all. [[aircraft_registration:G-ETNA]] {{fuel drain}} from left tank = loads of water. 3 tubes before it ran clear
        07:55 - [[name:Ludmila]]: same on [[aircraft_registration:G-BRLM]] right tank!! both refuelled from the {{bowser}} last night
        07:56 - [[name:Gaz]]: ground the fleet till everything's drained. who fuelled?
        08:03 - [[name:Jonno]]: me. bowser [[vehicle_registration:WX15 FBD]] was parked with the lid seal split in last night's rain i think 😞
        08:10 - [[name:Sandeep]]: {{CFI}} here. all flights off till 11. [[name:Jonno]] pls quarantine the bowser + keep a sample. I'll ring [[organisation:Aviafuel Southern]] and do the {{MOR}}. [[name:Ludmila]] did your student fly [[aircraft_registration:G-ETNA]] yesterday pm?
        08:14 - [[name:Ludmila]]: no, last flight was before the refuel thank god
        08:15 - [[name:Gaz]]: i'll brief the 09:00 {{studes}} on {{water-finding paste}} while we wait
    """)),
    ("aviation", "near_miss", prose("""
        nearly taxied w the {{tow bar}} still on!! [[aircraft_registration:G-OWAX]] {{C152}} this
        am. me + student ([[name:kai]]) did the {{walkround}} together, he'd pulled it out of the
        {{hangar}} then went off for the {{fuel check}}. we got in, started up, and
        [[name:ellie]] from {{ops}} ran out waving her arms just as i released the brakes 😳 no
        damage. honestly my fault, i signed the {{A-check}} without a final look round. suggest a
        red streamer on the bar + add "tow bar removed" to the {{start-up checklist}}.
        - [[name:rob t]], {{FI}}
    """)),
    ("aviation", "success", block("""
        [[organisation:Wessex Aero Academy]] - {{Safety Review Board}} - minutes - [[date:2 May 2024]]
        Present: [[name:Sandeep Gill]] ({{CFI}}, chair), [[name:Helen Ashworth]] ({{Head of Training}}), [[name:Amber Nwosu]] ({{Safety Manager}}), [[name:Gareth "Gaz" Pugh]] ({{FI}}), [[name:Jonathan Abara]] ({{ops}})
        Apologies: Capt [[name:Ian Forsyth]], [[name:Ludmila Horváth]]

        1. Fuel contamination [[date:20/04]] ([[case_reference:WAA-SMS-24-022]]) - CLOSED. Bowser lid seal replaced; water-finding paste now used at every fuel check.
        2. Reporting culture (success): [[name:Amber]] reported 14 {{SMS}} reports this quarter vs 5 last quarter, 4 of them student self-reports. Put down to the {{just culture}} briefing and the anonymous {{QR code}} form. Board thanked [[name:AN]] and the FIs.
        3. {{Runway incursion}} trend - see {{hot spot}} chart; [[name:Gaz]] to brief at the next {{standardisation}} day.

        Actions: [[name:HA]] to update {{Ops Manual}} Part B; [[name:JA]] to order a new {{windsock}}.
        Next meeting: [[date:6 June 2024]]
    """)),
    ("aviation", "incident", block("""
        {{Airprox}} chronology - [[flight_number:WAX31]] - [[date:Sun 12 May 2024]]
        Aircraft: {{DA40}} [[aircraft_registration:G-WSXA]]   Crew: FI [[name:Tariq Haddadi]], student [[name:Oliver Brandt-Sørensen]]
        14:02  Departed [[organisation:Ashbury Down]] for {{general handling}} in the {{local area}}, 3,000 ft.
        14:21  Student starts a {{steep turn}}; FI sees a glider at similar level, 12 o'clock, est. 200 m.
        14:21  FI takes control, descends and turns right. Glider ({{ASK 21}}) passes above; no {{avoiding action}} seen from the glider.
        14:24  Reported on {{Basic Service}} frequency.
        14:55  Landed. {{UKAB}} report filed; [[organisation:Downland Gliding Club]] contacted by phone.
        Contributing: no {{clearing turn}} before the steep turn; glider site {{NOTAM}} active and not briefed; {{FLARM}} not fitted to [[aircraft_registration:G-WSXA]].
        Reported by [[name:Tariq Haddadi]]
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Nikhil Banerjee]] <[[email:n.banerjee@skyward-eng.co.uk]]>
        To: [[email:ops@wessexaero.co.uk]]
        Date: [[date:28 May 2024]]
        Subject: [[aircraft_registration:G-ETNA]] - {{tech log}} entry not cleared

        Hi [[name:Helen]],

        Heads-up as a near miss. [[aircraft_registration:G-ETNA]] flew two
        {{training sorties}} yesterday with an open {{defect}} in the tech log: "{{stall warner}}
        inop", entered by [[name:Ludmila]] on [[date:Sunday 26th]]. Our engineer fixed the vane on
        {{Monday morning}} but the {{CRS}} wasn't signed in the log until I noticed at 17:30. Both
        flights were with instructors and the warner was working, so no actual risk, but on paper
        the aircraft wasn't {{serviceable}}.

        We've briefed our team; could you remind your {{FIs}} to check every open entry has a
        signed CRS before {{dispatch}}?

        Regards,
        [[name:Nikhil]]
        [[name:Nikhil Banerjee]], {{Licensed Engineer}} ({{B1}})
        [[organisation:Skyward Engineering Ltd]] | [[phone:01632 960 390]]
    """)),
    ("aviation", "success", prose("""
        Note left on the {{ops desk}}: "To [[name:Robin]], [[name:Ellie]] and [[name:Pat]] - thank
        you! When the weather closed in on my {{solo cross-country}} on [[date:Friday 7 June]] I
        did exactly what [[name:Robin]] drilled into me: {{aviate, navigate, communicate}}. I
        turned back early and diverted to [[organisation:Longmere Airfield]] instead of pressing
        on, and [[name:Ellie]] in ops had already phoned them so they were expecting me.
        [[name:Pat]] drove over to collect me in the school van
        ([[vehicle_registration:WU68 KZT]]) with a flask of tea. I felt like a proper pilot, not a
        failure. [[name:Summer]] x" {{CFI}} note: textbook {{decision-making}} and good use of
        the {{diversion}} brief - shared at {{morning briefing}} as a positive report.
    """)),
    ("aviation", "incident", block("""
        INTERNAL OCCURRENCE FORM
        Ref: [[case_reference:WAA-OCC-24-031]]
        Student: [[name:Callum Fraser-Ndiaye]]    DOB: [[date_of_birth:17/08/2004]]
        Address: [[address:9 Quarry View, Little Hembury]] [[postcode:SP4 8RW]]
        Student no: [[case_reference:STU-2211]]
        Date of occurrence: [[date:13/06/2024]]

        Summary: student flew a {{solo}} {{circuit detail}} in [[aircraft_registration:G-BTKZ]]
        with a {{Class 2 medical}} that had expired on [[date:31/05/2024]]. The
        {{authorising instructor}} ([[name:Ludmila H.]]) checked the {{booking system}}, which
        still showed the medical as valid because the expiry had been typed in as 2025. Found by
        [[name:Amber]] during a {{records audit}} the next day.

        Actions: student off solo flying until a new medical is issued by the {{AME}} (booked
        [[date:20 June]]). {{CAA}} informed via {{MOR}}. All student records re-checked against the
        original certificates - 2 more typos found.
    """)),
    ("aviation", "near_miss", block("""
        Fuel uplift log check - w/e [[date:21/06/2024]] - prepared by [[name:Jonno]]

        Date  | A/C    | Pilot                       | Uplift (L) | Dip (L) | Note
        [[date:17/06]] | [[aircraft_registration:G-BRLM]] | [[name:Delaney]]            | 40 | 40 | ok
        [[date:18/06]] | [[aircraft_registration:G-ETNA]] | [[name:S. Gill]]            | 0  | -- | not dipped
        [[date:19/06]] | [[aircraft_registration:G-BRLM]] | [[name:Brandt-Sørensen]]    | 35 | 20 | ** see below

        ** NEAR MISS: student planned a 2 hr {{navex}} on the uplift figure, but the actual dip
        showed only 20 L went in (bowser meter fault). Spotted by {{FI}} [[name:Tariq]] at the
        {{A-check}}. {{PA-28}} {{fuel gauges}} are not reliable enough to catch it in flight.
        Actions: dips mandatory before every flight, one {{fuel stick}} per aircraft, dip figure
        entered in the {{tech log}}, bowser meter calibrated.
    """)),
    ("aviation", "success", block("""
        Teams - #ops-desk - [[date:Wed 3 July]]
        [[name:Ellie Marchetti]] 11:34: [[aircraft_registration:G-WSXA]] just called {{PAN}} on frequency - rough running, returning. [[name:Tariq]] + student on board
        [[name:Sandeep Gill]] 11:35: ok. {{fire cover}} alerted?
        [[name:Ellie Marchetti]] 11:35: yes, {{RFFS}} out by the {{holding point}}
        [[name:Ellie Marchetti]] 11:41: landed ✅ taxiing in
        [[name:Tariq Haddadi]] 12:02: all good. student ([[name:Yuki]]) was doing a {{PFL}} so we were already set up for the field when it went rough on the {{go-around}}. suspected {{mag}} fault. she flew it beautifully, I just did the radio
        [[name:Sandeep Gill]] 12:05: brilliant. [[name:Yuki]]'s first real emergency 😅 let's write it up as a positive report. [[aircraft_registration:G-WSXA]] {{AOG}} till [[organisation:Skyward Engineering Ltd]] have a look
    """)),
    ("aviation", "incident", prose("""
        Narrative for {{MOR}} [[case_reference:WAA-SMS-24-041]]. On [[date:18 July 2024]],
        {{PA-28}} [[aircraft_registration:G-BTKZ]], callsign [[flight_number:WAX12]], flown by a
        {{club hirer}}, Mr [[name:Desmond Oyelowo-Clarke]], infringed the {{Class D}} {{CTR}} of
        [[organisation:Brackley International Airport]] by approximately 1.5 nm and 400 ft.
        {{ATC}} saw an unknown {{Mode S}} contact and an [[organisation:Orion Airways]]
        {{A320}}, [[flight_number:ORN412]], on {{final approach}} was given a heading change. The
        pilot had switched off the {{moving map}} {{airspace warnings}}, was navigating with a
        chart two years out of date and had not called {{LARS}}. Mr [[name:Oyelowo-Clarke]] has
        been contacted by the {{CAA}} and must complete an {{infringement awareness course}}.
        School actions: hirer check-out flights to include infringement avoidance, and charts
        checked at booking. Written by [[name:Helen Ashworth]], {{Head of Training}}.
    """)),
    ("aviation", "near_miss", block("""
        Transcript excerpt - [[organisation:Brackley Approach]] - [[date:02/08/2024]]
        APP: [[flight_number:WAX27]], descend to altitude 2,000 ft, {{QNH}} 1008
        [[flight_number:WAX27]]: descend altitude 2,000 ft, QNH 1018, [[flight_number:WAX27]]
        APP: [[flight_number:WAX27]], negative, QNH one zero zero EIGHT, 1-0-0-8
        [[flight_number:WAX27]]: 1008, apologies, [[flight_number:WAX27]]

        Note from {{FI}} [[name:Will Osei-Bonsu]]: I was monitoring and missed it. The student
        ([[name:Jae-won]]) had set 1018 from the {{ATIS}} copied at home earlier. 10 hPa is about
        300 ft, so we'd have been 300 ft lower than indicated over the {{ridge}}, with the
        {{mast}} at 1,700 ft. The controller caught the readback. Learning: re-check the
        {{pressure setting}} on every frequency change; I'll make it a {{debrief}} point for all
        students. Aircraft [[aircraft_registration:G-CDFJ]], {{DA42}}.
    """)),
    ("aviation", "success", block("""
        OPS LOG - [[date:Mon 19 Aug]]
        09:05  [[aircraft_registration:G-OWAX]] ({{C152}}) back early, student [[name:Hamza Rashid]] + FI [[name:Joy Whitmore]]. Suspected {{birdstrike}} on {{climb-out}}, {{runway 26}}.
        09:10  [[name:Joy]] wanted to fly the next slot as "it looked fine" - [[name:Hamza]] pointed out the {{SOP}}: any suspected birdstrike = engineer inspection before next flight. [[name:Joy]] agreed, a/c grounded.
        10:40  [[organisation:Skyward Engineering Ltd]] found remains and a cracked {{air filter}} housing inside the {{cowling}} - would not have been seen on a normal {{walkround}}.
        11:00  [[name:Sandeep]]: great example of a student using the SOP to challenge an instructor - exactly the {{CRM}} / {{speak-up}} culture we want. Logged as positive report [[case_reference:WAA-POS-24-009]]. {{Bird control}} informed.
    """)),
    ("aviation", "near_miss", prose("""
        nr miss at the {{pumps}} 14:20 - new student ([[name:josé]], day 2) walked towards
        [[aircraft_registration:G-BRLM]] while the {{prop}} was still turning after {{shutdown}}
        (it was {{windmilling}} down, maybe 5 secs). [[name:mags]] on the fuel shouted and he
        stopped about 2m away. he'd been told at {{induction}} but its a lot to take in on day 2.
        {{hi-vis}} on, but no one was escorting him. pls {{FIs}} walk new students round the
        {{apron}} until they've done the {{airside}} brief + signed it. nobody hurt. i've put it
        in the {{SMS}} as [[case_reference:WAA-NM-24-058]]. - [[name:g.p.]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind313", REPORTS))
