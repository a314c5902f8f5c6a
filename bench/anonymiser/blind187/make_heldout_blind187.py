"""Held-out blind corpus 187: just-culture incident, near-miss and learning reports.

Settings: social_care is a looked-after children's (LAC) health team (initial and review health
assessments, consent and parental responsibility, placement moves, care leavers' health
passports); health is a hospital orthodontic and oral & maxillofacial (maxfax/OMFS) clinic and
ward (extractions, appliances, orthognathic MDT, IMF, lab work); aviation is an airport's
customer service desk and special assistance (PRM) at security (wheelchairs, ambulifts, hidden
disabilities, lost property, diversions). Written blind, the way UK staff type: incident forms
with field labels, Datix-style records, e-mails with headers and signatures, Teams and WhatsApp
exports, chronologies with times, handover tables, minutes with attendance lists, debriefs,
shout-outs and thank-you cards, a tech log entry and radio/ground transcripts; rushed lower-case
notes next to careful narratives. Every person, place, organisation and number is invented;
NHS numbers pass the mod-11 check, phone numbers use the Ofcom drama ranges.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind187.jsonl"

REPORTS = [
    # ------------------------------------------------------------------ social care (LAC health)
    ("social_care", "incident", block("""
        INCIDENT REPORT - [[organisation:Brackenmoor LAC Health Team]]
        Ref: [[case_reference:BLAC-IR-24-0193]]
        Date/time of incident: [[date:07/02/2024]] 13:40
        Location: [[organisation:Larkhill Surgery]], clinic rm 3
        Reported by: [[name:Bronwen Teague]], {{LAC nurse}}
        Child/YP: [[name:Kacper Nowicki]]  DOB [[date_of_birth:19/06/2013]]  NHS [[nhs_number:579 290 9830]]

        Description: {{Initial Health Assessment}} booked by {{the placing authority}}. {{Foster carer}} arrived without the {{consent form}} and {{the allocated social worker}} was on leave. {{The paediatrician}} started {{height and weight}} and went through {{immunisation history}} before I realised consent wasn't on {{SystmOne}}. I stopped the assessment at that point.

        Immediate action: rang {{duty team}} at [[organisation:Brackenmoor Children's Services]] on [[phone:01632 960417]]. Team manager [[name:Ifeoma Chukwu]] emailed signed consent at 14:10 and the {{IHA}} was completed.

        Learning: clinic admin to check consent is scanned 48 hrs before every IHA, not on the day. Raised at team meeting.
    """)),
    ("social_care", "near_miss", prose("""
        near miss - nearly posted the {{RHA}} summary for [[name:tayla]] ([[age:15]]) to birth mums old
        address [[address:22 cobden st]] [[postcode:BR6 4TN]] instead of the {{foster carers}}. placement
        moved in {{jan}} but {{mosaic}} still had the old address and the letter template pulls from
        there. only caught it cos [[name:shaz]] in admin knew [[name:tayla]] had moved, {{birth mum}}
        isnt meant to know where she is, theres a {{non-molestation order}}. have asked {{the SW}}
        [[name:Dev Lakhani]] to update mosaic asap and from now we double check the address with
        {{the carer}} by phone before anything goes out. no harm done but wd have been really bad
    """)),
    ("social_care", "success", block("""
        From: [[name:Helen Marsh]] <[[email:helen.marsh@brackenmoor.gov.uk]]>
        To: LAC Health Team
        Subject: thank you!! re [[name:Jordan]]

        Hi all,

        Just wanted to flag some brilliant practice by [[name:Ngozi]]. [[name:Jordan]] ([[age:16]]) had not engaged with a {{Review Health Assessment}} for over a year - three DNAs at clinic and he walked out of the last one.

        [[name:Ngozi]] offered to meet him in the cafe at [[organisation:Fenbridge College]], did the RHA in two short sessions, picked up he hadn't seen a {{dentist}} since his placement started, and sorted {{sexual health}} advice and a {{C-card}} without making a big deal of it. His {{SDQ}} was shared with {{the IRO}} in time for his {{LAC review}} on [[date:12 March]]. He told me it was the first time a nurse had "actually listened".

        Thanks so much,
        [[name:Helen]]

        [[name:Helen Marsh]] | {{Senior Social Worker}} | [[organisation:Fenbridge 14+ Team]]
        Mob: [[phone:07700 900318]]
    """)),
    ("social_care", "incident", block("""
        Chronology - missed medication after emergency placement move
        YP: [[name:Lily-Mae Hargreaves]], [[age:11]], {{ADHD}}, on {{methylphenidate}} MR

        [[date:Fri 15/03]] 21:30 - {{EDT}} move [[name:Lily-Mae]] from [[organisation:Oakfield Children's Home]] to {{emergency foster carers}} after an incident. Meds not sent with her.
        [[date:Sat 16/03]] 08:00 - carer ([[name:Jackie]]) rings {{out of hours GP}}; told it needs a {{prescription}} from her usual GP, no stock locally.
        {{Sun}} - no doses. YP very dysregulated, missing from placement 3 hrs, returned by {{police}}.
        [[date:Mon 18/03]] 09:15 - LAC nurse gets the referral, rings [[organisation:Ashgrove Medical Practice]]; {{controlled drug}} script issued same day.
        {{Mon}} 17:00 - first dose since {{Friday}}.

        Learning: {{EDT}} placement checklist to include meds and the {{MAR chart}}; [[organisation:Oakfield Children's Home]] to keep a "grab bag" with 3 days' meds for every child.
    """)),
    ("social_care", "near_miss", block("""
        [09:41] [[name:Priya Sharma]]: ugh just nearly sent [[name:Aaliyah]]'s {{SDQ}} and {{health action plan}} to the wrong IRO
        [09:41] [[name:Priya Sharma]]: outlook autofilled [[email:r.okoro@brackenmoor.gov.uk]] instead of [[email:r.okoye@brackenmoor.gov.uk]]
        [09:42] [[name:Tom Whitlow]]: did it go??
        [09:42] [[name:Priya Sharma]]: no, spotted the surname in the To line before i hit send. [[name:Rachel Okoye]] is her {{IRO}}, [[name:Ronke Okoro]] is in {{fostering}}
        [09:43] [[name:Tom Whitlow]]: phew. same thing happened to [[name:JT]] last month
        [09:44] [[name:Priya Sharma]]: gonna put it on {{Datix}} as a near miss. think anything with a {{health assessment}} in it should go by {{Egress}} not plain email
        [09:45] [[name:Tom Whitlow]]: agree, and clear your {{autocomplete}} list 👍
    """)),
    ("social_care", "incident", prose("""
        [[name:Yonas Tesfaye]] is an {{unaccompanied asylum-seeking child}}, {{stated age}} [[age:16]], placed
        at [[organisation:Millbeck Supported Lodgings]] on [[date:2 October 2023]]. His {{Initial Health
        Assessment}} was booked with a {{telephone interpreter}}; the booking said Amharic, copied from
        the {{referral form}}, but [[name:Yonas]]'s first language is Tigrinya. He answered the yes/no
        questions politely and the assessment was finished in forty minutes. Three weeks later his
        {{key worker}} noticed he was coughing at night and had lost weight. Seen again with a
        Tigrinya interpreter, he described night sweats and a cough that had started on the journey,
        and was referred to the {{TB service}}; {{IGRA}} positive, now on treatment. Nobody in the first
        appointment asked him which language he wanted. Learning: the nurse confirms language and
        dialect with the young person at the start of every {{UASC}} assessment, not from paperwork,
        and stops if understanding is in doubt.
    """)),
    ("social_care", "success", block("""
        LAC Health Performance Meeting - minutes
        Date: [[date:Thursday 9 May 2024]], Rm 2.14, [[organisation:Brackenmoor Civic Centre]]
        Present: [[name:Deb Hollis]] (chair, {{Designated Nurse LAC}}), Dr [[name:Femi Adeyemi]] ({{Designated Doctor}}), [[name:Siobhán Kearney]] ({{Head of Service}}), [[name:Mo Rahman]] ({{business support}}), [[name:Carys Lloyd-Evans]] ({{ICB}})
        Apologies: [[name:Gaz Whitfield]]

        1. IHA timeliness - 87% within {{20 working days}} in {{Q4}}, up from 41% in {{Q2}}. Group agreed the change is mainly down to [[name:Mo]]'s daily tracker and the new rule that consent travels with the {{placement notification}}.
        2. {{Out of area}} RHAs - still slow, 6 waiting over 3 months.
        3. Actions: [[name:DH]] to share tracker with {{the ICB}}; [[name:SK]] to present at {{Corporate Parenting Board}} in {{July}}.
    """)),
    ("social_care", "incident", block("""
        [[date:14/11/2023]], 16:02 - [[name:Roisin]]: hiya bad news, [[name:Kyle Brennan]]'s {{health passport}} went to his old flat, [[address:Flat 3, 41 Tanner Row]] [[postcode:BR2 8XE]]
        [[date:14/11/2023]], 16:03 - [[name:Ade]]: oh no. that had everything on it, NHS no [[nhs_number:772 975 3537]] and his NI [[ni_number:NR 63 18 27 A]] cos he asked for it for his {{UC}} claim
        [[date:14/11/2023]], 16:05 - [[name:Roisin]]: new tenant opened it and rang {{the leaving care team}}. his {{PA}} [[name:Marcus]] is collecting it
        [[date:14/11/2023]], 16:06 - [[name:Ade]]: did we not have his new address??
        [[date:14/11/2023]], 16:07 - [[name:Roisin]]: he moved to [[organisation:Pennine House Foyer]] 2 wks ago. {{pathway plan}} updated but nobody told health
        [[date:14/11/2023]], 16:09 - [[name:Ade]]: ok need an {{IG}} breach form and let {{the Caldicott Guardian}} know. ill ring [[name:Kyle]] tmrw and apologise
        [[date:14/11/2023]], 16:10 - [[name:Roisin]]: ta x
    """)),
    ("social_care", "near_miss", block("""
        LAC nurse handover - wk comm [[date:22/04/24]]

        | Child | Age | Issue | Action |
        |---|---|---|---|
        | [[name:Harvey Kowalski]] | [[age:4]] | Carer says no jabs since placement. {{CHIS}} shows {{MMR}} 2nd dose given [[date:03/01/24]] at [[organisation:Deanery Road Surgery]] | DO NOT REBOOK - nearly booked a duplicate as {{red book}} lost in move. Datix'd as near miss |
        | [[name:Wren Abbott]] | [[age:9]] | {{Asthma}} review overdue, on {{salbutamol}} + {{Clenil}} | GP appt booked |
        | [[name:Chidi Okafor]] | [[age:13]] | RHA due [[date:30/04]], carer works shifts | offer {{Saturday}} clinic |

        Learning: always check CHIS before booking {{catch-up immunisations}}, red books go missing when kids move.
        Handed over: [[name:Stacey]] -> [[name:Bev]]
    """)),
    ("social_care", "success", block("""
        Debrief - joint visit, [[name:Summer]] ([[age:14]]), [[date:27/06/2024]]
        Present: LAC nurse [[name:Jaz]], [[name:Tariq Mahmood]] ({{CAMHS}}), [[name:Rhi]] ({{school nurse}}, [[organisation:St Cuthbert's RC High]])

        What happened: {{foster carer}} found fresh cuts on [[name:Summer]]'s arms on the {{Sunday}}. Instead of three separate appointments we did one joint visit at home on the {{Monday}}.

        What went well:
        - one {{safety plan}}, written with [[name:Summer]] in her own words
        - carer shown basic {{wound care}} and given {{steri-strips}}
        - {{Kooth}} and the {{crisis line}} put in her phone
        - school agreed a {{time-out card}}

        Even better if: {{out of hours}} number had been on the plan from the start (added after).
    """)),
    ("social_care", "incident", block("""
        From: [[name:Gareth Pugh]] <[[email:gareth.pugh@nhs.net]]>
        Sent: [[date:06 June 2024]] 11:17
        To: [[email:lachealth.admin@nhs.net]]
        Subject: RE: [[name:Precious Mbeki]] - RHA overdue 9 months

        All,

        For the review. [[name:Precious]] ([[age:10]]) was placed out of area with [[organisation:Fairway Fostering]] in {{August}} last year. The {{health notification}} went to the wrong LAC team because {{the placing authority}} used the IFA office postcode ([[postcode:LS12 6QB]]) rather than the carers' home ([[postcode:WF3 2HD]]). Her RHA was due [[date:September 2023]] and was only picked up when {{the IRO}} asked for it.

        Impact: missed {{dental check}} and {{vision screening}}; {{eczema}} untreated for months.

        Please can we add a check against the carer's address to the notification form, as the {{statutory guidance}} expects.

        [[name:Gareth]]

        [[name:Gareth Pugh]]
        {{Named Nurse for Looked After Children}}, [[organisation:Brackenmoor LAC Health Team]]
        Tel [[phone:0113 496 0291]]
    """)),
    ("social_care", "success", block("""
        Card received by [[name:Mags O'Rourke]] ({{LAC nurse}}) on [[date:21/12/2023]] - typed up with [[name:Ellie]]'s permission for the learning log:

        "to [[name:mags]]
        thank u for not giving up on me when i kept cancelling. u came to my {{school}} and to maccies and u never made me feel like a case. i have my own {{doctor}} now and i went to the {{dentist}} by myself. i am [[age:17]] now so i know ur not my nurse much longer but i wont forget u
        love [[name:Ellie]] x"

        Team note: what made the difference - same nurse for four years, {{trauma-informed}} approach, flexible venues, and building the {{health passport}} with her before {{leaving care}}.
    """)),
    ("social_care", "incident", prose("""
        child at [[organisation:Oakfield Childrens Home]] ([[name:Tyler]], [[age:12]]) ended up in {{A&E}} on
        [[date:sat 4th]] with a {{dental abscess}}, face really swollen. no dentist since placement 14 months
        ago, RHA in {{oct}} said dental - carers to arrange and nobody did. home manager says they couldnt
        find an {{NHS dentist}} taking on. given {{amoxicillin}} and {{metronidazole}}, seen by {{the community
        dental service}} on {{mon}} and 2 teeth out under {{GA}}. we should have chased, dental actions on
        the {{health action plan}} dont get followed up unless {{the IRO}} asks. proposing we add dental
        to the quarterly tracker and use the {{urgent dental pathway}} direct. [[name:kez]] to take to team mtg
    """)),
    ("social_care", "near_miss", block("""
        Type: Near miss
        Ref: [[case_reference:BLAC-NM-0447]]
        Child: [[name:Bailey Sutcliffe]], DOB [[date_of_birth:11.08.2016]], NHS [[nhs_number:499 571 5886]]
        Legal status: {{Section 20}}

        What happened: consent for {{RHA}} and sharing with {{the school nurse}} was signed by {{birth father}} [[name:Lee Sutcliffe]]. Admin ([[name:Oksana]]) noticed dad isn't on the {{birth certificate}} and doesn't hold {{parental responsibility}}; {{mum}} holds PR. We would have shared health information without valid consent.

        Action: {{the social worker}} got mum's consent by {{DocuSign}} before the appt on [[date:19/09/2023]].

        Contributing factors: consent template doesn't ask "do you hold PR?"; Section 20 consent rules not covered in {{induction}}.
    """)),
    ("social_care", "success", prose("""
        During a {{Review Health Assessment}} for [[name:Hope Adeyemi-Clarke]], aged [[age:7]], our nurse
        [[name:Jaz Bains]] went back through the {{chronology}} and {{birth mum}}'s maternity records
        rather than relying on the previous summary. She found documented alcohol use throughout the
        pregnancy, which nobody had linked to [[name:Hope]]'s small head circumference on the {{growth
        chart}} or the attention difficulties her school, [[organisation:Holmewood Primary]], kept
        reporting. [[name:Jaz]] referred to {{community paediatrics}} and [[name:Hope]] was diagnosed with
        {{FASD}} on [[date:14 February 2024]]. School have now applied for an {{EHCP}} and the carers have
        done training through {{the National Organisation for FASD}}. The learning we want to share: read
        the birth history yourself at every assessment, because a diagnosis can sit in plain sight for years.
    """)),
    ("social_care", "incident", block("""
        Theft of work items from staff car - for {{IG}} and learning
        [[date:Wed 10 Jan 2024]]

        17:45 - [[name:Rob Achterberg]] ({{LAC nurse}}) stops at [[address:Moorside Retail Park]] on the way home. Car [[vehicle_registration:YK68 TFN]] left for 20 mins.
        18:05 - rear window smashed, work bag taken. Bag held three paper {{CoramBAAF}} {{IHA}} forms for [[name:R.B.]], [[name:L.M.]] and [[name:T.W.]], plus {{diary}}.
        18:10 - reported to {{police}}, crime ref [[case_reference:WY-13240110-2291]].
        18:30 - rang {{on-call manager}}.
        {{Thursday}} - IG incident logged, {{ICO}} threshold assessed with {{the DPO}}, carers and social workers informed.

        Learning: no paper forms out of the office - use the {{tablet}} with {{SystmOne}} mobile; nothing left in cars, even for a minute ({{lone working policy}} updated).
    """)),
    ("social_care", "success", block("""
        [[name:Nasreen]] 10:02
        baby [[name:Isla Grant]] DOB [[date_of_birth:02/05/2024]] placed with {{kinship carers}} (maternal grandparents) {{Friday}}. NHS no [[nhs_number:669 227 9992]]. {{NAS}} monitoring on discharge from {{SCBU}}

        [[name:Kieran Doyle-Mensah]] 10:15
        ive got a slot thurs, can do the IHA jointly with {{the health visitor}}?

        [[name:Nasreen]] 10:16
        yes [[organisation:Northgate Health Visiting Team]] said [[name:Chloe]] can come, ill send consent from {{the SW}} now

        [[name:Kieran Doyle-Mensah]] 16:40 (thurs)
        done, 5 working days 🎉 weight on the 25th {{centile}}, feeding well, grandparents brilliant. {{special guardianship}} assessment started. thanks both - this is what it looks like when everyone talks to each other
    """)),
    # ------------------------------------------------------------------ health (orthodontics / OMFS)
    ("health", "incident", block("""
        Datix ID: [[case_reference:W148823]]
        Incident date: [[date:23/01/2024]]
        Dept: [[organisation:Kingsmead Orthodontic Department]]
        Patient: [[name:Zeynep Arslan]], [[age:13]] yrs, Hosp no [[case_reference:K4410927]]
        Category: Wrong site - extraction

        Description: {{orthodontic treatment plan}} asked {{the GDP}} to extract both upper first premolars. The letter was typed in {{Palmer notation}} but the {{electronic letter template}} dropped the quadrant symbols, so it read "4 4". {{The GDP}} at [[organisation:Harbour Lane Dental Practice]] extracted {{UR5}} and {{UL4}}.

        Harm: moderate - plan changed, treatment extended ~6 months. {{Duty of candour}} met; consultant [[name:Anjali Rao]] met [[name:Zeynep]] and {{mum}} on [[date:30/01/2024]].

        Learning: all extraction requests to use {{FDI notation}} AND words ("upper right first premolar"); templates tested before use.
    """)),
    ("health", "near_miss", prose("""
        [[name:Declan Murphy]] ([[age:34]]) was listed for removal of a {{mandibular plate}} under {{GA}} on
        [[date:12 April]]. At sign-in on the {{WHO Surgical Safety Checklist}}, {{the scrub nurse}}
        [[name:Mercy Owusu]] asked about allergies in her own words rather than reading the screen, and
        [[name:Declan]] said "nothing, just that pink mouthwash brings me out in hives". That was {{chlorhexidine}},
        which was the {{skin prep}} already opened on the tray. It was not on his {{allergy band}} or on
        {{EPR}} because {{pre-op assessment}} only asks about "drug allergies". The prep was swapped to
        {{povidone-iodine}}, the {{anaesthetist}} was told and there was no reaction. We are adding a
        specific chlorhexidine question to pre-op, in line with the {{MHRA}} alert, and thanking
        [[name:Mercy]] for listening properly.
    """)),
    ("health", "success", block("""
        From: [[name:Lynne Baptiste]]
        To: [[name:Kofi Mensah]]; Ortho nursing team
        Subject: Safeguarding - thank you

        Hi [[name:Kofi]],

        I wanted to put in writing how well you handled [[name:Becca]] ([[age:12]]). She had missed four appointments, had a broken {{bracket}} and very poor {{oral hygiene}}. Under the {{DNA policy}} she would have been discharged back to her dentist. Instead you recorded it as {{was not brought}}, checked for a {{safeguarding flag}} and rang {{the school nurse}} at [[organisation:Ashdown Academy]].

        The family turned out to be in real crisis and are now getting {{early help}}. [[name:Becca]] is back in treatment with her {{fixed appliance}} repaired.

        Thank you,
        [[name:Lynne Baptiste]]
        {{Named Nurse Safeguarding Children}}, [[organisation:Kingsmead Hospital]]
        [[phone:07700 900552]]
    """)),
    ("health", "incident", block("""
        Timeline - post-op haemorrhage after third molar removal
        Pt: [[name:Graham Pettifer]], [[age:71]], NHS [[nhs_number:259 441 2899]]

        08:30 {{pre-op}} check - med list taken from {{GP summary}}; did not include {{apixaban}}, started 3 wks earlier by {{the cardiologist}} at [[organisation:St Aldhelm's Hospital]].
        10:15 {{lower left third molar}} removed under {{LA}}, {{surgical}} approach, 2 sutures.
        11:40 discharged with written advice.
        19:50 wife rings the {{maxfax on-call}}; registrar [[name:Hamza Iqbal]] advises {{ED}}.
        20:45 seen in ED: socket packed with {{Surgicel}}, resutured, {{tranexamic acid}} mouthwash. Home 23:30.

        Learning: ask the patient directly "are you on any blood thinners?" at every visit - never rely on a printed summary. {{SDCEP}} anticoagulant guidance added to the {{pre-op checklist}}.
    """)),
    ("health", "near_miss", block("""
        [11:02] [[name:Sian Rowlands]]: lab's just sent back the {{Twin Block}} for [[name:Ollie Grant]] - it won't seat at all
        [11:03] [[name:Lukasz]]: check the {{lab docket}}
        [11:04] [[name:Sian Rowlands]]: docket says [[case_reference:K3018826]] which is [[name:Ollie Grantham]]'s {{hosp no}} 🙈 same first name, nearly same surname
        [11:05] [[name:Lukasz]]: did it go in his mouth?
        [11:05] [[name:Sian Rowlands]]: tried it in for about 10 secs, didn't go past the {{premolars}}. took it straight out
        [11:07] [[name:Lukasz]]: right, bin the fit, ring [[organisation:Precision Ortho Lab]]. i'll datix it as a {{near miss}}. the {{intraoral scan}} order only had name on it, not DOB
        [11:09] [[name:Sian Rowlands]]: and we should check {{two patient identifiers}} against the docket BEFORE anything goes in, not after
    """)),
    ("health", "incident", prose("""
        During placement of a {{fixed appliance}} on [[date:3 July 2024]], a {{molar band}} slipped off the
        {{band pusher}} and was swallowed by [[name:Amara Nwosu]] ([[age:15]]). She coughed briefly and then
        settled with no breathing difficulty. {{The orthodontist}}, [[name:Rhys Vaughan]], stopped the
        procedure and sent her with {{mum}} to {{ED}} for a {{chest X-ray}} and {{abdominal X-ray}} to exclude
        inhalation; the band was in the stomach and passed naturally within three days. Contributing
        factors: she was fully reclined in {{the dental chair}}, no floss ligature was tied to the band, and
        {{gauze}} was not placed at the back of the mouth. The list was running forty minutes late. Learning
        shared at the {{clinical governance}} meeting: floss tie on every band, patient more upright for
        molar work, and a visual aid for when a small object is dropped.
    """)),
    ("health", "success", block("""
        Orthognathic MDT - minutes [[date:18/10/2023]]
        Attendees: [[name:Iwan Pritchard]] ({{consultant OMFS}}), [[name:Anjali Rao]] ({{consultant orthodontist}}), [[name:Mei Ling Chan]] ({{clinical psychologist}}), [[name:Penny Baker]] ({{restorative}}), [[name:NB]] ({{MDT coordinator}})

        1. Consent review. Six months of the new {{two-stage consent}} (clinic, then a second visit with the {{3D planning}} video). Feedback survey: 94% of patients felt fully informed about {{BSSO}} and {{Le Fort I osteotomy}} risks, up from 61%. Zero complaints about numbness expectations this period.
        2. {{Psychological screening}} now routine for all patients before listing; two patients referred on.
        3. Actions: [[name:IP]] and [[name:AR]] to submit as a poster to the {{BOS}} conference; [[name:NB]] to update the patient information leaflet.
    """)),
    ("health", "incident", block("""
        From: [[name:Hollie Barraclough]] <[[email:hollie.barraclough@nhs.net]]>
        Sent: [[date:11 September 2024]] 15:48
        To: IG Team
        Subject: data breach - scan files sent to wrong lab

        Hi,

        This morning I sent 8 {{intraoral scan}} files with patient names, dates of birth and hospital numbers to [[email:orders@precisionortholabs.co.uk]] instead of [[email:orders@precisionortholab.co.uk]]. The address came up from my {{NHSmail}} autocomplete and I didn't spot the extra "s". It didn't bounce. I realised when the lab rang asking where the cases were.

        I've emailed the other company, who confirmed in writing that they deleted the files. I've informed my manager and logged it on {{Datix}}.

        Suggest we stop emailing scans and use the {{3Shape}} portal only, or at least use [secure] {{encryption}}.

        Sorry,
        [[name:Hollie]]
        {{Orthodontic Therapist}}, [[organisation:Kingsmead Orthodontic Department]]
        [[phone:+44 1632 960174]]
    """)),
    ("health", "success", prose("""
        Shout-out to [[name:Eilidh]] ({{StR}}) and the night team on [[organisation:Beacon Ward]]. [[name:Frank]],
        [[age:58]], who has a {{learning disability}} and {{autism}}, came in from [[organisation:Cedar Lodge]] with
        a {{fractured mandible}} after a fall. Rather than rushing the consent at 2am, [[name:Eilidh]] read his
        {{hospital passport}}, called in {{the LD liaison nurse}} in the morning, let his {{support worker}}
        stay overnight and used an {{Easy Read}} consent form. A {{best interests}} meeting under the {{MCA}}
        agreed the least invasive option. Theatre put [[name:Frank]] first on the list so he wasn't kept
        {{nil by mouth}} all day, and he waited in a quiet side room. He went home on day two, calm. A
        lovely example of {{reasonable adjustments}} done properly.
    """)),
    ("health", "near_miss", block("""
        OMFS ward handover - [[organisation:Ward 12]] - nights [[date:Sun 28/07]]

        Bed | Pt | Procedure | Notes
        4 | [[name:Kayleigh Dunn]] [[age:24]] | {{ORIF mandible}} + {{IMF}} (wires) | !!! NO {{wire cutters}} at bedside on return from theatre - found by {{HCA}} at 22:10, replaced. Datix done (near miss). {{ondansetron}} PRN, vomiting risk
        6 | [[name:T. Oyelaran]] [[age:67]] | {{parotidectomy}} | drain 30ml, {{facial nerve}} intact
        9 | [[name:Shabnam Akhtar]] [[age:45]] | {{I&D}} submandibular abscess | IV {{co-amoxiclav}}, airway obs hourly

        NB for all IMF pts: wire cutters + instructions taped to bed head BEFORE leaving {{recovery}}. Recovery staff to check on transfer.
        Handed over by [[name:Chloe]] to [[name:Precious]]
    """)),
    ("health", "incident", block("""
        From: [[name:Abdul Karim]] <[[email:abdul.karim2@nhs.net]]>
        To: Medical Records; [[name:Anjali Rao]]
        Subject: WRONG NHS NUMBER ON CLINIC LETTER

        [[organisation:Ferncliffe Medical Centre]] rang today. Our clinic letter for [[name:Fatima Begum]], DOB [[date_of_birth:04/09/2007]], quoted NHS number [[nhs_number:871 544 6573]]. That number belongs to a different [[name:Fatima Begum]], DOB [[date_of_birth:04/09/2001]], also a patient here. The correct number is [[nhs_number:571 075 6172]].

        Looks like the wrong record was picked on {{PAS}} at registration - same name, same day and month of birth. The letter included {{extraction}} plans and went on to the other patient's {{GP record}}.

        Can we get both records checked against {{PDS}} today? I've done a {{Datix}} and will call the family.

        [[name:Abdul]]
        {{Orthodontic Registrar}}
    """)),
    ("health", "success", block("""
        Debrief - [[name:Zuzanna Kowalczyk]] ([[age:9]]), {{alveolar bone graft}} pre-op visit, [[date:05/03/2024]]

        Background: {{cleft lip and palate}}; {{mum}} has limited English; at previous visits dad or her brother interpreted.

        What went well:
        - booked a face-to-face Polish {{interpreter}} ([[name:Agata]]) for the whole visit, not just consent
        - {{play specialist}} showed [[name:Zuzanna]] the theatre photos
        - {{speech and language therapist}} and orthodontist ([[name:Kash]]) saw her in the same slot, one trip instead of three
        - mum's questions about {{hip bone}} donor site answered properly for the first time

        Even better if: interpreter flag on {{EPR}} so it's booked automatically. Mum's number for interpreter-led calls: [[phone:+48 601 834 275]]
    """)),
    ("health", "incident", block("""
        INCIDENT FORM - staff injury
        Date: [[date:14/05/2024]]   Time: 16:20
        Location: Clinic B, [[organisation:Kingsmead Orthodontic Department]]
        Injured person: [[name:Georgia Hale]], {{dental nurse}}   NI no: [[ni_number:PW 17 84 52 D]]

        What happened: while clearing the tray after a {{wire change}}, [[name:Georgia]]'s finger was pierced by the cut distal end of a used {{archwire}}. {{The clinician}} had left the wire ends on the tray instead of in the {{sharps bin}}.

        Action: bled and washed, reported to {{occupational health}} on [[phone:01632 960553]]. Source patient (hosp no [[case_reference:K5522019]]) consented to {{BBV}} bloods - negative. Not {{RIDDOR}} reportable.

        Learning: whoever cuts the wire disposes of it at the chair - sharps bin within reach on every bay.
    """)),
    ("health", "near_miss", prose("""
        [[name:Ollie Stephens]], aged [[age:9]] and weighing 32 kg, was having an {{impacted canine}} exposed under
        {{local anaesthetic}}. The {{dental core trainee}}, [[name:Jaswinder]], gave two cartridges of
        {{articaine 4%}} (176 mg) and reached for a third when the palate was still sensitive. {{The dental
        nurse}}, [[name:Paddy]], asked "what's his max?". They worked it out together: 7 mg/kg is 224 mg, so
        a third cartridge (264 mg total) would have been over the limit. They stopped, waited ten minutes and
        topped up with a {{palatal infiltration}} of a small volume instead. No harm. Weight had not been
        written on the {{LA record}}, and trainees said they were not confident doing the sums under
        pressure. We have added weight and maximum dose boxes to the LA record and a dosing table from the
        {{BNF for Children}} to every surgery.
    """)),
    ("health", "success", block("""
        [[date:02/08/2024]], 08:12 - [[name:Becks]]: {{EPR}} down across the trust, {{IT}} saying 2-3 hrs 😬
        [[date:02/08/2024]], 08:13 - [[name:Ravi]]: dont panic, i printed the {{downtime report}} for today's clinics last night like the {{business continuity plan}} says
        [[date:02/08/2024]], 08:14 - [[name:Jo]]: legend
        [[date:02/08/2024]], 08:20 - [[name:Becks]]: paper notes for all 32 pts, {{appliance}} plans on the printouts, {{radiographs}} we'll have to wait for
        [[date:02/08/2024]], 13:05 - [[name:Jo]]: all seen. 2 rebooked for {{OPG}} only
        [[date:02/08/2024]], 13:06 - [[name:Becks]]: huge thanks [[name:Ravi]] - putting this in the learning bulletin as good practice
    """)),
    ("health", "incident", block("""
        Chronology - {{OPG}} taken on wrong patient
        [[date:Tue 19 March 2024]]

        09:40 [[name:Kai Thomson]] ([[age:14]]) and [[name:Kai Thompson]] ([[age:12]]) both in the waiting area for ortho new patient clinic.
        09:52 {{radiographer}} calls "[[name:Kai Thomson]]?" from the door; [[name:Kai Thompson]] stands up with his dad. No second identifier checked.
        09:55 OPG taken and saved to [[name:Kai Thomson]]'s record.
        10:30 orthodontist notices the image doesn't match the clinical exam (teeth present).
        10:40 both families informed; image moved to correct record; {{Radiation Protection Adviser}} contacted.

        Outcome: unintended exposure, low dose; reviewed against {{IR(ME)R}} - not notifiable to {{CQC}} but logged on {{Datix}} ([[case_reference:W151207]]).
        Learning: full name + DOB checked in the X-ray room, every time, even for children.
    """)),
    ("health", "success", prose("""
        Dear Dr [[name:Rao]] and everyone at [[organisation:Kingsmead Orthodontics]], [[name:Harry]] had his {{braces}}
        off last week after nearly three years and I wanted to say thank you. When he started he was [[age:12]]
        and wouldn't smile in photos because of the gaps from his missing teeth ({{hypodontia}}). He now has
        a {{retainer}} with two false teeth on it while he waits for {{implants}}, and last week he smiled
        in his school photo. Special thanks to [[name:Bev]] on reception who always remembered his name and
        asked about his football. Love from [[name:Harry]]'s mum, [[name:Claire Okonjo]]. (Team note: shared
        at huddle; we are starting to collect {{patient-reported outcome}} measures so stories like this
        count in our {{audit}}.)
    """)),
    # ------------------------------------------------------------------ aviation (CS desk / PRM at security)
    ("aviation", "incident", block("""
        OCCURRENCE REPORT - Special Assistance
        Ref: [[case_reference:SA-OR-2024-0388]]
        Date: [[date:16/08/2024]]
        Location: {{central search}}, [[organisation:Thornleigh Airport]]
        Flight: [[flight_number:EZY6273]]
        PAX: [[name:Dermot Flanagan]], {{WCHC}}, own {{powered wheelchair}}, booking ref [[case_reference:K7QX2P]]

        What happened: {{lithium-ion battery}} removed by {{the PRM agent}} for the airline's {{dangerous goods}} check and put in a grey tray. The tray was pulled for {{bag search}} and then placed on the {{rejected items}} trolley by mistake. Battery found 35 mins later. Flight held 22 mins; {{the captain}} accepted the battery after the {{NOTOC}} was amended.

        Contributing: busy lane, no tag on the tray, agent covering two pax.

        Learning: mobility aid batteries stay in the agent's hand or go in a red tagged bag; never loose in a tray.
    """)),
    ("aviation", "near_miss", block("""
        Radio log - Security Ch 2 - [[date:28/05/2024]]

        14:12 SEC SUP ([[name:Kath]]): Assist 4, Assist 4, you near lane 6?
        14:12 ASSIST 4 ([[name:Seun]]): Go ahead [[name:Kath]], at lane 5.
        14:13 SEC SUP: Lad with a {{sunflower lanyard}} has gone through the {{archway}} on his own, mum's still at the trays with a buggy. Heading towards {{departures}}.
        14:13 ASSIST 4: Copy, eyes on, red t-shirt, going to him now.
        14:15 ASSIST 4: With him by the pharmacy. He's OK, bit upset. Walking him back.
        14:16 SEC SUP: Copy, mum's through, reunited.

        Note added by [[name:Kath Doherty]], {{Security Supervisor}}: families wearing a sunflower should be offered the {{assistance lane}}, and the {{divest}} officer should keep the child and parent together until both are through. Near miss logged.
    """)),
    ("aviation", "success", prose("""
        MASSIVE shout out to [[name:Yasmin]] and [[name:Big Dave]] on the desk yesterday!! a little boy
        ([[name:Alfie]], [[age:6]]) was found crying by {{arrivals}} after [[flight_number:TOM 2841]] came
        in from Tenerife. [[name:Yasmin]] followed the {{lost child procedure}} to the letter - didnt
        put his name over the {{tannoy}}, kept him at {{the CS desk}} with a colouring book and a juice,
        and called {{the airport police}}. [[name:Big Dave]] got onto {{the control room}} and they spotted
        dad on {{CCTV}} at the car hire desks, he thought [[name:Alfie]] was with grandma. reunited in 20
        mins. calm, kind, textbook. thank you both 👏
    """)),
    ("aviation", "incident", block("""
        Complaint investigation - chronology   Complaint ref [[case_reference:CX-24-01193]]
        Pax: [[name:Ffion Rees-Jones]], [[age:23]], {{type 1 diabetes}}, {{insulin pump}} + {{CGM}}
        Flight: [[flight_number:LS 1147]], [[date:03/06/2024]]

        05:48 presents at {{security}} with medical letter, asks for a {{hand search}} instead of the scanner.
        05:49 officer ([[name:Wojtek]]) tells her she must go through the {{security scanner}}.
        05:52 pax complies; pump alarms shortly after.
        06:10 pax at CS desk, distressed, pump showing error. CS agent [[name:Carys]] calls {{first aid}}, gets her a juice, rings the pump manufacturer helpline.
        06:40 pump reset, pax boards.

        Root cause: officer unaware of manufacturer guidance and that the {{DfT}} rules allow {{alternative screening}} in the {{private search room}}.
        Action: medical devices briefing for all security teams.
    """)),
    ("aviation", "near_miss", block("""
        [06:31] [[name:Tam]]: {{ambulift}} 2 ([[vehicle_registration:RX17 KPL]]) heading to stand 41 for [[flight_number:FR 8264]]
        [06:32] [[name:Lorcan]]: NO stop - [[flight_number:FR 8264]] moved to 44, changed on {{AODB}} at 06:10 but your {{PDA}} hasnt refreshed
        [06:33] [[name:Tam]]: turning round. theres an aircraft on 41 with doors open, [[aircraft_registration:EI-DWK]]. wd have lined up on the wrong aircraft with 2 {{WCHC}} pax on the lift
        [06:35] [[name:Lorcan]]: logging as near miss. {{the dispatcher}} on 44 says they're waiting for you
        [06:41] [[name:Tam]]: on stand 44, pax boarded. suggest we confirm stand with {{ramp}} by radio before every lift, not just go off the PDA
    """)),
    ("aviation", "success", block("""
        From: [[name:Sunita Chauhan]] <[[email:s.chauhan@thornleighairport.co.uk]]>
        To: {{CS Desk Team}}
        Subject: Thank you - [[date:Saturday 2 December]] diversions

        Team,

        Fog elsewhere meant three {{diversions}} landed with us in under an hour: [[flight_number:U2 2087]], [[flight_number:LS 918]] and [[flight_number:TOM 6542]], 470 pax, 11 {{PRM}} among them.

        You set up {{welfare}} points, handed out {{UK261}} leaflets, sorted coaches and hotels and made sure every assisted pax had an {{agent}}. Special thanks to [[name:Reggie]], who spent two hours translating in Punjabi and Urdu, and [[name:Ash]], who stayed three hours past his shift.

        Zero complaints so far. Proud of you.

        [[name:Sunita]]
        {{Customer Service Duty Manager}}
        [[phone:01632 960 741]] | [[phone:07700 900 629]]
    """)),
    ("aviation", "incident", prose("""
        wchs pax (mrs [[name:adebayo]], [[age:82]]) left at gate 12 by agent bc another job came in, she tried
        to walk to the loo on her own and fell on the {{travelator}}. cut to forehead, {{first aider}} then
        {{paramedic}} attended, taken to [[organisation:Thornleigh General]] to be checked. flight
        [[flight_number:LS1207]] went without her. daughter rang the desk on [[phone:+44 7700 900871]] very upset.
        we were 2 agents down and 14 {{WCHR}} on the board, {{the PRM supervisor}} pulled the agent to the next
        job without checking the pax could be left. the {{PRM}} procedure says dont leave WCHS pax alone
        unless they say theyre ok with it. she wasnt asked. [[name:nat]] has rung the family back and
        logged complaint [[case_reference:CX-24-01342]]
    """)),
    ("aviation", "success", prose("""
        Debrief - [[name:Siddharth Menon]], travelling with his {{guide dog}} on [[flight_number:BA 2317]] on
        [[date:22 January]]. What went well: the airline's {{pre-notification}} reached us 48 hours ahead, so
        {{the PRM agent}}, [[name:Miriam Achebe]], met him at the {{assistance point}} by name. At security she
        explained each step before it happened. He and the dog went through the {{archway}} separately, with
        [[name:Miriam]] holding the lead, and the {{harness}} was hand searched rather than the dog being made to
        wait at the trays. She walked him to the {{relief area}} before boarding and described the route to
        the gate. He emailed afterwards to say it was the first time he hadn't felt like a parcel. Even better
        if: our {{tactile map}} of the terminal is out of date and should be refreshed.
    """)),
    ("aviation", "incident", block("""
        From: [[name:Paul Greatorex]] <[[email:lostproperty@thornleighairport.co.uk]]>
        Sent: [[date:19/07/2024]] 09:05
        To: {{CS Desk Team}}
        Subject: Lost property [[case_reference:LP/THN/24/5531]] - passport, pax missed flight

        Morning all,

        A {{passport}} was left in a {{tray}} at {{central search}} at 06:10 yesterday and handed to the desk. It was logged against [[flight_number:EZY6141]] instead of [[flight_number:EZY6411]] (digits swapped), so when we called the gate for [[flight_number:EZY6141]] nobody matched. The owner, [[name:Joanne Pickering]], realised at {{the gate}} and the flight closed before we found it. She was rebooked on the evening flight at her own cost.

        Please read the flight number back from the {{boarding pass}} or {{BRS}} when logging - never from memory. I've apologised to Ms [[name:Pickering]] and asked {{the airline}} about the rebooking fee.

        [[name:Paul]], {{Lost Property}}
    """)),
    ("aviation", "near_miss", block("""
        TECH LOG - [[aircraft_registration:G-JZHT]] - sector 3 - [[flight_number:LS 574]] - [[date:11/10/2024]]
        Defect: Ambulift approached {{L2 door}} without stabilisers deployed, stopped approx 15 cm from the door by {{the dispatcher}}. No contact. Door and {{door seal}} inspected, nil damage found. A/C serviceable.
        Signed: [[name:M. Kaczmarek]] {{B1}}

        Ground handling note:
        {{Ambulift}} [[vehicle_registration:AX66 FHD]], driver [[name:Tadeusz]] (6 weeks in role). No {{banksman}} present - second agent was still at security with the {{PRM}} pax. Driver said he felt rushed as the pax had already waited 40 mins. Procedure now: no final approach to any door without a banksman, even if this means a delay; {{refresher training}} booked.
    """)),
    ("aviation", "success", block("""
        Quarterly PRM Performance Review - minutes
        Date: [[date:15/01/2025]]
        Attendance: [[name:Guri Sandhu]] ({{PRM Manager}}), [[name:Claire Bishop]] ({{Head of Security}}), [[name:Paddy Quinn]] ({{CS Duty Manager}}), [[name:Layla Haddad]] (chair, {{Airport Accessibility Forum}}), [[name:Faisal]] ([[organisation:Skyway Assist]])

        1. {{CAA}} accessibility framework - airport now rated "good" (was "needs improvement").
        2. 98.6% of pre-booked pax waited under 10 mins at security; target met three months running.
        3. {{Sunflower}} training completed by 212 security staff.
        4. New {{Changing Places}} toilet airside opened in {{November}}.
        Actions: [[name:GS]] to share wait-time dashboard with airlines; [[name:CB]] to review private search room signage.
    """)),
    ("aviation", "incident", block("""
        [[date:05/09/2024]], 11:20 - [[name:ruby]]: pax at {{assistance point}} 2 says shes been waiting 45 mins for her husband, mr [[name:Okonkwo]], {{WCHR}} on [[flight_number:FR 2219]]
        [[date:05/09/2024]], 11:21 - [[name:jo]]: hes pre-notified on the {{PRM}} list?
        [[date:05/09/2024]], 11:22 - [[name:ruby]]: yes booked via {{the airline}}. she pressed the {{help point}} twice, no answer
        [[date:05/09/2024]], 11:30 - [[name:jo]]: {{gate}} closed at 11:25. they missed it
        [[date:05/09/2024]], 11:32 - [[name:ruby]]: so sorry for them. the help point in zone B was still diverting to the old desk extension
        [[date:05/09/2024]], 11:40 - [[name:jo]]: rebooking them on the 17:15 and raising a complaint under {{UK Reg 1107/2006}}. can you datix the help point
    """)),
    ("aviation", "success", block("""
        Dear [[organisation:Thornleigh Airport]] assistance team,

        I wanted to thank [[name:Lorcan]] and [[name:Hannah]] for looking after my dad, [[name:Ray Whitcombe]], on [[date:4th March]] ([[flight_number:EI 3347]]). Dad is [[age:79]] and has {{dementia}}. He got anxious at {{security}} when they asked him to take his belt off, and [[name:Hannah]] just sat with him on the bench and talked about his old job until he was ready. [[name:Lorcan]] rang me from {{the gate}} so I knew he was on board.

        Thank you so much,
        [[name:Gemma Whitcombe]]
        [[phone:+353 87 412 6630]]

        --
        Internal note ({{CS Duty Manager}}): forwarded to both {{agents}}. Good example of the {{hidden disabilities}} and {{Dementia Friends}} training working.
    """)),
    ("aviation", "incident", block("""
        CS DESK HANDOVER - [[date:09/11/2024]] - AM to PM
        AM: [[name:Carys]]   PM: [[name:Faisal]]

        * [[flight_number:TOM 4612]]: pax [[name:Barbara Nkemelu]] ({{POC}}) offloaded at {{gate}}. Flight 4h20, airline needs battery for 150% of flight time = 6.5 hrs, she had 5. Not checked at {{check-in}} or at our desk when she asked for assistance at 07:10. Family very upset. Son's mobile [[phone:07700 900 214]]. Rebooked, desk to source extra battery hire.
        * {{Wheelchair}} damaged on arrival, {{PIR}} ref [[case_reference:THNLS40127]].
        * Lift 3 out of service.

        Learning for desk: anyone mentioning a {{portable oxygen concentrator}} - check the {{MEDIF}} and battery hours BEFORE {{security}}.
    """)),
    ("aviation", "near_miss", block("""
        Transcript - [[organisation:Thornleigh Airport]] Ground - [[date:03/02/2024]] 19:42

        GND: Assist One Two, hold position, aircraft pushing back stand 22.
        ASSIST 12: Assist One Two... crossing behind stand 22 now.
        TUG: Ground, Tug Five, all stop, vehicle behind the aircraft.
        GND: Assist One Two, STOP. I say again, hold position.
        ASSIST 12: Holding, Assist One Two. Apologies.
        GND: [[flight_number:Easy Four Seven Mike Kilo]], pushback suspended, stand by.

        Report ([[name:Abi Nwachukwu]], {{PRM Supervisor}}): the {{PRM minibus}} [[vehicle_registration:YL19 WBN]] started to cross the {{apron}} road behind [[aircraft_registration:G-EZTY]] ([[flight_number:EZY47MK]]) during {{pushback}}. Driver heard "hold" as "go" over the noise. The {{tug}} driver stopped. No contact. Driver has a valid {{airside driving permit}}; radio headset replaced, {{readback}} reminder issued.
    """)),
    ("aviation", "success", prose("""
        On [[date:19 June]] [[name:Jamal Reid]] alarmed in the {{security scanner}} because of his {{stoma}}.
        Officer [[name:Ruth Abara]] noticed he looked worried, offered the {{private search room}} before he had
        to ask, and arranged a male colleague, [[name:Callum]], to do the search. [[name:Callum]] explained every
        step, searched without touching the {{stoma bag}} and read the {{travel certificate}} from {{Colostomy
        UK}} rather than asking him to explain in front of others. The desk then gave him a {{sunflower
        lanyard}} for the rest of his journey. [[name:Jamal]] emailed our complaints inbox the same day - but
        to say thank you. We are using this as the example in next month's {{dignity}} refresher.
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind187", REPORTS))
