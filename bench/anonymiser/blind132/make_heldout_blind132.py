"""Held-out blind corpus 132: just-culture incident and learning reports, written blind.

Setting: a county's child protection conferences and core groups (social care); a community
mental health team and CAMHS (health); an airline's line maintenance and engineering control
(aviation). Style: the ordinary mix UK staff really type: rushed lower-case notes with typos,
careful narratives, chronologies and timelines, e-mails with signatures, Teams/WhatsApp-style
chat, incident forms with field labels, handover sheets, tech-log extracts, debrief notes and
praise or shout-outs. Every name, contact detail, reference and date is invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind132.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        {{core group}} for the [[name:Mensah]] kids didnt happen today [[date:12/03]] - invite went to
        old address for {{mum}} ([[address:22 Harrow Rd]]) not the new one. {{health visitor}} turned up,
        school didnt. [[name:kofi]] ([[age:6]]) not seen by anyone since [[date:28 feb]]. rebooked for
        [[date:thurs 14th]] 10am on {{Teams}}. need to fix address on {{Mosaic}} - [[case_reference:MOS-448217]].
        {{CP plan}} timescales now v tight. [[name:dw]]
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:Tuesday 5 March 2024]] I was finalising the minutes from the {{Initial Child Protection
        Conference}} for [[name:Amara Osei-Bonsu]] ([[age:4]]). The distribution list had been copied over
        from the {{Child and Family Assessment}} and still included {{father}} [[name:Daniel Whitlock]] at
        [[email:dan.whitlock84@gmail.com]]. Mr [[name:Whitlock]] is subject to a {{non-molestation order}}
        and the minutes contained {{mum}}'s new address, [[address:Flat 3, Rowan Court, Fenwick Street]],
        [[postcode:NR3 4PL]]. I only noticed because the {{Conference Chair}}, [[name:Bernadette Quinlan]],
        had asked me to check the list against the {{safety plan}}. Nothing was sent. I have removed him
        from the list and added a flag on {{Liquidlogic}} ([[case_reference:LL-2093341]]). Learning:
        distribution lists should be built fresh for each meeting, not inherited from the last
        document. I have raised this with the business support manager.
    """)),
    ("social_care", "success", block("""
        [10:42] [[name:Priya Raman]]
        shout out to [[name:Grace]] ({{DSL}}) at [[organisation:St Anselm's Catholic Primary]] 🙌 her {{MASH}} referral on [[date:Weds 6th]] was spot on - clear, dated, {{mum}}'s own words, and she'd already rung {{EDT}}. made the {{strategy discussion}} so much easier
        [10:44] [[name:Tom Fairclough]]
        agreed, best referral I've seen this term. [[name:Grace]] also got the {{school nurse}} to do the body map before pick up
        [10:45] [[name:Priya Raman]]
        will pass on to her head 👍
    """)),
    ("social_care", "incident", block("""
        Incident Ref: [[case_reference:DX-SC-2024-0317]]
        Date of incident: [[date:19/02/2024]]
        Location: {{Family Time}} centre, [[address:41 Chapel Lane]], Thetford
        Reported by: [[name:Oksana Kowalczyk]], {{Family Time Worker}}
        Child: [[name:Lacey-Mae Dunn]] (DOB [[date_of_birth:03/07/2019]])
        Description: During supervised contact the {{maternal grandfather}} arrived unannounced in a silver Astra ([[vehicle_registration:WP63 XRL]]) and was let in by {{reception}} as he said he was "on the list". He is not on the approved contact list in the {{Child Protection Plan}}. Contact ended early, {{allocated social worker}} informed same day.
        Immediate action: Reception given copy of approved list. Photo ID now required.
        Harm: None observed. [[name:Lacey-Mae]] upset briefly.
        Manager: [[name:S. Ahmed]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Rhys Pritchard]] <[[email:rhys.pritchard@northvale.gov.uk]]>
        To: CP Conference Team
        Subject: RE: RCPC [[name:Harper]] - [[date:Thurs 21 March]]

        Hi all,

        Quick one for the learning log. The {{Review Child Protection Conference}} for the [[name:Harper]] children was booked in a room at [[organisation:Kingsway Family Hub]] that is next door to the {{contact room}}. {{Dad}} had a contact session booked for the same slot. We spotted it on the morning when [[name:Jodie]] from reception mentioned it. Moved conference to the {{Teams}} link and dad's contact to the afternoon, no overlap.

        Suggest room bookings get cross-checked against the contact diary in {{Outlook}} before invites go out.

        Thanks
        [[name:Rhys]]

        [[name:Rhys Pritchard]] | {{Child Protection Chair}}
        Safeguarding & Quality Assurance
        [[phone:01603 228 417]] | mob [[phone:07700 914 382]]
    """)),
    ("social_care", "success", prose("""
        Debrief - core group [[date:8 April]]. What went well: we booked a {{Tigrinya interpreter}} in
        advance and met her for ten minutes before the family arrived. {{Mum}}, Ms [[name:Tesfay]], said it
        was the first meeting where she understood what was being asked of her. [[name:Yohannes]] ([[age:15]])
        came for the first half with his {{independent advocate}} from [[organisation:Breckland Young Voices]]
        and his views were read out in his own words. The {{SMART}} actions were rewritten in plain
        English and posted as well as emailed. The {{Signs of Safety}} scaling went from 3 to 5. Small
        things matter: tea, a room with a window, starting on time. Worth repeating. - [[name:HB]],
        {{team manager}}
    """)),
    ("social_care", "incident", block("""
        Chronology - [[name:Leon Baptiste]] ([[case_reference:LCS 7781203]])
        [[date:02/01/24]] 16:10  {{school}} ([[organisation:Heathfield Academy]]) ring {{MASH}}: [[name:Leon]] has bruise on cheek, says dad "lost it".
        [[date:02/01/24]] 17:45  {{strategy discussion}} with police, decision to go to {{S47}}.
        [[date:03/01/24]] 09:30  {{child protection medical}} requested at [[organisation:Riverside Children's Centre]] - first slot [[date:05/01]].
        [[date:04/01/24]]        [[name:Leon]] stays with {{aunt}} [[name:Marcia Baptiste]], [[address:9 Elmhurst Gardens]].
        [[date:05/01/24]] 11:00  Medical done. Bruising faded, {{paediatrician}} unable to give opinion on mechanism.
        Learning: 3 day delay to medical lost evidence. Escalated to {{Designated Doctor}}.
    """)),
    ("social_care", "near_miss", block("""
        [[name:Kerry]]: is the {{cp conf}} for [[name:bailey]] still 2pm?
        [[name:Sunita]]: yes but {{chair}} off sick, [[name:Dev]] covering
        [[name:Kerry]]: ok. did anyone tell the {{IRO}}? he's {{LAC}} as well now
        [[name:Sunita]]: 😬 no
        [[name:Sunita]]: ringing now
        [[name:Sunita]]: sorted, he'll dial in. [[name:bailey]]'s {{foster carer}} bringing him after {{school}}
        [[name:Kerry]]: 👍 i'll add a note on {{Mosaic}} so we remember dual status going forward
    """)),
    ("social_care", "incident", prose("""
        I am writing this up as a learning review following the {{Initial Child Protection Conference}}
        on [[date:27 November 2023]] for [[name:Zainab]] and [[name:Idris Hussain]] of
        [[address:17 Marlpit Road]], [[postcode:IP1 5RW]]. The {{GP report}} from
        [[organisation:Orchard Lane Surgery]] was requested on [[date:13 November]] but went to a generic
        inbox and was never actioned. As a result the conference did not know that {{mum}} had attended
        the surgery three times in October with injuries she explained as falls. The {{health visitor}},
        [[name:Ngozi Eze]], knew about one of these but assumed the GP would report it. Conference agreed
        a {{Child Protection Plan}} under the category of {{emotional abuse}}, but without the health
        information the {{domestic abuse}} risk may have been underestimated. Dr [[name:Farrell]] has since
        apologised and the surgery has set up a named safeguarding inbox. We have also agreed that
        conference administrators will phone to confirm receipt five working days before. The {{MARAC}}
        referral was made on [[date:29 November]].
    """)),
    ("social_care", "success", prose("""
        Shout out to [[name:Will Okonjo]] in the {{Family Safeguarding}} team who stayed late on
        [[date:Friday 9th]] to make sure [[name:Ruby]] ([[age:2]]) had a {{safe and well check}} before the
        weekend. He spotted the {{car seat}} was broken and got a new one from
        [[organisation:Little Acorns Nursery]] before they closed. Proper going the extra mile.
        {{Team manager}} has put it in the {{Practice Week}} newsletter.
    """)),
    ("social_care", "near_miss", block("""
        {{EDT}} HANDOVER - [[date:Sat 16/03]] to [[date:Sun 17/03]]
        Worker: [[name:M. Doyle]]

        1. [[name:Jayden Clarke]] ([[age:13]]) - missing from [[organisation:Oakfield House]] 22:00, found 01:15 by police at {{bus station}}. Crime no [[case_reference:37/41922/24]]. Needs {{return home interview}} Mon.
        2. Mrs [[name:Evans]] rang re grandson (on {{CP plan}}). Says he's at hers, mum not answering. Plan says no contact with mum's partner, {{grandmother}} ok. Advised keep him overnight, {{police}} welfare check on mum requested.
           NEAR MISS: address on system for Mrs [[name:Evans]] was old one ([[address:5 Tanner's Row]]) - she's now at [[address:88 Priory Walk]]. Police nearly went to wrong house. Updated.
        3. No further calls.
    """)),
    ("social_care", "incident", prose("""
        rang {{IRO}} abt conference report for [[name:Ellie-Rose]] - report not shared w parents 3 working
        days before as per {{procedures}}, [[name:Ellie-Rose]]'s dad ([[name:Craig]]) only got it at the door.
        he was v angry and walked out befor {{the chair}} could explain. no views from him recorded. conf
        went ahead, {{CPP}} under {{neglect}}. learning - check {{Business Support}} have posted AND emailed,
        dont assume. [[date:23/4]]
    """)),
    ("social_care", "success", block("""
        Core Group Review - [[name:Nowak]] family ([[case_reference:MOS-5520194]])
        Prepared by [[name:Agnieszka Lis]], {{SW}}

        [[date:05/02]]  Core group 1. {{Polish interpreter}} booked, {{mum}} ([[name:Marta]]) engaged well.
        [[date:26/02]]  Core group 2. [[organisation:Greenfields Nursery]] report: [[name:Filip]] ([[age:3]]) attendance up from 40% to 92%.
        [[date:18/03]]  Core group 3. {{Health visitor}} confirms {{speech and language}} referral accepted.
        [[date:08/04]]  Core group 4. All actions green. Recommendation to {{RCPC}}: step down to {{Child in Need}}.

        What helped: same four people at every meeting, actions written in Polish and English, meetings held at the nursery at drop-off time so mum didn't need childcare.
    """)),
    ("social_care", "incident", block("""
        Subject: Data breach - CP minutes sent to wrong recipient

        [[name:Caroline]],

        Flagging that on [[date:11 January]] the minutes for the [[name:O'Sullivan]] {{RCPC}} were emailed to [[email:s.osullivan77@hotmail.co.uk]] - a different [[name:S O'Sullivan]] picked up by address book autocomplete, not {{mum}}. The recipient replied to tell us. We asked them to delete and confirm in writing, which they did on [[date:12 January]].

        Logged with {{Information Governance}}, ref [[case_reference:IG-24-0089]]. {{ICO}} threshold assessment being done by the {{DPO}}. Family told by [[name:Siobhan]]'s {{SW}} same day.

        Learning: turn off autocomplete for external addresses in {{Outlook}}; use {{Egress}} for all CP minutes.

        [[name:Gareth Llewellyn]]
        Business Support Manager, Children's Services
    """)),
    ("social_care", "near_miss", prose("""
        Near miss, [[date:4 March]]. When preparing the invitation letters for [[name:Skye Robertson]]'s
        {{review conference}}, the template pulled through the {{foster carer}}'s address,
        [[address:Braeside, 3 Hill Top Lane]], into the letter for {{birth dad}}. The placement is
        confidential because of threats made at the last {{Family Court}} hearing. The {{admin officer}},
        [[name:Lorna]], spotted it at the proof-reading stage. We have asked the {{LCS}} support team to
        look at why the merge field picks up the child's current address rather than the parent's.
        Until then, letters are being checked by two people.
    """)),
    ("social_care", "success", prose("""
        I wanted to record some good practice from the {{core group}} held at
        [[organisation:Marshfield High School]] on [[date:Wednesday 17 January]]. [[name:Hope]] ([[age:14]])
        had told her {{social worker}}, [[name:Femi Adeyemi]], that she hated meetings 'about her'.
        [[name:Femi]] suggested she open the meeting herself with a short list of what was working and what
        was worrying her, using the {{Three Houses}} tool. She did this brilliantly. The {{designated
        safeguarding lead}} and the {{CAMHS}} worker both said it changed the tone of the meeting. Actions
        were agreed with her rather than for her. {{Mum}} said afterwards it was the first time she felt
        like 'part of the team'. We'd like to offer this to other young people on plans.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM
        Service: Child Protection Conferencing
        Date: [[date:30/01/2024]]
        Reporter: [[name:Aisha Bello]]
        What happened: The {{social work report}} for conference on [[name:Charlie]] and [[name:Mia Grant]] had an appendix from the {{Section 17}} payment application, which included {{mum}}'s NI number [[ni_number:JT 48 19 62 C]] and her mobile [[phone:07812 556 093]]. The report was shared with all attendees including {{dad}}, who mum has fled from.
        Was anyone harmed: Potentially - risk to mum's safety. {{Police}} informed, {{MARAC}} re-referral made, mobile number changed.
        Learning: appendices must be checked before sharing; {{redaction}} checklist to be used every time.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        [[name:jamie]] missed his {{paliperidone}} {{depot}} [[date:tues]] - not followed up till fri as
        {{care coordinator}} on leave and no cover noted on {{EPR}}. early warning signs by then, {{home
        treatment team}} now involved. we need a cover list for depots at [[organisation:Bure Valley CMHT]]
        !! [[name:sk]]
    """)),
    ("health", "near_miss", prose("""
        Near miss - {{lithium}} monitoring. Mrs [[name:Eleanor Whitcombe]] (NHS [[nhs_number:769 619 7738]]),
        [[age:67]], is on lithium via [[organisation:Hollybank Medical Practice]] under {{shared care}}. Her
        3-monthly level was taken on [[date:2 May]] and came back at 1.4 mmol/L, but the result went to
        the GP only. The {{CMHT}} {{nurse}}, [[name:Chidi Nwosu]], noticed at a routine visit on
        [[date:9 May]] that she had a tremor and was unsteady, rang the surgery and found the result. GP
        stopped lithium, repeat level next day was 1.1. No harm but could easily have been {{lithium
        toxicity}}. Learning: the {{shared care agreement}} says both teams get results, but the lab
        request form only had one box ticked.
    """)),
    ("health", "success", block("""
        [[name:Oisín Kavanagh]] 09:14
        Can I just give a shout out to [[name:Summer]] on the {{duty desk}} yesterday 👏
        [[name:Oisín Kavanagh]] 09:15
        took a call from a {{pharmacist}} at [[organisation:Bridgegate Pharmacy]] worried about a young lad buying lots of {{paracetamol}}. [[name:Summer]] got his name, checked {{RiO}}, he's open to us, and had him seen same day by the {{crisis team}}. turns out he'd had a plan for that night
        [[name:Mei Lin Chen]] 09:20
        that's brilliant. will raise at {{huddle}}. pharmacy deserve a thank you too
        [[name:Summer]] 09:31
        aw thanks both 😊 just glad we did the {{safety plan}} with him
    """)),
    ("health", "incident", block("""
        Datix ID: [[case_reference:W128846]]
        Date/time: [[date:14/02/2024]] 15:40
        Location: {{clinic room 2}}, [[organisation:Thorpe Road CAMHS]]
        Patient: [[name:Keira Molloy]], [[age:15]], Hosp no [[case_reference:RM4417290]]
        Category: Self-harm in clinic
        Description: YP attended for {{DBT}} session. Went to toilet mid-session, did not return after 10 min. Staff found her with superficial cuts to forearm from a pencil sharpener blade in her bag. {{First aid}} given, no {{A&E}} needed. Mum collected.
        Contributing factors: no {{bag search}} policy in outpatient clinic; toilet has no {{anti-ligature}} fittings.
        Actions: {{risk assessment}} updated; clinic manager to review environmental risk.
        Reported by: [[name:T. Mahmood]], {{Clinical Psychologist}}
    """)),
    ("health", "near_miss", block("""
        From: Dr [[name:Hannah Brennan]] <[[email:hannah.brennan@nsft.nhs.uk]]>
        Subject: Near miss - wrong patient letter

        Hi [[name:Raj]],

        The clinic letter for [[name:Ibrahim Farouk]] (DOB [[date_of_birth:21/08/1988]], NHS [[nhs_number:454 521 7311]]) was almost sent out with another patient's {{medication plan}} attached - a man with the same surname, [[name:Yusuf Farouk]], also on our caseload on {{SystmOne}}. Our {{medical secretary}} [[name:Bev]] caught it because [[name:Ibrahim]] is on {{aripiprazole}} and the plan said {{olanzapine}}.

        Could we add a second identifier check (NHS no + DOB) to the letter workflow? Happy to take it to {{clinical governance}}.

        Thanks,
        [[name:Hannah]]

        Dr [[name:Hannah Brennan]]
        {{Consultant Psychiatrist}}, [[organisation:Yarmouth & Waveney CMHT]]
        Tel [[phone:01493 337 210]]
    """)),
    ("health", "success", prose("""
        {{Learning from Excellence}}. On [[date:3 October]] [[name:Rosa Delgado]], a {{CAMHS}} {{assistant
        psychologist}}, was doing a routine {{SDQ}} review with [[name:Amelia]] ([[age:12]]) and noticed she
        was wearing two jumpers in a warm room and mentioned dizzy spells. Rather than just noting it,
        [[name:Rosa]] asked the {{duty nurse}} to do {{obs}}. Her pulse was 42 and lying/standing BP showed a
        big drop. She was sent to [[organisation:Cromer Children's Assessment Unit]] and admitted under the
        {{MEED}} guidance. Paediatrics said she was at real risk of {{refeeding syndrome}} if it had gone
        another week. [[name:Rosa]] has been nominated for the trust {{Star Award}}.
    """)),
    ("health", "incident", block("""
        Timeline - Mr [[name:Stefan Dragomir]], [[age:44]], NHS [[nhs_number:784 860 1714]]
        [[date:06/11]]  Discharged from {{CMHT}} to GP - {{discharge letter}} not sent (stuck in draft on {{RiO}}).
        [[date:20/11]]  Attends [[organisation:Priory Fields Surgery]]; GP unaware of discharge, tells him to "ring your {{CPN}}".
        [[date:21/11]]  Rings CMHT duty line - told he's been discharged, advised to see GP. Loop.
        [[date:02/12]]  Presents to {{A&E}} after overdose of {{sertraline}} and {{zopiclone}}. Medically fit next day.
        [[date:03/12]]  {{Liaison psychiatry}} re-refer to CMHT; seen [[date:05/12]].
        Learning: drafts not auto-flagged; duty staff sent pt back to GP without checking letter had gone.
        SI panel [[date:12/12]]. Ulysses [[case_reference:ULY-23-11874]].
    """)),
    ("health", "near_miss", prose("""
        nearly gave {{depot}} to wrong pt in clinic this am!! 2 pts with surname [[name:Smith]] booked back
        to back, [[name:Darren]] came in early and sat in the 10.15 slot. had drawn up {{haloperidol
        decanoate}} for the other one ([[name:Lee]]) before i checked - no {{wristband}} in community obvs -
        so checked {{DOB}} verbally and it was wrong. no harm. we need {{photo ID}} on the {{EPR}} front
        sheet for depot clinic. [[name:ck]] [[date:7/6]]
    """)),
    ("health", "incident", prose("""
        Incident summary for [[organisation:CAMHS South Locality]] governance meeting.
        [[name:Tariq Hassan]], [[age:16]], was referred by [[organisation:Long Stratton Medical Partnership]]
        on [[date:10 January]] with low mood and {{suicidal ideation}}. The referral was triaged as routine
        because the {{referral form}} had the risk section left blank, and he was placed on the 18-week
        list. His school, [[organisation:Hobart High School]], sent a second referral via the {{Single Point
        of Access}} on [[date:19 February]] after he disclosed a plan to a teacher. This was triaged as
        urgent and he was seen within 72 hours. Nobody linked the two referrals because the first was
        recorded under '[[name:Tarik]]' on {{PARIS}}. Learning: triage should phone the referrer when the
        risk section is empty; {{duplicate record}} checks to include spelling variants. The family have
        been given a {{Duty of Candour}} letter.
    """)),
    ("health", "success", prose("""
        Big thank you to [[name:Bill]] on reception at [[organisation:Dereham CMHT]] who noticed a {{service
        user}} sitting in the {{car park}} for over an hour on [[date:Monday 22nd]], went out with a cuppa
        and got the {{duty worker}}. He'd come to hand back his {{Section 117}} aftercare letter and was
        really struggling. Seen by {{crisis}} within the hour. Small act, big difference.
    """)),
    ("health", "incident", block("""
        DUTY HANDOVER - [[date:Fri 12 Jan]] - [[organisation:Norwich West CMHT]]
        Duty worker: [[name:Gráinne]] / covering: [[name:Kwame]]

        [[name:A. Novak]] - {{MHA assessment}} requested by GP, {{AMHP}} service say no capacity till Mon. Lives alone at [[address:Flat 12, Cavell House]], [[postcode:NR2 3HT]]. Daughter staying over. Risk: med. Call daughter on [[phone:07946 021 558]] by 5pm.
        [[name:Precious Moyo]] - missed {{clozapine}} bloods x2. {{ZTAS}} will stop supply Mon if not done. NOT DONE - handed to [[name:Kwame]].
        Mr [[name:Ho]] - {{CTO}} recall paperwork on file, no action.

        INCIDENT: [[name:Kwame]]'s cover shift didn't start until 4pm, bloods not taken, clozapine supply held 48h, [[name:Precious]] had to {{re-titrate}}. Datix [[case_reference:W131022]].
    """)),
    ("health", "near_miss", block("""
        [[name:Jess P]]: anyone know if the {{Mental Health Act}} assessment for the lad at [[organisation:Ashcroft School]] is going ahead? (not putting name on here 🙈)
        [[name:Marek]]: yes 2pm, {{AMHP}} is [[name:Colette]]
        [[name:Jess P]]: ok bc the {{section 12 doctor}} just rang me asking for the address and i nearly texted it to him from my personal phone lol
        [[name:Marek]]: noooo use {{NHSmail}}
        [[name:Jess P]]: i know i know. sent via nhsmail in the end. putting it on the {{near miss log}} for {{supervision}}
        [[name:Colette]]: thanks [[name:Jess]] 👍
    """)),
    ("health", "success", prose("""
        Transition good practice. [[name:Nasrin Akhtar]] turned [[age:18]] on [[date:28 June]] and moved from
        {{CAMHS}} to the adult {{Early Intervention in Psychosis}} team. Transitions like this often go
        badly, but her CAMHS {{care coordinator}}, [[name:Ffion Jenkins]], started planning six months
        ahead: three joint appointments with the new EIP worker, a {{CPA}} review with both teams, and a
        written 'about me' that [[name:Nasrin]] wrote herself. Her {{clozapine}} monitoring moved across with
        no gap. [[name:Nasrin]] said the handover 'didn't feel like being dumped'. [[name:Ffion]]'s approach is
        being written into the {{transition protocol}}.
    """)),
    ("health", "incident", block("""
        Incident: wrong dose {{lorazepam}} on {{FP10}}
        Pt: [[name:Gloria Campbell-Reid]]   NHS [[nhs_number:210 307 0437]]
        Date: [[date:05/03/24]]
        What: Dr [[name:Sandhu]] (locum) wrote 10mg instead of 1mg on a community prescription. {{Pharmacist}} at [[organisation:Castle Meadow Pharmacy]] queried and rang [[phone:01603 421 907]] (team number) - went to answerphone, so refused to dispense and gave pt a written note. [[name:Gloria]] came back to team upset, no meds for 1 day.
        Harm: low (1 day without {{PRN}})
        Why: {{e-prescribing}} not used by locums, no {{dose range checking}} on paper
        Action: locum induction to include {{EPMA}} access
    """)),
    ("health", "success", prose("""
        Hot debrief, [[date:Sunday 3rd]], after the {{street triage}} call-out in Lowestoft. {{Police}}
        called the car around 23:00 about a man on the {{railway bridge}}. {{Mental health nurse}}
        [[name:Sean O'Brien]] and PC [[name:Hollie Barker]] talked him down over 40 minutes. What went well:
        [[name:Sean]] knew him from {{CMHT}} and used his first name, which calmed things; [[name:Hollie]] kept
        other officers back. He agreed to come to the {{Section 136 suite}} informally rather than under
        section. Even better if: the {{crisis line}} had been able to share his {{crisis plan}} faster, it
        took 15 minutes to get through.
    """)),
    ("health", "near_miss", prose("""
        A {{CAMHS}} clinic letter for [[name:Oliwia Zielinska]] ([[age:11]]) was set to copy to her school,
        [[organisation:Brundall Primary]], by default. The letter mentioned {{dad}}'s new address at
        [[address:31 Fern Hollow]], which {{mum}} does not know, as there is a {{prohibited steps order}}. Our
        {{admin}} [[name:Liz]] checked the {{cc list}} against the {{alerts}} before posting and held it. No
        disclosure. Suggest the alert text is also shown on the letter template screen.
    """)),
    ("health", "success", prose("""
        Good catch at {{MDT}} on [[date:14 Feb]]: {{junior doctor}} noticed a {{QTc}} of 510 on a routine
        {{ECG}} for a patient recently started on {{citalopram}} alongside {{quetiapine}}. Both reviewed same
        day and cardiology advice sought. Nobody else had looked at the ECG properly. Thank you.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", block("""
        TECH LOG EXTRACT - [[aircraft_registration:G-OZRK]] {{A320}}
        Sector: [[flight_number:ZT482]] LGW-FAO  [[date:18/05/24]]
        Defect: Crew report {{PACK 2}} fault {{ECAM}} on climb, reset IAW {{QRH}}, recurred.
        Action (LGW line): {{MEL}} 21-52-01 applied, pack 2 deactivated. {{ADD}} raised [[case_reference:ADD 24/1187]].
        Certifying engineer: [[name:K. Balogun]]  auth [[case_reference:LGW-B1-0442]]
        NOTE ADDED BY ENG CONTROL: MEL (O) procedure requires ops restriction FL315 max - not passed to crew of next sector [[flight_number:ZT483]]. Aircraft flew FAO-LGW at FL350. Reported via {{MOR}} [[case_reference:MOR-2024-06611]].
    """)),
    ("aviation", "near_miss", prose("""
        was doing the walkround on [[aircraft_registration:EI-FXL]] on {{stand 31}} before first wave and found
        a {{pitot cover}} still fitted on the {{FO}} side. no streamer on it!! it was fitted by the night
        shift for the {{wash}} and not entered in the {{tech log}}. crew hadnt done their walkround yet.
        removed, logged, told {{duty engineer}} [[name:Paddy]]. could easily have gone. we need {{red tags}}
        on all covers + an entry in the log every time. [[name:dj]]
    """)),
    ("aviation", "success", block("""
        Subject: Good catch - [[aircraft_registration:G-EZTY]] main wheel

        All,

        I'd like to recognise [[name:Lukasz Wisniewski]] ({{B1}}, nights) for his work on [[date:Tuesday 7th May]]. During a {{weekly check}} he noticed a slight {{tyre}} bulge on #3 main wheel that was inside limits on the tread gauge but looked wrong to him. He checked the {{AMM}}, asked for a second opinion from [[name:Nkechi]] and they changed the wheel. The tyre shop at [[organisation:Dunlop Aircraft Tyres]] has since confirmed a ply separation.

        This is exactly the mindset we want. A {{Just Culture}} recognition certificate is on its way.

        Regards,
        [[name:Callum MacLeod]]
        {{Base Maintenance Manager}}, LGW Line
        [[phone:+44 1293 507 883]]
    """)),
    ("aviation", "incident", block("""
        ASR No: [[case_reference:ASR-24-0391]]
        Date: [[date:02 Mar 2024]]   Flight: [[flight_number:XQ1173]]
        A/C: [[aircraft_registration:G-TKNA]] ({{B737-800}})   Stn: MAN
        Event: Aircraft pushed back from {{stand 42}} with {{towbar}} not correctly connected. Towbar disconnected during pushback, aircraft rolled approx 2 m, stopped on {{parking brake}}. No damage.
        Tug driver [[name:Wayne Ashworth]] ([[organisation:Skyline Ground Services]]) had been called away mid-connection and {{headset}} operator ([[name:Ravi Menon]], line mechanic) assumed connection complete.
        Contributing: interruption; no second check of towbar / bypass pin.
        Actions: {{ground handling}} agent briefing; headset operator to visually confirm towbar before brake release.
    """)),
    ("aviation", "near_miss", block("""
        [06:12] [[name:Bronwen Hughes]] ({{MCC}}): [[aircraft_registration:G-OZRM]] showing {{ADD}} for {{APU}} bleed valve expired at midnight, still on [[flight_number:ZT611]] at 07:05
        [06:13] [[name:Tomasz]] (LGW line): checked, wasn't it extended? nothing in {{AMOS}}
        [06:15] [[name:Bronwen Hughes]] (MCC): no extension on file. it's {{Cat C}} 10 days, that's today
        [06:18] [[name:Tomasz]]: fix is a valve change, we've got one in {{stores}}. 90 mins
        [06:19] [[name:Bronwen Hughes]] (MCC): swapping [[aircraft_registration:G-OZRP]] onto [[flight_number:ZT611]], go ahead
        [06:40] [[name:Tomasz]]: valve fitted, {{leak check}} ok, ADD cleared
        [06:41] [[name:Bronwen Hughes]] (MCC): thanks. raising a near miss, the expiry alert didnt fire in AMOS over the night shift handover
    """)),
    ("aviation", "success", prose("""
        Debrief - {{AOG}} recovery, Dublin, [[date:11-12 April]]. [[aircraft_registration:EI-GKD]] went AOG
        after a {{bird strike}} on approach; {{fan blade}} damage on engine 1 confirmed on {{borescope}}.
        What went well: {{Engineering Control}} had the engine stand and a spare engine sourced from
        [[organisation:Shannon Aero Engineering]] within 4 hours; team lead [[name:Declan Fitzgerald]]
        briefed everyone on {{fatigue}} limits before starting and enforced a sleep break at 03:00; engine
        change completed in 19 hours with zero findings at the {{duplicate inspection}}. Even better if:
        the {{Form 1}} for the QEC kit had been scanned ahead, we waited 90 minutes for the paperwork.
        Aircraft back in service for the first wave on [[date:13 April]].
    """)),
    ("aviation", "incident", prose("""
        On the night of [[date:22 January]] I serviced the {{hydraulic}} {{green system}} reservoir on
        [[aircraft_registration:G-EUYP]] on {{stand 17}}. I took a can from the servicing trolley that I
        thought was {{Skydrol LD-4}} but the trolley had been restocked that evening and one tin was
        {{Mobil Jet Oil II}} in a very similar size tin. I added about half a litre before I noticed the
        colour was wrong. I stopped, reported it to my {{shift supervisor}} [[name:Dermot Keane]], and the
        system was drained and flushed per the {{AMM}}. The aircraft was delayed 6 hours and
        [[flight_number:ZT1386]] was cancelled. I'm reporting this so the stores layout can be looked at -
        the tins are almost identical and they sit on the same shelf.
    """)),
    ("aviation", "near_miss", prose("""
        found torque wrench TW-0218 out of cal by 3 wks in the line {{tool store}} - used on
        [[aircraft_registration:G-OZRK]] {{brake unit}} change last night. checked {{tool control}} system, it
        was booked out 4 times since expiry. all 4 jobs re-torqued with an in-date wrench before first
        flight, no findings. {{calibration}} recall list not printing since the {{AMOS}} update. rep'd to
        {{quality}}. [[name:ash]]
    """)),
    ("aviation", "incident", block("""
        MOR [[case_reference:MOR-2024-04417]] - Summary timeline
        Aircraft: [[aircraft_registration:N812RW]] ({{B767-300ER}}), third-party handling
        [[date:09/02/24]] 19:30  Arr [[flight_number:QV908]] from JFK. Crew report {{cargo door}} warning on descent, cleared on ground.
        20:15  Line engineer [[name:Babatunde Ajayi]] inspects door, finds worn {{proximity sensor}} target. No spare on station.
        21:40  Customer {{Engineering Control}} in Atlanta ([[phone:+1 404 555 0187]]) approve {{deferral}} under their MEL by phone - no written authority received.
        22:50  Aircraft certified, departs as [[flight_number:QV909]].
        [[date:10/02/24]] 08:00  Our {{Quality}} audit finds deferral outside our approved {{exposition}} scope for this customer.
        Outcome: no safety consequence, procedural breach. {{CAA}} informed.
    """)),
    ("aviation", "success", prose("""
        Shout out to [[name:Morag]] and '[[name:Jock]]' [[name:Stewart]] on EDI nights [[date:14/03]] - found a
        {{chafed}} {{wiring loom}} behind the {{galley}} panel while chasing an unrelated {{IFE}} fault on
        [[aircraft_registration:G-EZWB]]. Wasn't on the task card, they just looked properly. Proper {{Human
        Factors}} stuff 👏
    """)),
    ("aviation", "near_miss", prose("""
        Near miss - wrong aircraft. On [[date:Saturday 27 April]] I was given a work pack for a {{wheel
        change}} on [[aircraft_registration:G-OZRA]]. Two {{A320s}}, [[aircraft_registration:G-OZRA]] and
        [[aircraft_registration:G-OZRH]], were parked on {{stands 8 and 9}}. I started to jack
        [[aircraft_registration:G-OZRH]] by mistake because the pack had the stand number handwritten on it
        and the aircraft had been swapped during the night by {{ops}}. My {{B1}} [[name:Sian Morgan]] asked
        me to read the reg off the {{nose gear}} placard before we broke torque, which is a habit she
        always insists on, and we caught it. Nothing was removed. Learning: stand numbers should not be
        written on work packs; read the registration back from the aircraft itself.
    """)),
    ("aviation", "incident", block("""
        LINE SHIFT HANDOVER - STN: BHX - [[date:Thu 20/06]] days > nights
        Shift lead: [[name:Gurpreet Sohal]]

        [[aircraft_registration:G-TKNB]] - {{borescope}} #2 eng due tonight, kit in {{hangar bay 2}}. Pack printed.
        [[aircraft_registration:G-TKNE]] - {{IDG}} oil top-up done, ADD cleared.
        [[aircraft_registration:G-TKNF]] - u/s {{lav}} smoke detector, {{MEL}} 26-15 raised, part on order ([[case_reference:PO 4471902]]) ETA 22:00.

        *** LATE ENTRY by nights: [[aircraft_registration:G-TKNE]] IDG top-up entered as done by days but {{tech log}} page not signed. Found by [[name:Mark Quinn]] 23:30. Oil level correct, but no {{CRS}} - aircraft had already flown 2 sectors. Reported [[case_reference:ASR-24-0522]].
    """)),
    ("aviation", "success", prose("""
        {{Engineering Control}} learning review - [[flight_number:ZT2207]] [[date:3 June]]. The crew of
        [[aircraft_registration:G-OZRC]] reported an {{EGT}} exceedance during take-off from Palma and
        rejected, returning to stand. The duty controller, [[name:Amani Njoroge]], spent 20 minutes with the
        {{Captain}} and the local contractor going through the {{ECM}} data from {{AIRMAN}} rather than
        pushing for a quick {{reset}}. The data showed a genuine over-temperature of 12°C for 8 seconds,
        which required a borescope under the {{engine manual}}. The aircraft was held and passengers moved
        to a rescue flight. The inspection found minor {{HPT}} coating loss within limits.
        [[name:Amani]]'s calm approach and refusal to be rushed is exactly the behaviour we want; the Captain
        wrote in to say so.
    """)),
    ("aviation", "near_miss", block("""
        From: [[email:j.adeyemi-cole@zephyrair.co.uk]]
        To: {{Engineering Control}}
        Subject: near miss - {{oxygen}} bottle

        Found the {{crew oxygen}} bottle on [[aircraft_registration:G-EZWD]] reading 1,150 psi on the {{daily check}} this morning - minimum for today's {{sector length}} is 1,400. Night shift had signed it as serviced. Turns out they serviced [[aircraft_registration:G-EZWB]] by mistake (both on the same stand earlier). Bottle replenished before departure. Can we add the reg to the {{servicing sheet}} as a mandatory field?

        [[name:Jade Adeyemi-Cole]]
        {{Licensed Engineer}}
        m: [[phone:07561 883 240]]
    """)),
    ("aviation", "incident", prose("""
        tbh this one is on me. after {{oil servicing}} on eng 2 on [[date:Tues 12th]] i left a rag on top
        of the {{accessory gearbox}} and closed the {{fan cowls}}. no {{tool check}} done because it was
        'just a rag'. found on the next {{daily}} by the {{B1}} on days, some scorching on it. engine ok
        after inspection. im writing this so people know how easy it is at 5am on your 4th night.
        {{FOD}} checks need to cover rags as well as tools.
    """)),
    ("aviation", "success", prose("""
        Thanks to [[name:Kasia Nowicka]] in {{Stores}} and driver [[name:Abdul-Rahman Saleh]] who got the
        replacement {{starter valve}} for [[aircraft_registration:G-OZRF]] from Stansted to Gatwick in under
        2 hours on [[date:Sunday 19 May]] in the company van ([[vehicle_registration:LB71 KZT]]).
        [[name:Kasia]] had already checked the {{EASA Form 1}} and {{batch}} details over the phone so there
        was no wait at goods-in, and the {{airside pass}} was pre-booked at the {{security gate}}. Aircraft
        made its 16:40 departure, [[flight_number:ZT744]], with 10 minutes to spare.
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind132", REPORTS))


if __name__ == "__main__":
    main()
