"""Held-out blind corpus 321: 50 invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well de-identification generalises. Every person, organisation, place and number is invented.

Settings:
- social_care (17): a secure children's home (welfare placements, restraint and single
  separation, on-site education, searches, police liaison).
- health (17): a satellite renal dialysis unit (fistulas and lines, patient transport, fluid
  balance, home haemodialysis training).
- aviation (16): a gliding club (winch and aerotow launches, instructors and cadets, field
  landings, the club tug aircraft).

Styles are deliberately mixed: rushed lower-case notes with typos, formal narratives,
chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and signatures,
chat exports with handles, handover notes, minutes with attendance lists, tables, radio/RT
transcripts, shout-outs and thank-you notes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind321.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        quick one b4 i go - [[name:tayo]] kicked off at bedtime on {{Kestrel}} after phone call
        w his {{nan}}, threw a chair at the {{glass panel}} (didnt break). me + [[name:dean]] did a
        {{standing hold}} approx 2 mins then {{seated hold}} on the sofa as per his {{PBS plan}}.
        no injuries seen but he said his wrist hurt, {{night nurse}} checked at 22.15 nothing
        obvious. {{single separation}} NOT used. [[name:tayo]] apologised to [[name:dean]] after
        n asked for hot choc. {{manager on call}} ([[name:Bev]]) informed. restraint form done ref
        [[case_reference:RPI-24-0612]]. sorry for spelling typing on phone lol
    """)),
    ("social_care", "incident", prose("""
        On [[date:14 February 2024]] at approximately 15:10, [[name:Kacper Wiśniewski]],
        [[age:aged 15]], was placed in {{single separation}} following an assault on a member of
        {{education staff}} during a maths lesson. The separation lasted 47 minutes.
        [[name:Kacper]] was observed continuously by {{Residential Care Worker}}
        [[name:Oluwaseun Adeyemi-Clarke]] through the {{vision panel}} and was spoken with every
        five minutes. He was offered water and a {{telephone interpreter}} in {{Polish}}, which he
        declined. The {{Registered Manager}}, Ms [[name:Hartigan]], reviewed the separation at
        15:40 and authorised its continuation. Separation ended at 15:57 when [[name:Kacper]]
        agreed to return to his room. The incident has been logged as [[case_reference:SS/0219]]
        and the placing authority, [[organisation:Wexcombe Borough Council]], was informed by
        e-mail to his {{social worker}} the same afternoon. A {{debrief}} was offered in line with
        the {{Children's Homes Regulations 2015}}.
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS FORM
        Young person: [[name:Aaliyah Boateng-Reid]]
        DOB: [[date_of_birth:03/07/2009]]
        Ref: [[case_reference:BF-NM-0331]]
        Unit: {{Merlin}}
        Date of event: [[date:Sat 9th March]]
        What happened: Returned from escorted family time at her aunt's address
        ([[address:27 Coldharbour Lane, Penhallow]] [[postcode:PH4 6RW]]). Routine
        {{rub-down search}} by [[name:Joy]] and [[name:Mehmet]] found nothing. At 19:30 [[name:Joy]]
        noticed a {{lighter}} on the floor of the {{lounge}} where [[name:AB]] had been sitting.
        [[name:AB]] admitted it had been in her bra. {{Search wand}} not used on return as it
        was flat.
        Actions: wand charging added to {{night checks}}; {{search policy}} re-read at
        {{handover}}. {{Police}} not informed - no offence.
        Reported by: [[name:Joy Mensah]], {{RCW}}
    """)),
    ("social_care", "success", block("""
        Teams – Staff Chat
        [[name:Hope Delaney]] 08:14
        massive shout out to [[name:Will]] + [[name:Faith]] on {{nights}} – [[name:Zainab]] was
        really low after her {{CLA review}} yesterday and they sat up with her til gone 2, used
        her {{safety plan}} properly, no {{self-harm}}, no {{restraint}} 💛
        [[name:Will Ferreira]] 08:20
        thanks [[name:Hope]] 😊 she did all the work tbh. {{CAMHS}} {{in-reach}} is coming
        {{Thursday}} anyway
        [[name:Faith Oyelaran]] 08:22
        🙏 she asked for her {{key worker}} first thing so maybe pass on to [[name:Marta]]
        [[name:Hope Delaney]] 08:25
        will do. putting this in the {{learning log}} as good practice ✅
    """)),
    ("social_care", "incident", block("""
        Chronology – escorted hospital appointment, [[date:22/01/24]]
        10:05 [[name:Rhys]] ([[age:16yo]]) leaves site with [[name:Gethin Morgan]] and
        [[name:Sunny Akhtar]] in home vehicle [[vehicle_registration:WX21 KPT]].
        10:40 Arrive {{fracture clinic}}, [[organisation:Penhallow General Hospital]].
        11:12 [[name:Rhys]] asks for toilet. [[name:Sunny]] waits outside as per
        {{escort risk assessment}}.
        11:20 [[name:Rhys]] exits via a second door, runs towards the {{car park}}.
        11:21 [[name:Gethin]] follows on foot, keeps visual. [[name:Sunny]] rings {{999}}.
        11:34 {{Police}} locate [[name:Rhys]] at a bus stop on [[address:Tregarth Road]] and return
        him to staff without force. Police log [[case_reference:NMP-0122-0417]].
        12:30 Back on site. {{Registered Manager}}, {{IRO}} and {{YOT}} worker informed;
        {{return interview}} offered.
        Learning: toilet had two doors, not on the risk assessment. {{Hospital liaison}} to be
        contacted before any future visit.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Marguerite Osei]] <[[email:m.osei@brackenfold-sch.org.uk]]>
        To: {{Duty Manager}}; [[name:Ian Pritchard]]
        Date: [[date:Tuesday 5 March 2024]] 17:52
        Subject: near miss – key pouch left in education

        Hi [[name:Ian]],
        Just flagging that at approx 15:30 today a {{key pouch}} (set 4, incl. {{education corridor}}
        and {{airlock}} keys) was found on the desk in {{Classroom 2}} by
        Mr [[name:Lukas Brandt]], our {{science teacher}}. Young people had left the room five
        minutes earlier. Keys were signed out to [[name:Ama]] on the {{key log}}. {{CCTV}} shows no
        one approached the desk. [[name:Ama]] was mortified and has written a
        {{reflective account}}. Can we raise {{lanyard clips}} at the next {{H&S meeting}}?
        Thanks, [[name:Marguerite]]

        [[name:Marguerite Osei]] | {{Head of Education}}
        [[organisation:Brackenfold Secure Children's Home]] | [[phone:01632 960 418]]
    """)),
    ("social_care", "success", block("""
        Minutes – {{Senior Leadership Team}}, [[date:18 April 2024]]
        Present: [[name:R. Hartigan]] ({{RM}}), [[name:Dominika Kowalczyk]] ({{Deputy}}),
        [[name:Pat Quinlan]] ({{Therapy Lead}}), [[name:Bill Ashworth]] ({{Head of Education}})
        Apologies: [[name:Amber Nwosu]], [[name:Tomás Ó Briain]]
        1. Learning from success – [[name:KR]] transition
        [[name:KR]] moved on {{Friday}} to [[organisation:Fernlea Children's Home]] after seven
        months with us on a {{s25 order}}. Zero restraints in her last ten weeks. [[name:Pat]]
        credited the joint {{trauma-informed}} work and weekly calls with her {{nan}}.
        The [[organisation:Fernlea]] manager has asked for our {{PBS}} summary.
        Actions: [[name:Dominika]] to share the transition template with the {{placing authority}}
        ([[organisation:Holmbrook City Council]]). [[name:Bill]] to send her {{PEP}}
        and exam entries.
    """)),
    ("social_care", "incident", block("""
        NIGHT HANDOVER – {{Kestrel}} + {{Osprey}}
        [[date:Weds 27th]] → [[date:Thurs 28th]]
        [[name:Precious]] – settled by 23:00. 02:10 found with a {{ligature}} (strip of t-shirt),
        removed straight away by [[name:Stelian]] with the {{ligature cutter}}, no marks.
        {{Obs}} increased to {{within eyesight}}. {{GP out of hours}} rung, advised
        {{nurse}} review am. Incident ref [[case_reference:IR-2403-117]].
        [[name:Jayden]] – slept well.
        [[name:Oksana]] – up at 04:00 asking for {{melatonin}}, not prescribed {{PRN}} so
        declined, warm milk instead.
        Staffing: [[name:Stelian]], [[name:Grace]], {{bank worker}} [[name:Ife]] (first shift –
        buddied with [[name:Grace]]).
        Door alarm on room 6 sticking again – {{maintenance}} logged.
    """)),
    ("social_care", "near_miss", block("""
        [[date:02/05/2024]], 19:02 - [[name:Danny Ferguson]]: anyone know if [[name:Mo]]'s uncle is on
        the approved list?? hes at {{reception}}
        [[date:02/05/2024]], 19:03 - [[name:Shereen]]: not on my sheet, dont let him thru
        [[date:02/05/2024]], 19:03 - [[name:Danny Ferguson]]: {{reception}} had already printed a
        {{visitor badge}} 😬 stopped him at the {{airlock}}
        [[date:02/05/2024]], 19:05 - [[name:Shereen]]: ok ring the {{SW}} [[name:Claudette]] on her mob
        [[phone:07700 900561]]
        [[date:02/05/2024]], 19:11 - [[name:Danny Ferguson]]: [[name:claudette]] says NO contact with
        uncle – its in the {{care plan}}, theres a {{strategy meeting}} pending
        [[date:02/05/2024]], 19:12 - [[name:Shereen]]: omg good catch. do a near miss form pls + tell
        the {{DSL}}
    """)),
    ("social_care", "success", prose("""
        Learning from excellence – submitted by [[name:Imogen Sutcliffe-Barnes]], {{Maths
        teacher}}. I want to recognise [[name:Bilal]] and [[name:Rose]] from the {{care team}},
        who got [[name:DJ]] (a [[age:15-year-old]] who has refused every exam so far) into the
        {{education block}} for his {{Functional Skills}} {{Level 1}} maths on [[date:11 June]],
        even though there had been a {{restraint}} on the unit that morning. [[name:Rose]] walked
        over with him and stayed outside the door with a brew; [[name:Bilal]] sorted his
        {{reading pen}} with the {{SENCo}}. He passed! He has asked to sit {{English}} next
        term. Please pass this on to his {{IRO}} and the {{Virtual School}} for his
        {{PEP}}.
    """)),
    ("social_care", "incident", prose("""
        At 13:25 on [[date:Sunday 7 July]] during {{association}} on {{Osprey}}, a young person,
        [[name:Kyle Pennock]] ([[age:aged 14]]), punched {{RCW}} [[name:Sam Achterberg]] twice to
        the face after being asked to hand back a games controller. Staff used a
        {{two-person escort}} to move [[name:Kyle]] to his room; no further holds were needed.
        [[name:Sam]] attended {{A&E}} at [[organisation:Penhallow General Hospital]] and was
        discharged with a cut lip. [[name:Sam]] chose to report the assault, and PC
        [[name:Hollis]] of [[organisation:Northmarsh Police]] attended at 17:00 and took a
        statement; crime reference [[case_reference:CR/44718/24]]. A {{body map}} was completed
        for [[name:Kyle]], who had a graze to his knuckles. The {{Registered Manager}} has sent a
        {{Regulation 40}} notification to {{Ofsted}} and a {{restorative meeting}} has been
        offered to both.
    """)),
    ("social_care", "near_miss", block("""
        Medication near miss – {{MAR}} audit [[date:16/08/24]]
        | YP        | Med                        | Issue                               | Found by   |
        |-----------|----------------------------|-------------------------------------|------------|
        | [[name:L.M.]]      | {{sertraline}} 50mg        | given 08:00, not signed             | [[name:Nadia]]      |
        | [[name:Oskar]]     | {{methylphenidate}} 18mg   | nearly given twice at lunch         | [[name:Kwame]]      |
        | [[name:T-J]]       | {{salbutamol}} inhaler     | out of date in {{grab bag}}         | [[name:Nadia]]      |
        Outcome: no dose missed or doubled. [[name:Kwame]] checked the {{MAR}} before giving, as
        per the {{two-person check}}. Advice from the {{pharmacist}} at
        [[organisation:Ridley's Pharmacy]]; {{controlled drug}} stock count correct in the
        {{CD book}}. Reminder sent to all staff.
    """)),
    ("social_care", "success", prose("""
        just want it noted that [[name:mark]] in {{edu}} talked [[name:jj]] down today when he had
        the broken bit of {{pen casing}} in {{Classroom 3}}. no alarm pulled, no {{restraint}},
        [[name:mark]] just kept talking about fishing n moved the other lads out calmly wiv
        [[name:Shaz]]. [[name:jj]] handed it over after abt 10 mins. {{room search}} after found nothing
        else. {{de-escalation}} was textbook tbh, shud be used in {{MAPA}} refresher. told
        {{deputy}}. [[name:jj]] ok at tea.
    """)),
    ("social_care", "incident", block("""
        From: DC [[name:Farah Qureshi]] <[[email:farah.qureshi@northmarsh.police.example]]>
        To: [[name:Dominika Kowalczyk]]
        Cc: {{Police Liaison}} inbox
        Subject: RE: visit [[date:19 Sept]] – items found – ref [[case_reference:NM/24/88213]]

        [[name:Dominika]],
        Thanks for your call. To confirm, the package recovered in the {{visits room}} after
        the visit to [[name:Leon]] ([[case_reference:NM/24/88213]]) contained two {{vapes}} and
        a small amount of what appears to be {{cannabis}}. It has been seized and sent for
        testing. The visitor, his cousin, has been spoken to under caution. Could you send the
        {{CCTV}} and the {{search log}} by [[date:Friday 27th]]? Our {{Safeguarding Hub}} may
        also want to speak to [[name:Leon]] about who supplies him.
        Kind regards
        [[name:Farah]]
        DC [[name:Farah Qureshi]] | {{Child Exploitation Team}}
        [[organisation:Northmarsh Police]] | [[phone:01632 961 207]]
    """)),
    ("social_care", "near_miss", block("""
        Near miss chronology – {{cookery}} session, {{Food Tech}} room, [[date:Mon 3 June]]
        14:00 Session starts: {{flapjacks}}. Three YP attending incl. [[name:Tahmina]] (nut
        allergy, {{EpiPen}} in {{grab bag}}).
        14:05 Teaching assistant [[name:Ruth]] puts out {{peanut butter}} from the staff
        kitchen to bind the mix.
        14:07 [[name:Tahmina]] says "is that nuts?" – [[name:Ruth]] removes it immediately.
        No contact, no symptoms.
        14:15 {{Allergy list}} checked – [[name:Tahmina]] not on the list stuck in the
        {{Food Tech}} room (list dated 2022).
        15:30 {{Head of Education}} informed; list updated from {{care plans}}.
        Learning: allergy info must come from the live {{care plan}}, not a printed sheet.
        Reported by [[name:Ruth Ellingham-Carr]] ({{TA}})
    """)),
    ("social_care", "success", block("""
        GOOD PRACTICE REPORT
        Name: [[name:Kiera-Leigh Dunmore]]    DOB: [[date_of_birth:21/11/2008]]
        Ref: [[case_reference:BSC-2024-0517]]
        Previous address: [[address:Flat 3, 88 Mill Street, Holmbrook]] [[postcode:HB2 9TL]]
        Staff: [[name:Mercy Anane]] ({{night RCW}}), [[name:Jo]] ({{team leader}})
        Summary: At about 01:00 on [[date:12 May]] [[name:Kiera-Leigh]] told [[name:Mercy]]
        that an older man called "[[name:Tank]]" had paid her to carry packages before she came
        to us. [[name:Mercy]] listened, did not ask leading questions, wrote down her exact words
        and told her what would happen next. [[name:Jo]] rang the {{MASH}} out-of-hours line
        and {{Police}} the same night. A {{strategy meeting}} was held within 24 hours and an
        {{NRM}} referral made for {{criminal exploitation}}.
        Why it worked: {{Working Together}} followed, {{DSL}} informed by 08:00, the young
        person felt believed. She has since named two more adults.
    """)),
    ("social_care", "incident", block("""
        Radio log – courtyard incident, [[date:30/10/2024]]
        16:41 {{Control}}: All call signs, {{Code Blue}} {{courtyard}}, young person on the
        {{bike shed}} roof.
        16:41 [[name:Hamza]]: Received, on my way with [[name:Grace]].
        16:43 [[name:Hamza]]: It's [[name:Connor]], he's on the ridge, about 3 metres up,
        throwing slates.
        16:44 {{Control}}: Clear the courtyard, {{Osprey}} lock down, {{SLT}} informed.
        16:50 [[name:Grace]]: [[name:Connor]] asking for Mr [[name:Oduya]], his
        {{key worker}}.
        16:58 {{Control}}: Mr [[name:Oduya]] on site, heading to you.
        17:22 [[name:Hamza]]: [[name:Connor]] down via the {{maintenance ladder}}, no injuries
        seen, going to the {{nurse}}.
        17:25 {{Control}}: {{Police}} not required. {{Osprey}} unlocked. Incident ref
        [[case_reference:IR-2410-233]].
        Note: shed roof access via wheelie bins – {{estates}} asked to move bins today.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        venous needle came out on pt in chair 7 (mr [[name:okonjo]]) approx 10.20, about 2hrs
        into his session. {{blood leak}} alarm didnt go off as the needle was under the blanket
        and the {{venous pressure}} only dropped slightly. {{HCA}} [[name:Kasia]] spotted blood on
        the floor. pump stopped, pressure applied, est loss 200-300ml. obs stable, {{BP}} 98/60.
        {{nurse in charge}} [[name:Lorraine]] informed + {{renal reg}} at
        [[organisation:Royal Wexcombe Infirmary]] by phone, said check {{Hb}} and {{rinse back}}.
        pt ok, went home on {{transport}}. reported ref [[case_reference:W-DX-55102]]. learning -
        needles + lines must be visible, NOT under blankets!! reminder at {{safety huddle}} tmrw
    """)),
    ("health", "near_miss", block("""
        NEAR MISS REPORT – [[organisation:Ashcombe Satellite Dialysis Unit]]
        Patient name: [[name:Harjinder Gill]]
        DOB: [[date_of_birth:12/09/1951]]
        NHS No: [[nhs_number:462 587 5390]]
        Hosp No: [[case_reference:RWI0048213]]
        Address: [[address:6 Saxifrage Way, Ashcombe]] [[postcode:AC7 2DJ]]
        Date: [[date:08/01/2024]]    Shift: {{twilight}}
        Description: Two patients called [[name:Gill]] on the same shift ([[name:Harjinder]] and
        [[name:Balwinder Gill]], not related). The {{prescription}} for [[name:Balwinder]]
        ({{1K}} potassium bath, {{FX80}} dialyser) was printed and clipped to
        [[name:Harjinder]]'s machine. {{Staff nurse}} [[name:Femi Adebayo]] noticed at the
        {{two-nurse check}} that the {{dry weight}} did not match the {{whiteboard}}. Swapped
        before {{needling}}; no treatment given.
        Action: {{name alert}} stickers on both records; patients put in different bays.
        Reported by: [[name:F. Adebayo]], {{Band 5}}
    """)),
    ("health", "success", prose("""
        Shout-out for [[name:Darren]], one of the [[organisation:Swiftline Patient Transport]]
        drivers. On [[date:Thursday 15 Feb]] he went to collect Mrs [[name:Nowak]]
        ([[age:82yo]]) for her {{morning session}} and found her breathless and confused on the
        doorstep. Instead of bringing her in he called {{999}}, stayed with her until the
        {{ambulance}} came and rang us so we could warn the {{renal team}}. She was admitted with
        {{hyperkalaemia}} ({{K+}} 7.1) and {{fluid overload}} and had emergency dialysis on
        [[organisation:Tennant Ward]]. The {{consultant}} said any delay could have been fatal.
        [[name:Darren]] also remembered she has a {{fistula}} in her left arm and told the crew.
        Thank you [[name:Darren]]! – [[name:Siân]], {{Unit Manager}}
    """)),
    ("health", "incident", block("""
        Timeline – collapse on dialysis, [[date:Tue 23/04]]
        13:00 Mr [[name:Ezekiel Amankwah]] (NHS [[nhs_number:766 730 8462]]) starts HD via
        {{left brachiocephalic fistula}}. 3.4 kg over {{target weight}}; {{UF goal}} 3.2 L.
        14:40 {{BP}} 88/52, yawning. {{UF}} paused, legs raised, 200 ml {{saline}} bolus given by
        [[name:Tendai]].
        15:05 BP 112/70; UF restarted at a reduced rate.
        15:50 Pt stood to go to the toilet without calling ({{chair alarm}} not on), fainted, hit
        head on {{bay 3}} sink. Small laceration to forehead.
        15:52 [[name:Tendai]] + [[name:Mei-Ling]] attend; {{neuro obs}} started. On {{apixaban}}
        so {{CT head}} needed – transferred to {{ED}}, [[organisation:Royal Wexcombe Infirmary]].
        18:30 CT clear. Home by {{transport}}.
        Learning: falls risk after hypotension; chair alarm on and urinal offered.
        Ref [[case_reference:W-DX-55398]]
    """)),
    ("health", "near_miss", block("""
        From: [[name:Rukhsana Begum]]
        Sent: [[date:09 May 2024]] 07:48
        To: [[organisation:Ashcombe SDU]] Nurses
        Subject: near miss – line lock heparin strength

        Morning all,
        Yesterday on the {{late shift}} we nearly locked a {{tunnelled line}} with {{heparin}}
        5,000 units/ml instead of the prescribed 1,000 units/ml. The two strengths sit next to
        each other in the {{drug cupboard}} and the boxes look alike. [[name:Nikos]] picked up the
        wrong box; the {{second checker}}, [[name:Rose-Marie]], spotted it at the {{bedside check}}.
        The patient, Mr [[name:Doherty]], is also on {{warfarin}}, so this could have caused a
        serious bleed. {{Pharmacy}} will remove the 5,000 strength from the unit from
        {{Monday}}. Please read the strength aloud every time.
        Thanks
        [[name:Rukhsana]]

        [[name:Rukhsana Begum]] | {{Clinical Nurse Specialist}}
        [[organisation:Ashcombe Satellite Dialysis Unit]] | [[phone:01632 960 733]]
    """)),
    ("health", "success", block("""
        Home Therapies MDT – minutes [[date:4 July 2024]]
        Attendees: [[name:Grace Mwangi]] ({{HHD trainer}}), Dr [[name:Y. Hashemi]]
        ({{consultant nephrologist}}), [[name:Colm]] ({{renal technician}}),
        [[name:Lindiwe Dube]] ({{renal dietitian}})
        Apologies: [[name:Faith]] ({{social worker}})
        Item 2 – Success: Mr [[name:Thanh Nguyen]] completed {{home haemodialysis}} training in
        9 weeks (unit average 14). He self-cannulates his {{buttonhole}} sites and runs the
        {{NxStage}} on his own. His wife [[name:Hoa]] trained as his {{carer}}. Home
        {{water testing}} at [[address:41 Larkspur Rise, Wexcombe]] [[postcode:WX9 4BG]] passed.
        First solo session [[date:15 July]].
        What helped: sessions fitted round his night shifts, {{teach-back}}, and video guides in
        {{Vietnamese}}.
        Action: [[name:Grace]] to write this up for the {{renal network}} newsletter.
    """)),
    ("health", "incident", block("""
        [07:41] [[name:Bernie]] 🚑: morning, Mr [[name:Fofana]] not picked up, no answer at door,
        left a card
        [07:43] [[organisation:Ashcombe SDU]]: ok we'll ring him
        [09:10] [[organisation:Ashcombe SDU]]: still no answer on [[phone:07700 900214]]. can u go
        back?
        [09:12] [[name:Bernie]] 🚑: on another job til 11 sorry, {{control}} say rebook for tmrw
        [09:15] [[organisation:Ashcombe SDU]]: he already missed {{Saturday}}, cant wait
        [11:35] [[name:Bernie]] 🚑: back at his door, {{neighbour}} says {{ambulance}} took him last
        night
        [11:50] [[organisation:Ashcombe SDU]]: found him – admitted to
        [[organisation:Tennant Ward]] via {{ED}}, {{K+}} 7.4, {{emergency dialysis}} 😞 nobody
        told us or {{transport}}
        Learning: {{ED}} admissions of satellite pts not flagged to the unit, so he was also
        booked for transport today. Ref [[case_reference:W-DX-56011]]
    """)),
    ("health", "near_miss", block("""
        SDU HANDOVER – {{early}} to {{late}}, [[date:Fri 21/06]]
        Chair 2 – Mrs [[name:Bridget O'Callaghan]]: {{AVF}} right arm – NO BP / NO BLOODS R arm.
        NEAR MISS this am: new {{agency HCA}} put the {{BP cuff}} on her fistula arm,
        [[name:Bridget]] stopped her. {{Thrill}} and {{bruit}} checked by [[name:Andrzej]] – fine.
        Pink {{fistula arm}} band was missing – re-applied.
        Chair 5 – [[name:Solomon]]: {{IDWG}} 4.1 kg, {{dietitian}} to see {{Tuesday}}.
        Chair 6 – [[name:Hiroshi Tanaka]]: {{CVC}} exit site red, swab sent, {{renal reg}} aware.
        Learning: agency induction checklist to include fistula arm rules. [[name:Andrzej]]
        doing the incident form.
        {{Nurse in charge}} late: [[name:Noor]]
    """)),
    ("health", "incident", prose("""
        On [[date:Monday 2 September 2024]], [[name:Winston Clarke-Ayodele]], [[age:aged 67]], NHS
        number [[nhs_number:685 147 5383]], attended for his {{twilight}} session. His
        pre-dialysis weight was entered into the {{dialysis machine}} and the
        {{electronic record}} as 78.4 kg instead of 87.4 kg. His {{target weight}} is 83.0 kg, so
        the {{ultrafiltration}} goal was set to zero instead of 4.4 litres. The error was not
        caught at the {{pre-dialysis check}} because the second check was done verbally.
        Mr [[name:Clarke-Ayodele]] became breathless overnight and was admitted via {{999}} to
        [[organisation:Royal Wexcombe Infirmary]] with {{pulmonary oedema}}, needing {{CPAP}} and
        an extra session. He has made a full recovery. The {{Duty of Candour}} conversation was
        held with him and his daughter, [[name:Marcia]], on [[date:5 September]]. Actions:
        {{scales}} to link directly to the machine; any weight change over 3 kg from the last
        session to trigger a repeat weigh.
    """)),
    ("health", "success", block("""
        Slack – #sdu-nurses
        [[name:priya.k]] 10:31 AM
        can i just say [[name:Baz]] is a legend 🙌 mrs [[name:Achebe]]'s fistula has been failing
        cannulation for 3 wks – he used the {{portable ultrasound}} and got both {{needles}} first
        time, no {{infiltration}}
        [[name:baz.o]] 10:34 AM
        ha cheers. the {{vascular access nurse}} [[name:Hélène]] showed me on the {{study day}}.
        its a deep {{rope ladder}} fistula so you have to map it first
        [[name:lindiwe.d]] 10:36 AM
        brilliant. shes been so anxious, she nearly stopped coming
        [[name:priya.k]] 10:40 AM
        can we get [[name:Hélène]] to do a {{teaching session}}? would save a few {{fistulograms}}
        [[name:baz.o]] 10:41 AM
        will ask 👍
    """)),
    ("health", "near_miss", block("""
        Water plant daily checks – w/c [[date:10/06/2024]]
        Day | {{Total chlorine}} mg/L | {{Hardness}} | {{RO}} conductivity | By | Notes
        {{Mon}} | <0.1 | pass | 4 | [[name:C.O.]] | –
        {{Tue}} | <0.1 | pass | 4 | [[name:C.O.]] | –
        {{Wed}} | 0.3 | pass | 5 | [[name:AK]] | FAIL – {{carbon filter}} breakthrough
        {{Thu}} | <0.1 | pass | 4 | [[name:AK]] | carbon tank replaced 06:40 by
        [[organisation:Purewell Water Services]]
        Near miss: on Wed the first patient was already in the chair with needles in when
        [[name:Aisha Kamara]] did the test (it is meant to be done before anyone arrives). She
        stopped the pump before {{dialysate}} flow started and the {{renal technician}} was
        called. Test must be done and signed before the first patient is called.
        Engineer ref [[case_reference:PWS-77310]].
    """)),
    ("health", "incident", block("""
        From: Home Therapies Team <[[email:hometherapies.ashcombe@rwi-nhs.example]]>
        To: Dr [[name:Hashemi]]; {{Renal Governance}}
        Date: [[date:Sun 18 Aug]]
        Subject: Incident – home HD patient [[case_reference:RWI0051977]]

        Dear Dr [[name:Hashemi]],
        Mr [[name:Jerome Baptiste]] ([[case_reference:RWI0051977]], NHS
        [[nhs_number:638 153 7485]]) had an {{air-in-line}} alarm during {{home haemodialysis}}
        last night. After clearing it his partner, [[name:Ellie]], could not restart the
        {{blood pump}}; the {{circuit}} clotted and about 250 ml of blood was lost. They rang the
        {{24-hour helpline}} and [[name:Tomasz]] {{on call}} talked them through. He feels well; an
        {{Hb}} check is booked for [[date:Tues 20th]]. Training records show alarm
        troubleshooting was covered only once, so we will add a {{refresher visit}}.
        Regards,
        [[name:Oluchi Eze]]
        {{Home Haemodialysis Trainer}}, [[organisation:Ashcombe Satellite Dialysis Unit]]
        Tel [[phone:01632 960 981]]
    """)),
    ("health", "success", prose("""
        Card received [[date:22/12/23]], typed up for the {{learning from excellence}} board:
        "To all the staff at [[organisation:Ashcombe Dialysis]], especially [[name:Joy]],
        [[name:Mark]] and little [[name:Becky]] on {{Tuesdays}}. Thank you for getting me through
        my first year on the {{machine}}. When I started I was frightened of the needles and I
        cried every session. [[name:Joy]] sat with me and taught me to {{self-needle}} and now I
        put my own needles in. [[name:Mark]] sorted my {{transport}} so I can still do my shift at
        the charity shop. I'm on the {{transplant list}} since {{November}} and I have hope
        again. Happy {{Christmas}}. Love [[name:Shirley Addo]] (chair 9) xx"
    """)),
    ("health", "incident", block("""
        Telephone record – {{microbiology}} result, [[date:14/03/2024]] 16:20
        Caller: Dr [[name:Ana Ribeiro]], {{micro registrar}},
        [[organisation:Royal Wexcombe Infirmary]]
        Taken by: [[name:Kofi]] ({{Band 6}})
        Patient: [[name:Doreen Platt]], NHS [[nhs_number:915 574 1207]]
        Result: {{blood cultures}} from {{tunnelled CVC}} taken [[date:12/03]] – {{MSSA}} in both
        sets.
        Advice: {{cefazolin}} after each session, line to come out, {{echo}}.
        Background: [[name:Doreen]] had {{rigors}} on {{Tuesday}} 40 mins into dialysis and was
        sent home after cultures as her temperature settled.
        Action: rang [[name:Doreen]] 16:35 – no answer; daughter reached 17:05 and brought her
        to {{ED}}. Exit site audit shows the dressing had not been changed for 10 days.
        Incident ref [[case_reference:W-DX-56744]]
    """)),
    ("health", "near_miss", prose("""
        nearly got a {{needlestick}} tonite - {{sharps bin}} on chair 4 {{trolley}} was way over the
        fill line and a {{fistula needle}} was sticking out the top, {{safety guard}} not
        activated. [[name:hannah]] caught her {{glove}} on it but didnt go thru, no skin break so no
        need for {{occ health}}. bin had no date or signature either. closed + replaced it and
        checked all {{bays}}, found 2 more over 3/4 full. pls pls close bins at the line!! also we r
        low on {{safety needles}} so ppl r using the old ones. told [[name:Vish]] ({{CNM}}) -
        [[name:ade]]
    """)),
    ("health", "success", prose("""
        Learning from success: Mr [[name:Abdirahman Warsame]], [[age:aged 58]], had
        {{interdialytic weight gains}} of 4–5 kg for most of last year, with repeated admissions
        to [[organisation:Tennant Ward]] with {{fluid overload}}. Between {{March}} and {{June}}
        his average gain fell to 1.8 kg. The {{renal dietitian}}, [[name:Lindiwe Dube]], worked
        with him and his family to fit fluid advice around his meals and {{Ramadan}} fasting,
        and {{HCA}} [[name:Sadia]], who speaks {{Somali}}, translated his {{fluid diary}}. The
        team also looked at his {{sodium}} intake, since salt drives thirst. He has had no
        admissions since [[date:14 March]] and his {{BP}} tablets have been reduced.
        Mr [[name:Warsame]] says the difference was "being asked, not told".
    """)),
    ("health", "incident", block("""
        Incident ID: [[case_reference:W-DX-57102]]
        Date/time: [[date:27/09/2024]] 11:30
        Location: [[organisation:Ashcombe Satellite Dialysis Unit]], {{bay 2}}
        Persons affected: [[name:Ivy Okoro]] (NHS [[nhs_number:278 615 4286]]),
        [[name:Ivan Petrov]] (DOB [[date_of_birth:30/01/1946]])
        Description: {{monthly bloods}} (pre and post {{urea}} for {{URR}}, {{potassium}}) were
        taken for both patients by [[name:Rosa]] using labels printed in advance. Tubes were
        swapped. The lab processed them; [[name:Ivan]]'s potassium came back as 6.8 and his
        {{dialysate}} was changed to {{1K}} for two sessions before the {{renal pharmacist}},
        [[name:Eilidh]], queried it. Repeat: 4.9. [[name:Ivy]]'s true result (6.7) was missed
        for a week. No lasting harm.
        Action: labels printed at the chair only; {{positive patient identification}}.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        cable broke abt 150ft on a {{runway 24}} launch, {{k13}} [[aircraft_registration:G-DDWA]]
        with [[name:jas]] instructing + [[name:ollie]] ([[age:16yo]]) flying. [[name:jas]] took
        control, lowered the nose ok but landed ahead a bit fast n bounced, {{skid}} cracked on
        2nd touchdown. nobody hurt. {{weak link}} intact, break was at the {{splice}} near the
        {{drogue}} - splice was old. {{winch driver}} [[name:Rob T]] says the cable was spliced
        3 wks ago by ?? no record. glider u/s pending the {{inspector}}. please log ALL splices in
        the {{winch book}}!! - [[name:Kev]] ({{DI}})
    """)),
    ("aviation", "near_miss", block("""
        Transcript – {{club frequency}} recorder, [[date:Sat 18 May 2024]]
        Tug 1 = {{Pawnee}} [[aircraft_registration:G-BTXW]], pilot [[name:Mike Strand]];
        {{Discus}} [[aircraft_registration:G-CLTZ]], pilot [[name:Ayesha Rahman-Lloyd]]
        14:02:10 Tug 1: Tug one, {{downwind}} two four, rope on.
        14:02:31 Discus: Discus, {{left base}} two four, landing.
        14:02:40 Tug 1: Tug one, turning base.
        14:02:52 {{Launch point}} ([[name:Pete]]): Tug one, Discus is on base ahead of you, extend
        downwind, extend.
        14:02:58 Tug 1: Extending, tug one. Sorry, not visual.
        14:03:40 Discus: Landed, clear of the runway.
        {{CFI}} note: closest approach about 100 m, same height. Sun in the tug pilot's eyes on
        the {{base turn}} and the {{FLARM}} in the tug was switched off. Tug {{checklist}} now includes
        FLARM ON. Both pilots debriefed by [[name:Alasdair]].
    """)),
    ("aviation", "success", prose("""
        Huge congratulations to [[name:Nneka]], [[age:aged 16]], who went solo on
        [[date:Sunday 2 June]] in the club {{K21}} [[aircraft_registration:G-CHNV]]! And a
        shout-out to her {{instructor}}, [[name:Pieter van der Berg]], who noticed on her
        {{pre-solo}} checks that she was late with {{launch failure}} drills in a crosswind and
        flew three extra {{simulated cable breaks}} with her before sending her. On the day the
        crosswind picked up and she flew a tidy {{low-energy}} {{circuit}}. This is what good
        instructing looks like. Cake in the {{clubhouse}} on {{Saturday}}. – [[name:Hope]]
        ({{Cadet Coordinator}}), [[organisation:Coldridge Edge Gliding Club]]
    """)),
    ("aviation", "incident", prose("""
        On [[date:11 August 2024]], [[name:Giorgos Antoniou]], a {{Bronze}} pilot on his first
        {{cross-country}} in his syndicate {{LS8}} [[aircraft_registration:G-CKZB]], landed out in
        a field of standing {{barley}} at [[address:Hollins Farm, Bramwick]] after the thermals
        died. From 800 feet the field looked flat, but the crop was waist-high and hid a ditch.
        The glider ground-looped and the {{tailplane}} and {{rudder}} were damaged. The pilot was
        unhurt. The farmer, Mrs [[name:Delphine Harrow]], was helpful and was given the club's
        insurance details. The retrieve crew, [[name:Stan]] and [[name:Irena Nowicka]], arrived
        with the {{trailer}} behind [[vehicle_registration:LS66 VWN]] at 19:10. The {{CFI}} notes
        that the field was chosen at 700 ft, below the {{BGA}} guidance, and crop colour was not
        assessed. A {{field landing}} refresher in the {{Motor Falke}} is planned. Reported as
        [[case_reference:BGA-INC-2024-0388]].
    """)),
    ("aviation", "near_miss", block("""
        Near miss log – winch launch, [[date:Wed 26 June]]
        11:14 {{ASK 21}} [[aircraft_registration:G-CKPR]] hooked on to {{cable 2}}. {{Signaller}}
        [[name:Ben]] calls "{{take up slack}}" to the winch.
        11:14 Member [[name:Malcolm Ives]] walks out from behind the {{launch bus}} towards the
        cable to pick up a {{parachute}} left on the grass.
        11:15 [[name:Ben]] shouts "STOP STOP STOP"; {{winch driver}} [[name:Ulrike]] stops the
        drum. Cable moved about 2 m.
        11:19 Area clear, launch restarted.
        Notes: [[name:Malcolm]] (member 30+ years) thought slack was not yet being taken. Launch
        point briefing repeated: nobody crosses in front of a glider once the cable is on.
        {{DI}}: [[name:Rosheen]].
    """)),
    ("aviation", "success", block("""
        Safety Committee – minutes, [[date:12 November 2024]]
        Present: [[name:Alasdair Fyfe]] ({{CFI}}), [[name:Rosheen Kelly]] ({{Safety Officer}}),
        [[name:Mike Strand]] ({{Tug Master}}), [[name:Bill]] ({{Winch Master}})
        Apologies: [[name:Sunny Matharu]], [[name:Hope Adeyemi]]
        Item 3 – Learning from success: {{launch failures}}
        Seven genuine {{cable breaks}} this season, all handled with no damage. [[name:Rosheen]]
        credits the {{weak link}} colour board at the {{launch point}} and the
        "{{Eventualities}}" brief before every first launch. [[name:Bill]] reported the new
        winch {{throttle}} log showing smoother launches.
        Item 4 – {{CAA}} / {{BGA}} updates: none.
        Actions: [[name:Alasdair]] to share the briefing card with neighbouring clubs.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Mike Strand]] <[[email:tugmaster@coldridgeedge-gc.example]]>
        To: [[name:Alasdair Fyfe]]; [[name:Rosheen Kelly]]
        Date: [[date:Mon 8 July 2024]]
        Subject: {{Pawnee}} [[aircraft_registration:G-BTXW]] – tailwheel / prop strike

        [[name:Alasdair]], [[name:Rosheen]],
        Yesterday at about 16:30 [[name:Tariq]] landed the tug on {{runway 06}} in a gusty
        crosswind; it swung, the {{tailwheel spring}} snapped and the {{propeller}} tips touched
        the grass. He shut down at once and nobody was hurt. A prop strike needs a
        {{shock-load inspection}}, so the tug is grounded. [[organisation:Fellside Aero Engineering]]
        can look at it on [[date:Thursday 11th]]. We still have the {{DR400}}
        [[aircraft_registration:G-EDGT]] for aerotows. I think we need a crosswind limit for tug
        pilots with under 100 hrs on type. I'll file the {{MOR}} with the {{CAA}}.
        [[name:Mike]]

        [[name:Mike Strand]] – {{Tug Master}}, [[organisation:Coldridge Edge Gliding Club]]
        [[phone:07700 900782]]
    """)),
    ("aviation", "near_miss", block("""
        CLUB OCCURRENCE REPORT
        Pilot: [[name:Charlotte Eyre-Pennington]]   Membership no: [[case_reference:CEGC-1147]]
        DOB: [[date_of_birth:14/02/1987]]
        Address: [[address:9 Wagtail Cottages, Millbeck]] [[postcode:MB3 7EQ]]
        Tel: [[phone:07700 900348]]
        Aircraft: {{Junior}} [[aircraft_registration:G-DFRJ]]   Launch: {{aerotow}}
        Date: [[date:27/04/2024]]
        What happened: at about 200 ft on {{tow}} the {{canopy}} lifted a few cm on the left. I held
        it down, resisted pulling the {{release}}, and locked it. Finished the tow to 2000 ft
        and flew normally. On the ground the {{lock lever}} was only half over. My
        {{CB-SIFT-CBE}} checks had been interrupted by a member asking about my {{trailer}}, and
        the {{wing runner}} did not check either.
        Suggested action: wing runner to do a {{canopy push test}}; restart checks if interrupted.
    """)),
    ("aviation", "incident", block("""
        [[date:03/03/2024]], 09:12 - [[name:Gaz]]: who left the {{hangar}} doors open last night 😡
        [[date:03/03/2024]], 09:13 - [[name:Gaz]]: wind got in and the {{K13}}
        [[aircraft_registration:G-DDWA]] rolled into the {{tug}}
        [[date:03/03/2024]], 09:15 - [[name:Leila M]]: omg is it bad?
        [[date:03/03/2024]], 09:16 - [[name:Gaz]]: {{aileron}} trailing edge cracked + scrape on
        the tug {{flap}}. tug looks ok
        [[date:03/03/2024]], 09:20 - [[name:Yusuf Demir]]: i was last out, im sure i shut them 😟
        but the {{bolt}} on the right door is broken, might have blown open
        [[date:03/03/2024]], 09:22 - [[name:Leila M]]: nobody is blaming anyone. pics in here
        for the {{inspector}} pls
        [[date:03/03/2024]], 09:30 - [[name:Gaz]]: {{tech officer}} [[name:Wojtek]] coming at 11.
        K13 u/s till then
    """)),
    ("aviation", "success", block("""
        Subject: Thank you – [[date:Saturday 20th July]]
        From: [[name:Marjorie Fenwick]]
        To: Committee, [[organisation:Coldridge Edge Gliding Club]]

        Dear all,
        I want to thank the members who looked after my husband [[name:Don]] when he collapsed
        at the {{launch point}}. [[name:Kemi Afolabi]], who I now know is an {{A&E}} nurse,
        started {{CPR}}, and [[name:Wesley]] ran for the {{defibrillator}} in the
        {{clubhouse}}. The {{duty instructor}}, [[name:Frankie]], stopped all launches and the
        {{winch driver}}, [[name:Raj]], drove the launch bus to the gate to guide the
        {{ambulance}} in. The {{air ambulance}} crew said the early shock saved his life. He is
        home now from [[organisation:Bramwick General Hospital]] and doing well.
        With love and gratitude,
        [[name:Marjorie]] (and [[name:Don]]!)
    """)),
    ("aviation", "near_miss", block("""
        Launch log extract – [[date:Sun 14/07/24]] (weak link issue)
        Time  | Type        | Reg    | P1          | Launch | Link fitted | Required
        10:02 | {{ASK 21}}  | [[aircraft_registration:G-CKPR]] | [[name:A. Fyfe]]    | winch  | {{Red}}   | {{Red}}
        10:15 | {{Discus}}  | [[aircraft_registration:G-CLTZ]] | [[name:Ayesha R-L]] | winch  | {{Blue}}  | {{Blue}}
        10:31 | {{Junior}}  | [[aircraft_registration:G-DFRJ]] | [[name:Tobias Hartmann-Lee]] | winch | {{Red}} | {{Blue}}
        Near miss: at 10:31 the {{wing runner}}, [[name:Will]], noticed the stronger red
        {{weak link}} still on the cable after the {{ASK 21}} launch and stopped the launch
        before the {{Junior}} was hooked on. The correct link was fitted.
        Learning: links to be changed by the {{signaller}}, not left to pilots; colour board
        to be moved next to the {{cable}} drop point.
    """)),
    ("aviation", "incident", block("""
        DI's log – end of day, [[date:Sat 31 Aug]]
        Launches: 46 winch, 9 aerotow. Wind 230/12.
        Incident: cadet [[name:Ellis]] ([[age:14yo]]) trapped his fingers between the
        {{wing dolly}} and the wheel of the {{K21}} while moving it to the {{launch point}}.
        Swollen, no obvious deformity. First aid by [[name:Kemi]], ice pack. His {{mum}}
        (Mrs [[name:Shah]]) collected him at 15:00 and took him to the {{minor injuries unit}} –
        X-ray showed a {{hairline fracture}} of the little finger.
        Accident book entry [[case_reference:AB-2024/17]].
        Handover to tomorrow's {{DI}}, [[name:Pieter]]: dolly brake is stiff – labelled DO NOT
        USE; the second dolly is fine. Please ring [[name:Ellis]]'s mum on {{Monday}}.
    """)),
    ("aviation", "near_miss", prose("""
        {{tug pilot}} [[name:tariq]] dropped the {{tow rope}} over the {{A-road}} instead of the
        {{drop zone}} on {{runway 24}} - rope landed on the {{verge}} next to the road, not on it,
        no cars hit. he says the low sun got him and he misjudged. happened around 5pm on
        [[date:sunday 23rd]]. the heavy {{rings}} on the end could of gone through a {{windscreen}}!!
        pls brief all tug pilots the drop point is over the {{airfield}} ONLY and if in doubt land
        with the rope on. [[name:AF]] ({{CFI}}) aware. rope was frayed too - replaced.
        [[name:jules]]
    """)),
    ("aviation", "success", prose("""
        Learning from success – a textbook {{field landing}}. On [[date:16 June 2024]]
        [[name:Bogdan Ionescu]], a {{Silver}} pilot, was flying {{Astir}}
        [[aircraft_registration:G-DEWK]] on a 100 km {{task}} when the lift died near
        [[address:Sheepwash Lane, Millbeck]]. Because he had been picking fields since 2,000 ft,
        he chose a large {{pasture}} into wind, with the sheep at the far end, flew a full
        {{circuit}} with {{airbrakes}} out early, and landed with no damage. He phoned the club
        before moving the glider, found the farmer, and left the gate as he found it.
        [[name:Yusuf]] collected him with the trailer behind [[vehicle_registration:KN19 FTA]].
        The {{CFI}} used the flight at the {{winter lectures}} as the model of a field landing.
    """)),
    ("aviation", "incident", block("""
        RT transcript (extract supplied by [[organisation:Eskdown Radar]]), [[date:21/09/2024]]
        Aircraft: {{ASW 20}} [[aircraft_registration:G-CJVP]], pilot [[name:Neil Okwuosa]];
        [[flight_number:SHV412]], {{A320}} inbound.
        15:41:02 [[organisation:Eskdown Radar]]: Unknown aircraft, {{Mode S}}
        [[aircraft_registration:G-CJVP]], you are inside {{controlled airspace}}, call on this
        frequency.
        15:41:30 [[aircraft_registration:G-CJVP]]: [[organisation:Eskdown Radar]], glider
        [[aircraft_registration:G-CJVP]], apologies, descending to leave.
        15:41:45 [[organisation:Eskdown Radar]]: [[aircraft_registration:G-CJVP]], descend not
        above 3,500 ft, {{QNH}} 1016.
        15:41:50 [[organisation:Eskdown Radar]]: [[flight_number:SHV412]], turn left heading 270
        degrees, traffic.
        15:41:55 [[flight_number:SHV412]]: Left 270, [[flight_number:SHV412]].
        Pilot's note: I misread the {{CTA}} base as 4,500 ft on my {{moving map}}; it is 3,500 ft in
        that sector. {{MOR}} filed.
    """)),
    ("aviation", "success", block("""
        Slack – #instructors
        [[name:rosheen.k]] 6:02 PM
        nice one today – [[name:Hamid]] did his first solo shift as {{winch driver}} and had a
        {{cable break}} on launch 3. cut the power cleanly and followed the drill perfectly 👏
        [[name:alasdair]] 6:05 PM
        good. who signed him off?
        [[name:rosheen.k]] 6:06 PM
        [[name:Bill]] + [[name:Mark Ostrowski]] last w/e after 40 supervised launches.
        [[name:Bill]]'s checklist on the {{winch}} is brilliant, laminated on the dash
        [[name:mark.o]] 6:09 PM
        👍 he also used "{{all stop}}" on the {{radio}} properly, good {{RT}} discipline. sending
        the {{launch log}} to [[name:tariq]] for the {{BGA}} returns
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind321", REPORTS))
