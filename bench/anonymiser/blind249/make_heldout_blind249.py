"""Held-out blind corpus 249: invented UK incident, near-miss and learning reports.

Fifty reports written blind (without sight of the de-identifier or any other corpus), in
three settings:

- social_care (17): a children's disability short breaks service - an overnight short breaks
  unit, family-link carers, direct payments, personal care, moving and handling.
- health (17): a hospital maternity triage and labour ward - midwives, obstetric registrars,
  CTG, induction, postpartum haemorrhage, birth partners.
- aviation (16): an air ambulance charity's helicopter operation - HEMS pilots, critical care
  paramedics, landing sites, refuelling, ambulance control.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes with
attendance and apologies, pipe tables, radio/RT transcripts, shout-outs and thank-you notes.

Every person, organisation, place and number is invented. `[[label:value]]` marks an
identifier and `{{term}}` a mention that must survive de-identification.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind249.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        nite shift @ [[organisation:larkfield]] - [[name:kai]] ([[age:9yo]]) had a {{tonic clonic}}
        {{seizure}} at abt {{0240}}, lasted approx 4 mins. gave {{buccal midazolam}} as per his
        {{epilepsy care plan}} BUT the plan in the folder was the old version, dose was changed in
        {{Jan}} by {{neuro}} so we gave the old (lower) dose. [[name:soph]] rang {{on call manager}}
        + {{111}}, no {{ambulance}} needed in the end. [[name:kai]]'s {{mum}} [[name:Tasha]] told at
        {{0700}} and she wasnt happy (fair). need {{MAR}} + all care plans checked agst latest
        clinic letters asap. [[name:kai]] fine at brekkie just v tired. ref [[case_reference:SB-24-0317]]
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:14 February]] at approximately {{19:15}} two {{support workers}} at
        [[organisation:Larkfield House]] were preparing to transfer [[name:Amber Okonkwo-Reid]],
        [[age:aged 15]], from her {{wheelchair}} to bed using the {{ceiling track hoist}} in
        {{Room 4}}. Staff took a medium {{sling}} from the laundry trolley, whereas
        [[name:Amber]]'s {{moving and handling plan}} specifies a small {{loop sling}} with head
        support. The mismatch was spotted by the second carer, [[name:Dariusz Wiśniewski]], during
        the {{pre-lift check}} and before [[name:Amber]]'s weight was taken. No harm occurred.
        Contributing factors: slings are not labelled after washing, and the {{manual handling}}
        risk assessment was last reviewed in [[date:August 2023]]. Actions: slings to be named and
        kept in each child's room; {{OT}} at [[organisation:Westmarsh Children's Therapy Service]]
        asked to re-assess. {{Senior}} on shift: [[name:Marguerite Fontaine]].
    """)),
    ("social_care", "success", block("""
        [09:12] [[name:Priya Raman]]: massive shout-out to @[[name:Faith]] and @[[name:Bill]] from the {{weekend}} rota 🙌
        [09:13] [[name:Priya Raman]]: [[name:Leo]]'s {{PEG}} button came out {{Saturday}} teatime and they did exactly what his {{gastrostomy}} plan says - covered the stoma, rang the {{children's community nursing}} team, kept him calm with his {{sensory}} box
        [09:15] [[name:Faith Mensah]]: thanks [[name:P]]! [[name:Bill]] did the talking to {{dad}} tbh
        [09:16] [[name:Bill Thornton]]: team effort. {{CCN}} reinserted it within the hour, no {{A&E}} trip needed 👍
        [09:18] [[name:Priya Raman]]: writing it up as good practice for the {{learning review}} on [[date:Thurs 7th]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT / CONCERN FORM - {{Children with Disabilities Team}}
        Child: [[name:Yusuf Haddad]]
        DOB: [[date_of_birth:03/11/2012]]
        NHS no: [[nhs_number:273 275 5850]]
        LA ref: [[case_reference:WBC-CWD-20417]]
        Address: [[address:27 Fennel Close, Marshby]], [[postcode:WM7 2HU]]
        Date of incident: [[date:22/03/24]]
        Reported by: [[name:Ruth Kilbride]], {{Direct Payments Support Officer}}, [[organisation:Westmarsh Borough Council]]
        Details: {{Mum}} phoned to say the {{personal assistant}} paid through [[name:Yusuf]]'s
        {{direct payment}} did not turn up for the {{Saturday}} session and has not answered calls
        since. {{Mum}} also found the {{pre-paid card}} statement shows £340 spent at a garden centre
        that she did not authorise. [[name:Yusuf]] was not harmed but missed his {{respite}} and mum
        could not attend her own hospital appointment.
        {{PA}}: [[name:Kerry-Ann Doyle]], tel [[phone:07700 900214]]
        Action: card frozen, {{Internal Audit}} informed, {{MASH}} consulted - no {{safeguarding}}
        threshold for [[name:Yusuf]] but fraud referral made.
    """)),
    ("social_care", "near_miss", block("""
        [[date:21/04/2024]], 18:02 - [[name:Hope Gallagher]]: Hi [[name:Carys]], quick one - [[name:Rhys]] arrived at ours for his {{short break}} an hour ago. {{Mum}} handed over his meds bag & said nothing about tea time meds
        [[date:21/04/2024]], 18:04 - [[name:Hope Gallagher]]: I was literally about to give the {{melatonin}} and {{baclofen}} per the {{MAR}} when I saw the note on the box lid "given 5pm ✔️" in her writing
        [[date:21/04/2024]], 18:05 - [[name:Carys Pritchard]]: oh gosh, good catch. Dont give anything till I've spoken to her
        [[date:21/04/2024]], 18:11 - [[name:Carys Pritchard]]: Confirmed she gave {{baclofen}} at 5. {{Melatonin}} not given. Please give melatonin at bedtime only & record on {{MAR}} 👍
        [[date:21/04/2024]], 18:12 - [[name:Hope Gallagher]]: will do. can we add a "last dose given" box to the {{handover sheet}}?
        [[date:21/04/2024]], 18:13 - [[name:Carys Pritchard]]: yes - raising it at {{family link}} {{supervision}} {{Thurs}}
    """)),
    ("social_care", "success", block("""
        From: [[name:Joy Balogun]] <[[email:joy.balogun77@outlook.com]]>
        To: Short Breaks Team <[[email:shortbreaks@westmarsh.gov.uk]]>
        Date: [[date:2 May 2024]] 21:47
        Subject: Thank you!!

        Hi all,
        I just wanted to say a huge thank you to everyone at [[organisation:Larkfield House]],
        especially [[name:Sunny]] and Mr [[name:Oyelaran]] on the {{night team}}. [[name:Tobi]] has
        been so anxious about overnight stays since his {{spinal fusion}} and you took the time to
        do three tea visits first, practise the {{hoist}} with his new {{sling}} while I was there
        and learn his {{Makaton}} signs. He came home on {{Sunday}} chatting about
        '[[name:Sunny]]'s pancakes' and asking when he can go back. As his {{mum}} and main
        {{carer}} I haven't slept a full night in months so this means the world.
        Please pass this on to your {{manager}}.
        [[name:Joy]] x

        Sent from my {{iPhone}}
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - young person left the unit unsupervised
        YP: [[name:Ellis-Jay Morgan]] ("[[name:EJ]]"), [[age:12 yrs]], {{autism}} / {{learning disability}}, non-verbal
        Date: [[date:Sat 8 June]]
        16:40 [[name:EJ]] in {{sensory room}} with [[name:Wojciech]] ({{support worker}}). [[name:W]] called to help with a {{hoist}} transfer in Room 2.
        16:44 {{garden gate}} found open by [[name:Tamsin]]. [[name:EJ]] not in sensory room or garden.
        16:46 {{missing person}} procedure started, building + grounds searched. {{Shift lead}} [[name:Precious Nwosu]] rang {{999}}.
        16:58 [[name:EJ]] found by a neighbour at the bus stop on [[address:Pelham Road]], approx 300m away, unhurt, holding his {{ear defenders}}.
        17:05 [[name:EJ]] back at unit, {{first aid}} check - no injuries. Police ref [[case_reference:CAD 1187-08062024]].
        17:20 {{Dad}} ([[name:Gareth Morgan]]) informed. {{EDT}} informed.
        18:30 gate found to have a faulty {{maglock}}; keypad not re-set after the {{fire alarm test}}.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - {{day}} to {{night}} - [[organisation:Larkfield House]] - [[date:Tue 11/06]]
        Rm 1 [[name:Mustafa]] - settled, {{PEG}} feed up at 8, {{venting}} done.
        Rm 2 [[name:Isla Rose]] - {{seizure}} free today, {{VNS}} magnet in bag.
        Rm 3 [[name:Freddie P]] - NEAR MISS at tea: given {{fish fingers}} from the other group's tray,
        [[name:Freddie]] has a {{fish allergy}} ({{EpiPen}} in office). [[name:Liz]] spotted it before he ate
        any. No reaction. Kitchen told, allergy place mats to go back on trays. {{IR1}} done.
        Rm 4 empty - {{deep clean}}.
        {{Meds}}: {{CD}} count correct, signed [[name:LJ]] / [[name:Marcin K]].
        Night staff: [[name:Pat]], [[name:Bernadette]], agency [[name:Chidi]].
    """)),
    ("social_care", "incident", block("""
        Post-incident review - fall in bathroom
        Date: [[date:19 June 2024]]   Venue: {{Teams}}
        Present: [[name:Hannah Szabo]] ({{Registered Manager}}, chair), [[name:Dom Ferreira]] ({{Deputy}}),
        [[name:Aoife Brennan]] ({{senior support worker}}), [[name:Mark Ellison]] ({{H&S}} adviser,
        [[organisation:Westmarsh Borough Council]])
        Apologies: Dr [[name:Ilse Vogel]] ({{community paediatrician}}), [[name:Kamala]] ({{OT}})
        1. Summary: on [[date:15 June]] [[name:Jayden]] ([[age:aged 13]]) slipped from the
        {{shower chair}} during {{personal care}} when the lap strap was undone to wash him. One carer
        present; plan states two. Bruise to left hip, {{GP}} review at [[organisation:Marshby Health Centre]]
        next day, no fracture.
        2. Discussion: [[name:AB]] said the second carer had been pulled to cover the {{front door}}.
        [[name:Mark]] noted the chair's strap buckle is worn.
        3. Actions: replace chair ([[name:DF]]); two-carer rule re-briefed ([[name:AB]]); {{Duty of Candour}}
        letter to [[name:Jayden]]'s family ([[name:HS]]).
    """)),
    ("social_care", "success", prose("""
        This report records good practice so it can be shared at the {{Quality Assurance}} panel.
        [[name:Ruby-Mae Castellano]], a [[age:7-year-old]] with {{Rett syndrome}} and a
        {{tracheostomy}}, moved from unit-based {{short breaks}} to {{family link}} overnights with
        carers [[name:Maryam]] and [[name:Idris Siddiqui]]. Before the first stay, [[name:Maryam]]
        completed {{trach care}} and {{suction}} competencies with the
        [[organisation:Marshby Children's Community Nursing Team]], shadowed three evenings at
        [[organisation:Larkfield House]] and met {{mum}} twice at home. The {{link worker}},
        [[name:Beatrice Ngata]], arranged a joint {{moving and handling}} assessment so the family's
        {{mobile hoist}} could be used at the carers' house. The first overnight on [[date:6 July]]
        went smoothly and [[name:Ruby-Mae]]'s mum described the handover as 'the calmest it's ever
        been'. Key learning: early competency sign-off and a home visit before the first stay
        reduced anxiety for everyone.
    """)),
    ("social_care", "near_miss", block("""
        Medication stock check - [[organisation:Larkfield House]] - [[date:28/07/24]]
        | Child            | Medicine              | Expected | Counted | Checked by        |
        | [[name:Zofia N.]]         | {{clobazam}} 10mg        | 14       | 14      | [[name:TB]] / [[name:Grace]]        |
        | [[name:Harvey Lunn]]      | {{melatonin}} 3mg        | 20       | 18      | [[name:TB]] / [[name:Grace]]        |
        | [[name:Ade]]              | {{chloral hydrate}}      | 150ml    | 150ml   | [[name:TB]] / [[name:Grace]]        |
        Notes: 2 tabs short for [[name:Harvey]]. Traced to agency worker on [[date:26/07]] who gave
        both bedtime doses but did not sign the {{MAR}}, so the morning shift nearly gave a second
        dose when [[name:Harvey]] woke at 2am. Stopped because [[name:Grace]] phoned the {{on-call}}
        first. No harm. Agency ([[organisation:CareFirst Staffing]]) informed; {{medication competency}}
        required before next shift.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Olamide Fashola]]
        Sent: [[date:Wednesday 14 August 2024]] 10:02
        To: [[name:Hannah Szabo]]; [[name:Aoife Brennan]]
        Subject: Incident - transport - [[case_reference:SB-24-0562]]

        [[name:Hannah]],
        Yesterday afternoon {{family link carer}} [[name:Sandeep Gill]] drove [[name:Noah]]
        ([[age:aged 10]]) home in his own car ([[vehicle_registration:YK19 PZN]]). [[name:Noah]]'s
        {{wheelchair}} was not secured with the {{four-point tie-downs}} and tipped back when
        [[name:Sandeep]] braked at a roundabout. [[name:Noah]] hit his head on the {{headrest}}; red
        mark only. [[name:Sandeep]] rang {{Dad}}, who took [[name:Noah]] to
        [[organisation:Marshby Minor Injuries Unit]] as a precaution - discharged, no concerns.
        [[name:Sandeep]] had not done {{WAV}} training. {{LADO}} consulted: no threshold. Carers
        paused from transporting until trained; {{Fostering Panel}} to review.

        Regards,
        [[name:Olamide Fashola]]
        {{Senior Social Worker}}, {{Children with Disabilities Team}}
        [[organisation:Westmarsh Borough Council]] | [[phone:01632 960418]]
    """)),
    ("social_care", "near_miss", block("""
        #shortbreaks-transport
        [[name:dom.ferreira]]  07:52
        heads up - taxi for [[name:Aarav]] turned up at 7.40 with no {{passenger assistant}}. driver ([[organisation:Swiftline Cars]], reg [[vehicle_registration:KR68 WBN]]) said "escort's meeting us at school"
        [[name:aoife.b]]  07:55
        we did NOT let him go right? his {{transport plan}} says escort on board at all times, he undoes his {{harness}}
        [[name:dom.ferreira]]  07:56
        no he's still here. rang [[organisation:Westmarsh Passenger Transport]] and they'd put the escort on the wrong run
        [[name:aoife.b]]  08:14
        escort arrived 08:10, left 08:12. school ([[organisation:Brookmead Academy]]) told he'll be late
        [[name:dom.ferreira]]  08:15
        logging as near miss [[case_reference:SB-24-0601]]. will ask {{commissioning}} to check all [[name:Aarav]]'s bookings this week
    """)),
    ("social_care", "success", prose("""
        shout out to [[name:will]] on nights!! [[name:jess]] was in {{pain}} at 3am, v unsettled,
        [[name:will]] remembered from her {{hospital passport}} that she likes her legs repositioned
        with the {{wedge}}, and {{paracetamol}} was due anyway so gave that (checked {{MAR}} with
        [[name:nikita]]). used the {{pain scale}} (the faces one) and wrote it all up properly.
        [[name:jess]]'s mum said in the morning she'd been like that at home too and is getting her
        {{GP}} at [[organisation:wyndham surgery]] to look at her {{hips}}. really good
        {{person centred}} care [[name:will]] 👏👏 - [[name:deb]] ({{team leader}})
    """)),
    ("social_care", "incident", prose("""
        On [[date:3 September 2024]] a {{short breaks coordinator}} emailed the updated
        {{care plan}} and {{risk assessment}} for [[name:Theo Achterberg]] to
        [[email:kerry.hollis@btinternet.com]] instead of [[name:Theo]]'s mother at
        [[email:kirsty.hollings@gmail.com]]. The address autocompleted to another parent,
        [[name:Kerry Hollis]], whose son also attends the unit. The documents included
        [[name:Theo]]'s date of birth, NHS number, home address and details of his {{continence}}
        care and {{behaviour support plan}}. Mrs [[name:Hollis]] rang the unit within an hour and
        confirmed she had deleted the email. The coordinator reported it to the
        {{Data Protection Officer}} the same day; the breach was logged as
        [[case_reference:IG-2024-0988]] and assessed as not reportable to the {{ICO}}.
        [[name:Theo]]'s mother was told and received a written apology. Learning: {{autocomplete}}
        on the shared mailbox has been switched off and sensitive attachments now go by
        {{secure email}}.
    """)),
    ("social_care", "near_miss", prose("""
        At approximately {{03:10}} on [[date:Sunday 22 September]], the {{waking night}} worker
        [[name:Femi Adebayo-Clarke]] found [[name:Lucas]] ([[age:aged 11]]) with his lower leg
        between the {{bed rail}} and the mattress during a routine check. The {{bumpers}} had been
        removed for washing on the {{day shift}} and not put back. [[name:Lucas]]'s
        {{night-time positioning}} plan requires 30-minute checks and these had been done on time.
        [[name:Femi]] eased his leg out; there were no marks and [[name:Lucas]] went back to sleep.
        The {{on-call manager}}, [[name:Sinéad]], was informed. Bumpers were replaced immediately,
        the {{bed rail risk assessment}} will be reviewed with the {{OT}}, and "bumpers on" has been
        added to the {{night checklist}}.
    """)),
    ("social_care", "success", block("""
        TEAM MEETING NOTES - [[organisation:Larkfield House]] - [[date:10/10/24]]
        Present: [[name:Hannah S]] (chair), [[name:Dom F]], [[name:Faith]], [[name:Wojciech]], [[name:Joy]] (notes)
        Apologies: [[name:Precious]], [[name:Bill]]
        Item 3 - Good practice / learning
        - [[name:Hannah]] thanked [[name:Joy]] and [[name:Wojciech]] for the {{evacuation}} during the
          {{fire drill}} on [[date:Tuesday 8th]]: all 5 young people out in under 4 min incl. two using
          {{evac chairs}} and [[name:Mateo]] on his {{ventilator}} (battery swap done en route).
          {{Fire Service}} said best they'd seen in a {{respite}} setting.
        - [[name:Dom]]: new {{PEEPs}} template worked well - keep.
        - [[name:Faith]] flagged that the {{evac sledge}} strap in Room 3 was stiff - maintenance job raised.
        Actions: share with {{Fire Safety Officer}}; add evac practice to {{induction}} ([[name:HS]]).
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        rm 6 - [[name:Ewa Kowalczyk]] [[age:31yo]] {{P1}} {{SVD}} 0150, {{PPH}} from 0215, {{EBL}} 1.8L
        by 0240. pulled {{emergency buzzer}} but {{reg}} (Dr [[name:Haque]]) in {{theatre}} w a
        {{cat 1 CS}}, {{SHO}} came but cdnt stay. {{syntocinon}} + {{ergometrine}} + {{carboprost}}
        given, {{bimanual}} by [[name:jo]] (coordinator), {{major haemorrhage protocol}} called 0232,
        {{O neg}} x2 from the fridge. {{anaesthetist}} arrived 0238. [[name:Haque]] out of theatre
        0245, {{EUA}} - retained bits of {{placenta}}. [[name:Ewa]] to {{HDU}} stable. her
        {{birth partner}} ([[name:Tomasz]]) v shaken, left in the corridor on his own for ages - not
        ok. 2nd reg on nights was off sick n not backfilled. datix [[case_reference:W43318]]
        - [[name:Saoirse]] {{RM}}
    """)),
    ("health", "near_miss", prose("""
        On [[date:4 March 2024]] two women with the surname [[name:Khan]] were in the
        {{induction of labour}} bay: [[name:Amina Khan]] (hospital number
        [[case_reference:QA1029384]]) in bed 3 and [[name:Saba Khan]]
        ([[case_reference:QA1177420]]) in bed 4. At {{22:00}} a midwife prepared
        {{dinoprostone}} for [[name:Saba]], whose {{Bishop score}} had just been assessed, but went
        to bed 3. [[name:Amina]]'s pessary had been removed earlier that day because of
        {{uterine hyperstimulation}}. Before insertion the midwife asked the woman to state her name
        and {{date of birth}} in line with {{positive patient identification}}; the mismatch was
        identified and nothing was given. Contributory factors: the board showed surnames only, the
        beds were adjacent, and the midwife was covering two bays after {{sickness}}. Actions:
        {{name alert}} stickers, first names and bed numbers on the board, and separation of
        same-name women where possible. Reported by [[name:Gemma Thorley]], {{Band 6}} midwife.
    """)),
    ("health", "success", block("""
        [[name:Lorraine Achebe]]  10:04
        Big thank you to @[[name:Rosa Ibáñez]] in {{triage}} last night 🌟 woman in with {{reduced fetal movements}} at {{36 weeks}}, {{CTG}} looked "fine" at a glance but [[name:Rosa]] spotted {{reduced variability}} and no {{accelerations}} over 40 min, ran the {{Dawes-Redman}} - criteria not met - and escalated straight away. {{Cat 2}} {{section}}, baby needed a bit of {{neonatal}} help but is doing well on {{transitional care}}
        [[name:Rosa Ibáñez]]  10:11
        aw thanks [[name:Lorraine]]! [[name:Kofi]] (the {{reg}}) was brilliant too, came straight down from {{Labour Ward}}
        [[name:Kofi Asante-Boateng]]  10:15
        team work 👏 textbook {{fresh eyes}}
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT - PATIENT DETAILS
        Name: [[name:Chloe Ann Pemberton]]
        DOB: [[date_of_birth:17/08/1996]]
        NHS: [[nhs_number:236 717 8577]]
        Hosp no: [[case_reference:QA2203917]]
        Address: [[address:Flat 3, 19 Ropewalk Lane, Marshby]] [[postcode:WM2 5EJ]]
        Tel: [[phone:07700 900562]]
        Incident date: [[date:09/05/2024]]   Location: {{Maternity Triage}}
        Description: Attended 01:30 with {{reduced fetal movements}} at {{39+2}}. Unit very busy,
        4 women waiting. Assessed by a {{band 5}} midwife, fetal heart heard on {{Doppler}}, sent
        home with the {{RFM}} leaflet; no {{CTG}} performed although the guideline requires CTG for
        all RFM after 28/40. Re-attended 14:20 and an {{intrauterine death}} was confirmed on
        {{ultrasound}}.
        Immediate actions: {{PSII}} commissioned, {{MNSI}} referral made, {{Duty of Candour}}
        started. {{Bereavement midwife}} [[name:Niamh]] supporting [[name:Chloe]] and her partner.
    """)),
    ("health", "near_miss", block("""
        Chronology - {{oxytocin}} infusion rate error (no harm) - [[date:Fri 17/05]]
        09:10 {{ARM}} for Mrs [[name:Delphine Mbeki-Laurent]], {{IOL}} bay 2
        10:05 decision to start {{Syntocinon}} per trust regimen
        10:20 infusion made up and pump programmed by {{MW}} [[name:Harriet Cole]]
        10:24 second check by {{student midwife}} [[name:Bashir]] - pump set at 36 ml/hr instead of 3.6 ml/hr (decimal point missed). Infusion NOT started.
        10:30 reprogrammed and {{double-checked}} by coordinator [[name:Jude]]
        11:00 {{Reg}} informed, Datix [[case_reference:W44102]]
        Contributing: older pumps on {{IOL}} bay have no {{drug library}}; [[name:Harriet]] on 4th long day in a row.
    """)),
    ("health", "success", block("""
        From: [[name:Daniel Whitfield]] <[[email:dan.whitfield82@gmail.com]]>
        To: [[email:maternity.feedback@qahospital.nhs.uk]]
        Subject: Thank you to the night team - [[date:24 May]]

        Dear {{Head of Midwifery}},
        My wife [[name:Priyanka]] gave birth to our son [[name:Arjun]] on [[date:24 May]] after a long
        {{induction}}. When she had a big {{bleed}} after the birth everything happened very fast and
        suddenly there were ten people in the room. Midwife [[name:Gráinne]] stayed by my side the
        whole time and explained what was happening (the {{PPH}}, the {{drip}}, why they were taking
        her to {{theatre}}) in words I could understand. Dr [[name:Olusegun]] came back afterwards to
        go through it all with us both. I'd never thought about a {{birth partner}} being looked after
        like that. Please pass on our thanks, especially to [[name:Gráinne]].

        Kind regards,
        [[name:Dan Whitfield]]
    """)),
    ("health", "incident", block("""
        RAPID REVIEW (72 hr) - {{shoulder dystocia}} - [[case_reference:W44519]]
        Date: [[date:3 June 2024]]
        Attendees: Miss [[name:F. Oduya]] ({{consultant obstetrician}}, chair); [[name:Bronwen Lloyd-Hughes]]
        ({{Matron}}, {{Labour Ward}}); [[name:Ikechukwu]] ({{ST5}}); [[name:Carla Mendes]] ({{Band 7}}); [[name:Tom]] ({{risk midwife}})
        Apologies: Dr [[name:Sato]] ({{neonatal consultant}}); [[name:Hana Novak]] ({{PMA}})
        Summary: woman [[age:aged 34]], {{BMI}} 38, {{GDM}} on {{metformin}}; growth scan not repeated
        after 36/40. {{Head-to-body interval}} 4 min. {{McRoberts}} and {{suprapubic pressure}}
        ineffective, {{posterior arm}} delivered by [[name:Ikechukwu]]. Baby {{Apgars}} 3/6/9, right
        {{Erb's palsy}}, admitted to {{NICU}}.
        Discussion: help called promptly; the growth scan was missed because the GDM clinic letter was
        not actioned.
        Actions: {{PSII}} and {{MNSI}} referral ([[name:FO]]); GDM pathway audit ([[name:CM]]);
        staff debrief ([[name:BLH]]).
    """)),
    ("health", "near_miss", block("""
        SBAR handover - {{Labour Ward}} coordinator - 20:00 [[date:12/06/24]]
        S: Rm 4 Mrs [[name:Abara]], {{P0}}, {{IOL}} for {{pre-eclampsia}}, on {{labetalol}} + {{magnesium sulphate}}.
        B: NEAR MISS this pm - the {{loading dose}} bag (4g) was connected to the {{maintenance}}
        line by an agency MW. Picked up at the bedside check between [[name:Faith Oyelowo]] and
        [[name:Mei Lin]] before the pump was started. No extra mag given.
        A: {{BP}} 148/96, {{reflexes}} normal, {{resp rate}} 18, {{urine output}} ok.
        R: {{Reg}} aware (Dr [[name:Ferhat Yıldız]]), Datix done by [[name:Faith]]. Please keep
        2-MW {{bedside handover}} for all mag pts.
        Rm 5 [[name:Sunita]] - {{early labour}}, {{TENS}}, partner + {{mum}} with her.
        Rm 6 empty.
    """)),
    ("health", "incident", block("""
        {{Triage}} waits - night of [[date:21-22 June]]
        | Time in | Woman               | Hosp no       | Reason                | Seen | Wait   |
        | 23:10   | [[name:L. Harrow]]           | [[case_reference:QA3310452]]     | {{SROM}} 37/40           | 23:25 | 15 min |
        | 23:40   | [[name:Bukola]]              | [[case_reference:QA3341870]]     | {{abdo pain}} 30/40      | 00:55 | 75 min |
        | 00:05   | [[name:Marisol Quispe]]      | [[case_reference:QA3290661]]     | {{PV bleeding}} 34/40    | 00:20 | 15 min |
        | 00:30   | [[name:Joyce M.]]            | [[case_reference:QA3366018]]     | {{headache}} 36/40       | 00:40 | 10 min |
        Notes: [[name:Bukola]] waited 75 min for {{BSOTS}} assessment (standard 15 min). She had a
        {{placental abruption}} and went for a {{Category 1}} {{LSCS}} at 01:20. Only one midwife in
        triage from 23:30 after the second was moved to {{Labour Ward}}. An {{interpreter}} was not
        used at first contact. Reported by [[name:Summer Okeke]], triage lead.
    """)),
    ("health", "success", prose("""
        On [[date:2 July]] at {{06:40}} a {{cord prolapse}} was recognised by {{student midwife}}
        [[name:Hope Mwangi]] during a {{vaginal examination}} after {{SROM}} in room 8. She called for
        help, kept her fingers elevating the presenting part and asked the woman (Ms
        [[name:Lindqvist]]) to move into the {{knee-chest}} position. The coordinator,
        [[name:Anwen]], pulled the {{emergency bell}}, the {{obstetric registrar}} arrived within a
        minute and a {{Category 1}} {{caesarean}} was performed with a
        {{decision-to-delivery interval}} of 14 minutes. Baby had {{Apgars}} of 7 and 9 and did not
        need {{NICU}}. At the debrief [[name:Hope]] said the {{PROMPT}} drill run on the unit by
        Mr [[name:Castellanos]] two weeks earlier was 'exactly what was in my head'. Learning:
        in-situ drills that include students are worth the time, and fortnightly drills will
        continue. Thank you to the theatre 2 team at [[organisation:Queen Adelaide Hospital]].
    """)),
    ("health", "near_miss", block("""
        #labour-ward-coordinators
        [[name:bronwen.lh]]  14:02
        anyone know if [[name:Zara Quinn]] ([[case_reference:QA3502218]]) had her {{anti-D}}? {{community MW}} rang - she's {{Rh neg}}, baby {{Rh pos}} on {{cord bloods}}, and nothing on {{EPR}} 😬
        [[name:mei.lin]]  14:06
        not given. she went home yesterday 18:00 from [[organisation:Seacole Birth Centre]] before the {{Kleihauer}} came back. it fell off the {{discharge checklist}}
        [[name:bronwen.lh]]  14:07
        ok still inside the 72hr window. can she come back in?
        [[name:mei.lin]]  14:15
        spoke to [[name:Zara]], she's coming to {{Day Assessment}} at 4. {{blood bank}} have issued 1500iu
        [[name:bronwen.lh]]  14:16
        thanks [[name:Mei]] 🙏 near miss logged [[case_reference:W45027]], will flag with the [[organisation:Seacole Birth Centre]] lead
    """)),
    ("health", "incident", block("""
        Triage line call - transcript excerpt (recorded line) - [[date:14/07/24]] 03:12
        MW: {{Maternity triage}}, [[name:Charlotte]] speaking.
        Caller: Hi, it's [[name:Dimitra Papadopoulou]], I'm 33 weeks, I've had a really bad headache since teatime and I keep seeing flashing lights.
        MW: Can I take your hospital number?
        Caller: [[case_reference:QA2987614]].
        MW: Thanks [[name:Dimitra]]. Have you taken any {{paracetamol}}?
        Caller: Two, about an hour ago.
        MW: Try lying down in a dark room and ring back if it isn't better by the morning.
        Review note: [[name:Dimitra]] attended at 07:40 with {{BP}} 172/110 and {{proteinuria}} and was
        treated for severe {{pre-eclampsia}}. Her symptoms met {{BSOTS}} and {{NICE}} criteria for
        face-to-face assessment. The call handler was a {{Band 5}} redeployed from the {{postnatal ward}}
        with no triage line training. Ref [[case_reference:W45511]].
    """)),
    ("health", "near_miss", block("""
        From: [[name:Carla Mendes]]
        To: [[email:estates.helpdesk@qahospital.nhs.uk]]
        Cc: [[name:Bronwen Lloyd-Hughes]]
        Date: [[date:29 July 2024]] 09:14
        Subject: URGENT - emergency call bells, {{Labour Ward}} rooms 9-12

        Hi,
        During a {{skills drill}} at 08:30 this morning we found that the {{emergency call}} buttons
        in rooms 9-12 only sound in the room - nothing at the coordinator's desk or the staff base.
        If a {{PPH}} or {{shoulder dystocia}} had happened in those rooms overnight nobody outside
        would have heard. Rooms 9-12 are closed until fixed. Job ref [[case_reference:EST-778213]].
        Staff have been reminded to use {{2222}} as backup.

        Thanks,
        [[name:Carla Mendes]]
        {{Labour Ward Coordinator}} (Band 7)
        [[organisation:Queen Adelaide Hospital]]
        [[phone:01632 960733]]
    """)),
    ("health", "success", prose("""
        massive thx to [[name:amber]] & [[name:marcus]] on {{LW}} last nite. lady in rm 2 only
        spoke {{Portuguese}}, the {{phone interpreter}} kept dropping so [[name:amber]] got the
        {{interpreter}} on video for the {{epidural}} consent + {{CS}} discussion n didnt just use her
        {{husband}} to translate 👏 [[name:marcus]] (the {{ODP}}) stayed on after his shift to help.
        mum + baby home today, she said thank you to everyone in portuguese & left us pastéis de
        nata lol - [[name:teresa]] ({{coordinator}})
    """)),
    ("health", "incident", prose("""
        At {{04:50}} on [[date:Saturday 10 August]] two babies were born within six minutes of each
        other in rooms 3 and 4. {{Cord blood}} samples for {{blood group}} and {{DAT}} were taken and
        labelled at the {{midwives' station}} using addressograph labels printed together. Baby
        [[name:Nakamura]]'s sample was labelled with Baby [[name:Ferreira-Silva]]'s details and vice
        versa. {{Blood bank}} noticed that the group reported for Baby [[name:Ferreira-Silva]] did not
        fit with his mother's group and rejected both samples. Repeat samples were taken at 10:00.
        Because [[name:Yui Nakamura]] is {{Rh negative}}, her {{anti-D}} decision was delayed by about
        six hours but was still given in time. The labelling midwife, [[name:Lotte de Vries]], raised
        the incident herself. Learning: label at the bedside, one patient at a time, with a
        {{two-identifier}} check. Datix [[case_reference:W45380]].
    """)),
    ("health", "near_miss", block("""
        MEDICATION NEAR MISS
        Patient: [[name:Grace Oyinlola-Park]]
        DOB: [[date_of_birth:02/02/1990]]
        Hosp no: [[case_reference:QA3077145]]   NHS no: [[nhs_number:900 127 0077]]
        Area: {{Labour Ward}}, Rm 7   Date/time: [[date:18/08/24]] 16:30
        What happened: {{GBS}} positive, {{IV}} {{benzylpenicillin}} prescribed by the {{SHO}} on
        {{EPMA}}. Allergy banner showed "{{penicillin}} - {{anaphylaxis}}" but the alert was
        overridden. Midwife checked [[name:Grace]]'s {{red wristband}} before giving and withheld
        the dose. {{Reg}} (Dr [[name:Lindgren]]) changed to {{clindamycin}} per guideline. No dose
        given.
        Why: SHO first week of rotation, {{alert fatigue}}, override reason free text.
        Reported by: [[name:Ifeoma Chukwu]] {{RM}}
    """)),
    ("health", "success", block("""
        SAFETY HUDDLE - {{Labour Ward}} - [[date:Mon 2 Sept]] 08:00
        Present: Dr [[name:Oduya]] ({{consultant}} on), [[name:Ikechukwu]] ({{reg}}), [[name:Carla]] (coord),
        [[name:Summer]] ({{triage}}), [[name:Kasia Nowak]] ({{anaesthetics}}), [[name:Reuben]] ({{MSW}})
        Apologies: {{NNU}} reg (at an emergency on {{NICU}})
        Board: 9/12 rooms, 2 {{IOLs}} waiting, 1 on {{MgSO4}}, triage quiet.
        Good catch of the week: [[name:Summer]] noticed a woman booked for {{elective CS}} had
        {{placenta praevia}} over a previous {{CS}} scar but no {{MRI}} for {{accreta}}. Flagged to
        [[name:Oduya]]: {{cell salvage}} and {{interventional radiology}} booked, 4 units
        crossmatched. Surgery went to plan, {{EBL}} 2.1 L, no {{hysterectomy}}. Everyone clapped
        [[name:Summer]] 👏
        Escalations: none. {{CTG}} fresh eyes compliance 96%.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        RT / intercom extract - [[date:16 March 2024]] - {{HLS}}: school playing field, [[organisation:St Piran's Primary School]]
        14:20 [[flight_number:Helimed 38]]: "[[organisation:Peninsula Control]], [[flight_number:Helimed 38]], two minutes from scene, landing site in sight."
        14:20 Control: "[[flight_number:Helimed 38]], roger, {{land ambulance}} on scene, police en route."
        14:22 {{HEMS pilot}}: "Finals to the south end, clear of the parked car."
        14:23 {{TCM}}: "Loose sheeting by the hedge, watch it."
        14:23 {{HEMS pilot}}: "Copied, continuing."
        Narrative: on touchdown the {{downwash}} lifted a {{tarpaulin}} off a builder's skip and it
        struck a parked car ([[vehicle_registration:WF20 LKD]]), scratching the bonnet. Owner
        Mr [[name:Jory Penhale]] spoke to the {{TCM}} and details were exchanged. [[aircraft_registration:G-TRAB]]
        checked after shutdown - no damage. Learning: the {{recce}} orbit should include loose
        articles near the touchdown point, not only wires and people.
    """)),
    ("aviation", "near_miss", prose("""
        fuel sample from the bowser at [[organisation:lynbrook]] this am had water in it, {{clear and
        bright}} test failed on the 2nd jar as well. {{engineer}} [[name:baz]] quarantined the bowser,
        suspect the {{Jet A-1}} delivery from [[organisation:Westfuel Aviation]] {{tuesday}} nite. we'd have
        refuelled [[aircraft_registration:G-TRAB]] off it at 0730 if [[name:nadia]] hadnt done the
        {{drain check}} properly 🙏 no fuel went into the a/c. {{QA}} + {{ops manager}} told, {{MOR}}
        prob not needed (no a/c involvement) but reporting anyway. pls everyone do the
        {{water detector capsule}} check EVERY time not just first thing. bowser tag
        [[case_reference:FQ-0419]] - [[name:H]] ({{duty pilot}})
    """)),
    ("aviation", "success", block("""
        Dear [[organisation:Tamar Ridge Air Ambulance]],

        On [[date:1 April]] my husband [[name:Gerald]] collapsed while we were walking the coast path
        near [[address:Porthcarrow]]. A passer-by started {{CPR}} and within what felt like minutes
        your helicopter landed in the field above us. Dr [[name:Imogen Brandt]] and paramedic
        [[name:Kwame]] got his heart going again ({{ROSC}}, they told me later) and flew him to
        [[organisation:Royal Tamar Hospital]], where he had a {{stent}} fitted. [[name:Gerald]] came
        home three weeks later and is already nagging to go back out walking. The farmer,
        Mr [[name:Polglase]], let you land in his field and his son guided the {{ambulance}} down the
        lane. We have enclosed a donation and will be doing the {{sponsored walk}} in {{September}}.

        With heartfelt thanks,
        Rev. [[name:Alison Treloar]] (and [[name:Gerald]])
    """)),
    ("aviation", "incident", prose("""
        Occurrence summary ({{MOR}} submitted, ref [[case_reference:TRAA-OR-24-031]]). On
        [[date:27 April 2024]] at 17:42 local, [[aircraft_registration:G-TRXC]] ({{H145}}), callsign
        [[flight_number:Helimed 39]], was on approach to the {{helipad}} at
        [[organisation:Royal Tamar Hospital]] with a patient on board when a large bird, believed
        to be a {{herring gull}}, struck the lower left {{windscreen}} at about 300 ft. The pilot,
        Capt. [[name:Lars Eriksen]], continued the approach and landed normally, and the
        {{critical care paramedic}}, [[name:Siân Pugh]], handed the patient over as planned.
        Post-flight inspection found a cracked windscreen panel; the aircraft was declared
        {{unserviceable}} and was off line for three days, with cover from the {{spare aircraft}}.
        No injuries. The hospital's {{bird control}} measures had lapsed during roof works. Actions:
        liaison with hospital estates, and crews reminded to fly with {{visors}} down on approach.
        Reported to the {{CAA}} via the {{MOR}} scheme.
    """)),
    ("aviation", "near_miss", block("""
        Tasking log - [[date:Sun 12 May]]
        10:14 Tasked by [[organisation:Peninsula Ambulance Service]] {{HEMS desk}}: {{RTC}}, motorcyclist. {{what3words}} given + address [[address:Higher Tregarne Farm, Lanvean]]
        10:16 Lift [[aircraft_registration:G-TRAB]]
        10:27 Overhead the w3w location - nothing visible, open {{moorland}}
        10:28 {{CCP}} [[name:Mo]] queries with the {{HEMS desk}}: farm address is 11 miles from the w3w point
        10:31 Desk confirm caller read one word wrong ("fields" vs "field"); farm address correct
        10:38 Land at scene, {{land crew}} already there
        Outcome: 11-min delay, no patient harm ({{GCS}} 15, {{femur}} #). Could easily have been a
        {{cardiac arrest}}. {{Ambulance control}} passed the w3w without cross-checking the address.
        Ref [[case_reference:PAS-CAD-240512-0233]]. Reporter: [[name:Lowenna Hicks]], {{HEMS pilot}}
    """)),
    ("aviation", "success", block("""
        [[date:12/06/2024]], 21:40 - [[name:Tash Ellery]]: Well done all on the {{night job}} at [[address:Polmear Quarry]] 👏
        [[date:12/06/2024]], 21:42 - [[name:Jago Rowe]]: cheers. credit to [[name:Fitz]] for calling the wires on the {{NVG}} {{recce}}, I hadn't seen them till he said
        [[date:12/06/2024]], 21:45 - [[name:Fitz]]: 👍 the {{HLS}} {{site directory}} didn't show them so I've updated it
        [[date:12/06/2024]], 21:47 - Dr [[name:Amara Osei]]: {{RSI}} in the back of the {{land ambulance}} went really smoothly, pt now on {{ICU}} at [[organisation:Royal Tamar]] and stable. Lovely {{CRM}} from everyone
        [[date:12/06/2024]], 21:50 - [[name:Tash Ellery]]: writing it up as a learning story for the {{safety bulletin}}
    """)),
    ("aviation", "incident", block("""
        CLINICAL INCIDENT FORM - [[organisation:Tamar Ridge Air Ambulance]]
        Incident ref: [[case_reference:TRAA-CI-24-077]]
        Date: [[date:03/07/2024]]   Aircraft: [[aircraft_registration:G-TRXC]] ({{H145}})
        Patient: [[name:Benedek Horváth]]   DOB: [[date_of_birth:21/01/1961]]   NHS: [[nhs_number:653 590 6396]]
        Crew: [[name:Siân Pugh]] ({{CCP}}), Dr [[name:Rafael Quintero]], [[name:Lowenna Hicks]] (pilot)
        Description: scene flight with a {{ventilated}} patient. Main {{oxygen}} cylinder low-pressure
        alarm 6 min into the flight to [[organisation:Royal Tamar Hospital]]; gauge showed near empty
        although the {{daily checks}} sheet was signed 'full'. Crew switched to the portable {{CD}}
        cylinder; {{SpO2}} dropped to 88% briefly then recovered. Patient arrived safely.
        Contributory: cylinder changed after the previous mission but the {{aircraft checklist}} was
        not updated; gauge read before the valve was opened.
        Actions: two-person O2 check after every mission; engineering to fit a second gauge.
    """)),
    ("aviation", "near_miss", block("""
        RT transcript - [[date:20 July 2024]], approx 15:05 - [[flight_number:Helimed 38]] ([[aircraft_registration:G-TRAB]]) approaching the {{HLS}} at [[organisation:Trevalga Showground]]
        {{HEMS pilot}}: "Drone, drone, twelve o'clock, same level, two hundred metres."
        {{TCM}}: "Visual. It's holding. We need to go round."
        {{HEMS pilot}}: "Going around, climbing to eight hundred."
        {{HEMS pilot}}: "[[organisation:Cornmarsh Radar]], [[flight_number:Helimed 38]], going around at the showground due to a drone at three hundred feet, request police assistance."
        Radar: "[[flight_number:Helimed 38]], [[organisation:Cornmarsh Radar]], roger, passing to police."
        Narrative: landed 12 min later at the alternate site. The operator was traced by police
        (ref [[case_reference:PN-2024-118734]]) and said he did not know about the {{air ambulance}}.
        {{Airprox}} filed with {{UKAB}}; {{MOR}} submitted.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Jago Rowe]] <[[email:jago.rowe@tamarridgeaa.org.uk]]>
        To: [[email:helipad.estates@royaltamar.nhs.uk]]
        Cc: Flight Ops <[[email:flightops@tamarridgeaa.org.uk]]>
        Date: [[date:Thu 8 Aug 2024]] 23:58
        Subject: Helipad lighting failure tonight - [[flight_number:Helimed 39]]

        Hi,
        At 22:47 on approach to your {{helipad}} the {{TLOF}} perimeter lights and {{floodlights}}
        went out at about 1nm. Re-keying the {{PCL}} did nothing, so we diverted to
        [[organisation:Lynbrook Airbase]] and the patient, a {{STEMI}} going for {{PCI}}, went on by
        road. This added about 35 minutes before the {{cath lab}}. Security later found the lighting
        circuit had tripped ({{RCD}}) after the storm. Please can we have a daily lighting test and an
        out-of-hours estates contact who can reset it.

        Regards
        [[name:Jago]]

        [[name:Jago Rowe]] | {{HEMS Pilot}} | [[organisation:Tamar Ridge Air Ambulance]]
        M: [[phone:07700 900873]]
    """)),
    ("aviation", "success", block("""
        Safety Action Group - [[date:24 September 2024]]
        Present: [[name:Lowenna Hicks]] ({{Head of Flight Ops}}), Dr [[name:Rafael Quintero]] ({{Medical Director}}),
        [[name:Siân Pugh]] ({{Lead CCP}}), [[name:Ed Kowalski]] ({{Engineering}}), [[name:Patience Marwood]] ({{Safety Manager}}, notes)
        Apologies: [[name:Jago Rowe]], [[name:Mo Rahimi]]
        Item 4 - Good catches this month
        - [[name:Ed]] found a chafed {{hydraulic line}} on [[aircraft_registration:G-TRXC]] during the {{daily inspection}}, fixed before flight.
        - [[name:Siân]]: {{CD}} register audit 100%.
        - Fuel {{water detection}} near miss at base ([[case_reference:FQ-0419]]): new bowser checks working, 0 failures since.
        Actions: [[name:Patience]] to write a {{Just Culture}} bulletin featuring [[name:Ed]] and [[name:Siân]];
        [[name:LH]] to thank [[organisation:Westfuel Aviation]] for the rapid replacement delivery.
    """)),
    ("aviation", "near_miss", block("""
        Tech log extract - [[aircraft_registration:G-TRAB]] ({{AW169}})
        | Date            | Defect                                  | Found by            | Action                          | Status |
        | [[date:01/10]]   | {{chip light}} on shutdown                 | [[name:J. Rowe]]      | {{chip detector}} cleaned, fuzz   | closed |
        | [[date:02/10]]   | cockpit lighting flicker ({{NVG}} mode)    | [[name:T. Ellery]]    | connector reseated              | closed |
        | [[date:03/10]]   | {{chip light}} again on start             | [[name:E. Kowalski]]  | {{MGB}} oil sample sent           | open   |
        Notes: after the first chip light the aircraft was released without the {{ground run}} the
        {{AMM}} requires. [[name:Kowalski]] spotted this on the [[date:3 October]] entry and grounded
        the aircraft before the morning shift. Had it flown, a developing gearbox problem could have
        gone unnoticed. {{Part 145}} organisation informed; {{CAMO}} reviewing release procedure.
    """)),
    ("aviation", "incident", block("""
        SHIFT HANDOVER {{days}} -> {{nights}} - [[date:Fri 18 Oct]]
        A/C: [[aircraft_registration:G-TRXC]] {{serviceable}}; [[aircraft_registration:G-TRAB]] {{U/S}} - see below
        INCIDENT 14:10: fuel bowser reversing on the pad clipped the {{horizontal stabiliser}} of
        [[aircraft_registration:G-TRAB]]. Driver [[name:Keir]] ({{ground ops}}) - no {{banksman}}.
        Engineer ([[name:Ed K]]) says 40mm dent, a/c off line pending [[organisation:Leonardo]] assessment.
        Statement from [[name:Keir]] in the ops office. Bowser [[vehicle_registration:YX15 FBD]] keys removed.
        Crew tonight: [[name:Jago]] / Dr [[name:Quintero]] / [[name:Tash]]
        Wx: {{CAVOK}} till 02:00 then fog risk. {{NVG}} batteries charged.
        Other: [[organisation:Peninsula Ambulance Service]] aware of single-aircraft ops.
    """)),
    ("aviation", "success", block("""
        #ops-kudos
        [[name:patience.m]]  09:30
        🌟 kudos to [[name:Mo Rahimi]] & Dr [[name:Nkechi Eze]] for Sunday's job at [[address:Trewint Beach]] - [[age:4yo]] pulled from the water, {{paediatric}} {{RSI}} on the sand with the {{Broselow}} tape + {{checklist}} read aloud, calm as anything. now on {{PICU}} and extubated 🙌
        [[name:mo.rahimi]]  09:41
        thanks! the {{RNLI}} crew had {{CPR}} going before we landed so that's where the credit goes
        [[name:nkechi.e]]  09:44
        + the {{paeds}} sim day we did with [[organisation:Royal Tamar]] {{PICU}} last month paid off. drug doses pre-calculated on the card = zero faff
        [[name:patience.m]]  09:46
        sharing at {{clinical governance}} 👍
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:2 November]] [[flight_number:Helimed 38]] flew [[name:Nour]] ([[age:aged 6]]) from
        a scene to [[organisation:Royal Tamar Hospital]] with her mother travelling as a
        {{passenger}}. The {{passenger brief}} was given on the ground with the {{rotors}} running.
        At about 1,500 ft the mother, who was very distressed, reached for the {{cabin door}}
        handle, thinking it was a grab handle. The {{critical care paramedic}},
        [[name:Callum Fitzgerald]], stopped her hand and the door did not move (it has a
        {{secondary lock}}). [[name:Callum]] re-briefed her over the {{intercom}} and she held the
        {{grab strap}} for the rest of the flight. Learning: anxious passengers may not take in a
        brief given beside a running aircraft; a short brief with a picture card will be trialled,
        and {{door handle}} guards have been requested from engineering.
    """)),
    ("aviation", "incident", prose("""
        hot refuel at [[organisation:lynbrook]] 1530ish - nozzle kicked out of [[aircraft_registration:G-TRXC]]
        tank, approx 5L {{jet a1}} on the pad, some splashed on [[name:reece]]s boots ([[name:reece]] =
        refueller). {{spill kit}} used, {{fire cover}} standing by, [[name:reece]] ok, boots binned. pilot
        [[name:lo]] kept {{rotors running}} as per {{SOP}} and shut down once the spill was contained, no
        pt on board. {{bonding lead}} WAS attached. nozzle auto-latch looks worn - bowser off line til
        [[organisation:Westfuel Aviation]] check it. {{QA}} informed. ref [[case_reference:TRAA-GO-24-112]]
    """)),
    ("aviation", "success", block("""
        From: Sgt [[name:Ross Dunstan]] <[[email:ross.dunstan@devonmarsh.police.uk]]>
        To: [[email:ops@tamarridgeaa.org.uk]]
        Subject: Thanks - RTC [[address:Tregony Hill]] - [[date:Sunday 24th]]

        Morning all,
        Just a note to say thanks for the way your crew worked with us on {{Sunday}}. We closed the road
        and your pilot, [[name:Lowenna]], landed on the carriageway within four minutes of our
        {{road closure}}. Your {{critical care}} team had the rider (a [[age:19-year-old]] with a
        serious {{head injury}}) packaged and away inside 30 minutes, and briefed our {{FCO}} clearly
        before lift so the road could reopen quickly. Police log [[case_reference:DM-24-1124-0551]].

        Regards,
        [[name:Ross]]
        {{Roads Policing}} {{Sergeant}} | [[organisation:Devonmarsh Police]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind249", REPORTS))
