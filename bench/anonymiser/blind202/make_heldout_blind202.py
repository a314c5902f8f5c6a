"""Held-out blind corpus 202: hand-written UK incident, near-miss and learning reports.

Settings (all people, places and numbers invented):
- social_care: a multi-agency safeguarding hub (MASH) with its police and health partners;
- health: a hyper-acute stroke unit and its thrombolysis pathway;
- aviation: an airline crew scheduling and crew control office.

Styles: e-mail threads with headers, signatures and forwarded messages; tables (pipe or tab
separated) with initials in cells; chat exports; chronologies; minutes with attendance and
apologies; forms with Name/DOB/Ref fields; rushed lower-case notes; formal narratives;
shout-outs; RT transcripts and tech log entries. `[[label:value]]` marks an identifier and
`{{term}}` a must-not-redact mention.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from markup import block, build_records, write_records  # noqa: E402
from markup import flow as prose  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout_blind202.jsonl"

REPORTS = [
    # ----------------------------------------------------------------- social care (MASH)
    ("social_care", "incident", block("""
        From: [[name:Hannah Whitlock]] <[[email:h.whitlock@eastmere.gov.uk]]>
        Sent: [[date:14 March 2024]] 16:52
        To: {{MASH Business Support}}
        Subject: FW: Strategy outcome - sent to wrong school

        Forwarding for {{Datix}}. See below - the outcome for [[name:Kacper]] went to
        [[organisation:St Aidan's CE Primary]] not [[organisation:St Aidan's RC Primary]]. The {{DSL}} at
        the wrong school rang us straight away and has deleted it. {{Parents}} not told yet.

        Hannah
        {{Team Manager}}, [[organisation:Eastmere MASH]]
        [[phone:01632 960418]]

        -----Original Message-----
        From: [[name:Lydia Brennan-Shaw]]
        Sent: [[date:14/03/2024]] 11:07
        To: [[email:dsl@staidans-ce.eastmere.sch.uk]]
        Subject: Outcome of {{strategy discussion}} - [[name:K. Nowak]] ([[date_of_birth:02.09.2015]])

        Hi, please see attached outcome following today's {{strategy discussion}}. {{Section 47}}
        enquiries will be undertaken by the {{locality team}}. Our ref [[case_reference:MASH/24/03317]].

        Lydia
        {{Social Work Assistant}}
    """)),
    ("social_care", "near_miss", prose("""
        quick one - rang back re the contact from {{school nurse}} abt [[name:tyler mcintyre]] ([[age:4]])
        nearly closed it as {{NFA}} cos {{LCS}} showed him open to {{early help}} but that was a diff
        [[name:tyler]] same surname diff dob ([[date_of_birth:11/01/2019]] vs [[date_of_birth:11/10/2019]]).
        [[name:jen]] on {{duty desk}} spotted it when the address [[address:14 marsh lane]]
        [[postcode:HU9 4PX]] didnt match. shd of done the {{3 point check}} b4 linking. no harm,
        referral went on to {{RAG}} amber. think we need a {{merge}} fix on the sys tbh theres loads of these
    """)),
    ("social_care", "success", prose("""
        Shout-out!! Massive thanks to [[name:Grace Adeyemi]] ({{police researcher}}) and [[name:Tomasz]]
        from {{health}} in the {{MASH}} last Friday. A {{contact}} came in at 16:40 about a
        [[age:9 month old]] with a bruise, raised by [[organisation:Little Acorns Nursery]]. [[name:Grace]]
        had the {{PNC}} and {{Niche}} checks done in 20 mins and [[name:Tomasz]] got the {{GP}} records from
        [[organisation:Hollybank Medical Practice]] before they shut. {{Strategy}} held at 18:15 and baby seen
        by the {{paediatrician}} that evening. Brilliant joint working, exactly how it should be.
        [[name:Bex]] ({{Practice Manager}})
    """)),
    ("social_care", "incident", block("""
        Chronology - delay in {{PPN}} reaching children's {{MASH}} queue

        [[date:05/02/24]]
        02:15  {{Police}} attend [[address:Flat 3, 27 Corporation Road, Grimsby]] [[postcode:DN31 2QE]] -
               {{domestic}}, [[name:Shannon Pryce]] and partner [[name:Dale Hocking]]. 2 children present.
        02:50  {{PPN}} submitted by PC [[name:Ridley]], {{DASH}} medium.
        03:05  {{PPN}} routed to {{adult}} queue in error (children not added as linked persons).
        [[date:06/02/24]]
        09:30  Adult team screen and notice children - re-route.
        11:40  {{RAG}} red, {{strategy discussion}} requested.
        14:30  [[name:Shannon]] rings asking why nobody had contacted her.

        Total delay approx 31 hrs. Police ref [[case_reference:HP-0502-0117]].
        Learning: linked-persons field is not mandatory on the mobile form.
    """)),
    ("social_care", "near_miss", block("""
        Teams chat export - {{MASH}} duty

        [10:02] [[name:Kel Morrow]]: has anyone sent the {{IRS}} to [[organisation:Northfield Academy]] for [[name:Amara]]?
        [10:03] [[name:Priya S]]: i did but hang on
        [10:03] [[name:Priya S]]: omg i put {{mum}}'s new address on it [[address:41 Wexford Close]]. she's in {{refuge}}
        [10:04] [[name:Kel Morrow]]: recall it NOW
        [10:05] [[name:Priya S]]: recalled, {{school IT}} say not opened. ringing the {{DSL}}
        [10:11] [[name:Priya S]]: [[name:Funmi]] confirmed deleted unread x
        [10:12] [[name:Kel Morrow]]: ok {{datix}} it pls and let [[name:Hope]] ({{IDVA}}) know so she can update the {{safety plan}}
    """)),
    ("social_care", "incident", block("""
        INCIDENT REPORT FORM
        Ref: [[case_reference:IR-SC-2024-0412]]
        Reporter: [[name:Wendy Ashcroft]], {{Senior Practitioner}}
        Date of incident: [[date:22 April 2024]]
        Child name: [[name:Mason Fairweather]]
        DOB: [[date_of_birth:17/06/2011]]
        NHS No: [[nhs_number:676 336 0673]]
        Address: [[address:Rose Cottage, Ings Lane, Hedon]]
        Postcode: [[postcode:HU12 8PN]]

        What happened: a {{CAMHS}} letter shared by {{health}} partners in the {{MASH}} was uploaded to the
        sibling's record ([[name:Ellie Fairweather]]) instead of [[name:Mason]]'s. At the {{CIN}} review the
        worker read from the wrong file and {{dad}} heard details of [[name:Mason]]'s {{self-harm}}
        that [[name:Mason]] had asked not to be shared.
        Immediate action: apology, record corrected, {{Caldicott Guardian}} informed.
    """)),
    ("social_care", "success", block("""
        {{MASH}} Partnership Meeting - minutes
        [[date:Thursday 9th May 2024]], {{Room 2}}, [[organisation:Calder House]]

        Present: [[name:SH]] (chair, {{Head of Service}}), DI [[name:Craig Lomax]], [[name:Nadia Rahman]]
        ({{named nurse}}), [[name:Olu]] (education), [[name:JW]] (minutes)
        Apologies: Dr [[name:Faith Okonkwo]] ({{Designated Doctor}}), [[name:Marcus Bell]] ({{probation}})

        3. Learning - Q4 audit
        [[name:SH]] reported 96% of red contacts had a decision within 4 hours, up from 71%. Credit to
        the {{co-located}} police and {{health visitors}}. [[name:Craig Lomax]] noted {{Niche}} access for
        health staff is the main reason.

        | Action                              | Owner        | By         |
        | Share {{7-minute briefing}}         | [[name:SH]]  | [[date:31/05]]      |
        | Re-run audit for Q1                 | [[name:NR]]  | [[date:28/06]]      |
        | Write to [[name:Olu]] re school {{DSL}} list | [[name:JW]]  | next meeting |
    """)),
    ("social_care", "near_miss", block("""
        Daily {{RAG}} log - {{duty screening}}, [[date:Tue 11/06]]

        | Time  | Child      | Decision           | By          | Checked by  |
        |-------|------------|--------------------|-------------|-------------|
        | 09:20 | [[name:L.M.]]       | Amber - {{early help}}  | [[name:RT]]          | [[name:AB]]          |
        | 10:05 | [[name:D.O'C.]]     | Green - {{NFA}}         | [[name:RT]]          | [[name:AB]]          |
        | 10:40 | [[name:Z.H.]]       | Green -> RED       | [[name:GK]]        | [[name:AB]]          |

        Note by [[name:AB]]: [[name:Z.H.]] was first screened {{green}} (single {{missed appointment}} at
        [[organisation:Parkside Surgery]]). On checking I saw a {{MARAC}} flag from April that had not
        pulled through. Upgraded to {{red}} and passed to {{police}}. Good catch but we relied on luck.
    """)),
    ("social_care", "incident", prose("""
        On [[date:3rd July 2024]] a {{request for information}} was sent from the {{MASH}} to the
        [[organisation:Kingsmead Primary Care Network]] {{safeguarding lead}} regarding [[name:Aleksandra Wójcik]]
        (DOB [[date_of_birth:30.11.1992]]) and her son. The request was marked {{urgent}} but the response
        did not arrive for {{five working days}} because the {{generic inbox}} it was sent to was no longer
        monitored. During this period {{police}} were unable to complete the {{risk assessment}} and
        Ms [[name:Wójcik]] remained at [[address:9 Tennyson Street, Scunthorpe]]. No harm came to either
        of them. The {{information sharing agreement}} lists contact details that are out of date.
        Reported by [[name:Martin Ebuka]], {{Health Liaison Officer}}.
    """)),
    ("social_care", "success", block("""
        From: DS [[name:Anjali Mistry]]
        To: [[name:Gaz Holroyd]]; [[name:Nicola Peel]]
        Cc: [[email:mash.managers@eastmere.gov.uk]]
        Subject: Thank you - Operation Linden

        [[name:Gaz]], [[name:Nicola]] - just wanted to say thanks for {{Friday night}}. The {{child exploitation}}
        {{referrals}} for the three {{lads}} from [[organisation:Brookfield School]] were screened, checked with
        {{YOT}} and in a joint {{strategy}} by 21:00. Two were found at [[address:the Old Mill flats]] within
        {{the hour}}.

        Really appreciated.

        [[name:Anjali]]
        {{Detective Sergeant}} | [[organisation:Eastmere Public Protection Unit]]
        Tel [[phone:01632 960771]] | {{Mob}} [[phone:07700 900 384]]
        [[email:anjali.mistry@eastmere.police.uk]]
    """)),
    ("social_care", "near_miss", block("""
        HANDOVER - {{MASH}} lates to {{EDT}} [[date:Fri 19 July]]

        - [[name:Jayden Thorpe]] ([[age:15]]) - {{missing}} since 14:00, {{police}} log [[case_reference:PL-190724-0633]]. mum on [[phone:07700 900 215]]
        - [[name:Poppy]] and [[name:Alfie Marsh]] - {{section 20}} placement ending, {{EDT}} may get call
        - NB nearly forgot: [[name:Jayden]] has a {{CSE}} marker, NOT on the handover template, only in case notes.
          [[name:Will]] from {{EDT}} asked about it on the phone, otherwise would have been treated as standard missing.

        [[name:Chantelle]] ({{duty senior}})
    """)),
    ("social_care", "incident", block("""
        WhatsApp group "MASH lates" export - submitted by [[name:Ryan Goddard]] ({{Team Manager}})

        [[date:08/08/2024]], 19:14 - [[name:Steph]]: anyone know if the {{ICPC}} for the [[name:Baptiste]] {{kids}} is still on for {{tmrw}}
        [[date:08/08/2024]], 19:15 - [[name:Lou Baker]]: yeah 10am, {{dad}} [[name:Jean-Luc]] is back at [[address:22 Eldon Grove]] tho
        [[date:08/08/2024]], 19:15 - [[name:Lou Baker]]: [[phone:+33 6 12 34 56 78]] is his {{french mob}} if u need
        [[date:08/08/2024]], 19:17 - [[name:Steph]]: ta x

        Case details shared on a personal WhatsApp group that includes an {{ex-member of staff}}. Group deleted,
        {{IG}} breach logged ref [[case_reference:IG-24-0877]]. Reminder issued on use of {{Teams}}.
    """)),
    ("social_care", "near_miss", block("""
        From: [[name:Sophie Kaur]]
        Sent: [[date:02 September 2024]] 09:41
        To: [[name:Ibrahim Diallo]]
        Subject: FW: FW: Consent form + chronology

        [[name:Ibrahim]] - before you send this to the {{GP}}, check the {{attachment}}. The {{chronology}} is for
        [[name:Reece Hardcastle]] not [[name:Reese Hardcastle]] ({{cousins}}, both at [[organisation:Ashby Road Nursery]]).
        I only noticed because the {{DOB}} on {{page 1}} was [[date_of_birth:4/2/2020]].

        ---------- Forwarded message ----------
        From: {{Early Help}} Hub
        Date: [[date:Fri, 30 Aug 2024]] at 15:12
        Subject: Consent form + chronology
        Please find attached signed {{consent}} and chronology as requested. Ref [[case_reference:EH-2291-B]].
    """)),
    ("social_care", "success", prose("""
        Debrief after the {{complex strategy}} on the [[organisation:Greenbank Children's Home]] allegations.
        What went well: the {{LADO}} ([[name:Imogen]]) joined within 40 mins; {{police}} and {{health}} shared
        everything in the room rather than by follow-up e-mail; [[name:Rafferty]] from the {{placements
        team}} had {{alternative beds}} lined up before we finished. The three {{young people}} were spoken to by
        [[name:O'Sullivan]] and [[name:Mbeki]] together so nobody had to repeat their account. {{Even better if}}:
        {{minutes}} were circulated the same day, and the home's {{registered manager}} was told by one person
        not three. Facilitated by [[name:Joy Pemberton]].
    """)),
    ("social_care", "incident", prose("""
        pls can some1 look at this - {{police}} rang {{MASH}} at 1630 re [[name:kyra]] [[age:13]] seen getting
        into a {{car}} [[vehicle_registration:YK19 HNF]] w/ {{older male}} outside [[organisation:moorside high]]. went on
        {{duty}} log but log got closed at 5 when {{duty}} swapped over n it wasnt handed over to {{EDT}}.
        picked up {{next am}} by [[name:dev]]. she was home safe but thats luck not us. car is known to
        {{CSE team}} apparently. [[name:kyra]] address [[address:88 ferry rd]] [[postcode:DN35 7RT]]
    """)),
    ("social_care", "near_miss", prose("""
        During screening of a {{MARAC}} referral on [[date:16.10.24]] the {{health IDVA}} noted that the
        {{perpetrator}}, [[name:Callum Ritchie]] (NI [[ni_number:PR 48 21 93 C]]), was registered at the same
        {{GP surgery}} as the {{victim}}, [[organisation:Westgate Health Centre]]. The surgery had been about to
        send the victim's new address to a {{shared family record}} that [[name:Ritchie]] could request access to.
        The {{MASH}} {{health}} practitioner ([[name:Maryam]]) called the {{practice manager}} and the address was
        flagged confidential. No disclosure occurred. Suggest a prompt in the {{MARAC}} template for
        shared-practice checks.
    """)),
    ("social_care", "success", block("""
        Q3 {{MASH}} timeliness - team highlights

        Worker\tContacts\t{{In timescale}}\tComment
        [[name:E. Chukwu]]\t212\t98%\tAlso mentored [[name:Bill]] through {{ASYE}}
        [[name:Bill Horsfall]]\t164\t95%\tGreat {{threshold}} decisions
        [[name:Roisin]]\t190\t97%\tLed {{Operation Encompass}} {{pilot}} with [[organisation:Oakwood Junior School]]
        [[name:Dom]] / [[name:KP]]\t301\t93%\t{{job share}}, covered 3 weeks of {{sickness}}

        Well done all - {{cake}} on [[date:Friday 18th]]!
        [[name:Mel]] ({{Service Manager}})
    """)),
    # ----------------------------------------------------------------- health (stroke)
    ("health", "incident", block("""
        Timeline - door to needle breach
        Pt [[name:Derek Salthouse]], [[age:71]], hosp no [[case_reference:RXH4471023]]
        {{LKW}} 13:05 per wife [[name:Brenda]]

        13:48  arrived {{ED}} by {{ambulance}}, {{FAST}} +ve
        13:52  {{stroke nurse}} [[name:Chloe]] bleeped, no answer (escorting pt to {{MRI}})
        14:10  [[name:Chloe]] arrives, {{NIHSS}} 14
        14:21  {{CT}}/{{CTA}} - {{scanner}} occupied by routine list, no bump
        14:44  reg reviews, no {{LVO}}, decision to {{thrombolyse}}
        14:58  {{tenecteplase}} bolus
        {{DTN}} 70 min (target < 60). No clear harm, {{mRS}} 2 at discharge.
    """)),
    ("health", "near_miss", prose("""
        nearly gave wrong dose {{tenecteplase}} to {{bay 4}} (mr [[name:okoro]]) - weight was
        estimated 95kg by {{ed}} but actual on {{hoist scale}} 68kg. [[name:sam]] the {{SHO}} had already drawn up
        for {{90+ band}}. i {{double checked}} with [[name:marta]] and caught it b4 given. we keep using
        eyeballed weights bc the {{trolley}} scales in {{resus}} r broken AGAIN (3rd wk). pls fix
    """)),
    ("health", "success", prose("""
        Shout out to [[name:Sunny]] our {{HCA}} on {{ASU}} who noticed that the {{gentleman}} in {{side room 2}}
        couldn't lift his cup at 04:00 - he'd been fine at midnight. [[name:Sunny]] called the {{nurse in
        charge}} straight away, {{stroke team}} reviewed, {{CT}} showed extension and he went for
        {{thrombectomy}} at [[organisation:St Cuthbert's Neurosciences Centre]]. That's exactly the
        {{escalation}} we teach. From [[name:Kath]] ({{ward manager}})
    """)),
    ("health", "incident", block("""
        From: [[name:Lindani Moyo]] <[[email:lindani.moyo3@nhs.net]]>
        Sent: [[date:Monday, 4 March 2024]] 08:12
        To: {{Radiology Ops}}; [[name:Fiona Greaves]]
        Subject: RE: CT2 downtime - why were we not told?

        [[name:Fiona]], as discussed: overnight {{CT}} 2 was down for a software update and nobody told
        {{ASU}} or the {{stroke reg}}. Our 02:30 {{code stroke}} had to be wheeled to {{CT}} 1 in main
        {{radiology}} - added 19 mins. Datix [[case_reference:W-88104]] raised.

        [[name:Lindani]]
        {{Stroke Consultant}} | [[organisation:Hyper Acute Stroke Unit, Riverside General]]
        Ext [[phone:4471]] | Bleep [[phone:2206]] | [[phone:0114 496 0732]]

        > From: [[name:Fiona Greaves]]
        > Sent: [[date:03/03/2024]] 17:40
        > Planned downtime was on the {{estates}} bulletin. Will add stroke to the list.
    """)),
    ("health", "near_miss", block("""
        PATIENT SAFETY - Near miss
        Name: [[name:Grace Olamide Bankole]]
        DOB: [[date_of_birth:19/08/1948]]
        NHS number: [[nhs_number:708 533 7982]]
        MRN: [[case_reference:RXH0093321]]
        Location: {{ASU}} bay 2
        Reported by: [[name:A.K.]] ({{Band 6}})

        Second {{wristband}} printed in {{ED}} had the {{NHS number}} of another patient, [[name:G. Bankole]]
        ([[nhs_number:365 726 7085]]), same surname, same {{triage}} hour. Picked up at {{bedside check}} before
        {{alteplase}} was prepared. Both patients re-banded. Suspect printer queue selected wrong record.
    """)),
    ("health", "incident", block("""
        Teams - stroke registrars group (exported for {{Datix}})

        [[name:Arjun]] 22:41: who's got bed 6 post {{lysis}}?
        [[name:Beth Carr]] 22:43: me, why
        [[name:Arjun]] 22:44: {{BP}} 198/104 on {{obs}} at 22:00 and 22:15, nothing documented after. {{labetalol}}??
        [[name:Beth Carr]] 22:46: nobody escalated to me
        [[name:Arjun]] 22:46: nurse says {{NEWS}} was charted as 3 so no trigger
        [[name:Beth Carr]] 22:52: seen, giving {{labetalol}} now. {{CT}} if any drop in {{GCS}}
        [[name:Beth Carr]] 23:30: {{CT}} no bleed, phew

        Issue: post-{{thrombolysis}} {{BP}} thresholds not built into the e-obs escalation.
    """)),
    ("health", "success", block("""
        Stroke {{M&M}} - [[date:27/03/2024]]
        Attendance: [[name:LM]], [[name:FG]], [[name:TO]], [[name:Mark Whelan]] ({{pharmacy}}),
        [[name:Ngozi]] ({{SALT}}), [[name:Isla]] ({{physio}})
        Apologies: Prof [[name:Hartley]], [[name:Hina Qureshi]]

        Case 1 - good outcome. Pt [[age:58]] from [[organisation:Thornbury Medical Group]] area, {{wake-up
        stroke}}, {{MRI}} {{DWI-FLAIR mismatch}} pathway used for first time. [[name:TO]] led, {{DTN}} 41 min.
        Home at day 5, {{mRS}} 1. [[name:Mark]] flagged that the {{pharmacy}} box had both {{alteplase}} and
        {{tenecteplase}} - agreed to remove {{alteplase}} from {{ED}} grab bag.
        Action: [[name:FG]] to write up as {{learning from excellence}}.
    """)),
    ("health", "near_miss", block("""
        ASU handover nights -> days

        Bed | Pt              | Issue                              | Nurse | Dr
        1   | [[name:J. Dunmore]]      | day 2 post {{lysis}}, {{NBM}}               | [[name:RO]]    | [[name:HK]]
        3   | [[name:Hussain]]         | {{AF}} new, {{DOAC}} start day 6?          | [[name:RO]]    | [[name:HK]]
        4   | [[name:Rose Appleby]]    | {{PEG}} tmrw, keep {{NBM}} from 00:00       | [[name:CC]]    | [[name:TW]]
        5   | [[name:Dunmore]] (wife)  | {{TIA}} clinic referral                 | [[name:CC]]    | [[name:TW]]

        Near miss: bed 1 and bed 5 share a surname and were nearly given each other's {{drug chart}} at
        the 06:00 round. [[name:CC]] noticed the {{DOB}} mismatch. Suggest {{name alert}} stickers.
    """)),
    ("health", "incident", prose("""
        Patient ([[name:Vasile Munteanu]], [[age:64]], {{NHS number}} [[nhs_number:347 774 0211]]) received
        {{thrombolysis}} at 11:20 on [[date:12 June 2024]]. At 18:00 the same day he was given
        {{apixaban}} 5mg, continued from his {{drug history}} on the electronic prescribing system by the
        admitting doctor. {{Anticoagulation}} should be withheld for at least 24 hours after {{thrombolysis}}
        and a repeat {{CT}} done first. The dose was noticed by {{pharmacist}} [[name:Oyelaran]] at 09:00 the
        next morning. A {{CT}} showed a small {{haemorrhagic transformation}}; Mr [[name:Munteanu]] had no
        neurological deterioration. Family ({{daughter}} [[name:Ioana]]) informed under {{Duty of Candour}}.
    """)),
    ("health", "success", block("""
        From: {{PALS}}
        To: [[email:asu.ward@riverside.nhs.uk]]
        Subject: FW: Compliment - Ward 32

        Please share with the {{team}} :)

        ---------- Forwarded message ---------
        From: [[name:Jacqueline Fenwick]] <[[email:jackiefen64@btinternet.com]]>
        Date: [[date:Sun, 21 Apr 2024]]
        Subject: thank you

        My {{husband}} [[name:Roy]] was brought in on [[date:the 9th]] with a {{stroke}}. The {{young doctor}},
        [[name:Zainab]], explained the {{clot-busting drug}} and the {{risks}} so clearly and [[name:Roy]] can
        now talk again. {{Nurse}} [[name:Gethin]] sat with me at {{3am}}. Please thank them all.
        [[name:Jackie]]
        [[phone:07700 900 651]]
    """)),
    ("health", "near_miss", prose("""
        {{Pre-alert}} from {{ambulance}} crew (vehicle [[vehicle_registration:YX70 LKE]]) at 09:12 for
        {{FAST}}-positive [[age:80]] year old, {{onset}} 08:40. Crew had been directed to
        [[organisation:Castleford Community Hospital]] {{MIU}}, which does not take {{stroke}}. {{Stroke
        nurse}} [[name:Deborah]] heard the pre-alert on the {{red phone}} in {{ED}} and asked {{control}} to divert
        to us. Patient arrived 09:31 and was {{thrombolysed}} at 09:58. Had the crew continued to the
        {{MIU}} the transfer would have added 45-60 mins. {{Ambulance}} ref [[case_reference:CAD 240911-0388]].
    """)),
    ("health", "incident", block("""
        Falls chronology - bed 7, ASU
        [[date:18/05]] 20:00  pt [[name:Eileen Mottram]] ([[age:77]]), left {{hemiparesis}}, {{falls risk}} high
        20:30  {{bed rails}} down per {{MCA}} assessment, {{sensor mat}} on
        23:10  {{sensor mat}} unplugged during cleaning - not re-plugged
        [[date:19/05]] 02:45  found on floor by {{HCA}} [[name:Paulo]], {{hip}} pain
        03:20  {{X-ray}} - #NOF
        08:00  {{ortho}} review, for theatre. {{Daughter}} [[name:Lesley]] informed by [[name:Ruth D]]

        Contributory: sensor mat plug has no lock; night {{staffing}} 1 RN short.
    """)),
    ("health", "near_miss", prose("""
        pt in bed 10 mr [[name:fitzgerald]] given tea by {{relative}} at {{visiting}} b4 {{swallow screen}} done, was
        {{NBM}} sign on the board but {{the board}} was turned round?? he coughed, {{sats}} stayed 97 and
        {{SALT}} saw him same day, passed {{IDDSI}} level 0 trial. [[name:col]] on {{lates}} caught it. need the
        {{NBM}} signs at bedside not just the board
    """)),
    ("health", "success", prose("""
        Debrief - {{thrombectomy}} transfer [[date:Tuesday 2 July]]. Dr [[name:Ifeoma Chukwuemeka]] ({{stroke
        consultant}}) identified a {{basilar}} occlusion on {{CTA}} at 16:05. The {{interventional}} team at
        [[organisation:Royal Hallamshire Neuro IR]] accepted at 16:12; [[name:Nadeem]] ({{critical care
        transfer nurse}}) and [[name:Sian]] had the patient on the {{ambulance}} by 16:34. {{Groin puncture}}
        17:20. Patient [[age:52]] walked out at day 9. What helped: one phone call via the {{transfer
        hub}}, {{anaesthetist}} [[name:Thackeray]] already on the unit, {{pre-packed transfer bag}}.
    """)),
    ("health", "incident", block("""
        Ref: [[case_reference:DTX-2024-11893]]
        {{Patient}}: [[name:Harold Beckwith]]   DOB: [[date_of_birth:03-Jan-1939]]
        NHS No: [[nhs_number:064 023 3155]]
        Address: [[address:Flat 12, Marlowe Court, Wath Road]], [[postcode:S63 7HZ]]

        {{Discharge summary}} (incl. new {{clopidogrel}} and {{atorvastatin}}) was sent electronically to
        [[organisation:Wath Valley Surgery]] - his previous {{GP}}. Registered since January with
        [[organisation:Dearne Medical Centre]]. {{New practice}} never received it; no {{statin}} started for 6
        weeks until [[name:Harold]]'s {{son}} [[name:Gary]] rang. {{Spine}} lookup not refreshed at discharge.
    """)),
    ("health", "near_miss", block("""
        #asu-nursing (Slack export)
        [[name:bex.h]]: is the {{tenecteplase}} in the {{lysis}} box in date?? i've just seen 03/24 on one {{vial}}
        [[name:marcin]]: omg checking
        [[name:marcin]]: 2 out of 3 {{expired}} end of March. box last checked [[date:15/02]] by [[name:JL]]
        [[name:bex.h]]: {{pharmacy}} swapping now, lucky no {{code stroke}} since
        [[name:Faye]] ({{ward manager}}): thanks both, adding box to the daily {{resus trolley}} check list
    """)),
    ("health", "success", block("""
        Thrombolysis pathway audit - Q2 2024

        | Reviewer | Cases | Median {{DTN}} | <60 min | Comment                        |
        |----------|-------|------------|---------|--------------------------------|
        | [[name:TO]]       | 14    | 38         | 14/14   | best quarter on record         |
        | [[name:AKS]]      | 11    | 46         | 10/11   | 1 {{delay}} - {{consent}} {{interpreter}}   |
        | [[name:Priya]]    | 9     | 52         | 8/9     | {{CT}} queue                        |

        Thanks to [[name:Joy]] in {{radiology}} for the {{code stroke}} {{priority slot}} and to the
        [[organisation:Riverside Stroke Network]] for the {{SSNAP}} support.
    """)),
    # ----------------------------------------------------------------- aviation (crew control)
    ("aviation", "incident", block("""
        From: [[name:Marek Zieliński]] <[[email:m.zielinski@skyrail-ops.co.uk]]>
        Sent: [[date:17 August 2024]] 06:58
        To: {{Crew Control}}; {{Safety Office}}
        Subject: FDP exceeded - [[flight_number:XR 2214]]/[[flight_number:XR 2215]]

        Overnight the {{FDP}} for the [[flight_number:XR 2214]] crew went 47 mins beyond max including
        {{commander's discretion}}. Capt [[name:Fletcher]] used discretion at Alicante but the duty had
        been re-timed in {{AIMS}} with the delayed STD, so no alert fired. Aircraft [[aircraft_registration:G-XRNB]].

        Regards
        [[name:Marek]]
        {{Duty Crew Controller}}
        [[phone:+44 161 496 0287]]

        -----Original Message-----
        From: [[name:Tom Fletcher]]
        Sent: [[date:17/08/2024]] 01:12
        Subject: Discretion report
        {{Discretion}} used, 47 mins. Whole crew fatigued, {{SCCM}} [[name:Nia]] agreed. {{ASR}} to follow.
    """)),
    ("aviation", "near_miss", block("""
        Teams - Crew Scheduling
        [14:20] [[name:Jonno]]: approved the swap [[name:Kirsty Lam]] <> [[name:Adebayo]] for [[date:Sat 7th]]
        [14:31] [[name:Siobhán]]: [[name:jonno]] did it check {{rest}}?? [[name:Adebayo]] lands off a {{night}} {{Tenerife}} at 04:50
        [14:32] [[name:Jonno]]: system said legal
        [14:35] [[name:Siobhán]]: legal to report but then his {{standby}} becomes a 3rd {{early}} in a row which breaks our {{FRMS}} rule
        [14:36] [[name:Jonno]]: ugh. reversed. sorry
        [14:40] [[name:Siobhán]]: np - {{AIMS}} doesnt check FRMS rules only {{ORO.FTL}}. flagging it
    """)),
    ("aviation", "success", prose("""
        Big thank you to [[name:Hope Ndlovu]] and [[name:Ravi]] in {{crew control}} on Sunday. With the
        {{ATC}} strike in France we had 14 cancellations and 30 crews out of position. They re-planned 112
        duties, kept every {{captain}} and {{FO}} inside {{FTL}} and got the [[flight_number:XR 880]] crew
        home on a {{positioning}} seat from Palma rather than a hotel night. Zero {{discretion}} used
        all day. [[name:Hope]] also phoned every {{standby}} personally rather than relying on the app.
        - [[name:Carys]], {{Head of Crew Planning}}
    """)),
    ("aviation", "incident", block("""
        Chronology - missed positioning, [[date:03 Oct 2024]]
        05:10  FO [[name:Gabriel Sousa]] reports {{LBA}} for {{positioning}} to {{MAN}} by {{taxi}}
        05:15  taxi ([[vehicle_registration:BK22 TXA]]) not at {{crew room}} - booking made for [[date:04 Oct]] by
               mistake
        05:40  {{crew control}} ([[name:DH]]) books another taxi
        06:55  arrives {{MAN}}, [[flight_number:XR 1901]] STD 06:45 already delayed for him
        07:22  {{off blocks}}, 37 min delay, {{A320}} [[aircraft_registration:G-XRFA]]
        Cause: {{transport booking screen}} defaults to tomorrow after 00:00.
    """)),
    ("aviation", "near_miss", block("""
        TECH LOG [[aircraft_registration:G-XRMK]]  Sector [[flight_number:XR 1456]] BHX-FAO
        Entry 3: {{APU}} {{bleed}} fault on {{ECAM}}. {{MEL}} 36-11-01 applied. {{Cat C}}. Sig: [[name:P. Okeke]] {{LAE}}

        Crew control note ([[name:Leanne]]): with the {{APU}} inop the ground time at FAO needs {{GPU}} and
        {{ASU}}. Crew were rostered a minimum 35 min turn. I nearly left the duty as planned - the
        {{SCCM}} [[name:Joanne]] rang to ask if the {{FDP}} allowed for the longer turn. It didn't; extended
        planned duty by 30 min, still inside limits. Should be a rule in planning when an {{MEL}} item is open.
    """)),
    ("aviation", "incident", block("""
        Pairing review w/c [[date:21 Oct]] - unplanned {{rest}} breach

        | Pairing | CPT | FO  | SCCM | Issue                          |
        |---------|-----|-----|------|--------------------------------|
        | P4412   | [[name:RWK]] | [[name:JSB]] | [[name:AP]]   | ok                             |
        | P4413   | [[name:MFH]] | [[name:LT]]  | [[name:AP]]   | [[name:AP]] {{rest}} 11h20 < 12h min      |
        | P4415   | [[name:GNO]] | [[name:CY]]  | [[name:HB]]   | ok                             |

        [[name:AP]] was manually added to P4413 by a {{scheduler}} after a {{sickness}} without running the
        {{legality check}}. [[name:AP]] operated [[flight_number:XR 331]] on reduced {{rest}}. Reported by [[name:AP]]
        herself. {{CAA}} {{MOR}} not required per {{Safety Office}}.
    """)),
    ("aviation", "success", prose("""
        Debrief - {{IT outage}} [[date:Wed 13 Nov]]. {{AIMS}} was down 05:00-09:40. [[name:Bill]] and
        [[name:Noor Al-Hashimi]] ran {{crew control}} from the paper {{contingency}} rosters, ringing crews
        on their listed numbers. [[name:Noor]]'s {{whiteboard}} of who was where worked brilliantly. Only one
        {{sector}} delayed ([[flight_number:XR 672]]). Learning: the printed {{contingency}} pack was 3 weeks old
        and had two {{leavers}} in it, and [[name:Faith]] in {{ops}} had no list of {{standby}} numbers at all.
        Pack now reprinted weekly on {{Fridays}}.
    """)),
    ("aviation", "near_miss", prose("""
        called [[name:lukasz]] out from {{home standby}} at 0620 for [[flight_number:XR505]] but he was
        actually on a {{day off}} - {{roster}} on my screen was the old version, hadnt refreshed after
        [[name:mo]] published changes at 0300. [[name:lukasz]] answered {{half asleep}} said yes then rang back 10
        min later to say hang on im off. found another {{standby}}. {{no delay}}. if he'd come in it would of
        been an illegal {{rest}} period + {{fatigue}}. pls make the {{screen}} force refresh
    """)),
    ("aviation", "incident", block("""
        RT transcript extract (provided by {{ATC}}), [[date:28/11/2024]]
        [[flight_number:SKYRAIL 42A]]: {{Manchester Ground}}, [[flight_number:Skyrail four two alpha]], stand 52, request start
        {{GND}}: [[flight_number:Skyrail 42A]], start approved, {{QNH}} 1009
        [[flight_number:SKYRAIL 42A]]: Ground, [[flight_number:Skyrail 42A]], stand by, we need to return to stand, crew issue
        {{GND}}: [[flight_number:Skyrail 42A]], roger, hold position

        Note: callsign [[flight_number:SKR42A]] / [[flight_number:XR 4202]]. After start the {{FO}}
        ([[name:Ella Brightwater]]) realised her {{FDP}} had already begun 13h10 earlier at {{BHX}} as she had
        been {{positioned}}, which {{crew control}} had not counted. Return to stand, replacement FO
        [[name:Ahmed]] from {{standby}}, 58 min delay.
    """)),
    ("aviation", "success", block("""
        To: [[name:Oksana Petrenko]]
        Cc: {{Crew Control}} Team
        Subject: Thank you

        Hi [[name:Oksana]],

        Just wanted to say a proper thank you for sorting my {{roster}} after my {{dad}} was taken into {{hospital}} on
        [[date:5 December]]. You had me off the {{Tenerife}} trip and on {{compassionate leave}} within 20 mins,
        and you rang back the next day to check on me. I won't forget it.

        Cheers
        [[name:Lew]]
        [[name:Lewis Carrington-Bowe]] | {{Cabin Crew}} | Base {{MAN}}
        [[phone:07700 900 842]]
    """)),
    ("aviation", "near_miss", prose("""
        {{Hotel transport}} for the late Palma crew (Capt [[name:Kowalczyk]], FO [[name:Declan]], 4 {{cabin
        crew}}) was booked via the new {{ground transport}} portal. At 01:30 the crew reported that the
        {{minibus}} ([[vehicle_registration:WN68 PZU]]) had arrived but the {{driver}} had been given a pickup at
        the {{wrong terminal}} and was about to leave. The {{SCCM}} [[name:Marie-Claire]] phoned {{crew control}} on
        [[phone:+44 (0)161 496 0550]] and [[name:Dan O.]] redirected him. Crew reached the hotel at 02:20 -
        {{rest}} period still legal because {{report time}} had already been pushed back.
    """)),
    ("aviation", "incident", block("""
        Crew Safety Review Group - minutes, [[date:10 January 2025]]
        Attendees: [[name:CB]] ({{Head of Crew Control}}), [[name:Mike Alderson]] ({{FRMS}} lead), [[name:Aisha]]
        ({{BALPA}} rep), [[name:TF]] ({{Safety}})
        Apologies: [[name:Gareth]] ({{Unite}}), [[name:Rosalind Achebe]]

        Item 2: [[case_reference:ASR-25-0031]] - {{split duty}} miscalculated for [[flight_number:XR 118]] crew
        ({{A321}} [[aircraft_registration:G-XRLT]]). Hotel provided did not meet {{accommodation}}
        requirements so the break should not have counted. 4 crew exceeded {{FDP}}.
        [[name:Mike Alderson]]: {{AIMS}} rule takes hotel at face value.
        Action [[name:CB]]: hotel list audit by [[date:31 Jan]].
    """)),
    ("aviation", "near_miss", block("""
        WhatsApp - FO base group (screenshot sent to {{Safety}})
        [[date:19/01/2025]] 23:48 [[name:Tariq M]]: {{crew control}} just rang me to come in for 0545, im on {{rest}} til {{0900}}??
        [[date:19/01/2025]] 23:49 [[name:Shaz]]: say no mate
        [[date:19/01/2025]] 23:50 [[name:Tariq M]]: i did. the guy said {{AIMS}} shows me on {{standby}}
        [[date:19/01/2025]] 23:58 [[name:Tariq M]]: he rang back. he was looking at [[name:Tariq Mahmood]] not me ([[name:Tariq Mehmood]]). same {{staff no}} except last digit lol

        Summary: two {{FOs}} with near-identical names and staff numbers. {{Call-out}} almost made during {{rest}}.
    """)),
    ("aviation", "success", prose("""
        On [[date:Friday 14 February 2025]] the {{crew control}} team handled a {{diversion}} of
        [[flight_number:XR 3390]] ({{737-800}}, [[aircraft_registration:G-XRDW]]) to Shannon following a
        {{medical emergency}}. [[name:Jasmine Okafor]], the {{duty controller}}, checked the crew's remaining
        {{FDP}} within five minutes of the diversion call and arranged for a standby crew to
        position on a partner flight, so the aircraft could continue the same evening. The commander,
        Capt [[name:Rhys]], reported that the early decision removed pressure to use {{discretion}}.
        This is recorded as {{good practice}} for the next {{FRMS}} review.
    """)),
    ("aviation", "incident", block("""
        CREW OCCURRENCE FORM
        Ref: [[case_reference:CCR/2025/0147]]
        Name: [[name:Bartholomew 'Barty' Quaye]]
        Staff No: [[case_reference:SK40918]]
        Role: {{Cabin Crew}}
        DOB: [[date_of_birth:22/04/1996]]
        Date of event: [[date:2 March 2025]]
        Flight: [[flight_number:XR 770]] / [[aircraft_registration:G-XRPB]]

        Description: rostered for a {{4-sector day}} after returning from {{sick leave}} without the agreed
        {{phased return}} from {{occupational health}}. [[name:Barty]] told the {{SCCM}} after sector 2 he
        was {{exhausted}} and was replaced at {{EMA}}. {{Crew scheduling}} had not received the {{OH plan}}.
    """)),
    ("aviation", "success", block("""
        Shout-outs from the crew room board, March

        * [[name:Will]] on nights - spotted the {{FTL}} cumulative 100h breach coming for 3 {{FOs}} a week early
        * [[name:Precious]] + [[name:Gosia]] - rebuilt the [[flight_number:XR 901]] pairing in 20 mins after the {{AOG}}
        * [[name:Connor]] ({{scheduler}}) - answered the {{crew control}} line at 03:00 when the phones failed
        * Thanks to [[name:Rose]] in {{HR}} for sorting the leavers list so {{AIMS}} is finally clean

        - [[name:Tunde]], {{Crew Control Manager}}
    """)),
]

if __name__ == "__main__":
    write_records(OUT, build_records("blind202", REPORTS))
