"""Held-out blind corpus 197: 50 hand-written UK incident, near-miss and learning reports.

Settings (everything inside them is invented):
- social_care: a youth justice / youth offending service and its appropriate adult (AA) scheme
  covering police custody suites (call-outs, rotas, bail, reparation, panels, PACE transfers).
- health: a community mental health team (CMHT) and its out-of-hours crisis line (call logs,
  depot and clozapine clinics, s136, lone working, carers).
- aviation: an air ambulance charity (HEMS desk dispatch, critical care clinicians, pilots and
  technical crew, engineering, controlled drugs and blood products).

Styles, weighted towards chronologies and call logs with times and initials and towards
radio/phone transcripts with speaker labels: rushed lower-case notes with typos and text-speak,
formal narratives, timed chronologies, e-mails with headers and signatures, Teams/WhatsApp/Slack
exports, handover notes, pipe and tab separated tables, minutes with attendance and apologies,
debriefs, shout-outs and thank-you notes, forms with Name/DOB/Ref fields, RT transcripts and tech
log entries. Identifiers are marked [[label:value]] and must-not-redact terms {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind197.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", block("""
        AA scheme out of hours call log - extract for learning review
        Ref [[case_reference:AAS/24/0917]]   YP: [[name:Kacper W.]] ([[age:15]])   Suite: [[organisation:Marsh Lane custody]]

        01:52 call from {{custody}} - Sgt [[name:Hollins]]. YP arrested 23:40, {{mum}} declined to attend. Logged by [[name:DM]].
        01:58 [[name:DM]] rang {{on-call volunteer}} [[name:Terri Oduya]] on [[phone:07700 900217]] - no answer, {{VM}} left
        02:10 2nd attempt - no answer
        02:25 tried back-up vol [[name:Gaz]] - phone off
        02:40 [[name:DM]] escalated to {{duty manager}} [[name:RP]], advised keep trying
        05:30 custody rang again, YP now asleep, {{interview}} can't start w/o AA
        06:05 [[name:Terri]] called back - phone on silent, she had swapped her shift with [[name:Gaz]] by text and the {{rota spreadsheet}} was never updated
        06:50 [[name:Terri]] on site. interview 07:30.

        Outcome: YP in {{cell}} roughly 5 hrs longer than needed. {{PACE}} clock not breached but {{Code C}} says AA should attend asap.
        Learning: rota swaps must go through the coordinator, not volunteer-to-volunteer. - [[name:RP]]
    """)),
    ("social_care", "near_miss", prose("""
        nearly sent [[name:Jayden]]'s {{PSR}} to the wrong [[name:jade]]!! outlook autofilled
        [[email:jade.harlow@lindenmoor.gov.uk]] (shes in {{housing}}) instead of [[name:Jade Okonjo]]
        the {{court officer}} [[email:j.okonjo@lindenmoor-yjs.cjsm.net]]. only noticed cos the
        {{secure email}} banner didnt come up. report has his {{address}}, school, {{CAMHS}} stuff and
        {{DOB}} so wd have been a proper {{breach}}. pls can we turn off {{autocomplete}} on team laptops
        or get {{IT}} to clear the cache. also [[name:sam t]] said same thing happend to her last month w a
        {{referral order}} report and she didnt log it. [[name:Bex]] ({{YJ officer}})
    """)),
    ("social_care", "success", prose("""
        Huge thank you to [[name:Faith]] ([[name:Faith Adeyemi-Clarke]], {{AA}} volunteer) for her work on
        the night of [[date:3rd February]]. A [[age:14 year old]] boy was brought into
        [[organisation:Fenwick Street custody]] on suspicion of {{criminal damage}}. [[name:Faith]]
        noticed he wasn't following the {{caution}} and was just agreeing to everything. She asked for
        the {{Liaison and Diversion}} practitioner ([[name:Ollie]]) to see him before {{interview}}, and
        it turned out he has a {{speech, language and communication need}} that his school
        ([[organisation:Thornbury Park Academy]]) had flagged but nobody in custody knew about. The
        interview was rescheduled with a {{registered intermediary}} and he was eventually given a
        {{community resolution}}. Sgt [[name:Pawlak]] emailed to say it was the best AA intervention he
        has seen this year. Thank you [[name:Faith]] - this is exactly what the role is for.
        [[name:Lorraine]] ({{AA scheme coordinator}})
    """)),
    ("social_care", "incident", block("""
        From: [[name:Marcus Bell]] <[[email:marcus.bell@eastholme.gov.uk]]>
        To: {{YJS Practice Lead}}; {{Information Governance}}
        Sent: [[date:14 May 2024]] 16:12
        Subject: Data incident - RJ letter

        Hi [[name:Sunny]],

        Logging this as discussed. The {{restorative justice}} letter to the {{victim}} in
        [[name:Tyler Mahmood]]'s case went out on [[date:10/05/24]] with [[name:Tyler]]'s {{bail address}}
        left in the footer - [[address:22 Cobden Terrace, Eastholme]] [[postcode:WF9 4RW]]. The template
        pulls from the {{ChildView}} record and nobody checked the {{mail merge}} preview. The victim's
        {{RJ worker}} spotted it when the victim rang asking if "that's where he lives now".

        We've asked for the letter back, told [[name:Tyler]] and his {{nan}}, and done a joint
        {{risk assessment}} with police. He is staying with his aunt in [[address:Hemsworth]] for a few
        nights as a precaution.

        [[name:Marcus]]

        [[name:Marcus Bell]] | {{Restorative Justice Worker}} | [[organisation:Eastholme Youth Justice Service]]
        Tel [[phone:01632 960418]] | Mob [[phone:07700 900655]]
    """)),
    ("social_care", "near_miss", block("""
        Transcript - call to AA out-of-hours line, [[date:Sat 22/06]] 21:47 (recorded line, reviewed as {{near miss}})

        [[name:NISHA]]: Appropriate adult line, [[name:Nisha]] speaking.
        CUSTODY SGT: Evening, it's Sgt [[name:Redfern]] at [[organisation:Brackley Road]]. Got a juvenile in, [[name:Liam Costa]], {{DOB}} [[date_of_birth:02/11/2007]]. His mum's here and happy to act so we won't need you after all.
        [[name:NISHA]]: OK, thanks. Can I ask what he's in for?
        CUSTODY SGT: {{Common assault}}, {{domestic}}.
        [[name:NISHA]]: Who's the complainant?
        CUSTODY SGT: ...the mum, to be fair.
        [[name:NISHA]]: Then she can't be his AA, she's the {{victim}}. Under {{Code C}} it needs to be someone independent.
        CUSTODY SGT: Fair point, I missed that. Can you send someone?
        [[name:NISHA]]: Yes, I'll get [[name:Jonno]] out to you, about forty minutes.

        Reviewer note ([[name:H. Sadiq]]): good challenge. {{Custody officer}} was about to start the {{PACE interview}} with mum acting. Added a prompt to the {{call script}}: always ask who the complainant is.
    """)),
    ("social_care", "incident", block("""
        [Teams chat export - YJS duty, [[date:08/03/2024]]]
        [[name:Amara Nwosu]] 17:02: anyone heard from [[name:Reece]]? {{tag}} company rang, he's not been home since 4
        [[name:Gaz]] 17:05: he was at {{reparation}} til 3 with me, dropped him by the Co-op on [[address:Hollin Lane]]
        [[name:Amara Nwosu]] 17:06: ok. mum thinks he's prob at [[name:Kyle]]'s on [[address:Wren Close]], ringing her back
        [[name:Pete H]] 17:20: dont think we need to chase yet - {{curfew}} is from 7, he's not in breach
        [[name:Amara Nwosu]] 17:21: {{EM}} said {{exclusion zone}} alert 16:48 near the victim's street tho
        [[name:Pete H]] 17:22: ah. ok ring {{police}} and log on {{ChildView}}
        [[name:Amara Nwosu]] 17:58: police found him, phone had died. home now
        [[name:Gaz]] 18:01: fyi he told me his {{Section 20}} worker hasnt been in touch for weeks, worth raising w [[organisation:Eastholme Children's Services]]

        Learning note added by [[name:PH]]: about 50 mins between the EM alert and police being told because we discussed it in chat instead of using the {{duty phone}} escalation. {{Exclusion zone}} alerts go straight to police from now on.
    """)),
    ("social_care", "success", block("""
        [[organisation:Kirkby Vale YJS]] - {{Out of Court Disposal}} Panel: learning session
        Date: [[date:17 April 2024]]
        Present: [[name:Helen Rourke]] (chair, {{Operational Manager}}), PC [[name:Ash Dhaliwal]] ({{police YJ officer}}), [[name:Mariam Qureshi]] ({{CAMHS}} link), [[name:Tom O'Driscoll]] ({{education}}), [[name:Will Armitage]] ({{victim liaison}})
        Apologies: Dr [[name:Fenn]] ({{paediatrics}}), [[name:Josie]] ({{social care}})

        1. Case reviewed: [[name:A.M.]] ([[age:13]]), theft from a local shop, would have been a {{first-time entrant}}.
        2. What went well: school info shared within 48 hrs; [[name:A.M.]]'s {{EHCP}} used to shape the plan; victim agreed to a {{letter of apology}} instead of a {{Youth Caution}}. Three months on, no further offending and attendance up to 91%.
        3. Why it worked: [[name:Will]] met the victim face to face before panel rather than by phone.
        Actions: [[name:WA]] to send victim update by [[date:24/04]]; [[name:HR]] to share the panel template with other teams.
    """)),
    ("social_care", "incident", block("""
        YJS SIGNIFICANT INCIDENT NOTIFICATION
        Name: [[name:Demi-Leigh Parkes]]
        DOB: [[date_of_birth:19.07.2008]]
        Ref: [[case_reference:YJ-EH-21177]]
        NHS No: [[nhs_number:802 203 9101]]
        Incident date: [[date:28/01/2024]]
        Location: [[organisation:Hawley Gate]] custody, cell 4
        Reporting officer: [[name:K. Baptiste]], {{YJS Case Manager}}

        Summary: [[name:Demi-Leigh]] was arrested at 15:10 and waited over 3 hrs for an AA because {{mum}} was not answering and the scheme was covering two suites. At 18:40 the {{detention officer}} found her with a {{ligature}} made from her {{hoodie}} cord while on {{30 minute obs}}. Removed, no injury, seen by the {{HCP}}. Our {{AssetPlus}} records ligature risk but custody did not know.

        Actions: [[name:KB]] to agree a route for sharing {{safety plans}} with custody; AA call-outs for under 16s to be prioritised.
    """)),
    ("social_care", "near_miss", block("""
        OOH handover Fri > Sat  (from [[name:Rach]] to [[name:Dev]])

        - [[name:Kai Thompson-Reid]] - on {{bail}} to [[address:Flat 3, 41 Saltash Road]], curfew 8pm-7am. Police rang 19:30 to check his conditions. I read them out from the WRONG record ([[name:Kai Thompson]], different lad, no conditions). PC [[name:Ferris]] queried as it didnt match {{PNC}} - corrected within 5 mins, no harm. Two [[name:Kai T]] records on {{ChildView}}, both born 2008. Asked {{business support}} to add a {{name alert}}.
        - [[name:Shanice]] - {{remand}} to {{YOI}} confirmed, nothing to do
        - {{duty phone}} battery rubbish, charger in {{drawer 2}}
        - Mr [[name:Adebayo]] rang about his son's {{reparation}} hours, said he'd ring back Monday

        [[name:Rach]]
    """)),
    ("social_care", "incident", prose("""
        On [[date:Tuesday 9 July 2024]] at approximately 14:30 I attended a planned {{home visit}} to
        [[name:Connor Leary]] ([[age:17]]) at [[address:14 Mill View, Ashcombe]], [[postcode:DN6 9PQ]].
        As I returned to my car a male I believe to be an associate of [[name:Connor]]'s older brother
        stood in front of the vehicle, photographed my {{lease car}} registration [[vehicle_registration:YD21 HXW]]
        and said "we know where you park". I left without engaging, informed my {{line manager}}
        [[name:Gemma Firth]] and reported it to police (log [[case_reference:SY-240709-0631]]). The
        {{lone working}} app was active throughout. I was not hurt but was shaken. Learning: visits to
        this address are now {{double-crewed}}, a {{risk flag}} has been added for the household, and I
        have been given a {{pool car}} for four weeks. [[name:Gemma]] has arranged {{supervision}} and an
        {{EAP}} referral.
    """)),
    ("social_care", "success", block("""
        Debrief - {{reparation}} placement, [[organisation:Greenside Community Allotments]]

        Who: [[name:Malachi]] (YP), [[name:Bernie Walsh]] (allotment volunteer supervisor), [[name:Ife]] ({{YJ officer}})
        What happened: [[name:Malachi]] had 40 hrs {{reparation}} on a {{referral order}}. Missed the first two sessions. [[name:Ife]] went with him to the third and [[name:Bernie]] gave him the {{polytunnel}} "to run".
        Went well:
        * completed all 40 hrs by [[date:30 Sept]], 2 weeks early
        * got a {{Level 1}} horticulture certificate via [[organisation:Ashcombe College]]
        * still goes on {{Saturdays}} as a volunteer
        * victim (the allotment society itself) said the repaired fence was "better than before"
        Even better if: transport - his {{bus pass}} ran out halfway and nobody noticed for a week.
        Shared at {{team meeting}} by [[name:Ife]].
    """)),
    ("social_care", "near_miss", block("""
        AA rota w/c [[date:15 July]] - [[organisation:North Tyneford AA Scheme]]
        Day | Days 08-20 | {{Nights}} 20-08 | {{Back-up}}
        Mon | [[name:J. Kowalczyk]] | [[name:Hope]] | [[name:Sandeep]]
        Tue | [[name:Hope]] | [[name:Hope]] | -
        Wed | [[name:Sandeep]] | [[name:Bryony]] | [[name:J. Kowalczyk]]
        Thu | [[name:Ray]] | [[name:Bryony]] | -

        Note from {{coordinator}} [[name:MO]]: [[name:Hope]] was down for Tue days AND nights (24 hrs) after the {{auto-fill}} copied last week's pattern. Spotted on the Friday {{rota check}}. {{Volunteers}} should not do more than a 12 hr {{shift}} and she would have been alone at [[organisation:Quayside custody]] with {{juveniles}} at 4am after being up since 7. Tue night given to [[name:Ray]]. Near miss because the {{rota app}} didn't flag it - we {{hope}} the update next month fixes that.
    """)),
    ("social_care", "incident", block("""
        Custody AA call-outs - [[date:Sun 14 Jan]] (extract for review)
        Time	Suite	YP	Age	AA	Outcome
        00:20	[[organisation:Brackley Road]]	[[name:O.S.]]	[[age:16]]	[[name:BK]]	attended 01:05
        03:10	[[organisation:Brackley Road]]	[[name:T.N.]]	[[age:15]]	[[name:BK]]	attended 03:30 (still on site)
        07:45	[[organisation:Hawley Gate]]	[[name:R.J-A.]]	[[age:12]]	none	{{interview}} delayed to 13:00

        [[name:R.J-A.]] ({{looked after child}}) waited over 5 hrs in a {{cell}}. [[name:BK]] was still writing up at [[organisation:Brackley Road]] and the {{second volunteer}} had called in sick at 06:30. Nobody escalated to {{EDT}} or the {{duty manager}}, and {{custody}} did not chase until 11:00. The {{social worker}} was not told until the afternoon.
        Learning: if no {{AA}} within 1 hr for {{under 13s}}, escalate to EDT automatically.
    """)),
    ("social_care", "near_miss", block("""
        #yjs-systems
        [[name:leanne.f]] 10:14  has anyone else seen {{ChildView}} merge two kids?? [[name:Harvey Sinclair]] ([[case_reference:YJ-41982]]) now shows [[name:Harvey Sinclaire]]'s {{AssetPlus}} and his {{police intelligence}}
        [[name:Tomasz]] 10:16  yep - the {{duplicate check}} matched on first name + DOB ([[date_of_birth:03/03/2010]] for both, weird)
        [[name:leanne.f]] 10:17  nearly printed it for {{panel}} tomorrow. would have shared another child's {{offence history}} with the {{community panel members}}
        [[name:Ade]] (IT) 10:31  unmerged. both records restored from last night's {{backup}}, [[name:Harvey Sinclaire]] is now [[case_reference:YJ-41997]] again
        [[name:Tomasz]] 10:33  can we turn off auto-merge? it's done it before with [[name:Mia C]] and [[name:Mia K]]
        [[name:Ade]] (IT) 10:40  raised with supplier. manual review only from today
    """)),
    ("social_care", "success", prose("""
        quick one for the good practice log - [[name:bill]] (AA vol) sat with [[name:jordan]] 5hrs at
        [[organisation:hawley gate]] last nite. [[name:jordan]] has {{autism}} and was kicking off in
        {{booking in}}. [[name:bill]] got custody to turn the lights down in the {{consultation room}},
        borrowed a {{weighted blanket}} from the {{L&D}} team and explained his {{rights and entitlements}}
        in his own words. the {{solicitor}} said it was the calmest {{interview}} shes ever had w him. mum rang
        me this morn crying (good crying lol). pls can [[name:bill]] get a {{certificate}} at the vol evening
        x [[name:lou]]
    """)),
    ("social_care", "success", block("""
        Call transcript - YJS {{emergency duty}} / custody, [[date:02/12/2023]] 22:05 (shared as good practice)

        CUSTODY: It's the custody sergeant at [[organisation:Quayside]]. We've charged a [[age:15-year-old]], [[name:Emeka Obi]], remanded for court Monday. Looks like he's staying here for the weekend.
        [[name:STACEY]] (duty): Is he {{looked after}}?
        CUSTODY: Says he's with a {{foster carer}}, we can't get hold of her.
        [[name:STACEY]]: OK, under the {{Concordat}} he should come out to {{local authority accommodation}}, not stay in a cell. Give me twenty minutes.
        ...
        [[name:STACEY]] (22:31): I've got an {{emergency placement}} with [[name:Grace]] at [[address:Orchard House]], she's done {{PACE transfers}} before. I'll send [[name:Bilal]] from the AA scheme to sit with him till transport.
        CUSTODY: Brilliant, first time we've had one this year.

        Outcome: [[name:Emeka]] out of custody by 00:40, produced at court Monday on time, his social worker updated by [[name:Stacey]] by e-mail at 23:10. {{Section 38(6)}} certificate not needed.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Yusuf Karimi]]
        To: [[email:listing.office@tynefordmc.gov.uk]]
        Cc: [[name:Carla]] ({{YJS court team}})
        Date: [[date:Mon 4 March 2024]] 09:12
        Subject: URGENT - {{court list}} error, [[name:Ellis Farrow]]

        Morning,

        Today's {{youth court}} list has [[name:Ellis Farrow]] as born [[date_of_birth:12/08/2006]]. His DOB is [[date_of_birth:12/08/2008]] (he is [[age:15]]). The error appears to come from the {{police charge sheet}}. With the wrong date he was listed in the {{adult court}} and the {{remand}} paperwork had {{HMP}} rather than {{youth detention accommodation}}. I noticed when checking the list at 08:50 against our {{ChildView}} record ([[case_reference:TYJ/3318]]). Please amend before the {{hearing}}.

        Thanks,
        [[name:Yusuf Karimi]]
        {{YJS Court Officer}} | [[phone:0191 498 0217]] | [[email:yusuf.karimi@tyneford.gov.uk]]
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", block("""
        Crisis line call log - extract for {{PSII}} review
        Date [[date:18/03/24]]   Ref [[case_reference:CL-240318-044]]   Caller no. [[phone:07700 900381]]

        22:14 [[name:RA]] rang, known to [[organisation:Northvale East CMHT]], tearful, says took "a handful" of {{sertraline}} ~21:30. Taken by [[name:JB]].
        22:16 [[name:JB]] asked where she is - "home", gave [[address:Flat 9, Lister House, Canal St]]
        22:19 [[name:JB]] rang {{999}} on 2nd line, {{ambulance}} requested, caller kept on line
        22:21 call dropped
        22:22-22:40 [[name:JB]] called back x4, no answer
        22:41 crew at [[address:Lister House]] - flat empty, {{void}}. [[name:RA]] moved in Jan, {{RiO}} not updated since discharge from [[organisation:Beech Ward]]
        22:50 escalated to {{shift lead}} [[name:Olu]]
        23:05 [[name:Olu]] got new address from {{GP}} record ([[organisation:Canal Side Medical Practice]]): [[address:27 Ferncliffe Road]], [[postcode:BD3 8RT]]
        23:28 crew gained entry with police, [[name:RA]] drowsy but talking, conveyed to [[organisation:Northvale General]] {{ED}}

        74 min from call to patient contact. Learning: ask "where are you right now, what's the full address" on every {{high risk}} call, and check it against the {{Spine}} while the caller is still on the line.
    """)),
    ("health", "near_miss", block("""
        Crisis line - call review, [[date:2 Feb]] 03:12. Handler [[name:Kieran]], {{supervisor}} [[name:Zainab Hussain]] listening in.

        [[name:KIERAN]]: Crisis line, [[name:Kieran]] speaking.
        CALLER: hi. its [[name:Mark]]. [[name:Mark Edwards]]. im with [[name:Joy]]'s team, she's my {{care co}}
        [[name:KIERAN]]: Thanks [[name:Mark]]. Can I check your date of birth?
        CALLER: [[date_of_birth:4th of June 86]]
        [[name:KIERAN]]: And where are you right now?
        CALLER: home. [[address:52 Tanner Row]]
        [[name:KIERAN]]: How are you feeling tonight?
        CALLER: bit better now ive talked. il probably go to bed
        [[name:KIERAN]]: OK, that's good to hear, I'll let you go then-
        [{{whisper}} from supervisor: ask about {{means}}]
        [[name:KIERAN]]: Sorry, before you go - have you got anything there you could use to hurt yourself?
        CALLER: ...my mum's {{oramorph}} and all my {{quetiapine}}. been saving it

        Outcome: {{safety plan}} agreed, meds handed to a neighbour, {{home treatment team}} visit 09:00.
        Learning: [[name:Kieran]] is 3 weeks in post; the means question was skipped because the caller "sounded fine". Added to {{induction}} {{call audit}}.
    """)),
    ("health", "success", block("""
        Teams - [[organisation:Westbrook CMHT]] team chat
        [[name:Siobhán Ní Bhriain]] 09:03
        Massive shout-out to [[name:Tunde]] and [[name:Rosie-May]] 🙌 yesterday they went to see [[name:GW]] for his {{depot}} and spotted he was shaky, confused and being sick. Rang {{pharmacy}}, got him to [[organisation:Northvale General]] and his {{lithium}} level was 2.1!! {{Toxicity}}. He's on {{AMU}} and doing ok this morning.
        [[name:Dan P]] 09:10
        legends 👏👏
        [[name:Tunde]] 09:15
        honestly it was [[name:Rosie]] who noticed his hands
        [[name:Rosie-May]] 09:16
        team effort! {{on-call pharmacist}} rang back in 10 mins which helped loads
        [[name:Siobhán]] 09:20
        putting it in the {{learning bulletin}} - reminder everyone that {{lithium}} patients with {{D&V}} need a same day level
    """)),
    ("health", "incident", prose("""
        [[name:Derek Ansah]] (NHS [[nhs_number:9771396390]]), [[age:54]], is on {{clozapine}} managed by
        [[organisation:Harbourside CMHT]] with monthly {{FBC}} monitoring. His bloods were due on
        [[date:5 August]] but the {{phlebotomy}} slot was booked at [[organisation:Dockside Health Centre]],
        which had closed for refurbishment. No result went to the {{monitoring service}}, so the
        {{community pharmacy}} correctly withheld his supply. His {{care coordinator}} [[name:Anneliese]]
        was on {{annual leave}} with no named cover, and nobody picked up the missed-result alert in the
        shared inbox. [[name:Derek]] went without clozapine for four days until his sister [[name:Abena]]
        rang the team on [[date:12/08/2024]]. Because he had been off it for more than 48 hours he needed
        {{re-titration}} under the {{home treatment team}}, and he had a brief return of {{command hallucinations}}.
        Learning: clozapine patients are now on a named weekly list reviewed by the {{duty worker}}, and leave
        handovers must name a cover for every clozapine patient.
    """)),
    ("health", "near_miss", block("""
        Lithium clinic handover - [[date:Wed 6 Nov]]
        From [[name:Caz]] to [[name:Ben O]]

        1. [[name:Patel, Hemant]]  NHS [[nhs_number:229 767 8843]]  - filed level 0.7, no action
        2. [[name:Patel, Hina]]  NHS [[nhs_number:791-554-5442]]  - filed level 1.4 !!  ?{{toxicity}}

        [[name:Ben O]] went to ring [[name:Hina]] re the 1.4 - she said she stopped {{lithium}} in Sept (switched to {{valproate}}... no wait, {{lamotrigine}}). Checked {{ICE}}: the 1.4 was [[name:Hemant]]'s sample, filed against the wrong [[name:Patel]] by {{admin}} because both came in the same {{batch}} with the same surname and clinic date. [[name:Hemant]] called back same day, dose held, {{U&Es}} and repeat level tomorrow, seen by Dr [[name:Oyinlola]].
        Near miss - if [[name:Hina]] hadn't stopped lithium nobody would have spotted it.
        Action: filing needs NHS number match not surname. [[name:Caz]] to speak to {{medical secretaries}}.
    """)),
    ("health", "incident", block("""
        From: [[name:Priya Raghunathan]] <[[email:priya.raghunathan@nhs.net]]>
        To: [[name:Colm Devlin]]
        Cc: {{Team Manager}}
        Date: [[date:Thu 21 Mar 2024]] 11:47
        Subject: letter sent to old address - RiO [[case_reference:1029384]]

        Hi [[name:Colm]],

        As {{IG lead}} you'll want this today. A {{clinic letter}} for Ms [[name:K. Lindqvist]] (diagnosis {{EUPD}}, {{risk history}} and {{safeguarding}} detail about her ex-partner) was posted to [[address:8 Orchard Mews, Hartside]], her address until last year. She is now in a {{refuge}}. The new tenant opened it and rang us. Given the {{domestic abuse}} history this is serious - the ex-partner knows the old address.

        Cause: {{Spine}} address was updated in January but the local record wasn't, and the {{letter template}} pulls from the local record. [[name:Priya]]'s team has spoken to [[name:K. Lindqvist]] under {{Duty of Candour}}.

        [[name:Priya Raghunathan]]
        {{Community Psychiatric Nurse}} | [[organisation:Riverside South CMHT]]
        [[phone:0161 496 0732]] | [[phone:07700 900 829]]
    """)),
    ("health", "success", block("""
        [[organisation:Westbrook CMHT]] - monthly {{patient safety}} & learning huddle
        [[date:09.05.24]], {{Teams}}
        Attendees: [[name:Jo Hartley]] (TM), [[name:Femi]], [[name:Ravinder Sandhu]], [[name:Agnieszka]] ({{OT}}), [[name:Lou]], Dr [[name:Rahman]]
        Apologies: [[name:Bill Tranter]], [[name:Cerys]]

        1. Good catch - [[name:Agnieszka]]: new {{DNA}} protocol triggered a {{welfare visit}} after [[name:P.Q.]] missed 3 appointments. Found in early {{relapse}}, agreed an {{informal admission}}; [[name:P.Q.]] says it "stopped it getting as bad as last time".
        2. {{Triangle of Care}} carers audit 94% (up from 71%). Credit to [[name:Lou]] for the carers' drop-in.
        3. AOB: [[name:Jo Hartley]] to feed both back to the {{Quality}} meeting.
        Actions: [[name:RS]] to update {{SOP}}; [[name:JH]] to nominate [[name:Agnieszka]] for the {{Good Catch award}}.
    """)),
    ("health", "near_miss", prose("""
        nearly gave wrong {{depot}} this am. 2 pts called [[name:okoro]] on {{depot clinic}} list today,
        [[name:emmanuel okoro]] is on {{paliperidone}} 150mg and [[name:Emeka Okoro]] (dob
        [[date_of_birth:14/9/79]]) is on {{aripiprazole}} 400. id drawn up the wrong one bc only checked surname
        + his {{drug card}} was in the wrong slot in the {{tray}}. [[name:emeka]] said "thats not my usual is
        it" so stopped n rechecked w {{2 identifiers}}. no harm. told sr [[name:bev]], she says its happend
        b4 w these two. pls can we book them on diff days or at least flag on the {{clinic list}} tbh
    """)),
    ("health", "incident", block("""
        Chronology - [[name:Lewis Mbeki-Hart]], {{s136}}, [[date:23-24 Feb 2024]]
        16:40 Detained by police on [[address:Harbour Bridge, Northvale]]
        17:05 Arrived [[organisation:Oakfield HBPoS]]
        17:30 {{AMHP}} [[name:TG]] informed, {{s12 doctor}} requested
        20:15 Dr [[name:Iqbal]] and Dr [[name:Sørensen]] assessed, recommended {{s2}}
        20:40 {{bed management}}: no {{PICU}} or acute beds in trust
        23:10 [[name:TG]] chased, no change, {{out of area}} search started
        03:00 [[name:Lewis]] still in 136 suite, agitated, {{rapid tranquillisation}} ({{lorazepam}} 2mg PO accepted)
        09:55 bed found at [[organisation:Cedarwood Hospital]], 140 miles away
        11:20 conveyed - 18 hrs 40 min in the {{136 suite}}

        Incident because: transfer was within the 24 hr limit, but [[name:Lewis]] had no food until 07:00, his dad ([[name:Themba]]) was not told where he was going, and the {{HBPoS}} was closed to two other people overnight.
    """)),
    ("health", "success", prose("""
        Hot debrief, crisis line, [[date:14/10/2023]]. Caller [[name:Jonah]] rang at 01:10 from his car
        saying he had {{paracetamol}} and {{vodka}} and "wanted to just go to sleep up here". Handler
        [[name:Marnie Colquhoun]] kept him talking for 52 minutes. While he was describing his dog she asked
        what car he had and he gave the make and said the plate ended "[[vehicle_registration:TWR]]" - the {{shift lead}} ([[name:Ade]])
        passed this to police who matched [[vehicle_registration:KN19 TWR]] on {{ANPR}} near
        [[address:Brinkley Top car park]]. Police were with him at 02:06, he had not taken anything.
        What went well: [[name:Marnie]] never rushed him, used his dog's name ({{Biscuit}}) to build
        {{rapport}}; second handler on the {{999}} line so the call wasn't put on hold. Even better if: the
        {{caller ID}} was withheld and we had no {{call trace}} route - raised with the {{telephony}} team.
    """)),
    ("health", "near_miss", block("""
        Zoning board - [[organisation:Hillcrest CMHT]] - [[date:Mon 15/7]]
        Initials | Zone | CC | Notes
        [[name:RT]] | RED | [[name:Gem]] | {{HTT}} daily, {{safeguarding}} re kids
        [[name:D.W.]] | GREEN | [[name:Nav]] | ?? was red last wk
        [[name:L-AF]] | AMBER | [[name:Gem]] | {{depot}} Weds
        [[name:YB]] | AMBER | [[name:Kofi]] | awaiting {{OT}} assessment

        Near miss: [[name:D.W.]] was RED last week (threats to neighbour, stopped {{olanzapine}}). When [[name:Nav]] copied the board into the new week's sheet the zone column shifted one row. Picked up at the 9am {{huddle}} by [[name:Kofi]] because the note didn't match the colour. If not spotted [[name:D.W.]] would have dropped to {{4-weekly}} contact.
        Fix: board now in {{RiO}} not Excel.
    """)),
    ("health", "incident", block("""
        WhatsApp export (screenshot transcribed)
        [[[date:12/06/2024]], 07:41] [[name:Natalia]]: can anyone cover a {{visit}} to [[name:Irene Gunn]] today, [[address:4 Larch Walk]] [[postcode:DN4 8PA]], shes on {{clozapine}} and needs {{obs}}
        [[[date:12/06/2024]], 07:43] [[name:Chloé B]]: I can after 10
        [[[date:12/06/2024]], 08:02] [[name:Kez]]: um [[name:Nat]] this group still has [[name:Tash]] in it and she left in March
        [[[date:12/06/2024]], 08:03] [[name:Natalia]]: omg deleting now
        [[[date:12/06/2024]], 08:03] [[name:Natalia]]: This message was deleted

        Reported by [[name:Kezia Bright]] ({{Team Leader}}). Patient name, address and medication shared on a {{personal device}} group with a {{former staff member}}. [[name:Tash]] confirmed she had deleted the message. Learning: group is for {{rota swaps}} only; {{patient identifiable information}} via {{NHSmail}} or {{Teams}} only. Group admin to remove leavers on their last day.
    """)),
    ("health", "success", block("""
        ---------- Forwarded message ---------
        From: [[name:Rose Quinn]] <[[email:rosequinn64@btinternet.com]]>
        To: {{Crisis Team}}
        Subject: thank you

        Dear [[name:Sanjay]] and everyone,

        I just wanted to say thank you for what you did for my {{son}} [[name:Callum]] on the night of [[date:29th December]]. I'd already tried the {{GP}} out of hours and {{111}} and been told to take him to {{A&E}}, which he refused. I didn't know who else to ring. You were on {{nights}} and stayed on the {{phone}} with me until the {{home treatment team}} came and you never once made me feel like I was wasting your time. [[name:Callum]] is doing much better and has started at [[organisation:Riverside Recovery College]].

        With love and thanks,
        [[name:Rose]]
        [[phone:07700 900514]]

        ---
        Sharing with [[name:Rose]]'s permission - lovely to read. [[name:Sanj]] and [[name:Ffion]], well done, this is what {{Triangle of Care}} looks like in practice. [[name:Kath]] ({{Service Manager}})
    """)),
    ("health", "near_miss", block("""
        MEDICINES RECONCILIATION - COMMUNITY
        Name: [[name:Teodora Ionescu]]
        DOB: [[date_of_birth:30/01/1991]]
        NHS no: [[nhs_number:469 941 2580]]
        Ref: [[case_reference:HC/MR/0562]]
        GP: [[organisation:Fairfield Road Surgery]]
        Completed by: [[name:A. Yildiz]], {{Non-Medical Prescriber}}

        Near miss: {{discharge summary}} from [[organisation:Ward 7, St Columba's]] listed {{lamotrigine}} 200mg BD. {{GP}} repeat was 25mg OD (still {{titrating}}). If transcribed as per the summary = 16x dose, serious risk of {{SJS}}. Picked up on {{two-source check}} with the patient's {{blister pack}} and a call to [[organisation:Brightwell Pharmacy]]. Ward informed ([[name:Hamid]], {{ward pharmacist}}); summary amended same day.
    """)),
    ("health", "incident", block("""
        Crisis line - callback log, [[date:Sunday 7 July]]
        Time | Staff | Caller | Action
        14:02 | [[name:LS]] | [[name:Noor]] ({{frequent caller}}) | distressed, row with partner, agreed {{callback}} 16:00
        15:30 | - | - | shift change, [[name:LS]] handed over verbally to [[name:MK]]
        16:00 | - | - | callback not on {{whiteboard}}, not made
        19:45 | [[name:MK]] | [[name:Noor]] | missed call from her number [[phone:07700 900 142]]
        21:30 | [[name:MK]] | [[name:Noor]] | rang back - she was in {{ED}} at [[organisation:St Aldhelm's]] after {{self-harm}} (superficial cuts, {{steri-strips}})

        Review ([[name:Hollie]], {{Clinical Lead}}): the 16:00 callback was only in the call notes, not on the board or in the {{callback tracker}}. [[name:Noor]] told the {{liaison team}} she "gave up waiting". No lasting harm but avoidable. All agreed callbacks now go in the tracker before the call ends.
    """)),
    ("health", "near_miss", block("""
        Teams chat - [[organisation:Hillcrest CMHT]] admin
        [[name:Marguerite]] 11:20: quick q, {{PIP}} form for [[name:Dylan]] needs his NI number, is it [[ni_number:JT 61 45 82 B]]? got it off the {{benefits}} letter on file
        [[name:Aziz]] 11:22: that's [[name:Dylan Rees]] on my caseload! yours is [[name:Dylan Reece]] I think, [[organisation:Pen-y-Bryn]] {{supported housing}}
        [[name:Marguerite]] 11:23: 😳 they're in the same folder on the {{shared drive}}
        [[name:Aziz]] 11:25: [[name:Reece]]'s is [[ni_number:PN482915C]], it's on his {{care plan}} {{front sheet}}
        [[name:Marguerite]] 11:26: thanks, form not sent yet. logging as {{near miss}}

        Note: would have sent another patient's NI number and {{diagnosis}} to the {{DWP}}. Folders now split by {{RiO}} number.
    """)),
    ("health", "success", prose("""
        On [[date:Friday 1 March]] our {{CPN}} [[name:Graham Oyelaran]] was on a {{home visit}} at
        [[address:17 Beacon Rise]] when the patient's brother came home intoxicated and started shouting
        and blocking the door. [[name:Graham]] rang the {{office}} and used the {{code word}} ("can you check the
        red folder"). [[name:Shelley Ng]] on the {{duty desk}} followed the {{lone working}} procedure exactly:
        she kept the line open, rang {{999}} on a {{second phone}} and gave {{police}} the address, [[name:Graham]]'s
        description and his car, a silver Corsa [[vehicle_registration:WR68 TLK]]. Police arrived in 11
        minutes and [[name:Graham]] left unhurt. The patient later apologised. This is being shared as
        good practice: the code word had only been introduced in January and this was the first time it
        was used for real. Thanks to [[name:Shelley]] and to [[name:Mo]] who stayed late to {{debrief}}.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "near_miss", block("""
        RT transcript - [[date:19/04/2024]], [[aircraft_registration:G-TCAV]] ({{H145}}) operating as [[flight_number:Helimed 52]]
        Transcribed from the {{ATC}} tape by the {{Safety Manager}}; times {{UTC}}

        1412:05 HEMS: Solent Radar, [[flight_number:Helimed 52]], lifted [[organisation:Cobham Down]] for [[organisation:Royal Severn Infirmary]], two thousand feet, request {{Traffic Service}}
        1412:15 ATC: [[flight_number:Helimed 52]], Traffic Service, {{squawk}} three seven six two
        1414:40 ATC: [[flight_number:Helimed 52]], traffic right one o'clock, two miles, opposite direction, indicating similar level
        1414:48 HEMS: looking, [[flight_number:Helimed 52]]
        1415:02 ATC: [[flight_number:Helimed 52]], traffic one mile, if not sighted turn left heading two seven zero
        1415:06 HEMS: left two seven zero... visual now, passing down the right, [[flight_number:Helimed 52]]

        Crew report (PIC [[name:Jen Aldous]], {{TCM}} [[name:Rhys Morgan]]): {{TAS}} alert at 1414:50, closest point estimated 300 ft vertical, 0.3 nm. Other aircraft later identified as a {{PA28}}, [[aircraft_registration:G-BSNX]], not on frequency and not squawking {{Mode C}}. {{Airprox}} filed.
    """)),
    ("aviation", "incident", block("""
        HEMS desk log - [[date:02/08/24]] - tasking [[case_reference:TCAA-24-1187]]
        13:02 {{999}} call via {{EOC}}: motorcyclist v car, rural lane, caller gave postcode [[postcode:GL54 5QT]]
        13:04 [[name:KM]] ({{CCP}} on desk) tasks [[flight_number:Helimed 61]] from [[organisation:Hawkridge]]
        13:05 caller's {{what3words}} [[address:///lamp.spoon.rattle]] in {{CAD}} free text - not passed to aircraft
        13:09 airborne
        13:21 overhead postcode centroid, nothing seen. Postcode covers ~3 km of lanes
        13:24 land crew ([[name:Shaz]] & [[name:Dougie]]) radio correct location ~4 km N
        13:29 landed in field, patient contact 13:33, {{RSI}} 13:51
        14:20 conveyed by air to {{MTC}}

        Delay approx 12 min. [[name:KM]] says the w3w field was below the fold on the {{CAD}} screen and she was also running a second job. Action: desk to read back w3w or {{grid ref}} to the aircraft on every rural job; {{EOC}} asked to put w3w in the main location field.
    """)),
    ("aviation", "success", prose("""
        Shout-out from the whole ops room to Captain [[name:Hannah Stroud]], {{TCM}} [[name:Rhys]] and
        Dr [[name:Kwame Asante-Boateng]] for the job on [[date:Sat 13 July]]. A [[age:6-year-old]] had fallen
        from a climbing frame at [[organisation:Little Acorns Nursery]] in [[address:Pendle Cross]] with a
        {{head injury}} and reduced {{GCS}}. [[name:Hannah]] got [[aircraft_registration:G-KRAA]] into a tight
        {{HLS}} on the playing field next door with trees on three sides, [[name:Rhys]] did a textbook
        {{recce}} and briefed the police cordon, and [[name:Kwame]] and {{CCP}} [[name:Lydia]] did a
        {{paediatric RSI}} on scene. The child was at the {{major trauma centre}} 38 minutes after the 999
        call. The {{trauma team}} consultant rang the base to say thank you and that she is now off
        {{PICU}}. Brilliant teamwork. [[name:Sue-Ellen]] ({{Clinical Lead}})
    """)),
    ("aviation", "incident", block("""
        TECH LOG  [[aircraft_registration:G-KRAA]]  {{AW169}}  SECTOR RECORD PAGE 004417
        DATE: [[date:27 MAR 24]]
        SECTORS: [[organisation:Hawkridge]] - [[organisation:Royal Severn]] helipad - [[organisation:Hawkridge]]
        DEFECT: {{No 2 eng}} {{chip detector}} caution on shutdown at helipad. Restart not attempted. Positioned to base after eng advice by phone.
        PIC: [[name:J. McAllister]]
        ACTION: (blank)

        Occurrence report ([[name:Nick Varga]], {{Head of Flight Ops}}): the night engineer, [[name:R. Oyelowo-Smith]] ({{B1}} licence [[case_reference:UK.66.0417A]]), was not told about the entry at handover. The {{ops board}} showed the aircraft serviceable at 07:00 and the day crew flew a 25-minute mission before [[name:Oyelowo-Smith]] saw the open entry at 08:30. {{MCD}} then inspected: fine fuzz within limits, {{ground run}} satisfactory, {{CRS}} issued 10:40. No damage, but the aircraft flew with an open defect. Action: defects entered away from base must be phoned to the duty engineer by the PIC, and the ops board cannot show green until the tech log is closed.
    """)),
    ("aviation", "near_miss", prose("""
        Debrief after [[flight_number:Helimed 52]] landed at [[organisation:St Bride's CE Primary School]]
        playing field on [[date:11/05/2024]]. On {{short finals}} the {{TCM}}, [[name:Mohammed Rafiq]]
        ([[name:Mo]]), called "wires, wires, {{go around}}" - a {{telephone line}} ran across the north corner
        of the field to the {{caretaker}}'s house and was not in the {{landing site database}}. Pilot
        [[name:Jen]] went around and landed on the south side. Estimated 15 m clearance at the closest
        point. The {{recce}} orbit had been cut short because the job was a {{cardiac arrest}} and the
        school field was "known". [[name:Mo]] said he only saw the wire because of the {{low sun}} behind it.
        Learning: {{wire strike}} remains the top HEMS hazard; full recce every time regardless of
        {{patient acuity}}; site database updated by [[name:Aled]] the same afternoon.
    """)),
    ("aviation", "incident", block("""
        From: Dr [[name:Laila Ghani]] <[[email:l.ghani@tricountyaa.org.uk]]>
        To: {{CDAO}}; [[name:Aled Pritchard]]
        Date: [[date:05/06/2024]] 12:04
        Subject: CD discrepancy - morphine 10mg, [[organisation:Hawkridge]] base

        At the 08:00 {{CD check}} on [[date:04/06/2024]] the {{CD register}} for {{drug pouch}} B showed 4 x {{morphine}} 10mg but 3 were in the pouch. Traced by 11:30: {{paramedic}} [[name:Sam O'Neill]] gave 10mg to a patient ({{ePCR}} [[case_reference:2406-0338]]) at 01:40 the previous night. It was recorded on the ePCR but not in the register because the crew was re-tasked straight to a second job and the pouch went back into the safe at 02:15 without a {{witness}} signature. {{Ketamine}} and {{midazolam}} balanced.

        Logged as an incident because the discrepancy sat for 26 hrs and two checks were signed as correct without a physical count. [[name:Sam]] has been supported, not blamed - this is a system issue.

        Dr [[name:Laila Ghani]]
        {{Medical Director}}, [[organisation:Tri-County Air Ambulance]]
        [[phone:01632 960774]] | [[phone:+44 7700 900 331]]
    """)),
    ("aviation", "success", block("""
        [[organisation:Tri-County Air Ambulance]] - Safety Action Group
        [[date:Tue 10 September 2024]], [[organisation:Cobham Down]] crew room + Teams
        Present: [[name:Nick Varga]] ({{Head of Flight Ops}}), [[name:Sue-Ellen Parry]] ({{Clinical Lead}}), [[name:Ifeoma Chukwu]], [[name:Dom]], [[name:Aled Pritchard]] ({{Safety Manager}}, minutes)
        Apologies: [[name:Bartosz]], Capt [[name:Stroud]]

        1. Good catch award - [[name:Priyanka]] (HEMS desk) noticed two 999 calls for the same {{cardiac arrest}} had been given different {{incident numbers}} and stood down a duplicate tasking of the second aircraft, which was then free for an {{RTC}} ten minutes later.
        2. Night ops: six months of {{NVIS}} operations with zero {{unstable approach}} reports since the new {{TEM}} brief card. [[name:Dom]] to present at the national conference.
        3. {{Fatigue}} survey: 82% response, results next meeting.
        Actions: [[name:AP]] to write up item 1 for the newsletter; [[name:NV]] to share the brief card with [[organisation:Wessex and Downs Air Ambulance]].
    """)),
    ("aviation", "near_miss", prose("""
        reversing the cc car [[vehicle_registration:YJ70 HMX]] out of the hangar at
        [[organisation:hawkridge]] this am and nearly backed into the {{tail rotor}} of
        [[aircraft_registration:g-tcav]]. it had been {{towed}} out early for the {{daily}} and nobody said,
        {{reversing camera}} was covered in mud so only saw the {{skid}} at the last sec. [[name:dazza]]
        shouted and i stopped about a metre off. no contact, {{engineers}} checked anyway. my fault for not
        doing a walk round but can we pls have a {{banksman}} rule when the aircraft is on the {{pan}} and
        cars are moving. also the {{hangar door}} sensor light is still broken. [[name:tash]] ({{CCP}})
    """)),
    ("aviation", "incident", block("""
        Recorded lines - HEMS desk, [[date:16 Nov 2023]]
        19:52 (aircraft)
        DESK ([[name:Abdi]]): [[flight_number:Helimed 61]], desk, ready for your {{pre-alert}}.
        DOC ([[name:Imogen]]): Pre-alert for [[organisation:Royal Severn]] {{ED}}: [[age:72-year-old]] female, fall from ladder, {{GCS}} 9, {{intubated}}, on {{apixaban}}, {{ATMIST}} to follow, ETA helipad 20:15.
        DESK: Copy, [[age:72]] female, 20:15.
        19:55 (desk to ED)
        DESK: Pre-alert from [[flight_number:Helimed 61]] - [[age:27-year-old]] male, motorcycle RTC, GCS 9, intubated, ETA 20:15.
        ED: Thanks, [[age:27]] male, we'll put out a {{trauma call}}.

        Review ([[name:Priyanka Shah]], desk lead): [[name:Abdi]] read from the previous patient ([[name:Tobias Lund]]), whose record was still open on the second screen. The ED prepared for a young male; when [[name:Pauline Greaves]] arrived the {{older person trauma}} pathway had not been activated and her {{reversal agent}} was delayed 25 min. Action: desk must read back the pre-alert to the aircraft, and close old records before taking a new one.
    """)),
    ("aviation", "success", block("""
        [[[date:20/09/2024]], 16:20] [[name:Becca]]: guys!!! {{patient liaison}} just rang. the lad from the {{quad bike}} job in june, [[name:Tomás]], wants to come and meet the {{crew}} 😭
        [[[date:20/09/2024]], 16:21] [[name:Jonno]]: no way. the {{open book pelvis}}??
        [[[date:20/09/2024]], 16:21] [[name:Becca]]: yep! he's [[age:34]], walking with a stick, back at work part time
        [[[date:20/09/2024]], 16:24] [[name:Ash]] (doc): amazing. that was my first {{REBOA}} on a real pt
        [[[date:20/09/2024]], 16:30] [[name:Jen A]]: I'm on shift the 3rd, can we do it at [[organisation:Hawkridge]]?
        [[[date:20/09/2024]], 16:35] [[name:Becca]]: [[name:Lauren]] from {{fundraising}} says yes but NO photos of his face on {{socials}} without the {{consent form}}
        [[[date:20/09/2024]], 16:36] [[name:Jonno]]: 👍 I'll bring cake

        Logged in the {{good news}} log by [[name:Becca]]. [[name:Tomás]] and his {{partner}} visited on [[date:3 October]] and met all four crew.
    """)),
    ("aviation", "near_miss", block("""
        Pilot duty check - w/e [[date:11/08/24]] (from rostering, local times)
        {{Pilot}}	Mon	Tue	Wed	Thu	Fri	{{Duty hrs}}
        [[name:M. Sato]]	07-19	07-19	OFF	19-07	OFF	36
        [[name:G. Bowen-Jones]]	OFF	19-07	19-07	OFF	07-19	36
        [[name:Ewa K]]	07-19	OFF	07-19	19-07	07-19	48

        Note ([[name:Claire]], {{rostering}}): [[name:Ewa K]] swapped Fri day with [[name:Gaz]] ([[name:G. Bowen-Jones]]) over WhatsApp and it was typed into the {{roster}} by hand, so the {{FTL}} check never ran. {{Thu night}} ends 07:00 Fri and Fri day starts 07:00 = no {{minimum rest}}. Spotted Thursday 15:00 on my manual {{FDP}} check. [[name:Gaz]] kept his original Friday. Near miss, not an exceedance. Action: all swaps go through the {{rostering system}} so the {{rules engine}} checks them.
    """)),
    ("aviation", "incident", prose("""
        On [[date:28 January 2024]] [[aircraft_registration:G-TCAV]] conveyed an adult male from an {{RTC}} to
        the [[organisation:Royal Severn Infirmary]] helipad. At handover the {{trauma team}} were given a
        printed {{ePCR}} summary showing the patient as [[name:Stanley Burrows]], NHS
        [[nhs_number:527 635 6262]], DOB [[date_of_birth:03/05/1948]]. These were the details of the
        patient from the previous job: the tablet had carried the demographics over when the new record
        was opened with "copy from last". The actual patient was [[name:Adrian Kaczmarek]] ([[age:41]]). ED
        registered him under the wrong name and a {{group and save}} sample was labelled with
        Mr [[name:Burrows]]'s details. Caught three hours later when [[name:Adrian]]'s partner arrived. No
        transfusion had been given. {{Duty of Candour}} conversations held with both families. Learning:
        "copy from last" removed from the {{ePCR}} template; crews to hand over as an {{unknown patient}}
        with the {{trauma number}} until identity is confirmed.
    """)),
    ("aviation", "near_miss", block("""
        [[flight_number:Helimed 44]] - chronology, [[date:12 Dec 2023]] (local)
        18:40 tasked from [[organisation:Cobham Down]] to {{cardiac arrest}}, [[address:Tor View Farm, Lydford]]
        18:42 PIC [[name:O. Brennan]] accepted. {{Fuel}} 420 kg. {{TAF}} {{cloud base}} 1200 ft, tempo 700
        19:02 on scene, {{ROSC}} by land crew
        19:40 lifted with patient for [[organisation:Royal Tamar Hospital]]. Drizzle, base lowering
        19:48 cloud on the ridge ahead - PIC turned back to lower ground, fuel 260 kg
        19:55 decided to land at [[organisation:Lydford Rugby Club]], patient to road
        20:10 landed, patient handed to {{DCA}} crew ([[name:Kev]] & [[name:Hollie]]) with Dr [[name:Farah]] travelling
        21:30 repositioned to base, 140 kg on landing, above {{final reserve}}

        Near miss: {{inadvertent IMC}} risk. [[name:Brennan]] says the decision to lift was influenced by the patient ("we'd got ROSC, didn't want to lose it"). Learning: set the {{weather minima}} before lifting from scene and say them out loud.
    """)),
    ("aviation", "success", prose("""
        Night debrief, [[date:5/6 November]], [[flight_number:Helimed 52]]. Crew: [[name:Ollie Fairweather]]
        (pilot), [[name:Sunita Dhar]] ({{CCP}}), Dr [[name:Grace Lim]]. Tasked 21:55 to a [[age:15-year-old]]
        with a {{firework}} injury to his hand and face at [[address:Kingsmead Recreation Ground]]. Unlit
        site, crowd still on the field. What went well: [[name:Ollie]] landed on {{NVG}} using the fire
        service's vehicle lights as markers after a two-pass {{recce}}; [[name:Sunita]] and [[name:Grace]]
        had a {{tourniquet}} on and {{ketamine}} analgesia within eight minutes; [[name:Grace]] called the
        {{burns centre}} from scene so a bed was ready. Patient flown direct, {{door to theatre}} 71 min.
        Even better if: the police cordon was too close to the {{HLS}} - [[name:Ollie]] had to ask twice.
        Mum emailed the charity to thank "the lady doctor and the man with the helmet".
    """)),
    ("aviation", "near_miss", block("""
        #ops-safety
        [[name:dom.k]] 14:22  heads up - on finals into the {{HLS}} at [[organisation:Millbrook Leisure Centre]] earlier [[name:Fi]] spotted a {{drone}} at ~300ft just off the nose
        [[name:Fiona Adebayo-Lowe]] 14:25  yeah it was hovering right over the car park filming us. we went around and came in from the east
        [[name:Aled]] 14:31  thanks both. police on scene found the operator, his {{Flyer ID}} was [[case_reference:GBR-RP-7XK2M9Q4T]]. he said he "wanted footage for his channel"
        [[name:dom.k]] 14:33  closest about 50m horizontally I reckon
        [[name:Aled]] 14:40  {{Airprox}} filed, {{CAA}} informed. Police dealing under the {{Air Navigation Order}}. Going in the {{safety bulletin}} - if you see a drone on finals, {{go around}} first, report second
        [[name:Fiona Adebayo-Lowe]] 14:41  👍 also that HLS needs a note about the car park
    """)),
    ("aviation", "success", block("""
        Blood product traceability - quarterly audit, Q2
        Base: [[organisation:Hawkridge]]   Auditor: [[name:Ifeoma Chukwu]] ({{Blood Lead}})
        Units carried: 112 ({{red cells}} 64, {{plasma}} 48)
        Units transfused: 9 (5 patients)
        Traceability complete: 9/9 (100%) - first quarter at 100%
        Returned to [[organisation:Royal Severn]] {{transfusion lab}} in {{cold chain}}: 103/103

        Example record (internal copy only, not for the {{bulletin}}):
        Patient: [[name:Barry Whitcombe]]  NHS [[nhs_number:966 062 5227]]  DOB [[date_of_birth:21/11/1962]]  Units: 2 red cells, 1 plasma, tag returned 02:10

        What changed: {{tear-off label}} on the {{blood box}} that goes into the patient's notes, introduced after [[name:Ifeoma]]'s {{QI project}}; the lab ([[name:Hywel]]) now rings base if a {{traceability tag}} is not back within 24 hrs.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind197", REPORTS))
