"""Held-out blind corpus 310: fifty invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well
de-identification generalises. Three settings, all people, organisations, places and numbers
invented:

* social_care (17): an unaccompanied asylum-seeking children (UASC) team in a local authority;
* health (17): an adult hospice (inpatient unit, Hospice at Home, day therapy);
* aviation (16): long-haul cabin crew.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack) with handles, handover notes, minutes with
attendance and apologies, pipe-separated and aligned tables, call and RT transcripts, shout-outs
and thank-you notes. `[[label:value]]` marks identifiers and `{{term}}` must-not-redact mentions.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind310.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (UASC team)
    ("social_care", "incident", prose("""
        quick note b4 i forget - [[name:abdi w]] didnt come back to [[organisation:kestrel house]]
        last nite. {{night staff}} rang {{EDT}} approx {{0215}}, {{missing from care}} procedure
        started + police log no. [[case_reference:CAD 0419]]. hes claimed [[age:16]] but
        {{age assessment}} still not booked. [[name:abdi]] turned up at the {{mosque}} on
        [[address:Carver Rd]] about 9ish with anothr lad, [[name:yonas]]?? who says hes placed at
        [[organisation:Fernleigh Lodge]] but tbh not sure thats right. no {{interpreter}} avail so
        {{day staff}} used {{google translate}} for the {{RHI}} which i know isnt ok. needs
        {{Somali}} interp booked + {{return home interview}} redone properly. also his {{BRP}}
        apparently lost again (3rd time??). can {{duty SW}} pls ring [[name:Sunny]] at the house
        on [[phone:07700 900417]] b4 12. ta [[name:kc]]
    """)),
    ("social_care", "near_miss", prose("""
        Near miss – age-disputed young person nearly accommodated with adults. Ref
        [[case_reference:UASC/24/0311]]. On [[date:14 February 2024]] the {{Home Office}} notified
        the {{duty desk}} that a young man, [[name:Hamid Rahimi]], had presented at
        [[organisation:Brackenmoor Central Police Station]]. {{Immigration officers}} had recorded a
        date of birth of [[date_of_birth:01/01/2005]], treating him as an adult, and a room had
        been booked at a {{contingency hotel}}. Through a {{Dari}} {{interpreter}} [[name:Hamid]]
        said he was [[age:15]] and had left {{Afghanistan}} with his uncle. The
        {{senior practitioner}}, [[name:Faith Adeyemi]], challenged the decision the same evening:
        where age is in doubt the young person must be treated as a child until a
        {{Merton-compliant}} {{age assessment}} is completed. [[name:Hamid]] was instead placed in
        {{emergency foster care}} with [[name:Will]] and [[name:Rose Hartigan]] of
        [[organisation:Greystone Fostering]]. Had the hotel booking gone ahead he would have shared
        a room with two unrelated adult men. Learning: a {{Home Office}} date of birth is an
        administrative estimate, not an assessment; {{duty workers}} should escalate to a
        {{team manager}} rather than accept it.
    """)),
    ("social_care", "success", block("""
        Teams – {{UASC}} team chat (exported for the {{good practice log}})
        [09:14] [[name:Grace Obi]]: massive shout out to @[[name:Mark Tunstall]] for getting [[name:Dawit]] a place at [[organisation:Saltmarsh College]] 🙌 {{ESOL}} {{Entry 3}} plus maths
        [09:15] [[name:Mark Tunstall]]: ha cheers, [[name:Dawit]] did the hard bit, he smashed the {{initial assessment}}
        [09:16] [[name:Priyanka Sehgal]]: legend. is he still on the {{waiting list}} for {{CAMHS}}?
        [09:18] [[name:Grace Obi]]: yep but the {{GP}} at [[organisation:Linden Park Medical Centre]] did his {{IHA}} last wk and referred him to the {{refugee health}} clinic
        [09:19] [[name:Mark Tunstall]]: his {{PA}} [[name:joy]] is sorting the bus pass, he starts [[date:Mon 9th]]
        [09:20] [[name:Priyanka Sehgal]]: brilliant. adding to {{team meeting}} minutes under good news 👏
    """)),
    ("social_care", "incident", block("""
        {{INCIDENT REPORT}} – {{Children's Services}}
        Child's name: [[name:Eltion Hoxha]]
        DOB (claimed): [[date_of_birth:22/07/2008]]
        Ref: [[case_reference:LCS-884120]]
        Placement address: [[address:Flat 3, 41 Cobden Terrace, Brackenmoor]] [[postcode:BK7 2NQ]]
        Date of incident: [[date:03/03/2024]]
        Reported by: [[name:Pat Mulroney]], {{residential support worker}}
        Details: For the second time this week a silver {{Audi}} reg [[vehicle_registration:WN68 KZT]]
        was parked outside the flat around {{22:00}}. [[name:Eltion]] went out to speak to the two men
        and came back with a new phone and £50. He told staff they are "cousins" who have offered him
        cash work at a {{car wash}}. Concern for {{criminal exploitation}} / {{modern slavery}}.
        Police informed, log [[case_reference:NM-2203-117]]. {{Albanian}} {{interpreter}} used by
        phone for a {{welfare check}}. {{NRM}} referral and {{strategy meeting}} to be discussed with
        {{team manager}}; {{DSL}} at college informed.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Joanna Kowalczyk]] <[[email:joanna.kowalczyk@brackenmoor.gov.uk]]>
        To: UASC Duty <[[email:uasc.duty@brackenmoor.gov.uk]]>
        Date: [[date:9 April 2024]] 16:52
        Subject: Near miss – wrong interpreter language for {{LAC review}}

        Hi all,

        Flagging a near miss from this morning's {{LAC review}} for [[name:Rezan]]
        ([[case_reference:UASC/23/1187]]). The booking had {{Farsi}} rather than {{Kurdish Sorani}}.
        [[name:Rezan]] understands some {{Farsi}} and was nodding along, but the {{IRO}},
        Mr [[name:Lindqvist]], noticed he couldn't answer open questions and paused the meeting. We
        rebooked a {{Sorani}} interpreter through [[organisation:LinguaBridge Ltd]] for
        [[date:Friday 12th]].

        Learning: confirm language AND dialect with the young person directly – don't copy it from
        the {{Home Office}} {{screening interview}}.

        Thanks,
        [[name:Jo]]

        [[name:Joanna Kowalczyk]]
        {{Social Worker}}, [[organisation:Brackenmoor UASC Team]]
        [[phone:0161 496 0382]]
    """)),
    ("social_care", "success", block("""
        Thank-you card (copied to the learning log with the young person's permission)

        To [[name:Hope]] and everyone in the team,
        Thank you for believing me when nobody did. When I came I was very scared and the police
        said I was a man. Now I am in {{Year 11}} at [[organisation:St Anselm's Academy]] and I want
        to be a nurse. Thank you for the football boots and for coming to court with me.
        From [[name:Bilal]]

        {{Team manager}} note: [[name:Hope]] supported [[name:Bilal]] through a disputed
        {{age assessment}} and a {{judicial review}}; the court accepted his claimed age of
        [[age:15]]. Good practice points: same {{social worker}} throughout, a {{Pashto}}
        {{interpreter}} of his choosing (male), and a {{trauma-informed}} approach agreed with
        {{CAMHS}}. Shared at {{practice week}} on [[date:2 October]].
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY – [[name:Minh Anh Tran]] ([[age:16yo]]) – {{missing episode}} [[date:Tues 4 June]]
        07:50  [[name:Lucía Fernández]] ({{key worker}}) finds [[name:Minh]]'s bed not slept in at [[organisation:Kestrel House]].
        08:05  [[name:Minh]]'s mobile [[phone:07700 900583]] rung – switched off.
        08:20  Reported missing to police, ref [[case_reference:MP/2406/0877]].
        10:10  {{Duty SW}} [[name:Tomasz]] informed; {{strategy discussion}} requested via {{MASH}}.
        13:30  Police locate [[name:Minh]] at a {{nail bar}} on [[address:Halliwell Street]], working.
        15:00  {{Return home interview}} with {{Vietnamese}} {{interpreter}} by phone. [[name:Minh]] says an "uncle" paid for his journey and he owes £12,000.
        16:45  {{NRM}} referral submitted by [[name:T. Wiśniewski]].
        17:30  {{Safety plan}} updated; phone checks agreed with {{foster carer}}.
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp export – {{foster carer}} / {{supervising social worker}}
        [[[date:12/03/2024]], 18:02] [[name:Amber Whitlock]]: hi [[name:Dan]] sorry to msg out of hours. man at the door says hes [[name:Yusuf]]'s solicitor from [[organisation:Ashby & Qureshi]], wants his {{ARC card}} and all his {{Home Office}} letters
        [[[date:12/03/2024]], 18:04] [[name:Dan Okoro]]: DON'T give him anything. they never do home visits without us. did he give a name?
        [[[date:12/03/2024]], 18:06] [[name:Amber Whitlock]]: said Mr [[name:Darvishi]]. no ID badge. told him come back tmrw
        [[[date:12/03/2024]], 18:07] [[name:Dan Okoro]]: perfect. if he comes back get the car reg pls
        [[[date:12/03/2024]], 18:15] [[name:Amber Whitlock]]: black {{VW Golf}} [[vehicle_registration:YD21 HPV]] sat outside 10 mins
        [[[date:13/03/2024]], 09:41] [[name:Dan Okoro]]: firm confirm nobody called [[name:Darvishi]] works there. passed to {{MASH}} + police as {{exploitation}} concern. thank u for trusting ur gut
    """)),
    ("social_care", "success", block("""
        [[organisation:Brackenmoor UASC Team]] – Learning & Good Practice Meeting
        Date: [[date:21 May 2024]], {{Room 4}}, {{Civic Centre}}
        Present: [[name:Faith Adeyemi]] (chair), [[name:Grace Obi]], [[name:Mark Tunstall]], [[name:Ayşe Demir]], [[name:JK]], [[name:Olu]] (minutes)
        Apologies: [[name:Priyanka Sehgal]], [[name:Will Pryce]]

        1. Family tracing – [[name:Ayşe]] reported that [[name:Senait]] ([[age:17]]) spoke to her
        mother by video on [[date:17 May]] for the first time in two years, after a {{Red Cross}}
        {{family tracing}} request made at her first {{LAC review}}. [[name:Senait]]'s
        {{foster carer}} Mrs [[name:Bekele]] sat with her throughout. Learning: ask about family
        tracing at every review, not only on arrival.
        2. {{Pathway Plan}} template – [[name:JK]] to circulate the {{Tigrinya}} and {{Arabic}}
        versions by [[date:7 June]].
        3. AOB – none.
    """)),
    ("social_care", "incident", block("""
        HANDOVER nights → days, [[organisation:Northgate Lodgings]], [[date:Sat 16/11]]
        Rm 2 [[name:Ahmad]] – settled, {{ESOL}} homework done, asked about {{Eid}} food again
        Rm 4 [[name:Kidane]] – burn to R hand approx 23:30, oil from frying pan. Cooled under tap 20 mins, rang {{111}}, advised {{minor injuries unit}} in the morning. {{Body map}} done, incident ref [[case_reference:IR-24-3391]]. Needs {{Tigrinya}} interp for {{MIU}}, he's anxious about hospitals
        Rm 5 [[name:Sherzad]] – back 01:10, curfew 23:00, says he was at friend [[name:Soran]]'s – address not given, {{Duty SW}} informed
        Kitchen smoke alarm chirping → {{maintenance}} job logged
        Staff on: [[name:Bill]] / [[name:Nadia H]]
        Handed to: [[name:sunny]]
    """)),
    ("social_care", "near_miss", block("""
        {{NTS}} transfer tracker – near miss raised by [[name:Rosa Mendes]], [[date:28/08/2024]]

        Ref       | YP   | Age | Receiving LA                               | Status
        [[case_reference:NTS-5521]] | [[name:H.A.]] | [[age:16]] | [[organisation:Coldharbour County Council]] | transferred
        [[case_reference:NTS-5522]] | [[name:M.S.]] | [[age:17]] | [[organisation:Coldharbour County Council]] | transferred
        [[case_reference:NTS-5524]] | [[name:A.Y.]] | [[age:14]] | [[organisation:Eastwold Borough Council]]   | pending

        What happened: both boys travelled in the same taxi. The {{health passport}} and {{IHA}}
        summary in [[name:M.S.]]'s envelope belonged to [[name:H.A.]] – same surname, different
        {{date of birth}}. Receiving {{social worker}} [[name:Sunny Bhatt]] spotted the mismatch at
        handover before anything was filed. Learning: {{NTS}} paperwork to be checked against the
        {{Home Office}} ref AND photo by two staff before sealing; for [[case_reference:NTS-5524]]
        this is now done.
    """)),
    ("social_care", "success", prose("""
        Good practice – first night for a late arrival. At {{02:10}} on [[date:Sunday 7 July]] the
        {{Emergency Duty Team}} was contacted by {{Border Force}} about a boy, [[name:Samir Haddad]],
        who gave his age as [[age:13]]. {{EDT}} worker [[name:Gwen Llewellyn]] collected him herself
        rather than sending a taxi, brought a {{welcome pack}} with {{Arabic}} information sheets,
        spare clothes and a phone charger, and stayed with him at the placement with
        {{foster carers}} Mr and Mrs [[name:Oyelaran]] until he fell asleep. Next morning
        {{day duty}} confirmed a {{Section 20}} placement, booked the {{initial health assessment}}
        and {{TB screening}} within 48 hours, and made an appointment with the {{Refugee Council}}
        children's advice project. [[name:Samir]] told his {{IRO}} at his first review that "the
        lady with the bag" made him feel safe. Learning: {{EDT}} to keep two welcome packs in the
        duty car; [[name:Gwen]] has updated the handbook.
    """)),
    ("social_care", "incident", block("""
        From: [[email:s.achterberg@saltmarsh.ac.uk]]
        To: [[name:Grace Obi]]
        Cc: {{DSL}} team
        Subject: Incident on the bus – [[name:Rahel]] ({{ESOL}})

        Hi [[name:Grace]],

        Just to let you know [[name:Rahel]] came into {{student services}} at 9.15 today
        ([[date:Thursday 10 October]]) upset after two older students from another college shouted
        racist abuse and pulled her {{hijab}} on the bus. She has a graze on her cheek. First aid
        given; I have reported it to police (ref [[case_reference:PR-41197-24]]). She didn't want
        her {{foster carer}} called but agreed I could tell you. We have arranged for a
        {{peer mentor}} to travel with her this week. Could you let me know when her next
        {{Personal Education Plan}} meeting is?

        Kind regards
        [[name:Sanne Achterberg]]
        {{Designated Safeguarding Lead}}
        [[organisation:Saltmarsh College]] | [[phone:01632 960118]]
    """)),
    ("social_care", "near_miss", prose("""
        near miss - [[name:rashid]]'s {{SEF}} was due back to the {{HO}} on [[date:28th]] and wasnt
        in anyones diary. only picked up cos his solicitor ms [[name:farah]] rang on the
        [[date:24th]] asking if we'd done the {{witness statement}} bit. allocated {{SW}} on leave
        and no cover plan. me n [[name:Ozzy]] did it with him and a {{Pashto}} interp over 2 days,
        sent [[date:27/6]]. if it had been missed his claim cud have been treated as withdrawn.
        learning: ALL {{Home Office}} deadlines into the shared {{UASC}} calendar not just personal
        {{Outlook}}, + {{TM}} to check leave cover plans. HO ref [[case_reference:R1184522]]
    """)),
    ("social_care", "success", block("""
        Slack – #uasc-wins
        [[name:faith.adeyemi]]  10:02 AM
        Shout-out to @[[name:hope.mensah]] and @[[name:ozzy.c]] 🎉 after 5 months of emails the brothers [[name:Abdullah]] ([[age:12]]) and [[name:Mustafa]] ([[age:16]]) moved in together yesterday with carers in [[organisation:Eastwold Borough Council]]'s area. [[name:Hope]] pushed the {{ADCS}} protocol and got {{legal}} to agree a {{Section 20}} transfer, [[name:Ozzy]] did the school moves so neither boy missed a day 👏
        [[name:hope.mensah]]  10:05 AM
        ahh thanks! [[name:Mustafa]] cried when he saw the room lol. {{IRO}} [[name:Dermot]] was great too
        [[name:ozzy.c]]  10:07 AM
        team effort 💪 {{PEP}} for [[name:Abdullah]] at [[organisation:Wyvern Primary]] on the [[date:19th]]
    """)),
    ("social_care", "incident", block("""
        Call transcript (recorded line) – {{duty desk}}, [[date:02/09/2024]] 11:26
        Caller: [[name:Ahmed Nuur]], {{interpreter}} ([[organisation:LinguaBridge Ltd]])
        [[name:AN]]: Hello, I interpreted for a boy on Friday, [[name:Liban]]. His family's friend asked me where he is living so I told them the street, [[address:Cobden Terrace]].
        Duty {{SW}} ([[name:Kerry-Ann Blake]]): Can I ask who asked you?
        [[name:AN]]: A man from the community, Mr [[name:Jama]]. He said he is an uncle.
        [[name:KB]]: Okay. [[name:Liban]]'s placement is confidential; there is a {{risk assessment}} because of {{trafficking}} concerns. Did you give the house number?
        [[name:AN]]: No, only the street.
        [[name:KB]]: Thank you for telling us. I have to record this as a {{data breach}}.
        Outcome: {{team manager}} informed, {{risk assessment}} reviewed same day; [[name:Liban]] moved to an {{emergency placement}}. [[organisation:LinguaBridge Ltd]] notified, breach log [[case_reference:DB-2024-061]].
    """)),
    ("social_care", "incident", block("""
        {{Data breach}} / incident form
        Name: [[name:Mohammed Al-Tayeb]]
        DOB: [[date_of_birth:05/11/2004]]   Age: [[age:19]]
        Ref: [[case_reference:CL-20331]]
        NI no: [[ni_number:JT 48 21 93 B]]
        Address: [[address:12 Pell Gardens, Wrenmouth]] [[postcode:WR3 9LA]]
        Reported by: [[name:Will Pryce]], {{Personal Adviser}} ({{Leaving Care}})
        What happened: a letter confirming [[name:Mohammed]]'s {{setting-up home allowance}} included
        his full NI number and was posted to his previous {{supported lodgings}} at
        [[address:7 Ashgrove Close]] on [[date:18 January]]. The provider there, Mrs [[name:Dunmore]],
        opened it and returned it to the office. [[name:Mohammed]] was told the same day and offered
        help to check his {{DWP}} and {{Universal Credit}} accounts. Cause: address not updated on
        {{LCS}} after his move. Action: {{PA}} move checklist now includes updating every system.
    """)),
    # ------------------------------------------------------------------ health (adult hospice)
    ("health", "incident", prose("""
        syringe driver issue overnight - {{bed 6}} mr [[name:okonkwo]]. {{T34}} alarmed at
        {{0320}} 'near end' but had only been running 14hrs, battery flat. new battery in +
        restarted but hed missed approx 1.5hrs of {{morphine}}/{{midazolam}} & was agitated +
        in pain. gave {{PRN}} {{morphine}} 2.5mg {{sc}} at {{0335}} w/ good effect. his wife
        [[name:ngozi]] was staying over and v upset, explained + apologised. battery log not signed
        since {{Saturday}}. pls can {{day team}} check all the {{T34}}s on {{IPU}}, think spares in
        the {{treatment room}} are old stock. datix done [[case_reference:W-31877]].
        [[name:becca]] ({{SN}})
    """)),
    ("health", "near_miss", prose("""
        Near miss: {{ReSPECT}} form nearly filed in the wrong record. On [[date:6 March]] two
        patients were admitted to the {{inpatient unit}} within an hour: Mr [[name:John Hope]]
        ([[age:81]], {{Bay 2}}) and Mrs [[name:Joan Hopewell]] ([[age:79]], {{Room 9}}).
        Mrs [[name:Hopewell]] arrived with a completed {{ReSPECT form}} recording a {{DNACPR}}
        decision; Mr [[name:Hope]] had not yet had that conversation and was for full escalation
        pending review. The {{ward clerk}} scanned the form into Mr [[name:Hope]]'s electronic record
        because the two surnames sat next to each other on the {{bed board}}. {{Staff nurse}}
        [[name:Grace Liddell]] noticed the mismatch at the {{safety huddle}} when checking hospital
        numbers ([[case_reference:RGH0048213]] vs [[case_reference:RGH0048231]]) and it was
        corrected before any decision relied on it. Learning: similar-name alert on the
        {{bed board}}; documents scanned only after two identifiers are checked (name plus
        {{NHS number}}). Reported by Dr [[name:Sibusiso Ndlovu]], {{specialty doctor}}.
    """)),
    ("health", "success", block("""
        Teams – {{IPU}} nurses chat
        [[name:Marisol Cruz]]  14:02
        Just want to say THANK YOU to [[name:Rhiannon]] 💐 she organised [[name:Derek]]'s wedding to [[name:Pam]] in the {{day room}} in under 24 hrs!! {{Registrar General's licence}}, cake from [[organisation:Crumbs Bakery]], the lot
        [[name:Kwame Asante]]  14:05
        honestly incredible. {{chaplain}} said it was the loveliest service she's done
        [[name:Rhiannon Pugh]]  14:09
        aww it was a team effort, the {{HCAs}} did his hair and [[name:Bill]] from {{Facilities}} moved all the chairs. [[name:Derek]] had his {{syringe driver}} in a little bag with a bow on 😭
        [[name:Marisol Cruz]]  14:11
        putting it forward for {{Learning from Excellence}}. [[name:Pam]] said [[date:Friday 14 June]] was the best day of her life
    """)),
    ("health", "incident", block("""
        INCIDENT FORM – [[organisation:St Elspeth's Hospice]]
        Patient: [[name:Margaret Sutcliffe]] (known as [[name:Peggy]])
        DOB: [[date_of_birth:14/09/1941]]
        NHS no: [[nhs_number:576 329 4254]]
        Hosp no: [[case_reference:SEH-10442]]
        Address: [[address:22 Quarry Lane, Ravensholme]] [[postcode:RV4 6DW]]
        Date/time: [[date:19/04/2024]] 02:40
        Location: {{Room 3}}, {{IPU}}
        Description: Found on the floor beside her bed by {{HCA}} [[name:Tariq]] during 2-hourly
        checks. {{Bed rails}} not in use as per risk assessment ({{falls risk}} high, {{delirium}}).
        {{Low-low bed}} left at working height after {{pad change}} at 01:30. [[name:Peggy]] had a
        {{skin tear}} to L forearm and complained of hip pain. {{Doctor on call}} Dr [[name:Farouk]]
        reviewed at 03:10; no shortening or rotation, {{X-ray}} not in keeping with her goals of
        care. Daughter [[name:Lynne]] informed at 08:00 by {{nurse in charge}}.
        Incident ref: [[case_reference:W-31902]]
    """)),
    ("health", "near_miss", block("""
        From: [[name:Anjali Raman]] <[[email:a.raman@stelspeths.org.uk]]>
        To: {{IPU}} Nursing Team
        Date: [[date:Wed 22 May]]
        Subject: Near miss – {{oxycodone}} concentrate ([[case_reference:W-32015]])

        Hi everyone,

        Sharing a near miss so we can all learn. During the 14:00 {{CD}} round a nurse drew up
        {{oxycodone}} 10 mg/ml {{oral solution}} (the concentrate) for a patient prescribed 5 mg of
        the 1 mg/ml liquid. The second checker, [[name:Femi]], queried the volume (0.5 ml looked too
        small) and the dose was discarded and witnessed in the {{CD register}} before anything was
        given. Both bottles were stored side by side in the {{CD cupboard}}.

        Actions: concentrate moved to a separate shelf with a red "{{HIGH STRENGTH}}" label;
        {{pharmacist}} Mr [[name:Osei-Bonsu]] is reviewing whether we need to stock it at all.

        [[name:Anjali]]

        [[name:Anjali Raman]]
        {{Clinical Nurse Manager}}, {{Inpatient Unit}}
        [[organisation:St Elspeth's Hospice]] · [[phone:01632 960457]]
    """)),
    ("health", "success", block("""
        {{MDT}} learning review – rapid discharge home ({{fast track}})
        Date: [[date:11/07/2024]]
        Attendees: Dr [[name:Helen Marsh]] ({{consultant}}), [[name:Ifeoma Chukwu]] ({{discharge coordinator}}), [[name:Dawn]] ({{OT}}), [[name:Stanisław Nowak]] ({{Hospice at Home}}), [[name:R. Patel]] ({{social worker}})
        Apologies: [[name:Marisol Cruz]], {{GP}} liaison

        Summary: at 09:00 Mr [[name:Brennan]] ([[age:67]], {{MND}}) told staff he wanted to die at
        home with his dog. By 15:30 he was home: {{CHC Fast Track}} funding agreed by phone,
        {{hospital bed}} and {{pressure-relieving mattress}} delivered by
        [[organisation:MediLoan Equipment]], {{anticipatory medicines}} collected from
        [[organisation:Fairweather Pharmacy]], and the {{district nurses}} at
        [[organisation:Meadowbank Surgery]] briefed. [[name:Stan]] visited that evening. Mr
        [[name:Brennan]] died peacefully at home on [[date:13 July]].
        What went well: one named coordinator ([[name:Ifeoma]]) holding the checklist; transport
        booked before the {{TTOs}} were ready.
    """)),
    ("health", "incident", block("""
        Timeline – property of deceased patient [[name:Eileen Fairbrother]], {{Room 11}}
        [[date:Sun 3rd March]]
        05:15  [[name:Eileen]] died, son [[name:Gareth]] present.
        05:40  {{Verification of death}} by [[name:Chidi Eze]] ({{RN}}).
        06:30  {{Last offices}} by [[name:Chidi]] and {{HCA}} [[name:Joy]]. Property list: "yellow metal wedding band, L hand".
        09:10  Collected by [[organisation:Pennington & Daughters]] (private ambulance [[vehicle_registration:RV19 FDP]]).
        [[date:Mon 4th]]
        11:00  [[name:Gareth]] collects property bag – ring not in it.
        11:45  Funeral director confirms no ring on arrival.
        12:30  Search of room, linen skip and {{sluice}} – not found.
        Datix [[case_reference:W-31650]]; police ref [[case_reference:RV-24-03-0592]]. {{Duty of Candour}} conversation with [[name:Gareth]] by {{Head of Nursing}}.
        Learning: rings removed in front of two staff and family (or taped if family prefer) and signed for.
    """)),
    ("health", "near_miss", block("""
        {{SBAR}} handover – {{IPU}} – lates to nights [[date:27/02]]
        Bed 1 – [[name:Ted Whitmore]], [[age:78]], {{Ca lung}} with {{bone mets}}. Comfortable, {{PRN}} x1 this shift. Wife [[name:Rosemary]] staying.
        Bed 2 – Mrs [[name:Balwinder Kaur]], [[age:64]], {{Ca ovary}}, admitted today from [[organisation:Cavell Ward]], [[organisation:Ravensholme General Hospital]]. NEAR MISS: transfer letter said {{NKDA}} but pt and daughter say {{penicillin}} → anaphylaxis. {{Co-amoxiclav}} prescribed for {{UTI}} – NOT given, caught by {{pharmacist}} [[name:Lars]] on {{med rec}}. Allergy band on, {{EPMA}} updated, Dr [[name:Ndlovu]] aware, alternative prescribed. Datix [[case_reference:W-31788]].
        Bed 3 – empty, deep clean done.
        Bed 4 – [[name:Bernie Quigg]], [[age:52]], {{MND}}, {{NIV}} overnight, {{PEG}} feed 22:00–06:00.
        Given by [[name:Sandra]] to [[name:Obi]]
    """)),
    ("health", "success", block("""
        Card received by {{Day Therapy}} (shared with permission)

        Dear all at [[organisation:St Elspeth's Hospice]],
        Mum ([[name:Dorota]]) loved her {{Thursdays}} with you. Thank you [[name:Pat]] for the
        {{art therapy}}, [[name:Faith]] and [[name:Sunny]] on reception for always remembering her
        tea with lemon, and Nurse [[name:Kasia]] who spoke Polish to her when the {{dementia}} took
        her English away. The hand massages from the {{complementary therapy}} volunteers helped her
        {{lymphoedema}} more than anything. She died at home on [[date:2 June]], as she wanted, with
        the {{Hospice at Home}} team.
        With love, [[name:Agnieszka]] and [[name:Tomek Zielinski]]

        Manager's note: to be read out at the next {{Schwartz Round}}.
    """)),
    ("health", "incident", block("""
        {{Pressure ulcer}} incidents – {{IPU}} – quarterly review ({{Tissue Viability}})
        | Date | Patient | NHS no | Category | Acquired | Datix |
        | [[date:04/04]] | [[name:K. Oduya]] | [[nhs_number:454 714 0618]] | {{Cat 2}} sacrum | hospice | [[case_reference:W-31701]] |
        | [[date:17/05]] | [[name:Rose Ellery]] | [[nhs_number:775 956 2640]] | {{DTI}} heels | hospice | [[case_reference:W-31866]] |
        | [[date:02/06]] | [[name:M. Abubakar]] | [[nhs_number:971 707 2191]] | {{Cat 3}} sacrum | on admission | [[case_reference:W-31940]] |
        Findings: in both hospice-acquired cases {{Waterlow}} was not repeated after deterioration.
        For Mrs [[name:Ellery]] heel-offloading boots were prescribed but not on. Reviewed by
        [[name:Aoife Gallagher]], {{TVN}}.
        Actions: {{SSKIN}} bundle at every {{intentional rounding}}; monthly mattress audit.
    """)),
    ("health", "near_miss", block("""
        WhatsApp – H@H nights 🌙
        [[[date:08/01/2024]], 23:12] [[name:Stan Nowak]]: at Mrs [[name:Price]]'s, [[address:Flat 14, Lowther Court]], car [[vehicle_registration:LM20 ZXR]] outside. will text when out
        [[[date:09/01/2024]], 00:45] [[name:Lorna]]: [[name:Stan]] u ok? no check-out msg
        [[[date:09/01/2024]], 00:52] [[name:Lorna]]: rung x2 no answer. escalating per {{lone worker policy}}
        [[[date:09/01/2024]], 00:58] [[name:Stan Nowak]]: sorry sorry!! all ok. phone died, no charger. pt passed 00:20, did {{verification}} with family there. using daughters phone
        [[[date:09/01/2024]], 01:01] [[name:Lorna]]: phew 😅 glad ur ok. pls take a {{power bank}} from the office. putting in the {{learning log}} – we were 5 mins off ringing police
    """)),
    ("health", "incident", prose("""
        Incident summary – {{Hospice at Home}}. On [[date:Tuesday 30 January]] Mr
        [[name:Arjun Mehta]] ([[age:59]], {{Ca pancreas}}, NHS [[nhs_number:652 292 0271]]), at home
        in [[address:Orchard Way, Kelbrook]], was given {{morphine sulfate}} 25 mg {{subcut}} by an
        out-of-hours nurse from [[organisation:Kelbrook Urgent Care]]. His
        {{anticipatory medicines}} authorisation chart, written by the {{GP}} at
        [[organisation:Kelbrook Health Centre]] the previous day, read "25 mg" where 2.5 mg was
        intended. Mr [[name:Mehta]] became very drowsy with a {{respiratory rate}} of 8; in line with
        his wishes {{naloxone}} was not given and he recovered over six hours. His wife
        [[name:Sunita]] was informed under {{Duty of Candour}}. Graded moderate harm, Datix
        [[case_reference:W-31592]]. Learning: the first visiting nurse checks every
        {{anticipatory prescribing}} chart against the {{palliative care formulary}} before use;
        the practice is completing a {{significant event analysis}}.
    """)),
    ("health", "success", block("""
        ⭐ STAR OF THE MONTH – {{March}}
        Nominee: [[name:Rosa-Maria Ilie]], {{Housekeeper}}, {{IPU}}
        Nominated by: Dr [[name:Helen Marsh]]
        "[[name:Rosa-Maria]] noticed that Mr [[name:Ahmadi]]'s family had been sleeping in the
        {{relatives' room}} chairs for four nights and weren't eating because they were fasting for
        {{Ramadan}}. Without being asked she arranged {{iftar}} trays from the kitchen at sunset,
        found a {{prayer mat}} and the {{qibla}} direction for the {{Quiet Room}}, and asked
        {{chaplaincy}} to contact the imam at [[organisation:Ravensholme Central Mosque]]. The family
        wrote to say they felt 'held'. This is what our values of {{Compassion}}, {{Dignity}} and
        {{Respect}} look like."
    """)),
    ("health", "incident", prose("""
        needlestick 😩 resiting {{sc}} {{butterfly}} on mr [[name:doyle]] {{bed 4}} about {{1530}}.
        he startled + pulled his arm, needle went into my L thumb thru glove. bled it, washed,
        covered. rang {{occ health}} ([[organisation:Medwell OH]]) who said go to {{A&E}} at
        [[organisation:Ravensholme General]] for bloods + risk assessment. pts {{BBV}} status
        unknown, {{source bloods}} need consent + hes too drowsy so {{MCA}} question for the
        doctors. [[name:liz]] ({{NIC}}) covering my pts. sharps bin in that room was overfull which
        didnt help!!! datix [[case_reference:W-32044]] - [[name:precious]] {{SN}}, staff no
        [[case_reference:E10387]]
    """)),
    ("health", "near_miss", block("""
        {{24/7 advice line}} – call summary, [[date:15/03/2024]] 03:14
        Caller: [[name:Colette Oyelowo-Hart]], daughter of [[name:Frank Oyelowo-Hart]] (NHS [[nhs_number:817 897 9551]])
        Nurse: [[name:Beatriz Santos]] ({{CNS}})
        [[name:CO]]: Dad's {{syringe driver}} is beeping, it says occlusion.
        [[name:BS]]: Okay [[name:Colette]], is the line trapped anywhere, maybe under his arm?
        [[name:CO]]: Oh – it's under the {{commode}} leg. He's groaning. I've still got Mum's {{Oramorph}} from last year, shall I give him some of that?
        [[name:BS]]: Please don't, it isn't prescribed for him. Free the line and leave the driver paused; our {{Hospice at Home}} nurse [[name:Will]] will be with you in about 40 minutes.
        Outcome: [[name:Will]] restarted the driver at 04:05 and gave the prescribed {{PRN}}. Old medicines returned to [[organisation:Fairweather Pharmacy]] for destruction.
        Learning: ask families about old household {{controlled drugs}} at the first visit.
    """)),
    ("health", "success", prose("""
        Learning from excellence. Mrs [[name:Imelda Kavanagh]] ([[age:73]]), who is {{Deaf}} and
        uses {{BSL}}, was admitted for {{symptom control}} on [[date:9 September]]. During a previous
        hospital stay she had communicated only by written notes. Our {{admissions nurse}}
        [[name:Jamal]] booked a {{BSL interpreter}} through [[organisation:SignLink North]] for the
        admission conversation, the {{ReSPECT}} discussion with Dr [[name:Ndlovu]] and her family
        meeting, and set up {{video relay}} on a ward tablet for nights. [[name:Jamal]] also asked
        her daughter [[name:Bríd]] which signs her mum used for pain and added them to the
        {{care plan}}. Mrs [[name:Kavanagh]] said it was the first time in a hospital that she had
        "been in the room" for her own decisions. Learning: interpreters for key conversations are
        planned at booking, not on the day; the {{Abbey Pain Scale}} is no substitute for asking.
    """)),
    ("health", "incident", block("""
        From: {{Information Governance}} <[[email:ig@stelspeths.org.uk]]>
        To: [[name:Kwame Asante]]
        Subject: {{IG}} incident [[case_reference:IG-24-017]] – discharge summary to wrong practice

        Dear [[name:Kwame]],

        Thank you for reporting this. To confirm: the {{discharge summary}} for
        [[name:Leonard Achebe]] (NHS [[nhs_number:400 539 7190]], DOB [[date_of_birth:30/06/1950]])
        was emailed on [[date:20 August]] to [[organisation:Meadowbank Surgery]] instead of
        [[organisation:Meadowside Medical Practice]]. It included his diagnosis, {{DNACPR}} status
        and home address. The receiving {{practice manager}}, [[name:Sheila Crump]], deleted it and
        confirmed this in writing. The {{Caldicott Guardian}} has been told; it does not meet the
        threshold for reporting to the {{ICO}}. Please remind the team to choose practices from the
        {{ODS code}} lookup, not the free-text box.

        Regards,
        [[name:Nkechi Uzor]]
        {{Data Protection Officer}}
    """)),
    # ------------------------------------------------------------------ aviation (long-haul cabin crew)
    ("aviation", "incident", prose("""
        hot water burn [[date:Tues 14th]] on [[flight_number:ZQ 281]] - {{boiler}} in the
        {{aft galley}} spat when [[name:jess]] opened the tap for the {{tea service}}, scald to R
        wrist approx 5cm. cooled 20 mins under cold water + {{burns gel}} from the {{FAK}}.
        {{CSD}} [[name:Moyo]] informed, {{flight deck}} told. [[name:jess]] ok to carry on, moved to
        bar duties. boiler u/s in the {{tech log}} + placard on. this is the 2nd time on
        [[aircraft_registration:G-ZQAB]] this month!! also no {{burns dressings}} left in the kit
        after, needs restock. {{CSR}} to follow. [[name:Kez]] ({{M2}})
    """)),
    ("aviation", "near_miss", prose("""
        Cabin Safety Report – near miss, door 3R not disarmed. Flight [[flight_number:ZQ 118]]
        ({{A350-1000}}, [[aircraft_registration:G-ZQNM]]), [[date:22 November 2024]]. On arrival on
        stand the {{CSD}} made the "{{doors to manual}}" PA. The crew member at 3R,
        [[name:Tobias Lindgren]], was helping a {{WCHC}} passenger and did not move the
        {{slide arming lever}}; the {{cross-check}} was answered by his opposite number at 3L,
        [[name:Aisha Mahmoud]], who assumed it had been done. The {{ECAM}} door page still showed 3R
        armed and the {{flight deck}} called the {{CSD}} on the {{interphone}} seconds before ground
        staff from [[organisation:SwiftServe Handling]] began to open the door for catering. Door
        disarmed, no deployment. An inadvertent slide deployment can seriously injure ground staff.
        Learning: the {{cross-check}} is a physical look at the lever, never verbal only; added to
        the {{SEP}} refresher. Reporter: [[name:Caroline Devereux]], {{CSD}}, staff no
        [[case_reference:AU48213]].
    """)),
    ("aviation", "success", block("""
        📣 CREW SHOUT-OUT – {{Inflight}} newsletter
        Huge thanks to the crew of [[flight_number:ZQ 402]] on [[date:3 January]]. Three hours out of
        Singapore a [[age:58-year-old]] man collapsed with suspected {{cardiac}} chest pain.
        {{Purser}} [[name:Grace Tan-Whitfield]] ran the response calmly, [[name:Marco]] and
        [[name:Priya]] brought the {{AED}} and {{oxygen}}, and a nurse travelling on holiday helped
        with observations. {{MEDLINK}} advised diversion and Captain [[name:Olu Bankole]] landed
        within 50 minutes; the passenger left the aircraft conscious and talking.
        Special mention to [[name:Sunny]] ({{CSM}}), who looked after his wife, packed their bags
        and kept the rest of {{World Traveller}} calm. His family have since written to say he is
        recovering at home. Brilliant {{CRM}}, everyone 👏
    """)),
    ("aviation", "incident", block("""
        CABIN SAFETY REPORT ({{CSR}}) – [[organisation:Aurelian Airways]]
        Report no: [[case_reference:CSR-24-0917]]
        Date: [[date:08/08/2024]]   Flight: [[flight_number:ZQ 77]]   Reg: [[aircraft_registration:G-ZQKD]]   Type: {{B787-9}}
        Crew member injured: [[name:Niamh O'Sullivan]], staff no [[case_reference:AU51177]]
        Home address: [[address:4 Kiln Row, Cranleigh Marsh]] [[postcode:GX6 8TZ]]
        Contact: [[phone:07700 900236]]
        Description: During the {{meal service}} in {{Zone C}} the aircraft hit severe
        {{clear air turbulence}} without warning; {{seat belt sign}} off. [[name:Niamh]] was thrown
        against the {{overhead bin}} and fell onto a trolley, injuring her L shoulder. Two
        passengers had hot drinks spilt on them, no burns. The {{commander}} made the
        "{{cabin crew be seated}}" PA. [[name:Niamh]] was treated with an {{ice pack}} and
        {{paracetamol}} and sat on a {{crew seat}} for landing; met by {{airport medical}}.
        {{MOR}} filed by the {{commander}}.
    """)),
    ("aviation", "near_miss", block("""
        RT transcript (extract) – [[flight_number:ZQ172]] / {{Shanwick}}, [[date:17/10/2024]]
        04:12 [[flight_number:ZQ172]]: {{PAN PAN}}, {{PAN PAN}}, {{PAN PAN}}, {{Shanwick}}, [[flight_number:ZQ172]], smoke in the cabin from a galley oven, source isolated, continuing, will advise.
        04:12 {{Shanwick}}: [[flight_number:ZQ172]], roger the PAN, report any change.
        04:20 Interphone, {{CSD}} [[name:Danny Whelan]] to Captain [[name:Ruth Adebayo-Clarke]]: smoke clearing, oven 4 in {{galley 2}} pulled, {{circuit breaker}} out, {{BCF}} not needed, {{PBE}} on standby.
        04:31 [[flight_number:ZQ172]]: {{Shanwick}}, [[flight_number:ZQ172]], cancel the PAN, smoke cleared.
        Notes: oven found loaded with plastic-lidded {{crew meals}} from [[organisation:SkyPlate Catering]] labelled "ovenable". [[name:Danny]] praised the {{fire fighter}} team. {{CSR}} [[case_reference:CSR-24-1102]], {{MOR}} raised.
    """)),
    ("aviation", "success", block("""
        From: Customer Relations <[[email:customer.relations@aurelianairways.com]]>
        To: [[name:Kofi Mensah-Boateng]]
        Cc: [[name:Lisa Fairclough]] ({{Base Manager}})
        Subject: Compliment – [[flight_number:ZQ 309]], [[date:30 March]]

        Dear [[name:Kofi]],

        We've had a lovely letter from Mrs [[name:Vasquez-Hale]] about her son [[name:Teo]], a
        [[age:9-year-old]] travelling as an {{unaccompanied minor}}. [[name:Teo]] was frightened in
        the night after some turbulence; you sat with him on your break, showed him the
        {{galley}} and made him a "junior crew" badge. You handed him to the {{UM}} escort with his
        paperwork complete, and his grandmother [[name:Ngozi]] says he has talked about
        "Captain [[name:Kofi]]" ever since. This will go on your file.

        Kind regards,
        [[name:Hannah Birch]]
        {{Customer Relations Executive}}, [[organisation:Aurelian Airways]]
        [[phone:020 7946 0455]]
    """)),
    ("aviation", "incident", block("""
        Disruptive passenger – chronology ({{UTC}}), [[flight_number:ZQ 55]], [[date:12 Dec 2024]], [[aircraft_registration:G-ZQWE]]
        23:40  Pax in 47C drinking own {{duty free}} vodka; bottle removed by [[name:Chloé Marchand]]. {{Level 1}} verbal warning.
        00:55  Pax abusive to [[name:Chloé]] and {{CSM}} [[name:Reza Tehrani]] when refused more alcohol. {{Level 2}} – written warning card; Captain [[name:Hollingsworth]] informed.
        01:20  Pax shoves [[name:Reza]] in the aisle – {{Level 3}}. {{Restraint kit}} applied by [[name:Reza]] and two {{ABPs}}; pax reseated at the back.
        01:25  Commander decides to continue; police requested on arrival via {{Ops}}.
        06:10  Landed, pax removed by police, ref [[case_reference:CAD 2291/12]].
        06:40  [[name:Reza]] checked by {{crew health}}, bruised forearm. {{CSR}} and {{MOR}} submitted; pax referred under {{zero tolerance}} policy.
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp – [[flight_number:ZQ 640]] crew ✈️
        [[[date:05/05/2024]], 02:14] [[name:Bex]]: heads up 14A dropped her phone down the side of her {{Club}} seat and then reclined it 😬
        [[[date:05/05/2024]], 02:15] [[name:Jonno]]: DON'T let her move the seat again. bringing the {{fire containment bag}} + {{extinguisher}}
        [[[date:05/05/2024]], 02:21] [[name:Jonno]]: got it out with the grabber. screen cracked, warm, no smoke. in the bag with water in {{galley 1}}, monitoring
        [[[date:05/05/2024]], 02:23] [[name:Priyanka]] ({{CSD}}): {{flight deck}} informed, {{CSR}} to follow. nice one both 👏 redo the {{PED}} PA pls
        [[[date:05/05/2024]], 02:40] [[name:Bex]]: done. 14A {{recline}} motor logged in the {{CDL}} on [[aircraft_registration:G-ZQLT]]
    """)),
    ("aviation", "success", block("""
        Cabin Crew Safety Forum – minutes, [[date:16 September 2024]]
        Chair: [[name:Lisa Fairclough]] ({{Base Manager}})
        Present: [[name:Danny Whelan]] ({{CSD}}), [[name:Mei Ling Koh]] ({{Purser}}), [[name:Sven]] ({{Cabin Safety}}), [[name:M. Oduya]], [[name:Faith Ncube]], [[name:Will O'Connor]] ({{Unite}} rep)
        Apologies: [[name:Chloé Marchand]], [[name:Tobias Lindgren]]

        1. Good catch of the quarter – [[name:Mei Ling]] spotted a broken tamper seal on the
        {{PBE}} in the {{galley 4}} stowage on [[aircraft_registration:G-ZQNM]] during
        {{pre-flight checks}}. Her report led to a fleet check that found three more.
        2. Crew turbulence injuries down since the {{seat belt sign}} procedure change.
        3. Action: [[name:Sven]] to circulate the updated {{SEP}} bulletin by [[date:30/09]].
    """)),
    ("aviation", "incident", block("""
        {{Trolley}}-related injuries – Q3 summary ({{Cabin Safety}}, [[organisation:Aurelian Airways]])
        Date    Flight      Reg      Crew member       Injury                    Ref
        [[date:02/07]]   [[flight_number:ZQ 211]]  [[aircraft_registration:G-ZQAB]]   [[name:Amber Kowalski]]    crushed toes, brake off   [[case_reference:CSR-24-0711]]
        [[date:19/08]]   [[flight_number:ZQ 54]]   [[aircraft_registration:G-ZQKD]]   [[name:Dev Raghunathan]]   wrist, runaway trolley    [[case_reference:CSR-24-0866]]
        [[date:03/09]]   [[flight_number:ZQ 211]]  [[aircraft_registration:G-ZQAB]]   [[name:L. Mbeki]]          shin laceration           [[case_reference:CSR-24-0902]]
        Comment: two of three on [[aircraft_registration:G-ZQAB]], same {{half-size}} trolleys from
        [[organisation:SkyPlate Catering]] with worn {{brake pedals}}. [[name:Amber]] was off for
        two weeks. Engineering and catering asked to inspect; crew reminded to set brakes at every
        stop during {{service}}.
    """)),
    ("aviation", "near_miss", block("""
        Teams – {{Crewing}} / {{Base Manager}} chat
        [[name:Lisa Fairclough]]  07:42
        [[name:Hamza]] – [[name:Yuki Tanaka]] is rostered on [[flight_number:ZQ 9]] tonight but she only landed off [[flight_number:ZQ 402]] at 06:10. that's not legal rest?
        [[name:Hamza Siddiqui]]  07:49
        you're right 😳 the {{rostering system}} used her {{on-blocks}} time not {{duty end}}, she'd have been 2h short of {{minimum rest}} under {{ORO.FTL}}. pulled her, {{standby}} [[name:Gus]] called out
        [[name:Lisa Fairclough]]  07:51
        thanks. she also said she felt wrecked after a {{disruptive pax}} inbound. pls log it so the {{FRMS}} team see it
        [[name:Hamza Siddiqui]]  07:53
        {{fatigue report}} [[case_reference:FRMS-0442]] raised 👍
    """)),
    ("aviation", "incident", block("""
        From: [[name:Mei Ling Koh]] <[[email:meiling.koh@aurelianairways.com]]>
        To: {{Cabin Safety}} <[[email:cabin.safety@aurelianairways.com]]>
        Subject: {{CSR}} [[case_reference:CSR-24-1240]] – allergic reaction, [[flight_number:ZQ 33]], [[date:28 Oct]]

        Hi team,

        Summary ahead of the full report. Four hours in, a [[age:14-year-old]] girl in
        {{Premium Economy}} developed lip swelling and wheeze after the {{sesame}}-topped bread
        roll. Her mum said she has a {{sesame allergy}} but it was not on the booking. Her own
        {{adrenaline auto-injector}} was given at 14:32 with [[name:Femi]] assisting; we gave
        {{oxygen}} and called {{MEDLINK}} on the {{satphone}}. A doctor on board, Dr
        [[name:Halvorsen]], gave {{chlorphenamine}} from the {{EMK}}. Settled within 30 minutes,
        no diversion, paramedics met the aircraft.
        Issue: [[organisation:SkyPlate Catering]] changed bread supplier without updating the
        {{allergen matrix}}, and there was no ingredient card in the basket.

        Thanks,
        [[name:Mei Ling]]
        {{Purser}}, staff no [[case_reference:AU40922]]
    """)),
    ("aviation", "success", block("""
        Handwritten note given to the crew of [[flight_number:ZQ 506]] – copied for the thank-you wall

        "To the lovely crew, especially [[name:Joy]] and [[name:Mark]] – my dad [[name:Alf]] is
        [[age:88]] and has {{Alzheimer's}}, and I was terrified about this flight. You gave him the
        {{bulkhead}} seat, walked him to the toilet without any fuss, and when he got muddled at
        3am and thought he was on a troop ship, [[name:Mark]] sat and talked to him about the
        {{RAF}} for half an hour. Thank you from the bottom of my heart. [[name:Sandra Pickles]]"

        {{CSM}} note: {{Sunflower lanyard}} spotted at boarding and {{PRM}} details passed on from
        the gate. Well done [[name:Joy Adewale]] and [[name:Mark Rennie]].
    """)),
    ("aviation", "incident", prose("""
        layover incident [[date:11/3]] - [[organisation:harbourview grand]] hotel. about 1am a man
        knocked on [[name:tash]]'s door saying he was 'from the crew' + knew her name & room no.
        she didnt open, rang me ({{CSD}}) + {{hotel security}}. cctv showed same guy in the bar
        earlier where 3 of us still had uniform + name badges on 🙄 security removed him. we all
        moved rooms, {{company security}} informed via {{crew control}} on
        [[phone:+44 20 7946 0871]]. pls pls remind ppl: name badges off once off the aircraft +
        dont say room nos out loud at {{check-in}}. [[name:tash]] ok but shaken, offered the
        {{EAP}} line. - [[name:dom r]], {{CSD}} [[flight_number:ZQ 281]]
    """)),
    ("aviation", "near_miss", prose("""
        Near miss – allergy meal nearly given to the wrong passenger. On [[flight_number:ZQ 62]] on
        [[date:Saturday 2 March]] a {{nut-free}} {{SPML}} ordered for Ms [[name:Oyinkansola Bello]]
        was loaded correctly. During the {{main meal service}} crew member [[name:Ravi]] called out
        "Ms [[name:Bello]]?" and another passenger, Mrs [[name:Bellamy]], misheard and accepted it.
        A standard meal with {{satay}} sauce was about to be placed in front of Ms [[name:Bello]]
        when she said she had a {{peanut allergy}}. [[name:Ravi]] rechecked the {{SPML}} list by
        seat number, swapped the meals and told the {{Purser}}; no harm. Learning: confirm special
        meals by name AND seat, and ask the passenger to state the allergy before handing over the
        tray. Reported by [[name:Ravi Shankar-Lowe]], staff no [[case_reference:AU52608]].
    """)),
    ("aviation", "success", block("""
        Interphone / {{MEDLINK}} log – [[flight_number:ZQ 88]] ([[aircraft_registration:G-ZQPA]]), [[date:19/06/2024]] – reconstructed for {{CRM}} training
        02:10 {{CSD}} ([[name:Grace]]): Captain, it's [[name:Grace]] at 1L. Passenger in 38B, male, [[age:61]], crushing chest pain, sweaty. Doctor on board assessing, {{AED}} pads on, {{oxygen}} running.
        02:11 {{Capt}} ([[name:Hollingsworth]]): Thanks. Getting {{MEDLINK}} patched in now.
        02:16 {{MEDLINK}}: Symptoms consistent with {{MI}}, recommend nearest suitable airport.
        02:18 {{FO}} ([[name:Arnav]]): Keflavik is 35 minutes, weather fine.
        02:19 {{Capt}}: [[name:Grace]], we're diverting to Keflavik, {{NITS}} to follow.
        02:53 Landed; paramedics on board 02:58, passenger to {{cath lab}}.
        Debrief: textbook {{NITS}} brief and calm cabin. Shout-out to [[name:Grace]] and {{FO}} [[name:Arnav]].
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind310", REPORTS))
