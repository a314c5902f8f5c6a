"""Held-out blind corpus 298: invented UK incident, near-miss and success ("learning") reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well the
de-identifier generalises. 50 reports: 17 social_care, 17 health, 16 aviation, each domain a mix
of incidents, near misses and successes (at least four successes per domain).

Settings:
  * social_care - leaving care personal advisers working with care leavers aged 16-25;
  * health      - an adult intensive care unit (ICU) and its outreach and transfer work;
  * aviation    - air cargo handling and dangerous goods acceptance, loading and carriage.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams/WhatsApp/Slack with handles), handover notes, minutes with
attendance and apologies, pipe-separated and aligned tables, RT transcripts, shout-outs and
thank-you notes. Every person, organisation, place and number is invented.

`[[label:value]]` marks an identifier; `{{term}}` marks a must-not-redact mention (roles,
national agencies, clinical terms, drugs, equipment, generic times and place types).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind298.jsonl"

SOCIAL_CARE = [
    # 1 rushed lower-case note
    ("social_care", "incident", prose("""
        rushed note sorry - went to see [[name:kez]] at her flat [[address:14 Marlpit Rise, Oakworth]]
        today (pathway plan review was overdue) and found the {{front door}} lock snapped, she said
        ex {{bf}} [[name:dion]] kicked it in on [[date:sat 9th]]. she didnt ring {{police}} cos "no point".
        no food in, {{UC}} sanction since [[date:2/3]] so shes been skipping meals. rang
        {{housing repairs}} - ref [[case_reference:HR-55120]] - they said 5 working days?? escalated
        to my {{team manager}}. [[name:kez]] is [[age:19]] and a {{care leaver}} so shud be priority.
        left {{food bank}} voucher + my work mob [[phone:07700 900418]]. need {{MARAC}} referral tmrw
        if she agrees, she doesnt want [[name:dion]] "getting in trouble". will update {{LCS}} when
        back at desk
    """)),
    # 2 e-mail, near miss on a mis-addressed pathway plan
    ("social_care", "near_miss", block("""
        From: [[name:Oluwaseun Adeyemi-Clarke]] <[[email:o.adeyemi-clarke@harrowfield.gov.uk]]>
        To: [[name:Bernadette Quayle]] <[[email:b.quayle@harrowfield.gov.uk]]>
        Subject: near miss - pathway plan nearly sent to wrong address
        Date: [[date:14 March 2024]] 16:42

        Hi [[name:Bernie]],

        Logging this as a {{near miss}} as agreed. When I went to send [[name:Tomasz]]'s updated
        {{pathway plan}} ([[case_reference:LC/2291/TW]]) the To: box autofilled
        [[email:t.wozniak.fc@outlook.com]], which is his former {{foster carer}}'s account, not his
        own ([[email:tomasz.w2005@gmail.com]]). I noticed the surname in the preview just before
        pressing send. The plan includes his {{CAMHS}} history and the reasons his {{Staying Put}}
        arrangement ended, so it would have been a real breach.

        I've deleted the cached entry and asked {{IT}} whether autocomplete can be switched off for
        the team mailbox. Suggest we add a "check recipient" line to the {{Local Offer}} checklist.

        Thanks,
        [[name:Seun]]

        [[name:Oluwaseun Adeyemi-Clarke]]
        {{Personal Adviser}}, Leaving Care Service, [[organisation:Harrowfield Council]]
        [[phone:01632 960577]]
    """)),
    # 3 shout-out
    ("social_care", "success", prose("""
        SHOUT-OUT / good practice. I want to flag the brilliant work by [[name:Hope Mensah]]
        ({{PA}}) with [[name:Rio]], who is [[age:20]] and starting at
        [[organisation:Northmoor University]] in September. [[name:Hope]] sat with [[name:Rio]]
        through three {{Student Finance}} calls, got the {{care leaver bursary}} confirmed, and
        spotted that the {{council tax exemption}} had never been applied to the flat. She also found
        that [[name:Rio]]'s {{Setting Up Home Allowance}} was stuck in {{Finance}} and chased it until
        it landed on [[date:22 August]]. At the {{pathway plan review}} [[name:Rio]] said
        [[name:Hope]] was "the first adult who didn't give up on me". This is exactly what
        {{corporate parenting}} should look like. Thank you! - [[name:Grace]] ({{Team Manager}})
    """)),
    # 4 chronology with times
    ("social_care", "incident", block("""
        Incident chronology - ref [[case_reference:INC-2024-0417]]
        YP: [[name:Amber Lockhart-Reyes]]  DOB [[date_of_birth:03/11/2005]]
        Placement: [[organisation:Brightstep Supported Living]], [[address:41 Tannery Lane, Wexcombe]]

        [[date:Thu 18 April]]
        09:10  [[name:Amber]] texted my work phone "sorry for everything". No answer to 3 calls.
        09:14  Rang [[organisation:Brightstep]] {{key worker}} [[name:Kwame]], asked him to check her room.
        09:22  Staff entered with {{master key}}. [[name:Amber]] conscious, said she took
               {{paracetamol}} "about 20" last night.
        09:25  {{999}} called by [[name:Kwame]]. I stayed on speaker.
        09:48  {{Ambulance}} conveyed to {{A&E}}, [[organisation:St Aldhelm's Hospital]].
        11:30  Informed {{duty manager}} [[name:P. Okonkwo]] and referred to {{Crisis Team}}.
        14:05  Ward confirmed {{acetylcysteine}} infusion started.

        Learning: the first text was actually sent at 23:58 the night before to my work mobile,
        which was switched off. Her {{pathway plan}} has no out-of-hours route other than {{EDT}},
        and [[name:Amber]] did not know the {{EDT}} number.
    """)),
    # 5 Teams chat export
    ("social_care", "near_miss", block("""
        [10:02] [[name:Faith Adebayo-Rowe]]: anyone know if [[name:Shannon]]'s mum is allowed her new addy? she rang {{duty}} saying she has a birthday card for her
        [10:03] [[name:Lukas Brandt]]: NO. check the alert on {{Mosaic}}, there's a {{DA}} marker
        [10:03] [[name:Faith Adebayo-Rowe]]: omg i nearly read it out. the alert doesnt show on the contacts tab only on the summary
        [10:05] [[name:Lukas Brandt]]: yeah known issue. she moved to [[address:Flat 3, 27 Ferrier Street]] [[postcode:LS9 7QT]] specifically to get away from {{mum}}. tell her to post the card to the office
        [10:06] [[name:Faith Adebayo-Rowe]]: done. logging as {{near miss}}, ref [[case_reference:NM-0932]]
        [10:11] [[name:mo.h]] ({{TM}}): thx both. raising with the {{Mosaic}} {{system admin}} re alert visibility. [[name:Faith]] pls add to {{supervision}} notes
    """)),
    # 6 learning from success, formal
    ("social_care", "success", prose("""
        Learning from success. [[name:Precious]] ([[age:aged 18]]) was due to leave her foster home
        the week after her birthday because the {{Staying Put}} allowance had not been agreed. Mr and
        Mrs [[name:Okafor]] told her {{PA}}, [[name:Darius Fenwick]], on [[date:2 May]] that they could
        not afford to keep her without it. [[name:Darius]] raised it the same day with the
        {{Head of Service}}, presented the costs at {{Resource Panel}} on [[date:7 May]] and the
        arrangement was backdated. [[name:Precious]] stayed, sat her {{A-levels}} at
        [[organisation:Kingsmead Sixth Form College]] and got the grades for nursing. What worked: the
        {{PA}} knew the carers well, escalated within 24 hours rather than waiting for the next
        {{pathway plan review}}, and the {{panel}} accepted an out-of-cycle request. Mr
        [[name:Okafor]] asked that we share this with other {{foster carers}}.
    """)),
    # 7 form with fields
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM - LEAVING CARE
        Young person: [[name:Mohammed Al-Sayed]]
        DOB: [[date_of_birth:21/07/2004]]
        Mosaic ID: [[case_reference:MOS-884120]]
        NI no: [[ni_number:JT 48 20 17 C]]
        Address: [[address:Room 6, Larkhill House, 90 Canal Road, Dunsford]] [[postcode:DN4 2HP]]
        Reported by: [[name:Will Tennant]], {{Personal Adviser}}
        Date of incident: [[date:06/02/2024]]
        Category: Loss of personal documents

        Description: after copying [[name:Mohammed]]'s original {{BRP}} for his {{DWP}} claim, the
        team posted it back to his previous {{semi-independent}} placement, which had closed in
        January. It has not been found. Without it [[name:Mohammed]] cannot prove his {{right to work}}
        and has had to turn down a start at [[organisation:Halden Logistics]]. He is a former
        {{UASC}} and is very anxious about contact with the {{Home Office}}.

        Action: replacement application started, fee paid from the {{Local Offer}} budget.
        [[name:Will Tennant]] to give a letter of support to the employer.
    """)),
    # 8 handover note
    ("social_care", "near_miss", block("""
        HANDOVER - [[name:Rose]] to [[name:Anjali]] (my A/L [[date:29 July]] to [[date:9 Aug]])

        * [[name:DJ]] - tenancy sign-up at [[organisation:Vale Homes]] moved to [[date:31/07]] 10am.
          NB I nearly missed this, the letter went to his old {{hostel}}. He has no credit so ring
          him on [[phone:07700 900263]] the day before. Needs {{ID}} + {{UC}} statement.
        * [[name:Beatriz]] - {{pathway plan review}} due, {{IRO}} not involved now she's [[age:19]],
          just book a room. Interpreter (Portuguese) needed for her partner.
        * [[name:J. Nwosu]] - still in {{YOI}}, release date TBC. Chase {{probation}}.
        * [[name:Sunny]] - all fine, wants help with {{driving theory}} test money.

        Learning for team: we don't have a shared diary for key dates, only our own calendars.
        If [[name:Anjali]] hadn't asked about [[name:DJ]] on Friday this would have fallen
        through. [[name:Rose]]
    """)),
    # 9 minutes
    ("social_care", "incident", block("""
        Professionals meeting - eviction of care leaver
        Date: [[date:Tuesday 12 November 2024]]
        Present: [[name:Mark Ellery]] ({{Team Manager}}, chair), [[name:Ngozi Eze]] ({{PA}}),
        [[name:Cerys Pryce]] ([[organisation:Stepping Stones Housing]]), {{Housing Options}} officer
        Apologies: Dr [[name:Halvorsen]] ({{GP}}), [[name:Joy Abara]] ({{Virtual School}})

        1. [[name:Kai]] ([[age:20]]) was evicted from [[organisation:Stepping Stones Housing]] on
           [[date:4 November]] for rent arrears of about 900 pounds. The provider did not tell the
           {{PA}} until the day of eviction. No {{Duty to Refer}} was made to {{Housing Options}}.
        2. [[name:Kai]] slept at a friend's and then in a car for 3 nights.
        3. [[name:Ngozi]] found out when [[name:Kai]] turned up at reception.
        Actions: [[name:Mark]] to raise with {{commissioning}}; provider to notify {{PA}} at first
        missed payment; {{Housing Benefit}} claim to be checked for all YP in the scheme.
    """)),
    # 10 WhatsApp export (work phone)
    ("social_care", "success", block("""
        {{WhatsApp}} chat with [[name:Tiegan]] - exported for case record [[case_reference:LC/3107/TB]]

        [[date:05/06/2024]], 15:47 - [[name:Tiegan]]: I PASSED!!!!!! 2 minors only
        [[date:05/06/2024]], 15:48 - [[name:Lou]] ({{PA}}): OMG!!! so proud of u. told u u could do it x
        [[date:05/06/2024]], 15:50 - [[name:Tiegan]]: {{nan}} says i can have her old {{Corsa}} [[vehicle_registration:KP19 XNF]] if i can get insured
        [[date:05/06/2024]], 15:52 - [[name:Lou]] ({{PA}}): ok dont buy any insurance yet!! the {{Local Offer}} covers 1st yr for {{care leavers}}, i'll do the form 2nite
        [[date:05/06/2024]], 15:53 - [[name:Tiegan]]: serious?? and can i still start at [[organisation:Garside Plant Hire]] on the [[date:17th]]
        [[date:05/06/2024]], 15:55 - [[name:Lou]] ({{PA}}): yes the {{apprenticeship}} bursary is separate. ring me tmrw
        [[date:06/06/2024]], 09:12 - [[name:Lou]] ({{PA}}): insurance approved by {{TM}} 👍 reg [[vehicle_registration:KP19 XNF]] added

        {{PA}} note: lessons, theory test and insurance all funded. Apprenticeship start confirmed.
    """)),
    # 11 table, near miss on a duplicate payment
    ("social_care", "near_miss", block("""
        {{Setting Up Home Allowance}} - payment run check ([[date:Friday 21 June]])

        Ref           | Young person       | Amount  | Status
        [[case_reference:SUHA-1182]]     | [[name:Pat Quinlan]]        | 650.00  | paid
        [[case_reference:SUHA-1190]]     | [[name:Zainab Hussaini]]    | 1200.00 | queued
        [[case_reference:SUHA-1190A]]    | [[name:Z. Hussaini]]        | 1200.00 | queued
        [[case_reference:SUHA-1194]]     | [[name:Bill Ashdown-Kerr]]  | 410.50  | on hold

        Note from [[name:Marguerite]] ({{business support}}): rows 2 and 3 are the same young person.
        The second request was raised by {{duty}} while her {{PA}} was off sick, with the surname
        spelt differently, so {{ContrOCC}} did not flag it. Caught at the {{Friday}} check before
        {{BACS}}; [[case_reference:SUHA-1190A]] cancelled. Suggest {{Finance}} match on {{Mosaic}}
        {{ID}} not name.
    """)),
    # 12 formal narrative, stolen laptop
    ("social_care", "incident", prose("""
        On the evening of [[date:19 September 2024]] my work car, a grey {{Skoda Fabia}}
        registration [[vehicle_registration:WR21 HJE]], was broken into outside my home and my
        council laptop bag was taken from the boot. The laptop itself is encrypted and was reported
        to {{IT}} and the {{police}} (crime ref [[case_reference:43/118270/24]]) within the hour. However
        the bag also held a paper visit schedule with the first names and addresses of five young
        people I was due to see the following day, including [[name:Eilidh]] at
        [[address:9 Sorrel Close, Brackenfield]] and [[name:Aarav]] at a {{supported lodgings}}
        address. I understand work papers should not be left in a vehicle overnight. I informed my
        {{Team Manager}} [[name:Yusuf Demir]] and the {{Information Governance}} team the next morning
        and each young person was contacted by a {{PA}}. [[name:Eilidh]]'s ex-partner is known to be
        looking for her, so a {{safety plan}} review was brought forward. Reported by
        [[name:Siobhan Ní Bhriain]], {{Personal Adviser}}.
    """)),
    # 13 e-mail, success
    ("social_care", "success", block("""
        Subject: Good news - [[name:Nasra]] / adult social care transition
        From: [[name:Kofi Boateng]]
        Sent: [[date:Wed 16 Oct]] 11:03
        To: Leaving Care - All Staff

        Morning all,

        Quick one to share some learning. [[name:Nasra]] turned [[age:18]] last month with a
        {{learning disability}} and {{epilepsy}}. Usually our transitions to {{Adult Social Care}} are
        late and messy. This time her {{PA}} [[name:Faith]] started the {{Care Act}} assessment
        request at 17 and a half, held a joint visit with [[name:Yevgenia Marchenko]] from
        [[organisation:Dunsford Adult Learning Disability Team]], and sorted a {{Deputyship}} question
        with her aunt before the birthday. [[name:Nasra]]'s {{Personal Independence Payment}} was
        in payment on day one and she moved into [[organisation:Hollybank Shared Lives]] without a gap.

        Please copy the timeline (attached) for anyone with an {{EHCP}} or similar needs.

        [[name:Kofi]]
        [[name:Kofi Boateng]] | {{Service Manager}} | [[phone:0161 496 0732]]
    """)),
    # 14 rushed note with typos
    ("social_care", "incident", prose("""
        {{datix}} pls - sent letter to {{DWP}} for [[name:liam b]] but put [[name:Liam Brogan]]s {{NI}}
        no on it instead of [[name:liam b]]s ([[ni_number:PW 731156 A]] is the wrong one). 2 liams
        on my caseload, both [[age:21]], both on {{UC}}. only realised when [[name:Brogan]] rang to
        say he got a letter about a claim he never made. {{DWP}} say they will correct but his
        payment for [[date:Jan 28th]] might be late. apologised to both, told my {{TM}}. {{IG}} informed,
        ref [[case_reference:IG-2024-0088]]. we need 2 stop letters being typed from memory, use the
        {{template}} that pulls from {{Mosaic}}. - [[name:cj]]
    """)),
    # 15 chronology by date, near miss on release from custody
    ("social_care", "near_miss", block("""
        Near miss: care leaver released from custody without accommodation (nearly)
        YP: [[name:Levi Baptiste]], [[age:22]]. [[organisation:HMP Grantham Moor]] no. [[case_reference:A4471CZ]]

        [[date:02/09]]  {{Probation}} e-mail says release on [[date:13/09]], {{accommodation}} "in hand".
        [[date:09/09]]  {{PA}} ([[name:Hamza]]) rings {{CRS}} - no address actually confirmed.
        [[date:10/09]]  [[name:Hamza]] makes {{Duty to Refer}} to [[organisation:Harrowfield Council]]
                {{Housing Options}}; {{Care leaver}} priority flagged.
        [[date:12/09]]  Room confirmed at [[organisation:Marsh Lane Foyer]] from 4pm on release day.
        [[date:13/09]]  [[name:Hamza]] meets [[name:Levi]] at the gate, travel warrant, {{UC}}
                advance booked, {{GP}} registration done.

        Why near miss: without the phone call on [[date:09/09]] [[name:Levi]] would have been released
        to {{NFA}}. The {{probation}} note and our own {{pathway plan}} both assumed the other agency
        was sorting it.
    """)),
    # 16 Slack-style team shout-out thread
    ("social_care", "success", block("""
        #leaving-care-wins
        [[name:anjali.r]] 09:14: shout out to our {{PA}} [[name:Joy]] for getting [[name:Kasia Zielińska]] into
        her own {{council tenancy}} 🎉 took 14 months on the {{housing register}} but she's in at [[address:22 Pennine View]]
        [[postcode:BD3 8NX]] and loves it
        [[name:will.t]] 09:20: legend. wasn't she the one {{Housing}} said was "intentionally
        homeless"??
        [[name:anjali.r]] 09:21: yep. [[name:Joy]] got the decision reviewed, used the
        {{Care Leaver Covenant}} and the {{Children Act 1989}} guidance
        [[name:Joy Abara]] 09:30: thanks guys 🙈 honestly [[name:Kasia]] did the hard bit. learning
        is: ask for a {{s.202 review}} every time, dont accept the first no
        [[name:grace.m]] 09:41: adding to {{practice week}} slides, good for the {{Ofsted}} folder too. nice work [[name:Joy]]
    """)),
    # 17 e-mail, incident during sick leave cover gap
    ("social_care", "incident", block("""
        From: [[name:Ama Owusu]] <[[email:ama.owusu@harrowfield.gov.uk]]>
        To: {{Quality & Practice}}
        Date: [[date:3 February 2025]]
        Subject: Incident - no cover during PA sick leave

        [[name:Callum]]'s {{PA}} ([[name:Sebastián Ortega]]) was off sick from [[date:6 January]].
        Nobody was allocated to cover, and [[name:Callum]]'s calls to the team went to
        [[name:Sebastián]]'s voicemail. On [[date:20 January]] [[name:Callum]], [[age:17]], was arrested
        after a fight at [[organisation:Cranford Youth Hub]]; he asked for his {{PA}} as
        {{appropriate adult}} and the {{custody suite}} could not reach anyone for five hours.

        He was then {{released under investigation}} without anyone from us there. {{EDT}} was not told.

        Recommend: {{duty}} screens all absent {{PA}} caseloads on day 3 of sickness.

        Regards,
        [[name:Ama]]
        {{Senior Practitioner}}
    """)),
]

