"""Held-out blind corpus 110: just-culture incident and learning reports from a metropolitan borough's
early help, youth service and fostering teams, from community health services (district nursing,
health visiting, school nursing and a community mental health team), and from a helicopter and light
aircraft operator with its own flying school. Writing styles are an ordinary mix as staff really type
them: careful first-person prose, terse form fields, e-mails with sign-offs, Teams/WhatsApp-style chat
logs, SBAR handovers and tech-log style entries, all-lower-case quick notes, with typos, nicknames,
initials, possessives and names that are also everyday words.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind110.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (17)
    ("social_care", "incident", prose("""
        Letter inviting the [[name:Mahmood]] family to their {{Team Around the Family}} review was posted
        to [[address:41 Brackenfield Road]] instead of [[address:14 Brackenfield Road]]. The neighbour
        opened it and rang our front desk on [[phone:0161 496 0732]]. The letter had {{mum}}'s name, both
        children's names ([[name:Zainab]], [[age:9]], and [[name:Idris]], [[age:6]]) and their school. I
        had retyped the house number from memory when I updated the contact screen in {{Mosaic}} on
        [[date:4 March]] instead of copying it from the verified field on the {{Early Help Assessment}}.
        Reported to {{Information Governance}} the same afternoon, ref [[case_reference:IG-2024-0318]].
        Mrs [[name:Mahmood]] was understandably upset and I apologised in person. Learning: never retype an
        address, copy it. {{Team manager}} [[name:Carole]] has asked for a second check on all outgoing
        post for the next month.
    """)),
    ("social_care", "success", block("""
        From: [[name:Hope Adeyemi-Clarke]] <[[email:hope.adeyemi-clarke@kelsworth-fostering.example.gov.uk]]>
        To: Fostering Learning Inbox
        Subject: good practice - emergency placement

        Hi all,
        Logging this as good practice. At about 21:00 on [[date:Fri 14 June]] our carers [[name:Sunny]] and [[name:Bill]] [[name:Hargreaves]] took a [[age:13]] yo lad ([[name:J.T.]]) as an emergency placement after {{police protection}} was used. Nothing in his bag but a phone charger. [[name:Sunny]] remembered from {{Skills to Foster}} that first nights go better with food you know, so she asked what he liked and did a chippy run. [[name:Bill]] sat with him while he rang his nan on the {{EDT}} worker's phone on speaker.
        Next morning they had him at [[organisation:Greystone Academy]] on time in uniform borrowed from the school's pre-loved rail. [[name:J.T.]] told his {{IRO}} he "felt normal" there.
        Small things, big difference. Please can we share at the next {{support group}}.

        [[name:Hope]]
        {{Supervising Social Worker}}, [[organisation:Kelsworth Fostering Service]]
        [[phone:07700 900418]]
    """)),
    ("social_care", "near_miss", prose("""
        Near miss on the [[organisation:Northmoor Youth Centre]] trip to the climbing wall. We were loading
        the minibus ([[vehicle_registration:YK19 HFP]]) when I realised I had no {{consent form}} for
        [[name:Kayden]] ([[age:14]]), only for his brother. His consent had come in by e-mail to
        [[email:youthservice.north@kelsworth.example.gov.uk]] but never got printed into the trip pack. I
        rang his dad on [[phone:07700 900561]] who confirmed verbally, and {{duty manager}}
        [[name:Ryan Oduya]] agreed we could go once the form was e-mailed back to my work phone. If we had
        gone without it we would have had no {{medical info}} with us, and [[name:Kayden]] carries an
        {{EpiPen}} for a nut allergy. Suggest the {{EVOLVE}} trip checklist gets a line saying "consent and
        medical printed for every name on the register".
    """)),
    ("social_care", "incident", block("""
        Teams chat, {{Youth Worker}} group, Thursday evening session:
        [18:42] [[name:jade.w]]: anyone seen [[name:Tyreese]]? not come back from the shop
        [18:43] [[name:Marcus]]: he went with [[name:Ola]] and [[name:Frankie]], [[name:Ola]]'s back
        [18:44] [[name:jade.w]]: [[name:Ola]] says he got in a grey car on [[address:Wardle Lane]]
        [18:45] [[name:Marcus]]: ringing {{mum}} now [[phone:07700 900237]]
        [18:51] [[name:jade.w]]: no answer. he's on the {{missing from home}} list so ringing police
        [18:58] [[name:Marcus]]: police ref [[case_reference:14-0622-KM]], nobody got the reg
        [19:30] [[name:Marcus]]: he's back, dropped at the gate by an older cousin. ok but smells of {{cannabis}}

        Learning ([[name:Marcus]] writing): the {{sign-out book}} wasn't used for shop runs, so we had no
        time he left. We now sign out every young person leaving the building. {{CCE}} screening done.
    """)),
    ("social_care", "success", prose("""
        quick one - the {{TAF}} for the [[name:okonkwo-briggs]] family on [[date:21/05]] went really well and
        i think its worth sharing why. {{mum}} ([[name:dawn]]) had been dreading it because last time school
        did most of the talking. this time i met her the day before at [[organisation:Sure Start Millbank]]
        and we wrote her bit of the plan together in her own words. Mrs [[name:Patel]] the {{SENCO}} from
        [[organisation:St Aidan's CE Primary]] was brilliant and let [[name:dawn]] go first. [[name:kai]]
        ([[age:7]]) now has an {{EHCP}} request going in and mum has agreed to the {{Triple P}} group. on
        {{Signs of Safety}} scaling she went from a 3 to a 6. - [[name:lou]], {{family support worker}}
    """)),
    ("social_care", "incident", prose("""
        On [[date:02/04/2024]] the {{LAC review}} minutes for [[name:RB]] ([[age:10]]) were e-mailed to all
        attendees including birth dad, Mr [[name:Costa]]. The foster carers' address
        ([[address:Brook House, 7 Lintwhite Close]], [[postcode:M43 6QY]]) had not been removed from the
        placement section. There is a {{non-molestation order}} protecting {{mum}} and the placement is
        meant to be confidential. Emergency {{strategy discussion}} held, carers and child moved to
        {{respite}} for three nights, police aware ([[case_reference:CR/0447213/24]]). The minute-taker
        was agency and had never been shown the {{redaction checklist}}. The {{IRO}} service has moved to
        a template where address fields are blanked automatically on the distribution copy.
    """)),
    ("social_care", "near_miss", block("""
        Incident type: {{Near miss}} - information sharing
        Service: [[organisation:Early Help Locality East]]
        Date of event: [[date:11/09/2024]]
        Reported by: [[name:T. Nwachukwu]] ({{Family Practitioner}})
        People involved: Child A - [[name:Amara Grant]], DOB [[date_of_birth:03/02/2019]]; mother - [[name:Summer Grant]]
        Description: {{Speech and Language Therapy}} referral for [[name:Amara]] typed into the wrong child's record ([[name:Amira Grant]], same surname, different family, [[case_reference:EH-55190]]). Spotted by admin ([[name:Gaz]]) before it was sent because the DOB didn't match the {{GP letter}} from [[organisation:Hollins Park Medical Practice]].
        Immediate action: moved to correct record [[case_reference:EH-55213]], both records audited.
        Learning: search {{LCS}} by DOB and postcode ([[postcode:M24 9DL]]), not by name alone.
    """)),
    ("social_care", "incident", prose("""
        Foster carer [[name:Faith Mwangi]] gave [[name:Lewis]] ([[age:8]]) his evening {{melatonin}} twice
        on [[date:Sat 20th July]] because her partner had already given it and the {{MAR chart}} wasn't
        filled in. She rang {{NHS 111}}, was told to monitor him, and rang {{EDT}} who logged it.
        [[name:Lewis]] slept late but was fine. She reported it herself first thing next morning, which I
        want to recognise, as she was worried it would go against her at her {{annual review}}. Agreed in
        {{supervision}} that the household keeps the MAR on the fridge and initials every dose straight
        away. Shared anonymously with [[organisation:Pendle Grove Foster Carers Support Group]] as learning.
        - [[name:Ade]] ({{SSW}})
    """)),
    ("social_care", "success", prose("""
        On our {{Friday night}} detached session by the Carrbrook precinct, [[name:Hunter]] ([[age:16]])
        showed [[name:Deji]] a {{zombie knife}} he said he carried "for protection". [[name:Deji]] didn't
        try to confiscate it or escalate on the street; he kept talking, walked with him to
        [[organisation:Carrbrook ABC Boxing Club]] and got him to hand it to coach [[name:Tommo]], who looks
        after the {{knife amnesty bin}} there. {{Contextual Safeguarding}} referral done the next day and
        [[name:Hunter]] has since come to three sessions. Really good use of relationship and the
        {{Trusted Adult}} approach, which is exactly what our {{youth work curriculum}} talks about.
        Logged under [[case_reference:YS-DET-0912]].
    """)),
    ("social_care", "incident", prose("""
        My lone working check failed on [[date:Tuesday 8 October]]. I went on a {{home visit}} to
        [[address:Flat 3, 22 Ravensdale Street]] at 4pm and put 5pm on the {{Peoplesafe}} app, then the
        visit ran over because {{dad}} was very escalated about the {{Child in Need}} plan. My phone died.
        Nobody noticed until 18:20 when my partner rang the office, and the {{team manager}} had already
        gone home. [[name:Priya]] from duty ended up driving round to find me. I was fine but it took
        nearly two hours. We agreed a {{lone working policy}} refresh {{in June}} and it hasn't happened.
        Asking that missed check-ins go to {{EDT}} and not only to the manager's mobile
        ([[phone:07700 900149]]), and that we carry power banks.
        [[name:Gemma-Louise]]
    """)),
    ("social_care", "success", block("""
        Learning note - sibling contact
        Carer: Mrs [[name:Joy Fairweather-Boateng]] ({{respite carer}}, approval no. [[case_reference:FC-2291]])
        Children: [[name:Harvey]] ([[age:11]]) and [[name:Lily-Mae]] ([[age:5]]), placed separately since {{Jan}}
        What happened: [[name:Joy]] offered her garden for a Saturday contact instead of the {{family centre}}. They made pizzas and [[name:Harvey]] read [[name:Lily-Mae]] a story. Supervisor [[name:Nasreen]] said it was the calmest contact she has seen.
        Why it worked: familiar adult, normal activity, no contact room.
        Ask: can {{fostering panel}} look at more carer-hosted contact under the {{Care Planning Regulations}} where risk allows?
        Written by: [[name:N. Begum]], {{Contact Supervisor}}
    """)),
    ("social_care", "near_miss", prose("""
        I sent a {{MASH}} referral about bruising on a [[age:4]] year old at
        [[organisation:Little Acorns Nursery]] to the old [[email:earlyhelp.referrals@kelsworth.example.gov.uk]]
        address, which is no longer monitored. Only realised when the nursery manager, [[name:Bernadette]],
        rang at 3pm asking why nobody had been out. Re-sent to
        [[email:mash.frontdoor@kelsworth.example.gov.uk]] and rang the {{duty line}} on
        [[phone:0161 496 0558]]. {{Strategy discussion}} was held the same day and {{Section 47}} enquiries
        started. [[name:Tia]] was seen before the end of the nursery day so no harm came of it, but four
        hours were lost. The old inbox should auto-forward or bounce; {{IT service desk}} ticket
        [[case_reference:INC0098812]] raised.
    """)),
    ("social_care", "incident", prose("""
        Reversing the youth service minibus [[vehicle_registration:MX68 KTO]] out of the
        [[organisation:Ashgrove Community Centre]] car park I clipped a parked Fiesta
        ([[vehicle_registration:BD15 YWN]]). No young people on board, nobody hurt. I didn't have a
        {{banksman}} because the other worker, [[name:Will]], had gone ahead with the group to the
        {{DofE}} practice walk. The owner (Mr [[name:Szymański]]) came out and we swapped details; reported
        to {{fleet}} and {{insurance}} the same day. Honest reflection: I was rushing because we were late.
        Our {{MiDAS}} training says use a banksman every time you reverse and I knew that. Suggest reversing
        sensors on the two older buses.
    """)),
    ("social_care", "success", prose("""
        Good news story for the {{learning log}}. [[name:Deshawn]] ([[age:12]]) at
        [[organisation:Fernlea High School]] was on 61% attendance in the {{autumn term}}. His
        {{Early Help Assessment}} showed he was a {{young carer}} for {{mum}}, who has {{multiple sclerosis}}.
        We linked him to [[organisation:Kelsworth Young Carers]] and the school's {{attendance officer}},
        Mr [[name:Baptiste]], agreed a late-start pass on bad mornings. By [[date:1st March]] he was on 94%.
        What made the difference was asking him, not mum, what mornings actually looked like.
        - [[name:Ffion]]
    """)),
    ("social_care", "incident", prose("""
        The {{Form F}} assessment for applicants Mr and Mrs [[name:Lindqvist]] was uploaded to the
        {{panel}} portal with an appendix showing his National Insurance number
        ([[ni_number:JT 48 22 19 C]]), their {{DBS}} certificate numbers and their daughter's date of
        birth ([[date_of_birth:17/08/2009]]). Panel member Cllr [[name:Hughes]] flagged it on
        [[date:19 November]]. The version uploaded was my working copy, not the redacted one. Documents
        were withdrawn within the hour, the {{Data Protection Officer}} informed (ref
        [[case_reference:DP-24-1187]]) and the applicants told. Learning for me: file naming. I now save
        redacted copies with PANEL_ at the front and the {{panel adviser}} checks before anything goes up.
    """)),
    ("social_care", "near_miss", block("""
        To: [[email:placements@kelsworth.example.gov.uk]]
        Cc: [[name:Mark Delaney]]
        Subject: near miss - allergy info missing from placement referral

        The referral for [[name:Aisha]] (DOB [[date_of_birth:22.12.2015]], {{LCS}} ID [[case_reference:1049937]]) to [[name:Rose]] and [[name:Frank]] [[name:Okafor]] went over on {{Thursday}} without her peanut allergy. [[name:Rose]] spotted "{{EpiPen}}" on the medical consent and rang to check before tea - she'd bought satay.
        The {{Placement Request Form}} said allergies: "none known", copied from an older referral.
        Could we make allergies a mandatory field, and have {{health}} info pulled from the latest {{IHA}} rather than retyped?

        Thanks
        [[name:Imran]]
        {{Placement Officer}}, [[organisation:Access to Resources Team]]
    """)),
    ("social_care", "success", prose("""
        Really good handover from {{EDT}} on {{Sunday}} morning. [[name:Ngozi]] on nights had a
        [[age:15]]-year-old, [[name:Caitlin O'Rourke-Shaw]], brought to [[organisation:Kelsworth Royal Infirmary]]
        after an {{overdose}}. Her handover note listed who had been told, what {{CAMHS}} had said, where
        [[name:Caitlin]] was staying that night and the exact words she'd used about home. It meant I could
        go straight into the {{strategy meeting}} without re-asking anyone and [[name:Caitlin]] didn't have
        to tell her story again. [[name:Ngozi]] has put her template on the team drive and I'd like it
        adopted for all {{out of hours}} handovers. - [[name:Sasha]], {{Assessment Team}}
    """)),
    # ------------------------------------------------------------------ health (17)
    ("health", "incident", prose("""
        Mr [[name:Alderton]], [[age:82]], {{insulin}}-dependent on {{Humulin I}} twice daily, missed his
        teatime dose on [[date:12/01/25]]. The visit was on the {{EMIS}} list but got dropped when
        [[name:Shaz]] went off sick and the caseload was split between [[name:Kerry]] and me. His daughter
        found him drowsy at 21:00, {{CBG}} 27.4, and called {{111}}. He was admitted overnight to {{MAU}} at
        [[organisation:Kelsworth General Hospital]] and discharged next day. {{Datix}}
        [[case_reference:DX-77412]]. Root issue: the re-allocation was done verbally at 13:30 and nobody
        flagged the {{time-critical}} visits. [[organisation:Millbank District Nursing Team]] now marks
        time-critical insulin visits in red and the coordinator reads them out at {{huddle}}.
    """)),
    ("health", "near_miss", block("""
        Near miss - patient identification
        Clinician: Staff Nurse [[name:Oyelaran]], {{Health Visiting}}, [[organisation:Eastfield Clinic]]
        Date: [[date:03/03/25]]
        I was about to upload a {{6-8 week check}} on {{SystmOne}} for baby [[name:Leo Marsh]] (NHS no. [[nhs_number:685 018 1270]]) when I noticed the {{weight chart}} belonged to another [[name:Leo Marsh]], DOB [[date_of_birth:01/01/2025]], NHS [[nhs_number:673 273 1750]], registered at [[organisation:Oakbank Surgery]]. Our [[name:Leo]] was born [[date_of_birth:14/01/2025]]. Two babies with the same name on the caseload and I had searched by name only.
        No data went into the wrong record.
        Action: always search by {{NHS number}}; {{alert}} added to both records.
    """)),
    ("health", "success", prose("""
        Good catch by [[name:Amelia]], a {{SCPHN}} student on placement with me. At a planned contact she
        noticed a small bruise behind the ear of a baby aged [[age:16 weeks]]. She knew the
        {{bruising in non-mobile babies}} protocol from teaching and said so straight away, even though
        the parents gave a plausible explanation about the car seat. We followed the pathway:
        {{paediatric}} assessment at [[organisation:Kelsworth Royal Infirmary]] and {{Children's Social Care}}
        informed. The {{skeletal survey}} showed a healing rib fracture. Without [[name:Amelia]] speaking up
        I might have accepted the explanation, because I'd known this family for months. Really proud of
        her. [[name:Jen Kowalczyk]], {{Practice Teacher}}
    """)),
    ("health", "incident", prose("""
        During the {{HPV}} catch-up session at [[organisation:Thornleigh Academy]] on [[date:Weds 5 Feb]] a
        {{Year 9}} pupil was vaccinated when her parent had declined. There are two girls called
        [[name:Maisie]] in the same form; the {{e-consent}} list showed one consented and one declined. The
        pupil sent down by the {{form tutor}} was the other [[name:Maisie]] and we asked "are you
        [[name:Maisie]]?" instead of asking her to tell us her full name and DOB. Parent complained the same
        day. Apologised, {{UKHSA}} advice sought, no clinical harm expected. Learning: {{three-point ID}}
        every single time, however busy the session. [[name:Jo]], {{school nursing}} lead
    """)),
    ("health", "success", block("""
        Service: [[organisation:Kelsworth North CMHT]]
        Reporter: {{Care Coordinator}} ([[name:Grace Oyelowo-Baptiste]])
        What went well:
        Service user [[name:Daniel Mbeki]] ([[age:34]]) rang duty from [[phone:07700 900652]] at 16:50 on [[date:27/02]] saying voices were telling him to walk into traffic. Duty worker [[name:Callum]] followed [[name:Daniel]]'s {{crisis plan}}, which he wrote with us {{in December}}: ring his sister [[name:Thandi]] ([[phone:07700 900893]]), go to [[organisation:Kelsworth Sanctuary]] on [[address:Gorton Lane]], take his {{PRN}} {{lorazepam}}. [[name:Callum]] stayed on the line until [[name:Thandi]] arrived. No admission needed; {{Home Treatment Team}} saw him next morning.
        Why it worked: the plan is in his own words, on the {{RiO}} front page, and the numbers were current.
    """)),
    ("health", "incident", prose("""
        Mrs [[name:Gwendolyn Pye]] ([[age:91]]), housebound, developed a {{category 3}} pressure ulcer on her
        sacrum between [[date:3 April]] and [[date:17 April]]. She was on twice-weekly visits for leg
        dressings only; nobody did a {{Waterlow}} or checked her skin because the referral from
        [[organisation:Brookside Surgery]] just said "leg ulcer". Her carers from
        [[organisation:Homeward Care Ltd]] had mentioned "a red patch" to [[name:bev]] at one visit but it
        wasn't escalated. {{Safeguarding}} concern raised re possible {{neglect}}; outcome was
        organisational learning, not individual blame. {{Airflow mattress}} now in place. We've added a skin
        check to every first visit whatever the reason, and {{SSKIN}} training for all {{HCAs}}. Ref
        [[case_reference:DX-80311]].
    """)),
    ("health", "near_miss", prose("""
        Setting up a {{syringe driver}} for Mr [[name:Thakkar]] at home ({{end of life care}}) I checked the
        {{community prescribing chart}} against the box of {{morphine sulfate}} in the house. The chart was
        signed by Dr [[name:Lam]] but the 24-hour dose had been altered by hand with no initials. My
        colleague [[name:Sophie-Anne]] did the second check and queried it before we primed the {{T34}}.
        Rang the surgery ([[organisation:Valley View Medical Centre]], [[phone:0161 496 0921]]) and
        Dr [[name:Lam]] confirmed the original dose was right and the alteration wasn't hers. Chart rewritten
        and signed, {{pharmacy}} informed. Two-nurse check worked exactly as it should.
    """)),
    ("health", "success", block("""
        {{SBAR}} handover - day to twilight DN team, 17:10
        S: Mrs [[name:Edna Fairclough]] ([[age:88]]), [[address:42 Thistlebank Road]], [[postcode:M46 2RJ]]. NHS [[nhs_number:942 076 3374]].
        B: Known {{heart failure}}, on {{furosemide}} 80mg. Day nurse [[name:Ikram]] found ankles much worse, weight up 3kg since Monday.
        A: Likely fluid overload. Obs stable, {{sats}} 95% on air.
        R: Twilight to recheck at 20:00. GP (Dr [[name:Fenwick]]) has increased furosemide to 120mg, script at [[organisation:Boots Hollins Road]].
        Outcome: twilight nurse [[name:Dawn]] rechecked at 20:05, sats 93%, escalated to the {{111}} clinician, seen by {{heart failure nurse}} next morning, no admission.
        Good example of a structured handover doing its job.
    """)),
    ("health", "incident", prose("""
        Mr [[name:Kwabena Asante]]'s fortnightly {{depot}} ({{paliperidone}}) due on [[date:14/08]] was
        missed because the {{depot clinic}} at [[organisation:Ferncliffe Resource Centre]] was cancelled for
        staff training and the list of who needed re-booking was only e-mailed to {{care coordinators}}. His
        CC, [[name:Olu]], was on leave. He relapsed and was detained under {{Section 2}} on
        [[date:30 August]] to [[organisation:Parkside Unit]]. We can't say the missed depot was the only
        cause, but it contributed. The {{RCA}} recommends that clinic cancellations go through the team
        admin, who phones each patient, and that the depot register on {{RiO}} flags overdue doses
        automatically. [[case_reference:DX-80452]]
    """)),
    ("health", "success", prose("""
        School nurse drop-in at [[organisation:Sandhills Park School]]. A {{Year 10}} boy,
        [[name:Mateusz]] ([[age:15]]), came in about "headaches" and with gentle questioning disclosed he was
        self-harming and had been looking up methods online. He didn't want his parents told. I explained
        the limits of {{confidentiality}}, we did a {{safety plan}} together and he agreed to let me ring his
        {{mum}} with him in the room. {{CAMHS}} {{single point of access}} accepted the referral as urgent
        and he was seen within five days. What helped: the drop-in is in a quiet room off the library, not
        the main office, so nobody sees who goes in. [[name:Róisín]], {{School Staff Nurse}}
    """)),
    ("health", "incident", prose("""
        The {{key safe}} code for Mrs [[name:Halloran]] at [[address:Flat 12, Ellesmere Court]] was posted in
        our team {{WhatsApp}} group, which includes bank staff, along with her {{NHS number}}
        ([[nhs_number:443 267 3931]]). Found on [[date:Mon 24 March]] when an agency nurse forwarded the
        message to someone outside the team by mistake. People had been using the group because {{EMIS}}
        tasks were slow to load. Her son changed the code the same day and the {{Caldicott Guardian}} has
        been informed. Learning: key safe codes live only in the EMIS alert; the group chat is for rota
        swaps and nothing with patient details. [[name:Lorraine]] ({{Band 6}})
    """)),
    ("health", "near_miss", prose("""
        Nearly did a {{new birth visit}} at the wrong house. The {{birth notification}} from
        [[organisation:Kelsworth Royal Infirmary]] maternity gave [[address:9 Cedar Walk]] but the family
        had moved to [[address:9 Cedar Way]], [[postcode:M24 3NU]], in the third trimester and only told
        the {{community midwife}}. I knocked, a man I didn't know answered and I very nearly said the
        baby's name. Stopped myself and said I had the wrong door. Rang {{mum}}, [[name:Fatima]], on the
        number in the {{red book}} ([[phone:07700 900344]]) and found her two streets away. Nobody's details
        were shared, but it could easily have gone the other way. Asking maternity to re-confirm the
        address at discharge.
    """)),
    ("health", "success", prose("""
        [[name:Arthur Whitlock]] died at home on [[date:6th December]], as he wanted. I'm logging this
        because everything was in place. The {{ReSPECT}} form was on the fridge, {{just in case medications}}
        were in the house, and [[name:Chidi]] and [[name:Mags]] from
        [[organisation:Greenbank District Nurses]] had done {{advance care planning}} with him and his wife
        [[name:Iris]] weeks earlier. When he deteriorated overnight [[name:Iris]] rang the
        {{out-of-hours}} line, the nurse came within the hour, and the {{GP}} verified death in the morning
        without an ambulance or police being called. [[name:Iris]] told us it was "peaceful and no fuss".
    """)),
    ("health", "incident", prose("""
        Bitten on the hand by the patient's dog at [[address:Holly Cottage, Moor End Lane]] during a
        {{wound care}} visit. I had asked on arrival for the dog ({{Bruno}}) to be shut in the kitchen but
        the patient's grandson let him out. Went to the {{Walk-in Centre}} for cleaning and a {{tetanus}}
        booster, off for two days. The {{lone worker}} {{alert}} on the record said "dog in property" but
        nothing about it being aggressive, although [[name:Tariq]] had been growled at the week before and
        told the team verbally. Asking that any concern about an animal goes on the alert in writing and
        that the visit letter asks for pets to be secured before we arrive. {{RIDDOR}} not required.
        [[name:Kate]] B, {{Staff Nurse}}
    """)),
    ("health", "success", block("""
        From: [[email:f.yildirim@kelsworth-community.example.nhs.uk]]
        Subject: Good practice - interpreter at HV review

        Team,
        Yesterday's {{1-year review}} for [[name:Rahel]] (DOB [[date_of_birth:09/03/2024]]) went really well. {{Mum}}, Mrs [[name:Tesfaye]], speaks {{Tigrinya}} and last time her husband interpreted. This time I booked a face-to-face interpreter through {{LanguageLine}} and did the {{ASQ-3}} with her on her own. She told us about low mood and money worries she hadn't mentioned before. Referred to {{perinatal mental health}} and the [[organisation:Kelsworth Food Bank]].
        Please book professional interpreters, not family.

        [[name:Filiz]]
        {{Health Visitor}}, [[organisation:Eastfield Clinic]]
        [[phone:+44 161 496 0277]]
    """)),
    ("health", "near_miss", prose("""
        Near miss on {{lithium}} monitoring for [[name:Jasper Llewellyn-Price]] (NHS
        [[nhs_number:962 012 1260]]). His bloods were last done on [[date:2nd January]] and the
        {{shared care}} recall at [[organisation:Moorside Health Centre]] never fired because he had changed
        GP. His {{CPN}}, [[name:Aled]], noticed a coarse tremor and diarrhoea at a routine visit and got a
        level done the same day: 1.3 mmol/L. Dose reduced by the {{consultant psychiatrist}}, {{eGFR}} fine.
        Without [[name:Aled]]'s observation this could have become toxicity. We're asking that the CMHT keeps
        its own lithium register instead of relying on {{GP recall}}.
    """)),
    ("health", "incident", prose("""
        Referral from [[organisation:Oakbank Surgery]] to the {{continence service}} for Mrs
        [[name:Y. Ahmed]] was sent on [[date:10/10/24]] to [[email:continence.kelsworth@example.nhs.uk]], a
        shared inbox that had been set up by someone who has since left and that nobody was monitoring. She
        waited 14 weeks, had two {{UTIs}} and a {{catheter}} blockage before her GP chased it. Found 23 other
        untriaged referrals in the same inbox. All now triaged and patients contacted. {{Datix}}
        [[case_reference:DX-81077]]. Every shared inbox now has a named owner and a deputy on the
        {{service directory}}.
    """)),
    # ------------------------------------------------------------------ aviation (16)
    ("aviation", "incident", prose("""
        On [[date:18 May]] solo student [[name:Tom Eastwood]] in [[aircraft_registration:G-OKWS]]
        ({{PA-28}}) infringed the {{Class D}} zone to the south by about a mile on his {{qualifying cross-country}}.
        He had {{SkyDemon}} running but had muted the airspace warnings because they "kept going off" on the
        previous leg. {{ATC}} got him on frequency and he turned out straight away; no conflict. Call from
        the unit to our ops desk on [[phone:01632 960415]] followed by an {{MOR}}. [[name:Tom]] was
        really open about it. Our {{CFI}}, [[name:Yusuf]], has added "warnings ON" to the pre-solo brief
        and we're reminding everyone about {{Take 2}}. [[organisation:Highmoor Flight Training]]
    """)),
    ("aviation", "near_miss", block("""
        Occurrence: fuel type - near miss
        A/C: [[aircraft_registration:G-HMRB]] ({{Robinson R44 Raven II}})
        Date: [[date:07/06/2024]]
        Reporter: {{ground ops}} - [[name:Kyle Brennan]]
        Narrative: {{bowser}} from [[organisation:Airwise Fuels]] pulled up to [[aircraft_registration:G-HMRB]] with the {{Jet A-1}} truck. I had the nozzle in my hand before I saw the {{AVGAS 100LL}} decal by the filler. Driver ([[name:Paolo]]) had been told "the {{Robinson}}" and assumed our turbine {{AS350}}.
        No fuel went in.
        Actions: fuel orders now by registration only, not type; [[name:Kyle]] to brief all ground staff; spoke to [[organisation:Airwise]] {{duty supervisor}} ([[phone:07700 900781]]).
    """)),
    ("aviation", "success", prose("""
        Instructor report. Doing circuits with a {{PPL}} student in [[aircraft_registration:G-BXLT]]
        ({{C152}}) when the engine started running rough on the downwind leg, RPM dropping about 200. Student
        ([[name:Aaliyah]]) flew the aircraft while I ran the checks: {{carb heat}} hot, mixture rich,
        {{mags}} checked - left mag was the problem. Told the tower, asked for a {{short approach}} and landed
        without drama. Engineering found a cracked lead on the left {{magneto}}. Worth sharing because
        [[name:Aaliyah]] kept flying and kept the speed, which is exactly what we practise in {{EFATO}}
        briefs. [[name:C. Morrow]], {{FI}}
    """)),
    ("aviation", "incident", prose("""
        While towing [[aircraft_registration:G-HMRC]] (R44) into the {{hangar}} at end of day the {{main rotor}}
        blade tip struck the edge of the partially open hangar door. Two of us were moving it and there was
        no {{wing walker}} on the blade side because [[name:Darren]] had gone to answer the phone. Blade
        damaged, aircraft grounded, {{AOG}} for 9 days waiting for a replacement blade pair, three customer
        flights cancelled. No injuries. {{Hangarage}} procedure said two walkers plus tug driver. We were
        tired and it was dark. [[organisation:Highmoor Aviation]] {{maintenance}} has since painted floor
        lines at the door and blade-tip markers have been fitted. Ref [[case_reference:HMA-OSR-24-019]].
    """)),
    ("aviation", "success", prose("""
        nice one from this morning - {{PFL}} with [[name:ben]] in [[aircraft_registration:G-CKSV]] over the
        usual field near the reservoir. he picked a good field, did the {{FREDA}} and touchdown checks
        without prompting and was on the numbers all the way to the go-around at 500ft. first time he's
        actually flown the whole thing in one go without me talking. we'd done it in the {{briefing room}}
        with a {{whiteboard}} and it clearly stuck. putting him up for his {{skills test}} with
        [[name:Sukhdeep]] next month. {{Pooleys}} manual chapter on forced landings is worth a re-read for
        all studes. [[name:gary]]
    """)),
    ("aviation", "near_miss", prose("""
        Pleasure flight booking for a {{Trial Lesson}} voucher in [[aircraft_registration:G-HMRA]] (R44). The
        customer gave his weight as 90kg on the booking form; when he arrived he was clearly heavier and the
        {{weighbridge}} said 118kg. With the other two passengers and full fuel we would have been over
        {{MTOW}} and outside the {{CG}} envelope. [[name:Marta]] on the front desk spotted it at check-in and
        politely asked everyone to use the scales. We flew with less fuel and re-did the {{weight and balance}}.
        Customer was embarrassed but fine about it. Credit to [[name:Marta]]. Form now says weights are
        checked on arrival. Customer ref [[case_reference:HMA-VCH-88213]].
    """)),
    ("aviation", "incident", block("""
        {{Tech log}} entry not signed - {{Occurrence Report}}
        Aircraft: [[aircraft_registration:G-EKOW]] ({{Cessna 172}})
        Found: [[date:Mon 14 Oct]], 08:15, by [[name:Hollie Ng]] during {{A-check}}
        Issue: {{Tech log}} showed the left {{fuel cap}} seal "replaced" on [[date:11/10]] but no {{CRS}} signature or stamp. Aircraft had flown twice since ([[name:Dominik]] and a hire pilot).
        Cause: engineer ([[name:R. Sithole]]) was called away mid-job; next person assumed it was closed.
        Action: grounded until signed off; {{CAMO}} informed; {{Part-ML}} procedure reissued.
        Reporter: [[name:Hollie]]
    """)),
    ("aviation", "success", block("""
        Pilot's own words:
        Solo nav, [[aircraft_registration:G-OKWS]], total {{radio failure}} about 15 miles out. Squawked {{7600}}, stayed out of controlled airspace, joined overhead at 2000ft and watched for a {{light signal}}. Got a steady green from the tower and landed. Felt calm because [[name:Yusuf]] made us do the "radio fail" lesson in the sim twice.
        Engineering note ([[name:Bogdan]]): {{headset}} jack had come loose inside the panel.
        {{CFI}} comment: textbook. Well done [[name:Ananya]].
    """)),
    ("aviation", "near_miss", prose("""
        Near miss between our fuel bowser and a landing aircraft. The bowser driver crossed the runway at
        the {{Alpha}} hold without a clearance from the {{A/G radio}} operator because he thought the
        runway was "closed for the morning" after the {{NOTAM}} period finished. [[aircraft_registration:G-BXLT]]
        was on short final with [[name:Declan]] flying and went around at about 200ft. Nobody hurt.
        The driver, [[name:Stevie]], reported it himself straight away. Findings: the {{NOTAM}} end time wasn't
        passed to airside drivers, and there is no stop-bar sign at the hold. Sign ordered and
        {{airside driving}} refresher booked for all staff.
    """)),
    ("aviation", "incident", prose("""
        Partial power loss in [[aircraft_registration:G-CKSV]] ({{PA-28}}) on [[date:29th March]] at about
        3000ft, OAT about 8C and humid after rain. Hire pilot Mr [[name:Fitzgerald-Reyes]] hadn't used
        {{carb heat}} in the cruise for about 20 minutes. RPM dropped by 300 and the engine went rough; he
        applied carb heat, it ran rough for a short time and then recovered. He diverted to the nearest
        airfield as a precaution. No damage. He said he didn't know the {{carb icing chart}} and hadn't
        checked it. Club now puts the {{CAA}} {{Safety Sense}} leaflet on carb icing in every aircraft and
        we cover it at {{club checkout}}. Ref [[case_reference:HFT-24-031]].
    """)),
    ("aviation", "success", prose("""
        Charter [[flight_number:HMA402]] in [[aircraft_registration:G-HMRD]] ({{AS350}}) was booked to take
        two engineers to the wind farm. {{Met}} was marginal and the {{TAF}} showed a {{PROB30}} for
        {{TEMPO}} low cloud. Captain [[name:Adebayo]] briefed an alternate before we left and a "turn back"
        point. Cloud came down faster than forecast, so we landed at the alternate, and the clients went
        on by taxi. They still caught their connection, [[flight_number:EZY1893]]. The {{ops manager}}
        ([[name:Luis]]) backed the decision straight away. Good {{CRM}} and no pressure to press on.
    """)),
    ("aviation", "near_miss", prose("""
        {{Aerial survey}} job for a utility company, low level over the valley. Both of us were looking at
        the survey camera screen and I didn't see the {{power lines}} across the valley until the last
        moment; climbed and cleared them by what felt like 50ft. They were on the chart but not on the
        survey brief. Crew: me, [[name:P. Nakamura]], and camera operator [[name:Zoe]]. Aircraft
        [[aircraft_registration:G-HMRA]]. We're now adding a {{wire hazard}} map to every low-level brief and
        one crew member stays eyes out at all times. [[name:Zoe]] has asked for the {{hazard}} layer on the
        {{EFB}} too.
    """)),
    ("aviation", "incident", prose("""
        Bird strike on departure in [[aircraft_registration:G-BXLT]], [[date:23/04/24]], at about 300ft.
        A large gull hit the left wing leading edge. Instructor [[name:Saoirse]] took control, flew a
        normal circuit and landed. Dent and a crack in the leading edge skin; aircraft grounded pending
        repair. Student shaken but fine. The {{bird scaring}} patrol hadn't been done that morning because
        the vehicle was off the road. {{ORS}} and {{bird strike report}} submitted. Airfield owner aware.
        Request: if the patrol can't go out, a note on the {{ATIS}} or the {{ops board}}.
    """)),
    ("aviation", "success", block("""
        From: [[email:yusuf.a@highmoor-aviation.example.co.uk]]
        To: all instructors
        Re: student lost - good outcome

        Team, quick note. [[name:Leon]] got lost on his solo nav on [[date:Sat 7 Sept]], [[aircraft_registration:G-EKOW]]. He did what we teach: climbed, called "{{PAN PAN}}" on {{121.5}} and {{D&D}} gave him a position and steer. Landed back safely. The {{Distress and Diversion}} controller rang us after to say it was a model call.
        Please keep practice PANs in the syllabus.

        [[name:Yusuf]] [[name:Adeyemi]]
        {{CFI}}, [[organisation:Highmoor Flight Training]]
        [[phone:07700 900906]]
    """)),
    ("aviation", "incident", prose("""
        Rear left door of [[aircraft_registration:G-HMRB]] opened in flight about 5 minutes into a {{pleasure
        flight}}. I had done the {{passenger briefing}} and checked the doors, but a passenger lifted the
        handle to "check it was shut". Loud noise, no items lost, slowed to 60 knots and landed back.
        Passenger was Mrs [[name:Kowalski]], [[age:70]], there for a {{birthday flight}} booked by her son. Very
        apologetic. {{Robinson}} {{POH}} says avoid opening doors in flight above certain speeds; we stayed
        within it. We've now got a sticker on the door handles and I say "don't touch the handles" at the
        end of every brief. [[name:Nico]]
    """)),
    ("aviation", "success", prose("""
        During the 100-hour check on [[aircraft_registration:G-HMRD]] ({{AS350 B3}}) our engineer
        [[name:Bogdan]] found fretting on the {{tail rotor}} pitch link bearing that wasn't on the task card
        as a specific item. He spotted it because he always runs his hand over the linkages. Bearing
        replaced, manufacturer informed via the {{CAMO}}. The manufacturer has since put out a
        {{Service Letter}} for the same thing. Nice catch by a careful engineer; he's put it forward for
        the {{MEDA}} learning slot. [[organisation:Highmoor Aviation]]
    """)),
]


def main() -> None:
    write_records(OUT, build_records("heldout-blind110", REPORTS))


if __name__ == "__main__":
    main()
