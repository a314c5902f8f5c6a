"""Held-out blind corpus 338: 50 invented UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
de-identification generalises. Three settings, all people, organisations, places and
numbers invented:

- social_care (17): a residential family assessment centre - parenting assessments,
  observation logs, court reports, family rooms, night staff.
- health (17): a community mental health team - care coordinators, depot clinics,
  crisis plans, home treatment, duty line.
- aviation (16): airport apron control and stand planning - stand allocation,
  marshallers, follow-me vehicles, pushbacks, tows, RT.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes
with attendance and apologies, pipe-separated tables, RT transcripts, shout-outs and
thank-you notes. `[[label:value]]` marks identifiers and `{{term}}` must-not-redact mentions.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind338.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care
    ("social_care", "incident", block("""
        night log - {{fam rm 4}} - [[date:14/3]]
        approx 0220 heard baby crying >10 mins, knocked, no answer. went in w/ [[name:tash]] (2nd {{night worker}}).
        mum ([[name:Keeley]]) asleep on sofa, {{baby}} in {{moses basket}} face down?? turned him onto back
        straight away, breathing fine, pink. [[name:keeley]] woke up v upset n said she'd taken her {{sertraline}}
        + sumthing for her tooth, didnt say wot. rang {{on-call manager}} ([[name:Dev]]) 0235, he said do 15 min
        obs til morning + log it on {{Mosaic}}.
        baby is [[age:6 wks]] old so this is a big one for the {{assessment}}. {{safe sleep}} was done on
        admission [[date:2nd March]] - need to check she signed it.
        sorry for spelling, been a long nite
        [[name:tash]] + [[name:Olu]]
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Tuesday 9 April]] I was preparing the {{observation log}} bundle for the
        {{final court report}} in the matter of [[name:Roxanne Duffy-Achebe]] and her son
        [[name:Tyler]] ([[age:aged 2]]), case ref [[case_reference:BFC-24-0317]]. When I
        cross-checked the pages against the {{index}}, I found that four pages of contact notes
        belonging to another family ({{Room 2}}) had been filed into the bundle. These notes named
        the other {{mother}}, her {{partner}} and their {{health visitor}}. The bundle had not yet
        been sent to [[organisation:Cressfield Family Court]] or to the {{Cafcass}} {{guardian}}.
        I removed the pages, returned them to the correct file and informed my {{team manager}},
        [[name:Ifeoma Nwosu-Grant]]. I believe the error happened because both families' logs were
        printed on the same afternoon from the shared {{printer}} in the {{staff office}}. I have
        suggested that each page carries the {{family code}} in the footer and that a second person
        checks every bundle before it leaves the centre. No data left the building, so this has been
        logged as a near miss rather than a {{data breach}}. [[name:Priya]], {{family support worker}}
    """)),
    ("social_care", "success", block("""
        Teams · #[[organisation:larkspur-team]]
        [[name:Grace Mbeki]]  09:14
        Huge shout out to [[name:Bill]] and [[name:Hana Sato]] from last night 👏 {{Dad}} in {{Room 6}} was really
        struggling with the {{night feeds}} and [[name:Bill]] sat with him at 3am and went through
        {{paced bottle feeding}} again, calm, no judgement. This morning dad did the 7am feed on his own and
        wrote it in the {{parent diary}} himself!!
        [[name:Hana Sato]]  09:21
        aw thanks [[name:Grace]] 😊 all [[name:Bill]] tbh, I just made the toast
        [[name:Joy Adebayo-Clarke]]  09:30
        this is exactly what the {{guardian}} wanted to see. [[name:Grace]] can u pop it in the {{weekly summary}}
        for the {{LA}} {{SW}} pls, its going to [[organisation:Brackenmoor Council]] on [[date:Fri 19th]]
        [[name:Grace Mbeki]]  09:32
        will do 👍
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM – [[organisation:Larkspur House]]
        Ref: [[case_reference:LH-INC-0412]]
        Date of incident: [[date:27/05/2024]]   Time: {{16:40}}
        Resident name: [[name:Shanice Oduya]]
        DOB: [[date_of_birth:03/11/1999]]
        Child: [[name:Amari Oduya]] (DOB [[date_of_birth:21/01/2024]])
        Address before placement: [[address:Flat 6, Corbel Court, Ashby Road, Brackenmoor]] [[postcode:BK4 7TN]]
        Type: {{unauthorised visitor}} / {{breach of written agreement}}
        Description: Staff on {{reception}} ([[name:Sunny]]) saw [[name:Shanice]] let a man in through the
        {{fire door}} by the {{laundry}}. Man thought to be ex-partner [[name:Rico]] – he is named in the
        {{written agreement}} as no contact due to {{DV}} history. He stayed approx 10 min. [[name:Amari]] was in
        the {{family room}}. Police not called as he left when [[name:Sunny]] approached. {{DSL}} informed.
        Action: {{LA}} {{social worker}} informed by phone 17:05. {{Strategy discussion}} requested.
        Completed by: [[name:S. Khatri]] ({{senior practitioner}})
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Faith Okonkwo]] <[[email:faith.okonkwo@larkspur-fac.org.uk]]>
        To: {{Practice Team}}
        Subject: near miss – {{medication}} in family room 3
        Date: [[date:3 June 2024]]

        Hi all,

        Just flagging a near miss from this morning. During the 10am {{room check}} I found a blister pack of
        {{mirtazapine}} on the windowsill in {{Family Room 3}}, in reach of the {{toddler}} ([[name:Kai]],
        [[age:19 months]]). Mum ([[name:Bethany]]) is supposed to keep her meds in the locked {{medication box}}.
        None were missing from the pack and [[name:Kai]] was with dad at the time.

        I've spoken to [[name:Bethany]], she was apologetic and said she'd taken them out at 6am and forgot.
        I've re-done the {{safe storage}} agreement with her and added it to the {{observation log}}. Can the
        {{night staff}} include meds in the 2am check please.

        Thanks,
        [[name:Faith]]
        [[name:Faith Okonkwo]] | {{Family Practitioner}} | [[organisation:Larkspur House Family Assessment Centre]]
        [[phone:01632 960 418]]
    """)),
    ("social_care", "success", prose("""
        Learning report – adapted parenting assessment. Mr [[name:Kowalczyk]] ([[name:Dariusz]]) has a
        mild {{learning disability}} and English is his second language. Early in the placement he
        was scoring poorly on the written {{PAMS}} worksheets and the {{assessor}} was concerned the
        {{court}} would get an unfair picture. Our {{family practitioner}} [[name:Marta Zielińska]]
        suggested using picture cards and doing the sessions in Polish with an {{interpreter}} from
        [[organisation:Lingua North]]. Over the next three weeks [[name:Dariusz]]'s scores on
        {{bathing}}, {{feeding}} and {{home safety}} improved markedly, and his {{daughter}}
        [[name:Zofia]] ([[age:aged 4 months]]) was observed to be settled and gaining weight. The
        {{health visitor}} noted this on [[date:12 February]]. The {{Children's Guardian}} commented at
        the {{IRH}} that the adapted approach was exactly what {{Good Practice Guidance}} intends. We
        have now added an accessibility check to our {{admission}} paperwork. Thanks to
        [[name:Marta]] and to [[name:Anil]] in {{admin}} who sorted the interpreter bookings at short
        notice.
    """)),
    ("social_care", "incident", block("""
        Chronology – Rm 5 – [[date:Sat 8 June]]
        13:05 {{M}} ([[name:Chantelle Rhys]]) told {{FSW}} [[name:JK]] she was "going to the shop" with baby [[name:Oakley]].
        13:10 [[name:JK]] reminded her of {{supervised}} community time as per {{care plan}}; M said only 5 mins.
        13:12 M left via {{main entrance}} with [[name:Oakley]] in pram before staff could follow.
        13:25 {{Manager on duty}} [[name:Pat Olawale]] informed. Phoned M on [[phone:07700 900 274]] – no answer.
        13:40 Reported to police as {{missing}}, log no. [[case_reference:BK-0613-1140]]. {{EDT}} informed.
        14:55 M and [[name:Oakley]] returned with M's mum ([[name:Lorraine]]). Baby well, fed, warm. M said she needed "air".
        15:20 [[name:Pat]] spoke with M. Police updated, log closed.
        16:00 Email to {{allocated SW}} and {{IRO}}.
        Entered by: [[name:JK]]
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER – lates to nights – [[date:Weds 12/06]]
        Rm 1 – [[name:Nadia]] + baby [[name:Idris]]: settled. [[name:Nadia]] asked about {{contact}} with
        [[name:Faisal]] on Fri, told her to check w/ {{day staff}}.
        Rm 2 – empty ({{deep clean}} done)
        Rm 4 – [[name:Lacey-Mae Brooks]] + twins: NEAR MISS 6.15pm – {{bath}} running, [[name:Lacey-Mae]] went to
        answer phone, twins ([[age:8 mo]]) both sat in {{bath seats}}. [[name:Hope]] walked past, turned tap off + stayed.
        Water was ok temp, no harm. Talked through {{bath safety}} again. {{Obs log}} updated. Pls keep an eye
        at bath time 2nite.
        Rm 6 – mr and mrs [[name:Haddad]]: ok. {{CCTV}} in lounge still not working, reported to {{estates}}.
        [[name:Roz]]
    """)),
    ("social_care", "success", prose("""
        Thank you card received from a family who left us in [[date:May 2024]] – shared with
        permission at team meeting. Card reads: 'To [[name:Rose]], [[name:Kwame]], [[name:Dolores]]
        and everyone at [[organisation:Larkspur]]. When we came in I thought you were all there to take
        [[name:Lily]] off us. You showed me how to read her cues and you never once made me feel
        stupid. The {{judge}} said we can go home together. [[name:Lily]] is [[age:10 months]] now and
        walking! Love [[name:Jade]], [[name:Connor]] & [[name:Lily]] xxx'. {{Manager}}'s note: this
        family came in under a {{Section 38}} {{interim care order}} with a {{Part 25}}
        {{residential assessment}}. Key learning – a consistent {{key worker}} ([[name:Rose]]) and
        daily video feedback on {{play sessions}} made the difference. [[name:Rose]] to present at the
        {{practice forum}} on {{Thursday}}. – [[name:D. Ferreira-Lopes]]
    """)),
    ("social_care", "incident", block("""
        Incident review meeting – [[date:18 July 2024]]
        Present: [[name:Ifeoma Nwosu-Grant]] ({{Team Manager}}), [[name:Leon Abara]] ({{Deputy}}),
        [[name:Sophie]] ({{FSW}}), [[name:Mehmet Yıldız]] ({{night worker}})
        Apologies: [[name:Carys ap Dafydd]] ({{Clinical Psychologist}})

        1. Incident [[case_reference:LH-INC-0451]] – disclosure
        On [[date:15/07]] [[name:Ellie]] ([[age:aged 7]]), older child visiting for {{contact}}, told [[name:Mehmet]]
        that "mummy's boyfriend hurts mummy". [[name:Mehmet]] wrote it in the {{contact log}} but did not tell
        the {{DSL}} until the next morning.
        2. Discussion
        [[name:Leon]] noted the delay of 14 hours. [[name:Mehmet]] said he wasn't sure it counted as a
        {{disclosure}} because it was about mum not [[name:Ellie]]. Agreed any {{domestic abuse}} disclosure
        goes to DSL same shift, and {{MASH}} if out of hours.
        3. Actions
        - [[name:Sophie]] to re-run {{safeguarding}} refresher for night staff by [[date:31 July]]
        - [[name:Leon]] to refer to {{MARAC}} via {{IDVA}}
        - Update {{Working Together}} flowchart on the office wall
    """)),
    ("social_care", "near_miss", block("""
        [[date:22/08/2024]], 21:47 - [[name:Will Thackeray]]: anyone know y the {{baby monitor}} in rm 3 is showing rm 5??
        [[date:22/08/2024]], 21:48 - [[name:Amber]]: wot?
        [[date:22/08/2024]], 21:49 - [[name:Will Thackeray]]: the {{parent unit}} in rm 3 is picking up the {{camera}} from 5. so mum in 3 can see + hear [[name:Precious]] and her baby
        [[date:22/08/2024]], 21:50 - [[name:Amber]]: omg. unplug it now. dont say anything to rm 3 til we know what shes seen
        [[date:22/08/2024]], 21:58 - [[name:Will Thackeray]]: done. both units off, doing 30 min {{checks}} in person instead. think they're on same {{channel}} since [[name:Gaz]] from {{maintenance}} swapped the batteries
        [[date:22/08/2024]], 22:03 - [[name:Amber]]: ok log it as near miss + {{privacy}} issue, ill email [[name:Ifeoma]] tmrw. good spot [[name:Will]] 👍
    """)),
    ("social_care", "success", block("""
        OBSERVATION LOG AUDIT – {{Q2}} – shared learning
        Auditor: [[name:Leon Abara]], {{Deputy Manager}}

        Worker                     | Family / room      | Finding
        [[name:Tomasz Wiśniewski]] | [[name:Begum]] / Rm 1     | {{strengths}} and worries both recorded, child's voice clear
        [[name:Faith]]             | [[name:Okafor]] / Rm 4    | excellent {{analysis}}, links to {{attachment}} theory
        [[name:Mark Ellery-Stone]] | [[name:Doyle]] / Rm 6     | factual, times on every entry, no opinion words

        Overall: 24 of 26 logs met the standard (was 15/26 in {{Q1}}). The change since the new
        {{recording template}} was introduced on [[date:1 April]] is clear. The {{Children's Guardian}} in the
        [[name:Doyle]] case praised the logs at the {{IRH}} on [[date:2 July]].
        Next: share template with [[organisation:Fernbrook Family Centre]].
    """)),
    ("social_care", "incident", prose("""
        Incident: {{court report}} sent with unredacted address. On [[date:Monday 2 September]] at
        approximately 15:30, the final {{parenting assessment}} report for [[name:Sadia Rahman]]
        ([[case_reference:BFC-24-0388]]) was emailed to all parties via {{secure email}}. Appendix C
        included the new address of the {{maternal grandmother}}, Mrs [[name:Nasreen Chowdhury]], at
        [[address:41 Tillhouse Lane, Gorsby]] [[postcode:KR7 2QS]]. This address should have been
        redacted as the {{father}}, Mr [[name:Imran Aziz]], is subject to a {{non-molestation order}}.
        The error was noticed by the {{solicitor}} for the {{local authority}}, who phoned the centre at
        16:10. The report was recalled at 16:25; {{recall}} succeeded for three of four recipients but
        not for the father's solicitors, [[organisation:Hendry & Obi LLP]]. Mr [[name:Aziz]]'s solicitor
        confirmed in writing that the appendix had not been forwarded to her client. The {{ICO}}
        threshold was considered by our {{DPO}} and the incident was logged
        [[case_reference:IG-2024-077]]. Mrs [[name:Chowdhury]] was informed and a {{safety plan}}
        reviewed with the {{police}}. Learning: appendices are now checked separately against the
        {{redaction checklist}}.
    """)),
    ("social_care", "near_miss", prose("""
        quick one – went to do {{supervised contact}} in fam rm 2 at 2pm, dad ([[name:lewis]]) + baby
        [[name:jax]]. dads {{contact}} was meant to be supervised by the {{contact supervisor}} from
        [[organisation:Brightpath Contact Services]] but she was stuck in traffic so {{reception}}
        nearly let him go in on his own w/ [[name:jax]]. [[name:mo]] on reception caught it cos she
        checked the {{contact plan}} on the {{whiteboard}}. i sat in till [[name:Hayley]] from
        [[organisation:brightpath]] arrived at 2.20. no harm, [[name:jax]] fine, dad was ok about it.
        but we need the contact plan on the {{visitor system}} not just the board, {{agency staff}}
        wont know to look. thx – [[name:ash]]
    """)),
    ("social_care", "success", block("""
        From: [[name:Rachel Halloran]] <[[email:r.halloran@halloranfamilylaw.co.uk]]>
        Sent: [[date:Friday, 11 October 2024]] 17:02
        To: [[name:Sunita Mahal]] <[[email:s.mahal@larkspur-fac.org.uk]]>
        Cc: {{Centre Manager}}
        Subject: Re: [[name:Hughes]] children – final hearing

        Dear [[name:Sunita]],

        I wanted to let you know that at today's {{final hearing}} the {{court}} approved the plan for
        [[name:Mia]] and [[name:Jayden]] to remain with their {{mother}} under a {{supervision order}}. The
        {{judge}} specifically mentioned the clarity of your {{parenting assessment}}, and in particular the way
        the {{observation logs}} separated fact from opinion. Ms [[name:Hughes]] asked me to pass on her thanks
        to you and to "the lady on nights with the red glasses" – I think that is [[name:Bernadette]]?

        Kind regards,
        [[name:Rachel]]

        [[name:Rachel Halloran]]
        {{Solicitor}} | [[organisation:Halloran Family Law]]
        [[phone:01632 960 771]]
    """)),
    ("social_care", "incident", block("""
        CONCERN / INCIDENT LOG
        Log no: [[case_reference:LH-0923]]
        Reported by: [[name:Kamala Iyer]] (Night {{Support Worker}})
        Date/time: [[date:04.11.24]] 07:15
        Family: [[name:Ward]] (Rm 3) – {{mother}} [[name:Kerry-Ann Ward]], DOB [[date_of_birth:17/06/2001]]
        What happened: found a {{DWP}} letter addressed to [[name:Kerry-Ann]] at [[address:12 Pennine View, Holmcliffe]]
        [[postcode:HX9 4LW]] on the {{communal kitchen}} table. Letter showed her {{NI number}}
        [[ni_number:JT 48 22 91 C]] and details of her {{Universal Credit}} claim. The other two mothers use
        this kitchen.
        Immediate action: letter returned to [[name:Kerry-Ann]], who said she left it there while making a
        bottle. She was not worried, but staff were.
        Follow-up: reminded all residents about keeping post in their rooms; added to {{house meeting}} agenda.
        Manager sign-off: [[name:Ade]]
    """)),
    ("social_care", "success", block("""
        Supervision – extract for learning log
        Supervisee: [[name:RB]]   Supervisor: [[name:T.O.]]   Date: [[date:19 Nov]]

        [[name:RB]] reflected on her work with the [[name:Nowak-Grant]] family (Rm 6). Dad ([[name:Sunny]]) had
        refused to attend {{parenting sessions}} for the first fortnight and was described in the {{referral}}
        as "hostile". [[name:RB]] stopped the formal sessions and instead did the {{genogram}} with him in the
        garden while the baby napped. He talked about being in {{foster care}} himself from [[age:aged 11]].
        Since then he has attended every session and the {{Signs of Safety}} scaling went from 2 to 6
        ({{LA}} {{SW}} agreed).
        [[name:T.O.]] comment: good use of {{trauma-informed practice}}; share at {{team meeting}}. [[name:RB]] to
        write up for the [[organisation:Brackenmoor Children's Services]] practice newsletter.
        Actions: [[name:RB]] to book {{CPD}} on {{motivational interviewing}}.
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        pt [[name:dwayne]] didnt attend {{depot clinic}} tues, 2nd missed one in a row.
        {{paliperidone}} was due [[date:11/3]]. rang his mob [[phone:07700 900 613]] x3 no ans. went round
        to [[address:22 Kestrel Walk]] at 4, curtains shut, neighbour said hasnt seen him since the
        weekend. escalated to {{CC}} [[name:Afua]] + {{duty}}. {{crisis plan}} says if 2 missed depots +
        no contact → {{welfare check}} via police. police did it 7pm, found him at home, v
        {{paranoid}}, not eaten for days. {{HTT}} now going in twice daily. should of flagged after the
        1st missed one tbh – the {{depot tracker}} wasnt updated cos [[name:Kev]] was off sick n nobody
        covered his list. – [[name:lj]]
    """)),
    ("health", "near_miss", prose("""
        During a routine {{medication review}} on [[date:14 May 2024]] I noticed that Mrs
        [[name:Eleni Papadopoulou]]'s {{lithium}} dose had been increased from 800mg to 1000mg by her
        {{GP}} at [[organisation:Ridgeway Medical Practice]] following a telephone consultation. No
        {{serum lithium level}} had been taken for over three months. Mrs [[name:Papadopoulou]]
        reported a mild {{tremor}} and {{thirst}} but no {{confusion}}. I arranged an urgent level the
        same afternoon via {{phlebotomy}}; the result was 1.1 mmol/L, at the top of the range. The
        {{consultant psychiatrist}}, Dr [[name:Oyelaran]], advised returning to the previous dose and
        repeating the level in one week. The practice has since confirmed the increase was meant for
        another patient, [[name:E. Papadopoulou]], and was entered on the wrong record after a
        similar-name alert was missed. NHS number of our patient: [[nhs_number:485 777 3457]]. No harm
        occurred. Learning: {{shared care}} lithium monitoring to be checked at each {{CPA}} review and
        the {{NICE}} guidance re-circulated. [[name:Harriet Obi]], {{Care Coordinator}},
        [[organisation:Tanfield CMHT]]
    """)),
    ("health", "success", block("""
        Teams – [[organisation:Tanfield CMHT]] (team channel)
        [[name:Kwabena Asante]]  10:02
        Shout out to [[name:Joy]] 🙌 She noticed [[name:Ines]] had stopped wearing her earrings – which is literally
        item 1 on [[name:Ines]]'s {{relapse signature}} in her {{crisis plan}}. [[name:Joy]] brought forward the
        {{review}}, got Dr [[name:Mensah]] to see her same day, and the {{home treatment team}} went in for a week.
        No {{admission}} this time – her last two relapses were both {{Section 2}}.
        [[name:Joy Whitfield-Ngata]]  10:05
        Aw! [[name:Ines]] did most of the work, she texted me herself 😊
        [[name:Sian]]  10:07
        brilliant. putting this in the {{Learning from Excellence}} bulletin
        [[name:Kwabena Asante]]  10:09
        @[[name:Joy]] can you do a 5 min slot at {{MDT}} on [[date:Thurs 6th]]?
    """)),
    ("health", "incident", block("""
        INCIDENT REPORT ({{Datix}})
        Ref: [[case_reference:W-104488]]
        Service: [[organisation:Tanfield CMHT]] – {{depot clinic}}
        Patient: [[name:Adebola Okonjo]]   NHS No: [[nhs_number:612 340 9875]]   DOB: [[date_of_birth:09/08/1987]]
        Address: [[address:7 Larch Close, Tanfield]], [[postcode:TF3 8HU]]
        Date of incident: [[date:21/06/2024]]
        Category: {{Medication}} – wrong dose administered     Harm: {{Low}}
        Description: {{aripiprazole}} 400mg {{LAI}} was prescribed; 300mg was given because the 300mg kit was
        taken from the {{fridge}} (two kits for different patients on the same shelf). Error identified at
        14:30 by the second checker, [[name:Beatriz Costa]] ({{RMN}}), when recording the {{batch number}}.
        {{Duty of Candour}} conversation held with Mr [[name:Okonjo]] the same day by {{clinic lead}}
        [[name:Ravi Menon]]. {{Psychiatrist}} advised no top-up; next dose due in four weeks as planned, with
        extra {{mental state}} monitoring.
        Action: kits to be labelled with patient name on delivery and stored in named boxes.
        Reporter: [[name:R. Menon]]
    """)),
    ("health", "near_miss", block("""
        From: [[name:Callum Frey]] <[[email:callum.frey@northcalder.nhs.uk]]>
        To: {{Duty}} Team; [[name:Harriet Obi]]
        Subject: near miss – autocomplete on email

        Hi both,

        Quick heads-up. This afternoon I went to email a copy of [[name:Daniel Ashworth]]'s {{crisis plan}} to
        his {{mum}} (with his consent) and {{Outlook}} autocompleted to [[email:d.ashworth71@inboxmail.co.uk]] –
        which is actually the address of another patient on our caseload, [[name:Danielle Ashworth]]. I only
        noticed because the {{preview}} showed the wrong {{GP}} surgery. Nothing was sent.

        I've asked {{IT}} whether we can switch off {{autocomplete}} for external addresses, and I'm now typing
        addresses in full and checking with a colleague before sending any {{PID}}. Worth raising at
        {{clinical governance}}?

        Cheers
        [[name:Callum]]
        [[name:Callum Frey]] | {{Senior Practitioner}} | [[organisation:North Calder NHS Foundation Trust]]
        [[phone:07700 900 158]]
    """)),
    ("health", "success", prose("""
        Learning from excellence. On the evening of [[date:30 August]], [[name:Aroha Tane]], a
        [[age:34-year-old]] woman open to the team with {{EUPD}} and
        {{recurrent depressive disorder}}, rang the {{crisis line}} saying she had collected a large
        quantity of {{paracetamol}}. The call handler, [[name:Luca Bianchi]], opened her
        {{safety plan}} on {{RiO}} while she was still on the line and worked through it with her step
        by step: her reasons for living, her sister [[name:Mere]], and the agreement that she would
        hand medication to a trusted person. [[name:Aroha]] agreed to hand the tablets to
        [[name:Mere]], who lives two streets away, and the {{home treatment team}} visited within the
        hour. She was not admitted. [[name:Aroha]] later told her {{care coordinator}} that hearing her
        own words read back made it feel like her plan, not ours. Learning: safety plans written in the
        person's own words work, and [[name:Luca]]'s calm use of the plan is a model for our {{CPD}}
        sessions. Nominated by [[name:M. Haddad]], {{Team Leader}}.
    """)),
    ("health", "incident", block("""
        Chronology – lone working incident – [[date:Thu 3 Oct 2024]]
        15:30 {{HTT}} nurse [[name:Grace Oyelowo]] leaves base for visit to Mr [[name:Tran]],
              [[address:Flat 14, Marlowe House, Quarry Road]].
        15:32 [[name:Grace]] checks in on {{lone worker device}} ({{amber}} status).
        16:05 Mr [[name:Tran]]'s brother ([[name:Minh]]) answers door, agitated, shouting that staff "sectioned" him last year.
        16:08 [[name:Grace]] stays on doorstep; Mr [[name:Tran]] not seen. Brother picks up a {{kitchen knife}}.
        16:09 [[name:Grace]] leaves, activates {{red alert}} on device. {{Alarm receiving centre}} calls police.
        16:30 [[name:Grace]] back at base, debriefed by [[name:Kwabena]] ({{Team Manager}}).
        17:15 Police attend; Mr [[name:Tran]] seen, well, no immediate {{mental health}} concerns.
        Next day: {{risk assessment}} updated – {{two-person visits}} only; alert added on {{RiO}},
        ref [[case_reference:RA-22917]]. [[name:Grace]] offered {{TRiM}} and {{occupational health}}.
    """)),
    ("health", "near_miss", block("""
        CMHT duty handover – [[date:Fri 15/11]]
        From: [[name:AK]]   To: [[name:Bisi]] (weekend {{on-call}})

        1. [[name:Wojciech L]] – {{clozapine}} bloods due Mon. NEAR MISS today: pharmacy nearly dispensed
           without a valid {{ANC}} result as the {{CPMS}} upload failed. Pharmacist [[name:Ola]] at
           [[organisation:Millbank Pharmacy]] phoned to check – good catch. Result now uploaded ({{green}}).
        2. [[name:Tegan Price]] ([[age:19]]) – {{first episode psychosis}}, {{EIP}} referral sent. Mum anxious, may ring.
        3. Mr [[name:Sebastian Loew]] – {{s117}} aftercare meeting moved to [[date:27/11]].
        4. [[name:Ruth]] – discharged from {{HTT}}, {{CC}} now [[name:Joel]].
        No other concerns. [[name:AK]]
    """)),
    ("health", "success", prose("""
        Card on the board in the team base, typed up for the learning log: 'Dear [[name:Faith]],
        [[name:Desmond]] and all at [[organisation:Tanfield CMHT]]. A year ago I didn't want to be here.
        You kept coming even when I didn't open the door. [[name:Faith]], you never gave up on me. I've
        been back at work at [[organisation:Harcourt's Bakery]] for six weeks and I'm off the
        {{olanzapine}} with Dr [[name:Kaur]]'s agreement. Thank you from the bottom of my heart.
        [[name:Lee]]'. Manager's note: [[name:Faith]] was [[name:Lee]]'s {{care coordinator}} through two
        {{CPA}} reviews and a {{Mental Health Act}} assessment that did not lead to detention. Learning:
        persistent {{assertive outreach}}, a consistent worker and a {{recovery}} focus on employment
        ({{IPS}}) kept [[name:Lee]] out of hospital. Shared at the {{Trust}} {{Learning from Excellence}}
        panel.
    """)),
    ("health", "incident", block("""
        AFTER ACTION REVIEW – missed referral
        Date: [[date:7 November 2024]]   Chair: [[name:Siobhán Ní Bhriain]] ({{Service Manager}})
        Attendees: [[name:Harriet Obi]], [[name:Callum Frey]], [[name:Priya]] ({{admin}}), Dr [[name:Mensah]]
        Apologies: [[name:Gwen]] ({{Psychology}})

        Expected: {{urgent referral}} from [[organisation:Ridgeway Medical Practice]] triaged within 24h.
        What happened: referral for Mr [[name:Alfie Dunn]] ([[age:aged 67]]) sent via {{e-RS}} sat in the
        {{shared inbox}} for 9 days while [[name:Priya]] was on leave. GP chased on [[date:31/10]].
        [[name:Alfie]] was seen by {{duty}} the same day and taken onto the {{HTT}} caseload; no harm, but he
        reported worsening {{suicidal ideation}} during the wait.
        Why: no cover rota for the inbox; {{auto-reply}} not set.
        Actions: [[name:Harriet]] to set up inbox rota by [[date:14/11]]; [[name:Callum]] to add referral count
        to the {{daily huddle}} board.
    """)),
    ("health", "near_miss", block("""
        DEPOT TRACKER CHECK – w/c [[date:2 Dec]]
        Checked by: [[name:Priya Sandhu]] ({{admin}}) + [[name:Bogdan]] ({{CPN}})

        Patient               | Depot                     | Due            | Status
        [[name:K. Osei]]      | {{haloperidol decanoate}} | [[date:02/12]] | given
        [[name:Maggie Flynn]] | {{flupentixol}}           | [[date:03/12]] | given
        [[name:Ali Rezaei]]   | {{paliperidone}}          | [[date:04/12]] | NOT BOOKED <- near miss
        [[name:Summer]]       | {{zuclopenthixol}}        | [[date:06/12]] | booked

        Note: [[name:Ali]]'s 3-monthly {{Trevicta}} was on the tracker as monthly, so it showed "not due".
        [[name:Bogdan]] spotted the mismatch with the {{MAR}}. Appt booked for [[date:5 Dec]]. Root cause: the
        {{formulation}} was changed at {{outpatient}} review on [[date:10/09]] but the tracker was not updated.
        Action: all depot changes to be emailed to [[email:tanfield.depot@northcalder.nhs.uk]].
    """)),
    ("health", "incident", prose("""
        Reported by [[name:Layla Haddad-Stewart]], {{Team Leader}}, [[date:12 December 2024]]. At about
        09:00 a {{support worker}} posted a photograph in the staff {{WhatsApp}} group to show colleagues
        where a {{service user}}'s {{key safe}} was. The photo showed the front door and house number
        of [[address:58 Wharfedale Road]] and the key safe code was legible. The group has 14 members,
        two of whom have left the {{Trust}}. The post was deleted at 09:40 when [[name:Tobi]] ({{CPN}})
        raised it. The service user, Ms [[name:Carmel Ní Dhónaill]], was informed and the code was
        changed the same day by [[organisation:Calder Homecare]]. The incident has been reported to
        {{Information Governance}} ([[case_reference:IG-4471]]) and the group closed. Learning: patient
        information is only shared via {{Teams}} or {{RiO}}; a {{Caldicott Guardian}} briefing will be
        circulated to all staff.
    """)),
    ("health", "success", block("""
        #[[organisation:tanfield-htt]] (Slack export)
        @[[name:bisi.ade]] 08:51: morning 👋 good news – Mrs [[name:Halina Kowalski]] ([[age:81]]) discharged from {{HTT}} today, no admission needed 🎉
        @[[name:tobi_o]] 08:53: amazing. that was a tough one
        @[[name:bisi.ade]] 08:55: credit to [[name:Pat]] for getting the {{Polish}} {{interpreter}} for every visit + Dr [[name:Ahmed]] for spotting the {{delirium}} was from a {{UTI}} not a {{psychotic relapse}}. {{antibiotics}} + fluids and she's back to herself
        @[[name:pat.mcbride]] 08:58: 😊 her daughter [[name:Agnieszka]] rang to say thanks to the whole team
        @[[name:tobi_o]] 09:01: should go in the {{Learning from Excellence}} log
        @[[name:bisi.ade]] 09:02: done – {{LfE}} ref [[case_reference:LFE-0231]]
    """)),
    ("health", "incident", block("""
        TELEPHONE CONTACT RECORD – {{duty line}}
        Date: [[date:06/01/2025]]  Time: 11:20  Taken by: [[name:Ruairi Gallagher]]
        Caller: male, said he was "[[name:Sam]]'s husband"
        Re: [[name:Samantha Reyes]], NHS [[nhs_number:703 118 2646]], {{care coordinator}} [[name:Joel Adjei]]
        Summary: caller asked whether [[name:Samantha]] had attended her {{appointment}} on [[date:3 Jan]]. I
        confirmed she had and that her next appt was {{Thursday}} at [[organisation:Fenwick Road Clinic]].
        Caller then asked for the address of her {{refuge}}. I declined.
        Later: [[name:Joel]] rang back 12:05 – [[name:Samantha]] has no husband; her ex-partner is subject to a
        {{restraining order}}. Caller's number [[phone:07700 900 835]] matches the ex-partner on the {{MARAC}} record.
        Action: incident logged [[case_reference:W-105302]]; [[name:Samantha]] and police informed, appointment
        venue changed, {{Caldicott}} advice sought. I should have checked {{consent to share}} and {{NOK}} on
        {{RiO}} before confirming anything.
    """)),
    ("health", "near_miss", prose("""
        near miss – {{CPA}} letter for [[name:marcus]] nearly went to his old GP
        ([[organisation:Abbeyfield surgery]]) as {{RiO}} hadnt updated after he moved to
        [[organisation:Hollins Lane Medical Centre]]. spotted by [[name:fatima]] in admin when she was
        stuffing envelopes lol. letter has his {{diagnosis}} ({{bipolar affective disorder}}),
        {{risk history}} etc so wd have been a proper breach. re-addressed + updated {{Spine}}
        demographics. new address [[address:3 Clough Fold, Hollins]] [[postcode:HL2 5RB]]. think we need
        a {{demographics}} check b4 every {{clinic letter}}. also his dob on rio is wrong
        ([[date_of_birth:12.4.92]] not [[date_of_birth:12.4.29]] haha he's not [[age:95]]!!) - [[name:jules]]
    """)),
    ("health", "success", block("""
        From: [[name:Roisin Byrne]] <[[email:roisin.byrne72@inboxmail.co.uk]]>
        To: [[email:tanfield.cmht@northcalder.nhs.uk]]
        Date: [[date:20 January 2025]]
        Subject: Thank you – [[name:Eoin]]

        To the team,

        I'm [[name:Eoin]]'s mum. I wanted to write because last month I honestly thought we would lose him.
        [[name:Hope]], his {{care coordinator}}, rang me back within an hour when I called the {{crisis line}},
        and she arranged the {{carers assessment}} I'd been asking about for a year. Through that I got a place
        on the {{Family Intervention}} course and a {{Carer's Allowance}} check from
        [[organisation:Calder Carers Centre]].

        [[name:Eoin]] is now on his {{depot}}, he comes to the {{clinic}} every fortnight without me nagging, and
        last week he cooked us tea. Please tell [[name:Hope]] and Dr [[name:Obasi]] thank you.

        [[name:Roisin Byrne]]
        [[address:9 Heather Bank, Calder Bridge]]
    """)),
    ("health", "incident", block("""
        Zoning meeting – [[date:Mon 27 Jan]]
        Present: [[name:Kwabena]] (chair), [[name:Joy]], [[name:Bogdan]], [[name:Luca]], [[name:Priya S]]
        Apologies: Dr [[name:Mensah]], [[name:Will]]

        {{Red zone}}
        - [[name:Darnell Price]] ({{CTO}}) – INCIDENT: planned visit [[date:Sat 25/01]] didn't happen. The
          {{weekend rota}} still had him in {{amber}}. Found by family [[date:26/01]] very unwell, taken to
          [[organisation:Calder General]] {{A&E}}, now admitted to the {{acute ward}}. {{CTO recall}}
          considered. Incident form [[case_reference:W-105877]].
        - [[name:Agnes]] – stays red, {{HTT}} daily.
        {{Amber zone}}
        - Mr [[name:Iqbal]] – moved to green after {{review}}.
        Learning: zoning board and weekend rota must be the same list; [[name:Joy]] to print the board every
        Fri 4pm for the {{on-call}} folder.
    """)),
    # HEALTH_END
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", block("""
        RT transcript – {{Apron Control}} – [[date:14/03/2024]] – occurrence [[case_reference:EMA-OCC-2024-031]]
        06:42:10 [[flight_number:LRK412]]: Apron, [[flight_number:LRK412]] stand 23 request push and start
        06:42:18 {{APRON}}: [[flight_number:LRK412]] push and start approved, tail east
        06:42:21 [[flight_number:LRK412]]: push and start approved tail east, [[flight_number:LRK412]]
        06:43:02 [[flight_number:BWA27K]]: Apron, [[flight_number:BWA27K]] vacating {{Kilo}}, for stand 25
        06:43:09 {{APRON}}: [[flight_number:BWA27K]] follow the {{follow-me}} via {{Taxilane A}}
        06:43:40 {{HEADSET}} ([[flight_number:LRK412]]): brakes set brakes set, aircraft behind us
        06:43:44 {{APRON}}: [[flight_number:BWA27K]] hold position, [[flight_number:LRK412]] hold the push
        Notes ([[name:Donna]], {{apron controller}}): I approved the push before the inbound was handed over
        from {{Tower}} and did not re-check the taxilane. Gap approx 60 m. {{pushback tug}} driver
        [[name:Ibrahim]] stopped on his own {{visual}}. {{MOR}} filed. – [[name:Donna Feeney]]
    """)),
    ("aviation", "near_miss", prose("""
        On [[date:Saturday 6 April]] at about 14:20 an {{A321neo}} operated by
        [[organisation:Baltica Wings]], registration [[aircraft_registration:YL-BWK]], was allocated
        {{stand 9}} by the {{stand planning}} system. Stand 9 is limited to {{A320}} and smaller
        because of the {{blast screen}} on the left side. The {{marshaller}},
        [[name:Kieran O'Sullivan]], noticed the aircraft type on his {{handheld}} did not match the
        limit on the {{stand entry guidance}} board and stopped the aircraft on the {{lead-in line}}
        about 20 m short. He radioed {{Apron Control}} and the aircraft was re-planned to stand 14
        and towed in by [[organisation:Skyport Ground Services]]. Clearance checks afterwards showed
        the left wingtip would have passed within 1.5 m of the screen. The planner on duty,
        [[name:Anjali]], explained that the {{airline}} changed the type after the plan was published
        and the {{AODB}} did not flag the clash. Flight [[flight_number:BWA318]] departed 35 minutes
        late. [[name:Kieran]]'s action prevented a likely {{wingtip strike}}.
    """)),
    ("aviation", "success", block("""
        Teams · [[organisation:Eastmoor Ops]] – Apron
        [[name:Marcus Lindqvist]]  07:58
        Big thank you to [[name:Sunny Dhaliwal]] in {{Follow Me 2}} last night 🙏 {{LVPs}} in force from 23:40,
        {{RVR}} down to 300m, and the [[organisation:Celtic Jet]] crew on [[flight_number:CJT88]] had never been
        here before. [[name:Sunny]] led them from the {{runway}} exit to stand 31 at walking pace, kept perfect
        spacing and talked the {{marshaller}} through it on the {{ground channel}}. Zero drama.
        [[name:Sunny Dhaliwal]]  08:04
        cheers boss, the {{captain}} was lovely tbh. [[name:Grace]] on the {{wands}} did the hard bit
        [[name:Ngozi Eze]]  08:10
        +1 – [[name:Grace]] and [[name:Sunny]] were brilliant. {{Captain}} asked for their names for the
        [[organisation:Celtic Jet]] safety bulletin 😄
        [[name:Marcus Lindqvist]]  08:12
        I'll put it in the {{Just Culture}} good catch log, ref [[case_reference:GC-0117]]
    """)),
    ("aviation", "incident", block("""
        AIRSIDE VEHICLE INCIDENT REPORT
        Report no: [[case_reference:AVI-24-0088]]
        Date: [[date:19/04/2024]]   Time: 22:15 {{local}}   Location: {{Stand 17}}, {{head of stand}}
        Vehicle: {{follow-me vehicle}}, reg [[vehicle_registration:YK70 FMJ]]
        Driver: [[name:Tomasz Nowicki]], [[organisation:Skyport Ground Services]], {{ADP}} holder
        Aircraft on stand: [[aircraft_registration:G-LRKD]] ({{B737-800}}), [[organisation:Skylark Air]]
        Description: driver reversing out of the {{equipment restraint area}} struck the {{GPU}} cable, pulling
        it from the aircraft's {{ground power}} socket. Power lost for approx 40 s; {{APU}} not running. No
        injuries. {{Engineering}} inspected the socket – minor damage, aircraft delayed 50 min. Driver states
        {{reversing camera}} was dirty and no {{banksman}} was available.
        Witness: [[name:Leah]] ({{dispatcher}}), tel [[phone:07700 900 462]]
        Immediate actions: vehicle withdrawn; {{drug and alcohol test}} negative.
        Reported by: [[name:J. Mwangi]], {{Apron Duty Manager}}
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Anjali Rao]] <[[email:anjali.rao@eastmoorairport.co.uk]]>
        To: {{Stand Planning}}; [[name:Marcus Lindqvist]]
        Subject: Near miss – double allocation stand 31, [[date:Sun 12 May]]

        Hi [[name:Marcus]],

        Logging this before I go off shift. At 16:50 the {{AODB}} had stand 31 allocated to both
        [[flight_number:LRK207]] (on blocks, delayed departure) and inbound [[flight_number:EXS9KP]], {{ETA}} 17:05.
        The {{delay message}} for [[flight_number:LRK207]] came in by phone from the {{handling agent}} but was
        never entered, so the system thought 31 would be free.

        I spotted it on the {{Gantt}} when the two bars overlapped and moved [[flight_number:EXS9KP]] to stand 34.
        The {{follow-me}} was already briefed for 31 so I told [[name:Ray]] on the {{ops channel}}. If the aircraft
        had come in it would have met a {{pushback}} head-on in the {{taxilane}}.

        Suggestion: phoned-in delays must be typed in before the call ends.

        Thanks,
        [[name:Anjali]]
        [[name:Anjali Rao]] | {{Stand Planner}} | [[organisation:Eastmoor Airport]]
        [[phone:01632 960 905]]
    """)),
    ("aviation", "success", block("""
        #apron-ops (Slack)
        [[name:ngozi.eze]]  11:02
        quick win from this morning 👇 {{Stand 4}} {{VDGS}} failed at 06:10 with 3 arrivals due. [[name:Faisal]] on
        {{planning}} swapped all three to remote stands 40–42 within 5 mins and [[name:wes]] + [[name:Amber]]
        marshalled them in manually. zero delay, and the {{PRM}} {{ambulift}} still got to 41 on time
        [[name:marcus.l]]  11:05
        🔥 nice. did {{engineering}} get the {{work order}}?
        [[name:ngozi.eze]]  11:06
        yep [[case_reference:WO-55821]], fixed by 09:30
        [[name:faisal_k]]  11:10
        ta. credit to [[name:wes]] tbh, he had the {{wands}} out before i'd even called it
        [[name:Amber]]  11:12
        and I did the {{coaching}} 😎
    """)),
    ("aviation", "incident", block("""
        FUEL SPILL – {{Stand 20}} – [[date:Wed 5 June 2024]]
        10:12 {{Refuelling operator}} [[name:Gareth]] ([[organisation:AirFuel Direct]], dispenser
              [[vehicle_registration:BX19 RFU]]) reports {{Jet A-1}} spill at the {{hydrant}} coupling, approx 3 m².
              Aircraft [[aircraft_registration:EI-HDZ]] ({{A320}}), [[organisation:Celtic Jet]] [[flight_number:CJT451]].
        10:13 {{Apron Control}} ([[name:Bea Achterberg]]) stops ops on stands 19–21, calls {{RFFS}}.
        10:16 RFFS on scene, {{absorbent}} applied. Passengers held at {{gate}}.
        10:34 Spill cleared; {{FOD}} check by [[name:Gareth]] and {{ramp supervisor}} [[name:Kofi Mensah-Bright]].
        10:41 Stand released. [[flight_number:CJT451]] boarded, departed 11:22 (+47).
        Cause: worn {{coupling seal}} – dispenser [[vehicle_registration:BX19 RFU]] taken out of service.
        {{MOR}} submitted – [[case_reference:EMA-OCC-2024-058]]. Logged by [[name:Bea]].
    """)),
    ("aviation", "near_miss", block("""
        APRON CONTROL HANDOVER – nights → earlies – [[date:23/06]]
        Outgoing: [[name:DF]]   Incoming: [[name:Olamide]]
        - {{Stand 6}} {{AGNIS}} u/s, marshal only.
        - [[aircraft_registration:G-LRKB]] night-stopped stand 11, tow to stand 3 booked 05:00 w/ [[organisation:Skyport]].
        - NEAR MISS 02:40 – {{tow team}} began moving [[aircraft_registration:OY-RCJ]] off stand 15 without calling
          {{Apron}}; {{wing walker}} on one side only. {{Security}} patrol van ([[vehicle_registration:YD68 SEC]]) was
          parked behind 15 on the {{service road}}. Tug driver stopped when [[name:Hal]] (security) flashed his
          lights. ~5 m gap. Spoke to tow team leader [[name:Priit Tamm]] – they thought the tow was pre-approved
          on the {{tow sheet}}. It wasn't.
        - Report raised [[case_reference:EMA-OCC-2024-066]]. Need a reminder to all handlers: every tow needs
          {{RT}} clearance.
        [[name:DF]]
    """)),
    ("aviation", "success", block("""
        From: [[name:Helena Varga]] <[[email:h.varga@skylark-air.co.uk]]>
        To: {{Apron Control}}, [[organisation:Eastmoor Airport]]
        Subject: Thank you – diversion night [[date:2 July]]

        Dear all,

        On behalf of [[organisation:Skylark Air]] I'd like to thank the apron team for the night of
        [[date:2 July]], when six of our aircraft diverted to you after the storm closed our base. Your
        {{stand planner}} [[name:Anjali]] found stands for all six by opening the {{cargo apron}}, and the
        {{follow-me}} drivers, especially [[name:Cliff]], had each aircraft parked within minutes of landing.
        Our crews commented on how calm the {{RT}} was.

        Capt [[name:Owusu]], the {{commander}} of [[flight_number:LRK1190]], asked me to pass on his particular
        thanks to the {{marshaller}} who noticed a {{hydraulic leak}} on [[aircraft_registration:G-LRKF]] and
        called {{engineering}} before the engines were even shut down.

        Kind regards,
        [[name:Helena Varga]]
        {{Head of Ground Operations}}, [[organisation:Skylark Air]]
        [[phone:01632 960 220]]
    """)),
    ("aviation", "incident", block("""
        Apron Safety Committee – extraordinary meeting – [[date:25 July 2024]]
        Attendees: [[name:Marcus Lindqvist]] (chair, {{Apron Manager}}), [[name:Ngozi Eze]] ({{Safety}}),
        [[name:Jim O'Hare]] ([[organisation:Skyport Ground Services]]), [[name:Chidi]] ({{RFFS}}), [[name:Bea Achterberg]]
        Apologies: [[name:Sven]] ([[organisation:Baltica Wings]] {{station manager}})

        Item 1 – {{jet blast}} event, stand 12, [[date:21/07]]
        [[aircraft_registration:YL-BWM]] ([[flight_number:BWA506]]) used {{breakaway thrust}} leaving stand 12. A
        {{passenger coach}} ([[vehicle_registration:FN17 KXB]]) on the {{airside road}} behind had a window
        cracked by a {{baggage cart}} moved by the blast. No injuries; 14 passengers on board.
        Discussion: [[name:Jim]] said the coach driver was following the {{road markings}}. [[name:Chidi]] noted
        the {{blast fence}} project is overdue. [[name:Ngozi]]: second event this year
        ([[case_reference:EMA-OCC-2024-049]]).
        Actions: [[name:Marcus]] to restrict stand 12 to push-and-tow (no {{power-out}}) until the fence is
        installed; [[name:Ngozi]] to file the {{MOR}} and brief the airline via [[name:Sven]].
    """)),
    ("aviation", "near_miss", prose("""
        nr miss on stand 27 @ approx 1315. [[name:gav]] was marshalling the {{ATR}} in, i was
        {{wing walker}} left side. {{chocks}} from the previous flight still on the {{lead in line}},
        nobody removed them after [[aircraft_registration:G-OXBN]] pushed. [[name:gav]] didnt see em
        cos of {{sun glare}}. i gave the {{stop signal}} and the aircraft stopped maybe 3m off them.
        {{FOD walk}} not done between turns cos we were short – only 2 on shift instead of 3. told
        [[name:Jim]] ({{ramp supervisor}}). flight was [[flight_number:EXS4411]]. nobody hurt but if
        the nosewheel had hit them at that speed its a {{tow-in}} + {{engineering}} inspection. -
        [[name:shaz]]
    """)),
    ("aviation", "success", block("""
        STAND PLANNING – week 31 – shout-outs
        Day | Planner                    | What went well
        Mon | [[name:Anjali Rao]]        | re-planned 11 stands in 20 min after an {{A320}} {{AOG}} on stand 8
        Tue | [[name:Faisal Karimi]]     | kept all {{PRM}} flights on contact stands during {{airbridge}} outage
        Wed | [[name:Bo-ra Kim]]         | spotted [[flight_number:LRK633]] type change ({{737-8 MAX}}) before arrival
        Thu | [[name:Anjali Rao]]        | zero {{stand conflicts}} all shift
        Fri | [[name:Teodora Ilić]]      | moved 6 night-stops to free the {{de-icing pad}} for {{engineering}}

        On stand within 5 min of landing: 97.4% (target 95%). Stand conflicts: 2 (last week 9).
        Thanks also to the {{follow-me}} crews – [[name:Cliff]], [[name:wes]] and [[name:Sunny]].
        Posted by [[name:M. Lindqvist]]
    """)),
    ("aviation", "incident", block("""
        [[date:09/08/2024]], 15:31 - [[name:Kofi]]: lads who left the {{GPU}} running on 19 with the lead on the floor
        [[date:09/08/2024]], 15:32 - [[name:Dmitri P]]: not us, we were on 22
        [[date:09/08/2024]], 15:33 - [[name:Kofi]]: someone ran over it with the {{hi-lo}}, cable's split. {{electrician}} called. [[aircraft_registration:9H-VFE]] waiting for power
        [[date:09/08/2024]], 15:35 - [[name:Rosa Delgado]]: that was [[name:Big Stu]]'s crew I think, they did the inbound at 14:50
        [[date:09/08/2024]], 15:38 - [[name:Kofi]]: whoever. NOBODY touch it, its live. {{apron}} informed, stand 19 closed. need an {{incident form}} by end of shift
        [[date:09/08/2024]], 15:52 - [[name:Rosa Delgado]]: form done [[case_reference:AVI-24-0131]]. hi-lo driver was [[name:Stuart]], he's ok, no shock. {{first aid}} checked him anyway
        [[date:09/08/2024]], 15:54 - [[name:Dmitri P]]: 👍 glad he's ok
    """)),
    ("aviation", "near_miss", block("""
        Apron frequency – [[date:Fri 16 Aug]] – extract
        14:02:11 [[flight_number:Baltica 212]]: Apron, [[flight_number:Baltica 212]] vacated {{Echo}}, for stand 31
        14:02:16 {{APRON}}: [[flight_number:Baltica 212]], follow {{Follow Me 3}}, stand 31
        14:02:19 [[flight_number:Baltica 212]]: follow Follow Me 3, stand 31
        14:02:40 {{FM3}}: Apron, Follow Me 3, have the [[flight_number:Baltica 212]], leading to 13
        14:02:44 APRON: Follow Me 3, negative, stand 31, three one
        14:02:47 FM3: er... correction, stand 31, Follow Me 3
        Note ([[name:Olamide Bakare]], {{apron controller}}): follow-me driver [[name:Cliff]] heard 31 as 13.
        Stand 13 had a {{GPU}} and {{steps}} positioned for another aircraft. Caught on the {{readback}}.
        Reminder to all: say stand numbers digit by digit. Logged [[case_reference:EMA-OCC-2024-072]].
    """)),
    ("aviation", "success", prose("""
        {{Marshaller}} [[name:Faith Adeyemi]], in her second week after {{sign-off}}, noticed as
        [[aircraft_registration:G-LRKH]] ([[flight_number:LRK740]]) began its {{pushback}} that the
        {{bulk cargo door}} was not fully latched. She gave the {{emergency stop}} signal and told the
        {{headset operator}}, who stopped the tug. The door was closed and secured by the
        {{dispatcher}}, [[name:Rhys Pugh]], and the flight left 6 minutes late. Had it departed, the
        door could have opened in flight. The {{safety team}} at [[organisation:Skylark Air]] has
        thanked [[name:Faith]] in writing and she received the quarterly {{Safety Star}} award on
        [[date:3 September]]. Learning: the {{walkround}} at pushback should include cargo door
        handles, not just {{panels}} and {{tyres}}; this is now on the marshaller checklist. Reported by
        [[name:Ngozi Eze]], {{Safety Manager}}, [[organisation:Eastmoor Airport]].
    """)),
    ("aviation", "incident", block("""
        GROUND OCCURRENCE FORM
        Ref: [[case_reference:EMA-OCC-2024-090]]        Date: [[date:30/09/2024]]
        Location: stand 2 / {{airbridge}} 2
        Aircraft: [[aircraft_registration:D-AMTQ]]   Type: {{A320}}   Flight: [[flight_number:KTE3305]]
        Operator: [[organisation:Kestrel Touristik]]
        Reporter: [[name:Yusuf Demir]], {{airbridge operator}}, [[organisation:Eastmoor Airport]]
        Contact: [[email:y.demir@eastmoorairport.co.uk]]

        Narrative: while docking the bridge at 07:14 the {{auto-level}} failed and the {{canopy}} touched the
        fuselage above {{door 1L}}. I stopped immediately. Engineer [[name:Lotte van Dijk]] inspected: paint
        damage, no {{dent}}. Aircraft returned to service after 1h 40m. Bridge 2 had been reset after
        maintenance on [[date:28 September]] and the {{door position}} setting was still on the {{A321}}
        profile. Contributing: no {{handover}} between maintenance and apron.
        Classification: {{MOR}} reportable.
    """)),
    # AVIATION_END
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind338", REPORTS))
