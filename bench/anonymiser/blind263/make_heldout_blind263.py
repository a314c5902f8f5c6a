"""Held-out blind corpus 263: 50 invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
the de-identifier generalises. Three settings, every person, organisation, place and number
invented:

- social_care (17): a residential family centre for mothers and babies in prison and on
  release - prison mother and baby unit, probation, social workers, nursery.
- health (17): a renal dialysis unit - haemodialysis sessions, fistula needling, patient
  transport, water treatment, infection control.
- aviation (16): an aircraft engine overhaul shop - borescope inspections, torque records,
  parts tagging, shift handovers, quality audits.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams/WhatsApp/Slack with handles), handover notes, minutes with
attendance and apologies, pipe-separated or aligned tables, RT transcripts, shout-outs and
thank-you notes. `[[label:value]]` marks an identifier, `{{term}}` a must-not-redact mention.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind263.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care
    ("social_care", "incident", prose("""
        nights [[organisation:larkfield]] - rm 4 mum ([[name:shanice]]) back from {{ROTL}} 40 mins
        late n smelt strongly of {{cannabis}}. baby [[name:kai-jordan]] ([[age:9 wks]]) had been w her
        all day at her nans. didnt leave her to do the {{2am feed}} on her own, [[name:bev]] sat in
        with them till approx 3. tried {{on call manager}} x2 no answer, got [[name:tomasz]] 3rd go,
        he said log it + tell {{probation}} first thing. her {{OM}} is Ms [[name:Adeyemi]] on
        [[phone:07700 900 382]], left a msg at {{0750}}. [[name:shanice]] v tearful this am, said she
        only had "a bit at her cousins", asked us not to tell the {{SW}}. explained we have to.
        pls can days pick up the {{safety plan}} review its due [[date:thurs 14th]]. [[name:bev]] + me
        both wrote it up in the {{daily log}}, ref [[case_reference:LFH-0412]]. sorry abt typos
        typing this on the office pc thats crashing agn
    """)),
    ("social_care", "incident", prose("""
        On [[date:6 February 2024]] Ms [[name:Roksana Begum]] and her son [[name:Ayaan]]
        ([[age:5 months]]) transferred from the {{mother and baby unit}} at
        [[organisation:HMP Ferndown Vale]] to [[organisation:Larkfield House]] following her release
        on {{licence}}. On arrival it became clear that the {{placement plan}} and
        [[name:Ayaan]]'s {{Personal Child Health Record}} (the {{red book}}) had not been sent with the
        family. The {{MBU}} officer, Mrs [[name:Pauline Hardcastle]], confirmed by phone that the
        documents were still in the unit office. As a result [[name:Ayaan]]'s {{immunisations}} due
        that week could not be confirmed and the {{health visitor}} had to book a catch-up
        appointment at [[organisation:Moorgate Medical Practice]]. The allocated
        {{social worker}}, [[name:Grace Obi]] of [[organisation:Westmoor County Council]], was
        informed at {{15:40}}. The documents arrived by courier on [[date:8 February]]. Learning: a
        transfer checklist should be signed by both the {{prison}} and the receiving
        {{key worker}} before any family leaves the unit. Reported by [[name:D. Fairweather]],
        {{Deputy Manager}}.
    """)),
    ("social_care", "success", block("""
        [Teams] #larkfield-staff  {{Friday}} {{16:02}}
        [[name:Hope Mwangi]]: massive shout out to [[name:Nkechi]] on lates yesterday 🙌
        [[name:Hope Mwangi]]: mum in flat 2 was really struggling with [[name:Lily-Mae]]'s {{reflux}},
        [[name:Nkechi]] spotted baby arching + refusing feeds and got her seen by the {{GP}} same day at
        [[organisation:Brookside Surgery]] - now on {{Infant Gaviscon}} and settling loads better
        [[name:Sam K]]: amazing!! and she did it without making mum feel judged, mum told me at brekkie
        [[name:Nkechi A]]: aw thank you guys 😊 team effort, {{night staff}} flagged the {{feeds chart}}
        [[name:Hope Mwangi]]: putting it in the {{learning log}} so we can share at {{team meeting}} {{Tues}}
    """)),
    ("social_care", "near_miss", block("""
        [[organisation:LARKFIELD HOUSE]] - NEAR MISS FORM
        Name of resident: [[name:Kerry-Ann Whitlock]]
        {{DOB}}: [[date_of_birth:17/09/2001]]
        Child: [[name:Rosie Whitlock]], {{DOB}} [[date_of_birth:02/01/2024]]
        Ref: [[case_reference:WCC-CP-77310]]
        {{NI no}}: [[ni_number:JT 48 27 61 C]]
        Move-on address ({{CONFIDENTIAL}}): [[address:Flat 3, 19 Tanners Row, Eastbridge]] [[postcode:EB4 7NW]]
        Date of event: [[date:21/03/2024]]
        What happened: a letter from [[organisation:Eastbridge Homes]] confirming the move-on {{tenancy}}
        was about to be posted to [[name:Kerry-Ann]]'s old address, where her {{ex-partner}} still lives.
        The {{housing officer}} had not seen the {{MARAC}} flag. Our {{family support worker}}
        [[name:Will Trethewey]] noticed the address on the draft when it was emailed over for
        checking and phoned them on [[phone:01632 960 118]].
        Outcome: letter re-issued c/o the centre. No disclosure.
        Action: housing to add a {{do not disclose}} marker; raise at next {{MARAC}}.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Faith Osei-Bonsu]] <[[email:f.osei-bonsu@larkfieldhouse.org.uk]]>
        To: {{Safeguarding Lead}}
        Sent: [[date:Monday 11 March 2024]] 09:14
        Subject: Incident - supervised contact - [[case_reference:LFH-0437]]

        Hi,
        Yesterday's {{supervised contact}} between [[name:Jade]] ([[age:19]]), baby [[name:Tyler]] and
        dad [[name:Connor Bright]] took place at [[organisation:Eastbridge Family Contact Centre]].
        {{Dad}} arrived with his new partner, who is not on the approved list, and the
        {{contact supervisor}} let her into the room. [[name:Jade]] became very distressed and the
        contact was ended after 20 minutes. [[name:Connor]]'s {{licence conditions}} include no
        contact with [[name:Jade]] outside supervised sessions; his {{probation officer}},
        Mr [[name:Hussain]], has been told and will speak to him.
        [[name:Tyler]] was unharmed but unsettled overnight.
        I've asked the contact centre for their {{incident form}} and suggested the approved list is
        printed and held at {{reception}}.

        Thanks,
        [[name:Faith]]
        [[name:Faith Osei-Bonsu]] | {{Senior Practitioner}} | [[organisation:Larkfield House]]
        [[phone:07700 900 516]]
    """)),
    ("social_care", "near_miss", block("""
        [[date:02/04/2024]], 15:31 - [[name:Amber]] [[organisation:Little Acorns]]: hi is anyone free?? man at the
        door of [[organisation:Little Acorns]] saying hes here to collect [[name:Oliwia]] for {{mum}}
        [[date:02/04/2024]], 15:32 - [[name:Marta Zielinska]]: NO do not release. not on the
        {{collection list}}. who is he?
        [[date:02/04/2024]], 15:33 - [[name:Amber]] [[organisation:Little Acorns]]: says hes [[name:Daz]], wont give surname
        [[date:02/04/2024]], 15:33 - [[name:Marta Zielinska]]: keep her inside pls, ringing mum now
        [[date:02/04/2024]], 15:41 - [[name:Marta Zielinska]]: mum says its her brother, she asked him
        cos shes stuck at {{probation}}, but he hasnt been {{risk assessed}} and theres a
        {{CP plan}}. I'll come down and collect her myself
        [[date:02/04/2024]], 15:42 - [[name:Amber]] [[organisation:Little Acorns]]: ok he's gone, [[name:Oliwia]] fine,
        in the {{baby room}} with [[name:Precious]]
        [[date:02/04/2024]], 16:05 - [[name:Marta Zielinska]]: got her 👍 will do a {{near miss}} form
        + tell the {{SW}}
    """)),
    ("social_care", "success", block("""
        PRE-RELEASE PLANNING MEETING - [[organisation:HMP Ferndown Vale]] {{MBU}}
        Date: [[date:25 April 2024]]
        Present: [[name:Chipo Nyathi]] ({{MBU}} manager), [[name:Leanne Grayson]] (mum),
        [[name:Grace Obi]] ({{social worker}}, [[organisation:Westmoor CC]]), [[name:Rajesh Pillai]]
        ({{Community Offender Manager}}), [[name:Ffion Rhys]] ({{health visitor}}),
        [[name:Mark Dunleavy]] ([[organisation:Larkfield House]])
        Apologies: [[name:Joy Ekwueme]] ({{IRO}}), [[name:Pat Brennan]]
        ([[organisation:Little Acorns Nursery]])

        1. [[name:Leanne]]'s release date confirmed as [[date:13 May]]. {{Licence conditions}} agreed
           with {{Probation}}; no exclusion zone issues for the centre.
        2. Baby [[name:Harper]] ([[age:7 months]]) will move with mum on the day - no gap in care.
        3. {{Nursery}} place starts [[date:20 May]]; [[name:Pat]] has sent the settling-in plan.
        What went well: first time all agencies signed off the move plan three weeks before
        release. [[name:Leanne]] said she "finally felt listened to". Worth sharing as good practice.
    """)),
    ("social_care", "near_miss", block("""
        Night check chronology - {{Flat 6}} - [[date:Sat 27 April]]
        02:00 {{hourly check}} - mum [[name:Ebony Clarke]] ([[age:22]]) and baby [[name:Rose]]
              ([[age:6 wks]]) in bedroom, baby in {{Moses basket}}.
        03:10 check - mum asleep on sofa with [[name:Rose]] on her chest, throw over both.
              {{Night worker}} [[name:Sunny Bhogal]] woke mum gently, baby placed on her back in the
              basket, breathing and colour normal.
        03:25 talked through {{safer sleep}} advice ({{Lullaby Trust}} leaflet) again; mum said she'd
              been up with feeds and "only closed my eyes for a sec".
        03:40 informed {{on-call}} [[name:Ruth]].
        07:30 handed over to days; [[name:Ebony]]'s {{key worker}} to revisit the sleep plan and ask
              the {{health visitor}} to call in.
        No harm. Logged as near miss, ref [[case_reference:LFH-NM-0119]].
    """)),
    ("social_care", "incident", block("""
        HANDOVER - days to lates - [[date:Wed 8 May]]
        - Flat 1 [[name:Tasha]] + [[name:Reggie]] - settled. [[name:Reggie]]'s {{6-in-1}} done at surgery.
        - Flat 5 [[name:Agnieszka]] ("[[name:Aga]]") + [[name:Zofia]] - INCIDENT. [[name:Aga]]'s
          {{methadone}} from [[organisation:Kingsway Pharmacy]] was dispensed as 60ml not her
          prescribed 40ml. She took it at 08:30 before anyone spotted the label. [[name:Dev]] rang
          {{NHS 111}} - advice: observe, call {{999}} if hard to rouse. Obs 2-hourly, drowsy but
          rousable, {{resp rate}} 14. [[name:Zofia]] cared for by staff in the nursery room.
          {{Pharmacy}} informed (pharmacist Mr [[name:Oduya]]), {{CD}} error
          report done, ref [[case_reference:LFH-0451]].
        - Flat 3 empty, new admission due {{Friday}} from [[organisation:HMP Greyfriars]].
        {{Lates}}: keep obs going on [[name:Aga]], {{on-call}} aware.
    """)),
    ("social_care", "success", prose("""
        To everyone at [[organisation:Little Acorns Nursery]] - just a note from the staff team
        at [[organisation:Larkfield]] to say thank you to [[name:Holly]], [[name:Precious]] and
        [[name:Bill]] in the {{baby room}}. When [[name:Mason]]'s {{mum}} got a {{job interview}} at short
        notice on [[date:Tuesday 21st]], you stayed on past {{6pm}} so she didn't have to cancel, and
        you sent her a photo of him asleep so she could walk in calm. She got the job. Small
        things like that make the {{resettlement}} plan work far more than any {{pathway plan}}
        does. We have passed it on to your {{manager}} too. Love from [[name:Dawn]], [[name:Sanjay]] and
        all at the centre x
    """)),
    ("social_care", "incident", block("""
        Missed prison contact visits - [[name:Chantelle Moyo]] / baby [[name:Ezra]]
        Ref [[case_reference:WCC-CP-80142]]
        Date       | Visit type     | Reason missed                                     | Logged by
        [[date:04/06]]      | {{family day}}     | minibus [[vehicle_registration:KX19 RBN]] failed {{MOT}}                | [[name:JK]]
        [[date:11/06]]      | {{social visit}}   | no {{escort}} - {{sickness}}                             | [[name:J.K.]]
        [[date:18/06]]      | {{family day}}     | taxi didn't turn up, booked by {{Transport Desk}}     | [[name:RB]]
        Background: [[name:Ezra]]'s dad [[name:Marcus Moyo]] is at [[organisation:HMP Highmoor]] and
        contact is part of his {{sentence plan}}. Three missed in a month - [[name:Chantelle]] says
        [[name:Ezra]] now cries when handed over. Raised with the {{IRO}}.
        Action: book [[organisation:Eastbridge Cars]] direct as back-up; {{minibus}}
        [[vehicle_registration:KX19 RBN]] off road until repaired.
    """)),
    ("social_care", "near_miss", prose("""
        fyi found the front door code written on a post-it stuck under the table in the
        {{visitors room}} :( pretty sure one of the mums wrote it down for her {{bf}}. changed the code
        w [[name:gaz]] from {{maintenance}} @ 1630, new one is in {{the safe}}. nobody got in as far as
        we kno, checked {{CCTV}} back to {{sunday}} w [[name:priya]]. told all mums at {{house meeting}}
        not to share it, mum in question ([[name:destiny]]) denied it but it was her writing tbh.
        prob needs a {{risk assessment}} review + maybe {{keypad}} w {{fob}} instead? [[name:gaz]] says
        [[organisation:Securefit]] can quote. [[name:lou]]
    """)),
    ("social_care", "incident", block("""
        From: [[name:Olumide Bankole]] <[[email:olumide.bankole@westmoor.gov.uk]]>
        To: [[email:info.governance@westmoor.gov.uk]]
        Cc: Manager, [[organisation:Larkfield House]]
        Date: [[date:19 June 2024]]
        Subject: Data breach - {{parenting assessment}} sent to wrong {{probation}} office

        The {{parenting assessment}} for Ms [[name:Simran Kaur]] (case [[case_reference:WCC-CP-79915]])
        was e-mailed at 11:02 to Ms [[name:J Carter]] at [[organisation:Northfield PDU]] instead of
        Ms [[name:J Carter]] at [[organisation:Eastbridge PDU]]. {{Outlook}} {{auto-complete}} picked the wrong
        address. The report contained [[name:Simran]]'s and her baby's dates of birth and the
        centre address. Recipient confirmed deletion by phone at 11:40. {{DPO}} to assess against
        the {{ICO}} threshold. Learning: check recipients on anything marked {{OFFICIAL-SENSITIVE}}.

        [[name:Olumide]]
        {{Team Manager}}, {{Children in Care (East)}}
        [[phone:01632 960 447]]
    """)),
    ("social_care", "success", block("""
        #mbu-liaison   ({{Slack}})
        @[[name:tunde.o]]  10:02  good news!! [[name:Aaliyah]]'s {{CP plan}} stepped down to
                    {{Child in Need}} at conference this morning 🎉
        @[[name:siobhan.nibhriain]]  10:04  that's brilliant. she was on the {{MBU}} at
                    [[organisation:HMP Greyfriars]] when I first met her, baby [[name:Nova]] was [[age:3 weeks]]
        @[[name:tunde.o]]  10:05  chair said the {{parenting assessment}} from
                    [[organisation:Larkfield]] was the best evidence she'd seen
        @[[name:siobhan.nibhriain]]  10:07  credit to [[name:Siobhán]]... {{jk}} 😂 credit to
                    [[name:Aaliyah]], and [[name:Rukhsana]] for the {{Signs of Safety}} mapping
        @[[name:rukhsana.h]]  10:11  aw. will add to {{practice learning}} notes for {{supervision}}
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:3 July]] at approximately {{11:45}} an agency {{nursery practitioner}},
        [[name:Jasmine Adebayo-Ross]], prepared a standard {{first infant formula}} bottle for baby
        [[name:Kaiden]] ([[age:10 months]]), who has a diagnosed {{cow's milk protein allergy}} and is
        prescribed {{Nutramigen}}. The allergy was on the board in the {{milk kitchen}} but not on
        the bottle label. Before the feed was given, our {{nursery nurse}} [[name:Faith]] recognised
        the tin and stopped it. No milk was given. [[name:Kaiden]]'s mum, Miss [[name:Tiegan Lowe]],
        was told the same day and was understanding. Actions:
        allergy sticker on every named bottle; agency staff to read the {{allergy register}} at
        induction; {{Ofsted}} notification not required as no harm. Reported by the {{Nursery Manager}}.
    """)),
    ("social_care", "incident", block("""
        STRATEGY DISCUSSION - MINUTES ({{Working Together}} 2023)
        Date: [[date:12/07/2024]]  Ref: [[case_reference:MASH-24-6631]]
        Attendees: [[name:Nasreen Siddiqui]] ({{MASH}} {{Team Manager}}, chair), DC [[name:Farrah Qureshi]]
        ({{Child Abuse Investigation Team}}), [[name:Grace Obi]] ({{SW}}), [[name:Mark Dunleavy]]
        ({{DSL}}, [[organisation:Larkfield House]]), [[name:Rajesh Pillai]] ({{COM}})
        Apologies: {{named nurse}}
        Concern: on {{ROTL}} on [[date:10 July]] mum [[name:Stacey Doyle]] left baby [[name:Archie]]
        ([[age:4 months]]) with a man not approved under her {{licence}}. He has previous for
        violence. [[name:Archie]] returned with a bruise to the cheek.
        Decision: {{Section 47}} enquiry; {{child protection medical}} today; mum's {{ROTL}} suspended
        pending review by the {{prison}}.
        Actions: [[name:Grace]] - visit today; DC [[name:Qureshi]] - {{PNC}} checks;
        [[name:Mark]] - secure {{CCTV}} from the centre car park.
    """)),
    ("social_care", "success", prose("""
        Learning from good practice. [[name:Siân Pritchard-Evans]] was separated from her daughter
        [[name:Alfie]] ([[age:8 weeks]]) when she was remanded in {{January}} - {{foster care}}
        with Mr and Mrs [[name:Lockwood]] followed. After sentencing she was given a place on the
        {{mother and baby unit}} and then moved to [[organisation:Larkfield House]] for a 12-week
        residential assessment. Her {{social worker}}, [[name:Tendai Chikwanha]], arranged for the
        [[name:Lockwoods]] to keep visiting through the transition, which meant [[name:Alfie]] had a
        familiar face at each step. The final report to the {{Family Court}} on
        [[date:30 August 2024]] recommended she remain in her mother's care under a
        {{supervision order}}. What made the difference: one consistent {{key worker}}, daily
        {{video calls}} in the first fortnight, and [[name:Tendai]] attending every {{core group}} in
        person. Shared at the {{practice forum}}.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        pm session chair 7 - mr [[name:okonkwo]] needled by [[name:jess]] (new starter, 2nd wk).
        arterial needle {{infiltrated}} on start up, big {{haematoma}} upper arm. [[name:jess]] asked
        me to re-needle, went in lower down w a {{15g}}, ok after that. pt v unhappy, says its the
        3rd time this month w new staff + he wants a named needler. told {{nurse in charge}}
        ([[name:ade]]). {{ice pack}}, marked edge of the bruise w pen. session only ran 3h10 not 4h
        so {{Kt/V}} will be down, {{renal reg}} aware. pls can {{vascular access}} team review, his
        {{fistula}} map in the notes is out of date + doesnt show the {{aneurysm}}. datix
        [[case_reference:W-118234]] done, hosp no [[case_reference:RB4417729]]. also
        {{cannulation}} sign off for new starters needs looking at imo
    """)),
    ("health", "near_miss", prose("""
        On the {{twilight shift}} of [[date:Tuesday 23 January]] two patients with the same surname
        were booked into adjacent stations: Mr [[name:Imran Khan]] ([[case_reference:RB2209183]]),
        prescribed a {{dialysate}} {{potassium}} of 1 mmol/L, and Mr [[name:Irfan Khan]]
        ([[case_reference:RB3310947]]), prescribed 3 mmol/L. The {{healthcare assistant}} setting up
        station 3 opened the wrong electronic record and began programming the
        {{Fresenius 5008S}} for Mr [[name:Irfan Khan]] using Mr [[name:Imran Khan]]'s prescription.
        At the {{second check}} before connection, Staff Nurse [[name:Rose Adeyinka]] compared the
        wristband with the screen and stopped the set-up. No treatment was delivered.
        Contributing factors: near-identical names and initials, and bed allocations moved at short
        notice by the {{nurse in charge}}. Actions: a {{name alert}} sticker on both records and
        chairs, no same-surname patients at adjacent stations, and the {{three-point ID check}}
        reinforced at {{safety huddle}}. Datix [[case_reference:W-117960]].
    """)),
    ("health", "success", block("""
        SHOUT-OUT ⭐ [[organisation:Brackenbury Renal Unit]] staff board
        Massive thanks to [[name:Stu]] ([[name:Stuart McAllister]], our {{renal technician}}).
        On [[date:Mon 5 Feb]] his 06:30 {{total chlorine}} check on the post-{{carbon filter}} sample
        read 0.12 mg/L - over the 0.1 limit. He stopped the {{RO plant}}, found the {{carbon tank}}
        had missed its last {{backwash}}, swapped to the standby tank and retested twice before
        letting the first patients on at 07:40.
        Without that, 22 patients could have been exposed to {{chloramine}} - risk of
        {{haemolysis}}. Everyone still got a full session, the early ones just stayed later.
        [[organisation:HydroPure]] are reviewing the backwash timer.
        Thanks [[name:Stu]] 👏
        [[name:Mandeep]], {{Unit Manager}}
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT - PATIENT TRANSPORT
        Patient name: [[name:Doreen Ashworth]]
        {{DOB}}: [[date_of_birth:04/11/1941]]     Age: [[age:82]]
        NHS no: [[nhs_number:659 642 7706]]     Hosp no: [[case_reference:RB1093376]]
        Address: [[address:22 Linnet Close, Halsey]] [[postcode:HL9 2TB]]
        Date of incident: [[date:14/01/2024]]
        Provider: [[organisation:Medilink Patient Transport]], vehicle [[vehicle_registration:WU21 KHF]]
        Summary: after her {{twilight session}} the crew dropped [[name:Doreen]] home at 22:40. Her
        {{key safe}} code had been changed and her daughter [[name:Lynne]] was away. The crew left her
        in the porch with her bag and did not tell the unit. A neighbour, Mr [[name:Gill]], found
        her at 23:15 and rang {{999}}. {{Ambulance}} took her to {{ED}} at
        [[organisation:St Aldhelm's]]; mild {{hypothermia}}, home next day.
        Immediate action: {{transport liaison}} informed; [[organisation:Medilink]] investigating.
        Reported by: [[name:Efua Mensah]], {{Band 6}} {{RN}}, [[phone:01632 960 781]]
    """)),
    ("health", "incident", block("""
        Chronology - [[date:Thursday 7 March]] - chair 12 - Mr [[name:Fernando Silva]], [[age:67]]
        07:05 on. {{UF}} goal 3.8 L ({{interdialytic weight gain}} 3.6 kg over {{dry weight}}).
        09:20 BP 84/50, dizzy. {{UF}} paused, 200 ml {{sodium chloride 0.9%}} bolus by
              SN [[name:Dimitra Papadakis]].
        09:40 BP 108/62, UF restarted at lower rate.
        11:05 off. Sat for 10 min, lying BP recorded, standing BP not done.
        11:20 stood to walk to transport, collapsed in corridor and hit head on the wall.
              {{HCA}} [[name:Kwame]] called for help.
        11:22 {{NEWS2}} 5, {{GCS}} 15, small laceration to forehead.
        11:45 reviewed by {{renal registrar}} Dr [[name:Lindqvist]]; sent to {{ED}} for {{CT head}}
              as he takes {{warfarin}}.
        Outcome: CT clear, wound glued, home same evening.
        Learning: standing BP before leaving the unit; fluid gains to be reviewed with the
        {{dietitian}}. Ref [[case_reference:W-118702]].
    """)),
    ("health", "near_miss", block("""
        From: [[name:Nadia Haddad]] <[[email:nadia.haddad@staldhelms.nhs.uk]]>
        To: [[organisation:Brackenbury Renal]] - {{Nurse in Charge}}
        Date: [[date:Tue 16 April 2024]] 17:05
        Subject: Positive blood culture - [[case_reference:RB5581204]]

        Hi all,
        Micro phoned {{IPC}} at 16:50: blood cultures from Mrs [[name:Thandiwe Dlamini]]'s
        {{tunnelled line}}, taken on [[date:13 April]], are growing {{MSSA}}. The result had been on
        {{ICE}} since {{Sunday}} but was not picked up by the unit and she dialysed {{Monday}}
        with no antibiotics. She is well today (no fever, {{CRP}} pending) so this is a near miss,
        but please ring her tonight, start {{cefazolin}} post-dialysis per the renal protocol and
        ask the {{renal SpR}} about a {{line exchange}}.
        Can the unit agree who checks {{ICE}} for outstanding cultures at weekends?

        Thanks
        [[name:Nadia]]
        [[name:Nadia Haddad]] | {{Infection Prevention and Control Nurse}} |
        [[organisation:St Aldhelm's Hospital]] | ext 4416
    """)),
    ("health", "success", block("""
        [{{Teams}} chat] [[organisation:Brackenbury Renal]] - {{Nurses in Charge}}   [[date:08/02/2024]]
        [[name:Carys Llewellyn]] 06:12  roads awful, [[organisation:Medilink]] say only 2 crews out 😬
        [[name:Tomás Ó Riordáin]] 06:15  ok - push the 07:00 start back to 10:00? I'll ring round
        [[name:Carys Llewellyn]] 06:16  yes. and ask [[organisation:Halsey Community Transport]] about
            their {{volunteer drivers}} with {{4x4s}}
        [[name:Bill Okafor]] 06:40  rung all 14 on the {{early list}}, 9 can get lifts from family
        [[name:Tomás Ó Riordáin]] 07:55  [[organisation:HCT]] bringing the other 5 in 2 runs 👍
        [[name:Carys Llewellyn]] 18:30  final tally: 0 missed sessions. 3 {{pts}} had a shortened run
            ({{3.5h}}) so extra {{Kt/V}} bloods next week. thank you all, esp [[name:Bill]] for
            staying til 9 and the {{twilight}} team for soaking up the overflow
    """)),
    ("health", "incident", block("""
        HANDOVER am -> twilight  [[date:22/05]]
        Chair 2 - [[name:Joyce]]: {{AVF}} {{bruit}} + {{thrill}} good, needled first time.
        Chair 4 - Mr [[name:T. Achterberg]] - INCIDENT: {{CVC}} locked with {{heparin}} 5,000 units/ml
          at end of session instead of {{46.7% trisodium citrate}}. He has documented {{HIT}}
          (red banner on {{eRenal}}). Spotted at 13:10 by [[name:Lorraine]] checking the chart after
          he'd left. Called him back - both lumens aspirated 5 ml each, relocked with citrate.
          {{FBC}} + {{platelets}} sent. Dr [[name:Oyelaran]] aware, no bleeding. Datix
          [[case_reference:W-119055]].
        Chair 9 - Mrs [[name:Okoro]]'s transport booked for 16:30.
        {{Stock}}: citrate locks were on the {{heparin}} shelf again - moved.
    """)),
    ("health", "near_miss", block("""
        {{RO PLANT}} - WEEKLY WATER LOG - [[organisation:Brackenbury Renal Unit]]
        Date       | Test                          | Result       | Limit      | Initials
        [[date:03/06/24]]   | {{total chlorine}} (post-carbon)   | 0.05 mg/L    | <0.1       | [[name:SM]]
        [[date:03/06/24]]   | {{endotoxin}} (loop return)        | 0.18 EU/ml   | <0.25      | [[name:SM]]
        [[date:10/06/24]]   | {{TVC}} (loop return)              | 62 cfu/ml    | <100       | [[name:A.K.]]
        [[date:10/06/24]]   | {{conductivity}} (product)         | 4.1 µS/cm    | <10        | [[name:A.K.]]
        Comment: the {{TVC}} was over the {{action level}} of 50 cfu/ml but the result sat in the
        tray until [[date:15/06]] because [[name:SM]] was on leave. No patient harm - still under the
        maximum - but it should have triggered a {{heat disinfection}} straight away.
        [[organisation:HydroPure Renal Services]] engineer [[name:Kieran]] did the disinfection
        [[date:17/06]]; repeat 8 cfu/ml.
        Action: results to be emailed to the {{Unit Manager}} and {{cover tech}}, not left in a tray.
    """)),
    ("health", "success", block("""
        [[organisation:Brackenbury Renal Unit]] - Quality Improvement Meeting
        Date: [[date:17 April 2024]], {{seminar room}}
        Present: [[name:Mandeep Sandhu]] ({{Unit Manager}}), Dr [[name:Elif Yıldırım]]
        ({{consultant nephrologist}}), [[name:Efua Mensah]] ({{Band 6}}), [[name:Grace Tan]]
        ({{renal dietitian}}), [[name:Hope]] ({{patient representative}})
        Apologies: [[name:Stuart McAllister]], Dr [[name:Oyelaran]]

        1. Missed sessions project ({{PDSA}} cycle 3). Night-before text reminders from
           [[organisation:Medilink]] with a reply-to-cancel option. Missed or shortened sessions
           down from 31 in {{January}} to 9 in {{March}}.
        2. [[name:Hope]] said patients like getting a named driver in the text; two said it made
           them less anxious about being left at home.
        3. [[name:Grace]] - {{phosphate}} control improved in the same group (fewer missed
           {{binders}} when sessions run on time).
        Agreed: write up for the {{renal network}} and share with {{Kidney Care UK}}.
    """)),
    ("health", "incident", block("""
        [[date:14/05/2024]], 07:52 - [[name:Dimitra]]: mr [[name:adebayo]] not arrived, {{transport}}
        says no answer at the door
        [[date:14/05/2024]], 07:54 - [[name:Kwame]]: he was a {{DNA}} sat too 😕
        [[date:14/05/2024]], 08:05 - [[name:Dimitra]]: rang him x3 on [[phone:07700 900 203]] nothing.
        ringing his {{son}}
        [[date:14/05/2024]], 08:31 - [[name:Dimitra]]: son ([[name:Femi]]) went round, found him on
        the kitchen floor, conscious but muddled. {{999}} called
        [[date:14/05/2024]], 10:12 - [[name:Dimitra]]: {{ED}} rang, {{K+}} 7.4, he's going for
        emergency {{HD}} on the {{renal ward}}
        [[date:14/05/2024]], 10:15 - [[name:Joan Ferris]]: thanks. pls datix - missed sat and nobody
        followed up over the weekend. ref [[case_reference:W-119410]]. and lets move this off
        {{WhatsApp}} now pls, use {{Teams}}
    """)),
    ("health", "near_miss", prose("""
        chair 2 - [[name:marg]] (mrs [[name:hennessey]]) had her blanket pulled right up over her arm
        cos she was cold. venous needle tape came loose underneath, {{VP}} alarm went at 10:40 but
        only dropped a bit so {{machine}} didnt stop straight away. [[name:rhi]] saw blood on the
        blanket within seconds, clamped + stopped the {{blood pump}}, est loss under 50ml. re-taped,
        {{obs}} fine, finished session. no harm. reminded everyone at {{huddle}}: access site
        uncovered + visible at all times per {{unit policy}}, {{chevron taping}}. also - do we have
        any {{wetness detectors}}?? think the {{Renal Association}} stuff recommends them. pls
        escalate to [[name:Mandeep]]. ref [[case_reference:W-119301]]
    """)),
    ("health", "incident", block("""
        From: Dr [[name:Priyanka Raghunathan]] <[[email:p.raghunathan@staldhelms.nhs.uk]]>
        To: [[email:brackenbury.renal@staldhelms.nhs.uk]]; {{IPC}} team
        Date: [[date:3 June 2024]]
        Subject: Holiday dialysis - {{BBV}} screening gap

        Mr [[name:Gérard Lefèvre]] ([[age:71]]), visiting from [[organisation:Centre de Dialyse Saint-Jean]],
        dialysed here on [[date:29 May]] and [[date:31 May]] in the {{open bay}}. His {{HBsAg}} result was
        dated [[date:12 February]] - outside our 4-week rule for holiday patients - and his {{HCV}}
        and {{HIV}} results were missing altogether. The booking was accepted over the phone and
        the {{checklist}} was not completed.
        Repeat screen sent on [[date:31 May]] is negative, so there is no transmission risk, but
        this breaches our policy and the {{UK Kidney Association}} guideline. Mr [[name:Lefèvre]]
        was not at fault.
        Please make sure no holiday booking is confirmed without the completed form.

        [[name:Priya]]
        Dr [[name:Priyanka Raghunathan]], {{Consultant Nephrologist}}
        [[organisation:St Aldhelm's Hospital]]
    """)),
    ("health", "success", block("""
        Card received [[date:1 July]] - now pinned on the {{staff room}} board:
        "To all the nurses at [[organisation:Brackenbury]], thank you for looking after {{Dad}}
        ([[name:Harold Pike]]) three times a week for six years. Special thanks to Sister [[name:Joy]],
        who never once rushed him, and to [[name:Faith]] on the {{Tuesday}} {{twilight}} for the
        chats about {{cricket}}. He always said the unit was his second home.
        With love, [[name:Wendy]], [[name:Graham]] and [[name:Lucy Pike]]"
        Manager's note: [[name:Harold]]'s {{advance care plan}} and the decision to stop dialysis
        were led by [[name:Joy]] with the {{supportive care}} team and his {{GP}} at
        [[organisation:Halsey Road Surgery]]. The family say he died at home as he wanted.
        Sharing as an example of good {{end of life care}} on a {{dialysis unit}}.
    """)),
    ("health", "incident", prose("""
        On [[date:9 August 2024]] pre-dialysis bloods for Mr [[name:Nguyen Van Thanh]]
        ([[case_reference:RB6620415]], {{NHS number}} [[nhs_number:952 143 2357]]) showed a
        {{potassium}} of 7.1 mmol/L. The result was phoned to the unit at 08:20 and written on
        a sticky note, but it was not passed to the nurse looking after him or to the {{SHO}}.
        He was connected as normal at 08:40 with a standard 2 mmol/L {{dialysate}}. At 08:55 the
        {{HCA}} noticed his pulse was 44; an {{ECG}} showed peaked {{T waves}}. He was given
        {{calcium gluconate}} and {{insulin-dextrose}} on the unit and stabilised on dialysis. He
        came to no lasting harm. Contributing factors: no read-back of critical results, and the
        phone is answered by whoever is nearest. Action: critical results to go straight to the
        {{nurse in charge}} with a read-back, logged on {{eRenal}}. Reported by
        [[name:Ahmed El-Sayed]], {{Charge Nurse}}. Datix [[case_reference:W-120114]].
    """)),
    ("health", "near_miss", block("""
        Night log - water treatment - [[date:Sun 18 Aug]]
        02:14  {{BMS}} alarm: {{RO}} product {{conductivity}} high (38 µS/cm). Auto-dialler rang the
               old {{charge nurse}} mobile, not the on-call tech.
        02:50  security guard [[name:Delroy]] saw the panel light on his round and rang the
               switchboard, who got hold of [[name:Łukasz Wiśniewski]] ({{on-call tech}},
               [[phone:07700 900 771]]).
        03:35  [[name:Łukasz]] on site. Second-stage {{RO membrane}} failed. Plant isolated.
        05:30  membrane replaced from stock, plant flushed.
        06:00  {{chlorine}} and {{conductivity}} checks in range, {{TVC}} sample sent.
        06:45  first patients connected, 45 min late.
        No patient dialysed on out-of-spec water. Near miss because the alarm went to a number
        nobody has carried since {{June}}.
        Action: dialler numbers to be tested monthly; owner [[name:Mandeep]].
    """)),
    ("health", "success", prose("""
        Learning from excellence. Mrs [[name:Amina Yusuf]] ([[age:58]]) was so anxious about needling
        that she had twice asked to switch to a {{central venous catheter}}. Our {{link nurse}}
        [[name:Rhiannon Gwilym]] - "[[name:Rhi]]" to patients - offered her {{self-cannulation}}
        training using the {{buttonhole technique}} with {{blunt needles}}. Over six weeks
        [[name:Rhi]] built sessions around her, first just watching, then holding the needle, then
        placing it with [[name:Rhi]]'s hand on hers. [[name:Amina]] now needles herself every session,
        has had no infiltrations in three months, and has started talking new patients through it
        in the waiting area. Her {{fistula}} remains healthy on {{ultrasound}}. What helped:
        protected training time agreed by the {{Unit Manager}}, and a patient-held log. Nominated
        for the {{Trust}} {{Going the Extra Mile}} award.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        nights - {{HPT}} case bolts on ESN [[case_reference:891-447]] torqued but the
        {{torque record}} only has one signature, no {{independent inspection}} stamp.
        [[name:gaz]] says [[name:dec]] did the dupe check before he went home but [[name:dec]]'s not
        signed or stamped. cant release it til thats sorted so engine quarantined in {{bay 3}},
        {{red tag}} on. rang [[name:Wojciech]] ({{shift lead}}) at 0310, he'll ring [[name:dec]] in
        the am. {{WO}} [[case_reference:WO-24-1187]]. same thing happened on the {{V2500}} last
        month fyi so its not a one off - think the {{task card}} layout is half the problem, the
        {{dupe insp}} box is on the back page. [[name:kev]]
    """)),
    ("aviation", "near_miss", prose("""
        During the closing {{borescope inspection}} of {{CFM56-7B}} ESN [[case_reference:894-117]]
        on [[date:12 March 2024]], {{licensed engineer}} [[name:Aleksandra Nowicka]] found a 12 mm
        offcut of {{lockwire}} lying on the {{combustor}} liner, visible through the {{igniter port}}.
        It was retrieved with a {{retrieval tool}} under [[name:Aleksandra]]'s supervision and the
        full {{hot section}} was re-inspected with nothing further found. Had it not been seen, the
        engine would have gone to the {{test cell}} that night. The wire was traced to a
        {{fuel manifold}} clamp lockwired by {{apprentice}} [[name:Ollie Brennan-Price]] with the
        {{FOD}} mat not in place. No blame attached: the mat had been borrowed by {{Bay 2}}.
        Actions: a second {{FOD mat}} per bay, and a {{FOD}} sweep item added to the
        pre-closure checklist. Ref [[case_reference:KAE-OR-24-031]].
    """)),
    ("aviation", "success", block("""
        ⭐ SHOUT-OUT BOARD - [[date:w/c 8 April]] ⭐
        Huge well done to [[name:Sunita]] and [[name:Robin Achebe]] on days.
        Routine {{borescope}} of the {{HPC}} on the engine off [[aircraft_registration:G-NLKE]] -
        [[name:Robin]] noticed a faint line at the root of a {{stage 3}} blade that everyone else had
        put down to a shadow. [[name:Sunita]] re-shot it with the {{articulating probe}} at a different
        angle: a 4 mm {{crack}}. {{Blade}} confirmed by {{NDT}} and the {{module}} replaced.
        [[organisation:Northlink Airways]] {{tech services}} have already thanked us.
        Good eyes, good {{challenge}}, good teamwork.
        [[name:Hamish]] ({{Quality Manager}})
    """)),
    ("aviation", "incident", block("""
        From: [[name:Catriona Lamont]] <[[email:c.lamont@kestrelaero.co.uk]]>
        To: {{Stores}}; Build Shop Leads
        Date: [[date:Fri 19 April 2024]] 14:37
        Subject: Quarantine breach - {{red tag}} removed - [[case_reference:NCR-24-0093]]

        All,
        A {{fuel nozzle}} S/N [[case_reference:FN77213]] was placed in {{quarantine}} on
        [[date:15 April]] with an {{unserviceable tag}} after failing {{flow test}}. Today it was found
        fitted to ESN [[case_reference:ED1207]] in {{Bay 4}}. The tag was in the bin beside the
        {{quarantine cage}}, which was unlocked.
        The fitment was caught by inspector [[name:Huang Mei]] at the pre-closure check because
        the S/N did not match the {{Form 1}} in the {{work pack}}. Nozzle removed and re-quarantined.
        Stores clerk [[name:Patrick Dunne]] ("[[name:Paddy]]") has been spoken to - he took the nozzle
        believing it had been cleared. The cage key is now signed out only by the {{stores supervisor}}.

        Regards
        [[name:Catriona Lamont]]
        {{Quality Engineer}} | [[organisation:Kestrel Aero Engines]] | [[phone:01632 960 235]]
    """)),
    ("aviation", "near_miss", block("""
        SHIFT HANDOVER  B -> C   [[date:23/04]]
        {{Bay 1}} - {{PW127M}} ESN [[case_reference:ED0934]] - {{hot section inspection}} complete, awaiting
                {{HPT}} blades from {{stores}}.
        {{Bay 2}} - NEAR MISS: [[name:Faisal]] went to use torque wrench {{TW-118}} on the {{AGB}} mounting
                studs and saw the {{calibration}} label had expired three weeks ago. Not used on this
                engine. {{Tool log}} shows last use [[date:02/04]] by [[name:B. Kowalczyk]] - before
                expiry, so no re-torque needed. Wrench in the {{U/S}} cupboard.
                Why wasn't it recalled? [[name:Faisal]] thinks the {{cal}} database email goes to
                [[name:Bogdan]]'s old address.
        {{Bay 3}} - ESN [[case_reference:891-447]] still in {{quarantine}}, waiting on
                [[name:dec]]'s stamp.
        Handed over by: [[name:Rhys]]     Taken by: [[name:Maria João]]
    """)),
    ("aviation", "incident", block("""
        Ground run - [[date:27 April 2024]] - [[aircraft_registration:G-SOLA]] ({{ATR 72-600}}),
        {{run-up bay}} 2. RT extract ({{Ground}}) plus notes.
        14:02 [[organisation:KAE]]: [[organisation:Halsey Ground]], [[organisation:Kestrel]] run one, ground run crew on
              [[aircraft_registration:Golf Sierra Oscar Lima Alpha]] at {{run-up bay two}}, request
              engine runs to high power, {{fire cover}} in position.
        14:03 {{GND}}: [[organisation:Kestrel]] run one, [[organisation:Halsey Ground]], runs approved, {{report complete}}.
        14:03 [[organisation:KAE]]: Runs approved, {{wilco}}, [[organisation:Kestrel]] run one.
        14:11 at 85% {{torque}} on No. 2 the aircraft crept forward approx 1.5 m; right main
              {{chock}} had been placed loose. [[name:Jonno]] (in the seat) cut power, {{parking brake}}
              was on but the {{accumulator}} pressure was low.
        14:12 [[organisation:KAE]]: [[organisation:Halsey Ground]], [[organisation:Kestrel]] run one, shutting down, aircraft has moved, no damage.
        Crew: [[name:Jonathan Reeve]] ({{B1}}), [[name:Ifeoma Eze]] ({{ground safety}}).
        No injury; wingtip clear of the {{blast fence}} by approx 3 m.
        Internal ref [[case_reference:KAE-OR-24-044]]; customer [[organisation:Solent Air]] informed.
    """)),
    ("aviation", "success", block("""
        QUALITY REVIEW MEETING - [[organisation:Kestrel Aero Engines]] - [[date:2 May 2024]]
        Attendees: [[name:Hamish Gillespie]] ({{Quality Manager}}), [[name:Catriona Lamont]]
        ({{Quality Engineer}}), [[name:Deepak Menon]] ({{Production Manager}}), [[name:Ewa]] ({{Stores}}),
        [[name:Faith Adjei]] ({{Training}})
        Apologies: [[name:Will Hargreaves]] ({{Accountable Manager}})

        1. {{CAA}} {{Part 145}} audit: all four {{Level 2 findings}} closed ahead of the
           [[date:31 May]] deadline. [[name:Hamish]] thanked [[name:Catriona]] for the evidence pack.
        2. Parts tagging: zero {{quarantine}} breaches since the cage key control started.
        3. {{Human Factors}} refresher: 96% of staff complete; [[name:Faith]] chasing the last six.
        4. {{Borescope}} image library: [[name:Ewa]] and [[name:Deepak]] to agree storage on the
           shared drive so images sit with each {{work pack}}.
        AOB: none. Next meeting [[date:6 June]].
    """)),
    ("aviation", "incident", block("""
        END OF SHIFT TOOL CHECK - C shift - [[date:30/04/24]]
        Toolbox   Owner              Status                              Checked by
        {{TB-04}}     [[name:Lee Fairbairn]]     complete                            [[name:MJ]]
        {{TB-07}}     [[name:Andrius Kazlauskas]]    10 mm {{ratchet spanner}} MISSING        [[name:MJ]]
        {{TB-11}}     [[name:Summer]]             complete                            [[name:M.J.]]
        {{TB-15}}     [[name:Pete]]               complete, 1 {{socket}} U/S tagged       [[name:M.J.]]
        Notes: [[name:Andrius]] last used the spanner on the {{LPT}} module of ESN [[case_reference:891-512]],
        which was closed up at 21:30. Engine not released. {{Borescope}} search by
        [[name:Summer]] and [[name:MJ]] at 23:10 found it lodged behind the {{LPT}} stage 1
        {{nozzle guide vane}}. Retrieved; no damage found.
        Incident because the {{shadow board}} check was skipped at module close-up.
        Ref [[case_reference:KAE-OR-24-049]].
    """)),
    ("aviation", "near_miss", block("""
        #build-shop  ({{Slack}})
        @[[name:deepak.m]]  09:14  can someone check the {{EASA Form 1}} on the engine going to
            [[organisation:Solent Air]] today? paperwork says ESN [[case_reference:ED0943]]
        @[[name:ana.f]]  09:16  the {{data plate}} in {{Bay 1}} says [[case_reference:ED0934]]
        @[[name:ana.f]]  09:17  😬 {{work packs}} swapped on the {{trolley}}. the [[case_reference:0943]] pack belongs to the
            engine still in {{test cell}}
        @[[name:deepak.m]]  09:18  STOP. nobody sign the {{CRS}}
        @[[name:hemi.w]]  09:30  checked both packs against data plates, swapped back, {{QA}} aware
        @[[name:ana.f]]  09:31  engine for [[aircraft_registration:G-SOLB]] is definitely
            [[case_reference:ED0934]] now. raising it as a {{near miss}}
        @[[name:deepak.m]]  09:33  nice catch [[name:Ana]]. we need packs clipped to the stand not
            stacked on trolleys
    """)),
    ("aviation", "success", prose("""
        A thank-you from the {{AOG desk}}. On [[date:Sat 11 May]], [[organisation:Northlink]]
        aircraft [[aircraft_registration:G-NLKF]] went {{AOG}} {{down-route}} with a {{bleed valve}}
        fault and flight [[flight_number:NLK417]] was cancelled. We had a serviceable valve but the
        {{Form 1}} was in the {{archive}}, not with the part. [[name:Ewa]] from {{Stores}} came in on her
        day off, found the certificate in under an hour, and big [[name:Tony]] drove the part to the
        {{cargo}} terminal himself. The aircraft was back in service for [[flight_number:NLK418]] the
        next morning. [[organisation:Northlink]] {{ops control}} have written to say thanks. Cheers
        both - and to [[name:Sunny]] on the phones for keeping everyone updated. [[name:Deepak]]
    """)),
    ("aviation", "incident", block("""
        [[organisation:KESTREL AERO ENGINES]] - INTERNAL OCCURRENCE REPORT
        Report ref: [[case_reference:KAE-OR-24-057]]
        Reporter: [[name:Kofi Boateng]]     Staff no: [[case_reference:K4471]]
        Date/time: [[date:15/05/2024]] 10:20
        Aircraft: [[aircraft_registration:G-NLKE]] ({{Boeing 737-800}}), engine #2, ESN [[case_reference:891-447]]
        Flight: [[flight_number:NLK228]]
        Description: engine released by us on [[date:13/05]] after {{HPT}} repair. During
        [[flight_number:NLK228]] the crew saw {{oil quantity}} falling and {{diverted}}. On arrival the
        {{oil tank}} filler cap was found not fully locked. Our {{ground run}} {{task card}} has a
        cap check, signed by [[name:Kofi Boateng]], but the cap was re-opened afterwards to top
        up and the second closure was not checked.
        {{MOR}} submitted to the {{CAA}}: yes. Customer informed: yes ({{CAMO}}).
        Immediate action: {{fleet campaign}} card for cap checks; briefing to all shifts.
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:20 May 2024]] [[name:Yusuf Demir]] was carrying out a {{borescope}} of the
        {{HPC}} on a {{PW127M}} while a colleague, [[name:Chloe]], turned the {{HP spool}} using the
        {{cranking tool}} on the {{AGB}}. The probe was still inserted at the {{stage 2}} port when
        [[name:Chloe]], who had her ear defenders on because of noise from {{Bay 4}}, started to
        rotate the engine without the verbal cue. [[name:Yusuf]] felt the probe drag and shouted;
        rotation stopped after about 20 degrees. The probe tip was bent but nothing was left in the
        engine and a second inspection found no blade damage. Had the tip sheared it would have
        meant a module strip. Actions: the {{borescope}} procedure now requires a "probe in / probe
        out" tag hung on the cranking tool, and a headset pair for two-person inspections.
        Reported via the {{just culture}} system, ref [[case_reference:KAE-OR-24-061]].
    """)),
    ("aviation", "incident", block("""
        [[date:21/05/2024]], 19:42 - [[name:Jonno]]: lads anyone about? engine stand just clipped the
        door frame going into {{test cell}}
        [[date:21/05/2024]], 19:43 - [[name:Shaz]]: which one
        [[date:21/05/2024]], 19:43 - [[name:Jonno]]: ESN [[case_reference:891-512]]. {{fan case}}
        {{acoustic panel}} has a dent, 40mm ish
        [[date:21/05/2024]], 19:45 - [[name:Pete M]]: who was on the {{forklift}}
        [[date:21/05/2024]], 19:46 - [[name:Jonno]]: me. only had one {{banksman}}, [[name:Shaz]] was on
        the other side of the stand and couldnt see the left
        [[date:21/05/2024]], 19:50 - [[name:Shaz]]: not blaming anyone but we were told 2 banksmen min
        for that door. ive stopped the move, engine back in {{Bay 3}}
        [[date:21/05/2024]], 19:58 - [[name:Pete M]]: ok. photos pls + occurrence report tonight. ill
        tell [[name:Wojciech]] and {{Quality}}. nobody hurt yeah?
        [[date:21/05/2024]], 19:59 - [[name:Jonno]]: nobody hurt 👍
    """)),
    ("aviation", "success", prose("""
        Since [[date:1 March]] the overhaul shop has used a structured {{shift handover}} board at
        each bay instead of the old free-text book. Each open task shows the {{task card}} step,
        who last touched it, any {{torque}} or {{lockwire}} left to do and any open
        {{independent inspection}}. The outgoing and incoming {{shift leads}} walk the bays together
        for ten minutes. In the three months before, the shop logged seven handover-related
        occurrences; in the three months since, none. The idea came from [[name:Maria João Ferreira]]
        after the {{HPT}} bolt event, and [[name:Hemi Walker]] built the boards from scrap
        {{perspex}}. The {{CAA}} surveyor commented favourably at the [[date:4 June]] visit and
        asked for a copy for the {{Part 145}} forum. Recommendation: adopt in the
        {{component workshop}} and link the board to {{CAP 716}} training.
    """)),
    ("aviation", "near_miss", block("""
        RT transcript - tow of [[aircraft_registration:G-SOLC]], [[date:29/05/2024]] (from the
        [[organisation:Halsey Tower]] recording, times {{UTC}})
        06:41:10 {{TUG}}: [[organisation:Halsey Ground]], [[organisation:Kestrel]] tow two, {{ATR}} at the {{engine shop apron}}, request tow
                 to {{stand one four}} via {{Bravo}}.
        06:41:22 {{GND}}: [[organisation:Kestrel]] tow two, tow approved via {{Bravo}}, hold short of {{taxiway Alpha}}.
        06:41:28 {{TUG}}: Via {{Bravo}}, hold short {{Alpha}}, [[organisation:Kestrel]] tow two.
        06:43:05 {{GND}}: [[flight_number:Solent two two]], taxi {{holding point}} {{runway two six}} via {{Alpha}}.
        06:43:12 [[organisation:SLT]]: Taxi two six via {{Alpha}}, [[flight_number:Solent two two]].
        06:44:40 {{GND}}: [[organisation:Kestrel]] tow two, {{STOP IMMEDIATELY}}.
        Notes: the tug crossed the {{Alpha}} holding line with [[flight_number:SLT22]] taxiing towards
        it; both stopped with about 150 m between them. {{Tug driver}} [[name:Ioana Popescu]] says she
        heard the clearance for [[flight_number:SLT22]] as her own. {{Brake rider}} [[name:Ciarán]] did not have
        a headset. {{ATC}} has filed its own report.
    """)),
    ("aviation", "incident", block("""
        Internal audit close-out - [[date:11 June 2024]]
        Present: [[name:Hamish Gillespie]] (chair), [[name:Catriona Lamont]], [[name:Deepak Menon]],
        [[name:Wojciech Nowak]] ({{shift lead}}, C shift)
        Apologies: [[name:Faith Adjei]]
        Finding [[case_reference:IA-24-08]]: during a {{product audit}} on ESN
        [[case_reference:ED1207]], [[name:Catriona]] found four {{independent inspection}} stamps
        from {{stamp holder}} [[case_reference:KAE-17]] on a shift when that inspector was on {{annual
        leave}}. The inspector, [[name:Declan O'Hara]], confirmed he had left his stamp in his
        toolbox and it had been used by a colleague to "save time". The tasks were re-inspected;
        all acceptable.
        Classification: {{Level 1}} internally; reported to the {{CAA}} as an {{MOR}}.
        Actions: stamps to be kept in individual {{lockers}} ([[name:Deepak]]); {{Human Factors}}
        session on stamp integrity ([[name:Faith]]); [[name:Wojciech]] to brief C shift.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind263", REPORTS))
