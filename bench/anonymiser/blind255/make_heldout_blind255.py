"""Held-out blind corpus 255: invented UK incident, near-miss and learning reports.

Written blind (without sight of the de-identifier or any other corpus) to measure how well the
de-identifier generalises. Every person, organisation, place and number is invented.

Three settings:
- social_care (17): a leaving care personal adviser team (care leavers 18-25) - pathway plans,
  Staying Put, university, benefits and tenancy support.
- health (17): a stroke unit and thrombolysis pathway - FAST calls, CT, thrombolysis, swallow
  screens, therapists and rehab beds.
- aviation (16): a regional turboprop airline's line maintenance station - engineers, night
  stops, deferred defects, spares and tech log entries.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers and
signatures, chat exports (Teams/WhatsApp/Slack), handover notes, minutes with attendance lists,
pipe-separated and aligned tables, radio transcripts, shout-outs and thank-you notes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind255.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        quick note b4 i forget - visited [[name:kayden]] at his flat [[address:14 Bramwell Court, Lisle Road,
        Harbridge]] on [[date:tues 9th]] and the {{electric}} was off, {{emergency credit}} used up 2 days ago.
        he hadnt told anyone cos he thought his {{UC}} wud get stopped if he asked for help. no food in. gave
        him a {{food bank}} voucher for [[organisation:St Anselm's Pantry]] and rang
        [[organisation:Brightwater Energy]] from the car, theyre putting £49 on as {{hardship credit}}. his
        last {{PA}} ([[name:bex]]) had flagged that the {{setting up home allowance}} was never fully paid so
        thats prob why hes struggling. need {{team manager}} sign off for a top up b4 {{Friday}}. ref
        [[case_reference:LC-22814]]. [[name:gd]] can u ring me pls, im on the {{duty phone}} til 5
    """)),
    ("social_care", "near_miss", prose("""
        On [[date:14 February 2024]] I was finalising the reviewed {{Pathway Plan}} for
        [[name:Oluwaseun Adeyemi-Clarke]] (ref [[case_reference:LC-19362]]), who is in his second year at
        [[organisation:Wexcombe University]]. I typed "[[name:Olu]]" into the To line and {{Outlook}}
        auto-completed to [[email:olu.adeyemi@kestreldene-academy.org.uk]], a different person I had e-mailed
        about a school reference last year. The correct address is
        [[email:o.adeyemiclarke@students.wexcombe.ac.uk]]. The plan contains his {{mental health}} history,
        his {{Staying Put}} arrangement and his bank details. The team's {{delay send}} rule held the message
        for two minutes, I spotted the wrong domain in the {{Outbox}} and deleted it. No data left the
        council. I have cleared the {{auto-complete}} list and told the {{Information Governance}} lead and
        my {{Team Manager}}. Learning: check the recipient line before attaching, and password-protect plans.
        [[name:Nadia Khoury]], {{Personal Adviser}}
    """)),
    ("social_care", "success", block("""
        SHOUT OUT 🌟
        Massive thanks to [[name:Hope]] and [[name:Grace Mbeki-Owens]], [[name:Tariq]]'s {{foster carers}},
        who have agreed to extend his {{Staying Put}} arrangement until he turns [[age:21]] so he can finish
        his {{Level 3}} at [[organisation:Harbridge College]]. [[name:Hope]] sorted the {{Housing Benefit}}
        side herself and came to the {{pathway plan review}} on [[date:3 June]] with every bit of paperwork
        ready. Also big thanks to [[name:Sunny]] in {{Finance}} for turning the {{Staying Put allowance}}
        round in 48 hrs.
        [[name:Tariq]] said at the review "it's the first time nobody's made me pack a bag".
        – [[name:Jas]] ({{PA}}, {{duty desk}} this week)
    """)),
    ("social_care", "incident", block("""
        From: [[name:Marek Wiśniewski]] <[[email:marek.wisniewski@harbridge.gov.uk]]>
        Sent: [[date:Monday 22 April 2024]] 16:47
        To: {{Leaving Care Team}} {{Duty}}
        Subject: Notice seeking possession - [[name:Shannon Pryce]] ([[case_reference:LC-20557]])

        Hi all,
        [[name:Shannon]] came in today with a {{Section 8}} notice from
        [[organisation:Greyfriars Housing Association]] for her flat at [[address:Flat 3, 27 Tannery Lane]],
        [[postcode:HB4 7QD]]. Arrears are £1,860. Her {{Housing Benefit}} stopped when she moved onto
        {{Universal Credit}} and nobody picked up that the {{housing element}} was never claimed. Her
        {{pathway plan}} says "tenancy sustainment – monitor monthly" but there is no recorded check since
        the autumn. I've booked her with {{Citizens Advice}} and asked the {{income officer}}, Mrs
        [[name:Oyelaran]], to hold the court application for 28 days.

        [[name:Marek Wiśniewski]]
        {{Personal Adviser}} | {{Leaving Care Team}}
        [[organisation:Harbridge City Council]]
        T: [[phone:01632 960418]] | M: [[phone:07700 900271]]
    """)),
    ("social_care", "near_miss", block("""
        [Teams – Leaving Care PAs chat, [[date:02/05/24]]]
        [[name:Ama Boateng]] 09:12  anyone free 2 come with me to [[name:Reece]]'s viewing at 11?
        [[organisation:Cobalt Lettings]] on [[address:Fenwick Parade]]
        [[name:Will Hartigan]] 09:14  is that the [[name:Reece]] with the {{lone working}} flag??
        [[name:Ama Boateng]] 09:15  omg yes. didnt check {{Mosaic}}. his ex's brother works there apparently 😬
        [[name:Will Hartigan]] 09:15  don't go alone. I'll come, meet at the {{hub}} 10.30
        [[name:Ama Boateng]] 09:16  thank u. will log as near miss, the {{risk alert}} isnt showing on the
        {{calendar}} invite, only on the {{chronology}}
        [[name:Patience]] 09:20  {{TM}} here - yes log it pls. thx [[name:Will]]. the {{alert}} needs to pull
        thru to the {{visit plan}}
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT – LEAVING CARE SERVICE
        Young person: [[name:Kamil Nowakowski]]
        DOB: [[date_of_birth:17/08/2005]]
        Ref: [[case_reference:LC-21930]]
        NI no: [[ni_number:JT 48 21 67 C]]
        Address: [[address:Room 6, Hollins House, 88 Castle Street, Harbridge]] [[postcode:HB1 2NL]]
        Date of incident: [[date:28/03/2024]]
        Reported by: [[name:Faith Odukoya]] ({{PA}})

        What happened: [[name:Kamil]]'s {{Universal Credit}} was {{sanctioned}} for 4 weeks because he missed
        a {{work coach}} appointment at [[organisation:Harbridge Jobcentre]]. It clashed with his
        {{pathway plan review}}, which we had moved without checking. He was left with £0 over the {{Easter}}
        weekend and went to the {{crisis fund}}. He is [[age:18]] and in his first {{semi-independent}}
        placement.
        Action: {{mandatory reconsideration}} lodged [[date:2 April]]. Agreed with the {{DWP}}
        {{care leaver champion}} that the PA is copied in to future appointments (with [[name:Kamil]]'s
        consent).
    """)),
    ("social_care", "success", block("""
        Leaving Care Team Meeting – minutes
        Date: [[date:Thurs 11 July]]
        Present: [[name:Rose Adebayo]] (chair), [[name:Mark Ellery]], [[name:Faith Odukoya]],
        [[name:Jas Sandhu]], [[name:Lukas]] ({{student SW}})
        Apologies: [[name:Bill]] ({{annual leave}}), [[name:Ama Boateng]]

        Item 3 – Good news / learning
        [[name:Mark]] reported that [[name:Precious]] ([[age:19]]) has an unconditional offer for
        {{Adult Nursing}} at [[organisation:Wexcombe University]]. What worked: the {{PA}} started the
        {{UCAS}} "care experienced" conversation in {{Year 12}}, we applied for the {{care leaver bursary}}
        early, and the {{Virtual School}} paid for two open-day trips. [[name:Precious]] will stay in
        {{Staying Put}} over the vacations.
        Action: [[name:Rose]] to share the checklist with the {{Care Leavers' Forum}}.
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER – weekend {{duty}} -> Monday
        Sat [[date:18 May]]
        - [[name:Liyana]] ([[case_reference:LC-23077]]) txt'd the {{duty mobile}} 23:40 Fri "cant do this
          anymore". only landed Sat 08:10 cos the phone was on {{DND}} overnight - NOT meant to be!!
        - rang her straight away, no answer. rang [[organisation:Ashcombe Supported Lodgings]], her {{host}}
          Mrs [[name:Abernethy]] went in, [[name:Liyana]] safe, hadn't taken anything, said bad night.
          {{EDT}} never knew. referred to {{crisis team}}, {{GP}} at [[organisation:Millbrook Surgery]] booked
          Mon am.
        - near miss: {{DND}} schedule on duty phone must be OFF. [[name:jk]] has fixed it, pls check at
          start of each shift.
        - other: [[name:Dami]] needs {{bus pass}} renewal; [[name:Callum]] ([[age:20yo]]) moved in ok.
        – [[name:Pat]]
    """)),
    ("social_care", "incident", block("""
        CHRONOLOGY – illegal eviction, [[name:Demi-Leigh Fairclough]], [[date:Wed 5 June 2024]]
        10:05  [[name:Demi-Leigh]] rang {{PA}} ([[name:Iqbal Chaudhry]]) – landlord [[name:Gary Thwaites]]
               changing the locks, her stuff bagged on the landing.
        10:20  PA rang {{101}}. Log [[case_reference:HB-0605-0311]].
        10:55  PA at [[address:41 Wellgate Terrace, Harbridge]] [[postcode:HB3 9RT]]. Landlord's van
               ([[vehicle_registration:YK19 NWP]]) outside. Mr [[name:Thwaites]] refusing entry, says she is
               "only a {{lodger}}".
        11:30  Two officers attended, explained the {{Protection from Eviction Act}}. She was let in for
               {{medication}} and ID only.
        12:15  {{Housing Options}}: emergency {{B&B}} tonight at [[organisation:The Carlton Lodge]].
        14:00  Referred to {{Tenancy Relations Officer}}.
        Issue: her {{tenancy agreement}} was never copied to file at move-in, so we could not prove at the
        door that she was a tenant.
    """)),
    ("social_care", "success", block("""
        WhatsApp export – [[name:Joy]] ({{PA}}) / [[name:Mo]]
        [[[date:21/06/2024]], 15:02] [[name:Mo]]: [[name:JOY]] I GOT IT 🎉🎉 they offered me the
        {{apprenticeship}}!!!
        [[[date:21/06/2024]], 15:03] [[name:Joy]]: [[name:MO]]!!! so proud of u 👏👏 [[organisation:Pennine Grid Services]]??
        [[[date:21/06/2024]], 15:05] [[name:Mo]]: yeh {{electrical}} one. start [[date:2 Sept]]. the mock
        interview helped so much fr
        [[[date:21/06/2024]], 15:07] [[name:Joy]]: u did the work. ill sort the {{care leaver bursary}} form
        + {{travel}} til first wage. tell ur {{Nan}}!
        ---
        Note for learning log: mock interview set up through the {{Local Offer}} employer scheme, 3rd one
        this year to convert to a job. {{Pathway plan}} updated. – [[name:J. Okafor]]
    """)),
    ("social_care", "near_miss", block("""
        {{Staying Put}} payment run – pre-run check w/c [[date:8 July]]

        | YP                    | Carer(s)                            | Ref                         | £/wk | Status          |
        |-----------------------|-------------------------------------|-----------------------------|------|-----------------|
        | [[name:Aleksandra P.]] | [[name:J. Delaney]]                 | [[case_reference:SP-1142]]  | 265  | OK              |
        | [[name:Connor M.]]     | [[name:K. Delaney]]                 | [[case_reference:SP-1187]]  | 265  | ended [[date:30/06]] – still on run!! |
        | [[name:Ruqayyah]]      | [[name:Bola]] & [[name:Femi Adeyinka]] | [[case_reference:SP-1203]] | 280  | OK              |

        [[name:Connor]] moved to {{university halls}} but his arrangement was still live on {{ContrOCC}};
        the {{end date}} was keyed against the other [[name:Delaney]] household, who would have lost 4 weeks' payment
        while the ended one was paid. Spotted by [[name:Sunny]] in {{Finance}} on the {{pre-run check}}.
        Learning: match on {{Staying Put}} ref not surname.
    """)),
    ("social_care", "incident", prose("""
        [[name:Abdirahman]] ({{UASC}} care leaver, [[age:20]]) brought in a {{Home Office}} letter today -
        {{appeal rights exhausted}}, {{asylum support}} ends in 21 days. letter dated [[date:4/3]] but he only
        showed us [[date:19/3]] cos he cant read english well and was scared. we had no
        {{immigration solicitor}} on file since [[organisation:Kaur & Lindqvist Solicitors]] closed his file
        last yr and his {{pathway plan}} still says "immigration: ongoing". nobody on the team knew. used a
        {{Somali}} {{interpreter}} by phone. {{NRPF}} assessment started, {{Human Rights Assessment}} needed
        by wk end. [[name:Ifeoma]] is chasing a new solicitor via the {{Refugee Council}}. ref
        [[case_reference:LC-18820]]. learning = immigration status needs its own review date not just a
        tick box.
    """)),
    ("social_care", "success", prose("""
        Learning report – {{council tax}} exemption. [[name:Chen Jia]] ([[age:22]], ref
        [[case_reference:LC-17405]]) lives out of area in [[organisation:Northmoor District Council]]'s patch
        and got a letter from {{enforcement agents}} for £640 of arrears. She assumed, like us, that her
        {{care leaver}} exemption only applied in our borough. Her {{PA}}, [[name:Will Hartigan]], rang the
        {{revenues team}} at [[organisation:Northmoor District Council]] on [[date:12 March]], sent the {{care leaver}} status letter the same day,
        and by [[date:15 March]] the arrears were written off and the enforcement stood down. [[name:Jia]]
        said she'd stopped opening post. We have since written to all out-of-area councils where our young
        people live and [[name:Will]] has added a {{council tax}} line to the {{pathway plan}} template.
    """)),
    ("social_care", "incident", block("""
        From: [[name:Rhiannon Pugh]] <[[email:r.pugh@harbridge.gov.uk]]>
        To: {{Data Protection Officer}}
        Cc: [[name:Rose Adebayo]]
        Date: [[date:9 October 2024]]
        Subject: Possible {{data breach}} – plan posted to old address ([[case_reference:IG-2024-0371]])

        A copy of [[name:Tyrone Bailey-Ross]]'s {{pathway plan}} was posted to his previous address,
        [[address:12 Orchard Walk, Harbridge]] [[postcode:HB6 1XA]], on [[date:2 October]]. He moved to
        [[address:Flat 9, Mercer House]] over the summer. The {{case management system}} was never
        updated because the change was only in my {{case notes}}. The new tenant opened it and rang the team
        number on the letter. The plan includes {{CAMHS}} history and his {{youth offending}} order.
        [[name:Tyrone]] has been told and is upset. The tenant has returned it and says no copy was kept.

        [[name:Rhiannon]]
        {{Senior PA}}
    """)),
    ("social_care", "near_miss", block("""
        Supervision notes (extract) – [[name:Ifeoma Nwachukwu]] / [[name:Rose Adebayo]], [[date:27/08/24]]
        Cases discussed: [[case_reference:LC-15526]] ([[name:A.M.]]), [[case_reference:LC-16690]] ([[name:D.T.]])
        1. [[name:A.M.]] turns [[age:21]] next month. {{Mosaic}} generated an automatic "case closure due"
           task and [[name:Ifeoma]] had started the closure letter. [[name:Rose]] queried it: [[name:A.M.]] is
           in {{higher education}} and has asked for support to 25 under the {{Children and Social Work Act}}.
           Closure would have stopped her {{HE bursary}} instalment.
        2. Letter not sent. Task cancelled.
        Learning: the automatic task should read "review offer to 25", not "close". Raised with the
        {{systems team}}.
        Signed: [[name:R. Adebayo]] ({{Team Manager}})
    """)),
    ("social_care", "success", block("""
        Thank-you card (typed up with his permission for the learning log)

        dear [[name:Bill]] and [[name:Pat]],
        thank you for helping me get my flat sorted. when i got the keys it had nothing not even a kettle
        and i thought i was going to have to sleep on the floor. [[name:Bill]] you came on your day off with
        the {{setting up home}} stuff and [[name:Pat]] you sorted the {{gas}} man and the {{TV licence}}.
        my {{nan}} says your angels. i am going to do my {{CSCS card}} now.
        from [[name:Daniel]] ([[name:Danny]]) x

        {{PA}} note: {{SUHA}} items pre-ordered 2 weeks before the {{tenancy start}} this time, so delivery was
        on day 1. Suggest we do this for every move. – [[name:Pat]]
    """)),
    ("social_care", "near_miss", block("""
        #lc-education (Slack) – [[date:Tue 3 Sep]]
        @[[name:marguerite.ng]]  heads up – [[name:Kofi]]'s {{Student Finance}} is stuck. they want
        {{estranged}} / {{care leaver}} evidence and the deadline for term 1 payment is [[date:Friday 6th]]
        @[[name:danny.o]]  I sent our letter in the summer??
        @[[name:marguerite.ng]]  went to his old {{SFE}} account, he made a new one w a diff email. so they
        never matched it
        @[[name:danny.o]]  argh. ok resending now to the right {{CRN}} and ringing them
        @[[name:Amber]]  I've had that twice this yr. we should send it via the {{university}}
        {{Student Support}} team as well
        @[[name:danny.o]]  done – uploaded + [[organisation:Wexcombe University]] {{hardship fund}} aware.
        [[name:Kofi]] would have had no money for {{halls}} 😬 logging as near miss
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", block("""
        THROMBOLYSIS DELAY – TIMELINE
        Patient: [[name:Margaret Ashworth]], [[age:78]], Hosp no [[case_reference:RWH4471823]]
        [[date:Sat 16 March]]
        13:02  {{Pre-alert}} from crew: {{FAST}} positive, {{LKW}} 12:15, R face/arm weakness.
        13:19  Arrived {{ED}} {{resus}}. {{Stroke nurse}} bleep not answered.
        13:31  Stroke nurse ([[name:Lerato]]) arrived – was on the {{HASU}} with another patient, bleep
               battery flat.
        13:40  To {{CT}} – scanner 1 down for planned service, used scanner 2 in main dept, queued behind
               a {{trauma call}}.
        14:06  {{CT head}} + {{CTA}}: no bleed, {{M2 occlusion}}.
        14:18  {{Alteplase}} bolus. {{Door-to-needle}} 59 min (target under 60, ambition 30).
        Learning: a bleep holder with 2 patients should hand the bleep to the {{registrar}}; planned CT
        downtime was not communicated to the stroke team. Reported by [[name:M. Doherty]], {{Stroke CNS}}.
    """)),
    ("health", "near_miss", prose("""
        Near miss – {{alteplase}} dose. At about 21:40 on [[date:2 May 2024]] Mr [[name:Zielinski]]
        ([[age:64]]) came in as a {{FAST}} call to the {{Emergency Department}} at
        [[organisation:Royal Wexcombe Hospital]]. He could not stand, so the weight used was the
        {{paramedic}}'s estimate of 95 kg and I prescribed 85.5 mg (0.9 mg/kg). The {{bolus}} was given.
        Before connecting the {{infusion}}, Staff Nurse [[name:Ngozi Eze]] asked to weigh him on the
        {{trolley scales}} as the {{thrombolysis proforma}} says: 71 kg. The infusion was recalculated to
        the correct total of 63.9 mg before it started; the bolus given was 8.6 mg instead of 6.4 mg. No
        {{haemorrhagic transformation}} on the 24-hour {{CT}}. Learning: weigh before drawing up, every
        time. [[name:Ngozi]]'s challenge was exactly right and I have thanked her.
        Dr [[name:Hamid Rezaei]], {{StR}} Stroke Medicine
    """)),
    ("health", "success", block("""
        ⭐ SHOUT OUT – 17 minute door-to-needle ⭐
        [[date:Tuesday 4 June]], arrived 02:10, needle 02:27. Best ever on nights.
        Thank you to:
        - [[name:Holly]] ({{stroke nurse}}) who met the crew at the door with the {{NIHSS}} already started
        - [[name:Kwabena Asante-Mensah]] ({{radiographer}}) who had the scanner cleared before we reached
          the {{CT}} corridor
        - Dr [[name:Sky Lindgren]], {{stroke registrar}}, decision made on the table
        - the crew from [[organisation:West Vale Ambulance Service]] for a perfect {{pre-alert}}
        Pt ([[name:R.T.]], [[age:52]]) was {{NIHSS}} 14 on arrival, 3 at 24 hrs and walking on
        {{the ward}} today. This is what {{direct to CT}} looks like!
        – [[name:Mags]] ({{Stroke CNS}})
    """)),
    ("health", "incident", prose("""
        bay 3 bed 4 - pt [[name:E.F.]] admitted overnight w/ {{L MCA}} stroke, not for {{thrombolysis}}
        (outside window). {{NBM}} sign on the whiteboard but not above the bed. {{swallow screen}} not done
        yet as {{stroke nurse}} was at a {{FAST}} call. {{HCA}} (agency, 1st shift) gave her tea +
        {{paracetamol}} tabs at 07:15 on [[date:Sat 20th]]. pt coughing + {{wet voice}}, {{sats}} dropped 96
        to 89%. {{NEWS2}} 6, {{outreach}} called, {{CXR}} ?{{aspiration}}, started {{abx}}. daughter
        [[name:Tamsin]] v upset understandably. hosp no [[case_reference:RWH5520917]]. need NBM signs at the
        bedside + agency induction to include stroke NBM rules. reported by [[name:s.kowalczyk]] {{RN}}
    """)),
    ("health", "near_miss", block("""
        NEAR MISS – PATIENT IDENTIFICATION
        Ref: [[case_reference:INC-48213]]   Date: [[date:11/09/2024]]   Area: {{HASU}}, [[organisation:Aneurin Ward]]

        Patient due for repeat {{CT}}: [[name:John Hughes]]  DOB [[date_of_birth:03/02/1951]]  NHS [[nhs_number:846 497 2970]]
        Patient sent:                  [[name:Jon Hughes]]   DOB [[date_of_birth:29/11/1948]]  NHS [[nhs_number:461 825 4378]]

        Both were in side rooms (2 and 4) and both appeared on the {{porter}} list as "Mr [[name:Hughes]] –
        CT". The porter collected from the wrong room. {{Radiographer}} [[name:Pat Oduya]] did the
        {{three-point ID check}} at the scanner door, the DOB did not match his {{wristband}} and the
        patient was returned before any scan or {{contrast}}. Learning: {{name alert}} stickers on both
        notes and the porter request must carry the hospital number, not just a surname.
    """)),
    ("health", "incident", block("""
        INCIDENT FORM
        Patient name: [[name:Dorothy Amankwah]]
        DOB: [[date_of_birth:14 Jan 1939]] (age [[age:85]])
        NHS no: [[nhs_number:857 623 4955]]
        Hospital no: [[case_reference:RWH3309716]]
        Location: [[organisation:Nightingale Ward]] ({{stroke rehab}}), bed 12,
        [[organisation:Royal Wexcombe Hospital]]
        Date/time: [[date:07/07/2024]] 03:20
        Incident: unwitnessed {{fall}}

        Description: Mrs [[name:Amankwah]] was found on the floor beside her bed. Her {{falls risk}}
        assessment was "high" and a {{bed sensor}} was requested on [[date:5 July]] but none were available.
        {{Bay nurse}} on break, one {{HCA}} covering two bays. {{Neuro obs}} stable, {{CT head}} clear (on
        {{aspirin}} and {{clopidogrel}}). Small {{skin tear}} L forearm. Son ([[name:Kofi]]) informed 06:00.
        Reporter: [[name:Maribel Santos]], {{Band 5}} {{RN}}
    """)),
    ("health", "success", block("""
        From: [[name:Aoife Ní Bhriain]] <[[email:aoife.nibhriain@nhs.net]]>
        To: Stroke Unit – all nursing staff
        Date: [[date:30 Sep 2024]]
        Subject: Swallow screens within 4 hours – 96% this quarter!!

        Hi everyone,
        A proper thank you. Since we started the "screen before anything by mouth" bundle,
        {{swallow screen}} within 4 hours of arrival has gone from 71% to 96% on our {{SSNAP}} data and
        there have been no {{aspiration}} incidents linked to oral intake before screening. Special mention
        to [[name:Grace]] and [[name:Tomasz]] on nights, who trained every {{bank}} nurse, and to
        [[name:Rory]] ({{OT}}) for the bedside {{NBM}} signs.

        [[name:Aoife]]
        {{Speech and Language Therapist}} ({{Band 7}})
        [[organisation:Royal Wexcombe Hospital]] {{Stroke Service}}
        [[phone:01632 960552]]
    """)),
    ("health", "near_miss", block("""
        Teams chat – stroke on-call, [[date:14/10/2024]] (pt ref [[case_reference:RWH6120394]])
        [22:51] [[name:Hamid Rezaei]]: CT clear for bed 2 lady, {{NIHSS}} 9, happy to lyse. can you draw up?
        [22:52] [[name:Lerato Mokoena]]: last BP was 198/112 – she's above 185/110 for {{alteplase}}
        [22:52] [[name:Hamid Rezaei]]: ah. I was looking at the {{triage}} BP 176/98
        [22:53] [[name:Lerato Mokoena]]: that was the crew's. repeat at 22:40 on the {{bedside monitor}} is
        198/112
        [22:54] [[name:Hamid Rezaei]]: ok {{labetalol}} 10 mg {{IV}} please, recheck in 10
        [23:09] [[name:Lerato Mokoena]]: 172/96 ✔
        [23:10] [[name:Hamid Rezaei]]: great, go. thanks for catching that [[name:Lerato]] 🙏
        ---
        Logged as near miss: the {{thrombolysis checklist}} BP box was ticked from the {{ePR}} value.
    """)),
    ("health", "incident", block("""
        SBAR handover – [[organisation:Nightingale Ward]] -> {{bed manager}}, [[date:Fri 22 Nov]]
        S: Mr [[name:Ibrahim Haddad]] ([[age:71]]), day 19 post {{R PACS}} stroke, {{medically optimised}}
           since day 8.
        B: Accepted for {{stroke rehab}} at [[organisation:Hartfield Community Hospital]] on [[date:14 Nov]].
           No bed, waiting list position 6.
        A: Lost mobility while waiting – was walking with {{frame}} + 1, now needs {{Rotunda}} + 2. {{PT}}
           only 2x/wk here as we are not a rehab ward. New {{grade 2}} {{pressure ulcer}} sacrum found
           today, {{Waterlow}} 17.
        R: Escalated to {{discharge hub}}. Daughter ([[name:Layla]]) asking about a {{D2A}} bed instead.
           {{Datix}} done ([[case_reference:INC-49077]]) – {{deconditioning}} + pressure damage due to
           delayed transfer.
        [[name:Olumide]] ({{nurse in charge}})
    """)),
    ("health", "near_miss", block("""
        Stroke Thrombolysis Governance Group – minutes, [[date:17 October 2024]]
        Attendees: Dr [[name:Felicity Marsh]] (chair, {{stroke consultant}}), Dr [[name:Hamid Rezaei]],
        [[name:Lerato Mokoena]] ({{CNS}}), [[name:Priya Venkataraman]] ({{ED}} consultant),
        [[name:Bill Strachan]] ({{radiology}}), [[name:Joy Adeleke]] ({{pharmacy}})
        Apologies: [[name:Mags Doherty]], [[name:Tomasz Wrona]]

        2. Near miss [[case_reference:INC-48870]] – {{stroke mimic}}
        A [[age:58-year-old]] man with {{type 1 diabetes}} arrived with {{dysphasia}} and right arm weakness.
        {{Capillary glucose}} was not on the crew handover and was not repeated in {{ED}}. {{Alteplase}}
        had been drawn up when [[name:Joy]] (attending for the pharmacy check) asked for a {{BM}}: 2.1
        mmol/L. {{IV glucose}} given; symptoms resolved in 20 min.
        Actions: glucose becomes a hard stop on the {{thrombolysis checklist}} ([[name:FM]]); teaching at
        the {{ED}} huddle ([[name:PV]]).
    """)),
    ("health", "success", block("""
        DTN audit – thrombolysed patients, this quarter

        Pt   | Hosp no                           | Date            | Arr   | CT    | Needle | DTN
        [[name:RT]]   | [[case_reference:RWH6018842]] | [[date:04/06]] | 02:10 | 02:16 | 02:27  | 17
        [[name:MA]]   | [[case_reference:RWH6022107]] | [[date:19/06]] | 10:44 | 10:52 | 11:19  | 35
        [[name:GRE]]  | [[case_reference:RWH6030551]] | [[date:02/07]] | 16:05 | 16:13 | 16:31  | 26
        [[name:KB]]   | [[case_reference:RWH6041980]] | [[date:28/07]] | 23:30 | 23:41 | 00:12  | 42
        [[name:JH]]   | [[case_reference:RWH6049233]] | [[date:15/08]] | 08:02 | 08:09 | 08:27  | 25

        Median {{DTN}} 26 min (last year 48, {{NICE}} standard 60). All 5 went {{direct to CT}} on the {{ambulance trolley}}, all
        had {{alteplase}} drawn up in {{CT}} and 4/5 were seen by the {{stroke registrar}} at the door.
        Brilliant work everyone. – [[name:Felicity]]
    """)),
    ("health", "near_miss", prose("""
        near miss on {{HASU}} last night ([[date:28/10]]). pt [[name:Gwilym Rhys-Evans]] [[age:81yo]], {{FAST}}
        +ve, said he only takes "an aspirin". {{GP}} summary from [[organisation:Pendle Road Surgery]] not
        in yet. {{alteplase}} was being drawn up. our {{pharmacist}} [[name:Adaeze]] rang his
        {{community pharmacy}} ([[organisation:Carters Chemist]]) who said hes on {{apixaban}} 5mg bd, last
        dose that morning per his {{blister pack}}. NOT lysed, discussed for {{thrombectomy}} instead. wife
        ([[name:Eirlys]]) later confirmed he calls all his tablets "the aspirin" lol. learning - check
        {{SCR}} every time + ask family to bring the packs. big thanks [[name:Adaeze]]
    """)),
    ("health", "success", prose("""
        Learning from excellence. Mrs [[name:Bronwen Tallis]] ([[age:67]]) was admitted on [[date:2 August]]
        with a {{left TACS}} and was predicted to need 3 weeks in a {{rehab bed}}. Our {{OT}}
        [[name:Faith Mwangi]] and {{physiotherapist}} [[name:Rory Blaine]] did a joint {{access visit}} to her
        bungalow at [[address:5 Kiln Lane, Ashcombe]] [[postcode:HB9 4LE]] on day 4, arranged a {{perching
        stool}} and {{rails}} through {{community equipment}} the same afternoon, and referred her to the
        {{Early Supported Discharge}} team. She went home on day 6 with {{ESD}} visiting daily. Her
        {{Barthel}} went from 11 to 18 in four weeks at home, and a {{rehab bed}} was freed for someone who
        needed it. Her husband said "she was always going to do better in her own kitchen". Nominated by
        [[name:Mags Doherty]], {{Stroke CNS}}.
    """)),
    ("health", "incident", block("""
        Delayed transfer for {{thrombectomy}} – [[date:Sun 10 Nov 2024]]
        Pt: [[name:Keisha Blackwood]], [[age:46]], NHS [[nhs_number:839 663 1867]]
        15:05  {{CTA}}: {{basilar}} occlusion. Accepted by [[organisation:Northgate Neuroscience Centre]] 15:20.
        15:22  {{inter-facility transfer}} requested, {{Category 2}}.
        16:10  No crew allocated. Escalated to the {{HALO}}.
        16:45  Crew arrived. Vehicle [[vehicle_registration:WX21 KFD]] – {{oxygen}} cylinder found empty on
               check, replaced from {{ED}} stock.
        17:02  Departed with {{ICU}} nurse escort.
        17:58  Arrived [[organisation:Northgate]]. {{Groin puncture}} 18:20, 3 hrs after acceptance.
        Outcome: {{mRS}} 4 at day 7. Learning: {{thrombectomy}} transfers should be treated as
        {{time-critical}}, and we have asked for a direct line to the {{EOC}}.
        Reporter: Dr [[name:Sky Lindgren]]
    """)),
    ("health", "near_miss", block("""
        handover note – [[organisation:Aneurin Ward]], nights [[date:3 Dec]]
        - bed 7 Mrs [[name:Nakamura]]: {{NG tube}} pulled out 19:30, replaced by {{F1}} 21:00. aspirate
          {{pH}} 6.5 so NOT ok to use -> {{CXR}} requested.
        - {{feed pump}} was set up + nearly started at 22:15 by [[name:Dylan]] (bank) because the sheet
          still said "NG confirmed – ok to feed" from the OLD tube. [[name:Blessing]] ({{NIC}}) stopped it.
        - CXR 23:40: tip in R main bronchus!! tube removed, {{SLT}} aware, re-pass in am.
        - near miss logged [[case_reference:INC-49512]]. sheet now has date/time of confirmation.
        - {{NBM}}, {{IV fluids}} running. family ([[name:Hiro]], son) updated by phone.
    """)),
    ("health", "success", block("""
        Card received on the ward [[date:19/12/2024]] – shared with permission

        To everyone on [[organisation:Nightingale Ward]] and the {{stroke team}},
        {{Dad}} ([[name:Alan]]) came in by ambulance unable to speak or move his right side. Six weeks later
        he walked out to the car and told the {{physio}} a terrible joke. Thank you Dr [[name:Okoro]] for
        explaining everything twice, [[name:Faith]] and [[name:Rory]] for never giving up on his arm,
        [[name:Aoife]] for getting him back on proper food, and [[name:Bunmi]] on nights who sat with
        [[name:Alan]] when he was frightened. You made the worst month of our lives bearable.
        Love [[name:Sharon]], [[name:Dean]] & the grandkids x
    """)),
    ("health", "incident", block("""
        From: [[name:Dawn Fairweather]] <[[email:switchboard.rwh@nhs.net]]>
        To: Stroke Unit {{Matron}}; {{ED}} {{Nurse in Charge}}
        Date: [[date:Thursday 7 November 2024]]
        Subject: Stroke bleep re-numbering – missed pre-alerts ([[case_reference:INC-49230]])

        Dear colleagues,
        During the {{bleep system}} upgrade on [[date:Wednesday 6 November]] the stroke bleep was moved
        to a new number. The {{ED}} {{stroke alert}} list was not updated, so two {{FAST}} pre-alerts
        between 19:10 and 19:57 went to an unallocated bleep. The stroke nurse only found out when the
        second patient was already in {{CT}}. One patient's {{door-to-needle}} was 74 minutes. We have
        now updated the list and added a test call to the change checklist. I apologise for our part in
        this.

        [[name:Dawn Fairweather]]
        {{Switchboard Supervisor}}, [[organisation:Royal Wexcombe Hospital]]
        [[phone:01632 960100]]
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        On [[date:12 August 2024]] {{ATR 72-600}} [[aircraft_registration:G-WMXC]] operated
        [[flight_number:WM231]] and [[flight_number:WM232]] with an {{ADD}} ([[case_reference:ADD-24-0917]])
        for an inoperative {{No.2 pack}} {{temperature controller}} that had expired at 23:59 the night
        before. The {{MEL}} item is {{Category C}} (10 days) and the ADD was raised on a {{continuation
        sheet}} that had been filed behind the current {{tech log}} page. The night-stop {{B1}} engineer,
        [[name:Callum Reid]], reviewed the open items on the front sheet only and did not see it. The
        crew did not notice either. It was found by [[name:Ewa Sobczak]] in {{Technical Records}} the
        next morning when the pages were scanned. The aircraft was grounded at
        [[organisation:Corran Bay Airport]] until the controller was changed and a {{CRS}} issued. An
        {{MOR}} has been raised with the {{CAA}} (our ref [[case_reference:OR-2024-118]]).
    """)),
    ("aviation", "near_miss", prose("""
        nightstop [[aircraft_registration:G-WMXA]] - did the {{No.1 engine}} {{chip detector}} check + oil
        replen. end of shift {{tool board}} check 05:10 - {{torque wrench}} missing. went back out, found it
        in the {{nacelle}} sitting on the lower cowl lip. first flight [[flight_number:WM101]] 06:35 would
        have gone with it. me and [[name:dev]] both thought the other had done the {{shadow board}}. cowls
        were closed by [[name:dev]] b4 the check which shouldnt happen. {{FOD}} risk massive on a
        {{PW127}}. suggest cowls stay open til {{tool control}} signed on the {{work pack}}. – [[name:tk]]
        ({{B1}}, nights)
    """)),
    ("aviation", "success", block("""
        👏 Night shift shout-out – [[date:Thurs 3rd Oct]]
        [[name:Ryszard]], [[name:Sunny Gill]], [[name:Faith]] and {{apprentice}} [[name:Jordan]] changed the
        No.2 {{propeller}} on [[aircraft_registration:G-WMXE]] after a {{bird strike}} found blade damage
        beyond {{AMM}} limits. The spare prop came up from [[organisation:Castleton Propeller Services]]
        on the last road slot, the team had the old one off before it arrived, and the
        {{duplicate inspection}} was signed at 05:40. [[aircraft_registration:G-WMXE]] made the 07:10
        [[flight_number:WM305]] on time and {{Ops Control}} didn't have to sub an aircraft.
        Special mention to [[name:Jordan]] for spotting the missing {{lock wire}} on the spinner bulkhead
        during the {{independent inspection}} walk-round.
        – [[name:Gareth]] ({{Station Engineer}})
    """)),
    ("aviation", "near_miss", block("""
        RT transcript ({{ATC}} recording), [[organisation:Corran Bay Airport]], [[date:23/01/2024]] 22:48
        TUG 2:  Ground, Tug Two, tow {{ATR}} [[aircraft_registration:G-WMXB]] stand 4 to the {{hangar}},
                request cross {{Taxiway Bravo}}.
        GND:    Tug Two, hold short of Bravo, {{Dash 8}} taxiing behind for runway 26.
        TUG 2:  Hold short Bravo, Tug Two.
        GND:    Tug Two STOP, STOP, you're passing the {{holding point}}.
        TUG 2:  Stopping, Tug Two.
        GND:    Tug Two, the Dash 8 has stopped, cross Bravo now, report vacated.

        Engineer's note: the {{brake rider}} ([[name:Ifeanyi Obi]]) read back "hold short" but the tug
        driver ([[name:Neil]]) had no headset, only the {{handheld}} on the dashboard, and read the
        brake rider's thumbs-up as clearance. Nobody hurt, no contact. We now use {{intercom}} headsets
        for all tows across an active taxiway. Ref [[case_reference:LMS-0123-04]].
    """)),
    ("aviation", "incident", block("""
        From: [[name:Siobhán Keane]] <[[email:s.keane@westmoor-air.co.uk]]>
        To: {{Stores}}; {{MCC}}
        Date: [[date:Sat 9 March 2024]] 07:52
        Subject: {{AOG}} [[aircraft_registration:G-WMXD]] – wrong {{starter generator}} delivered

        Morning all,
        The unit that came in overnight with [[organisation:Swiftline Couriers]] (van
        [[vehicle_registration:LK72 HVB]], driver wouldn't wait for inspection) is the {{Dash 8}} part, not
        the {{ATR}} one. Same manufacturer, the dash number differs by one digit and the {{goods-in}}
        check was done against the order, not the {{IPC}}. We only found it when [[name:Bartek]] went to
        fit it at 04:30. [[flight_number:WM410]] and [[flight_number:WM411]] are cancelled, and
        [[aircraft_registration:G-WMXD]] stays {{U/S}} until the right unit arrives this afternoon.
        {{Quarantine}} tag is on the wrong unit in the bonded store.

        Thanks,
        [[name:Siobhán]]
        {{Shift Supervisor}} – Line Maintenance, [[organisation:Westmoor Airways]]
        [[phone:07700 900648]]
    """)),
    ("aviation", "incident", block("""
        SHIFT HANDOVER – Line Stn – nights -> days – [[date:15/02]]
        A/C      Stand  Status  Open items
        [[aircraft_registration:G-WMXA]]   3      S/S     nil
        [[aircraft_registration:G-WMXC]]   5      S/S     {{ADD}} cabin {{PA}} spkr row 12 ({{cat D}})
        [[aircraft_registration:G-WMXF]]   H1     S/S     {{daily check}} done 03:10
        Signed off: [[name:A. Okonkwo]] (nights) / [[name:L. Ferreira]] (days)

        INCIDENT NOTE (added by days): [[aircraft_registration:G-WMXF]] flew [[flight_number:WM120]] and
        came back with a {{hydraulic}} leak from the #3 {{brake unit}}. Night shift had noted a weep at
        02:50 (in [[name:Okonkwo]]'s notebook) and meant to check it on the {{daily}}, but it never went on
        the sheet or in the {{tech log}}. Brake unit changed, aircraft back in service 14:20. Handover sheet
        now has a "watch items" box.
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp – "Line Engs nights" group, [[date:05/11/2024]]
        [[name:Gaz]]: 18:40 {{wx radar}} on [[aircraft_registration:G-WMXB]] failed the test. deferring under
        {{MEL}} 34-41, crew happy
        [[name:Ryszard N]]: 18:42 did u check the (O) procedure? it's not allowed with known or forecast
        {{CBs}} on the route
        [[name:Gaz]]: 18:43 crew said its fine
        [[name:Ryszard N]]: 18:44 {{TAF}} for destination has {{TEMPO TSRA}}. thats a no mate
        [[name:Mark]]: 18:47 {{MCC}} here – [[name:Ryszard]]'s right, the {{captain}} can't accept it. swap
        to [[aircraft_registration:G-WMXD]] for [[flight_number:WM318]], fix the radar on the
        {{night stop}}
        [[name:Gaz]]: 18:48 👍 sorry, read the (M) bit and not the (O). {{ADD}} cancelled
        ---
        Filed as near miss by [[name:Mark Thorogood]] ({{MCC Controller}})
    """)),
    ("aviation", "incident", block("""
        GROUND DAMAGE REPORT
        Date: [[date:19/07/2024]]   Time: 14:35   Location: stand 6, {{ramp}}
        Aircraft: {{ATR 72-600}} [[aircraft_registration:G-WMXC]]   Flight: [[flight_number:WM227]]
        Vehicle: {{GPU}} tow tractor [[vehicle_registration:KX15 ZRT]]
        Operator: [[organisation:Skyport Handling Ltd]]
        Reporter: [[name:Hannah-Mae Corcoran]], {{B1}} engineer

        What happened: during the turnaround the {{GPU}} was being repositioned and the tractor's rear
        step struck the No.1 propeller blade tip. The {{prop}} was {{feathered}} and stationary, engines
        shut down. The driver was on his first week and there was no {{wing walker}}. Blade has a 6 mm
        nick on the leading edge; beyond {{AMM}} blend limits. Aircraft {{AOG}},
        [[flight_number:WM227]] cancelled, handling agent informed, {{MOR}} raised.
    """)),
    ("aviation", "near_miss", prose("""
        During the {{A-check}} on the {{night stop}} of [[date:28 February]] I was topping up the {{engine
        oil}} on [[aircraft_registration:G-WMXF]]. I took a tin from the back of the line van
        ([[vehicle_registration:FN68 WCU]]) and had the cap off when [[name:Mariusz Dąbrowski]], who was
        doing the {{duplicate}}, asked to see the tin. It was {{hydraulic fluid}}. The two products are in
        similar-sized tins, same colour label, and had been mixed up in the same crate when {{Stores}}
        restocked the van. Nothing went into the tank. I have separated the crates and {{Stores}} are
        going to put hydraulic fluid in a locked red box. Please everyone read the label, not the shape of
        the tin. [[name:Joe Whitlock]], {{B1}} {{LAE}}
    """)),
    ("aviation", "success", block("""
        #line-station (Slack) – [[date:Mon 14 Oct]]
        @[[name:gareth.p]]: shout out to @[[name:amber.k]] (2nd yr {{apprentice}}) – on the {{walk-round}}
        of [[aircraft_registration:G-WMXA]] she spotted a crack in the {{MLG}} {{torque link}} bracket on
        the left side. tiny, under the dirt. {{NDT}} confirmed it, {{Part-145}} report sent to the
        {{TC holder}}.
        @[[name:ryszard.n]]: 👏 i walked past that 3 nights running
        @[[name:amber.k]]: thanks 😊 [[name:Grace]] showed me to use the torch at a low angle
        @[[name:gareth.p]]: aircraft off the 06:40 [[flight_number:WM103]], sub from
        [[organisation:Westmoor Airways]] {{Ops}}. [[name:Amber]] gets the {{Good Catch}} award this month
    """)),
    ("aviation", "success", block("""
        Station Safety Action Group – minutes
        Date: [[date:21 November 2024]], {{crew room}}
        Present: [[name:Gareth Price]] ({{Station Engineer}}, chair), [[name:Siobhán Keane]], [[name:Mark Thorogood]] ({{MCC}}),
        [[name:Hannah-Mae Corcoran]], [[name:Deepak Raghunathan]] ({{Quality}})
        Apologies: [[name:Ryszard Nowicki]], [[name:Faith Osei]]

        1. Fatigue: the 4-nights-on roster trial ended last month. Errors found at
        {{independent inspection}} fell from 9 to 3 per month and no {{tech log}} errors were raised by
        {{Technical Records}}. [[name:Deepak]] to send the data to {{Quality}}.
        2. {{Tool control}}: cowl-closure rule adopted since the torque wrench near miss. Zero tool
        discrepancies this month.
        3. AOB: new {{intercom}} headsets for tows in use.
        Next meeting [[date:19 December]].
    """)),
    ("aviation", "success", block("""
        OPEN {{ADD}} LIST – [[organisation:Corran Bay Line Station]], status at [[date:30/04/2024]]
        Ref                            Reg                                   Item                     Cat  Raised                Status
        [[case_reference:ADD-24-0388]]  [[aircraft_registration:G-WMXA]]  cabin reading light 3C   D    [[date:02/04]]  CLEARED
        [[case_reference:ADD-24-0402]]  [[aircraft_registration:G-WMXB]]  {{APU}} gen caution lt   C    [[date:09/04]]  CLEARED
        [[case_reference:ADD-24-0415]]  [[aircraft_registration:G-WMXD]]  aft {{lav}} tap          D    [[date:15/04]]  CLEARED
        [[case_reference:ADD-24-0421]]  [[aircraft_registration:G-WMXE]]  No.1 {{HF}} radio        C    [[date:18/04]]  CLEARED

        Zero open {{ADDs}} on the station for the first time since the {{base}} opened, ahead of the {{CAA}}
        audit. Well done all – especially [[name:Pat]] in {{Stores}} for chasing the HF radio exchange
        unit. – [[name:Siobhán]]
    """)),
    ("aviation", "incident", block("""
        Chronology – main wheel change, [[aircraft_registration:G-WMXB]], [[date:Tues 26 March]]
        21:05  {{Tech log}} entry: No.2 {{MLG}} tyre worn to limits. Wheel change started on stand 2 (no
               hangar space).
        21:20  {{Axle jack}} positioned. Wind 22 kt gusting 34 kt from the west.
        21:35  Aircraft raised. [[name:Kieran]] and [[name:Bartek Zając]] working, no-one on the {{headset}}.
        21:41  Gust; aircraft weathervaned slightly, jack tilted and dropped off the axle pad. Axle about
               5 cm onto the worn tyre. No injuries.
        21:50  Work stopped, {{Station Engineer}} informed. Aircraft towed into the {{hangar}} by 23:10 once
               [[aircraft_registration:G-WMXE]] was moved out.
        Findings: the {{AMM}} wind limit for jacking had been exceeded; the {{wind limits}} card was not
        in the van. Axle {{NDT}} clear. Report [[case_reference:LMS-0324-11]].
    """)),
    ("aviation", "near_miss", prose("""
        On the evening of [[date:8 January]] I nearly signed the {{CRS}} for a {{Dash 8 Q400}} that we
        handle under contract for [[organisation:Highfield Island Air]]. I hold {{B1}} on the {{ATR}} only.
        The aircraft ([[aircraft_registration:G-HIAK]]) had a simple {{nav light}} change and the
        {{work pack}} had my name pre-printed because the planner had put me on the shift for both
        operators. I had the pen on the page when [[name:Chidi]] asked whose authorisation stamp I was
        using. Nobody else on shift held a Q400 authorisation, so the aircraft stayed on the ground until
        [[name:Lars Henriksen]] came in from home at 23:00 to certify. Planning now checks
        {{authorisations}} against the {{company approval}} list, not the {{licence}} category.
        {{Licensed engineer}}, [[name:Jordan Ama-Kwakye]]
    """)),
    ("aviation", "success", block("""
        From: Ops Control <[[email:opscontrol@westmoor-air.co.uk]]>
        To: [[organisation:Corran Bay Line Maintenance]]
        Date: [[date:Sunday 15 December 2024]]
        Subject: Thank you – last night

        Hi team,
        Huge thanks from all of us in {{Ops Control}}. With [[aircraft_registration:G-WMXC]] stuck
        {{outstation}} with a {{de-ice}} boot defect, [[name:Siobhán]]'s crew turned [[aircraft_registration:G-WMXF]]
        around from a {{daily check}} into a spare in under an hour, so [[flight_number:WM544]] and the
        first wave tomorrow went on time. [[name:Bill]] also flew out on the {{positioning sector}} to fix
        the {{de-ice}} boot, which the {{captain}} said saved them a second night in a hotel.

        Cheers,
        [[name:Noor]] ({{Duty Ops Manager}})
    """)),
    ("aviation", "near_miss", block("""
        RT transcript – engine {{ground run}}, [[date:04/04/2024]] 23:15
        ENG:  Ground, Engineering run-up, [[aircraft_registration:G-WMXE]] on the {{run-up bay}},
              request start No.1 engine, {{high power}} run.
        GND:  Engineering, start approved, high power approved, report complete.
        ENG:  Starting No.1, Engineering.
        FIRE: Ground, {{Fire 2}}, there's a {{fuel bowser}} heading towards the run-up bay from the
              {{perimeter road}}.
        GND:  Engineering, hold your run, vehicle approaching behind you.
        ENG:  Holding at {{ground idle}}, Engineering.

        Note: the bowser driver had been sent to refuel another aircraft parked on the wrong stand and took
        the perimeter road behind the bay. He had no radio. The cones for the {{jet blast}} area were not
        out. [[name:Will Baptiste]] ({{run-up}} qualified) / [[name:Ola]] ({{B1}} in RHS).
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind255", REPORTS))
