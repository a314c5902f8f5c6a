"""Held-out blind corpus 322: 50 UK incident, near-miss and success ("learning") reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures how
well de-identification generalises. Everything is invented: people, organisations, places,
phone numbers, NHS/NI numbers, registrations and reference numbers.

Settings:
- social_care (17): an adoption support service - Adoption Support Fund applications,
  letterbox contact, therapeutic parenting groups, birth family work.
- health (17): a high-street community pharmacy - dispensing errors, controlled drugs,
  repeat prescriptions, delivery drivers.
- aviation (16): a regional airport's approach radar and tower unit - controllers,
  assistants, GA traffic, runway incursions.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with name handles, handover notes,
minutes with attendance and apologies, pipe tables, RT transcripts, shout-outs and thank-you
notes. Identifiers are marked [[label:value]] and must-not-redact mentions {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind322.jsonl"

SOCIAL_CARE = [
    # 1 rushed note
    ("social_care", "incident", prose("""
        letterbox mix up - [[date:tues 14th]]. letter from {{birth mum}} ([[name:kayleigh]]) for the
        [[name:Brennan-Osei]] family got posted out by {{admin}} to the OLD adopter address
        [[address:22 Larkfield Rd, Marrowby]] [[postcode:MB3 5QT]] not the new one. new
        owners rang {{duty}} line, v decent, said theyd pop it back thru. no identifying info
        in it apart from childs first name [[name:Amber]] + adopters surname on envelope ugh.
        told [[name:Ruth]] ({{team manager}}), logged on {{LCS}} as [[case_reference:ASR-22817]].
        need to chk why {{letterbox}} db not updated after move - adopters emailed us
        [[date:3 Feb]]!! {{DPO}} informed. will ring adopters 2moro, [[name:Nadia]] cant
        do as shes on {{ASF}} panel all day
    """)),
    # 2 Teams shout-out
    ("social_care", "success", block("""
        Teams - Adoption Support (West) > Shout-outs
        [[name:Joy Mbeki]]  09:12
        Massive shout out to [[name:Faith]] for {{Tuesday}}'s {{therapeutic parenting}} group 🙌
        the {{PACE}} role-play with the dads actually landed. Mr [[name:Okonkwo]] stayed behind
        and said it's the first time he's understood why [[name:Tayo]] kicks off at bedtime.
        [[name:Faith Adebayo-Clarke]]  09:20
        aw thank you!! couldn't have done it without [[name:hamid]] running the creche + the
        {{Theraplay}} taster from the {{DDP}} practitioner
        [[name:Hamid Rahimi]]  09:31
        🙏 the kids built a den out of the chairs, no injuries to report 😂
        [[name:Joy Mbeki]]  09:33
        putting it in the {{learning log}} for {{Ofsted}} + the {{RAA}} board. next group is
        [[date:11 June]] at [[organisation:Marrowby Family Hub]]
    """)),
    # 3 e-mail
    ("social_care", "near_miss", block("""
        From: [[name:Siobhán Ní Bhriain]] <[[email:s.nibhriain@corringdale.gov.uk]]>
        To: {{Adoption Support Duty}}
        Date: [[date:Thu 7 March]] 16:48
        Subject: near miss - ASF application

        Hi all,
        Flagging a near miss before it becomes a real one. I was about to submit the
        {{Adoption Support Fund}} application for [[name:Lily-Mae Harrop]] ([[case_reference:AS/2291/LH]])
        for 20 sessions of {{DDP}} and noticed the {{portal}} had autofilled the DOB and
        {{placement order}} date from her sibling [[name:Kian]]'s application. Everything else
        matched so it would have gone to the {{DfE}} with the wrong child's details.

        I've corrected it and resubmitted. Can we add a "check autofill" line to the
        {{ASF checklist}}? [[name:Grace]] says the same happened to her in {{January}}.

        Thanks
        [[name:Siobhán]]
        [[name:Siobhán Ní Bhriain]] | {{Senior Practitioner}} | [[organisation:Adopt Corringdale]]
        [[phone:01632 960 418]]
    """)),
    # 4 form
    ("social_care", "incident", block("""
        INCIDENT FORM - ADOPTION SUPPORT
        Child: [[name:Darius]] ([[name:D.P.]])   DOB: [[date_of_birth:19/08/2014]]   Age: [[age:9]]
        Ref: [[case_reference:CORR-ADS-40417]]
        Adopters: [[name:Mark]] and [[name:Sunny Patel-Whitlock]]
        Address: [[address:3 Thrushgate Mews, Marrowby]] [[postcode:MB4 7RJ]]
        Date of incident: [[date:22/04/2024]]
        Reported by: [[name:B. Kowalczyk]], {{adoption support social worker}}

        What happened:
        {{Birth father}} ([[name:Wayne Pickersgill]]) sent [[name:Darius]] a friend request on
        {{Instagram}}, then a {{DM}} saying "ur real dad misses u". [[name:Darius]] showed his
        adopters straight away. Account blocked, screenshots saved. Mr [[name:Pickersgill]] knows
        his first name + {{secondary school}} ([[organisation:St Aidan's Academy]]) from a team
        photo on the school's {{Facebook}} page.

        Actions: {{strategy discussion}} with {{MASH}}; school asked to remove photo; {{DSL}}
        informed; {{letterbox}} agreement reviewed with birth dad's {{solicitor}}.
    """)),
    # 5 thank-you card
    ("social_care", "success", prose("""
        Card received by the team, typed up for the {{learning log}} with permission: "To
        [[name:Rosie]], [[name:Tomasz]] and everyone at [[organisation:Adopt Corringdale]] - a year
        ago we honestly thought the placement was going to break down. [[name:Ellis]] was
        [[age:six]] and hitting us every night. The {{Adoption Support Fund}} paid for the
        {{Theraplay}} with Dr [[name:Ama Owusu]] and [[name:Tomasz]] sat in our kitchen at 10pm
        more than once. [[name:Ellis]] turned [[age:seven]] on [[date:2 May]] and had a party with
        friends from [[organisation:Brackenfold Juniors]] for the first time ever. Thank you
        doesn't cover it. Love, [[name:Heather]] & [[name:Cliff]] x" {{Team manager}} note: shared
        at {{team meeting}}; {{SDQ}} total score down from 28 to 14 over the {{Theraplay}} block.
    """)),
    # 6 chronology
    ("social_care", "near_miss", block("""
        Chronology - {{supervised contact}}, [[organisation:Easterfold Family Centre]], [[date:Sat 16/03]]
        09:40  {{Contact supervisor}} ([[name:Pat Nwosu]]) arrives, sets up {{Room 2}}.
        09:55  {{Birth grandmother}} Mrs [[name:Ilona Vass]] arrives - 35 min EARLY. Told by
               {{reception}} to wait in {{main foyer}}.
        10:05  Adopters' car pulls into front car park with [[name:Poppy]] ([[age:5]]). Plan was
               for them to use {{rear entrance}} + {{family room}}.
        10:06  [[name:Pat]] spots Mrs [[name:Vass]] at foyer window, rings adopter [[name:Rob]] on
               his mobile, asks him to drive round the back.
        10:30  Contact goes ahead as planned. Grandmother did not see car or child.
        11:30  Grandmother leaves first, 20 min stagger kept.
        Learning: {{reception}} didn't know about the stagger plan. Add to {{contact booking form}}.
        Logged [[case_reference:EFC-NM-0093]] by [[name:PN]].
    """)),
    # 7 minutes
    ("social_care", "incident", block("""
        Minutes - Post-incident review, [[name:Mehmet]] placement
        Date: [[date:9 January 2024]]
        Present: [[name:Dawn Hartley]] ({{Team Manager}}), [[name:Kwabena Asante]] ({{adoption support SW}}),
        [[name:Eszter Horváth]] ({{CAMHS}} {{clinical psychologist}}), [[name:Will Ferris]] ({{IRO}})
        Apologies: [[name:Ngozi]] ({{virtual school}}), {{Head}} of [[organisation:Fernbank Primary]]

        1. Summary: on [[date:2 Jan]] [[name:Mehmet]] ([[age:11]]) was held by adoptive mum after
        he hit his younger sister; he had a bruised wrist and told a {{lunchtime supervisor}} on
        return to school. {{S47}} enquiry opened via {{MASH}}, closed {{NFA}}.
        2. [[name:KA]] noted the family had been waiting on the {{ASF}} application since
        {{October}}. {{Therapeutic parenting}} course not started.
        3. [[name:Will]] queried why {{respite}} had not been offered.
        Actions: [[name:DH]] to escalate ASF application; [[name:EH]] to offer {{NVR}} sessions by
        [[date:23 Jan]].
    """)),
    # 8 WhatsApp
    ("social_care", "near_miss", block("""
        [[date:04/11/2023]], 18:02 - [[name:Bex]]: hiya quick q, adopter sent me a pic of [[name:Summer]] in her new uniform to go with the {{letterbox}} letter to {{birth mum}}
        [[date:04/11/2023]], 18:03 - [[name:Bex]]: is it ok to send??
        [[date:04/11/2023]], 18:10 - [[name:Lorna Fitzgerald-Obi]]: NO 😬 zoom in - [[organisation:Holmewood C of E Primary]] badge is on the jumper
        [[date:04/11/2023]], 18:11 - [[name:Bex]]: omg didnt even see that. birth mum lives like 3 miles away
        [[date:04/11/2023]], 18:12 - [[name:Lorna Fitzgerald-Obi]]: yep. ask {{adopters}} for one in a plain top or we crop. also check background, there was a house number on the door in the last one
        [[date:04/11/2023]], 18:15 - [[name:Bex]]: will do, thanks [[name:lor]] xx
        [[date:04/11/2023]], 18:16 - [[name:Lorna Fitzgerald-Obi]]: np. put it on the {{near miss log}} pls so [[name:Yusuf]] can add to the {{letterbox guidance}}
    """)),
    # 9 formal narrative
    ("social_care", "success", prose("""
        Learning report - {{birth family work}}. Over the summer I supported {{birth mother}}
        [[name:Chantelle Robson]] to write an account for her son [[name:Jayden]] (now [[age:8]],
        placed with Mr and Mrs [[name:Nakamura]]). Ms [[name:Robson]] had not engaged with
        {{letterbox}} for three years and told me she felt "written out". We met four times at
        [[organisation:Thrushgate Library]], using the {{Life Story Book}} prompts and photos she
        kept from {{foster care}}. She chose to explain in her own words why [[name:Jayden]] could
        not live with her. Her letter was shared with the adopters on [[date:28 August]] and read
        with [[name:Jayden]] by his {{therapist}}. Mrs [[name:Nakamura]] later told me it answered
        questions he had been asking since {{Year 2}}. Learning: {{birth parents}} engage better
        when we start with what they want their child to know, not with our {{template}}.
        - [[name:Tomasz Wiśniewski]], {{Birth Family Support Worker}}
    """)),
    # 10 handover
    ("social_care", "incident", block("""
        HANDOVER - {{duty}} -> [[name:Aroha]] (back Mon)
        - [[name:Leo Varga]] [[age:14yo]] ([[case_reference:AS-3381]]): school {{DSL}} rang 15:20,
          [[name:Leo]] told a {{TA}} adoptive dad "grabbed him by the neck" in a row over his phone.
          Dad ([[name:Frank Varga]]) says he held the back of his hoodie. Referred to {{MASH}},
          {{strategy}} tmrw 10am. [[name:Leo]] staying with grandma ([[name:Marjorie]]) tonight by
          agreement - [[address:41 Sandpiper Way, Easterfold]].
        - {{ASF}} {{DDP}} sessions for the family paused?? chk w/ Dr [[name:Bianchi]]
        - [[name:Daisy]] ({{admin}}) knows NOT to send the {{letterbox}} reply to birth mum this wk.
        - left msg for {{EDT}} in case dad turns up at grandma's.
        Any probs call me on [[phone:07700 900517]] - [[name:Rich]]
    """)),
    # 11 table
    ("social_care", "near_miss", block("""
        {{Letterbox}} QA check - outgoing post w/c [[date:15 April]]
        Checked by: [[name:Candice Oyelaran-Smith]] / [[name:Grace Liu]]

        Ref     | From                     | To               | Issue found                                    | Action
        [[case_reference:LB-5512]] | Adopters ([[name:Holt]])   | {{birth mum}}    | none                                           | sent
        [[case_reference:LB-5519]] | {{birth grandad}}        | adopters         | none                                           | sent
        [[case_reference:LB-5520]] | Adopters ([[name:Ibekwe]]) | {{birth father}} | return address [[address:7 Orchard Rise]] on envelope | re-enveloped
        [[case_reference:LB-5523]] | {{birth mum}}            | adopters         | uses child's new name "[[name:Robin]]"          | held, back to {{SW}}
        [[case_reference:LB-5527]] | Adopters ([[name:Kaur]])   | {{birth siblings}} | none                                         | sent

        Near misses: 2. {{Admin}} had already franked [[case_reference:LB-5520]] - caught in the
        {{post room}}. Discussed with [[name:Vikram]] ({{TM}}).
    """)),
    # 12 formal narrative
    ("social_care", "incident", prose("""
        On [[date:Monday 10 June]] at approx 14:30 I emailed the {{therapeutic assessment}} report
        for the [[name:Achterberg]] family ([[case_reference:CORR/AS/7710]]) to what I thought was
        the adoptive mother, [[name:Femke Achterberg]]. The address auto-completed to
        [[email:femke.doyle84@quillmail.co.uk]], which belongs to a different adopter with the same
        first name who attends our {{support group}}. The report includes [[name:Bram]]'s full
        {{birth history}}, his {{foetal alcohol spectrum disorder}} diagnosis and details of his
        {{birth parents}}' {{substance misuse}}. The recipient, Ms [[name:Femke Doyle]], phoned the
        office within the hour, confirmed she had deleted it unread and sent written confirmation
        the next day. I informed my {{manager}} [[name:Oluwaseun Bakare]], the
        {{Information Governance}} team and the family. The {{DPO}} judged it not reportable to the
        {{ICO}}. Learning: {{Outlook}} autocomplete cleared for the team; attachments now
        password-protected. [[name:Anjali Rao]], {{Adoption Support Social Worker}}
    """)),
    # 13 Slack
    ("social_care", "success", block("""
        #adoption-support-wins
        @[[name:tariq.m]] 11:04
        Small win to share 🎉 [[name:Kezia]]'s {{birth mum}} ([[name:Charlene]]) replied to {{letterbox}}
        for the first time in 4 years - with help from her {{drug and alcohol worker}} at
        [[organisation:Horizon Recovery Marrowby]]. Adopters are over the moon. [[name:Kezia]]
        ([[age:12]]) wants to write back herself.
        @[[name:hope.adeyinka]] 11:10
        that's brilliant!! was it the {{letter template}} we redid in the {{birth family work}} project?
        @[[name:tariq.m]] 11:12
        yep the easy-read one + [[name:Hope]]'s photo prompts. taking it to {{practice forum}} on
        the [[date:19th]]
        @[[name:Sandy Lomax]] 11:20
        amazing. add to the {{Ofsted}} evidence folder pls 👏
    """)),
    # 14 rushed note
    ("social_care", "near_miss", prose("""
        nm - sibling contact sat. {{sessional worker}} ([[name:gaz]]) drove [[name:Ruby]] +
        [[name:Jack]] to meet older bro at the park. his own car, {{sat nav}} had adopters home addr
        saved as "[[name:Ruby]] home" - [[address:9 Heron Court, Marrowby]] - and older bro's
        {{foster carer}} was in the car park chatting + could see the screen when [[name:gaz]] was
        getting car seats out. dont think she clocked it but cant be sure. [[name:gaz]] car reg
        [[vehicle_registration:YK19 HFD]]. told Ms [[name:Ogunleye]] ({{fostering SW}} for bro) so
        she can gently chk w/ carer. reminder to all: dont save {{service user}} addresses in
        personal sat navs, type it in on the day + delete. [[name:Jack]] [[age:4]] asked why the
        car said [[name:Ruby]] home lol
    """)),
    # 15 e-mail complaint
    ("social_care", "incident", block("""
        From: [[name:Daniel Okafor-Reyes]] <[[email:dan.okaforreyes@fastpost.net]]>
        To: [[email:adoptionsupport@corringdale.gov.uk]]
        Date: [[date:Fri 21 Feb 2025]]
        Subject: Complaint - [[name:Zara]] - still no therapy

        To whom it may concern,
        I am writing, again, about our daughter [[name:Zara]] (DOB [[date_of_birth:03/05/2016]]).
        We applied to the {{Adoption Support Fund}} in {{September}}. Five months later nothing
        has been approved. Yesterday [[name:Zara]] was given a {{fixed-term exclusion}} by
        [[organisation:Moorside Primary School]] after throwing a chair. The {{SENCO}},
        Mrs [[name:Dimitrova]], says school cannot do more without an {{EHCP}} assessment, which
        needs the {{therapeutic assessment}} first.
        Our {{social worker}} [[name:Kate]] has left and nobody has called us. We were promised
        {{post-adoption support}} at {{matching panel}}.
        Please treat this as a formal {{Stage 1}} complaint.

        [[name:Daniel Okafor-Reyes]]
        [[phone:07700 900884]]
    """)),
    # 16 peer supervision notes
    ("social_care", "success", block("""
        {{Peer group supervision}} - notes
        [[date:12 Sept]] | Facilitator: [[name:Nkechi]] | Present: [[name:Björn]], [[name:Mari Tanaka]],
        [[name:J.K.]], [[name:Ivy]] | Apologies: [[name:Pat]]
        Case presented (anonymised as "{{Family A}}"): adopters of a [[age:3-year-old]] and a
        [[age:6-year-old]] sibling pair at risk of {{disruption}}.
        What went well: [[name:JK]] used {{Signs of Safety}} mapping with the adopters and the
        {{birth grandmother}} together, which nobody thought would work. Grandmother now gives
        one Saturday of {{respite}} a month; {{placement stability meeting}} on [[date:30 Sept]]
        agreed no further escalation.
        Learning: don't assume {{birth family}} involvement is a risk - assess it.
        [[name:Ivy]] to write it up for the {{practice guidance}}.
    """)),
    # 17 form
    ("social_care", "near_miss", block("""
        ASSESSMENT OF NEED - {{adoption support}} (near miss noted on form)
        Adopter 1: [[name:Rose Achebe]]   DOB: [[date_of_birth:14.02.1983]]   NI: [[ni_number:JT 48 21 93 C]]
        Adopter 2: [[name:Mateus Achebe]]   DOB: [[date_of_birth:30.07.1981]]
        Child: [[name:Malachi]]   Age: [[age:7]]
        Address: [[address:Flat 2, 118 Kingfisher Road, Corringdale]] [[postcode:CD2 8LW]]
        Tel: [[phone:07700 900231]]
        Ref: [[case_reference:AON-2024-0612]]

        Near miss: [[name:Rose]]'s NI number was copied onto the {{adoption allowance}} form as
        [[ni_number:JT 48 21 39 C]] (digits swapped) - this would have held up the {{means test}}.
        Spotted by [[name:Bill]] in {{finance}} before submission.
        Worker: [[name:Marisol Ferrer]] ({{SSW}})
    """)),
]

HEALTH = [
    # 1 form
    ("health", "incident", block("""
        DISPENSING INCIDENT REPORT - [[organisation:Hollins Pharmacy]], [[address:27 Market Street, Ashcombe]]
        Patient: Mrs [[name:Edna Loughlin]]
        DOB: [[date_of_birth:11/09/1941]]   NHS no: [[nhs_number:621 345 9243]]
        Address: [[address:6 Primrose Terrace, Ashcombe]] [[postcode:AC3 9HU]]
        Incident ref: [[case_reference:HP-INC-0451]]
        Date: [[date:05/02/2024]]

        Prescribed: {{amlodipine}} 5mg tablets x28
        Supplied: {{amitriptyline}} 10mg tablets x28 (labelled as amlodipine)
        Found: daughter ([[name:Carol]]) rang [[date:08/02]] - mum drowsy + confused, noticed the
        tablets looked different. Advised to stop, {{GP}} at [[organisation:Larkspur Medical Practice]]
        informed. Correct item delivered same day by [[name:Sunil]].
        Contributing factors: {{LASA}} pair stored side by side; {{RP}} ([[name:Ahmed]]) did
        accuracy + clinical check alone during lunch cover; {{ACT}} off sick.
        Action: {{shelf separators}}, LASA alert stickers, reported via {{LFPSE}}. Patient visited
        by {{pharmacist}} to apologise ({{duty of candour}}).
    """)),
    # 2 rushed note
    ("health", "near_miss", prose("""
        near miss 2day - nearly handed {{methadone}} {{supervised}} dose for [[name:Lee Marsh]] to
        [[name:Lee Walsh]]!! both come in about 9, same first name, both on {{daily pick up}}.
        [[name:Hyun-woo]] had the cup poured + was about to hand over, i asked for DOB like we're
        meant to and it didnt match. [[name:Lee W]] is on {{buprenorphine}} not methadone anyway.
        no harm, cup set aside in {{CD cabinet}}, correct pt came in 10 mins later. wrote in
        {{near miss log}} [[case_reference:NM-0288]]. pls everyone ALWAYS ask name + DOB + 1st line
        of address before {{ODT}} even if u "know" them. - [[name:shaz]]
    """)),
    # 3 WhatsApp shout-out
    ("health", "success", block("""
        [[date:19/01/2024]], 14:22 - [[name:Kasia Nowak]]: Shout out to [[name:Dale]] today 👏 on the delivery round he found Mr [[name:Fairbairn]] on the floor behind the door at [[address:Flat 4, Beck House]], could hear him but he couldn't get up. Rang 999, stayed with him till the {{paramedics}} came. He'd been there since last night 😢 now at [[organisation:Ashcombe General]] {{AMU}}, stable
        [[date:19/01/2024]], 14:25 - [[name:Ahmed Siddiqui]]: well done [[name:Dale]] 🙏 that's exactly why we do the {{welfare check}} on the {{housebound}} list
        [[date:19/01/2024]], 14:31 - [[name:Dale]]: cheers all just glad i knocked twice lol. back in 20
        [[date:19/01/2024]], 14:40 - [[name:Kasia Nowak]]: Logging as a {{good catch}} for the {{patient safety}} report. [[name:Dale]] = employee of the month 🏆
    """)),
    # 4 chronology
    ("health", "incident", block("""
        Timeline - {{CD}} delivery left with neighbour ([[case_reference:HP-INC-0467]])
        [[date:Wed 14 Feb]]
        10:15  {{Oramorph}} 10mg/5ml 300ml + {{MST}} 10mg for Mr [[name:Gordon Blyth]]
               ([[address:15 Wren Street]]) bagged, CD delivery sheet signed out to driver
               [[name:Chidi Eze]], van [[vehicle_registration:AC68 XRV]].
        11:40  No answer. Neighbour at no.17 ("[[name:Brenda]]") offers to take it. Driver hands
               over bag, gets her to sign.
        11:42  Driver texts pharmacy: "left with nabour she knows him"
        13:05  {{RP}} [[name:Ifeoma Nnadi]] reads text, rings driver + neighbour. Bag retrieved
               intact 13:30, back in the {{CD cabinet}}.
        14:00  Patient's son [[name:Robbie Blyth]] rings - dad was in the bath, didn't hear door.
        15:10  Re-delivered by [[name:Chidi]], signed for by patient.
        Learning: {{SOP}} says CDs are never left with a third party - [[name:Chidi]] started
        2 weeks ago and had not done {{CD delivery}} training. {{CD Accountable Officer}} informed.
    """)),
    # 5 table
    ("health", "near_miss", block("""
        {{Near miss log}} - [[organisation:Hollins Pharmacy]] - {{February}}
        Date  | Item                   | Error                                | Picked up by | Dispenser
        [[date:01/02]] | {{sertraline}} 50mg      | 100mg picked                         | {{ACT}}      | [[name:HW]]
        [[date:03/02]] | {{Fostair}} 100/6 {{MDI}}  | {{NEXThaler}} picked                 | [[name:Ahmed]]    | [[name:KN]]
        [[date:06/02]] | {{prednisolone}} 5mg     | 1mg picked                           | [[name:Ahmed]]    | [[name:Sunny]]
        [[date:09/02]] | {{Lantus}} {{SoloStar}}    | cartridges picked                    | {{RP}}       | [[name:HW]]
        [[date:12/02]] | {{co-codamol}} 30/500    | 8/500 picked                         | [[name:Kasia]]    | [[name:Sunny]]
        [[date:15/02]] | label, Mr [[name:Bright]]       | label for Mrs [[name:Bright]] (wife, same address) | [[name:Ahmed]]    | [[name:Marek]]

        Trend: 3 of 6 are strength errors. [[name:Sunny]] + [[name:HW]] to do a strength-check
        self-audit. Discussed at huddle [[date:16/02]]; [[name:Ahmed]] to review {{PMR}} alerts.
    """)),
    # 6 e-mail from GP practice
    ("health", "incident", block("""
        From: [[email:larkspur.prescriptions@nhs.net]]
        To: [[email:hollins.pharmacy@nhs.net]]
        Date: [[date:Tue 12 March]] 09:37
        Subject: RE: Duplicate supply - [[name:Winifred Osei]]

        Hi,
        Following your call, we've checked and Ms [[name:Osei]] ([[nhs_number:288 333 8531]]) had two
        {{repeat prescriptions}} for {{warfarin}} 1mg and 3mg issued on [[date:28 Feb]] - one via
        the {{NHS App}} and one through our {{repeat line}} after her {{carer}} rang. Both went to
        you via {{EPS}} and both were dispensed, so she had double supply at home and her {{INR}}
        on [[date:8 March]] was 5.8. The {{anticoagulation clinic}} has adjusted her dose.
        We've flagged her record so only one ordering route is used. Could you also add a note
        on your {{PMR}}?
        Kind regards
        [[name:Precious]]
        {{Prescription Clerk}}, [[organisation:Larkspur Medical Practice]]
        [[phone:01632 960772]]
    """)),
    # 7 thank-you card
    ("health", "success", prose("""
        Thank-you card pinned up in the {{dispensary}}, copied for our learning folder: "Dear
        [[name:Gift]] and all the girls and [[name:Marek]] at [[organisation:Hollins]], thank you for
        spotting that the hospital had changed my {{bisoprolol}} to {{atenolol}} but the {{GP}}
        prescription still had both on. If you hadn't rung [[organisation:Ashcombe Health Centre]] I
        would have been on two {{beta blockers}}. And thank you [[name:Gift]] for the
        {{New Medicine Service}} chats, my ankles are much better. God bless, [[name:Norma Fitzpatrick]]
        (the lady with the walking frame, [[age:84]] next week!)" Note from [[name:AS]]: this came
        via a {{discharge}} letter from [[organisation:St Cuthbert's Hospital]] under the
        {{Discharge Medicines Service}}. Great catch by [[name:Gift]] on the [[date:4th]] -
        reconciled before the {{blister pack}} was made up.
    """)),
    # 8 handover
    ("health", "near_miss", block("""
        HANDOVER - late -> early ([[date:Thurs 4th]])
        - {{Fridge}} 2 read 11.2°C max at 18:30. Min/max not reset this morning?? think
          [[name:Ollie]] forgot after the {{wholesaler}} delivery - door was left ajar behind the
          totes. Current 6.1°C.
        - Inside: {{insulin}} for 4 pts (bags: [[name:Dhillon]], [[name:Carter-Ames]],
          [[name:Mbatha]], [[name:Ruiz]]), {{Ozempic}} x3, {{flu vaccines}} x20 for the
          [[organisation:Beechcroft Care Home]] clinic on [[date:Fri 5th]].
        - Nothing used yet - {{quarantined}} + rang the manufacturers' {{medical information}}
          lines, all said stable for that excursion. Written up on {{cold chain}} log as
          [[case_reference:CC-24-011]].
        - [[name:Ollie]] pls reset min/max after EVERY delivery!!
        [[name:Femi]] ({{locum}} {{RP}})
    """)),
    # 9 formal narrative
    ("health", "incident", prose("""
        During the weekly {{CD balance check}} on [[date:Friday 19 April]], the
        {{controlled drugs register}} for {{oxycodone}} 5mg capsules showed a running balance of
        112 but only 84 were in the {{CD cabinet}}, a shortfall of 28 (one full pack). I
        ({{Responsible Pharmacist}} [[name:Rashida Begum]]) checked all {{Schedule 2}} entries
        since the last correct balance on [[date:12 April]]. A supply to Mr
        [[name:Terence Whitlow]] ([[case_reference:Rx 40918]]) on [[date:16 April]] had been entered
        by {{pre-reg trainee}} [[name:Will Okoro]] on the wrong page (oxycodone 10mg). Once
        corrected, the 5mg balance reconciled and no stock was missing. [[name:Will]] was open and
        helpful when asked. I notified the {{CD Accountable Officer}} at the {{ICB}}, Mrs
        [[name:P. Haldane]], as per our {{SOP}}. Learning: a second-person check of register
        entries at close for {{Schedule 2}} drugs, and register tabs colour-coded by strength.
    """)),
    # 10 Teams chat
    ("health", "near_miss", block("""
        Teams - [[organisation:Hollins Pharmacy]] team chat
        [[name:Marek Zieliński]] 10:02
        anyone know why we've got 2 {{EPS}} scripts for [[name:Amir Hosseini]]? one DOB [[date_of_birth:02/03/1990]] one [[date_of_birth:20/03/1959]]
        [[name:Ahmed Siddiqui]] 10:05
        different patients!! older one is the dad, same address [[address:88 Cromwell Avenue]]. check the {{NHS number}} not the name
        [[name:Marek Zieliński]] 10:06
        ah. i'd nearly put the dad's {{ramipril}} in the son's bag with his {{inhalers}} 😅 caught it cos son's is [[nhs_number:755 171 6491]] and the label said [[nhs_number:624 210 5411]]
        [[name:Ahmed Siddiqui]] 10:08
        good catch. add a same-name-same-address flag on the {{PMR}} for both + near miss log pls
        [[name:Marek Zieliński]] 10:09
        done 👍 logged as [[case_reference:NM-0301]]
    """)),
    # 11 minutes
    ("health", "success", block("""
        {{Monthly patient safety huddle}} - [[organisation:Hollins Pharmacy]]
        [[date:26 March 2024]], 13:30-14:00 ({{lunch closure}})
        Attendees: [[name:Ahmed Siddiqui]] ({{superintendent}}), [[name:Ifeoma]] ({{pharmacist}}),
        [[name:Kasia Nowak]] ({{ACT}}), [[name:Hyun-woo Park]], [[name:Marek]], [[name:Sunny]]
        ({{dispensers}}), [[name:Dale]] ({{driver}})
        Apologies: [[name:Chidi]], [[name:Shazia]]

        1. Good catches this month: 11 (up from 6). [[name:Kasia]] highlighted [[name:Hyun-woo]]'s
           catch of {{methotrexate}} 10mg tablets picked instead of 2.5mg for a new patient.
        2. Deliveries: no failed {{CD}} deliveries since [[name:Chidi]]'s training. Well done.
        3. {{Repeat prescription}} duplicates: we now check {{NHS App}} + surgery orders - 2 caught.
        4. [[name:Dale]] asked for a {{welfare check}} script for drivers. [[name:Ifeoma]] to draft.
        Next huddle: [[date:30 April]].
    """)),
    # 12 formal narrative
    ("health", "incident", prose("""
        Delivery van [[vehicle_registration:AC68 XRV]] was broken into on [[date:Mon 22 April]]
        outside [[address:Kestrel Court, Ashcombe]] while driver [[name:Sunil Rathore]] was up on
        the third floor. Passenger window smashed. Stolen: the delivery crate with 9 bags,
        including one {{CD}} ({{morphine}} {{MR}} 30mg x56 for Mrs [[name:H. Greenwood]]) and
        {{MDS}} trays for 3 patients. The paper delivery sheet with names and addresses was also
        taken. Police ref [[case_reference:CR/0419/24]]. Notified: {{police}},
        {{CD Liaison Officer}}, {{CD Accountable Officer}} and our {{DPO}} (personal data breach
        affecting 9 patients). All patients phoned by [[name:Ifeoma]] the same day and new
        {{prescriptions}} arranged with their {{GPs}}. Learning: crate locked in the rear
        compartment, delivery sheet moved to the driver app instead of paper, and vans never left
        unlocked with stock visible. [[name:Sunil]] shaken but unhurt.
    """)),
    # 13 rushed note
    ("health", "near_miss", prose("""
        nm 2day - Rx for [[name:Oscar]] [[age:4yrs]] {{amoxicillin}} 250mg/5ml {{susp}} 5ml TDS.
        [[name:bilal]] reconstituted the 125mg/5ml by mistake (shelved right next to it) + labelled
        as 250. i spotted at {{final check}} coz the bottle colour was different. would have been
        half dose for a {{chest infection}}. mum ([[name:Summer Dunne]]) waiting in shop, bit
        annoyed at the wait but fine. remade, {{counselled}} on shake well + {{fridge}}. moved the
        125 to the other bay. pls all check strength on {{PMR}} screen vs box b4 adding water!!
        [[case_reference:NM-0312]] - [[name:Faith]] ({{pharmacist}})
    """)),
    # 14 e-mail from care home
    ("health", "incident", block("""
        From: [[name:Gemma Stott]] <[[email:manager@beechcroftcarehome.co.uk]]>
        Sent: [[date:03 June 2024]] 08:14
        To: Hollins Pharmacy
        Subject: Wrong week tray - Room 12

        Morning,
        Our {{senior carer}} [[name:Lwazi]] found on the {{night round}} that Mr [[name:Albert Nunn]]'s
        {{MDS}} tray delivered on {{Friday}} was for the week commencing [[date:10 June]], not
        [[date:3 June]]. The contents also differ - it still has {{furosemide}} 40mg which the
        {{GP}} stopped on [[date:28 May]] after his {{AKI}}. No doses given from it; we used last
        week's tray for today. Please call me, as he needs his {{Parkinson's}} meds on time
        ({{time-critical medicines}}). Our own incident ref is [[case_reference:BCH-IR-2024-037]].

        Thanks
        [[name:Gemma Stott]]
        {{Registered Manager}}
        [[organisation:Beechcroft Care Home]] | [[address:Beechcroft Lane, Ashcombe]] [[postcode:AC4 2PB]] | [[phone:01632 960305]]
    """)),
    # 15 formal narrative
    ("health", "success", prose("""
        Learning from excellence - submitted by [[name:Kasia Nowak]], {{ACT}}. On
        [[date:Saturday 8 June]] our {{locum pharmacist}} [[name:Jun Takahashi]] was screening a
        walk-in prescription from an {{out-of-hours}} doctor for {{clarithromycin}} 500mg for Mr
        [[name:Desmond Achebe-Lloyd]], [[age:71]]. From the {{PMR}} [[name:Jun]] saw he was also on
        {{simvastatin}} 80mg from [[organisation:Thornbury Surgery]]. He explained the
        {{rhabdomyolysis}} risk, phoned the {{OOH}} service and agreed {{doxycycline}} instead. He
        also checked the {{SCR}}, saw a recent fall and asked about muscle pain, and tasked the
        {{GP}} to review the statin dose. It took 25 minutes on a busy Saturday with a queue out
        the door, and [[name:Jun]] stayed calm and kind throughout. We've added
        {{statin}}/{{macrolide}} to the interaction prompt card at the till. Thank you
        [[name:Jun]]!
    """)),
    # 16 WhatsApp drivers group
    ("health", "near_miss", block("""
        [[date:11/07/2024]], 16:45 - [[name:Dale]]: at [[address:23 Moss Lane]] with Mrs [[name:Adeyemi]]'s bag. grandson says she passed away {{Tuesday}} 😔 he's offering to take it
        [[date:11/07/2024]], 16:46 - [[name:Ifeoma Nnadi]]: so sorry. DON'T leave it, there's {{fentanyl}} patches in there. bring it back pls
        [[date:11/07/2024]], 16:47 - [[name:Dale]]: ok no worries, told him we'll sort it. he was fine about it
        [[date:11/07/2024]], 17:20 - [[name:Ifeoma Nnadi]]: bag back in {{CD cabinet}}. rang [[organisation:Larkspur]] - they hadn't been told, {{repeat}} still active + we'd already ordered next month via {{managed repeat}}. cancelled both. patches will go in a {{denaturing kit}} per {{SOP}}
        [[date:11/07/2024]], 17:22 - [[name:Ahmed Siddiqui]]: thanks both. near miss form pls - [[case_reference:NM-0330]]. also ask [[name:Shaz]] to check {{SCR}} for a deceased flag before every managed repeat order
    """)),
    # 17 learning form
    ("health", "success", block("""
        LEARNING FROM EXCELLENCE FORM
        Staff: [[name:Hyun-woo Park]] ({{dispenser}}), [[name:Sunil Rathore]] ({{driver}})
        Date: [[date:17/07/2024]]   Submitted by: [[name:A.S.]]
        Patient: Ms [[name:Tamsin Ashworth-Blake]], [[age:29]], NHS [[nhs_number:263 696 4894]]
        What happened: [[name:Tamsin]] has {{type 1 diabetes}} and her {{pen needles}} were out of
        stock at the {{wholesaler}} for the 3rd time. [[name:Hyun-woo]] rang round four pharmacies,
        found stock at [[organisation:Pennyfold Pharmacy]] and [[name:Sunil]] collected it on the
        way back from the [[organisation:Beechcroft Care Home]] run, so she was never without.
        Why it matters: avoids {{DKA}} risk and an {{A&E}} visit.
        Learning: {{owing}} slips now flagged to the {{RP}} same day for {{critical medicines}}.
    """)),
]

AVIATION = [
    # 1 RT transcript
    ("aviation", "incident", block("""
        RT TRANSCRIPT (extract) - [[organisation:Kellerby Tower]] 118.575 - [[date:17 Aug 2024]]
        14:21:05 {{TWR}}: [[flight_number:Skyrail 417]], {{runway 27}}, cleared to land, wind 250 degrees 9 knots
        14:21:11 [[flight_number:SRL417]]: cleared to land runway 27, [[flight_number:Skyrail 417]]
        14:21:40 [[aircraft_registration:G-BXKW]]: [[aircraft_registration:Golf Kilo Whiskey]], holding point {{Alpha 1}}, ready for departure
        14:21:44 TWR: [[aircraft_registration:Golf Kilo Whiskey]], hold position, one on final
        14:21:47 [[aircraft_registration:G-BXKW]]: hold position, [[aircraft_registration:Golf Kilo Whiskey]]
        14:22:30 TWR: [[aircraft_registration:Golf Kilo Whiskey]], confirm you are holding at Alpha 1?
        14:22:33 [[aircraft_registration:G-BXKW]]: ah... negative, we've crossed the line, stopping, [[aircraft_registration:Golf Kilo Whiskey]]
        14:22:36 TWR: [[flight_number:Skyrail 417]], {{go around}}, I say again go around, aircraft on the runway
        14:22:40 [[flight_number:SRL417]]: going around, [[flight_number:Skyrail 417]]
        Notes: {{ADC}} [[name:Tomás Quiroga]]; {{ATSA}} [[name:Hollie]]. {{PA-28}} stopped approx 15m
        past the {{hold line}}; {{ATR 72}} at 1.5nm. {{MOR}} filed [[case_reference:KLY-MOR-24-118]].
        Pilot (student, first solo) from [[organisation:Northfell Flying School]].
    """)),
    # 2 rushed note
    ("aviation", "near_miss", prose("""
        nm - {{level bust}} ~0940. [[flight_number:AUR62K]] dep 27, {{SID}} stop alt 4000 on
        {{QNH}} 1009. readback was "5000" and i didnt catch it (was on the landline to
        [[organisation:Fenwick Radar]] re a {{handover}}). went thru 4300, {{STCA}} with a {{C152}}
        [[aircraft_registration:G-CDFY]] ({{VFR}}, 5000, {{squawk 7000}}). gave {{avoiding action}}
        + TI, [[organisation:aurelian]] stopped at 4500, min approx 1.2nm / 500ft. no {{TCAS RA}}
        reported. pilot apologised on freq. my fault as much as his, readback missed. {{APR}}
        [[name:mo]], {{OJTI}} [[name:Zeynep Arslan]] plugged in. {{MOR}} + internal log
        [[case_reference:KLY-ATC-0412]]. need to talk to the {{WM}} re landline distraction
    """)),
    # 3 shout-out
    ("aviation", "success", block("""
        SHOUT-OUT 👏 - [[organisation:Kellerby ATC]] {{watch}} board
        To [[name:Rocky]] (aka [[name:Rakesh Iyer]], {{ATSA}}) - on {{Sunday}} afternoon
        ([[date:9 June]]) you spotted a {{drone}} hovering at about 300ft just outside the
        perimeter fence near the {{27 threshold}} while scanning with the {{binos}} between
        {{flight strips}}. You told [[name:Glen]] on {{TWR}} straight away, who held
        [[flight_number:SRL212]] and [[aircraft_registration:G-OKLB]] on the ground and got the
        {{police}} via the {{airport duty manager}}. Drone gone in 6 mins, operator traced by
        [[organisation:West Pennine Police]]. Nine minutes' delay, zero drama. Textbook.
        - [[name:Bea]] ({{Watch Manager}}), [[name:Alexandru Popescu]] ({{SATCO}})
    """)),
    # 4 formal MOR narrative
    ("aviation", "incident", prose("""
        {{MOR}} narrative - {{loss of separation}}, [[organisation:Kellerby Approach]],
        [[date:23 October 2024]] approx 16:50 UTC. I was {{OJTI}} with trainee
        [[name:Grace Mwangi-Holt]] on the {{APR}} position. [[flight_number:SRL558]]
        ({{ATR 72}}) was being vectored downwind left-hand for the {{ILS}} 27 at 4000ft.
        [[aircraft_registration:G-KZRT]], a {{DA42}} from [[organisation:Kellerby Aero Club]], was
        inbound from the north at 3000ft. [[name:Grace]] issued a right turn heading 180 to
        [[aircraft_registration:G-KZRT]], intending it for [[flight_number:SRL558]]; the DA42 pilot
        read it back and turned towards the ATR as the ATR descended to 3500ft. Minimum separation
        was 2.1nm / 500ft against 3nm / 1000ft required. I took the frequency and
        gave {{avoiding action}}. Both aircraft landed normally. Contributing: similar positions on
        the {{situation display}}, six aircraft on frequency, {{callsign}} not checked against the
        {{track label}}. [[name:Grace]] has been debriefed and is off training for two days by
        agreement with the {{Unit Training Officer}}. [[name:Ingrid Solheim]], {{ATCO}}
    """)),
    # 5 chronology
    ("aviation", "near_miss", block("""
        Chronology - vehicle on RWY without clearance ([[date:02/12/2024]])
        07:12  {{Runway inspection}} complete, [[vehicle_registration:KY71 AOP]] ("{{Ops 2}}", driver
               [[name:Callum Reid]]) vacates at {{Bravo}}, reports vacated to {{TWR}}.
        07:31  Ops 2 calls at Bravo requesting to enter for {{bird scaring}}. {{ADC}} [[name:Mark]]
               replies "Ops 2, hold short, traffic on 4 mile final" - readback "hold short Ops 2".
        07:32  {{ATSA}} [[name:Priyanka Shah]] sees the {{Land Rover}} with beacon crossing the
               {{hold line}} at Bravo. Tells [[name:Mark]].
        07:32:20  [[name:Mark]]: "Ops 2 STOP, vacate immediately". Vehicle stops ~10m in, reverses off.
        07:33  [[flight_number:AUR301]] ({{A320}}) on 3nm final - not affected, no go-around.
        07:50  Driver says he heard "enter" not "hold short", radio crackly - Ops 2 handset
               reported faulty on [[date:28/11]].
        Follow-up: {{airside ops}} manager [[name:Rachel Kimura]] withdrew handset; {{MOR}}
        [[case_reference:KLY-MOR-24-151]]; on the {{LRST}} agenda.
    """)),
    # 6 e-mail thank-you
    ("aviation", "success", block("""
        From: [[name:Hugh Pemberton-Lyle]] <[[email:cfi@northfellflying.co.uk]]>
        To: [[email:atc.watchmanager@kellerbyairport.co.uk]]
        Date: [[date:Mon 15 July 2024]]
        Subject: Thank you - [[aircraft_registration:G-CFRT]] on Saturday

        Dear all,
        I wanted to thank the {{approach controller}} on {{Saturday}} afternoon ([[name:Ama]], I
        believe?) for helping our {{student pilot}} [[name:Olly Brennan]] in
        [[aircraft_registration:G-CFRT]] after he became {{uncertain of position}} in the haze north
        of the {{reservoir}}. She kept him calm, gave him a {{squawk}}, identified him and gave
        headings back to the {{overhead}}. He landed with 45 minutes' fuel remaining and a very
        big smile. [[name:Olly]] has debriefed with his {{instructor}} and, with your permission, we
        would like to use the {{RT}} recording in {{ground school}}.

        Best regards,
        [[name:Hugh Pemberton-Lyle]]
        {{CFI}}, [[organisation:Northfell Flying School]]
        [[phone:01632 960190]]
    """)),
    # 7 handover
    ("aviation", "incident", block("""
        {{WATCH HANDOVER}} - {{APP}}/{{TWR}} - [[date:Fri 8 Nov]] 13:00
        - {{Primary radar}} U/S 11:42-12:55 ({{PSR}} {{magnetron}} fault). {{SSR}} only, so
          {{procedural}} for non-transponding traffic.
        - Incident: during the outage [[flight_number:SRL219]] was given descent to 3000 while
          [[aircraft_registration:G-AVLT]] ({{Piper Cub}}, no {{transponder}}) was unaccounted for
          after a missed {{position report}}. Pilot of [[aircraft_registration:G-AVLT]] later
          reported "visual with the ATR" passing 2nm. {{MOR}} [[case_reference:KLY-MOR-24-160]]
          raised by [[name:T.Q.]]
        - Engineers ([[name:Gaz Whitfield]]) say magnetron swap on [[date:11/11]]. {{NOTAM}} out.
        - {{ATSA}} position covered by [[name:Hollie]] till 15:00, then [[name:Sunny Adeyemi]].
        - Coffee machine STILL broken.
        Handed over: [[name:Tomás]] -> taken over: [[name:Ingrid]]
    """)),
    # 8 occurrence log table
    ("aviation", "near_miss", block("""
        {{Daily occurrence log}} - [[organisation:Kellerby Approach]] - [[date:Wed 22 May]]
        Time | Callsign | Type       | Event                                                  | Ctlr | Ref
        0712 | [[flight_number:SRL101]]   | {{ATR 72}} | routine                                            | [[name:IS]]   | -
        0845 | [[aircraft_registration:G-BZMW]]   | {{C172}}   | squawked 7000 in {{CAS}} after being given 4571; corrected | [[name:GM]]   | [[case_reference:DOL-0522-1]]
        1003 | [[aircraft_registration:G-BZMV]]   | {{PA-28}}  | took clearance meant for [[aircraft_registration:G-BZMW]] - caught on readback | [[name:GM]]   | [[case_reference:DOL-0522-2]]
        1130 | [[flight_number:AUR62K]]   | {{A320}}   | {{TCAS TA}} vs {{glider}}, no {{RA}}                   | [[name:RI]]   | [[case_reference:DOL-0522-3]]
        1415 | [[aircraft_registration:G-OKLB]]   | {{SR22}}   | routine                                            | [[name:AP]]   | -
        Note: [[aircraft_registration:G-BZMW]] and [[aircraft_registration:G-BZMV]] are both based
        here; asked the {{flying club}} to brief pilots. Suggest a {{callsign confusion}} strip marker.
    """)),
    # 9 Teams chat
    ("aviation", "near_miss", block("""
        Teams chat - {{ATC}} {{Watch 3}}
        [[name:glen.adebayo]] 21:14
        did anyone else notice {{ATIS}} info {{Kilo}} has {{QNH}} 1019 but the {{METAR}} says 1009??
        [[name:ingrid.solheim]] 21:16
        omg yes. I've just given [[aircraft_registration:G-WHUP]] 1019 on transfer from {{London Information}}. he's at 2400ft, so 300ft lower than he thinks
        [[name:glen.adebayo]] 21:16
        correct him now, terrain to the north is 1900 with the masts
        [[name:ingrid.solheim]] 21:18
        done, he's reset, climbing to 2800. thank god it's {{VMC}}
        [[name:Bea Lindqvist]] 21:25
        I'll redo ATIS as {{Lima}}. who recorded Kilo?
        [[name:glen.adebayo]] 21:26
        me 😬 fat finger. sorry [[name:Bea]], I'll write the {{MOR}}
        [[name:Bea Lindqvist]] 21:27
        ta. no blame, good spot. [[case_reference:KLY-MOR-24-099]]
    """)),
    # 10 minutes
    ("aviation", "success", block("""
        {{Unit Safety Meeting}} - [[organisation:Kellerby Airport]] {{ATC}}
        [[date:4 September 2024]]
        Attendance: [[name:Alexandru Popescu]] ({{SATCO}}, chair), [[name:Bea Lindqvist]] ({{Watch Manager}}),
        [[name:Ingrid Solheim]], [[name:Glen Adebayo]], [[name:Mo Haddad]] ({{ATCOs}}),
        [[name:Rocky Iyer]] ({{ATSA}}), [[name:Rachel Kimura]] ({{Airside Ops}})
        Apologies: [[name:Tomás Quiroga]], [[name:Grace]] (on course)

        1. Runway incursions: zero this quarter vs 3 last. Credited to the {{stop bar}} at {{A1}}
           now lit H24 and [[name:Rachel]]'s airside driver re-briefs.
        2. Good catches: [[name:Rocky]]'s drone spot ([[date:9 June]]) to go forward for a {{CAA}}
           safety award nomination.
        3. {{Just Culture}}: [[name:Glen]] presented his own ATIS error ({{MOR}}
           [[case_reference:KLY-MOR-24-099]]) - excellent openness. New two-person check on
           {{ATIS}} {{QNH}}.
        4. {{TRM}} refresher for all watches by [[date:31 Oct]].
        AOB: [[name:Bea]] leaving for [[organisation:Fenwick Radar]] in {{December}} - thanks from all.
    """)),
    # 11 occurrence report form
    ("aviation", "incident", block("""
        {{ATS OCCURRENCE REPORT}}
        Unit: [[organisation:Kellerby Tower]]   Ref: [[case_reference:KLY-MOR-24-173]]
        Date: [[date:14/12/2024]]   Time: 15:05 UTC
        Reporter: [[name:Mohammed Haddad]] ("[[name:Mo]]"), {{ADC}}
        Aircraft 1: [[aircraft_registration:G-TVNN]], {{Robinson R44}}, pilot Mr [[name:Keiran Doherty]]
        Aircraft 2: [[flight_number:SRL566]], {{ATR 72}}
        Type of occurrence: {{Runway incursion}}
        Description: the R44 was cleared to "{{air taxi}} to {{Helicopter Area Echo}} via the
        grass, remain south of runway 27". Pilot read back correctly but crossed the runway near
        the {{Charlie}} intersection while [[flight_number:SRL566]] was on its {{take-off roll}} at
        about 80kt. Crew of [[flight_number:SRL566]] rejected the take-off. Closest distance approx
        700m. No injuries; ATR had {{brake temperature}} checks. Pilot told {{ATC}} by phone he
        had confused Charlie with Echo in {{low sun}}.
        Actions: {{MOR}}; {{CAA}} notified; helicopter routing to be published in the {{AIP}}.
        Signed: [[name:M. Haddad]]
    """)),
    # 12 RT transcript
    ("aviation", "near_miss", block("""
        RT - [[organisation:Kellerby Approach]] 119.125 - [[date:30 Jan 2025]] (UTC)
        18:02:10 {{APP}}: [[flight_number:Aurelian 62 Kilo]], descend altitude 3000 feet, {{QNH}} 1004
        18:02:15 [[flight_number:AUR26K]]: descend 3000 feet 1004, [[flight_number:Aurelian 26 Kilo]]
        18:02:18 APP: [[flight_number:Aurelian 26 Kilo]], negative, maintain 5000 feet. [[flight_number:Aurelian 62 Kilo]], descend altitude 3000 feet
        18:02:24 [[flight_number:AUR62K]]: descend 3000, [[flight_number:Aurelian 62 Kilo]]
        18:02:30 [[flight_number:AUR26K]]: maintain 5000, sorry about that, [[flight_number:Aurelian 26 Kilo]]
        Note by {{APR}} [[name:Zeynep Arslan]]: both {{A320s}} inbound within 8 min, same company.
        [[flight_number:AUR26K]] had started descent and stopped at 4800; {{STCA}} not triggered
        as [[flight_number:AUR62K]] was 9nm ahead. Asked [[organisation:Aurelian Air]]
        {{safety desk}} to change one callsign; {{callsign similarity}} warning on both strips
        meanwhile. Logged [[case_reference:DOL-0130-2]].
    """)),
    # 13 formal narrative
    ("aviation", "success", prose("""
        Learning report (positive). On [[date:Sunday 6 April]] at about 11:20 the pilot of
        {{Cessna 182}} [[aircraft_registration:G-HNJY]] declared a {{PAN}} on our approach frequency
        with {{rough running}} and dropping {{oil pressure}}, 14nm south at 3500ft with three on
        board. {{APR}} [[name:Faith Okonjo]] immediately gave a direct heading, offered
        {{runway 09}} as the nearer threshold, and asked {{ADC}} [[name:Will Hartigan]] to clear the
        circuit. [[name:Will]] held two {{PA-28s}} at the {{holding point}} and sent a {{Cessna 152}}
        ([[aircraft_registration:G-CDFY]]) to orbit at the northern {{VRP}}. [[name:Faith]] called a
        {{Local Standby}} with the {{RFFS}} and kept the pilot talking in plain language, asking
        only for essentials. The aircraft landed at 11:31 with the engine still running; oil was
        leaking from a cracked {{oil cooler}} hose. The pilot, Mr [[name:Desmond Oduya]], came up
        to the {{VCR}} afterwards to say thank you. A good example of {{TRM}} and the
        {{MATS Part 2}} emergency checklist used well. [[name:Bea Lindqvist]], {{Watch Manager}}
    """)),
    # 14 rushed note
    ("aviation", "incident", prose("""
        infringement ~1315 - unknown 7000 squawk, {{Mode C}} 2400, came thru the {{CTR}} from the
        SW right across the {{ILS}} at 6nm, didnt call. [[flight_number:SRL340]] on the ILS at 2000
        given avoiding action right 040, min 1.1nm. tried a {{blind call}} on 121.5 + {{London Info}},
        nothing. [[organisation:Fenwick Radar]] had it as a {{C150}}?? pilot phoned later,
        [[aircraft_registration:G-ATJV]], {{PPL}} [[name:geoff]] from
        [[organisation:Brackley Farm Strip]] - said his {{moving map}} airspace db was out of date.
        filed {{MOR}} [[case_reference:KLY-MOR-24-133]], {{CAA}} infringement team will contact him.
        [[name:ZA]] on {{APP}}, me ([[name:mo]]) coordinator. second one this month from that strip 😤
    """)),
    # 15 e-mail
    ("aviation", "near_miss", block("""
        From: [[name:Rachel Kimura]] <[[email:r.kimura@kellerbyairport.co.uk]]>
        To: {{ATC Watch Managers}}; [[email:aerodrome.safeguarding@kellerbyairport.co.uk]]
        Date: [[date:Tue 19 Nov 2024]] 10:05
        Subject: NEAR MISS - crane under {{approach}} 27 not {{NOTAM}}'d

        Hi [[name:Bea]], [[name:Alex]],
        Yesterday at 16:40 [[name:Sunny]] on {{ATSA}} asked about a red light east of the airfield
        during the dusk inspection. My team found a {{mobile crane}} (approx 160ft {{AGL}}) at the
        [[organisation:Halden Logistics]] site, 2.3nm from the {{27 threshold}}, just under the
        {{approach surface}}. Their contractor had applied through the council but nobody told
        {{safeguarding}}, so no NOTAM was issued. Three {{ILS}} approaches flew over it that
        evening in {{IMC}}. Crane lowered at 18:10, NOTAM now issued for the rest of the week.
        Please can we add "any new obstacle lights" to the ATSA checklist? Great spot by [[name:Sunny]].

        [[name:Rachel]]
        [[name:Rachel Kimura]] | {{Airside Operations Manager}} | [[phone:01632 960655]]
    """)),
    # 16 WhatsApp
    ("aviation", "success", block("""
        [[date:25/12/2024]], 06:58 - [[name:Bea Lindqvist]]: Merry Christmas all 🎄 and huge thanks to [[name:Hollie]] who drove in through the snow at 5am to cover the {{ATSA}} position when [[name:Jamal]] couldn't get out of his village
        [[date:25/12/2024]], 07:02 - [[name:Hollie]]: 😂 my [[vehicle_registration:FX15 NRV]] is basically a tank. happy to help
        [[date:25/12/2024]], 07:05 - [[name:Jamal Idris]]: owe u big time [[name:hols]] 🙏
        [[date:25/12/2024]], 07:10 - [[name:Alexandru Popescu]]: Thank you [[name:Hollie]]. Without an ATSA we'd have had to bandbox {{APP}} and {{TWR}} and the {{air ambulance}} plus the 0700 [[flight_number:SRL101]] would have been delayed. Also 🙌 to [[name:Ingrid]] for the {{de-icing}} coordination with the {{handling agent}}
        [[date:25/12/2024]], 07:12 - [[name:Ingrid Solheim]]: ❤️ mince pies in the {{VCR}} for anyone on today
    """)),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind322", REPORTS))