HEALTH = [
    # 1 formal narrative, unplanned extubation during proning
    ("health", "incident", prose("""
        At approximately 02:40 on [[date:11 January 2025]] a [[age:58-year-old]] man in
        {{bed 4}} of the {{ICU}} at [[organisation:Royal Wexcombe Infirmary]] (hospital no.
        [[case_reference:RWI4471902]]) was being turned prone for {{ARDS}}. The team was the nurse in
        charge, two {{bank}} nurses, an {{ODP}} and the night {{registrar}}, Dr
        [[name:Tomasz Lewandowski]]. Nobody was assigned solely to the {{endotracheal tube}}, and
        during the second half-turn the tube was pulled out when the {{ventilator tubing}} caught on
        the {{bed rail}}. Saturations fell to 71%. Dr [[name:Lewandowski]] re-intubated with a
        {{videolaryngoscope}} at 02:46; the patient was returned supine and proned again an hour
        later without lasting harm. On review, the {{proning checklist}} was in the drawer but not
        used, and the safety huddle had been skipped because of two simultaneous admissions. Sister
        [[name:Gwen Hollis]] has asked that the airway role is named aloud before every turn.
    """)),
    # 2 near miss at the infusion double-check
    ("health", "near_miss", prose("""
        near miss from nights, {{bay B}}. New {{noradrenaline}} syringe made up double strength
        (16mg in 50ml) but the {{Alaris}} drug library was left on single strength, so the rate would
        have doubled the dose. [[name:Bea]] ({{band 5}}) and [[name:Chinedu Obi]] did the
        {{double check}} at the bedside and [[name:Chinedu]] noticed the label said 16mg while the
        pump said 8mg. Syringe not connected, pt (Mrs [[name:Finch]], [[case_reference:RWI3380127]])
        stayed on the old syringe til it was sorted and {{MAP}} stayed above 65. Both strengths now
        live in the same drawer of the {{CD cupboard}} which is asking for trouble - {{pharmacy}}
        ([[name:Aleksandra]]) aware. Datix [[case_reference:W-118842]]. - [[name:JK]]
    """)),
    # 3 shout-out
    ("health", "success", prose("""
        Shout-out to the {{Critical Care Outreach}} team, especially [[name:Sunny Bains]]
        ({{ACCP}}), who reviewed a lady on [[organisation:Ashby Ward]] on [[date:Sat 8th March]]
        because her {{NEWS2}} was only 4 but "she just didn't look right". [[name:Sunny]] took a
        {{lactate}} (5.1), started the {{Sepsis Six}} and had her on {{ICU}} within the hour. It was
        an {{anastomotic leak}}; she went back to {{theatre}} that night and is now home. Her
        daughter [[name:Marisol]] rang the unit to say the family will never forget it. Great
        clinical judgement, and a reminder that {{NEWS2}} is a tool, not a rule. - Dr
        [[name:R. Castellanos]], {{consultant}} intensivist
    """)),
    # 4 chronology
    ("health", "incident", block("""
        CRRT filter loss and hyperkalaemia - [[organisation:Royal Wexcombe Infirmary]] {{ICU}}
        Pt: [[name:Graham Ellwood]]   NHS [[nhs_number:388 292 5779]]   DOB [[date_of_birth:14/02/1961]]

        [[date:23/03/25]]
        18:00  {{CVVHDF}} running on {{citrate}}. {{K+}} 5.2.
        21:15  Filter clotted, {{TMP}} alarms, blood not returned.
        21:30  No spare {{Prismaflex}} set on the unit. {{Night coordinator}} [[name:Hyun-woo Park]]
               rang {{theatres}} and {{renal}}.
        23:50  Set borrowed from [[organisation:Fenwick Renal Unit]].
        00:40  {{ABG}} K+ 6.9, broad {{QRS}}. {{Calcium gluconate}} and {{insulin-dextrose}} given
               by the {{SHO}}.
        01:10  Filter restarted. K+ 5.6 at 04:00.

        Learning: {{CRRT}} consumables stock check not done for 3 days; supplier delay known
        since [[date:18 March]]. Reported by [[name:H. Park]].
    """)),
    # 5 handover with wrong blood in tube near miss
    ("health", "near_miss", block("""
        ICU handover - bays C/D - [[date:Sunday 6 April]] days -> nights

        Bed 9  - [[name:Eamon Doyle]], [[age:67]], {{T2 resp failure}}, on {{HFNO}} 60% / 50L. Stable.
        Bed 10 - [[name:Eamon Doyle-Mitchell]], [[age:44]], day 2 post {{Whipple's}}.
        *** SAME NAME ALERT ***
        Near miss 14:00: {{group and save}} for bed 10 was labelled with bed 9's sticker
        ([[case_reference:RWI5520431]] instead of [[case_reference:RWI5520778]]). [[name:Rhiannon]]
        spotted it at the form check before it went to {{blood bank}}. Resampled. A {{WBIT}} here
        could have meant a wrong-group crossmatch.
        Both now have {{name alert}} stickers on the obs chart.
        Bed 11 - empty, {{deep clean}} ({{C. diff}}).

        Handed over by [[name:Femi]] to [[name:Agnieszka]].
    """)),
    # 6 e-mail from a relative
    ("health", "success", block("""
        From: [[name:Harriet Quennell]] <[[email:hattie.quennell@btinternet.com]]>
        To: {{ICU Matron}} <[[email:icu.matron@rwi.nhs.uk]]>
        Subject: Thank you

        Dear {{Sister}},

        I wanted to write before too much time passes. My {{husband}} [[name:Douglas]] was on your unit
        for 19 days in {{October}} with {{pneumonia}} and then {{Guillain-Barré}}. The {{nurses}} kept a
        {{patient diary}} for him and last week we read it together. Reading that [[name:Ruth]]
        washed his hair and [[name:Sandeep]] played his Motown records on the night we nearly lost
        him means more than I can say. Dr [[name:Okonjo]] sat with me in the {{relatives' room}} and
        explained everything twice without once looking at the clock.

        [[name:Douglas]] walked out of [[organisation:Ashby Ward]] on [[date:2 December]] and has
        his first {{ICU follow-up clinic}} next month. Please pass this on to everyone.

        With love and gratitude,
        [[name:Hattie Quennell]]
    """)),
    # 7 rushed note
    ("health", "incident", prose("""
        pt in bed 2 ([[case_reference:RWI6071135]]) found w/ category 3 {{pressure ulcer}} on bridge
        of nose under the {{NIV}} mask when mask changed this am. mask had been on continuously since
        adm on [[date:Tues 15th]] - no documented skin checks on the {{SSKIN}} bundle for 36hrs.
        photographed, {{TVN}} referral done, {{Mepilex}} applied, now rotating {{full face mask}}
        with {{nasal high flow}}. pt is [[age:81]], v frail, {{DNACPR}} in place. family (son
        [[name:gary]]) told by me + {{nurse in charge}} [[name:abi]]. duty of candour letter to
        follow. i think the problem is the bundle is on paper and everything else is on
        {{MetaVision}} so it gets missed. [[name:T.O.]]
    """)),
    # 8 Teams chat
    ("health", "near_miss", block("""
        [[name:Priya Raman]]  03:12  quick sense check - insulin for bed 6 (Ms [[name:Achterberg]]), {{pharmacy}} bag came up as 50 units in 500ml?? we use 50 in 50
        [[name:Ade Fashola]]  03:13  dont hang it. thats the ward {{VRIII}} bag not ours
        [[name:Priya Raman]]  03:14  pump already programmed at 4 ml/hr, would have been 0.4 units/hr instead of 4
        [[name:Ade Fashola]]  03:15  so underdose not overdose but her {{CBG}}s are 22 and shes in {{DKA}}. good catch. make up a standard syringe from {{ICU}} stock
        [[name:Priya Raman]]  03:31  done, running since 03:25, {{FRIII}} restarted
        [[name:Siân Rees]]  08:02  thanks both. I'll ask {{pharmacy}} why a ward bag was issued to {{Critical Care}}. [[name:Priya]] pls Datix and tag me
    """)),
    # 9 incident form
    ("health", "incident", block("""
        DATIX INCIDENT FORM
        Ref: [[case_reference:W-120377]]
        Patient name: [[name:Florence Abimbola Adeyinka]]
        Hospital no: [[case_reference:RWI7702214]]
        NHS no: [[nhs_number:798 804 4974]]
        DOB: [[date_of_birth:30/09/1948]]
        Location: {{ICU}} step-down, {{side room}} 3
        Date/time: [[date:27/05/2025]] 04:20
        Reporter: [[name:Kenji Watanabe]], {{staff nurse}}

        Description: Pt was {{CAM-ICU}} positive ({{hyperactive delirium}}) and on {{1:1}} obs. The
        {{HCA}} providing {{1:1}} was called to help at a {{cardiac arrest}} in bed 12 and nobody
        replaced her. Within 6 minutes the pt climbed over the {{bed rails}} and fell, hitting her
        head. {{CT head}}: small {{subdural}}, managed conservatively on advice from {{neurosurgery}}
        at [[organisation:Queen Adelaide Hospital]]. Falls bundle and post-fall checks completed.
        Harm: moderate.
    """)),
    # 10 minutes
    ("health", "success", block("""
        ICU Learning from Excellence meeting - [[date:19 June 2025]]
        Present: Dr [[name:R. Castellanos]] (chair), Sister [[name:Gwen Hollis]],
        [[name:Mark Obeng]] ({{PEF}}), [[name:Lily-Mae Turner]] ({{HCA}}), [[name:Aleksandra]] ({{pharmacy}})
        Apologies: [[name:Hyun-woo Park]], Dr [[name:Fashola]]

        1. {{LfE}} report: [[name:Lily-Mae]] noticed a patient's {{NG}} feed had been paused for 14
           hours after a {{CT}} scan and never restarted. She raised it with the
           {{nurse in charge}} and the {{dietitian}} adjusted the regime. She now does a
           "pause check" on every patient returning to the unit.
        2. [[name:Mark]] has run a short {{ICU diary}} teaching session; 22 staff attended.
        3. Actions: add the pause check to the {{transfer checklist}} ([[name:Gwen]]); nominate
           [[name:Lily-Mae]] for the Trust {{Star Award}}.
    """)),
    # 11 table, controlled drug discrepancy
    ("health", "near_miss", block("""
        {{Controlled drug}} check - {{ICU}} {{CD cupboard}} 2 - [[date:03/07/25]] 22:00

        Drug                  | Register | Actual | Checked by
        {{Fentanyl}} 500mcg/10ml  | 14       | 13     | [[name:O.K.]] / [[name:R.S.]]
        {{Morphine}} 10mg/1ml     | 20       | 20     | [[name:O.K.]] / [[name:R.S.]]
        {{Midazolam}} 50mg/10ml   | 9        | 9      | [[name:O.K.]] / [[name:R.S.]]

        Comment: one fentanyl ampoule unaccounted for. Found unopened at 22:40 in the bed 8
        {{drug trolley}}, put there by the {{SpR}} [[name:Hannah Wójcik]] who had taken it for a
        {{line insertion}} and not needed it. Not recorded as returned. No loss; {{pharmacy}}
        informed, ref [[case_reference:CD-0651]]. Near miss because the ampoule was unsecured for
        about 4 hours.
    """)),
    # 12 e-mail, transfer oxygen
    ("health", "incident", block("""
        From: [[name:Ifeoma Nwachukwu]] <[[email:ifeoma.nwachukwu@rwi.nhs.uk]]>
        To: Critical Care Governance
        Date: [[date:Mon 14 July 2025]] 09:15
        Subject: Transfer incident - oxygen nearly ran out

        On [[date:12 July]] I transferred a ventilated patient (Mr [[name:Ravi Shankar]],
        [[case_reference:RWI3309876]]) to {{neurosurgery}} at [[organisation:Queen Adelaide Hospital]].
        The {{ambulance}} ([[vehicle_registration:YX70 KMU]]) had only one full {{oxygen cylinder}};
        the second was empty and nobody checked because the crew assumed our {{transfer bag}}
        cylinders would be used. We were held in traffic for 40 minutes and arrived with under 10%
        remaining on {{FiO2}} 0.6. No harm. Our oxygen calculation assumed a 30 minute journey with
        no margin, although the {{Intensive Care Society}} transfer guidance says to double it.

        [[name:Ifeoma]]
        Dr [[name:Ifeoma Nwachukwu]], {{ST6}} {{Intensive Care Medicine}}
    """)),
    # 13 WhatsApp group
    ("health", "success", block("""
        [[date:21/08/2025]], 23:02 - [[name:Gwen Hollis]]: well done everyone tonight in bed 3. displaced {{trach}}, {{sats}} in the 70s, and everyone just followed the {{green bedhead sign}}
        [[date:21/08/2025]], 23:04 - [[name:Hope Adeyemi]]: honestly the {{NTSP}} sim last month saved us. had {{waveform capnography}} on the stoma in seconds
        [[date:21/08/2025]], 23:06 - [[name:Rob]] ({{anaes}}): new tube in via the stoma first go, {{fibreoptic}} confirmed. sats 97 now
        [[date:21/08/2025]], 23:07 - [[name:Gwen Hollis]]: [[name:Hope]] was brilliant calling for the {{difficult airway trolley}} before anyone asked
        [[date:21/08/2025]], 23:10 - [[name:Gwen Hollis]]: writing it up for {{Learning from Excellence}}. {{debrief}} 08:00, [[name:Kasimir]] pls bring the {{tracheostomy}} checklist
    """)),
    # 14 formal, potassium near miss
    ("health", "near_miss", prose("""
        At 15:10 on [[date:2 September 2025]] an {{FY1}} covering the {{step-down}} beds prescribed
        {{potassium chloride}} 40 mmol in 100 ml over one hour via a {{peripheral cannula}} for a
        patient (hospital number [[case_reference:RWI8845120]]) whose {{central line}} had been removed
        that morning. The concentrated bags are stocked on {{ICU}} for central use only.
        [[name:Stanislav Kowalczyk]], {{staff nurse}}, questioned it before preparing the infusion and
        asked the {{outreach}} {{ACCP}} to review. The prescription was changed to 40 mmol in 1 litre
        of {{sodium chloride 0.9%}} over 8 hours. The {{FY1}}, Dr [[name:Osei]], had rotated from
        [[organisation:Ashby Ward]] that week and was unaware of the local policy. No harm. Suggest
        the {{e-prescribing}} system warns when strong potassium is prescribed with a peripheral
        route.
    """)),
    # 15 chronology, allergy
    ("health", "near_miss", block("""
        Chronology - allergy near miss, bed 7 ([[name:Idris Llewellyn-Khan]], [[case_reference:RWI2204518]])
        [[date:Fri 10 Oct]]
        07:30  Admitted from {{ED}} with {{sepsis}}. Wife told the {{ED}} nurse "he's allergic to
               penicillin, rash and swelling". Not entered on {{EPR}}, no red wristband.
        08:15  {{ICU}} {{SHO}} prescribes {{co-amoxiclav}} per the {{sepsis}} guideline.
        08:40  Pharmacist [[name:Zhou Wenjie]] reads the {{ED}} {{CAS card}} on the ward round, sees
               the allergy and stops the drug before the first dose.
        08:55  Allergy added to {{EPR}}, red band applied, switched to {{teicoplanin}} and
               {{gentamicin}}.
        Learning: {{ED}} allergy documentation did not transfer and nobody asked the wife again
        on admission to {{ICU}}. - [[name:W. Zhou]]
    """)),
    # 16 card from family
    ("health", "success", prose("""
        Card pinned on the {{staff room}} board (typed up for {{LfE}}): "To the {{night team}} on
        {{ICU}}, especially [[name:Bill]], [[name:Amara]] and Nurse [[name:Joy]] - thank you for
        looking after {{Mum}} in her last days. You let us all stay, moved her to the {{side room}} so
        the grandchildren could say goodbye, and played her favourite hymn. {{Mum}} ([[name:Nora]])
        was [[age:93]] and always said she wanted to go with her family round her. She did. God
        bless you all. - [[name:Bernadette]], [[name:Colm]] and [[name:Siobhán Kavanagh]]" Note from
        {{End of Life Care}} lead: {{ReSPECT}} form and {{individualised care plan}} were in place
        from [[date:14 Nov]]; a good example of {{palliative}} care on a busy unit.
    """)),
    # 17 rushed lower-case note
    ("health", "incident", prose("""
        hypo on nights - bed 5. {{BM}}s from the {{art line}} kept coming back high (18-24) so the
        {{insulin infusion}} got titrated up to 8u/hr. at 05:50 [[name:nadia]] did a {{capillary}}
        check cos pt was clammy = 1.9!! {{glucose 20%}} given, recovered. turned out the
        {{pressure bag}} on the {{art line}} was {{glucose 5%}} not {{0.9% saline}} - hung at 22:00 by
        an agency nurse, bags look almost the same + stored in the same {{cupboard}}. pt mr
        [[name:o'donnell]], hosp no [[case_reference:rwi3019923]], NHS [[nhs_number:207 867 8945]].
        {{consultant}} aware, family told. datix ref [[case_reference:W-121904]]. pls pls separate
        the bags. - [[name:lm]]
    """)),
]

