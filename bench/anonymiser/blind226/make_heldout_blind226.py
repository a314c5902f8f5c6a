"""Held-out blind corpus 226: 50 hand-written UK incident, near-miss and success reports.

Written blind (without looking at the de-identifier or any other corpus) so that it measures how
well de-identification generalises. Everything in it is invented: people, organisations, places,
phone numbers, NHS/NI numbers, registrations and references.

Three settings:
- social_care (17): a short breaks residential unit for disabled children (support workers,
  personal care plans, epilepsy, transport, parents' evenings).
- health (17): a community mental health crisis line and home treatment team (call handlers,
  CPNs, safety plans, police welfare checks, section 136).
- aviation (16): an aircraft fuelling company at a busy airport (bowsers, hydrant dispensers,
  fuel dockets, spills, driver training, ramp safety).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes with
attendance and apologies, pipe-separated and aligned tables, RT transcripts, shout-outs and
thank-you notes.

Identifiers are marked `[[label:value]]` and must-not-redact mentions `{{term}}` (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind226.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        sat nite shift. [[name:kayden]] ([[age:9yo]]) had a {{tonic clonic}} in bed at approx
        {{0215}}, went over 5 mins so [[name:ola]] gave {{buccal midazolam}} as per his
        {{epilepsy care plan}}. stopped approx 2 mins after. rang {{999}} cos plan says call if
        its over 5. {{paramedics}} came, obs ok, didnt convey. rang {{mum}} 0240 no answer, left
        vm, spoke to her 0610. the issue is the {{seizure mat}} didnt alarm - we only heard him
        cos [[name:ola]] was passing his door. batteries flat when checked after.
        {{battery check}} sheet not signed since [[date:thurs 14th]]. new batteries in, tested
        ok, {{team leader}} aware. ref [[case_reference:LL-2403-118]] [[name:dee]]
    """)),
    ("social_care", "incident", prose("""
        On [[date:Friday 8 March]] [[name:Amira Haddad]] ([[age:aged 14]]) was collected from
        [[organisation:Brackenhill School]] by the {{home to school transport}} contractor,
        [[organisation:Greyline Minibuses]], to travel to [[organisation:Larkspur Lodge]] for her
        {{overnight short break}}. The usual {{passenger assistant}} was off sick and no
        replacement was sent; this was not communicated to the unit. On arrival
        {{support worker}} [[name:Tomasz Wierzbicki]] noticed that [[name:Amira]]'s
        {{wheelchair}} was secured with only two of the four {{tie-down straps}} and her
        {{lap belt}} was not fastened. [[name:Amira]] was unharmed and was checked over.
        [[name:Tomasz]] took photos of the restraints and told the {{shift leader}},
        [[name:Faith Mensah]], who reported it to the {{passenger transport}} team at
        [[organisation:Kelderby Council]]. Vehicle [[vehicle_registration:YK19 HTP]]. {{Mum}} was
        informed that evening and the contractor has been asked to investigate. Our ref
        [[case_reference:LL-2403-121]].
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Grace Okonkwo]] <[[email:grace.okonkwo@kelderby.gov.uk]]>
        To: [[organisation:Larkspur Lodge]] staff
        Sent: [[date:12 March 2024]] 16:40
        Subject: near miss - {{MAR chart}} not updated

        Hi all,

        When [[name:Rhys]] came in on [[date:Saturday 9th]] his {{dad}} handed over a new box of
        {{levetiracetam}} 500mg tablets. The {{MAR chart}} we printed from his
        {{personal care plan}} still said 250mg, as the dose changed after his {{neurology}}
        appointment and nobody told us. [[name:Will]] spotted it at the {{second signature}}
        check before the evening dose, and nothing was given until the {{on-call manager}} had
        confirmed the new dose with the {{GP}} at [[organisation:Moorside Surgery]].
        [[name:Rhys]] had his meds 25 mins late, no harm.

        Please can everyone ask parents at every arrival "any changes to meds?" and write the
        answer on the {{arrival checklist}}. I'll raise it with the {{CWD team}}.

        Thanks
        [[name:Grace]]

        [[name:Grace Okonkwo]] | {{Registered Manager}}
        [[organisation:Larkspur Lodge]] Short Breaks Unit
        [[phone:0113 496 0731]]
    """)),
    ("social_care", "success", prose("""
        SHOUT OUT!! Huge thanks to [[name:Joy]] and [[name:Bartek]] on lates [[date:Wed 13th]].
        We had {{parents' evening}} in the {{dining room}} and [[name:Hope]] ([[age:aged 11]]) got
        really distressed when her {{dad}} was running late. [[name:Joy]] took her to the
        {{sensory room}}, used {{Makaton}} and her {{PECS}} book to explain 'dad coming after
        tea', and [[name:Bartek]] kept the other kids busy with the {{bubble tube}}. No {{PRN}}
        needed, no {{restraint}}, and [[name:Hope]] was smiling by the time {{Dad}} arrived. This
        is exactly what her {{positive behaviour support plan}} says to do 👏 -
        [[name:Fi]] ({{unit manager}})
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY - hoist incident - [[name:Oliver Brennan-Tate]] ({{child ID}} [[case_reference:KMBC-CH-40721]])
        [[date:Sunday 17 March 2024]]
        19:05  {{Support workers}} [[name:Sunny Adeyemi]] and [[name:Liesl]] start {{bath time}}, {{ceiling track hoist}}, {{bathroom 2}}.
        19:11  [[name:OB]] lifted from {{changing bench}}; left {{sling}} loop on wrong colour ({{blue}} not {{green}} as per {{moving and handling plan}}).
        19:12  [[name:OB]] tilted to the left. [[name:Sunny]] supported his head and shoulder and lowered him back to the bench.
        19:20  {{Body map}} done, no marks or redness. [[name:OB]] calm, laughing.
        19:35  {{Shift leader}} [[name:Marek]] informed. Hoist and sling taken out of use.
        20:10  {{Mum}}, Mrs [[name:Brennan-Tate]], informed by phone ([[phone:07700 900418]]).
        Next day: {{OT}} to re-check sling size; staff {{refresher training}} booked.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - nights to earlies - [[date:Sat 16 Mar]]
        In tonight: [[name:Kayden]], [[name:Precious]], [[name:Ibrahim]], [[name:Lily-Mae]]

        - [[name:Precious]] - slept well. {{PEG}} feed stopped 22:00, {{flush}} done.
        - [[name:Ibrahim]] - awake 02:50-04:00, settled with his music.
        - NEAR MISS - at 01:30 the {{fire door}} to {{the garden}} was found propped open with a
          chair. [[name:Ibrahim]] heads for open doors and is {{1:1}} when awake. Shut it, no harm.
          Don't know who left it, earlies pls raise at {{team meeting}}.
        - [[name:Lily-Mae]] - {{temp}} 37.9 at 06:00, {{Calpol}} given per {{homely remedies}}
          form, {{mum}} aware.
        - [[name:Kayden]] - no seizures, {{seizure mat}} tested ok
        - {{Fire panel}} zone 3 fault still showing - logged with {{maintenance}}.
        Night staff: [[name:Ros]] / [[name:Tunde]]
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT - [[organisation:Kelderby Metropolitan Borough Council]] {{Children's Services}}
        Service: [[organisation:Larkspur Lodge]] (short breaks)
        Child: [[name:Zainab Chaudhry]]
        DOB: [[date_of_birth:04/11/2011]]
        Ref: [[case_reference:KMBC-CH-38814]]
        NHS no: [[nhs_number:485 777 3457]]
        Home address: [[address:27 Thornfield Rise, Kelderby]], [[postcode:KL4 7RW]]
        Date/time of incident: [[date:19/03/2024]] 07:45
        Category: {{Safeguarding}} / unexplained injury
        Details: During {{personal care}} on the morning after her stay, {{support worker}}
        [[name:Mark]] noticed a bruise approx 3cm on [[name:Zainab]]'s upper left arm.
        [[name:Zainab]] is {{non-verbal}} and uses {{eye gaze}}. No {{body map}} was completed on
        arrival on [[date:18/03]], so we cannot say whether it happened here or before.
        Body map done, photos taken, {{duty social worker}} informed 09:10, {{LADO}} advice
        sought by the manager. {{Mum}} informed.
        Reported by: [[name:Mark Ellison]], {{Support Worker}}
        Checked by: [[name:P. Okafor-Reid]], {{Team Leader}}
    """)),
    ("social_care", "success", block("""
        [[date:21/03/2024]], 07:52 - [[name:Bea Lindqvist]]: morning all, just want to say massive well done to [[name:Pat]] last night 🙌
        [[date:21/03/2024]], 07:53 - [[name:Bea Lindqvist]]: [[name:Jasmine]] had a cluster of {{absences}} then a {{tonic clonic}} at 23:40, [[name:Pat]] timed it, gave {{buccal}} at 5 mins exactly as per plan, {{recovery position}}, {{O2 sats}}, called {{999}}
        [[date:21/03/2024]], 07:55 - [[name:Bea Lindqvist]]: {{crew}} said the {{seizure record}} was the best they'd seen and she didn't need to go to {{A&E}}
        [[date:21/03/2024]], 08:01 - [[name:Pat Oduya]]: aw thanks [[name:Bea]] x just followed the plan. {{mum}}'s been rung and I've filled in the {{seizure diary}}
        [[date:21/03/2024]], 08:03 - [[name:Kofi]]: 👏👏 nice one [[name:Pat]], adding it to {{good practice}} for {{supervision}}
    """)),
    ("social_care", "near_miss", block("""
        [[organisation:Larkspur Lodge]] - Staff Team Meeting - Minutes
        Date: [[date:25 March 2024]]
        Present: [[name:Faith Mensah]] (chair), [[name:Marek Nowak]], [[name:Joy Fairweather]], [[name:Sunny Adeyemi]], [[name:Ros Delacroix-Hyde]]
        Apologies: [[name:Tunde Bakare]], [[name:Liesl van der Merwe]]

        3. Near miss - allergy
        [[name:Ros]] reported that on [[date:22/3]] a {{bank worker}} almost gave [[name:Leo]]
        ([[age:8]]) a cereal bar containing {{sesame}}. [[name:Leo]] has {{anaphylaxis}} and
        carries an {{EpiPen}}. The allergy was in his {{care plan}} but not on the
        {{kitchen board}}. [[name:Joy]] saw the wrapper and stopped it.
        Actions: [[name:Marek]] to update the kitchen board at every booking; allergen check
        added to the {{arrival checklist}}; bank staff {{induction}} to cover the kitchen board.

        4. {{Ofsted}} / {{Reg 44}}
        {{Independent visitor}} booked for [[date:2 April]]. [[name:Faith]] to circulate last report.
    """)),
    ("social_care", "incident", prose("""
        mum dropped [[name:Theo]] off @ 5 wiv no {{meds}} 4 the wknd!! said she'd bring them l8r
        but then didnt answer fone. rang {{on call}} ([[name:steph]]) who said ring {{OOH GP}}.
        [[name:theo]] needs {{carbamazepine}} at 8pm + {{clobazam}}. {{OOH}} did an
        {{emergency supply}} to [[organisation:Halden Pharmacy]] on [[address:Station Rd]],
        [[name:jj]] drove 2 get them, given 20:40 so 40 mins l8. {{MAR}} signed + {{late dose}}
        recorded, {{seizure}} obs every 30 mins til midnight, all ok. mum rang back 10ish v sorry,
        fone had died. fink we shd check meds @ the {{booking call}} day before not at the door.
        [[name:sam k]]
    """)),
    ("social_care", "success", prose("""
        Compliment received [[date:26 March]]: a card from [[name:Ewa Kowalczyk]], {{mother}} of
        [[name:Filip]] ([[age:aged 17]]), after his final stay before moving to
        {{adult services}}. She thanked {{key worker}} [[name:Rose Achterberg]] and
        {{senior support worker}} [[name:Bill]] for the {{transition plan}}. What worked:
        [[name:Rose]] made a {{social story}} with photos of the new {{day centre}} at
        [[organisation:Ashgrove Resource Centre]], and [[name:Bill]] went with [[name:Filip]] on
        three visits so there was always a familiar face. [[name:Filip]]'s
        {{communication passport}} was shared with the {{adult social care}} team before his
        first visit. Mrs [[name:Kowalczyk]] wrote that it was 'the first big change he has ever
        coped with without a {{meltdown}}'. Learning: use this model for every
        {{18+ transition}}; [[name:Rose]] to present it at the {{practice forum}}.
    """)),
    ("social_care", "incident", block("""
        Night checks - [[organisation:Larkspur Lodge]] - [[date:27/03/24]]
        Child     | Checks needed        | Checks signed                  | Staff
        [[name:Hamza]]     | 30 min ({{epilepsy}})    | 22:00 22:30 23:00 01:00 01:30 ... | [[name:CW]]
        [[name:Niamh]]     | hourly               | all                            | [[name:CW]]
        [[name:Adebola]]   | hourly               | all                            | [[name:PL]]

        Comment: no checks recorded for [[name:Hamza]] 23:00-01:00. [[name:CW]] was supporting
        [[name:Niamh]], who was very distressed, and the {{sleep-in}} worker was not woken to help.
        [[name:Hamza]] was asleep and well at 01:00 and the {{seizure mat}} log shows no alerts.
        Logged as an incident because the 30-minute {{night checks}} in his {{risk assessment}}
        were not done. {{On-call}} manager told at 07:30; not an {{Ofsted}} notifiable event.
        {{Registered Manager}} to review {{waking night}} cover when two children with
        {{high needs}} are booked together. Ref [[case_reference:LL-2403-140]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Sunita Ramaswamy-Clarke]]
        To: {{Passenger Transport}} - [[organisation:Kelderby Council]]
        Cc: [[email:larkspur.lodge@kelderby.gov.uk]]
        Date: [[date:28/03/2024]]
        Subject: Near miss - drop off to old address

        Hello,

        This morning the driver on the return run had [[name:Kacper]]'s old address on his
        {{run sheet}} ([[address:14 Mill Lane, Brockholt]]) rather than his new one,
        [[address:3 Heron Close, Brockholt]], [[postcode:BK7 2LP]]. [[name:Kacper]] ([[age:13]])
        is {{non-verbal}} and could not tell him. Our {{support worker}} [[name:Nadia]] rang to
        give the driver the {{key safe}} code and realised. The family moved on
        [[date:1 March]] and we updated our records, but the {{transport request}} form was never
        re-sent. No harm - the driver was 10 minutes from the wrong house.

        Please could you confirm your records are now correct and that the {{escort}} has the
        {{emergency contact}} sheet.

        Kind regards
        [[name:Sunita]]
        {{Short Breaks Coordinator}}, [[organisation:Larkspur Lodge]]
        [[phone:01632 960214]]
    """)),
    ("social_care", "success", block("""
        Teams chat: seniors group - [[date:2 April 2024]]

        [[name:Obinna Nwankwo]] 10:02
        good news re [[name:Aarav]]'s first {{overnight}} last night!! ([[age:7]], came after 4 {{tea visits}}) slept 21:30 till 06:10
        [[name:Hannah Lee]] 10:04
        amazing. what made the difference do u think?
        [[name:Obinna Nwankwo]] 10:07
        honestly the {{visual timetable}} mum made with us, his own {{weighted blanket}} + {{ear defenders}}, and keeping the same 2 staff (me + [[name:Carys]]) for every visit. {{OT}} advice on the {{sensory diet}} helped loads
        [[name:Hannah Lee]] 10:08
        love it. can we write it up for the {{Autism}} lead and the next {{parents' evening}}? [[name:Aarav]]'s mum said she'd happily talk to other parents
        [[name:Carys ap Dafydd]] 10:12
        👍 I'll do the {{learning summary}} today
    """)),
    ("social_care", "incident", prose("""
        Medication error - wrong child. At about 08:05 on [[date:4 April 2024]] an {{agency}}
        {{support worker}}, [[name:Chidi Okonjo]], gave [[name:Mia Sørensen]] ([[age:aged 12]],
        DOB [[date_of_birth:15/02/2012]], NHS [[nhs_number:601 234 5674]]) a 50mg tablet of
        {{lamotrigine}} prescribed for another child, [[name:Maya Sandhu]]. Both girls'
        {{MAR}} sheets were in the same folder and [[name:Mia]]'s sheet had no photo.
        [[name:Chidi]] realised straight away when [[name:Maya]] came to the
        {{medication room}}, and told the {{shift leader}}, [[name:Patience Boadu]]. She called
        {{NHS 111}} and the {{on-call pharmacist}}, who advised a single dose was unlikely to
        cause harm; hourly {{observations}} for 6 hours were normal and [[name:Mia]]'s {{mum}} was
        informed at 08:40. [[name:Chidi]] had not completed our {{medication competency}} and
        should not have been administering. Ref [[case_reference:LL-2404-007]].
    """)),
    ("social_care", "near_miss", prose("""
        at {{parents evening}} on [[date:tues 9/4]] i was showing Mrs [[name:Greenwood]] the
        photos of [[name:Ruby]]'s stay on the {{laptop}} n realised the {{booking spreadsheet}}
        was open in another tab behind with all the kids names, {{diagnoses}} n home addresses.
        dont think she saw it, i closed it strait away. told [[name:Marek]] after. we shld use
        the {{slideshow}} on the {{TV}} not the work laptop. is it a {{data breach}}?? asked the
        {{IG}} team n they said log as near miss as nothing seen, no {{ICO}} report needed.
        [[name:Kirsty]] ({{sws}})
    """)),
    ("social_care", "success", prose("""
        Good practice - minibus breakdown, [[date:Saturday 13 April]]. On the way back from the
        {{trampoline park}} the unit {{minibus}} ([[vehicle_registration:KX22 RDV]]) lost power on
        the {{bypass}} with four young people and three staff on board, including
        [[name:Esme]] ([[age:aged 10]]), who has a {{rescue medication}} plan for
        {{prolonged seizures}}. Driver [[name:Femi Ilori]] pulled onto the {{hard shoulder}}, put
        the hazards on and followed the {{breakdown procedure}} exactly as practised at the
        {{MiDAS}} refresher in {{March}}: everyone stayed belted in, as it is not safe to unload
        wheelchairs by a live road. [[name:Angharad]] checked the {{grab bag}}, which had
        [[name:Esme]]'s {{buccal midazolam}}, her {{seizure plan}} and every child's
        {{emergency contact}} sheet. [[name:Femi]] rang {{recovery}} and [[name:Angharad]] rang the
        unit, who sent the second vehicle with a {{tail lift}}. All children were back by 17:20
        and parents were texted every 30 minutes. Learning: the grab bag check at the start of
        each trip made all the difference.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        At 23:47 on [[date:2 March 2024]] {{call handler}} [[name:Naveed Iqbal]] took a call on
        the [[organisation:Aldermoor Crisis Line]] from a woman who gave her name as
        [[name:Leanne]] and said she had taken 'a lot' of {{paracetamol}} and {{sertraline}}. The
        call dropped after four minutes. [[name:Naveed]] tried the {{callback}} number twice with
        no answer. The number matched the record of [[name:Leanne Fairclough]]
        ([[case_reference:AFT-1148823]]), open to [[organisation:Fenby Home Treatment Team]].
        [[name:Naveed]] asked the {{duty senior}}, [[name:Claire]], to request a
        {{police welfare check}} at 23:58 ({{police log}} [[case_reference:NMP-20240302-1294]]).
        {{Officers}} forced entry at 00:41 and Ms [[name:Fairclough]] was taken to {{A&E}} at
        [[organisation:Fenby General Hospital]]; she has since been discharged medically fit.
        Delay: the address on our system was her previous one and the first patrol went there.
        Learning: confirm the address on every contact; {{HTT}} to check demographics at each
        visit.
    """)),
    ("health", "near_miss", prose("""
        sent mr [[name:hollis]]'s {{safety plan}} to the wrong email!! typed
        [[email:dholis72@mailbox.co.uk]] instead of [[email:dhollis72@mailbox.co.uk]]. noticed
        wen i looked at sent items n the address looked wrong. rang {{IT}} to {{recall}} - it
        was recalled b4 opened (read receipt says unopened). rang [[name:dave]] to let him know,
        he was ok about it tbh. plan now sent via {{secure email}} link. note to self + team:
        always use {{Egress}} not normal email n copy the address from {{RiO}} dont type it.
        {{Datix}} [[case_reference:DX-44017]]. [[name:Bex]] {{CPN}},
        [[organisation:Fenby HTT]]
    """)),
    ("health", "success", prose("""
        Shout out for [[name:Grace-Ann]] on the {{crisis line}} [[date:Thurs 7th]] night 🌟 A
        young man, [[name:Tariq]], rang from the top of a {{multi-storey}} car park and wouldn't
        say which one. [[name:Grace-Ann]] kept him talking for 52 minutes and went through his
        {{safety plan}} with him (his {{reasons for living}} are his little sister and his dog
        {{Biscuit}} 🐶) while [[name:Jonah]] on the {{duty desk}} got police to do a
        {{welfare check}} using the description of his coat. {{Officers}} found him at 02:10 and
        he went voluntarily to the {{crisis house}}. Textbook {{de-escalation}} and great
        teamwork. - [[name:Sunny]] ({{team manager}})
    """)),
    ("health", "incident", block("""
        Timeline - {{s136}} delay - [[date:Sat 9 March 2024]]
        Person: [[name:Ryan Tolland]], [[age:34]]. Hospital no. [[case_reference:FGH-0077215]]
        21:15  {{Street triage}} unavailable (single crewed). Police detain [[name:RT]] under {{section 136}} at [[address:Canal Wharf, Fenby]].
        21:32  Police ring {{crisis line}} to book the {{136 suite}} at [[organisation:Hazelmere Unit]] - suite occupied.
        21:40  {{Bed manager}} advises nearest other suite is 40 miles away, also full.
        22:05  [[name:RT]] held in the back of a police van outside {{A&E}}.
        23:50  {{AMHP}} [[name:Olu Bankole]] attends, {{s12 doctor}} requested.
        01:20  Dr [[name:Varga]] ({{s12}}) arrives.
        02:10  Assessment completed; {{informal admission}} agreed, no bed until 08:30.
        Total under s136: 11 h, of which 5 h in a police vehicle.
        Reported by: [[name:J. Whitlock-Ames]], {{Crisis Practitioner}}
    """)),
    ("health", "incident", block("""
        {{DATIX}} INCIDENT FORM
        Ref: [[case_reference:DX-44102]]
        Patient name: [[name:Marguerite Osei-Bonsu]]
        DOB: [[date_of_birth:17/06/1958]]
        NHS number: [[nhs_number:450 112 6795]]
        Address: [[address:Flat 6, Larch Court, Fenby]] [[postcode:FN3 8QJ]]
        Team: [[organisation:Fenby Home Treatment Team]]
        Date of incident: [[date:11/03/2024]]
        Description: Pt started on {{lithium}} by {{consultant}} on [[date:28/02]]. {{Lithium level}}
        due 5-7 days later was not taken because the task was given to a {{CPN}} on leave and not
        reallocated at {{MDT}}. On [[date:11/03]] Mrs [[name:Osei-Bonsu]] had {{tremor}},
        {{diarrhoea}} and new confusion; {{HTT}} nurse [[name:Ikechukwu]] ('[[name:Ike]]') arranged
        urgent bloods - level 1.6 mmol/L. Sent to {{ED}} at [[organisation:Fenby General Hospital]],
        admitted to {{AMU}}.
        Immediate action: every lithium pt on the caseload reviewed.
        Reporter: [[name:Hannah Szymańska]], {{Team Manager}}
    """)),
    ("health", "near_miss", block("""
        From: [[name:Tom Adebayo-Finch]]
        To: [[name:Hannah Szymańska]]
        Sent: [[date:13 March 2024]] 18:22
        Subject: near miss on visit today

        Hi [[name:Hannah]],

        Logging this as a {{lone working}} near miss. I was booked with [[name:Kasia]] for the
        joint visit to Mr [[name:D. Greaves]] at [[address:41 Quarry Hill Road]] but she got
        pulled to a {{MHA assessment}} and I went on my own. The {{risk assessment}} on {{RiO}}
        says 2 staff because of previous {{aggression}} and a {{dog}}. He was calm and the visit
        was fine, but the {{buddy}} call at 15:30 was missed because the {{duty worker}} went home
        sick, and nobody noticed I hadn't checked in until I rang at 16:45.

        Could we put 2-staff visits on the {{huddle}} board and have a back-up buddy on the rota?

        Cheers
        [[name:Tom]]
        {{CPN}}, [[organisation:Fenby HTT]] | [[phone:07700 900562]]
    """)),
    ("health", "incident", block("""
        Teams - Crisis Line duty chat - [[date:15/03/2024]]
        [01:12] [[name:Priya Raman]]: anyone free? caller just hung up, v high risk, said she has a {{ligature}} ready
        [01:12] [[name:Dmitri Volkov]]: on it, what's the callback no
        [01:13] [[name:Priya Raman]]: [[phone:07700 900873]] from the {{CLI}}
        [01:16] [[name:Dmitri Volkov]]: rang twice, "number not recognised" 🙁
        [01:17] [[name:Priya Raman]]: ugh I think I typed it wrong, the {{call log}} says [[phone:07700 900837]]
        [01:18] [[name:Dmitri Volkov]]: ringing... no answer. is she [[name:Stacey-Jo Marsh]] on {{RiO}}, open to [[organisation:Aldermoor HTT]]?
        [01:19] [[name:Priya Raman]]: yes. requesting {{welfare check}} now, log [[case_reference:NMP-20240315-0047]]
        [01:58] [[name:Priya Raman]]: police found her safe at home, ligature removed. {{HTT}} to visit in the morning
        [02:03] [[name:Dmitri Volkov]]: 👍 pls {{Datix}} the wrong number, we lost ~5 mins [[name:Priya]]
    """)),
    ("health", "incident", block("""
        [[organisation:Aldermoor and Fenby NHS Foundation Trust]]
        {{Rapid Review}} - Crisis Line / HTT
        Date: [[date:20 March 2024]]   Ref: [[case_reference:SI-2024-0219]]
        Attendees: Dr [[name:Ruth Mbeki]] ({{Clinical Director}}), [[name:Hannah Szymańska]] ({{HTT Team Manager}}), [[name:Gareth Pugh]] ({{Patient Safety}}), Sister [[name:Lou Carrick]]
        Apologies: [[name:Naveed Iqbal]], [[name:Claire Dunmore]]

        Summary: [[name:K.L.]] ([[age:29]]) was discharged from {{HTT}} on [[date:4 March]] to the
        {{CMHT}}. The {{discharge summary}} and updated {{safety plan}} were not sent to the
        {{GP}} or the crisis line. On [[date:10 March]] [[name:K.L.]] rang the line after
        {{self-harm}}; the call handler could only see the old plan and advised {{111}}.
        [[name:K.L.]] attended {{ED}} the next day and needed {{sutures}}.
        Actions: discharge checklist to include crisis line copy ([[name:Hannah]]); audit of
        March discharges ([[name:Gareth]]); {{Duty of Candour}} letter ([[name:Ruth]]).
    """)),
    ("health", "success", block("""
        From: [[email:lindsay.parr.home@mailbox.co.uk]]
        To: [[email:feedback.crisis@aldermoorfenby.nhs.uk]]
        Date: [[date:22 March 2024]]
        Subject: Thank you

        Dear all,

        I just want to say thank you to the two nurses, [[name:Mo]] and [[name:Bernie]], who came
        out to my son [[name:Callum]] last week. He hadn't slept for days and wouldn't open the
        door to anyone. [[name:Bernie]] sat on the stairs and talked to him through the door for
        nearly an hour. They came back every day, sorted his {{medication}} with the {{GP}}, and
        even helped him ring his {{college}}. He is back at home with us and calmer than he has
        been for months.

        With thanks,
        [[name:Lindsay Parr]]

        ---
        Forwarded by {{Team Manager}}: lovely feedback for [[name:Mo]] and [[name:Bernie]] -
        sharing at {{huddle}} as {{learning from excellence}}. Note the persistence and the
        {{family involvement}} in the {{care plan}}.
    """)),
    ("health", "success", block("""
        HTT weekly huddle - w/c [[date:18 March]] - good news 🎉

        | Practitioner          | Planned | Done | Notes                          |
        | [[name:Kasia Wróbel]]          | 22      | 22   | covered [[name:Tom]]'s lates            |
        | [[name:Tom Adebayo-Finch]]     | 19      | 19   | 3 {{joint visits}}                 |
        | [[name:Olamide]] ("[[name:Ola]]")      | 22      | 22   | 2 with {{AMHP}}                     |
        | [[name:Will Frost]]            | 17      | 17   | {{depot}} clinic                   |
        | [[name:Deepa]]                 | 21      | 21   | {{clozapine}} bloods                |

        Total 101/101 - first week with no missed visits since we started the {{RAG}} board in
        {{huddle}}. {{Red}} = seen daily, {{Amber}} = every 2 days, {{Green}} = {{step-down}} plan.
        Thanks all, especially [[name:Deepa]] for sorting the {{rota}}.
    """)),
    ("health", "near_miss", block("""
        HTT handover - earlies to lates - [[date:Mon 25/03]]

        NEW: [[name:Gloria Atherton]] ([[age:61]]) - referred by {{liaison}} after {{OD}}, high risk.
        !! NEAR MISS: [[name:Gloria]]'s {{zopiclone}} was dispensed as 28 days not 7. Our plan is
        7-day supplies for anyone at risk of {{overdose}}. [[name:Faisal]] spotted it on the
        visit, took the spare {{blister packs}} (with her agreement) and put them in the
        {{locked box}} at base. {{Pharmacy}} informed.
        - Mr [[name:Hughes]] - settled, {{discharge}} planned Fri.
        - [[name:Joe]] - did not answer door 11:00. Try again pm; if no contact, {{welfare check}}.
        - [[name:Precious Nwosu]] - {{section 2}} assessment today 15:00, {{AMHP}} aware.
        Handed over by [[name:Faisal]] to [[name:Wiktoria]]
    """)),
    ("health", "near_miss", prose("""
        on way 2 give [[name:Jade Kerr]] her {{depot}} n realised the one in my bag was labelled
        [[name:Jodie Kerr]] - diff pt, same surname, same initial, both on our caseload. checked
        {{NHS no}} on the label ([[nhs_number:712 908 3328]]) and it wasnt [[name:Jade]]'s. the
        {{pharmacy}} had put both in the same tray in the {{clinic room}} fridge. went back to
        base n swapped it, gave [[name:Jade]] her {{aripiprazole}} 40 mins late. no harm. if id
        not done the {{2 identifiers}} check at the door it wld have been the wrong dose. pls can
        we have separate trays + {{name alert}} on both records. [[name:Lu]] {{CPN}}
    """)),
    ("health", "incident", prose("""
        Incident summary - {{welfare check}} sent to wrong address. On [[date:Sunday 24 March]]
        at 19:10 the [[organisation:Aldermoor Crisis Line]] took a call from
        [[name:Grant Ellory]], who said his brother [[name:Simon Ellory]] ([[age:47]]) had sent
        texts saying goodbye. [[name:Simon]] is open to [[organisation:Aldermoor CMHT]].
        {{Call handler}} [[name:Olena Kovalenko]] requested a {{police welfare check}} and read
        out the address on {{RiO}}, [[address:9 Beck Side, Aldermoor]], [[postcode:AM6 2NE]].
        However the family had told the {{care coordinator}} on [[date:12 March]] that he had
        moved to [[address:Flat 3, 118 Westgate, Aldermoor]], [[postcode:AM1 4HD]]; this was
        written in a {{progress note}} but the {{demographics}} were never updated. {{Officers}}
        ({{log}} [[case_reference:NMP-20240324-0981]]) went to the old address first, losing
        about 35 minutes. Mr [[name:Ellory]] was found at the flat, {{intoxicated}} but physically
        well, and was seen by {{HTT}} the next morning. Learning: any change of address must be
        updated on the front sheet the same day.
    """)),
    ("health", "success", block("""
        [[organisation:Aldermoor Crisis Line]] - call extract for {{reflective practice}} - [[date:26/03/2024]] 03:12
        Ref [[case_reference:CL-240326-0311]] (shared with the caller's consent)

        [[name:MARCUS]]: Crisis line, you're through to [[name:Marcus]]. Can I take your name?
        CALLER: It's [[name:Bethan]]. I've got the tablets in front of me.
        [[name:MARCUS]]: Thank you for ringing, [[name:Bethan]]. What tablets are they?
        CALLER: My {{quetiapine}}. The whole box.
        [[name:MARCUS]]: OK. Would you be willing to put them in another room while we talk?
        CALLER: ...fine. They're in the kitchen now.
        [[name:MARCUS]]: That's really good. Your {{safety plan}} says your sister [[name:Carys]] helps when it gets like this. Could we ring her together?

        Reviewer ({{Clinical Lead}}, Dr [[name:Siobhán Ní Bhriain]]): excellent {{means restriction}}
        and use of the plan. [[name:Carys]] came round and {{HTT}} visited at 10:00. Use in
        {{induction}} for new call handlers.
    """)),
    ("health", "near_miss", block("""
        #htt-admin  [[date:27 Mar 2024]]

        [[name:kwame.asante]]  9:14 AM
        heads up, found 2 {{RiO}} records for [[name:Daniel Okoro]], same DOB [[date_of_birth:03/09/1991]]. one has NHS no [[nhs_number:398 245 6118]] + all the {{HTT}} notes, the other was made by the {{crisis line}} on [[date:19 March]] with no NHS no 😬
        [[name:mags]]  9:16 AM
        oh no. so crisis line couldn't see the HTT {{risk summary}}?
        [[name:kwame.asante]]  9:17 AM
        yep. call handler on the [[date:24th]] rated him {{low risk}} off the empty record. he's ok, HTT saw him today
        [[name:mags]]  9:20 AM
        I'll ask {{Health Records}} to merge + {{Datix}} it. @[[name:priya.r]] can the line do an {{NHS number}} trace before creating new pts?
        [[name:priya.r]]  9:31 AM
        yes - adding a {{PDS}} search step to the call handler {{SOP}} today
    """)),
    ("health", "incident", prose("""
        At 15:20 on [[date:26/03/24]] {{CPN}} [[name:Wiktoria]] and {{support worker}}
        [[name:Bongani Dlamini]] visited [[name:Liam O'Rourke]] ([[age:aged 26]]) at his mother's
        house for his {{HTT}} review. [[name:Liam]] was {{agitated}}, said he had stopped his
        {{olanzapine}}, and picked up a kitchen knife, saying 'nobody's taking me to the
        {{ward}}'. [[name:Bongani]] kept the exit clear while [[name:Wiktoria]] talked calmly and
        they both left, activating the {{personal alarm}} and calling {{999}} from the car.
        Police attended; [[name:Liam]] put the knife down and was later assessed under the
        {{MHA}} and admitted to [[organisation:Fenwick Ward]]. Neither member of staff was
        injured. Both were offered a {{debrief}} and {{TRiM}}. The {{lone working}} risk
        assessment had not been updated after his {{relapse}} was flagged on [[date:20 March]].
    """)),
    ("health", "success", prose("""
        Learning from excellence: on [[date:29 March 2024]] at 22:40 {{PC}} [[name:Jess Arkwright]]
        of [[organisation:Northmoor Police]], working the {{street triage}} car, found
        [[name:Kyle]] ([[age:19]]) on the {{railway bridge}}. Instead of using {{section 136}} she
        rang the crisis line and {{crisis practitioner}} [[name:Aisha Begum]] joined her at the
        scene within 20 minutes. Together they talked [[name:Kyle]] down, agreed a
        {{safety plan}} and took him to his nan's, who agreed to stay with him. {{HTT}} visited
        the next morning and he has engaged since. This avoided a {{136 suite}} admission, a long
        wait in {{A&E}} and a police cell. PC [[name:Arkwright]] and [[name:Aisha]] have been
        nominated for the {{Greatix}} award.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        At 06:48 on [[date:5 March 2024]] a spill of approximately 60 litres of {{Jet A-1}}
        occurred on {{stand 22}} at [[organisation:Harrowfield Airport]] during refuelling of
        [[organisation:Northwind Airways]] [[flight_number:NW2281]] ({{A320}},
        [[aircraft_registration:G-NWAE]]). {{Hydrant dispenser}} [[vehicle_registration:HF16 RZB]],
        driven by [[name:Ciarán Doherty]], was connected to the {{hydrant pit}} when the
        {{coupler}} disconnected under pressure. The {{deadman}} was released immediately and flow
        stopped within seconds. {{AFS}} attended and laid {{foam}}; boarding was held for 25
        minutes and [[flight_number:NW2281]] departed 40 minutes late. Initial findings: the
        coupler {{poppet}} seal was worn, and the {{pre-use check}} sheet for that shift had been
        signed without the coupler box ticked. [[name:Ciarán]] was not injured. Reported to the
        {{airport authority}} and by the airline as an {{MOR}}.
        [[organisation:Brightwater Aviation Fuels]] ref [[case_reference:BAF-SR-24-0117]].
    """)),
    ("aviation", "near_miss", block("""
        RT transcript (from {{ATC}} recording) - [[date:6 March 2024]] - {{runway 27}} in use
        14:31:05  FUEL 7:  {{Ground}}, Fuel 7 at {{stand 31}}, request to the {{fuel farm}} via {{taxiway}} Alpha.
        14:31:12  GROUND:  Fuel 7, proceed via Alpha, hold short of {{Bravo}}.
        14:31:16  FUEL 7:  Via Alpha, hold short Bravo, Fuel 7.
        14:32:40  GROUND:  Fuel 7, STOP, STOP, you are crossing Bravo without clearance!
        14:32:44  FUEL 7:  Stopping, Fuel 7. Sorry.
        14:32:50  [[aircraft_registration:G-BJTX]]:  Ground, [[aircraft_registration:G-BJTX]] holding on Bravo, vehicle ahead of us.

        Driver statement: [[name:Connor Maguire]] says he read back correctly but was looking at
        the {{fuel docket}} for his next job and missed the {{stop bar}}. [[name:Connor]] had been
        on shift since 04:00. {{Ops}} have withdrawn his {{ADP}} pending retraining.
        Ref [[case_reference:BAF-SR-24-0121]]
    """)),
    ("aviation", "success", prose("""
        👏 Big shout-out to [[name:Mark]] on earlies [[date:Thurs 7 March]]. Doing his
        {{daily sample}} from {{refueller}} [[vehicle_registration:YX68 LMT]] he noticed the
        {{water detector capsule}} had gone a faint green. He quarantined the vehicle, told the
        {{shift supervisor}} and took a second sample - same result. The {{sump}} had been
        drained on the previous shift but the {{differential pressure}} was creeping up too.
        [[name:Mark]]'s call meant [[organisation:Aurelia Air]] [[flight_number:AU615]] was fuelled
        from another vehicle with a 10 minute delay instead of taking on wet fuel. {{QA}} found a
        failed {{filter water separator}} element. Exactly what the {{JIG}} checks are there
        for. Thanks [[name:Mark]] - [[name:Dee]] ({{Quality}})
    """)),
    ("aviation", "incident", block("""
        [[organisation:BRIGHTWATER AVIATION FUELS]] - OCCURRENCE REPORT
        Ref: [[case_reference:BAF-SR-24-0126]]
        Date: [[date:09/03/2024]]   Time: 17:25
        Location: {{Stand 9}}, [[organisation:Harrowfield Airport]]
        Aircraft: {{ATR 72}}, [[aircraft_registration:G-BJKL]]   Flight: [[flight_number:BJ 744]]
        Customer: [[organisation:Borealis Jet]]
        Driver: [[name:Samira El-Amin]]   Vehicle: {{refueller}} [[vehicle_registration:HF19 KTA]]
        What happened: The {{flight crew}} asked for an uplift of 1,800 litres. The driver set the
        {{meter}} preset as 1,800 kg and the {{fuel docket}} was written up in kg. The
        {{captain}} noticed the figures did not match during the {{loadsheet}} check. The aircraft
        had about 450 kg more fuel than planned; no {{defuel}} needed but the load was recalculated
        and the flight left 20 minutes late.
        Contributing: new {{meter}} display shows kg by default; no units box on the docket.
        Reported by: [[name:S. El-Amin]]   Supervisor: [[name:Wojciech Lis]] ("[[name:Wojtek]]")
    """)),
    ("aviation", "near_miss", prose("""
        found the {{deadman}} handle taped down w/ {{gaffer tape}} at start of nights
        [[date:sun 10/3]] on [[vehicle_registration:HF16 RZC]]. whoever had it on lates must of
        done it cos your hand gets tired on the long {{widebody}} fuels, the {{B777}}s take
        ages. thats a massive no - if theres a {{hose}} failure on the {{ramp}} nobody can stop
        the flow. took tape off, vehicle {{VOR}}'d til the sup checked it, told [[name:gaz]]
        ({{shift sup}}). pretty sure i know who but not naming on here, shud be a
        {{toolbox talk}} not a witch hunt. maybe look at a deadman with the {{trigger grip}} like
        other airports have?? - [[name:kt]]
    """)),
    ("aviation", "success", block("""
        Driver training - Q1 summary - prepared [[date:28 March 2024]]

        Name               | Course                           | Result           | Assessor
        [[name:Priyanka Shah]]      | {{Hydrant dispenser}} conversion     | Pass 1st attempt | [[name:G. Hollins]]
        [[name:Kuba Nowicki]]       | {{ADP}} airside driving              | Pass             | [[name:G. Hollins]]
        [[name:Rosa Valdés]]        | {{Avgas}} / {{over-wing}} fuelling       | Pass             | [[name:Joy Mwangi]]
        [[name:Tiago]]              | {{Refueller}} + {{bottom loading}}       | Pass (resit)     | [[name:Joy Mwangi]]
        [[name:Will Ashdown]]       | {{Spill response}} refresher         | Pass             | [[name:Joy Mwangi]]

        Comment: first quarter with a 100% pass rate for new starters. The {{buddy week}} on nights
        before assessment seems to be what did it - [[name:Joy]] and [[name:Gary]] deserve the
        credit. Next: {{CAA}} / airport {{audit}} in {{April}}.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Lewis Abernethy]] <[[email:l.abernethy@brightwater-fuels.co.uk]]>
        To: {{Safety Team}}
        Sent: [[date:Mon 11 March 2024]] 09:05
        Subject: Refueller contact with {{baggage dolly}} - {{stand 14}}

        Morning all,

        Reporting for [[name:Hao]], who is off today. At 22:35 last night ([[date:10/03]])
        refueller [[vehicle_registration:HF21 BWF]] was reversing away from
        [[organisation:Aurelia Air]] [[aircraft_registration:EI-AUF]] after fuelling and struck a
        baggage dolly left inside the {{equipment restraint area}}. No contact with the aircraft.
        [[name:Hao]] had no {{banksman}} because the {{ground handler}} said nobody was free, which
        is against our {{reversing procedure}}. Dolly damaged, small dent on the rear bumper.
        [[name:Hao]] was shaken but not hurt and has done his {{D&A test}} (negative).

        Kind regards
        [[name:Lewis]]
        {{Duty Manager}} | [[organisation:Brightwater Aviation Fuels]]
        [[phone:01632 960588]]
    """)),
    ("aviation", "near_miss", block("""
        [[date:10/03/2024]], 13:02 - [[name:Sunny Gill]]: lads on {{stand 40}} the {{handling agent}} started boarding while I'm still fuelling [[flight_number:NW1907]] and nobody told {{fire}} 🤦‍♂️
        [[date:10/03/2024]], 13:03 - [[name:Rob]]: did the {{captain}} know?
        [[date:10/03/2024]], 13:03 - [[name:Sunny Gill]]: {{dispatcher}} said crew were ok with it but no {{FWPOB}} notification done, nobody at the {{rear door}}, {{steps}} not clear
        [[date:10/03/2024]], 13:05 - [[name:Rob]]: stop fuelling till they sort it. {{SOP}} 4.3
        [[date:10/03/2024]], 13:06 - [[name:Sunny Gill]]: stopped. dispatcher rang {{AFS}}, {{cabin crew}} at doors now, carried on 13:14
        [[date:10/03/2024]], 13:20 - [[name:Kwabena]]: good call [[name:Sunny]] 👍 put it in as a near miss, they keep doing this
    """)),
    ("aviation", "incident", block("""
        Chronology - {{hose}} failure, [[organisation:Harrowfield Airport]] {{stand 51}}
        [[date:Tuesday 12 March 2024]]
        05:52  {{Hydrant dispenser}} [[vehicle_registration:HF17 DPX]] ([[name:Anil Varghese]]) connects to [[organisation:Skyreach Cargo]] [[aircraft_registration:G-SKRE]] ({{B767F}}), flight [[flight_number:SRC92]].
        06:04  {{Intake hose}} bursts near the {{hydrant coupler}}; fuel spraying onto the {{apron}}. [[name:Anil]] releases deadman, hits {{emergency stop}}.
        06:05  {{AFS}} called via {{ATC}}. {{Spill kit}} deployed by [[name:Anil]] and [[name:Beatriz]] from the next stand.
        06:12  AFS on scene, approx 150 L on the ground, {{drain cover}} in place.
        06:40  Area cleared. Aircraft fuelled by a second dispenser; [[flight_number:SRC92]] delayed 55 mins.
        Findings: hose 9 years old (limit 10), but the {{pressure test}} due [[date:1 March]] was not done - {{workshop}} backlog.
        Ref [[case_reference:BAF-SR-24-0133]] / airport ref [[case_reference:HAL-OCC-3310]]
    """)),
    ("aviation", "success", block("""
        From: [[name:Ingrid Halvorsen]] <[[email:ingrid.halvorsen@northwindairways.com]]>
        To: [[name:Lewis Abernethy]]
        Date: [[date:14 March 2024]]
        Subject: Thank you - disruption on [[date:13/03]]

        Hi [[name:Lewis]],

        Just wanted to pass on our thanks to your team after yesterday's {{snow}}. With
        {{de-icing}} delays we had six {{rotations}} back on stand at once and every one was
        fuelled before the crew were ready - [[flight_number:NW2281]] and
        [[flight_number:NW2284]] both went on time. Special mention to [[name:Faith]] and "Big
        [[name:Dave]]" who swapped stands on the fly when the {{hydrant}} on {{stand 20}} froze,
        and to your {{controller}} [[name:Rhiannon]] for keeping our {{duty manager}} updated on
        {{Teams}} every 15 minutes.

        Please pass this on.

        Best,
        [[name:Ingrid]]
        {{Station Manager}}, [[organisation:Northwind Airways]]
        [[phone:07700 900116]]
    """)),
    ("aviation", "near_miss", block("""
        Shift handover - lates to nights - [[date:15/03/24]]

        Vehicles: [[vehicle_registration:HF16 RZB]] back in service (new {{coupler}}).
        [[vehicle_registration:HF19 KTA]] {{VOR}} - {{tyre}}.

        Near miss: 19:40 {{stand 7}}, [[name:Ollie]] found the {{bonding lead}} not connected on
        [[vehicle_registration:HF21 BWF]] halfway through fuelling [[aircraft_registration:G-NWDK]]
        ([[flight_number:NW0452]]). Driver [[name:Hope Okafor]] stopped, bonded, restarted. She
        says the {{dispatcher}} interrupted her mid-{{walkround}}. [[name:Ollie]] talked it
        through with [[name:Hope]] - {{Just Culture}}, not disciplinary.

        Jobs for nights: {{fuel farm}} {{tank dip}} 02:00; {{Avgas}} bowser low; {{water check}}
        on all refuellers.
        Signed [[name:Mo]] ({{lates sup}})
    """)),
    ("aviation", "incident", block("""
        ACCIDENT / INJURY REPORT - [[organisation:Brightwater Aviation Fuels Ltd]]
        Employee name: [[name:Yusuf Demir]]
        DOB: [[date_of_birth:22/08/1987]]
        NI number: [[ni_number:JT 48 21 73 C]]
        Home address: [[address:58 Kestrel Way, Harrowfield]], [[postcode:HF4 9BN]]
        Contact: [[phone:07700 900294]]
        Date/time: [[date:16 March 2024]] 04:20
        Location: {{fuel farm}} {{loading gantry}}
        What happened: [[name:Yusuf]] slipped on ice on the {{gantry}} steps coming down after a
        {{tank dip}} and fell about 1 m onto his left wrist. {{First aid}} given by
        [[name:Nkechi]], taken to [[organisation:Harrowfield General Hospital]] - {{fracture}}.
        The {{grit bin}} at the gantry was empty and had not been refilled after the
        {{snow}} on [[date:13/03]].
        {{RIDDOR}}: yes (over 7 days). {{HSE}} notified by HR.
    """)),
    ("aviation", "success", block("""
        [[organisation:Brightwater Aviation Fuels]] - Monthly Safety Committee
        [[date:20 March 2024]], {{crew room}}
        Attendance: [[name:Lewis Abernethy]] (chair), [[name:Joy Mwangi]] ({{Training}}), [[name:Gaz Hollins]], [[name:Dee Okafor]] ({{QA}}), [[name:Mo Rahman]] ({{Unite}} rep)
        Apologies: [[name:Rhiannon Pryce]], [[name:Kwabena Asare]]

        2. Good catches
        14 near misses reported this month (5 last month). [[name:Dee]] highlighted the
        {{water detector}} catch on [[date:7 March]] and [[name:Ollie]]'s {{bonding}} catch on
        {{stand 7}}. Both to go in the {{safety bulletin}}.
        3. Deadman taping ([[date:10/3]])
        {{Toolbox talk}} done on all shifts; [[name:Gaz]] trialling a {{trigger grip}} deadman.
        4. {{CAA}} / airport {{safety audit}} [[date:17 April]] - [[name:Joy]] to pull training
        records.
    """)),
    ("aviation", "success", block("""
        #ramp-ops  [[date:18 Mar]]

        [[name:rhiannon.pryce]]  07:41
        small spill {{stand 12}}, {{wing vent}} overflow on [[aircraft_registration:EI-AUR]] during fuelling, approx 20 L
        [[name:tiago.m]]  07:43
        on it, {{spill kit}} out, {{drain cover}} down in 90 secs
        [[name:rhiannon.pryce]]  07:44
        legend. {{AFS}} informed, {{ATC}} know the stand is closed
        [[name:gaz.hollins]]  07:58
        all cleared, {{absorbent}} bagged, {{sweeper}} done. crew say the {{refuel panel}} preselect was set wrong by the {{engineer}}, not us
        [[name:rhiannon.pryce]]  08:02
        great teamwork, nothing went down the drain 🙌 posting as a good catch for the {{newsletter}}. thanks @[[name:tiago.m]] - your first spill and you nailed it
    """)),
    ("aviation", "incident", block("""
        Extract - RT, {{Tower}} frequency, [[date:19 March 2024]], transcribed by {{ATC}} {{watch manager}}
        16:02:10  [[flight_number:NW2290]]: Tower, [[flight_number:NW2290]], cabin crew report fuel streaming from the left wing, at the {{holding point}}.
        16:02:18  TWR: [[flight_number:NW2290]], roger, hold position, {{fire service}} on their way.
        16:02:40  TWR: All stations, {{runway 27}} closed.
        16:05:02  FIRE 1: Tower, Fire 1 on scene, fuel from the {{overwing}} filler cap area, small quantity.
        16:07:55  [[flight_number:NW2290]]: Returning to stand.

        Follow-up ([[organisation:Brightwater Aviation Fuels]]): [[aircraft_registration:G-NWDP]]
        had been {{gravity fuelled}} on {{stand 3}} because the hydrant was out of service.
        Driver [[name:Tomás Ruiz]] says the cap was locked; the {{engineer}} ([[name:B. Kaur]])
        signed for the cap check. {{MOR}} filed by the airline. Ref [[case_reference:BAF-SR-24-0140]]
    """)),
    ("aviation", "near_miss", block("""
        Near miss - wrong fuel grade nearly supplied, {{GA}} apron, [[date:22/03/2024]]

        | Time  | Event                                                                  | Who |
        |-------|------------------------------------------------------------------------|-----|
        | 11:10 | {{Fuel order}} for [[aircraft_registration:G-BXPL]] ({{PA-28}}, piston) taken by phone from [[organisation:Harrowfield Flying Club]] | [[name:Lena]] ({{ops desk}}) |
        | 11:12 | Job sent to {{Jet A-1}} refueller [[vehicle_registration:HF18 JTA]] instead of the {{Avgas 100LL}} bowser | [[name:Lena]] |
        | 11:31 | Driver sees {{AVGAS ONLY}} decal by the filler; {{J-spout}} nozzle won't fit | [[name:Hamid]] |
        | 11:33 | Driver refuses to fuel, calls desk; correct bowser sent | [[name:Hamid]] |
        | 11:55 | Aircraft fuelled with 100LL; pilot Mr [[name:Ashworth]] told | [[name:Hamid]] |

        Why: booking screen defaults to Jet A-1. Fix: grade is now a required field, and the
        {{grade check}} with the pilot is on the docket. Ref [[case_reference:BAF-SR-24-0147]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind226", REPORTS))
