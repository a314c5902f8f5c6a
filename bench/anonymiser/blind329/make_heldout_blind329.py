"""Held-out blind corpus 329: 50 invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
the anonymiser generalises to unseen settings and writing styles. Three settings:

- social_care (17): a child protection conference and Independent Reviewing Officer service
  (chairing conferences, minutes, core groups, looked-after children reviews);
- health (17): prison healthcare (reception screening, medication queues, mental health
  in-reach, segregation unit visits);
- aviation (16): an island air service flying small piston twins (short strips, beach
  landings, weather, ferry flights and hospital transfers).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports with handles, handover notes, minutes with attendance lists,
pipe-separated and aligned tables, radio transcripts, shout-outs and thank-you notes.

Every person, organisation, place and number is invented. Identifiers are marked
[[label:value]] and must-not-redact mentions {{term}} (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind329.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care (17)
    ("social_care", "incident", prose("""
        minutes from the {{ICPC}} for [[name:kayden]] ([[age:6]]) went out to dad at his old
        address [[address:14 Fenwick Row, Brackley Moor]] - mum had asked for dad not to get her
        new address bc of the {{non-mol}}. new addr was in the {{family composition}} bit of the
        minutes!! spotted by {{IRO}} ([[name:SB]]) next morning when dad rang {{duty}} to complain
        abt "lies" in the minutes and read the new street out to her. rang mum straight away,
        {{safety plan}} reviewed w {{police}} same day, {{IDVA}} informed, {{MARAC}} referral
        updated. {{business support}} say the template auto pulls from {{LCS}} and nobody checked
        it before sending. ref [[case_reference:CP-24-0871]]. pls can we stop the auto pull??
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Tuesday 9 April]] an {{Initial Child Protection Conference}} was arranged for
        the [[name:Ahmadzai]] children ([[name:Zarlasht]], [[age:11]]; [[name:Farid]], [[age:8]];
        and [[name:Maryam]], [[age:aged 4]]). Their mother's first language is {{Dari}} and the
        referral clearly recorded that an interpreter was required. The booking was sent to
        [[organisation:Langbridge Language Services]] but logged on their system as {{Pashto}}.
        At the {{pre-meeting}} the {{Chair}} asked the interpreter to introduce herself to
        Mrs [[name:Ahmadzai]] and it became clear she did not speak Dari. The conference was
        paused for forty minutes while a telephone interpreter was found through
        [[organisation:Voxline]]. Mrs [[name:Ahmadzai]] said afterwards she would not have
        understood the {{categories of harm}} or the {{child protection plan}} without this.
        The {{IRO}} has added a language check to the {{pre-conference checklist}} and no
        decision was made that the mother did not understand. Logged as
        [[case_reference:QA/0412]].
    """)),
    ("social_care", "success", block("""
        From: [[name:Hope Nwachukwu]] <[[email:hope.nwachukwu@tarrow.gov.uk]]>
        To: {{Safeguarding Unit}} - {{IRO}} team
        Subject: thank you - core group for the [[name:B]] children
        Date: [[date:Fri 17 May]]

        Hi all,

        Just wanted to say a proper thank you to [[name:Grace]] in {{business support}} and to
        [[name:Tomasz Wiśniewski]] ({{family support worker}}). The {{core group}} for
        [[name:Bailey]] and [[name:Rose]] was due the week the {{social worker}} went off sick.
        [[name:Grace]] rang round everyone, moved it to the {{family centre}} and made sure the
        {{written agreement}} was printed. [[name:Tomasz]] picked mum up because the bus was
        cancelled, and took minutes. Without them this would have slipped past the
        {{ten working days}} again.

        Thanks both,
        [[name:Hope]]
        {{Independent Reviewing Officer}}
        [[organisation:Tarrow Borough Council]] {{Children's Services}}
        Tel [[phone:01632 960418]]
    """)),
    ("social_care", "incident", block("""
        Chronology - {{ICPC}}, [[organisation:Eastgate Family Hub]], [[date:03/06/24]]
        10:00 Conference opened by {{IRO}} [[name:Pat Ferreira]]. Present: mum
              ([[name:Leanne Cawthorne]]), her partner [[name:Dean Saxby]], {{SW}}
              [[name:Amber Doyle]], {{health visitor}}, {{DSL}} from [[organisation:Millfield Primary]].
        10:22 {{Police}} information shared re {{domestic abuse}} call-outs.
              Mr [[name:Saxby]] stood up and shouted at [[name:Amber]], kicked a chair.
        10:24 {{Chair}} paused the conference. No {{panic alarm}} in the room and
              {{reception}} unstaffed over lunch cover.
        10:31 Mr [[name:Saxby]] left the building. {{police}} called, log [[case_reference:0473-03062024]].
        10:50 Conference resumed without him. [[name:Tyler]] ([[age:9]]) and [[name:Mia-Rose]]
              ([[age:2]]) made subject to {{CP plans}} under {{neglect}} and {{emotional abuse}}.
        Follow up: [[case_reference:INC-5530]] raised. Venue risk assessment not done since move.
        [[name:Amber]] offered debrief and {{EAP}}.
    """)),
    ("social_care", "near_miss", block("""
        {{Teams}} - {{IRO}} & {{LAC}} team chat - [[date:14 March]]
        [[name:Kasia Nowak]] 09:02
        anyone free to sense-check a review invite before it goes? {{LAC review}} for
        [[name:JD]] ([[name:Jayden]]) on the [[date:21st]]
        [[name:Femi Adeyemi]] 09:05
        go on
        [[name:Kasia Nowak]] 09:06
        attached
        [[name:Femi Adeyemi]] 09:11
        STOP - the invite to birth mum has the {{foster carers}}' full address on it,
        [[address:7 Larchfield Close, Wendham]] [[postcode:WD4 6RT]]. carers are a
        {{confidential placement}}
        [[name:Kasia Nowak]] 09:12
        omg. it pulled from the {{placement}} screen. not sent. thank you
        [[name:Femi Adeyemi]] 09:13
        np. the {{IRO}} mailbox template does it too, will flag to {{Practice Manager}}
        [[name:Kasia Nowak]] 09:15
        changed to c/o {{Children's Services}},
        [[address:Civic Offices, Market Street, Wendham]] 👍
    """)),
    ("social_care", "success", block("""
        REVIEW CHILD PROTECTION CONFERENCE - MINUTES (extract)
        Child: [[name:Faith Olumide-Barker]]   DOB: [[date_of_birth:22/08/2019]]   Ref: [[case_reference:CP-22-1190]]
        Date: [[date:18 July 2024]]   Venue: {{virtual}} ({{Teams}})
        Chair: [[name:Mark Oyelaran]], {{IRO}}
        Present: [[name:Joy Olumide]] (mum); [[name:Siobhán Kerrigan]] ({{allocated social worker}});
        [[name:Will Haddon]] ({{school nurse}}, [[organisation:Kestrel Lane Primary]]);
        {{health visitor}} [[name:Baljit Sandhu]]
        Apologies: {{GP}} ([[organisation:Abbeyfield Surgery]]); {{police}} (report received)

        Summary: [[name:Faith]] has been on a plan for 14 months under {{neglect}}. All agencies
        reported sustained change: attendance 97%, dental treatment completed, home conditions
        good at five unannounced visits. Mum credited the {{Family Group Conference}} and her
        {{Signs of Safety}} {{safety plan}}, which her sister now co-signs.
        Decision: [[name:Faith]] no longer requires a {{child protection plan}}; step down to a
        {{Child in Need}} plan, reviewed in three months. The {{Chair}} thanked [[name:Joy]] for
        her honesty and the core group for consistent attendance.
    """)),
    ("social_care", "incident", block("""
        Handover - [[name:Bill]] to [[name:Nasrin]] (cover w/c [[date:22 Jan]])

        - [[name:Lewis Trask]] ([[age:15]], {{LAC}}, {{s20}}) moved to a residential unit out of
          area on [[date:2 Jan]]. Nobody told the {{IRO}} service. First review now overdue by
          6 days (should be within 20 {{working days}}). Escalation [[case_reference:IRO-ESC-0093]].
        - placement is [[organisation:Brookvale House]] run by [[organisation:Candleway Care Ltd]],
          manager Ms [[name:Okoro]], tel [[phone:07700 900264]]
        - [[name:Lewis]]'s {{SW}} [[name:Ruth-Ann Bell]] on leave til the [[date:29th]].
          {{Team Manager}} aware but no cover SW named.
        - pls book review asap. [[name:Lewis]] wants it at the unit not at school, he's been
          really clear. he also wants his nan there (Mrs [[name:Trask]], lives near
          [[organisation:Hollins Green Surgery]] - number on file)
        - {{PEP}} also overdue, {{virtual school}} copied in.

        [[name:Bill]]
    """)),
    ("social_care", "near_miss", block("""
        From: {{Business Support}} (Conferences)
        To: [[name:Jamal Idris]]
        Sent: [[date:08 October 2024]] 14:52
        Subject: minutes [[case_reference:CP-24-0633]] - hold?

        Hi [[name:Jamal]], before I send the draft minutes for [[name:Skye]] and
        [[name:Rhys Pennant]] out to the parents - page 3 has the name and address of the woman
        who gave info to {{police}} in confidence ([[name:Carla Venn]],
        [[address:22 Orchard Way, Hythe Cross]]). Is that meant to be in the parents' copy?
        Thanks, [[name:Sunny]] ({{Business Support Officer}})

        > Good catch [[name:Sunny]] - no. Please move it to the {{restricted}}
        > {{third party information}} section and send me the redacted version to sign off.
        > I'll raise it as a near miss so we can look at how the {{police}} report gets pasted in.
        > [[name:Jamal Idris]], {{Conference Chair}} | [[phone:01632 960771]]
    """)),
    ("social_care", "success", prose("""
        Learning from good practice. [[name:Precious]] ([[age:16]]) co-chaired her own
        {{LAC review}} on [[date:5 September]] at [[organisation:Harrowgate Sixth Form College]],
        which is where she asked to hold it. Her {{IRO}}, [[name:Dariusz Kowalczyk]], met her
        twice beforehand and planned the agenda with her using {{Mind of My Own}}. She invited
        her {{personal adviser}}, her {{foster carer}} [[name:Hazel]] and her brother
        [[name:Kwame]] ([[age:19]]), and asked that the {{health assessment}} be discussed
        privately afterwards. She opened the meeting, read out what was going well and what
        worried her, and wrote the actions on the flipchart herself. Her feedback: "first time
        it felt like my meeting not yours". [[name:Dariusz]] is sharing the template at the next
        {{IRO}} practice forum and {{Independent Visitor}} leads have asked for a copy.
    """)),
    ("social_care", "incident", block("""
        Core group tracker - [[name:Marchetti]] family - ref [[case_reference:CP-23-2207]]
        Date  | Held? | Attended                         | Notes
        [[date:04/01]] | Y     | mum, {{SW}}, {{HV}}, school      |
        [[date:25/01]] | N     | -                                | SW sick, not rearranged
        [[date:15/02]] | N     | -                                | "merged" with {{CIN}} meeting in error
        [[date:07/03]] | Y     | mum, SW [[name:O. Bright]], {{DSL}}      | first since Jan

        {{IRO}} ([[name:Anjali Rao]]) only found out at the {{review conference}} on
        [[date:14 March]] that 2 of 4 {{core groups}} hadn't happened - six weeks with no
        multi-agency oversight for [[name:Luca]] ([[age:4]]) and [[name:Gianni]]
        ([[age:13 months]]). Mum was not told either. Escalated under the
        {{dispute resolution}} protocol, stage 1, to {{Team Manager}}.
    """)),
    ("social_care", "near_miss", prose("""
        nearly invited the wrong family to conf today. two kids called [[name:Charlie Hughes]]
        on the system, diff {{DOB}}s ([[date_of_birth:03/11/2016]] and
        [[date_of_birth:19/04/2017]]). bs picked the wrong one for the {{invite list}} so the
        letter was about to go to a totally different mum at [[address:Flat 6, Tanner Court]].
        i only noticed coz the school on the record was [[organisation:St Aidan's RC Primary]]
        not [[organisation:Greyfield Academy]]. pls always check DOB + address not just name!!!
        {{LCS}} ids [[case_reference:1184302]] vs [[case_reference:1190557]]. no harm done,
        letters shredded, {{Chair}} aware. - [[name:mo]]
    """)),
    ("social_care", "success", block("""
        Compliment received [[date:12/06/24]] - forwarded to [[name:Rosalind Achebe]] ({{IRO}})
        and {{Service Manager}}.

        "Dear [[name:Ros]],
        I wanted to write and say thank you. When you chaired [[name:Evie]]'s conference I was so
        angry I nearly didn't come in. You met me in the car park, you explained what
        '{{emotional harm}}' meant in plain words and you let me read the {{social worker}}'s
        report before we went in, not in front of everyone. You also made the {{GP}} explain
        the medical bits properly. [[name:Evie]] came off her plan last week and I actually
        understood why she was ever on it.
        Thank you,
        [[name:Marguerite Sallis]] ([[name:Evie]]'s nan)"
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM
        Reporter: [[name:Mehmet Yıldız]]      Role: {{Conference Chair}} / {{IRO}}
        Date of incident: [[date:27/02/2024]]   Ref: [[case_reference:INC-24-0211]]
        Child(ren): [[name:Alfie Brennan]] DOB [[date_of_birth:11/10/2015]];
                    [[name:Poppy Brennan]] DOB [[date_of_birth:30/01/2020]]
        Address: [[address:41 Cheviot Road, Annfield Lea]] [[postcode:DH9 7QS]]
        Description: During the {{RCPC}} dad ([[name:Gary Brennan]]) recorded the meeting on his
        phone without telling anyone. Clips including the {{school nurse}}'s full name and the
        {{HV}}'s voice were posted on {{Facebook}} that evening with abusive comments.
        {{HV}} [[name:Joanne Pike]] has since had messages to her personal account.
        Action taken: {{Police}} informed (log [[case_reference:DHM-240227-0318]]); post
        reported; staff offered {{occupational health}} support.
        Learning: {{conference protocol}} to say recording is not allowed and the {{Chair}} to
        read this out at the start of every conference.
    """)),
    ("social_care", "near_miss", block("""
        Near miss - {{RCPC}} [[date:Thurs 11th July]] - chair [[name:Olu]]
        09:15 read reports. {{health}} report for [[name:Harvey Lund]] ([[age:aged 7]]) says
        "no concerns, weight on {{9th centile}}, all {{immunisations}} up to date".
        09:40 noticed the report is dated [[date:Jan 2023]] - it's last year's, re-sent by
        mistake.
        09:45 rang {{school nurse}} team at [[organisation:Pennine View Health Centre]].
        10:05 current report: weight now below {{0.4th centile}}, two missed {{paediatric}}
        appts, referral to {{dietitian}} not followed up.
        10:30 conference held with correct info. Plan continued, {{neglect}} category,
        {{paediatric}} appt booked for [[date:16/07]].
        If I hadn't checked the date the plan could have ended today on old information.
        Asked {{business support}} to reject reports more than 3 months old.
    """)),
    ("social_care", "success", block("""
        #iro-shoutouts (Slack export)
        @[[name:priya.m]] [[date:2 Feb]] 16:40
        big shout out to @[[name:gethin]] who chaired a 4 hour {{ICPC}} for a sibling group
        of 5 today with two interpreters ({{Tigrinya}} and {{Arabic}}), a dad joining from
        {{HMP}} by video and a {{Legal}} rep. kept everyone calm, every child got their own
        voice bit, and the plan was agreed by all. minutes out same day 🙌
        @[[name:gethin]] 16:52
        ha thanks - credit to [[name:Noor]] from {{MASH}} who'd already done a {{genogram}}
        and to the {{CAFCASS}} guardian for staying late
        @[[name:sophie.k]] 17:01
        legend. also [[name:Noor]]'s genogram is going in the {{Working Together}} training pack
    """)),
    ("social_care", "incident", block("""
        From: [[name:Deborah Ashworth-Reyes]] <[[email:d.ashworthreyes@tarrow.gov.uk]]>
        To: {{Data Protection Officer}}
        Cc: {{Head of Service}}
        Date: [[date:Mon 25 Nov]]
        Subject: data breach - LAC review record sent to wrong carer

        This morning I emailed the {{LAC review}} record for [[name:Oskar]] ([[age:12]]) to
        "[[name:Grace Tilley]]" - autocomplete picked the wrong [[name:Grace]]. The intended recipient was
        his {{foster carer}} [[name:Grace Tillotson]] ([[email:g.tillotson@fostermail.co.uk]]).
        [[name:Grace Tilley]] is a carer from another {{IFA}} ([[organisation:Brightpath Fostering]]).
        The record includes his {{health}} history, school ([[organisation:Northgate Academy]])
        and contact arrangements with dad. I've phoned her, she has deleted it and confirmed in
        writing. Breach ref [[case_reference:DPB-2024-118]].
        [[name:Deb]]
        {{IRO}}, {{Safeguarding & Quality Assurance}}
    """)),
    ("social_care", "near_miss", block("""
        handover fri pm - from [[name:Abi]] to duty chair
        * {{ICPC}} mon 10am for [[name:Zuzanna]] & [[name:Filip Dąbrowski]] - venue was booked at
          [[organisation:Ferncliffe Children's Centre]] but mum's {{IDVA}} says the perpetrator
          lives 2 streets away ([[address:Holloway Terrace]]) and has a {{restraining order}}.
          we nearly didn't clock this - it was in the {{MARAC}} notes not the referral
        * moved to [[organisation:Tarrow Civic Centre]] rm 4, mum + IDVA to arrive 9.30 via
          staff entrance, {{security}} briefed
        * {{police}} ({{DC}} [[name:Halloran]]) aware, {{Section 47}} strategy notes in file
        * ref [[case_reference:CP-24-1022]]
        * pls don't send any venue details to dad - he has {{PR}} but bail conditions
        thx [[name:Abi]]
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        meds hatch {{B wing}} am queue v busy, 38 on {{methadone}}/{{Espranor}} & only 1 officer.
        gave [[name:Kieran Walsh]] ([[case_reference:A7734DJ]]) the dose for [[name:Keiran Welsh]]
        ([[case_reference:A8102FK]]) - 60ml not his 35ml. ID card not checked, officer was
        sending them up 2 at a time. realised at the next pt. Dr [[name:Adeyinka]] ({{GP}})
        reviewed, {{NEWS2}} hourly x6 in {{healthcare}}, {{naloxone}} on standby, no
        {{resp depression}} thank god. pt told + apologised to ({{duty of candour}}).
        [[name:Keiran Welsh]] got correct dose after. {{Datix}} [[case_reference:W-118842]].
        need photos on {{SystmOne}} + 1 pt at the hatch at a time. - [[name:sam]] {{RGN}}
    """)),
    ("health", "near_miss", block("""
        RECEPTION SCREENING - FIRST NIGHT (extract)
        Name: [[name:Tadeusz Mazur]]     DOB: [[date_of_birth:04/05/1981]]
        Prison no: [[case_reference:A2290LP]]   NHS no: [[nhs_number:485 777 3457]]
        Arrived from: [[organisation:Brackenford Magistrates' Court]], 19:40, [[date:11/11/24]]
        {{PER}} flag: "{{Type 1 diabetic}} - insulin in property"

        Note by reception nurse [[name:Chidi Okonkwo]]: Mr [[name:Mazur]] said his pens were in
        his bag. Asked {{reception SO}} for the property at 20:10 and was told it had already
        gone to stores. {{Capillary glucose}} 18.4 at 21:00, ketones 0.9. Escalated to
        {{out-of-hours GP}}. Night {{OSG}} retrieved the bag at 21:35 and {{Lantus}} and
        {{NovoRapid}} were given under supervision. Without the PER flag he would have gone
        to the {{first night centre}} with no insulin overnight.
        Learning: property with a medical flag on the PER to be opened in {{reception}}.
    """)),
    ("health", "success", block("""
        Card received by the {{mental health in-reach}} team, scanned by
        {{Head of Healthcare}} [[date:3/4/24]]:

        "To [[name:Magda]], [[name:Yusuf]] and [[name:Bev]] - when I came in in {{January}} I
        hadnt slept for 5 days and I thought the officers were poisoning the food. You saw me
        every day on the {{induction wing}}, you got me my {{olanzapine}} back the same week and
        you kept pushing till I got a bed at [[organisation:Ravensworth Hospital]] under the
        {{Mental Health Act}}. Im back now and well. Thank you for treating me like a person.
        [[name:D.M.]] [[case_reference:A5519QR]]"

        Team: [[name:Magdalena Wróbel]] ({{CPN}}), [[name:Yusuf Hamdan]] ({{OT}}),
        [[name:Beverley Quaye]] ({{psychology assistant}}). Transfer took 11 days against
        the 28-day target - shared with the {{NHS England}} commissioners as good practice.
    """)),
    ("health", "incident", prose("""
        On [[date:14 August]] and [[date:15 August]] no member of the healthcare team completed
        the daily {{segregation}} visit to the {{Care and Separation Unit}} at
        [[organisation:HMP Carrick Moor]]. The {{CSU}} held four men, including
        [[name:Ashley Pryce]] ([[case_reference:A3306HV]]), who was on an open {{ACCT}} and
        refusing food. The visit is normally done by the {{Band 6}} nurse after the lunchtime
        {{medication round}}, but with two nurses on {{bed watch}} at
        [[organisation:St Enoch's Hospital]] the task was not reallocated and nobody checked the
        {{CSU log}}. The gap was identified on [[date:16 August]] by {{Senior Officer}}
        [[name:Gwen Rhys-Morgan]]. Mr [[name:Pryce]] was seen that afternoon; he had lost 2.1kg
        and was referred to the {{GP}}. Learning: the segregation visit is now a named task on
        the daily {{allocation sheet}} and the {{Governor}} receives an exception report if it
        is not signed by 15:00.
    """)),
    ("health", "near_miss", block("""
        {{Teams}} - HC nurses - [[date:Sat 6 Jan]]
        [[name:Faisal Qureshi]] 13:02
        {{GP}} has prescribed {{co-amoxiclav}} for [[name:Connor Delaney]] ([[case_reference:A6620TB]]),
        {{dental abscess}}. anything flagged?
        [[name:Rosa Ferreira]] 13:04
        hang on, his {{PER}} from reception says {{penicillin allergy}} - anaphylaxis 2019.
        not on the {{SystmOne}} allergies tab tho
        [[name:Faisal Qureshi]] 13:05
        !!! not given yet. screen was done by agency, allergy went in free text only
        [[name:Rosa Ferreira]] 13:07
        ok I'll ring {{out of hours}} for an alternative, you update the allergy tab pls
        [[name:Faisal Qureshi]] 13:20
        done. {{clarithromycin}} prescribed instead. [[name:Connor]] says he told them at reception 😬
        [[name:Rosa Ferreira]] 13:22
        will datix as a near miss. NHS no [[nhs_number:9432160858]] for the form
    """)),
    ("health", "success", block("""
        {{Code Blue}} - {{C wing}} landing 3 - [[date:19/09/2024]]
        21:47 {{night OSG}} radio "Code Blue C3". [[name:Lamar Whitfield]] ([[age:23]]) found
              unresponsive, pinpoint pupils, resp rate 4.
        21:49 officers [[name:Daz Pollard]] and [[name:Kemi Afolabi]] give {{intranasal naloxone}}
              from the wing kit (trained last month).
        21:51 nurse [[name:Ioana Popescu]] arrives with {{grab bag}}, {{oxygen}}, second dose
              {{IM naloxone}}. RR 10.
        21:58 {{ambulance}} requested (CAD [[case_reference:1933-190924]]).
        22:20 pt alert, {{GCS}} 15, declines hospital, hourly obs in healthcare overnight.
        Good practice: first dose within 2 minutes of the call, before healthcare arrived.
        Suspected {{synthetic opioid}}. Thanks to [[name:Kemi]] for a calm, clear handover.
    """)),
    ("health", "incident", block("""
        From: [[name:Angharad Pugh]] <[[email:angharad.pugh@nhs.net]]>
        To: [[name:Ranjit Gill]] ({{Head of Healthcare}})
        Date: [[date:Wed 12 June]] 08:31
        Subject: hospital letter found on D wing servery

        [[name:Ranjit]],
        An officer handed me a letter from [[organisation:Kelburn Royal Infirmary]]
        {{urology}} clinic about Mr [[name:Nnamdi Obi]] ([[case_reference:A9041GE]],
        [[nhs_number:601 559 2737]]). It was found on the {{servery}} on {{D wing}} and had been
        read by other men - it mentions a {{biopsy}} and his {{HIV}} status. It looks like it
        went in the general wing post tray instead of a {{confidential}} envelope. I've spoken
        to Mr [[name:Obi]], who is very upset, and referred him to {{in-reach}}.
        {{Datix}} [[case_reference:W-119207]] and {{IG}} incident raised. Suggest all clinical
        letters are handed over in person from now on.
        [[name:Angharad]]
        {{Practice Nurse}}, Healthcare, [[organisation:HMP Carrick Moor]]
        [[phone:01632 960553]]
    """)),
    ("health", "near_miss", block("""
        Transfer-in med rec - [[name:Viktor Hadžić]] [[case_reference:A1187MM]] from
        [[organisation:HMP Ashdown Vale]], arrived [[date:22/10]]
        Drug          | Sending {{MAR}}  | GP summary          | Our draft chart | Issue
        {{pregabalin}}    | 300mg BD     | stopped [[date:Aug 24]]      | 300mg BD        | restarted in error
        {{sertraline}}    | 100mg OD     | 100mg OD            | 100mg OD        | -
        {{methadone}}     | 45ml OD      | n/a                 | 45ml OD         | -
        {{salbutamol}}    | PRN {{IP}}       | PRN                 | not charted     | omitted

        {{Pharmacy technician}} [[name:Ebo Mensah]] checked the GP summary before the first
        {{medication round}}: pregabalin had been stopped by Dr [[name:Kaur]] at the sending
        prison after {{diversion}}, but their MAR still showed it. Chart corrected before any
        dose was given and the {{inhaler}} added. No harm. Our template copies the MAR straight
        across - it needs a second check against the {{GP record}}.
    """)),
    ("health", "success", block("""
        Complex case {{MDT}} - minutes - [[date:30 January 2025]]
        Attendees: Dr [[name:Fenella Orr]] ({{consultant psychiatrist}}), [[name:Carys]]
        ({{in-reach}} {{CPN}}), {{SO}} [[name:Faith Mbeki]] ({{Safer Custody}}),
        [[name:Jonah Price]] ({{chaplaincy}}), [[name:Lin Zhao]] ({{substance misuse}} worker)
        Apologies: {{OMU}}; {{Listener}} scheme coordinator
        Patient: [[name:Reece Hargreaves]], [[case_reference:A4478ZC]], DOB [[date_of_birth:17/03/1999]]

        Update: [[name:Reece]] has had no self-harm for six weeks, the first time since remand
        in [[date:June 2023]]. His {{ACCT}} was closed on [[date:24/01]] after three case
        reviews. The plan from the last MDT - daily contact from one consistent officer, a job
        in the gardens, {{DBT}} skills group - was delivered in full. [[name:Reece]] asked for
        the minutes to say "the officers on E wing actually listened".
        Actions: post-closure review in 7 days ([[name:Carys]]); present as good practice at the
        {{Safer Custody}} meeting ([[name:Faith]]).
    """)),
    ("health", "incident", prose("""
        At about 08:10 on [[date:Monday 3 March]], during the morning {{medication}} queue on
        {{A wing}}, a patient ([[name:Jermaine Cole-Addo]], [[case_reference:A2051RS]]) became
        agitated after being told at the hatch that his {{diazepam}} had been reduced by the
        {{GP}} as part of an agreed {{detox}}. He punched the hatch shutter, which struck
        {{Staff Nurse}} [[name:Ngozi Eze]] on the wrist. The {{landing officer}} was at the far
        end of the landing managing the queue. A {{Code Red}} was not needed and the patient
        returned to his cell. Ms [[name:Eze]] was seen by {{occupational health}} and an
        {{X-ray}} at [[organisation:St Enoch's Hospital]] showed no fracture. {{Police}}
        informed (ref [[case_reference:CM/25/00417]]). Contributing factors: the patient had
        not been told about the reduction in advance and the letter from the
        {{substance misuse}} team was still in the office. Learning: dose changes to be
        discussed at a clinic appointment, never first at the hatch, and an officer to stand
        at the hatch for the whole round.
    """)),
    ("health", "near_miss", block("""
        HC handover nights -> early, [[date:Sun 16/02]], from [[name:Tanvir]]
        - [[name:Santos]], [[name:Gabriel]] [[case_reference:A8832WN]]: {{insulin}} pen in his
          {{in-possession}} pack found empty at 02:00 check, says he's been "topping up".
          BM 3.1 -> {{Glucogel}}, now 7.9. Nearly got his usual {{Humalog}} from the fridge at
          the 06:00 round by agency nurse - caught by [[name:Rhiannon]] at chart check as BM
          not rechecked. PLS recheck BM before any dose + review IP status w/ {{GP}}.
        - Mr [[name:Kowalski]] [[case_reference:A0019BH]] in {{CSU}}: declining fluids day 2,
          {{segregation safety screen}} done, obs ok, needs {{in-reach}} r/v today.
        - {{CD}} count correct x2. {{defib}} and {{suction}} checked.
        [[name:Tanvir]] (night {{RMN}})
    """)),
    ("health", "incident", block("""
        HOSPITAL ESCORT / EXTERNAL APPOINTMENT - INCIDENT
        Patient: [[name:Sean McAllister]]   DOB: [[date_of_birth:08/12/1976]]
        NHS: [[nhs_number:728 403 1964]]   Prison no: [[case_reference:A5150CY]]
        Appt: {{cardiology}}, [[organisation:Kelburn Royal Infirmary]], [[date:10/04/25]]
        What happened: the {{escort pack}} given to the officers held the {{clinical summary}}
        and {{medication list}} for a different man, [[name:Sean McCallister]]
        ([[case_reference:A5207CY]]), printed from the wrong record. The {{registrar}}
        noticed the list included {{warfarin}}, which our patient does not take, before the
        {{angiogram}}. Procedure delayed two hours while the correct summary was faxed over
        (yes, faxed).
        Impact: delay; another patient's health information disclosed to hospital staff and
        {{escort officers}}.
        Ref [[case_reference:W-121540]]. Reported by [[name:Lucía Herrera]], {{Administrator}}.
    """)),
    ("health", "success", block("""
        STAFF SHOUT-OUT BOARD - healthcare corridor, week of [[date:7 October]]
        * To [[name:Patience]] ({{HCA}}) - stayed 90 mins past shift to sit with a man in
          {{reception}} having a {{panic attack}} on his first night. He asked for you by name
          the next day. - from [[name:Tobi]]
        * To Officer [[name:Hartley]] on {{B wing}} - always rings healthcare when someone looks
          off, even when it's "not his job". Saved us twice this month. - [[name:JP]],
          {{Clinical Lead}}
        * To [[name:Lowri]] and [[name:Ade]] in {{pharmacy}} - {{in-possession}} risk
          assessments done for all 212 men before the deadline.
        * To [[name:Will]] from [[organisation:Pathway North]] ({{drug and alcohol}} service) -
          six men released this month with {{naloxone}} kits and a {{community script}} booked.
          - {{Head of Healthcare}}
    """)),
    ("health", "near_miss", prose("""
        new recep [[name:darren o'keefe]] last nite, DOB [[date_of_birth:29/06/1988]],
        [[case_reference:A3390KD]] - said "a few cans" at screening so no {{CIWA}} done.
        {{PER}} from [[organisation:Hexley Custody Suite]] actually said 2 litres {{vodka}} a day
        + previous {{withdrawal seizure}}. only picked up this am when the {{OSG}} said he was
        shaking + sweating on the {{first night centre}}. CIWA 19 -> {{chlordiazepoxide}}
        regime started by dr [[name:Mensah-Bonsu]] + {{Pabrinex}}. no fit thank god. learning:
        read the PER b4 the screen not after!! also agency nurse didnt have a {{SystmOne}}
        login so the screen was on paper and nobody saw it till morning. - [[name:jas]]
    """)),
    ("health", "incident", block("""
        {{Sharps}} incident - {{dental clinic}} - [[date:28 Nov]]
        11:35 end-of-session count: 1 x {{scalpel blade}} (no. 15) unaccounted for.
        11:40 healthcare corridor locked down. 5 men in the {{waiting room}} held and searched
              by {{OSG}}s, cells of 2 men later searched on {{F wing}}.
        12:25 blade found in the {{sharps bin}}. Dental nurse [[name:Renée Dubois]] had
              disposed of it without recording on the count sheet.
        Impact: regime disrupted for 2 hrs; 3 {{legal visits}} cancelled, including one for
        Mr [[name:Aziz]] whose {{sentencing}} hearing is [[date:2 Dec]]; 2 men strip-searched
        unnecessarily.
        Learning: count sheet to be signed at the point of disposal, not at the end.
        Reported by [[name:Ifeoma Nwosu]], {{Dental Practice Manager}}, [[organisation:Smile Secure Ltd]]
    """)),
    ("health", "success", prose("""
        Good practice: release planning. [[name:Kyle Brannigan]] ([[age:31]]) was released from
        [[organisation:HMP Carrick Moor]] on [[date:Friday 14 February]] after nine months. He
        has {{hepatitis C}}, {{opioid}} dependence and overdosed shortly after his last release.
        Before this release his {{hep C}} treatment ({{Epclusa}}) was completed, a
        {{Buvidal}} injection was given five days before so there was no gap in cover, he left
        with a {{naloxone}} kit, he was registered with [[organisation:Lowgate Medical Practice]]
        and a {{community drug team}} appointment was booked for the {{Monday}} at
        [[address:Unit 3, Carr Lane, Hexley]] [[postcode:HX5 2NL]]. {{Release}} nurse
        [[name:Joy]] rang him on the {{Tuesday}}: he had attended both. [[name:Kyle]] said it
        was "the first time I walked out with everything sorted". Thanks to
        [[name:Joy Adebisi-Hall]] and the {{Through the Gate}} team.
    """)),
    ("health", "near_miss", block("""
        From: [[name:Tomás Ó Briain]] <[[email:tomas.obriain1@nhs.net]]>
        To: Healthcare Admin, [[organisation:HMP Carrick Moor]]
        Date: [[date:04/03/2025]]
        Subject: INR result - wrong patient?

        Hi,
        The {{INR}} of 6.8 filed this morning against [[name:Peter Mwangi]]
        ([[case_reference:A6081LF]]) can't be his - he isn't on {{warfarin}}. Looks like the
        {{phlebotomy}} labels for him and [[name:Pieter Mulder]] ([[case_reference:A6082LF]])
        were swapped at {{Tuesday}}'s clinic. Mr [[name:Mulder]] IS on warfarin and his dose was
        about to be left unchanged because of "his" result of 2.4. I've held tonight's dose,
        asked for urgent repeat bloods on both and told the {{GP}}.
        NHS nos for the lab: [[nhs_number:319 862 4053]] ([[name:Mwangi]]),
        [[nhs_number:552 071 8393]] ([[name:Mulder]]).
        [[name:Tomás]]
        {{Senior Staff Nurse}} | {{Long-term conditions}}
        [[phone:01632 960902]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        [[flight_number:SLN303]] [[date:12/09]] beach at Hallay. {{tide table}} said LW 0940 so
        ldg 0915 fine but sand v soft at the N end after the storm. {{nosewheel}} dug in on the
        {{rollout}}, stopped in ~200m, prop tips ok but nosewheel {{fairing}} cracked. 7 pax +
        {{mail}}, nobody hurt. [[aircraft_registration:G-BNXT]] {{AOG}} on the beach with the
        tide coming in!! {{beach warden}} [[name:Archie]] got his tractor + towed us up past the
        HW mark. {{engineer}} coming over on the pm {{ferry}}. {{MOR}} filed
        [[case_reference:SLN-SR-2024-067]]. learning: someone needs to walk the N end after a
        gale, not just the {{windsock}} + {{cockle beds}} check. {{Islander}} fine otherwise.
        - [[name:cat]]
    """)),
    ("aviation", "near_miss", block("""
        RT transcript (extract) - Torsay {{AFIS}} - [[date:21 June 2024]] - [[flight_number:SLN214]]
        14:02 A/C : Torsay Information, [[flight_number:Solan Two One Four]], {{Islander}}, five
                    miles south, one thousand feet, {{QNH}} one zero zero niner, eight {{POB}}
        14:02 AFIS: [[flight_number:Solan Two One Four]], {{runway}} zero six, surface wind
                    zero four zero one two knots, one {{PA-28}} reported {{downwind}} left hand
        14:03 A/C : zero six, one zero zero niner, looking for the traffic
        14:05 A/C : [[flight_number:Solan Two One Four]] {{final}} zero six
        14:05 AFIS: [[flight_number:Solan Two One Four]], land at your discretion, wind zero
                    four zero one zero
        14:05 ??? : [[aircraft_registration:Golf Romeo Alpha Victor November]] final two four
        14:05 A/C : [[flight_number:Solan Two One Four]] {{going around}}, traffic head on
        Note: {{PIC}} [[name:Ewan MacAulay]] saw the PA-28 at about 1nm on the reciprocal and
        turned north. The PA-28 pilot had not copied the runway change. {{Airprox}} filed by
        [[name:Ewan]]; AFISO [[name:Morag]] filed an {{MOR}} ([[case_reference:OR-2024-06-0147]]).
    """)),
    ("aviation", "success", block("""
        From: [[name:Isla Grant]] <[[email:isla.grant@solanair.co.uk]]>
        To: Torsay and Hallay station staff
        Date: [[date:Sun 3 Nov]]
        Subject: thank you - last night's transfer

        All,
        Last night's {{hospital transfer}} from Hallay to [[organisation:Glenmorie General Hospital]]
        went like clockwork. The {{air ambulance}} was fogged in on the mainland, so {{Ops}}
        asked if we could do it in the {{Islander}} with the {{stretcher kit}}. [[name:Calum]]
        and [[name:Eilidh]] had the {{goose-neck flares}} out in 25 minutes,
        [[name:Peigi Nic an t-Saoir]] from the island surgery flew with the patient
        ([[age:67]], suspected {{stroke}}), and he was handed to the {{ambulance crew}} 58
        minutes after the call. Captain [[name:Dev Raman]] flew it and wants it on record that
        the ground crew made it possible.
        Thank you,
        [[name:Isla]]
        {{Chief Pilot}}, [[organisation:Solan Air]]
    """)),
    ("aviation", "incident", prose("""
        On [[date:7 August 2024]], during loading of [[flight_number:SLN109]]
        ([[aircraft_registration:G-SOLA]], {{BN-2B Islander}}) at the mainland base, a
        passenger's holdall was found to contain two {{camping gas}} cylinders and a can of
        petrol for an {{outboard motor}}. The bag had been accepted at the desk by a temporary
        {{check-in agent}} without the {{dangerous goods}} question being asked, and was only
        found because the {{pilot}}, Captain [[name:Hamish Rennie]], smelt fuel as he loaded the
        {{rear baggage bay}}. The passenger, Mr [[name:Joseph Okafor-Lind]], said he had not
        known the items were prohibited. They were removed and the flight left 25 minutes
        late. No harm, but the items had passed the check-in barrier. Reported to the {{CAA}}
        as an {{MOR}} ([[case_reference:OR-2024-08-0112]]). Actions: DG questions added to the
        {{check-in script}} for all staff including temps; {{DG awareness}} training for
        summer staff; new posters in the {{terminal}}.
    """)),
    ("aviation", "near_miss", block("""
        Timeline - [[flight_number:SLN322]] Hallay to mainland - [[date:15/01/25]] - [[aircraft_registration:G-HLAY]]
        0750  {{TAF}} mainland: {{BKN}}008 {{TEMPO}} 4000 {{RA}}. Hallay strip fine.
        0815  dep Hallay, 6 pax incl. one {{outpatient}} + escort.
        0840  mainland {{METAR}}: 1500m {{BR}} {{OVC}}003 - below {{minima}}.
        0842  [[name:Aoife Brennan-Kelly]] enters {{hold}}, checks fuel: 50 min to reserve.
        0850  {{alternate}} Torsay now fog too. Decides to return to Hallay.
        0925  landed Hallay, 35 min fuel remaining.
        Why a near miss: the {{loadsheet}} fuel plan showed full tanks, but after the previous
        evening's {{ferry flight}} the aircraft had only been refuelled to two-thirds and the
        {{tech log}} wasn't updated ([[name:JM]]). A full hold plus diversion would have put her
        below {{final reserve}}. [[name:Aoife]] only knew because she dipped the tanks herself.
        Learning: physical dip check before the first flight of every day.
    """)),
    ("aviation", "success", block("""
        WhatsApp - "Solan Ops + Duty Pilots"
        [[[date:15/03/2025]], 22:14] [[name:Kirsty]] (Ops): medevac request from Hallay {{GP}},
        [[age:4yo]] query {{sepsis}}, {{air ambulance}} stood down for weather. anyone legal?
        [22:16] [[name:Dev Raman]]: me. rest done, heading to the airfield. which a/c?
        [22:17] [[name:Kirsty]] (Ops): [[aircraft_registration:G-CKSE]], fuelled, {{stretcher kit}}
        still fitted from today's transfer
        [22:19] [[name:Calum]]: going to Hallay strip to light the {{flarepath}}, sock showing 230/15
        [22:31] [[name:Dev Raman]]: airborne 22:29 as [[flight_number:SLN901]], ETA Hallay 22:52
        [22:58] [[name:Calum]]: landed. mum + wee one on board with the {{island nurse}}
        [23:41] [[name:Kirsty]] (Ops): handed to {{paeds}} at [[organisation:Glenmorie General]]
        23:38 👏👏
        [23:42] [[name:Isla Grant]]: brilliant work all. 1h27 call to handover, at night, in
        {{IMC}} on the way back. writing it up as good practice for the {{SMS}}
    """)),
    ("aviation", "incident", block("""
        PASSENGER INJURY REPORT
        Flight: [[flight_number:SLN118]]   A/C: [[aircraft_registration:G-SOLA]]   Date: [[date:02/05/2024]]
        Passenger: Mrs [[name:Dorothy Fairweather]]   Age: [[age:82]]
        Address: [[address:Tigh na Mara, Hallay]] [[postcode:HS9 5RL]]   Tel: [[phone:07700 900517]]
        What happened: boarding via the {{boarding step}} at the rear left door of the
        {{Islander}}. The step had been put on uneven grass on the {{apron}} and rocked. She
        fell against the {{door frame}}: 4cm laceration to the left shin. First aid by the
        {{pilot}}, [[name:Ewan MacAulay]]; seen by the {{island nurse}} the same day,
        {{Steri-Strips}}. She flew the next day.
        Contributing: one {{ground handler}} on duty; booking notes said "{{PRM}} - needs an arm"
        but this never reached the station.
        Ref [[case_reference:SLN-GI-0451]]. Reported by [[name:Morven]] (station)
    """)),
    ("aviation", "near_miss", block("""
        Loadsheet check - [[flight_number:SLN246]] [[date:Sat 8 Feb]] [[aircraft_registration:G-BNXT]] ({{BN-2A}})
        Seat | Pax                  | Std wt (kg) | Actual (kg)
        1    | [[name:T. Macleod]]          | 84          | 118
        2    | [[name:Sandy Morrison]]      | 84          | 109
        3    | [[name:Ruaridh "Big Roo" Gillies]] | 84   | 131
        4-9  | 6 others             | 504         | 610
        Bags | kit x9               | 135         | 170

        Island rugby team booked at {{standard masses}}. {{Dispatcher}} [[name:Kenji Watanabe]]
        thought they looked "big lads" and asked them to step on the {{scales}}. Actual total
        231kg over the standard figure: over {{MTOW}} by about 140kg with the {{CG}} aft of the
        limit for the 500m strip at Sgarbh. Two pax and the kit bags moved to the afternoon
        flight. Learning: weigh teams and groups, per {{Ops Manual}} Part A 8.1.
    """)),
    ("aviation", "success", block("""
        SAFETY ACTION GROUP - MINUTES - [[date:27 February 2025]]
        Present: [[name:Isla Grant]] ({{Chief Pilot}}, chair), [[name:Neil Mackinnon]]
        ({{Safety Manager}}), [[name:Aoife Brennan-Kelly]] (line pilot), [[name:Grace Beaton]]
        ({{CAMO}}), [[name:Sunil Varghese]] ({{Ground Ops}})
        Apologies: [[name:Rob]] ({{Accountable Manager}})

        Item 3 - good practice: {{go-around}} at Sgarbh, [[date:11/02]]
        [[name:Aoife]] ([[flight_number:SLN405]]) was on short final to the 480m strip when a
        {{squall}} line arrived early. She went around at 50ft, held off to the east and
        landed 15 minutes later once it passed. Passengers were unhappy and one complained
        to the {{Council}}. The group agreed this is exactly the decision we want pilots to
        make on short strips.
        Actions: write up for the {{Safety Bulletin}} ([[name:Neil]]); reply to complainant
        explaining the decision ([[name:Sunil]]).
    """)),
    ("aviation", "incident", block("""
        Station handover Torsay [[date:Tue 23/07]] - [[name:Sunil]] to [[name:Morven]]
        - [[aircraft_registration:G-HLAY]] {{AOG}}: {{fuel bowser}} ([[vehicle_registration:SV19 KTX]])
          reversed into the L {{wingtip}} at 16:20 during {{refuel}}. driver (contractor,
          [[organisation:Hebridean Fuels Ltd]]) had no {{banksman}}. dent + {{nav light}} smashed.
        - [[flight_number:SLN331]] and [[flight_number:SLN332]] cancelled, 11 pax rebooked on
          the {{ferry}}, 2 with hospital appts - spoke to {{outpatients}} at
          [[organisation:Glenmorie General Hospital]] to rebook.
        - engineer [[name:Paweł]] on the am flight, {{CAMO}} told, MOR [[case_reference:OR-2024-07-0198]]
        - driver statement in the folder. {{police}} not needed.
        - pls make sure NOBODY drives {{airside}} without an {{ADP}} + banksman for reversing
        [[name:Sunil]]
    """)),
    ("aviation", "near_miss", block("""
        #ops (Slack)
        @[[name:neil.m]] 07:05  heads up, {{NOTAM}} just out for Hallay beach: closed 0800-1200
        for {{RNLI}} exercise
        @[[name:aoife.bk]] 07:06  I'm on the {{positioning flight}} of [[aircraft_registration:G-CKSE]]
        to Hallay at 0830 for the med transfer?? nobody told me
        @[[name:kirsty.ops]] 07:08  my fault, {{briefing pack}} printed last night before it was
        issued. holding the flight
        @[[name:aoife.bk]] 07:20  rang the {{coxswain}}, they can clear the beach by 0900.
        revised dep 0840. patient Mr [[name:Lachlan Fyfe]] has his appt at 1130 so ok
        @[[name:kirsty.ops]] 07:22  👍 adding a {{NOTAM}} re-check at 0630 to the ops checklist
        @[[name:neil.m]] 07:25  internal near miss report pls, ref [[case_reference:SLN-NM-0088]].
        and thanks @[[name:kirsty.ops]] for owning it quickly
    """)),
    ("aviation", "success", block("""
        Dear all at [[organisation:Solan Air]],

        My father, [[name:Angus MacPhail]], was flown from Sgarbh to the mainland on
        [[date:the 2nd of December]] after a fall at home. He is [[age:91]] and had broken his
        hip. The pilot, [[name:Yolanda]] ("call me Yoli"), landed on the beach in weather I
        would not have gone out in, and she and [[name:Archie]] carried Dad on the
        {{vacuum mattress}} into the aircraft as gently as any {{paramedic}}. The
        {{GP}} said the {{hip fracture}} was operated on within a day because he got there so
        quickly. He is home now and walking with a frame. Please pass on our thanks.

        [[name:Catriona MacPhail-Ross]]
        [[address:2 Harbour Cottages, Sgarbh]] [[postcode:HS8 3QW]]
    """)),
    ("aviation", "incident", block("""
        From: [[name:Sofia Lindqvist]] <[[email:sofia.lindqvist@solanair.co.uk]]>
        To: [[name:Neil Mackinnon]]
        Date: [[date:20 Aug 2024]] 09:12
        Subject: data breach - manifest [[flight_number:SLN140]]

        [[name:Neil]],
        Yesterday I emailed the passenger {{manifest}} for [[flight_number:SLN140]] to the
        {{Harbour Master}} as usual (for the {{ferry}} connection) but used the old
        {{distribution list}}, which still had [[email:events@torsayhotel.co.uk]] on it from
        the summer festival. The manifest has names, mobile numbers and {{special assistance}}
        notes for 8 passengers, including two {{outpatient}} transfers (Mrs [[name:Nkemelu]]
        and Mr [[name:Ó Murchú]]). [[organisation:Torsay Hotel]] has confirmed it's deleted.
        I've rebuilt the list and logged it with the {{DPO}}, ref [[case_reference:DP-0031]].
        [[name:Sofia]]
        {{Reservations Supervisor}}, [[organisation:Solan Air]] | [[phone:01632 960333]]
    """)),
    ("aviation", "near_miss", prose("""
        sheep on Sgarbh strip AGAIN on short final, 4 of them at the {{threshold}}. went round,
        {{Islander}} handles it fine but wd have been messy if I'd been committed. crofter
        [[name:donnie]] says the gate's been broken since the storm on [[date:the 14th]]. then a
        {{quad bike}} crossed the strip while I was backtracking. no {{windsock}} either, it's
        blown off the pole. [[aircraft_registration:G-BNXT]], [[flight_number:SLN512]], 5 pax
        ok. pls can someone ring [[organisation:Sgarbh Community Council]]?? also {{NOTAM}} the
        sock. - [[name:yoli]]
    """)),
    ("aviation", "incident", prose("""
        On [[date:30 October 2024]] [[aircraft_registration:G-SNCA]], a {{Piper Seneca}}, was on
        a {{ferry flight}} with no passengers from [[organisation:Kirkbride Aero Engineering]]
        back to Torsay after a {{100-hour check}}. At 3,500 ft over the sound the right engine
        began to run rough with a drop in {{manifold pressure}}. The pilot,
        [[name:Bartholomew Osei]], worked through the {{checklist}}, {{feathered}} the
        propeller and made a {{single-engine landing}} at Torsay. Engineering found a
        {{magneto}} lead that had not been secured after the check, and the {{independent
        inspection}} of the ignition system had not been signed. The maintenance organisation
        has been told, an {{MOR}} submitted ([[case_reference:OR-2024-10-0231]]) and the
        {{CAA}} surveyor informed. Captain [[name:Osei]] noted that the {{ground run}} had been
        normal, so nothing could have been picked up before take-off.
    """)),
    ("aviation", "success", block("""
        SAFETY BULLETIN 14 - GOOD CATCH OF THE MONTH
        Congratulations to {{ground handler}} [[name:Rose MacInnes]] at Hallay, who on
        [[date:Weds 9th]] spotted that the left {{fuel cap}} on [[aircraft_registration:G-SOLA]]
        was not locked during the {{turnaround}}. She stopped the aircraft before
        {{engine start}}. The pilot, [[name:Pat]], said he'd been interrupted by a passenger
        while refuelling and is happy for this to be shared. {{Human factors}} lesson: if
        you're interrupted, go back to the start of the {{walkround}}.
        [[name:Rose]] gets the bulletin's {{voucher}} this month. Thanks also to
        [[name:Faith Nakamura]] ({{CAMO}}) for checking the tank and {{fuel drains}} the same
        afternoon.
        - [[name:Neil]], {{Safety Manager}}
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind329", REPORTS))
