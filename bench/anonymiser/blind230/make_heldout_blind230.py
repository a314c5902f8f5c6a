"""Held-out blind corpus 230: fifty invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures how
well de-identification generalises. Three settings, all people, organisations, places and
numbers invented:

- social_care (17): a local authority's pre-proceedings and court work - PLO letters, legal
  gateway meetings, children's guardians, court bundles, parenting assessments.
- health (17): an ambulance station's front-line crews - paramedics, emergency care assistants,
  handover delays outside ED, falls, the clinical advice line.
- aviation (16): a flight simulator training centre - type rating instructors and examiners,
  sim sessions, licence and operator proficiency checks, sim defects.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams/WhatsApp/Slack), handover notes, minutes with attendance
and apologies, pipe tables, radio/RT transcripts, shout-outs and thank-you notes.

`[[label:value]]` marks an identifier and `{{term}}` a mention that must not be redacted.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind230.jsonl"

SOCIAL_CARE = [
    # 1 rushed lower-case note
    ("social_care", "incident", block("""
        pre-proc mtg for [[name:kayden]] + sibs was booked for [[date:tues 14th]] but the {{PLO letter}}
        went to mums old addr ([[address:22 Farrier Walk, Oldcastle]]) not her new flat at
        [[address:Flat 3, 9 Linden Court, Castlegate]] [[postcode:CG2 7QB]]. mum ([[name:Shannon Reeve]])
        never got it, only found out via her {{solicitor}} the morning of. {{legal gateway}} agreed the
        letter on [[date:2/5]] and admin pulled the addr off {{LCS}} which hadnt been updated since {{duty}}.
        mtg had to be moved, {{IRO}} not impressed & mum v upset (fair enough). nobody checked addr w/
        the allocated {{SW}} b4 posting.
        pls can we add an addr check box to the {{PLO}} letter template?? {{TM}} aware.
        - [[name:DW]]
    """)),
    # 2 e-mail with headers and signature
    ("social_care", "near_miss", block("""
        From: [[name:Grace Oduya]] <[[email:grace.oduya@harrowmere.gov.uk]]>
        To: [[name:Faith Lindqvist]] <[[email:faith.lindqvist@harrowmere.gov.uk]]>
        Sent: [[date:Wed 8 May 2024]] 16:42
        Subject: near miss - bundle [[case_reference:HM24C00418]]

        Hi [[name:Faith]],

        Just flagging that the draft court bundle for the [[name:Mwangi]] children nearly went to the
        wrong {{solicitor}}. The index still had Mr [[name:Mwangi]]'s rep as
        [[organisation:Brightwell Lacey LLP]] but he changed firms last month to
        [[organisation:Dunmore & Cole Solicitors]]. I only spotted it when checking the
        {{position statement}} before sending. Nothing left the building.

        Could {{Legal Services}} update the contacts list whenever a {{notice of change}} comes in?
        Happy to discuss at {{legal gateway}} on {{Thursday}}.

        Thanks,
        [[name:Grace]]

        [[name:Grace Oduya]]
        {{Senior Social Worker}} | {{Court and Pre-Proceedings Team}}
        [[organisation:Harrowmere Borough Council]]
        T: [[phone:01632 960 210]]
    """)),
    # 3 Teams chat shout-out
    ("social_care", "success", block("""
        [10:14] [[name:Amber Lyle]]: massive shout out to [[name:Hope]] in {{business support}} who stayed
        till 7 last night paginating the bundle for [[case_reference:HM24C00377]] 🙌 {{final hearing}} is
        tomorrow at [[organisation:Castlegate Family Court]]
        [10:15] [[name:Tomasz Wiśniewski]]: seconded!! the {{children's guardian}} emailed to say it's the
        clearest bundle she's had all year
        [10:15] [[name:Hope Adeyemi]]: aw thanks guys 😊 just glad the {{parenting assessment}} landed in time
        [10:17] [[name:Amber Lyle]]: and [[name:Tomasz]] chased the {{ISW}} three times for it so credit to
        him too
        [10:18] [[name:priya.s]]: {{Legal}} reckon the {{judge}} might bring the {{IRH}} forward so good to
        be ahead 👍
    """)),
    # 4 chronology with times
    ("social_care", "incident", block("""
        Incident ref: [[case_reference:INC-SC-0921]]
        Reported by: [[name:Pat Kowalczyk]], {{Advanced Practitioner}}
        Children: [[name:Liliana]] ([[age:4 yrs]]) and [[name:Mateo Sousa]] ([[age:22 months]])

        [[date:17/06/2024]] 09:05 {{Legal gateway meeting}} held. {{Legal}} advised {{threshold}} met;
        {{letter before proceedings}} to be sent within 5 working days.
        [[date:21/06/2024]] Letter not sent - allocated {{SW}} on annual leave, no cover named in minutes.
        [[date:26/06/2024]] 14:30 {{Mother}}'s advocate from [[organisation:Castlegate Parents' Voice]] rang
        asking for the meeting date.
        [[date:27/06/2024]] 11:10 Letter sent by {{TM}}; meeting set for [[date:4 July]].

        Impact: 6-day delay in the {{pre-proceedings}} process; mother anxious. No change to the
        {{safety plan}} needed.
        Learning: cover for {{PLO}} tasks to be named in the {{legal planning}} minutes before anyone
        goes on leave.
    """)),
    # 5 form
    ("social_care", "near_miss", block("""
        NEAR MISS REPORT
        Child: [[name:Roksana Begum]]
        DOB: [[date_of_birth:03/11/2016]]
        {{LA}} ref: [[case_reference:CP-77120]]
        Address: [[address:41 Weaver Street, Castlegate]] [[postcode:CG4 8NF]]
        Reported by: [[name:Will Fenwick]] ({{Social Worker}}, {{Court Team}})

        What happened: The {{parenting assessment}} for mum ([[name:Nasima]]) was saved to the
        {{legal gateway}} folder with another family's {{genogram}} attached (ref
        [[case_reference:CP-77134]]). I noticed when I opened it to send to the {{children's guardian}}
        via {{Cafcass}} secure email. Removed straight away, nothing sent.
        Why: two files with near-identical names open at once; no second check before upload.
        Suggested action: LA ref at the start of every file name and a peer check before anything goes
        to {{Legal}}.
    """)),
    # 6 thank-you letter
    ("social_care", "success", block("""
        Dear Ms [[name:Achterberg]],

        On behalf of the {{Pre-Proceedings Team}} I wanted to thank you for the way you worked with us
        on the [[name:Hollis-Nwosu]] case. As {{children's guardian}} you met [[name:Sienna]]
        ([[age:aged 11]]) twice before the {{IRH}}, which meant her wishes were properly in the {{SWET}}
        rather than a line at the end. [[name:Sunny]], our {{newly qualified social worker}}, told me your
        feedback on her {{care plan}} was the most useful supervision she has had.

        The {{final order}} was made on [[date:2 October]] with everyone in agreement, which is rare.

        Best wishes,
        [[name:Joy Mbeki]]
        {{Head of Service}}, {{Children's Social Care}}
        [[organisation:Harrowmere Borough Council]]
    """)),
    # 7 minutes with attendance
    ("social_care", "incident", block("""
        LEGAL GATEWAY MEETING - MINUTES
        Date: [[date:Thursday 12 September 2024]]
        Present: [[name:Joy Mbeki]] ({{Head of Service}}, chair); [[name:Callum Reid]] ({{Team Manager}});
        [[name:Aisling Ní Bhriain]] ({{Solicitor}}, [[organisation:Harrowmere Legal Services]]);
        [[name:Kofi]] (minutes)
        Apologies: [[name:Sunny Dhaliwal]] ({{IRO}})

        Item 2 - [[name:Baker]] family ([[case_reference:LG-2291]])
        INCIDENT NOTED: draft minutes of the last meeting were emailed to Mr [[name:Baker]]'s
        {{solicitor}} with the mother's {{refuge}} address in the body of the text. {{Mother}} moved there
        after {{domestic abuse}}. The {{solicitor}} confirmed he had not forwarded it and has deleted it.
        Actions:
        - [[name:CR]] to report to {{Information Governance}} today and update the {{safety plan}} with
          the {{IDVA}}.
        - [[name:Aisling]] to check whether the refuge needs to be told.
        - All minutes to be redacted by the minute-taker and checked by the chair before sending.
    """)),
    # 8 WhatsApp export
    ("social_care", "near_miss", block("""
        [[date:03/10/2024]], 08:12 - [[name:Mark]]: anyone got the number for the {{ISW}} doing
        [[name:Leanne]]'s assessment?
        [[date:03/10/2024]], 08:13 - [[name:Ifeoma O]]: [[phone:07700 900 362]]
        [[date:03/10/2024]], 08:13 - [[name:Mark]]: ta
        [[date:03/10/2024]], 08:31 - [[name:Mark]]: ok nearly a disaster 😬 that number is
        [[name:Bill Tran]] from the {{contact centre}} not [[name:Bill Okonkwo]] the {{ISW}}. was about
        to read him the {{letter of instruction}}
        [[date:03/10/2024]], 08:33 - [[name:Ifeoma O]]: omg sorry, both saved under the same name in my
        phone 🙈 right one is [[phone:07700 900 208]]
        [[date:03/10/2024]], 08:35 - [[name:Mark]]: np, he asked which {{SW}} i was so i twigged. {{LoI}}
        going by {{Egress}} now anyway
        [[date:03/10/2024]], 08:36 - [[name:Rose]]: good catch. can we all save ISWs with "{{ISW}}" after
        the name pls
    """)),
    # 9 formal narrative, good practice
    ("social_care", "success", prose("""
        Good practice example. On [[date:19 November]] the {{pre-proceedings}} meeting for the
        [[name:Szymański]] family was held with a {{Polish}} {{interpreter}} booked for twice the usual
        time, at the request of the allocated worker [[name:Hannah Greaves-Otieno]]. Mr
        [[name:Szymański]] had told her on a home visit that he had not understood the first
        {{PLO letter}}. [[name:Hannah]] arranged for it to be translated and gone through with him by
        his {{solicitor}} beforehand, and used the {{Signs of Safety}} three columns on a flipchart so
        both parents could see the worries and the strengths. Both parents signed the written
        agreement. [[name:Zofia]], [[age:aged 7]], has attended [[organisation:St Brendan's Primary]]
        every day since, and at the six-week review the {{legal gateway}} agreed to step down to a
        {{Child Protection Plan}}. The {{IRO}} asked that the approach be shared at the next
        {{practice forum}}.
    """)),
    # 10 rushed note
    ("social_care", "incident", block("""
        bundle for [[name:dempsey]] {{IRH}} went to the {{judge}} yest w/out the {{s7}} addendum or the
        {{hair strand}} results. {{legal}} rang me 9.45 asking where they were - id emailed them to
        [[name:jas]] on [[date:fri 22/11]] but she was off sick & no1 was covering her inbox. hearing
        went ahead but {{DJ}} [[name:Harcourt]] adjourned the {{threshold}} bit 2 wks & was v critical of
        the {{LA}} in front of mum + dad. {{guardian}} (Ms [[name:O'Leary]]) also unhappy.
        need a shared {{legal}} mailbox not personal ones!! ref [[case_reference:HM24C00611]]
    """)),
    # 11 pipe table
    ("social_care", "near_miss", block("""
        Bundle check - [[case_reference:HM24C00502]] - [[name:Okafor]] / [[name:Lindqvist]] children
        Sec | Document | Author | Checked
        A | {{Case summary}} | [[name:R. Castellanos]] | yes
        B | {{C110A}} application | [[name:Mo Haddad]] | yes
        C | {{SWET}} | [[name:Mo Haddad]] | NO - see below
        D | {{Parenting assessment}} | Dr [[name:Ilse Varga]] | yes
        E | {{Care plan}} x2 | [[name:Mo Haddad]] | yes

        Note (near miss): [[name:Mo]]'s {{SWET}} gave [[name:Tayo]]'s DOB as
        [[date_of_birth:14/02/2019]]; the birth certificate and {{C110A}} say
        [[date_of_birth:14/02/2020]]. That would have put him in the wrong {{school year}} in the
        {{care plan}}. Caught by [[name:Rosie]] in {{business support}} doing the cross-check.
        Corrected before filing on [[date:29 Jan]].
    """)),
    # 12 e-mail from guardian
    ("social_care", "success", block("""
        From: [[name:Mandla Tshabalala]] ({{Children's Guardian}})
        To: [[name:Jordan Whitlock]]
        Cc: [[name:Callum Reid]]
        Date: [[date:14 March 2024]]
        Subject: [[name:Rosa]] and [[name:Eli]] - thank you

        [[name:Jordan]],

        I wanted to put in writing how helpful your {{life story work}} with the children has been. When
        I visited [[name:Rosa]], who is [[age:nine]], she showed me the book you made together and could
        explain why she and [[name:Eli]] live with {{foster carers}}. That is rare at a
        {{final hearing}}. The {{judge}} at [[organisation:Oldcastle Combined Court]] commented on the
        quality of the {{care plan}} on [[date:11 March]].

        Please pass my thanks to the carers, [[name:Gwen]] and [[name:Dafydd]], too.

        Regards
        [[name:Mandla]]

        [[name:Mandla Tshabalala]]
        {{Family Court Adviser}}
        M: [[phone:07700 900 771]]
    """)),
    # 13 handover note
    ("social_care", "incident", block("""
        HANDOVER - leaving {{Court Team}} [[date:Fri 28 June]]
        From: [[name:Fatima Al-Sayed]]   To: [[name:J. Whitlock]]

        1. [[name:Kerr-Mensah]] ([[case_reference:HM24C00287]]) - {{final hearing}} listed
        [[date:15 July]], final evidence due [[date:5 July]]. NB INCIDENT logged today
        ([[case_reference:DATIX-4471]]): the {{psychological assessment}} of dad was never commissioned.
        The {{LoI}} was agreed at the {{CMH}} but I assumed {{Legal}} were sending it and they assumed we
        were. Found out when the {{guardian}} asked for it. Now 6 wks behind; {{Legal}} applying to extend
        the {{26-week}} timetable.
        2. [[name:Amira]] ([[age:15 months]]) - {{SGO}} assessment of maternal aunt [[name:Noor]] ongoing,
        viability positive. Visit booked [[date:2 July]].
        3. Tip: [[name:Gareth]] in {{Legal}} is great, ring him direct on [[phone:01632 960 377]].
    """)),
    # 14 Slack export
    ("social_care", "near_miss", block("""
        #court-team
        [[name:rhi.bowen]] 09:02
        does anyone know if the {{C1A}} for [[name:Delaney]] went? hearing is at 2
        [[name:olu]] 09:04
        i filed it thurs via the {{portal}}, ref [[case_reference:CG24P01152]]
        [[name:rhi.bowen]] 09:06
        🙏 phew. but just reread it - it has {{maternal grandmother}}'s NEW address in para 6
        [[name:olu]] 09:07
        [[address:7 Hawthorn Rise]]?? dad cant see that, she moved cos of him
        [[name:rhi.bowen]] 09:09
        yes that one. not served on {{respondents}} yet. asking {{Legal}} to withdraw + refile with a {{C8}}
        [[name:Ellie M]] 09:15
        good catch both. pls everyone do a {{C8}} check on any doc going to {{respondents}}
    """)),
    # 15 chronology
    ("social_care", "incident", block("""
        Chronology - {{CMH}} [[date:6 Feb 2025]], [[case_reference:HM25C00064]] ([[name:Achebe]])
        09:30 {{CVP}} link sent by court to [[email:courtteam@harrowmere.gov.uk]]
        09:55 {{SW}} [[name:Łucja Zielińska]] waiting in the virtual lobby, not admitted
        10:05 court clerk rang {{Legal}}: {{LA}} "not attended"
        10:12 [[name:Łucja]] rang the court office on [[phone:01632 960 418]]
        10:20 admitted; hearing had gone ahead without LA evidence on the {{interim care order}}
        renewal; {{magistrates}} adjourned to [[date:7 Feb]]
        Cause: {{Legal}} forwarded the link for the [[name:Adebayo]] case by mistake, same court, same
        morning.
        Action: {{SW}} to ring the court by 09:50 if not admitted; links to be checked against the case
        number.
    """)),
    # 16 shout-out
    ("social_care", "success", block("""
        SHOUT OUT 🌟 to [[name:Ravi]] & [[name:Hope]] from the {{Edge of Care}} team who ran the {{FGC}}
        for the [[name:Mulligan]] kids on [[date:Sat 9 Nov]] at 2 days notice. Because of them {{Nana}}
        [[name:Bernie]] is putting herself forward as a {{kinship carer}} and {{legal gateway}} agreed
        today NOT to issue. Proper {{Working Together}} stuff. Cake in the 2nd floor {{kitchen}}, from
        [[name:jo b]] x
    """)),
    # 17 formal narrative
    ("social_care", "incident", prose("""
        Summary of incident [[case_reference:IR-2024-1187]]. On [[date:23 April 2024]] the
        {{independent social worker}}'s {{parenting assessment}} of Ms [[name:Ionescu]] was sent to
        all parties, including the father, with the {{foster carers}}' surname and the name of the
        children's school, [[organisation:Millbrook C of E Primary]], left unredacted in section 4. The
        children, [[name:Andrei]] ([[age:6yrs]]) and [[name:Elena]] ([[age:4yrs]]), are placed under an
        {{interim care order}} and the father has made threats to remove them. His {{solicitor}},
        [[name:Keith Armitage]], flagged the error within the hour and confirmed the copy had been
        destroyed. The {{placement}} was reviewed the same day with the {{fostering team}} and the
        {{police}}; the risk was judged low but the children moved school on [[date:1 May]]. The
        assessor had been sent the unredacted {{chronology}} by the {{LA}}. Actions: redaction check
        by {{business support}} for any report from an external assessor, and a {{Legal}} review before
        service.
    """)),
]

HEALTH = [
    # 1 rushed note
    ("health", "incident", block("""
        4h20 handover delay @ [[organisation:Castlefield General]] {{ED}} [[date:sat 6/7]]. pt [[age:89yo]] F,
        {{long lie}} after fall, ?{{NOF}}. gave {{paracetamol}} + {{morphine}} 2.5mg x2, pain ok but by hr 3
        her {{sacrum}} was red + broken - grade 2 {{pressure ulcer}} prob from our {{stretcher}}. no
        {{pressure relieving mattress}} on the truck. asked {{HALO}} twice to get her in a {{cubicle}}, ED
        {{nurse in charge}} said no space, 11 crews stacked. we did 2 hrly obs + repositioned where we
        could. {{NEWS2}} went 3 -> 5 by the time she went in. inc [[case_reference:NAS-240706-0347]].
        me + [[name:kez]] both missed our {{meal break}}. not the first time.
        - [[name:Lewis]] (pmed)
    """)),
    # 2 form with NHS number
    ("health", "near_miss", block("""
        NEAR MISS - MEDICATION
        Patient name: [[name:Eileen Marsh]]
        DOB: [[date_of_birth:12/08/1941]]
        NHS no: [[nhs_number:248 060 7763]]
        Address: [[address:14 Quarry Lane, Kelbrook]] [[postcode:KB3 5TJ]]
        Incident no: [[case_reference:NAS-240312-1129]]
        Crew: [[name:Nadia Rahman]] ({{Paramedic}}), [[name:Jake Summers]] ({{ECA}})
        Vehicle: [[vehicle_registration:NX71 KPD]]

        Description: Pt vomiting with {{renal colic}}. I drew up what I thought was {{ondansetron}} and
        was about to give it {{IV}} when [[name:Jake]] read the ampoule back and said "that's
        {{naloxone}}". The two ampoules were next to each other in the {{drug pouch}}, same size, both
        clear glass with small print. Nothing given. Correct drug drawn up and given after a second check.
        Contributing: night shift, poor lighting in the back of the truck, pouch not laid out as per the
        pouch diagram.
    """)),
    # 3 shout-out
    ("health", "success", prose("""
        Big shout out to {{ECA}} [[name:Precious Nkemelu]] on [[vehicle_registration:YJ22 RFO]] last
        night. Job came in as a {{Cat 3}} "generally unwell" from the {{GP}} out of hours. [[name:Precious]]
        did the obs while I was on the phone to {{EOC}}, clocked the {{resp rate}} of 28 and the mottled
        knees and said "I think this is {{sepsis}}" before I'd even looked up. {{NEWS2}} of 8, we
        pre-alerted [[organisation:Brackley Royal Infirmary]], {{antibiotics}} given in {{resus}} within
        the hour. Pt (a [[age:67-year-old]] gentleman) is now on the ward and doing well according to
        the {{HALO}}. Textbook. Thanks mate - [[name:Dom]] ({{Paramedic}}).
    """)),
    # 4 chronology with times
    ("health", "incident", block("""
        Timeline - fall with long lie. Ref [[case_reference:NAS-241118-0082]]
        Patient: Mr [[name:Arthur Penhaligon]], [[age:91]], [[address:Flat 12, Brook House, Mill Road, Kelbrook]]
        23:41 999 call via {{Lifeline}}: pt on floor, says uninjured. Coded {{Category 3}}.
        00:15 {{clinical advice line}} callback attempted - no answer (pt's phone out of reach).
        00:58 second callback - no answer. No welfare escalation made.
        02:50 pt's daughter [[name:Maureen]] arrives, rings 999: pt cold and confused.
        03:05 upgraded to {{Category 2}}.
        05:38 crew on scene ([[name:Osei]] / [[name:Tamsin]]). Temp 34.1, {{hypothermia}}, {{CK}} likely raised,
        {{rhabdo}} suspected.
        06:40 conveyed to [[organisation:Brackley Royal Infirmary]].
        Long lie approx 7 hrs. Learning: two failed callbacks should have triggered a welfare check per
        the {{SOP}}; {{clinical advice line}} staffing that night was 2 clinicians for the whole county.
    """)),
    # 5 e-mail, vehicle defect
    ("health", "incident", block("""
        From: [[name:Dev Chaudhary]] <[[email:dev.chaudhary@northmoor-ambulance.nhs.uk]]>
        To: {{Fleet desk}} <[[email:fleet.north@northmoor-ambulance.nhs.uk]]>
        Date: [[date:21 February 2025]] 13:17
        Subject: Tail lift failure - [[vehicle_registration:WV68 HKP]] - AGAIN

        Hi,
        Third time this month the {{tail lift}} on [[vehicle_registration:WV68 HKP]] has failed. This
        morning we had a {{bariatric}} patient at [[address:3 Cedar Close]] and the lift stopped halfway
        with him on the {{carry chair}}. We had to call a second crew and the {{fire service}} to help.
        He was on the lift for 40 min in the rain. It's been reported on the {{VDI}} sheet each time (refs
        [[case_reference:VD-5531]] and [[case_reference:VD-5562]]) and keeps going back out. Please can
        it be made {{VOR}} until fixed properly.

        Cheers
        [[name:Dev]]

        [[name:Dev Chaudhary]] | {{Paramedic}} | [[organisation:Kelbrook Ambulance Station]]
        [[organisation:Northmoor Ambulance Service NHS Trust]]
    """)),
    # 6 WhatsApp
    ("health", "near_miss", block("""
        [[date:12/01/2025]], 19:02 - [[name:Stu]]: heads up for nights - got sent to
        [[address:27 Brook Lane]] for a {{Cat 2}} {{SOB}}, it was actually [[address:27 Brook Road]]. {{EOC}}
        had the right one on {{CAD}} but the {{MDT}} cut the road/lane bit?? we were at the wrong door 4 min
        before a neighbour shouted us
        [[date:12/01/2025]], 19:04 - [[name:Ayesha K]]: 😳 pt ok?
        [[date:12/01/2025]], 19:05 - [[name:Stu]]: yeah fine, {{COPD}} exacerbation, sats came up on
        {{nebs}}. but if it was an arrest...
        [[date:12/01/2025]], 19:07 - [[name:Marek]]: same happened to me + [[name:Joy]] on the new build
        estate last month. {{sat nav}} pins the middle of the postcode not the house
        [[date:12/01/2025]], 19:11 - [[name:Stu]]: datixed it [[case_reference:W-88213]]. always read the full
        address back to {{EOC}} pls 🙏
    """)),
    # 7 formal narrative, cardiac arrest
    ("health", "success", prose("""
        On [[date:4 August 2024]] at about 14:20 the crew of [[vehicle_registration:NX71 KPD]],
        {{Paramedic}} [[name:Helena Brandt]] and {{ECA}} [[name:Sonny Akhtar]], were first on scene to a
        [[age:52-year-old]] man in {{cardiac arrest}} at [[organisation:Kelbrook Leisure Centre]]. A
        lifeguard, [[name:Will]], had started {{CPR}} and attached the centre's {{AED}}, which delivered
        one shock before the crew arrived. The crew continued {{ALS}}, placed an {{i-gel}} and achieved
        {{ROSC}} after a second shock. A {{12-lead ECG}} showed an inferior {{STEMI}} and, after a call to
        the {{PPCI}} unit at [[organisation:Brackley Royal Infirmary]], the patient went straight to the
        {{cath lab}}. He was discharged home eleven days later and came into the station with his wife
        to say thank you. The crew and the lifeguard have been nominated for a
        {{Chief Executive's commendation}}.
    """)),
    # 8 handover note, controlled drugs
    ("health", "incident", block("""
        SHIFT HANDOVER - drugs / {{CD}}
        [[date:Tue 15 Oct]]   From: days ({{Team Leader}} [[name:Faith Okorie]])   To: nights ([[name:Mark O]])
        - {{CD register}}: {{morphine}} 10mg amps - register says 8, safe has 7. Last signed out by
          [[name:HB]] & [[name:SA]] at 07:10.
        - Both rung. [[name:Sonny]] thinks one was broken on scene at job [[case_reference:NAS-241015-0211]]
          but no breakage witnessed or recorded.
        - Incident raised [[case_reference:W-88402]], {{Medicines Management}} informed, {{CDAO}} says no
          {{police}} at this stage.
        - [[vehicle_registration:YJ22 RFO]] still {{VOR}} ({{suction unit}}).
        - {{Oxygen}} delivery tomorrow 06:00, someone needs to be in to sign.
    """)),
    # 9 minutes with attendance
    ("health", "near_miss", block("""
        [[organisation:Kelbrook Ambulance Station]] - staff meeting minutes, [[date:9 January 2025]]
        Present: [[name:Gethin Pryce]] ({{Station Officer}}, chair), [[name:Chloe Adair]]
        ({{Clinical Team Leader}}), [[name:Bartek]] ({{Paramedic}}), [[name:Grace]] ({{ECA}}), [[name:Raj]]
        ({{Student Paramedic}})
        Apologies: [[name:Joy Akintola]], [[name:Lewis]]

        1. Near miss - {{oxygen}}. On [[date:3 Jan]] the {{VDI}} on [[vehicle_registration:PK19 ZXW]] was
        ticked as done at 06:50 but the spare {{CD}} cylinder was empty. Found by [[name:Bartek]] when
        setting up {{nebs}} for a {{COPD}} patient; used the portable, no harm. Action: [[name:CA]] to
        add a cylinder pressure column to the {{VDI}} sheet.
        2. {{Handover}} delays at [[organisation:Castlefield General]] - {{HALO}} now on until 02:00.
        3. AOB: [[name:Raj]]'s last shift before uni - thank you!
    """)),
    # 10 thank-you letter from family
    ("health", "success", block("""
        Dear all at [[organisation:Kelbrook Ambulance Station]],

        I am writing to thank the crew who came to my mum, [[name:Doreen Fairweather]], on
        [[date:New Year's Eve]] after she slipped in the {{bathroom}}. The {{paramedic}}, I think her name
        was [[name:Amber]], and her {{colleague}} [[name:Luca]] were so patient with her. {{Mum}} is [[age:87]] and
        has {{dementia}} and was frightened. They checked her over, sorted her {{catheter}}, rang her
        surgery, [[organisation:Millfield Medical Practice]], first thing the next morning and referred
        her to the {{falls team}} instead of taking her to {{hospital}}, which is what she wanted.

        With thanks and best wishes,
        [[name:Carol Fairweather-Hughes]] ([[name:Doreen]]'s daughter)
    """)),
    # 11 table, handover delays
    ("health", "incident", block("""
        Handover delay log - [[organisation:Castlefield General]] {{ED}} - [[date:Mon 2 Dec 2024]]
        Reg | Arrived | Handed over | Delay | Crew
        [[vehicle_registration:NX71 KPD]] | 13:05 | 17:48 | 4h43 | [[name:Brandt]] / [[name:Akhtar]]
        [[vehicle_registration:PK19 ZXW]] | 13:40 | 16:10 | 2h30 | [[name:Pryce]] / [[name:Nowak]]
        [[vehicle_registration:YJ22 RFO]] | 14:22 | 18:55 | 4h33 | [[name:L. Hart]] / [[name:Kez Doyle]]

        Incident: during the wait the pt on [[vehicle_registration:NX71 KPD]] ([[age:76]] M, {{sepsis}}
        ?chest) deteriorated to {{NEWS2}} 9. {{HALO}} escalated to the {{ED consultant}} and he went
        straight into {{resus}}. While the three crews were held, a {{Cat 1}} {{cardiac arrest}} in the
        area waited 38 min for a {{DCA}}. Ref [[case_reference:W-88577]].
    """)),
    # 12 clinical advice line transcript
    ("health", "near_miss", block("""
        Clinical advice line - call note, ref [[case_reference:NAS-250207-1440]]
        Pt NHS no [[nhs_number:984 905 3054]]
        14:52 {{Paramedic}} [[name:Iwan]]: calling re {{non-conveyance}}, [[age:83 yr old]] lady, mechanical
        fall, hit head on door frame, no {{LOC}}, {{GCS}} 15, wants to stay home.
        14:52 {{Clinician}} ([[name:Ros]]): any {{anticoagulants}}?
        14:53 [[name:Iwan]]: none on her meds list on the side.
        14:53 [[name:Ros]]: ok, then safe to leave with {{worsening advice}} -
        14:54 [[name:Iwan]]: hang on, my {{ECA}} has the {{SCR}} up. she's on {{apixaban}} 5mg, started
        by the hospital two weeks ago.
        14:55 [[name:Ros]]: right, that changes it - she needs a {{CT head}} within 8 hrs per {{NICE}}.
        Please convey.
        Note: near miss - meds list at home out of date. {{SCR}} check now prompted on {{ePCR}}.
    """)),
    # 13 rushed note, assault
    ("health", "incident", block("""
        got punched in the side of the head by pts son at [[address:Flat 6, Tennyson House]] on
        [[date:thurs 3rd]]. pt was his dad, {{hypo}}, we were mid {{glucagon}}. {{ECA}} [[name:jodie]] got
        him out the room + pressed the {{red button}}. {{police}} came in 12 mins, crime ref
        [[case_reference:NP-25-003318]]. turns out he assaulted a crew in [[date:march]] at same address
        but theres NO {{warning marker}} on {{CAD}}??? {{BWV}} wasnt switched on cos it all happened so
        fast. {{TL}} [[name:Gethin]] picked us up + sent us home, felt v supported tbf. pls sort the marker
        b4 someone else walks in. - [[name:nadz]]
    """)),
    # 14 Teams chat
    ("health", "success", block("""
        [09:02] [[name:Chloe Adair]]: 👏 for [[name:Bartek Nowak]] who was {{HALO}} at
        [[organisation:Castlefield General]] last night - 14 handovers done inside 30 min, zero over the hour
        [09:04] [[name:Gethin Pryce]]: brilliant. how??
        [09:06] [[name:Bartek Nowak]]: honestly just stood at the {{ambulance cohort}} area with the
        {{nurse in charge}} + did {{SBAR}} at the door every time. {{ED}} had 3 {{corridor care}} bays open
        [09:07] [[name:Kez]]: can confirm, first time I've had a meal break in months 😂
        [09:10] [[name:Chloe Adair]]: sharing with the {{Area Manager}} for the {{handover}} working group.
        thank you [[name:Bartek]]
    """)),
    # 15 formal narrative, paediatric dose
    ("health", "near_miss", prose("""
        Near miss - paediatric dose. On [[date:19 May]] a crew attended [[name:Maisie Corrigan]]
        ({{NHS}} number [[nhs_number:422 796 9743]]), a [[age:3-year-old]] with a {{febrile convulsion}}
        that had stopped before arrival. The {{Student Paramedic}} opened the {{JRCALC}} app on the page
        for a 5-year-old because the age box had defaulted to the last child treated, and read out a
        {{paracetamol}} dose that was too high for her weight. {{Paramedic}} [[name:Rafaela Costa]]
        questioned it because the syringe volume looked large, rechecked the page against the child's
        age with mum, and the correct dose was given. No harm. The age box defaulting has been raised
        with the {{ePCR}} supplier and the student has been supported; the crew reported it themselves
        under {{Just Culture}}.
    """)),
    # 16 form, patient property
    ("health", "incident", block("""
        INCIDENT FORM - PATIENT PROPERTY
        Name: Mrs [[name:Mary Chowdhury]]
        DOB: [[date_of_birth:29/05/1938]]
        {{NHS number}}: [[nhs_number:376 196 7756]]
        Hospital no: [[case_reference:BRI-4410932]]
        Home address: [[address:8 Poppy Walk, Brackley]] [[postcode:KB9 2LW]]
        Incident ref: [[case_reference:W-88691]]
        Reporter: [[name:Sonny Akhtar]], {{ECA}}

        Account: Pt conveyed to [[organisation:Brackley Royal Infirmary]] {{ED}} on [[date:17/03/2025]].
        Both {{hearing aids}} and her {{dentures}} went in a property bag on the {{stretcher}}. Not
        recorded in the property section of the {{ePCR}} and not handed over verbally. Her son
        [[name:Imran]] rang the station next day, items not found on {{the ward}} or in our {{vehicle}}. Pt
        unable to communicate with staff for 2 days. {{Trust}} to reimburse.
    """)),
    # 17 lower-case shout-out
    ("health", "success", block("""
        shout out to our {{student para}} [[name:raj]] who on his 3rd ever shift clocked {{ST elevation}}
        in {{V2-V4}} on the {{12 lead}} that the {{pmed}} (me lol) was about to put down to {{anxiety}}.
        [[age:38yo]] F, no {{cardiac history}}, pain settled with {{GTN}}. straight to {{PPCI}}, {{LAD}}
        stented within the hr. proud of u mate 💚 lol at me tho
        - [[name:lew]]
    """)),
]

AVIATION = [
    # 1 defect / occurrence form
    ("aviation", "incident", block("""
        SIM DEFECT / OCCURRENCE REPORT
        Device: {{FFS}} 3 - {{A320neo}} ({{CAA}} qualified, {{Level D}})
        Defect ref: [[case_reference:FBT-DL-24-0613]]
        Date: [[date:13/06/2024]], session 02:00-06:00
        Session: {{LPC}}/{{OPC}} for a [[organisation:Tern Airways]] crew
        Examiner: [[name:Rhiannon Fox]] ({{TRE}})
        Crew: Capt [[name:Oliver Strand]], {{FO}} [[name:Aiko Matsuda]]

        Narrative: During the {{V1 cut}} about 1h10 into the session the {{motion system}} gave a hard
        jolt and stopped in a nose-up attitude. Both pilots were thrown against their harnesses. I
        selected {{freeze}} and called {{sim engineering}}. [[name:Kwame]] attended within 5 min, brought
        the platform down and the crew left via the {{access bridge}}. The {{FO}} reported neck pain and
        was seen by a first aider. Check incomplete with 3 items outstanding; crew rebooked for
        [[date:17 June]]. {{Tech log}} entry [[case_reference:TL-3-1187]].
    """)),
    # 2 RT transcript
    ("aviation", "near_miss", block("""
        {{LOFT}} transcript extract - {{FFS}} 1 ({{B737-800}}), [[date:22 Aug]], [[organisation:Corvid Air]] crew
        Sim set up as [[aircraft_registration:G-CVDK]], callsign [[flight_number:Corvid 318]]
        {{ATC}} ({{IOS}}, [[name:Nikolai]]): [[flight_number:Corvid 318]], descend {{FL90}}, {{QNH}} 1029.
        {{PM}} ([[name:Beatriz]]): Descend {{FL90}}, 1029, [[flight_number:Corvid 318]].
        {{PF}} (Capt [[name:Hollander]]): Set 1029... checks.

        Note by observing {{TRI}} [[name:Sølvi Haugen]]: the weather page on the {{IOS}} had {{QNH}} 1009.
        [[name:Nikolai]] read 1029 off the wrong line. With 20 hPa error the crew would have flown the
        {{ILS}} about 600 ft low in cloud with the sim's altimetry correct, i.e. the check would have ended
        in a {{CFIT}} for a reason that was ours. I paused the session from the jump seat before the
        approach. Near miss for {{negative training}}; the instructor was very open about it.
    """)),
    # 3 shout-out
    ("aviation", "success", block("""
        ⭐ SHOUT-OUT ⭐
        To {{sim engineering}} nights - [[name:Kwame Asante]], [[name:Dot]] and [[name:Ferg]] - who swapped
        the {{visual system}} projector on {{FFS}} 2 between 01:00 and 05:00 so the
        [[organisation:Skylark Regional]] {{type rating}} course could start on time on
        [[date:Mon 3 March]]. Eight {{cadets}} would otherwise have lost their {{skill test}} slots with
        the {{CAA}} {{examiner}}, Ms [[name:Penrose]], and waited six weeks for another. The {{TRIs}}
        didn't even know there'd been a problem. Thank you all.
        [[name:Viv]]
        {{Head of Training}}
    """)),
    # 4 e-mail
    ("aviation", "incident", block("""
        From: [[name:Hamish Ogilvie]] <[[email:h.ogilvie@fenbridge-training.co.uk]]>
        To: {{Standards}} <[[email:standards@fenbridge-training.co.uk]]>
        Date: [[date:Fri 11 Oct 2024]] 18:05
        Subject: LPC flown with expired medical - [[case_reference:FBT-OR-24-055]]

        All,

        On [[date:9 October]] I conducted an {{LPC}} on {{FFS}} 2 for Capt [[name:Piotr Zawadzki]]
        ([[organisation:Tern Airways]]), licence no. [[case_reference:UK.FCL.ATPL.4471952]]. Doing the admin
        afterwards I found his {{Class 1 medical}} expired on [[date:30 September]]. Documents were checked
        by {{training admin}} at booking but not on the day, and I did not ask to see the medical myself.
        The check was otherwise satisfactory. I have not signed the licence and have told the operator's
        {{Head of Training}}, and filed an {{MOR}} with the {{CAA}}.

        [[name:Hamish]]
        --
        [[name:Hamish Ogilvie]] | {{TRI/TRE}} | {{A320}}
        [[organisation:Fenbridge Aviation Training]]
        Tel [[phone:01632 960 552]]
    """)),
    # 5 Slack export
    ("aviation", "near_miss", block("""
        #sim-eng
        [[name:kwame.a]] 06:12
        FYI near miss on {{FFS}} 1 this morning. i was under the platform checking the {{hydraulic}}
        accumulator and the {{IOS}} showed a motion ON request from the cab
        [[name:dot.f]] 06:13
        😱 who
        [[name:kwame.a]] 06:14
        [[name:Ben]] ({{TRI}}) doing pre-session set up for the [[organisation:Corvid Air]] crew. he hadnt
        seen my {{lock-out}} tag cos it was on the wrong gate. {{interlock}} did its job, motion didnt
        go. but.
        [[name:ferg]] 06:20
        the {{LOTO}} board in the corridor still says {{FFS}} 3 from yesterday. fixing now
        [[name:Vivienne Okoye]] 06:41
        Thanks for flagging. Please log it ([[case_reference:FBT-OR-25-012]]) and I'll brief the {{TRIs}} at
        the {{standards meeting}}. Nobody powers up motion without checking the board.
    """)),
    # 6 formal narrative
    ("aviation", "success", prose("""
        During a {{type rating}} course on [[date:2 May 2024]], {{TRI}} [[name:Anjali Mehta-Brooks]]
        noticed that {{cadet}} [[name:Rhys]] ([[age:aged 23]]) was struggling with {{flows}} he had
        previously flown well. At the debrief he said he had been working night shifts in a warehouse
        to pay his course fees and had slept three hours. Rather than record a fail, [[name:Anjali]]
        ended the session, spoke to the {{Head of Training}}, and rebooked it at no cost. With his
        consent the sponsoring operator, [[organisation:Skylark Regional]], was told under the agreed
        {{fatigue}} policy and he was put in touch with the {{peer support}} programme. He passed the
        {{skill test}} with the {{CAA}} examiner a fortnight later. The case has since been used at
        the {{CRM}} instructors' workshop as an example of {{threat and error management}} applied to
        training itself.
    """)),
    # 7 chronology
    ("aviation", "incident", block("""
        Occurrence [[case_reference:FBT-OR-24-088]] - {{FFS}} 2 - [[date:28/11/2024]]
        14:00 Session start, {{OPC}} for [[organisation:Tern Airways]] crew (Capt [[name:Julia Brennan]],
        {{FO}} [[name:Tunde Bakare]]), {{TRE}} [[name:Hamish Ogilvie]].
        15:32 {{Comfort break}}; motion off, platform settling.
        15:33 {{FO}} opened the cab door before the {{access bridge}} had fully deployed (green light not on).
        15:33 [[name:Tunde]] stepped onto the bridge edge, which dropped approx 10 cm; twisted ankle.
        15:35 First aider [[name:Grace Liu]] attended; ice applied, no fracture suspected.
        15:50 Session terminated, crew rebooked.
        16:10 Reported to the {{Accountable Manager}}; {{RIDDOR}} not required at this stage.
        Cause: door {{interlock}} allowed opening with the bridge in transit. Defect
        [[case_reference:TL-2-0944]] raised; bridge out of use until the {{OEM}} engineer visits.
    """)),
    # 8 form
    ("aviation", "near_miss", block("""
        NEAR MISS - TRAINING ADMIN
        Candidate: [[name:Sigríður Jónsdóttir]]
        DOB: [[date_of_birth:07/04/1990]]
        Crew ID: [[case_reference:CVD-P-20817]]
        Home address: [[address:16 Kestrel Way, Fenbridge]] [[postcode:FB1 4RN]]
        Operator: [[organisation:Corvid Air]]
        Check: {{OPC}} + {{LPC}}, {{FFS}} 1, [[date:Tues 18 Feb]]
        Reported by: [[name:Mo Farouk]] ({{TRE}})

        What happened: The {{IOS}} loaded another customer's configuration ({{HUD}} fitted, older {{FMS}}
        software, different {{EFB}} performance). The candidate spotted the {{HUD}} during cockpit prep
        and asked if it was new. Reloaded the correct [[organisation:Corvid Air]] options; 20 min delay,
        nothing flown in the wrong config. Had we not noticed, her {{RNP}} approach would have been
        assessed on equipment she is not trained on.
        Cause: config file named by sim bay not by operator.
    """)),
    # 9 thank-you note
    ("aviation", "success", block("""
        To [[name:Sølvi]] and everyone at [[organisation:Fenbridge Aviation Training]] - THANK YOU!

        I passed my {{A320}} {{skill test}} on [[date:Friday 7th]] and start {{line training}} with
        [[organisation:Tern Airways]] next month. After I messed up the {{engine fire}} after {{V1}} in
        session 6 you spent an extra hour in the {{briefing room}} with me going through the
        {{memory items}} and never once made me feel stupid. Special mention to [[name:Bea]] in
        scheduling who found me a spare slot at 2am 😂 and to [[name:Nikolai]] for the {{RT}} practice.

        Cheers,
        [[name:Kieran O'Shea]]
        {{cadet}}, course [[case_reference:TR-A320-24/07]]
    """)),
    # 10 minutes
    ("aviation", "incident", block("""
        TRAINING STANDARDS MEETING - [[date:20 January 2025]]
        Attendees: [[name:Vivienne Okoye]] ({{Head of Training}}, chair), [[name:Hamish Ogilvie]]
        ({{Chief TRE}}), [[name:Rhiannon Fox]] ({{TRE}}), [[name:Bea Lomax]] (scheduling, notes)
        Apologies: [[name:Ben Carver]], [[name:M. Farouk]]

        1. Occurrence [[case_reference:FBT-OR-25-004]]: {{TRE}} [[name:Lars Eikrem]]'s
        {{examiner certificate}} lapsed on [[date:31 December]]; he conducted three {{LPC}}s on
        [[date:6 Jan]] and [[date:8 Jan]] before it was picked up during the {{CAA}} audit. Checks invalid.
        Operators informed; re-checks scheduled at no charge.
        Root cause: expiry tracked on a personal spreadsheet; {{Standards}} assumed the renewal
        {{seminar}} had been booked.
        Actions: [[name:VO]] to move all examiner expiries into the {{training records system}} with
        90-day alerts. [[name:Lars]] not to examine until revalidated.
    """)),
    # 11 defect table
    ("aviation", "near_miss", block("""
        {{FFS}} 3 defect log extract - w/c [[date:10 March 2025]]
        Ref | Date | By | Defect | Status
        [[case_reference:TL-3-1302]] | [[date:10/03]] | [[name:R. Fox]] | {{PFD}} flicker, captain side | closed
        [[case_reference:TL-3-1305]] | [[date:11/03]] | [[name:Amber]] ({{TRI}}) | {{stick shaker}} inop in {{stall recovery}} | open
        [[case_reference:TL-3-1309]] | [[date:12/03]] | [[name:Sven]] | {{ATIS}} audio loop not playing | closed

        Note on [[case_reference:TL-3-1305]] (near miss): the defect was not on the restrictions sheet
        given to instructors, and a {{UPRT}} session for [[organisation:Skylark Regional]] was about to
        start on [[date:12/03]]. [[name:Amber]] caught it re-reading the log at 05:40 and the session moved
        to {{FFS}} 2. Flying the {{approach to stall}} with no shaker would have been negative training.
    """)),
    # 12 rushed lower-case note
    ("aviation", "incident", block("""
        found a folder in the {{FFS}} 1 cab this am w/ last nights crews stuff - copy of {{capts}} licence,
        {{passport}} page, {{class 1}} medical cert + {{OPC}} {{grading sheets}} for [[name:j. novak]] &
        [[name:adeyemi]]. session was [[date:sun 9th]] late, {{TRI}} was [[name:greg]] i think. anyone cd
        have picked it up, a [[organisation:Tern Airways]] crew were in straight after. put it in the
        {{training admin}} safe + emailed [[email:dpo@fenbridge-training.co.uk]]. can we have a rule
        nothing paper leaves the {{briefing room}} pls. - [[name:sv]]
    """)),
    # 13 Teams chat
    ("aviation", "success", block("""
        [14:02] [[name:Vivienne Okoye]]: quick kudos 👏 [[name:Faith Mensah-Lowe]]'s {{RNP AR}} {{pre-brief}}
        video - first-time pass rate on the [[organisation:Corvid Air]] course went 62% -> 91% {{this quarter}}
        [14:03] [[name:Hamish Ogilvie]]: 💯 examined 4 of them, best {{RNP}} flying I've seen from {{cadets}}
        [14:05] [[name:Faith Mensah-Lowe]]: thanks!! credit to [[name:Nikolai]] for filming in {{FFS}} 1 on
        his {{day off}}
        [14:06] [[name:Nikolai P]]: 😅 happy to. can we get it on the {{LMS}}?
        [14:10] [[name:Vivienne Okoye]]: yes - [[name:Bea]] can you sort access for the [[organisation:Tern]]
        and [[organisation:Skylark]] cohorts too
    """)),
    # 14 engineering shift handover
    ("aviation", "near_miss", block("""
        ENG SHIFT HANDOVER - nights to days, [[date:Wed 16 Apr]]
        From: [[name:Ferg]]   To: [[name:Dot]]

        {{FFS}} 1 - no defects, {{ready for training}} 05:30.
        {{FFS}} 2 - NEAR MISS: {{fire suppression}} panel in the computer room showed FAULT at 02:10.
        {{FM-200}} system found left in MANUAL after yesterday's service by
        [[organisation:Halden Fire Systems]] (engineer [[name:Pete]]). A fire in there would not have
        auto-discharged. Reset to AUTO 02:25, logged [[case_reference:FBT-OR-25-031]]. Need to ring
        [[name:Pete]] on [[phone:07700 900 614]] about their handback sheet.
        {{FFS}} 3 - {{IOS}} screen 2 slow, reboot fixed it.
        Spares: {{motion}} {{actuator}} seal kit arriving {{Thursday}}.
    """)),
    # 15 RT transcript
    ("aviation", "incident", block("""
        RT/cockpit extract - {{FFS}} 2 {{LOFT}}, [[date:5 Sept 2024]], sim configured as
        [[aircraft_registration:G-TRNE]], callsign [[flight_number:TRN4KP]]
        (IOS traffic injected 500 ft above, descending)
        {{TCAS}}: "CLIMB, CLIMB"
        {{PF}} (Capt [[name:Elif Demir]]): Climbing, {{TCAS RA}}.
        {{PM}} ({{FO}} [[name:Dan Whitby]]): Traffic's above us!
        {{ATC}} ({{IOS}}, [[name:Sølvi]]): [[flight_number:TRN4KP]], roger, traffic was passing your twelve
        o'clock, one thousand feet above.
        {{PF}}: Clear of conflict, returning to {{FL120}}.

        Incident: the sim's {{TCAS}} logic gave the wrong sense {{RA}} and the visual model showed the
        crew climbing into the traffic. The crew did exactly the right thing by following the RA.
        Session frozen and debriefed; defect [[case_reference:TL-2-1011]] raised; {{TCAS}} scenarios
        on {{FFS}} 2 suspended.
    """)),
    # 16 formal narrative
    ("aviation", "success", prose("""
        Learning from an {{OPC}} on [[date:14 February 2025]]. During an {{RNP}} approach in gusty
        {{crosswind}} the {{captain}}, flying, was fast and high at 1000 ft. {{First Officer}} [[name:Noura
        Haddad]] called "unstable, go around" twice; on the second call the captain went around. At
        the debrief the captain, Capt [[name:Gregor Van der Berg]], said he had been fixated on
        making the check look tidy. The {{examiner}}, [[name:Rhiannon Fox]], assessed the first officer's
        challenge as exemplary {{CRM}} and the go-around as the correct decision, so neither pilot
        was penalised. With both pilots' agreement, [[organisation:Corvid Air]] has used the
        recording in its {{recurrent training}} on {{stabilised approach}} criteria, and the centre
        has added it to the {{TRI}} standardisation pack.
    """)),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind230", REPORTS))
