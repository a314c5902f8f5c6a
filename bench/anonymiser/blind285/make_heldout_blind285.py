"""Held-out blind corpus 285: UK incident, near-miss and learning reports, hand-labelled.

Fifty reports written as front-line practitioners type them into a confidential reporting
system, in three invented settings:

- social_care (17): a children's social work academy - newly qualified social workers on the
  ASYE, social work students, practice educators, supervision and caseloads.
- health (17): a sexual health clinic - walk-in sessions, contraception, PEP, partner
  notification, the young people's clinic and safeguarding.
- aviation (16): an airline's continuing airworthiness (CAMO) and technical records office -
  work packs, deferred defects, airworthiness directives and records audits.

Styles are deliberately mixed: rushed lower-case notes with typos, formal narratives, timed
chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and signatures,
Teams/WhatsApp/Slack exports with handles, handover notes, minutes with attendance lists,
pipe-separated and aligned tables, RT transcripts and thank-you notes. Every person,
organisation, place and number is invented. Identifiers are marked [[label:value]] and
must-not-redact mentions {{term}}.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind285.jsonl"

SOCIAL_CARE = [
    ("social_care", "incident", prose("""
        ok so quick one before i forget - tues [[date:14th nov]] i did a {{home visit}} for
        [[name:Kacper Wiśniewski]] ({{CIN}}, ref [[case_reference:HCA-CIN-20417]]) on my own bc
        [[name:dee]] my {{practice educator}} was off sick n no one told me i shouldnt go solo as
        a {{student}}. {{dad}} was v agitated, stood in the doorway for like 5 mins and wouldnt
        let me past. i didnt feel safe. got out ok. told {{duty manager}} after but no
        {{lone working}} log done til next day. pls can {{ASYE}}s + students get a clear rule
        re {{joint visits}}?? also the {{buddy system}} phone was flat again. [[name:kacper]]'s
        {{sister}} [[name:Oliwia]] [[age:aged 9]] was there too, she looked scared tbh
    """)),
    ("social_care", "near_miss", block("""
        NEAR MISS FORM - {{Children's Services}}
        Reporter: [[name:Folasade Adeyemi-Clarke]], {{ASYE}} SW, [[organisation:Harrowfield Academy]] Team 3
        Date of event: [[date:02/10/2024]]
        Child: [[name:Tyler-James Orme]]    DOB: [[date_of_birth:17/06/2016]]
        Ref: [[case_reference:LCS-448120]]
        Address: [[address:14 Coldharbour Walk, Westmere]] [[postcode:WM4 7RH]]

        What happened:
        Drafted {{child protection conference}} report from an old one. It still had the
        previous child's name ([[name:Aaliyah]]) in two places plus her school,
        [[organisation:Brackenhurst Primary]]. Caught by {{practice supervisor}} [[name:Rhodri]]
        on his {{QA}} read before it went to the {{IRO}} and parents.

        Contributing factors: copy and paste, 22 cases on my {{caseload}} (protected
        {{ASYE}} cap is meant to be 18), report due same day.
        Suggested action: blank {{templates}} only; cap actually enforced at allocation.
    """)),
    ("social_care", "success", block("""
        [{{Teams}} - #academy-cohort-7]
        @[[name:Priya Raman]] 09:14: massive shout out to @[[name:Joy Okonkwo]] who stayed late {{Thurs}} to help me get my first {{section 47}} write-up done properly 🙏
        @[[name:Joy Okonkwo]] 09:16: lol stop. you did the hard bit
        @[[name:Priya Raman]] 09:17: no srsly. she walked me through {{Signs of Safety}} mapping, what the {{danger statement}} shd look like, and made me ring the {{school nurse}} at [[organisation:Fernlea Junior School]] before the {{strategy meeting}}
        @[[name:Ben W]] 09:20: +1 [[name:Joy]] is a legend
        @[[name:Priya Raman]] 09:21: my {{practice educator}} said it was the clearest {{S47}} she's read from an {{ASYE}} this year
    """)),
    ("social_care", "incident", prose("""
        On [[date:19 March 2024]] at approximately 16:40 I sent a completed {{child and family
        assessment}} by secure e-mail to the wrong recipient. I typed the first letters of the
        {{mother}}'s address and {{autocomplete}} selected [[email:k.marsh@fenbridge-mail.co.uk]]
        instead of [[email:k.marshall@fenbridge-mail.co.uk]]. The assessment concerned
        [[name:Kerry-Ann Marshall]]'s two children and included {{domestic abuse}} history and
        the address of their refuge. I noticed at 17:05 when a read receipt came back.
        I informed my {{team manager}}, Ms [[name:Obi]], and the {{Information Governance}}
        team the same evening; breach reference [[case_reference:IG-2024-0317]]. A recall
        request was sent and the recipient, a Mr [[name:Kevin Marsh]], confirmed deletion by
        phone on [[date:20 March]]. The {{IDVA}} was informed so that the refuge could
        review safety. I am in my first six months of the {{ASYE}} and had not been shown
        how to switch off autocomplete.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - duty, Fri pm to Mon am
        From: [[name:Gabriel]] ({{ASYE}})   To: [[name:Hope]] / {{duty senior}}

        1. [[name:Demi Castellanos]] [[age:15yo]], ref [[case_reference:LCS-501873]] - went
        {{missing from placement}} Fri night. Foster carer Mrs [[name:Abernethy]] rang {{EDT}}
        at 23:10, saw her get into a silver Corsa [[vehicle_registration:YT68 KWE]].
        !! NEAR MISS: I assumed carer had reported to {{police}}, she hadnt. [[name:Hope]]
        picked this up Sat am and rang {{101}} - police log [[case_reference:WP-24-118834]].
        [[name:Demi]] returned Sun 14:00, says she was at a party.
        TODO: {{return home interview}} within 72h, {{CSE}} screening tool, update
        {{MASH}}, tell {{IRO}}. Vehicle reg [[vehicle_registration:YT68 KWE]] passed to police.
        2. Nothing else urgent. Pool car keys back in drawer.
    """)),
    ("social_care", "success", block("""
        From: [[name:Marguerite Dubois]] <[[email:m.dubois@caldbeck.ac.uk]]>
        To: Practice Learning <[[email:placements@harrowfieldacademy.org.uk]]>
        Date: [[date:27 June 2024]]
        Subject: Thank you - final placement panel

        Hi all,

        Just a quick note to say thank you to [[name:Sunny Bhattacharya]] for the
        {{practice educator}} support given to our {{MA}} student [[name:Will]] this year.
        The {{portfolio}} was one of the strongest at the {{assessment panel}}, and the
        {{direct observations}} were detailed and fair. [[name:Will]]'s reflective log shows
        real growth on {{PCF}} domains 5 and 7. [[name:Sunny]]'s weekly {{supervision}} notes
        were also held up as good practice by our external examiner.

        Kind regards,
        [[name:Marguerite]]

        Dr [[name:Marguerite Dubois]]
        {{Placement Lead}}, {{Social Work}}, [[organisation:University of Caldbeck]]
        t. [[phone:01632 960418]]
    """)),
    ("social_care", "incident", block("""
        Chronology - supervised contact, [[date:Sat 9th]]
        Venue: [[organisation:Millbrook Family Centre]], room 2
        Supervisor: [[name:Lena Hoffmann]] ({{social work student}}, 2nd placement)
        Child: [[name:Amara]] [[age:aged 4]], {{looked after}} ({{s20}}), ref [[case_reference:HCA-LAC-7732]]

        {{10:00}} Contact starts. Present {{dad}} Mr [[name:Osei-Bonsu]] and paternal {{gran}}.
        10:35 Dad asks to take [[name:Amara]] to the toilet. I wait at the door as per plan.
        10:41 Gran says she needs her inhaler from the car. I walk her to reception.
        10:44 Back in room, dad and [[name:Amara]] not there. Reception says they went outside.
        10:47 Found them in the car park in dad's van [[vehicle_registration:LP21 XHD]], engine on.
        Dad said he was "only showing her the new car seat".
        10:50 Contact ended early. Called {{on-call manager}} [[name:Yusuf]].
        11:30 {{Foster carer}} collected [[name:Amara]]. No injuries.

        Learning: one supervisor for two adults was not enough; {{contact plan}} did not say
        what to do if people leave the room.
    """)),
    ("social_care", "near_miss", block("""
        {{Group supervision}} - ASYE cohort 6 - [[date:11/01/2025]]
        Present: [[name:Grace Mwangi]] (chair, {{practice supervisor}}), [[name:T. Lindqvist]],
        [[name:Hamza]], [[name:Rose O'Dowd]], [[name:Niamh]]
        Apologies: [[name:Faith Adebayo-Stone]] (annual leave), [[name:Mark]] (in court)

        Item 2 - case transfers
        [[name:Rose]] described a near miss: she inherited a {{looked after child}} case
        ([[case_reference:LCS-390266]]) from {{Long Term team}} with no transfer summary. The
        {{LAC review}} was booked for [[date:16 January]] and the {{IRO}} had not been told of the
        change of worker. [[name:Rose]] only found out when the {{foster carer}} mentioned it.
        Action: {{transfer checklist}} to be used for every case moved to an {{ASYE}} ([[name:GM]] to
        raise with {{service manager}}).
        Item 3 - [[name:Hamza]] asked about {{TOIL}}; [[name:Grace]] to check policy.
        Next session [[date:8 February]].
    """)),
    ("social_care", "success", prose("""
        Learning note - good practice. In my fourth month on the {{ASYE}} I was allocated
        [[name:Zainab Haidari]], [[age:8]], NHS no. [[nhs_number:946 997 1450]], after three
        {{Early Help}} referrals for poor school attendance from [[organisation:St Oswin's CE
        Primary]]. Instead of closing again I asked the {{school attendance officer}} for the
        day-by-day register and noticed absences always followed weekends at her {{father}}'s
        address. With my {{practice educator}} [[name:Aled Pritchard]] I arranged a joint
        meeting with the {{GP}} at [[organisation:Ashgrove Medical Practice]] and the
        {{health visitor}} for her baby brother. It emerged [[name:Zainab]] was caring for her
        {{mum}} after a stroke. We referred to the {{young carers}} service and attendance is
        now 94%. {{Ofsted}} were told about this case on their {{ILACS}} visit as an example
        of curiosity. Thanks to [[name:Aled]] for pushing me to ask the extra question.
    """)),
    ("social_care", "incident", block("""
        #cin-team-north ({{Slack}} export)
        [[name:ellie.p]] [08:52] anyone else unable to save in the case system?? lost 40 mins of notes from the {{strategy discussion}}
        [[name:m_kowalczyk]] [08:53] same. it logged me out mid {{case note}}
        [[name:ellie.p]] [08:55] that was the [[name:Dorota Nowak]] {{S47}} one ([[case_reference:LCS-512004]]), {{police}} + {{health}} + school all on it 😩
        [[name:sammi-j]] [08:58] {{IT}} say outage since 8:30, no ETA. use word docs on the {{shared drive}}
        [[name:m_kowalczyk]] [09:01] shared drive is read only for {{ASYE}} accounts lol
        [[name:ellie.p]] [09:04] ok writing it on paper then. if i lose the decision about {{joint visit}} timing tho we're in trouble
        [[name:sammi-j]] [09:20] flagging to {{team manager}} + incident form
    """)),
    ("social_care", "incident", prose("""
        left my work laptop on the no.36 bus home last nite ([[organisation:Westmere Buses]]),
        realised at like 21:30. its encrypted + has the {{VPN}} but my login was saved in a
        post-it in the case (i know i know). rang {{IT}} service desk, laptop remote wiped
        21:55, ticket [[case_reference:INC0094471]]. bus co lost property ref
        [[case_reference:WB-LP-66102]], they found it [[date:Weds 3rd]] am. told [[name:jas]]
        my {{PE}} and {{team manager}}. no {{case files}} on the desktop I don't think but
        maybe the {{genogram}} for the [[name:Fairweather]] family. im a {{second year student}}
        so didnt know the {{data breach}} process, had to google it. pls can {{induction}}
        cover this
    """)),
    ("social_care", "near_miss", block("""
        Caseload check before allocation meeting - {{Team 4}} - wk commencing [[date:3 June]]

        Worker               | Status      | Open cases | {{CP}} | Notes
        [[name:J.K.]]                 | {{ASYE}} m4     | 19         | 3  | over cap, no new
        [[name:Ifeoma]]              | {{ASYE}} m9     | 16         | 2  |
        [[name:Bill Harcourt]]        | {{SSW}}         | 24         | 6  | on leave [[date:10-14th]]
        [[name:Ana-Maria Rusu]]       | {{ASYE}} m2     | 12         | 0  | no {{CP}} yet per policy
        [[name:Pat]]                  | {{student}}     | 4          | 0  | {{co-worked}} only

        NEAR MISS: allocation spreadsheet had [[name:Ana-Maria]] down for a new {{CP}} case
        ([[case_reference:LCS-522318]]) because the {{ASYE}} flag column had been sorted off.
        Spotted by [[name:Pat]] while {{shadowing}} the meeting. Reallocated to [[name:Bill]]'s
        colleague in {{Team 2}}.
    """)),
    ("social_care", "success", block("""
        ACADEMY NEWSLETTER - STAR OF THE MONTH ([[date:October 2024]])

        This month's star is [[name:Mehmet Yıldız]], {{ASYE}} in the {{Children with
        Disabilities}} team. Nominated by {{advanced practitioner}} [[name:Claire Dunphy]]:

        "[[name:Mehmet]] noticed that a non-verbal young person, [[name:Reuben]] ([[age:13]]),
        was becoming distressed at respite at [[organisation:Oakhurst Short Breaks]]. Rather
        than accept 'behaviour', he learned enough {{Makaton}} to do direct work, involved the
        {{SENCO}} at [[organisation:Hollins Park School]] and the {{speech and language
        therapist}}, and found [[name:Reuben]] was frightened of a night worker's dog. Simple
        fix, huge difference. The {{child's voice}} was front and centre in his {{assessment}}."

        Well done [[name:Mehmet]]! Voucher on its way. Nominations for {{November}} to
        [[email:academy.news@harrowfieldacademy.org.uk]].
    """)),
    ("social_care", "incident", prose("""
        Incident summary prepared by {{principal social worker}}. On [[date:5 August 2024]]
        a routine {{audit trail}} check showed that a second-year {{social work student}},
        [[name:Callum Reid-Akintola]], had opened the electronic record of
        [[name:Sophie Lockhart]] ([[case_reference:LCS-287450]]) on four occasions between
        [[date:22 July]] and [[date:1 August]]. The family were not allocated to him or to his
        {{practice educator}}. When interviewed, [[name:Callum]] said the family lived on his
        street and he was "worried about the kids". There is no indication information was
        shared. The matter was reported to the {{Data Protection Officer}}
        ([[case_reference:DPO-24-0088]]) and to his university, [[organisation:Caldbeck
        University]]. {{Social Work England}} {{professional standards}} were discussed with
        him in {{supervision}}. Learning: students receive full system access on day one;
        {{role-based access}} should limit them to allocated and {{co-worked}} cases.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Tomasz Zieliński]] <[[email:t.zielinski@westmere.gov.uk]]>
        To: [[name:Anjali Mistry]] <[[email:a.mistry@westmere.gov.uk]]>
        Cc: Legal - Childcare
        Subject: RE: {{final evidence}} [[case_reference:WM24C00513]] - nearly missed!!
        Sent: [[date:Tuesday 12 November 2024]] 18:47

        [[name:Anjali]],

        Just so it's logged - the {{court}} direction for my final statement in
        [[case_reference:WM24C00513]] was 4pm today, not {{Friday}}. I had {{Friday}} in my diary
        because the {{PLO}} tracker still showed the old date. {{Legal}} rang at 15:10 asking
        where it was. I filed at 15:52 with {{team manager}} sign-off from [[name:Kwame]] over
        the phone. [[organisation:Westmere Family Court]] has it.

        Can we get the tracker updated when directions change? As an {{ASYE}} I rely on it.

        Thanks,
        [[name:Tom]]
        [[name:Tomasz Zieliński]] | {{Social Worker}} ({{ASYE}}) | {{Children in Care}} | [[phone:07700 900512]]
    """)),
    ("social_care", "success", prose("""
        voice note transcribed - [[name:Ruth]] ({{PE}}) after {{direct obs}} w/ {{student}}
        [[name:Kofi]]. right, just left the family home, sat in the car. that was genuinely one
        of the best {{direct observations}} ive done. [[name:Kofi]] used the {{three houses}}
        with [[name:Lily-Mae]], shes [[age:six]], and when she drew the {{dad}} outside the
        house of worries he didnt jump in, he just waited. then he checked consent with
        {{mum}} before writing anything. note for the {{PCF}} mapping - values, diversity,
        {{critical reflection}}. also he remembered the {{interpreter}} for {{nan}} who speaks
        Twi, booked through [[organisation:LanguageLine]] a week early. proper good.
        feedback to [[name:Kofi]] [[date:Thurs 21st]] in {{supervision}}.
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM
        Service: {{Leaving Care}} ({{Personal Adviser}} team)
        Reported by: [[name:Siobhán Kavanagh]], {{ASYE}}
        Young person: [[name:Jordan Mbeki-Lowe]]
        DOB: [[date_of_birth:03.09.2006]]      Age: [[age:18]]
        NI No: [[ni_number:JT 48 27 19 C]]
        New address: [[address:Flat 6, 22 Quarry Lane, Fenbridge]] [[postcode:FB2 9NL]]
        Mobile: [[phone:07700 900873]]
        Ref: [[case_reference:LC-10442]]

        Description: {{Pathway plan}} review letter was posted to [[name:Jordan]]'s previous
        flat, where an ex-partner with a {{non-molestation order}} still lives. The letter
        showed the new address above. Cause: {{system}} holds a "correspondence address" and a
        "home address"; I updated only one. [[name:Jordan]] told us [[date:28/08/2024]].
        Actions: {{police}} informed, {{MARAC}} referral by [[name:Siobhán]], emergency move
        discussed with [[organisation:Fenbridge Housing Options]].
    """)),
]

HEALTH = [
    ("health", "incident", prose("""
        walk-in sat [[date:6 jan]] was rammed, 40+ waiting by 10am. pt [[name:Dariusz]] (clinic
        no [[case_reference:LSH-0884213]]) came in asking for {{PEP}} after {{condomless anal
        sex}} w/ a partner of unknown {{HIV}} status, approx 68 hrs post exposure. reception
        put him in the general queue not {{triage}} bc the {{PEPSE}} flag on the booking
        screen doesnt show on the walk-in list. seen at 71.5 hrs by dr [[name:fitz]], started
        {{Truvada}} + {{raltegravir}} so inside the 72hr window but only just. {{baseline
        bloods}} done. [[name:Shreya]] on reception was v upset, not her fault at all. need
        {{PEP}} as a hard {{red flag}} at the front desk + a sign in the waiting room pls
    """)),
    ("health", "near_miss", block("""
        NEAR MISS REPORT
        Location: Walk-in, [[organisation:Linden Street Sexual Health Clinic]]
        Date/time: [[date:14/05/2024]] 15:20
        Patient A: [[name:Amina Yusuf]]   DOB [[date_of_birth:02/11/1999]]   NHS [[nhs_number:670 572 2460]]
        Patient B: [[name:Amira Yusuf]]   DOB [[date_of_birth:21/02/2001]]   Clinic no. [[case_reference:LSH-0912077]]

        Description: {{HCA}} printed sample labels for both patients at the same time as they
        were booked in together. The {{NAAT}} swab for {{chlamydia}}/{{gonorrhoea}} and the
        {{HIV}}/{{syphilis}} bloods for Patient A were labelled with Patient B's details.
        Noticed by {{Band 6}} nurse [[name:Efua Mensah]] doing the {{positive patient ID}}
        check before packing the lab bag. Re-labelled, nothing sent.
        Contributing: similar names, same {{surname}}, one label printer for two rooms.
        Reported by: [[name:E. Mensah]]
    """)),
    ("health", "success", block("""
        *** SHOUT OUT *** for [[name:Gwen Llewellyn]], {{health adviser}}

        Over the last month [[name:Gwen]] has done the {{partner notification}} for a cluster
        of {{infectious syphilis}} linked to an app-based network. From one index patient she
        traced and got 11 contacts into clinic, including two who had never tested, using
        {{provider referral}} and the anonymous text service. One contact was pregnant and
        was seen the same day with the {{antenatal}} team at [[organisation:Calder General
        Hospital]] - {{benzathine penicillin}} given within 48 hours. {{UKHSA}} have asked to
        use it as a case study. [[name:Gwen]] also kept brilliant {{PN}} records which made
        our {{BASHH}} audit a breeze.

        Thank you from everyone at [[organisation:Linden Street]]! - [[name:Nasreen]] & the
        {{walk-in}} team
    """)),
    ("health", "incident", block("""
        From: [[name:Laszlo Farkas]] <[[email:laszlo.farkas@westmerecalder.nhs.uk]]>
        To: {{Clinical Governance}} <[[email:governance.sh@westmerecalder.nhs.uk]]>
        Date: [[date:Wed 7 Aug 2024]] 11:02
        Subject: Results SMS sent to wrong number

        Hi,

        Logging an incident. On [[date:5 August]] a positive {{gonorrhoea}} result text was
        sent to [[phone:07700 900238]] instead of the patient's number [[phone:07700 900283]]
        (last two digits swapped when the {{HCA}} typed it in at walk-in). The message only
        says "please call the clinic" and no diagnosis, so limited harm, but the person who
        got it rang back and our {{health adviser}} confirmed the clinic name before realising.
        Patient ([[case_reference:LSH-0933561]]) has now been contacted and treated with
        {{ceftriaxone}}.

        Suggest {{read-back}} of mobile numbers at booking.

        [[name:Laszlo]]
        {{Senior Sister}}, {{Sexual Health}}
        [[organisation:Westmere and Calder NHS Foundation Trust]]
    """)),
    ("health", "near_miss", block("""
        Chronology - young people's clinic, [[organisation:Kestrel House]], [[date:Thursday 18 July]]
        16:05 [[name:Tia]] [[age:14yo]] walks in with friend asking for the {{morning after pill}}.
        16:20 Seen by {{Band 5}} nurse [[name:Jonah]]. {{Fraser guidelines}} considered, competent.
        16:30 {{Levonorgestrel}} 1.5 mg given. Partner described as "older, from the car wash".
        16:35 {{Spotting the Signs}} proforma NOT completed - [[name:Jonah]] thought it was done at
        reception.
        17:40 [[name:Tia]] leaves. Friend mentions partner picks them both up after school.
        17:50 {{Safeguarding lead}} [[name:Okafor]] reviewing end-of-day list notices no proforma for
        a [[age:14-year-old]] and calls [[name:Jonah]] back.
        18:10 Proforma done retrospectively: scores high for {{CSE}}. Referral to {{MASH}}
        and {{police}} same evening, ref [[case_reference:KH-SG-2024-077]].
        Learning: proforma must be mandatory before {{EHC}} is issued to under-16s.
    """)),
    ("health", "success", block("""
        {{Teams}} chat - [[organisation:Linden St]] clinicians
        [[name:Roisin Gallagher]] 12:31: quick win to share - the {{LARC}} waiting list is down from 9 weeks to 3 🎉
        [[name:Roisin Gallagher]] 12:32: [[name:Hao]] set up the {{coil}} fitting lists on {{Tuesday}} pm with 2 {{HCAs}} so we can do 8 instead of 5
        [[name:Zhang Hao]] 12:35: team effort! [[name:Precious]] rang everyone on the list to check they still wanted the {{IUS}}
        [[name:Precious Ndlovu]] 12:36: and 14 people didn't so that freed loads of slots
        [[name:Roisin Gallagher]] 12:40: {{Dr}} [[name:Haddad]] also happy to do the {{implant}} removals in the {{young people's clinic}} so those stop clogging {{LARC}} lists
        [[name:Zhang Hao]] 12:41: 👍
    """)),
    ("health", "incident", block("""
        END OF SESSION HANDOVER - evening walk-in [[date:Mon 2/9]]
        Nurse in charge: [[name:Bernadette]] -> [[name:Kemi]] (tomorrow am)

        * INCIDENT (form done): pt [[name:Chloé Martin]], clinic no [[case_reference:LSH-0940216]],
          had {{ulipristal acetate}} ({{ellaOne}}) for {{EC}} at 14:00 with [[name:Jakub]]
          (locum). At 17:30 she saw {{SRH}} nurse for {{quick start}} and was given
          {{desogestrel}} to start TODAY. Should wait 5 days after {{UPA}} as it can reduce
          the effect of the {{EC}}. Nobody checked the earlier entry.
        * Pt called back 18:15 by [[name:Bernadette]], told to hold the pill for 5 days, use
          condoms, {{pregnancy test}} in 3 weeks. Happy, understood.
        * [[name:Kemi]] - pls ring her {{Weds}} to check ok: [[phone:07700 900651]]
        * Locum induction pack has no {{FSRH}} {{quick start}} guidance - raise at {{huddle}}.
        * {{Sharps bin}} in room 4 full.
    """)),
    ("health", "near_miss", block("""
        {{Vaccine fridge}} log - {{clinic room 2}} - week of [[date:22/04/2024]]

        Date     Time   Min   Max   Current  Initials   Action
        [[date:22/04]]    08:45  3.1   6.8   4.9      [[name:RG]]         ok
        [[date:23/04]]    08:50  2.9   7.4   5.2      [[name:RG]]         ok
        [[date:24/04]]    09:10  1.2   11.6  9.8      [[name:B.O'N]]      {{reset}}, no action?
        [[date:25/04]]    08:40  3.3   7.0   5.1      [[name:PN]]         ok

        NEAR MISS: on [[date:24/04]] max was 11.6, outside {{2-8°C}}, but the fridge was just reset.
        {{Next morning}} [[name:Precious]] ([[name:PN]]) spotted it reviewing the log before the
        {{Hep B}} and {{HPV}} clinic. Stock quarantined, {{pharmacy}} and
        [[organisation:Calder General]] {{vaccine lead}} contacted; manufacturer data said
        stock usable. No doses given from it in between. Refresher on {{cold chain}} booked.
    """)),
    ("health", "incident", block("""
        Minutes - {{clinical governance}} meeting, [[organisation:Linden Street Sexual Health]], [[date:3 October 2024]]
        Attendees: Dr [[name:Anneliese Brandt]] (chair), [[name:Marcus Oyelaran-Finch]] ({{lead nurse}}),
        [[name:Hope Delaney]] ({{pharmacist}}), [[name:Faisal]] ({{SHO}}), [[name:Grace]] ({{HCA}} rep)
        Apologies: [[name:Imogen Tait]], [[name:Sunil]]

        1. Incident [[case_reference:W-IR-24-5519]] - {{implant}} insertion
        [[name:Marcus]] summarised: {{Nexplanon}} inserted at a {{Saturday}} list by a nurse in the
        last stage of {{LoC SDI}} sign-off. Patient returned 10 days later with tingling in
        her little finger. {{Implant}} not palpable, {{ultrasound}} showed deep placement near
        the {{ulnar nerve}}. Removed by {{specialist}} at [[organisation:Calder General
        Hospital]] {{regional removal centre}}. Good recovery.
        Discussion: supervisor was called away to {{walk-in}}; {{palpation check}} by both
        patient and clinician not documented.
        Action: no supervised insertions without supervisor in room ([[name:Marcus]]).
        Next meeting: [[date:7 November]].
    """)),
    ("health", "success", prose("""
        Good practice report. On [[date:11 March 2024]] a woman attended the {{walk-in}}
        session requesting {{contraception}}. She was accompanied by a man who said he was her
        {{husband}} and offered to interpret. {{Health adviser}} [[name:Soraya Karimi]]
        followed our {{routine enquiry}} policy and saw her alone, using a {{telephone
        interpreter}} in {{Dari}} rather than the companion. The patient, [[name:Parisa]]
        (recorded [[age:age 19]], clinic no [[case_reference:LSH-0897702]]), disclosed that
        her passport was held by the man and that she was made to work in a nail bar without
        pay. [[name:Soraya]] contacted the {{safeguarding lead}} and {{police}}; a
        {{National Referral Mechanism}} referral was made and [[name:Parisa]] was moved to a
        safe house by [[organisation:Helping Hands Refuge Partnership]] that evening. Her
        {{STI screen}} and {{implant}} were completed at a follow-up. Learning: the alone-time
        rule and independent interpreters work, and reception staff
        ([[name:Mo]] and [[name:Kaja]]) did well to keep the companion in the waiting area
        calmly.
    """)),
    ("health", "near_miss", block("""
        [{{WhatsApp}} - "[[organisation:Linden]] Sat rota" group, exported for incident review]
        [[[date:13/07/2024]], 10:12] [[name:Jade Kowalski]]: can someone cover 2-4 pm? 🙏
        [[[date:13/07/2024]], 10:14] [[name:Femi]]: i can
        [[[date:13/07/2024]], 11:48] [[name:Jade Kowalski]]: also pls chase [[name:Connor Pike]] {{HIV}} result he's the one w the
        [[[date:13/07/2024]], 11:48] [[name:Jade Kowalski]]: This message was deleted
        [[[date:13/07/2024]], 11:50] [[name:Aoife]] ({{Sister}}): guys NO patient names on here!! use {{EPR}} tasks
        [[[date:13/07/2024]], 11:51] [[name:Jade Kowalski]]: sorry!! deleted before i sent the rest, will task it

        Reporter's note ([[name:Aoife]], {{Senior Sister}}): near miss - name typed and
        partly sent to a 23-person group including {{bank staff}}. Reminded team of
        {{Caldicott}} principles at the {{huddle}}.
    """)),
    ("health", "incident", block("""
        Ref: [[case_reference:W-IR-24-6102]]
        Category: Information governance / postal {{STI}} kits
        Reported by: [[name:Hollie-Rae Jenkins]], {{admin}} team leader
        Patient: [[name:Arjun Chaudhary]]   DOB: [[date_of_birth:30 Jan 1997]]
        NHS no: [[nhs_number:837 547 2751]]
        Correct address: [[address:41 Tanner's Row, Calderbridge]] [[postcode:CB7 2QT]]
        Kit sent to: [[address:14 Tanner's Row, Calderbridge]] [[postcode:CB7 2QT]]

        Summary: an online-ordered {{home testing kit}} ({{HIV}}, {{syphilis}},
        {{chlamydia}}/{{gonorrhoea}}) was posted to the wrong house number after a manual
        re-key when the order failed to import. The neighbour opened it; the return label
        shows "[[organisation:Linden Street Sexual Health]]". [[name:Arjun]] complained
        on [[date:9 September]]. Apology given by [[name:Hollie-Rae]]; {{Duty of Candour}}
        not triggered (no harm) but letter sent. Fix: no manual re-keying, failed imports go
        back to the patient by text.
    """)),
    ("health", "success", block("""
        (Card left at {{reception}}, typed up for the {{compliments}} log, [[date:Fri 15 Nov]])

        To the lovely {{nurse}} [[name:Faith]] and the lady on the {{desk}} with the purple
        glasses ([[name:Val]]?)

        I came in on my own really scared after my {{HIV}} {{self test}} showed a faint line.
        You got me in within 20 mins, did the proper test, explained about
        {{confirmatory testing}} and stayed with me till it came back {{negative}}. You
        didn't make me feel dirty or stupid. You also sorted my {{PrEP}} so I'm not going
        through that again.

        Thank you thank you thank you.
        [[name:D.]] x

        Forwarded to [[name:Faith Osei]] and [[name:Valentina Russo]] by [[name:Nasreen]],
        {{service manager}}.
    """)),
    ("health", "near_miss", prose("""
        Near miss in the {{treatment room}} [[date:20/02/25]]. {{Patient}} with
        {{early syphilis}} ([[case_reference:LSH-0958830]]) was prescribed {{benzathine
        benzylpenicillin}} 2.4 MU {{IM}} by the {{locum SHO}}. {{EPR}} allergy banner said
        "{{penicillin}} - {{anaphylaxis}} 2019" but it sits below the fold on the smaller
        screens in rooms 5 and 6. {{Pharmacist}} [[name:Wiremu Tane]] was checking the
        {{PGD}} stock book, saw the allergy on the paper {{drug chart}} and stopped it before
        the {{HCA}} drew it up. Switched to {{doxycycline}} 100 mg bd for 14 days per
        {{BASHH}}. The SHO, Dr [[name:Kowalczyk-Baines]], was very open about it.
        Request: allergy banner pinned to top of screen; two-person check for all {{IM}}
        penicillins.
    """)),

    ("health", "incident", prose("""
        yp clinic tues [[date:4th march]]. girl [[age:13]] (will call her [[name:M.]] here,
        full details on {{EPR}} [[case_reference:KH-0031946]]) came for {{pregnancy test}} w/
        her {{aunt}}. test neg. she said her bf is "[[age:17 or 18]]" and has a car. under
        13s is automatic referral but shes [[age:13]] so its {{professional judgement}} and the
        locum dr thought {{Fraser}} was met + wrote "no concerns". i wasnt happy, he didnt
        ask about the age gap or {{coercion}}. i didnt escalate til next morning to
        [[name:Okafor]] ({{safeguarding lead}}) bc clinic overran + i had no {{named nurse}}
        on shift. referral to {{MASH}} went [[date:5/3]] 11am, ~18 hrs delay. {{school nurse}}
        at [[organisation:Riverside Academy]] informed. - [[name:ceri]] ({{Band 5}})
    """)),
    ("health", "success", block("""
        #outreach-team ({{Slack}})
        [[name:kat.oduya]]  14:02  freshers fair stall at [[organisation:University of Westmere]] done!! 212 {{condoms}}, 64 {{chlamydia}} kits, 19 {{PrEP}} enquiries
        [[name:lukas_b]]  14:05  and 7 people booked straight into {{walk-in}} on the QR code 🔥
        [[name:kat.oduya]]  14:06  shout out to [[name:Sani]] from the {{Students' Union}} who got us the spot by the food court
        [[name:amber.li]]  14:10  {{C-Card}} sign-ups: 41. best ever
        [[name:lukas_b]]  14:12  can we do the same at [[organisation:Westmere College]] in {{Jan}}? [[name:Amber]] you know their {{wellbeing lead}}?
        [[name:amber.li]]  14:14  yep [[name:Ruth Abara]], will email her
    """)),
    ("health", "near_miss", block("""
        Subject: PEP starter packs - out of date in {{ED}} box
        Date: [[date:Sun 27/10/2024]]
        From: Dr [[name:Ioana Popescu]], {{GUM}} {{registrar}} (on call)

        At 22:40 {{A&E}} at [[organisation:Calder General]] rang for advice: a {{nurse}} with a
        {{needlestick injury}} from a known {{HIV}}-positive source. The {{PEP}} starter pack
        in the {{ED}} {{controlled cupboard}} had expired on [[date:30 September]]. The
        {{charge nurse}}, [[name:Gethin]], noticed the date before giving it. I arranged a
        pack from the {{on-call pharmacy}} and it was given at 23:25, within 2 hours of
        exposure. No harm.
        Cause: the expiry check of the out-of-hours packs moved from our team to {{ED}}
        {{pharmacy}} in the summer and nobody picked it up.
        Request: monthly check on the [[organisation:Linden Street]] stock list.
    """)),

]

AVIATION = [
    ("aviation", "incident", prose("""
        Occurrence report [[case_reference:FW-OR-24-0412]], {{CAMO}}, [[organisation:Fenmoor
        Airways]]. On [[date:16 April 2024]] during a routine {{maintenance programme}} review,
        the {{technical records}} team found that the repetitive inspection required by
        {{EASA AD 2021-0233}} (main landing gear {{side brace}} lug) on {{ATR 72-600}}
        [[aircraft_registration:G-FNMC]] was overdue by 41 flight cycles. The aircraft had
        operated three sectors after the limit, including [[flight_number:FW417]] and
        [[flight_number:FW418]] on [[date:15 April]]. The AD had been loaded against the
        wrong {{effectivity}} when [[aircraft_registration:G-FNMC]] joined the fleet from
        lease in [[date:January 2024]], so the forecast never showed it as due. The aircraft
        was grounded at {{base}} and inspected the same night by [[organisation:Calder Aero
        Engineering]]; no findings. An {{MOR}} was raised with the {{CAA}}, reference
        [[case_reference:MOR-2024-11873]]. Reported by [[name:Ines Carvalho]], {{Technical
        Records Supervisor}}.
    """)),
    ("aviation", "near_miss", prose("""
        nearly let [[aircraft_registration:G-FNME]] go out this am with an expired {{MEL}}
        item. {{cat C}} deferral for the {{APU}} bleed valve ({{ADD}} [[case_reference:ADD
        24-0981]]) ran out midnight last night, 10 day limit, nobody extended or fixed. our
        {{deferred defect}} screen still showed it green bc the clock was set from the date it
        was entered not the date it was raised. [[name:deepak]] on nights spotted it on the
        {{tech log}} at 05:10 and rang me. we got {{line}} to change the valve b4
        [[flight_number:FW2204]] (dep 06:45), went 20 mins late. pls can someone look at the
        {{rectification interval}} logic in the system?? this is the 2nd time. - [[name:Mags]]
        ({{CAMO}} duty)
    """)),
    ("aviation", "success", block("""
        From: [[name:Olumide Bankole]] <[[email:o.bankole@fenmoor-airways.co.uk]]>
        To: {{CAMO}} Records <[[email:techrecords@fenmoor-airways.co.uk]]>
        Date: [[date:8 July 2024]]
        Subject: [[aircraft_registration:G-OFWB]] {{ARC}} review - thanks!

        Team,

        Quick note of thanks to [[name:Hannah-Louise Pryce]] for her {{records audit}} on
        [[aircraft_registration:G-OFWB]] ahead of the {{ARC}} recommendation. She found a
        {{CRS}} missing for a {{Dash 8-400}} {{propeller de-ice}} brush block change from the
        {{C-check}} at [[organisation:Calder Aero Engineering]]. The work had been done but
        the signed card never came back with the {{work pack}}. [[name:Hannah-Louise]] chased
        the {{Part-145}} and we had the original within 24 hours, so the ARC was issued on
        time and we avoided a finding from the {{CAA}} {{surveyor}}.

        Great attention to detail.

        [[name:Olu]]
        {{Continuing Airworthiness Manager}}
        [[phone:01632 960744]]
    """)),
    ("aviation", "incident", block("""
        Chronology - {{work pack}} [[case_reference:WP-FNMA-A4-0317]], [[aircraft_registration:G-FNMA]] ({{ATR 72-600}}), {{A-check}}
        [[date:Tue 11 June]]
        18:00  Pack issued by {{CAMO}} planning ([[name:R. Achterberg]]) to hangar 2.
        23:30  {{B1}} engineer [[name:Stelios]] finds task card 32-11-01 ({{MLG}} {{shock absorber}}
               servicing) has pages 1-2 of 4 only. Steps 5-9 and the {{torque values}} missing.
        23:45  Night {{shift lead}} rings {{CAMO}} {{duty phone}} - no answer.
        00:20  Task carried out from the {{AMM}} on the hangar terminal and signed.
        [[date:Wed 12 June]]
        07:40  {{Technical records}} ([[name:Marisol]]) notices card incomplete on return, queries.
        09:15  Found the {{PDF}} merge tool dropped pages over a file-size limit; 3 other
               cards in the same pack also short.
        10:30  [[aircraft_registration:G-FNMA]] held for re-inspection, released 13:05.
               [[flight_number:FW331]] delayed 2h10.
        Root cause: pack compiled by merge tool without page-count check; {{duty phone}} on silent.
    """)),
    ("aviation", "near_miss", block("""
        Transcript ({{RT}}, {{Tower}}) - extract supplied with {{tech log}} entry [[case_reference:TL 004512]], [[date:02/03/2025]]

        [[flight_number:FWR2271]]: [[organisation:Westmere Tower]], [[flight_number:Fenmoor Two Two Seven One]], request return to stand,
                 we have a {{tech log}} issue to resolve.
        {{TWR}}:     [[flight_number:Fenmoor Two Two Seven One]], roger, taxi via {{Alpha}}, stand 14.
        [[flight_number:FWR2271]]: Via {{Alpha}} to stand 14, [[flight_number:Fenmoor Two Two Seven One]].

        {{Captain}} [[name:Ngozi Eze-Harper]] reports: at {{line-up}} the {{first officer}}
        noticed the previous sector's {{ADD}} for the {{weather radar}} was marked "{{MEL}}
        34-43-01 cat B" but the {{MEL}} now needs two {{dispatch}} conditions met, one not
        checked. Returned to stand; engineer [[name:Finn O'Callaghan]] confirmed the {{deferral}}
        was raised against an old {{MEL}} revision. [[aircraft_registration:G-FNMC]] dispatched
        correctly 40 mins later as [[flight_number:FW2271]].
    """)),

    ("aviation", "success", block("""
        {{Teams}} | Tech Records & Planning
        [[name:Bartholomew Ashdown]] 16:48
        Can I just say the {{records audit}} of the [[aircraft_registration:G-FWKT]] redelivery pack went through the {{lessor}}'s review with ZERO findings 🙌 First time ever.
        [[name:Bartholomew Ashdown]] 16:49
        Huge credit to [[name:Pat]] and [[name:Yuki]] who scanned and indexed 14 years of {{dirty fingerprint}} records, and [[name:Chidi]] for rebuilding the {{LLP}} back-to-birth sheets for both {{CFM56}} engines.
        [[name:Yuki Tanabe]] 16:55
        thanks [[name:Barty]]! the {{OCR}} index helped a lot, maybe we use it for [[aircraft_registration:G-FWKU]] too?
        [[name:Chidi Okoro]] 17:02
        Team effort. Also [[organisation:Aerolease Capital]]'s {{technical rep}}, Mr [[name:Solberg]] ([[name:Henrik]]), was really helpful on the {{AD}} status format.
    """)),

    ("aviation", "incident", block("""
        INTERNAL OCCURRENCE REPORT
        Ref: [[case_reference:FW-OR-24-0588]]          Date of discovery: [[date:29/08/2024]]
        Aircraft: [[aircraft_registration:G-FNMA]]              Type: {{ATR 72-600}}, {{PW127M}}
        Reporter: [[name:Agnieszka Wróbel]], {{Technical Records Officer}}
        Ext: [[phone:01632 960127]]

        Description:
        During {{back-to-birth}} review of {{life-limited parts}} for the No.2 engine, the
        {{LLP}} sheet showed a {{HP turbine disc}} with 4,112 cycles remaining. The
        {{EASA Form 1}} from [[organisation:Northgate Turbine Services]] for that disc shows a
        different {{serial number}} (last two digits transposed). Traced to manual entry at
        engine change on [[date:3 May 2023]]. Actual remaining life confirmed as 4,121 cycles
        - no exceedance - but our records were wrong for 15 months.

        Immediate action: {{quarantine}} of the {{LLP}} status pending {{OEM}} confirmation
        ([[organisation:Pratt & Whitney Canada]]), 100% check of serials on all {{PW127M}}
        sheets. Reviewed by [[name:I. Carvalho]].
    """)),
    ("aviation", "near_miss", block("""
        DEFERRED DEFECTS - {{CAMO}} daily review - [[date:14/01/2025]] - prepared by [[name:Nkechi]]

        | Reg    | {{ADD}} ref   | Item                       | {{MEL}} cat | Raised   | Expires  | Status       |
        | [[aircraft_registration:G-FNMA]] | [[case_reference:ADD 25-0031]] | {{PA}} speaker row 7          | C       | [[date:06/01]]    | [[date:16/01]]    | part due [[date:15/01]] |
        | [[aircraft_registration:G-FNME]] | [[case_reference:ADD 25-0040]] | {{Fuel quantity indicator}} | B       | [[date:11/01]]    | [[date:14/01]]    | **EXPIRES TODAY** |
        | [[aircraft_registration:G-OFWB]] | [[case_reference:ADD 24-1177]] | {{Galley}} oven 2             | {{NSI}}     | [[date:19/12]]    | n/a      | open         |

        Note: [[aircraft_registration:G-FNME]] {{fuel quantity}} item was listed as {{cat C}} on yesterday's
        sheet (copy-paste from a different line). If not caught by [[name:Pieter van der Berg]]
        at the 07:00 {{ops call}} the aircraft would have flown [[flight_number:FW506]] tonight with the
        deferral expired. Rectified by {{line}} at 12:40.
    """)),
    ("aviation", "incident", block("""
        MINUTES - {{Technical Records}} monthly - [[date:5 February 2025]]
        Present: [[name:Olumide Bankole]] ({{CAM}}), [[name:Ines Carvalho]], [[name:Agnieszka Wróbel]],
        [[name:Mags Thornton]], [[name:Deepak Sethi]]
        Apologies: [[name:Bartholomew Ashdown]]

        3. Incident [[case_reference:FW-OR-25-0049]] - hours and cycles
        [[name:Mags]] reported that flight hours for [[aircraft_registration:G-FWKT]] were entered
        twice for [[date:27 January]] after a {{tech log}} page was scanned in two batches.
        This pushed the {{A320}} {{APU}} {{hard time}} forecast forward by 9.4 h, and the
        {{planning}} system then scheduled an unneeded {{borescope}}. No airworthiness impact
        but 6 labour hours wasted and the {{utilisation}} report to the {{lessor}} was wrong.
        Agreed: duplicate sector check on import ([[name:Deepak]]); {{tech log}} pages
        numbered before scanning ([[name:Mags]]).
        AOB: {{CAA}} {{Part-CAMO}} audit booked for [[date:March 2025]].
    """)),

    ("aviation", "success", block("""
        {{CAMO}} DUTY HANDOVER - [[date:Sat 19 Oct]] late -> [[date:Sun 20 Oct]] early
        Outgoing: [[name:Mark Ferreira]]   Incoming: [[name:Sunny Adeyinka]]

        - GOOD CATCH worth a learning report: [[name:Sunny]] asked me to check new
          {{EASA}} {{AD}} on {{ATR}} {{elevator}} trim actuator published Fri. I did the
          {{applicability}} check vs our {{mod status}} and found [[aircraft_registration:G-FNMC]]
          is affected (pre-mod) even though the other two are not - compliance within 50 FH.
          Loaded to {{AMP}} forecast, {{work order}} [[case_reference:WO-241019-07]] raised,
          slot booked with [[organisation:Calder Aero Engineering]] [[date:Tues 22nd]] night.
        - [[aircraft_registration:G-FNME]] {{ADD}} for cabin reading light - parts in stores.
        - {{Duty phone}} battery weak, charger in top drawer.
        - Nothing else open. Quiet night, {{ramp}} closed 01:00-04:00 for resurfacing.
        [[name:MF]]
    """)),
    ("aviation", "near_miss", prose("""
        rushed note sorry. doing the {{work pack}} for [[aircraft_registration:G-OFWB]]
        {{C-check}} today and the {{task card}} for the {{SB}} on the {{nose gear}}
        {{steering}} was pulled from the old {{revision}} of the {{MPD}}. new rev halves the
        interval. would have gone out to the {{hangar}} wrong if [[name:grace]] in planning
        hadnt asked why the {{man-hours}} didnt match [[organisation:Calder]]'s quote. our
        {{document control}} list says rev 14 but the shared folder has rev 13 + 14 with
        the same file name. fixed for this pack ([[case_reference:WP-OFWB-C2-0091]]) but
        others could be the same. - [[name:wojtek]]
    """)),

    ("aviation", "incident", block("""
        CONFIDENTIAL REPORT (just culture)
        Name (optional): [[name:Rhiannon Price-Whitaker]]
        Role: {{Planning Engineer}}, {{CAMO}}
        Date/time of event: [[date:21 November 2024]], approx 14:00
        Aircraft / flight: [[aircraft_registration:G-FWKU]] / [[flight_number:FW88]]
        Related ref: [[case_reference:FW-OR-24-0731]]

        What happened: I extended a {{cat C}} {{ADD}} ({{lavatory}} smoke detector test
        fault) using the {{RIE}} process without the {{CAM}}'s approval because
        [[name:Olu]] was on leave and the deputy, [[name:Jaswinder]], was in a
        {{CAA}} meeting. The extension itself was within {{MEL}} limits but the
        {{Part-CAMO}} procedure says only the {{CAM}} or nominated deputy can approve.
        Aircraft flew [[flight_number:FW88]] and [[flight_number:FW89]] before it was noticed.

        Why: pressure from {{OCC}} to release before the 15:10 departure, and I did not know
        who the second deputy was.
        Suggest: deputy list on the {{CAMO}} wall board, out-of-hours number for approvals.
    """)),
    ("aviation", "success", prose("""
        Just want to put on record a thank you to the night {{B1}} at
        [[organisation:Calder Aero Engineering]], especially [[name:Tomás]] and "Big
        [[name:Lou]]" [[name:Adebayo]], for the {{work pack}} on
        [[aircraft_registration:G-FNME]] on [[date:Friday 7th]]. They returned every
        {{task card}} fully stamped, with {{torque}} values, {{tool}} serials and {{CRS}}
        references legible, and flagged two cards where our {{CAMO}} instructions conflicted
        with the {{AMM}} instead of guessing. Our {{records clerk}}, [[name:Joy]], closed
        the pack in under an hour, a record. This is what good {{Part-145}} to {{CAMO}}
        hand-back looks like and I have shared it at the {{quality}} meeting as an example.
        - [[name:Ines]], {{Tech Records}}
    """)),
    ("aviation", "incident", block("""
        From: [[name:Pieter van der Berg]] <[[email:p.vanderberg@fenmoor-airways.co.uk]]>
        To: [[name:Olumide Bankole]]; [[email:quality@fenmoor-airways.co.uk]]
        Sent: [[date:10 March 2025]] 09:12
        Subject: {{AD}} applicability error - [[aircraft_registration:G-FWKT]] No.1 engine

        [[name:Olumide]],

        Raising formally. The {{CFM56}} {{fan blade}} {{ultrasonic inspection}} AD was
        assessed in [[date:December]] as "not applicable" to [[aircraft_registration:G-FWKT]]
        because the {{engine serial}} was checked against the {{SB}} list for the No.2
        engine, not No.1. The {{No.1 engine}} was swapped in from [[aircraft_registration:G-FWKU]]
        in [[date:November]] and its serial is in the affected range. The first inspection was
        due by 400 cycles; the engine is at 371, so still within limits. Inspection booked at
        [[organisation:Northgate Turbine Services]] for [[date:12 March]]. Occurrence ref
        [[case_reference:FW-OR-25-0107]].

        Root cause looks like the {{applicability}} form uses the aircraft, not the engine,
        as the key.

        Regards,
        [[name:Pieter]]
        {{Airworthiness Engineer}} | [[phone:07700 900916]]
    """)),

    ("aviation", "near_miss", block("""
        #camo-ops ({{Slack}}) - [[date:Thu 3 Apr]]
        @[[name:faith.m]] 07:58  morning. {{AMOS}} export for [[aircraft_registration:G-FNMA]] says next {{weekly check}} due today but the {{tech log}} says done yesterday?
        @[[name:d.sethi]] 08:03  yesterday's {{WC}} was signed by {{line}} at [[organisation:Westmere Airport]] but the page hasn't been scanned yet
        @[[name:faith.m]] 08:05  ok but the {{CRS}} stamp on the photo is for [[aircraft_registration:G-FNMC]] not [[aircraft_registration:MA]] 👀
        @[[name:d.sethi]] 08:07  oh no. so [[aircraft_registration:MA]] never had the check?
        @[[name:rhi.pw]] 08:15  spoke to {{line}} - engineer wrote the wrong reg on the {{tech log}} page. [[aircraft_registration:MA]] check WAS done, [[aircraft_registration:MC]]'s wasn't due. corrected entry by 10:00 before [[flight_number:FW212]]
        @[[name:faith.m]] 08:16  raising as near miss, if we'd trusted the log [[aircraft_registration:MC]] could have gone overdue next week
    """)),
    ("aviation", "success", prose("""
        Learning report - {{records audit}} outcome. Following the {{CAA}} finding last year
        on incomplete {{AD}} compliance records, the {{technical records}} team ran a full
        sample audit in [[date:May 2025]] across all six aircraft, led by
        [[name:Hana Dvořáková]] with support from student {{apprentice}}
        [[name:Kieran "Kez" Mulholland]]. They checked 312 {{AD}} entries against the
        {{source documents}} and the {{EASA}} database. Only two minor errors were found, both
        typing errors in the {{method of compliance}} field, and both were fixed the same week.
        The audit was closed with the {{Quality Manager}}, Mr [[name:Achterberg]], on
        [[date:18 June]] and the [[organisation:Fenmoor Airways]] {{CAMO}} {{exposition}} was
        updated to make the sample audit annual. [[name:Hana]]'s checklist has been shared
        with the {{Part-145}} at [[organisation:Calder Aero Engineering]]. Well done both.
    """)),

]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind285", REPORTS))
