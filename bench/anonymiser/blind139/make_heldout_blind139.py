"""Held-out blind corpus 139: just-culture incident and learning reports, typed the way UK staff type them.

Setting: a Welsh local authority's children's services and Flying Start (duty, safeguarding,
fostering, contact, care leavers, Flying Start nurseries and health visiting); a health board's
maternity, paediatrics and community nursing; and a general aviation airfield with a gliding club
and a microlight school. Style: an ordinary mix of rushed lower-case notes with typos, careful
narratives, chronologies, e-mails with signatures, Teams/WhatsApp chat, incident forms with field
labels, handover sheets, debrief notes, tech-log extracts and praise/shout-outs. Incidents, near
misses and successes (good catches and things that went right) in every domain. All people,
places, numbers and references are invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind139.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        home visit 14:20 no answer at [[address:27 Heol y Bryn]], could hear baby crying inside. rang
        {{mum}} on [[phone:07834 219506]] no answer. spoke to nieghbour (mrs [[name:Pugh]] at no 29) who
        said mum had gone to the shop. waited 10 mins, mum came back with [[name:Tegan]] ([[age:4]]) -
        baby left alone approx 15 mins. discussed w {{team manager}} [[name:Rhodri]] on phone, agreed
        {{strategy discussion}} today. {{police}} informed, ref [[case_reference:DP-0412-24-0077]]. baby
        seen, no marks, {{health visitor}} to visit tmrw. learning - we had no landline or alt contact on
        file for this family, {{WCCIS}} contacts section blank since transfer in
    """)),
    ("social_care", "success", block("""
        [[name:Nia Hughes]] 09:12
        massive shout out to [[name:Grace]] on the {{duty desk}} yesterday 🙌 she picked up that the referral from [[organisation:Ysgol Gynradd Maes Eithin]] about [[name:Kacper]] was the 3rd in 6 wks and pulled the chronology together before the {{MASH}} call
        [[name:Dan O'Sullivan]] 09:15
        agreed, {{strategy meeting}} went ahead same day because of it
        [[name:Grace Adeyemi]] 09:20
        aw thanks both, just followed the {{cumulative harm}} prompt on the new {{referral form}} tbh 😊
    """)),
    ("social_care", "near_miss", block("""
        Subject: nearly sent wrong minutes - please read

        Hi all,

        Quick one for learning. On [[date:Thurs 7th March]] I went to e-mail the {{Child Protection Conference}} minutes for [[name:Summer]] and [[name:Kai Lewis-Bowen]] and {{Outlook}} auto-filled [[email:j.lewis@trinityfostering.co.uk]] instead of {{dad}} [[name:Jason Lewis]] personal address. I only noticed because the preview said "{{Independent Fostering Agency}}". Had it gone, a {{foster carer}} would have got the birth family's address at [[address:Flat 3, 118 Stepney Road]], [[postcode:SA15 3PH]].

        Please check the To: line every time, and use {{Egress}} for anything with an address in it.

        Diolch,
        [[name:Ffion]]

        [[name:Ffion Morgan]] | {{Senior Practitioner}} | [[organisation:Llanelli Child and Family Team]]
        [[phone:01554 742318]]
    """)),
    ("social_care", "incident", block("""
        Chronology - missed contact, [[name:Hope]] ([[age:6]]) & [[name:Alfie]] ([[age:3]])

        [[date:02/04/24]] 09:40  {{contact worker}} off sick, no cover arranged
        [[date:02/04/24]] 10:00  {{supervised contact}} due at [[organisation:Maesgwyn Family Centre]]
        [[date:02/04/24]] 10:05  {{birth mother}} arrives, children not brought
        [[date:02/04/24]] 10:30  mum very distressed in {{reception}}, leaves
        [[date:03/04/24]]        {{IRO}} [[name:Bernadette Kavanagh]] raises concern by e-mail
        [[date:05/04/24]]        {{team manager}} apologises to mum by phone

        Learning: sickness cover for the contact rota sits with one admin and there is no back up when she is on leave. Rota now shared in {{Teams}} so any {{senior practitioner}} can see it.
    """)),
    ("social_care", "success", prose("""
        I want to recognise the work of {{family support worker}} [[name:Bill Rowlands]] with the
        [[name:Nowak]] family over the last three months. When he picked it up, Mrs [[name:Nowak]] had
        disengaged from three previous workers and the children's attendance at [[organisation:Ysgol
        Gynradd Cae'r Felin]] was below 70%. [[name:Bill]] booked a Polish {{interpreter}} from the very
        first visit, visited at times that fitted round her shifts at the {{packing factory}}, and used
        {{Signs of Safety}} {{three houses}} with [[name:Zofia]] ([[age:9]]) so her worries were heard
        directly. Attendance is now 94% and the case steps down to {{Team Around the Family}} on
        [[date:22 May]]. The {{headteacher}} rang specifically to say thank you. Nothing dramatic, just
        small things done consistently and on time.
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM
        Date of incident: [[date:11/01/2024]]
        Time: approx 16:45
        Location: {{car park}}, [[organisation:Tŷ Enfys Flying Start]], [[address:Heol Glasfryn]]
        Person(s) involved: [[name:Marcus Campbell]] ({{dad}}), [[name:Jordan]] (child, DOB [[date_of_birth:19/08/2021]])
        Staff: [[name:S. Begum]] ({{nursery nurse}}), [[name:Owain]] (site lead)
        Description: Dad arrived to collect, smelt strongly of alcohol, car keys in hand. Staff delayed handover and rang {{MASH}} for advice. Dad left on foot after [[name:Owain]] offered to ring him a taxi. Grandmother collected [[name:Jordan]] at 17:30.
        Action taken: {{Police}} not called. {{Social worker}} informed next morning.
        Reflection: the {{uncollected child policy}} flowchart was never put up in the new building so staff weren't sure whether to call 999. Now laminated by the door.
    """)),
    ("social_care", "near_miss", block("""
        [[name:Kerry-Ann]] 21:47
        hiya r u on call tonight
        [[name:Siôn]] 21:48
        yeh whats up
        [[name:Kerry-Ann]] 21:50
        [[name:Mia]] rang {{EDT}}, says her {{foster placement}} has broke down and shes at the {{bus station}}. wants to go to her auntie's at [[address:6 Clos Derwen]], was just going to drive her there
        [[name:Siôn]] 21:52
        WAIT check the {{chronology}} first - think aunties partner is on {{ViSOR}}
        [[name:Kerry-Ann]] 21:58
        omg yes. [[name:Lee Dwyer]], {{RSO}}, noted [[date:Oct 2022]]. not going there. ringing {{out of hours}} placements now
        [[name:Siôn]] 21:59
        good. datix it tmrw pls, that flag should be on her front sheet not buried
    """)),
    ("social_care", "incident", prose("""
        On [[date:Fri 9 Feb]] {{Personal Adviser}} [[name:Tomasz Wiśniewski]] left a printed {{Pathway
        Plan}} on the train between Swansea and Llanelli. It belonged to [[name:Shanice Clarke]] (DOB
        [[date_of_birth:03/11/2005]], NI [[ni_number:JT 48 21 73 C]]) and included her address at
        [[address:16 Bryn Terrace]], [[postcode:SA14 8RD]], her GP ([[organisation:Felinfoel Road
        Surgery]]) and her Mosaic number [[case_reference:1457822]]. He had printed it because the
        laptop battery kept dying in the {{drop-in}} and he wanted to go through it with her on paper.
        Reported to {{Information Governance}} the same afternoon; {{ICO}} threshold considered and not
        met as the plan was handed in to lost property and returned sealed. [[name:Shanice]] was told in
        person by [[name:Tomasz]] and was more relaxed about it than we were. It is worth saying that
        [[name:Tomasz]] reported it himself within an hour of getting off the train: he rang the station,
        then rang his {{team manager}} [[name:Hywel Griffiths]] before he had even got back to the office.
        That is exactly what we want people to do, and it is the only reason the plan came back the same
        day. Nobody is in trouble here. Learning: {{care leavers}}
        team laptops are five years old, replacements now ordered, and printing of plans to stop.
    """)),
    ("social_care", "success", block("""
        From: [[name:Aled Pritchard]] <[[email:aled.pritchard@dyffryntywi.gov.wales]]>
        Sent: [[date:28 February 2024]] 17:02
        To: [[name:Priya Raman]]
        Cc: [[name:Dafydd Evans]]
        Subject: [[name:Rose]] - review conference

        [[name:Priya]],

        Just wanted to put in writing how good today's {{Review Child Protection Conference}} was. [[name:Rose]] ([[age:11]]) presented her own slides about what is better at home and what still worries her, and she did it because you spent three sessions helping her get ready. {{Chair}} said it was the first time in years a child had spoken in conference. The {{safety plan}} is in her words now, and if it holds until the next {{core group}} she comes off the {{child protection register}}.

        Well done.

        [[name:Aled]]
        {{Independent Reviewing Officer}}
        Quality Assurance Unit | [[phone:01267 224 915]]
    """)),
    ("social_care", "near_miss", block("""
        DUTY HANDOVER - [[date:Mon 15/4]]

        1. [[name:BAKER]], [[name:Riley]] (Mosaic [[case_reference:1462093]]) - {{Section 47}} visit done, {{CP medical}} booked paeds tues 2pm - NEEDS TRANSPORT
        2. [[name:Ahmed]] family - {{DA notification}} from police [[case_reference:DP-20240414-1193]], not yet RAG rated
        3. [[name:Chloe]] ([[age:15]]) missing from [[organisation:Bryntirion House]] since sat, {{return home interview}} outstanding
        4. [[name:Jenkins]] - {{PLO}} letter to go out, TM signed

        NOTES: item 1 - transport was forgotten last wk for a different child and medical had to be rebooked. nearly happened again, only caught bc [[name:Jas]] checked the diary at 11. can we add transport as a tick box on the {{strategy discussion}} template
    """)),
    ("social_care", "incident", prose("""
        The {{school transport}} taxi (reg [[vehicle_registration:CU19 WKD]], [[organisation:Dragon
        Cars Llanelli]]) collected [[name:Deio]] ([[age:7]]) from his {{foster carers}} at
        [[address:Tŷ Gwyn, Lôn Ddu]] as usual but the driver was new and had an old job sheet with
        {{mum}}'s address on it. He drove to [[address:31 Stryd Fawr]] and [[name:Deio]], recognising the house,
        got upset. The driver rang the office and took him to {{school}} 40 minutes late; no contact with
        mum took place. The old job sheet had never been updated after the move in [[date:January]]
        because transport requests go through a different team. [[name:Deio]]'s carer [[name:Gwenda]] has been
        brilliant with him since. We have now asked that {{looked after}} children's transport is
        reviewed at every placement change and the sheet carries no birth family addresses.
    """)),
    ("social_care", "success", prose("""
        Good catch by {{admin}} [[name:Precious Moyo]] today - {{mail merge}} for {{Care and Support Plan}}
        review letters had shifted one row in the {{Excel}} list, so each family was about to get the next
        family's letter. She spotted it on the second envelope, stopped the batch and told the {{business
        support manager}}. Forty letters, none sent. Thank you [[name:Precious]]!
    """)),
    ("social_care", "near_miss", prose("""
        phoned by [[organisation:Ysgol Glan Morfa]] 14.10, {{dad}} at the gate asking to collect
        [[name:kayden]] early. {{school}} didnt have the {{non-molestation order}} on there system - only
        knew because {{receptionist}} [[name:Sam]] remembered mum mentioning it at parents eve. our file
        has it from [[date:19th Jan]] but no one told school, we assumed {{police}} would. school kept
        [[name:kayden]] in class, dad left before police arrived. need a step on the checklist - who tells
        school about court orders
    """)),
    ("social_care", "incident", prose("""
        {{Flying Start}} {{health visitor}} [[name:Ceri Jones-Watkins]] was bitten on the left forearm by
        the family's dog during a {{new birth visit}} at [[address:42 Maes yr Haf]], [[postcode:SA15
        4BU]] on [[date:6 June]]. The dog had been shut in the kitchen but a sibling opened the door. [[name:Ceri]]
        activated her {{lone worker device}}, left the property and went to the {{Minor Injuries Unit}};
        wound cleaned, {{tetanus}} up to date, {{co-amoxiclav}} prescribed. The family were apologetic.
        The referral had a tick box "pets: yes" but nothing about size or temperament. We are adding a
        question on dogs to the pre-visit phone call and agreeing that dogs are secured in another room
        with a closed door before the visit starts, not during it.
    """)),
    ("social_care", "success", block("""
        SHOUT OUT 🌟

        To [[name:Angharad]] our {{Speech and Language Therapist}} at [[organisation:Little Acorns Flying Start]]. [[name:Will]] ([[age:2]]) had no words at his {{two year review}} in [[date:September]], his {{WellComm}} screen was red and {{mum}} was really worried. [[name:Angharad]] ran the {{Talk Together}} sessions with mum every fortnight, in Welsh and English, and by last week [[name:Will]] was saying 'mwy' and 'bye bye car'. {{Mum}} cried at pick up. So did we.
    """)),
    ("social_care", "near_miss", block("""
        Hi [[name:Mark]],

        Flagging a near miss from this morning. A photo from the {{sports day}} was put on the [[organisation:Ladybirds Day Nursery]] {{Facebook}} page at 08:50 and it included [[name:Amara]], who is {{looked after}} and whose {{photo consent}} is "no" on our system. [[name:Hayley]] (our {{SSW}}) spotted it at 09:05 and the nursery took it down by 09:15, before any shares.

        The nursery said the consent list they hold is from last year. Could you send the updated list to all the {{Flying Start}} settings before [[date:1 July]]?

        Thanks,
        [[name:Jo Pereira]]
        Placement Support | [[phone:07700 914 382]]
    """)),
    ("social_care", "incident", block("""
        Debrief notes - {{PLO}} pre-proceedings meeting [[date:25/01/24]]

        Present: [[name:Rachel Thompson]] (SW), Mr and Mrs [[name:Haile]], {{legal}} [[name:K. Oduya]], {{Cafcass Cymru}} not required at this stage
        What happened: {{Tigrinya interpreter}} booked for 10:00 but agency sent an Amharic speaker. Mr [[name:Haile]] understood some but not all. Meeting went ahead because solicitor was present. {{Mum}} [[name:Selam]] later said she did not understand what {{pre-proceedings}} meant.
        What we'd do differently: postpone. Check language AND dialect on the booking, not just "Ethiopian". Confirm with the family by phone the day before.
        Actions: [[name:Rachel]] to rebook, letter re-sent in Tigrinya.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        SBAR - delayed escalation of {{PPH}}

        S: [[name:Oluwaseun Bakare]] ([[age:31]]), NHS [[nhs_number:459 294 3945]], hosp no [[case_reference:M0847213]]. {{SVD}} 02:14 on [[date:17/02/24]], {{EBL}} 1.8 L by 03:30.
        B: Para 2, previous {{LSCS}}, Hb 98 antenatally, declined {{iron infusion}}.
        A: Blood loss under-estimated - pads weighed late. {{MEOWS}} amber at 02:50 but the midwife was covering two rooms on [[organisation:Gwenllian Ward]] and the co-ordinator had her own woman in labour. {{Obstetric registrar}} in theatre with a category 1.
        R: Earlier {{2222}} obstetric emergency call. Co-ordinator not to carry a caseload on nights. To {{PSII}} panel [[date:4 March]]. {{Datix}} [[case_reference:W-284113]].
    """)),
    ("health", "success", prose("""
        shout out to {{student midwife}} [[name:Sky Llewellyn]] on {{triage}} last night. lady came in with
        {{reduced fetal movements}} for the 3rd time, {{CTG}} looked ok at first glance but [[name:Sky]]
        plotted the fundal height on the {{GROW chart}} and saw it had dropped right off the centile.
        escalated to Dr [[name:Ng]] who scanned same morning - {{FGR}}, baby delivered by cat 2 section at
        36+4 and doing well on [[organisation:Seren Neonatal Unit]]. proper good catch 👏 thank you
        [[name:Sky]] for not just ticking the box - [[name:Lowri]] (band 7)
    """)),
    ("health", "near_miss", prose("""
        [[name:Ibrahim Yusuf]], aged [[age:18]] months, hosp no [[case_reference:P2230945]], weight 11.2 kg,
        admitted to [[organisation:Cilgerran Ward]] post-op after {{orchidopexy}}. Oral {{morphine}} was
        prescribed on the paper {{drug chart}} as 1.1 mg when the intended dose was 0.11 mg - a misplaced
        decimal point. The first nurse drew it up from the 10 mg/5 ml bottle. The second checker,
        {{staff nurse}} [[name:Rhiannon Carey]], recalculated independently from the weight rather than
        reading the chart and stopped it. Pharmacist confirmed a tenfold error. The first nurse, newly
        qualified, said afterwards that 0.55 ml had looked a lot for a toddler but she assumed the
        prescriber knew the child. The prescriber, an {{FY2}} on their second night, had the adult {{PCA}}
        guideline open on the same screen and copied the format across. No dose was given and
        {{mum}} was told. Learning: the independent {{double check}} worked as designed; we are also moving
        paediatric opioids to the lower-strength {{oral solution}} only and reminding prescribers about
        {{BNFc}} dosing and writing a leading zero.
    """)),
    ("health", "incident", block("""
        Datix ref: [[case_reference:W-291557]]
        Service: [[organisation:Dinefwr District Nursing Team]]
        Patient: [[name:Glenys Thomas]], [[age:88]], NHS no [[nhs_number:725 808 2581]]
        Address: [[address:Bwthyn Eithin, Heol y Plas]], [[postcode:SA19 6RL]]
        GP: [[organisation:Tywi Valley Medical Centre]]
        Incident: {{Category 3 pressure ulcer}} to sacrum found [[date:12/03/24]]. Skin documented intact on [[date:05/03/24]].
        Background: visits reduced from daily to twice weekly once {{reablement}} finished, but {{Waterlow}} not rescored and {{air mattress}} order not chased.
        Contributory: caseload 1.6x establishment that week, two staff on {{long-term sickness}}.
        Learning: any reduction in visit frequency triggers a {{SSKIN}} review and a new risk score.
    """)),
    ("health", "success", prose("""
        Wanted to say well done to {{HCSW}} [[name:Kofi Mensah]] who went to Mr [[name:O'Driscoll]] for a
        routine {{catheter}} change and felt he "just wasn't right". Temp 38.4, resp rate 26, new
        confusion. [[name:Kofi]] left the rest of his list, did a {{NEWS2}} (7), and used {{SBAR}} to
        speak to the GP at [[organisation:Heol Fawr Surgery]] and then the ambulance crew. {{Urosepsis}}
        confirmed in {{ED}} and the {{Sepsis Six}} was started within the hour. Mr
        [[name:O'Driscoll]]'s daughter [[name:Siobhan]] phoned from Cork on [[phone:+353 87 412 6630]] to
        say thank you, and he is home again.
    """)),
    ("health", "incident", block("""
        INCIDENT FORM
        Date/time: [[date:09/05/2024]] 15:32
        Area: [[organisation:Bracken Ward]] (postnatal)
        Reported by: [[name:Hannah Walsh]], {{midwife}}
        What happened: {{baby tag}} alarm sounded at the ward exit. The baby's grandmother had carried baby (mother [[name:Layla Farouk]], bed 12) into the {{lift lobby}} "to show her the window". Doors {{maglocked}} as designed, {{security}} attended within 2 min. Baby returned, no harm.
        Why: grandmother speaks Arabic only and had not been told about the {{infant security}} rules; the leaflet is only in English and Welsh.
        Actions: Arabic leaflet requested; {{Language Line}} used to debrief the family.
    """)),
    ("health", "near_miss", block("""
        [[name:Zara]] 23:14
        anyone know if lab rang back about the {{group and save}} from bay 3
        [[name:Mel]] 23:16
        yeh 😬 they rejected it, {{WBIT}} - {{blood group}} didnt match the {{historic sample}}. it had bed 4's sticker on
        [[name:Zara]] 23:17
        oh no. whose was it
        [[name:Mel]] 23:18
        mine. printed both lots of labels at the desk and took them in together. no harm, repeats sent, both ladies fine. doing the {{datix}} now
        [[name:Zara]] 23:19
        happens to all of us, glad the lab caught it x
        [[name:Mel]] 23:19
        {{bedside labelling}} only from now on, lesson learnt
    """)),
    ("health", "incident", block("""
        PAEDS HANDOVER - [[organisation:Cilgerran Ward]] nights [[date:21/11]]
        Bed 2  [[name:Oliwia Nowicka]]  [[age:4]]y   wheeze, {{salbutamol}} 2 hrly, sats 94% air
        Bed 5  [[name:Tyler-James Price]]  [[age:13]]y  {{DKA}}, {{fixed rate insulin}}, CBG 1 hrly
               *** CBG 3.1 at 04:00 - hourly checks missed 02:00-04:00 when HCA moved to bed 7 ***
               {{glucose 10%}} given per protocol, now 6.8
        Bed 7  [[name:Amelia]]  [[age:8]]y  {{appendicectomy}} day 1, pain ok on {{oramorph}} PRN
        Datix [[case_reference:W-302871]] done. Mum [[name:Kelly]] informed by [[name:Dev]] at 04:20.
        Learning: {{DKA}} pt should not be in a 1:4 bay on nights - escalate to {{site manager}}.
    """)),
    ("health", "success", block("""
        From: [[name:Okafor, Chinedu]] ([[organisation:Bae Tywi UHB]] - Paediatrics)
        Sent: [[date:19 January 2024]] 18:11
        To: [[email:CCN.Carmarthen@wales.nhs.uk]]
        Subject: Thank you - home oxygen discharge

        Dear team,

        I wanted to thank [[name:Roisin]] and [[name:Gethin]] for getting baby [[name:Isla]] home on {{low-flow oxygen}} on a Friday afternoon. The {{oxygen concentrator}}, {{HOOF}} and {{saturation monitor}} were all in place by 3pm because they started the paperwork on Wednesday instead of waiting for the {{consultant}} sign-off. It saved the family a whole weekend on the ward and a 50-minute drive each way.

        Best wishes,
        [[name:Chinedu Okafor]]
        {{Consultant Paediatrician}} | ext 4471
    """)),
    ("health", "near_miss", prose("""
        lady on {{antenatal ward}} w {{GDM}} written up for {{Humulin I}} 14 units nocte, nearly given
        {{Humalog}} instead - sound alike and both pens side by side in the fridge. caught by {{2nd checker}}
        [[name:bex]] reading the pen label. pt [[name:Fatima Hussain]] hosp no [[case_reference:H4471902]].
        fridge now has them on diff shelves w red tag. {{pharmacist}} [[name:Mo]] says its happened in other
        HBs too
    """)),
    ("health", "incident", block("""
        Timeline - delayed neonatal transfer, baby of [[name:Chantelle Roberts]] (NHS [[nhs_number:511 848 0086]])

        [[date:14/08]] 22:10  Born at {{MLU}} [[organisation:Canolfan Geni Tywi]], {{Apgar}} 6 at 1 min, grunting
        22:25  {{neonatal resus}} call, no {{CPAP}} available in the unit
        22:31  999 call, categorised as {{Amber 1}}
        23:40  Ambulance arrives (69 min)
        00:05  Arrives [[organisation:Seren Neonatal Unit]], {{surfactant}} given
        Outcome: baby well, home day 6.
        Learning: a newborn with respiratory distress in the {{MLU}} must be requested as a {{Red}} call using the words "neonatal emergency". Wording now on the {{transfer checklist}}. For {{PSII}}.
    """)),
    ("health", "success", prose("""
        Hot debrief after a {{shoulder dystocia}} on [[organisation:Gwenllian Ward]], [[date:Sun 12th]].
        What went well: {{midwife}} [[name:Emma-Louise]] spotted the {{turtle sign}}, pulled the
        {{emergency buzzer}} and said "shoulder dystocia" out loud so everyone walking in knew what it was.
        {{McRoberts}} and {{suprapubic pressure}} done straight away, head-to-body interval 2 min 10. Reg
        [[name:Arjun]] arrived with the {{PROMPT}} flowchart already in his head; [[name:Liz]] scribed
        times on the whiteboard. Baby Apgar 8 at 5 min, {{paeds}} happy. Everyone said the PROMPT
        skills day in the spring made the difference. Even better if: the {{step}} stool was where it
        should be.
    """)),
    ("health", "incident", prose("""
        {{District nurse}} [[name:Bronwen]] arrived at [[address:3 Penlan Cottages]] at 08:30 to find the
        {{syringe driver}} ({{T34}}) alarming for occlusion and Mr [[name:Eynon]] agitated and in pain.
        The line had been kinked under him for an unknown time; the last check was by the {{twilight
        team}} at 21:00. {{Midazolam}} and {{oxycodone}} given from the {{just in case}} medicines and he
        settled within 30 minutes. His wife said she heard beeping at 2am but didn't know who to ring:
        the {{out of hours}} number was on a sheet inside the folder, not on the fridge. We now leave a
        fridge magnet with [[phone:0300 123 7755]] at every {{end of life}} visit.
    """)),
    ("health", "near_miss", prose("""
        Near miss: {{antenatal}} safeguarding information not reaching {{health visiting}}. [[name:Toni
        Brennan]] ([[age:19]]) booked at [[organisation:Llwynhendy Health Centre]] at 12 weeks and
        disclosed {{domestic abuse}}; community midwife [[name:Mared]] made a {{MARAC}} referral. The
        {{birth notification}} reached the HV team on [[date:2/10]] without any safeguarding flag because
        the form doesn't pull through from the maternity system. HV [[name:Patience Osei]] only found out
        because [[name:Mared]] rang her the day after discharge to check. The first visit had been
        planned as a routine one with the partner at home. Fix for now: the {{named midwife}} e-mails
        the HV team lead on every flagged discharge until the two systems talk to each other.
    """)),
    ("health", "success", block("""
        Compliment received via {{Maternity Voices}} (shared with the family's permission)

        "My husband and I came from Syria two years ago and this was our first baby in Wales. When I was in {{labour}} in the night the {{midwife}} [[name:Joanne]] used the {{Language Line}} phone every time, even at 3 o'clock, and she learned to say 'shway shway' to me. When I had the {{epidural}} she explained everything first. After the birth she did {{skin to skin}} for us and wrote the baby's weight in {{Arabic}} numbers for my mother. We will never forget her."

        [[name:Rasha]] & [[name:Khaled Al-Masri]]
    """)),
    ("health", "incident", prose("""
        A clinic letter for [[name:Jacob Pryce-Davies]] (NHS [[nhs_number:748 039 8115]]) from the
        {{paediatric epilepsy}} clinic was posted to a different child, [[name:Jacob Price]], at
        [[address:9 Cwrt y Felin]], [[postcode:SA31 2NQ]]. Same first name, similar surname and the same
        DOB ([[date_of_birth:22/07/2014]]). The second family rang us. The letter contained {{EEG}}
        results and a {{sodium valproate}} plan. Admin had picked the patient from a list on {{WPAS}} by
        name and date of birth only. Both families have had an apology under {{Duty of Candour}}. We now
        select by NHS number for all outgoing letters, and the two records carry a {{similar name
        alert}}.
    """)),
    ("health", "near_miss", prose("""
        fridge in [[organisation:Penygroes Health Centre]] clinic room read 11.2 at 8am, max showed 13.9
        overnight - door not shut properly after {{imms}} clinic on fri. {{MMR}}, {{6-in-1}} and {{Fluenz}}
        quarantined, nothing given. rang {{pharmacy}} + {{Public Health Wales}}, {{cold chain}} review says
        stock ok. good job [[name:ann-marie]] checked before clinic, would have vaccinated 14 kids
        otherwise. fridge alarm was on silent??
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        OCCURRENCE / AIRPROX REPORT
        Club: [[organisation:Preseli Vale Gliding Club]]
        Date: [[date:27/07/2024]]   Time: 14:52 local
        Aircraft: {{ASK 21}} [[aircraft_registration:G-CKJN]], P1 [[name:Gareth Lloyd]] ({{instructor}}), P2 trial lesson
        Other aircraft: {{PA-28}}, believed [[aircraft_registration:G-BSVK]], no RT contact
        Position: 2 nm SW of site, 2,800 ft {{QFE}}, thermalling
        Description: PA-28 passed approx 150 m horizontally, same level, no avoiding action seen. No {{FLARM}} warning - other aircraft not FLARM equipped and no {{transponder}} return on our {{PilotAware}}.
        Reported to: {{UKAB}}, club {{CFI}}, {{BGA}}. Club ref [[case_reference:ASR-2024-118]].
        Comments: site is marked on the chart; we have asked the owner of [[aircraft_registration:G-BSVK]] to talk to us.
    """)),
    ("aviation", "success", prose("""
        Well done to [[name:Magda Kowalczyk]] who, doing her first {{DI}} unsupervised on
        [[aircraft_registration:G-CHPW]] on [[date:Sat 4th May]], found the left {{aileron}}
        {{L'Hotellier}} connector wasn't properly locked and asked the {{duty instructor}} rather than
        assume it was fine. Inspector [[name:Frank]] confirmed the {{safety pin}} was missing. The glider
        was rigged on Friday evening in fading light and nobody did a {{positive control check}}. Big
        thank you [[name:Magda]]. Reminder to all: every rigging gets a second pair of eyes and a PCC.
    """)),
    ("aviation", "near_miss", prose("""
        winch launch {{K13}} approx 11:30 [[date:sun 21st]] - {{weak link}} on the cable was the heavy
        one left from the {{DG-1000}} launches. caught by {{wing runner}} [[name:Tegid]] who read the
        colour before hooking on. {{launch point}} controller [[name:Paddy]] had changed over at 11 and
        didnt get a handover re links. winch driver [[name:Jim]] says he'd have seen nothing wrong from
        his end. pls everyone - check link v glider EVERY launch, and weak links go back in the tin not on
        the {{bus}} seat
    """)),
    ("aviation", "incident", prose("""
        On [[date:19 April]] [[aircraft_registration:G-CGXM]], a {{Skyranger}} operated by
        [[organisation:Severnside Microlights Ltd]], had a partial power loss at 1,500 ft during a solo
        student cross-country. The student, [[name:Callum Reid]] ([[age:23]]), picked a field near
        Crymych, flew the {{PFL}} pattern as trained and landed without damage. He had practised PFLs only the
        week before with {{instructor}} [[name:Nadia Haddad]], and said afterwards that this made the
        difference: he didn't waste height trying to restart, he flew the aircraft first. Engineering found a
        cracked {{carburettor}} rubber mount on the {{Rotax 912}}, a known issue. The previous 50-hour
        check had noted "rubbers perished?" in pencil on the worksheet, but no {{defect}} was raised in
        the {{tech log}}. Reported to the {{CAA}} as {{MOR}} [[case_reference:MOR 2024/05812]]. The farmer,
        Mr [[name:Rees]], towed the aircraft into his barn with his tractor and gave [[name:Callum]] tea.
        Learning: anything noted on a worksheet goes in the tech log, and school engineering checks
        open notes before release.
    """)),
    ("aviation", "success", block("""
        [[name:Dave Cheung]]: First solo for [[name:Priyanka]] today 🎉✈️ and she flew a textbook {{go-around}} when the sheep wandered onto the {{threshold}} of {{runway 27}}
        [[name:Sue B]]: brilliant!! well done [[name:Pri]] 👏👏
        [[name:Tom]]: sheep again 🙄 who left the gate open
        [[name:Dave Cheung]]: that's the learning bit - gate by the {{fuel bowser}} was open. {{airfield manager}} putting a spring on it this week. but seriously proud, she didn't hesitate and her {{radio call}} was spot on
        [[name:Pri]]: thank you!! legs still shaking 😂
    """)),
    ("aviation", "near_miss", block("""
        Subject: Near miss - Jet A-1 nearly into a PA-28

        Hi all,

        On Tuesday [[date:11/06]] at about 10:20 the fuel bowser (reg [[vehicle_registration:WX14 FHU]]) from [[organisation:Harrisons Aviation Fuels]] pulled up to [[aircraft_registration:G-BNXE]], a {{PA-28}}, on the {{apron}}. The new driver had a job card saying "top up tanks, PA-28 / DA42" and was about to use the {{Jet A-1}} hose meant for the {{Diamond DA42}} [[aircraft_registration:G-DFOX]]. The owner, [[name:Neil Fraser]], walked out and stopped him. {{AVGAS 100LL}} only for that one.

        From now on fuel orders go by registration and fuel grade, and the pilot or owner must be present at refuelling.

        Thanks,
        [[name:Carys Bevan]]
        {{Airfield Manager}}
        [[phone:01994 231 660]] | [[email:ops@llanfairfields-airfield.co.uk]]
    """)),
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-BOHL]] {{Cessna 152}}
        Sector  Date        Pilot        Hrs   Defect
        412     [[date:03/09/24]]    [[name:R. Ahmed]]     1.1   nil
        413     [[date:03/09/24]]    [[name:K. Byrne]]     0.6   Oil press flickering low at 2300 rpm
        414     [[date:04/09/24]]    [[name:R. Ahmed]]     1.3   nil
        415     [[date:05/09/24]]    [[name:M. Okoye]]     0.4   OIL PRESS LOW LIGHT - PRECAUTIONARY RTB

        Engineering ([[organisation:Aero Tec Engineering]]): {{oil pressure sender}} u/s, replaced, {{ground run}} satisfactory.
        Note: sector 413 entry was never actioned and the aircraft flew 1.3 hrs with an open defect.
        Learning: a defect must be cleared or deferred as an {{ADD}} by an engineer before the next flight; ops to check the {{tech log}} before handing out keys.
    """)),
    ("aviation", "incident", prose("""
        At about 11:40 on [[date:Wednesday 22 May]] the contractor's tractor and gang mower (reg
        [[vehicle_registration:CX63 PLN]]) crossed {{runway 09/27}} at the {{intersection}} while
        [[aircraft_registration:G-AZVP]] was on {{short final}}. The pilot, [[name:Aoife Brennan]], went
        around from about 200 ft. The driver had been briefed to call {{A/G}} on the handheld before
        crossing, but the battery was flat and he "could see nothing coming". The cutting had been moved
        from Monday to Wednesday because of rain and nobody updated the {{flying programme}} or told the
        {{duty pilot}}. Actions: mowing only on non-flying days or with a {{runway controller}} present;
        handhelds charged and checked at sign-out; contractor re-briefed.
    """)),
    ("aviation", "success", block("""
        DEBRIEF - radio failure, [[aircraft_registration:G-CDTR]] {{Ikarus C42}}, [[date:16/02]]
        Crew: [[name:Summer Adebayo]] (student, solo), [[name:Ian McAllister]] ({{FI}}, on the ground)

        What happened: radio went dead on {{downwind}}. Student rocked wings, joined {{overhead}} and flew a standard circuit watching for light signals.
        What went well:
        - student flew the {{lost comms procedure}} exactly as briefed in ground school
        - {{A/G}} operator [[name:Bill]] recognised it and gave a steady green from the {{signal lamp}}
        - other traffic ([[aircraft_registration:G-BYLC]]) asked to orbit and did
        Even better if: the lamp batteries were flat on the first attempt. Lamp now on the daily {{opening checklist}}.
    """)),
    ("aviation", "near_miss", block("""
        Chronology - near infringement of controlled airspace, [[date:Sat 6 July]]

        13:05  [[aircraft_registration:G-BSVK]] departs {{runway 27}}, pilot [[name:O. Ilunga]], VFR eastbound
        13:31  pilot following {{SkyDemon}} route planned on Thursday, temporary {{RA(T)}} for the airshow not loaded
        13:34  {{Cardiff Radar}} gives traffic information: [[flight_number:TOM4PK]] descending through 4,000 ft, 5 nm
        13:35  pilot asks for a {{Basic Service}}, told to remain outside the {{CTA}}
        13:36  turns south, stays outside by 0.4 nm; [[flight_number:TOM4PK]] no TCAS RA

        Learning: re-plan and re-check {{NOTAM}}s on the day, not the day before. Pilot filed a voluntary report herself.
    """)),
    ("aviation", "incident", prose("""
        canopy came open on {{aerotow}} approx 200ft, {{Astir}} [[aircraft_registration:G-DCEX]]. pilot
        [[name:seb]] held it shut w left hand, released from the {{tug}}, flew a short {{circuit}} and
        landed ok. {{canopy}} hinge cracked. [[name:seb]] says he did {{CB SIFT CBE}} but was interrupted
        at the C by someone asking about the {{retrieve}} and restarted at the wrong place
    """)),
    ("aviation", "success", block("""
        From: [[name:Hamish Drummond]]
        To: [[email:committee@preselivalegc.org.uk]]
        Subject: thanks for Saturday

        Just a note to say a huge thanks to [[name:Rhys]] and [[name:Beth Nicholls]], who drove the {{retrieve}} 70 miles in [[name:Beth]]'s car ([[vehicle_registration:YK66 OWB]]) to fetch me from a field near Builth after my {{land-out}} on [[date:Sat 10 Aug]]. They followed my {{OGN}} tracker, brought the right {{tow-out gear}} and a flask, and had the {{trailer}} rigged in 20 minutes. Mr [[name:Price]] the {{farmer}} was charmed.

        [[name:Hamish]] ([[aircraft_registration:G-CFRS]])
        [[phone:07519 332847]]
    """)),
    ("aviation", "near_miss", prose("""
        A {{Piper Malibu}}, [[aircraft_registration:N4127X]], landed without {{PPR}} at 16:10 on
        [[date:Sunday 30 June]] during a {{winch launching}} day, with the cable still laid out across the
        {{upwind end}}. The pilot, [[name:Brad Kowalski]], said he had tried the airfield number
        [[phone:01239 881204]] twice but nobody answered. The {{launch point}} saw him on {{long final}} and
        stopped launching; the cable was pulled clear just in time. Our entry in the {{flight guide}} says
        "winch launching - PPR essential" but only in the remarks. Actions: update the entry, add a
        voicemail on the airfield phone giving the duty mobile [[phone:07700 900418]]. He was apologetic
        and filed his own {{CHIRP}} report.
    """)),
    ("aviation", "incident", block("""
        OCCURRENCE FORM - ground
        Date: [[date:08/12/2023]]
        Location: {{Hangar 2}}
        Aircraft: {{Piper Pawnee}} tug [[aircraft_registration:G-BFRY]] being pushed back; port wingtip struck {{Ka8}} [[aircraft_registration:G-CGBS]]
        Persons: [[name:Wojciech Zieliński]] ("[[name:Wojtek]]") on the tow bar, [[name:Stephen Mackay]] wing walker (right side)
        Damage: tug wingtip fairing cracked; Ka8 rudder fabric torn approx 10 cm
        Cause: hangar packed tight for winter, no {{wing walker}} on the left, 2 of 6 lights out
        Reported to: {{CFI}}, {{BGA}} inspector [[name:Jack]]
        Follow-up: packing plan painted on the floor; lights fixed [[date:12/12]]
    """)),
    ("aviation", "near_miss", prose("""
        Student pilot [[name:Eilidh Mackenzie]] reported this herself, which is exactly what we want. On
        a solo {{circuit}} detail in [[aircraft_registration:G-BOHL]] on [[date:3rd October]] she
        descended from the {{overhead join}} at idle without {{carb heat}} in cool, damp air. At 1,200 ft
        the engine ran rough. She applied full carb heat, the rough running got worse for a few seconds
        (as it should) and then cleared, and she landed normally. She told her {{instructor}} straight
        away. Learning for all students: {{carburettor icing}} is not just a summer-morning thing, and the
        {{FREDA}} check before descent is there for a reason.
    """)),
    ("aviation", "success", prose("""
        On [[date:Sunday 14 July]] a visitor in the {{cafe}}, [[name:Joseph Mwangi]] ([[age:67]]),
        collapsed. {{Tug pilot}} [[name:Ruth Goldberg]] started {{CPR}} within a minute, [[name:Leon]]
        ran the {{AED}} over from the {{clubhouse}}, one shock was delivered and he had a pulse back before
        the {{air ambulance}} landed on the {{north field}}. [[name:Joseph]] is home and sent a card.
        Learning: the AED sign can't be seen from the cafe - new sign up, and eight more members are booked
        on the {{first aid}} course.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind139", REPORTS))


if __name__ == "__main__":
    main()