AVIATION = [
    # 1 formal narrative, undeclared lithium batteries
    ("aviation", "incident", prose("""
        At 14:20 on [[date:4 February 2025]] a warehouse operative in the
        [[organisation:Apex Ground Services]] cargo shed noticed smoke from a carton in a
        consolidation awaiting build-up for [[flight_number:NWY512]]. The carton was moved to the
        {{DG quarantine}} cage in a {{fire containment bag}} and the {{Airport Fire Service}}
        attended. It held 40 {{e-scooter}} {{lithium ion}} batteries ({{UN3480}}) declared on
        {{air waybill}} [[case_reference:176-44920815]] as "spare parts - plastic", with no
        {{Shipper's Declaration}}. The shipper was [[organisation:Zhenglong Mobility Trading]] via
        [[organisation:Kestrel Freight Forwarding Ltd]]. Nobody was injured. Had it been loaded it
        would have travelled in a main-deck {{ULD}} on a {{Boeing 767-300F}}. The {{CAA}} has been
        notified through an {{MOR}} and a {{dangerous goods occurrence report}}, ref
        [[case_reference:DGOR-25-0031]]. Reporter: [[name:Marek Novotný]], {{Shift Supervisor}}.
    """)),
    # 2 chronology, NOTOC near miss
    ("aviation", "near_miss", block("""
        NOTOC near miss - [[flight_number:NWY318]] / [[aircraft_registration:G-NWYC]] - [[date:18/03/2025]]

        01:10  {{Load Control}} issues {{NOTOC}} with 2 {{DG}} entries: {{UN1845}} dry ice and
               {{UN3090}} lithium metal batteries.
        01:35  Loading complete. {{Loadmaster}} [[name:Dev]] sees a {{Class 8}} label on the pallet
               in position 4R that is not on the {{NOTOC}}.
        01:38  [[name:Dev]] tells Capt [[name:Hallberg]]; the {{captain}} will not sign.
        01:50  {{Load Control}} ([[name:Yolanda Mbeki]]) finds a {{UN1760}} shipment accepted after
               system cut-off and never fed into the {{NOTOC}}.
        02:05  Revised {{NOTOC}} issued and signed. Departure 40 min late.

        Learning: manual acceptance after cut-off does not update the {{NOTOC}}. In an in-flight fire
        the crew and {{ATC}} would have been working from wrong information.
    """)),
    # 3 shout-out
    ("aviation", "success", prose("""
        Big shout-out to [[name:Grace Oyelaran-Smith]] on the {{DG acceptance}} desk at
        [[organisation:Apex Ground Services]]. On [[date:Tuesday 22 April]] she rejected a "medical
        supplies" consignment for [[flight_number:BKR204]] from [[organisation:Helvion Diagnostics]]
        because the boxes felt too light for the declared weight and one had a faint {{Class 7}}
        label under a courier sticker. Opened with the driver present: a {{Type A package}} of
        {{radioactive material}} with no {{Shipper's Declaration}} and no {{Transport Index}} on the
        label. [[name:Grace]] followed the {{IATA DGR}} checklist to the letter and didn't budge when
        the driver said "it always goes like this". {{CAA}} informed. Proud of you! - [[name:Pete]],
        {{Duty Manager}}
    """)),
    # 4 RT transcript
    ("aviation", "incident", block("""
        RT transcript extract, [[date:12 May 2025]], times UTC

        2213:04 [[flight_number:Northway 721]]: MAYDAY MAYDAY MAYDAY, [[flight_number:Northway 721]],
                cargo smoke warning main deck, request immediate descent and diversion
        2213:10 {{ATC}}: [[flight_number:Northway 721]], roger MAYDAY, descend FL100, turn left
                heading 240, vectors for [[organisation:Wexcombe Airport]]
        2213:22 [[flight_number:Northway 721]]: descending FL100 heading 240, eight {{DG}} items on
                board, {{Class 9}} and {{Class 3}}, two crew, three hours fuel
        2215:40 {{ATC}}: [[flight_number:Northway 721]], {{Airport Fire Service}} alerted, expect
                {{ILS}} runway 27
        2231:05 [[flight_number:Northway 721]]: landed, stopping on the runway, request fire
                service inspection

        Notes: aircraft [[aircraft_registration:G-NWYF]], {{B737-800BCF}}, flight
        [[flight_number:NWY721]]. Smoke from a {{ULD}} of {{UN3481}} batteries packed with
        equipment. Crew actioned the {{QRH}}. {{AAIB}} and {{CAA}} notified.
    """)),
    # 5 rushed note
    ("aviation", "near_miss", prose("""
        rushed - {{dry ice}} near miss on [[flight_number:KX 4410]] tonite ([[aircraft_registration:EI-KXR]]).
        shipper [[organisation:Pelham Biologics]] had 6 boxes of {{UN1845}} at 38kg each = 228kg.
        our {{OM-A}} limit for that hold is 200kg and there was already 60kg from a 2nd shipment.
        nobody added it up cos acceptance checks per {{AWB}} not per flight. {{load planner}}
        [[name:kat]] spotted it on the {{LIR}} at 23:10. moved 3 boxes to tmrws flight, no harm.
        {{CO2}} monitor in the {{hold}} checked ok. think we need a running total in the
        {{warehouse system}}. - [[name:benji]] {{ramp shift lead}}
    """)),
    # 6 e-mail of thanks
    ("aviation", "success", block("""
        From: [[name:Anneke de Vries]] <[[email:a.devries@northwaycargo.co.uk]]>
        To: [[name:Obinna Chukwu]]
        Cc: {{Safety Office}}
        Subject: Thank you - [[flight_number:NWY605]] on [[date:Sat 31 May]]

        [[name:Obinna]],

        I wanted to thank you properly for [[flight_number:NWY605]]. On your {{pre-departure}}
        {{walkround}} you noticed a frayed {{net strap}} on the {{pallet}} carrying {{UN1993}} flammable
        liquids from [[organisation:Mersey Chemicals Ltd]] and had it re-netted before the doors
        closed. That pallet sat directly behind the {{9g net}}. Your photos and write-up are going
        into the next {{Safety Bulletin}} as an example of a proper {{loadmaster}} check.

        Kind regards,
        [[name:Anneke]]

        [[name:Anneke de Vries]]
        {{Head of Safety}}, [[organisation:Northway Cargo Airlines]]
        [[phone:01632 960184]]
    """)),
    # 7 form
    ("aviation", "incident", block("""
        GROUND OCCURRENCE REPORT
        Report no: [[case_reference:GOR-2025-0612]]
        Date: [[date:09/06/2025]]   Time: 05:45
        Location: build-up area, {{Shed 3}}
        Flight: [[flight_number:BKR117]]   Aircraft: [[aircraft_registration:D-ABKT]] ({{A321P2F}})
        AWB: [[case_reference:724-90031442]]
        Staff involved: [[name:Rosa Ferreira]] ({{cargo handler}}), [[name:Ahmed Siddiqui]] ({{team leader}})

        Description: while building the pallet [[name:Rosa]] noticed wet cardboard on a box
        labelled {{UN1760}} {{Class 8}} {{corrosive}}. Liquid splashed her forearm above the glove.
        She used the {{emergency shower}}, first aid given, seen by {{occupational health}}: minor
        redness only. The inner bottle cap was loose. Area isolated and {{spill kit}} used by
        [[name:Ahmed]]. Shipper [[organisation:Corran Industrial Supplies]] informed; {{DGOR}} sent to
        the {{CAA}}.
    """)),
    # 8 WhatsApp ramp group
    ("aviation", "near_miss", block("""
        [[date:14/07/25]], 19:02 - [[name:Baz]]: who left the {{RRY}} box on the floor by door 6?? nearly put the {{forks}} thru it
        [[date:14/07/25]], 19:03 - [[name:Kuba W]]: not me, i was on the {{FLT}} at door 2
        [[date:14/07/25]], 19:03 - [[name:Baz]]: its a {{Class 7}} {{Yellow II}} label, {{radioactive}}. was behind a pallet, couldnt see it from the seat
        [[date:14/07/25]], 19:05 - [[name:Shaz]]: for [[flight_number:NWY233]], came in late from [[organisation:Helvion Diagnostics]]. {{acceptance}} left it there cos the {{DG store}} was locked
        [[date:14/07/25]], 19:06 - [[name:Faisal Rahman]] ({{ops}}): move it into the store NOW, I've got the key. [[name:Baz]] pls do the report
        [[date:14/07/25]], 19:20 - [[name:Baz]]: done ref [[case_reference:SR-88104]]. we need a marked {{DG}} drop zone not the floor
    """)),
    # 9 rushed note, CAO on passenger aircraft
    ("aviation", "incident", prose("""
        incident - {{CAO}} pkg went on a pax flight. 1 box {{UN3090}} lithium metal batteries marked
        {{Cargo Aircraft Only}} loaded in hold 4 of a pax {{A320}} [[aircraft_registration:G-ZBAC]]
        [[flight_number:ZB3372]] on [[date:2 aug]], found at destination by their handler. our
        build-up list had it on the freighter [[flight_number:NWY410]] but the {{ULD}} got swapped when
        the freighter went {{tech}}. nobody re-checked {{DG}} on the swap and the {{captain}} of
        [[flight_number:ZB3372]] was never told. {{MOR}} done, ref [[case_reference:MOR-25-4471]]. pls
        can we make {{DG}} a hard stop for re-flights. - [[name:tj]]
    """)),
    # 10 minutes
    ("aviation", "success", block("""
        Dangerous Goods Safety Action Group - minutes - [[date:Thursday 21 August 2025]]
        Attendees: [[name:Anneke de Vries]] (chair, {{Head of Safety}}), [[name:Grace Oyelaran-Smith]]
        ({{DG acceptance}}), [[name:Obinna Chukwu]] ({{loadmaster}}), [[name:Marek Novotný]]
        ([[organisation:Apex Ground Services]]), [[name:Sunil Varghese]] ({{DG instructor}})
        Apologies: [[name:Ffion Llewelyn]], Capt [[name:Oduya]]

        1. Quarter review: no undeclared {{DG}} reached an aircraft this quarter, the first time in
           two years. Credited to the new {{X-ray}} screening and "{{hidden DG}}" posters in six
           languages at forwarder counters.
        2. All acceptance staff now trained under {{CBTA}}. {{CAA}} audit on [[date:5 August]]: no
           findings.
        3. Actions: [[name:Grace]] to share her "too light for the label" box check with other
           stations; [[name:Sunil]] to add it to {{recurrent training}}.
    """)),
    # 11 table
    ("aviation", "near_miss", block("""
        {{Load sheet}} vs scale weights - [[flight_number:NWY780]] / [[aircraft_registration:G-NWYE]] - [[date:27/09/25]]

        Unit      | Pos | Load sheet kg | Scale kg | Diff
        Pallet A  | 1L  | 3,420         | 3,415    | -5
        Pallet B  | 2R  | 2,980         | 2,990    | +10
        Pallet C  | 3R  | 2,150         | 4,110    | +1,960
        Pallet D  | 4L  | 1,870         | 1,860    | -10

        {{Pallet C}} holds {{UN2794}} {{wet batteries}} for [[organisation:Rowan Marine Services]]. The
        loader keyed in the weight of a different pallet. {{Planner}} [[name:Ivana Petrović]] caught it
        when the {{CG}} on the {{load sheet}} didn't match the {{loadmaster}}'s {{trim}} sheet.
        Corrected before {{LMC}} cut-off. Nearly 2 tonnes unaccounted for {{aft}}. - [[name:I.P.]]
    """)),
    # 12 Slack at a forwarder
    ("aviation", "incident", block("""
        {{#export-ops}}
        [[name:harj.s]] 10:14  who booked the [[organisation:Bellweather Interiors]] shipment on [[case_reference:HAWB-229184]]? airline just rejected it at the {{shed}}
        [[name:natalia.k]] 10:16  me, why
        [[name:harj.s]] 10:17  its paint. {{UN1263}}. shipper said "decorative samples" and we booked it as {{general cargo}}. {{X-ray}} picked up the tins
        [[name:natalia.k]] 10:18  omg. they told me non {{DG}} on the phone, i didnt ask for the {{SDS}}
        [[name:Rhys Pugh]] 10:25  ok this is a reportable {{undeclared DG}} even tho it was caught. I'll do the {{CAA}} occurrence report. [[name:natalia.k]] pls send me the booking email. we're changing the form so "samples" forces an {{SDS}} upload
        [[name:natalia.k]] 10:26  sending now, sorry [[name:Rhys]]
    """)),
    # 13 handover note
    ("aviation", "success", block("""
        SHIFT HANDOVER - {{DG acceptance}} desk - {{nights}} to {{days}} - [[date:Sunday 5 October]]

        - 02:40 {{CO2}} alarm in {{chiller}} 2 ({{dry ice}} sublimating). [[name:Will]] cleared the room,
          ventilated it and checked with the {{portable monitor}} before re-entry. Textbook
          {{ERP}}, nobody hurt. Shipment for [[flight_number:NWY118]] re-iced and flown.
        - 2 x {{UN3373}} boxes from [[organisation:Kinross Path Labs]] waiting for correct
          paperwork, in the {{DG store}} {{shelf B}}. Do not accept until the {{Category B}} marks fixed.
        - [[name:Sunny]] off sick, cover from [[name:M. Achebe]].

        Handed over: [[name:Will Okoro]] to [[name:Tanvi]]
    """)),
    # 14 formal, segregation near miss
    ("aviation", "near_miss", prose("""
        During build-up for [[flight_number:NWY902]] on [[date:16 October 2025]] a handler placed a
        package of {{UN1428}} {{sodium}} ({{Class 4.3}}, {{dangerous when wet}}) directly against a
        package of {{UN1789}} {{hydrochloric acid}} ({{Class 8}}) on the same pallet. The
        {{segregation table}} in the {{IATA DGR}} requires these to be segregated. The
        {{build-up supervisor}}, [[name:Chidi Okonkwo-Brandt]], spotted the labels during the
        pre-strap check and the pallet was rebuilt before it left the shed. The handler,
        [[name:Bartholomew]], was three weeks into the job and had not yet done the {{DG awareness}}
        module; his buddy was on a break. No harm. Actions: no solo build-up of {{DG}} pallets until
        training is complete. Reported by [[name:Mariam Haddad]], {{Quality Manager}},
        [[organisation:Northway Cargo Airlines]].
    """)),
    # 15 e-mail, airside collision
    ("aviation", "incident", block("""
        From: [[name:Gareth Bowen-Price]] <[[email:g.bowenprice@apexgs.co.uk]]>
        To: Airside Safety <[[email:airside.safety@wexcombeairport.co.uk]]>
        Date: [[date:29 October 2025]] 07:58
        Subject: Airside collision - tractor towing DG dolly

        At 06:10 a {{tractor}} (fleet no. T-44, reg [[vehicle_registration:AX15 TGH]]) driven by
        [[name:Rory]] was towing two dollies, one carrying a {{ULD}} with {{UN1845}} and {{UN3480}}
        for [[flight_number:NWY512]]. The dolly clipped a {{GPU}} on {{stand}} 14, the {{ULD}} shifted
        and one battery box was crushed. {{Damaged package}} procedure followed: area isolated,
        {{Airport Fire Service}} on standby, box removed, no thermal event. [[name:Rory]] was 11 hours
        into a 12 hour shift.

        Regards,
        [[name:Gareth]]
        {{Ramp Safety Manager}}, [[organisation:Apex Ground Services]]
        [[phone:07700 900731]]
    """)),
    # 16 thank-you note
    ("aviation", "success", prose("""
        Thank-you note left in the {{crew room}}: "To the {{ground team}} at {{Shed 3}}, especially
        [[name:Mark]], [[name:Iolanthe]] and [[name:Pat]] - thank you for staying two hours past
        your shift on [[date:23 December]] to re-pack and re-label 30 boxes of {{UN3481}} after the
        {{shipper}}'s labels turned out wrong. Because of you the replacement {{defibrillator}}
        batteries for [[organisation:Hebridean Air Ambulance]] made [[flight_number:NWY044]] and were
        on the island before {{Christmas}}. Proper {{DG}} work, done right, under pressure. - Capt
        [[name:Oduya]] and {{First Officer}} [[name:Leclerc]], [[aircraft_registration:G-NWYA]]"
    """)),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind298", REPORTS))
