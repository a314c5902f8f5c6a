"""Held-out blind corpus 233: 50 invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures
how well de-identification generalises. Three settings, all people, organisations, places
and numbers invented:

* social_care (17): a family time (supervised contact) centre - contact supervisors,
  transport drivers, session notes, cancelled sessions, foster carers and parents.
* health (17): a sexual assault referral centre (SARC) - crisis workers, forensic nurse
  examiners, ISVAs, police referrals, emergency contraception and follow-up.
* aviation (16): apron management at a busy regional airport - marshallers, follow-me
  vehicles, stand allocation, airside driving permits, jet blast and pushbacks.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes
with attendance and apologies, pipe-separated tables, RT transcripts, shout-outs and thank-you
notes. `[[label:value]]` marks an identifier and `{{term}}` a must-not-redact mention.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind233.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        contact 2day cancelled last min. dad ([[name:kev]]) turned up 10 mins late n smelling
        of alcohol so i didnt let him thru to the {{family room}}. kids already in there w/
        {{foster carer}} [[name:bev]]. rang {{duty SW}} [[name:amira]] at {{15:40}} and she said
        end it, dont negotiate. kids v upset esp the little one ([[age:4yo]]). {{transport driver}}
        [[name:Tomasz]] took them back early to [[name:bev]]'s. dad kicking off in {{reception}},
        didnt need to call {{police}} in the end, he left on foot. pls can someone update the
        {{contact plan}} b4 {{next week}} - 3rd time this has happened since [[date:2 feb]].
        {{CP}} plan ref [[case_reference:HB-CP-22917]]. sorry for typos on my phone - [[name:jas]]
    """)),
    ("social_care", "near_miss", block("""
        FAMILY TIME CENTRE - NEAR MISS FORM
        Child: [[name:Faith Adeyemi-Cole]]
        DOB: [[date_of_birth:14/06/2017]]
        Ref: [[case_reference:FTC/0448/23]]
        Placement address: [[address:12 Lark Rise, Hallbrook]] [[postcode:HB4 7QT]]
        Reported by: [[name:Ciarán Ó Dálaigh]] ({{Contact Supervisor}})
        Date of event: [[date:Tue 7 Nov]]

        What happened: {{taxi}} booked through [[organisation:Kestrel Community Transport]] to
        collect [[name:Faith]] for {{Saturday}} family time. The {{booking sheet}} still had her
        previous address ([[address:3 Cinder Lane, Hallbrook]] [[postcode:HB2 9DX]]) from the old
        {{referral form}}. {{Birth mum}} lives two doors down from there. The driver ([[name:Des]])
        rang the office before setting off because the pick-up didn't match his last run.
        [[name:Faith]] was never taken there and her current address was not disclosed.
        Action: booking sheet now pulls from {{LCS}} only. {{Team Manager}} informed.
    """)),
    ("social_care", "success", block("""
        [09:14] [[name:Lou Fairweather]]: big shout out to [[name:Grace]] for yesterday 👏 sibling
        session went ahead even tho the {{IRO}} thought it would collapse
        [09:15] [[name:Lou Fairweather]]: she spotted the older boy ([[age:11]]) getting wound up
        when dad mentioned {{court}}, moved everyone into the {{Garden Room}}, got the {{Lego}}
        out and redirected dad really calmly. textbook {{trauma-informed}} stuff
        [09:17] [[name:Rafi Haddad]]: agreed, her {{session notes}} were brilliant too, really
        clear on what was said vs what was observed
        [09:18] [[name:Grace Mensah]]: aw thanks both!! couldnt have done it without [[name:Pat]]
        on the door tbh
        [09:20] [[name:Lou Fairweather]]: [[name:Pat]] is a legend. adding both to {{Friday}}
        huddle and the {{Signs of Safety}} learning log 🙌
    """)),
    ("social_care", "incident", block("""
        From: [[name:Oksana Hrytsenko]] <[[email:oksana.hrytsenko@ashgrove-ftc.org.uk]]>
        To: [[name:Martin Kerr-Doyle]]
        Subject: Session notes sent to wrong person - ref [[case_reference:AFT-INC-0912]]
        Date: [[date:Mon 13 Jan 2025]] 16:52

        Hi [[name:Martin]],

        Writing this up as agreed. This morning I emailed the {{session notes}} from
        [[date:Friday 10th]]'s family time to the {{paternal grandmother}} instead of the
        {{allocated social worker}}. The autofill picked Mrs [[name:Shah]] instead of
        [[name:Shahida Bell]] ([[organisation:Hallbrook Borough Council]]). The notes included the
        {{foster carers}}' first names and the children's school ([[organisation:St Aidan's Primary]]).
        Grandmother rang at 11:20 to say she had them and has deleted them. I have recalled the
        email, told the {{DPO}} and done the {{breach form}}.
        Learning: autofill off, and notes only go by {{secure email}} ({{Egress}}).

        Thanks,
        [[name:Oksana]]

        [[name:Oksana Hrytsenko]]
        {{Contact Supervisor}} | [[organisation:Ashgrove Family Time Centre]]
        [[phone:01632 960418]]
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - {{late shift}} to {{early shift}}, [[date:Weds 19/03]]
        - {{Blue Room}}: radiator cover loose again, taped, estates job logged
        - [[name:Hope]] ([[age:6]]) - NEAR MISS at pick up. Man in {{car park}} said he was
          "uncle [[name:Dean]]" and had been sent by mum to collect her. NOT on the
          {{approved list}}. [[name:Hope]] ran to him. [[name:Sunny]] ({{driver}}) stepped in,
          kept her in the car and checked the list with me. He left before {{Police}} were
          called. Description passed to [[name:Alicia Ferreira]] ({{SW}}). Mum denies sending anyone.
        - From now on: {{photo ID}} check at handover for ALL collectors pls
        - [[name:Ben]]'s session {{tmrw}} still on, dad confirmed by text 18:05
        - Keys to {{sensory room}} in the safe, code changed
        [[name:JK]]
    """)),
    ("social_care", "success", block("""
        FAMILY TIME PRACTICE MEETING - MINUTES
        Date: [[date:4 April 2024]]
        Present: [[name:Yusuf Demir]] (chair, {{Centre Manager}}), [[name:Mark Oyelaran]],
        [[name:Joy P]], [[name:Wen Li]], [[name:Siobhán Keane]]
        Apologies: [[name:Bill Treharne]] ({{Transport Coordinator}}), [[name:Amber]] (leave)

        Item 3 - Learning from good practice
        [[name:Mark Oyelaran]] presented the [[name:Novak]] family (ref [[case_reference:FT-2024-0311]]).
        Family time moved from {{fully supervised}} to {{supported}} over twelve weeks. The team
        used {{Signs of Safety}} scaling with mum at the end of every session and shared notes
        with her within 48 hours. The {{Guardian}} and {{IRO}} both commented positively at the
        {{LAC review}} and the {{judge}} agreed a step-down to community contact.
        What worked: same supervisor every session, honest notes, {{life story}} work.
        Actions: [[name:Wen Li]] to draft a one-page guide for {{new starters}}.
        [[name:Yusuf Demir]] to share at the {{regional forum}}.
    """)),
    ("social_care", "incident", block("""
        Incident chronology - finger trapped in door
        Ref [[case_reference:AFT-INC-0977]] | [[date:Sat 22 June]]
        14:00 Family time started, {{Room 4}}. Mum ([[name:Kerry-Ann Lowther]]), [[name:Mason]]
        ([[age:3]]) and baby.
        14:32 [[name:Mason]] ran to the door as supervisor ([[name:Ifeoma]]) came back in with
        drinks. Door closed on fingers of his left hand.
        14:33 {{First aider}} [[name:Rhys]] attended. Red, swollen, no open wound. Cold compress.
        14:40 Mum very distressed, blamed staff. Session paused.
        14:55 Rang {{foster carer}} [[name:Jan Wozniak]] on [[phone:07700 900682]], she agreed to
        take him to {{urgent care}}.
        15:05 Session ended early. {{Body map}} completed.
        17:30 Carer updated: {{X-ray}} clear, {{soft tissue injury}}.
        Actions: {{finger guard}} fitted to Room 4 on [[date:24/06]]. {{Duty SW}} informed.
    """)),
    ("social_care", "near_miss", block("""
        [[date:08/10/2024]], 07:48 - [[name:Darek]] Transport: morning all, picked up the
        {{minibus}} [[vehicle_registration:YX21 KDN]] and theres only 1 {{booster seat}} in it.
        got 2 kids for the 9am ([[name:Kai]] & [[name:Leila]])
        [[date:08/10/2024]], 07:50 - [[name:Rose]] {{FTC}}: other one is in the {{Berlingo}}
        [[vehicle_registration:WN68 FTE]], [[name:manny]] has it today
        [[date:08/10/2024]], 07:51 - [[name:Darek]] Transport: [[name:manny]] not answering. not taking
        [[name:Leila]] without it shes only [[age:5]]
        [[date:08/10/2024]], 07:53 - [[name:Rose]] {{FTC}}: agreed dont go. ringing {{foster carer}}
        [[date:08/10/2024]], 07:58 - [[name:Rose]] {{FTC}}: Mrs [[name:Ahmadi]] has a spare
        {{high-back booster}}, leaving it on the porch for u
        [[date:08/10/2024]], 08:20 - [[name:Darek]] Transport: got it, both strapped in, 10 min late
        [[date:08/10/2024]], 08:21 - [[name:Rose]] {{FTC}}: np will tell {{mum}}. good call 👍
    """)),
    ("social_care", "incident", prose("""
        On [[date:Thursday 5 September]] during supervised family time at
        [[organisation:Ashgrove Family Time Centre]], {{birth father}} Mr [[name:Liam Stroud]] was
        seen by the {{contact supervisor}}, [[name:Precious Ndlovu]], holding his phone at chest
        height while the children ([[name:Tia]], [[age:9]], and [[name:Reece]], [[age:7]]) were
        playing. When asked, Mr [[name:Stroud]] said he was checking the time. That evening the
        {{foster carer}} reported that a video of the children in the {{playroom}}, showing the
        {{fire exit}} signage and the carer's car through the window, had been posted on
        {{Facebook}}. The {{placing authority}} ([[organisation:Hallbrook Borough Council]]) was
        informed at 16:10 and the video was removed by 19:00. Phones are now kept in
        {{lockers}} for the whole session and the {{family time agreement}} has been re-signed.
        Ref [[case_reference:AFT-INC-1004]].
    """)),
    ("social_care", "success", block("""
        To everyone at the centre,

        Just a card to say thank you from me and [[name:Colin]]. When [[name:Amélie]] first came
        to us in {{January}} she was terrified of family time and screamed in the car every week.
        Special thanks to [[name:Nkechi]], who always waited with her in the {{quiet room}} until
        she was ready, and to [[name:Will]] the driver, who played her {{Frozen}} songs the whole
        way there every {{Tuesday}}. Yesterday she ran in and hugged her nan. The {{social worker}}
        says the {{final hearing}} is in the {{spring}}, whatever happens we know she has been
        safe with you.

        Lots of love,
        [[name:Sandra]] & [[name:Colin Pryce-Edwards]] ({{foster carers}})
    """)),
    ("social_care", "near_miss", block("""
        WEEKLY CANCELLATIONS LOG - w/c [[date:17 Feb]]
        Date | Child ref | Family | Cancelled by | Reason | Carer told? | Parent told?
        [[date:17/02]] | [[case_reference:FT-3391]] | [[name:Kowalczyk]] | {{mum}} | ill | Y | n/a
        [[date:18/02]] | [[case_reference:FT-3120]] | [[name:Ojo]] | centre | {{supervisor}} sick | Y | Y
        [[date:19/02]] | [[case_reference:FT-3404]] | [[name:Hassan]] | {{SW}} | {{court}} | N !! | Y
        [[date:20/02]] | [[case_reference:FT-3391]] | [[name:Kowalczyk]] | dad | work | Y | Y

        Note: the [[date:19/02]] [[name:Hassan]] cancellation was never passed to the
        {{foster carer}}, [[name:Lorraine]]. She was putting the children in the car when
        [[name:Faisal]] ({{admin}}) spotted the gap at 08:40 and rang her. Would have been a
        45 min drive for nothing and an upset [[age:3-year-old]].
        Learning: the "Carer told?" column must be filled in before the log is saved.
        {{Business Support}} to make it a mandatory field.
    """)),
    ("social_care", "incident", block("""
        #ftc-incidents
        [[name:nadia.b]] 3:12 PM
        heads up - incident in {{Room 1}}. {{dad}} brought {{Snickers}} for the kids and
        [[name:Zain]] has a {{nut allergy}} (its on his {{care plan}}!!). supervisor [[name:Ollie]]
        took it off him before he ate any but he'd touched it and got {{hives}} on his hands
        [[name:nadia.b]] 3:14 PM
        gave {{cetirizine}} from his bag as per care plan, no {{EpiPen}} needed. carer collecting
        [[name:ollie.w]] 3:20 PM
        for the record dad says no one told him. the {{food rules}} bit of the
        {{contact agreement}} doesnt mention allergies at all
        [[name:m.kerr-doyle]] 3:41 PM
        thanks both. pls do the {{incident form}}, ref will be [[case_reference:AFT-INC-1031]].
        i'll ring the {{SW}} and carer. we need an allergy flag on the {{session sheet}}
    """)),
    ("social_care", "success", prose("""
        Positive practice. On [[date:11 March 2025]] a supervised session for the
        [[name:Castellanos-Reid]] children was at risk of breaking down when the
        {{maternal grandmother}}, who is not on the {{contact order}}, arrived unannounced at
        {{Reception}}. Supervisor [[name:Aroha Ngata]] stayed calm, acknowledged how much she
        missed the children and offered her a cup of tea in the {{family kitchen}} while the
        session carried on. [[name:Aroha]] rang the {{on-call manager}}, [[name:Faith Oduya]], who spoke to
        the {{allocated social worker}}. It was agreed grandmother could wave goodbye at the end,
        which she did. Mum later said it was the first time she had felt the centre was "on her
        side". The learning: a scripted response for unexpected visitors, and quick escalation
        to {{on-call}}, protected both the session and the {{court}} arrangements.
    """)),
    ("social_care", "near_miss", prose("""
        near miss - {{fire door}} by {{room 3}} was propped open w a chair again (think
        {{cleaners}}). at 17:05 i saw a man in the {{car park}} who i think was [[name:darren]]
        (dad from the [[name:Pearce]] case, theres a {{non-molestation order}} re mum). mum + baby
        were in room 3 at the time with [[name:Sal]]. got them moved to the {{upstairs office}},
        shut the door, rang {{999}}. he'd gone b4 police came. prob nothing but door open + him
        there = could of been v bad. can we get a {{door alarm}} pls. also the {{CCTV}} cam over
        the car park still not working since [[date:12th dec]]. log no [[case_reference:FTC-NM-0218]]
        - [[name:ab]]
    """)),
    ("social_care", "incident", block("""
        From: [[organisation:Kestrel Community Transport]] <[[email:bookings@kestrelct.co.uk]]>
        To: [[email:familytime@ashgrove-ftc.org.uk]]
        Subject: Delay - [[date:Wed 2 Oct]] - vehicle breakdown

        Hi [[name:Tamsin]],

        Apologies for this afternoon. Our driver [[name:Gurpreet Singh Bains]] got a
        {{flat tyre}} on the {{ring road}} with [[name:Ruby]] and [[name:Josh]] on board
        (vehicle [[vehicle_registration:KP70 XWL]]). They waited in the vehicle for 45 minutes
        before a replacement arrived, and family time started 50 minutes late and was cut short.
        [[name:Gurpreet]] did not have the centre's number saved and could not reach the
        {{contact supervisor}}, so {{mum}} was left waiting without an explanation.
        We have added your number to every {{driver pack}} and reminded drivers to ring the
        {{booking office}} straight away. Our {{incident ref}} is [[case_reference:KCT-0452]].

        Kind regards
        [[name:Marguerite]]
        {{Operations}}, [[organisation:Kestrel Community Transport]] | [[phone:01632 960771]]
    """)),
    ("social_care", "success", block("""
        Shift handover - [[date:Sun 9 Feb]] (weekend team)
        Good news first 🙂 [[name:Tomás]] & [[name:Inés]] had their first session with {{dad}}
        since his release from {{prison}}. {{Portuguese interpreter}} [[name:Helena Duarte]]
        booked via [[organisation:LinguaLink]]. Dad brought a photo album, lots of laughing.
        [[name:Sunny]] wrote excellent {{session notes}} - on the {{shared drive}}.
        Other:
        - {{Room 2}} heater fixed
        - [[name:Pat]] off sick {{Mon}}, [[name:Amber]] covering drives
        - [[name:Grace]]'s {{supervision}} moved to {{Thurs}}
        - {{fire drill}} due this week
        For {{Centre Manager}}: dad asked about {{unsupervised}} time, told him that's for the
        {{court}} to decide.
        - [[name:Em]]
    """)),
    ("social_care", "near_miss", block("""
        INCIDENT / NEAR MISS REPORT - DATA
        Reporter: [[name:Chidi Okonkwo-Barnes]], {{Admin Officer}}
        Date found: [[date:28/11/2024]]
        Summary: scanning new {{referral}} packs I found a {{parent information sheet}} for a
        different family stapled into the pack for [[case_reference:FT-3502]]. The sheet was for:
        Name: [[name:Justyna Malinowska]]
        DOB: [[date_of_birth:03/09/1991]]
        NI No: [[ni_number:JT 48 21 93 C]]
        Address: [[address:Flat 6, Wharf House, Canal Street, Hallbrook]] [[postcode:HB1 3NW]]
        Mobile: [[phone:07700 900356]]
        Her case is [[case_reference:FT-3498]]. The pack was due to go to the
        {{contact supervisor}} and then to the other family's {{solicitor}}. Caught before it
        left the building.
        Cause: referrals arrive by {{post}} from [[organisation:Hallbrook Borough Council]] and
        two were printed together. Referrer told. Request: electronic referrals only.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        During a {{forensic medical examination}} on [[date:14 August]] the {{FNE}},
        [[name:Marisol Quintero]], noticed that two of the pre-printed {{exhibit labels}} carried
        a different case number ([[case_reference:NMS-24-1187]]) from the one on the paperwork
        ([[case_reference:NMS-24-1178]]). The labels had been printed the previous night by the
        {{crisis worker}} from the wrong line of the {{booking diary}}. Two {{swabs}} had already
        been sealed under the wrong number. [[name:Marisol]] stopped, informed the attending
        officer, DC [[name:Hollis]] of [[organisation:Northmoor Police]], and wrote a
        {{continuity statement}} before relabelling under supervision. The {{OIC}} and the
        {{forensic science provider}} were told the same day. Risk: the evidence could be
        challenged by the defence and the {{CPS}} may need to rely on the statement. Action: labels
        to be printed in the room, at the start of the examination, and checked by two people.
    """)),
    ("health", "near_miss", block("""
        NEAR MISS - {{emergency contraception}}
        Date/time: [[date:03/05/2024]] 02:15
        Client ref: [[case_reference:SARC-2405-033]]
        Age: [[age:19]]
        What happened: {{crisis worker}} ([[name:Harriet]]) got {{levonorgestrel 1.5mg}} out of
        {{PGD}} stock. Before it was given the {{FNE}} on call, [[name:Kwame]], went through the
        drug history and saw the client takes {{carbamazepine}} for {{epilepsy}}. As an
        {{enzyme inducer}} it makes {{ulipristal}} unsuitable and a standard LNG dose may fail.
        {{Cu-IUD}} offered and declined for now; {{double dose}} LNG given as per {{FSRH}}
        guidance. Referred to [[organisation:Kingsreach Sexual Health]] for an IUD appointment.
        Why: the drug history box on the crisis worker form is optional.
        Suggest: make it mandatory and add an enzyme inducer prompt.
        Reported by: [[name:Kwame Asante]]
    """)),
    ("health", "success", prose("""
        Shout out to [[name:Bethan Lloyd-Pryce]], one of our {{ISVAs}}, who went above and
        beyond for a client this month. The client, a [[age:67-year-old]] woman who had never
        told anyone before, was terrified of giving evidence. [[name:Bethan]] arranged a
        {{pre-trial visit}} to [[organisation:Kingsreach Crown Court]], made sure the
        {{special measures}} application for {{screens}} and a {{live link}} went in on time,
        and sat with her through two days of adjournments. The client's daughter emailed to say
        her mum "felt like a person, not a case". Also thanks to {{Witness Service}} volunteer
        [[name:Hyacinth]] who kept the tea coming. This is exactly what the {{ISVA}} role is
        for. - [[name:Dev]], {{ISVA Service Manager}}
    """)),
    ("health", "incident", block("""
        From: Dr [[name:Priya Raghunathan]] <[[email:p.raghunathan@nhs.net]]>
        To: [[email:sarc.governance@northmoor-sarc.nhs.uk]]
        Subject: IG incident - aftercare letter sent to wrong GP
        Sent: [[date:Thursday, 6 June 2024]] 11:04

        Following our call: the {{aftercare letter}} for our client ({{hospital no.}}
        [[case_reference:KGH4471902]], {{NHS number}} [[nhs_number:301 393 4174]]) was emailed to
        [[organisation:Fenwick Road Surgery]] instead of [[organisation:Fenwick Lodge Medical Practice]].
        Both come up together in the {{NHSmail}} directory. The letter set out the {{STI}} screening
        plan and {{PEPSE}} follow-up. Their practice manager, [[name:Gillian]], confirmed deletion at
        10:40. The client was told by her {{ISVA}}, [[name:Nasrin]], and chose not to complain.
        {{Datix}} [[case_reference:DX-558201]].
        Learning: pick the practice by {{ODS code}}, not by name.

        [[name:Priya]]

        Dr [[name:Priya Raghunathan]]
        {{Associate Specialist}} | [[organisation:Northmoor SARC]]
    """)),
    ("health", "near_miss", block("""
        Timeline - police referral, [[date:Sat 12 Oct]]
        21:40 {{Police referral}} via the {{SARC line}}. Referrer PC [[name:Ade Balogun]],
        [[organisation:Northmoor Police]] log [[case_reference:NP-20241012-0733]]. Client DOB
        given as [[date_of_birth:02/01/2005]].
        21:55 {{Crisis worker}} [[name:Lucy-Mae]] rang the client to arrange a time. Client
        mentioned she was in {{Year 11}}.
        22:05 Checked back with PC [[name:Balogun]]: DOB should be [[date_of_birth:02/01/2009]],
        so she is [[age:15]]. Typo on the police system.
        22:10 Switched to the {{paediatric pathway}}; on-call {{paediatrician}} Dr [[name:Sokolova]]
        contacted, {{MASH}} referral made.
        23:30 Examination with {{mum}} present, by the young person's choice.
        Near miss: without [[name:Lucy-Mae]]'s question she would have been seen on the
        {{adult pathway}} with no {{safeguarding}} referral or paediatric input.
    """)),
    ("health", "success", block("""
        SARC PEER REVIEW & LEARNING - MINUTES
        [[date:22 January 2025]], {{Seminar Room}}, [[organisation:Northmoor SARC]]
        Attendees: [[name:Hannah Woźniak]] (chair), Dr [[name:Obi Eze]], [[name:Carys]] ({{FNE}}),
        [[name:Rukhsana Mir]] ({{ISVA}}), [[name:Tom]] ({{crisis worker}})
        Apologies: [[name:Marisol Quintero]], [[name:Pat Dunleavy]]

        1. Case for learning (ref [[case_reference:NMS-24-1302]])
        Client with a {{learning disability}}, [[age:aged 24]], came with her support worker.
        Team used {{easy-read}} consent forms, split the examination over two visits and
        documented a {{Mental Capacity Act}} assessment for each decision. Support worker
        emailed afterwards to say the client felt "listened to".
        Agreed: share the easy-read pack with the {{ED}} at
        [[organisation:Kingsreach General Hospital]].
        2. {{FFLM}} guidance update - [[name:Carys]] to circulate.
        Next meeting: [[date:19 Feb]]
    """)),
    ("health", "incident", block("""
        [[name:Sasha Petrenko]] 07:02
        morning. just opened {{Suite 2}} for the 8am and the {{couch roll}} hasnt been changed +
        theres an open {{speculum}} packet on the side?? {{decon log}} last signed [[date:Fri 15th]]
        [[name:Sasha Petrenko]] 07:03
        the client from last night was in there wasnt she
        [[name:Idris]] 07:10
        yeah i finished at 2am, [[name:Kelechi]] said she'd do the {{deep clean}}. sorry didnt check
        [[name:Kelechi Nwachukwu]] 07:21
        i got called over to {{A&E}} for a {{paeds}} case and forgot to hand it over. my fault
        [[name:Sasha Petrenko]] 07:25
        ok. moving the 8am to {{Suite 1}}. suite 2 out of use until {{DNA}} decon done and
        {{environmental swabs}} taken. logging as incident, will let the {{Clinical Lead}} know
    """)),
    ("health", "near_miss", block("""
        NEAR MISS - RECORDS
        Client 1: [[name:Aisha Bello]], DOB [[date_of_birth:17/03/1998]], NHS [[nhs_number:531 478 2952]]
        Client 2: [[name:Aisha Bello]], DOB [[date_of_birth:17/08/1998]], NHS [[nhs_number:418 746 0624]]
        Reported by: [[name:Joy Ashworth-Kamara]], {{Records Officer}}
        Date: [[date:21/02/2025]]

        When booking a {{follow-up}} the {{patient record system}} matched on name and year of
        birth only. {{Crisis worker}} [[name:Nell]] had started to attach the {{toxicology}}
        results for Client 2 into Client 1's record. She noticed the {{GP}} was different and
        stopped. Nothing was saved or sent. The two clients were seen six weeks apart and are
        not connected.
        Action: search must use {{NHS number}} first. IT ticket [[case_reference:IT-77312]] raised.
    """)),
    ("health", "incident", prose("""
        I am writing this as the {{crisis worker}} on nights on [[date:30/11]]. The
        {{FNE}} on call, [[name:Ngozi]], was already at [[organisation:Kingsreach General Hospital]]
        with a {{paediatric}} case and there was no second FNE on the rota. The client, a
        student, was brought by PC [[name:Gemma Stott]] at 23:10 and had to wait in the
        {{police car}} in our car park because the {{waiting room}} heating was broken. The
        {{early evidence kit}} had been used by the officer. By 04:20 the client said she could
        not wait any longer and left without an examination. The {{forensic window}} had not
        closed and we offered a new time but she has not returned calls. PC [[name:Stott]] was
        kind throughout. This is the third gap in the {{on-call rota}} this quarter.
        - [[name:Ewa]]
    """)),
    ("health", "success", block("""
        Dear [[name:Rosa]] and the night team,

        I don't remember much about that night but I remember you. You let me have a shower
        when I was ready, explained the {{morning-after pill}} twice without making me feel
        stupid, and found me a {{hoodie}} to go home in. [[name:Femi]] on the phone the next
        week was lovely too. I've started {{counselling}} with
        [[organisation:Rape Crisis Northmoor]] and my {{ISVA}} comes with me to the police
        interviews. I wanted you to know it mattered.

        Thank you,
        [[name:L.K.]]

        (passed on by {{reception}}, [[date:8 May]] - card now on the {{staff room}} board)
    """)),
    ("health", "near_miss", block("""
        FOLLOW-UP CALL LIST - w/c [[date:10/03/2025]]
        Ref | Client | Contact no. | Call | Outcome
        [[case_reference:SARC-2503-011]] | [[name:M.O.]] | [[phone:07700 900127]] | {{Day 3}} | {{PEPSE}} ok
        [[case_reference:SARC-2503-014]] | [[name:R.T.]] | [[phone:07700 900911]] | {{Day 7}} | no answer
        [[case_reference:SARC-2503-019]] | [[name:D.S.]] | [[phone:07700 900127]] | Day 3 | see note

        Note: the number for [[name:D.S.]] had been copied from the row above it in error.
        [[name:Anwen]] rang it, and [[name:M.O.]] answered. [[name:Anwen]] followed the
        {{safe call}} script, asked for the client by first name only, realised, apologised and
        ended the call without saying where she was calling from. No disclosure.
        Action: numbers to be pasted from the {{case record}} only, never typed.
        {{Safe to leave VM?}} column to be added.
    """)),
    ("health", "incident", prose("""
        client ([[case_reference:NMS-25-0042]]) got the 5 day {{PEPSE}} starter pack on
        [[date:fri 7th]] and was told to go to [[organisation:Kingsreach GUM]] on {{mon}} for the
        rest of the 28 days. GUM had no referral cos the email never went ([[name:soph]] thinks
        it was sat in {{drafts}}). client rang us {{wed}} night on her last tablet, v anxious.
        couldnt get a GUM slot til {{thurs}} so she missed 1 dose. {{pharmacist}} at
        [[organisation:Kingsreach General]] said restart ok and no need to panic but she shouldnt
        have been put thru that. {{HIV}} risk was assessed as {{high}} at the exam. referrals need
        a read receipt + a follow up call next working day. - [[name:ravi]]
    """)),
    ("health", "success", block("""
        HANDOVER - days to nights, [[date:Tues 14/01]]
        Quiet-ish day 🙂
        - {{Suite 1}} clean & signed, {{Suite 2}} clean & signed
        - Self-referral from this am (ref [[case_reference:SARC-2501-027]]) - lovely outcome.
          She came in not wanting police involvement at all. [[name:Grace]] talked her through
          {{non-reporting}} ({{forensic storage}} for 2 years) and she chose that. Samples stored,
          {{EC}} given, {{ISVA}} referral accepted by [[name:Mateus]]. She said she might report
          in future and knows the kit will be here.
        - {{Police referral}} expected tonight from [[organisation:Northmoor Police]], DC
          [[name:Faith Ogundipe]] will ring with ETA. {{FNE}} on call is [[name:Rowan]].
        - Fridge temp ok, {{PGD}} stock checked
        [[name:Grace]] / [[name:Dom]]
    """)),
    ("health", "near_miss", block("""
        WhatsApp - SARC on-call
        [[date:23/06/2024]], 19:02 - [[name:Beatriz]] FNE: who's on tonight? rota says me but I
        swapped with [[name:Carys]] on [[date:1 June]]??
        [[date:23/06/2024]], 19:15 - [[name:Carys]]: not me!! I swapped the [[date:30th]] not tonight
        [[date:23/06/2024]], 19:16 - [[name:Beatriz]] FNE: ok so nobody is actually on 😬
        [[date:23/06/2024]], 19:20 - [[name:Hannah W]]: I'll cover till midnight. [[name:Beatriz]]
        can you do midnight-8?
        [[date:23/06/2024]], 19:21 - [[name:Beatriz]] FNE: yes fine
        [[date:23/06/2024]], 19:40 - [[name:Hannah W]]: rota fixed + {{crisis line}} told. swaps
        MUST go through {{rostering}} not WhatsApp from now on pls. no calls came in so no harm
        but if a {{police referral}} had come at 7pm we'd have had no {{FNE}}. logging as
        {{near miss}}. {{Clinical Lead}} aware
    """)),
    ("health", "incident", prose("""
        On [[date:2 April 2024]] a client who speaks {{Tigrinya}} attended with her cousin. No
        {{telephone interpreter}} in Tigrinya could be found through
        [[organisation:Talkwise Languages]] for over an hour. Under pressure to start within the
        {{forensic window}}, the {{FNE}}, [[name:Dorota Kaczmarek]], agreed to let the cousin
        interpret for the {{consent}} discussion and the {{history}}. Later, through a professional
        interpreter booked for her {{ISVA}} appointment, the client said the cousin is close to
        the suspect's family and she had not said everything. This compromised informed consent
        and possibly the account passed to police. The {{Clinical Lead}} has been informed and
        the client's ISVA, [[name:Mulu]], is supporting her. Learning: family members must never
        interpret; if no interpreter is available, pause and escalate to the
        {{on-call manager}} and use the {{video interpreting}} backup contract.
        Ref [[case_reference:NMS-24-0419]].
    """)),
    ("health", "success", block("""
        Learning chronology - male client, self-referral
        Ref [[case_reference:SARC-2409-008]] | [[date:Sun 8 Sept]]
        10:05 Call to the {{SARC line}} from a man, [[age:aged 38]], assaulted after a night out.
        {{Crisis worker}} [[name:Oluwaseun]] ("[[name:Seun]]") took the call.
        10:07 Caller unsure whether SARCs "do men". [[name:Seun]] reassured him and explained
        options including {{self-referral}} without police.
        11:30 Attended. Seen by {{FNE}} [[name:Gareth Mwangi]] with a male {{chaperone}}, as he asked.
        12:45 {{PEPSE}}, first dose of {{hepatitis B vaccine}}, {{STI}} screen booked.
        13:10 Referred to [[organisation:Survivors Northmoor]] and to an {{ISVA}}.
        Day 3 follow-up: all doses taken. He said "I almost didn't ring".
        Learning: our {{website}} now says clearly that we see people of all genders.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Tendai Moyo]] <[[email:tendai.moyo@northmoor-sarc.nhs.uk]]>
        To: {{SARC Team}}
        Subject: Near miss - self-referral voicemail nearly deleted
        Date: [[date:Mon 17 Mar 2025]] 09:12

        Morning all,
        Clearing the {{shared voicemail}} on the {{admin line}} today I found a message from
        [[date:Sat 15th]] at 02:40 from a woman asking for a call back about "what happened at
        the party". She left a number ([[phone:07700 900574]]) and the name [[name:Kayleigh]].
        The admin line isn't meant to take clinical calls and the {{out of hours}} greeting
        doesn't say so. It was passed to {{crisis worker}} [[name:Marek]], who rang at 09:05 -
        she is safe and booked for a {{non-forensic}} appointment.
        Action: greeting changed to give the {{24/7 line}}; voicemail checked every morning,
        weekends included.

        Thanks
        [[name:Tendai]]
        {{Business Manager}}, [[organisation:Northmoor SARC]] | [[phone:01632 960205]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        RT TRANSCRIPT EXTRACT - {{Ground}} / {{Apron}} - [[date:18 July 2024]]
        Occurrence ref [[case_reference:CAS-OPS-24-0611]]
        14:21:05 [[flight_number:Skylark 721]]: Ground, [[flight_number:Skylark 721]], vacated
        via {{Bravo}}, request taxi.
        14:21:12 GND: [[flight_number:Skylark 721]], taxi {{stand 23}} via {{Alpha}}, {{Kilo}}.
        14:21:18 [[flight_number:Skylark 721]]: Stand 23 via Alpha, Kilo, [[flight_number:Skylark 721]].
        14:23:40 {{Marshaller}} [[name:Dom]] (apron channel): Apron, [[name:Dom]] on 23, stand
        still occupied, the {{ATR}} [[aircraft_registration:G-OKFE]] hasn't pushed, {{GPU}} still on.
        14:23:46 APRON: Copy [[name:Dom]], passing to Ground.
        14:23:58 GND: [[flight_number:Skylark 721]], hold position, stand change.
        14:24:03 [[flight_number:Skylark 721]]: Holding, [[flight_number:Skylark 721]].
        14:25:30 GND: [[flight_number:Skylark 721]], now stand 25 via Kilo, {{follow-me}} will meet you.
        Summary: the {{stand allocation}} system showed [[aircraft_registration:G-OKFE]] as
        off-blocks at 14:15 because a {{CTOT}} change was entered against the wrong
        {{turnaround}}. The {{E195}} stopped about 40 m short of the {{lead-in line}}. No contact.
    """)),
    ("aviation", "near_miss", prose("""
        Near miss - {{jet blast}}. On [[date:Sunday 3 March]] at about 06:50 an {{A321}}
        ([[aircraft_registration:G-SKRC]], operating [[flight_number:SKR204]]) used
        {{breakaway thrust}} moving off {{stand 9}} after {{pushback}}. A {{baggage tug}} towing four
        empty {{dollies}}, driven by [[name:Gintaras Jankauskas]] of
        [[organisation:Apex Ground Services]], was on the {{airside road}} directly behind. The
        last dolly was shoved about a metre sideways across the road markings. [[name:Gintaras]]
        stopped and was not hurt. The {{wingwalker}}, [[name:Marta Ruiz-Bello]], had already
        stood down and the driver did not notice the {{anti-collision beacon}} because of the low
        sun. Raised with [[organisation:Skylark Regional]] and {{Airside Operations}}; {{MOR}}
        submitted to the {{CAA}}. Suggestion: warning signs and a give-way line on the road behind
        stands 8 to 10.
    """)),
    ("aviation", "success", block("""
        #apron-ops
        [[name:ash.k]] 11:02
        massive shout out to [[name:Robin]] on {{Follow-me 2}} this morning 🙌 {{AGL}} failed on the
        west apron in the fog (about 300m {{RVR}}) and she led 6 arrivals in one after another
        with zero fuss
        [[name:Ifeanyi O]] 11:05
        +1, the [[flight_number:AUR3382]] captain asked {{ATC}} to pass on thanks. she also spotted
        a loose {{chock}} on {{stand 4}} on the way in and stopped to pick it up
        [[name:Robin Hale]] 11:09
        ha thanks guys, [[name:Chip]] on the radio made it easy tbh
        [[name:ash.k]] 11:10
        nominating you both for {{Safety Star}} this month. {{Duty Manager}} [[name:Kemi]] copied
    """)),
    ("aviation", "incident", block("""
        AIRSIDE DRIVING INFRINGEMENT REPORT
        Ref: [[case_reference:ADP-INF-2024-117]]
        Date/time: [[date:11/09/2024]] 15:35
        Location: {{Stand 31}} / {{Taxiway Charlie}}
        Driver name: [[name:Kieran McAteer]]
        Employer: [[organisation:Northwind Fuels]]
        ADP no.: [[case_reference:ADP-44817]]
        Vehicle: {{fuel bowser}}, reg [[vehicle_registration:BV19 OKM]]
        Details: {{Apron Controller}} [[name:Shirin Farahani]] saw the bowser cross Taxiway Charlie
        to reach stand 31 instead of using the {{airside road}}. Driver holds an {{apron-only}}
        permit, not a {{manoeuvring area}} permit, and had no clearance from {{ATC}}. An
        {{ATR 72}} was taxiing about 400 m away and was told to hold. Mr [[name:McAteer]] said he
        was new to the west side and followed the route another driver used.
        Action: permit suspended pending {{retraining}}; [[organisation:Northwind Fuels]] asked to
        review {{familiarisation}}.
    """)),
    ("aviation", "near_miss", block("""
        Pushback - {{stand 14}} - [[date:27 Nov]] - [[flight_number:SKR 1182]] ([[aircraft_registration:G-SKRF]])
        From the {{headset}} recording:
        06:12:10 Ground ([[name:Jamal]]): Flight deck, ground, {{tow bar}} connected,
        {{bypass pin}} in, ready for push.
        06:12:15 {{Flight deck}}: Ground, brakes released, cleared to push, facing west.
        06:12:40 Flight deck: Starting {{engine two}}.
        06:12:42 Ground ([[name:Jamal]]): Standby, standby! Stop the push.
        06:12:50 Ground ([[name:Jamal]]): Flight deck, we've stopped, {{belt loader}} behind left wing.
        Narrative: a belt loader had been left just inside the {{stand clearance}} line on the
        left. {{Tug driver}} [[name:Leroy Campbell]] was watching the {{wingwalker}} on the right
        and did not see it; [[name:Jamal]] did. The tail stopped about 3 m short. Owner of the
        belt loader, [[organisation:Skyport Handling]], notified.
    """)),
    ("aviation", "success", block("""
        APRON SAFETY COMMITTEE - MINUTES
        [[date:5 December 2024]], {{Ops Briefing Room}}, [[organisation:Castlemere Airport]]
        Present: [[name:Dawn Achterberg]] ({{Head of Airside Ops}}, chair), [[name:Ravi Menon]]
        ([[organisation:Apex Ground Services]]), [[name:Summer K]] ({{Apron Control}}),
        [[name:Luca Bianchi]] ([[organisation:Skylark Regional]]), Capt [[name:Okonjo]] ({{flight ops}})
        Apologies: [[name:Hughes]] ({{RFFS}}), [[name:Bill]] ({{Airfield Engineering}})

        1. Good practice: since the {{marshallers}} started a {{chocks-in}} confirmation call on
        {{channel 2}} in {{October}} there have been no {{ERA}} infringements in 8 weeks, down from
        11 over the summer. [[name:Dawn Achterberg]] thanked [[name:Summer K]] and the team.
        2. {{Stand 6}} {{AGL}} fault - engineering ticket [[case_reference:ENG-20931]] still open.
        Actions: [[name:Ravi Menon]] to brief the night shift; [[name:Luca Bianchi]] to share the
        call with other operators.
    """)),
    ("aviation", "incident", block("""
        Occurrence chronology - vehicle damage, {{Stand 18}}
        [[date:Fri 14 Feb 2025]], night shift. Ref [[case_reference:CAS-OPS-25-0088]]
        23:41 {{Follow-me 1}} ([[vehicle_registration:CM62 FLW]]), driver [[name:Ash Pemberton]],
        repositioning to stand 18 to meet [[flight_number:AUR 915]].
        23:43 Reversed into the {{GPU}} parked at the {{head of stand}} to turn round. Rear
        light broken, GPU panel dented.
        23:45 [[name:Ash]] reported it to {{Apron Control}}. GPU isolated by
        [[organisation:Skyport Handling]] engineer [[name:Vikram]].
        23:52 [[flight_number:AUR 915]] given {{stand 20}} instead; led in by {{Follow-me 3}}.
        00:30 Driver {{breath test}} negative, as per {{Airside Safety}} procedure.
        Cause: GPU left outside its {{equipment parking area}}; vehicle has no {{reversing camera}}.
    """)),
    ("aviation", "near_miss", block("""
        STAND PLAN CHECK - [[date:Sat 29 June]] morning wave (extract)
        Stand | Flight | Type | Reg | STA | Notes
        14 | [[flight_number:SKR 310]] | {{E190}} | [[aircraft_registration:G-SKRA]] | 07:10 | ok
        15 | [[flight_number:AUR 4410]] | {{A320}} | [[aircraft_registration:EI-HKP]] | 07:25 | CLASH
        15 | [[flight_number:NFX 228]] | {{737-800}} | [[aircraft_registration:G-NFXD]] | 07:40 | CLASH
        16 | [[flight_number:SKR 318]] | {{ATR 72}} | [[aircraft_registration:G-OKFE]] | 07:45 | ok

        Note: [[flight_number:AUR 4410]] is planned on stand 15 until 08:05, so
        [[flight_number:NFX 228]] would have arrived to an occupied stand. Found at 06:40 by
        {{Apron Controller}} [[name:Grzegorz]] during his {{stand plan}} check and
        [[flight_number:NFX 228]] moved to stand 17. Cause: the late {{schedule change}} from
        [[organisation:Nordflex]] was loaded after the {{RMS}} auto-allocation ran at 05:00, and
        the conflict warning is switched off overnight.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Niamh Gallagher]] <[[email:niamh.gallagher@castlemere-airport.co.uk]]>
        To: {{Apron Control}}; [[email:safety@apexgs.co.uk]]
        Subject: FOD damage - [[aircraft_registration:G-SKRD]] - [[date:19/04/2025]]

        Hi all,
        During the {{transit check}} on [[aircraft_registration:G-SKRD]] ({{ATR 72-600}}) after
        [[flight_number:SKR 551]] arrived on {{stand 7}}, engineer [[name:Hamza]] found a nick on
        one {{propeller blade}}. The {{FOD walk}} of stand 7 found a metal {{bag tag}} clip and
        two {{cable ties}}; the {{FOD bin}} by stand 8 was overflowing. The aircraft was
        {{AOG}} for four hours and [[flight_number:SKR 552]] was cancelled. The FOD walk sheet
        for stand 7 had not been signed since the previous morning.
        Please can handlers empty FOD bins every shift and sign the sheet.

        Regards
        [[name:Niamh]]
        {{Airside Safety Manager}}, [[organisation:Castlemere Airport]]
        [[phone:01632 960833]]
    """)),
    ("aviation", "success", block("""
        Good practice - medical on stand
        [[date:Tue 6 Aug]] | {{Stand 3}} | [[flight_number:AUR 2207]] ({{A320}}, [[aircraft_registration:EI-GXN]])
        16:02 {{On chocks}}. {{Cabin crew}} tell {{dispatcher}} [[name:Zofia Lewandowska]] that a
        passenger ([[age:72]]) has {{chest pain}}.
        16:03 [[name:Zofia]] calls {{Apron Control}}, asks for an {{ambulance}} and {{RFFS}}.
        16:04 {{Apron Controller}} [[name:Mo]] stops the {{fuel bowser}} heading to stand 3 and
        closes the airside road behind it so the ambulance has a clear route.
        16:09 RFFS first responders on board with an {{AED}}.
        16:15 Ambulance at the {{airside gate}}, escorted by {{Follow-me 2}} ([[name:Hope]])
        straight to the aircraft.
        16:31 Passenger off via the {{ambulift}}.
        Learning: calm, joined-up coordination - [[name:Mo]] cleared the route before being asked.
    """)),
    ("aviation", "near_miss", block("""
        #apron-control
        [[name:grzegorz.p]] 20:14
        FYI near miss {{stand 22}}. {{A321neo}} [[aircraft_registration:G-SKRH]] marshalled on and
        left wingtip passed ~2m from a {{catering high-loader}} parked on the {{stand 21}} boundary
        [[name:Dawn]] 20:16
        who parked it?
        [[name:grzegorz.p]] 20:18
        [[organisation:FlyFresh Catering]], driver says stand 21 was empty so he left it "just for
        a min". {{wing walker}} [[name:Tunde]] saw it and held his wand up, marshaller
        [[name:Rocky]] slowed the aircraft right down
        [[name:Dawn]] 20:20
        good work both. pls do a {{safety report}} and I'll email [[organisation:FlyFresh]]'s
        {{station manager}}
        [[name:Ifeanyi O]] 20:24
        worth adding to the {{apron briefing}} too - {{ERA}} lines are faded there
    """)),
    ("aviation", "incident", prose("""
        marshalling {{stand 5}} 21:50 [[date:tues 12/11]], my {{wands}} died halfway thru
        (batteries, no spares in the {{van}}). used {{hand signals}} under the {{floodlights}} but
        the capt cudnt see me properly & the {{Dash 8}} ([[aircraft_registration:G-CMRT]],
        [[flight_number:SKR 76]]) went past the {{stop mark}} by ~2m. {{nosewheel}} ended up
        about 1m from the {{GPU}} cable. no damage, pax off ok. told [[name:vik]] in
        {{apron control}}. pls can we have spare batteries in every van + a torch check at
        {{shift start}}. my fault shud of checked b4 going out. [[name:dunc]] ({{marshaller}})
    """)),
    ("aviation", "success", block("""
        Dear [[name:Dawn]],

        On behalf of [[organisation:Aurelia Air]] I want to thank your {{apron team}} for
        [[date:Saturday 21st]]. When [[flight_number:AUR 4410]] diverted to you with a
        {{hydraulic}} warning, your {{Apron Controller}}, [[name:Joy Mbeki]], had a remote stand
        cleared, {{fire cover}} in position and a {{follow-me}} waiting before the aircraft had
        vacated the {{runway}}. Your marshaller, [[name:Faisal]], and the
        [[organisation:Skyport Handling]] team had steps and coaches on stand within ten minutes,
        and all 168 passengers were in the terminal without a single complaint.

        Kind regards,
        [[name:Henrik Solberg]]
        {{Station Manager}}, [[organisation:Aurelia Air]] | [[email:h.solberg@aureliaair.eu]]
    """)),
    ("aviation", "near_miss", block("""
        GROUND HANDLING SAFETY REPORT
        Reporter: [[name:Ngaire Tawhiri]] ({{Turnaround Coordinator}}, [[organisation:Skyport Handling]])
        Date: [[date:02/02/2025]]   Time: 13:20
        Stand: 11   Flight: [[flight_number:SKR 442]]   A/C reg: [[aircraft_registration:G-SKRB]]
        Category: {{Near miss}} - vehicle in {{ERA}} during arrival
        Description: as the {{E195}} turned onto the {{lead-in line}}, a {{toilet service truck}}
        (driver [[name:Stan]]) was still parked inside the {{red line}} near the left engine.
        Marshaller [[name:Mark]] gave the {{emergency stop}} signal; aircraft stopped about 15 m
        from the truck. [[name:Stan]] moved it and the arrival was completed.
        Root cause: driver in his second week, {{ADP}} familiarisation did not cover ERA rules.
        Actions: [[name:Stan]] re-briefed; {{ERA}} check added to {{stand readiness}} checklist.
    """)),
    ("aviation", "incident", prose("""
        At 17:48 on [[date:9 January 2025]] an {{A320}} operating [[flight_number:AUR 3390]]
        ([[aircraft_registration:EI-HKR]]) was pushed back from {{stand 27}} into the
        {{taxilane}} without a pushback clearance from {{Ground}}. The {{tug driver}},
        [[name:Kofi Mensah-Boateng]] of [[organisation:Apex Ground Services]], heard the
        {{captain}} say "brakes released, cleared to push" and took that to mean ATC had cleared
        it; the crew had in fact only requested. A {{Dash 8}} operating
        [[flight_number:SKR 118]] was taxiing on the same taxilane behind and was stopped by
        {{ATC}} about 60 m away. No contact. Both crews filed reports and an {{MOR}} was raised
        (ref [[case_reference:CAS-MOR-25-0007]]). [[name:Kofi]] has been stood down from
        pushbacks pending {{refresher training}}, and the {{phraseology}} card for headset
        operators is being changed so the words "cleared to push" are only used once ATC has
        given it.
    """)),
    ("aviation", "near_miss", block("""
        APRON CONTROL HANDOVER - nights to days, [[date:Mon 16/09]]
        On: [[name:Vik]], [[name:Amber Osei]]  Off: [[name:Grzegorz]]
        - {{Stand 19}}: {{hydrant pit}} lid left open after fuelling [[flight_number:SKR 990]].
          [[name:Amber]] spotted it at 04:55 just before {{Follow-me 1}} led
          [[flight_number:AUR 2201]] on. Aircraft held at {{stand entry}} 3 min while
          [[organisation:Northwind Fuels]] closed it. Report raised, ref [[case_reference:CAS-NM-24-0412]].
        - Stand 2 {{VDGS}} unserviceable - marshal manually.
        - {{Low visibility procedures}} likely after 06:00, {{Met}} says fog.
        - Van [[vehicle_registration:FD70 XOP]] low on fuel.
        - {{Airside pass}} office closed till 09:00.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind233", REPORTS))
