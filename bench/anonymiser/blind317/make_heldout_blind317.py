"""Held-out blind corpus 317: 50 hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or any other corpus) so it measures how well
the de-identifier generalises. Three settings, all people, organisations, places and numbers
invented:

- social_care (17): an early help family hub and its partners (schools, nurseries, housing).
- health (17): a regional burns unit (adult ward, burns ITU, paediatric burns, outpatients).
- aviation (16): an aerial survey and crop-spraying operator (survey aircraft, spraying
  helicopter and Pawnee, farm strips, loaders and ground crew).

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack with handles), handover notes (SBAR), minutes
with attendance and apologies, pipe-separated and aligned tables, radio/RT transcripts, and
shout-outs and thank-you notes.

Identifiers are marked `[[label:value]]`; must-not-redact mentions (roles, agencies, frameworks,
drugs, equipment, aircraft types, generic days and months, look-alike acronyms) `{{term}}`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind317.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social_care (17)
    ("social_care", "incident", prose("""
        hi all quick one b4 i forget. [[date:tues 14th nov]] me n [[name:dev]] did the
        {{home visit}} to [[name:kayleigh]]'s flat on [[address:22 Pennine Walk]] for the {{EHA}}
        review. i left the {{early help assessment}} paperwork incl the {{genogram}} on her
        kitchen side by mistake, only realised when we got back to
        [[organisation:Ashby Lane Family Hub]]. it had her ex's new address on it which she isnt
        supposed to know - {{DV}} history, {{MARAC}} last yr. rang her straight away on
        [[phone:07700 900412]], she said she hadnt looked at it, [[name:dev]] went back n got it
        within 40 mins. told {{team manager}} + logged on system as
        [[case_reference:EH-24-03317]]. learning for me = check ur folder b4 leaving, dont take
        the whole file out on a {{home visit}} if u dont need it. sorry!! [[name:jas]] ({{FSW}})
    """)),
    ("social_care", "near_miss", block("""
        EARLY HELP - CONFIDENTIAL LEARNING REPORT
        Reporter:      [[name:Marisol Ferreira-Banks]], {{Family Practitioner}}
        Service:       [[organisation:Ashby Lane Family Hub]]
        Child:         [[name:Tayo Adeyemi]]    DOB: [[date_of_birth:03/09/2017]]    Age: [[age:7]]
        Family ref:    [[case_reference:EH/2291/KV]]
        Address:       [[address:Flat 4, 19 Calder Street, Brackley Moor]], [[postcode:KH7 2PW]]
        Date of event: [[date:09/10/2024]]
        Category:      Near miss - information sharing

        What happened:
        A woman rang the {{duty line}} saying she was [[name:Tayo]]'s nan and needed the new
        address to drop off his {{school uniform}}. I had the {{case notes}} open and nearly read
        it out. Something felt off so I checked the {{chronology}} - there is a
        {{non-molestation order}} against {{mum}}'s ex and the caller's surname matched his.
        I told her I couldn't share and would pass a message on. {{Mum}} ([[name:Funmi]])
        confirmed she has no contact with that side of the family.

        Learning:
        - Never confirm an address by phone, even to "family".
        - {{Caller verification}} prompt to go on the {{duty}} desk sheet.
    """)),
    ("social_care", "success", block("""
        Teams - [[organisation:Ashby Lane Hub]] > General
        [[name:Okafor, Grace]]   09:14
        Shout out to [[name:Bill]] and [[name:Faith]] from {{Stay and Play}} on
        [[date:Tuesday 5 March]]. {{Dad}} came in with the twins (both [[age:18 months old]]) and
        [[name:Faith]] clocked he hadn't eaten - turns out {{Universal Credit}} sanction and no
        gas on the meter. [[name:Bill]] sorted a food parcel from [[organisation:Trinity Foodbank]]
        and a {{Household Support Fund}} voucher before lunch, and they've referred the twins to
        {{SALT}} via the {{health visitor}}. This is exactly what {{early help}} should look like 👏

        [[name:Bill Thornton]]   09:21
        aw thanks [[name:Grace]]! [[name:Faith]] did the hard bit tbh

        [[name:Faith Mwangi]]   09:30
        💜 he's booked on the {{dads' group}} {{Thurs}} too
    """)),
    ("social_care", "incident", block("""
        From: [[name:Rhys Llewellyn-Hart]] <[[email:rhys.llewellyn-hart@kirkhallam.gov.uk]]>
        Sent: [[date:12 February 2024]] 16:47
        To: {{Early Help Practice Lead}}
        Cc: {{Information Governance}}
        Subject: Possible data breach - {{TAF}} minutes sent to wrong parent ([[case_reference:IG-2024-0188]])

        Hi [[name:Mandeep]],

        Letting you know I sent the {{Team Around the Family}} minutes for the
        [[name:Brannigan]] family to the wrong email this afternoon. Both {{mums}} are called
        [[name:Jo]] and {{Outlook}} autocompleted [[name:Jo Bramwell]] instead of
        [[name:Jo Brannigan]]. The minutes include [[name:Kian]]'s {{ADHD}} assessment, school
        attendance and the {{DA}} disclosure.

        I realised about 10 mins later, tried recall (failed) and rang Ms [[name:Bramwell]] on
        [[phone:01632 960587]]. She was lovely, said she'd deleted it and emailed to confirm.
        I've completed the breach form and spoken to the {{DPO}}. Ms [[name:Brannigan]] has been
        told.

        Suggest we switch off autocomplete / use {{Egress}} for anything with {{TAF}} minutes.

        Thanks,
        [[name:Rhys]]
        [[name:Rhys Llewellyn-Hart]]
        {{Family Support Worker}} | [[organisation:Kirkhallam Council]] Early Help
        [[phone:01632 960214]]
    """)),
    ("social_care", "near_miss", block("""
        Chronology - {{creche}} collection, [[date:Fri 22 March]]
        Completed by [[name:Hannah Kowalczyk]] ({{DSL}}), [[organisation:Ashby Lane Family Hub]]

        15:05  {{Parenting Puzzle}} group finishes, {{creche}} starts handing children back.
        15:12  All collected except [[name:Amira]] ([[age:aged 3]]). {{Mum}} [[name:Layla]] left
               early for a {{GP}} appt, said her brother would collect.
        15:20  Man arrives, says he is "{{Uncle}} [[name:Sunny]]". Not on the collection list,
               doesn't know the password.
        15:21  {{Creche worker}} ([[name:Kasia]], started Monday) begins getting
               [[name:Amira]]'s coat on.
        15:22  [[name:Bev]] ({{Room Lead}}) stops it and asks him to wait in {{reception}}.
        15:25  Rang [[name:Layla]] on [[phone:07700 900688]] - no answer x2.
        15:41  [[name:Layla]] rings back: [[name:Sunny]] is her brother [[name:Sandeep Rai]],
               ok to collect. Photo ID checked.
        15:45  [[name:Amira]] handed over.

        No harm. [[name:Kasia]] hadn't been shown the {{collection policy}} at induction. Policy
        now on the day-one checklist.
    """)),
    ("social_care", "success", block("""
        Card left at {{reception}}, typed up with permission for the learning log:

        "Dear [[name:Joy]] and everyone at the hub,
        I just want to say thank you. When I first came to you in {{January}}, [[name:Kacper]]
        ([[age:9]]) was not going to school and I could not cope. You came with me to the meeting
        at [[organisation:Oakwell Academy]] when I was too scared to speak English in front of the
        {{SENCO}}. Now he has an {{EHCP}}, he is in school 4 days and we have the {{autism}}
        diagnosis from the {{paediatrician}}. I did the {{Triple P}} course and now I am
        volunteering at {{Stay and Play}}! You never made me feel stupid.
        With love, [[name:Magda Wiśniewska]] and [[name:Kacper]] xx"

        Practice note ([[name:Joy Adu-Gyamfi]], {{Family Practitioner}}): closed to
        {{early help}} on [[date:28/06/2024]] after 7 months; {{step down}} to
        {{universal services}}.
    """)),
    ("social_care", "incident", block("""
        EARLY HELP PRACTICE REVIEW - MINUTES
        Date: [[date:6 June 2024]], hub meeting room 2
        Present: [[name:Pat Henshaw]] (Chair, {{Early Help Manager}}), [[name:Nkechi Obi]] ({{FSW}}),
        [[name:Will Greaves]] ({{Youth Worker}}), [[name:Salma Qureshi]] ({{Senior Practitioner}})
        Apologies: PC [[name:Mark Ellery]] ({{Missing Persons Coordinator}}), [[name:Aled]] ({{school nurse}})

        Item 1 - [[name:Deji Balogun]] ([[age:15]]), [[case_reference:EH-23-09954]]
        [[name:Will]] ran the {{youth club}} session on [[date:29 May]]. [[name:Deji]] left with
        an older male in a car, reg noted as [[vehicle_registration:YD17 KWP]]. [[name:Will]]
        wrote it in the session log but didn't ring {{MASH}} or the {{duty social worker}} until
        next morning. [[name:Deji]] was reported missing by his aunt at 23:30 and found next day;
        {{return home interview}} done by [[name:Nkechi]]. {{CSE}} indicators now flagged.

        Agreed:
        - Any {{exploitation}} concern = same-day call to {{MASH}}, no waiting for supervision
          ([[name:PH]] to re-circulate the flowchart).
        - [[name:Will]] to attend {{contextual safeguarding}} training.
        - {{Risk assessment}} for sessions to include vehicle sightings.
        Next meeting: [[date:4 July]]
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp chat export - "Hub outreach team" (work phones)
        [[date:18/04/2024]], 17:42 - [[name:Hope Mbeki]]: anyone free to take a {{mum}} + baby to {{baby bank}} tmrw 10am? {{volunteer driver}} fell thru
        [[date:18/04/2024]], 17:45 - [[name:Tariq]]: i can ask [[name:Dougie]] from the church lot, whats the addy
        [[date:18/04/2024]], 17:46 - [[name:Hope Mbeki]]: [[address:31 Ferncliffe Road]], flat 2. {{mum}}'s called [[name:Roxana]] 💙
        [[date:18/04/2024]], 17:49 - [[name:Bisi]]: [[name:Tariq]] pls DONT fwd that to [[name:Dougie]]'s own phone!! she's just moved from the {{refuge}}, address is on the {{risk}} list. book a {{DBS}}-checked driver thru [[organisation:Kirkhallam Community Transport]]
        [[date:18/04/2024]], 17:50 - [[name:Tariq]]: omg yes sorry hadnt sent it yet. booking now
        [[date:18/04/2024]], 17:51 - [[name:Hope Mbeki]]: my bad shouldnt have put the address in here. deleting 🙈
        [[date:18/04/2024]], 17:51 - [[name:Hope Mbeki]]: This message was deleted

        Logged by [[name:Bisi Oyelaran]] ({{Senior FSW}}). Learning: no addresses in chat groups,
        share through the {{case management system}} only.
    """)),
    ("social_care", "success", prose("""
        Learning from good practice - damp and mould, [[name:Ndlovu]] family. In
        [[date:October 2023]] the family were referred to [[organisation:Ashby Lane Family Hub]]
        by the {{health visitor}} after [[name:Tinashe]], a [[age:6-year-old]] with {{asthma}},
        had three {{A&E}} attendances in a month. {{Family Practitioner}} [[name:Gabriela Silva]]
        visited and found black mould throughout the children's bedroom. {{Mum}},
        [[name:Rose Ndlovu]], had reported it to [[organisation:Kirkhallam Homes]] four times
        without a response. [[name:Gabriela]] took photos with consent, wrote to the landlord
        citing the {{HHSRS}} and {{Awaab's Law}}, and asked the {{GP}} at
        [[organisation:Riverside Medical Centre]] for a supporting letter. She convened a
        {{Team Around the Family}} meeting with housing, school and health on
        [[date:21 November]]. The family moved to a dry property on [[date:8 January 2024]];
        [[name:Tinashe]] has had no admissions since and his {{inhaler}} use has halved. What made
        the difference: persistence, a clear written timeline, and bringing health in early.
    """)),
    ("social_care", "incident", block("""
        DUTY HANDOVER  [[date:Wed 17/07]] pm -> {{Thurs}} am
        From: [[name:Siobhán Ní Dhubhghaill]]    To: [[name:Kwame]]

        1. [[name:O'Sullivan]] family ([[case_reference:EH-23-11876]]) - IMPORTANT
        Last night the {{out of hours}} divert went to my work mobile, which was in my locker,
        not the {{duty}} handset. Mrs [[name:O'Sullivan]] rang at 21:10 very distressed (eldest,
        [[name:Ciarán]], [[age:16]], threatening to leave home, had smashed a window) and got
        voicemail. She rang {{999}}; police attended. Nobody from us called her back until 08:40
        today. She is understandably angry. I've apologised and done a {{safety plan}} with her.
        Incident logged [[case_reference:INC-0731]].

        2. [[name:Yusuf Demir]] - {{Early Help Plan}} review due {{Fri}}, {{EHA}} needs signing.

        3. Minibus [[vehicle_registration:KX19 LHT]] has a warning light on, don't use till
        {{fleet}} have checked it.

        Learning: divert to the {{duty}} handset only, test call at 17:00 every day. {{EDT}}
        number to go on the voicemail message.
    """)),
    ("social_care", "near_miss", block("""
        Near miss - photos at the {{Summer Fun Day}}, [[date:3 August 2024]]
        Reported by: [[name:amber]] (comms/admin)

        Before scheduling posts for the hub's socials I checked the consent sheet against the
        children in the pictures:

        | Child                     | Age       | Parent/carer            | Photo consent |
        |---------------------------|-----------|-------------------------|---------------|
        | [[name:Lily-Mae Hartley]] | [[age:4]] | [[name:Dawn Hartley]]   | Yes           |
        | [[name:Zainab Hussain]]   | [[age:6]] | [[name:Imran Hussain]]  | Yes           |
        | [[name:Oskar Nowak]]      | [[age:5]] | {{foster carer}}        | NO - {{LAC}}  |
        | [[name:Reggie]]           | [[age:2]] | [[name:Chantelle]]      | not returned  |

        [[name:Oskar]] was in the background of 3 of the 8 photos I was about to schedule. He is a
        {{looked after child}} and his {{foster carer}} told us at sign-in that the placement is
        confidential. Photos pulled, nothing posted. [[name:Grace]] ({{Hub Manager}}) agreed every
        photo now gets a second check by the {{DSL}}.
    """)),
    ("social_care", "success", prose("""
        gr8 news re the [[name:mahmoud]] family!! dad ([[name:abdi]]) finally got his
        {{leave to remain}} sorted n started work at [[organisation:Parkside Car Wash]] on mon.
        [[name:hodan]] ([[age:11]]) back in school at [[organisation:Moorside Academy]], 90%
        attendance this half term - the {{attendance officer}} + me did the {{ELSA}} thing n it
        actually worked. {{EHA}} closing [[date:30th sept]] 🎉 big thanks to [[name:kev]] at
        {{Citizens Advice}}, [[name:fatuma]] the {{Somali}} {{link worker}}, n the {{SENCO}}.
        ill write it up properly for the {{good practice}} panel. [[name:nadia]]
    """)),
    ("social_care", "incident", block("""
        Incident ref [[case_reference:EH-INC-2024-052]] - missed {{safeguarding}} escalation
        Family: [[name:Petrescu]]   Workers: [[name:Ioana Marin]] / [[name:Robin Achterberg]]

        Date/time      Contact                                            Action
        [[date:02/05]] 10:15   School ([[organisation:St Wilfrid's CE Primary]]) - [[name:Luca]] ([[age:8]]) burn mark on forearm   Logged only
        [[date:02/05]] 14:30   {{Health visitor}} - {{mum}} missed 2 {{immunisation}} appts          Logged only
        [[date:03/05]] 09:05   Neighbour (anon) - shouting, child crying late at night           Logged only
        [[date:07/05]] 11:00   Supervision - [[name:Robin]] reads the log, rings {{MASH}}             {{Section 47}} started

        Three concerns in two days, each logged by a different person, none escalated. Nobody
        read the whole {{chronology}} until supervision. [[name:Luca]] had a
        {{child protection medical}} on [[date:07/05]]; the mark is consistent with a
        {{cigarette burn}}.
        Actions: automatic {{DSL}} alert on 2+ concerns in 7 days; {{threshold document}}
        refresher for all staff.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Temitope Bankole]]
        To: Hub Admin
        Date: [[date:Thu 11 Jan 2024]] 09:02
        Subject: near miss - wrong interpreter booked

        Morning all,
        Flagging a near miss from yesterday's {{home visit}} to the [[name:Tesfaye]] family
        ([[case_reference:EH-24-00213]]). The booking form said {{Amharic}} but {{mum}}
        ([[name:Selam]]) speaks {{Tigrinya}} - they're {{Eritrean}}, not {{Ethiopian}}. The
        interpreter from [[organisation:ClearVoice Interpreting]] couldn't help. {{Mum}} suggested
        her son [[name:Mebrahtu]] ([[age:13]]) interpret. I nearly went ahead because they'd
        waited 3 weeks, but we were going to discuss his {{school refusal}} and her
        {{mental health}}, so I stopped and rebooked for [[date:16 January]] with a
        {{telephone interpreter}}.

        Learning: check language AND dialect with the referrer; never use children as
        interpreters (it's in the {{Interpreting Policy}}).

        [[name:Tope]]
        [[name:Temitope Bankole]] | {{Family Practitioner}} | [[phone:01632 960733]]
    """)),
    ("social_care", "success", block("""
        Slack - #hub-good-news
        [[name:sunny.okonjo]]  11:02
        Huge thanks to @[[name:marek.dvorak]] for running the {{Solihull Approach}} course in
        {{Polish}} this term 🇵🇱 - 9 of 11 parents completed, best ever for a community-language
        group. Two {{mums}} have since self-referred to {{Talking Therapies}} and one dad has
        started {{ESOL}} at [[organisation:Kirkhallam College]].

        [[name:marek.dvorak]]  11:10
        dzięki! couldn't have done it without [[name:Gosia]] running the {{creche}}

        [[name:pat.lindqvist]]  11:15
        Brilliant. Can we get [[name:Marek]] to present at the {{Early Help Partnership}} on
        [[date:19 Nov]]? Nominating you both for a {{Star Award}} too.
    """)),
    ("social_care", "incident", prose("""
        On [[date:25 April 2024]] I transported a child, [[name:Archie Pemberton]]
        ([[age:4 years old]]), from [[organisation:Little Acorns Nursery]] to his
        {{speech and language}} appointment at [[organisation:Brackley Moor Health Centre]] in my
        own car, [[vehicle_registration:KX21 HBN]], because the {{family transport}} booking had
        fallen through and {{Mum}} had no way of getting him there. I did not have a
        {{booster seat}} and used the adult belt. I also realised afterwards that my insurance
        does not cover {{business use}}. Nothing happened on the journey but this was unsafe and
        against the {{Lone Working Policy}} and the {{Transporting Children}} guidance. I told my
        manager [[name:Heather McAllister]] the same day and [[name:Archie]]'s parents have been
        informed. The hub now keeps two {{high-back booster}} seats in the office and I have
        updated my insurance. Reported by [[name:Callum Reid]], {{Family Support Worker}}.
    """)),
    ("social_care", "success", block("""
        GOOD PRACTICE RECORD - Welfare rights
        Practitioner: [[name:Mariam Al-Sayed]] ({{Welfare Benefits Adviser}})
        Parent: [[name:Kerry-Ann Lowe]]   NI no: [[ni_number:JT 48 21 93 C]]   DOB: [[date_of_birth:17/11/1991]]
        Address: [[address:7 Mill Fold, Hebden Street]], [[postcode:KH3 9DX]]
        Ref: [[case_reference:EH-24-02760]]        Outcome date: [[date:02/09/2024]]

        Summary:
        [[name:Kerry-Ann]] was referred for {{budgeting}} support (rent arrears of £1,140 and a
        {{Section 21}} notice). A full benefits check showed she had never been paid the
        {{child element}} of {{Universal Credit}} for her youngest, [[name:Mason]] ([[age:2]]),
        and was not claiming {{Carer's Allowance}} for her son with {{cerebral palsy}}.
        {{Mandatory reconsideration}} lodged with {{DWP}}; backdated award of £3,980. Arrears
        cleared with [[organisation:Pennine Gate Housing]] and the notice withdrawn.

        What worked: a benefits check at the first {{EHA}} visit, not waiting for a crisis.
    """)),
    # ---------------------------------------------------------------------- health (17)
    ("health", "incident", block("""
        Datix [[case_reference:DX-118204]] - Medication given to wrong patient
        Location: [[organisation:Beaumont Ward]], [[organisation:Northern Fells Regional Burns Unit]]
        Date/time: [[date:11/03/2024]] 06:15

        Description:
        Two patients in bays 2 and 3 share a surname: Mr [[name:Mohammed Aslam Khan]]
        (NHS [[nhs_number:485 772 3018]]) and Mr [[name:Mohammed Asif Khan]]
        (NHS [[nhs_number:612 904 8750]]). During the {{drug round}} the {{staff nurse}} gave
        10 mg {{oral morphine}} ({{Oramorph}}) prescribed for bed 3 to the patient in bed 2, who
        was not prescribed it. The {{wristband}} was checked against the {{EPMA}} screen but
        only the first name and surname were read aloud. The error was recognised at 06:20 by
        the patient himself. Obs stable, {{naloxone}} not required; {{NEWS2}} hourly for 4 h.
        {{Duty of candour}} conversation held by the {{Registrar}}, Dr [[name:Olamide Fashola]].
        Immediate actions: {{name alert}} stickers on both {{bedheads}}; patients moved to
        separate bays.
        Reporter: [[name:Lucy Tregenza]], {{Band 6}}
    """)),
    ("health", "near_miss", block("""
        Chronology - near miss, fluid resus calculation ([[case_reference:DX-118377]])
        Patient: [[name:Daniel Okoro]], [[age:34]], hosp no [[case_reference:HGH4471092]],
        28% {{TBSA}} {{flame burn}}
        [[date:Sat 16 March]]
        01:40  Arrives from [[organisation:Carrbrook District Hospital]] by road. {{Referral}}
               form says "wt 187" (no units).
        01:55  {{SHO}} prescribes {{Hartmann's}} by the {{Parkland formula}}:
               4 x 187 x 28 = 20,944 ml/24h.
        02:05  {{Nurse in charge}} [[name:Gráinne Doherty]] queries the rate - pt is clearly
               not a 187 kg man.
        02:10  {{Wife}} confirms the weight was given in pounds. Weighed on {{bed scales}}: 85 kg.
        02:15  Re-prescribed: 9,520 ml/24h. {{Pump}} had been set up but not started.
        Outcome: no harm; roughly 11 litres of excess fluid in 24 h avoided.
        Learning: {{Burns Network}} referral form to make kg mandatory; weigh on arrival before
        prescribing.
        Reported by [[name:Gráinne]] / reviewed by [[name:JK]]
    """)),
    ("health", "success", prose("""
        Shout-out for [[name:Sunita]], our {{play specialist}} 🌟 [[name:Alfie]] ([[age:4]]),
        {{scald}} to chest from a cup of tea, was so frightened of his {{dressing change}} on
        [[date:Tuesday 9th]] that we were about to book {{theatre}} for a {{GA}}. [[name:Sunita]]
        spent 40 minutes with him and his teddy doing 'pretend dressings', used the {{Buzzy}} bee
        and bubbles for {{distraction}}, and with {{intranasal fentanyl}} we did the whole thing
        on the ward. Saved a theatre slot, a {{starve}} and a very upset little boy. {{Mum}}
        cried (good tears). Thank you! - [[name:Rach]] and the team on {{Ward 12}}
    """)),
    ("health", "incident", block("""
        From: [[name:Beatriz Monteiro]] <[[email:beatriz.monteiro@nhs.net]]>
        To: [[email:burns.governance@hallamgate.nhs.uk]]
        Date: [[date:Sun 28 Jan 2024]] 11:32
        Subject: Datix [[case_reference:DX-118102]] - delayed escharotomy after transfer

        Hi all,
        For the {{governance}} meeting. Mr [[name:Piotr Zieliński]] ([[age:52]], NHS
        [[nhs_number:730 561 9248]]) was transferred from the {{ED}} at
        [[organisation:Carrbrook District Hospital]] overnight with full-thickness circumferential
        burns to the right lower leg. The referral was accepted by the {{burns registrar}} at
        01:10 with advice to do {{neurovascular obs}} hourly. The transfer letter shows obs at
        01:00 and then none until arrival at 05:15, when the foot was cold and pulseless.
        {{Escharotomy}} was done on the unit at 06:05 by Mr [[name:Adebisi]]. The foot is now
        perfused but he needs a {{fasciotomy}} review.
        Contributing: a 3 h wait for a {{critical care transfer}} vehicle; nobody owned the obs
        at {{ED}} handover.
        Suggest: referral advice sent in writing on the {{Burns Network}} proforma, and the
        {{escharotomy}} decision made before transfer where possible.

        [[name:Beatriz]]
        [[name:Beatriz Monteiro]], {{Burns Outreach Nurse}}
    """)),
    ("health", "near_miss", prose("""
        nights [[date:20/21 may]] - nearly put {{flamazine}} on bed 6 ([[name:faith]]) who has a
        {{sulfonamide allergy}} on her {{allergy band}}. only the {{HCA}} [[name:mo]] noticed the
        red band when we were setting up the trolley. the {{TV nurse}} on days had written
        'flamazine to hands' on the {{dressing plan}} without checking allergies. swapped to
        {{Acticoat}} after speaking to the {{burns reg}} on call. pt fine, not applied. pls
        check allergies on the dressing plan not just the {{drug chart}} - {{flamazine}} IS a
        drug even tho it lives on the dressing trolley!! [[name:kasia w]]
    """)),
    ("health", "incident", block("""
        SBAR handover - {{Burns ITU}}  [[date:02/02/2024]] 19:30
        S: [[name:Kofi Asante-Mensah]], [[age:61]], bed 4, hosp no [[case_reference:HGH3902218]].
           45% {{TBSA}} + {{inhalation injury}}. Unplanned {{extubation}} at 18:50 during a turn.
        B: Day 3 post burn. {{ETT}} taped, not tied, because of facial burns; the usual tube
           holder not stocked on the unit.
        A: Re-intubated by the {{anaesthetist}}, Dr [[name:Yuki Tanaka]], at 19:02, {{grade 3}}
           view, {{bougie}} needed. Sats dropped to 78% for about 2 min. Now stable on
           {{FiO2}} 0.5.
        R: Check tube position at every turn with 4 staff; holder ordered; Datix
           [[case_reference:DX-118901]] raised; {{son}} [[name:Kwabena]] updated by phone on
           [[phone:07700 900155]].
        Handed over by [[name:Shauna]] to [[name:Emeka]]
    """)),
    ("health", "success", block("""
        From: [[email:linda.featherstone58@gmail.com]]
        Date: [[date:14 August 2024]]
        Subject: Thank you to everyone on [[organisation:Beaumont Ward]]

        Dear Sister [[name:Hollis]],

        I wanted to say thank you for everything you and your team did for my husband
        [[name:Geoff]] after his bonfire accident in {{June}}. He was so frightened after his
        {{skin graft}} and the {{physio}}, [[name:Amber]], got him walking to the window by the
        end of the first week. Night nurse [[name:Joseph]] sat with him at 3am when he couldn't
        stop shaking. Dr [[name:Ng]] always explained things twice without making us feel silly.
        [[name:Geoff]] is wearing his {{pressure garments}} every day and has his next
        {{scar clinic}} soon.

        With love and thanks,
        [[name:Linda Featherstone]]

        -- forwarded to {{PALS}} and the {{Burns Unit}} {{Learning from Excellence}} inbox by
        [[name:M. Hollis]], {{Ward Sister}}
    """)),
    ("health", "near_miss", block("""
        Teams chat - Burns theatre coordination
        [[name:Ravi Subramanian]]  08:02
        heads up - list says pt 2 [[name:Aurelia Constantin]] is {{SSG}} R hand but the consent
        form + clinic photos both say L hand
        [[name:Nell Fairweather]]  08:04
        good spot. booking form was done by the {{F1}} from Mr [[name:Obi]]'s team from the
        dictation. I'll get the {{theatre coordinator}} to amend and we'll do {{site marking}}
        with her awake before {{premed}}
        [[name:Ravi Subramanian]]  08:05
        👍 and I'll raise at the {{WHO checklist}} {{sign in}}
        [[name:Obi, Chinedu]]  08:15
        Thanks both. My error in the dictation - consent is correct, LEFT hand. Please Datix it
        ([[case_reference:DX-119044]]) so we can look at how lists are built from letters.
    """)),
    ("health", "incident", block("""
        Incident: scald in the {{hydrotherapy}} shower, {{Burns Outpatients}}, [[date:Wed 3rd July]]
        Patient: Mrs [[name:Doreen Akpan]], [[age:79]], NHS [[nhs_number:401 385 2675]]

        Time  | Outlet           | Temp (°C) | Checked by
        09:10 | Hydro shower 1   | 41        | [[name:JB]]
        10:45 | Hydro shower 1   | 49        | [[name:Lwazi]] (after pt cried out)
        10:50 | Hydro shower 2   | 40        | [[name:Lwazi]]
        13:00 | Hydro shower 1   | 52        | {{Estates}} ([[organisation:Pennant Facilities Ltd]])

        The {{TMV}} on shower 1 failed partway through the morning list. Mrs [[name:Akpan]]
        sustained a superficial partial-thickness scald to the left foot (~0.5% {{TBSA}}),
        dressed with {{Mepitel}}. She has {{peripheral neuropathy}} and did not feel the heat
        straight away. Shower 1 taken out of use; {{Legionella}} flush and TMV replacement done
        next day. Temperature is now checked before every patient, not once at the start of the
        list. Datix [[case_reference:DX-118733]]; {{duty of candour}} letter sent.
    """)),
    ("health", "success", block("""
        BURNS M&M / LEARNING FROM EXCELLENCE - MINUTES
        [[date:25 April 2024]], {{Education Centre}} room 4, [[organisation:Hallamgate General Hospital]]
        Chair: Mr [[name:T. Abernethy-Blake]] ({{Consultant Plastic Surgeon}})
        Present: Dr [[name:Hope Ferreira]] ({{ST5}}), [[name:Nadia Haddad]] ({{Burns CNS}}),
        [[name:Bill Kerr]] ({{Pharmacist}}), [[name:Li Wei]] ({{Dietitian}}), [[name:Mark]] ({{physio}})
        Apologies: Dr [[name:S. Rahman]], [[name:Pat O'Driscoll]] ({{Matron}})

        Case 2 - [[name:Jordan Mbatha]] ([[age:23]]), 32% {{TBSA}} flame burn, admitted [[date:2 March]]
        [[name:Li Wei]] started {{NG feeding}} within 6 h of admission and picked up
        {{refeeding}} risk on day 2, so feeds were built up safely. [[name:Bill]] noticed
        {{gentamicin}} levels creeping up with a rising creatinine and switched to {{TDM}}-guided
        dosing before any {{AKI}}. Graft take 98%; discharged day 24 against a predicted 32.
        Discussion: [[name:Hope]] noted both interventions were proactive, not reactive.
        Actions: {{Learning from Excellence}} forms for [[name:Li Wei]] and [[name:Bill Kerr]]
        ([[name:NH]]); dietetic review within 12 h to go into the admission bundle.
    """)),
    ("health", "near_miss", block("""
        PATIENT SAFETY EVENT - NEAR MISS
        Patient name: [[name:Ruby-Jean Castellano]]
        DOB: [[date_of_birth:14/02/2021]]      Age: [[age:3 yrs]]
        Hospital no: [[case_reference:HGH5120447]]   NHS no: [[nhs_number:927 410 3565]]
        Ward: {{Ward 12}} ({{Paediatric Burns}})       Date: [[date:07/11/2024]]
        Reporter: [[name:Aoife Ní Bhriain]], {{Paediatric Staff Nurse}}

        Description:
        {{Ketamine}} for {{procedural sedation}} before a {{dressing change}} was prescribed as
        "1O mg/kg" - the zero was a letter O, read by the first checker as 10 mg/kg (140 mg for
        a 14 kg child). The second checker, [[name:Sunny Kaur]], looked it up in the {{BNFc}},
        stopped the check and bleeped the {{SpR}}. Intended dose was 1 mg/kg IV (14 mg).
        Drug drawn up but not given. No harm.
        Contributing: handwritten chart (the {{EPMA}} was down), a busy {{sedation room}}, and
        an unfamiliar {{locum}} prescriber.
        Action: {{ketamine}} doses to be written in mg, not mg/kg; second check to be fully
        independent.
    """)),
    ("health", "incident", prose("""
        logging this as asked by {{nic}} ([[name:Bernie]]). [[date:sat 3rd]] late shift i took
        wound photos of bed 9 (mr [[name:hendry]], facial + hand burns) on my own phone bc the
        {{medical photography}} ipad was flat n the {{plastics reg}} wanted them for the {{MDT}}
        at 2. sent them on {{whatsapp}} to dr [[name:okwuosa]]. only realised after that my phone
        backs up to {{icloud}} n his face is in 2 of them. deleted from phone, icloud + recently
        deleted, dr [[name:okwuosa]] deleted his too + confirmed by text. {{IG}} datix
        [[case_reference:DX-119312]]. i know its not ok, just felt there was no other way to
        get them there in time. can we pls get a 2nd ipad + a charging dock on the ward??
        [[name:tash]] ({{SN}})
    """)),
    ("health", "success", prose("""
        On [[date:19 January]] [[name:Isla McPhee]], a [[age:2-year-old]] with a 6% {{scald}} to
        her back, was reviewed in the {{dressings clinic}} on day 3. Her {{mum}} said she "just
        wasn't herself". Her {{PEWS}} was 3, which on its own would not have triggered
        escalation. {{Staff Nurse}} [[name:Joy Mensah-Bonsu]] noticed a faint blanching rash
        across her trunk and a capillary refill of 3 seconds, listened to the mother's concern
        and escalated straight to the {{paediatric registrar}} using {{Sepsis 6}}.
        {{Toxic shock syndrome}} was diagnosed; {{clindamycin}}, {{flucloxacillin}} and
        {{IVIG}} were started within the hour and [[name:Isla]] was transferred to {{PICU}} at
        [[organisation:Westmoor Children's Hospital]]. She made a full recovery and went home
        on [[date:2 February]]. Learning: trust parental concern (this is exactly what
        {{Martha's Rule}} is about) and treat a "well-looking" burns child with a rash and
        fever as {{TSS}} until proven otherwise. [[name:Joy]] has been nominated for the trust
        {{Nursing Excellence}} award.
    """)),
    ("health", "near_miss", block("""
        WhatsApp - "Burns ITU nurses"
        [[date:09/09/2024]], 14:03 - [[name:Will Ashdown]]: taking bed 1 to {{CT}} with [[name:Precious]] ({{ODP}}) now
        [[date:09/09/2024]], 14:11 - [[name:Will Ashdown]]: {{cylinder}} on the {{transfer trolley}} read FULL at 14:00 and was EMPTY by the lift 😳 gauge stuck. swapped to the spare {{size D}}, no {{desat}}
        [[date:09/09/2024]], 14:12 - [[name:Priya R]]: omg glad u had a spare. whose check was it?
        [[date:09/09/2024]], 14:20 - [[name:Mark Bellamy]]: mine this morning. gauge looked full, I didn't crack it open to test flow 🙈
        [[date:09/09/2024]], 14:22 - [[name:Will Ashdown]]: no harm done mate. lets add "open + check flow" to the {{transfer checklist}} and always 2 cylinders for a {{ventilated}} pt
        [[date:09/09/2024]], 14:25 - [[name:Priya R]]: i'll tell {{Estates}} re the gauge n datix it
    """)),
    ("health", "incident", block("""
        Timeline - delayed {{safeguarding}} referral ([[case_reference:DX-118655]])
        Child: [[name:Mia-Rose Thornbury]] ([[age:18 months]]), {{glove-and-stocking}} {{scald}} to both feet

        [[date:12/06]] 22:40  Admitted via {{ED}} at [[organisation:Carrbrook District Hospital]];
                      history 'stepped into the bath'.
        [[date:12/06]] 23:30  {{Burns reg}} documents pattern "?{{immersion}}" but makes no referral,
                      "for {{consultant}} review".
        [[date:13/06]] 09:00  {{Ward round}} - Mr [[name:Adebisi]] writes '{{NAI}} to be excluded'.
                      Everyone assumes the {{Safeguarding team}} are aware.
        [[date:14/06]] 15:20  {{Named Nurse}} [[name:Carol Pemberton-Oakes]] finds no referral on the
                      system; refers to [[organisation:Carrbrook Children's Services]] ({{MASH}}).
        [[date:14/06]] 17:05  {{Strategy meeting}}; {{skeletal survey}} requested.

        About 40 h between the first documented concern and the referral. Sibling
        [[name:Kai]] ([[age:4]]) remained at home throughout.
        Learning: whoever first documents the concern makes the referral; {{Child Protection}}
        flag on the {{e-whiteboard}}.
    """)),
    ("health", "success", block("""
        Learning from excellence - {{VTE}} assessment on admission, {{Burns Unit}}
        Lead: [[name:Marguerite Okonkwo-Lévesque]] ({{Quality Improvement}} nurse)

        PDSA cycle    Admissions    Assessed <14h    %
        Baseline      38            21               55
        Cycle 1       41            30               73
        Cycle 2       36            33               92
        Cycle 3       40            39               98

        Changes: a {{VTE}} box added to the {{clerking proforma}} (Dr [[name:Hamza Iqbal]],
        {{ST3}}); pharmacist [[name:Siân]] checks it at {{med rec}}; prompt added to the 08:30
        {{safety huddle}}. Thank you to [[name:Hamza]], [[name:Siân Pryce-Jones]] and the
        {{HCA}} team. Presented at [[organisation:Northern Fells Regional Burns Unit]] governance
        day, [[date:12 September 2024]]; now being spread to {{Ward 12}}.
    """)),
    ("health", "incident", block("""
        From: [[name:Dawn Ashworth]] <[[email:dawn.ashworth3@nhs.net]]>
        Sent: [[date:Mon 21 Oct 2024]] 10:14
        To: [[email:burns.outreach@hallamgate.nhs.uk]]
        Subject: Discharge - [[name:Terrence Bolt]], NHS [[nhs_number:550 291 3643]]

        Hello,
        I'm one of the {{district nurses}} covering [[organisation:Marsh Lane Surgery]].
        Mr [[name:Bolt]] ([[age:88]], lives alone at [[address:3 Tanner's Row, Carrbrook]],
        [[postcode:PE12 4BN]]) was discharged from [[organisation:Beaumont Ward]] on {{Friday}}
        evening. We had no referral. His {{carer}} rang us on {{Sunday}} because the dressing on
        his {{graft}} was soaked through and smelled. He had no dressings at home, no
        {{discharge letter}} and no {{TTO}} antibiotics, although the ward notes say
        {{flucloxacillin}} for 5 days. The {{GP}} has started antibiotics and a swab is sent, but
        he is now at risk of losing the graft.
        Could someone look at how this happened? I've put in a Datix too
        ([[case_reference:DX-119530]]).

        Kind regards
        [[name:Dawn]]
        [[name:Dawn Ashworth]], {{Community Staff Nurse}}, [[organisation:Carrbrook North Neighbourhood Team]]
        [[phone:01632 960461]]
    """)),
    # ---------------------------------------------------------------------- aviation (16)
    ("aviation", "incident", block("""
        MANDATORY OCCURRENCE REPORT - internal copy
        Operator: [[organisation:Fenwold Air Services Ltd]]
        Aircraft: [[aircraft_registration:G-HKSP]], {{Robinson R44 II}} with {{spray boom}}
        Date: [[date:14/07/2024]]    Ref: [[case_reference:MOR-FW-24-024]]
        {{PIC}}: [[name:Kit Ramsay]]

        Narrative:
        Bracken control at [[organisation:Skellgill Farm]] under our {{aerial application permit}},
        {{asulam}} at 11 l/ha. Wind at start 6 kt SW, within limits. At approx 10:40 the wind
        veered and increased to 12 kt; the pilot finished the run in progress before suspending.
        The owner of [[address:Low Hagg Cottage, Skellgill Lane]], [[postcode:DL8 4RQ]],
        Mrs [[name:Enid Sowerby]], reported spray deposit on her washing and on her {{beehives}}
        about 150 m downwind, and rang the office on [[phone:01632 960355]]. The {{buffer zone}}
        on the {{spray plan}} was 100 m.

        Actions: task suspended; {{CRD}} and the {{CAA}} informed; {{bee inspector}} contacted;
        samples taken.
        Learning: stop spraying immediately on any wind change outside the plan - do not finish
        the run; 250 m buffer next to any known apiary.
    """)),
    ("aviation", "near_miss", block("""
        RT transcript (extract) - [[organisation:Wrexby Approach]] 134.805 - [[date:27/05/2024]]

        14:02:10 [[aircraft_registration:G-FWSB]]: [[organisation:Wrexby Approach]], [[aircraft_registration:Golf Foxtrot Whiskey Sierra Bravo]], {{P68}}, survey block 4, 3,000 feet {{QNH}} 1014, request {{Traffic Service}}
        14:02:25 {{APP}}: [[aircraft_registration:Golf Sierra Bravo]], [[organisation:Wrexby Approach]], {{Traffic Service}}, squawk 4621
        14:06:40 {{APP}}: [[aircraft_registration:Golf Sierra Bravo]], traffic left ten o'clock, 3 miles, crossing left to right, {{Dash 8}} climbing through 2,400 feet
        14:06:50 [[aircraft_registration:G-FWSB]]: looking, [[aircraft_registration:Golf Sierra Bravo]]
        14:07:30 [[flight_number:QFY218]]: [[organisation:Wrexby Approach]], [[flight_number:Quayfly two one eight]], passing 3,000 for {{FL80}}, {{TCAS}} traffic
        14:07:35 [[aircraft_registration:G-FWSB]]: visual with the Dash, turning right, [[aircraft_registration:Golf Sierra Bravo]]
        14:07:50 [[aircraft_registration:G-FWSB]]: [[aircraft_registration:Golf Sierra Bravo]] would like to file an {{Airprox}}

        Pilot's note ([[name:Gareth Lloyd-Williams]]): closest about 0.4 nm / 200 ft. Our survey
        lines ran across the climb-out for runway 26 at [[organisation:Wrexby Airport]] and I
        hadn't briefed that. {{MOR}} [[case_reference:MOR-FW-24-019]] and {{UKAB}} report filed.
        Next time: ask for a {{Deconfliction Service}} and plan block 4 away from the departure
        track.
    """)),
    ("aviation", "success", prose("""
        ★ GOOD CATCH - loader team ★ Big thanks to [[name:Paweł Zając]] for stopping a
        wrong-product load on [[date:Friday 12 April]]. The {{job sheet}} for
        [[aircraft_registration:G-BKSP]]'s 09:30 sortie was {{cover crop}} seed for
        [[organisation:Lodge Farm]], but the {{hopper}} had been left part-filled with
        {{ferric phosphate}} slug pellets from the [[organisation:Whitmoor Estate]] job the night
        before. [[name:Paweł]] dipped the hopper as part of his {{load check}}, saw blue pellets
        and stopped the load. Spreading pellets on the wrong farm would have been an
        unauthorised application under our {{aerial application permit}} and a {{CRD}} report,
        never mind the farmer. {{Hopper}} is now emptied and signed off at end of day on the
        {{loader checklist}}. - [[name:Mel]] ({{Ops Manager}})
    """)),
    ("aviation", "incident", prose("""
        quick write up. landed [[aircraft_registration:G-BKSP]] at the
        [[organisation:Coldharbour Farm]] strip 0720 [[date:wed 12th]], tractor
        ([[vehicle_registration:AE63 TFX]]) parked about 30m in from the threshold of {{rwy 27}}
        behind the hedge line, farmer hadnt been told we were coming 1st thing. went around
        late, 2nd approach got low n slow in the sink off the trees, firm arrival, bounced once.
        {{tailwheel}} spring bent + {{tailwheel}} tyre flat. {{engineering}} ([[name:nev]]) says
        {{tech log}} entry + grounded till inspected. partly my fault, shoulda done an
        {{overhead}} to look at the strip first. we need to ring farmers the day b4 EVERY time,
        not just on new strips. {{MOR}} not needed per {{Safety Manager}}. [[name:jonno]]
    """)),
    ("aviation", "near_miss", block("""
        Chronology - fuel contamination near miss, [[organisation:Fendyke Airfield]], [[date:Mon 8 July 2024]]

        07:15  Tanker from [[organisation:Eastern Aviation Fuels]] ([[vehicle_registration:PN70 WZE]])
               delivers to the {{Avgas 100LL}} tank. Driver new to the site.
        07:40  [[name:Chidi Okonkwo]] ({{Ground Ops}}) does the {{water check}} from the tank sump:
               sample straw-coloured, not blue.
        07:42  Tank quarantined, {{NO FUEL}} tag fitted.
        07:50  Delivery note checked - {{Jet A-1}} loaded in error at the depot.
        08:30  [[name:Chidi]] and {{Chief Pilot}} [[name:Saoirse Brennan]] confirm no aircraft
               fuelled from the tank since delivery. [[aircraft_registration:G-FWSA]] was fuelled
               last night from previous stock - confirmed by the {{fuel log}}.
        10:00  Supplier notified; tank drained under supervision; {{MOR}} raised
               ([[case_reference:MOR-FW-24-022]]).

        Learning: the {{fuel quality check}} after every delivery, BEFORE release, worked.
        Supplier asked to add a grade check at the fill point.
    """)),
    ("aviation", "success", block("""
        From: [[name:Saoirse Brennan]] <[[email:s.brennan@fenwoldair.co.uk]]>
        To: [[email:crew@fenwoldair.co.uk]]
        Date: [[date:16 August 2024]] 08:05
        Subject: Good call yesterday - [[flight_number:FWD211]]

        Morning all,
        Quick one to recognise [[name:Ahmed Farouk]] and {{survey operator}}
        [[name:Frankie Dubois]] on yesterday's {{LiDAR}} task for the
        [[organisation:Northmere Drainage Board]]. The forecast was {{CAVOK}} but sea fret was
        rolling in over the coast by 10:30. [[name:Ahmed]] had agreed a hard go/no-go with
        [[name:Frankie]] in the {{pre-flight brief}}: if the coastline went out of sight they'd
        stop. It did, so they stopped with 3 lines left and went back inland to
        [[organisation:Fendyke Airfield]] while it was still {{VMC}}. That's textbook {{TEM}}.
        The client would rather have good data next week than a gap in the {{point cloud}}.

        Thanks,
        [[name:Saoirse]]
        [[name:Saoirse Brennan]] | {{Chief Pilot}} | [[organisation:Fenwold Air Services Ltd]]
        [[phone:01632 960990]]
    """)),
    ("aviation", "incident", block("""
        Tech log extract - [[aircraft_registration:G-FWSA]] ({{Cessna U206G}}), pages 112-114

        Date              | Flight                   | Defect / action                                    | Sign
        [[date:03/06/24]] | [[flight_number:FWD201]] | {{Stall warning}} horn inop on {{pre-flight}}. Noted 'VFR day, ok' | [[name:DT]]
        [[date:04/06/24]] | [[flight_number:FWD203]] | Nil                                                | [[name:DT]]
        [[date:05/06/24]] | [[flight_number:FWD206]] | Nil                                                | [[name:Kit R]]
        [[date:06/06/24]] | -                        | {{50 hr check}}: stall warning vane seized. Item NOT on {{MEL}}. Rectified, {{CRS}} issued | [[name:F. Adewale]]

        Summary ([[name:Femi]], {{CAMO}}): the aircraft flew 3 days / 7.4 hrs with a no-go item
        because it was written as a note rather than a defect, and nobody checked the {{MEL}}.
        Two pilots flew it after the entry. Occurrence [[case_reference:FW-OCC-24-012]].
        Actions: any {{tech log}} entry is a defect until an engineer says otherwise; MEL
        briefing at next crew day; {{Part-ML}} review of the deferral process.
    """)),
    ("aviation", "near_miss", block("""
        [[date:22/04/2024]], 06:51 - [[name:Gaz]]: just saw the new lad walk round the front of the {{pawnee}} while [[name:jonno]] was starting up 😡
        [[date:22/04/2024]], 06:52 - [[name:Mel Hartigan]]: is he ok?? stop everything til i get there
        [[date:22/04/2024]], 06:54 - [[name:jonno]]: he's fine, hadn't engaged the starter, saw him at the last sec. {{hi-vis}} was under his coat so couldnt see him against the hangar
        [[date:22/04/2024]], 06:58 - [[name:Mel Hartigan]]: right. nobody airside without the {{prop safety}} brief from me or [[name:Gaz]]. [[name:Tomasz]] does it today before he touches anything. logging as near miss
        [[date:22/04/2024]], 07:03 - [[name:Gaz]]: 👍 will do it at 8 in the {{crew room}}. also need a {{start-up}} shout + thumbs up from the {{loader}} before turning
    """)),
    ("aviation", "incident", block("""
        SAFETY REVIEW BOARD - MINUTES
        [[organisation:Fenwold Air Services Ltd]], [[date:18 September 2024]], 14:00, {{crew room}}
        Present: [[name:Mel Hartigan]] ({{Accountable Manager}}), [[name:Saoirse Brennan]] ({{Chief Pilot}}),
        [[name:D. Tolley]] ({{Safety Manager}}), [[name:Femi Adewale]] ({{CAMO}})
        Apologies: [[name:Kit Ramsay]], [[name:Niamh]] (Ops)

        1. Occurrence [[case_reference:FW-OCC-24-031]] - {{bird strike}}, [[aircraft_registration:G-BKSP]], [[date:2 September]]
        The {{Pawnee}} struck a {{red kite}} at ~150 ft on a spreading run at
        [[organisation:Coldharbour Farm]]. Windscreen cracked; pilot [[name:Jonno Pike]] landed
        on the farm strip without further damage. A tractor was cultivating the next field and
        kites were following it.
        Actions:
        - [[name:DT]] to add 'machinery working nearby' to the {{job hazard}} sheet by [[date:30/09]]
        - Windscreen replaced, {{CRS}} signed by [[name:FA]]
        - {{MOR}} submitted to the {{CAA}}, ref [[case_reference:MOR-FW-24-031]]
        2. Open actions: {{SRB}} action 4 (fuel checks) closed.
    """)),
    ("aviation", "success", block("""
        OCCURRENCE REPORT - POSITIVE / GOOD CATCH
        Ref: [[case_reference:FW-OCC-24-027]]        Date: [[date:11/08/2024]]
        Aircraft: [[aircraft_registration:G-FWSB]] ({{P68 Observer}})   Flight: [[flight_number:FWD204]]
        Crew: {{PIC}} [[name:Ahmed Farouk]]; {{Survey Operator}} [[name:Frankie Dubois]]
        Location: [[organisation:Fendyke Airfield]], {{apron}}

        What happened:
        During the {{walkround}} [[name:Frankie]] noticed two of the {{camera pod}} fairing
        screws were missing and a third was loose. The pod had been refitted the evening before
        by a {{contract engineer}} after a sensor swap. [[name:Ahmed]] called it a no-go; the
        {{CAMO}} was called, the fairing secured and a {{duplicate inspection}} done. Departure
        55 min late.
        Why it matters: the task was over a {{congested area}}.
        Recommendation: duplicate inspection after any pod removal; pod fixings added to the
        {{daily inspection}} checklist.
    """)),
    ("aviation", "near_miss", block("""
        Slack - #ops-planning
        [[name:niamh.oconnor]]  18:20
        pre-checking tomorrow's tasks - block 7 for [[organisation:Anglian Coastal Partnership]]
        runs straight through the {{RA(T)}} for the [[organisation:Saltfleet Air Festival]].
        {{NOTAM}} went out this morning, plan was signed off at 14:00 👀
        [[name:kit.ramsay]]  18:24
        that's mine, sorry. checked NOTAMs at lunch on {{SkyDemon}} but didn't refresh before
        sign-off. we'd probably have caught it at the {{pre-flight}} brief but maybe not
        [[name:mel.hartigan]]  18:31
        good spot [[name:Niamh]]. swap block 7 for block 9 tmrw. can we add an {{AIS}} check at
        17:00 as the last step before release? and [[name:Kit]] - no blame, that {{RA(T)}} was
        published late. logging as a near miss so the {{CAA}} trend data sees it
    """)),
    ("aviation", "incident", block("""
        SHIFT LOG - Survey Ops, [[date:Fri 20 Sept]]
        0615  [[name:Tomasz Wróblewski]] loads 2 x 512GB cards (A + B) into the {{camera}} on
              [[aircraft_registration:G-FWSB]]
        0700  Departs, {{PIC}} [[name:Gareth Lloyd-Williams]]
        1340  Back on blocks. Cards removed by [[name:Tomasz]], put in the {{Pelican case}}, case
              left in the van [[vehicle_registration:FY22 OKD]] while refuelling
        1425  At the office the case has only card A. Card B (blocks 9-12,
              [[organisation:Northmere District Council]] {{aerial imagery}} over housing) missing
        1500  Van, hangar and {{apron}} searched. Not found.
        1530  Client and our {{DPO}} informed. Imagery is 5 cm {{GSD}}, back gardens visible,
              card NOT encrypted. Ref [[case_reference:FW-DP-24-004]]
        Learning: cards {{encrypted}} at format; two-person sign out / sign in on the
        {{card log}}; no cards left in vehicles.
        Entered by [[name:Niamh O'Connor]] ({{Ops Controller}})
    """)),
    ("aviation", "success", block("""
        [[organisation:Hagg End Farm]]
        [[address:Hagg End, Fen Drove Road, Wrexby]]
        [[postcode:PE12 7UW]]
        [[date:2nd September 2024]]

        Dear Ms [[name:Brennan]],

        Just a note to say thank you to your pilot [[name:Dariusz]] and your ground man
        [[name:Pawel]]. When they were spreading the {{cover crop}} seed on the big field by the
        church last week, some ramblers came over the {{footpath}} without seeing the signs.
        [[name:Dariusz]] pulled up and circled until they were well clear and [[name:Pawel]]
        went and had a friendly word with them. A lot of contractors would have carried on.
        My wife [[name:Pam]] says he's welcome for tea any time.

        Yours sincerely,
        [[name:Bill Crossthwaite]]

        (Forwarded to all crew as a {{CRM}} shout-out - [[name:S.B.]])
    """)),
    ("aviation", "near_miss", block("""
        Handheld radio log (transcribed from the ground crew recorder),
        [[organisation:Whitmoor Estate]] bracken task, [[date:Tues 6 Aug]]

        [[name:Kit]]: Ground, [[aircraft_registration:Golf Sierra Papa]], run four inbound from the north, spraying in thirty seconds
        [[name:Pawel]] (ground): stand by, stand by - walker with a dog coming over the stile by the {{marker}}
        [[name:Kit]]: breaking off left, boom off
        [[name:Pawel]]: he's stopped. dog off lead, heading down to the {{beck}}
        [[name:Kit]]: holding to the south, call me when clear
        [[name:Pawel]]: clear now, past the {{wall}}, going away
        [[name:Kit]]: [[aircraft_registration:Golf Sierra Papa]] resuming run four

        Note ([[name:Kit Ramsay]]): the {{gamekeeper}}, [[name:Hamish McCrindle]], had put the
        path closure signs on the wrong stile, so the {{PROW}} diversion agreed for the
        {{aerial application permit}} wasn't where the {{spray plan}} showed it. No exposure.
        We now walk the closures with the estate the evening before.
    """)),
    ("aviation", "incident", prose("""
        On [[date:30 April 2024]] [[name:Dariusz Kamiński]] flew seven spreading sorties in
        [[aircraft_registration:G-BKSP]] (6.8 h flying) after driving the {{company van}}
        ([[vehicle_registration:FN19 XKL]]) 2 h 40 min from [[organisation:Fendyke Airfield]] to
        the [[organisation:Hagg End Farm]] strip, starting at 04:50. The ops planner counted the
        drive as rest rather than {{duty}}, so the roster showed 10 h 15 min {{FDP}} when it was
        actually 13 h 05 min, over the 12 h limit in our {{FTL scheme}} (based on
        {{CAP 371}}). On the last sortie [[name:Dariusz]] misjudged the turn at the end of a run
        and came closer to the power lines at the field edge than he was comfortable with (he
        estimates 30 m). He reported this himself the next morning. Actions: {{positioning}} by
        road now counted as duty in the roster tool; pilots can flag {{fatigue}} on the
        {{FRMS}} form without blame; {{Safety Manager}} reviewing the last 3 months of rosters.
        Ref [[case_reference:FW-OCC-24-015]].
    """)),
    ("aviation", "success", prose("""
        good catch by [[name:ellie]] today ([[date:tues 10th]]) on her 3rd {{line check}}
        sortie in [[aircraft_registration:G-HKSP]]. humid morning, +9 {{OAT}}, dewpoint 7. in the
        cruise at 2000ft she noticed the {{carb temp}} needle creeping into the yellow arc n a
        small {{MAP}} drop, applied full {{carb heat}} straight away instead of waiting for the
        {{carb heat assist}} to sort it. engine smoothed out in about 20 sec. she briefed it
        properly in the debrief n showed us the {{carb icing chart}} from the {{CAA}}
        {{Safety Sense}} leaflet - worth everyone having another look at {{SS14}}. textbook.
        nice one [[name:ellie]] 👍 [[name:kit]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind317", REPORTS))
