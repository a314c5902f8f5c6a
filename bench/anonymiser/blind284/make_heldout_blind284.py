"""Held-out blind corpus 284: 50 hand-written UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or of any other corpus) so that it measures
how well the de-identifier generalises. All people, organisations, places and numbers are
invented.

Settings:
- social_care (17): a pre-birth assessment and parent and baby foster placement team -
  expectant parents, midwives, foster carers, hospital discharge plans.
- health (17): a prison healthcare service - nurses on the wings, medication hatches, GPs,
  mental health in-reach, officers, hospital escorts.
- aviation (16): a historic and warbird aircraft operator - display pilots, engineers,
  passenger experience flights, airshows, vintage aircraft.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, chronologies with times, forms with Name/DOB/Ref/Address fields, e-mails with
headers and signatures, chat exports (Teams/WhatsApp/Slack, with handles), handover notes,
minutes with attendance and apologies, pipe-separated and aligned tables, radio/RT
transcripts, shout-outs and thank-you notes.

`[[label:value]]` marks an identifier and `{{term}}` a must-not-redact mention (roles,
agencies, drugs, equipment, aircraft types, place types, look-alike acronyms).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind284.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care
    ("social_care", "incident", prose("""
        rushed note sorry - visited [[name:kayleigh]] at [[address:14 Marsh Lane, Oakhurst]]
        [[postcode:OK4 7TR]] today for {{pre-birth assessment}} session 3, shes 34 wks.
        {{community midwife}} [[name:Gwen]] rang after and said the {{birth plan}} on the
        {{maternity system}} still shows the OLD {{discharge plan}} (baby home with dad) not the
        {{parent and baby placement}} agreed at {{legal planning}} on [[date:2 Feb]]. if [[name:k]]
        had gone into labour this wk the {{postnatal ward}} cd have sent baby home with
        [[name:dean]]. [[name:dean]] is on {{bail conditions}} not to contact her. i emailed
        [[name:Gwen]] the {{CP plan}} again + rang the {{labour ward}} coordinator, they updated it
        while i was on the phone. ref [[case_reference:PB-2291]]. think the alert never went on bc
        the old plan was uploaded by {{MASH}} before the {{ICPC}}. pls can someone check the other 3
        expectant mums on my list tmrw, im on leave fri. - [[name:jas]]
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Rosa Delgado-Whyte]] <[[email:r.delgado-whyte@brackenshire.gov.uk]]>
        To: {{Fostering Duty}}
        Sent: [[date:Tuesday 14 May 2024]] 16:42
        Subject: Near miss - P&B placement [[case_reference:FC/0413]] - car seat

        Hi all,

        Flagging a near miss from today's {{hospital discharge}} at [[organisation:St Hilda's Hospital]].
        Mum [[name:Natalia]] and baby [[name:Amber]] (DOB [[date_of_birth:11/05/2024]]) were due to
        move to our {{parent and baby carers}} [[name:Hope]] and [[name:Clive Barraclough]]. The carers
        arrived on the {{maternity ward}} with a {{car seat}} that had been in the loft since their
        last placement. The {{midwife}} noticed the {{ISOFIX base}} was for a different model and the
        harness was twisted. Nobody had asked the carers to confirm {{equipment checks}} before
        discharge day.

        [[name:Clive]] went out for a new seat and discharge went ahead two hours late. No harm, but
        had the {{ward}} not checked, [[name:Amber]] would have travelled back to
        [[address:Fellbeck]] unsecured.

        Suggest we add an equipment line to the {{placement planning meeting}} template.

        Thanks,
        [[name:Rosa]]

        [[name:Rosa Delgado-Whyte]] | {{Supervising Social Worker}} | [[organisation:Brackenshire Council]]
        T: [[phone:01632 960 418]]
    """)),
    ("social_care", "success", prose("""
        Shout-out for [[name:Faith]] and [[name:Tomasz Wiśniewski]], our {{parent and baby carers}}
        in [[address:Low Garth, Pellham]]. Over the {{12-week residential assessment}} for
        [[name:Leanne]] ([[age:aged 19]]) and baby [[name:Reggie]] they kept the most detailed
        {{daily logs}} I have seen: feed times, {{safe sleep}} checks, how [[name:Leanne]] read his
        cues. When the {{Guardian}} questioned whether mum could manage nights, [[name:Faith]]'s logs
        showed 27 of 28 nights done independently. [[name:Tomasz]] also drove [[name:Leanne]] to
        every {{contact}} and {{parenting group}} session. At the {{final hearing}} on
        [[date:19 September]] the court approved [[name:Leanne]] and [[name:Reggie]] moving to
        supported lodgings with a {{CIN plan}} rather than {{placement order}}. {{Cafcass}} commented
        on the quality of the evidence. Thank you both - this is what good looks like.
        [[name:Marguerite]], {{Practice Supervisor}}
    """)),
    ("social_care", "incident", block("""
        Chronology - [[case_reference:PBA-24-0187]] - baby [[name:Joy Boateng]]
        [[date:Sat 6 July]]
        08:50 {{Ward 21}} {{midwife}} phones {{EDT}}: mum [[name:Shanice]] ([[age:17]]) has her
              partner [[name:Kofi]] on the ward despite the {{safety plan}} saying no unsupervised contact.
        09:05 {{EDT}} worker [[name:Ifeoma Nwachukwu]] speaks to hospital {{security}}; [[name:Kofi]]
              leaves voluntarily.
        09:40 [[name:IN]] rings {{on-call manager}} [[name:Bill]] - agreed no discharge over the weekend.
        11:15 Carers [[name:Pat]] and [[name:Sunny Ahluwalia]] told placement start moved to Monday.
        14:30 [[name:Kofi]] seen in the hospital car park in [[vehicle_registration:KM17 XWF]];
              police informed, log [[case_reference:CAD 0611-0706]].
        15:10 {{Ward sister}} confirms [[name:Shanice]] and baby safe, {{bay}} moved nearer the desk.
        Issue: the {{safety plan}} sat on our system but was never sent to {{hospital security}} or the
        {{maternity safeguarding team}}, so the ward let him in on the {{visiting hours}} list.
    """)),
    ("social_care", "near_miss", block("""
        Teams chat export - {{Pre-birth Team}}
        [09:02] [[name:Marcus Ojo]]: morning - is the {{pre-birth conference}} for [[name:Chantelle]] still on?
        [09:04] [[name:Grace Liddell]]: yes [[date:Tues 4th]] 10am, {{hybrid}}
        [09:05] [[name:Marcus Ojo]]: ok bc the invite letter went to [[address:22 Tanner Row, Oakhurst]]
        [09:05] [[name:Marcus Ojo]]: thats HIS address not hers
        [09:06] [[name:Grace Liddell]]: oh no
        [09:07] [[name:Marcus Ojo]]: she moved into {{refuge}} last wk. letter had the venue and time on it
        [09:09] [[name:Grace Liddell]]: ring the {{IDVA}} now pls, and {{Business Support}} need to change the
        address on {{LCS}}
        [09:31] [[name:Marcus Ojo]]: {{IDVA}} says he's been on {{remand}} since [[date:20th]] and the flat is empty,
        letter came back {{return to sender}} this morning. so he never saw it
        [09:33] [[name:Grace Liddell]]: phew. still a near miss - log it pls, and move the venue anyway
        [09:34] [[name:Marcus Ojo]]: done, ref [[case_reference:NM-0552]]
    """)),
    ("social_care", "success", block("""
        Compliment logged [[date:03/10/24]] by [[name:D. Mensah]], {{team manager}}
        [[organisation:Ashby Vale Fostering Team]]

        Card received from [[name:Precious]] (mum, now living independently with baby [[name:Rose]]):

        "Dear [[name:Will]] and [[name:Mark]], thank you for the 16 weeks. You never once made me feel
        like I was being watched even tho I was. [[name:Mark]] showed me how to bath her without panicking
        and [[name:Will]] did every 3am feed log with me instead of about me. [[name:Rose]] is
        [[age:8 months]] now and crawling!! Love [[name:Precious]] xx"

        Learning: the carers co-wrote the {{daily recordings}} with the parent and shared them every
        Friday, so nothing in the {{parenting assessment}} came as a surprise. The {{IRO}} and the
        {{Guardian}} both noted it. Suggest it is shared at the {{carers' support group}} and built into
        {{Skills to Foster}} refresher training.
    """)),
    ("social_care", "incident", block("""
        INCIDENT FORM - {{Fostering Service}}
        Child: [[name:Ayaan Qureshi]]        DOB: [[date_of_birth:27/08/2024]]
        NHS no: [[nhs_number:485 772 1031]]
        Parent in placement: [[name:Nadia Qureshi]]   DOB: [[date_of_birth:02/03/2001]]
        Carers: [[name:Lorraine]] & [[name:Des Whitfield]]
        Address: [[address:Sycamore Cottage, 3 Brook End, Wexcombe]] [[postcode:WX9 2HL]]
        Ref: [[case_reference:INC-24-1175]]
        Date of incident: [[date:12/09/2024]]     Time: 02:15

        Description: [[name:Des]] heard baby crying and found mum asleep on the {{sofa}} with baby on
        her chest, contrary to the {{safe sleep}} advice in the {{placement agreement}}. Baby was
        breathing, pink and feeding well after. {{GP}} at [[organisation:Brook End Surgery]] saw him next
        morning, no concerns. {{Health visitor}} and {{supervising social worker}} informed.
        [[name:Nadia]] said she was exhausted and had not wanted to wake the carers.

        Action: revisit {{Lullaby Trust}} guidance with mum; carers to offer a 2am check-in; discuss at
        {{placement review}}.
        Reported by: [[name:L. Whitfield]]
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - {{duty}} to [[name:Kemi]] (back Mon)   [[date:Fri 8 Nov]]

        1. [[name:Bernadette Flynn]] ([[case_reference:PB-3310]]) - 37 wks. {{pre-birth plan}} =
           {{parent and baby placement}} with [[name:Joyce Amankwah]].
        2. NEAR MISS: the {{discharge planning meeting}} notes from
           [[organisation:Castlemoor Maternity Unit]] had [[name:Bernadette]]'s name but hospital no
           [[case_reference:K4471902]], which belongs to a different [[name:B. Flynn]] on
           {{delivery suite}}. Spotted by [[name:Parveen]] ({{safeguarding midwife}}) before the
           {{safeguarding alert}} went on. Correct no is [[case_reference:K4471839]]. If it had gone on,
           the wrong woman's baby would have been flagged.
        3. [[name:Joyce]] still needs the {{cot}} and {{steriliser}} delivered before Tues.
        4. {{Legal gateway}} minutes not back yet - chase [[name:Viv]] in legal.
        5. Nothing else from {{EDT}} overnight.
    """)),
    ("social_care", "incident", prose("""
        On [[date:21 January 2025]] Ms [[name:Candice Ellery]] left
        [[organisation:Wexcombe Royal Infirmary]] with her [[age:two-day-old]] son against medical
        advice. The {{pre-birth assessment}} had concluded that the baby should be discharged to a
        {{parent and baby foster placement}} under {{Section 20}}, and this was to be discussed with
        Ms [[name:Ellery]] by her {{social worker}}, [[name:Hamid Rahimi]], at 15:00. At 13:40 a
        {{bank midwife}} unfamiliar with the plan told Ms [[name:Ellery]] that social services were
        coming to take the baby. Ms [[name:Ellery]] became distressed and left by the
        {{main entrance}}. {{Hospital security}} and police were informed; she was found at her
        mother's address on [[address:Cole Street, Wexcombe]] at 17:20 and agreed to return.
        Mr [[name:Rahimi]] completed the conversation that evening with an {{advocate}} present.
        Learning: the {{discharge plan}} was filed only in the {{safeguarding folder}}, not on the
        {{handover sheet}}, so {{bank staff}} could not see it. {{Datix}} ref
        [[case_reference:88213]].
    """)),
    ("social_care", "success", block("""
        Minutes - {{Pre-birth Panel}}, [[date:12 March]]
        Present: [[name:Anita Sharma]] (Chair, {{Service Manager}}), [[name:Josh Bellamy]] ({{Team Manager}}),
        [[name:Hope Adeyemi]] ({{Safeguarding Midwife}}), [[name:Roisin]] ({{Fostering}})
        Apologies: Dr [[name:Lemon]] ({{Designated Doctor}}), [[name:Tariq]] ({{Legal}})

        Item 3 - Learning from [[case_reference:PB-2240]] ([[name:Mercy]] & [[name:Callum]])
        Early referral at 14 weeks by [[name:Hope Adeyemi]] meant a full {{PAMS}} assessment and a
        {{Family Group Conference}} before birth. Baby [[name:Ivy]] went home with both parents on a
        {{CIN plan}} after a 10-week placement with carers [[name:Sandra]] and [[name:Geoff Pike]].
        Panel noted the carers' written {{feeding plan}} and the {{health visitor}} joint visits.
        [[name:Mercy]] told the Chair the placement "felt like help not a test".
        Actions: [[name:AS]] to share the case summary with the {{Safeguarding Partnership}};
        [[name:JB]] to add 14-week referral target to the {{pre-birth protocol}}.
    """)),
    ("social_care", "near_miss", block("""
        WhatsApp export - Carer/SSW
        [[date:17/06/2024]], 22:14 - [[name:Bev Horton]]: hi [[name:Lena]] sorry its late. dad
        ([[name:Jordan]]) made up the 10pm bottle with 2 extra scoops, i noticed bc it looked thick. didnt give it
        [[date:17/06/2024]], 22:16 - [[name:Lena Marsh]]: thanks for stopping it. is baby ok?
        [[date:17/06/2024]], 22:17 - [[name:Bev Horton]]: yes fine, had a fresh one. [[name:jordan]] got upset,
        said the {{health visitor}} told him a bit thicker helps with {{reflux}}
        [[date:17/06/2024]], 22:20 - [[name:Lena Marsh]]: ok put it in the {{daily recording}}, ill ring the
        {{HV}} tmrw and we'll add a {{formula prep}} session. did he use the {{prep machine}}?
        [[date:17/06/2024]], 22:21 - [[name:Bev Horton]]: no its been broken since sat
        [[date:17/06/2024]], 22:22 - [[name:Lena Marsh]]: 👍 order a new one on the {{placement fund}},
        send me the receipt
    """)),
    ("social_care", "incident", prose("""
        ugh. sent [[name:kerry-ann]]'s draft {{parenting assessment}} to the wrong [[name:sam]] -
        autofill picked [[email:sam.okoro@hillgatehousing.org]] (housing officer) not
        [[email:sam.okonkwo@brackenshire.gov.uk]] (our {{CP chair}}). rang housing 10 mins later, he
        hadnt opened it, deleted it while i watched on teams + emptied his deleted items. reported to
        {{IG}} ref [[case_reference:IG-2024-0342]]. report has her {{DOB}}, address
        [[address:Flat 6, Orchard Court, Pellham]], dads {{criminal record}} and her {{MH}}
        diagnosis. {{DPO}} says prob not reportable to the {{ICO}} but needs logging. i've turned off
        autocomplete in outlook. told [[name:kerry-ann]] myself at the {{home visit}} this pm, she was
        ok about it but said it's the 2nd time social care have done this to her. - [[name:mo]]
    """)),
    ("social_care", "success", prose("""
        Good practice: bank holiday discharge. [[name:Aaliyah]] ([[age:22]]) gave birth at
        [[organisation:Kingsmere General]] on [[date:31 March]] and was ready to leave on
        [[date:1 April]]. Her {{pre-birth plan}} agreed a {{parent and baby placement}} with
        [[name:Gloria]] and [[name:Eddie Nowak]]. Because we had piloted a one-page
        {{discharge passport}} (plan, carers' details, transport, {{EDT}} number, who to call) the
        {{postnatal ward}} did not need to reach anyone from the team on a bank holiday.
        {{Midwife}} [[name:Siobhán]] rang [[name:Gloria]] directly, the carers collected at 11:00
        with a checked {{car seat}}, and {{EDT}} already had a copy. [[name:Aaliyah]] said she knew
        exactly what was happening, which was what she had been most anxious about. Suggest the
        passport becomes standard for every {{pre-birth}} case. [[name:J.K.]] to take it to
        {{team meeting}}.
    """)),
    ("social_care", "incident", block("""
        Incident summary - [[case_reference:FC-INC-0932]] - baby [[name:Oakley]], mum [[name:Tasha]]

        Date     | Time  | Who                      | What
        [[date:04/02/25]] | 10:30 | [[name:Femi]] (carer)             | Collects from [[organisation:Castlemoor NNU]]; letter says {{oral morphine}} 0.04 mg/kg 4-hrly
        [[date:04/02/25]] | 14:00 | [[name:Tasha]] (mum)              | Asks why dose is higher than on the {{unit}}
        [[date:04/02/25]] | 14:20 | [[name:Femi]]                     | Rings {{NNU}}; {{pharmacist}} says letter wrong, should be 0.02 mg/kg 6-hrly
        [[date:04/02/25]] | 14:40 | [[name:Rukhsana]] ({{SW}})          | Informed; hospital raising {{Datix}}

        Outcome: no dose given from the letter (first due 14:30). [[name:Oakley]] is being weaned for
        {{neonatal abstinence syndrome}} and a double dose could have caused {{respiratory depression}}.
        Learning: mum's question stopped the error - parents should be part of the
        {{medication reconciliation}} at discharge.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Grace Mbatha]] <[[email:grace.mbatha@kingsmere.nhs.uk]]>
        To: [[name:Danny Ferreira]]
        Date: [[date:9 October 2024]]
        Subject: RE: Unborn [[name:Morrow]] - call to {{antenatal clinic}}

        [[name:Danny]],

        As discussed, at 11:20 today a man rang {{antenatal clinic}} saying he was
        Ms [[name:Morrow]]'s brother and asking what time her {{growth scan}} was on {{Thursday}}.
        Our receptionist [[name:Joy]] had started reading out the slot when she saw the
        {{password alert}} on {{BadgerNet}}. She asked for the password and he hung up. Caller ID
        was [[phone:07700 900 263]], which I believe is Mr [[name:Tate]]'s number from the
        {{strategy meeting}}. Scan moved to another day and {{security}} are aware.

        Kind regards
        [[name:Grace]]
        {{Safeguarding Midwife}}, [[organisation:Kingsmere General Hospital]]
    """)),
    ("social_care", "success", block("""
        #pb-team-shoutouts   [[date:Fri 22 Nov]]
        @[[name:tash.ribeiro]] 11:02
        big shout out to @[[name:bukola]] 🙌 [[name:Marley]] ([[age:16yo]]) couldnt read the
        {{safe sleep}} leaflet and was too embarrassed to say. [[name:Bukola]] noticed, made a picture
        version with the {{midwife}} and went through it at the carers' house with a doll and the
        {{Moses basket}}. [[name:Marley]] now does the checks herself every night per carer [[name:Amina]]
        @[[name:ed.mcgovern]] 11:10
        brilliant. can we get that picture version onto the {{shared drive}}? {{Family Nurse Partnership}}
        asked for it too
        @[[name:bukola]] 11:15
        thank u!! yes will do, and an {{easy read}} one for the {{discharge plan}}
    """)),
    ("social_care", "near_miss", prose("""
        near miss - hospital discharge team at [[organisation:St Hilda's Hospital]] rang [[name:ann]]
        & [[name:bill]] this morning to collect baby [[name:Noor]] and mum. [[name:ann]] and [[name:bill]] were our P&B
        carers but deregistered in {{june}} !! their details were still on the hospital's
        {{carer contact list}}. [[name:ann]] rang {{duty}} straight away, didnt go. actual carers are
        [[name:Gulsen]] and [[name:Rafe]], who were waiting for a call that never came. {{discharge}}
        delayed 3 hrs, mum v anxious. nobody owns that list - {{fostering}} think {{maternity}} update
        it, {{maternity}} think we do. need one named person + check it every quarter. ref
        [[case_reference:NM-0571]]. - [[name:Tilly]] ({{SSW}})
    """)),
    # ------------------------------------------------------------------ health
    ("health", "incident", prose("""
        rushed - {{C wing}} {{hatch}} 08:10. gave the wrong [[name:hussain]] his meds.
        [[name:Amir Hussain]] [[case_reference:A4821DK]] got [[name:Mohammed Hussain]]'s
        ([[case_reference:A4907DL]]) {{mirtazapine}} 30mg + {{omeprazole}}. only noticed when
        [[name:mohammed]] came up to the hatch asking for his. officer [[name:gaz]] didnt do the ID
        check bc the queue was kicking off. Dr [[name:Osei]] aware, [[name:amir]] on obs 4 hrly,
        {{NEWS2}} 0, bit drowsy. {{Datix}} done [[case_reference:W-22871]]. told [[name:amir]] and
        apologised ({{duty of candour}}). pls can we get the {{photo ID}} cards back on the hatch,
        theyve been missing since [[date:mon 3rd]] and {{SystmOne}} photos dont load on the
        {{laptop}}. - [[name:kelly]] {{RMN}}
    """)),
    ("health", "near_miss", block("""
        Escort chronology - [[date:14/08/24]] - [[organisation:HMP Greystone]]
        Patient: Mr [[name:Dawoud Farah]]  [[case_reference:G7719XP]]
        06:30  {{Nurse}} [[name:Beatriz Santos]] hands the {{escort pack}} to the {{OSG}} at the {{gate}}.
        06:45  Officers [[name:Lyons]] and [[name:Kaur]] leave in van [[vehicle_registration:YD68 KPN]]
               for {{day surgery}} at [[organisation:Fordham District Hospital]].
        07:10  Mr [[name:Farah]] tells Officer [[name:Kaur]] he is allergic to {{penicillin}};
               the {{escort form}} says {{NKDA}}.
        07:15  Officer [[name:Lyons]] rings {{healthcare}}; [[name:Beatriz]] checks {{SystmOne}} -
               allergy recorded at {{reception screening}} but not pulled into the escort template.
        07:25  [[name:Beatriz]] phones {{pre-assessment}} on [[phone:01632 960 771]] and emails a
               corrected form.
        08:40  Procedure goes ahead; {{theatre}} had planned {{co-amoxiclav}} prophylaxis and changed it.
        Learning: the escort template pulls allergies from the {{GP}} record only.
        IT ticket [[case_reference:SD-40218]].
    """)),
    ("health", "success", prose("""
        Shout-out: thank you to [[name:Faith Okonjo]] ({{mental health in-reach}}) and
        {{wing officer}} [[name:Will Tranter]] on {{F wing}}. On [[date:Thursday 9 May]]
        [[name:Will]] noticed that [[name:Jonah]] ([[age:aged 21]]), already on an {{ACCT}}, had
        given away his {{canteen}}, his radio and his trainers. Rather than only writing it in the
        {{ongoing record}}, he walked over to healthcare and found [[name:Faith]]. She saw
        [[name:Jonah]] within the hour, an urgent {{ACCT review}} moved him to
        {{constant supervision}}, and he later disclosed a detailed plan. He was assessed under the
        {{Mental Health Act}} and transferred to [[organisation:Thornfield Secure Unit]] on
        [[date:16 May]]. The {{Safer Custody}} team want to use this in training. Nominated by
        [[name:Ade]], {{Head of Healthcare}}.
    """)),
    ("health", "incident", block("""
        From: [[name:Priya Raman]] <[[email:priya.raman@greystonehealth.nhs.uk]]>
        To: {{Governor}}; {{Head of Residence}}; {{Clinical Lead}}
        Date: [[date:19 February 2024]]
        Subject: Missed insulin during lockdown - [[case_reference:W-23107]]

        Dear all,

        On [[date:Sunday 18 February]] the establishment went into a full {{lockdown}} from 16:30
        after an incident on {{A wing}}. The 17:00 {{insulin}} for Mr [[name:Kenneth Blane]]
        ([[case_reference:A6602FT]]) was not given because officers could not unlock to the
        {{treatment room}} and nobody told the wing nurse that {{cell-door administration}} was
        allowed. The {{night nurse}}, [[name:Ruth]], found the gap at 21:30 on the {{MAR}}. His
        {{CBG}} was 24.1 and {{ketones}} 1.8. He was treated on the wing, {{DKA}} was ruled out and
        the {{out-of-hours GP}} reviewed him.

        We will add {{time-critical medicines}} to the {{lockdown contingency plan}} and brief
        {{Oscar 1}}.

        Regards,
        [[name:Priya]]
        {{Head of Healthcare}} | [[organisation:Greystone Healthcare Partnership]]
        [[phone:01632 960 235]]
    """)),
    ("health", "near_miss", block("""
        Teams - {{B wing}} nurses
        [[name:Seun Adebayo]] 13:02  anyone leave the {{CD}} key in the {{hatch}} door on B wing?? just found it
        [[name:Hollie Grant]] 13:04  omg think that was me, got called to a {{code red}} at 12:40
        [[name:Seun Adebayo]] 13:05  ok. counted the {{CD cupboard}} with [[name:Dariusz]], nothing missing,
        {{methadone}} and {{buprenorphine}} all correct
        [[name:Hollie Grant]] 13:06  thank god. sorry. i'll do the {{Datix}}
        [[name:Sunny]] (pharm tech) 13:09  can we get a {{key safe}} or lanyard on the hatch? 2nd time since {{January}}
        [[name:Seun Adebayo]] 13:10  yes pls, ill raise at {{huddle}}. [[name:Hollie]] dont beat yourself up,
        the code red was the priority
    """)),
    ("health", "success", block("""
        Minutes - {{Medicines Management Committee}}, [[organisation:HMP Greystone]]
        Date: [[date:11/07/2024]]
        Present: Dr [[name:Ngozi Eze]] ({{GP}}, Chair), [[name:Yusuf Demir]] ({{Lead Pharmacist}}),
        [[name:Carys Pugh]] ({{Clinical Lead}}), [[name:Declan O'Hara]] ({{Custodial Manager}})
        Apologies: [[name:Rhys]] ({{pharmacy technician}}), [[name:Amber]] ({{RMN}})

        Item 2 - {{In-possession}} risk assessments
        [[name:YD]] reported missed doses down from 14% to 4% since [[name:Carys]]'s team started doing
        {{IP risk assessments}} at {{reception}} instead of waiting for the {{GP}} list. Officers on the
        {{first night centre}} now bring new arrivals to the {{treatment room}} the same evening.
        [[name:Declan]] said wing complaints about meds have roughly halved.
        Committee thanked the {{night staff}}.
        Action: [[name:NE]] to present the data at the {{Local Delivery Board}}.
    """)),
    ("health", "incident", block("""
        CLINICAL INCIDENT REPORT
        Patient: [[name:Callum Reid-Jackson]]      DOB: [[date_of_birth:09/11/1998]]
        Prison no: [[case_reference:A5530RH]]      NHS no: [[nhs_number:632 914 8503]]
        Location: {{CSU}} ({{segregation}})
        Date/time: [[date:22/04/2024]] 03:40
        Ref: [[case_reference:W-22954]]

        What happened: {{Night officer}} [[name:Steph]] saw a {{ligature}} at the {{observation panel}}
        check and called a {{code blue}}. Officers entered with the {{cut-down tool}}; patient
        responsive, {{GCS}} 14. Nurse [[name:Mwangi]] attended 03:46, {{neck injury}} check, obs
        stable. {{Paramedic}} advice line agreed no conveyance.
        Contributing: {{ACCT}} obs were hourly and the last conversation was 02:30; he had been
        told at 21:00 that his {{video call}} with his daughter was cancelled.
        Reported by: [[name:R. Mwangi]], {{Band 6}} nurse
    """)),
    ("health", "near_miss", block("""
        HANDOVER - nights to days - [[date:Wed 10 Jan]]
        - Mr [[name:Lucas]] ({{HCU}} bed 2): {{chest infection}}, {{amoxicillin}} day 3, obs ok.
        - NEAR MISS: Mr [[name:Bogdan Ilie]] [[case_reference:A7713BV]] - {{INR}} 6.8 from yesterday's
          bloods came into the generic {{pathology inbox}} at 19:00 and was not seen until 06:30 by
          [[name:TJ]]. His {{warfarin}} had been put out for the {{night round}} but the hatch shut
          early (staffing) so he did not get it. Pure luck. Held today; {{GP}} Dr [[name:Sandhu]] to
          review, bleeding checks 4-hrly, Mr [[name:Ilie]] aware.
        - [[name:Sunita]] to chase the {{phlebotomy}} list.
        - {{Code blue}} bag on {{D wing}} restocked.
        Action: named nurse checks the {{pathology inbox}} at 18:00 and 22:00.
        Handed over by [[name:Abi]] to [[name:Tomás]]
    """)),
    ("health", "incident", prose("""
        Mr [[name:Darren Pask]] ([[case_reference:A3390KC]]) was released directly from
        [[organisation:Fordham Crown Court]] on [[date:5 June 2024]] after receiving a
        non-custodial sentence. He had been on {{buprenorphine}} 16 mg daily under the
        {{substance misuse}} team. Because release was not expected, no {{bridging prescription}},
        {{naloxone}} kit or appointment with the community {{drug service}},
        [[organisation:Pathway Recovery Fordham]], was arranged, and the {{court cells}} staff did
        not know to contact healthcare. On [[date:8 June]] he was admitted to
        [[organisation:Fordham District Hospital]] after a {{heroin}} {{overdose}}; he has since
        recovered. Review found our {{release planning}} assumes a known release date. Actions: the
        {{court list}} to be checked daily by the {{Reconnect}} worker; {{naloxone}} and a letter to
        go with every man on {{opioid substitution therapy}} attending court. Reported by
        [[name:Gemma Lloyd-Evans]], {{Substance Misuse Lead}}.
    """)),
    ("health", "success", prose("""
        Learning from excellence: [[name:Mark]] ({{reception nurse}}, nights) screened a new arrival
        transferred from [[organisation:HMP Ashcombe]] on [[date:27 August]]. The man said he was
        fine, but [[name:Mark]] noticed his clothes were loose, he was sweating on a cold night and
        his {{BMI}} had dropped 4 points since his last record. He completed a full {{TB}} symptom
        screen, kept him in the {{reception}} single cell instead of sending him to the
        {{first night centre}}, and arranged a {{chest X-ray}} the next day. {{Pulmonary TB}} was
        confirmed. Because he never went on to a {{shared landing}}, {{UKHSA}} only needed to screen
        6 contacts rather than a whole wing. Well done [[name:Mark]] - thorough, curious and calm.
        Nominated by [[name:Amber Lowe]], {{Clinical Lead}}.
    """)),
    ("health", "near_miss", block("""
        {{CD}} count discrepancy - {{D wing}} {{treatment room}} - [[date:Mon 15 April]]
        Ref [[case_reference:W-23390]]

        Time  | Drug                 | Register | Counted | Checked by
        07:30 | {{pregabalin}} 300mg | 42       | 42      | [[name:KM]] / [[name:OB]]
        14:05 | {{pregabalin}} 300mg | 36       | 34      | [[name:KM]] / [[name:Sunny]]
        14:40 | {{pregabalin}} 300mg | 36       | 36      | [[name:OB]] / [[name:Sunny]]

        Two capsules were found in the {{returns bag}} from the lunchtime hatch. Patient
        [[name:Lee Varga]] ([[case_reference:A8814PE]]) had refused his dose and it was bagged but
        not written in the {{register}}. No diversion. If the bag had gone back to {{pharmacy}}
        uncounted this would have been reported to the {{CDAO}} as a loss.
    """)),
    ("health", "incident", block("""
        Radio log transcript - {{Code Blue}} - [[date:Sat 13 July]]
        14:02:10 {{Hotel 3}}: Code blue, code blue, {{A wing}} landing 2, male unresponsive.
        14:02:25 {{Oscar 1}}: Received. All stations, code blue A wing. {{Delta 1}} call an ambulance.
        14:02:40 {{Delta 1}}: Ambulance requested, time 14:02.
        14:03:30 {{Hotel 3}}: Nurse [[name:Agnieszka]] on scene, {{CPR}} in progress.
        14:05:50 Healthcare: {{defib}} on, shock advised, one shock given.
        14:11:00 {{Echo 2}}: Ambulance at the {{gate}}, no escort allocated, holding.
        14:20:15 {{Echo 2}}: Paramedics through, with Officer [[name:Begum]].
        Patient [[name:Tyrone Bassett]] ([[case_reference:A2256QN]]) had {{ROSC}} at 14:24 and was
        taken to [[organisation:Fordham District Hospital]].
        Issue: the gate log was not updated after the call, so the crew waited 9 minutes for an escort.
    """)),
    ("health", "success", prose("""
        During {{High Intensity Test and Treat}} week ([[date:3-7 March]]) we offered
        {{blood-borne virus}} testing to every man on {{E wing}} and {{F wing}}; 212 of 240
        accepted. Peer workers [[name:Dwayne]] and [[name:Kamil]] from
        [[organisation:Greyfriars Liver Trust]] went cell to cell with {{dried blood spot}} kits, and
        {{healthcare assistant}} [[name:Precious Ndlovu]] ran {{point-of-care}} {{RNA}} tests on the
        landing. Nineteen men were {{hepatitis C}} positive and 17 started {{DAA}} treatment the same
        week, including two due for release - [[name:Precious]] arranged community pharmacy
        follow-up through [[organisation:Fordham Hepatology Service]]. Officers unlocked in small
        groups all week. Lesson: the peer workers were the main reason uptake was 88%, against 41%
        from {{reception}} screening alone.
    """)),
    ("health", "incident", prose("""
        needlestick 15:20 {{HCU}} - drawing bloods on mr [[name:K]] ([[case_reference:A9021LM]]) who
        has {{hep B}}, he jerked when the officer opened the door and the {{butterfly}} went into my
        thumb through the {{glove}}. bled it, washed it, {{occ health}} line closed so rang {{A&E}} at
        [[organisation:Fordham District]], went up with [[name:Yas]] driving. bloods + {{PEP}}
        started 17:40, {{hep B booster}} given. the {{sharps bin}} on the HCU trolley was overfull so i
        couldnt engage the {{safety device}} properly b4 he moved. 3rd overfull bin this month.
        {{Datix}} [[case_reference:W-23512]]. not blaming officer [[name:dave]] he was only doing obs.
        - [[name:rach]] (band 5)
    """)),
    ("health", "near_miss", block("""
        From: [[name:Yusuf Demir]] <[[email:y.demir@greystonehealth.nhs.uk]]>
        To: {{Healthcare All Staff}}
        Date: [[date:2 December 2024]]
        Subject: Near miss - methadone transcription on transfer in

        Colleagues,

        On [[date:Friday 29 November]] Mr [[name:Aurelio Mancini]] ([[case_reference:A1187ZT]]) arrived
        from [[organisation:HMP Westholme]]. The {{transfer letter}} gave {{methadone}} as 30mg but the
        {{prescriber}}, reading a faxed copy, entered 80mg on {{SystmOne}}. At the {{clinical check}}
        [[name:Nkechi]] saw that 80mg did not match the {{dispensing history}}, rang the sending
        pharmacy and corrected it before the first dose. 80mg in a man tolerant to 30mg could have
        been fatal.

        Please never transcribe {{opioid substitution}} doses from a fax; use the electronic
        {{transfer record}} and confirm by phone.

        [[name:Yusuf Demir]]
        {{Lead Pharmacist}}
        [[phone:01632 960 590]]
    """)),
    ("health", "success", block("""
        Teams - #greystone-hc-kudos
        [[name:carys.pugh]]  [[date:16/10]] 09:14
        Shout out to the {{bedwatch}} officers [[name:Gareth Lomax]] and [[name:Hope Mensah]] with
        Mr [[name:Whitlock]] ([[age:79]]) on {{Larch Ward}} at [[organisation:Fordham District Hospital]].
        He has {{dementia}} and was very distressed. They did a {{risk assessment}} with the
        {{ward sister}} and got the {{restraints}} removed, brought in his family photos and kept the
        same faces on shift. Sister said he was the calmest he's been all admission.
        [[name:ade.okafor]]  09:20
        👏 brilliant, forwarding to the {{Governor}}
        [[name:hope.mensah]]  09:31
        thank you! it was [[name:Gaz]]'s idea to bring his radio in tbh
    """)),
    ("health", "incident", block("""
        Patient safety huddle - [[date:28/05/2024]]
        Attendance: [[name:Carys Pugh]], [[name:Abi Osei-Bonsu]], [[name:Tomás Ferreira]], Dr [[name:Sandhu]]
        Apologies: [[name:Faith]] ({{MH in-reach}}), {{OMU}}

        1. Missed {{chemotherapy}} - Mr [[name:Graham Tuckwell]] ([[case_reference:A4410FN]])
           {{Escort}} for cycle 3 at [[organisation:St Aldhelm's Hospital]] on [[date:27/05]] was
           cancelled at 07:45 by the {{detail office}}; both escorts redeployed to a
           {{constant watch}}. Healthcare not told until 10:15. Cycle delayed 8 days; the
           {{oncologist}} says this may affect outcome. {{Datix}} [[case_reference:W-23660]].
           Action: [[name:CP]] to agree a {{clinical priority}} escort list with the
           {{Head of Operations}}.
        2. {{Flu}} clinic uptake 61% - [[name:Tomás]] to run extra sessions on {{E wing}}.
    """)),
    # ------------------------------------------------------------------ aviation
    ("aviation", "incident", prose("""
        quick one b4 i go - {{rapide}} [[aircraft_registration:G-AKVR]] back from 3rd
        {{pleasure flight}} 14:40, found stbd {{Gipsy Queen}} top cowl with one {{Dzus fastener}}
        missing + another only half turned. [[name:rob]] (pilot) said he felt a buzz on the climb
        out but put it down to {{turbulence}} over the ridge. cowl didnt lift but it cd have. last
        opened for the {{daily}} by [[name:stevie]] and signed off by [[name:jp]] as the
        {{duplicate inspection}} but nobody physically checked the fasteners. a/c grounded,
        {{tech log}} entry [[case_reference:TL 4471]], fixed + inspected so no {{ADD}}. pax (4)
        fine. told {{CAMO}}, [[name:Ken]] to decide if its an {{MOR}}. - [[name:dil]]
    """)),
    ("aviation", "near_miss", block("""
        Display control transcript - [[organisation:Wyvern Fields Airshow]] - [[date:Sat 20 July]]
        FD = {{Flying Display Director}} [[name:Hattie Brennan]]
        14:31:05 [[aircraft_registration:G-DX]] ({{Mustang}}): Display, [[aircraft_registration:G-DX]] at {{Hold Bravo}}, ready.
        14:31:10 FD: [[aircraft_registration:G-DX]], hold, {{Harvards}} still displaying.
        14:33:40 Harvard lead: Display, Harvard pair last pass, running in.
        14:33:45 FD: [[aircraft_registration:G-DX]], cleared run in, {{display box}} clear after the Harvards.
        14:33:52 Harvard lead: Negative, negative, Harvards still in the box, breaking west in one minute.
        14:33:58 FD: [[aircraft_registration:G-DX]], {{stop}}, hold at Bravo.
        14:34:02 [[aircraft_registration:G-DX]]: Holding.

        Notes: [[name:Hattie]] heard "last pass complete". {{Mustang}} [[aircraft_registration:G-WBDX]]
        ([[name:Stu Garland]]) had not left the hold, so no loss of separation, but the {{crowd line}}
        side of the box was busy. Harvard lead [[name:Piotr Zieliński]] said his call was clipped.
        Debrief agreed "box clear" is only called by the aircraft leaving the box.
    """)),
    ("aviation", "success", prose("""
        Shout-out to [[name:Dmitri Volkov]] in the hangar. During the {{annual inspection}} on
        {{Harvard}} [[aircraft_registration:G-BKRZ]] he spotted a hairline crack on the lower
        {{engine mount}} tube, hidden under the {{fire sleeve}}, which the
        {{maintenance programme}} does not ask us to remove. He pulled it back "because it looked
        too clean". {{NDT}} confirmed a 14 mm crack at the weld. The mount has gone to
        [[organisation:Aldermoor Aero Welding]] for repair and we have asked the {{type club}} to
        share the finding with other {{Harvard}} operators. The aircraft was booked for eleven
        {{passenger experience}} flights from [[date:24 August]]. Curiosity like this is exactly
        what our {{SMS}} is meant to encourage - thank you [[name:Dmitri]]. [[name:Jo]],
        {{Chief Engineer}}
    """)),
    ("aviation", "incident", prose("""
        On [[date:11 June 2024]] {{Tiger Moth}} [[aircraft_registration:G-ANLW]] ground-looped on
        landing at [[organisation:Harlow Heath Aerodrome]] at the end of a 20-minute
        {{passenger experience flight}}. The pilot, [[name:Callum Fraser-Nkemelu]], reported a
        gusting {{crosswind}} of about 12 knots from the left that was within
        {{company limits}} at departure but increased during the flight. The lower left wing
        contacted the grass and the {{wingtip bow}} was damaged. The passenger, Mrs
        [[name:Eleanor Pryce]] ([[age:82]]), who had been given the flight as a birthday present by
        her grandson [[name:Oliver]], was uninjured but shaken and was looked after by
        {{ground crew}} member [[name:Beth]]. A {{tech log}} entry [[case_reference:TL-2024-118]]
        was raised and an {{MOR}} submitted to the {{CAA}}. Learning: there was no
        {{windsock}} re-check between flights; the {{Chief Pilot}} has introduced an 8-knot
        crosswind cut-off for passenger flights in the {{Tiger Moth}}.
    """)),
    ("aviation", "near_miss", block("""
        From: [[name:Sunita Ramaswamy]] <[[email:s.ramaswamy@heritagewings.co.uk]]>
        To: [[name:Dave Ashworth]] <[[email:dave@skyfuelservices.co.uk]]>
        Cc: {{Safety Manager}}
        Date: [[date:Mon 2 Sep 2024]]
        Subject: Fuelling near miss - {{Chipmunk}} [[aircraft_registration:G-BCYJ]]

        [[name:Dave]],

        On {{Saturday}} your driver arrived with the {{Jet A-1}} bowser and was about to put the
        nozzle into the {{Chipmunk}}. Our engineer [[name:Kasia]] stopped him; the {{Avgas 100LL}}
        bowser was on the other side of the {{apron}}. The filler had a faded {{fuel placard}}, and the
        nozzle on the Jet A-1 truck was not the wide {{J-spout}} type. Jet A-1 in a {{Gipsy Major}}
        would very likely have caused an engine failure after take-off.

        We have re-placarded every filler cap. Could [[organisation:Skyfuel Services]] confirm drivers
        check the grade against the {{fuel order}}, and fit J-spouts?

        Regards,
        [[name:Sunita]]

        [[name:Sunita Ramaswamy]] | {{Operations Manager}} | [[organisation:Heritage Wings Ltd]]
        [[phone:01632 960 846]]
    """)),
    ("aviation", "success", block("""
        Safety Review Board - minutes - [[date:7 November 2024]]
        [[organisation:Skylark Heritage Flight]]
        Present: Capt [[name:Sunny Malhotra]] ({{Chief Pilot}}), [[name:Jo Whitcombe]] ({{Chief Engineer}}),
        [[name:Grace Tan]] ({{Safety Manager}}), [[name:Henrik Lindqvist]] ({{Display Pilot}})
        Apologies: [[name:Bill]] ({{Accountable Manager}})

        Item 4 - Season review: {{TEM}} cards
        [[name:GT]] reported the new {{threat and error management}} card was used before every display
        and passenger flight; 31 threats were written down. Highlight: at
        [[organisation:Castle Ardley Airshow]] [[name:HL]] flew a flat display in the {{Hurricane}} after
        the card prompted him to re-check the {{cloud base}}, which then dropped to 900 ft.
        No {{MOR}}s from displays this season for the first time in four years.
        Actions: [[name:SM]] to share the card with {{BADA}}; [[name:JW]] to adapt it for
        {{engine runs}}.
    """)),
    ("aviation", "incident", block("""
        Ground incident - {{Dakota}} [[aircraft_registration:G-AMVZ]] - [[date:03/03/2025]]
        Ref [[case_reference:GI-25-004]]
        08:15  Tow team: [[name:Lenny]] ({{tug}}), [[name:Mariam]] (left {{wing walker}}),
               [[name:Felix]] (right wing walker). No {{tail walker}} briefed.
        08:22  Aircraft backed out of {{Hangar 2}}.
        08:24  [[name:Felix]] called stop; [[name:Lenny]] did not hear over the {{GPU}} running nearby.
        08:24  Right {{aileron}} trailing edge contacts the hangar door runner.
        08:30  [[name:Jo]] (engineering) inspects: 30 cm tear in the {{fabric}}, rib cracked.
        08:50  Aircraft withdrawn from the {{pleasure flying}} programme; 28 passengers rebooked.
        Findings: no headsets or {{hand signals}} briefing; the GPU should have been shut down;
        tow team of three for a 95 ft span. {{MOR}} not required (no flight intended) but logged
        internally. New {{towing procedure}} to require four walkers and headsets.
    """)),
    ("aviation", "near_miss", block("""
        [[date:12/07/24]], 19:40 - [[name:Sunny M]]: @[[name:Hen]] doing the paperwork for
        [[organisation:Ellerby Airshow]] {{sunday}} - your {{DA}} shows expiry [[date:10 July]]??
        [[date:12/07/24]], 19:44 - [[name:Henrik]]: what. no. the {{DAE}} flew with me in {{May}}
        [[date:12/07/24]], 19:46 - [[name:Sunny M]]: yes but the renewal form never went to the {{CAA}},
        portal says expired
        [[date:12/07/24]], 19:50 - [[name:Grace Tan]]: then [[name:Henrik]] cant display {{sunday}}.
        [[name:Sunny]] can you take the {{Hurricane}} slot?
        [[date:12/07/24]], 19:52 - [[name:Sunny M]]: yes if the {{FDD}} is ok. ill ring them tmrw
        [[date:12/07/24]], 20:05 - [[name:Grace Tan]]: logging as a near miss. we need a proper
        {{currency tracker}} not a spreadsheet 🙄
        [[date:12/07/24]], 20:07 - [[name:Henrik]]: sorry all. my fault for not chasing it
    """)),
    ("aviation", "incident", block("""
        PASSENGER INCIDENT FORM
        Operator: [[organisation:Skylark Heritage Flight]]
        Aircraft: {{Dragon Rapide}} [[aircraft_registration:G-AJBN]]
        Booking ref: [[case_reference:SKY-88412]]
        Passenger: [[name:Harold Pemberton-Ames]]      DOB: [[date_of_birth:14/02/1951]]
        Address: [[address:7 Quarry Close, Denholme Cross]] [[postcode:DX4 8PW]]
        Phone: [[phone:07700 900 518]]
        Date/time: [[date:Sun 18 Aug 2024]], 11:20

        What happened: boarding by the {{rear door}}, the passenger slipped on the wet
        {{boarding step}}, fell against the door frame and cut his forearm. {{First aider}}
        [[name:Amber]] ({{ground crew}}) applied a dressing; he declined hospital and flew on a
        later slot.
        Contributing: rain shower ten minutes before; the {{step mat}} had been taken away for
        cleaning and not put back; passenger on {{anticoagulants}}, so bled more than expected.
        Completed by: [[name:N. Achterberg]], {{Duty Pilot}}
    """)),
    ("aviation", "success", block("""
        Dear [[name:Joy]],

        I wanted to put in writing my thanks for the way you handled the {{rough running}} in
        {{Spitfire}} [[aircraft_registration:G-CWBK]] during your display at
        [[organisation:Marston Lacey Airshow]] on [[date:Sunday 15 September]]. You pulled up,
        made a clear {{PAN}} call, flew a textbook {{precautionary landing}} on {{runway 27}} with
        the {{crowd line}} well clear, and shut down on the runway. {{Fire and rescue}} reached you
        in 40 seconds because your call was so clear. The engineers later found a cracked
        {{magneto}} distributor.

        I have shared your {{R/T}} recording, with your permission, at the {{display pilots' briefing}}
        as an example of calm airmanship.

        With best wishes,
        [[name:Hattie Brennan]]
        {{Flying Display Director}}, [[organisation:Marston Lacey Airshow]]
    """)),
    ("aviation", "near_miss", block("""
        #hangar-eng   [[date:Tue 5 Mar]]
        [[name:kasia.n]] 10:12  goods in: the {{Merlin}} {{coolant pump}} seal kit from
        [[organisation:Vintage Aero Spares]] has an {{EASA Form 1}} but the {{batch number}} on the bag
        doesnt match the cert
        [[name:dmitri]] 10:15  dont fit it. {{quarantine cage}} pls
        [[name:jo.w]] 10:21  agreed. is it for the {{Spitfire}} [[aircraft_registration:G-CVMK]]?
        [[name:kasia.n]] 10:23  yes the {{AOG}} one. [[name:Lenny]] was going to fit it this arvo to get her
        back for {{Saturday}}
        [[name:jo.w]] 10:30  rang the supplier, mix-up in their stores, right kit on its way. raising a
        {{SUP}} report anyway and logging near miss [[case_reference:EN-0091]]. nice catch
        [[name:kasia.n]]
    """)),
    ("aviation", "incident", block("""
        RT transcript ({{LARS}} recording) - [[date:22 May 2024]]
        Ferry flight, {{Harvard}} [[aircraft_registration:G-BKRZ]], pilot [[name:Niamh Ó Súilleabháin]]
        10:41:02 [[aircraft_registration:G-RZ]]: [[organisation:Farnmoor Radar]], [[aircraft_registration:G-RZ]], {{Harvard}}, {{VFR}}, 2400 feet, request {{basic service}}.
        10:41:15 {{ATC}}: [[aircraft_registration:G-RZ]], basic service, {{QNH}} 1009.
        10:47:30 {{ATC}}: [[aircraft_registration:G-RZ]], you are entering {{controlled airspace}} without clearance, turn right immediately heading 180.
        10:47:38 {{ATC}}: [[flight_number:KVL482]], stop climb altitude 3000 feet, traffic a {{Harvard}} infringing.
        10:47:44 [[flight_number:KVL482]]: Stop climb 3000, [[flight_number:KVL482]].
        10:47:50 [[aircraft_registration:G-RZ]]: Right 180, apologies.

        Pilot note: my {{moving map}} had not been updated since {{March}} and did not show the new
        {{CTA}} boundary. The [[organisation:Kestrel Vale Airways]] {{A320}} got a {{TCAS}} TA only.
        {{MOR}} filed [[case_reference:MOR-2024-0417]].
    """)),
    ("aviation", "success", prose("""
        massive thanks to [[name:Patience]] & the ground crew at [[organisation:Ellerby Airshow]]
        yesterday. {{Rapide}} pax queue was 90 min bc of the {{weather hold}} and it was 29 degrees.
        [[name:Patience]] spotted Mr [[name:Dobrowolski]] ([[age:94]], ex {{RAF}} {{ground crew}})
        going grey and unsteady ({{heat exhaustion}} we think), got him into the {{crew tent}}, water, fan, {{first aid}} check
        with the {{St John}} team. he perked up and flew with his grandson [[name:Kuba]] on the last
        slot - said it was the best day he's had in years. learning: we need shade + water in the
        {{pax area}} every show, and someone walking the queue. ordering a {{gazebo}} for
        [[date:Sat 14th]]. - [[name:sunny]]
    """)),
    ("aviation", "incident", block("""
        Occurrence - {{P-51D Mustang}} [[aircraft_registration:G-WBDX]] - {{prop strike}} on taxi
        Date [[date:29/06/2024]]   Ref [[case_reference:OCC-24-031]]   {{MOR}} submitted

        Time  | Event                                                  | Who
        15:02 | Start-up at the {{display line}}                       | [[name:Stu Garland]] ({{PIC}})
        15:05 | Taxi on grass following the {{marshaller}}             | [[name:Yusuf]] (marshaller)
        15:06 | {{S-turns}} across a soft patch, tail lifts, prop tips hit ground | -
        15:06 | Engine shut down, {{fire crew}} attend                 | [[name:Ellie]]
        15:40 | Towed to hangar for {{shock loading}} inspection       | [[name:Jo]] / [[name:Dmitri]]

        Findings: the taxi route crossed ground softened by overnight rain and nobody walked it
        before the show. Propeller damaged beyond repair; engine sent to
        [[organisation:Kestrel Engine Overhauls]]. [[name:Stu]] says he followed the marshaller's
        signals exactly.
    """)),
    ("aviation", "near_miss", block("""
        OPS HANDOVER - [[date:Fri 9 Aug]] - [[name:Grace]] to [[name:Dil]]
        - Tomorrow: 12 pax flights in the {{Rapide}} + 2 {{Spitfire}} two-seat flights, first wave 09:30.
        - NEAR MISS: the {{NOTAM}} for the {{RA(T)}} around [[organisation:Castle Ardley Airshow]]
          (tomorrow 10:00-18:00, {{SFC}}-6000 ft) was missing from the {{PLOG}} for the coastal route.
          [[name:Henrik]] caught it on his own {{pre-flight}} check at 15:00 and re-routed. The template
          was built by me in {{May}} and never updated - sorry.
        - Tech: {{Spitfire}} [[aircraft_registration:G-CVMK]] {{ADD}} for the radio hiss still open.
        - Mrs [[name:Okwuosa]] wants to move booking [[case_reference:SKY-90117]] to [[date:Sun 18th]];
          said yes pending weather.
        - {{Fuel bowser}} booked 08:00.
    """)),
    ("aviation", "success", prose("""
        Learning report - tool control. Since [[name:Rhiannon Price-Iwu]] ([[age:19]]), our
        second-year {{apprentice}}, set up {{shadow boards}} and a {{tool tally}} system in
        {{Hangar 1}} in the spring, we have had zero lost-tool events across 212
        {{maintenance inputs}}, against four last season, one of which was a {{torch}} found in the
        {{wheel well}} of the {{Dakota}} after a {{test flight}}. [[name:Rhiannon]] also added a
        tool check line to the {{work pack}} sign-off. The {{CAA}} surveyor at our {{Part CAMO}}
        audit on [[date:18 October]] called it out as good practice. Thank you [[name:Rhiannon]] -
        and thanks to [[name:Mick]] and [[name:Ola]] for building the boards in their own time.
        [[name:Jo Whitcombe]], {{Chief Engineer}}, [[organisation:Skylark Heritage Flight]]
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind284", REPORTS))
