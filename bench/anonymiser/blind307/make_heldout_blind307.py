"""Held-out blind corpus 307: UK incident, near-miss and success ("learning") reports.

Fifty reports written blind (without sight of the de-identifier or any other corpus) as
front-line practitioners type them into a confidential reporting system:

- social_care (17): a youth justice service - case managers, EDT, police officers seconded
  to the service, appropriate adults, restorative justice workers, business support.
- health (17): a hyper-acute stroke unit - stroke nurses, registrars, consultants, HCAs,
  telestroke, thrombolysis and thrombectomy transfer.
- aviation (16): a cargo airline's loadmasters and ramp agents - load control, dangerous
  goods, pushback, hi-loaders, RT with ATC.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams, WhatsApp, Slack) with name handles, handover
notes, minutes with attendance and apologies, pipe and aligned-column tables, RT and call
transcripts, shout-outs and thank-you notes. All people, organisations, places and numbers
are invented. `[[label:value]]` marks identifiers; `{{term}}` marks must-not-redact mentions.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind307.jsonl"

SOCIAL_CARE = [
    # 1 rushed note
    ("social_care", "incident", prose("""
        quick one b4 i forget - home visit to [[name:kayden]] ([[age:15yo]]) on [[date:tues 4th]]
        for his {{YRO}} appt, {{mum}} ([[name:shaz]]) says he hasnt been home since {{sun nite}}.
        she hadnt reported him {{missing}}. i rang {{101}} myself, log no
        [[case_reference:NP-240304-0611]]. [[name:kayden]] then turned up at the
        {{reporting centre}} abt 4pm smelling of weed with a new phone + cash. didnt raise
        {{county lines}} with him directly but have flagged {{CCE}} concern to {{MASH}} and my
        {{TM}}. {{tag}} still fitted, {{EM}} provider says no curfew breaches?? doesnt add up if
        he wasnt home. will chase them tmrw. sorry typos, on my phone. [[name:dl]]
    """)),
    # 2 formal narrative
    ("social_care", "near_miss", prose("""
        On [[date:14 February 2024]] I was finalising the {{pre-sentence report}} for
        [[name:Tyrese Okonkwo-Blake]] ({{DOB}} [[date_of_birth:02/09/2008]]), due before
        [[organisation:Westmarsh Youth Court]] the following morning. When attaching the
        document to the secure e-mail to his solicitor, Ms [[name:Ferreira]] of
        [[organisation:Hallam Cray Solicitors]], I noticed that the {{victim liaison}} section
        still contained the victim's home address, [[address:27 Pellow Crescent, Westmarsh]],
        [[postcode:WM4 7RD]]. Under our {{restorative justice}} consent protocol this section
        must be removed before anything leaves the {{YJS}}. The e-mail was not sent. I deleted
        the section and my {{operational manager}}, [[name:Grace Adeyemi-Lloyd]], checked the
        report again before it went. Contributing factors: the {{AssetPlus}} export pulls the
        victim contact fields in by default, and I was working late to meet the {{court}}
        deadline after covering a {{Referral Order}} panel. Suggest the template is changed so
        that victim information always sits in a separate document. No information was
        disclosed and [[name:Tyrese]]'s hearing went ahead as listed.
    """)),
    # 3 Teams chat shout-out
    ("social_care", "success", block("""
        [[name:Rebecca Haworth]]  09:12
        Massive shout-out to [[name:Joy]] 🙌 on [[date:Sunday 10th]] she sat with [[name:DM]] for
        nearly 3 hrs in {{custody}} as {{appropriate adult}} when the {{AA}} rota had no one.
        Stayed calm, made sure he had a {{solicitor}} before {{interview}}, and spotted he
        hadn't had his {{ADHD}} meds.

        [[name:Joy Mensah]]  09:15
        aw thanks [[name:Bec]] x tbh he just needed someone who knew him. {{no joy}} getting the
        {{duty solicitor}} at first so I just kept ringing

        [[name:Marcus Oduya]]  09:21
        Echo this. The {{Custody Sergeant}} emailed to say it was the smoothest {{PACE}} clock
        he's seen with one of our kids. Adding to the {{good practice log}} 👏
    """)),
    # 4 form
    ("social_care", "incident", block("""
        [[organisation:WESTMARSH YJS]] – INCIDENT REPORT FORM
        Young person: [[name:Mihail Popescu]]
        DOB: [[date_of_birth:17/11/2007]]     Age: [[age:16]]
        YJS ref: [[case_reference:YJ/23/00872]]
        Address: [[address:Flat 3, 41 Garnet Street, Westmarsh]] [[postcode:WM2 9HL]]
        Order: {{Youth Rehabilitation Order}} with {{ISS}}
        Date/time: [[date:09/03/2024]] approx 15:20
        Location: {{interview room 2}}, {{YJS office}}
        Staff present: [[name:Tom Bracewell]] ({{case manager}}), [[name:Amira]] ({{ETE worker}})

        What happened: During a planned session [[name:M]] became distressed when told a
        {{breach}} warning would be issued for missed appointments. He threw a chair towards
        the door (not at staff) and punched the wall. No injuries to staff. {{Police}} not
        called. Session ended and [[name:M]] left with his {{dad}}.

        Actions: {{AssetPlus}} review brought forward; {{speech and language therapist}} input
        requested as [[name:M]] struggled to follow the {{warning letter}}. Room furniture to be
        reviewed.

        Reported by: [[name:T. Bracewell]]   Date: [[date:09/03/2024]]
    """)),
    # 5 e-mail
    ("social_care", "near_miss", block("""
        From: [[name:Hope Kaczmarek]] <[[email:h.kaczmarek@westmarsh.gov.uk]]>
        To: {{YJS Practice Leads}}
        Sent: [[date:Thursday 7 March 2024]] 16:48
        Subject: near miss – letter to school nearly went with wrong YP's details

        Hi all,
        Flagging a {{near miss}}. I was sending the {{ETE}} update to the {{SENCo}} at
        [[organisation:Brackley Vale Academy]] for [[name:Leo]] ([[age:14]]) and noticed the
        attachment was actually the letter for [[name:Leon Marsh]], who attends
        [[organisation:Oakhurst Pupil Referral Unit]]. Both files were saved as "ETE letter
        {{March}}" in the {{shared drive}}. Caught it before pressing send.

        Could we agree a naming convention ({{initials}} + {{YJS}} number) for anything saved
        to the shared drive? Happy to take it to {{Practice Forum}}.

        Thanks,
        [[name:Hope]]

        [[name:Hope Kaczmarek]] | {{Senior Practitioner}}
        [[organisation:Westmarsh Youth Justice Service]]
        [[phone:01632 960 418]]
    """)),
    # 6 formal success narrative
    ("social_care", "success", prose("""
        Good practice – {{Referral Order}} revoked early for good progress. [[name:Faith Oyelaran]]
        ([[age:17]]) received a 9-month order at [[organisation:Westmarsh Youth Court]] on
        [[date:5 June 2023]]. At her first {{panel meeting}} the {{community panel member}},
        Mr [[name:Harjit Sandhu]], asked what she actually wanted to do, and she said "work with
        cars". Her {{case manager}}, [[name:Will Ferris]], contacted
        [[organisation:Kestrel Motors]], who offered a {{work taster}} alongside her
        {{reparation}} hours. [[name:Faith]] wrote a {{restorative}} letter to the victim that
        the {{victim worker}} described as the most sincere she had read. The order was revoked
        on [[date:12 January 2024]] and [[name:Faith]] starts a {{Level 2}} motor vehicle course
        at [[organisation:Westmarsh College]] in {{September}}. What worked: one consistent
        worker, a {{Child First}} approach, and the panel letting [[name:Faith]] set her own
        {{contract}} targets rather than using the standard list.
    """)),
    # 7 chronology
    ("social_care", "incident", block("""
        CHRONOLOGY – delayed {{appropriate adult}} attendance
        YP: [[name:Callum Rooney]] (known as [[name:Cal]]), [[age:15]]
        Ref: [[case_reference:YJ/24/00119]]
        [[date:Sat 16/03/24]]
        01:10  Arrested on suspicion of {{robbery}}, taken to
               [[organisation:Westmarsh Central Police Station]].
        01:40  {{Custody}} rang {{mum}}, no answer. Rang {{EDT}}.
        02:05  EDT worker ([[name:Siobhán Ní Bhriain]]) contacted {{AA}} scheme – nobody until 08:00.
        02:30  [[name:Cal]]'s {{ADHD}} meds not with him; seen by custody {{HCP}}.
        07:55  [[name:Siobhán]] attended herself as AA.
        09:20  Interview with {{duty solicitor}}.
        11:45  {{Released under investigation}}. Taken home to mum by {{taxi}} arranged by EDT.
        Issues: a child held over 10 hrs, mostly waiting for an AA; no {{PACE}} transfer to
        {{local authority accommodation}} considered. Raised with the {{custody inspector}}
        and our {{Head of Service}}.
    """)),
    # 8 WhatsApp export
    ("social_care", "near_miss", block("""
        [[date:21/03/2024]], 18:02 - [[name:Sunny Bhogal]]: anyone free for the 7pm {{curfew check}} on [[name:Ryan]]? stuck at {{court}}
        [[date:21/03/2024]], 18:04 - [[name:Pat]]: I can go. whats the address again
        [[date:21/03/2024]], 18:05 - [[name:Sunny Bhogal]]: [[address:14 Larch Walk]], [[postcode:WM6 3BX]], {{door code}} 4471
        [[date:21/03/2024]], 18:06 - [[name:Sunny Bhogal]]: WAIT sorry wrong chat!! this is the {{Duty}} group not the {{YJS}} one, deleting
        [[date:21/03/2024]], 18:06 - [[name:Sunny Bhogal]]: This message was deleted
        [[date:21/03/2024]], 18:09 - [[name:Keeley-Ann]]: np but the {{Comms}} officer from the council is in this group
        [[date:21/03/2024]], 18:11 - [[name:Pat]]: got it on {{Teams}} now, heading over
        [[date:21/03/2024]], 18:15 - [[name:Sunny Bhogal]]: will report it as a {{near miss}} to the {{IG}} lead tmrw 🙈
    """)),
    # 9 minutes
    ("social_care", "incident", block("""
        Risk Management Meeting – minutes
        Date: [[date:25 March 2024]]   Chair: [[name:Bill Achterberg]] ({{Head of Service}})
        Present: [[name:Nadia Haddad]] ({{case manager}}), [[name:Olu Bankole]] ({{police officer}}, YJS),
        [[name:Rose Tiernan]] ({{CAMHS}}), [[name:Grzegorz Wójcik]] ([[organisation:St Aidan's RC High]] {{DSL}})
        Apologies: [[name:Kirsty McFadyen]] ({{children's social care}})
        Young person: [[name:Jordan Ellery-Shaw]], [[age:16]], ref [[case_reference:YJ/22/00541]]

        1. Incident: on [[date:19/03]] [[name:Jordan]] was stabbed in the leg near the {{precinct}};
           treated in {{A&E}} and discharged same night. Believed linked to a {{county lines}} debt.
        2. {{Safety plan}}: [[name:NH]] to review travel routes to school; [[name:OB]] sharing
           {{intelligence}} with the neighbourhood team.
        3. {{NRM}} referral to be made – [[name:Kirsty]] to action on return from leave.
        4. {{Risk of serious harm}} to [[name:Jordan]] raised to {{high}}.
        Next meeting: [[date:8 April]]
    """)),
    # 10 thank-you card
    ("social_care", "success", block("""
        Card left at {{reception}} on [[date:2 April]] for [[name:Danuta]] ({{family support worker}}).
        Transcribed for the {{good news}} folder with the family's consent:

        "Dear [[name:Danuta]] and everyone at the {{Youth Offending}},
        Thank you for not giving up on our [[name:Kuba]]. When he got arrested last year I
        thought that was it for him. You came to every meeting at {{school}}, you helped me with
        the forms for {{DLA}} and you never once made me feel like a bad {{mum}}. He has
        finished his {{Referral Order}} and he is going to {{college}}. I cannot say thank you
        enough.
        Mrs [[name:Wiśniewska]] ([[name:Kuba]]'s mum)"

        [[name:Danuta]] – lovely to see this, well deserved. {{Practice Manager}}
    """)),
    # 11 table
    ("social_care", "near_miss", block("""
        Curfew cross-check – found in {{weekly audit}} [[date:28/03/2024]]
        YP     | {{YJS ref}}                          | {{Court order}} curfew | {{EM}} provider record | Match
        [[name:AK]]     | [[case_reference:YJ/23/00933]]   | 19:00–07:00        | 19:00–07:00     | Y
        [[name:R.T.]]   | [[case_reference:YJ/24/00077]]   | 20:00–06:00        | 21:00–06:00     | N
        [[name:LW]]     | [[case_reference:YJ/23/00990]]   | 19:00–07:00        | none loaded     | N
        Notes: [[name:R.T.]] had a {{variation}} at court on [[date:13/03]] but the amended
        hours were never sent to the provider. [[name:LW]] was {{sentenced}} on [[date:22/03]];
        the {{court officer}} sent the order but it was not loaded until we rang on
        {{Thursday}}. Neither YP is known to have been out during the gaps. Suggest the
        {{court duty}} checklist includes a phone call to the {{EM}} provider on the day.
    """)),
    # 12 OOH handover
    ("social_care", "incident", block("""
        OOH handover – {{EDT}} to {{YJS}} {{duty officer}}, [[date:Fri 12 Apr]]
        - [[name:Tayo]] ([[age:14]], {{ISS}}) – reported missing from [[organisation:Fernlea Children's Home]]
          at 21:00, found by {{police}} 23:40 in a car reg [[vehicle_registration:LR68 KWD]] with two
          adult males. Car seized. [[name:Tayo]] back at the home 02:15 with approx £300 and 2 phones.
          {{Return home interview}} due within 72 hrs. Possible {{CCE}} – {{strategy meeting}} needed.
        - [[name:Mo]] – did not attend {{reparation}} Thurs, says he was ill, no {{sick note}} yet.
        - [[name:Gaby]] from [[organisation:Fernlea]] rang twice, wants a call back on
          [[phone:07700 900 562]] re: [[name:Tayo]]'s {{placement}}.
        [[name:Ade]] ({{EDT}})
    """)),
    # 13 rushed lower-case near miss
    ("social_care", "near_miss", prose("""
        nm – i nearly booked [[name:aaron]] ([[age:15]]) onto {{reparation}} at the
        {{allotments}} on [[address:tanner st]] for [[date:sat 20th]]. [[name:kemi]] from the
        {{police}} side of the team saw it on the rota + pointed out thats right in the middle of
        the {{rival group}}'s area, he was chased there in {{jan}}. the
        {{contextual safeguarding}} map wasnt checked bc it lives on a diff drive + i was
        covering [[name:jamal]]'s cases this wk. moved [[name:aaron]] to the {{charity shop}}
        placement instead. no harm done but honestly cld of been v bad. suggest the
        {{reparation co-ordinator}} checks the map for every new placement. {{TM}} aware.
    """)),
    # 14 shout-out
    ("social_care", "success", prose("""
        Shout-out: {{restorative justice}} conference, [[date:17 April 2024]]. Huge thanks to
        [[name:Mark]] and [[name:Ayesha Qureshi]] for the conference between [[name:Ethan]]
        ([[age:16]]) and Mr [[name:Dimitriou]], whose bakery, [[organisation:Dimitriou & Sons]],
        had its shutter smashed in {{February}}. [[name:Mark]] spent three weeks preparing both
        sides, including two {{home visits}} with [[name:Ethan]]'s {{nan}}, and [[name:Ayesha]]
        brought in a co-facilitator from {{Victim Support}}. Mr [[name:Dimitriou]] said
        afterwards it was "the first time anyone asked me what I needed". [[name:Ethan]] has
        offered to help repaint the shutter. This is exactly the {{Child First}} and {{RJ}}
        practice {{HMIP}} praised at our last inspection. – [[name:Claire]],
        {{Practice Manager}}
    """)),
    # 15 e-mail data incident
    ("social_care", "incident", block("""
        From: [[email:yjs.admin@westmarsh.gov.uk]]
        To: [[email:ig.team@westmarsh.gov.uk]]
        Cc: [[name:Deepak Raman]]
        Date: [[date:23/04/2024]] 10:31
        Subject: Data incident – {{AssetPlus}} summary sent to wrong recipient

        Dear {{IG}} team,
        At 09:52 today a summary for [[name:Chloe Nwankwo]] ({{DOB}} [[date_of_birth:05/05/2009]],
        ref [[case_reference:YJ/24/00203]]) was e-mailed to [[email:c.nwachuku@outlook.com]]
        instead of her {{social worker}}, [[name:Comfort Nwachukwu]]
        ([[email:c.nwachukwu@westmarsh.gov.uk]]). {{Autocomplete}} picked the external
        address. The summary included [[name:Chloe]]'s address,
        [[address:9 Quarry Bank, Westmarsh]] [[postcode:WM3 1NF]], health information and
        {{offence}} details. Recall failed; we have e-mailed asking for deletion, no reply yet.
        {{Caldicott Guardian}} informed; {{ICO}} reportability to be assessed.

        Regards
        [[name:Ruth]]
        {{Business Support}}, [[organisation:Westmarsh YJS]]
    """)),
    # 16 formal success
    ("social_care", "success", prose("""
        What went well – transition to {{Probation}}. [[name:Rhys Pugh-Amadi]] turned
        [[age:18]] on [[date:30 April]] part-way through his {{YRO}}. His {{case manager}},
        [[name:Rose]], started {{transition planning}} six months early rather than the usual
        three, and held two joint sessions with his {{probation practitioner}}, [[name:Anil]],
        at our office so that [[name:Rhys]] met him somewhere familiar. [[name:Rose]] also
        shared the {{AssetPlus}} and his {{speech and language}} profile so that [[name:Anil]]
        could adapt his letters. [[name:Rhys]] attended his first three {{Probation}}
        appointments and has not been {{breached}}. He told [[name:Rose]]: "it didn't feel like
        starting again". Learning: the {{Youth to Adult}} {{protocol}} timescale is a minimum,
        not a target.
    """)),
    # 17 formal near miss
    ("social_care", "near_miss", prose("""
        On [[date:Wednesday 1 May]] two bookings were made for the same slot at
        [[organisation:Westmarsh Civic Centre]]: a {{referral order panel}} for [[name:Hollie]]
        ([[age:15]]) in {{Room 1}}, and a {{victim impact}} meeting between our
        {{victim worker}}, [[name:Bukola]], and the victim's {{mum}} in {{Room 2}}. Both parties
        were shown into the same {{waiting area}} by {{reception}}. [[name:Bukola]] recognised
        [[name:Hollie]] from the case file photo as she walked in and moved the victim's family
        to the {{family room}} before either side realised. No contact took place. The room
        booking system does not show case links, and [[name:Yusuf]] on reception had no way of
        knowing. We have agreed that {{RJ}} bookings go through the {{victim worker}} only.
    """)),
]


HEALTH = [
    # 1 chronology
    ("health", "incident", block("""
        Timeline – delayed {{thrombolysis}}, {{HASU}} bed 4
        Pt: [[name:Edna Cartwright]], [[age:82]], hosp no [[case_reference:TGH0883142]]
        [[date:06/02/2024]]
        14:02  {{Pre-alert}} from crew: {{FAST}} positive, {{LKW}} 13:20
        14:19  Arrived {{ED}} {{resus}}, {{stroke registrar}} present
        14:27  {{CT head}} + {{CTA}} – no bleed, {{M1 occlusion}}
        14:34  Decision to thrombolyse. Weight estimated at 60 kg (no weigh scales in resus)
        14:40  {{Tenecteplase}} drawn up, then paused – {{pharmacist}} queried dose against
               48 kg on the ambulance sheet
        14:51  Dose recalculated and given
        15:10  Transfer to [[organisation:St Cuthbert's Royal Infirmary]] for {{thrombectomy}} accepted
        {{Door-to-needle}} 32 min (target 30). Weigh trolley was in {{CT}} and had not been
        returned. Reported by [[name:Priya Raghunathan]], {{Stroke CNS}}
    """)),
    # 2 rushed note
    ("health", "near_miss", prose("""
        nearly lysed the gent in {{bay 2}} tonight – mr [[name:hussain]], [[age:74]], came in via
        {{ED}} w {{R sided weakness}} + {{aphasia}}, {{NIHSS}} 11. daughter [[name:shabnam]] v sure
        "no blood thinners" but {{GP}} summary on {{SCR}} showed {{apixaban}} started 3 wks ago
        for {{AF}}, last dose this am. i had the {{alteplase}} reconstituted before the
        {{pharmacy}} tech flagged it. didnt give. went down {{thrombectomy}} pathway instead.
        lesson = always check SCR meds before lysis even if family are sure. [[name:jo]]
        ({{SpR}}, nights)
    """)),
    # 3 shout-out
    ("health", "success", prose("""
        🌟 SHOUT-OUT 🌟 To [[name:Grace]] ({{band 6}}), [[name:Femi]] ({{radiographer}}) and
        Dr [[name:Ishikawa]] for Mr [[name:Kowalczyk]] on [[date:11 Feb]]: {{door-to-needle}}
        19 minutes and {{door-in-door-out}} 58 minutes for transfer to
        [[organisation:St Cuthbert's Royal Infirmary]] for {{thrombectomy}}. [[name:Grace]] had
        the {{CT}} table clear before the crew arrived, [[name:Femi]] ran the {{CTA}} and
        {{CTP}} back-to-back, and Dr [[name:Ishikawa]] had the {{IR}} team on the phone before
        the images were even reported. Mr [[name:Kowalczyk]] walked back onto
        [[organisation:Corrigan Ward]] three days later with an {{mRS}} of 1. This is what an
        {{SSNAP}} A rating looks like! – [[name:Sunita]], {{Matron}}
    """)),
    # 4 form
    ("health", "incident", block("""
        INCIDENT REPORT – {{Datix}} ref [[case_reference:W218774]]
        Patient name: [[name:Ivor Llewellyn-Jones]]
        NHS no: [[nhs_number:844 876 4064]]     Hosp no: [[case_reference:TGH1129360]]
        DOB: [[date_of_birth:14.08.1939]]      Age: [[age:84]]
        Address: [[address:Rosebank Cottage, Mill Lane, Kelderby]] [[postcode:TD9 4WP]]
        Location: [[organisation:Corrigan Ward]] ({{HASU}}), {{side room}} 3
        Date/time: [[date:18/02/2024]] 03:15
        Description: Pt found on floor beside bed by {{HCA}} [[name:Bogdan]]. Has {{left neglect}}
        after {{right MCA infarct}}, assessed as high {{falls risk}}. {{Falls sensor}} mat in place
        but not switched back on after his 01:00 {{wash}}. Small {{haematoma}} L forehead. On
        {{clopidogrel}}. {{CT head}} 04:10 – no new bleed.
        Family (son [[name:Gareth]]) informed 05:00 by {{nurse in charge}} [[name:Amber Hollis]].
        Harm: {{low}}
        Reporter: [[name:A. Hollis]]
    """)),
    # 5 e-mail
    ("health", "near_miss", block("""
        From: Dr [[name:Tomasz Zieliński]] <[[email:tomasz.zielinski@tidemoor.nhs.uk]]>
        To: {{HASU}} nursing team; {{PACS}} admin
        Date: [[date:Mon 26 Feb 2024]] 11:05
        Subject: Near miss – {{CT}} reports for our two Mr [[name:Ahmeds]]

        All,
        Last night we had Mr [[name:Khalid Ahmed]] ([[age:67]], [[case_reference:TGH0550917]]) in
        bed 6 and Mr [[name:Khaled Ahmad]] ([[age:71]], [[case_reference:TGH0777214]]) in bed 9.
        The {{FY1}} opened the clear 24-hour {{CT}} for bed 6 while reviewing bed 9, who had
        {{haemorrhagic transformation}}, and was about to prescribe {{aspirin}} 300 mg.
        [[name:Pooja]] ({{staff nurse}}) checked the {{NHS number}} on the {{PACS}} screen against
        the wristband and stopped it. No harm.
        Please: two-identifier check on every image, and {{name alert}} stickers on both beds.

        [[name:Tomasz]]
        {{Stroke Consultant}}, [[organisation:Tidemoor NHS Foundation Trust]]
    """)),
    # 6 SBAR
    ("health", "incident", block("""
        {{SBAR}} handover – {{HASU}} nights to days, [[date:3/3/24]]
        S: Bed 11, [[name:Dorothy Mahlangu]] ('[[name:Dot]]'), [[age:79]]. Coughing and
           {{desaturating}} after a visitor gave her tea at 21:30 – {{swallow screen}} not yet
           done. {{NBM}} sign was on the whiteboard but not at the bedside.
        B: {{Left TACS}}, {{dysphagia}}, admitted yesterday, {{NIHSS}} 14.
        A: {{SpO2}} 89% on air, 94% on 2 L. {{CXR}} R lower zone changes, ?{{aspiration pneumonia}}.
           {{Co-amoxiclav}} started per micro guidance.
        R: {{SALT}} first thing; keep NBM, {{IV fluids}}; Datix done [[case_reference:W219042]].
           Visitor was her neighbour, Mrs [[name:Brannigan]] – not aware of NBM.
           [[name:Dot]]'s granddaughter [[name:Jessamy]] informed 23:00.
        RN [[name:K. Baptiste]]
    """)),
    # 7 minutes
    ("health", "success", block("""
        Stroke Clinical Governance – minutes, [[date:14 March 2024]]
        Present: Dr [[name:Ishikawa]] (chair), [[name:Sunita Dhillon]] ({{Matron}}), [[name:Faith Mwangi]] ({{Stroke CNS}}),
        [[name:Gwilym Rees]] ({{Lead Pharmacist}}), [[name:Hannah]] ({{SALT}})
        Apologies: Dr [[name:Arjun Menon]], [[name:Lowri]] ({{OT}})

        1. Good practice – {{in-hospital stroke}}. Mrs [[name:Iwu]] ([[case_reference:TGH0934410]]),
           {{Ward 12}}, [[date:2/3]]: {{HCA}} [[name:Bill]] noticed {{facial droop}} at 10:05 and
           called the {{2222}} stroke bleep, CT 10:31, {{alteplase}} 10:48. Full recovery.
           [[name:Bill]] to be nominated for the {{Trust}} award ([[name:FM]]).
        2. {{SSNAP}} Q3: B to A. {{Door-to-needle}} median 41 to 33 min.
        3. {{Swallow screen}} within 4 h: 71% to 88% after nurse-led training ([[name:HD]]).
        Actions: thank-you letter to [[name:Bill]] – [[name:SD]]; share learning at {{grand round}} – Dr [[name:Ishikawa]].
    """)),
    # 8 table
    ("health", "near_miss", block("""
        Post-{{thrombolysis}} obs check – bed 2, Mr [[name:O'Sullivan]], [[case_reference:TGH1402288]], [[date:08/03/24]]
        Time  | Due | Done | {{BP}}      | Initials
        15:00 | Y   | Y    | 168/92  | [[name:RK]]
        15:15 | Y   | Y    | 171/95  | [[name:RK]]
        15:30 | Y   | N    | –       | –
        15:45 | Y   | N    | –       | –
        16:00 | Y   | Y    | 192/104 | [[name:MJ]]
        [[name:RK]] moved to cover breaks in {{bay 3}}; two sets of obs missed during {{handover}}.
        BP above the 180/105 limit at 16:00, {{labetalol}} given per protocol, 174/96 by 16:20.
        No {{neuro}} deterioration, {{GCS}} 15 throughout. No harm. Suggest an {{e-obs}} alert for
        overdue {{post-lysis}} obs. – [[name:Mags]] ({{NIC}})
    """)),
    # 9 Teams chat
    ("health", "incident", block("""
        Teams – {{HASU}} co-ordination, [[date:Tue 12 March]]
        [[name:Ngozi Eze]] 19:42
        stroke bleep just had a {{pre-alert}}, [[age:58]]F, {{LKW}} 19:10, ETA 10 min. Is CT free?
        [[name:Will Tran]] 19:44
        {{inpatient}} from {{Ward 7}} on the table, 10 min
        [[name:Ngozi Eze]] 20:05
        where is she?? crew not arrived in {{resus}}
        [[name:Will Tran]] 20:08
        found her – in {{majors}} cubicle 14, triaged as "{{dizzy}}". pre-alert never reached the {{ED}} {{NIC}}
        [[name:Ngozi Eze]] 20:11
        going to CT now, still in window
        [[name:Ingrid Halvorsen]] 20:40
        Lysed 20:39. {{DTN}} 49 min. Pre-alert phone in resus was on silent. Please Datix – [[name:Ngozi]]?
        [[name:Ngozi Eze]] 20:43
        done, [[case_reference:W220318]]
    """)),
    # 10 thank-you letter
    ("health", "success", block("""
        Letter received [[date:05/03/2024]], shared with the family's permission.

        Dear Sister [[name:Okafor]] and everyone on [[organisation:Corrigan Ward]],
        On [[date:29th February]] my husband [[name:Desmond]] was brought to you after his
        {{stroke}}. I was so frightened. The {{doctor}} explained the {{clot-busting drug}} to me in
        plain {{English}} and the {{nurses}} kept me with him the whole time. [[name:Precious]] the
        {{physio}} had him standing on {{day two}}, and the {{speech therapist}} was so patient with
        his words. The {{night nurses}} even found me a blanket. [[name:Desmond]] is home now and
        doing the crossword again.
        With love and thanks,
        [[name:June]] and [[name:Des Abernethy]]
    """)),
    # 11 telestroke transcript
    ("health", "near_miss", block("""
        {{Telestroke}} call – transcript extract (recorded), [[date:17/03/2024]] 02:14
        {{Spoke site}}: [[organisation:Brennock District General]]
        Patient: [[name:Albert Nkemelu]], NHS [[nhs_number:395 137 4608]]
        {{CONS}} (Dr [[name:Rahman]], {{remote}}): {{NIHSS}} I make 9. Weight?
        {{REG}} (Dr [[name:Lise Fontaine]]): Nineteen, uh, ninety-five.
        CONS: Sorry – fifty-nine?
        REG: No. Nine five. Ninety-five {{kilograms}}.
        CONS: {{Readback}} – ninety-five kilograms, {{tenecteplase}} 0.25 mg per kg, 24 mg {{IV bolus}}.
        REG: Confirmed, 24 mg.
        Note by Dr [[name:Rahman]]: the line was poor and I initially wrote 59 kg, which would
        have given 15 mg. The readback caught it. Suggest weight is typed in the {{telestroke}}
        chat as well as said aloud.
    """)),
    # 12 formal incident
    ("health", "incident", prose("""
        On [[date:22 March 2024]] at approximately 16:30, Mrs [[name:Lim Siew Ling]] ([[age:69]],
        [[case_reference:TGH0671155]]) received {{alteplase}} for an acute {{ischaemic stroke}} on
        [[organisation:Corrigan Ward]]. The {{bolus}} was given correctly by Dr
        [[name:Callum Fraser]]. {{Staff Nurse}} [[name:Mercy Adjei]] then set up the
        {{infusion}}, but the {{volumetric pump}} was programmed with the total dose volume over 20
        minutes instead of 60. The error was noticed by [[name:Mercy]] at 16:52 when the pump
        alarmed {{infusion complete}}. Mrs [[name:Lim]] had no {{neurological}} deterioration, no
        {{angioedema}} and a repeat {{CT}} at 24 hours showed no bleed. She and her son were told
        under {{Duty of Candour}}. Contributing factors: the pump library did not include an
        alteplase profile; two-person check was done on the dose but not the rate. Action:
        {{Medical Devices}} to add a locked alteplase profile.
    """)),
    # 13 rushed night note
    ("health", "near_miss", prose("""
        {{bleep}} log nights [[date:20/3]] 03:40 – asked to chart {{enoxaparin}} for bed 14 (ms
        [[name:feeney]]) as {{VTE}} assessment not done on admission. nearly wrote it up then saw
        on {{EPR}} she was lysed at 08:15 yesterday so <24 h post {{alteplase}} + no repeat
        {{CT}} yet. didnt prescribe. {{IPC}} stockings on instead + flagged to day team. also the
        {{VTE}} tab on EPR doesnt show the lysis so nobody wld know unless they scroll the notes.
        [[name:ruby]] ({{nurse}}) agreed it was confusing. – [[name:ola]] ({{FY1}})
    """)),
    # 14 rushed shout-out
    ("health", "success", prose("""
        shoutout to [[name:dawn]] ({{HCA}}) who noticed mr [[name:achebe]] in {{bay 3}} was
        slurring on the 6am {{obs}} round + called me straight away instead of waiting for
        {{day staff}}. {{NIHSS}} had gone 2 to 9, {{CT}} showed {{haemorrhagic transformation}},
        discussed w {{neurosurg}} at [[organisation:st cuthberts]] + {{BP}} controlled quickly.
        family v grateful. [[name:dawn]] ur a star ⭐ – [[name:KT]] ({{nurse in charge}})
    """)),
    # 15 e-mail
    ("health", "incident", block("""
        From: [[name:Rhian Prosser]] <[[email:rhian.prosser1@tidemoor.nhs.uk]]>
        To: [[email:stroke.governance@tidemoor.nhs.uk]]
        Cc: [[email:hcp.desk@ncas.nhs.uk]]
        Date: [[date:27 March 2024]] 08:20
        Subject: Datix [[case_reference:W221655]] – {{thrombectomy}} transfer delay

        Hi,
        Summary for the {{PSII}} panel. Yesterday 16:45 [[name:Mohammed Al-Sayegh]] ([[age:49]],
        NHS [[nhs_number:253 832 6281]]) had a {{basilar occlusion}} confirmed on {{CTA}} and was
        accepted by {{neuro IR}} at [[organisation:St Cuthbert's]] at 16:52. {{Interfacility transfer}}
        requested 16:55 as {{Category 2}}. Crew arrived 18:40. {{Door-in-door-out}} 2 h 31 min.
        [[organisation:St Cuthbert's]] achieved {{recanalisation}} but he remains in {{ITU}}.
        I have asked [[organisation:North Coast Ambulance Service]] for their timeline.

        [[name:Rhian]]
        {{Stroke Nurse Specialist}} | [[organisation:Tidemoor NHS Foundation Trust]]
        [[phone:01632 960 771]]
    """)),
    # 16 formal success
    ("health", "success", prose("""
        Learning from excellence – [[date:31 March 2024]]. [[name:Tesfay Gebremedhin]]
        ([[age:63]]) arrived with {{aphasia}} and right {{hemiparesis}}; he speaks
        {{Tigrinya}} and his son was abroad. Instead of assuming he lacked {{capacity}},
        {{staff nurse}} [[name:Anneliese Brandt]] set up a {{video interpreter}} on the ward
        {{iPad}} within six minutes and {{stroke registrar}} Dr [[name:Faisal Jaber]] explained
        {{thrombolysis}} with pictures while [[name:Senait]] from
        [[organisation:Clearvoice Interpreting]] interpreted. [[name:Tesfay]] gave clear
        consent by nodding and pointing to the risk chart, which the interpreter confirmed. He
        was lysed within the window and went home with mild {{dysphasia}}. Learning:
        {{Mental Capacity Act}} assessment needs the right communication support first, and
        the iPad must stay charged in {{resus}}.
    """)),
    # 17 aligned columns board round
    ("health", "near_miss", block("""
        {{HASU}} board round 07:45 [[date:Thu 4/4]]
        Bed  Patient                Age  Issue
        1    [[name:E. Varga]]            [[age:88]]   {{NG}} out overnight, {{SALT}} today
        2    [[name:Sunil Batra]]         [[age:55]]   {{TIA clinic}} f/u, d/c today
        3    [[name:Ama Owusu-Ansah]]     [[age:61]]   lysed 22:10 – {{aspirin}} 300 charted for 08:00 (!)
        4    [[name:Reggie Dunmore]]      [[age:77]]   {{AF}}, start {{DOAC}} day 6
        Bed 3: aspirin was charted on admission by the {{ED}} team and not held after lysis.
        Spotted at the board round by [[name:Hywel]] ({{pharmacist}}) before the 08:00 drug round.
        Now held until 24 h {{CT}}. {{EPMA}} order set to be reviewed. – [[name:CB]] ({{NIC}})
    """)),
]


AVIATION = [
    # 1 formal occurrence narrative
    ("aviation", "incident", prose("""
        {{Occurrence}} summary. On [[date:2 February 2024]] [[flight_number:SKV318]]
        ({{B767-300F}}, [[aircraft_registration:G-SKVA]]) operated from
        [[organisation:East Fenwick Airport]] to the {{outstation}}. On arrival the receiving
        {{loadmaster}} found the forward {{side guide lock}} at main deck position {{C2}} in the
        down position and the {{PMC}} pallet displaced about 5 cm forward against the next
        lock. The {{nets}} were intact and there was no damage to the {{cargo liner}}. The
        departure loadmaster, [[name:Kwabena Asante]], had completed the {{final walk-round}}
        but the lock indicator at C2 was hidden under a loose net strap. {{Ramp agent}}
        [[name:Liam]] had reported the lock as stiff earlier in the load but this was not
        passed on. The {{captain}} was informed, an {{MOR}} was filed with the {{CAA}} and our
        internal reference is [[case_reference:SKV-OR-24-0117]]. Action: lock check card to be
        signed position by position.
    """)),
    # 2 pushback headset/RT transcript
    ("aviation", "near_miss", block("""
        Pushback – stand 42, [[date:11/02/24]] 23:52, [[flight_number:SKV905]] ({{B747-400F}}, [[aircraft_registration:G-SKVE]])
        {{Headset}} and {{Ground}} RT, reconstructed from recording:
        GND: [[flight_number:Skyvane 905]] Heavy, {{push and start}} approved, face west.
        FD:  Push and start approved, face west, [[flight_number:Skyvane 905]] Heavy.
        FD (headset): Ground, brakes released, cleared to push.
        {{TUG}} ([[name:Darnell]]): Pushing now.
        {{WING WALKER}} ([[name:Eilidh]]): STOP STOP STOP – left wing, {{GPU}} inside the line.
        TUG: Stopping. Brakes set please.
        FD: Brakes set.
        GND: [[flight_number:Skyvane 905]] Heavy, report ready to continue.
        Notes: GPU left inside the {{stand clearance line}} by the inbound {{ramp team}} after the
        previous {{turnaround}}. Wingtip clearance estimated 3 m. Push resumed 00:06 after the
        GPU was moved. Reported by [[name:E. MacLeod]], ramp agent.
    """)),
    # 3 shout-out
    ("aviation", "success", prose("""
        Shout-out to [[name:Bilal]] in the {{cargo shed}}. During the {{acceptance check}} on
        [[date:15 Feb]] he noticed a consignment booked as "spare parts" for
        [[flight_number:SKV 6021]] had a faint {{lithium battery}} mark under the
        {{over-wrap}}. He stopped it, opened it with the shipper's agent present and found
        {{UN3480}} cells, undeclared and with no {{DGD}}. Shipper was
        [[organisation:Harlow Trade Components Ltd]] via [[organisation:BlueLine Forwarding]],
        {{AWB}} [[case_reference:618-40217755]]. Consignment offloaded and reported to the
        {{CAA}} as a {{dangerous goods occurrence}}. Great eye [[name:Bilal]], this is exactly
        why we don't rush the checklist. – [[name:Marta]] ({{DG}} {{Compliance}})
    """)),
    # 4 rushed lower-case note
    ("aviation", "incident", prose("""
        {{hi-loader}} (unit {{HL4}}) clipped the {{main deck cargo door}} sill on
        [[aircraft_registration:g-skvj]] tonite approx 0210. [[name:gaz]] was driving on his own
        no {{banksman}} bc we were 2 short on {{nights}}. sill paint scuffed + door seal torn
        approx 20cm. {{engineering}} came out, aircraft {{AOG}} till seal replaced,
        [[flight_number:skv 771]] went 3h late. [[name:gaz]] ok just gutted. {{ops}} + {{duty manager}}
        know. pls can we stop sending hi-loaders out without a {{marshaller}}, its the 2nd time
        this month. – [[name:bm]] ({{shift lead}})
    """)),
    # 5 table
    ("aviation", "near_miss", block("""
        {{LIR}} vs actual – [[flight_number:SKV 412]] / [[aircraft_registration:G-SKVJ]] / [[date:19/02/24]]
        Pos | LIR planned   | Loaded
        A1  | {{PMC}} 3,410 kg  | PMC 3,410 kg
        B1  | PMC 4,980 kg  | {{PAG}} 1,120 kg
        C1  | PAG 1,150 kg  | PMC 4,980 kg
        D1  | PMC 2,760 kg  | PMC 2,760 kg
        Found at {{final check}} before doors closed: B1 and C1 swapped by the {{K-loader}} crew.
        Heavy pallet further aft moves the {{CG}} aft; still inside limits but the
        {{load sheet}} {{MAC}} figure was wrong. {{Load control}} issued an amended load sheet
        and the {{captain}} accepted it. No delay.
        Loadmaster: [[name:Ana Lúcia Duarte]]   Reported by: [[name:ALD]]
    """)),
    # 6 e-mail
    ("aviation", "incident", block("""
        From: Capt. [[name:Henrik Sørensen]] <[[email:h.sorensen@skyvanecargo.com]]>
        To: [[email:safety@skyvanecargo.com]]; [[email:duty.manager@tarnbridge-gs.co.uk]]
        Date: [[date:24 Feb 2024]] 06:12
        Subject: [[flight_number:SKV 1140]] – {{dry ice}} not on {{NOTOC}}

        After landing, the arriving {{ramp agent}} asked where the {{UN1845}} was. Our NOTOC
        showed no {{dangerous goods}}. Two {{pharma}} shipments with a total of 180 kg of dry
        ice were in the {{aft hold}}. With that quantity I would have expected to be told for
        {{ventilation}} and {{CO2}} considerations. The {{dispatcher}}, [[name:Yaw]], tells me
        the shipment was added after the NOTOC was printed.
        Please treat as an {{MOR}}.

        [[name:Henrik Sørensen]]
        {{Captain}}, {{B767F}}
        [[organisation:Skyvane Cargo]]
        [[phone:+44 7700 900 318]]
    """)),
    # 7 Slack thread
    ("aviation", "success", block("""
        #ramp-nights
        [[name:tomi.adebayo]]  04:18
        heads up – [[name:Dev]] found {{hydraulic fluid}} dripping from the {{left main gear}} bay on
        [[aircraft_registration:G-SKVE]] during the {{walkaround}}, told {{engineering}} before we'd even started loading
        [[name:priya.s]]  04:21
        nice one. [[flight_number:SKV 233]] is going to be late then?
        [[name:Dev Chaudhary]]  04:30
        yeah {{AOG}} for now, a {{B-nut}} on a brake line was loose. {{licensed engineer}} says could
        have been a lot worse if it went unnoticed
        [[name:jonno]]  04:33
        👏👏 proper {{good catch}} [[name:Dev]]
        [[name:priya.s]]  04:35
        putting it on the {{safety board}} tomorrow
    """)),
    # 8 chronology
    ("aviation", "near_miss", block("""
        Chronology – {{AVI}} shipment (3 horses), [[flight_number:SKV 880]], [[date:Sat 2 March]]
        13:05  {{Horse stalls}} positioned and locked, main deck positions {{A1}}–A3
        13:40  LIR from {{load control}} shows a {{dry ice}} pallet in A4, next to the stalls
        13:52  Loadmaster [[name:Oksana Hrytsenko]] spotted the {{segregation}} problem against the {{LAR}}
        14:10  LIR amended by load control ([[name:Raj]]); dry ice moved to the {{lower deck}} aft
        14:25  {{Groom}} [[name:Ciara Ní Dhomhnaill]] of [[organisation:Ballyfin Equine Transport]] informed
        15:30  Departed
        Learning: load planning software does not flag AVI/{{ICE}} separation on main deck.
        [[name:Oksana]] raised it with [[name:Raj]] before loading, which is why nothing was moved twice.
    """)),
    # 9 employee injury form
    ("aviation", "incident", block("""
        EMPLOYEE INJURY REPORT ({{RIDDOR}} screening)
        Employer: [[organisation:Tarnbridge Ground Services Ltd]]
        Name: [[name:Kit Yeboah]]             Employee no: [[case_reference:TGS-30418]]
        DOB: [[date_of_birth:30/06/1991]]     NI no: [[ni_number:PW 48 31 07 B]]
        Home address: [[address:22 Moorgate View, Fenwick]] [[postcode:FK7 2UJ]]
        Mobile: [[phone:07700 900 146]]
        Date/time: [[date:04/03/2024]] 11:25   Location: stand 17, {{bulk hold}}
        Injury: right ring finger crushed between a {{ULD}} base and the {{roller deck}} while
        pushing an {{AKE}} into the hold. {{Gloves}} worn. {{First aid}} by [[name:Shona]],
        taken to {{A&E}} by {{duty manager}}. {{Fracture}} confirmed, off work 3 weeks.
        Cause: {{power drive unit}} switched on while hands still on the container.
        Reporter: [[name:Gurpreet Kaur Sandhu]] ({{Duty Manager}})
    """)),
    # 10 minutes
    ("aviation", "success", block("""
        Safety Action Group – Ramp & Loading, [[date:12 March 2024]]
        Attendees: [[name:Pete Hollingworth]] ({{Head of Ground Ops}}), [[name:Ana Lúcia Duarte]] ({{Senior Loadmaster}}),
        [[name:Kofi]] ({{Ramp Supervisor}}), [[name:Rowan Achari]] ({{H&S}}), [[name:Grace Lindqvist]] ({{Safety Manager}}, chair)
        Apologies: [[name:Will Okoro]], [[name:Bilal Haddad]]

        1. Good catch award – [[name:Eilidh MacLeod]] for the STOP call on the GPU near miss
           ([[case_reference:TGS-NM-0219]]). Agreed unanimously.
        2. {{Lock check}} card trial – zero unlocked positions found over 412 turns in 6 weeks.
           Roll out to all {{B767F}} and {{B747F}} turns from {{April}}.
        3. {{FOD}} walk attendance up after moving it to shift start ([[name:Kofi]]).
        4. {{Just culture}} – reports up 30%, mainly {{near miss}}.
        Actions: thank-you letter to [[name:Eilidh]] – [[name:GL]]; lock card SOP update – [[name:ALD]].
    """)),
    # 11 WhatsApp
    ("aviation", "near_miss", block("""
        [[date:14/03/24]], 02:31 - [[name:Marek]]: who's left the {{courier van}} [[vehicle_registration:YK19 HVP]] at {{stand 9}} with the engine running and nobody in it??
        [[date:14/03/24]], 02:32 - [[name:Tash]]: its the [[organisation:Swiftline Couriers]] lad, he's gone to the {{toilets}} in the shed
        [[date:14/03/24]], 02:33 - [[name:Marek]]: the {{B737-800BCF}} is on {{taxi-in}} to stand 8 right now
        [[date:14/03/24]], 02:34 - [[name:Joe B]]: I've moved it behind the {{equipment restraint line}}, keys with me
        [[date:14/03/24]], 02:36 - [[name:Tash]]: his {{escort}} was meant to be [[name:Kyle]] but he got pulled onto the {{pushback}}
        [[date:14/03/24]], 02:40 - [[name:Marek]]: reporting it to {{airside ops}} and {{security}}. nobody hurt but that was close
    """)),
    # 12 RT transcript
    ("aviation", "incident", block("""
        RT extract – [[date:16 March 2024]], {{Approach}}. [[flight_number:SKV 442]], {{A330-200F}} [[aircraft_registration:G-SKVB]]
        ACFT: [[flight_number:Skyvane 442]], {{PAN PAN}}, we have an {{AFT CARGO DOOR}} caution, request return.
        APP: [[flight_number:Skyvane 442]], roger PAN, turn left heading 270, descend to 4000 ft {{QNH}} 1009.
        ACFT: Left 270, 4000 ft 1009, [[flight_number:Skyvane 442]]. We'll need about 15 minutes for the {{QRH}}.
        APP: Roger, {{fire service}} are being alerted.
        Landed 10:52, {{overweight landing}}. Engineering found the aft cargo door latched but the
        handle not fully stowed. Door was closed by ramp agent [[name:Jonah]]; {{dispatcher}}
        [[name:Beatriz]] signed the {{door check}} from the {{tug}} position without seeing the handle.
    """)),
    # 13 thank-you e-mail
    ("aviation", "success", block("""
        From: [[name:Ifeoma Chukwu]] <[[email:ifeoma.chukwu@skyvanecargo.com]]>
        To: {{Ramp Nights}}
        Subject: Thank you – last night's [[flight_number:SKV 318]] {{turnaround}}

        To the {{night shift}},
        Heavy snow, {{de-icing}} queue and a {{pallet}} that came in 600 kg over what was booked.
        [[name:Stanisław]] ([[name:Stan]] to most of you) re-planned the {{load}} in 20 minutes and
        walked me through the new {{trim}} figures before I'd asked. [[name:Blessing]] and
        [[name:Ray]] re-netted two positions in the dark without cutting a single corner. We
        pushed back 25 minutes late instead of cancelling.
        Thank you all.

        {{Capt}} [[name:Ifeoma Chukwu]]
        {{Line Training Captain}}, {{A330F}} fleet
        [[organisation:Skyvane Cargo]]
    """)),
    # 14 handover
    ("aviation", "near_miss", block("""
        Shift handover – {{load control}} / ramp, [[date:Wed 20/03]] 14:00
        - [[flight_number:SKV 512]] ([[aircraft_registration:EI-SKF]]): a {{Cat III-Yellow}} {{radioactive}}
          package ({{TI}} 2.1) was planned in lower deck position 11P, right behind the
          {{supernumerary}} compartment. [[name:Fola]] (loadmaster) caught it before loading, under
          the {{DGR}} separation distance. Moved to 31P, {{NOTOC}} reissued.
        - Ramp agent [[name:Zhang Wei]] says the {{load planning}} tool showed 11P as "OK" – raised with
          [[name:Bernadette]] ({{Ops Manager}}) for the system supplier.
        - [[name:Fola]] to write it up as a near miss tonight.
        - {{ULD}} {{serviceability}} tags short again, reorder.
    """)),
    # 15 formal incident
    ("aviation", "incident", prose("""
        At 05:40 on [[date:28 March 2024]], during the offload of [[flight_number:SKV 2207]]
        ({{B767-300F}}, [[aircraft_registration:G-SKVA]]) on stand 14, the aircraft pitched
        {{nose-up}} and the aft lower fuselage came down onto the {{tail stand}}, which had been
        positioned but not raised. Main deck positions were being unloaded from the front
        first, contrary to the {{offload sequence}} on the {{LIR}}. Loadmaster
        [[name:Yusuf Demir]] was on the main deck; {{ramp supervisor}} [[name:Siân Rowlands]]
        had been called to another aircraft. Mr [[name:Demir]] stopped the offload as soon as
        the nose gear lifted. {{Engineering}} found minor skin damage and the aircraft was
        {{AOG}} for 9 hours. No injuries. Reference [[case_reference:SKV-OR-24-0163]], {{MOR}}
        submitted. Actions: tail stand to be raised before any offload starts; offload sequence
        to be briefed at {{shift start}}.
    """)),
    # 16 rushed lower-case success
    ("aviation", "success", prose("""
        good catch 2nite – [[name:kasia]] spotted a frayed {{tie-down strap}} on the {{PMC}} in
        position {{P3}} on [[flight_number:skv 905]] during her {{final walk}}. strap was
        cut nearly half way thru, prob from a sharp {{crate}} edge. replaced b4 {{pushback}},
        no delay. [[name:davo]] checked the rest of the straps on the {{main deck}} + found nothing
        else. told [[name:kasia]] shes getting nominated for the {{good catch}} award lol.
        – [[name:mj]] ({{loadie}}, nights)
    """)),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind307", REPORTS))
