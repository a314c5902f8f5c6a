"""Held-out blind corpus 118: fifty just-culture learning reports from three settings, namely
learning reviews run by a national children's services improvement programme (MASH and front
door, child protection conferences, fostering and residential care, leaving care, edge of care),
a regional maternity and neonatal network (labour ward, birth centres, community midwifery,
neonatal units, transport and cot bureau, bereavement care, LMNS forums) and a helicopter and
business aviation operator (private landing sites, business jets, engineering, ground handling,
ops control and flight support). Writing styles are an ordinary mix: formal review summaries,
Datix-style forms, SBAR notes, e-mails with signatures, pasted Teams and WhatsApp chats, duty
and ops logs, hot debriefs, ASRS-style narratives and short, lower-case, typo-prone notes.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind118.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        Rapid review reflection for the {{Child Safeguarding Practice Review}} panel.
        [[name:Kayden]] ([[age:4]]) was seen at [[organisation:Little Acorns Nursery]] on
        [[date:14th March]] with bruising to his left ear. Nursery rang the front door and were
        told by the {{MASH}} screener that a {{Section 47}} was 'not indicated' because {{mum}}
        had given an explanation at pick-up. Nobody checked that [[name:Kayden]]'s older
        half-brother [[name:Tyler-James]] was already open to the
        [[organisation:Eastfield Child in Need Team]] under [[case_reference:LCS-2231874]]. The
        information sat in two systems (our {{Mosaic}} record and the nursery's {{CPOMS}} log)
        and neither was read alongside the other. What went well: [[name:Hope Adeyemi]], the
        nursery {{DSL}}, didn't accept the answer and escalated to a {{team manager}} the same
        afternoon using the escalation protocol, and a strategy discussion happened within 24
        hours. Learning: screeners to search siblings by address, not just by child name.
        The review also heard that the screener was in her second week, covering two vacancies,
        and had nobody to ask because the {{consultant social worker}} was at court. We don't
        think this was one person's error. Since the review the front door has added a household
        search to the screening checklist, and [[name:Hope]] has been invited to co-deliver the
        next multi-agency briefing.
    """)),
    ("social_care", "near_miss", block("""
        From: [[email:d.okonkwo@northmere-cs.example.gov.uk]]
        To: Practice Learning Inbox
        Subject: near miss - wrong address on core group invite

        Hi all,
        Just flagging something before it becomes an incident. The {{core group}} invite for the
        [[name:Wójcik]] children was printed with the old address ([[address:7 Tannery Row]],
        [[postcode:LS12 6HW]]) instead of the refuge. Dad is still at that address and there's a
        {{non-molestation order}} in place. Business support spotted it because {{Liquidlogic}}
        showed a {{confidential address}} flag, and rang me before posting. Letter never left
        the building.
        Suggest we add a hard stop in the {{letter template}} when the flag is set.

        Thanks
        [[name:Dami]]
        {{Senior Practitioner}}, [[organisation:Northmere Family Help Team 3]]
        [[phone:07700 900418]]
    """)),
    ("social_care", "success", prose("""
        wanted to log some good practice. joint home visit with [[name:sunny]] from the
        {{health visiting}} team to [[name:Amara]] and baby [[name:Zion]] at
        [[address:Flat 3, Brindley House]] on [[date:2/5]]. Mum has a {{learning disability}} and
        had been missing appointments, and we'd been getting nowhere with letters.
        [[name:sunny]] brought the {{Ages and Stages}} questionnaire in picture format and we
        used the {{Signs of Safety}} {{three houses}} tool together, mum drew her own. first
        time she's told us who her support network actually is (her aunt [[name:Ruqayyah]]
        round the corner). plan is now written in her words. small thing but it worked.
        - [[name:KB]], {{social worker}}
    """)),
    ("social_care", "incident", block("""
        Learning review timeline extract - ref [[case_reference:LR-118-044]]
        [[date:03/10/23]] 16:40 School ([[organisation:St Bede's RC Primary]]) report
        [[name:Layla M]] ([[age:9]]) disclosed dad hit her with a belt.
        [[date:03/10/23]] 17:15 Referral reaches {{EDT}}; worker assumes day team has it.
        [[date:04/10/23]] 09:30 Day team sees it in the queue, not allocated till 14:00.
        [[date:04/10/23]] 15:10 Visit. [[name:Layla]] has already been home with dad overnight.
        What went wrong: handover between out of hours and the {{MASH}} relies on an e-mail to a
        shared inbox that nobody owns after 5pm.
        What went right: {{class teacher}} Mr [[name:Brennan]] kept a verbatim note of the
        disclosure, which made the {{ABE interview}} much easier.
        Action: named {{duty manager}} to acknowledge every out-of-hours referral by 9am.
    """)),
    ("social_care", "near_miss", block("""
        Teams chat pasted in by [[name:Fran]] (agreed at huddle to log it)

        [09:12] [[name:Fran Halloran]]: anyone know if the [[name:Nguyen]] contact is still supervised?
        [09:13] [[name:Ben T]]: think it went unsupervised after the {{LAC review}}?
        [09:13] [[name:Fran Halloran]]: it didn't, {{IRO}} minutes say supervised till final hearing
        [09:14] [[name:Ben T]]: oh god I've told the {{foster carer}} she can take [[name:Minh]] to nan's on sat
        [09:20] [[name:Ben T]]: rang carer, sorted, nothing happened

        Near miss. Contact arrangements on {{Mosaic}} hadn't been updated after the
        {{Family Court}} directions on [[date:22 January]]. We worked from memory. Asked
        [[organisation:Harbourside Fostering]] to keep a copy of the current contact plan in the
        carer's folder.
    """)),
    ("social_care", "success", prose("""
        Practice learning review: positive practice example. Following the {{Section 47}}
        enquiry concerning [[name:Efua Mensah-Boateng]] (DOB [[date_of_birth:11/08/2009]]), the
        allocated worker [[name:Grace Thornley]] identified that [[name:Efua]] was a
        {{young carer}} for her mother, who has {{multiple sclerosis}}. Rather than closing at
        {{Child in Need}} level, [[name:Grace]] made a joint referral to
        [[organisation:Carers Together Wrexford]] and the {{adult social care}}
        {{reablement team}}, and arranged a {{Team Around the Family}} meeting at
        [[organisation:Kingsmead Academy]]. Attendance has moved from 71% to 94% and
        [[name:Efua]] has been offered a place on the young carers' residential. The review
        panel noted this as an example of 'think family' practice and it will be shared at the
        next practice week.
    """)),
    ("social_care", "incident", prose("""
        Wrong child's {{chronology}} attached to {{Initial Child Protection Conference}} report
        sent to parents. Report for [[name:Rose]] and [[name:Lily Pearce]] had 2 pages from
        another family's chronology (kids at [[organisation:Oakfield Juniors]]) incl. a sibling
        name and an address on [[address:Marlowe Road]]. Dad noticed, rang the {{chair}}. Data
        breach logged [[case_reference:IG-2024-0317]]. {{ICO}} threshold being assessed by
        {{Information Governance}}. Cause: copied from the previous report rather than a blank
        template. I was covering three conferences that week. Not making excuses, just context.
        [[name:jm]]
    """)),
    ("social_care", "success", block("""
        Category: Good practice
        Team: [[organisation:Ashby Vale Edge of Care Service]]
        Child/young person: [[name:Dylan Reece]], [[age:15]]
        Reported by: [[name:Malik, Yusuf]] ({{youth worker}})

        What happened:
        [[name:Dylan]] went missing for the fourth time in a month on [[date:Fri 7 June]].
        Instead of the usual {{return home interview}} by someone he'd never met, I did it
        because he already knew me from the {{Youth Justice}} group. He told me about an older
        lad picking him up in a white Golf, reg [[vehicle_registration:YD19 KXP]]. Shared with
        police under the {{exploitation}} pathway the same night and the {{CE screening tool}}
        was done. {{Child Abduction Warning Notice}} served.

        Why it worked: trusted adult, no re-telling his story to a stranger.
    """)),
    ("social_care", "incident", prose("""
        Writing as the {{IRO}} for [[name:Olek Nowak]] ([[age:13]]). His placement at
        [[organisation:Bramble House]] children's home ended abruptly on [[date:19 February]]
        after an incident with another resident, and he was moved 74 miles away to an
        {{unregistered placement}} the same night. Nobody told me until [[date:22 Feb]], and
        nobody told his school ([[organisation:Heathfield Community College]]) at all - they
        rang his mum asking why he wasn't in. The move wasn't discussed at a
        {{placement stability meeting}} and his {{care plan}} still listed the old home three
        weeks later. What went right: the home's {{registered manager}}, [[name:Tunde]], wrote a
        clear handover about [[name:Olek]]'s triggers and what calms him, which travelled with
        him and was used by the new staff. I've raised a formal {{dispute resolution}} and asked
        for the move to be looked at by the {{Head of Service}}.
    """)),
    ("social_care", "near_miss", block("""
        Subject: RE: {{strategy meeting}} minutes - [[name:Hussain]] family

        [[name:Bill]] - quick one. The minutes you circulated have {{mum}}'s new mobile
        ([[phone:07700 900352]]) in the body and went to the whole distribution list, including
        dad's solicitor. I caught it before the {{Child Protection Conference}} pack went out so
        it's only in the e-mail. Can you recall it and re-send without? Have let the {{DSL}} at
        [[organisation:Greenhill Primary]] know to delete their copy.

        [[name:Sasha]]
        {{Team Manager}}, [[organisation:Westbury MASH]]
    """)),
    ("social_care", "success", prose("""
        From the improvement programme's learning review with
        [[organisation:Calderholme Children's Services]]: the {{family network meeting}} pilot
        in the [[organisation:North Locality Team]] has now been used with 23 families before
        {{pre-proceedings}}. In one case a great-aunt in Lagos, Mrs [[name:Adebayo]], joined by
        {{WhatsApp}} video at 6am her time and ended up caring for [[name:Tobi]] ([[age:2]])
        under a {{Special Guardianship Order}}. The {{Public Law Outline}} timetable was kept.
        Practitioners told us the biggest enabler was [[name:Dawn Whitlock]]'s protected time as
        coordinator; the risk is that this ends when the grant does {{in March}}. Recommendation
        to the {{DCS}}: mainstream the coordinator role.
    """)),
    ("social_care", "incident", block("""
        Multi-agency learning review - notes (draft)
        Present: [[name:A. Castellanos]] (chair), DS [[name:Farrow]], [[name:Nkechi]] ({{school nurse}}),
        Dr [[name:O'Dowd]] (GP, [[organisation:Millbrook Surgery]]), [[name:Faith Oduya]] (social care)
        Child: [[name:Harvey]], [[age:6 months]], NHS [[nhs_number:241 540 4500]]
        - {{non-mobile baby}} with bruise seen by GP on [[date:5th Dec]], not referred,
          {{bruising protocol}} not followed
        - GP thought the {{health visitor}} had seen it; HV thought GP would refer
        - baby re-presented to ED [[date:12/12]] with rib fractures
        - positive: ED {{paediatric registrar}} requested a {{skeletal survey}} and made the
          referral within the hour
        Actions: protocol refresher at [[organisation:Millbrook Surgery]]; add bruising prompt
        to the {{EMIS}} template.
    """)),
    ("social_care", "success", prose("""
        shout out to [[name:Mo]] from {{EDT}} who stayed on the phone with [[name:Tiegan]]
        ([[age:16]]) for nearly three hours on [[date:26/12]] while she was on the bridge by the
        ring road. kept her talking, got her to agree to meet the {{CAMHS}} {{crisis team}}, and then did a
        proper handover to us in the morning incl. her {{safety plan}}. [[name:Tiegan]] says it
        was the first time someone 'didnt just read a script'. thats the practice we want.
        [[name:lou]] ({{Service Manager}})
    """)),
    ("social_care", "incident", prose("""
        Care leaver [[name:Jamal Idris]] ([[age:18]]) was left without money for 5 weeks after
        leaving [[organisation:Fernleigh Supported Lodgings]] because his {{Universal Credit}}
        claim was rejected. The NI number on our records ([[ni_number:JT 48 21 90 C]]) didn't
        match the one on his {{DWP}} letter, which we think was a typo from his original
        {{care plan}}. His {{personal adviser}} [[name:Priya]] spotted the mismatch only when the
        claim failed. He used a food bank and ended up with rent arrears at
        [[address:22 Coldmoor Lane]], [[postcode:SE5 9PQ]]. Went well: [[name:Priya]] escalated
        to the {{Leaving Care}} manager, who authorised an emergency {{setting up home allowance}}
        payment the same day. Learning: verify NI numbers against the original document at the
        first {{Pathway Plan}} review.
    """)),
    ("social_care", "near_miss", block("""
        Duty log [[organisation:Riverside Front Door]] [[date:Tue 16/04]]
        10:05 call from [[name:Joy]] at [[organisation:Tiny Steps Day Nursery]] ([[phone:01632 960215]])
        re [[name:Aarav]] [[age:3]] - dad arrived to collect smelling of alcohol.
        10:07 {{screener}} checks - {{child arrangements order}} ({{Section 8}}) on file says dad must not collect.
        10:08 nursery told not to release. Dad left before {{police}} arrived.
        Near miss: nursery's copy of the order was out of date and listed dad as able to
        collect. Only reason they rang was [[name:Joy]] 'had a funny feeling'.
        Action: nursery to request current orders from family at every {{Early Help}} review.
    """)),
    ("social_care", "success", prose("""
        Interpreting done right. For the {{Initial Child Protection Conference}} about the
        [[name:Haile]] children, the chair [[name:Siobhán Ní Bhriain]] insisted on a
        {{Tigrinya}} interpreter in the room rather than on the phone, and booked a pre-meeting
        so {{mum}} ([[name:Selam]]) could hear the report in her own language two days before.
        Both parents said afterwards they understood why the plan was {{child protection}}
        rather than just feeling blamed. The {{Conference Chair}} also asked the
        {{interpreter}} to check back on three key words: harm, plan, review. Simple, and it
        cost about £90 extra. Reviewer ([[name:M. Kowalczyk]]) recommends this becomes the
        default for {{ICPCs}} where English is an additional language.
    """)),
    ("social_care", "incident", block("""
        Ref: [[case_reference:PLR/2024/0912]]
        Summary: {{supervised contact}} transport - child travelled without correct car seat.
        Detail: Contact worker [[name:Gav]] collected [[name:Bobbi-Jo]] ([[age:3]]) from her
        {{foster carer}} in a pool car ([[vehicle_registration:WX71 HNT]]). The booster in the
        pool car was for 4+. Carer's own seat wasn't handed over as she was out and her partner
        didn't know. [[name:Gav]] drove anyway, 'it was only 10 minutes'. Found out when
        [[name:Bobbi-Jo]]'s {{mum}} took a photo at the {{family centre}}.
        Contributing: no seat check on the {{pool car}} booking system; pressure to get to
        contact on time.
        Went right: {{contact supervisor}} reported it herself same day.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Datix [[case_reference:W-88213]]. Mrs [[name:Chaudhry]], [[age:34]], {{G3P2}}, admitted
        for {{induction of labour}} at 39 weeks after two episodes of
        {{reduced fetal movements}}. On [[organisation:Willow Suite]] her {{CTG}} showed reduced
        variability for about 50 minutes which was classified as normal on the hourly review.
        The {{fresh eyes}} review was missed because the {{coordinator}} had been pulled into
        theatre for a category 1 section and there was no other band 7. Baby born by
        {{ventouse}} at 04:20 on [[date:9th October]], Apgars 3, 6 and 9, {{cord gases}} pH
        7.02, admitted to the {{NICU}} for observation and not cooled. What went right: the
        neonatal registrar was in the room before delivery because [[name:Tamsin]] (RM) asked
        for them early 'just in case', and the debrief happened the same morning. Not blaming
        anyone - it was a really busy night with 2 midwives short.
    """)),
    ("health", "near_miss", block("""
        SBAR - near miss, {{transitional care}}, [[organisation:Maple Ward]]
        S: Twin 2 nearly given Twin 1's {{gentamicin}} dose.
        B: Twins of [[name:Olivia Burrows-Kent]], born [[date_of_birth:08/03/24]]. Twin 1 on IV
        antibiotics for {{early-onset sepsis}} risk, Twin 2 not. Same surname on both cot cards,
        twin numbers handwritten and smudged.
        A: Second checker [[name:Bernie]] ({{MSW}}) read the {{ID band}} against the
        {{BadgerNet}} record and stopped it at the cot side.
        R: Printed cot cards with hospital numbers ([[case_reference:RX4471902]] /
        [[case_reference:RX4471903]]) and twin colour. Raised at {{safety huddle}}.
    """)),
    ("health", "success", prose("""
        Really proud of the transfer last night. Baby [[name:Okoro]], 26+4 weeks, born
        unexpectedly at [[organisation:Hartsmoor General]] which has no {{level 3}} cot.
        [[organisation:Northern Neonatal Transport Service]] were there within 90 minutes.
        Meanwhile the local team, led by Dr [[name:Sunita Rao]] and ANNP [[name:Kerry]], gave
        {{surfactant}} via {{LISA}} and kept temperature in range with the {{transwarmer}}
        mattress and a {{polythene bag}}. Admission temperature at
        [[organisation:St Aldhelm's NICU]] was 36.8. Mum [[name:Chioma]] was transferred by
        ambulance two hours later and was on the unit for the first {{cuddle}} by morning.
        Everyone used the {{network transfer checklist}} and it showed.
    """)),
    ("health", "incident", block("""
        From: [[email:labourward.coordinator@westmoor.example.nhs.uk]]
        To: Maternity Risk Team
        Cc: [[email:t.mbeki-jones@westmoor.example.nhs.uk]]
        Subject: Incident - delay in O neg during {{major obstetric haemorrhage}}

        Patient: [[name:Jessica Tran]], NHS [[nhs_number:978 959 8297]], Room 6
        {{PPH}} after {{normal vaginal birth}}, EBL 2.4 L. {{Major Haemorrhage Protocol}}
        activated 23:12 but switchboard put the call through to the old {{blood bank}}
        extension. Blood arrived 23:41 via a porter who came by chance.
        Went well: [[name:Tendai]] and the team had {{oxytocin}}, {{carboprost}} and {{TXA}} in
        within 10 min; {{Bakri balloon}} in theatre worked. She is stable on HDU.
        Please can switchboard's list be checked today.

        [[name:Nell]]
        {{Labour ward coordinator}}
    """)),
    ("health", "near_miss", prose("""
        Home birth near miss. Called at 02:00 to
        [[address:Wren Cottage, Stoney Lane, Little Hadstock]], [[postcode:CB10 2RT]], for
        [[name:Bryony]]'s second baby. On arrival my colleague [[name:Aga]] did the kit check
        and found the {{Entonox}} cylinder nearly empty and the neonatal {{bag-valve-mask}} had
        no term-size mask. Our kit bag is signed weekly but the cylinder was swapped after the
        last birth and nobody refilled it. We phoned the second midwife on her way in and she
        brought spares. Baby born 03:10 in good condition, no resus needed, but if she'd needed
        {{inflation breaths}} we'd only have had a preterm mask. Have asked for numbered
        tamper seals like the {{resus trolleys}} on the unit. - [[name:Helen P]],
        {{community midwife}}
    """)),
    ("health", "success", prose("""
        Bereavement care that got it right. After [[name:Nadia]] and [[name:Kofi Mensah]]'s
        daughter was stillborn at 38 weeks on [[date:2 April]], our {{bereavement midwife}}
        [[name:Abi Hunter]] made sure the family got the {{PMRT}} parent engagement letter in
        person rather than by post, with a named contact and a direct line
        ([[phone:01632 960447]]). The parents' questions (why was the {{growth scan}}
        cancelled?) were written into the {{terms of reference}} word for word. They came back
        to the [[organisation:Snowdrop Suite]] to hear the findings with a
        {{consultant obstetrician}}. 'It was the first time anyone told us the truth in plain
        English,' [[name:Kofi]] said.
    """)),
    ("health", "incident", prose("""
        pt [[name:K.L.]] 41/40, {{syntocinon}} running at 12ml/hr when prescription said 6.
        pump programmed wrong at handover i think. {{hyperstimulation}} noted by me at 02:15,
        stopped infusion, {{terbutaline}} given, {{CTG}} recovered within 10 mins. baby fine.
        checked pump against chart at start of shift which is how i found it. needs a proper
        {{bedside handover}} of infusions with both midwives looking at the pump.
        [[name:ES]] {{RM}}
    """)),
    ("health", "success", block("""
        Hot debrief - {{shoulder dystocia}}, Room 4, [[organisation:Beckside Maternity Unit]], [[date:18/11/2023]]
        Team: [[name:Lucy]] (RM), [[name:Tomasz]] ({{SpR}}), [[name:Mark Enfield]] ({{anaesthetist}}), [[name:Precious]] ({{MSW}})
        What went well:
        - emergency bell pulled immediately, {{HELPERR}} called out loud
        - [[name:Precious]] did the timer and wrote times on the whiteboard
        - {{McRoberts}} + {{suprapubic pressure}} effective at 2 min
        - {{PROMPT}} training 3 weeks ago, everyone knew their role
        Even better if:
        - neonatal fast-bleep went to the wrong team, 90 sec delay
        - parents not told what was happening until after
        Baby: good tone at 5 min, no {{brachial plexus}} signs on check.
    """)),
    ("health", "incident", prose("""
        Network learning review: missed {{fetal growth restriction}}.
        [[name:Amira Haddad]] ([[age:29]]), first baby, booked with the community team at
        [[organisation:Lindenfield Surgery]]. Her {{SFH}} measurements were plotted on the
        {{GROW chart}} at 30 and 32 weeks, but the 34-week measurement was written in the notes
        and never plotted, so the static growth wasn't seen. At 37 weeks she self-referred to
        {{maternity triage}} with reduced movements; scan showed an estimated weight below the
        3rd centile and abnormal {{Dopplers}}. Baby girl born by {{caesarean}} that evening,
        2.1 kg, admitted to [[organisation:Bluebell SCBU]] for {{hypoglycaemia}} and now home.
        Contributory: locum midwife unfamiliar with the {{GAP}} programme and no prompt on the
        electronic record. Positive: triage midwife [[name:Olu]] did a full
        {{Saving Babies' Lives}} assessment despite 14 women waiting.
    """)),
    ("health", "near_miss", block("""
        Incident type: Medication - prescribing (no harm, near miss)
        Location: [[organisation:Calder Royal Neonatal Unit]], Bay 2
        Patient: Baby of [[name:Ama Owusu]], hosp no [[case_reference:CR0937715]], NHS [[nhs_number:803 926 4197]]
        Description: {{caffeine citrate}} loading dose written as 200 mg instead of 20 mg/kg
        (baby 0.98 kg, so 19.6 mg). Unit error on the {{paper chart}} during {{e-prescribing}}
        downtime. {{Pharmacist}} [[name:Faisal Qureshi]] queried it on the {{ward round}} before the
        dose was drawn up.
        Action: downtime charts to carry a weight-based dose table; reminder that all neonatal
        IV doses need an {{independent double check}}.
    """)),
    ("health", "success", prose("""
        Logging some good practice from [[organisation:Riverside Birth Centre]].
        [[name:Summer]] (first baby, {{BMI}} 36) had been told at booking she'd 'have to'
        deliver on the {{consultant-led unit}}. Our {{consultant midwife}} [[name:Deepa]] saw
        her in the {{birth options clinic}}, went through the actual evidence and risks with her,
        and wrote a personalised {{care plan}} to use the pool with extra monitoring. She had a
        {{water birth}} on [[date:Sat 3rd Aug]], no complications. Her feedback: 'I felt
        listened to.' This is exactly the {{personalised care}} that the {{Ockenden}} actions
        ask for.
    """)),
    ("health", "incident", block("""
        Datix ref [[case_reference:DX-2024-11873]]
        Woman visiting her sister from Poland, [[name:Zofia Kamińska]], [[age:31]], presented to
        triage in established labour at 36 weeks. No interpreter on the phone line for 40
        minutes ({{LanguageLine}} queue). Her sister's husband, [[name:Piotr]], interpreted for
        consent to an {{emergency caesarean}} for {{fetal bradycardia}}. We have since learned
        he didn't understand '{{general anaesthetic}}' and told her she would be awake.
        Good: baby delivered within 25 min of decision, both well. [[name:Zofia]]'s own number
        ([[phone:+48 601 900 274]]) is on the {{discharge summary}} so the community team can
        arrange a debrief with a face-to-face interpreter.
        Learning: family members should not interpret for consent except in extremis, and the
        reason must be documented.
    """)),
    ("health", "success", block("""
        Neonatal network cot bureau chat, night of [[date:14 Nov]]
        [02:41] [[name:jas.kaur]]: need a {{level 3}} cot for 27/40 twins, mum at [[organisation:Hartsmoor General]] 6cm
        [02:44] [[name:Ray_NTS]]: none in network. [[organisation:St Aldhelm's]] has one, [[organisation:Kingsbridge NICU]] maybe after a 6am discharge
        [02:46] [[name:jas.kaur]]: can't split twins ideally
        [02:52] [[name:Ray_NTS]]: [[organisation:Kingsbridge]] say they'll open an {{escalation cot}}, in utero transfer ok?
        [02:53] [[name:jas.kaur]]: yes obs reg agrees, {{magnesium sulphate}} and {{steroids}} started
        Outcome: {{in utero transfer}} completed 03:40, twins born together at
        [[organisation:Kingsbridge NICU]] at 07:15. Great joined-up working, {{ODN}} to feature it
        in the monthly newsletter.
    """)),
    ("health", "incident", prose("""
        {{Newborn blood spot}} card for baby [[name:Leo Castell]] (NHS
        [[nhs_number:340 717 0122]]) was taken on day 5 by {{community midwife}} [[name:Dawn]] but
        never arrived at the {{screening lab}}. It was found 12 days later in an office tray at
        [[organisation:Moorside Health Centre]]. The {{child health}} failsafe flagged no result
        at day 17 and the repeat was taken on day 19. Result normal, but if he'd had
        {{congenital hypothyroidism}} or {{MCADD}} that delay could have been serious. The
        family at [[address:41 Pelham Street]], [[postcode:NG7 3FX]], had to bring him in again
        with a toddler in tow. Contributory: no tracked post, no log of cards sent. Good: the
        failsafe worked as designed and [[name:Dawn]] rang the family herself to apologise.
    """)),
    ("health", "near_miss", prose("""
        Near miss - epidural and {{LMWH}}. Mrs [[name:Ilunga]], on prophylactic
        {{enoxaparin}} after a previous {{DVT}}, asked for an epidural at 05:30. Her last dose
        had been given at 01:00 by the night team and this wasn't on the handover sheet. The
        anaesthetic {{ST5}} was about to site it when the midwife, [[name:Grace-Anne]], checked
        the drug chart during the {{epidural checklist}} and pointed out the timing (needs 12
        hours). Epidural deferred, {{remifentanil PCA}} offered instead. Learning: LMWH timing
        to go on the {{whiteboard}} for every woman on {{thromboprophylaxis}}. Dr [[name:Obi]]
        has already added it to the anaesthetic pre-assessment form.
    """)),
    ("health", "incident", block("""
        Event: delayed escalation of {{maternal sepsis}}
        Ward: [[organisation:Heron Ward]] (postnatal)
        Patient: [[name:Lauren Whitfield]], DOB [[date_of_birth:30/06/1996]], NHS [[nhs_number:356 322 4420]]
        Day 2 post {{caesarean}}. {{MEOWS}} score 5 at 14:00 (HR 118, temp 38.4, RR 24), not
        escalated, obs to be repeated 'in 1 hour' on verbal advice. Next obs 17:30. Partner
        [[name:Frank]] asked twice for a doctor. {{Sepsis Six}} started 18:05, {{lactate}} 4.1,
        moved to HDU. {{E. coli}} grown from the wound. She has recovered.
        What went right: once the {{obstetric registrar}} saw her, {{antibiotics}} went in
        within 30 min.
        Reported by: [[name:Joy Mahlangu]], band 6 RM
    """)),
    ("health", "success", prose("""
        From the [[organisation:Three Rivers LMNS]] learning forum:
        [[organisation:Hollins Park Maternity]] has cut term admissions to the neonatal unit
        (the {{ATAIN}} measure) from 6.8% to 4.1% over a year. Main changes:
        {{transitional care}} on the postnatal ward staffed by [[name:Will]] and two other
        {{neonatal nurses}}, a {{hypoglycaemia}} pathway that uses {{buccal dextrose gel}}
        first, and keeping jaundiced babies with their mums for {{phototherapy}} using
        {{BiliBlankets}}. Parent feedback is strongly positive. [[name:Rosa Delgado-Whyte]], the
        {{Director of Midwifery}}, credited [[name:Will]] for getting the night staff on board.
        Other units in the network are being invited to visit.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        {{H145}} [[aircraft_registration:G-HVKT]], private charter, landing at a client's estate
        ([[address:Hollowmere Park]]) for a wedding. The {{landing site}} had been surveyed by
        our ops team last spring, but on the day a marquee had been put up about 40 m from the
        {{touchdown area}}. On {{finals}} I saw it and went around, then landed at the far corner
        of the field. On shutdown a guest approached from the rear towards the {{tail rotor}}
        while the rotors were still turning; {{crewman}} [[name:Rhys]] intercepted him. No
        injury. Contributory: client changed layout without telling us; our {{site survey}} has
        no 'confirm on the day' step; nobody marshalling at the site. Went well: early
        go-around decision, crewman positioned as per {{Ops Manual Part A}}. Suggest the client
        brief sheet says no approach to the aircraft until the crew signal. Capt
        [[name:D. Ferreira]]
    """)),
    ("aviation", "near_miss", block("""
        Flight: [[flight_number:HLX214]]  {{Citation XLS+}}  [[aircraft_registration:G-KBVE]]
        Phase: climb
        Event: altitude deviation (near miss)

        Cleared {{FL70}}, then re-cleared 5000 ft on handover to {{London Control}}. I read it
        back correctly but was mid {{after take-off checks}} and didn't reset the {{ALT SEL}}.
        PF [[name:Ollie]] caught it at 5300 ft climbing, levelled and returned to 5000. ATC
        didn't comment, no {{TCAS}} alert.
        Lesson: whoever reads back sets the selector and points to it, other pilot confirms.
        We do it most of the time. Didn't on this sector.
        [[name:SW]], FO
    """)),
    ("aviation", "success", prose("""
        Good catch worth sharing. During the {{daily inspection}} on
        [[aircraft_registration:G-OLEA]] ({{AW169}}) at 0545, licensed engineer
        [[name:Kwame Asante-Boateng]] found a slight weep from the {{main gearbox}} oil cooler
        line that wasn't in the {{tech log}}. He could have signed it as within limits, since
        the {{AMM}} allows a small weep, but he noticed the fitting had been disturbed at the
        last check and re-locked with the wrong lockwire pattern. Aircraft held, fitting
        replaced, and [[case_reference:ENG-OR-2291]] raised for the contractor. {{Quality}}
        then found two other aircraft in the fleet with the same pattern. Nobody enjoys delaying
        a 7am VIP lift but he was backed by the {{duty ops manager}} without question.
        - {{Continuing Airworthiness Manager}}
    """)),
    ("aviation", "incident", block("""
        From: [[email:groundops@skylinejets.example.com]]
        To: Safety Office
        Subject: Lithium battery in hold - [[flight_number:SKJ41C]] [[date:29 Sept]]

        Summary: a passenger bag loaded in the {{baggage hold}} of [[aircraft_registration:9H-SKJ]]
        contained a {{power bank}} and a spare e-scooter battery. Found by the {{FBO}} handler
        on arrival because the bag was warm to touch. No fire.
        How it happened: the lead passenger's PA, Ms [[name:Valdés]], checked bags in at the
        FBO while the crew were doing the {{walkround}}; nobody asked the
        {{dangerous goods}} questions. Our DG poster is in the crew room, not at the desk.
        What went right: handler [[name:Hamid]] isolated the bag and called the crew at once.

        [[name:Petra Lindqvist]]
        Ground Ops Lead, [[organisation:Skyline Jets]]
    """)),
    ("aviation", "near_miss", prose("""
        {{IIMC}} near miss, not proud of this one. Positioning [[aircraft_registration:G-RNXD]]
        ({{AS350}}) single pilot back to base, forecast {{marginal VFR}} with showers. Went into
        cloud at about 900 ft over rising ground. Did the trained recovery: wings level,
        {{climb power}}, call ATC. Broke out on top at 2800 ft and radar vectored me to an
        airfield in the clear. I pressed on because I was nearly home and had a 6am start.
        Honest answer: {{get-home-itis}}. What helped: the recovery drill we did in the
        {{simulator}} {{in January}}, and the {{HTAWS}} callouts. I've suggested the ops manual
        sets harder {{weather minima}} for single pilot positioning. [[name:tf]]
    """)),
    ("aviation", "success", prose("""
        Unstable approach, go-around called by the FO. Crew: Capt [[name:Marguerite Ibekwe]],
        FO [[name:Frank Doyle]], {{Challenger 350}} [[aircraft_registration:G-OMDX]], flight
        [[flight_number:EAV908]]. At 500 ft we were 15 kt fast and still high after a late
        {{runway change}}. [[name:Frank]] called 'unstable, go around' as per the {{SOPs}}. I'll
        be honest, as PF I wanted to continue, the runway looked long enough. I followed the
        call. Second approach stable from 1000 ft. On the ground we talked it through and I
        thanked him. I think the {{CRM}} refresher made it easier for a new FO to challenge a
        {{Captain}} 25 years his senior. Writing this so others know it's welcomed.
        [[name:Marguerite]]
    """)),
    ("aviation", "incident", block("""
        Occurrence type: ground damage
        Date: [[date:14/01/2025]]
        A/C: {{Global 6000}} [[aircraft_registration:M-YRAE]]
        Location: Hangar 2 apron
        Reported by: [[name:Connor McAllister]] ({{B1 engineer}})

        Narrative: aircraft being towed out by {{tug}} with a three-person team. {{Wing walker}}
        on the left ([[name:Sunil]]) was called away to answer the hangar phone and wasn't
        replaced. Right {{winglet}} contacted the hangar door frame. Damage to {{nav light}} lens
        and winglet fairing. Aircraft {{AOG}}, customer flight [[flight_number:YRA01]] cancelled.
        Contributing: short-staffed on nights, tow started without a full team brief.
        Immediate action: tow procedure amended so the tow stops if any walker leaves;
        {{MOR}} submitted.
    """)),
    ("aviation", "near_miss", prose("""
        Drone encounter. [[aircraft_registration:G-HJNE]] ({{AW109}}), callsign
        [[flight_number:HJT22]], transiting along the river at 1000 ft on the
        {{helicopter route}} with three passengers. A {{quadcopter}} passed about 50 m down the left
        side at the same level, no time to avoid. Reported to {{ATC}} immediately and to {{police}} on
        landing, crime ref [[case_reference:CAD 4471-190724]]. Passengers didn't notice. This is
        the third drone report on that stretch this summer. Suggest we put it on the {{OFP}}
        remarks as a known hazard and brief it at the {{crew brief}}. Capt [[name:Harriet Osei]]
    """)),
    ("aviation", "success", block("""
        Ops {{WhatsApp}} (exported, names kept with permission for the learning review)

        [22:47] [[name:Lev Abramov]]: ops, crew for tomorrow 0600 [[flight_number:HLX77]] - we landed 2140 after the diversion, so we're into {{FTL}} discretion territory
        [22:49] [[name:bea_ops]]: understood. not asking you to use {{commander's discretion}}. will find another crew or slip it
        [22:58] [[name:bea_ops]]: slipped to 1000, client ok, [[name:Imogen]] and [[name:Raf]] taking it
        [22:59] [[name:Lev Abramov]]: thank you

        Reviewer note: this is how it should look. No pressure, decision made by {{ops}} within 10
        min, client informed by the {{duty manager}}. Logged under the {{FRMS}} as positive.
    """)),
    ("aviation", "incident", prose("""
        Fuel uplift error at an overseas {{FBO}}. Requested 4,000 lb top-up on
        [[aircraft_registration:N512TW]], fueller heard 4,000 litres and the {{fuel truck}}
        meter was in litres. We ended up with roughly 3,000 lb more than planned, which put us
        over the performance-limited take-off mass for the runway in use. Caught during my
        {{load sheet}} recheck when the {{FMS}} fuel didn't match the {{fuel docket}}. Defuel
        took 2 hours, flight [[flight_number:TWX55]] delayed. Contributory: no written fuel
        order, different units, and the order was given by the {{cabin attendant}} to save time
        because I was on the phone to handling. Learning: always a written fuel order with
        units, captain or FO only. - [[name:Nico]] (FO)
    """)),
    ("aviation", "success", prose("""
        Medical event in the cruise on [[flight_number:SKJ19]]. A passenger, a
        [[age:67]]-year-old man, developed slurred speech and a facial droop. Our
        {{cabin host}} [[name:Dani Ferreira-Costa]] recognised possible {{stroke}} using
        {{FAST}}, gave oxygen and got us a phone patch to {{MedAire}} through the {{satcom}}.
        Captain [[name:Ruth Ambrose]] diverted to the nearest suitable airfield and an ambulance
        met the aircraft on stand. We've heard he was {{thrombolysed}} within the window and is
        recovering. His family wrote to thank the crew. What worked: the annual
        {{first aid}} refresher, and [[name:Dani]] timing symptom onset from the first call.
    """)),
    ("aviation", "near_miss", block("""
        Subject: near miss - wrong passenger on {{manifest}} / APIS
        [[flight_number:HLX310]], [[date:Mon 10 March]]

        The {{APIS}} was submitted with the wrong passenger's {{passport}} details:
        [[name:Alexei Morozov]] (DOB [[date_of_birth:17/02/1979]]) instead of
        [[name:Alexandre Moreau]] (DOB [[date_of_birth:02/11/1981]]), because both are in the
        client's saved list and the {{booking tool}} autocompleted on '[[name:Alex]] Mo'.
        Spotted by {{FO}} [[name:Tariq]] when checking passports at the aircraft. Re-submitted
        before departure, no delay.
        Action: booking tool to show DOB and nationality on selection.

        [[name:Chloé]] - {{Flight Support}}
    """)),
    ("aviation", "incident", block("""
        Team,

        On [[date:5th Feb]] [[aircraft_registration:G-TLAX]] lined up with the {{pitot cover}}
        still on the standby pitot. {{Airspeed disagree}} at 60 kt, {{rejected take-off}},
        taxied clear. The walkround had been interrupted by the passengers arriving early and
        [[name:Jonny]] never got back to the right-hand side. Nobody hurt, brakes inspected and
        fine. Good: textbook {{RTO}}, clear callouts, and [[name:Jonny]] reported it himself
        within the hour. I'm adding a streamer count to the {{walkround checklist}}.

        Any questions give me a ring.
        [[name:Gareth]]
        {{Chief Pilot}}
        [[phone:+44 7700 900561]]
    """)),
    ("aviation", "success", block("""
        Ops log extract [[date:23/08/24]]
        0712 [[name:PK]] notes new {{NOTAM}} closing the {{helipad}} at [[organisation:Mereworth Racecourse]] 1000-1400 for a {{Red Arrows}} display
        0720 rang crew (Capt [[name:Lind]]); decision to use alternate field 2 nm away, cars via [[organisation:Kestrel Executive Cars]] ([[phone:01632 960884]])
        0935 [[flight_number:HJT09]] airborne, 4 pax
        1010 landed alternate, pax at the races on time
        Comment: the new {{NOTAM}} filter in {{RocketRoute}} caught this. Last year it would have
        been missed until the crew brief. Well done [[name:PK]].
    """)),
    ("aviation", "incident", prose("""
        Passenger's dog (a spaniel called Biscuit) got loose in the cabin of
        [[aircraft_registration:G-WPXL]] ({{AW109}}) during start-up, climbed over the seat and
        ended up in the footwell by the {{collective}}. I shut down. The owner,
        Mrs [[name:Fairweather-Lyle]], had been told the dog must travel in a crate but the crate
        was left in her car. The {{ground crew}} loaded the passengers and didn't check. No
        damage, dog fine. Learning: animals added to the {{passenger brief}} checklist, no crate
        no fly, and the {{loader}} confirms before the {{rotor brake}} is released.
    """)),
    ("aviation", "near_miss", block("""
        Airprox (near miss) - glider
        Aircraft: [[aircraft_registration:G-EXBM]] {{Phenom 300}}, [[flight_number:EXB62]]
        Altitude: 3,500 ft descending
        Conditions: VMC, strong thermals
        Narrative: on vectors downwind we got a {{TCAS}} {{TA}}, then visual with a glider 400 ft
        below, 0.5 nm, crossing left to right. No {{RA}}. Called it to ATC and filed an
        {{Airprox}} report, ref [[case_reference:AP-2024-173]].
        Crew: [[name:Mehmet Yilmaz]] (PF), [[name:Joanna Brook]] (PM)
        Learning: on busy summer weekends ask for a {{Traffic Service}} early, and brief glider
        sites on the approach.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind118", REPORTS))


if __name__ == "__main__":
    main()
