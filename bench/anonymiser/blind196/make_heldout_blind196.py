"""Held-out blind corpus 196: UK just-culture incident, near-miss and learning reports.

Settings (everything inside them is invented):

* social_care - a local authority's unaccompanied asylum-seeking children (UASC) team, its
  foster carers, supported accommodation and key workers, and the interpreters booked through
  agencies and telephone lines for age assessments, reviews, health and college appointments.
* health - a hospital renal dialysis unit with a satellite unit, home haemodialysis, patient
  transport, water treatment, and the post-transplant follow-up clinic.
* aviation - a business jet charter operator with its FBO, line and ramp staff, flight and cabin
  crew, engineers, caterers and handling agents at home and abroad.

Styles mixed across the three domains: careful formal narratives, rushed lower-case notes with
typos and text-speak, timed chronologies, e-mail threads with From/To headers and signatures
(job titles, phone numbers), Teams/WhatsApp/Slack exports with speaker names or nicknames before
colons, handover notes, pipe- and tab-separated tables with names and initials in cells, minutes
with attendance and apologies, debriefs, shout-outs and thank-you notes, forms with Name/DOB/Ref
fields, ATC/RT transcripts and tech log entries.

Emphasis: names from many languages (Arabic, Tigrinya, Pashto, Vietnamese, Polish, Yoruba,
Tamil) including transliteration variants of the same person, names that are ordinary English
words, nicknames, initials and lower-case names, and e-mail threads with signatures. Roles,
agencies, frameworks, clinical terms, medicines, equipment, aircraft types and procedures are
marked as must-not-redact terms.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind196.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        {{Age assessment}} interview for [[name:Yonas Tesfamariam]] ([[case_reference:UASC/24/0193]])
        went ahead on [[date:12 March]] with an {{Amharic}} interpreter instead of {{Tigrinya}}.
        The booking request from {{the duty desk}} only said "Eritrean" and
        [[organisation:Wordbridge Interpreting]] sent the first available linguist. [[name:Yonas]]
        understood some Amharic but told his {{key worker}} [[name:Semhar]] afterwards that he had
        agreed to things he did not follow, including the dates of his journey through {{Libya}}.
        The {{Home Office}} letter spells him [[name:Yonas Tesfamariyam]] and our system has
        [[name:Yonas Tesfa Mariam]], so the agency could not match his previous bookings either.
        The interview was stopped and rebooked for [[date:19/03/2024]] with a Tigrinya speaker.
        {{The assessing social workers}} have recorded that nothing from the first session is to
        be relied on. Learning: booking form to ask for language AND dialect, never nationality;
        names to be entered as on the {{ARC card}} with known spellings in the alias field.
    """)),
    ("social_care", "near_miss", prose("""
        nr miss - fri eve taxi booked to take [[name:filmon]] ([[age:17]]) back to his new placement but the
        booking still had the old {{supported lodgings}} address [[address:14 Carrow Rd]]
        [[postcode:LE3 9QT]]. driver rang me ([[name:gaz]]) from outside asking where the lad was
        lol. [[name:filmon]] was already sat in the car and hadnt said anything cos he thought he
        had to go back there. he was moved for a reason ({{exploitation concerns}}, see {{MASH}}
        notes) so really not good if hed been dropped there at 9pm. redirected driver to
        [[name:bev]]s. taxi firm [[organisation:A1 Ashbury Cars]] says the address is pulled from
        the {{transport request}} not the {{case record}}, so {{the worker}} has to change both.
        pls can {{team manager}} remind every1 at {{Monday huddle}}. also {{the interpreter line}}
        wasnt used to explain the move to him, he only has basic english
    """)),
    ("social_care", "incident", block("""
        From: [[name:Dawit Habte]] <[[email:dawit.habte@wordbridge-interpreting.co.uk]]>
        To: [[organisation:Ashbury UASC]] Duty <[[email:uasc.duty@ashbury.gov.uk]]>
        Sent: [[date:07 May 2024]] 16:42
        Subject: RE: complaint - {{interpreter}} conduct - ref [[case_reference:WB-55102]]

        Dear {{Duty Team}},

        Thank you for raising this. I have spoken to the interpreter concerned, Mr [[name:Berhane]],
        who accepts he told {{the young person}} ([[name:Merhawi]]) that he "knew his family back home".
        He says this was meant as reassurance. It is a clear breach of our {{code of conduct}}
        and he has been removed from all [[organisation:Ashbury]] bookings pending review.

        Regards,
        [[name:Dawit Habte]]
        {{Quality & Compliance Lead}}
        [[organisation:Wordbridge Interpreting Ltd]] | [[phone:0116 496 0284]]

        -----Original Message-----
        From: [[name:Hope Adeyemi]] <[[email:hope.adeyemi@ashbury.gov.uk]]>
        Sent: [[date:07 May 2024]] 10:05

        [[name:Merhawi]] (ref [[case_reference:UASC/23/0871]]) was very distressed after Friday's
        {{LAC review}} and refused to speak with any {{Tigrinya}} interpreter afterwards. He says
        the man asked about his uncle and village. Please investigate urgently.

        [[name:Hope Adeyemi]]
        {{Social Worker}}, [[organisation:Ashbury UASC Team]]
        [[phone:07700 900418]]
    """)),
    ("social_care", "near_miss", block("""
        [WhatsApp export - UASC out of hours]
        [Sat 21:14] [[name:Jonno]]: anyone heard from [[name:Minh]]? not back at [[address:Larch House]], curfew was 9
        [Sat 21:16] [[name:Tash]]: his phone going straight to VM. last seen at the {{nail bar}}
        on [[address:Station St]]
        [Sat 21:17] [[name:Jonno]]: ffs thats exactly what the {{NRM}} referral flagged
        [Sat 21:20] [[name:Tash]]: ringing {{EDT}} now. do we have a photo on file?
        [Sat 21:25] [[name:Jonno]]: yes in the {{missing from care}} pack.
        [[name:Nguyen Van Minh]], DOB [[date_of_birth:02/09/2008]]
        [Sat 21:31] [[name:Bex]]: just spoke to [[name:Minh]]!! hes at the {{mosque}} car park w his mate
        [[name:Quang]],
        said a man offered him work and he said no and walked off. hes ok
        [Sat 21:33] [[name:Tash]]: omg. can u stay on the phone til {{the police}} get there
        [Sat 21:58] [[name:Bex]]: he's back. {{night staff}} have him. {{Will}} do {{return home interview}} mon
        [Sat 22:02] [[name:Jonno]]: good work [[name:Bex]]. nobody post his name in the main group pls
    """)),
    ("social_care", "success", prose("""
        Massive shout-out to [[name:Grace]] and [[name:Dele Okonkwo-Hart]] ({{foster carers}}) and
        to [[name:Hamid]] from [[organisation:Wordbridge]] ({{Pashto}} interpreter).
        [[name:Gul Agha]] (goes by [[name:Agha]]) arrived on [[date:8 January]] hardly speaking and
        wouldn't eat. [[name:Grace]] learnt enough Pashto words from [[name:Hamid]] to make a
        picture menu for {{tea time}}, and [[name:Dele]] took him to the {{mosque}} every
        {{Friday}} until he was confident to go alone. [[name:Hamid]] stayed on after the
        {{PEP meeting}} at [[organisation:Thornfield Academy]] for nearly an hour, unpaid, so
        [[name:Agha]] could ask all his questions about {{GCSEs}}. He started {{Year 10}} on
        [[date:3rd June]] and his form tutor Ms [[name:Rose]] says he is already helping a newer
        arrival. This is what good {{corporate parenting}} looks like - thank you all.
    """)),
    ("social_care", "near_miss", block("""
        {{STRATEGY DISCUSSION}} - MINUTES
        Date: [[date:15/05/2024]]   Venue: {{Teams}}
        Present: [[name:Faith Oyelaran]] (Chair, {{Team Manager}}), [[name:Mirwais Popal]] ({{Social Worker}}),
        DC [[name:Hollis]] (Police), Dr [[name:Sivakumar]] ({{Designated Doctor}}), [[name:Ana]] from {{MASH}}
        Apologies: [[name:Kasia Wójcik]] ({{IRO}}), [[organisation:Thornfield Academy]] DSL

        1. Young person: [[name:Zabihullah Safi]] (also recorded as [[name:Zabiullah Safi]]),
        ref [[case_reference:UASC/24/0311]].
        2. [[name:MP]] explained that the {{Home Office}} has him as an adult but our initial view is
        [[age:16-17]]. He was nearly placed in {{adult asylum accommodation}} on Friday because the
        {{age dispute}} flag had not been added to the record. Picked up by [[name:FO]] at {{triage}}.
        3. Actions: flag added ([[name:MP]]); {{Merton-compliant}} assessment to be booked ([[name:FO]]);
        Dari/Pashto interpreter to be confirmed with [[name:Zabihullah]] before booking ([[name:MP]]).
    """)),
    ("social_care", "incident", block("""
        {{Interpreter bookings}} - April audit (extract)
        Date | YP | Language requested | Language supplied | Worker | Issue
        [[date:03/04]] | [[name:S.H.]] | {{Tigrinya}} | Tigrinya | [[name:Mags]] | none
        [[date:05/04]] | [[name:K.M.]] | Tigrinya | {{Tigre}} | [[name:Mags]] | YP could not follow, session abandoned
        [[date:09/04]] | [[name:Nguyen T.L.]] | {{Vietnamese}} | Vietnamese (phone) | [[name:Robbo]] | line dropped x3
        [[date:11/04]] | [[name:A.R.Z.]] | {{Pashto}} | {{Dari}} | [[name:Sunny]] | booked by {{admin}} from old form
        [[date:17/04]] | [[name:Ahmed Y.]] | {{Arabic (Sudanese)}} | Arabic (Levantine) | [[name:Mags]] | partial understanding
        [[date:24/04]] | [[name:S.H.]] | Tigrinya | Tigrinya | [[name:Mags]] | interpreter late 40 min

        Summary: 3 of 6 bookings did not meet need. {{Dialect field}} is free text and often blank.
        Escalated to {{commissioning}} and the {{interpreting framework}} contract manager.
    """)),
    ("social_care", "incident", block("""
        {{INFORMATION GOVERNANCE}} BREACH - REPORT FORM
        Name: [[name:Abdirahman Yusuf Warsame]]
        DOB: [[date_of_birth:14/01/2006]]
        NI No: [[ni_number:JK 48 27 93 C]]
        Ref: [[case_reference:LC-2291]] ({{Leaving Care}})
        Home Office ref: [[case_reference:W1187364]]
        Reported by: [[name:Lukasz Nowak]], {{Personal Adviser}}

        What happened: {{pathway plan}} posted to [[address:22 Oriel Court, Bramley Lane]], [[postcode:LS13 4JX]]
        (his previous flat) instead of current address. Letter contained his asylum history,
        {{NI number}} and {{GP}} details. Current tenant opened it and handed it to the
        {{housing officer}}.
        Immediate action: letter recovered, [[name:Abdirahman]] informed in person with {{Somali}}
        interpreter, apology given. Address on {{case management system}} corrected.
        Contributing: address changes recorded in {{case notes}} but not on the {{demographics screen}}.
    """)),
    ("social_care", "near_miss", block("""
        Handover - [[address:Larch House]] {{supported accommodation}} - {{nights}} to days

        [[name:Kibrom]] - ok, in by 10. has {{GP}} at [[organisation:Millbrook Medical Centre]] 11:20 tmrw,
        needs bus fare
        [[name:Selam]] - quiet, ate tea. still on {{latent TB}} meds ({{rifampicin}}/{{isoniazid}}) -> NOTE the
        {{blister pack}} in the office was [[name:Kibrom]]'s not hers!! both in the same tray and the
        pharmacy label just says "[[name:Gebre]]..." - [[name:Selam Gebremedhin]] and [[name:Kibrom Gebremariam]].
        caught it before giving. pls separate trays + photo on each.
        [[name:Ahmad Shah]] - out at college til late, [[organisation:Kingsway]] {{ESOL}}
        [[name:Faith]] ({{relief}}) covering tmrw night

        - [[name:Tomasz]]
    """)),
    ("social_care", "incident", block("""
        Chronology - {{missing episode}}
        Thu [[date:28/03/2024]]
        16:10  [[name:Noorullah]] ([[age:15]]) leaves [[organisation:Kingsway College]], does not arrive at placement.
        18:30  {{Carer}} (Mrs [[name:Agnieszka Kowalczyk]]) rings {{EDT}}.
        18:45  {{EDT}} worker [[name:Olumide]] calls [[name:Noorullah]]'s phone [[phone:07700 900762]] - no answer.
        19:05  {{Missing person}} report to police, ref [[case_reference:28/0331/24]].
        21:40  [[name:Noorullah]] phones carer from unknown number [[phone:+44 7700 900 553]], says he is
               "with cousin" in Birmingham. {{Will}} not give address.
        23:15  Located by {{West Midlands Police}}, returned by EDT at 02:20.
        Fri [[date:29/03]]
        10:00  {{Return home interview}} by [[name:Sunny Khatri]] with {{Pashto}} interpreter.
        Learning: the "cousin" was not known to us; {{NRM}} referral considered; the carer was
        not given the college finish time.
    """)),
    ("social_care", "success", block("""
        {{Teams}} chat - [[organisation:UASC Team (Ashbury)]]
        [[name:Kavitha Ramanathan]]: can I just say a big thank you to [[name:Agnieszka]] for yesterday
        [[name:Kavitha Ramanathan]]: the {{Polish}} foster family's {{placement stability meeting}} was
        going badly and she switched into Polish with the {{carers}} and sorted the misunderstanding
        about the {{pocket money}} in 5 mins
        [[name:Agnieszka Wójcik]]: ha no problem, Mr [[name:Zieliński]] was very stressed
        [[name:Mark T]]: this is why we need the {{language skills register}} ✋
        [[name:Kavitha Ramanathan]]: yes! and [[name:Tekle]] was so relieved, he thought he was being moved
        [[name:Mark T]]: [[name:Aga]] for {{employee of the month}}
        [[name:Agnieszka Wójcik]]: 😂 only if there is cake
        [[name:Kavitha Ramanathan]]: the {{IRO}} is putting it in the {{review}} minutes as good practice
    """)),
    ("social_care", "success", prose("""
        {{Telephone interpreter}} booked through {{the language line}} for [[name:Sahil Zadran]]'s
        {{initial health assessment}} at [[organisation:Millbrook Medical Centre]] on
        [[date:Tuesday 9 April]]. The interpreter introduced himself as a {{Dari}} speaker;
        [[name:Sahil]] speaks {{Pashto}} and understands only a little Dari. The
        {{practice nurse}} was about to carry on as the slot was nearly over. [[name:Will]] (our
        {{student social worker}}) had sat in and noticed [[name:Sahil]] was just nodding and saying
        "yes" to everything, including a question about {{allergies}} that he had answered
        differently at placement. [[name:Will]] asked for a pause and the surgery rebooked with a
        Pashto speaker for the {{Thursday}}. No harm, but he could have been given the wrong
        {{vaccinations}} catch-up. Good challenge from [[name:Will]] - nice one.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Yousef Al-Khatib]] <[[email:y.alkhatib@ashbury.gov.uk]]>
        To: {{IG Team}} <[[email:info.governance@ashbury.gov.uk]]>
        Cc: [[name:Faith Oyelaran]]
        Subject: Possible {{data breach}} - wrong [[name:Mohamed]]

        Hi both,

        This morning I e-mailed the {{review}} minutes for [[name:Mohamed Ali Hassan]] ([[case_reference:UASC/23/0650]])
        to {{the college}}. I picked the contact from the {{address book}} and it was the tutor for a
        different student, [[name:Muhammad Ali Hassan]], at the same college. Same name, different
        spelling, different young people. The minutes include his {{asylum interview}} date
        and {{CAMHS}} referral.

        I've asked {{the tutor}} ([[email:mo.hassan.tutor@kingsway.ac.uk]]?) to delete it - no reply yet.

        [[name:Yousef]]
        [[name:Yousef Al-Khatib]] | {{Senior Practitioner}} | {{UASC Team}}
        Tel: [[phone:0116 496 0391]] | Mob: [[phone:07700 900215]]
    """)),
    ("social_care", "success", block("""
        {{Debrief}} - {{age assessment}} - [[name:Abrehet]] ([[case_reference:UASC/24/0077]])
        Assessors: [[name:Folasade Adebayo]] ("[[name:Fola]]") and [[name:Piotr Zawadzki]]
        Interpreter: [[name:Feven]] ({{Tigrinya}}, female - as [[name:Abrehet]] asked)
        {{Appropriate adult}}: [[name:Joy]] from [[organisation:Open Doors Youth Project]]

        What went well
        - three short sessions ([[date:2 July]], [[date:4 July]] and [[date:9 July]]), not one long one
        - [[name:Fola]] explained the purpose with [[name:Feven]] before any questions, and checked
          back in Tigrinya that she understood her rights
        - breaks every 30 min, food, {{trauma-informed}} pacing
        - {{minded-to}} meeting held so she could respond before the decision
        Even better if
        - {{Home Office}} paperwork had her as [[name:Abrahet]]; check spellings at the start
        - only one female {{Tigrinya interpreter}} on the agency list
        Outcome accepted, no {{judicial review}}. [[name:Piotr]] to share the session plan.
    """)),
    ("social_care", "near_miss", block("""
        Slack #uasc-placements
        [[name:bex_r]]: heads up - {{carer}} at [[address:Elm Road]] just rang. a man turned up saying he's
        [[name:Tran Thi Lan]]'s {{uncle}} and can he take her shopping
        [[name:bex_r]]: she's only been with them 4 days. carer said no (good!) and took his no
        [[phone:07700 900871]] + car reg
        [[name:dev.k]]: car reg?
        [[name:bex_r]]: [[vehicle_registration:KX19 WPA]] silver Golf
        [[name:dev.k]]: passing to {{police}} + the {{NRM}} {{single point of contact}}. [[name:Lan]] hasn't
        mentioned any family in UK, her {{Home Office}} screening says none
        [[name:Huong]] ({{interpreter}}): I spoke with [[name:Lan]]. She is scared.
        She say the man is from the {{nail shop}}
        [[name:bex_r]]: thank you [[name:Huong]]. {{safety plan}} updated, no contact unless agreed by {{SW}}
        [[name:dev.k]]: carer did everything right but we hadn't given her the safety plan yet - that's
        the near miss
    """)),
    ("social_care", "incident", prose("""
        yp ([[name:ahmed]] [[age:16]]) left his bag with his {{ARC}} and phone in the taxi after
        {{contact}} on [[date:3/6]]. taxi reg [[vehicle_registration:LD68 HTV]] from
        [[organisation:Citylink Private Hire]]. rang firm 3 times, driver says nothing there.
        bag eventually found by another passenger and handed in to the depot 2 days later
        but phone gone. [[name:ahmed]] really upset as it had the only photos of his {{mum}} and
        sisters and his {{solicitor}}s number. his {{NI}} letter was in there too
        ([[ni_number:SX529017A]]). we dont have a process for checking cars at drop
        off for {{young people}} who dont speak english. interpreter [[name:Nasrin]] helped him
        report it to police ref [[case_reference:CRI-0603-2214]]. replacement ARC requested via
        {{Home Office}}, might take weeks which affects his {{college}} {{bursary}}.
    """)),
    ("social_care", "success", block("""
        {{Thank you note}} - pinned on the {{team board}}

        To [[name:Kavitha]] ({{Tamil}} interpreter) and [[name:Senthil]]
        ([[organisation:Kingsway College]] {{ESOL}} lead),

        Thank you for getting [[name:Tharshini]] and her {{brother}} [[name:Niranjan]] enrolled in one
        afternoon when the {{college}} said it would take until September. [[name:Kavitha]] explained
        the {{bursary}} forms line by line and [[name:Senthil]] found them places in the same
        {{Entry 2}} class so they could stay together. [[name:Tharshini]] told me today it was "the
        first good day in England".

        From all of us in the {{UASC team}} - especially [[name:Rose]], [[name:Priya]] and [[name:J.T.]]
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        On [[date:16/04/2024]] Mr [[name:Nguyen Van Thanh]] ([[nhs_number:803 651 4281]]) was
        dialysed on the {{twilight shift}} at [[organisation:Calder Renal Unit]] against the
        prescription of Mr [[name:Nguyen Thanh Van]] ([[nhs_number:491 284 9456]]), who dialyses on
        the same shift. He received a {{1K bath}} instead of {{2K}} and an {{ultrafiltration}} goal
        of 3.2 L instead of 1.8 L. At 2h40 he became hypotensive (78/40) with cramps; the session
        was stopped, a {{saline bolus}} given and {{post-dialysis bloods}} showed K+ 2.9. Both
        patients appear on the chairside screen truncated to "[[name:NGUYEN V]]..." and the
        prescription was selected from the list without a second identifier. {{Nurse in charge}}
        [[name:Ewa]] found the mismatch on her round when checking {{the machine}} against the
        {{ID band}}. {{Duty of candour}} conversation held with Mr [[name:Thanh]] and his daughter
        [[name:Linh]] through a {{Vietnamese}} interpreter the next morning. Actions: full name plus
        date of birth on the chairside display; prescriptions to be opened by scanning the
        wristband only; alert added to both records. Background: the two men sat in adjacent
        chairs for most of last year and staff knew them apart by sight, but since the move to
        the new bay they are at opposite ends and the {{bank nurse}} on that shift had never met
        either of them. No long-term harm; {{potassium}} corrected over the next session.
    """)),
    ("health", "near_miss", prose("""
        nights - 2nd checker [[name:jen]] spotted the {{heparin}} vial for the {{line lock}} on bay 2
        was 5000 units/ml not 1000. pt mr [[name:adeyemi]] has a {{tunnelled line}} and is on
        {{apixaban}} as well so could of been nasty bleed. the 5000s were in the 1000 slot in
        {{the treatment room}} cupboard, looks like pharmacy top up put them in wrong on
        [[date:wed 22nd]]. both boxes are blue and white, very similar. removed all 5000s,
        told {{pharmacy}} + {{NIC}}. [[name:Seun]] says same thing happened on {{Ward 7}} last yr.
        can we get {{tall man}} labels or diff coloured boxes?? also {{citrate lock}} would avoid it
        for high bleed risk pts - for {{renal consultant}} to decide
    """)),
    ("health", "incident", block("""
        From: [[name:Temi Adeyemi-Cole]] <[[email:temitope.adeyemi-cole@nhs.net]]>
        To: [[organisation:Parkview Surgery]] Admin <[[email:parkview.admin@nhs.net]]>
        Date: [[date:Thu 11 Apr 2024]]
        Subject: RE: Misdirected letter - {{tacrolimus}} monitoring - Hosp no [[case_reference:CR2241876]]

        Dear [[name:Gosia]],

        Thank you for letting us know. The letter for Mr [[name:Khaled Mansour]] (NHS
        [[nhs_number:961 978 9423]]) should have gone to [[organisation:Riverside Health Centre]]; our
        system still held his old practice after he moved in February. Please securely destroy
        it. The letter contains his {{tacrolimus}} dose change (reduced to 3 mg BD) and his next
        {{trough level}} date, so I have phoned Mr [[name:Mansour]] and his new {{GP}} today to make
        sure the change was made. {{Datix}} submitted.

        Kind regards
        [[name:Temitope Adeyemi-Cole]]
        {{Lead Transplant Pharmacist}}, {{Renal Transplant Follow-up Clinic}}
        [[organisation:St Aldhelm's Hospital]]
        Tel [[phone:0113 496 0542]]

        > From: [[name:Małgorzata Lewandowska]] <[[email:m.lewandowska1@nhs.net]]>
        > {{Practice Manager}}, [[organisation:Parkview Surgery]]
        > We have received a clinic letter for a patient not registered with us - please advise.
    """)),
    ("health", "incident", block("""
        {{Venous needle dislodgement}} - [[organisation:Westbrook Satellite Dialysis Unit]] - [[date:02/05/2024]]

        13:05  [[name:TK]] (Mr [[name:Tadeusz Kowalski]], [[age:79]]) on for 4h, chair 9. {{Buttonhole}}
               cannulation of left {{AVF}} by SN [[name:Sunny Obi]].
        14:20  [[name:TK]] settles to sleep, pulls blanket over the {{access arm}} (against unit policy).
        14:52  {{Venous pressure}} low alarm. Silenced by {{HCA}} ([[name:Bill]]) without lifting blanket.
        14:55  Blood seen on floor by patient in chair 10 (Mrs [[name:Rose Hegarty]]) who called out.
        14:56  {{Blood pump}} stopped, needle found out of fistula. Est. loss 400 ml.
        15:30  Transferred to [[organisation:Calder Renal Unit]] by ambulance, Hb 78, 1 unit transfused.

        Learning: an alarm is never to be silenced without seeing the needle site; access arm
        to stay uncovered; only 4 of 12 chairs have {{wetness detection}} devices.
        [[name:Bill]] has been supported - this was a system gap, not blame.
    """)),
    ("health", "success", prose("""
        Shout out to [[name:Joy]] ({{HCA}}) on Saturday. Mrs [[name:Fatima Al-Saadi]] ([[name:Fatema]]
        on her clinic letters) came in for her session and [[name:Joy]] noticed she was quieter than
        usual, her speech was a bit slurred and her legs felt "heavy". [[name:Joy]] didn't just put
        her on - she asked Sister [[name:Priya]] to look first. {{Pre-dialysis}} K+ was 7.4 on the
        {{blood gas}}, {{ECG}} showed peaked {{T waves}}, {{calcium gluconate}} given and she was put
        on first with a {{1K bath}}. Her son [[name:Omar]] told us she'd been breaking her fast
        with lots of {{dates}} and fruit juice during {{Ramadan}}. The {{renal dietitian}} is seeing
        her this week. [[name:Joy]]'s instinct made a real difference - thank you!
    """)),
    ("health", "near_miss", block("""
        {{Teams}} - [[organisation:Calder Renal Unit]] coordinators
        [09:02] [[name:Ola Bankole]]: transport still not here for Mr [[name:Sivanesan]], he's meant to be on at 9
        [09:10] [[name:Dominika]]: rang [[organisation:Swiftcare Patient Transport]], crew went to his old address
        [[address:41 Greenfield Ave]], [[postcode:LE4 6HW]] (ambulance [[vehicle_registration:YJ21 KFD]])
        [09:11] [[name:Ola Bankole]]: he moved in March!! he's at his daughter's now
        [09:25] [[name:Dominika]]: they've found him, ETA 10:15
        [09:26] [[name:Ola Bankole]]: that's 2h45 max if we want the chair turned for {{twilight}}
        [09:40] [[name:Matt]] ({{CN}}): run him till 13:30, I'll push chair 12 back. the {{transport booking}}
        form on the portal is separate from {{EPR}} so the address never updated. 2nd time this month
        [09:41] [[name:Dominika]]: will {{Datix}}. he was ok, K+ 5.6 {{pre}}
        [09:43] [[name:Matt]]: ta. can someone ring his {{GP}} re the {{fluid restriction}}, he's 3.1kg over
    """)),
    ("health", "incident", block("""
        {{Heat disinfection}} log - Bay B - [[date:23/05/2024]]
        Machine | Pt | Session | Disinfect done | Signed
        M5 | [[name:K.T.]] | AM | Y | [[name:JB]]
        M6 | [[name:W.P.]] | AM | Y | [[name:JB]]
        M7 | [[name:H.A.B.]] | AM | N | -
        M7 | [[name:F.R.]] | PM | Y | [[name:Mags]]
        M8 | [[name:N.T.]] | AM | Y | [[name:Sunny]]

        M7 was not heat disinfected between sessions. [[name:Mags]] signed the PM line at the
        end of the shift assuming {{the cycle}} had run; the {{machine log}} shows it was cancelled
        at 12:41 when the {{RO}} alarm went. [[name:F.R.]] dialysed on it for 4h. No {{BBV}} risk
        identified ({{Hep B}}/{{Hep C}}/{{HIV}} negative for [[name:H.A.B.]]) but {{infection control}}
        informed and {{microbiology}} advised no further action. Signing to happen only from the
        {{machine screen}}, not from memory.
    """)),
    ("health", "incident", block("""
        INCIDENT FORM - {{Falls}}
        Name: [[name:Olufunmilayo Adebayo-Smith]] ("[[name:Funmi]]")
        DOB: [[date_of_birth:22/07/1958]]
        NHS No: [[nhs_number:882 379 2959]]
        Hosp No: [[case_reference:CRH0098123]]
        Address: [[address:7 Sycamore Close]], [[postcode:LE5 2RB]]
        Location: [[organisation:Westbrook Satellite Dialysis Unit]], weighing area
        Date/time: [[date:14/06/2024]] 17:50

        Description: after a 4h session with 3.4 kg removed, pt stood from the {{dialysis chair}}
        to walk to the {{scales}}, became dizzy and fell. {{Post-dialysis BP}} was not
        repeated standing. Laceration to left shin, {{steri-strips}}, {{X-ray}} NAD.
        Staff involved: SN [[name:Kamil Nowak]], HCA [[name:Bisi]]
        Harm: low. {{Falls risk assessment}} had not been updated since her {{amputation}} review.
    """)),
    ("health", "near_miss", block("""
        Renal ward handover - {{nights}} [[date:03/06]]

        Bed 6 - [[name:Rahmatullah Popalzai]] ("[[name:Rahmat]]"), [[age:34]], {{LDKT}} 2019 (donor brother
        [[name:Hamidullah]]). In with {{AKI}} on {{graft}}, creat 212 (baseline 130).
        - {{Tacrolimus}} {{trough level}} NOT done this am - request went to lab as "hold". Picked up
          by Dr [[name:Anand]] at 22:00 when chasing. Re-sent for 06:00, must be pre-dose.
          DO NOT give 08:00 tac until sample taken!!
        - {{Pashto}}, basic English. Nephew [[name:Wahid]] interprets by phone [[phone:07700 900644]] but
          use a {{professional interpreter}} for anything clinical or consent.
        - {{Mycophenolate}} held per {{transplant team}}. {{Fluid balance}} chart please.
        - Wife may ring - password is on the {{Cerner}} banner.
    """)),
    ("health", "success", block("""
        {{Learning from Excellence}} meeting - [[organisation:Calder Renal Unit]] - [[date:20/06/2024]]
        Attendance: Dr [[name:Harriet Lowe]] ({{Consultant Nephrologist}}, chair), Sister [[name:Priya Thangavel]],
        [[name:Gaz Pritchard]] ({{Renal Technician}}), [[name:Ewa Zając]] ({{Home Therapies}})
        Apologies: Dr [[name:Anand]], [[name:Tunde Bakare]] ({{Vascular Access Nurse}})

        1. {{Greatix}} for [[name:Ewa]]: trained Mr [[name:Grzegorz Wiśniewski]] for {{home haemodialysis}}
           in Polish with {{translated}} checklists she wrote herself; he went home 3 weeks early.
        2. {{Greatix}} for [[name:Gaz]]: spotted {{carbon tank}} exhaustion trend before a failure.
        3. Action: [[name:HL]] to share Polish checklists with {{regional network}}; [[name:EZ]] to
           ask {{Trust}} translation service to quality-check them.
    """)),
    ("health", "success", prose("""
        Great practice at {{vascular access clinic}} on [[date:7 May]]: Mr [[name:Murugan Sivakumar]]
        (DOB [[date_of_birth:04.11.1949]])
        (referral letter has him as [[name:Sivakumar Murugan]] - Tamil naming, no surname as such)
        was listed for a {{brachiocephalic fistula}}. His son usually interprets but the
        {{clinic nurse}} [[name:Tharani]] insisted on a professional {{Tamil}} interpreter,
        [[name:Vasanthi]], for the {{consent}} discussion. It turned out he thought the operation
        meant he would stop {{dialysis}} straight away, and he had not been told about
        {{steal syndrome}}. [[name:Vasanthi]] went through the {{leaflet}} with him and he signed
        the next week with real understanding. Hospital no [[case_reference:CRH0107452]] has now got
        both name orders as aliases, so he's no longer "not found" at reception.
    """)),
    ("health", "incident", prose("""
        {{Home haemodialysis}} supplies for Mr [[name:Grzegorz Wisniewski]] (also spelt
        [[name:Wiśniewski]] on {{EPR}}, NHS [[nhs_number:577 989 1656]]) were delivered by
        [[organisation:MedDirect Homecare]] on [[date:3 July 2024]] to [[address:19 Kestrel Road]]
        instead of [[address:Flat 3, 19 Kestrel Way]], [[postcode:NG7 3FU]]. The neighbour signed for
        fourteen boxes of {{dialysate}} and {{cartridges}} with his name and {{NHS number}} on the
        labels. [[name:Greg]] noticed on the {{Friday}} he was down to two days of stock and rang
        the unit. The delivery company has the wrong street on its system since his move; the
        change form was sent by the {{home therapies team}} but to an old e-mail address. Stock
        recovered, one treatment missed and done in unit instead. {{IG}} informed.
    """)),
    ("health", "near_miss", prose("""
        {{Water treatment}} - [[organisation:Westbrook]] - [[date:Mon 15/07]]. Pre-shift
        {{total chlorine}} at 06:15 on the post-carbon sample was 0.12 mg/L (limit 0.1). [[name:Gaz]]
        came in early, {{carbon tank}} 2 was exhausted, bypassed to tank 1 and retested 0.03 before
        first patients went on at 07:00. Near miss because Saturday's hand-written log shows 0.05
        signed "[[name:KM]]" but the {{photometer}} calibration was out of date since June so we
        don't know if that reading was real. Supplier [[organisation:Aquaclin Services]] engineer
        ([[name:Piotr]]) attending. Could have exposed a full shift to {{chloramine}} - risk of
        {{haemolysis}}. New {{reagent}} and calibration dates added to the {{daily checklist}}.
    """)),
    ("health", "success", block("""
        {{Transplant}} coordinator note - {{out of hours}} offer
        [[date:Sun 28/07]]
        02:40 {{Deceased donor}} kidney offer for Mrs [[name:Le Thi Huong]]
              (NHS [[nhs_number:650 176 3029]], on list as [[name:Huong Le]]),
              {{tissue type}} match 1-1-0. Her mobile [[phone:07700 900337]] switched off.
        02:55 [[name:Funmi Oladipo]] ({{recipient coordinator}}) found daughter [[name:Vy]]'s number in
              the {{next of kin}} section, rang her; [[name:Vy]] drove round.
        03:30 Pt confirms by phone via [[name:Vy]]: well, no infection, last dialysed Sat.
        04:10 Admitted [[organisation:St Aldhelm's]] {{transplant ward}}, {{crossmatch}} negative.
        Transplant done 11:20, good {{primary function}}.
        Comment: without [[name:Funmi]] persisting we'd have passed the offer to the next patient.
        Learning: all listed pts to give 2 contact numbers.
    """)),
    ("health", "near_miss", prose("""
        Pt returned from {{holiday dialysis}} abroad on [[date:Sat 10 Aug]] and was allocated to a
        {{shared machine}} in main bay for [[date:Tuesday 13th]]. Per {{unit policy}} anyone
        dialysed outside the UK goes in a {{side room}} on a {{dedicated machine}} until
        {{BBV screening}} is back. SN [[name:Hope]] read the {{allocation board}} at 06:45 and
        recognised the name, Mr [[name:Shahid Iqbal]], from the holiday booking paperwork she had
        done in June. Moved to side room 2 before cannulation. Screen came back {{Hep B}} sAg
        negative on the Thursday. The allocation sheet is done by the evening shift off a template
        that does not show the {{holiday flag}}. Well done [[name:Hope]] - proper good catch.
    """)),
    ("health", "success", block("""
        Card received [[date:12/08/2024]] - transcribed for the {{Greatix}} board

        Dziękujemy! To all the {{nurses}} on the {{dialysis unit}}, especially [[name:Bill]], Sister
        [[name:Faith]] and little [[name:Kasia]] on the {{twilight shift}}. For three years you looked
        after our {{dad}} [[name:Zbigniew]] ("[[name:Zbyszek]]") {{three times a week}} and you always
        spoke to him, not over him. When his {{English}} went at the end [[name:Kasia]] spoke {{Polish}}
        with him and [[name:Faith]] sang to him. We will never forget it.
        With love from the [[name:Nowicki]] family, [[address:Willow Cottage, Long Lane]]
    """)),
    ("health", "incident", prose("""
        A photo of a patient's {{AV fistula}} was posted to the staff WhatsApp group
        "[[organisation:Calder Nights]]" at 03:12 on [[date:18 August]] asking for advice on a
        possible {{aneurysm}}. The patient's {{wristband}} was visible with his name, Mr
        [[name:Adewale Ogunleye]], NHS number [[nhs_number:602 309 7367]]
        and hospital number [[case_reference:CRH0071544]]. The group has 40
        members including bank staff and two people who have left. HCA [[name:Tash]] reported it
        in the morning. The SN who posted it (spoken to, [[name:AJ]]) had been unable to get the
        {{vascular access nurse}} or the {{renal registrar}} and wanted a second opinion. Image
        deleted by all members who replied; {{Caldicott Guardian}} informed. The real issue: no
        {{out-of-hours}} route for non-urgent access concerns and no approved {{clinical photography}}
        app on unit phones.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        On [[date:14 February 2024]] [[aircraft_registration:G-HJCE]] ({{Challenger 350}}) was
        refuelled at [[organisation:Skyline FBO]] for [[flight_number:HJC214]] with 2,400 litres of
        {{Jet A-1}} instead of the 2,400 kg requested by the crew. Captain [[name:Marek Dąbrowski]]
        noticed during the {{before start checks}} that the {{FMS}} fuel figure was about 460 kg
        short of the {{flight plan}} block fuel and queried it with the {{fuel docket}}. A further
        uplift was ordered and the departure was 35 minutes late; no {{minimum fuel}} situation
        arose. The {{fuel request form}} used by our handling agent has a units box that was left
        blank and the fueller, [[name:Kayode]], on his second week, assumed litres as that is the
        default on the {{bowser}} meter. Actions: units box made mandatory; crews to state units
        verbally; {{dispatch}} to include specific gravity on the request.
    """)),
    ("aviation", "near_miss", block("""
        RT transcript extract - [[date:09/03/2024]] - [[flight_number:HJC27K]]
        {{Citation XLS+}} [[aircraft_registration:G-HJCA]]
        09:41:12 {{LTC}}: [[flight_number:HALCYON 27K]] climb flight level one one zero
        09:41:16 [[flight_number:HJC27K]]: climbing flight level one three zero, [[flight_number:HALCYON 27K]]
        09:41:24 (no correction - frequency busy)
        09:41:58 LTC: [[flight_number:HALCYON 27K]] stop climb flight level one one zero, I say again one one zero
        09:42:03 [[flight_number:HJC27K]]: stopping one one zero, sorry, [[flight_number:HALCYON 27K]]

        Crew debrief: {{PM}} (FO [[name:Thu Trang Pham]]) read back 130, {{PF}} (Capt [[name:Yaw Boateng]])
        set 130 in the {{altitude preselect}} from the readback not the clearance. Levelled at
        FL114 after the second call; {{TCAS}} TA only. Both say the pre-flight briefing expected
        FL130 from the {{SID}} chart. {{MOR}} filed to the {{CAA}}.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Léa Fontaine]] <[[email:lea.fontaine@azur-ground.fr]]>
        To: [[email:ops@halcyonjet.co.uk]]
        Date: [[date:22/06/2024]] 11:08
        Subject: RE: {{GenDec}} / {{APIS}} [[flight_number:HJC301]] [[aircraft_registration:M-YSKY]] {{LFMN}}-{{EGLF}}

        Dear [[name:Jonathan]],

        I confirm the {{manifest}} for your flight was sent in error to another operator's crew at
        09:50 ({{shared inbox}} autocomplete). It contained passport numbers and dates of birth for
        4 passengers incl. the [[name:Al-Mansoori]] family. We have asked them to delete it and
        informed our {{DPO}}.

        [[name:Léa Fontaine]]
        {{Duty Manager}} - [[organisation:Azur Ground Services]], {{Nice}}
        [[phone:+33 4 93 21 55 08]]

        > From: [[name:Jonathan Pryce]] ("[[name:Jonno]]")
        > {{Duty Ops Officer}}, [[organisation:Halcyon Jet Charter]]
        > [[phone:01632 960144]] | [[email:j.pryce@halcyonjet.co.uk]]
        > Can you confirm who received the APIS for this morning's flight?
    """)),
    ("aviation", "incident", block("""
        TECH LOG - [[aircraft_registration:G-HJCB]] - {{Phenom 300}} - Page 0412
        Date: [[date:21/04/24]]  Stn: {{EGLF}}
        Defect: {{hydraulic}} seep at LH {{MLG}} {{brake unit}}, found on {{walkround}} by FO [[name:A. Nwachukwu]]
        Action: inspected IAW {{AMM}} 32-42-00, leak rate within limits, monitor next 3 sectors.
        Cert: [[name:S. Kowalczyk]]  Licence [[case_reference:UK.66.482915]]

        Report: the entry above was made on the paper log at 06:40 but not synced to the
        {{e-tech log}} until 08:15. Capt [[name:Dev Ranganathan]] accepted the aircraft at 07:20 on the
        tablet, which showed no open items, and flew [[flight_number:HJC88]] to {{LSGG}}. The
        monitoring check was done at destination by [[organisation:LacAir Handling]]'s contracted
        engineer only after [[name:Stan]] phoned ahead. No leak progression. Paper and electronic logs
        must not both be live.
    """)),
    ("aviation", "success", prose("""
        Shout-out for [[name:Sunny]] on the [[organisation:Skyline FBO]] line team. During the
        {{turnaround}} of [[aircraft_registration:G-HJCA]] on [[date:Friday 5 April]] the crew were
        ready for {{engine start}} and the {{tug}} had driven off, but [[name:Sunny]] walked back out
        and saw the {{tow bar}} was still attached to the {{nose gear}}. He held up the crossed
        arms signal, came over the {{headset}} and stopped the start. The tug driver had been
        called to another {{stand}} halfway through the {{pushback}}. Capt [[name:Olumide Bankole-Ajayi]]
        said that would have been a {{nose gear}} collapse at best. [[name:Sunny]] - you're a legend.
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp - HJC crew [[flight_number:HJC412]]
        [[name:Fola]]: pax now 2h late at Geneva, handler says another hour
        [[name:Piotr]]: we're at 11h15 on the {{FDP}} already, max is 13h with 2 sectors
        [[name:Fola]]: if we go at 16:30 we land 18:10, thats 13h05
        [[name:Piotr]]: could use {{commander's discretion}}?
        [[name:Dev]] (crewing): pls DON'T. {{discretion}} is for unforeseen on the day, the delay was
        known at 10:00 when the client rang. I'll get a {{positioning crew}} from {{EGLF}}
        [[name:Fola]]: honestly I'd have just gone, feel fine
        [[name:Dev]] (crewing): I know, that's the point of the report 😬 - sending [[name:Gbenga]] + [[name:Ewelina]]
        on the 13:40 {{ferry}} in [[aircraft_registration:G-HJCB]]
        [[name:Piotr]]: ok thanks. will file {{fatigue}} / {{FTL}} near miss
    """)),
    ("aviation", "near_miss", block(
        "Crew roster w/c [[date:15/07/2024]] (extract)\n"
        "Date\tFlight\t{{Capt}}\t{{FO}}\t{{Cabin}}\tReport\tOff\n"
        "[[date:15/07]]\t[[flight_number:HJC501]]\t[[name:JT]]\t[[name:RW]]\t[[name:Grace M]]\t06:00\t15:30\n"
        "[[date:16/07]]\t[[flight_number:HJC503]]\t[[name:JT]]\t[[name:TTP]]\t-\t05:15\t16:45\n"
        "[[date:17/07]]\t[[flight_number:HJC510]]\t[[name:JT]]\t[[name:RW]]\t[[name:Grace M]]\t06:30\t12:00\n"
        "\n"
        "{{Rest}} between 16:45 on [[date:16/07]] and 06:30 on [[date:17/07]] is 13h45 at {{home base}} - legal, BUT "
        "[[name:JT]] was also rostered {{standby}} 18:00-22:00 on [[date:16/07]] on the {{training}} "
        "sheet kept by the {{Head of Training}}, which does not feed the {{crewing system}}. "
        "[[name:Jamie Taylor]] spotted it himself when his calendar clashed. If called from standby "
        "he would have broken {{minimum rest}}. One roster source from next month."
    )),
    ("aviation", "success", block("""
        Chronology - {{medical diversion}} [[flight_number:HJC118]] {{LSGG}}-{{EGGW}},
        [[aircraft_registration:M-YSKY]] ({{Global 6000}})
        [[date:03/08/2024]]
        14:12 Pax (female, [[age:64]]) collapses in aft cabin. Cabin host [[name:Grace Mensah]] starts
              {{primary survey}}, {{AED}} fetched.
        14:14 Capt [[name:Tesfaye Gebreyes]] declares {{PAN PAN}}, requests nearest suitable.
        14:16 {{MedLink}} patch: likely {{hypoglycaemia}}, glucose gel given from {{first aid kit}}.
        14:31 Landed {{LFPB}}; [[organisation:Aérolink Handling]] had an ambulance on stand.
        15:40 Pax (Mrs [[name:Okafor]]) discharged from hospital, family collect.
        Debrief: {{CRM}} excellent. [[name:Grace]] kept the other 5 pax calm and briefed the Capt
        every 2 mins. Handling agent contact [[name:Théo]] [[phone:+33 1 48 62 90 17]] went above and beyond.
    """)),
    ("aviation", "near_miss", prose("""
        {{tug}} driver ([[name:kev]]) towing [[aircraft_registration:9H-VFE]] out of hangar 2 nearly
        clipped {{wing tip}} on the {{GPU}} left on the line. only 1 {{wing walker}} ([[name:robbo]])
        cos 2 short on {{late shift}}. stopped ~30cm no dmg. need 2 walkers every tow + repaint
        {{hangar floor}} {{safe zone}} lines pls. [[name:kev]] doing a {{toolbox talk}}
    """)),
    ("aviation", "success", block("""
        {{Safety Action Group}} - [[organisation:Halcyon Jet Charter]] - [[date:10 September 2024]]
        Attendance: [[name:Caroline Ashworth-Reid]] ({{Safety Manager}}, chair), Capt [[name:Yaw Boateng]]
        ({{Chief Pilot}}),
        [[name:Lukas Brandt]] ({{Head of CAMO}}), [[name:Jonathan Pryce]] ({{Ops}}), [[name:Hope Odum]] ({{Cabin}})
        Apologies: [[name:Fatima Zahra El Idrissi]] ({{Compliance Monitoring}}), [[name:Sunny]] (FBO)

        Item 3 - good catch: {{dispatcher}} [[name:Bill Greaves]] noticed the {{load sheet}} for
        [[flight_number:HJC207]] had [[aircraft_registration:G-HJCA]]'s {{basic empty weight}} on an aircraft
        that was actually [[aircraft_registration:G-HJCE]] after a tail swap. CG moved but within
        limits. [[name:Bill]] to be thanked in the {{safety bulletin}}.
        Action [[name:JP]]: {{tail swap}} checklist to include load sheet regeneration.
        Action [[name:CAR]]: share with [[organisation:Skyline FBO]] dispatch desk.
    """)),
    ("aviation", "incident", prose("""
        Passenger Mrs [[name:Nadia Haddad]] (booking ref [[case_reference:HJC-BK-77310]]) declared a
        {{sesame allergy}} at booking. The {{catering order}} to [[organisation:Cloud Nine Inflight Catering]]
        said "nut free" only, as the order template has no sesame option. The {{mezze platter}}
        was labelled nut free but the {{hummus}} contains {{tahini}}. Cabin host [[name:Faith]]
        served it; Mrs [[name:Haddad]] ate a small amount and developed lip swelling 20 minutes
        later. She used her own {{antihistamine}}; {{adrenaline auto-injector}} was not needed and
        symptoms settled. [[name:Faith]] informed the Capt and we had {{paramedics}} meet the
        aircraft at {{Farnborough}} as a precaution. {{14 allergens}} to be added to the order
        template and the {{cabin allergen card}}.
    """)),
    ("aviation", "near_miss", prose("""
        At 05:50 on [[date:12/02]] the hangar tug crew were told to pull out
        "[[aircraft_registration:Charlie Alpha]]" for the 07:00.
        They pulled out [[aircraft_registration:G-HJCB]] ("[[aircraft_registration:Charlie Bravo]]") which was still in
        {{maintenance}} with an open {{work pack}}, {{gear pins}} in and one {{pitot cover}} off.
        Crew ([[name:Gbenga]] and FO [[name:Rose Whitfield]]) arrived, started their
        {{walkround}} and [[name:Rose]] found the aircraft had the {{maintenance tag}} on the
        {{control column}}. [[aircraft_registration:G-HJCA]] was in the back of the hangar. The
        request was passed by phone from ops to the {{hangar}} using the last two letters only;
        the tug crew misheard it. Actions: requests in writing with the full registration,
        tug crew to check the {{tech log}} status before moving any aircraft.
    """)),
    ("aviation", "success", block("""
        {{Debrief}} - {{go-around}} {{EGLC}} [[date:28 Oct]] -
        [[flight_number:HJC52]] - [[aircraft_registration:G-HJCE]]
        Crew: Capt [[name:Tesfaye Gebreyes]] ({{PM}}), FO [[name:Rose Whitfield]] ({{PF}})

        - {{Unstable approach}} at 500 ft: gusts 18G34, speed +22. [[name:Rose]] called the
          go-around herself without waiting for the Capt. Textbook.
        - [[name:Tesfaye]] handled the {{RT}} and {{diversion fuel}} check; second approach
          stable, landed 14:02.
        - {{Passengers}} briefed by [[name:Tesfaye]] on the {{PA}} within 2 mins.
        - {{Windshear}} caution from {{ATIS}} had been briefed at top of descent.
        What made it work: briefing, FO confident to call it. [[name:Rose]] put forward for a
        {{Safety Star}}; [[name:Tesfaye]] asked that the {{CRM}} course use this as a case study.
    """)),
    ("aviation", "incident", prose("""
        At {{LSGG}} on [[date:19/05/2024]] the handling agent [[organisation:LacAir Handling]] loaded a
        hold bag for [[flight_number:HJC88]] that contained an {{e-scooter}} battery (about 480 Wh) and
        two {{power banks}}. The passenger's PA, [[name:Amira Benali]], had ticked "no" on the
        {{dangerous goods}} declaration. The bag was screened but the agent's {{X-ray}} operator
        did not challenge it. Found by our cabin host [[name:Joy Adekunle]] at {{EGLF}} when the
        bag would not zip back after customs. Lithium batteries above 160 Wh are forbidden and spare
        cells must be in the cabin. {{DG occurrence report}} made to the {{CAA}} and the Swiss
        authority. Mr [[name:Benali]] and his office have been sent our {{DG leaflet}} in Arabic
        and French.
    """)),
    ("aviation", "near_miss", block("""
        {{De-icing}} - {{EGGW}} - [[date:Tues 14 Jan]] - [[flight_number:HJC330]] [[aircraft_registration:G-HJCA]]

        08:02 {{Type I}} applied by [[organisation:Polar Ramp Services]] (crew lead [[name:Wojtek]]).
              {{Holdover time}} in {{freezing drizzle}} per table: 5-8 min.
        08:05 Lead pax arrives, 3 still missing. Capt [[name:Yaw]] decides to wait.
        08:19 All boarded, doors closed, taxi requested.
        08:24 FO [[name:Thu Trang]] looks back at the wing with torch: clear ice on the
              {{leading edge}}. Capt had planned to go on "it looked fine".
        08:26 Return to stand, second de-ice with {{Type IV}}.
        Learning: HOT had run out 10 min before the doors closed. Crew now start a timer on the
        {{EFB}} at end of spray. [[name:Yaw Boateng]]: "I got commercial pressure in my head,
        [[name:Trang]] got us out of it."
    """)),
    ("aviation", "success", block("""
        Subject: Thank you
        From: [[name:Siobhan O'Driscoll]] <[[email:siobhan@odriscoll-events.ie]]>
        To: [[email:charter@halcyonjet.co.uk]]

        Dear all at [[organisation:Halcyon]],

        I just wanted to say thank you for {{Saturday}}. When our {{scheduled flight}} was cancelled
        you found us an {{aircraft}} in under three hours. Please pass on my thanks to [[name:Bill]] at
        {{the FBO}}, Captain [[name:Olumide]] and {{FO}} [[name:Dev]], and [[name:Joy]] in {{the cabin}} who
        looked after my {{mum}} (she is [[age:91]] and was very anxious) like family.

        Warmest regards,
        [[name:Siobhan O'Driscoll]]
        {{Director}}, [[organisation:O'Driscoll Events]]
        [[phone:+353 87 123 4567]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind196", REPORTS))
