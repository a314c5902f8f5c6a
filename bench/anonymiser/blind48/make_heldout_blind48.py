"""Held-out blind corpus 48: speaking up, whistleblowing and staff-raised concerns.

Setting: Freedom to Speak Up and raised-concern reports across children's social care (agency
and locum social workers, residential and fostering staff), hospital theatres and anaesthetics
(WHO checklist, swab counts, locums, rota breaches) and airline cabin/flight crew (fatigue,
rostering pressure, engineering sign-off). Voice: frightened staff writing late at night, HR
and guardians writing formally, chat and WhatsApp exports, form fields, minutes with initials,
signatures with job titles, extensions, bleeps and mobiles; reporters often ask not to be
named while naming everyone else.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind48.jsonl"

REPORTS = [
    # 1
    ("social_care", "incident", block("""
        From: [[name:Tamsin]] [[name:Achterberg]] <[[email:tamsin.achterberg@calderbrook.gov.uk]]>
        Sent: [[date:14 March 2024]] 23:12
        To: {{Freedom to Speak Up Guardian}}
        Subject: confidential - please don't share my name with [[name:Gareth]]

        Hi, sorry it's so late, I can't sleep. I don't want to be named in anything that goes
        back to the team. Since [[name:Gareth Pryce-Jones]] took over as {{team manager}} at
        [[organisation:Calderbrook North Assessment Team]] he has told three of us, in the open
        office, that we are "not fit to carry a caseload". {{Last week}} he told [[name:Ngozi]] to
        close [[case_reference:CB/ASM/22817]] without a visit because "the numbers look bad".
        [[name:Ngozi]] refused, so he moved it to [[name:Kasia]] (agency) who closed it the same
        afternoon. As far as I can see the child was never seen.

        You can ring me on my own mobile [[phone:07700 900 318]] after 6 - not my work phone please.

        [[name:T]].
        """)),
    # 2
    ("social_care", "near_miss", prose("""
        Raising via {{FTSU}} because my {{practice supervisor}} told me to 'leave it, she's gone
        now'. Agency locum [[name:Precious Nwachukwu-Bell]] ([[organisation:Meridian Social Work
        Solutions]]) finished with us on [[date:Fri 7th June]]. Her closing summary on
        [[case_reference:LCS-0049218]] said 'no concerns, NFA' for [[name:Kayden]] ([[age:6]]) and
        [[name:Lacey-Mae]] ([[age:4 yrs]]). Her own visit note from [[date:29/05]] records a mark
        behind [[name:kayden]]s ear and {{mum}} saying he 'fell off the bunk'. Nobody had read it.
        The new locum, [[name:Dariusz]] [[name:Wiśniewski]] (goes by [[name:Darek]]), picked it up
        reading back and we had a {{strategy discussion}} within 24 hrs; the {{child protection
        medical}} was done and the kids are safe. Good outcome but pure luck. I don't blame
        [[name:Precious]], she was carrying 31 cases. I would rather my {{team manager}}, Ms
        [[name:Hollis]], didn't know this came from me.
        """)),
    # 3
    ("social_care", "incident", block("""
        Teams chat export - "Team 3 SWs" - exported by [[name:S. O'Driscoll]] [[date:23/04/2024]]

        [09:14] [[name:Shauna O'Driscoll]]: have u seen what's happened to my visit dates on {{Mosaic}}??
        [09:15] [[name:Shauna O'Driscoll]]: the 3 visits for the [[name:Bajwa]] sibs now say [[date:02/04]], [[date:09/04]] and [[date:16/04]]. I did NOT visit on [[date:09/04]] I was on annual leave
        [09:15] [[name:Femi Adeyemi-Clarke]]: omg same. mine for [[name:Tyler Rooke]] moved to inside {{10 working days}}
        [09:16] [[name:Femi Adeyemi-Clarke]]: pretty sure its [[name:Les]] doing it before the audit
        [09:17] [[name:Shauna O'Driscoll]]: [[name:Leslie]] wouldn't... would he
        [09:18] [[name:Femi Adeyemi-Clarke]]: he asked [[name:Bogdan]] for the admin password {{last thurs}}, [[name:Bogdan]] told me
        [09:20] [[name:Shauna O'Driscoll]]: I'm screenshotting everything. gonna go to {{the guardian}}. pls dont say I said
        [09:21] [[name:Femi Adeyemi-Clarke]]: 👍 I'll back you
        """)),
    # 4
    ("social_care", "success", block("""
        STAFF WELLBEING CHECK-IN - NOTES (not for personnel file)
        Date: [[date:Weds 10/07/24]]
        Present: [[name:RM]] ([[organisation:Pennine Vale Fostering]], {{registered manager}}), [[name:JK-O]] ({{SSW}}), [[name:Faith]] ([[name:FB]]) - {{Speak Up champion}}

        1. [[name:JK-O]] said she'd felt "frozen out" since raising concerns re: carers at [[address:14 Sycamore Rise, Hebden Bridge]] [[postcode:HX7 8QP]] ([[case_reference:FC-2211]]). [[name:RM]] apologised; agreed this was handled poorly by [[name:Trev]] in {{supervision}}.
        2. Agreed [[name:JK-O]] will no longer be supervised by [[name:Trev]]; [[name:Faith]] to act as buddy for 3 months.
        3. {{Employee Assistance Programme}} number re-shared. [[name:JK-O]] says she's "better than I was at Easter".

        Actions: [[name:RM]] to confirm the above to [[name:JK-O]] in writing by [[date:19 July]]. Review at next check-in.
        """)),
    # 5
    ("social_care", "incident", prose("""
        I'm an agency worker so I know I'm easy to get rid of, which is why I'm asking for this
        to stay anonymous. In the [[organisation:Eastfield Children in Need Team]] one of the
        permanent SWs, [[name:Rhiannon Bevan]], has been recording home visits that did not
        happen. I know because on [[date:2nd Oct]] her note says she saw [[name:Tomasz]] and
        [[name:Zofia]] [[name:Kowalczyk]] at home at 4pm, and I was at that address
        ([[address:Flat 3, 22 Chapel Row]], [[postcode:NP20 4JX]]) with the {{health visitor}}
        from 3.30 till 5 and nobody came. [[name:Rhiannon]]'s note even says '{{dad}} present' -
        he was in Poland. I raised it with the {{assistant team manager}}, [[name:Huw]]
        ([[name:Huw Morgan-Price]]), who said [[name:Rhiannon]] is 'going through a lot'. I
        sympathise, genuinely. But those children haven't been seen properly {{since August}}.
        Case ref [[case_reference:CIN/26/04471]].
        """)),
    # 6
    ("social_care", "near_miss", prose("""
        Night of [[date:17/18 Nov]] at [[organisation:Larkfield House]] we were down to two staff
        for five young people, one of whom ([[name:RJ]], [[age:15]]) is on 2:1 at night per his
        plan. {{Deputy manager}} [[name:Candice]] rang at 21:40 to say the worker from
        [[organisation:Staffline Care Partners]] wasn't coming and we'd 'manage'. I was told by
        [[name:Candice]] not to ring the {{on-call manager}} because 'it reflects on the home'. At
        02:15 [[name:RJ]] tried to leave via the fire exit; [[name:Sunny]] (my colleague,
        [[name:Sunny Adebayo]]) followed and brought him back, but that left [[name:Mia]] and
        [[name:Kelsey]] with no waking staff on the top floor for about 20 minutes. Nobody was
        harmed. I've been told this is 'normal' on our rota. It isn't safe and I want someone
        above [[name:Candice]] to know, maybe the {{Reg 44 visitor}}. Please don't tell her it
        was me, I'm on a zero-hours contract.
        """)),
    # 7
    ("social_care", "incident", block("""
        FYI - forwarding to the Guardian with [[name:Bola]]'s consent. [[name:Olu]]

        ---------- Forwarded message ---------
        From: [[name:Olumide Bankole]] <[[email:o.bankole@hartsmere.gov.uk]]>
        Date: [[date:Mon, 3 Jun 2024]] at 16:02
        Subject: RE: informal concern - [[name:Mark]]
        To: [[name:Mark Ellery-Thompson]] <[[email:mark.ellery-thompson@hartsmere.gov.uk]]>

        [[name:Mark]], as discussed, two members of your team have separately said that comments
        in the {{Thursday allocation meeting}} about [[name:Bola]]'s accent were hurtful. I haven't
        named them and won't. Can we meet?

        [[name:Olu]]
        [[name:Olumide Bankole]] | {{HR Business Partner}}, Children's Services
        [[organisation:Hartsmere Borough Council]] | Tel [[phone:01632 960 447]] | [[phone:ext 2447]] | Mob [[phone:07700 900 652]]

        ----------
        From: [[name:Mark Ellery-Thompson]]
        Sent: [[date:03 June 2024]] 17:40
        To: [[name:Olumide Bankole]]
        Everyone's so sensitive. [[name:Bola]] knows I'm joking. Send me the names and I'll sort it.
        """)),
    # 8
    ("social_care", "success", prose("""
        Case summary for the {{Speak Up}} annual report (I'll anonymise before submission but
        have left names in this draft so [[name:Siobhán]] can check it). Three workers in the
        [[organisation:Brackenfield Leaving Care Team]] raised that their {{personal adviser}}
        caseloads had reached 38. [[name:Siobhán Ní Bhriain]] ({{Head of Service}}) met them
        on [[date:8 January]], agreed a cap of 25 and brought in two locums,
        [[name:Abdirahman Warsame]] and [[name:Lowri]] [[name:Pugh]], through
        [[organisation:Keystone Locums]]. Six months on, the team reports sickness has halved and
        nobody has left. The learning: [[name:Siobhán]] thanked the staff publicly and no one was
        asked who raised it first. One worker, [[name:Dele]], said it was 'the first time
        speaking up didn't cost me anything'. Ref [[case_reference:FTSU/CS/24/009]].
        - [[name:Marguerite]], {{FTSU Guardian}}
        """)),
    # 9
    ("social_care", "near_miss", prose("""
        supervising sw here, writing this on my phone so sorry for typos. before panel on
        [[date:thurs 12th]] the {{fostering panel}} chair, Cllr [[name:Doherty]], told me that if
        i didn't recommend approval for mr and mrs [[name:hussein]] (sorry, [[name:Hussain]]) he'd
        'have a word' with my head of service. the assessment for [[name:Imran]] and
        [[name:Nasreen]] [[name:Hussain]] had gaps - no reference from [[name:Imran]]s ex-wife and
        the {{DBS}} for their lodger wasn't back. Cllr [[name:Doherty]] said 'we need carers,
        don't be so precious'. i held firm, panel deferred, and the DBS came back with a caution
        for {{ABH}}. so it worked out but i was shaking after. my manager [[name:dawn]] backed me
        thank god. [[name:Paddy]] on the panel admin team saw the whole thing if you need a
        witness, ext [[phone:3318]].
        """)),
    # 10
    ("social_care", "incident", block("""
        RAISING A CONCERN - STAFF FORM v3 (copied from the portal)
        Name of person raising: prefer not to say
        Staff no. (optional): [[case_reference:E0419927]]
        NI no. (only if you want HR to confirm your identity): [[ni_number:JT 48 21 96 C]]
        Team: [[organisation:Northgate Safeguarding Hub]]
        Person(s) concern is about: [[name:Kieran]] [[name:McAteer]] ({{Practice Lead}}); [[name:Veronika Dvořáková]] (agency, started [[date:1/9]])
        Nature of concern: [[name:KM]] has been asking [[name:Veronika]] to log referrals from her personal email ([[email:veronika.dvorakova88@gmail.com]]) because the agency laptop hasn't arrived. Referral data incl. full names and DOBs (e.g. one child dob [[date_of_birth:12.03.2019]]) has been going to a personal gmail for 3 weeks. [[name:Veronika]] didn't know this wasn't allowed.
        Raised before? Yes - with [[name:KM]], verbally, on [[date:19/09/2024]]. Told "IT are useless, just crack on".
        Outcome sought: laptop for [[name:Veronika]], {{IG breach}} logged (and {{ICO}} if needed), no blame on her.
        """)),
    # 11
    ("social_care", "incident", block("""
        Exported chat - [[organisation:Maple Court]] night staff 🏠
        [[date:02/02/2024]], 07:58 - [[name:Jaz]] 🌸: has anyone else been put on 3 {{sleep-ins}} in a row by [[name:Bernie]] again
        [[date:02/02/2024]], 07:59 - [[name:Kofi Mensah]]: yep. mon tues weds. told him my wife is due any day
        [[date:02/02/2024]], 08:01 - [[name:Jaz]] 🌸: he said to me if I can't hack it there's plenty who can
        [[date:02/02/2024]], 08:03 - [[name:Ioana]]: same, he shouted at me in front of [[name:Callum]] (the young person in room 4) last night. [[name:Callum]] was really upset after
        [[date:02/02/2024]], 08:05 - [[name:Kofi Mensah]]: we need to put it in writing. @[[name:Jaz]] you still got the number for the {{union rep}}
        [[date:02/02/2024]], 08:06 - [[name:Jaz]] 🌸: [[name:Gerry Quinlan]] [[phone:07700 900 771]]
        [[date:02/02/2024]], 08:06 - [[name:Ioana]]: don't put my name on anything pls, my visa is through this job
        [[date:02/02/2024]], 08:09 - [[name:Kofi Mensah]]: I'll send it from my email then. no names except [[name:Bernie]]'s
        """)),
    # 12
    ("social_care", "success", prose("""
        Good practice note. [[name:Ayesha]] [[name:Siddiqui]], an {{ASYE}} social worker in the
        [[organisation:Westbury Family Support Team]], told her ASYE assessor, [[name:Rose]]
        [[name:Kavanagh]], on [[date:4th April]] that she had been allocated 24 cases including
        two in {{PLO}}, well over the protected caseload. [[name:Rose]] raised it with the
        {{principal social worker}} the same day rather than waiting for the mid-point review.
        [[name:Ayesha]]'s caseload was brought down to 14 within a fortnight and [[name:Rose]]
        arranged for her to shadow [[name:Obi]] ([[name:Obinna Eze]]) on court work.
        [[name:Ayesha]] has since passed her ASYE and says she nearly handed her notice in that
        month. Worth sharing because the assessor acted on it without making [[name:Ayesha]] put
        it in writing or 'go through the proper channels' first.
        """)),
    # 13
    ("social_care", "near_miss", prose("""
        duty log 16:50 - rang [[name:amber]]s nan (mrs [[name:kowalski]]? no, [[name:kowalska]])
        on [[phone:07700900 214]] as school said [[name:amber]] ([[age:9]]) hadn't been collected.
        nan said {{mum}}'s new partner [[name:lee]] was meant to be collecting. [[name:lee]] is
        the one with the {{non-mol}}. nan went up herself. near miss - school would have released
        her to [[name:lee]] bc he was still on the old contacts list at [[organisation:St Bede's
        RC Primary]]. told the {{DSL}} mr [[name:o'neill]] who rang back 17:20 to confirm
        contacts updated. flagging because the agency worker who did the last visit (sorry dont
        know her surname, [[name:Bex]]?) was told about the order on [[date:4/3]] and didn't pass
        it to school. [[name:AK]], {{duty SW}}
        """)),
    # 14
    ("social_care", "incident", block("""
        Exit conversation - agency SW leaving early
        Notes typed by [[name:Priya]] [[name:Raman-Shaw]], {{Workforce Lead}}
        Worker: [[name:Chidinma]] "[[name:Chi]]" [[name:Okeke]], via [[organisation:Bluestone Recruitment]], agency ID [[case_reference:BSR-77120]]
        Last day: [[date:28.02.24]]

        Q: Why leave six weeks before the end of the contract?
        A: Honestly? [[name:Steve]]. ([[name:Steven Marsh]], {{team manager}}.) He shouts in the open office. He called me "the temp" in front of a family. When [[name:Hannah]] cried after a {{Section 47}} he told her to toughen up or go and work in {{Tesco}}.
        Q: Did you raise it at the time?
        A: With my agency consultant, [[name:Craig]] ([[phone:+44 7700 900 583]]). He said don't rock the boat or they won't renew.
        Q: Can we use your name?
        A: No. Use what I've said, but I still want work in this region.

        [[name:PRS]] note: second exit in 3 months citing [[name:SM]]. Escalating to {{HoS}}.
        """)),
    # 15
    ("social_care", "incident", prose("""
        Dear Director, I am not going to sign this and please don't try to work out who I am. The
        manager of [[organisation:Ashcombe Road Family Centre]], [[name:Beverley]]
        ('[[name:Bev]]') [[name:Tranter]], has been cancelling supervised contact 'due to budget'
        while claiming mileage for sessions that never happened. Contact supervisor [[name:Will]]
        [[name:Ashdown]] showed me the sheets; [[name:Will]] has already been told by
        [[name:Bev]] that sessional staff 'don't get a say'. Families like the
        [[name:Mahmoud]]s and baby [[name:J]]'s grandparents have gone weeks without seeing their
        children, and Mrs [[name:Mahmoud]] was told it was her own fault for being late once. I
        have seen what happened to the last person who raised something about [[name:Bev]], so
        this is the only way I feel safe doing it. Please check the mileage claims from
        [[date:1 April]] onwards against the {{contact logs}}.
        """)),
    # 16
    ("social_care", "incident", block("""
        SUPERVISION RECORD (extract) - [[organisation:Kirkholme Children's Services]]
        Supervisee: [[name:Adaeze Nwosu]]    Supervisor: [[name:Gemma Hurst]]    Date: [[date:Thursday 21st March 2024]]

        Item 4 - wellbeing
        [[name:Adaeze]] raised that a colleague, [[name:Dominic Fairweather]] ("[[name:Dom]]"), has twice referred to her as "the African one" to families on the phone, and on [[date:14/03]] asked her if she "understood English law". [[name:Adaeze]] does not want a formal grievance yet but wants it recorded.
        [[name:GH]] explained the {{Freedom to Speak Up}} route and the {{Dignity at Work policy}}. [[name:Adaeze]] asked that [[name:Dom]] not be told she raised it. [[name:GH]] noted she has a duty to act on discriminatory behaviour and agreed to speak to the {{service manager}}, [[name:Sunil]] [[name:Varma]], without naming [[name:Adaeze]] at this stage.

        Signed: [[name:G. Hurst]] / [[name:A. Nwosu]]
        """)),
    # 17
    ("social_care", "success", block("""
        Subject: Shout-out for EDT - weekend of [[date:13/14 July]]
        From: [[name:Marcus Fitzgerald-Oyelaran]] ({{Service Manager}}, Emergency Duty)
        To: EDT-All

        Hi all, quick one. On Saturday night [[name:Jack]] [[name:Tierney]] took a call at 23:50 from a [[age:15yo]] who'd been told by her foster carer to get out. [[name:Jack]] kept her on the phone for 40 mins, got a police {{welfare check}} via {{101}} and found a bed at [[organisation:Holly Lodge]] by 02:00. [[name:Jack]]'s write-up was so clear that the day team (thanks [[name:Gráinne]]) had the {{placement plan}} done by Monday lunchtime.

        She had asked for her name not to be shared with the carer, and [[name:Jack]] made sure it wasn't. That's the job.

        [[name:Marcus]]
        [[name:Marcus Fitzgerald-Oyelaran]] | EDT Service Manager | [[organisation:Thamesmead & Erith Joint EDT]]
        M [[phone:07700 900 940]] | EDT line [[phone:0300 555 0168]]
        """)),
    # 18
    ("social_care", "near_miss", prose("""
        Data near miss. Locum [[name:Tariq Al-Hashimi]] drafted a letter to birth {{mum}}
        [[name:Leanne Stokes]] about the outcome of the {{LAC review}} for [[name:Ruby-Rose]] (DOB
        [[date_of_birth:04/11/2016]]). The template auto-filled the foster carers' address,
        [[address:Rowan Cottage, 7 Mill Lane, Little Oakley]] [[postcode:CO12 5HH]], instead of
        [[name:Leanne]]'s ([[address:41b Dovercourt Terrace, Harwich]], [[postcode:CO12 3LT]]).
        Admin officer [[name:Shirl]] ([[name:Shirley]] [[name:Battersby]]) caught it in the post
        tray because she recognised [[address:Rowan Cottage]]. The placement address is withheld
        from [[name:Leanne]] because of {{DV}} history. [[name:Tariq]] was mortified and reported
        it himself. [[name:Kev]] in IT has fixed the template so it pulls from the correspondence
        field. Ref [[case_reference:DN-2024-0312]].
        """)),
    # 19
    ("social_care", "success", block("""
        Team meeting - [[organisation:Riverside Fostering & Adoption]] - [[date:11/06/24]]
        Attendees: [[name:PK]] (chair), [[name:Hope Adjei]], [[name:Bill]] [[name:Sweeney]], [[name:Magda]] [[name:Zielińska]], [[name:Ewan]] [[name:MacLeòid]], [[name:LT]] (mins)
        Apologies: [[name:Summer]] [[name:Ling]], [[name:Dai]] [[name:Rees]]

        Item 3 - Speaking up follow-up. [[name:PK]] shared the outcome of the concern raised in the spring about late-night texts from the previous {{ATM}}. All agreed the "no work WhatsApp after 7pm" rule is working. [[name:Hope]] said she felt able to say no to a 9pm visit request last week for the first time. [[name:Bill]] asked that the rule cover weekends too - agreed.
        Item 4 - [[name:Magda]] raised that agency colleagues weren't invited to {{reflective supervision}}. [[name:PK]] apologised; [[name:Summer]] (absent) to add them to the invite.
        AOB: none. Next meeting [[date:9 July]].
        """)),
    # 20
    ("social_care", "incident", prose("""
        I'm raising this under the {{whistleblowing policy}} and I don't want my name used. At
        [[organisation:Tŷ Enfys short breaks unit]] the unit manager [[name:Gwenllian]]
        ('[[name:Gwen]]') [[name:ap Dafydd]] told three support workers - [[name:Iolo]],
        [[name:Carys]] and me - to sign the {{PEG feeding}} competency sheets on [[date:5 Feb]] even
        though the trainer never came. Two nights later [[name:Carys]] was on her own with
        [[name:Elin]] ([[age:11]], {{Rett syndrome}}) when the tube came out and she didn't know
        what to do. [[name:Iolo]] talked her through it over the phone from the other flat and
        {{NHS 111}} were called. [[name:Elin]] was fine. [[name:Gwen]] has since told us the sheets
        were 'just paperwork'. I can't go to HR because [[name:Gwen]]'s sister [[name:Nia]] is
        our {{HR advisor}}.
        """)),
    # 21
    ("health", "near_miss", prose("""
        Theatre 6, [[organisation:St Aldhelm's Hospital]], [[date:22/08]], emergency laparotomy.
        At the closing count the scrub nurse, [[name:Marisol]] [[name:Dela Cruz]], was one
        {{raytec}} short. The consultant, Mr [[name:Hargreaves]], said the count was 'obviously
        wrong' and started closing fascia. [[name:Marisol]] said 'I'm not happy' twice and the
        {{anaesthetist}}, Dr [[name:Babatunde]] [[name:Okonjo]], backed her and called a stop.
        An on-table X-ray showed the swab in the left paracolic gutter and it was removed. I'm
        the circulating {{ODP}}; I'm raising it because Mr [[name:Hargreaves]] has done this
        before and not every scrub nurse is as stubborn as [[name:Marisol]]. The {{WHO Surgical
        Safety Checklist}} sign-out had been started before the count was finished. Patient
        [[case_reference:RN4410927]] unharmed. Please keep my name off it.
        """)),
    # 22
    ("health", "near_miss", block("""
        Incident ref: [[case_reference:W91547]]
        Date/time: [[date:09/01/2025]] 08:47
        Location: Anaesthetic room 2, [[organisation:Day Surgery Unit, Royal Kennet Hospital]]
        Patient: [[name:Eileen Marchetti]] ([[age:78]]), hosp no [[case_reference:K0073391]], NHS no [[nhs_number:852 884 8361]]
        Procedure: R knee arthroscopy under {{popliteal block}}
        What happened: sign-in complete, but site mark hidden by the {{TED stocking}}. Locum anaesthetist (Dr [[name:Anan]]? [[name:Annan]] - spelling tbc) had scanned the LEFT leg and was about to insert. ODP [[name:Ahmed]] [[name:Siddique]] called "{{Stop Before You Block}}". Consent and marking re-checked - right leg. No needle inserted, no harm.
        Contributing: list 25 min late, pressure to catch up; locum new to unit, no induction.
        Reported by: [[name:Wiktoria N]]. (Band 6 anaes nurse), ext [[phone:4172]]
        """)),
    # 23
    ("health", "incident", block("""
        From: [[name:Kwame Asante-Boateng]]
        To: FTSU Guardian - [[name:Lorna McBride]]
        Subject: Speaking up - theatres (please keep confidential)

        Dear [[name:Lorna]],
        I'd like to raise concerns about Mr [[name:Rupert Dalrymple-Hay]], consultant orthopaedic surgeon. On three lists since [[date:29 January]] he has thrown instruments back onto the trolley and shouted at the scrub team. On [[date:12th Feb]] he called our trainee ODP, [[name:Jade]], "thick" in front of the patient before induction. [[name:Jade]] went home in tears. Sister [[name:Fennell]] saw it.
        I'm happy to be named to you but not to Mr [[name:Dalrymple-Hay]] or to the theatre manager, [[name:Declan]], as they are close.

        Kind regards
        [[name:Kwame]]

        [[name:Kwame Asante-Boateng]]
        Senior ODP | Main Theatres | [[organisation:Harrowfield General Hospital]]
        Ext [[phone:62214]] | Bleep [[phone:1183]] | [[email:k.asante-boateng@nhs.net]]
        Pronouns: he/him
        """)),
    # 24
    ("health", "incident", block("""
        Chat: Anaes SpRs ([[organisation:Kingsmere]])
        [[name:Tolu O]]. 21:03  anyone able to cover tmrw night {{ITU}}? rota says me but I did 4 nights ending this morning
        [[name:Lucy Tran]] 21:05  that's a breach surely. who did the rota
        [[name:Tolu O]]. 21:05  Dr [[name:Whitcombe]]'s secretary, Dr [[name:W]] signed it off
        [[name:Hamza]] 21:07  I'd cover but I'm on days. the locum [[name:Gediminas]] cancelled again
        [[name:Lucy Tran]] 21:09  [[name:Tolu]] DO NOT do it. {{exception report}} it. I'll message the {{guardian of safe working}}
        [[name:Tolu O]]. 21:14  messaged Dr [[name:W]]. he said "we all did it in my day"
        [[name:Hamza]] 21:15  screenshot that
        [[name:Lucy Tran]] 21:16  and don't drive home after 4 nights, I'll drop you
        """)),
    # 25
    ("health", "success", prose("""
        Shared learning from [[organisation:Bramley Wing theatres]]. At the {{time out}} on
        [[date:Mon 15 April]] the scrub practitioner, [[name:Grace]] [[name:Mwangi]], asked 'is
        the implant in the room?' as the {{WHO checklist}} prompts. It wasn't: the {{LCP}} plate
        set had been sent back to sterile services by mistake. The patient ([[age:34]],
        {{tib-fib fracture}}) had not yet been anaesthetised, so induction was held for 35
        minutes rather than leaving someone asleep with an open wound and no kit. [[name:Grace]]
        was thanked by the consultant, Miss [[name:Adebisi]], in the debrief and nominated for
        the {{Trust Excellence Award}}. Registrar [[name:Conor]] [[name:Lenehan]] said he'd
        assumed someone else had checked. That assumption is exactly what the time out is for.
        """)),
    # 26
    ("health", "near_miss", prose("""
        Near miss, {{day case}} urology list, [[date:Tues 5 Nov]]. Two patients on the list:
        [[name:Rajesh Patel]] ([[age:67]], DOB [[date_of_birth:02/05/1957]], NHS
        [[nhs_number:221 733 8889]]) and [[name:Rajeshkumar Patel]] ([[age:71]], DOB
        [[date_of_birth:20/05/1953]], NHS [[nhs_number:273 016 1279]]). The porter brought the
        second Mr [[name:Patel]] to the anaesthetic room for the first Mr [[name:Patel]]'s
        {{TURP}}. The HCA, [[name:Mercy]], had checked name and DOB verbally but the patient is
        hard of hearing and agreed to both. Anaesthetic nurse [[name:Tadhg Ó Súilleabháin]]
        checked the wristband NHS number against the consent form and stopped it before
        {{cannulation}}. Learning: we now put a 'name alert' on the list and read out the NHS
        number, not just the DOB. [[name:Tadhg]] asked for no fuss but he should be thanked.
        """)),
    # 27
    ("health", "incident", prose("""
        I'm a band 6 in recovery and would prefer you did not use my name. On [[date:Sat 2/3]] the
        weekend trauma list at [[organisation:Lindenfield Community Hospital]] was covered by a
        locum anaesthetist from [[organisation:MedStaff Direct]], Dr [[name:Kostas]]
        [[name:Papadakis]]. At 17:30 he said his booking had ended and left while a patient
        ([[age:82]], {{NOF}}) was still in recovery after a {{spinal}} with a dropping BP. The
        on-call anaesthetist's bleep ([[phone:4455]]) went unanswered for 25 minutes because Dr
        [[name:Ferreira]] was in {{ED}} resus. Staff nurse [[name:Oksana]] [[name:Hrytsenko]]
        managed it with fluids per protocol. The agency says Dr [[name:Papadakis]] 'followed his
        booking'. I believe the rota coordinator, [[name:Len]] [[name:Hibbert]], knew the booking
        ended at 17:30 and didn't flag it to anyone.
        """)),
    # 28
    ("health", "success", block("""
        Theatres M&M / learning - [[date:30.05.24]] - [[organisation:Orchard Theatres, Castlegate Infirmary]]
        Present: [[name:AB]] (chair, cons anaes), [[name:CDR]], [[name:JMcG]], [[name:S-LW]], [[name:Ife]] (ODP), [[name:Tom H]] (FY2)

        Case 1 - unexpected difficult airway. [[name:CDR]] described the sequence; {{Difficult Airway Society}} plan followed, {{videolaryngoscope}} at second attempt. Praise for [[name:Ife]] who had the {{bougie}} open before being asked. [[name:Tom H]] asked why the airway alert from 2019 wasn't on the front sheet - good question, action below.
        Case 2 - swab count. [[name:JMcG]] reported count correct but the board wasn't updated after a pack was opened mid-case.
        Actions: [[name:S-LW]] to update the count board template by [[date:14/6]]; [[name:AB]] to ask IT about alerts ([[case_reference:INC-2024-05561]]).
        """)),
    # 29
    ("health", "incident", prose("""
        hi i dont really know if this is the right place but the band 7 on nights on
        [[organisation:Bluebell ward]], [[name:bernadette]] (everyone calls her [[name:bernie]]),
        keeps putting me and [[name:precious]] on the side rooms every single night and if we say
        anything she says go back where you came from. [[name:precious]] has cried in the
        {{sluice}} twice this week. on [[date:tuesday 9th]] i asked for my break at 4am and she
        said no, then gave it to the agency nurse who came at 1. i think its because we're both
        from zimbabwe. i dont want my name on this please, i'm bank and she books the bank
        shifts. sorry if this is wrong. [[name:kudzai]]
        """)),
    # 30
    ("health", "success", block("""
        Log - [[organisation:Kingsbury Treatment Centre]], {{Theatre 7}} - [[date:Tue 8 October 2024]]
        08:02  ODP [[name:Nkechi]] starts {{anaesthetic machine check}}
        08:09  Leak test fails. [[name:Nkechi]] tags machine DO NOT USE; informs Dr [[name:Sandhu]] (cons) and theatre coordinator [[name:Frank]] [[name:Oduya]]
        08:15  List delayed. First patient (MRN [[case_reference:55019234]]) told; happy to wait
        08:40  Replacement machine from Theatre 4; EBME engineer [[name:Ravi]] ([[phone:x7731]]) attends
        09:05  List starts. Fault found: cracked {{soda lime}} canister seal
        09:20  [[name:Frank]] logs on {{Datix}}, [[case_reference:DX-118203]]
        Comment from Dr [[name:Sandhu]]: textbook. Thanks [[name:Nkechi]] - a 25 minute delay is nothing next to a leak mid-case.
        """)),
    # 31
    ("health", "incident", prose("""
        Recovery, [[organisation:Ashgrove Surgical Centre]], [[date:6th Nov]] about 14:20. An
        unlabelled 10ml syringe was handed over with the patient, Mr [[name:Gallagher-Lynch]]
        ([[age:59]]), by the anaesthetist, Dr [[name:Yusuf Ibrahim]], who said verbally it was
        {{ondansetron}} 'if he's sick'. It was {{metaraminol}}. Recovery nurse [[name:Chloe]]
        [[name:Abara]] gave 2ml when he vomited and his BP went to 210/115; it settled without
        treatment and he went home next day. I'm raising it here as well as on {{Datix}} because
        [[name:Chloe]] has been taken off the rota pending investigation while Dr
        [[name:Ibrahim]] hasn't even been spoken to. That is not a {{just culture}}. The syringe
        labelling standard is already in the {{Safe Anaesthesia Liaison Group}} guidance. Please
        don't say this came from recovery - there are only four of us on that shift. Ref
        [[case_reference:ASC/IR/7781]].
        """)),
    # 32
    ("health", "near_miss", block("""
        INSTRUMENT / SWAB COUNT - THEATRE 2 - [[organisation:Wexcombe Hospital]]
        Pt: [[case_reference:WX-3382017]]    Date: [[date:17/02/25]]
        Scrub: [[name:L. Antwi]]    Circ: [[name:D. Kaczmarek]]    Surgeon: Mr [[name:Ossai]]

                      Initial  Added  Cavity  Final
        Swabs (x10)     20      +10     30      29  <--
        Needles          6       +2      8       8
        Blades           2        0      2       2

        Comments: final count one {{raytec}} short. Stopped at 15:52 and Mr [[name:Ossai]] called back before skin closure. Swab found in the kick bucket liner at the foot end, not in the patient, so no X-ray after discussion between [[name:Antwi]] and the surgeon. Mr [[name:Ossai]] first said "it's in the bin, close", but waited. Raised at debrief: the kick bucket was emptied mid-case by a new HCA without telling the circulator.
        Sign: [[name:LA]] / [[name:DK]]
        """)),
    # 33
    ("health", "incident", block("""
        From: Dr [[name:Saoirse Kelleher]] <[[email:saoirse.kelleher2@nhs.net]]>
        To: Guardian of Safe Working <[[email:gosw.rivermead@nhs.net]]>
        Cc: {{BMA}} rep - Dr [[name:Anand Krishnamurthy]]
        Subject: Exception report + wellbeing concern (on behalf of a colleague)

        Hi,
        I'm writing for an FY1 on our general surgery rota who has asked not to be named. The rota coordinator, Ms [[name:Tina Woolgar]], rostered her for 13 nights in 15 days from [[date:1st July]] to [[date:15th July]] to cover gaps and told her a swap "wasn't possible". On the morning of [[date:13/07]] she fell asleep at the wheel on the {{A34}} and clipped the central reservation. She's OK, physically. She is frightened that complaining will affect her {{ARCP}}.
        I spoke to Ms [[name:Woolgar]] myself; she said the FY1 "agreed to it".

        [[name:Saoirse]]
        Dr [[name:S. Kelleher]], ST4 General Surgery, [[organisation:Rivermead University Hospital]]
        Mob: [[phone:+353 87 555 0192]] (Irish number, my UK phone is broken)
        """)),
    # 34
    ("health", "success", prose("""
        Quarterly vignette for the board. Four theatre support workers at [[organisation:Elms Day
        Surgery Unit]] spoke up that they were being asked to act as second checker for the swab
        count without any training. The theatre matron, [[name:Yvonne]]
        [[name:Chaudhry-Walsh]], stopped the practice within a week, arranged count training with
        [[name:Agnieszka]] from {{practice education}}, and wrote to each worker personally. One
        told me: 'I thought I'd be moved to nights for saying it.' In the follow-up {{pulse
        survey}}, 'I feel safe to speak up' in that unit rose from 41% to 78%. The learning for
        the board: speaking up is easier when the first response is 'thank you'.
        [[name:Rosalind]] ([[name:Roz]]) [[name:Achebe]], {{FTSU Guardian}},
        [[organisation:Wealdbridge NHS Foundation Trust]], [[phone:01632 960 882]] /
        [[email:roz.achebe@wealdbridge.nhs.uk]]
        """)),
    # 35
    ("health", "near_miss", prose("""
        Near miss, theatres, [[date:Wednesday 12 June]]. Breast specimen pots for two consecutive
        patients on Miss [[name:Ferguson-Adeyemi]]'s list were labelled in the anaesthetic room
        before surgery to 'save time', a workaround the consultant had asked for. The second
        patient's pot carried the first patient's label ([[name:Joanne Whitlock]], hosp no
        [[case_reference:H7741026]]). HCA [[name:Thanh]] [[name:Nguyen]] noticed the label didn't
        match the patient on the table ([[name:Deborah]] [[name:Ampofo]],
        [[case_reference:H7741311]]) and said so, quietly, to the scrub lead [[name:Amber]]
        [[name:Lyons]], who stopped and relabelled. Pre-labelling is now banned. [[name:Thanh]]
        had started the week before via [[organisation:Acorn Healthcare Staffing]] and told
        [[name:Amber]] she almost said nothing because 'the doctor asked for it'. Had it reached
        {{histopathology}} wrongly, one woman could have had a {{mastectomy}} she didn't need.
        """)),
    # 36
    ("aviation", "incident", block("""
        CABIN CREW FATIGUE REPORT ({{FRMS}}) - CONFIDENTIAL - [[organisation:Skyvale Airways]]
        Reporter: [[name:Leila Haddad]]    Staff ID: [[case_reference:SV40716]]    Base: LGW    Role: SCCM
        Flights: [[flight_number:SVX2214]] / [[flight_number:SVX2215]] LGW-FNC-LGW    A/C: [[aircraft_registration:G-SVXK]] ({{A321neo}})
        Date: [[date:19 AUG 24]]
        Duty: report 04:35; extended to 13h10 under {{commander's discretion}}
        Sleep prior 24h: 3.5h (hotel fire alarm)    {{KSS}} at top of descent: 8

        Description: I told crewing at 03:50 I'd had 3.5 hours' sleep. [[name:Dean]] in crew control said if I went sick it would be my third "fatigue call" this year and would trigger an attendance review. I flew. On the return sector I missed the {{cross-check}} on door 2R - [[name:Kamila]] ([[name:Kamila Nowicka]], CC3) caught it. Captain [[name:Rhodri Lewis]] agreed the discretion but was never told about my sleep.
        Please do NOT share my name with crew control.
        """)),
    # 37
    ("aviation", "incident", block("""
        From: [[name:Ciarán Mac Giolla Bhríde]] <[[email:c.macgiollabhride@aerlinnwest.ie]]>
        To: [[email:safety.reports@aerlinnwest.ie]]
        Date: [[date:07/11/2024]] 22:18
        Subject: Rostering pressure - crew control - please treat as confidential

        Hi,
        Raising this as senior purser at the Dublin base. Over the last six weeks crew control (specifically rostering manager [[name:Gráinne Walsh]] and duty controller [[name:Barry]] "[[name:Bazza]]" [[name:Cowan]]) have been phoning crew on rest days to fly, and logging refusals as "unavailable". Three of my crew on [[flight_number:AWX 331]] / [[flight_number:AWX 332]] on [[date:2 Nov]] told me they felt they couldn't say no. One, [[name:Aoife]], had been called four times on a single rest day. I'm not asking for anyone to be disciplined but the pattern needs looking at against {{EASA ORO.FTL}}.
        I'd ask that [[name:Aoife]] isn't named to crew control.

        [[name:Ciarán Mac Giolla Bhríde]]
        Senior Purser, [[organisation:Aerlinn West]], DUB
        M: [[phone:+353 (0)86 555 0147]]
        """)),
    # 38
    ("aviation", "near_miss", block("""
        [[organisation:Northwind Regional]] - Crew Control chat (export [[date:12/03/2025]])
        [05:12] [[name:Priya Sethi]] (Crew Controller): FO needed for [[flight_number:NWR7104]] EXT-SOU, [[aircraft_registration:G-NWRC]] ({{ATR 72-600}}). [[name:Marek]] you're the only standby left
        [05:14] [[name:Marek Jablonski]]: I came off a late at 01:40, I've had about 2 hrs sleep
        [05:15] [[name:Priya Sethi]] (Crew Controller): system says you're legal for {{standby call-out}}. can you just do the one sector
        [05:17] [[name:Marek Jablonski]]: no - I'm declaring fatigued
        [05:19] [[name:Priya Sethi]] (Crew Controller): ok but I'll have to log it as a refusal
        [05:31] [[name:Stuart Lennox]] (Duty Pilot Manager): [[name:Priya]] - it's not a refusal, it's a fatigue report. [[name:Marek]] thanks for saying so. I'll fly it myself
        [05:33] [[name:Marek Jablonski]]: cheers [[name:Stu]]
        """)),
    # 39
    ("aviation", "success", prose("""
        Positive report for the {{safety bulletin}}. At the crew briefing for
        [[flight_number:HLK 612]] (ABZ-KOI) on [[date:23 Dec]], Capt [[name:Fiona Urquhart]]
        noticed CC [[name:Tobi]] [[name:Adewale-Smith]] yawning, slurring and unable to recall the
        {{evacuation commands}} in the safety quiz. [[name:Tobi]] admitted he was on a 'double',
        a rostered late followed by an early he had swapped into through the crew app, with about
        four hours between. Capt [[name:Urquhart]] stood him down without fuss, [[name:Kirsty]]
        in ops found a standby within 40 minutes and the delay was 55 minutes. [[name:Tobi]] has
        written his own fatigue report and asked for it to be shared, because he says he didn't
        realise how impaired he was until asked a simple question. Thanks to Capt
        [[name:Urquhart]] and the [[organisation:Highland Link]] Aberdeen ops team for making it
        easy to say.
        """)),
    # 40
    ("aviation", "near_miss", prose("""
        Near miss - door not armed. [[flight_number:BRZ 4418]] PMI-BHX,
        [[aircraft_registration:G-BRZD]], [[date:Sunday 28 July]]. After the 'doors to automatic'
        PA I armed 1L and cross-checked with my opposite number, [[name:Sinéad]] [[name:Ní
        Mhurchú]], at 1R. I said 'armed and cross-checked' for 1R without actually looking at her
        lever - it was still in manual. [[name:Sinéad]] noticed on her own visual check before
        pushback and armed it. If we'd needed 1R in an evacuation the slide wouldn't have
        deployed. I was on my sixth early in a row after a roster change at 48 hours' notice. Our
        {{base supervisor}}, [[name:Hollie]], says six earlies is within {{FTL}}. It's legal; it
        isn't safe. I've filed an {{ASR}} too and I'm happy for my name to go on this one.
        - [[name:Jordan Keyes]], CC, [[organisation:Breeze Holidays Air]], staff no
        [[case_reference:BZ-10332]]
        """)),
    # 41
    ("aviation", "incident", prose("""
        Confidential - licensed engineer, line station, [[organisation:Castleton Aero
        Services]] at EMA. On the night shift of [[date:14/15 January]]
        [[aircraft_registration:G-CKTL]] came in with a repeat {{bleed leak}} caution. The
        {{MEL}} deferral had already been used twice. Shift manager [[name:Darren]]
        [[name:Whitlow]] told me to 'find a fault and clear it' because the aircraft was needed
        for [[flight_number:CKT 802]] at 06:10, and said [[name:Ade]] had 'never had a problem'
        signing these. I refused to sign the {{CRS}}. [[name:Darren]] then asked
        [[name:Adebayo]] ([[name:Ade]]) [[name:Olatunji]] to do it; [[name:Ade]] also refused, to
        his credit. The aircraft went AOG and a cracked duct clamp was found. I'm raising this
        because [[name:Darren]] has logged both of us as 'uncooperative' and I want it on record
        before my appraisal. My licence number is on file; please don't use it. Our {{MOR}} ref is
        [[case_reference:MOR-2025-00417]].
        """)),
    # 42
    ("aviation", "success", block("""
        JUST CULTURE REVIEW - [[organisation:Skyvale Airways]] Cabin Safety - [[date:04/02/2025]]
        Attendees: [[name:HM]] (Head of Cabin Safety), [[name:RT]] (union), [[name:Mo]] [[name:Abdikarim]] (SCCM, reporter), [[name:CW]] (HR), [[name:DP]] (notes)
        Event: galley trolley unsecured on take-off, [[flight_number:SVX1780]], [[aircraft_registration:G-SVXR]]

        1. [[name:Mo]] explained he reported himself: he had been called from standby with 30 min to report and skipped his galley check.
        2. {{Just Culture}} decision aid applied: system issue (standby call-out times), not reckless behaviour. No disciplinary action.
        3. [[name:HM]] thanked [[name:Mo]] for reporting; noted the last two similar events were only found via {{FDM}} or a passenger complaint.
        4. Action [[name:CW]]: minimum 90 min call-out for first-wave standbys, trial from [[date:1 March]].
        5. Action [[name:RT]]: share outcome (anonymised) in the crew newsletter.
        """)),
    # 43
    ("aviation", "incident", block("""
        [[date:18/06/2024]] 19:41 - [[name:Charlie B]]: crewing have just asked me to extend into {{discretion}} AGAIN for the MAN turn ([[flight_number:JXB 561]])
        [[date:18/06/2024]] 19:42 - [[name:Ruxandra]]: how many is that this month
        [[date:18/06/2024]] 19:42 - [[name:Charlie B]]: 4. [[name:Kev P]] said if I say no it "goes on my file"
        [[date:18/06/2024]] 19:44 - [[name:Dawn Ashworth]]: he can't do that. discretion is the captain's call not crewing's
        [[date:18/06/2024]] 19:45 - [[name:Ruxandra]]: which captain tonight
        [[date:18/06/2024]] 19:45 - [[name:Charlie B]]: Capt [[name:Lindqvist]]. he's sound, he said if we're tired we stop
        [[date:18/06/2024]] 19:47 - [[name:Dawn Ashworth]]: report it. use the confidential form not the normal one. [[name:Kev P]] reads the normal ones
        [[date:18/06/2024]] 19:50 - [[name:Charlie B]]: done. ref [[case_reference:CR-24-1187]]. didn't put my name in, if it comes back to me I'm [[name:Charlie]] from nowhere 😂
        """)),
    # 44
    ("aviation", "incident", prose("""
        I'm submitting to {{CHIRP}} rather than the company system because I don't trust it to
        stay confidential. I'm a first officer at [[organisation:Pennant Air]]. Our {{chief
        pilot}}, Capt [[name:Graham]] [[name:Voss]], has twice told pilots in the crew room that
        anyone filing more than two fatigue reports a quarter 'should think about whether this job
        is for them'. After I reported fatigue on [[date:9 September]]
        ([[flight_number:PNT 88]], [[aircraft_registration:G-PNTA]]), the training captain
        [[name:Jasmine]] ('[[name:Jaz]]') [[name:Holloway-Reid]] told me my sim check had been
        'brought forward' by [[name:Graham]]. Another FO, [[name:Nikhil]], had the same
        experience over the summer. I'd rather you didn't name [[name:Nikhil]] or me; I'm only
        naming [[name:Graham]] because the pattern starts with him.
        """)),
    # 45
    ("aviation", "near_miss", prose("""
        Near miss on [[flight_number:VLX 226]] ([[aircraft_registration:G-VLXE]]),
        [[date:3/10/24]], second sector. Smoke from oven 3 in the aft galley; CC [[name:Wei]]
        [[name:Zhang]] (fourth week flying) opened the oven door instead of keeping it shut and
        isolating the power as trained, and there was a brief flame. [[name:Fatima]]
        [[name:Benali]], the SCCM, took over with the {{halon}} extinguisher and informed the
        flight deck; no diversion. Cause: a paper-wrapped crew meal left on a tray. In the
        debrief [[name:Wei]] said she had done five earlies and two {{positioning}} flights that
        week and 'couldn't think'. Her roster was built by the new auto-roster tool and nobody
        checked it against the new-joiner fatigue guidance. Captain [[name:Ossian]]
        [[name:MacRae]] wrote this up with [[name:Wei]]'s agreement and asked that she not be
        retrained as if it were her fault.
        """)),
    # 46
    ("aviation", "success", prose("""
        Success story for the {{Safety Action Group}}. After 41 fatigue reports in twelve weeks
        from crew at the [[organisation:Fenland Airways]] Stansted base, most naming the
        late-early-late pattern, rostering lead [[name:Abimbola]] ('[[name:Bim]]')
        [[name:Okafor]] met six of the reporters, with the union present, on [[date:Tuesday 14
        May]]. Crew asked not to be named in the minutes and weren't. [[name:Bim]] and analyst
        [[name:Krzysztof]] [[name:Lis]] rebuilt the pattern using the {{biomathematical fatigue
        model}}; the new roster went live on [[date:1 July]] and reports fell to 9 in the next
        twelve weeks. Cabin crew member [[name:Summer-Jade]] [[name:Pike]] said it was 'the first
        time a report actually changed anything'. [[name:Bim]] is happy to talk to other bases:
        [[phone:020 7946 0321]] [[phone:x2210]] or [[email:b.okafor@fenlandairways.co.uk]].
        """)),
    # 47
    ("aviation", "incident", block("""
        Fwd: turnaround team - concerns
        From: [[name:Danuta Wróbel]] <[[email:danuta.wrobel@aerogroundsvc.co.uk]]>
        To: {{Station Manager}}
        Date: [[date:Fri 21 Feb 2025]] 06:55

        Forwarding as I think this needs looking at under the {{Speak Up}} policy. I've told [[name:Jamal]] we'll protect his identity.

        > From: [[name:Jamal]] <[[email:jamalh1993@hotmail.co.uk]]>
        > Sent: [[date:20 February 2025]] 23:40
        > Hi [[name:Danuta]], I don't want to put this through the official route as [[name:Gaz]] will know it was me. On the [[flight_number:RYX 4127]] turn tonight ([[aircraft_registration:EI-RXF]]) dispatcher [[name:Gary]] "[[name:Gaz]]" [[name:Pilkington]] told [[name:Samir]] to skip the {{hold inspection}} because we were 10 mins behind, and when [[name:Samir]] said no he called him lazy in front of the crew. [[name:Samir]] did it anyway. Third time this month. Please keep my name out of it.
        > [[name:J]]

        [[name:Danuta Wróbel]] | Duty Manager | [[organisation:AeroGround Services]] Stansted | [[phone:07700 900 216]]
        """)),
    # 48
    ("aviation", "near_miss", prose("""
        Near miss - both pilots briefly asleep. [[flight_number:WSX 1903]],
        [[aircraft_registration:G-WSXN]], cruise FL360 over Biscay, night of [[date:30/31 May]].
        Captain [[name:Helen]] [[name:Borthwick]] took {{controlled rest}} per the SOP; I (FO
        [[name:Arjun Mehta-Lewis]]) woke to a {{SELCAL}} chime about twelve minutes later and
        realised I had nodded off too. No ATC calls were missed as far as we can tell from the
        recording. [[name:Helen]] and I both reported it. I'd done three nights in four after a
        short-notice swap requested by crewing ([[name:Jon]] [[name:Peel]]). I'm naming myself;
        I'd prefer [[name:Helen]] isn't identified outside the safety team as she's applying for
        a {{TRI}} post. [[organisation:Wessex Star Airlines]] ref [[case_reference:OSR-24-2291]].
        """)),
    # 49
    ("aviation", "incident", prose("""
        This is hard to write. On the [[organisation:Caledonia Airways]] layover in Orlando after
        [[flight_number:CLD 0271]] on [[date:16.09.24]], the cabin service director
        [[name:Nigel]] [[name:Fairbairn-Ross]] came to my hotel room door twice after midnight
        asking to 'go over my appraisal'. I'm a new joiner and he signs off my probation. My
        friend [[name:Thandiwe]] ([[name:Thandi]]) [[name:Moyo]] was in the room and heard it
        all, and the second officer, [[name:Eoin]], saw [[name:Nigel]] in the corridor. I've since
        been rostered with [[name:Nigel]] again for [[date:2 October]] and asked crewing to change
        it without saying why. I don't want a formal complaint yet but I need someone to make
        sure I'm not rostered with him. Please don't use my work email; my personal number is
        [[phone:07700 900 489]].
        """)),
    # 50
    ("aviation", "success", block("""
        SPEAK UP - CASE CLOSED NOTE
        Ref: [[case_reference:SU-HL-2024-031]]
        Champion: Capt [[name:Ngozi Eze-Ward]] (Training Captain, [[organisation:Highland Link]] Inverness)
        Raised by: cabin crew member (anonymous at their request)
        Concern: new starters being told by SCCM [[name:Shona]] [[name:MacAskill]] to sign the {{safety equipment check}} sheet on arrival rather than after checking.
        Outcome: [[name:Shona]] spoken to informally and accepted it; she'd picked the habit up in her own training. Checklist re-briefed at all bases by [[name:Iain]] [[name:Drummond]] ({{Cabin Safety Manager}}) w/c [[date:18 Nov]]. Spot-checks by {{line trainers}} for three months.
        Feedback to reporter: via the anonymous portal on [[date:29/11/24]]. Reply: "thank you, didn't think anything would happen".
        Contact: [[email:speakup@highlandlink.co.uk]] | [[phone:+44 (0)1463 555 072]]
        """)),
]


def main() -> None:
    records = build_records("blind48", REPORTS)
    write_records(OUT, records)


if __name__ == "__main__":
    main()
