"""Held-out blind corpus 90: long reflective just-culture reports written the day after, mostly in the
first person and often raw with emotion, from three settings. Social care covers out-of-area residential
children's homes (missing episodes, restraint, contact and transport handovers, funerals far from home,
staff chat groups) and hospice family-support, bereavement and domiciliary end-of-life work. Health covers
hospice inpatient units, hospice at home, district and community nursing at end of life, rapid discharge
home to die, verification of death, controlled drugs after death and bereavement follow-up. Aviation
covers flight training schools: PPL and CPL students on solo cross-country and qualifying flights, their
instructors, CFIs and ops desks. Styles run from next-morning confessional prose to handover notes,
timelines, ops logs, e-mail headers and chat transcripts.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind90.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        I'm writing this the morning after because I didn't sleep and I want it down while it's clear.
        [[name:Kayleigh]] ([[age:15]]) has been placed with us at [[organisation:Thornfield House]] for six
        weeks, nearly 200 miles from her home authority. At about 21:40 on [[date:Sat 14 September]] she said
        she was going out to the garden to vape and didn't come back. I was {{shift lead}} with one
        {{agency worker}} who had never met her. We followed the {{missing from care protocol}} and I rang
        the police at 22:15, log [[case_reference:NC-24-118732]]. What went wrong: her {{placement plan}} and
        {{risk assessment}} were still the ones from her previous home, so nothing said that an older lad
        called '[[name:Deano]]' ([[name:Dean Ashworth]], [[age:22]]) had been hanging round in a grey Corsa,
        [[vehicle_registration:YK19 FWD]]. I only knew because she told me on Tuesday and I hadn't updated
        the file. That's on me and I feel sick about it. What went right: PC [[name:Marsh]] took the reg
        seriously, an {{ANPR}} hit came back within the hour and she was found at 02:10 on a garage
        forecourt, cold and quiet but safe. I've asked for a {{strategy discussion}} today and flagged
        {{CSE}} concerns to her {{social worker}}. [[name:Paula R]], {{deputy manager}}
    """)),
    ("social_care", "success", block("""
        HANDOVER – [[organisation:Larkspur Lodge]] – [[date:Mon 3 June]], written by [[name:Femi]] (late shift)

        Writing more than usual because yesterday went right and I want us to remember why.

        - 07:30 [[name:Tyrese]] ([[age:13]]) up before anyone, dressed, asked three times if {{mum}} was definitely coming.
        - 09:00 left in the home's car ([[vehicle_registration:LN21 KOB]]) with me and [[name:Bex]]. 3 hr drive to the {{contact centre}} at [[organisation:Millbrook Family Centre]].
        - 12:15 Mum arrived on time. First {{face-to-face contact}} in four months. He cried, she cried, I went and stood by the vending machine.
        - 14:00 Goodbye was OK. He asked if he can ring her on Sundays – agreed with his {{social worker}} [[name:Anjali Mistry]] from the car park ([[phone:07700 900412]]).
        - 17:40 back. Ate tea, played {{FIFA}} with [[name:Bex]], settled by 21:00.

        What worked: the {{contact plan}} was written with him, not about him; we did a practice drive the week before; [[name:Anjali]] briefed mum on what not to promise. Please keep the Sunday calls in the {{daily log}}.

        [[name:Femi]]
    """)),
    ("social_care", "near_miss", prose("""
        Near miss from my sleep-in at [[organisation:Hollins Brook]] last night and I honestly still feel
        shaky. Two of our lads are on {{melatonin}}, [[name:Reece]] ([[age:11]]) 3mg and [[name:Kai-Jordan]]
        ([[age:14]]) 2mg, and both bottles look identical. At 20:45 I'd popped out a dose for [[name:Reece]]
        and was about to hand it over when I did the {{MAR chart}} check we were all drilled on after the
        {{Reg 44}} visit, and the name on the label was [[name:Kai-Jordan]]'s. Nothing was given. What went
        wrong: the pharmacy had put both boxes in one bag, the {{medication cabinet}} shelves aren't labelled
        by child, and I was also answering the door to the {{on-call manager}}. What went right: the two-step
        check, out loud, every single time. I've moved the bottles into separate named tubs and told
        [[name:Sunny]] (manager) this morning. I'd like us to ask [[organisation:Pennine Pharmacy]] to bag
        separately. Please don't treat this as nothing, we got lucky. – [[name:mo]]
    """)),
    ("social_care", "incident", prose("""
        I work in the {{family support team}} at [[organisation:St Aidan's Hospice]] and I'm reporting my own
        mistake. On [[date:22/10]] I sent our six-week {{bereavement support}} letters, including one for Mr
        [[name:Leonard Fairweather]], who died on our {{IPU}} on [[date:9 September]]. The mail merge pulled
        the patient as addressee instead of next of kin, so his widow [[name:Joyce]] received a letter
        addressed to her dead husband: 'Dear [[name:Leonard]], we are thinking of you at this difficult time'.
        Her son [[name:Gareth]] rang yesterday, furious and in tears, and he was right to be. I listened, I
        apologised without excuses, and I asked if I could visit. [[name:Joyce]] agreed and I went to
        [[address:7 Pendle Walk]], [[postcode:BB9 4QT]] this morning. She made me tea, which somehow made it
        worse. What went wrong: the {{bereavement register}} export from {{SystmOne}} had the next-of-kin field
        blank, it also carried her NI number ([[ni_number:ZR 61 04 88 B]]) in a column that shouldn't exist,
        and I didn't eyeball the letters because there were 34 of them. What I'll change: no batch printing
        without a second person checking addressees. Logged as [[case_reference:DTX-30418]].
        – [[name:Hannah]], {{family support worker}}
    """)),
    ("social_care", "success", prose("""
        I've been a {{care worker}} with [[organisation:Brightwater Home Care]] for nine years and yesterday
        was one I'll carry. Mr [[name:Okonkwo]] ([[name:Emeka]] to everyone) was on our {{end of life}}
        package at home on [[address:Calder Rise]]. His wish, written on his {{ReSPECT form}}, was to die in
        his own bed listening to highlife with his wife [[name:Adaeze]] there. At the 6pm call his breathing
        had changed and his knees were mottled. I rang the {{district nurses}} on the {{single point of
        access}} number and [[name:Grace]] from the evening team came in 40 minutes and gave the
        {{anticipatory medicines}}. I stayed past my time; my coordinator [[name:Tasha]] moved my next call so
        I could. He died at 21:10 with the music on and [[name:Adaeze]] holding his hand. What went right: the
        {{just in case}} box was in the house, the form was on the fridge, and nobody panicked. What was hard:
        I drove home and sat in the car outside my flat for half an hour. [[name:Tasha]] rang me at ten to
        check on me, which meant a lot.
    """)),
    ("social_care", "incident", prose("""
        Writing this as {{registered manager}} of [[organisation:Oakapple House]] because I'm angry and I want
        it on record properly. [[name:Jayden Price-Williams]] ([[age:14]]) arrived with us on
        [[date:2 September]] from an authority 230 miles away. We were told a school place was agreed. It
        wasn't. The {{virtual school}} in his home authority and ours each thought the other was leading, and
        his {{EHCP}} had never been sent to our county's {{SEN team}}. He has now missed seven weeks of
        education. He spends the day on his Xbox and has started saying he's 'thick anyway'. What went wrong:
        nobody owned the consultation, the placing social worker changed twice, and I accepted 'it's in hand'
        at the {{placement planning meeting}} instead of asking for the name of the {{SENCo}} and a start date.
        What went right, eventually: Mrs [[name:Adeyemi]], head of [[organisation:Ridgeway Academy]], agreed a
        part-time timetable from Monday once I emailed her directly, and his {{IRO}} [[name:Colin Vaughan]] has
        escalated. [[name:JPW]] said 'finally' when I told him. Ref [[case_reference:CH-OA-2291]].
    """)),
    ("social_care", "near_miss", block("""
        Note typed [[date:Thurs 7 March]]

        I nearly sent [[name:Summer]]'s full {{LAC review}} minutes to the wrong person yesterday and I want to explain how, because it could happen to anyone here.

        To: [[email:s.holt@northvale-yot.example.gov.uk]]
        Should have been: [[email:s.holt@northvale-iro.example.gov.uk]]

        Both addresses belong to a [[name:Sarah Holt]]. One is her {{IRO}}, the other works in the {{youth offending team}}. {{Outlook}} autocompleted the first. I'd attached the minutes (which include her address, [[address:Flat 3, 41 Ivy Terrace]], [[postcode:NE6 2RP]], and her {{CAMHS}} history) and had my cursor on Send when [[name:Dawn]] leaned over and said 'that's not the IRO one, that's the other [[name:Sarah]]'.

        What went wrong: autocomplete; two people called [[name:Sarah Holt]]; I was rushing before the 4pm {{handover}}.
        What went right: [[name:Dawn]] reading over my shoulder, honestly.
        Suggested fix: clear the autocomplete list and turn on the 'check recipients' prompt in {{Egress}}.

        [[name:Lewis Tran]], {{residential support worker}}, [[organisation:Kestrel View]]
    """)),
    ("social_care", "success", prose("""
        Something good to log for once. [[name:Rhiannon]] turned [[age:16]] on [[date:Saturday 18 May]], and
        she's the first young person at [[organisation:Bryn Melyn Court]] to have a birthday here since we
        opened. She's placed from Cardiff and hadn't seen her little sister [[name:Ffion]] ([[age:9]]), who's
        with {{foster carers}}, since last autumn. I'll be honest, I cried in the staff office. The week
        before, her {{key worker}} [[name:Aled]] had pushed the {{social worker}} for {{sibling contact}}, and
        the foster carer, Mrs [[name:Bowen]], agreed to drive up halfway. We met at a soft play near Builth
        Wells. [[name:Rhiannon]] had wrapped a present for [[name:Ffion]] even though it was her own birthday.
        What went right: [[name:Aled]] didn't take the first 'no', we had the {{risk assessment}} ready, and we
        let [[name:Rhi]] choose the cake. What to learn: contact shouldn't depend on one stubborn key worker.
        It should be in the {{care plan}} from day one. – [[name:Ceri]] ({{senior RSW}})
    """)),
    ("social_care", "incident", prose("""
        I've been asked to write this up fully. On [[date:Wed 26 June]] at about 19:20 [[name:Connor]]
        ([[age:15]]) became very dysregulated after a phone call with his dad, smashed the kitchen window and
        went for [[name:Priya]] with a broken mug. [[name:Mick O'Dowd]] and I used a two-person
        {{Team Teach}} hold for about four minutes. During it his wrist was bent back and he now has a
        suspected fracture; he went to {{A&E}} at [[organisation:Royal Lancaster Infirmary]] with
        [[name:Priya]]. I've replayed it all night. I don't think we did it wrong but I don't think we did it
        right either. What went wrong: we were two staff short, [[name:Connor]]'s {{behaviour support plan}}
        says calls with dad should be supervised and that one wasn't, and the hold went on longer than it
        needed to because I froze when he said 'you're hurting me'. What went right: {{debrief}} happened the
        same night, his {{social worker}} and {{Ofsted}} were notified under {{Regulation 40}} this morning,
        and [[name:Connor]] asked to talk to me at breakfast. He said sorry. So did I. Incident no.
        [[case_reference:RH-0626-04]].
    """)),
    ("social_care", "success", prose("""
        [[name:Marcus]]'s nan died last week back home in Liverpool. She brought him up until he was
        [[age:10]]. He's been with us at [[organisation:Meadowcroft]] in Devon for a year, over 250 miles away,
        and his first words were 'I can't even get to the funeral.' I want to record how we made it happen
        because it was a team effort. The {{registered manager}}, [[name:Fran]], authorised two staff and the
        overnight cost without waiting for the placing authority to agree the money. [[name:Olu]] and I drove
        him up on [[date:Thursday 11 April]], stayed in a motorway hotel, and he stood with his aunties at the
        {{crematorium}} in a suit we bought the day before. He read a poem. Afterwards his uncle
        [[name:Terry]] said he looked like a man. What went right: we said yes first and sorted the paperwork
        second; his grief was treated as the priority, not the {{risk assessment}}. What we should improve: we
        have no {{bereavement policy}} for young people placed far from home, and we need one. On the drive
        back he asked whether he'd be allowed to come to mine when I die. I didn't know what to say.
        – [[name:Kerry-Ann]], {{residential child care officer}}
    """)),
    ("social_care", "incident", prose("""
        This is the worst thing I've done in this job and I'm writing it with my manager's support.
        [[name:Amira]] ([[age:12]]) is placed at [[organisation:Willowbank]] specifically because her dad must
        not know where she lives; it is in her {{care plan}} in bold. On [[date:Sunday 4 August]] a man rang
        the house phone saying he was from {{EDT}} and needed to confirm the address for a {{welfare check}}.
        He knew her full name and date of birth, [[date_of_birth:17/02/2012]], and sounded exactly like a
        {{duty social worker}}. I read out [[address:12 Larch Grove]] before my brain caught up. He hung up.
        The number came up as [[phone:+44 7700 900587]]. I rang the real {{out-of-hours team}} straight away
        and they confirmed nobody had called. Police came within the hour and [[name:Amira]] was moved to an
        emergency bed that night. She cried and asked what she'd done wrong. Nothing, love. I did. What went
        wrong: no callback rule, no password for professionals. What went right: I told someone immediately
        instead of hiding it. – [[name:J.B.]]
    """)),
    ("social_care", "near_miss", prose("""
        Near miss, {{transport}} to {{family time}}. Yesterday [[name:Tomasz]] ([[age:10]]) was due to be
        handed from our staff to the placing authority's escort at motorway services on the M6 so he could see
        his mum. Our driver [[name:Bill]] got there and a woman came over, said 'I'm here for
        [[name:Tomasz]]' and held out her hand. She had a lanyard, but [[name:Bill]] asked for the
        {{ID badge}} and the password on the {{transport plan}}. She didn't have it. Turned out she was a
        genuine {{contact supervisor}} but for a different boy, also called [[name:Tomasz]], from another home.
        Both lads were due at the same services within 15 minutes. What could have happened doesn't bear
        thinking about. What went right: [[name:Bill]] followed the plan even though it felt rude. What went
        wrong: two authorities booked the same handover point and nobody had surnames or photos on the sheet.
        I've asked the {{placing social worker}}, Ms [[name:Kowalczyk]], to add photos to every plan.
        – [[name:Dot]], {{deputy manager}}, [[organisation:Cherry Tree House]]
    """)),
    ("social_care", "success", prose("""
        Writing this the day after because I want to remember it. I'm a {{children and young people's
        worker}} in the family support team at [[organisation:Marden Vale Hospice]]. Our patient
        [[name:Natalie]] ([[age:38]]) has {{metastatic breast cancer}} and is now on the {{IPU}}. Weeks ago
        she asked me to help her make {{memory boxes}} for [[name:Alfie]] ([[age:7]]) and [[name:Lily-Mae]]
        ([[age:4]]). Yesterday we finished them. She recorded herself reading {{The Gruffalo}} for
        [[name:Lily-Mae]] and wrote [[name:Alfie]] a card for every birthday up to [[age:18]], and we did
        handprints together on the bed table. Her husband [[name:Dan]] sat in the corner and couldn't speak.
        What went right: we started early, while [[name:Nat]] still had energy, rather than waiting for 'the
        right time'. The {{art therapist}} lent us proper paper. What I'd flag: I went home and couldn't stop
        crying in the bath, and I didn't use {{clinical supervision}} until my manager made me. That should
        be automatic after this kind of work.
    """)),
    ("social_care", "incident", prose("""
        Incident from last night's double-up call. Mrs [[name:Wren]], [[age:91]], is on {{fast track}}
        {{end of life care}} at home at [[address:Fern Cottage, Mill Lane]]. At the 22:00 call
        [[name:Shabnam]] and I couldn't get in: the {{key safe}} code on our rota didn't work. Her nephew had
        changed it that afternoon after a scare about a stranger but told nobody. We could see her through the
        window on the {{profiling bed}} and she looked uncomfortable. We rang the office, then the
        {{out-of-hours coordinator}}, then the nephew three times on [[phone:07700 900231]]. No answer. In the
        end the {{district nursing}} night team had the new code because he'd told them. We got in at 23:35,
        an hour and a half late. She'd been incontinent and was distressed, and her {{pressure areas}} were
        red. I felt awful even though it wasn't anyone's fault exactly. What went wrong: key safe codes held
        in three places, none shared. What went right: [[name:Shabnam]] thought of ringing the nurses. Ref
        [[case_reference:BHC-IR-0977]].
    """)),
    ("social_care", "success", block("""
        EMERGENCY ADMISSION – reflective note
        Home: [[organisation:Harbour Lights]] | Young person: [[name:Zain Hussain]] | DOB [[date_of_birth:03/11/2009]] | LA ref [[case_reference:WMCT-558102]]

        21:05 {{EDT}} rang, [[age:14]]yo boy, {{placement breakdown}} 140 miles away, needs a bed tonight.
        21:20 {{duty social worker}} [[name:Rosa Quintero]] emailed a one-page profile: likes, triggers, that he hates the dark, eats halal only, no meds, supports Villa.
        00:40 arrived with [[name:Rosa]]. Landing light left on, pizza in the oven, football highlights on.
        01:30 in bed. Asked if he could keep his door open. Yes.

        Reflection: I've done maybe 30 emergency admissions and this is the first where the {{social worker}} sent a proper profile before arrival. It took her ten minutes and it changed everything. [[name:Zain]] said at breakfast, 'You lot actually read it.' I want to share her template with the {{placements team}} and suggest it becomes standard. Thanks to [[name:Rosa]] and to [[name:Ed]] on nights.

        [[name:Hope Mensah]], {{shift leader}}
    """)),
    ("social_care", "near_miss", prose("""
        I'm a {{bereavement volunteer}} at [[organisation:Cedar Grove Hospice]] and this is about something I
        nearly let slide. I've been visiting [[name:Frank Doyle]], whose wife [[name:Maureen]] died
        {{in March}}. On my visit on [[date:19 June]] he mentioned, almost as a joke, that he'd 'sorted out the
        tablets': he'd kept all of [[name:Maureen]]'s {{Oramorph}} and {{oxycodone}} in a shoebox 'just in case
        I fancy joining her'. Then he changed the subject to the garden and I let him. It wasn't until I was
        telling my husband that evening that I realised what I'd heard. I rang the
        {{bereavement coordinator}}, [[name:Isabel]], at 7pm on her mobile, which we're not meant to do. She
        rang [[name:Frank]] straight away, arranged for the {{district nurse}} to collect the medicines next
        morning and got his GP to see him. He's OK. What went wrong: I froze, and I wasn't sure I was allowed
        to ask directly about suicide. What went right: [[name:Isabel]] picked up. Volunteers need the
        {{suicide awareness}} training, not just staff.
    """)),
    ("social_care", "incident", block("""
        Reporting this because I think it needs to be logged, not just sorted quietly.

        Screenshot from the staff WhatsApp group, [[date:Fri 12 July]]:

        [21:14] [[name:Lee Blackwood]]: lol look at the state of [[name:Kieran]] tonight 😂 [photo]
        [21:15] [[name:Gemma T]]: 🙈 delete that hun
        [21:15] [[name:Lee Blackwood]]: its only us
        [21:16] [[name:jonno]]: 🤣🤣
        [21:40] [[name:Gemma T]]: seriously [[name:Lee]] that's a looked after child

        The photo was [[name:Kieran]] ([[age:16]]) asleep on the sofa at [[organisation:Ashdown House]] in his boxers after an {{ADHD}} meds change. The group isn't an approved channel and two members have left the company but are still in it. What went wrong: personal phones, no enforcement of the {{social media policy}}, and a culture where [[name:Gemma]] had to be the one to say something. What went right: she did, and she sent it to me next morning. The image has been deleted, the {{LADO}} has been consulted and {{Ofsted}} notified. I've spoken to [[name:Kieran]]; he was more bothered his mates might see it than anything else. That broke my heart a bit.

        [[name:Sandra Kaur-Bell]], {{registered manager}}
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        I'm a {{community nurse}} on the evening team and I've barely slept. [[name:Dorothy Ainsworth]],
        [[age:84]], NHS no [[nhs_number:317 994 5796]], is dying at home with {{pancreatic cancer}}. We set up
        her {{T34 syringe driver}} at 14:00 on [[date:5 November]] with {{morphine}} and {{midazolam}} over
        24 hours. At the 21:00 visit it was alarming 'occlusion', the line was kinked under her, and the pump
        had stopped at about 16:30. She had been in pain and agitated for hours and her daughter
        [[name:Carol]] had rung the {{SPA}} twice and been told someone would come. What went wrong: the line
        wasn't taped and looped as the {{syringe driver policy}} says, the family didn't know what the alarm
        meant, and the calls were triaged as routine because they came in as 'pump beeping'. What went right:
        [[name:Carol]] didn't give up, and when I got there I gave a {{breakthrough dose}}, re-sited, and
        stayed until she settled. She died peacefully at 04:10. I keep thinking about those four and a half
        hours. Datix [[case_reference:W-55871]]. – [[name:Bukola]], RN
    """)),
    ("health", "success", block("""
        Rapid discharge home – reflective timeline, [[organisation:Ward 22]], [[organisation:Castlegate General Hospital]]

        Patient: Mr [[name:Harjit Singh Bains]], [[age:72]], {{end-stage COPD}}. Wish: to die at home on [[address:Birchfield Road]] with his grandchildren around.

        10:10 Dr [[name:Mehta]] confirmed {{last days of life}}. Daughter [[name:Manpreet]] asked for home today.
        10:40 {{CHC Fast Track}} form done by me. {{SR1}} done too, NI [[ni_number:JT 48 27 91 C]].
        11:30 {{palliative care team}} ([[name:Siobhan]]) wrote {{anticipatory medicines}} and rang the {{district nurses}}.
        13:00 hospital bed and {{oxygen concentrator}} ordered; equipment service said 'tomorrow'. [[name:Siobhan]] rang again and got 17:00.
        15:20 meds from pharmacy. {{ReSPECT form}} in the envelope, copy emailed to [[organisation:Hillcrest Medical Practice]].
        16:05 ambulance. 17:30 home. Bed arrived 17:45.

        He died at 02:00 with the whole family there. [[name:Manpreet]] rang the ward at 9 to say thank you and I had to go into the sluice for a minute.

        What made it work: one named nurse owning it (me), and [[name:Siobhan]] refusing to accept 'tomorrow'. Next time: start the equipment order before the CHC form, not after.
        – [[name:Lauren]], {{staff nurse}}
    """)),
    ("health", "near_miss", prose("""
        Near miss that I want others to learn from. I'm a {{community pharmacist}} at
        [[organisation:Elmwood Pharmacy]]. On [[date:Friday 28 February]] at 17:50 a {{just in case}}
        prescription came in for a lady going home to die, Mrs [[name:Teresa Lim]]. {{Midazolam}} had been
        written as '10mg subcut PRN', with the {{PRN}} frequency blank and a total quantity of 100mg, when the
        local {{palliative care formulary}} says 2.5–5mg. Her daughter [[name:Wei]] was in the shop waiting,
        desperate to get back before her mum arrived home. I rang [[organisation:Northgate Surgery]] at 17:58
        and caught Dr [[name:Ferreira]] just before they shut. She'd picked the wrong line on {{EMIS}}.
        Corrected to 2.5–5mg hourly PRN, max 30mg in 24 hours. What went right: I didn't let the pressure of
        [[name:Wei]] waiting make me hand it out. What worries me: at 18:01 it would have gone to {{111}}, and
        I don't know if I'd have had the nerve to hold it then. – [[name:Raj]]
    """)),
    ("health", "incident", prose("""
        I'm a {{paramedic}} and I've debated whether to write this. On [[date:18/01/2025]] at around 03:00 we
        were called to an elderly man in cardiac arrest at [[address:22 Shelley Avenue]]. His wife said he was
        'poorly with his cancer' but couldn't find any paperwork, and said the GP had 'talked about it'. There
        was no {{DNACPR}} or {{ReSPECT form}} in the house. So we did what we have to do. We did {{CPR}}, we
        shocked him, we broke his ribs, in his living room, with his wife [[name:Irene]] screaming in the
        hallway. After 25 minutes my crewmate [[name:Kwame]] found a hospice discharge letter in a drawer
        saying 'for comfort care'. We stopped. Mr [[name:Hollis]] was [[age:79]]. I have been doing this 14
        years and I sat in the ambulance afterwards and sobbed. What went wrong: the decision was made but the
        form never got to the house, and it wasn't on the {{Summary Care Record}} either. What went right:
        [[name:Kwame]] kept looking. And [[name:Irene]] hugged me as we left, which I don't deserve. Please, if
        you're a GP or {{hospice nurse}}, check the form is physically in the house. Incident
        [[case_reference:AMB-IR-250118-07]].
    """)),
    ("health", "success", prose("""
        Still smiling today, so writing this while it's fresh. On [[date:Saturday 6 July]] we held a wedding
        on [[organisation:Bluebell Ward]] at [[organisation:St Columba's Hospice]]. [[name:Rory McAllister]],
        [[age:44]], has {{motor neurone disease}} and is in his last weeks; he and [[name:Shona]] had been
        together 19 years and never got round to it. The {{chaplain}}, Rev [[name:Eilidh Ross]], sorted the
        {{registrar}} and the paperwork in four days. The kitchen made a cake. Healthcare assistant
        [[name:Precious]] did [[name:Shona]]'s hair. We timed his {{NIV}} breaks around the vows and our
        {{speech and language therapist}} set up his {{eye-gaze}} device so he could say 'I do' in his own
        words. He did. There wasn't a dry eye, including the {{consultant}}. What went right: everyone said yes
        and then worked out how. What I'd note for next time: we almost missed the registrar's deadline
        because nobody knew who should phone them, so I've written a one-page 'wedding on the ward' guide.
        – [[name:Morag]], {{ward sister}}
    """)),
    ("health", "incident", prose("""
        I'm the {{out-of-hours}} nurse coordinator and this one has stayed with me.
        [[name:Margaret Oyelaran]] died at home at 22:40 on [[date:31 December]], an {{expected death}}. Her
        son [[name:Tunde]] rang {{111}} at 22:55 for {{verification of death}}. Because of demand that night it
        was queued, and our team wasn't told until 04:30. He sat with his mum in her chair for nine hours, not
        knowing if he was allowed to move her or call the {{funeral director}}. When [[name:Sunita]] from our
        team arrived at 07:45 he apologised to her for 'making a fuss'. What went wrong: the call wasn't
        flagged as a palliative patient even though Mrs [[name:Oyelaran]] had a {{special patient note}}, and
        our direct number wasn't in the house folder. What went right: [[name:Sunita]] stayed an hour, helped
        him wash his mum and sat with him while he phoned his sister in Lagos. I've asked for our number to be
        printed on every {{anticipatory medicines}} box. – [[name:Yvonne]], {{band 7}}
    """)),
    ("health", "near_miss", prose("""
        Near miss on our {{IPU}} last night. We had two patients with nearly the same name: Mr
        [[name:John Davies]] in bed 4 and Mr [[name:Jon Davis]] in bed 9. I was drawing up a breakthrough dose
        of {{oxycodone}} liquid for bed 4 with the {{CD register}} open at the wrong page, and I said 'Mr
        [[name:Davies]]' out loud to my checker and she heard '[[name:Davis]]'. It was only at the bedside
        wristband check, the second one, that [[name:Ngozi]] asked for date of birth and it didn't match. Bed
        9's dose is double. What went wrong: no name alert on the board, we were two down, and a relative had
        just collapsed in the corridor. What went right: [[name:Ngozi]] didn't skip the {{wristband}} even
        though we were rushing. I've put a {{similar name alert}} sticker on both boards and asked for them to
        be moved to different bays. I'm a bit shaken, honestly. – [[name:Alex P]], {{staff nurse}},
        [[organisation:Heronsgate Hospice]]
    """)),
    ("health", "success", prose("""
        A success, I think, though it didn't feel like it at the time. I make the eight-week {{bereavement}}
        calls for [[organisation:Fernlea Hospice]]. On [[date:Tues 15 October]] I rang [[name:Arjun Pillai]],
        [[age:81]], whose wife [[name:Lakshmi]] died with us {{in August}}. He said he was 'fine, fine' but
        hadn't left the flat in a fortnight and had stopped his {{insulin}} because 'what's the point'. I used
        the {{bereavement risk assessment}} we were trained on last year and he scored high. With his consent I
        rang his GP at [[organisation:Queensway Health Centre]], who saw him the same day, and the
        {{district nurse}} now calls. I also linked him with Mr [[name:Sandhu]] from the temple lunch club.
        Yesterday his daughter rang from Chennai on [[phone:+44 7700 900316]] (her UK mobile) to say he'd been
        to lunch and came home talking about cricket. What went right: the structured questions gave me
        permission to ask the hard thing. What I'd change: eight weeks was probably too late for him.
        – [[name:Grace Adebayo]], {{bereavement support worker}}
    """)),
    ("health", "incident", prose("""
        I am writing this because a family trusted us and we let them down. Mr [[name:Desmond Achterberg]]
        died on [[organisation:Ward 7]] at [[organisation:Kingsmoor Community Hospital]] on
        [[date:2nd March]]. His wife [[name:Ruth]] asked us to leave his wedding ring on, and this was written
        on the {{last offices}} checklist. When the {{funeral director}} received him, there was no ring. It
        has not been found. [[name:Ruth]] rang me in pieces; they'd been married 58 years and she wanted him
        buried with it. What went wrong: the {{property book}} wasn't completed because two {{HCAs}} did last
        offices at handover and each thought the other had signed, and the {{mortuary}} porter didn't check
        against the form. What went right, such as it is: I went to see [[name:Ruth]] myself, didn't make
        excuses, and we've raised it through {{PALS}} and with the police as possible theft, crime ref
        [[case_reference:43/2291/25]]. I'm ashamed. I've been a nurse for 22 years. – Sister [[name:Ellis]]
    """)),
    ("health", "success", block("""
        Handover notes – hospice at home night sit – [[address:Flat 11, Wharf House]], [[postcode:LS10 1QE]]
        Pt: [[name:Agnieszka Nowak]], NHS [[nhs_number:447 451 8209]], {{ovarian cancer}}, last days.
        Family: husband [[name:Piotr]] (some English), daughter [[name:Ola]] ([[age:17]]).

        22:00 arrived, {{syringe driver}} running, no distress.
        23:30 {{respiratory secretions}}. Repositioned. {{glycopyrronium}} PRN given.
        01:15 [[name:Ola]] couldn't sleep; we sat in the kitchen with hot chocolate and I explained what the breathing changes mean. Used {{Google Translate}} with [[name:Piotr]] for the hard words, which felt clumsy but he nodded.
        03:50 pt died peacefully, [[name:Piotr]] and [[name:Ola]] either side.
        04:30 {{verification of death}} by me.
        05:30 {{funeral director}} rung at family's request.

        Reflection: I was nervous, first death on my own since I qualified. What helped was that the day team left a proper handover and a Polish 'what to expect' leaflet. I'd like us to have leaflets in more languages.
        [[name:Kemi]], RN
    """)),
    ("health", "incident", prose("""
        Incident regarding {{controlled drugs}} after a death at home. Mr [[name:Clive Barraclough]] died on
        [[date:Sunday 9 March]]. When I visited on Monday to remove the {{syringe driver}} and return
        medicines, the {{CD record sheet}} said 8 ampoules of {{diamorphine}} 10mg should remain. There were 3.
        His son [[name:Stuart]] said he'd 'given some back to the chemist', but the pharmacy had no record. I
        felt awful asking questions in a house where someone had died the day before. I reported it to the
        {{CD Accountable Officer}} and our {{safeguarding lead}}. What went wrong: the stock check on the
        Friday visit was done by a {{bank nurse}} who didn't sign the sheet, so we can't be sure when the count
        changed, and the family had never been told that the medicines must be returned. What went right: I
        didn't accuse anyone and I kept notes as I went. Ref [[case_reference:CD-2025-0144]].
        – [[name:Faith Mwangi]], {{district nurse}}
    """)),
    ("health", "near_miss", prose("""
        Near miss, home visit, [[date:Wed 21 August]]. Mrs [[name:Brenda Cole]], [[age:68]], is on
        {{home oxygen}} and under the palliative team for {{lung cancer}}. When I arrived at
        [[address:4 Quarry Bank]] the front room smelled of smoke and her cigarette was in an ashtray about a
        metre from the {{concentrator}} tubing, which was still running at 2 litres. Her grandson
        [[name:Kyle]] had lit it for her. She laughed and said 'I'm dying anyway, duck'. I understand that.
        But the flat above has a baby in it. I didn't lecture; I sat down, we talked about what matters to
        her, and we agreed she'd take the {{nasal cannula}} off and go to the back step to smoke. I referred to
        the fire service for a {{home fire safety visit}} and they fitted {{fire breaks}} on the tubing the
        next day. What went right: she was honest with me. What worried me: nobody had reviewed the
        {{HOOF}} risk since she started. – [[name:Nadia]], {{Macmillan nurse}}
    """)),
    ("health", "success", prose("""
        I want to record what good looked like. Mrs [[name:Gurmeet Kaur Sidhu]] was dying at home and spoke
        only Punjabi. The first week we used her son [[name:Inderjit]] to interpret, and I realised afterwards
        he'd been softening everything; he never told her the word 'dying'. I booked a professional
        {{interpreter}}, [[name:Harpreet]], in person for the {{advance care planning}} visit on
        [[date:12 April]]. Mrs [[name:Sidhu]] asked straight away, 'Am I going to die soon?' and then said she
        wanted to die at home, not in {{hospital}}, with {{Sukhmani Sahib}} playing. She also told us where she'd
        hidden some gold for her granddaughter. Her son wept, but afterwards said he was relieved. She died at
        home on [[date:27/04]] as she wanted. What went right: family weren't the interpreters for the hard
        conversation. What went wrong earlier: I should have booked the interpreter from the first visit
        instead of taking the easy route. – [[name:Bryony Thomas]], {{CNS}},
        [[organisation:Valley Hospice at Home]]
    """)),
    ("health", "incident", block("""
        From: [[email:referrals.ward9@castlegate-nhs.example.uk]]
        To: [[email:admissions@stjohnshospice.example.org]]
        Subject: URGENT IPU referral – [[name:Winston Gayle]] – [[nhs_number:657 128 8206]]

        Reflective note added next day ([[date:14/05/24]]):

        This referral was meant for [[organisation:St John's Hospice, Northfield]] but autocomplete picked a different St John's in another county. They didn't open it until the next morning because that inbox isn't monitored overnight. Mr [[name:Gayle]], [[age:63]], with {{uncontrolled pain}} and {{hypercalcaemia}}, waited an extra 20 hours on a busy {{medical ward}} when a bed was actually free.

        What went wrong:
        - two hospices with the same saint's name in our {{address book}}
        - no read receipt, no phone follow-up
        - I didn't ring to check because I was covering two bays

        What went right:
        - the other hospice rang us at 08:10 and forwarded it properly
        - [[name:Winston]]'s daughter [[name:Marcia]] was kind about it, though she didn't have to be

        Change: phone every urgent referral. Always.
        [[name:Tobi]], {{discharge coordinator}}
    """)),
    ("health", "success", prose("""
        I'm a second-year {{student nurse}} on {{placement}} at [[organisation:Primrose Hill Hospice]] and I was
        asked to write a reflection using {{Gibbs}}, but I want to put it here too because it's a good news
        story. On [[date:Monday 10 June]] I was with my {{practice assessor}}, [[name:Joy Nkemelu]], when Mr
        [[name:Bernard Quigley]] died. I'd never seen anyone die. I was frightened I'd cry in front of the
        family. [[name:Joy]] let me stay in the room, told me quietly what was happening, and afterwards
        showed me how to do {{last offices}} with dignity. She talked to him the whole time: 'We're just going
        to turn you now, [[name:Bernard]].' Then she took me into {{the garden}}, made me a tea and asked how I
        was. I cried then, and she said that's fine, it means you care. What went right: I was never left on
        my own with it. I want to be that kind of nurse. – [[name:Aisling]]
    """)),
    ("health", "near_miss", prose("""
        Near miss, I think, and credit where it's due. Mr [[name:Viktor Horvath]], [[age:58]],
        {{prostate cancer}} with {{bone metastases}}, is on our {{hospice at home}} caseload. On
        [[date:Thurs 3 October]] our {{healthcare assistant}} [[name:Robyn]] was helping him wash and noticed
        he said his legs felt 'like cotton wool' and he'd had a wet bed, which he was embarrassed about. He'd
        told the visiting nurse the day before it was just tiredness. [[name:Robyn]] rang me at 10:20 and said
        'I don't want to be dramatic but'. That's {{MSCC}} until proven otherwise. I rang the
        {{acute oncology}} team, started {{dexamethasone}} 16mg as per protocol, and he had an {{MRI}} that
        afternoon showing cord compression at T10. He's had {{radiotherapy}} and is still walking with a
        frame. What went wrong: the red flags weren't picked up on the previous visit. What went right: an HCA
        trusted her gut and rang. – Dr [[name:Haddad]], {{palliative medicine}}
    """)),
    ("health", "incident", block("""
        Phone note + reflection – [[organisation:Ashbourne Road Surgery]]
        Date of call: [[date:08/07/2024]]
        Caller: [[name:Lisa Fenwick]] (daughter), [[phone:07700 900768]]
        Re: [[name:Eileen Fenwick]], DOB [[date_of_birth:14/03/1941]], NHS [[nhs_number:101 843 1160]] (died [[date:02/06/2024]] at home)

        Caller very distressed. Received a letter inviting her mum for an {{annual review}} of her {{COPD}}, and a text to mum's old phone the same day.

        Reflection ({{practice manager}}): The death was recorded by the {{out of hours}} service but the notification never reached us, so the record stayed active and the {{recall}} ran. [[name:Lisa]] said 'It's like she's still alive on your computer and I have to keep killing her.' I have thought about that all weekend. What went wrong: no check between the hospice death notification and our {{EMIS}} record. What went right: our receptionist [[name:Magda]] didn't transfer her, she stayed on the line and came to find me. I rang [[name:Lisa]] back within the hour and apologised. Ref [[case_reference:ARS-SE-0412]].
        – [[name:Mark Whitlow]]
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        I'm a {{PPL}} student and this is my report of yesterday's {{solo cross-country}}. I planned a
        triangle from [[organisation:Fenmoor Flying School]] in [[aircraft_registration:G-BTKX]], a
        {{PA-28}}. About 20 minutes after the first turning point I realised the town under me wasn't the town
        on my {{PLOG}}. I'd not re-set the {{DI}} against the compass after the climb and was 15° off. I kept
        going hoping I'd see something I recognised, which is exactly what my instructor told me never to do.
        I clipped the edge of the {{Class D}} zone by about a mile at 2,400ft. {{SkyDemon}} was in my bag, not
        running. Then I finally did the right thing: I called {{Distress and Diversion}} on {{121.5}} and said
        I was lost. They were brilliant, gave me a squawk, a heading and a fix in under two minutes. The zone
        rang the school and I've had a long chat with my instructor [[name:Hunter]] this morning. What went
        wrong: DI not checked, pride, {{SkyDemon}} not on. What went right: I asked for help instead of
        pressing on. I'm embarrassed but I'm not going to stop. – [[name:Ollie]]
    """)),
    ("aviation", "success", prose("""
        Writing this up as a good-news report for our {{safety meeting}}. On [[date:17 April]] my student
        [[name:Priyanka Rao]] was on her second {{solo}} cross-country in [[aircraft_registration:G-CKWF]]
        when, at 3,000ft in clear air with temperature 9 and dew point 6, the engine started running rough and
        RPM dropped about 150. She did exactly what we drilled: {{carb heat}} on, left it on, accepted the
        rough running getting worse before it got better, and then it cleared. She told the {{LARS}}
        controller and chose to divert to the nearest airfield rather than press on. She rang me from their
        café in tears, thinking she'd failed. I told her she'd just done the best flying of her training. What
        went right: the {{carburettor icing}} chart was on her kneeboard and we'd discussed 'serious risk at
        any power' in the brief. What I'd improve: our {{solo briefing}} form doesn't make the instructor
        check the icing chart with the student, and it should. [[name:Sean Dempsey]], {{FI}},
        [[organisation:Kestrel Aviation Training]]
    """)),
    ("aviation", "near_miss", prose("""
        Near miss, ours. On [[date:Sat 8 June]] I was the {{FI}} in the right seat with a {{CPL}} student,
        [[name:Mohammed Al-Farsi]], in [[aircraft_registration:G-DRLO]]. After a long brief and a busy
        frequency the tower cleared us to hold at {{A1}}. [[name:Mohammed]] read back 'hold A1' correctly and
        then taxied straight past the holding point while I was looking down at the {{checklist}}. I saw the
        {{stop bar}} go under the nose and shouted stop. We were about half a wing past with a {{C152}} on
        short final. The controller sent it around. I've thought about it all night. What went wrong: I was
        heads-down when I should have been monitoring, and we'd got into a habit of him doing the taxi 'while
        I sort the paperwork'. He was tired; it was his third sortie. What went right: the tower spotted it and
        the 152 pilot went around without fuss. I've filed the {{MOR}} ([[case_reference:MOR-2024-06-4471]])
        and I'm proposing no checklist reading while moving near runways. [[name:Chris]]
    """)),
    ("aviation", "incident", prose("""
        I'm a flying instructor at [[organisation:Cotswold Edge Aviation]] and I'm reporting a fuel incident
        from yesterday that I'm partly responsible for. Student [[name:Ellie-Mae Turner]] took
        [[aircraft_registration:G-BNXE]] for a {{solo}} circuit session. The {{tech log}} showed 'tanks full'
        from the morning, but I had flown it for an hour and a half with another student and hadn't entered
        the flight. She did a dip check but the {{dipstick}} has two scales and isn't labelled, and she read
        the wrong one. She landed after 55 minutes with about 20 minutes' fuel left, below our
        {{club minimum}}. Nobody was hurt but it could have been a {{forced landing}} into the village. What
        went wrong: my tech log entry, the dipstick, and an {{authorisation sheet}} with no fuel box. What went
        right: [[name:Ellie-Mae]] noticed the gauges didn't match her plan, told me on the radio, and landed.
        She did better than I did. I've updated our {{SOPs}}. – [[name:Nikhil]]
    """)),
    ("aviation", "success", prose("""
        A decision that went right, I think. [[name:Sophie Lindqvist]] was booked for her
        {{qualifying cross-country}} on [[date:Tuesday 23 July]]: [[organisation:Eastfield Airfield]] to two
        other aerodromes and back, 150nm. She'd been waiting three weeks for weather. The {{TAF}} at 07:00 was
        fine, but the {{F215}} showed an occlusion coming in faster than forecast and the second airfield's
        {{METAR}} had broken cloud at 800ft creeping in. She was desperate to go; her parents had booked a
        celebration meal. I said no. She cried in the briefing room and told me I was being overcautious. By
        12:30 the second airfield was reporting {{IMC}} and rain. She flew it the following Friday and passed,
        and she came and found me to say thanks. What I want to record: the pressure on the instructor is
        real, the student's and my own. Having written {{go/no-go}} criteria made it a decision about
        numbers, not about me. [[name:Gwen Roberts]], {{CFI}}
    """)),
    ("aviation", "near_miss", prose("""
        Airprox-ish near miss, filing it here and with the {{UKAB}}. I was solo in
        [[aircraft_registration:G-CFRH]] in the circuit at [[organisation:Thornby Field]] on [[date:14/09]],
        downwind for 24, when a {{microlight}} appeared at my 2 o'clock, maybe 200ft away and level. It wasn't
        talking to {{A/G radio}} and I never heard it join. I broke right and climbed, heart going like a
        drum. My hands were shaking for the rest of the circuit and I went around because I couldn't get the
        approach stable. What went wrong: I'd stopped looking outside while doing the downwind checks;
        {{BUMFICH}} took my eyes in for too long. And the microlight was non-radio on a busy Sunday. What went
        right: I saw it in time, and I went around instead of forcing the landing. My instructor
        [[name:Will]] sat with me after and we talked through {{lookout}} technique. [[name:Nia]]
        ({{student pilot}}, 31 hours)
    """)),
    ("aviation", "incident", prose("""
        Incident report from the {{Head of Training}} at [[organisation:Skyline Flight Academy]]. On
        [[date:Friday 7 February]] student [[name:Declan Moriarty]] flew a 1.2 hour {{solo navigation}}
        exercise in [[aircraft_registration:G-SKLA]]. During my routine audit on Monday I found his
        {{Class 2 medical}} had expired on [[date:31 January]]. He didn't know; the {{booking system}} didn't
        flag it because the expiry had been typed as 2026 instead of 2025; and the instructor who authorised
        the flight, [[name:Pete]], checked the booking screen, not the certificate. I've reported it to the
        {{CAA}} through our {{ATO}} occurrence process, ref [[case_reference:ATO-OR-25-019]].
        [[name:Declan]] was mortified. What went wrong: one data entry error and a culture of trusting the
        screen. What went right: the monthly audit found it within a week. We now check the physical document
        at every solo authorisation. – [[name:R. Okoye]]
    """)),
    ("aviation", "success", block("""
        OPS DESK LOG – [[organisation:Westmarsh Flying School]] – [[date:Sunday 29 September]]

        13:05 [[aircraft_registration:G-WMFA]] ([[name:Tariq]], solo {{QXC}}) airborne. ETA back 15:20.
        14:40 No position call on second leg. Tried his mobile [[phone:07700 900953]], voicemail.
        15:25 Overdue. Rang destination 2: no landing recorded.
        15:40 Rang {{D&D}}. Started {{overdue action}} checklist.
        15:52 [[name:Tariq]] rang: {{rough running}}, did a {{precautionary landing}} on a farm strip, no signal till he walked to the road.
        16:30 Engineer [[name:Stan]] dispatched in the school van ([[vehicle_registration:KX68 WHB]]).

        Reflection next day ([[name:Lorna]], ops):
        I want to say how proud I am of [[name:Tariq]]. He picked a field early, did his checks, landed it beautifully. What didn't work: he couldn't tell us for an hour. We're buying two {{PLB}}s and adding 'text ops on landing anywhere' to the solo brief.
    """)),
    ("aviation", "incident", prose("""
        I'm writing this about myself. On [[date:Thurs 1 August]] I flew seven sorties, all instructional,
        from 08:00 to 19:30 because the weather had been bad for a week and everyone was behind. On the last
        one, with [[name:Jess]] in [[aircraft_registration:G-BOYE]], I let her flare high in a gusty crosswind
        and took control too late. We landed hard, bounced, and on the second touchdown the nosewheel went down
        first. {{Prop strike}}. The aircraft is now off-line for a {{shock loading inspection}}. What went
        wrong: I was exhausted. I'd had one cereal bar since breakfast. I didn't say no to the seventh flight
        because [[name:Jess]] had driven two hours and her {{skills test}} was booked. Our school has no
        {{duty hours}} limit for instructors beyond the legal {{flight time limitations}}, and I was within
        them. What went right: nobody was hurt, and [[name:Jess]] was brilliant afterwards; she said 'that
        wasn't you, that was the day'. It was me, though. I've asked the {{CFI}} for a six-sortie cap.
        [[name:Tom Akande]], {{FI(A)}}
    """)),
    ("aviation", "near_miss", block("""
        Near miss – written the day after – student [[name:Aoife Brennan]], {{PPL}} solo nav, [[aircraft_registration:G-AZVL]]
        Date: [[date:11/05/2025]]

        Timeline as I remember it:
        10:42 Left the overhead, on track, {{Basic Service}} with the zone.
        10:58 Told 'traffic is an airliner, [[flight_number:ZXB418]], 4 miles, descending through 3,000ft'. I hadn't looked at the {{VRP}} properly and was closer to the approach than I thought.
        10:59 Saw it. Big. Left and above. My stomach went.
        11:00 Controller asked me to turn right heading 270 and remain clear. I did.

        Reflection:
        {{TCAS}} on the airliner gave them a {{traffic advisory}}, and [[flight_number:ZXB418]] reported me. My instructor [[name:Kaz]] says my planning was fine but I'd drifted 2 miles south and didn't update my {{ground speed}}. What went right: I was talking to the right unit, listening out, squawking. What I'm changing: airspace warnings on, always.
        [[name:aoife]]
    """)),
    ("aviation", "success", prose("""
        Good-news report. Yesterday, [[date:25 March]], {{CPL}} student [[name:Kwabena Asante-Mensah]] was on
        a solo {{navex}} in [[aircraft_registration:G-CPLB]] when the {{ammeter}} showed a discharge and the
        {{low volts}} light came on. He was 40 miles out. He ran the {{QRH}} checklist, shed everything except
        one radio and the transponder, and called a {{PAN}} with the {{LARS}} unit, early, while he still had
        battery. They gave him a direct track home and he landed 25 minutes later with the radio going
        crackly. What went right: he'd practised the {{electrical failure}} drill in the sim two weeks before,
        and he didn't hesitate to declare. Many students think a PAN is a failure. He told me afterwards, 'I
        heard you saying it in my head: declare early, cancel later.' That's the best thing anyone's said to
        me this year. What we'll follow up: the alternator belt had been noted as worn at the last
        {{50-hour check}} and deferred. – [[name:Hamid]], {{FI}}
    """)),
    ("aviation", "incident", block("""
        Submitting this anonymously-ish. Chat from our student group, [[date:Sat 19 October]]:

        [[name:jamie_b]]: anyone flying today? [[name:Marek]] says cloud base 1200
        [[name:Marek]]: Going anyway 😎 got to finish my hours before uni
        [[name:sasha.k]]: its below solo minima mate
        [[name:Marek]]: it'll lift
        [[name:jamie_b]]: send it 🚀

        He went. He came back 40 minutes later having scud-run under 900ft with {{rising ground}} and said on the group it was 'sick'. I'm an instructor and one of the students showed me this today. What went wrong: the {{solo authorisation}} was signed by the {{duty instructor}} at 08:00 on the forecast, not the actual, and nobody re-checked. And peer pressure. What went right: [[name:Sasha]] said the right thing, then told a grown-up. I spoke to [[name:Marek Zielinski]] privately; he's shaken now he's thought about it. We're adding a {{weather minima}} re-check to the authorisation sheet.
        – [[name:Bronwen]], {{FI}}
    """)),
    ("aviation", "success", prose("""
        I've been an instructor for 11 years and this is the proudest I've been. [[name:Dawn Achebe]],
        [[age:52]], started learning to fly after her husband died; it was his dream and she said she was
        doing it 'for both of us'. Two months ago on her first {{solo}} she had a {{go-around}}, panicked, and
        landed so shaken she said she'd quit. I didn't push. We went back to {{dual}} circuits, practised
        go-arounds until they were boring, and talked about what fear does to your hands. On
        [[date:Wednesday 13 November]] she did three solo circuits at [[organisation:Brackley Down]] in
        [[aircraft_registration:G-BYLK]], including a go-around she chose herself because the wind picked up.
        When she taxied in she sat in the cockpit for ages. Then she got out and hugged me. What went right:
        giving time, and being honest that going around is good {{airmanship}}, not failure. What I'd share:
        our {{training syllabus}} doesn't make space for {{human factors}} like grief. It should.
        – [[name:Frankie]], {{FI}}
    """)),
    ("aviation", "near_miss", prose("""
        Near miss caught on the walkround. On [[date:3/1/25]] I was doing my {{pre-flight}} on
        [[aircraft_registration:G-BRWD]] for a solo {{navex}}. It had rained heavily overnight and the aircraft
        had been parked outside with a cracked {{fuel cap}} seal that I didn't know about. The first
        {{fuel drain}} from the left tank was nearly all water. The second was water. I kept draining, eight
        samples before it ran clean blue {{Avgas}}. I'm a {{student pilot}} and I nearly stopped after the
        second, thinking 'that's enough'. My instructor [[name:Leon]] told me when I rang him: if a tank has
        that much water, we ground it. He was right. The engineer found the seal and the aircraft was grounded
        for the day. What went wrong: the seal wasn't on the {{defect}} list though someone had mentioned it in
        the crew room. What went right: I drained until clean, and didn't fly. Signed, [[name:Yusuf]]
        ([[age:19]])
    """)),
    ("aviation", "incident", prose("""
        Incident relating to {{instructor handover}}. I took over [[name:Ravi Chandrasekaran]]'s training from
        [[name:Lucy]], who left the school suddenly in May. His {{training record}} showed stalling and
        {{spin awareness}} signed off. On [[date:Friday 21 June]] I authorised him for a solo
        {{general handling}} exercise in [[aircraft_registration:G-BPJY]], including {{stall}} practice at
        altitude. He entered an {{incipient spin}} from a badly handled stall with flap, recovered with 1,500ft
        lost and came back white. In the debrief he told me he'd only done stalling once with [[name:Lucy]],
        dual, months ago. The sign-offs were in her handwriting but the {{progress notes}} for three lessons
        were missing, and my e-mail to her old address, [[email:lucy.f@cotswoldsky-aviation.example.com]],
        bounced. I believed the paperwork and didn't fly a check flight with him. That's my failing. What went
        right: he recovered correctly and told me everything honestly. What we're changing: any student
        changing instructor gets a {{dual check}} before further solo. I also feel awful for [[name:Ravi]].
        – [[name:Kit]], {{FI}}
    """)),
    ("aviation", "success", block("""
        Debrief notes – QXC diversion – [[name:Ben Okafor]] ({{PPL}} student), [[aircraft_registration:G-CEXM]]
        Date: [[date:2 August 2024]]
        Written by: [[name:Izzy Hart]], {{FI}}

        Leg 1 fine. Landed at [[organisation:Little Hallow Airfield]], got the {{QXC form}} signed.
        Leg 2: about 20nm in, {{visibility}} dropping in haze, ~4km and worsening.
        14:12 [[name:Ben]] turned back and told {{LARS}} he was diverting to his planned {{alternate}}.
        14:30 landed at the alternate, rang me. 'I didn't like it.'
        16:10 vis improved, fresh {{TAF}}, flew the leg properly.

        Reflection: this is exactly what we teach and rarely see. [[name:Ben]] said the pressure was there, with his sister's wedding in two weeks and wanting the licence done, but having the alternate on his {{PLOG}} made turning back part of the plan, not a failure. I want to add a worked example PLOG with an alternate to the ground school pack.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind90", REPORTS))


if __name__ == "__main__":
    main()
