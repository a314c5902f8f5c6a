"""Held-out blind corpus 303: fifty invented UK incident, near-miss and success ("learning") reports.

Written blind (without sight of the de-identifier or any other corpus) so that it measures how
well de-identification generalises. Three settings, all people, organisations, places and
numbers invented:

- social_care (17): a virtual school for children in care (PEPs, designated teachers, carers,
  social workers, IROs, schools and transport);
- health (17): a neonatal unit (cots, nurseries, ANNPs, registrars, drugs and equipment);
- aviation (16): an airline operations control centre (dispatch, crew control, maintenance
  control, company-frequency radio).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, Teams/WhatsApp/Slack exports with handles, handover notes, minutes with attendance
and apologies, pipe and aligned-column tables, RT transcripts, shout-outs and thank-you notes.
`[[label:value]]` marks identifiers and `{{term}}` must-not-redact mentions (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind303.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", block("""
        rushed note - {{pep}} mtg didnt happen today. school ([[organisation:Kingsbarrow Academy]]) had wrong
        date in diary, thought it was nxt wk. {{carer}} brought [[name:ayaan]] in anyway, sat in {{recepton}}
        40 mins. {{dt}} off sick, no cover. {{sw}} ([[name:kerry]]) not told by school either. [[name:ayaan]]
        [[age:aged 13]] upset, said "nobody cares if i come or not". rebooked for [[date:14th]]. need to chase
        {{DT}} re {{PEP}} on time, {{PP+}} spend still not agreed. logged as [[case_reference:VS-INC-2291]]. - [[name:jb]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Helen Achterberg]] <[[email:h.achterberg@harrowfield.gov.uk]]>
        To: {{Virtual School Duty}} <[[email:vsduty@harrowfield.gov.uk]]>
        Date: [[date:Thu 9 Nov]], 16:42
        Subject: {{Near miss}} - {{PEP}} sent to wrong address

        Hi all,

        Flagging a near miss. Today our admin emailed the draft {{PEP}} for [[name:Leo Marchetti]]
        (DOB [[date_of_birth:02/05/2012]]) to his birth {{mum}}'s old personal email
        ([[email:t.marchetti84@webpost.co.uk]]) instead of the {{carer}}. Thankfully it bounced - the
        mailbox was closed. If it had gone through, mum would have seen the placement school and the
        carer's address, which is restricted under the {{court order}}.

        Root cause: the contact record in the case system was never updated after the move in
        {{September}}. I've corrected it and asked the {{IRO}} to check the other sibling, [[name:Mia]], whose
        record was copied from [[name:Leo]]'s.

        Ref: [[case_reference:VS-NM-0417]]

        Kind regards,
        [[name:Helen]]
        [[name:Helen Achterberg]] | {{Education Caseworker}}
        [[organisation:Harrowfield Virtual School for Children in Care]]
        [[phone:01632 960 418]]
    """)),
    ("social_care", "success", block("""
        [Teams - VS Shout-outs channel]
        [[name:Grace Oyelaran-Hughes]]  10:14
        Massive shout-out to [[name:Will]] at [[organisation:Saltmarsh Primary]] 🙌 He noticed [[name:Tayo]] ({{yr 5}}) had
        stopped eating lunch after contact w/ {{dad}} and rang us same day instead of waiting for the
        {{PEP review}}. {{CAMHS}} slot booked for {{Friday}}, carer and {{SW}} looped in. Textbook
        {{designated teacher}} stuff.
        [[name:Bilal Rahman]]  10:21
        agreed!! and he used the {{Signs of Safety}} scaling with [[name:Tayo]] which the {{SW}} said really
        helped at the {{CLA review}}
        [[name:Grace Oyelaran-Hughes]]  10:22
        👏 nominating him for the VS recognition award. Thanks [[name:Will]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM - [[organisation:Harrowfield Virtual School]]
        Ref: [[case_reference:HVS/IR/23/0188]]
        Date of incident: [[date:17/10/2023]]
        Child name: [[name:Kacper Wiśniewski]]
        DOB: [[date_of_birth:11/01/2009]]
        Age: [[age:14]]
        Address (placement): [[address:27 Ferncombe Rise, Aldwick Marsh]], [[postcode:HF7 3QW]]
        School: [[organisation:Elmworth College]] ({{alternative provision}})
        Reporter: [[name:Sunny Malhotra]], {{Education Support Officer}}
        Tel: [[phone:07700 900 362]]

        What happened:
        [[name:Kacper]] was dropped at [[organisation:Elmworth]] by {{taxi}} (reg [[vehicle_registration:HF19 KWX]]) at {{08:40}} but the
        college had him marked as a {{non-attender}} because the taxi firm, [[organisation:Brightline Cars]], had
        changed his drop-off to the {{back gate}} without telling anyone. He walked off site and was
        found by {{police}} near the {{retail park}} at 11:15. No injury. {{Carer}} and {{SW}} informed.
        {{Missing from education}} protocol followed late.

        Actions: {{Transport contract manager}} to confirm drop-off point in writing; {{DSL}} at
        [[organisation:Elmworth]] to add [[name:Kacper]] to first-period check-in.
    """)),
    ("social_care", "near_miss", block("""
        Chronology - near miss, exclusion meeting, [[date:Fri 2 Feb]]

        08:55 Call from Mr [[name:Dunleavy]] ({{head of year}}, [[organisation:St Brigid's RC High]]) - [[name:Amber]] in
        {{isolation}} again, school "minded to" issue {{fixed-term suspension}}.
        09:10 I reminded him {{VS}} must be consulted before any suspension of a {{child in care}} & that
        [[name:Amber]] ([[age:15]]) has an {{EHCP}}. He wasn't aware of either.
        09:30 Checked case notes: [[name:Amber]]'s {{PEP}} said triggers = being touched on shoulder, loud
        corridors. School staff not briefed since new term.
        10:05 Joint call w/ {{SENCo}} ([[name:Fatima]]) + {{SW}} [[name:Ruth Okonjo-Baptiste]]. Agreed internal
        reflection space instead, no suspension.
        12:40 [[name:Amber]] back in lessons.
        Learning: {{PEP}} targets not shared beyond {{DT}}. Near miss for unlawful exclusion.
        - [[name:P. Kowalczyk]], {{VS Inclusion Lead}}
    """)),
    ("social_care", "success", block("""
        Dear [[name:Joy]],

        I just wanted to say thank you from all of us at the {{virtual school}}. When [[name:Precious]] moved
        placement in the middle of her {{Year 11}} {{mocks}}, you drove her across the county to
        [[organisation:Kingsbarrow Academy]] every morning for three weeks so she didn't have to change school.
        She sat all her mocks and got a 6 in {{English}}. Her {{IRO}} mentioned it at the review on
        [[date:23 January]] and said it was the difference between her staying in education or not.

        {{Foster carers}} like you make our job possible. Please pass our thanks to [[name:Desmond]] too.

        Warm wishes,
        [[name:Faith Adeyemi-Clarke]]
        {{Virtual School Head}}
    """)),
    ("social_care", "incident", block("""
        VIRTUAL SCHOOL - INCIDENT REVIEW MINUTES
        Date: [[date:06/03/2024]]   Venue: {{MS Teams}}
        Present: [[name:Tomasz Zieliński]] ({{Chair}}, {{Deputy VSH}}), [[name:Hope Mbatha]] ({{Education Caseworker}}),
        [[name:Rhiannon Pryce]] ({{SW}}, [[organisation:Eastside CiC Team]]), [[name:JK]] (minutes)
        Apologies: [[name:Siobhán Ní Bhriain]] ({{IRO}}), [[name:Mark Ellery]] ({{Designated Teacher}}, [[organisation:Holloway Lane Primary]])

        1. Summary
        Child [[name:R.D.]] ([[age:aged 9]], case ref [[case_reference:CIC-55012]]) was collected from
        [[organisation:Holloway Lane Primary]] on [[date:28/02]] by an {{uncle}} who was not on the approved collection
        list. {{School office}} checked the list on the {{MIS}} but the list was out of date - placement
        change in {{January}} never reached school.
        2. Discussion
        [[name:RP]] confirmed uncle is not a risk but contact is supervised only. [[name:Hope]] noted the {{PEP}}
        had the right list; MIS didn't.
        3. Actions
        - [[name:Mark]] to audit approved collectors for all {{CiC}} at [[organisation:Holloway Lane]] by [[date:15/03]].
        - VS to add "collection arrangements" to PEP checklist.
    """)),
    ("social_care", "near_miss", block("""
        [[[date:12/09/2023]], 07:51] [[name:Dani]] VS: morning!! quick one - is [[name:Oskar]] still on the {{bus list}} for [[organisation:Greyfriars Academy]]? {{carer}} says no bus turned up
        [[[date:12/09/2023]], 07:53] [[name:Lou]] Transport: checking
        [[[date:12/09/2023]], 07:58] [[name:Lou]] Transport: omg he was taken off when he moved to the [[address:Bramley Rd]] placement, nobody re-added him. he's [[age:11]], can't walk it
        [[[date:12/09/2023]], 08:02] [[name:Dani]] VS: {{carer}} can't drive him, she's got the {{baby}}. can u get a {{taxi}}??
        [[[date:12/09/2023]], 08:05] [[name:Lou]] Transport: booked, [[organisation:Ace Taxis]], 08:20 pick up, driver is [[name:Nadeem]], reg [[vehicle_registration:YK68 PTU]]
        [[[date:12/09/2023]], 08:41] [[name:Dani]] VS: he's in 👍 registered before the {{bell}} so no {{absence mark}}
        [[[date:12/09/2023]], 08:42] [[name:Dani]] VS: will put a {{near miss}} in, this cd have been a missing day
    """)),
    ("social_care", "success", prose("""
        Learning report - positive practice. In the {{summer term}} our {{education caseworker}},
        [[name:Sadia Chaudhry]], identified that [[name:Ellis Whitlock]], a [[age:16-year-old]] in a
        {{residential placement}} at [[organisation:Oakhurst House]], had been predicted to miss his college
        offer because his {{GCSE}} maths entry had been withdrawn by the previous school. Rather than
        accept the withdrawal, [[name:Sadia]] contacted the {{exams officer}} at [[organisation:Penmore School]] on
        [[date:4 May]], established that late entry was still possible with a fee, and secured
        {{Pupil Premium Plus}} funding for the fee and six hours of tutoring. [[name:Ellis]] sat the paper,
        achieved a grade 4, and started his {{level 2}} plumbing course at [[organisation:Northvale College]] in
        {{September}}, with his bursary paid once his National Insurance number
        ([[ni_number:JT 48 27 91 C]]) came through. What worked: persistence, knowing the exam board
        deadlines, and a direct line to the school's {{exams officer}} rather than relying on the {{PEP}}
        cycle. We will share this at the next {{designated teacher}} network meeting.
    """)),
    ("social_care", "incident", block("""
        VS weekly attendance exceptions - wk commencing [[date:15 Jan]]
        | Child | Ref | School | Days missed | Reason logged | Flag |
        |---|---|---|---|---|---|
        | [[name:Zainab Hussein]] | [[case_reference:CIC-48830]] | [[organisation:Westmere High]] | 3 | "unwell" | carer unaware |
        | [[name:Rory]] (aka [[name:Roo]]) [[name:Callaghan]] | [[case_reference:CIC-51207]] | [[organisation:Saltmarsh Primary]] | 2 | {{contact}} overran | ok |
        | [[name:Ngozi Eze]] | [[case_reference:CIC-47719]] | [[organisation:Westmere High]] | 5 | none | {{ESCALATE}} |
        Note: [[name:Zainab]]'s 3 days were authorised by school on a phone call from someone saying they
        were her {{mum}}. Mum has no {{PR}} and no {{contact order}} in place. {{Carer}} did not call. {{DSL}} at
        [[organisation:Westmere]] notified, {{police}} informed [[date:17/01]]. Incident logged under [[case_reference:CIC-48830]].
        [[name:Ngozi]] - {{SW}} chasing.
        -- entered by [[name:pat.o]] ({{VS data officer}})
    """)),
    ("social_care", "near_miss", block("""
        Handover - Fri pm to Mon am ({{duty ed caseworker}})
        - [[name:Jamal Osei-Bonsu]] ({{Y8}}, [[organisation:Kingsbarrow Academy]]): school rang 15:50, {{carer}} Mrs [[name:Rose Linley]]
          says [[name:J]] has been saying he's going to "sort out" a boy who posted about his {{mum}} online.
          School's {{DSL}} Ms [[name:Abbey]] is aware. Didn't meet threshold for {{MASH}}, but {{SW}} [[name:Colm Daly]] is
          aware and visiting Sat. {{NEAR MISS}} really - info came to us first not to SW, cos school had
          the old SW's number.
        - Updated SW contact on school's record: [[name:Colm]] [[phone:07700 900 584]].
        - [[name:Lucy-May]] ({{Y3}}): PEP moved to [[date:22/11]], {{carer}} fine.
        - nothing else urgent. {{CP meeting}} for other child Mon 10am, [[name:Will]] covering.
        - from: [[name:Asha]]
    """)),
    ("social_care", "success", block("""
        #vs-wins
        @[[name:tendai.m]]: little win - [[name:Kyra]] ({{yr 10}}) attended 100% this {{half term}} for the first time
        since coming into care!! 🎉 her {{DT}} at [[organisation:Foxley Park School]] sorted a {{key adult}} + a
        {{quiet base}} at lunch, and the {{PP+}} paid for her boxing club
        @[[name:ollie_vs]]: that's brilliant, pls add to her {{PEP}} as a strength + tell her {{IRO}}
        @[[name:tendai.m]]: done. {{carer}} [[name:Bernadette]] cried on the phone lol
    """)),
    ("social_care", "incident", prose("""
        Incident narrative. On [[date:Tuesday 5 March]] at approximately 13:20, a letter intended for the
        {{designated teacher}} at [[organisation:Brackenridge Junior School]], containing the
        {{personal education plan}} and the social work chronology for a {{looked-after child}},
        [[name:Ibrahim Saleh]] (date of birth [[date_of_birth:30 June 2015]]), was posted to
        [[organisation:Brackenridge Infant School]], a separate school on an adjoining site. The
        {{infant school}}'s {{business manager}}, Mrs [[name:Okonkwo]], opened it, recognised the error and
        telephoned the {{virtual school}} office on [[phone:01632 960 771]]. The letter was collected by hand
        the same afternoon by {{education caseworker}} [[name:Tobias Fenn]]. The chronology contained details
        of [[name:Ibrahim]]'s {{birth father}}, including his address at [[address:14 Lantern Court, Cressfield]]
        [[postcode:HF2 9NX]]. The {{data protection officer}} has been informed (DP breach ref
        [[case_reference:DPB-2024-0312]]) and the {{ICO}} threshold assessment is pending. Learning: we will no
        longer send chronologies with {{PEPs}}, and all post will use the full school name and {{DfE}} number.
    """)),
    ("social_care", "near_miss", block("""
        nm - nearly sent [[name:mia]]'s {{PEP}} link to the wrong carer. 2 {{carers}} both called [[name:sarah]]
        ([[name:sarah b]] and [[name:sarah t-w]]) and {{outlook}} autofilled. caught it bc the {{preview}} showed the
        wrong child in the {{subject line}}. [[email:sarah.tw@kinfoster.co.uk]] is right one for [[name:mia]], the
        other one is [[email:sarahb.fc@kinfoster.co.uk]]. suggest we save carers by child name not first
        name. also the {{portal}} link doesn't expire, thats a prob
    """)),
    ("social_care", "success", block("""
        {{Designated Teacher Network}} - note of good practice item
        Date: [[date:11 October]]   Attendees: [[name:F. Adeyemi-Clarke]] ({{VSH}}), [[name:Gwyneth Rees-Pritchard]],
        [[name:Olu Adebayo]], [[name:Marguerite Lafleur]], [[name:Bill Tranter]], [[name:Sunita Ghosh]]
        Apologies: [[name:Hamish]] ([[organisation:Elmworth]]), [[name:Kasia N.]]
        Item 3 - [[name:Bill Tranter]] ([[organisation:Coldharbour Academy]]) presented on their "first 5 days"
        welcome for children arriving mid-year from another authority: {{attachment-aware}} {{mentor}},
        {{named adult}}, photos of the building sent to the {{carer}} beforehand, and a same-week {{PEP}}.
        Three {{CiC}} joined this way since {{Easter}} and none has had a suspension. [[name:Olu]] asked whether
        it works for {{Year 11}} - [[name:Bill]] said yes but exam entries need checking on day one.
        {{VSH}} to circulate [[name:Bill]]'s slides.
    """)),
    ("social_care", "incident", block("""
        Subject: RE: Incident - {{PEP}} meeting, {{interpreter}} not booked
        From: [[name:Yusuf Demir]]
        Sent: [[date:19 April 2024]] 11:03
        To: [[organisation:Harrowfield VS]] Admin

        [[name:Yusuf]] here from the {{UASC}} team. Writing this up as requested. [[name:Hamid]], [[age:15yo]], arrived
        from {{Afghanistan}} in Feb, speaks {{Dari}} + some {{Pashto}}. His initial PEP at [[organisation:Castlegate School]]
        on [[date:18/04]] went ahead with no interpreter - school thought {{VS}} booked, VS thought school
        had. School used a {{Year 9}} pupil who speaks {{Farsi}} to "help". [[name:Hamid]] was asked about his
        journey and his family in front of another child. He has since refused to go back to that
        meeting room.
        We've now booked a Dari interpreter via [[organisation:LanguageLine]] for the re-do on [[date:26 April]], and
        the {{social worker}} ([[name:Ines Carvalho]]) will attend.
        [[name:Yusuf Demir]]
        {{Senior Practitioner}}, UASC & Leaving Care
        M: [[phone:07700 900 236]]
    """)),
    ("social_care", "success", block("""
        VS Spring Term Learning Log (successes)            compiled by [[name:Nkechi]]
        Date       Worker          School                What went well
        [[date:08/01/24]]   [[name:A. Lindqvist]]    [[organisation:Ravensworth Primary]]   Got {{PP+}} for laptop before {{mocks}}
        [[date:22/01/24]]   [[name:Hope]]            [[organisation:Dunmore High]]          Stopped a {{managed move}} going ahead w/o {{PEP}}
        [[date:13/02/24]]   [[name:Tariq J]]         [[organisation:Ravensworth Primary]]   {{Carer}} trained to use the {{school app}}
        [[date:04/03/24]]   [[name:Bea O'Sullivan]]  [[organisation:Saint Aidan's CE]]      {{Reintegration}} after 6 wk absence, full time by wk 3
        Notes: [[organisation:Dunmore High]] case (ref [[case_reference:CIC-50391]]) reviewed at {{VS panel}} - good example
        of {{IRO}} + {{VS}} challenge together.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        {{DATIX}} WEB - Incident Form
        Incident ref: [[case_reference:W-114382]]
        Date/time: [[date:03/02/2024]] 02:15
        Location: {{Neonatal Unit}}, [[organisation:Calderbrook General]] - {{Nursery 2}}, {{cot 7}}
        Patient: Baby of [[name:Esme Lindgren]]   Hosp no: [[case_reference:CG7730415]]   NHS no: [[nhs_number:626 791 4887]]
        DOB: [[date_of_birth:21/01/2024]] ({{gestation}} 31+2)

        Description:
        Baby was given 12 ml of {{expressed breast milk}} labelled for the baby in cot 8 (Baby of
        [[name:Thandiwe Ndlovu]], [[case_reference:CG7730488]]). Bottles were stored in the same {{fridge}} tray.
        {{Two-person check}} not done as the second nurse was at a delivery. Error identified by the day
        nurse at 07:30 on checking the feed chart.

        Immediate actions: {{registrar}} informed. Mother of cot 8 consented to {{viral screening}} bloods.
        {{Duty of Candour}} conversation held with both families by Dr [[name:Haverford]] on [[date:03/02]].
        Reported by: [[name:Sunny Tran]], {{Staff Nurse Band 5}}
    """)),
    ("health", "near_miss", block("""
        near miss {{nicu}} nights - nearly gave 10x {{morphine}} {{infusion}}. prescribed 10 micrograms/kg/hr,
        {{pharmacy}} sheet for the {{syringe}} made up at the wrong strength (10mg in 50ml vs 1mg in 50).
        me + [[name:faye]] did the {{2 checker}} and [[name:faye]] spotted it. baby ({{cot 3}}, hosp no [[case_reference:CG7741106]])
        not given anything. {{reg}} dr [[name:osei]] aware. prob bc the new {{e-prescribing system}} defaults to
        adult conc?? pls look at it. {{datix}} done [[case_reference:W-114509]]. ta, [[name:kirsty]]
    """)),
    ("health", "success", block("""
        {{GREATix}} - excellence reporting
        To: [[name:Ama Boateng]] ({{ANNP}})
        From: [[name:Lorraine Fitzgerald-Kerr]], {{Neonatal Matron}}

        [[name:Ama]], I want to recognise your work on the night of [[date:14 December]]. When the
        {{transport team}} were delayed by two hours, you stabilised a 26-weeker in {{Resus Bay 1}} on your own
        with only the {{SHO}}, got {{surfactant}} in via {{LISA}}, and kept the parents updated every 20
        minutes. {{Mum}} wrote to us afterwards that she "never once felt forgotten". You also noticed the
        {{UVC}} was high on the {{X-ray}} and pulled it back before anything was infused. The baby went to
        [[organisation:Linwood Hospital]] {{NICU}} stable.

        Thank you - this is what great neonatal care looks like.
        [[name:Lorraine]]
    """)),
    ("health", "incident", block("""
        Timeline - baby [[name:Olamide Bakare]] (NHS [[nhs_number:640 335 2237]], [[case_reference:CG7729981]]), ex-29/40, {{Nursery 1}}
        [[date:Tues 6th Feb]]
        14:00 Mottled on cares, temp 37.9. {{HCA}} [[name:Carol]] told {{nurse in charge}} [[name:Joy]].
        14:20 [[name:Joy]] reviewed - {{CRT}} 3 s. Plan obs in 1 hr. No call to {{medics}}.
        15:30 HR 195, more desats. [[name:Joy]] bleeped {{SHO}} (Dr [[name:Iqbal]]) - no answer (in {{labour ward}}).
        15:50 Bleeped {{reg}} Dr [[name:Van der Merwe]]; attended 16:05.
        16:15 Cultures, {{cefotaxime}} + {{vanc}} given. {{Sepsis 6}} started 1 hr 55 after first concern.
        Outcome: blood culture grew {{CoNS}}; recovered.
        Learning: no neonatal early warning trigger in place; bleep to SHO covering both areas.
        Incident [[case_reference:W-114288]].
        Written up by: [[name:Gabriela Ionescu]], {{Practice Educator}}
    """)),
    ("health", "near_miss", block("""
        [Teams] {{NNU}} Nights chat - [[date:19/03]]
        [[name:Rosie Adjei]] 03:12: anyone else had the {{label printer}} do this?? printed {{twin 2}} labels when I selected twin 1
        [[name:Rosie Adjei]] 03:12: the [[name:Kaur]] twins, {{cots 11 + 12}}
        [[name:Dev P]] 03:14: yep it did it to me last wk. did u send them?
        [[name:Rosie Adjei]] 03:15: no caught it when checking vs the {{name band}}, Twin 1 is [[case_reference:CG7750021]] and the labels said [[case_reference:CG7750022]]
        [[name:Dev P]] 03:16: phew. put a {{datix}} in, it's the new {{printer software}}. {{blood transfusion lab}} wld have rejected it anyway hopefully
        [[name:Rosie Adjei]] 03:20: done [[case_reference:W-114611]]. also told Sister [[name:Achebe]]
    """)),
    ("health", "success", prose("""
        Learning from excellence. On [[date:2 April 2024]] the {{neonatal unit}} at
        [[organisation:Calderbrook General Hospital]] received a 24-week infant, Baby [[name:Rehman]] (hospital
        number [[case_reference:CG7752290]]), born unexpectedly in the {{emergency department}} at 01:40.
        {{Staff nurse}} [[name:Sean Mulvaney]] and {{registrar}} Dr [[name:Kalinda Rao]] attended with the neonatal
        {{resuscitaire}}. Despite the unfamiliar setting they maintained normothermia using a
        {{polythene bag}} and a {{transwarmer mattress}}, and the admission temperature was 36.8 °C. Cord
        clamping was deferred for 60 seconds in line with the {{BAPM}} framework. [[name:Kalinda]] led a brief
        debrief in {{A&E}} with the {{ED}} team afterwards, and [[name:Sean]] has since written a one-page "neonate
        in ED" grab sheet, now stocked in the ED {{resus room}}. The parents, Mr and Mrs [[name:Rehman]], have
        consented to this being shared.
    """)),
    ("health", "incident", block("""
        {{SBAR}} handover - {{NNU}} day to night, Nursery 3 ({{HDU}})
        S: cot 14, Baby [[name:Grace Oduya]], hosp no [[case_reference:CG7748812]], NHS [[nhs_number:941 384 8300]]. {{Extravasation injury}}
        R foot from {{long line}} site, noticed 17:10.
        B: 30/40, {{PN}} + {{lipid}} via peripheral long line sited by {{ANNP}} [[name:Tomás]] on Mon. {{Pump}} alarmed x3
        today, silenced & restarted without site check (me - [[name:Niamh]]).
        A: foot pale/swollen, blistering over dorsum. {{Plastics reg}} (Dr [[name:Ferreira-Lopes]]) reviewed 18:30,
        {{hyaluronidase}} + {{saline washout}} done.
        R: 1-hrly site checks + photo, plastics r/v am, parents ([[name:Nadia]] & [[name:Kwame]]) aware, upset. Datix
        [[case_reference:W-114702]] done, {{Duty of Candour}} to follow w/ {{consultant}}.
    """)),
    ("health", "near_miss", block("""
        From: {{Pharmacy Neonatal}} <[[email:nnu.pharmacy@calderbrook.nhs.uk]]>
        To: {{Neonatal Band 6}} list; Dr [[name:Amara Nwachukwu]]
        Date: [[date:08 May 2024]]
        Subject: Near miss - {{caffeine citrate}} loading dose

        Dear all,
        Last night a loading dose of caffeine citrate was prescribed as 20 mg/kg {{caffeine BASE}} rather
        than caffeine citrate for baby in {{cot 5}} ([[case_reference:CG7755143]]). The nurse preparing it, [[name:Paulina]],
        queried it with the {{on-call pharmacist}} (me) before drawing up - would have been a 2x overdose.
        Prescriber was a {{locum SHO}} new to the unit.
        Please remember the unit guideline uses the citrate salt throughout and {{BNFc}} dosing is citrate.
        I've asked the {{e-prescribing team}} to remove the "base" option.
        Thanks [[name:Paulina]] for speaking up.
        [[name:Mihail Popescu]]
        {{Lead Neonatal Pharmacist}} | [[phone:01632 960 552]]
    """)),
    ("health", "incident", block("""
        {{Neonatal Governance}} - {{PSII}} scoping meeting
        Date: [[date:22/05/2024]]
        Attendance: Dr [[name:Felicity Ambrose]] ({{Clinical Director}}), [[name:Hollie Kerr]] ({{Matron}}),
        Dr [[name:Babatunde Ajayi]] ({{Consultant}}), [[name:Wiktoria Szymańska]] ({{Patient Safety Lead}}), [[name:PK]] (notes)
        Apologies: [[name:Patience Mwale]] ({{Lead Nurse}}), Dr [[name:Ravi Subramanian]]

        Incident [[case_reference:W-114390]]: baby [[name:Theo Marsh-Whitaker]] ([[case_reference:CG7731177]]) transferred to
        [[organisation:Linwood Hospital]] for surgical review on [[date:11/05]]. {{Transport incubator}} {{gas cylinder}} ran out
        40 min into transfer; crew switched to {{ambulance}} piped {{O2}}. No desaturation recorded.
        Cylinder was not checked/refilled after previous run.
        Agreed: not a PSII - learning response via {{AAR}} led by [[name:Hollie]] with the regional
        {{transport team}}. [[name:Felicity]] to write to the ambulance trust re O2 connector compatibility.
    """)),
    ("health", "success", block("""
        NNU Shout-outs 💛
        [[name:Becca L]]: shout out to [[name:Mo]] on the {{night shift}} [[date:23/06]] - spotted that the new family in
        {{cot 2}} were sleeping in the car so got them a room at [[organisation:Ronald Wren House]] and sorted the
        {{parking permit}}. {{dad}} said it's the first time he's slept in 4 days
        [[name:Amani]]: yes [[name:Mo]]!! also he did the {{kangaroo care}} with the 27-weeker's {{mum}} for the first
        time, she was in tears (happy ones)
        [[name:Becca L]]: 👏👏 nominated for the {{Trust star award}}
    """)),
    ("health", "incident", block("""
        Admission temp audit - exceptions ({{Jan}}) - for {{Datix}} [[case_reference:W-114250]]
        | Date | Baby | Hosp no | {{GA}} | Admit temp | Issue |
        |---|---|---|---|---|---|
        | [[date:04/01]] | Baby [[name:Farah]] | [[case_reference:CG7726610]] | 28+1 | 35.4 | {{transwarmer}} not activated |
        | [[date:09/01]] | Baby [[name:Jovanovic]] | [[case_reference:CG7726988]] | 33+0 | 35.9 | delay in {{theatre}}, no hat |
        | [[date:27/01]] | Baby [[name:Wright-Okoro]] | [[case_reference:CG7727845]] | 25+6 | 34.8 | bag removed for {{UVC}} in {{delivery room}} |
        Comment: 34.8 is moderate hypothermia per {{WHO}}. Baby [[name:Wright-Okoro]] had {{IVH grade 3}} on day 3
        scan - link not established. {{Thermoregulation bundle}} re-launch owned by [[name:Roxanne]] ({{PDN}}).
    """)),
    ("health", "near_miss", prose("""
        On the afternoon of [[date:14 June]] a baby, [[name:Eliana Costa]] (NHS number
        [[nhs_number:442 517 2485]]), was prepared for discharge home from the {{Transitional Care}} area of
        the {{neonatal unit}}. The {{discharge checklist}} was completed by the nurse, [[name:Patricia]]
        "[[name:Pat]]" [[name:Olawale]], who noticed that the electronic record carried an alert added by the
        hospital {{safeguarding team}} two days earlier: a pre-birth {{child protection plan}} was in place
        and discharge required a {{strategy discussion}} with {{children's social care}}. The alert had not
        been handed over verbally and was not on the {{cot card}}. [[name:Pat]] paused the discharge and
        contacted the {{safeguarding midwife}}, [[name:Rania Haddad]], who confirmed that the
        {{social worker}}, Mr [[name:Brennan]] from [[organisation:Harrowfield County Council]], needed to attend.
        Discharge went ahead safely on [[date:16 June]] with the agreed plan. Learning: safeguarding alerts
        should be part of the daily {{safety huddle}} and printed on the cot card. Incident ref
        [[case_reference:W-114655]].
    """)),
    ("health", "incident", block("""
        {{unplanned extubation}} {{cot 9}} approx 1140 ish. {{x-ray}} came to do film, moved baby + tube pulled as
        the {{ventilator tubing}} was caught on {{incubator porthole}}. {{sats}} dropped to 40s, bagged by me +
        {{ANNP}} ([[name:sian]]) and reintubated by dr [[name:mensah-bonsu]] 1st attempt {{3.0 tube}}. baby ok now, {{gas}} ok.
        baby is hosp no [[case_reference:CG7739051]] - {{datix}} [[case_reference:W-114570]] done. think we need 2 ppl for every film
        on a ventilated baby not just the {{radiographer}} + 1. also tube tape was loose from am cares.
        -- [[name:tash]] ({{staff nurse}})
    """)),
    ("health", "success", block("""
        Card from parents received [[date:30/07]], transcribed for the {{learning board}}:

        "To everyone on {{Bluebell Nursery}}, especially [[name:Mark]], [[name:Ifeoma]], Sister [[name:Kowalski]] and
        Dr [[name:Hargreaves-Moyo]],
        Our little [[name:Rafi]] came to you at 27 weeks weighing 890g and went home on [[date:19 July]] weighing
        2.3 kg. [[name:Mark]] taught [[name:Zeynep]] how to do his {{tube feeds}} and never once made us feel stupid.
        [[name:Ifeoma]] sang to him on {{night shifts}}. Thank you for giving us our boy.
        Love, [[name:Zeynep]], [[name:Emre]] & {{big sister}} [[name:Defne]] ([[age:aged 4]])"

        Shared with permission - [[name:Becky Lowther]], {{Family Integrated Care lead}}
    """)),
    ("health", "near_miss", block("""
        Near miss - incorrect infusion rate, {{dopamine}}
        Ref [[case_reference:W-114720]] | {{Nursery 1}} | baby [[name:Antoine Beaulieu]], [[case_reference:CG7758304]], NHS [[nhs_number:243 098 0487]]
        [[date:Sat 10 Aug]]
        21:00 Dopamine started 5 mcg/kg/min. Rate 0.3 ml/hr per chart.
        21:05 {{Pump}} programmed by [[name:Bukola]]; second check by [[name:Marcus]] ({{agency}}, first shift on unit).
        23:10 [[name:Nightingale]] ({{nurse in charge}}) doing rounds saw pump at 3.0 ml/hr. {{BP}} 58/32 - higher
        than target.
        23:12 Stopped, rate corrected, {{reg}} (Dr [[name:Sato]]) informed. BP settled over 30 mins.
        Contributing: pumps on the unit have no {{drug library}} for dopamine; agency staff not given
        {{pump training}}; {{independent double check}} done "side by side" not independently.
    """)),
    ("health", "incident", block("""
        From: {{Security Control}}, [[organisation:Calderbrook General]] <[[email:security.control@calderbrook.nhs.uk]]>
        To: {{NNU Ward Manager}}
        Sent: [[date:02 September 2024]] 09:14
        Subject: Incident [[case_reference:SEC-24-0877]] - {{tailgating}} into {{Neonatal Unit}}

        At 01:52 on [[date:01/09/2024]] a male (later identified as [[name:Jordan Pike]], ex-partner of a mother on
        the unit) tailgated a member of staff through the {{NNU}} main door. He was challenged by {{HCA}}
        [[name:Florin Dumitru]] at the {{nursery entrance}} and left. The mother, whose baby has an active
        {{CP plan}}, was moved to a {{side room}}. {{Police}} attended at 02:30 (log ref
        [[case_reference:0147-01092024]]). The swipe door was found to be slow closing after the maintenance
        visit on [[date:29 August]]. {{Estates}} have adjusted the closer. {{CCTV}} retained.
        Please ensure all staff are reminded not to hold the door.
        Regards
        [[name:Gary Whitworth]]
        {{Security Supervisor}}
        Tel: [[phone:01632 960 903]]
    """)),
    ("health", "success", block("""
        LEARNING FROM EXCELLENCE - submission form
        Nominee(s): [[name:Faith Ekwueme]] ({{Neonatal Outreach Nurse}}); [[name:Will Davenport]] ({{Community Paediatrician}})
        Nominated by: [[name:Callum McBride]], {{Band 7}}
        Date of event: [[date:12/09/2024]]
        Patient ref: [[case_reference:CG7760018]]
        Address visited: [[address:Flat 6, Tanner's Yard, Moorgate Lane, Cressfield]] [[postcode:HF2 4DL]]
        What happened: On a routine {{home visit}} [[name:Faith]] noticed the baby (ex-32 weeker, home on
        {{oxygen}}) was prescribed 0.5 l/min but the {{concentrator}} display read 0.1 because of kinked
        {{tubing}}. {{Sats}} were 86%. She corrected it, called [[name:Will]] who came out the same afternoon,
        and arranged an engineer from [[organisation:Airlinq Homecare]] for the next day. Parents said the
        {{low-flow alarm}} had never been explained. [[name:Faith]] has since added an alarm check to the
        {{outreach visit template}}.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        {{OCC}} Duty Log extract - [[organisation:Skylark Airways]] - [[date:14/01/2024]]
        05:40 [[flight_number:KY214]] ([[aircraft_registration:G-SKLD]], {{A320}}) crew report tech: {{pack 2}} fault on pre-flight. {{MCC}} ([[name:Ifeanyi]]) reviewing {{MEL}}.
        05:55 MEL 21-52-01 applied, dispatch OK with altitude restriction {{FL310}}. {{Dispatcher}} [[name:Hannah Sørensen]] re-ran {{OFP}}.
        06:20 [[flight_number:KY214]] off blocks.
        06:48 Crew {{ACARS}}: "OFP fuel doesn't match, planned at FL370". Old OFP had been sent to {{EFB}} - new one saved but not released.
        06:50 {{DOM}} (me) contacted crew via {{ATC}} relay/ACARS, confirmed fuel sufficient for FL310 with reserves, min div fuel OK.
        07:30 [[flight_number:KY214]] landed, 900 kg above final reserve.
        Reported as {{MOR}}. Internal ref [[case_reference:OCC-24-0031]]. - [[name:Ravi Chandrasekhar]], {{Duty Ops Manager}}
    """)),
    ("aviation", "near_miss", block("""
        RT transcript (extract) - {{company frequency}}, [[date:22 Feb]], approx 17:12Z
        {{OPS}}: [[flight_number:Skylark 5-5-7]], [[organisation:Skylark]] Ops, go ahead.
        [[flight_number:KY557]]: Ops, [[flight_number:Skylark 557]], we've just been told by the {{handling agent}} the {{pax}} count on the
        {{loadsheet}} is 168 but we boarded 174. Request you hold the final loadsheet.
        OPS: Copy, holding. Confirm you have six infants not on the sheet?
        [[flight_number:KY557]]: Negative, it's a group of six adults added late at the desk, they've been checked in
        but the {{DCS}} didn't push to {{load control}}.
        OPS: Understood, load control are re-running now, new loadsheet in five minutes, do not push.
        [[flight_number:KY557]]: {{Wilco}}.
        [Note by {{load controller}} [[name:Agnieszka Wróbel]]: had the crew accepted the first loadsheet the
        {{take-off weight}} would have been understated by around 500 kg. DCS interface fault logged with
        [[organisation:Avantix Systems]], ticket [[case_reference:AVX-778213]]. Aircraft [[aircraft_registration:G-SKLH]] departed 17:31Z.]
    """)),
    ("aviation", "success", block("""
        #occ-kudos
        @[[name:sunny.d]]: big thanks to [[name:Jonah]] in {{crew control}} last night 🙏 when the snow closed the {{base}} he
        re-rostered 4 crews inside {{FTL}} limits, found hotel rooms for 22 crew at the
        [[organisation:Marlowe Airport Hotel]] and still got the {{first wave}} out on time this morning
        @[[name:maria.fz]]: +1, he also spotted that {{FO}} [[name:Kapoor]] was going to bust her 13-hr {{FDP}} on the
        [[flight_number:KY902]] {{rotation}} before anyone else did
        @[[name:sunny.d]]: nominating for the {{Q1}} {{OCC}} award
    """)),
    ("aviation", "incident", block("""
        From: {{Maintenance Control}} <[[email:mcc@skylarkairways.co.uk]]>
        To: {{OCC Duty Manager}}; {{Safety Office}}
        Date: [[date:3 March 2024]] 22:48
        Subject: Incident - aircraft dispatched with expired deferred defect ([[aircraft_registration:G-SKLB]])

        All,
        [[aircraft_registration:G-SKLB]] operated [[flight_number:KY631]] and [[flight_number:KY632]] today with {{ADD}} ref [[case_reference:DD-2024-0419]]
        ({{cabin PA}} inop in rear zone) having expired at 23:59 on [[date:2 March]]. The extension request was
        sent to the {{CAMO}} but never actioned, and the {{MIS}} status screen in the {{OCC}} still showed it
        green because the expiry field had been entered as [[date:2 April]]. Aircraft now grounded at
        {{base}} pending rectification, [[flight_number:KY633]] cancelled, {{pax}} reaccommodated on the
        [[organisation:Bluewater Air]] service.
        {{MOR}} will be filed within 72 hrs. Requested: OCC to stop relying on the status screen colour alone.
        Regards,
        [[name:Kofi Mensah-Attah]]
        {{MCC Controller}}, night shift
        [[phone:07700 900 471]]
    """)),
    ("aviation", "near_miss", block("""
        nm - nearly released [[flight_number:KY418]] w/o the {{notam}} for the runway closure at destination. {{runway 27}}
        closed 1400-1600 for works, only 09 avail with {{tailwind}}. {{dispatcher}} ([[name:chloe]]) had filtered
        {{notams}} by '{{aerodrome}}' and the closure was filed under '{{movement area}}'. {{captain}} asked about it
        on the phone, caught before {{ofp}} release. re-planned w/ extra fuel, new {{eta}}. pls fix the
        filter default!! - [[name:gav]], {{OCC}} nights
    """)),
    ("aviation", "success", prose("""
        Positive occurrence report. On [[date:18 April 2024]] at 09:26 {{UTC}}, the crew of
        [[flight_number:KY771]] ({{ATR 72-600}}, [[aircraft_registration:G-SKLT]]) reported a passenger in
        {{row 14}} with {{chest pain}} shortly after departure. The {{ops controller}} on duty,
        [[name:Deepika Raman]], immediately conference-called the crew with our
        {{remote medical provider}}, [[organisation:MedLink Air Assist]], and in parallel asked the
        {{duty dispatcher}}, [[name:Ewan Sinclair]], to check diversion options. Within six minutes the crew
        had a recommended diversion, a fuel and performance check and confirmation that an {{ambulance}}
        and {{handling}} would meet the aircraft. The passenger, a [[age:61-year-old]] man, was handed to
        {{paramedics}} and has since made a full recovery. The replacement crew position plan was issued
        by {{crew control}} before the diverted aircraft landed. This is a good example of parallel
        working and use of the {{OCC medical checklist}}.
    """)),
    ("aviation", "incident", block("""
        {{CTOT}} / slot compliance exceptions - w/c [[date:06 May]] - [[organisation:Skylark]] OCC
        Flight   Reg      CTOT   {{ATOT}}   Dev   Controller   Notes
        [[flight_number:KY118]]    [[aircraft_registration:G-SKLF]]   0710   0729   +19   [[name:R. Okafor]]    slot missed, re-req not sent
        [[flight_number:KY305]]    [[aircraft_registration:G-SKLA]]   1145   1148   +3    [[name:Ilse]]         ok (within tolerance)
        [[flight_number:KY309]]    [[aircraft_registration:G-SKLA]]   1620   1652   +32   [[name:R. Okafor]]    {{Network Manager}} flagged, 2nd in 7 days
        [[flight_number:KY511]]    [[aircraft_registration:G-SKLN]]   1905   1909   +4    [[name:Mags]]         ok
        Summary: 2 non-compliances on [[name:R. Okafor]]'s shifts, both where the {{slot improvement request}}
        was not sent after a late {{tech}}. Not a competence issue - the {{SAM message}} alert sound was
        muted on {{desk 3}} after the {{IT update}}. Raised as incident [[case_reference:OCC-24-0212]].
        {{Eurocontrol}} letter received [[date:13/05]].
    """)),
    ("aviation", "near_miss", block("""
        [Teams - {{OCC}} Ops chat, [[date:27/05/2024]]]
        [[name:Leilani Akana]] 14:02: heads up, {{crew control}} just rostered Capt [[name:Haldane]] on [[flight_number:KY840]] tomorrow but his {{medical}} expires today per the {{crew system}}
        [[name:Dominik Nowak]] 14:04: ?? system didn't flag it
        [[name:Leilani Akana]] 14:05: it did but only as {{amber}}, the {{red}} only triggers on the day. if he'd not been spotted he'd have flown on an expired {{class 1}}
        [[name:Dominik Nowak]] 14:07: swapped him for Capt [[name:Ruth Abernethy-Bryce]]. told [[name:Haldane]], he's booked with the {{AME}} on the [[date:29th]]
        [[name:Leilani Akana]] 14:09: thx. i'll raise as a {{near miss}}, need the {{alert window}} changed to 14 days
    """)),
    ("aviation", "success", block("""
        Subject: Thank you - [[flight_number:KY266]] {{bird strike}} recovery
        From: Capt [[name:Oyelaran Durojaiye]]
        To: [[organisation:Skylark]] {{OCC}}

        Hi team,
        Just wanted to say thanks to whoever was on the desk on [[date:Saturday 8 June]] (I think [[name:Priya]] and
        [[name:Tomek]]?). After the {{bird strike}} on departure we returned with a damaged {{radome}} and 140 {{pax}}.
        Within 40 mins you'd found us a replacement aircraft, [[aircraft_registration:G-SKLP]], got {{MCC}} to sign it off,
        and rebooked the {{slot}}. Crew were still inside {{duty}}, and the {{engineers}} at the {{outstation}} said
        your paperwork was the clearest they'd seen.

        Best,
        [[name:Oyelaran]]
        {{Captain}}, {{A321}} fleet
    """)),
    ("aviation", "incident", block("""
        [[organisation:SKYLARK AIRWAYS]] - GROUND OCCURRENCE REPORT
        Report No: [[case_reference:GOR-2024-0588]]
        Date: [[date:11/06/2024]]        Time: 06:15 {{LT}}
        Flight: [[flight_number:KY120]]            A/C reg: [[aircraft_registration:G-SKLD]]     Type: {{A320ceo}}
        {{Stand}}: 42
        Reporter: [[name:Siddharth]] "[[name:Sid]]" [[name:Venkataraman]], {{Ops Controller}}
        Contact: [[email:s.venkataraman@skylarkairways.co.uk]] / [[phone:07700 900 118]]
        Description:
        Fuel uplift order sent by {{OCC}} was in litres but the {{fuel supplier}}'s {{truck}} (reg [[vehicle_registration:KX21 RFD]])
        metered in kg. Uplift was 4,200 kg short of plan. Discrepancy noticed by the {{FO}} during the fuel
        check on the {{EFB}} and flight delayed 35 min for additional fuel. No safety outcome. Supplier
        ([[organisation:Northfuel Aviation]]) confirmed their driver, [[name:Brian Kitto]], has been re-briefed.
        Actions: {{OCC fuel order template}} to show units in bold.
    """)),
    ("aviation", "near_miss", block("""
        {{OCC}} shift handover - Day -> Night, [[date:Sun 16 Jun]]
        {{Duty Ops Mgr}} out: [[name:Bernadette Quigley]]   in: [[name:Arjun]] ([[name:AK]])
        - [[flight_number:KY702]] [[aircraft_registration:G-SKLR]]: {{AOG}} at the {{outstation}}, {{hyd leak}}. Spare parts on [[flight_number:KY704]] tonight.
          {{Engineer}} [[name:Rob P]] travelling with them.
        - {{NEAR MISS}}: [[flight_number:KY710]] crew were about to be positioned on a [[organisation:Bluewater Air]] flight as
          passengers with a 02:30 report for [[flight_number:KY712]] - would have given them only 9h rest vs 10h min.
          Spotted by [[name:Ayşe]] in {{crew control}} at 17:40, positioning moved to earlier service.
        - {{WX}}: {{TS}} forecast 18-22Z, {{SIGMET}} active, expect reroutes.
        - {{MOR}} from Fri (pax unruly, [[flight_number:KY455]]) still needs the {{CSR}} narrative - [[name:AK]] pls chase
          {{cabin crew manager}}.
        - Phones: {{duty mobile}} [[phone:07700 900 929]] on charge.
    """)),
    ("aviation", "success", block("""
        {{OCC Safety Review}} - minutes
        Date: [[date:02/07/2024]]
        Present: [[name:Jasmine Al-Farsi]] ({{Head of OCC}}, {{chair}}), [[name:Callum Rennie]] ({{Flight Safety}}),
        [[name:Tobi Adewale]] ({{Crew Control Mgr}}), [[name:Rose Penhaligon]] ({{Dispatch Lead}})
        Apologies: Capt [[name:Lars Henriksen]] ({{Chief Pilot}})
        Item 2 - Good catch: {{volcanic ash}}
        On [[date:24/06]] [[name:Rose]]'s dispatch team noticed a {{VAAC}} advisory 40 mins before the {{OFP}} for
        [[flight_number:KY390]] was due. The planned route crossed the forecast ash area. [[name:Rose]] re-routed and
        informed the {{CAA}}-required contacts; {{ATC}} confirmed the new route. {{Commander}} of [[flight_number:KY390]]
        (Capt [[name:Mirela Dobre]]) thanked OCC in her {{ASR}} comments.
        Action: [[name:Callum]] to add VAAC check to dispatch checklist. [[name:Tobi]] - none.
    """)),
    ("aviation", "incident", block("""
        [[[date:05/08/2024]], 04:12] [[name:Marco]] OCC: anyone reach the crew for [[flight_number:KY601]]? {{report time}} was 04:00, nobody checked in
        [[[date:05/08/2024]], 04:15] [[name:Fiona]] Crew Ctrl: {{FO}} [[name:Nikhil Bose]] answered, he's en route. Capt [[name:Eleanor]] "[[name:Nell]]" [[name:Whitcombe]] not answering, {{hotel}} says she checked out yday??
        [[[date:05/08/2024]], 04:21] [[name:Marco]] OCC: pls call {{standby capt}}
        [[[date:05/08/2024]], 04:33] [[name:Fiona]] Crew Ctrl: standby capt [[name:Jean-Baptiste Aubert]] called out, 50 min to {{base}}
        [[[date:05/08/2024]], 05:02] [[name:Fiona]] Crew Ctrl: found it - [[name:Nell]] was swapped to a later {{pattern}} on [[date:02/08]] via the {{crew app}} but the {{roster change}} never synced to the hotel booking or our {{ops view}}. she's fine, at home
        [[[date:05/08/2024]], 05:45] [[name:Marco]] OCC: [[flight_number:KY601]] {{off blocks}} 05:41, 81 min delay. will log it, ref [[case_reference:OCC-24-0388]]
    """)),
    ("aviation", "near_miss", prose("""
        Near-miss narrative. During the evening of [[date:21 August]], flight [[flight_number:KY834]]
        ({{Embraer 195}}, [[aircraft_registration:G-SKLW]]) was planned to an {{alternate}} that had published a
        fire cover downgrade to {{RFFS category 5}} by {{NOTAM}}. The {{Embraer 195}} requires category 6 for
        a planned alternate, although temporary downgrades are allowed for some operations. The
        {{dispatcher}} on shift, [[name:Kwabena Asante-Darko]], had completed the alternate check against an
        {{airport database}} that had not been updated since the previous {{AIRAC cycle}}. The error was
        found when the {{commander}}, Captain [[name:Joanna Leszczyńska]], queried the RFFS category during
        her {{pre-flight briefing}} and called the {{OCC}} on the company phone. A new alternate was
        selected and the {{OFP}} re-issued before {{pushback}}. No regulatory breach occurred. The airport
        database provider, [[organisation:Meridian NavData Ltd]], has been asked why the update failed. Our
        reference [[case_reference:OCC-24-0451]]; reported to the {{CAA}} under the {{MOR}} scheme.
    """)),
    ("aviation", "incident", block("""
        Company frequency recording - [[date:13 Sep 2024]] - 20:47Z
        [[flight_number:KY488]]: [[organisation:Skylark]] Ops, [[flight_number:Skylark 488]].
        OPS: [[flight_number:Skylark 488]], Ops, pass your message.
        [[flight_number:KY488]]: We've got a disruptive passenger, {{seat 23C}}, male, restrained by {{cabin crew}}, he
        assaulted a {{CSM}}. {{Commander}} intends to divert, requesting {{police}} meet on arrival.
        OPS: Copy, [[flight_number:Skylark 488]]. {{Police}} will meet, stand to be advised. Do you need medical?
        [[flight_number:KY488]]: Crew member has a cut lip, {{first aid}} given, no further medical needed.
        OPS: Roger, ops will inform the {{station}} and security. Call sign remains [[flight_number:Skylark 488]].
        ---
        Post-event note ({{Duty Ops Mgr}}, [[name:Hamza Qureshi]]): aircraft [[aircraft_registration:G-SKLM]] diverted, police log
        ref [[case_reference:CAD-5531-130924]]. Passenger [[name:Dean Rourke]], DOB [[date_of_birth:04/11/1986]], arrested.
        Cabin crew member [[name:Maja Lindholm]] stood down for 72 h. {{Legal and Security}} informed for a
        {{banning notice}}.
    """)),
    ("aviation", "success", block("""
        Thank you note pinned on the {{OCC board}}:
        "To [[name:Hope]], [[name:Kieran]] & [[name:Mei-Ling]] on the {{night desk}} [[date:28/09]] - when the {{IT outage}} took down
        the {{crew tracking system}} you rebuilt the whole morning crew plan from the {{paper rosters}} and
        phone calls. Every one of the 14 {{first-wave}} departures (incl. [[flight_number:KY101]] & [[flight_number:KY105]]) went on
        time. Brilliant teamwork. - [[name:Stella]] ({{Head of OCC}})"
        Follow-up: {{IT}} confirmed root cause (failed {{database patch}}); {{BCP}} paper roster process
        worked as designed.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind303", REPORTS))
