"""Held-out blind corpus 311: UK incident, near-miss and success ("learning") reports.

Fifty reports written blind (without sight of the de-identifier or any other corpus) as
front-line practitioners type them into a confidential reporting system:

* social_care (17): an adoption support agency - letterbox contact, support plans, therapy
  providers, duty, allowances, intermediary work.
* health (17): an orthopaedic trauma ward - falls, VTE, transfusion, consent and site
  marking, CD counts, delirium, compartment syndrome.
* aviation (16): a coastguard search and rescue helicopter - winching, RT, lasers, drones,
  fuel, NVG, landing sites.

Styles are deliberately mixed: rushed lower-case notes with typos and txt-speak, formal
narratives, timed chronologies, forms with Name/DOB/Ref/Address fields, e-mails with headers
and signatures, chat exports (Teams, WhatsApp, Slack), handover notes, minutes with
attendance and apologies, pipe tables, RT transcripts, shout-outs and thank-you notes.

Every person, organisation, place and number is invented. Identifiers are marked
``[[label:value]]`` and must-not-redact mentions ``{{term}}`` (see markup.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind311.jsonl"

SOCIAL_CARE = [
    # 1 rushed lower-case note
    ("social_care", "incident", prose("""
        quick one sorry been manic. letterbox letter from adopters ([[name:dami]] & [[name:kez]])
        went out to {{birth mum}} {{tues}} w/o the {{redaction check}} - it had the name of the new
        school [[organisation:st brigid's primary]] in the 2nd para AND a photo w/ the school
        jumper logo visible. {{birth mum}} [[name:shannon]] rang the office [[date:wed 9th]] to say
        thx for the pic + mentioned the school by name which is how we clocked it. told my
        {{TM}} ([[name:gav]]) straight away. {{letterbox coordinator}} was off sick so i did the
        check myself + missed it. adopters informed, v upset understandably. {{safety plan}}
        being updated, {{DSL}} at school told. child is [[age:6]] so not aware. think we need a 2
        person check on every letter not just when the {{coordinator}} is in.
        ref [[case_reference:LB-0447]]
    """)),
    # 2 thank-you e-mail
    ("social_care", "success", block("""
        From: [[name:Marisol Quintero]] <[[email:m.quintero@kestreladoption.org.uk]]>
        To: {{Therapeutic Support Team}}
        Sent: [[date:14 November 2023]] 16:02
        Subject: Thank you - great piece of work

        Hi all,

        I just wanted to flag some brilliant practice. [[name:Hope]] has been working with the
        [[name:Adeyemi]] family since the {{spring}}, when things were close to {{disruption}}. Their
        son [[name:TJ]] ([[age:11]]) was on a {{part-time timetable}} at [[organisation:Larkhill Academy]]
        and dad was ringing the {{duty line}} most days.

        [[name:Hope]] pulled together a {{DDP}}-informed plan, got the {{Adoption Support Fund}}
        application through in record time, and sat in on the meeting with the {{SENCO}} and the
        {{virtual school}}. At the review on [[date:9 Nov]], Mr [[name:Adeyemi]] said it was "the
        first time anyone has actually listened". [[name:TJ]] is back full time.

        Thanks [[name:Hope]] - this is what good looks like. I hope the rest of the team reads this.

        Best,
        [[name:Marisol]]
        [[name:Marisol Quintero]] | {{Service Manager}}, [[organisation:Kestrel Adoption Support]]
        [[phone:0161 496 0385]]
    """)),
    # 3 form
    ("social_care", "near_miss", block("""
        NEAR MISS FORM - [[organisation:Kestrel Adoption Support]]
        Ref: [[case_reference:NM/23/118]]
        Child name: [[name:Kacper Wiśniewski-Hart]]
        DOB: [[date_of_birth:02/07/2015]]
        Address: [[address:7 Ferncliffe Mews, Holbury]] [[postcode:HB4 7QD]]
        Adopters: [[name:Ewa]] and [[name:Daniel Hart]]
        Worker completing: [[name:S. Okafor]]
        Date of event: [[date:21/03/24]]

        What happened: Preparing the {{Adoption Support Fund}} renewal I nearly uploaded the
        {{CPR}} with the {{birth family}}'s current address unredacted to the portal for the {{therapy provider}}
        [[organisation:Bramblewood Therapies Ltd]]. Noticed at the final screen
        because the file name had FULL in it. Pulled it and used the redacted version from the
        {{adoption file}}.

        Contributing factors: two versions saved in the same folder with near identical names;
        {{Friday}} afternoon; no {{IT}} flag on unredacted documents.

        Action: asked {{business support}} to move unredacted {{CPRs}} into a restricted folder.
        Discussed at {{team meeting}}.
    """)),
    # 4 chronology
    ("social_care", "incident", block("""
        Chronology - [[name:Leilani Price]] ([[age:15]]) - [[date:Sat 3 Feb]]
        Compiled by [[name:R. Castellanos]], {{duty worker}}

        17:55 [[name:Leilani]] leaves home saying she's going to [[name:Aimee]]'s. {{Mum}} ([[name:Faith]]) not worried.
        18:40 [[name:Faith]] finds messages on the family iPad from an account claiming to be
              birth brother "[[name:Jayden]]", arranging to meet on [[address:Market Street, Holbury]].
        18:52 [[name:Faith]] calls {{EDT}}; advised to ring {{999}} and report her {{missing}}.
        19:05 Police log [[case_reference:0419-030224]].
        20:15 [[name:Leilani]] found by police with birth brother ([[age:19]]) at the bus station,
              brought home. No injuries. Says they'd been messaging for 3 wks.
        21:00 {{Strategy discussion}} agreed for {{Monday}}; {{MASH}} notified.

        Learning: {{contact plan}} didn't cover social media; adopters hadn't had the
        {{online safety}} session offered at approval.
    """)),
    # 5 Teams chat
    ("social_care", "near_miss", block("""
        Teams chat export - adoption-support-duty - [[date:12/06/2024]]
        [09:41] [[name:Tomasz Zieliński]]: morning. has anyone sent the {{support plan}} for {{panel}} on thurs?
        [09:43] [[name:Ama Boateng]]: yes sent it last night to Dr [[name:Mensah]]
        [09:44] [[name:Tomasz Zieliński]]: which version? the one on the {{shared drive}} has the {{SGO}} assessment for another family in the appendix 😬
        [09:46] [[name:Ama Boateng]]: omg. checking
        [09:51] [[name:Ama Boateng]]: ok phew it was the right one. the wrong one is "[[case_reference:ASP-2291]] v3 FINAL"
        [09:52] [[name:Tomasz Zieliński]]: can we delete that pls, it's not even ours, it's the [[organisation:Wendham County Council]] {{kinship}} team's
        [09:55] [[name:Sunny Dhaliwal]]: deleted. will log as a {{near miss}}, ta both. {{IG}} lead cc'd
        [09:56] [[name:Ama Boateng]]: 👍 {{sunny}} wk in here today lol
        [09:57] [[name:Sunny Dhaliwal]]: 😂 {{Team Leader}} privileges
    """)),
    # 6 minutes
    ("social_care", "success", block("""
        Minutes - Adoption Support {{Practice Learning Forum}}
        Date: [[date:18 April 2024]]
        Present: [[name:Grace Adeleke]] (chair), [[name:Will Thornton]], [[name:Bogdan Ilie]],
        [[name:Niamh O'Sullivan]], [[name:P.R.]] (minutes)
        Apologies: [[name:Mark]] ({{IRO}} liaison), [[name:Joy Mbeki]]

        Item 2 - Good practice: {{life story work}}
        [[name:Will]] presented the life story book he co-produced with the [[name:Karimi]]
        siblings ([[age:aged 8]] and [[age:10]]). He used {{Theraplay}}-informed sessions and
        involved their former {{foster carer}}, who supplied photos of the {{first Christmas}}.
        The {{adopters}} said the children now ask to read it at {{bedtime}}. [[name:Grace]] noted this
        met the {{Adoption National Minimum Standards}} expectation that life story work is
        shared in an age-appropriate way.

        Item 3 - [[name:Niamh]] asked whether the template could be shared with the
        {{Regional Adoption Agency}}. Agreed, with names removed.

        Actions: [[name:Will]] to anonymise template by [[date:2 May]]. [[name:P.R.]] to circulate.
    """)),
    # 7 formal narrative
    ("social_care", "incident", prose("""
        On [[date:Tuesday 16 January 2024]] at approximately {{14:30}} I parked my car, a grey
        {{Skoda Octavia}} ([[vehicle_registration:WN19 KXT]]), at
        [[address:Ridgeway Leisure Centre, Mill Lane, Holbury]] while I attended a
        {{support group}} session for adoptive parents. When I returned at {{16:10}} the rear
        passenger window had been smashed and my work bag taken. The bag contained my encrypted
        laptop, a paper diary and a printed {{adoption support plan}} for a family I am working
        with (child's first name and the adopters' surname visible, no address). I reported the
        theft to police, crime reference [[case_reference:CR/44871/24]], and phoned our
        {{Information Governance}} lead, [[name:Beatriz Okoro-Lindqvist]], the same afternoon.
        The laptop was remotely wiped by [[organisation:Kestrel Adoption Support]] {{IT}} at
        {{17:05}}. The family were informed by my manager. I accept that the printed plan should
        not have been in the car; I had printed it because the venue has no {{Wi-Fi}}. I have
        been reminded of the {{clear desk}} and {{data protection}} policy and will use the
        {{secure app}} offline mode in future.
    """)),
    # 8 handover note
    ("social_care", "near_miss", block("""
        DUTY HANDOVER - [[date:Thurs 7/3]] pm -> {{on-call}}
        From: [[name:Chidi]]  To: [[name:Rhiannon]]

        1. Call 15:20 from a woman saying she was {{adoptive mum}} "Mrs [[name:Farrell]]", asking us to
        confirm the new surname + school of her son as she'd "lost the paperwork". Number withheld.
        I nearly read it out from the {{CMS}} before she said "he used to be [[name:Kyle Brennan]]" -
        adopters would never use the {{birth name}} like that. Ended call, confirmed nothing.
        Checked: real Mrs [[name:Farrell]] is on {{holiday}}, confirmed by text on the number we hold
        ([[phone:07700 900218]]). -> possible birth family tracing. Logged [[case_reference:NM/24/031]].
        Told {{TM}} and {{DSL}}. Adopters want a call tmrw, pls ring after 10.
        2. [[name:Zainab]]'s {{ASF}} form still waiting on {{CAMHS}} letter - nothing tonight.
        3. {{Panel}} papers for [[date:14 March]] in tray.
        Thx, [[name:Chidi]]
    """)),
    # 9 WhatsApp
    ("social_care", "success", block("""
        WhatsApp - Kestrel Support Group Leads (exported)
        [[date:22/09/2023]], 21:14 - [[name:Ffion Rhys-Jenkins]]: Just wanted to say a massive thank you to [[name:Bill]] for tonight 🙏
        [[date:22/09/2023]], 21:15 - [[name:Ffion Rhys-Jenkins]]: for those not there - one of our {{dads}} got really distressed in the {{Q&A}} about his daughter's {{exclusion}}, [[name:Bill]] took him out to the corridor, sat with him, and by the end he'd agreed to a {{peer mentor}} + a call from {{duty}} tmrw
        [[date:22/09/2023]], 21:17 - [[name:Bill Osei]]: ah thanks [[name:Ffi]] 😊 just glad he came back in for the end
        [[date:22/09/2023]], 21:20 - [[name:Eleni Pavlou]]: lovely. [[name:Bill]] can you pop a quick note on the {{CMS}} so {{duty}} have context? no names in this chat pls folks 😉
        [[date:22/09/2023]], 21:22 - [[name:Bill Osei]]: done ✅ also flagged to the {{virtual school}} {{designated teacher}} w/ dad's consent
        [[date:23/09/2023]], 08:02 - [[name:Ffion Rhys-Jenkins]]: 👏👏
    """)),
    # 10 e-mail, misdirected
    ("social_care", "incident", block("""
        Subject: RE: incident - misdirected email
        To: [[name:Yasmin Haddou]] ({{Practice Manager}})

        Hi [[name:Yasmin]],
        As discussed, writing this up. On [[date:Mon 29 April]] at 11:52 I sent the {{Theraplay}}
        progress summary for [[name:Pat Delaney]] ([[email:patdelaney71@btinternet.com]]) but
        {{Outlook}} auto-filled [[email:p.greaves1958@outlook.com]] - Ms [[name:Greaves]] is a
        {{birth grandmother}} in a completely separate {{letterbox}} case. I realised at 12:10 when she
        replied "I think this isn't for me". {{Recall}} failed. I phoned Ms [[name:Greaves]] on
        [[phone:01632 960447]]; she has deleted it and confirmed by email.
        The summary included [[name:Pat Delaney]]'s son's first name and the name of his school
        but no address. [[name:Pat]] and [[name:Colm Delaney]] have been told and were gracious
        about it. Logged as [[case_reference:IG-2024-0193]]. {{ICO}} threshold not met per {{DPO}}.
        I've cleared my autocomplete list.

        Regards
        [[name:Patrick]]
        --
        [[name:Patrick Nwachukwu]]
        {{Adoption Support Social Worker}} | [[organisation:Kestrel Adoption Support]]
    """)),
    # 11 table
    ("social_care", "near_miss", block("""
        Consent audit - {{adoption support}} files - {{Q2}}
        Auditor: [[name:Xin Yi Tan]]   Date: [[date:05/07/2024]]

        Case ref | Child | {{Consent to share}} | Signed by | Issue
        [[case_reference:KAS-1187]] | [[name:Ruby]] | Yes | [[name:M. Kowalczyk]] | none
        [[case_reference:KAS-1203]] | [[name:Ozzie]] | Yes | [[name:J. Ferreira]] | signed by {{birth parent}} not {{adopter}}!!
        [[case_reference:KAS-1210]] | [[name:Precious]] | No | - | referral already sent to {{provider}}
        [[case_reference:KAS-1222]] | [[name:Alfie-Jay]] | Yes | [[name:Deepa Raman]] | out of date (>12m)

        Two near misses ([[case_reference:KAS-1203]], [[case_reference:KAS-1210]]): the provider
        ([[organisation:Bramblewood Therapies Ltd]]) had not started sessions, so no information
        was shared. {{Business support}} now checks the signatory against the {{adoption order}}
        before any {{ASF}} referral goes out. Flagged to {{IG}}.
    """)),
    # 12 kudos card
    ("social_care", "success", prose("""
        KUDOS CARD ⭐ To: [[name:Amber]] From: [[name:Kwame A.]] (and the whole {{duty}} team).
        For: staying calm on the phone for nearly 2 hrs on [[date:Friday 10th]] with a
        [[age:16yo]] adopted young person who rang the {{advice line}} saying she had taken
        {{tablets}}. You kept her talking while [[name:Kwame]] got an {{ambulance}} out on the other
        line, stayed on until the {{paramedics}} arrived, then rang the adopters and the
        {{CAMHS crisis team}} and wrote it all up before you went home. You were amazing
        [[name:Amber]]. Proper {{Signs of Safety}} stuff too - you got her to name her own
        {{safety network}}. She's home now and asked for "the lady with the nice voice" at her
        {{review}}. 💛
    """)),
    # 13 rushed txt
    ("social_care", "incident", prose("""
        ok so logging this myself b4 anyone else does lol. left my notebook in
        [[organisation:Costa]] on [[address:Bridge St, Holbury]] after a {{visit}} yday
        ([[date:3/10]]). it had notes from the {{home visit}} w/ the [[name:Mehmet]] &
        [[name:Leyla Yıldız]] fam incl kids names + [[name:Leyla]]'s mobile [[phone:07700 900561]].
        realised at abt {{6pm}}, rang [[organisation:costa]], {{barista}} ([[name:sam]]) found it behind
        the counter + kept it for me. picked up {{this morning}}, nothing looks missing but cant be
        100%. told {{line manager}} + {{IG}}. ref [[case_reference:IG-2023-0877]]. i know i know...
        should have been in my bag. {{lone working}} + rushing between visits, no excuse. gonna use
        the {{tablet}} only from now on
    """)),
    # 14 formal near miss
    ("social_care", "near_miss", prose("""
        Near miss: medical information nearly shared for the wrong child. On [[date:2 May 2024]] I
        was preparing a request to the {{Medical Adviser}}, Dr [[name:Anjali Venkataraman]], for an
        updated {{health summary}} for [[name:Isaac Moreau]] (DOB [[date_of_birth:11/08/2017]]) ahead
        of an {{Adoption Support Fund}} application for {{sensory integration}} therapy. When I
        searched the {{case management system}} I selected [[name:Isaac Morrow]] (DOB
        [[date_of_birth:11/03/2017]]), a child open to the {{post-order team}} at
        [[organisation:Adopt Northvale]]. I had attached his {{paediatric}} report before the system
        flagged that the record was held by another team. I stopped the request and nothing left
        the building. Contributing factors: near identical names and dates of birth, a search that
        returns records from both agencies, and me rushing before {{annual leave}}. Suggested fix:
        show the child's {{local authority}} in the search results. My manager [[name:Dawn]] has
        raised this with the system supplier.
    """)),
    # 15 incident review minutes
    ("social_care", "incident", block("""
        Incident review - minutes
        Date: [[date:27 Feb 2024]]   Venue: {{Teams}}
        Present: [[name:Rose Halloran]] ({{Head of Service}}), [[name:Dmitri Volkov]] ({{senior practitioner}}),
        [[name:Aoife]] ({{therapist}}, [[organisation:Bramblewood Therapies Ltd]])
        Apologies: [[name:Gabriel Santos-Ruiz]]

        1. Summary: in a {{DDP}} session on [[date:Tues 13th]], [[name:Millie]] ([[age:13]]) told
        [[name:Aoife]] she had been cutting. [[name:Aoife]] emailed the allocated worker that evening;
        worker on leave, no out-of-office forwarding. Not actioned until [[date:16 Feb]], when {{GP}}
        and {{CAMHS}} referrals were made.
        2. Impact: no further harm identified; adopters ([[name:Siân]] and [[name:Rob Pritchard]])
        were not told for 3 days and are upset.
        3. Learning: providers to phone {{duty}}, not email individuals, for any {{safeguarding}}
        concern. [[name:Rose]] to write to providers.
        4. Actions: [[name:DV]] to add to provider contract; ref [[case_reference:SI-24-006]].
    """)),
    # 16 formal good practice
    ("social_care", "success", prose("""
        Learning from good practice - {{intermediary service}}. In [[date:January 2024]] a
        [[age:34-year-old]] {{adopted adult}}, [[name:Nadia Haddad]], asked us to help her make contact
        with her birth mother. Our {{intermediary worker}}, [[name:Joy Achterberg]], checked the
        {{Adoption Contact Register}} and traced the birth mother to [[address:Skelmerby]]. She wrote
        a careful first letter that did not mention adoption on the {{envelope}}. The {{birth mother}}
        initially declined; [[name:Joy]] supported [[name:Nadia]] through that and kept the door
        open with a short note every few weeks. Three months later the birth mother changed her
        mind, and the first meeting took place in the {{family room}} at
        [[organisation:Kestrel Adoption Support]] on [[date:17 May]]. [[name:Nadia]] said [[name:Joy]]
        "never once made me feel like a file". Points for practice: pace set by both parties,
        {{counselling}} offered to each under the {{Adoption and Children Act 2002}}, and no
        identifying details exchanged until both consented.
    """)),
    # 17 form with NI number
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM
        Ref no: [[case_reference:FIN-INC-0312]]
        Service: {{Adoption Allowance}} payments
        Payee name: [[name:Hamid Karimi]]
        NI no: [[ni_number:JM 48 26 71 C]]
        Address: [[address:Flat 3, 22 Orchard Terrace, Skelmerby]], [[postcode:SK9 4LW]]
        Tel: [[phone:01632 960812]]
        Reported by: [[name:Olamide F.]] ({{finance officer}})
        Date of incident: [[date:31/01/2024]]

        Description: the monthly {{adoption allowance}} for Mr [[name:Karimi]] was paid into the
        account of a different {{adopter}}, Mr [[name:Hameed Karim]], because the payee was picked from
        a {{drop-down}} by surname. Mr [[name:Karimi]] rang on [[date:5 Feb]] when the payment had
        not arrived; he relies on it for the children's {{respite}} costs. Mr [[name:Karim]]
        returned the money on [[date:8 Feb]]. An {{emergency payment}} was made the same day.
        Learning: the {{drop-down}} should show the {{payee ID}}, and changed payees need a
        second check by the {{Finance Manager}}.
    """)),
]

HEALTH = [
    # 1 chronology, fall
    ("health", "incident", block("""
        Datix chronology - fall with harm - [[organisation:Fenwick Ward]], [[organisation:Northgate General Hospital]]
        Patient: [[name:Margaret Ashworth]] (known as [[name:Peggy]]), [[age:87]], hosp no [[case_reference:NGH4471920]]
        Bed 14, day 3 post {{hemiarthroplasty}} for L {{#NOF}}

        02:10 {{HCA}} [[name:Kofi]] hears a shout, finds [[name:Peggy]] on floor beside bed, {{bed rails}} down, {{call bell}} out of reach.
        02:12 {{NEWS2}} 3, alert but confused ({{4AT}} 6). No obvious new deformity.
        02:20 {{FY1}} Dr [[name:Ferreira-Bello]] reviews, {{CT head}} requested (on {{apixaban}}).
        03:30 CT: no bleed.
        06:40 Check X-ray hip: prosthesis dislocated. {{Ortho reg}} informed, for {{closed reduction}} in theatre.
        08:15 Daughter [[name:Sandra]] informed by {{nurse in charge}} [[name:Ewelina]].

        Contributing: {{falls risk assessment}} done on admission but not updated post-op; 1:1 requested
        at 22:00 but nobody available from {{bank}}.
    """)),
    # 2 handover note, enoxaparin
    ("health", "near_miss", prose("""
        handover from [[name:Tunde]] (nights) to day team [[date:Sun 12th]]. bay 3 bed 2 Mr
        [[name:Gallagher]] - {{enoxaparin}} 40mg was prescribed TWICE, once on {{EPMA}} by the
        {{ortho SHO}} and again on the paper {{VTE}} chart that came up from {{ED}}. he got the
        18:00 dose from EPMA and i nearly gave the 22:00 one off the paper chart, only stopped
        bc i went to check his {{eGFR}} and saw the EPMA entry. paper chart now crossed thru +
        signed. {{pharmacist}} [[name:Ifeoma]] aware, will review first thing. pls make sure ED
        paper charts get scanned + voided on arrival, this is the 2nd time this month. Datix done
        [[case_reference:W-88207]]. pt fine, {{obs}} stable, not told yet as he was asleep -
        {{day team}} pls explain {{duty of candour}} not triggered but he should know.
    """)),
    # 3 shout-out
    ("health", "success", prose("""
        SHOUT OUT 🙌 to [[name:Blessing]], our {{HCA}} on {{nights}} [[date:Weds 6 March]]. She was
        doing obs on a [[age:19yo]] lad in bay 2 with a {{tib/fib}} fracture in a {{backslab}}
        ({{ORIF}} planned for the morning {{trauma list}}) and noticed he was asking for more pain
        relief than the {{Oramorph}} was touching, and said his toes felt "fizzy". She didn't just
        write it down - she went and found the {{nurse in charge}} and the {{SHO}}. Pressures
        measured, {{compartment syndrome}} confirmed, straight to theatre for {{fasciotomy}} at
        03:00. Consultant Mr [[name:Adebayo]] said catching it early probably saved the leg.
        Legend. - [[name:Charlotte]] and all of the [[organisation:Fenwick]] day team
    """)),
    # 4 formal, pressure ulcer
    ("health", "incident", prose("""
        Patient [[name:Stanisław Nowak]], [[age:79]], NHS no. [[nhs_number:485 261 7376]], was
        admitted to the trauma ward on [[date:15 September]] with a {{periprosthetic fracture}} of
        the left femur. Surgery was delayed four days while his {{warfarin}} was reversed. His
        {{Waterlow}} score on admission was 22 and the {{SSKIN}} bundle was started, but
        {{heel offloading boots}} were not available on the ward and he was nursed on a standard
        {{foam mattress}} until [[date:18 September]]. On [[date:19 September]] his son
        [[name:Piotr]] raised concern about his left heel, and a {{category 3}} {{pressure ulcer}}
        was confirmed by the {{Tissue Viability Nurse}}, [[name:Gwen Pritchard-Ellis]]. Repositioning
        was documented only twice in the preceding 24 hours. The {{Duty of Candour}} letter was
        sent on [[date:2 October]]. Actions: boots to be stocked on every {{trauma}} bay, and
        {{dynamic mattress}} requests escalated to the {{site team}} if not delivered within 4 hours.
    """)),
    # 5 Teams chat, site marking
    ("health", "near_miss", block("""
        [08:02] [[name:Aisha Rahman-Clarke]]: Morning, can someone check bay 4 bed 3 - Mrs [[name:Okafor]] is listed for a {{DHS}} RIGHT hip but the arrow on her leg is on the LEFT??
        [08:04] [[name:Liam O'Donoghue]]: that was me last night, I marked from the {{consent form}} which says left. x-ray says right 😳
        [08:05] [[name:Aisha Rahman-Clarke]]: she's got an old left {{TKR}} scar, maybe that's where the confusion came from
        [08:09] [[name:Chukwuemeka Nkemelu]]: {{registrar}} here. Do not send her. I'll reconsent and remark. Thanks for catching, this is exactly why we do the {{WHO checklist}}
        [08:30] [[name:Aisha Rahman-Clarke]]: re-marked + consent corrected. Datix [[case_reference:W-88412]] done. She's now 2nd on the {{trauma list}}
        [08:31] [[name:Liam O'Donoghue]]: sorry all 🙈 will reflect for my {{ePortfolio}}
        [08:33] [[name:Chukwuemeka Nkemelu]]: no blame [[name:Liam]], it's a system thing - {{ED}} consent form was filled in by {{ANP}} from the wrong X-ray
    """)),
    # 6 e-mail from orthogeriatrician
    ("health", "success", block("""
        From: Dr [[name:Priyanka Ramasubramanian]] <[[email:priyanka.ramasubramanian2@nhs.net]]>
        To: {{T&O}} ward staff
        Date: [[date:Fri 1 Dec 2023]]
        Subject: Hip fracture - well done!

        Dear all,

        I've just seen the {{NHFD}} figures for [[date:October]] and I wanted to say thank you. Our
        {{time to theatre}} within 36 hours went from 54% to 81%, and {{delirium}} screening with the
        {{4AT}} is now done on 96% of patients on admission. That puts [[organisation:Cavell Ward]]
        above the national average for the first time.

        Particular thanks to Sister [[name:Oduya]] for the {{fascia iliaca block}} checklist in
        {{ED}}, to [[name:Mark]] from {{physio}} for getting patients out of bed on day 1, and to
        [[name:Jun]] in {{pharmacy}} for the {{anticoagulation}} reversal pathway.

        Best wishes,
        [[name:Priyanka]]

        Dr [[name:Priyanka Ramasubramanian]]
        {{Consultant Orthogeriatrician}}, [[organisation:St Aldhelm's Hospital]]
        Ext 4471 | Bleep 2203
    """)),
    # 7 Datix form
    ("health", "incident", block("""
        PATIENT SAFETY INCIDENT - {{Datix}} summary
        Incident ref: [[case_reference:DTX-2024-11583]]
        Location: [[organisation:Cavell Ward]] ({{Trauma & Orthopaedics}}), [[organisation:St Aldhelm's Hospital]]
        Patient: [[name:Joseph Kwabena Mensah]]
        DOB: [[date_of_birth:14/02/1951]]
        NHS no: [[nhs_number:612 093 4480]]
        Hosp no: [[case_reference:SAH0093318]]
        Address: [[address:41 Quarry Hill Road, Elmstead]] [[postcode:EL3 8RN]]
        NOK: [[name:Abena Mensah]] (daughter) [[phone:07700 900734]]

        Description: transferred from {{ED}} at 23:40 on [[date:08/04/24]] wearing a wristband with
        the correct name but a {{hospital number}} with the last two digits transposed
        ([[case_reference:SAH0093381]], which belongs to another patient). Identified at 06:15 by
        {{staff nurse}} [[name:Grace]] on the {{drug round}} when the {{EPMA}} scan failed. Overnight
        bloods were labelled with the wrong number, so the {{group and save}} was repeated and
        theatre delayed by a day.
        Harm: low. {{Duty of Candour}}: discussed with patient and daughter.
    """)),
    # 8 table, transfusion
    ("health", "near_miss", block("""
        Safety huddle - transfusion near miss - [[organisation:Fenwick Ward]] [[date:Tue 21/05]]

        Bed | Patient | Hosp no | Plan
        B1-3 | [[name:Rose Whitaker]] ([[age:91]]) | [[case_reference:NGH5520417]] | 2 units {{RBC}}, {{Hb}} 68
        B2-3 | [[name:Rosa Whittaker]] ([[age:88]]) | [[case_reference:NGH5520471]] | {{G&S}} only

        What happened: {{porter}} brought a unit for "[[name:R Whitaker]]". {{RN}} [[name:Temi]] took it
        to B2-3 as that bay was hers. Second checker [[name:Pat]] did the {{bedside check}} against
        the wristband, noticed the hosp no didn't match and stopped it. Unit returned to
        {{blood bank}} within the 30 min window.
        Learning: {{name alert}} stickers on both notes and the board; porters to hand blood to the
        named patient's nurse only; reminder that the {{bedside check}} is the last barrier.
    """)),
    # 9 formal, absconded
    ("health", "incident", prose("""
        At approximately 16:45 on [[date:Saturday 2 December]], Mr [[name:Alwyn Pugh]]
        ([[age:aged 82]]), who had {{hyperactive delirium}} following a {{DHS}} two days earlier,
        left [[organisation:Cavell Ward]] without staff noticing. He was wearing a {{hospital gown}} and
        one slipper. A {{member of the public}} found him at the bus stop on
        [[address:Station Road, Elmstead]], put him in her car ([[vehicle_registration:LK17 WRU]])
        and drove him back to the {{main entrance}} at 17:20, where {{security}} brought him to the
        ward. He had no new injury but was cold (temp 35.4). Police were informed once he was
        missing (log [[case_reference:PL-0212-1734]]) and stood down on his return. Contributing
        factors: his {{enhanced observation}} level had been reduced at the morning
        {{safety huddle}}, the ward door was propped open for a {{bed move}}, and his {{DoLS}}
        application had not been submitted. His wife, [[name:Eirlys]], was informed at 17:30.
    """)),
    # 10 governance minutes
    ("health", "success", block("""
        {{T&O}} Governance - minutes extract
        Date: [[date:11/01/2024]]
        Attendees: Mr [[name:R. Banerjee]] (chair, {{consultant}}), [[name:Sunita Gill]] ({{matron}}),
        [[name:Faith Okonjo]] ({{ward manager}}, [[organisation:Fenwick Ward]]), [[name:Ali]] ({{pharmacist}}),
        [[name:Tamsin]] ({{physio}})
        Apologies: Dr [[name:Heuvelmans]], [[name:Jo-Ann]]

        Item 3 - Falls: 31 consecutive days with no falls with harm in [[date:December]] after the
        "{{bay tag}}" system introduced by [[name:Faith]] (one staff member always in each bay).
        Chair asked for this to go to the {{Falls Steering Group}}.
        Item 4 - Good catch: [[name:Ali]] spotted that a [[age:67yo]] on weekly {{methotrexate}}
        had been charted daily on admission. Corrected before the first dose. To be shared at
        {{Grand Round}}.
        Item 5 - {{GIRFT}} visit confirmed for [[date:7 March]].

        Actions: [[name:Faith]] to write up bay tag for the {{Trust}} newsletter; [[name:SG]] to share.
    """)),
    # 11 rushed lower-case, CD count
    ("health", "near_miss", prose("""
        {{cd count}} at 21:30 out by 1 x {{oxycodone}} 5mg {{MR}}. panic. turned out bed 6 (mr
        [[name:dlamini]]) had his 18:00 dose, signed on his {{chart}} by [[name:jk]] and [[name:tb]] but
        never entered in the {{CD register}}. [[name:jk]] had gone home, rang her, she confirmed she
        gave it and [[name:tb]] witnessed. register corrected + countersigned 22:40. {{nurse in charge}}
        and {{site manager}} aware, {{pharmacy}} to review in am. near miss bc if we hadnt found it
        it would've been a missing {{CD}} + police. we were 2 {{RNs}} down + an {{agency}} nurse who
        didnt know the cupboard. ref [[case_reference:W-88590]]
    """)),
    # 12 e-mail, traction weight injury
    ("health", "incident", block("""
        From: [[name:Ravi Chandrasekhar]] <[[email:ravi.chandrasekhar@stald.nhs.uk]]>
        To: [[name:Faith Okonjo]]
        Sent: [[date:15 August 2023]] 07:58
        Subject: staff injury on nights

        Hi [[name:Faith]],

        Just so you have it before the {{Datix}} ([[case_reference:W-87331]]) comes through - on
        [[date:14th Aug]] at about 02:30 I was repositioning the patient in bed 11, who is in
        {{Hamilton-Russell traction}} awaiting a {{Thomas splint}} change, and the 4kg weight
        slipped off the pulley and landed on my left foot. I was wearing {{Crocs}}. {{ED}} X-rayed
        it: no fracture, just bruising. The patient was not harmed.

        The pulley clamp was loose - I've tagged it and {{EBME}} have it now. I'll go to
        {{Occupational Health}} on [[date:Thursday 17th]]. Not sure if it's {{RIDDOR}}, can you check?

        Thanks,
        [[name:Ravi]]
        {{Staff Nurse}}, T&O
    """)),
    # 13 WhatsApp, sepsis
    ("health", "success", block("""
        [[date:03/11/2023]], 14:22 - [[name:Joy Tembo]]: Hi team, quick one for the good news board 🌟
        [[date:03/11/2023]], 14:23 - [[name:Joy Tembo]]: {{student nurse}} [[name:Mateo]] picked up that the lady in bed 7 (day 4 post {{ORIF}} wrist) had {{NEWS2}} 5, new confusion and a hot red wound. Escalated to me, I called {{outreach}}
        [[date:03/11/2023]], 14:24 - [[name:Joy Tembo]]: {{Sepsis Six}} done in 38 mins, {{blood cultures}} before {{antibiotics}}, lactate 3.1 ➡️ 1.4 by teatime. She's sat up eating toast now 😊
        [[date:03/11/2023]], 14:31 - [[name:Mateo Llorente]]: aw thanks [[name:Joy]]!! just did what we learnt in {{uni}} tbh
        [[date:03/11/2023]], 14:35 - [[name:Kemi]]: superstar. will mention at {{huddle}} tmrw
        [[date:03/11/2023]], 14:40 - [[name:Bartosz]]: 👏👏 {{PAR}} ({{practice assessor}}) comments incoming for your {{PAD}} [[name:Mateo]]
    """)),
    # 14 SBAR handover, NBM
    ("health", "near_miss", block("""
        SBAR - {{NBM}} near miss - [[date:22/2]]
        S: Mr [[name:Yusuf Demir]], bed 9, [[age:45]], {{bimalleolar ankle fracture}}, listed for {{ORIF}}
        this morning. At 07:40 a breakfast tray was put in front of him by a {{bank HCA}}. He asked
        "am I allowed this?" and {{HCA}} [[name:Dilys]] removed it before he ate anything.
        B: {{NBM}} from midnight. The sign was on the whiteboard but not above his bed, and the
        {{diet sheet}} from {{catering}} still had him on {{normal diet}} because the {{SHO}} listed
        him after the 20:00 cut-off.
        A: no harm, theatre not delayed. {{Anaesthetist}} aware.
        R: NBM signs above the bed for every listed patient; diet sheet updated at the 06:00
        {{safety huddle}}; bank staff to be handed the NBM list.
        Reported by [[name:Aroha Ngata]], {{Band 6}}
    """)),
    # 15 e-mail, discharge without medicines
    ("health", "incident", block("""
        From: [[email:reception.bankside@nhs.net]]
        To: {{Ward Manager}}, [[organisation:Nightingale Ward]]
        Date: [[date:Mon 4 March 2024]]
        Subject: Patient discharged without medicines

        Dear {{Ward Manager}},

        Your patient Mrs [[name:Doreen Ogunleye]] (DOB [[date_of_birth:23/06/1939]], NHS
        [[nhs_number:738 514 9022]]) of [[address:9 Cooper's Yard, Elmstead]] [[postcode:EL5 2HB]] was
        discharged on [[date:Friday 1 March]] after a {{wrist ORIF}}. Her daughter [[name:Rachael]]
        rang us this morning on [[phone:01632 960230]] to say her mother came home with no {{TTO}}
        medication, including her {{enoxaparin}} injections and {{co-codamol}}, and no {{district nurse}}
        referral for the injections. She has missed three days of {{VTE prophylaxis}}.

        Dr [[name:Lindqvist]] has issued a prescription today and we have made the {{DN}} referral.
        Please can you investigate and let us know.

        Kind regards,
        [[name:Halina]]
        {{Practice Manager}}, [[organisation:Bankside Medical Practice]]
    """)),
    # 16 thank-you card
    ("health", "success", prose("""
        Thank you card (copied onto the learning board): "To everyone on
        [[organisation:Nightingale Ward]], thank you for looking after {{Dad}} ([[name:Bill]]) after his
        fall. He was so frightened when he came in and you treated him like a person, not a {{hip}}.
        Special thanks to [[name:Marek]] the {{physio}} who got him walking with his {{frame}}, to
        Dr [[name:Sato]] for explaining everything so patiently, and to the {{night nurse}}
        [[name:Hope]] who sat and did the crossword with him at {{3am}} when he couldn't sleep. {{Dad}}
        turned [[age:90]] on {{the ward}} on [[date:28 June]] and you even found a cake! He is home now
        with {{reablement}} carers and driving us all mad. With love from [[name:Linda]],
        [[name:Bill]] and all the [[name:Hargreaves]] clan xx"
    """)),
    # 17 handover table
    ("health", "near_miss", block("""
        Bay 5 handover (nights -> days) [[date:16.10.23]]

        Bed | Name | Age | Dx | Issues
        1 | [[name:Eilidh MacLeod]] | [[age:72]] | R {{#NOF}}, day 1 post {{DHS}} | {{catheter}}, Hb 94, for {{physio}}
        2 | [[name:Kazimierz Sobczak]] | [[age:58]] | {{#proximal humerus}} | see below
        3 | [[name:Thi Lan Nguyen]] | [[age:66]] | {{#pubic rami}} | {{delirium}}, {{4AT}} 5, 1:1
        4 | empty | | | clean, ready for {{ED}}

        Near miss bed 2: had {{PCA}} {{morphine}} running AND {{Oramorph}} 10mg {{PRN}} charted.
        Agency nurse was about to give Oramorph at 04:00 for pain; [[name:T.O.]] noticed the PCA and
        stopped it. {{Pain team}} bleeped, PRN crossed off. {{RR}} 14, {{sats}} 96%.
        Datix [[case_reference:W-88777]] done. Please make sure the {{anaesthetist}} reviews.
    """)),
]

AVIATION = [
    # 1 formal MOR narrative
    ("aviation", "incident", prose("""
        {{MOR}} narrative. On [[date:7 March 2024]], during a daylight {{winch training}} sortie from
        [[organisation:Cullerby SAR Base]] in {{AW189}} [[aircraft_registration:G-SARK]] (callsign
        [[flight_number:Rescue 947]]), the {{winch operator}}, [[name:Nkechi Eze]], noticed
        {{birdcaging}} of the {{hoist cable}} about 2 m above the hook after a {{hi-line}} transfer to
        the [[organisation:Tarnmouth Lifeboat]]. {{Winchman}} [[name:Craig Lowrie]] was on deck at the
        time and was recovered with the crew briefed for a {{cable cut}} if the wire jammed. The
        recovery was normal. Captain [[name:Ingrid Solberg]] returned [[flight_number:Rescue 947]] to
        base and the hoist was quarantined. Engineering found the cable had been subjected to a
        {{shock load}}, probably when the hi-line snagged on the lifeboat's {{guard rail}}.
        [[aircraft_registration:G-SARK]] was off state for 9 hours while the spare hoist was fitted.
        Occurrence ref [[case_reference:NWH-OR-24-0062]]; reported to the {{CAA}} under {{Reg 376/2014}}.
    """)),
    # 2 RT transcript, light aircraft conflict
    ("aviation", "near_miss", block("""
        RT transcript (abridged) - [[date:18/07/23]] - [[organisation:Tarnmouth Radar]] 119.250
        [[flight_number:Rescue 936]]: [[organisation:Tarnmouth Radar]], [[flight_number:Rescue 936]], {{SAR}} tasking, 1200 ft {{QNH}} 1014, request {{Traffic Service}}
        {{ATC}}: [[flight_number:Rescue 936]], Traffic Service, traffic 12 o'clock 2 miles opposite direction, no height information
        [[flight_number:Rescue 936]]: looking, [[flight_number:Rescue 936]]
        {{ATC}}: unknown aircraft 4 miles west of [[address:Penhallow Head]], squawking 7000, identify
        {{ATC}}: traffic now 12 o'clock half a mile
        [[flight_number:Rescue 936]]: visual, {{Cessna}} passed 100 ft below, left to right, no avoiding action possible
        [[aircraft_registration:G-BTZL]]: er, [[organisation:Tarnmouth Radar]], [[aircraft_registration:Golf Tango Zulu Lima]], sorry, just come on frequency
        {{ATC}}: [[aircraft_registration:Golf Zulu Lima]], there is an active {{SAR}} operation, remain outside 5 miles

        Crew note: {{Airprox}} filed by P1 [[name:Declan Moriarty]], {{UKAB}} ref [[case_reference:2023/118]].
        {{NOTAM}} for the SAR area had not been issued. {{TCAS}} gave no warning as the Cessna had no {{Mode C}}.
    """)),
    # 3 shout-out
    ("aviation", "success", prose("""
        Huge shout-out to [[name:Robin]] ({{winchman paramedic}}) and the crew of
        [[flight_number:Rescue 951]] for the job at [[address:Gullhaven Point]] on
        [[date:Sun 11 Aug]]. A [[age:9-year-old]] boy was stuck on a ledge 40 m down with the tide
        coming in and loose rock above him. [[name:Robin]] went down on a {{hi-line}}, kept him
        chatting about Minecraft the whole way up, and did a {{double lift}} in the {{strop}} with
        {{downwash}} kept off the face by [[name:Dusty]] on the winch calling a beautiful
        {{hover}}. The {{Coastguard Rescue Team}} from [[organisation:Gullhaven CRT]] had the family
        at the cliff top and the handover to the {{land ambulance}} was seamless. Mum has since
        sent a lovely message via the {{ARCC}}. Proper teamwork. - [[name:Amara]] ({{SAR captain}})
    """)),
    # 4 chronology, downwash at hospital pad
    ("aviation", "incident", block("""
        Chronology - downwash damage at [[organisation:Eastmere Royal Infirmary]] helipad - [[date:02/02/2024]]
        21:05 [[flight_number:Rescue 951]] airborne [[organisation:Cullerby]]. {{P1}} [[name:D. Achebe]], {{P2}} [[name:Rhys Vaughan]]
        21:20 Casualty recovered from a {{fishing vessel}}: [[age:64]] yr old male, suspected {{STEMI}}
        21:32 Approach to the helipad on {{NVG}}, site lighting ON, wind 230/15
        21:34 On finals, {{downwash}} lifts an unsecured tarpaulin from the new-build site next to the pad
        21:34 Tarpaulin strikes a parked car ([[vehicle_registration:EM71 TXA]]) in the staff car park
        21:36 Landed, casualty handed to {{ED}} team
        22:10 Hospital {{security}} informed crew of damage (scratched bonnet and wing mirror)

        Causes: estates had not told us about the building works; the pad {{inspection}} on
        [[date:29 January]] pre-dated the site hoarding. Ref [[case_reference:NWH-OR-24-0019]].
    """)),
    # 5 rushed note, wrong fuel
    ("aviation", "near_miss", prose("""
        refuel stop at [[organisation:Kirkholm Airport]] on the way back from [[address:Isle of Varra]]
        {{rotors running}}. bowser turned up w/ {{AVGAS 100LL}} not {{Jet A-1}}. the driver
        ([[name:stevie]]) had the nozzle out b4 [[name:Raf]] (our {{winchop}}) spotted the red
        decal + the wrong nozzle size. stopped. driver said it was his 1st week + the
        {{FBO}} had sent the wrong truck, reg [[vehicle_registration:SN63 OPX]]. no fuel went in.
        we shut down, waited 25 min for the right bowser. no {{fuel docket}} mix up either.
        {{ASR}} submitted, ref [[case_reference:ASR-24-211]], and [[name:Raf]] has rung
        [[organisation:Kirkholm Airport]] ops to ask how a trainee ended up on {{hot refuel}} for a
        {{SAR}} aircraft. good catch tbf
    """)),
    # 6 minutes, debrief with mountain rescue
    ("aviation", "success", block("""
        Crew debrief - minutes
        Date: [[date:26 Jan 2024]]   Location: crewroom, [[organisation:Cullerby SAR Base]]
        Present: Capt [[name:Ingrid Solberg]] ({{P1}}), [[name:Mo Siddiqui]] ({{P2}}), [[name:Frank Oyelowo]] ({{WOP}}),
        [[name:Sandy]] ({{winchman paramedic}}), [[name:Kerry-Ann Baptiste]] ({{ARCC}} liaison)
        Apologies: [[name:Rich]] ([[organisation:Coldfell Mountain Rescue Team]])

        Job: [[flight_number:Rescue 947]], night, {{IMC}} on the tops, injured walker ([[age:aged 71]]) on
        [[address:Blackscar Edge]]. Cloud base below the casualty site.
        What went well:
        - [[name:Rich]]'s team walked the casualty down 150 m to below the cloud so we could winch.
        - {{Airwave}} talk-through with the {{MRT}} worked first time.
        - {{SARIS}} entry and {{ARCC}} updates were timely.
        Even better if: our {{IMC}} letdown plates for that valley are out of date.
        Action: [[name:Mo]] to update the plates; [[name:Sandy]] to do a joint {{casualty handling}}
        day with [[organisation:Coldfell Mountain Rescue Team]].
    """)),
    # 7 RT transcript, laser
    ("aviation", "incident", block("""
        Laser incident - [[flight_number:Rescue 963]] - [[date:19/05/24]] 23:41 - [[aircraft_registration:G-CRNX]]
        [[flight_number:Rescue 963]]: [[organisation:Eastmere Approach]], [[flight_number:Rescue 963]], we've just been illuminated by a green {{laser}}, source about 1 mile north, looks like [[address:Marsh Lane industrial estate]]
        {{ATC}}: [[flight_number:Rescue 963]], roger, are you able to continue?
        [[flight_number:Rescue 963]]: {{P2}} has taken control, {{P1}} has an eye issue, we'll continue to the casualty site
        {{ATC}}: roger, informing police

        Notes: P1 [[name:Tobias Engström]] had an {{afterimage}} for about 5 min, no lasting effect; seen
        by {{AME}} next day. {{NVGs}} were up at the time. {{Police helicopter}} not available.
        Police log [[case_reference:EM-240519-0877]]; officer PC [[name:Dunmore]]. {{MOR}} filed.
        [[name:Engström]] stood down from flying for 48 hrs per {{ops manual}}.
    """)),
    # 8 WhatsApp, NVG batteries
    ("aviation", "near_miss", block("""
        [[date:09/12/2023]], 19:02 - [[name:Oli Baptiste-Carr]]: heads up before tonight - {{NVG}} set 3 {{battery pack}} was showing full on the {{tester}} but died after 10 min on my {{pre-flight}} 🙄
        [[date:09/12/2023]], 19:03 - [[name:Oli Baptiste-Carr]]: swapped it. if it had gone on a {{transit}} at 200 ft over the water that's a bad day
        [[date:09/12/2023]], 19:05 - [[name:Siobhán]]: which tester? the new one or the old grey one
        [[date:09/12/2023]], 19:06 - [[name:Oli Baptiste-Carr]]: new one. think it reads voltage not capacity
        [[date:09/12/2023]], 19:10 - [[name:Gav Renwick]]: I'll quarantine it + tell {{stores}}. [[name:Siobhán]] can you do the {{ASR}}?
        [[date:09/12/2023]], 19:12 - [[name:Siobhán]]: yep, [[case_reference:ASR-23-489]]. will also suggest we go back to the {{time-on}} log for packs
        [[date:09/12/2023]], 19:13 - [[name:Oli Baptiste-Carr]]: 👍 cheers both. {{Night}} crew - all remaining {{packs}} checked by me at 18:30
    """)),
    # 9 e-mail from hospital consultant
    ("aviation", "success", block("""
        From: [[name:Femi Adeyinka-Rowe]] <[[email:f.adeyinka-rowe@eastmere.nhs.uk]]>
        To: [[email:cullerby.ops@northwindheli.co.uk]]
        Date: [[date:Thu 20 June 2024]]
        Subject: Patient from [[address:Marrick Sands]] - thank you

        Dear crew of [[flight_number:Rescue 951]],

        I'm the {{ED}} consultant who received your patient on [[date:Tuesday 18th]] - the
        [[age:17-year-old]] pulled from the water at [[address:Marrick Sands]] in {{cardiac arrest}}.
        Your {{paramedic}} had {{ROSC}} before you landed, the {{handover}} was textbook ({{ATMIST}},
        clear and calm) and your pre-alert via the {{ARCC}} meant we had the {{trauma team}} and
        {{ECMO}} on standby. He was discharged from {{ICU}} yesterday and is talking.

        Please pass on our thanks to everyone, especially the winchman - I think his name was
        [[name:Kai]]?

        Best wishes,
        [[name:Femi]]
        [[name:Femi Adeyinka-Rowe]], {{Consultant in Emergency Medicine}}
        [[organisation:Eastmere Royal Infirmary]] | [[phone:01632 960559]]
    """)),
    # 10 ASR form, drone
    ("aviation", "incident", block("""
        AIR SAFETY REPORT
        ASR no: [[case_reference:ASR-24-102]]
        Operator: [[organisation:Northwind Helicopters Ltd]]
        Aircraft type / reg: {{AW189}} / [[aircraft_registration:G-HMSQ]]
        Callsign: [[flight_number:Rescue 936]]
        Date / time: [[date:04/04/24]] 15:12
        PIC: [[name:Declan Moriarty]]   Reporter: [[name:Ewan McAteer]] ({{WOP}})
        Phase: {{hover}}, {{search}} pattern at 300 ft
        Location: 0.5 nm off [[address:St Brannock's Cove]]

        Narrative: during a {{shoreline search}} for a missing kayaker a small {{quadcopter}} passed
        about 30 m from the aircraft at the same height. Spotted by the {{WOP}} in the door. P1 broke
        off right and climbed. {{ARCC}} asked {{HM Coastguard}} and police to find the operator;
        a man was traced on the beach with a {{DJI}} drone and told the police he was "helping".
        Police ref [[case_reference:PL-0404-2210]]. {{Airprox}} filed.
        Effect on task: search suspended 12 min. Kayaker later found by the {{RNLI}}.
    """)),
    # 11 formal near miss, tail rotor
    ("aviation", "near_miss", prose("""
        On [[date:13 October 2023]] [[flight_number:Rescue 947]] landed on the school {{playing field}} at
        [[organisation:Holmsgarth Primary School]] to collect a casualty from the
        [[organisation:Coldfell MRT]] vehicle. The {{landing site}} had been secured by two
        {{Coastguard Rescue Officers}}. As the {{rotors}} were running down, a man later identified
        as the casualty's husband, Mr [[name:Gareth Pennock]], ducked under the {{tape}} and walked
        towards the rear of the aircraft to ask where his wife was being taken. The
        {{winchman}}, [[name:Kai Hendry]], saw him from the {{cabin door}}, jumped out and physically
        stopped him about 4 m from the {{tail rotor}}. Nobody was hurt. The {{cordon}} was on the
        nose side only because the tail pointed at a hedge. Learning: cordon must cover the whole
        {{rotor disc}} and tail, a crew member should meet relatives at the cordon, and the
        {{CRT}} briefing card has been updated. Ref [[case_reference:NWH-OR-23-0188]].
    """)),
    # 12 thank-you letter from rescued walker
    ("aviation", "success", block("""
        [[address:Ivy Cottage, Low Fold, Kettlebeck]]
        [[date:3rd September 2023]]

        Dear {{Coastguard}} helicopter crew,

        I am the silly old man who slipped on [[address:Scarth Crag]] on [[date:19 August]]. My wife
        [[name:June]] and I wanted to write and say thank you. I had broken my {{ankle}} and we had no
        phone signal, and I was sure we'd be out all night. Then you appeared out of the cloud.

        The young man who came down on the {{wire}} - I think the others called him [[name:Sunny]] -
        was so calm and kind, and [[name:June]] says the {{pilot}} made it look easy in that wind. I'm
        home now with a {{plate}} and {{screws}} from the {{orthopaedic}} team and doing my
        {{physio}}.

        We have made a donation to the {{RNLI}} and to [[organisation:Coldfell Mountain Rescue Team]]
        in your honour, as we were told you cannot accept gifts.

        With our grateful thanks,
        [[name:Clifford]] and [[name:June Atherton]]
    """)),
    # 13 table, needle-stick
    ("aviation", "incident", block("""
        Sharps injury in cabin - [[flight_number:Rescue 963]] - [[date:27/08/2024]]

        Crew member | Role | Involvement
        [[name:Anouk van der Berg]] | {{winchman paramedic}} | needle-stick, left thumb
        [[name:Hassan Farouk]] | {{WOP}} | assisting with {{cannulation}}
        [[name:L.B.]] | {{P1}} | flying, turbulence warning given
        [[name:Tobias Engström]] | {{P2}} | -

        What happened: [[name:Anouk]] was re-sheathing a {{cannula}} introducer after a failed attempt
        on a hypothermic fisherman ([[age:aged 52]]) when the aircraft hit turbulence over
        [[address:Fenwick Ness]]. Sharps bin was clipped on the far side of the stretcher.
        Actions: wound bled and washed at {{ED}}; {{BBV}} bloods taken; {{Occupational Health}}
        follow-up booked. Ref [[case_reference:NWH-HS-24-007]]. Re-sheathing is against the
        {{clinical SOP}}; sharps bin mount to be moved to the paramedic side.
    """)),
    # 14 RT transcript, airliner
    ("aviation", "near_miss", block("""
        RT extract - [[organisation:Kirkholm Tower]] - [[date:Wed 14 Feb]] 10:22
        [[flight_number:Rescue 936]]: [[organisation:Kirkholm Tower]], [[flight_number:Rescue 936]], lifting from the {{apron}} for {{SAR}} tasking, request departure to the west below 500 ft
        {{TWR}}: [[flight_number:Rescue 936]], cleared to lift, depart west not above 500 ft, caution [[organisation:Skyhaven]] {{ATR 72}} on 3 mile final runway 26
        [[flight_number:Rescue 936]]: cleared to lift, west not above 500 ft, traffic in sight, [[flight_number:Rescue 936]]
        [[flight_number:SKH402]]: Tower, [[flight_number:Skyhaven 402]], we have a {{TCAS}} {{TA}} on a helicopter crossing ahead
        {{TWR}}: [[flight_number:Skyhaven 402]], traffic is a {{SAR}} helicopter, will pass behind, cleared to land 26
        [[flight_number:SKH402]]: cleared to land 26, [[flight_number:Skyhaven 402]]

        Crew note ([[name:Oli]]): we took "depart west" to mean straight across the extended
        centreline rather than routing via the {{western hold}}. Closest point 0.9 nm.
        {{ASR}} [[case_reference:ASR-24-077]].
    """)),
    # 15 Slack, engineering
    ("aviation", "success", block("""
        #eng-cullerby (Slack) - [[date:Sat 6 Jan]]
        [[name:bartek.w]] 06:12  aircraft U/S after last night - {{MGB}} chip light on shutdown 😬 need it back for {{SAR}} cover by 13:00
        [[name:hannah_o]] 06:15  on my way in. {{chip detector}} + {{oil sample}} first
        [[name:bartek.w]] 07:40  fuzz only, no flakes. {{AMM}} says flush and {{ground run}}
        [[name:jpk]] 09:05  {{ground run}} 30 min done, no light, oil sample off to the lab by courier
        [[name:hannah_o]] 09:30  {{CRS}} signed. {{tech log}} entry done
        [[name:Mo Siddiqui]] 09:41  amazing work folks, [[aircraft_registration:G-SARK]] back on state 3.5 hrs early 🙌 {{ARCC}} informed
        [[name:Ingrid Solberg]] 09:44  seconded. [[name:Hannah]] came in on her {{rest day}}, that deserves a proper thank you
        [[name:hannah_o]] 09:46  was only up the road 🙂
    """)),
    # 16 chronology, hoist hook snag on yacht
    ("aviation", "incident", block("""
        Chronology - yacht {{medevac}} - [[flight_number:Rescue 963]] - [[aircraft_registration:G-CRNX]] - [[date:12 July 2024]]
        14:02 Tasked by {{ARCC}}: crew member on a yacht 6 nm SE of [[address:Penhallow Head]] with a head injury
        14:31 On scene. {{Sea state}} 4, yacht under motor, mast swinging about 10 degrees
        14:38 {{Winchman}} [[name:Grace Nakamura]] lowered to the stern with {{hi-line}} held by yacht crew
        14:44 Casualty ([[age:aged 38]]) in {{stretcher}}; on lift, {{hook}} snagged the {{backstay}}
        14:44 {{WOP}} [[name:Hassan Farouk]] called "stop winch"; P1 [[name:L.B.]] held hover
        14:46 [[name:Grace]] freed the hook by hand, lift resumed
        15:10 Casualty handed over at [[organisation:Eastmere Royal Infirmary]]

        No injury to crew or casualty. The snag was not anticipated because the skipper said the
        backstay had been removed. Ref [[case_reference:NWH-OR-24-0107]]. {{MOR}} submitted.
    """)),
]

REPORTS = SOCIAL_CARE + HEALTH + AVIATION

if __name__ == "__main__":
    write_records(OUT, build_records("blind311", REPORTS))
