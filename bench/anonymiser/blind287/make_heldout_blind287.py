"""Held-out blind corpus 287: 50 hand-written UK incident, near-miss and success reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well the de-identifier generalises. Every person, organisation, place and number is invented.

Settings:
- social_care (17): a staying put and care leavers' independent living team - personal
  advisers, former foster carers, tenancies, benefits, universities.
- health (17): a community podiatry and diabetic foot service - clinics, wound care,
  amputation risk, vascular referrals, home visits.
- aviation (16): a fixed-wing air ambulance and medical repatriation operator - pilots,
  flight nurses, patients abroad, ground ambulances, handovers.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams, WhatsApp, Slack), handover notes, minutes with
attendance and apologies, pipe tables, transcripts (voicemail, phone, radio/RT), shout-outs
and thank-you notes.

`[[label:value]]` marks an identifier and `{{term}}` a must-not-redact mention (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind287.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        quick note b4 i forget - saw [[name:jade o'connor]] ([[age:19yo]]) at her flat
        [[address:3/22 tanner st, calderbridge]] [[postcode:CB4 2RT]] this am. lecky on emergency
        credit since {{sun}}, {{UC}} sanctioned bc she missed the {{work coach}} appt on
        [[date:14th]] - she says nobody told her, letter went to old addy at her ex
        {{foster carers}} [[name:bev]] & [[name:ray]]. i topped up £20 from {{setting up home}}
        budget, receipt in the drawer. {{PA}} needs to ring {{jobcentre}} tmrw re
        {{hardship payment}} + change of addy. also [[name:tyler]] staying over again, hes not on
        the {{tenancy}} so {{housing officer}} might kick off. not a {{safeguarding}} referral yet
        but flagged to {{TM}}. ref [[case_reference:LC-40913]] - [[name:kez]]
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:2 September 2024]] the {{payments team}} at
        [[organisation:Calderbridge Metropolitan Borough Council]] generated an automatic
        end-of-placement letter to {{former foster carer}} Mrs [[name:Faith Adeyemi-Clarke]],
        stopping her allowance for [[name:Malik Haidari]] (DOB [[date_of_birth:04/09/2006]]) on
        the day he turned [[age:18]]. A {{Staying Put}} agreement had been signed at his
        {{pathway plan}} review on [[date:11 July]] but the change of placement type was never
        entered on the {{case management system}}. [[name:Malik]] is in {{Year 13}} at
        [[organisation:St Wilfrid's Sixth Form]] and relies on the arrangement to stay in
        education. His {{personal adviser}}, [[name:Tomasz Wróbel]], spotted the problem when
        Mrs [[name:Adeyemi-Clarke]] phoned him in tears on [[date:3 September]]. The stop was
        reversed the same day and no payment was missed. Learning: {{Staying Put}} agreements
        should be logged by the {{social worker}} and confirmed by the {{IRO}} at the review,
        not left to the {{16+ team}} after the young person's birthday.
        Ref [[case_reference:NM-2024-066]].
    """)),
    ("social_care", "success", block("""
        #shout-outs | {{Leaving Care}} & {{Staying Put}}

        [[name:Hope Mbeki]]  10:12
        Massive shout out to [[name:Grace]] 🙌 who spent her whole {{Friday}} afternoon on hold to
        {{Student Finance England}} sorting [[name:Bilal]]'s {{care leaver bursary}} and
        {{estranged student}} evidence. He starts at [[organisation:University of Harwick]] on
        [[date:23 Sept]] with {{365-day accommodation}}, and his {{Staying Put}} carers [[name:Joy]]
        and [[name:Desmond Achterberg]] are driving him up 🚗

        [[name:Grace]]  10:20
        aw thanks [[name:hope]] 😊 couldnt have done it without the {{virtual school}} {{PEP}}
        notes and [[name:DK]] in {{finance}} chasing the deposit

        [[name:Pat O'Driscoll]]  10:31
        👏👏 brilliant. [[name:Grace]] can you pop it on the {{learning log}} please
    """)),
    ("social_care", "incident", block("""
        From: [[name:Sunny Okonkwo]] <[[email:sunny.okonkwo@calderbridge.gov.uk]]>
        To: {{Information Governance}} <[[email:ig.breaches@calderbridge.gov.uk]]>
        Cc: [[name:Rebecca Thorne-Ellis]]
        Date: [[date:Tue 8 Oct 2024]] 10:42
        Subject: Possible data breach - pathway plan sent to wrong recipient

        Hi,

        At about {{09:50}} today I emailed the updated {{pathway plan}} for [[name:Amber Whitlow]]
        ([[case_reference:LC-37702]]) to [[email:amber.whitlock@outlook.com]] instead of her own
        address - {{Outlook}} auto-completed it from an old contact. The plan includes her DOB
        [[date_of_birth:21/06/2004]], NI number [[ni_number:JT 48 21 93 C]], her address at
        [[address:7 Pickering Walk, Harwick]] [[postcode:HX3 8JN]] and notes about her {{CAMHS}}
        history.

        I realised when I got an automatic reply. I have asked the recipient to delete it and
        tried {{recall}}, but no confirmation yet. [[name:Amber]] has been told and was
        understandably upset. My {{team manager}} [[name:Rebecca]] is aware.

        Thanks,
        [[name:Sunny]]

        [[name:Sunny Okonkwo]] | {{Personal Adviser}} | {{Leaving Care Service}}
        [[organisation:Calderbridge Metropolitan Borough Council]] | [[phone:07700 900418]]
    """)),
    ("social_care", "near_miss", block("""
        [[date:12/03/24]], 08:14 - [[name:Rose Kaminski]]: Morning [[name:Mo]], [[name:Liam]] got a letter from [[organisation:Pennine Vale Homes]] saying hes 6 wks behind on rent?? thought the {{housing element}} went straight to them
        [[date:12/03/24]], 08:40 - [[name:Mo Rahman]] {{PA}}: Morning! leave it with me, ringing {{UC}} now
        [[date:12/03/24]], 11:02 - [[name:Mo Rahman]] {{PA}}: Found it. {{managed payment}} was never set up so the money's been going into [[name:Liam]]'s account and he's been spending it 🙈 not his fault, nobody explained it
        [[date:12/03/24]], 11:05 - [[name:Rose Kaminski]]: oh bless him. is he going to lose the flat
        [[date:12/03/24]], 11:20 - [[name:Mo Rahman]] {{PA}}: No - spoke to [[name:Carys]] the {{housing officer}}, she's holding off the {{NOSP}}. repayment plan + {{APA}} request going in today, ref [[case_reference:PVH-88213]]
        [[date:12/03/24]], 11:21 - [[name:Rose Kaminski]]: thank god. ill pop round tonight with his tea x
    """)),
    ("social_care", "success", block("""
        {{Staying Put}} Review Panel - minutes
        Date: [[date:Thursday 16 January 2025]]    Venue: {{Teams}}

        Present: [[name:Pat Mulvaney]] ({{Chair}}), [[name:Ngozi Ekwueme]] ({{Fostering}}),
        [[name:Will Tanner]] ({{PA}}), [[name:JK]] (minutes)
        Apologies: [[name:Bill Fairweather]] ({{IRO}}), [[name:Siobhán Ní Bhriain]] ({{Virtual School Head}})

        1. [[name:Ivy Chen-Hartley]] ([[age:20]]) - {{staying put}} with Mr and Mrs [[name:Lowther]]
           extended to [[date:31 August 2025]] so she can finish her {{Access to HE}} course at
           [[organisation:Harwick College]]. Agreed.
        2. [[name:Kwabena]] - moving on to {{supported lodgings}} at {{Easter}}; his carers
           [[name:Dot]] and [[name:Frank Appiah]] will stay as his "{{Staying Close}}" link. Agreed.
        3. AOB: [[name:Will]] noted three carers this year kept young people on after the
           allowance ended so they could sit exams - {{good practice}} to share at the
           {{carers' forum}}.

        Actions: [[name:JK]] to circulate minutes by [[date:24/01]]. [[name:Pat]] to write to
        all three carers.
    """)),
    ("social_care", "incident", block("""
        Chronology - [[name:Dariusz Nowak]] ([[case_reference:LC-41150]]), {{semi-independent}} flat
        [[address:Flat 2, 61 Quarry Road, Calderbridge]] [[postcode:CB9 4LD]]

        [[date:Sat 19 Oct]]
        22:40  {{on-call}} {{PA}} [[name:Hazel]] rung by [[name:Dariusz]]'s girlfriend [[name:Nadia]] -
               he has not answered since {{morning}}, last msg said "done with all this".
        22:55  [[name:Hazel]] rang [[name:Dariusz]] on [[phone:07700 900733]] - no answer.
        23:05  Police called on {{101}}, upgraded to {{999}}, log [[case_reference:CB-1019-0917]].
        23:20  [[name:Hazel]] tried the {{key safe}} - code in the {{out-of-hours}} file wrong
               (changed by {{support provider}} in {{September}}, file not updated).
        23:50  {{PC}} [[name:Oduya]] forced entry. [[name:Dariusz]] found intoxicated, conscious.
               Taken to {{A&E}} at [[organisation:Royal Calderbridge Infirmary]].
        [[date:Sun 20 Oct]]
        09:10  {{mental health liaison}} assessed, discharged with {{crisis team}} follow-up.

        Impact: approx 40 min delay getting in. Action: provider to email key safe changes to
        {{duty}} inbox; {{TM}} to audit OOH file. Logged by [[name:H. Brennan-Achebe]].
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS REPORT - {{Leaving Care}}
        Reporter: [[name:Dawn Ashby-Pryce]]      Role: {{Personal Adviser}}
        Young person: [[name:Kacper Wiśniewski]]      DOB: [[date_of_birth:17/02/2005]]
        Ref: [[case_reference:LC-38821]]      NI: [[ni_number:SK 30 92 18 B]]
        Address: [[address:Flat 9 Linden Court, 40 Mill Lane, Calderbridge]] [[postcode:CB2 7HU]]
        Date of event: [[date:05/11/2024]]

        What happened: [[name:Kacper]] got an {{enforcement agent}} letter from
        [[organisation:Calderbridge MBC]] for £612 {{Council Tax}}. Care leavers are exempt here
        but the {{exemption}} was never applied when he left {{staying put}} in {{August}}.
        What stopped it: he sent a photo of the letter to his old foster carer [[name:Summer]],
        who forwarded it to me. I rang {{Revenues}} the same day and the debt was cancelled
        before any visit.
        Why: the {{moving-on checklist}} does not mention council tax.
        Action: checklist updated; {{TM}} [[name:R. Thorne-Ellis]] informed.
    """)),
    ("social_care", "success", block("""
        (card handed in at reception - typed up for the {{learning log}} with her permission)

        dear [[name:faith]] and everyone at {{leaving care}},
        i just wanted to say thank u for everything this year. when my {{staying put}} ended i was
        so scared of living on my own but u came with me to view the flat, sorted the
        {{setting up home allowance}} and even found me a kettle lol. my old carer [[name:pam]]
        says ur the best {{PA}} she has ever met!! i passed my first year at
        [[organisation:Moorcombe University]] with a 2:1 in {{adult nursing}} and start my
        {{placement}} on [[date:6th Jan]] on a {{surgical ward}}.
        love [[name:Esi]] xx
        p.s. tell [[name:will]] i still have his {{bus pass}} form haha
    """)),
    ("social_care", "incident", block("""
        {{OOH}} HANDOVER to {{Leaving Care}} duty - [[date:Mon 25/11]]

        YP: [[name:Oluwaseun Adebayo]] ("[[name:Shay]]"), [[age:21yrs]], [[case_reference:LC-36054]]
        - Rang {{EDT}} {{Sun}} 01:30 from halls at [[organisation:Moorcombe University]]
          ([[address:Block C, Severn Court]]) after taking approx 20 {{paracetamol}}.
        - {{EDT}} worker [[name:Lorenzo]] called {{999}}; taken to {{A&E}} at
          [[organisation:Moorcombe General Hospital]], {{acetylcysteine}} started.
        - Uni {{wellbeing team}} NOT told until {{Sunday}} pm, though his {{pathway plan}} says
          the uni {{mental health adviser}} (Dr [[name:Okafor]]) is to be told same night. Consent on file.
        - [[name:Shay]] says he ran out of {{sertraline}} 2 wks ago and
          [[organisation:Severn Lane Surgery]] couldnt get him in.
        TO DO: {{PA}} [[name:Hope]] to visit on the ward, call [[organisation:Severn Lane Surgery]],
        update {{risk assessment}}. [[name:Shay]]'s mobile [[phone:07700 900256]].
        Handed over by [[name:A. Lindqvist]]
    """)),
    ("social_care", "near_miss", block("""
        #lc-payments

        [[name:will.t]]  2:14 PM
        quick one - nearly paid [[name:Kiera Doyle]]'s {{setting up home allowance}} (£2,000) into
        her ex's account 😬 bank details on the {{payment request}} came from an old email in
        {{June}}, her ex [[name:Jordan]] made her change them. [[name:Kiera]] rang this morning to
        say she's got a new account with [[organisation:Nationwide]] and asked which one we had

        [[name:amber.h]]  2:16 PM
        omg good catch. did {{finance}} not do the {{call-back check}}?

        [[name:will.t]]  2:19 PM
        they did, but it went to the number on the form... which was his 🙃 {{DV}} risk so ive
        told her {{IDVA}} [[name:Noor]] as well

        [[name:rajesh.k]]  2:25 PM
        adding to {{Thursday}} team meeting. can {{PA}}s verify bank details face to face from now
        on? logged as [[case_reference:FIN-NM-0412]]
    """)),
    ("social_care", "success", prose("""
        Learning summary - planned move from {{Staying Put}} to a first tenancy.
        [[name:Tariq Mahmood-Jones]] ([[age:aged 21]]) lived with his former foster carers,
        [[name:Robin]] and [[name:Angharad Pryce]], under a {{Staying Put}} arrangement from
        [[date:March 2022]]. In [[date:October 2024]] he was offered a one-bedroom flat by
        [[organisation:Harwick & District Housing Association]] at
        [[address:12 Ferncliffe Gardens, Harwick]] [[postcode:HX1 5TW]]. His {{personal adviser}},
        [[name:Marek Zieliński]], began {{tenancy sustainment}} work six months before the move,
        including a {{budgeting course}} with [[organisation:Calder Credit Union]] and a
        {{trial week}} living alone while the carers were on holiday. The {{housing officer}}
        reports the rent account has been clear for twelve weeks and [[name:Tariq]] has kept his
        {{apprenticeship}} at [[organisation:Brightwell Engineering Ltd]]. What worked: early
        planning in the {{pathway plan}}, the carers staying involved (he still goes back for
        {{Sunday}} dinner), and a joint visit with the {{Housing Options}} team before he signed.
    """)),
    ("social_care", "incident", block("""
        {{Staying Put}} allowance run - missed payments ([[date:Nov 2024]])
        Reported by: [[name:L. Fontaine]], {{Business Support}}

        | Carer                         | Young person          | Ref                           | Due              | Status   |
        |-------------------------------|-----------------------|-------------------------------|------------------|----------|
        | [[name:Mark Ellery]]          | [[name:Zainab]]       | [[case_reference:SP-0215]]    | [[date:01/11]]   | NOT PAID |
        | Mrs [[name:Agnieszka Kurek]]  | [[name:Reuben]]       | [[case_reference:SP-0231]]    | [[date:01/11]]   | NOT PAID |
        | [[name:Sandy]] & [[name:Phil Goode]] | [[name:Tyrese]] | [[case_reference:SP-0198]]  | [[date:01/11]]   | paid late |

        The {{BACS}} file failed on [[date:31 Oct]] and nobody in {{Finance}} saw the error report
        until carers rang the {{duty}} line. Mrs [[name:Kurek]] had to use a {{food bank}}.
        Payments made by {{CHAPS}} on [[date:6 Nov]]. {{Service Manager}} has apologised in writing.
    """)),
    ("social_care", "near_miss", prose("""
        omg nr miss 2day. had [[name:Abdirahman]]'s {{Home Office}} interview in the diary as
        [[date:thurs 14th]] but it was actually [[date:tues 12th]] 😱 only found out cos his mate
        [[name:Yonas]] got the same letter n showed me. rang the {{legal rep}} at
        [[organisation:Okoro & Finch Solicitors]], booked a {{Tigrinya}} {{interpreter}} and got
        him there on time. if hed missed it his {{further leave to remain}} claim cld have been
        refused + {{UC}} stopped. prob was i copied the date from the {{BRP}} renewal email not
        the actual letter. {{UASC}} workers pls check originals!! [[name:Abdirahman]] ref
        [[case_reference:LC-39470]]. - [[name:Jay]] ({{PA}})
    """)),
    ("social_care", "success", block("""
        From: [[name:Bronwen Ellis-Ogunleye]] <[[email:b.ellisogunleye@harwick.ac.uk]]>
        To: [[name:Grace Halloran]] <[[email:grace.halloran@calderbridge.gov.uk]]>
        Date: [[date:6 March 2025]]
        Subject: [[name:Dev]] - update and a thank you

        Hi [[name:Grace]],

        Just to let you know [[name:Dev Chaudhary]] has passed his {{resits}} and will progress to
        {{Year 2}} of {{Computer Science}}. Honestly, in {{January}} I thought we'd lose him. The
        joint meeting you set up with his {{Staying Put}} carer [[name:Crystal]], our
        {{Disability Advice}} team and the {{Hardship Fund}} made all the difference, and
        getting his {{DSA}} laptop sorted meant he could actually do the work.

        We'd like to use this (anonymised) as a case study at our {{Care Leaver Covenant}} event.

        Best wishes,
        [[name:Bronwen]]

        [[name:Bronwen Ellis-Ogunleye]]
        {{Care Leaver Liaison}} | {{Student Wellbeing}}
        [[organisation:University of Harwick]]
        [[phone:01632 960447]]
    """)),
    ("social_care", "incident", block("""
        Voicemail transcript (auto) - {{duty}} line - [[date:Wed 22 Jan]] {{16:47}}

        "hiya its [[name:Gary]] from [[organisation:Keystone Lettings]] ringing about
        [[name:Precious Moyo]] at [[address:44b Albion Terrace]] erm the smoke alarm's been taken
        off the ceiling and there's a lot of lads coming and going the neighbour says there was a
        fight {{Saturday}} night and a window's gone can someone ring us back on
        [[phone:0113 496 0812]] cheers"

        Note by {{duty worker}} [[name:S. Adeyemi]]: [[name:Precious]] ([[age:19]]) is a
        {{former relevant child}}, no {{PA}} allocated since [[name:Gemma]] left in {{December}}.
        Could not reach [[name:Precious]] by phone. Concern about {{cuckooing}} /
        {{exploitation}}. {{MASH}} referral made, {{fire service}} asked for a {{home safety check}},
        {{PC}} [[name:Farrell]] from the {{neighbourhood team}} to do a welfare visit.
        Allocation gap logged for {{TM}}.
    """)),
    ("social_care", "success", block("""
        GOOD PRACTICE / LEARNING NOTE
        Submitted by: [[name:Joy Nwachukwu]], {{Supervising Social Worker}} ({{Fostering}})
        Date: [[date:28/02/2025]]
        Young person: [[name:C.M.]] - [[age:aged 18]], {{Staying Put}} since [[date:August 2024]]

        What went well:
        - Former foster carers [[name:Bernadette]] and [[name:Jim Ó Súilleabháin]] kept
          [[name:C.M.]]'s room for university holidays under a {{vacation retainer}}, agreed at
          {{pathway plan}} review.
        - {{PA}} [[name:Femi]], the {{virtual school}} and {{Fostering}} wrote one shared
          "staying put to uni" plan instead of three separate ones.
        - [[name:C.M.]] got an unconditional offer from [[organisation:Moorcombe University]] and
          the {{Care Leaver Bursary}} was in place before {{Freshers}}.

        Why it matters: {{Ofsted}} flagged last year that carers lost income when young people
        left for uni. This is the first time we have used a retainer.
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        hv mr [[name:kowalczyk]] ([[age:78]]) [[address:9 beck row, eastwold]] [[postcode:DN14 6PQ]].
        L {{hallux}} {{ulcer}} way worse than lst wk, {{sloughy}} base, {{cellulitis}} tracking up
        the {{dorsum}}, smells. {{pedal pulses}} not palpable, {{doppler}} monophasic. notes say
        {{vascular referral}} sent [[date:3/4]] but nothing on {{ICE}} and
        [[organisation:St Aldric's Hospital]] have no record - looks like it was never actually
        sent. rang [[organisation:Eastwold Medical Practice]], {{duty GP}} dr [[name:baptiste]]
        started {{doxycycline}}. re-referred urgent to {{vascular}} by phone + email. nhs no
        [[nhs_number:485 271 9365]]. daughter [[name:bridget]] to ring {{111}} if temp or redness
        spreads. datix [[case_reference:W-22617]]. [[name:ck]]
    """)),
    ("health", "near_miss", prose("""
        During the {{high-risk foot clinic}} at [[organisation:Holloway Bank Health Centre]] on
        [[date:14 February 2025]], {{podiatrist}} [[name:Siddharth Rao]] was about to start
        {{sharp debridement}} of a right {{plantar}} heel {{ulcer}} on [[name:Margaret Ann Lyle]]
        (DOB [[date_of_birth:02/11/1948]]) when the {{healthcare assistant}}, [[name:Faith]], said
        she remembered the ulcer being on the left. The {{wound chart}} on the trolley belonged to
        another patient, [[name:Margaret Lyle]] (DOB [[date_of_birth:19/07/1953]]), who had been
        seen in the same room that morning; both are on the list as "[[name:M. Lyle]]". The procedure was
        stopped, {{positive patient identification}} repeated against the wristband and the
        {{electronic record}}, and the correct (left) heel treated. No harm. Contributing factors:
        paper printouts left in the room between patients and no {{pause}} before
        {{debridement}}. Actions: printouts removed, a two-person {{safety pause}} added to the
        {{SOP}}. Ref [[case_reference:DX-104552]].
    """)),
    ("health", "success", block("""
        Teams - Podiatry {{General}} channel

        [[name:Amber Lisowski]] ({{Clinical Lead}})  09:03
        Shout out for [[name:Kofi]] 👏 on {{Monday}} he spotted {{critical limb ischaemia}} in a
        new patient at [[organisation:Marsh Lane Clinic]] - pale, cold foot, {{rest pain}} at
        night, no pulses. Instead of a letter he rang the {{vascular}} {{SpR}} at
        [[organisation:St Aldric's]], got a same-day {{duplex}}, and the gentleman
        ([[age:67]]) had his {{angioplasty}} on [[date:Tuesday 11th]]. Could easily have been a
        {{below-knee amputation}}.

        [[name:Kofi Asante-Mensah]]  09:10
        thanks [[name:Amber]] 🙏 the {{ABPI}} cheat sheet on the wall helped tbh

        [[name:Grace Oduya]]  09:12
        legend 🦶🏾
    """)),
    ("health", "incident", block("""
        From: [[name:Helena Varga]] <[[email:helena.varga2@nhs.net]]>
        To: [[email:eastwold.footprotection@nhs.net]]
        Cc: [[name:Rose Ibekwe]]
        Date: [[date:23 December 2024]] 08:15
        Subject: Delayed vascular referral - Mr [[name:Okwuosa]] ([[case_reference:RX4471902]])

        Dear colleagues,

        Mr [[name:Tobenna Okwuosa]], NHS [[nhs_number:612 904 7355]], was admitted via {{A&E}}
        on [[date:19 December]] with {{wet gangrene}} of the left forefoot and underwent a
        {{transmetatarsal amputation}} the next day. His podiatry notes show an urgent referral
        to us dated [[date:2 December]]; it was faxed to our old number, which has not been in use
        since {{October}}, and was never received. Had we seen him then he would probably have
        been a candidate for {{revascularisation}}.

        Please could this be logged and reviewed at your {{governance}} meeting. I am happy to
        attend. All urgent referrals should now go via {{e-RS}} or the {{vascular hot line}}.

        Regards,
        [[name:Helena]]

        Dr [[name:Helena Varga]]
        {{Consultant Vascular Surgeon}}, [[organisation:St Aldric's Hospital NHS Foundation Trust]]
        Secretary: [[phone:01632 960118]]
    """)),
    ("health", "near_miss", block("""
        Teams chat - Podiatry clinical advice

        [[name:Joanna Pietrzak]]  11:42
        quick q - pt at [[organisation:Marsh Lane Clinic]] with mild {{infected DFU}}, GP cant see
        her till {{Monday}}. ok to supply {{flucloxacillin}} under the {{PGD}}?

        [[name:Rasheed Al-Amin]]  11:44
        STOP have you checked {{SystmOne}}? she rings a bell

        [[name:Joanna Pietrzak]]  11:47
        oh god. she told me no allergies when i asked. its on there - {{penicillin}} ->
        {{anaphylaxis}}, coded by her GP

        [[name:Rasheed Al-Amin]]  11:49
        ok so she's excluded from the PGD anyway. send her to {{UTC}} or GP for an alternative,
        don't supply anything. was anything given?

        [[name:Joanna Pietrzak]]  11:58
        no nothing given 😮‍💨 {{UTC}} will see her at 2. Mrs [[name:Okoye]], nhs
        [[nhs_number:730 558 2166]]

        [[name:Rasheed Al-Amin]]  12:01
        👍 pls datix as near miss. always check the record, pts forget
    """)),
    ("health", "success", block("""
        {{Diabetic Foot MDT}} - minutes
        Date: [[date:Wed 5 March 2025]]    Venue: {{Seminar Room 3}}, [[organisation:St Aldric's Hospital]]
        Present: [[name:Rose Ibekwe]] ({{Lead Podiatrist}}), Mr [[name:Farrukh Iqbal]] ({{vascular}}),
        Dr [[name:Lena Sørensen]] ({{diabetologist}}), [[name:Ciarán Mac Giolla Bhríde]] ({{orthotist}}),
        [[name:Pat]] ({{admin}})
        Apologies: [[name:Bill Oyelaran]] ({{TVN}}), [[name:HK]] ({{microbiology}})

        1. [[name:G.T.]], [[age:58]], {{plantar}} {{neuropathic ulcer}} 2 yrs - healed after 14 wks
           in a {{total contact cast}}. First full heal in a {{TCC}} for the service. Discharged to
           {{annual review}} with custom {{insoles}} from [[name:Ciarán]].
        2. Mrs [[name:Duarte]] - {{osteomyelitis}} 2nd toe, {{MRI}} booked; {{antibiotics}} per micro
           advice ([[name:HK]] to confirm by email).
        3. Audit: 12-month {{major amputation}} rate down for second quarter running.

        Actions: [[name:Pat]] to book [[name:G.T.]] for footwear fitting; [[name:Rose]] to present
        TCC outcomes at the regional network on [[date:2 April]].
    """)),
    ("health", "incident", block("""
        Incident chronology - [[case_reference:DX-105190]]
        Patient: [[name:Lorraine Fairclough]]   Hosp no: [[case_reference:RX5530871]]   NHS: [[nhs_number:391 826 0755]]
        Condition: {{active Charcot}} R foot, {{TCC}} applied at [[organisation:Holloway Bank Health Centre]]

        [[date:Mon 7 April]]   {{TCC}} applied by [[name:Rhiannon]] ({{band 6}}). Given {{cast care}} and
                             {{red flag}} leaflet.
        [[date:Wed 9 April]]   16:50 patient rang - cast "rubbing" at back of heel. Message taken by
                             {{receptionist}}, put in tray. Clinic closed 17:00.
        [[date:Thu 10 April]]  11:30 message seen by [[name:Rhiannon]]; patient not answering, voicemail left.
        [[date:Fri 11 April]]  Patient attended; cast removed - {{category 3}} {{pressure ulcer}}
                             posterior heel with {{necrotic}} edge.

        Contributing: no out-of-hours cast line; phone messages not triaged same day;
        {{peripheral neuropathy}} means pain is underreported.
        Actions: cast-problem {{SOP}}; {{duty podiatrist}} to clear messages at 16:30.
        Reviewed by [[name:Rose Ibekwe]], {{Lead Podiatrist}}.
    """)),
    ("health", "near_miss", block("""
        NEAR MISS FORM - {{Diabetic Foot Service}}
        Patient name: [[name:Emmanuel Oyelowo-Grant]]
        DOB: [[date_of_birth:30/01/1962]]      NHS no: [[nhs_number:506 392 4816]]
        Address: [[address:27 Sycamore Drive, Thornleigh]] [[postcode:DN8 3EZ]]
        Tel: [[phone:07700 900591]]
        Ref: [[case_reference:POD-NM-2291]]
        Reported by: [[name:Pat]] ({{admin}}) and [[name:Tendai Mukwevho]] ({{Highly Specialist Podiatrist}})

        Description: GP referral "hot swollen foot ?{{gout}}" was triaged routine ({{18 weeks}}) on
        [[date:9/1/25]]. When booking, [[name:Pat]] noticed {{HbA1c}} 92 and "no injury" in the
        free text and asked [[name:Tendai]] to look again. Re-triaged as suspected
        {{acute Charcot}}; seen in the {{hot foot clinic}} next day and {{offloading}} started.
        Outcome: no harm.
        Contributing: referral form has no {{diabetes}} tick box.
    """)),
    ("health", "success", prose("""
        To the podiatry team at [[organisation:Marsh Lane Clinic]] - I wanted to say thank you for
        looking after my dad, [[name:Stanley Whitehouse]], this past year. When he first came to
        you in {{March}} the hospital had mentioned {{amputation}} and he was frightened to death.
        [[name:Niamh]] and [[name:Grace]] saw him every week without fail, never rushed him, and
        always rang me after his appointments. [[name:Hamish]] the {{orthotist}} made him boots he
        actually wears. The {{ulcer}} finally healed in {{November}} and on [[date:14 December]] he
        walked me down the aisle without his {{stick}}. I don't think you realise what you did
        for our family. With love and thanks, [[name:Melanie Whitehouse-Baird]]
        ([[name:Stan]]'s daughter). P.S. the tin of {{Quality Street}} is for the staff room!
    """)),
    ("health", "incident", block("""
        HANDOVER - community podiatry -> [[organisation:Eastwold North]] {{district nursing}}  [[date:Thurs 24/04]]
        Pt: [[name:Joyce Amankwah]]   NHS [[nhs_number:827 415 3901]]
        Addr: [[address:Flat 14, Willow House, Gorse Lane]]
        - {{neuroischaemic}} {{ulcer}} L 5th {{MTPJ}}, {{Aquacel Ag}} + {{Mepilex Border}} alt days
        - Over {{Easter}} ({{Good Friday}} to {{Easter Monday}}) dressing NOT done - podiatry thought
          DNs were covering, DNs thought podiatry were. Found {{Tuesday}} by [[name:Kasia]]: strike-
          through, {{maceration}}, new {{erythema}} to mid-foot.
        - {{wound swab}} sent; GP at [[organisation:Gorse Lane Surgery]] started {{co-amoxiclav}}.
        PLAN: DNs Mon/Wed/Fri dressings, podiatry weekly review, next [[date:1/5]].
        Handed over by [[name:Kasia Nowicka-Reid]] to [[name:Dawn]] ({{DN}}). Datix [[case_reference:DX-105611]].
    """)),
    ("health", "near_miss", block("""
        Near miss - clinic list [[organisation:Holloway Bank Health Centre]], [[date:Tues 3 June]] {{AM}}

        | Time  | Patient                  | DOB                           | NHS no                        | Appt                |
        |-------|--------------------------|-------------------------------|-------------------------------|---------------------|
        | 09:00 | [[name:Patrick Duffy]]   | [[date_of_birth:12/05/1947]]  | [[nhs_number:441 760 9233]]   | {{nail surgery}} r/v |
        | 09:30 | [[name:Patricia Duffy]]  | [[date_of_birth:12/05/1974]]  | [[nhs_number:268 039 5158]]   | new {{DFU}}          |
        | 10:00 | [[name:Dilip Mehta]]     | [[date_of_birth:08/08/1958]]  | [[nhs_number:915 728 0630]]   | {{Charcot}} r/v      |

        {{HCA}} [[name:Sunita]] called "[[name:Duffy]]" at 09:00 and Mr [[name:Patrick Duffy]] (goes by
        [[name:Pat]]) came in, but [[name:Patricia Duffy]]'s record was open. Podiatrist started
        documenting a {{diabetic foot}} assessment before he said he wasn't diabetic. Same DOB
        day and month, birth years transposed. Caught before any treatment. Learning: confirm
        full name and DOB out loud, not just surname.
    """)),
    ("health", "success", prose("""
        On [[date:Monday 2 June]] {{band 5}} podiatrist [[name:Ellie-Mae Thornton]] saw
        Mr [[name:Gideon Asamoah]], a [[age:59-year-old]] with {{type 2 diabetes}}, at
        [[organisation:Thornleigh Community Clinic]] for a routine nail appointment and noticed a
        dusky, cold second toe and {{rest pain}}. His {{ABPI}} was 0.4. Instead of writing to the
        {{GP}} she used the new {{rapid access}} pathway, phoned the {{vascular}} {{registrar}} at
        [[organisation:St Aldric's Hospital]] and he was seen in the {{hot clinic}} that afternoon.
        A {{CT angiogram}} showed a {{superficial femoral artery}} occlusion; he had
        {{angioplasty}} on [[date:4 June]] and the toe has recovered. Mr [[name:Asamoah]] said
        nobody had ever taken his shoes off before. Learning: the pathway works when junior staff
        feel able to phone directly, and the laminated {{Doppler}} thresholds in every clinic room
        helped. Shared at the {{NICE}} {{NG19}} audit meeting.
    """)),
    ("health", "incident", block("""
        (screenshot attached to incident [[case_reference:DX-106033]])

        [[date:18/06/2025]], 19:02 - [[name:Becs]]: <photo> this is [[name:Alan Price]]'s heel from today, {{VAC}} or not??
        [[date:18/06/2025]], 19:05 - [[name:Olu Adesanya]]: probes to bone 😬 {{osteomyelitis}} til proven otherwise, get an {{X-ray}}
        [[date:18/06/2025]], 19:07 - [[name:Mariana]]: guys [[name:Dave]] is still in this group 😳
        [[date:18/06/2025]], 19:08 - [[name:Becs]]: omg deleting

        Report by [[name:Mariana Costa]]: personal WhatsApp group "Podi Squad 💅" (9 members)
        includes [[name:Dave]], a team member's partner who is not staff. The photo showed the foot
        and the patient's wristband with name and hospital number [[case_reference:RX6612094]].
        Deleted for everyone [[date:19/06]]. {{Caldicott Guardian}} and {{IG}} informed; {{ICO}}
        threshold being assessed. Staff reminded that clinical photos must go through the
        {{approved photo app}} only.
    """)),
    ("health", "near_miss", prose("""
        nr miss - got back to base after hvs n found a used {{scalpel blade}} loose in the side
        pocket of the {{hv bag}}, not in the {{sharps bin}}. pretty sure its from mrs
        [[name:hussain]]'s {{nail avulsion}} at [[address:31 fenwick st]] this am - the little
        {{sharps bin}} was full n i didnt have a spare so i must of put it in the pocket meaning to
        sort it after 🙈 no1 hurt but [[name:gem]] nearly put her hand in there looking for
        {{gauze}}. binned properly, new {{sharps bins}} ordered, told [[name:sunny]] ({{band 7}}).
        think we need a spare bin in every car + {{needlestick}} poster in the bags.
        ref [[case_reference:DX-106210]] - sry [[name:ash]]
    """)),
    ("health", "success", block("""
        From: [[name:Farrukh Iqbal]] <[[email:farrukh.iqbal@staldrics.nhs.uk]]>
        To: [[name:Rose Ibekwe]] <[[email:rose.ibekwe@nhs.net]]>
        Cc: {{Podiatry Admin}} <[[email:eastwold.podiatry@nhs.net]]>
        Sent: [[date:Friday, 27 June 2025]] 17:31
        Subject: {{Foot protection}} - quarter figures

        Dear [[name:Rose]],

        I wanted to share that we have had no {{major amputations}} from your patch this quarter -
        the first time since I started here. The same-day referrals from your team, especially
        [[name:Kofi]] and [[name:Tendai]], have made a real difference, and the {{MDT}} is now the
        best attended in the region.

        Please pass on my thanks. I have mentioned it to our {{Medical Director}}.

        Kind regards,
        [[name:Farrukh]]

        Mr [[name:Farrukh Iqbal]] {{FRCS}}
        {{Consultant Vascular Surgeon}}
        [[organisation:St Aldric's Hospital NHS Foundation Trust]]
        Sec: [[phone:01632 960118]]
    """)),
    ("health", "incident", block("""
        Call recording transcript - {{booking line}} - [[date:Tues 8 July]] 14:06

        AGENT: Podiatry, [[name:Lee]] speaking.
        CALLER: Hello love, it's [[name:Hyacinth Campbell]]. I was expecting the foot lady this
        morning and nobody came.
        AGENT: Sorry about that. Can I take your date of birth?
        CALLER: [[date_of_birth:Fourth of August 1939]]. I'm [[age:85]], love.
        AGENT: I've got you at [[address:18 Mulberry Close]].
        CALLER: No, I moved to my daughter's, [[address:5 Kestrel Way, Thornleigh]], in
        {{January}}. I told the girl at the doctor's.
        AGENT: I'll get that changed and ask the podiatrist to ring you.

        Follow-up note ([[name:Tendai Mukwevho]]): address not updated on our system although
        {{PDS}} was correct. The podiatrist went to the old address and the visit was recorded as
        "no access". Dressing 3 days overdue; {{heel ulcer}} larger with {{slough}}. Seen
        [[date:9 July]]. Ref [[case_reference:DX-106388]].
    """)),
    ("health", "near_miss", block("""
        {{Safety huddle}} notes - [[organisation:Marsh Lane Clinic]] - [[date:Mon 14/07]]
        Present: [[name:Rasheed]], [[name:Joanna]], [[name:Sunita]] ({{HCA}}), [[name:Lee]] ({{reception}})

        - Near miss: patient ([[age:71]], {{insulin}}-treated) went {{hypo}} in the waiting area
          after the clinic ran 70 min late. [[name:Sunita]] noticed him sweating and confused,
          {{BM}} 2.8. He had his car keys out and was about to drive home.
        - {{hypo box}} glucose gel was out of date; used a {{Lucozade}} from the vending machine,
          then {{toast}}. {{BM}} 6.1 after 15 min. Advised no driving for 45 min per {{DVLA}}
          guidance; wife collected him.
        - Actions: [[name:Joanna]] to check {{hypo box}} weekly and log it; reception to tell
          insulin users about delays and offer a snack. Datix [[case_reference:DX-106455]].
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        fn note pls read. pt [[name:derek holt]] [[age:72]] {{COPD}} on {{LTOT}}, repat to
        [[organisation:Royal Calderbridge Infirmary]] on [[flight_number:MDA417]] ({{King Air}}
        [[aircraft_registration:G-MRDA]]). o2 calc on the {{mission brief}} was done for 2L/min
        but he was on 4L on the ward over there - nobody updated it after the 2nd
        {{medical report}} came thru from [[organisation:Atlas Assist]]. in the cruise his sats
        dropped to 84% so went up to 6L, we made it but landed with 1 {{CD cylinder}} left vs the 2
        we need for reserve. i shd have re-checked flow at {{bedside handover}} and didnt. capt
        [[name:mendes]] aware. {{ASR}} filed [[case_reference:ASR-24-117]]. [[name:lou]]
        ({{flight nurse}})
    """)),
    ("aviation", "near_miss", block("""
        RT transcript (extract) - {{ATC}} recording, [[date:04/02/2025]], ref [[case_reference:MOR-2025-0214]]

        {{APP}}: [[flight_number:Meridian Four Seven One]], descend flight level eight zero.
        [[flight_number:MDA417]]: Descend flight level eight zero, [[flight_number:Meridian Four One Seven]].
        {{APP}}: [[flight_number:Meridian Four One Seven]], negative, maintain flight level one zero zero,
             that instruction was for [[flight_number:Meridian Four Seven One]].
        [[flight_number:MDA417]]: Maintaining one zero zero, apologies, [[flight_number:Meridian Four One Seven]].
        [[flight_number:MDA471]]: Descending flight level eight zero, [[flight_number:Meridian Four Seven One]].

        Pilot comment: we had left FL100 by about 300 ft before {{Approach}} corrected us. No
        {{TCAS}} alert. Both company aircraft were on frequency - our {{King Air 350}}
        [[aircraft_registration:G-MRDA]] and the {{Citation XLS}} [[aircraft_registration:G-MRDC]].
        I was {{PF}}; {{first officer}} [[name:Rhys ap Gwilym]] was {{PM}} and also answering the
        {{flight nurse}} on intercom. Suggest ops stop allocating near-identical {{callsigns}} on
        the same day. Capt [[name:Ana Mendes]]
    """)),
    ("aviation", "success", block("""
        WhatsApp - {{Ops}} & Crews

        [[date:22/08/2024]], 03:12 - [[name:Marisol Ferreira]]: local ambulance bringing Mrs [[name:Wainwright]] to the aircraft has broken down on the motorway 😩 our {{slot}} is 04:40
        [[date:22/08/2024]], 03:15 - [[name:Kieran]] ({{Ops}}): on it
        [[date:22/08/2024]], 03:31 - [[name:Kieran]] ({{Ops}}): sorted. [[organisation:Ambulancias Levante SL]] sending a 2nd unit, plate [[vehicle_registration:4827 KLM]], ETA 03:55. {{handling agent}} told and slot pushed 20 min via {{ATC}}
        [[date:22/08/2024]], 04:02 - [[name:Marisol Ferreira]]: she's on board and comfy ❤️ thank you [[name:Kieran]]!!
        [[date:22/08/2024]], 04:03 - [[name:Jon Eriksen]]: top work [[name:Kieran]], only 25 min late off {{blocks}}. {{sats}} stable throughout per [[name:Faith]] 👍
        [[date:22/08/2024]], 07:50 - [[name:Gareth Pugh]]: nominating [[name:Kieran]] for {{Safety Star}} this month. no fuss, no drama, patient never knew
    """)),
    ("aviation", "incident", block("""
        From: [[name:Nkechi Obi-Lawson]] <[[email:n.obilawson@meridian-aeromed.co.uk]]>
        To: [[email:bookings@medlinkpt.co.uk]]
        Cc: [[name:Gareth Pugh]] ({{Ops Manager}})
        Date: [[date:Sun 15 Sep 2024]] 21:05
        Subject: Complaint - ambulance no-show, [[flight_number:MDA239]] / your job [[case_reference:MLK-55190]]

        Dear [[organisation:Medlink Patient Transport]],

        Our aircraft landed at 18:40 with Mr [[name:Brian Cope]] ([[age:81]], {{fractured neck of femur}},
        NHS [[nhs_number:401 672 8592]]). The ambulance booked for 18:45 was not there. The
        patient waited 55 minutes on the {{apron}} in rain, on our {{vacuum mattress}} with
        {{Entonox}}, before your vehicle [[vehicle_registration:WU19 KXE]] arrived - it had gone to
        the main terminal instead of the {{GA}} apron as written on the booking.

        Handover to {{ED}} at [[organisation:Royal Calderbridge Infirmary]] was at 20:10. He was
        cold (35.4) and very distressed. Please investigate and reply within 14 days.

        Kind regards,
        [[name:Nkechi Obi-Lawson]]
        {{Lead Flight Nurse}}
        [[organisation:Meridian Aeromedical Ltd]] | [[phone:07700 900862]]
    """)),
    ("aviation", "near_miss", block("""
        #ops-planning

        [[name:gareth.p]]  09:12
        heads up, two pts tomorrow with v similar names: [[name:Mohammed Al-Rashidi]]
        ([[case_reference:MA-24-1881]]) by air to [[organisation:Royal Calderbridge Infirmary]] and
        [[name:Mohammed Al-Rashid]] ([[case_reference:MA-24-1885]]) by road to
        [[organisation:Moorcombe General Hospital]]

        [[name:priya.ops]]  09:20
        ugh. the {{crew brief}} for [[flight_number:MDA602]] has [[case_reference:MA-24-1885]]'s
        receiving hospital on it 😬 just spotted

        [[name:gareth.p]]  09:22
        good spot. also his passport reads [[name:Muhammad Alrashidi]] - booking has to match the
        passport for {{APIS}} or we'll have fun at {{immigration}}

        [[name:priya.ops]]  09:40
        fixed both, brief v2 out. rang {{receiving unit}} ({{Ward 21}}) to confirm name + DOB
        [[date_of_birth:03/03/1957]]

        [[name:gareth.p]]  09:41
        👍 raising as {{near miss}}. proposal: {{two-person check}} of brief vs booking when names
        are similar
    """)),
    ("aviation", "success", block("""
        {{Safety Action Group}} - minutes - [[organisation:Meridian Aeromedical Ltd]]
        Date: [[date:10 October 2024]]    Location: {{Crew Room}}, {{Hangar 3}}

        Attendees: [[name:Gareth Pugh]] ({{Ops Manager}}), Capt [[name:Ana Mendes]] ({{Chief Pilot}}),
        [[name:Nkechi Obi-Lawson]] ({{Lead Flight Nurse}}), Dr [[name:Yusuf Demir]] ({{Medical Director}}),
        [[name:Mark Tobin]] ({{CAMO}}), [[name:Hope Adjei]] ({{Safety Manager}}, notes)
        Apologies: [[name:Will Ashworth]] ({{Compliance Monitoring}}), [[name:T.R.]] ({{Training}})

        1. Good catch: {{FN}} [[name:Faith]] found the {{defib}} pads out of date during the
           {{pre-flight}} check on [[aircraft_registration:G-MRDB]]. Replaced before patient
           loading. Thanked in writing.
        2. {{Callsigns}}: ops now allocate distinct callsigns per day - no confusion reported
           since {{August}}.
        3. {{CAA}} {{oversight}} audit closed with zero findings.
        4. Voluntary reports up 40% on last year - taken as a good sign of {{Just Culture}}.

        Actions: [[name:Hope]] to circulate good-catch poster; [[name:Will]] to update the
        {{SMS}} manual by [[date:1 Dec]].
    """)),
    ("aviation", "incident", block("""
        Chronology - [[flight_number:MDA388]], [[aircraft_registration:G-MRDC]] ({{Citation XLS}}), [[date:7 Nov 2024]]
        Patient: [[name:Sheila Okonedo-Marsh]], [[age:64]], day 6 after {{laparotomy}} abroad
        Insurer case: [[case_reference:AA-7731288]] ([[organisation:Atlas Assist]])

        1412Z  Airborne. Pt alert, {{NEWS2}} 3.
        1448Z  {{FN}} [[name:Tomás Ruiz]]: {{BP}} 78/40, {{HR}} 130, temp 39.2, new confusion.
        1450Z  {{fluid bolus}} started; no {{vasopressors}} carried on this configuration.
        1453Z  {{PIC}} Capt [[name:Jon Eriksen]] declares {{PAN PAN}}, requests diversion.
        1521Z  Landed. Handed to local team, admitted to
               [[organisation:Centre Hospitalier de Vire-Armor]] with {{sepsis}}.

        Findings: the {{discharge summary}} said "apyrexial 48h" but a {{lactate}} of 3.1 taken on
        the morning of the flight was never passed on. {{Fitness to fly}} was agreed by the
        insurer's doctor without our {{Medical Director}} seeing the bloods.
        Ref [[case_reference:ASR-24-162]].
    """)),
    ("aviation", "near_miss", block("""
        INTERNAL OCCURRENCE REPORT
        Report no:   [[case_reference:ASR-24-171]]
        Date/time:   [[date:19/11/2024]] 06:35 local
        Aircraft:    [[aircraft_registration:G-MRDB]] ({{King Air B200}})   Flight: [[flight_number:MDA512]]
        PIC:         [[name:Owen Pritchard-Lee]]
        Flight nurse: [[name:Beatriz Santos]]
        Patient ref: [[case_reference:MA-24-1902]]
        Category:    {{Cabin}} / {{Stretcher}}      {{MOR}} required: No

        Narrative: During taxi for departure [[name:Beatriz]] noticed the rear locking pin of the
        {{stretcher bridge}} was not engaged. The stretcher moved about 5 cm when we braked.
        {{PIC}} stopped on the {{taxiway}} and the pin was secured. Patient ([[age:aged 90]],
        {{hip fracture}}) unhurt.
        Cause: new {{ground crew}} member loaded the stretcher; the {{loading checklist}} has no
        {{challenge-response}} item for the rear pin.
        Action: checklist amended; {{Training}} to brief all ground crew.
    """)),
    ("aviation", "success", prose("""
        Dear everyone at [[organisation:Meridian Aeromedical]], we wanted to write and say thank
        you for bringing our son [[name:Callum]] ([[age:19]]) home after his moped accident on
        holiday. We had never heard of {{air ambulance}} {{repatriation}} before and were
        terrified. Your flight nurses [[name:Sunny]] and [[name:Ingrid Halvorsen]] phoned us every
        day before the flight and explained his {{spinal}} {{brace}} and the {{vacuum mattress}}
        in words we understood. Captain [[name:Okafor]] and [[name:Ben]] even let me sit where I
        could hold his hand. On [[date:3 July]] we landed and he was at
        [[organisation:Northgate Major Trauma Centre]] within the hour. He is walking with
        {{crutches}} now and back at college in {{September}}. With our thanks,
        [[name:Carol]] and [[name:Rob Mackintosh]]
    """)),
    ("aviation", "incident", block("""
        ADMISSION HANDOVER - AIR TRANSFER   (copy attached to [[case_reference:ASR-25-009]])
        To:   [[organisation:Hartley Ward]], [[organisation:Moorcombe General Hospital]]   [[date:28/01/25]] 23:40
        From: {{FN}} [[name:Ingrid Halvorsen]], [[organisation:Meridian Aeromedical]] ([[flight_number:MDA145]])
        Pt:   [[name:Raymond Ellery-Quist]]   DOB [[date_of_birth:11/11/1944]]   NHS [[nhs_number:693 207 1487]]
        Hx:   {{CVA}} abroad day 9, {{NG}} fed, {{AF}} on {{apixaban}}, {{pressure area}} sacrum

        Incident (reported by ward [[date:29/01/25]]): the transfer letter from the sending
        hospital did not list a {{fentanyl patch}}. It was not found at our {{skin check}}. The
        ward applied a new patch for pain at 02:00 and at 06:15 found the original patch on his
        upper back. Patient drowsy, {{RR}} 8; {{naloxone}} given, recovered.
        Learning: full {{skin check}} including back before handover; ask the sending team about
        patches specifically. Discussed with Sister [[name:Mwale]] on the ward.
    """)),
    ("aviation", "near_miss", block("""
        Pre-flight equipment check - [[aircraft_registration:G-MRDB]] - [[date:02/12/2024]] - [[flight_number:MDA620]]

        | Item                    | Checked by               | Result                   |
        |-------------------------|--------------------------|--------------------------|
        | {{defib}} battery       | [[name:Faith]]           | 71% on display           |
        | {{suction unit}}        | [[name:Faith]]           | ok                       |
        | main {{O2}}             | [[name:Kenji Watanabe]]  | 1900 psi                 |
        | {{syringe drivers}} x2  | [[name:Kenji Watanabe]]  | ok                       |
        | {{CD}} box seal         | [[name:FK]]              | intact                   |

        Second check by [[name:Kenji]]: the defib failed its {{self-test}} under load - display
        showed 71% but the battery was past its {{service date}} and could not sustain a shock.
        Patient that day was post-{{STEMI}} with {{PCI}}. Spare battery fitted, flight 40 min late.
        Learning: display % is not enough; check the date label. [[name:FK]] to add to checklist.
    """)),
    ("aviation", "success", prose("""
        Learning review - {{ventilated}} repatriation, [[date:18-19 April 2025]]. A
        [[age:47-year-old]] woman, [[name:Adaeze Nwosu-Hartmann]], was ventilated in
        {{intensive care}} at [[organisation:Hospital Universitario San Telmo]] after
        {{pneumonia}}. [[organisation:Atlas Assist]] (case [[case_reference:AA-7734021]]) asked us
        to bring her to [[organisation:Royal Calderbridge Infirmary]]. Dr [[name:Lucía Ortega Ruiz]]
        on the {{ICU}} sent full ventilator settings and a fresh {{ABG}} two hours before
        departure, which let our {{retrieval doctor}} plan oxygen with a 100% reserve. The
        {{ground ambulance}} ([[vehicle_registration:YK21 MVA]]) was pre-positioned on the
        {{apron}}. Transfer time bed to bed was 5 h 10 min with no desaturation. What went well:
        a {{video call}} between both {{ICU}} teams the evening before, a single named
        coordinator ([[name:Priya Raman]]) and {{SBAR}} handover at both ends.
    """)),
    ("aviation", "incident", block("""
        [[date:09/01/2025]], 22:47 - [[name:Jon E]]: if we do the return leg tonight we go over {{FDP}} by about an hour
        [[date:09/01/2025]], 22:49 - [[name:Gareth Pugh]]: [[organisation:Atlas]] are pushing v hard, family waiting at the hospital. can you use {{commander's discretion}}?
        [[date:09/01/2025]], 22:52 - [[name:Jon E]]: we've been up since 04:00 and [[name:Rhys]] has flown two {{sectors}} already
        [[date:09/01/2025]], 22:55 - [[name:Gareth Pugh]]: understood, your call, but they've threatened to give the job to another operator
        [[date:09/01/2025]], 22:58 - [[name:Jon E]]: ok we'll go

        Report ([[case_reference:DR-25-003]]): crew extended {{FDP}} by 1 h 10 min under
        {{commander's discretion}}. {{FO}} [[name:Rhys ap Gwilym]] later reported a
        {{microsleep}} in the {{cruise}}. Commercial pressure from [[organisation:Atlas Assist]]
        reached the crew via ops. Learning: {{ops}} must not pass commercial pressure to crews;
        discretion decisions to be made by the {{commander}} without ops input.
    """)),
    ("aviation", "near_miss", prose("""
        nr miss - {{CD}} check at end of [[flight_number:MDA233]], {{morphine}} 10mg amps count 4
        vs {{CD register}} 5 😳 turned out [[name:bea]] drew one up for mr [[name:Nowicki]] at
        0530 but didnt sign bc of {{turbulence}} + pt vomiting. found the broken amp in the
        {{sharps}} bin + entry on the {{drug chart}}, {{witness}} was capt [[name:okafor]] who
        remembered it. reconciled w/ {{Medical Director}} on phone, no loss. needs a rule that
        {{CDs}} get signed at the time or straight after {{top of descent}}. [[name:AK]]
    """)),
    ("aviation", "success", block("""
        From: [[name:Morag Fyfe]] <[[email:morag.fyfe@rci.nhs.uk]]>
        To: Dr [[name:Yusuf Demir]] <[[email:y.demir@meridian-aeromed.co.uk]]>
        Date: [[date:Friday 14 February 2025]] 08:02
        Subject: Thank you - handover of Mrs [[name:Adebayo-Kruger]]

        Dear [[name:Yusuf]],

        Your team's handover of Mrs [[name:Ifeoma Adebayo-Kruger]] to our {{ICU}} last night was
        the best air transfer handover I have seen: a clear {{SBAR}}, ventilator settings written
        down, a fresh {{ABG}} on landing and all her {{antibiotic}} times. Your flight nurse
        [[name:Kenji Watanabe]] stayed until she was settled on our ventilator and the
        {{lines}} were checked. Could you pass on my thanks, and would you be willing to share
        your handover template with our {{transfer group}}?

        Best wishes,
        [[name:Morag]]

        Dr [[name:Morag Fyfe]]
        {{Consultant in Intensive Care Medicine}}
        [[organisation:Royal Calderbridge Infirmary]] | [[phone:01632 960734]]
    """)),
    ("aviation", "incident", block("""
        RT extract - [[flight_number:MDA280]] / [[aircraft_registration:G-MRDA]] - [[date:2 March 2025]]

        [[flight_number:Meridian Two Eight Zero]]: PAN PAN, PAN PAN, PAN PAN, {{Control}},
          [[flight_number:Meridian Two Eight Zero]], {{King Air}}, flight level two four zero, medical
          oxygen system failure with critical patient on board, request descent flight level one
          zero zero and priority.
        {{Control}}: [[flight_number:Meridian Two Eight Zero]], roger PAN, descend flight level one zero
          zero, squawk {{7700}}.
        [[flight_number:Meridian Two Eight Zero]]: Descend one zero zero, squawk {{7700}},
          [[aircraft_registration:Golf Mike Romeo Delta Alpha]] - correction,
          [[flight_number:Meridian Two Eight Zero]].

        Crew note: the main {{O2}} regulator failed; {{FN}} [[name:Tomás Ruiz]] switched the
        ventilated patient to portable {{CD cylinders}} within a minute. Capt [[name:Okafor]]
        descended to lower the {{cabin altitude}}. Engineering found a cracked regulator
        diaphragm. {{MOR}} filed, ref [[case_reference:MOR-2025-0388]].
    """)),
]


if __name__ == "__main__":
    write_records(OUT, build_records("blind287", REPORTS))
