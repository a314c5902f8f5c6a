"""Held-out blind corpus 244: UK incident, near-miss and learning reports, written blind.

Fifty hand-written reports as front-line practitioners type them into a confidential
reporting system, marked up with `[[label:value]]` identifier spans and `{{term}}`
must-not-redact mentions (see markup.py). Everything is invented: people, organisations,
places, phone numbers, references, registrations.

Settings:
- social_care (17): a family support service after a child's death - child death review
  meetings, key workers, bereaved siblings, schools, funerals, police family liaison.
- health (17): a hospice at home and children's palliative care team - symptom control at
  home, syringe drivers, night sitters, advance care plans, families and GPs.
- aviation (16): a gliding club - winch launches and aerotows, instructors, duty pilots,
  cross-country flights, junior members, the launch point and the hangar.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack), handover notes, minutes with attendance
and apologies, pipe and aligned-column tables, radio transcripts, shout-outs and thank-yous.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind244.jsonl"

SOCIAL_CARE = [
    ("social_care", "incident", prose("""
        rang {{mum}} ([[name:shanice]]) about {{10ish}} re the {{CDR}} mtg {{tmrw}} - she hadnt
        been told it moved to [[date:thurs 14th]]. letter went to old address
        [[address:22 Pell St, Brayford]] not her mums. she was v upset, said nobody tells us
        anything. also [[name:kai]] ([[age:9yo]]) still not back at
        [[organisation:Fernlea Primary]], {{DSL}} says theyre waiting on us?? nobody owns it.
        emailed {{CDOP}} admin + my {{TM}}. need address fixing on {{LCS}} asap, ref
        [[case_reference:FS-2291]]. will ring {{school}} {{1st thing}}. - [[name:jb]]
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:6 February]] I was preparing a {{return-to-school pack}} for
        [[organisation:St Bede's C of E Junior School]] to support [[name:Amira Haddad]] after
        her brother's {{funeral}}. The pack had been built from an old {{template}} and still
        contained the name and date of birth of another {{bereaved sibling}},
        [[name:Tomasz Wiśniewski]] ([[date_of_birth:19/08/2014]]), from a previous referral.
        My {{practice supervisor}}, [[name:Nkechi]], spotted it during the
        {{four-eyes check}} before it went to the {{SENCo}}. Nothing left the service and no
        family was affected. We have since stripped identifying fields from every template on
        the {{shared drive}} and added a prompt to the {{sending checklist}}. I would ask that
        the {{Information Governance}} lead checks whether other teams use the same
        templates. Our reference is [[case_reference:FSS/24/0318]].
    """)),
    ("social_care", "success", prose("""
        Massive shout-out to [[name:Grace]] on the {{out-of-hours}} line 🙌 When
        [[name:Ellis]] ([[age:15]]) rang at {{2am}} after finding his sister's
        {{memory box}} had been moved, she stayed on with him for over an hour, used the
        {{grounding}} techniques from the {{Signs of Safety}} refresher and got him to go and
        wake his {{dad}}. By {{9am}} she had already emailed his {{key worker}} and the
        {{school nurse}} at [[organisation:Hollins Park Academy]] so nobody made him retell
        it. That is exactly what good looks like for us. Thank you [[name:Grace]]!! –
        [[name:Dev]] ({{Team Lead}})
    """)),
    ("social_care", "incident", block("""
        From: [[name:Rebecca Olawale-Price]] <[[email:r.olawale-price@westmoor.gov.uk]]>
        To: {{FS Duty}} <[[email:fsduty@westmoor.gov.uk]]>
        Sent: [[date:11 March 2024]] 16:42
        Subject: Incident - {{FLO}} update not shared (ref [[case_reference:IR-24-0771]])

        Hi all,

        Logging this as an incident. The {{police family liaison officer}}, DC [[name:Marsh]],
        told me today that she informed the family on [[date:4 March]] that the
        {{post-mortem}} results would be delayed by {{several weeks}}. This was never passed
        to us, so when I visited Mrs [[name:Aziz]] {{this afternoon}} I repeated the old
        timescale. She was very distressed by the mixed messages and asked who she should
        believe. The {{coroner's officer}} has since confirmed the delay.

        Could we agree a single point of contact with [[organisation:Northdale Police]]? I have
        updated the {{chronology}} and told my {{manager}}.

        Thanks,
        [[name:Becky]]

        [[name:Rebecca Olawale-Price]] | {{Senior Family Support Practitioner}} | [[organisation:Westmoor Council]]
        [[phone:01632 960 418]]
    """)),
    ("social_care", "near_miss", block("""
        Chronology – {{rapid response}} meeting, [[date:Tue 23 Jan]]
        09:30  Meeting convened at [[organisation:Kirkgate Children's Centre]]. {{Chair}}: Dr [[name:Imogen Frith]] ({{designated doctor}}).
        09:40  [[name:Leo]]'s older brother [[name:Callum]] ([[age:17]]) arrives in {{reception}} with dad, expecting a "family meeting".
        09:42  Invite had gone to dad's mobile ([[phone:07700 900 731]]) on the professionals' template, not the family one.
        09:45  I ({{key worker}}) met them in the {{quiet room}} and explained. Meeting paused.
        10:05  Dad and [[name:Callum]] offered a separate meeting with the {{paediatrician}} on [[date:26/01]].
        10:10  Meeting resumed. No {{post-mortem}} detail was shared with the family.
        Learning: the two invite templates look almost identical. Raised with {{business support}} and the {{CDOP}} office.
        [[name:Sunny Kaur]]
    """)),
    ("social_care", "success", block("""
        {{Child Death Review Meeting}} – learning note
        Date: [[date:02/05/2024]]    Venue: [[organisation:Ashgrove Hospice]], {{family room}}
        Present: [[name:Hope Mensah]] ({{Chair}}), Dr [[name:R. Venkataraman]] ({{consultant paediatrician}}), [[name:Faith Oduya]] ({{key worker}}), PC [[name:Lindqvist]] ({{FLO}}), [[name:Joy Tremaine]] ({{school nurse}}, [[organisation:Marston Vale Academy]])
        Apologies: [[name:Pat Kowalczyk]] ({{GP}}, [[organisation:Brookside Medical Practice]])

        Item 3 – What went well
        Parents said it mattered that [[name:Faith]] briefed them the day before in plain English and that the meeting was held away from the hospital. Sibling [[name:Oskar]] ([[age:aged 11]]) asked to write a letter; [[name:Joy]] read it out at the start. Parents felt "he was in the room".
        Action: pre-briefing to become standard practice (cf. {{Working Together}}, {{CDR}} statutory guidance). Owner: [[name:Hope]].
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT – Family Support
        Child (deceased): [[name:Maja Nowak-Reilly]]    DOB: [[date_of_birth:03/11/2019]]
        Sibling: [[name:Zofia Nowak-Reilly]], [[age:8]]
        Address: [[address:Flat 4, 17 Coldbeck Road, Harlow Moor]], [[postcode:LS9 7RU]]
        Ref: [[case_reference:FS-2024-0456]]     Date of incident: [[date:19 April 2024]]

        What happened: [[name:Zofia]]'s school, [[organisation:Greenbank Infants]], put up a {{memorial board}} with a photo of [[name:Maja]] in the {{hall}} without asking the parents. {{Mum}} found out from another parent at the {{school gate}} and came straight to our {{office}} in tears.
        Action taken: rang the {{Headteacher}}, board taken down the same day, {{DSL}} rang mum to apologise. Offered school our {{bereavement-aware}} briefing for staff.
        Why it matters: parents had asked for nothing public until after the {{inquest}}.
        Reported by: [[name:Amber Lowe]], {{Family Support Worker}}
    """)),
    ("social_care", "near_miss", block("""
        [14:02] [[name:Tariq Anwar]]: anyone know the {{funeral}} time for [[name:Ruby]] on [[date:Fri 8th]]? [[organisation:Oakwood Day Nursery]] asking so staff can go
        [14:05] [[name:Mel D]]: {{11.30}} at [[organisation:Lister Road Crematorium]] BUT parents said family only, no professionals
        [14:06] [[name:Tariq Anwar]]: oh god. I was literally about to email it to the {{nursery manager}}
        [14:06] [[name:Mel D]]: it's in the {{genogram}} notes under wishes, really easy to miss. can you ring nursery and explain gently
        [14:11] [[name:Tariq Anwar]]: done, spoke to [[name:Bill]]. they're going to plant a {{memory tree}} at nursery the same morning instead 💛 twin brother [[name:Rafferty]] can help with it when he's back
        [14:12] [[name:Mel D]]: lovely. I'll raise at {{supervision}} that funeral wishes need to be on the {{front sheet}} not buried in notes
        [14:12] [[name:Mel D]]: also {{FYI}} {{Teams}} isn't the place for family details, use the {{case file}} 🙈
    """)),
    ("social_care", "success", prose("""
        Learning report – joint preparation for an {{inquest}}. Ahead of the inquest into the
        death of [[name:Daniyal Qureshi]] ([[age:aged 4]]), listed at
        [[organisation:Northdale Coroner's Court]] for [[date:17 June]], the
        {{family liaison officer}}, DS [[name:Okafor]], and our {{key worker}},
        [[name:Rose Ainsworth]], agreed to visit the family together rather than separately.
        They brought a floor plan of the court, explained who would sit where and what the
        {{pathologist}} might say, and agreed a signal for [[name:Daniyal]]'s {{mum}} to step
        out. His sisters [[name:Hira]] and [[name:Mahnoor]] were offered a visit to the empty
        {{courtroom}} with [[name:Rose]] the week before. On the day the family said they
        "knew what was coming", and the {{coroner}} thanked the services for their
        coordination. We would like this joint visit to become part of our
        {{inquest pathway}}, and the {{FLO}} coordinator at force level has agreed to share it
        with other {{FLO}}s. Ref [[case_reference:FSS/23/1142]].
    """)),
    ("social_care", "incident", block("""
        HANDOVER – {{duty}} to {{key worker}}   [[date:Mon 29/01]]
        Family: [[name:Bajwa]] (ref [[case_reference:FS-2288]])
        - [[name:Zain]] ([[age:13]]) told the {{Learning Mentor}} at [[organisation:Castlegate High]] on {{Thurs}} that he "doesn't see the point" since his brother died. School emailed our generic inbox; it sat unread over the weekend because the {{duty}} rota had a gap ([[name:Will]] off sick, no cover arranged).
        - I picked it up today 08:50, rang school and then dad. [[name:Zain]] safe, at home, dad aware. Referred to {{CAMHS}} crisis line, {{safety plan}} done with dad over the phone.
        - Incident logged as the email was not actioned for 3 days.
        TO DO for [[name:Esi]]: joint visit {{tomorrow}}, check {{CAMHS}} response, speak to school {{DSL}} about using the duty phone ([[phone:0113 496 0582]]) not email for anything urgent.
        [[name:Will]] is back {{Wednesday}} – please don't let him pick this up without a catch-up.
        – [[name:Lorna]]
    """)),
    ("social_care", "near_miss", block("""
        Visit allocation – bereaved siblings, w/c [[date:15 April]]
        Worker | Family | Child(ren) | Day | Note
        [[name:Anneke de Vries]] | [[name:Farouk]] | [[name:Yasmin]] ([[age:6]]) | {{Tue}} | after school
        [[name:Jonjo]] | [[name:Pritchard]] | [[name:Tyler]], [[name:Mason]] | {{Wed}} | at nan's
        [[name:Summer Ellison]] | [[name:Mwangi]] | [[name:Wanjiru]] ([[age:14]]) | {{Thu}} | {{CAMHS}} appt am
        [[name:Jonjo]] | [[name:Holt]] | [[name:Ivy]] ([[age:10]]) | {{Fri}} | first visit

        Near miss: [[name:Jonjo]] was allocated the [[name:Holt]] family, but his partner is [[name:Ivy]]'s aunt. He noticed when he read the {{referral}} and flagged it before the first visit. Our allocation {{spreadsheet}} has no {{conflict of interest}} check. Suggest adding a declaration step at the {{allocation meeting}} and asking {{HR}} to cover it at {{induction}}. Reallocated to [[name:Summer Ellison]].
    """)),
    ("social_care", "success", block("""
        Subject: Thank you – [[name:Layla]]'s return
        From: [[email:headteacher@brambleridge.sch.uk]]

        Dear [[name:Kofi]],

        I just wanted to say thank you for the way you helped us prepare for [[name:Layla]] coming back after [[name:Noah]]'s death. The short session you ran for our {{Year 3}} team on [[date:Thursday 9 November]] gave staff the words they needed, and the {{worry monster}} idea has been a real hit with the whole class. [[name:Layla]] chose to tell her friends herself, in her own way, and the class responded beautifully. We have also linked it to our {{PSHE}} plan and the {{Mental Health Support Team}} that visits on {{Tuesdays}}.

        Our {{SENCo}}, Mrs [[name:Adeyemi-Clarke]], has asked whether you could do the same for our {{lunchtime supervisors}}, as they often see more than the {{class teacher}} does.

        With warm wishes and thanks,
        [[name:Harriet Lomax]]
        {{Headteacher}}, [[organisation:Brambleridge Primary School]]
        [[phone:01632 960 157]]
    """)),
    ("social_care", "incident", prose("""
        pls log - my car ([[vehicle_registration:YD17 KWE]]) broke down on the {{ring rd}} so
        i was 40 mins late collecting [[name:mo]] & [[name:aaliyah]] from
        [[organisation:Thornhill Juniors]] for the {{grief group}}. office didnt pick up,
        {{duty}} mobile went to {{vm}}. kids were waiting w {{office staff}} til {{4.10}},
        [[name:aaliyah]] crying, she thought something bad had happened bc thats how she found
        out about her {{bro}}. school rang {{mum}} b4 i got there which made it worse. no one
        at fault really but we need a {{lone working}} backup + a 2nd contact for transport.
        {{TM}} aware. [[name:Sky]] covered the group for me. ref [[case_reference:FS-1970]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Ngozi Eze]]
        To: Child Death Review – Minutes
        Date: [[date:20/02/24]]
        Subject: Near miss – minutes nearly sent to wrong [[name:Sam]]

        When sending the draft minutes for the review of baby [[name:Aarav Menon]] I typed "[[name:Sam]]" and {{Outlook}} autocompleted to [[email:sam.menon@pennmail.co.uk]] – the baby's {{uncle}}, who had emailed us once about the {{funeral}} – instead of [[email:samantha.hughes@northdale.nhs.uk]], the {{designated nurse}}. I noticed the surname in the To line just before pressing send. If it had gone, the family would have received unredacted {{pathology}} findings and professional opinions before their {{family meeting}}.

        Suggestions: clear autocomplete for family contacts; mark minutes {{OFFICIAL-SENSITIVE}}; send via the secure {{CDOP}} portal only.

        [[name:Ngozi]]
        {{Business Support Officer}}, {{Child Death Review}} team
    """)),
    ("social_care", "success", block("""
        [[[date:23/03/2024]], 18:47] [[name:Hollie]]: {{sibling group}} done 🌈 8 kids at [[organisation:Moorside Community Centre]] today. the {{feelings jar}} went down so well
        [[[date:23/03/2024]], 18:49] [[name:Hollie]]: and massive thanks to [[name:Tomás]] from {{youth work}} who stayed late so [[name:Precious]] could finish her {{memory jar}} – her {{mum}} cried happy tears at {{pick up}}
        [[[date:23/03/2024]], 18:52] [[name:Marek]]: ahh love this. [[name:Precious]] hasn't said a word in group for 3 weeks
        [[[date:23/03/2024]], 18:53] [[name:Hollie]]: she told the group her brother's name today. first time 💜
        [[[date:23/03/2024]], 19:05] [[name:Ade]] ({{Manager}}): brilliant work all. [[name:Tomás]] please put this in as a {{learning}} report so the {{volunteer}} team see it too. & remember no surnames or schools on here, {{WhatsApp}} is for logistics only 👍
    """)),
    ("social_care", "incident", prose("""
        Incident summary. While helping [[name:Chidi Nwosu]] complete a
        {{Funeral Expenses Payment}} claim for his son's funeral, I printed the {{DWP}} form at
        the office on [[date:Wednesday 3 April]]. When I got to the {{home visit}} I realised
        the pages included a completed page from another family's claim, showing Ms
        [[name:Lucy-Mae Barraclough]]'s {{National Insurance}} number
        ([[ni_number:JT 48 21 96 C]]) and her address at [[address:9 Kestrel Walk, Kelthorpe]],
        [[postcode:WF5 0NL]]. Mr [[name:Nwosu]] did not see it; I removed it before we
        started. The {{shared printer}} had been left with an unfinished job from the day
        before. I have returned the page to the {{case holder}}, informed my {{manager}} and
        the {{Data Protection Officer}}, and Ms [[name:Barraclough]] has been told. Actions:
        {{secure print}} release to be switched on for our floor, and {{paper forms}} to be
        completed online where possible. Ref [[case_reference:DP-24-033]].
    """)),
    ("social_care", "success", block("""
        LEARNING REVIEW – what helped the [[name:Abara-Lindgren]] family (ref [[case_reference:FS-2301]])

        Who                        What they did                                      Family said
        [[name:Mark Odhiambo]]     {{Key worker}}; visited within {{48 hrs}}          "he didn't rush us"
        PC [[name:Yusuf]]          {{FLO}}; explained the police role clearly         "we knew he wasn't the enemy"
        [[name:Charis]] (school)   Kept [[name:Elin]]'s peg and drawer as they were   "she could still be there"
        [[name:T.W.]]              {{Bereavement nurse}}; {{hand prints}} and photos  "we have something to hold"
        Rev [[name:Gwen Pryce]]    {{Chaplain}}; {{funeral}} with a {{humanist}} part "it was her, not a template"

        Theme: consistent named people, roles explained, and letting the family set the pace.
        Share at {{team meeting}} on [[date:12/06]] and in the {{CDOP}} learning bulletin.
    """)),
]

HEALTH = [
    ("health", "incident", prose("""
        called out 02:15 to mr [[name:jennings]] ([[address:14 Orchard Rise, Haverby]]),
        {{night sitter}} [[name:dawn]] rang as {{T34}} alarming {{occlusion}}. found line
        kinked under pt, driver had stopped approx 3hrs earlier per log. pt agitated +
        {{terminal secretions}}. gave {{PRN}} {{midazolam}} 2.5mg sc + {{glycopyrronium}}
        200mcg sc, re-sited line, restarted. settled by 03:30. [[name:dawn]] hadnt been shown
        how to check the {{infusion}} light as agency sitter, no handover sheet in the
        {{just in case box}}. {{DN}} team informed for am. logged on {{Datix}}
        [[case_reference:W-118342]]. - [[name:Bev]] {{CNS}} {{H@H}}
    """)),
    ("health", "near_miss", prose("""
        During a joint visit on [[date:Saturday 16 March]] to [[name:Eleanor Whitcombe]]
        ([[nhs_number:401 023 2137]]), {{hospice at home}} nurse [[name:Priyanka]] noticed that
        the new {{syringe driver}} chart, written by the {{out-of-hours GP}}, stated
        {{morphine sulfate}} 60 mg over 24 hours. The patient had been taking {{Zomorph}} 30 mg
        twice daily by mouth, and the prescriber had carried the oral total straight across.
        As {{subcutaneous}} morphine is roughly twice as potent as oral, this would have doubled
        her dose. The driver had not yet been set up. [[name:Priyanka]] rang the
        {{palliative care consultant}} on call, Dr [[name:Hollingsworth]], and the
        {{drug chart}} was rewritten as 30 mg over 24 hours. Learning: every oral to
        subcutaneous conversion should be checked against the
        {{local palliative care guidelines}} and by two {{registered nurses}} before the driver
        is started. Ref [[case_reference:HAH-IR-0412]].
    """)),
    ("health", "success", prose("""
        Thank you card received by the team, shared with permission. "To [[name:Marguerite]],
        [[name:Sunita]] and lovely [[name:Ray]] on {{nights}} – you made it possible for
        {{Dad}} to die at home in his own bed, as he wanted. When his breathing changed at
        {{4 in the morning}}, [[name:Ray]] woke us gently and sat with us. We never felt
        rushed or alone. Love from [[name:Carol]], [[name:Steve]] and the whole
        [[name:Pemberton]] family." [[name:Marguerite]] also wants to flag what made it work:
        the {{ReSPECT}} form and {{advance care plan}} were up to date, the
        {{anticipatory medicines}} were in the house before they were needed, and the {{GP}}
        at [[organisation:Kingsmead Surgery]] had agreed a {{verification of death}} plan so
        the family did not wait hours. Good example for {{MDT}} on {{Thursday}}.
    """)),
    ("health", "incident", block("""
        From: Dr [[name:Tomasz Zieliński]] <[[email:t.zielinski@nhs.net]]>
        To: [[email:hospiceathome.referrals@stcolumbas.org.uk]]
        Cc: [[email:k.mbeki@kingsmead-surgery.nhs.uk]]
        Date: [[date:07/08/2023]]
        Subject: {{DNACPR}} not visible to ambulance crew – [[name:Albert Fenwick]]

        Dear colleagues,

        I am reporting an incident regarding Mr [[name:Fenwick]] ([[nhs_number:943 476 5919]]), [[address:3 Mill Cottages, Nether Scarsby]]. He collapsed at home overnight and his {{wife}} called {{999}}. The {{paramedics}} started {{CPR}} because the {{ReSPECT}} form was in the {{hospice folder}} upstairs and his DNACPR decision had not been uploaded to the {{shared care record}}. He was conveyed to [[organisation:Lunesdale General Hospital]] and died in {{ED}} about an hour later. Mrs [[name:Fenwick]] is understandably very distressed.

        The decision was made with the family at our visit on [[date:24 July]]; the upload task was assigned to our {{admin}} but not completed.

        Kind regards,
        [[name:Tomasz]]
        {{Speciality Doctor}}, [[organisation:St Columba's Hospice]]
    """)),
    ("health", "near_miss", block("""
        Timeline – near miss, [[name:Isla-Rose]] ([[age:4]]), ref [[case_reference:CPC-2024-117]]
        [[date:Tues 4th]]
        13:10  {{Community pharmacy}} ([[organisation:Hargreaves Chemist]]) dispensed {{buccal midazolam}} 10 mg/ml instead of the usual 5 mg/ml {{prefilled syringes}}.
        15:45  {{Mum}} ([[name:Kerry-Ann]]) rang the {{children's palliative care}} line, said the box "looked different".
        15:50  {{CNS}} [[name:Olu]] checked the {{symptom management plan}}: dose 2.5 mg = 0.5 ml of 5 mg/ml. With the new stock that volume would give 5 mg.
        16:20  [[name:Olu]] visited, swapped stock via the {{on-call}} {{GP}} ([[organisation:Fellside Medical Practice]]), updated the {{seizure plan}} to state mg AND ml AND strength.
        17:00  Pharmacy informed, doing their own review.
        No dose given from the wrong stock. [[name:Isla-Rose]] well.
    """)),
    ("health", "success", block("""
        Hospice at Home {{MDT}} – [[date:Wed 12 June]]
        Attendees: [[name:Faye Oyelaran]] ({{Clinical Lead}}), [[name:Gintaras]] ({{HCA}}), [[name:Jas]] ({{social worker}}), Dr [[name:Mahlangu]] ({{GP}}, [[organisation:Harrowfield Medical Centre]]), [[name:Beth]] ({{chaplain}})
        Apologies: [[name:Lowri Price]] (night team)

        Learning from a good death – Mrs [[name:Ivanova]] ([[age:91]])
        [[name:Jas]] presented. Mrs [[name:Ivanova]] spoke mainly {{Bulgarian}}; her granddaughter [[name:Desislava]] usually interpreted but was not there at night. The team booked a phone {{interpreter}} and, with [[name:Beth]]'s help, recorded key phrases ("are you in pain?", "do you want to sit up?") on a tablet for the {{night sitters}}. Mrs [[name:Ivanova]] was comfortable and died with her family present, as set out in her {{advance care plan}}.
        Action: [[name:Faye]] to add {{interpreting}} out of hours to the {{care plan}} template.
    """)),
    ("health", "incident", block("""
        Handover – nights → days   [[date:Sun 21/04]]
        • [[name:Okonjo]], [[name:Gladys]] (ref [[case_reference:HAH-3391]]) – booked {{night sitter}} did not arrive. Rota showed [[name:Hope]] but she was on {{annual leave}}; swap not updated on {{e-Roster}}. Daughter rang the {{advice line}} at 23:40. I ({{band 6}}) went out myself, stayed till 03:00, then [[name:Ciaran]] from the {{bank}} came. Family understandably upset, pt comfortable throughout, {{syringe driver}} running to time.
        • [[name:Lindiwe]] in the {{rota office}} needs to know first thing.
        • Mr [[name:Bell]] at [[address:Flat 2, 40 Station Road]] – {{catheter}} bypassing, {{DN}} asked to review today.
        • All other pts settled. {{Incident form}} done for the sitter gap.
        [[name:Kasia W]]
    """)),
    ("health", "near_miss", block("""
        [09:12] [[name:Ruth Adjei]]: morning - just opened the {{CPC}} record for [[name:Harvey Doyle]] and the {{advance care plan}} at the top is for [[name:Harley Doyle]] 😳 different child, different {{ICB}}
        [09:13] [[name:Ruth Adjei]]: {{DOB}}s [[date_of_birth:14/02/2016]] vs [[date_of_birth:14/12/2016]]
        [09:15] [[name:Sandeep]]: oh no. has anyone acted on it?? [[name:Harvey]]'s plan is full escalation, [[name:Harley]]'s is {{comfort care}} only
        [09:16] [[name:Ruth Adjei]]: no, spotted it before the home visit. uploaded {{yesterday}} by the {{hospital}} team, I think from a scan with the wrong {{NHS number}}
        [09:18] [[name:Sandeep]]: I'll move it + ring [[organisation:Moorgate Royal Infirmary]] {{records}}. pls put it on {{Datix}}
        [09:19] [[name:Ruth Adjei]]: done, [[case_reference:W-120077]]. flagging both records with a {{similar name alert}}
        [09:25] [[name:Sandeep]]: thank you 🙏 good catch
    """)),
    ("health", "success", prose("""
        Learning from excellence. On [[date:2 December]] our {{children's palliative care}}
        team supported the family of [[name:Ayaan Chaudhry]], [[age:aged 14 months]], to take
        him home from {{PICU}} at [[organisation:St Winifred's Children's Hospital]] for
        {{compassionate extubation}}. Within 36 hours [[name:Meera]] ({{CNS}}) had arranged
        {{oxygen}}, a {{syringe driver}} with {{midazolam}} and {{morphine}}, an
        {{ambulance transfer}} with a {{PICU nurse}}, and a {{symptom management plan}} agreed
        with the {{consultant}}. The {{hospice}} chaplain, [[name:Imran]], met the family
        beforehand to talk through the prayers they wanted. [[name:Ayaan]] was extubated in
        his father's arms in the family's living room with his grandparents present, and died
        peacefully two hours later. His parents told us: "he came home, that's all we wanted".
        Key enablers: a named lead, early contact with the {{GP}}, and {{rapid discharge}}
        paperwork already prepared. To be shared at the regional
        {{palliative care network}}.
    """)),
    ("health", "incident", block("""
        INCIDENT FORM – Community
        Patient name: [[name:Winifred Asante]]
        DOB: [[date_of_birth:22/09/1938]]      NHS No: [[nhs_number:485 777 3457]]
        Address: [[address:27 Fold Lane, Cragbeck]], [[postcode:BD22 6HT]]
        Date/time: [[date:30/10/2023]] 19:20
        Location: patient's home     Ref: [[case_reference:HAH-IR-2023-281]]

        Description: {{Controlled drug}} stock check by {{HCA}} and {{daughter}} found 4 ampoules of {{diamorphine}} 10 mg unaccounted for. {{CD record sheet}} last signed by [[name:J.K.]] ({{agency nurse}}) on [[date:28/10]]. No entries since. Daughter says she saw a nurse "put something in her bag".
        Immediate action: {{CD}} lead and {{Accountable Officer}} informed, {{police}} not yet informed pending review, agency ([[organisation:CareFirst Nursing Ltd]]) contacted.
        Reporter: [[name:Hamza Siddiqui]], {{Team Leader}}, [[phone:01632 960 773]]
    """)),
    ("health", "near_miss", prose("""
        quick one for the log - visited mrs [[name:o'driscoll]] today w [[name:fin]]
        ({{student nurse}}), husband [[name:pádraig]] was smoking in the {{kitchen}} w door
        open & her {{oxygen concentrator}} running in the {{front room}}, tubing goes right
        thru. no fire but v close call imo. explained risk again, he said he forgets.
        contacted {{oxygen provider}} ([[organisation:Airflow Homecare]]) for a
        {{home oxygen risk assessment}} + {{fire service}} {{safe & well visit}} booked
        [[date:fri 19th]]. {{GP}} aware. leaflet left. pls can someone chase if no visit by
        then, im on {{AL}}. - [[name:Teodora]]
    """)),
    ("health", "success", block("""
        From: Dr [[name:Ade Bankole]] <[[email:ade.bankole@nhs.net]]>
        To: [[email:cpc.team@larkspurhospice.org.uk]]
        Subject: thank you – [[name:Poppy]]

        Hi all,

        Just a quick note to say thank you for everything you did for [[name:Poppy]] and her family over the last few weeks. I have been a {{GP}} for 20 years and this was the most joined-up care I have seen for a child at the end of life. The {{shared symptom plan}}, the daily call from [[name:Chinwe]] to our {{duty doctor}}, and having the {{anticipatory medicines}} in the {{just in case bag}} meant I was never guessing. Her {{mum}} told me the {{night sitters}} let them sleep for the first time in months, and that her brother [[name:Alfie]] loved [[name:Nell]] from {{play therapy}}.

        Please pass this on to the {{night team}} and to [[name:Roisin]] in the {{pharmacy}} at [[organisation:Larkspur Children's Hospice]].

        Best wishes,
        [[name:Ade]]
        [[organisation:Fellside Medical Practice]]
    """)),
    ("health", "incident", block("""
        {{Syringe driver}} check log – Mr [[name:Ogunleye]], [[address:8 Beck View, Harden Moor]]
        Date  | Time  | Vol left (ml) | Rate | Site                  | Checked by
        [[date:05/03]] | 08:00 | 16.5 | 0.71 | L upper arm           | [[name:AK]]
        [[date:05/03]] | 14:00 | 12.2 | 0.71 | L upper arm           | [[name:AK]]
        [[date:05/03]] | 20:00 | 12.0 | 0.71 | L upper arm, red      | [[name:Nadia]]
        [[date:06/03]] | 02:00 | 11.9 | 0.71 | L upper arm, red/hard | [[name:Nadia]]

        Incident: volume barely moved between 14:00 and 02:00, so Mr [[name:Ogunleye]] received little of his {{levomepromazine}} and {{oxycodone}} for ~12 hrs and became agitated and nauseous. A {{site reaction}} with {{induration}} was recorded at 20:00 but not acted on because the {{night sitter}} checks did not include "is the volume going down?". [[name:Nadia]] escalated at 02:30; {{CNS}} re-sited to the {{abdomen}}.
        Learning: add an expected-volume column; {{T34}} training for sitters. Ref [[case_reference:HAH-IR-0519]].
    """)),
    ("health", "near_miss", prose("""
        Near miss report, [[date:8 January]]. The {{night sitter}} booked for Mrs
        [[name:Amina Begum]] at [[address:15 Hawthorn Close]] was sent by the
        {{rota coordinator}} to [[address:51 Hawthorn Close]], the home of a different
        patient, Mrs [[name:Rukhsana Begum]], who is also known to our service. The sitter,
        [[name:Mihaela]], realised at the door because the {{key safe}} code did not work, and
        she rang the {{coordinator}} before entering. She arrived at the correct address 25
        minutes late; the family had been told to expect her at {{22:00}} and had not been
        worried. The root cause appears to be that our {{scheduling system}} auto-fills the
        address from the surname. Both records now carry an {{alert}} and the {{IT}} team have
        been asked to switch off auto-fill. {{NHS numbers}}, [[nhs_number:612 408 5534]] and
        [[nhs_number:720 118 9468]], now appear on every sitter booking. Reported by
        [[name:Gareth Lloyd-Evans]], {{Hospice at Home Manager}},
        [[organisation:St Columba's Hospice]].
    """)),
    ("health", "success", block("""
        #shoutouts · {{Slack}}
        [[name:lucy.h]] 8:41 AM
        Shout-out to [[name:Mark]] and [[name:Precious]] from the {{night team}} 🌟 Last night [[name:Jaxon]] ([[age:7]]) had a {{seizure}} cluster at home just after 1am. They talked {{mum}} through the {{rescue plan}} on the phone, she gave the {{buccal midazolam}} as per his {{emergency health care plan}}, and they went out together. He was settled by 3 and stayed at home, which is what the family have always said they want, no {{A&E}}. [[name:Mark]] then wrote the clearest handover I've ever read 🙌
        [[name:raj.p]] 8:55 AM
        👏👏 and they rang {{neurology}} at [[organisation:St Winifred's]] first thing to tweak his {{regular meds}}
        [[name:Mark]] 9:02 AM
        team effort – [[name:Precious]] did the hard bit honestly
    """)),
    ("health", "incident", block("""
        Advice line call record – [[date:Sat 27 Jan]] 22:14
        Caller: [[name:Joy]] ({{daughter}}), [[phone:07700 900 264]]
        Patient: [[name:Frank Hudson]], [[age:78]], {{lung cancer}}, on {{syringe driver}}
        Call handler: [[name:Philippa]] ({{HCA}}, first weekend on the line)

        Caller: Dad's really breathless and scared, the {{midazolam}} isn't helping.
        Handler: Is he on the {{driver}} now?
        Caller: Yes, it beeped earlier but the light's green now.
        Handler: OK, I'll get the {{GP out of hours}} to call you.
        Outcome: {{OOH}} did not call back for 2 hrs 10 min. Family rang {{999}}; Mr [[name:Hudson]] was admitted to [[organisation:Moorgate Royal Infirmary]] and died on the {{AMU}} the next morning, not at home as in his {{ACP}}.
        Review notes: the call should have gone to the {{on-call}} {{CNS}} under our protocol; [[name:Philippa]] had not had {{advice line}} training. Ref [[case_reference:HAH-IR-0533]].
    """)),
    ("health", "near_miss", prose("""
        nr miss!! picked up {{anticipatory meds}} for [[name:tilly]] ([[age:3yo]]) from
        [[organisation:Hargreaves Chemist]] at {{16.30}}, then stopped for fuel and realised
        id left the {{pool car}} ([[vehicle_registration:BD68 FTU]]) unlocked w the {{CD}} bag
        on the back seat for abt 5 mins 🙈 nothing taken, bag sealed, checked against the
        {{FP10}} + {{CD register}} when i got to [[name:tilly]]'s. told {{band 7}}
        [[name:Rhiannon]] straight away. we dont have lockable boxes in the pool cars -
        {{CD policy}} says meds must be "out of sight and secured". can we get
        {{lockable bags}} pls, [[name:Oisín]] said the {{adult team}} have them. - [[name:AJ]]
    """)),
]

AVIATION = [
    ("aviation", "incident", prose("""
        cable break approx 250ft, 2nd launch of the day, {{K-21}} [[aircraft_registration:G-CKRW]]
        P1 [[name:dave r]] ({{BI}}) P2 [[name:jess]] ([[age:15]], {{junior}}). [[name:dave r]] took
        control, {{nose down}}, landed ahead ok. BUT cable came down over the {{retrieve}}
        track & the retrieve car ([[vehicle_registration:KX09 NHV]]) drove over it at speed,
        parachute got wrapped round the axle. nobody hurt. {{winch driver}} [[name:Amrit]] says
        the {{weak link}} was a blue not a black one, wrong one fitted at {{DI}}. {{CFI}} told.
        pls check the {{weak link}} box at the {{launch point}} is sorted by colour. log
        [[case_reference:HEGC-24-017]]
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:Sunday 14 April]] at about 14:20, a member of the public with a dog walked
        across the {{launch run}} at [[organisation:Haddon Edge Gliding Club]] while a
        {{Discus}}, [[aircraft_registration:G-DXKT]], was at "{{take up slack}}". The
        {{Launch Point Controller}}, [[name:Wiremu Tane]], saw them late and called
        "{{stop stop stop}}" on the radio; the {{winch}} operator, [[name:Bartosz]], stopped
        immediately and the pilot, [[name:Catriona Ferguson-Hale]], released. The walker was
        escorted off by the {{duty pilot}}. The public footpath crosses the field near the
        winch end, and the warning signs there were removed during hedge cutting. Actions: the
        signs have been replaced, a {{bunting}} line across the path will go up on flying
        days, and the {{Safety Officer}} will discuss access with the landowner. No one was
        hurt. Ref [[case_reference:HEGC-OR-2024-006]].
    """)),
    ("aviation", "success", block("""
        [[[date:18/05/24]], 19:32] [[name:Mags]] ({{CFI}}): Huge well done to [[name:Olamide]] who went {{solo}} today, the day she turned [[age:16]] 🎉 first of our {{junior}} bursary pilots to do it
        [[[date:18/05/24]], 19:34] [[name:Olamide]]: thank you!!! still shaking 😂
        [[[date:18/05/24]], 19:36] [[name:Mags]] ({{CFI}}): and a shout out to [[name:Hamish]] who noticed her {{straps}} weren't tight on the first attempt and calmly got her to redo them, that's a proper {{safety culture}} moment. and [[name:Kit]] on the {{winch}} gave her three perfect launches in a tricky crosswind
        [[[date:18/05/24]], 19:40] [[name:Hamish]]: she did all the hard work! {{K-13}} [[aircraft_registration:G-DHXE]] behaving nicely too
        [[[date:18/05/24]], 19:41] [[name:Will P]]: brilliant 👏 cake at the {{clubhouse}} next {{Saturday}} then 🎂
    """)),
    ("aviation", "incident", block("""
        From: [[name:Stanisław Kowal]] <[[email:stan.kowal@pennmail.co.uk]]>
        To: {{Safety Officer}} <[[email:safety@haddonedge-gc.org.uk]]>
        Date: [[date:3 August 2023]]
        Subject: {{Aerotow}} – glider out of position, tug released

        Hi [[name:Rosalind]],

        For the record, on the 16:05 aerotow today the {{Astir}} ([[aircraft_registration:G-CFJT]]) flown by [[name:Eamon]] got high and out of position at about 400 ft just after a bump. I was in the {{tug}} ({{Pawnee}} [[aircraft_registration:G-BZTK]]) and felt the tail lifting, so I pulled the release as per the {{tug pilot}} briefing. [[name:Eamon]] released a second later, flew a {{circuit}} and landed OK. Tug fine. The {{rope}} and {{weak link}} came back with me and were dropped in the {{rope drop area}}.

        [[name:Eamon]] has only 4 tows since his {{conversion}} and hadn't flown for 6 weeks. I think we need a {{currency}} check for aerotows, not just winch.

        [[name:Stan]]
        {{Tug pilot}}, [[phone:07700 900 918]]
    """)),
    ("aviation", "near_miss", block("""
        RT transcript (pilot's own recording) – cross-country [[date:22/06/2024]]
        Pilot: [[name:Helga Sørensen]], {{ASW 20}} [[aircraft_registration:G-CHNW]]

        15:41  [[aircraft_registration:G-NW]]: [[organisation:Lowfield Radar]], glider [[aircraft_registration:Golf Charlie Hotel November Whiskey]], request {{Basic Service}}.
        15:41  {{ATC}}: [[aircraft_registration:Golf November Whiskey]], [[organisation:Lowfield Radar]], Basic Service, {{QNH}} 1014, report position and level.
        15:42  [[aircraft_registration:G-NW]]: [[aircraft_registration:Golf November Whiskey]], 4 miles south-west of the reservoir, 3,400 feet, climbing in a {{thermal}}.
        15:44  ATC: [[aircraft_registration:Golf November Whiskey]], traffic information, {{Boeing 737}}, callsign [[flight_number:Northway 472]], 5 miles east of you descending to 3,000 feet. Be advised you are 1 mile from the {{CTA}} boundary, base 3,500 feet.
        15:44  [[aircraft_registration:G-NW]]: [[aircraft_registration:Golf November Whiskey]], thank you, turning west and leaving the thermal.
        15:47  ATC: [[flight_number:Northway 472]] reports visual with a glider, no {{TCAS}} alert.

        Note (pilot): my {{moving map}} had an out-of-date airspace file and showed the CTA base as 4,500. I was climbing towards it without knowing. All club {{flight computers}} now updated. {{MOR}} filed, ref [[case_reference:2024/11873]].
    """)),
    ("aviation", "success", prose("""
        Learning report – a good outlanding. On [[date:9 July]] [[name:Priyesh Shah]]
        ([[age:19]]), on his first {{cross-country}} since his {{Bronze}} and
        {{Cross-Country Endorsement}}, ran out of lift over high ground. He had already picked
        a field at 2,000 ft, checked it for slope, crops and wires, flew a proper {{circuit}}
        and landed in a cut hay field without damage to the {{Astir}}
        ([[aircraft_registration:G-DFLR]]). He phoned the club on [[phone:01632 960 590]], gave
        a {{grid reference}}, and his {{crew}}, [[name:Faith]] and [[name:Bogdan]], arrived with
        the {{trailer}} behind [[vehicle_registration:WR15 OKD]] within 90 minutes. He had also
        found the {{farmer}}, Mr [[name:Ramsbottom]], and thanked him before the crew arrived.
        What went well: a decision height chosen before he needed it, a field-selection
        checklist he had rehearsed with his {{instructor}}, and a charged phone with the club
        number saved. Shared at the {{Friday}} briefing as a model outlanding.
    """)),
    ("aviation", "incident", block("""
        CLUB OCCURRENCE REPORT
        Ref: [[case_reference:HEGC-OR-2024-009]]      Date: [[date:Sat 2 March 2024]]
        Aircraft: {{Puchacz}} [[aircraft_registration:G-CLMV]]
        Reporter: [[name:Tanvir Hussain]]     Role: {{duty pilot}}
        Members involved: [[name:Leila]] ([[age:14]], {{cadet}}), [[name:Sebastian Marr]]
        Location: the {{hangar}}, {{de-rig}} bay

        What happened: while pushing the Puchacz back into the hangar at 17:45, the left wingtip struck the tailplane of the club {{Pawnee}} [[aircraft_registration:G-BZTK]]. Only two people were handling instead of three (no {{wingtip walker}}) as everyone else had gone to the {{clubhouse}}. Small crack in the wingtip fairing; Pawnee elevator dented.
        Injuries: none.
        Immediate action: both aircraft grounded; {{DI}} book annotated, {{inspector}} [[name:Gerhard]] informed.
        Suggested action: no hangar packing with fewer than three; {{junior}} members not to be left to finish alone.
    """)),
    ("aviation", "near_miss", block("""
        {{Safety Committee}} – minutes, [[date:7 November 2023]]
        Present: [[name:Rosalind Achterberg]] ({{Safety Officer}}, {{Chair}}), [[name:Mags Doherty]] ({{CFI}}), [[name:Kwame]] ({{Winch Master}}), [[name:Bill Eastwood]] ({{Tug Master}})
        Apologies: [[name:Ines Carvalho]], [[name:J. Whitlock]]

        2. Near miss – [[date:28 October]]
        [[name:Kwame]] reported that a winch launch of {{K-21}} [[aircraft_registration:G-CKRW]] was started while the {{Junior}} [[aircraft_registration:G-CJVB]] was on {{base leg}}. The Junior pilot saw the cable rising and landed short on the east side, well clear. The {{LPC}} was also acting as {{signaller}} and did not check the approach before calling "{{all out}}".
        Discussion: agreed LPC and signaller must be separate people when launching more than 6 an hour.
        Actions: [[name:Mags]] to brief at the next {{instructors' meeting}}; [[name:J. Whitlock]] to update the {{Launch Point Manual}}.
    """)),
    ("aviation", "success", prose("""
        Thank-you note pinned on the {{clubhouse}} board (copied here for the
        {{learning log}}): "Dear everyone at [[organisation:Haddon Edge Gliding Club]], thank
        you for giving my brother [[name:Cormac]] his {{trial lesson}} on [[date:Sunday 26th]].
        Since his accident he hadn't believed he'd fly again. [[name:Ngaire]] took the time to
        explain the {{hand controls}} in the {{K-21}} and the {{rudder}} setup, and
        [[name:Big Al]] and the lads lifted him in so carefully. He hasn't stopped talking about
        the {{thermal}} at 3,000 feet. With love, [[name:Siobhán]] & [[name:Cormac]]." Note from
        the {{CFI}}: the pre-flight {{risk assessment}} for disabled flying, done with the
        {{BGA}} guidance and [[name:Cormac]]'s {{physio}}, worked well; keep it as the template.
    """)),
    ("aviation", "incident", block("""
        Timeline – cable over boundary fence, [[date:Sat 15/06]]
        11:52  Launch of {{Discus}} [[aircraft_registration:G-DXKT]], pilot [[name:Helmut]], strong crosswind from the west.
        11:53  Pilot released at the top as normal. {{Drogue}} did not open fully; cable drifted east beyond the {{winch}}.
        11:54  Cable came down across [[address:Cragg Lane]] and caught the roof rails of a passing van ([[vehicle_registration:YG21 PZA]]).
        11:55  {{Winch driver}} [[name:Kwabena]] stopped winding in immediately.
        11:58  [[name:Kwabena]] and [[name:Rosie]] ran to the road; van driver (Mr [[name:Yilmaz]]) unhurt, minor scratches to the roof.
        12:05  Flying suspended by {{duty instructor}} [[name:Aoife]]. Details exchanged.
        12:40  Drogue found damaged (stitching). Spare fitted after a {{DI}}.
        13:15  Flying resumed on the {{west run}} only.
        Notes: drogues are not on the {{daily inspection}} list. Club insurer ([[organisation:Sailplane Cover Ltd]]) informed, ref [[case_reference:SC-55192]].
    """)),
    ("aviation", "near_miss", block("""
        #safety ({{Slack}})
        [[name:olly_b]] 18:20
        Near miss at the {{launch point}} this arvo. [[name:Gabe]] was towing the {{K-13}} out with the {{Land Rover}} ([[vehicle_registration:L412 KHT]]) and cut the corner round the {{bus}}, rope was too short so the wing came within a foot of the {{ASK 23}} parked behind it. [[name:tash]] shouted and he stopped.
        [[name:tash]] 18:24
        yeah it was close. honestly not his fault, the long {{tow-out}} rope has been missing since [[date:Sunday 5th]]
        [[name:Mags]] 18:31
        Thanks both. I'll get a new rope ordered and add "tow-out rope length" to the {{DI}} sheet for the vehicle. [[name:Gabe]] please put it in the {{occurrence}} system so the {{Safety Officer}} sees it 👍
        [[name:Gabe]] 18:40
        done - [[case_reference:HEGC-OR-2024-014]]. sorry all
    """)),
    ("aviation", "success", block("""
        {{Duty Instructor}} log – [[date:Wed 21 Aug]]
        Weather: {{cu}} from 11, cloudbase 4,500, W 12 kts.
        Launches: 31 winch, 4 aerotow. Instructors: [[name:Ngaire Tuhiwai]], [[name:Lars]], [[name:Sunny]] (am only).
        Good catch: during the morning {{DI}} on {{K-21}} [[aircraft_registration:G-CKRW]], [[name:Toby Ashworth]] ([[age:17]]), our newest {{junior}}, asked why the {{back release}} ring felt "crunchy". [[name:Lars]] looked and found the {{CG hook}} spring corroded and sticking. Aircraft taken off line; {{inspector}} [[name:Gerhard]] replaced the spring and signed the {{CRS}} by 13:00. [[name:Toby]] had only done three DIs before. Please thank him when you see him – this is exactly why we get juniors doing DIs alongside an inspector.
        Handover to [[name:Mags]] for {{Thursday}}: {{Tost}} hooks on all two-seaters to be checked. {{MOR}} not required (no flight).
    """)),
    ("aviation", "incident", prose("""
        Occurrence report [[case_reference:HEGC-OR-2024-021]]. On [[date:Saturday 20 July]] at
        about 16:10, {{solo}} pilot [[name:Chen Jiahui]] ([[age:16]]) ground-looped the club
        {{Junior}}, [[aircraft_registration:G-CJVB]], after landing on the
        {{north-west strip}} in a gusty crosswind. The wingtip caught long grass and the glider
        swung through 90 degrees. [[name:Jiahui]] was unhurt but shaken; the tail skid and a
        wingtip skid were damaged. The {{duty instructor}}, [[name:Lars Eriksen]], had
        authorised solo flying at the {{launch briefing}} but the wind strengthened during the
        afternoon, and nobody re-checked the {{crosswind limits}} for early solo pilots.
        [[name:Jiahui]]'s parents were told by phone by the {{CFI}} the same evening. The
        glider has been inspected by [[name:Gerhard Vos]] ({{inspector}}) and will be off line
        until repaired. Action: instructors to reassess the weather for solo pilots at least
        hourly; a {{windsock}} to be fitted at the north-west strip.
    """)),
    ("aviation", "near_miss", block("""
        Launch point ↔ winch radio, [[date:13/04/24]] approx 10:35 (from {{LPC}} notes)
        LP: Winch, launch point. {{Take up slack}}, {{K-13}}, [[aircraft_registration:Golf Delta Hotel X-ray Echo]], on the {{left cable}}.
        Winch: Taking up slack, left cable.
        LP: {{All out}}.
        Winch: (no reply, cable moving)
        LP: {{STOP STOP STOP}}. Glider is on the RIGHT cable, repeat right cable.
        Winch: Stopping.

        What happened: the K-13 ([[aircraft_registration:G-DHXE]]) was actually hooked on the right cable; the {{signaller}} had told the LP the wrong side. Winch driver [[name:Dominika]] correctly wound in the left (empty) cable, which snaked past {{members}} walking out the next glider. [[name:Sean O'Hare]], {{LPC}}, saw the wrong cable moving and called stop. Both cables had yellow {{parachutes}}; the {{cable markers}} had not been swapped after the {{cable change}}. P1 [[name:Okwudili]]. Report: [[case_reference:HEGC-OR-2024-011]].
    """)),
    ("aviation", "incident", prose("""
        end of day [[date:sun 28th]] - [[name:ellie-may]] ([[age:13]], {{cadet}}) still at
        the {{clubhouse}} at 19:15 after everyone had packed up, her {{dad}} was meant to
        collect at 6. me & [[name:Karl]] stayed w her (2 adults, in the open, per
        {{safeguarding policy}}). couldnt get thru to dad on [[phone:07700 900 355]], got
        through to {{mum}} in the end, dad's car broken down. collected 19:50. not a huge drama
        but the {{juniors}} list didn't have a 2nd contact number & the {{duty pilot}} sheet has
        no sign-out for {{u18s}}. also i'm not {{DBS}} checked yet, only [[name:Karl]] is.
        flagging to {{Welfare Officer}} [[name:Marion]] - [[name:jez]]
    """)),
    ("aviation", "near_miss", block("""
        Flying list – [[date:Sat 6 July]] (extract)
        No  Time   Glider      Reg                                   P1                          P2/Pax                        Launch
        14  13:05  {{K-21}}    [[aircraft_registration:G-CKRW]]      [[name:Lars]]               [[name:Ahmed R]] (trial)      W
        15  13:12  {{Astir}}   [[aircraft_registration:G-CFJT]]      [[name:Grace Onyango]]      –                             W
        16  13:20  K-21        [[aircraft_registration:G-CKRW]]      [[name:Lars]]               [[name:Summer]] ([[age:12]])  W

        Near miss, launch 15: [[name:Grace Onyango]] was hooked on with the {{airbrakes}} unlocked; the {{wing runner}}, [[name:Florin]], saw the brakes creeping open as the cable tightened and signalled {{stop}}. [[name:Grace]] says she did her {{CB SIFT CB}} checks but was interrupted by a question from a {{trial lesson}} visitor between "{{Ballast}}" and "{{Brakes}}". She relaunched after re-doing her checks from the start. Learning point for the {{instructors' meeting}}: if interrupted, start again.
    """)),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind244", REPORTS))
