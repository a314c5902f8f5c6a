"""Held-out blind corpus 261: hand-written UK incident, near-miss and learning reports.

Fifty reports written blind (without sight of the de-identifier or of any other corpus) to
measure how well de-identification generalises to unseen settings and styles:

* social_care (17): a local authority designated officer (LADO) and allegations management
  service - allegations against school, nursery and sports-club staff, HR processes.
* health (17): a hospital outpatient phlebotomy and pathology reception - blood tests, sample
  labelling, couriers, GP requests and results.
* aviation (16): a general aviation airfield's fire and rescue cover and air-ground radio -
  volunteers, fly-ins, runway inspections and visiting pilots.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, Teams/WhatsApp/Slack exports with handles, handover notes, minutes
with attendance and apologies, pipe-separated and aligned tables, radio (RT) transcripts,
shout-outs and thank-you notes. Every person, organisation, place and number is invented.
`[[label:value]]` marks an identifier and `{{term}}` a mention that must not be redacted.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind261.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care (17)
    ("social_care", "incident", block("""
        duty lado notes 14:20 - call from {{dsl}} at [[organisation:brackenhurst primary]]
        (mrs [[name:okafor]]) re {{TA}} [[name:shona]]. yr 3 child ([[age:7yo]]) told
        {{class teacher}} [[name:shona]] grabbed her arm in the lunch queue + left marks. {{dsl}} took
        pics on a school ipad (!!) - advised not to do that again & to delete once copied to
        {{CPOMS}}.
        didnt get childs name or dob b4 call dropped, rang back, got it:
        [[name:Tayla-Mae Richards]] dob [[date_of_birth:02/11/2016]].
        [[name:shona]] sent home by {{head}} pending {{strat}}. havent logged ref yet, sys was
        down. will do tmrw am. prob needs {{MASH}} check + {{police}} consult? marks per
        {{mum}} = bruising. ugh
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:9 October]] a {{LADO}} referral concerning a volunteer football coach at
        [[organisation:Ashgrove Rovers JFC]] was ready to go to the club's {{welfare officer}},
        [[name:Dev Mistry]] ([[email:d.mistry@ashgroverovers.org.uk]]). Outlook auto-completed
        the address to [[email:dev.mistry@ashgrove-lettings.co.uk]], an unrelated lettings
        agent. The {{Business Support Officer}}, [[name:Hope Adeyemi]], noticed the wrong
        domain in the preview pane before pressing send because the {{auto-complete}}
        suggestion showed a company logo. No data left the council. The referral contained the
        coach's full name, the child's name and the {{allegation}} summary. Learning: {{LADO}}
        mailboxes should use {{Egress}} for external partners and the cached addresses for
        {{sports clubs}} have been cleared. [[name:Hope]] has asked {{IT}} whether
        {{auto-complete}} can be switched off for the shared mailbox. Logged as
        [[case_reference:IG-NM-2291]].
    """)),
    ("social_care", "success", block("""
        Teams - LADO team channel
        [09:14] [[name:Marguerite Achterberg]]: shout out to [[name:Grace]] for yesterday's
        {{strategy meeting}} re [[organisation:St Columba's RC High]]. {{Police}}, {{HR}}, the
        {{CSC}} {{team manager}} and the {{head teacher}} all dialled in and she still got it
        done in 40 mins with clear actions
        [09:16] [[name:Grace Oduya]]: aw thanks [[name:Marg]] x honestly down to [[name:Faisal]]
        chasing the {{PNC}} check before we started
        [09:17] [[name:Faisal Qureshi]]: all in a days work
        [09:21] [[name:Marguerite Achterberg]]: also flagging for learning - school had the
        teacher's {{DBS}} and {{single central record}} entry ready to share, saved a day.
        Ref [[case_reference:AM/2024/0388]] for anyone picking up. [[name:Grace]] can you pop it in
        the {{newsletter}}?
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - allegation, [[organisation:Little Acorns Day Nursery]] ([[address:Feltham Road]] site)
        [[date:Tues 4th]]
        08:40  {{Room leader}} [[name:Beata Kowalczyk]] sees {{nursery practitioner}} [[name:Jordan Pryce]]
               using personal phone in the {{baby room}} during nappy changes.
        08:55  [[name:BK]] reports to {{manager}} [[name:Sunny Bhatti]]. Phone not handed over.
        10:30  [[name:Sunny]] calls {{LADO}} duty line, speaks to [[name:Pat Greenhalgh]].
        10:45  Advice: do not view phone, do not tip off, contact {{police}}, suspend pending
               strategy discussion. {{Ofsted}} notification within 14 days.
        11:20  [[name:JP]] leaves premises before manager speaks to him.
        14:00  {{Strategy discussion}}: {{police}} {{POLIT}}, {{LADO}}, {{Ofsted}} rep.
        16:10  {{Police}} seize phone at [[address:14 Carrow Mews, Hanworth]].
        Issue: 90-min gap between [[name:BK]]'s report and containment; phone policy not enforced.
        Ref [[case_reference:LADO-0741]]
    """)),
    ("social_care", "incident", block("""
        ALLEGATIONS MANAGEMENT - INITIAL CONSIDERATION FORM
        Ref: [[case_reference:LADO/25/0163]]        Date received: [[date:17/01/2025]]
        Subject of allegation
          Name: [[name:Kwame Asante-Boateng]]
          {{DOB}}: [[date_of_birth:23.06.1989]]
          Role: {{PE teacher}}, [[organisation:Holloway Fields Academy]]
          Address: [[address:Flat 3, 88 Quarry Lane, Stepley]] [[postcode:SP7 2RW]]
          NI no: [[ni_number:JT 48 21 93 C]]
        Child
          Name: [[name:Rosa Delgado-Finch]]   Age: [[age:14]]   {{Year 9}}
        Referrer: {{DSL}} [[name:Amber Lightfoot]], tel [[phone:01632 960418]]
        Summary: {{pupil}} says Mr [[name:Asante-Boateng]] sent her {{Instagram}} DMs late at night
        about "training plans" and asked her not to tell her {{parents}}. Screenshots held by
        {{DSL}}. {{Threshold}} met - {{harm test}} and {{suitability}} test.
        Issue for learning: form arrived with the wrong {{DOB}} for the child (her sister's),
        corrected after [[name:Amber]] rang back.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Will Hartigan]] <[[email:w.hartigan@kelderbridge.gov.uk]]>
        To: LADO Team <[[email:lado@kelderbridge.gov.uk]]>
        Date: [[date:Thu 6 Feb 2025]] 16:52
        Subject: RE: [[case_reference:LADO-25-0098]] - HR hearing date

        Hi both,

        Flagging a near miss for the log. [[organisation:Riverside Learning Trust]] {{HR}}
        had booked the disciplinary hearing for the {{teaching assistant}} for next
        {{Tuesday}}, before {{police}} have confirmed they're taking no further action. If it
        had gone ahead the {{TA}} would have been shown the witness statements and the
        {{criminal investigation}} could have been compromised.

        [[name:Joy]] in their {{HR}} team picked up on it after reading our minutes and
        rang me. Hearing now postponed. We need a line in the {{strategy meeting}} template
        making it explicit that internal processes pause until {{police}} give the go-ahead
        (per {{Working Together}} / {{Keeping Children Safe in Education}}).

        Thanks
        [[name:Will]]

        [[name:Will Hartigan]] | {{Designated Officer}} ({{LADO}})
        [[organisation:Kelderbridge Council]] | [[phone:07700 900382]]
    """)),
    ("social_care", "success", block("""
        ALLEGATIONS MANAGEMENT MEETING - MINUTES
        Date: [[date:12 March 2025]]   Ref: [[case_reference:AMM-2025-044]]
        Present: [[name:Ngozi Eze]] ({{LADO}}, chair), DC [[name:Liam Fairbairn]]
        ({{CAIT}}), [[name:Chidi Nwankwo]] ({{HR}}, [[organisation:Oakmere Schools Partnership]]),
        [[name:Rebecca Stott]] ({{headteacher}}), [[name:Faith Mullen]] (minutes)
        Apologies: [[name:Sanjay Kohli]] ({{Ofsted}}), [[name:Mark Tierney]] ({{union rep}})

        1. Outcome. Allegation that a {{supply teacher}} pushed a [[age:10-year-old]] against
           a wall found {{unsubstantiated}}. CCTV and two independent witness accounts agreed.
        2. Learning. [[name:Rebecca]] noted the school's early, neutral note-taking meant
           accounts were not contaminated. {{Chair}} commended it as good practice.
        3. Actions. {{Supply agency}} ([[organisation:BrightPath Education]]) to be told of
           outcome by [[name:NE]]; {{DBS}} referral not required.
        Meeting closed 11:35. Minutes by [[name:FM]].
    """)),
    ("social_care", "incident", block("""
        {{WhatsApp}} export - "{{U12s}} coaches" group (sent to LADO by club {{welfare officer}})
        [[date:02/04/2025]], 21:47 - Coach [[name:Dazza]]: lads if anyone sees [[name:Ollie]] tell him
        to message me on {{snap}}, got something for him re selection 😉
        [[date:02/04/2025]], 21:49 - [[name:Bill Okonkwo]]: mate use the parents group not
        {{snap}}, {{safeguarding}} policy
        [[date:02/04/2025]], 21:50 - Coach [[name:Dazza]]: relax its banter
        [[date:03/04/2025]], 08:12 - [[name:Precious Ndlovu]]: Flagging this to {{welfare}}.
        [[name:Darren]] you know the rules

        LADO note: "Coach [[name:Dazza]]" = [[name:Darren Pilkington]], volunteer at
        [[organisation:Millbrook Colts FC]]. [[name:Ollie]] is [[age:11]]. {{Mum}} later
        found {{Snapchat}} messages offering "extra training" at [[name:Darren]]'s flat and asking
        him to delete chats. {{Police}} informed same day, {{FA}} {{safeguarding team}}
        notified, [[name:DP]] suspended from all club activity. Ref [[case_reference:LADO-25-0211]].
    """)),
    ("social_care", "near_miss", block("""
        {{LADO}} open cases - weekly review ([[date:28 April]])
        Ref            | Setting                          | Subject         | Status      | Note
        [[case_reference:LADO-25-0150]] | [[organisation:Greyfriars CE Infants]]  | [[name:H. Lindqvist]]    | {{NFA}}         | {{closed}}
        [[case_reference:LADO-25-0157]] | [[organisation:Tumbledown Tots]]        | [[name:Rose Kavanagh]]   | {{substantiated}} | see below
        [[case_reference:LADO-25-0162]] | [[organisation:Kelder Swim Academy]]    | [[name:Tomasz Wrobel]]   | {{police}} live | {{hold}}
        Near miss: [[case_reference:0157]] outcome was typed as {{unfounded}} on the system by mistake (row
        copied from [[case_reference:0150]]). [[name:Rose Kavanagh]] would have had no {{DBS}} referral. Spotted
        by [[name:Mei-Ling Cho]] at the {{quality assurance}} stage. Corrected; {{DBS}}
        referral sent. Suggest outcome field is mandatory free-type, not copy-down.
    """)),
    ("social_care", "success", prose("""
        Dear Mrs [[name:Ferreira-Hughes]], I wanted to say a proper thank you for how you
        handled the concerns about the {{after-school club}} worker at
        [[organisation:Pennington Green Primary]] last week. As {{school business manager}}
        you noticed the {{DBS}} certificate number on file didn't match the {{Update Service}}
        check, rang us the same morning and kept everything factual. That meant we could hold
        the {{strategy discussion}} on [[date:Friday 16 May]] rather than the following week.
        Your {{DSL}}, [[name:Patience]], told me you'd also drafted the letter to {{parents}}
        and sent it to us first. It is exactly what the {{LADO}} process is meant to look
        like. Best wishes, [[name:Oluwaseun]] ({{Designated Officer}})
    """)),
    ("social_care", "incident", block("""
        HANDOVER - {{LADO}} duty, {{Fri}} pm to {{Mon}} am
        - [[case_reference:LADO-25-0230]]: [[organisation:St Brendan's Catholic Primary]],
          {{lunchtime supervisor}} [[name:Imelda Cruz]] (DOB [[date_of_birth:14/09/1971]])
          alleged to have slapped a {{reception}} child ([[age:4]]). School DID NOT suspend
          - {{head}} says "we're short staffed". I've told them to risk assess at minimum.
          Needs chasing 9am. {{Head}} = Mr [[name:Cuthbertson]], [[phone:01632 960771]]
        - [[case_reference:LADO-25-0231]]: anon call re a {{youth worker}} at
          [[organisation:The Bridge Youth Project]], too vague, no name. Logged as consult only.
        - {{MASH}} rang {{Fri}} 4.50pm about a foster carer but it's {{fostering}} {{IRO}} territory;
          passed to [[name:Yusuf]] in {{fostering}} ([[email:yusuf.demir@kelderbridge.gov.uk]]).
        Note for learning: the [[case_reference:0230]] referral came via the generic inbox and sat 2 days
        unread. Who monitors it on {{bank holidays}}?
        - [[name:Fiona]]
    """)),
    ("social_care", "near_miss", block("""
        nm - nearly closed the wrong file!! [[name:jas]] asked me to close [[case_reference:LADO-24-0912]]
        ({{cricket coach}}, [[organisation:Hadley Oaks CC]]) bc {{police}} {{NFA}}'d. i had
        [[case_reference:LADO-24-0921]] open in the other tab ({{nursery}}, still live w/ {{Ofsted}}) and
        clicked close on that one. system asked "are u sure" n i was like yes obvs 🙄 then saw the
        subject name was [[name:Krystyna]] not [[name:Gareth]]. reopened b4 anyone got the
        auto letter. pls can we have the ref + subject name on the close popup not just
        "this case"? also 2 tabs = bad idea on a {{Friday}} aftn lol. told {{team manager}}
        [[name:Anand]] n he said log it. {{DSL}}/{{HR}} not affected. - [[name:tc]]
    """)),
    ("social_care", "incident", block("""
        {{Slack}} #lado-duty
        @[[name:ruth.afolabi]] 10:02  anyone know who took the call from [[organisation:Sandford Park School]] yday?
        @[[name:ben_k]] 10:05  me - {{boarding house}} {{matron}} allegation, Mrs [[name:Oyelaran]] was the caller
        @[[name:ruth.afolabi]] 10:06  there's no contact record on the system 😬 their {{DSL}} has just rung asking why we havent called back
        @[[name:ben_k]] 10:07  ugh i wrote it on a post-it, it's on my desk at {{County Hall}} and i'm wfh
        @[[name:ruth.afolabi]] 10:09  ok I'll call them now. what do we know?
        @[[name:ben_k]] 10:11  {{matron}} [[name:Esperanza Villalobos]] allegedly locked a [[age:13 yr old]] {{boarder}} in a {{bathroom}} overnight as a punishment. {{ISI}} not told yet
        @[[name:ruth.afolabi]] 10:30  spoke to {{DSL}}, logged [[case_reference:LADO-25-0288]], {{strat}} tomorrow 10am. [[name:ben_k]] pls no more post-its 🙏
    """)),
    ("social_care", "success", prose("""
        Learning summary ([[case_reference:LADO-25-0119]]). An allegation was made on
        [[date:3 March 2025]] that a {{dance teacher}} at [[organisation:Step Up Performing Arts]],
        a private studio not registered with {{Ofsted}}, had made sexualised comments to
        students aged [[age:15]] and [[age:16]]. {{Out-of-school settings}} are often unaware of the
        {{LADO}} role. On this occasion the {{studio owner}}, [[name:Lorenzo Bianchi]], had completed
        the council's free {{safeguarding}} course in {{January}} and phoned within an hour. He had
        already written down what the students said in their own words, had not questioned the
        teacher, and had a current {{DBS}} and references on file. {{Police}} and the
        {{LADO}}, [[name:Agnieszka Nowak-Patel]], agreed the threshold was met; the teacher was
        removed from classes. Learning: the out-of-school settings course works, and we will
        offer it again through [[organisation:Kelderbridge Community Voluntary Service]].
    """)),
    ("social_care", "incident", block("""
        From: [[name:Siobhan Ní Bhriain]] <[[email:sni.bhriain@hollowayfields.sch.uk]]>
        Sent: [[date:19 May 2025]] 08:03
        To: [[email:lado@kelderbridge.gov.uk]]
        Subject: URGENT - staff member - confidential

        Good morning,

        I am the {{Deputy Head}} and {{DSL}} at [[organisation:Holloway Fields Academy]]. On
        {{Saturday}} a {{parent}} posted on {{Facebook}} that our {{science technician}},
        [[name:Gary Whitlock]], was seen at a party with a group of {{Year 11}} students and
        supplied them with vapes and alcohol. Several students are [[age:15]]. The post has
        since been deleted but a screenshot has been forwarded to me by a {{governor}}.

        [[name:Gary]] is not in today; he phoned in sick at 7.30am. I have not spoken to him.
        His home address on our {{MIS}} is [[address:27 Bellfounder Close, Stepley]]
        [[postcode:SP7 4HD]].

        Could someone call me back on [[phone:01632 960245]]? I am aware we should have called
        over the weekend via {{EDT}} and I apologise.

        Kind regards,
        [[name:Siobhan]]
        Ms [[name:S. Ní Bhriain]] | {{Deputy Headteacher}} | {{Designated Safeguarding Lead}}
    """)),
    ("social_care", "near_miss", block("""
        Timeline - near miss, information sharing ([[case_reference:LADO-25-0302]])
        [[date:Mon 2 June]]
        09:10  {{LADO}} ([[name:Hamid Rahimi]]) receives referral re {{swimming instructor}} at
               [[organisation:Kelder Leisure Centre]].
        09:40  {{Leisure duty manager}} asks for the name of the child so they can "speak to the
               family". {{HR}} copied in.
        09:42  {{HR officer}} [[name:Carys Pugh]] replies-all with the child's address
               ([[address:6 Tanner's Row]]) and {{mum}}'s mobile [[phone:07700 900617]].
        09:45  [[name:Hamid]] spots that the reply-all includes the instructor's
               {{line manager}}, who is the instructor's partner.
        09:47  Recall attempted - successful for 2 of 3 recipients. {{Line manager}}'s copy
               still unread; {{IT}} deleted it from the mailbox at 10:05 under {{DPO}} authority.
        Outcome: no disclosure to the subject. Learning: never reply-all on allegations; the
               LADO should send a clean e-mail listing named recipients only.
    """)),
    ("social_care", "success", block("""
        ⭐ Team shout-outs - {{June}} ⭐
        * [[name:Hope]] - for staying late to finish the {{strategy}} write-up on the [[organisation:Tumbledown Tots]] case
        * [[name:Mark]] & [[name:Faith]] at [[organisation:Greyfriars CE Infants]] for a textbook referral (clear, timely, no {{tip-off}})
        * [[name:Sunny]] - for spotting the {{DBS}} gap on the {{coach}} at [[organisation:Millbrook Colts FC]]
        * our {{admin}} queen [[name:Precious]], inbox at zero 3 weeks running
        * [[name:J.K.]] from {{Business Support}} for sorting the {{Egress}} licences
        Nominated by the {{Principal LADO}}. Keep them coming - pop them in the {{Teams}} form x
    """)),
    # ----------------------------------------------------------------------- health (17)
    ("health", "incident", prose("""
        On [[date:8 January]] a {{group and save}} sample from the {{outpatient phlebotomy}}
        suite reached {{blood transfusion}} labelled [[name:Eileen Cotter]], hospital number
        [[case_reference:RX4471092]]. It grouped as {{O RhD negative}}; the historic record for
        Mrs [[name:Cotter]] is {{A RhD positive}}, so the lab rejected it as a suspected
        {{wrong blood in tube}} ({{WBIT}}). The {{phlebotomist}} had printed labels for two
        patients at once from {{ICE}} during a busy clinic and the tube had actually been taken
        from the next patient, [[name:Dorothy Fagbemi]]. Neither patient was transfused. Both
        were recalled and re-bled on [[date:10 January]]. Learning: labels must be printed one
        patient at a time and attached at the chair-side in front of the patient; the
        {{two-sample rule}} caught this as designed. Reported to {{SHOT}} and to the
        {{MHRA}} via {{SABRE}}. Ref [[case_reference:W-2025-00413]].
    """)),
    ("health", "near_miss", block("""
        {{reception}} {{nm}} - 2x [[name:Mohammed Khan]] in the {{waiting area}} at the same time!! called
        "[[name:mohammed khan]]" n the wrong one came up. [[name:Bella]] on the {{desk}} asked
        {{DOB}} as always - he said [[date_of_birth:12/03/1958]], form said
        [[date_of_birth:21/07/1984]]. sent him back to sit down, right Mr [[name:Khan]] came up.
        both forms from [[organisation:Eastgate Medical Practice]] lol. if we'd gone on name
        only = wrong {{bloods}} on wrong pt. pls can we call by {{ticket no.}} not names? also the
        {{calling screen}} shows full names which is a {{GDPR}} thing anyway.
        - [[name:ash]] ({{path reception}})
    """)),
    ("health", "success", block("""
        Teams - Phlebotomy OPD
        [[name:Leanne Marsh]]  11:42
        Massive shout out to [[name:Kofi]] this morning 👏 lady came in for a {{fasting glucose}}
        + {{lipids}} but mentioned she'd had toast on the bus. Instead of just bleeding her he
        checked the {{ICE}} request, rang the {{GP}} at [[organisation:Brookside Surgery]] and
        got it changed to a random {{HbA1c}} so she didn't have a wasted trip
        [[name:Kofi Mensah-Bonsu]]  11:45
        ha cheers [[name:Leanne]] - {{Dr}} was lovely about it tbh
        [[name:Wiktoria Zielinska]]  11:47
        also he saw the request was marked {{urgent}} so we rang {{biochem}} to fast-track
        [[name:Leanne Marsh]]  11:50
        🙌 proper teamwork, putting it in the {{Monday}} huddle
    """)),
    ("health", "incident", block("""
        Chronology - delayed GP samples, [[date:Mon 13/01]]
        12:30  [[organisation:Swiftline Medical Couriers]] van [[vehicle_registration:YK21 HVB]]
               due at [[organisation:Marsh Lane Surgery]], not arrived.
        13:15  Surgery rings {{pathology reception}}; [[name:Lorraine]] told by courier
               control it is "on its way".
        15:40  Van collects 3 bags incl. {{U&E}}s taken 08:30-11:00.
        17:20  Driver [[name:Mihai Popescu]] delivers to {{specimen reception}}. No
               {{temperature log}} in the box.
        19:05  {{Biochemistry}} report 14 raised {{potassium}} results, several
               {{haemolysed}}, all from [[organisation:Marsh Lane Surgery]].
        21:30  {{Out-of-hours GP}} calls two patients re {{hyperkalaemia}}; one,
               Mr [[name:Arthur Penhaligon]] ([[nhs_number:143 060 2783]]), attends {{A&E}}.
               Repeat {{K+}} normal.
        Learning: delayed separation gave spurious results; courier contract
        {{KPI}} breached; {{lab}} to add a comment on samples >6h old. Ref
        [[case_reference:PATH-INC-0057]].
    """)),
    ("health", "incident", block("""
        SPECIMEN REJECTION / MISMATCH FORM
        Patient name: [[name:Chiamaka Obi-Lawson]]      DOB (tube): [[date_of_birth:30/08/1992]]
        {{NHS No}}: [[nhs_number:710 984 7276]]            {{Hosp No}}: [[case_reference:K0938271]]
        Address: [[address:41 Wyvern Street, Hollinsford]] [[postcode:HF3 9NE]]
        Requester: Dr [[name:A. Mehta]], [[organisation:Orchard Vale Health Centre]]
        Tests: {{HbA1c}}, {{FBC}}, {{TFTs}}, {{B12}}
        Discrepancy: {{request form}} {{DOB}} [[date_of_birth:03/08/1992]] vs tube
        [[date_of_birth:30/08/1992]].
        Action: samples rejected per {{zero tolerance}} policy; patient contacted on
        [[phone:07700 900154]] and booked back for [[date:22/01]].
        Received by: [[name:T. Ogunleye]] ({{MLA}})   Date: [[date:15/01/2025]]
        Comment: form was handwritten by the {{practice nurse}} as {{ICE}} was down at the
        surgery. Patient understandably upset - second trip in a week.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Shirin Farahani]] <[[email:shirin.farahani@nhs.net]]>
        To: Pathology Reception <[[email:path.reception@kelderbridgehospitals.nhs.uk]]>
        Date: [[date:21 January 2025]]
        Subject: Near miss - wrong patient on blood form

        Dear team,

        I'm the {{Practice Manager}} at [[organisation:Hillcrest Family Practice]]. Yesterday one
        of our {{GPs}} printed an {{ICE}} request while two records were open, so the form for
        Mr [[name:Gordon Bailey]] carried the details of another patient, [[name:Gordon Bailie]]
        (different {{DOB}}, {{NHS number}} [[nhs_number:925 262 5496]]). His wife read the form in
        your {{waiting room}} and queried the spelling.

        Your {{receptionist}}, [[name:Grace]], checked the name, {{DOB}} and address against the
        patient in front of her, found they didn't match and sent him back to us instead of
        letting the {{bloods}} go ahead. We have reissued the request and logged it on our own
        {{significant event}} register ([[case_reference:SEA-25-006]]).

        Please pass on our thanks to [[name:Grace]].

        Kind regards,
        [[name:Shirin]]
        [[name:Shirin Farahani]], {{Practice Manager}}
        [[organisation:Hillcrest Family Practice]], [[address:2 Linnet Way, Hollinsford]] [[postcode:HF2 6LB]]
        Tel [[phone:01632 960903]]
    """)),
    ("health", "success", block("""
        Pathology Reception & OPD Phlebotomy - team meeting notes, [[date:5 Feb]]
        Attendees: [[name:Deborah Quayle]] (chair, {{Band 6}} lead), [[name:Kofi Mensah-Bonsu]],
        [[name:Grace Ilunga]], [[name:Ashok Varma]], [[name:Bella Svensson]], [[name:Lorraine Dick]]
        Apologies: [[name:Wiktoria Zielinska]] (A/L), [[name:Tunde Ogunleye]] (off sick)

        1. Rejected samples. Since "ask, don't tell" {{positive patient ID}} started in
           {{November}}, OPD rejection rate down from 4.1% to 1.2%. [[name:DQ]] thanked
           everyone. {{Audit}} to be shared with {{Pathology Quality Manager}}.
        2. Near miss [[case_reference:SEA-25-006]] - [[name:Grace]] thanked by
           [[organisation:Hillcrest Family Practice]] for catching the wrong-patient form.
        3. {{Calling screen}} - [[name:Ashok]] raised that full names are displayed.
           {{IG}} lead to review; trial of ticket numbers from [[date:3 March]].
        4. {{AOB}}: {{sharps}} bins on chairs 2 and 5 overfull again.
        Next meeting [[date:5 March]].
    """)),
    ("health", "incident", block("""
        {{Teams}} chat - {{Path Reception}}
        [[name:Pawel Nowicki]] 08:07: anyone lose a sample bag?? {{security}} just brought one up
        from the {{car park}}, found by a visitor next to the {{pay machine}} 😳
        [[name:Deb Quayle]] 08:09: what's on it
        [[name:Pawel Nowicki]] 08:10: 4 tubes, {{INR}} clinic, request forms inside. one is
        [[name:Sheila Mooney]] {{DOB}} [[date_of_birth:09/05/1941]]
        [[name:Deb Quayle]] 08:12: from [[organisation:Westfield Surgery]]? their {{courier}} does the
        6am run
        [[name:Pawel Nowicki]] 08:13: yep, sticker says [[organisation:Westfield]]. bag not sealed properly
        [[name:Deb Quayle]] 08:15: ok book them in, {{haematology}} can decide if still ok for
        {{INR}}. i'll ring the practice + the courier. {{datix}} it pls
        [[name:Pawel Nowicki]] 08:31: done [[case_reference:DTX-118842]]
    """)),
    ("health", "near_miss", block("""
        Booking-in check, {{specimen reception}}, [[date:27/02/25]], 14:00 run
        Lab no.        | Name on tube          | Hosp no.       | Name on form          | Flag
        [[case_reference:25L0211834]]    | [[name:PRICE, Amara]]          | [[case_reference:H0552190]]      | [[name:PRICE, Amara]]          | ok
        [[case_reference:25L0211835]]    | [[name:PRYCE, Amari]]          | [[case_reference:H0614028]]      | [[name:PRICE, Amara]]          | {{MISMATCH}}
        [[case_reference:25L0211836]]    | [[name:NAIDOO, Hope]]          | [[case_reference:H0388712]]      | [[name:NAIDOO, Hope]]          | ok
        Note: [[case_reference:835]] tube label belongs to a different patient with a similar name seen in {{OPD}}
        the same hour. Caught by {{MLA}} [[name:Ifeoma]] at {{booking-in}} before
        {{analysis}}. Both patients identified via {{PAS}}; {{phlebotomist}} on chair 3
        informed. {{Near miss}}, no harm. Suggest {{ICE}} flags similar-name alerts.
    """)),
    ("health", "success", prose("""
        To everyone in the {{blood test clinic}} - I wanted to write and say thank you. I have been
        terrified of {{needles}} since I was a child and last time I fainted. On [[date:Tuesday 11th
        March]] the young man on {{reception}}, I think [[name:Jamal]], noticed I was shaking and
        asked if I'd like to lie down for it. The {{phlebotomist}}, Mrs [[name:Penrose]], used a
        {{butterfly needle}} and talked to me about her {{allotment}} the whole time. It was done
        before I knew it. I have {{type 2 diabetes}} so I need these tests every three months
        and for the first time I'm not dreading the next one. Please give them both a big
        thank you. With best wishes, [[name:Maureen Tilley]] (age [[age:74]])
    """)),
    ("health", "incident", block("""
        HANDOVER - {{OPD}} {{phlebotomy}}, am to pm
        * Pt fainted chair 4 at 10:50 after {{venepuncture}} - [[name:Joseph Amankwah]],
          [[age:19]], hit head on the arm of the chair. Seen by {{ED}} {{nurse}}, {{obs}} ok,
          small graze. Should have been offered the {{couch}} - he'd said he felt "a bit funny".
          Incident logged [[case_reference:DTX-118967]].
        * [[name:Rosie]] from {{microbiology}} rang - {{blood culture}} bottles from this morning
          were sent without a request. Found the form on chair 2. Sent up by {{porter}} 11:30.
        * Mrs [[name:Oduya]] ({{INR}} clinic) will ring back re her result - it's been
          phoned to [[organisation:Westfield Surgery]], do NOT give it out over the phone
          unless ID checked.
        * {{Vacutainer}} holders low - order placed.
        [[name:KMB]]
    """)),
    ("health", "near_miss", block("""
        {{nm}} on {{results line}} - woman rang 2day saying she was Mr [[name:Hollis]]'s daughter n
        wanted his {{PSA}} result, gave his name n {{DOB}} ([[date_of_birth:17/10/1949]]) no
        probs. i nearly read it out cos it was on screen. then she couldnt give the 1st line of
        address n said "just tell me if its bad". stopped + said we can only give results to
        the pt or via the {{GP}} ([[organisation:Eastgate Medical Practice]]). she got quite
        cross. checked {{PAS}} after - no {{NOK}} or consent recorded. reading it back we
        shouldnt even have the result on screen b4 {{ID checks}} done. [[name:faith]] says the
        {{Caldicott}} {{SOP}} is out of date anyway. log ref [[case_reference:DTX-119203]]
        - [[name:sunny]], {{path reception}}
    """)),
    ("health", "incident", block("""
        {{WhatsApp}} - "{{Pathology Reception}} 🧪"
        [[date:14/03/2025]], 07:02 - [[name:Nkechi]]: morning all. {{sample fridge}} 2 reading
        14°C 😬 alarm must have gone off overnight but nobody on site
        [[date:14/03/2025]], 07:04 - [[name:Tom Ashworth]]: what's in it?
        [[date:14/03/2025]], 07:06 - [[name:Nkechi]]: yesterday's late {{GP}} drop from
        [[organisation:Kelderbridge Road Surgery]] + 6 {{urine}} samples for {{micro}}
        [[date:14/03/2025]], 07:10 - [[name:Tom Ashworth]]: ring {{Estates}} and the
        {{duty biomedical scientist}}, dont bin anything yet
        [[date:14/03/2025]], 07:41 - [[name:Nkechi]]: {{micro}} rejecting the urines. {{BMS}}
        says bloods ok for most tests. logged [[case_reference:DTX-119255]]
        [[date:14/03/2025]], 07:43 - [[name:Tom Ashworth]]: ta. this is the 2nd time the
        alarm hasn't dialled out to {{switchboard}} since {{Christmas}}
    """)),
    ("health", "success", prose("""
        Learning from excellence. [[name:Dylan Pritchard-Jones]], aged [[age:34]], who has a
        {{learning disability}} and {{autism}}, had failed three attempts at blood tests
        requested by {{endocrinology}}. His {{support worker}}, [[name:Blessing]], phoned ahead
        to the {{phlebotomy}} clinic. {{Senior phlebotomist}} [[name:Agata Wiśniewska]] booked
        the last slot of the day, arranged the quiet room, sent an {{easy-read}} leaflet with
        photos of the room, and applied {{Ametop}} gel in advance. The bloods were taken first
        time on [[date:2 April]] and showed a {{thyroid}} problem, which is now being treated.
        [[name:Agata]] has since written a short {{reasonable adjustments}} checklist for
        reception staff to use when a carer rings. Nominated by
        Dr [[name:Oyinkansola Bello]], {{consultant endocrinologist}}.
    """)),
    ("health", "incident", block("""
        From: [[email:patientexperience@kelderbridgehospitals.nhs.uk]]
        To: {{Pathology Reception Lead}}
        Cc: [[name:Deborah Quayle]]
        Date: [[date:9 April 2025]]
        Subject: Complaint [[case_reference:PX-25-1187]] - {{results letter}} sent to old address

        Hi [[name:Deb]],

        We've had a complaint from [[name:Francesca Romano]] ({{NHS}} no.
        [[nhs_number:386 301 2593]]). Her {{lipid}} and {{LFT}} results letter was posted to
        her previous address, [[address:9 Orchard Terrace, Stepley]], where her ex-partner
        still lives. She updated her address at the {{blood test reception}} on
        [[date:18 March]] to [[address:Flat 12, Mercer Court, Hollinsford]]
        [[postcode:HF1 3TA]] but {{PAS}} was not changed - it seems it was written on the
        {{request form}} only.

        Could you look at how address changes are captured at the desk and let me know by
        {{Friday}}?

        Thanks,
        [[name:Marcus]]
        {{Patient Experience Team}}
    """)),
    ("health", "near_miss", block("""
        Call transcript ({{recorded line}}), {{specimen reception}}, [[date:22/04/2025]] 16:48
        {{COURIER}}: Hiya, it's [[name:Gaz]] from [[organisation:Swiftline]], I've got your
          [[organisation:Marsh Lane]] bags but the van's broke down on the {{bypass}}.
        {{RECEPTION}} ([[name:Ama]]): OK, how long have they been out?
        COURIER: Picked up at one. Reg is [[vehicle_registration:YK21 HVB]] if you need it.
        RECEPTION: Any {{cold chain}} boxes in there?
        COURIER: One {{blue box}}, says {{ammonia}} on it.
        RECEPTION: That needs to be here within 30 minutes on {{ice}}, it'll be useless. I'll ring
          the surgery. Can you leave the rest with the {{recovery driver}}?
        COURIER: Can't, they have to stay with me.
        [Note by [[name:Ama]]: escalated to {{duty BMS}}; {{ammonia}} repeat arranged next morning.
        Other samples arrived 18:55. Near miss - no results released on degraded samples.]
    """)),
    ("health", "success", block("""
        🎉 SHOUT-OUT 🎉
        To [[name:Joy]], [[name:Bill]] & [[name:Amber]] on {{path reception}} for clearing
        the 400-sample {{backlog}} after the {{LIMS}} outage on [[date:Wed 30 April]] - all booked
        in by 9pm with zero {{mislabels}}.
        And to [[name:Pat]] from [[organisation:Swiftline Medical Couriers]] who did two extra
        {{runs}} without being asked.
        From [[name:D. Quayle]] & the {{Blood Sciences}} {{managers}}
    """)),
    # --------------------------------------------------------------------- aviation (16)
    ("aviation", "incident", block("""
        {{RT}} transcript ({{A/G}} recording), [[date:Sat 17 May]] - extract
        10:41:05 {{FIRE 1}}:   [[organisation:Hambleby Radio]], {{Fire One}} entering {{runway two four}} at the
                           hold for {{runway inspection}}.
        10:41:12 A/G:      Fire One, roger, no reported traffic.
        10:43:30 [[aircraft_registration:G-BOWZ]]:    [[organisation:Hambleby Radio]], [[aircraft_registration:Golf Bravo Oscar Whiskey Zulu]],
                           {{PA-28}}, lined up {{two four}}, ready for departure.
        10:43:36 A/G:      [[aircraft_registration:Golf Whiskey Zulu]], {{Fire One}} is on the runway, hold position.
        10:43:40 FIRE 1:   Fire One, we have an aircraft lined up behind us, vacating at
                           {{Alpha}}, expedite.
        10:44:02 [[aircraft_registration:G-BOWZ]]:    Sorry, [[aircraft_registration:Whiskey Zulu]] holding.
        Reporter note ([[name:Rhiannon Price]], {{A/G operator}}): the pilot taxied past the
        {{holding point}} and lined up without a call; I had given no instruction (an
        {{A/G}} station can't). {{Pilot}}, Mr [[name:Halvorsen]], said he heard "no reported
        traffic" as meaning the runway was clear. Filed as {{MOR}} [[case_reference:HAM-OCC-25/014]].
    """)),
    ("aviation", "near_miss", prose("""
        During the {{first light}} {{runway inspection}} on [[date:Sunday 8 June]], the morning
        after the [[organisation:Hambleby Flying Group]] {{fly-in}}, the {{fire crew}}
        ([[name:Callum Reid]] and [[name:Nadia Haddad]]) found a steel {{tie-down}} stake and a
        length of orange rope lying on the grass {{runway 06/24}} about 200 m from the
        {{threshold}}. The stake had been used to picket a visiting {{Jodel}} and was not
        removed when it departed. Two aircraft were already taxiing for an early departure. The
        crew radioed [[organisation:Hambleby Radio]], the {{A/G operator}} advised both pilots
        the runway was obstructed, and the item was removed within five minutes. No damage.
        Learning: {{parking marshals}} will count stakes out and in at fly-ins, and the
        {{FOD}} walk will be done before the {{A/G}} station opens rather than after.
        Ref [[case_reference:HAM-SAF-25-031]].
    """)),
    ("aviation", "success", block("""
        WhatsApp - [[organisation:Hambleby]] Fire & Rescue volunteers
        [[name:Gwen Morgan]]: THANK YOU all for Saturday's {{fly-in}} 🛩️🚒 143 movements,
        62 visitors, zero incidents. Special mention to [[name:Stan]] for running the
        {{fire tender}} solo for an hour when [[name:Ifan]] got called away, and to
        [[name:Hope]] & [[name:Will]] on the {{marshalling}} - the {{Piper Cub}} that
        {{ground-looped}} last year would have been proud
        [[name:Stanisław Kubiak]]: 😂 cheers [[name:Gwen]]. {{tender}} needs a wash
        [[name:Will Ashby]]: shout out to the {{A/G}} team too, [[name:Rhiannon]] kept it calm
        with 9 in the {{circuit}}
        [[name:Hope Mbeki]]: and Mr [[name:Fenwick]] from [[organisation:Fenwick Aviation]] for
        the free {{BBQ}}!!
    """)),
    ("aviation", "incident", block("""
        Chronology - {{RFFS}} cover lapse, [[date:Wed 25/06/25]]
        12:30  {{Duty fire crew}} ([[name:Callum]], [[name:Dev]]) book off for lunch at the
               {{clubhouse}}; {{tender}} left at the {{fire station}}, keys in. No handover to
               {{A/G}}.
        12:38  [[aircraft_registration:G-CKRW]] ({{C172}}, [[organisation:Northmoor Aero Club]]) calls
               10 miles south, inbound, {{PPR}} on file.
        12:41  {{A/G operator}} [[name:Leon Achebe]] tries {{Fire One}} on the handheld - no answer.
        12:44  [[name:Leon]] passes "{{fire cover}} not available" to [[aircraft_registration:G-CKRW]];
               pilot elects to land anyway (he can under {{Part-NCO}}).
        12:49  [[aircraft_registration:G-CKRW]] lands {{runway two four}}, no problem.
        12:52  Crew return, see the aircraft on the {{apron}}.
        Findings: lunch cover rota not followed since [[name:Dev]] joined; handheld left on
        charge in the {{crew room}}. {{CFO}} [[name:Oksana Hrytsenko]] to brief all crews.
        Occurrence ref [[case_reference:HAM-OCC-25/022]].
    """)),
    ("aviation", "incident", block("""
        AIRFIELD OCCURRENCE REPORT FORM
        Occurrence ref:   [[case_reference:HAM-OCC-25/027]]
        Date/time:        [[date:05/07/2025]] 15:20 local
        Aircraft:         [[aircraft_registration:G-RVTD]]   Type: {{Van's RV-7}}
        Pilot ({{PIC}}):      [[name:Christophe Lemaire-Dubois]]
        {{Licence no.}}:      [[case_reference:GBR.FCL.PPL.0042917]]
        Address:          [[address:The Old Forge, Mill Lane, Upper Stanway]] [[postcode:UW4 8PJ]]
        Phone:            [[phone:07700 900836]]
        Email:            [[email:c.lemaire.dubois@example.fr]]
        Description: on {{landing roll}} the aircraft ran off the left edge of the {{grass runway}}
        into the {{long grass}} by the {{windsock}}. {{Prop strike}}. {{Fire One}} attended within 60 s
        ([[name:Ifan Jones]], [[name:Gwen Morgan]]); no fire, no fuel leak, pilot uninjured.
        Pilot states gusting {{crosswind}} 18 kt, outside his personal limits.
        {{AAIB}} notified by phone; aircraft moved after their agreement.
        Completed by: [[name:O. Hrytsenko]], {{Chief Fire Officer}}
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Tariq Aziz]] <[[email:ops@hamblebyairfield.co.uk]]>
        To: [[email:safety@hamblebyairfield.co.uk]]
        Date: [[date:13 July 2025]]
        Subject: Near miss - non-PPR arrival during display practice

        All,

        At 14:05 today a {{Robin DR400}}, [[aircraft_registration:F-GKMX]], joined overhead
        while the {{Extra 300}} was practising its display over the field. There was a
        {{NOTAM}} out ([[case_reference:H3317/25]]) and the display box was active. The visiting
        pilot had no {{PPR}} and said he was using a {{SkyDemon}} plate two years old. Our
        {{A/G operator}}, [[name:Faith O'Donnell]], passed traffic and the display pilot,
        [[name:Jack]], broke off to the north. Closest point estimated 500 ft vertically.

        Learning: the {{PPR}} line message didn't mention the display; {{A/G}} to broadcast
        display status every 5 minutes. I've sent a {{MOR}} and spoken to the pilot, who
        was apologetic.

        [[name:Tariq]]
        [[name:Tariq Aziz]], {{Airfield Manager}}, [[organisation:Hambleby Airfield Ltd]]
        [[phone:01632 960560]]
    """)),
    ("aviation", "success", block("""
        [[organisation:HAMBLEBY AIRFIELD]] SAFETY COMMITTEE - MINUTES, [[date:29 July 2025]]
        Present: [[name:Tariq Aziz]] ({{Airfield Manager}}, chair), [[name:Oksana Hrytsenko]]
        ({{CFO}}), [[name:Rhiannon Price]] ({{A/G}}), [[name:Graham "Grizz" Whitaker]]
        ({{CFI}}, [[organisation:Hambleby Flying Group]]), [[name:Precious Mahlangu]] (minutes)
        Apologies: Cllr [[name:Dawn Pettigrew]], [[name:Ifan Jones]]

        1. Review of occurrences [[case_reference:HAM-OCC-25/014]] to
           [[case_reference:HAM-OCC-25/027]]: 6 logged, 4 {{MOR}}s.
        2. Good news: since the laminated "{{A/G}} is not {{ATC}}" card went into the
           visiting-pilot pack, no further runway incursions. [[name:RP]] thanked.
        3. Lunch cover: new rota working - [[name:OH]] confirmed no gaps in {{July}}.
        4. [[name:Grizz]] asked for the {{windsock}} by 24 to be replaced; faded.
        5. {{CAA}} {{CAP 793}} review: no changes required.
        Next meeting [[date:30 September]].
    """)),
    ("aviation", "incident", block("""
        {{WhatsApp}} - {{Fire crew}} [[organisation:Hambleby]]
        [[date:03/08/2025]], 11:12 - [[name:Dev Chauhan]]: {{fuel spill}} at the {{pumps}}!! {{AVGAS}}
        pouring out the {{nozzle}} on the visiting {{Cessna 182}}, {{auto shut-off}} failed
        [[date:03/08/2025]], 11:12 - [[name:Dev Chauhan]]: {{tender}} on the way
        [[date:03/08/2025]], 11:13 - [[name:Gwen Morgan]]: {{ESD}} pressed? keep everyone back
        [[date:03/08/2025]], 11:15 - [[name:Dev Chauhan]]: yes stopped. approx 20L on the
        concrete. pilot Mr [[name:Ó Súilleabháin]] ok, got some on his shoes. {{spill kit}} down
        [[date:03/08/2025]], 11:40 - [[name:Gwen Morgan]]: owner of the pumps
        ([[organisation:Cotswold Aviation Fuels]]) rung, engineer tomorrow. pumps {{NOTAM}}'d
        closed. {{bowser}} [[vehicle_registration:KX15 FUE]] for anyone who needs fuel
        [[date:03/08/2025]], 11:42 - [[name:Dev Chauhan]]: log no. [[case_reference:HAM-OCC-25/031]]
    """)),
    ("aviation", "near_miss", block("""
        {{Movements log}} extract - [[date:Sun 10 Aug]]
        Time   Reg                              Type        Pilot                 From
        09:12  [[aircraft_registration:G-HUNX]]                          {{Hunter}}      [[name:P. Ransome]]           local
        09:30  [[aircraft_registration:G-HUNK]]                          {{Citabria}}    [[name:Amelie Fischer]]       [[organisation:Sandholme Airfield]]
        09:31  [[aircraft_registration:G-HUNX]] (log said)               -           -                     -
        Note: the 09:31 line was the {{A/G operator}} logging [[aircraft_registration:G-HUNK]]'s
        "{{downwind}}" call against [[aircraft_registration:G-HUNX]], which had already landed.
        When the {{Citabria}} then called "{{final}}", [[name:Sunny]] on {{A/G}} queried it
        and realised there were two similar {{callsigns}}. {{Fire crew}} had been about to stand
        down thinking nothing was airborne. Learning: read back full {{registration}} on first
        contact, and log the pilot's reg not what you expected to hear.
    """)),
    ("aviation", "success", prose("""
        Dear all at [[organisation:Hambleby]], I'm writing to thank your fire and radio
        volunteers for their help on [[date:16 August]] when I made a {{precautionary landing}}
        in [[aircraft_registration:G-LEKK]] with a rough-running engine. I wasn't on {{PPR}} and
        I know you were closing. The lady on the radio, [[name:Sunita]], was calm and clear,
        gave me the wind and the {{QFE}} without fuss, and the {{fire tender}} was already
        by the {{threshold}} when I turned {{final}}. Afterwards [[name:Stan]] and
        [[name:Callum]] helped me push the aircraft into the {{hangar}} and a chap called
        [[name:Bill]] drove me to the station. My engineer found a cracked {{magneto}} housing.
        I have sent a small donation to the {{fire crew}} fund. With gratitude,
        [[name:Margaret "Peggy" Oyelowo-Grant]], [[organisation:Wyvern Vintage Flyers]]
    """)),
    ("aviation", "incident", block("""
        HANDOVER - {{RFFS}}/{{A/G}} watch, am to pm, [[date:Sat 23/08]]
        - Bird strike 10:20, [[aircraft_registration:G-CFVX]] ({{EV-97}}) on climb-out {{two four}},
          pigeon into left wing leading edge. Landed back. {{Fire One}} attended, no fire.
          Dent only. Pilot [[name:Ravi Subramaniam]] ({{student pilot}}, [[age:17]]) shaken,
          {{instructor}} [[name:Grizz]] with him. {{Bird scaring}} run done 10:40.
        - Runway inspection 12:00 done by [[name:Dev]] + [[name:Nadia]] - 2 molehills near
          the 06 {{threshold}}, flagged to the {{groundsman}}.
        - Tender [[vehicle_registration:WX09 RFF]] - foam tank topped up, but low-level light
          still flickering. Reported to [[name:OH]].
        - Fly-out group from [[organisation:Northmoor Aero Club]] due back ~16:00, 5 aircraft.
        Occurrence [[case_reference:HAM-OCC-25/036]] raised for the birdstrike.
        - [[name:Leon]]
    """)),
    ("aviation", "near_miss", block("""
        quick nm for the log - {{runway inspection}} this am, went to do the {{brake test}} on the
        {{tender}} n the pedal went nearly to the floor 😬 would have been fine at 10mph but
        not on a real {{shout}} at 50. parked it up, {{Fire Two}} (the {{landrover}}
        [[vehicle_registration:L482 HMB]]) used as cover til [[name:pete]] from
        [[organisation:Stanway Commercials]] came out - {{brake fluid}} leak on the rear line.
        {{daily check sheet}} was signed yest by someone as "brakes ok" but nobody can say who
        (initials look like [[name:RJ]] or [[name:PJ]]?). pls sign full names on the sheet!!
        also {{NOTAM}} for reduced {{RFFS}} went out 35 mins late cos [[name:tariq]] was
        flying. - [[name:gwen]]
    """)),
    ("aviation", "incident", block("""
        RT transcript, [[organisation:Hambleby Radio]], [[date:31/08/2025]]
        16:02:10 [[flight_number:SKL214]]: [[organisation:Hambleby Radio]], [[flight_number:Skylark two one four]], {{King Air}},
                         diverting to you from [[organisation:Kelder Approach]], 8 POB, request
                         {{rejoin}} and full-stop landing.
        16:02:25 A/G:    [[flight_number:Skylark two one four]], runway two four in use, {{QFE}} 1008,
                         be advised {{RFFS}} {{Category 1}} only.
        16:02:40 [[flight_number:SKL214]]: Copy category one, we'll accept, inbound.
        16:11:05 [[flight_number:SKL214]]: [[flight_number:Skylark two one four]], vacated, we have smoke from the left
                         brakes.
        16:11:10 A/G:    {{Fire One}}, [[flight_number:Skylark two one four]] reports brake smoke, {{apron}} entry.
        Note ([[name:Rhiannon Price]]): {{hot brakes}} on a 700 m grass runway; {{fire crew}}
        cooled with water spray. No fire. Aircraft needs {{RFFS}} {{Cat 3}} normally - the
        commander, Capt [[name:Jurgen van der Berg]], accepted {{Cat 1}} on diversion
        ({{first officer}} unwell). Operator [[organisation:Skylark Air Charter]] informed.
        {{MOR}} [[case_reference:HAM-OCC-25/040]].
    """)),
    ("aviation", "success", prose("""
        On [[date:6 September]] a {{flex-wing microlight}} landing on the grass strip caught a
        wingtip in a gust and overturned beside the runway. The pilot, [[name:Roger Tamblyn]],
        aged [[age:68]], was trapped under the wing with fuel leaking. The {{fire tender}}
        crewed by volunteers [[name:Hope Mbeki]] and [[name:Stanisław Kubiak]] reached him in
        70 seconds, laid foam, isolated the battery and freed him using the {{cutting kit}}
        they had practised with only the {{Tuesday}} before. {{A/G operator}} [[name:Faith
        O'Donnell]] called 999 on the landline and gave the {{What3Words}} location, and the
        {{air ambulance}} landed on {{runway 24}} eleven minutes later. Mr [[name:Tamblyn]] was
        treated for a broken collarbone and has since visited to thank the crew. The
        [[organisation:Hambleby Airfield]] {{CFO}} has commended both volunteers.
    """)),
    ("aviation", "near_miss", block("""
        {{Slack}} #[[organisation:hambleby]]-ops
        [[name:gwen.morgan]] 13:58  SHEEP ON THE RUNWAY 🐑🐑 {{tender}} going out, stop {{departures}}
        [[name:sunita.k]] 13:59  copy, broadcasting now. [[aircraft_registration:G-BZTA]] was just {{lining up}}, he's holding
        [[name:tariq.aziz]] 14:03  how did they get in?
        [[name:gwen.morgan]] 14:10  all 14 back in the field. gate on the {{footpath}} by the {{06 end}} left open - a {{visiting pilot}}'s family went for a walk
        [[name:tariq.aziz]] 14:12  ok. Farmer [[name:Giles]] happy? lol
        [[name:sunita.k]] 14:13  it's actually Mrs [[name:Leontyev]] now, she took over from her dad. she's fine, {{fence}} checked
        [[name:tariq.aziz]] 14:20  I'll get a {{padlock}} + sign. {{near miss log}} [[case_reference:HAM-SAF-25-044]] pls
    """)),
    ("aviation", "success", block("""
        🚒 {{VOLUNTEER OF THE MONTH}} 🚒
        Congratulations [[name:Nadia Haddad]]! Since joining the {{fire crew}} in {{April}}
        [[name:Nadia]] has done 31 {{shifts}}, completed her {{LFS}} course and rewrote our
        {{runway inspection}} checklist. Her eagle eye found the {{stake}} after the {{fly-in}}.
        Nominated by [[name:Callum]], [[name:Ifan]] and [[name:Oksana]] ({{CFO}}).
        Cake in the {{crew room}} Sat 🍰
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind261", REPORTS))
