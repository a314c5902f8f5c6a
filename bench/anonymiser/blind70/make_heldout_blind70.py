"""Held-out blind corpus 70: maternity, neonatal, paediatric, patient transport and air ambulance.

Setting: labour wards, birth centres, neonatal units and children's wards; hospital social work
around unborn and newborn babies; neonatal road transfers, patient transport and air ambulance
or fixed-wing missions carrying mothers, babies and children.
Voice: midwives, neonatal nurses, paediatric registrars, hospital social workers, transport
crews and HEMS pilots writing handovers, incident narratives, debriefs and thank-you notes,
thick with times, dates, bed and cot numbers, first names and word-like baby names.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind70.jsonl"

REPORTS = [
    # ================================================================ social care
    ("social_care", "incident", prose("""
        Pre-birth plan for [[name:Chantelle Rowbotham]] ([[age:19]]) was not visible on the
        {{maternity}} system when she presented to [[organisation:Larkspur Birth Centre]] in
        labour on [[date:14 February 2024]]. Midwife [[name:Oonagh]] was not aware of the
        {{Child Protection Plan}} and baby was nearly discharged home with {{mum}} and partner
        [[name:Dean Pryce]] on day 1. The plan sat on {{Mosaic}} under
        [[case_reference:LCS-448210]] but the {{safeguarding midwife}} alert had lapsed after the
        {{ICPC}}. I ([[name:R. Mensah]], hospital social worker) was rung at 16:40 and we pulled
        together a discharge planning meeting for 09:30 the next day. Learning: alerts should
        expire at EDD plus 28 days, not at the conference date.
    """)),
    ("social_care", "success", block("""
        From: [[name:Priya Venkataraman]] <[[email:p.venkataraman@example.gov.uk]]>
        To: [[organisation:Kingfisher Unit]] nursing team
        Date: [[date:7 May 2024]] 16:02
        Subject: Thank you - baby [[name:Ezra]]

        Hi all,
        Just wanted to say a massive thank you to [[name:Siobhan]] and [[name:Tomasz]] for the way you supported [[name:Kayleigh]] to stay alongside [[name:Ezra]] while we sorted the {{Parent and Baby}} foster placement. [[name:Kayleigh]] told me today "they never once made me feel judged". The family time in the {{cot-side room}} gave us the evidence we needed and the {{Legal Gateway}} panel on [[date:3rd May]] agreed to step down from {{PLO}}.
        [[name:Priya]]
        Social Worker, [[organisation:Ashworth Locality Team]]
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:02/09/2023]] at about 19:15 a man came to the doors of {{Ward 31}} saying he was
        baby's dad and asked to take baby [[name:Tiana]] down to the car park "to get the car seat
        fitted". Ward clerk [[name:Bernadette Ogundipe]] recognised the surname [[name:Farrell]]
        from the {{safeguarding flag}} and called the nurse in charge instead of buzzing him
        through. Police confirmed Mr [[name:Farrell]] has bail conditions not to approach {{mum}}
        ([[name:Jade]], [[age:22]]) or the baby, crime ref [[case_reference:CR/0098314/23]]. He left
        before officers arrived. Really good catch by [[name:Bernie]]. Learning: the
        {{birth partner}} section in the notes was blank, which is how he got as far as the
        intercom with a plausible story.
    """)),
    ("social_care", "incident", block("""
        Chronology - unborn baby of [[name:Anna-Maria Lakatos]]
        Case ref: [[case_reference:CP/2024/01772]]

        [[date:11.03.24]] 10:05  Call from community midwife [[name:Hollie Brennan]] ([[phone:01632 960418]]). [[name:Anna-Maria]] missed 28-week appointment, second DNA.
        [[date:13.03.24]] 14:30  Joint home visit to [[address:Flat 6, Carrow House, Mill Lane]], [[postcode:NR3 1QH]]. {{Slovak}} interpreter booked but family speak {{Romanes}}. Eldest child [[name:Denis]] ([[age:12]]) was asked by the visiting worker to interpret about mum's scan results and her partner's drinking. This should not have happened.
        [[date:13.03.24]] 16:10  Discussed with {{Team Manager}} [[name:Gareth Llewellyn-Jones]]. Incident raised, ref [[case_reference:LA-IR-5531]].
        Action: interpreter language to be confirmed with the family before every visit, not copied from the referral form.
    """)),
    ("social_care", "success", prose("""
        Really positive outcome for baby [[name:Nusaybah]] (born
        [[date_of_birth:19/06/2024]] at 33 weeks). After {{Section 47}} enquiries following
        {{mum}}'s disclosure on [[organisation:Heron Ward]], the {{FGC}} co-ordinator
        [[name:Leon Achterberg]] got the whole family round the table within 48 hours, including
        maternal grandmother [[name:Khadra Warsame]] who travelled up from Bristol overnight. The
        plan agreed that {{Ayeeyo}} (what the older children call [[name:Khadra]]) will stay at
        the family home, [[address:41 Tanner Street]], for the first twelve weeks. Baby went home
        on [[date:8 July]] with {{Health Visitor}} [[name:Zofia]] booked for the
        {{new birth visit}} and no need for a placement.
    """)),
    ("social_care", "near_miss", block("""
        Teams chat extract, duty desk, [[date:22/11/2023]]
        [09:12] [[name:Marcus Whitlock]]: anyone got eyes on the [[name:Okonkwo-Bell]] unborn? midwife says induction booked for TOMORROW at [[organisation:St Aldhelm's Hospital]] not next week
        [09:14] [[name:fi]]: pre-birth not finished, {{ICPC}} was pencilled for the [[date:30th]]
        [09:15] [[name:Marcus Whitlock]]: ok escalating to {{TM}}
        [09:31] [[name:Gemma]] ({{TM}}): strategy discussion 11:00, {{MASH}} to chase police checks on Mr [[name:Okonkwo-Bell]]

        Worker note: near miss. The pre-birth timeline was built on the original EDD and nobody re-checked after the growth scan brought the induction forward.
    """)),
    ("social_care", "incident", prose("""
        On [[date:28 January 2024]] baby [[name:Mercy]] was born at 02:47 in room 4 on
        {{Delivery Suite}}. An {{Interim Care Order}} hearing was listed for 10:00 and the plan
        agreed at the legal planning meeting was that I would tell Ms [[name:Adjei]] myself, with
        her advocate [[name:Rhiannon]] from [[organisation:Voices Together Advocacy]] present. At
        handover the night {{midwife}} told her "social services are taking the baby today"
        before I had arrived. Ms [[name:Adjei]] became very distressed and security were called.
        Nobody was hurt but the first supported feed we had planned did not happen. Raised as
        [[case_reference:W204417]]. [[name:Kofi Boateng]], Hospital Social Work Team.
    """)),
    ("social_care", "success", block("""
        Card left at the nurses' station, [[organisation:Puffin Ward]], [[date:24/12/2023]]:

        To Auntie [[name:Bev]], [[name:Lindiwe]], [[name:Jacek]] and everyone on the night team,
        Thank you for looking after our [[name:Summer]] when she was so poorly with the {{bronchiolitis}} and for letting her big brother [[name:Kai]] stay over. Special thanks to [[name:Lindiwe]] who sat with me at 3am when the {{high flow}} wasn't working. You're all angels.
        Love from [[name:Summer]], [[name:Kai]], [[name:Nicole]] and [[name:Craig]] xx

        Note from hospital social worker [[name:D. Iqbal]]: family were open to {{Early Help}} after [[name:Kai]]'s exclusion. The ward's flexibility kept the children together and avoided an emergency placement. Card shared with consent.
    """)),
    ("social_care", "near_miss", prose("""
        A discharge letter for baby [[name:Idris Mahmood]] ([[age:11 days]], hospital no.
        [[case_reference:K1049387]]) was printed and in the out-tray to be posted to
        [[address:17 Clover Bank, Heaton]], [[postcode:NE6 5RL]]. That is {{mum}}'s previous
        address, where the ex-partner still lives; she and [[name:Idris]] are now in a refuge and
        the location is confidential. Ward clerk [[name:Sunita]] spotted the {{MARAC}} flag and
        pulled the letter. The new address had been updated on {{BadgerNet}} but never reached
        the {{PAS}}, which is what the letter template reads from. Reported [[date:06/06/2024]].
    """)),
    ("social_care", "success", prose("""
        Baby [[name:Harrison]] spent 41 days on [[organisation:Skylark Neonatal Unit]]. Dad,
        [[name:Lee Charnock]], has a learning disability and had previously been told by another
        service he would "never cope". We used easy-read care plans, photo prompts at
        {{cot 9}} and {{Signs of Safety}} language throughout. Neonatal nurse [[name:Ama]] did a
        bath demonstration every Tuesday so [[name:Lee]] could practise with her beside him. The
        parenting assessment by [[name:Ffion Parry]] concluded good-enough care with support
        and the case closed to {{CIN}} on [[date:30 August 2024]]. Sharing as good practice.
    """)),
    ("social_care", "incident", block("""
        STRATEGY DISCUSSION - MINUTES
        Date: [[date:05/04/2024]]   Time: 14:00
        Child: [[name:Aaliyah Begum]], DOB [[date_of_birth:26/03/2024]], NHS [[nhs_number:147 725 1294]]
        Present: [[name:Kerry-Ann Lewis]] (SW, chair), DS [[name:Paul Hedges]] ({{CAIT}}), Dr [[name:Olumide Ajayi]] (paediatric registrar), [[name:Helen Cho]] (named nurse)
        Concern: baby aged [[age:10 days]] presented to {{ED}} with a torn {{frenulum}}. Parents' account (caught on bottle teat) not consistent with injury.
        Issue for learning: {{skeletal survey}} delayed 26 hours because the radiology request was rejected twice and nobody rang to escalate.
        Outcome: {{Section 47}}; baby to remain on [[organisation:Bluebell Ward]] pending {{CP medical}}.
    """)),
    ("social_care", "near_miss", prose("""
        Near miss about initials in records. The student social worker wrote that "[[name:MK]]
        has agreed to supervise all feeds" at home for baby [[name:KB]]. On checking, [[name:MK]]
        turned out to be {{maternal uncle}} [[name:Michael Kinsella]], who has a caution for
        assault, and not {{maternal grandmother}} [[name:Maureen Kinsella]] as the
        {{review conference}} on [[date:19 October]] had assumed. Baby [[name:KB]] was still
        on the {{transitional care}} unit so no harm. Learning for the team: full names and
        relationship on first mention in every record, and the {{Graded Care Profile}}
        must name the actual adults doing the care.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Janet]] & [[name:Roy Tremayne]] <[[email:tremayne.fostering@example.org]]>
        To: [[name:Wendell Osei]] (supervising social worker)
        Sent: [[date:Thu 12 Sept 2024]] 21:47
        Subject: Baby [[name:R]] - medicine

        [[name:Wendell]], sorry to email so late. We collected Baby [[name:R]] from [[organisation:Otter Ward]] at 4pm. The discharge letter says {{oral morphine}} 0.04 mg every 4 hours for the {{NAS}} but the bottle says 0.4 mg/ml and nobody showed us the syringe. [[name:Roy]] nearly drew up 0.4 ml. We rang the ward on [[phone:01632 960233]] and Nurse [[name:Efua]] talked us through it. Please can this be raised? We are fine, baby is fine.
        [[name:Janet]]
    """)),
    ("social_care", "success", prose("""
        Shout-out for joined-up work on the [[name:Adebayo]] twins. [[name:Tayo]] and
        [[name:Bisi Adebayo]] were due to take {{Twin 1}} and {{Twin 2}} home from
        [[organisation:Wren Neonatal Unit]] to a single room in a B&B with no fridge for
        expressed milk. Housing officer [[name:Carys]] at
        [[organisation:Pennant Housing Association]] found a two-bed flat at
        [[address:9 Orchard Rise]], [[postcode:CF24 3BW]], within a week, and
        [[name:Bisi]]'s {{Universal Credit}} was sorted by [[organisation:Grangetown Family Hub]].
        Discharge went ahead on [[date:15 April 2024]] as planned.
    """)),
    ("social_care", "near_miss", block("""
        EDT handover to day duty - [[date:Sat 16/03/2024]]

        1. [[name:SHANNON PRICE]] ([[age:17]]), care leaver, 36/40. Self-discharged from [[organisation:Maple Birth Unit]] against advice 23:10 after reduced movements. Police welfare check log [[case_reference:PWC-0316-118]] - found safe at boyfriend's ([[name:JORDAN]]) flat 01:40, agreed to go back in the morning. {{Personal Adviser}} NOT informed - please ring first thing.
        2. Baby Girl [[name:NOWAK]], born 04:12 at [[organisation:Maple Birth Unit]]. Mum [[name:Ewelina]] asking about {{Section 20}}; no interpreter overnight so nothing signed. Good.
        EDT worker: [[name:Sam Okafor]]
    """)),
    ("social_care", "incident", prose("""
        The referral for the unborn baby of [[name:Roxanne Delgado-Hughes]] was e-mailed by the
        {{antenatal clinic}} on [[date:9 January]] to [[email:mash.referrals@example.gov.uk]],
        the mailbox that was decommissioned last year, and sat unread for 17 days. The correct
        front door is [[email:frontdoor@example.gov.uk]]. By the time it reached us
        [[name:Roxy]] was 35 weeks and the {{pre-birth assessment}} had to be squeezed into
        three weeks. No harm to baby, but [[name:Roxy]] said she felt "ambushed". The
        decommissioned box now has an auto-reply. {{Safeguarding Partnership}} informed.
    """)),
    ("social_care", "success", block("""
        Reflective note - [[name:Bridget McDonagh]] and baby [[name:Patrick]] ("[[name:Paddy]]")
        Written by [[name:Aled Humphreys]], SW, [[date:20/02/2024]]

        I went into this pre-birth with little {{hope}}, given how the last conference went. Meeting [[name:Bridget]] at her trailer, [[address:Pitch 4, Lynch Lane Site]], [[postcode:BA2 8PW]], rather than at the office made all the difference. Her mother sat in and we used the {{Signs of Safety}} three houses on paper plates. The family are {{Irish Traveller}} and had never been asked what "safe" meant to them. [[name:Paddy]] was born well on [[date:2 March]] and the plan is {{Child in Need}}, not CP.
    """)),
    # ================================================================ health
    ("health", "incident", block("""
        SBAR - {{Delivery Suite}} to [[organisation:Nightingale Ward]] - [[date:18/10/2023]] 07:45
        S: [[name:Farah Qureshi]], [[age:31]], P1, {{SVD}} 03:20, {{PPH}} 1.8 L.
        B: Hosp no [[case_reference:M4471902]]. {{Syntocinon}} infusion running, {{Carboprost}} x2 given.
        A: Hb 78 this morning. Obs stable, MEOWS 2. Bed 14.
        R: Review by Dr [[name:Nwachukwu]] at 10:00 re iron.
        Incident: 2nd unit of blood hung at 05:50 without the bedside check signed because the second checker, MSW [[name:Tracy]], was called away. Picked up by midwife [[name:Sinéad O'Rourke]] at 06:10. Datix [[case_reference:W301288]].
    """)),
    ("health", "near_miss", prose("""
        Two babies with the surname [[name:Khan]] in {{Bay 2}} on
        [[organisation:Rowan Postnatal Ward]] on [[date:21 March 2024]]: mothers
        [[name:Samina Khan]] (bed 9) and [[name:Rukhsana Khan]] (bed 11). The
        {{newborn blood spot}} card had been pre-labelled for the bed 11 baby but was about to be
        taken from the bed 9 baby. Maternity support worker [[name:Lorraine]] checked both
        {{ID bands}} against the card at the cot side and stopped. Older staff still call it the
        {{Guthrie}} card and it is pre-printed in batches, which is where the risk comes from.
        Surname alert sticker now on both cots.
    """)),
    ("health", "incident", prose("""
        [[date:3/2/24]], 04:30, {{cot 14}}, [[organisation:Wren Neonatal Unit]]. Baby
        [[name:Oliwia Zielinska]], born 27+3, now day 9, had a {{TPN}} {{extravasation}} at the
        left foot long line site. Hourly site checks were documented to 01:00 and then not again
        until dad, [[name:Bartek]], noticed the swelling at 04:20. Staffing was one nurse down
        and [[name:Becky]] (nurse [[name:Rebecca Lomax]]) was covering three intensive care cots.
        {{Hyaluronidase}} and saline washout done by the registrar; plastics advice by phone.
        Parents informed under {{Duty of Candour}}.
    """)),
    ("health", "success", block("""
        Shared at [[organisation:Larch Midwifery Unit]] huddle, [[date:10/06/2024]], with permission:

        Dear [[name:Gwen]], [[name:Precious]] and [[name:Aoife]],
        Words can't describe how grateful we are. Our little [[name:Noah]] arrived on [[date:1st June]] in the pool just like we hoped, and when my husband [[name:Sanjay]] fainted (!!) you got him a chair and a {{Kit Kat}} without missing a beat. [[name:Aoife]], your calm voice got me through transition.
        All our love, [[name:Meera]], [[name:Sanjay]] and [[name:Noah]] x
    """)),
    ("health", "near_miss", prose("""
        [[name:Jayden Morris-Clarke]], [[age:4]], admitted to [[organisation:Tiger Ward]] with
        {{pneumonia}}. In {{ED}} his weight was estimated using the {{Broselow}} tape as 18 kg
        but it was typed into the e-prescribing system as 81 kg, so the {{amoxicillin}} dose
        defaulted to the adult maximum. Ward pharmacist [[name:Ade Oyelaran]] spotted it on the
        14:00 round on [[date:12 December 2023]] before the second dose. First dose was given
        at the correct dose by [[name:Jayden]]'s nurse, who had worked it out by hand. Request
        that weights over 40 kg for under-fives trigger a hard stop.
    """)),
    ("health", "incident", block("""
        Incident ref: [[case_reference:DX-2024-05518]]
        Date/time: [[date:09/07/2024]] 22:40
        Location: Maternity triage, [[organisation:Cedar Wing]]
        Patient: [[name:Leah Thompson-Obi]], DOB [[date_of_birth:02/11/1996]], NHS [[nhs_number:366 361 8544]]
        Description: Phoned triage 18:15 with reduced fetal movements at 37+1. Advised by a {{maternity support worker}} to lie on her left, have a cold drink and ring back if no better. No {{CTG}} offered. Re-presented 22:10, {{CTG}} pathological, {{category 1}} section 22:38. Baby born in good condition, {{Apgar}} 7 and 9.
        Reported by: [[name:Margaret Ferris]], Band 7
    """)),
    ("health", "success", prose("""
        Smooth time-critical road transfer on [[date:17/01/2024]] of a 29-week baby from
        [[organisation:Kestrel Vale General]] to [[organisation:Wren Neonatal Unit]]. The
        transport ambulance [[vehicle_registration:YK71 NTE]] was on scene 38 minutes after the
        call. Driver [[name:Stuart]], nurse [[name:Chiamaka]] and ANNP [[name:Emily Vaughan]]
        stabilised baby [[name:Malachi]] on {{CPAP}} in the {{Babypod}} and mum [[name:Tanisha]]
        travelled in the front. Referring {{SHO}} Dr [[name:Yusuf]] commented that the phone advice
        before arrival was the best he'd had. Please pass on.
    """)),
    ("health", "incident", block("""
        PTS crew log - vehicle [[vehicle_registration:WU19 HBX]] - [[date:15/01/2024]]
        Job no. [[case_reference:PTS-884102]]
        07:50 Collect [[name:Maisie-Rae Hollins]] ([[age:9]]) and mum [[name:Donna]] from [[address:22 Foxglove Close]], [[postcode:PL7 4ER]], for {{dialysis}}.
        08:05 Wheelchair loaded, front restraints on. Rear {{tie-down}} not clicked in (not noticed).
        08:32 Heavy braking on the A38 - chair slid approx 15 cm and tipped back against the seat. [[name:Maisie-Rae]] frightened, no injury. Pulled over, re-secured.
        09:10 Handed over to renal nurse at the children's unit.
        Crew: [[name:Kev Pascoe]] / [[name:Ifeoma Nnaji]]. Vehicle checked, ratchet on nearside rear faulty. VOR.
    """)),
    ("health", "near_miss", prose("""
        At the 21:00 feed on [[date:11 November 2023]] a syringe of expressed breast milk
        labelled for {{cot 3}} (baby [[name:Amara Eze]]) was drawn up for {{cot 5}} (baby
        [[name:Zachary Hume]]). The second checker, [[name:Nkechi]], read the label aloud at the
        cot side and stopped it. Both fridges in the milk kitchen were full so bottles were
        double-stacked. No milk was given. Mum [[name:Ngozi]] was told the next day anyway
        because she had seen us swap syringes. Ask for the milk-tracking scanner on the next
        capital bid; until then no double stacking, use the {{donor milk}} fridge overflow.
    """)),
    ("health", "success", block("""
        Hot debrief - {{shoulder dystocia}} - Room 7 - [[date:26/02/2024]] 11:20
        Present: [[name:Ines]] (midwife), Dr [[name:Mo Rahman]] (reg), [[name:Tash]] (coordinator), [[name:Hamish]] ({{SHO}})
        Sequence: head delivered 10:51, help called immediately. {{McRoberts}} + {{suprapubic pressure}} 10:52, posterior arm 10:54. {{Woods' screw}} not needed.
        Baby [[name:Theo]]: {{Apgar}} 5 / 8 / 10, moving both arms, no sign of {{Erb's palsy}}.
        Went well: [[name:Ines]] called early and read out the clock; roles were clear.
        Even better if: the step was in the room already.
        Mum [[name:Charlotte]] and partner [[name:Ben]] debriefed by [[name:Tash]] at 14:00.
    """)),
    ("health", "near_miss", block("""
        NNU night handover [[date:03.12.23]]
        Cot 1  [[name:Sharma]] twin I, 31+2, {{CPAP}} 6 / 25%, 2-hrly feeds
        Cot 2  [[name:Sharma]] twin II, 31+2, {{Optiflow}} 4 L, TPN via {{UVC}}
        Cot 6  Baby [[name:Whitaker-Lowe]] 36+0, {{phototherapy}}
        Near miss: {{caffeine}} loading dose prescribed on twin I's chart twice and nothing on twin II's. Caught by [[name:Kasia]] at the 02:00 drug round. Both prescriptions written within a minute of each other by the same doctor.
        Handed over by [[name:Shona]] to [[name:Kasia]].
    """)),
    ("health", "incident", prose("""
        Planned home birth at [[address:Ty Gwyn, Heol y Felin]], [[postcode:SA33 6HL]], on
        [[date:30 May 2024]]. [[name:Eleri]] had a {{PPH}} of about 900 ml at 05:15 after a
        quick delivery. Second midwife [[name:Nerys]] rang 999 at 05:18; ambulance arrived at
        06:31 because of the rural location and two crews on handover delay. Bleeding was
        controlled with {{oxytocin}} and bimanual compression. Husband [[name:Dafydd]] held
        baby skin to skin. She was admitted to [[organisation:Glangwili Birth Centre]] and did
        not need blood. Escalation via the {{Welsh Ambulance}} clinical desk would have helped.
    """)),
    ("health", "success", block("""
        Text received by the infant feeding lead, shared with the sender's consent:

        "hiya its [[name:chloe]] from bed 6 last wk, just wanted 2 say thank u to [[name:marg]] n the lady with the pink hair ([[name:Dee]]?) who found the {{tongue tie}}. [[name:Alfie]] is feeding like a champ now, no more {{nipple shield}} and he's back up to birth weight. honestly thought i was going to give up xx"

        Passed on to [[name:Margaret]] and [[name:Deanna]] on [[organisation:Rowan Postnatal Ward]]. [[name:Yasmin]], Infant Feeding Lead, [[date:04/09/2024]].
    """)),
    ("health", "incident", block("""
        Missing child - [[organisation:Starfish Ward]] - [[date:05/05/2024]]
        Patient: [[name:Kieran Walsh]], [[age:15]], admitted after an overdose, awaiting {{CAMHS}} review.
        18:20 Went to the shop with a {{HCA}}; ran off at the main entrance.
        18:35 Police informed, ref [[case_reference:WY-20240505-0419]]. {{Philomena Protocol}} form from the care home was not in the notes.
        19:50 Found by police at a friend's house, returned 20:30.
        Learning: the escort policy says two staff for a child on {{1:1}}; only one was free. Nurse in charge [[name:Tomi Adeyemi]].
    """)),
    ("health", "near_miss", prose("""
        On [[date:8 August 2024]] two women were on the induction bay at the same time:
        [[name:Jasmine Hart]] (bed 3) and [[name:Jasmin Harte]] (bed 4). A {{Propess}} pessary
        prescribed for bed 4 was taken to bed 3, where the {{Bishop score}} was already
        favourable. The midwife, [[name:Olu]], asked the woman to state her name and date of
        birth, realised, and stopped. The printed labels and the board both read "[[name:J. Hart]]".
        Similar-name alert now on the board and each woman told. Nobody was given the wrong
        drug.
    """)),
    ("health", "success", block("""
        From: Dr [[name:Hannah Lindqvist]], Consultant Neonatologist
        To: [[email:wren.nnu.staff@example.nhs.uk]]
        Subject: Thank you - last night

        Team, a quick thank you to everyone involved in the resuscitation of baby [[name:Elijah]] on [[date:Tue 20th]]. [[name:Jonny]] had the {{Neopuff}} on within seconds, [[name:Adaeze]] got the {{UVC}} in first time, and the {{Resuscitaire}} had been checked at the start of the shift (thank you [[name:Kim]]). Textbook {{NLS}}. Mum [[name:Rosa]] and dad [[name:Tomás]] have asked me to pass on their thanks; he is self-ventilating this morning.
        [[name:Hannah]]
    """)),
    ("health", "near_miss", prose("""
        Patient transport were booked on [[date:19/04/2024]] to take [[name:Darcey Finch]]
        ([[age:6]]) home from [[organisation:Tiger Ward]] after her {{spica cast}} was applied.
        The booking said "seated", so the crew arrived in a standard car, [[vehicle_registration:BD68 KWF]],
        with no suitable seat. Dad [[name:Wayne]] offered to lay her across the back seat. The
        nurse, [[name:Kirsty]], stopped the discharge and re-booked a stretcher vehicle for the
        next morning. The booking form has no option for {{hip spica}}, so please add one.
    """)),
    # ================================================================ aviation
    ("aviation", "incident", block("""
        Mission debrief - [[flight_number:Helimed 72]] - [[aircraft_registration:G-WVHA]] - [[date:12/08/2023]]
        Task: {{RTC}}, child ([[age:6]]) thrown from vehicle. Landing site: playing field next to [[organisation:Hollowbrook Primary School]].
        Crew: Capt [[name:Gareth Pugh]], TCC [[name:Rachel Ng]], Dr [[name:Ashok Pillai]], CCP [[name:Lewis]]
        Event: school summer fair in progress. Rotor downwash from the {{H145}} lifted a gazebo which struck a parent on the arm (minor bruising). Police cordon not yet in place.
        Contributory: recce orbit too short; site looked clear from 500 ft.
        Actions: [[name:Gareth]] to brief all pilots on event sites; MOR raised [[case_reference:MOR-2023-0812-72]].
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:4 March 2024]], loading the {{transport incubator}} onto {{King Air B200}}
        [[aircraft_registration:G-MEDN]] at [[organisation:Sandayvoe Airfield]], the forward
        locking pin on the stretcher bridge was not engaged. Neonatal nurse
        [[name:Morag Sinclair]] noticed the incubator shift slightly during the
        {{challenge and response}} check and called stop. Capt [[name:Tadeusz Nowicki]]
        delayed start-up by eight minutes while the pin was seated. Baby [[name:Finlay]], 2.1 kg,
        flew as [[flight_number:AMB21]] without further issue. The pin is hard to see with the
        blanket over the base; engineering asked for a flag.
    """)),
    ("aviation", "success", prose("""
        Night mission [[date:21/10/2023]], 02:10. Woman at 34 weeks with {{eclampsia}} on the
        island; the ferry was not running. [[flight_number:Helimed 40]] landed on the
        [[organisation:Port Ellan Community Hall]] site using {{NVG}} after the local
        coastguard team lit it with vehicle headlights. Dr [[name:Kwame Asante]] gave
        {{magnesium sulphate}} and labetalol before lift. Mrs [[name:Morrison]] and baby were
        delivered safely at the mainland unit three hours later. Crew: [[name:Ailsa]],
        [[name:Euan]], [[name:Kwame]]. {{Pan Pan}} not needed; good coordination with
        {{ARCC}}.
    """)),
    ("aviation", "incident", block("""
        AIR SAFETY REPORT  [[case_reference:ASR 2024/117]]
        Operator: [[organisation:Tallis Aviation]]
        Aircraft: {{AW169}} [[aircraft_registration:G-HMXV]]   Callsign: [[flight_number:HLE19]]
        Date: [[date:02/05/2024]]   Phase: climb-out, 800 ft
        Narrative: departing the rooftop helipad of [[organisation:St Brannoc's Hospital]] with a paediatric patient ([[age:8]]) for the major trauma centre. Single herring gull struck the windscreen, port side. Windscreen cracked but intact. {{PAN}} declared, returned to the helipad, patient transferred by road.
        Reporter: [[name:F. Mbeki]], commander
    """)),
    ("aviation", "near_miss", prose("""
        Airprox-type event on [[date:14/07/2024]] at 16:25. [[flight_number:Helimed 08]] was
        on short final to the helipad at [[organisation:Marlstone Royal Infirmary]] with a
        [[age:three-day-old]] baby on board when a small drone was seen at about 300 ft, within 50 m,
        on the left side. Pilot [[name:Kirsty Arbuthnot]] went around. Police attended and
        spoke to the operator in the retail park. Reported to the {{UKAB}} and the {{CAA}}. Baby
        (baby [[name:Lin]]) transferred safely on the second approach.
    """)),
    ("aviation", "success", block("""
        Dear everyone at [[organisation:Three Rivers Air Ambulance]],

        On [[date:Saturday 9 September]] our son [[name:Ollie]] (then [[age:3]]) fell from the climbing frame at his nan's and stopped breathing. Dr [[name:Sam]] and paramedic [[name:Gav]] were there in what felt like seconds. We have since found out the helicopter was [[aircraft_registration:G-TRAA]] and [[name:Ollie]] now points at every yellow helicopter and shouts "that's mine!" Thank you to the {{HEMS}} team and to the {{Critical Care Paramedic}} who held my hand.

        With love, [[name:Becca]] & [[name:Jon Whitfield]] (and [[name:Ollie]], now [[age:4]]!)
    """)),
    ("aviation", "incident", prose("""
        Inter-hospital transfer on [[date:17 June 2024]], {{H145}}
        [[aircraft_registration:G-SWCA]], callsign [[flight_number:Helimed 55]]. Patient:
        [[name:Demelza Trevithick]], [[age:28]], 30 weeks with suspected {{placental abruption}},
        from [[organisation:St Mary's Isles Hospital]] to the mainland. Fuel at departure
        allowed the direct route only; sea fog closed the destination helipad en route and we
        diverted to [[organisation:Trenance Airfield]] with 12 minutes' reserve. Road ambulance
        was 25 minutes behind us. She was delivered by {{category 1}} section later that
        morning. Commander [[name:Piran]] accepts the fuel plan was too tight for a fog day.
    """)),
    ("aviation", "near_miss", block("""
        CRM debrief - rotors-running load - [[date:03/01/2024]] - [[flight_number:HLE31]]
        Patient: [[name:Ruby-Mae]], [[age:2]], {{status epilepticus}}.
        Event: mum ([[name:Keeley]]) ran towards the tail while we were loading. [[name:Ravi]] (TCC) physically stopped her about 4 m from the {{tail rotor}}.
        Why: nobody had told her where to walk; the escort brief is normally done with rotors stopped.
        Agreed: parents are briefed before we leave the house and walked to the aircraft by a named crew member. Dr [[name:Joanna Blythe]] to update the {{SOP}}.
    """)),
    ("aviation", "success", prose("""
        Fixed-wing transfer on [[date:27/09/2023]] of baby [[name:Zayn Chaudhry]], [[age:six weeks
        old]], on {{ECMO}}, from [[organisation:Northfold Airport]] to the specialist centre. The
        {{Learjet 45}}, [[aircraft_registration:G-NEOX]], flew as [[flight_number:RSQ604]].
        Perfusionist [[name:Hiroshi Tanaka]], nurse [[name:Mairead Gallagher]] and Capt
        [[name:Olivia Stretton]] rehearsed the loading on the apron the day before, which
        meant the circuit was off the wall power for under four minutes. Dad [[name:Imran]]
        flew with us. A model for planned ECMO moves.
    """)),
    ("aviation", "incident", block("""
        TECH LOG ENTRY  [[aircraft_registration:G-NEOX]]  Sector 2  [[date:11/02/2024]]
        Defect: 230V inverter for the incubator dropped out twice at FL210, 14:02 and 14:09. Incubator switched to internal battery each time; baby temp fell from 36.9 to 36.4.
        Action: cabin heat raised, baby wrapped in a {{Transwarmer}} mattress. Continued to destination.
        Reported by: nurse [[name:Aneurin Price]] / Capt [[name:Bolade Okafor]]
        Engineering: inverter replaced, [[case_reference:WO-24-0219]]. Second occurrence in a month - see [[case_reference:ASR 2024/031]].
    """)),
    ("aviation", "near_miss", prose("""
        We were tasked on [[date:23 April 2024]] to a child with {{anaphylaxis}} at
        [[address:Lower Pentreath Farm]], [[postcode:TR12 7DN]]. Control passed us the postcode
        only, which covers several farms, and the first site we flew to was the wrong farm
        3 km away. The [[flight_number:Helimed 94]] observer, [[name:Tamsin]], spotted the
        waving parent on the next field over. {{Adrenaline}} had already been given by the
        first responder so no harm, but it cost six minutes. Please push for a grid reference
        or landmark with every rural job.
    """)),
    ("aviation", "success", block("""
        Chat log, HEMS desk, [[date:08/08/2024]]
        [14:03] [[name:kaz]]: {{Helimed}} desk - neonatal team asking if we can take a cot transfer from the island this afternoon
        [14:04] [[name:mikey b]]: wx is fine, [[aircraft_registration:G-WVHA]] back on line at 14:30 after the oil top up
        [14:05] [[name:kaz]]: great, baby [[name:Ifeoluwa]] on {{CPAP}}, nurse [[name:Gráinne]] travelling
        [14:41] [[name:mikey b]]: airborne as [[flight_number:Helimed 72]]
        [15:58] [[name:kaz]]: delivered to [[organisation:Kingfisher Unit]]. nice one all
    """)),
    ("aviation", "incident", prose("""
        During a paediatric {{RSI}} in the back of [[aircraft_registration:G-KVAA]] on
        [[date:06/03/2024]], a used {{IO needle}} was left on the stretcher tray rather than
        in the sharps bin. On the way back, paramedic [[name:Siân Griffiths]] stuck her thumb
        on it while clearing up. The child, [[name:Tyler]] ([[age:7]]), was low risk but bloods
        were taken with consent from mum. Occupational health seen the next day. Team agreed the
        clean-up is done with the lights on and with a named person for sharps; noted in the
        shift brief. Report [[case_reference:IR-KV-2024-022]].
    """)),
    ("aviation", "near_miss", prose("""
        [[flight_number:Helimed 61]] on [[date:29/12/2023]]: after a long scene time with a
        [[age:10-year-old]] drowning patient, the commander, Capt [[name:Nadia Rahimi]], calculated
        {{bingo fuel}} for the direct run to the children's hospital but had not allowed for
        the headwind. On approach the low fuel caution came on with more than the legal
        minimum left but less than company minimum. Landed safely. [[name:Nadia]] raised the
        report herself and has asked for a fuel planning card in the cockpit. {{Mayday}} was not
        required.
    """)),
    ("aviation", "success", prose("""
        Thank you from [[name:Femi]], dad of the triplets moved on [[date:Friday 12 July]].
        [[name:Adunni]] and the three babies ([[name:Tobi]], [[name:Tolu]] and [[name:Tomi]]) were flown
        in two lifts by [[organisation:Three Rivers Air Ambulance]] from
        [[organisation:Kestrel Vale General]] to the level 3 unit when the local NICU was full. I
        drove behind and the crew phoned me at [[phone:07700 900614]] at every stage. Pilot
        [[name:Sully]] even waited on the pad so I could see them go in. Please tell the whole
        crew. {{Bliss}} gave me the number for the family room.
    """)),
    ("aviation", "incident", block("""
        RTF transcript extract - [[date:27/11/2023]] - {{Class D}} zone
        19:42:10 [[flight_number:HLE19]]: [[organisation:Brackenfield Approach]], [[flight_number:Helimed One Nine]], {{Pan Pan}}, {{Pan Pan}}, {{Pan Pan}}, neonate on board deteriorating, request direct helipad
        19:42:25 APP: [[flight_number:Helimed One Nine]], roger, cleared direct, {{QNH}} 1002
        19:43:40 APP: [[aircraft_registration:Golf Oscar Foxtrot Romeo Zulu]], hold at the field, priority traffic
        19:43:48 [[aircraft_registration:Golf Romeo Zulu]]: holding at the field
        19:51:02 [[flight_number:HLE19]]: landing
        Note: the light aircraft [[aircraft_registration:G-OFRZ]] infringed the zone at 19:44 and passed 0.4 nm from us; reported separately. Baby [[name:Kenzie]] arrived 19:58. Commander Capt [[name:Idris Vaughan-Lloyd]].
    """)),
]


def main() -> None:
    records = build_records("blind70", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
